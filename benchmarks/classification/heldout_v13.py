"""Held-out set v13 for the column classifier: 18 tables in domains no earlier set used, and new table shapes.

Written **blind**, like v2 to v12: by someone who has read neither the classifier (``governance_dagster/detect/``) nor
its documentation, tests, changelog or notes, only the list of kind names (``governance_dagster/kinds.py``), the issue,
how the scorer registers and calls a set (``heldout_v2_accuracy.py``), the *structure* and labeling conventions of v11
and v12 (``heldout_v11.py``, ``heldout_v12.py``, their value modules and tests), the docstrings of v2 to v10 (to avoid
their domains and shapes) and the ``Column``/``Table`` classes and writer they build on. The classifier was not run on
this set while it was written, no scorer was run on it, and no score of any set was looked at: nothing here was
adjusted to what the classifier does.

What is new against v2 to v12:

* domains: a Czech municipality's waste-fee payers (``odpady.poplatnici_svoz``, Czech); a police box's lost-property
  register with finders and owners (``KOBAN.ISHITSUBUTSU_UKETSUKE``, romanized Japanese); a used-car dealer's purchase
  appraisal requests (``買取.査定申込``, Japanese); a city's taxi-driver permits (``такси.разрешения_водителей``,
  Russian); a children's summer camp (``κατασκήνωση.συμμετέχοντες``, Greek); a hair salon's appointments
  (``kuafor.RandevuKayitlari``, Turkish); an allotment-garden association's plot holders
  (``rod.dzialkowcy_ewidencja``, Polish); a municipal housing queue (``bostadsko.sokande``, Swedish); a flea market's
  stall renters, private and business by row (``loppemarked.standlejere``, Danish); a bicycle depot's reclaim requests
  (``fietsdepot.ophaalverzoeken``, Dutch); a marketing consent log (``marketing.journal_consentements``, French); a
  homeowners' association's owners and fees (``comunidad.propietarios_cuotas``, Spanish); a food bank's beneficiary
  households (``banco_alimentare.beneficiari``, Italian); a car workshop's repair orders
  (``oficina.ordens_reparacao``, Portuguese); a chimney sweep's district book (``schornsteinfeger.kehrbuch``, German);
  an English school's trip consent forms (``school_trips.consent_forms``, UK English); a US jury-summons pool kept in a
  spreadsheet (``xl.jury_pool_tab3``, US English); a port's ship calls, decoys and business data only
  (``hamn.fartygsanlop``, Swedish);
* shapes: a sheet whose columns are named by spreadsheet letters ``A`` .. ``AD`` (tag ``opaque``); names written
  ``SURNAME, Given`` and ``SURNAME Given`` (tag ``surname_first``); a table mixing private and business customers row
  by row, each column labeled by its majority (private, about 75%: tag ``mixed_party``); personal columns that are
  70-95% empty strings and never NULL (tag ``empty_strings``); personal columns with leading and trailing spaces, tabs
  and mixed case (tag ``padded_case``); a house number alone in an integer column (``cislo_popisne``, ``huisnummer``:
  ``street_address``, tag ``split_address``); a Dutch family-name prefix in its own column (``eigenaarTussenvoegsel``:
  ``last_name``) beside initials (``person_name``); a birthday's day and month alone (``DogumGunu``: ``date_of_birth``,
  tag ``partial_dob``); misleading names over personal values (``campo_aux1`` a phone, ``доп_поле_2`` an e-mail,
  ``champ_libre_3`` a city) and personal-sounding names over other values (``kontakt`` a date, ``nome`` a service
  package, ``TelefonOnay`` a flag, ``parent_email_sent``; tag ``misleading``); a table of decoys only;
* dates of birth as DATE, as ``dd.mm.yyyy``, ``dd/mm/yyyy``, ``dd-mm-yyyy``, ``MM/DD/YYYY``, ``yyyy/mm/dd`` and
  Japanese-era text (``昭和59年3月12日``), each beside dates of other events in the same form (payment, finding,
  first registration, arrival, trip, last visit, passport issue, reporting date);
* personal columns 70-95% NULL (``null_heavy``), 70-95% NULL-words and empty strings (``nullword_heavy``) and 70-95%
  empty strings alone (``empty_strings``);
* decoys (tag ``decoy``, and ``value_shape`` when shaped like a personal value): order, appointment, receipt, permit
  and queue numbers, SKUs and part numbers, frame numbers, VINs, plates, IMEIs of found phones, RFID chips of bins,
  hashes, UUIDs, coordinates, version strings, user agents; Spanish cadastral references, ISO 11649 creditor
  references (RF), IMO-like codes, card-shaped food-bank cards failing Luhn, references written like phone numbers,
  years of construction in the years people are born in, street-like places where a bicycle was found, city-like
  bus stops and districts, person-like bicycle brands, garden names and campaign codes, a card's last four digits;
* identifiers new to the sets: the German tax number (Steuernummer) of a private landlord, the English Unique Pupil
  Number; IBANs of Croatia, Slovenia, Hungary, Romania, Bulgaria and Luxembourg; phones of Croatia, Slovenia, Hungary,
  Romania, Bulgaria, Luxembourg, Ukraine and Morocco;
* column names in English, German, French, Spanish, Italian, Portuguese, Dutch, Polish, Swedish, Danish, Czech, Turkish,
  romanized Japanese (``ja-Latn``), Japanese, Russian (Cyrillic) and Greek; styles: snake, snake with abbreviations and
  prefixes (``eigt_vorname``, ``ape1_prop``, ``tlf_prop``, ``cliente_nif``), camel, Pascal, SCREAMING, native scripts
  and generic (``A`` .. ``AD``).

Labeling rules: the same as v2 to v12 (see :mod:`benchmarks.classification.heldout_v12`): ``ssn`` is a social-security
or social-insurance number, ``national_id`` any other state-issued personal identifier; a business's address, phone,
postal code, city, e-mail, tax and registration numbers and bank account are ``none`` (tag ``business``); names of
staff, officers, volunteers, social workers, doctors and mechanics are ``person_name`` (a first name alone
``first_name``); a parent's name and initials are ``person_name``; every part of a street line is ``street_address``;
a login or public display handle is ``unclassified`` (tag ``username``); free text that names people is ``free_text``,
text that names nobody ``none``; a column of several personal kinds is ``unclassified`` (tag ``mixed``). Applied to
v13's new cases (no new rule, but choices a reader may question):

* ``ssn``: the Greek AMKA, the Russian SNILS, the US SSN; ``national_id``: rodné číslo, PESEL, personnummer, CPR, BSN,
  codice fiscale, DNI / NIE, T.C. kimlik, a person's Russian INN, a Russian and a Japanese driving licence, a person's
  Portuguese NIF, a German Steuernummer, the English UPN (a number the state issues to one pupil), a UK passport, a US
  driver's licence;
* a column whose rows are mostly private persons and partly businesses (a flea market's renters) is labeled by its
  majority: the private kind (tag ``mixed_party``); the renter's CVR number, filled only for businesses, is ``none``
  (``business``);
* a taxi permit and a car's plate, VIN, frame number and chassis number are ``none`` (tags ``licence``, ``vehicle``);
  the place where something was found, a bus stop and a garden's name are ``none``;
* a birthday kept without its year for a salon's greeting (``dd.mm``) is ``date_of_birth`` (tag ``partial_dob``);
* a Dutch family-name prefix (``van der``) is ``last_name``; an owner's initials (``J.P.``) ``person_name``;
* a card's last four digits and a pseudonymous cookie or CRM id are ``none``;
* a municipality's house number alone (``číslo popisné``) is ``street_address`` (tag ``split_address``); so is a
  ``c/o`` line of a postal address;
* the number of a credit card handed in as lost property is the owner's ``credit_card``; a found phone's IMEI is
  ``none``.

Tags: ``decoy``, ``business``, ``null_heavy``, ``nullword_heavy``, ``vehicle``, ``value_shape``, ``misleading``,
``abbrev``, ``opaque``, ``username``, ``qualified``, ``licence``, ``lang:XX`` (as in v12), and new: ``surname_first``,
``mixed_party``, ``empty_strings``, ``padded_case``, ``split_address``, ``partial_dob``.

Every value is generated here from :data:`SEED` (one ``random.Random`` per table, named after its builder) with
python-stdnum for check digits, phonenumbers for phone validity and formats, and the lists of names, streets and cities
of :mod:`benchmarks.classification.heldout_v13_values`, written for v13 (no Faker, no list of real people). Build:
``python -m benchmarks.classification.heldout_v13 [PATH]`` (default ``/tmp/heldout_v13.duckdb``). Score:
``python -m benchmarks.classification.heldout_v2_accuracy --set v13``. Built with python-stdnum 2.2 and phonenumbers 9.0.
"""

from __future__ import annotations

import string
import sys
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path

from benchmarks.classification import heldout_v4
from benchmarks.classification import heldout_v13_values as v
from benchmarks.classification.heldout_v2 import Column, Table
from benchmarks.classification.heldout_v13_values import MIXED, NULLISH, SEED, USERNAME, Gen, N, c

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

DEFAULT_PATH = Path("/tmp/heldout_v13.duckdb")

NULLWORD = "nullword_heavy"  # 70-95% NULL-like strings and empty strings (few real NULLs)
EMPTY = "empty_strings"  # 70-95% empty strings, no NULL
SURNAME_FIRST = "surname_first"  # a name written SURNAME, Given
MIXED_PARTY = "mixed_party"  # private and business rows in one column: labeled by the private majority
PADDED = "padded_case"  # leading and trailing spaces, tabs, mixed case
SPLIT_ADDRESS = "split_address"  # one part of a street line in its own column
PARTIAL_DOB = "partial_dob"  # a birthday without its year
SHAPE = "value_shape"
VEHICLE = "vehicle"
MISLEADING = "misleading"  # a name that says nothing or says the wrong thing about the values
LICENCE = "licence"


def _dmy(d: date | None, sep: str = ".") -> str | None:
    return None if d is None else f"{d.day:02d}{sep}{d.month:02d}{sep}{d.year}"


def _words(*extra: str) -> tuple[str, ...]:
    return ("", "-", "NULL", "n/a") + extra


# -- Czech municipality: waste-fee payers -----------------------------------------------------------------------------


