"""Held-out set v53 for the column classifier: 15 tables of *field services, trades, agriculture, veterinary and home
services*, one system per table and each a different business, nine with English column names (the United States,
Australia, Canada, New Zealand, the United Kingdom and Ireland) and six with German, French, Danish, Finnish, Mexican
Spanish and Polish ones, in the naming styles real systems use:

* ``servicetitan_rpt.job_detail_export``: a Phoenix plumbing and HVAC company's job report exported from a
  ServiceTitan-like product, loaded with the report's own headers (``Job #``, ``Customer Name``, ``Location Address``,
  ``Primary Technician``, ``Assigned Technicians``);
* ``pestroute.daily_route_sheet``: a Brisbane pest-control firm's daily route sheets (abbreviated snake case:
  ``cust_nm``, ``svc_addr``, ``pcode``, ``mob``, ``dog_nm``, ``gate_cd``; a smart rodent monitor's MAC under
  ``monitor_address``);
* ``sunpath_api.leadSiteSurveys``: an eastern-Ontario solar installer's leads and site surveys (camel case, a SIN for
  the financing credit check, a pre-qualification answer as JSON);
* ``KIWICOOP.GRWDLV``: a Bay of Plenty kiwifruit co-operative's grower deliveries from an AS/400-style file (six-letter
  SCREAMING names: ``GRWNAM``, ``ORCADR``, ``IRDNO``, ``VARNAM``, ``DRVNAM``);
* ``VetPractice.ClientPatient``: a Harrogate mixed veterinary practice's clients and patients (Pascal case; pets named
  like people, the pet's ``DateOfBirth``, microchips; opaque ``UDF_03``, ``UDF_04`` and ``UDF_07``);
* ``herdbook.animal_keepers``: an Irish pedigree cattle herd book's animals with their keepers (PPSN, Eircode; herd
  and tag numbers, pedigree names and sires' names);
* ``roofing_crm.claim_jobs``: a Dallas-Fort Worth roofing contractor's insurance-claim jobs from a JobNimbus-like CRM
  (``jnid``, ``display_name``, adjusters, numbered ``custom_field_1`` to ``custom_field_4``: an HOA, an alternate
  contact of any kind, a financing applicant's SSN, a lockbox code);
* ``LOCKSMITH.CALL_LOG``: a Chicago locksmith's call log (SCREAMING case: ``ANI``, ``CALLER_NM``, ``VIN``,
  ``ID_LAST4``, ``DOB_ON_ID``, ``CARD_NO`` kept in clear);
* ``analytics.stg_greenleaf__subscriptions``: a Raleigh lawn-care subscription as a dbt staging model (Stripe and
  Fivetran columns, the crew's depot address);
* ``Kehrbuch.Feuerstaettenbescheide``: a Münsterland district chimney sweep's fireplace certificates (German, Pascal
  case: ``EigentuemerNachname``, ``ObjektAnschrift``, ``SchluesselBei``, ``IbanLastschrift``);
* ``telepac.dossiers_pac``: CAP subsidy applications of farmers in the Gers (French, snake case: ``nir``,
  ``nom_naissance``, ``iban_versement``, ``num_pacage``, ``siret``, ``nom_culture_principale``);
* ``rengoeringApp.bookinger``: a Danish home-cleaning marketplace's bookings with its cleaners (Danish, camel case:
  CPR numbers of cleaners and of customers claiming the service deduction, ``kontaktInfo``);
* ``ymparisto.kaivo_ja_jatevesi_ilmoitukset``: a Finnish municipality's log of well-drilling and septic-system
  notifications (Finnish, snake case: ``henkilotunnus``, ``kiinteistotunnus``, ``porausyritys_ytunnus``);
* ``mudanzas.cotizaciones``: a Mexico City moving company's quotes (Mexican Spanish, abbreviated: ``nom_cte``,
  ``ap_pat``, ``ap_mat``, ``curp``, ``rfc``, ``dom_origen``, ``bodega_dir``);
* ``wypozyczalnia.umowy_najmu``: a Poznań equipment-rental counter's rental contracts (Polish, snake case: ``pesel``,
  ``seria_nr_dowodu``, ``nazwa_sprzetu``, ``konto_zwrotu_kaucji``).

Written **blind**, like v2 to v51: by someone who has read neither the classifier (``governance_dagster/detect/``) nor
its rules, documentation, tests, changelog or notes, only the list of kind names (``governance_dagster/kinds.py``), how
the scorer registers a set (``heldout_v2_accuracy.py``, read, never run), the *structure* and labeling conventions of
v27 (``heldout_v27.py``, ``heldout_v27_values.py``, its test, ``tests/heldout_support.py``), the module docstrings of
v24 to v51 (to avoid their domains) and the ``Column``/``Table`` classes and writer they build on. The classifier was
not run on this set while it was written, no scorer was run on it, and no score of any set was looked at: nothing here
was adjusted to what the classifier does. Some labels below are quick decisions rather than settled conventions. It
imports no earlier set's value module: its random source, name lists, streets, towns, postal codes and identifier
builders are its own (:mod:`benchmarks.classification.heldout_v53_values`; the generic ``Gen`` helpers were copied from
v27's).

What is new against v2 to v51: the trades and the farm. Earlier sets had a vet clinic (v26, v39), a Swedish
home-services marketplace (v27), a Tennessee solar installer's Salesforce contacts (v38), a grain co-operative's
people (v28) and a dog-tax register (v44); here the field-service systems themselves: jobs, routes, surveys,
deliveries, claims, calls, subscriptions, certificates, subsidy files, bookings, permits, quotes and rentals.

* animals beside people (tags ``pet_name`` and ``animal``, all ``none``): pets named like people (``PatientName``:
  Alfie, Dave, Margaret, Nigel), the pet's ``DateOfBirth``, a dog's name on a route sheet, pedigree cattle names
  (``Drumkeen Bridget 3rd``) and sires' names, animal birth dates under ``dob``, microchip, herd and ear-tag numbers;
* names and addresses that are not people's (tag ``misleading``): ``Equipment Name``, ``VARNAM`` (kiwifruit
  varieties), ``ORCHNM`` (orchard blocks), ``nom_culture_principale`` (crops), ``nazwa_sprzetu`` (tools),
  ``monitor_address`` (a MAC address), ``PCKADR``, ``crew_depot_address``, ``bodega_dir`` and ``adres_oddzialu`` (the
  businesses' own depots and branches); one misleading name that *is* personal: ServiceTitan's ``Location Name``
  (mostly the customer's name or ``Smith Residence``: ``person_name``);
* opaque custom fields (tags ``opaque``, ``custom_field``): ``UDF_03`` (a second owner's mobile: ``phone``),
  ``UDF_07`` (who may collect the pet: ``person_name``), ``UDF_04`` (contact preference codes: ``none``),
  ``custom_field_2`` (an alternate contact: a name, a phone or an e-mail: ``free_text``, tag ``mixed_kinds``),
  ``custom_field_3`` (an SSN: ``ssn``), ``custom_field_1`` (an HOA: ``none``), ``custom_field_4`` (a lockbox code:
  ``none``);
* decoys with check digits (tag ``check_digit``, all ``none``): VINs, GTIN-13 product codes, an Australian ABN, a
  Danish CVR, a Finnish Y-tunnus, a French SIRET and a Polish NIP of businesses (sole traders included), MAC addresses
  with a real maker prefix; other decoys (tag ``decoy``; ``value_shape`` when shaped like an identifier): job, invoice,
  claim, policy, permit, quote and contract numbers, herd, tag, KPIN and bin numbers, microchips, serials, meter and
  utility account numbers, plates of the firms' vans and trucks (tag ``fleet``), Stripe ids (tag ``tokenized``);
* identifiers with check digits (python-stdnum), encoding the row's birth date and sex where the number does: the US
  SSN, the Canadian SIN, the New Zealand IRD number, the Irish PPSN, the Danish CPR, the Finnish henkilötunnus, the
  French NIR, the Mexican CURP (built from the row's names, birth date, sex and state) and RFC, PESEL and the Polish
  identity card number (its own published check, implemented in the value module); German, French, Danish, Polish and
  Irish IBANs; a card number (Luhn) in clear; phones of twelve countries (phonenumbers) in national, international,
  E.164, ``00`` and digits-only forms;
* dates of birth as DATE and as ``MM/DD/YYYY`` and ``dd/mm/yyyy`` text (tag ``dob_text``).

Labeling choices a reader may question:

* a pet's or a cow's name and birth date are ``none`` (tags ``pet_name``, ``animal``), as v26, v38, v39 and v44 did;
  microchip, herd and tag numbers are ``none``: they identify an animal or a holding, the keeper only through a
  register;
* coordinates are ``none`` (tag ``coordinates``) even when they are of a customer's home, as in earlier sets;
* the last four digits of a card or of an ID are ``none`` (tag ``partial``); gate, door, lockbox and alarm codes are
  ``none`` (tag ``credential``);
* business contact details are ``none`` (tag ``business``): a branch's phone, a packhouse's or depot's address, an
  insurer or a drilling company, a farm's or a sole trader's company name even when it carries the owner's surname
  (``raison_sociale``: ``EARL LAFITTE``; ``nazwa_firmy``: ``PHU Nowak``), a sole trader's CVR or NIP; a private person's own number that is an official tax or identity number is ``national_id``
  (SIN, IRD, PPSN, CPR, henkilötunnus, NIR, CURP, RFC of a person, PESEL, ID card); the US SSN is ``ssn``;
* staff are ``person_name`` (tag ``staff``, 2-8 distinct: technicians, advisors, drivers, vets, inspectors, surveyors,
  sales reps, chimney sweeps, drillers, crew leads, counter staff; ``first_name`` when only a first name is kept);
  cleaners of a marketplace are not staff but many (``person_name``, tag ``role_word``); a staff member's work e-mail
  is ``email`` (tag ``role_email``), as v27's interviewer e-mail; an adjuster (an insurer's employee, but a person)
  has ``person_name``, ``phone`` and ``email``;
* logins (a dispatcher's, an editor's, an AS/400 user profile) are ``unclassified`` (tag ``username``); a loader
  (``fivetran``) is ``none`` (tag ``service_account``);
* a job site, an orchard, a septic site or a lockout address is ``street_address`` (tag ``premises``); a suburb,
  locality, ``kunta`` or Mexican ``municipio`` is ``city``; states, provinces, counties and ``ClientCounty`` are
  ``none``;
* a cell of a custom field that holds a name, a phone or an e-mail by row is ``free_text`` (tag ``mixed_kinds``);
  JSON holding a person's data is ``free_text`` (tag ``json_blob``), JSON without it ``none`` (tag ``json_plain``);
* ServiceTitan's ``Customer Name`` and ``Location Name`` hold some companies (about 8%) beside people:
  ``person_name``, like SAP's ``NAME1`` in v28.

``null_heavy`` means 50-95% NULL, ``nullword_heavy`` 70-95% NULL words. Every value is generated here from
:data:`SEED` (one ``random.Random`` per table, named after its builder) with python-stdnum for check digits,
phonenumbers for phone validity and formats, and the lists of :mod:`benchmarks.classification.heldout_v53_values`
(no Faker, no list of real people, no breach data). Build: ``python -m benchmarks.classification.heldout_v53 [PATH]``
(default ``/tmp/heldout_v53.duckdb``). Score: ``python -m benchmarks.classification.heldout_v2_accuracy --set v53``.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Callable
from datetime import timedelta
from pathlib import Path

from benchmarks.classification import heldout_v4
from benchmarks.classification import heldout_v53_values as v
from benchmarks.classification.heldout_v2 import Column, Table
from benchmarks.classification.heldout_v53_values import NULLISH, SEED, USERNAME, Gen, N, c

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

DEFAULT_PATH = Path("/tmp/heldout_v53.duckdb")

NULLWORD = "nullword_heavy"  # 70-95% NULL-like strings, placeholders and empty strings (few real NULLs)
HEAVY = "null_heavy"  # 50-95% NULL
SHAPE = "value_shape"
MISLEADING = "misleading"
STAFF = "staff"  # staff named in a column with few distinct values
ROLE = "role_word"  # a role word (keeper, adjuster, caller, tenant, cleaner, neighbour ...) holding people
ABBREV = "abbrev"
AUDIT = "audit"
USER = "username"
SERVICE = "service_account"  # an audit column holding only a loader or a job (none)
PREMISES = "premises"  # a person's home named as a job site, a service address, an orchard or a septic site
KEY = "join_key"  # an id, foreign key or UUID that joins tables (none)
ROLE_EMAIL = "role_email"  # a role-named column holding people's e-mail addresses
MULTI = "multi_value"  # several names in one cell
JSON = "json_blob"  # a JSON document in a cell holding personal data (free_text)
JSON_PLAIN = "json_plain"  # a JSON document in a cell holding no personal data (none)
PLACEHOLDER = "placeholder"  # a personal column some of whose cells are placeholders (noemail@none.com)
TOKEN = "tokenized"  # a processor's token (cus_ ...): none
PARTIAL = "partial"  # the last four digits of a card or an ID: none
CREDENTIAL = "credential"  # a gate, door, lockbox or alarm code (none)
AGENT = "user_agent"  # an HTTP user agent (none)
PET = "pet_name"  # an animal's name (none)
ANIMAL = "animal"  # an animal's birth date, tag, herd or pedigree data (none)
COORD = "coordinates"  # latitude/longitude or grid coordinates (none)
OPAQUE = "opaque"  # a column name that says nothing of its content (UDF_03, custom_field_2)
CUSTOM = "custom_field"  # a vendor's user-defined or numbered custom field
MIXED = "mixed_kinds"  # a column whose cells hold different personal kinds by row (free_text)
FLEET = "fleet"  # a plate or unit of the business's own vans and trucks (none)
CHECK = "check_digit"  # a decoy with a valid check digit of its own scheme (none)
DOB_TEXT = "dob_text"  # a date of birth kept as text
VENDOR = "vendor_names"  # a column named as a vendor product's export names it

AU_FICTIONAL = "07 5550"  # the Australian fictional range for the business's own numbers


def _words(*extra: str) -> tuple[str, ...]:
    return ("", "-", "NULL", "n/a", "N/A", "null", "none") + extra


def _staff(g: Gen, n: int, make: Callable[[Gen], str] = v.whole) -> list[str]:
    out: set[str] = set()
    while len(out) < n:
        out.add(make(g))
    return sorted(out)


def _logins(g: Gen, n: int, style: int, lang: str = "us") -> list[str]:
    out: set[str] = set()
    while len(out) < n:
        out.add(v.login(*v.person(g, lang), style))
    return sorted(out)


def _dirty(g: Gen, values: list, share: float, placeholders: list[str]) -> list:
    """``values`` with ``share`` of the non-NULL cells replaced by a placeholder (a NULL word of the set)."""
    return [g.rnd.choice(placeholders) if x is not None and g.rnd.random() < share else x for x in values]


def _later(g: Gen, starts: list, lo_min: int, hi_min: int, null: float = 0.0) -> list:
    return [None if s is None or g.rnd.random() < null else s + timedelta(minutes=g.rnd.randint(lo_min, hi_min))
            for s in starts]


def _pad(g: Gen, values: list, share: float) -> list:
    """Some cells padded with spaces, as fixed-width exports and hand typing leave them."""
    return [f" {x}  " if isinstance(x, str) and g.rnd.random() < share else x for x in values]


def _ordinal(n: int) -> str:
    return f"{n}{'th' if 10 <= n % 100 <= 20 else {1: 'st', 2: 'nd', 3: 'rd'}.get(n % 10, 'th')}"


def _near(g: Gen, base: tuple[float, float], spread: float, n: int) -> tuple[list[float], list[float]]:
    pts = [(round(base[0] + g.rnd.uniform(-spread, spread), 6), round(base[1] + g.rnd.uniform(-spread, spread), 6))
           for _ in range(n)]
    return [p[0] for p in pts], [p[1] for p in pts]


# -- United States: plumbing and HVAC, roofing, a locksmith, lawn care -------------------------------------------------


def st_job_export(g: Gen) -> Table:
    """A Phoenix plumbing and HVAC company's ServiceTitan-like job report, headers as exported (spaces, ``#``): job,
    invoice, customer and location ids, the customer's and the location's name (some companies), the job site, phone
    and e-mail, business unit, job type and campaign, the primary technician and the assigned crew (several names in
    a cell), the comfort advisor who sold it, the dispatcher's and creator's logins, equipment serial and name (a
    product), the job summary naming people, a lockbox code, the site's coordinates, totals."""
    places = [g.rnd.choice(v.PHX) for _ in range(g.rows)]
    pairs = [v.person(g) for _ in range(g.rows)]
    firms = ["Desert Palms HOA", "Camelback Dental Group", "Sonoran Self Storage", "Mesa Grande Church",
             "Red Rock Property Mgmt", "Tempe Town Lofts LLC"]
    commercial = [g.rnd.random() < 0.08 for _ in range(g.rows)]
    customers = [g.rnd.choice(firms) if com else g.rnd.choice([f"{a} {b}", f"{a} {b}", f"{b}, {a}"])
                 for com, (a, b) in zip(commercial, pairs)]

    def location(i: int) -> str:
        a, b = pairs[i]
        if commercial[i]:
            return customers[i] + g.rnd.choice(["", " - Bldg B", " - Clubhouse"])
        return g.rnd.choice([f"{a} {b}", f"{a} {b}", f"{b} Residence", f"{a} & {v.given(g)} {b}"])

    techs = _staff(g, 7)
    advisors = _staff(g, 3)
    csrs = _logins(g, 5, 0)
    lat, lng = _near(g, (33.45, -111.95), 0.25, g.rows)

    def crew() -> str:
        return ", ".join(g.rnd.sample(techs, g.rnd.choice([1, 2, 2, 3])))

    def summary(i: int) -> str:
        a, b = pairs[i]
        return g.rnd.choice([
            "Water heater leaking at the base, 50 gal gas, replace same day",
            f"Tenant {v.whole(g)} home after 3pm, call cell {g.phone('US', 'dashes', True, places[i][3])}",
            "Annual AC tune-up (membership), capacitor weak 35/5",
            f"Customer's mother {v.given(g)} {b} will let tech in, gate code on file",
            "No cool, condenser fan motor seized, 4 ton Goodman",
            f"Slab leak suspected, referred to {g.rnd.choice(advisors)} for estimate",
            f"Caller {a} says neighbor at {v.us_street(g, 'phx')} had same issue",
            "Kitchen drain backed up, cabled 50 ft"])

    created = g.moments("2025-05-01", "2025-10-31")
    serials = [g.rnd.choice([g.code("1999E99999"), g.code("Q9999A99999"), g.code("99999AAA9A")]) for _ in range(g.rows)]
    return Table("servicetitan_rpt.job_detail_export", "en", "spaces", [
        c("Job #", N, "BIGINT", g.keys(48_112_004, 7), "decoy", KEY, VENDOR),
        c("Invoice #", N, "VARCHAR", [f"INV-{g.digits(8)}" for _ in range(g.rows)], "decoy", SHAPE, VENDOR),
        c("Customer ID", N, "BIGINT", g.ints(1_200_000, 1_299_999), "decoy", KEY, VENDOR),
        c("Location ID", N, "BIGINT", g.ints(2_400_000, 2_499_999), "decoy", KEY, VENDOR),
        c("Customer Name", "person_name", "VARCHAR", customers, VENDOR),
        c("Customer Type", N, "VARCHAR", ["Commercial" if x else "Residential" for x in commercial], "decoy"),
        c("Location Name", "person_name", "VARCHAR", [location(i) for i in range(g.rows)], MISLEADING, VENDOR),
        c("Location Address", "street_address", "VARCHAR", g.col(lambda: v.us_street(g, "phx")), PREMISES, VENDOR),
        c("Location City", "city", "VARCHAR", [p[0] for p in places], VENDOR),
        c("Location State", N, "VARCHAR", [p[1] for p in places], "decoy"),
        c("Location Zip", "postal_code", "VARCHAR", [v.us_zip(g, p[2], 0.2) for p in places], VENDOR),
        c("Customer Phone", "phone", "VARCHAR", [g.phone("US", g.rnd.choice(["national", "national", "dashes",
                                                                             "digits"]), True, p[3])
                                                 for p in places]),
        c("Customer Email", "email", "VARCHAR", _dirty(g, [v.email_of(g, a, b, v.DOMAINS["us"])
                                                           if g.rnd.random() < 0.85 else None for a, b in pairs],
                                                       0.05, ["noemail@none.com", "declined", "NO EMAIL"]),
          PLACEHOLDER),
        c("Business Unit", N, "VARCHAR", g.col(g.pick(["Plumbing - Service", "Plumbing - Install", "HVAC - Service",
                                                       "HVAC - Install", "Drains"])), "decoy"),
        c("Job Type", N, "VARCHAR", g.col(g.pick(["Water Heater Replacement", "No Cool", "Maintenance Visit",
                                                  "Drain Cleaning", "Leak Detection", "Estimate"])), "decoy"),
        c("Campaign", N, "VARCHAR", g.col(g.pick(["Google LSA", "Yard Sign", "Referral", "Existing Customer",
                                                  "Radio KTAR", "Truck Wrap"])), "decoy"),
        c("Primary Technician", "person_name", "VARCHAR", g.col(g.pick(techs), 0.04), STAFF, VENDOR),
        c("Assigned Technicians", "person_name", "VARCHAR", [crew() for _ in range(g.rows)], MULTI, STAFF),
        c("Sold By", "person_name", "VARCHAR", g.col(g.pick(advisors), 0.45), STAFF),
        c("Dispatched By", USERNAME, "VARCHAR", g.col(g.pick(csrs), 0.05), USER, AUDIT),
        c("Created Date", N, "TIMESTAMP", created, "decoy"),
        c("Completed Date", N, "TIMESTAMP", _later(g, created, 60, 20_000, 0.15), "decoy"),
        c("Equipment Serial", N, "VARCHAR", [s if g.rnd.random() < 0.6 else None for s in serials], "decoy", SHAPE),
        c("Equipment Name", N, "VARCHAR", g.col(g.pick(["Rheem 50 gal Gas WH", "Goodman GSXC18 4 Ton",
                                                        "Trane XR16", "Bradford White 40 gal", "Carrier Infinity 24"]),
                                                0.35), "decoy", MISLEADING),
        c("Member Status", N, "VARCHAR", g.col(g.pick(["Active Membership", "None", "Expired"])), "decoy"),
        c("Jobs Subtotal", N, "DECIMAL(10,2)", g.amounts(89, 14_500), "decoy"),
        c("Job Summary", "free_text", "VARCHAR", [summary(i) for i in range(g.rows)]),
        c("Lockbox Code", N, "VARCHAR", g.col(lambda: g.code("9999"), 0.55), "decoy", CREDENTIAL),
        c("Location Latitude", N, "DOUBLE", lat, "decoy", COORD),
        c("Location Longitude", N, "DOUBLE", lng, "decoy", COORD),
        c("Office Phone", N, "VARCHAR", g.col(g.pick(["(480) 555-0142", "(602) 555-0177"])), "business"),
    ])


