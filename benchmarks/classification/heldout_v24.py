"""Held-out set v24 for the column classifier: 21 tables of the ordinary schemas a data team actually points the tool
at, mostly in English with the naming habits of real warehouses (a SaaS CRM, HR and payroll, a web shop, a clinic, a
help desk, an events export, product analytics, a dbt staging and mart layer, a fintech ledger, property management,
a school district, a carrier), with many join keys, surrogate keys and UUIDs that are not personal data, and many
people under role words.

Written **blind**, like v2 to v23: by someone who has read neither the classifier (``governance_dagster/detect/``) nor
its documentation, tests, changelog or notes, only the list of kind names (``governance_dagster/kinds.py``), how the
scorer registers a set (``heldout_v2_accuracy.py``), the *structure* and labeling conventions of v23
(``heldout_v23.py``, ``heldout_v23_values.py``, its test, ``tests/heldout_support.py``), the scorer's summary of the
domains of v2 to v23 and the ``Column``/``Table`` classes and writer they build on. The classifier was not run on this
set while it was written, no scorer was run on it, and no score of any set was looked at: nothing here was adjusted to
what the classifier does. It was written under a short deadline (55 minutes, the tests and lint included). Like v23
it imports no earlier set's value module: its random source, name lists, streets, cities, companies, products and
identifier builders are its own (:mod:`benchmarks.classification.heldout_v24_values`; the generic helpers follow
v23's, the lists are new).

What is new against v2 to v23:

* emphasis: not many languages but the everyday English warehouse: 19 English tables (US systems) and two in other
  languages and styles (a German personnel master in Pascal case, ``lohnbuero.PersonalStamm``; a Brazilian retailer's
  customer register in camel case, ``vendas.clientesCadastro``). Help-desk tickets (v21) and a marketing contact
  export (v22) had cousins in earlier sets; here they are asked for again as ordinary schemas (``support.tickets``,
  ``events.registrations``);
* domains: CRM accounts, contacts, opportunities and activities (``crm.*``, Salesforce-style ids, numbered custom
  fields); HR employees with manager, HR business partner and emergency contact (``hr.employees``); pay stubs
  (``payroll.pay_stubs``); web-shop orders and reviews/returns (``shop.*``); a clinic's appointments with guarantor
  and billing (``clinic.appointments``); help-desk tickets with requester, assignee, CC list and submitter
  (``support.tickets``); a conference's registrations with speakers and sponsors (``events.registrations``); a
  Segment-style product-analytics event table (``product.events``); a dbt staging model
  (``staging.stg_hubspot__contacts``), a snapshot-backed customer dimension (``marts.dim_customers``) and an order
  fact of decoys only (``marts.fct_orders``); a fintech ledger (``ledger.transactions``); property-management leases
  (``pms.leases``); a school district's students and guardians (``sis.students``); a carrier's shipments
  (``tms.shipments``);
* join keys (tag ``join_key``, 58 columns, all ``none``): ``customer_id``, ``account_id``, ``order_id``,
  ``employee_number``, ``manager_employee_number``, ``ticket_id``, ``contact_id``, ``who_id``/``what_id``,
  ``customer_sk``, ``customer_key``, ``order_sk``, ``opportunity_sk``, ``contact_sk``, ``order_date_key``
  (``YYYYMMDD``), ``user_id``, ``anonymous_id``, ``device_id``, ``session_id``, ``event_id``, ``patient_mrn``,
  ``driver_employee_number``, UUIDs and MD5 surrogate keys; hashes of e-mail addresses (tag ``hashed``:
  ``email_md5``, ``email_sha256``, ``email_address_sha256``) and dbt snapshot columns (tag ``snapshot``:
  ``dbt_scd_id``, ``dbt_valid_from``, ``dbt_valid_to``) are ``none`` too;
* people under role words (tag ``role_word``): ``owner``, ``csm``, ``account_executive`` (``Last, First``),
  ``primary_contact``, ``owner_name`` and ``closer`` (initial and surname), ``sales_engineer``, ``assigned_to``,
  ``manager``, ``hr_business_partner``, ``emergency_contact``, ``preparer``, ``approver``, ``garnishment_payee``,
  ``moderated_by``, ``return_approved_by``, ``provider`` (``Tessa Ridley, MD``), ``scheduled_by``,
  ``guarantor_name``, ``requester_name``, ``assignee``, ``attendee_*``, ``session_speaker``, ``invited_by``,
  ``account_holder``, ``counterparty_name``, ``dispute_reviewer``, ``tenant``, ``co_tenant``, ``landlord``,
  ``property_manager``, ``maintenance_technician``, ``homeroom_teacher``, ``counselor``, ``guardian_1_name``,
  ``guardian_2_name``, ``consignee_name``, ``driver``, ``dispatcher``, ``pod_signed_by`` (``T. WHITLOCK``),
  ``Vorgesetzter``, ``vendedor``; staff columns with 2 to 8 distinct people (tag ``staff``) as full names, first names
  only, family names only, ``Last, First`` and initial and surname;
* e-mail addresses as identity under role names (tag ``role_email``, ``email``): ``owner_email``, ``approver`` (of
  the opportunities), ``cc`` (one to three addresses in a cell, of the activities and the tickets), ``submitter``;
* opaque names and numbered custom fields holding personal data (tags ``opaque``, ``custom_field``):
  ``custom_field_12`` (a personal e-mail), ``attr_7`` (an assistant's name), ``c2`` (``Last, First``), ``attr_3`` (a
  birthday ``1984-03-12``), ``custom_field_360044`` (an agent's e-mail), beside numbered custom fields holding tiers
  and order numbers (``none``); misleading names: ``ref_code`` (an SSN), ``ref2`` (a phone) and integer keys named
  like personal data (``email_id``, ``email_sk``, ``customer_name_key``); source-prefixed raw columns
  (``src_card_no``, ``src_holder_ssn``);
* a home named as a unit or a delivery point (tag ``premises``: ``unit_address``, ``unit_city``, ``unit_zip``,
  ``consignee_address``, ``consignee_city``, ``consignee_zip``);
* logins in audit columns (``created_by``, ``checked_in_by``, ``move_in_inspected_by``, ``enrolled_by``,
  ``AngelegtVon``, ``criadoPor``: ``unclassified``, tag ``username``) beside service accounts (``last_modified_by``,
  ``updated_by``, ``atualizadoPor``: ``none``, tag ``service_account``);
* dates of birth as DATE, as ``MM/DD/YYYY``, ISO and ``TT.MM.JJJJ`` text, split into ``birth_month``,
  ``birth_day`` and ``birth_year`` (tag ``split_dob``) and a lone ``birth_year`` in the customer dimension;
* identifiers with check digits (python-stdnum): US SSNs with and without dashes (``ssn``), the German tax ID and the
  Brazilian CPF (``national_id``), IBANs of Germany, the United Kingdom, Ireland, the Netherlands and France, cards
  passing Luhn; phones of the United States (national, dashed, dotted, digits-only and E.164), Germany and Brazil;
  IPv4 and IPv6 (checkout, ticket, registration, device and event IPs);
* decoys (tag ``decoy``; ``value_shape`` when shaped like a personal value): ABA routing numbers that pass their
  check, card last four digits and masked PANs, deposit-account last four digits, a clinic's NPI passing Luhn,
  companies named after founders (``Kessler Family Dental``, ``Pruitt Brothers Roofing``, ``Dell Technologies``,
  ``Trader Joe's``, ``Macy's``, ``Kate Spade``), products named like people (``Marguerite Wrap Dress``, ``Everett
  Chore Coat``), schools named after people (``Thurgood Marshall Middle School``), properties named after people
  (``The Whitman at Short North``), city-named stores, warehouses and terminals (``Columbus Easton``, ``Dayton
  Warehouse``), "City, ST" territories (tag ``territory``), a landlord's LLC and family trust, user agents, page URLs
  with query strings, tractor plates (``vehicle``); business addresses, phones and cities of accounts, offices,
  stores, clinics and shippers (tag ``business``).

Labeling rules: the same as v2 to v23 (see :mod:`benchmarks.classification.heldout_v23`): a business's address, phone,
postal code and city are ``none`` (tag ``business``); names of staff are ``person_name`` (a first name or a family
name alone ``first_name`` or ``last_name``); a login is ``unclassified`` (tag ``username``), a service account
``none``; free text that names people is ``free_text``; each part of a split date of birth is ``date_of_birth``.
Choices a reader may question: an employee's or a B2B contact's work e-mail and direct line are ``email`` and
``phone`` (they point at one person); a cell holding several e-mail addresses (``cc``) is ``email``; a review's display
name ``Tessa K.``, an initial and surname and ``Tessa Ridley, MD`` are ``person_name``; internal ids that point at a
person only through another table (``customer_id``, ``user_id``, ``anonymous_id``, ``device_id``, ``patient_mrn``,
``employee_number``) are ``none``, and so are hashes of e-mail addresses; ABA routing numbers, card and account last
four digits and masked PANs are ``none``; a state or province code alone is ``none``; the GeoIP city of an analytics
event (``context_geo_city``) is ``city``; a lone ``birth_year`` is ``date_of_birth``; an address fragment
(``shipping_address2``: ``Apt 4``) is ``street_address``; a rental unit's address is the tenant's home
(``street_address``, tag ``premises``); an individual landlord is ``person_name`` while the landlord's LLC or family
trust is ``none``; a ticket subject without names is ``none`` while activity subjects naming people are
``free_text``; a clinic's chief complaint is ``free_text`` (many rows name people; there is no health kind); lunch
status and dietary requirements are ``none`` (sensitive, but not one of the kinds).

Tags: as v23 and new: ``join_key`` (an id, key, surrogate key or UUID: ``none``), ``role_email`` (a role-named column
holding e-mail addresses), ``hashed`` (a hash of a personal value: ``none``), ``custom_field`` (a CRM or help-desk
field named by number) and ``snapshot`` (dbt snapshot bookkeeping). ``null_heavy`` here means 50-95% NULL.

Every value is generated here from :data:`SEED` (one ``random.Random`` per table, named after its builder) with
python-stdnum for check digits, phonenumbers for phone validity and formats, and the lists of names, streets, cities,
companies and products of :mod:`benchmarks.classification.heldout_v24_values`, written for v24 (no Faker, no list of
real people; the founders' names of real brands are decoys). Build: ``python -m benchmarks.classification.heldout_v24
[PATH]`` (default ``/tmp/heldout_v24.duckdb``). Score: ``python -m benchmarks.classification.heldout_v2_accuracy --set
v24``.
"""

