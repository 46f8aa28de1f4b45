"""Held-out set v19 for the column classifier: 18 tables in domains no earlier set used, small clubs whose few families
recur, dates of birth with ordinal days, genitive month names and era abbreviations, staff written in new ways.

Written **blind**, like v2 to v18: by someone who has read neither the classifier (``governance_dagster/detect/``) nor
its documentation, tests, changelog or notes, only the list of kind names (``governance_dagster/kinds.py``), how the
scorer registers a set (``heldout_v2_accuracy.py``), the *structure* and labeling conventions of v18
(``heldout_v18.py``, ``heldout_v18_values.py``, its test, ``tests/heldout_support.py``), the docstrings of v2 to v17
(to avoid their domains) and the ``Column``/``Table`` classes and writer they build on. The classifier was not run on
this set while it was written, no scorer was run on it, and no score of any set was looked at: nothing here was
adjusted to what the classifier does. It was written under a short deadline.

What is new against v2 to v18:

* domains: a Scottish mountain rescue team's call-out log (``mrt.callout_log``, English); a North Frisian farrier's
  visit book with the horses shod (``hufschmied.Besuchsbuch``, German); a Walloon piano tuner's customers
  (``accordeur.clients``, French, Belgium); a Chilean surf school's pupils (``escuela_surf.alumnos``, Spanish); a
  Cremona violin maker's repair book (``liuteria.registro_riparazioni``, Italian); a Lisbon tuk-tuk tour operator's
  bookings (``tuktuk.reservas``, Portuguese); a Frisian dog-grooming salon's client cards (``trimsalon.klantKaart``,
  Dutch); a village volunteer fire brigade's members (``osp.druhowie``, Polish: a small club, few families recur); a
  Norrland snowmobile club's members (``SKOTERKLUBB.MEDLEMMAR``, Swedish); a pigeon-racing club's members and their
  birds (``brevdueforening.medlemmer``, Danish: a small club); a dry cleaner's orders (``cistirna.zakazky``, Czech);
  a hamam's appointments (``hamam.Randevular``, Turkish); a karaoke box's members (``KARAOKE.KAIIN_MEIBO``, romanized
  Japanese); a bonsai class's students (``盆栽教室.受講者名簿``, Japanese); a taxidermy workshop's orders
  (``таксидермия.заказы``, Russian); a ceramics workshop's course participants
  (``εργαστήριο_κεραμικής.συμμετέχοντες``, Greek); a sauna raft's bookings (``saunaparv.broneeringud``, Estonian); a
  car wash tunnel's log, decoys only (``autopesula.pesuloki``, Finnish);
* shapes: dates of birth with an ordinal day (``12th March 1984``), with genitive month names (``12 marca 1984``,
  ``12. března 1984``, ``12 марта 1984 г.``, ``12 Μαρτίου 1984``), with an era abbreviation (``S59.03.12``), with the
  era in brackets (``1984（昭和59）年3月12日``), as ISO with a midnight time (``1984-03-12T00:00:00``), as ``12/3 1984``
  (Swedish), ``12-3-1984`` (Dutch, unpadded), ``12-03-84`` (Danish), each beside another event's date in the same form
  (tag ``value_shape`` on the event date); family names with few distinct values in small clubs (tag ``small_club``);
  staff written as ``MacAskill, A.``, ``HINRICHS JÜRGEN``, ``M. Dubois``, ``Profe Matías``, ``M° Bissolati``, ``Sr.
  Tavares``, ``dh Kubacki``, ``Torbjörn N.``, ``paní Kučerová``, ``Murat Usta``, ``森先生``, ``Николай Петрович``,
  ``κα Σοφία``, ``Seda Abla``, a given name alone in lower case, a family name alone in capitals, a given name
  with an initial without a dot among a dozen or so team members (``Euan M``) (tag ``staff``);
* identifiers with check digits (python-stdnum): Belgian national register number, Chilean RUT, Estonian isikukood,
  Danish CPR (its date checked), Czech birth number, Portuguese NIF, PESEL, personnummer, T.C. kimlik, codice fiscale
  (``national_id``); Russian SNILS and Greek AMKA (``ssn``); IBANs of Germany, the Netherlands, Poland, Denmark,
  Czechia, Estonia and Sweden; cards passing Luhn; phones of the United Kingdom, Germany, Belgium, Chile, Italy,
  Portugal (and the tourists' countries), the Netherlands, Poland, Sweden, Denmark, Czechia, Turkey, Japan, Russia,
  Greece, Estonia; IPv4 and IPv6 addresses;
* decoys (tag ``decoy``; ``value_shape`` when shaped like a personal value): horses, dogs, pigeons, tuk-tuks,
  snowmobiles and hamam rooms named like people (``Dona Amália``, ``Frau Holle``), a bird's ring number, grid references,
  piano serial numbers, violin labels, garment tickets shaped like phone numbers, mount species, kilns, wash
  programmes, police and invoice references, microchip numbers, cards failing Luhn, IBAN-shaped references failing mod 97, phone-shaped references that are no valid numbers,
  plates (tag ``vehicle``), years of other events (a piano's build year, a horse's birth year, a bird's hatch year),
  UUIDs, hashes, coordinates, versions, flags (tag ``misleading`` when named like personal data), surrogate keys named
  like addresses (``addr_sk``, ``AdresSk``, ``JUSHO_SK``, tag ``misleading``); business data of the team, the smithy,
  the tuner, schools, workshops, clubs (tag ``business``);
* column names in English, German, French, Spanish, Italian, Portuguese, Dutch, Polish, Swedish, Danish, Czech,
  Turkish, romanized Japanese (``ja-Latn``), Japanese, Russian, Greek, Estonian and Finnish; styles: snake, camel,
  Pascal, SCREAMING, native scripts, abbreviations (``cust_fnm``, ``ctc_ph``, ``addr_ln1``, ``dt_nasc``), opaque names
  (``c01``, ``misc_1``, ``notes2``, ``code``, ``attr_7``, tag ``opaque``) and source prefixes (``src_crm_col17``).

Labeling rules: the same as v2 to v18 (see :mod:`benchmarks.classification.heldout_v18`): ``ssn`` is a social-security
or social-insurance number, ``national_id`` any other state-issued personal identifier; a business's address, phone,
postal code, city, e-mail, tax and registration numbers and bank account are ``none`` (tag ``business``); names of
staff are ``person_name`` (a first name or a family name alone ``first_name`` or ``last_name``); a login or public
display handle is ``unclassified`` (tag ``username``); free text that names people is ``free_text``, text that names
nobody ``none``. Applied to v19's new cases (no new rule, but choices a reader may question):

* a family name column of a small club where a dozen families recur is ``last_name`` however few its distinct values
  (tag ``small_club``); a given name and a patronymic (``Николай Петрович``), a given name with ``Usta``, ``Profe``,
  ``M°``, ``dh``, ``paní``, ``κα`` or ``先生`` are ``person_name``; a given name alone in lower case is ``first_name``,
  a family name alone in capitals (``TANAKA``) ``last_name``;
* the Belgian national register number, the RUT, the isikukood, CPR, the birth number, the Portuguese NIF of a private
  customer, PESEL, personnummer, T.C. kimlik and the codice fiscale are ``national_id``; SNILS and AMKA are ``ssn``;
* a casualty, a next of kin, a dog's or a horse's owner, a hunter who brought a mount, a guardian are persons (their
  name kinds); a horse, a dog, a pigeon, a tuk-tuk or a snowmobile named like a person is ``none`` (tag
  ``value_shape``);
* a year of another event (a piano's build year, a horse's birth year, a pigeon's hatch year, a snowmobile's model
  year) is ``none``; a mountain grid reference is ``none``.

Tags: as v18 (``decoy``, ``business``, ``null_heavy``, ``nullword_heavy``, ``abbrev``, ``username``, ``qualified``,
``vehicle``, ``value_shape``, ``misleading``, ``staff``, ``opaque``, ``month_name``; v18's ``multi_country`` and
``lang:XX`` do not occur) and new: ``small_club`` (a family name column of a small club, few distinct values).

Every value is generated here from :data:`SEED` (one ``random.Random`` per table, named after its builder) with
python-stdnum for check digits, phonenumbers for phone validity and formats, and the lists of names, streets and cities
of :mod:`benchmarks.classification.heldout_v19_values`, written for v19 (no Faker, no list of real people). Build:
``python -m benchmarks.classification.heldout_v19 [PATH]`` (default ``/tmp/heldout_v19.duckdb``). Score:
``python -m benchmarks.classification.heldout_v2_accuracy --set v19``.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from datetime import date
from pathlib import Path

from benchmarks.classification import heldout_v4
from benchmarks.classification import heldout_v19_values as v
from benchmarks.classification.heldout_v2 import Column, Table
from benchmarks.classification.heldout_v19_values import NULLISH, SEED, USERNAME, Gen, N, c

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

DEFAULT_PATH = Path("/tmp/heldout_v19.duckdb")

NULLWORD = "nullword_heavy"  # 70-95% NULL-like strings and empty strings (few real NULLs)
SHAPE = "value_shape"
VEHICLE = "vehicle"
MISLEADING = "misleading"
STAFF = "staff"  # staff named in a column with few distinct values
OPAQUE = "opaque"
MONTH_NAME = "month_name"  # a date of birth written with a month name or an era year
SMALL_CLUB = "small_club"  # a family name column of a small club: few families recur

_EN_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
              "November", "December"]
_PL_MONTHS = ["stycznia", "lutego", "marca", "kwietnia", "maja", "czerwca", "lipca", "sierpnia", "września",
              "października", "listopada", "grudnia"]
_CS_MONTHS = ["ledna", "února", "března", "dubna", "května", "června", "července", "srpna", "září", "října",
              "listopadu", "prosince"]
_RU_MONTHS = ["января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября", "октября",
              "ноября", "декабря"]
_EL_MONTHS = ["Ιανουαρίου", "Φεβρουαρίου", "Μαρτίου", "Απριλίου", "Μαΐου", "Ιουνίου", "Ιουλίου", "Αυγούστου",
              "Σεπτεμβρίου", "Οκτωβρίου", "Νοεμβρίου", "Δεκεμβρίου"]


def _dmy(d: date, sep: str = ".") -> str:
    return f"{d.day:02d}{sep}{d.month:02d}{sep}{d.year}"


def _ordinal(d: date) -> str:
    suffix = "th" if 11 <= d.day <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(d.day % 10, "th")
    return f"{d.day}{suffix} {_EN_MONTHS[d.month - 1]} {d.year}"


def _genitive(d: date, months: list[str], dot: bool = False, tail: str = "") -> str:
    return f"{d.day}{'.' if dot else ''} {months[d.month - 1]} {d.year}{tail}"


def _era_year(d: date) -> tuple[str, str, int]:
    for start, kanji, letter in ((date(2019, 5, 1), "令和", "R"), (date(1989, 1, 8), "平成", "H"),
                                 (date(1926, 12, 25), "昭和", "S")):
        if d >= start:
            return kanji, letter, d.year - start.year + 1
    return "", "", d.year


def _era_short(d: date) -> str:
    """``S59.03.12``: the era's letter, the era year, month and day."""
    _, letter, year = _era_year(d)
    return f"{letter}{year:02d}.{d.month:02d}.{d.day:02d}"


