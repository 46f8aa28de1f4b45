"""Held-out set v8 for the column classifier: 23 tables of dirty legacy exports in new domains and countries.

Written **blind**, like v2 to v7: by someone who has read neither the classifier (``governance_dagster/detect/``)
nor its vocabulary (``governance_dagster/rules.py``) nor its documentation, only the list of kind names
(``governance_dagster/kinds.py``), issue 13, how the scorer registers and calls a set, and the *structure* of v7
(how tables, columns, labels and tags are declared, its labeling rules and its tests). The classifier was not run
on this set while it was written: nothing here was adjusted to what the classifier does. It differs from the
earlier sets on purpose:

* the dirt of real exports: ALL-CAPS names and cities from legacy systems (``JOHN SMITH``, ``SMITH, JOHN``,
  ``MÜLLER-LÜDENSCHEIDT``), names with initials (``J. R. Smith``) and honorifics (``Mr``, ``Smt.``, ``Dra.``),
  leading and trailing spaces, mixed formats within one column (phones national, international, with ``00``, with
  dashes and with extensions ``x123``), dates in two formats in one column, NULL-like strings (``""``, ``N/A``,
  ``-``, ``unknown``, :data:`heldout_v8_values.NULLISH`) mixed in, typos, columns drawn from many distinct values
  beside columns drawn from a few (a handful of staff), numbers stored as text with leading zeros;
* other domains: court case parties, a church baptism register, a sports club, an airline crew roster, a dental
  practice, a driving school, municipal permits, charity donors, mobile-app signups, a wedding planner, crypto
  exchange KYC, a shipping manifest, an adoption agency, a census-like survey, school bus routes, a tax advisor's
  client list, museum memberships, rental bikes, a funeral home (two: South Africa and Latin America), call-centre
  logs, a legacy staging extract with opaque names and a table of misleading names;
* column names in English (UK, US, India), German, French, Spanish, Catalan, Italian, Portuguese, Dutch, Polish,
  Swedish, Danish, Czech, Turkish, romanized Japanese (``ja-Latn``), Japanese (kanji and kana), Russian (Cyrillic),
  Greek and Afrikaans; snake, camel, Pascal and SCREAMING case, abbreviations (``cust_nm``, ``ctc_ph``, ``f_nac``,
  ``ape1``), opaque names (``c01``, ``fld_7``, ``x_val``) and misleading names (``misc_1``, ``notes2``, ``code``,
  ``ref``, ``info``, ``data``, ``value``, ``tag``) over personal values, and personal-looking names over
  non-personal values (``birth_date_sk``, ``email_verified``, ``phone_model``, ``address_type``, a product's
  ``name``, ``last_name_changed``);
* 200 to 3,000 rows per table;
* identifiers checked with ``python-stdnum`` when generated, of countries and kinds v2 to v7 use little: South
  African ID number, Pakistani CNIC, Dominican cédula, Mauritian NID, Cuban NI, Bulgarian PNF (foreigner's
  number), Belgian BIS number, Costa Rican cédula, Argentine DNI, Venezuelan personal RIF, Salvadoran NIT, Kenyan
  KRA PIN of an individual, Dutch passport number, Greek AFM of a person, Portuguese NIF of a person, Russian INN of
  a person, Japanese My Number, Danish CPR, Swedish personnummer with twelve digits, Czech rodné číslo without the
  slash, Polish PESEL, Turkish TC kimlik; the common ones in unusual layouts: US SSN (no separators, spaces), UK
  NHS number (dashes, spaces), German Steuer-ID (spaces, slashes), French NIR (dashes), Spanish DNI (dash, space,
  lower-case letter), Italian codice fiscale (lower case), Brazilian CPF (no separators), Indian Aadhaar (no
  separators, dashes); *business* identifiers as decoys labeled ``none`` (tag ``business``): Dutch BTW, Italian
  partita IVA, Spanish CIF, French SIREN, Portuguese NIPC, Dominican RNC, Japanese corporate number, Russian INN of
  a company, Taiwanese UBN, Australian ACN, Serbian PIB, Albanian NIPT, Kenyan KRA PIN of a company, Venezuelan
  RIF of a company, LEI; IMO ship numbers and ISO 6346 container codes as decoys;
* phones of 30 regions, several formats in one column (national, international, E.164, ``00``, dashed, digits
  without ``+``, with extensions);
* dates of birth as DATE, as text in two formats in one column, as Japanese-era text and split into year / month /
  day integers; a birth year alone;
* decoys labeled ``none`` (tag ``decoy``): case, claim, permit, order, ticket, manifest and receipt numbers, SKUs,
  tracking numbers, product, parish, hall and company names, event timestamps, contract, hearing and exam dates,
  hashes, UUIDs, coordinates, version strings, surrogate keys, flags, enums, amounts, MAC addresses of bike locks,
  free-text notes that name nobody; business addresses and phones of solicitors, hotels, venues, chapels and
  shippers named in a person's row (``none``, tag ``business``);
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

Applied to v8's new cases (no new rule): the identifiers above that are a person's are ``national_id`` (the South
African, Pakistani, Mauritian, Cuban, Bulgarian, Belgian BIS, Costa Rican, Argentine, Dutch passport, Japanese
My Number, Danish, Swedish, Polish, Turkish numbers and a person's RIF, NIT, KRA PIN, AFM, NIF and INN), the US SSN
and the French NIR ``ssn``; a judge's, priest's, instructor's, captain's, agent's, curator's or advisor's name is
``person_name``; a godparent's, next of kin's, birth mother's or emergency contact's name is ``person_name``; a
name written whole in any style (``SMITH, JOHN``, ``J. R. Smith``, ``Mr John Smith``) is ``person_name``; a column
with NULL-like strings keeps the kind of its real values; a note that names nobody is ``none`` (tag ``decoy``).

Every value is generated here from :data:`SEED` (one ``random.Random`` per table, named after its builder) with
python-stdnum for check digits, phonenumbers for phone formats and short hand-written lists of first names, family
names, streets and cities per language (:mod:`benchmarks.classification.heldout_v8_values`; no Faker, no list
taken from elsewhere). Build: ``python -m benchmarks.classification.heldout_v8 [PATH]`` (default
``/tmp/heldout_v8.duckdb``). Score: ``python -m benchmarks.classification.heldout_v2_accuracy --set v8``. Built with
python-stdnum 2.2 and phonenumbers 9.0.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from datetime import date
from pathlib import Path

from benchmarks.classification import heldout_v4
from benchmarks.classification.heldout_v2 import Column, Table
from benchmarks.classification.heldout_v8_values import (
    CITIES,
    JA_FIRST,
    JA_LAST,
    NAMES,
    NULLISH,
    RU_PATRONYMICS,
    SEED,
    STREETS,
    USERNAME,
    Gen,
    N,
    al_nipt,
    ar_dni_,
    au_acn,
    be_bis_,
    bg_foreigner,
    br_cpf,
    c,
    caps_some,
    card,
    container,
    cr_cedula,
    cu_id,
    cz_rodne,
    de_steuer_id,
    dk_cpr,
    do_cedula,
    do_rnc,
    email,
    emails,
    es_cif_,
    es_dni_,
    fr_nir,
    fr_siren,
    full_names,
    gb_nhs,
    gr_afm,
    iban,
    imo_,
    in_aadhaar,
    it_cf,
    it_piva,
    japanese_era,
    japanese_era_short,
    jp_corporate,
    jp_my_number,
    ke_pin_,
    lei_,
    lower_some,
    mu_id,
    nl_btw,
    nl_passport,
    note_clean,
    people,
    person,
    pk_cnic,
    pl_pesel,
    pt_nif_person,
    pt_nipc,
    rs_pib,
    ru_inn_company,
    ru_inn_person,
    se_pnr,
    staff,
    street,
    styled_name,
    sv_nit_,
    tr_tc,
    tw_ubn,
    us_ssn_,
    ve_rif,
    za_id,
)

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

DEFAULT_PATH = Path("/tmp/heldout_v8.duckdb")


def _female(g: Gen) -> bool:
    return g.rnd.random() < 0.5


# -- tables -----------------------------------------------------------------------------------------------------------


def gb_court(g: Gen) -> Table:
    births = g.births(1930, 2005)
    judges = staff(g, "en", 4, {"honorific": 0.3, "initials": 0.7})
    firms = [("Hargreaves & Lowe LLP", "0161 496 0732", "14 King Street, Manchester M2 4LQ"),
             ("Pemberton Solicitors", "0113 496 0551", "3 Park Row, Leeds LS1 5HD"),
             ("Ashdown Legal Ltd", "020 7946 0314", "88 Chancery Lane, London WC2A 1DD"),
             ("Northgate Law", "0117 496 0220", "27 Corn Street, Bristol BS1 1HT")]
    firm = [g.rnd.choice(firms) for _ in range(g.rows)]
    return Table("court.CASE_PARTIES", "en", "screaming", [
        c("PARTY_SK", N, "BIGINT", g.keys(700_001), "decoy"),
        c("CASE_NO", N, "VARCHAR", g.col(lambda: g.code("CL-2025-00999")), "decoy"),
        c("CLAIM_REF", N, "VARCHAR", g.col(lambda: g.code("AA9A9999")), "decoy"),
        c("PARTY_ROLE", N, "VARCHAR", g.col(g.pick(["CLAIMANT", "DEFENDANT", "WITNESS", "INTERESTED PARTY"])), "decoy"),
        c("PARTY_NAME", "person_name", "VARCHAR",
          g.dirty(full_names(g, "en", {"caps_comma": 0.45, "caps": 0.25, "initials": 0.1, "honorific": 0.1,
                                       "plain": 0.1}, typos=0.03))),
        c("DOB", "date_of_birth", "VARCHAR", g.dirty(g.two_formats(births, "%d/%m/%Y", "%Y-%m-%d"), 0.05, 0.0)),
        c("NHS_NUMBER", "national_id", "VARCHAR",
          g.dirty(g.col(lambda: gb_nhs(g, g.rnd.choice(["dashed", "spaced", "plain"])), nulls=0.2), 0.03, 0.03)),
        c("ADDR_LINE_1", "street_address", "VARCHAR",
          g.dirty(caps_some(g, g.col(street(g, "gb", number_first=True)), 0.6))),
        c("ADDR_LINE_2", "street_address", "VARCHAR",
          g.col(lambda: g.rnd.choice(["Flat ", "FLAT ", "Apt ", "Unit "]) + str(g.rnd.randint(1, 40)), nulls=0.8),
          "null_heavy"),
        c("TOWN", "city", "VARCHAR", g.dirty(caps_some(g, g.col(g.pick(CITIES["gb"])), 0.7))),
        c("POSTCODE", "postal_code", "VARCHAR",
          g.dirty(g.col(lambda: g.rnd.choice([g.code("AA9 9AA"), g.code("A99AA"), g.code("AA99 9AA").lower()])))),
        c("TEL", "phone", "VARCHAR",
          g.dirty(g.col(g.phones("GB", {"national": 0.4, "intl": 0.3, "ext": 0.15, "00": 0.15}, fixed=0.4)))),
        c("SOLICITOR_FIRM", N, "VARCHAR", [f[0] for f in firm], "business"),
        c("SOLICITOR_TEL", N, "VARCHAR", [f[1] for f in firm], "business"),
        c("SOLICITOR_ADDR", N, "VARCHAR", [f[2] for f in firm], "business"),
        c("JUDGE", "person_name", "VARCHAR", g.col(g.pick(judges))),
        c("COURTROOM", N, "VARCHAR", g.col(g.pick(["1", "2", "3A", "3B", "7"])), "decoy"),
        c("HEARING_DATE", N, "DATE", g.days("2025-01-06", "2026-11-30"), "decoy"),
        c("FILED_AT", N, "TIMESTAMP", g.moments("2024-03-01", 600), "decoy"),
        c("AMOUNT_CLAIMED_GBP", N, "DECIMAL(12,2)", g.amounts(250, 95_000), "decoy"),
        c("DOC_SHA1", N, "VARCHAR", g.col(g.sha1), "decoy"),
        c("PARTY_NOTES", "free_text", "VARCHAR",
          g.col(lambda: f"Spoke to {styled_name(g, *person(g, 'en'), {'plain': 1.0})} re service; "
                        f"call back on {g.phone('GB', 'national')} after 4pm.", nulls=0.8), "null_heavy"),
    ])


def de_church(g: Gen) -> Table:
    births = g.births(1925, 2024)
    firsts, lasts = people(g, "de")
    priests = ["Pfr. " + " ".join(person(g, "de")) for _ in range(3)]
    return Table("kirchenbuch.taufregister", "de", "snake", [
        c("eintrag_nr", N, "VARCHAR", g.padded(1, 6), "decoy"),
        c("band_seite", N, "VARCHAR", g.col(lambda: f"Bd. {g.rnd.randint(3, 41)} S. {g.rnd.randint(1, 400)}"), "decoy"),
        c("taufdatum", N, "DATE", [date.fromordinal(d.toordinal() + g.rnd.randint(20, 400)) for d in births], "decoy"),
        c("vorname", "first_name", "VARCHAR", g.dirty(caps_some(g, firsts, 0.35))),
        c("nachname", "last_name", "VARCHAR", g.dirty(caps_some(g, [g.typo(x) for x in lasts], 0.5))),
        c("geburtsdatum", "date_of_birth", "VARCHAR", g.dirty(g.two_formats(births, "%d.%m.%Y", "%Y-%m-%d", 0.3),
                                                              0.03, 0.0)),
        c("geburtsort", "city", "VARCHAR", g.dirty(caps_some(g, g.col(g.pick(CITIES["de"])), 0.5))),
        c("vater", "person_name", "VARCHAR",
          g.dirty([styled_name(g, g.rnd.choice(NAMES["de"][0]), b, {"plain": 0.5, "caps": 0.3, "comma": 0.2})
                   for b in lasts])),
        c("mutter_geburtsname", "last_name", "VARCHAR", g.nullify(caps_some(g, g.col(g.pick(NAMES["de"][1])), 0.4),
                                                                   0.1)),
        c("pate_patin", "person_name", "VARCHAR", g.col(lambda: " ".join(person(g, "de")), nulls=0.75), "null_heavy"),
        c("pfarrer", "person_name", "VARCHAR", g.col(g.pick(priests))),
        c("anschrift", "street_address", "VARCHAR", g.dirty(caps_some(g, g.col(street(g, "de")), 0.3))),
        c("plz", "postal_code", "VARCHAR", g.dirty(g.col(lambda: g.digits(5, "0123456789")))),
        c("wohnort", "city", "VARCHAR", g.dirty(caps_some(g, g.col(g.pick(CITIES["de"])), 0.6))),
        c("steuer_id", "national_id", "VARCHAR",
          g.dirty(g.col(lambda: de_steuer_id(g, g.rnd.choice(["spaced", "slashed", "plain"])), nulls=0.25), 0.03,
                  0.0)),
        c("gemeinde", N, "VARCHAR", g.col(g.pick(["St. Michael", "St. Marien", "Christuskirche",
                                                   "Ev. Kirchengemeinde Lüdenscheid-Nord"])), "decoy"),
        c("konfession", N, "VARCHAR", g.col(g.pick(["ev.", "rk.", "ev.-ref.", "altkath."])), "decoy"),
        c("kirchgeld_eur", N, "DECIMAL(8,2)", g.amounts(0, 240), "decoy"),
        c("erfasst_am", N, "TIMESTAMP", g.moments("2019-01-01", 2_000), "decoy"),
        c("bemerkung", "free_text", "VARCHAR",
          g.col(lambda: f"Nottaufe durch Hebamme {' '.join(person(g, 'de'))}, nachgetragen.", nulls=0.85),
          "null_heavy"),
    ])


def nl_sports(g: Gen) -> Table:
    births = g.births(1950, 2018)
    firsts, lasts = people(g, "nl")
    trainers = staff(g, "nl", 5)
    return Table("sportclub.LedenAdministratie", "nl", "pascal", [
        c("LidNummer", N, "VARCHAR", g.padded(37, 7), "decoy"),
        c("Voornaam", "first_name", "VARCHAR", g.dirty(firsts)),
        c("Achternaam", "last_name", "VARCHAR", g.dirty(caps_some(g, lasts, 0.2))),
        c("Geboortedatum", "date_of_birth", "DATE", births),
        c("Paspoortnummer", "national_id", "VARCHAR", g.col(lambda: nl_passport(g), nulls=0.75), "null_heavy"),
        c("BisNummer", "national_id", "VARCHAR", g.col(lambda: be_bis_(g, g.birth(1950, 2005)), nulls=0.85),
          "null_heavy"),
        c("Mobiel", "phone", "VARCHAR",
          g.dirty(g.col(g.phones("NL", {"national": 0.4, "intl": 0.25, "dashed": 0.2, "digits": 0.15})))),
        c("Email", "email", "VARCHAR", g.dirty(emails(g, firsts, lasts, ["ziggo.nl", "kpnmail.nl", "gmail.com",
                                                                           "hotmail.com", "xs4all.nl"]))),
        c("Straat", "street_address", "VARCHAR", g.col(g.pick(STREETS["nl"]))),
        c("Huisnummer", "street_address", "VARCHAR",
          g.col(lambda: str(g.rnd.randint(1, 300)) + g.rnd.choice(["", "", "a", "-2", " bis", "B"]))),
        c("Postcode", "postal_code", "VARCHAR",
          g.dirty(g.col(lambda: g.digits(4) + g.rnd.choice([" ", ""]) + g.code("AA")))),
        c("Woonplaats", "city", "VARCHAR", g.dirty(caps_some(g, g.col(g.pick(CITIES["nl"] + CITIES["be"])), 0.5))),
        c("Iban", "iban", "VARCHAR", g.col(lambda: iban(g, "NL", g.rnd.choice(["ABNA", "INGB", "RABO", "TRIO"])
                                                      + g.digits(10, "0123456789"), g.rnd.random() < 0.5))),
        c("Team", N, "VARCHAR", g.col(g.pick(["JO11-1", "JO13-2", "MO15-1", "Heren 1", "Dames 2", "Veteranen",
                                              "Walking Football"])), "decoy"),
        c("Trainer", "person_name", "VARCHAR", g.col(g.pick(trainers))),
        c("Rugnummer", N, "INTEGER", g.ints(1, 99), "decoy"),
        c("Contributie", N, "DECIMAL(8,2)", g.col(g.pick([95.0, 142.5, 210.0, 265.0])), "decoy"),
        c("ClubBtwNummer", N, "VARCHAR", [nl_btw(g)] * g.rows, "business"),
        c("LaatsteLogin", N, "TIMESTAMP", g.moments("2025-08-01", 120), "decoy"),
        c("VrijwilligerJN", N, "VARCHAR", g.yn("J", "N", 0.2), "decoy"),
    ])


def crew_roster(g: Gen) -> Table:
    births = g.births(1960, 2003)
    home = [g.rnd.choices(["ZA", "US", "MU"], [0.74, 0.13, 0.13])[0] for _ in range(g.rows)]
    lasts = [person(g, "af" if h == "ZA" else "en")[1] for h in home]
    firsts = [person(g, "af" if h == "ZA" else "en")[0] for h in home]
    hotels = [("Harbour View Hotel", "+27 21 555 0143"), ("Airport Lodge JNB", "+27 11 555 0190"),
              ("Le Lagon Resort", "+230 555 0120"), ("Midtown Crew Inn", "+1 212-555-0175")]
    hotel = [g.rnd.choice(hotels) for _ in range(g.rows)]
    return Table("crew.rosterAssignments", "en", "camel", [
        c("assignmentId", N, "BIGINT", g.keys(91_000_000), "decoy"),
        c("employeeNo", N, "VARCHAR", g.padded(120, 6), "decoy"),
        c("fullName", "person_name", "VARCHAR",
          [styled_name(g, a, b, {"initials": 0.4, "plain": 0.3, "caps": 0.1, "honorific": 0.2}) if g.rnd.random()
           > 0.2 else f"Capt. {a} {b}" for a, b in zip(firsts, lasts)]),
        c("rank", N, "VARCHAR", g.col(g.pick(["CPT", "FO", "SFO", "CSD", "FA", "PUR"])), "decoy"),
        c("base", N, "VARCHAR", g.col(g.pick(["JNB", "CPT", "DUR", "MRU", "JFK"])), "decoy"),
        c("flightNo", N, "VARCHAR", g.col(lambda: g.code("SA99") + g.rnd.choice(["", "9"])), "decoy"),
        c("aircraftReg", N, "VARCHAR", g.col(g.pick(["ZS-SXA", "ZS-SXB", "ZS-SNC", "3B-NBM", "ZS-SJV"])), "decoy"),
        c("dutyStart", N, "TIMESTAMP", g.moments("2026-01-01", 90), "decoy"),
        c("dateOfBirth", "date_of_birth", "VARCHAR", g.two_formats(births, "%Y-%m-%d", "%d %b %Y", 0.4)),
        c("saIdNumber", "national_id", "VARCHAR",
          [za_id(g, d, _female(g)) if h == "ZA" else None for d, h in zip(births, home)]),
        c("usSsn", "ssn", "VARCHAR",
          [us_ssn_(g, g.rnd.choice(["plain", "spaced"])) if h == "US" else None for h in home], "null_heavy"),
        c("muNid", "national_id", "VARCHAR", [mu_id(g, d, b) if h == "MU" else None
                                               for d, b, h in zip(births, lasts, home)], "null_heavy"),
        c("homePhone", "phone", "VARCHAR",
          g.dirty([g.phone(h, g.rnd.choice(["national", "intl", "e164", "digits"])) for h in home])),
        c("homeCity", "city", "VARCHAR",
          g.dirty([g.rnd.choice(CITIES["af"] if h == "ZA" else CITIES["us"] if h == "US" else
                                ["Port Louis", "Curepipe", "Quatre Bornes", "Vacoas"]) for h in home])),
        c("emergencyContactName", "person_name", "VARCHAR",
          g.dirty([" ".join(person(g, "af" if h == "ZA" else "en")) for h in home], 0.08)),
        c("emergencyContactPhone", "phone", "VARCHAR",
          g.dirty([g.phone(h, g.rnd.choice(["national", "intl", "ext"])) for h in home], 0.08)),
        c("layoverHotel", N, "VARCHAR", [h[0] for h in hotel], "business"),
        c("hotelPhone", N, "VARCHAR", [h[1] for h in hotel], "business"),
        c("passportExpiry", N, "DATE", g.days("2026-03-01", "2035-12-31"), "decoy"),
        c("seniorityYears", N, "INTEGER", g.ints(0, 38), "decoy"),
        c("lastMedical", N, "DATE", g.days("2024-06-01", "2026-05-31"), "decoy"),
    ])


def fr_dental(g: Gen) -> Table:
    births = g.births(1935, 2020)
    female = [_female(g) for _ in range(g.rows)]
    firsts, lasts = people(g, "fr")
    dentists = ["Dr " + " ".join(person(g, "fr")) for _ in range(3)]
    return Table("cabinet_dentaire.patients", "fr", "snake", [
        c("num_dossier", N, "VARCHAR", g.padded(4_501, 8), "decoy"),
        c("civilite", N, "VARCHAR", ["Mme" if f else "M." for f in female], "decoy"),
        c("nom", "last_name", "VARCHAR", g.dirty(caps_some(g, lasts, 0.8))),
        c("prenom", "first_name", "VARCHAR", g.dirty(firsts)),
        c("nom_naissance", "last_name", "VARCHAR", g.col(g.pick(NAMES["fr"][1]), nulls=0.78), "null_heavy"),
        c("date_naissance", "date_of_birth", "VARCHAR", g.dirty(g.two_formats(births, "%d/%m/%Y", "%Y-%m-%d"), 0.02,
                                                                0.0)),
        c("nir", "ssn", "VARCHAR", g.dirty([fr_nir(g, d, f, g.rnd.choice(["dashed", "plain"]))
                                            for d, f in zip(births, female)], 0.04, 0.02)),
        c("telephone", "phone", "VARCHAR",
          g.dirty(g.col(g.phones("FR", {"national": 0.5, "intl": 0.2, "00": 0.15, "dashed": 0.15}, fixed=0.3)))),
        c("courriel", "email", "VARCHAR",
          g.dirty(emails(g, firsts, lasts, ["orange.fr", "free.fr", "laposte.net", "gmail.com", "sfr.fr"]), 0.1)),
        c("adresse", "street_address", "VARCHAR", g.dirty(caps_some(g, g.col(street(g, "fr", number_first=True)),
                                                                    0.4))),
        c("code_postal", "postal_code", "VARCHAR", g.col(lambda: g.rnd.choice(["01", "69", "38", "42", "73", "74"])
                                                        + g.digits(3, "0123456789"))),
        c("ville", "city", "VARCHAR", g.dirty(caps_some(g, g.col(g.pick(CITIES["fr"])), 0.7))),
        c("mutuelle", N, "VARCHAR", g.col(g.pick(["MGEN", "Harmonie Mutuelle", "AG2R", "Malakoff Humanis",
                                                  "Aucune"])), "decoy"),
        c("praticien", "person_name", "VARCHAR", g.col(g.pick(dentists))),
        c("acte_ccam", N, "VARCHAR", g.col(g.pick(["HBLD038", "HBJD001", "HBMD043", "LBLD015", "HBGD035"])), "decoy"),
        c("montant", N, "DECIMAL(8,2)", g.amounts(23, 1_200), "decoy"),
        c("rdv", N, "TIMESTAMP", g.moments("2026-01-05", 200), "decoy"),
        c("siren_cabinet", N, "VARCHAR", [fr_siren(g)] * g.rows, "business"),
        c("remarques", "free_text", "VARCHAR",
          g.col(lambda: f"Patient(e) adressé(e) par le Dr {person(g, 'fr')[1]}, allergie pénicilline, "
                        f"joindre sa fille au {g.phone('FR')}.", nulls=0.8), "null_heavy"),
    ])


def es_driving(g: Gen) -> Table:
    births = g.births(1955, 2008)
    firsts, lasts = people(g, "es")
    teachers = staff(g, "es", 4)
    return Table("autoescuela.alumnos", "es", "snake+abbrev", [
        c("id_alu", N, "INTEGER", g.keys(1), "decoy"),
        c("nom", "first_name", "VARCHAR", g.dirty(caps_some(g, firsts, 0.3))),
        c("ape1", "last_name", "VARCHAR", g.dirty(caps_some(g, lasts, 0.3)), "abbrev"),
        c("ape2", "last_name", "VARCHAR", g.dirty(g.col(g.pick(NAMES["es"][1]), nulls=0.12), 0.06), "abbrev"),
        c("dni", "national_id", "VARCHAR", g.dirty(g.col(lambda: es_dni_(g)), 0.03, 0.04)),
        c("f_nac", "date_of_birth", "VARCHAR", g.two_formats(births, "%d/%m/%Y", "%d-%m-%Y", 0.45), "abbrev"),
        c("tlf", "phone", "VARCHAR",
          g.dirty(g.col(g.phones("ES", {"national": 0.5, "intl": 0.2, "digits": 0.15, "00": 0.15}))), "abbrev"),
        c("email", "email", "VARCHAR", g.dirty(emails(g, firsts, lasts, ["gmail.com", "hotmail.es", "yahoo.es",
                                                                           "telefonica.net"]))),
        c("adreca", "street_address", "VARCHAR", g.col(street(g, "es", extra=lambda: f", {g.rnd.randint(1, 8)}º {g.rnd.choice('ABCD')}")),
          "lang:ca"),
        c("cp", "postal_code", "VARCHAR", g.col(lambda: "08" + g.digits(3, "0123456789")), "abbrev"),
        c("poblacio", "city", "VARCHAR", g.dirty(caps_some(g, g.col(g.pick(CITIES["es"])), 0.3)), "lang:ca"),
        c("permis", N, "VARCHAR", g.col(g.pick(["B", "A2", "A", "C", "B+E", "AM"])), "decoy", "lang:ca"),
        c("profesor", "person_name", "VARCHAR", g.col(g.pick(teachers))),
        c("matricula_coche", N, "VARCHAR", g.col(g.pick(["4821 KLM", "1093 LBC", "7765 MFH", "3310 JZR"])), "decoy"),
        c("fecha_examen", N, "DATE", g.days("2025-09-01", "2026-12-15"), "decoy"),
        c("num_practicas", N, "INTEGER", g.ints(0, 45), "decoy"),
        c("importe", N, "DECIMAL(8,2)", g.amounts(35, 1_450), "decoy"),
        c("cif_autoescuela", N, "VARCHAR", [es_cif_(g)] * g.rows, "business", "abbrev"),
        c("tutor_legal", "person_name", "VARCHAR",
          g.col(lambda: " ".join(person(g, "es")), nulls=0.78), "null_heavy"),
    ])


def it_permits(g: Gen) -> Table:
    births = g.births(1940, 2004)
    female = [_female(g) for _ in range(g.rows)]
    firsts, lasts = people(g, "it")
    officials = staff(g, "it", 3, {"caps": 1.0})
    firms = [(f"{n} S.r.l.", it_piva(g)) for n in ["Edil Tiburtina", "Ponteggi Romani", "Impianti Castelli",
                                                     "Costruzioni Aurelia", "Scavi Lazio"]]
    firm = [g.rnd.choice(firms) for _ in range(g.rows)]
    return Table("permessi.PERMESSI_COMUNALI", "it", "screaming", [
        c("NUM_PRATICA", N, "VARCHAR", g.col(lambda: g.code("PG/2026/0099999")), "decoy"),
        c("TIPO_PERMESSO", N, "VARCHAR", g.col(g.pick(["CILA", "SCIA", "PDC", "OSP", "PASSO CARRABILE"])), "decoy"),
        c("COGNOME", "last_name", "VARCHAR", g.dirty(caps_some(g, lasts, 0.9))),
        c("NOME", "first_name", "VARCHAR", g.dirty(caps_some(g, firsts, 0.9))),
        c("CODICE_FISCALE", "national_id", "VARCHAR",
          g.dirty(lower_some(g, [it_cf(g, b, a, d, f) for a, b, d, f in zip(firsts, lasts, births, female)], 0.3),
                  0.02, 0.05)),
        c("DATA_NASCITA", "date_of_birth", "VARCHAR", g.two_formats(births, "%d/%m/%Y", "%Y%m%d", 0.3)),
        c("LUOGO_NASCITA", "city", "VARCHAR", caps_some(g, g.col(g.pick(CITIES["it"] + ["Napoli", "Bari"])), 0.9)),
        c("INDIRIZZO", "street_address", "VARCHAR", g.dirty(caps_some(g, g.col(g.pick(STREETS["it"])), 0.9))),
        c("CIVICO", "street_address", "VARCHAR", g.col(lambda: str(g.rnd.randint(1, 320)) + g.rnd.choice(
            ["", "", "/A", " int. 5", "B"]))),
        c("CAP", "postal_code", "VARCHAR", g.col(lambda: "00" + g.digits(3, "0123456789"))),
        c("COMUNE", "city", "VARCHAR", caps_some(g, g.col(g.pick(CITIES["it"])), 0.9)),
        c("TELEFONO", "phone", "VARCHAR",
          g.dirty(g.col(g.phones("IT", {"national": 0.6, "intl": 0.2, "digits": 0.2}, fixed=0.3)))),
        c("PEC", "email", "VARCHAR", g.dirty(emails(g, firsts, lasts, ["pec.it", "legalmail.it", "arubapec.it"]))),
        c("DATA_RILASCIO", N, "DATE", g.days("2024-01-10", "2026-10-30"), "decoy"),
        c("SCADENZA", N, "DATE", g.days("2026-01-01", "2031-12-31"), "decoy"),
        c("IMPORTO_EURO", N, "DECIMAL(10,2)", g.amounts(16, 4_800), "decoy"),
        c("DITTA_INCARICATA", N, "VARCHAR", [f[0] for f in firm], "business"),
        c("PIVA_DITTA", N, "VARCHAR", [f[1] for f in firm], "business"),
        c("COORD_CANTIERE", N, "VARCHAR", g.col(lambda: g.coord((41.75, 42.05), (12.3, 12.75))), "decoy"),
        c("FUNZIONARIO", "person_name", "VARCHAR", g.col(g.pick(officials))),
    ])


def pt_donors(g: Gen) -> Table:
    births = g.births(1935, 2004)
    brazil = [g.rnd.random() < 0.2 for _ in range(g.rows)]
    firsts, lasts = people(g, "pt")
    return Table("doacoes.doadores", "pt", "snake", [
        c("id", N, "BIGINT", g.keys(10_000), "decoy"),
        c("nome_completo", "person_name", "VARCHAR",
          g.dirty([styled_name(g, a, f"{g.rnd.choice(NAMES['pt'][1])} {b}",
                               {"plain": 0.5, "caps": 0.25, "honorific": 0.25}, "pt") for a, b in zip(firsts, lasts)])),
        c("nif", "national_id", "VARCHAR", [None if b else pt_nif_person(g) for b in brazil]),
        c("cpf", "national_id", "VARCHAR", [br_cpf(g, formatted=g.rnd.random() < 0.2) if b else None for b in brazil],
          "null_heavy", "lang:pt-BR"),
        c("data_nasc", "date_of_birth", "DATE", births),
        c("telemovel", "phone", "VARCHAR",
          g.dirty([g.phone("BR" if b else "PT", g.rnd.choice(["national", "intl", "digits"])) for b in brazil])),
        c("email", "email", "VARCHAR", g.dirty(emails(g, firsts, lasts, ["sapo.pt", "gmail.com", "hotmail.com",
                                                                           "uol.com.br", "netcabo.pt"]))),
        c("morada", "street_address", "VARCHAR",
          g.dirty(caps_some(g, g.col(street(g, "pt", extra=lambda: f", {g.rnd.randint(1, 9)}º Esq.")), 0.25))),
        c("codigo_postal", "postal_code", "VARCHAR", g.col(lambda: g.digits(4) + "-" + g.digits(3, "0123456789"))),
        c("localidade", "city", "VARCHAR", g.dirty([g.rnd.choice(CITIES["br"] if b else CITIES["pt"]) for b in brazil])),
        c("iban", "iban", "VARCHAR", g.col(lambda: iban(g, "PT", g.rnd.choice(["0035", "0033", "0007", "0010"])
                                                      + g.digits(17, "0123456789"), g.rnd.random() < 0.6),
                                         nulls=0.15)),
        c("valor_doacao", N, "DECIMAL(10,2)", g.amounts(5, 2_000), "decoy"),
        c("campanha", N, "VARCHAR", g.col(g.pick(["Natal 2025", "Banco Alimentar", "Incêndios", "Sorriso Infantil"])),
          "decoy"),
        c("recibo_n", N, "VARCHAR", g.col(lambda: g.code("RC 2026/99999")), "decoy"),
        c("consentimento_rgpd", N, "BOOLEAN", g.yn(True, False, 0.7), "decoy"),
        c("nipc_entidade", N, "VARCHAR", [pt_nipc(g)] * g.rows, "business"),
        c("observacoes", "free_text", "VARCHAR",
          g.col(lambda: f"Doação em memória de {' '.join(person(g, 'pt'))}; enviar recibo ao filho.", nulls=0.85),
          "null_heavy"),
    ])


def app_signups(g: Gen) -> Table:
    regions = ["US", "GB", "IN", "NG", "KE", "PH", "MX", "ID"]
    firsts, lasts = people(g, "en")
    return Table("app.mobileSignups", "en", "camel", [
        c("userId", N, "VARCHAR", g.col(g.uuid), "decoy"),
        c("createdAt", N, "TIMESTAMP", g.moments("2026-02-01", 200), "decoy"),
        c("email", "email", "VARCHAR", g.dirty(emails(g, firsts, lasts, ["gmail.com", "yahoo.com", "outlook.com",
                                                                           "icloud.com", "proton.me"]), 0.02, 0.08)),
        c("handle", USERNAME, "VARCHAR", [f"{a.lower()}_{b.lower()[:3]}{g.rnd.randint(1, 999)}" for a, b in
                                          zip(firsts, lasts)], "username"),
        c("firstName", "first_name", "VARCHAR", g.dirty([g.typo(a) for a in firsts])),
        c("lastName", "last_name", "VARCHAR", g.dirty(lasts)),
        c("phoneNumber", "phone", "VARCHAR",
          g.dirty(g.col(lambda: g.phone(g.rnd.choice(regions), g.rnd.choice(["e164", "intl", "national"]))))),
        c("signupIp", "ip_address", "VARCHAR", g.col(lambda: g.ipv4() if g.rnd.random() < 0.8 else g.ipv6())),
        c("birthYear", "date_of_birth", "INTEGER", [d.year for d in g.births(1950, 2010)]),
        c("zip", "postal_code", "VARCHAR", g.col(lambda: g.digits(5, "0123"), nulls=0.2)),
        c("city", "city", "VARCHAR", g.dirty(g.col(g.pick(CITIES["us"]), nulls=0.2))),
        c("countryCode", N, "VARCHAR", g.col(g.pick(regions)), "decoy"),
        c("deviceModel", N, "VARCHAR", g.col(g.pick(["Pixel 8", "iPhone 15", "Galaxy A54", "Redmi Note 13",
                                                     "iPhone SE"])), "decoy"),
        c("appVersion", N, "VARCHAR", g.col(g.version), "decoy"),
        c("osVersion", N, "VARCHAR", g.col(g.pick(["Android 14", "Android 15", "iOS 17.5", "iOS 18.1"])), "decoy"),
        c("referralCode", N, "VARCHAR", g.codes("AAA9AA"), "decoy"),
        c("pushTokenHash", N, "VARCHAR", g.col(g.sha), "decoy"),
        c("marketingOptIn", N, "BOOLEAN", g.yn(True, False, 0.3), "decoy"),
        c("sessionCount", N, "INTEGER", g.ints(1, 400), "decoy"),
    ])


def pl_wedding(g: Gen) -> Table:
    brides = g.births(1975, 2004)
    grooms = g.births(1970, 2004)
    bf, bl = people(g, "pl")
    gf, gl = people(g, "pl")
    venues = [("Dwór Sieraków", "12 345 67 89"), ("Sala Pod Wawelem", "12 421 55 00"),
              ("Hotel Nad Rabą", "12 274 11 40"), ("Willa Zakopiańska", "18 206 33 12")]
    venue = [g.rnd.choice(venues) for _ in range(g.rows)]
    return Table("wesela.zlecenia", "pl", "camel", [
        c("idZlecenia", N, "INTEGER", g.keys(2_001), "decoy"),
        c("imiePanny", "first_name", "VARCHAR", g.dirty(bf)),
        c("nazwiskoPanny", "last_name", "VARCHAR", g.dirty(caps_some(g, bl, 0.3))),
        c("peselPanny", "national_id", "VARCHAR", g.dirty([pl_pesel(g, d, True) for d in brides], 0.05, 0.03)),
        c("dataUrodzeniaPanny", "date_of_birth", "VARCHAR", g.two_formats(brides, "%d.%m.%Y", "%Y-%m-%d", 0.3)),
        c("imiePana", "first_name", "VARCHAR", g.dirty(gf)),
        c("nazwiskoPana", "last_name", "VARCHAR", g.dirty(caps_some(g, gl, 0.3))),
        c("peselPana", "national_id", "VARCHAR", g.nullify([pl_pesel(g, d, False) for d in grooms], 0.8),
          "null_heavy"),
        c("telefon", "phone", "VARCHAR",
          g.dirty(g.col(g.phones("PL", {"national": 0.4, "dashed": 0.3, "intl": 0.2, "00": 0.1})))),
        c("email", "email", "VARCHAR", g.dirty(emails(g, bf, bl, ["wp.pl", "onet.pl", "o2.pl", "gmail.com",
                                                                    "interia.pl"]))),
        c("adres", "street_address", "VARCHAR",
          g.col(lambda: f"{g.rnd.choice(STREETS['pl'])} {g.rnd.randint(1, 90)}/{g.rnd.randint(1, 40)}")),
        c("kodPocztowy", "postal_code", "VARCHAR", g.col(lambda: g.digits(2, "3") + "-" + g.digits(3, "0123456789"))),
        c("miasto", "city", "VARCHAR", g.dirty(g.col(g.pick(CITIES["pl"])))),
        c("dataSlubu", N, "DATE", g.days("2026-04-01", "2027-10-30"), "decoy"),
        c("sala", N, "VARCHAR", [v[0] for v in venue], "business"),
        c("salaTelefon", N, "VARCHAR", [v[1] for v in venue], "business"),
        c("liczbaGosci", N, "INTEGER", g.ints(20, 260), "decoy"),
        c("budzet", N, "DECIMAL(12,2)", g.amounts(15_000, 180_000), "decoy"),
        c("pakiet", N, "VARCHAR", g.col(g.pick(["Srebrny", "Złoty", "Platynowy"])), "decoy"),
        c("uwagi", "free_text", "VARCHAR",
          g.col(lambda: f"Świadek: {' '.join(person(g, 'pl'))}, tel. {g.phone('PL')}; pierwszy taniec o 19:00.",
                nulls=0.78), "null_heavy"),
    ])


def tr_crypto(g: Gen) -> Table:
    births = g.births(1950, 2007)
    nation = [g.rnd.choices(["TR", "PK", "KE"], [0.74, 0.14, 0.12])[0] for _ in range(g.rows)]
    firsts, lasts = people(g, "tr")
    return Table("kripto.MUSTERI_KYC", "tr", "screaming", [
        c("MUSTERI_NO", N, "VARCHAR", g.padded(88, 9), "decoy"),
        c("AD", "first_name", "VARCHAR", g.dirty(caps_some(g, firsts, 0.6))),
        c("SOYAD", "last_name", "VARCHAR", g.dirty(caps_some(g, lasts, 0.6))),
        c("TC_KIMLIK_NO", "national_id", "VARCHAR", [tr_tc(g) if n == "TR" else None for n in nation]),
        c("PK_CNIC", "national_id", "VARCHAR", [pk_cnic(g, _female(g)) if n == "PK" else None for n in nation],
          "null_heavy"),
        c("KE_KRA_PIN", "national_id", "VARCHAR", [ke_pin_(g) if n == "KE" else None for n in nation], "null_heavy"),
        c("DOGUM_TARIHI", "date_of_birth", "VARCHAR", g.dirty(g.two_formats(births, "%d.%m.%Y", "%Y-%m-%d", 0.4), 0.02,
                                                               0.0)),
        c("CEP_TEL", "phone", "VARCHAR",
          g.dirty([g.phone(n, g.rnd.choice(["national", "intl", "e164", "digits"])) for n in nation])),
        c("EPOSTA", "email", "VARCHAR", g.dirty(emails(g, firsts, lasts, ["gmail.com", "hotmail.com", "yandex.com",
                                                                            "outlook.com.tr"]))),
        c("ADRES", "street_address", "VARCHAR",
          g.col(lambda: f"{g.rnd.choice(STREETS['tr'])} No:{g.rnd.randint(1, 120)} D:{g.rnd.randint(1, 20)}")),
        c("POSTA_KODU", "postal_code", "VARCHAR", g.col(lambda: g.rnd.choice(["34", "06", "35", "16", "07"])
                                                        + g.digits(3, "0123456789"))),
        c("SEHIR", "city", "VARCHAR", g.dirty(caps_some(g, g.col(g.pick(CITIES["tr"])), 0.5))),
        c("IBAN", "iban", "VARCHAR", g.col(lambda: iban(g, "TR", g.digits(5, "0") + "0" + g.digits(16, "0123456789"),
                                                      g.rnd.random() < 0.5), nulls=0.1)),
        c("KAYIT_IP", "ip_address", "VARCHAR", g.col(g.ipv4)),
        c("RISK_SKORU", N, "DOUBLE", g.floats(0, 1, 3), "decoy"),
        c("ONAY_DURUMU", N, "VARCHAR", g.col(g.pick(["ONAYLANDI", "BEKLEMEDE", "REDDEDILDI"])), "decoy"),
        c("BELGE_HASH", N, "VARCHAR", g.col(g.sha), "decoy"),
        c("SON_ISLEM_TX", N, "VARCHAR", g.col(lambda: "0x" + g.sha()), "decoy"),
        c("KURUM_LEI", N, "VARCHAR", [lei_(g)] * g.rows, "business"),
        c("SAKLAMA_BANKASI_BIC", N, "VARCHAR", g.col(g.pick(["TGBATRISXXX", "AKBKTRIS", "ISBKTRIS"])), "business"),
        c("BAKIYE_USDT", N, "DECIMAL(18,6)", g.amounts(0, 250_000), "decoy"),
    ])


def dk_manifest(g: Gen) -> Table:
    births = g.births(1940, 2004)
    firsts, lasts = people(g, "da")
    captains = staff(g, "da", 3)
    shippers = [("Nordsø Fragt ApS", "Havnegade 12, 6700 Esbjerg"), ("Jyllands Linjen A/S", "Kajgade 4, 8000 Aarhus C"),
                ("Baltic Feeder K/S", "Toldbodvej 9, 9000 Aalborg")]
    shipper = [g.rnd.choice(shippers) for _ in range(g.rows)]
    return Table("skibsfart.manifest", "da", "snake", [
        c("manifest_nr", N, "VARCHAR", g.col(lambda: g.code("DK-MF-2026-99999")), "decoy"),
        c("imo_nr", N, "VARCHAR", g.col(g.pick([imo_(g) for _ in range(4)])), "decoy"),
        c("container_nr", N, "VARCHAR", g.col(lambda: container(g)), "decoy"),
        c("afsender_firma", N, "VARCHAR", [s[0] for s in shipper], "business"),
        c("afsender_adresse", N, "VARCHAR", [s[1] for s in shipper], "business"),
        c("modtager_navn", "person_name", "VARCHAR",
          g.dirty([styled_name(g, a, b, {"caps_comma": 0.5, "plain": 0.3, "caps": 0.2}) for a, b in
                   zip(firsts, lasts)])),
        c("modtager_tlf", "phone", "VARCHAR",
          g.dirty(g.col(g.phones("DK", {"national": 0.5, "intl": 0.3, "digits": 0.2})))),
        c("modtager_adresse", "street_address", "VARCHAR", g.dirty(caps_some(g, g.col(street(g, "da")), 0.5))),
        c("postnr", "postal_code", "VARCHAR", g.col(lambda: g.digits(4, "6789"))),
        c("by", "city", "VARCHAR", g.dirty(caps_some(g, g.col(g.pick(CITIES["da"])), 0.5))),
        c("cpr_nr", "national_id", "VARCHAR", g.nullify([dk_cpr(g, d) for d in births], 0.75), "null_heavy"),
        c("vaegt_kg", N, "DOUBLE", g.floats(1, 28_000, 1), "decoy"),
        c("toldkode", N, "VARCHAR", g.col(lambda: g.code("9999.99.99")), "decoy"),
        c("ankomst", N, "TIMESTAMP", g.moments("2026-03-01", 150), "decoy"),
        c("havn", N, "VARCHAR", g.col(g.pick(["DKAAR", "DKEBJ", "DKAAL", "DKFRC"])), "decoy"),
        c("position", N, "VARCHAR", g.col(lambda: g.coord((54.5, 57.8), (8.0, 12.6))), "decoy"),
        c("skibsfoerer", "person_name", "VARCHAR", g.col(g.pick(captains))),
        c("sporingsnummer", N, "VARCHAR", g.col(lambda: g.code("JJD00999999999999")), "decoy"),
        c("bemaerkning", N, "VARCHAR",
          g.col(note_clean(g, ["Kølecontainer, holdes på {n} grader", "Farligt gods klasse 3", "Toldplombe brudt",
                               "Omlastet i Hamburg", "Leveres til lager {n}"]), nulls=0.2), "decoy"),
    ])


def se_adoption(g: Gen) -> Table:
    parents = g.births(1965, 1995)
    children = g.births(2012, 2025)
    firsts, lasts = people(g, "sv")
    officers = staff(g, "sv", 4)
    return Table("adoption.ansokningar", "sv", "snake", [
        c("arende_id", N, "VARCHAR", g.col(lambda: g.code("ADO-2026-9999")), "decoy"),
        c("sokande1_fornamn", "first_name", "VARCHAR", g.dirty(firsts)),
        c("sokande1_efternamn", "last_name", "VARCHAR", g.dirty(caps_some(g, lasts, 0.25))),
        c("personnummer", "national_id", "VARCHAR", g.dirty([se_pnr(g, d) for d in parents], 0.03, 0.03)),
        c("sokande2_namn", "person_name", "VARCHAR", g.col(lambda: " ".join(person(g, "sv")), nulls=0.25)),
        c("barnets_fornamn", "first_name", "VARCHAR", g.col(g.pick(["Ana", "Luis", "Sofía", "Mateo", "Camila",
                                                                     "Thabo", "Lina", "Dawit", "Mei", "Ravi"]))),
        c("barnets_fodelsedatum", "date_of_birth", "VARCHAR",
          g.two_formats(children, "%Y-%m-%d", "%Y%m%d", 0.4)),
        c("ursprungsland", N, "VARCHAR", g.col(g.pick(["Colombia", "Dominikanska republiken", "Sydafrika",
                                                        "Kuba", "Indien"])), "decoy"),
        c("biologisk_mor", "person_name", "VARCHAR", g.col(lambda: " ".join(person(g, "es")), nulls=0.8),
          "null_heavy"),
        c("mor_cedula", "national_id", "VARCHAR", g.col(lambda: do_cedula(g), nulls=0.85), "null_heavy"),
        c("handlaggare", "person_name", "VARCHAR", g.col(g.pick(officers))),
        c("adress", "street_address", "VARCHAR", g.dirty(g.col(street(g, "sv")))),
        c("postnummer", "postal_code", "VARCHAR", g.col(lambda: g.digits(3, "4") + g.rnd.choice([" ", ""])
                                                        + g.digits(2, "0123456789"))),
        c("ort", "city", "VARCHAR", g.dirty(caps_some(g, g.col(g.pick(CITIES["sv"])), 0.3))),
        c("telefon", "phone", "VARCHAR",
          g.dirty(g.col(g.phones("SE", {"national": 0.5, "intl": 0.3, "dashed": 0.2})))),
        c("epost", "email", "VARCHAR", g.dirty(emails(g, firsts, lasts, ["telia.com", "gmail.com", "bredband.net",
                                                                           "hotmail.se"]))),
        c("beslutsdatum", N, "DATE", g.days("2024-01-01", "2026-11-30"), "decoy"),
        c("avgift_sek", N, "DECIMAL(10,2)", g.amounts(2_000, 85_000), "decoy"),
        c("status", N, "VARCHAR", g.col(g.pick(["inkommen", "utredning", "medgivande", "avslag", "avslutad"])),
          "decoy"),
    ])


def _cs_surname(last: str, female: bool) -> str:
    """A Czech family name in its feminine form for a woman (Novák -> Nováková, Černý -> Černá, Jelínek -> Jelínková,
    Němec -> Němcová, Procházka -> Procházková)."""
    if not female:
        return last
    if last.endswith("ý"):
        return last[:-1] + "á"
    if last.endswith(("ek", "ec")):
        return last[:-2] + last[-1] + "ová"
    if last.endswith("a"):
        return last[:-1] + "ová"
    return last + "ová"


def cz_census(g: Gen) -> Table:
    births = g.births(1930, 2008)
    female = [_female(g) for _ in range(g.rows)]
    firsts, lasts = people(g, "cs")
    interviewers = staff(g, "cs", 6)
    return Table("scitani.dotaznik_domacnosti", "cs", "snake", [
        c("respondent_id", N, "BIGINT", g.keys(300_000_001), "decoy"),
        c("jmeno", "first_name", "VARCHAR", g.dirty(firsts)),
        c("prijmeni", "last_name", "VARCHAR", g.dirty(caps_some(g, [_cs_surname(b, f) for b, f in zip(lasts, female)],
                                                               0.3))),
        c("rodne_cislo", "national_id", "VARCHAR", g.dirty([cz_rodne(g, d, f) for d, f in zip(births, female)], 0.04,
                                                          0.0)),
        c("rok_narozeni", "date_of_birth", "INTEGER", [d.year for d in births]),
        c("mesic_narozeni", "date_of_birth", "INTEGER", [d.month for d in births]),
        c("den_narozeni", "date_of_birth", "INTEGER", [d.day for d in births]),
        c("obec", "city", "VARCHAR", g.dirty(g.col(g.pick(CITIES["cs"])))),
        c("ulice", "street_address", "VARCHAR", g.col(street(g, "cs"))),
        c("psc", "postal_code", "VARCHAR", g.col(lambda: g.digits(3, "67") + " " + g.digits(2, "0123456789"))),
        c("kraj", N, "VARCHAR", g.col(g.pick(["Jihomoravský", "Olomoucký", "Zlínský", "Vysočina"])), "decoy"),
        c("pocet_osob", N, "INTEGER", g.ints(1, 8), "decoy"),
        c("prijem_pasmo", N, "VARCHAR", g.col(g.pick(["A", "B", "C", "D", "E"])), "decoy"),
        c("vzdelani", N, "VARCHAR", g.col(g.pick(["základní", "vyučen", "SŠ s maturitou", "VŠ"])), "decoy"),
        c("tazatel", "person_name", "VARCHAR", g.col(g.pick(interviewers))),
        c("datum_rozhovoru", N, "DATE", g.days("2026-03-27", "2026-05-11"), "decoy"),
        c("telefon", "phone", "VARCHAR", g.col(lambda: g.phone("CZ", g.rnd.choice(["national", "intl"])), nulls=0.72),
          "null_heavy"),
        c("vaha", N, "DOUBLE", g.floats(0.2, 3.5, 4), "decoy"),
        c("poznamka_tazatele", "free_text", "VARCHAR",
          g.col(lambda: f"Odpovídala dcera {' '.join(person(g, 'cs'))}, otec nemocný.", nulls=0.86), "null_heavy"),
    ])


def ja_latn_bus(g: Gen) -> Table:
    kids = g.births(2012, 2020)
    pairs = [(g.rnd.choice(JA_FIRST), g.rnd.choice(JA_LAST)) for _ in range(g.rows)]
    drivers = [f"{g.rnd.choice(JA_LAST)[2]} {g.rnd.choice(JA_FIRST)[2]}" for _ in range(4)]
    return Table("sukuru_basu.jidou_meibo", "ja-Latn", "snake", [
        c("jidou_id", N, "VARCHAR", g.padded(1, 5), "decoy"),
        c("shimei", "person_name", "VARCHAR",
          g.dirty([f"{b[2]} {a[2]}".upper() if g.rnd.random() < 0.5 else f"{b[2]} {a[2]}" for a, b in pairs])),
        c("sei", "last_name", "VARCHAR", [b[2] for _, b in pairs]),
        c("mei", "first_name", "VARCHAR", [a[2] for a, _ in pairs]),
        c("seinengappi", "date_of_birth", "VARCHAR",
          [d.strftime("%Y/%m/%d") if g.rnd.random() < 0.6 else japanese_era_short(d) for d in kids]),
        c("hogosha_shimei", "person_name", "VARCHAR",
          g.dirty([f"{b[2]} {g.rnd.choice(JA_FIRST)[2]}" for _, b in pairs])),
        c("renrakusaki", "phone", "VARCHAR",
          g.dirty(g.col(g.phones("JP", {"national": 0.6, "intl": 0.2, "dashed": 0.2})))),
        c("juusho", "street_address", "VARCHAR",
          g.col(lambda: f"{g.rnd.randint(1, 9)}-jo {g.rnd.randint(1, 20)}-chome {g.rnd.randint(1, 30)}-"
                        f"{g.rnd.randint(1, 20)}")),
        c("yuubin_bangou", "postal_code", "VARCHAR",
          g.col(lambda: g.rnd.choice(["06", "07", "04"]) + g.digits(1, "0123456789") + g.rnd.choice(["-", ""])
                + g.digits(4, "0123456789"))),
        c("shikuchouson", "city", "VARCHAR", g.col(g.pick(CITIES["ja-Latn"]))),
        c("rosen", N, "VARCHAR", g.col(g.pick(["A-sen", "B-sen", "Kita-junkan", "Minami-junkan"])), "decoy"),
        c("teiryujo", N, "VARCHAR", g.col(g.pick(["Eki-mae", "Shiyakusho-mae", "Kouen-iriguchi", "Byouin-mae",
                                                  "Jinja-mae"])), "decoy"),
        c("noriba_jikoku", N, "VARCHAR", g.col(lambda: f"07:{g.rnd.randint(5, 55):02d}"), "decoy"),
        c("gakkou_mei", N, "VARCHAR", g.col(g.pick(["Kita Shougakkou", "Midori Shougakkou", "Higashi Chuugakkou"])),
          "decoy"),
        c("untenshu", "person_name", "VARCHAR", g.col(g.pick(drivers))),
        c("arerugii_memo", "free_text", "VARCHAR",
          g.col(lambda: f"Sobakko arerugii. Kinkyuu renraku: sobo no {g.rnd.choice(JA_LAST)[2]} san "
                        f"{g.phone('JP')}", nulls=0.82), "null_heavy"),
    ])


def ja_tax_advisor(g: Gen) -> Table:
    births = g.births(1935, 2000)
    pairs = [(g.rnd.choice(JA_FIRST), g.rnd.choice(JA_LAST)) for _ in range(g.rows)]
    advisors = [f"{g.rnd.choice(JA_LAST)[0]} {g.rnd.choice(JA_FIRST)[0]}" for _ in range(3)]
    wards = ["中区", "西区", "港北区", "青葉区", "中原区", "高津区"]
    return Table("税理士事務所.顧客一覧", "ja", "native", [
        c("顧客番号", N, "VARCHAR", g.padded(501, 6), "decoy"),
        c("氏名", "person_name", "VARCHAR", g.dirty([f"{b[0]} {a[0]}" if g.rnd.random() < 0.6 else f"{b[0]}{a[0]}"
                                                   for a, b in pairs])),
        c("フリガナ", "person_name", "VARCHAR", [f"{b[1]} {a[1]}" for a, b in pairs]),
        c("生年月日", "date_of_birth", "VARCHAR",
          [japanese_era(d) if g.rnd.random() < 0.6 else d.strftime("%Y/%m/%d") for d in births]),
        c("マイナンバー", "national_id", "VARCHAR", g.col(lambda: jp_my_number(g), nulls=0.15)),
        c("電話番号", "phone", "VARCHAR", g.dirty(g.col(g.phones("JP", {"national": 0.7, "intl": 0.3}, fixed=0.3)))),
        c("メール", "email", "VARCHAR",
          g.dirty([email(g, a[2], b[2], ["docomo.ne.jp", "ezweb.ne.jp", "gmail.com", "yahoo.co.jp"])
                   for a, b in pairs])),
        c("住所", "street_address", "VARCHAR",
          g.col(lambda: f"{g.rnd.choice(wards)}{g.rnd.choice(['本町', '山下町', '元町', '日吉'])}"
                        f"{g.rnd.randint(1, 5)}丁目{g.rnd.randint(1, 30)}番{g.rnd.randint(1, 20)}号")),
        c("郵便番号", "postal_code", "VARCHAR", g.col(lambda: "2" + g.digits(2, "0123456789") + "-"
                                                   + g.digits(4, "0123456789"))),
        c("市区町村", "city", "VARCHAR", g.col(g.pick(CITIES["ja"]))),
        c("法人番号", N, "VARCHAR", g.col(lambda: jp_corporate(g), nulls=0.25), "business"),
        c("顧問料", N, "INTEGER", g.col(g.pick([15_000, 22_000, 33_000, 55_000])), "decoy"),
        c("契約日", N, "DATE", g.days("2015-04-01", "2026-09-30"), "decoy"),
        c("申告区分", N, "VARCHAR", g.col(g.pick(["青色", "白色", "法人", "相続"])), "decoy"),
        c("担当税理士", "person_name", "VARCHAR", g.col(g.pick(advisors))),
        c("備考", "free_text", "VARCHAR",
          g.col(lambda: f"{g.rnd.choice(JA_LAST)[0]}様の長男が事業承継予定。", nulls=0.8), "null_heavy"),
    ])


def ru_museum(g: Gen) -> Table:
    births = g.births(1940, 2008)
    firsts, lasts = people(g, "ru")
    curators = [" ".join(person(g, "ru")) for _ in range(3)]
    return Table("музей.члены_клуба_друзей", "ru", "snake", [
        c("номер_билета", N, "VARCHAR", g.padded(10_001, 8), "decoy"),
        c("фамилия", "last_name", "VARCHAR", g.dirty(caps_some(g, lasts, 0.4))),
        c("имя", "first_name", "VARCHAR", g.dirty(firsts)),
        c("отчество", "person_name", "VARCHAR", g.nullify(g.col(g.pick(RU_PATRONYMICS)), 0.1)),
        c("дата_рождения", "date_of_birth", "VARCHAR", g.two_formats(births, "%d.%m.%Y", "%Y-%m-%d", 0.3)),
        c("инн", "national_id", "VARCHAR", g.col(lambda: ru_inn_person(g), nulls=0.25)),
        c("телефон", "phone", "VARCHAR",
          g.dirty(g.col(g.phones("RU", {"national": 0.5, "intl": 0.3, "digits": 0.2})))),
        c("эл_почта", "email", "VARCHAR", g.dirty(g.col(lambda: email(g, g.rnd.choice(["ivan", "olga", "serg", "anna",
                                                                                         "dmitry"]),
                                                                         g.rnd.choice(["petrov", "smirnova", "k"]),
                                                                         ["mail.ru", "yandex.ru", "gmail.com"])))),
        c("адрес", "street_address", "VARCHAR",
          g.col(lambda: f"{g.rnd.choice(STREETS['ru'])}, д. {g.rnd.randint(1, 120)}, кв. {g.rnd.randint(1, 300)}")),
        c("индекс", "postal_code", "VARCHAR", g.col(lambda: g.digits(6, "1"))),
        c("город", "city", "VARCHAR", g.dirty(g.col(g.pick(CITIES["ru"])))),
        c("тип_членства", N, "VARCHAR", g.col(g.pick(["Стандарт", "Семейный", "Студенческий", "Меценат"])), "decoy"),
        c("оплачено_до", N, "DATE", g.days("2026-01-01", "2027-12-31"), "decoy"),
        c("сумма_руб", N, "DECIMAL(10,2)", g.col(g.pick([1_500.0, 3_000.0, 750.0, 25_000.0])), "decoy"),
        c("инн_музея", N, "VARCHAR", [ru_inn_company(g)] * g.rows, "business"),
        c("куратор", "person_name", "VARCHAR", g.col(g.pick(curators))),
        c("посещений", N, "INTEGER", g.ints(0, 60), "decoy"),
    ])


def el_bikes(g: Gen) -> Table:
    firsts, lasts = people(g, "el")
    locks = [g.mac() for _ in range(60)]
    return Table("ποδήλατα.ενοικιάσεις", "el", "snake", [
        c("αρ_ενοικίασης", N, "BIGINT", g.keys(55_000_000), "decoy"),
        c("ονοματεπώνυμο", "person_name", "VARCHAR",
          g.dirty([f"{b} {a}".upper() if g.rnd.random() < 0.5 else f"{a} {b}" for a, b in zip(firsts, lasts)])),
        c("αφμ", "national_id", "VARCHAR", g.col(lambda: gr_afm(g), nulls=0.3)),
        c("αριθμός_αλλοδαπού_bg", "national_id", "VARCHAR", g.col(lambda: bg_foreigner(g), nulls=0.85), "null_heavy"),
        c("κινητό", "phone", "VARCHAR", g.dirty(g.col(g.phones("GR", {"national": 0.5, "intl": 0.3, "00": 0.2})))),
        c("email", "email", "VARCHAR", g.dirty(g.col(lambda: email(g, g.rnd.choice(["giorgos", "maria", "nikos",
                                                                                     "eleni", "kostas"]),
                                                                    g.rnd.choice(["papadopoulos", "oikonomou", "vl"]),
                                                                    ["gmail.com", "yahoo.gr", "otenet.gr"])))),
        c("διεύθυνση", "street_address", "VARCHAR", g.col(street(g, "el"))),
        c("τκ", "postal_code", "VARCHAR", g.col(lambda: g.digits(3, "15") + " " + g.digits(2, "0123456789"))),
        c("πόλη", "city", "VARCHAR", g.dirty(caps_some(g, g.col(g.pick(CITIES["el"])), 0.4))),
        c("κάρτα", "credit_card", "VARCHAR", g.col(lambda: card(g, g.rnd.random() < 0.6))),
        c("ip_συσκευής", "ip_address", "VARCHAR", g.col(lambda: g.ipv4() if g.rnd.random() < 0.7 else g.ipv6())),
        c("αριθμός_ποδηλάτου", N, "VARCHAR", g.col(lambda: g.code("BK-9999")), "decoy"),
        c("mac_κλειδαριάς", N, "VARCHAR", g.col(g.pick(locks)), "decoy"),
        c("σταθμός", N, "VARCHAR", g.col(g.pick(["Σύνταγμα", "Μοναστηράκι", "Λευκός Πύργος", "Πλατεία Γεωργίου"])),
          "decoy"),
        c("έναρξη", N, "TIMESTAMP", g.moments("2026-05-01", 120), "decoy"),
        c("διάρκεια_λεπτά", N, "INTEGER", g.ints(3, 240), "decoy"),
        c("χρέωση", N, "DECIMAL(8,2)", g.amounts(0.5, 35), "decoy"),
        c("συντεταγμένες_επιστροφής", N, "VARCHAR", g.col(lambda: g.coord((37.9, 40.7), (22.8, 23.8))), "decoy"),
    ])


def za_funeral(g: Gen) -> Table:
    births = g.births(1925, 1995)
    firsts, lasts = people(g, "af")
    chapels = [("Rusoord Kapel", "012 555 0187", "Kerkstraat 44, Pretoria"),
               ("Vredeshof Begrafnisdienste", "021 555 0142", "Hoofweg 12, Paarl"),
               ("Sonskyn Kapel", "051 555 0119", "Stasieweg 3, Bloemfontein")]
    chapel = [g.rnd.choice(chapels) for _ in range(g.rows)]
    return Table("begrafnis.dienste_rekord", "af", "snake", [
        c("rekord_nr", N, "VARCHAR", g.padded(1, 6), "decoy"),
        c("oorledene_naam", "person_name", "VARCHAR",
          g.dirty([styled_name(g, a, b, {"caps": 0.5, "caps_comma": 0.2, "plain": 0.3}) for a, b in
                   zip(firsts, lasts)])),
        c("id_nommer", "national_id", "VARCHAR", g.dirty([za_id(g, d, _female(g)) for d in births], 0.05, 0.02)),
        c("geboortedatum", "date_of_birth", "VARCHAR", g.two_formats(births, "%Y/%m/%d", "%d-%m-%Y", 0.35)),
        c("naasbestaande", "person_name", "VARCHAR", g.dirty([" ".join(person(g, "af")) for _ in range(g.rows)])),
        c("naasbestaande_selfoon", "phone", "VARCHAR",
          g.dirty(g.col(g.phones("ZA", {"national": 0.5, "intl": 0.2, "digits": 0.15, "ext": 0.15})))),
        c("e_pos", "email", "VARCHAR", g.dirty(emails(g, firsts, lasts, ["mweb.co.za", "gmail.com", "telkomsa.net",
                                                                           "vodamail.co.za"]), 0.08)),
        c("woonadres", "street_address", "VARCHAR", g.col(street(g, "af"))),
        c("poskode", "postal_code", "VARCHAR", g.col(lambda: g.digits(4, "0123456789"))),
        c("dorp", "city", "VARCHAR", g.dirty(caps_some(g, g.col(g.pick(CITIES["af"])), 0.4))),
        c("diens_datum", N, "DATE", g.days("2025-01-01", "2026-11-30"), "decoy"),
        c("kapel", N, "VARCHAR", [ch[0] for ch in chapel], "business"),
        c("kapel_telefoon", N, "VARCHAR", [ch[1] for ch in chapel], "business"),
        c("kapel_adres", N, "VARCHAR", [ch[2] for ch in chapel], "business"),
        c("begraafplaas", N, "VARCHAR", g.col(g.pick(["Rebecca Street", "Zandfontein", "Paarl Oos", "Heidedal"])),
          "decoy"),
        c("pakket", N, "VARCHAR", g.col(g.pick(["Basies", "Standaard", "Premium", "Verassing"])), "decoy"),
        c("koste_rand", N, "DECIMAL(10,2)", g.amounts(8_000, 95_000), "decoy"),
        c("faktuur_nr", N, "VARCHAR", g.col(lambda: g.code("INV-99999")), "decoy"),
        c("notas", "free_text", "VARCHAR",
          g.col(lambda: f"Seun {' '.join(person(g, 'af'))} reël die blomme; skakel {g.phone('ZA')}.", nulls=0.8),
          "null_heavy"),
    ])


def latam_funeral(g: Gen) -> Table:
    births = g.births(1925, 1990)
    country = [g.rnd.choice(["AR", "CR", "CU", "SV", "VE"]) for _ in range(g.rows)]
    firsts, lasts = people(g, "es")

    def doc(cc: str, d: date) -> str:
        return {"AR": lambda: ar_dni_(g), "CR": lambda: cr_cedula(g), "CU": lambda: cu_id(g, d),
                "SV": lambda: sv_nit_(g, d), "VE": lambda: ve_rif(g)}[cc]()

    return Table("funeraria.serviciosFunebres", "es", "camel", [
        c("idServicio", N, "BIGINT", g.keys(40_001), "decoy"),
        c("nombreFallecido", "person_name", "VARCHAR",
          g.dirty([styled_name(g, a, f"{b} {g.rnd.choice(NAMES['es'][1])}", {"caps": 0.5, "plain": 0.5})
                   for a, b in zip(firsts, lasts)])),
        c("nroDocumento", "national_id", "VARCHAR", [doc(cc, d) for cc, d in zip(country, births)]),
        c("fechaNacimiento", "date_of_birth", "VARCHAR", g.two_formats(births, "%d/%m/%Y", "%Y-%m-%d", 0.3)),
        c("paisDocumento", N, "VARCHAR", country, "decoy"),
        c("deudoResponsable", "person_name", "VARCHAR", g.dirty([styled_name(g, *person(g, "es"),
                                                                            {"plain": 0.6, "caps": 0.4})
                                                                for _ in range(g.rows)])),
        c("telefonoDeudo", "phone", "VARCHAR", g.dirty([g.phone(cc, g.rnd.choice(["national", "intl", "e164"]))
                                                        for cc in country])),
        c("correoDeudo", "email", "VARCHAR", g.dirty(emails(g, firsts, lasts, ["gmail.com", "hotmail.com",
                                                                                 "yahoo.com.ar", "nauta.cu"]))),
        c("direccionDeudo", "street_address", "VARCHAR", g.col(street(g, "latam"))),
        c("ciudad", "city", "VARCHAR", g.dirty(caps_some(g, g.col(g.pick(CITIES["latam"])), 0.3))),
        c("salaVelatoria", N, "VARCHAR", g.col(g.pick(["Sala 1", "Sala 2", "Capilla Mayor", "Sala Jardín"])),
          "decoy"),
        c("fechaServicio", N, "TIMESTAMP", g.moments("2025-06-01", 400), "decoy"),
        c("tipoServicio", N, "VARCHAR", g.col(g.pick(["inhumación", "cremación", "traslado"])), "decoy"),
        c("rifFuneraria", N, "VARCHAR", [ve_rif(g, company=True)] * g.rows, "business"),
        c("rncProveedor", N, "VARCHAR", g.col(lambda: do_rnc(g), nulls=0.2), "business"),
        c("montoTotal", N, "DECIMAL(12,2)", g.amounts(300, 9_000), "decoy"),
        c("observaciones", N, "VARCHAR",
          g.col(note_clean(g, ["Ataúd modelo {n}", "Traslado desde otra provincia", "Flores incluidas",
                               "Sin velatorio", "Pago en {n} cuotas"]), nulls=0.2), "decoy"),
    ])


def in_call_log(g: Gen) -> Table:
    agents = [f"{a} {b}" for a, b in [("Priya", "Nair"), ("Rahul", "Deshmukh"), ("Sneha", "Kulkarni"),
                                      ("Amit", "Patil"), ("Kavita", "Joshi"), ("Vikram", "Rao")]]
    firsts = ["Rajesh", "Sunita", "Anil", "Pooja", "Sanjay", "Meena", "Arjun", "Lakshmi", "Deepak", "Anjali",
              "Suresh", "Neha", "Manoj", "Rekha", "Kiran", "Ganesh"]
    lasts = ["Sharma", "Patil", "Iyer", "Reddy", "Kulkarni", "Shinde", "Gupta", "Menon", "Pawar", "Joshi",
             "Chavan", "Naidu", "Bhosale", "Kadam"]
    return Table("callcentre.call_log", "en", "snake+abbrev", [
        c("call_id", N, "VARCHAR", g.col(lambda: g.code("CL99999999")), "decoy"),
        c("agent_id", N, "VARCHAR", g.col(g.pick([f"{i:05d}" for i in (17, 42, 108, 233, 415, 906)])), "decoy",
          "abbrev"),
        c("agent_nm", "person_name", "VARCHAR", g.col(g.pick(agents)), "abbrev"),
        c("cust_nm", "person_name", "VARCHAR",
          g.dirty(g.col(lambda: g.typo(styled_name(g, g.rnd.choice(firsts), g.rnd.choice(lasts),
                                                   {"honorific": 0.4, "caps": 0.3, "initials": 0.1, "plain": 0.2},
                                                   "in"))), 0.05), "abbrev"),
        c("ctc_ph", "phone", "VARCHAR",
          g.dirty(g.col(g.phones("IN", {"national": 0.3, "intl": 0.2, "digits": 0.2, "ext": 0.15, "e164": 0.15})),
                  0.05), "abbrev"),
        c("alt_ph", "phone", "VARCHAR", g.col(lambda: g.phone("IN", "national", fixed=True), nulls=0.8),
          "null_heavy", "abbrev"),
        c("aadhaar_no", "national_id", "VARCHAR",
          g.dirty(g.col(lambda: in_aadhaar(g, g.rnd.choice(["plain", "dashed"])), nulls=0.2), 0.05, 0.0)),
        c("cust_pin", "postal_code", "VARCHAR", g.col(lambda: g.digits(6, "4")), "abbrev"),
        c("cust_city", "city", "VARCHAR", g.dirty(caps_some(g, g.col(g.pick(CITIES["in"])), 0.4)), "abbrev"),
        c("call_start", N, "TIMESTAMP", g.moments("2026-09-01", 60), "decoy"),
        c("dur_sec", N, "INTEGER", g.ints(12, 2_400), "decoy", "abbrev"),
        c("queue", N, "VARCHAR", g.col(g.pick(["BILLING", "TECH_L1", "TECH_L2", "RETENTION", "HINDI_IVR"])), "decoy"),
        c("disp_cd", N, "VARCHAR", g.col(g.pick(["RES", "ESC", "CB", "DROP", "WRONG_NO"])), "decoy", "abbrev"),
        c("tkt_no", N, "VARCHAR", g.col(lambda: g.code("INC0999999")), "decoy", "abbrev"),
        c("csat", N, "INTEGER", g.ints(1, 5), "decoy"),
        c("rec_hash", N, "VARCHAR", g.col(g.sha), "decoy", "abbrev"),
        c("call_summary", "free_text", "VARCHAR",
          g.col(lambda: f"Cust {g.rnd.choice(firsts)} {g.rnd.choice(lasts)} asked to update address to "
                        f"{g.rnd.randint(1, 99)} {g.rnd.choice(STREETS['in'])}; verified DOB.", nulls=0.2)),
        c("wrap_note", N, "VARCHAR",
          g.col(note_clean(g, ["Router reset advised", "Plan upgraded to {n} Mbps", "Refund of Rs {n}0 approved",
                               "Outage in area, ETA {n} h", "Duplicate bill, escalated"])), "decoy"),
    ])


def legacy_extract(g: Gen) -> Table:
    births = g.births(1940, 2004)
    female = [_female(g) for _ in range(g.rows)]
    firsts, lasts = people(g, "it")
    return Table("stg.legacy_extract_0425", "en", "opaque", [
        c("c01", N, "BIGINT", g.keys(1), "decoy", "opaque"),
        c("c02", "ssn", "VARCHAR", g.dirty(g.col(lambda: us_ssn_(g, g.rnd.choice(["plain", "spaced", "dashed"])),
                                                 nulls=0.1), 0.03, 0.03), "opaque"),
        c("c03", "national_id", "VARCHAR", g.col(lambda: de_steuer_id(g, "plain")), "opaque"),
        c("c04", "national_id", "VARCHAR", g.col(lambda: es_dni_(g)), "opaque"),
        c("c05", "national_id", "VARCHAR", [it_cf(g, b, a, d, f).lower() for a, b, d, f in
                                            zip(firsts, lasts, births, female)], "opaque"),
        c("c06", "national_id", "VARCHAR", g.col(lambda: br_cpf(g)), "opaque"),
        c("c07", "national_id", "VARCHAR", g.col(lambda: in_aadhaar(g, "dashed")), "opaque"),
        c("c08", "national_id", "VARCHAR", g.col(lambda: gb_nhs(g, "spaced")), "opaque"),
        c("c09", "ssn", "VARCHAR", [fr_nir(g, d, f, "plain") for d, f in zip(births, female)], "opaque"),
        c("c10", "first_name", "VARCHAR", g.dirty(caps_some(g, firsts, 0.9)), "opaque"),
        c("c11", "last_name", "VARCHAR", g.dirty(caps_some(g, lasts, 0.9)), "opaque"),
        c("c12", "date_of_birth", "VARCHAR", g.two_formats(births, "%Y%m%d", "%d/%m/%Y", 0.3), "opaque"),
        c("c13", N, "VARCHAR", g.col(lambda: g.code("SKU-AA-99999")), "decoy", "opaque"),
        c("c14", N, "DECIMAL(12,2)", g.amounts(-500, 12_000), "decoy", "opaque"),
        c("c15", "credit_card", "VARCHAR", g.col(lambda: card(g, False)), "opaque"),
        c("c16", N, "VARCHAR", g.col(lambda: g.code("1Z999AA99999999999")), "decoy", "opaque"),
        c("c17", "iban", "VARCHAR", g.col(lambda: iban(g, "IT", g.code("A") + "0" + g.digits(9, "0123456789")
                                                     + g.digits(12, "0123456789"), g.rnd.random() < 0.3)), "opaque"),
        c("c18", N, "TIMESTAMP", g.moments("2025-04-01", 30), "decoy", "opaque"),
        c("fld_7", "street_address", "VARCHAR", g.dirty(caps_some(g, g.col(street(g, "it")), 0.9)), "opaque"),
        c("fld_8", "postal_code", "VARCHAR", g.col(lambda: g.digits(5, "0123456789")), "opaque"),
        c("fld_9", "city", "VARCHAR", caps_some(g, g.col(g.pick(CITIES["it"])), 0.9), "opaque"),
        c("x_val", "phone", "VARCHAR", g.dirty(g.col(g.phones("IT", {"digits": 0.5, "e164": 0.3, "national": 0.2}))),
          "opaque"),
        c("x_flag", N, "VARCHAR", g.yn("1", "0", 0.5), "decoy", "opaque"),
        c("x_ver", N, "VARCHAR", g.col(g.version), "decoy", "opaque"),
        c("c19", N, "VARCHAR", g.col(g.pick([tw_ubn(g) for _ in range(6)])), "business", "opaque"),
        c("c20", N, "VARCHAR", g.col(g.pick([au_acn(g) for _ in range(6)])), "business", "opaque"),
        c("c21", N, "VARCHAR", g.col(g.pick([rs_pib(g) for _ in range(6)])), "business", "opaque"),
        c("c22", N, "VARCHAR", g.col(g.pick([al_nipt(g) for _ in range(6)])), "business", "opaque"),
        c("c23", "email", "VARCHAR", g.dirty(emails(g, firsts, lasts, ["libero.it", "tiscali.it", "gmail.com"])),
          "opaque"),
        c("c24", "person_name", "VARCHAR", g.col(lambda: " ".join(person(g, "it")), nulls=0.76), "null_heavy",
          "opaque"),
    ])


def misleading_extra(g: Gen) -> Table:
    births = g.births(1945, 2005)
    firsts, lasts = people(g, "en")
    return Table("crm.customer_extra", "en", "misleading", [
        c("id", N, "BIGINT", g.keys(1_000), "decoy"),
        c("misc_1", "email", "VARCHAR", g.dirty(emails(g, firsts, lasts, ["gmail.com", "aol.com", "btinternet.com"]))),
        c("notes2", "phone", "VARCHAR", g.dirty(g.col(g.phones("US", {"national": 0.5, "ext": 0.3, "dashed": 0.2})))),
        c("code", "national_id", "VARCHAR", g.col(lambda: es_dni_(g))),
        c("ref", "national_id", "VARCHAR", g.col(lambda: br_cpf(g, formatted=True))),
        c("info", "street_address", "VARCHAR", g.dirty(caps_some(g, g.col(street(g, "us", number_first=True)), 0.5))),
        c("data", "date_of_birth", "VARCHAR", g.two_formats(births, "%m/%d/%Y", "%Y-%m-%d", 0.4)),
        c("value", "iban", "VARCHAR", g.col(lambda: iban(g, "DE", g.digits(8) + g.digits(10, "0123456789"),
                                                       g.rnd.random() < 0.5))),
        c("tag", "city", "VARCHAR", g.dirty(caps_some(g, g.col(g.pick(CITIES["us"])), 0.5))),
        c("misc_2", "ssn", "VARCHAR", g.col(lambda: us_ssn_(g, "dashed"), nulls=0.75), "null_heavy"),
        c("attr", "person_name", "VARCHAR",
          g.dirty([styled_name(g, a, b, {"caps_comma": 0.5, "initials": 0.5}) for a, b in zip(firsts, lasts)])),
        c("birth_date_sk", N, "INTEGER", g.ints(1, 30_000), "decoy"),
        c("email_verified", N, "VARCHAR", g.yn("Y", "N", 0.7), "decoy"),
        c("phone_model", N, "VARCHAR", g.col(g.pick(["iPhone 13", "Galaxy S23", "Pixel 7a", "Moto G"])), "decoy"),
        c("address_type", N, "VARCHAR", g.col(g.pick(["HOME", "WORK", "BILLING", "SHIPPING"])), "decoy"),
        c("name", N, "VARCHAR", g.col(g.pick(["Premium Plan", "Family Bundle", "Starter", "Pro Annual"])), "decoy"),
        c("last_name_changed", N, "BOOLEAN", g.yn(True, False, 0.05), "decoy"),
        c("city_tier", N, "INTEGER", g.ints(1, 3), "decoy"),
        c("zip_plus4_valid", N, "BOOLEAN", g.yn(True, False, 0.8), "decoy"),
        c("ssn_verified_at", N, "TIMESTAMP", g.moments("2024-01-01", 700), "decoy"),
        c("first_name_len", N, "INTEGER", [len(a) for a in firsts], "decoy"),
        c("contact_name", N, "VARCHAR", g.col(g.pick(["Acme Support", "Billing Dept", "Returns Desk"])), "decoy"),
        c("supplier_phone", N, "VARCHAR", g.col(g.pick(["(800) 555-0199", "(888) 555-0142"])), "business"),
    ])


#: (builder, rows): every table of the set, its row count fixed
BUILDERS: list[tuple[Callable[[Gen], Table], int]] = [
    (gb_court, 1_400), (de_church, 2_600), (nl_sports, 900), (crew_roster, 1_100), (fr_dental, 1_700),
    (es_driving, 700), (it_permits, 1_250), (pt_donors, 2_200), (app_signups, 3_000), (pl_wedding, 450),
    (tr_crypto, 2_400), (dk_manifest, 1_600), (se_adoption, 320), (cz_census, 2_900), (ja_latn_bus, 380),
    (ja_tax_advisor, 640), (ru_museum, 1_300), (el_bikes, 2_100), (za_funeral, 260), (latam_funeral, 820),
    (in_call_log, 2_800), (legacy_extract, 1_500), (misleading_extra, 1_000),
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
