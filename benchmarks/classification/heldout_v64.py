"""Held-out set v64 for the column classifier: 15 tables of *humanitarian aid, refugee registration, shelters and
food banks*, one system per table and each a different organisation, nine with English column names (Uganda, the
United States, Somalia, the Philippines, Scotland, Canada and Australia) and six in Arabic (Arabic script), Ukrainian
(Cyrillic script), French, Spanish, Swahili and Turkish, in snake, camel, Pascal and SCREAMING case, with abbreviations
(``cl_fnm``, ``ctc_ph``, ``addr_ln1``, ``proxy_nm``), a source prefix (``src_crm_col17``) and opaque custom fields
holding personal data beside opaque fields holding none (``misc_1``, ``UDF_03``, ``attr7``, ``Udf2``, ``حقل_1``,
``campoLibre1``, ``sehemu_1``, ``ozel_alan_1``):

* ``progres_ug.registration_individuals``: a UN-style refugee registration database at a Ugandan field office, one
  row per individual of a household (relationship to the principal applicant, given, middle and family names and
  their other spellings, dates of birth often estimated as 1 January, settlement, zone and village/block/plot, the
  household's phone, the refugee identity number and a document of the country of origin, specific-needs codes, a
  protection note, iris-template hashes, GPS fixes, the clerk's login);
* ``pantry_trac.client_visits``: a Lehigh Valley (Pennsylvania) food bank's client visits at its partner pantries
  (``cl_fnm``, ``cl_lnm``, ``cl_dob``, ``addr_ln1`` with ``HOMELESS`` and ``GENERAL DELIVERY``, ``ctc_ph``, an
  authorised proxy, the pantry's address and phone, TEFAP self-declarations, intake volunteers, ``misc_1`` and
  ``misc_2``);
* ``HMIS_SAC.BED_NIGHT_LOG``: a Sacramento emergency shelter's bed-night log from its HMIS (names and SSNs with their
  data-quality codes and placeholders, beds, lockers and their combinations, the last permanent ZIP, case managers,
  a mixed emergency contact, pets' names, incident notes, ``UDF_03`` a parole officer);
* ``clinic_cases.immMatters``: an El Paso migrant legal-aid clinic's immigration matters (two family names, other
  names used, A-numbers, passports, ports of entry, detention facilities, immigration judges, attorneys, WhatsApp
  numbers of Guatemala, Honduras, El Salvador, Venezuela and Afghanistan, sponsors of minors, the web intake's IP);
* ``CVA_BAIDOA.BNF_PAYMENTS``: an NGO's multipurpose cash transfers to drought-displaced households around Baidoa and
  Dollow (three-part Somali names in English and Somali orthography, the phone and the mobile-money account as an
  MSISDN, alternate recipients, IDP sites and shelter numbers, PMT scores, transaction references, KoBo metadata);
* ``DRRM_R8.RapidDamageAssessment``: a Philippine provincial disaster office's typhoon damage assessments (the
  household head's last, first and middle name, PhilSys numbers, municipality, barangay and purok, the evacuation
  centre, the assessors and their tablets' IMEIs, the typhoon's name);
* ``rota_app.volunteerShifts``: a Glasgow soup kitchen's volunteer rota (PVG scheme numbers, kitchens with their
  addresses, phones and door codes, coordinators, a mixed emergency contact, sign-up IPs, referees, ``attr7`` and
  ``attr8``);
* ``donations_wh.intake_lines``: a Toronto clothing-donation warehouse's intake lines (donors, the addresses of donors
  who want a tax receipt, the charity's business number, SKUs, GTINs, pallets and bins, partner shelters, coat-drive
  organisers, ``src_crm_col17`` and ``src_crm_col18``, pick-up notes);
* ``InterpreterPool.Interpreters``: a Melbourne settlement agency's interpreter pool (NAATI numbers, TFN of casual
  employees, ABN of sole traders, BSB and account numbers, Working with Children Checks, ``Udf1`` and ``Udf2``);
* ``جمعية_المفرق_الخيرية.توزيع_المساعدات``: a Mafraq (Jordan) charity's aid distributions to Syrian refugee and
  Jordanian host families (Arabic-script names with the father's and grandfather's names, the name in Latin letters,
  UNHCR case numbers, the Ministry of Interior service card, the Jordanian national number, prepaid cards and their
  last four digits, iris-scan hashes, ``حقل_1`` and ``حقل_2``);
* ``центр_тимчасового_проживання.мешканці``: an Uzhhorod collective centre's register of internally displaced
  residents (Cyrillic names with patronymics, РНОКПП, identity documents, IDP certificates, the home left behind,
  rooms and beds, IBANs for payments, a mixed contact person, the operator's ЄДРПОУ);
* ``rlf_goma.demandes_recherche``: a Goma family-tracing and reunification service's requests (the child's nom,
  postnom and prénom, parents, the sought person, village of origin, place of separation, displacement site, foster
  family, phones of the DRC, Rwanda, Uganda and Burundi, Red Cross messages);
* ``casa_migrante_cucuta.atenciones``: a Cúcuta migrant shelter's register of Venezuelan walkers (two given and two
  family names, Venezuelan cédulas, passports and PPT numbers, Venezuelan and Colombian phones, companions, the
  partner's NIT, ``campoLibre1`` and ``campoLibre2``);
* ``kakuma_nfi.usambazaji``: a Kenyan NGO's non-food-item distributions in Kakuma and Kalobeyei (case and ration card
  numbers, refugee identity cards, camp, zone and block/plot, phones and M-Pesa numbers, alternate collectors);
* ``hatay_konteynerkent.sakinler``: a Hatay container city's register of earthquake survivors (container city and
  block/container number, father's and mother's names, T.C. kimlik no of citizens and foreigners' identity numbers
  of Syrians under temporary protection, the address before the earthquake, IBANs for rent aid, the supplier's VKN).

Written **blind**, like v2 to v59: by someone who has read neither the classifier (``governance_dagster/detect/``) nor
its rules, documentation, tests, changelog, history or notes, only the list of kind names
(``governance_dagster/kinds.py``), how the scorer registers a set (``heldout_v2_accuracy.py``, read, never run), the
*structure* and labeling conventions of v27 (``heldout_v27.py``, ``heldout_v27_values.py``, its test,
``tests/heldout_support.py``), the module docstrings of v24 to v59 (to avoid their domains and follow their labeling
conventions) and of v59's test (for what the test checks), the ``Column``/``Table`` classes and writer they build on
(``heldout_v2.py``, ``heldout_v4.py``), the ruff section of ``pyproject.toml`` and the sources of python-stdnum and
phonenumbers. The classifier was not run on this set while it was written, no scorer was run on it, and no score of
any set was looked at: nothing here was adjusted to what the classifier does. It was written under a short deadline
(about an hour, the tests and lint included), so some labels below are quick decisions rather than settled
conventions. It imports no earlier set's value module: its random source, name lists, camps, streets, towns, postal
codes and identifier builders are its own (:mod:`benchmarks.classification.heldout_v64_values`; the generic ``Gen``
helpers were copied from v27's).

What is new against v2 to v59: humanitarian systems as such. Earlier sets touched the theme at its edges (v13 a food
bank, v17 a refugee-aid NGO's intake, v29 a Ukrainian volunteer registry, v30 a Kenyan mobile-money wallet, v31 a
charity's volunteers, v45 a Minho food bank's recipients); every organisation and shape here is new: a UN-style
registration of households, an HMIS bed-night log, an immigration legal-aid case file, mobile-money cash transfers,
typhoon damage assessments, a soup kitchen's rota, a clothing warehouse, an interpreter pool, a Jordanian aid
distribution, a collective centre for displaced people, family tracing in North Kivu, a migrant shelter on the
Venezuelan border, NFI distributions in Kakuma and an earthquake container city.

* camps instead of towns and plots instead of streets (tags ``camp``, ``shelter_address``, ``premises``): a
  settlement, an IDP site, a camp, a displacement site and a container city are ``city`` (the place the person lives);
  a zone, a section, a barangay and a district are ``none``; a dwelling written as village/block/plot, section and
  shelter number, block and plot, or block and container is ``street_address``, like a home left behind, a purok and
  house number or an address in a quartier;
* names as registrars write them (tags ``transliteration``, ``name_part``): other spellings of a refugee's name, a
  three-part Somali name in two orthographies, Arabic-script names beside the name in Latin letters, the father's and
  grandfather's given names, a Ukrainian patronymic, a Congolese postnom, a Filipino middle name (the mother's maiden
  surname), Syrian names in Turkish spelling;
* dates of birth a registrar estimated (tag ``estimated_dob``): 1 January of the year from a stated age, for a third
  or more of the rows;
* mobile money (tag ``mobile_money``): an EVC Plus account and an M-Pesa number are the subscriber's number written as
  an MSISDN (``phone``);
* documents of many states: the A-number and passports of five countries, the refugee identity numbers of Uganda and
  Kenya, a Congolese voter card, a South Sudanese and a Somali identity number, PhilSys, the Jordanian national number
  and the service card of Syrians, Ukrainian identity cards, passports and IDP certificates, Venezuelan cédulas and
  Colombian PPT, T.C. kimlik and foreigners' numbers;
* identifiers with check digits (python-stdnum): the US SSN (``ssn``, placeholders for refusals), the Australian TFN,
  the Ukrainian РНОКПП (encoding the birth date and sex of its row), the T.C. kimlik no and the foreigner's ``99``
  number (``national_id``), Ukrainian and Turkish IBANs, a prepaid card number (Luhn); phones of twenty-one countries
  (phonenumbers) in national, international, E.164, digits-only, dashed and MSISDN forms; IPv4 and IPv6;
* decoys with check digits (tag ``check_digit``, all ``none``): a sole trader's ABN, a charity's business number, a
  Colombian partner's NIT, a Turkish supplier's VKN, a Ukrainian operator's ЄДРПОУ, tablets' IMEIs and GTINs;
* other decoys (tag ``decoy``; ``value_shape`` when shaped like an identifier): individual, household, visit, case,
  ration card, receipt, intake, matter and assessment numbers, USCIS receipt numbers, transaction references, SKUs,
  pallets and bins, beds and lockers, PVG, NAATI and Working with Children Check numbers (tag ``permit_number``),
  specific-needs codes and vulnerability criteria (tag ``vulnerability``), iris-template and conflict-check hashes
  (tag ``hashed``), GPS fixes (tag ``coordinates``), KoBo metadata as JSON (tag ``json_plain``), item descriptions
  (tag ``product_name``), the typhoon's and pets' names (tag ``misleading``), versions, amounts, enums and dates;
* opaque custom fields and source prefixes (tags ``opaque``, ``source_prefix``): ``misc_1`` (an alternate phone),
  ``misc_2`` (a program code), ``UDF_03`` (a parole officer in the shelter, the mother's name in the cash list),
  ``UDF_04`` (a meal plan, a round label), ``attr7`` (an employer for matched giving: ``none``), ``attr8`` (a second
  e-mail), ``Udf1`` (a dialect) and ``Udf2`` (a partner's phone), ``حقل_1`` (the person collecting for the family)
  and ``حقل_2`` (a voucher batch), ``campoLibre1`` (a contact in Colombia) and ``campoLibre2`` (a route),
  ``sehemu_1`` (a second phone) and ``sehemu_2`` (a distribution point), ``ozel_alan_1`` (a second phone) and
  ``ozel_alan_2`` (an electricity meter), ``src_crm_col17`` (an alternate contact: ``free_text``, tag
  ``mixed_kinds``) and ``src_crm_col18`` (a donor tier: ``none``).

Labeling choices a reader may question:

* a camp, settlement, IDP site, displacement site or container city is ``city`` (tag ``camp``): it is where the
  person lives and the only town most records keep; zones, sections, barangays, districts, territoires, oblasts,
  estados, departamentos, governorates and the Turkish ``il`` are ``none``; the Turkish ``ilce`` is ``city`` (as v57);
  a village of origin, a place of separation and a birthplace are ``city``;
* a shelter plot, a tent or shelter number and a container number with its block are ``street_address`` (tags
  ``premises``, ``shelter_address``): they are the dwelling's address in the camp; a bed, a room and a locker in the
  organisation's own shelter are ``none``;
* a UNHCR case number kept by a partner (``رقم_ملف_المفوضية``, ``nambari_ya_kesi``, ``registration_group_no``) is
  ``none`` (tags ``join_key``, ``case_number``): a registration record number, not a state's number; the refugee
  identity numbers a state issues (Uganda's Office of the Prime Minister, Kenya's refugee identity card, Jordan's
  Ministry of Interior service card, Turkey's foreigner's number) are ``national_id``, like the A-number, passports,
  PhilSys, the Jordanian national number, the Colombian PPT and the Ukrainian IDP certificate (``довідка_впо``, a
  state registration of a displaced person: ``national_id``, the label most open to dispute here); a Working with
  Children Check, a PVG membership and a NAATI practitioner number are ``none`` (tag ``permit_number``), as v57
  labeled a Blue Badge; the TFN is ``national_id`` (a tax number), the SSN ``ssn``;
* a mobile-money account number is ``phone`` (tag ``mobile_money``): it is the subscriber's number; an interpreter's
  domestic account number is ``unclassified`` (tag ``bank_account``), as v49 and v56 did, the BSB ``none``;
* the father's and grandfather's given names (``اسم_الأب``, ``اسم_الجد``, ``jina_la_baba``, ``baba_adi``), the mother's
  given name (``anne_adi``) and the Ukrainian patronymic are ``first_name``; a Congolese postnom and a Filipino middle
  name (the mother's maiden surname) are ``last_name`` (tag ``name_part``); a three-part Somali name is
  ``person_name``; the name in Latin letters and other spellings are ``person_name`` (tag ``transliteration``);
* an age in years (``age_at_registration``, ``BNF_AGE``, ``umri``, ``enfant_age_estime``) is ``none``; a birth date
  is ``date_of_birth`` when estimated too (tag ``estimated_dob``) and when kept as ``dd/mm/yyyy`` text;
* sex, nationality, ethnicity, religion, veteran status, specific-needs codes and vulnerability criteria, diet and
  access needs are sensitive but fit no kind: ``none``; an iris template's hash is ``none`` (tag ``hashed``);
* ``donor_name`` is ``person_name`` though a few rows are firms (most are private donors); ``org_or_drive`` and the
  partner agencies are ``none``; a coat-drive organiser, a proxy, a sponsor, an alternate recipient, a referee, a
  foster family and companions are people (tag ``role_word``);
* staff are ``person_name`` (tag ``staff``, 2-8 distinct: case managers, attorneys, immigration judges, assessors,
  coordinators, distribution staff, tracing officers, administrators written ``Family I. P.``), ``first_name`` when
  only a first name is kept (intake volunteers, sorters, paralegals, verifiers, the volunteer on shift); logins are
  ``unclassified`` (tag ``username``), sync jobs and forms ``none`` (tag ``service_account``);
* emergency contacts, contact persons and ``src_crm_col17`` (a name, a phone, an e-mail or a name with a phone by
  row) are ``free_text`` (tag ``mixed_kinds``); notes, remarks, messages and comments naming people are ``free_text``;
  diet notes naming no one are ``none``;
* the last four digits of a prepaid card are ``none`` (tag ``partial``); a locker combination and a kitchen's door
  code are ``none`` (tag ``credential``); a pantry's, a shelter's, a kitchen's and a centre's address and phone, ports
  of entry, detention facilities, evacuation centres (schools) and distribution shops are ``none`` (tag
  ``business``).

Labeling rules otherwise as v27 (see :mod:`benchmarks.classification.heldout_v27`): a business's address, phone,
postal code and city are ``none`` (tag ``business``); a login is ``unclassified`` (tag ``username``), a service
account ``none``. ``null_heavy`` means 50-95% NULL, ``nullword_heavy`` 70-95% NULL words; both tags are on personal
columns only.

Every value is generated here from :data:`SEED` (one ``random.Random`` per table, named after its builder) with
python-stdnum for check digits, phonenumbers for phone validity and formats, and the lists of names, camps, streets,
towns and postal codes of :mod:`benchmarks.classification.heldout_v64_values`, written for v64 (no Faker, no list of
real people, no breach data). Build: ``python -m benchmarks.classification.heldout_v64 [PATH]`` (default
``/tmp/heldout_v64.duckdb``). Score: ``python -m benchmarks.classification.heldout_v2_accuracy --set v64``.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path

from benchmarks.classification import heldout_v4
from benchmarks.classification import heldout_v64_values as v
from benchmarks.classification.heldout_v2 import Column, Table
from benchmarks.classification.heldout_v64_values import NULLISH, SEED, USERNAME, Gen, N, c

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

DEFAULT_PATH = Path("/tmp/heldout_v64.duckdb")

NULLWORD = "nullword_heavy"  # 70-95% NULL-like strings, placeholders and empty strings (few real NULLs)
HEAVY = "null_heavy"  # 50-95% NULL
SHAPE = "value_shape"
MISLEADING = "misleading"  # a name that misleads: a storm, a pet or an item named like a person (none)
STAFF = "staff"  # staff named in a column with few distinct values
ROLE = "role_word"  # a role word (proxy, sponsor, referee, alternate recipient, foster family ...) holding people
ABBREV = "abbrev"
AUDIT = "audit"
USER = "username"
SERVICE = "service_account"  # an audit column holding only service accounts or sync jobs (none)
PREMISES = "premises"  # a person's dwelling: a home, a tent, a shelter plot, a container, a house left behind
SHELTER = "shelter_address"  # a dwelling written as camp block, zone, plot, tent or container numbers
CAMP = "camp"  # a camp, settlement, IDP site or container city a person lives in (city)
KEY = "join_key"  # an id, a record or case number of the organisation, a UUID (none)
CASE = "case_number"  # a registration case number of a UN agency kept by a partner (none)
MULTI = "multi_value"  # several names in one cell
TRANSLIT = "transliteration"  # a name in another script or in the other spellings a person's name gets
VULN = "vulnerability"  # specific-needs codes and vulnerability criteria (sensitive, but no kind: none)
MOBILE_MONEY = "mobile_money"  # a mobile-money account: the subscriber's number (phone)
HASHED = "hashed"  # a hash of an iris template, of a conflict-check key (none)
COORD = "coordinates"  # a GPS fix (none)
CHECK = "check_digit"  # a business's or a device's number with a check digit (none)
PERMIT = "permit_number"  # a vetting certificate, a practitioner credential, a check number (none)
BANK = "bank_account"  # a domestic bank account number of a person (unclassified)
OPAQUE = "opaque"  # an opaque custom field (misc_1, udf_03, attr7, حقل_1, campoLibre1, sehemu_1, ozel_alan_1)
SOURCE = "source_prefix"  # a column named after its source system and position (src_crm_col17)
MIXED = "mixed_kinds"  # a column holding a name, a phone or an e-mail by row (free_text)
PARTIAL = "partial"  # the last four digits of a card (none)
CREDENTIAL = "credential"  # a locker combination, a door code (none)
PLACEHOLDER = "placeholder"  # a personal column some of whose cells are placeholders
PRODUCT = "product_name"  # an item or product description (none)
JSON_PLAIN = "json_plain"  # a JSON document without personal data (none)
ESTIMATED = "estimated_dob"  # dates of birth many of which are a registrar's 1 January estimate
POSTNOM = "name_part"  # a name part of a naming custom (Congolese postnom, Filipino middle name, patronymic)


def _words(*extra: str) -> tuple[str, ...]:
    return ("", "-", "NULL", "n/a", "N/A", "null", "none") + extra


def _staff(g: Gen, n: int, make: Callable[[Gen], str]) -> list[str]:
    out: set[str] = set()
    while len(out) < n:
        out.add(make(g))
    return sorted(out)


def _logins(g: Gen, n: int, origin: str, style: int) -> list[str]:
    out: set[str] = set()
    while len(out) < n:
        a, b = v.person(g, origin, None, 1)
        out.add(v.login(a, b, style))
    return sorted(out)


def _dirty(g: Gen, values: list, share: float, placeholders: list[str]) -> list:
    """``values`` with ``share`` of the non-NULL cells replaced by a placeholder (a NULL word of the set)."""
    return [g.rnd.choice(placeholders) if x is not None and g.rnd.random() < share else x for x in values]


def _later(g: Gen, starts: list, lo_min: int, hi_min: int, null: float = 0.0) -> list:
    return [
        None if s is None or g.rnd.random() < null else s + timedelta(minutes=g.rnd.randint(lo_min, hi_min))
        for s in starts
    ]


def _age(born: date, on: date) -> int:
    return on.year - born.year - ((on.month, on.day) < (born.month, born.day))


def _maybe(g: Gen, value: object, null: float) -> object:
    return None if g.rnd.random() < null else value


# -- a UN-style registration in Uganda ---------------------------------------------------------------------------------


def ug_registration(g: Gen) -> Table:
    """A UN-style refugee registration database at a Ugandan field office, one row per individual (``snake``):
    individual and group numbers (``none``), the relationship to the principal applicant, given, middle and family
    names and the other spellings of the name, sex, a date of birth (often a 1 January estimate), origin,
    birthplace, ethnicity, religion and education (``none``), the settlement (``city``, tag ``camp``), zone
    (``none``) and village/block/plot (``street_address``), the household's phone, the Office of the Prime
    Minister's refugee identity number and a document from the country of origin (``national_id``),
    specific-needs codes (``none``), a protection note naming people, the iris template's hash, a GPS fix, the
    registration clerk's login and the sync job."""
    stations = {"Nakivale": "NAK", "Kyangwali": "KYA", "Rwamwanja": "RWA", "Kiryandongo": "KIR", "Bidibidi": "YUM"}
    clerks = _logins(g, 6, "kenyan", 0)
    rows: list[dict] = []
    while len(rows) < g.rows:
        origin = v.mixed_origin(g, {"congolese": 5, "south_sudanese": 3.5, "burundian": 1.5})
        settlement = g.rnd.choice(list(v.UG_SETTLEMENTS))
        zones, villages = v.UG_SETTLEMENTS[settlement]
        zone = g.rnd.choice(zones)
        address = f"{g.rnd.choice(villages)}, Block {g.rnd.choice('ABCDEFGH')}, Plot {g.rnd.randint(1, 420)}"
        case = v.unhcr_case(g, stations[settlement])
        phone = g.phone("UG", g.rnd.choice(["national", "intl", "digits"])) if g.rnd.random() < 0.75 else None
        size = g.rnd.choices(range(1, 10), [12, 10, 12, 14, 14, 12, 10, 8, 8])[0]
        registered = g.day("2016-01-01", "2025-10-31")
        lat, lon = g.rnd.uniform(-0.9, 3.4), g.rnd.uniform(29.9, 32.5)
        for k in range(size):
            if k == 0:
                rel, female, lo, hi = "PA", g.rnd.random() < 0.55, 1950, 2004
            elif k == 1 and size > 2 and g.rnd.random() < 0.7:
                rel, female, lo, hi = "SPS", g.rnd.random() < 0.8, 1955, 2005
            else:
                rel = g.rnd.choice(["SON", "DAU", "SON", "DAU", "SON", "DAU", "NEP", "NIE", "GSN", "GDA", "MOT", "SIB"])
                female = rel in ("DAU", "NIE", "GDA", "MOT") or (rel == "SIB" and g.rnd.random() < 0.5)
                lo, hi = (1945, 1975) if rel == "MOT" else (2005, 2025)
            first, last = v.person(g, origin, female)
            born = g.birth(lo, hi, 0.35)
            rows.append(
                {
                    "case": case,
                    "rel": rel,
                    "first": first,
                    "last": last,
                    "female": female,
                    "born": born,
                    "origin": origin,
                    "settlement": settlement,
                    "zone": zone,
                    "address": address,
                    "phone": phone if k == 0 or g.rnd.random() < 0.6 else None,
                    "registered": registered,
                    "lat": round(lat + g.rnd.uniform(-0.001, 0.001), 6),
                    "lon": round(lon + g.rnd.uniform(-0.001, 0.001), 6),
                }
            )
    rows = rows[: g.rows]
    birth_towns = {"congolese": v.CD_TOWNS, "south_sudanese": v.SS_TOWNS, "burundian": v.BI_TOWNS}
    iso = {"congolese": "COD", "south_sudanese": "SSD", "burundian": "BDI"}
    ethnic = {
        "congolese": ["Hema", "Nande", "Banyamulenge", "Bembe", "Hunde"],
        "south_sudanese": ["Dinka", "Nuer", "Kakwa", "Bari", "Madi"],
        "burundian": ["Hutu", "Tutsi"],
    }

    def other_spellings(r: dict) -> str | None:
        if g.rnd.random() < 0.6:
            return None
        return v.alias_of(g, r["origin"], r["first"], r["last"])

    def origin_doc(r: dict) -> str | None:
        if g.rnd.random() < 0.78 or r["born"].year > 2007:
            return None
        if r["origin"] == "congolese":
            return g.code("9999999999999")
        if r["origin"] == "south_sudanese":
            return g.code("A9999999") if g.rnd.random() < 0.5 else g.code("99999999999")
        return g.code("999/999.999/9999")

    def needs() -> str:
        codes = ["", "", "", "DS-PM", "SP-PT", "SC-UM", "ER-NF", "WR-WR", "SM-CI", "LP-ND", "PG-PG", "SV-SV"]
        chosen = sorted({g.rnd.choice(codes) for _ in range(g.rnd.randint(1, 3))} - {""})
        return "; ".join(chosen) if chosen else "NONE"

    def note(r: dict) -> str:
        return g.rnd.choice(
            [
                f"Child lives with grandmother {v.whole(g, r['origin'])}, mother deceased",
                "Referred to GBV partner, consent given",
                (f"Husband {v.male(g, r['origin'])} reportedly in Kampala, not registered"),
                "Needs wheelchair, referred to HI",
                f"Separated from brother {v.male(g, r['origin'])} at Mpondwe, tracing opened",
            ]
        )

    return Table(
        "progres_ug.registration_individuals",
        "en",
        "snake",
        [
            c("individual_guid", N, "VARCHAR", g.col(g.uuid), "decoy", KEY),
            c("individual_no", N, "VARCHAR", [f"UGA-{g.digits(8)}" for _ in rows], "decoy", KEY, SHAPE),
            c("registration_group_no", N, "VARCHAR", [r["case"] for r in rows], "decoy", KEY, CASE, SHAPE),
            c("relationship_to_pa", N, "VARCHAR", [r["rel"] for r in rows], "decoy"),
            c("given_name", "first_name", "VARCHAR", [r["first"] for r in rows]),
            c(
                "middle_name",
                "first_name",
                "VARCHAR",
                [v.given(g, r["origin"], r["female"]) if g.rnd.random() < 0.3 else None for r in rows],
                HEAVY,
            ),
            c("family_name", "last_name", "VARCHAR", [r["last"] for r in rows]),
            c("other_spellings", "person_name", "VARCHAR", [other_spellings(r) for r in rows], HEAVY, TRANSLIT),
            c("sex", N, "VARCHAR", ["F" if r["female"] else "M" for r in rows], "decoy"),
            c("date_of_birth", "date_of_birth", "DATE", [r["born"] for r in rows], ESTIMATED),
            c("dob_estimated", N, "BOOLEAN", [r["born"].month == 1 and r["born"].day == 1 for r in rows], "decoy"),
            c("age_at_registration", N, "INTEGER", [max(_age(r["born"], r["registered"]), 0) for r in rows], "decoy"),
            c("country_of_origin", N, "VARCHAR", [iso[r["origin"]] for r in rows], "decoy", SHAPE),
            c(
                "place_of_birth",
                "city",
                "VARCHAR",
                [_maybe(g, g.rnd.choice(birth_towns[r["origin"]]), 0.15) for r in rows],
            ),
            c("ethnicity", N, "VARCHAR", [g.rnd.choice(ethnic[r["origin"]]) for r in rows], "decoy"),
            c(
                "religion",
                N,
                "VARCHAR",
                g.col(g.pick(["Catholic", "Protestant", "Pentecostal", "Muslim", "Adventist"]), 0.1),
                "decoy",
            ),
            c(
                "marital_status",
                N,
                "VARCHAR",
                ["SN" if r["born"].year > 2006 else g.rnd.choice(["SN", "MA", "MA", "WD", "SR", "DV"]) for r in rows],
                "decoy",
            ),
            c(
                "education_level",
                N,
                "VARCHAR",
                [
                    ("NE" if r["born"].year > 2019 else "PRIM")
                    if r["born"].year > 2010
                    else _maybe(g, g.rnd.choice(["NE", "PRIM", "SEC", "UNIV", "VOC"]), 0.2)
                    for r in rows
                ],
                "decoy",
            ),
            c(
                "occupation",
                N,
                "VARCHAR",
                [
                    ("Child" if r["born"].year > 2015 else "Student")
                    if r["born"].year > 2006
                    else _maybe(g, g.rnd.choice(["Farmer", "Trader", "Tailor", "Housewife", "Teacher", "None"]), 0.2)
                    for r in rows
                ],
                "decoy",
            ),
            c("settlement", "city", "VARCHAR", [r["settlement"] for r in rows], CAMP),
            c("zone", N, "VARCHAR", [r["zone"] for r in rows], "decoy"),
            c("address", "street_address", "VARCHAR", [r["address"] for r in rows], PREMISES, SHELTER),
            c("phone_number", "phone", "VARCHAR", [r["phone"] for r in rows]),
            c(
                "phone_owner",
                N,
                "VARCHAR",
                g.col(g.pick(["self", "self", "relative", "neighbour", "no phone"])),
                "decoy",
            ),
            c(
                "attestation_no",
                "national_id",
                "VARCHAR",
                [None if g.rnd.random() < 0.2 else f"RN{g.digits(2)}-{g.digits(7)}" for _ in rows],
            ),
            c("origin_id_document_no", "national_id", "VARCHAR", [origin_doc(r) for r in rows], HEAVY),
            c("specific_needs", N, "VARCHAR", [needs() for _ in rows], "decoy", VULN),
            c(
                "protection_note",
                "free_text",
                "VARCHAR",
                [note(r) if g.rnd.random() < 0.2 else g.rnd.choice(_words()) for r in rows],
                NULLWORD,
            ),
            c("biometrics_enrolled", N, "BOOLEAN", g.yn(True, False, 0.8), "decoy"),
            c("iris_template_sha256", N, "VARCHAR", g.col(g.sha256, 0.2), "decoy", HASHED, SHAPE),
            c("hh_gps_lat", N, "DOUBLE", [r["lat"] for r in rows], "decoy", COORD),
            c("hh_gps_lon", N, "DOUBLE", [r["lon"] for r in rows], "decoy", COORD),
            c("registered_on", N, "DATE", [r["registered"] for r in rows], "decoy"),
            c("registered_by", USERNAME, "VARCHAR", g.col(g.pick(clerks)), USER, AUDIT),
            c("sync_source", N, "VARCHAR", g.col(g.pick(["progres-sync", "rapidreg-import"])), "decoy", AUDIT, SERVICE),
        ],
    )