def _era_bracket(d: date) -> str:
    """``1984（昭和59）年3月12日``."""
    kanji, _, year = _era_year(d)
    return f"{d.year}（{kanji}{'元' if year == 1 else year}）年{d.month}月{d.day}日"


def _words(*extra: str) -> tuple[str, ...]:
    return ("", "-", "NULL", "n/a", "N/A", "unknown") + extra


# -- a Scottish mountain rescue team's call-out log (English) ----------------------------------------------------------

_HILLS = ["Ben Nevis CMD arete", "Aonach Eagach", "Buachaille Etive Mor", "Carn Mor Dearg", "Stob Coire nan Lochan",
          "Lairig Ghru", "Cairn Gorm plateau"]


def en_mountain_rescue(g: Gen) -> Table:
    """A mountain rescue team's call-out log: the casualty's name, date of birth ``12th March 1984`` beside the
    call-out date in the same form, the casualty's phone and the IPv4 of the location link they opened, the next of kin
    (NULL-heavy), the team leader as ``MacAskill, A.`` (few distinct), the first team member on scene as ``Euan M`` (a dozen or so distinct), grid references, the team's
    phone (business)."""
    fem = v.sexes(g, 0.35)
    firsts, lasts = v.people(g, "en", fem)
    births = g.births(1950, 2010)
    places = [v.city(g, "GB") for _ in range(g.rows)]
    leaders = [f"{v.family(g, 'en')}, {v.given(g, 'en')[0]}." for _ in range(4)]
    members = sorted({f"{v.given(g, 'en')} {v.family(g, 'en')[:1]}" for _ in range(16)})
    return Table("mrt.callout_log", "en", "snake", [
        c("callout_id", N, "INTEGER", g.keys(2_401), "decoy"),
        c("casualty_first_name", "first_name", "VARCHAR", firsts),
        c("casualty_surname", "last_name", "VARCHAR", lasts),
        c("casualty_dob", "date_of_birth", "VARCHAR", [_ordinal(b) for b in births], "abbrev", MONTH_NAME),
        c("callout_date", N, "VARCHAR", [_ordinal(d) for d in g.days("2023-01-01", "2025-11-30")], "decoy", SHAPE),
        c("casualty_mobile", "phone", "VARCHAR", g.phones("GB", {"national": 0.5, "intl": 0.3, "digits": 0.2})),
        c("sarloc_ip", "ip_address", "VARCHAR", g.col(g.ipv4, 0.3)),
        c("home_address", "street_address", "VARCHAR", g.col(lambda: v.street(g, "en"), 0.2)),
        c("home_town", "city", "VARCHAR", [p[0] for p in places]),
        c("postcode", "postal_code", "VARCHAR", [v.postal(g, "GB", p[1]) for p in places]),
        c("next_of_kin", "person_name", "VARCHAR", g.col(lambda: v.whole(g, "en"), 0.75), "null_heavy"),
        c("team_leader", "person_name", "VARCHAR", g.col(g.pick(leaders)), STAFF),
        c("first_on_scene", "person_name", "VARCHAR", g.col(g.pick(members), 0.1), STAFF),
        c("incident_summary", "free_text", "VARCHAR", g.sparse(lambda: g.rnd.choice([
            f"{v.whole(g, 'en')} slipped on descent, lower leg injury",
            f"reported overdue by partner {v.whole(g, 'en')}",
            "cragfast party of two, lowered to path"]), 0.75, _words("none recorded")), NULLWORD),
        c("grid_ref", N, "VARCHAR", g.col(lambda: f"NN {g.digits(3, '0123456789')} {g.digits(3, '0123456789')}"),
          "decoy", SHAPE),
        c("location", N, "VARCHAR", g.col(g.pick(_HILLS)), "decoy"),
        c("team_members_out", N, "INTEGER", g.ints(4, 26), "decoy"),
        c("helicopter", N, "VARCHAR", g.col(g.pick(["R951", "R948", "none", "R199"])), "decoy"),
        c("hours", N, "DECIMAL(4,1)", g.floats(1, 16, 1), "decoy"),
        c("category", N, "VARCHAR", g.col(g.pick(["injured", "lost", "cragfast", "medical", "false alarm"])), "decoy"),
        c("team_phone", N, "VARCHAR", g.col(lambda: "01397 700000"), "business"),
        c("incident_uuid", N, "VARCHAR", g.col(g.uuid), "decoy"),
        c("weather", N, "VARCHAR", g.col(g.pick(["clear", "hill fog", "snow", "gale", "rain"])), "decoy"),
        c("police_ref", N, "VARCHAR", g.col(lambda: "PS-" + g.digits(8, "0123456789")), "decoy"),
        c("stretcher_used", N, "BOOLEAN", g.yn(True, False, 0.3), "decoy"),
        c("day_of_week", N, "VARCHAR", g.col(g.pick(["Monday", "Tuesday", "Wednesday", "Thursday", "Friday",
                                                       "Saturday", "Sunday"])), "decoy"),
        c("altitude_m", N, "INTEGER", g.ints(150, 1_340), "decoy"),
        c("paged_at", N, "TIMESTAMP", g.moments("2023-01-01", 1_060), "decoy"),
    ])


# -- a North Frisian farrier's visit book (German) ---------------------------------------------------------------------

_HORSE_NAMES = ["Frau Holle", "Herr Jensen", "Lotte", "Fiete", "Onkel Hein", "Paula", "Carlos", "Frieda"]


def de_farrier(g: Gen) -> Table:
    """A farrier's visit book: the horse owner's name, date of birth as DATE beside the visit date, the owner's IBAN for
    direct debit, the farrier as ``HINRICHS JÜRGEN`` (few distinct), horses named like people, the horse's birth year,
    the smithy's tax number (business)."""
    fem = v.sexes(g, 0.75)
    firsts, lasts = v.people(g, "de", fem)
    places = [v.city(g, "DE") for _ in range(g.rows)]
    smiths = [f"{v.family(g, 'de').upper()} {v.given(g, 'de', False).upper()}" for _ in range(3)]
    return Table("hufschmied.Besuchsbuch", "de", "pascal", [
        c("BesuchNr", N, "INTEGER", g.keys(15_001, 2), "decoy"),
        c("BesitzerVorname", "first_name", "VARCHAR", firsts),
        c("BesitzerNachname", "last_name", "VARCHAR", lasts),
        c("Geburtsdatum", "date_of_birth", "DATE", g.births(1950, 2007)),
        c("BesuchAm", N, "DATE", g.days("2024-01-01", "2025-11-30"), "decoy"),
        c("Hofadresse", "street_address", "VARCHAR", g.col(lambda: v.street(g, "de"))),
        c("Plz", "postal_code", "VARCHAR", [v.postal(g, "DE", p[1]) for p in places], "abbrev"),
        c("Ort", "city", "VARCHAR", [p[0] for p in places]),
        c("Handy", "phone", "VARCHAR", g.phones("DE", {"national": 0.5, "slash": 0.2, "intl": 0.3})),
        c("Lastschrift", "iban", "VARCHAR", g.col(lambda: v.iban19(g, "DE", g.rnd.random() < 0.6), 0.3)),
        c("Schmied", "person_name", "VARCHAR", g.col(g.pick(smiths)), STAFF),
        c("Pferd", N, "VARCHAR", g.col(g.pick(_HORSE_NAMES)), "decoy", SHAPE),
        c("PferdGeburtsjahr", N, "INTEGER", g.col(g.pick([2006, 2009, 2012, 2014, 2017, 2019])), "decoy", SHAPE),
        c("Rasse", N, "VARCHAR", g.col(g.pick(["Haflinger", "Trakehner", "Holsteiner", "Shetty", "Friese"])),
          "decoy"),
        c("Beschlag", N, "VARCHAR", g.col(g.pick(["vorne", "rundum", "Barhuf", "Kunststoff"])), "decoy"),
        c("Betrag", N, "DECIMAL(7,2)", g.amounts(45, 240), "decoy"),
        c("SchmiedeSteuerNr", N, "VARCHAR", g.col(lambda: "15/123/45678"), "business"),
        c("Bemerkung", "free_text", "VARCHAR", g.sparse(lambda: g.rnd.choice([
            f"Pferd steht bei {v.whole(g, 'de')} im Offenstall", f"Schlüssel bei Nachbarin {v.whole(g, 'de', True)}",
            "Huf vorne links rissig"]), 0.8, _words("k. A.")), NULLWORD),
        c("AdresSk", N, "INTEGER", g.keys(70_001, 7), "decoy", MISLEADING),
        c("Koordinaten", N, "VARCHAR", g.col(lambda: g.coord((54.3, 54.9), (8.6, 9.4))), "decoy"),
        c("Hufeisengroesse", N, "VARCHAR", g.col(g.pick(["0", "1", "2", "3", "4x0"])), "decoy"),
        c("NaechsterTermin", N, "DATE", g.days("2025-12-01", "2026-03-31"), "decoy"),
        c("Bezahlt", N, "BOOLEAN", g.yn(True, False, 0.85), "decoy"),
        c("Anfahrt_km", N, "INTEGER", g.ints(2, 70), "decoy"),
        c("RechnungsNr", N, "VARCHAR", g.col(lambda: "RE-2025-" + g.digits(5, "0123456789")), "decoy"),
    ])