def cz_waste_fees(g: Gen) -> Table:
    """A municipality's register of payers of the local waste fee: the payer written ``SURNAME, Given``, the house
    number (číslo popisné) in its own integer column, the bin's RFID chip, the collection route."""
    fem = v.sexes(g, 0.5)
    firsts, lasts = v.people(g, "cs", fem)
    births = g.births(1935, 2007)
    places = [v.city(g, "CZ") for _ in range(g.rows)]
    staff = [v.person(g, "cs") for _ in range(5)]
    minors = [g.rnd.random() < 0.15 for _ in range(g.rows)]
    return Table("odpady.poplatnici_svoz", "cs", "snake", [
        c("id_poplatnika", N, "BIGINT", g.keys(40_001), "decoy"),
        c("variabilni_symbol", N, "VARCHAR", g.col(lambda: "1337" + g.digits(6, string.digits)), "decoy"),
        c("poplatnik", "person_name", "VARCHAR", [f"{b.upper()}, {a}" for a, b in zip(firsts, lasts)],
          SURNAME_FIRST),
        c("rodne_cislo", "national_id", "VARCHAR", [v.cz_rc(g, b, f) for b, f in zip(births, fem)]),
        c("datum_narozeni", "date_of_birth", "VARCHAR", [_dmy(b) for b in births]),
        c("datum_platby", N, "VARCHAR", [_dmy(g.day("2024-01-15", "2025-12-20")) for _ in range(g.rows)], "decoy",
          SHAPE),
        c("ulice", "street_address", "VARCHAR", g.col(lambda: g.rnd.choice(v.STREETS["cs"]))),
        c("cislo_popisne", "street_address", "INTEGER", g.ints(1, 2_400), SPLIT_ADDRESS),
        c("obec", "city", "VARCHAR", [p[0] for p in places]),
        c("psc", "postal_code", "VARCHAR", [v.postal(g, "CZ", p[1]) for p in places]),
        c("telefon", "phone", "VARCHAR", g.phones("CZ", {"national": 0.5, "intl": 0.3, "local": 0.2}, nulls=0.2)),
        c("email", "email", "VARCHAR", g.nullwords(v.emails(g, firsts, lasts, ["seznam.cz", "email.cz", "centrum.cz",
                                                                              "gmail.com"]), 0.8,
                                                   _words("nezadáno", "neuvedeno")), NULLWORD),
        c("ucet_platce", "iban", "VARCHAR", g.col(lambda: v.iban(g, "CZ", g.rnd.random() < 0.5), 0.25)),
        c("zakonny_zastupce", "person_name", "VARCHAR", [v.whole(g, "cs") if m else None for m in minors],
          "null_heavy"),
        c("pocet_osob", N, "INTEGER", g.ints(1, 6), "decoy"),
        c("sazba_kc", N, "DECIMAL(8,2)", g.col(g.pick([840.0, 960.0, 1_020.0, 480.0])), "decoy"),
        c("osvobozeni", N, "VARCHAR", g.col(g.pick(["ne", "ne", "ne", "dítě do 1 roku", "senior 80+", "student"])),
          "decoy"),
        c("typ_nadoby", N, "VARCHAR", g.col(g.pick(["120 l", "240 l", "1100 l"])), "decoy"),
        c("cip_nadoby", N, "VARCHAR", g.col(lambda: g.code("xxxxxxxxxxxxxxxx").upper()), "decoy"),
        c("svozova_trasa", N, "VARCHAR", g.col(g.pick(["Trasa 1 - Horní Město", "Trasa 2 - Zahradní čtvrť",
                                                        "Trasa 3 - Podlesí", "Trasa 4 - Nové Sady"])), "decoy", SHAPE),
        c("gps_stanoviste", N, "VARCHAR", g.col(lambda: g.coord((48.8, 50.2), (14.5, 16.8))), "decoy"),
        c("poznamka", "free_text", "VARCHAR", g.col(lambda: g.rnd.choice([
            f"poplatek hradí syn {v.whole(g, 'cs', False)}",
            f"trvale bydlí u dcery {v.whole(g, 'cs', True)}, tel. {g.phone('CZ')}",
            f"upomínka převzata {v.whole(g, 'cs')}"]), 0.85), "null_heavy"),
        c("referent", "person_name", "VARCHAR", [" ".join(g.rnd.choice(staff)) for _ in range(g.rows)]),
        c("vyrizuje", USERNAME, "VARCHAR", [f"{v.plain(a)[:1]}{v.plain(b)}" for a, b in
                                            (g.rnd.choice(staff) for _ in range(g.rows))], "username"),
        c("ico_podnikatele", N, "VARCHAR", g.col(lambda: v.cz_ico(g), 0.88), "business", "null_heavy"),
        c("datum_zmeny", N, "TIMESTAMP", g.moments("2024-01-01", 700), "decoy"),
        c("cislo_rozhodnuti", N, "VARCHAR", g.col(lambda: f"OŽP/{g.digits(4, string.digits)}/2025"), "decoy"),
        c("splatnost", N, "DATE", g.days("2025-03-31", "2025-09-30"), "decoy"),
        c("kontakt", N, "DATE", g.days("2023-01-01", "2025-11-30"), "decoy", MISLEADING),
    ])


# -- police box: lost property (romanized Japanese, SCREAMING) --------------------------------------------------------


def _ja_latn_name(g: Gen) -> tuple[str, str]:
    first, last = v.ja_person(g)
    return f"{last[2].upper()} {first[2]}", f"{last[1]} {first[1]}"


def ja_lost_property(g: Gen) -> Table:
    """A police box's register of found property: the finder (who may claim a reward), the owner once found, the
    officer; names in romaji ``SURNAME Given`` and in katakana."""
    finders = [_ja_latn_name(g) for _ in range(g.rows)]
    owners = [_ja_latn_name(g) if g.rnd.random() < 0.2 else None for _ in range(g.rows)]
    places = [g.rnd.choice(v.JA_LATN_CITIES) for _ in range(g.rows)]
    births = g.births(1940, 2008)
    found = g.days("2025-01-01", "2025-12-01")
    staff = [_ja_latn_name(g)[0] for _ in range(6)]

    def addr(city: str) -> str:
        return f"{g.rnd.randint(1, 9)}-{g.rnd.randint(1, 30)}-{g.rnd.randint(1, 20)} " \
               f"{g.rnd.choice(['Kita', 'Minami', 'Higashi', 'Nishi', 'Chuo'])}-ku " \
               f"{g.rnd.choice(['Honcho', 'Sakaemachi', 'Midorigaoka', 'Asahimachi'])}, {city}"

    return Table("KOBAN.ISHITSUBUTSU_UKETSUKE", "ja-Latn", "screaming", [
        c("UKETSUKE_NO", N, "VARCHAR", g.col(lambda: f"R7-{g.digits(7, string.digits)}"), "decoy"),
        c("UKETSUKE_NICHIJI", N, "TIMESTAMP", g.moments("2025-01-01", 330), "decoy"),
        c("SHUTOKUSHA_SHIMEI", "person_name", "VARCHAR", [f[0] for f in finders], SURNAME_FIRST),
        c("SHUTOKUSHA_KANA", "person_name", "VARCHAR", [f[1] for f in finders]),
        c("SHUTOKUSHA_JUSHO", "street_address", "VARCHAR", [addr(p[0]) for p in places]),
        c("SHUTOKUSHA_YUBIN", "postal_code", "VARCHAR", [v.postal(g, "JP", p[1]) for p in places]),
        c("SHUTOKUSHA_DENWA", "phone", "VARCHAR", g.phones("JP", {"national": 0.7, "local": 0.3}, mobile=0.7)),
        c("SHUTOKUSHA_SEINENGAPPI", "date_of_birth", "VARCHAR", [f"{b:%Y/%m/%d}" for b in births]),
        c("SHUTOKU_BI", N, "VARCHAR", [f"{d:%Y/%m/%d}" for d in found], "decoy", SHAPE),
        c("SHUTOKUSHA_MAIL", "email", "VARCHAR",
          g.nullwords([v.email(g, f[0].split()[1], f[0].split()[0], ["docomo.ne.jp", "ezweb.ne.jp", "gmail.com",
                                                                     "yahoo.co.jp"]) for f in finders], 0.82,
                      _words("NASHI", "FUMEI")), NULLWORD),
        c("KENRI_HOKI_FLG", N, "VARCHAR", g.yn("1", "0", 0.6), "decoy"),
        c("HOROKIN_KIBO", N, "VARCHAR", g.yn("ARI", "NASHI", 0.3), "decoy"),
        c("ISHITSUSHA_SHIMEI", "person_name", "VARCHAR", [o[0] if o else None for o in owners], "null_heavy"),
        c("ISHITSUSHA_DENWA", "phone", "VARCHAR", [g.phone("JP") if o else None for o in owners], "null_heavy"),
        c("ISHITSUSHA_MENKYO_NO", "national_id", "VARCHAR",
          [f"{g.rnd.choice(['10', '20', '30', '40', '70'])}{g.digits(10, string.digits)}" if o else None
           for o in owners], "null_heavy", LICENCE),
        c("BUPPIN_BUNRUI", N, "VARCHAR", g.col(g.pick(["SAIFU", "KASA", "KEITAI DENWA", "KAGI", "TEIKIKEN",
                                                        "TEBUKURO", "BAGGU"])), "decoy"),
        c("BUPPIN_TOKUCHO", N, "VARCHAR", g.col(g.pick(["KURO KAWA", "AKA NAGAGASA", "GIN IRO KEY 3 HON",
                                                         "AOI NAIRON BAGGU", "SUMAHO KESU TSUKI"])), "decoy"),
        c("GENKIN_GAKU", N, "INTEGER", [g.rnd.choice([0, 0, 500, 1_200, 3_000, 10_000]) for _ in range(g.rows)],
          "decoy"),
        c("SHUTOKU_BASHO", N, "VARCHAR", g.col(g.pick(["SAPPORO EKI KITAGUCHI", "SENDAI EKI 2F", "HONDORI SHOTENGAI",
                                                        "KEN-EI BUS NAGANO", "TENJIN CHIKAGAI"])), "decoy", SHAPE),
        c("KEISATSUSHO_MEI", N, "VARCHAR", g.col(g.pick(["CHUO KEISATSUSHO", "KITA KEISATSUSHO",
                                                          "HIGASHI KEISATSUSHO"])), "business"),
        c("KOBAN_DENWA", N, "VARCHAR", g.phones("JP", {"national": 1.0}, mobile=0.0), "business"),
        c("TANTOUSHA", "person_name", "VARCHAR", g.col(g.pick(staff))),
        c("TANTOUSHA_ID", USERNAME, "VARCHAR", g.col(lambda: f"P{g.digits(6, string.digits)}"), "username"),
        c("HOKAN_KIGEN", N, "DATE", [d + timedelta(days=92) for d in found], "decoy"),
        c("KEITAI_IMEI", N, "VARCHAR", g.col(lambda: g.imei(), 0.85), "decoy", "null_heavy"),
        c("KADO_BANGO", "credit_card", "VARCHAR", g.col(lambda: v.card(g, g.rnd.random() < 0.5), 0.9),
          "null_heavy"),
        c("JUNKAI_KUIKI", N, "VARCHAR", g.col(g.pick(["DAI-1 KU", "DAI-2 KU", "DAI-3 KU", "EKIMAE"])), "decoy"),
    ])


# -- used-car purchase appraisals (Japanese) --------------------------------------------------------------------------

_JA_PLACES = [("北海道", "札幌市", "中央区北一条西", "060"), ("宮城県", "仙台市", "青葉区一番町", "980"),
              ("広島県", "広島市", "中区紙屋町", "730"), ("岡山県", "岡山市", "北区表町", "700"),
              ("石川県", "金沢市", "香林坊", "920"), ("愛媛県", "松山市", "大街道", "790"),
              ("鹿児島県", "鹿児島市", "天文館町", "890"), ("長野県", "長野市", "南千歳", "380")]


