"""Held-out set v29 for the column classifier: 14 tables of *public-sector, health, education and nonprofit*
systems across Europe and Japan, in the languages of issue 13, in domains v24 to v27 did not use: a German
municipality's population register (Melderegister), a Danish school's pupil roster, a Czech outpatient clinic's
patients, a Turkish university's student affairs office, a Greek tax office (Greek-script column names and values), a
Dutch housing corporation's tenants, a Polish foundation's scholarship holders, a Portuguese hospital's patients, a
Spanish public employment office's job seekers, a French municipal social-action centre's case files, a Japanese ward
office's resident register (romanized and kanji column names, katakana readings), a Ukrainian volunteer registry and a
Russian student dormitory (Cyrillic column names and values) and a German hospital information system's staging
extract with opaque and misleading names.

Written **blind**, like v2 to v27: by someone who has read neither the classifier (``governance_dagster/detect/``) nor
its rules, documentation, tests, changelog or notes, only the list of kind names (``governance_dagster/kinds.py``),
how the scorer registers a set (``heldout_v2_accuracy.py``), the *structure* and labeling conventions of v27
(``heldout_v27.py``, ``heldout_v27_values.py``, its test, ``tests/heldout_support.py``), the summaries of v24 to v26
(to avoid their domains) and the ``Column``/``Table`` classes and writer they build on. The classifier was not run on
this set while it was written, no scorer was run on it, and no score of any set was looked at: nothing here was
adjusted to what the classifier does. It was written under a short deadline (50 minutes, the tests and lint
included), so some labels below are quick decisions rather than settled conventions. Like v27 it imports no earlier
set's value module: its random source, name lists, streets, cities, institutions and identifier builders are its own
(:mod:`benchmarks.classification.heldout_v29_values`; the generic ``Gen`` helpers were copied from v27's).

What is new against v2 to v27:

* thirteen languages of column names in one set: German, Danish, Czech, Turkish, Greek (Greek script), Dutch,
  Polish, Portuguese, Spanish, French, Japanese (romanized and kanji/katakana), Ukrainian and Russian (Cyrillic);
* values in Greek, Cyrillic, kanji and katakana scripts (names, streets, cities, free text);
* identifiers with check digits (python-stdnum), each encoding the row's date of birth where the scheme does: the
  German Steuer-ID, the Danish CPR, the Czech rodné číslo, the Turkish TC kimlik, the Greek AFM and AMKA, the Dutch
  BSN, the Polish PESEL (and a sponsor company's NIP: ``none``), the Portuguese NIF, the Spanish DNI and NIE, the
  French NIR, the Japanese My Number, the Ukrainian РНОКПП and the Russian personal ИНН; IBANs of eleven countries;
  phones of thirteen regions (phonenumbers);
* dates of birth as ``DATE``, as ``12.03.1984``, ``12/03/2002``, ``2. 5. 1960``, ``1984年3月12日`` text, as an integer
  ``yyyymmdd`` and split into day, month and year integer columns;
* public-sector decoys: file, case and protocol numbers, municipality codes (AGS, INE, INSEE, OKTMO, KATOTTH), tax
  office codes, ICD-10 diagnosis codes, bed, room and unit codes, course and department codes, grant numbers,
  insurer codes, GPA, amounts, statuses, Y/N flags, GUIDs, SHA-1 hashes, version strings, building coordinates.

Labeling choices a reader may question:

* a Dutch ``tussenvoegsel`` (``van der``) is ``last_name``: it is the start of the surname;
* a patronymic (Ukrainian ``по_батькові``) and a father's given name (Greek ``πατρώνυμο``) are ``first_name``: each is
  (or is built from) a given name;
* a Japanese name in kanji, its katakana reading and its romanization are each ``person_name`` (family and given
  name together); the Japanese ``住所`` holds the whole address with the city and is ``street_address``;
* a date of birth split into day, month and year integer columns: each part is ``date_of_birth``;
* a Greek AFM and a Portuguese NIF of a person are ``national_id`` (a person's tax number); the Portuguese
  ``num_utente`` (the national health service user number) is ``national_id``; a company's NIP is ``none``;
* a student number, a French CAF ``num_allocataire``, a Japanese ``jumin_cd`` and household number and a Danish
  ``elev_id`` are ``none`` (register keys of the institution); a Danish UNI-Login, a Turkish
  ``kullaniciAdi`` and audit logins are ``unclassified`` (tag ``username``);
* a rented dwelling (``Adres`` of a tenant) is ``street_address``; the building's coordinates are ``none``;
* the guardian, co-tenant, contact person, companion and head of household are ``person_name`` (tag ``role_word``);
* the last four characters of an IBAN (``ult4_iban``) are ``none`` (tag ``partial``);
* a school's, hospital department's or sponsor's name, phone and tax number are ``none`` (tag ``business``);
* the staging extract's ``misc_1`` (phones), ``code`` (postcodes) and ``notes2`` (names of relatives) carry the kind
  of their values (tag ``misleading``); ``src_his_col16`` mixes names, phones and diagnoses in notes: ``free_text``.

Labeling rules otherwise as v2 to v27: staff names are ``person_name`` (tag ``staff``); ``null_heavy`` means 50-95%
NULL, ``nullword_heavy`` 70-95% NULL words.

Every value is generated here from :data:`SEED` (one ``random.Random`` per table, named after its builder) with
python-stdnum for check digits and phonenumbers for phone validity and formats (no Faker, no list of real people).
Build: ``python -m benchmarks.classification.heldout_v29 [PATH]`` (default ``/tmp/heldout_v29.duckdb``). Score:
``python -m benchmarks.classification.heldout_v2_accuracy --set v29``.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path

from benchmarks.classification import heldout_v4
from benchmarks.classification import heldout_v29_values as v
from benchmarks.classification.heldout_v2 import Column, Table
from benchmarks.classification.heldout_v29_values import NULLISH, SEED, USERNAME, Gen, N, c

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

DEFAULT_PATH = Path("/tmp/heldout_v29.duckdb")

NULLWORD = "nullword_heavy"
HEAVY = "null_heavy"
SHAPE = "value_shape"
MISLEADING = "misleading"
STAFF = "staff"
ROLE = "role_word"
ABBREV = "abbrev"
AUDIT = "audit"
USER = "username"
KEY = "join_key"
OPAQUE = "opaque"
PARTIAL = "partial"
SPLIT = "split_date"
TEXT_DATE = "text_date"
INT_DATE = "int_date"
CODE = "public_code"  # municipality, tax office, insurer, ICD-10, course or unit codes (none)
COORD = "coordinates"


def _staff(g: Gen, n: int, make: Callable[[], str]) -> list[str]:
    out: set[str] = set()
    while len(out) < n:
        out.add(make())
    return sorted(out)


def _logins(g: Gen, n: int, lang: str) -> list[str]:
    out: set[str] = set()
    while len(out) < n:
        out.add(v.login(*v.person(g, lang), len(out)))
    return sorted(out)


def _people(g: Gen, lang: str) -> list[tuple[str, str, bool]]:
    out = []
    for _ in range(g.rows):
        female = g.rnd.random() < 0.5
        a, b = v.person(g, lang, female)
        out.append((a, b, female))
    return out


def _maybe(g: Gen, values: list, null: float) -> list:
    return [None if g.rnd.random() < null else x for x in values]


def _places(g: Gen, lang: str) -> list[tuple[str, str, str]]:
    return [g.rnd.choice(v.CITIES[lang]) for _ in range(g.rows)]


def _words(*extra: str) -> tuple[str, ...]:
    return ("", "-", "NULL", "n/a") + extra


# -- Germany, Denmark, Czechia ----------------------------------------------------------------------------------------


def de_melderegister(g: Gen) -> Table:
    """A German municipality's population register (SCREAMING abbreviations): the file number, names (birth name
    mostly NULL), date of birth as ``dd.mm.yyyy`` text, birthplace, Steuer-ID, address, postcode, town, the
    municipality key (AGS: ``none``), phone, an e-mail under ``FELD_7`` (misleading), move-in date, marital status,
    the information block flag, the clerk (few) and a remark."""
    ppl = _people(g, "de")
    births = g.births(1932, 2007)
    places = _places(g, "de")
    staff = _staff(g, 5, lambda: v.whole(g, "de"))

    def note() -> str:
        return g.rnd.choice([f"Zuzug mit Ehefrau {v.whole(g, 'de')}", f"Rückruf unter {g.phone('DE', 'national')}",
                             "Meldebescheinigung ausgehändigt", f"Vertreten durch {v.whole(g, 'de')} (Vollmacht)",
                             "Übermittlungssperre beantragt"])

    return Table("melderegister.EINWOHNER", "de", "screaming", [
        c("LFD_NR", N, "INTEGER", g.keys(100_001), "decoy", KEY),
        c("AZ", N, "VARCHAR", g.col(lambda: g.code("32-999/2025")), "decoy", SHAPE, ABBREV),
        c("FAM_NAME", "last_name", "VARCHAR", [p[1] for p in ppl], ABBREV),
        c("VORNAME", "first_name", "VARCHAR", [p[0] for p in ppl]),
        c("GEB_NAME", "last_name", "VARCHAR", [v.person(g, "de")[1] if p[2] and g.rnd.random() < 0.45 else None
                                               for p in ppl], HEAVY, ABBREV),
        c("GEB_DAT", "date_of_birth", "VARCHAR", [d.strftime("%d.%m.%Y") for d in births], ABBREV, TEXT_DATE),
        c("GEB_ORT", "city", "VARCHAR", [g.rnd.choice(v.CITIES["de"])[0] for _ in range(g.rows)], ABBREV),
        c("STEUER_ID", "national_id", "VARCHAR", g.col(lambda: v.de_idnr(g), 0.1)),
        c("STR_HNR", "street_address", "VARCHAR", g.col(lambda: v.street(g, "de")), ABBREV),
        c("PLZ", "postal_code", "VARCHAR", [v.postcode(g, "de", p[1]) for p in places], ABBREV),
        c("WOHNORT", "city", "VARCHAR", [p[0] for p in places]),
        c("GEM_SCHL", N, "VARCHAR", [p[2] for p in places], "decoy", CODE, ABBREV),
        c("TEL_NR", "phone", "VARCHAR", g.phones("DE", {"national": 0.6, "intl": 0.3, "e164": 0.1}, 0.6, 0.45),
          ABBREV),
        c("FELD_7", "email", "VARCHAR", [v.email_of(g, p[0], p[1], v.DOMAINS["de"]) if g.rnd.random() < 0.6 else None
                                         for p in ppl], MISLEADING),
        c("ZUZUG_DAT", N, "DATE", g.days("1995-01-01", "2025-11-30"), "decoy", ABBREV),
        c("FAM_STAND", N, "VARCHAR", g.col(g.pick(["LD", "VH", "GS", "VW", "LP"])), "decoy", ABBREV),
        c("AUSK_SPERRE", N, "VARCHAR", g.yn("J", "N", 0.04), "decoy", ABBREV),
        c("SACHBEARB", "person_name", "VARCHAR", g.col(g.pick(staff)), STAFF, ABBREV),
        c("BEMERKUNG", "free_text", "VARCHAR", g.sparse(note, 0.8, _words("keine", "k.A.")), NULLWORD),
    ])


def dk_skole_elever(g: Gen) -> Table:
    """A Danish school's pupil roster: pupil id, CPR, names, birth date, class, the guardian's name, phone and e-mail,
    address, postcode, town, the municipality number (``none``), the class teacher (few), the UNI-Login (a login),
    absence share, enrolment date and a remark."""
    ppl = _people(g, "da")
    births = g.births(2010, 2019)
    places = _places(g, "da")
    guardians = [(v.given(g, "da"), p[1]) for p in ppl]
    teachers = _staff(g, 6, lambda: v.whole(g, "da"))
    logins = [f"{v.plain(p[0])[:4]}{g.digits(4)}" for p in ppl]

    def note() -> str:
        return g.rnd.choice([f"Hentes af morfar {v.whole(g, 'da')}", "Nøddeallergi - EpiPen i tasken",
                             f"Ring til far på {g.phone('DK', 'national')}", "Fritaget for svømning"])

    return Table("skole.elever", "da", "snake", [
        c("elev_id", N, "INTEGER", g.keys(5_001), "decoy", KEY),
        c("cpr_nr", "national_id", "VARCHAR", [v.dk_cpr(g, d) for d in births], ABBREV),
        c("fornavn", "first_name", "VARCHAR", [p[0] for p in ppl]),
        c("efternavn", "last_name", "VARCHAR", [p[1] for p in ppl]),
        c("foedselsdato", "date_of_birth", "DATE", births),
        c("klasse", N, "VARCHAR", g.col(lambda: f"{g.rnd.randint(0, 9)}.{g.rnd.choice('ABC')}"), "decoy"),
        c("vaerge_navn", "person_name", "VARCHAR", [f"{a} {b}" for a, b in guardians], ROLE),
        c("vaerge_tlf", "phone", "VARCHAR", g.phones("DK", {"national": 0.5, "intl": 0.3, "e164": 0.2}, 0.9),
          ABBREV),
        c("vaerge_email", "email", "VARCHAR", [v.email_of(g, a, b, v.DOMAINS["da"]) for a, b in guardians]),
        c("adresse", "street_address", "VARCHAR", g.col(lambda: v.street(g, "da"))),
        c("postnr", "postal_code", "VARCHAR", [v.postcode(g, "da", p[1]) for p in places], ABBREV),
        c("bynavn", "city", "VARCHAR", [p[0] for p in places]),
        c("kommune_nr", N, "VARCHAR", [p[2] for p in places], "decoy", CODE),
        c("klasselaerer", "person_name", "VARCHAR", g.col(g.pick(teachers)), STAFF),
        c("unilogin", USERNAME, "VARCHAR", logins, USER),
        c("fravaer_pct", N, "DOUBLE", g.floats(0, 18, 1), "decoy"),
        c("indmeldt", N, "DATE", g.days("2016-08-01", "2025-08-15"), "decoy"),
        c("bemaerkning", "free_text", "VARCHAR", g.sparse(note, 0.6, _words("ingen"))),
    ])


def cz_ambulance(g: Gen) -> Table:
    """A Czech outpatient clinic's patients (abbreviated): patient id, surname and given name, rodné číslo, birth date
    as ``d. m. yyyy`` text, insurer code, main diagnosis (ICD-10), the doctor (few), phone, address, postcode, town,
    a contact person and phone (mostly NULL), a note, last visit, bed code."""
    ppl = _people(g, "cs")
    births = g.births(1954, 2006)
    places = _places(g, "cs")
    doctors = _staff(g, 4, lambda: "MUDr. " + v.whole(g, "cs"))

    def note() -> str:
        return g.rnd.choice([f"Doprovod: dcera {v.whole(g, 'cs')}, tel. {g.phone('CZ', 'national')}",
                             "Alergie na penicilin", "Kontrola za 3 měsíce", f"Předán MUDr. {v.whole(g, 'cs')}"])

    return Table("ambulance.pacienti", "cs", "snake", [
        c("pac_id", N, "INTEGER", g.keys(70_001), "decoy", KEY, ABBREV),
        c("pac_prijm", "last_name", "VARCHAR", [p[1] for p in ppl], ABBREV),
        c("pac_jmeno", "first_name", "VARCHAR", [p[0] for p in ppl], ABBREV),
        c("rod_cis", "national_id", "VARCHAR", [v.cz_rc(g, d, p[2]) for d, p in zip(births, ppl, strict=True)],
          ABBREV),
        c("dat_nar", "date_of_birth", "VARCHAR", [f"{d.day}. {d.month}. {d.year}" for d in births], ABBREV,
          TEXT_DATE),
        c("poj_kod", N, "VARCHAR", g.col(g.pick(["111", "201", "205", "207", "209", "211", "213"])), "decoy", CODE,
          ABBREV),
        c("diag_hl", N, "VARCHAR", g.col(g.pick(v.ICD10)), "decoy", CODE, ABBREV),
        c("lekar", "person_name", "VARCHAR", g.col(g.pick(doctors)), STAFF),
        c("tel", "phone", "VARCHAR", g.phones("CZ", {"national": 0.5, "intl": 0.5}, 0.8, 0.1), ABBREV),
        c("ulice", "street_address", "VARCHAR", g.col(lambda: v.street(g, "cs"))),
        c("psc", "postal_code", "VARCHAR", [v.postcode(g, "cs", p[1]) for p in places], ABBREV),
        c("obec", "city", "VARCHAR", [p[0] for p in places]),
        c("kontakt_osoba", "person_name", "VARCHAR", g.col(lambda: v.whole(g, "cs"), 0.7), HEAVY, ROLE),
        c("kontakt_tel", "phone", "VARCHAR", g.phones("CZ", {"intl": 1.0}, 1.0, 0.72), HEAVY),
        c("pozn", "free_text", "VARCHAR", g.sparse(note, 0.5, _words("žádné")), ABBREV),
        c("posl_navsteva", N, "TIMESTAMP", g.moments("2024-01-01", "2025-12-15"), "decoy"),
        c("luzko", N, "VARCHAR", g.col(lambda: g.code("B-99/9"), 0.6), "decoy", SHAPE),
    ])


# -- Turkey, Greece, the Netherlands -----------------------------------------------------------------------------------


def tr_ogrenci(g: Gen) -> Table:
    """A Turkish university's student affairs office (camel case): student number (``none``), TC kimlik, names,
    date of birth as ``dd/mm/yyyy`` text, birthplace, mobile, e-mail, address, postcode, province, department and
    course codes, the adviser (few), GPA, the login, enrolment date and the scholarship IBAN (mostly NULL)."""
    ppl = _people(g, "tr")
    births = g.births(1995, 2007)
    places = _places(g, "tr")
    advisers = _staff(g, 7, lambda: "Dr. Öğr. Üyesi " + v.whole(g, "tr"))
    logins = [f"{v.plain(p[0])}.{v.plain(p[1])}{g.digits(2)}" for p in ppl]
    return Table("ogrenci_isleri.ogrenciler", "tr", "camel", [
        c("ogrenciNo", N, "VARCHAR", g.col(lambda: g.code("2099999999")), "decoy", SHAPE),
        c("tcKimlikNo", "national_id", "VARCHAR", g.col(lambda: v.tr_tckimlik(g))),
        c("adi", "first_name", "VARCHAR", [p[0] for p in ppl]),
        c("soyadi", "last_name", "VARCHAR", [p[1] for p in ppl]),
        c("dogumTarihi", "date_of_birth", "VARCHAR", [d.strftime("%d/%m/%Y") for d in births], TEXT_DATE),
        c("dogumYeri", "city", "VARCHAR", [g.rnd.choice(v.CITIES["tr"])[0] for _ in range(g.rows)]),
        c("cepTel", "phone", "VARCHAR", g.phones("TR", {"national": 0.6, "e164": 0.2, "spaced": 0.2}, 1.0), ABBREV),
        c("ePosta", "email", "VARCHAR", [v.email_of(g, p[0], p[1], v.DOMAINS["tr"]) for p in ppl]),
        c("ikametAdresi", "street_address", "VARCHAR", g.col(lambda: v.street(g, "tr"))),
        c("postaKodu", "postal_code", "VARCHAR", [v.postcode(g, "tr", p[1]) for p in places]),
        c("il", "city", "VARCHAR", [p[0] for p in places]),
        c("bolumKodu", N, "VARCHAR", g.col(g.pick(["BLM", "EEM", "MAK", "ISL", "PSK", "HUK"])), "decoy", CODE),
        c("dersKodu", N, "VARCHAR", g.col(lambda: g.code("AAA299")), "decoy", CODE, SHAPE),
        c("danismanAdi", "person_name", "VARCHAR", g.col(g.pick(advisers)), STAFF),
        c("gano", N, "DOUBLE", g.floats(1.2, 4.0, 2), "decoy"),
        c("kullaniciAdi", USERNAME, "VARCHAR", logins, USER),
        c("kayitTarihi", N, "DATE", g.days("2019-09-01", "2025-09-30"), "decoy"),
        c("bursIban", "iban", "VARCHAR", g.col(lambda: v.iban(g, "TR", g.rnd.random() < 0.5), 0.78), HEAVY),
    ])


def gr_doy(g: Gen) -> Table:
    """A Greek tax office's taxpayer file (Greek-script column names and values): serial number, surname, given name,
    father's name, AFM and AMKA, date of birth, address, postcode, town, landline and mobile, e-mail, the tax office
    code (``none``), the protocol number, the officer (few), the amount due, the refund IBAN (mostly NULL) and
    remarks."""
    ppl = _people(g, "el")
    births = g.births(1940, 2004)
    places = _places(g, "el")
    officers = _staff(g, 5, lambda: v.whole(g, "el"))

    def note() -> str:
        return g.rnd.choice([f"Εκπρόσωπος: {v.whole(g, 'el')}", f"Τηλεφωνική επικοινωνία στο {g.phone('GR', 'national')}",
                             "Ρύθμιση οφειλής σε 24 δόσεις", "Εκκρεμεί δήλωση Ε9"])

    return Table("εφορία.φορολογούμενοι", "el", "snake", [
        c("α_α", N, "INTEGER", g.keys(1), "decoy", KEY),
        c("επώνυμο", "last_name", "VARCHAR", [p[1] for p in ppl]),
        c("όνομα", "first_name", "VARCHAR", [p[0] for p in ppl]),
        c("πατρώνυμο", "first_name", "VARCHAR", g.col(lambda: v.person(g, "el", False)[0], 0.15)),
        c("ΑΦΜ", "national_id", "VARCHAR", g.col(lambda: v.gr_afm(g))),
        c("ΑΜΚΑ", "national_id", "VARCHAR", [v.gr_amka(g, d) if g.rnd.random() < 0.85 else None for d in births]),
        c("ημ_γέννησης", "date_of_birth", "DATE", births),
        c("διεύθυνση", "street_address", "VARCHAR", g.col(lambda: v.street(g, "el"))),
        c("ΤΚ", "postal_code", "VARCHAR", [v.postcode(g, "el", p[1]) for p in places], ABBREV),
        c("πόλη", "city", "VARCHAR", [p[0] for p in places]),
        c("τηλέφωνο", "phone", "VARCHAR", g.phones("GR", {"national": 0.7, "intl": 0.3}, 0.0, 0.4)),
        c("κινητό", "phone", "VARCHAR", g.phones("GR", {"national": 0.5, "e164": 0.5}, 1.0, 0.15)),
        c("email", "email", "VARCHAR", [v.email_of(g, p[0], p[1], v.DOMAINS["el"]) if g.rnd.random() < 0.55
                                        else None for p in ppl]),
        c("ΔΟΥ", N, "VARCHAR", [p[2] + g.digits(1) for p in places], "decoy", CODE, ABBREV),
        c("αρ_πρωτοκόλλου", N, "VARCHAR", g.col(lambda: g.code("999999/2025")), "decoy", SHAPE),
        c("υπάλληλος", "person_name", "VARCHAR", g.col(g.pick(officers)), STAFF),
        c("ποσό_οφειλής", N, "DOUBLE", g.amounts(0, 25_000), "decoy"),
        c("ΙΒΑΝ_επιστροφής", "iban", "VARCHAR", g.col(lambda: v.iban(g, "GR", g.rnd.random() < 0.6), 0.7), HEAVY),
        c("παρατηρήσεις", "free_text", "VARCHAR", g.sparse(note, 0.55, _words("κανένα"))),
    ])


def nl_huurders(g: Gen) -> Table:
    """A Dutch housing corporation's tenants (Pascal case): tenant id, contract number, given name, tussenvoegsel,
    surname, BSN, date of birth as integer ``yyyymmdd``, the rented home's address (``street_address``), postcode,
    town, the unit code and municipality code (``none``), phone, e-mail, IBAN, rent, income class, the housing
    consultant (few), the co-tenant (mostly NULL), the building's coordinates (``none``) and a remark."""
    ppl = _people(g, "nl")
    births = g.births(1935, 2005)
    places = _places(g, "nl")
    split = []
    for p in ppl:
        last = p[1]
        if last.startswith(("van der ", "van ", "de ")):
            head, _, tail = last.rpartition(" ")
            split.append((head, tail))
        else:
            split.append(("", last))
    staff = _staff(g, 4, lambda: v.whole(g, "nl"))

    def note() -> str:
        return g.rnd.choice([f"Sleutel afgegeven aan buurvrouw {v.whole(g, 'nl')}", "Betalingsregeling loopt",
                             f"Bewindvoerder bereikbaar op {g.phone('NL', 'national', False)}", "Overlast gemeld"])

    return Table("woningcorp.Huurders", "nl", "pascal", [
        c("HuurderId", N, "INTEGER", g.keys(300_001), "decoy", KEY),
        c("ContractNr", N, "VARCHAR", g.col(lambda: g.code("HC-99999-A")), "decoy", SHAPE),
        c("Voornaam", "first_name", "VARCHAR", [p[0] for p in ppl]),
        c("Tussenvoegsel", "last_name", "VARCHAR", [s[0] or None for s in split], HEAVY),
        c("Achternaam", "last_name", "VARCHAR", [s[1] for s in split]),
        c("Bsn", "national_id", "VARCHAR", g.col(lambda: v.nl_bsn(g), 0.05)),
        c("Geboortedatum", "date_of_birth", "INTEGER", [int(d.strftime("%Y%m%d")) for d in births], INT_DATE),
        c("Adres", "street_address", "VARCHAR", g.col(lambda: v.street(g, "nl"))),
        c("Postcode", "postal_code", "VARCHAR", [v.postcode(g, "nl", p[1]) for p in places]),
        c("Woonplaats", "city", "VARCHAR", [p[0] for p in places]),
        c("VheCode", N, "VARCHAR", g.col(lambda: g.code("VHE-9999-99")), "decoy", SHAPE),
        c("GemeenteCode", N, "VARCHAR", [f"GM{p[2]}" for p in places], "decoy", CODE),
        c("Telefoon", "phone", "VARCHAR", g.phones("NL", {"national": 0.6, "intl": 0.2, "e164": 0.2}, 0.8, 0.1)),
        c("Email", "email", "VARCHAR", [v.email_of(g, p[0], s[1], v.DOMAINS["nl"]) for p, s in
                                        zip(ppl, split, strict=True)]),
        c("Iban", "iban", "VARCHAR", g.col(lambda: v.iban(g, "NL", g.rnd.random() < 0.3), 0.1)),
        c("HuurprijsEur", N, "DOUBLE", g.amounts(480, 1_150), "decoy"),
        c("Inkomensklasse", N, "VARCHAR", g.col(g.pick(["laag", "midden", "hoog"])), "decoy"),
        c("Wijkconsulent", "person_name", "VARCHAR", g.col(g.pick(staff)), STAFF),
        c("Medehuurder", "person_name", "VARCHAR", g.col(lambda: v.whole(g, "nl"), 0.75), HEAVY, ROLE),
        c("Breedtegraad", N, "DOUBLE", g.floats(51.8, 53.2, 6), "decoy", COORD),
        c("Lengtegraad", N, "DOUBLE", g.floats(4.6, 6.9, 6), "decoy", COORD),
        c("Opmerking", "free_text", "VARCHAR", g.sparse(note, 0.65, _words("geen"))),
    ])


