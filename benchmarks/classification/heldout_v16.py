"""Held-out set v16 for the column classifier: 13 tables in domains no earlier set used, staff names and identity
documents.

Written **blind**, like v2 to v15: by someone who has read neither the classifier (``governance_dagster/detect/``) nor
its documentation, tests, changelog or notes, only the list of kind names (``governance_dagster/kinds.py``), how the
scorer registers a set (``heldout_v2_accuracy.py``), the *structure* and labeling conventions of v15 (``heldout_v15.py``,
``heldout_v15_values.py``, its test, ``tests/heldout_support.py``), the docstrings of v2 to v14 (to avoid their domains)
and the ``Column``/``Table`` classes and writer they build on. The classifier was not run on this set while it was
written, no scorer was run on it, and no score of any set was looked at: nothing here was adjusted to what the
classifier does. It was written under a short deadline, so it is smaller than v15.

What is new against v2 to v15:

* domains: a driving school's pupils (``trafikkskole.elever``, Norwegian); a city library's borrowers
  (``kirjasto.LainaajaRekisteri``, Finnish); a funeral home's arrangements with the deceased, the deceased's mother and
  the orderer (``temetkezes.megrendelesek``, Hungarian, names family name first); a marina's berth holders, many
  foreign (``marina.vezoviKorisnici``, Croatian); a blood-donation drive's donors (``кръводаряване.дарители``,
  Bulgarian); a pharmacy's e-prescription pick-ups (``аптека.видача_рецептів``, Ukrainian); a bike-sharing app's rider
  accounts (``bikeshare.rider_accounts``, UK English); a North Sea hotel's guest registration cards
  (``hotel.MELDESCHEINE``, German); a scrap-metal yard's register of sellers (``chatarreria.registroVendedores``,
  Spanish); a wedding planner's couples (``matrimoni.Pianificazione``, Italian); a karate dojo's member register in
  romaji with native-script columns (``KARATE_DOJO.MONJIN_DAICHO``, romanized Japanese and Japanese); an online
  tutoring agency's tutors merged from its country sites, each column named in the language of its site
  (``tutoring.tutores_merged``: Portuguese, Dutch, Polish, Swedish, Danish, Czech, Turkish, Greek, Russian, French,
  Japanese; tag ``lang:``); a model-railway club's rolling stock, decoys only (``modeltog.rullende_materiel``, Danish);
* shapes: **staff** in columns with few distinct values under role words (driving instructor, librarian, priest,
  harbour master, nurse, doctor, pharmacist, receptionist, weigher, wedding planner, officiant, sensei, coordinator;
  tag ``staff``), written as a single given name, ``FAMILY, Given``, a surname with an initial, with a title
  (``мед. сестра``, ``Don``, ``plébános``) or as ``Yamamoto-sensei``; passport and identity-card numbers of several
  countries with their ICAO 9303 check digit in one column (tag ``multi_country``), a Hungarian identity-card number
  and a UK-shaped driving licence without any; dates of birth as ``yyyy.mm.dd.`` (Hungarian), ``dd.mm.yyyy.``
  (Croatian), ``dd.mm.yyyy г.`` (Bulgarian), ``d.m.yyyy``, ``dd/mm/yyyy``, ``yyyy/mm/dd``, the short era form
  ``S59.03.12``, an integer ``yyyymmdd`` and DATE, each beside another event's date in the same form (tag
  ``value_shape`` on the event date);
* decoys (tag ``decoy``; ``value_shape`` when shaped like a personal value): boat names, hotel room names, locomotives
  named after people, coffin and urn models, drug names, bike and dock names, cake and flower varieties, a berth
  contract number of 11 digits failing the OIB check, library and bonus cards and serial numbers failing Luhn,
  booking, prescription and order references shaped like phones that are no valid numbers, plates (tag ``vehicle``),
  UUIDs, hashes, coordinates, versions, flags (``email_opt_in``, tag ``misleading``), surrogate keys;
* identifiers: Norwegian fødselsnummer, Finnish HETU, Croatian OIB, Bulgarian EGN, Ukrainian RNOKPP, Spanish DNI and
  NIE, Italian codice fiscale, Polish PESEL, Swedish personnummer, Danish CPR, Czech rodné číslo, T.C. kimlik, Dutch
  BSN, Greek AMKA; IBANs of Norway, Hungary, Croatia, Spain, Italy and the UK; phones of Norway, Finland, Hungary,
  Croatia, Bulgaria, Ukraine, the UK, Germany, Spain, Italy, Japan and the tutors' countries;
* column names in English, German, French, Spanish, Italian, Portuguese, Dutch, Polish, Swedish, Danish, Czech,
  Turkish, romanized Japanese (``ja-Latn``), Japanese, Russian, Greek, Norwegian, Finnish, Hungarian, Croatian,
  Bulgarian and Ukrainian (Cyrillic); styles: snake, camel, Pascal, SCREAMING, native scripts, abbreviations
  (``elh_szul_dt``, ``megr_irsz``, ``MS_NR``, ``CodFiscSposa``).

Labeling rules: the same as v2 to v15 (see :mod:`benchmarks.classification.heldout_v15`): ``ssn`` is a social-security
or social-insurance number, ``national_id`` any other state-issued personal identifier; a business's address, phone,
postal code, city, e-mail, tax and registration numbers and bank account are ``none`` (tag ``business``); names of
staff, trainers, conductors, judges, wardens, cashiers, dressers and counsellors are ``person_name`` (a first name or a
family name alone ``first_name`` or ``last_name``); a login or public display handle is ``unclassified`` (tag
``username``); free text that names people is ``free_text``, text that names nobody ``none``. Applied to v16's new
cases (no new rule, but choices a reader may question):

* staff named by a single given name (the driving instructor, harbour master, weigher, wedding planner) are
  ``first_name``; staff with a title or role word in the value (``мед. сестра Мария Петрова``, ``Don Matteo Galli``,
  ``Yamamoto-sensei``) and ``FAMILY, Given`` are ``person_name``;
* passports, identity cards and driving licences are ``national_id`` (tag ``licence`` for driving licences); a
  column of several countries' documents or national numbers is ``national_id`` (tag ``multi_country``); the
  Ukrainian RNOKPP (an individual's tax number) is ``national_id``;
* a Bulgarian patronymic (``презиме``, the father's given name) is ``first_name``; a display name ``Given F.`` is
  ``person_name``; the deceased's and the deceased's mother's names are ``person_name`` (personal data of the dead are
  labeled as the living's);
* a marina's charter agency, a wedding venue and its phone, a scrap seller's company, the blood drive's site and a
  model shop's phone are businesses (``none``); boat, room, locomotive and cake names are ``none`` (tag
  ``value_shape`` where they look like names);
* a column where only some rows are personal (Croatian holders' OIB and IBAN, the tutors' national numbers) is
  labeled by its personal rows.

Tags: as v15 (``decoy``, ``business``, ``null_heavy``, ``nullword_heavy``, ``abbrev``, ``username``, ``qualified``,
``licence``, ``multi_country``, ``vehicle``, ``value_shape``, ``misleading``, ``lang:XX``) and new: ``staff``.

Every value is generated here from :data:`SEED` (one ``random.Random`` per table, named after its builder) with
python-stdnum for check digits, phonenumbers for phone validity and formats, and the lists of names, streets and cities
of :mod:`benchmarks.classification.heldout_v16_values`, written for v16 (no Faker, no list of real people). Build:
``python -m benchmarks.classification.heldout_v16 [PATH]`` (default ``/tmp/heldout_v16.duckdb``). Score:
``python -m benchmarks.classification.heldout_v2_accuracy --set v16``.
"""

from __future__ import annotations

import string
import sys
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path

from benchmarks.classification import heldout_v4
from benchmarks.classification import heldout_v16_values as v
from benchmarks.classification.heldout_v2 import Column, Table
from benchmarks.classification.heldout_v16_values import NULLISH, SEED, USERNAME, Gen, N, c

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