def roofing_claims(g: Gen) -> Table:
    """A Dallas-Fort Worth roofing contractor's insurance-claim jobs from a JobNimbus-like CRM: the record id and job
    number, the sales rep (few) and their work e-mail, the homeowner's names, display name, the roof (the home), phones
    and e-mail, the carrier, claim and policy numbers, date of loss, the adjuster's name, phone and e-mail, the
    mortgage company, money, four numbered custom fields (an HOA, an alternate contact of any kind, a financing
    applicant's SSN, a lockbox code), supplement notes, coordinates and the creator's login."""
    places = [g.rnd.choice(v.DFW) for _ in range(g.rows)]
    pairs = [v.person(g) for _ in range(g.rows)]
    reps = [v.person(g) for _ in range(5)]
    rep = [g.rnd.choice(reps) for _ in range(g.rows)]
    carriers = [("State Farm", "statefarm.com"), ("Allstate", "allstate.com"), ("USAA", "usaa.com"),
                ("Farmers", "farmersinsurance.com"), ("Travelers", "travelers.com"), ("Texas Farm Bureau", "txfb.com")]
    carrier = [g.rnd.choice(carriers) for _ in range(g.rows)]
    adjusters = [v.person(g) if g.rnd.random() < 0.75 else None for _ in range(g.rows)]
    editors = _logins(g, 4, 1)
    lat, lng = _near(g, (33.0, -96.9), 0.3, g.rows)

    def display(a: str, b: str) -> str:
        return g.rnd.choice([f"{a} {b}", f"{b}, {a}", f"{a} & {v.given(g)} {b}", f"{b}, {a} & {v.given(g)}"])

    def alternate(i: int) -> str | None:
        r = g.rnd.random()
        if r < 0.4:
            return None
        if r < 0.6:
            return f"{v.given(g)} {pairs[i][1]} (wife)"
        if r < 0.8:
            return g.phone("US", "dashes", True, places[i][3])
        return v.email(g)

    def supplement() -> str:
        return g.rnd.choice(["Supplemented drip edge and starter, approved",
                             f"Adjuster wants re-inspection, homeowner {v.given(g)} prefers Saturdays",
                             "Ice & water shield in valleys per code", (f"Spoke to {v.whole(g)} at the mortgage co, "
                             "check needs endorsement"), "Hail 1.75in per HailTrace, 12 hits per square",
                             f"Tenant {v.whole(g)} ({g.phone('US', 'national', True, ['972'])}) has the dogs"])

    rcv = g.amounts(9_000, 48_000)
    ssns = [v.us_ssn(g, g.rnd.random() < 0.7) if g.rnd.random() < 0.22 else None for _ in range(g.rows)]
    return Table("roofing_crm.claim_jobs", "en", "snake", [
        c("jnid", N, "VARCHAR", g.col(lambda: g.code("x" * 24)), "decoy", KEY, VENDOR),
        c("job_number", N, "VARCHAR", [f"RF-25-{i:04d}" for i in g.keys(311)], "decoy", SHAPE),
        c("record_type", N, "VARCHAR", g.col(g.pick(["Insurance", "Insurance", "Retail"])), "decoy"),
        c("status_name", N, "VARCHAR", g.col(g.pick(["Lead", "Inspection Set", "Claim Filed", "Approved",
                                                     "Roof Scheduled", "Paid & Closed"])), "decoy"),
        c("sales_rep", "person_name", "VARCHAR", [f"{a} {b}" for a, b in rep], STAFF),
        c("sales_rep_email", "email", "VARCHAR", [v.work_email(a, b, "lonestarroofingdfw.com") for a, b in rep],
          ROLE_EMAIL),
        c("first_name", "first_name", "VARCHAR", [a for a, _ in pairs]),
        c("last_name", "last_name", "VARCHAR", [b for _, b in pairs]),
        c("display_name", "person_name", "VARCHAR", [display(a, b) for a, b in pairs], VENDOR),
        c("address_line1", "street_address", "VARCHAR", g.col(lambda: v.us_street(g, "dfw")), PREMISES),
        c("city", "city", "VARCHAR", [p[0] for p in places]),
        c("state_text", N, "VARCHAR", [p[1] for p in places], "decoy"),
        c("zip", "postal_code", "VARCHAR", [v.us_zip(g, p[2], 0.1) for p in places]),
        c("mobile_phone", "phone", "VARCHAR", [g.phone("US", g.rnd.choice(["national", "dashes", "e164"]), True, p[3])
                                               for p in places]),
        c("home_phone", "phone", "VARCHAR", [g.phone("US", "national", False, p[3]) if g.rnd.random() < 0.3 else None
                                             for p in places], HEAVY),
        c("email", "email", "VARCHAR", [v.email_of(g, a, b, v.DOMAINS["us"]) if g.rnd.random() < 0.9 else None
                                        for a, b in pairs]),
        c("insurance_company", N, "VARCHAR", [x[0] for x in carrier], "business"),
        c("claim_number", N, "VARCHAR", g.col(lambda: g.code(g.rnd.choice(["99-99A9-99A", "9999999999",
                                                                           "099-999999-999"])), 0.2), "decoy", SHAPE),
        c("policy_number", N, "VARCHAR", g.col(lambda: g.code("99-AA-9999-9"), 0.3), "decoy", SHAPE),
        c("date_of_loss", N, "DATE", g.days("2025-03-15", "2025-06-30", 0.1), "decoy"),
        c("adjuster_name", "person_name", "VARCHAR", [f"{a[0]} {a[1]}" if a else None for a in adjusters], ROLE),
        c("adjuster_phone", "phone", "VARCHAR", [g.phone("US", "dashes", True, ["309", "210", "214", "469"])
                                                 if a and g.rnd.random() < 0.85 else None for a in adjusters], ROLE),
        c("adjuster_email", "email", "VARCHAR", [v.work_email(a[0], a[1], x[1]) if a and g.rnd.random() < 0.8 else None
                                                 for a, x in zip(adjusters, carrier)], ROLE_EMAIL),
        c("mortgage_company", N, "VARCHAR", g.col(g.pick(["Mr. Cooper", "Rocket Mortgage", "Wells Fargo Home Mtg",
                                                          "PennyMac"]), 0.4), "business"),
        c("deductible", N, "DECIMAL(9,2)", g.amounts(1_000, 8_500), "decoy"),
        c("rcv_total", N, "DECIMAL(10,2)", rcv, "decoy"),
        c("acv_total", N, "DECIMAL(10,2)", [round(x * g.rnd.uniform(0.6, 0.95), 2) if g.rnd.random() < 0.8 else None
                                            for x in rcv], "decoy"),
        c("roof_squares", N, "DOUBLE", g.floats(14, 62, 1), "decoy"),
        c("shingle_color", N, "VARCHAR", g.col(g.pick(["Weathered Wood", "Charcoal", "Pewter Gray", "Driftwood"])),
          "decoy"),
        c("custom_field_1", N, "VARCHAR", g.col(g.pick(["Stonebridge Ranch HOA", "Craig Ranch HOA", "none",
                                                        "Heritage Lakes POA"]), 0.3), "decoy", OPAQUE, CUSTOM),
        c("custom_field_2", "free_text", "VARCHAR", [alternate(i) for i in range(g.rows)], OPAQUE, CUSTOM, MIXED),
        c("custom_field_3", "ssn", "VARCHAR", ssns, OPAQUE, CUSTOM, HEAVY),
        c("custom_field_4", N, "VARCHAR", g.col(lambda: g.code("9999"), 0.5), "decoy", OPAQUE, CUSTOM, CREDENTIAL),
        c("supplement_notes", "free_text", "VARCHAR", g.col(supplement, 0.3)),
        c("geo_lat", N, "DOUBLE", lat, "decoy", COORD),
        c("geo_lon", N, "DOUBLE", lng, "decoy", COORD),
        c("created_by", USERNAME, "VARCHAR", g.col(g.pick(editors)), USER, AUDIT),
    ])