# -- a Walloon piano tuner's customers (French, Belgium) ---------------------------------------------------------------


def fr_piano_tuner(g: Gen) -> Table:
    """A piano tuner's customers in Wallonia: the Belgian national register number (for invoices to private persons),
    date of birth ``dd/mm/yyyy`` beside the last tuning in the same form, the tuner as ``M. Dubois`` (few distinct),
    the piano's serial and build year, the tuner's VAT number (business)."""
    fem = v.sexes(g, 0.55)
    firsts, lasts = v.people(g, "fr", fem)
    births = g.births(1940, 2005)
    places = [v.city(g, "BE") for _ in range(g.rows)]
    tuners = [f"{g.rnd.choice(['M.', 'Mme'])} {v.family(g, 'fr')}" for _ in range(3)]
    return Table("accordeur.clients", "fr", "snake", [
        c("id_client", N, "INTEGER", g.keys(501), "decoy"),
        c("prenom", "first_name", "VARCHAR", firsts),
        c("nom", "last_name", "VARCHAR", lasts),
        c("date_naissance", "date_of_birth", "VARCHAR", [_dmy(b, "/") for b in births]),
        c("dernier_accord", N, "VARCHAR", [_dmy(d, "/") for d in g.days("2021-01-01", "2025-11-30")], "decoy", SHAPE),
        c("num_registre_national", "national_id", "VARCHAR",
          [v.be_nn(g, b, f) for b, f in zip(births, fem)], "abbrev"),
        c("rue", "street_address", "VARCHAR", g.col(lambda: v.street(g, "fr"))),
        c("code_postal", "postal_code", "VARCHAR", [v.postal(g, "BE", p[1]) for p in places]),
        c("localite", "city", "VARCHAR", [p[0] for p in places]),
        c("gsm", "phone", "VARCHAR", g.phones("BE", {"national": 0.6, "intl": 0.3, "00": 0.1})),
        c("courriel", "email", "VARCHAR", v.emails(g, firsts, lasts, ["skynet.be", "proximus.be", "gmail.com",
                                                                       "hotmail.be"], 0.15)),
        c("accordeur", "person_name", "VARCHAR", g.col(g.pick(tuners)), STAFF),
        c("marque_piano", N, "VARCHAR", g.col(g.pick(["Pleyel", "Yamaha U3", "Schimmel", "Bechstein", "Kawai K-300"])),
          "decoy"),
        c("num_serie_piano", N, "VARCHAR", g.col(lambda: g.digits(6)), "decoy"),
        c("annee_fabrication", N, "INTEGER", g.col(g.pick([1928, 1954, 1971, 1986, 1999, 2008])), "decoy", SHAPE),
        c("diapason_hz", N, "INTEGER", g.col(g.pick([440, 440, 442, 435])), "decoy"),
        c("tarif", N, "DECIMAL(6,2)", g.amounts(85, 160), "decoy"),
        c("tva_entreprise", N, "VARCHAR", g.col(lambda: "BE0412345678"), "business"),
        c("remarques", "free_text", "VARCHAR", g.sparse(lambda: g.rnd.choice([
            f"clé chez la voisine {v.whole(g, 'fr', True)}", f"piano de feu {v.whole(g, 'fr')}",
            "humidité trop élevée"]), 0.8, _words("aucune")), NULLWORD),
        c("rappel_auto", N, "BOOLEAN", g.yn(True, False, 0.6), "decoy"),
        c("type_piano", N, "VARCHAR", g.col(g.pick(["droit", "quart de queue", "demi-queue", "numérique"])),
          "decoy"),
        c("prochaine_visite", N, "DATE", g.days("2026-01-01", "2026-12-31"), "decoy"),
        c("hygrometrie_pct", N, "INTEGER", g.ints(30, 75), "decoy"),
        c("facture_no", N, "VARCHAR", g.col(lambda: "F25/" + g.digits(4, "0123456789")), "decoy"),
    ])


# -- a Chilean surf school's pupils (Spanish) --------------------------------------------------------------------------


def es_surf_school(g: Gen) -> Table:
    """A surf school's pupils in Pichilemu: the RUT, date of birth ``dd-mm-yyyy`` beside the class date in the same
    form, the Instagram handle (``username``), a guardian for minors (NULL-heavy), the instructor as ``Profe Matías``
    (few distinct), wetsuit sizes, the school's RUT (business)."""
    fem = v.sexes(g, 0.45)
    firsts, lasts = v.people(g, "es", fem)
    births = g.births(1975, 2016)
    places = [v.city(g, "CL") for _ in range(g.rows)]
    profes = [f"Profe {v.given(g, 'es', f)}" for f in (False, True, False, False)]
    return Table("escuela_surf.alumnos", "es", "camel", [
        c("idAlumno", N, "INTEGER", g.keys(1_001), "decoy"),
        c("nombre", "first_name", "VARCHAR", firsts),
        c("apellidoPaterno", "last_name", "VARCHAR", lasts),
        c("apellidoMaterno", "last_name", "VARCHAR", [v.family(g, "es") for _ in range(g.rows)]),
        c("rut", "national_id", "VARCHAR", g.col(lambda: v.cl_rut(g))),
        c("fechaNac", "date_of_birth", "VARCHAR", [_dmy(b, "-") for b in births], "abbrev"),
        c("fechaClase", N, "VARCHAR", [_dmy(d, "-") for d in g.days("2024-09-01", "2025-11-30")], "decoy", SHAPE),
        c("celular", "phone", "VARCHAR", g.phones("CL", {"intl": 0.5, "e164": 0.3, "national": 0.2})),
        c("correo", "email", "VARCHAR", v.emails(g, firsts, lasts, ["gmail.com", "hotmail.cl", "live.cl"], 0.1)),
        c("instagram", USERNAME, "VARCHAR", g.col(lambda: "@" + v.handle(g, g.rnd.choice(firsts),
                                                                        g.rnd.choice(lasts)), 0.4), "username"),
        c("comuna", "city", "VARCHAR", [p[0] for p in places]),
        c("apoderado", "person_name", "VARCHAR",
          [v.whole(g, "es") if b.year >= 2008 else None for b in births], "null_heavy", "qualified"),
        c("profe", "person_name", "VARCHAR", g.col(g.pick(profes)), STAFF),
        c("tallaTraje", N, "VARCHAR", g.col(g.pick(["XS", "S", "M", "L", "XL", "4/3 M"])), "decoy"),
        c("tabla", N, "VARCHAR", g.col(g.pick(["softboard 8'", "longboard 9'2", "evolutiva 7'6"])), "decoy"),
        c("nivel", N, "VARCHAR", g.col(g.pick(["inicial", "intermedio", "avanzado"])), "decoy"),
        c("playa", N, "VARCHAR", g.col(g.pick(["Punta de Lobos", "La Puntilla", "Infiernillo"])), "decoy"),
        c("rutEscuela", N, "VARCHAR", g.col(lambda: "76.543.210-3"), "business"),
        c("montoClp", N, "INTEGER", g.ints(15_000, 120_000), "decoy"),
        c("refTransferencia", N, "VARCHAR", g.col(lambda: v.not_phone(g, "CL", (2, 4, 4), "9")), "decoy", SHAPE),
        c("horaAgua", N, "TIMESTAMP", g.moments("2024-09-01", 450), "decoy"),
        c("marea", N, "VARCHAR", g.col(g.pick(["baja", "media", "alta", "vaciante", "llenante"])), "decoy"),
        c("olaMetros", N, "DECIMAL(3,1)", g.floats(0.5, 3.5, 1), "decoy"),
        c("pagado", N, "BOOLEAN", g.yn(True, False, 0.8), "decoy"),
        c("bonoClases", N, "VARCHAR", g.col(g.pick(["1 clase", "pack 5", "pack 10", "mensual"])), "decoy"),
    ])


# -- a Cremona violin maker's repair book (Italian) --------------------------------------------------------------------


def it_violin_repairs(g: Gen) -> Table:
    """A violin maker's repair book: the customer's codice fiscale, date of birth ``1984-03-12T00:00:00`` beside the
    delivery date in the same form, the maker as ``M° Bissolati`` (few distinct), instruments, labels, the workshop's
    VAT number (business), opaque columns."""
    fem = v.sexes(g, 0.5)
    firsts, lasts = v.people(g, "it", fem)
    births = g.births(1945, 2012)
    places = [v.city(g, "IT") for _ in range(g.rows)]
    makers = [f"M° {v.family(g, 'it')}" for _ in range(3)]
    return Table("liuteria.registro_riparazioni", "it", "snake", [
        c("n_riparazione", N, "INTEGER", g.keys(3_301), "decoy"),
        c("nome_cliente", "first_name", "VARCHAR", firsts),
        c("cognome_cliente", "last_name", "VARCHAR", lasts),
        c("data_nascita", "date_of_birth", "VARCHAR", [f"{b.isoformat()}T00:00:00" for b in births]),
        c("data_consegna", N, "VARCHAR", [f"{d.isoformat()}T00:00:00" for d in g.days("2023-01-01", "2025-11-30")],
          "decoy", SHAPE),
        c("cf", "national_id", "VARCHAR", [v.it_cf(g, a, b, d, f) for a, b, d, f in zip(firsts, lasts, births, fem)],
          "abbrev"),
        c("indirizzo", "street_address", "VARCHAR", g.col(lambda: v.street(g, "it"))),
        c("cap", "postal_code", "VARCHAR", [v.postal(g, "IT", p[1]) for p in places], "abbrev"),
        c("citta", "city", "VARCHAR", [p[0] for p in places]),
        c("c01", "phone", "VARCHAR", g.phones("IT", {"national": 0.5, "intl": 0.5}), OPAQUE),
        c("liutaio", "person_name", "VARCHAR", g.col(g.pick(makers)), STAFF),
        c("strumento", N, "VARCHAR", g.col(g.pick(["violino 4/4", "viola 16\"", "violoncello", "violino 3/4"])),
          "decoy"),
        c("etichetta", N, "VARCHAR", g.col(g.pick(["Cremona 1998", "Mittenwald ca. 1900", "Markneukirchen",
                                                    "senza etichetta"])), "decoy"),
        c("lavoro", N, "VARCHAR", g.col(g.pick(["anima", "ponticello", "crepa tavola", "tastiera", "ritocco"])),
          "decoy"),
        c("preventivo", N, "DECIMAL(8,2)", g.amounts(40, 2_800), "decoy"),
        c("misc_1", N, "VARCHAR", g.col(lambda: "INT-" + g.digits(6)), "decoy", OPAQUE),
        c("partita_iva_bottega", N, "VARCHAR", g.col(lambda: "01234560193"), "business"),
        c("notes2", "free_text", "VARCHAR", g.sparse(lambda: g.rnd.choice([
            f"ritira il figlio {v.whole(g, 'it', False)}", f"strumento prestato dalla prof.ssa {v.whole(g, 'it', True)}",
            "corde Dominant nuove"]), 0.8, _words("nessuna nota")), NULLWORD, OPAQUE),
        c("foto_sha1", N, "VARCHAR", g.col(g.sha1), "decoy"),
        c("stato", N, "VARCHAR", g.col(g.pick(["in attesa", "in lavorazione", "pronto", "ritirato"])), "decoy"),
        c("data_ritiro", N, "DATE", g.days("2023-02-01", "2025-12-20"), "decoy"),
        c("anno_strumento", N, "INTEGER", g.col(g.pick([1890, 1925, 1962, 1998, 2015])), "decoy", SHAPE),
        c("acconto", N, "DECIMAL(8,2)", g.amounts(0, 500), "decoy"),
    ])


