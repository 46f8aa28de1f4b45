"""Held-out set v38 for the column classifier: 14 tables of data *as it lands from SaaS connectors* (Fivetran,
Airbyte and Stitch raw schemas) of ordinary companies, each a different company and connector, 11 with English column
names and three with German, Spanish and French ones (European subsidiaries' tenants with localized fields):
Salesforce ``Contact`` of a Tennessee solar installer and ``Account`` of a B2B distributor (Stitch, PascalCase,
``__c`` custom fields), Intercom ``contacts`` of a pet-insurance app (``custom_attributes_*``), Mailchimp list members
of an Ohio bakery chain (``merge_fields_*``), Greenhouse candidates of a Leeds payments company, BambooHR employees of
a US and Canadian fence maker, Personio ``mitarbeiter`` of a Bavarian subsidiary, Factorial ``empleados`` of a
Seville subsidiary, Typeform enrolment responses of a Nantes training organisation, Xero contacts (all businesses) of
a Kentucky sign maker, Twilio messages of a Georgia dental group, Calendly invitees of a North Carolina financial
planner, Stripe charges of a Wisconsin cheese box and Shopify orders of a Tulsa boot maker.

Written **blind**, like v2 to v37: by someone who has read neither the classifier (``governance_dagster/detect/``) nor
its rules, documentation, tests, changelog or notes, only the list of kind names (``governance_dagster/kinds.py``), how
the scorer registers a set (``heldout_v2_accuracy.py``, read, never run), the *structure* and labeling conventions of
v27 (``heldout_v27.py``, ``heldout_v27_values.py``, its test, ``tests/heldout_support.py``), the module docstrings of
v24 to v37 (to avoid their domains) and the ``Column``/``Table`` classes and writer they build on. The classifier was
not run on this set while it was written, no scorer was run on it, and no score of any set was looked at: nothing here
was adjusted to what the classifier does. It was written under a short deadline (40 minutes, the tests and lint
included), so some labels below are quick decisions rather than settled conventions. It imports no earlier set's value
module: its random source, name lists, streets, cities, postal codes and identifier builders are its own
(:mod:`benchmarks.classification.heldout_v38_values`; the generic ``Gen`` helpers were copied from v27's).

What is new against v2 to v37:

* connector naming habits: connector metadata columns (tag ``connector_meta``, all ``none``: ``_fivetran_synced``,
  ``_fivetran_deleted``, ``_airbyte_raw_id``, ``_airbyte_extracted_at``, ``_airbyte_meta``, ``_sdc_batched_at``,
  ``_sdc_sequence``, ``_sdc_table_version``); nested objects and arrays flattened into columns (tag ``flattened``:
  ``location_city_name``, ``merge_fields_address_zip``, ``email_addresses_0_value``, ``billing_details_phone``,
  ``shipping_address_address1``, ``Phones_DEFAULT_Number``); custom fields (tag ``custom_field``: ``Spouse__c``,
  ``custom_attributes_attr_y``, ``merge_fields_mmerge7``, ``customField7``, ``custom_fields_notes2``,
  ``campo_personalizado_3``), several of them misleading (tag ``misleading``);
* decoys (tag ``decoy``; ``value_shape`` when shaped like an identifier): Salesforce 18-character ids, Stripe
  ``ch_``/``cus_``/``pi_`` ids (tag ``tokenized``), Intercom and Typeform ids, a Mailchimp member id (an MD5), Twilio
  SIDs, Shopify order names (``#1042``), UPS tracking numbers, SKUs, a utility account number, a DUNS number, employee
  and personnel numbers, UTM parameters (tag ``utm``), Calendly URIs, statuses, amounts, event and sync timestamps, a
  pet's name, coordinates of an IP geolocation;
* dates of birth as DATE, as text (``TT.MM.JJJJ``, ``JJ/MM/AAAA``, ``12 mars 1988``, ``March 4, 1988``, ISO; tag
  ``dob_text``) and as a Mailchimp ``MM/DD`` birthday without a year (tag ``birthday_no_year``);
* identifiers: a US SSN, a Canadian SIN (Luhn), a German Steuer-ID (ISO 7064), a Spanish DNI, a French NIR (encoding
  the row's sex, birth year and month and département) via python-stdnum, and a UK National Insurance number (no check
  digit; format only); German and Spanish IBANs; phones of the US, Canada, the UK, Germany, Spain and France
  (phonenumbers) in national, international, E.164, dashed, dotted and digit-only formats; IPv4 and IPv6.

Labeling choices a reader may question:

* a birthday without a year (Mailchimp's ``MM/DD``) is ``date_of_birth``: it is the part of a date of birth a
  newsletter keeps, and masking it as one loses nothing;
* a contact person's first and last name at a supplier (``xero.contact``) are ``first_name``/``last_name``: a
  person's name is a person's name; the supplier's name, role e-mail (``accounts@``), phone, address, tax number and
  bank details are ``none`` (tag ``business``); a Salesforce account's primary contact's name and work e-mail are
  ``person_name`` and ``email``;
* Twilio ``from`` (the practice's own sending numbers) is ``none`` (tag ``business``); ``to`` (the patient) is
  ``phone``; a message ``body`` naming the patient is ``free_text``;
* a candidate's current employer and title, a Shopify shipping company and a pet's name are ``none``;
* a Twitter handle is ``unclassified`` (tag ``username``), as logins in v5 to v37;
* a card's last four digits are ``none`` (tag ``partial``); a card fingerprint, a Typeform response token and a
  Shopify cart token are ``none`` (tag ``credential``);
* a Stripe ``description`` holding an order number is ``none``; an emergency contact's name and phone in one cell, a
  referee note, Factorial ``observaciones``, order notes, Typeform comments and Calendly's questions and answers
  (JSON, tag ``json_blob``) are ``free_text``; ``customField7`` (only an emergency contact's full name) is
  ``person_name``; ``custom_attributes_attr_y`` (only phones) is ``phone``;
* Calendly's ``cancellation_canceled_by`` (the invitee or the host's name) is ``person_name``; a preferred name (a
  short first name) is ``first_name``; Spanish ``apellidos`` (two family names) is ``last_name``;
* the coordinates of a Mailchimp member's IP geolocation are ``none``; states, provinces and countries are ``none``;
* staff (sales reps, recruiters, coordinators, supervisors, managers, ``responsable``, ``vorgesetzter``) are
  ``person_name`` (tag ``staff``).

``null_heavy`` means 50-90% NULL. Every value is generated here from :data:`SEED` (one ``random.Random`` per table,
named after its builder) with python-stdnum for check digits, phonenumbers for phone validity and formats, and the
lists of :mod:`benchmarks.classification.heldout_v38_values`, written for v38 (no Faker, no list of real people).
Build: ``python -m benchmarks.classification.heldout_v38 [PATH]`` (default ``/tmp/heldout_v38.duckdb``). Score:
``python -m benchmarks.classification.heldout_v2_accuracy --set v38``.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Callable
from pathlib import Path

from benchmarks.classification import heldout_v4
from benchmarks.classification import heldout_v38_values as v
from benchmarks.classification.heldout_v2 import Column, Table
from benchmarks.classification.heldout_v38_values import NULLISH, SEED, USERNAME, Gen, N, c

__all__ = ["BUILDERS", "DEFAULT_PATH", "NULLISH", "SEED", "USERNAME", "Column", "Gen", "Table", "build", "labels",
           "summary", "tables"]

DEFAULT_PATH = Path("/tmp/heldout_v38.duckdb")

HEAVY = "null_heavy"  # 50-90% NULL
SHAPE = "value_shape"
MISLEADING = "misleading"
OPAQUE = "opaque"
STAFF = "staff"
USER = "username"
KEY = "join_key"
META = "connector_meta"  # a column the connector adds (_fivetran_synced, _airbyte_raw_id, _sdc_batched_at): none
CUSTOM = "custom_field"  # a custom field (__c, custom_attributes_*, merge_fields_*, custom_fields_*)
FLAT = "flattened"  # a nested object flattened into columns by the connector
PARTIAL = "partial"
CREDENTIAL = "credential"
TOKEN = "tokenized"
JSON = "json_blob"
JSON_PLAIN = "json_plain"
UTM = "utm"
DOB_TEXT = "dob_text"  # a date of birth as text (several formats)
BIRTHDAY = "birthday_no_year"  # a birthday without a year (MM/DD): date_of_birth

COMPANIES = v.COMPANY_NAMES


def _staff(g: Gen, n: int, make: Callable[[Gen], str] = v.whole) -> list[str]:
    out: set[str] = set()
    while len(out) < n:
        out.add(make(g))
    return sorted(out)


def _fivetran(g: Gen) -> list[Column]:
    return [c("_fivetran_synced", N, "TIMESTAMP", g.moments("2026-01-05", "2026-01-20"), "decoy", META),
            c("_fivetran_deleted", N, "BOOLEAN", g.yn(True, False, 0.02), "decoy", META)]


def _airbyte(g: Gen) -> list[Column]:
    return [c("_airbyte_raw_id", N, "VARCHAR", g.col(g.uuid), "decoy", META, SHAPE),
            c("_airbyte_extracted_at", N, "TIMESTAMP", g.moments("2026-01-05", "2026-01-20"), "decoy", META),
            c("_airbyte_meta", N, "VARCHAR", g.col(lambda: json.dumps({"changes": [], "sync_id": g.rnd.randint(
                40_000, 40_200)})), "decoy", META, JSON_PLAIN)]


def _stitch(g: Gen) -> list[Column]:
    return [c("_sdc_batched_at", N, "TIMESTAMP", g.moments("2026-01-05", "2026-01-20"), "decoy", META),
            c("_sdc_sequence", N, "BIGINT", [1_768_000_000_000 + g.rnd.randint(0, 10**9) for _ in range(g.rows)],
              "decoy", META),
            c("_sdc_table_version", N, "BIGINT", [1_767_225_600_000] * g.rows, "decoy", META)]


def _utm(g: Gen, null: float) -> list[Column]:
    return [c("utm_source", N, "VARCHAR", g.col(g.pick(["google", "facebook", "newsletter", "bing", "partner"]), null),
              "decoy", UTM),
            c("utm_campaign", N, "VARCHAR", g.col(g.pick(["spring_promo_2025", "brand_search", "retarget_q4",
                                                          "webinar-jan"]), null), "decoy", UTM)]


# -- CRM and marketing -------------------------------------------------------------------------------------------------


def sf_contact(g: Gen) -> Table:
    """Salesforce ``Contact`` of a Tennessee solar installer, synced by Stitch (PascalCase, ``__c`` custom fields):
    18-character ids, the owner (few reps), names, e-mail, phones, mailing address, birthdate, a misleading custom
    field holding a spouse's name, an opaque one holding the utility account number (``none``), lead source."""
    reps = _staff(g, 5)
    pairs = [v.person(g) for _ in range(g.rows)]
    places = [v.us_city(g) for _ in range(g.rows)]
    return Table("salesforce_stitch.Contact", "en", "pascal", [
        c("Id", N, "VARCHAR", g.col(lambda: v.sf_id(g, "003")), "decoy", KEY, SHAPE),
        c("AccountId", N, "VARCHAR", g.col(lambda: v.sf_id(g, "001"), 0.2), "decoy", KEY, SHAPE),
        c("OwnerId", N, "VARCHAR", g.col(lambda: v.sf_id(g, "005")), "decoy", KEY, SHAPE),
        c("Owner_Name__c", "person_name", "VARCHAR", g.col(g.pick(reps)), STAFF, CUSTOM),
        c("FirstName", "first_name", "VARCHAR", [a for a, _ in pairs]),
        c("LastName", "last_name", "VARCHAR", [b for _, b in pairs]),
        c("Email", "email", "VARCHAR", [v.email_of(g, a, b) if g.rnd.random() < 0.9 else None for a, b in pairs]),
        c("MobilePhone", "phone", "VARCHAR", g.phones("US", {"national": 0.6, "e164": 0.2, "dashes": 0.2}, 1.0, 0.15)),
        c("HomePhone", "phone", "VARCHAR", g.phones("US", {"national": 0.7, "dots": 0.3}, 0.0, 0.7), HEAVY),
        c("MailingStreet", "street_address", "VARCHAR", g.col(lambda: v.us_street(g))),
        c("MailingCity", "city", "VARCHAR", [p[0] for p in places]),
        c("MailingState", N, "VARCHAR", [p[1] for p in places], "decoy"),
        c("MailingPostalCode", "postal_code", "VARCHAR", [v.us_zip(g, p[2], 0.2) for p in places]),
        c("Birthdate", "date_of_birth", "DATE", [g.birth(1945, 2000) if g.rnd.random() < 0.4 else None
                                                 for _ in range(g.rows)], HEAVY),
        c("Spouse__c", "person_name", "VARCHAR", [v.whole(g) if g.rnd.random() < 0.45 else None
                                                  for _ in range(g.rows)], CUSTOM, MISLEADING, HEAVY),
        c("Utility_Acct__c", N, "VARCHAR", g.col(lambda: g.code("3999-99999-9"), 0.3), "decoy", CUSTOM, SHAPE),
        c("System_kW__c", N, "DOUBLE", g.floats(3.2, 14.8, 1), "decoy", CUSTOM),
        c("LeadSource", N, "VARCHAR", g.col(g.pick(["Web", "Door-to-door", "Referral", "Home Show"])), "decoy"),
        c("CreatedDate", N, "TIMESTAMP", g.moments("2023-01-01", "2025-12-31"), "decoy"),
        *_stitch(g),
    ])


