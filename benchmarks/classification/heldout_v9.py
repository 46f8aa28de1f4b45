"""Held-out set v9 for the column classifier: 24 tables of wide, qualified, warehouse and event shapes.

Written **blind**, like v2 to v8: by someone who has read neither the classifier (``governance_dagster/detect/``)
nor its vocabulary (``governance_dagster/rules.py``) nor its documentation, only the list of kind names
(``governance_dagster/kinds.py``), issue 13, how the scorer registers and calls a set, and the *structure* of v8
(how tables, columns, labels and tags are declared, its labeling rules and its tests). The classifier was not run
on this set while it was written: nothing here was adjusted to what the classifier does. It differs from the
earlier sets on purpose:

* shapes: wide denormalized tables of 40 to 51 columns (an applicant, their spouse or co-applicant, their employer,
  their emergency contact and their bank in one row: a mortgage application, an HR onboarding record, a visa
  application); tables where one kind appears several times with qualifiers (home / work / mobile / alternate
  phone, billing and shipping address, mother's and father's names, spouse's date of birth; tag ``qualified``);
  data-warehouse dimensions kept as SCD type 2 (surrogate keys, hash keys, business keys, ``valid_from`` /
  ``valid_to``, ``is_current``; tag ``scd``, the same person in several versions); event tables where a few
  personal columns sit among many measures (ride-share trip events, social-network profile events);
* domains: mortgage applications, HR onboarding, visa applications, telecom subscribers, university admissions,
  a marketplace's orders, insurance policyholders' households (twice: a warehouse dimension and a household
  policy table), delivery couriers (twice: a warehouse dimension and a courier master), pension funds (twice),
  ride-share trips and drivers, a social network's profiles (twice), hospital discharges, microfinance borrowers,
  gym members and trainers, an electoral roll, veterinary pet insurance, a staging dump with opaque names and a
  table of misleading names;
* regions: Oceania (Australia, New Zealand, Fiji), the Middle East (UAE, Jordan, Egypt, Israel, Saudi Arabia),
  Africa (Kenya, Tanzania, Uganda, Senegal, Côte d'Ivoire, Morocco, Tunisia, Nigeria, South Africa, Ghana), South
  and Southeast Asia (India, Pakistan, Bangladesh, Sri Lanka, Indonesia, the Philippines, Vietnam, Thailand,
  Malaysia, Singapore), Latin America (Mexico, Chile, Peru, Ecuador, Brazil) and Europe (Switzerland, Austria,
  Germany, Ireland, the Netherlands, Belgium, Italy, Czechia, Slovakia, Sweden, Finland, Norway, Denmark, Iceland,
  Poland, Turkey, Russia, Greece) and Japan;
* column names in English, German, French, Spanish, Italian, Portuguese (Brazil), Dutch, Polish, Swedish, Danish,
  Czech, Turkish, romanized Japanese (``ja-Latn``), Japanese (kanji and kana), Russian (Cyrillic), Greek, Arabic
  (script, ``ar``, and romanized, ``ar-Latn``), Swahili, Indonesian, Thai, Filipino, Vietnamese and one Icelandic
  column; snake, camel,
  Pascal and SCREAMING case, abbreviations (``app_dob``, ``tel_port``, ``geb_dat``, ``dt_naiss``), opaque names
  (``src_crm_col07``) and misleading names (``misc_1``, ``notes2``, ``code``, ``ref``, ``label``, ``payload``)
  over personal values, and personal-looking names over non-personal values (``dob_sk``, ``phone_verified``,
  ``address_hash``, a pet's date of birth, a phone model, a plan's ``name``);
* identifiers checked with ``python-stdnum`` when generated: Australian TFN, New Zealand IRD number, Swiss AHV
  number, Austrian social-insurance number, Irish PPS number, Indian Aadhaar, PAN of a person and EPIC (voter ID),
  Emirates ID (Luhn), Mexican CURP and RFC of a person, Chilean RUT, Peruvian CUI, Ecuadorian cédula, Brazilian
  CPF, Indonesian NIK, Dutch BSN, Belgian national number, Thai personal ID, Italian codice fiscale, Czech and
  Slovak rodné číslo, Swedish personnummer, Finnish HETU, Norwegian fødselsnummer, Danish CPR, Icelandic kennitala,
  Polish PESEL, Turkish TC kimlik, Japanese My Number, Russian INN of a person, Greek AMKA, Malaysian NRIC;
  *business* identifiers as decoys labeled ``none`` (tag ``business``): Australian ABN, Swiss UID, Austrian UID,
  Brazilian CNPJ, Peruvian RUC of a company, Mexican RFC of a company, Indonesian NPWP, Indian GSTIN, Thai company
  registration number, Singapore UEN, Vietnamese MST, Moroccan ICE, Tunisian MF, Senegalese NINEA, Italian partita
  IVA, Polish NIP and REGON, Swedish, Finnish and Norwegian organisation numbers, Turkish VKN, Japanese corporate
  number, Russian INN of a company, Greek AFM of a company, Israeli company number, South African tax reference,
  LEI; IMEI and IMSI numbers as decoys;
* phones of more than 40 regions in every form (national, international, E.164, ``00``, dashed, digits without ``+``,
  national digits only, with extensions), mobile and fixed lines;
* values clean in some tables (the warehouse dimensions, the Japanese profiles) and dirty in others: NULL-like
  strings (:data:`heldout_v9_values.NULLISH`), padding, upper- and lower-cased values, dates in several formats in
  one column, names written ``LAST, First``, ``F. Last`` or with an honorific;
* dates of birth as DATE, as text in several formats, in the Buddhist era (Thai), in Japanese ``年月日`` form, and
  as integers like 19840312;
* decoys labeled ``none`` (tag ``decoy``): application, order, policy, loan and event numbers, SKUs, tracking
  numbers, IMEI / IMSI, microchips, pet names and a pet's date of birth, product, plan, school and group names,
  event timestamps, contract, admission and exam dates, SCD validity dates and flags, hashes and hash keys, UUIDs,
  coordinates, version strings, surrogate keys, amounts and measures, ICD-10 codes, notes that name nobody;
  employers, sponsors, fleets, sellers, agencies and clinics named in a person's row with their address, phone,
  city, postal code and tax number (``none``, tag ``business``);
* NULL-heavy personal columns (70-90% NULL, tag ``null_heavy``) and free-text notes that mention people
  (``free_text``).

Labeling rules: the same as v2 to v6. ``ssn`` is a social-security / social-insurance number (US SSN, Canadian
SIN, French NIR, Irish PPS number); ``national_id`` is any other state-issued personal identifier: identity,
citizen, population-register, health-service and personal tax numbers (fødselsnummer, HETU, isikukood, CNP, a
person's OIB, EMŠO, rodné číslo, adóazonosító jel, DNI, NIE, Steuer-ID, CPF, Aadhaar, a person's PAN, RRN, MyKad,
NRIC, cédula, CUI, NHS number, a person's UTR, ITIN). ``person_name`` is a full name or a name part that is
neither the given nor the family name (a middle name, a Russian patronymic, a Greek father's name, a kana reading
of a full name, a Hungarian mother's name); a doctor's, vet's, recruiter's or guarantor's name is personal
(``person_name``); a second family name (Spanish *segundo apellido*) and a birth name are ``last_name``.
``street_address`` is any part of the street line (a house number alone, an apartment, flat, unit, building or
*complemento* line too); a Korean or Hindi full address in one column and a Japanese *banchi* are
``street_address``. A place of birth that is a town is ``city``. Every part of a split date of birth is
``date_of_birth``; so is a Japanese-era birth date. A business's address, phone, postal code, city or tax number is
``none`` (tag ``business``); an e-mail is ``email``; a mobile stored as digits without ``+`` is ``phone``; a
country, state, county, region or prefecture is ``none``. Library, member and loyalty card numbers, pet names and
microchips, hashes and surrogate keys are ``none``. A device's IP address is ``ip_address``. A *username* (login
handle) is labeled ``unclassified`` (tag ``username``), as in v5 and v6.

Applied to v9's new cases (no new rule): the identifiers above that are a person's are ``national_id`` (TFN, IRD
number, Aadhaar, PAN, EPIC, Emirates ID, CURP, a person's RFC and RUT, CUI, cédula, CPF, NIK, BSN, Belgian national
number, Thai ID, codice fiscale, rodné číslo, personnummer, HETU, fødselsnummer, CPR, kennitala, PESEL, TC kimlik,
My Number, a person's INN, NRIC, passport numbers, Kenyan, Tanzanian, Ugandan, Senegalese, Ivorian, Moroccan,
Tunisian, Czech and Russian identity-card numbers) and the social-insurance numbers ``ssn`` (Swiss AHV, Austrian
Sozialversicherungsnummer, Irish PPS number, Greek AMKA); a spouse's, co-applicant's or partner's given name is
``first_name`` and family name ``last_name``, their whole name ``person_name``; a mother's, father's, guarantor's,
beneficiary's, emergency contact's, host's, relative's, HR contact's, assessor's, supervisor's, loan officer's,
trainer's, doctor's and vet's name is ``person_name``, and so are a Russian patronymic, a Greek father's name and a
kana reading of a whole name; a mother's maiden name is ``last_name``; each qualified copy of a kind keeps its kind
(a work phone of the person is ``phone``; the switchboard of the employer is ``none``, tag ``business``); an MSISDN
is ``phone``; SCD validity dates, current-row flags, surrogate, business and hash keys are ``none`` (tag ``scd`` or
``decoy``); an integer ``YYYYMMDD`` or a Buddhist-era date of birth is ``date_of_birth``; a pet's date of birth is
``none``; a province, county, canton, district or state is ``none``; a neighbourhood or suburb that is a town is
``city``.

Every value is generated here from :data:`SEED` (one ``random.Random`` per table, named after its builder) with
python-stdnum for check digits, phonenumbers for phone formats and short hand-written lists of first names, family
names, streets and cities per language or country (:mod:`benchmarks.classification.heldout_v9_values`; no Faker,
nothing taken from v2 to v8 or from elsewhere). Build: ``python -m benchmarks.classification.heldout_v9 [PATH]``
(default ``/tmp/heldout_v9.duckdb``). Score: ``python -m benchmarks.classification.heldout_v2_accuracy --set v9``.
Built with python-stdnum 2.2 and phonenumbers 9.0.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from benchmarks.classification import heldout_v4
from benchmarks.classification import heldout_v9_values as v
from benchmarks.classification.heldout_v2 import Column, Table
from benchmarks.classification.heldout_v9_values import NULLISH, SEED, USERNAME, Gen, N, c

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

DEFAULT_PATH = Path("/tmp/heldout_v9.duckdb")

MIX = {"national": 0.3, "intl": 0.25, "e164": 0.15, "00": 0.1, "dashed": 0.1, "digits": 0.1}


def _sexes(g: Gen) -> list[bool]:
    return [g.rnd.random() < 0.5 for _ in range(g.rows)]


def _names(g: Gen, langs: list[str], sexes: list[bool] | None = None) -> tuple[list[str], list[str]]:
    """Given and family names, each row's language drawn from ``langs`` (a list: repeat a language to weigh it)."""
    pairs = [v.person(g, g.rnd.choice(langs), None if sexes is None else sexes[i]) for i in range(g.rows)]
    return [a for a, _ in pairs], [b for _, b in pairs]


def _each(g: Gen, items: list[Any], make: Callable[[Any], Any], nulls: float = 0.0) -> list[Any]:
    return [None if x is None or (nulls and g.rnd.random() < nulls) else make(x) for x in items]


def _staff(g: Gen, lang: str, n: int, prefix: str = "") -> list[str]:
    return [prefix + " ".join(v.person(g, lang)) for _ in range(n)]


def _scd(g: Gen, start: str = "2019-01-01") -> tuple[list[int], list[date], list[date], list[bool]]:
    """SCD type 2 versions: each row's entity index, valid_from, valid_to (9999-12-31 when current), is_current.
    About a third of the entities have two or three versions."""
    entity: list[int] = []
    e = 0
    while len(entity) < g.rows:
        entity += [e] * g.rnd.choices([1, 2, 3], [0.68, 0.24, 0.08])[0]
        e += 1
    entity = entity[:g.rows]
    base = date.fromisoformat(start)
    valid_from, valid_to, current = [], [], []
    i = 0
    while i < g.rows:
        j = i
        while j < g.rows and entity[j] == entity[i]:
            j += 1
        day = base + timedelta(days=g.rnd.randrange(900))
        starts = []
        for _ in range(j - i):
            starts.append(day)
            day = day + timedelta(days=g.rnd.randint(60, 700))
        for k, s in enumerate(starts):
            valid_from.append(s)
            last = k == len(starts) - 1
            valid_to.append(date(9999, 12, 31) if last else starts[k + 1] - timedelta(days=1))
            current.append(last)
        i = j
    return entity, valid_from, valid_to, current


def _by(entity: list[int], values: list[Any]) -> list[Any]:
    """The value of each row's entity (``values`` indexed by entity)."""
    return [values[e] for e in entity]


def _ymd_int(dates: list[date | None]) -> list[int | None]:
    return [None if d is None else int(d.strftime("%Y%m%d")) for d in dates]


# -- wide denormalized tables ------------------------------------------------------------------------------------------