DEFAULT_PATH = Path("/tmp/heldout_v16.duckdb")

NULLWORD = "nullword_heavy"  # 70-95% NULL-like strings and empty strings (few real NULLs)
MULTI_COUNTRY = "multi_country"  # identity documents or numbers of several countries in one column
SHAPE = "value_shape"
VEHICLE = "vehicle"
MISLEADING = "misleading"
LICENCE = "licence"
STAFF = "staff"  # staff named in a column with few distinct values


def _dmy(d: date | None, sep: str = ".", tail: str = "") -> str | None:
    return None if d is None else f"{d.day:02d}{sep}{d.month:02d}{sep}{d.year}{tail}"


def _ymd(d: date | None, sep: str = ".", tail: str = "") -> str | None:
    return None if d is None else f"{d.year}{sep}{d.month:02d}{sep}{d.day:02d}{tail}"


def _words(*extra: str) -> tuple[str, ...]:
    return ("", "-", "NULL", "n/a") + extra


# -- a driving school's pupils (Norwegian) ------------------------------------------------------------------------------


def no_driving_school(g: Gen) -> Table:
    """A driving school's pupils: fødselsnummer, date of birth ``dd.mm.yyyy`` beside the theory-test date in the same
    form, instructors by given name only (few distinct), the licence class, a learner's existing licence number, the car
    used (a model name), lesson counts."""
    fem = v.sexes(g, 0.45)
    firsts, lasts = v.people(g, "no", fem)
    births = g.births(1960, 2008)
    places = [v.city(g, "NO") for _ in range(g.rows)]
    instructors = [v.given(g, "no") for _ in range(5)]
    return Table("trafikkskole.elever", "no", "snake", [
        c("elev_id", N, "INTEGER", g.keys(10_001), "decoy"),
        c("fornavn", "first_name", "VARCHAR", firsts),
        c("etternavn", "last_name", "VARCHAR", lasts),
        c("fodselsnummer", "national_id", "VARCHAR", [v.no_fnr(g, b, f) for b, f in zip(births, fem)]),
        c("fodt", "date_of_birth", "VARCHAR", [_dmy(b) for b in births]),
        c("teoriprove_dato", N, "VARCHAR", [_dmy(d) for d in g.days("2024-03-01", "2025-11-20")], "decoy", SHAPE),
        c("adresse", "street_address", "VARCHAR", g.col(lambda: v.street(g, "no"))),
        c("postnr", "postal_code", "VARCHAR", [v.postal(g, "NO", p[1]) for p in places], "abbrev"),
        c("poststed", "city", "VARCHAR", [p[0] for p in places]),
        c("mobil", "phone", "VARCHAR", g.phones("NO", {"national": 0.5, "intl": 0.3, "e164": 0.2})),
        c("epost", "email", "VARCHAR", v.emails(g, firsts, lasts, ["online.no", "gmail.com", "hotmail.no"], 0.1)),
        c("kjorelaerer", "first_name", "VARCHAR", g.col(g.pick(instructors)), STAFF),
        c("klasse", N, "VARCHAR", g.col(g.pick(["B", "B", "B", "BE", "A1", "A2", "A", "C1"])), "decoy"),
        c("forerkort_nr", "national_id", "VARCHAR", g.col(lambda: g.code("99999999999"), 0.88), "null_heavy", LICENCE),
        c("bil", N, "VARCHAR", g.col(g.pick(["Toyota Yaris Hybrid", "VW ID.3", "Skoda Fabia", "Tesla Model 3"])),
          "decoy"),
        c("regnr", N, "VARCHAR", g.col(lambda: g.code("EL 99999")), "decoy", VEHICLE),
        c("antall_timer", N, "INTEGER", g.ints(0, 42), "decoy"),
        c("glattkjoring_bestatt", N, "BOOLEAN", g.yn(True, False, 0.6), "decoy"),
        c("pris_nok", N, "DECIMAL(10,2)", g.amounts(900, 38_000), "decoy"),
        c("kontonr", "iban", "VARCHAR", g.col(lambda: v.iban(g, "NO"), 0.5)),
        c("merknad", "free_text", "VARCHAR", g.sparse(lambda: g.rnd.choice([
            f"mor {v.whole(g, 'no', True)} betaler", f"byttet lærer til {g.rnd.choice(instructors)}",
            "trenger tolk ved teoriprøve"]), 0.8, _words("ikke oppgitt")), NULLWORD),
        c("ordre_ref", N, "VARCHAR", g.col(lambda: v.not_phone(g, "NO", (3, 2, 3), "0")), "decoy", SHAPE),
        c("endret", N, "TIMESTAMP", g.moments("2025-01-01", 320), "decoy"),
        c("opprettet", N, "TIMESTAMP", g.moments("2024-01-01", 600), "decoy"),
        c("kjoretoy_km", N, "INTEGER", g.ints(2_000, 180_000), "decoy"),
        c("avdeling", N, "VARCHAR", g.col(g.pick(["Sentrum", "Nord", "Øst"])), "decoy"),
        c("faktura_nr", N, "VARCHAR", g.col(lambda: g.code("F-2025-99999")), "decoy"),
    ])


# -- a public library's borrowers (Finnish) ----------------------------------------------------------------------------


def fi_library(g: Gen) -> Table:
    """A city library's borrower register: HETU, birth date as ``d.m.yyyy`` beside the card's issue date, librarians as
    ``SUKUNIMI, Etunimi`` (few distinct), a guardian for children, library card numbers failing Luhn, a login."""
    fem = v.sexes(g, 0.55)
    firsts, lasts = v.people(g, "fi", fem)
    births = g.births(1935, 2018)
    places = [v.city(g, "FI") for _ in range(g.rows)]
    staff = [v.family_given(g, "fi") for _ in range(6)]
    return Table("kirjasto.LainaajaRekisteri", "fi", "pascal", [
        c("LainaajaId", N, "INTEGER", g.keys(200_001, 3), "decoy"),
        c("Etunimet", "first_name", "VARCHAR", firsts),
        c("Sukunimi", "last_name", "VARCHAR", lasts),
        c("Henkilotunnus", "national_id", "VARCHAR", [v.fi_hetu(g, b, f) for b, f in zip(births, fem)]),
        c("Syntymaaika", "date_of_birth", "VARCHAR", [f"{b.day}.{b.month}.{b.year}" for b in births]),
        c("KorttiMyonnetty", N, "VARCHAR", [f"{d.day}.{d.month}.{d.year}" for d in g.days("2010-01-01", "2025-11-01")],
          "decoy", SHAPE),
        c("Lahiosoite", "street_address", "VARCHAR", g.col(lambda: v.street(g, "fi"))),
        c("Postinumero", "postal_code", "VARCHAR", [v.postal(g, "FI", p[1]) for p in places]),
        c("Postitoimipaikka", "city", "VARCHAR", [p[0] for p in places]),
        c("Puhelin", "phone", "VARCHAR", g.phones("FI", {"national": 0.6, "intl": 0.4}, nulls=0.2)),
        c("Sahkoposti", "email", "VARCHAR", v.emails(g, firsts, lasts, ["gmail.com", "luukku.com", "outlook.com"],
                                                     0.3)),
        c("Huoltaja", "person_name", "VARCHAR", [v.whole(g, "fi") if b.year >= 2010 else None for b in births],
          "null_heavy", "qualified"),
        c("Kirjastokortti", N, "VARCHAR", g.col(lambda: v.not_luhn_plain(g, "4", 16)), "decoy", SHAPE),
        c("Kirjastovirkailija", "person_name", "VARCHAR", g.col(g.pick(staff)), STAFF),
        c("Kayttajatunnus", USERNAME, "VARCHAR", [v.handle(g, a, b) for a, b in zip(firsts, lasts)], "username"),
        c("Lainoja", N, "INTEGER", g.ints(0, 30), "decoy"),
        c("Myohastymismaksut", N, "DECIMAL(8,2)", g.floats(0, 25, 2), "decoy"),
        c("Kotikirjasto", N, "VARCHAR", g.col(g.pick(["Metso", "Hervanta", "Lielahti", "Tesoma", "Kaleva"])), "decoy"),
        c("Kieli", N, "VARCHAR", g.col(g.pick(["fi", "sv", "en", "ru"])), "decoy"),
        c("SuosikkiKirja", N, "VARCHAR", g.col(g.pick(["Tuntematon sotilas", "Seitsemän veljestä", "Sinuhe egyptiläinen",
                                                      "Puhdistus", "Muumipappa ja meri"])), "decoy"),
        c("Tiiviste", N, "VARCHAR", g.col(g.sha256), "decoy"),
        c("Lisatiedot", "free_text", "VARCHAR", g.sparse(lambda: g.rnd.choice([
            f"kaukolaina noudetaan {v.whole(g, 'fi')} kautta", f"asiakas ilmoittanut: puoliso {v.whole(g, 'fi')}",
            "kortti kadonnut, uusi tilattu"]), 0.8, _words("ei tiedossa")), NULLWORD),
        c("Luotu", N, "TIMESTAMP", g.moments("2015-01-01", 3_900), "decoy"),
        c("Varaukset", N, "INTEGER", g.ints(0, 12), "decoy"),
        c("Estetty", N, "BOOLEAN", g.yn(True, False, 0.04), "decoy"),
    ])


