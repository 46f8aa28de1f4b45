"""Held-out set v15 for the column classifier: 18 tables in domains no earlier set used, and new value shapes.

Written **blind**, like v2 to v14: by someone who has read neither the classifier (``governance_dagster/detect/``) nor
its documentation, tests, changelog or notes, only the list of kind names (``governance_dagster/kinds.py``), how the
scorer registers and calls a set (``heldout_v2_accuracy.py``), the *structure* and labeling conventions of v13 and v14
(``heldout_v13.py``, ``heldout_v14.py``, their value modules and tests, ``tests/heldout_support.py``), the docstrings of
v2 to v12 (to avoid their domains and shapes) and the ``Column``/``Table`` classes and writer they build on. The
classifier was not run on this set while it was written, no scorer was run on it, and no score of any set was looked
at: nothing here was adjusted to what the classifier does.

What is new against v2 to v14:

* domains: a chess club's rated players (``sachovy_klub.hraci_elo``, Slovak); a mountain hut's guest book for the
  tourist tax (``planinska_koca.knjiga_gostov``, Slovenian); a youth basketball academy's players, children, with their
  parents (``krepsinio_akademija.zaidejai``, Lithuanian); a song festival's choir singers (``laulupidu.lauljad``,
  Estonian); a cat show's exhibitors (``expozitie_feline.Expozanti``, Romanian); a Flemish brass band's members
  (``fanfare.ledenlijst``, Dutch as written in Belgium); a cross-border carpool of commuters to Luxembourg
  (``covoiturage.frontaliers``, French); a Swiss ski school's payroll of its instructors, Austrians among them
  (``skischule.LohnSkilehrer``, German); an Irish-language summer college's students and host families
  (``COLAISTE.SCOLAIRI_2025``, Irish English); an Indian engineering-entrance coaching institute's admissions
  (``coaching.stu_adm``, Indian English); a mezcal distillery's agave growers in Oaxaca
  (``palenque.proveedores_maguey``, Mexican Spanish); a shogi club's members (``将棋道場.会員名簿``, Japanese); a kimono rental
  shop's ledger with tourists (``KIMONO_RENTAL.KASHIDASHI_DAICHO``, romanized Japanese); a philharmonic's season-ticket
  holders (``филармония.абонементы``, Russian); an olive press's deliveries by farmers
  (``ελαιοτριβείο.παραδόσεις_ελαιοκάρπου``, Greek); a carpet-washing service's pick-ups
  (``hali_yikama.SiparisKayitlari``, Turkish); a language-tandem exchange's sign-ups merged from its localized forms,
  every column named in the language of the form it came from (``tandem.iscrizioni_merged``: Italian, Portuguese,
  Polish, Swedish, Danish, Czech and Latvian names, tag ``lang:``); a cheese-ageing warehouse's wheels, decoys and
  business data only (``caseificio.forme_stagionatura``, Italian);
* shapes: a date of birth with a two-digit year ``dd.mm.yy`` beside the season start in the same form (tag
  ``short_year``); a date of birth stored as a TIMESTAMP at midnight beside pick-up and delivery timestamps (tag
  ``timestamp_dob``); children's names, identifiers and dates of birth (tag ``minor``); a staging table whose column
  names come in seven languages with a source prefix (``frm_it_``, ``frm_pl_``, ...); passport and identity-card numbers
  of several countries in one column (tag ``multi_country``, as v14); a Luxembourg phone written with odd separators
  (tag ``odd_format``, as v14); NULL-heavy, NULL-word, empty-string and padded columns (as v13 and v14); columns that
  are partly NULL (up to 70%) without being NULL-heavy;
* dates of birth as DATE, TIMESTAMP, ``d. m. yyyy`` (Slovak), ``dd. mm. yyyy`` (Slovenian), ``yyyy-mm-dd``,
  ``dd.mm.yyyy``, ``dd/mm/yyyy``, ``dd-mm-yyyy``, ``dd.mm.yy``, ``d/m/yyyy``, ``yyyy/mm/dd`` and Japanese-era text, each
  beside dates of other events in the same form (last rated game, night of stay, medical check, rehearsal, entry,
  joining, sign-up, season start, course start, admission, harvest, joining the club, rental, first concert, delivery,
  pick-up);
* decoys (tag ``decoy``, and ``value_shape`` when shaped like a personal value): a cat's date of birth
  (``DataNasteriiPisica``) and pedigree name, cheese wheels named after saints and a countess, a cat's microchip, an
  olive delivery slip shaped like an AFM failing its check, a batch code written like an Italian phone number that is no
  valid number, a pallet code shaped like a card number failing Luhn, a roll number of twelve digits that is no valid
  Indian number, a transport guide of 18 digits, FIDE ids, ratings, licence numbers of ski instructors (tag
  ``licence``), plates (tag ``vehicle``), integer keys named ``adresa_sk`` and ``adres_sk``, flags named ``email_opt``,
  ``SmsIzni``, ``frm_it_consenso_email`` and ``conducteur``, names of concerts and ski areas, hashes, UUIDs,
  coordinates, versions, day names;
* identifiers new to the sets or rare in them: Slovenian EMŠO, Lithuanian asmens kodas, Estonian isikukood, Latvian
  personas kods, Romanian CNP, Belgian national number, the Luxembourg matricule, Swiss AHV and Austrian SV-Nummer,
  Irish PPS, Indian PAN of a parent, Mexican CURP and a person's RFC, Greek AFM, Slovak rodné číslo, T.C. kimlik; IBANs
  of Slovakia, Lithuania, Romania, Belgium, Switzerland and Greece; phones of Slovakia, Slovenia, Lithuania, Estonia,
  Latvia, Romania, Belgium, Luxembourg, Switzerland, Austria, Ireland, India, Mexico and others;
* column names in English (Ireland, India), German (Switzerland), French, Spanish (Mexico), Italian, Portuguese, Dutch
  (Belgium), Polish, Swedish, Danish, Czech, Turkish, romanized Japanese (``ja-Latn``), Japanese, Russian (Cyrillic),
  Greek, Slovak, Slovenian, Lithuanian, Latvian, Estonian and Romanian; styles: snake, camel, Pascal, SCREAMING, native
  scripts, abbreviations (``stu_fnm``, ``prnt_pan``, ``fthr_nm``, ``cnslr``, ``rmks``, ``ημ_γέννησης``, ``zap_st``) and
  source prefixes.

Labeling rules: the same as v2 to v14 (see :mod:`benchmarks.classification.heldout_v14`): ``ssn`` is a social-security
or social-insurance number, ``national_id`` any other state-issued personal identifier; a business's address, phone,
postal code, city, e-mail, tax and registration numbers and bank account are ``none`` (tag ``business``); names of
staff, trainers, conductors, judges, wardens, cashiers, dressers and counsellors are ``person_name`` (a first name or a
family name alone ``first_name`` or ``last_name``); a login or public display handle is ``unclassified`` (tag
``username``); free text that names people is ``free_text``, text that names nobody ``none``. Applied to v15's new
cases (no new rule, but choices a reader may question):

* ``ssn``: the Swiss AHV number, the Austrian SV-Nummer and the Irish PPS number (as v3 and v4); ``national_id``: the
  Luxembourg matricule (used by its social security, but the national identification number of every resident), EMŠO,
  asmens kodas, isikukood, personas kods, CNP, the Belgian national number, rodné číslo, CURP, a person's RFC, PAN, AFM,
  T.C. kimlik and passport or identity-card numbers shown at a hut or a rental shop (tag ``multi_country``);
* a child's data are labeled as an adult's (tag ``minor``); a parent's PAN is ``national_id``;
* a patronymic given as the father's given name alone (Greek ``πατρώνυμο``) is ``first_name``; a Russian patronymic
  (``отчество``) is ``person_name``; names in kanji with their katakana readings are ``person_name``;
* a host family's Eircode is ``postal_code`` (a private home, tag ``qualified``); a choir, a cattery, a dairy, an ejido,
  an employer and a cooperative are businesses (``none``); a choir's conductor is ``person_name``;
* a cat's date of birth, a cat's pedigree name and cheese wheels named after saints are ``none`` (tag ``value_shape``);
* a column where only some rows are personal (foreign guests' documents, the Latvian partner's personas kods) is labeled
  by its personal rows.

Tags: ``decoy``, ``business``, ``null_heavy``, ``nullword_heavy``, ``empty_strings``, ``padded_case``,
``split_address``, ``vehicle``, ``value_shape``, ``misleading``, ``abbrev``, ``username``, ``qualified``, ``licence``,
``multi_country``, ``odd_format`` (as in v13 and v14), ``lang:XX`` (a column's own language), and new: ``short_year``,
``timestamp_dob``, ``minor``.

Every value is generated here from :data:`SEED` (one ``random.Random`` per table, named after its builder) with
python-stdnum for check digits, phonenumbers for phone validity and formats, and the lists of names, streets and cities
of :mod:`benchmarks.classification.heldout_v15_values`, written for v15 (no Faker, no list of real people). Build:
``python -m benchmarks.classification.heldout_v15 [PATH]`` (default ``/tmp/heldout_v15.duckdb``). Score:
``python -m benchmarks.classification.heldout_v2_accuracy --set v15``. Built with python-stdnum 2.2 and phonenumbers
9.0.
"""

from __future__ import annotations

import string
import sys
from collections.abc import Callable
from datetime import date, datetime, timedelta
from pathlib import Path

from benchmarks.classification import heldout_v4
from benchmarks.classification import heldout_v15_values as v
from benchmarks.classification.heldout_v2 import Column, Table
from benchmarks.classification.heldout_v15_values import MIXED, NULLISH, SEED, USERNAME, Gen, N, c