# -- Poland, Portugal, Spain, France ----------------------------------------------------------------------------------


def pl_stypendysci(g: Gen) -> Table:
    """A Polish foundation's scholarship holders: id, application number, names, PESEL, birth date split into day,
    month and year, address, postcode, town, mobile, e-mail, bank account (IBAN), the school and the sponsor company
    with its NIP (``none``), the academic tutor (few), the amount, the grant number and remarks."""
    ppl = _people(g, "pl")
    births = g.births(1998, 2009)
    places = _places(g, "pl")
    tutors = _staff(g, 5, lambda: "dr " + v.whole(g, "pl"))
    sponsors = [(name, v.pl_nip(g)) for name in ["Przedsiębiorstwo Budowlane Rydz Sp. z o.o.",
                                                 "Mleczarnia Podlaska S.A.", "Drukarnia Oficyna Sp. j.",
                                                 "Fabryka Mebli Jodła Sp. z o.o."]]
    sponsor = [g.rnd.choice(sponsors) for _ in range(g.rows)]

    def note() -> str:
        return g.rnd.choice([f"Opiekun prawny: {v.whole(g, 'pl')}", "Zaświadczenie o dochodach doręczone",
                             f"Kontakt z matką: {g.phone('PL', 'national')}", "Przedłużenie na kolejny semestr"])

    return Table("fundacja.stypendysci", "pl", "snake", [
        c("id", N, "INTEGER", g.keys(1), "decoy", KEY),
        c("nr_wniosku", N, "VARCHAR", g.col(lambda: g.code("WN/2025/9999")), "decoy", SHAPE, ABBREV),
        c("imie", "first_name", "VARCHAR", [p[0] for p in ppl]),
        c("nazwisko", "last_name", "VARCHAR", [p[1] for p in ppl]),
        c("pesel", "national_id", "VARCHAR", [v.pl_pesel(g, d, p[2]) for d, p in zip(births, ppl, strict=True)]),
        c("dzien_ur", "date_of_birth", "INTEGER", [d.day for d in births], SPLIT, ABBREV),
        c("mies_ur", "date_of_birth", "INTEGER", [d.month for d in births], SPLIT, ABBREV),
        c("rok_ur", "date_of_birth", "INTEGER", [d.year for d in births], SPLIT, ABBREV),
        c("ulica", "street_address", "VARCHAR", g.col(lambda: v.street(g, "pl"))),
        c("kod_poczt", "postal_code", "VARCHAR", [v.postcode(g, "pl", p[1]) for p in places], ABBREV),
        c("miejscowosc", "city", "VARCHAR", [p[0] for p in places]),
        c("tel_kom", "phone", "VARCHAR", g.phones("PL", {"national": 0.6, "intl": 0.4}, 1.0), ABBREV),
        c("email", "email", "VARCHAR", [v.email_of(g, p[0], p[1], v.DOMAINS["pl"]) for p in ppl]),
        c("nr_rachunku", "iban", "VARCHAR", g.col(lambda: v.iban(g, "PL", g.rnd.random() < 0.5), 0.2), ABBREV),
        c("szkola", N, "VARCHAR", g.col(g.pick(["II LO im. J. Kochanowskiego", "Politechnika Rzeszowska",
                                                 "Uniwersytet w Białymstoku", "Technikum nr 3"])), "business"),
        c("sponsor", N, "VARCHAR", [s[0] for s in sponsor], "business"),
        c("sponsor_nip", N, "VARCHAR", [s[1] for s in sponsor], "business", SHAPE),
        c("opiekun", "person_name", "VARCHAR", g.col(g.pick(tutors)), STAFF, ROLE),
        c("kwota_pln", N, "DOUBLE", g.amounts(300, 1_500), "decoy"),
        c("nr_grantu", N, "VARCHAR", g.col(lambda: g.code("GR-2025-999")), "decoy", SHAPE),
        c("uwagi", "free_text", "VARCHAR", g.sparse(note, 0.75, _words("brak", "nic")), NULLWORD),
    ])