def au_mortgage(g: Gen) -> Table:
    sexes = _sexes(g)
    nz = [g.rnd.random() < 0.22 for _ in range(g.rows)]
    firsts, lasts = _names(g, ["au", "au", "au", "nz"], sexes)
    sp_first, sp_last = _names(g, ["au", "au", "nz"], [not s for s in sexes])
    births = g.births(1958, 2002)
    sp_births = [b + timedelta(days=g.rnd.randint(-2_500, 2_500)) for b in births]
    employers = [("Southern Cross Freight Pty Ltd", v.au_abn(g), "1300 555 014", "Level 4, 120 Collins Street",
                  "Melbourne", "3000"),
                 ("Coral Coast Health Services", v.au_abn(g), "(07) 4755 0190", "22 Flinders Street", "Townsville",
                  "4810"),
                 ("Tasman Civil Engineering Ltd", v.au_abn(g), "(03) 6231 5500", "9 Salamanca Place", "Hobart",
                  "7000"),
                 ("Kauri Software Ltd", v.au_abn(g), "+64 7 578 0042", "15 Devonport Road", "Tauranga", "3110"),
                 ("Goldfields Mining Services", v.au_abn(g), "(08) 9021 3300", "2 Hannan Street", "Kalgoorlie",
                  "6430")]
    emp = [g.rnd.choice(employers) for _ in range(g.rows)]
    banks = [("Westpac", "032-"), ("Commonwealth Bank", "062-"), ("ANZ", "013-"), ("NAB", "083-"),
             ("Bendigo Bank", "633-")]
    bank = [g.rnd.choice(banks) for _ in range(g.rows)]
    assessors = _staff(g, "au", 6)
    hr = _staff(g, "au", 9)
    region = ["NZ" if z else "AU" for z in nz]
    return Table("mortgage.application_flat", "en", "snake", [
        c("application_id", N, "BIGINT", g.keys(5_400_000), "decoy"),
        c("application_ref", N, "VARCHAR", g.col(lambda: g.code("MA-2026-99999")), "decoy"),
        c("lodged_at", N, "TIMESTAMP", g.moments("2025-06-01", 400), "decoy"),
        c("loan_amount", N, "DECIMAL(12,2)", g.amounts(180_000, 1_900_000), "decoy"),
        c("product_code", N, "VARCHAR", g.col(g.pick(["VAR-OO-PI", "FIX3-OO-PI", "FIX5-INV-IO", "LOC-OO"])), "decoy"),
        c("app_title", N, "VARCHAR", [g.rnd.choice(["Ms", "Mrs", "Dr"]) if s else g.rnd.choice(["Mr", "Dr"])
                                      for s in sexes], "decoy"),
        c("app_given_name", "first_name", "VARCHAR", firsts),
        c("app_middle_name", "person_name", "VARCHAR", g.nullify(g.col(g.pick(v.NAMES["au"][0])), 0.25)),
        c("app_surname", "last_name", "VARCHAR", lasts),
        c("app_dob", "date_of_birth", "DATE", births, "abbrev"),
        c("app_tfn", "national_id", "VARCHAR",
          [None if z else v.au_tfn(g, g.rnd.random() < 0.5) for z in nz], "abbrev"),
        c("app_nz_ird", "national_id", "VARCHAR",
          g.nullify([v.nz_ird(g, g.rnd.random() < 0.5) if z else None for z in nz], 0.05), "null_heavy", "abbrev"),
        c("app_mobile", "phone", "VARCHAR",
          [g.phone(r, g.rnd.choice(["national", "intl", "local"])) for r in region], "qualified"),
        c("app_home_phone", "phone", "VARCHAR",
          g.nullify([g.phone(r, g.rnd.choice(["national", "intl"]), mobile=False) for r in region], 0.25),
          "qualified"),
        c("app_work_phone", "phone", "VARCHAR",
          g.nullify([g.phone(r, "ext", mobile=False) for r in region], 0.2), "qualified"),
        c("app_email", "email", "VARCHAR",
          v.emails(g, firsts, lasts, ["bigpond.com", "outlook.com.au", "gmail.com", "xtra.co.nz", "iinet.net.au"])),
        c("curr_unit_no", "street_address", "VARCHAR",
          g.col(lambda: g.rnd.choice(["Unit ", "U", "Apt ", ""]) + str(g.rnd.randint(1, 60)), 0.78), "null_heavy"),
        c("curr_street", "street_address", "VARCHAR", g.col(v.street(g, "au"))),
        c("curr_suburb", "city", "VARCHAR", [g.rnd.choice(v.CITIES[r]) for r in region]),
        c("curr_state", N, "VARCHAR", [g.rnd.choice(["BOP", "WKO"]) if z else g.rnd.choice(["QLD", "VIC", "NSW",
                                                                                            "TAS"]) for z in nz],
          "decoy"),
        c("curr_postcode", "postal_code", "VARCHAR", g.col(lambda: g.digits(4, "23467"))),
        c("postal_addr", "street_address", "VARCHAR",
          g.col(lambda: f"PO Box {g.rnd.randint(10, 9999)}", 0.8), "null_heavy", "qualified"),
        c("postal_suburb", "city", "VARCHAR", g.col(v.city(g, "AU"), 0.8), "null_heavy", "qualified"),
        c("co_app_given_name", "first_name", "VARCHAR", g.nullify(sp_first, 0.2), "qualified"),
        c("co_app_surname", "last_name", "VARCHAR", g.nullify(sp_last, 0.2), "qualified"),
        c("co_app_dob", "date_of_birth", "VARCHAR", g.nullify(g.fmt(sp_births, ["%d/%m/%Y"]), 0.2),
          "qualified"),
        c("co_app_mobile", "phone", "VARCHAR", g.nullify([g.phone(r, "national") for r in region], 0.25),
          "qualified"),
        c("co_app_tfn", "national_id", "VARCHAR", g.col(lambda: v.au_tfn(g), 0.75), "null_heavy", "qualified"),
        c("employer_name", N, "VARCHAR", [e[0] for e in emp], "business"),
        c("employer_abn", N, "VARCHAR", [e[1] for e in emp], "business"),
        c("employer_phone", N, "VARCHAR", [e[2] for e in emp], "business"),
        c("employer_address", N, "VARCHAR", [e[3] for e in emp], "business"),
        c("employer_suburb", N, "VARCHAR", [e[4] for e in emp], "business"),
        c("employer_postcode", N, "VARCHAR", [e[5] for e in emp], "business"),
        c("hr_contact_name", "person_name", "VARCHAR", g.col(g.pick(hr))),
        c("occupation", N, "VARCHAR", g.col(g.pick(["Registered Nurse", "Electrician", "Teacher", "Accountant",
                                                    "Mine Supervisor", "Software Engineer"])), "decoy"),
        c("gross_income", N, "DECIMAL(12,2)", g.amounts(52_000, 310_000), "decoy"),
        c("employment_start", N, "DATE", g.days("2004-01-01", "2025-12-31"), "decoy"),
        c("emerg_contact_name", "person_name", "VARCHAR",
          [" ".join(v.person(g, "au")) for _ in range(g.rows)]),
        c("emerg_relationship", N, "VARCHAR", g.col(g.pick(["Parent", "Sibling", "Friend", "Other"])), "decoy"),
        c("emerg_phone", "phone", "VARCHAR", [g.phone(r, g.rnd.choice(["national", "intl"])) for r in region],
          "qualified"),
        c("bank_name", N, "VARCHAR", [b[0] for b in bank], "business"),
        c("bsb", N, "VARCHAR", [b[1] + g.digits(3, "0123456789") for b in bank], "business"),
        c("property_value", N, "DECIMAL(12,2)", g.amounts(320_000, 2_600_000), "decoy"),
        c("assessor", "person_name", "VARCHAR", g.col(g.pick(assessors))),
        c("decision", N, "VARCHAR", g.col(g.pick(["APPROVED", "DECLINED", "REFERRED", "WITHDRAWN"])), "decoy"),
        c("decision_at", N, "TIMESTAMP", g.moments("2025-07-01", 420), "decoy"),
        c("applicant_ip", "ip_address", "VARCHAR", g.col(g.ipv4)),
        c("row_hash", N, "VARCHAR", g.col(g.sha256), "decoy"),
        c("assessor_notes", "free_text", "VARCHAR",
          g.col(lambda: f"Payslips verified with {' '.join(v.person(g, 'au'))} (payroll); co-applicant to sign at "
                        f"branch.", 0.8), "null_heavy"),
        c("credit_notes", N, "VARCHAR", g.col(g.pick(["Serviceability OK at 8.5% buffer", "Genuine savings shown",
                                                      "LMI required", "Valuation pending", ""])), "decoy"),
    ])


def ch_onboarding(g: Gen) -> Table:
    sexes = _sexes(g)
    land = [g.rnd.choices(["CH", "AT", "DE"], [0.76, 0.16, 0.08])[0] for _ in range(g.rows)]
    firsts, lasts = _names(g, ["de"], sexes)
    births = g.births(1962, 2006)
    p_first, p_last = _names(g, ["de", "it", "fr"])
    prev = [("Helvetia Logistik AG", v.ch_uid(g), "Winterthur", "+41 52 555 01 20"),
            ("Alpenbau GmbH", v.ch_uid(g), "Chur", "081 555 33 10"),
            ("Seeblick Hotellerie AG", v.ch_uid(g), "Luzern", "041 555 77 00"),
            ("Donau Präzision GmbH", v.ch_uid(g), "Linz", "+43 732 555 010")]
    prv = [g.rnd.choice(prev) for _ in range(g.rows)]
    bosses = _staff(g, "de", 7)
    own_uid = v.ch_uid(g)
    return Table("personal.eintritt_flach", "de", "snake+abbrev", [
        c("ma_id", N, "BIGINT", g.keys(20_001), "decoy"),
        c("personal_nr", N, "VARCHAR", [f"{i:07d}" for i in g.ints(1, 99_999)], "decoy"),
        c("eintritt_dat", N, "DATE", g.days("2024-01-01", "2026-12-01"), "decoy", "abbrev"),
        c("anrede", N, "VARCHAR", ["Frau" if s else "Herr" for s in sexes], "decoy"),
        c("vorname", "first_name", "VARCHAR", g.dirty(firsts)),
        c("nachname", "last_name", "VARCHAR", g.dirty(lasts, case=0.2)),
        c("ledigname", "last_name", "VARCHAR", g.col(g.pick(v.NAMES["de"][1]), 0.8), "null_heavy"),
        c("geb_dat", "date_of_birth", "VARCHAR", g.dirty(g.fmt(births, ["%d.%m.%Y", "%d.%m.%y", "%Y-%m-%d"],
                                                               [0.6, 0.2, 0.2]), pad=0.02), "abbrev"),
        c("geb_ort", "city", "VARCHAR", g.dirty([g.rnd.choice(v.CITIES[x]) for x in land]), "abbrev"),
        c("nationalitaet", N, "VARCHAR", land, "decoy"),
        c("ahv_nr", "ssn", "VARCHAR", g.dirty([v.ch_ahv(g, g.rnd.random() < 0.7) if x == "CH" else None
                                               for x in land], pad=0.02), "abbrev"),
        c("sv_nr_at", "ssn", "VARCHAR", g.nullify([v.at_vnr(g, b) if x == "AT" else None
                                                   for x, b in zip(land, births)], 0.05), "null_heavy", "abbrev"),
        c("strasse", "street_address", "VARCHAR", g.dirty(g.col(lambda: g.rnd.choice(v.STREETS["de"][0])))),
        c("haus_nr", "street_address", "VARCHAR",
          g.col(lambda: str(g.rnd.randint(1, 140)) + g.rnd.choice(["", "", "a", "b", "/2"]))),
        c("plz", "postal_code", "VARCHAR", [g.digits(4) if x in {"CH", "AT"} else g.digits(5, "0123456789")
                                            for x in land], "abbrev"),
        c("ort", "city", "VARCHAR", g.dirty([g.rnd.choice(v.CITIES[x]) for x in land], case=0.1)),
        c("kanton", N, "VARCHAR", g.col(g.pick(["ZH", "LU", "SG", "TI", "BE", "GR"])), "decoy"),
        c("tel_privat", "phone", "VARCHAR",
          g.dirty(g.nullify([g.phone(x, g.rnd.choice(["national", "intl", "00"]), mobile=False) for x in land],
                            0.2)), "qualified", "abbrev"),
        c("tel_mobil", "phone", "VARCHAR", g.dirty([g.phone(x, g.rnd.choice(list(MIX))) for x in land]),
          "qualified", "abbrev"),
        c("tel_gesch_direkt", "phone", "VARCHAR",
          g.nullify([g.phone("CH", "ext", mobile=False) for _ in land], 0.25), "qualified", "abbrev"),
        c("email_privat", "email", "VARCHAR",
          g.dirty(v.emails(g, firsts, lasts, ["bluewin.ch", "gmx.ch", "gmx.at", "sunrise.ch", "proton.me"]))),
        c("partner_vorname", "first_name", "VARCHAR", g.nullify(p_first, 0.25), "qualified"),
        c("partner_nachname", "last_name", "VARCHAR", g.nullify(p_last, 0.25), "qualified"),
        c("partner_geb_dat", "date_of_birth", "DATE", g.nullify(g.births(1960, 2006), 0.22), "qualified", "abbrev"),
        c("partner_tel", "phone", "VARCHAR", g.col(lambda: g.phone("CH", "intl"), 0.8), "null_heavy", "qualified"),
        c("vorh_arbeitgeber", N, "VARCHAR", [p[0] for p in prv], "business", "abbrev"),
        c("vorh_ag_uid", N, "VARCHAR", [p[1] for p in prv], "business", "abbrev"),
        c("vorh_ag_ort", N, "VARCHAR", [p[2] for p in prv], "business", "abbrev"),
        c("vorh_ag_tel", N, "VARCHAR", [p[3] for p in prv], "business", "abbrev"),
        c("notfall_name", "person_name", "VARCHAR",
          g.dirty(g.col(lambda: v.styled(g, *v.person(g, "de"), {"plain": 0.6, "comma": 0.4})))),
        c("notfall_bez", N, "VARCHAR", g.col(g.pick(["Ehepartner", "Mutter", "Vater", "Bruder", "Freundin"])),
          "decoy", "abbrev"),
        c("notfall_tel", "phone", "VARCHAR", g.dirty([g.phone(x, "national") for x in land]), "qualified"),
        c("iban", "iban", "VARCHAR", [v.iban_of(g, x, g.rnd.random() < 0.6) for x in land]),
        c("bic", N, "VARCHAR", g.col(g.pick(["UBSWCHZH80A", "POFICHBEXXX", "RAIFCH22", "BKAUATWW", "ZKBKCHZZ80A"])),
          "business"),
        c("bank_name", N, "VARCHAR", g.col(g.pick(["UBS", "PostFinance", "Raiffeisen", "Bank Austria", "ZKB"])),
          "business"),
        c("pensum_pct", N, "INTEGER", g.col(g.pick([40, 50, 60, 80, 90, 100])), "decoy"),
        c("brutto_chf", N, "DECIMAL(10,2)", g.amounts(3_800, 14_500), "decoy"),
        c("vorgesetzter", "person_name", "VARCHAR", g.col(g.pick(bosses))),
        c("uid_arbeitgeber", N, "VARCHAR", [own_uid] * g.rows, "business"),
        c("arbeitsort", N, "VARCHAR", g.col(g.pick(["Zürich Oerlikon", "Bern", "Basel"])), "business"),
        c("badge_nr", N, "VARCHAR", g.col(lambda: g.code("B99999")), "decoy"),
        c("bemerkungen", N, "VARCHAR", g.col(g.pick(["Probezeit 3 Monate", "Arbeitsbewilligung B folgt",
                                                     "Parkplatz beantragt", ""]), 0.2), "decoy"),
    ])