def sf_account(g: Gen) -> Table:
    """Salesforce ``Account`` of a B2B distributor (Stitch): companies, their billing addresses, phones, websites
    and industries (``none``, tag ``business``), the owner's name (few reps: ``person_name``) and the primary
    contact's name and e-mail (people)."""
    reps = _staff(g, 4)
    names = [f"{v.whole(g).split()[1]} {g.rnd.choice(['Supply', 'Builders', 'Hardware', 'Electric', 'Co-op'])}"
             for _ in range(g.rows)]
    places = [v.us_city(g) for _ in range(g.rows)]
    contacts = [v.person(g) for _ in range(g.rows)]
    return Table("salesforce_stitch.Account", "en", "pascal", [
        c("Id", N, "VARCHAR", g.col(lambda: v.sf_id(g, "001")), "decoy", KEY, SHAPE),
        c("Name", N, "VARCHAR", names, "business"),
        c("BillingStreet", N, "VARCHAR", g.col(lambda: v.office_street(g)), "business"),
        c("BillingCity", N, "VARCHAR", [p[0] for p in places], "business"),
        c("BillingPostalCode", N, "VARCHAR", [v.us_zip(g, p[2]) for p in places], "business"),
        c("Phone", N, "VARCHAR", g.col(lambda: v.office_phone(g)), "business"),
        c("Website", N, "VARCHAR", [f"www.{v.plain(n)}.com" for n in names], "business"),
        c("Industry", N, "VARCHAR", g.col(g.pick(["Construction", "Retail", "Utilities", "Agriculture"])), "decoy"),
        c("AnnualRevenue", N, "DOUBLE", g.amounts(250_000, 40_000_000), "decoy"),
        c("NumberOfEmployees", N, "INTEGER", g.ints(3, 900), "decoy"),
        c("Owner_Full_Name__c", "person_name", "VARCHAR", g.col(g.pick(reps)), STAFF, CUSTOM),
        c("Primary_Contact__c", "person_name", "VARCHAR", [f"{a} {b}" for a, b in contacts], CUSTOM),
        c("Primary_Contact_Email__c", "email", "VARCHAR",
          [v.work_email(a, b, f"{v.plain(n)}.com") for (a, b), n in zip(contacts, names, strict=True)], CUSTOM),
        c("DUNS__c", N, "VARCHAR", g.col(lambda: g.code("999999999"), 0.4), "decoy", CUSTOM, SHAPE),
        c("LastModifiedDate", N, "TIMESTAMP", g.moments("2025-01-01", "2026-01-10"), "decoy"),
        *_stitch(g),
    ])