# -- a funeral home's arrangements (Hungarian) -------------------------------------------------------------------------


def hu_funeral_home(g: Gen) -> Table:
    """A funeral home's orders: the deceased (name, birth ``yyyy.mm.dd.`` beside death and funeral dates in the same
    form), the orderer (relative) with phone and address, the officiating priest by name (few distinct), coffin and
    urn models, the cemetery, hall names; names written family name first."""
    fem = v.sexes(g, 0.5)
    births = g.births(1920, 1990)
    deaths = g.days("2024-01-01", "2025-11-20")
    places = [v.city(g, "HU") for _ in range(g.rows)]
    priests = [f"{v.whole(g, 'hu', False)} {g.rnd.choice(['plébános', 'lelkész', 'atya'])}" for _ in range(5)]
    return Table("temetkezes.megrendelesek", "hu", "snake+abbrev", [
        c("megr_az", N, "INTEGER", g.keys(3_001), "decoy"),
        c("elh_nev", "person_name", "VARCHAR", [v.whole(g, "hu", f) for f in fem], "abbrev"),
        c("elh_szul_dt", "date_of_birth", "VARCHAR", [_ymd(b, ".", ".") for b in births], "abbrev"),
        c("elh_hal_dt", N, "VARCHAR", [_ymd(d, ".", ".") for d in deaths], "decoy", SHAPE),
        c("temetes_dt", N, "VARCHAR", [_ymd(d + timedelta(days=g.rnd.randint(6, 30)), ".", ".") for d in deaths],
          "decoy", SHAPE),
        c("elh_anyja_neve", "person_name", "VARCHAR", [v.whole(g, "hu", True) for _ in range(g.rows)]),
        c("megrendelo_nev", "person_name", "VARCHAR", [v.whole(g, "hu") for _ in range(g.rows)]),
        c("megr_cim", "street_address", "VARCHAR", g.col(lambda: v.street(g, "hu")), "abbrev"),
        c("megr_irsz", "postal_code", "VARCHAR", [v.postal(g, "HU", p[1]) for p in places], "abbrev"),
        c("megr_telepules", "city", "VARCHAR", [p[0] for p in places]),
        c("megr_tel", "phone", "VARCHAR", g.phones("HU", {"national": 0.5, "intl": 0.5}), "abbrev"),
        c("szemelyi_ig_szam", "national_id", "VARCHAR", g.col(lambda: g.code("999999AA")), "abbrev"),
        c("lelkesz", "person_name", "VARCHAR", g.col(g.pick(priests)), STAFF),
        c("koporso_tipus", N, "VARCHAR", g.col(g.pick(["Tölgy Classic", "Fenyő Natúr", "Mahagóni Elegance", None])),
          "decoy"),
        c("urna_modell", N, "VARCHAR", g.col(g.pick(["Kerámia Bordó", "Gránit Szürke", "Bronz Antik"]), 0.4), "decoy"),
        c("temeto", N, "VARCHAR", g.col(g.pick(["Köztemető", "Református temető", "Szent Rókus temető"])), "decoy"),
        c("ravatalozo", N, "VARCHAR", g.col(g.pick(["Nagy ravatalozó", "Kis ravatalozó", "Kápolna"])), "decoy"),
        c("osszeg_huf", N, "INTEGER", g.ints(180_000, 1_400_000), "decoy"),
        c("szla_szam", N, "VARCHAR", g.col(lambda: f"TMK-{g.rnd.randint(2024, 2025)}/{g.digits(5, string.digits)}"),
          "decoy", "abbrev"),
        c("szamlaszam", "iban", "VARCHAR", g.col(lambda: v.iban(g, "HU", True), 0.6)),
        c("megjegyzes", "free_text", "VARCHAR", g.sparse(lambda: g.rnd.choice([
            f"gyászbeszédet {v.whole(g, 'hu')} mondja", f"koszorú a munkahelytől, kapcsolattartó {v.whole(g, 'hu')}",
            "hamvasztás után urnafülke"]), 0.6, _words("nincs"))),
        c("statusz", N, "VARCHAR", g.col(g.pick(["nyitott", "lezárt", "számlázva"])), "decoy"),
        c("letrehozva", N, "TIMESTAMP", g.moments("2024-01-01", 690), "decoy"),
        c("gyaszjelentes_db", N, "INTEGER", g.ints(0, 300), "decoy"),
        c("szertartas_tipus", N, "VARCHAR", g.col(g.pick(["koporsós", "urnás", "szórásos"])), "decoy"),
        c("hash_md5", N, "VARCHAR", g.col(g.md5), "decoy"),
    ])


# -- a marina's berth holders (Croatian) -------------------------------------------------------------------------------

_MARINA_FOREIGN = ["DE", "GB", "IT", "HU", "NL", "PL"]