# -- a Lisbon tuk-tuk tour operator's bookings (Portuguese) ------------------------------------------------------------

_TUKS = ["Dona Amália", "Sr. Zé", "Tia Lurdes", "Menina Rosa", "Chico Elétrico"]
_TOURIST_REGIONS = ["PT", "PT", "GB", "DE", "FR", "US", "BR", "NL"]


def pt_tuktuk(g: Gen) -> Table:
    """A tuk-tuk tour operator's bookings: abbreviated column names (``cust_fnm``, ``ctc_ph``, ``dt_nasc``), tourists'
    phones of many regions, the NIF of Portuguese customers who want an invoice, the card paid with, the booking's
    IPv4, tuk-tuks named like people, the guide by given name (few distinct), the driver as ``Sr. Tavares``."""
    regions = [g.rnd.choice(_TOURIST_REGIONS) for _ in range(g.rows)]
    fem = v.sexes(g, 0.5)
    firsts, lasts = v.people(g, "pt", fem)
    guides = [v.given(g, "pt", f) for f in (True, False, True, False, False)]
    drivers = [f"Sr. {v.family(g, 'pt')}" for _ in range(3)]
    return Table("tuktuk.reservas", "pt", "snake+abbrev", [
        c("rsv_id", N, "INTEGER", g.keys(90_001), "decoy"),
        c("cust_fnm", "first_name", "VARCHAR", firsts, "abbrev"),
        c("cust_lnm", "last_name", "VARCHAR", lasts, "abbrev"),
        c("dt_nasc", "date_of_birth", "VARCHAR", [_dmy(b, "/") for b in g.births(1950, 2006)], "abbrev"),
        c("dt_tour", N, "VARCHAR", [_dmy(d, "/") for d in g.days("2025-03-01", "2025-11-30")], "decoy", SHAPE),
        c("ctc_ph", "phone", "VARCHAR", [g.phone(r, "intl" if r != "PT" else g.rnd.choice(["national", "intl"]))
                                         for r in regions], "abbrev"),
        c("ctc_em", "email", "VARCHAR", v.emails(g, firsts, lasts, ["gmail.com", "sapo.pt", "outlook.com"], 0.2),
          "abbrev"),
        c("nif_fat", "national_id", "VARCHAR", [v.pt_nif(g) if r == "PT" and g.rnd.random() < 0.6 else None
                                                for r in regions], "abbrev", "qualified", "null_heavy"),
        c("addr_ln1", "street_address", "VARCHAR", g.col(lambda: v.street(g, "pt"), 0.5), "abbrev"),
        c("card_no", "credit_card", "VARCHAR", g.col(lambda: v.card(g, style="spaced"), 0.3), "abbrev"),
        c("bkg_ip", "ip_address", "VARCHAR", g.col(g.ipv4, 0.1), "abbrev"),
        c("guia", "first_name", "VARCHAR", g.col(g.pick(guides)), STAFF),
        c("motorista", "person_name", "VARCHAR", g.col(g.pick(drivers)), STAFF),
        c("tuk_nome", N, "VARCHAR", g.col(g.pick(_TUKS)), "decoy", SHAPE),
        c("tuk_matr", N, "VARCHAR", g.col(lambda: f"{g.digits(2, '0123456789')}-{g.code('AA')}-"
                                                   f"{g.digits(2, '0123456789')}"), "decoy", VEHICLE),
        c("roteiro", N, "VARCHAR", g.col(g.pick(["Alfama & Mouraria", "Belém", "Sete Colinas", "Graça nocturno"])),
          "decoy"),
        c("n_pax", N, "INTEGER", g.ints(1, 6), "decoy"),
        c("vlr_eur", N, "DECIMAL(7,2)", g.amounts(45, 320), "decoy"),
        c("canal", N, "VARCHAR", g.col(g.pick(["site", "GetYourGuide", "hotel", "rua"])), "decoy"),
        c("src_crm_col17", N, "VARCHAR", g.col(lambda: "GYG" + g.code("ZZZZZZZZ").upper()), "decoy", OPAQUE),
        c("nipc_empresa", N, "VARCHAR", g.col(lambda: "513456789"), "business"),
        c("hr_partida", N, "TIMESTAMP", g.moments("2025-03-01", 270), "decoy"),
        c("idioma_tour", N, "VARCHAR", g.col(g.pick(["EN", "FR", "DE", "ES", "PT"])), "decoy"),
        c("ponto_encontro", N, "VARCHAR", g.col(g.pick(["Praça do Comércio", "Sé", "Miradouro da Graça"])), "decoy"),
        c("estado", N, "VARCHAR", g.col(g.pick(["confirmada", "cancelada", "no-show", "concluída"])), "decoy"),
        c("gorjeta_eur", N, "DECIMAL(6,2)", g.amounts(0, 30), "decoy"),
    ])


# -- a Frisian dog-grooming salon's client cards (Dutch) ---------------------------------------------------------------

_DOGS = ["Bobbie", "Saartje", "Guus", "Tommie", "Dikkie", "Pietje", "Loesje", "Mr. Bean"]


def nl_dog_grooming(g: Gen) -> Table:
    """A dog-grooming salon's client cards: the owner, date of birth ``12-3-1984`` (unpadded) beside the appointment
    in the same form, IBAN for the direct debit of a grooming subscription, the groomer by given name in lower case
    (few distinct), dogs named like people, chip numbers, the salon's KvK number (business)."""
    fem = v.sexes(g, 0.7)
    firsts, lasts = v.people(g, "nl", fem)
    places = [v.city(g, "NL") for _ in range(g.rows)]
    groomers = [v.given(g, "nl", True).lower() for _ in range(3)]

    def loose(d: date) -> str:
        return f"{d.day}-{d.month}-{d.year}"

    return Table("trimsalon.klantKaart", "nl", "camel", [
        c("klantId", N, "INTEGER", g.keys(101), "decoy"),
        c("voornaam", "first_name", "VARCHAR", firsts),
        c("achternaam", "last_name", "VARCHAR", lasts),
        c("geboorteDatum", "date_of_birth", "VARCHAR", [loose(b) for b in g.births(1948, 2006)]),
        c("afspraakDatum", N, "VARCHAR", [loose(d) for d in g.days("2025-01-01", "2025-12-20")], "decoy", SHAPE),
        c("adres", "street_address", "VARCHAR", g.col(lambda: v.street(g, "nl"))),
        c("postcode", "postal_code", "VARCHAR", [v.postal(g, "NL", p[1]) for p in places]),
        c("woonplaats", "city", "VARCHAR", [p[0] for p in places]),
        c("mobiel", "phone", "VARCHAR", g.phones("NL", {"national": 0.6, "intl": 0.2, "local": 0.2})),
        c("email", "email", "VARCHAR", v.emails(g, firsts, lasts, ["ziggo.nl", "kpnmail.nl", "hotmail.com"], 0.1)),
        c("ibanIncasso", "iban", "VARCHAR", g.col(lambda: v.iban19(g, "NL", g.rnd.random() < 0.5), 0.75),
          "null_heavy"),
        c("trimster", "first_name", "VARCHAR", g.col(g.pick(groomers)), STAFF),
        c("hondNaam", N, "VARCHAR", g.col(g.pick(_DOGS)), "decoy", SHAPE),
        c("ras", N, "VARCHAR", g.col(g.pick(["Labradoodle", "Shih Tzu", "Friese Stabij", "Poedel", "Wetterhoun"])),
          "decoy"),
        c("chipnummer", N, "VARCHAR", g.col(lambda: "528" + g.digits(12, "0123456789")), "decoy"),
        c("behandeling", N, "VARCHAR", g.col(g.pick(["wassen", "knippen", "plukken", "nagels", "compleet"])), "decoy"),
        c("prijs", N, "DECIMAL(6,2)", g.amounts(25, 95), "decoy"),
        c("nieuwsbriefEmail", N, "BOOLEAN", g.yn(True, False, 0.4), "decoy", MISLEADING),
        c("opmerkingen", "free_text", "VARCHAR", g.sparse(lambda: g.rnd.choice([
            f"wordt gebracht door buurman {v.whole(g, 'nl', False)}", f"bijt, alleen {g.rnd.choice(groomers)}",
            "gevoelige huid"]), 0.8, _words("geen")), NULLWORD),
        c("kvkSalon", N, "VARCHAR", g.col(lambda: "01234567"), "business"),
        c("gewichtKg", N, "DECIMAL(4,1)", g.floats(2, 45, 1), "decoy"),
        c("volgendeAfspraak", N, "DATE", g.days("2026-01-05", "2026-04-30"), "decoy"),
        c("vachtType", N, "VARCHAR", g.col(g.pick(["krul", "ruwhaar", "langhaar", "kort"])), "decoy"),
        c("betaalwijze", N, "VARCHAR", g.col(g.pick(["pin", "contant", "tikkie", "incasso"])), "decoy"),
        c("hondGeboortejaar", N, "INTEGER", g.col(g.pick([2012, 2015, 2017, 2019, 2021, 2023])), "decoy", SHAPE),
    ])