def intercom_contacts(g: Gen) -> Table:
    """Intercom ``contacts`` of a pet-insurance app, synced by Airbyte with nested objects flattened (``location_*``,
    ``social_profiles_*``, ``custom_attributes_*``): e-mail, name, phone, city, a Twitter handle (``unclassified``),
    custom attributes (a pet's name: ``none``; a birthday as text, mostly NULL; ``attr_x`` holding a vet's
    clinic (``none``) and ``attr_y`` holding the emergency phone (misleading)), the last seen IP, the owner id."""
    pairs = [v.person(g) for _ in range(g.rows)]
    places = [v.us_city(g) for _ in range(g.rows)]
    months = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
              "November", "December"]

    def bday() -> str | None:
        if g.rnd.random() < 0.7:
            return None
        d = g.birth(1950, 2004)
        return g.rnd.choice([f"{months[d.month - 1]} {d.day}, {d.year}", d.strftime("%m/%d/%Y"), d.isoformat()])

    return Table("intercom.contacts", "en", "snake", [
        c("id", N, "VARCHAR", g.col(lambda: g.code("6xxxxxxxxxxxxxxxxxxxxxxx")), "decoy", KEY, SHAPE),
        c("external_id", N, "VARCHAR", g.col(lambda: g.code("usr_ZZZZZZZZZZ")), "decoy", KEY, SHAPE),
        c("role", N, "VARCHAR", g.col(g.pick(["user", "user", "lead"])), "decoy"),
        c("email", "email", "VARCHAR", [v.email_of(g, a, b) for a, b in pairs]),
        c("name", "person_name", "VARCHAR", [f"{a} {b}" if g.rnd.random() < 0.85 else None for a, b in pairs]),
        c("phone", "phone", "VARCHAR", g.phones("US", {"e164": 0.8, "national": 0.2}, 1.0, 0.45)),
        c("location_city_name", "city", "VARCHAR", [p[0] for p in places], FLAT),
        c("location_region_name", N, "VARCHAR", [p[1] for p in places], "decoy", FLAT),
        c("location_country_code", N, "VARCHAR", ["USA"] * g.rows, "decoy", FLAT),
        c("social_profiles_twitter", USERNAME, "VARCHAR", [v.handle(a, b, g.rnd.randint(0, 4))
                                                           if g.rnd.random() < 0.35 else None for a, b in pairs],
          USER, FLAT, HEAVY),
        c("last_seen_ip", "ip_address", "VARCHAR", g.col(lambda: g.ip(0.25), 0.1)),
        c("browser", N, "VARCHAR", g.col(g.pick(["chrome", "safari", "firefox", "edge"])), "decoy"),
        c("custom_attributes_pet_name", N, "VARCHAR", g.col(g.pick(["Biscuit", "Luna", "Mochi", "Rufus", "Pepper",
                                                                    "Waffles", "Ziggy"])), "decoy", CUSTOM),
        c("custom_attributes_plan", N, "VARCHAR", g.col(g.pick(["accident_only", "essential", "complete"])), "decoy",
          CUSTOM),
        c("custom_attributes_birthday", "date_of_birth", "VARCHAR", g.col(bday), CUSTOM, DOB_TEXT, HEAVY),
        c("custom_attributes_attr_x", N, "VARCHAR", g.col(g.pick(["Cardinal Ridge Veterinary", "Banfield #1182",
                                                                  "VCA Lakeshore"]), 0.3), "decoy", CUSTOM, "business"),
        c("custom_attributes_attr_y", "phone", "VARCHAR", g.phones("US", {"national": 0.5, "dashes": 0.5}, 1.0, 0.6),
          CUSTOM, MISLEADING, HEAVY),
        c("owner_id", N, "BIGINT", g.col(g.pick([5_112_301, 5_112_377, 5_140_020])), "decoy", KEY),
        c("signed_up_at", N, "BIGINT", g.ints(1_640_000_000, 1_767_000_000), "decoy"),
        *_airbyte(g),
    ])