def locksmith_calls(g: Gen) -> Table:
    """A Chicago locksmith's call log (SCREAMING case): the call id and time, ANI (the caller's number) and DNIS (the
    firm's tracking lines: ``none``), the caller's CNAM name, the service and the lockout address, the cross streets
    (``none``), the vehicle and its VIN and plate (``none``), the ID shown (type, last four digits: ``none``, the date
    of birth read off it as ``MM/DD/YYYY`` text), the card number taken by phone (in clear, mostly NULL) and its expiry,
    the quote, the technician and van, the dispatcher's login, notes, the recording's URL, a callback number."""
    places = [g.rnd.choice(v.CHI) for _ in range(g.rows)]
    techs = _staff(g, 5)
    dispatchers = _logins(g, 3, 5)
    car = [g.rnd.random() < 0.45 for _ in range(g.rows)]
    lat, lng = _near(g, (41.88, -87.7), 0.12, g.rows)
    cards = [v.card(g) if g.rnd.random() < 0.37 else None for _ in range(g.rows)]
    models = ["HONDA CIVIC", "TOYOTA CAMRY", "FORD F150", "NISSAN ALTIMA", "JEEP CHEROKEE", "CHEVY MALIBU"]

    def dob() -> str | None:
        if g.rnd.random() < 0.3:
            return None
        return g.birth(1950, 2006).strftime(g.rnd.choice(["%m/%d/%Y", "%m/%d/%Y", "%m-%d-%Y"]))

    def note(i: int) -> str:
        return g.rnd.choice([
            "Locked out, keys in ignition, running", f"Landlord {v.whole(g)} authorized rekey, tenant moved out",
            f"Says she is {v.given(g)}'s sister, name on lease doesn't match, need landlord OK",
            "Broken key in deadbolt, extract + recut", (f"Call back on {g.phone('US', 'dashes', True, places[i][3])}, "
            "battery dying"), "Safe opening, combo lost after divorce", "Mailbox lock, Chase Tower mgmt pays"])

    return Table("LOCKSMITH.CALL_LOG", "en", "screaming", [
        c("CALL_ID", N, "BIGINT", g.keys(9_004_112), "decoy", KEY),
        c("CALL_TS", N, "TIMESTAMP", g.moments("2025-09-01", "2025-11-30"), "decoy"),
        c("ANI", "phone", "VARCHAR", [g.phone("US", g.rnd.choice(["digits", "digits", "e164"]), True, p[3])
                                      for p in places], ABBREV),
        c("DNIS", N, "VARCHAR", g.col(g.pick(["3125550136", "7735550190", "8475550112"])), "business", ABBREV),
        c("CALLER_NM", "person_name", "VARCHAR", g.col(lambda: f"{v.family(g).upper()} {v.given(g).upper()}"[:15],
                                                       0.15), ABBREV, ROLE),
        c("SVC_TYPE", N, "VARCHAR", ["CAR LOCKOUT" if x else g.rnd.choice(["HOUSE LOCKOUT", "REKEY", "LOCK CHANGE",
                                                                           "SAFE", "MAILBOX"]) for x in car], "decoy"),
        c("SVC_ADDR", "street_address", "VARCHAR", _pad(g, g.col(lambda: v.us_street(g, "chi").upper()), 0.1),
          PREMISES, ABBREV),
        c("SVC_CITY", "city", "VARCHAR", [p[0].upper() for p in places], ABBREV),
        c("SVC_ZIP", "postal_code", "VARCHAR", [v.us_zip(g, p[2]) for p in places], ABBREV),
        c("CROSS_ST", N, "VARCHAR", g.col(lambda: f"{g.rnd.choice(v.US_STREETS['chi']).upper()} & "
                                                  f"{g.rnd.choice(['ASHLAND', 'WESTERN', 'CICERO', 'HARLEM'])}", 0.3),
          "decoy", ABBREV),
        c("VEH_YMM", N, "VARCHAR", [f"{g.rnd.randint(2006, 2024)} {g.rnd.choice(models)}" if x else None
                                    for x in car], "decoy", ABBREV),
        c("VIN", N, "VARCHAR", [v.vin(g) if x and g.rnd.random() < 0.9 else None for x in car], "decoy", SHAPE, CHECK),
        c("PLATE", N, "VARCHAR", [g.code(g.rnd.choice(["AA 99999", "AA99999", "999 9999"])) if x else None
                                  for x in car], "decoy", SHAPE),
        c("ID_TYPE", N, "VARCHAR", g.col(g.pick(["IL DL", "IL DL", "IL ID", "PASSPORT", "LEASE+ID"]), 0.2), "decoy"),
        c("ID_LAST4", N, "VARCHAR", g.col(lambda: g.digits(4), 0.25), "decoy", PARTIAL, SHAPE),
        c("DOB_ON_ID", "date_of_birth", "VARCHAR", [dob() for _ in range(g.rows)], DOB_TEXT, ABBREV),
        c("CARD_NO", "credit_card", "VARCHAR", cards, HEAVY, ABBREV),
        c("CARD_EXP", N, "VARCHAR", [f"{g.rnd.randint(1, 12):02d}/{g.rnd.randint(26, 30)}" if x else None
                                     for x in cards], "decoy"),
        c("QUOTE_AMT", N, "DECIMAL(8,2)", g.amounts(65, 450), "decoy"),
        c("FINAL_AMT", N, "DECIMAL(8,2)", g.amounts(65, 690, 0.15), "decoy"),
        c("TECH_ASSIGNED", "person_name", "VARCHAR", g.col(lambda: g.rnd.choice(techs).upper(), 0.08), STAFF),
        c("TECH_UNIT", N, "VARCHAR", g.col(lambda: f"UNIT {g.rnd.randint(1, 9):02d}", 0.08), "decoy", FLEET),
        c("DISPATCHER", USERNAME, "VARCHAR", g.col(g.pick(dispatchers)), USER, AUDIT),
        c("ETA_MIN", N, "INTEGER", g.ints(10, 90), "decoy"),
        c("CALL_NOTES", "free_text", "VARCHAR", [note(i) if g.rnd.random() < 0.75 else None for i in range(g.rows)]),
        c("RECORDING_URL", N, "VARCHAR", g.col(lambda: f"https://calls.keyline.example/rec/{g.uuid()}.mp3", 0.2),
          "decoy", SHAPE),
        c("LEAD_SRC", N, "VARCHAR", g.col(g.pick(["GOOGLE ADS", "YELP", "REPEAT", "GMB", "ANGI"])), "decoy"),
        c("CALLBACK_NO", "phone", "VARCHAR", [g.phone("US", "national", True, p[3]) if g.rnd.random() < 0.25 else None
                                              for p in places], HEAVY, ABBREV),
        c("SVC_LAT", N, "DOUBLE", lat, "decoy", COORD),
        c("SVC_LON", N, "DOUBLE", lng, "decoy", COORD),
    ])


def lawn_subscriptions(g: Gen) -> Table:
    """A Raleigh lawn-care subscription as a dbt staging model: surrogate and source keys, the plan and price, the
    customer's names, e-mail and phone, the service address (the home), lot size, a gate code (``none``), the crew
    lead (few) and the crew's depot address (``none``), Stripe's customer id and card last four and brand, the sign-up
    IP and user agent, who referred them (an e-mail), cancel reasons and comments, plan options as JSON, Fivetran and
    dbt columns."""
    places = [g.rnd.choice(v.RDU) for _ in range(g.rows)]
    pairs = [v.person(g) for _ in range(g.rows)]
    crew = _staff(g, 4)
    depots = ["4120 Capital Blvd, Raleigh NC 27604", "880 Ten Ten Rd, Apex NC 27539"]
    cancelled = [g.rnd.random() < 0.38 for _ in range(g.rows)]
    agents = [("Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) "
              "Mobile/15E148"), ("Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) "
              "Chrome/130.0.0.0 Safari/537.36"), ("Mozilla/5.0 (Linux; Android 14; SM-S918U) AppleWebKit/537.36 "
              "(KHTML, like Gecko) Chrome/130.0.0.0 Mobile Safari/537.36")]

    def comment() -> str:
        return g.rnd.choice(["Moving to Wilmington", f"My son {v.given(g)} will mow now",
                             f"Crew left the gate open, dog got out, ask {g.rnd.choice(crew)}", "Too expensive",
                             f"Selling the house, new owner {v.whole(g)} may call"])

    return Table("analytics.stg_greenleaf__subscriptions", "en", "dbt", [
        c("subscription_sk", N, "VARCHAR", g.col(g.md5), "decoy", KEY),
        c("subscription_id", N, "VARCHAR", g.col(lambda: "sub_" + g.code("ZZZZZZZZZZZZZZ")), "decoy", KEY, TOKEN),
        c("customer_id", N, "BIGINT", g.ints(10_000, 19_999), "decoy", KEY),
        c("plan_name", N, "VARCHAR", g.col(g.pick(["Weekly Mow + Edge", "Biweekly Mow", "Full Care Premium",
                                                   "Fert & Weed 7-Step"])), "decoy"),
        c("plan_price_usd", N, "DECIMAL(8,2)", g.amounts(45, 260), "decoy"),
        c("billing_interval", N, "VARCHAR", g.col(g.pick(["month", "month", "year"])), "decoy"),
        c("customer_first_name", "first_name", "VARCHAR", [a for a, _ in pairs]),
        c("customer_last_name", "last_name", "VARCHAR", [b for _, b in pairs]),
        c("customer_email", "email", "VARCHAR", [v.email_of(g, a, b, v.DOMAINS["us"]) for a, b in pairs]),
        c("customer_phone", "phone", "VARCHAR", [g.phone("US", "e164", True, p[3]) if g.rnd.random() < 0.9 else None
                                                 for p in places]),
        c("service_address", "street_address", "VARCHAR", g.col(lambda: v.us_street(g, "rdu")), PREMISES),
        c("service_city", "city", "VARCHAR", [p[0] for p in places]),
        c("service_state", N, "VARCHAR", [p[1] for p in places], "decoy"),
        c("service_zip", "postal_code", "VARCHAR", [v.us_zip(g, p[2]) for p in places]),
        c("lot_size_sqft", N, "INTEGER", g.ints(4_000, 43_000), "decoy"),
        c("gate_code", N, "VARCHAR", g.col(lambda: g.rnd.choice([g.code("9999"), g.code("#9999"), "side gate open"]),
                                           0.5), "decoy", CREDENTIAL),
        c("crew_lead", "person_name", "VARCHAR", g.col(g.pick(crew)), STAFF),
        c("crew_depot_address", N, "VARCHAR", g.col(g.pick(depots)), "business", MISLEADING),
        c("stripe_customer_id", N, "VARCHAR", g.col(lambda: v.token(g, "cus_", 14)), "decoy", TOKEN),
        c("card_last4", N, "VARCHAR", g.col(lambda: g.digits(4), 0.05), "decoy", PARTIAL, SHAPE),
        c("card_brand", N, "VARCHAR", g.col(g.pick(["visa", "mastercard", "amex", "discover"])), "decoy"),
        c("signup_ip", "ip_address", "VARCHAR", g.col(lambda: g.ip(0.3), 0.1)),
        c("signup_user_agent", N, "VARCHAR", g.col(g.pick(agents), 0.1), "decoy", AGENT, SHAPE),
        c("referred_by_email", "email", "VARCHAR", g.col(lambda: v.email(g), 0.75), ROLE_EMAIL, HEAVY),
        c("cancel_reason", N, "VARCHAR", [g.rnd.choice(["moving", "price", "service_quality", "diy", "other"])
                                          if x else None for x in cancelled], "decoy"),
        c("cancel_comment", "free_text", "VARCHAR", [comment() if x and g.rnd.random() < 0.5 else g.rnd.choice(
            ["", "", "n/a", "-"]) for x in cancelled], NULLWORD),
        c("plan_options", N, "VARCHAR", g.col(lambda: json.dumps({"edging": g.rnd.random() < 0.7,
                                                                  "leaf_removal": g.rnd.random() < 0.3,
                                                                  "visits_per_month": g.rnd.choice([2, 4])})),
          "decoy", JSON_PLAIN),
        c("_fivetran_synced", N, "TIMESTAMP", g.moments("2025-11-01", "2025-11-30"), "decoy"),
        c("_loaded_by", N, "VARCHAR", ["fivetran"] * g.rows, "decoy", SERVICE, AUDIT),
        c("dbt_updated_at", N, "TIMESTAMP", g.moments("2025-11-01", "2025-11-30"), "decoy"),
    ])