def ae_visa(g: Gen) -> Table:
    origin = [g.rnd.choices(["EG", "JO", "MA", "IN"], [0.35, 0.2, 0.2, 0.25])[0] for _ in range(g.rows)]
    arab = [o != "IN" for o in origin]
    script = [v.person(g, "ar-script") for _ in range(g.rows)]
    latin_in = [v.person(g, "in") for _ in range(g.rows)]
    latin_ar = [v.person(g, "ar") for _ in range(g.rows)]
    firsts = [s[0] if a else i[0] for a, s, i in zip(arab, script, latin_in)]
    lasts = [s[1] if a else i[1] for a, s, i in zip(arab, script, latin_in)]
    roman = [f"{r[0]} {r[1]}" if a else f"{i[0]} {i[1]}" for a, r, i in zip(arab, latin_ar, latin_in)]
    births = g.births(1965, 2004)
    sponsors = [("Gulf Horizon Contracting LLC", "+971 4 555 0134", "Office 1204, Al Moosa Tower 2, Dubai"),
                ("Al Noor Medical Centre", "+971 6 555 2210", "Al Wahda Street, Sharjah"),
                ("Desert Pearl Hospitality", "+971 3 555 7000", "Khalifa Street, Al Ain"),
                ("Emirates Smart Facilities", "04 555 0199", "Jebel Ali Free Zone, Dubai")]
    sp = [g.rnd.choice(sponsors) for _ in range(g.rows)]
    en, ar_l = "lang:en", "lang:ar-Latn"
    return Table("التأشيرات.طلبات_الدخول", "ar", "native", [
        c("رقم_الطلب", N, "VARCHAR", g.col(lambda: g.code("VA99999999")), "decoy"),
        c("تاريخ_التقديم", N, "TIMESTAMP", g.moments("2025-09-01", 300), "decoy"),
        c("نوع_التأشيرة", N, "VARCHAR", g.col(g.pick(["عمل", "زيارة", "إقامة عائلية", "سياحة"])), "decoy"),
        c("الاسم_الأول", "first_name", "VARCHAR", firsts),
        c("اسم_العائلة", "last_name", "VARCHAR", lasts),
        c("الاسم_الكامل_باللاتينية", "person_name", "VARCHAR", g.dirty(roman, case=0.3)),
        c("اسم_الأب", "person_name", "VARCHAR",
          [f"{g.rnd.choice(v.NAMES['ar-script'][0])} {s[1]}" if a else f"{g.rnd.choice(v.NAMES['in'][0])} {i[1]}"
           for a, s, i in zip(arab, script, latin_in)], "qualified"),
        c("اسم_الأم", "person_name", "VARCHAR",
          g.nullify([" ".join(v.person(g, "ar-script")) if a else " ".join(v.person(g, "in")) for a in arab], 0.2),
          "qualified"),
        c("تاريخ_الميلاد", "date_of_birth", "VARCHAR", g.fmt(births, ["%Y/%m/%d", "%d-%m-%Y"], [0.7, 0.3])),
        c("مكان_الميلاد", "city", "VARCHAR",
          [g.rnd.choice(v.CITIES["ar-script"]) if a else g.rnd.choice(v.CITIES["IN"]) for a in arab]),
        c("الجنسية", N, "VARCHAR", origin, "decoy"),
        c("رقم_جواز_السفر", "national_id", "VARCHAR",
          [g.code("A99999999") if o == "EG" else g.code("A999999") if o == "IN" else g.code("AA9999999")
           for o in origin]),
        c("رقم_الهوية_الإماراتية", "national_id", "VARCHAR",
          [v.uae_emirates_id(g, b) if g.rnd.random() < 0.2 else None for b in births], "null_heavy"),
        c("الهاتف_المتحرك", "phone", "VARCHAR", g.dirty([g.phone(o, g.rnd.choice(list(MIX))) for o in origin])),
        c("البريد_الإلكتروني", "email", "VARCHAR",
          g.dirty([v.email(g, r.split()[0], r.split()[-1], ["gmail.com", "yahoo.com", "hotmail.com", "rediffmail.com",
                                                            "outlook.sa"]) for r in roman])),
        c("العنوان", "street_address", "VARCHAR",
          [g.rnd.choice([v.street(g, "ar-script"), v.street(g, "ar")])() if a else v.street(g, "in")()
           for a in arab]),
        c("المدينة", "city", "VARCHAR", [g.rnd.choice(v.CITIES[o]) for o in origin]),
        c("الرمز_البريدي", "postal_code", "VARCHAR",
          [g.digits(6) if o == "IN" else g.digits(5) for o in origin]),
        c("kafeel_sharika", N, "VARCHAR", [s[0] for s in sp], "business", ar_l),
        c("kafeel_hatif", N, "VARCHAR", [s[1] for s in sp], "business", ar_l),
        c("kafeel_unwan", N, "VARCHAR", [s[2] for s in sp], "business", ar_l),
        c("ism_al_zawj", "person_name", "VARCHAR",
          g.col(lambda: " ".join(v.person(g, "ar")), 0.75), "null_heavy", ar_l),
        c("tarikh_milad_al_zawj", "date_of_birth", "VARCHAR",
          g.col(lambda: g.birth(1965, 2005).strftime("%d/%m/%Y"), 0.75), "null_heavy", "qualified", ar_l),
        c("jihat_ittisal_tawari", "person_name", "VARCHAR", g.col(lambda: " ".join(v.person(g, "ar"))), ar_l),
        c("raqm_tawari", "phone", "VARCHAR", [g.phone(o, "e164") for o in origin], "qualified", ar_l),
        c("hatif_al_manzil", "phone", "VARCHAR",
          g.nullify([g.phone(o, g.rnd.choice(["national", "00"]), mobile=False) for o in origin], 0.25),
          "qualified", ar_l),
        c("host_full_name", "person_name", "VARCHAR",
          g.col(lambda: v.styled(g, *v.person(g, "ar"), {"plain": 0.7, "title": 0.3}), 0.2), en),
        c("host_mobile", "phone", "VARCHAR", g.col(lambda: g.phone("AE", g.rnd.choice(["national", "intl"])), 0.2),
          "qualified", en),
        c("host_address", "street_address", "VARCHAR", g.col(v.street(g, "ar"), 0.2), "qualified", en),
        c("host_city", "city", "VARCHAR", g.col(v.city(g, "AE"), 0.2), "qualified", en),
        c("pan_number", "national_id", "VARCHAR",
          [v.in_pan_person(g, i[1]) if o == "IN" and g.rnd.random() < 0.85 else None
           for o, i in zip(origin, latin_in)], "null_heavy", en),
        c("aadhaar_no", "national_id", "VARCHAR",
          [v.in_aadhaar(g, g.rnd.choice(["spaced", "plain"])) if o == "IN" and g.rnd.random() < 0.9 else None
           for o in origin], "null_heavy", en),
        c("salary_iban", "iban", "VARCHAR", g.col(lambda: v.iban_of(g, g.rnd.choice(["AE", "JO", "EG"])), 0.25),
          en),
        c("offered_salary_aed", N, "DECIMAL(10,2)", g.amounts(2_500, 45_000), "decoy", en),
        c("arrival_date", N, "DATE", g.days("2025-10-01", "2026-09-30"), "decoy", en),
        c("photo_sha256", N, "VARCHAR", g.col(g.sha256), "decoy", en),
        c("biometric_ref", N, "VARCHAR", g.col(g.uuid), "decoy", en),
        c("applicant_ip", "ip_address", "VARCHAR", g.col(lambda: g.ipv6() if g.rnd.random() < 0.3 else g.ipv4()), en),
        c("الحالة", N, "VARCHAR", g.col(g.pick(["مقبول", "مرفوض", "قيد المراجعة"])), "decoy"),
        c("ملاحظات", N, "VARCHAR", g.col(g.pick(["المستندات مكتملة", "بانتظار الفحص الطبي", "صورة غير واضحة", ""]), 0.2),
          "decoy"),
    ])


# -- qualified kinds ---------------------------------------------------------------------------------------------------


def ke_telecom(g: Gen) -> Table:
    cc = [g.rnd.choices(["KE", "TZ", "UG"], [0.6, 0.28, 0.12])[0] for _ in range(g.rows)]
    firsts, lasts = _names(g, ["sw"])
    births = g.births(1950, 2007)

    def national_id(country: str, born: date) -> str:
        if country == "TZ":  # NIDA: birth date, area, serial (no check digit published)
            return f"{born:%Y%m%d}-{g.digits(5)}-{g.digits(5, '0')}-{g.digits(2)}"
        return g.digits(8, "123") if country == "KE" else "C" + g.rnd.choice("MF") + g.code("99999999AAAA9")

    return Table("telecom.wateja_simu", "sw", "snake", [
        c("nambari_ya_mteja", N, "VARCHAR", [f"{i:09d}" for i in g.ints(1, 40_000_000)], "decoy"),
        c("jina_la_kwanza", "first_name", "VARCHAR", g.dirty(firsts, case=0.3)),
        c("jina_la_ukoo", "last_name", "VARCHAR", g.dirty(lasts, case=0.3)),
        c("tarehe_ya_kuzaliwa", "date_of_birth", "DATE", births),
        c("nambari_ya_kitambulisho", "national_id", "VARCHAR", g.dirty([national_id(x, b) for x, b in
                                                                         zip(cc, births)])),
        c("msisdn", "phone", "VARCHAR", [g.phone(x, "digits") for x in cc]),
        c("simu_ya_mkononi", "phone", "VARCHAR", g.dirty([g.phone(x, g.rnd.choice(list(MIX))) for x in cc]),
          "qualified"),
        c("simu_ya_nyumbani", "phone", "VARCHAR", [g.phone(x, "national", mobile=False) if g.rnd.random() < 0.2
                                                   else None for x in cc], "null_heavy", "qualified"),
        c("simu_ya_kazini", "phone", "VARCHAR",
          g.nullify([g.phone(x, g.rnd.choice(["intl", "ext"]), mobile=False) for x in cc], 0.25), "qualified"),
        c("simu_mbadala", "phone", "VARCHAR", g.dirty(g.nullify([g.phone(x, "local") for x in cc], 0.2)),
          "qualified"),
        c("barua_pepe", "email", "VARCHAR",
          g.dirty(v.emails(g, firsts, lasts, ["gmail.com", "yahoo.co.ke", "outlook.com", "ymail.com"], 0.25))),
        c("anwani", "street_address", "VARCHAR", g.dirty(g.col(v.street(g, "sw")))),
        c("mji", "city", "VARCHAR", g.dirty([g.rnd.choice(v.CITIES[x]) for x in cc], case=0.25)),
        c("msimbo_wa_posta", "postal_code", "VARCHAR", g.dirty(g.col(lambda: g.digits(5, "1234")))),
        c("imsi", N, "VARCHAR", [{"KE": "63902", "TZ": "64004", "UG": "64110"}[x] + g.digits(10, "0123456789")
                                 for x in cc], "decoy"),
        c("imei", N, "VARCHAR", g.col(lambda: v.imei(g, ["35", "86", "49"])), "decoy"),
        c("kifurushi", N, "VARCHAR", g.col(g.pick(["Bando la Wiki", "Tujibebe", "Unlimited 30", "Daily 50MB"])),
          "decoy"),
        c("tarehe_ya_usajili", N, "DATE", g.days("2012-01-01", "2026-11-01"), "decoy"),
        c("wakala", N, "VARCHAR", g.col(g.pick(["Duka la Mama Pima - Kibera", "Safari Wireless Kisumu",
                                                "Kariakoo Mobile Point", "Jinja Phone Hub"])), "business"),
    ])