# -- a village volunteer fire brigade's members (Polish, small club) ---------------------------------------------------


def pl_fire_brigade(g: Gen) -> Table:
    """A village volunteer fire brigade's members: a dozen families recur (``small_club``), PESEL, date of birth with a
    genitive month name (``12 marca 1984``) beside the joining date in the same form, the commander as ``dh Kubacki``
    (few distinct), the medical exam date, the brigade's KRS (business)."""
    fem = v.sexes(g, 0.2)
    families = v.NAMES["pl"][2][:11]
    firsts, lasts = v.people(g, "pl", fem, families)
    births = g.births(1950, 2010)
    commanders = [f"dh {v.person(g, 'pl', False, families)[1]}" for _ in range(2)]
    return Table("osp.druhowie", "pl", "snake", [
        c("nr_ewid", N, "INTEGER", g.keys(1), "decoy", "abbrev"),
        c("imie", "first_name", "VARCHAR", firsts),
        c("nazwisko", "last_name", "VARCHAR", lasts, SMALL_CLUB),
        c("imie_ojca", "first_name", "VARCHAR", [v.given(g, "pl", False) for _ in range(g.rows)]),
        c("data_urodzenia", "date_of_birth", "VARCHAR", [_genitive(b, _PL_MONTHS) for b in births], MONTH_NAME),
        c("data_wstapienia", N, "VARCHAR", [_genitive(d, _PL_MONTHS) for d in g.days("1975-01-01", "2025-06-30")],
          "decoy", SHAPE),
        c("pesel", "national_id", "VARCHAR", [v.pl_pesel(g, b, f) for b, f in zip(births, fem)]),
        c("adres", "street_address", "VARCHAR", g.col(lambda: v.street(g, "pl"))),
        c("telefon", "phone", "VARCHAR", g.phones("PL", {"national": 0.7, "intl": 0.3})),
        c("konto", "iban", "VARCHAR", g.col(lambda: v.iban19(g, "PL", True), 0.5)),
        c("dowodca", "person_name", "VARCHAR", g.col(g.pick(commanders)), STAFF),
        c("funkcja", N, "VARCHAR", g.col(g.pick(["druh", "kierowca", "ratownik KPP", "sekcyjny", "naczelnik"])),
          "decoy"),
        c("badania_wazne_do", N, "DATE", g.days("2025-01-01", "2027-12-31"), "decoy"),
        c("szkolenie", N, "VARCHAR", g.col(g.pick(["podstawowe", "KPP", "techniczne", "dowódców"])), "decoy"),
        c("mdp", N, "BOOLEAN", g.yn(True, False, 0.15), "decoy"),
        c("wozy", N, "VARCHAR", g.col(g.pick(["GBA 2,5/16", "GLBA 1/8", "SLRt"])), "decoy"),
        c("krs_jednostki", N, "VARCHAR", g.col(lambda: "0000123456"), "business"),
        c("uwagi", "free_text", "VARCHAR", g.sparse(lambda: g.rnd.choice([
            f"syn druha {v.whole(g, 'pl', False)}", f"zastępuje {g.rnd.choice(commanders)} w lipcu",
            "legitymacja do wymiany"]), 0.8, _words("brak")), NULLWORD),
        c("skladka_oplacona", N, "BOOLEAN", g.yn(True, False, 0.8), "decoy"),
        c("rozmiar_buta", N, "INTEGER", g.ints(38, 47), "decoy"),
        c("odznaczenie", N, "VARCHAR", g.col(g.pick(["brak", "brązowy medal", "srebrny medal", "Wzorowy Strażak"])),
          "decoy"),
        c("nr_legitymacji", N, "VARCHAR", g.col(lambda: "OSP/" + g.digits(3, "0123456789") + "/25"), "decoy"),
        c("wyjazdy_2025", N, "INTEGER", g.ints(0, 60), "decoy"),
    ])


# -- a Norrland snowmobile club's members (Swedish) --------------------------------------------------------------------


def sv_snowmobile_club(g: Gen) -> Table:
    """A snowmobile club's members: personnummer, date of birth ``12/3 1984`` beside the membership date in the same
    form, the trail fee IBAN, the contact person as ``Torbjörn N.`` (few distinct), snowmobiles named like people and
    their model year, plates (tag ``vehicle``), the club's organisation number (business)."""
    fem = v.sexes(g, 0.3)
    firsts, lasts = v.people(g, "sv", fem)
    births = g.births(1950, 2008)
    places = [v.city(g, "SE") for _ in range(g.rows)]
    contacts = [f"{v.given(g, 'sv', False)} {v.family(g, 'sv')[0]}." for _ in range(3)]

    def sv(d: date) -> str:
        return f"{d.day}/{d.month} {d.year}"

    return Table("SKOTERKLUBB.MEDLEMMAR", "sv", "screaming", [
        c("MEDLEMSNR", N, "INTEGER", g.keys(4_001), "decoy"),
        c("FORNAMN", "first_name", "VARCHAR", firsts),
        c("EFTERNAMN", "last_name", "VARCHAR", lasts),
        c("PERSONNR", "national_id", "VARCHAR", [v.se_pnr(g, b) for b in births]),
        c("FODELSEDAG", "date_of_birth", "VARCHAR", [sv(b) for b in births]),
        c("MEDLEM_SEDAN", N, "VARCHAR", [sv(d) for d in g.days("2005-01-01", "2025-11-30")], "decoy", SHAPE),
        c("GATUADRESS", "street_address", "VARCHAR", g.col(lambda: v.street(g, "sv"))),
        c("POSTNR", "postal_code", "VARCHAR", [v.postal(g, "SE", p[1]) for p in places], "abbrev"),
        c("ORT", "city", "VARCHAR", [p[0] for p in places]),
        c("MOBIL", "phone", "VARCHAR", g.phones("SE", {"national": 0.7, "intl": 0.3})),
        c("EPOST", "email", "VARCHAR", v.emails(g, firsts, lasts, ["telia.com", "gmail.com", "hotmail.se"], 0.15)),
        c("IBAN_LEDAVGIFT", "iban", "VARCHAR", g.col(lambda: v.iban19(g, "SE"), 0.7), "null_heavy"),
        c("KONTAKTPERSON", "person_name", "VARCHAR", g.col(g.pick(contacts)), STAFF),
        c("SKOTER_NAMN", N, "VARCHAR", g.col(g.pick(["Gamle Gustav", "Svarta Maja", "Lill-Olle", "Fröken Snö"]), 0.4),
          "decoy", SHAPE),
        c("SKOTER_ARSMODELL", N, "INTEGER", g.col(g.pick([2008, 2013, 2016, 2019, 2022])), "decoy", SHAPE),
        c("REGNR", N, "VARCHAR", g.col(lambda: g.code("AAA") + g.digits(3, "0123456789")), "decoy", VEHICLE),
        c("LEDKORT", N, "VARCHAR", g.col(g.pick(["säsong", "vecka", "dag", "inget"])), "decoy"),
        c("ORGNR_KLUBB", N, "VARCHAR", g.col(lambda: "893201-4567"), "business"),
        c("KOORDINAT_STUGA", N, "VARCHAR", g.col(lambda: g.coord((63.5, 66.0), (16.0, 21.0)), 0.5), "decoy"),
        c("BETALT", N, "BOOLEAN", g.yn(True, False, 0.85), "decoy"),
        c("SPAR_OMRADE", N, "VARCHAR", g.col(g.pick(["Norra leden", "Fjälleden", "Sjöleden", "Byaleden"])), "decoy"),
        c("AVGIFT_SEK", N, "DECIMAL(7,2)", g.amounts(300, 1_200), "decoy"),
        c("SENAST_ANDRAD", N, "TIMESTAMP", g.moments("2024-06-01", 540), "decoy"),
        c("MEDLEMSTYP", N, "VARCHAR", g.col(g.pick(["familj", "senior", "junior", "stöd"])), "decoy"),
    ])


# -- a pigeon-racing club's members (Danish, small club) ---------------------------------------------------------------


def da_pigeon_club(g: Gen) -> Table:
    """A pigeon-racing club's members: ten families recur (``small_club``), CPR, date of birth ``dd-mm-yy`` beside a
    race date in the same form, the ring inspector by family name alone (few distinct), ring numbers, pigeons named like
    people, hatch years, IBAN for prize money, the club's CVR (business)."""
    fem = v.sexes(g, 0.15)
    families = v.NAMES["da"][2]
    firsts, lasts = v.people(g, "da", fem, families)
    births = g.births(1938, 2005)
    places = [v.city(g, "DK") for _ in range(g.rows)]
    inspectors = [v.family(g, "da") for _ in range(3)]

    def short(d: date) -> str:
        return f"{d.day:02d}-{d.month:02d}-{d.year % 100:02d}"

    return Table("brevdueforening.medlemmer", "da", "snake", [
        c("medlem_nr", N, "INTEGER", g.keys(11), "decoy"),
        c("fornavn", "first_name", "VARCHAR", firsts),
        c("efternavn", "last_name", "VARCHAR", lasts, SMALL_CLUB),
        c("cpr", "national_id", "VARCHAR", [v.dk_cpr(g, b, g.rnd.random() < 0.7) for b in births]),
        c("foedselsdato", "date_of_birth", "VARCHAR", [short(b) for b in births]),
        c("flyvedag", N, "VARCHAR", [short(d) for d in g.days("2025-04-01", "2025-09-15")], "decoy", SHAPE),
        c("adresse", "street_address", "VARCHAR", g.col(lambda: v.street(g, "da"))),
        c("postnr", "postal_code", "VARCHAR", [v.postal(g, "DK", p[1]) for p in places], "abbrev"),
        c("by", "city", "VARCHAR", [p[0] for p in places]),
        c("telefon", "phone", "VARCHAR", g.phones("DK", {"national": 0.6, "intl": 0.2, "local": 0.2})),
        c("praemie_konto", "iban", "VARCHAR", g.col(lambda: v.iban19(g, "DK", True), 0.4)),
        c("ringkontrollant", "last_name", "VARCHAR", g.col(g.pick(inspectors)), STAFF),
        c("ring_nr", N, "VARCHAR", g.col(lambda: f"DAN-{g.digits(4, '0123456789')}-{g.rnd.randint(18, 25)}-"
                                                  f"{g.digits(4, '0123456789')}"), "decoy"),
        c("due_navn", N, "VARCHAR", g.col(g.pick(["Fru Jensen", "Lille Svend", "Dronningen", "Gamle Ole"]), 0.5),
          "decoy", SHAPE),
        c("klaekket_aar", N, "INTEGER", g.col(g.pick([2019, 2021, 2022, 2023, 2024])), "decoy", SHAPE),
        c("hastighed_m_min", N, "DECIMAL(7,2)", g.floats(900, 1_650, 2), "decoy"),
        c("slag_koordinat", N, "VARCHAR", g.col(lambda: g.coord((55.4, 55.9), (9.0, 9.7))), "decoy"),
        c("cvr_forening", N, "VARCHAR", g.col(lambda: "12345674"), "business"),
        c("bemaerkning", "free_text", "VARCHAR", g.sparse(lambda: g.rnd.choice([
            f"kurven hentes af {v.whole(g, 'da')}", "ny slagkasse", f"deler slag med {v.whole(g, 'da', False)}"]),
            0.85, _words("intet")), NULLWORD),
        c("loeb", N, "VARCHAR", g.col(g.pick(["Hamburg", "Hannover", "Maastricht", "Flensborg"])), "decoy"),
        c("afstand_km", N, "DECIMAL(6,1)", g.floats(180, 820, 1), "decoy"),
        c("placering", N, "INTEGER", g.ints(1, 250), "decoy"),
        c("kontingent_betalt", N, "BOOLEAN", g.yn(True, False, 0.9), "decoy"),
    ])