# -- Australia, Canada, New Zealand, the United Kingdom, Ireland -------------------------------------------------------


def pest_route_sheet(g: Gen) -> Table:
    """A Brisbane pest-control firm's daily route sheet (abbreviated snake case): run date, route and stop, the
    technician (few), their licence number and van, the account, the customer's name as ``SURNAME, Given``, service
    address, suburb, postcode, mobile and home phone, e-mail, service and chemicals, the product's APVMA number and
    GTIN, the dog and its name, a gate code, a smart rodent monitor's MAC (``monitor_address``), coordinates, times,
    who signed, the technician's notes, the invoice and the branch's phone and ABN."""
    places = [g.rnd.choice(v.BNE) for _ in range(g.rows)]
    pairs = [v.person(g, "au") for _ in range(g.rows)]
    techs = [(v.whole(g, "au"), f"PMT{g.digits(5)}", g.code("999AA9")) for _ in range(4)]
    tech = [g.rnd.choice(techs) for _ in range(g.rows)]
    dogs = ["Bella", "Max", "Charlie", "Molly", "Buddy", "Rosie", "Archie", "Coco", "Ruby", "Frankie", "Dave", "Kevin",
            "Steve", "Bailey", "Rex", "Luna", "Ollie", "Sheila"]
    lat, lng = _near(g, (-27.47, 153.02), 0.2, g.rows)
    starts = g.moments("2025-10-01", "2025-11-28")
    branch_lines = [f"({AU_FICTIONAL[:2]}) {AU_FICTIONAL[3:]} {g.digits(4)}" for _ in range(2)]
    abn = v.au_abn(g)
    products = [("Termidor HE", "93"), ("Advion Cockroach Gel", "93"), ("Demand 2.5 CS", "93"),
                ("Ditrac Blox", "93"), ("Biflex Aqua", "93")]

    def note(i: int) -> str:
        a = pairs[i][0]
        return g.rnd.choice([
            "Activity in meter box, gel applied", f"Tenant {v.whole(g, 'au')} let me in, owner overseas",
            "Termite bait stn 4 hit, recheck 4 wks", (f"Spoke w/ {a}'s partner {v.given(g, 'au')}, "
            f"quote for roof void {g.phone('AU', 'spaced', True)}"), "Rats in ceiling, 3 stations set",
            "No access - dog loose, call ahead next time", f"Neighbour at {v.au_street(g)} also wants a quote"])

    return Table("pestroute.daily_route_sheet", "en", "snake", [
        c("run_dt", N, "DATE", [s.date() for s in starts], "decoy"),
        c("route_cd", N, "VARCHAR", g.col(lambda: f"BNE-{g.rnd.choice('NSEW')}-{g.rnd.randint(1, 6):02d}"), "decoy",
          ABBREV),
        c("stop_seq", N, "INTEGER", g.ints(1, 18), "decoy"),
        c("acct_no", N, "VARCHAR", g.col(lambda: f"MB{g.digits(6)}"), "decoy", KEY, ABBREV),
        c("tech_nm", "person_name", "VARCHAR", [t[0] for t in tech], STAFF, ABBREV),
        c("tech_lic_no", N, "VARCHAR", [t[1] for t in tech], "decoy", SHAPE, ABBREV),
        c("van_rego", N, "VARCHAR", [t[2] for t in tech], "decoy", FLEET),
        c("cust_nm", "person_name", "VARCHAR", [f"{b.upper()}, {a}" if g.rnd.random() < 0.7 else f"{a} {b}"
                                                for a, b in pairs], ABBREV),
        c("svc_addr", "street_address", "VARCHAR", _pad(g, g.col(lambda: v.au_street(g)), 0.08), PREMISES, ABBREV),
        c("suburb", "city", "VARCHAR", [p[0].upper() if g.rnd.random() < 0.3 else p[0] for p in places]),
        c("pcode", "postal_code", "VARCHAR", [p[1] for p in places], ABBREV),
        c("st", N, "VARCHAR", ["QLD"] * g.rows, "decoy", ABBREV),
        c("mob", "phone", "VARCHAR", g.phones("AU", {"spaced": 0.5, "digits": 0.3, "intl": 0.2}, 1.0, 0.05), ABBREV),
        c("ph_h", "phone", "VARCHAR", g.phones("AU", {"national": 1.0}, 0.0, 0.7), HEAVY, ABBREV),
        c("email", "email", "VARCHAR", _dirty(g, [v.email_of(g, a, b, v.DOMAINS["au"]) if g.rnd.random() < 0.8
                                                  else None for a, b in pairs], 0.05, ["none@none.com", "x",
                                                                                        "NO EMAIL"]), PLACEHOLDER),
        c("svc_type", N, "VARCHAR", g.col(g.pick(["General Pest", "Termite Insp AS3660", "Rodent", "Cockroach",
                                                  "Spider"])), "decoy", ABBREV),
        c("chem_used", N, "VARCHAR", g.col(lambda: g.rnd.choice(products)[0], 0.1), "decoy"),
        c("apvma_no", N, "VARCHAR", g.col(lambda: str(g.rnd.randint(50_000, 89_999)), 0.1), "decoy", SHAPE, ABBREV),
        c("prod_gtin", N, "VARCHAR", g.col(lambda: v.gtin13(g, "93"), 0.2), "decoy", SHAPE, CHECK),
        c("dog_on_prem", N, "VARCHAR", g.col(g.pick(["Y", "N", "N"])), "decoy"),
        c("dog_nm", N, "VARCHAR", g.col(g.pick(dogs), 0.55), "decoy", PET, ABBREV),
        c("gate_cd", N, "VARCHAR", g.col(lambda: g.rnd.choice([g.code("9999"), f"C{g.digits(4)}", "key in meter box"]),
                                         0.6), "decoy", CREDENTIAL, ABBREV),
        c("monitor_address", N, "VARCHAR", g.col(lambda: v.mac_address(g), 0.5), "decoy", MISLEADING, SHAPE, CHECK),
        c("lat", N, "DOUBLE", lat, "decoy", COORD),
        c("lng", N, "DOUBLE", lng, "decoy", COORD),
        c("time_in", N, "TIMESTAMP", starts, "decoy"),
        c("time_out", N, "TIMESTAMP", _later(g, starts, 15, 120, 0.05), "decoy"),
        c("signed_by", "person_name", "VARCHAR", [g.rnd.choice([f"{a} {b}", a, v.whole(g, "au")])
                                                  if g.rnd.random() < 0.8 else None for a, b in pairs], ROLE),
        c("tech_notes", "free_text", "VARCHAR", [note(i) if g.rnd.random() < 0.7 else None for i in range(g.rows)]),
        c("inv_amt", N, "DECIMAL(8,2)", g.amounts(99, 890), "decoy", ABBREV),
        c("branch_ph", N, "VARCHAR", g.col(g.pick(branch_lines)), "business", ABBREV),
        c("company_abn", N, "VARCHAR", [abn] * g.rows, "business", SHAPE, CHECK),
    ])


def solar_leads(g: Gen) -> Table:
    """An eastern-Ontario solar installer's leads and site surveys (a camel-case API export): ids, source, the
    homeowner's names, e-mail and phones, the site (the home), city, province, postal code and language, the birth date
    and SIN collected for the financing credit check (mostly NULL), a pre-qualification answer as JSON (``free_text``),
    the utility, its account and meter numbers, roof and system figures, the inverter's serial, coordinates, the
    surveyor and sales rep (few), who referred them, the form's IP and user agent, survey notes, a co-applicant and
    the last editor's login."""
    places = [g.rnd.choice(v.ONT) for _ in range(g.rows)]
    pairs = [v.person(g, "ca") for _ in range(g.rows)]
    surveyors = _staff(g, 3, lambda x: v.whole(x, "ca"))
    reps = _staff(g, 4, lambda x: v.whole(x, "ca"))
    editors = _logins(g, 4, 1, "ca")
    financing = [g.rnd.random() < 0.3 for _ in range(g.rows)]
    births = [g.birth(1948, 1999) if f or g.rnd.random() < 0.25 else None for f in financing]
    lat, lng = _near(g, (45.1, -76.4), 0.9, g.rows)
    agents = [("Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/130.0.0.0 "
              "Safari/537.36"), ("Mozilla/5.0 (iPad; CPU OS 17_6 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like "
              "Gecko) Version/17.6 Mobile/15E148 Safari/604.1")]

    def prequal(i: int) -> str | None:
        if not financing[i] or g.rnd.random() < 0.1:
            return None
        a, b = pairs[i]
        return json.dumps({"applicant": f"{a} {b}", "dob": births[i].isoformat() if births[i] else None,
                           "income_band": g.rnd.choice(["60-90k", "90-120k", "120k+"]),
                           "employer": g.rnd.choice(["City of Ottawa", "self-employed", "Nokia", "retired"]),
                           "decision": g.rnd.choice(["approved", "approved", "refer"])})

    def note(i: int) -> str:
        return g.rnd.choice([
            "South face 30 deg, two vents to move", (f"Spoke with {v.given(g, 'ca')} {pairs[i][1]} (spouse), "
            "wants battery quote"), "Panel 100A, upgrade to 200A required", "Heavy shading from maple on west side",
            f"Neighbour {v.whole(g, 'ca')} also interested, {g.phone('CA', 'dashes', True, places[i][2])}",
            "Roof replaced 2019, good for 25 yrs"])

    return Table("sunpath_api.leadSiteSurveys", "en", "camel", [
        c("leadId", N, "VARCHAR", g.col(g.uuid), "decoy", KEY),
        c("crmContactId", N, "BIGINT", g.ints(70_000_000, 79_999_999), "decoy", KEY),
        c("createdAt", N, "TIMESTAMP", g.moments("2025-03-01", "2025-11-15"), "decoy"),
        c("leadSource", N, "VARCHAR", g.col(g.pick(["web_form", "home_show", "referral", "facebook_ads",
                                                    "door_knock"])), "decoy"),
        c("firstName", "first_name", "VARCHAR", [a for a, _ in pairs]),
        c("lastName", "last_name", "VARCHAR", [b for _, b in pairs]),
        c("email", "email", "VARCHAR", [v.email_of(g, a, b, v.DOMAINS["ca"]) for a, b in pairs]),
        c("mobilePhone", "phone", "VARCHAR", [g.phone("CA", g.rnd.choice(["national", "e164", "dashes"]), True, p[2])
                                              for p in places]),
        c("altPhone", "phone", "VARCHAR", [g.phone("CA", "one", False, p[2]) if g.rnd.random() < 0.3 else None
                                           for p in places], HEAVY),
        c("siteAddress", "street_address", "VARCHAR", g.col(lambda: v.ca_street(g)), PREMISES),
        c("siteCity", "city", "VARCHAR", [p[0] for p in places]),
        c("province", N, "VARCHAR", ["ON"] * g.rows, "decoy"),
        c("postalCode", "postal_code", "VARCHAR", [v.ca_postal(g, p[1]) for p in places]),
        c("preferredLanguage", N, "VARCHAR", g.col(g.pick(["en", "en", "en", "fr"])), "decoy"),
        c("dateOfBirth", "date_of_birth", "DATE", births),
        c("sinForCredit", "national_id", "VARCHAR", [v.ca_sin(g) if f and g.rnd.random() < 0.85 else None
                                                     for f in financing], HEAVY),
        c("financingPrequal", "free_text", "VARCHAR", [prequal(i) for i in range(g.rows)], JSON, HEAVY),
        c("utilityName", N, "VARCHAR", g.col(g.pick(["Hydro Ottawa", "Hydro One", "Kingston Utilities",
                                                     "Elexicon"])), "business"),
        c("utilityAccountNo", N, "VARCHAR", g.col(lambda: g.code("9999999999-99"), 0.35), "decoy", SHAPE),
        c("meterNo", N, "VARCHAR", g.col(lambda: g.code("A9999999"), 0.4), "decoy", SHAPE),
        c("roofAzimuthDeg", N, "INTEGER", g.ints(95, 265), "decoy"),
        c("roofPitch", N, "VARCHAR", g.col(g.pick(["4/12", "6/12", "8/12", "10/12"])), "decoy"),
        c("shadingPct", N, "INTEGER", g.ints(0, 45), "decoy"),
        c("annualKwh", N, "INTEGER", g.ints(6_000, 19_000), "decoy"),
        c("systemSizeKw", N, "DOUBLE", g.floats(4.0, 14.5, 2), "decoy"),
        c("inverterSerial", N, "VARCHAR", g.col(lambda: g.code("AA9999999999"), 0.5), "decoy", SHAPE),
        c("siteLat", N, "DOUBLE", lat, "decoy", COORD),
        c("siteLng", N, "DOUBLE", lng, "decoy", COORD),
        c("surveyorName", "person_name", "VARCHAR", g.col(g.pick(surveyors), 0.3), STAFF),
        c("salesRep", "person_name", "VARCHAR", g.col(g.pick(reps)), STAFF),
        c("referredByName", "person_name", "VARCHAR", g.col(lambda: v.whole(g, "ca"), 0.8), ROLE, HEAVY),
        c("submitIp", "ip_address", "VARCHAR", g.col(lambda: g.ip(0.25), 0.15)),
        c("userAgent", N, "VARCHAR", g.col(g.pick(agents), 0.15), "decoy", AGENT, SHAPE),
        c("surveyNotes", "free_text", "VARCHAR", [note(i) if g.rnd.random() < 0.65 else None for i in range(g.rows)]),
        c("coApplicantName", "person_name", "VARCHAR", [f"{v.given(g, 'ca')} {b}" if f and g.rnd.random() < 0.5
                                                        else None for f, (_, b) in zip(financing, pairs)], ROLE, HEAVY),
        c("lastModifiedBy", USERNAME, "VARCHAR", g.col(g.pick(editors), 0.1), USER, AUDIT),
    ])