def hr_marina(g: Gen) -> Table:
    """A marina's annual berth holders, many foreign: OIB of Croatian holders, passports of foreign ones with their MRZ
    check digit (one column, several countries), boat names, berth numbers, the harbour master on duty by given name,
    a berth contract number failing the OIB check, coordinates of the berth."""
    local = [g.rnd.random() < 0.45 for _ in range(g.rows)]
    nat = ["HR" if loc else g.rnd.choice(_MARINA_FOREIGN) for loc in local]
    langs = {"HR": "hr", "DE": "de", "GB": "en", "IT": "it", "HU": "hu", "NL": "nl", "PL": "pl"}
    pairs = [v.person(g, langs[n]) for n in nat]
    births = g.births(1945, 1995)
    masters = [v.given(g, "hr", False) for _ in range(3)] + [v.given(g, "hr", True)]
    return Table("marina.vezoviKorisnici", "hr", "camel", [
        c("korisnikId", N, "INTEGER", g.keys(501), "decoy"),
        c("ime", "first_name", "VARCHAR", [a for a, _ in pairs]),
        c("prezime", "last_name", "VARCHAR", [b for _, b in pairs]),
        c("datumRodjenja", "date_of_birth", "VARCHAR", [_dmy(b, ".", ".") for b in births]),
        c("datumUgovora", N, "VARCHAR", [_dmy(d, ".", ".") for d in g.days("2023-01-01", "2025-10-01")], "decoy",
          SHAPE),
        c("oib", "national_id", "VARCHAR", [v.hr_oib(g) if loc else None for loc in local], "qualified"),
        c("brojPutovnice", "national_id", "VARCHAR", [None if n == "HR" else v.document(g, n, True) for n in nat],
          MULTI_COUNTRY),
        c("drzavljanstvo", N, "VARCHAR", nat, "decoy"),
        c("mobitel", "phone", "VARCHAR", [g.phone(n, g.rnd.choice(["intl", "e164"])) for n in nat]),
        c("eMail", "email", "VARCHAR", v.emails(g, [a for a, _ in pairs], [b for _, b in pairs],
                                                ["gmail.com", "t-online.de", "libero.it", "gmx.net"], 0.1)),
        c("imeBroda", N, "VARCHAR", g.col(g.pick(["Morska Vila", "Seagull II", "Libertà", "Windrose", "Galeb",
                                                  "Nostalgia", "Blue Marlin", "Vjetar"])), "decoy", SHAPE),
        c("modelBroda", N, "VARCHAR", g.col(g.pick(["Bavaria Cruiser 37", "Jeanneau Sun Odyssey 410", "Elan Impression 45",
                                                    "Beneteau Oceanis 38.1", "Dufour 390"])), "decoy"),
        c("vez", N, "VARCHAR", g.col(lambda: f"{g.rnd.choice('ABCDE')}-{g.rnd.randint(1, 60):02d}"), "decoy"),
        c("duljinaM", N, "DECIMAL(5,2)", g.floats(6, 18, 2), "decoy"),
        c("lucki_kapetan", "first_name", "VARCHAR", g.col(g.pick(masters)), STAFF),
        c("brojUgovora", N, "VARCHAR", g.col(lambda: v.not_oib(g)), "decoy", SHAPE),
        c("gpsVeza", N, "VARCHAR", g.col(lambda: g.coord((43.50, 43.52), (16.43, 16.46))), "decoy"),
        c("iznosEur", N, "DECIMAL(10,2)", g.amounts(2_400, 14_000), "decoy"),
        c("iban", "iban", "VARCHAR", [v.iban(g, "HR") if loc else None for loc in local]),
        c("agencija", N, "VARCHAR", g.col(g.pick(["Adria Charter d.o.o.", "Navis Yachting", None, None]), 0.3),
          "business"),
        c("aktivan", N, "BOOLEAN", g.yn(True, False, 0.9), "decoy"),
        c("tipPlovila", N, "VARCHAR", g.col(g.pick(["jedrilica", "motorni brod", "katamaran"])), "decoy"),
        c("gazM", N, "DECIMAL(4,2)", g.floats(0.6, 2.6, 2), "decoy"),
        c("zadnjaIzmjena", N, "TIMESTAMP", g.moments("2025-01-01", 320), "decoy"),
    ])


# -- a blood-donation drive (Bulgarian) --------------------------------------------------------------------------------


def bg_blood_drive(g: Gen) -> Table:
    """A mobile blood-donation drive's donors: EGN, date of birth ``dd.mm.yyyy г.`` beside the donation date, the nurse
    who drew the blood (few distinct, with a title), blood group, haemoglobin, the doctor's ``ФАМИЛИЯ, Име``, the
    donation bag's barcode, the drive's site (a business)."""
    fem = v.sexes(g, 0.5)
    firsts, lasts = v.people(g, "bg", fem)
    births = g.births(1960, 2006)
    places = [v.city(g, "BG") for _ in range(g.rows)]
    nurses = [f"мед. сестра {v.whole(g, 'bg', True)}" for _ in range(4)]
    doctors = [v.family_given(g, "bg") for _ in range(3)]
    return Table("кръводаряване.дарители", "bg", "native", [
        c("№", N, "INTEGER", g.keys(1), "decoy"),
        c("име", "first_name", "VARCHAR", firsts),
        c("презиме", "first_name", "VARCHAR", [v.given(g, "bg", False) for _ in range(g.rows)]),
        c("фамилия", "last_name", "VARCHAR", lasts),
        c("егн", "national_id", "VARCHAR", [v.bg_egn(g, b, f) for b, f in zip(births, fem)]),
        c("дата_на_раждане", "date_of_birth", "VARCHAR", [_dmy(b, ".", " г.") for b in births]),
        c("дата_на_кръводаряване", N, "VARCHAR", [_dmy(d, ".", " г.") for d in g.days("2025-01-10", "2025-11-25")],
          "decoy", SHAPE),
        c("адрес", "street_address", "VARCHAR", g.col(lambda: v.street(g, "bg"), 0.3)),
        c("пощенски_код", "postal_code", "VARCHAR", [v.postal(g, "BG", p[1]) for p in places]),
        c("град", "city", "VARCHAR", [p[0] for p in places]),
        c("телефон", "phone", "VARCHAR", g.phones("BG", {"national": 0.6, "intl": 0.4})),
        c("кръвна_група", N, "VARCHAR", g.col(g.pick(["0 Rh+", "A Rh+", "B Rh+", "AB Rh+", "0 Rh-", "A Rh-"])),
          "decoy"),
        c("хемоглобин", N, "INTEGER", g.ints(118, 172), "decoy"),
        c("кръвно_налягане", N, "VARCHAR", g.col(lambda: f"{g.rnd.randint(105, 150)}/{g.rnd.randint(60, 95)}"),
          "decoy"),
        c("медицинска_сестра", "person_name", "VARCHAR", g.col(g.pick(nurses)), STAFF),
        c("лекар", "person_name", "VARCHAR", g.col(g.pick(doctors)), STAFF),
        c("баркод_сак", N, "VARCHAR", g.col(lambda: f"BG{g.digits(4, string.digits)}25{g.digits(6, string.digits)}"),
          "decoy"),
        c("пункт", N, "VARCHAR", g.col(g.pick(["РЦТХ Пловдив", "Мобилен екип Варна", "УМБАЛ Бургас"])), "business"),
        c("годен", N, "BOOLEAN", g.yn(True, False, 0.92), "decoy"),
        c("брой_дарявания", N, "INTEGER", g.ints(1, 60), "decoy"),
        c("бележка", "free_text", "VARCHAR", g.sparse(lambda: g.rnd.choice([
            f"дарява за {v.whole(g, 'bg')}, болница Св. Георги", f"придружава го {v.whole(g, 'bg')}",
            "отложен 6 месеца, ниско желязо"]), 0.85, _words("няма")), NULLWORD),
        c("обем_мл", N, "INTEGER", g.col(g.pick([450, 450, 470])), "decoy"),
        c("тегло_кг", N, "INTEGER", g.ints(52, 120), "decoy"),
        c("създаден", N, "TIMESTAMP", g.moments("2025-01-10", 320), "decoy"),
    ])


# -- a pharmacy's prescription pick-ups (Ukrainian) --------------------------------------------------------------------