from __future__ import annotations

import hashlib
import sys
from collections.abc import Callable
from datetime import date
from pathlib import Path

from benchmarks.classification import heldout_v4
from benchmarks.classification import heldout_v24_values as v
from benchmarks.classification.heldout_v2 import Column, Table
from benchmarks.classification.heldout_v24_values import NULLISH, SEED, USERNAME, Gen, N, c

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

DEFAULT_PATH = Path("/tmp/heldout_v24.duckdb")

NULLWORD = "nullword_heavy"  # 70-95% NULL-like strings and empty strings (few real NULLs)
HEAVY = "null_heavy"  # 50-95% NULL
SHAPE = "value_shape"
VEHICLE = "vehicle"
MISLEADING = "misleading"
STAFF = "staff"  # staff named in a column with few distinct values
ROLE = "role_word"  # a name that sounds non-personal (a role, owner, assignee, guardian, cc) holding people
OPAQUE = "opaque"
ABBREV = "abbrev"
AUDIT = "audit"
SPLIT = "split_dob"  # one part of a date of birth split into integer columns
SOURCE = "source_prefix"
USER = "username"
SERVICE = "service_account"  # an audit column holding only service accounts (none)
TERRITORY = "territory"  # "City, ST" lists of sales territories (none)
PREMISES = "premises"  # a customer's or tenant's home named as a unit, premises or delivery point
KEY = "join_key"  # an id, key, surrogate key or UUID that joins tables (none)
ROLE_EMAIL = "role_email"  # a role-named column (approver, cc, submitter) holding people's e-mail addresses
HASHED = "hashed"  # a hash of a personal value (none: the value itself is not there)
CUSTOM = "custom_field"  # a CRM or help-desk custom field named by number
SCD = "snapshot"  # dbt snapshot bookkeeping (dbt_valid_from, dbt_valid_to, dbt_scd_id)

COMPANIES = ["Haverford Foods Inc.", "Brannigan & Seaver LLP", "Kessler Family Dental", "Underhill Logistics",
             "Northgate Analytics", "Bluestem Credit Union", "Achterberg Tool & Die", "Ridgeline Software",
             "Pruitt Brothers Roofing", "Ostrander Medical Group", "Cobalt Harbor Media", "Lakeshore Title Co.",
             "Fairbanks Holdings LLC", "Quintero Landscaping", "Tristate Fastener Supply", "Meridian Pet Health",
             "Okafor & Vance CPAs", "Copperline Fiber", "Silverleaf Senior Living", "Driftwood Hospitality Group"]
DOMAINS = ["haverfordfoods.com", "brannigan-seaver.com", "kesslerdental.com", "underhill-logistics.com",
           "northgate.io", "bluestemcu.org", "achterbergtool.com", "ridgeline.dev", "pruittroofing.com",
           "ostrandermed.org", "cobaltharbor.co", "lakeshoretitle.com"]


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


def _mdy(d: date) -> str:
    return f"{d.month:02d}/{d.day:02d}/{d.year}"


def _sfid(g: Gen, prefix: str) -> str:
    return prefix + g.code("0ZZZZZZZZZZZZ") + g.code("ZZ")


# -- a SaaS CRM: accounts ----------------------------------------------------------------------------------------------


def crm_accounts(g: Gen) -> Table:
    """CRM accounts: Salesforce-style ids, company names (some named after founders), the company's billing address
    and main line (business), the account owner, CSM (first names), account executive ("Last, First"), the primary
    contact, a numbered custom field holding the contact's personal e-mail, the creating login and an integration
    user."""
    places = [v.us_city(g) for _ in range(g.rows)]
    owners = _staff(g, 5)
    csms = _staff(g, 4, v.given)
    aes = _staff(g, 6, v.last_first)
    logins = _logins(g, 5, 1)
    return Table("crm.accounts", "en", "snake", [
        c("account_id", N, "VARCHAR", g.col(lambda: _sfid(g, "001")), "decoy", KEY),
        c("parent_account_id", N, "VARCHAR", g.col(lambda: _sfid(g, "001"), 0.6), "decoy", KEY),
        c("account_name", N, "VARCHAR", g.col(g.pick(v.COMPANY_NAMES)), "decoy", SHAPE),
        c("industry", N, "VARCHAR", g.col(g.pick(["Healthcare", "Manufacturing", "Financial Services", "Retail",
                                                  "Professional Services", "Hospitality"])), "decoy"),
        c("billing_street", N, "VARCHAR", g.col(lambda: v.office_street(g)), "business"),
        c("billing_city", N, "VARCHAR", [p[0] for p in places], "business", SHAPE),
        c("billing_state", N, "VARCHAR", [p[1] for p in places], "decoy"),
        c("billing_postal_code", N, "VARCHAR", [p[2] + "0" + g.digits(1) for p in places], "business", SHAPE),
        c("phone", N, "VARCHAR", g.col(lambda: v.office_phone(g)), "business", SHAPE),
        c("website", N, "VARCHAR", g.col(lambda: "www." + g.rnd.choice(DOMAINS)), "decoy"),
        c("owner", "person_name", "VARCHAR", g.col(g.pick(owners)), STAFF, ROLE),
        c("csm", "first_name", "VARCHAR", g.col(g.pick(csms), 0.2), STAFF, ROLE, ABBREV),
        c("account_executive", "person_name", "VARCHAR", g.col(g.pick(aes)), STAFF, ROLE),
        c("primary_contact", "person_name", "VARCHAR", g.col(lambda: v.whole(g), 0.1), ROLE),
        c("custom_field_12", "email", "VARCHAR", g.col(lambda: v.email(g, v.PERSONAL_DOMAINS), 0.3), OPAQUE, CUSTOM),
        c("custom_field_7", N, "VARCHAR", g.col(g.pick(["Tier 1", "Tier 2", "Tier 3", "Strategic"])), "decoy",
          CUSTOM),
        c("territory", N, "VARCHAR", [f"{p[0]}, {p[1]}" for p in places], "decoy", TERRITORY, SHAPE),
        c("created_by", USERNAME, "VARCHAR", g.col(g.pick(logins)), USER, AUDIT),
        c("last_modified_by", N, "VARCHAR", g.col(g.pick(["integration_user", "hubspot_sync"])), "decoy", AUDIT,
          SERVICE),
    ])


def crm_contacts(g: Gen) -> Table:
    """CRM contacts: ids and the account join key, first and last name, work e-mail at the account's domain, direct
    line and mobile, title, lead source, the owner as initial and surname, an opaque attribute holding the contact's
    assistant, an integer key named like an e-mail, an MD5 of the e-mail, opt-out flags."""
    firsts, lasts, mails = [], [], []
    for _ in range(g.rows):
        a, b = v.person(g)
        firsts.append(a)
        lasts.append(b)
        mails.append(v.email_of(g, a, b, DOMAINS) if g.rnd.random() < 0.8 else v.email_of(g, a, b,
                                                                                          v.PERSONAL_DOMAINS))
    owners = _staff(g, 5, v.initial_last)
    return Table("crm.contacts", "en", "snake", [
        c("contact_id", N, "VARCHAR", g.col(lambda: _sfid(g, "003")), "decoy", KEY),
        c("account_id", N, "VARCHAR", g.col(lambda: _sfid(g, "001")), "decoy", KEY),
        c("first_name", "first_name", "VARCHAR", firsts),
        c("last_name", "last_name", "VARCHAR", lasts),
        c("email", "email", "VARCHAR", mails),
        c("phone", "phone", "VARCHAR", g.phones("US", {"national": 0.6, "dashes": 0.3, "e164": 0.1}, 0.3)),
        c("mobile_phone", "phone", "VARCHAR", g.phones("US", {"national": 0.5, "dots": 0.5}, null=0.6), HEAVY),
        c("title", N, "VARCHAR", g.col(g.pick(["VP Operations", "Director of IT", "Controller", "Office Manager",
                                               "CFO", "Practice Administrator", "Buyer"])), "decoy"),
        c("lead_source", N, "VARCHAR", g.col(g.pick(["Webinar", "Trade Show", "Inbound", "Partner Referral"])),
          "decoy"),
        c("owner_name", "person_name", "VARCHAR", g.col(g.pick(owners)), STAFF, ROLE),
        c("attr_7", "person_name", "VARCHAR", g.col(lambda: v.whole(g), 0.65), OPAQUE, HEAVY),
        c("email_id", N, "INTEGER", g.keys(55_000, 3), "decoy", MISLEADING, KEY),
        c("email_md5", N, "VARCHAR", g.col(g.md5), "decoy", HASHED),
        c("do_not_call", N, "BOOLEAN", g.yn(True, False, 0.05), "decoy"),
        c("hs_object_id", N, "BIGINT", g.col(lambda: g.rnd.randint(10**9, 10**11)), "decoy", KEY),
    ])