# -- a dry cleaner's orders (Czech) ------------------------------------------------------------------------------------


def cs_dry_cleaner(g: Gen) -> Table:
    """A dry cleaner's orders: birth number for claims, date of birth ``12. března 1984`` beside the order date in the
    same form, the clerk as ``paní Kučerová`` (few distinct), garment tickets, the account for refunds, phone-shaped
    ticket references, the shop's IČO (business)."""
    fem = v.sexes(g, 0.6)
    firsts, lasts = v.people(g, "cs", fem)
    births = g.births(1945, 2006)
    places = [v.city(g, "CZ") for _ in range(g.rows)]
    clerks = [f"paní {v.family(g, 'cs', True)}" for _ in range(3)]
    return Table("cistirna.zakazky", "cs", "snake", [
        c("cislo_zakazky", N, "INTEGER", g.keys(250_001), "decoy"),
        c("jmeno", "first_name", "VARCHAR", firsts),
        c("prijmeni", "last_name", "VARCHAR", lasts),
        c("datum_narozeni", "date_of_birth", "VARCHAR", [_genitive(b, _CS_MONTHS, True) for b in births], MONTH_NAME),
        c("datum_prijeti", N, "VARCHAR", [_genitive(d, _CS_MONTHS, True) for d in g.days("2025-01-02", "2025-11-30")],
          "decoy", SHAPE),
        c("rodne_cislo", "national_id", "VARCHAR", g.each(list(zip(births, fem)), lambda p: v.cz_rc(g, p[0], p[1]),
                                                          0.7), "null_heavy"),
        c("ulice", "street_address", "VARCHAR", g.col(lambda: v.street(g, "cs"), 0.4)),
        c("psc", "postal_code", "VARCHAR", [v.postal(g, "CZ", p[1]) for p in places], "abbrev"),
        c("obec", "city", "VARCHAR", [p[0] for p in places]),
        c("mobil", "phone", "VARCHAR", g.phones("CZ", {"national": 0.6, "intl": 0.4})),
        c("ucet_vraceni", "iban", "VARCHAR", g.col(lambda: v.iban19(g, "CZ", True), 0.8), "null_heavy"),
        c("obsluha", "person_name", "VARCHAR", g.col(g.pick(clerks)), STAFF),
        c("listek", N, "VARCHAR", g.col(lambda: v.not_phone(g, "CZ", (3, 3, 3), "1")), "decoy", SHAPE),
        c("druh_odevu", N, "VARCHAR", g.col(g.pick(["oblek", "kabát", "šaty", "peřina", "košile 5 ks"])), "decoy"),
        c("sluzba", N, "VARCHAR", g.col(g.pick(["chemické čištění", "praní", "žehlení", "expres"])), "decoy"),
        c("cena_kc", N, "DECIMAL(8,2)", g.amounts(60, 1_400), "decoy"),
        c("vyzvednuto", N, "BOOLEAN", g.yn(True, False, 0.85), "decoy"),
        c("ico_provozovny", N, "VARCHAR", g.col(lambda: "25596641"), "business"),
        c("poznamka", "free_text", "VARCHAR", g.sparse(lambda: g.rnd.choice([
            f"vyzvedne manžel {v.whole(g, 'cs', False)}", "skvrna od vína", f"reklamace, volat {v.whole(g, 'cs')}"]),
            0.8, _words("nic")), NULLWORD),
        c("termin", N, "DATE", g.days("2025-01-05", "2025-12-10"), "decoy"),
        c("pocet_kusu", N, "INTEGER", g.ints(1, 8), "decoy"),
        c("stav", N, "VARCHAR", g.col(g.pick(["přijato", "v čištění", "hotovo", "vydáno"])), "decoy"),
        c("pobocka", N, "VARCHAR", g.col(g.pick(["OC Šantovka", "Horní náměstí", "Nová Ulice"])), "decoy"),
        c("zaplaceno_kartou", N, "BOOLEAN", g.yn(True, False, 0.6), "decoy"),
    ])


# -- a hamam's appointments (Turkish) ----------------------------------------------------------------------------------


def tr_hamam(g: Gen) -> Table:
    """A hamam's appointments: T.C. kimlik of Turkish guests, date of birth ``dd.mm.yyyy`` beside the appointment in
    the same form, the attendant as ``Murat Usta`` (few distinct), rooms named like people, the card paid with, the web
    booking's IPv6, the hamam's tax number (business)."""
    fem = v.sexes(g, 0.5)
    firsts, lasts = v.people(g, "tr", fem)
    places = [v.city(g, "TR") for _ in range(g.rows)]
    attendants = [f"{v.given(g, 'tr', False)} Usta" for _ in range(3)] + [f"{v.given(g, 'tr', True)} Abla"
                                                                         for _ in range(2)]
    return Table("hamam.Randevular", "tr", "pascal", [
        c("RandevuNo", N, "INTEGER", g.keys(60_001), "decoy"),
        c("Ad", "first_name", "VARCHAR", firsts),
        c("Soyad", "last_name", "VARCHAR", lasts),
        c("DogumTarihi", "date_of_birth", "VARCHAR", [_dmy(b) for b in g.births(1950, 2007)]),
        c("RandevuTarihi", N, "VARCHAR", [_dmy(d) for d in g.days("2025-01-01", "2025-12-20")], "decoy", SHAPE),
        c("TcKimlikNo", "national_id", "VARCHAR", g.col(lambda: v.tr_tc(g), 0.3)),
        c("CepTel", "phone", "VARCHAR", g.phones("TR", {"national": 0.6, "intl": 0.2, "local": 0.2}), "abbrev"),
        c("Eposta", "email", "VARCHAR", v.emails(g, firsts, lasts, ["gmail.com", "hotmail.com", "yandex.com.tr"], 0.3)),
        c("Il", "city", "VARCHAR", [p[0] for p in places]),
        c("KartNo", "credit_card", "VARCHAR", g.col(lambda: v.card(g), 0.5)),
        c("WebIp", "ip_address", "VARCHAR", g.col(g.ipv6, 0.4)),
        c("Natir", "person_name", "VARCHAR", g.col(g.pick(attendants)), STAFF),
        c("Oda", N, "VARCHAR", g.col(g.pick(["Sultan Odası", "Hürrem", "Mihrimah", "Göbek Taşı"])), "decoy", SHAPE),
        c("Paket", N, "VARCHAR", g.col(g.pick(["Kese-Köpük", "Osmanlı", "Çift", "Gelin Hamamı"])), "decoy"),
        c("Ucret", N, "DECIMAL(8,2)", g.amounts(900, 6_500), "decoy"),
        c("HavluBoyu", N, "VARCHAR", g.col(g.pick(["peştamal", "büyük", "çocuk"])), "decoy"),
        c("VergiNoIsletme", N, "VARCHAR", g.col(lambda: "1234567890"), "business"),
        c("Notlar", "free_text", "VARCHAR", g.sparse(lambda: g.rnd.choice([
            f"{v.whole(g, 'tr', True)} ile birlikte gelecek", "hamile, sıcak bölüm yok",
            f"misafiri {v.whole(g, 'tr')}"]), 0.8, _words("yok")), NULLWORD),
        c("Onay", N, "BOOLEAN", g.yn(True, False, 0.8), "decoy"),
        c("Sure_dk", N, "INTEGER", g.col(g.pick([45, 60, 90, 120])), "decoy"),
        c("Seans", N, "VARCHAR", g.col(g.pick(["sabah", "öğle", "akşam", "kadınlar", "erkekler"])), "decoy"),
        c("OlusturmaZamani", N, "TIMESTAMP", g.moments("2024-12-01", 380), "decoy"),
        c("Durum", N, "VARCHAR", g.col(g.pick(["onaylandı", "iptal", "geldi", "gelmedi"])), "decoy"),
        c("KuponKodu", N, "VARCHAR", g.col(lambda: "HMM" + g.digits(5, "0123456789"), 0.5), "decoy"),
    ])


# -- a karaoke box's members (romanized Japanese) ----------------------------------------------------------------------