def mailchimp_members(g: Gen) -> Table:
    """Mailchimp list members of an Ohio bakery chain's newsletter (Airbyte): the member id (MD5 of the e-mail:
    ``none``), e-mail, ``merge_fields_*`` (FNAME, LNAME, ADDRESS flattened, PHONE, BIRTHDAY as ``MM/DD`` and
    ``MMERGE7`` holding a child's first name, misleading), IP addresses of signup and opt-in, the IP geolocation's
    coordinates (``none``), rating, status, tags."""
    pairs = [v.person(g) for _ in range(g.rows)]
    places = [v.us_city(g) for _ in range(g.rows)]
    has_addr = [g.rnd.random() < 0.4 for _ in range(g.rows)]
    return Table("mailchimp.list_members", "en", "snake", [
        c("id", N, "VARCHAR", g.col(g.md5), "decoy", SHAPE),
        c("email_address", "email", "VARCHAR", [v.email_of(g, a, b) for a, b in pairs]),
        c("unique_email_id", N, "VARCHAR", g.col(lambda: g.code("xxxxxxxxxx")), "decoy", SHAPE),
        c("status", N, "VARCHAR", g.col(g.pick(["subscribed", "subscribed", "unsubscribed", "cleaned"])), "decoy"),
        c("merge_fields_fname", "first_name", "VARCHAR", [a if g.rnd.random() < 0.9 else "" for a, _ in pairs],
          CUSTOM),
        c("merge_fields_lname", "last_name", "VARCHAR", [b if g.rnd.random() < 0.75 else "" for _, b in pairs], CUSTOM),
        c("merge_fields_address_addr1", "street_address", "VARCHAR", [v.us_street(g) if h else None for h in has_addr],
          CUSTOM, FLAT, HEAVY),
        c("merge_fields_address_city", "city", "VARCHAR", [p[0] if h else None for p, h in zip(places, has_addr,
                                                                                                strict=True)],
          CUSTOM, FLAT, HEAVY),
        c("merge_fields_address_zip", "postal_code", "VARCHAR", [v.us_zip(g, p[2]) if h else None
                                                                 for p, h in zip(places, has_addr, strict=True)],
          CUSTOM, FLAT, HEAVY),
        c("merge_fields_phone", "phone", "VARCHAR", g.phones("US", {"national": 0.5, "dashes": 0.3, "digits": 0.2},
                                                             1.0, 0.55), CUSTOM, HEAVY),
        c("merge_fields_birthday", "date_of_birth", "VARCHAR", g.col(lambda: g.day("2000-01-01", "2000-12-31")
                                                                     .strftime("%m/%d"), 0.45), CUSTOM, BIRTHDAY),
        c("merge_fields_mmerge7", "first_name", "VARCHAR", g.col(lambda: v.given(g), 0.6), CUSTOM, MISLEADING,
          OPAQUE, HEAVY),
        c("ip_signup", "ip_address", "VARCHAR", g.col(lambda: g.ip(0.2), 0.3)),
        c("ip_opt", "ip_address", "VARCHAR", g.col(lambda: g.ip(0.2))),
        c("timestamp_opt", N, "TIMESTAMP", g.moments("2019-01-01", "2025-12-31"), "decoy"),
        c("member_rating", N, "INTEGER", g.ints(1, 5), "decoy"),
        c("location_latitude", N, "DOUBLE", g.floats(35.0, 42.0, 4), "decoy"),
        c("location_longitude", N, "DOUBLE", g.floats(-90.0, -80.0, 4), "decoy"),
        c("tags", N, "VARCHAR", g.col(g.pick(['["wholesale"]', '["sourdough-club"]', "[]", '["catering","vip"]'])),
          "decoy", JSON_PLAIN),
        *_airbyte(g),
    ])


# -- recruiting and HR -------------------------------------------------------------------------------------------------


def greenhouse_candidates(g: Gen) -> Table:
    """Greenhouse candidates of a Leeds payments company (Fivetran, arrays flattened to ``*_0_value``): names,
    e-mail, phone, a one-line home address, the current employer and title (``none``), the recruiter and coordinator
    (few), a right-to-work custom field with the NI number (mostly NULL) and ``custom_fields_notes2`` holding a
    referee's name and phone (``free_text``)."""
    recruiters = _staff(g, 4)
    coords = _staff(g, 3)
    pairs = [v.person(g) for _ in range(g.rows)]

    def address() -> str:
        town, area = g.rnd.choice(v.GB_TOWNS)
        return f"{v.gb_street(g)}, {town} {v.gb_postcode(g, area)}"

    def referee() -> str:
        return g.rnd.choice([f"Ref: {v.whole(g)} {g.phone('GB', 'national')}", f"{v.whole(g)} (ex-manager)",
                             f"Call {v.given(g)} on {g.phone('GB', 'intl')}"])

    return Table("greenhouse.candidate", "en", "snake", [
        c("id", N, "BIGINT", g.keys(40_118_000, 7), "decoy", KEY),
        c("first_name", "first_name", "VARCHAR", [a for a, _ in pairs]),
        c("last_name", "last_name", "VARCHAR", [b for _, b in pairs]),
        c("company", N, "VARCHAR", g.col(g.pick(COMPANIES), 0.3), "decoy", "business"),
        c("title", N, "VARCHAR", g.col(g.pick(["Senior Engineer", "Product Analyst", "Risk Lead", "QA Tester"]), 0.3),
          "decoy"),
        c("email_addresses_0_value", "email", "VARCHAR", [v.email_of(g, a, b, v.DOMAINS["gb"]) for a, b in pairs],
          FLAT),
        c("phone_numbers_0_value", "phone", "VARCHAR", g.phones("GB", {"national": 0.5, "intl": 0.3, "e164": 0.2},
                                                                0.8, 0.1), FLAT),
        c("addresses_0_value", "street_address", "VARCHAR", g.col(address, 0.4), FLAT),
        c("recruiter_name", "person_name", "VARCHAR", g.col(g.pick(recruiters)), STAFF),
        c("coordinator_name", "person_name", "VARCHAR", g.col(g.pick(coords), 0.2), STAFF),
        c("source_name", N, "VARCHAR", g.col(g.pick(["LinkedIn", "Referral", "Company website", "Agency"])), "decoy"),
        c("custom_fields_ni_number", "national_id", "VARCHAR", g.col(lambda: v.gb_nino(g), 0.75), CUSTOM, HEAVY),
        c("custom_fields_notes2", "free_text", "VARCHAR", g.col(referee, 0.6), CUSTOM, MISLEADING, HEAVY),
        c("custom_fields_salary_expectation", N, "INTEGER", g.ints(35, 120, 0.3), "decoy", CUSTOM),
        c("created_at", N, "TIMESTAMP", g.moments("2025-03-01", "2026-01-10"), "decoy"),
        *_fivetran(g),
    ])