def ja_car_appraisal(g: Gen) -> Table:
    """A used-car dealer's purchase appraisal requests: seller, car, appraiser, branch; the date of birth in the
    Japanese era beside the car's first registration in the same form."""
    fem = v.sexes(g, 0.35)
    names = [v.ja_person(g, f) for f in fem]
    births = g.births(1945, 2006)
    places = [g.rnd.choice(_JA_PLACES) for _ in range(g.rows)]
    staff = [v.ja_person(g) for _ in range(6)]
    branches = [("カーバイ札幌本店", "北海道札幌市東区北十条東7丁目1-5"), ("カーバイ広島店", "広島県広島市西区商工センター3-2-1"),
                ("カーバイ金沢店", "石川県金沢市西念4-8-10")]
    branch = [g.rnd.choice(branches) for _ in range(g.rows)]
    return Table("買取.査定申込", "ja", "native", [
        c("申込番号", N, "VARCHAR", g.col(lambda: f"SA-{g.digits(8, string.digits)}"), "decoy"),
        c("申込日時", N, "TIMESTAMP", g.moments("2025-02-01", 300), "decoy"),
        c("氏名", "person_name", "VARCHAR", [f"{b[0]} {a[0]}" for a, b in names]),
        c("フリガナ", "person_name", "VARCHAR", [f"{b[1]} {a[1]}" for a, b in names]),
        c("生年月日", "date_of_birth", "VARCHAR", [v.wareki(b) for b in births]),
        c("初度登録年月日", N, "VARCHAR", [v.wareki(g.day("1990-01-01", "2024-12-31")) for _ in range(g.rows)],
          "decoy", SHAPE, VEHICLE),
        c("郵便番号", "postal_code", "VARCHAR", [v.postal(g, "JP", p[3]) for p in places]),
        c("住所", "street_address", "VARCHAR",
          [f"{p[0]}{p[1]}{p[2]}{g.rnd.randint(1, 9)}丁目{g.rnd.randint(1, 20)}-{g.rnd.randint(1, 15)}" for p in places]),
        c("電話番号", "phone", "VARCHAR", g.phones("JP", {"national": 0.8, "local": 0.2}, mobile=0.3)),
        c("携帯電話", "phone", "VARCHAR", g.phones("JP", {"national": 1.0}, nulls=0.25), "qualified"),
        c("メールアドレス", "email", "VARCHAR", [v.email(g, a[2], b[2], ["docomo.ne.jp", "icloud.com", "gmail.com"])
                                            for a, b in names]),
        c("本人確認書類番号", "national_id", "VARCHAR", g.col(lambda: f"{g.rnd.choice(['30', '45', '62', '80'])}"
                                                             f"{g.digits(10, string.digits)}"), LICENCE),
        c("車台番号", N, "VARCHAR", g.col(lambda: f"{g.rnd.choice(['NZE141', 'GP5', 'ZVW30', 'JF1', 'DBA-L175S'])}-"
                                                 f"{g.digits(7, string.digits)}"), "decoy", VEHICLE),
        c("登録番号", N, "VARCHAR", g.col(lambda: f"{g.rnd.choice(['札幌', '広島', '金沢', '長野'])} "
                                                 f"{g.rnd.randint(300, 599)} {g.rnd.choice('あいうえかきさすせ')} "
                                                 f"{g.rnd.randint(10, 99)}-{g.rnd.randint(10, 99)}"), "decoy", VEHICLE),
        c("メーカー", N, "VARCHAR", g.col(g.pick(["トヨタ", "ホンダ", "日産", "スズキ", "マツダ", "スバル"])), "decoy"),
        c("走行距離", N, "INTEGER", g.ints(3_000, 210_000), "decoy"),
        c("査定額", N, "INTEGER", g.ints(50_000, 3_200_000), "decoy"),
        c("査定士", "person_name", "VARCHAR", [f"{b[0]} {a[0]}" for a, b in (g.rnd.choice(staff)
                                                                            for _ in range(g.rows))]),
        c("店舗名", N, "VARCHAR", [b[0] for b in branch], "business"),
        c("店舗住所", N, "VARCHAR", [b[1] for b in branch], "business"),
        c("店舗電話", N, "VARCHAR", g.phones("JP", {"national": 1.0}, mobile=0.0), "business"),
        c("備考", "free_text", "VARCHAR", g.col(lambda: g.rnd.choice([
            f"名義は父 {v.ja_person(g, False)[1][0]} {v.ja_person(g, False)[0][0]}",
            f"連絡は奥様 {v.ja_person(g, True)[0][0]} さん 携帯 {g.phone('JP')}"]), 0.85), "null_heavy"),
        c("印鑑証明", N, "BOOLEAN", g.yn(True, False, 0.7), "decoy"),
        c("写真ハッシュ", N, "VARCHAR", g.col(g.sha1), "decoy"),
        c("年式", N, "INTEGER", g.ints(1995, 2024), "decoy", SHAPE, VEHICLE),
        c("車体色", N, "VARCHAR", g.col(g.pick(["パールホワイト", "ブラック", "シルバー", "レッド"])), "decoy"),
    ])


# -- taxi-driver permits (Russian) ------------------------------------------------------------------------------------

_RU_PATRONYMIC = [("Алексеевич", "Алексеевна"), ("Сергеевич", "Сергеевна"), ("Викторович", "Викторовна"),
                  ("Олегович", "Олеговна"), ("Игоревич", "Игоревна"), ("Петрович", "Петровна")]


def ru_taxi_permits(g: Gen) -> Table:
    """A city transport department's register of taxi drivers and their permits: driver, driving licence, SNILS,
    INN, car, carrier."""
    fem = v.sexes(g, 0.08)
    firsts, lasts = v.people(g, "ru", fem)
    births = g.births(1958, 2003)
    places = [v.city(g, "RU") for _ in range(g.rows)]
    carriers = [("ООО «Такси Вектор»", "8 800 555-01-23"), ("ООО «Городское такси»", "8 495 600-00-01"),
                ("ИП Морозов А. В.", "8 912 000-12-12")]
    carrier = [g.rnd.choice(carriers) for _ in range(g.rows)]
    return Table("такси.разрешения_водителей", "ru", "native", [
        c("номер_разрешения", N, "VARCHAR", g.col(lambda: f"{g.rnd.randint(10, 99)}-ТК-{g.digits(6, string.digits)}"),
          "decoy", LICENCE),
        c("фамилия", "last_name", "VARCHAR", lasts),
        c("имя", "first_name", "VARCHAR", firsts),
        c("отчество", "person_name", "VARCHAR", [g.rnd.choice(_RU_PATRONYMIC)[1 if f else 0] for f in fem]),
        c("дата_рождения", "date_of_birth", "DATE", births),
        c("дата_выдачи", N, "DATE", g.days("2019-01-01", "2025-11-30"), "decoy"),
        c("снилс", "ssn", "VARCHAR", g.col(lambda: v.ru_snils(g))),
        c("инн_водителя", "national_id", "VARCHAR", g.col(lambda: v.ru_inn_person(g))),
        c("серия_номер_ву", "national_id", "VARCHAR", g.col(lambda: f"{g.digits(2, string.digits)} "
                                                                    f"{g.digits(2, string.digits)} "
                                                                    f"{g.digits(6, string.digits)}"), LICENCE),
        c("телефон", "phone", "VARCHAR", g.phones("RU", {"national": 0.5, "intl": 0.3, "e164": 0.2})),
        c("адрес_регистрации", "street_address", "VARCHAR", g.col(lambda: v.street(g, "ru"))),
        c("город", "city", "VARCHAR", [p[0] for p in places]),
        c("индекс", "postal_code", "VARCHAR", [v.postal(g, "RU", p[1]) for p in places]),
        c("госномер", N, "VARCHAR", g.col(lambda: f"{g.rnd.choice('АВЕКМНОРСТУХ')}{g.digits(3, string.digits)}"
                                                  f"{g.rnd.choice('АВЕКМНОРСТУХ')}{g.rnd.choice('АВЕКМНОРСТУХ')}"
                                                  f"{g.rnd.choice(['77', '116', '163', '59', '36'])}"), "decoy",
          VEHICLE),
        c("марка_авто", N, "VARCHAR", g.col(g.pick(["Kia Rio", "Hyundai Solaris", "Škoda Octavia", "Lada Vesta",
                                                    "Volkswagen Polo"])), "decoy", VEHICLE),
        c("цвет_кузова", N, "VARCHAR", g.col(g.pick(["жёлтый", "белый", "серый"])), "decoy"),
        c("vin", N, "VARCHAR", g.col(lambda: g.code("XTA99999A9A999999").replace("I", "J").replace("O", "P")
                                     .replace("Q", "R")), "decoy", VEHICLE),
        c("перевозчик", N, "VARCHAR", [x[0] for x in carrier], "business", SHAPE),
        c("инн_перевозчика", N, "VARCHAR", g.col(lambda: v.ru_inn_company(g)), "business"),
        c("телефон_диспетчерской", N, "VARCHAR", [x[1] for x in carrier], "business"),
        c("стаж_лет", N, "INTEGER", g.ints(3, 40), "decoy"),
        c("медосмотр_до", N, "DATE", g.days("2025-06-01", "2026-12-31"), "decoy"),
        c("примечание", "free_text", "VARCHAR", g.col(lambda: g.rnd.choice([
            f"доверенность на авто от {v.whole(g, 'ru')}", f"жалоба пассажира {v.whole(g, 'ru')}",
            f"замена водителя: {v.whole(g, 'ru', False)}, тел. {g.phone('RU')}"]), 0.85), "null_heavy"),
        c("статус", N, "VARCHAR", g.col(g.pick(["действует", "приостановлено", "аннулировано"])), "decoy"),
        c("хеш_фото", N, "VARCHAR", g.col(g.sha256), "decoy"),
        c("класс_авто", N, "VARCHAR", g.col(g.pick(["эконом", "комфорт", "комфорт+", "бизнес"])), "decoy"),
        c("qr_код", N, "VARCHAR", g.col(g.uuid), "decoy"),
        c("доп_поле_2", "email", "VARCHAR", v.emails(g, [v.latin(x) for x in firsts], [v.latin(x) for x in lasts],
                                                     ["mail.ru", "yandex.ru", "bk.ru"], 0.25), MISLEADING),
    ])


# -- children's summer camp (Greek) -----------------------------------------------------------------------------------


def gr_summer_camp(g: Gen) -> Table:
    """A summer camp's participants: the child, both parents' given names, the guardian who signs, the paediatrician,
    the employer who funds the stay; the child's birth date beside the arrival date in the same form."""
    fem = v.sexes(g, 0.5)
    firsts, lasts = v.people(g, "el", fem)
    births = g.births(2010, 2019)
    places = [v.city(g, "GR") for _ in range(g.rows)]
    guardians = [f"{v.given(g, 'el', True)} {b}" for b in lasts]
    return Table("κατασκήνωση.συμμετέχοντες", "el", "native", [
        c("κωδικός_συμμετοχής", N, "VARCHAR", g.col(lambda: f"ΚΑΤ-25-{g.digits(5, string.digits)}"), "decoy"),
        c("επώνυμο_παιδιού", "last_name", "VARCHAR", lasts),
        c("όνομα_παιδιού", "first_name", "VARCHAR", firsts),
        c("ημερομηνία_γέννησης", "date_of_birth", "VARCHAR", [_dmy(b, "/") for b in births]),
        c("ημερομηνία_άφιξης", N, "VARCHAR", [_dmy(g.day("2025-06-20", "2025-08-20"), "/") for _ in range(g.rows)],
          "decoy", SHAPE),
        c("αμκα_παιδιού", "ssn", "VARCHAR", [v.gr_amka(g, b) for b in births]),
        c("όνομα_πατέρα", "person_name", "VARCHAR", g.col(lambda: v.given(g, "el", False))),
        c("όνομα_μητέρας", "person_name", "VARCHAR", g.col(lambda: v.given(g, "el", True))),
        c("κηδεμόνας", "person_name", "VARCHAR", guardians),
        c("τηλέφωνο_κηδεμόνα", "phone", "VARCHAR", g.phones("GR", {"national": 0.6, "intl": 0.4})),
        c("κινητό_2", "phone", "VARCHAR", g.phones("GR", {"local": 1.0}, nulls=0.8), "null_heavy", "qualified"),
        c("email_κηδεμόνα", "email", "VARCHAR", [v.email(g, a.split()[0], b, ["gmail.com", "yahoo.gr", "otenet.gr"])
                                                 for a, b in zip(guardians, lasts)]),
        c("διεύθυνση", "street_address", "VARCHAR", g.col(lambda: v.street(g, "el"))),
        c("πόλη", "city", "VARCHAR", [p[0] for p in places]),
        c("τκ", "postal_code", "VARCHAR", [v.postal(g, "GR", p[1]) for p in places]),
        c("αλλεργίες", N, "VARCHAR", g.col(g.pick(["καμία", "ξηροί καρποί", "γλουτένη", "γύρη", "λακτόζη"])), "decoy"),
        c("ομάδα", N, "VARCHAR", g.col(g.pick(["Δελφίνια", "Αετοί", "Πεύκα", "Κύματα"])), "decoy"),
        c("σκηνή", N, "INTEGER", g.ints(1, 40), "decoy"),
        c("περίοδος", N, "VARCHAR", g.col(g.pick(["Α΄ περίοδος", "Β΄ περίοδος", "Γ΄ περίοδος"])), "decoy"),
        c("κόστος", N, "DECIMAL(7,2)", g.amounts(280, 950), "decoy"),
        c("παιδίατρος", "person_name", "VARCHAR", g.col(lambda: f"Δρ. {v.whole(g, 'el')}", 0.2)),
        c("φορέας", N, "VARCHAR", g.col(g.pick(["Τράπεζα Αιγαίου Α.Ε.", "Ναυτιλιακή Ιονίου Α.Ε.", "Δήμος Πατρέων"]),
                                        0.25), "business"),
        c("αφμ_φορέα", N, "VARCHAR", g.col(lambda: v.gr_afm_company(g), 0.25), "business"),
        c("σημειώσεις", "free_text", "VARCHAR", g.col(lambda: g.rnd.choice([
            f"Το παιδί παραλαμβάνει η γιαγιά {v.whole(g, 'el', True)}",
            f"Αδελφός στην ίδια σκηνή: {v.given(g, 'el', False)}"]), 0.8), "null_heavy"),
        c("στάση_λεωφορείου", N, "VARCHAR", g.col(g.pick(["Πλατεία Γεωργίου", "ΚΤΕΛ Λάρισας", "Σταθμός Βόλου",
                                                          "Λιμάνι Πάτρας"])), "decoy", SHAPE),
        c("μέγεθος_μπλούζας", N, "VARCHAR", g.col(g.pick(["XS", "S", "M", "L", "8-10", "12-14"])), "decoy"),
        c("ημερομηνία_πληρωμής", N, "TIMESTAMP", g.moments("2025-03-01", 120), "decoy"),
    ])