def ua_pharmacy(g: Gen) -> Table:
    """A pharmacy's e-prescription pick-ups: the patient's RNOKPP (tax number), name in one column, date of birth
    (DATE) beside prescription and dispensing dates, the pharmacist (few distinct, surname and initials), the person who
    picked it up for someone else (NULL-heavy), drug names, the prescription number shaped like a phone, a bonus card
    number failing Luhn."""
    fem = v.sexes(g, 0.6)
    pairs = [v.person(g, "uk", f) for f in fem]
    births = g.births(1935, 2010)
    issued = g.days("2025-06-01", "2025-11-20")
    places = [v.city(g, "UA") for _ in range(g.rows)]
    pharm = []
    for _ in range(4):
        a, b = v.person(g, "uk")
        pharm.append(f"{b} {a[0]}.")
    return Table("аптека.видача_рецептів", "uk", "native", [
        c("ід", N, "INTEGER", g.keys(88_001), "decoy"),
        c("піб_пацієнта", "person_name", "VARCHAR", [f"{b} {a}" for a, b in pairs]),
        c("рнокпп", "national_id", "VARCHAR", g.col(lambda: v.ua_rnokpp(g), 0.15)),
        c("дата_народження", "date_of_birth", "DATE", births),
        c("дата_виписки", N, "DATE", issued, "decoy"),
        c("дата_відпуску", N, "DATE", [d + timedelta(days=g.rnd.randint(0, 9)) for d in issued], "decoy"),
        c("телефон", "phone", "VARCHAR", g.phones("UA", {"intl": 0.5, "national": 0.5})),
        c("адреса", "street_address", "VARCHAR", g.col(lambda: v.street(g, "uk"), 0.5)),
        c("місто", "city", "VARCHAR", [p[0] for p in places]),
        c("індекс", "postal_code", "VARCHAR", [v.postal(g, "UA", p[1]) for p in places]),
        c("фармацевт", "person_name", "VARCHAR", g.col(g.pick(pharm)), STAFF),
        c("отримувач", "person_name", "VARCHAR", g.col(lambda: v.whole(g, "uk"), 0.85), "null_heavy"),
        c("препарат", N, "VARCHAR", g.col(g.pick(["Амлодипін 5 мг", "Метформін 850 мг", "Аторвастатин 20 мг",
                                                   "Лізиноприл 10 мг", "Інсулін Хумодар Р"])), "decoy"),
        c("кількість", N, "INTEGER", g.ints(1, 6), "decoy"),
        c("номер_рецепта", N, "VARCHAR", g.col(lambda: v.not_phone(g, "UA", (4, 4, 4, 4), "0", "-")), "decoy", SHAPE),
        c("бонусна_картка", N, "VARCHAR", g.col(lambda: v.not_luhn_plain(g, "5", 16), 0.4), "decoy", SHAPE),
        c("сума_грн", N, "DECIMAL(10,2)", g.amounts(0, 1_800), "decoy"),
        c("доплата", N, "DECIMAL(10,2)", g.amounts(0, 300), "decoy"),
        c("uuid_рецепта", N, "VARCHAR", g.col(g.uuid), "decoy"),
        c("код_атх", N, "VARCHAR", g.col(g.pick(["C08CA01", "A10BA02", "C10AA05", "C09AA03", "A10AB01"])), "decoy"),
        c("програма", N, "VARCHAR", g.col(g.pick(["Доступні ліки", "платно", "пільга"])), "decoy"),
        c("каса", N, "INTEGER", g.ints(1, 4), "decoy"),
        c("чек_номер", N, "VARCHAR", g.col(lambda: g.code("ЧК-99999999")), "decoy"),
    ])


# -- a bike-sharing app's riders (UK English) ---------------------------------------------------------------------------


def gb_bikeshare(g: Gen) -> Table:
    """A bike-sharing app's rider accounts in Wales and the West of England: handles, e-mail, date of birth as
    ``dd/mm/yyyy`` beside the sign-up date, the payment card (Luhn-valid, masked in part of the rows), the last ride's
    coordinates, device UUIDs, bike and dock names, a driving licence of a few riders (age check)."""
    fem = v.sexes(g, 0.42)
    firsts, lasts = v.people(g, "en", fem)
    births = g.births(1955, 2007)
    places = [v.city(g, "GB") for _ in range(g.rows)]
    return Table("bikeshare.rider_accounts", "en", "snake", [
        c("rider_id", N, "VARCHAR", g.col(g.uuid), "decoy"),
        c("username", USERNAME, "VARCHAR", [v.handle(g, a, b) for a, b in zip(firsts, lasts)], "username"),
        c("display_name", "person_name", "VARCHAR", [f"{a} {b[0]}." if g.rnd.random() < 0.5 else f"{a} {b}"
                                                     for a, b in zip(firsts, lasts)]),
        c("email", "email", "VARCHAR", v.emails(g, firsts, lasts, ["gmail.com", "btinternet.com", "outlook.com"])),
        c("dob", "date_of_birth", "VARCHAR", [_dmy(b, "/") for b in births]),
        c("signup_date", N, "VARCHAR", [_dmy(d, "/") for d in g.days("2021-04-01", "2025-11-01")], "decoy", SHAPE),
        c("mobile", "phone", "VARCHAR", g.phones("GB", {"national": 0.5, "e164": 0.5})),
        c("home_postcode", "postal_code", "VARCHAR", [v.postal(g, "GB", p[1]) for p in places]),
        c("home_town", "city", "VARCHAR", [p[0] for p in places]),
        c("card_number", "credit_card", "VARCHAR", g.col(lambda: v.card(g), 0.3)),
        c("card_expiry", N, "VARCHAR", g.col(lambda: f"{g.rnd.randint(1, 12):02d}/{g.rnd.randint(26, 31)}"), "decoy"),
        c("driving_licence_no", "national_id", "VARCHAR",
          g.col(lambda: g.code("AAAAA9999999AA99").upper(), 0.9), "null_heavy", LICENCE),
        c("last_lat_lon", N, "VARCHAR", g.col(lambda: g.coord((51.45, 51.65), (-3.98, -2.55))), "decoy"),
        c("device_id", N, "VARCHAR", g.col(g.uuid), "decoy"),
        c("app_version", N, "VARCHAR", g.col(g.version), "decoy"),
        c("fav_dock", N, "VARCHAR", g.col(g.pick(["Castle Street", "Cardiff Bay Barrage", "Temple Meads",
                                                 "Swansea Marina", "Queen Square"])), "decoy"),
        c("last_bike", N, "VARCHAR", g.col(g.pick(["Nextbike Smartbike", "E-Bike Gen 3", "Classic 7-Speed"])), "decoy"),
        c("rides_total", N, "INTEGER", g.ints(0, 900), "decoy"),
        c("co2_saved_kg", N, "DECIMAL(8,1)", g.floats(0, 400, 1), "decoy"),
        c("email_opt_in", N, "BOOLEAN", g.yn(True, False, 0.3), "decoy", MISLEADING),
        c("referral_code", N, "VARCHAR", g.col(lambda: g.code("AAA999")), "decoy"),
        c("last_ip", "ip_address", "VARCHAR", g.col(g.ipv4)),
        c("support_note", "free_text", "VARCHAR", g.sparse(lambda: g.rnd.choice([
            f"refund approved by {v.whole(g, 'en')} (team lead)", f"account shared with partner {v.whole(g, 'en')}",
            "bike reported faulty at dock"]), 0.85, _words("none given")), NULLWORD),
        c("created_at", N, "TIMESTAMP", g.moments("2021-04-01", 1_650), "decoy"),
        c("plan", N, "VARCHAR", g.col(g.pick(["pay-as-you-go", "monthly", "annual", "student"])), "decoy"),
        c("minutes_total", N, "INTEGER", g.ints(0, 40_000), "decoy"),
    ])


# -- a hotel's guest registration cards (German) -----------------------------------------------------------------------

_HOTEL_GUESTS = [("DE", "de"), ("DE", "de"), ("DE", "de"), ("NL", "nl"), ("DK", "da"), ("PL", "pl"), ("SE", "sv"),
                 ("GB", "en")]