def kiwi_coop_deliveries(g: Gen) -> Table:
    """A Bay of Plenty kiwifruit co-operative's grower deliveries (an AS/400-style file, six-letter SCREAMING names):
    docket, date and season, the supplier number and KPIN (orchard id), the grower's name, the orchard's name (a block,
    ``none``) and address (often the grower's home), locality, postcode, phones, e-mail and IRD number, the variety,
    trays, kilograms and dry matter, bin tag, the truck and its driver (few), the packhouse and its address
    (``none``), a comment and the AS/400 user profile that changed the row."""
    growers = []
    for _ in range(55):
        a, b = v.person(g, "nz")
        place = g.rnd.choice(v.BOP)
        growers.append({
            "sup": g.rnd.randint(10_000, 39_999), "kpin": str(g.rnd.randint(1_000, 9_999)),
            "name": g.rnd.choice([f"{b.upper()}, {a.upper()}", f"{b.upper()} {a[0]}", f"{a.upper()} {b.upper()}"]),
            "orch": g.rnd.choice(["TOP BLOCK", "RIVER BLK", "HOME ORCHARD", "GOLD 2", "RANGIURU 4", "NO 2 RD EAST"]),
            "addr": v.nz_rural(g).upper(), "loc": place[0].upper(), "pc": place[1],
            "ph": g.phone("NZ", "national", False) if g.rnd.random() < 0.6 else None,
            "mob": g.phone("NZ", g.rnd.choice(["national", "digits", "intl"]), True),
            "eml": v.email_of(g, a, b, v.DOMAINS["nz"]) if g.rnd.random() < 0.8 else None,
            "ird": v.nz_ird(g) if g.rnd.random() < 0.9 else None})
    row = [g.rnd.choice(growers) for _ in range(g.rows)]
    drivers = [(v.whole(g, "nz").upper(), g.code("AAA999")) for _ in range(4)]
    driver = [g.rnd.choice(drivers) for _ in range(g.rows)]
    users = _logins(g, 4, 5, "nz")
    packhouses = [("RANGIURU FRUITPACK", "412 TE MATAI RD, TE PUKE 3189"), ("KATIKATI PACKCO", "8 DEPOT RD, KATIKATI")]
    pack = [g.rnd.choice(packhouses) for _ in range(g.rows)]

    def comment() -> str:
        return g.rnd.choice(["BINS WET ON ARRIVAL", f"GROWER WIFE {v.given(g, 'nz').upper()} SIGNED DOCKET",
                             f"CALL {v.given(g, 'nz').upper()} ON {g.phone('NZ', 'national', True)} RE SOFT FRUIT",
                             "REJECTED 3 BINS - ROT", "LATE PICK, GATE LOCKED"])

    return Table("KIWICOOP.GRWDLV", "en", "screaming", [
        c("DLVNO", N, "BIGINT", g.keys(5_500_001), "decoy", KEY, ABBREV),
        c("DLVDT", N, "INTEGER", [int(g.day("2025-03-20", "2025-06-10").strftime("%Y%m%d")) for _ in range(g.rows)],
          "decoy", ABBREV),
        c("SEASON", N, "VARCHAR", ["2025"] * g.rows, "decoy"),
        c("SUPNO", N, "INTEGER", [r["sup"] for r in row], "decoy", KEY, ABBREV),
        c("KPIN", N, "VARCHAR", [r["kpin"] for r in row], "decoy", SHAPE, ABBREV),
        c("GRWNAM", "person_name", "VARCHAR", [r["name"] for r in row], ABBREV),
        c("ORCHNM", N, "VARCHAR", [r["orch"] for r in row], "decoy", MISLEADING, ABBREV),
        c("ORCADR", "street_address", "VARCHAR", _pad(g, [r["addr"] for r in row], 0.2), PREMISES, ABBREV),
        c("ORCLOC", "city", "VARCHAR", [r["loc"] for r in row], ABBREV),
        c("PSTCD", "postal_code", "VARCHAR", [r["pc"] for r in row], ABBREV),
        c("PHNO", "phone", "VARCHAR", [r["ph"] for r in row], ABBREV),
        c("MOBNO", "phone", "VARCHAR", [r["mob"] for r in row], ABBREV),
        c("EMLADR", "email", "VARCHAR", [r["eml"] for r in row], ABBREV),
        c("IRDNO", "national_id", "VARCHAR", [r["ird"] for r in row], ABBREV),
        c("VARNAM", N, "VARCHAR", g.col(g.pick(["HAYWARD", "SUNGOLD G3", "RUBYRED", "HORT16A", "GREEN14"])), "decoy",
          MISLEADING, ABBREV),
        c("TRAYS", N, "INTEGER", g.ints(180, 4_200), "decoy"),
        c("NETKG", N, "DOUBLE", g.floats(600, 14_000, 1), "decoy", ABBREV),
        c("DMPCT", N, "DOUBLE", g.floats(15.2, 19.8, 2), "decoy", ABBREV),
        c("BINTAG", N, "VARCHAR", g.col(lambda: g.code("B9999999")), "decoy", SHAPE, ABBREV),
        c("TRKREG", N, "VARCHAR", [d[1] for d in driver], "decoy", FLEET, ABBREV),
        c("DRVNAM", "person_name", "VARCHAR", [d[0] for d in driver], STAFF, ABBREV),
        c("PCKHSE", N, "VARCHAR", [p[0] for p in pack], "business", ABBREV),
        c("PCKADR", N, "VARCHAR", [p[1] for p in pack], "business", MISLEADING, ABBREV),
        c("CMNT", "free_text", "VARCHAR", g.col(comment, 0.6), HEAVY, ABBREV),
        c("UPDUSR", USERNAME, "VARCHAR", g.col(g.pick(users)), USER, AUDIT, ABBREV),
        c("UPDTS", N, "TIMESTAMP", g.moments("2025-03-20", "2025-06-30"), "decoy", ABBREV),
    ])


def vet_client_patient(g: Gen) -> Table:
    """A Harrogate mixed veterinary practice's clients and patients (a .NET system, Pascal case): ids, the client's
    title, forename, surname, address, town, county (``none``), postcode, phones and e-mail, the patient's name (pets
    named like people: ``none``), species, breed, sex, the pet's date of birth (``none``), microchip, insurer and
    policy number, the registered vet and who saw it last (first names), three opaque user-defined fields (a second
    owner's mobile, contact-preference codes, who may collect the pet), clinical notes naming people, flags, the
    balance and the branch."""
    places = [g.rnd.choice(v.HGT) for _ in range(g.rows)]
    owners = [(g.rnd.random() < 0.55) for _ in range(g.rows)]
    pairs = [v.person(g, "gb", f) for f in owners]
    vets = [f"{v.whole(g, 'gb')} MRCVS" for _ in range(5)]
    seen_by = _staff(g, 6, lambda x: v.given(x, "gb"))
    pets = ["Alfie", "Bella", "Dave", "Margaret", "Nigel", "Poppy", "Barney", "Tilly", "Gary", "Barbara", "Hector",
            "Mabel", "Dexter", "Maisie", "Colin", "Reggie", "Daisy", "Brian", "Winnie", "Percy", "Pip", "Bramble"]
    species = [g.rnd.choice(["Canine", "Canine", "Feline", "Feline", "Equine", "Rabbit", "Ovine"]) for _ in range(g.rows)]
    breeds = {"Canine": ["Labrador Retriever", "Cocker Spaniel", "Border Collie", "Cockapoo", "Border Terrier"],
              "Feline": ["DSH", "DLH", "British Shorthair", "Ragdoll"], "Equine": ["Welsh Section D", "Cob", "TB x"],
              "Rabbit": ["Lop", "Netherland Dwarf"], "Ovine": ["Swaledale", "Texel x"]}

    def udf7() -> str | None:
        if g.rnd.random() < 0.58:
            return None
        return g.rnd.choice([v.whole(g, "gb"), f"{v.given(g, 'gb')} (daughter)", f"Mrs {v.family(g, 'gb')}"])

    def note(i: int) -> str:
        b = pairs[i][1]
        return g.rnd.choice([
            "Booster given, weight stable, next vacc 12m", f"O reports limping 3d, {v.given(g, 'gb')} (son) brought in",
            "Dental grade 2, book scale & polish", f"Collected by neighbour {v.whole(g, 'gb')}, O at work",
            f"Mrs {b} asked for call back on {g.phone('GB', 'national', True)}", "Pruritus, start Apoquel 5.4mg",
            "PTS discussed, O to think over weekend"])

    return Table("VetPractice.ClientPatient", "en", "pascal", [
        c("ClientPatientId", N, "INTEGER", g.keys(1), "decoy", KEY),
        c("ClientId", N, "INTEGER", g.ints(3_000, 9_999), "decoy", KEY),
        c("PatientId", N, "INTEGER", g.keys(40_001), "decoy", KEY),
        c("ClientTitle", N, "VARCHAR", [g.rnd.choice(["Mrs", "Ms", "Miss", "Dr"]) if f else g.rnd.choice(["Mr", "Mr",
                                                                                                         "Dr"])
                                        for f in owners], "decoy"),
        c("ClientForename", "first_name", "VARCHAR", [a for a, _ in pairs]),
        c("ClientSurname", "last_name", "VARCHAR", [b for _, b in pairs]),
        c("ClientAddress1", "street_address", "VARCHAR", g.col(lambda: v.gb_street(g))),
        c("ClientTown", "city", "VARCHAR", [p[0] for p in places]),
        c("ClientCounty", N, "VARCHAR", ["North Yorkshire" if p[1][0].startswith(("HG", "YO")) else "West Yorkshire"
                                         for p in places], "decoy"),
        c("ClientPostcode", "postal_code", "VARCHAR", [v.gb_postcode(g, g.rnd.choice(p[1])) for p in places]),
        c("ClientHomeTel", "phone", "VARCHAR", g.phones("GB", {"national": 0.8, "digits": 0.2}, 0.0, 0.45)),
        c("ClientMobile", "phone", "VARCHAR", g.phones("GB", {"national": 0.6, "digits": 0.2, "intl": 0.2}, 1.0, 0.1)),
        c("ClientEmail", "email", "VARCHAR", [v.email_of(g, a, b, v.DOMAINS["gb"]) if g.rnd.random() < 0.8 else None
                                              for a, b in pairs]),
        c("PatientName", N, "VARCHAR", g.col(g.pick(pets)), "decoy", PET, MISLEADING),
        c("Species", N, "VARCHAR", species, "decoy"),
        c("Breed", N, "VARCHAR", [g.rnd.choice(breeds[s]) for s in species], "decoy"),
        c("Sex", N, "VARCHAR", g.col(g.pick(["MN", "FN", "M", "F"])), "decoy"),
        c("DateOfBirth", N, "DATE", g.days("2009-01-01", "2025-08-31", 0.05), "decoy", ANIMAL, MISLEADING),
        c("MicrochipNo", N, "VARCHAR", [v.microchip(g, "826") if s in ("Canine", "Feline", "Equine")
                                        and g.rnd.random() < 0.9 else None for s in species], "decoy", SHAPE, ANIMAL),
        c("InsuranceCompany", N, "VARCHAR", g.col(g.pick(["Petplan", "Animal Friends", "ManyPets", "Agria"]), 0.4),
          "business"),
        c("InsurancePolicyNo", N, "VARCHAR", g.col(lambda: g.code("AAA99999999"), 0.45), "decoy", SHAPE),
        c("RegisteredVet", "person_name", "VARCHAR", g.col(g.pick(vets)), STAFF),
        c("LastSeenBy", "first_name", "VARCHAR", g.col(g.pick(seen_by), 0.05), STAFF),
        c("UDF_03", "phone", "VARCHAR", g.phones("GB", {"national": 0.7, "digits": 0.3}, 1.0, 0.66), OPAQUE, CUSTOM,
          HEAVY),
        c("UDF_04", N, "VARCHAR", g.col(g.pick(["SMS", "EML", "POST", "SMS;EML", "NONE"]), 0.2), "decoy", OPAQUE,
          CUSTOM),
        c("UDF_07", "person_name", "VARCHAR", [udf7() for _ in range(g.rows)], OPAQUE, CUSTOM, HEAVY),
        c("ClinicalNotes", "free_text", "VARCHAR", [note(i) for i in range(g.rows)]),
        c("LastVisitDate", N, "DATE", g.days("2024-01-01", "2025-11-28"), "decoy"),
        c("ReminderSms", N, "BOOLEAN", g.yn(True, False, 0.7), "decoy"),
        c("Deceased", N, "BOOLEAN", g.yn(True, False, 0.04), "decoy"),
        c("BalanceGbp", N, "DECIMAL(9,2)", g.amounts(0, 640), "decoy"),
        c("BranchName", N, "VARCHAR", g.col(g.pick(["Hookstone Vets", "Nidd Vale Vets", "Farm Office (Ure Bank)"])),
          "business"),
        c("BranchTel", N, "VARCHAR", g.col(g.pick(["01632 960112", "01632 960845"])), "business"),
    ])