def latam_admissions(g: Gen) -> Table:
    cc = [g.rnd.choices(["MX", "CL", "PE", "EC"], [0.4, 0.25, 0.2, 0.15])[0] for _ in range(g.rows)]
    sexes = _sexes(g)
    firsts, lasts = _names(g, ["es"], sexes)
    mothers_last = [g.rnd.choice(v.NAMES["es"][1]) for _ in range(g.rows)]
    births = g.births(1999, 2009)

    def document(x: str, i: int) -> str:
        if x == "MX":
            return v.mx_curp(g, firsts[i], lasts[i], mothers_last[i], births[i], sexes[i])
        if x == "CL":
            return v.cl_rut(g, g.rnd.random() < 0.6)
        if x == "PE":
            return v.pe_cui(g)
        return v.ec_ci(g)

    schools = ["Colegio San Ignacio", "Liceo Bicentenario Temuco", "I.E. Emblemática Mariano Melgar",
               "Unidad Educativa Benigno Malo", "Prepa Tec Campus Querétaro"]
    return Table("admisiones.postulantes", "es", "camel", [
        c("idPostulante", N, "BIGINT", g.keys(300_000), "decoy"),
        c("folioSolicitud", N, "VARCHAR", g.col(lambda: g.code("ADM26-999999")), "decoy"),
        c("nombres", "first_name", "VARCHAR",
          g.dirty([a if g.rnd.random() < 0.6 else f"{a} {g.rnd.choice(v.NAMES['es'][0])}" for a in firsts],
                  case=0.2)),
        c("apellidoPaterno", "last_name", "VARCHAR", g.dirty(lasts, case=0.2), "qualified"),
        c("apellidoMaterno", "last_name", "VARCHAR", g.dirty(mothers_last, case=0.2), "qualified"),
        c("fechaNacimiento", "date_of_birth", "VARCHAR",
          g.dirty(g.fmt(births, ["%d/%m/%Y", "%d-%m-%Y", "%Y-%m-%d"], [0.6, 0.2, 0.2]))),
        c("documentoIdentidad", "national_id", "VARCHAR", g.dirty([document(x, i) for i, x in enumerate(cc)],
                                                                 pad=0.03)),
        c("paisDocumento", N, "VARCHAR", cc, "decoy"),
        c("rfc", "national_id", "VARCHAR",
          [v.mx_rfc_person(g, firsts[i], lasts[i], mothers_last[i], births[i]) if x == "MX" and g.rnd.random() < 0.5
           else None for i, x in enumerate(cc)], "null_heavy"),
        c("nombreMadre", "person_name", "VARCHAR",
          g.dirty([f"{g.rnd.choice(v.NAMES['es'][0])} {m} {g.rnd.choice(v.NAMES['es'][1])}" for m in mothers_last]),
          "qualified"),
        c("nombrePadre", "person_name", "VARCHAR",
          g.dirty(g.nullify([f"{g.rnd.choice(v.NAMES['es'][0])} {a}" for a in lasts], 0.15)), "qualified"),
        c("telefonoCasa", "phone", "VARCHAR",
          g.dirty(g.nullify([g.phone(x, "national", mobile=False) for x in cc], 0.25)), "qualified"),
        c("telefonoCelular", "phone", "VARCHAR", g.dirty([g.phone(x, g.rnd.choice(list(MIX))) for x in cc]),
          "qualified"),
        c("telefonoTrabajoPadre", "phone", "VARCHAR",
          [g.phone(x, "ext", mobile=False) if g.rnd.random() < 0.22 else None for x in cc], "null_heavy",
          "qualified"),
        c("correo", "email", "VARCHAR",
          g.dirty(v.emails(g, firsts, lasts, ["gmail.com", "hotmail.com", "outlook.es", "yahoo.com.mx",
                                              "live.cl"]))),
        c("domicilio", "street_address", "VARCHAR", g.dirty(g.col(v.street(g, "es")))),
        c("ciudad", "city", "VARCHAR", g.dirty([g.rnd.choice(v.CITIES[x]) for x in cc], case=0.2)),
        c("codigoPostal", "postal_code", "VARCHAR",
          g.nullify([g.digits(7) if x == "CL" else g.digits(6, "01") if x == "EC" else g.digits(5, "0123456789")
                     for x in cc], 0.15)),
        c("colegioProcedencia", N, "VARCHAR", g.col(g.pick(schools)), "decoy"),
        c("puntajeExamen", N, "INTEGER", g.ints(350, 850), "decoy"),
        c("carreraPostulada", N, "VARCHAR", g.col(g.pick(["Medicina", "Ingeniería Civil", "Derecho", "Enfermería",
                                                          "Arquitectura"])), "decoy"),
        c("rutApoderado", "national_id", "VARCHAR",
          [v.cl_rut(g) if x == "CL" and g.rnd.random() < 0.8 else None for x in cc], "null_heavy"),
    ])


def br_marketplace(g: Gen) -> Table:
    firsts, lasts = _names(g, ["br"])
    recv_other = [g.rnd.random() < 0.3 for _ in range(g.rows)]
    sellers = [("Casa & Cozinha Comércio Ltda", v.br_cnpj(g), "(11) 3555-0142"),
               ("Eletro Nordeste EIRELI", v.br_cnpj(g), "(81) 3555-7710"),
               ("Moda Sul Confecções S.A.", v.br_cnpj(g), "(48) 3555-2090"),
               ("Pet Center Goiás Ltda", v.br_cnpj(g), "0800 555 0123")]
    sel = [g.rnd.choice(sellers) for _ in range(g.rows)]
    bill_city = g.col(v.city(g, "BR"))
    ship_same = [g.rnd.random() < 0.6 for _ in range(g.rows)]
    bill_street = g.col(lambda: g.rnd.choice(v.STREETS["br"][0]))
    bill_no = [str(g.rnd.randint(1, 3_000)) for _ in range(g.rows)]
    bill_cep = g.col(lambda: g.digits(5, "0123456789") + "-" + g.digits(3, "0123456789"))
    return Table("marketplace.pedidos", "pt-BR", "snake", [
        c("pedido_id", N, "BIGINT", g.keys(88_000_000), "decoy"),
        c("numero_pedido", N, "VARCHAR", g.col(lambda: g.code("99999999-9999999")), "decoy"),
        c("criado_em", N, "TIMESTAMP", g.moments("2026-01-01", 330), "decoy"),
        c("cliente_nome", "person_name", "VARCHAR",
          g.dirty([v.styled(g, a, b, {"plain": 0.7, "caps": 0.3}) for a, b in zip(firsts, lasts)])),
        c("cliente_cpf", "national_id", "VARCHAR", g.dirty(g.col(lambda: v.br_cpf(g, g.rnd.random() < 0.5)))),
        c("cliente_email", "email", "VARCHAR",
          g.dirty(v.emails(g, firsts, lasts, ["gmail.com", "hotmail.com", "uol.com.br", "bol.com.br", "terra.com.br"]),
                  case=0.1)),
        c("cliente_celular", "phone", "VARCHAR", g.dirty(g.phones("BR", {"national": 0.5, "intl": 0.2, "digits": 0.15,
                                                                         "local": 0.15}))),
        c("end_cobranca_logradouro", "street_address", "VARCHAR", g.dirty(bill_street), "qualified"),
        c("end_cobranca_numero", "street_address", "VARCHAR", bill_no, "qualified"),
        c("end_cobranca_complemento", "street_address", "VARCHAR",
          g.col(lambda: g.rnd.choice(["Apto ", "Casa ", "Bloco C ap ", "Sala "]) + str(g.rnd.randint(1, 900)), 0.75),
          "null_heavy", "qualified"),
        c("end_cobranca_cep", "postal_code", "VARCHAR", g.dirty(bill_cep), "qualified"),
        c("end_cobranca_cidade", "city", "VARCHAR", g.dirty(bill_city, case=0.2), "qualified"),
        c("end_cobranca_uf", N, "VARCHAR", g.col(g.pick(["SP", "PE", "GO", "SC", "PR", "MG", "MA"])), "decoy"),
        c("end_entrega_logradouro", "street_address", "VARCHAR",
          [s if same else g.rnd.choice(v.STREETS["br"][0]) for s, same in zip(bill_street, ship_same)], "qualified"),
        c("end_entrega_numero", "street_address", "VARCHAR",
          [n if same else str(g.rnd.randint(1, 3_000)) for n, same in zip(bill_no, ship_same)], "qualified"),
        c("end_entrega_cep", "postal_code", "VARCHAR",
          [p if same else g.digits(8, "0123456789") for p, same in zip(bill_cep, ship_same)], "qualified"),
        c("end_entrega_cidade", "city", "VARCHAR",
          [x if same else g.rnd.choice(v.CITIES["BR"]) for x, same in zip(bill_city, ship_same)], "qualified"),
        c("destinatario_nome", "person_name", "VARCHAR",
          [" ".join(v.person(g, "br")) if o else f"{a} {b}" for o, a, b in zip(recv_other, firsts, lasts)]),
        c("vendedor_razao_social", N, "VARCHAR", [s[0] for s in sel], "business"),
        c("vendedor_cnpj", N, "VARCHAR", [s[1] for s in sel], "business"),
        c("vendedor_telefone", N, "VARCHAR", [s[2] for s in sel], "business"),
        c("sku", N, "VARCHAR", g.col(lambda: g.code("MLB-99999999")), "decoy"),
        c("codigo_rastreio", N, "VARCHAR", g.col(lambda: g.code("AA999999999BR")), "decoy"),
        c("valor_total", N, "DECIMAL(12,2)", g.amounts(9.9, 4_999), "decoy"),
        c("cartao_numero", "credit_card", "VARCHAR", g.col(lambda: v.card(g, g.rnd.random() < 0.5), 0.8),
          "null_heavy"),
        c("ip_comprador", "ip_address", "VARCHAR", g.col(g.ipv4)),
    ])


# -- warehouse dimensions (SCD type 2) ---------------------------------------------------------------------------------


def ie_dim_policyholder(g: Gen) -> Table:
    entity, vfrom, vto, current = _scd(g)
    m = entity[-1] + 1
    sexes = [g.rnd.random() < 0.5 for _ in range(m)]
    pf, pl = [], []
    for s in sexes:
        a, b = v.person(g, "ie", s)
        pf.append(a)
        pl.append(b)
    sf = [g.rnd.choice(v.NAMES["ie"][0]) if g.rnd.random() < 0.75 else None for _ in range(m)]
    births = [g.birth(1940, 2004) for _ in range(m)]
    pps = [v.ie_pps(g) for _ in range(m)]
    mobiles = [g.phone("IE", "intl") for _ in range(m)]
    emails_ = [v.email(g, a, b, ["eircom.net", "gmail.com", "hotmail.ie", "icloud.com"]) for a, b in zip(pf, pl)]
    ibans = [v.iban_of(g, "IE") for _ in range(m)]
    return Table("dw.DIM_POLICYHOLDER", "en", "screaming", [
        c("POLICYHOLDER_SK", N, "BIGINT", g.keys(1), "scd"),
        c("POLICYHOLDER_HK", N, "VARCHAR", _by(entity, [g.md5() for _ in range(m)]), "scd"),
        c("POLICYHOLDER_BK", N, "VARCHAR", _by(entity, [f"PH{i:08d}" for i in range(m)]), "scd"),
        c("VALID_FROM", N, "DATE", vfrom, "scd"),
        c("VALID_TO", N, "DATE", vto, "scd"),
        c("IS_CURRENT", N, "BOOLEAN", current, "scd"),
        c("RECORD_HASH", N, "VARCHAR", g.col(g.sha256), "scd"),
        c("FORENAME", "first_name", "VARCHAR", _by(entity, pf)),
        c("SURNAME", "last_name", "VARCHAR", _by(entity, pl)),
        c("DATE_OF_BIRTH", "date_of_birth", "DATE", _by(entity, births)),
        c("PPSN", "ssn", "VARCHAR", _by(entity, pps)),
        c("ADDRESS_LINE_1", "street_address", "VARCHAR", g.col(v.street(g, "ie"))),
        c("ADDRESS_LINE_2", "street_address", "VARCHAR",
          g.col(lambda: g.rnd.choice(["Rahoon", "Castletroy", "Ballybricken", "Newpark"]) + " Estate", 0.75),
          "null_heavy"),
        c("TOWN", "city", "VARCHAR", g.col(v.city(g, "IE"))),
        c("COUNTY", N, "VARCHAR", g.col(g.pick(["Co. Galway", "Co. Limerick", "Co. Waterford", "Co. Sligo"])),
          "decoy"),
        c("EIRCODE", "postal_code", "VARCHAR",
          g.col(lambda: g.rnd.choice(["H91", "V94", "X91", "R95", "A92", "F91"]) + " " + g.code("A9A9"))),
        c("PHONE_HOME", "phone", "VARCHAR", g.nullify(g.phones("IE", {"national": 1.0}, mobile=0.0), 0.22),
          "qualified"),
        c("PHONE_MOBILE", "phone", "VARCHAR", _by(entity, mobiles), "qualified"),
        c("EMAIL", "email", "VARCHAR", _by(entity, emails_)),
        c("SPOUSE_FORENAME", "first_name", "VARCHAR", _by(entity, sf), "qualified"),
        c("SPOUSE_SURNAME", "last_name", "VARCHAR",
          _by(entity, [b if s is not None else None for s, b in zip(sf, pl)]), "qualified"),
        c("SPOUSE_DOB", "date_of_birth", "DATE",
          _by(entity, [g.birth(1940, 2004) if s is not None else None for s in sf]), "qualified"),
        c("NUM_DEPENDANTS", N, "INTEGER", g.ints(0, 5), "decoy"),
        c("DIRECT_DEBIT_IBAN", "iban", "VARCHAR", _by(entity, ibans)),
        c("LOAD_TS", N, "TIMESTAMP", g.moments("2026-11-01", 30), "decoy"),
    ])


def id_dim_courier(g: Gen) -> Table:
    entity, vfrom, vto, current = _scd(g, "2021-03-01")
    m = entity[-1] + 1
    sexes = [g.rnd.random() < 0.3 for _ in range(m)]
    names = [v.person(g, "id", s) for s in sexes]
    births = [g.birth(1970, 2005) for _ in range(m)]
    partners = [("PT Kilat Ekspres Nusantara", v.id_npwp(g)), ("PT Antar Cepat Indonesia", v.id_npwp(g)),
                ("CV Jaya Logistik Makassar", v.id_npwp(g))]
    part = [g.rnd.choice(partners) for _ in range(m)]
    return Table("gudang_data.dim_kurir", "id", "snake", [
        c("kurir_sk", N, "BIGINT", g.keys(10_001), "scd"),
        c("kurir_hash_key", N, "VARCHAR", _by(entity, [g.sha256() for _ in range(m)]), "scd"),
        c("kode_kurir", N, "VARCHAR", _by(entity, [f"KRR-{i:06d}" for i in range(m)]), "scd"),
        c("berlaku_dari", N, "DATE", vfrom, "scd"),
        c("berlaku_sampai", N, "DATE", vto, "scd"),
        c("status_aktif", N, "VARCHAR", ["Y" if x else "N" for x in current], "scd"),
        c("nama_lengkap", "person_name", "VARCHAR",
          g.dirty(_by(entity, [f"{a} {b}" if g.rnd.random() < 0.8 else a for a, b in names]), case=0.3)),
        c("nik", "national_id", "VARCHAR", _by(entity, [v.id_nik(g, b, s) for b, s in zip(births, sexes)])),
        c("tanggal_lahir", "date_of_birth", "VARCHAR", g.fmt(_by(entity, births), ["%d-%m-%Y", "%d/%m/%Y"])),
        c("tempat_lahir", "city", "VARCHAR", _by(entity, [g.rnd.choice(v.CITIES["ID"]) for _ in range(m)])),
        c("no_hp", "phone", "VARCHAR", g.dirty(g.phones("ID", {"national": 0.4, "local": 0.3, "intl": 0.2,
                                                               "digits": 0.1}))),
        c("nama_kontak_darurat", "person_name", "VARCHAR", g.col(lambda: " ".join(v.person(g, "id")), 0.2)),
        c("no_hp_darurat", "phone", "VARCHAR", g.col(lambda: g.phone("ID", "local"), 0.2), "qualified"),
        c("alamat_ktp", "street_address", "VARCHAR", g.dirty(g.col(v.street(g, "id")))),
        c("kota", "city", "VARCHAR", g.dirty(g.col(v.city(g, "ID")), case=0.3)),
        c("kode_pos", "postal_code", "VARCHAR", g.col(lambda: g.digits(5, "123456789"))),
        c("provinsi", N, "VARCHAR", g.col(g.pick(["Jawa Timur", "Sumatera Utara", "Bali", "DI Yogyakarta"])),
          "decoy"),
        c("nama_mitra", N, "VARCHAR", _by(entity, [p[0] for p in part]), "business"),
        c("npwp_mitra", N, "VARCHAR", _by(entity, [p[1] for p in part]), "business"),
        c("rating", N, "DECIMAL(3,2)", g.amounts(3.2, 5.0), "decoy"),
    ])