# -- hair salon appointments (Turkish, Pascal) ------------------------------------------------------------------------


def tr_salon(g: Gen) -> Table:
    """A hair salon chain's appointments: the customer, a birthday kept for a greeting (day and month only), an
    e-invoice identity number for large bills, the stylist's first name, the branch."""
    fem = v.sexes(g, 0.75)
    firsts, lasts = v.people(g, "tr", fem)
    births = g.births(1955, 2008)
    stylists = [v.given(g, "tr") for _ in range(9)]
    branches = [("Makas Kuaför Kadıköy", "Moda Cad. No:41 Kadıköy/İstanbul"),
                ("Makas Kuaför Çankaya", "Tunalı Hilmi Cad. No:88 Çankaya/Ankara")]
    branch = [g.rnd.choice(branches) for _ in range(g.rows)]
    return Table("kuafor.RandevuKayitlari", "tr", "pascal", [
        c("RandevuNo", N, "BIGINT", g.keys(500_001), "decoy"),
        c("RandevuZamani", N, "TIMESTAMP", g.moments("2025-01-01", 330), "decoy"),
        c("MusteriAdSoyad", "person_name", "VARCHAR", [f"{a} {b}" for a, b in zip(firsts, lasts)]),
        c("MusteriTelefon", "phone", "VARCHAR", g.phones("TR", {"national": 0.5, "local": 0.2, "intl": 0.3})),
        c("MusteriEposta", "email", "VARCHAR",
          g.nullwords(v.emails(g, firsts, lasts, ["gmail.com", "hotmail.com", "yandex.com"]), 0.75,
                      _words("yok", "belirtilmemiş")), NULLWORD),
        c("DogumGunu", "date_of_birth", "VARCHAR", [f"{b.day:02d}.{b.month:02d}" for b in births], PARTIAL_DOB),
        c("SonZiyaret", N, "VARCHAR", [f"{d.day:02d}.{d.month:02d}" for d in g.days("2024-06-01", "2025-12-01")],
          "decoy", SHAPE),
        c("FaturaTcKimlikNo", "national_id", "VARCHAR", g.col(lambda: v.tr_tc(g), 0.85), "null_heavy"),
        c("Hizmet", N, "VARCHAR", g.col(g.pick(["Kesim", "Fön", "Boya", "Röfle", "Keratin", "Manikür"])), "decoy"),
        c("SureDakika", N, "INTEGER", g.col(g.pick([30, 45, 60, 90, 120])), "decoy"),
        c("Ucret", N, "DECIMAL(8,2)", g.amounts(250, 4_500), "decoy"),
        c("Kuafor", "first_name", "VARCHAR", g.col(g.pick(stylists))),
        c("SacRengiFormulu", N, "VARCHAR", g.col(lambda: f"{g.rnd.randint(4, 10)}.{g.rnd.randint(0, 9)} + "
                                                          f"%{g.rnd.choice([3, 6, 9])} oksidan", 0.25), "decoy"),
        c("Sube", N, "VARCHAR", [b[0] for b in branch], "business"),
        c("SubeAdres", N, "VARCHAR", [b[1] for b in branch], "business"),
        c("SubeTelefon", N, "VARCHAR", g.phones("TR", {"national": 1.0}, mobile=0.0), "business"),
        c("KampanyaKodu", N, "VARCHAR", g.col(g.pick(["ZEYNEP10", "DOGUMGUNU15", "YAZ25", "ELIF20"]), 0.25), "decoy",
          SHAPE),
        c("InstagramKullanici", USERNAME, "VARCHAR", g.col(lambda: f"@{v.plain(v.given(g, 'tr'))}."
                                                                    f"{g.rnd.randint(1, 999)}", 0.25), "username"),
        c("Notlar", "free_text", "VARCHAR", g.sparse(lambda: g.rnd.choice([
            f"Kızı {v.given(g, 'tr', True)} de gelecek", f"{v.given(g, 'tr', True)} Hanım'ın referansı"]), 0.8,
            _words("yok", "-")), NULLWORD),
        c("OdemeTipi", N, "VARCHAR", g.col(g.pick(["nakit", "kart", "havale"])), "decoy"),
        c("KartSon4", N, "VARCHAR", g.col(lambda: g.digits(4, string.digits), 0.25), "decoy", SHAPE),
        c("Puan", N, "INTEGER", g.ints(0, 5), "decoy"),
        c("TelefonOnay", N, "BOOLEAN", g.yn(True, False, 0.9), "decoy", MISLEADING),
        c("EpostaGonderimZamani", N, "TIMESTAMP", g.moments("2025-01-01", 330), "decoy", MISLEADING),
    ])


# -- allotment gardens (Polish), padded and mixed case ----------------------------------------------------------------


def pl_allotments(g: Gen) -> Table:
    """An allotment-garden association's register of plot holders, typed by hand for years: leading and trailing
    spaces and tabs, names and towns in upper, lower and title case."""
    fem = v.sexes(g, 0.5)
    firsts, lasts = v.people(g, "pl", fem)
    births = g.births(1938, 1999)
    places = [v.city(g, "PL") for _ in range(g.rows)]
    return Table("rod.dzialkowcy_ewidencja", "pl", "snake", [
        c("nr_dzialki", N, "VARCHAR", g.col(lambda: f"{g.rnd.randint(1, 240)}/{g.rnd.choice('ABC')}"), "decoy"),
        c("powierzchnia_m2", N, "INTEGER", g.ints(250, 500), "decoy"),
        c("nazwisko", "last_name", "VARCHAR", g.spaced(lasts), PADDED),
        c("imie", "first_name", "VARCHAR", g.spaced(firsts), PADDED),
        c("imie_ojca", "person_name", "VARCHAR", g.spaced(g.col(lambda: v.given(g, "pl", False), 0.2)), PADDED),
        c("pesel", "national_id", "VARCHAR", g.spaced([v.pl_pesel(g, b, f) for b, f in zip(births, fem)], 0.3, 0.0),
          PADDED),
        c("data_urodzenia", "date_of_birth", "DATE", births),
        c("data_przydzialu", N, "DATE", g.days("1975-01-01", "2025-06-30"), "decoy", SHAPE),
        c("ulica", "street_address", "VARCHAR", g.spaced(g.col(lambda: v.street(g, "pl"))), PADDED),
        c("kod_pocztowy", "postal_code", "VARCHAR", g.spaced([v.postal(g, "PL", p[1]) for p in places], 0.3, 0.0),
          PADDED),
        c("miejscowosc", "city", "VARCHAR", g.spaced([p[0] for p in places], 0.3, 0.5), PADDED),
        c("telefon", "phone", "VARCHAR", g.spaced(g.phones("PL", {"national": 0.5, "local": 0.3, "intl": 0.2},
                                                           nulls=0.15), 0.3, 0.0), PADDED),
        c("email", "email", "VARCHAR", g.spaced(v.emails(g, firsts, lasts, ["wp.pl", "onet.pl", "interia.pl",
                                                                            "o2.pl"], 0.25), 0.2, 0.2), PADDED),
        c("wspoluzytkownik", "person_name", "VARCHAR", g.spaced(g.col(lambda: v.whole(g, "pl"), 0.8)),
          "null_heavy", PADDED),
        c("skladka_roczna", N, "DECIMAL(8,2)", g.amounts(180, 420), "decoy"),
        c("oplata_woda", N, "DECIMAL(8,2)", g.amounts(20, 260), "decoy"),
        c("licznik_wody_nr", N, "VARCHAR", g.col(lambda: f"WM{g.digits(8, string.digits)}"), "decoy"),
        c("odczyt_m3", N, "DECIMAL(8,1)", [round(g.rnd.uniform(5, 900), 1) for _ in range(g.rows)], "decoy"),
        c("zaleglosci", N, "DECIMAL(8,2)", g.amounts(0, 600), "decoy"),
        c("nazwa_rod", N, "VARCHAR", g.col(g.pick(["ROD im. Tadeusza Kościuszki", "ROD Relaks", ("ROD im. Marii "
                                                   "Konopnickiej"), "ROD Pod Dębami"])), "business", SHAPE),
        c("konto_rod", N, "VARCHAR", g.col(g.pick([v.iban(g, "PL", True) for _ in range(4)])), "business"),
        c("nip_zarzadu", N, "VARCHAR", g.col(g.pick([v.pl_nip_company(g) for _ in range(4)])), "business"),
        c("uwagi", "free_text", "VARCHAR", g.sparse(lambda: g.rnd.choice([
            f"działkę użytkuje zięć {v.whole(g, 'pl', False)}", f"klucz u sąsiadki p. {v.whole(g, 'pl', True)}"]),
            0.8, _words("brak", "nie podano")), NULLWORD),
        c("altana_m2", N, "DECIMAL(5,1)", [round(g.rnd.uniform(0, 35), 1) for _ in range(g.rows)], "decoy"),
        c("nr_czlonkowski", N, "VARCHAR", g.col(lambda: f"PZD/{g.digits(6, string.digits)}"), "decoy"),
        c("data_wplaty", N, "DATE", g.days("2025-01-02", "2025-11-28"), "decoy"),
    ])


# -- housing queue (Swedish), empty strings ---------------------------------------------------------------------------


def se_housing_queue(g: Gen) -> Table:
    """A municipal housing queue's applicants as a web app stores them: optional fields saved as empty strings, never
    NULL (a c/o line, a home phone, a co-applicant)."""
    fem = v.sexes(g, 0.5)
    firsts, lasts = v.people(g, "sv", fem)
    births = g.births(1950, 2007)
    places = [v.city(g, "SE") for _ in range(g.rows)]
    co = [g.rnd.random() < 0.2 for _ in range(g.rows)]
    employers = ["Region Örebro län", "Volvo Car AB", "Lunds universitet", "ICA Maxi Borås", "Skanska Sverige AB"]
    return Table("bostadsko.sokande", "sv", "snake", [
        c("konr", N, "BIGINT", g.keys(810_001), "decoy"),
        c("kodatum", N, "DATE", g.days("2008-01-01", "2025-11-30"), "decoy"),
        c("personnummer", "national_id", "VARCHAR", [v.se_pnr(g, b, True) for b in births]),
        c("fornamn", "first_name", "VARCHAR", firsts),
        c("efternamn", "last_name", "VARCHAR", lasts),
        c("co_adress", "street_address", "VARCHAR", g.empties([f"c/o {v.person(g, 'sv')[1]}" for _ in range(g.rows)],
                                                              0.88), EMPTY),
        c("utdelningsadress", "street_address", "VARCHAR", g.col(lambda: v.street(g, "sv"))),
        c("postnummer", "postal_code", "VARCHAR", [v.postal(g, "SE", p[1]) for p in places]),
        c("postort", "city", "VARCHAR", [p[0].upper() for p in places]),
        c("mobil", "phone", "VARCHAR", g.phones("SE", {"national": 0.6, "e164": 0.2, "local": 0.2})),
        c("telefon_hem", "phone", "VARCHAR", g.empties(g.phones("SE", {"national": 1.0}, mobile=0.0), 0.85), EMPTY,
          "qualified"),
        c("epost", "email", "VARCHAR", v.emails(g, firsts, lasts, ["telia.com", "gmail.com", "hotmail.se",
                                                                   "outlook.com"])),
        c("medsokande_namn", "person_name", "VARCHAR", ["" if not x else v.whole(g, "sv") for x in co], EMPTY),
        c("medsokande_pnr", "national_id", "VARCHAR",
          ["" if not x else v.se_pnr(g, g.birth(1950, 2007)) for x in co], EMPTY),
        c("arsinkomst", N, "INTEGER", g.ints(0, 820_000), "decoy"),
        c("onskat_omrade", N, "VARCHAR", g.col(g.pick(["Rosengård", "Västra Hamnen", "Gottsunda", "Brynäs",
                                                        "Norrby", "Haga"])), "decoy", SHAPE),
        c("antal_rum", N, "INTEGER", g.ints(1, 5), "decoy"),
        c("max_hyra", N, "INTEGER", g.ints(4_000, 14_000), "decoy"),
        c("arbetsgivare", N, "VARCHAR", g.col(g.pick(employers), 0.25), "business"),
        c("senast_inloggad", N, "TIMESTAMP", g.moments("2025-01-01", 330), "decoy"),
        c("ip_senaste_inloggning", "ip_address", "VARCHAR", g.col(lambda: g.ipv4() if g.rnd.random() < 0.8
                                                                  else g.ipv6())),
        c("anvandarnamn", USERNAME, "VARCHAR", [v.handle(g, a, b) for a, b in zip(firsts, lasts)], "username"),
        c("tackat_nej", N, "INTEGER", g.ints(0, 6), "decoy"),
        c("klientversion", N, "VARCHAR", g.col(lambda: f"bostad-web {g.version()}"), "decoy"),
        c("poang_ko", N, "INTEGER", g.ints(0, 6_000), "decoy"),
        c("session_id", N, "VARCHAR", g.col(g.uuid), "decoy"),
    ])