def herd_book(g: Gen) -> Table:
    """An Irish pedigree cattle herd book's animals with their keepers: the registration id, herd number and prefix,
    the animal's tag, pedigree name (``none``), breed, sex and birth date (``none``), its dam's tag, the sire's name
    and AI code, the keeper's name, PPSN, birth date, address (townland and town), county (``none``), Eircode, phones
    and e-mail, a joint keeper, the IBAN for show premiums (mostly NULL), the society's inspector (few), the
    classification score, the TB test date, the login of who entered it and notes."""
    keepers = []
    for _ in range(60):
        a, b = v.person(g, "ie")
        town = g.rnd.choice(v.IE_TOWNS)
        land = g.rnd.choice(v.TOWNLANDS)
        keepers.append({
            "herd": g.code("A9999999"), "prefix": g.rnd.choice([land, f"{land} Hill", f"{land} House"]),
            "name": f"{a} {b}", "ppsn": v.ie_ppsn(g) if g.rnd.random() < 0.85 else None,
            "dob": g.birth(1945, 1998) if g.rnd.random() < 0.7 else None,
            "addr": g.rnd.choice([f"{land}, {town[0]}", f"{land}", f"{g.rnd.randint(1, 40)} {land} Road"]),
            "town": town[0], "county": town[1], "eir": v.eircode(g, town[2]),
            "mob": g.phone("IE", g.rnd.choice(["national", "digits", "intl"]), True),
            "land": g.phone("IE", "national", False) if g.rnd.random() < 0.35 else None,
            "email": v.email_of(g, a, b, v.DOMAINS["ie"]) if g.rnd.random() < 0.55 else None,
            "joint": f"{v.given(g, 'ie')} {b}" if g.rnd.random() < 0.3 else None,
            "iban": v.iban(g, "IE", g.rnd.random() < 0.5) if g.rnd.random() < 0.35 else None})
    row = [g.rnd.choice(keepers) for _ in range(g.rows)]
    cows = ["Bridget", "Polly", "Rose", "Molly", "Kathleen", "Nora", "Peggy", "Brigid", "Sadie", "Dolly"]
    bulls = ["Ned", "Paddy", "Rocky", "Duke", "Jimmy", "Captain", "Seamus"]
    inspectors = _staff(g, 3, lambda x: v.whole(x, "ie"))
    users = _logins(g, 3, 0, "ie")
    sex = [g.rnd.choice(["F", "F", "F", "M"]) for _ in range(g.rows)]

    def tag() -> str:
        return g.rnd.choice([f"IE {g.digits(4)} {g.digits(4)} {g.digits(4)}", f"IE{g.digits(12)}",
                             f"372{g.digits(12)}"])

    def name(i: int) -> str:
        pool = cows if sex[i] == "F" else bulls
        n = g.rnd.randint(1, 14)
        return f"{row[i]['prefix']} {g.rnd.choice(pool)}" + g.rnd.choice(["", f" {n}", f" {_ordinal(n)}"])

    def note() -> str:
        return g.rnd.choice(["Calved unassisted", f"Sold to {v.whole(g, 'ie')} at Carrickmacross mart",
                             "Reclassified after appeal", (f"Leased to {v.given(g, 'ie')} {v.family(g, 'ie')} "
                             f"for the show season"), "Dam DNA verified"])

    return Table("herdbook.animal_keepers", "en", "snake", [
        c("reg_id", N, "INTEGER", g.keys(880_001), "decoy", KEY),
        c("herd_no", N, "VARCHAR", [r["herd"] for r in row], "decoy", SHAPE, ANIMAL),
        c("herd_prefix", N, "VARCHAR", [r["prefix"] for r in row], "decoy"),
        c("animal_tag", N, "VARCHAR", g.col(tag), "decoy", SHAPE, ANIMAL),
        c("animal_name", N, "VARCHAR", [name(i) for i in range(g.rows)], "decoy", PET, MISLEADING),
        c("breed", N, "VARCHAR", g.col(g.pick(["Irish Moiled", "Dexter", "Kerry", "Shorthorn", "Limousin"])), "decoy"),
        c("sex", N, "VARCHAR", sex, "decoy"),
        c("dob", N, "DATE", g.days("2014-01-01", "2025-09-30"), "decoy", ANIMAL, MISLEADING),
        c("dam_tag", N, "VARCHAR", g.col(tag, 0.1), "decoy", SHAPE, ANIMAL),
        c("sire_name", N, "VARCHAR", g.col(lambda: f"{g.rnd.choice(v.TOWNLANDS)} {g.rnd.choice(bulls)}", 0.1), "decoy",
          PET, MISLEADING),
        c("sire_ai_code", N, "VARCHAR", g.col(lambda: g.code("AA9999"), 0.5), "decoy", SHAPE, ANIMAL),
        c("keeper_name", "person_name", "VARCHAR", [r["name"] for r in row], ROLE),
        c("keeper_ppsn", "national_id", "VARCHAR", [r["ppsn"] for r in row]),
        c("keeper_dob", "date_of_birth", "DATE", [r["dob"] for r in row]),
        c("keeper_address", "street_address", "VARCHAR", [r["addr"] for r in row], PREMISES),
        c("keeper_town", "city", "VARCHAR", [r["town"] for r in row]),
        c("keeper_county", N, "VARCHAR", [r["county"] for r in row], "decoy"),
        c("eircode", "postal_code", "VARCHAR", [r["eir"] for r in row]),
        c("keeper_mobile", "phone", "VARCHAR", [r["mob"] for r in row]),
        c("keeper_landline", "phone", "VARCHAR", [r["land"] for r in row], HEAVY),
        c("keeper_email", "email", "VARCHAR", [r["email"] for r in row]),
        c("joint_keeper", "person_name", "VARCHAR", [r["joint"] for r in row], ROLE, HEAVY),
        c("premium_iban", "iban", "VARCHAR", [r["iban"] for r in row], HEAVY),
        c("inspector", "person_name", "VARCHAR", g.col(g.pick(inspectors), 0.3), STAFF, ROLE),
        c("classification_score", N, "INTEGER", g.ints(62, 91, 0.3), "decoy"),
        c("tb_test_date", N, "DATE", g.days("2024-06-01", "2025-10-31", 0.2), "decoy"),
        c("entered_by", USERNAME, "VARCHAR", g.col(g.pick(users)), USER, AUDIT),
        c("notes", "free_text", "VARCHAR", g.col(note, 0.45)),
    ])


# -- Germany, France, Denmark, Finland, Mexico, Poland -----------------------------------------------------------------


def de_kehrbuch(g: Gen) -> Table:
    """A Münsterland district chimney sweep's fireplace certificates (German, Pascal case): ids and certificate
    number, the district, the owner's salutation, names and postal address, the property's address in one line (the
    home), phones and e-mail, a tenant, who holds the key (``SchluesselBei``, mostly empty), the appliance, maker, type,
    year, output and serial, fuel, readings and result, the district sweep and journeyman (few), the due date, the
    direct-debit IBAN (mostly NULL), remarks and the login that wrote the row."""
    owners = [(g.rnd.random() < 0.45) for _ in range(g.rows)]
    pairs = [v.person(g, "de", f) for f in owners]
    own_places = [g.rnd.choice(v.MSL) for _ in range(g.rows)]
    own_streets = [v.de_street(g) for _ in range(g.rows)]
    elsewhere = [(v.de_street(g), g.rnd.choice(v.MSL)) for _ in range(g.rows)]
    objects = [f"{s}, {p[1]} {p[0]}" if g.rnd.random() < 0.7 else f"{e[0]}, {e[1][1]} {e[1][0]}"
               for s, p, e in zip(own_streets, own_places, elsewhere)]
    sweeps = _staff(g, 2, lambda x: v.whole(x, "de"))
    helpers = _staff(g, 3, lambda x: v.whole(x, "de"))
    users = _logins(g, 2, 0, "de")
    appliances = [("Gas-Brennwerttherme", "Erdgas"), ("Kaminofen", "Scheitholz"), ("Ölheizkessel", "Heizöl EL"),
                  ("Pelletkessel", "Holzpellets"), ("Kachelofen", "Scheitholz")]
    app = [g.rnd.choice(appliances) for _ in range(g.rows)]

    def key_holder() -> str:
        if g.rnd.random() < 0.78:
            return g.rnd.choice(["", "-", "keine", "", "NULL"])
        return g.rnd.choice([v.whole(g, "de"), f"Nachbarin {v.whole(g, 'de')}", (f"{v.given(g, 'de')} {v.family(g, 'de')}"
                             f" (Sohn)")])

    def remark(i: int) -> str:
        return g.rnd.choice(["Mängel: Abgasrohr undicht, Nachprüfung in 6 Wochen", "ohne Mängel",
                             f"Termin mit Mieterin {v.whole(g, 'de')} telefonisch vereinbart",
                             f"Eigentümer {pairs[i][1]} bittet um Anruf unter {g.phone('DE', 'national', True)}",
                             "Feuerstätte stillgelegt", "Rußbrand 2024, Schornstein saniert"])

    return Table("Kehrbuch.Feuerstaettenbescheide", "de", "pascal", [
        c("BescheidId", N, "INTEGER", g.keys(1), "decoy", KEY),
        c("ObjektId", N, "INTEGER", g.ints(20_000, 29_999), "decoy", KEY),
        c("BescheidNr", N, "VARCHAR", [f"FSB-2025-{i:05d}" for i in g.keys(4_711)], "decoy", SHAPE),
        c("Kehrbezirk", N, "VARCHAR", g.col(g.pick(["COE-07", "COE-11"])), "decoy"),
        c("Anrede", N, "VARCHAR", ["Frau" if f else "Herr" for f in owners], "decoy"),
        c("EigentuemerVorname", "first_name", "VARCHAR", [a for a, _ in pairs]),
        c("EigentuemerNachname", "last_name", "VARCHAR", [b for _, b in pairs]),
        c("EigentuemerStrasse", "street_address", "VARCHAR", own_streets),
        c("EigentuemerPlz", "postal_code", "VARCHAR", [p[1] for p in own_places]),
        c("EigentuemerOrt", "city", "VARCHAR", [p[0] for p in own_places]),
        c("ObjektAnschrift", "street_address", "VARCHAR", objects, PREMISES),
        c("Telefon", "phone", "VARCHAR", g.phones("DE", {"national": 0.7, "digits": 0.2, "00": 0.1}, 0.0, 0.25)),
        c("Mobil", "phone", "VARCHAR", g.phones("DE", {"national": 0.5, "intl": 0.3, "e164": 0.2}, 1.0, 0.66), HEAVY),
        c("EMail", "email", "VARCHAR", [v.email_of(g, a, b, v.DOMAINS["de"]) if g.rnd.random() < 0.6 else None
                                        for a, b in pairs]),
        c("MieterName", "person_name", "VARCHAR", g.col(lambda: v.whole(g, "de"), 0.68), ROLE, HEAVY),
        c("SchluesselBei", "person_name", "VARCHAR", [key_holder() for _ in range(g.rows)], ROLE, NULLWORD),
        c("Feuerstaette", N, "VARCHAR", [a[0] for a in app], "decoy"),
        c("Hersteller", N, "VARCHAR", g.col(g.pick(["Viessmann", "Buderus", "Wolf", "Hase", "Brunner", "Vaillant"])),
          "decoy"),
        c("GeraeteTyp", N, "VARCHAR", g.col(lambda: g.code("AA 999-A")), "decoy"),
        c("Baujahr", N, "INTEGER", g.ints(1988, 2024), "decoy"),
        c("NennleistungKw", N, "DOUBLE", g.floats(4, 35, 1), "decoy"),
        c("SerienNr", N, "VARCHAR", g.col(lambda: g.code("7999999999999"), 0.2), "decoy", SHAPE),
        c("Brennstoff", N, "VARCHAR", [a[1] for a in app], "decoy"),
        c("CoMesswertPpm", N, "INTEGER", g.ints(5, 480, 0.3), "decoy"),
        c("AbgasverlustProzent", N, "DOUBLE", g.floats(3.0, 11.0, 1), "decoy"),
        c("Ergebnis", N, "VARCHAR", g.col(g.pick(["ohne Mängel", "ohne Mängel", "Mängel", "Nachprüfung"])), "decoy"),
        c("Bezirksschornsteinfeger", "person_name", "VARCHAR", g.col(g.pick(sweeps)), STAFF),
        c("Geselle", "person_name", "VARCHAR", g.col(g.pick(helpers), 0.2), STAFF),
        c("FaelligAm", N, "DATE", g.days("2026-01-01", "2027-12-31"), "decoy"),
        c("IbanLastschrift", "iban", "VARCHAR", g.col(lambda: v.iban(g, "DE", g.rnd.random() < 0.6), 0.6), HEAVY),
        c("Bemerkung", "free_text", "VARCHAR", [remark(i) if g.rnd.random() < 0.6 else None for i in range(g.rows)]),
        c("ErstelltVon", USERNAME, "VARCHAR", g.col(g.pick(users)), USER, AUDIT),
    ])