def bamboohr_employees(g: Gen) -> Table:
    """BambooHR ``employee`` of a US and Canadian fencing manufacturer (Fivetran, camelCase API names): names, a
    preferred name, DOB, SSN (US rows) and SIN (Canadian rows), home address, home and mobile phones, the supervisor
    (few), job title, hire date, pay rate, ``customField7`` holding the emergency contact's name (misleading)."""
    supervisors = _staff(g, 6)
    ca = [g.rnd.random() < 0.3 for _ in range(g.rows)]
    pairs = [v.person(g) for _ in range(g.rows)]
    places = [v.us_city(g) for _ in range(g.rows)]
    caplaces = [g.rnd.choice(v.CA_CITIES) for _ in range(g.rows)]

    def phone(i: int, fmt: str) -> str:
        return g.phone("CA" if ca[i] else "US", fmt)

    return Table("bamboohr.employee", "en", "camel", [
        c("id", N, "INTEGER", g.keys(101), "decoy", KEY),
        c("employeeNumber", N, "VARCHAR", [f"E{1_000 + i:05d}" for i in range(g.rows)], "decoy", SHAPE),
        c("firstName", "first_name", "VARCHAR", [a for a, _ in pairs]),
        c("lastName", "last_name", "VARCHAR", [b for _, b in pairs]),
        c("preferredName", "first_name", "VARCHAR", [a[:3] if g.rnd.random() < 0.35 else None for a, _ in pairs],
          HEAVY),
        c("dateOfBirth", "date_of_birth", "DATE", g.births(1960, 2004)),
        c("ssn", "ssn", "VARCHAR", [None if x else v.us_ssn(g, g.rnd.random() < 0.7) for x in ca]),
        c("sin", "national_id", "VARCHAR", [v.ca_sin(g) if x else None for x in ca], HEAVY),
        c("address1", "street_address", "VARCHAR", g.col(lambda: v.us_street(g))),
        c("city", "city", "VARCHAR", [q[0] if x else p[0] for p, q, x in zip(places, caplaces, ca, strict=True)]),
        c("zipcode", "postal_code", "VARCHAR", [v.ca_postal(g, q[2]) if x else v.us_zip(g, p[2])
                                                for p, q, x in zip(places, caplaces, ca, strict=True)]),
        c("homePhone", "phone", "VARCHAR", [phone(i, "national") if g.rnd.random() < 0.4 else None
                                            for i in range(g.rows)], HEAVY),
        c("mobilePhone", "phone", "VARCHAR", [phone(i, g.rnd.choice(["national", "e164"])) for i in range(g.rows)]),
        c("workPhoneExtension", N, "VARCHAR", g.col(lambda: str(g.rnd.randint(200, 499)), 0.4), "decoy"),
        c("supervisor", "person_name", "VARCHAR", g.col(g.pick(supervisors)), STAFF),
        c("jobTitle", N, "VARCHAR", g.col(g.pick(["Welder", "Machine Operator", "Installer", "Estimator", "Driver"])),
          "decoy"),
        c("hireDate", N, "DATE", g.days("2012-01-01", "2025-12-01"), "decoy"),
        c("payRate", N, "VARCHAR", g.col(lambda: f"{g.rnd.randint(18, 48)}.{g.rnd.randint(0, 99):02d} USD"), "decoy"),
        c("customField7", "person_name", "VARCHAR", g.col(lambda: v.whole(g), 0.35), CUSTOM, MISLEADING),
        *_fivetran(g),
    ])


def personio_mitarbeiter(g: Gen) -> Table:
    """Personio employees of the Bavarian subsidiary (Airbyte, German attribute names as the tenant configured them):
    Vorname, Nachname, Geburtsdatum as text ``TT.MM.JJJJ``, Steuer-ID, IBAN, Straße, PLZ, Ort, private phone, the
    manager (few), department, Eintrittsdatum, Steuerklasse, Bruttogehalt and the emergency contact (name and phone in
    one cell: ``free_text``)."""
    managers = _staff(g, 4, lambda x: v.whole(x, "de"))
    pairs = [v.person(g, "de") for _ in range(g.rows)]
    places = [g.rnd.choice(v.DE_CITIES) for _ in range(g.rows)]
    return Table("personio.mitarbeiter", "de", "snake", [
        c("id", N, "BIGINT", g.keys(8_800_100), "decoy", KEY),
        c("personalnummer", N, "VARCHAR", [f"PN-{2_000 + i}" for i in range(g.rows)], "decoy", SHAPE),
        c("vorname", "first_name", "VARCHAR", [a for a, _ in pairs]),
        c("nachname", "last_name", "VARCHAR", [b for _, b in pairs]),
        c("geburtsdatum", "date_of_birth", "VARCHAR", [d.strftime("%d.%m.%Y") for d in g.births(1962, 2005)],
          DOB_TEXT),
        c("steuer_id", "national_id", "VARCHAR", g.col(lambda: v.de_idnr(g), 0.1)),
        c("iban", "iban", "VARCHAR", g.col(lambda: v.iban(g, "DE", g.rnd.random() < 0.5), 0.05)),
        c("strasse", "street_address", "VARCHAR", g.col(lambda: v.de_street(g))),
        c("plz", "postal_code", "VARCHAR", [p[1] + g.digits(2) for p in places]),
        c("ort", "city", "VARCHAR", [p[0] for p in places]),
        c("telefon_privat", "phone", "VARCHAR", g.phones("DE", {"national": 0.6, "intl": 0.4}, 0.8, 0.25)),
        c("vorgesetzter", "person_name", "VARCHAR", g.col(g.pick(managers)), STAFF),
        c("abteilung", N, "VARCHAR", g.col(g.pick(["Vertrieb", "Produktion", "Buchhaltung", "Lager"])), "decoy"),
        c("eintrittsdatum", N, "DATE", g.days("2015-01-01", "2025-12-01"), "decoy"),
        c("steuerklasse", N, "INTEGER", g.col(g.pick([1, 1, 3, 4, 5])), "decoy"),
        c("bruttogehalt", N, "DOUBLE", g.amounts(2_400, 7_800), "decoy"),
        c("notfallkontakt", "free_text", "VARCHAR", g.col(lambda: f"{v.whole(g, 'de')}, "
                                                          f"{g.phone('DE', 'national')}", 0.3)),
        *_airbyte(g),
    ])


def factorial_empleados(g: Gen) -> Table:
    """Factorial employees of the Seville subsidiary (Fivetran, Spanish field names): nombre, apellidos, DNI,
    fecha de nacimiento (DATE), IBAN, dirección, código postal, ciudad, móvil, the responsable (few), puesto, fecha de
    alta, salario bruto, and ``campo_personalizado_3``, the
    tenant's ``observaciones`` (free text naming relatives and phones: misleading)."""
    bosses = _staff(g, 4, lambda x: v.whole(x, "es"))
    pairs = [v.person(g, "es") for _ in range(g.rows)]
    places = [g.rnd.choice(v.ES_CITIES) for _ in range(g.rows)]

    def obs() -> str:
        return g.rnd.choice([f"Reducción de jornada por cuidado de su hijo {v.given(g, 'es')}",
                             f"Baja maternal hasta marzo; sustituye {v.whole(g, 'es')}",
                             "Teletrabajo martes y jueves", f"Contacto: {v.given(g, 'es')} {g.phone('ES', 'intl')}"])

    return Table("factorial.empleados", "es", "snake", [
        c("id", N, "BIGINT", g.keys(310_001), "decoy", KEY),
        c("nombre", "first_name", "VARCHAR", [a for a, _ in pairs]),
        c("apellidos", "last_name", "VARCHAR", [f"{b} {v.person(g, 'es')[1]}" for _, b in pairs]),
        c("dni", "national_id", "VARCHAR", g.col(lambda: v.es_dni(g))),
        c("fecha_nacimiento", "date_of_birth", "DATE", g.births(1963, 2005)),
        c("iban", "iban", "VARCHAR", g.col(lambda: v.iban(g, "ES", g.rnd.random() < 0.6))),
        c("direccion", "street_address", "VARCHAR", g.col(lambda: v.es_street(g))),
        c("codigo_postal", "postal_code", "VARCHAR", [p[1] + g.digits(3) for p in places]),
        c("ciudad", "city", "VARCHAR", [p[0] for p in places]),
        c("telefono_movil", "phone", "VARCHAR", g.phones("ES", {"national": 0.5, "intl": 0.3, "e164": 0.2})),
        c("responsable", "person_name", "VARCHAR", g.col(g.pick(bosses)), STAFF),
        c("puesto", N, "VARCHAR", g.col(g.pick(["Mozo de almacén", "Comercial", "Administrativa", "Carretillero"])),
          "decoy"),
        c("fecha_alta", N, "DATE", g.days("2016-01-01", "2025-12-01"), "decoy"),
        c("salario_bruto_anual", N, "DOUBLE", g.amounts(16_000, 48_000), "decoy"),
        c("campo_personalizado_3", "free_text", "VARCHAR", g.col(obs, 0.7), CUSTOM, MISLEADING, HEAVY),
        *_fivetran(g),
    ])