def pt_hospital(g: Gen) -> Table:
    """A Portuguese hospital's inpatients: process number, full name, NIF, SNS user number, birth date, sex, address,
    postcode, town, mobile, landline (mostly NULL), e-mail, family doctor (few), the department and its phone
    (``none``), bed, ICD-10, admission time, companion (mostly NULL) and observations."""
    ppl = _people(g, "pt")
    births = g.births(1930, 2010)
    places = _places(g, "pt")
    doctors = _staff(g, 6, lambda: "Dr. " + v.whole(g, "pt"))
    depts = [("Medicina Interna", "253 027 000"), ("Cirurgia Geral", "253 027 100"), ("Ortopedia", "253 027 210"),
             ("Pediatria", "253 027 330")]
    dept = [g.rnd.choice(depts) for _ in range(g.rows)]

    def note() -> str:
        return g.rnd.choice([f"Contactar filho {v.whole(g, 'pt')} ({g.phone('PT', 'national')})",
                             "Dieta sem sal", "Alta prevista para 5.ª feira", f"Visita da irmã {v.given(g, 'pt')}"])

    return Table("hospital.utentes", "pt", "snake", [
        c("num_processo", N, "VARCHAR", g.col(lambda: g.code("P9999999")), "decoy", SHAPE),
        c("nome_completo", "person_name", "VARCHAR", [f"{p[0]} {v.person(g, 'pt')[1]} {p[1]}" for p in ppl]),
        c("nif", "national_id", "VARCHAR", g.col(lambda: v.pt_nif(g), 0.08)),
        c("num_utente", "national_id", "VARCHAR", g.col(lambda: g.rnd.choice("123") + g.digits(8))),
        c("data_nasc", "date_of_birth", "DATE", births, ABBREV),
        c("sexo", N, "VARCHAR", ["F" if p[2] else "M" for p in ppl], "decoy"),
        c("morada", "street_address", "VARCHAR", g.col(lambda: v.street(g, "pt"))),
        c("cod_postal", "postal_code", "VARCHAR", [v.postcode(g, "pt", p[1]) for p in places], ABBREV),
        c("localidade", "city", "VARCHAR", [p[0] for p in places]),
        c("telemovel", "phone", "VARCHAR", g.phones("PT", {"national": 0.7, "intl": 0.3}, 1.0, 0.1)),
        c("telefone_fixo", "phone", "VARCHAR", g.phones("PT", {"national": 1.0}, 0.0, 0.7), HEAVY),
        c("email", "email", "VARCHAR", [v.email_of(g, p[0], p[1], v.DOMAINS["pt"]) if g.rnd.random() < 0.45
                                        else None for p in ppl]),
        c("medico_familia", "person_name", "VARCHAR", g.col(g.pick(doctors)), STAFF),
        c("servico", N, "VARCHAR", [d[0] for d in dept], "business"),
        c("tel_servico", N, "VARCHAR", [d[1] for d in dept], "business"),
        c("cama", N, "VARCHAR", g.col(lambda: g.code("A9-99")), "decoy", SHAPE),
        c("cid10", N, "VARCHAR", g.col(g.pick(v.ICD10)), "decoy", CODE),
        c("data_admissao", N, "TIMESTAMP", g.moments("2025-01-01", "2025-12-15"), "decoy"),
        c("acompanhante", "person_name", "VARCHAR", g.col(lambda: v.whole(g, "pt"), 0.65), HEAVY, ROLE),
        c("obs", "free_text", "VARCHAR", g.sparse(note, 0.5, _words("nenhum")), ABBREV),
    ])