def crm_opportunities(g: Gen) -> Table:
    """CRM opportunities: ids, names built from company names, stage and amount, the owner as an e-mail (identity),
    the closer as initial and surname, the approver as e-mail (role e-mail), the sales engineer by first name, next
    steps naming people, competitors, "City, ST" territories, a surrogate key."""
    owners = sorted({v.work_email(*v.person(g), "ridgeline.dev") for _ in range(5)})
    closers = _staff(g, 4, v.initial_last)
    approvers = sorted({v.work_email(*v.person(g), "ridgeline.dev") for _ in range(3)})
    engineers = _staff(g, 3, v.given)
    logins = _logins(g, 4, 1)

    def note() -> str:
        return g.rnd.choice([f"Send MSA redlines to {v.whole(g)}", f"{v.given(g)} wants a security review first",
                             f"Exec sponsor is {v.whole(g)} (CFO)", f"Call {v.given(g)} re: budget next week"])

    return Table("crm.opportunities", "en", "snake", [
        c("opportunity_id", N, "VARCHAR", g.col(lambda: _sfid(g, "006")), "decoy", KEY),
        c("account_id", N, "VARCHAR", g.col(lambda: _sfid(g, "001")), "decoy", KEY),
        c("primary_contact_id", N, "VARCHAR", g.col(lambda: _sfid(g, "003"), 0.2), "decoy", KEY),
        c("opportunity_name", N, "VARCHAR", g.col(lambda: f"{g.rnd.choice(v.COMPANY_NAMES)} - " + g.rnd.choice(
            ["Renewal FY26", "Expansion", "New Logo", "Add-on Seats"])), "decoy", SHAPE),
        c("stage_name", N, "VARCHAR", g.col(g.pick(["Discovery", "Proposal", "Negotiation", "Closed Won",
                                                    "Closed Lost"])), "decoy"),
        c("amount", N, "DECIMAL(12,2)", g.amounts(3_000, 480_000), "decoy"),
        c("owner_email", "email", "VARCHAR", g.col(g.pick(owners)), ROLE_EMAIL),
        c("closer", "person_name", "VARCHAR", g.col(g.pick(closers), 0.3), STAFF, ROLE),
        c("approver", "email", "VARCHAR", g.col(g.pick(approvers), 0.4), ROLE_EMAIL),
        c("sales_engineer", "first_name", "VARCHAR", g.col(g.pick(engineers), 0.35), STAFF, ROLE),
        c("next_step", "free_text", "VARCHAR", g.sparse(note, 0.8, _words("TBD", "tbd")), NULLWORD),
        c("competitor", N, "VARCHAR", g.col(g.pick(["Salesforce", "HubSpot", "Zoho", "Pipedrive", "none"])), "decoy"),
        c("territory", N, "VARCHAR", g.col(lambda: "{}, {}".format(*v.us_city(g))), "decoy", TERRITORY, SHAPE),
        c("opportunity_sk", N, "VARCHAR", g.col(g.md5), "decoy", KEY),
        c("created_by", USERNAME, "VARCHAR", g.col(g.pick(logins)), USER, AUDIT),
    ])


def crm_activities(g: Gen) -> Table:
    """CRM activities (calls, e-mails, meetings): polymorphic who/what ids, subjects and descriptions naming people,
    the assigned rep (full names), a CC list of e-mail addresses, the number dialled, call durations, dispositions."""
    reps = _staff(g, 6)

    def cc() -> str:
        return "; ".join(v.email(g, DOMAINS + v.PERSONAL_DOMAINS) for _ in range(g.rnd.randint(1, 3)))

    def subject() -> str:
        return g.rnd.choice([f"Call with {v.whole(g)}", f"Demo for {v.given(g)} and team", f"Intro: {v.whole(g)}",
                             f"Re: pricing question from {v.given(g)}", f"QBR prep - {v.whole(g)}"])

    def body() -> str:
        return g.rnd.choice([f"Left voicemail for {v.whole(g)}, will try again Thu.",
                             f"{v.given(g)} confirmed budget; loop in {v.whole(g)} from legal.",
                             f"Spoke with {v.given(g)} {v.family(g)} about renewal terms."])

    return Table("crm.activities", "en", "snake", [
        c("activity_id", N, "VARCHAR", g.col(g.uuid), "decoy", KEY),
        c("who_id", N, "VARCHAR", g.col(lambda: _sfid(g, "003")), "decoy", KEY),
        c("what_id", N, "VARCHAR", g.col(lambda: _sfid(g, "006"), 0.3), "decoy", KEY),
        c("activity_type", N, "VARCHAR", g.col(g.pick(["Call", "Email", "Meeting", "Task"])), "decoy"),
        c("subject", "free_text", "VARCHAR", g.col(subject)),
        c("description", "free_text", "VARCHAR", g.sparse(body, 0.78, _words("", "(blank)")), NULLWORD),
        c("assigned_to", "person_name", "VARCHAR", g.col(g.pick(reps)), STAFF, ROLE),
        c("cc", "email", "VARCHAR", g.col(cc, 0.7), ROLE_EMAIL, HEAVY),
        c("dialed_number", "phone", "VARCHAR", g.phones("US", {"digits": 0.5, "e164": 0.5}, 0.5, 0.45)),
        c("call_disposition", N, "VARCHAR", g.col(g.pick(["Connected", "Left VM", "No Answer", "Wrong Number"])),
          "decoy"),
        c("activity_date", N, "TIMESTAMP", g.moments("2025-01-01", "2025-11-30"), "decoy"),
        c("recording_id", N, "VARCHAR", g.col(lambda: "rec_" + g.code("xxxxxxxxxxxxxxxx"), 0.6), "decoy", KEY),
    ])


# -- an HR system and payroll ------------------------------------------------------------------------------------------


def hr_employees(g: Gen) -> Table:
    """HR employees: employee numbers and UUIDs (keys), legal and preferred names, work and personal e-mail, mobile,
    home address, SSN, date of birth, manager (full names) and the manager's employee number (key), the HR business
    partner by first name, the office (business), an emergency contact with relationship and phone."""
    fem = [g.rnd.random() < 0.5 for _ in range(g.rows)]
    pairs = [v.person(g, female=f) for f in fem]
    places = [v.us_city(g) for _ in range(g.rows)]
    managers = _staff(g, 8)
    hrbps = _staff(g, 3, v.given)
    return Table("hr.employees", "en", "snake", [
        c("employee_number", N, "VARCHAR", [f"E{100_000 + i * 7}" for i in range(g.rows)], "decoy", KEY),
        c("employee_uuid", N, "VARCHAR", g.col(g.uuid), "decoy", KEY),
        c("legal_first_name", "first_name", "VARCHAR", [a for a, _ in pairs]),
        c("legal_last_name", "last_name", "VARCHAR", [b for _, b in pairs]),
        c("preferred_name", "first_name", "VARCHAR", g.col(lambda: v.given(g), 0.75), HEAVY),
        c("work_email", "email", "VARCHAR", [v.work_email(a, b, "ridgeline.dev") for a, b in pairs]),
        c("personal_email", "email", "VARCHAR", [v.email_of(g, a, b, v.PERSONAL_DOMAINS) if g.rnd.random() < 0.7
                                                  else None for a, b in pairs]),
        c("mobile_phone", "phone", "VARCHAR", g.phones("US", {"national": 0.5, "dashes": 0.5})),
        c("home_address_line1", "street_address", "VARCHAR", g.col(lambda: v.us_street(g))),
        c("home_city", "city", "VARCHAR", [p[0] for p in places]),
        c("home_state", N, "VARCHAR", [p[1] for p in places], "decoy"),
        c("home_zip", "postal_code", "VARCHAR", [v.us_zip(g, p[2], 0.2) for p in places]),
        c("ssn", "ssn", "VARCHAR", g.col(lambda: v.us_ssn(g))),
        c("date_of_birth", "date_of_birth", "DATE", g.births(1958, 2004)),
        c("termination_date", N, "DATE", g.days("2020-01-01", "2025-11-30", 0.6), "decoy"),
        c("job_title", N, "VARCHAR", g.col(g.pick(["Account Executive", "Software Engineer II", "Payroll Specialist",
                                                   "Customer Success Manager", "Data Analyst"])), "decoy"),
        c("department", N, "VARCHAR", g.col(g.pick(["Sales", "Engineering", "Finance", "People", "Support"])),
          "decoy"),
        c("manager", "person_name", "VARCHAR", g.col(g.pick(managers), 0.05), STAFF, ROLE),
        c("manager_employee_number", N, "VARCHAR", g.col(lambda: f"E{100_000 + 7 * g.rnd.randint(0, 60)}"), "decoy",
          KEY),
        c("hr_business_partner", "first_name", "VARCHAR", g.col(g.pick(hrbps)), STAFF, ROLE),
        c("office_location", N, "VARCHAR", g.col(g.pick(["Columbus HQ - 250 W Nationwide Blvd",
                                                         "Nashville - 501 Commerce St", "Remote"])), "business"),
        c("emergency_contact", "person_name", "VARCHAR", g.col(lambda: v.whole(g), 0.15), ROLE),
        c("emergency_contact_relationship", N, "VARCHAR", g.col(g.pick(["Spouse", "Parent", "Sibling", "Partner",
                                                                        "Friend"])), "decoy"),
        c("emergency_contact_phone", "phone", "VARCHAR", g.phones("US", {"national": 0.7, "digits": 0.3},
                                                                  null=0.15)),
    ])