def nl_dim_participant(g: Gen) -> Table:
    entity, vfrom, vto, current = _scd(g, "2018-01-01")
    m = entity[-1] + 1
    be = [g.rnd.random() < 0.2 for _ in range(m)]
    names = [v.person(g, "nl") for _ in range(m)]
    births = [g.birth(1950, 2004) for _ in range(m)]
    partners = [" ".join(v.person(g, "nl")) if g.rnd.random() < 0.7 else None for _ in range(m)]
    employers = [("Zuivelcoöperatie Noordoost", g.digits(8)), ("Bouwbedrijf Van Ommen B.V.", g.digits(8)),
                 ("Zorggroep IJsselland", g.digits(8)), ("Brouwerij De Kroon NV", g.digits(8))]
    emp = [g.rnd.choice(employers) for _ in range(m)]
    return Table("dwh.DimDeelnemer", "nl", "pascal", [
        c("DeelnemerSk", N, "BIGINT", g.keys(500_001), "scd"),
        c("DeelnemerHashKey", N, "VARCHAR", _by(entity, [g.sha256()[:40] for _ in range(m)]), "scd"),
        c("GeldigVanaf", N, "DATE", vfrom, "scd"),
        c("GeldigTot", N, "DATE", vto, "scd"),
        c("IsHuidig", N, "BOOLEAN", current, "scd"),
        c("Bsn", "national_id", "VARCHAR", _by(entity, [None if b else v.nl_bsn(g) for b in be])),
        c("Rijksregisternummer", "national_id", "VARCHAR",
          _by(entity, [v.be_nn(g, d, g.rnd.random() < 0.5) if b else None for b, d in zip(be, births)]),
          "null_heavy"),
        c("Voornamen", "first_name", "VARCHAR", _by(entity, [a for a, _ in names])),
        c("Achternaam", "last_name", "VARCHAR", _by(entity, [b for _, b in names])),
        c("Geboortedatum", "date_of_birth", "INTEGER", _ymd_int(_by(entity, births))),
        c("Straatnaam", "street_address", "VARCHAR", g.col(lambda: g.rnd.choice(v.STREETS["nl"][0]))),
        c("Huisnummer", "street_address", "INTEGER", g.ints(1, 250)),
        c("Huisnummertoevoeging", "street_address", "VARCHAR", g.col(g.pick(["A", "B", "bis", "2", "hs"]), 0.8),
          "null_heavy"),
        c("Postcode", "postal_code", "VARCHAR", _by(entity, [g.digits(4, "123456789") + ("" if b else " "
                                                            + g.code("AA")) for b in be])),
        c("Woonplaats", "city", "VARCHAR", _by(entity, [g.rnd.choice(v.CITIES["BE" if b else "NL"]) for b in be])),
        c("Land", N, "VARCHAR", _by(entity, ["BE" if b else "NL" for b in be]), "decoy"),
        c("Iban", "iban", "VARCHAR", _by(entity, [v.iban_of(g, "BE" if b else "NL") for b in be])),
        c("PartnerNaam", "person_name", "VARCHAR", _by(entity, partners)),
        c("PartnerGeboortedatum", "date_of_birth", "DATE",
          _by(entity, [g.birth(1950, 2004) if p else None for p in partners]), "qualified"),
        c("OpgebouwdPensioen", N, "DECIMAL(12,2)", g.amounts(0, 48_000), "decoy"),
        c("WerkgeverNaam", N, "VARCHAR", _by(entity, [e[0] for e in emp]), "business"),
        c("WerkgeverKvk", N, "VARCHAR", _by(entity, [e[1] for e in emp]), "business"),
        c("LaadMoment", N, "TIMESTAMP", g.moments("2026-10-01", 60), "decoy"),
    ])


# -- event tables ------------------------------------------------------------------------------------------------------


def ph_trip_events(g: Gen) -> Table:
    drivers = [(" ".join(v.person(g, "tl")), g.phone("PH", g.rnd.choice(["national", "intl", "local"])))
               for _ in range(140)]
    drv = [g.rnd.choice(drivers) for _ in range(g.rows)]
    riders = [v.person(g, "tl") for _ in range(g.rows)]
    return Table("rides.trip_events", "tl", "snake", [
        c("event_id", N, "BIGINT", g.keys(9_000_000_000), "decoy"),
        c("trip_id", N, "VARCHAR", g.col(g.uuid), "decoy"),
        c("oras_ng_kaganapan", N, "TIMESTAMP", g.moments("2026-10-01", 60), "decoy"),
        c("uri_ng_kaganapan", N, "VARCHAR", g.col(g.pick(["REQUESTED", "ACCEPTED", "PICKED_UP", "DROPPED_OFF",
                                                          "CANCELLED"])), "decoy"),
        c("pangalan_ng_drayber", "person_name", "VARCHAR", [d[0] for d in drv]),
        c("numero_ng_drayber", "phone", "VARCHAR", [d[1] for d in drv]),
        c("pangalan_ng_pasahero", "person_name", "VARCHAR",
          g.dirty([v.styled(g, a, b, {"plain": 0.6, "initial": 0.2, "caps": 0.2}) for a, b in riders])),
        c("telepono_ng_pasahero", "phone", "VARCHAR", g.col(lambda: g.phone("PH", "e164"), 0.78), "null_heavy"),
        c("email_ng_pasahero", "email", "VARCHAR",
          v.emails(g, [a for a, _ in riders], [b for _, b in riders], ["gmail.com", "yahoo.com.ph", "outlook.ph"],
                   0.2)),
        c("ip_ng_device", "ip_address", "VARCHAR", g.col(g.ipv4)),
        c("lat_sundo", N, "DOUBLE", g.floats(14.40, 14.75, 5), "decoy"),
        c("lon_sundo", N, "DOUBLE", g.floats(120.95, 121.15, 5), "decoy"),
        c("lat_hatid", N, "DOUBLE", g.floats(14.40, 14.75, 5), "decoy"),
        c("lon_hatid", N, "DOUBLE", g.floats(120.95, 121.15, 5), "decoy"),
        c("layo_km", N, "DECIMAL(6,2)", g.amounts(0.5, 42), "decoy"),
        c("tagal_minuto", N, "INTEGER", g.ints(3, 140), "decoy"),
        c("pamasahe_php", N, "DECIMAL(8,2)", g.amounts(60, 1_400), "decoy"),
        c("surge_multiplier", N, "DECIMAL(3,1)", g.col(g.pick([1.0, 1.0, 1.2, 1.5, 2.0])), "decoy"),
        c("tip_php", N, "DECIMAL(6,2)", g.amounts(0, 100), "decoy"),
        c("paraan_ng_bayad", N, "VARCHAR", g.col(g.pick(["CASH", "GCASH", "CARD", "MAYA"])), "decoy"),
        c("rating", N, "INTEGER", g.ints(1, 5), "decoy"),
        c("bersyon_ng_app", N, "VARCHAR", g.col(g.version), "decoy"),
        c("modelo_ng_telepono", N, "VARCHAR", g.col(g.pick(["Redmi Note 12", "Galaxy A14", "iPhone 11", "realme C55",
                                                            "vivo Y36"])), "decoy"),
        c("baterya_pct", N, "INTEGER", g.ints(3, 100), "decoy"),
        c("kodigo_promo", N, "VARCHAR", g.col(lambda: g.code("AAAA99"), 0.25), "decoy"),
    ])


def vn_profile_events(g: Gen) -> Table:
    users = []
    for _ in range(900):
        a, b = v.person(g, "vi")
        born = g.birth(1975, 2009)
        users.append((a, b, v.handle(g, a, b), v.email(g, a, b, ["gmail.com", "yahoo.com.vn", "outlook.com"]),
                      g.phone("VN", g.rnd.choice(["national", "intl", "local"])), born,
                      g.rnd.choice(v.CITIES["VN"])))
    u = [g.rnd.choice(users) for _ in range(g.rows)]
    return Table("mangxahoi.su_kien_ho_so", "vi", "snake", [
        c("ma_su_kien", N, "BIGINT", g.keys(70_000_000), "decoy"),
        c("thoi_gian", N, "TIMESTAMP", g.moments("2026-11-01", 30), "decoy"),
        c("loai_su_kien", N, "VARCHAR", g.col(g.pick(["dang_nhap", "cap_nhat_ho_so", "dang_bai", "theo_doi"])),
          "decoy"),
        c("ten_dang_nhap", USERNAME, "VARCHAR", [x[2] for x in u], "username"),
        c("ho_ten", "person_name", "VARCHAR", [v.full(x[0], x[1], "vi") for x in u]),
        c("email", "email", "VARCHAR", [x[3] for x in u]),
        c("so_dien_thoai", "phone", "VARCHAR", g.dirty([x[4] for x in u], pad=0.0)),
        c("dia_chi_ip", "ip_address", "VARCHAR", g.col(lambda: g.ipv6() if g.rnd.random() < 0.4 else g.ipv4())),
        c("ngay_sinh", "date_of_birth", "VARCHAR", g.fmt([x[5] for x in u], ["%d/%m/%Y"])),
        c("thanh_pho", "city", "VARCHAR", [x[6] for x in u]),
        c("so_nguoi_theo_doi", N, "INTEGER", g.ints(0, 250_000), "decoy"),
        c("so_bai_viet", N, "INTEGER", g.ints(0, 4_000), "decoy"),
        c("so_luot_thich", N, "INTEGER", g.ints(0, 90_000), "decoy"),
        c("thiet_bi", N, "VARCHAR", g.col(g.pick(["android", "ios", "web"])), "decoy"),
        c("phien_ban_ung_dung", N, "VARCHAR", g.col(g.version), "decoy"),
        c("ngon_ngu", N, "VARCHAR", g.col(g.pick(["vi", "en", "vi-VN"])), "decoy"),
        c("tieu_su", "free_text", "VARCHAR",
          g.col(lambda: f"Mình là {g.rnd.choice(v.NAMES['vi'][0])}, bạn thân của "
                        f"{v.full(*v.person(g, 'vi'), 'vi')}. Liên hệ {g.phone('VN', 'national')}", 0.8),
          "null_heavy"),
        c("ma_gioi_thieu", N, "VARCHAR", g.col(lambda: g.code("AAA999")), "decoy"),
        c("anh_dai_dien_hash", N, "VARCHAR", g.col(g.md5), "decoy"),
    ])


# -- other domains -----------------------------------------------------------------------------------------------------


def th_discharge(g: Gen) -> Table:
    firsts, lasts = _names(g, ["th"])
    births = g.births(1935, 2024)
    doctors = ["นพ. " + " ".join(v.person(g, "th")) for _ in range(4)] + \
              ["พญ. " + " ".join(v.person(g, "th")) for _ in range(3)]
    admit = g.days("2026-01-01", "2026-11-15")

    def buddhist(d: date) -> str:
        return f"{d.day:02d}/{d.month:02d}/{d.year + 543}"

    return Table("โรงพยาบาล.จำหน่ายผู้ป่วย", "th", "native", [
        c("เลขที่ผู้ป่วยใน", N, "VARCHAR", g.col(lambda: "AN" + g.digits(8, "0123456789")), "decoy"),
        c("เลขประจำตัวผู้ป่วย", N, "VARCHAR", g.col(lambda: "HN" + g.digits(7, "0123456789")), "decoy"),
        c("ชื่อ", "first_name", "VARCHAR", firsts),
        c("นามสกุล", "last_name", "VARCHAR", lasts),
        c("เลขประจำตัวประชาชน", "national_id", "VARCHAR", g.col(lambda: v.th_pin(g, g.rnd.random() < 0.5))),
        c("วันเกิด", "date_of_birth", "VARCHAR", [buddhist(b) for b in births]),
        c("ที่อยู่", "street_address", "VARCHAR", g.col(v.street(g, "th"))),
        c("เมือง", "city", "VARCHAR", g.col(v.city(g, "TH"))),
        c("จังหวัด", N, "VARCHAR", g.col(g.pick(["เชียงใหม่", "ขอนแก่น", "สงขลา", "ภูเก็ต"])), "decoy"),
        c("รหัสไปรษณีย์", "postal_code", "VARCHAR", g.col(lambda: g.rnd.choice(["50", "40", "30", "90", "83"])
                                                        + g.digits(3, "0123456789"))),
        c("เบอร์โทรศัพท์", "phone", "VARCHAR", g.phones("TH", {"national": 0.6, "local": 0.2, "intl": 0.2})),
        c("ชื่อญาติ", "person_name", "VARCHAR", g.col(lambda: " ".join(v.person(g, "th")), 0.15)),
        c("เบอร์ญาติ", "phone", "VARCHAR", g.phones("TH", {"local": 1.0}, nulls=0.15), "qualified"),
        c("แพทย์ผู้รักษา", "person_name", "VARCHAR", g.col(g.pick(doctors))),
        c("วันที่รับไว้", N, "DATE", admit, "decoy"),
        c("วันที่จำหน่าย", N, "DATE", [a + timedelta(days=g.rnd.randint(1, 30)) for a in admit], "decoy"),
        c("รหัสโรค_icd10", N, "VARCHAR", g.col(g.pick(["J18.9", "I21.4", "E11.9", "K35.8", "A90", "S72.0"])),
          "decoy"),
        c("ค่ารักษา_บาท", N, "DECIMAL(12,2)", g.amounts(1_200, 480_000), "decoy"),
    ])