def de_hotel_cards(g: Gen) -> Table:
    """A North Sea hotel's guest registration cards (Meldescheine): guests of several countries with passport or
    identity-card number (several countries in one column, with a check digit), date of birth (DATE) beside arrival and
    departure, the receptionist's initials and name, room names, the travel companion (NULL-heavy), a booking platform
    reference shaped like a phone, the guest's home address abroad."""
    nat = [g.rnd.choice(_HOTEL_GUESTS) for _ in range(g.rows)]
    pairs = [v.person(g, lang) for _, lang in nat]
    births = g.births(1940, 2006)
    arrive = g.days("2025-04-01", "2025-10-31")
    reception = [v.whole(g, "de") for _ in range(5)]
    home = [v.city(g, "DE") for _ in range(g.rows)]
    return Table("hotel.MELDESCHEINE", "de", "screaming", [
        c("MS_NR", N, "INTEGER", g.keys(2025_0001), "decoy", "abbrev"),
        c("VORNAME", "first_name", "VARCHAR", [a for a, _ in pairs]),
        c("NACHNAME", "last_name", "VARCHAR", [b for _, b in pairs]),
        c("GEBURTSDATUM", "date_of_birth", "DATE", births),
        c("ANREISE", N, "DATE", arrive, "decoy"),
        c("ABREISE", N, "DATE", [d + timedelta(days=g.rnd.randint(1, 14)) for d in arrive], "decoy"),
        c("STAATSANGEH", N, "VARCHAR", [n for n, _ in nat], "decoy", "abbrev"),
        c("AUSWEIS_NR", "national_id", "VARCHAR", [v.document(g, n if n in v.DOC_PATTERNS else "DE", True)
                                                   for n, _ in nat], MULTI_COUNTRY),
        c("STRASSE", "street_address", "VARCHAR", g.col(lambda: v.street(g, "de"))),
        c("PLZ", "postal_code", "VARCHAR", [v.postal(g, "DE", p[1]) for p in home], "abbrev"),
        c("WOHNORT", "city", "VARCHAR", [p[0] for p in home]),
        c("TELEFON", "phone", "VARCHAR", [g.phone(n, "intl") if g.rnd.random() < 0.7 else None for n, _ in nat]),
        c("MITREISENDE", "person_name", "VARCHAR", g.col(lambda: v.whole(g, "de"), 0.85), "null_heavy"),
        c("ZIMMER", N, "VARCHAR", g.col(g.pick(["Leuchtturm", "Düne", "Seestern", "Kapitänssuite", "Möwennest"])),
          "decoy", SHAPE),
        c("REZEPTION", "person_name", "VARCHAR", g.col(g.pick(reception)), STAFF),
        c("BUCHUNGSREF", N, "VARCHAR", g.col(lambda: v.not_phone(g, "DE", (4, 7), "0")), "decoy", SHAPE),
        c("KURTAXE_EUR", N, "DECIMAL(6,2)", g.floats(3, 60, 2), "decoy"),
        c("ANZ_PERS", N, "INTEGER", g.ints(1, 5), "decoy", "abbrev"),
        c("HUND", N, "VARCHAR", g.yn("J", "N", 0.15), "decoy"),
        c("KANAL", N, "VARCHAR", g.col(g.pick(["Direkt", "Booking.com", "Expedia", "HRS", "Telefon"])), "decoy"),
        c("HASH_SIGNATUR", N, "VARCHAR", g.col(g.sha1), "decoy"),
        c("ERSTELLT_AM", N, "TIMESTAMP", g.moments("2025-04-01", 210), "decoy"),
        c("PREIS_EUR", N, "DECIMAL(8,2)", g.amounts(90, 2_800), "decoy"),
        c("FRUEHSTUECK", N, "BOOLEAN", g.yn(True, False, 0.8), "decoy"),
    ])


# -- a scrap-metal buyer's ID register (Spanish) -----------------------------------------------------------------------


def es_scrap_register(g: Gen) -> Table:
    """A scrap-metal yard's legally required register of sellers: DNI or NIE, a driving licence number (the DNI again
    for Spaniards), date of birth ``dd/mm/yyyy`` beside the purchase date, the van's plate, metals and weights, the
    weigher by given name (few distinct), the seller's company when one sells (business, NULL otherwise)."""
    fem = v.sexes(g, 0.12)
    firsts, lasts = v.people(g, "es", fem)
    births = g.births(1950, 2005)
    places = [v.city(g, "ES") for _ in range(g.rows)]
    weighers = [v.given(g, "es", False) for _ in range(4)]
    foreign = [g.rnd.random() < 0.3 for _ in range(g.rows)]
    return Table("chatarreria.registroVendedores", "es", "camel", [
        c("idCompra", N, "INTEGER", g.keys(40_001), "decoy"),
        c("nombre", "first_name", "VARCHAR", firsts),
        c("apellidos", "last_name", "VARCHAR", [f"{b} {v.person(g, 'es')[1]}" for b in lasts]),
        c("dniNie", "national_id", "VARCHAR", [v.es_nie(g) if f else v.es_dni(g) for f in foreign]),
        c("permisoConducir", "national_id", "VARCHAR", g.col(lambda: v.es_dni(g), 0.6), LICENCE),
        c("fechaNacimiento", "date_of_birth", "VARCHAR", [_dmy(b, "/") for b in births]),
        c("fechaCompra", N, "VARCHAR", [_dmy(d, "/") for d in g.days("2025-01-02", "2025-11-28")], "decoy", SHAPE),
        c("domicilio", "street_address", "VARCHAR", g.col(lambda: v.street(g, "es"))),
        c("codigoPostal", "postal_code", "VARCHAR", [v.postal(g, "ES", p[1]) for p in places]),
        c("localidad", "city", "VARCHAR", [p[0] for p in places]),
        c("telefono", "phone", "VARCHAR", g.phones("ES", {"national": 0.7, "intl": 0.3}, nulls=0.1)),
        c("matricula", N, "VARCHAR", g.col(lambda: f"{g.digits(4, string.digits)} {g.code('AAA')}"), "decoy", VEHICLE),
        c("material", N, "VARCHAR", g.col(g.pick(["cobre", "latón", "aluminio", "hierro", "acero inox", "plomo"])),
          "decoy"),
        c("pesoKg", N, "DECIMAL(8,1)", g.floats(5, 1_800, 1), "decoy"),
        c("importeEur", N, "DECIMAL(10,2)", g.amounts(2, 4_000), "decoy"),
        c("basculista", "first_name", "VARCHAR", g.col(g.pick(weighers)), STAFF),
        c("empresaVendedora", N, "VARCHAR", g.col(g.pick(["Reformas Etxe S.L.", "Instalaciones Bidasoa S.L.",
                                                          "Demoliciones Nervión SA"]), 0.6), "business"),
        c("ibanPago", "iban", "VARCHAR", g.col(lambda: v.iban(g, "ES", True), 0.55)),
        c("ticketBascula", N, "VARCHAR", g.col(lambda: g.code("TB-999999")), "decoy"),
        c("observaciones", "free_text", "VARCHAR", g.sparse(lambda: g.rnd.choice([
            f"viene con su hijo {v.whole(g, 'es', False)}", f"autoriza la venta {v.whole(g, 'es')}",
            "cable pelado, procedencia comprobada"]), 0.75, _words("sin dato"))),
        c("horaPesaje", N, "TIMESTAMP", g.moments("2025-01-02", 330), "decoy"),
        c("lerCodigo", N, "VARCHAR", g.col(g.pick(["17 04 01", "17 04 02", "17 04 05", "16 06 01"])), "decoy"),
        c("pagadoEfectivo", N, "BOOLEAN", g.yn(True, False, 0.4), "decoy"),
    ])


# -- a wedding planner's couples (Italian) -----------------------------------------------------------------------------


