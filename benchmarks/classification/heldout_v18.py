"""Held-out set v18 for the column classifier: 17 tables in domains no earlier set used, thirteen identifiers
v17 did not have, dates of birth written with month names and era years, staff written in new ways.

Written **blind**, like v2 to v17: by someone who has read neither the classifier (``governance_dagster/detect/``) nor
its documentation, tests, changelog or notes, only the list of kind names (``governance_dagster/kinds.py``), how the
scorer registers a set (``heldout_v2_accuracy.py``), the *structure* and labeling conventions of v17
(``heldout_v17.py``, ``heldout_v17_values.py``, its test, ``tests/heldout_support.py``), the docstrings of v2 to v16
(to avoid their domains) and the ``Column``/``Table`` classes and writer they build on. The classifier was not run on
this set while it was written, no scorer was run on it, and no score of any set was looked at: nothing here was
adjusted to what the classifier does. It was written under a short deadline.

What is new against v2 to v17:

* domains: a Maltese scuba diving centre's dive log with buddies and the dive boat (``divecentre.dive_log``, English);
  an Austrian tax adviser's client intake with spouse and children (``steuerberatung.KlientenAufnahme``, German); a
  riding stable's riders and the horses they ride (``centre_equestre.cavaliers``, French); an Ecuadorian lottery's
  register of prize claims (``loteria.reclamosPremios``, Spanish); a youth hostel's guest register with the guests'
  identity documents (``ostello.registro_ospiti``, Italian); a sign-language school's enrolments
  (``lingua_gestual.inscricoes``, Portuguese); a carnival association's members and their titles
  (``carnavalsvereniging.ledenLijst``, Dutch); a court's roster of sworn interpreters
  (``tlumacze.rejestr_przysieglych``, Polish); a sailing school's pupils (``SEGLARSKOLA.ELEVREGISTER``, Swedish); a
  bottle-deposit machine's log, decoys only (``pant.returautomat_log``, Danish); a puppet theatre's season-ticket
  holders (``loutkove_divadlo.predplatitele``, Czech); a notary's register of powers of attorney with grantor and
  attorney (``noterlik.VekaletnameKayitlari``, Turkish); a cooking school's pupils (``RYORI_KYOSHITSU.SEITO_DAICHO``,
  romanized Japanese); a bicycle anti-theft registration ledger (``防犯登録.登録台帳``, Japanese); a tyre-fitting
  shop's orders (``шиномонтаж.заказы``, Russian); a lifeguard school's trainees (``ναυαγοσωστική.σπουδαστές``, Greek);
  an international youth orchestra's audition applicants merged from its national desks, each column named in the
  language of its desk (``orchestra.auditions_merged``: Hungarian, Finnish, Norwegian, Romanian, Slovenian, Basque,
  Galician, Maltese, Luxembourgish, Swahili, Tagalog, Malay, Korean in Hangul, Chinese, English; tag ``lang:``);
* shapes: dates of birth with month names (``12 mars 1984``, ``12 Mart 1984``, ``12-Mar-1984``), in the Japanese era
  calendar (``昭和59年3月12日``), as ``dd. m. yyyy`` (Czech), ``dd.mm.yyyy г.`` (Russian), ``d/m/yy`` (Greek),
  ``yyyy/mm/dd``, ``yyyy年m月d日``, as TIMESTAMP at midnight and as an integer ``yyyymmdd``, each beside another event's
  date in the same form (tag ``value_shape`` on the event date); staff in columns with few distinct values written as a
  given name in lower case (``capucine``), a family name before the given name without a comma (``Huber Birgit``), an
  initial with a family name (``G. Camilleri``), an academic title with a full name (``Lcda. Mayra Zambrano``), ``Sig.ra
  Fontana``, ``Prof.ª Matilde Rocha``, a shortened particle (``Sjef vd Heuvel``), a function word with a family name
  (``sędzia Mazur``, ``p. Novotná``), a given name with an initial without a dot (``Olle B``), ``Nesrin Hn.``, ``Miho
  sensei``, a family name alone in kanji, Russian diminutives (``Лёха``), ``Κ. Βλάχος`` and ``Dr. Nagy Eszter`` (tag
  ``staff``); the grantor and the attorney of a power of attorney in one table; a horse's name beside its rider's;
* identifiers with check digits (python-stdnum): Austrian social-insurance number, French NIR, Greek AMKA (``ssn``);
  Ecuadorian cédula, Portuguese citizen card, Japanese My Number, Russian personal INN, PESEL, Swedish personnummer,
  T.C. kimlik, codice fiscale of Italian guests only, Finnish HETU, Norwegian fødselsnummer, Slovenian EMŠO, Malaysian
  NRIC, Bulgarian EGN, Croatian OIB (``national_id``); a Maltese identity card number without any check digit;
  passports of several countries with their ICAO 9303 check digit (tag ``multi_country``); IBANs of Austria,
  Portugal, the Netherlands, Poland, Sweden and Greece; cards passing Luhn;
  phones of Malta, the United Kingdom, Austria, France, Ecuador, Italy, Portugal, the Netherlands, Poland, Sweden,
  Czechia, Turkey, Japan, Russia, Greece and the orchestra desks' countries; IPv4 and IPv6 addresses;
* decoys (tag ``decoy``; ``value_shape`` when shaped like a personal value): dive sites, boats and horses named like
  people (``Tal-Pinu``, ``Monsieur Gaspard``), carnival titles (``Prins Huub I``), puppets (``Kašpárek``), tyre sizes,
  bicycle frame numbers and registration stickers, lottery ticket numbers, prize tiers, beds and rooms, courses,
  bottle types, SKUs, tracking numbers, cards failing Luhn, IBAN-shaped references failing mod 97, phone-shaped
  references that are no valid numbers, plates (tag ``vehicle``), years of other events, UUIDs, hashes, coordinates,
  versions, flags (``nieuwsbrief``, ``MAIRU_HAISHIN``, tag ``misleading``), surrogate keys named like addresses
  (``AdresseSk``, ``adresSk``, ``JUSHO_SK``, tag ``misleading``); business data of dive centres, tax firms, stables,
  lottery agents, hostels, schools, courts, notaries, tyre suppliers (tag ``business``);
* column names in English, German, French, Spanish, Italian, Portuguese, Dutch, Polish, Swedish, Danish, Czech,
  Turkish, romanized Japanese (``ja-Latn``), Japanese, Russian, Greek, Hungarian, Finnish, Norwegian, Romanian,
  Slovenian, Basque, Galician, Maltese, Luxembourgish, Swahili, Tagalog, Malay, Korean and Chinese; styles: snake,
  camel, Pascal, SCREAMING, native scripts, abbreviations (``GebDat``, ``telCelular``, ``dt_nasc``, ``psc``), opaque
  names
  (``c01``, ``f12``, ``attr_7``, ``misc_1``, ``notes2``, ``code``, tag ``opaque``) and source prefixes
  (``src_crm_col17``).

Labeling rules: the same as v2 to v17 (see :mod:`benchmarks.classification.heldout_v17`): ``ssn`` is a social-security
or social-insurance number, ``national_id`` any other state-issued personal identifier; a business's address, phone,
postal code, city, e-mail, tax and registration numbers and bank account are ``none`` (tag ``business``); names of
staff are ``person_name`` (a first name or a family name alone ``first_name`` or ``last_name``); a login or public
display handle is ``unclassified`` (tag ``username``); free text that names people is ``free_text``, text that names
nobody ``none``. Applied to v18's new cases (no new rule, but choices a reader may question):

* a given name alone, in any case (``capucine``) or as a diminutive (``Лёха``), is ``first_name``; a family name alone
  (``小林``) ``last_name``; any title, function word, initial or second name with it (``G. Camilleri``, ``Olle B``,
  ``Miho sensei``, ``Nesrin Hn.``, ``p. Novotná``, ``Huber Birgit``) makes it ``person_name``;
* the Austrian social-insurance number, the French NIR and the Greek AMKA are ``ssn``; the Ecuadorian cédula, the
  Portuguese citizen card, My Number, the personal INN, PESEL, personnummer, T.C. kimlik, HETU, fødselsnummer, EMŠO,
  NRIC, EGN, OIB and the Maltese identity card are ``national_id``; the orchestra's national-number column of several
  countries is ``national_id`` (tag ``multi_country``); the codice fiscale filled only for Italian guests is
  ``national_id`` (tag ``qualified``);
* a spouse's or a child's name, a dive buddy, the grantor and the attorney of a power of attorney, a lottery winner's
  heir and a pupil's parent are persons (their name kinds); a carnival title (``Prins Huub I``) is ``none`` (tag
  ``value_shape``: a role held for a season, not the person's name);
* a year of another event (a boat's build year, the season a carnival title was held, a tax year) is ``none``; a
  horse's birth year is ``none``;
* the identity document column of the hostel's guests holds passports of several countries with their ICAO 9303 check
  digit and the Italian guests' identity cards (``CA12345AB``, no check digit): ``national_id`` (tag
  ``multi_country``); the merged orchestra's parent column is filled for minors only (``person_name``, tags
  ``null_heavy``, ``qualified``).

Tags: as v17 (``decoy``, ``business``, ``null_heavy``, ``nullword_heavy``, ``abbrev``, ``username``, ``qualified``,
``multi_country``, ``vehicle``, ``value_shape``, ``misleading``, ``staff``, ``opaque``, ``lang:XX``; v17's ``licence``
and ``split_dob`` do not occur) and new: ``month_name`` (a date of birth written with a month name or an era year).

Every value is generated here from :data:`SEED` (one ``random.Random`` per table, named after its builder) with
python-stdnum for check digits, phonenumbers for phone validity and formats, and the lists of names, streets and cities
of :mod:`benchmarks.classification.heldout_v18_values`, written for v18 (no Faker, no list of real people). Build:
``python -m benchmarks.classification.heldout_v18 [PATH]`` (default ``/tmp/heldout_v18.duckdb``). Score:
``python -m benchmarks.classification.heldout_v2_accuracy --set v18``.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from datetime import date, datetime
from pathlib import Path

from benchmarks.classification import heldout_v4
from benchmarks.classification import heldout_v18_values as v
from benchmarks.classification.heldout_v2 import Column, Table
from benchmarks.classification.heldout_v18_values import NULLISH, SEED, USERNAME, Gen, N, c

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

DEFAULT_PATH = Path("/tmp/heldout_v18.duckdb")

NULLWORD = "nullword_heavy"  # 70-95% NULL-like strings and empty strings (few real NULLs)
MULTI_COUNTRY = "multi_country"  # identity documents or numbers of several countries in one column
SHAPE = "value_shape"
VEHICLE = "vehicle"
MISLEADING = "misleading"
STAFF = "staff"  # staff named in a column with few distinct values
OPAQUE = "opaque"
MONTH_NAME = "month_name"  # a date of birth written with a month name or an era year

_FR_MONTHS = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
              "novembre", "décembre"]
_TR_MONTHS = ["Ocak", "Şubat", "Mart", "Nisan", "Mayıs", "Haziran", "Temmuz", "Ağustos", "Eylül", "Ekim", "Kasım",
              "Aralık"]
_EN_MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]


def _dmy(d: date | None, sep: str = ".") -> str | None:
    return None if d is None else f"{d.day:02d}{sep}{d.month:02d}{sep}{d.year}"


def _ymd(d: date | None, sep: str = "-") -> str | None:
    return None if d is None else f"{d.year}{sep}{d.month:02d}{sep}{d.day:02d}"


def _fr(d: date) -> str:
    return f"{'1er' if d.day == 1 else d.day} {_FR_MONTHS[d.month - 1]} {d.year}"


def _tr(d: date) -> str:
    return f"{d.day} {_TR_MONTHS[d.month - 1]} {d.year}"


def _en(d: date) -> str:
    return f"{d.day:02d}-{_EN_MONTHS[d.month - 1]}-{d.year}"


def _era(d: date) -> str:
    """A date in the Japanese era calendar: ``昭和59年3月12日`` (元年 for an era's first year)."""
    for start, name in ((date(2019, 5, 1), "令和"), (date(1989, 1, 8), "平成"), (date(1926, 12, 25), "昭和")):
        if d >= start:
            year = d.year - start.year + 1
            return f"{name}{'元' if year == 1 else year}年{d.month}月{d.day}日"
    return f"{d.year}年{d.month}月{d.day}日"


def _words(*extra: str) -> tuple[str, ...]:
    return ("", "-", "NULL", "n/a", "N/A", "unknown") + extra


# -- a Maltese scuba diving centre's dive log (English) ----------------------------------------------------------------

_GB_STREETS = ["Moor Lane", "Skircoat Road", "Wood Street", "Bank Top"]
_SITES = ["Um el Faroud", "Blue Hole", "Cirkewwa Arch", "P29 Patrol Boat", "Santa Marija Caves", "Ghar Lapsi",
          "Inland Sea", "HMS Maori"]


def en_dive_log(g: Gen) -> Table:
    """A Maltese dive centre's log: divers from Malta and the United Kingdom, date of birth ``dd-Mon-yyyy`` beside the
    dive date in the same form, the Maltese identity card of Maltese divers, a buddy's name, the dive guide as
    ``G. Camilleri`` (few distinct), boats named like people, sites, depths, the booking's IPv4, the centre's phone."""
    maltese = [g.rnd.random() < 0.55 for _ in range(g.rows)]
    fem = v.sexes(g, 0.4)
    names = [v.person(g, "mt" if m else "en", f) for m, f in zip(maltese, fem)]
    births = g.births(1955, 2009)
    places = [v.city(g, "MT" if m else "GB") for m in maltese]
    guides = [f"{v.given(g, 'mt')[0]}. {v.family(g, 'mt')}" for _ in range(4)]
    centre_tel = g.phone("MT", "intl", False)
    return Table("divecentre.dive_log", "en", "snake", [
        c("dive_id", N, "INTEGER", g.keys(70_001), "decoy"),
        c("first_name", "first_name", "VARCHAR", [a for a, _ in names]),
        c("surname", "last_name", "VARCHAR", [b for _, b in names]),
        c("dob", "date_of_birth", "VARCHAR", [_en(b) for b in births], "abbrev", MONTH_NAME),
        c("dive_date", N, "VARCHAR", [_en(d) for d in g.days("2024-04-01", "2025-10-31")], "decoy", SHAPE),
        c("id_card_no", "national_id", "VARCHAR", [v.mt_idcard(g) if m else None for m in maltese], "qualified"),
        c("mobile", "phone", "VARCHAR", [g.phone("MT" if m else "GB", g.rnd.choice(["national", "intl", "00"]))
                                         for m in maltese]),
        c("email_address", "email", "VARCHAR", v.emails(g, [a for a, _ in names], [b for _, b in names],
                                                        ["gmail.com", "maltanet.net", "btinternet.com", "yahoo.co.uk"],
                                                        0.08)),
        c("home_address", "street_address", "VARCHAR",
          [v.street(g, "mt") if m else f"{g.rnd.randint(1, 90)} {g.rnd.choice(_GB_STREETS)}" for m in maltese]),
        c("locality", "city", "VARCHAR", [p[0] for p in places]),
        c("post_code", "postal_code", "VARCHAR",
          [v.postal(g, "MT" if m else "GB", p[1]) for m, p in zip(maltese, places)]),
        c("buddy", "person_name", "VARCHAR", g.col(lambda: v.whole(g, g.rnd.choice(["mt", "en"])), 0.25)),
        c("dive_guide", "person_name", "VARCHAR", g.col(g.pick(guides)), STAFF),
        c("cert_level", N, "VARCHAR", g.col(g.pick(["OWD", "AOWD", "Rescue", "Divemaster", "CMAS 2*"])), "decoy"),
        c("site", N, "VARCHAR", g.col(g.pick(_SITES)), "decoy"),
        c("boat", N, "VARCHAR", g.col(g.pick(["Tal-Pinu", "Ġanni Boy", "Sea Maria", "Pawlu II", "Lady Doreen"])),
          "decoy", SHAPE),
        c("max_depth_m", N, "DECIMAL(4,1)", g.floats(6, 40, 1), "decoy"),
        c("bottom_time_min", N, "INTEGER", g.ints(18, 70), "decoy"),
        c("nitrox_pct", N, "INTEGER", g.col(g.pick([21, 21, 32, 36])), "decoy"),
        c("tank_serial", N, "VARCHAR", g.col(lambda: g.code("AL80-99999")), "decoy"),
        c("entry_coords", N, "VARCHAR", g.col(lambda: g.coord((35.80, 36.07), (14.18, 14.57))), "decoy"),
        c("booking_ip", "ip_address", "VARCHAR", g.col(g.ipv4, 0.1)),
        c("emergency_contact", "person_name", "VARCHAR", g.col(lambda: v.whole(g, "mt"), 0.8), "null_heavy"),
        c("centre_phone", N, "VARCHAR", g.col(lambda: centre_tel), "business"),
        c("boat_built", N, "INTEGER", g.col(g.pick([1987, 1994, 2003, 2011])), "decoy", SHAPE),
        c("logged_at", N, "TIMESTAMP", g.moments("2024-04-01", 580), "decoy"),
        c("weights_kg", N, "INTEGER", g.ints(2, 14), "decoy"),
        c("wetsuit", N, "VARCHAR", g.col(g.pick(["3mm shorty", "5mm", "7mm", "drysuit"])), "decoy"),
        c("air_start_bar", N, "INTEGER", g.ints(190, 232), "decoy"),
        c("air_end_bar", N, "INTEGER", g.ints(40, 90), "decoy"),
        c("water_temp_c", N, "DECIMAL(4,1)", g.floats(14, 27, 1), "decoy"),
        c("visibility_m", N, "INTEGER", g.ints(5, 40), "decoy"),
    ])


# -- an Austrian tax adviser's client intake (German) ------------------------------------------------------------------


def at_tax_intake(g: Gen) -> Table:
    """An Austrian tax adviser's client intake: the social-insurance number (``ssn``), date of birth as DATE beside
    the engagement date, the spouse's name and date of birth (NULL-heavy for singles), children, the employer
    (business), the refund IBAN, the adviser as ``Huber Birgit`` (few distinct), the firm's UID (business)."""
    fem = v.sexes(g, 0.5)
    firsts, lasts = v.people(g, "de-AT", fem)
    births = g.births(1948, 2004)
    places = [v.city(g, "AT") for _ in range(g.rows)]
    married = [g.rnd.random() < 0.2 for _ in range(g.rows)]
    advisers = [f"{v.family(g, 'de-AT')} {v.given(g, 'de-AT')}" for _ in range(3)]
    return Table("steuerberatung.KlientenAufnahme", "de", "pascal", [
        c("KlientNr", N, "INTEGER", g.keys(20_001, 3), "decoy"),
        c("Anrede", N, "VARCHAR", ["Frau" if f else "Herr" for f in fem], "decoy"),
        c("Titel", N, "VARCHAR", g.col(g.pick(["Mag.", "Dr.", "DI", "Ing.", "BSc"]), 0.6), "decoy"),
        c("Vorname", "first_name", "VARCHAR", firsts),
        c("Familienname", "last_name", "VARCHAR", lasts),
        c("GebDat", "date_of_birth", "DATE", births, "abbrev"),
        c("MandatSeit", N, "DATE", g.days("2015-01-01", "2025-10-31"), "decoy"),
        c("SvNr", "ssn", "VARCHAR", [v.at_svnr(g, b) for b in births], "abbrev"),
        c("Strasse", "street_address", "VARCHAR", g.col(lambda: v.street(g, "de-AT"))),
        c("Plz", "postal_code", "VARCHAR", [v.postal(g, "AT", p[1]) for p in places], "abbrev"),
        c("Ort", "city", "VARCHAR", [p[0] for p in places]),
        c("TelMobil", "phone", "VARCHAR", g.phones("AT", {"national": 0.6, "intl": 0.4})),
        c("EMail", "email", "VARCHAR", v.emails(g, firsts, lasts, ["aon.at", "gmx.at", "chello.at", "a1.net"], 0.1)),
        c("Ehepartner", "person_name", "VARCHAR", [v.whole(g, "de-AT", not f) if m else None
                                                   for m, f in zip(married, fem)], "null_heavy"),
        c("EhepartnerGebDat", "date_of_birth", "DATE", [g.birth(1950, 2004) if m else None for m in married],
          "null_heavy", "abbrev"),
        c("AnzahlKinder", N, "INTEGER", g.col(g.pick([0, 0, 1, 2, 3])), "decoy"),
        c("Arbeitgeber", N, "VARCHAR", g.col(g.pick(["Magna Steyr", "voestalpine", "AVL List", "Land Steiermark",
                                                       "Sappi Gratkorn"]), 0.2), "business"),
        c("IbanRueckerstattung", "iban", "VARCHAR", g.col(lambda: v.iban(g, "AT", g.rnd.random() < 0.5), 0.15)),
        c("Betreuer", "person_name", "VARCHAR", g.col(g.pick(advisers)), STAFF),
        c("Honorar", N, "DECIMAL(8,2)", g.amounts(180, 4_500), "decoy"),
        c("Veranlagungsjahr", N, "INTEGER", g.col(g.pick([2022, 2023, 2024])), "decoy", SHAPE),
        c("KanzleiUid", N, "VARCHAR", g.col(lambda: "ATU12345675"), "business"),
        c("Notiz", "free_text", "VARCHAR", g.sparse(lambda: g.rnd.choice([
            f"Unterlagen bringt Tochter {v.whole(g, 'de-AT', True)}",
            f"Rückruf bei {v.whole(g, 'de-AT')} wegen Pendlerpauschale",
            "Belege vollständig"]), 0.8, _words("keine Angabe")), NULLWORD),
        c("DokumentHash", N, "VARCHAR", g.col(g.sha256), "decoy"),
        c("AdresseSk", N, "INTEGER", g.keys(400_001, 11), "decoy", MISLEADING),
        c("Familienbonus", N, "BOOLEAN", g.yn(True, False, 0.4), "decoy"),
        c("Pendlerpauschale", N, "VARCHAR", g.col(g.pick(["keine", "klein", "groß"])), "decoy"),
        c("Finanzamt", N, "VARCHAR", g.col(g.pick(["FA Graz-Stadt", "FA Österreich", "FA Kärnten"])), "decoy"),
        c("Bearbeitungsstatus", N, "VARCHAR", g.col(g.pick(["offen", "in Arbeit", "eingereicht", "Bescheid da"])),
          "decoy"),
        c("AbgabeFrist", N, "DATE", g.days("2025-04-30", "2026-03-31"), "decoy"),
        c("Aktenzahl", N, "VARCHAR", g.col(lambda: g.code("AN-9999/99")), "decoy"),
    ])


# -- a riding stable's riders (French) ---------------------------------------------------------------------------------

_HORSES = ["Monsieur Gaspard", "Belle de Saumur", "Ulysse du Moulin", "Tornade", "Quenotte", "Vicomte", "Jolie Môme",
           "Roi Soleil"]


def fr_riding_stable(g: Gen) -> Table:
    """A riding stable's riders: the NIR (``ssn``), date of birth with a month name (``12 mars 1984``) beside the
    registration date in the same form, a parent for minors (NULL-heavy), the instructor by given name in lower case
    (few distinct), the horse ridden (named like people), the horse's birth year, the stable's SIRET (business)."""
    fem = v.sexes(g, 0.7)
    firsts, lasts = v.people(g, "fr", fem)
    births = g.births(1960, 2017)
    places = [v.city(g, "FR") for _ in range(g.rows)]
    monitors = [v.given(g, "fr").lower() for _ in range(4)]
    return Table("centre_equestre.cavaliers", "fr", "snake", [
        c("id_cavalier", N, "INTEGER", g.keys(3_001), "decoy"),
        c("prenom", "first_name", "VARCHAR", firsts),
        c("nom_de_famille", "last_name", "VARCHAR", lasts),
        c("ne_le", "date_of_birth", "VARCHAR", [_fr(b) for b in births], MONTH_NAME),
        c("inscrit_le", N, "VARCHAR", [_fr(d) for d in g.days("2019-09-01", "2025-10-15")], "decoy", SHAPE),
        c("num_secu", "ssn", "VARCHAR", [v.fr_nir(g, b, f) for b, f in zip(births, fem)], "abbrev"),
        c("adresse", "street_address", "VARCHAR", g.col(lambda: v.street(g, "fr"))),
        c("cp", "postal_code", "VARCHAR", [v.postal(g, "FR", p[1]) for p in places], "abbrev"),
        c("commune", "city", "VARCHAR", [p[0] for p in places]),
        c("portable", "phone", "VARCHAR", g.phones("FR", {"national": 0.7, "intl": 0.2, "digits": 0.1})),
        c("courriel", "email", "VARCHAR", v.emails(g, firsts, lasts, ["orange.fr", "free.fr", "laposte.net", "sfr.fr"],
                                                   0.05)),
        c("responsable_legal", "person_name", "VARCHAR",
          [f"{v.given(g, 'fr')} {b}" if d.year >= 2009 else None for b, d in zip(lasts, births)], "null_heavy",
          "qualified"),
        c("moniteur", "first_name", "VARCHAR", g.col(g.pick(monitors)), STAFF),
        c("galop", N, "VARCHAR", g.col(g.pick(["Galop 1", "Galop 3", "Galop 5", "Galop 7", "Poney Bronze"])), "decoy"),
        c("cheval_attitre", N, "VARCHAR", g.col(g.pick(_HORSES), 0.2), "decoy", SHAPE),
        c("cheval_annee_naissance", N, "INTEGER", g.col(g.pick([2008, 2011, 2013, 2015, 2016])), "decoy", SHAPE),
        c("forfait", N, "VARCHAR", g.col(g.pick(["Annuel", "Trimestre", "Carte 10", "Stage vacances"])), "decoy"),
        c("licence_ffe_payee", N, "BOOLEAN", g.yn(True, False, 0.8), "decoy"),
        c("carte_fidelite", N, "VARCHAR", g.col(lambda: v.not_luhn_plain(g, "4", 16), 0.5), "decoy", SHAPE),
        c("siret_club", N, "VARCHAR", g.col(lambda: "81234567800025"), "business"),
        c("tel_club", N, "VARCHAR", g.col(lambda: "02 41 51 00 00"), "business"),
        c("remarques", "free_text", "VARCHAR", g.sparse(lambda: g.rnd.choice([
            f"récupéré par {v.whole(g, 'fr')} le mercredi", f"allergie au foin, prévenir {g.rnd.choice(monitors)}",
            "casque prêté"]), 0.8, _words("non renseigné")), NULLWORD),
        c("maj", N, "TIMESTAMP", g.moments("2023-01-01", 1_000), "decoy"),
        c("uuid", N, "VARCHAR", g.col(g.uuid), "decoy"),
        c("taille_casque", N, "VARCHAR", g.col(g.pick(["XS", "S", "M", "L"])), "decoy"),
        c("discipline", N, "VARCHAR", g.col(g.pick(["CSO", "dressage", "CCE", "voltige", "attelage"])), "decoy"),
        c("box_cheval", N, "VARCHAR", g.col(lambda: g.code("B-99")), "decoy"),
        c("assurance", N, "VARCHAR", g.col(g.pick(["RC FFE", "individuelle accident", "aucune"])), "decoy"),
        c("ref_stage", N, "VARCHAR", g.col(lambda: g.code("STG-25-999"), 0.4), "decoy"),
    ])


# -- an Ecuadorian lottery's prize claims (Spanish) --------------------------------------------------------------------


def es_lottery_claims(g: Gen) -> Table:
    """A lottery's register of prize claims in Ecuador: the claimant's cédula, date of birth ``yyyy-mm-dd`` beside the
    draw date in the same form, the ticket number, the prize tier, the bank card the prize is paid to (Luhn), an heir
    for claims of deceased winners (NULL-heavy), the clerk as ``Lcda. Mayra Zambrano`` (few distinct), the agency."""
    fem = v.sexes(g, 0.45)
    firsts, lasts = v.people(g, "es", fem)
    births = g.births(1940, 2006)
    places = [v.city(g, "EC") for _ in range(g.rows)]
    clerks = [g.rnd.choice(["Lcda.", "Ing.", "Abg."]) + " " + v.whole(g, "es", True) for _ in range(3)]
    return Table("loteria.reclamosPremios", "es", "camel", [
        c("idReclamo", N, "INTEGER", g.keys(880_001), "decoy"),
        c("nombres", "first_name", "VARCHAR", [f"{a} {v.given(g, 'es', f)}" if g.rnd.random() < 0.5 else a
                                                for a, f in zip(firsts, fem)]),
        c("apellidos", "last_name", "VARCHAR", [f"{b} {v.family(g, 'es')}" for b in lasts]),
        c("cedula", "national_id", "VARCHAR", g.col(lambda: v.ec_ci(g))),
        c("fechaNacimiento", "date_of_birth", "VARCHAR", [_ymd(b) for b in births]),
        c("fechaSorteo", N, "VARCHAR", [_ymd(d) for d in g.days("2024-01-05", "2025-11-28")], "decoy", SHAPE),
        c("numeroBoleto", N, "VARCHAR", g.col(lambda: g.code("99999-999")), "decoy"),
        c("categoriaPremio", N, "VARCHAR", g.col(g.pick(["Premio Mayor", "Segunda Suerte", "Reintegro", "Terminal",
                                                         "Raspadita"])), "decoy"),
        c("montoUsd", N, "DECIMAL(12,2)", g.amounts(5, 250_000), "decoy"),
        c("telCelular", "phone", "VARCHAR", g.phones("EC", {"national": 0.6, "intl": 0.3, "local": 0.1}), "abbrev"),
        c("correo", "email", "VARCHAR", v.emails(g, firsts, lasts, ["hotmail.com", "gmail.com", "yahoo.es"], 0.3)),
        c("direccion", "street_address", "VARCHAR", g.col(lambda: v.street(g, "es"))),
        c("ciudad", "city", "VARCHAR", [p[0] for p in places]),
        c("tarjetaPago", "credit_card", "VARCHAR", g.col(lambda: v.card(g, style="dashed"), 0.4)),
        c("heredero", "person_name", "VARCHAR", g.col(lambda: v.whole(g, "es"), 0.88), "null_heavy"),
        c("atendidoPor", "person_name", "VARCHAR", g.col(g.pick(clerks)), STAFF),
        c("agencia", N, "VARCHAR", g.col(g.pick(["Agencia Centro Quito", "Punto Pago Urdesa", "Agencia Cuenca Sur"])),
          "business"),
        c("rucAgencia", N, "VARCHAR", g.col(g.pick(["1790012345001", "0990054321001"])), "business"),
        c("codigoVerificacion", N, "VARCHAR", g.col(g.md5), "decoy"),
        c("refLlamada", N, "VARCHAR", g.col(lambda: v.not_phone(g, "EC", (3, 3, 4), "0")), "decoy", SHAPE),
        c("pagado", N, "BOOLEAN", g.yn(True, False, 0.7), "decoy"),
        c("registrado", N, "TIMESTAMP", g.moments("2024-01-05", 690), "decoy"),
        c("serie", N, "VARCHAR", g.col(g.pick(["A", "B", "C", "D"])), "decoy"),
        c("fraccion", N, "INTEGER", g.ints(1, 40), "decoy"),
        c("numeroSorteo", N, "INTEGER", g.ints(6_500, 6_720), "decoy"),
        c("impuestoRetenido", N, "DECIMAL(12,2)", g.amounts(0, 30_000), "decoy"),
        c("canalVenta", N, "VARCHAR", g.col(g.pick(["lotero", "app", "supermercado", "farmacia"])), "decoy"),
    ])


# -- a youth hostel's guest register (Italian) -------------------------------------------------------------------------

_HOSTEL_COUNTRIES = [("IT", "Italia"), ("DE", "Germania"), ("FR", "Francia"), ("NL", "Paesi Bassi"),
                     ("GB", "Regno Unito"), ("US", "Stati Uniti"), ("AU", "Australia"), ("CA", "Canada"),
                     ("CH", "Svizzera")]
_HOSTEL_LANG = {"IT": "it", "DE": "de-AT", "FR": "fr", "NL": "nl", "GB": "en", "US": "en", "AU": "en", "CA": "en",
                "CH": "fr"}


def it_youth_hostel(g: Gen) -> Table:
    """A youth hostel's guest register (the data the police's guest registration asks for): guests of several
    countries, the document number (passports with their check digit, many countries), the codice fiscale of Italian
    guests only, date of birth ``dd/mm/yyyy`` beside the arrival date in the same form, the deposit card (Luhn), the
    receptionist as ``Sig.ra Fontana`` (few distinct), the booking's IPv6, beds and rooms."""
    origin = [g.rnd.choice(_HOSTEL_COUNTRIES) for _ in range(g.rows)]
    fem = v.sexes(g, 0.5)
    names = [v.person(g, _HOSTEL_LANG[o[0]], f) for o, f in zip(origin, fem)]
    births = g.births(1975, 2007)
    staff = [g.rnd.choice(["Sig.ra", "Sig."]) + " " + v.family(g, "it") for _ in range(4)]
    return Table("ostello.registro_ospiti", "it", "snake", [
        c("id_soggiorno", N, "INTEGER", g.keys(11_001), "decoy"),
        c("nome", "first_name", "VARCHAR", [a for a, _ in names]),
        c("cognome", "last_name", "VARCHAR", [b for _, b in names]),
        c("data_nascita", "date_of_birth", "VARCHAR", [_dmy(b, "/") for b in births]),
        c("data_arrivo", N, "VARCHAR", [_dmy(d, "/") for d in g.days("2025-03-01", "2025-11-30")], "decoy", SHAPE),
        c("cittadinanza", N, "VARCHAR", [o[1] for o in origin], "decoy"),
        c("numero_documento", "national_id", "VARCHAR", [v.document(g, o[0]) if o[0] != "IT" else
                                                          g.code("CA99999AA") for o in origin], MULTI_COUNTRY),
        c("codice_fiscale", "national_id", "VARCHAR",
          [v.it_cf(g, a, b, d, f) if o[0] == "IT" else None for o, (a, b), d, f in zip(origin, names, births, fem)],
          "null_heavy", "qualified"),
        c("cellulare", "phone", "VARCHAR",
          [g.phone(o[0], "e164" if o[0] != "IT" else g.rnd.choice(["national", "intl"])) for o in origin]),
        c("email", "email", "VARCHAR", v.emails(g, [a for a, _ in names], [b for _, b in names],
                                                ["gmail.com", "libero.it", "web.de", "outlook.com"], 0.1)),
        c("camera", N, "VARCHAR", g.col(g.pick(["Dormitorio 6F", "Dormitorio 8M", "Doppia 12", "Quadrupla 3"])),
          "decoy"),
        c("letto", N, "VARCHAR", g.col(lambda: g.code("L-99A")), "decoy"),
        c("notti", N, "INTEGER", g.ints(1, 7), "decoy"),
        c("carta_cauzione", "credit_card", "VARCHAR", g.col(lambda: v.card(g, style="spaced"), 0.2)),
        c("receptionist", "person_name", "VARCHAR", g.col(g.pick(staff)), STAFF),
        c("ip_prenotazione", "ip_address", "VARCHAR", g.col(g.ipv6, 0.15)),
        c("canale", N, "VARCHAR", g.col(g.pick(["diretto", "Hostelworld", "Booking", "gruppo scolastico"])), "decoy"),
        c("tessera_ostelli", N, "VARCHAR", g.col(lambda: g.code("HI-9999999"), 0.5), "decoy"),
        c("capogruppo", "person_name", "VARCHAR", g.col(lambda: v.whole(g, "it"), 0.85), "null_heavy"),
        c("tassa_soggiorno", N, "DECIMAL(6,2)", g.amounts(2, 21), "decoy"),
        c("colazione", N, "BOOLEAN", g.yn(True, False, 0.6), "decoy"),
        c("inviato_questura", N, "TIMESTAMP", g.moments("2025-03-01", 274), "decoy"),
        c("tel_ostello", N, "VARCHAR", g.col(lambda: "+39 055 000 1234"), "business"),
        c("checksum_schedina", N, "VARCHAR", g.col(g.sha1), "decoy"),
        c("lingua", N, "VARCHAR", g.col(g.pick(["italiano", "inglese", "tedesco", "francese"])), "decoy"),
        c("motivo_viaggio", N, "VARCHAR", g.col(g.pick(["turismo", "studio", "lavoro", "gita scolastica"])), "decoy"),
        c("armadietto", N, "INTEGER", g.ints(1, 120), "decoy"),
        c("importo", N, "DECIMAL(7,2)", g.amounts(22, 480), "decoy"),
        c("data_partenza", N, "DATE", g.days("2025-03-02", "2025-12-07"), "decoy"),
    ])


# -- a sign-language school's enrolments (Portuguese) ------------------------------------------------------------------


def pt_sign_school(g: Gen) -> Table:
    """A sign-language school's enrolments, abbreviated headers: the citizen card number and NIF, date of birth
    ``dd-mm-yyyy`` beside the enrolment date in the same form, an SMS-only mobile (many deaf pupils), the tuition
    IBAN, the teacher as ``Prof.ª Matilde Rocha`` (few distinct), course levels, a video-relay reference."""
    fem = v.sexes(g, 0.6)
    firsts, lasts = v.people(g, "pt", fem)
    births = g.births(1950, 2010)
    places = [v.city(g, "PT") for _ in range(g.rows)]
    teachers = [("Prof.ª " if f else "Prof. ") + v.whole(g, "pt", f) for f in (True, True, False)]
    return Table("lingua_gestual.inscricoes", "pt", "snake+abbrev", [
        c("id_insc", N, "INTEGER", g.keys(5_001), "decoy", "abbrev"),
        c("nm_proprio", "first_name", "VARCHAR", firsts, "abbrev"),
        c("apelidos", "last_name", "VARCHAR", [f"{v.family(g, 'pt')} {b}" for b in lasts]),
        c("dt_nasc", "date_of_birth", "VARCHAR", [_dmy(b, "-") for b in births], "abbrev"),
        c("dt_insc", N, "VARCHAR", [_dmy(d, "-") for d in g.days("2023-09-01", "2025-10-20")], "decoy", SHAPE,
          "abbrev"),
        c("n_cc", "national_id", "VARCHAR", g.col(lambda: v.pt_cc(g)), "abbrev"),
        c("morada", "street_address", "VARCHAR", g.col(lambda: v.street(g, "pt"))),
        c("cod_post", "postal_code", "VARCHAR", [v.postal(g, "PT", p[1]) for p in places], "abbrev"),
        c("localidade", "city", "VARCHAR", [p[0] for p in places]),
        c("tlm_sms", "phone", "VARCHAR", g.phones("PT", {"national": 0.7, "intl": 0.3}), "abbrev"),
        c("email", "email", "VARCHAR", v.emails(g, firsts, lasts, ["sapo.pt", "gmail.com", "netcabo.pt"], 0.1)),
        c("iban_propina", "iban", "VARCHAR", g.col(lambda: v.iban(g, "PT", True), 0.3)),
        c("formador", "person_name", "VARCHAR", g.col(g.pick(teachers)), STAFF),
        c("nivel", N, "VARCHAR", g.col(g.pick(["LGP A1", "LGP A2", "LGP B1", "Intérpretes"])), "decoy"),
        c("surdo", N, "BOOLEAN", g.yn(True, False, 0.4), "decoy"),
        c("ref_video_chamada", N, "VARCHAR", g.col(lambda: v.not_phone(g, "PT", (3, 3, 3), "9")), "decoy", SHAPE),
        c("turma", N, "VARCHAR", g.col(g.pick(["T1-manhã", "T2-tarde", "T3-pós-laboral"])), "decoy"),
        c("propina_mensal", N, "DECIMAL(6,2)", g.amounts(35, 120), "decoy"),
        c("enc_educ", "person_name", "VARCHAR",
          [f"{v.given(g, 'pt')} {b}" if d.year >= 2005 else None for b, d in zip(lasts, births)], "null_heavy",
          "abbrev"),
        c("obs", "free_text", "VARCHAR", g.sparse(lambda: g.rnd.choice([
            f"acompanhado pela mãe {v.whole(g, 'pt', True)}", f"contactar por SMS, não por voz ({v.given(g, 'pt')})",
            "precisa de intérprete na inscrição"]), 0.75, _words("sem observações")), NULLWORD, "abbrev"),
        c("nipc_escola", N, "VARCHAR", g.col(lambda: "508123457"), "business"),
        c("criado_em", N, "TIMESTAMP", g.moments("2023-09-01", 780), "decoy"),
        c("sala", N, "VARCHAR", g.col(g.pick(["Sala 1", "Sala 2", "Auditório", "Online"])), "decoy"),
        c("horas_curso", N, "INTEGER", g.col(g.pick([25, 50, 75, 100])), "decoy"),
        c("cert_emitido", N, "BOOLEAN", g.yn(True, False, 0.3), "decoy", "abbrev"),
        c("aval_final", N, "DECIMAL(4,1)", g.floats(9.5, 20, 1), "decoy", "abbrev"),
        c("bolsa", N, "BOOLEAN", g.yn(True, False, 0.1), "decoy"),
    ])


# -- a carnival association's members (Dutch) --------------------------------------------------------------------------


def nl_carnival(g: Gen) -> Table:
    """A carnival association's members in Limburg: date of birth as TIMESTAMP at midnight beside the membership date,
    the carnival titles members held (``Prins Huub I``: a title, not a name), the contribution IBAN, a forum handle,
    the board member who signed them up as ``Sjef vd Heuvel`` (few distinct), costumes and sizes."""
    fem = v.sexes(g, 0.45)
    firsts, lasts = v.people(g, "nl", fem)
    births = g.births(1945, 2012)
    places = [v.city(g, "NL") for _ in range(g.rows)]
    board = ["Sjef vd Heuvel", "Truus vd Kessel", "Huub v. Rooij"]
    return Table("carnavalsvereniging.ledenLijst", "nl", "camel", [
        c("lidNummer", N, "INTEGER", g.keys(1_101), "decoy"),
        c("voornaam", "first_name", "VARCHAR", firsts),
        c("achternaam", "last_name", "VARCHAR", lasts),
        c("geboorteMoment", "date_of_birth", "TIMESTAMP", [datetime(b.year, b.month, b.day) for b in births]),
        c("lidSinds", N, "TIMESTAMP", g.moments("1990-11-11", 12_000), "decoy"),
        c("straatHuisnummer", "street_address", "VARCHAR", g.col(lambda: v.street(g, "nl"))),
        c("postcode", "postal_code", "VARCHAR", [v.postal(g, "NL", p[1]) for p in places]),
        c("woonplaats", "city", "VARCHAR", [p[0] for p in places]),
        c("mobiel", "phone", "VARCHAR", g.phones("NL", {"national": 0.6, "intl": 0.2, "local": 0.2})),
        c("eMail", "email", "VARCHAR", v.emails(g, firsts, lasts, ["ziggo.nl", "kpnmail.nl", "home.nl"], 0.15)),
        c("ibanContributie", "iban", "VARCHAR", g.col(lambda: v.iban(g, "NL"), 0.2)),
        c("forumNaam", USERNAME, "VARCHAR", g.col(lambda: v.handle(g, g.rnd.choice(firsts), g.rnd.choice(lasts)), 0.5),
          "username"),
        c("ingeschrevenDoor", "person_name", "VARCHAR", g.col(g.pick(board)), STAFF),
        c("titelGehad", N, "VARCHAR", g.col(g.pick(["Prins Huub I", "Prins Twan II", "Boerin Mieke", "Jeugdprins Teun",
                                                    "Adjudant Gijs"]), 0.6), "decoy", SHAPE),
        c("titelSeizoen", N, "INTEGER", g.col(g.pick([1998, 2004, 2011, 2019, 2024]), 0.6), "decoy", SHAPE),
        c("kostuumMaat", N, "VARCHAR", g.col(g.pick(["S", "M", "L", "XL", "XXL", "kind 128"])), "decoy"),
        c("groep", N, "VARCHAR", g.col(g.pick(["Raad van Elf", "Dansmarietjes", "Zaate Hermenie", "Senaat"])), "decoy"),
        c("contributie", N, "DECIMAL(6,2)", g.col(g.pick([22.5, 35.0, 45.0])), "decoy"),
        c("nieuwsbrief", N, "BOOLEAN", g.yn(True, False, 0.5), "decoy", MISLEADING),
        c("adresSk", N, "INTEGER", g.keys(77_001, 13), "decoy", MISLEADING),
        c("kvkVereniging", N, "VARCHAR", g.col(lambda: "40212345"), "business"),
        c("wijziging", N, "TIMESTAMP", g.moments("2024-01-01", 680), "decoy"),
        c("aantalOptochten", N, "INTEGER", g.ints(0, 40), "decoy"),
        c("wagenNummer", N, "VARCHAR", g.col(lambda: g.code("W-99"), 0.5), "decoy"),
        c("kaartjesBal", N, "INTEGER", g.ints(0, 6), "decoy"),
        c("stemrecht", N, "BOOLEAN", g.yn(True, False, 0.8), "decoy"),
        c("afdeling", N, "VARCHAR", g.col(g.pick(["Jeugd", "Senioren", "Dansgarde", "Bouwploeg"])), "decoy"),
    ])


# -- a court's roster of sworn interpreters (Polish) -------------------------------------------------------------------


def pl_interpreters(g: Gen) -> Table:
    """A court's roster of sworn interpreters (who are the persons listed): PESEL, date of birth as an integer
    ``yyyymmdd`` beside the oath date in the same form, working languages, the judge who assigned the last hearing as
    ``sędzia Mazur`` (few distinct), the fee account IBAN, a court's address (business), case signatures."""
    fem = v.sexes(g, 0.65)
    firsts, lasts = v.people(g, "pl", fem)
    births = g.births(1950, 1998)
    places = [v.city(g, "PL") for _ in range(g.rows)]
    judges = ["sędzia " + v.family(g, "pl", f) for f in (True, False, True)]
    return Table("tlumacze.rejestr_przysieglych", "pl", "snake", [
        c("nr_wpisu", N, "VARCHAR", g.col(lambda: g.code("TP/999/99")), "decoy"),
        c("imie", "first_name", "VARCHAR", firsts),
        c("nazwisko", "last_name", "VARCHAR", lasts),
        c("pesel", "national_id", "VARCHAR", [v.pl_pesel(g, b, f) for b, f in zip(births, fem)]),
        c("data_ur", "date_of_birth", "INTEGER", [int(f"{b:%Y%m%d}") for b in births], "abbrev"),
        c("data_slubowania", N, "INTEGER", [int(f"{d:%Y%m%d}") for d in g.days("2000-01-01", "2025-06-30")], "decoy",
          SHAPE),
        c("jezyki", N, "VARCHAR", g.col(g.pick(["angielski", "niemiecki", "ukraiński", "rosyjski, ukraiński",
                                                "wietnamski", "migowy (PJM)"])), "decoy"),
        c("adres_do_dor", "street_address", "VARCHAR", g.col(lambda: v.street(g, "pl")), "abbrev"),
        c("kod_pocztowy", "postal_code", "VARCHAR", [v.postal(g, "PL", p[1]) for p in places]),
        c("miejscowosc", "city", "VARCHAR", [p[0] for p in places]),
        c("telefon", "phone", "VARCHAR", g.phones("PL", {"national": 0.5, "intl": 0.3, "local": 0.2})),
        c("email", "email", "VARCHAR", v.emails(g, firsts, lasts, ["wp.pl", "onet.pl", "interia.pl", "o2.pl"], 0.05)),
        c("rachunek_wynagrodzenie", "iban", "VARCHAR", g.col(lambda: v.iban(g, "PL", True), 0.1)),
        c("sedzia_wyznaczajacy", "person_name", "VARCHAR", g.col(g.pick(judges)), STAFF),
        c("sygnatura_ostatnia", N, "VARCHAR", g.col(lambda: g.code("II K 999/25")), "decoy"),
        c("sad", N, "VARCHAR", g.col(g.pick(["Sąd Okręgowy w Gdańsku", "Sąd Rejonowy Poznań-Stare Miasto"])),
          "business"),
        c("adres_sadu", N, "VARCHAR", g.col(g.pick(["ul. Nowe Ogrody 28/31", "ul. Młyńska 1a"])), "business"),
        c("stawka_str", N, "DECIMAL(6,2)", g.amounts(30, 80), "decoy"),
        c("zawieszony", N, "BOOLEAN", g.yn(True, False, 0.05), "decoy"),
        c("uwagi", "free_text", "VARCHAR", g.sparse(lambda: g.rnd.choice([
            f"zastępstwo za {v.whole(g, 'pl')}", f"wniosek o skreślenie złożony przez {v.whole(g, 'pl')}",
            "dostępny tylko w piątki"]), 0.85, _words("brak uwag")), NULLWORD),
        c("hash_zaswiadczenia", N, "VARCHAR", g.col(g.sha256), "decoy"),
        c("liczba_zlecen", N, "INTEGER", g.ints(0, 300), "decoy"),
        c("kod_jezyka", N, "VARCHAR", g.col(g.pick(["en", "de", "uk", "ru", "vi", "pjm"])), "decoy"),
        c("ostatnia_rozprawa", N, "DATE", g.days("2025-01-02", "2025-11-28"), "decoy"),
        c("status_wpisu", N, "VARCHAR", g.col(g.pick(["aktywny", "zawieszony", "skreślony"])), "decoy"),
        c("km_dojazdu", N, "INTEGER", g.ints(0, 180), "decoy"),
    ])


# -- a sailing school's pupils (Swedish) -------------------------------------------------------------------------------


def sv_sailing_school(g: Gen) -> Table:
    """A sailing school's pupils in SCREAMING headers: the long personnummer, date of birth ``yyyy/mm/dd`` beside the
    course start in the same form, an emergency contact, the instructor as ``Olle B`` (few distinct), boats named like
    people, the course fee IBAN, the school's org number (business)."""
    fem = v.sexes(g, 0.5)
    firsts, lasts = v.people(g, "sv", fem)
    births = g.births(1955, 2014)
    places = [v.city(g, "SE") for _ in range(g.rows)]
    instructors = [f"{v.given(g, 'sv')} {v.family(g, 'sv')[0]}" for _ in range(4)]
    return Table("SEGLARSKOLA.ELEVREGISTER", "sv", "screaming", [
        c("ELEV_ID", N, "INTEGER", g.keys(1), "decoy"),
        c("FORNAMN", "first_name", "VARCHAR", firsts),
        c("EFTERNAMN", "last_name", "VARCHAR", lasts),
        c("PERSONNR", "national_id", "VARCHAR", [v.se_pnr(g, b, True) for b in births], "abbrev"),
        c("FODD", "date_of_birth", "VARCHAR", [_ymd(b, "/") for b in births]),
        c("KURSSTART", N, "VARCHAR", [_ymd(d, "/") for d in g.days("2024-05-01", "2025-08-31")], "decoy", SHAPE),
        c("GATUADRESS", "street_address", "VARCHAR", g.col(lambda: v.street(g, "sv"))),
        c("POSTNR", "postal_code", "VARCHAR", [v.postal(g, "SE", p[1]) for p in places], "abbrev"),
        c("POSTORT", "city", "VARCHAR", [p[0].upper() for p in places]),
        c("MOBIL", "phone", "VARCHAR", g.phones("SE", {"national": 0.7, "intl": 0.3})),
        c("EPOST", "email", "VARCHAR", v.emails(g, firsts, lasts, ["telia.com", "hotmail.se", "bredband.net"], 0.1)),
        c("ANHORIG", "person_name", "VARCHAR", g.col(lambda: v.whole(g, "sv"), 0.1)),
        c("ANHORIG_TEL", "phone", "VARCHAR", g.phones("SE", {"national": 1.0}, nulls=0.1)),
        c("INSTRUKTOR", "person_name", "VARCHAR", g.col(g.pick(instructors)), STAFF),
        c("KURS", N, "VARCHAR", g.col(g.pick(["Jolle nybörjare", "Kölbåt grund", "Förarintyg", "Kappsegling"])),
          "decoy"),
        c("BAT", N, "VARCHAR", g.col(g.pick(["Lilla My", "Greta", "Kapten Svensson", "Optimist 7", "Astrid"])),
          "decoy", SHAPE),
        c("BAT_BYGGAR", N, "INTEGER", g.col(g.pick([1978, 1992, 2005, 2019])), "decoy", SHAPE),
        c("IBAN_AVGIFT", "iban", "VARCHAR", g.col(lambda: v.iban(g, "SE"), 0.5)),
        c("SIMKUNNIG", N, "BOOLEAN", g.yn(True, False, 0.95), "decoy"),
        c("ORGNR_SKOLA", N, "VARCHAR", g.col(lambda: "802412-3456"), "business"),
        c("VASTSTORLEK", N, "VARCHAR", g.col(g.pick(["XS", "S", "M", "L", "XL"])), "decoy"),
        c("REGISTRERAD", N, "TIMESTAMP", g.moments("2024-01-15", 600), "decoy"),
        c("NIVA", N, "VARCHAR", g.col(g.pick(["Steg 1", "Steg 2", "Steg 3"])), "decoy"),
        c("HAMN", N, "VARCHAR", g.col(g.pick(["Lillhamn", "Norra Hamnen", "Kalmarsund"])), "decoy"),
        c("KURSDAGAR", N, "INTEGER", g.ints(2, 10), "decoy"),
        c("BETALD", N, "BOOLEAN", g.yn(True, False, 0.85), "decoy"),
        c("KURSAVGIFT", N, "DECIMAL(8,2)", g.amounts(1_200, 6_500), "decoy"),
    ])


# -- a bottle-deposit machine's log (Danish, decoys only) --------------------------------------------------------------


def da_bottle_deposit(g: Gen) -> Table:
    """A reverse-vending machine's log at supermarkets: bottle types, deposit marks, barcodes, vouchers failing Luhn,
    machine serials, firmware versions, the store's CVR and phone (business); no personal data (every column
    ``none``)."""
    stores = ["Brugsen Skagen", "Netto Frederikshavn", "SuperBrugsen Hals", "Rema 1000 Sæby"]
    return Table("pant.returautomat_log", "da", "snake", [
        c("log_id", N, "INTEGER", g.keys(1), "decoy"),
        c("automat_serienr", N, "VARCHAR", g.col(lambda: g.code("RVM-99999-A")), "decoy"),
        c("butik", N, "VARCHAR", g.col(g.pick(stores)), "business"),
        c("butik_cvr", N, "VARCHAR", g.col(g.pick(["12345674", "87654328"])), "business"),
        c("butik_tlf", N, "VARCHAR", g.col(g.pick(["98 44 12 00", "98 46 10 30"])), "business"),
        c("emballage", N, "VARCHAR", g.col(g.pick(["Pant A", "Pant B", "Pant C", "Glas 33 cl", "Dåse 50 cl"])),
          "decoy"),
        c("stregkode", N, "VARCHAR", g.col(lambda: g.code("5799999999999")), "decoy"),
        c("antal", N, "INTEGER", g.ints(1, 80), "decoy"),
        c("beloeb_kr", N, "DECIMAL(7,2)", g.amounts(1, 240), "decoy"),
        c("bon_nr", N, "VARCHAR", g.col(lambda: v.not_luhn_plain(g, "9", 16)), "decoy", SHAPE),
        c("doneret", N, "BOOLEAN", g.yn(True, False, 0.1), "decoy"),
        c("firmware", N, "VARCHAR", g.col(g.version), "decoy"),
        c("tidspunkt", N, "TIMESTAMP", g.moments("2025-06-01", 180), "decoy"),
        c("fejlkode", N, "VARCHAR", g.col(g.pick(["OK", "OK", "E12", "E40", "FULD"])), "decoy"),
        c("hash", N, "VARCHAR", g.col(g.md5), "decoy"),
        c("poser_skiftet", N, "INTEGER", g.ints(0, 3), "decoy"),
    ])


# -- a puppet theatre's season-ticket holders (Czech) ------------------------------------------------------------------


def cs_puppet_theatre(g: Gen) -> Table:
    """A puppet theatre's season-ticket holders: date of birth ``d. m. yyyy`` (Czech spacing) beside the purchase date
    in the same form, a child's name for family tickets (NULL-heavy), the usher as ``p. Novotná`` (few distinct),
    seats, puppets (``Kašpárek``), vouchers failing Luhn, the theatre's IČO (business), opaque column names."""
    fem = v.sexes(g, 0.6)
    firsts, lasts = v.people(g, "cs", fem)
    births = g.births(1940, 2007)
    places = [v.city(g, "CZ") for _ in range(g.rows)]
    ushers = ["p. " + v.family(g, "cs", f) for f in (True, True, False)]
    family = [g.rnd.random() < 0.2 for _ in range(g.rows)]

    def cz(d: date) -> str:
        return f"{d.day}. {d.month}. {d.year}"

    return Table("loutkove_divadlo.predplatitele", "cs", "snake", [
        c("id", N, "INTEGER", g.keys(2_001), "decoy"),
        c("jmeno", "first_name", "VARCHAR", firsts),
        c("prijmeni", "last_name", "VARCHAR", lasts),
        c("datum_narozeni", "date_of_birth", "VARCHAR", [cz(b) for b in births]),
        c("datum_nakupu", N, "VARCHAR", [cz(d) for d in g.days("2024-06-01", "2025-09-30")], "decoy", SHAPE),
        c("ulice", "street_address", "VARCHAR", g.col(lambda: v.street(g, "cs"))),
        c("psc", "postal_code", "VARCHAR", [v.postal(g, "CZ", p[1]) for p in places], "abbrev"),
        c("obec", "city", "VARCHAR", [p[0] for p in places]),
        c("c01", "phone", "VARCHAR", g.phones("CZ", {"national": 0.5, "intl": 0.5}), OPAQUE),
        c("c02", "email", "VARCHAR", v.emails(g, firsts, lasts, ["seznam.cz", "email.cz", "centrum.cz"], 0.1), OPAQUE),
        c("dite_jmeno", "person_name", "VARCHAR", [f"{v.given(g, 'cs', fe)} {b}" if f else None
                                                   for f, fe, b in zip(family, fem, lasts)], "null_heavy", "qualified"),
        c("uvadec", "person_name", "VARCHAR", g.col(g.pick(ushers)), STAFF),
        c("rada_sedadlo", N, "VARCHAR", g.col(lambda: f"{g.rnd.randint(1, 14)}/{g.rnd.randint(1, 22)}"), "decoy"),
        c("typ_predplatneho", N, "VARCHAR", g.col(g.pick(["rodinné", "dětské", "seniorské", "školní"])), "decoy"),
        c("oblibena_loutka", N, "VARCHAR", g.col(g.pick(["Kašpárek", "Honza", "Kalupinka", "Pan Hurvínek",
                                                         "Dědeček Vševěd"]), 0.3), "decoy", SHAPE),
        c("poukaz", N, "VARCHAR", g.col(lambda: v.not_luhn_spaced(g, "6"), 0.5), "decoy", SHAPE),
        c("ico_divadla", N, "VARCHAR", g.col(lambda: "00094927"), "business"),
        c("f12", N, "VARCHAR", g.col(g.uuid), "decoy", OPAQUE),
        c("code", N, "VARCHAR", g.col(lambda: g.code("PD-2025-9999")), "decoy", OPAQUE),
        c("notes2", "free_text", "VARCHAR", g.sparse(lambda: g.rnd.choice([
            f"vstupenky vyzvedne {v.whole(g, 'cs')}", f"bezbariérový přístup, doprovod {v.whole(g, 'cs', True)}",
            "platba převodem"]), 0.8, _words("bez poznámky")), NULLWORD, OPAQUE),
        c("cena_kc", N, "INTEGER", g.col(g.pick([890, 1_290, 1_650])), "decoy"),
        c("vytvoreno", N, "TIMESTAMP", g.moments("2024-06-01", 480), "decoy"),
        c("sezona", N, "VARCHAR", g.col(g.pick(["2024/25", "2025/26"])), "decoy"),
        c("pocet_predstaveni", N, "INTEGER", g.col(g.pick([4, 6, 8])), "decoy"),
        c("sal", N, "VARCHAR", g.col(g.pick(["Velký sál", "Malá scéna", "Zahrada"])), "decoy"),
        c("sleva_pct", N, "INTEGER", g.col(g.pick([0, 10, 25, 50])), "decoy"),
        c("zpusob_platby", N, "VARCHAR", g.col(g.pick(["karta", "hotově", "převod", "poukaz"])), "decoy"),
    ])


# -- a notary's register of powers of attorney (Turkish) ---------------------------------------------------------------


def tr_notary(g: Gen) -> Table:
    """A notary's register of powers of attorney: the grantor (T.C. kimlik, date of birth ``12 Mart 1984``, address)
    and the attorney (name, T.C. kimlik) in one table, the deed date in the same form, the clerk as ``Nesrin Hn.`` (few
    distinct), journal numbers, fees, the notary's tax number and phone (business)."""
    fem = v.sexes(g, 0.45)
    firsts, lasts = v.people(g, "tr", fem)
    births = g.births(1935, 2005)
    places = [v.city(g, "TR") for _ in range(g.rows)]
    clerks = [f"{v.given(g, 'tr', True)} Hn." for _ in range(2)] + [f"{v.given(g, 'tr', False)} Bey"]
    return Table("noterlik.VekaletnameKayitlari", "tr", "pascal", [
        c("YevmiyeNo", N, "VARCHAR", g.col(lambda: g.code("2025/99999")), "decoy"),
        c("VekaletVerenAd", "first_name", "VARCHAR", firsts),
        c("VekaletVerenSoyad", "last_name", "VARCHAR", lasts),
        c("VekaletVerenTcKimlik", "national_id", "VARCHAR", g.col(lambda: v.tr_tc(g))),
        c("DogumTarihi", "date_of_birth", "VARCHAR", [_tr(b) for b in births], MONTH_NAME),
        c("DuzenlemeTarihi", N, "VARCHAR", [_tr(d) for d in g.days("2024-01-02", "2025-11-28")], "decoy", SHAPE),
        c("Adres", "street_address", "VARCHAR", g.col(lambda: v.street(g, "tr"))),
        c("Il", "city", "VARCHAR", [p[0] for p in places]),
        c("PostaKodu", "postal_code", "VARCHAR", [v.postal(g, "TR", p[1]) for p in places]),
        c("CepTelefonu", "phone", "VARCHAR", g.phones("TR", {"national": 0.6, "intl": 0.2, "local": 0.2})),
        c("VekilAdSoyad", "person_name", "VARCHAR", g.col(lambda: v.whole(g, "tr"))),
        c("VekilTcKimlik", "national_id", "VARCHAR", g.col(lambda: v.tr_tc(g), 0.3)),
        c("VekaletTuru", N, "VARCHAR", g.col(g.pick(["Genel Vekaletname", "Araç Satış", "Tapu İşlemleri",
                                                     "Dava Vekaleti", "Banka İşlemleri"])), "decoy"),
        c("Katip", "person_name", "VARCHAR", g.col(g.pick(clerks)), STAFF),
        c("Harc", N, "DECIMAL(8,2)", g.amounts(400, 3_500), "decoy"),
        c("AracPlaka", N, "VARCHAR",
          g.col(lambda: f"{g.rnd.randint(1, 81):02d} {g.code('AA')} {g.rnd.randint(100, 9999)}", 0.6), "decoy",
          VEHICLE),
        c("NoterVergiNo", N, "VARCHAR", g.col(lambda: "1234567890"), "business"),
        c("NoterTelefon", N, "VARCHAR", g.col(lambda: "0232 464 00 00"), "business"),
        c("BelgeHash", N, "VARCHAR", g.col(g.sha1), "decoy"),
        c("Aciklama", "free_text", "VARCHAR", g.sparse(lambda: g.rnd.choice([
            f"vekil {v.whole(g, 'tr')} adına tapu işlemleri", f"tercüman {v.whole(g, 'tr')} huzurunda okundu",
            "azilname ile sona erdi"]), 0.75, _words("belirtilmemiş")), NULLWORD),
        c("Kayit", N, "TIMESTAMP", g.moments("2024-01-02", 695), "decoy"),
        c("CiltNo", N, "INTEGER", g.ints(1, 60), "decoy"),
        c("SayfaNo", N, "INTEGER", g.ints(1, 400), "decoy"),
        c("Sure", N, "VARCHAR", g.col(g.pick(["süresiz", "1 yıl", "6 ay", "işlem sonuna kadar"])), "decoy"),
        c("Dil", N, "VARCHAR", g.col(g.pick(["Türkçe", "Türkçe-İngilizce", "Türkçe-Almanca"])), "decoy"),
        c("SuretAdedi", N, "INTEGER", g.ints(1, 5), "decoy"),
    ])


# -- a cooking school's pupils (romanized Japanese) --------------------------------------------------------------------


def ja_latn_cooking(g: Gen) -> Table:
    """A cooking school's pupils, romaji headers: names in romaji, date of birth in the era calendar in kanji beside
    the enrolment date in the same form, My Number for the tax receipt (NULL-heavy), the teacher as ``Miho sensei``
    (few distinct), an online handle, the card for the monthly fee, courses, allergies."""
    fem = v.sexes(g, 0.75)
    people = [v.ja_person(g, f) for f in fem]
    births = g.births(1950, 2008)
    teachers = [f"{v.ja_person(g, True)[1][1]} sensei" for _ in range(3)]
    romaji = [(p[1][1], p[0][1]) for p in people]
    return Table("RYORI_KYOSHITSU.SEITO_DAICHO", "ja-Latn", "screaming", [
        c("SEITO_NO", N, "INTEGER", g.keys(100_001), "decoy"),
        c("SHIMEI_SEI", "last_name", "VARCHAR", [p[0][1] for p in people]),
        c("SHIMEI_MEI", "first_name", "VARCHAR", [p[1][1] for p in people]),
        c("SEINENGAPPI", "date_of_birth", "VARCHAR", [_era(b) for b in births], MONTH_NAME),
        c("NYUKAI_BI", N, "VARCHAR", [_era(d) for d in g.days("2019-06-01", "2025-10-31")], "decoy", SHAPE),
        c("MY_NUMBER", "national_id", "VARCHAR", g.col(lambda: v.jp_mynumber(g), 0.85), "null_heavy"),
        c("JUSHO", "street_address", "VARCHAR", g.col(lambda: v.street(g, "ja"))),
        c("YUBIN_BANGO", "postal_code", "VARCHAR",
          g.col(lambda: f"{g.rnd.randint(100, 999)}-{g.rnd.randint(0, 9999):04d}")),
        c("KEITAI", "phone", "VARCHAR", g.phones("JP", {"national": 0.8, "local": 0.2})),
        c("MERU", "email", "VARCHAR", v.emails(g, [p[1][1] for p in people], [p[0][1] for p in people],
                                               ["docomo.ne.jp", "ezweb.ne.jp", "gmail.com", "yahoo.co.jp"], 0.1)),
        c("NIKKUNEMU", USERNAME, "VARCHAR", g.col(lambda: v.handle(g, *g.rnd.choice(romaji)), 0.4), "username"),
        c("KOSHI", "person_name", "VARCHAR", g.col(g.pick(teachers)), STAFF),
        c("KOSU", N, "VARCHAR", g.col(g.pick(["WASHOKU KISO", "PAN", "WAGASHI", "SUSHI", "KODOMO"])), "decoy"),
        c("AREGUI", N, "VARCHAR", g.col(g.pick(["NASHI", "KOMUGI", "EBI", "SOBA", "TAMAGO"])), "decoy"),
        c("KAIHI", N, "INTEGER", g.col(g.pick([8_800, 11_000, 13_200])), "decoy"),
        c("KADO_BANGO", "credit_card", "VARCHAR", g.col(lambda: v.card(g), 0.3)),
        c("MAIRU_HAISHIN", N, "BOOLEAN", g.yn(True, False, 0.4), "decoy", MISLEADING),
        c("JUSHO_SK", N, "INTEGER", g.keys(500_001, 9), "decoy", MISLEADING),
        c("BIKO", "free_text", "VARCHAR", g.sparse(lambda: g.rnd.choice([
            f"{v.ja_person(g, True)[0][1]} san no shokai", f"furikae: {v.ja_person(g, False)[0][1]} sama",
            "ENPITSU HITSUYO"]), 0.8, _words("TOKU NI NASHI")), NULLWORD),
        c("KOSHIN_NICHIJI", N, "TIMESTAMP", g.moments("2024-04-01", 600), "decoy"),
        c("KYOSHITSU", N, "VARCHAR", g.col(g.pick(["SENDAI HONKO", "IZUMI KO", "ONLINE"])), "decoy"),
        c("KAISU", N, "INTEGER", g.ints(1, 48), "decoy"),
        c("EPURON_SAIZU", N, "VARCHAR", g.col(g.pick(["S", "M", "L"])), "decoy"),
        c("FURIKOMI_ZUMI", N, "BOOLEAN", g.yn(True, False, 0.9), "decoy"),
        c("KOSU_BAN", N, "VARCHAR", g.col(lambda: g.code("RK-99-A")), "decoy"),
    ])


# -- a bicycle anti-theft registration ledger (Japanese) ---------------------------------------------------------------


def ja_bike_registration(g: Gen) -> Table:
    """A bicycle anti-theft registration ledger kept by a shop for the prefecture: the owner in kanji, date of birth
    ``yyyy年m月d日``, the address in one string, phones, the clerk by family name alone in kanji (few distinct),
    registration stickers, frame numbers, brands and colours."""
    fem = v.sexes(g, 0.5)
    people = [v.ja_person(g, f) for f in fem]
    births = g.births(1945, 2015)
    cities = [("仙台市", "980"), ("札幌市", "060"), ("福岡市", "810"), ("広島市", "730"), ("静岡市", "420")]
    places = [g.rnd.choice(cities) for _ in range(g.rows)]
    clerks = [v.ja_person(g, f)[0][0] for f in (True, False, False)]
    return Table("防犯登録.登録台帳", "ja", "native", [
        c("登録番号", N, "VARCHAR", g.col(lambda: g.code("A 9999999")), "decoy"),
        c("氏", "last_name", "VARCHAR", [p[0][0] for p in people]),
        c("名", "first_name", "VARCHAR", [p[1][0] for p in people]),
        c("生年月日", "date_of_birth", "VARCHAR", [f"{b.year}年{b.month}月{b.day}日" for b in births]),
        c("登録日", N, "VARCHAR", [f"{d.year}年{d.month}月{d.day}日" for d in g.days("2021-04-01", "2025-11-20")],
          "decoy", SHAPE),
        c("住所", "street_address", "VARCHAR", [p[0] + v.street(g, "ja") for p in places]),
        c("郵便番号", "postal_code", "VARCHAR", [f"{p[1]}-{g.rnd.randint(0, 9999):04d}" for p in places]),
        c("市区町村", "city", "VARCHAR", [p[0] for p in places]),
        c("電話番号", "phone", "VARCHAR", g.phones("JP", {"national": 0.7, "intl": 0.1, "local": 0.2}, 0.6)),
        c("受付者", "last_name", "VARCHAR", g.col(g.pick(clerks)), STAFF),
        c("車体番号", N, "VARCHAR", g.col(lambda: g.code("AA9999999")), "decoy"),
        c("メーカー", N, "VARCHAR", g.col(g.pick(["ブリヂストン", "パナソニック", "ヤマハ", "丸石"])), "decoy"),
        c("車種", N, "VARCHAR", g.col(g.pick(["一般", "電動アシスト", "子供車", "スポーツ"])), "decoy"),
        c("色", N, "VARCHAR", g.col(g.pick(["黒", "白", "シルバー", "赤", "紺"])), "decoy"),
        c("防犯登録料", N, "INTEGER", g.col(g.pick([600, 660])), "decoy"),
        c("販売店", N, "VARCHAR", g.col(g.pick(["サイクルショップ青葉", "自転車のミナミ", "輪業タカダ"])), "business"),
        c("販売店電話", N, "VARCHAR", g.col(g.pick(["022-000-1111", "092-000-2222"])), "business"),
        c("抹消", N, "BOOLEAN", g.yn(True, False, 0.05), "decoy"),
        c("備考", "free_text", "VARCHAR", g.sparse(lambda: g.rnd.choice([
            f"{v.ja_person(g, True)[0][0]}様より譲渡", f"盗難届 {v.ja_person(g, False)[0][0]}さん",
            "鍵2本"]), 0.85, _words("特になし")), NULLWORD),
        c("作成日時", N, "TIMESTAMP", g.moments("2021-04-01", 1_680), "decoy"),
        c("タイヤサイズ", N, "VARCHAR", g.col(g.pick(["20インチ", "24インチ", "26インチ", "27インチ", "700C"])),
          "decoy"),
        c("変速", N, "VARCHAR", g.col(g.pick(["なし", "内装3段", "外装6段", "外装21段"])), "decoy"),
        c("鍵番号", N, "VARCHAR", g.col(lambda: g.code("K99999"), 0.3), "decoy"),
        c("保険加入", N, "BOOLEAN", g.yn(True, False, 0.5), "decoy"),
        c("店舗コード", N, "VARCHAR", g.col(g.pick(["04-0123", "40-0456", "34-0789"])), "decoy"),
    ])


# -- a tyre-fitting shop's orders (Russian) ----------------------------------------------------------------------------


def ru_tyre_shop(g: Gen) -> Table:
    """A tyre-fitting shop's orders: the customer's personal INN (for the receipt), date of birth ``dd.mm.yyyy г.``
    beside the order date in the same form, the car's plate (vehicle), tyre sizes, the fitter by diminutive
    (``Лёха``, few distinct), tyre storage (NULL-heavy address), the supplier (business)."""
    fem = v.sexes(g, 0.3)
    firsts, lasts = v.people(g, "ru", fem)
    births = g.births(1950, 2005)
    places = [v.city(g, "RU") for _ in range(g.rows)]
    fitters = ["Лёха", "Саня", "Димон", "Серёга"]
    plate_letters = "АВЕКМНОРСТУХ"
    return Table("шиномонтаж.заказы", "ru", "native", [
        c("номер_заказа", N, "INTEGER", g.keys(40_001), "decoy"),
        c("фамилия", "last_name", "VARCHAR", lasts),
        c("имя", "first_name", "VARCHAR", firsts),
        c("дата_рождения", "date_of_birth", "VARCHAR", [f"{_dmy(b)} г." for b in births]),
        c("дата_заказа", N, "VARCHAR", [f"{_dmy(d)} г." for d in g.days("2024-03-15", "2025-11-25")], "decoy", SHAPE),
        c("инн", "national_id", "VARCHAR", g.col(lambda: v.ru_inn(g), 0.5), "abbrev"),
        c("телефон", "phone", "VARCHAR", g.phones("RU", {"national": 0.5, "intl": 0.3, "e164": 0.2})),
        c("почта", "email", "VARCHAR", v.emails(g, [v.latin(a) for a in firsts], [v.latin(b) for b in lasts],
                                                ["mail.ru", "yandex.ru", "bk.ru"], 0.4)),
        c("адрес_хранения_шин", "street_address", "VARCHAR", g.col(lambda: v.street(g, "ru"), 0.82), "null_heavy"),
        c("город", "city", "VARCHAR", [p[0] for p in places]),
        c("индекс", "postal_code", "VARCHAR", [v.postal(g, "RU", p[1]) for p in places]),
        c("госномер", N, "VARCHAR", g.col(lambda: f"{g.rnd.choice(plate_letters)}{g.rnd.randint(100, 999)}"
                                          f"{g.rnd.choice(plate_letters)}{g.rnd.choice(plate_letters)}"
                                          f"{g.rnd.choice(['54', '154', '55', '72', '38'])}"), "decoy", VEHICLE),
        c("марка_авто", N, "VARCHAR", g.col(g.pick(["Lada Vesta", "Kia Rio", "Hyundai Solaris", "Toyota Camry"])),
          "decoy"),
        c("размер_шин", N, "VARCHAR", g.col(g.pick(["185/65 R15", "205/55 R16", "225/60 R17", "195/65 R15"])),
          "decoy"),
        c("шины_модель", N, "VARCHAR", g.col(g.pick(["Nordman 7", "Kama Euro 519", "Hakka Green 3", "Ice Zero"])),
          "decoy"),
        c("мастер", "first_name", "VARCHAR", g.col(g.pick(fitters)), STAFF),
        c("сумма_руб", N, "DECIMAL(10,2)", g.amounts(1_200, 18_000), "decoy"),
        c("поставщик", N, "VARCHAR", g.col(g.pick(["ООО «Шинсервис»", "ООО «Колесо Сибири»"])), "business"),
        c("инн_поставщика", N, "VARCHAR", g.col(g.pick(["5406123456", "5501234567"])), "business"),
        c("misc_1", "phone", "VARCHAR", g.phones("RU", {"national": 1.0}, nulls=0.2), MISLEADING, OPAQUE),
        c("комментарий", "free_text", "VARCHAR", g.sparse(lambda: g.rnd.choice([
            f"машину пригонит жена, {v.whole(g, 'ru', True)}", f"звонить {v.whole(g, 'ru')} после 18:00",
            "секретки на колёсах"]), 0.8, _words("нет")), NULLWORD),
        c("трек_доставки", N, "VARCHAR", g.col(lambda: g.code("RA999999999RU"), 0.7), "decoy"),
        c("создан", N, "TIMESTAMP", g.moments("2024-03-15", 620), "decoy"),
        c("пробег_км", N, "INTEGER", g.ints(5_000, 250_000), "decoy"),
        c("сезон", N, "VARCHAR", g.col(g.pick(["лето", "зима", "всесезон"])), "decoy"),
        c("балансировка", N, "BOOLEAN", g.yn(True, False, 0.8), "decoy"),
        c("диски", N, "VARCHAR", g.col(g.pick(["штамп", "литьё", "ковка"])), "decoy"),
        c("бокс", N, "VARCHAR", g.col(g.pick(["бокс 1", "бокс 2", "бокс 3"])), "decoy"),
    ])


# -- a lifeguard school's trainees (Greek) -----------------------------------------------------------------------------


def el_lifeguard(g: Gen) -> Table:
    """A lifeguard school's trainees: AMKA (``ssn``), date of birth ``d/m/yy`` beside the exam date in the same form,
    the father's name, the instructor as ``Κ. Βλάχος`` (few distinct), a medical certificate's doctor (NULL-heavy),
    the fee IBAN, pool sessions, the school's tax number (business)."""
    fem = v.sexes(g, 0.4)
    firsts, lasts = v.people(g, "el", fem)
    births = g.births(1975, 2007)
    places = [v.city(g, "GR") for _ in range(g.rows)]
    instructors = [f"{'Κα' if f else 'Κ.'} {v.family(g, 'el', f)}" for f in (False, True, False)]

    def short(d: date) -> str:
        return f"{d.day}/{d.month}/{d.year % 100:02d}"

    return Table("ναυαγοσωστική.σπουδαστές", "el", "native", [
        c("α_α", N, "INTEGER", g.keys(1), "decoy"),
        c("όνομα", "first_name", "VARCHAR", firsts),
        c("επώνυμο", "last_name", "VARCHAR", lasts),
        c("όνομα_πατρός", "first_name", "VARCHAR", [v.given(g, "el", False) for _ in range(g.rows)]),
        c("ημ_γέννησης", "date_of_birth", "VARCHAR", [short(b) for b in births], "abbrev"),
        c("ημ_εξέτασης", N, "VARCHAR", [short(d) for d in g.days("2024-04-01", "2025-10-31")], "decoy", SHAPE),
        c("αμκα", "ssn", "VARCHAR", [v.gr_amka(g, b) for b in births]),
        c("διεύθυνση", "street_address", "VARCHAR", g.col(lambda: v.street(g, "el"))),
        c("πόλη", "city", "VARCHAR", [p[0] for p in places]),
        c("τκ", "postal_code", "VARCHAR", [v.postal(g, "GR", p[1]) for p in places], "abbrev"),
        c("κινητό", "phone", "VARCHAR", g.phones("GR", {"national": 0.7, "intl": 0.3})),
        c("email", "email", "VARCHAR", v.emails(g, [v.latin(a) for a in firsts], [v.latin(b) for b in lasts],
                                                ["gmail.com", "yahoo.gr", "otenet.gr"], 0.1)),
        c("iban_διδάκτρων", "iban", "VARCHAR", g.col(lambda: v.iban(g, "GR"), 0.35)),
        c("εκπαιδευτής", "person_name", "VARCHAR", g.col(g.pick(instructors)), STAFF),
        c("ιατρός_βεβαίωσης", "person_name", "VARCHAR", g.col(lambda: "Δρ. " + v.whole(g, "el"), 0.78),
          "null_heavy"),
        c("πισίνα", N, "VARCHAR", g.col(g.pick(["Κολυμβητήριο Χανίων", "Δημοτικό Κολυμβητήριο Ηρακλείου"])), "decoy"),
        c("ώρες_κολύμβησης", N, "INTEGER", g.ints(10, 60), "decoy"),
        c("επιτυχία", N, "BOOLEAN", g.yn(True, False, 0.8), "decoy"),
        c("αφμ_σχολής", N, "VARCHAR", g.col(lambda: "099999999"), "business"),
        c("δίδακτρα", N, "DECIMAL(7,2)", g.amounts(250, 450), "decoy"),
        c("παρατηρήσεις", "free_text", "VARCHAR", g.sparse(lambda: g.rnd.choice([
            f"συνοδεύεται από {v.whole(g, 'el')}", f"αναπλήρωση με {g.rnd.choice(instructors)}",
            "χρειάζεται στολή M"]), 0.8, _words("καμία")), NULLWORD),
        c("uuid_φακέλου", N, "VARCHAR", g.col(g.uuid), "decoy"),
        c("τμήμα", N, "VARCHAR", g.col(g.pick(["Α1", "Α2", "Β1", "Σαββατοκύριακο"])), "decoy"),
        c("βαθμός_θεωρίας", N, "DECIMAL(4,1)", g.floats(5, 20, 1), "decoy"),
        c("βαθμός_πρακτικής", N, "DECIMAL(4,1)", g.floats(5, 20, 1), "decoy"),
        c("σεζόν", N, "INTEGER", g.col(g.pick([2024, 2025])), "decoy"),
        c("παραλία_πρακτικής", N, "VARCHAR", g.col(g.pick(["Νέα Χώρα", "Αγία Μαρίνα", "Αμμουδάρα"])), "decoy"),
    ])


# -- an international youth orchestra's auditions, merged from national desks ------------------------------------------

_DESKS = [("FI", "fi"), ("NO", "no"), ("SI", "sl"), ("MY", "ms"), ("BG", "bg"), ("HR", "hr")]
_DESK_CITIES = {"FI": ("Tampere", "33100"), "NO": ("Bergen", "5003"), "SI": ("Maribor", "2000"),
                "MY": ("Ipoh", "30450"), "BG": ("Пловдив", "4000"), "HR": ("Split", "21000")}
_DESK_STREETS = {"FI": "Hämeenkatu {n}", "NO": "Strandgaten {n}", "SI": "Gosposka ulica {n}",
                 "MY": "{n}, Jalan Sultan Idris Shah", "BG": "ул. „Княз Александър I“ {n}", "HR": "Marmontova {n}"}


def orchestra_merged(g: Gen) -> Table:
    """An international youth orchestra's audition applicants merged from its national desks: every column kept the
    header of the desk it first came from (many languages), its rows hold applicants of every desk; national numbers
    of the applicant's country in one column (several countries), a parent for minors, the jury chair as ``Dr. Nagy
    Eszter`` (few distinct), instruments, audition slots, the recording's IPv6."""
    desk = [g.rnd.choice(_DESKS) for _ in range(g.rows)]
    fem = v.sexes(g, 0.55)
    names = [v.person(g, lang, f) for (_, lang), f in zip(desk, fem)]
    births = g.births(1998, 2011)

    def lang(code: str) -> str:
        return f"lang:{code}"

    def nid(country: str, born: date, female: bool) -> str:
        makers: dict[str, Callable[[], str]] = {
            "FI": lambda: v.fi_hetu(g, born), "NO": lambda: v.no_fnr(g, born),
            "SI": lambda: v.si_emso(g, born, female), "MY": lambda: v.my_nric(g, born),
            "BG": lambda: v.bg_egn(g, born, female), "HR": lambda: v.hr_oib(g)}
        return makers[country]()

    chairs = ["Dr. " + f"{v.family(g, 'hu')} {v.given(g, 'hu', True)}", "Dr. " + f"{v.family(g, 'hu')} "
              f"{v.given(g, 'hu', False)}"]
    return Table("orchestra.auditions_merged", "en", "snake", [
        c("applicant_id", N, "INTEGER", g.keys(9_001), "decoy", lang("en")),
        c("keresztnev", "first_name", "VARCHAR", [a for a, _ in names], lang("hu")),
        c("sukunimi", "last_name", "VARCHAR", [b for _, b in names], lang("fi")),
        c("fodselsdato", "date_of_birth", "DATE", births, lang("no")),
        c("cod_numeric_personal", "national_id", "VARCHAR",
          [nid(d[0], b, f) for d, b, f in zip(desk, births, fem)], MULTI_COUNTRY, lang("ro")),
        c("telefonska_stevilka", "phone", "VARCHAR", [g.phone(d[0], g.rnd.choice(["intl", "e164", "00"]))
                                                      for d in desk], lang("sl")),
        c("helbide_elektronikoa", "email", "VARCHAR", v.emails(g, [v.latin(a) for a, _ in names],
                                                               [v.latin(b) for _, b in names],
                                                               ["gmail.com", "outlook.com", "icloud.com"], 0.1),
          lang("eu")),
        c("enderezo", "street_address", "VARCHAR", [_DESK_STREETS[d[0]].format(n=g.rnd.randint(1, 90)) for d in desk],
          lang("gl")),
        c("kodici_postali", "postal_code", "VARCHAR", [_DESK_CITIES[d[0]][1] for d in desk], lang("mt")),
        c("uertschaft", "city", "VARCHAR", [_DESK_CITIES[d[0]][0] for d in desk], lang("lb")),
        c("jina_la_mzazi", "person_name", "VARCHAR",
          [v.whole(g, d[1]) if b.year >= 2009 else None for d, b in zip(desk, births)], "null_heavy", "qualified",
          lang("sw")),
        c("ala_ng_ibang_detalye", "free_text", "VARCHAR", g.sparse(lambda: g.rnd.choice([
            f"kasama ang guro na si {v.whole(g, 'hu')}", f"sasamahan ng kapatid na {v.whole(g, 'fi')}",
            "may sariling biyolin"]), 0.8, _words("wala")), NULLWORD, lang("tl")),
        c("alat_muzik", N, "VARCHAR", g.col(g.pick(["violin", "viola", "cello", "oboe", "horn", "timpani"])), "decoy",
          lang("ms")),
        c("오디션_시간", N, "TIMESTAMP", g.moments("2026-02-01", 20), "decoy", lang("ko")),
        c("녹음_IP", "ip_address", "VARCHAR", g.col(g.ipv6), lang("ko")),
        c("评委主席", "person_name", "VARCHAR", g.col(g.pick(chairs)), STAFF, lang("zh")),
        c("评分", N, "DECIMAL(4,1)", g.floats(60, 100, 1), "decoy", lang("zh")),
        c("attr_7", "email", "VARCHAR", v.emails(g, [v.latin(a) for a, _ in names], [v.latin(b) for _, b in names],
                                                 ["yahoo.com", "proton.me"], 0.3), OPAQUE, lang("en")),
        c("src_crm_col17", N, "VARCHAR", g.col(lambda: g.code("AUD-26-99999")), "decoy", OPAQUE, lang("en")),
        c("repertoire", N, "VARCHAR", g.col(g.pick(["Sibelius concerto, 1st mvt", "Bach partita no. 2",
                                                    "Mozart oboe concerto", "Strauss horn concerto no. 1"])),
          "decoy", lang("en")),
        c("recording_sha", N, "VARCHAR", g.col(g.sha256), "decoy", lang("en")),
        c("score_version", N, "VARCHAR", g.col(g.version), "decoy", lang("en")),
        c("hall", N, "VARCHAR", g.col(g.pick(["Sala A", "Studio 2", "Kamarni oder"])), "decoy", lang("en")),
        c("section_seat", N, "INTEGER", g.ints(1, 16), "decoy", lang("en")),
        c("kierros", N, "VARCHAR", g.col(g.pick(["1", "2", "finaali"])), "decoy", lang("fi")),
        c("tatt_opp", N, "BOOLEAN", g.yn(True, False, 0.3), "decoy", lang("no")),
        c("bursa_eur", N, "DECIMAL(8,2)", g.amounts(0, 1_500), "decoy", lang("ro")),
        c("prima_vista", N, "DECIMAL(4,1)", g.floats(0, 10, 1), "decoy", lang("hu")),
        c("dvorana_vaja", N, "VARCHAR", g.col(g.pick(["A", "B", "C"])), "decoy", lang("sl")),
    ])


BUILDERS: list[tuple[Callable[[Gen], Table], int]] = [
    (en_dive_log, 320), (at_tax_intake, 280), (fr_riding_stable, 300), (es_lottery_claims, 260),
    (it_youth_hostel, 340), (pt_sign_school, 240), (nl_carnival, 300), (pl_interpreters, 280),
    (sv_sailing_school, 260), (da_bottle_deposit, 220), (cs_puppet_theatre, 300), (tr_notary, 280),
    (ja_latn_cooking, 260), (ja_bike_registration, 300), (ru_tyre_shop, 320), (el_lifeguard, 240),
    (orchestra_merged, 300),
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