def fr_microfinance(g: Gen) -> Table:
    cc = [g.rnd.choices(["SN", "CI", "MA", "TN"], [0.35, 0.25, 0.25, 0.15])[0] for _ in range(g.rows)]
    sexes = [g.rnd.random() < 0.7 for _ in range(g.rows)]
    firsts, lasts = _names(g, ["fr"], sexes)
    births = g.births(1955, 2005)
    officers = _staff(g, "fr", 8)

    def cni(x: str, born: date) -> str:
        if x == "MA":
            return g.code("AA") + g.digits(6, "0123456789")
        if x == "SN":
            return g.rnd.choice("12") + " " + f"{g.digits(3)} {born.year} {g.digits(5, '0123456789')}"
        if x == "CI":
            return "CI" + g.digits(9, "0123456789")
        return g.digits(8, "01")

    def fiscal(x: str) -> str:
        return {"SN": v.sn_ninea, "MA": v.ma_ice, "TN": v.tn_mf}.get(x, v.sn_ninea)(g)

    return Table("microfinance.emprunteurs", "fr", "snake+abbrev", [
        c("id_empr", N, "BIGINT", g.keys(7_000), "decoy", "abbrev"),
        c("num_pret", N, "VARCHAR", g.col(lambda: g.code("PR-99-999999")), "decoy", "abbrev"),
        c("nom_empr", "last_name", "VARCHAR", g.dirty(lasts, case=0.4), "abbrev"),
        c("prenom_empr", "first_name", "VARCHAR", g.dirty(firsts, case=0.2), "abbrev"),
        c("dt_naiss", "date_of_birth", "VARCHAR", g.dirty(g.fmt(births, ["%d/%m/%Y", "%d-%m-%y", "%Y"],
                                                                [0.7, 0.2, 0.1])), "abbrev"),
        c("lieu_naiss", "city", "VARCHAR", g.dirty([g.rnd.choice(v.CITIES[x]) for x in cc], case=0.3), "abbrev"),
        c("num_cni", "national_id", "VARCHAR", g.dirty([cni(x, b) for x, b in zip(cc, births)]), "abbrev"),
        c("tel_port", "phone", "VARCHAR", g.dirty([g.phone(x, g.rnd.choice(list(MIX))) for x in cc]), "qualified",
          "abbrev"),
        c("tel_fixe", "phone", "VARCHAR", [g.phone(x, "national", mobile=False) if g.rnd.random() < 0.2 else None
                                           for x in cc], "null_heavy", "qualified", "abbrev"),
        c("adr_dom", "street_address", "VARCHAR", g.dirty(g.col(v.street(g, "fr"))), "abbrev"),
        c("ville", "city", "VARCHAR", g.dirty([g.rnd.choice(v.CITIES[x]) for x in cc], case=0.3)),
        c("cp", "postal_code", "VARCHAR", g.nullify([g.digits(5, "1234567") for _ in cc], 0.25), "abbrev"),
        c("nom_conjoint", "person_name", "VARCHAR",
          g.dirty(g.col(lambda: v.styled(g, *v.person(g, "fr"), {"plain": 0.5, "comma": 0.5}), 0.22))),
        c("nom_garant", "person_name", "VARCHAR", g.dirty(g.col(lambda: " ".join(v.person(g, "fr"))))),
        c("tel_garant", "phone", "VARCHAR", g.dirty([g.phone(x, "intl") for x in cc]), "qualified", "abbrev"),
        c("agent_credit", "person_name", "VARCHAR", g.col(g.pick(officers))),
        c("groupe_solidaire", N, "VARCHAR", g.col(g.pick(["GIE Ndeye Sali", "Groupe Espoir", "Coop Tafilalt",
                                                          "Femmes de Sfax"])), "decoy"),
        c("montant_pret", N, "DECIMAL(12,2)", g.amounts(50_000, 3_000_000), "decoy"),
        c("dt_decaiss", N, "DATE", g.days("2025-01-01", "2026-11-30"), "decoy", "abbrev"),
        c("id_fiscal_activite", N, "VARCHAR", [fiscal(x) for x in cc], "business"),
        c("activite", N, "VARCHAR", g.col(g.pick(["couture", "commerce de tissus", "élevage", "restauration",
                                                  "coiffure"])), "decoy"),
        c("obs_agent", N, "VARCHAR", g.col(g.pick(["remboursement régulier", "retard 2 échéances",
                                                   "visite terrain faite", ""])), "decoy"),
    ])


def it_gym(g: Gen) -> Table:
    sexes = _sexes(g)
    firsts, lasts = _names(g, ["it"], sexes)
    births = g.births(1950, 2010)
    trainers = [(" ".join(v.person(g, "it")), g.phone("IT", "national")) for _ in range(6)]
    tr = [g.rnd.choice(trainers) for _ in range(g.rows)]
    piva = v.it_iva(g)
    return Table("palestra.iscritti", "it", "camel", [
        c("idIscritto", N, "BIGINT", g.keys(1), "decoy"),
        c("numeroTessera", N, "VARCHAR", g.col(lambda: g.code("PF999999")), "decoy"),
        c("nome", "first_name", "VARCHAR", firsts),
        c("cognome", "last_name", "VARCHAR", lasts),
        c("codiceFiscale", "national_id", "VARCHAR",
          [v.it_cf(g, a, b, d, s) if g.rnd.random() < 0.75 else v.it_cf(g, a, b, d, s).lower()
           for a, b, d, s in zip(firsts, lasts, births, sexes)]),
        c("dataNascita", "date_of_birth", "DATE", births),
        c("luogoNascita", "city", "VARCHAR", g.col(v.city(g, "IT"))),
        c("indirizzo", "street_address", "VARCHAR", g.col(lambda: g.rnd.choice(v.STREETS["it"][0]))),
        c("civico", "street_address", "VARCHAR", g.col(lambda: str(g.rnd.randint(1, 200)) + g.rnd.choice(
            ["", "", "/A", " bis"]))),
        c("cap", "postal_code", "VARCHAR", g.col(lambda: g.digits(5, "0123456789"))),
        c("comune", "city", "VARCHAR", g.col(v.city(g, "IT"))),
        c("provincia", N, "VARCHAR", g.col(g.pick(["BS", "PG", "LE", "TN", "PR", "UD"])), "decoy"),
        c("cellulare", "phone", "VARCHAR", g.phones("IT", {"national": 0.5, "intl": 0.3, "local": 0.2}),
          "qualified"),
        c("telefonoCasa", "phone", "VARCHAR", g.phones("IT", {"national": 1.0}, mobile=0.0, nulls=0.78),
          "null_heavy", "qualified"),
        c("email", "email", "VARCHAR", v.emails(g, firsts, lasts, ["libero.it", "virgilio.it", "gmail.com",
                                                                   "alice.it"])),
        c("istruttore", "person_name", "VARCHAR", [t[0] for t in tr]),
        c("cellulareIstruttore", "phone", "VARCHAR", [t[1] for t in tr], "qualified"),
        c("abbonamento", N, "VARCHAR", g.col(g.pick(["Open Annuale", "Mensile", "Trimestrale Corsi", "10 Ingressi"])),
          "decoy"),
        c("scadenzaCertificatoMedico", N, "DATE", g.days("2026-01-01", "2027-12-31"), "decoy"),
        c("partitaIvaPalestra", N, "VARCHAR", [piva] * g.rows, "business"),
        c("ibanAddebito", "iban", "VARCHAR", g.col(lambda: v.iban_of(g, "IT", g.rnd.random() < 0.4), 0.25)),
    ])


def cz_electoral(g: Gen) -> Table:
    sk = [g.rnd.random() < 0.15 for _ in range(g.rows)]
    sexes = _sexes(g)
    firsts, lasts = _names(g, ["cs"], sexes)
    births = g.births(1930, 2008)
    return Table("volby.volebni_seznam", "cs", "snake", [
        c("poradove_cislo", N, "INTEGER", g.keys(1), "decoy"),
        c("okrsek", N, "VARCHAR", g.col(lambda: g.digits(4, "123")), "decoy"),
        c("titul", N, "VARCHAR", g.col(g.pick(["Ing.", "Mgr.", "MUDr.", "Bc.", ""]), 0.2), "decoy"),
        c("jmeno", "first_name", "VARCHAR", g.dirty(firsts)),
        c("prijmeni", "last_name", "VARCHAR", g.dirty(lasts, case=0.5)),
        c("rodne_cislo", "national_id", "VARCHAR",
          [v.cz_rc(g, b, s, g.rnd.random() < 0.6) for b, s in zip(births, sexes)]),
        c("datum_narozeni", "date_of_birth", "VARCHAR", g.fmt(births, ["%d.%m.%Y", "%-d.%-m.%Y"])),
        c("ulice", "street_address", "VARCHAR", g.dirty(g.col(lambda: g.rnd.choice(v.STREETS["cs"][0])))),
        c("cislo_popisne", "street_address", "VARCHAR", g.col(lambda: f"{g.rnd.randint(1, 3000)}/"
                                                                      f"{g.rnd.randint(1, 60)}")),
        c("psc", "postal_code", "VARCHAR", g.col(lambda: g.digits(3) + " " + g.digits(2, "0123456789"))),
        c("obec", "city", "VARCHAR", g.dirty([g.rnd.choice(v.CITIES["SK" if x else "CZ"]) for x in sk], case=0.3)),
        c("okres", N, "VARCHAR", g.col(g.pick(["Olomouc", "Plzeň-město", "Liberec", "Zlín"])), "decoy"),
        c("cislo_op", "national_id", "VARCHAR", g.col(lambda: g.digits(9), 0.2), "abbrev"),
        c("statni_obcanstvi", N, "VARCHAR", ["SK" if x else "CZ" for x in sk], "decoy"),
        c("volil", N, "BOOLEAN", g.yn(True, False, 0.62), "decoy"),
        c("cas_hlasovani", N, "TIMESTAMP", g.moments("2025-10-03 14:00:00", 2), "decoy"),
        c("poznamka", N, "VARCHAR", g.col(g.pick(["přenosná urna", "voličský průkaz", ""]), 0.25), "decoy"),
    ])


def nordic_pension(g: Gen) -> Table:
    cc = [g.rnd.choices(["SE", "FI", "NO", "DK"], [0.5, 0.2, 0.12, 0.18])[0] for _ in range(g.rows)]
    firsts, lasts = _names(g, ["se"])
    births = g.births(1950, 2003)

    def pid(x: str, b: date) -> str | None:
        return {"SE": lambda: v.se_pnr(g, b, g.rnd.random() < 0.5), "FI": lambda: v.fi_hetu(g, b),
                "NO": lambda: v.no_fnr(g, b), "DK": lambda: None}[x]()

    employer = [{"SE": v.se_orgnr, "FI": v.fi_ytunnus, "NO": v.no_orgnr, "DK": v.se_orgnr}[x](g) for x in cc]
    da = "lang:da"
    return Table("pensionsfond.medlemmar", "sv", "snake", [
        c("medlems_id", N, "BIGINT", g.keys(100_000), "decoy"),
        c("id_nummer", "national_id", "VARCHAR", [pid(x, b) for x, b in zip(cc, births)]),
        c("fornamn", "first_name", "VARCHAR", firsts),
        c("efternamn", "last_name", "VARCHAR", lasts),
        c("fodelsedatum", "date_of_birth", "INTEGER", _ymd_int(births)),
        c("gatuadress", "street_address", "VARCHAR", g.col(v.street(g, "se"))),
        c("postnummer", "postal_code", "VARCHAR",
          [g.digits(3) + " " + g.digits(2, "0123456789") if x == "SE" else g.digits(5, "0123456789") if x == "FI"
           else g.digits(4) for x in cc]),
        c("postort", "city", "VARCHAR", [g.rnd.choice(v.CITIES[x]) for x in cc]),
        c("land", N, "VARCHAR", cc, "decoy"),
        c("mobilnummer", "phone", "VARCHAR", [g.phone(x, g.rnd.choice(["national", "intl", "e164"])) for x in cc],
          "qualified"),
        c("epost", "email", "VARCHAR", v.emails(g, firsts, lasts, ["telia.com", "gmail.com", "outlook.com",
                                                                   "elisanet.fi", "online.no"], 0.1)),
        c("formanstagare", "person_name", "VARCHAR", g.col(lambda: " ".join(v.person(g, "se")), 0.25)),
        c("formanstagare_pnr", "national_id", "VARCHAR", g.col(lambda: v.se_pnr(g, g.birth(1950, 2020)), 0.8),
          "null_heavy"),
        c("arbetsgivare", N, "VARCHAR", g.col(g.pick(["Norrlands Trä AB", "Pohjolan Kone Oy", "Fjordkraft Drift AS",
                                                      "Jysk Mejeri A/S"])), "business"),
        c("arbetsgivare_orgnr", N, "VARCHAR", employer, "business"),
        c("pensionsgrundande_lon", N, "DECIMAL(12,2)", g.amounts(220_000, 1_100_000), "decoy"),
        c("senast_uppdaterad", N, "TIMESTAMP", g.moments("2026-06-01", 180), "decoy"),
        c("cpr_nummer", "national_id", "VARCHAR",
          [v.dk_cpr(g, b, g.rnd.random() < 0.5) if x == "DK" else None for x, b in zip(cc, births)],
          "null_heavy", da),
        c("tlf_arbejde", "phone", "VARCHAR",
          g.nullify([g.phone(x, "national", mobile=False) for x in cc], 0.25), "qualified", da),
        c("efterlevende", "person_name", "VARCHAR", g.col(lambda: " ".join(v.person(g, "se")), 0.8), "null_heavy",
          da),
        c("udbetalingskonto_iban", "iban", "VARCHAR", [v.iban_of(g, x) for x in cc], da),
        c("kennitala_maka", "national_id", "VARCHAR", g.col(lambda: v.is_kennitala(g, g.birth(1950, 2000)), 0.85),
          "null_heavy", "lang:is"),
    ])