def es_demandantes(g: Gen) -> Table:
    """A Spanish public employment office's job seekers (SCREAMING abbreviations): id, DNI or NIE, given name, two
    surnames, birth date as ``dd/mm/yyyy``, address, postcode, town, INE municipality code (``none``), phone, e-mail,
    the counsellor (few), education level, occupation code, registration date, benefit IBAN (mostly NULL), its last
    four characters (``none``), observations and the login that registered the row."""
    ppl = _people(g, "es")
    births = g.births(1962, 2006)
    places = _places(g, "es")
    counsellors = _staff(g, 5, lambda: v.whole(g, "es"))
    logins = _logins(g, 4, "es")
    ibans = g.col(lambda: v.iban(g, "ES"), 0.6)

    def note() -> str:
        return g.rnd.choice([f"Derivado por {v.whole(g, 'es')} (servicios sociales)", "Busca jornada parcial",
                             f"Llamar al {g.phone('ES', 'national')} por la tarde", "Curso de carretillero pendiente"])

    return Table("empleo.DEMANDANTES", "es", "screaming", [
        c("ID_DEM", N, "INTEGER", g.keys(2_000_001), "decoy", KEY, ABBREV),
        c("DNI_NIE", "national_id", "VARCHAR", g.col(lambda: v.es_dni(g) if g.rnd.random() < 0.8 else v.es_nie(g)),
          ABBREV),
        c("NOMBRE", "first_name", "VARCHAR", [p[0] for p in ppl]),
        c("APELLIDO1", "last_name", "VARCHAR", [p[1] for p in ppl]),
        c("APELLIDO2", "last_name", "VARCHAR", g.col(lambda: v.person(g, "es")[1], 0.1)),
        c("F_NAC", "date_of_birth", "VARCHAR", [d.strftime("%d/%m/%Y") for d in births], ABBREV, TEXT_DATE),
        c("DOMICILIO", "street_address", "VARCHAR", g.col(lambda: v.street(g, "es"))),
        c("CP", "postal_code", "VARCHAR", [v.postcode(g, "es", p[1]) for p in places], ABBREV),
        c("MUNICIPIO", "city", "VARCHAR", [p[0] for p in places]),
        c("COD_INE", N, "VARCHAR", [p[2] for p in places], "decoy", CODE, ABBREV),
        c("TLF", "phone", "VARCHAR", g.phones("ES", {"national": 0.6, "intl": 0.2, "e164": 0.2}, 0.85), ABBREV),
        c("CORREO", "email", "VARCHAR", [v.email_of(g, p[0], p[1], v.DOMAINS["es"]) for p in ppl]),
        c("ORIENTADOR", "person_name", "VARCHAR", g.col(g.pick(counsellors)), STAFF),
        c("NIVEL_EST", N, "VARCHAR", g.col(g.pick(["ESO", "BACH", "FP1", "FP2", "GRADO", "MASTER"])), "decoy"),
        c("CNO", N, "VARCHAR", g.col(lambda: g.code("9999")), "decoy", CODE),
        c("F_INSCRIPCION", N, "DATE", g.days("2022-01-01", "2025-12-01"), "decoy", ABBREV),
        c("IBAN_PREST", "iban", "VARCHAR", ibans, HEAVY, ABBREV),
        c("ULT4_IBAN", N, "VARCHAR", [x[-4:] if x else None for x in ibans], "decoy", PARTIAL),
        c("OBSERVACIONES", "free_text", "VARCHAR", g.sparse(note, 0.6, _words("ninguna"))),
        c("USUARIO_ALTA", USERNAME, "VARCHAR", g.col(g.pick(logins)), USER, AUDIT),
    ])