def payroll_pay_stubs(g: Gen) -> Table:
    """Payroll pay stubs: stub and run keys, the employee number (key) and name ("Last, First"), pay dates and
    amounts, the bank's ABA routing number and the account's last four digits (none), the preparer and the approver
    (family names), a garnishment payee and memos naming people, tax codes."""
    preparers = _staff(g, 3)
    approvers = _staff(g, 2, v.family)
    run = [g.md5() for _ in range(12)]

    def memo() -> str:
        return g.rnd.choice([f"Child support garnishment - payee {v.whole(g)}", f"Retro pay approved by {v.whole(g)}",
                             f"Off-cycle check, hand to {v.given(g)}"])

    return Table("payroll.pay_stubs", "en", "snake", [
        c("pay_stub_id", N, "BIGINT", g.keys(7_000_000_001), "decoy", KEY),
        c("payroll_run_key", N, "VARCHAR", g.col(g.pick(run)), "decoy", KEY),
        c("employee_number", N, "VARCHAR", g.col(lambda: f"E{100_000 + 7 * g.rnd.randint(0, 500)}"), "decoy", KEY),
        c("employee_full_name", "person_name", "VARCHAR", g.col(lambda: v.last_first(g))),
        c("check_date", N, "DATE", g.days("2025-01-03", "2025-11-28"), "decoy"),
        c("gross_pay", N, "DECIMAL(10,2)", g.amounts(900, 14_000), "decoy"),
        c("net_pay", N, "DECIMAL(10,2)", g.amounts(700, 9_800), "decoy"),
        c("bank_routing_number", N, "VARCHAR", g.col(g.pick([v.routing(g) for _ in range(6)])), "decoy", SHAPE),
        c("deposit_account_last4", N, "VARCHAR", g.col(lambda: g.digits(4)), "decoy", SHAPE),
        c("preparer", "person_name", "VARCHAR", g.col(g.pick(preparers)), STAFF, ROLE),
        c("approver", "last_name", "VARCHAR", g.col(g.pick(approvers)), STAFF, ROLE),
        c("garnishment_payee", "person_name", "VARCHAR", g.col(lambda: v.whole(g), 0.9), ROLE, HEAVY),
        c("memo", "free_text", "VARCHAR", g.sparse(memo, 0.88, _words("None", "N.A.")), NULLWORD),
        c("ref_code", "ssn", "VARCHAR", g.col(lambda: v.us_ssn(g, g.rnd.random() < 0.5)), MISLEADING),
        c("tax_state", N, "VARCHAR", g.col(g.pick(["OH", "TN", "KY", "IN"])), "decoy"),
    ])


# -- an e-commerce store -----------------------------------------------------------------------------------------------


def shop_orders(g: Gen) -> Table:
    """Web-shop orders: order id and number, customer id (key), e-mail, shipping name, address lines, city, ZIP and
    phone, the billing name, card brand and last four digits (none), the browser IP, the landing URL, gift notes naming
    people, products named after people, vendors named after founders, a city-named fulfilment warehouse, tracking."""
    places = [v.us_city(g) for _ in range(g.rows)]
    names = [v.person(g) for _ in range(g.rows)]

    def gift() -> str:
        return g.rnd.choice([f"Happy birthday {v.given(g)}! Love, {v.given(g)}", f"For {v.whole(g)} - congrats!",
                             f"Merry Christmas {v.given(g)} from Aunt {v.given(g)}"])

    return Table("shop.orders", "en", "snake", [
        c("order_id", N, "BIGINT", g.keys(5_120_000_000, 13), "decoy", KEY),
        c("order_number", N, "VARCHAR", [f"#{1001 + i}" for i in range(g.rows)], "decoy"),
        c("customer_id", N, "BIGINT", g.col(lambda: g.rnd.randint(6_000_000_000, 6_900_000_000)), "decoy", KEY),
        c("email", "email", "VARCHAR", [v.email_of(g, a, b, v.PERSONAL_DOMAINS) for a, b in names]),
        c("shipping_name", "person_name", "VARCHAR", [f"{a} {b}" for a, b in names]),
        c("shipping_address1", "street_address", "VARCHAR", g.col(lambda: v.us_street(g))),
        c("shipping_address2", "street_address", "VARCHAR", g.col(lambda: g.rnd.choice(
            [f"Apt {g.rnd.randint(1, 40)}", f"Unit {g.rnd.choice('ABCD')}", f"Suite {g.rnd.randint(100, 400)}"]),
            0.72), HEAVY),
        c("shipping_city", "city", "VARCHAR", [p[0] for p in places]),
        c("shipping_province_code", N, "VARCHAR", [p[1] for p in places], "decoy"),
        c("shipping_zip", "postal_code", "VARCHAR", [v.us_zip(g, p[2]) for p in places]),
        c("shipping_phone", "phone", "VARCHAR", g.phones("US", {"e164": 0.6, "national": 0.4}, null=0.4)),
        c("billing_name", "person_name", "VARCHAR", [f"{a} {b}" if g.rnd.random() < 0.8 else v.whole(g)
                                                     for a, b in names]),
        c("card_brand", N, "VARCHAR", g.col(g.pick(["visa", "master", "american_express", "discover"])), "decoy"),
        c("card_last4", N, "VARCHAR", g.col(lambda: g.digits(4)), "decoy", SHAPE),
        c("browser_ip", "ip_address", "VARCHAR", g.col(lambda: g.ip(0.35))),
        c("landing_site", N, "VARCHAR", g.col(lambda: "/products/" + g.rnd.choice(v.PRODUCTS).lower().replace(
            " ", "-") + g.rnd.choice(["", "?utm_source=facebook&utm_medium=paid", "?utm_source=klaviyo"])), "decoy"),
        c("note", "free_text", "VARCHAR", g.sparse(gift, 0.8, _words("", "")), NULLWORD),
        c("product_title", N, "VARCHAR", g.col(g.pick(v.PRODUCTS)), "decoy", SHAPE),
        c("vendor", N, "VARCHAR", g.col(g.pick(["Carhartt", "Eddie Bauer", "L.L.Bean", "Kate Spade", "Tommy Bahama",
                                                "Vera Bradley"])), "decoy", SHAPE),
        c("fulfillment_location", N, "VARCHAR", g.col(g.pick(["Dayton Warehouse", "Louisville DC",
                                                              "Columbus Pop-Up Store"])), "decoy", SHAPE),
        c("tracking_number", N, "VARCHAR", g.col(lambda: g.code("1Z999AA9999999999"), 0.1), "decoy"),
    ])


def shop_reviews_returns(g: Gen) -> Table:
    """Product reviews and returns of the same shop: review and RMA ids, the reviewer's display name ("Tessa K."),
    e-mail, rating, review title and body (bodies name family members), the moderator (first names), the returns
    agent who approved (full names), the return reason, the reviewer's IP, products named after people."""
    mods = _staff(g, 3, v.given)
    agents = _staff(g, 4)

    def body() -> str:
        return g.rnd.choice([f"Bought this for my husband {v.given(g)} and he loves it.",
                             f"My daughter {v.given(g)} wears it every day.", "Runs small, order a size up.",
                             f"Customer service ({v.given(g)}) sorted my return quickly.",
                             "Color is darker than the photos."])

    return Table("shop.reviews_returns", "en", "snake", [
        c("review_id", N, "BIGINT", g.keys(880_001), "decoy", KEY),
        c("order_id", N, "BIGINT", g.col(lambda: g.rnd.randint(5_120_000_000, 5_120_020_000)), "decoy", KEY),
        c("product_id", N, "BIGINT", g.col(lambda: g.rnd.randint(7_000_000, 7_000_300)), "decoy", KEY),
        c("product_name", N, "VARCHAR", g.col(g.pick(v.PRODUCTS)), "decoy", SHAPE),
        c("reviewer_display_name", "person_name", "VARCHAR", g.col(lambda: "{} {[0]}.".format(*v.person(g)))),
        c("reviewer_email", "email", "VARCHAR", g.col(lambda: v.email(g, v.PERSONAL_DOMAINS), 0.2)),
        c("rating", N, "INTEGER", g.ints(1, 5), "decoy"),
        c("review_title", N, "VARCHAR", g.col(g.pick(["Love it!", "Runs small", "Great quality", "Not as pictured",
                                                      "Perfect gift"])), "decoy"),
        c("review_body", "free_text", "VARCHAR", g.col(body, 0.1)),
        c("moderated_by", "first_name", "VARCHAR", g.col(g.pick(mods)), STAFF, ROLE),
        c("rma_number", N, "VARCHAR", g.col(lambda: "RMA-" + g.digits(6), 0.6), "decoy"),
        c("return_reason", N, "VARCHAR", g.col(g.pick(["too_small", "too_large", "defective", "changed_mind"]), 0.6),
          "decoy"),
        c("return_approved_by", "person_name", "VARCHAR", g.col(g.pick(agents), 0.6), STAFF, ROLE, HEAVY),
        c("reviewer_ip", "ip_address", "VARCHAR", g.col(lambda: g.ip(0.2))),
    ])


# -- a clinic's scheduling and billing ---------------------------------------------------------------------------------