def pl_households(g: Gen) -> Table:
    sexes = _sexes(g)
    firsts, lasts = _names(g, ["pl"], sexes)
    births = g.births(1945, 2004)
    married = [g.rnd.random() < 0.75 for _ in range(g.rows)]
    sp_sex = [not s for s in sexes]
    sp = [v.person(g, "pl", s) if m else (None, None) for s, m in zip(sp_sex, married)]
    sp_births = [g.birth(1945, 2004) if m else None for m in married]
    agents = _staff(g, "pl", 5)
    nip, regon = v.pl_nip(g), v.pl_regon(g)
    return Table("ubezpieczenia.gospodarstwa_domowe", "pl", "snake", [
        c("id_polisy", N, "BIGINT", g.keys(3_000_000), "decoy"),
        c("nr_polisy", N, "VARCHAR", g.col(lambda: g.code("GD/2026/9999999")), "decoy"),
        c("imie_ubezpieczajacego", "first_name", "VARCHAR", g.dirty(firsts)),
        c("nazwisko_ubezpieczajacego", "last_name", "VARCHAR", g.dirty(lasts, case=0.3)),
        c("pesel_ubezpieczajacego", "national_id", "VARCHAR",
          [v.pl_pesel(g, b, s) for b, s in zip(births, sexes)], "qualified"),
        c("data_urodzenia", "date_of_birth", "DATE", births),
        c("imie_malzonka", "first_name", "VARCHAR", [a for a, _ in sp], "qualified"),
        c("nazwisko_malzonka", "last_name", "VARCHAR", [b for _, b in sp], "qualified"),
        c("pesel_malzonka", "national_id", "VARCHAR",
          [v.pl_pesel(g, b, s) if b else None for b, s in zip(sp_births, sp_sex)], "qualified"),
        c("nazwisko_rodowe_matki", "last_name", "VARCHAR", g.col(lambda: v.person(g, "pl", True)[1], 0.2)),
        c("ulica", "street_address", "VARCHAR", g.dirty(g.col(lambda: g.rnd.choice(v.STREETS["pl"][0])))),
        c("nr_domu", "street_address", "VARCHAR", g.col(lambda: str(g.rnd.randint(1, 180)) + g.rnd.choice(
            ["", "", "A", "B"]))),
        c("nr_lokalu", "street_address", "VARCHAR", g.col(lambda: str(g.rnd.randint(1, 90)), 0.75), "null_heavy"),
        c("kod_pocztowy", "postal_code", "VARCHAR", g.col(lambda: g.digits(2) + "-" + g.digits(3, "0123456789"))),
        c("miejscowosc", "city", "VARCHAR", g.dirty(g.col(v.city(g, "PL")), case=0.2)),
        c("wojewodztwo", N, "VARCHAR", g.col(g.pick(["lubelskie", "podlaskie", "podkarpackie", "pomorskie"])),
          "decoy"),
        c("tel_kom", "phone", "VARCHAR", g.dirty(g.phones("PL", {"national": 0.4, "intl": 0.3, "local": 0.3})),
          "qualified", "abbrev"),
        c("tel_stacj", "phone", "VARCHAR", g.phones("PL", {"national": 0.7, "dashed": 0.3}, mobile=0.0, nulls=0.22),
          "qualified", "abbrev"),
        c("email", "email", "VARCHAR", g.dirty(v.emails(g, firsts, lasts, ["wp.pl", "onet.pl", "interia.pl",
                                                                           "o2.pl", "gmail.com"]))),
        c("suma_ubezpieczenia", N, "DECIMAL(12,2)", g.amounts(80_000, 1_500_000), "decoy"),
        c("skladka_roczna", N, "DECIMAL(10,2)", g.amounts(180, 3_400), "decoy"),
        c("agent", "person_name", "VARCHAR", g.col(g.pick(agents))),
        c("nip_agencji", N, "VARCHAR", [nip] * g.rows, "business"),
        c("regon_agencji", N, "VARCHAR", [regon] * g.rows, "business"),
        c("rok_budowy", N, "INTEGER", g.ints(1925, 2025), "decoy"),
    ])


def tr_drivers(g: Gen) -> Table:
    firsts, lasts = _names(g, ["tr"])
    births = g.births(1960, 2004)
    fleets = [("Anadolu Filo Kiralama A.Ş.", v.tr_vkn(g), "0212 555 40 40"),
              ("Karadeniz Transfer Ltd. Şti.", v.tr_vkn(g), "0462 555 11 22"),
              ("Ege Mobilite A.Ş.", v.tr_vkn(g), "0232 555 90 90")]
    fl = [g.rnd.choice(fleets) if g.rnd.random() < 0.8 else ("", "", "") for _ in range(g.rows)]
    return Table("surucu.SURUCU_KAYIT", "tr", "screaming", [
        c("SURUCU_ID", N, "BIGINT", g.keys(44_000), "decoy"),
        c("AD", "first_name", "VARCHAR", g.dirty(firsts, case=0.5)),
        c("SOYAD", "last_name", "VARCHAR", g.dirty(lasts, case=0.5)),
        c("TC_KIMLIK_NO", "national_id", "VARCHAR", g.col(lambda: v.tr_tc(g))),
        c("DOGUM_TARIHI", "date_of_birth", "VARCHAR", g.dirty(g.fmt(births, ["%d.%m.%Y", "%d/%m/%Y"]))),
        c("DOGUM_YERI", "city", "VARCHAR", g.dirty(g.col(v.city(g, "TR")), case=0.5)),
        c("CEP_TEL", "phone", "VARCHAR", g.dirty(g.phones("TR", {"national": 0.4, "local": 0.3, "intl": 0.2,
                                                                 "00": 0.1})), "qualified"),
        c("EV_TEL", "phone", "VARCHAR", g.phones("TR", {"national": 1.0}, mobile=0.0, nulls=0.22), "qualified"),
        c("E_POSTA", "email", "VARCHAR", g.dirty(v.emails(g, firsts, lasts, ["gmail.com", "hotmail.com",
                                                                           "yandex.com.tr"]), case=0.2)),
        c("ADRES", "street_address", "VARCHAR", g.dirty(g.col(v.street(g, "tr")))),
        c("SEHIR", "city", "VARCHAR", g.dirty(g.col(v.city(g, "TR")), case=0.5)),
        c("POSTA_KODU", "postal_code", "VARCHAR", g.col(lambda: g.digits(2, "0123456789") + g.digits(3, "0123456789"))),
        c("FILO_SIRKETI", N, "VARCHAR", [f[0] for f in fl], "business"),
        c("FILO_VKN", N, "VARCHAR", [f[1] for f in fl], "business"),
        c("FILO_TEL", N, "VARCHAR", [f[2] for f in fl], "business"),
        c("ARAC_MODELI", N, "VARCHAR", g.col(g.pick(["Fiat Egea", "Renault Clio", "Toyota Corolla", "Hyundai i20"])),
          "decoy"),
        c("KAYIT_TARIHI", N, "DATE", g.days("2019-01-01", "2026-11-01"), "decoy"),
        c("IBAN", "iban", "VARCHAR", g.col(lambda: v.iban_of(g, "TR", g.rnd.random() < 0.6))),
        c("SON_KONUM", N, "VARCHAR", g.col(lambda: g.coord((36.8, 41.3), (27.0, 39.9))), "decoy"),
    ])


def ja_profiles(g: Gen) -> Table:
    f = [g.rnd.choice(v.JA_FIRST) for _ in range(g.rows)]
    la = [g.rnd.choice(v.JA_LAST) for _ in range(g.rows)]
    births = g.births(1950, 2008)
    employer_cn = [v.jp_corporate(g) for _ in range(5)]
    return Table("会員.プロフィール", "ja", "native", [
        c("会員番号", N, "VARCHAR", [f"{i:08d}" for i in g.ints(1, 9_999_999)], "decoy"),
        c("姓", "last_name", "VARCHAR", [x[0] for x in la]),
        c("名", "first_name", "VARCHAR", [x[0] for x in f]),
        c("氏名カナ", "person_name", "VARCHAR", [f"{b[1]} {a[1]}" for a, b in zip(f, la)]),
        c("生年月日", "date_of_birth", "VARCHAR", [f"{d.year}年{d.month}月{d.day}日" for d in births]),
        c("郵便番号", "postal_code", "VARCHAR", g.col(lambda: g.digits(3, "0123456789") + "-" + g.digits(4, "0123456789"))),
        c("都道府県", N, "VARCHAR", g.col(g.pick(["北海道", "宮城県", "福岡県", "広島県", "石川県"])), "decoy"),
        c("市区町村", "city", "VARCHAR", g.col(v.city(g, "JP"))),
        c("番地", "street_address", "VARCHAR", g.col(v.street(g, "ja"))),
        c("電話番号", "phone", "VARCHAR", g.phones("JP", {"national": 0.8, "local": 0.2}, mobile=0.0),
          "qualified"),
        c("携帯電話", "phone", "VARCHAR", g.phones("JP", {"national": 0.6, "intl": 0.2, "e164": 0.2}, nulls=0.1),
          "qualified"),
        c("メールアドレス", "email", "VARCHAR", v.emails(g, [x[2] for x in f], [x[2] for x in la],
                                                     ["docomo.ne.jp", "ezweb.ne.jp", "gmail.com", "yahoo.co.jp"])),
        c("ニックネーム", USERNAME, "VARCHAR", [v.handle(g, a[2], b[2]) for a, b in zip(f, la)], "username"),
        c("登録日時", N, "TIMESTAMP", g.moments("2018-04-01", 3_000), "decoy"),
        c("最終ログイン", N, "TIMESTAMP", g.moments("2026-10-01", 60), "decoy"),
        c("自己紹介", N, "VARCHAR", g.col(g.pick(["カフェ巡りが好きです", "週末はランニング", "写真を撮っています",
                                                 "よろしくお願いします"]), 0.2), "decoy"),
        c("マイナンバー", "national_id", "VARCHAR", g.col(lambda: v.jp_my_number(g, g.rnd.random() < 0.5), 0.8),
          "null_heavy"),
        c("勤務先法人番号", N, "VARCHAR", g.col(g.pick(employer_cn), 0.25), "business"),
    ])


def ja_latn_couriers(g: Gen) -> Table:
    f = [g.rnd.choice(v.JA_FIRST) for _ in range(g.rows)]
    la = [g.rnd.choice(v.JA_LAST) for _ in range(g.rows)]
    births = g.births(1958, 2005)
    firms = [("Kanto Haiso Kabushiki Kaisha", v.jp_corporate(g)), ("Kyushu Express Godo Kaisha", v.jp_corporate(g))]
    fm = [g.rnd.choice(firms) for _ in range(g.rows)]
    return Table("haitatsu.HaitatsuinMaster", "ja-Latn", "pascal", [
        c("HaitatsuinId", N, "BIGINT", g.keys(600_001), "decoy"),
        c("Shimei", "person_name", "VARCHAR",
          g.dirty([f"{b[2]} {a[2]}" if g.rnd.random() < 0.6 else f"{b[2].upper()} {a[2]}" for a, b in zip(f, la)])),
        c("ShimeiKana", "person_name", "VARCHAR", [f"{b[1]} {a[1]}" for a, b in zip(f, la)]),
        c("SeinenGappi", "date_of_birth", "VARCHAR", g.fmt(births, ["%Y/%m/%d", "%Y%m%d"])),
        c("Juusho", "street_address", "VARCHAR", g.col(v.street(g, "ja-Latn"))),
        c("Yuubin", "postal_code", "VARCHAR", g.col(lambda: g.digits(3, "0123456789") + g.rnd.choice(["-", ""])
                                                  + g.digits(4, "0123456789"))),
        c("Shichouson", "city", "VARCHAR", g.col(v.city(g, "JP-Latn"))),
        c("KeitaiBangou", "phone", "VARCHAR", g.dirty(g.phones("JP", {"national": 0.5, "local": 0.3, "intl": 0.2}))),
        c("KinkyuRenrakusaki", "person_name", "VARCHAR",
          g.col(lambda: f"{g.rnd.choice(v.JA_LAST)[2]} {g.rnd.choice(v.JA_FIRST)[2]}", 0.2)),
        c("KinkyuDenwa", "phone", "VARCHAR", g.phones("JP", {"national": 1.0}, nulls=0.2), "qualified"),
        c("ItakuKaisha", N, "VARCHAR", [x[0] for x in fm], "business"),
        c("KaishaHoujinBangou", N, "VARCHAR", [x[1] for x in fm], "business"),
        c("HaitatsuKensuu", N, "INTEGER", g.ints(0, 260), "decoy"),
        c("KeiyakuKaishibi", N, "DATE", g.days("2022-04-01", "2026-11-01"), "decoy"),
    ])