def it_wedding_planner(g: Gen) -> Table:
    """A wedding planner's couples: both spouses' names and codici fiscali, the bride's birth as an integer
    ``yyyymmdd`` beside the wedding date as an integer, the venue and caterer (businesses with phones), the planner by
    given name (few distinct), the officiant, witnesses in free text, a deposit IBAN, cake and flower models."""
    fb = [True] * g.rows
    bride = [v.person(g, "it", True) for _ in range(g.rows)]
    groom = [v.person(g, "it", False) for _ in range(g.rows)]
    births = g.births(1975, 2001)
    places = [v.city(g, "IT") for _ in range(g.rows)]
    planners = [v.given(g, "it", True) for _ in range(3)]
    officiants = ["Don " + v.whole(g, "it", False) for _ in range(3)] + ["Sindaco " + v.whole(g, "it")]
    wedding = g.days("2025-05-01", "2026-10-01")
    return Table("matrimoni.Pianificazione", "it", "pascal", [
        c("IdEvento", N, "INTEGER", g.keys(901), "decoy"),
        c("NomeSposa", "first_name", "VARCHAR", [a for a, _ in bride]),
        c("CognomeSposa", "last_name", "VARCHAR", [b for _, b in bride]),
        c("CodFiscSposa", "national_id", "VARCHAR", [v.it_cf(g, a, b, d, f) for (a, b), d, f in zip(bride, births, fb)],
          "abbrev"),
        c("DataNascitaSposa", "date_of_birth", "INTEGER", [int(f"{d:%Y%m%d}") for d in births]),
        c("DataMatrimonio", N, "INTEGER", [int(f"{d:%Y%m%d}") for d in wedding], "decoy", SHAPE),
        c("Sposo", "person_name", "VARCHAR", [f"{a} {b}" for a, b in groom]),
        c("Indirizzo", "street_address", "VARCHAR", g.col(lambda: v.street(g, "it"))),
        c("Cap", "postal_code", "VARCHAR", [v.postal(g, "IT", p[1]) for p in places]),
        c("Citta", "city", "VARCHAR", [p[0] for p in places]),
        c("Cellulare", "phone", "VARCHAR", g.phones("IT", {"national": 0.6, "intl": 0.4})),
        c("Email", "email", "VARCHAR", v.emails(g, [a for a, _ in bride], [b for _, b in bride],
                                                ["libero.it", "gmail.com", "virgilio.it"])),
        c("Location", N, "VARCHAR", g.col(g.pick(["Villa Valmarana", "Castello di Thiene", "Tenuta San Leonardo",
                                                  "Corte Paradiso"])), "business"),
        c("TelLocation", N, "VARCHAR", g.col(g.pick([g.phone("IT", "national", True) for _ in range(4)])), "business"),
        c("Wedding_Planner", "first_name", "VARCHAR", g.col(g.pick(planners)), STAFF),
        c("Officiante", "person_name", "VARCHAR", g.col(g.pick(officiants)), STAFF),
        c("Testimoni", "free_text", "VARCHAR", g.col(lambda: f"{v.whole(g, 'it')}, {v.whole(g, 'it')}", 0.2)),
        c("Invitati", N, "INTEGER", g.ints(40, 260), "decoy"),
        c("Torta", N, "VARCHAR", g.col(g.pick(["Millefoglie Chantilly", "Naked Cake Frutti Rossi", "Sacher Reale"])),
          "decoy"),
        c("Fiori", N, "VARCHAR", g.col(g.pick(["Peonia Coral Charm", "Rosa David Austin", "Gypsophila"])), "decoy"),
        c("IbanCaparra", "iban", "VARCHAR", g.col(lambda: v.iban(g, "IT"), 0.3)),
        c("Budget", N, "DECIMAL(10,2)", g.amounts(12_000, 90_000), "decoy"),
        c("Rito", N, "VARCHAR", g.col(g.pick(["civile", "religioso", "simbolico"])), "decoy"),
        c("Stato", N, "VARCHAR", g.col(g.pick(["confermato", "preventivo", "annullato"])), "decoy"),
        c("Creato", N, "TIMESTAMP", g.moments("2024-06-01", 500), "decoy"),
        c("Tema", N, "VARCHAR", g.col(g.pick(["Boho Chic", "Provenzale", "Vintage Anni 20", "Mare"])), "decoy"),
    ])


# -- a karate dojo's member register (romanized Japanese) --------------------------------------------------------------


def ja_karate_dojo(g: Gen) -> Table:
    """A karate dojo's member register in Fukuoka, kept in romaji with a few native-script columns: names in romaji
    and kanji, date of birth ``yyyy/mm/dd`` beside the grading date in the same form, the birth date again in the era
    calendar (``S59.03.12``), senseis by family name with ``-sensei`` (few distinct), belts, a parent for children,
    a My Number-free member code, the dojo's LINE handle of the member."""
    fem = v.sexes(g, 0.35)
    names = [v.ja_person(g, f) for f in fem]
    births = g.births(1950, 2019)
    places = [v.city(g, "JP") for _ in range(g.rows)]
    senseis = [f"{g.rnd.choice(v.JA_LAST)[1]}-sensei" for _ in range(4)]
    return Table("KARATE_DOJO.MONJIN_DAICHO", "ja-Latn", "screaming", [
        c("KAIIN_NO", N, "INTEGER", g.keys(1_001), "decoy"),
        c("SEI", "last_name", "VARCHAR", [n[0][1] for n in names]),
        c("MEI", "first_name", "VARCHAR", [n[1][1] for n in names]),
        c("氏名", "person_name", "VARCHAR", [f"{n[0][0]} {n[1][0]}" for n in names], "lang:ja"),
        c("SEINENGAPPI", "date_of_birth", "VARCHAR", [_ymd(b, "/") for b in births]),
        c("生年月日_和暦", "date_of_birth", "VARCHAR", [v.wareki(b, True) for b in births], "lang:ja"),
        c("SHINSA_BI", N, "VARCHAR", [_ymd(d, "/") for d in g.days("2023-04-01", "2025-11-23")], "decoy", SHAPE),
        c("JUSHO", "street_address", "VARCHAR", g.col(lambda: f"{g.rnd.choice(['Tenjin', 'Hakata-eki-mae', 'Ohori', 'Momochi'])} "
                                                       f"{g.rnd.randint(1, 5)}-{g.rnd.randint(1, 30)}-{g.rnd.randint(1, 20)}")),
        c("YUBIN_BANGO", "postal_code", "VARCHAR", [v.postal(g, "JP", p[1]) for p in places]),
        c("SHIKUCHOSON", "city", "VARCHAR", [p[0] for p in places]),
        c("DENWA", "phone", "VARCHAR", g.phones("JP", {"national": 0.8, "intl": 0.2})),
        c("HOGOSHA", "person_name", "VARCHAR", [f"{n[0][1]} {v.ja_person(g, True)[1][1]}" if b.year >= 2008 else None
                                                for n, b in zip(names, births)], "null_heavy", "qualified"),
        c("SENSEI", "person_name", "VARCHAR", g.col(g.pick(senseis)), STAFF),
        c("OBI", N, "VARCHAR", g.col(g.pick(["shiro", "ki", "midori", "ao", "cha", "kuro 1-dan", "kuro 2-dan"])),
          "decoy"),
        c("RYUHA", N, "VARCHAR", g.col(g.pick(["Goju-ryu", "Shito-ryu", "Shotokan", "Wado-ryu"])), "decoy"),
        c("LINE_ID", USERNAME, "VARCHAR", g.col(lambda: f"{g.rnd.choice(v.JA_LAST)[1].lower()}_{g.digits(3, string.digits)}",
                                                 0.3), "username"),
        c("GEPPU_EN", N, "INTEGER", g.col(g.pick([5_000, 6_500, 8_000])), "decoy"),
        c("SHIAI_SANKA", N, "VARCHAR", g.yn("Y", "N", 0.3), "decoy"),
        c("KOZA", "iban", "VARCHAR", g.col(lambda: v.iban(g, "GB"), 0.9), "null_heavy"),
        c("BIKO", "free_text", "VARCHAR", g.sparse(lambda: g.rnd.choice([
            f"kyodai: {v.ja_person(g, False)[1][1]} mo zaiseki", f"okurimukae wa {v.ja_person(g, True)[0][1]}-san",
            "hiza no kega ari"]), 0.8, _words("nashi", "NASHI")), NULLWORD),
        c("NYUKAI_BI", N, "DATE", g.days("2000-04-01", "2025-10-01"), "decoy"),
        c("KOSHIN_NICHIJI", N, "TIMESTAMP", g.moments("2025-01-01", 320), "decoy"),
        c("KYU_DAN", N, "VARCHAR", g.col(g.pick(["10-kyu", "8-kyu", "5-kyu", "1-kyu", "shodan", "nidan"])), "decoy"),
    ])


# -- a tutoring agency's tutors, merged from its country sites ---------------------------------------------------------

_TUTOR_ORIGIN = [("PT", "pt"), ("NL", "nl"), ("PL", "pl"), ("SE", "sv"), ("DK", "da"), ("CZ", "cs"), ("TR", "tr"),
                 ("GR", "el"), ("RU", "ru"), ("FR", "fr")]