def clinic_appointments(g: Gen) -> Table:
    """A family clinic's appointments with billing: appointment id, MRN (the clinic's own key), the patient as "LAST,
    FIRST", date of birth as MM/DD/YYYY text, phone and e-mail, the provider ("Tessa Ridley, MD"), the scheduler by
    first name, the guarantor and the guarantor's SSN, payer, ICD-10 codes, the billing NPI and clinic
    (business), the chief complaint naming people, the check-in login."""
    providers = _staff(g, 5, lambda x: v.whole(x) + g.rnd.choice([", MD", ", DO", ", NP", ", PA-C"]))
    schedulers = _staff(g, 4, v.given)
    logins = _logins(g, 4, 2)
    guarantor = [g.rnd.random() < 0.35 for _ in range(g.rows)]

    def complaint() -> str:
        return g.rnd.choice([f"Cough x2 wks, brought by mother {v.whole(g)}", "Annual physical",
                             f"F/u per Dr. {v.family(g)}", "Rash on forearm", f"Referred by {v.whole(g)}"])

    return Table("clinic.appointments", "en", "snake", [
        c("appt_id", N, "BIGINT", g.keys(40_000_001), "decoy", KEY, ABBREV),
        c("patient_mrn", N, "VARCHAR", g.col(lambda: "MRN" + g.digits(8)), "decoy", KEY, ABBREV),
        c("patient_name", "person_name", "VARCHAR", g.col(lambda: v.last_first(g).upper())),
        c("patient_dob", "date_of_birth", "VARCHAR", [_mdy(g.birth(1938, 2024)) for _ in range(g.rows)], ABBREV),
        c("patient_phone", "phone", "VARCHAR", g.phones("US", {"national": 0.8, "dashes": 0.2}, 0.7)),
        c("patient_email", "email", "VARCHAR", g.col(lambda: v.email(g, v.PERSONAL_DOMAINS), 0.55), HEAVY),
        c("provider", "person_name", "VARCHAR", g.col(g.pick(providers)), STAFF, ROLE),
        c("scheduled_by", "first_name", "VARCHAR", g.col(g.pick(schedulers)), STAFF, ROLE),
        c("appt_type", N, "VARCHAR", g.col(g.pick(["NEW", "FOLLOWUP", "PHYSICAL", "TELEHEALTH", "SICK"])), "decoy"),
        c("appt_start", N, "TIMESTAMP", g.moments("2025-03-01", "2025-12-20"), "decoy"),
        c("location", N, "VARCHAR", g.col(g.pick(["Eastside Family Clinic", "Clintonville Pediatrics",
                                                  "Hilliard Urgent Care"])), "business"),
        c("guarantor_name", "person_name", "VARCHAR", [v.whole(g) if x else None for x in guarantor], ROLE, HEAVY),
        c("guarantor_ssn", "ssn", "VARCHAR", [v.us_ssn(g, g.rnd.random() < 0.5) if x else None for x in guarantor],
          HEAVY),
        c("payer_name", N, "VARCHAR", g.col(g.pick(["Aetna", "Humana", "Anthem BCBS", "Medicaid", "Self-Pay"])),
          "decoy"),
        c("icd10_code", N, "VARCHAR", g.col(g.pick(["J06.9", "Z00.00", "L30.9", "R05.1", "E11.9"])), "decoy"),
        c("billing_npi", N, "VARCHAR", g.col(g.pick([v.npi(g) for _ in range(3)])), "business", SHAPE),
        c("chief_complaint", "free_text", "VARCHAR", g.sparse(complaint, 0.78, _words("", "-")), NULLWORD),
        c("checked_in_by", USERNAME, "VARCHAR", g.col(g.pick(logins), 0.2), USER, AUDIT),
    ])


# -- a support-ticket system -------------------------------------------------------------------------------------------


def support_tickets(g: Gen) -> Table:
    """Help-desk tickets: ticket ids, the requester's name, e-mail, phone and IP, the assignee (full names), the group,
    a CC list of e-mail addresses, the submitter as e-mail (requester or agent), ticket bodies naming people,
    organization (business), numbered custom fields (an order number, the account owner's e-mail)."""
    agents = _staff(g, 7)
    agent_mail = [v.work_email(*a.split(" ", 1), "ridgeline.dev") for a in agents]
    requesters = [v.person(g) for _ in range(g.rows)]
    req_mail = [v.email_of(g, a, b, v.PERSONAL_DOMAINS + DOMAINS) for a, b in requesters]

    def body() -> str:
        return g.rnd.choice([f"Hi, this is {v.whole(g)}. I can't log in since the update.",
                             f"Please add {v.whole(g)} as an admin on our account.",
                             f"{v.given(g)} from accounting says the invoice is wrong.",
                             "The export button does nothing in Safari.",
                             f"Forwarding for {v.given(g)} {v.family(g)}: refund still missing."])

    def cc() -> str:
        return ", ".join(v.email(g, DOMAINS) for _ in range(g.rnd.randint(1, 2)))

    return Table("support.tickets", "en", "snake", [
        c("ticket_id", N, "BIGINT", g.keys(210_001), "decoy", KEY),
        c("external_id", N, "VARCHAR", g.col(lambda: "SF-" + g.digits(7), 0.5), "decoy", KEY),
        c("subject", N, "VARCHAR", g.col(g.pick(["Login issue", "Billing question", "Feature request: SSO",
                                                 "Export not working", "Cancel subscription", "Refund request"])),
          "decoy"),
        c("description", "free_text", "VARCHAR", g.col(body)),
        c("requester_name", "person_name", "VARCHAR", [f"{a} {b}" for a, b in requesters], ROLE),
        c("requester_email", "email", "VARCHAR", req_mail),
        c("requester_phone", "phone", "VARCHAR", g.phones("US", {"national": 0.5, "e164": 0.5}, null=0.7), HEAVY),
        c("assignee", "person_name", "VARCHAR", g.col(g.pick(agents), 0.1), STAFF, ROLE),
        c("group_name", N, "VARCHAR", g.col(g.pick(["Tier 1", "Billing", "Tier 2 - Technical", "Onboarding"])),
          "decoy"),
        c("cc", "email", "VARCHAR", g.col(cc, 0.65), ROLE_EMAIL, HEAVY),
        c("submitter", "email", "VARCHAR", [m if g.rnd.random() < 0.8 else g.rnd.choice(agent_mail) for m in req_mail],
          ROLE_EMAIL),
        c("agent_id", N, "BIGINT", g.col(lambda: g.rnd.randint(360_000_000, 360_000_020)), "decoy", KEY),
        c("organization_name", N, "VARCHAR", g.col(g.pick(COMPANIES), 0.2), "decoy", SHAPE),
        c("status", N, "VARCHAR", g.col(g.pick(["new", "open", "pending", "solved", "closed"])), "decoy"),
        c("requester_ip", "ip_address", "VARCHAR", g.col(lambda: g.ip(0.3), 0.3)),
        c("custom_field_360001", N, "VARCHAR", g.col(lambda: f"#{g.rnd.randint(1001, 9000)}", 0.4), "decoy",
          CUSTOM),
        c("custom_field_360044", "email", "VARCHAR", g.col(g.pick(agent_mail[:4]), 0.3), OPAQUE, CUSTOM),
        c("tags", N, "VARCHAR", g.col(g.pick(["billing refund", "sso enterprise", "bug export", "churn_risk"])),
          "decoy"),
    ])


# -- a marketing events export -----------------------------------------------------------------------------------------


def events_registrations(g: Gen) -> Table:
    """A conference's registration export: registration ids, attendee first and last name, badge name, company and
    title, e-mail and mobile, dietary choice, the session speaker (six), who invited them (a colleague), sponsors
    named after founders, booths, check-in times, UTM source, the registration IP."""
    speakers = _staff(g, 6)
    pairs = [v.person(g) for _ in range(g.rows)]
    return Table("events.registrations", "en", "snake", [
        c("registration_id", N, "VARCHAR", g.col(lambda: "REG-" + g.code("ZZZZZZ")), "decoy", KEY),
        c("event_code", N, "VARCHAR", g.col(g.pick(["DATASUMMIT25-CMH", "DATASUMMIT25-NSH"])), "decoy"),
        c("ticket_type", N, "VARCHAR", g.col(g.pick(["Full Pass", "Expo Only", "Speaker", "Sponsor", "Virtual"])),
          "decoy"),
        c("attendee_first_name", "first_name", "VARCHAR", [a for a, _ in pairs], ROLE),
        c("attendee_last_name", "last_name", "VARCHAR", [b for _, b in pairs], ROLE),
        c("badge_name", "person_name", "VARCHAR", [f"{a} {b}" if g.rnd.random() < 0.8 else a for a, b in pairs]),
        c("company", N, "VARCHAR", g.col(g.pick(COMPANIES)), "decoy", SHAPE),
        c("attendee_email", "email", "VARCHAR", [v.email_of(g, a, b, DOMAINS) for a, b in pairs]),
        c("mobile", "phone", "VARCHAR", g.phones("US", {"e164": 0.4, "national": 0.6}, null=0.3)),
        c("dietary_requirements", N, "VARCHAR", g.col(g.pick(["None", "Vegetarian", "Vegan", "Gluten-free",
                                                              "Halal"])), "decoy"),
        c("session_speaker", "person_name", "VARCHAR", g.col(g.pick(speakers), 0.4), STAFF, ROLE),
        c("invited_by", "person_name", "VARCHAR", g.col(lambda: v.whole(g), 0.7), ROLE, HEAVY),
        c("sponsor", N, "VARCHAR", g.col(g.pick(["Dell Technologies", "Hewlett Packard Enterprise", "Wells Fargo",
                                                 "Johnson Controls", "Ernst & Young"]), 0.5), "decoy", SHAPE),
        c("checked_in_at", N, "TIMESTAMP", g.moments("2025-09-16", "2025-09-18", 0.3), "decoy"),
        c("registration_ip", "ip_address", "VARCHAR", g.col(lambda: g.ip(0.25))),
    ])


# -- a SaaS product-analytics events table -----------------------------------------------------------------------------


