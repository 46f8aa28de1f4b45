"""Held-out set v39 for the column classifier: 14 tables of *small local businesses, clubs and offices across Europe,
Turkey, Greece and Ukraine*, one system and one language per table, with column names written the way the local
developer of a small shop writes them (abbreviated, mixed case, sometimes transliterated): a German driving school's
pupils (Fahrschüler), an Austrian veterinary practice's pet owners, a Swiss car rental's drivers, a French private
landlord's tenants (locataires), a Belgian football club's members (Dutch with French columns), a Dutch dental
practice's patients (tandarts), a Polish funeral home's orders, a Czech town library's readers, a Swedish
municipality's resident parking permits, a Danish childminding scheme's children and parents (dagpleje), a Turkish
wedding venue's bookings, a Greek tax advisor's clients (Greek-script column names and values), a Ukrainian photo
studio's orders (Cyrillic column names and values) and a Spanish tutoring academy's pupils.

Written **blind**, like v2 to v37: by someone who has read neither the classifier (``governance_dagster/detect/``) nor
its rules, documentation, tests, changelog or notes, only the list of kind names (``governance_dagster/kinds.py``), how
the scorer registers a set (``heldout_v2_accuracy.py``, read, never run), the *structure* and labeling conventions of
v27 (``heldout_v27.py``, ``heldout_v27_values.py``, its test, ``tests/heldout_support.py``), the module docstrings of
v24 to v37 (to avoid their domains) and the ``Column``/``Table`` classes and writer they build on. The classifier was
not run on this set while it was written, no scorer was run on it, and no score of any set was looked at: nothing here
was adjusted to what the classifier does. It was written under a short deadline (40 minutes, the tests and lint
included), so some labels below are quick decisions rather than settled conventions. It imports no earlier set's value
module: its random source, name lists, streets, cities, postal codes and identifier builders are its own
(:mod:`benchmarks.classification.heldout_v39_values`; the generic ``Gen`` helpers were copied from v27's).

What is new against v2 to v37:

* one small business per country with the column names of a one-developer system: ``GebDat``, ``FzKennz``,
  ``ReNr``, ``Halter_Zuname``, ``behandelnder_TA``, ``fzKennzeichen``, ``natel``, ``kkLast4``, ``dt_naiss``,
  ``num_secu``, ``iban_prelev``, ``rijksregisternr``, ``gsm``, ``patnr``, ``geb_datum``, ``pesel_zm``,
  ``tel_zlec``, ``psc``, ``dat_nar``, ``personnr``, ``barn_cpr``, ``foraelder1_tlf``, ``cep_tel``, ``αμκα``,
  ``ημ_γέννησης``, ``τκ``, ``ПІБ``, ``рнокпп``, ``tlf_tutor``; Greek and Ukrainian values in their own scripts;
* fourteen identifiers with check digits built with python-stdnum and encoding the row's birth date where the number
  does: the German Steuer-ID, the Austrian Versicherungsnummer, the Swiss AHV number, the French NIR (sex, year and
  month), the Belgian national number (birth date, sex), the Dutch BSN, PESEL, the Czech rodné číslo (women's month +
  50; nine digits before 1954), the Swedish personnummer, the Danish CPR, the Turkish TC kimlik, the Greek AMKA, the
  Ukrainian РНОКПП (days since 1899-12-31) and the Spanish DNI; fourteen countries' phones (phonenumbers) in
  national, digits-only, international, ``00`` and E.164 forms; Austrian, French, Polish, Turkish and Greek IBANs;
  each country's postal-code format beside a town;
* dates of birth as DATE, ``dd.mm.yyyy``, ``dd/mm/yyyy`` and ``yyyy-mm-dd`` text and ``yyyymmdd`` integers;
* decoys (tag ``decoy``; ``value_shape`` when shaped like an identifier or personal value): invoice, contract,
  booking, order, permit and policy numbers, the rental fleet's and the driving school's plates (tag ``fleet``), pet
  microchip numbers, a library barcode, hashes, app versions, coordinates of a parking zone and of the academy,
  amounts in EUR, CHF, PLN, CZK, SEK, DKK, TRY and UAH, dates of death, lease and event dates, enum statuses;
* misleading names (``feld_3`` a parent's name, ``divers`` a second phone, ``code`` a parent's GSM, ``pole_x`` a
  PESEL) and opaque ones (``col17`` e-mail, ``f_08`` phones, ``col_17`` birth dates as text).

Labeling choices a reader may question:

* a pet's name (``Tiername``) is ``none`` (tag ``pet_name``): it names an animal, not a person; the microchip number
  is ``none`` too (it identifies the animal; its owner is found only through a registry);
* a resident's car registration number in the parking register (``regnr``) is ``none`` (tags ``decoy``,
  ``vehicle``): no kind fits a plate, though it leads to its keeper through a register; the rental fleet's and the
  driving school's own plates are ``none`` with more reason (tag ``fleet``);
* a deceased person's names, PESEL and birth date are labeled like a living person's (``first_name``, ``last_name``,
  ``national_id``, ``date_of_birth``); the date of death is ``none``;
* the Greek ``πατρώνυμο`` (father's given name) is ``first_name``; a Belgian ``naam`` beside ``voornaam`` is the
  family name (``last_name``); Spanish ``apellidos`` holding both family names is ``last_name``; the Ukrainian
  ``ПІБ`` (family name, given name) is ``person_name``; a bride's and a groom's full names are ``person_name``;
* the pick-up field of the daycare (``maa_hentes_af``: a relative's name and phone in one cell) and notes naming
  people are ``free_text``; the daycare's allergy field (a few words) is ``none``;
* the Greek tax office (``δου``), the Dutch health insurer, the Belgian mutualité, a cemetery, a lab and a hall are
  ``none`` (``business`` or ``decoy``); the car-rental station's address and the club's address are ``none`` (tag
  ``business``); staff (instructors, vets, trainers, dentists, hygienists, masters of ceremonies, librarians,
  officers, childminders, organisers, accountants, photographers, tutors) are ``person_name`` (tag ``staff``);
* a card's last four digits (``kkLast4``) are ``none`` (tag ``partial``); password hashes are ``none`` (tag
  ``credential``); logins, the library's catalogue login and an Instagram handle are ``unclassified`` (tag
  ``username``), as in v27;
* a Turkish web form's IP address is ``ip_address``; coordinates are ``none``.

``null_heavy`` means 50-90% NULL. Every value is generated here from :data:`SEED` (one ``random.Random`` per table,
named after its builder) with python-stdnum for check digits, phonenumbers for phone validity and formats, and the
lists of :mod:`benchmarks.classification.heldout_v39_values`, written for v39 (no Faker, no list of real people).
Build: ``python -m benchmarks.classification.heldout_v39 [PATH]`` (default ``/tmp/heldout_v39.duckdb``). Score:
``python -m benchmarks.classification.heldout_v2_accuracy --set v39``.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

from benchmarks.classification import heldout_v4
from benchmarks.classification import heldout_v39_values as v
from benchmarks.classification.heldout_v2 import Column, Table
from benchmarks.classification.heldout_v39_values import NULLISH, SEED, USERNAME, Gen, N, c

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

DEFAULT_PATH = Path("/tmp/heldout_v39.duckdb")

HEAVY = "null_heavy"  # 50-90% NULL
SHAPE = "value_shape"
MISLEADING = "misleading"
OPAQUE = "opaque"
STAFF = "staff"
ROLE = "role_word"
ABBREV = "abbrev"
USER = "username"
KEY = "join_key"
PARTIAL = "partial"
CREDENTIAL = "credential"
PET = "pet_name"  # a pet's name: none (not a person)
FLEET = "fleet"  # a licence plate or chip of the business's own car or a client's animal: none
VEHICLE = "vehicle"  # a resident's licence plate: none (no kind fits; see the module docstring)
TRANSLIT = "transliterated"  # a column name transliterated from another script


@dataclass
class P:
    """One person of a table: given and family name, sex, birth date."""

    first: str
    last: str
    female: bool
    born: date

    @property
    def full(self) -> str:
        return f"{self.first} {self.last}"


def _people(g: Gen, lang: str, lo: int, hi: int) -> list[P]:
    out = []
    for _ in range(g.rows):
        female = g.rnd.random() < 0.5
        a, b = v.person(g, lang, female)
        out.append(P(a, b, female, g.birth(lo, hi)))
    return out


def _staff(g: Gen, n: int, make: Callable[[], str]) -> list[str]:
    out: set[str] = set()
    while len(out) < n:
        out.add(make())
    return sorted(out)


def _null(g: Gen, values: list, share: float) -> list:
    return [None if g.rnd.random() < share else x for x in values]


def _places(g: Gen, lang: str) -> list[tuple[str, str]]:
    return [v.place(g, lang) for _ in range(g.rows)]


def _dmy(d: date, sep: str = ".") -> str:
    return d.strftime(f"%d{sep}%m{sep}%Y")


# -- Germany, Austria, Switzerland -------------------------------------------------------------------------------------


def de_fahrschule(g: Gen) -> Table:
    """A German driving school's pupils (Fahrschüler), mixed-case abbreviated names: pupil number, names, birth date
    and birthplace, address, mobile phone, e-mail, the Steuer-ID (asked only for a few pupils paid through an
    education voucher: mostly NULL), the licence class, the instructor (few), the plate of the school car (``none``),
    exam date, invoice number and amount, ``feld_3`` holding a parent's name for pupils under 18 (``person_name``,
    misleading), a remark naming people."""
    ppl = _people(g, "de", 1978, 2009)
    places = _places(g, "de")
    teachers = _staff(g, 5, lambda: v.whole(g, "de"))
    cars = [f"{g.rnd.choice(['LG', 'BA', 'GI', 'PB'])}-FS {g.rnd.randint(10, 999)}" for _ in range(6)]

    def parent(p: P) -> str | None:
        return f"{v.given(g, 'de')} {p.last}" if p.born.year >= 2007 or g.rnd.random() < 0.35 else None

    def remark() -> str:
        return g.rnd.choice([f"Mutter {v.given(g, 'de')} holt ab, Tel. {g.phone('DE', 'national')}",
                             "Nachtfahrt noch offen", f"Schwester von {v.whole(g, 'de')}", "Brille beim Fahren!",
                             f"zahlt Oma {v.whole(g, 'de')}"])

    return Table("fahrschule.Fahrschueler", "de", "mixed", [
        c("FS_Nr", N, "INTEGER", g.keys(24_001), "decoy", KEY, ABBREV),
        c("Vorname", "first_name", "VARCHAR", [p.first for p in ppl]),
        c("Nachname", "last_name", "VARCHAR", [p.last for p in ppl]),
        c("GebDat", "date_of_birth", "DATE", [p.born for p in ppl], ABBREV),
        c("GebOrt", "city", "VARCHAR", _null(g, [g.rnd.choice(v.CITIES["de"])[0] for _ in ppl], 0.2), ABBREV),
        c("Strasse", "street_address", "VARCHAR", g.col(lambda: v.street(g, "de"))),
        c("PLZ", "postal_code", "VARCHAR", [x[1] for x in places], ABBREV),
        c("Ort", "city", "VARCHAR", [x[0] for x in places]),
        c("TelMobil", "phone", "VARCHAR", g.phones("DE", {"national": 0.5, "e164": 0.2, "digits": 0.3}, 0.9, 0.05)),
        c("eMail", "email", "VARCHAR", _null(g, [v.email_of(g, p.first, p.last, v.DOMAINS["de"]) for p in ppl], 0.1)),
        c("SteuerID", "national_id", "VARCHAR", g.col(lambda: v.de_idnr(g), 0.8), HEAVY),
        c("Klasse", N, "VARCHAR", g.col(g.pick(["B", "B", "B197", "BE", "A2", "AM", "A1"])), "decoy"),
        c("Fahrlehrer", "person_name", "VARCHAR", g.col(g.pick(teachers)), STAFF),
        c("FzKennz", N, "VARCHAR", g.col(g.pick(cars)), "decoy", SHAPE, FLEET),
        c("PruefTermin", N, "DATE", g.days("2025-09-01", "2026-04-30", 0.3), "decoy"),
        c("ReNr", N, "VARCHAR", g.col(lambda: g.code("RE-2025-99999")), "decoy", SHAPE, ABBREV),
        c("Betrag_EUR", N, "DECIMAL(8,2)", g.amounts(380, 3_900), "decoy"),
        c("Sehtest", N, "BOOLEAN", g.yn(True, False, 0.9), "decoy"),
        c("feld_3", "person_name", "VARCHAR", [parent(p) for p in ppl], MISLEADING, ROLE, HEAVY),
        c("Bemerkung", "free_text", "VARCHAR", g.col(remark, 0.55), HEAVY),
    ])


def at_tierarzt(g: Gen) -> Table:
    """An Austrian veterinary practice's pet owners (Tierhalter): patient id, the pet's name (``none``, tag
    ``pet_name``), species and microchip number (``none``), the owner's names, address, phone, e-mail, birth date as
    ``dd.mm.yyyy`` text, the Sozialversicherungsnummer (rarely asked: mostly NULL), the vet (few), the IBAN for direct
    debit (mostly NULL), the last vaccination, the invoice amount, ``divers`` (a second, mobile number of the owner:
    ``phone``, misleading) and the lab the samples go to (a business)."""
    ppl = _people(g, "at", 1940, 2005)
    places = _places(g, "at")
    vets = _staff(g, 4, lambda: "Dr. " + v.whole(g, "at"))
    pets = ["Lumpi", "Mizzi", "Bello", "Struppi", "Felix", "Nala", "Rocky", "Luna", "Schnurrli", "Balu", "Kasimir",
            "Flocke", "Sissi"]
    return Table("tierarztpraxis.tierhalter", "de", "mixed", [
        c("Pat_ID", N, "INTEGER", g.keys(5_301), "decoy", KEY),
        c("Tiername", N, "VARCHAR", g.col(g.pick(pets)), PET),
        c("Tierart", N, "VARCHAR", g.col(g.pick(["Hund", "Katze", "Katze", "Kaninchen", "Meerschweinchen", "Pferd"])),
          "decoy"),
        c("ChipNr", N, "VARCHAR", g.col(lambda: v.microchip(g, "040"), 0.25), "decoy", SHAPE, FLEET),
        c("Halter_Vorname", "first_name", "VARCHAR", [p.first for p in ppl]),
        c("Halter_Zuname", "last_name", "VARCHAR", [p.last for p in ppl]),
        c("Anschrift", "street_address", "VARCHAR", g.col(lambda: v.street(g, "at"))),
        c("PLZ", "postal_code", "VARCHAR", [x[1] for x in places], ABBREV),
        c("Ort", "city", "VARCHAR", [x[0] for x in places]),
        c("Tel", "phone", "VARCHAR", g.phones("AT", {"national": 0.6, "00": 0.2, "intl": 0.2}, 0.6), ABBREV),
        c("Email", "email", "VARCHAR", _null(g, [v.email_of(g, p.first, p.last, v.DOMAINS["at"]) for p in ppl], 0.3)),
        c("GebDatum", "date_of_birth", "VARCHAR", [_dmy(p.born) if g.rnd.random() < 0.6 else None for p in ppl]),
        c("SVNr", "national_id", "VARCHAR", [v.at_vnr(g, p.born) if g.rnd.random() < 0.3 else None for p in ppl],
          HEAVY, ABBREV),
        c("behandelnder_TA", "person_name", "VARCHAR", g.col(g.pick(vets)), STAFF, ABBREV),
        c("IBAN", "iban", "VARCHAR", g.col(lambda: v.iban(g, "AT", g.rnd.random() < 0.5), 0.7), HEAVY),
        c("letzte_Impfung", N, "DATE", g.days("2023-01-01", "2025-12-15", 0.2), "decoy"),
        c("Rg_Betrag", N, "DECIMAL(8,2)", g.amounts(25, 940), "decoy"),
        c("divers", "phone", "VARCHAR", g.phones("AT", {"national": 0.7, "digits": 0.3}, 1.0, 0.45), MISLEADING),
        c("Labor", N, "VARCHAR", g.col(g.pick(["VetLab Steyr GmbH", "Labor Dr. Aigner OG", "Tierlabor Wels KG"])),
          "business"),
    ])


def ch_autovermietung(g: Gen) -> Table:
    """A Swiss car rental's drivers (camelCase, German with a French station): contract number, the rented car's
    plate and model (the fleet's: ``none``), the driver's names, birth date as ``yyyy-mm-dd`` text, AHV number (asked
    for long-term rentals: mostly NULL), address, postcode, town, mobile (Natel), e-mail, the card's last four digits
    (``none``, partial), the pick-up station's address (``business``), times, mileage, deposit, who entered it
    (logins: ``unclassified``)."""
    ppl = _people(g, "ch", 1950, 2005)
    places = _places(g, "ch")
    plates = [f"{g.rnd.choice(['ZH', 'BE', 'AG', 'GR', 'FR'])} {g.rnd.randint(10_000, 999_999)}" for _ in range(40)]
    logins = _staff(g, 5, lambda: v.login(*v.person(g, "ch"), g.rnd.randint(0, 4)))
    stations = [("Rue de Morat 14", "1700 Fribourg"), ("Zürcherstrasse 220", "8406 Winterthur"),
                ("Bahnhofplatz 3", "3600 Thun")]
    station = [g.rnd.randrange(3) for _ in range(g.rows)]
    starts = g.moments("2025-05-01", "2025-12-20")
    return Table("autovermietung.Fahrer", "de", "camel", [
        c("mietvertragNr", N, "VARCHAR", g.col(lambda: g.code("MV-25-999999")), "decoy", SHAPE),
        c("fzKennzeichen", N, "VARCHAR", g.col(g.pick(plates)), "decoy", SHAPE, FLEET),
        c("fzModell", N, "VARCHAR", g.col(g.pick(["Skoda Octavia Combi", "VW T6 Kombi", "Toyota Yaris Hybrid",
                                                  "Tesla Model 3", "Fiat Ducato"])), "decoy"),
        c("fahrerVorname", "first_name", "VARCHAR", [p.first for p in ppl]),
        c("fahrerName", "last_name", "VARCHAR", [p.last for p in ppl]),
        c("gebDatum", "date_of_birth", "VARCHAR", [p.born.isoformat() for p in ppl], ABBREV),
        c("ahvNr", "national_id", "VARCHAR", g.col(lambda: v.ch_ahv(g), 0.65), HEAVY),
        c("strasse", "street_address", "VARCHAR", g.col(lambda: v.street(g, "ch"))),
        c("plz", "postal_code", "VARCHAR", [x[1] for x in places], ABBREV),
        c("ort", "city", "VARCHAR", [x[0] for x in places]),
        c("natel", "phone", "VARCHAR", g.phones("CH", {"national": 0.5, "intl": 0.3, "e164": 0.2}, 1.0)),
        c("email", "email", "VARCHAR", [v.email_of(g, p.first, p.last, v.DOMAINS["ch"]) for p in ppl]),
        c("kkLast4", N, "VARCHAR", g.col(lambda: g.digits(4)), PARTIAL, ABBREV),
        c("abholStation", N, "VARCHAR", [f"{stations[i][0]}, {stations[i][1]}" for i in station], "business"),
        c("abholZeit", N, "TIMESTAMP", starts, "decoy"),
        c("rueckgabeZeit", N, "TIMESTAMP", [s + timedelta(hours=g.rnd.randint(5, 400)) for s in starts], "decoy"),
        c("kmStand", N, "INTEGER", g.ints(1_200, 148_000), "decoy"),
        c("kautionChf", N, "DECIMAL(8,2)", g.col(g.pick([500.0, 1000.0, 1500.0])), "decoy"),
        c("erfasstVon", USERNAME, "VARCHAR", g.col(g.pick(logins)), USER),
    ])


# -- France, Belgium, the Netherlands ----------------------------------------------------------------------------------


def fr_locataires(g: Gen) -> Table:
    """A French private landlord's tenants (locataires), abbreviated snake case: tenant id, title, names, birth date as
    ``dd/mm/yyyy`` text, birthplace, NIR (for the housing benefit file: often NULL), the rented flat (the tenant's
    home), postcode and town, mobile, e-mail, the IBAN of the rent direct debit, the guarantor's name (``garant``),
    rent, lease date, lot reference, ``col17`` (the guarantor's e-mail: opaque) and observations naming people."""
    ppl = _people(g, "fr", 1950, 2004)
    places = _places(g, "fr")

    def obs() -> str:
        return g.rnd.choice(["Retard de loyer en mars", f"Colocation avec {v.whole(g, 'fr')}",
                             f"Appeler sa mère {v.given(g, 'fr')} au {g.phone('FR', 'national')}",
                             "Préavis reçu", "Chaudière changée 2024"])

    return Table("gestion_locative.locataires", "fr", "snake", [
        c("id_loc", N, "INTEGER", g.keys(101), "decoy", KEY, ABBREV),
        c("civ", N, "VARCHAR", ["Mme" if p.female else "M." for p in ppl], "decoy", ABBREV),
        c("nom", "last_name", "VARCHAR", [p.last.upper() for p in ppl]),
        c("prenom", "first_name", "VARCHAR", [p.first for p in ppl]),
        c("dt_naiss", "date_of_birth", "VARCHAR", [_dmy(p.born, "/") for p in ppl], ABBREV),
        c("lieu_naiss", "city", "VARCHAR", _null(g, [g.rnd.choice(v.CITIES["fr"])[0] for _ in ppl], 0.25), ABBREV),
        c("num_secu", "national_id", "VARCHAR", [v.fr_nir(g, p.born, p.female) if g.rnd.random() < 0.45 else None
                                                 for p in ppl], HEAVY, ABBREV),
        c("adr_logement", "street_address", "VARCHAR", g.col(lambda: v.street(g, "fr"))),
        c("cp", "postal_code", "VARCHAR", [x[1] for x in places], ABBREV),
        c("ville", "city", "VARCHAR", [x[0] for x in places]),
        c("tel_port", "phone", "VARCHAR", g.phones("FR", {"national": 0.7, "intl": 0.15, "digits": 0.15}, 1.0, 0.05)),
        c("mail", "email", "VARCHAR", [v.email_of(g, p.first, p.last, v.DOMAINS["fr"]) for p in ppl]),
        c("iban_prelev", "iban", "VARCHAR", g.col(lambda: v.iban(g, "FR", g.rnd.random() < 0.6), 0.3), ABBREV),
        c("garant", "person_name", "VARCHAR", g.col(lambda: v.whole(g, "fr"), 0.4), ROLE),
        c("loyer_hc", N, "DECIMAL(8,2)", g.amounts(390, 1_450), "decoy", ABBREV),
        c("date_bail", N, "DATE", g.days("2015-01-01", "2025-10-01"), "decoy"),
        c("ref_lot", N, "VARCHAR", g.col(lambda: g.code("LOT-A99")), "decoy", SHAPE),
        c("col17", "email", "VARCHAR", g.col(lambda: v.email(g, "fr"), 0.45), OPAQUE),
        c("obs", "free_text", "VARCHAR", g.col(obs, 0.6), HEAVY, ABBREV),
    ])


def be_sportclub(g: Gen) -> Table:
    """A Belgian football club's members, Dutch column names with a few French ones (tag ``lang:fr``): member number,
    family name and first name (``naam`` is the family name), birth date, national number, address, postcode, town,
    GSM, e-mail, team, trainer (few), ``code`` (a parent's GSM: ``phone``, misleading), the parent's name in French
    (``nom_parent``), fee, the health insurer (a company) and the club's own address (``business``)."""
    ppl = _people(g, "be", 1975, 2019)
    places = _places(g, "be")
    trainers = _staff(g, 6, lambda: v.whole(g, "be"))
    return Table("sportclub.leden", "nl", "snake", [
        c("lidnr", N, "INTEGER", g.keys(3_001), "decoy", KEY, ABBREV),
        c("naam", "last_name", "VARCHAR", [p.last for p in ppl]),
        c("voornaam", "first_name", "VARCHAR", [p.first for p in ppl]),
        c("geboortedatum", "date_of_birth", "DATE", [p.born for p in ppl]),
        c("rijksregisternr", "national_id", "VARCHAR", [v.be_nn(g, p.born, p.female) if g.rnd.random() < 0.85 else None
                                                        for p in ppl], ABBREV),
        c("adres", "street_address", "VARCHAR", g.col(lambda: v.street(g, "be"))),
        c("postcode", "postal_code", "VARCHAR", [x[1] for x in places]),
        c("gemeente", "city", "VARCHAR", [x[0] for x in places]),
        c("gsm", "phone", "VARCHAR", g.phones("BE", {"national": 0.6, "intl": 0.2, "00": 0.2}, 1.0, 0.2)),
        c("email", "email", "VARCHAR", _null(g, [v.email_of(g, p.first, p.last, v.DOMAINS["be"]) for p in ppl], 0.2)),
        c("ploeg", N, "VARCHAR", [("U" + str(min(2025 - p.born.year, 21))) if p.born.year > 2004 else "Veteranen"
                                  for p in ppl], "decoy"),
        c("trainer", "person_name", "VARCHAR", g.col(g.pick(trainers)), STAFF),
        c("code", "phone", "VARCHAR", [g.phone("BE", "national") if p.born.year >= 2007 else None for p in ppl],
          MISLEADING, HEAVY),
        c("nom_parent", "person_name", "VARCHAR", [f"{v.given(g, 'be')} {p.last}" if p.born.year >= 2007 else None
                                                   for p in ppl], ROLE, HEAVY, "lang:fr"),
        c("lidgeld_eur", N, "DECIMAL(6,2)", g.col(g.pick([120.0, 180.0, 240.0, 95.0])), "decoy"),
        c("mutualité", N, "VARCHAR", g.col(g.pick(["Mutualité Chrétienne", "Solidaris", "Partenamut",
                                                   "Helan Ziekenfonds"])), "business", "lang:fr"),
        c("clubadres", N, "VARCHAR", ["Sportpark De Vlinder 4, 2800 Mechelen"] * g.rows, "business"),
    ])


def nl_tandarts(g: Gen) -> Table:
    """A Dutch dental practice's patients (tandarts): patient number, call name and family name, birth date as an
    integer ``yyyymmdd``, BSN, street, postcode, town, phone, e-mail, health insurer and policy number (``none``), the
    dentist and hygienist (few), last check-up, ``f_08`` (an opaque column of mobile numbers: ``phone``), remarks."""
    ppl = _people(g, "nl", 1935, 2021)
    places = _places(g, "nl")
    dentists = _staff(g, 3, lambda: v.whole(g, "nl"))
    hyg = _staff(g, 2, lambda: v.whole(g, "nl"))

    def remark() -> str:
        return g.rnd.choice(["angstige patiënt", f"komt met dochter {v.given(g, 'nl')}", "penicilline-allergie",
                             f"rekening naar {v.whole(g, 'nl')}", "kroon 36 in 2023"])

    return Table("tandarts.patienten", "nl", "snake", [
        c("patnr", N, "INTEGER", g.keys(10_001), "decoy", KEY, ABBREV),
        c("roepnaam", "first_name", "VARCHAR", [p.first for p in ppl]),
        c("achternaam", "last_name", "VARCHAR", [p.last for p in ppl]),
        c("geb_datum", "date_of_birth", "INTEGER", [int(p.born.strftime("%Y%m%d")) for p in ppl], ABBREV),
        c("bsn", "national_id", "VARCHAR", g.col(lambda: v.nl_bsn(g), 0.05), ABBREV),
        c("straat_huisnr", "street_address", "VARCHAR", g.col(lambda: v.street(g, "nl"))),
        c("postcode", "postal_code", "VARCHAR", [x[1] for x in places]),
        c("woonplaats", "city", "VARCHAR", [x[0] for x in places]),
        c("telefoon", "phone", "VARCHAR", g.phones("NL", {"national": 0.6, "e164": 0.2, "digits": 0.2}, 0.7, 0.1)),
        c("email", "email", "VARCHAR", g.col(lambda: v.email(g, "nl"), 0.25)),
        c("zorgverzekeraar", N, "VARCHAR", g.col(g.pick(["Zilveren Kruis", "CZ", "VGZ", "Menzis", "DSW"])),
          "business"),
        c("polisnr", N, "VARCHAR", g.col(lambda: g.code("999999999")), "decoy", SHAPE, ABBREV),
        c("tandarts", "person_name", "VARCHAR", g.col(g.pick(dentists)), STAFF),
        c("mondhygienist", "person_name", "VARCHAR", g.col(g.pick(hyg), 0.4), STAFF),
        c("laatste_controle", N, "DATE", g.days("2023-06-01", "2025-12-15"), "decoy"),
        c("f_08", "phone", "VARCHAR", g.phones("NL", {"national": 0.5, "intl": 0.5}, 1.0, 0.3), OPAQUE),
        c("opmerking", "free_text", "VARCHAR", g.col(remark, 0.7), HEAVY),
    ])


# -- Poland, Czechia, Sweden, Denmark ----------------------------------------------------------------------------------


def pl_zaklad_pogrzebowy(g: Gen) -> Table:
    """A Polish funeral home's orders (zlecenia): order number, the deceased's names, PESEL and birth date (``dd.mm.
    yyyy`` text), date of death (``none``), the client (zleceniodawca) with phone, e-mail and address, the cemetery
    (``none``), service, amount, the client's account for the ZUS funeral allowance (mostly NULL), the master of
    ceremonies (few), ``pole_x`` (the client's PESEL: misleading)."""
    dead = _people(g, "pl", 1925, 1990)
    places = _places(g, "pl")
    clients = _people(g, "pl", 1950, 2000)
    masters = _staff(g, 3, lambda: v.whole(g, "pl"))
    return Table("zaklad_pogrzebowy.zlecenia", "pl", "snake", [
        c("nr_zlecenia", N, "VARCHAR", [f"ZP/{2025}/{i:04d}" for i in range(1, g.rows + 1)], "decoy", SHAPE),
        c("zmarly_imie", "first_name", "VARCHAR", [p.first for p in dead], ROLE),
        c("zmarly_nazwisko", "last_name", "VARCHAR", [p.last for p in dead], ROLE),
        c("pesel_zm", "national_id", "VARCHAR", [v.pl_pesel(g, p.born, p.female) for p in dead], ABBREV),
        c("data_ur", "date_of_birth", "VARCHAR", [_dmy(p.born) for p in dead], ABBREV),
        c("data_zgonu", N, "DATE", g.days("2025-01-01", "2025-12-20"), "decoy"),
        c("zleceniodawca", "person_name", "VARCHAR", [p.full for p in clients], ROLE),
        c("tel_zlec", "phone", "VARCHAR", g.phones("PL", {"national": 0.6, "intl": 0.2, "digits": 0.2}, 0.85),
          ABBREV),
        c("email_zlec", "email", "VARCHAR", [v.email_of(g, p.first, p.last, v.DOMAINS["pl"])
                                             if g.rnd.random() < 0.6 else None for p in clients], ABBREV),
        c("adres_zlec", "street_address", "VARCHAR", g.col(lambda: v.street(g, "pl"))),
        c("kod_poczt", "postal_code", "VARCHAR", [x[1] for x in places], ABBREV),
        c("miejscowosc", "city", "VARCHAR", [x[0] for x in places]),
        c("cmentarz", N, "VARCHAR", g.col(g.pick(["Cmentarz Komunalny Pobitno", "Cmentarz Parafialny św. Rocha",
                                                  "Cmentarz Wojskowy"])), "business"),
        c("usluga", N, "VARCHAR", g.col(g.pick(["Pogrzeb tradycyjny", "Kremacja", "Ekshumacja", "Transport zwłok"])),
          "decoy"),
        c("kwota_pln", N, "DECIMAL(10,2)", g.amounts(3_800, 17_500), "decoy"),
        c("nr_konta", "iban", "VARCHAR", g.col(lambda: v.iban(g, "PL", g.rnd.random() < 0.5), 0.6), HEAVY),
        c("mistrz_ceremonii", "person_name", "VARCHAR", g.col(g.pick(masters)), STAFF),
        c("pole_x", "national_id", "VARCHAR", [v.pl_pesel(g, p.born, p.female) if g.rnd.random() < 0.6 else None
                                               for p in clients], MISLEADING),
    ])


def cz_knihovna(g: Gen) -> Table:
    """A Czech town library's readers (čtenáři), without diacritics in column names: reader number (a barcode),
    names, rodné číslo (older registrations: often NULL), birth date, address, postcode, town, phone, e-mail, the
    catalogue login (``unclassified``) and password hash (``none``), registration date, fee, the librarian (few),
    a note."""
    ppl = _people(g, "cz", 1938, 2016)
    places = _places(g, "cz")
    librarians = _staff(g, 4, lambda: v.whole(g, "cz"))

    def note() -> str:
        return g.rnd.choice(["upomínka 2x", f"průkaz vyzvedne manžel {v.whole(g, 'cz')}", "ztracená kniha",
                             f"zákonný zástupce: {v.whole(g, 'cz')}"])

    return Table("knihovna.ctenari", "cs", "snake", [
        c("cislo_ctenare", N, "VARCHAR", g.col(lambda: g.code("2600099999")), "decoy", SHAPE),
        c("jmeno", "first_name", "VARCHAR", [p.first for p in ppl]),
        c("prijmeni", "last_name", "VARCHAR", [p.last for p in ppl]),
        c("rodne_cislo", "national_id", "VARCHAR", [v.cz_rc(g, p.born, p.female) if g.rnd.random() < 0.45 else None
                                                    for p in ppl], HEAVY),
        c("dat_nar", "date_of_birth", "DATE", [p.born for p in ppl], ABBREV),
        c("ulice", "street_address", "VARCHAR", g.col(lambda: v.street(g, "cz"))),
        c("psc", "postal_code", "VARCHAR", [x[1] for x in places], ABBREV),
        c("mesto", "city", "VARCHAR", [x[0] for x in places]),
        c("telefon", "phone", "VARCHAR", g.phones("CZ", {"national": 0.6, "intl": 0.3, "00": 0.1}, 0.9, 0.15)),
        c("email", "email", "VARCHAR", _null(g, [v.email_of(g, p.first, p.last, v.DOMAINS["cz"]) for p in ppl], 0.2)),
        c("login", USERNAME, "VARCHAR", [v.login(p.first, p.last, i % 5) for i, p in enumerate(ppl)], USER),
        c("heslo_hash", N, "VARCHAR", g.col(lambda: v.bcrypt_hash(g), 0.2), CREDENTIAL),
        c("registrace_od", N, "DATE", g.days("2008-01-01", "2025-12-01"), "decoy"),
        c("poplatek_kc", N, "INTEGER", g.col(g.pick([0, 60, 120, 200])), "decoy"),
        c("knihovnik", "person_name", "VARCHAR", g.col(g.pick(librarians)), STAFF),
        c("pozn", "free_text", "VARCHAR", g.col(note, 0.75), HEAVY, ABBREV),
    ])


def se_parkering(g: Gen) -> Table:
    """A Swedish municipality's resident parking permits (boendeparkering): permit number, the resident's
    personnummer, names, address, postcode, town, mobile, e-mail, the car's registration number (``none``, tag
    ``vehicle``), zone, validity, fee, the officer (few), ``col_17`` (the birth date as ``yyyy-mm-dd`` text: opaque),
    the zone's coordinates (``none``)."""
    ppl = _people(g, "sv", 1940, 2006)
    places = _places(g, "sv")
    officers = _staff(g, 4, lambda: v.whole(g, "sv"))
    start = g.days("2025-01-01", "2025-12-31")
    zone = [g.rnd.randrange(5) for _ in range(g.rows)]
    centres = [(60.6749, 17.1413), (59.3793, 13.5036), (62.3908, 17.3069), (56.8777, 14.8091), (56.6745, 12.8578)]
    return Table("parkering.boendetillstand", "sv", "snake", [
        c("tillstand_nr", N, "VARCHAR", g.col(lambda: g.code("BP-99999")), "decoy", SHAPE),
        c("personnr", "national_id", "VARCHAR", [v.se_pnr(g, p.born) for p in ppl], ABBREV),
        c("fornamn", "first_name", "VARCHAR", [p.first for p in ppl]),
        c("efternamn", "last_name", "VARCHAR", [p.last for p in ppl]),
        c("adress", "street_address", "VARCHAR", g.col(lambda: v.street(g, "sv"))),
        c("postnr", "postal_code", "VARCHAR", [x[1] for x in places], ABBREV),
        c("ort", "city", "VARCHAR", [x[0] for x in places]),
        c("mobil", "phone", "VARCHAR", g.phones("SE", {"national": 0.6, "e164": 0.2, "intl": 0.2}, 1.0, 0.1)),
        c("epost", "email", "VARCHAR", _null(g, [v.email_of(g, p.first, p.last, v.DOMAINS["sv"]) for p in ppl], 0.2)),
        c("regnr", N, "VARCHAR", g.col(lambda: g.code("AAA 99") + g.rnd.choice("0123456789ABCDEFGHJKLMNPRSTUWXYZ")),
          "decoy", SHAPE, VEHICLE),
        c("zon", N, "VARCHAR", [f"Zon {'ABCDE'[z]}" for z in zone], "decoy"),
        c("giltig_from", N, "DATE", start, "decoy"),
        c("giltig_tom", N, "DATE", [s + timedelta(days=365) for s in start], "decoy"),
        c("avgift_kr", N, "INTEGER", g.col(g.pick([900, 1_200, 1_800, 3_600])), "decoy"),
        c("handlaggare", "person_name", "VARCHAR", g.col(g.pick(officers)), STAFF),
        c("col_17", "date_of_birth", "VARCHAR", [p.born.isoformat() if g.rnd.random() < 0.7 else None for p in ppl],
          OPAQUE),
        c("zon_lat", N, "DOUBLE", [round(centres[z][0] + g.rnd.uniform(-0.01, 0.01), 5) for z in zone], "decoy"),
        c("zon_lon", N, "DOUBLE", [round(centres[z][1] + g.rnd.uniform(-0.01, 0.01), 5) for z in zone], "decoy"),
    ])


def dk_dagpleje(g: Gen) -> Table:
    """A Danish municipal childminding (dagpleje) register of children and parents: the child's first name, CPR and
    birth date, two parents' names (the second mostly NULL), phones and e-mail, address, postcode, town, the
    childminder (few), who may pick the child up (names and phones in one cell: ``free_text``), group, monthly fee,
    start date, the allergy field (short words: ``none``)."""
    kids = _people(g, "da", 2021, 2025)
    places = _places(g, "da")
    minders = _staff(g, 6, lambda: v.whole(g, "da"))
    parents = [v.person(g, "da") for _ in range(g.rows)]

    def pickup() -> str:
        return g.rnd.choice([f"Mormor {v.given(g, 'da')} {g.phone('DK', 'national')}",
                             f"{v.whole(g, 'da')} (nabo)", f"Farfar {v.whole(g, 'da')}, tlf {g.phone('DK', 'digits')}",
                             "Kun forældre"])

    return Table("dagpleje.boern_foraeldre", "da", "snake", [
        c("barn_id", N, "INTEGER", g.keys(701), "decoy", KEY),
        c("barn_fornavn", "first_name", "VARCHAR", [p.first for p in kids]),
        c("barn_cpr", "national_id", "VARCHAR", [v.dk_cpr(g, p.born) for p in kids], ABBREV),
        c("barn_foedt", "date_of_birth", "DATE", [p.born for p in kids]),
        c("foraelder1_navn", "person_name", "VARCHAR", [f"{a} {k.last}" for (a, _), k in zip(parents, kids)], ROLE),
        c("foraelder1_tlf", "phone", "VARCHAR", g.phones("DK", {"national": 0.6, "intl": 0.2, "e164": 0.2}, 1.0),
          ABBREV),
        c("foraelder1_mail", "email", "VARCHAR", [v.email_of(g, a, k.last, v.DOMAINS["da"])
                                                   for (a, _), k in zip(parents, kids)]),
        c("foraelder2_navn", "person_name", "VARCHAR", g.col(lambda: v.whole(g, "da"), 0.6), ROLE, HEAVY),
        c("foraelder2_tlf", "phone", "VARCHAR", g.phones("DK", {"national": 0.8, "digits": 0.2}, 1.0, 0.65), ROLE,
          HEAVY),
        c("adresse", "street_address", "VARCHAR", g.col(lambda: v.street(g, "da"))),
        c("postnr", "postal_code", "VARCHAR", [x[1] for x in places], ABBREV),
        c("bynavn", "city", "VARCHAR", [x[0] for x in places]),
        c("dagplejer", "person_name", "VARCHAR", g.col(g.pick(minders)), STAFF),
        c("maa_hentes_af", "free_text", "VARCHAR", g.col(pickup, 0.3)),
        c("gruppe", N, "VARCHAR", g.col(g.pick(["Mariehønen", "Solsikken", "Egern", "Bien"])), "decoy"),
        c("takst_kr", N, "DECIMAL(8,2)", g.col(g.pick([3_120.0, 3_480.0, 1_560.0])), "decoy"),
        c("startdato", N, "DATE", g.days("2022-01-01", "2025-11-01"), "decoy"),
        c("allergi", N, "VARCHAR", g.col(g.pick(["nødder", "laktose", "æg", "gluten"]), 0.45), "decoy"),
    ])


# -- Turkey, Greece, Ukraine, Spain ------------------------------------------------------------------------------------


def tr_dugun_salonu(g: Gen) -> Table:
    """A Turkish wedding venue's bookings (rezervasyon), Turkish without dotted letters in column names: booking
    number, the bride's and the groom's full names, the contracting party's TC kimlik and birth date (``dd/mm/yyyy``
    text), mobile, e-mail, address, postcode, city, the hall (``none``), event date, guests, deposit and total in TRY,
    a refund IBAN (mostly NULL), the organiser (few), the web form's IP address, the record time, notes."""
    brides = _people(g, "tr", 1985, 2004)
    grooms = [v.person(g, "tr", False) for _ in range(g.rows)]
    places = _places(g, "tr")
    organisers = _staff(g, 4, lambda: v.whole(g, "tr"))

    def note() -> str:
        return g.rnd.choice(["Kına gecesi ayrı gün", f"Damadın annesi {v.whole(g, 'tr')} arayacak",
                             "Vejetaryen menü 20 kişi", f"Fotoğrafçı: {v.whole(g, 'tr')} {g.phone('TR', 'national')}"])

    return Table("dugun_salonu.rezervasyon", "tr", "snake", [
        c("rez_no", N, "VARCHAR", g.col(lambda: g.code("RZ2599999")), "decoy", SHAPE, ABBREV),
        c("gelin_adi_soyadi", "person_name", "VARCHAR", [p.full for p in brides], ROLE),
        c("damat_adi_soyadi", "person_name", "VARCHAR", [f"{a} {b}" for a, b in grooms], ROLE),
        c("tc_kimlik_no", "national_id", "VARCHAR", g.col(lambda: v.tr_tc(g), 0.1)),
        c("dogum_tarihi", "date_of_birth", "VARCHAR", [_dmy(p.born, "/") for p in brides]),
        c("cep_tel", "phone", "VARCHAR", g.phones("TR", {"national": 0.5, "digits": 0.3, "e164": 0.2}, 1.0), ABBREV),
        c("eposta", "email", "VARCHAR", _null(g, [v.email_of(g, p.first, p.last, v.DOMAINS["tr"]) for p in brides],
                                              0.25)),
        c("adres", "street_address", "VARCHAR", g.col(lambda: v.street(g, "tr"))),
        c("posta_kodu", "postal_code", "VARCHAR", [x[1] for x in places], ABBREV),
        c("sehir", "city", "VARCHAR", [x[0] for x in places]),
        c("salon", N, "VARCHAR", g.col(g.pick(["Kristal Salon", "Bahçe", "Teras", "Büyük Balo Salonu"])), "decoy"),
        c("etkinlik_tarihi", N, "DATE", g.days("2026-04-01", "2026-10-31"), "decoy"),
        c("kisi_sayisi", N, "INTEGER", g.ints(80, 650), "decoy"),
        c("kapora_tl", N, "DECIMAL(12,2)", g.amounts(20_000, 150_000), "decoy"),
        c("toplam_tl", N, "DECIMAL(12,2)", g.amounts(180_000, 1_400_000), "decoy"),
        c("iade_iban", "iban", "VARCHAR", g.col(lambda: v.iban(g, "TR", g.rnd.random() < 0.6), 0.8), HEAVY),
        c("organizator", "person_name", "VARCHAR", g.col(g.pick(organisers)), STAFF),
        c("ip_adresi", "ip_address", "VARCHAR", g.col(lambda: g.ip(0.25), 0.35)),
        c("kayit_zamani", N, "TIMESTAMP", g.moments("2025-01-01", "2025-12-20"), "decoy"),
        c("notlar", "free_text", "VARCHAR", g.col(note, 0.6), HEAVY),
    ])


def gr_logistis(g: Gen) -> Table:
    """A Greek tax advisor's clients, Greek-script column names and values: serial number, family name, first name,
    father's name (a given name alone: ``first_name``), AMKA, birth date, address, postcode, town, mobile, e-mail, the
    tax office (ΔΟΥ: ``none``), IBAN, the accountant (few), fee, the TAXISnet password hash (``none``), notes."""
    ppl = _people(g, "el", 1940, 2003)
    places = _places(g, "el")
    accountants = _staff(g, 3, lambda: v.whole(g, "el"))
    fathers = v.NAMES["el"][0]

    def note() -> str:
        return g.rnd.choice(["Ενοίκια από δύο ακίνητα", f"Σύζυγος: {v.whole(g, 'el')}", "Εκκρεμεί Ε9",
                             f"Επικοινωνία μέσω κόρης {v.given(g, 'el')} {g.phone('GR', 'national')}"])

    return Table("logistiko_grafeio.pelates", "el", "snake", [
        c("α_α", N, "INTEGER", g.keys(1), "decoy", KEY),
        c("επώνυμο", "last_name", "VARCHAR", [p.last for p in ppl]),
        c("όνομα", "first_name", "VARCHAR", [p.first for p in ppl]),
        c("πατρώνυμο", "first_name", "VARCHAR", g.col(g.pick(fathers), 0.1), ROLE),
        c("αμκα", "national_id", "VARCHAR", [v.gr_amka(g, p.born) for p in ppl]),
        c("ημ_γέννησης", "date_of_birth", "DATE", [p.born for p in ppl], ABBREV),
        c("διεύθυνση", "street_address", "VARCHAR", g.col(lambda: v.street(g, "el"))),
        c("τκ", "postal_code", "VARCHAR", [x[1] for x in places], ABBREV),
        c("πόλη", "city", "VARCHAR", [x[0] for x in places]),
        c("κινητό", "phone", "VARCHAR", g.phones("GR", {"national": 0.6, "intl": 0.2, "00": 0.2}, 1.0, 0.05)),
        c("email", "email", "VARCHAR", _null(g, [v.email_of(g, p.first, p.last, v.DOMAINS["el"]) for p in ppl], 0.3)),
        c("δου", N, "VARCHAR", g.col(g.pick(["ΔΟΥ Λάρισας", "ΔΟΥ Βόλου", "ΔΟΥ Ιωαννίνων", "ΔΟΥ Χανίων"])), "decoy",
          ABBREV),
        c("iban", "iban", "VARCHAR", g.col(lambda: v.iban(g, "GR", g.rnd.random() < 0.5), 0.35)),
        c("λογιστής", "person_name", "VARCHAR", g.col(g.pick(accountants)), STAFF),
        c("αμοιβή_ευρώ", N, "DECIMAL(8,2)", g.col(g.pick([60.0, 80.0, 120.0, 250.0])), "decoy"),
        c("taxisnet_hash", N, "VARCHAR", g.col(lambda: v.sha1(g), 0.3), CREDENTIAL, "lang:en"),
        c("σημειώσεις", "free_text", "VARCHAR", g.col(note, 0.6), HEAVY),
    ])


def ua_fotostudiya(g: Gen) -> Table:
    """A Ukrainian photo studio's orders, Cyrillic column names and values: order number, the client's full name
    (ПІБ, family name first), phone, e-mail, birth date as ``dd.mm.yyyy`` text, РНОКПП (for a contract: mostly
    NULL), address, postcode, town, the photographer (few), shoot type, time, amount in UAH, the client's Instagram
    handle (``unclassified``), the file hash and the app version (``none``), a comment."""
    ppl = _people(g, "uk", 1960, 2007)
    places = _places(g, "uk")
    photographers = _staff(g, 4, lambda: v.whole(g, "uk"))

    def comment() -> str:
        return g.rnd.choice(["Весільна зйомка, 2 фотографи", f"Разом з чоловіком {v.whole(g, 'uk')}",
                             "Ретуш 20 фото", f"Передзвонити на {g.phone('UA', 'national')}, питати {v.given(g, 'uk')}"])

    return Table("fotostudiya.zamovlennya", "uk", "snake", [
        c("номер_замовлення", N, "VARCHAR", g.col(lambda: g.code("ФС-99999")), "decoy", SHAPE),
        c("ПІБ", "person_name", "VARCHAR", [f"{p.last} {p.first}" for p in ppl], ABBREV),
        c("телефон", "phone", "VARCHAR", g.phones("UA", {"national": 0.4, "intl": 0.4, "e164": 0.2}, 1.0)),
        c("email", "email", "VARCHAR", _null(g, [v.email_of(g, p.first, p.last, v.DOMAINS["uk"]) for p in ppl], 0.3)),
        c("дата_народження", "date_of_birth", "VARCHAR", [_dmy(p.born) if g.rnd.random() < 0.55 else None
                                                          for p in ppl]),
        c("рнокпп", "national_id", "VARCHAR", [v.ua_rntrc(g, p.born, p.female) if g.rnd.random() < 0.3 else None
                                                for p in ppl], HEAVY, ABBREV),
        c("адреса", "street_address", "VARCHAR", g.col(lambda: v.street(g, "uk"), 0.3)),
        c("індекс", "postal_code", "VARCHAR", [x[1] if g.rnd.random() < 0.7 else None for x in places]),
        c("місто", "city", "VARCHAR", [x[0] for x in places]),
        c("фотограф", "person_name", "VARCHAR", g.col(g.pick(photographers)), STAFF),
        c("тип_зйомки", N, "VARCHAR", g.col(g.pick(["Весілля", "Портрет", "Сімейна", "Love story", "Документи"])),
          "decoy"),
        c("дата_зйомки", N, "TIMESTAMP", g.moments("2025-03-01", "2025-12-20"), "decoy"),
        c("сума_грн", N, "DECIMAL(10,2)", g.amounts(400, 25_000), "decoy"),
        c("інстаграм", USERNAME, "VARCHAR", [("@" + v.login(p.first, p.last, g.rnd.randint(0, 4)))
                                             if g.rnd.random() < 0.6 else None for p in ppl], USER),
        c("хеш_файлу", N, "VARCHAR", g.col(lambda: v.sha1(g)), "decoy", SHAPE),
        c("версія_застосунку", N, "VARCHAR", g.col(g.version), "decoy", SHAPE),
        c("коментар", "free_text", "VARCHAR", g.col(comment, 0.55), HEAVY),
    ])


def es_academia(g: Gen) -> Table:
    """A Spanish tutoring academy's pupils (academia de repaso): pupil id, first name, both family names in one
    column (``last_name``), DNI (pupils over 14: some NULL), birth date as an integer ``yyyymmdd``, the legal guardian
    with phone and e-mail, address, postcode, town, the tutor (few), subject, monthly fee, the academy's coordinates
    (``none``), the app version, the pupil's app login (``unclassified``) and password hash (``none``), remarks."""
    ppl = _people(g, "es", 2006, 2018)
    places = _places(g, "es")
    second = [g.rnd.choice(v.NAMES["es"][2]) for _ in range(g.rows)]
    tutors = _staff(g, 5, lambda: v.whole(g, "es"))

    def obs() -> str:
        return g.rnd.choice(["Necesita refuerzo en fracciones", f"Recoge su tío {v.whole(g, 'es')}",
                             "Examen de recuperación en junio", f"Hermano de {v.given(g, 'es')}"])

    return Table("academia.alumnos", "es", "snake", [
        c("id_alumno", N, "INTEGER", g.keys(501), "decoy", KEY),
        c("nombre", "first_name", "VARCHAR", [p.first for p in ppl]),
        c("apellidos", "last_name", "VARCHAR", [f"{p.last} {s}" for p, s in zip(ppl, second)]),
        c("dni", "national_id", "VARCHAR", [v.es_dni(g) if p.born.year <= 2011 or g.rnd.random() < 0.3 else None
                                            for p in ppl]),
        c("fecha_nac", "date_of_birth", "INTEGER", [int(p.born.strftime("%Y%m%d")) for p in ppl], ABBREV),
        c("tutor_legal", "person_name", "VARCHAR", [f"{v.given(g, 'es')} {p.last} {g.rnd.choice(v.NAMES['es'][2])}"
                                                    for p in ppl], ROLE),
        c("tlf_tutor", "phone", "VARCHAR", g.phones("ES", {"national": 0.6, "intl": 0.2, "digits": 0.2}, 0.9),
          ABBREV),
        c("email_tutor", "email", "VARCHAR", g.col(lambda: v.email(g, "es"), 0.1)),
        c("direccion", "street_address", "VARCHAR", g.col(lambda: v.street(g, "es"))),
        c("cp", "postal_code", "VARCHAR", [x[1] for x in places], ABBREV),
        c("localidad", "city", "VARCHAR", [x[0] for x in places]),
        c("profesor", "person_name", "VARCHAR", g.col(g.pick(tutors)), STAFF),
        c("asignatura", N, "VARCHAR", g.col(g.pick(["Matemáticas", "Inglés", "Física y Química", "Lengua"])),
          "decoy"),
        c("cuota_eur", N, "DECIMAL(6,2)", g.col(g.pick([65.0, 90.0, 120.0])), "decoy"),
        c("lat_academia", N, "DOUBLE", g.floats(42.460, 42.470, 5), "decoy"),
        c("lon_academia", N, "DOUBLE", g.floats(-2.450, -2.440, 5), "decoy"),
        c("version_app", N, "VARCHAR", g.col(g.version), "decoy", SHAPE),
        c("usuario", USERNAME, "VARCHAR", [v.login(p.first, p.last, i % 5) for i, p in enumerate(ppl)], USER),
        c("pass_hash", N, "VARCHAR", g.col(lambda: v.bcrypt_hash(g), 0.1), CREDENTIAL),
        c("obs", "free_text", "VARCHAR", g.col(obs, 0.6), HEAVY, ABBREV),
    ])


BUILDERS: list[tuple[Callable[[Gen], Table], int]] = [
    (de_fahrschule, 420), (at_tierarzt, 560), (ch_autovermietung, 380), (fr_locataires, 260),
    (be_sportclub, 470), (nl_tandarts, 650), (pl_zaklad_pogrzebowy, 300), (cz_knihovna, 720),
    (se_parkering, 540), (dk_dagpleje, 240), (tr_dugun_salonu, 330), (gr_logistis, 410),
    (ua_fotostudiya, 360), (es_academia, 280),
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