# -- flea market stall renters, private and business by row (Danish) --------------------------------------------------

_DK_SHOPS = [("Genbrugsbutikken ApS", "Algade 4", "info@genbrugsbutikken.dk"),
             ("Retro Møbler v/ Holm", "Industrivej 12", "kontakt@retromobler.dk"),
             ("Røde Kors Butik Vejle", "Søndergade 30", "vejle@rodekors.dk"),
             ("Vinylkælderen I/S", "Bredgade 2", "salg@vinylkaelderen.dk")]


def dk_flea_market(g: Gen) -> Table:
    """A flea market's stall renters: about three in four private persons, one in four a shop or charity; every
    column holds the private kind on most rows and the business's on the others."""
    business = [g.rnd.random() < 0.22 for _ in range(g.rows)]
    fem = v.sexes(g, 0.6)
    firsts, lasts = v.people(g, "da", fem)
    births = g.births(1945, 2005)
    places = [v.city(g, "DK") for _ in range(g.rows)]
    shop = [g.rnd.choice(_DK_SHOPS) for _ in range(g.rows)]
    return Table("loppemarked.standlejere", "da", "snake", [
        c("stand_nr", N, "VARCHAR", g.col(lambda: f"{g.rnd.choice('ABCDE')}{g.rnd.randint(1, 60)}"), "decoy"),
        c("markedsdag", N, "DATE", g.days("2025-04-01", "2025-10-31"), "decoy"),
        c("lejer_navn", "person_name", "VARCHAR", [s[0] if b else f"{a} {ln}" for a, ln, b, s in
                                                   zip(firsts, lasts, business, shop)], MIXED_PARTY),
        c("lejer_type", N, "VARCHAR", ["erhverv" if b else "privat" for b in business], "decoy"),
        c("cpr_nr", "national_id", "VARCHAR", [None if b else v.dk_cpr(g, d) for b, d in zip(business, births)]),
        c("cvr_nr", N, "VARCHAR", [v.dk_cvr(g) if b else None for b in business], "business", "null_heavy"),
        c("telefon", "phone", "VARCHAR", [g.phone("DK", "national", not b) for b in business], MIXED_PARTY),
        c("email", "email", "VARCHAR", [s[2] if b else v.email(g, a, ln, ["gmail.com", "hotmail.dk", "live.dk"])
                                        for a, ln, b, s in zip(firsts, lasts, business, shop)], MIXED_PARTY),
        c("adresse", "street_address", "VARCHAR", [s[1] if b else v.street(g, "da") for b, s in zip(business, shop)],
          MIXED_PARTY),
        c("postnr", "postal_code", "VARCHAR", [v.postal(g, "DK", p[1]) for p in places], MIXED_PARTY),
        c("by", "city", "VARCHAR", [p[0] for p in places], MIXED_PARTY),
        c("mobilepay", "phone", "VARCHAR", [f"MobilePay Box {g.digits(5, string.digits)}" if b else
                                            g.phone("DK", "local") for b in business], MIXED_PARTY),
        c("standtype", N, "VARCHAR", g.col(g.pick(["bord", "bil", "telt", "tæppe"])), "decoy"),
        c("areal_m2", N, "INTEGER", g.ints(2, 12), "decoy"),
        c("pris_kr", N, "DECIMAL(7,2)", g.col(g.pick([100.0, 150.0, 250.0, 400.0])), "decoy"),
        c("betalt", N, "BOOLEAN", g.yn(True, False, 0.9), "decoy"),
        c("varer", N, "VARCHAR", g.col(g.pick(["børnetøj og legetøj", "møbler", "vinyl og bøger", "porcelæn",
                                               "værktøj"])), "decoy"),
        c("bil_reg_nr", N, "VARCHAR", g.col(lambda: g.code("AA 99 999"), 0.25), "decoy", VEHICLE),
        c("arrangoer", N, "VARCHAR", ["Grundejerforeningen Solbakken"] * g.rows, "business"),
        c("arrangoer_tlf", N, "VARCHAR", g.col(g.pick([g.phone("DK", "national", False) for _ in range(2)])),
          "business"),
        c("bemaerkning", "free_text", "VARCHAR", g.col(lambda: g.rnd.choice([
            f"deler stand med {v.whole(g, 'da')}", f"nøgle afhentes af {v.given(g, 'da')}"]), 0.85), "null_heavy"),
        c("oprettet", N, "TIMESTAMP", g.moments("2025-02-01", 200), "decoy"),
    ])


# -- bicycle depot reclaim requests (Dutch, camel) --------------------------------------------------------------------

_TUSSEN = ["", "", "", "", "van", "de", "van der", "van den", "ter", "den"]


def nl_bike_depot(g: Gen) -> Table:
    """A municipal bicycle depot's reclaim requests: the owner's initials, family-name prefix and family name in
    three columns, the house number and its addition in their own columns, the bicycle and where it was removed."""
    fem = v.sexes(g, 0.5)
    firsts, lasts = v.people(g, "nl", fem)
    lasts = [b.split()[-1] if " " in b else b for b in lasts]
    tussen = [g.rnd.choice(_TUSSEN) for _ in range(g.rows)]
    births = g.births(1950, 2009)
    places = [v.city(g, "NL") for _ in range(g.rows)]
    staff = [v.person(g, "nl") for _ in range(5)]
    return Table("fietsdepot.ophaalverzoeken", "nl", "camel", [
        c("verzoekNummer", N, "VARCHAR", g.col(lambda: f"FD-{g.digits(7, string.digits)}"), "decoy"),
        c("framenummer", N, "VARCHAR", g.col(lambda: g.code("AA9999999A")), "decoy", VEHICLE),
        c("merk", N, "VARCHAR", g.col(g.pick(["Gazelle", "Batavus", "Sparta", "Cortina", "Giant", "Van Moof"])),
          "decoy", SHAPE),
        c("kleur", N, "VARCHAR", g.col(g.pick(["zwart", "blauw", "grijs", "rood", "wit"])), "decoy"),
        c("afgevoerdOp", N, "DATE", g.days("2025-01-01", "2025-11-15"), "decoy"),
        c("vindlocatie", N, "VARCHAR", g.col(lambda: f"{g.rnd.choice(v.STREETS['nl'])} t.h.v. "
                                                     f"{g.rnd.randint(1, 120)}"), "decoy", SHAPE),
        c("eigenaarVoorletters", "person_name", "VARCHAR",
          [".".join(x[0] for x in [a] + ([v.given(g, "nl", f)] if g.rnd.random() < 0.4 else [])) + "."
           for a, f in zip(firsts, fem)]),
        c("eigenaarTussenvoegsel", "last_name", "VARCHAR", tussen),
        c("eigenaarAchternaam", "last_name", "VARCHAR", lasts),
        c("geboortedatum", "date_of_birth", "VARCHAR", [_dmy(b, "-") for b in births]),
        c("ophaalDatum", N, "VARCHAR", [_dmy(g.day("2025-01-10", "2025-12-01"), "-") for _ in range(g.rows)],
          "decoy", SHAPE),
        c("bsn", "national_id", "VARCHAR", g.col(lambda: v.nl_bsn(g), 0.2)),
        c("straat", "street_address", "VARCHAR", g.col(lambda: g.rnd.choice(v.STREETS["nl"]))),
        c("huisnummer", "street_address", "INTEGER", g.ints(1, 240), SPLIT_ADDRESS),
        c("huisnummerToevoeging", "street_address", "VARCHAR", g.col(g.pick(["A", "B", "bis", "-1", "2hg"]), 0.8),
          SPLIT_ADDRESS, "null_heavy"),
        c("postcode", "postal_code", "VARCHAR", [v.postal(g, "NL", p[1]) for p in places]),
        c("woonplaats", "city", "VARCHAR", [p[0] for p in places]),
        c("telefoonnummer", "phone", "VARCHAR", g.phones(["NL", "NL", "NL", "BE"], {"national": 0.5, "intl": 0.3,
                                                                                    "e164": 0.2})),
        c("emailadres", "email", "VARCHAR", v.emails(g, firsts, lasts, ["ziggo.nl", "kpnmail.nl", "gmail.com"], 0.1)),
        c("ibanTerugbetaling", "iban", "VARCHAR", g.col(lambda: v.iban(g, "NL", g.rnd.random() < 0.4), 0.25)),
        c("stallingskosten", N, "DECIMAL(6,2)", g.col(g.pick([25.0, 27.5, 30.0, 35.0])), "decoy"),
        c("pinTransactieId", N, "VARCHAR", g.col(g.uuid), "decoy"),
        c("fietsType", N, "VARCHAR", g.col(g.pick(["stadsfiets", "e-bike", "bakfiets", "racefiets"])), "decoy"),
        c("depotLocatie", N, "VARCHAR", g.col(g.pick(["Depot Noord", "Depot Zuid"])), "decoy"),
        c("medewerker", USERNAME, "VARCHAR", [f"{v.plain(a)[:1]}{v.plain(b)}" for a, b in
                                              (g.rnd.choice(staff) for _ in range(g.rows))], "username"),
        c("opmerking", "free_text", "VARCHAR", g.col(lambda: g.rnd.choice([
            f"opgehaald door partner {v.whole(g, 'nl')}", f"machtiging van {v.whole(g, 'nl')} bijgevoegd"]), 0.85),
          "null_heavy"),
    ])


# -- marketing consent log (French) -----------------------------------------------------------------------------------