def product_events(g: Gen) -> Table:
    """Product-analytics events (Segment-style): event and message ids, user and anonymous ids, device and session
    ids (all none), the context IP, user agent, page URL with query strings and referrer (none), traits e-mail and
    name (only on identify calls), the GeoIP city of the user, region, country, OS and app version."""
    users = [f"usr_{g.code('xxxxxxxxxxxx')}" for _ in range(300)]
    identify = [g.rnd.random() < 0.18 for _ in range(g.rows)]
    cities = [g.rnd.choice(v.US_CITIES) for _ in range(g.rows)]
    agents = ["Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4",
              "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0",
              "Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 Mobile/15E148"]
    return Table("product.events", "en", "snake", [
        c("event_id", N, "VARCHAR", g.col(g.uuid), "decoy", KEY),
        c("event", N, "VARCHAR", [("identify" if x else g.rnd.choice(["page_viewed", "report_exported",
                                                                      "dashboard_shared", "signed_in"]))
                                  for x in identify], "decoy"),
        c("received_at", N, "TIMESTAMP", g.moments("2025-10-01", "2025-11-30"), "decoy"),
        c("user_id", N, "VARCHAR", g.col(g.pick(users), 0.3), "decoy", KEY),
        c("anonymous_id", N, "VARCHAR", g.col(g.uuid), "decoy", KEY),
        c("device_id", N, "VARCHAR", g.col(lambda: g.uuid().upper()), "decoy", KEY),
        c("session_id", N, "BIGINT", g.col(lambda: g.rnd.randint(1_700_000_000_000, 1_760_000_000_000)), "decoy",
          KEY),
        c("context_ip", "ip_address", "VARCHAR", g.col(lambda: g.ip(0.4))),
        c("context_user_agent", N, "VARCHAR", g.col(g.pick(agents)), "decoy"),
        c("context_page_url", N, "VARCHAR", g.col(lambda: "https://app.ridgeline.dev/" + g.rnd.choice(
            ["reports?id=" + g.digits(5), "billing?plan=pro&utm_campaign=upgrade", "settings/team?tab=members",
             "dashboards/" + g.digits(4) + "?ref=share"])), "decoy"),
        c("context_page_referrer", N, "VARCHAR", g.col(g.pick(["https://www.google.com/", "https://ridgeline.dev/",
                                                               ""])), "decoy"),
        c("traits_email", "email", "VARCHAR", [v.email(g, DOMAINS + v.PERSONAL_DOMAINS) if x else None
                                               for x in identify], HEAVY),
        c("traits_name", "person_name", "VARCHAR", [v.whole(g) if x and g.rnd.random() < 0.9 else None
                                                    for x in identify], HEAVY),
        c("context_geo_city", "city", "VARCHAR", [x[0] for x in cities]),
        c("context_geo_region", N, "VARCHAR", [x[1] for x in cities], "decoy"),
        c("context_app_version", N, "VARCHAR", g.col(g.version), "decoy"),
    ])


# -- a dbt-style staging and mart layer --------------------------------------------------------------------------------


def stg_hubspot_contacts(g: Gen) -> Table:
    """A dbt staging model over a HubSpot contacts sync: ids and a surrogate key, properties with the ``property_``
    prefix, opaque custom properties (``c2`` a "Last, First" name, ``attr_3`` a birthday), the e-mail's SHA-256 and
    domain (none), Fivetran bookkeeping columns."""
    pairs = [v.person(g) for _ in range(g.rows)]
    places = [v.us_city(g) for _ in range(g.rows)]
    mails = [v.email_of(g, a, b, v.PERSONAL_DOMAINS + DOMAINS) for a, b in pairs]
    return Table("staging.stg_hubspot__contacts", "en", "snake", [
        c("contact_sk", N, "VARCHAR", g.col(g.md5), "decoy", KEY),
        c("contact_id", N, "BIGINT", g.col(lambda: g.rnd.randint(10**9, 10**11)), "decoy", KEY),
        c("property_email", "email", "VARCHAR", mails),
        c("property_firstname", "first_name", "VARCHAR", [a for a, _ in pairs]),
        c("property_lastname", "last_name", "VARCHAR", [b for _, b in pairs]),
        c("property_phone", "phone", "VARCHAR", g.phones("US", {"national": 0.4, "digits": 0.3, "e164": 0.3},
                                                         null=0.35)),
        c("property_city", "city", "VARCHAR", [p[0] for p in places]),
        c("property_zip", "postal_code", "VARCHAR", [v.us_zip(g, p[2]) for p in places]),
        c("property_hubspot_owner_id", N, "BIGINT", g.col(g.pick([61_002_113, 61_002_114, 61_007_880])), "decoy",
          KEY),
        c("property_lifecyclestage", N, "VARCHAR", g.col(g.pick(["lead", "marketingqualifiedlead", "customer"])),
          "decoy"),
        c("c2", "person_name", "VARCHAR", [f"{b}, {a}" if g.rnd.random() < 0.6 else None for a, b in pairs],
          OPAQUE),
        c("attr_3", "date_of_birth", "VARCHAR", g.col(lambda: g.birth(1950, 2005).isoformat(), 0.7), OPAQUE, HEAVY),
        c("email_sha256", N, "VARCHAR", [hashlib.sha256(m.encode()).hexdigest() for m in mails], "decoy", HASHED),
        c("email_domain", N, "VARCHAR", [m.split("@")[1] for m in mails], "decoy"),
        c("_fivetran_synced", N, "TIMESTAMP", g.moments("2025-11-01", "2025-11-30"), "decoy"),
    ])


def dim_customers(g: Gen) -> Table:
    """A dbt snapshot-backed customer dimension: surrogate, natural and hashed keys, ``dbt_scd_id``,
    ``dbt_valid_from``/``dbt_valid_to``, the name, e-mail, its SHA-256 (none), phone in E.164, city, state, ZIP, the
    birth year alone, first-order date, segment, lifetime value."""
    places = [v.us_city(g) for _ in range(g.rows)]
    return Table("marts.dim_customers", "en", "snake", [
        c("customer_sk", N, "VARCHAR", g.col(g.md5), "decoy", KEY),
        c("customer_key", N, "BIGINT", g.keys(1), "decoy", KEY),
        c("customer_id", N, "VARCHAR", g.col(lambda: "cus_" + g.code("ZZZZZZZZZZZZZZ")), "decoy", KEY),
        c("dbt_scd_id", N, "VARCHAR", g.col(g.md5), "decoy", SCD),
        c("dbt_valid_from", N, "TIMESTAMP", g.moments("2023-01-01", "2025-06-30"), "decoy", SCD),
        c("dbt_valid_to", N, "TIMESTAMP", g.moments("2025-07-01", "2025-11-30", 0.6), "decoy", SCD),
        c("is_current", N, "BOOLEAN", g.yn(True, False, 0.8), "decoy"),
        c("full_name", "person_name", "VARCHAR", g.col(lambda: v.whole(g))),
        c("email_address", "email", "VARCHAR", g.col(lambda: v.email(g, v.PERSONAL_DOMAINS), 0.05)),
        c("email_address_sha256", N, "VARCHAR", g.col(g.sha256), "decoy", HASHED),
        c("phone_e164", "phone", "VARCHAR", g.phones("US", {"e164": 1.0}, null=0.3)),
        c("city", "city", "VARCHAR", [p[0] for p in places]),
        c("state_code", N, "VARCHAR", [p[1] for p in places], "decoy"),
        c("postal_code", "postal_code", "VARCHAR", [v.us_zip(g, p[2], 0.1) for p in places]),
        c("birth_year", "date_of_birth", "INTEGER", g.col(lambda: g.rnd.randint(1945, 2006), 0.4)),
        c("first_order_date", N, "DATE", g.days("2019-01-01", "2025-11-30"), "decoy"),
        c("customer_segment", N, "VARCHAR", g.col(g.pick(["VIP", "Loyal", "At Risk", "New"])), "decoy"),
    ])


def fct_orders(g: Gen) -> Table:
    """A dbt order fact, decoys only: surrogate and natural keys, a date key shaped like YYYYMMDD, integer keys named
    like personal data (``email_sk``, ``customer_name_key``), measures, city-named stores with their business phone
    and city, load timestamps and row hashes."""
    stores = [("Columbus Easton", "Columbus", "(614) 555-0142"), ("Dayton Mall", "Dayton", "(937) 555-0108"),
              ("Nashville Gulch", "Nashville", "(615) 555-0177"), ("Madison State St", "Madison", "(608) 555-0131")]
    picked = [g.rnd.choice(stores) for _ in range(g.rows)]
    return Table("marts.fct_orders", "en", "snake", [
        c("order_sk", N, "VARCHAR", g.col(g.md5), "decoy", KEY),
        c("order_id", N, "BIGINT", g.keys(5_120_000_000, 13), "decoy", KEY),
        c("customer_sk", N, "VARCHAR", g.col(g.md5), "decoy", KEY),
        c("customer_key", N, "BIGINT", g.col(lambda: g.rnd.randint(1, 900)), "decoy", KEY),
        c("order_date_key", N, "INTEGER", g.col(lambda: int(g.day("2024-01-01", "2025-11-30").strftime("%Y%m%d"))),
          "decoy", SHAPE, KEY),
        c("email_sk", N, "BIGINT", g.col(lambda: g.rnd.randint(1, 5_000)), "decoy", MISLEADING, KEY),
        c("customer_name_key", N, "BIGINT", g.col(lambda: g.rnd.randint(1, 5_000)), "decoy", MISLEADING, KEY),
        c("store_name", N, "VARCHAR", [s[0] for s in picked], "decoy", SHAPE),
        c("store_city", N, "VARCHAR", [s[1] for s in picked], "business", SHAPE),
        c("store_phone", N, "VARCHAR", [s[2] for s in picked], "business", SHAPE),
        c("gross_revenue", N, "DECIMAL(12,2)", g.amounts(10, 900), "decoy"),
        c("net_revenue", N, "DECIMAL(12,2)", g.amounts(8, 850), "decoy"),
        c("_loaded_at", N, "TIMESTAMP", g.moments("2025-11-01", "2025-11-30"), "decoy"),
        c("row_hash", N, "VARCHAR", g.col(g.sha256), "decoy"),
    ])


# -- a fintech ledger --------------------------------------------------------------------------------------------------