def fr_ccas(g: Gen) -> Table:
    """A French municipal social-action centre's case files: file number, NIR, title, surname, birth name (mostly
    NULL), given name, birth date and place, address, postcode, commune, mobile, e-mail, the CAF number (``none``),
    the social worker (few), committee date, aid amount, decision, interview notes and the IBAN (mostly NULL)."""
    ppl = _people(g, "fr")
    births = g.births(1940, 2005)
    places = _places(g, "fr")
    workers = _staff(g, 4, lambda: v.whole(g, "fr"))

    def note() -> str:
        return g.rnd.choice([f"Reçue avec sa fille {v.whole(g, 'fr')}", "Dossier FSL transmis",
                             f"Rappeler le bailleur M. {v.person(g, 'fr')[1]} au {g.phone('FR', 'national', False)}",
                             "Aide alimentaire accordée pour 3 mois"])

    return Table("ccas.dossiers", "fr", "snake", [
        c("num_dossier", N, "VARCHAR", g.col(lambda: g.code("CCAS-2025-99999")), "decoy", SHAPE),
        c("nir", "national_id", "VARCHAR", [v.fr_nir(g, d, p[2], pl[1]) if g.rnd.random() < 0.85 else None
                                            for d, p, pl in zip(births, ppl, places, strict=True)]),
        c("civilite", N, "VARCHAR", ["Mme" if p[2] else "M." for p in ppl], "decoy"),
        c("nom", "last_name", "VARCHAR", [p[1] for p in ppl]),
        c("nom_naissance", "last_name", "VARCHAR", [v.person(g, "fr")[1] if p[2] and g.rnd.random() < 0.5 else None
                                                    for p in ppl], HEAVY),
        c("prenom", "first_name", "VARCHAR", [p[0] for p in ppl]),
        c("date_naissance", "date_of_birth", "DATE", births),
        c("lieu_naissance", "city", "VARCHAR", [g.rnd.choice(v.CITIES["fr"])[0] for _ in range(g.rows)]),
        c("adresse", "street_address", "VARCHAR", g.col(lambda: v.street(g, "fr"))),
        c("code_postal", "postal_code", "VARCHAR", [v.postcode(g, "fr", p[1]) for p in places]),
        c("commune", "city", "VARCHAR", [p[0] for p in places]),
        c("code_insee", N, "VARCHAR", [p[2] for p in places], "decoy", CODE),
        c("tel_portable", "phone", "VARCHAR", g.phones("FR", {"national": 0.7, "intl": 0.3}, 1.0, 0.08), ABBREV),
        c("courriel", "email", "VARCHAR", [v.email_of(g, p[0], p[1], v.DOMAINS["fr"]) if g.rnd.random() < 0.7
                                           else None for p in ppl]),
        c("num_allocataire", N, "VARCHAR", g.col(lambda: g.code("9999999"), 0.3), "decoy", SHAPE),
        c("travailleur_social", "person_name", "VARCHAR", g.col(g.pick(workers)), STAFF),
        c("date_commission", N, "DATE", g.days("2025-01-01", "2025-12-15"), "decoy"),
        c("montant_aide", N, "DOUBLE", g.amounts(50, 900), "decoy"),
        c("decision", N, "VARCHAR", g.col(g.pick(["ACCORD", "REFUS", "AJOURNE", "ACCORD"])), "decoy"),
        c("notes_entretien", "free_text", "VARCHAR", g.sparse(note, 0.35, _words("néant", "aucun"))),
        c("rib_iban", "iban", "VARCHAR", g.col(lambda: v.iban(g, "FR", True), 0.6), HEAVY),
    ])