def typeform_inscriptions(g: Gen) -> Table:
    """Typeform responses of a Nantes training organisation's enrolment form (Airbyte, answers flattened by field
    ref, French refs): prénom, nom, date de naissance as text (``JJ/MM/AAAA`` or ``J mois AAAA``), numéro de
    sécurité sociale (NIR, encoding sex, year and month of birth), e-mail, phone, code postal, ville, the chosen
    course, financing (CPF), a free comment, hidden UTM fields, the response token (``none``)."""
    mois = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
            "novembre", "décembre"]
    rows = []
    for _ in range(g.rows):
        female = g.rnd.random() < 0.5
        a, b = v.person(g, "fr", female)
        born = g.birth(1965, 2006)
        town = g.rnd.choice(v.FR_TOWNS)
        rows.append((a, b, born, town, v.fr_nir(g, born, female, town[1]) if g.rnd.random() < 0.8 else None))

    def comment() -> str:
        return g.rnd.choice([f"Je viens avec ma collègue {v.whole(g, 'fr')}", "Besoin d'un accès PMR",
                             f"Facture au nom de {v.whole(g, 'fr')}", "Disponible uniquement le samedi"])

    return Table("typeform.reponses_inscription", "fr", "snake", [
        c("response_id", N, "VARCHAR", g.col(lambda: g.code("Z" * 20).lower()),
          "decoy", KEY, SHAPE),
        c("token", N, "VARCHAR", g.col(lambda: v.token(g, "", 32)), "decoy", CREDENTIAL),
        c("reponse_prenom", "first_name", "VARCHAR", [r[0] for r in rows]),
        c("reponse_nom", "last_name", "VARCHAR", [r[1] for r in rows]),
        c("reponse_date_naissance", "date_of_birth", "VARCHAR",
          [r[2].strftime("%d/%m/%Y") if g.rnd.random() < 0.7 else f"{r[2].day} {mois[r[2].month - 1]} {r[2].year}"
           for r in rows], DOB_TEXT),
        c("reponse_num_secu", "national_id", "VARCHAR", [r[4] for r in rows]),
        c("reponse_courriel", "email", "VARCHAR", [v.email_of(g, r[0], r[1], v.DOMAINS["fr"]) for r in rows]),
        c("reponse_telephone", "phone", "VARCHAR", g.phones("FR", {"national": 0.6, "intl": 0.2, "e164": 0.2}, 0.9)),
        c("reponse_code_postal", "postal_code", "VARCHAR", [r[3][1] + g.digits(3) for r in rows]),
        c("reponse_ville", "city", "VARCHAR", [r[3][0] for r in rows]),
        c("reponse_formation", N, "VARCHAR", g.col(g.pick(["CAP Pâtissier", "Excel avancé", "Anglais B2",
                                                           "Soudure TIG"])), "decoy"),
        c("reponse_financement", N, "VARCHAR", g.col(g.pick(["CPF", "Pôle emploi", "Employeur", "Personnel"])),
          "decoy"),
        c("reponse_commentaire", "free_text", "VARCHAR", g.col(comment, 0.6), HEAVY),
        c("hidden_utm_source", N, "VARCHAR", g.col(g.pick(["google", "facebook", "france_travail"]), 0.4), "decoy",
          UTM),
        c("submitted_at", N, "TIMESTAMP", g.moments("2025-09-01", "2026-01-15"), "decoy"),
        c("metadata_platform", N, "VARCHAR", g.col(g.pick(["mobile", "other", "tablet"])), "decoy"),
        *_airbyte(g),
    ])


# -- finance, messaging, scheduling, payments, commerce ----------------------------------------------------------------


def xero_contacts(g: Gen) -> Table:
    """Xero ``contacts`` of a Kentucky sign maker (Fivetran): suppliers and trade customers, all businesses, so their
    names, e-mail addresses (``accounts@``), phones, addresses, tax numbers and bank details are ``none`` (tag
    ``business``); the contact person at each business is a person (``first_name``/``last_name``)."""
    people = [v.person(g) for _ in range(g.rows)]
    firms = [g.rnd.randrange(len(v.VENDOR_DOMAINS)) for _ in range(g.rows)]
    places = [v.us_city(g) for _ in range(g.rows)]
    return Table("xero.contact", "en", "pascal", [
        c("ContactID", N, "VARCHAR", g.col(g.uuid), "decoy", KEY, SHAPE),
        c("Name", N, "VARCHAR", [COMPANIES[i] for i in firms], "business"),
        c("FirstName", "first_name", "VARCHAR", [a if g.rnd.random() < 0.7 else None for a, _ in people]),
        c("LastName", "last_name", "VARCHAR", [b if g.rnd.random() < 0.7 else None for _, b in people]),
        c("EmailAddress", N, "VARCHAR", [f"{g.rnd.choice(['accounts', 'ap', 'billing', 'orders'])}@"
                                         f"{v.VENDOR_DOMAINS[i]}" for i in firms], "business"),
        c("Phones_DEFAULT_Number", N, "VARCHAR", g.col(lambda: v.office_phone(g)), "business", FLAT),
        c("Addresses_POBOX_AddressLine1", N, "VARCHAR", g.col(lambda: v.office_street(g)), "business", FLAT),
        c("Addresses_POBOX_City", N, "VARCHAR", [p[0] for p in places], "business", FLAT),
        c("Addresses_POBOX_PostalCode", N, "VARCHAR", [v.us_zip(g, p[2]) for p in places], "business", FLAT),
        c("TaxNumber", N, "VARCHAR", g.col(lambda: g.code("99-9999999"), 0.3), "business", SHAPE),
        c("BankAccountDetails", N, "VARCHAR", g.col(lambda: f"{g.digits(9)} {g.digits(10)}", 0.4), "business",
          SHAPE),
        c("IsSupplier", N, "BOOLEAN", g.yn(True, False, 0.6), "decoy"),
        c("IsCustomer", N, "BOOLEAN", g.yn(True, False, 0.5), "decoy"),
        c("DefaultCurrency", N, "VARCHAR", ["USD"] * g.rows, "decoy"),
        c("ContactStatus", N, "VARCHAR", g.col(g.pick(["ACTIVE", "ACTIVE", "ARCHIVED"])), "decoy"),
        c("UpdatedDateUTC", N, "TIMESTAMP", g.moments("2024-01-01", "2026-01-10"), "decoy"),
        *_fivetran(g),
    ])