def ledger_transactions(g: Gen) -> Table:
    """A fintech ledger: transaction and ledger-account ids (keys), the account holder, a P2P counterparty and its
    IBAN, the counterparty bank's routing number (none), card last four and a masked PAN (none), source-prefixed raw
    columns (a card number, the holder's SSN), merchants named after founders, merchant city (business), MCC, memos
    naming people, the dispute reviewer (few), the device IP."""
    reviewers = _staff(g, 3)
    holders = [v.whole(g) for _ in range(260)]

    def memo() -> str:
        return g.rnd.choice([f"rent split w/ {v.given(g)}", f"pizza - thx {v.given(g)}!",
                             f"Loan repayment to {v.whole(g)}", f"wedding gift {v.given(g)} & {v.given(g)}"])

    p2p = [g.rnd.random() < 0.3 for _ in range(g.rows)]
    return Table("ledger.transactions", "en", "snake", [
        c("txn_id", N, "VARCHAR", g.col(g.uuid), "decoy", KEY, ABBREV),
        c("ledger_account_id", N, "VARCHAR", g.col(lambda: "la_" + g.code("ZZZZZZZZZZ")), "decoy", KEY),
        c("account_holder", "person_name", "VARCHAR", g.col(g.pick(holders)), ROLE),
        c("counterparty_name", "person_name", "VARCHAR", [v.whole(g) if x else None for x in p2p], ROLE, HEAVY),
        c("counterparty_iban", "iban", "VARCHAR", [v.iban(g, g.rnd.choice(["GB", "DE", "IE", "NL", "FR"]),
                                                          g.rnd.random() < 0.3) if x else None for x in p2p], HEAVY),
        c("counterparty_routing_number", N, "VARCHAR", g.col(g.pick([v.routing(g) for _ in range(8)]), 0.5), "decoy",
          SHAPE),
        c("card_last4", N, "VARCHAR", g.col(lambda: g.digits(4), 0.3), "decoy", SHAPE),
        c("card_masked", N, "VARCHAR", g.col(lambda: "**** **** **** " + g.digits(4), 0.3), "decoy", SHAPE),
        c("src_card_no", "credit_card", "VARCHAR", g.col(lambda: v.card(g, g.rnd.random() < 0.3), 0.3), SOURCE),
        c("src_holder_ssn", "ssn", "VARCHAR", g.col(lambda: v.us_ssn(g, False)), SOURCE),
        c("merchant_name", N, "VARCHAR", [None if x else g.rnd.choice(
            ["Trader Joe's", "Macy's", "Dick's Sporting Goods", "Casey's", "Walgreens", "McDonald's"]) for x in p2p],
          "decoy", SHAPE),
        c("merchant_city", N, "VARCHAR", [None if x else v.us_city(g)[0] for x in p2p], "business", SHAPE),
        c("amount", N, "DECIMAL(12,2)", g.amounts(-2_000, 2_000), "decoy"),
        c("posted_at", N, "TIMESTAMP", g.moments("2025-06-01", "2025-11-30"), "decoy"),
        c("memo", "free_text", "VARCHAR", g.sparse(memo, 0.8, _words("", "")), NULLWORD),
        c("dispute_reviewer", "person_name", "VARCHAR", g.col(g.pick(reviewers), 0.8), STAFF, ROLE, HEAVY),
        c("device_ip", "ip_address", "VARCHAR", g.col(lambda: g.ip(0.3))),
    ])


# -- a property-management system --------------------------------------------------------------------------------------


def pms_leases(g: Gen) -> Table:
    """Property-management leases: lease and unit ids, properties named after people, the unit's address, city and
    ZIP (the tenant's home: premises), tenant and co-tenant, their phone and e-mail, the landlord (individual owners)
    and the landlord's LLC, the property manager (first names), the maintenance technician (family names), work-order
    notes naming people, rent and dates, the management office (business), the inspecting login."""
    units = [(v.us_street(g),) + v.us_city(g) for _ in range(g.rows)]
    landlords = [v.whole(g) for _ in range(25)]
    managers = _staff(g, 4, v.given)
    techs = _staff(g, 5, v.family)
    logins = _logins(g, 3, 0)

    def note() -> str:
        return g.rnd.choice([f"Tenant {v.whole(g)} reports leak under sink", f"Key left with neighbor {v.given(g)}",
                             f"Call {v.given(g)} before entering, dog in unit", "Replaced HVAC filter"])

    return Table("pms.leases", "en", "snake", [
        c("lease_id", N, "BIGINT", g.keys(30_001), "decoy", KEY),
        c("unit_id", N, "VARCHAR", g.col(lambda: g.code("U-99999")), "decoy", KEY),
        c("property_name", N, "VARCHAR", g.col(g.pick(["The Whitman at Short North", "Harriet Row Apartments",
                                                       "Abernathy Commons", "Lindqvist Lofts"])), "decoy", SHAPE),
        c("unit_address", "street_address", "VARCHAR", [u[0] for u in units], PREMISES),
        c("unit_city", "city", "VARCHAR", [u[1] for u in units], PREMISES),
        c("unit_zip", "postal_code", "VARCHAR", [v.us_zip(g, u[3]) for u in units], PREMISES),
        c("tenant", "person_name", "VARCHAR", g.col(lambda: v.whole(g)), ROLE),
        c("co_tenant", "person_name", "VARCHAR", g.col(lambda: v.whole(g), 0.65), ROLE, HEAVY),
        c("tenant_phone", "phone", "VARCHAR", g.phones("US", {"national": 0.5, "dashes": 0.3, "dots": 0.2})),
        c("tenant_email", "email", "VARCHAR", g.col(lambda: v.email(g, v.PERSONAL_DOMAINS), 0.1)),
        c("landlord", "person_name", "VARCHAR", g.col(g.pick(landlords)), ROLE),
        c("landlord_entity", N, "VARCHAR", g.col(g.pick(["Fairbanks Holdings LLC", "Seaver Family Trust",
                                                         "Quintero Properties LP"])), "decoy", SHAPE),
        c("property_manager", "first_name", "VARCHAR", g.col(g.pick(managers)), STAFF, ROLE),
        c("maintenance_technician", "last_name", "VARCHAR", g.col(g.pick(techs), 0.3), STAFF, ROLE),
        c("last_work_order_notes", "free_text", "VARCHAR", g.sparse(note, 0.8, _words("", "none")), NULLWORD),
        c("monthly_rent", N, "DECIMAL(9,2)", g.amounts(850, 3_400), "decoy"),
        c("lease_start", N, "DATE", g.days("2022-01-01", "2025-10-01"), "decoy"),
        c("management_office_phone", N, "VARCHAR", g.col(g.pick(["(614) 555-0190", "(502) 555-0166"])), "business"),
        c("management_office_address", N, "VARCHAR", g.col(g.pick(["1200 Dublin Rd Ste 300, Columbus, OH 43215",
                                                                   "400 W Market St, Louisville, KY 40202"])),
          "business"),
        c("move_in_inspected_by", USERNAME, "VARCHAR", g.col(g.pick(logins), 0.1), USER, AUDIT),
    ])


# -- a school district -------------------------------------------------------------------------------------------------


def sis_students(g: Gen) -> Table:
    """A school district's student information system: student ids, names, preferred first name, date of birth split
    into month, day and year, grade, schools named after people, the homeroom teacher (family names) and counselor,
    two guardians with phone and e-mail, home address and ZIP, bus route, lunch status, the enrolling login and a
    service account."""
    teachers = _staff(g, 8, v.family)
    counselors = _staff(g, 3)
    logins = _logins(g, 4, 0)
    places = [v.us_city(g) for _ in range(g.rows)]
    births = g.births(2007, 2020)
    return Table("sis.students", "en", "snake", [
        c("student_id", N, "INTEGER", g.keys(2_400_001), "decoy", KEY),
        c("student_first_name", "first_name", "VARCHAR", g.col(lambda: v.given(g))),
        c("student_last_name", "last_name", "VARCHAR", g.col(lambda: v.family(g))),
        c("preferred_first_name", "first_name", "VARCHAR", g.col(lambda: v.given(g), 0.8), HEAVY),
        c("birth_month", "date_of_birth", "INTEGER", [b.month for b in births], SPLIT),
        c("birth_day", "date_of_birth", "INTEGER", [b.day for b in births], SPLIT),
        c("birth_year", "date_of_birth", "INTEGER", [b.year for b in births], SPLIT),
        c("grade_level", N, "VARCHAR", g.col(g.pick(["K", "01", "02", "05", "07", "09", "11", "12"])), "decoy"),
        c("school_name", N, "VARCHAR", g.col(g.pick(["Thurgood Marshall Middle School", "Sally Ride STEM Academy",
                                                     "Abraham Lincoln Elementary", "Jesse Owens High School"])),
          "decoy", SHAPE),
        c("homeroom_teacher", "last_name", "VARCHAR", g.col(g.pick(teachers)), STAFF, ROLE),
        c("counselor", "person_name", "VARCHAR", g.col(g.pick(counselors)), STAFF, ROLE),
        c("guardian_1_name", "person_name", "VARCHAR", g.col(lambda: v.last_first(g)), ROLE),
        c("guardian_1_relationship", N, "VARCHAR", g.col(g.pick(["Mother", "Father", "Grandparent", "Guardian"])),
          "decoy"),
        c("guardian_1_phone", "phone", "VARCHAR", g.phones("US", {"national": 0.6, "digits": 0.4})),
        c("guardian_1_email", "email", "VARCHAR", g.col(lambda: v.email(g, v.PERSONAL_DOMAINS), 0.15)),
        c("guardian_2_name", "person_name", "VARCHAR", g.col(lambda: v.last_first(g), 0.55), ROLE, HEAVY),
        c("home_address", "street_address", "VARCHAR", g.col(lambda: v.us_street(g))),
        c("home_zip", "postal_code", "VARCHAR", [v.us_zip(g, p[2]) for p in places]),
        c("lunch_status", N, "VARCHAR", g.col(g.pick(["F", "R", "P"])), "decoy"),
        c("enrolled_by", USERNAME, "VARCHAR", g.col(g.pick(logins)), USER, AUDIT),
        c("updated_by", N, "VARCHAR", g.col(g.pick(["powerschool_sync", "sis_etl"])), "decoy", AUDIT, SERVICE),
    ])


# -- a logistics carrier -----------------------------------------------------------------------------------------------