# -- Japan, Ukraine, Russia, a staging extract -------------------------------------------------------------------------


def ja_juumin(g: Gen) -> Table:
    """A Japanese ward office's resident register (romanized and kanji column names): resident code and household
    number (``none``), the name in kanji, its katakana reading and its romanization, birth date as
    ``1984年3月12日``, sex, postcode, the whole address (``street_address``), the city, phone and mobile, My Number
    (mostly NULL), the head of household, the clerk (few), notification date and remarks."""
    rows = [v.ja_person(g) for _ in range(g.rows)]
    births = g.births(1935, 2015)
    places = _places(g, "ja")
    clerks = _staff(g, 5, lambda: "".join(x[0] for x in v.ja_person(g)))

    def note() -> str:
        fam, giv = v.ja_person(g)
        return g.rnd.choice([f"転入届。同居人 {fam[0]}{giv[0]} 様", f"連絡先 {g.phone('JP', 'national')}",
                             "住民票の写し交付済み", f"代理人 {fam[0]} {giv[0]}（委任状あり）"])

    return Table("kuyakusho.juumin_kihon", "ja", "snake", [
        c("jumin_cd", N, "VARCHAR", g.col(lambda: g.code("99999999")), "decoy", SHAPE),
        c("setai_bango", N, "VARCHAR", g.col(lambda: g.code("9999999")), "decoy", SHAPE),
        c("氏名", "person_name", "VARCHAR", [f"{f[0]} {n[0]}" for f, n in rows]),
        c("フリガナ", "person_name", "VARCHAR", [f"{f[1]} {n[1]}" for f, n in rows]),
        c("shimei_romaji", "person_name", "VARCHAR", [f"{f[2].upper()} {n[2]}" for f, n in rows]),
        c("seinengappi", "date_of_birth", "VARCHAR", [f"{d.year}年{d.month}月{d.day}日" for d in births], TEXT_DATE),
        c("性別", N, "VARCHAR", g.col(g.pick(["男", "女"])), "decoy"),
        c("yubin_bango", "postal_code", "VARCHAR", [("〒" if g.rnd.random() < 0.3 else "")
                                                    + v.postcode(g, "ja", p[1]) for p in places]),
        c("住所", "street_address", "VARCHAR", [v.ja_address(g, p[0]) for p in places]),
        c("市区町村", "city", "VARCHAR", [p[0] for p in places]),
        c("shikuchoson_cd", N, "VARCHAR", [p[2] for p in places], "decoy", CODE),
        c("denwa", "phone", "VARCHAR", g.phones("JP", {"national": 1.0}, 0.0, 0.5)),
        c("keitai", "phone", "VARCHAR", g.phones("JP", {"national": 0.8, "intl": 0.2}, 1.0, 0.2)),
        c("kojin_bango", "national_id", "VARCHAR", g.col(lambda: v.jp_mynumber(g), 0.7), HEAVY),
        c("世帯主", "person_name", "VARCHAR", [f"{f[0]} {v.ja_person(g)[1][0]}" for f, _ in rows], ROLE),
        c("tantosha", "person_name", "VARCHAR", g.col(g.pick(clerks)), STAFF),
        c("todoke_bi", N, "DATE", g.days("2020-01-01", "2025-12-15"), "decoy"),
        c("備考", "free_text", "VARCHAR", g.sparse(note, 0.6, _words("なし"))),
    ])