def tutoring_merged(g: Gen) -> Table:
    """An online tutoring agency's tutor register merged from its country sites: every column kept the header of the
    site it first came from (Portuguese, Dutch, Polish, Swedish, Danish, Czech, Turkish, Greek, Russian, French), its
    rows hold tutors of every country; national numbers of the tutor's own country in one column (several countries),
    the coordinator by ``FAMILY, Given`` (few distinct), subjects and levels."""
    origin = [g.rnd.choice(_TUTOR_ORIGIN) for _ in range(g.rows)]
    fem = v.sexes(g, 0.6)
    names = [v.person(g, o[1], f) for o, f in zip(origin, fem)]
    births = g.births(1955, 2004)

    def lang(code: str) -> str:
        return f"lang:{code}"

    def nid(country: str, born: date, female: bool) -> str:
        if country == "PL":
            return v.pl_pesel(g, born, female)
        if country == "SE":
            return v.se_pnr(g, born)
        if country == "DK":
            return v.dk_cpr(g, born)
        if country == "CZ":
            return v.cz_rc(g, born, female)
        if country == "TR":
            return v.tr_tc(g)
        if country == "NL":
            return v.nl_bsn(g)
        if country == "GR":
            return v.gr_amka(g, born)
        return v.document(g, "FR", True)

    coordinators = [v.family_given(g, "en") for _ in range(3)]
    return Table("tutoring.tutores_merged", "pt", "snake", [
        c("id_tutor", N, "INTEGER", g.keys(70_001), "decoy", lang("pt")),
        c("primeiro_nome", "first_name", "VARCHAR", [a for a, _ in names], lang("pt")),
        c("achternaam", "last_name", "VARCHAR", [b for _, b in names], lang("nl")),
        c("data_urodzenia", "date_of_birth", "DATE", births, lang("pl")),
        c("anstalld_fran", N, "DATE", g.days("2019-01-01", "2025-10-01"), "decoy", lang("sv")),
        c("personnummer_el_lign", "national_id", "VARCHAR",
          [nid(o[0], b, f) if o[0] not in {"PT", "RU"} else None for o, b, f in zip(origin, births, fem)],
          MULTI_COUNTRY, lang("sv")),
        c("telefonnummer", "phone", "VARCHAR", [g.phone(o[0], "e164") for o in origin], lang("da")),
        c("e_mail_adresa", "email", "VARCHAR", v.emails(g, [a for a, _ in names], [b for _, b in names],
                                                        ["gmail.com", "seznam.cz", "wp.pl", "yandex.ru"]), lang("cs")),
        c("kullanici_adi", USERNAME, "VARCHAR", [v.handle(g, a, b) for a, b in names], "username", lang("tr")),
        c("μάθημα", N, "VARCHAR", g.col(g.pick(["Mathematics", "Physics", "English", "Chemistry", "Piano"])), "decoy",
          lang("el")),
        c("уровень", N, "VARCHAR", g.col(g.pick(["A1", "A2", "B1", "B2", "C1", "GCSE", "IB"])), "decoy", lang("ru")),
        c("tarif_horaire", N, "DECIMAL(6,2)", g.floats(12, 70, 2), "decoy", lang("fr")),
        c("coordinateur", "person_name", "VARCHAR", g.col(g.pick(coordinators)), STAFF, lang("fr")),
        c("担当エリア", N, "VARCHAR", g.col(g.pick(["EU-West", "EU-North", "EU-East", "TR", "Online"])), "decoy",
          lang("ja")),
        c("avaliacao", N, "DECIMAL(3,1)", g.floats(2.5, 5, 1), "decoy", lang("pt")),
        c("uuid_perfil", N, "VARCHAR", g.col(g.uuid), "decoy", lang("pt")),
        c("opmerking", "free_text", "VARCHAR", g.sparse(lambda: g.rnd.choice([
            f"overgenomen van {v.whole(g, 'nl')}", f"referentie door {v.whole(g, 'pl')}", "alleen online lessen"]),
            0.75, _words("geen")), lang("nl")),
        c("postnummer", "postal_code", "VARCHAR", g.col(lambda: f"{g.digits(3, string.digits)} {g.digits(2, string.digits)}",
                                                        0.4), lang("sv")),
        c("adres", "street_address", "VARCHAR", g.col(lambda: f"ul. {g.rnd.choice(['Długa', 'Polna', 'Lipowa'])} "
                                                       f"{g.rnd.randint(1, 99)}", 0.5), lang("pl")),
        c("aktivní", N, "BOOLEAN", g.yn(True, False, 0.8), "decoy", lang("cs")),
        c("lessen_totaal", N, "INTEGER", g.ints(0, 900), "decoy", lang("nl")),
        c("data_rejestracji", N, "TIMESTAMP", g.moments("2019-01-01", 2_450), "decoy", lang("pl")),
        c("ders_dili", N, "VARCHAR", g.col(g.pick(["tr", "en", "de", "fr"])), "decoy", lang("tr")),
    ])


# -- a model-railway club's rolling stock (Danish, decoys only) --------------------------------------------------------


def dk_model_railway(g: Gen) -> Table:
    """A model-railway club's rolling-stock inventory: locomotive names that look like people's names ("Frederik",
    "Karen Blixen"), manufacturers and models, article numbers, scale, decoder addresses, owner member numbers; no
    personal data (every column ``none``)."""
    return Table("modeltog.rullende_materiel", "da", "snake", [
        c("materiel_id", N, "INTEGER", g.keys(1), "decoy"),
        c("navn", N, "VARCHAR", g.col(g.pick(["Karen Blixen", "Frederik", "Holger Danske", "Dronning Ingrid",
                                              "Søren Kierkegaard", "H.C. Andersen", None])), "decoy", SHAPE),
        c("fabrikant", N, "VARCHAR", g.col(g.pick(["Märklin", "Roco", "Heljan", "Fleischmann", "Piko"])), "decoy"),
        c("model", N, "VARCHAR", g.col(g.pick(["MY 1100", "ME 1500", "IC3 MF", "MZ IV", "EA 3000"])), "decoy"),
        c("varenr", N, "VARCHAR", g.col(lambda: g.code("99999")), "decoy"),
        c("skala", N, "VARCHAR", g.col(g.pick(["H0", "N", "TT", "1"])), "decoy"),
        c("dekoder_adresse", N, "INTEGER", g.ints(1, 9999), "decoy", MISLEADING),
        c("ejer_medlemsnr", N, "INTEGER", g.ints(1, 180), "decoy"),
        c("indkobt", N, "DATE", g.days("1985-01-01", "2025-10-01"), "decoy"),
        c("pris_dkk", N, "DECIMAL(8,2)", g.amounts(150, 6_000), "decoy"),
        c("epoke", N, "VARCHAR", g.col(g.pick(["III", "IV", "V", "VI"])), "decoy"),
        c("stand", N, "VARCHAR", g.col(g.pick(["ny", "god", "slidt", "defekt"])), "decoy"),
        c("serienr", N, "VARCHAR", g.col(lambda: v.not_luhn_plain(g, "4", 16)), "decoy", SHAPE),
        c("firma_tlf", N, "VARCHAR", g.col(g.pick([g.phone("DK", "national", True) for _ in range(3)])), "business"),
        c("checksum", N, "VARCHAR", g.col(g.md5), "decoy"),
    ])


BUILDERS: list[tuple[Callable[[Gen], Table], int]] = [
    (no_driving_school, 320), (fi_library, 360), (hu_funeral_home, 240), (hr_marina, 260), (bg_blood_drive, 340),
    (ua_pharmacy, 380), (gb_bikeshare, 400), (de_hotel_cards, 300), (es_scrap_register, 280),
    (it_wedding_planner, 220), (ja_karate_dojo, 250), (tutoring_merged, 300), (dk_model_railway, 200),
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