def tms_shipments(g: Gen) -> Table:
    """A carrier's shipments: PRO and BOL numbers, the shipper (companies, business phone), the consignee (people:
    residential deliveries) with delivery address, city, ZIP and phone, delivery instructions naming people, the
    driver (full names) and driver's employee number, the dispatcher (first names), tractor plates, terminals, who
    signed the proof of delivery ("T. WHITLOCK")."""
    drivers = _staff(g, 8)
    dispatchers = _staff(g, 3, v.given)
    places = [v.us_city(g) for _ in range(g.rows)]

    def instr() -> str:
        return g.rnd.choice([f"Leave with neighbor {v.given(g)} at #{g.rnd.randint(2, 40)}", "Call 30 min ahead",
                             f"Ask for {v.whole(g)} at side door", "Liftgate required"])

    return Table("tms.shipments", "en", "snake", [
        c("shipment_id", N, "BIGINT", g.keys(91_000_001), "decoy", KEY),
        c("pro_number", N, "VARCHAR", g.col(lambda: g.digits(10)), "decoy", SHAPE),
        c("shipper_name", N, "VARCHAR", g.col(g.pick(COMPANIES[:8])), "decoy", SHAPE),
        c("shipper_phone", N, "VARCHAR", g.col(g.pick(["(513) 555-0101", "(317) 555-0188", "(412) 555-0123"])),
          "business"),
        c("consignee_name", "person_name", "VARCHAR", g.col(lambda: v.whole(g).upper() if g.rnd.random() < 0.4
                                                             else v.whole(g)), ROLE),
        c("consignee_address", "street_address", "VARCHAR", g.col(lambda: v.us_street(g).upper()), PREMISES),
        c("consignee_city", "city", "VARCHAR", [p[0].upper() for p in places], PREMISES),
        c("consignee_zip", "postal_code", "VARCHAR", [v.us_zip(g, p[2], 0.3) for p in places], PREMISES),
        c("consignee_phone", "phone", "VARCHAR", g.phones("US", {"digits": 0.6, "dashes": 0.4}, null=0.2)),
        c("delivery_instructions", "free_text", "VARCHAR", g.sparse(instr, 0.78, _words("", "NONE")), NULLWORD),
        c("ref2", "phone", "VARCHAR", g.phones("US", {"national": 0.5, "digits": 0.5}, null=0.6), MISLEADING,
          HEAVY),
        c("driver", "person_name", "VARCHAR", g.col(g.pick(drivers), 0.1), STAFF, ROLE),
        c("driver_employee_number", N, "VARCHAR", g.col(lambda: "D" + g.digits(5)), "decoy", KEY),
        c("dispatcher", "first_name", "VARCHAR", g.col(g.pick(dispatchers)), STAFF, ROLE),
        c("tractor_plate", N, "VARCHAR", g.col(lambda: g.code("AAA 9999")), "decoy", VEHICLE),
        c("origin_terminal", N, "VARCHAR", g.col(g.pick(["Columbus Terminal", "Louisville Cross-Dock",
                                                         "Indianapolis Hub"])), "decoy", SHAPE),
        c("pickup_ts", N, "TIMESTAMP", g.moments("2025-08-01", "2025-11-30"), "decoy"),
        c("pod_signed_by", "person_name", "VARCHAR", g.col(lambda: v.initial_last(g).upper(), 0.3), ROLE),
    ])


# -- two tables in other languages and styles --------------------------------------------------------------------------


def de_personnel(g: Gen) -> Table:
    """A German payroll office's personnel master (Pascal case): personnel number, names, date of birth as
    ``TT.MM.JJJJ``, tax ID, IBAN, home address, private phone, the supervisor (few), cost centre, tax class, the
    site and its switchboard (business), a note naming people, the creating login."""
    bosses = _staff(g, 4, lambda x: v.whole(x, "de"))
    logins = sorted({v.login(*v.person(g, "de"), 2) for _ in range(3)})
    places = [g.rnd.choice(v.DE_CITIES) for _ in range(g.rows)]

    def note() -> str:
        return g.rnd.choice([f"Elternzeit, Vertretung durch {v.whole(g, 'de')}",
                             f"Pfändung zugunsten {v.whole(g, 'de')}", f"Rückruf bei Frau {v.family(g, 'de')}"])

    return Table("lohnbuero.PersonalStamm", "de", "pascal", [
        c("PersonalNr", N, "INTEGER", g.keys(10_001), "decoy", KEY),
        c("Vorname", "first_name", "VARCHAR", g.col(lambda: v.given(g, "de"))),
        c("Nachname", "last_name", "VARCHAR", g.col(lambda: v.family(g, "de"))),
        c("Geburtsdatum", "date_of_birth", "VARCHAR", g.col(lambda: g.birth(1960, 2005).strftime("%d.%m.%Y"))),
        c("SteuerId", "national_id", "VARCHAR", g.col(lambda: v.de_idnr(g))),
        c("Iban", "iban", "VARCHAR", g.col(lambda: v.iban(g, "DE", g.rnd.random() < 0.5))),
        c("Strasse", "street_address", "VARCHAR", g.col(lambda: v.de_street(g))),
        c("Plz", "postal_code", "VARCHAR", [p[1] + g.digits(3) for p in places]),
        c("Ort", "city", "VARCHAR", [p[0] for p in places]),
        c("TelefonPrivat", "phone", "VARCHAR", g.phones("DE", {"national": 0.6, "intl": 0.4}, 0.5, 0.2)),
        c("Vorgesetzter", "person_name", "VARCHAR", g.col(g.pick(bosses)), STAFF, ROLE),
        c("Kostenstelle", N, "VARCHAR", g.col(lambda: g.code("KST-9999")), "decoy"),
        c("Standort", N, "VARCHAR", g.col(g.pick(["Werk Kassel-Bettenhausen", "Niederlassung Göttingen"])),
          "business"),
        c("TelefonZentrale", N, "VARCHAR", g.col(g.pick(["0561 555 1200", "0551 555 300"])), "business"),
        c("Notiz", "free_text", "VARCHAR", g.sparse(note, 0.85, _words("keine Angabe", "k.A.")), NULLWORD),
        c("AngelegtVon", USERNAME, "VARCHAR", g.col(g.pick(logins)), USER, AUDIT),
    ])


def br_customers(g: Gen) -> Table:
    """A Brazilian retailer's customer register (camel case, Portuguese): customer id, full name, CPF, date of birth,
    WhatsApp mobile, e-mail, street, CEP, city, state, the salesperson (first names), the store of origin (named after
    its city), credit limit, the creating login and a service account, notes naming people."""
    sellers = _staff(g, 5, lambda x: v.given(x, "pt"))
    logins = sorted({v.login(*v.person(g, "pt"), 1) for _ in range(4)})
    places = [g.rnd.choice(v.BR_CITIES) for _ in range(g.rows)]
    pairs = [v.person(g, "pt") for _ in range(g.rows)]

    def note() -> str:
        return g.rnd.choice([f"Cliente indicado por {v.whole(g, 'pt')}", f"Entregar com a irmã {v.given(g, 'pt')}",
                             f"Autorizado: {v.whole(g, 'pt')}"])

    return Table("vendas.clientesCadastro", "pt", "camel", [
        c("idCliente", N, "INTEGER", g.keys(500_001), "decoy", KEY),
        c("nomeCompleto", "person_name", "VARCHAR", [f"{a} {b}" for a, b in pairs]),
        c("cpf", "national_id", "VARCHAR", g.col(lambda: v.br_cpf(g, g.rnd.random() < 0.7))),
        c("dataNascimento", "date_of_birth", "DATE", g.births(1950, 2006)),
        c("celularWhatsapp", "phone", "VARCHAR", g.phones("BR", {"intl": 0.4, "national": 0.4, "e164": 0.2})),
        c("email", "email", "VARCHAR", [v.email_of(g, a, b, ["gmail.com", "hotmail.com", "uol.com.br", "bol.com.br"])
                                        if g.rnd.random() < 0.75 else None for a, b in pairs]),
        c("logradouro", "street_address", "VARCHAR", g.col(lambda: v.br_street(g))),
        c("cep", "postal_code", "VARCHAR", [v.br_cep(g, p[1]) for p in places]),
        c("cidade", "city", "VARCHAR", [p[0] for p in places]),
        c("uf", N, "VARCHAR", [{"João Pessoa": "PB", "Natal": "RN"}.get(p[0], "PE") for p in places], "decoy"),
        c("vendedor", "first_name", "VARCHAR", g.col(g.pick(sellers)), STAFF, ROLE),
        c("lojaOrigem", N, "VARCHAR", g.col(g.pick(["Loja Recife Boa Viagem", "Loja Caruaru Centro",
                                                    "Loja Olinda Shopping"])), "decoy", SHAPE),
        c("criadoPor", USERNAME, "VARCHAR", g.col(g.pick(logins)), USER, AUDIT),
        c("atualizadoPor", N, "VARCHAR", g.col(g.pick(["svc_erp", "integracao_vtex"])), "decoy", AUDIT, SERVICE),
        c("observacoes", "free_text", "VARCHAR", g.sparse(note, 0.8, _words("não informado", "sem")), NULLWORD),
    ])


BUILDERS: list[tuple[Callable[[Gen], Table], int]] = [
    (crm_accounts, 420), (crm_contacts, 900), (crm_opportunities, 700), (crm_activities, 1_200),
    (hr_employees, 520), (payroll_pay_stubs, 1_500), (shop_orders, 1_600), (shop_reviews_returns, 640),
    (clinic_appointments, 800), (support_tickets, 1_100), (events_registrations, 700), (product_events, 2_000),
    (stg_hubspot_contacts, 600), (dim_customers, 900), (fct_orders, 1_200), (ledger_transactions, 1_800),
    (pms_leases, 500), (sis_students, 900), (tms_shipments, 1_000), (de_personnel, 380), (br_customers, 450),
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