__all__ = [
    "BUILDERS",
    "DEFAULT_PATH",
    "MIXED",
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

DEFAULT_PATH = Path("/tmp/heldout_v15.duckdb")

NULLWORD = "nullword_heavy"  # 70-95% NULL-like strings and empty strings (few real NULLs)
EMPTY = "empty_strings"  # 70-95% empty strings, no NULL
MIXED_PARTY = "mixed_party"  # private and business rows in one column: labeled by the private majority
PADDED = "padded_case"  # leading and trailing spaces, tabs, mixed case
MULTI_COUNTRY = "multi_country"  # identifiers of several countries in one column
ODD_FORMAT = "odd_format"  # phones written with dots, slashes, brackets around the country code
SHAPE = "value_shape"
VEHICLE = "vehicle"
MISLEADING = "misleading"
LICENCE = "licence"
SHORT_YEAR = "short_year"  # a date of birth with a two-digit year (dd.mm.yy) beside other dates in the same form
TS_DOB = "timestamp_dob"  # a date of birth stored as a TIMESTAMP at midnight beside other timestamps
MINOR = "minor"  # a child's data (labeled as an adult's)


def _dmy(d: date | None, sep: str = ".") -> str | None:
    return None if d is None else f"{d.day:02d}{sep}{d.month:02d}{sep}{d.year}"


def _sk_date(d: date | None) -> str | None:
    return None if d is None else f"{d.day}. {d.month}. {d.year}"


def _words(*extra: str) -> tuple[str, ...]:
    return ("", "-", "NULL", "n/a") + extra


def _at(g: Gen, d: date, start: int = 8, end: int = 20) -> datetime:
    return datetime(d.year, d.month, d.day, g.rnd.randint(start, end), g.rnd.randint(0, 59), g.rnd.randint(0, 59))


# -- a chess club's rated players (Slovak) ----------------------------------------------------------------------------


def sk_chess_club(g: Gen) -> Table:
    """A chess club's register of rated players: the player with rodné číslo (asked for by the federation), date of
    birth as ``d. m. yyyy`` beside the date of the last rated game in the same form, ratings, FIDE ids, the club's
    trainer, a parent for juniors, the membership fee's account, chess.com handles."""
    fem = v.sexes(g, 0.22)
    firsts, lasts = v.people(g, "sk", fem)
    births = g.births(1942, 2016)
    juniors = [b.year >= 2007 for b in births]
    places = [v.city(g, "SK") for _ in range(g.rows)]
    trainers = [v.whole(g, "sk", False) for _ in range(4)]
    return Table("sachovy_klub.hraci_elo", "sk", "snake", [
        c("id_hraca", N, "INTEGER", g.keys(501), "decoy"),
        c("meno", "first_name", "VARCHAR", firsts),
        c("priezvisko", "last_name", "VARCHAR", lasts),
        c("titul", N, "VARCHAR", g.col(g.pick([None, None, None, "Ing.", "Mgr.", "PaedDr.", "Bc."])), "decoy"),
        c("rodne_cislo", "national_id", "VARCHAR", [v.sk_rc(g, b, f, g.rnd.random() < 0.7)
                                                    for b, f in zip(births, fem)]),
        c("datum_narodenia", "date_of_birth", "VARCHAR", [_sk_date(b) for b in births]),
        c("posledna_partia", N, "VARCHAR", [_sk_date(d) for d in g.days("2024-09-01", "2025-11-30")], "decoy", SHAPE),
        c("fide_id", N, "VARCHAR", g.col(lambda: str(g.rnd.randint(14_900_000, 14_999_999)), 0.3), "decoy"),
        c("elo_standard", N, "INTEGER", g.ints(1_050, 2_430), "decoy"),
        c("elo_rapid", N, "INTEGER", g.ints(1_000, 2_380), "decoy"),
        c("vykonnostna_trieda", N, "VARCHAR", g.col(g.pick(["I.", "II.", "III.", "IV.", "KM", "bez VT"])), "decoy"),
        c("ulica", "street_address", "VARCHAR", g.col(lambda: v.street(g, "sk"))),
        c("psc", "postal_code", "VARCHAR", [v.postal(g, "SK", p[1]) for p in places], "abbrev"),
        c("obec", "city", "VARCHAR", [p[0] for p in places]),
        c("mobil", "phone", "VARCHAR", g.phones("SK", {"national": 0.5, "intl": 0.3, "e164": 0.2})),
        c("email", "email", "VARCHAR", v.emails(g, firsts, lasts, ["azet.sk", "zoznam.sk", "gmail.com", "centrum.sk"],
                                                0.15)),
        c("zakonny_zastupca", "person_name", "VARCHAR",
          [v.whole(g, "sk") if j else None for j in juniors], "null_heavy", "qualified"),
        c("iban_prispevok", "iban", "VARCHAR", g.col(lambda: v.iban(g, "SK", g.rnd.random() < 0.6), 0.35)),
        c("trener", "person_name", "VARCHAR", g.col(g.pick(trainers))),
        c("lichess_nick", USERNAME, "VARCHAR", [v.handle(g, a, b) if g.rnd.random() < 0.6 else None
                                                for a, b in zip(firsts, lasts)], "username"),
        c("otvorenie_oblubene", N, "VARCHAR", g.col(g.pick(["Sicílska obrana", "Caro-Kann", "Dámsky gambit",
                                                            "Kráľovská indická", "Talianska hra", "Londýnsky systém"])),
          "decoy"),
        c("poznamka", "free_text", "VARCHAR", g.sparse(lambda: g.rnd.choice([
            f"brat {v.whole(g, 'sk', False)} hrá za ŠK Slovan", f"odvoz na turnaj zabezpečí {v.whole(g, 'sk')}",
            "prestup z iného klubu schválený"]), 0.85, _words("nie je", "žiadna")), NULLWORD),
        c("clenske_zaplatene", N, "BOOLEAN", g.yn(True, False, 0.8), "decoy"),
        c("adresa_sk", N, "BIGINT", g.keys(7_700_001, 7), "decoy", MISLEADING),
        c("turnaj_kod", N, "VARCHAR", g.col(lambda: f"SVK-{g.rnd.choice('MOJ')}{g.digits(4, string.digits)}"), "decoy"),
        c("pocet_partii", N, "INTEGER", g.ints(0, 84), "decoy"),
        c("skore_pct", N, "DECIMAL(5,1)", g.floats(12, 88, 1), "decoy"),
        c("kategoria_vek", N, "VARCHAR", g.col(g.pick(["U10", "U14", "U18", "senior", "S65"])), "decoy"),
        c("aktualizovane", N, "TIMESTAMP", g.moments("2025-01-01", 330), "decoy"),
    ])


# -- a mountain hut's overnight guests (Slovenian) --------------------------------------------------------------------

_HUT_FOREIGN = [("AT", "Avstrija", "at"), ("DE", "Nemčija", "de"), ("CZ", "Češka", "cs"), ("IT", "Italija", "it")]


def sl_mountain_hut(g: Gen) -> Table:
    """A mountain hut's guest book kept for the tourist tax: Slovenian guests with EMŠO, foreign guests with the
    number of the passport or identity card shown (several countries in one column), the date of birth as
    ``dd. mm. yyyy`` beside the night of the stay, the bunk, the hut warden."""
    foreign = [g.rnd.random() < 0.25 for _ in range(g.rows)]
    origin = [g.rnd.choice(_HUT_FOREIGN) if f else ("SI", "Slovenija", "sl") for f in foreign]
    fem = v.sexes(g, 0.45)
    names = [v.person(g, o[2] if o[2] in v.NAMES else "sl", f) for o, f in zip(origin, fem)]
    births = g.births(1945, 2012)
    nights = g.days("2025-06-15", "2025-10-15")
    wardens = [v.whole(g, "sl") for _ in range(3)]

    def document(o: tuple[str, str, str]) -> str | None:
        if o[0] == "SI":
            return None if g.rnd.random() < 0.97 else g.code("PB9999999")
        if g.rnd.random() < 0.3:
            return None
        return {"AT": lambda: g.code("A9999999"), "DE": lambda: g.code("C9AAA9AAA"),
                "CZ": lambda: g.digits(9, string.digits), "IT": lambda: g.code("CA99999AA")}[o[0]]()

    return Table("planinska_koca.knjiga_gostov", "sl", "snake", [
        c("zap_st", N, "INTEGER", g.keys(1), "decoy", "abbrev"),
        c("datum_nocitve", N, "VARCHAR", [f"{d.day:02d}. {d.month:02d}. {d.year}" for d in nights], "decoy", SHAPE),
        c("ime", "first_name", "VARCHAR", [n[0] for n in names]),
        c("priimek", "last_name", "VARCHAR", [n[1] for n in names]),
        c("datum_rojstva", "date_of_birth", "VARCHAR", [f"{b.day:02d}. {b.month:02d}. {b.year}" for b in births]),
        c("emso", "national_id", "VARCHAR", [v.si_emso(g, b, f) if o[0] == "SI" and g.rnd.random() < 0.85 else None
                                             for o, b, f in zip(origin, births, fem)]),
        c("drzavljanstvo", N, "VARCHAR", [o[1] for o in origin], "decoy"),
        c("st_dokumenta", "national_id", "VARCHAR", [document(o) for o in origin], "null_heavy", MULTI_COUNTRY),
        c("kraj_bivanja", "city", "VARCHAR", [v.city(g, "SI")[0] if o[0] == "SI" else
                                              {"AT": "Villach", "DE": "Rosenheim", "CZ": "Brno", "IT": "Udine"}[o[0]]
                                              for o in origin]),
        c("telefon", "phone", "VARCHAR", [g.phone(o[0] if o[0] != "SI" else "SI",
                                                  g.rnd.choice(["intl", "e164"]) if o[0] != "SI" else
                                                  g.rnd.choice(["national", "intl"])) if g.rnd.random() < 0.7 else None
                                          for o in origin]),
        c("planinska_izkaznica", N, "VARCHAR", g.col(lambda: f"PZS-{g.digits(7, string.digits)}", 0.4), "decoy"),
        c("lezisce", N, "VARCHAR", g.col(lambda: f"{g.rnd.choice(['S', 'M'])}{g.rnd.randint(1, 48)}"), "decoy"),
        c("polpenzion", N, "BOOLEAN", g.yn(True, False, 0.55), "decoy"),
        c("turisticna_taksa", N, "DECIMAL(5,2)", g.col(g.pick([0.0, 1.63, 3.13])), "decoy"),
        c("znesek_eur", N, "DECIMAL(7,2)", g.amounts(18, 96), "decoy"),
        c("oskrbnik", "person_name", "VARCHAR", g.col(g.pick(wardens))),
        c("smer_pohoda", N, "VARCHAR", g.col(g.pick(["Vrata - Triglav", "Krma", "Pokljuka", "Trenta", "Bohinj"])),
          "decoy"),
        c("gps_koca", N, "VARCHAR", g.col(lambda: g.coord((46.36, 46.40), (13.81, 13.86))), "decoy"),
        c("opombe", "free_text", "VARCHAR", g.col(lambda: g.rnd.choice([
            f"skupina z vodnikom {v.whole(g, 'sl', False)}", f"rezerviral {v.whole(g, 'sl')} po telefonu",
            f"alergija na oreščke, spremlja jo {v.given(g, 'sl', False)}"]), 0.82), "null_heavy"),
        c("vreme", N, "VARCHAR", g.col(g.pick(["jasno", "oblačno", "dež", "nevihta", "megla"])), "decoy"),
        c("st_rezervacije", N, "VARCHAR", g.col(lambda: f"R{g.digits(6, string.digits)}"), "decoy"),
        c("st_oseb", N, "INTEGER", g.ints(1, 6), "decoy"),
        c("nacin_placila", N, "VARCHAR", g.col(g.pick(["gotovina", "kartica", "Valu", "predplačilo"])), "decoy"),
        c("clanica_pzs", N, "BOOLEAN", g.yn(True, False, 0.5), "decoy"),
        c("vpisano", N, "TIMESTAMP", [_at(g, d, 14, 22) for d in nights], "decoy"),
    ])


# -- a basketball academy's players (Lithuanian, camel) ---------------------------------------------------------------


def lt_basketball_academy(g: Gen) -> Table:
    """A youth basketball academy's players (children and teenagers): asmens kodas, the date of birth as
    ``yyyy-mm-dd`` beside the medical check's date, the parents' names and phones, the coach, jersey sizes."""
    fem = v.sexes(g, 0.3)
    firsts, lasts = v.people(g, "lt", fem)
    births = g.births(2008, 2019)
    places = [v.city(g, "LT") for _ in range(g.rows)]
    coaches = [v.whole(g, "lt", False) for _ in range(5)]
    mothers = [v.person(g, "lt", True) for _ in range(g.rows)]
    return Table("krepsinio_akademija.zaidejai", "lt", "camel", [
        c("zaidejoId", N, "INTEGER", g.keys(3_001), "decoy"),
        c("vardas", "first_name", "VARCHAR", firsts, MINOR),
        c("pavarde", "last_name", "VARCHAR", lasts, MINOR),
        c("asmensKodas", "national_id", "VARCHAR", [v.lt_asmens(g, b, f) for b, f in zip(births, fem)], MINOR),
        c("gimimoData", "date_of_birth", "VARCHAR", [b.isoformat() for b in births], MINOR),
        c("medPatikraIki", N, "VARCHAR", [d.isoformat() for d in g.days("2025-09-01", "2026-08-31")], "decoy", SHAPE),
        c("grupe", N, "VARCHAR", [f"U{2026 - b.year}" for b in births], "decoy"),
        c("pozicija", N, "VARCHAR", g.col(g.pick(["įžaidėjas", "puolėjas", "centras", "gynėjas"])), "decoy"),
        c("ugisCm", N, "INTEGER", g.ints(128, 204), "decoy"),
        c("marskinelioNr", N, "INTEGER", g.ints(0, 99), "decoy"),
        c("motinosVardasPavarde", "person_name", "VARCHAR", [f"{a} {b}" for a, b in mothers], "qualified"),
        c("motinosTel", "phone", "VARCHAR", g.phones("LT", {"intl": 0.4, "national": 0.4, "local": 0.2}),
          "qualified"),
        c("tevoTel", "phone", "VARCHAR", g.phones("LT", {"intl": 0.5, "e164": 0.5}, nulls=0.6), "qualified"),
        c("elPastas", "email", "VARCHAR", [v.email(g, a, b, ["gmail.com", "one.lt", "inbox.lt"]) for a, b in mothers]),
        c("adresas", "street_address", "VARCHAR", g.col(lambda: v.street(g, "lt"))),
        c("miestas", "city", "VARCHAR", [p[0] for p in places]),
        c("pastoKodas", "postal_code", "VARCHAR", [v.postal(g, "LT", p[1]) for p in places]),
        c("mokykla", N, "VARCHAR", g.col(g.pick(["Žirmūnų gimnazija", "Vilniaus licėjus", "Kauno Jėzuitų gimnazija",
                                                 "Šilainių progimnazija"])), "decoy", "business"),
        c("treneris", "person_name", "VARCHAR", g.col(g.pick(coaches))),
        c("mokestisMen", N, "DECIMAL(6,2)", g.col(g.pick([45.0, 55.0, 60.0])), "decoy"),
        c("saskaitaMokesciui", "iban", "VARCHAR", g.col(lambda: v.iban(g, "LT"), 0.5)),
        c("licencijosNr", N, "VARCHAR", g.col(lambda: f"LKF-{g.digits(6, string.digits)}"), "decoy"),
        c("pastabos", "free_text", "VARCHAR", g.col(lambda: g.rnd.choice([
            f"po treniruočių pasiima senelis {v.whole(g, 'lt', False)}", "astma, inhaliatorius krepšyje",
            f"brolis {v.given(g, 'lt', False)} žaidžia U16"]), 0.75), "null_heavy"),
        c("treniruociuDienos", N, "VARCHAR", g.col(g.pick(["I-III-V", "II-IV", "I-III", "II-IV-VI"])), "decoy"),
        c("lankomumasProc", N, "INTEGER", g.ints(40, 100), "decoy"),
        c("svorisKg", N, "DECIMAL(5,1)", g.floats(26, 98, 1), "decoy"),
        c("komandosId", N, "INTEGER", g.ints(1, 14), "decoy"),
        c("sukurta", N, "TIMESTAMP", g.moments("2023-08-20", 800), "decoy"),
    ])


# -- a song festival's choir singers (Estonian) -----------------------------------------------------------------------


def et_song_festival(g: Gen) -> Table:
    """A song festival's registration of choir singers: isikukood, the date of birth as ``dd.mm.yyyy`` beside the
    rehearsal day in the same form, the choir (a business: its conductor is a person), the voice part, the bus."""
    fem = v.sexes(g, 0.62)
    firsts, lasts = v.people(g, "et", fem)
    births = g.births(1940, 2011)
    places = [v.city(g, "EE") for _ in range(g.rows)]
    choirs = [("Tartu Akadeemiline Meeskoor", "Priit " + v.person(g, "et", False)[1]),
              ("Segakoor Kiigelaulik", "Kadri " + v.person(g, "et", True)[1]),
              ("Pärnu Kammerkoor", "Toomas " + v.person(g, "et", False)[1]),
              ("Viljandi Naiskoor Leelo", "Liis " + v.person(g, "et", True)[1])]
    choir = [g.rnd.choice(choirs) for _ in range(g.rows)]
    return Table("laulupidu.lauljad", "et", "snake", [
        c("registreerimise_nr", N, "VARCHAR", g.col(lambda: f"LP25-{g.digits(5, string.digits)}"), "decoy"),
        c("eesnimi", "first_name", "VARCHAR", firsts),
        c("perenimi", "last_name", "VARCHAR", lasts),
        c("isikukood", "national_id", "VARCHAR", [v.ee_ik(g, b, f) for b, f in zip(births, fem)]),
        c("synniaeg", "date_of_birth", "VARCHAR", [_dmy(b) for b in births]),
        c("proovi_kuupaev", N, "VARCHAR", [_dmy(d) for d in g.days("2025-03-01", "2025-06-30")], "decoy", SHAPE),
        c("koor", N, "VARCHAR", [x[0] for x in choir], "business"),
        c("dirigent", "person_name", "VARCHAR", [x[1] for x in choir]),
        c("haaleruhm", N, "VARCHAR", g.col(g.pick(["S1", "S2", "A1", "A2", "T1", "T2", "B1", "B2"])), "decoy"),
        c("telefon", "phone", "VARCHAR", g.phones("EE", {"national": 0.5, "intl": 0.3, "e164": 0.2})),
        c("e_post", "email", "VARCHAR", v.emails(g, firsts, lasts, ["gmail.com", "mail.ee", "hot.ee", "online.ee"],
                                                 0.1)),
        c("aadress", "street_address", "VARCHAR", g.col(lambda: v.street(g, "et"), 0.3)),
        c("linn", "city", "VARCHAR", [p[0] for p in places]),
        c("postiindeks", "postal_code", "VARCHAR", [v.postal(g, "EE", p[1]) for p in places]),
        c("rahvariide_suurus", N, "VARCHAR", g.col(g.pick(["XS", "S", "M", "L", "XL"])), "decoy"),
        c("buss", N, "VARCHAR", g.col(lambda: f"{g.rnd.randint(100, 999)} {g.code('AAA')}", 0.2), "decoy", VEHICLE),
        c("toitumine", N, "VARCHAR", g.col(g.pick(["tavaline", "taimetoit", "gluteenivaba", "laktoosivaba"])), "decoy"),
        c("majutus", N, "VARCHAR", g.col(g.pick(["kool", "kodus", "hotell"])), "decoy"),
        c("kontaktisik", "person_name", "VARCHAR", g.col(lambda: v.whole(g, "et"), 0.75), "null_heavy", "qualified"),
        c("osalustasu", N, "DECIMAL(6,2)", g.col(g.pick([25.0, 35.0, 0.0])), "decoy"),
        c("markus", N, "VARCHAR", g.sparse(g.pick(["hilineb proovile", "vajab ratastooli ligipääsu", "esimest korda"]),
                                           0.8, _words("puudub")), "decoy", NULLWORD),
        c("koori_kood", N, "VARCHAR", g.col(lambda: f"K{g.digits(4, string.digits)}"), "decoy"),
        c("laulude_arv", N, "INTEGER", g.ints(8, 24), "decoy"),
        c("ankeedi_versioon", N, "VARCHAR", g.col(g.version), "decoy"),
        c("kinnitatud", N, "BOOLEAN", g.yn(True, False, 0.85), "decoy"),
        c("muudetud", N, "TIMESTAMP", g.moments("2025-01-10", 180), "decoy"),
    ])


# -- a cat show's exhibitors (Romanian, Pascal) -----------------------------------------------------------------------


def ro_cat_show(g: Gen) -> Table:
    """A cat show's entries: the exhibitor (owner) with CNP, the breeder (a cattery, a business), the cat with its
    pedigree name (a decoy shaped like a person's name), the judge, the fee paid by IBAN."""
    fem = v.sexes(g, 0.7)
    firsts, lasts = v.people(g, "ro", fem)
    births = g.births(1950, 2005)
    places = [v.city(g, "RO") for _ in range(g.rows)]
    judges = [v.whole(g, "ro") for _ in range(4)]
    catteries = ["Cattery Regina Carpatica", "Felis Transilvania", "Blue Danube Cats", "Mirela's Maine Coon"]
    return Table("expozitie_feline.Expozanti", "ro", "pascal", [
        c("NrCatalog", N, "INTEGER", g.keys(1), "decoy"),
        c("Prenume", "first_name", "VARCHAR", firsts),
        c("Nume", "last_name", "VARCHAR", [x.upper() if g.rnd.random() < 0.3 else x for x in lasts]),
        c("Cnp", "national_id", "VARCHAR", [v.ro_cnp(g, b, f) for b, f in zip(births, fem)]),
        c("DataNasterii", "date_of_birth", "VARCHAR", [_dmy(b) for b in births]),
        c("DataInscrierii", N, "VARCHAR", [_dmy(d) for d in g.days("2025-08-01", "2025-10-15")], "decoy", SHAPE),
        c("Adresa", "street_address", "VARCHAR", g.col(lambda: v.street(g, "ro"))),
        c("Localitate", "city", "VARCHAR", [p[0] for p in places]),
        c("CodPostal", "postal_code", "VARCHAR", [v.postal(g, "RO", p[1]) for p in places]),
        c("Telefon", "phone", "VARCHAR", g.phones("RO", {"national": 0.5, "intl": 0.3, "local": 0.2})),
        c("Email", "email", "VARCHAR", v.emails(g, firsts, lasts, ["yahoo.com", "gmail.com", "yahoo.ro"])),
        c("NumePisica", N, "VARCHAR", g.col(lambda: f"{g.rnd.choice(['Ariel', 'Bianca', 'Cezar', 'Dora', 'Traian'])} "
                                                    f"of {g.rnd.choice(catteries)}"), "decoy", SHAPE),
        c("Rasa", N, "VARCHAR", g.col(g.pick(["MCO", "BRI", "RAG", "SPH", "PER", "NFO"])), "decoy"),
        c("CodCuloare", N, "VARCHAR", g.col(g.pick(["n 22", "a 03", "f 09 23", "ns 24", "d"])), "decoy"),
        c("NrPedigree", N, "VARCHAR", g.col(lambda: f"RO-FIFe {g.rnd.choice(['LO', 'RIEX'])} "
                                                    f"{g.digits(5, string.digits)}"), "decoy"),
        c("Microcip", N, "VARCHAR", g.col(lambda: "642" + g.digits(12, string.digits)), "decoy", SHAPE),
        c("Crescator", N, "VARCHAR", g.col(g.pick(catteries)), "business"),
        c("Clasa", N, "INTEGER", g.ints(1, 12), "decoy"),
        c("Arbitru", "person_name", "VARCHAR", g.col(g.pick(judges))),
        c("TaxaLei", N, "DECIMAL(6,2)", g.col(g.pick([120.0, 150.0, 90.0])), "decoy"),
        c("IbanPlata", "iban", "VARCHAR", g.col(lambda: v.iban(g, "RO", g.rnd.random() < 0.5), 0.4)),
        c("Observatii", "free_text", "VARCHAR", g.col(lambda: g.rnd.choice([
            f"cușcă comună cu {v.whole(g, 'ro')}", f"vine însoțită de fiica {v.given(g, 'ro', True)}",
            "pisica a fost vaccinată recent"]), 0.8), "null_heavy"),
        c("DataNasteriiPisica", N, "DATE", g.days("2012-01-01", "2025-03-31"), "decoy", SHAPE, MISLEADING),
        c("Sex", N, "VARCHAR", g.col(g.pick(["M", "F", "M neut.", "F neut."])), "decoy"),
        c("GreutateKg", N, "DECIMAL(4,1)", g.floats(2.5, 9.8, 1), "decoy"),
        c("Ring", N, "INTEGER", g.ints(1, 6), "decoy"),
        c("IdInscriereOnline", N, "VARCHAR", g.col(g.uuid), "decoy"),
        c("Rezultat", N, "VARCHAR", g.col(g.pick(["EX1", "EX2", "CAC", "CACIB", "NOM", "BIV"])), "decoy"),
    ])


# -- a Flemish brass band's members (Dutch, Belgium) ------------------------------------------------------------------


def be_brass_band(g: Gen) -> Table:
    """A village brass band's member list: rijksregisternummer (for the insurance), the date of birth as
    ``dd/mm/yyyy`` beside the date of joining in the same form, the instrument lent by the band (a decoy serial), the
    direct debit, the conductor."""
    fem = v.sexes(g, 0.45)
    firsts, lasts = v.people(g, "be", fem)
    births = g.births(1942, 2012)
    places = [v.city(g, "BE") for _ in range(g.rows)]
    conductor = v.whole(g, "be", False)
    return Table("fanfare.ledenlijst", "nl", "snake", [
        c("lid_id", N, "INTEGER", g.keys(1), "decoy"),
        c("voornaam", "first_name", "VARCHAR", firsts),
        c("familienaam", "last_name", "VARCHAR", lasts),
        c("rijksregisternr", "national_id", "VARCHAR", [v.be_nn(g, b, f, g.rnd.random() < 0.6)
                                                        for b, f in zip(births, fem)], "abbrev"),
        c("geboortedatum", "date_of_birth", "VARCHAR", [_dmy(b, "/") for b in births]),
        c("lid_sinds", N, "VARCHAR", [_dmy(max(b + timedelta(days=365 * 9), date(1985, 1, 1)), "/")
                                      for b in births], "decoy", SHAPE),
        c("straat_nr", "street_address", "VARCHAR", g.col(lambda: v.street(g, "be"))),
        c("postnummer", "postal_code", "VARCHAR", [v.postal(g, "BE", p[1]) for p in places]),
        c("gemeente", "city", "VARCHAR", [p[0] for p in places]),
        c("gsm", "phone", "VARCHAR", g.phones("BE", {"national": 0.6, "intl": 0.3, "local": 0.1})),
        c("e_mail", "email", "VARCHAR", v.emails(g, firsts, [x.replace(" ", "") for x in lasts],
                                                 ["telenet.be", "skynet.be", "gmail.com", "proximus.be"], 0.12)),
        c("instrument", N, "VARCHAR", g.col(g.pick(["bugel", "cornet", "trombone", "euphonium", "tuba", "slagwerk",
                                                    "saxhoorn", "sopraansax"])), "decoy"),
        c("instrument_serienr", N, "VARCHAR", g.col(lambda: f"{g.code('AA')}{g.digits(6, string.digits)}", 0.3),
          "decoy"),
        c("partij", N, "VARCHAR", g.col(g.pick(["1e", "2e", "3e", "solo"])), "decoy"),
        c("iban_domiciliering", "iban", "VARCHAR", g.col(lambda: v.iban(g, "BE", g.rnd.random() < 0.7), 0.2)),
        c("lidgeld", N, "DECIMAL(6,2)", g.col(g.pick([40.0, 60.0, 25.0])), "decoy"),
        c("dirigent", "person_name", "VARCHAR", [conductor] * g.rows),
        c("uniform_maat", N, "VARCHAR", g.col(g.pick(["46", "48", "50", "52", "54", "S", "M", "L"])), "decoy"),
        c("email_opt", N, "VARCHAR", g.yn("J", "N", 0.7), "decoy", MISLEADING),
        c("naam_concert", N, "VARCHAR", g.col(g.pick(["Sint-Ceciliaconcert", "Kermisconcert", "Lenteconcert"])),
          "decoy", MISLEADING),
        c("opmerking", "free_text", "VARCHAR", g.sparse(lambda: g.rnd.choice([
            f"dochter van {v.whole(g, 'be', False)}", f"rijdt mee met {v.whole(g, 'be')}",
            "instrument in herstelling"]), 0.8, _words("geen", "nvt.")), NULLWORD),
        c("repetitiedag", N, "VARCHAR", g.col(g.pick(["dinsdag", "vrijdag"])), "decoy"),
        c("aanwezigheid_pct", N, "INTEGER", g.ints(30, 100), "decoy"),
        c("bladmuziek_map", N, "VARCHAR", g.col(lambda: f"MAP-{g.rnd.randint(1, 60):03d}"), "decoy"),
        c("adres_sk", N, "BIGINT", g.keys(41_000_001, 11), "decoy", MISLEADING),
        c("gewijzigd_op", N, "TIMESTAMP", g.moments("2024-06-01", 500), "decoy"),
    ])


# -- a cross-border carpool's commuters (French, Luxembourg) ----------------------------------------------------------

_HOME = [("FR", "FR-LOR", "fr"), ("FR", "FR-LOR", "fr"), ("BE", "BE-LUX", "fr"), ("DE", "DE-TRI", "de")]


def lu_carpool(g: Gen) -> Table:
    """A cross-border carpooling club for commuters to Luxembourg: the commuter's Luxembourg matricule (from the
    employer's social-security registration), home in France, Belgium or Germany, the employer in Luxembourg (a
    business), the date of birth as DATE beside the date of signing up, the car's plate."""
    home = [g.rnd.choice(_HOME) for _ in range(g.rows)]
    fem = v.sexes(g, 0.45)
    firsts, lasts = v.people(g, "lu", fem)
    births = g.births(1960, 2002)
    places = [v.city(g, h[1]) for h in home]
    employers = [("BGL BNP Paribas", "L-2951"), ("Cactus S.A.", "L-8050"), ("ArcelorMittal Belval", "L-4221"),
                 ("CHL Centre Hospitalier", "L-1210"), ("Amazon EU S.à r.l.", "L-1855")]
    employer = [g.rnd.choice(employers) for _ in range(g.rows)]
    return Table("covoiturage.frontaliers", "fr", "camel", [
        c("idInscrit", N, "BIGINT", g.keys(20_250_001), "decoy"),
        c("prenom", "first_name", "VARCHAR", firsts),
        c("nomFamille", "last_name", "VARCHAR", lasts),
        c("matriculeCNS", "national_id", "VARCHAR", [v.lu_matricule(g, b) if g.rnd.random() < 0.8 else None
                                                     for b in births]),
        c("dateNaissance", "date_of_birth", "DATE", births),
        c("dateInscription", N, "DATE", g.days("2022-01-10", "2025-11-20"), "decoy", SHAPE),
        c("adresseDomicile", "street_address", "VARCHAR",
          [v.street(g, "fr") if h[2] == "fr" else f"{g.rnd.choice(['Hauptstraße', 'Moselweg', 'Saarstraße'])} "
                                                   f"{g.rnd.randint(1, 90)}" for h in home]),
        c("cpDomicile", "postal_code", "VARCHAR", [p[1] for p in places]),
        c("villeDomicile", "city", "VARCHAR", [p[0] for p in places]),
        c("paysDomicile", N, "VARCHAR", [h[0] for h in home], "decoy"),
        c("portable", "phone", "VARCHAR", [g.phone(h[0], g.rnd.choice(["national", "intl", "e164"])) for h in home]),
        c("portableLu", "phone", "VARCHAR", g.col(lambda: g.odd_phone("LU"), 0.75), "null_heavy", ODD_FORMAT),
        c("courriel", "email", "VARCHAR", v.emails(g, firsts, [x.replace(" ", "") for x in lasts],
                                                   ["orange.fr", "free.fr", "gmail.com", "pt.lu", "web.de"])),
        c("employeur", N, "VARCHAR", [e[0] for e in employer], "business"),
        c("cpTravail", N, "VARCHAR", [e[1] for e in employer], "business"),
        c("horaireDepart", N, "VARCHAR", g.col(g.pick(["06:30", "07:00", "07:15", "07:45", "08:00"])), "decoy"),
        c("conducteur", N, "BOOLEAN", g.yn(True, False, 0.45), "decoy", MISLEADING),
        c("immatriculation", N, "VARCHAR", g.col(lambda: g.code("AA-999-AA"), 0.55), "decoy", VEHICLE),
        c("placesLibres", N, "INTEGER", g.ints(0, 4), "decoy"),
        c("pseudo", USERNAME, "VARCHAR", [f"{v.plain(a)}{g.rnd.randint(54, 57)}" if g.rnd.random() < 0.5 else
                                          f"{v.plain(a)[:1]}{v.plain(b)}" for a, b in zip(firsts, lasts)], "username"),
        c("noteMoyenne", N, "DECIMAL(3,2)", g.floats(3.2, 5.0, 2), "decoy"),
        c("trajetGeo", N, "VARCHAR", g.col(lambda: g.coord((49.35, 49.62), (5.85, 6.25))), "decoy"),
        c("remarques", "free_text", "VARCHAR", g.col(lambda: g.rnd.choice([
            f"covoiture déjà avec {v.whole(g, 'lu')} le lundi", f"remplace {v.whole(g, 'fr')} pendant son congé",
            "préfère ne pas fumer dans la voiture"]), 0.8), "null_heavy"),
        c("kmAllerRetour", N, "INTEGER", g.ints(24, 160), "decoy"),
        c("joursSemaine", N, "VARCHAR", g.col(g.pick(["lun-ven", "lun-jeu", "mar-ven", "lun, mer, ven"])), "decoy"),
        c("parking", N, "VARCHAR", g.col(g.pick(["P+R Howald", "P+R Kockelscheuer", "Gare Bettembourg", "P+R Mamer"])),
          "decoy"),
        c("versionApp", N, "VARCHAR", g.col(g.version), "decoy"),
        c("majLe", N, "TIMESTAMP", g.moments("2025-02-01", 300), "decoy"),
    ])


# -- a ski school's instructors' payroll (German, Switzerland, Pascal) ------------------------------------------------


def ch_ski_instructors(g: Gen) -> Table:
    """A ski school's seasonal payroll of its instructors: the AHV number, Austrian instructors' SV-Nummer as well,
    the date of birth as ``dd.mm.yy`` (two-digit year) beside the season start in the same form, the salary account,
    the withholding tax code, the instructor's licence number (a decoy), the head of the school."""
    austrian = [g.rnd.random() < 0.25 for _ in range(g.rows)]
    fem = v.sexes(g, 0.35)
    names = [v.person(g, "at" if a else "ch", f) for a, f in zip(austrian, fem)]
    births = g.births(1958, 2006)
    starts = g.days("2025-11-20", "2025-12-24")
    places = [v.city(g, "CH") for _ in range(g.rows)]
    return Table("skischule.LohnSkilehrer", "de", "pascal", [
        c("PersNr", N, "INTEGER", g.keys(4_001), "decoy", "abbrev"),
        c("Vorname", "first_name", "VARCHAR", [n[0] for n in names]),
        c("Nachname", "last_name", "VARCHAR", [n[1] for n in names]),
        c("Geburtsdatum", "date_of_birth", "VARCHAR", [f"{b:%d.%m.%y}" for b in births], SHORT_YEAR),
        c("Saisonbeginn", N, "VARCHAR", [f"{d:%d.%m.%y}" for d in starts], "decoy", SHAPE, SHORT_YEAR),
        c("AhvNr", "ssn", "VARCHAR", g.col(lambda: v.ch_ahv(g), 0.05)),
        c("SvNrOesterreich", "ssn", "VARCHAR", [v.at_vnr(g, b) if a else None for a, b in zip(austrian, births)],
          "null_heavy"),
        c("Nationalitaet", N, "VARCHAR", ["AT" if a else "CH" for a in austrian], "decoy"),
        c("Bewilligung", N, "VARCHAR", ["L" if a else "" for a in austrian], "decoy"),
        c("QstTarif", N, "VARCHAR", ["A0N" if a else "" for a in austrian], "decoy", "abbrev"),
        c("Wohnadresse", "street_address", "VARCHAR", g.col(lambda: v.street(g, "de"))),
        c("Plz", "postal_code", "VARCHAR", [v.postal(g, "CH", p[1]) for p in places]),
        c("Ort", "city", "VARCHAR", [p[0] for p in places]),
        c("Natel", "phone", "VARCHAR", [g.phone("AT" if a else "CH", g.rnd.choice(["national", "intl"]))
                                        for a in austrian]),
        c("Iban", "iban", "VARCHAR", g.col(lambda: v.iban(g, "CH", g.rnd.random() < 0.7))),
        c("SsslPatentNr", N, "VARCHAR", g.col(lambda: f"SSSL-{g.digits(5, string.digits)}"), "decoy", LICENCE),
        c("Stufe", N, "VARCHAR", g.col(g.pick(["Aspirant", "Skilehrer", "Ski- und Snowboardlehrer mit eidg. FA"])),
          "decoy"),
        c("Stundenlohn", N, "DECIMAL(6,2)", g.col(g.pick([24.5, 28.0, 32.5, 38.0])), "decoy"),
        c("Stunden", N, "DECIMAL(6,1)", g.floats(20, 480, 1), "decoy"),
        c("Schulleiter", "person_name", "VARCHAR", ["Reto Caduff"] * g.rows),
        c("Zimmer", N, "VARCHAR", g.col(lambda: f"Personalhaus {g.rnd.choice('AB')}-{g.rnd.randint(1, 24)}", 0.5),
          "decoy"),
        c("NameSkigebiet", N, "VARCHAR", g.col(g.pick(["Parsenn", "Jakobshorn", "Corviglia", "Laax"])), "decoy",
          MISLEADING),
        c("Kinderunterricht", N, "BOOLEAN", g.yn(True, False, 0.6), "decoy"),
        c("Disziplin", N, "VARCHAR", g.col(g.pick(["Ski", "Snowboard", "Telemark", "Langlauf"])), "decoy"),
        c("Lohnperiode", N, "VARCHAR", g.col(g.pick(["2025-12", "2026-01", "2026-02", "2026-03"])), "decoy"),
        c("Ferienentschaedigung", N, "DECIMAL(6,2)", g.amounts(40, 900), "decoy"),
        c("Notiz", "free_text", "VARCHAR", g.sparse(lambda: g.rnd.choice([
            f"teilt Zimmer mit {v.whole(g, 'ch')}", f"Unfall am 3.1., Meldung durch {v.whole(g, 'ch', True)}",
            "nur Wochenenden verfügbar"]), 0.84, _words("keine")), NULLWORD),
    ])


# -- an Irish-language summer college's students (English, Ireland, SCREAMING) ----------------------------------------


def ie_irish_college(g: Gen) -> Table:
    """A Gaeltacht summer college's students (teenagers) lodged with host families: the student's PPS number (for
    the grant), the date of birth as ``dd/mm/yyyy`` beside the course start, parents, the host mother (bean an tí),
    Eircodes, allergies noted by name."""
    fem = v.sexes(g, 0.55)
    firsts, lasts = v.people(g, "ie", fem)
    births = g.births(2007, 2013)
    courses = g.days("2025-06-01", "2025-08-10")
    places = [v.city(g, "IE") for _ in range(g.rows)]
    hosts = [v.whole(g, "ie", True) for _ in range(12)]
    host = [g.rnd.choice(hosts) for _ in range(g.rows)]
    host_code = {h: v.eircode(g, "H91") for h in hosts}
    return Table("COLAISTE.SCOLAIRI_2025", "en", "screaming", [
        c("STUDENT_NO", N, "VARCHAR", g.col(lambda: f"CS25{g.digits(4, string.digits)}"), "decoy"),
        c("FIRST_NAME", "first_name", "VARCHAR", firsts, MINOR),
        c("SURNAME", "last_name", "VARCHAR", [x.upper() for x in lasts], MINOR),
        c("PPSN", "ssn", "VARCHAR", [v.ie_pps(g) for _ in range(g.rows)], MINOR),
        c("DOB", "date_of_birth", "VARCHAR", [_dmy(b, "/") for b in births], MINOR),
        c("COURSE_START", N, "VARCHAR", [_dmy(d, "/") for d in courses], "decoy", SHAPE),
        c("COURSE", N, "VARCHAR", g.col(g.pick(["A - Meitheamh", "B - Iúil", "C - Lúnasa"])), "decoy"),
        c("HOME_ADDR_1", "street_address", "VARCHAR", g.col(lambda: v.street(g, "ie")), "split_address", "abbrev"),
        c("HOME_TOWN", "city", "VARCHAR", [p[0] for p in places]),
        c("EIRCODE", "postal_code", "VARCHAR", [v.postal(g, "IE", p[1]) for p in places]),
        c("PARENT_NAME", "person_name", "VARCHAR", [f"{v.given(g, 'ie')} {b}" for b in lasts], "qualified"),
        c("PARENT_MOBILE", "phone", "VARCHAR", g.phones("IE", {"national": 0.6, "intl": 0.2, "local": 0.2}),
          "qualified"),
        c("PARENT_EMAIL", "email", "VARCHAR", [v.email(g, v.given(g, "ie"), b, ["eircom.net", "gmail.com",
                                                                                 "hotmail.com", "icloud.com"])
                                               for b in lasts], "qualified"),
        c("BEAN_AN_TI", "person_name", "VARCHAR", host),
        c("TEACH_NO", N, "INTEGER", [hosts.index(h) + 1 for h in host], "decoy", MISLEADING),
        c("HOST_EIRCODE", "postal_code", "VARCHAR", [host_code[h] for h in host], "qualified"),
        c("MEDICAL", "free_text", "VARCHAR", g.col(lambda: g.rnd.choice([
            f"nut allergy - epipen, bean an tí {g.rnd.choice(hosts)} informed",
            f"travels with cousin {v.whole(g, 'ie')}", "asthma - inhaler"]), 0.8), "null_heavy"),
        c("GRANT_SCHEME", N, "VARCHAR", g.col(g.pick(["", "", "Scéim Labhairt", "Deontas"])), "decoy"),
        c("FEE_EUR", N, "DECIMAL(7,2)", g.col(g.pick([1_050.0, 1_150.0, 975.0])), "decoy"),
        c("PAID", N, "VARCHAR", g.yn("Y", "N", 0.9), "decoy"),
        c("BUS_PICKUP", N, "VARCHAR", g.col(g.pick(["Galway Coach Station", "Limerick Colbert", "Athlone", "Cork"])),
          "decoy"),
        c("CEILI_GROUP", N, "VARCHAR", g.col(g.pick(["Ciorcal 1", "Ciorcal 2", "Ciorcal 3"])), "decoy"),
        c("ROOM_SHARE_NO", N, "INTEGER", g.ints(1, 4), "decoy"),
        c("IRISH_LEVEL", N, "VARCHAR", g.col(g.pick(["Bunrang", "Meánrang", "Ardrang"])), "decoy"),
        c("TSHIRT", N, "VARCHAR", g.col(g.pick(["S", "M", "L", "XL"])), "decoy"),
        c("LAST_UPDATED", N, "TIMESTAMP", g.moments("2025-02-01", 180), "decoy"),
    ])


# -- a coaching institute's admissions (English, India, abbreviations) ------------------------------------------------


def in_coaching_admissions(g: Gen) -> Table:
    """An engineering-entrance coaching institute's admissions: the student (a minor), the parent's PAN for the fee
    receipt, the date of birth as ``dd-mm-yyyy`` beside the admission date in the same form, phones written the
    Indian way, PIN codes, the counsellor, a roll number shaped like a phone number (decoy)."""
    fem = v.sexes(g, 0.35)
    firsts, lasts = v.people(g, "in", fem)
    births = g.births(2008, 2011)
    adm = g.days("2025-03-01", "2025-07-31")
    places = [v.city(g, "IN") for _ in range(g.rows)]
    counsellors = [v.given(g, "in") for _ in range(5)]

    def in_phone() -> str:
        p = g.phone("IN", g.rnd.choice(["intl", "local", "e164"]))
        return p if not p.isdigit() else g.rnd.choice([p, f"0{p[-10:]}", p[-10:]])

    return Table("coaching.stu_adm", "en", "snake+abbrev", [
        c("adm_no", N, "VARCHAR", g.col(lambda: f"KTA/25/{g.digits(5, string.digits)}"), "decoy", "abbrev"),
        c("roll_no", N, "VARCHAR", g.col(lambda: v.not_phone(g, "IN", (12,), lead="25", sep="")), "decoy", SHAPE),
        c("stu_fnm", "first_name", "VARCHAR", firsts, "abbrev", MINOR),
        c("stu_lnm", "last_name", "VARCHAR", lasts, "abbrev", MINOR),
        c("stu_dob", "date_of_birth", "VARCHAR", [_dmy(b, "-") for b in births], "abbrev", MINOR),
        c("adm_dt", N, "VARCHAR", [_dmy(d, "-") for d in adm], "decoy", SHAPE, "abbrev"),
        c("gndr", N, "VARCHAR", ["F" if f else "M" for f in fem], "decoy", "abbrev"),
        c("batch", N, "VARCHAR", g.col(g.pick(["JEE-Adv Target 27", "NEET Leader", "JEE-Main Nurture"])), "decoy"),
        c("fthr_nm", "person_name", "VARCHAR", [f"{v.given(g, 'in', False)} {b}" for b in lasts], "abbrev",
          "qualified"),
        c("mthr_nm", "person_name", "VARCHAR", [f"{v.given(g, 'in', True)} {b}" for b in lasts], "abbrev",
          "qualified"),
        c("prnt_pan", "national_id", "VARCHAR", [v.in_pan(g, b) for b in lasts], "abbrev"),
        c("prnt_mob", "phone", "VARCHAR", [in_phone() for _ in range(g.rows)], "abbrev"),
        c("stu_mob", "phone", "VARCHAR", g.col(in_phone, 0.7), "abbrev", "null_heavy"),
        c("prnt_eml", "email", "VARCHAR", [v.email(g, v.given(g, "in"), b, ["gmail.com", "yahoo.co.in",
                                                                            "rediffmail.com"]) for b in lasts],
          "abbrev"),
        c("addr_l1", "street_address", "VARCHAR", g.col(lambda: v.street(g, "in")), "abbrev", "split_address"),
        c("cty", "city", "VARCHAR", [p[0] for p in places], "abbrev"),
        c("pin", "postal_code", "VARCHAR", [v.postal(g, "IN", p[1]) for p in places], "abbrev"),
        c("st", N, "VARCHAR", [{"Kota": "RJ", "Jaipur": "RJ", "Pune": "MH", "Nagpur": "MH", "Hyderabad": "TS",
                                "Lucknow": "UP", "Indore": "MP", "Bhopal": "MP", "Patna": "BR", "Bengaluru": "KA"}[p[0]]
                               for p in places], "decoy", "abbrev"),
        c("fee_tot", N, "DECIMAL(9,2)", g.col(g.pick([145_000.0, 162_500.0, 98_000.0])), "decoy", "abbrev"),
        c("fee_pd", N, "DECIMAL(9,2)", g.amounts(20_000, 162_500), "decoy", "abbrev"),
        c("txn_ref", N, "VARCHAR", g.col(lambda: f"UTR{g.digits(12, string.digits)}"), "decoy", "abbrev"),
        c("cnslr", "first_name", "VARCHAR", g.col(g.pick(counsellors)), "abbrev"),
        c("hostel_rm", N, "VARCHAR", g.col(lambda: f"B-{g.rnd.randint(101, 420)}", 0.6), "decoy", "abbrev"),
        c("rmks", "free_text", "VARCHAR", g.sparse(lambda: g.rnd.choice([
            f"sibling {v.whole(g, 'in')} also enrolled 2023", f"local guardian {v.whole(g, 'in')}, Talwandi",
            "scholarship test 82%"]), 0.8, _words("NA", "nil")), NULLWORD, "abbrev"),
        c("mock_scr", N, "DECIMAL(5,1)", g.floats(40, 300, 1), "decoy", "abbrev"),
        c("tst_ctr", N, "VARCHAR", g.col(g.pick(["Kota-Landmark", "Kota-Jawahar Ngr", "Online"])), "decoy", "abbrev"),
        c("inst_no", N, "INTEGER", g.ints(1, 4), "decoy", "abbrev"),
        c("upd_ts", N, "TIMESTAMP", g.moments("2025-03-01", 200), "decoy", "abbrev"),
        c("src", N, "VARCHAR", g.col(g.pick(["walk-in", "seminar", "referral", "web"])), "decoy", "abbrev"),
    ])


# -- a mezcal distillery's agave growers (Spanish, Mexico) ------------------------------------------------------------


def mx_mezcal_growers(g: Gen) -> Table:
    """A mezcal distillery's (palenque's) agave growers, small farmers and a few ejidos: CURP and the person's RFC,
    the date of birth as ``dd/mm/yyyy`` beside the harvest date, the parcel's coordinates, tonnes of agave, the
    maestro mezcalero."""
    ejido = [g.rnd.random() < 0.1 for _ in range(g.rows)]
    fem = v.sexes(g, 0.25)
    firsts, lasts = v.people(g, "mx", fem)
    births = g.births(1940, 2000)
    places = [v.city(g, "MX") for _ in range(g.rows)]
    maestros = ["Don " + v.whole(g, "mx", False) for _ in range(2)]
    return Table("palenque.proveedores_maguey", "es", "snake", [
        c("id_proveedor", N, "INTEGER", g.keys(101), "decoy"),
        c("nombre", "first_name", "VARCHAR", firsts),
        c("apellidos", "last_name", "VARCHAR", [f"{b} {v.person(g, 'mx')[1]}" for b in lasts]),
        c("curp", "national_id", "VARCHAR", [v.mx_curp(g, a, b, d, f)
                                             for a, b, d, f in zip(firsts, lasts, births, fem)]),
        c("rfc", "national_id", "VARCHAR", [v.mx_rfc_person(g, a, b, d) if g.rnd.random() < 0.2 else None
                                            for a, b, d in zip(firsts, lasts, births)], "null_heavy"),
        c("fecha_nac", "date_of_birth", "VARCHAR", [_dmy(b, "/") for b in births], "abbrev"),
        c("fecha_jima", N, "VARCHAR", [_dmy(d, "/") for d in g.days("2024-10-01", "2025-09-30")], "decoy", SHAPE),
        c("domicilio", "street_address", "VARCHAR", g.col(lambda: v.street(g, "mx"))),
        c("municipio", "city", "VARCHAR", [p[0] for p in places]),
        c("cp", "postal_code", "VARCHAR", [p[1] for p in places], "abbrev"),
        c("celular", "phone", "VARCHAR", g.phones("MX", {"national": 0.5, "intl": 0.3, "local": 0.2}, nulls=0.15)),
        c("ejido", N, "VARCHAR", [g.rnd.choice(["Ejido San Baltazar", "Bienes Comunales de Matatlán"]) if e else None
                                  for e in ejido], "business", "null_heavy"),
        c("especie", N, "VARCHAR", g.col(g.pick(["Espadín", "Tobalá", "Tepeztate", "Madrecuixe", "Arroqueño"])),
          "decoy"),
        c("parcela_coord", N, "VARCHAR", g.col(lambda: g.coord((16.75, 16.95), (-96.50, -96.25))), "decoy"),
        c("toneladas", N, "DECIMAL(6,2)", g.floats(0.5, 18, 2), "decoy"),
        c("precio_kg", N, "DECIMAL(5,2)", g.col(g.pick([8.5, 12.0, 22.0, 35.0])), "decoy"),
        c("folio_factura", N, "VARCHAR", g.col(g.uuid, 0.6), "decoy"),
        c("lote_mezcal", N, "VARCHAR", g.col(lambda: f"L-{g.rnd.randint(1, 60):02d}/25"), "decoy"),
        c("maestro_mezcalero", "person_name", "VARCHAR", g.col(g.pick(maestros))),
        c("guia_traslado", N, "VARCHAR", g.col(lambda: g.digits(18, "0"), 0.6), "decoy", SHAPE),
        c("notas", "free_text", "VARCHAR", g.col(lambda: g.rnd.choice([
            f"cobra su hijo {v.whole(g, 'mx', False)}", f"parcela compartida con {v.whole(g, 'mx')}",
            "maguey de 8 años, buen rendimiento"]), 0.8), "null_heavy"),
        c("humedad_pct", N, "INTEGER", g.ints(55, 75), "decoy"),
        c("edad_maguey_anios", N, "INTEGER", g.ints(5, 25), "decoy"),
        c("certificado_crm", N, "VARCHAR", g.col(lambda: f"CRM-{g.digits(5, string.digits)}", 0.5), "decoy"),
        c("transporte", N, "VARCHAR", g.col(g.pick(["propio", "camioneta palenque", "flete"])), "decoy"),
        c("registro", N, "TIMESTAMP", g.moments("2024-10-01", 360), "decoy"),
    ])


# -- a shogi club's members (Japanese) --------------------------------------------------------------------------------


def ja_shogi_club(g: Gen) -> Table:
    """A shogi club's member roll: names in kanji and their katakana readings, the date of birth in the Japanese era
    calendar beside the date of joining in the same form, dan and kyu ranks, the club's instructor (a professional),
    the member's handle on a shogi site."""
    fem = v.sexes(g, 0.2)
    names = [v.ja_person(g, f) for f in fem]
    births = g.births(1938, 2014)
    places = [v.city(g, "JP") for _ in range(g.rows)]
    teachers = ["森 修 七段", "井上 和也 六段", "木村 千尋 女流三段"]
    return Table("将棋道場.会員名簿", "ja", "native", [
        c("会員番号", N, "INTEGER", g.keys(10_001), "decoy"),
        c("氏名", "person_name", "VARCHAR", [f"{a[0]} {b[0]}" if g.rnd.random() < 0.6 else f"{a[0]}{b[0]}"
                                           for a, b in names]),
        c("フリガナ", "person_name", "VARCHAR", [f"{a[1]} {b[1]}" for a, b in names]),
        c("生年月日", "date_of_birth", "VARCHAR", [v.wareki(b) for b in births]),
        c("入会日", N, "VARCHAR", [v.wareki(d) for d in g.days("2000-04-01", "2025-11-30")], "decoy", SHAPE),
        c("段級位", N, "VARCHAR", g.col(g.pick(["10級", "5級", "1級", "初段", "二段", "三段", "四段"])), "decoy"),
        c("レーティング", N, "INTEGER", g.ints(600, 2_100), "decoy"),
        c("郵便番号", "postal_code", "VARCHAR", [v.postal(g, "JP", p[1]) for p in places]),
        c("住所", "street_address", "VARCHAR", [f"{p[0]}{v.street(g, 'ja')}" for p in places]),
        c("電話番号", "phone", "VARCHAR", g.phones("JP", {"national": 0.8, "intl": 0.2}, mobile=0.6)),
        c("メール", "email", "VARCHAR", [v.email(g, b[2], a[2], ["docomo.ne.jp", "ezweb.ne.jp", "gmail.com",
                                                                 "yahoo.co.jp"]) if g.rnd.random() < 0.6 else None
                                       for a, b in names]),
        c("将棋倶楽部24ID", USERNAME, "VARCHAR", [f"{v.plain(b[2])}{g.rnd.randint(1, 999)}" if g.rnd.random() < 0.5
                                                else None for _, b in names], "username"),
        c("指導棋士", "person_name", "VARCHAR", g.col(g.pick(teachers))),
        c("会費区分", N, "VARCHAR", g.col(g.pick(["一般", "シニア", "学生", "女性"])), "decoy"),
        c("月会費", N, "INTEGER", g.col(g.pick([3_000, 2_000, 1_500])), "decoy"),
        c("最終来場", N, "TIMESTAMP", g.moments("2025-05-01", 200), "decoy"),
        c("緊急連絡先", "phone", "VARCHAR", g.phones("JP", {"national": 1.0}, nulls=0.8), "null_heavy", "qualified"),
        c("備考", "free_text", "VARCHAR", g.col(lambda: g.rnd.choice([
            f"{g.rnd.choice(v.JA_LAST)[0]}さんの紹介", f"息子の{g.rnd.choice(v.JA_MALE)[0]}君も入会希望",
            "大会には出ない"]), 0.8), "null_heavy"),
        c("対局数", N, "INTEGER", g.ints(0, 400), "decoy"),
        c("勝率", N, "DECIMAL(4,3)", g.floats(0.2, 0.8, 3), "decoy"),
        c("大会参加", N, "BOOLEAN", g.yn(True, False, 0.3), "decoy"),
        c("棋書貸出番号", N, "VARCHAR", g.col(lambda: f"B-{g.digits(4, string.digits)}", 0.5), "decoy"),
        c("曜日", N, "VARCHAR", g.col(g.pick(["土曜日", "日曜日", "水曜日"])), "decoy"),
    ])


# -- a kimono rental shop's rentals (romanized Japanese, SCREAMING) ---------------------------------------------------


def ja_kimono_rental(g: Gen) -> Table:
    """A kimono rental shop's rental ledger (tourists and locals): the customer's name in romaji, the passport number
    of foreign customers (several countries), the date of birth as ``yyyy/mm/dd`` beside the rental date, the dresser,
    deposit cards, kimono item codes."""
    foreign = [g.rnd.random() < 0.45 for _ in range(g.rows)]
    fem = v.sexes(g, 0.75)
    names = [v.person(g, g.rnd.choice(["fr", "de", "it", "pt"]), f) if fo else
             (v.ja_person(g, f)[1][2], v.ja_person(g, f)[0][2]) for fo, f in zip(foreign, fem)]
    births = g.births(1955, 2007)
    rentals = g.days("2025-03-20", "2025-11-30")
    places = [v.city(g, "JP-LATN") for _ in range(g.rows)]
    dressers = [v.ja_person(g, True)[0][2] for _ in range(4)]
    return Table("KIMONO_RENTAL.KASHIDASHI_DAICHO", "ja-Latn", "screaming", [
        c("KASHIDASHI_NO", N, "VARCHAR", g.col(lambda: f"KR{g.digits(7, string.digits)}"), "decoy"),
        c("KASHIDASHI_BI", N, "VARCHAR", [f"{d:%Y/%m/%d}" for d in rentals], "decoy", SHAPE),
        c("SHIMEI_SEI", "last_name", "VARCHAR", [n[1].upper() for n in names]),
        c("SHIMEI_MEI", "first_name", "VARCHAR", [n[0] for n in names]),
        c("SEINENGAPPI", "date_of_birth", "VARCHAR", [f"{b:%Y/%m/%d}" if g.rnd.random() < 0.6 else None
                                                     for b in births]),
        c("KOKUSEKI", N, "VARCHAR", [g.rnd.choice(["FRA", "DEU", "ITA", "PRT"]) if fo else "JPN" for fo in foreign],
          "decoy"),
        c("RYOKEN_BANGO", "national_id", "VARCHAR", [g.rnd.choice([g.code("99AA99999"), g.code("C9ZZZZZZZ").upper(),
                                                                   g.code("YA9999999"), g.code("CA99999AA")])
                                                     if fo and g.rnd.random() < 0.5 else None for fo in foreign],
          "null_heavy", MULTI_COUNTRY),
        c("DENWA", "phone", "VARCHAR", [g.phone(g.rnd.choice(["FR", "DE", "IT", "PT"]), "e164") if fo else
                                        g.phone("JP", g.rnd.choice(["national", "local"])) for fo in foreign]),
        c("MAIL", "email", "VARCHAR", [v.email(g, a, b, ["gmail.com", "icloud.com", "yahoo.co.jp", "orange.fr"])
                                       for a, b in names]),
        c("SHUKUHAKU_SAKI", N, "VARCHAR", g.col(g.pick(["Hotel Granvia", "Ryokan Sakura-so", "Airbnb", "Jitaku"])),
          "decoy", "business"),
        c("JUSHO", "street_address", "VARCHAR", [None if fo else f"{g.rnd.randint(1, 5)}-{g.rnd.randint(1, 30)}-"
                                                 f"{g.rnd.randint(1, 20)} {g.rnd.choice(['Honmachi', 'Midori-cho'])}"
                                                 for fo in foreign]),
        c("SHIKUCHOSON", "city", "VARCHAR", [None if fo else p[0] for fo, p in zip(foreign, places)]),
        c("YUBIN_BANGO", "postal_code", "VARCHAR", [None if fo else v.postal(g, "JP", p[1])
                                                    for fo, p in zip(foreign, places)]),
        c("KIMONO_CD", N, "VARCHAR", g.col(lambda: f"{g.rnd.choice(['FR', 'HM', 'YK'])}-{g.digits(4, string.digits)}"),
          "decoy"),
        c("OBI_CD", N, "VARCHAR", g.col(lambda: f"OB-{g.digits(3, string.digits)}"), "decoy"),
        c("SHINCHO_CM", N, "INTEGER", g.ints(145, 185), "decoy"),
        c("KITSUKE_TANTO", "last_name", "VARCHAR", g.col(g.pick(dressers))),
        c("HOSHOKIN_CARD", "credit_card", "VARCHAR", g.col(lambda: v.card(g, ["visa", "mastercard", "jcb", "amex"]),
                                                           0.3)),
        c("RYOKIN", N, "INTEGER", g.col(g.pick([4_400, 5_500, 8_800, 12_100])), "decoy"),
        c("HENKYAKU_JIKOKU", N, "TIMESTAMP", [_at(g, d, 16, 19) for d in rentals], "decoy"),
        c("BIKO", "free_text", "VARCHAR", g.sparse(lambda: g.rnd.choice([
            f"tomodachi no {g.rnd.choice(v.JA_LAST)[2]}-san to issho", f"reservation made by {v.whole(g, 'fr')}",
            "obi no yogore ari"]), 0.8, _words("NASHI", "nashi")), NULLWORD),
        c("TENPO_CD", N, "VARCHAR", g.col(g.pick(["GION01", "ARASHI02", "KIYOMIZU03"])), "decoy"),
        c("PLAN_CD", N, "VARCHAR", g.col(g.pick(["STD", "PREMIUM", "COUPLE", "HAKAMA"])), "decoy"),
        c("HENKYAKU_FLG", N, "VARCHAR", g.yn("1", "0", 0.96), "decoy"),
        c("SAKUJO_FLG", N, "VARCHAR", g.yn("0", "1", 0.97), "decoy"),
    ])


# -- a philharmonic's season-ticket holders (Russian) -----------------------------------------------------------------


def ru_philharmonic(g: Gen) -> Table:
    """A philharmonic's season-ticket (абонемент) holders: surname, name and patronymic, the date of birth as
    ``dd.mm.yyyy`` beside the first concert, a barcode, the seat, card payments, the
    cashier."""
    fem = v.sexes(g, 0.6)
    firsts, lasts = v.people(g, "ru", fem)
    births = g.births(1936, 2004)
    places = [v.city(g, "RU") for _ in range(g.rows)]
    patr = {False: ["Иванович", "Петрович", "Сергеевич", "Алексеевич", "Николаевич"],
            True: ["Ивановна", "Петровна", "Сергеевна", "Алексеевна", "Николаевна"]}
    cashiers = [v.whole(g, "ru", True) for _ in range(3)]
    return Table("филармония.абонементы", "ru", "native", [
        c("номер_абонемента", N, "VARCHAR", g.col(lambda: f"АБ-{g.digits(6, string.digits)}"), "decoy"),
        c("фамилия", "last_name", "VARCHAR", lasts),
        c("имя", "first_name", "VARCHAR", firsts),
        c("отчество", "person_name", "VARCHAR", [g.rnd.choice(patr[f]) for f in fem]),
        c("дата_рождения", "date_of_birth", "VARCHAR", [_dmy(b) for b in births]),
        c("первый_концерт", N, "VARCHAR", [_dmy(d) for d in g.days("2025-09-15", "2025-10-31")], "decoy", SHAPE),
        c("телефон", "phone", "VARCHAR", g.phones("RU", {"national": 0.5, "intl": 0.3, "e164": 0.2})),
        c("почта", "email", "VARCHAR", g.nullwords([v.email(g, a, b, ["mail.ru", "yandex.ru", "bk.ru", "list.ru"])
                                                    for a, b in zip(firsts, lasts)], 0.8, _words("нет", "нет данных")),
          NULLWORD),
        c("город", "city", "VARCHAR", [p[0] for p in places]),
        c("индекс", "postal_code", "VARCHAR", [v.postal(g, "RU", p[1]) for p in places]),
        c("адрес", "street_address", "VARCHAR", g.col(lambda: v.street(g, "ru"), 0.4)),
        c("цикл", N, "VARCHAR", g.col(g.pick(["Бетховен: все симфонии", "Вечера камерной музыки", "Органный абонемент",
                                             "Детский абонемент «Сказки с оркестром»"])), "decoy"),
        c("ряд", N, "INTEGER", g.ints(1, 28), "decoy"),
        c("место", N, "INTEGER", g.ints(1, 40), "decoy"),
        c("льгота", N, "VARCHAR", g.col(g.pick(["", "", "пенсионер", "студент", "ветеран труда"])), "decoy"),
        c("штрихкод", N, "VARCHAR", g.col(lambda: "460" + g.digits(10, string.digits)), "decoy"),
        c("карта", "credit_card", "VARCHAR", g.col(lambda: v.card(g, ["visa", "mastercard", "maestro"], "spaced"),
                                                  0.75), "null_heavy"),
        c("сумма", N, "DECIMAL(8,2)", g.col(g.pick([4_800.0, 6_200.0, 2_400.0, 9_600.0])), "decoy"),
        c("кассир", "person_name", "VARCHAR", g.col(g.pick(cashiers))),
        c("комментарий", "free_text", "VARCHAR", g.col(lambda: g.rnd.choice([
            f"второй абонемент на имя {v.whole(g, 'ru', True)}", f"встречает внучка {v.given(g, 'ru', True)}",
            "просит место у прохода"]), 0.8), "null_heavy"),
        c("зал", N, "VARCHAR", g.col(g.pick(["Большой зал", "Малый зал", "Органный зал"])), "decoy"),
        c("сектор", N, "VARCHAR", g.col(g.pick(["партер", "амфитеатр", "балкон"])), "decoy"),
        c("способ_оплаты", N, "VARCHAR", g.col(g.pick(["наличные", "карта", "СБП"])), "decoy"),
        c("id_заказа", N, "VARCHAR", g.col(g.uuid), "decoy"),
        c("создано", N, "TIMESTAMP", g.moments("2025-06-01", 150), "decoy"),
    ])


# -- an olive press's deliveries (Greek) ------------------------------------------------------------------------------


def gr_olive_press(g: Gen) -> Table:
    """An olive press's deliveries of olives by farmers: the farmer's AFM, the date of birth as ``d/m/yyyy`` beside
    the delivery date, kilos, oil yield and acidity, a delivery slip number shaped like an AFM that fails its check,
    the press operator, the farmer's IBAN for the oil sold back."""
    fem = v.sexes(g, 0.2)
    firsts, lasts = v.people(g, "el", fem)
    births = g.births(1938, 1998)
    deliveries = g.days("2025-10-20", "2026-01-31")
    places = [v.city(g, "GR") for _ in range(g.rows)]
    operators = [v.whole(g, "el", False) for _ in range(3)]
    return Table("ελαιοτριβείο.παραδόσεις_ελαιοκάρπου", "el", "native", [
        c("αα", N, "INTEGER", g.keys(1), "decoy", "abbrev"),
        c("ημερομηνία_παράδοσης", N, "VARCHAR", [f"{d.day}/{d.month}/{d.year}" for d in deliveries], "decoy", SHAPE),
        c("επώνυμο", "last_name", "VARCHAR", lasts),
        c("όνομα", "first_name", "VARCHAR", firsts),
        c("πατρώνυμο", "first_name", "VARCHAR", g.col(lambda: v.given(g, "el", False), 0.3), "qualified"),
        c("ημ_γέννησης", "date_of_birth", "VARCHAR", [f"{b.day}/{b.month}/{b.year}" for b in births], "abbrev"),
        c("αφμ", "national_id", "VARCHAR", [v.gr_afm(g) for _ in range(g.rows)], "abbrev"),
        c("αρ_δελτίου", N, "VARCHAR", [v.not_afm(g) for _ in range(g.rows)], "decoy", SHAPE, "abbrev"),
        c("κινητό", "phone", "VARCHAR", g.phones("GR", {"national": 0.6, "intl": 0.4})),
        c("χωριό", "city", "VARCHAR", [p[0] for p in places]),
        c("τκ", "postal_code", "VARCHAR", [v.postal(g, "GR", p[1]) for p in places], "abbrev"),
        c("διεύθυνση", "street_address", "VARCHAR", g.col(lambda: f"{g.rnd.choice(v.STREETS['el'])} "
                                                                  f"{g.rnd.randint(1, 90)}", 0.5)),
        c("ποικιλία", N, "VARCHAR", g.col(g.pick(["Κορωνέικη", "Τσουνάτη", "Μαστοειδής", "Καλαμών"])), "decoy"),
        c("κιλά_ελιάς", N, "INTEGER", g.ints(180, 9_500), "decoy"),
        c("κιλά_λαδιού", N, "DECIMAL(7,1)", g.floats(30, 1_900, 1), "decoy"),
        c("οξύτητα", N, "DECIMAL(4,2)", g.floats(0.15, 1.2, 2), "decoy"),
        c("δεξαμενή", N, "VARCHAR", g.col(lambda: f"Δ-{g.rnd.randint(1, 14)}"), "decoy"),
        c("υπεύθυνος_μύλου", "person_name", "VARCHAR", g.col(g.pick(operators))),
        c("iban", "iban", "VARCHAR", g.col(lambda: v.iban(g, "GR", g.rnd.random() < 0.5), 0.55), "lang:en"),
        c("συνεταιρισμός", N, "VARCHAR", g.col(g.pick(["ΑΣ Κισσάμου", "ΑΣ Αποκορώνου", ""])), "business"),
        c("σημειώσεις", "free_text", "VARCHAR", g.col(lambda: g.rnd.choice([
            f"παρέδωσε ο γαμπρός του {v.whole(g, 'el', False)}", f"μαζί με τον αδελφό {v.given(g, 'el', False)}",
            "βιολογικό, χωριστή έκθλιψη"]), 0.82), "null_heavy"),
        c("αρ_ζυγολογίου", N, "VARCHAR", g.col(lambda: f"Ζ{g.digits(6, string.digits)}"), "decoy"),
        c("θερμοκρασία_μάλαξης", N, "DECIMAL(4,1)", g.floats(24, 29, 1), "decoy"),
        c("έξοδα_άλεσης_ευρώ", N, "DECIMAL(7,2)", g.amounts(20, 950), "decoy"),
        c("ώρα_ζύγισης", N, "TIMESTAMP", [_at(g, d, 7, 22) for d in deliveries], "decoy"),
    ])


# -- a carpet-washing service's pick-ups (Turkish, Pascal) ------------------------------------------------------------


def tr_carpet_washing(g: Gen) -> Table:
    """A carpet-washing service's orders picked up at home: the customer, the address written the Turkish way, phones,
    the carpets' sizes, the driver, a T.C. kimlik number for e-invoices to private customers (NULL-heavy), the
    customer's birth date as a TIMESTAMP at midnight beside the pick-up and delivery timestamps."""
    fem = v.sexes(g, 0.7)
    firsts, lasts = v.people(g, "tr", fem)
    births = g.births(1948, 2004)
    pickups = g.moments("2025-03-01", 270)
    places = [v.city(g, "TR") for _ in range(g.rows)]
    drivers = [v.given(g, "tr", False) for _ in range(4)]
    return Table("hali_yikama.SiparisKayitlari", "tr", "pascal", [
        c("SiparisNo", N, "VARCHAR", g.col(lambda: f"HY{g.digits(8, string.digits)}"), "decoy"),
        c("MusteriAdi", "first_name", "VARCHAR", firsts),
        c("MusteriSoyadi", "last_name", "VARCHAR", lasts),
        c("TcKimlikNo", "national_id", "VARCHAR", g.col(lambda: v.tr_tc(g), 0.8), "null_heavy"),
        c("DogumTarihi", "date_of_birth", "TIMESTAMP", [datetime(b.year, b.month, b.day) if g.rnd.random() < 0.5
                                                         else None for b in births], TS_DOB),
        c("AlimZamani", N, "TIMESTAMP", pickups, "decoy", SHAPE),
        c("TeslimZamani", N, "TIMESTAMP", [p + timedelta(days=g.rnd.randint(3, 9)) for p in pickups], "decoy"),
        c("Adres", "street_address", "VARCHAR", g.col(lambda: v.street(g, "tr"))),
        c("Ilce", N, "VARCHAR", g.col(g.pick(["Çankaya", "Nilüfer", "Odunpazarı", "Melikgazi", "Selçuklu"])),
          "decoy"),
        c("Il", "city", "VARCHAR", [p[0] for p in places]),
        c("PostaKodu", "postal_code", "VARCHAR", [v.postal(g, "TR", p[1]) for p in places]),
        c("CepTel", "phone", "VARCHAR", g.phones("TR", {"national": 0.6, "local": 0.2, "intl": 0.2})),
        c("SabitTel", "phone", "VARCHAR", g.phones("TR", {"national": 1.0}, mobile=0.0, nulls=0.85), "null_heavy",
          "qualified"),
        c("HaliSayisi", N, "INTEGER", g.ints(1, 7), "decoy"),
        c("ToplamM2", N, "DECIMAL(6,2)", g.floats(2, 48, 2), "decoy"),
        c("HaliTuru", N, "VARCHAR", g.col(g.pick(["makine halısı", "el halısı", "kilim", "yolluk", "shaggy"])),
          "decoy"),
        c("Tutar", N, "DECIMAL(8,2)", g.amounts(250, 4_800), "decoy"),
        c("OdemeTipi", N, "VARCHAR", g.col(g.pick(["nakit", "kart", "havale"])), "decoy"),
        c("Sofor", "first_name", "VARCHAR", g.col(g.pick(drivers))),
        c("AracPlaka", N, "VARCHAR", g.col(lambda: f"06 {g.code('AA')} {g.digits(3, string.digits)}"), "decoy",
          VEHICLE),
        c("Not", "free_text", "VARCHAR", g.col(lambda: g.rnd.choice([
            f"kapıcı {v.given(g, 'tr', False)} Bey'e bırakılacak", f"komşusu {v.whole(g, 'tr', True)} teslim alacak",
            "leke var, ek ücret bildirildi"]), 0.8), "null_heavy"),
        c("YikamaProgrami", N, "VARCHAR", g.col(g.pick(["standart", "hassas", "yün", "antialerjik"])), "decoy"),
        c("KurutmaSaat", N, "INTEGER", g.ints(6, 48), "decoy"),
        c("Sube", N, "VARCHAR", g.col(g.pick(["Merkez", "Batıkent", "Görükle"])), "decoy"),
        c("FisNo", N, "VARCHAR", g.col(lambda: f"{g.code('AA')}-{g.digits(6, string.digits)}"), "decoy"),
        c("SmsIzni", N, "BOOLEAN", g.yn(True, False, 0.6), "decoy", MISLEADING),
    ])


# -- a language-tandem exchange's sign-ups merged from its localized forms (seven languages) --------------------------

_TANDEM = [("IT", "it"), ("PT", "pt"), ("PL", "pl"), ("SE", "sv"), ("DK", "da"), ("CZ", "cs"), ("LV", "lv")]


def tandem_signups(g: Gen) -> Table:
    """A language-tandem exchange's sign-ups merged from its localized web forms into one staging table: each column
    kept the header of the form it first came from (``frm_it_``, ``frm_pl_``, ...), so its name is in one of seven
    languages while its rows hold participants of every country; a Latvian personas kods asked only by the Riga
    partner (NULL-heavy)."""
    origin = [g.rnd.choice(_TANDEM) for _ in range(g.rows)]
    fem = v.sexes(g, 0.55)
    names = [v.person(g, o[1], f) for o, f in zip(origin, fem)]
    births = g.births(1975, 2006)
    places = [v.city(g, o[0]) for o in origin]

    def lang(code: str) -> str:
        return f"lang:{code}"

    return Table("tandem.iscrizioni_merged", "it", "snake+prefix", [
        c("frm_it_id_iscrizione", N, "BIGINT", g.keys(900_001), "decoy", lang("it")),
        c("frm_it_nome", "first_name", "VARCHAR", [n[0] for n in names], lang("it")),
        c("frm_pl_nazwisko", "last_name", "VARCHAR", [n[1] for n in names], lang("pl")),
        c("frm_pt_data_nascimento", "date_of_birth", "VARCHAR", [_dmy(b, "/") for b in births], lang("pt")),
        c("frm_pt_data_inscricao", N, "VARCHAR", [_dmy(d, "/") for d in g.days("2025-01-15", "2025-11-30")], "decoy",
          SHAPE, lang("pt")),
        c("frm_sv_epost", "email", "VARCHAR", g.spaced([v.email(g, a, b, ["gmail.com", "outlook.com", "libero.it",
                                                                           "wp.pl", "seznam.cz", "inbox.lv"])
                                                        for a, b in names]), PADDED, lang("sv")),
        c("frm_da_mobilnummer", "phone", "VARCHAR", [g.phone(o[0], g.rnd.choice(["intl", "e164", "00"]))
                                                     for o in origin], lang("da")),
        c("frm_cs_mesto", "city", "VARCHAR", [p[0] for p in places], lang("cs")),
        c("frm_lv_pasta_indekss", "postal_code", "VARCHAR", [v.postal(g, o[0], p[1]) for o, p in zip(origin, places)],
          lang("lv")),
        c("frm_lv_personas_kods", "national_id", "VARCHAR", [v.lv_pk(g, b) if o[0] == "LV" and g.rnd.random() < 0.9
                                                             else None for o, b in zip(origin, births)], "null_heavy",
          lang("lv")),
        c("frm_pl_jezyk_ojczysty", N, "VARCHAR", [o[1] for o in origin], "decoy", lang("pl")),
        c("frm_it_lingua_cercata", N, "VARCHAR", g.col(g.pick(["en", "de", "es", "it", "fr"])), "decoy", lang("it")),
        c("frm_sv_niva", N, "VARCHAR", g.col(g.pick(["A2", "B1", "B2", "C1"])), "decoy", lang("sv")),
        c("frm_da_brugernavn", USERNAME, "VARCHAR", [v.handle(g, a, b) for a, b in names], "username", lang("da")),
        c("frm_cs_poznamka", "free_text", "VARCHAR", g.empties([g.rnd.choice([
            f"chce tandem s {v.whole(g, 'cs')}", f"přijde s kamarádkou {v.given(g, 'pl', True)}",
            "jen online"]) for _ in range(g.rows)], 0.8), EMPTY, lang("cs")),
        c("frm_pt_disponibilidade", N, "VARCHAR", g.col(g.pick(["manhã", "tarde", "noite", "fim de semana"])), "decoy",
          lang("pt")),
        c("frm_it_consenso_email", N, "BOOLEAN", g.yn(True, False, 0.7), "decoy", MISLEADING, lang("it")),
        c("frm_pl_ip_rejestracji", "ip_address", "VARCHAR", g.col(lambda: g.ipv4() if g.rnd.random() < 0.8 else
                                                                  g.ipv6()), lang("pl")),
        c("frm_sv_skapad", N, "TIMESTAMP", g.moments("2025-01-15", 320), "decoy", lang("sv")),
        c("frm_da_kilde", N, "VARCHAR", g.col(g.pick(["instagram", "universitet", "ven", "plakat"])), "decoy",
          lang("da")),
        c("frm_cs_hash_souhlasu", N, "VARCHAR", g.col(g.sha256), "decoy", lang("cs")),
        c("frm_it_sessione", N, "VARCHAR", g.col(g.pick(["primavera 2025", "autunno 2025"])), "decoy", lang("it")),
        c("frm_pl_status", N, "VARCHAR", g.col(g.pick(["nowy", "dopasowany", "wycofany"])), "decoy", lang("pl")),
        c("frm_sv_antal_traffar", N, "INTEGER", g.ints(0, 12), "decoy", lang("sv")),
        c("frm_cs_verze_formulare", N, "VARCHAR", g.col(g.pick(["v3", "v4", "v4.1"])), "decoy", lang("cs")),
        c("frm_lv_partneris", N, "VARCHAR", g.col(g.pick(["Rīgas Valodu centrs", "Tandem Hub Milano",
                                                          "Språkcafé Umeå"])), "business", lang("lv")),
    ])


# -- a cheese ageing warehouse's wheels, decoys and business data only (Italian) --------------------------------------


def it_cheese_ageing(g: Gen) -> Table:
    """A cheese ageing warehouse's wheels: no personal data at all. Dairies are businesses; wheels carry names of
    saints and towns; the dairy's phone and address are business data; the batch code is shaped like a phone number
    that is no valid number; the pallet code is card-shaped and fails Luhn."""
    dairies = [("Caseificio San Pietro soc. coop.", "Via Emilia Est 112", "0521 772210", "43122"),
               ("Latteria Sociale Santa Rita", "Strada Valle 4", "0522 881134", "42027"),
               ("Caseificio Bertolini & Figli s.r.l.", "Via Chiesa 9", "0536 940021", "41049")]
    dairy = [g.rnd.choice(dairies) for _ in range(g.rows)]
    made = g.days("2022-01-01", "2025-06-30")
    return Table("caseificio.forme_stagionatura", "it", "snake", [
        c("id_forma", N, "BIGINT", g.keys(1_000_001), "decoy"),
        c("matricola_caseificio", N, "VARCHAR", g.col(g.pick(["2207", "3141", "1519"])), "decoy"),
        c("caseificio", N, "VARCHAR", [d[0] for d in dairy], "business"),
        c("indirizzo_caseificio", N, "VARCHAR", [d[1] for d in dairy], "business"),
        c("cap_caseificio", N, "VARCHAR", [d[3] for d in dairy], "business"),
        c("telefono_caseificio", N, "VARCHAR", [d[2] for d in dairy], "business"),
        c("data_produzione", N, "DATE", made, "decoy"),
        c("data_espertizzazione", N, "DATE", [d + timedelta(days=365) for d in made], "decoy"),
        c("mesi_stagionatura", N, "INTEGER", g.col(g.pick([12, 18, 24, 30, 36, 48])), "decoy"),
        c("nome_forma", N, "VARCHAR", g.col(g.pick(["San Prospero", "Santa Lucia", "Matilde di Canossa",
                                                    "Sant'Ilario"])), "decoy", SHAPE),
        c("lotto", N, "VARCHAR", g.col(lambda: v.not_phone(g, "IT", (4, 3, 4), lead="0")), "decoy", SHAPE),
        c("codice_pallet", N, "VARCHAR", g.col(lambda: v.not_luhn_plain(g, "4", 16)), "decoy", SHAPE),
        c("scaffale", N, "VARCHAR", g.col(lambda: f"{g.rnd.choice('ABCDEFG')}{g.rnd.randint(1, 40):02d}-"
                                                  f"{g.rnd.randint(1, 12)}"), "decoy"),
        c("peso_kg", N, "DECIMAL(5,2)", g.floats(38, 44, 2), "decoy"),
        c("classe", N, "VARCHAR", g.col(g.pick(["1a", "1a", "1a", "mezzano", "2a"])), "decoy"),
        c("temperatura_c", N, "DECIMAL(4,1)", g.floats(15, 18, 1), "decoy"),
        c("umidita_pct", N, "INTEGER", g.ints(78, 88), "decoy"),
        c("rfid", N, "VARCHAR", g.col(lambda: g.code("xxxxxxxxxxxxxxxxxxxxxxxx").upper()), "decoy"),
        c("versione_firmware", N, "VARCHAR", g.col(g.version), "decoy"),
        c("coord_magazzino", N, "VARCHAR", g.col(lambda: g.coord((44.60, 44.75), (10.25, 10.45))), "decoy"),
        c("operatore_id", N, "INTEGER", g.ints(1, 9), "decoy"),
        c("giorno_battitura", N, "VARCHAR", g.col(g.pick(["lunedì", "mercoledì", "venerdì"])), "decoy"),
        c("sha_certificato", N, "VARCHAR", g.col(g.sha1), "decoy"),
        c("uuid_lotto", N, "VARCHAR", g.col(g.uuid), "decoy"),
        c("marchiatura", N, "VARCHAR", g.col(g.pick(["Parmigiano Reggiano", "Extra", "Export", "Montagna"])),
          "decoy"),
        c("prezzo_kg_eur", N, "DECIMAL(6,2)", g.amounts(9.5, 14.8), "decoy"),
        c("aggiornato", N, "TIMESTAMP", g.moments("2025-01-01", 330), "decoy"),
    ])


#: (builder, rows): every table of the set, its row count fixed
BUILDERS: list[tuple[Callable[[Gen], Table], int]] = [
    (sk_chess_club, 260), (sl_mountain_hut, 340), (lt_basketball_academy, 240), (et_song_festival, 320),
    (ro_cat_show, 280), (be_brass_band, 220), (lu_carpool, 300), (ch_ski_instructors, 230),
    (ie_irish_college, 300), (in_coaching_admissions, 360), (mx_mezcal_growers, 250), (ja_shogi_club, 240),
    (ja_kimono_rental, 320), (ru_philharmonic, 380), (gr_olive_press, 300), (tr_carpet_washing, 340),
    (tandem_signups, 280), (it_cheese_ageing, 260),
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