def uk_volontery(g: Gen) -> Table:
    """A Ukrainian volunteer registry (Cyrillic column names and values): id, surname, given name, patronymic, birth
    date, РНОКПП, phone, e-mail, address, postcode, city, the coordinator (few), skills, registration time, remarks,
    the login and an API token (``none``)."""
    ppl = _people(g, "uk")
    births = g.births(1950, 2006)
    places = _places(g, "uk")
    coordinators = _staff(g, 4, lambda: v.whole(g, "uk"))
    logins = [f"{v.plain(p[0])}.{v.plain(p[1])}" for p in ppl]

    def note() -> str:
        return g.rnd.choice([f"Працює в парі з {v.whole(g, 'uk')}", f"Резервний номер {g.phone('UA', 'national')}",
                             "Має власний автомобіль", "Пройшла курс домедичної допомоги"])

    return Table("волонтери.реєстр", "uk", "snake", [
        c("ід", N, "INTEGER", g.keys(1), "decoy", KEY),
        c("прізвище", "last_name", "VARCHAR", [p[1] for p in ppl]),
        c("імя", "first_name", "VARCHAR", [p[0] for p in ppl]),
        c("по_батькові", "first_name", "VARCHAR", g.col(lambda: v.person(g, "uk", False)[0] + "ович", 0.2)),
        c("дата_народження", "date_of_birth", "DATE", births),
        c("рнокпп", "national_id", "VARCHAR", [v.ua_rntrc(g, d, p[2]) for d, p in zip(births, ppl, strict=True)]),
        c("телефон", "phone", "VARCHAR", g.phones("UA", {"national": 0.5, "intl": 0.3, "e164": 0.2}, 1.0)),
        c("ел_пошта", "email", "VARCHAR", [v.email_of(g, p[0], p[1], v.DOMAINS["uk"]) for p in ppl], ABBREV),
        c("адреса", "street_address", "VARCHAR", g.col(lambda: v.street(g, "uk"))),
        c("індекс", "postal_code", "VARCHAR", [v.postcode(g, "uk", p[1]) for p in places]),
        c("місто", "city", "VARCHAR", [p[0] for p in places]),
        c("громада_код", N, "VARCHAR", [p[2] + g.digits(10) for p in places], "decoy", CODE),
        c("координатор", "person_name", "VARCHAR", g.col(g.pick(coordinators)), STAFF, ROLE),
        c("навички", N, "VARCHAR", g.col(g.pick(["водій", "кухар", "медик", "логістика", "психолог"])), "decoy"),
        c("дата_реєстрації", N, "TIMESTAMP", g.moments("2022-03-01", "2025-12-01"), "decoy"),
        c("примітки", "free_text", "VARCHAR", g.sparse(note, 0.6, _words("немає"))),
        c("логін", USERNAME, "VARCHAR", logins, USER),
        c("api_token", N, "VARCHAR", g.col(lambda: v.token(g, "vt_", 32), 0.5), "decoy", SHAPE),
    ])


