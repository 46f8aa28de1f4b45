"""Held-out set v25 for the column classifier: 20 tables of ordinary warehouse schemas, 17 in English and three in
French, Spanish and Dutch, in domains v24 did not use: an insurer's claims and its mainframe policy-holder extract, a
mobile operator's subscribers and call detail records, a bank's KYC onboarding, a hotel PMS's guest folios, an airline
loyalty export, a gym chain's members and its app's Segment events, a dental practice, a pharmacy's prescriptions, a
utility's meter accounts, a recruiting ATS and a nonprofit's donors on Salesforce, a ride-hailing app's trips, a
dating app's profile export and a county's building permits.

Written **blind**, like v2 to v24: by someone who has read neither the classifier (``governance_dagster/detect/``) nor
its documentation, tests, changelog or notes, only the list of kind names (``governance_dagster/kinds.py``), how the
scorer registers a set (``heldout_v2_accuracy.py``), the *structure* and labeling conventions of v24
(``heldout_v24.py``, ``heldout_v24_values.py``, its test, ``tests/heldout_support.py``), the scorer's summary of the
domains of v2 to v24 and the ``Column``/``Table`` classes and writer they build on. The classifier was not run on this
set while it was written, no scorer was run on it, and no score of any set was looked at: nothing here was adjusted to
what the classifier does. It was written under a short deadline (55 minutes, the tests and lint included), so some
labels below are quick decisions rather than settled conventions. Like v24 it imports no earlier set's value module:
its random source, name lists, streets, cities, companies and identifier builders are its own
(:mod:`benchmarks.classification.heldout_v25_values`; the generic ``Gen`` helpers were copied from v24's, the lists
are new: Mountain West US cities, Brittany and Pays de la Loire, Aragón and Navarre, Overijssel and Gelderland).

What is new against v2 to v24:

* naming habits: Salesforce objects and custom fields (``ats.Candidate__c``, ``npsp.Contact``: ``Referred_By__c``,
  ``Interviewers__c``, ``npo02__Formal_Greeting__c``, tag ``custom_field``), Segment context columns
  (``context_ip``, ``context_traits_email``, ``context_traits_name``; tag ``event_context``), camel-case JSON exports
  (``kyc.onboardingApplications``, ``loyalty.memberProfiles``, ``social.profileExport``, ``crm_nl.relaties``), a
  SCREAMING mainframe extract (``CLMSYS.POLHOLDR``: ``POL_HLDR_NM``, ``SSN_NO``, ``DOB_DT``, ``ADDR_LN1``,
  ``PH_NO``, ``BENE_NM``; tag ``mainframe``) and a SCREAMING Spanish ERP table, abbreviations (``first_nm``,
  ``cell_ph``, ``addr1``, ``acct_holder``, ``num_secu``, ``tel_portable``, ``FECHA_NAC``);
* cells with several values (tag ``multi_value``): several phones (``contact_numbers`` with ``;``,
  ``phone_numbers`` and ``TELEFONOS`` with ``/``), several e-mail addresses (``companionEmails`` with ``,``,
  ``Email__c`` with ``, ``), several people (``authorized_users``, ``accompanying_guests``, ``Interviewers__c``);
  each is labeled with the kind of its values;
* JSON blobs holding personal data (tag ``json_blob``, labeled ``free_text``): an identity vendor's answer with the
  applicant's name and date of birth (``idvResponse``), a dating profile with a display name and an emergency
  contact's name and phone (``profileJson``);
* coordinates (tag ``person_geo``): the premise of a utility account (a home), a rider's pickup point and saved home are ``unclassified``: no kind fits a person's location, yet it must be masked until a reviewer pins
  it. Coordinates of cell towers, clubs and pharmacies are ``none`` (tag ``business``);
* join keys (tag ``join_key``, all ``none``): Salesforce ids (``Id``, ``AccountId``, ``OwnerId``,
  ``Requisition__c``), UUIDs (``policy_id``, ``applicationId``, ``member_uuid``, ``trip_uuid``, ``rider_uuid``,
  ``anonymous_id``, ``user_id``), account numbers (``ban``, ``acct_no``, ``premise_id``, ``POL_HLDR_NO``), store
  and agent codes, blocked-user id lists; hashes (``emailSha256``, ``rider_phone_sha256``, tag ``hashed``) are
  ``none`` too;
* people under role words (tag ``role_word``): ``claimant_name``, ``adjuster``, ``witness_name``, ``AGT_NM``,
  ``BENE_NM``, ``account_holder``, ``authorized_users``, ``activated_by_agent``, ``beneficiaryName``,
  ``front_desk_agent``, ``nomineeName``, ``trainer``, ``sales_advisor``, ``emergency_contact_nm``,
  ``guarantor_name``, ``instructor``, ``responsible_party``, ``primary_dentist`` (``Dr. Surname``), ``hygienist``,
  ``prescriber`` (``Surname, First MD``), ``verifying_pharmacist``, ``picked_up_by``, ``acct_holder``,
  ``co_applicant``, ``field_tech``, ``Hiring_Manager__c``, ``Interviewers__c``, ``Referred_By__c``,
  ``Tribute_Honoree__c``, ``Soft_Credit_Contact__c``, ``Relationship_Manager__c``, ``driver_name`` and
  ``driver_phone``, ``dispute_agent``, ``moderatedBy``, ``applicant_name``, ``owner_name``, ``plans_examiner``,
  ``affidavit_notary``, ``gestionnaire``, ``AVALISTA``, ``COMERCIAL``, ``contactpersoon``,
  ``woonconsulent``; role-named e-mail columns (tag ``role_email``): ``adjuster_email``, ``Recruiter__c``,
  ``inspector_email``;
* SSNs under misleading names (tag ``misleading``): ``credit_check_ref``, ``subscriber_id_no`` (a dental insurance
  subscriber id that is the subscriber's SSN), ``Checkr_Ref_1__c``;
* business and personal values side by side: a claimant's home vs the repair shop's phone, a guest's home vs the
  direct-bill company's address and the hotel's address, the applicant's home vs the employer's address, the
  patient's phones vs the prescriber's office phone, the owner's site address vs the contractor's phone and licence;
* identifiers with check digits (python-stdnum): US SSNs with and without dashes (``ssn``), the French NIR, the
  Spanish DNI and the Dutch BSN (``national_id``), IBANs of France, Spain and the Netherlands, a card on file passing
  Luhn; phones of the United States (national, dashed, dotted, digits, E.164 and an MSISDN without ``+``), France,
  Spain and the Netherlands; IPv4 and IPv6;
* decoys (tag ``decoy``; ``value_shape`` when shaped like a personal value): claim, policy, permit, parcel
  and confirmation numbers, ICCID, IMEI and IMSI, ABA routing numbers passing their check, card last four digits and
  masked PANs, known traveler numbers, a port-in ticket of 11 digits starting with 1 that no phone validator accepts,
  NPIs passing Luhn and DEA numbers (tag ``provider_id``), a SIREN, companies and foundations named after people
  (``Haskins Auto Glass``, ``The Merriweather Family Foundation``), a gym club, a class (``Spin with Corbin``), a
  substation and a Dutch housing complex (``Anne Frankhof``) named after people, vehicle plates, user agents and URLs.

Labeling choices a reader may question:

* NPI and DEA numbers of prescribers are ``none`` (tag ``provider_id``): they are public registry identifiers of a
  professional, not one of the kinds; the prescriber's *name* is ``person_name``;
* a person's coordinates are ``unclassified`` (see above), tower, club and store coordinates ``none``;
* a ride-hailing driver's name and phone are personal (``person_name``, ``phone``): drivers are individuals, not a
  business line; so are a pharmacy's pick-up person and a permit's applicant;
* a permit's ``owner_name`` is ``person_name`` though some rows hold an LLC (most rows are people); a foundation or
  trust named after a person is ``none``;
* ``Household_Name__c`` (``The Holloway Household``) is ``last_name``: it carries the family name and nothing else
  that identifies; ``Birthday__c`` (``MM/DD`` without a year) is ``date_of_birth``;
* ``displayName`` (``Rowan B.``) is ``person_name``; a dating ``handle`` is ``unclassified`` like a login; the
  mainframe ``POL_HLDR_NM`` (``LAST, FIRST``) and the utility's ``acct_holder`` (``LAST FIRST``) are ``person_name``;
* the SSN ``subscriber_id_no`` is ``ssn`` (misleading name); a ``LinkedIn_URL__c`` with an opaque slug is ``none``;
* ``voorletters`` (initials) and ``tussenvoegsel`` (``van der``) are ``none``: alone they point at nobody;
  ``achternaam`` without the prefix is ``last_name``; a state, province or ``civilite`` is ``none``;
* Segment columns: ``context_ip`` is ``ip_address``, ``context_page_url`` and
  ``context_user_agent`` are ``none``; ``genderIdentity`` is ``none`` (sensitive, but not one of the kinds);
* free text and notes naming people are ``free_text`` (``loss_description``, ``guest_notes``, ``recall_notes``,
  ``counsel_note``, ``Interview_Feedback__c``, ``Donor_Notes__c``, ``bio``, ``inspection_comments``, ``notitie``,
  ``OBSERVACIONES``).

Labeling rules otherwise as v2 to v24 (see :mod:`benchmarks.classification.heldout_v24`): a business's address,
phone, postal code and city are ``none`` (tag ``business``); staff names are ``person_name`` (a first name or family
name alone ``first_name`` or ``last_name``); a login is ``unclassified`` (tag ``username``), a service account
``none``; each part of a split date of birth is ``date_of_birth``. ``null_heavy`` means 50-95% NULL,
``nullword_heavy`` 70-95% NULL words.

Every value is generated here from :data:`SEED` (one ``random.Random`` per table, named after its builder) with
python-stdnum for check digits, phonenumbers for phone validity and formats, and the lists of names, streets, cities
and companies of :mod:`benchmarks.classification.heldout_v25_values`, written for v25 (no Faker, no list of real
people, no breach data). Build: ``python -m benchmarks.classification.heldout_v25 [PATH]`` (default
``/tmp/heldout_v25.duckdb``). Score: ``python -m benchmarks.classification.heldout_v2_accuracy --set v25``.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Callable
from datetime import date
from pathlib import Path

from benchmarks.classification import heldout_v4
from benchmarks.classification import heldout_v25_values as v
from benchmarks.classification.heldout_v2 import Column, Table
from benchmarks.classification.heldout_v25_values import NULLISH, SEED, USERNAME, Gen, N, c

__all__ = [
    "BUILDERS",
    "DEFAULT_PATH",
    "NULLISH",
    "SEED",
    "USERNAME",
    "Column",
    "Gen",
    "Table",
    "build",
    "labels",
    "summary",
    "tables",
]

DEFAULT_PATH = Path("/tmp/heldout_v25.duckdb")

NULLWORD = "nullword_heavy"  # 70-95% NULL-like strings and empty strings (few real NULLs)
HEAVY = "null_heavy"  # 50-95% NULL
SHAPE = "value_shape"
VEHICLE = "vehicle"
MISLEADING = "misleading"
STAFF = "staff"  # staff named in a column with few distinct values
ROLE = "role_word"  # a role word (adjuster, interviewer, prescriber, beneficiary, witness ...) holding people
OPAQUE = "opaque"
ABBREV = "abbrev"
AUDIT = "audit"
SPLIT = "split_dob"  # one part of a date of birth split into integer columns
USER = "username"
SERVICE = "service_account"  # an audit column holding only service accounts (none)
PREMISES = "premises"  # a customer's home named as a service address, premise or pickup point
KEY = "join_key"  # an id, key, surrogate key or UUID that joins tables (none)
ROLE_EMAIL = "role_email"  # a role-named column holding people's e-mail addresses
HASHED = "hashed"  # a hash of a personal value (none: the value itself is not there)
CUSTOM = "custom_field"  # a Salesforce custom field (Foo__c) or a numbered custom field
MULTI = "multi_value"  # several e-mail addresses or phones in one cell, separated by ; or ,
JSON = "json_blob"  # a JSON document in a cell
GEO = "person_geo"  # coordinates of a person's home or of a trip of a person (unclassified)
EVENT = "event_context"  # a Segment or Snowplow event column (context_*, user_ipaddress, geo_*)
LEGACY = "mainframe"  # SCREAMING legacy names of a mainframe extract
PROVIDER = "provider_id"  # an NPI or licence number of a prescriber or practice (none)

COMPANIES = v.COMPANY_NAMES
#: a person's location: no kind fits, a reviewer should pin it (masked)
REVIEW = "unclassified"


def _words(*extra: str) -> tuple[str, ...]:
    return ("", "-", "NULL", "n/a", "N/A", "null", "none") + extra


def _staff(g: Gen, n: int, make: Callable[[Gen], str] = v.whole) -> list[str]:
    out: set[str] = set()
    while len(out) < n:
        out.add(make(g))
    return sorted(out)


def _logins(g: Gen, n: int, style: int) -> list[str]:
    out: set[str] = set()
    while len(out) < n:
        out.add(v.login(*v.person(g), style))
    return sorted(out)


def _sfid(g: Gen, prefix: str) -> str:
    return prefix + g.code("0ZZZZZZZZZZZZ") + g.code("ZZ")


def _mdy(d: date) -> str:
    return f"{d.month:02d}/{d.day:02d}/{d.year}"


def _not_a_phone(g: Gen) -> str:
    """An 11-digit ticket number starting with 1 (shaped like a US E.164 number without +) that phonenumbers rejects:
    the area code starts with 0 or 1, which no North American number does."""
    return "1" + g.rnd.choice("01") + g.digits(9)


# -- an insurance claims system ----------------------------------------------------------------------------------------


def claims_fnol(g: Gen) -> Table:
    """First notice of loss of a property and casualty insurer: claim and policy numbers (decoys), the claimant with
    phone and e-mail, the loss address (the insured's home), the adjuster (few) and
    the adjuster's e-mail, a witness name, the repair shop (business), a loss description naming people,
    the intake login."""
    adjusters = [v.person(g) for _ in range(6)]
    adj_names = sorted({f"{a} {b}" for a, b in adjusters})
    adj_mails = sorted({v.work_email(a, b, "merriweathermutual.com") for a, b in adjusters})
    places = [v.us_city(g) for _ in range(g.rows)]
    logins = _logins(g, 4, 0)

    def loss() -> str:
        return g.rnd.choice([f"Insured rear-ended at light by {v.whole(g)}, other driver cited",
                             f"Hail damage to roof, neighbor {v.whole(g)} reported it", "Water heater burst in garage",
                             f"Tree fell on fence; spoke with {v.given(g)} (tenant)", "Windshield chip on I-25"])

    return Table("claims.fnol", "en", "snake", [
        c("claim_id", N, "BIGINT", g.keys(88_000_001), "decoy", KEY),
        c("claim_number", N, "VARCHAR", g.col(lambda: g.code("CLM-99-9999999")), "decoy", SHAPE),
        c("policy_number", N, "VARCHAR", g.col(lambda: g.code("HO3-999999999")), "decoy", SHAPE),
        c("policy_id", N, "VARCHAR", g.col(g.uuid), "decoy", KEY),
        c("claimant_name", "person_name", "VARCHAR", g.col(lambda: v.whole(g)), ROLE),
        c("claimant_phone", "phone", "VARCHAR", g.phones("US", {"national": 0.5, "dashes": 0.3, "e164": 0.2})),
        c("claimant_email", "email", "VARCHAR", g.col(lambda: v.email(g, v.PERSONAL_DOMAINS), 0.2)),
        c("loss_location_address", "street_address", "VARCHAR", g.col(lambda: v.us_street(g)), PREMISES),
        c("loss_state", N, "VARCHAR", [p[1] for p in places], "decoy"),
        c("loss_date", N, "DATE", g.days("2025-01-01", "2025-11-30"), "decoy"),
        c("adjuster", "person_name", "VARCHAR", g.col(g.pick(adj_names)), STAFF, ROLE),
        c("adjuster_email", "email", "VARCHAR", g.col(g.pick(adj_mails)), ROLE_EMAIL),
        c("witness_name", "person_name", "VARCHAR", g.col(lambda: v.whole(g), 0.75), ROLE, HEAVY),
        c("repair_shop", N, "VARCHAR", g.col(g.pick(COMPANIES[:4] + ["Red Rock Collision Center"]), 0.4), "decoy",
          SHAPE),
        c("repair_shop_phone", N, "VARCHAR", g.col(lambda: v.office_phone(g), 0.4), "business"),
        c("loss_description", "free_text", "VARCHAR", g.col(loss)),
        c("claim_status", N, "VARCHAR", g.col(g.pick(["Open", "Closed", "Subrogation", "Reopened"])), "decoy"),
        c("created_at", N, "TIMESTAMP", g.moments("2025-01-01", "2025-11-30"), "decoy"),
        c("reserve_amount", N, "DECIMAL(12,2)", g.amounts(500, 85_000), "decoy"),
        c("intake_user", USERNAME, "VARCHAR", g.col(g.pick(logins)), USER, AUDIT),
    ])


def legacy_polholdr(g: Gen) -> Table:
    """The same insurer's mainframe extract of policy holders (SCREAMING names, abbreviations): policy holder number,
    name ``LAST, FIRST``, SSN without dashes, DOB as ``YYYYMMDD`` text, address line, ZIP, phone digits, agent code
    and agent name (few), beneficiary name, a filler column, the batch job."""
    agents = _staff(g, 5, lambda x: v.last_first(x).upper())
    places = [v.us_city(g) for _ in range(g.rows)]
    return Table("CLMSYS.POLHOLDR", "en", "screaming", [
        c("POL_HLDR_NO", N, "VARCHAR", g.col(lambda: g.digits(10)), "decoy", KEY, LEGACY),
        c("POL_HLDR_NM", "person_name", "VARCHAR", g.col(lambda: v.last_first(g).upper()), LEGACY, ABBREV),
        c("SSN_NO", "ssn", "VARCHAR", g.col(lambda: v.us_ssn(g, False)), LEGACY, ABBREV),
        c("DOB_DT", "date_of_birth", "VARCHAR", g.col(lambda: g.birth(1935, 2004).strftime("%Y%m%d")), LEGACY,
          ABBREV),
        c("ADDR_LN1", "street_address", "VARCHAR", g.col(lambda: v.us_street(g).upper()), LEGACY, ABBREV),
        c("CITY_NM", "city", "VARCHAR", [p[0].upper() for p in places], LEGACY, ABBREV),
        c("ST_CD", N, "VARCHAR", [p[1] for p in places], "decoy", LEGACY),
        c("ZIP_CD", "postal_code", "VARCHAR", [v.us_zip(g, p[2], 0.4).replace("-", "") for p in places], LEGACY,
          ABBREV),
        c("PH_NO", "phone", "VARCHAR", g.phones("US", {"digits": 1.0}, 0.5, 0.1), LEGACY, ABBREV),
        c("AGT_CD", N, "VARCHAR", g.col(lambda: g.code("A9999")), "decoy", LEGACY, KEY),
        c("AGT_NM", "person_name", "VARCHAR", g.col(g.pick(agents)), STAFF, ROLE, LEGACY, ABBREV),
        c("BENE_NM", "person_name", "VARCHAR", g.col(lambda: v.whole(g).upper(), 0.6), ROLE, LEGACY, ABBREV, HEAVY),
        c("PREM_AMT", N, "DECIMAL(9,2)", g.amounts(300, 4_800), "decoy", LEGACY),
        c("FILLER_01", N, "VARCHAR", g.col(g.pick(["000000", "      0"])), "decoy", LEGACY),
        c("LST_UPD_JOB", N, "VARCHAR", g.col(g.pick(["CLMB0410", "CLMN2200"])), "decoy", AUDIT, SERVICE, LEGACY),
    ])


# -- a telecom operator ------------------------------------------------------------------------------------------------


def telco_subscribers(g: Gen) -> Table:
    """A mobile operator's subscribers: subscriber and account keys, the MSISDN (the subscriber's number, E.164 digits
    without +), ICCID and IMEI (device and SIM identifiers, decoys), the account holder, authorized users in one cell,
    contact numbers (several in a cell), billing address and ZIP (a person's home), a business account's company name, the
    SSN under a credit-check name, the retail store (business), the activating agent (first names), the port-in
    ticket shaped like a phone."""
    agents = _staff(g, 6, v.given)
    places = [v.us_city(g) for _ in range(g.rows)]

    def authorized() -> str:
        return ", ".join(v.whole(g) for _ in range(g.rnd.randint(1, 3)))

    def contacts() -> str:
        return "; ".join(g.phone("US", g.rnd.choice(["national", "dashes"])) for _ in range(g.rnd.randint(1, 3)))

    return Table("telco.subscribers", "en", "snake", [
        c("subscriber_id", N, "BIGINT", g.keys(4_100_000_001), "decoy", KEY),
        c("ban", N, "VARCHAR", g.col(lambda: g.digits(9)), "decoy", KEY, ABBREV),
        c("msisdn", "phone", "VARCHAR", [g.phone("US", "e164").lstrip("+") for _ in range(g.rows)]),
        c("iccid", N, "VARCHAR", g.col(lambda: "89014" + g.digits(14)), "decoy", SHAPE),
        c("imei", N, "VARCHAR", g.col(lambda: "35" + g.digits(13)), "decoy", SHAPE),
        c("account_holder", "person_name", "VARCHAR", g.col(lambda: v.whole(g)), ROLE),
        c("authorized_users", "person_name", "VARCHAR", g.col(authorized, 0.6), ROLE, MULTI, HEAVY),
        c("contact_numbers", "phone", "VARCHAR", g.col(contacts, 0.3), MULTI),
        c("billing_addr1", "street_address", "VARCHAR", g.col(lambda: v.us_street(g)), ABBREV),
        c("billing_zip", "postal_code", "VARCHAR", [v.us_zip(g, p[2]) for p in places]),
        c("business_account_name", N, "VARCHAR", g.col(g.pick(COMPANIES), 0.45), "decoy", SHAPE),
        c("credit_check_ref", "ssn", "VARCHAR", g.col(lambda: v.us_ssn(g, g.rnd.random() < 0.6), 0.1), MISLEADING),
        c("account_status", N, "VARCHAR", g.col(g.pick(["Active", "Suspended", "Cancelled"])), "decoy"),
        c("rate_plan", N, "VARCHAR", g.col(g.pick(["Unlimited Plus", "Basic 5GB", "Family Share 4", "Prepaid 30"])),
          "decoy"),
        c("activation_store", N, "VARCHAR", g.col(g.pick(["Denver Union Station", "Boise Towne Square",
                                                          "Tucson Mall Kiosk", "Online"])), "business"),
        c("activated_by_agent", "first_name", "VARCHAR", g.col(g.pick(agents), 0.2), STAFF, ROLE),
        c("port_in_ticket", N, "VARCHAR", g.col(lambda: _not_a_phone(g), 0.5), "decoy", SHAPE),
    ])


def telco_cdr(g: Gen) -> Table:
    """Call detail records: record and switch ids, calling and called numbers (E.164 and national digits), the
    served IMSI (decoy), the cell tower id and the tower's coordinates (none: a mast, not a person), duration, the
    call type, the roaming partner (company)."""
    towers = [(g.code("CO-99999"), *v.near(g, v.us_city(g), 5)) for _ in range(40)]
    picks = [g.rnd.choice(towers) for _ in range(g.rows)]
    return Table("telco.cdr_voice", "en", "snake", [
        c("cdr_id", N, "VARCHAR", g.col(g.uuid), "decoy", KEY),
        c("switch_id", N, "VARCHAR", g.col(g.pick(["DEN-MSC-01", "PHX-MSC-02", "SLC-MSC-01"])), "decoy"),
        c("calling_number", "phone", "VARCHAR", g.phones("US", {"e164": 0.7, "digits": 0.3})),
        c("called_number", "phone", "VARCHAR", g.phones("US", {"e164": 0.5, "digits": 0.5}, 0.7)),
        c("served_imsi", N, "VARCHAR", g.col(lambda: "310260" + g.digits(9)), "decoy", SHAPE),
        c("cell_id", N, "VARCHAR", [p[0] for p in picks], "decoy", KEY),
        c("cell_lat", N, "DOUBLE", [p[1] for p in picks], "business"),
        c("cell_lon", N, "DOUBLE", [p[2] for p in picks], "business"),
        c("call_start_utc", N, "TIMESTAMP", g.moments("2025-10-01", "2025-10-31"), "decoy"),
        c("duration_sec", N, "INTEGER", g.ints(0, 5_400), "decoy"),
        c("call_type", N, "VARCHAR", g.col(g.pick(["MOC", "MTC", "FWD", "SMS-MO"])), "decoy"),
        c("roaming_partner", N, "VARCHAR", g.col(g.pick(["", "Telcel MX", "Rogers CA"])), "decoy"),
    ])


# -- a bank's KYC onboarding -------------------------------------------------------------------------------------------


def kyc_applications(g: Gen) -> Table:
    """A bank's KYC onboarding applications (camel case JSON export flattened): application UUID, the applicant's
    names, date of birth as ``MM/DD/YYYY``, SSN, e-mail, residential address and ZIP, the employer (company)
    and its address (business), the device IP, the ID document check vendor reference, the beneficiary of the account
    (people), the funding account's routing number (decoy), a JSON blob of the identity vendor's answer holding the
    applicant's name and date of birth, the reviewing analyst's login and a risk score."""
    logins = _logins(g, 5, 1)
    places = [v.us_city(g) for _ in range(g.rows)]
    pairs = [v.person(g) for _ in range(g.rows)]
    births = g.births(1940, 2006)

    def blob(i: int) -> str | None:
        if g.rnd.random() < 0.25:
            return None
        a, b = pairs[i]
        return json.dumps({"vendorRef": g.code("IDV-ZZZZZZZZ"), "match": {"firstName": a, "lastName": b,
                                                                            "dob": births[i].isoformat()},
                           "score": g.rnd.randint(40, 99), "flags": g.rnd.choice([[], ["address_mismatch"]])})

    return Table("kyc.onboardingApplications", "en", "camel", [
        c("applicationId", N, "VARCHAR", g.col(g.uuid), "decoy", KEY),
        c("customerId", N, "BIGINT", g.keys(7_700_001), "decoy", KEY),
        c("firstName", "first_name", "VARCHAR", [a for a, _ in pairs]),
        c("lastName", "last_name", "VARCHAR", [b for _, b in pairs]),
        c("dateOfBirth", "date_of_birth", "VARCHAR", [_mdy(b) for b in births]),
        c("taxId", "ssn", "VARCHAR", g.col(lambda: v.us_ssn(g))),
        c("emailAddress", "email", "VARCHAR", [v.email_of(g, a, b, v.PERSONAL_DOMAINS) for a, b in pairs]),
        c("residentialAddressLine1", "street_address", "VARCHAR", g.col(lambda: v.us_street(g))),
        c("residentialPostalCode", "postal_code", "VARCHAR", [v.us_zip(g, p[2]) for p in places]),
        c("employerName", N, "VARCHAR", g.col(g.pick(COMPANIES), 0.3), "decoy", SHAPE),
        c("employerAddress", N, "VARCHAR", g.col(lambda: f"{v.office_street(g)}, Denver, CO", 0.3), "business"),
        c("deviceIp", "ip_address", "VARCHAR", g.col(lambda: g.ip(0.25))),
        c("beneficiaryName", "person_name", "VARCHAR", g.col(lambda: v.whole(g), 0.7), ROLE, HEAVY),
        c("fundingRoutingNumber", N, "VARCHAR", g.col(g.pick([v.routing(g) for _ in range(8)])), "decoy", SHAPE),
        c("idvResponse", "free_text", "VARCHAR", [blob(i) for i in range(g.rows)], JSON),
        c("reviewedBy", USERNAME, "VARCHAR", g.col(g.pick(logins), 0.3), USER, AUDIT),
        c("submittedAt", N, "TIMESTAMP", g.moments("2025-06-01", "2025-11-30"), "decoy"),
        c("riskScore", N, "INTEGER", g.ints(1, 999), "decoy"),
    ])


# -- a hotel property-management system and an airline loyalty programme ----------------------------------------------


def hotel_guest_folios(g: Gen) -> Table:
    """A hotel PMS's folios: folio and reservation numbers, the guest (``Last, First``), the companion guests in one
    cell, guest e-mail and phone, the guest's home address and postal code, the card on file (Luhn) and its masked form,
    the company a corporate rate is billed to and its billing address (business), the hotel's own address (business),
    room number, the front-desk agent (initial and surname), the night auditor's login, notes naming people."""
    clerks = _staff(g, 5, v.initial_last)
    logins = _logins(g, 3, 3)
    places = [v.us_city(g) for _ in range(g.rows)]

    def companions() -> str:
        return g.rnd.choice([" / ", ", ", " & "]).join(v.whole(g) for _ in range(g.rnd.randint(1, 2)))

    def note() -> str:
        return g.rnd.choice([f"Anniversary - champagne from {v.given(g)}", f"Late checkout approved by {v.whole(g)}",
                             f"Do not give room number to {v.whole(g)}", "Feather allergy"])

    return Table("hotel.guest_folios", "en", "snake", [
        c("folio_no", N, "VARCHAR", g.col(lambda: g.code("F99999999")), "decoy", KEY),
        c("confirmation_no", N, "VARCHAR", g.col(lambda: g.code("99999999SK")), "decoy", SHAPE),
        c("property_code", N, "VARCHAR", g.col(g.pick(["DENUS", "PHXAZ", "SLCUT"])), "decoy"),
        c("guest_name", "person_name", "VARCHAR", g.col(lambda: v.last_first(g))),
        c("accompanying_guests", "person_name", "VARCHAR", g.col(companions, 0.65), ROLE, MULTI, HEAVY),
        c("guest_email", "email", "VARCHAR", g.col(lambda: v.email(g, v.PERSONAL_DOMAINS), 0.3)),
        c("guest_phone", "phone", "VARCHAR", g.phones("US", {"national": 0.4, "e164": 0.6}, null=0.1)),
        c("guest_address1", "street_address", "VARCHAR", g.col(lambda: v.us_street(g))),
        c("guest_postal_code", "postal_code", "VARCHAR", [v.us_zip(g, p[2]) for p in places]),
        c("card_on_file", "credit_card", "VARCHAR", g.col(lambda: v.card(g, g.rnd.random() < 0.4), 0.15)),
        c("card_masked", N, "VARCHAR", g.col(lambda: "XXXXXXXXXXXX" + g.digits(4)), "decoy", SHAPE),
        c("direct_bill_company", N, "VARCHAR", g.col(g.pick(COMPANIES), 0.6), "decoy", SHAPE),
        c("direct_bill_address", N, "VARCHAR", g.col(lambda: v.office_street(g) + ", Phoenix, AZ 85004", 0.6),
          "business"),
        c("hotel_address", N, "VARCHAR", g.col(g.pick(["1600 California St, Denver, CO 80202",
                                                       "22 E Washington St, Phoenix, AZ 85004"])), "business"),
        c("room_no", N, "VARCHAR", g.col(lambda: str(g.rnd.randint(2, 14)) + f"{g.rnd.randint(1, 40):02d}"),
          "decoy"),
        c("front_desk_agent", "person_name", "VARCHAR", g.col(g.pick(clerks)), STAFF, ROLE),
        c("night_audit_user", USERNAME, "VARCHAR", g.col(g.pick(logins)), USER, AUDIT),
        c("guest_notes", "free_text", "VARCHAR", g.sparse(note, 0.8, _words("", "None")), NULLWORD),
        c("folio_total", N, "DECIMAL(10,2)", g.amounts(89, 4_200), "decoy"),
    ])


def loyalty_members(g: Gen) -> Table:
    """An airline loyalty programme's members (a camel-case JSON export): member number, name parts, birth date,
    e-mail, home airport (a city code, decoy) and mailing city, tier, a redress number and a known
    traveler number (ids of the TSA: decoys, none), the nominee (a person who may redeem miles), a list of
    companions' e-mails in one cell, a co-brand card's masked number, a hashed e-mail for ad matching."""
    places = [v.us_city(g) for _ in range(g.rows)]
    pairs = [v.person(g) for _ in range(g.rows)]

    def companions() -> str:
        return ",".join(v.email(g, v.PERSONAL_DOMAINS) for _ in range(g.rnd.randint(1, 3)))

    return Table("loyalty.memberProfiles", "en", "camel", [
        c("memberNumber", N, "VARCHAR", g.col(lambda: g.digits(11)), "decoy", KEY),
        c("givenName", "first_name", "VARCHAR", [a.upper() if g.rnd.random() < 0.5 else a for a, _ in pairs]),
        c("surname", "last_name", "VARCHAR", [b.upper() if g.rnd.random() < 0.5 else b for _, b in pairs]),
        c("birthDate", "date_of_birth", "DATE", g.births(1940, 2010)),
        c("primaryEmail", "email", "VARCHAR", [v.email_of(g, a, b, v.PERSONAL_DOMAINS) for a, b in pairs]),
        c("homeAirport", N, "VARCHAR", g.col(g.pick(["DEN", "PHX", "SLC", "ABQ", "BOI", "RNO"])), "decoy"),
        c("mailingCity", "city", "VARCHAR", [p[0] for p in places]),
        c("mailingState", N, "VARCHAR", [p[1] for p in places], "decoy"),
        c("tierStatus", N, "VARCHAR", g.col(g.pick(["Blue", "Silver", "Gold", "Platinum"])), "decoy"),
        c("lifetimeMiles", N, "BIGINT", g.ints(0, 4_000_000), "decoy"),
        c("knownTravelerNumber", N, "VARCHAR", g.col(lambda: g.code("9999999999")[:9], 0.55), "decoy", SHAPE),
        c("nomineeName", "person_name", "VARCHAR", g.col(lambda: v.whole(g), 0.7), ROLE, HEAVY),
        c("companionEmails", "email", "VARCHAR", g.col(companions, 0.6), MULTI, HEAVY),
        c("cobrandCardLast4", N, "VARCHAR", g.col(lambda: g.digits(4), 0.4), "decoy", SHAPE),
        c("emailSha256", N, "VARCHAR", g.col(g.sha256), "decoy", HASHED),
        c("enrollmentChannel", N, "VARCHAR", g.col(g.pick(["web", "app", "kiosk", "partner"])), "decoy"),
    ])


# -- a gym chain's membership SaaS and its app events ------------------------------------------------------------------


def gym_members(g: Gen) -> Table:
    """A gym chain's members in its membership SaaS: member UUID and barcode, names, date of birth split into
    month, day and year, e-mail, mobile, home address and ZIP, the club (named after a person: a decoy) and its phone
    (business), the personal trainer (first names), the sales advisor (family names), the emergency contact,
    the card on file's last four digits, the bank's routing number, a guarantor's name for minors, the created-by login and a sync account."""
    trainers = _staff(g, 6, v.given)
    advisors = _staff(g, 4, v.family)
    logins = _logins(g, 4, 2)
    places = [v.us_city(g) for _ in range(g.rows)]
    births = g.births(1950, 2012)
    return Table("gym.members", "en", "snake", [
        c("member_uuid", N, "VARCHAR", g.col(g.uuid), "decoy", KEY),
        c("barcode", N, "VARCHAR", g.col(lambda: g.digits(12)), "decoy", KEY),
        c("first_nm", "first_name", "VARCHAR", g.col(lambda: v.given(g)), ABBREV),
        c("last_nm", "last_name", "VARCHAR", g.col(lambda: v.family(g)), ABBREV),
        c("dob_month", "date_of_birth", "SMALLINT", [b.month for b in births], SPLIT),
        c("dob_day", "date_of_birth", "SMALLINT", [b.day for b in births], SPLIT),
        c("dob_year", "date_of_birth", "SMALLINT", [b.year for b in births], SPLIT),
        c("email", "email", "VARCHAR", g.col(lambda: v.email(g, v.PERSONAL_DOMAINS), 0.05)),
        c("cell_ph", "phone", "VARCHAR", g.phones("US", {"dashes": 0.5, "dots": 0.2, "national": 0.3}), ABBREV),
        c("addr1", "street_address", "VARCHAR", g.col(lambda: v.us_street(g)), ABBREV),
        c("zip", "postal_code", "VARCHAR", [v.us_zip(g, p[2]) for p in places]),
        c("home_club", N, "VARCHAR", g.col(g.pick(["Harlan Ridge Athletic Club", "Odessa Park Fitness",
                                                   "Boulder Flatirons", "Mesa Gateway"])), "decoy", SHAPE),
        c("club_phone", N, "VARCHAR", g.col(g.pick(["(303) 555-0142", "(480) 555-0177", "(720) 555-0119"])),
          "business"),
        c("trainer", "first_name", "VARCHAR", g.col(g.pick(trainers), 0.45), STAFF, ROLE),
        c("sales_advisor", "last_name", "VARCHAR", g.col(g.pick(advisors)), STAFF, ROLE),
        c("emergency_contact_nm", "person_name", "VARCHAR", g.col(lambda: v.whole(g), 0.3), ROLE, ABBREV),
        c("eft_routing_no", N, "VARCHAR", g.col(g.pick([v.routing(g) for _ in range(5)]), 0.4), "decoy", SHAPE),
        c("card_last4", N, "VARCHAR", g.col(lambda: g.digits(4), 0.4), "decoy", SHAPE),
        c("guarantor_name", "person_name", "VARCHAR", g.col(lambda: v.whole(g), 0.9), ROLE, HEAVY),
        c("membership_type", N, "VARCHAR", g.col(g.pick(["Monthly", "Annual", "Student", "Family Add-on"])), "decoy"),
        c("created_by", USERNAME, "VARCHAR", g.col(g.pick(logins)), USER, AUDIT),
        c("modified_by", N, "VARCHAR", g.col(g.pick(["abc_sync", "api_integration"])), "decoy", AUDIT, SERVICE),
    ])


def gym_app_tracks(g: Gen) -> Table:
    """The gym app's Segment ``tracks`` table: message and anonymous ids, user id, the event name, context columns
    with the device IP, traits e-mail and name, the page URL, the user agent, a class name named after
    a person (decoy), the instructor (first names), the club's coordinates (business)."""
    instructors = _staff(g, 7, v.given)
    clubs = [v.near(g, v.us_city(g), 5) for _ in range(4)]
    club = [g.rnd.choice(clubs) for _ in range(g.rows)]
    pairs = [v.person(g) for _ in range(g.rows)]
    return Table("gym_app.tracks", "en", "snake", [
        c("id", N, "VARCHAR", g.col(lambda: "ajs-next-" + g.code("xxxxxxxxxxxxxxxxxxxxxxxx")), "decoy", KEY),
        c("anonymous_id", N, "VARCHAR", g.col(g.uuid), "decoy", KEY),
        c("user_id", N, "VARCHAR", g.col(g.uuid, 0.3), "decoy", KEY),
        c("event", N, "VARCHAR", g.col(g.pick(["class_booked", "check_in", "plan_viewed", "trainer_messaged"])),
          "decoy"),
        c("context_ip", "ip_address", "VARCHAR", g.col(lambda: g.ip(0.35)), EVENT),
        c("context_traits_email", "email", "VARCHAR", [v.email_of(g, a, b, v.PERSONAL_DOMAINS)
                                                        if g.rnd.random() < 0.6 else None for a, b in pairs], EVENT),
        c("context_traits_name", "person_name", "VARCHAR", [f"{a} {b}" if g.rnd.random() < 0.6 else None
                                                             for a, b in pairs], EVENT),
        c("context_page_url", N, "VARCHAR", g.col(lambda: "https://app.example-gym.com/classes/"
                                                  + g.code("9999") + "?utm_source=email"), "decoy", EVENT),
        c("context_user_agent", N, "VARCHAR", g.col(g.pick([
            "Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15",
            "Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 Chrome/126.0 Mobile"])), "decoy", EVENT),
        c("class_name", N, "VARCHAR", g.col(g.pick(["Harriet's HIIT", "Spin with Corbin", "Vinyasa Flow",
                                                    "Barre Basics"])), "decoy", SHAPE),
        c("instructor", "first_name", "VARCHAR", g.col(g.pick(instructors), 0.3), STAFF, ROLE),
        c("club_latitude", N, "DOUBLE", [p[0] for p in club], "business"),
        c("club_longitude", N, "DOUBLE", [p[1] for p in club], "business"),
        c("received_at", N, "TIMESTAMP", g.moments("2025-09-01", "2025-11-30"), "decoy"),
        c("timestamp", N, "TIMESTAMP", g.moments("2025-09-01", "2025-11-30"), "decoy"),
    ])


# -- a dental practice and a pharmacy ----------------------------------------------------------------------------------


def dental_patients(g: Gen) -> Table:
    """A dental practice's patient list with recall: chart number, names, date of birth, phones (home and cell in
    one cell for some), street and ZIP, the responsible party (a parent or spouse, ``Last, First``), the dentist
    (``Dr. Surname``) and the hygienist (first names), the practice's NPI and the insurer's payer id (decoys), the
    subscriber's SSN under an insurance name, recall notes naming people, the practice address (business)."""
    dentists = _staff(g, 3, lambda x: "Dr. " + v.family(x))
    hygienists = _staff(g, 5, v.given)
    places = [v.us_city(g) for _ in range(g.rows)]

    def phones() -> str:
        home = g.phone("US", "national", False)
        return home if g.rnd.random() < 0.6 else f"{home} / {g.phone('US', 'national')}"

    def note() -> str:
        return g.rnd.choice([f"Pt's mother {v.whole(g)} schedules", f"Referred by {v.whole(g)}", "Pre-med: amox 2g",
                             f"Call spouse {v.given(g)} for appts"])

    return Table("dental.patients", "en", "snake", [
        c("chart_no", N, "VARCHAR", g.col(lambda: g.code("AA9999")), "decoy", KEY),
        c("pat_first", "first_name", "VARCHAR", g.col(lambda: v.given(g)), ABBREV),
        c("pat_last", "last_name", "VARCHAR", g.col(lambda: v.family(g)), ABBREV),
        c("birthdate", "date_of_birth", "DATE", g.births(1938, 2021)),
        c("phone_numbers", "phone", "VARCHAR", g.col(phones), MULTI),
        c("street", "street_address", "VARCHAR", g.col(lambda: v.us_street(g))),
        c("zip", "postal_code", "VARCHAR", [v.us_zip(g, p[2], 0.25) for p in places]),
        c("responsible_party", "person_name", "VARCHAR", g.col(lambda: v.last_first(g), 0.4), ROLE),
        c("primary_dentist", "person_name", "VARCHAR", g.col(g.pick(dentists)), STAFF, ROLE),
        c("hygienist", "first_name", "VARCHAR", g.col(g.pick(hygienists), 0.2), STAFF, ROLE),
        c("billing_npi", N, "VARCHAR", g.col(g.pick([v.npi(g) for _ in range(2)])), "decoy", SHAPE, PROVIDER),
        c("payer_id", N, "VARCHAR", g.col(g.pick(["62308", "60054", "CDCA1", "86027"])), "decoy"),
        c("subscriber_id_no", "ssn", "VARCHAR", g.col(lambda: v.us_ssn(g, False), 0.6), MISLEADING, HEAVY),
        c("last_visit_date", N, "DATE", g.days("2024-06-01", "2025-11-28"), "decoy"),
        c("next_recall_date", N, "DATE", g.days("2026-01-05", "2026-12-18"), "decoy"),
        c("recall_notes", "free_text", "VARCHAR", g.sparse(note, 0.78, _words("", "--")), NULLWORD),
        c("practice_address", N, "VARCHAR", g.col(g.pick(["4100 E Mississippi Ave Ste 210, Denver, CO 80246"])),
          "business"),
    ])


def rx_prescriptions(g: Gen) -> Table:
    """A retail pharmacy's prescriptions: rx number, fill number, the patient (full names upper-case), patient date
    of birth as ISO text, the prescriber's name (``Surname, First MD``), the prescriber's NPI and DEA
    number (decoys: public provider identifiers, labeled ``none``), the prescriber's office phone (business), the
    pharmacist (initials and surname), the drug (some brand names sound like people), the NDC, a pick-up person,
    the store number and its coordinates (business), the counselling note naming people."""
    pharmacists = _staff(g, 4, v.initial_last)
    prescribers = [(f"{v.last_first(g)} MD", v.npi(g), g.code("AA9999999"), v.office_phone(g)) for _ in range(30)]
    pres = [g.rnd.choice(prescribers) for _ in range(g.rows)]
    stores = [v.near(g, v.us_city(g), 5) for _ in range(3)]
    store = [g.rnd.choice(stores) for _ in range(g.rows)]

    def note() -> str:
        return g.rnd.choice([f"Counseled daughter {v.given(g)} on dosing", f"Spoke to {v.whole(g)} re: refill",
                             "Pt declined counseling", f"Left VM for Dr. {v.family(g)}"])

    return Table("rx.prescriptions", "en", "snake", [
        c("rx_number", N, "VARCHAR", g.col(lambda: g.digits(7)), "decoy", KEY),
        c("fill_no", N, "SMALLINT", g.ints(0, 11), "decoy"),
        c("patient_name", "person_name", "VARCHAR", g.col(lambda: v.whole(g).upper())),
        c("patient_dob", "date_of_birth", "VARCHAR", g.col(lambda: g.birth(1930, 2022).isoformat())),
        c("prescriber", "person_name", "VARCHAR", [p[0] for p in pres], ROLE),
        c("prescriber_npi", N, "VARCHAR", [p[1] for p in pres], "decoy", SHAPE, PROVIDER),
        c("prescriber_dea", N, "VARCHAR", [p[2] for p in pres], "decoy", SHAPE, PROVIDER),
        c("prescriber_phone", N, "VARCHAR", [p[3] for p in pres], "business"),
        c("verifying_pharmacist", "person_name", "VARCHAR", g.col(g.pick(pharmacists)), STAFF, ROLE),
        c("drug_name", N, "VARCHAR", g.col(g.pick(["Lisinopril 10mg", "Atorvastatin 20mg", "Adderall XR 20mg",
                                                   "Valtrex 1g", "Metformin ER 500mg"])), "decoy"),
        c("ndc", N, "VARCHAR", g.col(lambda: g.code("99999-9999-99")), "decoy"),
        c("picked_up_by", "person_name", "VARCHAR", g.col(lambda: v.whole(g), 0.5), ROLE),
        c("store_no", N, "INTEGER", g.col(g.pick([1042, 1187, 2210])), "decoy", KEY),
        c("store_lat", N, "DOUBLE", [s[0] for s in store], "business"),
        c("store_lng", N, "DOUBLE", [s[1] for s in store], "business"),
        c("counsel_note", "free_text", "VARCHAR", g.sparse(note, 0.75, _words("", "N/R")), NULLWORD),
        c("copay_amt", N, "DECIMAL(7,2)", g.amounts(0, 95), "decoy"),
    ])


# -- a utility and a recruiting system ---------------------------------------------------------------------------------


def utility_meter_accounts(g: Gen) -> Table:
    """An electric and gas utility's accounts: account and premise numbers, meter serials, the account holder
    (``LAST FIRST`` upper-case), the co-applicant, the service address (the customer's home), its city and ZIP, the
    premise coordinates (the home: ``unclassified``), the primary phone, a medical
    certificate flag, the substation (decoy), the field technician (family names), the read route."""
    techs = _staff(g, 6, v.family)
    places = [v.us_city(g) for _ in range(g.rows)]
    geo = [v.near(g, p) for p in places]
    return Table("utility.meter_accounts", "en", "snake", [
        c("acct_no", N, "VARCHAR", g.col(lambda: g.digits(10)), "decoy", KEY, ABBREV),
        c("premise_id", N, "VARCHAR", g.col(lambda: g.code("P9999999")), "decoy", KEY),
        c("meter_serial", N, "VARCHAR", g.col(lambda: g.code("AA99999999")), "decoy", SHAPE),
        c("acct_holder", "person_name", "VARCHAR", g.col(lambda: " ".join(reversed(v.person(g))).upper()), ROLE,
          ABBREV),
        c("co_applicant", "person_name", "VARCHAR", g.col(lambda: v.whole(g), 0.8), ROLE, HEAVY),
        c("service_address", "street_address", "VARCHAR", g.col(lambda: v.us_street(g)), PREMISES),
        c("service_city", "city", "VARCHAR", [p[0] for p in places], PREMISES),
        c("service_zip", "postal_code", "VARCHAR", [v.us_zip(g, p[2], 0.5) for p in places], PREMISES),
        c("premise_lat", REVIEW, "DOUBLE", [x[0] for x in geo], GEO),
        c("premise_lon", REVIEW, "DOUBLE", [x[1] for x in geo], GEO),
        c("primary_phone", "phone", "VARCHAR", g.phones("US", {"national": 0.7, "digits": 0.3}, 0.5)),
        c("medical_cert_flag", N, "BOOLEAN", g.yn(True, False, 0.04), "decoy"),
        c("substation", N, "VARCHAR", g.col(g.pick(["Cherry Creek Sub 4", "Harlan Road Sub", "Mesa Verde 115kV"])),
          "decoy", SHAPE),
        c("field_tech", "last_name", "VARCHAR", g.col(g.pick(techs), 0.4), STAFF, ROLE),
        c("read_route", N, "VARCHAR", g.col(lambda: g.code("RT-999")), "decoy"),
        c("last_read_kwh", N, "INTEGER", g.ints(80, 2_400), "decoy"),
        c("rate_schedule", N, "VARCHAR", g.col(g.pick(["R-1", "RE-TOU", "G-RES"])), "decoy"),
    ])


def ats_candidates(g: Gen) -> Table:
    """A recruiting ATS built on Salesforce (custom object ``Candidate__c``): record id, candidate names, e-mail(s), a LinkedIn URL with an opaque slug (``none``), current employer (company), the recruiter (e-mail, few), the hiring manager (full names), interviewers (several names in a cell),
    the referrer, interview feedback naming people, desired salary, the resume file id, the SSN for the background
    check under a vendor field, the source and the requisition."""
    recruiters = sorted({v.work_email(*v.person(g), "alpenglow.io") for _ in range(4)})
    managers = _staff(g, 6)
    pool = _staff(g, 8)

    def panel() -> str:
        return "; ".join(g.rnd.sample(pool, g.rnd.randint(1, 3)))

    def emails() -> str:
        a, b = v.person(g)
        first = v.email_of(g, a, b, v.PERSONAL_DOMAINS)
        return first if g.rnd.random() < 0.75 else f"{first}, {v.email_of(g, a, b, ['alumni.example.edu'])}"

    def feedback() -> str:
        return g.rnd.choice([f"Strong system design. {v.given(g)} wants a second loop with {v.whole(g)}.",
                             f"Reference from {v.whole(g)} was glowing", "No hire - culture add unclear",
                             f"Candidate knows {v.whole(g)} from previous team"])

    return Table("ats.Candidate__c", "en", "sfdc", [
        c("Id", N, "VARCHAR", g.col(lambda: _sfid(g, "a0B")), "decoy", KEY),
        c("First_Name__c", "first_name", "VARCHAR", g.col(lambda: v.given(g)), CUSTOM),
        c("Last_Name__c", "last_name", "VARCHAR", g.col(lambda: v.family(g)), CUSTOM),
        c("Email__c", "email", "VARCHAR", g.col(emails), CUSTOM, MULTI),
        c("LinkedIn_URL__c", N, "VARCHAR", g.col(lambda: "https://www.linkedin.com/in/" + g.code("xxxxxxxx"), 0.4),
          "decoy", CUSTOM),
        c("Current_Employer__c", N, "VARCHAR", g.col(g.pick(COMPANIES), 0.3), "decoy", SHAPE, CUSTOM),
        c("Recruiter__c", "email", "VARCHAR", g.col(g.pick(recruiters)), ROLE_EMAIL, CUSTOM),
        c("Hiring_Manager__c", "person_name", "VARCHAR", g.col(g.pick(managers)), STAFF, ROLE, CUSTOM),
        c("Interviewers__c", "person_name", "VARCHAR", g.col(panel, 0.35), ROLE, MULTI, CUSTOM),
        c("Referred_By__c", "person_name", "VARCHAR", g.col(lambda: v.whole(g), 0.8), ROLE, HEAVY, CUSTOM),
        c("Interview_Feedback__c", "free_text", "VARCHAR", g.sparse(feedback, 0.72, _words("", "TBD")), NULLWORD,
          CUSTOM),
        c("Desired_Salary__c", N, "DECIMAL(10,2)", g.amounts(60_000, 260_000), "decoy", CUSTOM),
        c("Resume_File_Id__c", N, "VARCHAR", g.col(lambda: _sfid(g, "069")), "decoy", KEY, CUSTOM),
        c("Checkr_Ref_1__c", "ssn", "VARCHAR", g.col(lambda: v.us_ssn(g), 0.85), MISLEADING, HEAVY, CUSTOM),
        c("Source__c", N, "VARCHAR", g.col(g.pick(["Referral", "LinkedIn", "Career Site", "Agency"])), "decoy",
          CUSTOM),
        c("Requisition__c", N, "VARCHAR", g.col(lambda: _sfid(g, "a0C")), "decoy", KEY, CUSTOM),
        c("OwnerId", N, "VARCHAR", g.col(g.pick([_sfid(g, "005") for _ in range(4)])), "decoy", KEY),
    ])


def npsp_donors(g: Gen) -> Table:
    """A nonprofit's donors (Salesforce NPSP contact export): contact and household ids, salutation and names, the
    household name (``The Holloway Household``), e-mail, mailing street and postal code, the employer
    for matching gifts (company), in-honor-of and in-memory-of names, the soft-credit contact, the relationship
    manager (few), the donor's birthday as ``MM/DD`` text (a partial date of birth), lifetime giving, a foundation
    donor's name (a company named after a person), notes naming people."""
    managers = _staff(g, 3)
    places = [v.us_city(g) for _ in range(g.rows)]
    pairs = [v.person(g) for _ in range(g.rows)]

    def note() -> str:
        return g.rnd.choice([f"Met at gala with spouse {v.given(g)}", f"Prefers contact via {v.whole(g)} (assistant)",
                             "Send year-end tax letter", f"Pledge in memory of {v.whole(g)}"])

    return Table("npsp.Contact", "en", "sfdc", [
        c("Id", N, "VARCHAR", g.col(lambda: _sfid(g, "003")), "decoy", KEY),
        c("AccountId", N, "VARCHAR", g.col(lambda: _sfid(g, "001")), "decoy", KEY),
        c("Salutation", N, "VARCHAR", g.col(g.pick(["Mr.", "Ms.", "Mrs.", "Dr.", "Mx."]), 0.2), "decoy"),
        c("FirstName", "first_name", "VARCHAR", [a for a, _ in pairs]),
        c("LastName", "last_name", "VARCHAR", [b for _, b in pairs]),
        c("npo02__Formal_Greeting__c", "person_name", "VARCHAR", [f"{a} {b}" for a, b in pairs], CUSTOM),
        c("Household_Name__c", "last_name", "VARCHAR", [f"The {b} Household" for _, b in pairs], CUSTOM),
        c("Email", "email", "VARCHAR", [v.email_of(g, a, b, v.PERSONAL_DOMAINS) if g.rnd.random() < 0.8 else None
                                        for a, b in pairs]),
        c("MailingStreet", "street_address", "VARCHAR", g.col(lambda: v.us_street(g))),
        c("MailingPostalCode", "postal_code", "VARCHAR", [v.us_zip(g, p[2], 0.3) for p in places]),
        c("Matching_Gift_Employer__c", N, "VARCHAR", g.col(g.pick(COMPANIES), 0.6), "decoy", SHAPE, CUSTOM),
        c("Tribute_Honoree__c", "person_name", "VARCHAR", g.col(lambda: v.whole(g), 0.85), ROLE, HEAVY, CUSTOM),
        c("Soft_Credit_Contact__c", "person_name", "VARCHAR", g.col(lambda: v.whole(g), 0.75), ROLE, HEAVY, CUSTOM),
        c("Relationship_Manager__c", "person_name", "VARCHAR", g.col(g.pick(managers)), STAFF, ROLE, CUSTOM),
        c("Birthday__c", "date_of_birth", "VARCHAR", g.col(lambda: g.day("2000-01-01", "2000-12-31").strftime(
            "%m/%d"), 0.6), HEAVY, CUSTOM),
        c("npo02__TotalOppAmount__c", N, "DECIMAL(12,2)", g.amounts(0, 250_000), "decoy", CUSTOM),
        c("Foundation_Name__c", N, "VARCHAR", g.col(g.pick(["The Merriweather Family Foundation",
                                                            "Odessa Yazzie Trust", "Pemberton Fund"]), 0.6), "decoy",
          SHAPE, CUSTOM),
        c("Donor_Notes__c", "free_text", "VARCHAR", g.sparse(note, 0.8, _words("", "none")), NULLWORD, CUSTOM),
    ])


# -- a ride-hailing app, a social app export and a permit system -------------------------------------------------------


def rides_trips(g: Gen) -> Table:
    """A ride-hailing app's trips: trip and rider UUIDs, the rider's first name and phone, the driver's name and
    phone (drivers are people: labeled personal like riders), the vehicle plate, pickup coordinates (a
    person's movements: ``unclassified``), pickup address text, the rider's saved home coordinates, the request IP,
    fare, surge, the support agent on disputed trips, a hashed rider phone, the airport zone (decoy)."""
    agents = _staff(g, 4, v.given)
    drivers = [(v.whole(g), g.phone("US", "e164"), g.code("999-AAA")) for _ in range(60)]
    drv = [g.rnd.choice(drivers) for _ in range(g.rows)]
    places = [v.us_city(g) for _ in range(g.rows)]
    pick = [v.near(g, p) for p in places]
    home = [v.near(g, p) if g.rnd.random() < 0.4 else (None, None) for p in places]
    return Table("rides.trips", "en", "snake", [
        c("trip_uuid", N, "VARCHAR", g.col(g.uuid), "decoy", KEY),
        c("rider_uuid", N, "VARCHAR", g.col(g.uuid), "decoy", KEY),
        c("rider_first_name", "first_name", "VARCHAR", g.col(lambda: v.given(g))),
        c("rider_phone", "phone", "VARCHAR", g.phones("US", {"e164": 1.0})),
        c("driver_name", "person_name", "VARCHAR", [d[0] for d in drv], ROLE),
        c("driver_phone", "phone", "VARCHAR", [d[1] for d in drv], ROLE),
        c("vehicle_plate", N, "VARCHAR", [d[2] for d in drv], "decoy", VEHICLE),
        c("pickup_lat", REVIEW, "DOUBLE", [x[0] for x in pick], GEO),
        c("pickup_lng", REVIEW, "DOUBLE", [x[1] for x in pick], GEO),
        c("pickup_address", "street_address", "VARCHAR", g.col(lambda: f"{v.us_street(g)}, {v.us_city(g)[0]}")),
        c("rider_home_lat", REVIEW, "DOUBLE", [x[0] for x in home], GEO, HEAVY),
        c("rider_home_lng", REVIEW, "DOUBLE", [x[1] for x in home], GEO, HEAVY),
        c("request_ip", "ip_address", "VARCHAR", g.col(lambda: g.ip(0.4))),
        c("fare_usd", N, "DECIMAL(8,2)", g.amounts(6, 140), "decoy"),
        c("trip_status", N, "VARCHAR", g.col(g.pick(["completed", "rider_cancelled", "driver_cancelled"])),
          "decoy"),
        c("surge_multiplier", N, "DOUBLE", g.floats(1.0, 2.8, 1), "decoy"),
        c("dispute_agent", "first_name", "VARCHAR", g.col(g.pick(agents), 0.6), STAFF, ROLE, HEAVY),
        c("rider_phone_sha256", N, "VARCHAR", g.col(g.sha256), "decoy", HASHED),
        c("airport_zone", N, "VARCHAR", g.col(g.pick(["DEN-T", "PHX-T4", "", "SLC-T"])), "decoy"),
    ])


def social_profiles(g: Gen) -> Table:
    """A dating app's profile export (camel-case JSON keys flattened): user id, display name (first name and initial),
    handle (a login-like public handle: ``unclassified``), birthdate, e-mail, phone, bio text naming people, a
    JSON blob of the profile's prompts and linked contacts, last login IP, blocked user ids, the moderator (few),
    photo URLs (decoy), a referral code (decoy)."""
    moderators = _staff(g, 3, v.initial_last)
    pairs = [v.person(g) for _ in range(g.rows)]

    def bio(i: int) -> str:
        a, _ = pairs[i]
        return g.rnd.choice([f"{a}, climber and taco critic. My sister {v.given(g)} made me do this.",
                             "Dog mom. Coffee. Red Rocks concerts.", f"Ask me about my trip with {v.whole(g)}",
                             "Looking for a hiking buddy"])

    def prompts(i: int) -> str:
        a, b = pairs[i]
        doc = {"prompts": [{"q": "Best travel story", "a": g.rnd.choice(["Lost in Moab", "Road trip to Taos"])}],
               "emergencyShare": {"name": v.whole(g), "phone": g.phone("US", "e164")} if g.rnd.random() < 0.5
               else None, "verified": g.rnd.random() < 0.7, "displayName": f"{a} {b[0]}."}
        return json.dumps(doc)

    return Table("social.profileExport", "en", "camel", [
        c("userId", N, "VARCHAR", g.col(lambda: g.code("xxxxxxxxxxxxxxxxxxxxxxxx")), "decoy", KEY),
        c("displayName", "person_name", "VARCHAR", [f"{a} {b[0]}." for a, b in pairs]),
        c("handle", USERNAME, "VARCHAR", [v.handle(g, a, b) for a, b in pairs], USER),
        c("birthdate", "date_of_birth", "VARCHAR", g.col(lambda: g.birth(1970, 2006).isoformat())),
        c("email", "email", "VARCHAR", [v.email_of(g, a, b, v.PERSONAL_DOMAINS) for a, b in pairs]),
        c("phoneE164", "phone", "VARCHAR", g.phones("US", {"e164": 1.0}, null=0.3)),
        c("bio", "free_text", "VARCHAR", [bio(i) for i in range(g.rows)]),
        c("profileJson", "free_text", "VARCHAR", [prompts(i) for i in range(g.rows)], JSON),
        c("lastLoginIp", "ip_address", "VARCHAR", g.col(lambda: g.ip(0.3), 0.1)),
        c("blockedUserIds", N, "VARCHAR", g.col(lambda: json.dumps([g.code("xxxxxxxxxxxxxxxxxxxxxxxx")
                                                                    for _ in range(g.rnd.randint(1, 3))]), 0.6),
          "decoy", KEY),
        c("moderatedBy", "person_name", "VARCHAR", g.col(g.pick(moderators), 0.6), STAFF, ROLE),
        c("primaryPhotoUrl", N, "VARCHAR", g.col(lambda: "https://cdn.example-dating.app/p/" + g.uuid() + ".jpg"),
          "decoy"),
        c("lastActiveAt", N, "TIMESTAMP", g.moments("2025-10-01", "2025-11-30"), "decoy"),
        c("referralCode", N, "VARCHAR", g.col(lambda: g.code("AAA9ZZ")), "decoy"),
        c("genderIdentity", N, "VARCHAR", g.col(g.pick(["woman", "man", "nonbinary", ""])), "decoy"),
    ])


def permits_building(g: Gen) -> Table:
    """A county's building permits: permit number and parcel number (decoys), the applicant and the property owner
    (people, or an LLC in some rows: labeled ``person_name`` as most rows are people), the site address (the owner's home for residential permits), the contractor (company), its licence number and
    phone (business), the plans examiner (family names), the inspector's e-mail, the notary on the owner-builder
    affidavit, inspection comments naming people, valuation, the permit type."""
    examiners = _staff(g, 4, v.family)
    inspectors = sorted({v.work_email(*v.person(g), "pimacounty.example.gov") for _ in range(5)})
    notaries = _staff(g, 6)
    places = [v.us_city(g) for _ in range(g.rows)]

    def owner() -> str:
        return v.whole(g) if g.rnd.random() < 0.85 else g.rnd.choice(["Sandoval Holdings LLC", "Juniper Flats LP"])

    def comment() -> str:
        return g.rnd.choice([f"Met owner {v.whole(g)} on site, framing OK", "Reinspect nailing pattern",
                             f"Contractor rep {v.given(g)} absent; called {v.whole(g)}", "Final approved"])

    return Table("permits.building_permits", "en", "snake", [
        c("permit_no", N, "VARCHAR", g.col(lambda: g.code("BLD-2025-999999")), "decoy", SHAPE),
        c("parcel_no", N, "VARCHAR", g.col(lambda: g.code("999-99-999A")), "decoy", SHAPE),
        c("applicant_name", "person_name", "VARCHAR", g.col(lambda: v.whole(g)), ROLE),
        c("owner_name", "person_name", "VARCHAR", g.col(owner), ROLE),
        c("site_address", "street_address", "VARCHAR", g.col(lambda: v.us_street(g)), PREMISES),
        c("site_zip", "postal_code", "VARCHAR", [v.us_zip(g, p[2]) for p in places], PREMISES),
        c("contractor_name", N, "VARCHAR", g.col(g.pick(COMPANIES), 0.3), "decoy", SHAPE),
        c("contractor_license_no", N, "VARCHAR", g.col(lambda: g.code("ROC999999"), 0.3), "decoy", SHAPE),
        c("contractor_phone", N, "VARCHAR", g.col(lambda: v.office_phone(g), 0.3), "business"),
        c("plans_examiner", "last_name", "VARCHAR", g.col(g.pick(examiners)), STAFF, ROLE),
        c("inspector_email", "email", "VARCHAR", g.col(g.pick(inspectors), 0.2), ROLE_EMAIL),
        c("affidavit_notary", "person_name", "VARCHAR", g.col(g.pick(notaries), 0.85), STAFF, ROLE, HEAVY),
        c("inspection_comments", "free_text", "VARCHAR", g.sparse(comment, 0.72, _words("", "None")), NULLWORD),
        c("valuation", N, "DECIMAL(12,2)", g.amounts(1_500, 950_000), "decoy"),
        c("issued_date", N, "DATE", g.days("2024-01-01", "2025-11-30", 0.2), "decoy"),
        c("permit_type", N, "VARCHAR", g.col(g.pick(["Residential Remodel", "New SFR", "Solar PV", "Pool"])),
          "decoy"),
    ])


# -- three tables in European languages --------------------------------------------------------------------------------


def fr_clients(g: Gen) -> Table:
    """A French insurer's ERP customer master (snake case, French): client code, civility, surname and given name,
    date of birth as ``JJ/MM/AAAA``, NIR (social security number, spaced or not), IBAN, mobile, e-mail, address, postal
    code, town, the agency (business) and its phone, the account manager (few), the SIREN of a
    business client (decoy), the creating login."""
    managers = _staff(g, 4, lambda x: v.whole(x, "fr"))
    logins = sorted({v.login(*v.person(g, "fr"), 0) for _ in range(4)})
    places = [g.rnd.choice(v.FR_CITIES) for _ in range(g.rows)]
    pairs = [v.person(g, "fr") for _ in range(g.rows)]
    return Table("erp_fr.clients", "fr", "snake", [
        c("code_client", N, "VARCHAR", g.col(lambda: g.code("CL999999")), "decoy", KEY),
        c("civilite", N, "VARCHAR", g.col(g.pick(["M.", "Mme", "Mlle"])), "decoy"),
        c("nom", "last_name", "VARCHAR", [b.upper() for _, b in pairs]),
        c("prenom", "first_name", "VARCHAR", [a for a, _ in pairs]),
        c("date_naissance", "date_of_birth", "VARCHAR", g.col(lambda: g.birth(1940, 2005).strftime("%d/%m/%Y"))),
        c("num_secu", "national_id", "VARCHAR", g.col(lambda: v.fr_nir(g, g.rnd.random() < 0.5), 0.2), ABBREV),
        c("iban", "iban", "VARCHAR", g.col(lambda: v.iban(g, "FR", g.rnd.random() < 0.6), 0.25)),
        c("tel_portable", "phone", "VARCHAR", g.phones("FR", {"national": 0.6, "intl": 0.4}), ABBREV),
        c("courriel", "email", "VARCHAR", [v.email_of(g, a, b, ["orange.fr", "free.fr", "laposte.net", "gmail.com"])
                                           if g.rnd.random() < 0.7 else None for a, b in pairs]),
        c("adresse", "street_address", "VARCHAR", g.col(lambda: v.fr_street(g))),
        c("code_postal", "postal_code", "VARCHAR", [p[1] + g.digits(3) for p in places]),
        c("ville", "city", "VARCHAR", [p[0] for p in places]),
        c("agence", N, "VARCHAR", g.col(g.pick(["Agence Rennes Colombier", "Agence Nantes Graslin"])), "business"),
        c("tel_agence", N, "VARCHAR", g.col(g.pick(["02 99 55 01 20", "02 40 55 01 33"])), "business"),
        c("gestionnaire", "person_name", "VARCHAR", g.col(g.pick(managers)), STAFF, ROLE),
        c("siren_entreprise", N, "VARCHAR", g.col(lambda: g.digits(9), 0.6), "decoy", SHAPE),
        c("cree_par", USERNAME, "VARCHAR", g.col(g.pick(logins)), USER, AUDIT),
    ])


def es_clientes(g: Gen) -> Table:
    """A Spanish distributor's ERP customers (upper snake, Spanish): customer number, name and two surnames in one
    column, DNI/NIF, date of birth, phones (a landline and a mobile in one cell for some), e-mail, address, postal
    code, town, province (decoy), the sales rep (first names), the guarantor (``avalista``), the company's delivery
    warehouse (business), an observation naming people."""
    reps = _staff(g, 5, lambda x: v.given(x, "es"))
    places = [g.rnd.choice(v.ES_CITIES) for _ in range(g.rows)]

    def full() -> str:
        a, b = v.person(g, "es")
        return f"{b} {v.family(g, 'es')}, {a}" if g.rnd.random() < 0.5 else f"{a} {b} {v.family(g, 'es')}"

    def phones() -> str:
        mobile = g.phone("ES", "national")
        return mobile if g.rnd.random() < 0.6 else f"{g.phone('ES', 'national', False)} / {mobile}"

    def obs() -> str:
        return g.rnd.choice([f"Entregar a su hijo {v.given(g, 'es')}", f"Autoriza a {v.whole(g, 'es')} a recoger",
                             "Pago a 60 días"])

    return Table("erp_es.CLIENTES", "es", "screaming", [
        c("NUM_CLIENTE", N, "INTEGER", g.keys(430_001), "decoy", KEY),
        c("NOMBRE_COMPLETO", "person_name", "VARCHAR", g.col(full)),
        c("NIF", "national_id", "VARCHAR", g.col(lambda: v.es_dni(g))),
        c("FECHA_NAC", "date_of_birth", "DATE", g.births(1945, 2005), ABBREV),
        c("TELEFONOS", "phone", "VARCHAR", g.col(phones), MULTI),
        c("EMAIL", "email", "VARCHAR", g.col(lambda: v.email(g, ["gmail.com", "hotmail.es", "telefonica.net"], "es"),
                                             0.3)),
        c("DIRECCION", "street_address", "VARCHAR", g.col(lambda: v.es_street(g))),
        c("COD_POSTAL", "postal_code", "VARCHAR", [p[1] + g.digits(3) for p in places], ABBREV),
        c("POBLACION", "city", "VARCHAR", [p[0] for p in places]),
        c("FORMA_PAGO", N, "VARCHAR", g.col(g.pick(["RECIBO 30", "TRANSFERENCIA", "CONTADO"])), "decoy"),
        c("PROVINCIA", N, "VARCHAR", [{"Logroño": "La Rioja", "Pamplona": "Navarra", "Valladolid": "Valladolid",
                                       "Burgos": "Burgos"}.get(p[0], "Aragón") for p in places], "decoy"),
        c("COMERCIAL", "first_name", "VARCHAR", g.col(g.pick(reps)), STAFF, ROLE),
        c("AVALISTA", "person_name", "VARCHAR", g.col(lambda: v.whole(g, "es"), 0.8), ROLE, HEAVY),
        c("IBAN_CARGO", "iban", "VARCHAR", g.col(lambda: v.iban(g, "ES", True), 0.3)),
        c("ALMACEN_ENTREGA", N, "VARCHAR", g.col(g.pick(["Almacén PLAZA Zaragoza, Nave 12", "Polígono Landaben"])),
          "business"),
        c("OBSERVACIONES", "free_text", "VARCHAR", g.sparse(obs, 0.8, _words("sin datos", "s/d")), NULLWORD),
    ])


def nl_relaties(g: Gen) -> Table:
    """A Dutch housing corporation's CRM relations (camel case, Dutch): relation number, initials, prefix and surname
    (``tussenvoegsel``), BSN, date of birth, phone, e-mail, street and house number, postcode, place, IBAN, the
    contact person of a tenant household (``contactpersoon``), the housing consultant (few), the complex name (a
    building named after a person: decoy), the office address (business), a note naming people."""
    consultants = _staff(g, 4, lambda x: v.whole(x, "nl"))
    places = [g.rnd.choice(v.NL_CITIES) for _ in range(g.rows)]
    pairs = [v.person(g, "nl") for _ in range(g.rows)]

    def split(last: str) -> tuple[str, str]:
        parts = last.rsplit(" ", 1)
        return (parts[0], parts[1]) if len(parts) == 2 else ("", last)

    def note() -> str:
        return g.rnd.choice([f"Buurvrouw {v.whole(g, 'nl')} heeft sleutel", f"Bellen met dochter {v.given(g, 'nl')}",
                             "Geen huisdieren"])

    return Table("crm_nl.relaties", "nl", "camel", [
        c("relatieNummer", N, "INTEGER", g.keys(200_001), "decoy", KEY),
        c("voorletters", N, "VARCHAR", [a[0] + "." for a, _ in pairs], "decoy"),
        c("roepnaam", "first_name", "VARCHAR", [a for a, _ in pairs]),
        c("tussenvoegsel", N, "VARCHAR", [split(b)[0] for _, b in pairs], "decoy"),
        c("achternaam", "last_name", "VARCHAR", [split(b)[1] for _, b in pairs]),
        c("bsn", "national_id", "VARCHAR", g.col(lambda: v.nl_bsn(g), 0.15)),
        c("geboortedatum", "date_of_birth", "DATE", g.births(1935, 2006)),
        c("telefoonnummer", "phone", "VARCHAR", g.phones("NL", {"national": 0.6, "intl": 0.4}, 0.6)),
        c("emailadres", "email", "VARCHAR", [v.email_of(g, a, b, ["ziggo.nl", "kpnmail.nl", "gmail.com"])
                                             if g.rnd.random() < 0.8 else None for a, b in pairs]),
        c("straatHuisnummer", "street_address", "VARCHAR", g.col(lambda: v.nl_street(g))),
        c("postcode", "postal_code", "VARCHAR", [v.nl_postcode(g, p[1]) for p in places]),
        c("woonplaats", "city", "VARCHAR", [p[0] for p in places]),
        c("iban", "iban", "VARCHAR", g.col(lambda: v.iban(g, "NL", g.rnd.random() < 0.3), 0.2)),
        c("contactpersoon", "person_name", "VARCHAR", g.col(lambda: v.whole(g, "nl"), 0.7), ROLE, HEAVY),
        c("woonconsulent", "person_name", "VARCHAR", g.col(g.pick(consultants)), STAFF, ROLE),
        c("complexNaam", N, "VARCHAR", g.col(g.pick(["Anne Frankhof", "Thorbeckeflat", "De Molenhoek"])), "decoy",
          SHAPE),
        c("kantoorAdres", N, "VARCHAR", g.col(g.pick(["Stationsweg 4, 8011 CZ Zwolle"])), "business"),
        c("notitie", "free_text", "VARCHAR", g.sparse(note, 0.8, _words("geen", "onbekend")), NULLWORD),
    ])


BUILDERS: list[tuple[Callable[[Gen], Table], int]] = [
    (claims_fnol, 900), (legacy_polholdr, 700), (telco_subscribers, 1_200), (telco_cdr, 2_000),
    (kyc_applications, 800), (hotel_guest_folios, 1_000), (loyalty_members, 1_100), (gym_members, 900),
    (gym_app_tracks, 1_800), (dental_patients, 600), (rx_prescriptions, 1_400), (utility_meter_accounts, 1_000),
    (ats_candidates, 500), (npsp_donors, 650), (rides_trips, 1_600), (social_profiles, 800), (permits_building, 550),
    (fr_clients, 420), (es_clientes, 380), (nl_relaties, 450),
]


def tables() -> list[Table]:
    """Every table of the set, generated from :data:`SEED` (same values on every run)."""
    return [make(Gen(make.__name__, rows)) for make, rows in BUILDERS]


def labels(built: list[Table] | None = None) -> dict[str, dict[str, str]]:
    """``schema.table`` -> column -> true kind."""
    return {t.name: {col.name: col.kind for col in t.columns} for t in (built if built is not None else tables())}


def build(path: Path = DEFAULT_PATH) -> list[Table]:
    """Write every table into the DuckDB file ``path`` (replaced) and return the tables."""
    return heldout_v4.write_tables(path, tables())


summary = heldout_v4.summary

if __name__ == "__main__":
    target = Path(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT_PATH
    print(f"built {summary(build(target))} into {target}")