def twilio_messages(g: Gen) -> Table:
    """Twilio ``message`` of a Georgia dental group's reminders (Fivetran): message SIDs (``SM`` + 32 hex), the
    account and messaging-service SIDs, the practice's sending numbers (``none``, tag ``business``), the patient's
    number (``to``), the body naming the patient (``free_text``), status, error code, segments, price, dates."""
    senders = ["+14045550142", "+14045550187", "+19125550111"]

    def body() -> str:
        return g.rnd.choice([f"Hi {v.given(g)}, this is a reminder of your cleaning on Tue at 9:30. Reply C to confirm",
                             f"{v.given(g)}, your appointment with Dr. {v.person(g)[1]} is tomorrow at 2:00 PM.",
                             "Thanks for visiting Pettigrew Family Dentistry! Rate us: https://pfd.link/r",
                             "Your balance of $45.00 is due. Pay at https://pay.pfd.link"])

    return Table("twilio.message", "en", "snake", [
        c("sid", N, "VARCHAR", g.col(lambda: "SM" + g.code("x" * 32)), "decoy", SHAPE),
        c("account_sid", N, "VARCHAR", ["AC" + "4f1e" * 8] * g.rows, "decoy", SHAPE),
        c("messaging_service_sid", N, "VARCHAR", g.col(g.pick(["MG" + "a7c0" * 8, "MG" + "0b93" * 8])), "decoy",
          SHAPE),
        c("from", N, "VARCHAR", g.col(g.pick(senders)), "business"),
        c("to", "phone", "VARCHAR", g.phones("US", {"e164": 1.0})),
        c("body", "free_text", "VARCHAR", g.col(body)),
        c("direction", N, "VARCHAR", ["outbound-api"] * g.rows, "decoy"),
        c("status", N, "VARCHAR", g.col(g.pick(["delivered", "delivered", "sent", "undelivered", "failed"])), "decoy"),
        c("error_code", N, "INTEGER", g.col(g.pick([30003, 30005, 30006]), 0.85), "decoy"),
        c("num_segments", N, "INTEGER", g.ints(1, 3), "decoy"),
        c("price", N, "DOUBLE", [-0.0079 * g.rnd.randint(1, 3) for _ in range(g.rows)], "decoy"),
        c("date_sent", N, "TIMESTAMP", g.moments("2025-10-01", "2026-01-15"), "decoy"),
        *_fivetran(g),
    ])


def calendly_invitees(g: Gen) -> Table:
    """Calendly ``event_invitees`` of a North Carolina financial planner (Airbyte): the invitee's URI (``none``),
    name, e-mail, first and last name (mostly NULL: only when the form asks for them), the SMS reminder number (mostly
    NULL), time zone, questions and answers as JSON (``free_text``), UTM tracking, cancellation by and reason."""
    pairs = [v.person(g) for _ in range(g.rows)]
    split = [g.rnd.random() < 0.3 for _ in range(g.rows)]

    def qa() -> str:
        return json.dumps([{"question": "Spouse or partner attending?", "answer": g.rnd.choice(["No", v.whole(g)])},
                           {"question": "What would you like to discuss?",
                            "answer": g.rnd.choice(["Rollover of my 401k", "College savings", "Retirement timing"])}])

    return Table("calendly.event_invitees", "en", "snake", [
        c("uri", N, "VARCHAR", g.col(lambda: f"https://api.calendly.com/scheduled_events/{g.uuid()}/invitees/"
                                             f"{g.uuid()}"), "decoy", KEY),
        c("name", "person_name", "VARCHAR", [f"{a} {b}" for a, b in pairs]),
        c("email", "email", "VARCHAR", [v.email_of(g, a, b) for a, b in pairs]),
        c("first_name", "first_name", "VARCHAR", [a if s else None for (a, _), s in zip(pairs, split, strict=True)],
          HEAVY),
        c("last_name", "last_name", "VARCHAR", [b if s else None for (_, b), s in zip(pairs, split, strict=True)],
          HEAVY),
        c("text_reminder_number", "phone", "VARCHAR", g.phones("US", {"e164": 0.5, "national": 0.5}, 1.0, 0.65),
          HEAVY),
        c("timezone", N, "VARCHAR", g.col(g.pick(["America/New_York", "America/Chicago", "America/Denver"])), "decoy"),
        c("questions_and_answers", "free_text", "VARCHAR", g.col(qa), JSON),
        c("status", N, "VARCHAR", g.col(g.pick(["active", "active", "canceled"])), "decoy"),
        c("cancellation_canceled_by", "person_name", "VARCHAR", g.col(lambda: v.whole(g), 0.8), HEAVY),
        c("cancellation_reason", N, "VARCHAR", g.col(g.pick(["Schedule conflict", "Feeling unwell", ""]), 0.8),
          "decoy"),
        c("tracking_utm_source", N, "VARCHAR", g.col(g.pick(["google", "newsletter", "linkedin"]), 0.5), "decoy",
          UTM),
        c("tracking_utm_campaign", N, "VARCHAR", g.col(g.pick(["retire-webinar", "q1-review"]), 0.5), "decoy",
          UTM),
        c("rescheduled", N, "BOOLEAN", g.yn(True, False, 0.1), "decoy"),
        c("created_at", N, "TIMESTAMP", g.moments("2025-06-01", "2026-01-15"), "decoy"),
        *_airbyte(g),
    ])