# -- a food bank, a shelter and a legal-aid clinic in the United States -------------------------------------------------


def pantry_visits(g: Gen) -> Table:
    """A Lehigh Valley (Pennsylvania) food bank's client visits at its partner pantries (``snake`` with
    abbreviations): the client's names, birth date, household counts, home address (some ``HOMELESS``), town, state
    (``none``), ZIP, phone, e-mail, SNAP and income bracket (``none``), an authorised proxy (``person_name``), the
    pantry and its address and phone (``business``), the visit, pounds, the TEFAP self-declaration, the intake
    volunteer's first name, opaque ``misc_1`` (an alternate phone) and ``misc_2`` (a program code), diet notes
    naming no one (``none``), notes naming people, the login that entered the visit and the kiosk."""
    pantries = [
        ("Sixth Street Shelter Pantry", "219 N 6th St, Allentown PA 18102", "(610) 555-0143"),
        ("St. Paul's Lutheran Food Cupboard", "1120 Hamilton St, Allentown PA 18101", "(610) 555-0178"),
        ("Southside Bethlehem Community Pantry", "412 E 4th St, Bethlehem PA 18015", "(484) 555-0121"),
        ("Easton Area Neighborhood Pantry", "902 Ferry St, Easton PA 18042", "(610) 555-0196"),
    ]
    vols = _staff(g, 7, lambda x: v.given(x, "us"))
    logins = _logins(g, 5, "us", 1)
    clients = []
    for _ in range(max(g.rows // 3, 1)):
        first, last = v.person(g, "us")
        town, lead = g.rnd.choice(v.LEHIGH_TOWNS)
        homeless = g.rnd.random() < 0.04
        clients.append(
            {
                "first": first,
                "last": last,
                "born": g.birth(1938, 2006),
                "addr": g.rnd.choice(["HOMELESS", "GENERAL DELIVERY"])
                if homeless
                else v.us_street(g, v.LEHIGH_STREETS),
                "apt": None if g.rnd.random() < 0.78 else f"Apt {g.rnd.randint(1, 30)}{g.rnd.choice('AB ')}".strip(),
                "town": town,
                "zip": v.us_zip(g, lead),
                "phone": None
                if g.rnd.random() < 0.15
                else g.phone("US", g.rnd.choice(["national", "dashes", "digits"]), areas="lehigh"),
                "email": None if g.rnd.random() < 0.65 else v.email_of(g, first, last, v.US_DOMAINS),
                "id": 30_000 + len(clients),
                "size": g.rnd.randint(1, 8),
            }
        )
    visits = [g.rnd.choice(clients) for _ in range(g.rows)]
    pantry = [g.rnd.choice(pantries) for _ in range(g.rows)]

    def note() -> str:
        return g.rnd.choice(
            [
                f"Daughter {v.given(g, 'us')} picks up when client works",
                f"Referred by caseworker {v.whole(g, 'us')} (CACLV)",
                "Needs bags, no car",
                f"Lives with {v.whole(g, 'us')}, separate household per TEFAP",
                "Asked about utility assistance",
            ]
        )

    return Table(
        "pantry_trac.client_visits",
        "en",
        "snake",
        [
            c("visit_id", N, "BIGINT", g.keys(5_500_001), "decoy", KEY),
            c("client_id", N, "INTEGER", [x["id"] for x in visits], "decoy", KEY),
            c("cl_fnm", "first_name", "VARCHAR", [x["first"] for x in visits], ABBREV),
            c("cl_lnm", "last_name", "VARCHAR", [x["last"] for x in visits], ABBREV),
            c("cl_dob", "date_of_birth", "DATE", [x["born"] for x in visits], ABBREV),
            c("hh_size", N, "INTEGER", [x["size"] for x in visits], "decoy", ABBREV),
            c("hh_kids", N, "INTEGER", [g.rnd.randint(0, max(x["size"] - 1, 0)) for x in visits], "decoy", ABBREV),
            c("hh_seniors", N, "INTEGER", g.ints(0, 2), "decoy", ABBREV),
            c("addr_ln1", "street_address", "VARCHAR", [x["addr"] for x in visits], ABBREV),
            c("addr_ln2", "street_address", "VARCHAR", [x["apt"] for x in visits], ABBREV, HEAVY),
            c("city", "city", "VARCHAR", [x["town"] for x in visits]),
            c("st", N, "VARCHAR", ["PA"] * g.rows, "decoy", ABBREV),
            c("zip", "postal_code", "VARCHAR", [x["zip"] for x in visits]),
            c("ctc_ph", "phone", "VARCHAR", [x["phone"] for x in visits], ABBREV),
            c(
                "email",
                "email",
                "VARCHAR",
                _dirty(g, [x["email"] for x in visits], 0.07, ["noemail@none.com", "test@example.com"]),
                HEAVY,
                PLACEHOLDER,
            ),
            c("snap_yn", N, "VARCHAR", g.col(g.pick(["Y", "N", "N", "U"])), "decoy", ABBREV),
            c(
                "income_lvl",
                N,
                "VARCHAR",
                g.col(g.pick(["<100% FPL", "100-150% FPL", "150-185% FPL", ">185% FPL"])),
                "decoy",
                ABBREV,
            ),
            c("proxy_nm", "person_name", "VARCHAR", g.col(lambda: v.whole(g, "us"), 0.84), HEAVY, ROLE, ABBREV),
            c("pantry_site", N, "VARCHAR", [p[0] for p in pantry], "business"),
            c("site_addr", N, "VARCHAR", [p[1] for p in pantry], "business", ABBREV),
            c("site_ph", N, "VARCHAR", [p[2] for p in pantry], "business", ABBREV),
            c("visit_ts", N, "TIMESTAMP", g.moments("2025-01-02", "2025-11-28"), "decoy"),
            c("lbs_out", N, "DOUBLE", g.floats(8, 95, 1), "decoy", ABBREV),
            c("tefap_sig", N, "BOOLEAN", g.yn(True, False, 0.93), "decoy", ABBREV),
            c("intake_vol", "first_name", "VARCHAR", g.col(g.pick(vols), 0.05), STAFF, ROLE),
            c(
                "misc_1",
                "phone",
                "VARCHAR",
                g.phones("US", {"national": 0.6, "digits": 0.4}, 0.82, "lehigh"),
                HEAVY,
                OPAQUE,
            ),
            c(
                "misc_2",
                N,
                "VARCHAR",
                g.col(g.pick(["HOLIDAY-25", "PRODUCE-RX", "SENIOR-CSFP", "BACKPACK", "STD"]), 0.3),
                "decoy",
                OPAQUE,
            ),
            c(
                "diet_notes",
                N,
                "VARCHAR",
                g.col(g.pick(["", "diabetic", "no pork", "halal", "low sodium", "no can opener", "baby formula"])),
                "decoy",
            ),
            c("notes", "free_text", "VARCHAR", g.sparse(note, 0.82, _words()), NULLWORD),
            c("entered_by", USERNAME, "VARCHAR", g.col(g.pick(logins), 0.3), USER, AUDIT),
            c(
                "src_sys",
                N,
                "VARCHAR",
                g.col(g.pick(["pantrytrac-kiosk", "pantrytrac-kiosk", "csv-import"])),
                "decoy",
                AUDIT,
                SERVICE,
                ABBREV,
            ),
        ],
    )


def shelter_bed_nights(g: Gen) -> Table:
    """A Sacramento emergency shelter's bed-night log from its HMIS (``SCREAMING``): the HMIS personal id (32 hex:
    ``none``), names with their data-quality codes, the SSN (placeholders for clients who refused), the birth date,
    gender and veteran status (``none``), the shelter and its address and phone (``business``), bed, locker and the
    locker's combination (``none``), check-in and check-out, the prior living situation, the last permanent ZIP and
    city, the case manager, the intake login, an emergency contact mixing names and phones (``free_text``), a phone
    and e-mail few clients give, a pet's name (``none``), incident notes, ``UDF_03`` (a parole officer's name) and
    ``UDF_04`` (a meal plan)."""
    shelters = [
        ("Northgate Winter Respite", "2700 Northgate Blvd, Sacramento CA 95833", "(916) 555-0110"),
        ("Riverside Family Shelter", "1420 C St, Sacramento CA 95811", "(916) 555-0162"),
        ("Stockton Blvd Navigation Center", "5000 Stockton Blvd, Sacramento CA 95820", "(916) 555-0187"),
    ]
    managers = _staff(g, 6, lambda x: v.whole(x, "us"))
    logins = _logins(g, 5, "us", 0)
    people = [v.person(g, "us") for _ in range(max(g.rows // 4, 1))]
    pid = [g.code("x" * 32) for _ in people]
    who = [g.rnd.randrange(len(people)) for _ in range(g.rows)]
    born = [g.birth(1950, 2006) for _ in people]

    def ssn_of(i: int) -> str | None:
        r = g.rnd.random()
        if r < 0.28:
            return None
        if r < 0.36:
            return g.rnd.choice(["000-00-0000", "999-99-9999"])
        return v.us_ssn(g, g.rnd.random() < 0.7)

    ssns = [ssn_of(i) for i in range(len(people))]
    place = [g.rnd.choice(v.SAC_TOWNS) for _ in people]
    checkin = g.moments("2025-06-01", "2025-11-30")

    def contact() -> str | None:
        r = g.rnd.random()
        if r < 0.4:
            return None
        if r < 0.6:
            return g.phone("US", "national", areas="sacramento")
        if r < 0.85:
            return f"{v.given(g, 'us')} (sister) {g.phone('US', 'dashes', areas='sacramento')}"
        return f"{v.whole(g, 'us')}, Loaves & Fishes"

    def incident() -> str:
        return g.rnd.choice(
            [
                f"Verbal altercation with {v.whole(g, 'us')} bed M-22, both warned",
                "Left belongings overnight, tagged",
                f"Guest reports property taken by {v.given(g, 'us')}",
                "EMS called 02:10, transported to UC Davis Med",
                "Late return after curfew",
            ]
        )

    return Table(
        "HMIS_SAC.BED_NIGHT_LOG",
        "en",
        "screaming",
        [
            c("BED_NIGHT_ID", N, "BIGINT", g.keys(8_100_001), "decoy", KEY),
            c("PERSONAL_ID", N, "VARCHAR", [pid[i] for i in who], "decoy", KEY, SHAPE),
            c("ENROLLMENT_ID", N, "INTEGER", [410_000 + i for i in who], "decoy", KEY),
            c("FIRST_NAME", "first_name", "VARCHAR", [people[i][0] for i in who]),
            c("LAST_NAME", "last_name", "VARCHAR", [people[i][1] for i in who]),
            c("NAME_DQ", N, "INTEGER", g.col(g.pick([1, 1, 1, 2, 8, 9])), "decoy"),
            c("SSN", "ssn", "VARCHAR", [ssns[i] for i in who], PLACEHOLDER),
            c(
                "SSN_DQ",
                N,
                "INTEGER",
                [99 if ssns[i] is None else (8 if ssns[i] in ("000-00-0000", "999-99-9999") else 1) for i in who],
                "decoy",
            ),
            c("DOB", "date_of_birth", "DATE", [born[i] for i in who]),
            c("DOB_DQ", N, "INTEGER", g.col(g.pick([1, 1, 1, 2, 9])), "decoy"),
            c("GENDER", N, "VARCHAR", g.col(g.pick(["Man", "Woman", "Man", "Transgender", "Non-binary"])), "decoy"),
            c("VETERAN", N, "VARCHAR", g.col(g.pick(["No", "No", "No", "Yes", "Client refused"])), "decoy"),
            c("DISABLING_COND", N, "VARCHAR", g.col(g.pick(["Yes", "No", "Data not collected"])), "decoy"),
            c("SHELTER_NAME", N, "VARCHAR", [shelters[i % 3][0] for i in who], "business"),
            c("SHELTER_ADDR", N, "VARCHAR", [shelters[i % 3][1] for i in who], "business"),
            c("SHELTER_PH", N, "VARCHAR", [shelters[i % 3][2] for i in who], "business"),
            c(
                "BED_NO",
                N,
                "VARCHAR",
                g.col(lambda: f"{g.rnd.choice('MWF')}-{g.rnd.randint(1, 60):02d}{g.rnd.choice('AB')}"),
                "decoy",
                SHAPE,
            ),
            c("LOCKER_NO", N, "INTEGER", g.ints(1, 180, 0.3), "decoy"),
            c(
                "LOCKER_COMBO",
                N,
                "VARCHAR",
                g.col(lambda: f"{g.rnd.randint(0, 39):02d}-{g.rnd.randint(0, 39):02d}-{g.rnd.randint(0, 39):02d}", 0.3),
                "decoy",
                CREDENTIAL,
            ),
            c("CHECK_IN", N, "TIMESTAMP", checkin, "decoy"),
            c("CHECK_OUT", N, "TIMESTAMP", _later(g, checkin, 480, 900, 0.1), "decoy"),
            c(
                "PRIOR_LIVING",
                N,
                "VARCHAR",
                g.col(
                    g.pick(
                        [
                            "Place not meant for habitation",
                            "Emergency shelter",
                            "Staying with family, temporary",
                            "Jail or prison",
                            "Hospital",
                            "Rental by client, no subsidy",
                        ]
                    )
                ),
                "decoy",
            ),
            c("LAST_PERM_ZIP", "postal_code", "VARCHAR", [_maybe(g, v.us_zip(g, place[i][1]), 0.35) for i in who]),
            c("LAST_PERM_CITY", "city", "VARCHAR", [_maybe(g, place[i][0], 0.3) for i in who]),
            c("CASE_MGR", "person_name", "VARCHAR", g.col(g.pick(managers), 0.15), STAFF, ABBREV),
            c("INTAKE_USER", USERNAME, "VARCHAR", g.col(g.pick(logins)), USER, AUDIT),
            c("EMERG_CONTACT", "free_text", "VARCHAR", [contact() for _ in range(g.rows)], MIXED, ABBREV),
            c("PHONE", "phone", "VARCHAR", g.phones("US", {"national": 0.7, "digits": 0.3}, 0.62, "sacramento"), HEAVY),
            c(
                "EMAIL",
                "email",
                "VARCHAR",
                [None if g.rnd.random() < 0.85 else v.email_of(g, *people[i], v.US_DOMAINS) for i in who],
                HEAVY,
            ),
            c(
                "PET_NAME",
                N,
                "VARCHAR",
                g.col(g.pick(["Bella", "Rocco", "Duke", "Princess", "Tank", "Lola", "Max"]), 0.6),
                "decoy",
                MISLEADING,
            ),
            c("INCIDENT_NOTE", "free_text", "VARCHAR", g.sparse(incident, 0.85, _words("NONE", "n/a")), NULLWORD),
            c("UDF_03", "person_name", "VARCHAR", g.col(lambda: f"PO {v.whole(g, 'us')}", 0.8), HEAVY, OPAQUE, ROLE),
            c("UDF_04", N, "VARCHAR", g.col(g.pick(["MP1", "MP2", "DIAB", "VEG"]), 0.2), "decoy", OPAQUE),
            c("ROI_SIGNED", N, "BOOLEAN", g.yn(True, False, 0.7), "decoy"),
        ],
    )


def legal_aid_matters(g: Gen) -> Table:
    """An El Paso migrant legal-aid clinic's immigration matters (``camel``): the matter and case numbers, the
    client's names (two family names), other names used, birth date, country (``none``) and city of birth, the
    A-number and a passport (``national_id``), the port of entry and the detention facility (``business``), the
    next hearing, the immigration judge, attorneys (few) and a paralegal's first name, the client's US phone and a
    WhatsApp number of the home country, e-mail, mailing address, town and ZIP, the sponsor of a minor, the case
    type, the web intake's IP, intake notes, a USCIS receipt number (``none``), a conflict-check hash and the login
    that created the matter."""
    origins = {"central_american": 7, "venezuelan": 2, "afghan": 1}
    home = {"central_american": ["GT", "HN", "SV"], "venezuelan": ["VE"], "afghan": ["AF"]}
    births = {
        "GT": ["Huehuetenango", "Quetzaltenango", "Cobán", "San Marcos"],
        "HN": ["San Pedro Sula", "Tegucigalpa", "Choloma", "La Ceiba"],
        "SV": ["San Miguel", "Soyapango", "Santa Ana"],
        "VE": ["Maracaibo", "Valencia", "Barquisimeto"],
        "AF": ["Kabul", "Herat", "Mazar-i-Sharif", "Kunduz"],
    }
    judges = _staff(g, 4, lambda x: "Hon. " + v.whole(x, "us"))
    attorneys = _staff(g, 5, lambda x: v.whole(x, "us"))
    paralegals = _staff(g, 3, lambda x: v.given(x, "central_american"))
    logins = _logins(g, 4, "us", 3)
    rows = []
    for _ in range(g.rows):
        origin = v.mixed_origin(g, origins)
        country = g.rnd.choice(home[origin])
        first, last = v.person(g, origin)
        if origin == "central_american" and g.rnd.random() < 0.6:
            last = f"{last} {v.family(g, origin)}"
        town, lead = g.rnd.choice(v.EP_TOWNS)
        rows.append(
            {
                "origin": origin,
                "country": country,
                "first": first,
                "last": last,
                "born": g.birth(1965, 2012),
                "town": town,
                "zip": v.us_zip(g, lead),
            }
        )

    def a_number() -> str | None:
        if g.rnd.random() < 0.2:
            return None
        d = g.digits(9) if g.rnd.random() < 0.8 else "0" + g.digits(8)
        return g.rnd.choice([f"A{d}", f"A {d[:3]}-{d[3:6]}-{d[6:]}", d, f"A-{d}"])

    def passport(r: dict) -> str | None:
        if g.rnd.random() < 0.6:
            return None
        layout = {"GT": "999999999", "HN": "A999999", "SV": "A99999999", "VE": "999999999", "AF": "P99999999"}
        return g.code(layout[r["country"]])

    def alias(r: dict) -> str | None:
        if g.rnd.random() < 0.82:
            return None
        return f"{v.given(g, r['origin'])} {r['last'].split()[0]}"

    def intake() -> str:
        return g.rnd.choice(
            [
                f"Crossed with cousin {v.whole(g, 'central_american')}, separated at CBP",
                "Fear of return: extortion by gang, police report in file",
                f"Child's father {v.whole(g, 'central_american')} remains in Honduras",
                "Needs Spanish interpreter for Mam speaker",
                "Missed hearing, in absentia order, MTR",
                f"Sponsor is aunt {v.given(g, 'central_american')}, lives in Denver",
            ]
        )

    sponsored = [g.rnd.random() < 0.18 for _ in rows]
    return Table(
        "clinic_cases.immMatters",
        "en",
        "camel",
        [
            c("matterId", N, "BIGINT", g.keys(77_001), "decoy", KEY),
            c("caseNumber", N, "VARCHAR", [f"25-IMM-{g.digits(5)}" for _ in rows], "decoy", KEY, SHAPE),
            c("clientFirstName", "first_name", "VARCHAR", [r["first"] for r in rows]),
            c("clientLastName", "last_name", "VARCHAR", [r["last"] for r in rows]),
            c("clientAlias", "person_name", "VARCHAR", [alias(r) for r in rows], HEAVY, TRANSLIT),
            c("clientDob", "date_of_birth", "DATE", [r["born"] for r in rows]),
            c("countryOfBirth", N, "VARCHAR", [r["country"] for r in rows], "decoy", SHAPE),
            c("cityOfBirth", "city", "VARCHAR", [_maybe(g, g.rnd.choice(births[r["country"]]), 0.1) for r in rows]),
            c("aNumber", "national_id", "VARCHAR", [a_number() for _ in rows]),
            c("passportNumber", "national_id", "VARCHAR", [passport(r) for r in rows], HEAVY),
            c("passportCountry", N, "VARCHAR", [r["country"] for r in rows], "decoy", SHAPE),
            c("entryDate", N, "DATE", g.days("2019-01-01", "2025-10-31", 0.1), "decoy"),
            c(
                "entryPort",
                N,
                "VARCHAR",
                g.col(
                    g.pick(
                        [
                            "Paso del Norte POE",
                            "Ysleta POE",
                            "Santa Teresa POE",
                            "Between ports",
                            "Bridge of the Americas",
                        ]
                    )
                ),
                "business",
            ),
            c("detained", N, "BOOLEAN", g.yn(True, False, 0.2), "decoy"),
            c(
                "detentionFacility",
                N,
                "VARCHAR",
                g.col(
                    g.pick(
                        [
                            "Not detained",
                            "Not detained",
                            "Not detained",
                            "El Paso Service Processing Center",
                            "Otero County Processing Center",
                        ]
                    )
                ),
                "business",
            ),
            c("nextHearingAt", N, "TIMESTAMP", g.moments("2025-12-01", "2027-06-30", 0.25), "decoy"),
            c("immigrationJudge", "person_name", "VARCHAR", g.col(g.pick(judges), 0.3), STAFF, ROLE),
            c("attorney", "person_name", "VARCHAR", g.col(g.pick(attorneys)), STAFF),
            c("paralegal", "first_name", "VARCHAR", g.col(g.pick(paralegals), 0.2), STAFF),
            c(
                "clientPhone",
                "phone",
                "VARCHAR",
                g.phones("US", {"national": 0.6, "dashes": 0.2, "e164": 0.2}, 0.2, "el_paso"),
            ),
            c(
                "whatsappNumber",
                "phone",
                "VARCHAR",
                [
                    None if g.rnd.random() < 0.45 else g.phone(r["country"], g.rnd.choice(["intl", "e164"]))
                    for r in rows
                ],
            ),
            c(
                "clientEmail",
                "email",
                "VARCHAR",
                [
                    None
                    if g.rnd.random() < 0.55
                    else v.email_of(g, r["first"].split()[0], r["last"].split()[0], v.INTL_DOMAINS)
                    for r in rows
                ],
                HEAVY,
            ),
            c("mailingAddress", "street_address", "VARCHAR", g.col(lambda: v.us_street(g, v.EP_STREETS), 0.2)),
            c("mailingCity", "city", "VARCHAR", [_maybe(g, r["town"], 0.2) for r in rows]),
            c("mailingZip", "postal_code", "VARCHAR", [_maybe(g, r["zip"], 0.2) for r in rows]),
            c(
                "sponsorName",
                "person_name",
                "VARCHAR",
                [v.whole(g, "central_american") if s else None for s in sponsored],
                HEAVY,
                ROLE,
            ),
            c(
                "sponsorPhone",
                "phone",
                "VARCHAR",
                [g.phone("US", "national", areas="el_paso") if s and g.rnd.random() < 0.9 else None for s in sponsored],
                HEAVY,
                ROLE,
            ),
            c(
                "caseType",
                N,
                "VARCHAR",
                g.col(g.pick(["Asylum (I-589)", "SIJS", "TPS", "U visa", "Cancellation of removal", "Parole renewal"])),
                "decoy",
            ),
            c("intakeIp", "ip_address", "VARCHAR", g.col(lambda: g.ip(0.35), 0.4)),
            c("intakeNotes", "free_text", "VARCHAR", g.col(intake, 0.25)),
            c(
                "uscisReceiptNo",
                N,
                "VARCHAR",
                g.col(lambda: g.rnd.choice(["IOE", "EAC", "WAC", "SRC"]) + g.digits(10), 0.5),
                "decoy",
                SHAPE,
            ),
            c("conflictCheckHash", N, "VARCHAR", g.col(g.sha256), "decoy", HASHED, SHAPE),
            c("createdBy", USERNAME, "VARCHAR", g.col(g.pick(logins)), USER, AUDIT),
            c("updatedAt", N, "TIMESTAMP", g.moments("2025-01-01", "2025-11-30"), "decoy"),
        ],
    )


# -- cash transfers in Somalia, damage assessments in the Philippines ---------------------------------------------------


def somalia_cash(g: Gen) -> Table:
    """An NGO's multipurpose cash transfers to drought-displaced households around Baidoa and Dollow (``SCREAMING``):
    the household id and the KoBo submission's UUID (``none``), the beneficiary's three-part name (given, father's
    and grandfather's names, spelled in English or Somali orthography), sex and age (``none``), the phone and the
    mobile-money account (the same subscriber number as an MSISDN: ``phone``, tag ``mobile_money``), the operator,
    an alternate recipient and phone, the rare national identity number, district (``none``), IDP site (``city``,
    tag ``camp``) and shelter (``street_address``), scores and criteria (``none``), the transfer, its reference and
    status, a GPS fix, the enumerator code, the verifier's first name, the monitoring comment, KoBo metadata as JSON
    (``none``), ``UDF_03`` (the mother's name) and ``UDF_04`` (a round label)."""
    verifiers = _staff(g, 5, lambda x: v.given(x, "somali"))
    rows = []
    for _ in range(g.rows):
        female = g.rnd.random() < 0.7
        variant = g.rnd.choice([0, 0, 1, None])
        a = v.given(g, "somali", female, variant)
        father = v.male(g, "somali", variant)
        grand = v.family(g, "somali", variant)
        district = g.rnd.choices(list(v.SO_SITES), [6, 3, 1])[0]
        phone = g.phone("SO", "national")
        rows.append(
            {
                "name": f"{a} {father} {grand}",
                "female": female,
                "age": g.rnd.randint(18, 78),
                "phone": phone,
                "district": district,
                "site": g.rnd.choice(v.SO_SITES[district]),
            }
        )

    def msisdn(r: dict) -> str | None:
        if g.rnd.random() < 0.12:
            return None
        return "252" + "".join(ch for ch in r["phone"] if ch.isdigit()).lstrip("0")

    def comment() -> str | None:
        if g.rnd.random() < 0.55:
            return None
        return g.rnd.choice(
            [
                f"Money received by husband {v.male(g, 'somali')}, wife confirms",
                "Spent on food and water trucking",
                f"Shared with neighbour {v.whole(g, 'somali')}",
                "Network problem, paid on second attempt",
                "Paid rent to landowner",
            ]
        )

    alt = [g.rnd.random() < 0.22 for _ in rows]
    return Table(
        "CVA_BAIDOA.BNF_PAYMENTS",
        "en",
        "screaming",
        [
            c("PAYMENT_ID", N, "BIGINT", g.keys(300_001), "decoy", KEY),
            c(
                "HH_ID",
                N,
                "VARCHAR",
                [f"{r['district'][:3].upper()}-HH-{g.digits(6)}" for r in rows],
                "decoy",
                KEY,
                SHAPE,
            ),
            c("KOBO_UUID", N, "VARCHAR", g.col(g.uuid), "decoy", KEY),
            c("BNF_FULL_NAME", "person_name", "VARCHAR", [r["name"] for r in rows], TRANSLIT),
            c("BNF_SEX", N, "VARCHAR", ["F" if r["female"] else "M" for r in rows], "decoy"),
            c("BNF_AGE", N, "INTEGER", [r["age"] for r in rows], "decoy"),
            c("BNF_PHONE", "phone", "VARCHAR", [r["phone"] for r in rows]),
            c("MM_ACCOUNT_NO", "phone", "VARCHAR", [msisdn(r) for r in rows], MOBILE_MONEY),
            c("MM_PROVIDER", N, "VARCHAR", g.col(g.pick(["EVC Plus", "EVC Plus", "EVC Plus", "e-Dahab"])), "decoy"),
            c(
                "ALT_RECIPIENT_NAME",
                "person_name",
                "VARCHAR",
                [v.whole(g, "somali") if a else None for a in alt],
                HEAVY,
                ROLE,
            ),
            c(
                "ALT_RECIPIENT_PHONE",
                "phone",
                "VARCHAR",
                [
                    g.phone("SO", g.rnd.choice(["national", "msisdn"])) if a and g.rnd.random() < 0.85 else None
                    for a in alt
                ],
                HEAVY,
                ROLE,
            ),
            c("NATIONAL_ID_NO", "national_id", "VARCHAR", g.col(lambda: g.digits(11), 0.9), HEAVY),
            c("DISTRICT", N, "VARCHAR", [r["district"] for r in rows], "decoy"),
            c("IDP_SITE", "city", "VARCHAR", [r["site"] for r in rows], CAMP),
            c(
                "SHELTER_NO",
                "street_address",
                "VARCHAR",
                g.col(lambda: f"Sec {g.rnd.randint(1, 9)} / Shelter {g.rnd.randint(1, 650)}", 0.1),
                PREMISES,
                SHELTER,
            ),
            c("HH_SIZE", N, "INTEGER", g.ints(1, 12), "decoy"),
            c("PMT_SCORE", N, "DOUBLE", g.floats(8, 42, 2), "decoy"),
            c(
                "VULN_CRITERIA",
                N,
                "VARCHAR",
                g.col(
                    g.pick(
                        [
                            "PLW",
                            "Female-headed",
                            "Elderly-headed; disability",
                            "Child-headed",
                            "Malnourished child",
                            "Disability",
                        ]
                    )
                ),
                "decoy",
                VULN,
            ),
            c("ROUND_NO", N, "INTEGER", g.ints(1, 6), "decoy"),
            c("AMOUNT_USD", N, "DOUBLE", g.col(g.pick([70.0, 85.0, 105.0, 120.0])), "decoy"),
            c("TXN_REF", N, "VARCHAR", g.col(lambda: "EVC" + g.digits(10), 0.12), "decoy", SHAPE),
            c(
                "TXN_STATUS",
                N,
                "VARCHAR",
                g.col(g.pick(["SUCCESS", "SUCCESS", "SUCCESS", "FAILED", "PENDING"])),
                "decoy",
            ),
            c("PAID_AT", N, "TIMESTAMP", g.moments("2025-03-01", "2025-10-31", 0.1), "decoy"),
            c("GPS_LAT", N, "DOUBLE", g.floats(3.0, 4.2, 6), "decoy", COORD),
            c("GPS_LON", N, "DOUBLE", g.floats(42.5, 43.9, 6), "decoy", COORD),
            c("ENUMERATOR", N, "VARCHAR", g.col(lambda: f"ENUM-{g.rnd.randint(1, 24):02d}"), "decoy", SHAPE),
            c("VERIFIED_BY", "first_name", "VARCHAR", g.col(g.pick(verifiers), 0.2), STAFF),
            c("PDM_COMMENT", "free_text", "VARCHAR", [comment() for _ in rows]),
            c(
                "KOBO_META",
                N,
                "VARCHAR",
                g.col(
                    lambda: json.dumps(
                        {
                            "formhub_uuid": g.code("x" * 12),
                            "version": f"v{g.rnd.randint(1, 9)}",
                            "deviceid": f"collect:{g.code('Z' * 10)}",
                        }
                    )
                ),
                "decoy",
                JSON_PLAIN,
            ),
            c(
                "UDF_03",
                "person_name",
                "VARCHAR",
                g.col(lambda: f"{v.given(g, 'somali', True)} {v.male(g, 'somali')}", 0.3),
                OPAQUE,
            ),
            c(
                "UDF_04",
                N,
                "VARCHAR",
                g.col(g.pick(["Round 3 top-up", "Regular", "Regular", "Flood top-up"])),
                "decoy",
                OPAQUE,
            ),
        ],
    )


def ph_damage_assessment(g: Gen) -> Table:
    """A Philippine provincial disaster office's rapid damage assessments after a typhoon (``Pascal``): the
    assessment id, form version, the typhoon's name (named like a person: ``none``, tag ``misleading``), the family
    access card number (``none``), the household head's last, first and middle name (the mother's maiden surname:
    ``last_name``), sex, birth date, PhilSys number, mobile number, province and barangay (``none``), municipality
    (``city``), purok and house (``street_address``), a GPS fix, damage category, house materials and counts
    (``none``), the evacuation centre (a school: ``business``), the assessor (few), the tablet's IMEI (``none``),
    the photo file, the validating login and remarks naming people."""
    assessors = _staff(g, 6, lambda x: v.whole(x, "filipino"))
    logins = _logins(g, 4, "filipino", 0)
    places = [g.rnd.choice(v.PH_PLACES) for _ in range(g.rows)]
    pairs = [v.person(g, "filipino") for _ in range(g.rows)]
    imeis = [v.device_imei(g) for _ in assessors]
    tablet = [g.rnd.randrange(len(assessors)) for _ in range(g.rows)]
    schools = [f"{p[0].replace(' City', '')} Central Elementary School" for p in v.PH_PLACES] + [
        "Barangay Hall (covered court)",
        "St. Michael Parish Church",
    ]

    def remark() -> str:
        return g.rnd.choice(
            [
                f"House shared with in-laws ({v.whole(g, 'filipino')})",
                "Roof blown off, walls intact",
                f"Owner {v.whole(g, 'filipino')} working in Manila, caretaker present",
                "Near river, flooded 1.5 m",
                "Needs tarpaulin and hygiene kit",
            ]
        )

    return Table(
        "DRRM_R8.RapidDamageAssessment",
        "en",
        "pascal",
        [
            c("AssessmentId", N, "BIGINT", g.keys(60_001), "decoy", KEY),
            c("FormVersion", N, "VARCHAR", g.col(g.pick(["2.3.1", "2.4.0", "2.4.2"])), "decoy", SHAPE),
            c(
                "TyphoonName",
                N,
                "VARCHAR",
                g.col(g.pick(["Odette", "Kristine", "Paeng", "Agaton"])),
                "decoy",
                MISLEADING,
            ),
            c("DafacNo", N, "VARCHAR", [f"R8-{g.digits(2)}-{g.digits(6)}" for _ in range(g.rows)], "decoy", KEY, SHAPE),
            c("HouseholdHeadLastName", "last_name", "VARCHAR", [b for _, b in pairs]),
            c("HouseholdHeadFirstName", "first_name", "VARCHAR", [a for a, _ in pairs]),
            c("HouseholdHeadMiddleName", "last_name", "VARCHAR", g.col(lambda: v.family(g, "filipino"), 0.15), POSTNOM),
            c("Sex", N, "VARCHAR", g.col(g.pick(["M", "F"])), "decoy"),
            c("Birthdate", "date_of_birth", "DATE", g.births(1940, 2005)),
            c(
                "PhilSysNumber",
                "national_id",
                "VARCHAR",
                g.col(lambda: f"{g.digits(4)}-{g.digits(4)}-{g.digits(4)}-{g.digits(4)}", 0.66),
                HEAVY,
            ),
            c("ContactNumber", "phone", "VARCHAR", g.phones("PH", {"national": 0.5, "digits": 0.3, "intl": 0.2}, 0.2)),
            c("Province", N, "VARCHAR", [p[1] for p in places], "decoy"),
            c("Municipality", "city", "VARCHAR", [p[0] for p in places]),
            c("Barangay", N, "VARCHAR", [g.rnd.choice(p[2]) for p in places], "decoy"),
            c(
                "PurokSitio",
                "street_address",
                "VARCHAR",
                g.col(lambda: f"House {g.rnd.randint(1, 240)}, {g.rnd.choice(v.PH_SITIOS)}"),
                PREMISES,
            ),
            c("Latitude", N, "DOUBLE", g.floats(10.9, 12.1, 6), "decoy", COORD),
            c("Longitude", N, "DOUBLE", g.floats(124.4, 125.8, 6), "decoy", COORD),
            c(
                "DamageCategory",
                N,
                "VARCHAR",
                g.col(g.pick(["Totally damaged", "Partially damaged", "Partially damaged"])),
                "decoy",
            ),
            c("HouseMaterial", N, "VARCHAR", g.col(g.pick(["Light (nipa, bamboo)", "Mixed", "Concrete"])), "decoy"),
            c("FamilyMembers", N, "INTEGER", g.ints(1, 11), "decoy"),
            c("PwdCount", N, "INTEGER", g.ints(0, 2), "decoy"),
            c("SeniorCount", N, "INTEGER", g.ints(0, 3), "decoy"),
            c("EvacuationCenter", N, "VARCHAR", g.col(g.pick(schools), 0.3), "business"),
            c("AssessedBy", "person_name", "VARCHAR", [assessors[i] for i in tablet], STAFF),
            c("TabletImei", N, "VARCHAR", [imeis[i] for i in tablet], "decoy", CHECK, SHAPE),
            c("PhotoFile", N, "VARCHAR", g.col(lambda: f"IMG_{g.digits(8)}_{g.digits(6)}.jpg", 0.2), "decoy"),
            c("AssessedAt", N, "TIMESTAMP", g.moments("2024-10-26", "2024-11-20"), "decoy"),
            c("ValidatedBy", USERNAME, "VARCHAR", g.col(g.pick(logins), 0.3), USER, AUDIT),
            c("Remarks", "free_text", "VARCHAR", g.sparse(remark, 0.5, ("", "none", "N/A"))),
        ],
    )


# -- a soup kitchen, a clothing warehouse, an interpreter pool -----------------------------------------------------------


def soup_kitchen_rota(g: Gen) -> Table:
    """A Glasgow soup kitchen's volunteer rota (``camel``): the volunteer's names, preferred name, mobile, e-mail,
    postcode and town, birth date (for under-18s), the PVG scheme membership number (a vetting record: ``none``),
    the shift, the kitchen site with its address, phone and door code (``business``/``credential``), the
    coordinator, hygiene certificate expiry, an emergency contact (a name, a phone or both: ``free_text``), access
    needs (``none``), the sign-up IP, counts, notes, ``attr7`` (the employer for matched giving: ``business``),
    ``attr8`` (a second e-mail), a referee and the sign-up form."""
    sites = [
        ("Trongate Kitchen", "41 Trongate, Glasgow G1 5HL", "0141 496 0312", "4471#"),
        ("Govanhill Community Meals", "118 Allison St, Glasgow G42 8RS", "0141 496 0789", "C1975"),
        ("Paisley Abbey Hall Supper", "3 Abbey Close, Paisley PA1 1JF", "0141 496 0550", "2580"),
    ]
    coords = _staff(g, 4, lambda x: v.whole(x, "scottish"))
    vols = []
    for _ in range(max(g.rows // 5, 1)):
        a, b = v.person(g, "scottish")
        town, districts = g.rnd.choice(v.GLA_TOWNS)
        vols.append(
            {
                "first": a,
                "last": b,
                "town": town,
                "pc": v.uk_postcode(g, g.rnd.choice(districts)),
                "mobile": g.phone("GB", g.rnd.choice(["national", "national", "intl", "e164"])),
                "email": v.email_of(g, a, b, v.UK_DOMAINS),
                "born": None if g.rnd.random() < 0.4 else g.birth(1950, 2009),
                "pvg": g.digits(16) if g.rnd.random() < 0.6 else None,
                "pref": None if g.rnd.random() < 0.8 else g.rnd.choice(["Ali", "Kat", "Mo", "Jo", "Sandy"]),
                "id": 700 + len(vols),
            }
        )
    who = [g.rnd.choice(vols) for _ in range(g.rows)]
    site = [g.rnd.randrange(len(sites)) for _ in range(g.rows)]

    def emergency() -> str | None:
        r = g.rnd.random()
        if r < 0.3:
            return None
        if r < 0.55:
            return g.phone("GB", "national")
        if r < 0.85:
            return f"{v.whole(g, 'scottish')} (partner) {g.phone('GB', 'national')}"
        return f"Mum - {v.given(g, 'scottish', True)}"

    def note() -> str:
        return g.rnd.choice(
            [
                f"Comes with her son {v.given(g, 'scottish', False)} (16) on Saturdays",
                "Prefers washing up, not front of house",
                f"Swapped with {v.whole(g, 'scottish')}",
                "Has van licence, can do collections",
                "Gaelic speaker",
            ]
        )

    return Table(
        "rota_app.volunteerShifts",
        "en",
        "camel",
        [
            c("shiftId", N, "BIGINT", g.keys(120_001), "decoy", KEY),
            c("volunteerId", N, "INTEGER", [x["id"] for x in who], "decoy", KEY),
            c("firstName", "first_name", "VARCHAR", [x["first"] for x in who]),
            c("surname", "last_name", "VARCHAR", [x["last"] for x in who]),
            c("preferredName", "first_name", "VARCHAR", [x["pref"] for x in who], HEAVY),
            c("mobile", "phone", "VARCHAR", [x["mobile"] for x in who]),
            c("email", "email", "VARCHAR", [x["email"] for x in who]),
            c("postcode", "postal_code", "VARCHAR", [x["pc"] for x in who]),
            c("town", "city", "VARCHAR", [x["town"] for x in who]),
            c("dateOfBirth", "date_of_birth", "DATE", [x["born"] for x in who]),
            c("pvgMembershipNo", N, "VARCHAR", [x["pvg"] for x in who], "decoy", PERMIT, SHAPE),
            c("shiftDate", N, "DATE", g.days("2025-09-01", "2025-12-24"), "decoy"),
            c("shiftSlot", N, "VARCHAR", g.col(g.pick(["Lunch 11-2", "Supper 5-8", "Sat breakfast 8-11"])), "decoy"),
            c(
                "role",
                N,
                "VARCHAR",
                g.col(g.pick(["Kitchen", "Front of house", "Driver", "Washing up", "Befriender"])),
                "decoy",
            ),
            c("kitchenSite", N, "VARCHAR", [sites[i][0] for i in site], "business"),
            c("siteAddress", N, "VARCHAR", [sites[i][1] for i in site], "business"),
            c("sitePhone", N, "VARCHAR", [sites[i][2] for i in site], "business"),
            c("siteDoorCode", N, "VARCHAR", [sites[i][3] for i in site], "decoy", CREDENTIAL),
            c(
                "coordinator",
                "person_name",
                "VARCHAR",
                [coords[i % len(coords)] if g.rnd.random() < 0.9 else None for i in site],
                STAFF,
            ),
            c("foodHygieneExpiry", N, "DATE", g.days("2025-06-01", "2028-06-01", 0.4), "decoy"),
            c("emergencyContact", "free_text", "VARCHAR", [emergency() for _ in who], MIXED),
            c(
                "accessNeeds",
                N,
                "VARCHAR",
                g.col(g.pick(["", "", "step-free", "no heavy lifting", "seated tasks", "BSL user"])),
                "decoy",
            ),
            c("signupIp", "ip_address", "VARCHAR", g.col(lambda: g.ip(0.4), 0.15)),
            c("tShirtSize", N, "VARCHAR", g.col(g.pick(["S", "M", "L", "XL"]), 0.3), "decoy"),
            c("hoursThisYear", N, "DOUBLE", g.floats(0, 240, 1), "decoy"),
            c("noShows", N, "INTEGER", g.ints(0, 4), "decoy"),
            c("notes", "free_text", "VARCHAR", g.sparse(note, 0.8, _words("TBC")), NULLWORD),
            c(
                "attr7",
                N,
                "VARCHAR",
                g.col(
                    g.pick(
                        ["Clydesdale Mutual", "Strathkelvin Energy", "NHS GGC", "Retired", "Student", "Self-employed"]
                    ),
                    0.35,
                ),
                "decoy",
                OPAQUE,
            ),
            c(
                "attr8",
                "email",
                "VARCHAR",
                [
                    v.email_of(g, x["first"], x["last"], ["nhs.scot", "glasgow.ac.uk", "strath.ac.uk"])
                    if g.rnd.random() < 0.25
                    else None
                    for x in who
                ],
                HEAVY,
                OPAQUE,
            ),
            c("refereeName", "person_name", "VARCHAR", g.col(lambda: v.whole(g, "scottish"), 0.7), HEAVY, ROLE),
            c(
                "createdBy",
                N,
                "VARCHAR",
                g.col(g.pick(["signup-form", "signup-form", "admin-import"])),
                "decoy",
                AUDIT,
                SERVICE,
            ),
        ],
    )


def clothing_intake(g: Gen) -> Table:
    """A Toronto clothing-donation warehouse's intake lines (``snake``): the intake number, the donor (mostly
    private people; some drop-offs anonymous, a few firms: ``person_name``), the drive or organisation
    (``none``), the e-mail, phone and address of donors who want a tax receipt, the receipt number and the
    charity's business number (``none``), SKU, GTIN of new goods, item descriptions (``none``), size, grade,
    quantity, weight, pallet and bin, fair market value, the sorter's first name, the partner agency and its address
    (``business``), a coat-drive organiser, ``src_crm_col17`` (an alternate contact: ``free_text``),
    ``src_crm_col18`` (a tier) and pick-up notes naming people."""
    bn = v.ca_bn(g)
    sorters = _staff(g, 6, lambda x: v.given(x, "canadian"))
    agencies = [
        ("Queen West Women's Shelter", "1120 Queen St W, Toronto ON M6J 1J3"),
        ("Scarborough Newcomer Hub", "2740 Lawrence Ave E, Toronto ON M1P 2S7"),
        ("Peel Family Shelter", "34 Rutherford Rd S, Brampton ON L6W 3J2"),
        ("Youth Without Shelter Annex", "6 Warrendale Ct, Toronto ON M9V 1P9"),
    ]
    rows = []
    for _ in range(g.rows):
        kind = g.rnd.choices(["individual", "anonymous", "business", "drive"], [62, 22, 6, 10])[0]
        receipt = kind in ("individual", "business") and g.rnd.random() < 0.45
        first, last = v.person(g, "canadian")
        city, fsas = g.rnd.choice(v.TOR_PLACES)
        name = {
            "individual": f"{first} {last}",
            "anonymous": None,
            "business": g.rnd.choice(["Chen & Gill Dental", "Lakeshore Outfitters Ltd", "Medeiros Bakery"]),
            "drive": f"{first} {last}",
        }[kind]
        rows.append(
            {
                "kind": kind,
                "name": name,
                "receipt": receipt,
                "first": first,
                "last": last,
                "city": city,
                "postal": v.ca_postal(g, g.rnd.choice(fsas)),
            }
        )
    items = [
        ("Men's winter parka", "Outerwear"),
        ("Children's snow pants", "Outerwear"),
        ("Women's jeans", "Bottoms"),
        ("Wool socks (new, 6-pack)", "Accessories"),
        ("Toque and mitts set", "Accessories"),
        ("School backpack", "Bags"),
        ("Infant sleeper", "Baby"),
        ("Work boots", "Footwear"),
    ]
    item = [g.rnd.choice(items) for _ in rows]

    def alt_contact(r: dict) -> str | None:
        if r["kind"] == "anonymous" or g.rnd.random() < 0.5:
            return None
        x = g.rnd.random()
        if x < 0.4:
            return g.phone("CA", "national")
        if x < 0.7:
            return v.email_of(g, r["first"], r["last"], v.CA_DOMAINS)
        return f"{v.whole(g, 'canadian')} (spouse)"

    def pickup() -> str:
        return g.rnd.choice(
            [
                f"Pick up from porch, ask for {v.given(g, 'canadian')}",
                "Side door, buzzer 14",
                f"Call {v.whole(g, 'canadian')} before arriving",
                "Boxes in lobby with concierge",
            ]
        )

    return Table(
        "donations_wh.intake_lines",
        "en",
        "snake",
        [
            c("line_id", N, "BIGINT", g.keys(2_000_001), "decoy", KEY),
            c("intake_no", N, "VARCHAR", [f"IN-25-{g.digits(6)}" for _ in rows], "decoy", KEY, SHAPE),
            c("received_at", N, "TIMESTAMP", g.moments("2025-09-01", "2025-12-15"), "decoy"),
            c("donor_type", N, "VARCHAR", [r["kind"] for r in rows], "decoy"),
            c("donor_name", "person_name", "VARCHAR", [r["name"] for r in rows], ROLE),
            c(
                "org_or_drive",
                N,
                "VARCHAR",
                [
                    g.rnd.choice(["St. Cecilia CS coat drive", "Rogers office drive", "Bloor West BIA drive"])
                    if r["kind"] == "drive"
                    else "walk-in"
                    for r in rows
                ],
                "decoy",
            ),
            c(
                "donor_email",
                "email",
                "VARCHAR",
                [
                    v.email_of(g, r["first"], r["last"], v.CA_DOMAINS)
                    if r["receipt"] and r["kind"] == "individual"
                    else None
                    for r in rows
                ],
                HEAVY,
            ),
            c(
                "donor_phone",
                "phone",
                "VARCHAR",
                [
                    g.phone("CA", g.rnd.choice(["national", "dashes"]))
                    if r["kind"] in ("individual", "drive") and g.rnd.random() < 0.4
                    else None
                    for r in rows
                ],
                HEAVY,
            ),
            c(
                "donor_addr_ln1",
                "street_address",
                "VARCHAR",
                [v.us_street(g, v.TOR_STREETS) if r["receipt"] and r["kind"] == "individual" else None for r in rows],
                HEAVY,
                ABBREV,
            ),
            c(
                "donor_city",
                "city",
                "VARCHAR",
                [r["city"] if r["receipt"] and r["kind"] == "individual" else None for r in rows],
                HEAVY,
            ),
            c(
                "donor_postal",
                "postal_code",
                "VARCHAR",
                [r["postal"] if r["receipt"] and r["kind"] == "individual" else None for r in rows],
                HEAVY,
            ),
            c(
                "tax_receipt_no",
                N,
                "VARCHAR",
                [f"TR-2025-{g.digits(5)}" if r["receipt"] or g.rnd.random() < 0.2 else None for r in rows],
                "decoy",
                SHAPE,
            ),
            c("charity_bn", N, "VARCHAR", [bn] * g.rows, "business", CHECK),
            c("sku", N, "VARCHAR", [f"{i[1][:3].upper()}-{g.code('9999-AA')}" for i in item], "decoy", SHAPE),
            c("gtin", N, "VARCHAR", g.col(lambda: v.gtin13(g), 0.6), "decoy", CHECK, SHAPE),
            c("item_category", N, "VARCHAR", [i[1] for i in item], "decoy"),
            c("item_desc", N, "VARCHAR", [i[0] for i in item], "decoy", PRODUCT),
            c("size", N, "VARCHAR", g.col(g.pick(["XS", "S", "M", "L", "XL", "2T", "4T", "10", "12"])), "decoy"),
            c("condition_grade", N, "VARCHAR", g.col(g.pick(["A", "A", "B", "C", "Rag"])), "decoy"),
            c("qty", N, "INTEGER", g.ints(1, 40), "decoy"),
            c("weight_kg", N, "DOUBLE", g.floats(0.2, 35, 2), "decoy"),
            c("pallet_id", N, "VARCHAR", g.col(lambda: g.code("PLT-99999")), "decoy", SHAPE),
            c(
                "bin_loc",
                N,
                "VARCHAR",
                g.col(lambda: f"{g.rnd.choice('ABCDEF')}-{g.rnd.randint(1, 24):02d}-{g.rnd.randint(1, 5)}"),
                "decoy",
                SHAPE,
                ABBREV,
            ),
            c("fmv_cad", N, "DOUBLE", g.amounts(2, 180), "decoy"),
            c("sorted_by", "first_name", "VARCHAR", g.col(g.pick(sorters), 0.1), STAFF),
            c("partner_agency", N, "VARCHAR", [a[0] for a in (g.rnd.choice(agencies) for _ in rows)], "business"),
            c("partner_agency_addr", N, "VARCHAR", g.col(lambda: g.rnd.choice(agencies)[1]), "business"),
            c(
                "drive_organizer",
                "person_name",
                "VARCHAR",
                [v.whole(g, "canadian") if r["kind"] == "drive" or g.rnd.random() < 0.05 else None for r in rows],
                HEAVY,
                ROLE,
            ),
            c("src_crm_col17", "free_text", "VARCHAR", [alt_contact(r) for r in rows], MIXED, SOURCE),
            c(
                "src_crm_col18",
                N,
                "VARCHAR",
                g.col(g.pick(["Friend", "Supporter", "Champion", "Lapsed"])),
                "decoy",
                SOURCE,
            ),
            c("pickup_note", "free_text", "VARCHAR", g.sparse(pickup, 0.86, _words("-", "none")), NULLWORD),
        ],
    )


def interpreter_pool(g: Gen) -> Table:
    """A Melbourne settlement-services agency's interpreter pool (``Pascal``): names, preferred name, gender
    (``none``), birth date, languages, the NAATI practitioner number (a credential: ``none``), mobile, e-mail, home
    address, suburb, state (``none``), postcode, the TFN of casual employees (``national_id``), the ABN of sole
    traders (``none``), BSB (``none``) and account number (``unclassified``, tag ``bank_account``), the Working with
    Children Check number (``none``), rates, the coordinator, notes, ``Udf1`` (a dialect) and ``Udf2`` (a partner's
    phone) and the login that last changed the row."""
    coords = _staff(g, 3, lambda x: v.whole(x, "australian"))
    logins = _logins(g, 3, "australian", 1)
    langs = [
        "Dari; Pashto",
        "Arabic (Levantine)",
        "Arabic (Iraqi); Kurdish",
        "Somali",
        "Dinka; Juba Arabic",
        "Swahili; Kinyarwanda",
        "Vietnamese",
        "Hazaragi; Dari",
        "Tigrinya",
        "Greek",
        "Karen; Burmese",
    ]
    rows = []
    for _ in range(g.rows):
        a, b = v.person(g, "australian")
        suburb, pc = g.rnd.choice(v.MEL_SUBURBS)
        casual = g.rnd.random() < 0.38
        rows.append({"first": a, "last": b, "suburb": suburb, "pc": pc, "casual": casual})

    def note() -> str:
        return g.rnd.choice(
            [
                f"Related to client {v.whole(g, 'australian')}, do not assign",
                "Prefers phone work",
                "Female interpreter requests OK",
                f"Mentored by {v.given(g, 'australian')}",
                "Available weekends only",
            ]
        )

    return Table(
        "InterpreterPool.Interpreters",
        "en",
        "pascal",
        [
            c("InterpreterId", N, "INTEGER", g.keys(1_001), "decoy", KEY),
            c("GivenName", "first_name", "VARCHAR", [r["first"] for r in rows]),
            c("FamilyName", "last_name", "VARCHAR", [r["last"] for r in rows]),
            c("PreferredName", "first_name", "VARCHAR", g.col(lambda: v.given(g, "australian"), 0.8), HEAVY),
            c("Gender", N, "VARCHAR", g.col(g.pick(["F", "M", "F", "M", "X"])), "decoy"),
            c("DateOfBirth", "date_of_birth", "DATE", g.births(1955, 2002)),
            c("Languages", N, "VARCHAR", g.col(g.pick(langs)), "decoy"),
            c(
                "NaatiPractitionerNo",
                N,
                "VARCHAR",
                g.col(lambda: "CPN" + g.code("9ZZZZ9"), 0.1),
                "decoy",
                PERMIT,
                SHAPE,
            ),
            c(
                "NaatiLevel",
                N,
                "VARCHAR",
                g.col(
                    g.pick(
                        [
                            "Certified Interpreter",
                            "Certified Provisional Interpreter",
                            "Recognised Practising Interpreter",
                        ]
                    )
                ),
                "decoy",
            ),
            c("Mobile", "phone", "VARCHAR", g.phones("AU", {"national": 0.6, "intl": 0.2, "digits": 0.2})),
            c("Email", "email", "VARCHAR", [v.email_of(g, r["first"], r["last"], v.AU_DOMAINS) for r in rows]),
            c(
                "AddressLine1",
                "street_address",
                "VARCHAR",
                g.col(
                    lambda: (
                        f"{g.rnd.randint(1, 240)} "
                        f"{g.rnd.choice(v.MEL_STREETS)}" + g.rnd.choice(["", "", f", Unit {g.rnd.randint(1, 12)}"])
                    )
                ),
            ),
            c("Suburb", "city", "VARCHAR", [r["suburb"] for r in rows]),
            c("State", N, "VARCHAR", ["VIC"] * g.rows, "decoy"),
            c("Postcode", "postal_code", "VARCHAR", [r["pc"] for r in rows]),
            c("Tfn", "national_id", "VARCHAR", [v.au_tfn(g) if r["casual"] else None for r in rows], HEAVY),
            c("Abn", N, "VARCHAR", [None if r["casual"] else v.au_abn(g) for r in rows], "business", CHECK),
            c(
                "Bsb",
                N,
                "VARCHAR",
                g.col(lambda: f"{g.rnd.choice(['063', '083', '033', '013'])}-{g.digits(3)}"),
                "decoy",
                SHAPE,
            ),
            c("AccountNumber", USERNAME, "VARCHAR", g.col(lambda: g.digits(g.rnd.choice([8, 9]))), BANK),
            c(
                "WwccNumber",
                N,
                "VARCHAR",
                g.col(lambda: f"{g.digits(7)}A-{g.rnd.randint(1, 3):02d}", 0.2),
                "decoy",
                PERMIT,
                SHAPE,
            ),
            c("WwccExpiry", N, "DATE", g.days("2026-01-01", "2030-12-31", 0.2), "decoy"),
            c("RatePerHour", N, "DOUBLE", g.col(g.pick([48.5, 55.0, 62.0, 71.5])), "decoy"),
            c("TravelRadiusKm", N, "INTEGER", g.col(g.pick([10, 20, 30, 50])), "decoy"),
            c("OnCall", N, "BOOLEAN", g.yn(True, False, 0.3), "decoy"),
            c("LastAssignmentAt", N, "TIMESTAMP", g.moments("2025-05-01", "2025-11-30", 0.1), "decoy"),
            c("Coordinator", "person_name", "VARCHAR", g.col(g.pick(coords)), STAFF),
            c("Notes", "free_text", "VARCHAR", g.sparse(note, 0.78, _words()), NULLWORD),
            c(
                "Udf1",
                N,
                "VARCHAR",
                g.col(g.pick(["Hazaragi", "Juba Arabic", "Kirundi", "Maay Maay", "Sudanese"]), 0.4),
                "decoy",
                OPAQUE,
            ),
            c("Udf2", "phone", "VARCHAR", g.phones("AU", {"national": 1.0}, 0.8), HEAVY, OPAQUE),
            c("ModifiedBy", USERNAME, "VARCHAR", g.col(g.pick(logins)), USER, AUDIT),
        ],
    )


# -- Jordan (Arabic), Ukraine (Cyrillic), North Kivu (French) ------------------------------------------------------------


def jo_aid_distribution(g: Gen) -> Table:
    """A Mafraq (Jordan) charity's aid distributions to Syrian refugee and Jordanian host families (Arabic column names
    and values): the UNHCR case number of Syrian families (``none``, tag ``case_number``), first, father's,
    grandfather's and family names, the name in Latin letters (one of its spellings), nationality (``none``), the
    Ministry of Interior service card of Syrians and the national number of Jordanians (``national_id``), the birth
    date as ``dd/mm/yyyy`` text, phones, governorate (``none``), city, address, the prepaid card (``credit_card``) and
    its last four digits (``none``), the iris-scan hash, the distribution point (a shop: ``business``), the staff
    member, notes, ``حقل_1`` (the person collecting on the family's behalf) and ``حقل_2`` (a voucher batch)."""
    staff = _staff(g, 5, lambda x: " ".join(v.person(x, "syrian", None, 0)))
    logins = _logins(g, 4, "syrian", 0)
    rows = []
    for _ in range(g.rows):
        syrian = g.rnd.random() < 0.74
        female = g.rnd.random() < 0.45
        first = g.rnd.choice(v.NAMES["syrian"][1 if female else 0])
        father = g.rnd.choice(v.NAMES["syrian"][0])
        grand = g.rnd.choice(v.NAMES["syrian"][0])
        fam = g.rnd.choice(v.NAMES["syrian"][2])
        city, gov = g.rnd.choice(v.JO_PLACES)
        born = g.birth(1945, 2006, 0.15)
        latin = f"{v.spell(g, first[1:] or first)} {v.spell(g, fam[1:] or fam)}"
        rows.append(
            {
                "syrian": syrian,
                "first": first[0],
                "father": father[0],
                "grand": grand[0],
                "fam": fam[0],
                "latin": latin,
                "city": city,
                "gov": gov,
                "born": born,
                "female": female,
            }
        )
    cards = [v.card(g) if g.rnd.random() < 0.6 else None for _ in rows]

    def note() -> str:
        return g.rnd.choice(
            [
                f"استلمت الابنة {g.rnd.choice(v.NAMES['syrian'][1])[0]} بدلاً عن الأم",
                "الأسرة انتقلت إلى إربد",
                f"الزوج {g.rnd.choice(v.NAMES['syrian'][0])[0]} مريض",
                "تم تحديث رقم الهاتف",
                "بحاجة إلى مدفأة",
            ]
        )

    return Table(
        "جمعية_المفرق_الخيرية.توزيع_المساعدات",
        "ar",
        "snake",
        [
            c("رقم_السجل", N, "INTEGER", g.keys(40_001), "decoy", KEY),
            c(
                "رقم_ملف_المفوضية",
                N,
                "VARCHAR",
                [v.unhcr_case(g, "945") if r["syrian"] else None for r in rows],
                "decoy",
                KEY,
                CASE,
                SHAPE,
            ),
            c("الاسم_الأول", "first_name", "VARCHAR", [r["first"] for r in rows]),
            c("اسم_الأب", "first_name", "VARCHAR", [r["father"] for r in rows], POSTNOM),
            c("اسم_الجد", "first_name", "VARCHAR", [_maybe(g, r["grand"], 0.25) for r in rows], POSTNOM),
            c("اسم_العائلة", "last_name", "VARCHAR", [r["fam"] for r in rows]),
            c("الاسم_باللاتينية", "person_name", "VARCHAR", [_maybe(g, r["latin"], 0.2) for r in rows], TRANSLIT),
            c("الجنسية", N, "VARCHAR", ["سوري" if r["syrian"] else "أردني" for r in rows], "decoy"),
            c(
                "رقم_بطاقة_الخدمة",
                "national_id",
                "VARCHAR",
                [g.code("9999999999") if r["syrian"] and g.rnd.random() < 0.92 else None for r in rows],
            ),
            c(
                "الرقم_الوطني",
                "national_id",
                "VARCHAR",
                [
                    None
                    if r["syrian"]
                    else (("2" if r["female"] else "9") + f"{r['born'].year % 100:02d}" + g.digits(7))
                    for r in rows
                ],
                HEAVY,
            ),
            c("تاريخ_الميلاد", "date_of_birth", "VARCHAR", [r["born"].strftime("%d/%m/%Y") for r in rows]),
            c("الهاتف", "phone", "VARCHAR", g.phones("JO", {"national": 0.6, "digits": 0.2, "intl": 0.2}, 0.05)),
            c(
                "هاتف_بديل",
                "phone",
                "VARCHAR",
                [
                    None
                    if g.rnd.random() < 0.75
                    else g.phone("SY" if r["syrian"] and g.rnd.random() < 0.4 else "JO", "e164")
                    for r in rows
                ],
                HEAVY,
            ),
            c("المحافظة", N, "VARCHAR", [r["gov"] for r in rows], "decoy"),
            c("المدينة", "city", "VARCHAR", [r["city"] for r in rows]),
            c(
                "العنوان",
                "street_address",
                "VARCHAR",
                g.col(
                    lambda: f"{g.rnd.choice(v.JO_AREAS)}، {g.rnd.choice(v.JO_STREETS)}، عمارة {g.rnd.randint(1, 60)}",
                    0.1,
                ),
            ),
            c("عدد_أفراد_الأسرة", N, "INTEGER", g.ints(1, 11), "decoy"),
            c(
                "نوع_المساعدة",
                N,
                "VARCHAR",
                g.col(g.pick(["قسيمة غذائية", "طرد صحي", "مدفأة وغاز", "نقد شتوي"])),
                "decoy",
            ),
            c("القيمة_بالدينار", N, "DOUBLE", g.col(g.pick([15.0, 23.0, 40.0, 75.0])), "decoy"),
            c("رقم_البطاقة_المسبقة_الدفع", "credit_card", "VARCHAR", cards),
            c("آخر_أربعة_أرقام", N, "VARCHAR", [x[-4:] if x else None for x in cards], "decoy", PARTIAL),
            c("بصمة_القزحية", N, "VARCHAR", g.col(g.sha256, 0.3), "decoy", HASHED, SHAPE),
            c("تاريخ_التوزيع", N, "DATE", g.days("2025-01-05", "2025-11-30"), "decoy"),
            c(
                "نقطة_التوزيع",
                N,
                "VARCHAR",
                g.col(g.pick(["أسواق السلام - المفرق", "سوق المدينة الاستهلاكي", "مخبز الأمل"])),
                "business",
            ),
            c("الموظف_المسؤول", "person_name", "VARCHAR", g.col(g.pick(staff)), STAFF),
            c("ملاحظات", "free_text", "VARCHAR", g.sparse(note, 0.6, ("", "لا يوجد", "-"))),
            c(
                "حقل_1",
                "person_name",
                "VARCHAR",
                g.col(
                    lambda: " ".join(
                        x[0] for x in (g.rnd.choice(v.NAMES["syrian"][1]), g.rnd.choice(v.NAMES["syrian"][2]))
                    ),
                    0.8,
                ),
                HEAVY,
                OPAQUE,
                ROLE,
            ),
            c("حقل_2", N, "VARCHAR", g.col(lambda: f"VB-2025-{g.rnd.randint(1, 11):02d}"), "decoy", OPAQUE),
            c("أدخل_بواسطة", USERNAME, "VARCHAR", g.col(g.pick(logins)), USER, AUDIT),
        ],
    )


def ua_collective_centre(g: Gen) -> Table:
    """An Uzhhorod collective centre's register of internally displaced residents (Ukrainian, Cyrillic): family name,
    given name and patronymic, birth date, sex (``none``), РНОКПП (encoding the birth date and sex), the identity
    document's type and number and the IDP certificate (``national_id``), phone, e-mail, birthplace, the town and
    oblast left (``city``/``none``), the home left behind and its postcode, room and bed, the IBAN payments go to, needs
    (``none``), a contact person (a name, a phone or both: ``free_text``), notes, the administrator, the login, and
    the operator's ЄДРПОУ and the centre's address (``business``)."""
    admins = _staff(
        g, 3, lambda x: f"{v.family(x, 'ukrainian')} {v.given(x, 'ukrainian')[0]}. {v.male(x, 'ukrainian')[0]}."
    )
    logins = ["operator1", "o.shevchuk", "m.rudenko", "reception"]
    edrpou = v.ua_edrpou(g)
    rows = []
    for _ in range(g.rows):
        female = g.rnd.random() < 0.62
        first, last = v.person(g, "ukrainian", female)
        father = v.male(g, "ukrainian")
        patronymic = (v.PATRONYMIC_F if female else v.PATRONYMIC_M)[father]
        born = g.birth(1938, 2024)
        town, oblast, lead = g.rnd.choice(v.UA_FROM)
        adult = born.year <= 2007
        rows.append(
            {
                "first": first,
                "last": last,
                "pat": patronymic,
                "born": born,
                "female": female,
                "town": town,
                "oblast": oblast,
                "postal": lead + g.digits(3),
                "adult": adult,
            }
        )

    def document(r: dict) -> tuple[str, str | None]:
        if not r["adult"]:
            return "свідоцтво про народження", f"I-{g.rnd.choice(['ЖД', 'КИ', 'СЕ'])} {g.digits(6)}"
        if g.rnd.random() < 0.6:
            return "ID-картка", g.digits(9)
        return "паспорт", f"{g.rnd.choice(['МК', 'ВК', 'КВ', 'ЕН', 'АМ'])}{g.digits(6)}"

    docs = [document(r) for r in rows]

    def contact() -> str | None:
        x = g.rnd.random()
        if x < 0.35:
            return None
        if x < 0.6:
            return g.phone("UA", "national")
        if x < 0.9:
            return f"{v.given(g, 'ukrainian')} ({g.rnd.choice(['донька', 'син', 'сестра'])}) {g.phone('UA', 'intl')}"
        return f"{v.family(g, 'ukrainian')} {v.given(g, 'ukrainian')}"

    def note() -> str:
        return g.rnd.choice(
            [
                f"Проживає з матір'ю {v.given(g, 'ukrainian', True)}",
                "Потребує ліків від тиску",
                f"Чоловік {v.male(g, 'ukrainian')} на фронті",
                "Оформлено допомогу ВПО",
                "Переселено з кімнати 12",
            ]
        )

    checkin = g.days("2022-03-01", "2025-10-31")
    return Table(
        "центр_тимчасового_проживання.мешканці",
        "uk",
        "snake",
        [
            c("id", N, "INTEGER", g.keys(1), "decoy", KEY),
            c("прізвище", "last_name", "VARCHAR", [r["last"] for r in rows]),
            c("ім'я", "first_name", "VARCHAR", [r["first"] for r in rows]),
            c("по_батькові", "first_name", "VARCHAR", [r["pat"] for r in rows], POSTNOM),
            c("дата_народження", "date_of_birth", "DATE", [r["born"] for r in rows]),
            c("стать", N, "VARCHAR", ["ж" if r["female"] else "ч" for r in rows], "decoy"),
            c(
                "рнокпп",
                "national_id",
                "VARCHAR",
                [v.ua_rntrc(g, r["born"], r["female"]) if g.rnd.random() < 0.85 else None for r in rows],
            ),
            c("документ_тип", N, "VARCHAR", [d[0] for d in docs], "decoy"),
            c("документ_номер", "national_id", "VARCHAR", [d[1] for d in docs]),
            c(
                "довідка_впо",
                "national_id",
                "VARCHAR",
                g.col(lambda: f"{g.rnd.choice(['6301', '1412', '6510', '2310'])}-{g.digits(10)}", 0.1),
            ),
            c(
                "телефон",
                "phone",
                "VARCHAR",
                [
                    g.phone("UA", g.rnd.choice(["national", "intl", "e164"]))
                    if r["adult"] and g.rnd.random() < 0.9
                    else None
                    for r in rows
                ],
            ),
            c(
                "email",
                "email",
                "VARCHAR",
                [
                    v.email_of(g, v.latin(r["first"]), v.latin(r["last"]), ["ukr.net", "gmail.com", "i.ua"])
                    if r["adult"] and g.rnd.random() < 0.3
                    else None
                    for r in rows
                ],
                HEAVY,
            ),
            c("місце_народження", "city", "VARCHAR", g.col(g.pick(v.UA_BIRTH), 0.1)),
            c("населений_пункт_виїзду", "city", "VARCHAR", [r["town"] for r in rows]),
            c("область_виїзду", N, "VARCHAR", [r["oblast"] for r in rows], "decoy"),
            c(
                "попередня_адреса",
                "street_address",
                "VARCHAR",
                g.col(
                    lambda: (
                        f"{g.rnd.choice(v.UA_STREETS)}, "
                        f"{g.rnd.randint(1, 180)}" + g.rnd.choice(["", f", кв. {g.rnd.randint(1, 140)}"])
                    ),
                    0.1,
                ),
                PREMISES,
            ),
            c("попередній_індекс", "postal_code", "VARCHAR", [_maybe(g, r["postal"], 0.3) for r in rows]),
            c("кімната", N, "INTEGER", g.ints(1, 64), "decoy"),
            c("ліжко", N, "VARCHAR", g.col(g.pick(["А", "Б", "В", "Г"])), "decoy"),
            c("дата_заселення", N, "DATE", checkin, "decoy"),
            c(
                "дата_виселення",
                N,
                "DATE",
                [
                    None
                    if g.rnd.random() < 0.6
                    else min(d + timedelta(days=g.rnd.randint(20, 600)), date(2025, 11, 28))
                    for d in checkin
                ],
                "decoy",
            ),
            c(
                "iban_для_виплат",
                "iban",
                "VARCHAR",
                [v.iban(g, "UA", g.rnd.random() < 0.3) if r["adult"] and g.rnd.random() < 0.5 else None for r in rows],
                HEAVY,
            ),
            c(
                "потреби",
                N,
                "VARCHAR",
                g.col(
                    g.pick(["", "інвалідність II групи", "маломобільна", "вагітність", "діабет", "дитина до 3 років"])
                ),
                "decoy",
                VULN,
            ),
            c("контактна_особа", "free_text", "VARCHAR", [contact() for _ in rows], MIXED),
            c("примітки", "free_text", "VARCHAR", g.sparse(note, 0.78, ("", "немає", "-", "невідомо")), NULLWORD),
            c("адміністратор", "person_name", "VARCHAR", g.col(g.pick(admins)), STAFF),
            c("оператор", USERNAME, "VARCHAR", g.col(g.pick(logins)), USER, AUDIT),
            c("єдрпоу_оператора", N, "VARCHAR", [edrpou] * g.rows, "business", CHECK),
            c("адреса_центру", N, "VARCHAR", ["м. Ужгород, вул. Минайська, 16"] * g.rows, "business"),
        ],
    )


def cd_family_tracing(g: Gen) -> Table:
    """A Goma family-tracing and reunification service's tracing requests (French): the child's nom, postnom and
    prénom (the postnom ``last_name``, tag ``name_part``), sex, an estimated birth date and age, birthplace, father's,
    mother's and the sought person's full names, the relationship (``none``), the last known address, village of
    origin and place of separation (``city``), the territoire (``none``), the displacement site (``city``, tag
    ``camp``), a foster family, the requester's phone and an alternative phone of a neighbouring country, the Red
    Cross message naming people, the photo, the tracing officer, status and dates, the transit centre
    (``business``) and the login."""
    officers = _staff(g, 5, lambda x: v.whole(x, "congolese"))
    logins = _logins(g, 3, "congolese", 3)
    rows = []
    for _ in range(g.rows):
        female = g.rnd.random() < 0.48
        born = g.birth(2008, 2023, 0.4)
        rows.append(
            {
                "nom": v.family(g, "congolese", 0).upper(),
                "postnom": v.family(g, "congolese", 0).upper(),
                "prenom": v.given(g, "congolese", female, 0),
                "female": female,
                "born": born,
            }
        )

    def msg() -> str:
        return g.rnd.choice(
            [
                (
                    f"Maman {v.given(g, 'congolese', True)}, je suis à Bulengo avec tante "
                    f"{v.whole(g, 'congolese')}. Je vais bien."
                ),
                f"Nous cherchons notre fils {v.given(g, 'congolese', False)}, vu à Sake en mars",
                f"Papa {v.whole(g, 'congolese')} est à Kiwanja, appelez le voisin",
                "Message remis à la famille le 12/09",
            ]
        )

    return Table(
        "rlf_goma.demandes_recherche",
        "fr",
        "snake",
        [
            c("id_demande", N, "INTEGER", g.keys(9_001), "decoy", KEY),
            c(
                "numero_dossier",
                N,
                "VARCHAR",
                [f"GOM-{g.rnd.randint(23, 25)}-{g.digits(4)}" for _ in rows],
                "decoy",
                KEY,
                SHAPE,
            ),
            c(
                "type_demande",
                N,
                "VARCHAR",
                g.col(g.pick(["ENA", "ENA", "enfant séparé", "adulte recherché"])),
                "decoy",
            ),
            c("enfant_nom", "last_name", "VARCHAR", [r["nom"] for r in rows]),
            c("enfant_postnom", "last_name", "VARCHAR", [_maybe(g, r["postnom"], 0.1) for r in rows], POSTNOM),
            c("enfant_prenom", "first_name", "VARCHAR", [r["prenom"] for r in rows]),
            c("enfant_sexe", N, "VARCHAR", ["F" if r["female"] else "M" for r in rows], "decoy"),
            c("enfant_date_naissance", "date_of_birth", "DATE", [r["born"] for r in rows], ESTIMATED),
            c("enfant_age_estime", N, "INTEGER", [_age(r["born"], date(2025, 6, 1)) for r in rows], "decoy"),
            c("lieu_naissance", "city", "VARCHAR", g.col(g.pick(v.CD_KIVU_TOWNS), 0.2)),
            c(
                "pere_nom_complet",
                "person_name",
                "VARCHAR",
                [_maybe(g, f"{r['nom']} {v.male(g, 'congolese', 0)}", 0.2) for r in rows],
                ROLE,
            ),
            c(
                "mere_nom_complet",
                "person_name",
                "VARCHAR",
                g.col(lambda: f"{v.family(g, 'congolese', 0).upper()} {v.given(g, 'congolese', True, 0)}", 0.15),
                ROLE,
            ),
            c("personne_recherchee", "person_name", "VARCHAR", g.col(lambda: v.whole(g, "congolese", 0)), ROLE),
            c(
                "lien_parente",
                N,
                "VARCHAR",
                g.col(g.pick(["mère", "père", "frère", "sœur", "oncle", "grand-mère"])),
                "decoy",
            ),
            c(
                "derniere_adresse_connue",
                "street_address",
                "VARCHAR",
                g.col(
                    lambda: f"{g.rnd.choice(v.CD_QUARTIERS)}, {g.rnd.choice(v.CD_AVENUES)} n° {g.rnd.randint(1, 90)}",
                    0.3,
                ),
            ),
            c("village_origine", "city", "VARCHAR", g.col(g.pick(v.CD_KIVU_TOWNS), 0.1)),
            c("territoire", N, "VARCHAR", g.col(g.pick(v.CD_TERRITOIRES)), "decoy"),
            c("lieu_separation", "city", "VARCHAR", g.col(g.pick(v.CD_KIVU_TOWNS), 0.15)),
            c("date_separation", N, "DATE", g.days("2023-01-01", "2025-08-31", 0.1), "decoy"),
            c("site_deplaces", "city", "VARCHAR", g.col(g.pick(v.CD_SITES), 0.2), CAMP),
            c(
                "famille_accueil",
                "person_name",
                "VARCHAR",
                g.col(lambda: v.whole(g, "congolese", 0), 0.65),
                HEAVY,
                ROLE,
            ),
            c("tel_demandeur", "phone", "VARCHAR", g.phones("CD", {"national": 0.5, "intl": 0.3, "e164": 0.2}, 0.15)),
            c(
                "tel_alternatif",
                "phone",
                "VARCHAR",
                g.col(lambda: g.phone(g.rnd.choice(["RW", "UG", "BI", "CD"]), "intl"), 0.75),
                HEAVY,
            ),
            c("message_croix_rouge", "free_text", "VARCHAR", g.col(msg, 0.3)),
            c("photo_ref", N, "VARCHAR", g.col(lambda: f"rlf/photos/{g.code('xxxxxxxx')}.jpg", 0.4), "decoy"),
            c("agent_recherche", "person_name", "VARCHAR", g.col(g.pick(officers)), STAFF),
            c("statut", N, "VARCHAR", g.col(g.pick(["ouvert", "en cours", "réunifié", "clôturé"])), "decoy"),
            c("date_reunification", N, "DATE", g.days("2024-01-01", "2025-11-30", 0.6), "decoy"),
            c(
                "centre_transit",
                N,
                "VARCHAR",
                g.col(g.pick(["CTO Don Bosco Ngangi", "Centre de transit Kiwanja"]), 0.3),
                "business",
            ),
            c("saisi_par", USERNAME, "VARCHAR", g.col(g.pick(logins)), USER, AUDIT),
        ],
    )


# -- Cúcuta (Spanish), Kakuma (Swahili), Hatay (Turkish) ------------------------------------------------------------------


def co_migrant_shelter(g: Gen) -> Table:
    """A Cúcuta migrant shelter's attention register for Venezuelan walkers (Spanish, ``camel``): given names and
    the two family names, the document type (``none``) and number (a Venezuelan cédula, a passport or a PPT:
    ``national_id``), the PPT number, the birth date as ``dd/mm/yyyy`` text, city and state of origin, a
    Venezuelan or Colombian phone, WhatsApp, e-mail, the final destination and its department, companions (names,
    ``;``-separated), services, the bed, observations, the login, the volunteer on shift, the partner's NIT
    (``none``), ``campoLibre1`` (a contact in Colombia) and ``campoLibre2`` (a route)."""
    vols = _staff(g, 6, lambda x: v.given(x, "venezuelan"))
    logins = _logins(g, 4, "venezuelan", 0)
    nit = v.co_nit(g)
    rows = []
    for _ in range(g.rows):
        female = g.rnd.random() < 0.5
        first = v.given(g, "venezuelan", female)
        last = f"{v.family(g, 'venezuelan')} {v.family(g, 'venezuelan')}"
        doc = g.rnd.choices(["CI-VE", "PPT", "PAS", "SIN DOC"], [55, 20, 10, 15])[0]
        number = {
            "CI-VE": f"V-{g.rnd.randint(9, 32)}.{g.digits(3)}.{g.digits(3)}"
            if g.rnd.random() < 0.5
            else str(g.rnd.randint(9_000_000, 32_999_999)),
            "PPT": g.digits(7),
            "PAS": g.digits(9),
            "SIN DOC": None,
        }[doc]
        town, state = g.rnd.choice(v.VE_TOWNS)
        dest, dept = g.rnd.choice(v.CO_TOWNS)
        rows.append(
            {
                "first": first,
                "last": last,
                "doc": doc,
                "number": number,
                "town": town,
                "state": state,
                "dest": dest,
                "dept": dept,
                "born": g.birth(1950, 2024),
            }
        )

    def companions() -> str | None:
        if g.rnd.random() < 0.6:
            return None
        return "; ".join(v.whole(g, "venezuelan") for _ in range(g.rnd.randint(1, 4)))

    def obs() -> str:
        return g.rnd.choice(
            [
                f"Viaja con su hermana {v.given(g, 'venezuelan', True)}, separadas en La Parada",
                "Llegó con ampollas, remitido a enfermería",
                f"Busca a su esposo {v.whole(g, 'venezuelan')}",
                "Continúa hacia Bogotá mañana",
                "Solicita orientación para PPT",
            ]
        )

    return Table(
        "casa_migrante_cucuta.atenciones",
        "es",
        "camel",
        [
            c("idAtencion", N, "BIGINT", g.keys(150_001), "decoy", KEY),
            c("fechaAtencion", N, "TIMESTAMP", g.moments("2025-01-01", "2025-11-30"), "decoy"),
            c("nombres", "first_name", "VARCHAR", [r["first"] for r in rows]),
            c("apellidos", "last_name", "VARCHAR", [r["last"] for r in rows]),
            c("tipoDocumento", N, "VARCHAR", [r["doc"] for r in rows], "decoy"),
            c("numeroDocumento", "national_id", "VARCHAR", [r["number"] for r in rows]),
            c(
                "numeroPpt",
                "national_id",
                "VARCHAR",
                [r["number"] if r["doc"] == "PPT" else (g.digits(7) if g.rnd.random() < 0.1 else None) for r in rows],
                HEAVY,
            ),
            c("fechaNacimiento", "date_of_birth", "VARCHAR", [r["born"].strftime("%d/%m/%Y") for r in rows]),
            c(
                "nacionalidad",
                N,
                "VARCHAR",
                g.col(g.pick(["venezolana", "venezolana", "venezolana", "colombiana"])),
                "decoy",
            ),
            c("ciudadOrigen", "city", "VARCHAR", [r["town"] for r in rows]),
            c("estadoOrigen", N, "VARCHAR", [r["state"] for r in rows], "decoy"),
            c(
                "telefono",
                "phone",
                "VARCHAR",
                g.col(lambda: g.phone(g.rnd.choice(["VE", "CO", "CO"]), g.rnd.choice(["intl", "e164"])), 0.3),
            ),
            c("whatsapp", "phone", "VARCHAR", g.col(lambda: g.phone(g.rnd.choice(["VE", "CO"]), "e164"), 0.6), HEAVY),
            c(
                "correo",
                "email",
                "VARCHAR",
                [
                    v.email_of(g, r["first"].split()[0], r["last"].split()[0], v.INTL_DOMAINS)
                    if g.rnd.random() < 0.3
                    else None
                    for r in rows
                ],
                HEAVY,
            ),
            c("destinoFinal", "city", "VARCHAR", [r["dest"] for r in rows]),
            c("departamentoDestino", N, "VARCHAR", [r["dept"] for r in rows], "decoy"),
            c("enTransito", N, "BOOLEAN", g.yn(True, False, 0.6), "decoy"),
            c("grupoFamiliar", N, "INTEGER", g.ints(1, 7), "decoy"),
            c("acompanantes", "person_name", "VARCHAR", [companions() for _ in rows], HEAVY, MULTI, ROLE),
            c("gestante", N, "BOOLEAN", g.yn(True, False, 0.05), "decoy"),
            c(
                "servicio",
                N,
                "VARCHAR",
                g.col(g.pick(["alojamiento", "alimentación", "kit de aseo", "orientación", "atención en salud"])),
                "decoy",
            ),
            c(
                "camaAsignada",
                N,
                "VARCHAR",
                g.col(lambda: f"{g.rnd.choice(['H', 'M', 'F'])}-{g.rnd.randint(1, 48)}", 0.4),
                "decoy",
                SHAPE,
            ),
            c("orientacionJuridica", N, "BOOLEAN", g.yn(True, False, 0.3), "decoy"),
            c("observaciones", "free_text", "VARCHAR", g.sparse(obs, 0.55, ("", "ninguno", "sin dato"))),
            c("registradoPor", USERNAME, "VARCHAR", g.col(g.pick(logins)), USER, AUDIT),
            c("voluntarioTurno", "first_name", "VARCHAR", g.col(g.pick(vols)), STAFF),
            c("nitAliado", N, "VARCHAR", [nit if g.rnd.random() < 0.7 else None for _ in rows], "business", CHECK),
            c(
                "campoLibre1",
                "person_name",
                "VARCHAR",
                g.col(lambda: v.whole(g, "venezuelan"), 0.8),
                HEAVY,
                OPAQUE,
                ROLE,
            ),
            c(
                "campoLibre2",
                N,
                "VARCHAR",
                g.col(g.pick(["ruta Pamplona", "ruta Ocaña", "bus a Bogotá", "retorno"]), 0.4),
                "decoy",
                OPAQUE,
            ),
        ],
    )


def ke_kakuma_nfi(g: Gen) -> Table:
    """A Kenyan NGO's non-food-item distributions in Kakuma and Kalobeyei (Swahili, ``snake``): the distribution,
    case and ration card numbers (``none``), first, father's and family names, sex, birth date (often estimated),
    age and nationality (``none``), the refugee identity card (``national_id``), the camp (``city``, tag ``camp``),
    zone (``none``) and block/plot (``street_address``), the phone and the M-Pesa number (``phone``), items and
    counts, an alternate collector, the thumbprint flag, the staff member, the login, comments, ``sehemu_1`` (a
    second phone) and ``sehemu_2`` (a distribution-point code)."""
    staff = _staff(g, 5, lambda x: v.whole(x, "kenyan"))
    logins = _logins(g, 4, "kenyan", 2)
    rows = []
    for _ in range(g.rows):
        origin = v.mixed_origin(g, {"south_sudanese": 5, "somali": 3, "congolese": 1.5, "burundian": 0.5})
        female = g.rnd.random() < 0.6
        camp = g.rnd.choice(list(v.KE_CAMPS))
        rows.append(
            {
                "origin": origin,
                "first": v.given(g, origin, female),
                "father": v.male(g, origin),
                "last": v.family(g, origin),
                "female": female,
                "born": g.birth(1950, 2006, 0.4),
                "camp": camp,
                "zone": g.rnd.choice(v.KE_CAMPS[camp]),
            }
        )
    nat = {"south_sudanese": "Sudan Kusini", "somali": "Somalia", "congolese": "DRC", "burundian": "Burundi"}

    def mpesa() -> str | None:
        return None if g.rnd.random() < 0.35 else g.phone("KE", "msisdn")

    def comment() -> str:
        return g.rnd.choice(
            [
                f"Amepokea kwa niaba ya mama yake {v.given(g, 'south_sudanese', True)}",
                "Blanketi moja limekosekana",
                f"Mume {v.male(g, 'somali')} yuko hospitali",
                "Kadi imepotea, imethibitishwa kwa alama ya kidole",
            ]
        )

    return Table(
        "kakuma_nfi.usambazaji",
        "sw",
        "snake",
        [
            c("nambari_ya_usambazaji", N, "BIGINT", g.keys(880_001), "decoy", KEY),
            c("nambari_ya_kesi", N, "VARCHAR", g.col(lambda: v.unhcr_case(g, "KAK")), "decoy", KEY, CASE, SHAPE),
            c("kadi_ya_mgao", N, "VARCHAR", g.col(lambda: f"KAK-RC-{g.digits(6)}"), "decoy", KEY, SHAPE),
            c("jina_la_kwanza", "first_name", "VARCHAR", [r["first"] for r in rows]),
            c("jina_la_baba", "first_name", "VARCHAR", [r["father"] for r in rows], POSTNOM),
            c("jina_la_ukoo", "last_name", "VARCHAR", [r["last"] for r in rows]),
            c("jinsia", N, "VARCHAR", ["KE" if r["female"] else "ME" for r in rows], "decoy"),
            c("tarehe_ya_kuzaliwa", "date_of_birth", "DATE", [r["born"] for r in rows], ESTIMATED),
            c("umri", N, "INTEGER", [_age(r["born"], date(2025, 9, 1)) for r in rows], "decoy"),
            c("utaifa", N, "VARCHAR", [nat[r["origin"]] for r in rows], "decoy"),
            c("kitambulisho_cha_mkimbizi", "national_id", "VARCHAR", g.col(lambda: g.digits(8), 0.25)),
            c("kambi", "city", "VARCHAR", [r["camp"] for r in rows], CAMP),
            c("eneo", N, "VARCHAR", [r["zone"] for r in rows], "decoy"),
            c(
                "anwani_ya_makazi",
                "street_address",
                "VARCHAR",
                g.col(lambda: f"Block {g.rnd.randint(1, 60)}, Plot {g.rnd.randint(1, 400)}", 0.1),
                PREMISES,
                SHELTER,
            ),
            c("simu", "phone", "VARCHAR", g.phones("KE", {"national": 0.7, "intl": 0.3}, 0.35)),
            c("namba_ya_mpesa", "phone", "VARCHAR", [mpesa() for _ in rows], MOBILE_MONEY),
            c(
                "bidhaa",
                N,
                "VARCHAR",
                g.col(g.pick(["Blanketi", "Mkeka", "Ndoo", "Sabuni", "Chandarua", "Taa ya sola"])),
                "decoy",
            ),
            c("kiasi", N, "INTEGER", g.ints(1, 6), "decoy"),
            c("idadi_ya_wanakaya", N, "INTEGER", g.ints(1, 12), "decoy"),
            c(
                "mpokeaji_mbadala",
                "person_name",
                "VARCHAR",
                g.col(lambda: v.whole(g, "south_sudanese"), 0.8),
                HEAVY,
                ROLE,
            ),
            c("alama_ya_kidole", N, "BOOLEAN", g.yn(True, False, 0.85), "decoy"),
            c("mhudumu", "person_name", "VARCHAR", g.col(g.pick(staff)), STAFF),
            c("aliyeingiza", USERNAME, "VARCHAR", g.col(g.pick(logins)), USER, AUDIT),
            c("maoni", "free_text", "VARCHAR", g.sparse(comment, 0.8, ("", "hakuna", "-")), NULLWORD),
            c("tarehe", N, "DATE", g.days("2025-02-01", "2025-10-31"), "decoy"),
            c("sehemu_1", "phone", "VARCHAR", g.phones("KE", {"national": 1.0}, 0.82), HEAVY, OPAQUE),
            c("sehemu_2", N, "VARCHAR", g.col(lambda: f"FDP-{g.rnd.randint(1, 9)}"), "decoy", OPAQUE),
        ],
    )


def tr_container_city(g: Gen) -> Table:
    """A Hatay container-city register of earthquake survivors (Turkish, ``snake``): the container city (``city``,
    tag ``camp``) and block/container (``street_address``), first, family, father's and mother's names, nationality
    (``none``), the T.C. kimlik no of citizens and the foreigner's identity number (``99``) of Syrians under temporary
    protection (``national_id``), birth date and place, sex, mobile, e-mail, the address before the earthquake, its
    postcode and district (``ilce``: ``city``), province (``none``), damage and household counts, the IBAN for rent
    aid, move-in date, staff, login, the container supplier's VKN and name (``business``), notes, ``ozel_alan_1``
    (a second phone) and ``ozel_alan_2`` (an electricity meter)."""
    staff = _staff(g, 4, lambda x: v.whole(x, "turkish"))
    logins = _logins(g, 4, "turkish", 1)
    vkn = v.tr_vkn(g)
    rows = []
    for _ in range(g.rows):
        syrian = g.rnd.random() < 0.3
        origin = "syrian_tr" if syrian else "turkish"
        female = g.rnd.random() < 0.5
        ilce, lead = g.rnd.choice(v.TR_ILCE)
        rows.append(
            {
                "syrian": syrian,
                "first": v.given(g, origin, female),
                "last": v.family(g, origin),
                "father": v.male(g, origin),
                "mother": v.given(g, origin, True),
                "ilce": ilce,
                "postal": lead + g.digits(3),
                "born": g.birth(1940, 2024),
                "kent": g.rnd.choice(v.TR_KENT),
            }
        )

    def note() -> str:
        return g.rnd.choice(
            [
                f"Eşi {v.whole(g, 'turkish')} İstanbul'da çalışıyor",
                "Konteyner klima arızalı",
                f"Kızı {v.given(g, 'turkish', True)} ile kalıyor",
                "Psikososyal destek yönlendirildi",
            ]
        )

    return Table(
        "hatay_konteynerkent.sakinler",
        "tr",
        "snake",
        [
            c("sakin_id", N, "INTEGER", g.keys(1), "decoy", KEY),
            c("konteyner_kent", "city", "VARCHAR", [r["kent"] for r in rows], CAMP),
            c(
                "blok_konteyner_no",
                "street_address",
                "VARCHAR",
                g.col(lambda: f"{g.rnd.choice('ABCDEFGH')} Blok / {g.rnd.randint(1, 40)}-{g.rnd.randint(1, 12)}"),
                PREMISES,
                SHELTER,
            ),
            c("ad", "first_name", "VARCHAR", [r["first"] for r in rows]),
            c("soyad", "last_name", "VARCHAR", [r["last"] for r in rows]),
            c("baba_adi", "first_name", "VARCHAR", [r["father"] for r in rows], POSTNOM),
            c("anne_adi", "first_name", "VARCHAR", [_maybe(g, r["mother"], 0.1) for r in rows], POSTNOM),
            c("uyruk", N, "VARCHAR", ["SY" if r["syrian"] else "TC" for r in rows], "decoy"),
            c("tc_kimlik_no", "national_id", "VARCHAR", [None if r["syrian"] else v.tr_kimlik(g) for r in rows]),
            c(
                "yabanci_kimlik_no",
                "national_id",
                "VARCHAR",
                [v.tr_kimlik(g, True) if r["syrian"] else None for r in rows],
                HEAVY,
            ),
            c("dogum_tarihi", "date_of_birth", "DATE", [r["born"] for r in rows]),
            c("dogum_yeri", "city", "VARCHAR", g.col(g.pick(v.TR_DOGUM), 0.1)),
            c("cinsiyet", N, "VARCHAR", g.col(g.pick(["K", "E"])), "decoy"),
            c(
                "cep_tel",
                "phone",
                "VARCHAR",
                g.phones("TR", {"national": 0.6, "digits": 0.2, "intl": 0.2}, 0.2),
                ABBREV,
            ),
            c(
                "e_posta",
                "email",
                "VARCHAR",
                [
                    v.email_of(g, r["first"], r["last"], ["gmail.com", "hotmail.com", "yandex.com"])
                    if g.rnd.random() < 0.25
                    else None
                    for r in rows
                ],
                HEAVY,
            ),
            c(
                "depremden_onceki_adres",
                "street_address",
                "VARCHAR",
                g.col(
                    lambda: (
                        f"{g.rnd.choice(v.TR_MAHALLE)} {g.rnd.choice(v.TR_SOKAK)} No:{g.rnd.randint(1, 90)}"
                        + g.rnd.choice(["", f" D:{g.rnd.randint(1, 16)}"])
                    ),
                    0.1,
                ),
                PREMISES,
            ),
            c("onceki_posta_kodu", "postal_code", "VARCHAR", [_maybe(g, r["postal"], 0.3) for r in rows]),
            c("ilce", "city", "VARCHAR", [r["ilce"] for r in rows]),
            c("il", N, "VARCHAR", ["Hatay"] * g.rows, "decoy"),
            c(
                "hasar_durumu",
                N,
                "VARCHAR",
                g.col(g.pick(["Yıkık", "Ağır hasarlı", "Orta hasarlı", "Acil yıkılacak"])),
                "decoy",
            ),
            c("hane_buyuklugu", N, "INTEGER", g.ints(1, 9), "decoy"),
            c("engelli_birey_sayisi", N, "INTEGER", g.ints(0, 2), "decoy"),
            c("kira_yardimi_iban", "iban", "VARCHAR", g.col(lambda: v.iban(g, "TR", g.rnd.random() < 0.5), 0.7), HEAVY),
            c("giris_tarihi", N, "DATE", g.days("2023-03-15", "2025-10-31"), "decoy"),
            c("sorumlu_personel", "person_name", "VARCHAR", g.col(g.pick(staff)), STAFF),
            c("kaydeden", USERNAME, "VARCHAR", g.col(g.pick(logins)), USER, AUDIT),
            c("tedarikci_vkn", N, "VARCHAR", [vkn] * g.rows, "business", CHECK),
            c(
                "konteyner_uretici",
                N,
                "VARCHAR",
                g.col(g.pick(["Karmod Prefabrik A.Ş.", "Hatay Yapı Konteyner Ltd."])),
                "business",
            ),
            c("notlar", "free_text", "VARCHAR", g.sparse(note, 0.8, ("", "yok", "-", "bilinmiyor")), NULLWORD),
            c("ozel_alan_1", "phone", "VARCHAR", g.phones("TR", {"national": 1.0}, 0.8), HEAVY, OPAQUE),
            c("ozel_alan_2", N, "VARCHAR", g.col(lambda: g.digits(10)), "decoy", OPAQUE, SHAPE),
        ],
    )


BUILDERS: list[tuple[Callable[[Gen], Table], int]] = [
    (ug_registration, 1_200),
    (pantry_visits, 1_500),
    (shelter_bed_nights, 1_400),
    (legal_aid_matters, 700),
    (somalia_cash, 1_600),
    (ph_damage_assessment, 1_100),
    (soup_kitchen_rota, 900),
    (clothing_intake, 1_300),
    (interpreter_pool, 450),
    (jo_aid_distribution, 900),
    (ua_collective_centre, 600),
    (cd_family_tracing, 500),
    (co_migrant_shelter, 1_000),
    (ke_kakuma_nfi, 1_000),
    (tr_container_city, 800),
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