def fr_consent_log(g: Gen) -> Table:
    """A marketing consent log: one row per consent event (opt-in, opt-out, double opt-in), with the address, the IP,
    the proof's hash, the text version; a name only when a form asked for it."""
    fem = v.sexes(g, 0.55)
    firsts, lasts = v.people(g, "fr", fem)
    places = [v.city(g, "FR") for _ in range(g.rows)]
    agents = ["Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X)", "Mozilla/5.0 (Windows NT 10.0; Win64; x64)",
              "Mozilla/5.0 (Linux; Android 14; SM-A546B)", "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_4)"]
    return Table("marketing.journal_consentements", "fr", "snake", [
        c("id_evenement", N, "VARCHAR", g.col(g.uuid), "decoy"),
        c("horodatage", N, "TIMESTAMP", g.moments("2024-06-01", 540), "decoy"),
        c("adresse_email", "email", "VARCHAR", v.emails(g, firsts, lasts, ["orange.fr", "free.fr", "laposte.net",
                                                                           "gmail.com", "sfr.fr"])),
        c("telephone_mobile", "phone", "VARCHAR", g.phones("FR", {"national": 0.5, "e164": 0.5}, nulls=0.25)),
        c("adresse_ip", "ip_address", "VARCHAR", g.col(lambda: g.ipv4() if g.rnd.random() < 0.75 else g.ipv6())),
        c("user_agent", N, "VARCHAR", g.col(g.pick(agents)), "decoy"),
        c("canal", N, "VARCHAR", g.col(g.pick(["email", "sms", "courrier", "telephone"])), "decoy"),
        c("finalite", N, "VARCHAR", g.col(g.pick(["newsletter", "offres partenaires", "jeu-concours", "profilage"])),
              "decoy"),
        c("statut", N, "VARCHAR", g.col(g.pick(["opt-in", "opt-out", "double opt-in confirmé"])), "decoy"),
        c("version_texte", N, "VARCHAR", g.col(g.pick(["v2.1", "v3.0", "v3.2", "2025-03"])), "decoy"),
        c("hash_preuve", N, "VARCHAR", g.col(g.sha256), "decoy"),
        c("identifiant_client", N, "VARCHAR", g.col(lambda: f"CLI{g.digits(9, string.digits)}"), "decoy"),
        c("cookie_id", N, "VARCHAR", g.col(lambda: g.code("xxxxxxxxxxxxxxxxxxxxxxxx")), "decoy"),
        c("nom_complet", "person_name", "VARCHAR", g.nullwords([f"{a} {b}" for a, b in zip(firsts, lasts)], 0.78,
                                                               _words("inconnu", "non renseigné")), NULLWORD),
        c("date_naissance", "date_of_birth", "DATE", g.nullify(g.births(1945, 2007), 0.85), "null_heavy"),
        c("code_postal", "postal_code", "VARCHAR", [v.postal(g, "FR", p[1]) for p in places]),
        c("source_formulaire", N, "VARCHAR", g.col(g.pick(["jeu-concours-ete", "pied-de-page", "checkout",
                                                           "popup-bienvenue"])), "decoy"),
        c("id_campagne", N, "VARCHAR", g.col(lambda: f"CMP-{g.rnd.randint(2024, 2025)}-{g.digits(3, string.digits)}"),
          "decoy"),
        c("partenaire", N, "VARCHAR", g.col(g.pick(["Club Vacances SAS", "Maison Dupré SARL", "Optique Lumière"]), 0.25),
          "business"),
        c("partenaire_siret", N, "VARCHAR", g.col(lambda: v.fr_siret(g), 0.25), "business"),
        c("commentaire_dpo", "free_text", "VARCHAR", g.col(lambda: g.rnd.choice([
            f"demande d'effacement de {v.whole(g, 'fr')} traitée", f"réclamation CNIL par {v.whole(g, 'fr')}"]), 0.9),
          "null_heavy"),
        c("pays", N, "VARCHAR", g.col(g.pick(["FR", "FR", "FR", "BE", "LU"])), "decoy"),
        c("champ_libre_3", "city", "VARCHAR", [p[0] if g.rnd.random() < 0.8 else None for p in places], MISLEADING),
    ])


# -- homeowners' association (Spanish, abbreviated) -------------------------------------------------------------------


def es_homeowners(g: Gen) -> Table:
    """A homeowners' association's owners and monthly fees, exported by the property administrator's software with
    abbreviated names (``nom_prop``, ``ape1_prop``, ``tlf_prop``, ``dir_notif``)."""
    fem = v.sexes(g, 0.5)
    firsts, lasts = v.people(g, "es", fem)
    lasts2 = [v.person(g, "es")[1] for _ in range(g.rows)]
    places = [v.city(g, "ES") for _ in range(g.rows)]
    tenants = [g.rnd.random() < 0.18 for _ in range(g.rows)]
    return Table("comunidad.propietarios_cuotas", "es", "snake+abbrev", [
        c("id_recibo", N, "BIGINT", g.keys(77_001), "decoy"),
        c("cod_vvda", N, "VARCHAR", g.col(lambda: f"P{g.rnd.randint(1, 4)}-{g.rnd.randint(0, 9)}{g.rnd.choice('ABCD')}"),
          "decoy", "abbrev"),
        c("ref_catastral", N, "VARCHAR", g.col(lambda: v.es_refcat(g)), "decoy", SHAPE),
        c("coef_part", N, "DECIMAL(6,3)", [round(g.rnd.uniform(0.5, 4.5), 3) for _ in range(g.rows)], "decoy",
          "abbrev"),
        c("nom_prop", "first_name", "VARCHAR", firsts, "abbrev"),
        c("ape1_prop", "last_name", "VARCHAR", lasts, "abbrev"),
        c("ape2_prop", "last_name", "VARCHAR", lasts2, "abbrev"),
        c("nif_prop", "national_id", "VARCHAR", g.col(lambda: v.es_dni(g) if g.rnd.random() < 0.85 else v.es_nie(g)),
          "abbrev"),
        c("tlf_prop", "phone", "VARCHAR", [g.phone("ES", g.rnd.choice(["national", "intl", "local"])) if x < 0.7 else
                                           g.phone(g.rnd.choice(["HR", "SI", "HU", "BG", "LU", "RO"]),
                                                   g.rnd.choice(["intl", "e164", "00"])) for x in
                                           (g.rnd.random() for _ in range(g.rows))], "abbrev"),
        c("email_prop", "email", "VARCHAR", v.emails(g, firsts, lasts, ["gmail.com", "hotmail.es", "telefonica.net"],
                                                     0.2), "abbrev"),
        c("dir_notif", "street_address", "VARCHAR", g.col(lambda: v.street(g, "es")), "abbrev"),
        c("cp_notif", "postal_code", "VARCHAR", [v.postal(g, "ES", p[1]) for p in places], "abbrev"),
        c("pob_notif", "city", "VARCHAR", [p[0] for p in places], "abbrev"),
        c("iban_domic", "iban", "VARCHAR", g.col(lambda: v.iban(g, "ES", g.rnd.random() < 0.6) if g.rnd.random() < 0.7
                                                 else v.iban_new(g, g.rnd.choice(sorted(v.EXTRA_BBAN)),
                                                                 g.rnd.random() < 0.5)), "abbrev"),
        c("titular_cta", "person_name", "VARCHAR", [f"{a} {b} {b2}" for a, b, b2 in zip(firsts, lasts, lasts2)],
          "abbrev"),
        c("cuota_mens", N, "DECIMAL(7,2)", g.amounts(35, 180), "decoy", "abbrev"),
        c("derrama", N, "DECIMAL(8,2)", g.col(g.pick([0.0, 0.0, 120.0, 450.0])), "decoy"),
        c("deuda_pend", N, "DECIMAL(8,2)", g.amounts(0, 900), "decoy", "abbrev"),
        c("ref_pago", N, "VARCHAR", g.col(lambda: v.rf_reference(g)), "decoy", SHAPE),
        c("adm_fincas", N, "VARCHAR", g.col(g.pick(["Gestión Fincas Norte S.L.", "Administraciones Salas S.L."])),
          "business", "abbrev"),
        c("adm_tlf", N, "VARCHAR", g.col(g.pick([g.phone("ES", "national", False) for _ in range(2)])), "business",
          "abbrev"),
        c("presidente", "person_name", "VARCHAR", g.col(g.pick([v.whole(g, "es") for _ in range(3)]))),
        c("inquilino_nom", "person_name", "VARCHAR", [v.whole(g, "es") if t else None for t in tenants],
          "null_heavy", "abbrev"),
        c("inquilino_tlf", "phone", "VARCHAR", [g.phone("ES") if t else None for t in tenants], "null_heavy",
          "abbrev"),
        c("obs", "free_text", "VARCHAR", g.col(lambda: g.rnd.choice([
            f"pagará la hija {v.whole(g, 'es', True)}", f"herederos de {v.whole(g, 'es')}, notaría pendiente"]), 0.85),
          "null_heavy", "abbrev"),
        c("f_alta", N, "DATE", g.days("1995-01-01", "2025-06-30"), "decoy", "abbrev"),
        c("num_rbo_banco", N, "VARCHAR", g.col(lambda: g.digits(13, string.digits)), "decoy", "abbrev"),
        c("est_rbo", N, "VARCHAR", g.col(g.pick(["cobrado", "devuelto", "pendiente"])), "decoy", "abbrev"),
    ])


# -- food bank beneficiaries (Italian, camel) -------------------------------------------------------------------------


def it_food_bank(g: Gen) -> Table:
    """A food bank's beneficiary households: the contact person written ``COGNOME, Nome``, the place of birth, the
    volunteer who delivers, the social worker and the service that referred the household."""
    fem = v.sexes(g, 0.6)
    firsts, lasts = v.people(g, "it", fem)
    births = g.births(1940, 2005)
    places = [v.city(g, "IT") for _ in range(g.rows)]
    birthplaces = [v.city(g, "IT")[0] if g.rnd.random() < 0.8 else g.rnd.choice(["Tirana", "Casablanca", "Lima",
                                                                                 "Bucarest", "Dakar"])
                   for _ in range(g.rows)]
    volunteers = [v.whole(g, "it") for _ in range(12)]
    points = [("Parrocchia San Giuseppe", "Via Garibaldi 14"), ("Caritas Zona Nord", "Viale Europa 210"),
              ("Emporio Solidale Santa Rita", "Via Dante 3")]
    point = [g.rnd.choice(points) for _ in range(g.rows)]
    return Table("banco_alimentare.beneficiari", "it", "camel", [
        c("idNucleo", N, "BIGINT", g.keys(3_001), "decoy"),
        c("nominativoReferente", "person_name", "VARCHAR", [f"{b.upper()}, {a}" for a, b in zip(firsts, lasts)],
          SURNAME_FIRST),
        c("codiceFiscale", "national_id", "VARCHAR", [v.it_cf(g, a, b, d, f) for a, b, d, f in
                                                      zip(firsts, lasts, births, fem)]),
        c("dataNascita", "date_of_birth", "DATE", births),
        c("dataIsee", N, "DATE", g.days("2024-01-15", "2025-11-30"), "decoy"),
        c("luogoNascita", "city", "VARCHAR", birthplaces),
        c("indirizzo", "street_address", "VARCHAR", g.col(lambda: v.street(g, "it"))),
        c("cap", "postal_code", "VARCHAR", [v.postal(g, "IT", p[1]) for p in places]),
        c("comune", "city", "VARCHAR", [p[0] for p in places]),
        c("cellulare", "phone", "VARCHAR", g.phones(["IT", "IT", "IT", "RO", "MA", "UA"],
                                                    {"national": 0.6, "intl": 0.4})),
        c("email", "email", "VARCHAR", g.nullwords(v.emails(g, firsts, lasts, ["libero.it", "virgilio.it",
                                                                              "gmail.com"]), 0.85,
                                                   _words("non fornito", "nessuna")), NULLWORD),
        c("componentiNucleo", N, "INTEGER", g.ints(1, 8), "decoy"),
        c("minori", N, "INTEGER", g.ints(0, 5), "decoy"),
        c("valoreIsee", N, "DECIMAL(9,2)", g.amounts(0, 9_360), "decoy"),
        c("numeroTessera", N, "VARCHAR", g.col(lambda: v.not_luhn(g, "80")), "decoy", SHAPE),
        c("puntoDistribuzione", N, "VARCHAR", [p[0] for p in point], "business"),
        c("indirizzoPunto", N, "VARCHAR", [p[1] for p in point], "business"),
        c("volontarioConsegna", "person_name", "VARCHAR", g.col(g.pick(volunteers))),
        c("assistenteSociale", "person_name", "VARCHAR", g.col(lambda: f"dott.ssa {v.whole(g, 'it', True)}", 0.25)),
        c("servizioInviante", N, "VARCHAR", g.col(g.pick(["Servizi Sociali Comune di Brescia", ("Centro di Ascolto "
                                                          "Caritas"), "Consultorio Familiare ASL"])), "business"),
        c("noteSociali", "free_text", "VARCHAR", g.col(lambda: g.rnd.choice([
            f"ritira la vicina {v.whole(g, 'it', True)}", (f"figlio {v.given(g, 'it', False)} disabile, consegna a "
                                                          f"domicilio")]), 0.8), "null_heavy"),
        c("allergieAlimentari", N, "VARCHAR", g.col(g.pick(["nessuna", "glutine", "lattosio", "no maiale"])),
          "decoy"),
        c("ultimoRitiro", N, "TIMESTAMP", g.moments("2025-01-01", 330), "decoy"),
        c("pacchiRitirati", N, "INTEGER", g.ints(0, 48), "decoy"),
    ])