def ja_latn_karaoke(g: Gen) -> Table:
    """A karaoke box's members: romanized names, date of birth in the era abbreviation ``S59.03.12`` beside the
    registration in the same form, a nickname handle (``username``), the shop manager by family name in capitals (few
    distinct), rooms, the app's IPv6, the card paid with."""
    fem = v.sexes(g, 0.5)
    pairs = [v.ja_person(g, f) for f in fem]
    places = [v.city(g, "JP") for _ in range(g.rows)]
    managers = [g.rnd.choice(v.JA_LAST)[1].upper() for _ in range(3)]
    return Table("KARAOKE.KAIIN_MEIBO", "ja-Latn", "screaming", [
        c("KAIIN_NO", N, "INTEGER", g.keys(700_001), "decoy"),
        c("SEI", "last_name", "VARCHAR", [last[1] for last, _ in pairs]),
        c("MEI", "first_name", "VARCHAR", [first[1] for _, first in pairs]),
        c("SEINENGAPPI", "date_of_birth", "VARCHAR", [_era_short(b) for b in g.births(1960, 2007)], MONTH_NAME),
        c("TOUROKUBI", N, "VARCHAR", [_era_short(d) for d in g.days("2020-01-01", "2025-11-30")], "decoy", SHAPE),
        c("NIKKUNEMU", USERNAME, "VARCHAR", g.col(lambda: v.handle(g, g.rnd.choice(v.JA_MALE)[1],
                                                                    g.rnd.choice(v.JA_LAST)[1])), "username"),
        c("KEITAI", "phone", "VARCHAR", g.phones("JP", {"national": 0.7, "local": 0.3})),
        c("MEIRU", "email", "VARCHAR", v.emails(g, [f[1] for _, f in pairs], [la[1] for la, _ in pairs],
                                                ["docomo.ne.jp", "ezweb.ne.jp", "gmail.com"], 0.2)),
        c("SHIKUCHOSON", "city", "VARCHAR", [v.JP_ROMAJI[p[0]] for p in places]),
        c("YUBIN_BANGO", "postal_code", "VARCHAR", [v.postal(g, "JP", p[1]) for p in places]),
        c("TENCHO", "last_name", "VARCHAR", g.col(g.pick(managers)), STAFF),
        c("HEYA", N, "VARCHAR", g.col(g.pick(["ROOM 3", "VIP 1", "PARTY 2", "ROOM 7"])), "decoy"),
        c("APURI_IP", "ip_address", "VARCHAR", g.col(g.ipv6, 0.5)),
        c("KADO_BANGO", "credit_card", "VARCHAR", g.col(lambda: v.card(g, style="dashed"), 0.6)),
        c("POINTO", N, "INTEGER", g.ints(0, 12_000), "decoy"),
        c("RANKU", N, "VARCHAR", g.col(g.pick(["REGULAR", "SILVER", "GOLD", "PLATINUM"])), "decoy"),
        c("JUSHO_SK", N, "INTEGER", g.keys(10_001, 3), "decoy", MISLEADING),
        c("MAIRU_KYOKA", N, "BOOLEAN", g.yn(True, False, 0.5), "decoy", MISLEADING),
        c("code", N, "VARCHAR", g.col(lambda: "KB" + g.digits(8, "0123456789")), "decoy", OPAQUE),
        c("RIYOU_JIKAN", N, "INTEGER", g.col(g.pick([30, 60, 90, 120, 180])), "decoy"),
        c("SAISHUU_RAITEN", N, "TIMESTAMP", g.moments("2025-01-01", 330), "decoy"),
        c("DORINKU_PLAN", N, "VARCHAR", g.col(g.pick(["NOMIHODAI", "SOFUTO", "NASHI"])), "decoy"),
        c("KISHU", N, "VARCHAR", g.col(g.pick(["DAM-XG8000", "JOYSOUND MAX2", "DAM-XG7000"])), "decoy"),
    ])


# -- a bonsai class's students (Japanese) ------------------------------------------------------------------------------


def ja_bonsai_class(g: Gen) -> Table:
    """A bonsai class's students: names in kanji, date of birth ``1984（昭和59）年3月12日`` beside the enrolment in the
    same form, the teacher as ``森先生`` (few distinct), trees, pots, the class's phone (business)."""
    fem = v.sexes(g, 0.45)
    pairs = [v.ja_person(g, f) for f in fem]
    places = [v.city(g, "JP") for _ in range(g.rows)]
    teachers = [f"{g.rnd.choice(v.JA_LAST)[0]}先生" for _ in range(3)]
    return Table("盆栽教室.受講者名簿", "ja", "native", [
        c("受講者番号", N, "INTEGER", g.keys(1_001), "decoy"),
        c("氏名", "person_name", "VARCHAR", [f"{la[0]} {fi[0]}" for la, fi in pairs]),
        c("フリガナ", "person_name", "VARCHAR", [f"{la[1]} {fi[1]}".upper() for la, fi in pairs]),
        c("生年月日", "date_of_birth", "VARCHAR", [_era_bracket(b) for b in g.births(1940, 2005)], MONTH_NAME),
        c("入会日", N, "VARCHAR", [_era_bracket(d) for d in g.days("2018-01-01", "2025-11-30")], "decoy", SHAPE),
        c("郵便番号", "postal_code", "VARCHAR", [v.postal(g, "JP", p[1]) for p in places]),
        c("市区町村", "city", "VARCHAR", [p[0] for p in places]),
        c("住所", "street_address", "VARCHAR", g.col(lambda: v.street(g, "ja"))),
        c("電話番号", "phone", "VARCHAR", g.phones("JP", {"national": 0.8, "intl": 0.2}, 0.6)),
        c("担当講師", "person_name", "VARCHAR", g.col(g.pick(teachers)), STAFF),
        c("樹種", N, "VARCHAR", g.col(g.pick(["黒松", "真柏", "五葉松", "皐月", "紅葉"])), "decoy"),
        c("鉢", N, "VARCHAR", g.col(g.pick(["常滑", "中国鉢", "丹波"])), "decoy"),
        c("月謝", N, "INTEGER", g.col(g.pick([4_000, 5_500, 7_000])), "decoy"),
        c("教室電話", N, "VARCHAR", g.col(lambda: "011-200-0000"), "business"),
        c("備考", "free_text", "VARCHAR", g.sparse(lambda: g.rnd.choice([
            f"{g.rnd.choice(v.JA_LAST)[0]}さんの紹介", "車椅子", f"家族 {g.rnd.choice(v.JA_LAST)[0]} {g.rnd.choice(v.JA_FEMALE)[0]} も参加"]),
            0.8, _words("なし")), NULLWORD),
        c("作品数", N, "INTEGER", g.ints(0, 30), "decoy"),
        c("受講コース", N, "VARCHAR", g.col(g.pick(["初級", "中級", "上級", "体験"])), "decoy"),
        c("曜日", N, "VARCHAR", g.col(g.pick(["月曜", "水曜", "土曜", "日曜"])), "decoy"),
        c("樹齢", N, "INTEGER", g.ints(3, 80), "decoy"),
        c("更新日時", N, "TIMESTAMP", g.moments("2024-04-01", 600), "decoy"),
        c("会費納入", N, "BOOLEAN", g.yn(True, False, 0.9), "decoy"),
    ])


# -- a taxidermy workshop's orders (Russian) ---------------------------------------------------------------------------


def ru_taxidermy(g: Gen) -> Table:
    """A taxidermy workshop's orders: the hunter's SNILS (``ssn``), date of birth ``12 марта 1984 г.`` beside the order
    in the same form, the master as ``Николай Петрович`` (few distinct), species, hunting-ticket-shaped references,
    the workshop's INN (business)."""
    fem = v.sexes(g, 0.1)
    firsts, lasts = v.people(g, "ru", fem)
    places = [v.city(g, "RU") for _ in range(g.rows)]
    masters = ["Николай Петрович", "Глеб Андреевич", "Вера Ивановна"]
    return Table("таксидермия.заказы", "ru", "native", [
        c("номер_заказа", N, "INTEGER", g.keys(5_001), "decoy"),
        c("фамилия", "last_name", "VARCHAR", lasts),
        c("имя", "first_name", "VARCHAR", firsts),
        c("дата_рождения", "date_of_birth", "VARCHAR", [_genitive(b, _RU_MONTHS, tail=" г.")
                                                        for b in g.births(1950, 2005)], MONTH_NAME),
        c("дата_заказа", N, "VARCHAR", [_genitive(d, _RU_MONTHS, tail=" г.") for d in g.days("2024-01-01",
                                                                                              "2025-11-30")],
          "decoy", SHAPE),
        c("снилс", "ssn", "VARCHAR", g.col(lambda: v.ru_snils(g))),
        c("город", "city", "VARCHAR", [p[0] for p in places]),
        c("индекс", "postal_code", "VARCHAR", [v.postal(g, "RU", p[1]) for p in places]),
        c("адрес", "street_address", "VARCHAR", g.col(lambda: v.street(g, "ru"), 0.3)),
        c("телефон", "phone", "VARCHAR", g.phones("RU", {"national": 0.4, "intl": 0.4, "e164": 0.2})),
        c("мастер", "person_name", "VARCHAR", g.col(g.pick(masters)), STAFF),
        c("вид", N, "VARCHAR", g.col(g.pick(["глухарь", "кабан (голова)", "лиса", "утка-кряква", "щука"])), "decoy"),
        c("поза", N, "VARCHAR", g.col(g.pick(["в полёте", "на ветке", "настенная", "в рост"])), "decoy"),
        c("аванс", N, "DECIMAL(10,2)", g.amounts(2_000, 60_000), "decoy"),
        c("срок_готовности", N, "DATE", g.days("2025-03-01", "2026-06-30"), "decoy"),
        c("номер_путёвки", N, "VARCHAR", g.col(lambda: f"{g.digits(2)} {g.digits(6, '0123456789')}"), "decoy"),
        c("инн_мастерской", N, "VARCHAR", g.col(lambda: "6658123456"), "business"),
        c("примечание", "free_text", "VARCHAR", g.sparse(lambda: g.rnd.choice([
            f"забирает {v.whole(g, 'ru')}", "рога отдельно", f"трофей добыт с {v.whole(g, 'ru', False)}"]),
            0.8, _words("отсутствует")), NULLWORD),
        c("статус", N, "VARCHAR", g.col(g.pick(["принят", "в работе", "готов", "выдан"])), "decoy"),
        c("остаток", N, "DECIMAL(10,2)", g.amounts(0, 90_000), "decoy"),
        c("подставка", N, "VARCHAR", g.col(g.pick(["дуб", "берёза", "коряга", "нет"])), "decoy"),
        c("сезон_охоты", N, "INTEGER", g.col(g.pick([2023, 2024, 2025])), "decoy", SHAPE),
        c("фото_md5", N, "VARCHAR", g.col(g.md5), "decoy"),
    ])


# -- a ceramics workshop's course participants (Greek) -----------------------------------------------------------------