def fr_pac(g: Gen) -> Table:
    """CAP subsidy applications (dossiers PAC) of farmers in the Gers (French, snake case): the file id, PACAGE number,
    campaign, legal form, farm company name and SIRET (``none``), the farmer's title, names, birth name (women, often
    NULL), birth date as ``dd/mm/yyyy`` text, NIR (encoding sex, year and month, département of birth), address,
    postcode, commune, phones and e-mail, the IBAN and BIC for the payment, areas, the main crop (``none``), young-farmer
    flag, a GAEC partner, the DDT officer (few), remarks (mostly ``néant``), who keyed it, the filing date and a
    centroid."""
    owners = [(g.rnd.random() < 0.3) for _ in range(g.rows)]
    pairs = [v.person(g, "fr", f) for f in owners]
    births = [g.birth(1957, 2001) for _ in range(g.rows)]
    places = [g.rnd.choice(v.GERS) for _ in range(g.rows)]
    forms = [g.rnd.choice(["Exploitant individuel", "Exploitant individuel", "EARL", "GAEC", "SCEA"])
             for _ in range(g.rows)]
    officers = _staff(g, 3, lambda x: v.whole(x, "fr"))
    users = _logins(g, 3, 1, "fr")
    lat, lng = _near(g, (43.65, 0.45), 0.3, g.rows)

    def company(i: int) -> str | None:
        if forms[i] == "Exploitant individuel":
            return None
        return f"{forms[i]} " + g.rnd.choice(["DU MOULIN", "DE LASSERRE", "DU BARRAIL", "DES COTEAUX",
                                               pairs[i][1].upper(), "DE PEYRUSSE"])

    def remark() -> str:
        if g.rnd.random() < 0.76:
            return g.rnd.choice(["néant", "", "-", "RAS", "néant"])
        return g.rnd.choice([f"Reprise de l'exploitation de M. {v.whole(g, 'fr')} au 01/04", "Îlot 7 en litige",
                             f"Contacter sa fille {v.given(g, 'fr')} au {g.phone('FR', 'national', True)}",
                             "Pièces justificatives reçues par courrier"])

    return Table("telepac.dossiers_pac", "fr", "snake", [
        c("id_dossier", N, "INTEGER", g.keys(320_001), "decoy", KEY),
        c("num_pacage", N, "VARCHAR", g.col(lambda: "032" + g.digits(6)), "decoy", SHAPE),
        c("campagne", N, "INTEGER", [2025] * g.rows, "decoy"),
        c("forme_juridique", N, "VARCHAR", forms, "decoy"),
        c("raison_sociale", N, "VARCHAR", [company(i) for i in range(g.rows)], "business"),
        c("siret", N, "VARCHAR", [v.fr_siret(g) if f != "Exploitant individuel" or g.rnd.random() < 0.5 else None
                                  for f in forms], "business", SHAPE, CHECK),
        c("civilite", N, "VARCHAR", ["Mme" if f else "M." for f in owners], "decoy"),
        c("nom", "last_name", "VARCHAR", [b.upper() if g.rnd.random() < 0.6 else b for _, b in pairs]),
        c("prenom", "first_name", "VARCHAR", [a for a, _ in pairs]),
        c("nom_naissance", "last_name", "VARCHAR", [v.family(g, "fr").upper() if f and g.rnd.random() < 0.8 else None
                                                    for f in owners], HEAVY),
        c("date_naissance", "date_of_birth", "VARCHAR", [d.strftime("%d/%m/%Y") for d in births], DOB_TEXT),
        c("nir", "national_id", "VARCHAR", [v.fr_nir(g, d, f, g.rnd.choice(["32", "32", "31", "65", "47", "40"]))
                                            if g.rnd.random() < 0.9 else None for d, f in zip(births, owners)]),
        c("adresse", "street_address", "VARCHAR", g.col(lambda: v.fr_street(g)), PREMISES),
        c("code_postal", "postal_code", "VARCHAR", [p[1] for p in places]),
        c("commune", "city", "VARCHAR", [p[0].upper() if g.rnd.random() < 0.4 else p[0] for p in places]),
        c("telephone", "phone", "VARCHAR", g.phones("FR", {"national": 0.8, "digits": 0.2}, 0.0, 0.3)),
        c("portable", "phone", "VARCHAR", g.phones("FR", {"national": 0.6, "intl": 0.2, "digits": 0.2}, 1.0, 0.1)),
        c("courriel", "email", "VARCHAR", [v.email_of(g, a, b, v.DOMAINS["fr"]) if g.rnd.random() < 0.85 else None
                                           for a, b in pairs]),
        c("iban_versement", "iban", "VARCHAR", g.col(lambda: v.iban(g, "FR", g.rnd.random() < 0.7), 0.05)),
        c("bic", N, "VARCHAR", g.col(g.pick(["AGRIFRPP869", "CCBPFRPPTLS", "CMCIFR2A", "PSSTFRPPTOU"]), 0.05), "decoy",
          SHAPE),
        c("surface_totale_ha", N, "DOUBLE", g.floats(8, 420, 2), "decoy"),
        c("nb_ilots", N, "INTEGER", g.ints(1, 38), "decoy"),
        c("nom_culture_principale", N, "VARCHAR", g.col(g.pick(["Blé tendre d'hiver", "Tournesol", "Maïs grain",
                                                                "Vigne", "Prairie permanente", "Colza d'hiver",
                                                                "Soja"])), "decoy", MISLEADING),
        c("jeune_agriculteur", N, "BOOLEAN", g.yn(True, False, 0.12), "decoy"),
        c("associe_gaec", "person_name", "VARCHAR", [v.whole(g, "fr") if f == "GAEC" or (f == "EARL" and
                                                                                       g.rnd.random() < 0.4) else None
                                                     for f in forms], ROLE, HEAVY),
        c("conseiller_ddt", "person_name", "VARCHAR", g.col(g.pick(officers), 0.15), STAFF),
        c("observations", "free_text", "VARCHAR", [remark() for _ in range(g.rows)], NULLWORD),
        c("saisi_par", USERNAME, "VARCHAR", g.col(g.pick(users)), USER, AUDIT),
        c("date_depot", N, "DATE", g.days("2025-04-01", "2025-05-15"), "decoy"),
        c("centroide_lat", N, "DOUBLE", lat, "decoy", COORD),
        c("centroide_lon", N, "DOUBLE", lng, "decoy", COORD),
    ])


def dk_cleaning(g: Gen) -> Table:
    """A Danish home-cleaning marketplace's bookings (Danish, camel case): booking, customer and cleaner ids and the
    booking number, the customer's names, e-mail and mobile, the customer's CPR for the service deduction (mostly
    NULL), the home, postcode and town, a door code (``none``), the cleaner's name (many cleaners, not staff), CPR,
    birth date, phone, IBAN and CVR (sole traders: ``none``), service, hours, price, time, rating, the customer's
    review naming people, an alternate contact of any kind (``kontaktInfo``), pets, the app version, IP and the
    support agent's login."""
    cleaners = []
    for _ in range(28):
        female = g.rnd.random() < 0.8
        a, b = v.person(g, "da_cleaner", female)
        born = g.birth(1968, 2003)
        cleaners.append({"id": g.rnd.randint(500, 999), "name": f"{a} {b}", "cpr": v.dk_cpr(g, born, female),
                         "born": born, "tel": g.phone("DK", g.rnd.choice(["national", "intl", "e164"]), True),
                         "iban": v.iban(g, "DK", g.rnd.random() < 0.5),
                         "cvr": v.dk_cvr(g) if g.rnd.random() < 0.45 else None})
    row = [g.rnd.choice(cleaners) for _ in range(g.rows)]
    pairs = [v.person(g, "da") for _ in range(g.rows)]
    places = [g.rnd.choice(v.DK_PLACES) for _ in range(g.rows)]
    agents = _logins(g, 4, 0, "da")

    def deduction_cpr() -> str | None:
        if g.rnd.random() < 0.7:
            return None
        female = g.rnd.random() < 0.5
        return v.dk_cpr(g, g.birth(1940, 2000), female)

    def review(i: int) -> str:
        who = row[i]["name"].split()[0]
        return g.rnd.choice([f"{who} var super grundig, tak!", "Glemte badeværelset", (f"Min mand {v.given(g, 'da')}"
                             f" var hjemme og lukkede op"), f"{who} kom 30 min for sent", "Perfekt som altid",
                             f"Kan {who} tage over når {v.given(g, 'da_cleaner')} har ferie?"])

    def contact(i: int) -> str | None:
        r = g.rnd.random()
        if r < 0.45:
            return None
        if r < 0.65:
            return g.phone("DK", "national", True)
        if r < 0.82:
            return v.email(g, "da")
        return f"{v.whole(g, 'da')} (nabo)"

    return Table("rengoeringApp.bookinger", "da", "camel", [
        c("bookingId", N, "VARCHAR", g.col(g.uuid), "decoy", KEY),
        c("kundeId", N, "INTEGER", g.ints(10_000, 39_999), "decoy", KEY),
        c("rengoererId", N, "INTEGER", [r["id"] for r in row], "decoy", KEY),
        c("bookingNr", N, "VARCHAR", g.col(lambda: f"RB-{g.digits(7)}"), "decoy", SHAPE),
        c("kundeFornavn", "first_name", "VARCHAR", [a for a, _ in pairs]),
        c("kundeEfternavn", "last_name", "VARCHAR", [b for _, b in pairs]),
        c("kundeEmail", "email", "VARCHAR", [v.email_of(g, a, b, v.DOMAINS["da"]) for a, b in pairs]),
        c("kundeMobil", "phone", "VARCHAR", g.phones("DK", {"national": 0.6, "intl": 0.25, "00": 0.15}, 1.0, 0.05)),
        c("kundeCprServicefradrag", "national_id", "VARCHAR", [deduction_cpr() for _ in range(g.rows)], HEAVY),
        c("adresse", "street_address", "VARCHAR", g.col(lambda: v.dk_street(g)), PREMISES),
        c("postnr", "postal_code", "VARCHAR", [p[0] for p in places]),
        c("by", "city", "VARCHAR", [p[1] for p in places]),
        c("adgangskode", N, "VARCHAR", g.col(lambda: g.rnd.choice([g.code("9999"), g.code("9999#"), "nøgleboks 1234"]),
                                             0.55), "decoy", CREDENTIAL),
        c("rengoererNavn", "person_name", "VARCHAR", [r["name"] for r in row], ROLE),
        c("rengoererCpr", "national_id", "VARCHAR", [r["cpr"] for r in row]),
        c("rengoererFoedselsdato", "date_of_birth", "DATE", [r["born"] for r in row]),
        c("rengoererTelefon", "phone", "VARCHAR", [r["tel"] for r in row]),
        c("rengoererIban", "iban", "VARCHAR", [r["iban"] for r in row]),
        c("rengoererCvr", N, "VARCHAR", [r["cvr"] for r in row], "business", SHAPE, CHECK),
        c("ydelse", N, "VARCHAR", g.col(g.pick(["Almindelig rengøring", "Hovedrengøring", "Flytterengøring",
                                                "Vinduespudsning"])), "decoy"),
        c("timer", N, "DOUBLE", [g.rnd.choice([2.0, 2.5, 3.0, 4.0, 6.0]) for _ in range(g.rows)], "decoy"),
        c("prisKr", N, "DECIMAL(9,2)", g.amounts(598, 3_400), "decoy"),
        c("startTid", N, "TIMESTAMP", g.moments("2025-08-01", "2025-11-30"), "decoy"),
        c("bedoemmelse", N, "INTEGER", g.ints(1, 5, 0.35), "decoy"),
        c("kommentar", "free_text", "VARCHAR", [review(i) if g.rnd.random() < 0.6 else None for i in range(g.rows)]),
        c("kontaktInfo", "free_text", "VARCHAR", [contact(i) for i in range(g.rows)], MIXED),
        c("kaeledyr", N, "VARCHAR", g.col(lambda: g.rnd.choice(["Kat: Mille", "Hund: Bamse", "Hund: Otto",
                                                                "Kat: Søren", "2 katte"]), 0.6), "decoy", PET),
        c("appVersion", N, "VARCHAR", g.col(lambda: f"4.{g.rnd.randint(10, 22)}.{g.rnd.randint(0, 9)}"), "decoy",
          SHAPE),
        c("ipAdresse", "ip_address", "VARCHAR", g.col(lambda: g.rnd.choice([(f"87.{g.rnd.randint(48, 63)}."
                                                                           f"{g.rnd.randint(0, 255)}."
                                                                           f"{g.rnd.randint(1, 254)}"), g.ipv6()]),
                                                      0.2)),
        c("oprettetAf", USERNAME, "VARCHAR", g.col(g.pick(agents), 0.3), USER, AUDIT),
    ])


def fi_wells(g: Gen) -> Table:
    """A Finnish municipality's log of well-drilling and septic-system notifications (Finnish, snake case): the
    notification id, register number, type and property id, the applicant's names, henkilötunnus, birth date,
    postal address, postcode and post office, phone and e-mail, the site's address (often a summer cottage) and
    municipality, the drilling company and its Y-tunnus (``none``), the driller (few), depth and system, grid
    coordinates, a neighbour heard (mostly NULL), the official's login, remarks, decision date and fee."""
    owners = [(g.rnd.random() < 0.45) for _ in range(g.rows)]
    pairs = [v.person(g, "fi", f) for f in owners]
    births = [g.birth(1944, 1999) for _ in range(g.rows)]
    places = [g.rnd.choice(v.FI_PLACES) for _ in range(g.rows)]
    sites = [g.rnd.choice(v.FI_PLACES) for _ in range(g.rows)]
    firms = [("Pirkan Porakaivo Oy", v.fi_ytunnus(g)), ("Uudenmaan Kaivonporaus Oy", v.fi_ytunnus(g)),
             ("Jätevesiasennus Laine Ky", v.fi_ytunnus(g))]
    firm = [g.rnd.choice(firms) for _ in range(g.rows)]
    drillers = _staff(g, 4, lambda x: v.whole(x, "fi"))
    officials = _logins(g, 3, 1, "fi")
    kinds = [g.rnd.choice(["Porakaivo", "Maalämpökaivo", "Jätevesijärjestelmän uusiminen", "Umpisäiliö"])
             for _ in range(g.rows)]

    def remark() -> str:
        return g.rnd.choice(["Naapurin kaivo 40 m päässä, huomioitu", (f"Hakijan puoliso {v.whole(g, 'fi')} "
                             "allekirjoittanut"), "Pohjavesialue, lisäselvitys pyydetty", (f"Soita {v.given(g, 'fi')}lle "
                             f"{g.phone('FI', 'national', True)} ennen katselmusta"), "Ei huomautettavaa"])

    return Table("ymparisto.kaivo_ja_jatevesi_ilmoitukset", "fi", "snake", [
        c("ilmoitus_id", N, "INTEGER", g.keys(7_001), "decoy", KEY),
        c("diaarinumero", N, "VARCHAR", [f"YMP/{g.rnd.randint(100, 2999)}/11.01.00/2025" for _ in range(g.rows)],
          "decoy", SHAPE),
        c("ilmoitustyyppi", N, "VARCHAR", kinds, "decoy"),
        c("kiinteistotunnus", N, "VARCHAR", g.col(lambda: f"{g.rnd.choice(['543', '858', '211', '418'])}-"
                                                          f"{g.rnd.randint(401, 445)}-{g.rnd.randint(1, 30):04d}-"
                                                          f"{g.rnd.randint(1, 400):04d}"), "decoy", SHAPE),
        c("hakija_etunimi", "first_name", "VARCHAR", [a for a, _ in pairs]),
        c("hakija_sukunimi", "last_name", "VARCHAR", [b for _, b in pairs]),
        c("henkilotunnus", "national_id", "VARCHAR", [v.fi_hetu(g, d, f) if g.rnd.random() < 0.92 else None
                                                      for d, f in zip(births, owners)]),
        c("syntymaaika", "date_of_birth", "DATE", births),
        c("jakeluosoite", "street_address", "VARCHAR", g.col(lambda: v.fi_street(g))),
        c("postinumero", "postal_code", "VARCHAR", [p[1] for p in places]),
        c("postitoimipaikka", "city", "VARCHAR", [p[0].upper() if g.rnd.random() < 0.5 else p[0] for p in places]),
        c("puhelin", "phone", "VARCHAR", g.phones("FI", {"national": 0.6, "intl": 0.2, "digits": 0.2}, 0.9, 0.05)),
        c("sahkoposti", "email", "VARCHAR", [v.email_of(g, a, b, v.DOMAINS["fi"]) if g.rnd.random() < 0.7 else None
                                             for a, b in pairs]),
        c("rakennuspaikan_osoite", "street_address", "VARCHAR", g.col(lambda: v.fi_street(g)), PREMISES),
        c("kunta", "city", "VARCHAR", [s[2] for s in sites]),
        c("porausyritys", N, "VARCHAR", [f[0] for f in firm], "business"),
        c("porausyritys_ytunnus", N, "VARCHAR", [f[1] for f in firm], "business", SHAPE, CHECK),
        c("porari", "person_name", "VARCHAR", g.col(g.pick(drillers), 0.2), STAFF),
        c("kaivon_syvyys_m", N, "INTEGER", [g.rnd.randint(60, 300) if "kaivo" in k else None for k in kinds], "decoy"),
        c("jarjestelma", N, "VARCHAR", g.col(g.pick(["Panospuhdistamo", "Maasuodattamo", "Imeytyskenttä", "-"])),
          "decoy"),
        c("koord_n", N, "INTEGER", g.ints(6_690_000, 6_830_000), "decoy", COORD),
        c("koord_e", N, "INTEGER", g.ints(320_000, 420_000), "decoy", COORD),
        c("naapuri_kuultu", "person_name", "VARCHAR", g.col(lambda: v.whole(g, "fi"), 0.62), ROLE, HEAVY),
        c("kasittelija", USERNAME, "VARCHAR", g.col(g.pick(officials)), USER, AUDIT),
        c("lisatiedot", "free_text", "VARCHAR", g.col(remark, 0.4)),
        c("paatos_pvm", N, "DATE", g.days("2025-02-01", "2025-11-28", 0.2), "decoy"),
        c("kasittelymaksu_eur", N, "DECIMAL(8,2)", g.amounts(120, 480), "decoy"),
    ])