def stripe_charges(g: Gen) -> Table:
    """Stripe ``charge`` of a Wisconsin cheese subscription box (Stitch): ``ch_``/``cus_``/``pi_`` ids (``none``),
    amounts, the billing details (name, e-mail, phone mostly NULL, postal code, line 1 mostly NULL), the receipt
    e-mail, card brand, expiry, last 4 (``none``, tag ``partial``) and fingerprint (``none``, tag ``credential``),
    the risk score, the description (an order number), a ``metadata_dob`` for age-restricted boxes (mostly NULL)."""
    pairs = [v.person(g) for _ in range(g.rows)]
    places = [v.us_city(g) for _ in range(g.rows)]
    return Table("stripe_stitch.charge", "en", "snake", [
        c("id", N, "VARCHAR", g.col(lambda: v.token(g, "ch_3")), "decoy", TOKEN, SHAPE),
        c("customer", N, "VARCHAR", g.col(lambda: v.token(g, "cus_", 14)), "decoy", TOKEN, SHAPE),
        c("payment_intent", N, "VARCHAR", g.col(lambda: v.token(g, "pi_3")), "decoy", TOKEN, SHAPE),
        c("amount", N, "INTEGER", g.col(g.pick([3_900, 5_900, 8_900, 12_900])), "decoy"),
        c("currency", N, "VARCHAR", ["usd"] * g.rows, "decoy"),
        c("billing_details_name", "person_name", "VARCHAR", [f"{a} {b}".upper() if g.rnd.random() < 0.3 else
                                                             f"{a} {b}" for a, b in pairs], FLAT),
        c("billing_details_email", "email", "VARCHAR", [v.email_of(g, a, b) if g.rnd.random() < 0.6 else None
                                                        for a, b in pairs], FLAT),
        c("billing_details_phone", "phone", "VARCHAR", g.phones("US", {"e164": 1.0}, 1.0, 0.8), FLAT, HEAVY),
        c("billing_details_address_line1", "street_address", "VARCHAR", g.col(lambda: v.us_street(g), 0.6), FLAT,
          HEAVY),
        c("billing_details_address_postal_code", "postal_code", "VARCHAR", [v.us_zip(g, p[2]) for p in places], FLAT),
        c("receipt_email", "email", "VARCHAR", [v.email_of(g, a, b) for a, b in pairs]),
        c("payment_method_details_card_brand", N, "VARCHAR", g.col(g.pick(["visa", "mastercard", "amex"])), "decoy"),
        c("payment_method_details_card_last4", N, "VARCHAR", g.col(lambda: v.card_last4(g)), PARTIAL, "decoy"),
        c("payment_method_details_card_exp_month", N, "INTEGER", g.ints(1, 12), "decoy"),
        c("payment_method_details_card_fingerprint", N, "VARCHAR", g.col(lambda: v.token(g, "", 16)), CREDENTIAL,
          "decoy", SHAPE),
        c("outcome_risk_score", N, "INTEGER", g.ints(0, 99), "decoy"),
        c("description", N, "VARCHAR", g.col(lambda: f"Order #{g.rnd.randint(10_000, 99_999)}"), "decoy", SHAPE),
        c("metadata_dob", "date_of_birth", "VARCHAR", g.col(lambda: g.birth(1950, 2004).isoformat(), 0.7), HEAVY,
          DOB_TEXT),
        c("created", N, "TIMESTAMP", g.moments("2025-01-01", "2026-01-15"), "decoy"),
        *_stitch(g),
    ])


def shopify_orders(g: Gen) -> Table:
    """Shopify ``orders`` of a Tulsa boot maker (Airbyte, addresses flattened): the order name (``#1042``), e-mail,
    phone, shipping and billing names, addresses, cities, ZIPs (states and countries ``none``), the buyer's IP,
    a company on the shipping address (``none``), totals, statuses, the landing site with UTM parameters, cart and
    checkout tokens (``none``), the tracking number and SKU, the order note (mostly NULL, ``free_text``)."""
    pairs = [v.person(g) for _ in range(g.rows)]
    places = [v.us_city(g) for _ in range(g.rows)]
    gift = [g.rnd.random() < 0.2 for _ in range(g.rows)]
    ship = [v.person(g) if x else p for p, x in zip(pairs, gift, strict=True)]

    def note() -> str:
        return g.rnd.choice([f"Gift for {v.given(g)} - please no invoice in box", "Leave at side door",
                             f"Call {g.phone('US', 'national')} on arrival", "Size up if out of stock"])

    return Table("shopify.orders", "en", "snake", [
        c("id", N, "BIGINT", g.keys(5_610_000_000_000, 13), "decoy", KEY),
        c("name", N, "VARCHAR", [f"#{1_001 + i}" for i in range(g.rows)], "decoy", SHAPE),
        c("email", "email", "VARCHAR", [v.email_of(g, a, b) for a, b in pairs]),
        c("phone", "phone", "VARCHAR", g.phones("US", {"e164": 1.0}, 1.0, 0.6), HEAVY),
        c("shipping_address_first_name", "first_name", "VARCHAR", [a for a, _ in ship], FLAT),
        c("shipping_address_last_name", "last_name", "VARCHAR", [b for _, b in ship], FLAT),
        c("shipping_address_address1", "street_address", "VARCHAR", g.col(lambda: v.us_street(g)), FLAT),
        c("shipping_address_address2", "street_address", "VARCHAR", g.col(lambda: v.us_unit(g), 0.75), FLAT, HEAVY),
        c("shipping_address_city", "city", "VARCHAR", [p[0] for p in places], FLAT),
        c("shipping_address_zip", "postal_code", "VARCHAR", [v.us_zip(g, p[2]) for p in places], FLAT),
        c("shipping_address_province_code", N, "VARCHAR", [p[1] for p in places], "decoy", FLAT),
        c("shipping_address_company", N, "VARCHAR", g.col(g.pick(COMPANIES), 0.85), "decoy", "business", FLAT),
        c("billing_address_name", "person_name", "VARCHAR", [f"{a} {b}" for a, b in pairs], FLAT),
        c("browser_ip", "ip_address", "VARCHAR", g.col(lambda: g.ip(0.3), 0.1)),
        c("total_price", N, "DOUBLE", g.amounts(89, 640), "decoy"),
        c("financial_status", N, "VARCHAR", g.col(g.pick(["paid", "paid", "refunded", "partially_refunded"])),
          "decoy"),
        c("landing_site", N, "VARCHAR", g.col(g.pick(["/?utm_source=facebook&utm_medium=paid",
                                                      "/collections/ropers?utm_campaign=fall_boots", "/"])), "decoy",
          UTM),
        c("cart_token", N, "VARCHAR", g.col(lambda: g.code("x" * 32), 0.1), CREDENTIAL, "decoy", SHAPE),
        c("tracking_number", N, "VARCHAR", g.col(lambda: "1Z" + g.code("ZZZZZZ") + g.code("9" * 10), 0.15), "decoy",
          SHAPE),
        c("line_items_0_sku", N, "VARCHAR", g.col(lambda: g.code("RB-AAA-99-A")), "decoy", SHAPE),
        c("note", "free_text", "VARCHAR", g.col(note, 0.8), HEAVY),
        c("processed_at", N, "TIMESTAMP", g.moments("2025-01-01", "2026-01-15"), "decoy"),
        *_airbyte(g),
    ])


BUILDERS: list[tuple[Callable[[Gen], Table], int]] = [
    (sf_contact, 700), (sf_account, 300), (intercom_contacts, 900), (mailchimp_members, 1_400),
    (greenhouse_candidates, 450), (bamboohr_employees, 380), (personio_mitarbeiter, 260), (factorial_empleados, 240),
    (typeform_inscriptions, 420), (xero_contacts, 260), (twilio_messages, 1_200), (calendly_invitees, 500),
    (stripe_charges, 1_100), (shopify_orders, 1_000),
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