def ru_obshchezhitie(g: Gen) -> Table:
    """A Russian student dormitory's residents (Cyrillic column names): room number, full name (ФИО), personal ИНН
    (mostly NULL), birth date as ``dd.mm.yyyy`` text, phone, e-mail, registration address, city, postcode, faculty,
    the warden (few), move-in date, payment and a remark."""
    ppl = _people(g, "ru")
    births = g.births(1998, 2008)
    places = _places(g, "ru")
    wardens = _staff(g, 3, lambda: v.whole(g, "ru"))

    def note() -> str:
        return g.rnd.choice([f"Проживает с {v.whole(g, 'ru')}", f"Мать: {g.phone('RU', 'national')}",
                             "Задолженность за октябрь", "Переселение в корпус Б"])

    return Table("общежитие.жильцы", "ru", "snake", [
        c("комната", N, "VARCHAR", g.col(lambda: g.code("9-999")), "decoy", SHAPE),
        c("ФИО", "person_name", "VARCHAR", [f"{p[1]} {p[0]} {v.given(g, 'ru')}{'овна' if p[2] else 'ович'}"
                                            for p in ppl], ABBREV),
        c("ИНН", "national_id", "VARCHAR", g.col(lambda: v.ru_inn(g), 0.6), HEAVY, ABBREV),
        c("дата_рождения", "date_of_birth", "VARCHAR", [d.strftime("%d.%m.%Y") for d in births], TEXT_DATE),
        c("телефон", "phone", "VARCHAR", g.phones("RU", {"national": 0.5, "intl": 0.3, "e164": 0.2}, 1.0)),
        c("эл_почта", "email", "VARCHAR", [v.email_of(g, p[0], p[1], v.DOMAINS["ru"]) for p in ppl], ABBREV),
        c("адрес_регистрации", "street_address", "VARCHAR", g.col(lambda: v.street(g, "ru"))),
        c("город", "city", "VARCHAR", [p[0] for p in places]),
        c("индекс", "postal_code", "VARCHAR", [v.postcode(g, "ru", p[1]) for p in places]),
        c("октмо", N, "VARCHAR", [p[2] for p in places], "decoy", CODE),
        c("факультет", N, "VARCHAR", g.col(g.pick(["ФИТ", "ЭФ", "ЮФ", "ФМ", "ИФ"])), "decoy"),
        c("комендант", "person_name", "VARCHAR", g.col(g.pick(wardens)), STAFF, ROLE),
        c("дата_заселения", N, "DATE", g.days("2021-08-25", "2025-09-10"), "decoy"),
        c("оплата_руб", N, "DOUBLE", g.amounts(900, 4_500), "decoy"),
        c("примечание", "free_text", "VARCHAR", g.sparse(note, 0.55, _words("нет"))),
    ])


def stg_his_extract(g: Gen) -> Table:
    """A German hospital information system's staging extract (opaque ``src_his_colNN`` names and three misleading
    ones): key, case number, surname, given name, birth date as ``yyyymmdd`` integer, ward, street, postcode
    under ``code``, town, doctor (few), phones under ``misc_1``, e-mail (mostly NULL), relatives' names under
    ``notes2``, a GUID, a SHA-1, notes mixing names, phones and diagnoses, a load time, the HIS version, an IBAN."""
    ppl = _people(g, "de")
    births = g.births(1930, 2024)
    places = _places(g, "de")
    doctors = _staff(g, 6, lambda: "Dr. med. " + v.whole(g, "de"))

    def note() -> str:
        return g.rnd.choice([f"Angehörige {v.whole(g, 'de')} informiert, Tel. {g.phone('DE', 'national')}",
                             f"V.a. {g.rnd.choice(v.ICD10)}, Verlegung durch {v.whole(g, 'de')}",
                             "Patient lehnt Bluttransfusion ab", "Entlassung nach Hause"])

    return Table("stg.src_his_extract", "de", "opaque", [
        c("src_his_col01", N, "BIGINT", g.keys(9_000_000_001), "decoy", KEY, OPAQUE),
        c("src_his_col02", N, "VARCHAR", g.col(lambda: g.code("F2025-999999")), "decoy", SHAPE, OPAQUE),
        c("src_his_col03", "last_name", "VARCHAR", [p[1] for p in ppl], OPAQUE),
        c("src_his_col04", "first_name", "VARCHAR", [p[0] for p in ppl], OPAQUE),
        c("src_his_col05", "date_of_birth", "INTEGER", [int(d.strftime("%Y%m%d")) for d in births], OPAQUE,
          INT_DATE),
        c("src_his_col06", N, "VARCHAR", g.col(g.pick(["STAT-3A", "STAT-4B", "ITS-1", "KARD-2", "GER-5"])),
          "decoy", CODE, OPAQUE),
        c("src_his_col07", "street_address", "VARCHAR", g.col(lambda: v.street(g, "de")), OPAQUE),
        c("code", "postal_code", "VARCHAR", [v.postcode(g, "de", p[1]) for p in places], MISLEADING),
        c("src_his_col09", "city", "VARCHAR", [p[0] for p in places], OPAQUE),
        c("src_his_col10", "person_name", "VARCHAR", g.col(g.pick(doctors)), STAFF, OPAQUE),
        c("misc_1", "phone", "VARCHAR", g.phones("DE", {"national": 0.5, "e164": 0.5}, 0.7, 0.2), MISLEADING),
        c("src_his_col12", "email", "VARCHAR", g.col(lambda: v.email_of(g, *v.person(g, "de"), v.DOMAINS["de"]),
                                                     0.8), HEAVY, OPAQUE),
        c("notes2", "person_name", "VARCHAR", g.col(lambda: v.whole(g, "de"), 0.45), MISLEADING, ROLE),
        c("src_his_col14", N, "VARCHAR", g.col(lambda: v.guid_upper(g)), "decoy", SHAPE, OPAQUE),
        c("src_his_col15", N, "VARCHAR", g.col(lambda: v.sha1(g)), "decoy", SHAPE, OPAQUE),
        c("src_his_col16", "free_text", "VARCHAR", g.sparse(note, 0.4, _words()), OPAQUE),
        c("src_his_col17", N, "TIMESTAMP", g.moments("2025-11-01", "2025-12-15"), "decoy", OPAQUE),
        c("src_his_col18", N, "VARCHAR", g.col(lambda: g.version()), "decoy", SHAPE, OPAQUE),
        c("src_his_col19", "iban", "VARCHAR", g.col(lambda: v.iban(g, "DE"), 0.55), HEAVY, OPAQUE),
    ])


BUILDERS: list[tuple[Callable[[Gen], Table], int]] = [
    (de_melderegister, 1_400), (dk_skole_elever, 420), (cz_ambulance, 650), (tr_ogrenci, 1_100), (gr_doy, 520),
    (nl_huurders, 900), (pl_stypendysci, 260), (pt_hospital, 780), (es_demandantes, 1_050), (fr_ccas, 480),
    (ja_juumin, 700), (uk_volontery, 330), (ru_obshchezhitie, 240), (stg_his_extract, 1_250),
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