def mx_moving(g: Gen) -> Table:
    """A Mexico City moving company's quotes (Mexican Spanish, abbreviated snake case): folio and date, the client's
    given names and both surnames, CURP (built from them), RFC (for an invoice, mostly NULL), birth date as
    ``dd/mm/aaaa`` text, phones and e-mail, the origin and destination (address, CP, municipio or city), floor and
    lift, volume and boxes, the inventory as JSON (``none``), the truck's plates, the crew chief and salesperson (few),
    amounts, the company's warehouse (``none``), remarks naming people and the login that keyed it."""
    rows = []
    for _ in range(g.rows):
        female = g.rnd.random() < 0.5
        a, pat = v.person(g, "mx", female)
        mat = v.family(g, "mx") if g.rnd.random() < 0.93 else ""
        born = g.birth(1955, 2003)
        place = g.rnd.choice(v.MX_PLACES)
        curp = v.mx_curp(g, a, pat, mat, born, female, place[3] if g.rnd.random() < 0.6 else g.rnd.choice(
            ["DF", "MC", "VZ", "OC", "GR", "PL"]))
        rows.append((a, pat, mat, born, place, curp))
    dest = [g.rnd.choice(v.MX_PLACES) for _ in range(g.rows)]
    chiefs = _staff(g, 4, lambda x: v.whole(x, "mx"))
    sellers = _staff(g, 3, lambda x: v.given(x, "mx"))
    users = _logins(g, 3, 3, "mx")

    def note() -> str:
        return g.rnd.choice(["Piano vertical, requiere 4 cargadores", (f"Recibe en destino su familiar "
                             f"{v.whole(g, 'mx')}"), "Sin estacionamiento, permiso de la alcaldía",
                             f"Llamar a {v.given(g, 'mx')} al {g.phone('MX', 'national', True)} antes de llegar",
                             "Embalaje de cristalería incluido"])

    quotes = g.amounts(3_500, 68_000)
    inventory = ["refrigerador", "sala 3 piezas", "comedor 6 sillas", "cama matrimonial", "lavadora", "cajas"]
    return Table("mudanzas.cotizaciones", "es", "snake", [
        c("folio", N, "VARCHAR", [f"MUD-25-{i:05d}" for i in g.keys(1_201)], "decoy", KEY, SHAPE),
        c("fecha_cot", N, "DATE", g.days("2025-06-01", "2025-11-28"), "decoy", ABBREV),
        c("nom_cte", "first_name", "VARCHAR", [r[0] for r in rows], ABBREV),
        c("ap_pat", "last_name", "VARCHAR", [r[1] for r in rows], ABBREV),
        c("ap_mat", "last_name", "VARCHAR", [r[2] or None for r in rows], ABBREV),
        c("curp", "national_id", "VARCHAR", [r[5] if g.rnd.random() < 0.7 else None for r in rows]),
        c("rfc", "national_id", "VARCHAR", [v.mx_rfc(g, r[5]) if g.rnd.random() < 0.4 else None for r in rows], HEAVY),
        c("fecha_nac", "date_of_birth", "VARCHAR", [r[3].strftime("%d/%m/%Y") if g.rnd.random() < 0.7 else None
                                                    for r in rows], DOB_TEXT, ABBREV),
        c("tel_cel", "phone", "VARCHAR", g.phones("MX", {"national": 0.5, "digits": 0.3, "intl": 0.2}, 1.0, 0.03),
          ABBREV),
        c("tel_casa", "phone", "VARCHAR", g.phones("MX", {"national": 1.0}, 0.0, 0.7), HEAVY, ABBREV),
        c("correo", "email", "VARCHAR", _dirty(g, [v.email_of(g, r[0].split()[0], r[1], v.DOMAINS["mx"])
                                                   for r in rows], 0.04, ["sin dato", "N/D", "ninguno"]),
          PLACEHOLDER),
        c("dom_origen", "street_address", "VARCHAR", [v.mx_address(g, r[4]) for r in rows], ABBREV),
        c("cp_origen", "postal_code", "VARCHAR", [r[4][1] + g.digits(3) for r in rows], ABBREV),
        c("mpio_origen", "city", "VARCHAR", [r[4][0] for r in rows], ABBREV),
        c("dom_destino", "street_address", "VARCHAR", [v.mx_address(g, d) for d in dest], ABBREV),
        c("cp_destino", "postal_code", "VARCHAR", [d[1] + g.digits(3) for d in dest], ABBREV),
        c("cd_destino", "city", "VARCHAR", [d[0] for d in dest], ABBREV),
        c("piso_origen", N, "INTEGER", g.ints(0, 12), "decoy"),
        c("elevador", N, "BOOLEAN", g.yn(True, False, 0.35), "decoy"),
        c("volumen_m3", N, "DOUBLE", g.floats(6, 65, 1), "decoy"),
        c("num_cajas", N, "INTEGER", g.ints(10, 160), "decoy", ABBREV),
        c("inventario", N, "VARCHAR", g.col(lambda: json.dumps({k: g.rnd.randint(1, 4) for k in
                                                                g.rnd.sample(inventory, 3)}, ensure_ascii=False)),
          "decoy", JSON_PLAIN),
        c("placas_camion", N, "VARCHAR", g.col(lambda: g.code("AA-9999-A"), 0.1), "decoy", FLEET),
        c("jefe_cuadrilla", "person_name", "VARCHAR", g.col(g.pick(chiefs), 0.25), STAFF),
        c("vendedor", "first_name", "VARCHAR", g.col(g.pick(sellers)), STAFF),
        c("monto_cot", N, "DECIMAL(10,2)", quotes, "decoy", ABBREV),
        c("anticipo", N, "DECIMAL(10,2)", [round(q * g.rnd.choice([0.2, 0.3, 0.5]), 2) if g.rnd.random() < 0.6
                                           else None for q in quotes], "decoy"),
        c("bodega_dir", N, "VARCHAR", g.col(g.pick(["Calz. de Tlalpan 3120, Col. Santa Úrsula Coapa, 04650 CDMX",
                                                    "Av. Central 45, Parque Industrial, 54940 Tultitlán"])),
          "business", MISLEADING, ABBREV),
        c("observaciones", "free_text", "VARCHAR", g.col(note, 0.45)),
        c("capturo", USERNAME, "VARCHAR", g.col(g.pick(users)), USER, AUDIT),
    ])


def pl_rental(g: Gen) -> Table:
    """A Poznań equipment-rental counter's contracts (Polish, snake case): contract id and number, dates, the renter's
    names, PESEL, identity card, birth date, address, postcode, town, phone and e-mail, the company and its NIP (for
    business renters: ``none``), the tool (its name is a product), serial and inventory numbers, deposit and price,
    the counter clerk (first names), who collected (another person, mostly NULL) and their phone, the account for the
    deposit refund (mostly NULL), remarks, the branch's address and the login that keyed it."""
    owners = [(g.rnd.random() < 0.3) for _ in range(g.rows)]
    pairs = [v.person(g, "pl", f) for f in owners]
    births = [g.birth(1952, 2005) for _ in range(g.rows)]
    places = [g.rnd.choice(v.PL_PLACES) for _ in range(g.rows)]
    firms = [g.rnd.random() < 0.4 for _ in range(g.rows)]
    clerks = _staff(g, 4, lambda x: v.given(x, "pl"))
    users = _logins(g, 3, 0, "pl")
    starts = g.days("2025-05-01", "2025-11-20")
    tools = ["Młot wyburzeniowy Makita HM1812", "Zagęszczarka gruntu Wacker", "Rusztowanie jezdne 6 m",
             "Piła do betonu Husqvarna K770", "Minikoparka Kubota KX019", "Myjka ciśnieniowa Kärcher HD 6/15"]

    def collector() -> str | None:
        if g.rnd.random() < 0.7:
            return None
        return v.whole(g, "pl")

    def note() -> str:
        return g.rnd.choice(["Zwrot bez uwag", "Brak tarczy w komplecie, potrącono z kaucji",
                             f"Sprzęt odebrał szwagier {v.whole(g, 'pl')}", (f"Dzwonić do {v.given(g, 'pl')} "
                             f"{g.phone('PL', 'national', True)}"), "Przedłużenie o 2 doby telefonicznie"])

    return Table("wypozyczalnia.umowy_najmu", "pl", "snake", [
        c("id_umowy", N, "INTEGER", g.keys(15_001), "decoy", KEY),
        c("nr_umowy", N, "VARCHAR", [f"WS/2025/{i:05d}" for i in g.keys(412)], "decoy", SHAPE),
        c("data_wydania", N, "DATE", starts, "decoy"),
        c("data_zwrotu", N, "DATE", [s + timedelta(days=g.rnd.randint(1, 14)) if g.rnd.random() < 0.9 else None
                                     for s in starts], "decoy"),
        c("imie", "first_name", "VARCHAR", [a for a, _ in pairs]),
        c("nazwisko", "last_name", "VARCHAR", [b for _, b in pairs]),
        c("pesel", "national_id", "VARCHAR", [v.pl_pesel(g, d, f) if g.rnd.random() < 0.93 else None
                                              for d, f in zip(births, owners)]),
        c("seria_nr_dowodu", "national_id", "VARCHAR", [v.pl_id_card(g) if g.rnd.random() < 0.85 else None
                                                        for _ in range(g.rows)]),
        c("data_urodzenia", "date_of_birth", "DATE", births),
        c("ulica", "street_address", "VARCHAR", g.col(lambda: v.pl_street(g))),
        c("kod_pocztowy", "postal_code", "VARCHAR", [v.pl_postal(g, p[1]) for p in places]),
        c("miejscowosc", "city", "VARCHAR", [p[0] for p in places]),
        c("telefon", "phone", "VARCHAR", g.phones("PL", {"national": 0.5, "digits": 0.3, "intl": 0.2}, 1.0, 0.02)),
        c("email", "email", "VARCHAR", _dirty(g, [v.email_of(g, a, b, v.DOMAINS["pl"]) if g.rnd.random() < 0.7
                                                  else None for a, b in pairs], 0.08, ["brak", "b.d.", "BRAK"]),
          PLACEHOLDER),
        c("nazwa_firmy", N, "VARCHAR", [g.rnd.choice(["Usługi Remontowo-Budowlane", "PHU", "Dach-Bud",
                                                      "Ogrody Zielony Zakątek"]) + f" {b}" if x else None
                                        for x, (_, b) in zip(firms, pairs)], "business"),
        c("nip_firmy", N, "VARCHAR", [v.pl_nip(g) if x else None for x in firms], "business", SHAPE, CHECK),
        c("nazwa_sprzetu", N, "VARCHAR", g.col(g.pick(tools)), "decoy", MISLEADING),
        c("nr_seryjny", N, "VARCHAR", g.col(lambda: g.code("AA99999999")), "decoy", SHAPE),
        c("nr_inwentarzowy", N, "VARCHAR", g.col(lambda: f"INW-{g.digits(5)}"), "decoy", SHAPE),
        c("kaucja_pln", N, "DECIMAL(9,2)", g.amounts(200, 5_000), "decoy"),
        c("cena_doba_pln", N, "DECIMAL(8,2)", g.amounts(35, 690), "decoy"),
        c("przyjal", "first_name", "VARCHAR", g.col(g.pick(clerks)), STAFF),
        c("osoba_odbierajaca", "person_name", "VARCHAR", [collector() for _ in range(g.rows)], ROLE, HEAVY),
        c("tel_odbierajacego", "phone", "VARCHAR", g.phones("PL", {"national": 1.0}, 1.0, 0.75), HEAVY),
        c("konto_zwrotu_kaucji", "iban", "VARCHAR", g.col(lambda: v.iban(g, "PL", g.rnd.random() < 0.7), 0.65), HEAVY),
        c("uwagi", "free_text", "VARCHAR", g.col(note, 0.5)),
        c("adres_oddzialu", N, "VARCHAR", g.col(g.pick(["ul. Obornicka 229, 60-650 Poznań",
                                                        "ul. Gdyńska 140, 62-020 Swarzędz"])), "business", MISLEADING),
        c("wprowadzil", USERNAME, "VARCHAR", g.col(g.pick(users)), USER, AUDIT),
    ])


BUILDERS: list[tuple[Callable[[Gen], Table], int]] = [
    (st_job_export, 280), (pest_route_sheet, 160), (solar_leads, 220), (kiwi_coop_deliveries, 300),
    (vet_client_patient, 240), (herd_book, 200), (roofing_claims, 190), (locksmith_calls, 260),
    (lawn_subscriptions, 150), (de_kehrbuch, 180), (fr_pac, 140), (dk_cleaning, 200), (fi_wells, 120),
    (mx_moving, 170), (pl_rental, 150),
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