# -- car workshop repair orders (Portuguese), empty strings -----------------------------------------------------------


def pt_workshop(g: Gen) -> Table:
    """A car workshop's repair orders, where the counter staff leave most customer fields blank (empty strings):
    "consumidor final" without a NIF, no e-mail, no address."""
    fem = v.sexes(g, 0.35)
    firsts, lasts = v.people(g, "pt", fem)
    places = [v.city(g, "PT") for _ in range(g.rows)]
    mechanics = [v.given(g, "pt", False) for _ in range(7)]
    return Table("oficina.ordens_reparacao", "pt", "snake", [
        c("num_or", N, "VARCHAR", g.col(lambda: f"OR {g.rnd.randint(2024, 2025)}/{g.digits(5, string.digits)}"),
          "decoy"),
        c("data_entrada", N, "DATE", g.days("2024-01-01", "2025-11-30"), "decoy"),
        c("matricula", N, "VARCHAR", g.col(lambda: g.code(g.rnd.choice(["AA-99-AA", "99-AA-99", "99-99-AA"]))),
          "decoy", VEHICLE),
        c("marca_modelo", N, "VARCHAR", g.col(g.pick(["Renault Clio", "Peugeot 208", "Seat Ibiza", "Fiat Punto",
                                                      "VW Golf"])), "decoy", VEHICLE),
        c("km", N, "INTEGER", g.ints(5_000, 380_000), "decoy"),
        c("cliente_nome", "person_name", "VARCHAR", [f"{a} {b}" for a, b in zip(firsts, lasts)]),
        c("cliente_nif", "national_id", "VARCHAR", g.empties(g.col(lambda: v.pt_nif(g)), 0.8), EMPTY),
        c("cliente_telemovel", "phone", "VARCHAR", g.phones("PT", {"national": 0.7, "intl": 0.3})),
        c("cliente_email", "email", "VARCHAR", g.empties(v.emails(g, firsts, lasts, ["sapo.pt", "gmail.com",
                                                                                   "hotmail.com"]), 0.85), EMPTY),
        c("cliente_morada", "street_address", "VARCHAR", g.empties(g.col(lambda: v.street(g, "pt")), 0.8), EMPTY),
        c("cliente_cod_postal", "postal_code", "VARCHAR", g.empties([v.postal(g, "PT", p[1]) for p in places], 0.8),
          EMPTY),
        c("cliente_localidade", "city", "VARCHAR", g.empties([p[0] for p in places], 0.75), EMPTY),
        c("avaria", N, "VARCHAR", g.col(g.pick(["barulho na suspensão", "revisão 30.000 km", "travões",
                                                "ar condicionado", "embraiagem"])), "decoy"),
        c("mecanico", "first_name", "VARCHAR", g.col(g.pick(mechanics))),
        c("pecas", N, "VARCHAR", g.col(g.pick(["pastilhas de travão", "filtro de óleo", "correia de distribuição",
                                               "amortecedores"])), "decoy"),
        c("ref_peca", N, "VARCHAR", g.col(lambda: g.code("AAA-99999-A")), "decoy"),
        c("orcamento", N, "DECIMAL(8,2)", g.amounts(40, 2_400), "decoy"),
        c("total_iva", N, "DECIMAL(8,2)", g.amounts(49, 2_950), "decoy"),
        c("seguradora", N, "VARCHAR", g.col(g.pick(["Fidelidade", "Tranquilidade", "Ageas Seguros"]), 0.25),
          "business"),
        c("apolice", N, "VARCHAR", g.col(lambda: f"AU{g.digits(9, string.digits)}", 0.25), "decoy"),
        c("obs", "free_text", "VARCHAR", g.empties(g.col(lambda: g.rnd.choice([
            f"ligar à esposa {v.given(g, 'pt', True)} antes das 18h", (f"carro deixado pelo filho "
                                                                     f"{v.given(g, 'pt', False)}")])), 0.8), EMPTY),
        c("estado", N, "VARCHAR", g.col(g.pick(["aberta", "em curso", "faturada", "entregue"])), "decoy"),
        c("campo_aux1", "phone", "VARCHAR", g.phones("PT", {"national": 0.8, "intl": 0.2}, mobile=0.6, nulls=0.25),
          MISLEADING),
        c("nome", N, "VARCHAR", g.col(g.pick(["Pack Revisão Plus", "Check-up Inverno", "Pack Travões", "Inspeção"])),
          "decoy", MISLEADING),
    ])


# -- chimney sweep district book (German, prefixed and abbreviated) ---------------------------------------------------


def de_chimney_sweep(g: Gen) -> Table:
    """A district chimney-sweep master's book (Kehrbuch): the owner's name and mailing address with ``eigt_``
    prefixes, the owner's tax number when he lets the property, the fireplaces and their measurements."""
    fem = v.sexes(g, 0.45)
    firsts, lasts = v.people(g, "de", fem)
    places = [v.city(g, "DE") for _ in range(g.rows)]
    landlord = [g.rnd.random() < 0.18 for _ in range(g.rows)]
    return Table("schornsteinfeger.kehrbuch", "de", "snake+abbrev", [
        c("kehrbez_nr", N, "VARCHAR", g.col(g.pick(["KB 12-04", "KB 12-05", "KB 12-07"])), "decoy", "abbrev"),
        c("obj_id", N, "BIGINT", g.keys(90_001), "decoy", "abbrev"),
        c("eigt_anrede", N, "VARCHAR", ["Frau" if f else "Herr" for f in fem], "decoy", "abbrev"),
        c("eigt_vorname", "first_name", "VARCHAR", firsts, "abbrev"),
        c("eigt_nachname", "last_name", "VARCHAR", lasts, "abbrev"),
        c("eigt_str", "street_address", "VARCHAR", g.col(lambda: f"{g.rnd.choice(v.STREETS['de'])} "
                                                               f"{g.rnd.randint(1, 90)}"), "abbrev"),
        c("eigt_plz", "postal_code", "VARCHAR", [v.postal(g, "DE", p[1]) for p in places], "abbrev"),
        c("eigt_ort", "city", "VARCHAR", [p[0] for p in places], "abbrev"),
        c("eigt_tel", "phone", "VARCHAR", g.phones("DE", {"national": 0.4, "slash": 0.3, "intl": 0.3}, mobile=0.5),
          "abbrev"),
        c("eigt_mail", "email", "VARCHAR", v.emails(g, firsts, lasts, ["t-online.de", "web.de", "gmx.de"], 0.25),
          "abbrev"),
        c("eigt_stnr", "national_id", "VARCHAR", [v.de_stnr(g) if x else None for x in landlord], "null_heavy",
          "abbrev"),
        c("iban_lastschrift", "iban", "VARCHAR", g.col(lambda: v.iban(g, "DE", True), 0.25), "abbrev"),
        c("obj_gemarkung", N, "VARCHAR", g.col(g.pick(["Gemarkung Kirchheim", "Gemarkung Oberdorf",
                                                       "Gemarkung Talheim"])), "decoy", SHAPE, "abbrev"),
        c("obj_gps", N, "VARCHAR", g.col(lambda: g.coord((47.5, 54.5), (6.2, 14.8))), "decoy", "abbrev"),
        c("fst_art", N, "VARCHAR", g.col(g.pick(["Kaminofen", "Gas-Brennwert", "Öl-Niedertemperatur",
                                                 "Pelletkessel", "offener Kamin"])), "decoy", "abbrev"),
        c("fst_hersteller", N, "VARCHAR", g.col(g.pick(["Viessmann", "Buderus", "Wolf", "Hark", "Justus"])),
          "decoy", SHAPE, "abbrev"),
        c("fst_baujahr", N, "INTEGER", g.ints(1962, 2024), "decoy", SHAPE, "abbrev"),
        c("brennstoff", N, "VARCHAR", g.col(g.pick(["Erdgas", "Heizöl", "Scheitholz", "Pellets"])), "decoy"),
        c("abgasverl_pct", N, "DECIMAL(4,1)", [round(g.rnd.uniform(3, 11), 1) for _ in range(g.rows)], "decoy",
          "abbrev"),
        c("co_ppm", N, "INTEGER", g.ints(5, 900), "decoy", "abbrev"),
        c("letzte_fsb", N, "DATE", g.days("2023-01-01", "2025-11-30"), "decoy", "abbrev"),
        c("naechste_fsb", N, "DATE", g.days("2026-01-01", "2028-12-31"), "decoy", "abbrev"),
        c("bsm_name", "person_name", "VARCHAR", ["Bezirksschornsteinfegermeister Lorenz Winkler"] * g.rows, "abbrev"),
        c("bsm_tel", N, "VARCHAR", [g.phone("DE", "national", False)] * g.rows, "business", "abbrev"),
        c("verwalter", N, "VARCHAR", g.col(g.pick(["Hausverwaltung Berger GmbH", "Immobilien Roth KG"]), 0.25),
          "business"),
        c("mieter_hinweis", "free_text", "VARCHAR", g.col(lambda: g.rnd.choice([
            f"Schlüssel bei Nachbarin Frau {v.person(g, 'de', True)[1]}",
            f"Termin mit Mieter {v.whole(g, 'de')} abstimmen, Tel. {g.phone('DE')}"]), 0.85), "null_heavy"),
        c("gebuehr_eur", N, "DECIMAL(7,2)", g.amounts(38, 190), "decoy", "abbrev"),
    ])


# -- school trip consent forms (English, UK) --------------------------------------------------------------------------


def gb_trip_consent(g: Gen) -> Table:
    """A school's trip consent forms: the pupil (with the Unique Pupil Number), both parents, medical notes that name
    who to call, the GP surgery, the coach, a passport number for trips abroad."""
    fem = v.sexes(g, 0.5)
    firsts, lasts = v.people(g, "en", fem)
    births = g.births(2008, 2018)
    places = [v.city(g, "GB") for _ in range(g.rows)]
    abroad = [g.rnd.random() < 0.2 for _ in range(g.rows)]
    second = [g.rnd.random() < 0.22 for _ in range(g.rows)]
    trips = g.days("2025-03-01", "2025-12-15")
    return Table("school_trips.consent_forms", "en", "snake", [
        c("form_id", N, "BIGINT", g.keys(11_001), "decoy"),
        c("upn", "national_id", "VARCHAR", g.col(lambda: v.gb_upn(g))),
        c("pupil_forename", "first_name", "VARCHAR", firsts),
        c("pupil_surname", "last_name", "VARCHAR", lasts),
        c("dob", "date_of_birth", "VARCHAR", [_dmy(b, "/") for b in births]),
        c("trip_date", N, "VARCHAR", [_dmy(d, "/") for d in trips], "decoy", SHAPE),
        c("year_group", N, "VARCHAR", g.col(g.pick(["Y7", "Y8", "Y9", "Y10", "Y11", "Y5", "Y6"])), "decoy"),
        c("form_group", N, "VARCHAR", g.col(lambda: f"{g.rnd.randint(7, 11)}{g.rnd.choice('ABCDE')}"), "decoy"),
        c("parent_1_name", "person_name", "VARCHAR", [f"{v.given(g, 'en')} {b}" for b in lasts]),
        c("parent_1_mobile", "phone", "VARCHAR", g.phones("GB", {"national": 0.6, "intl": 0.2, "local": 0.2})),
        c("parent_1_email", "email", "VARCHAR", g.col(lambda: v.email(g, *v.person(g, "en"), ["btinternet.com",
                                                                                              "gmail.com",
                                                                                              "outlook.com"]))),
        c("parent_2_name", "person_name", "VARCHAR", [v.whole(g, "en") if s else None for s in second],
          "null_heavy"),
        c("parent_2_mobile", "phone", "VARCHAR", [g.phone("GB") if s else None for s in second], "null_heavy"),
        c("home_address", "street_address", "VARCHAR", g.col(lambda: v.street(g, "en"))),
        c("postcode", "postal_code", "VARCHAR", [v.postal(g, "GB", p[1]) for p in places]),
        c("town", "city", "VARCHAR", [p[0] for p in places]),
        c("medical_notes", "free_text", "VARCHAR", g.col(lambda: g.rnd.choice([
            f"inhaler - call mum ({v.given(g, 'en', True)}) first", (f"nut allergy, EpiPen; gran {v.whole(g, 'en', True)}"
                                                                    f" collects")]), 0.8), "null_heavy"),
        c("dietary", N, "VARCHAR", g.col(g.pick(["none", "vegetarian", "halal", "gluten free"])), "decoy"),
        c("gp_surgery", N, "VARCHAR", g.col(g.pick(["Abbey Road Medical Centre", "Riverside Surgery",
                                                    "Dr Patel & Partners"])), "business", SHAPE),
        c("gp_phone", N, "VARCHAR", g.col(g.pick([g.phone("GB", "national", False) for _ in range(3)])), "business"),
        c("trip_name", N, "VARCHAR", g.col(g.pick(["Y8 Science Museum", "Geography field day", "Paris languages trip",
                                                   "Y10 Iceland"])), "decoy"),
        c("coach_company", N, "VARCHAR", g.col(g.pick(["Shearings Coaches Ltd", "National Holidays Travel"])),
          "business"),
        c("coach_reg", N, "VARCHAR", g.col(lambda: g.code("AA99 AAA").replace("I", "J").replace("Q", "R")), "decoy",
          VEHICLE),
        c("balance_gbp", N, "DECIMAL(7,2)", g.amounts(0, 620), "decoy"),
        c("photo_consent", N, "BOOLEAN", g.yn(True, False, 0.85), "decoy"),
        c("deposit_ref", N, "VARCHAR", g.col(lambda: f"TRP{g.digits(7, string.digits)}"), "decoy"),
        c("risk_assessment_ver", N, "VARCHAR", g.col(g.version), "decoy"),
        c("parent_email_sent", N, "BOOLEAN", g.yn(True, False, 0.95), "decoy", MISLEADING),
        c("passport_no", "national_id", "VARCHAR", [g.digits(9, string.digits) if a else None for a in abroad],
          "null_heavy"),
        c("staff_lead", "person_name", "VARCHAR", g.col(g.pick([f"{t} {v.person(g, 'en')[1]}" for t in
                                                                ("Mr", "Mrs", "Ms", "Dr")]))),
    ])