def ru_hr(g: Gen) -> Table:
    sexes = _sexes(g)
    firsts, lasts = _names(g, ["ru"], sexes)
    births = g.births(1960, 2006)
    own_inn = v.ru_inn_company(g)
    return Table("кадры.приём_сотрудников", "ru", "snake", [
        c("табельный_номер", N, "VARCHAR", [f"{i:06d}" for i in g.ints(1, 99_999)], "decoy"),
        c("фамилия", "last_name", "VARCHAR", g.dirty(lasts, case=0.3)),
        c("имя", "first_name", "VARCHAR", g.dirty(firsts)),
        c("отчество", "person_name", "VARCHAR", [g.rnd.choice(v.RU_PATRONYMIC[s]) for s in sexes]),
        c("дата_рождения", "date_of_birth", "VARCHAR", g.dirty(g.fmt(births, ["%d.%m.%Y"]))),
        c("место_рождения", "city", "VARCHAR", g.col(v.city(g, "RU"))),
        c("инн", "national_id", "VARCHAR", g.col(lambda: v.ru_inn_person(g))),
        c("паспорт_серия_номер", "national_id", "VARCHAR",
          g.col(lambda: f"{g.digits(2)} {g.digits(2, '0123456789')} {g.digits(6, '0123456789')}")),
        c("адрес_регистрации", "street_address", "VARCHAR", g.dirty(g.col(v.street(g, "ru")))),
        c("город", "city", "VARCHAR", g.dirty(g.col(v.city(g, "RU")), case=0.3)),
        c("индекс", "postal_code", "VARCHAR", g.col(lambda: g.digits(6, "1346"))),
        c("моб_телефон", "phone", "VARCHAR", g.dirty(g.phones("RU", {"national": 0.4, "intl": 0.3, "local": 0.2,
                                                                     "e164": 0.1})), "qualified", "abbrev"),
        c("дом_телефон", "phone", "VARCHAR", g.phones("RU", {"national": 1.0}, mobile=0.0, nulls=0.8),
          "null_heavy", "qualified", "abbrev"),
        c("эл_почта", "email", "VARCHAR", g.dirty(v.emails(g, g.col(g.pick(["dmitry", "anna", "ivan", "olga",
                                                                           "sergey", "maria"])),
                                                           g.col(g.pick(["kuznetsov", "smirnova", "popov", "volkova"])),
                                                           ["mail.ru", "yandex.ru", "gmail.com", "bk.ru"]))),
        c("супруг_фио", "person_name", "VARCHAR",
          g.col(lambda: " ".join(reversed(v.person(g, "ru"))), 0.22)),
        c("контакт_экстренный", "person_name", "VARCHAR", g.col(lambda: " ".join(reversed(v.person(g, "ru"))))),
        c("тел_экстренный", "phone", "VARCHAR", g.phones("RU", {"national": 1.0}), "qualified", "abbrev"),
        c("должность", N, "VARCHAR", g.col(g.pick(["инженер", "бухгалтер", "кладовщик", "водитель", "аналитик"])),
          "decoy"),
        c("оклад", N, "DECIMAL(10,2)", g.amounts(45_000, 320_000), "decoy"),
        c("дата_приёма", N, "DATE", g.days("2024-01-01", "2026-11-30"), "decoy"),
        c("инн_работодателя", N, "VARCHAR", [own_inn] * g.rows, "business"),
    ])


def gr_pet_insurance(g: Gen) -> Table:
    firsts, lasts = _names(g, ["el"])
    births = g.births(1945, 2004)
    vets = ["Δρ. " + " ".join(v.person(g, "el")) for _ in range(5)]
    clinics = [("Κτηνιατρική Κλινική Πάτρας", v.gr_afm_company(g), "2610 555 120"),
               ("VetCare Λάρισα ΙΚΕ", v.gr_afm_company(g), "2410 555 300"),
               ("Ζωοϊατρική Κρήτης ΟΕ", v.gr_afm_company(g), "2810 555 777")]
    cl = [g.rnd.choice(clinics) for _ in range(g.rows)]
    return Table("κτηνιατρική_ασφάλιση.συμβόλαια", "el", "snake", [
        c("αριθμός_συμβολαίου", N, "VARCHAR", g.col(lambda: g.code("PET-999999")), "decoy"),
        c("όνομα_κατοικιδίου", N, "VARCHAR", g.col(g.pick(["Ρεξ", "Λούνα", "Μπόμπι", "Κίτσος", "Μέλι", "Τζίνα"])),
          "decoy"),
        c("ράτσα", N, "VARCHAR", g.col(g.pick(["Λαμπραντόρ", "Κοινή Ευρωπαϊκή", "Πούντλ", "Ημίαιμο"])), "decoy"),
        c("μικροτσίπ", N, "VARCHAR", g.col(lambda: "300" + g.digits(12, "0123456789")), "decoy"),
        c("ημ_γέννησης_ζώου", N, "DATE", g.days("2010-01-01", "2026-06-01"), "decoy"),
        c("όνομα", "first_name", "VARCHAR", firsts),
        c("επώνυμο", "last_name", "VARCHAR", lasts),
        c("πατρώνυμο", "person_name", "VARCHAR", g.col(g.pick(["Γιώργος", "Νίκος", "Κώστας", "Δημήτρης"]), 0.2)),
        c("αμκα", "ssn", "VARCHAR", [v.gr_amka(g, b) for b in births]),
        c("ημερομηνία_γέννησης", "date_of_birth", "VARCHAR", g.fmt(births, ["%d/%m/%Y"])),
        c("διεύθυνση", "street_address", "VARCHAR", g.col(v.street(g, "el"))),
        c("τκ", "postal_code", "VARCHAR", g.col(lambda: g.digits(3) + g.rnd.choice([" ", ""]) + g.digits(2, "0123456789"))),
        c("πόλη", "city", "VARCHAR", g.col(v.city(g, "GR"))),
        c("κινητό", "phone", "VARCHAR", g.phones("GR", {"national": 0.5, "intl": 0.3, "digits": 0.2}), "qualified"),
        c("σταθερό", "phone", "VARCHAR", g.phones("GR", {"national": 1.0}, mobile=0.0, nulls=0.22), "qualified"),
        c("email", "email", "VARCHAR",
          g.col(lambda: f"{g.rnd.choice(['giorgos', 'maria', 'nikos', 'eleni', 'kostas'])}."
                        f"{g.rnd.choice(['oikonomou', 'georgiou', 'nikolaou', 'vasileiou'])}{g.rnd.randint(1, 99)}"
                        f"@{g.rnd.choice(['gmail.com', 'yahoo.gr', 'otenet.gr'])}")),
        c("κτηνίατρος", "person_name", "VARCHAR", g.col(g.pick(vets))),
        c("κλινική", N, "VARCHAR", [x[0] for x in cl], "business"),
        c("αφμ_κλινικής", N, "VARCHAR", [x[1] for x in cl], "business"),
        c("τηλ_κλινικής", N, "VARCHAR", [x[2] for x in cl], "business"),
        c("ασφάλιστρο", N, "DECIMAL(8,2)", g.amounts(90, 620), "decoy"),
    ])


# -- opaque and misleading names ---------------------------------------------------------------------------------------


def opaque_dump(g: Gen) -> Table:
    sexes = _sexes(g)
    births = g.births(1950, 2005)
    firsts, lasts = _names(g, ["id", "tl", "in", "au"], sexes)
    col = [f"src_crm_col{i:02d}" for i in range(1, 30)]
    return Table("stg.src_crm_dump", "en", "opaque", [
        c(col[0], N, "BIGINT", g.keys(1), "decoy", "opaque"),
        c(col[1], "national_id", "VARCHAR", [v.my_nric(g, b, g.rnd.random() < 0.5) for b in births], "opaque"),
        c(col[2], "national_id", "VARCHAR", g.col(lambda: v.au_tfn(g)), "opaque"),
        c(col[3], "ssn", "VARCHAR", g.col(lambda: v.ie_pps(g)), "opaque"),
        c(col[4], "national_id", "VARCHAR", g.col(lambda: v.in_epic(g)), "opaque"),
        c(col[5], "national_id", "VARCHAR", g.col(lambda: v.th_pin(g)), "opaque"),
        c(col[6], "national_id", "VARCHAR", [v.id_nik(g, b, s) for b, s in zip(births, sexes)], "opaque"),
        c(col[7], "first_name", "VARCHAR", g.dirty(firsts, case=0.6), "opaque"),
        c(col[8], "last_name", "VARCHAR", g.dirty(lasts, case=0.6), "opaque"),
        c(col[9], "date_of_birth", "VARCHAR", g.fmt(births, ["%Y%m%d", "%d/%m/%Y", "%Y-%m-%d"]), "opaque"),
        c(col[10], "phone", "VARCHAR",
          g.phones(["NG", "GH", "ZA", "SG", "MY", "LK", "BD", "PK", "FJ"], {"intl": 0.4, "e164": 0.3, "digits": 0.3}),
          "opaque"),
        c(col[11], "email", "VARCHAR", v.emails(g, firsts, lasts, ["gmail.com", "yahoo.com", "outlook.com"]),
          "opaque"),
        c(col[12], "street_address", "VARCHAR", g.col(v.street(g, g.rnd.choice(["id", "tl", "in", "au"]))), "opaque"),
        c(col[13], "city", "VARCHAR", g.col(v.city(g, "ID", "PH", "IN", "AU", "NZ")), "opaque"),
        c(col[14], "postal_code", "VARCHAR", g.col(lambda: g.rnd.choice([g.digits(4), g.digits(5), g.digits(6)])),
          "opaque"),
        c(col[15], "credit_card", "VARCHAR", g.col(lambda: v.card(g, g.rnd.random() < 0.5)), "opaque"),
        c(col[16], "iban", "VARCHAR", g.col(lambda: v.iban_of(g, g.rnd.choice(["AE", "IL", "TN", "SA"]))),
          "opaque"),
        c(col[17], "ip_address", "VARCHAR", g.col(g.ipv4), "opaque"),
        c(col[18], N, "VARCHAR", g.col(lambda: g.code("SKU-999-AA")), "decoy", "opaque"),
        c(col[19], N, "VARCHAR", g.col(lambda: v.imei(g, ["35"])), "decoy", "opaque"),
        c(col[20], N, "DECIMAL(12,2)", g.amounts(-2_000, 90_000), "decoy", "opaque"),
        c(col[21], N, "TIMESTAMP", g.moments("2026-01-01", 300), "decoy", "opaque"),
        c(col[22], N, "VARCHAR", g.col(g.pick([v.sg_uen(g) for _ in range(8)])), "business", "opaque"),
        c(col[23], N, "VARCHAR", g.col(g.pick([v.vn_mst(g) for _ in range(8)])), "business", "opaque"),
        c(col[24], N, "VARCHAR", g.col(g.pick([v.il_hp(g) for _ in range(8)])), "business", "opaque"),
        c(col[25], N, "VARCHAR", g.col(g.pick([v.za_tin(g) for _ in range(8)])), "business", "opaque"),
        c(col[26], N, "VARCHAR", g.col(g.pick([v.in_gstin(g) for _ in range(8)])), "business", "opaque"),
        c(col[27], N, "VARCHAR", g.col(g.pick([v.th_moa(g) for _ in range(8)])), "business", "opaque"),
        c(col[28], "person_name", "VARCHAR", g.col(lambda: " ".join(v.person(g, "au")), 0.8), "null_heavy",
          "opaque"),
    ])


def misleading_misc(g: Gen) -> Table:
    firsts, lasts = _names(g, ["es", "br", "ar", "sw"])
    births = g.births(1948, 2006)
    return Table("app.user_misc", "en", "misleading", [
        c("id", N, "BIGINT", g.keys(77_000), "decoy"),
        c("misc_1", "email", "VARCHAR", g.dirty(v.emails(g, firsts, lasts, ["gmail.com", "yahoo.com", "icloud.com"]))),
        c("notes2", "phone", "VARCHAR", g.dirty(g.phones(["NG", "ZA", "GH"], {"national": 0.5, "intl": 0.3,
                                                                              "ext": 0.2}))),
        c("code", "national_id", "VARCHAR", g.col(lambda: v.cl_rut(g, g.rnd.random() < 0.5))),
        c("ref", "iban", "VARCHAR", g.col(lambda: v.iban_of(g, "CH", g.rnd.random() < 0.5))),
        c("info", "street_address", "VARCHAR", g.dirty(g.col(v.street(g, g.rnd.choice(["es", "br", "sw"]))))),
        c("data", "date_of_birth", "INTEGER", _ymd_int(births)),
        c("value", "city", "VARCHAR", g.dirty(g.col(v.city(g, "MX", "BR", "KE", "EG")), case=0.3)),
        c("attr", "person_name", "VARCHAR",
          g.dirty([v.styled(g, a, b, {"comma": 0.4, "initial": 0.3, "title": 0.3}) for a, b in zip(firsts, lasts)])),
        c("label", "first_name", "VARCHAR", firsts),
        c("tag", "last_name", "VARCHAR", lasts),
        c("misc_2", "ssn", "VARCHAR", g.col(lambda: v.ch_ahv(g), 0.75), "null_heavy"),
        c("payload", "ip_address", "VARCHAR", g.col(g.ipv6)),
        c("dob_sk", N, "INTEGER", g.ints(1, 40_000), "decoy"),
        c("email_opt_in", N, "VARCHAR", g.yn("Y", "N", 0.4), "decoy"),
        c("phone_verified", N, "BOOLEAN", g.yn(True, False, 0.8), "decoy"),
        c("city_id", N, "INTEGER", g.ints(1, 480), "decoy"),
        c("address_hash", N, "VARCHAR", g.col(g.sha256), "decoy"),
        c("first_login_at", N, "TIMESTAMP", g.moments("2024-01-01", 900), "decoy"),
        c("name", N, "VARCHAR", g.col(g.pick(["Basic", "Family Plus", "Gold Annual", "Student"])), "decoy"),
        c("zip_valid", N, "BOOLEAN", g.yn(True, False, 0.9), "decoy"),
        c("surname_len", N, "INTEGER", [len(b) for b in lasts], "decoy"),
        c("nationality_code", N, "VARCHAR", g.col(g.pick(["MX", "BR", "EG", "KE", "CL"])), "decoy"),
        c("contact_person", N, "VARCHAR", g.col(g.pick(["Front Desk", "Billing Team", "Support Tier 2"])), "decoy"),
        c("ssn_last_checked", N, "TIMESTAMP", g.moments("2025-01-01", 600), "decoy"),
        c("birthday_promo_sent", N, "BOOLEAN", g.yn(True, False, 0.3), "decoy"),
    ])


#: (builder, rows): every table of the set, its row count fixed
BUILDERS: list[tuple[Callable[[Gen], Table], int]] = [
    (au_mortgage, 1_200), (ch_onboarding, 900), (ae_visa, 1_500), (ke_telecom, 2_200), (latam_admissions, 1_600),
    (br_marketplace, 3_000), (ie_dim_policyholder, 2_500), (id_dim_courier, 1_400), (nl_dim_participant, 1_300),
    (ph_trip_events, 3_000), (vn_profile_events, 2_800), (th_discharge, 900), (fr_microfinance, 1_700),
    (it_gym, 1_100), (cz_electoral, 2_900), (nordic_pension, 1_500), (pl_households, 1_000), (tr_drivers, 800),
    (ja_profiles, 1_200), (ja_latn_couriers, 500), (ru_hr, 700), (gr_pet_insurance, 1_000), (opaque_dump, 1_000),
    (misleading_misc, 240),
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