def el_ceramics(g: Gen) -> Table:
    """A ceramics workshop's course participants: AMKA (``ssn``, for a subsidised course), date of birth ``12 Μαρτίου
    1984`` beside the course start in the same form, the teacher as ``κα Σοφία`` (few distinct), kilns, clay, the
    workshop's AFM (business), a personal AFM for invoices (``national_id``, NULL-heavy)."""
    fem = v.sexes(g, 0.7)
    firsts, lasts = v.people(g, "el", fem)
    births = g.births(1950, 2006)
    places = [v.city(g, "GR") for _ in range(g.rows)]
    teachers = [f"κα {v.given(g, 'el', True)}", f"κ. {v.given(g, 'el', False)}"]
    return Table("εργαστήριο_κεραμικής.συμμετέχοντες", "el", "native", [
        c("κωδικός", N, "INTEGER", g.keys(1), "decoy"),
        c("όνομα", "first_name", "VARCHAR", firsts),
        c("επώνυμο", "last_name", "VARCHAR", lasts),
        c("ημερομηνία_γέννησης", "date_of_birth", "VARCHAR", [_genitive(b, _EL_MONTHS) for b in births], MONTH_NAME),
        c("έναρξη_κύκλου", N, "VARCHAR", [_genitive(d, _EL_MONTHS) for d in g.days("2024-09-01", "2025-11-30")],
          "decoy", SHAPE),
        c("αμκα", "ssn", "VARCHAR", [v.gr_amka(g, b) for b in births]),
        c("αφμ", "national_id", "VARCHAR", g.col(lambda: v.gr_afm_person(g), 0.75), "null_heavy"),
        c("οδός", "street_address", "VARCHAR", g.col(lambda: v.street(g, "el"))),
        c("πόλη", "city", "VARCHAR", [p[0] for p in places]),
        c("τ_κ", "postal_code", "VARCHAR", [v.postal(g, "GR", p[1]) for p in places], "abbrev"),
        c("κινητό", "phone", "VARCHAR", g.phones("GR", {"national": 0.7, "intl": 0.3})),
        c("email", "email", "VARCHAR", v.emails(g, [v.latin(a) for a in firsts], [v.latin(b) for b in lasts],
                                                ["gmail.com", "yahoo.gr", "hotmail.com"], 0.1)),
        c("δασκάλα", "person_name", "VARCHAR", g.col(g.pick(teachers)), STAFF),
        c("κύκλος", N, "VARCHAR", g.col(g.pick(["τροχός αρχάριοι", "πλάσιμο", "υαλώματα", "ρακού"])), "decoy"),
        c("κλίβανος", N, "VARCHAR", g.col(g.pick(["Κ1", "Κ2", "ρακού"])), "decoy"),
        c("πηλός_κιλά", N, "DECIMAL(5,1)", g.floats(2, 25, 1), "decoy"),
        c("δίδακτρα", N, "DECIMAL(7,2)", g.amounts(60, 240), "decoy"),
        c("αφμ_εργαστηρίου", N, "VARCHAR", g.col(lambda: "801234567"), "business"),
        c("σημειώσεις", "free_text", "VARCHAR", g.sparse(lambda: g.rnd.choice([
            f"έρχεται με την {v.whole(g, 'el', True)}", "αλλεργία στη σκόνη", f"πληρώνει ο {v.whole(g, 'el', False)}"]),
            0.8, _words("τίποτα")), NULLWORD),
        c("ημέρα", N, "VARCHAR", g.col(g.pick(["Δευτέρα", "Τετάρτη", "Πέμπτη", "Σάββατο"])), "decoy"),
        c("πληρωμή", N, "VARCHAR", g.col(g.pick(["μετρητά", "κάρτα", "έμβασμα"])), "decoy"),
        c("ψήσιμο_έτοιμο", N, "BOOLEAN", g.yn(True, False, 0.6), "decoy"),
        c("ενημέρωση", N, "TIMESTAMP", g.moments("2024-09-01", 450), "decoy"),
        c("κομμάτια", N, "INTEGER", g.ints(0, 14), "decoy"),
    ])


# -- a sauna raft's bookings (Estonian) --------------------------------------------------------------------------------


def et_sauna_raft(g: Gen) -> Table:
    """A sauna raft's bookings on Pärnu river: the isikukood, date of birth ``dd.mm.yyyy`` beside the booking in the
    same form, the IBAN for the deposit refund, the skipper by given name (few distinct), the booking's IPv4, opaque
    columns, the company's registry code (business)."""
    fem = v.sexes(g, 0.4)
    firsts, lasts = v.people(g, "et", fem)
    births = g.births(1955, 2006)
    places = [v.city(g, "EE") for _ in range(g.rows)]
    skippers = [v.given(g, "et", False) for _ in range(3)]
    return Table("saunaparv.broneeringud", "et", "snake", [
        c("broneering_id", N, "INTEGER", g.keys(20_001), "decoy"),
        c("eesnimi", "first_name", "VARCHAR", firsts),
        c("perekonnanimi", "last_name", "VARCHAR", lasts),
        c("isikukood", "national_id", "VARCHAR", [v.ee_ik(g, b, f) for b, f in zip(births, fem)]),
        c("synniaeg", "date_of_birth", "VARCHAR", [_dmy(b) for b in births]),
        c("kuupaev", N, "VARCHAR", [_dmy(d) for d in g.days("2025-05-01", "2025-09-30")], "decoy", SHAPE),
        c("linn", "city", "VARCHAR", [p[0] for p in places]),
        c("attr_7", "phone", "VARCHAR", g.phones("EE", {"national": 0.5, "intl": 0.5}), OPAQUE),
        c("e_post", "email", "VARCHAR", v.emails(g, firsts, lasts, ["gmail.com", "mail.ee", "hot.ee"], 0.1)),
        c("tagatis_iban", "iban", "VARCHAR", g.col(lambda: v.iban19(g, "EE"), 0.2)),
        c("kapten", "first_name", "VARCHAR", g.col(g.pick(skippers)), STAFF),
        c("ip", "ip_address", "VARCHAR", g.col(g.ipv4, 0.2)),
        c("parv", N, "VARCHAR", g.col(g.pick(["Saunaparv 1", "Suur parv", "Mini"])), "decoy"),
        c("tunnid", N, "INTEGER", g.ints(2, 6), "decoy"),
        c("hind", N, "DECIMAL(7,2)", g.amounts(120, 480), "decoy"),
        c("addr_sk", N, "INTEGER", g.keys(90_001, 5), "decoy", MISLEADING),
        c("registrikood", N, "VARCHAR", g.col(lambda: "12345678"), "business"),
        c("viitenumber", N, "VARCHAR", g.col(lambda: v.not_iban(g, "PL")), "decoy", SHAPE),
        c("algus", N, "TIMESTAMP", g.moments("2025-05-01", 150), "decoy"),
        c("inimesi", N, "INTEGER", g.ints(2, 12), "decoy"),
        c("olek", N, "VARCHAR", g.col(g.pick(["kinnitatud", "tühistatud", "ootel"])), "decoy"),
        c("lisad", N, "VARCHAR", g.col(g.pick(["vihad", "grill", "SUP", "puudub"])), "decoy"),
        c("makstud", N, "BOOLEAN", g.yn(True, False, 0.8), "decoy"),
    ])


# -- a car wash tunnel's log, decoys only (Finnish) --------------------------------------------------------------------


def fi_car_wash(g: Gen) -> Table:
    """A car wash tunnel's log: programmes, plates (tag ``vehicle``), chemicals, durations, a loyalty card number
    failing Luhn, a phone-shaped reference that is no valid number, hashes, versions; no personal data."""
    return Table("autopesula.pesuloki", "fi", "snake", [
        c("pesu_id", N, "INTEGER", g.keys(1_000_001), "decoy"),
        c("aika", N, "TIMESTAMP", g.moments("2025-10-01", 60), "decoy"),
        c("ohjelma", N, "VARCHAR", g.col(g.pick(["Perus", "Vaha", "Premium", "Pohjapesu"])), "decoy"),
        c("rekisterinumero", N, "VARCHAR", g.col(lambda: g.code("AAA") + "-" + g.digits(3)), "decoy", VEHICLE),
        c("kesto_s", N, "INTEGER", g.ints(180, 600), "decoy"),
        c("vesi_l", N, "DECIMAL(6,1)", g.floats(60, 220, 1), "decoy"),
        c("kemikaali", N, "VARCHAR", g.col(g.pick(["Shampoo A", "Vaha Pro", "Alkalinen"])), "decoy"),
        c("kanta_asiakaskortti", N, "VARCHAR", g.col(lambda: v.not_luhn_plain(g, "6", 16), 0.5), "decoy", SHAPE),
        c("viite", N, "VARCHAR", g.col(lambda: v.not_phone(g, "FI", (3, 3, 4), "0")), "decoy", SHAPE),
        c("hinta", N, "DECIMAL(6,2)", g.amounts(8, 28), "decoy"),
        c("ohjelmisto", N, "VARCHAR", g.col(g.version), "decoy"),
        c("kuvan_tiiviste", N, "VARCHAR", g.col(g.sha256), "decoy"),
        c("viikonpaiva", N, "VARCHAR", g.col(g.pick(["maanantai", "tiistai", "keskiviikko", "torstai", "perjantai",
                                                     "lauantai", "sunnuntai"])), "decoy"),
        c("tila", N, "VARCHAR", g.col(g.pick(["OK", "KESKEYTETTY", "VIRHE"])), "decoy"),
        c("linja", N, "INTEGER", g.col(g.pick([1, 2])), "decoy"),
    ])


BUILDERS: list[tuple[Callable[[Gen], Table], int]] = [
    (en_mountain_rescue, 260), (de_farrier, 240), (fr_piano_tuner, 260), (es_surf_school, 280),
    (it_violin_repairs, 240), (pt_tuktuk, 300), (nl_dog_grooming, 280), (pl_fire_brigade, 220),
    (sv_snowmobile_club, 240), (da_pigeon_club, 220), (cs_dry_cleaner, 260), (tr_hamam, 280),
    (ja_latn_karaoke, 260), (ja_bonsai_class, 220), (ru_taxidermy, 240), (el_ceramics, 220),
    (et_sauna_raft, 240), (fi_car_wash, 220),
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