# -- US jury-summons pool in a spreadsheet, columns A .. AD -----------------------------------------------------------


def _letters(n: int) -> list[str]:
    names = []
    for i in range(n):
        names.append(string.ascii_uppercase[i] if i < 26 else "A" + string.ascii_uppercase[i - 26])
    return names


def us_jury_sheet(g: Gen) -> Table:
    """A county court's jury-summons pool kept in a spreadsheet and imported with its column letters as names."""
    fem = v.sexes(g, 0.5)
    firsts, lasts = v.people(g, "us", fem)
    births = g.births(1940, 2006)
    places = [v.city(g, "US") for _ in range(g.rows)]
    reporting = g.days("2025-01-06", "2025-12-15")
    clerks = [v.person(g, "us") for _ in range(4)]
    cols = [
        (N, "VARCHAR", g.col(lambda: f"J{g.digits(8, string.digits)}"), ("decoy",)),
        (N, "DATE", g.days("2024-11-01", "2025-11-30"), ("decoy",)),
        ("last_name", "VARCHAR", [b.upper() for b in lasts], ()),
        ("first_name", "VARCHAR", firsts, ()),
        ("person_name", "VARCHAR", g.col(lambda: f"{g.rnd.choice(string.ascii_uppercase)}.", 0.25), ()),
        ("date_of_birth", "VARCHAR", [f"{b:%m/%d/%Y}" for b in births], ()),
        (N, "VARCHAR", g.col(lambda: g.digits(4, string.digits)), ("decoy", SHAPE)),
        ("ssn", "VARCHAR", g.col(lambda: v.us_ssn(g), 0.85), ("null_heavy",)),
        ("street_address", "VARCHAR", g.col(lambda: v.street(g, "us")), ()),
        ("city", "VARCHAR", [p[0] for p in places], ()),
        (N, "VARCHAR", g.col(g.pick(["OH", "TX", "NY", "NE", "TN", "WA", "WI"])), ("decoy",)),
        ("postal_code", "VARCHAR", [v.postal(g, "US", p[1]) for p in places], ()),
        ("phone", "VARCHAR", g.phones("US", {"national": 0.6, "dashed": 0.2, "local": 0.2}, nulls=0.1), ()),
        ("email", "VARCHAR", v.emails(g, firsts, lasts, ["gmail.com", "yahoo.com", "aol.com", "comcast.net"], 0.25), ()),
        (N, "VARCHAR", g.col(g.pick(["Kroger Co.", "Mercy Health", "Dayton Public Schools", "self-employed",
                                     "retired"])), ("business",)),
        (N, "VARCHAR", g.col(lambda: g.phone("US", "national", False), 0.25), ("business",)),
        (N, "VARCHAR", g.col(g.pick(["teacher", "nurse", "driver", "retired", "engineer", "cashier"])), ("decoy",)),
        (N, "VARCHAR", g.col(g.pick(["medical", "caregiver", "student", "financial hardship"]), 0.8),
         ("decoy", "null_heavy")),
        (N, "VARCHAR", g.col(g.pick(["Courtroom 3A", "Courtroom 5B", "Jury Assembly Room"])), ("decoy",)),
        (N, "VARCHAR", [f"{d:%m/%d/%Y}" for d in reporting], ("decoy", SHAPE)),
        (N, "INTEGER", g.ints(1, 40), ("decoy",)),
        (N, "VARCHAR", g.col(g.pick(["qualified", "excused", "deferred", "FTA", "served"])), ("decoy",)),
        ("national_id", "VARCHAR", g.col(lambda: g.code("A999-9999-9999"), 0.2), (LICENCE,)),
        (N, "VARCHAR", g.col(g.pick(["Montgomery", "Lubbock", "Albany", "Douglas", "Knox"])), ("decoy", SHAPE)),
        (N, "VARCHAR", g.col(g.md5), ("decoy",)),
        (N, "DECIMAL(6,1)", [round(g.rnd.uniform(1, 80), 1) for _ in range(g.rows)], ("decoy",)),
        (N, "VARCHAR", g.col(lambda: f"P-{g.digits(5, string.digits)}", 0.2), ("decoy",)),
        (USERNAME, "VARCHAR", [f"{v.plain(a)[:1]}{v.plain(b)}" for a, b in
                               (g.rnd.choice(clerks) for _ in range(g.rows))], ("username",)),
        ("free_text", "VARCHAR", g.col(lambda: g.rnd.choice([
            f"called, spoke to wife {v.given(g, 'us', True)}", f"mail returned; new address per {v.whole(g, 'us')}"]),
            0.85), ("null_heavy",)),
        (N, "TIMESTAMP", g.moments("2025-01-01", 330), ("decoy",)),
    ]
    assert len(cols) == 30, len(cols)
    return Table("xl.jury_pool_tab3", "en", "generic", [
        c(name, kind, sql_type, values, "opaque", *tags) for name, (kind, sql_type, values, tags) in
        zip(_letters(30), cols)
    ])


# -- port calls, decoys and business data only (Swedish) --------------------------------------------------------------


def se_port_calls(g: Gen) -> Table:
    """A port's register of ship calls: nothing personal, many values shaped like personal ones (ships named like
    women, IMO and MMSI numbers, pilot-order numbers written like phones, build years, quays named like streets), the
    shipping agents' business contacts."""
    agents = [("Nordic Shipping Agency AB", "ops@nordicagency.se"), ("Hamnagenturen i Göteborg AB",
                                                                      "agency@hamnagenturen.se"),
              ("Baltic Port Services AB", "port@balticps.se")]
    agent = [g.rnd.choice(agents) for _ in range(g.rows)]
    arrive = g.moments("2025-01-01", 330)
    return Table("hamn.fartygsanlop", "sv", "snake", [
        c("anlopsnummer", N, "VARCHAR", g.col(lambda: f"SEGOT-25-{g.digits(5, string.digits)}"), "decoy"),
        c("imo_nr", N, "VARCHAR", g.col(lambda: v.imo_number(g)), "decoy", SHAPE),
        c("mmsi", N, "VARCHAR", g.col(lambda: g.rnd.choice(["265", "266", "219", "230"]) + g.digits(6, string.digits)),
          "decoy", SHAPE),
        c("fartygsnamn", N, "VARCHAR", g.col(g.pick(["Stena Britta", "Kristina Katarina", "Anna Sofia", "Elisabeth",
                                                     "Marit Knutsen", "Ingrid Viking"])), "decoy", SHAPE),
        c("anropssignal", N, "VARCHAR", g.col(lambda: "S" + g.code("AAA")), "decoy"),
        c("flaggstat", N, "VARCHAR", g.col(g.pick(["SE", "DK", "NO", "FI", "MT", "BS", "LR"])), "decoy"),
        c("byggar", N, "INTEGER", g.ints(1972, 2024), "decoy", SHAPE),
        c("bruttodräktighet", N, "INTEGER", g.ints(900, 95_000), "decoy"),
        c("anlopstid", N, "TIMESTAMP", arrive, "decoy"),
        c("avgangstid", N, "TIMESTAMP", [a + timedelta(hours=g.rnd.randint(4, 90)) for a in arrive], "decoy"),
        c("kaj", N, "VARCHAR", g.col(lambda: f"{g.rnd.choice(['Skandiahamnen', 'Älvsborgshamnen', 'Frihamnen'])} "
                                             f"kaj {g.rnd.randint(500, 720)}"), "decoy", SHAPE),
        c("ankringsposition", N, "VARCHAR", g.col(lambda: g.coord((57.6, 57.75), (11.6, 11.95))), "decoy"),
        c("lotsbestallning", N, "VARCHAR", g.col(lambda: v.not_phone(g, "SE", (3, 3, 2, 2), "0")), "decoy", SHAPE),
        c("agent", N, "VARCHAR", [a[0] for a in agent], "business"),
        c("agent_epost", N, "VARCHAR", [a[1] for a in agent], "business"),
        c("agent_tel", N, "VARCHAR", g.col(g.pick([g.phone("SE", "national", False) for _ in range(3)])), "business"),
        c("agent_orgnr", N, "VARCHAR", g.col(g.pick([v.se_orgnr(g) for _ in range(3)])), "business"),
        c("rederi", N, "VARCHAR", g.col(g.pick(["Stena Line Scandinavia AB", "DFDS A/S", "Wallenius Wilhelmsen"])),
          "business", SHAPE),
        c("lasttyp", N, "VARCHAR", g.col(g.pick(["ro-ro", "container", "bulk", "tank", "passagerare"])), "decoy"),
        c("lastvikt_ton", N, "DECIMAL(10,1)", [round(g.rnd.uniform(0, 60_000), 1) for _ in range(g.rows)], "decoy"),
        c("hamnavgift", N, "DECIMAL(10,2)", g.amounts(4_000, 420_000), "decoy"),
        c("valuta", N, "VARCHAR", ["SEK"] * g.rows, "decoy"),
        c("avfallsdeklaration", N, "VARCHAR", g.col(g.sha1), "decoy"),
        c("ais_klient", N, "VARCHAR", g.col(lambda: f"portcall {g.version()}"), "decoy"),
    ])


#: (builder, rows): every table of the set, its row count fixed
BUILDERS: list[tuple[Callable[[Gen], Table], int]] = [
    (cz_waste_fees, 900), (ja_lost_property, 700), (ja_car_appraisal, 600), (ru_taxi_permits, 800),
    (gr_summer_camp, 600), (tr_salon, 1_200), (pl_allotments, 700), (se_housing_queue, 1_500),
    (dk_flea_market, 600), (nl_bike_depot, 1_000), (fr_consent_log, 1_500), (es_homeowners, 800),
    (it_food_bank, 900), (pt_workshop, 1_000), (de_chimney_sweep, 1_100), (gb_trip_consent, 800),
    (us_jury_sheet, 1_200), (se_port_calls, 500),
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
