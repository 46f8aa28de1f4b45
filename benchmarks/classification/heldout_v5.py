"""Held-out set v5 for the column classifier: 17 tables, other scripts, more rows, opaque and misleading names.

Written **blind**, like v2, v3 and v4: by someone who has read neither the classifier (``governance_dagster/
detect/``) nor its vocabulary, only the list of kind names, the scorer and the *structure* of v4 (how tables,
columns and labels are declared). It differs from the earlier sets on purpose:

* column names in Korean (Hangul), Hindi (Devanagari), Romanian, Hungarian, Finnish, Greek, Persian (Arabic
  script), Malay, Filipino, Brazilian Portuguese, Norwegian, Estonian, Slovak, Croatian, English, German, French
  and Spanish; snake, camel, Pascal and SCREAMING case, abbreviations (``cst_ln``, ``emp_dob``), source-prefixed
  and opaque names (``src_erp_c41``, ``attr_07``, ``f12``) and *misleading* names (``misc_1``, ``notes2``,
  ``code``) over personal values;
* 200 to 2,000 rows per table (not a fixed 300);
* identifiers of 17 countries, each checked with ``python-stdnum`` when generated (or by its published checksum
  where python-stdnum has no module: the Iranian *kod-e melli*), with and without separators: Korean RRN, Indian
  Aadhaar and PAN, Romanian CNP, Finnish HETU, Greek AMKA and AFM, Iranian national code, Malaysian MyKad
  (NRIC), Brazilian CPF, Norwegian fødselsnummer, Estonian isikukood, Slovak rodné číslo, Croatian OIB, US SSN,
  German Steuer-ID, French NIR, Spanish DNI and NIE, Canadian SIN; *business* identifiers as decoys labeled
  ``none``: Romanian CUI, Brazilian CNPJ, Finnish Y-tunnus, Norwegian organisasjonsnummer, Hungarian adószám
  (ANUM), Estonian registrikood, Korean business registration number, Slovak IČ DPH;
* dates of birth as DATE, as text (``YYYY.MM.DD``, ``YYYY년 M월 D일``, ``DD-MM-YYYY``, ``DD.MM.YYYY``, ``D.M.YYYY``,
  ``MM/DD/YYYY``, ``D. M. YYYY``, Persian solar-hijri ``YYYY/MM/DD``), as integers like ``19840312`` and split
  into day / month / year integer columns;
* decoys labeled ``none`` (tag ``decoy``): order, policy, contract, transaction and ticket numbers, SKUs,
  tracking numbers, library and loyalty card numbers, product and company names, event timestamps, contract,
  loan and admission dates, hashes, coordinates, version strings, integer surrogate keys ending ``_sk`` / ``_id``,
  Y/N flags, enums, day and month names in the table's language, currency amounts; business addresses, phones
  and postal codes of stores, branches and warehouses (``none``, tag ``business``);
* NULL-heavy personal columns (70-90% NULL, tag ``null_heavy``) and free-text notes that mention people
  (``free_text``).

Labeling rules: the same as v2, v3 and v4. ``ssn`` is a social-security / social-insurance number (US SSN,
Canadian SIN, Greek AMKA, French NIR); ``national_id`` is any other state-issued personal identifier: identity,
citizen, population-register and personal tax numbers (RRN, Aadhaar, PAN, CNP, HETU, a person's AFM, kod-e
melli, MyKad, CPF, fødselsnummer, isikukood, rodné číslo, OIB, Steuer-ID, DNI, NIE). ``person_name`` is a full
name or a name part that is neither the given nor the family name (a middle name); a doctor's or manager's name
is personal (``person_name``). ``street_address`` is any part of the street line (a house number alone too); a
Korean, Hindi or Persian full address in one column is ``street_address``. Every part of a split date of birth
is ``date_of_birth``; so is a Persian solar-hijri birth date. A business's address, phone, postal code, city or
tax number is ``none`` (tag ``business``); an e-mail is ``email``; a mobile stored as digits without ``+`` is
``phone``; a country or region is ``none``. Library, loyalty and member card numbers, hashes and surrogate keys
are ``none``. One decision v4 did not need: a *username* (login handle) points at one person but is not among
the kinds of ``governance_dagster.kinds``; it is labeled ``unclassified`` (tag ``username``): personal, so it
must be masked, and ``unclassified`` is the kind that says so without naming a kind.

Every table comes from :data:`SEED` with Faker's locale providers (a seeded instance per table and locale),
python-stdnum, phonenumbers' example numbers and short hand-written lists of real cities and of names and streets
where Faker has no locale (Malay, Filipino, Estonian). Build: ``python -m benchmarks.classification.heldout_v5
[PATH]`` (default ``/tmp/heldout_v5.duckdb``). Score: ``python -m benchmarks.classification.heldout_v2_accuracy
--set v5``. Built with Faker 40 and python-stdnum 2.2.
"""

from __future__ import annotations

import random
import string
import sys
from collections.abc import Callable
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

import phonenumbers
from faker import Faker
from stdnum import iban as std_iban
from stdnum import luhn
from stdnum.br import cnpj, cpf
from stdnum.de import idnr
from stdnum.ee import ik, registrikood
from stdnum.es import dni, nie
from stdnum.fi import hetu, ytunnus
from stdnum.fr import nir
from stdnum.gr import amka
from stdnum.gr import vat as gr_vat
from stdnum.hr import oib
from stdnum.hu import anum
from stdnum.in_ import aadhaar, pan
from stdnum.iso7064 import mod_97_10
from stdnum.kr import brn, rrn
from stdnum.my import nric
from stdnum.no import fodselsnummer, orgnr
from stdnum.ro import cnp, cui
from stdnum.sk import dph, rc
from stdnum.us import ssn as us_ssn

from benchmarks.classification import heldout_v4
from benchmarks.classification.heldout_v2 import Column, Table

SEED = 20_261_205
DEFAULT_PATH = Path("/tmp/heldout_v5.duckdb")
N = "none"
#: the kind of a username column (see the module docstring)
USERNAME = "unclassified"


class Gen(heldout_v4.Gen):
    """v4's per-table random source (seeded ``random.Random``, Faker per locale, valid phones and identifiers),
    seeded from this set's :data:`SEED` and with a row count of its own per table."""

    def __init__(self, table: str, rows: int) -> None:
        self.rnd = random.Random(f"{SEED}:{table}")
        self._fakers: dict[str, Faker] = {}
        self.rows = rows

    def col(self, make: Callable[[], Any], nulls: float = 0.0) -> list[Any]:
        return [None if nulls and self.rnd.random() < nulls else make() for _ in range(self.rows)]

    def births(self, start: int = 1940, end: int = 2005) -> list[date]:
        return [self.birth(start, end) for _ in range(self.rows)]

    def days(self, start: str, end: str) -> list[date]:
        a, b = date.fromisoformat(start).toordinal(), date.fromisoformat(end).toordinal()
        return [date.fromordinal(self.rnd.randint(a, b)) for _ in range(self.rows)]

    def moments(self, start: str, days: int) -> list[datetime]:
        base = datetime.fromisoformat(start)
        return [base + timedelta(seconds=self.rnd.randrange(days * 86_400)) for _ in range(self.rows)]

    def phone(self, region: str, style: str = "national") -> str:
        """A valid mobile of ``region`` in ``style`` (as v4's), all but the first digits of the example number
        redrawn (v4 redraws the last five only: every number of a region would share one prefix)."""
        example = phonenumbers.example_number_for_type(region, phonenumbers.PhoneNumberType.MOBILE)
        national = str(example.national_number)
        keep = max(1, len(national) - 7)
        number = self.valid(lambda: national[:keep] + self.digits(len(national) - keep, string.digits),
                            lambda s: phonenumbers.is_valid_number(phonenumbers.parse(f"+{example.country_code}{s}")))
        parsed = phonenumbers.parse(f"+{example.country_code}{number}")
        formats = {"e164": phonenumbers.PhoneNumberFormat.E164, "intl": phonenumbers.PhoneNumberFormat.INTERNATIONAL,
                   "national": phonenumbers.PhoneNumberFormat.NATIONAL}
        return f"{example.country_code}{number}" if style == "digits" else \
            phonenumbers.format_number(parsed, formats[style])

    def amounts(self, low: float, high: float) -> list[float]:
        return [round(self.rnd.uniform(low, high), 2) for _ in range(self.rows)]

    def ints(self, low: int, high: int) -> list[int]:
        return [self.rnd.randint(low, high) for _ in range(self.rows)]

    def keys(self, start: int) -> list[int]:
        return list(range(start, start + self.rows))

    def yn(self, yes: str = "Y", no: str = "N", p: float = 0.4) -> list[str]:
        return [yes if self.rnd.random() < p else no for _ in range(self.rows)]

    def people(self, locale: str) -> tuple[list[str], list[str]]:
        f = self.fake(locale)
        return [f.first_name() for _ in range(self.rows)], [f.last_name() for _ in range(self.rows)]


def _c(name: str, kind: str, sql_type: str, values: list[Any], *tags: str) -> Column:
    return Column(name, kind, sql_type, values, frozenset(tags))


# -- identifiers (each drawn until python-stdnum accepts it) --------------------------------------------------------


def _yymmdd(d: date) -> str:
    return d.strftime("%y%m%d")


def kr_rrn(g: Gen, d: date, dash: bool = True) -> str:
    sex = g.rnd.choice("12" if d.year < 2000 else "34")
    number = g.valid(lambda: _yymmdd(d) + sex + g.digits(6, string.digits), rrn.is_valid)
    return f"{number[:6]}-{number[6:]}" if dash else number


def in_aadhaar(g: Gen) -> str:
    number = g.valid(lambda: g.digits(12, "23456789"), aadhaar.is_valid)
    return f"{number[:4]} {number[4:8]} {number[8:]}"


def in_pan(g: Gen) -> str:
    return g.valid(lambda: g.code("AAA") + "P" + g.code("A9999A"), pan.is_valid)


def ro_cnp(g: Gen, d: date, female: bool) -> str:
    sex = ("2" if female else "1") if d.year < 2000 else ("6" if female else "5")
    county = f"{g.rnd.randint(1, 46):02d}"
    return g.valid(lambda: sex + _yymmdd(d) + county + g.digits(4, string.digits), cnp.is_valid)


def fi_hetu(g: Gen, d: date) -> str:
    sign = "-" if d.year < 2000 else "A"
    return g.valid(lambda: d.strftime("%d%m%y") + sign + f"{g.rnd.randint(2, 899):03d}"
                   + g.rnd.choice("0123456789ABCDEFHJKLMNPRSTUVWXY"), hetu.is_valid)


def gr_amka(g: Gen, d: date) -> str:
    return g.valid(lambda: d.strftime("%d%m%y") + g.digits(5, string.digits), amka.is_valid)


def gr_afm(g: Gen) -> str:
    return g.valid(lambda: g.digits(9, "01"), gr_vat.is_valid)


def ir_melli(g: Gen) -> str:
    """An Iranian national code: nine digits and the published mod-11 check digit."""
    body = [g.rnd.randrange(10) for _ in range(9)]
    body[0] = g.rnd.choice([0, 0, 1, 2, 3, 4])
    rest = sum(digit * (10 - i) for i, digit in enumerate(body)) % 11
    return "".join(map(str, body)) + str(rest if rest < 2 else 11 - rest)


def my_nric(g: Gen, d: date) -> str:
    place = f"{g.rnd.randint(1, 14):02d}"
    number = g.valid(lambda: _yymmdd(d) + place + g.digits(4, string.digits), nric.is_valid)
    return f"{number[:6]}-{number[6:8]}-{number[8:]}"


def br_cpf(g: Gen, masked: bool = True) -> str:
    number = g.valid(lambda: g.digits(11, string.digits), cpf.is_valid)
    return cpf.format(number) if masked else number


def no_fnr(g: Gen, d: date) -> str:
    return g.valid(lambda: d.strftime("%d%m%y") + f"{g.rnd.randint(0, 499):03d}" + g.digits(2, string.digits)
                   if d.year < 2000 else d.strftime("%d%m%y") + f"{g.rnd.randint(500, 999):03d}"
                   + g.digits(2, string.digits), fodselsnummer.is_valid)


def ee_ik(g: Gen, d: date, female: bool) -> str:
    first = ("4" if female else "3") if d.year < 2000 else ("6" if female else "5")
    return g.valid(lambda: first + _yymmdd(d) + g.digits(4, string.digits), ik.is_valid)


def sk_rc(g: Gen, d: date, female: bool, slash: bool = True) -> str:
    month = d.month + (50 if female else 0)
    stem = f"{d.year % 100:02d}{month:02d}{d.day:02d}"
    number = g.valid(lambda: stem + g.digits(4, string.digits), rc.is_valid)
    return f"{number[:6]}/{number[6:]}" if slash else number


def hr_oib(g: Gen) -> str:
    return g.valid(lambda: g.digits(11), oib.is_valid)


def us_ssn_(g: Gen, dashes: bool) -> str:
    number = g.valid(lambda: f"{g.rnd.randint(1, 665):03d}{g.rnd.randint(1, 99):02d}{g.rnd.randint(1, 9999):04d}",
                     us_ssn.is_valid)
    return us_ssn.format(number) if dashes else number


def de_idnr(g: Gen) -> str:
    return g.valid(lambda: g.digits(11), idnr.is_valid)


def fr_nir(g: Gen, d: date, female: bool) -> str:
    stem = f"{2 if female else 1}{d.year % 100:02d}{d.month:02d}{g.rnd.randint(1, 95):02d}"
    return g.valid(lambda: stem + g.digits(6, string.digits) + g.digits(2, string.digits), nir.is_valid)


def es_dni(g: Gen) -> str:
    body = g.digits(8)
    return body + dni.calc_check_digit(body)


def es_nie(g: Gen) -> str:
    return g.valid(lambda: g.rnd.choice("XYZ") + g.digits(7, string.digits) + g.rnd.choice(string.ascii_uppercase),
                   nie.is_valid)


def ca_sin(g: Gen) -> str:
    number = g.valid(lambda: g.digits(9, "1234567"), luhn.is_valid)
    return f"{number[:3]} {number[3:6]} {number[6:]}"


def card(g: Gen) -> str:
    prefix = g.rnd.choice(["4", "51", "53", "55", "2221"])
    return g.valid(lambda: prefix + g.digits(16 - len(prefix), string.digits), luhn.is_valid)


def iban(g: Gen, country: str, bban: str) -> str:
    """An IBAN of ``country`` over the BBAN pattern ``bban`` (``A`` a letter, ``9`` a digit), checked with
    python-stdnum; an Iranian one (Sheba), which python-stdnum's IBAN registry lacks, by its ISO 7064 check only."""
    def make() -> str:
        body = g.code(bban)
        return country + mod_97_10.calc_check_digits(body + country) + body

    def valid(number: str) -> bool:  # the national check digits of the BBAN too, where python-stdnum knows them
        return mod_97_10.is_valid(number[4:] + number[:4]) if country == "IR" else std_iban.is_valid(number)

    number = g.valid(make, valid)
    return number


# business identifiers (decoys)
def ro_cui(g: Gen) -> str:
    return "RO" + g.valid(lambda: g.digits(8), cui.is_valid)


def br_cnpj(g: Gen) -> str:
    return cnpj.format(g.valid(lambda: g.digits(8, string.digits) + "0001" + g.digits(2, string.digits),
                               cnpj.is_valid))


def fi_ytunnus(g: Gen) -> str:
    return ytunnus.format(g.valid(lambda: g.digits(8), ytunnus.is_valid))


def no_orgnr(g: Gen) -> str:
    return g.valid(lambda: g.digits(9, "89"), orgnr.is_valid) + "MVA"


def hu_anum(g: Gen) -> str:
    return g.valid(lambda: g.digits(8), anum.is_valid)


def ee_regkood(g: Gen) -> str:
    return g.valid(lambda: "1" + g.digits(7, string.digits), registrikood.is_valid)


def kr_brn(g: Gen) -> str:
    number = g.valid(lambda: g.digits(10), brn.is_valid)
    return f"{number[:3]}-{number[3:5]}-{number[5:]}"


def sk_dph(g: Gen) -> str:
    return g.valid(lambda: "SK" + g.digits(10), dph.is_valid)


# -- real places and names (hand-written, short) --------------------------------------------------------------------

CITIES = {
    "ko": ["서울", "부산", "인천", "대구", "대전", "광주", "수원", "울산", "창원", "고양", "용인", "청주", "전주"],
    "hi": ["मुंबई", "दिल्ली", "बेंगलुरु", "हैदराबाद", "अहमदाबाद", "चेन्नई", "कोलकाता", "पुणे", "जयपुर", "लखनऊ",
           "कानपुर", "नागपुर", "इंदौर", "भोपाल", "पटना"],
    "ro": ["București", "Cluj-Napoca", "Timișoara", "Iași", "Constanța", "Craiova", "Brașov", "Galați", "Ploiești",
           "Oradea", "Brăila", "Arad", "Sibiu", "Bacău"],
    "hu": ["Budapest", "Debrecen", "Szeged", "Miskolc", "Pécs", "Győr", "Nyíregyháza", "Kecskemét",
           "Székesfehérvár", "Szombathely", "Eger", "Sopron", "Veszprém"],
    "fi": ["Helsinki", "Espoo", "Tampere", "Vantaa", "Oulu", "Turku", "Jyväskylä", "Lahti", "Kuopio", "Pori",
           "Joensuu", "Vaasa", "Rovaniemi", "Seinäjoki"],
    "el": ["Αθήνα", "Θεσσαλονίκη", "Πάτρα", "Ηράκλειο", "Λάρισα", "Βόλος", "Ιωάννινα", "Χανιά", "Καβάλα", "Σέρρες",
           "Ρόδος", "Καλαμάτα"],
    "fa": ["تهران", "مشهد", "اصفهان", "کرج", "شیراز", "تبریز", "قم", "اهواز", "کرمانشاه", "ارومیه", "رشت", "کرمان",
           "یزد", "همدان"],
    "ms": ["Kuala Lumpur", "George Town", "Ipoh", "Shah Alam", "Petaling Jaya", "Johor Bahru", "Kuching",
           "Kota Kinabalu", "Seremban", "Melaka", "Kuantan", "Alor Setar", "Klang", "Kota Bharu"],
    "fil": ["Quezon City", "Manila", "Davao City", "Cebu City", "Zamboanga City", "Taguig", "Pasig", "Antipolo",
            "Cagayan de Oro", "Iloilo City", "Bacolod", "Makati", "Baguio", "Caloocan"],
    "pt": ["São Paulo", "Rio de Janeiro", "Belo Horizonte", "Salvador", "Fortaleza", "Curitiba", "Recife",
           "Porto Alegre", "Manaus", "Belém", "Goiânia", "Campinas", "Florianópolis", "Natal"],
    "no": ["Oslo", "Bergen", "Trondheim", "Stavanger", "Drammen", "Fredrikstad", "Kristiansand", "Sandnes",
           "Tromsø", "Sarpsborg", "Skien", "Ålesund", "Bodø", "Hamar"],
    "et": ["Tallinn", "Tartu", "Narva", "Pärnu", "Kohtla-Järve", "Viljandi", "Maardu", "Rakvere", "Kuressaare",
           "Sillamäe", "Valga", "Võru", "Jõhvi", "Haapsalu"],
    "sk": ["Bratislava", "Košice", "Prešov", "Žilina", "Nitra", "Banská Bystrica", "Trnava", "Trenčín", "Martin",
           "Poprad", "Prievidza", "Zvolen"],
    "hr": ["Zagreb", "Split", "Rijeka", "Osijek", "Zadar", "Slavonski Brod", "Pula", "Karlovac", "Sisak",
           "Varaždin", "Šibenik", "Dubrovnik"],
    "en": ["Chicago", "Houston", "Phoenix", "Philadelphia", "San Antonio", "Dallas", "Austin", "Columbus",
           "Charlotte", "Denver", "Seattle", "Boston", "Nashville", "Portland"],
    "de": ["Berlin", "Hamburg", "München", "Köln", "Frankfurt am Main", "Stuttgart", "Düsseldorf", "Leipzig",
           "Dortmund", "Bremen", "Hannover", "Nürnberg"],
    "fr": ["Paris", "Marseille", "Lyon", "Toulouse", "Nice", "Nantes", "Strasbourg", "Montpellier", "Bordeaux",
           "Lille", "Rennes", "Reims"],
    "es": ["Madrid", "Barcelona", "Valencia", "Sevilla", "Zaragoza", "Málaga", "Murcia", "Palma", "Bilbao",
           "Alicante", "Córdoba", "Valladolid"],
}

MS_FIRST = ["Ahmad", "Muhammad", "Nurul", "Siti", "Aisyah", "Farah", "Hafiz", "Amirul", "Syafiqah", "Zulkifli",
            "Azlan", "Hidayah", "Izzati", "Khairul", "Norazlina", "Faridah", "Rosli", "Haziq", "Aminah", "Danial"]
MS_FATHER = ["Ismail", "Yusof", "Abdullah", "Hassan", "Ibrahim", "Osman", "Rahman", "Salleh", "Hamid", "Mohd Noor",
             "Zakaria", "Othman", "Razak", "Kassim"]
MS_CHINESE = ["Tan Wei Ming", "Lim Mei Ling", "Wong Kah Hoe", "Lee Siew Lan", "Ng Chee Keong", "Chong Li Ying",
              "Goh Boon Hock", "Teoh Pei Shan"]
MS_INDIAN = ["Kavitha a/p Subramaniam", "Rajesh a/l Kumar", "Suresh a/l Muniandy", "Priya a/p Ramasamy",
             "Ganesan a/l Krishnan", "Devi a/p Nadarajah"]
MS_STREET = ["Ampang", "Bukit Bintang", "Tun Razak", "Raja Laut", "Sultan Ismail", "Kenanga", "Melati", "Mawar",
             "Cempaka", "Damai", "Harmoni", "Setia Jaya", "Bunga Raya", "Kemboja"]

FIL_FIRST = ["Juan", "Jose", "Maria", "Ana", "Mark Anthony", "John Paul", "Kristine", "Jericho", "Rowena", "Marites",
             "Danilo", "Rommel", "Lorna", "Maricel", "Ramon", "Teresita", "Angelica", "Rodel", "Arnel", "Jocelyn"]
FIL_LAST = ["Santos", "Reyes", "Cruz", "Bautista", "Ocampo", "Garcia", "Mendoza", "Torres", "Tomas", "Andrada",
            "Castillo", "Flores", "Villanueva", "Ramos", "Aquino", "Dela Cruz", "Dimaculangan", "Macaraeg",
            "Pangilinan", "Soriano", "Manalo", "Lacson"]
FIL_STREET = ["Sampaguita", "Rizal", "Mabini", "Bonifacio", "Luna", "Del Pilar", "Aguinaldo", "Kamagong", "Narra",
              "Ilang-Ilang", "Katipunan", "Magsaysay"]
FIL_BRGY = ["San Isidro", "Poblacion", "Bagong Silang", "Santo Niño", "San Roque", "Malanday", "Tumana",
            "Bagumbayan", "Pinagbuhatan", "Sta. Lucia"]

ET_FIRST = ["Mart", "Tiit", "Kadri", "Liis", "Jaan", "Peeter", "Marje", "Kristjan", "Triin", "Rasmus", "Kertu",
            "Siim", "Anneli", "Urmas", "Katrin", "Madis", "Piret", "Tõnu", "Ülle", "Aivar"]
ET_LAST = ["Tamm", "Saar", "Sepp", "Mägi", "Kask", "Kukk", "Rebane", "Ilves", "Pärn", "Koppel", "Lepik", "Kaasik",
           "Luik", "Mets", "Oja", "Raudsepp", "Vaher", "Kõiv", "Põder", "Lõhmus"]
ET_STREET = ["Pärnu mnt", "Narva mnt", "Tartu mnt", "Liivalaia", "Mustamäe tee", "Sõpruse pst", "Rüütli",
             "Kalevi", "Pikk", "Lai", "Vabaduse pst", "Riia", "Jõe", "Ringi"]

WEEKDAYS = {
    "fi": ["maanantai", "tiistai", "keskiviikko", "torstai", "perjantai", "lauantai", "sunnuntai"],
    "pt": ["segunda-feira", "terça-feira", "quarta-feira", "quinta-feira", "sexta-feira", "sábado", "domingo"],
    "fil": ["Lunes", "Martes", "Miyerkules", "Huwebes", "Biyernes", "Sabado", "Linggo"],
    "hu": ["hétfő", "kedd", "szerda", "csütörtök", "péntek", "szombat", "vasárnap"],
}
MONTHS = {
    "el": ["Ιανουάριος", "Φεβρουάριος", "Μάρτιος", "Απρίλιος", "Μάιος", "Ιούνιος", "Ιούλιος", "Αύγουστος",
           "Σεπτέμβριος", "Οκτώβριος", "Νοέμβριος", "Δεκέμβριος"],
    "ro": ["ianuarie", "februarie", "martie", "aprilie", "mai", "iunie", "iulie", "august", "septembrie",
           "octombrie", "noiembrie", "decembrie"],
    "sk": ["január", "február", "marec", "apríl", "máj", "jún", "júl", "august", "september", "október",
           "november", "december"],
}


def _email(g: Gen, first: str, last: str, domains: list[str]) -> str:
    """An e-mail from Latin-script name parts, else a handle of letters and digits."""
    clean = lambda s: "".join(ch for ch in s.lower() if ch in string.ascii_lowercase)
    a, b = clean(first), clean(last)
    if not a or not b:
        a, b = g.code("AAAAA").lower(), str(g.rnd.randint(10, 9999))
    shape = g.rnd.randrange(4)
    local = [f"{a}.{b}", f"{a[0]}{b}", f"{a}_{b}{g.rnd.randint(1, 99)}", f"{b}.{a[0]}"][shape]
    return f"{local}@{g.rnd.choice(domains)}"


def _username(g: Gen, first: str, last: str) -> str:
    clean = lambda s: "".join(ch for ch in s.lower() if ch in string.ascii_lowercase) or g.code("AAAA").lower()
    return g.rnd.choice([f"{clean(first)}{clean(last)[:3]}{g.rnd.randint(1, 99)}", f"{clean(first)[0]}{clean(last)}",
                         f"{clean(last)}_{g.rnd.randint(70, 99)}", f"{clean(first)}.{clean(last)}"])


def _tracking(g: Gen) -> str:
    return g.rnd.choice([g.code("1Z999A99999999999A"), g.code("AA999999999") + g.rnd.choice(["BR", "FI", "HU", "RO"]),
                         g.code("JD99999999999999999")])


def _sku(g: Gen) -> str:
    return g.code(g.rnd.choice(["AAA-9999-AA", "AA99999", "9999-AAA-99"]))


def _version(g: Gen) -> str:
    return f"{g.rnd.randint(0, 9)}.{g.rnd.randint(0, 30)}.{g.rnd.randint(0, 200)}"


# -- tables ---------------------------------------------------------------------------------------------------------


def ko_clinic(g: Gen) -> Table:
    f = g.fake("ko_KR")
    births = g.births(1935, 2004)
    names = [f.name() for _ in range(g.rows)]
    doctors = [f.name() for _ in range(12)]
    return Table("jinryo.환자", "ko", "none", [
        _c("환자번호", N, "BIGINT", g.keys(500_000), "decoy"),
        _c("성명", "person_name", "VARCHAR", names),
        _c("주민등록번호", "national_id", "VARCHAR", [kr_rrn(g, d) for d in births]),
        _c("생년월일", "date_of_birth", "VARCHAR",
           [d.strftime("%Y.%m.%d") if g.rnd.random() < 0.5 else f"{d.year}년 {d.month}월 {d.day}일" for d in births]),
        _c("휴대전화", "phone", "VARCHAR", g.col(lambda: g.phone("KR"))),
        _c("이메일", "email", "VARCHAR",
           g.col(lambda: _email(g, "", "", ["naver.com", "daum.net", "gmail.com", "kakao.com"]))),
        _c("주소", "street_address", "VARCHAR", g.col(f.address)),
        _c("우편번호", "postal_code", "VARCHAR", g.col(f.postcode)),
        _c("시군구", "city", "VARCHAR", g.col(g.pick(CITIES["ko"]))),
        _c("진료일시", N, "TIMESTAMP", g.moments("2025-01-01", 300), "decoy"),
        _c("진료과", N, "VARCHAR", g.col(g.pick(["내과", "외과", "소아과", "정형외과", "피부과", "안과"])), "decoy"),
        _c("진료비", N, "DOUBLE", g.amounts(5_000, 450_000), "decoy"),
        _c("보험여부", N, "VARCHAR", g.yn(), "decoy"),
        _c("담당의사", "person_name", "VARCHAR", g.col(g.pick(doctors))),
        _c("병원사업자번호", N, "VARCHAR", g.col(lambda: kr_brn(g)), "decoy", "business"),
        _c("보호자연락처", "phone", "VARCHAR", g.col(lambda: g.phone("KR", "intl"), nulls=0.8), "null_heavy"),
        _c("메모", "free_text", "VARCHAR",
           g.col(lambda: f"{g.rnd.choice(names)} 환자 보호자 {f.name()} 연락처 {g.phone('KR')}, 다음 주 재방문 예정",
                 nulls=0.7), "null_heavy"),
    ])


def hi_insurance(g: Gen) -> Table:
    f = g.fake("hi_IN")
    firsts, lasts = g.people("hi_IN")
    births = g.births(1950, 2003)
    return Table("bima.ग्राहक", "hi", "snake", [
        _c("ग्राहक_आईडी", N, "INTEGER", g.keys(10_001), "decoy"),
        _c("पहला_नाम", "first_name", "VARCHAR", firsts),
        _c("कुलनाम", "last_name", "VARCHAR", lasts),
        _c("आधार_संख्या", "national_id", "VARCHAR", g.col(lambda: in_aadhaar(g))),
        _c("पैन_नंबर", "national_id", "VARCHAR", g.col(lambda: in_pan(g))),
        _c("मोबाइल", "phone", "VARCHAR", g.col(lambda: g.phone("IN", g.rnd.choice(["national", "e164"])))),
        _c("ईमेल", "email", "VARCHAR",
           g.col(lambda: _email(g, "", "", ["gmail.com", "rediffmail.com", "yahoo.co.in"]))),
        _c("जन्म_तिथि", "date_of_birth", "VARCHAR", [d.strftime("%d-%m-%Y") for d in births]),
        _c("पता", "street_address", "VARCHAR", g.col(f.street_address)),
        _c("पिनकोड", "postal_code", "VARCHAR", g.col(lambda: g.digits(6))),
        _c("शहर", "city", "VARCHAR", g.col(g.pick(CITIES["hi"]))),
        _c("पॉलिसी_संख्या", N, "VARCHAR", g.col(lambda: g.code("LIC/9999/99999999")), "decoy"),
        _c("प्रीमियम_राशि", N, "DOUBLE", g.amounts(1_200, 95_000), "decoy"),
        _c("नवीनीकरण_तिथि", N, "DATE", g.days("2025-01-01", "2027-12-31"), "decoy"),
        _c("स्थिति", N, "VARCHAR", g.col(g.pick(["सक्रिय", "समाप्त", "लंबित"])), "decoy"),
        _c("नामांकित_व्यक्ति", "person_name", "VARCHAR", g.col(f.name, nulls=0.75), "null_heavy"),
    ])


def ro_hr(g: Gen) -> Table:
    f = g.fake("ro_RO")
    women = [g.rnd.random() < 0.5 for _ in range(g.rows)]
    births = g.births(1958, 2004)
    firsts = [f.first_name_female() if w else f.first_name_male() for w in women]
    lasts = [f.last_name() for _ in range(g.rows)]
    return Table("rh.angajati", "ro", "snake+abbrev", [
        _c("ang_id", N, "INTEGER", g.keys(1), "decoy"),
        _c("nume", "last_name", "VARCHAR", lasts),
        _c("prenume", "first_name", "VARCHAR", firsts),
        _c("cnp", "national_id", "VARCHAR", [ro_cnp(g, d, w) for d, w in zip(births, women)]),
        _c("data_nasterii", "date_of_birth", "DATE", births),
        _c("tel_mobil", "phone", "VARCHAR", g.col(lambda: g.phone("RO", "intl"))),
        _c("email_pers", "email", "VARCHAR",
           [_email(g, a, b, ["yahoo.ro", "gmail.com", "email.ro"]) for a, b in zip(firsts, lasts)]),
        _c("adresa_dom", "street_address", "VARCHAR", g.col(f.street_address), "abbrev"),
        _c("cod_postal", "postal_code", "VARCHAR", g.col(f.postcode)),
        _c("localitate", "city", "VARCHAR", g.col(g.pick(CITIES["ro"]))),
        _c("iban_salariu", "iban", "VARCHAR", g.col(lambda: iban(g, "RO", "AAAA9999999999999999"))),
        _c("data_angajarii", N, "DATE", g.days("2008-01-01", "2026-06-30"), "decoy"),
        _c("functie", N, "VARCHAR", g.col(g.pick(["inginer", "contabil", "operator", "manager", "tehnician"])),
           "decoy"),
        _c("salariu_brut", N, "DECIMAL(12,2)", g.amounts(4_000, 25_000), "decoy"),
        _c("cui_angajator", N, "VARCHAR", g.col(lambda: ro_cui(g)), "decoy", "business"),
        _c("luna_plata", N, "VARCHAR", g.col(g.pick(MONTHS["ro"])), "decoy"),
        _c("tel_fix", "phone", "VARCHAR", g.col(lambda: g.phone("RO"), nulls=0.85), "null_heavy"),
    ])


def hu_webshop(g: Gen) -> Table:
    f = g.fake("hu_HU")
    warehouses = [(f.street_address(), f.postcode(), c) for c in ["Budapest", "Győr", "Debrecen"]]
    depot = [g.rnd.choice(warehouses) for _ in range(g.rows)]
    return Table("webshop.rendelesek", "hu", "camel", [
        _c("rendelesId", N, "BIGINT", g.keys(7_000_000), "decoy"),
        _c("rendelesSzam", N, "VARCHAR", g.col(lambda: g.code("WS-2026-999999")), "decoy"),
        _c("vevoNev", "person_name", "VARCHAR", g.col(f.name)),
        _c("vevoEmail", "email", "VARCHAR",
           g.col(lambda: _email(g, f.first_name(), f.last_name(), ["freemail.hu", "citromail.hu", "gmail.com"]))),
        _c("telefonszam", "phone", "VARCHAR", g.col(lambda: g.phone("HU"))),
        _c("szallitasiCim", "street_address", "VARCHAR", g.col(f.street_address)),
        _c("iranyitoszam", "postal_code", "VARCHAR", g.col(lambda: g.digits(4))),
        _c("telepules", "city", "VARCHAR", g.col(g.pick(CITIES["hu"]))),
        _c("termekNev", N, "VARCHAR",
           g.col(g.pick(["Kávéfőző", "Porszívó", "Laptop táska", "Futócipő", "Okosóra", "Turmixgép"])), "decoy"),
        _c("cikkszam", N, "VARCHAR", g.col(lambda: _sku(g)), "decoy"),
        _c("osszegHuf", N, "DOUBLE", g.amounts(1_990, 389_000), "decoy"),
        _c("fizetesMod", N, "VARCHAR", g.col(g.pick(["kartya", "utanvet", "atutalas"])), "decoy"),
        _c("kartyaszam", "credit_card", "VARCHAR", g.col(lambda: card(g), nulls=0.4)),
        _c("nyomkovetesiSzam", N, "VARCHAR", g.col(lambda: _tracking(g)), "decoy"),
        _c("raktarCim", N, "VARCHAR", [d[0] for d in depot], "business"),
        _c("raktarIranyitoszam", N, "VARCHAR", [d[1] for d in depot], "business"),
        _c("raktarVaros", N, "VARCHAR", [d[2] for d in depot], "business"),
        _c("cegAdoszam", N, "VARCHAR", g.col(lambda: hu_anum(g)), "decoy", "business"),
        _c("rogzitve", N, "TIMESTAMP", g.moments("2026-01-01", 330), "decoy"),
        _c("kiszallitasNapja", N, "VARCHAR", g.col(g.pick(WEEKDAYS["hu"])), "decoy"),
    ])


def fi_library(g: Gen) -> Table:
    f = g.fake("fi_FI")
    births = g.births(1930, 2012)
    firsts, lasts = g.people("fi_FI")
    return Table("kirjasto.LAINAAJAT", "fi", "screaming", [
        _c("LAINAAJA_ID", N, "INTEGER", g.keys(300), "decoy"),
        _c("ETUNIMI", "first_name", "VARCHAR", firsts),
        _c("SUKUNIMI", "last_name", "VARCHAR", lasts),
        _c("HENKILOTUNNUS", "national_id", "VARCHAR", [fi_hetu(g, d) for d in births]),
        _c("SYNTYMAPAIVA", "date_of_birth", "VARCHAR", [f"{d.day}.{d.month}.{d.year}" for d in births]),
        _c("KATUOSOITE", "street_address", "VARCHAR", g.col(f.street_address)),
        _c("POSTINUMERO", "postal_code", "VARCHAR", g.col(lambda: g.digits(5, "0123456789"))),
        _c("POSTITOIMIPAIKKA", "city", "VARCHAR", g.col(g.pick(CITIES["fi"]))),
        _c("PUHELIN", "phone", "VARCHAR", g.col(lambda: g.phone("FI"))),
        _c("SAHKOPOSTI", "email", "VARCHAR",
           [_email(g, a, b, ["gmail.com", "outlook.com", "luukku.com"]) for a, b in zip(firsts, lasts)]),
        _c("KIRJASTOKORTTI", N, "VARCHAR", g.col(lambda: "2" + g.digits(13, string.digits)), "decoy"),
        _c("LAINAUSPVM", N, "DATE", g.days("2026-01-01", "2026-11-30"), "decoy"),
        _c("ERAPAIVA", N, "DATE", g.days("2026-02-01", "2026-12-31"), "decoy"),
        _c("NOUTOPAIVA", N, "VARCHAR", g.col(g.pick(WEEKDAYS["fi"])), "decoy"),
        _c("MAKSUT_EUR", N, "DOUBLE", g.amounts(0, 40), "decoy"),
        _c("HUOLTAJA", "person_name", "VARCHAR", g.col(f.name, nulls=0.85), "null_heavy"),
        _c("HUOMAUTUKSET", "free_text", "VARCHAR",
           g.col(lambda: f"Lainaaja {f.name()} soitti numerosta {g.phone('FI')}, kirja palautetaan myöhässä.",
                 nulls=0.8), "null_heavy"),
    ])


def el_payroll(g: Gen) -> Table:
    f = g.fake("el_GR")
    births = g.births(1955, 2003)
    firsts, lasts = g.people("el_GR")
    return Table("misthodosia.ypalliloi", "el", "snake", [
        _c("κωδικος_υπαλληλου", N, "INTEGER", g.keys(9_000), "decoy"),
        _c("ονομα", "first_name", "VARCHAR", firsts),
        _c("επωνυμο", "last_name", "VARCHAR", lasts),
        _c("αμκα", "ssn", "VARCHAR", [gr_amka(g, d) for d in births]),
        _c("αφμ", "national_id", "VARCHAR", g.col(lambda: gr_afm(g))),
        _c("ημερα_γεννησης", "date_of_birth", "INTEGER", [d.day for d in births]),
        _c("μηνας_γεννησης", "date_of_birth", "INTEGER", [d.month for d in births]),
        _c("ετος_γεννησης", "date_of_birth", "INTEGER", [d.year for d in births]),
        _c("κινητο", "phone", "VARCHAR", g.col(lambda: g.phone("GR", "e164"))),
        _c("email", "email", "VARCHAR", g.col(lambda: _email(g, "", "", ["otenet.gr", "gmail.com", "yahoo.gr"])),
           "lang:en"),
        _c("διευθυνση", "street_address", "VARCHAR", g.col(f.street_address)),
        _c("ταχ_κωδικας", "postal_code", "VARCHAR", g.col(lambda: f"{g.digits(3)} {g.digits(2, string.digits)}")),
        _c("πολη", "city", "VARCHAR", g.col(g.pick(CITIES["el"]))),
        _c("μηνας_πληρωμης", N, "VARCHAR", g.col(g.pick(MONTHS["el"])), "decoy"),
        _c("ποσο_ευρω", N, "DOUBLE", g.amounts(700, 4_800), "decoy"),
        _c("τμημα", N, "VARCHAR", g.col(g.pick(["Λογιστήριο", "Πωλήσεις", "Αποθήκη", "Διοίκηση"])), "decoy"),
        _c("ιβαν", "iban", "VARCHAR", g.col(lambda: iban(g, "GR", "99999999999999999999999"))),
    ])


def _jalali(d: date, g: Gen) -> str:
    month = g.rnd.randint(1, 12)
    day = g.rnd.randint(1, 31 if month <= 6 else 30 if month <= 11 else 29)
    return f"{d.year - 621}/{month:02d}/{day:02d}"


def fa_bank(g: Gen) -> Table:
    f = g.fake("fa_IR")
    births = g.births(1945, 2004)
    firsts, lasts = g.people("fa_IR")
    branches = ["شعبه مرکزی", "شعبه ونک", "شعبه انقلاب", "شعبه سعادت آباد"]
    return Table("bank.مشتریان", "fa", "snake", [
        _c("شناسه_مشتری", N, "BIGINT", g.keys(88_000_000), "decoy"),
        _c("نام", "first_name", "VARCHAR", firsts),
        _c("نام_خانوادگی", "last_name", "VARCHAR", lasts),
        _c("کد_ملی", "national_id", "VARCHAR", g.col(lambda: ir_melli(g))),
        _c("تاریخ_تولد", "date_of_birth", "VARCHAR", [_jalali(d, g) for d in births]),
        _c("تلفن_همراه", "phone", "VARCHAR", g.col(lambda: g.phone("IR"))),
        _c("ایمیل", "email", "VARCHAR", g.col(lambda: _email(g, "", "", ["gmail.com", "yahoo.com", "chmail.ir"]))),
        _c("شماره_کارت", "credit_card", "VARCHAR", g.col(lambda: card(g))),
        _c("شبا", "iban", "VARCHAR", g.col(lambda: iban(g, "IR", "0999999999999999999999"))),
        _c("آدرس", "street_address", "VARCHAR", g.col(f.street_address)),
        _c("کد_پستی", "postal_code", "VARCHAR", g.col(lambda: g.digits(10))),
        _c("شهر", "city", "VARCHAR", g.col(g.pick(CITIES["fa"]))),
        _c("شماره_تراکنش", N, "VARCHAR", g.col(lambda: g.digits(12)), "decoy"),
        _c("مبلغ_ریال", N, "BIGINT", g.ints(100_000, 900_000_000), "decoy"),
        _c("نام_شعبه", N, "VARCHAR", g.col(g.pick(branches)), "decoy", "business"),
        _c("تاریخ_ثبت", N, "TIMESTAMP", g.moments("2024-03-20", 600), "decoy"),
    ])


def _ms_name(g: Gen) -> str:
    roll = g.rnd.random()
    if roll < 0.2:
        return g.rnd.choice(MS_CHINESE)
    if roll < 0.3:
        return g.rnd.choice(MS_INDIAN)
    first = g.rnd.choice(MS_FIRST)
    link = "binti" if first in {"Nurul", "Siti", "Aisyah", "Farah", "Syafiqah", "Hidayah", "Izzati", "Norazlina",
                                "Faridah", "Aminah"} else "bin"
    return f"{first} {link} {g.rnd.choice(MS_FATHER)}"


def ms_members(g: Gen) -> Table:
    births = g.births(1950, 2005)
    names = g.col(lambda: _ms_name(g))
    branch = [(f"Lot {g.rnd.randint(1, 40)}, Jalan {g.rnd.choice(MS_STREET)}", g.digits(5, "456789"))
              for _ in range(4)]
    shop = [g.rnd.choice(branch) for _ in range(g.rows)]
    return Table("kedai.ahli_pelanggan", "ms", "snake+abbrev", [
        _c("id_ahli", N, "INTEGER", g.keys(40_000), "decoy"),
        _c("nama_penuh", "person_name", "VARCHAR", names),
        _c("no_kp", "national_id", "VARCHAR", [my_nric(g, d) for d in births], "abbrev"),
        _c("tarikh_lahir", "date_of_birth", "DATE", births),
        _c("no_tel_bimbit", "phone", "VARCHAR", g.col(lambda: g.phone("MY", g.rnd.choice(["national", "intl"])))),
        _c("emel", "email", "VARCHAR", g.col(lambda: _email(g, g.rnd.choice(MS_FIRST), g.rnd.choice(MS_FATHER),
                                                            ["gmail.com", "yahoo.com.my", "hotmail.my"]))),
        _c("alamat_rumah", "street_address", "VARCHAR",
           g.col(lambda: f"No. {g.rnd.randint(1, 120)}, Jalan {g.rnd.choice(MS_STREET)} {g.rnd.randint(1, 12)}")),
        _c("poskod", "postal_code", "VARCHAR", g.col(lambda: g.digits(5, "123456789"))),
        _c("bandar", "city", "VARCHAR", g.col(g.pick(CITIES["ms"]))),
        _c("no_ahli", N, "VARCHAR", g.col(lambda: g.code("MB9999999")), "decoy"),
        _c("mata_ganjaran", N, "INTEGER", g.ints(0, 25_000), "decoy"),
        _c("tarikh_daftar", N, "TIMESTAMP", g.moments("2019-01-01", 2_500), "decoy"),
        _c("alamat_cawangan", N, "VARCHAR", [s[0] for s in shop], "business"),
        _c("poskod_cawangan", N, "VARCHAR", [s[1] for s in shop], "business"),
        _c("status_aktif", N, "VARCHAR", g.yn("Y", "T", 0.7), "decoy"),
        _c("no_tel_pejabat", "phone", "VARCHAR", g.col(lambda: g.phone("MY", "e164"), nulls=0.9), "null_heavy"),
    ])


def fil_clinic(g: Gen) -> Table:
    births = g.births(1940, 2020)
    firsts = g.col(g.pick(FIL_FIRST))
    lasts = g.col(g.pick(FIL_LAST))
    doctors = [f"Dr. {g.rnd.choice(FIL_FIRST)} {g.rnd.choice(FIL_LAST)}" for _ in range(8)]
    return Table("ospital.mga_pasyente", "fil", "snake", [
        _c("numero_ng_pasyente", N, "INTEGER", g.keys(2_000), "decoy"),
        _c("pangalan", "first_name", "VARCHAR", firsts),
        _c("gitnang_pangalan", "person_name", "VARCHAR", g.col(g.pick(FIL_LAST), nulls=0.2)),
        _c("apelyido", "last_name", "VARCHAR", lasts),
        _c("kaarawan", "date_of_birth", "VARCHAR", [d.strftime("%m/%d/%Y") for d in births]),
        _c("numero_ng_telepono", "phone", "VARCHAR", g.col(lambda: g.phone("PH"))),
        _c("email", "email", "VARCHAR",
           [_email(g, a, b, ["gmail.com", "yahoo.com.ph"]) for a, b in zip(firsts, lasts)], "lang:en"),
        _c("tirahan", "street_address", "VARCHAR",
           g.col(lambda: f"{g.rnd.randint(1, 300)} {g.rnd.choice(FIL_STREET)} St., Brgy. {g.rnd.choice(FIL_BRGY)}")),
        _c("lungsod", "city", "VARCHAR", g.col(g.pick(CITIES["fil"]))),
        _c("zip_code", "postal_code", "VARCHAR", g.col(lambda: g.digits(4)), "lang:en"),
        _c("numero_ng_kuwarto", N, "VARCHAR", g.col(lambda: g.code("9-99A")), "decoy"),
        _c("petsa_ng_pagpasok", N, "DATE", g.days("2026-01-01", "2026-11-30"), "decoy"),
        _c("araw_ng_pagbisita", N, "VARCHAR", g.col(g.pick(WEEKDAYS["fil"])), "decoy"),
        _c("doktor", "person_name", "VARCHAR", g.col(g.pick(doctors))),
        _c("halaga", N, "DOUBLE", g.amounts(500, 150_000), "decoy"),
        _c("tala", "free_text", "VARCHAR",
           g.col(lambda: f"Kasama ng pasyente ang asawa na si {g.rnd.choice(FIL_FIRST)} {g.rnd.choice(FIL_LAST)}, "
                         f"tawagan sa {g.phone('PH')} kung may pagbabago.", nulls=0.75), "null_heavy"),
    ])


def pt_shop(g: Gen) -> Table:
    f = g.fake("pt_BR")
    births = g.births(1948, 2006)
    firsts, lasts = g.people("pt_BR")
    return Table("loja.ClientesCadastro", "pt", "pascal", [
        _c("ClienteId", N, "BIGINT", g.keys(1_000_000), "decoy"),
        _c("NomeCompleto", "person_name", "VARCHAR", [f"{a} {b}" for a, b in zip(firsts, lasts)]),
        _c("Cpf", "national_id", "VARCHAR", g.col(lambda: br_cpf(g))),
        _c("DataNascimento", "date_of_birth", "INTEGER", [int(d.strftime("%Y%m%d")) for d in births]),
        _c("Celular", "phone", "VARCHAR", g.col(lambda: g.phone("BR", "intl"))),
        _c("Email", "email", "VARCHAR",
           [_email(g, a, b, ["uol.com.br", "gmail.com", "bol.com.br", "hotmail.com"]) for a, b in zip(firsts, lasts)]),
        _c("Logradouro", "street_address", "VARCHAR", g.col(f.street_name)),
        _c("Numero", "street_address", "INTEGER", g.ints(1, 3_500)),
        _c("Cep", "postal_code", "VARCHAR", g.col(lambda: f"{g.digits(5)}-{g.digits(3, string.digits)}")),
        _c("Cidade", "city", "VARCHAR", g.col(g.pick(CITIES["pt"]))),
        _c("Uf", N, "VARCHAR", g.col(g.pick(["SP", "RJ", "MG", "BA", "PR", "RS", "PE", "CE"])), "decoy"),
        _c("CnpjLoja", N, "VARCHAR", g.col(lambda: br_cnpj(g)), "decoy", "business"),
        _c("NumeroPedido", N, "VARCHAR", g.col(lambda: g.digits(10)), "decoy"),
        _c("CodigoRastreio", N, "VARCHAR", g.col(lambda: g.code("AA999999999BR")), "decoy"),
        _c("ValorTotal", N, "DECIMAL(12,2)", g.amounts(9.9, 4_999), "decoy"),
        _c("DiaEntrega", N, "VARCHAR", g.col(g.pick(WEEKDAYS["pt"])), "decoy"),
        _c("RecebeOfertas", N, "VARCHAR", g.yn("S", "N"), "decoy"),
        _c("CpfDependente", "national_id", "VARCHAR", g.col(lambda: br_cpf(g, masked=False), nulls=0.8),
           "null_heavy"),
    ])


def no_travel(g: Gen) -> Table:
    f = g.fake("no_NO")
    births = g.births(1930, 1999)
    firsts, lasts = g.people("no_NO")
    return Table("helse.pasientreiser", "no", "snake+abbrev", [
        _c("reise_id", N, "INTEGER", g.keys(55_000), "decoy"),
        _c("fnr", "national_id", "VARCHAR", [no_fnr(g, d) for d in births], "abbrev"),
        _c("fornavn", "first_name", "VARCHAR", firsts),
        _c("etternavn", "last_name", "VARCHAR", lasts),
        _c("fdato", "date_of_birth", "VARCHAR", [d.strftime("%d.%m.%Y") for d in births], "abbrev"),
        _c("mobilnr", "phone", "VARCHAR", g.col(lambda: g.phone("NO", "digits"))),
        _c("epost", "email", "VARCHAR",
           [_email(g, a, b, ["online.no", "gmail.com", "hotmail.no"]) for a, b in zip(firsts, lasts)]),
        _c("gateadresse", "street_address", "VARCHAR", g.col(f.street_name)),
        _c("husnr", "street_address", "VARCHAR",
           g.col(lambda: f"{g.rnd.randint(1, 160)}{g.rnd.choice(['', '', '', 'A', 'B'])}"), "abbrev"),
        _c("postnr", "postal_code", "VARCHAR", g.col(lambda: g.digits(4, "0123456789")), "abbrev"),
        _c("poststed", "city", "VARCHAR", g.col(g.pick(CITIES["no"]))),
        _c("kontonr_iban", "iban", "VARCHAR", g.col(lambda: iban(g, "NO", "99999999999"))),
        _c("transportor_orgnr", N, "VARCHAR", g.col(lambda: no_orgnr(g)), "decoy", "business"),
        _c("reisedato", N, "DATE", g.days("2025-06-01", "2026-11-30"), "decoy"),
        _c("avstand_km", N, "DOUBLE", g.amounts(2, 600), "decoy"),
        _c("app_versjon", N, "VARCHAR", g.col(lambda: _version(g)), "decoy"),
        _c("registrert_av", USERNAME, "VARCHAR",
           g.col(g.pick([_username(g, f.first_name(), f.last_name()) for _ in range(25)])), "username"),
    ])


def et_shop(g: Gen) -> Table:
    women = [g.rnd.random() < 0.5 for _ in range(g.rows)]
    births = g.births(1945, 2005)
    firsts = g.col(g.pick(ET_FIRST))
    lasts = g.col(g.pick(ET_LAST))
    stores = [(f"{g.rnd.choice(ET_STREET)} {g.rnd.randint(1, 90)}", c) for c in ["Tallinn", "Tartu", "Pärnu"]]
    store = [g.rnd.choice(stores) for _ in range(g.rows)]
    return Table("pood.kliendid", "et", "camel", [
        _c("kliendiId", N, "INTEGER", g.keys(77_000), "decoy"),
        _c("isikukood", "national_id", "VARCHAR", [ee_ik(g, d, w) for d, w in zip(births, women)]),
        _c("eesnimi", "first_name", "VARCHAR", firsts),
        _c("perekonnanimi", "last_name", "VARCHAR", lasts),
        _c("synniaeg", "date_of_birth", "DATE", births),
        _c("telefon", "phone", "VARCHAR", g.col(lambda: g.phone("EE", g.rnd.choice(["national", "e164"])))),
        _c("epost", "email", "VARCHAR",
           [_email(g, a, b, ["mail.ee", "gmail.com", "hot.ee"]) for a, b in zip(firsts, lasts)]),
        _c("aadress", "street_address", "VARCHAR",
           g.col(lambda: f"{g.rnd.choice(ET_STREET)} {g.rnd.randint(1, 150)}-{g.rnd.randint(1, 60)}")),
        _c("postiindeks", "postal_code", "VARCHAR", g.col(lambda: g.digits(5))),
        _c("linn", "city", "VARCHAR", g.col(g.pick(CITIES["et"]))),
        _c("pangakonto", "iban", "VARCHAR", g.col(lambda: iban(g, "EE", "9999999999999999"))),
        _c("kliendikaart", N, "VARCHAR", g.col(lambda: "PK" + g.digits(10, string.digits)), "decoy"),
        _c("ostuSumma", N, "DOUBLE", g.amounts(1, 900), "decoy"),
        _c("ostuAeg", N, "TIMESTAMP", g.moments("2026-01-01", 330), "decoy"),
        _c("kaupluseAadress", N, "VARCHAR", [s[0] for s in store], "business"),
        _c("kaupluseLinn", N, "VARCHAR", [s[1] for s in store], "business"),
        _c("kaupluseRegistrikood", N, "VARCHAR", g.col(lambda: ee_regkood(g)), "decoy", "business"),
    ])


def sk_hr_contracts(g: Gen) -> Table:
    sk, hr = g.fake("sk_SK"), g.fake("hr_HR")
    women = [g.rnd.random() < 0.5 for _ in range(g.rows)]
    births = g.births(1954, 2004)
    return Table("zmluvy.Ugovori_Zmluvy", "sk", "mixed", [
        _c("cislo_zmluvy", N, "VARCHAR", g.col(lambda: g.code("ZM/2026/99999")), "decoy"),
        _c("meno", "first_name", "VARCHAR", [sk.first_name_female() if w else sk.first_name_male() for w in women]),
        _c("priezvisko", "last_name", "VARCHAR", [sk.last_name_female() if w else sk.last_name_male()
                                                   for w in women]),
        _c("rodne_cislo", "national_id", "VARCHAR", [sk_rc(g, d, w, slash=g.rnd.random() < 0.6)
                                                     for d, w in zip(births, women)]),
        _c("dat_nar", "date_of_birth", "VARCHAR", [f"{d.day}. {d.month}. {d.year}" for d in births], "abbrev"),
        _c("tel_c", "phone", "VARCHAR", g.col(lambda: g.phone("SK")), "abbrev"),
        _c("ulica", "street_address", "VARCHAR", g.col(sk.street_address)),
        _c("psc", "postal_code", "VARCHAR", g.col(lambda: f"{g.digits(3, '0123456789')} {g.digits(2, string.digits)}")),
        _c("obec", "city", "VARCHAR", g.col(g.pick(CITIES["sk"]))),
        _c("iban_klienta", "iban", "VARCHAR", g.col(lambda: iban(g, "SK", "99999999999999999999"))),
        _c("ic_dph_dodavatela", N, "VARCHAR", g.col(lambda: sk_dph(g)), "decoy", "business"),
        _c("mesiac_splatnosti", N, "VARCHAR", g.col(g.pick(MONTHS["sk"])), "decoy"),
        _c("DatumUgovora", N, "DATE", g.days("2020-01-01", "2026-10-31"), "decoy", "lang:hr"),
        _c("OIB_Jamca", "national_id", "VARCHAR", g.col(lambda: hr_oib(g), nulls=0.75), "null_heavy", "lang:hr"),
        _c("ImeJamca", "person_name", "VARCHAR", g.col(hr.name, nulls=0.75), "null_heavy", "lang:hr"),
        _c("MobitelJamca", "phone", "VARCHAR", g.col(lambda: g.phone("HR", "intl"), nulls=0.75), "null_heavy",
           "lang:hr"),
        _c("AdresaJamca", "street_address", "VARCHAR", g.col(hr.street_address, nulls=0.75), "null_heavy",
           "lang:hr"),
        _c("GradJamca", "city", "VARCHAR", g.col(g.pick(CITIES["hr"]), nulls=0.75), "null_heavy", "lang:hr"),
        _c("IznosEur", N, "DECIMAL(12,2)", g.amounts(100, 50_000), "decoy", "lang:hr"),
        _c("VrstaUgovora", N, "VARCHAR", g.col(g.pick(["kredit", "leasing", "osiguranje"])), "decoy", "lang:hr"),
    ])


def en_customers(g: Gen) -> Table:
    f = g.fake("en_US")
    births = g.births(1938, 2006)
    firsts, lasts = g.people("en_US")
    return Table("sales.cst_acct", "en", "snake+abbrev", [
        _c("cst_sk", N, "BIGINT", g.keys(90_000_000), "decoy"),
        _c("cst_fn", "first_name", "VARCHAR", firsts, "abbrev"),
        _c("cst_ln", "last_name", "VARCHAR", lasts, "abbrev"),
        _c("cst_eml", "email", "VARCHAR",
           [_email(g, a, b, ["gmail.com", "yahoo.com", "outlook.com", "icloud.com"]) for a, b in zip(firsts, lasts)],
           "abbrev"),
        _c("cst_ph", "phone", "VARCHAR", g.col(lambda: g.phone("US", g.rnd.choice(["national", "e164"]))), "abbrev"),
        _c("cst_tin", "ssn", "VARCHAR", g.col(lambda: us_ssn_(g, dashes=False)), "abbrev"),
        _c("cst_dob_y", "date_of_birth", "INTEGER", [d.year for d in births], "abbrev"),
        _c("cst_dob_m", "date_of_birth", "INTEGER", [d.month for d in births], "abbrev"),
        _c("cst_dob_d", "date_of_birth", "INTEGER", [d.day for d in births], "abbrev"),
        _c("cst_addr1", "street_address", "VARCHAR", g.col(f.street_address), "abbrev"),
        _c("cst_zip", "postal_code", "VARCHAR", g.col(f.zipcode), "abbrev"),
        _c("cst_cty", "city", "VARCHAR", g.col(g.pick(CITIES["en"])), "abbrev"),
        _c("cst_st", N, "VARCHAR", g.col(f.state_abbr), "decoy", "abbrev"),
        _c("last_login_ip", "ip_address", "VARCHAR", g.col(f.ipv4_public)),
        _c("cst_usr", USERNAME, "VARCHAR", [_username(g, a, b) for a, b in zip(firsts, lasts)], "abbrev", "username"),
        _c("cc_num", "credit_card", "VARCHAR", g.col(lambda: card(g)), "abbrev"),
        _c("addr_sk", N, "BIGINT", g.ints(1, 5_000_000), "decoy"),
        _c("ord_dt", N, "TIMESTAMP", g.moments("2025-01-01", 680), "decoy", "abbrev"),
        _c("is_vip_yn", N, "VARCHAR", g.yn(p=0.1), "decoy"),
        _c("seg_cd", N, "VARCHAR", g.col(g.pick(["RTL", "SMB", "ENT", "EDU"])), "decoy", "abbrev"),
        _c("ltv_usd", N, "DOUBLE", g.amounts(0, 25_000), "decoy"),
        _c("sdk_ver", N, "VARCHAR", g.col(lambda: _version(g)), "decoy"),
        _c("emp_dob", "date_of_birth", "DATE", g.nullify(g.births(1960, 2000), 0.7), "null_heavy", "abbrev"),
    ])


def _firm(name: str) -> str:
    """A company name with its legal form (Faker's German companies are sometimes a bare surname)."""
    return name if " " in name else f"{name} GmbH"


def de_fr_warehouses(g: Gen) -> Table:
    de, fr = g.fake("de_DE"), g.fake("fr_FR")
    return Table("logistik.Lagerstandorte", "de", "pascal", [
        _c("StandortId", N, "INTEGER", g.keys(100), "decoy"),
        _c("Firmenname", N, "VARCHAR",
           g.col(lambda: _firm(de.company())), "decoy"),
        _c("Strasse", N, "VARCHAR", g.col(de.street_address), "business"),
        _c("Plz", N, "VARCHAR", g.col(de.postcode), "business"),
        _c("Ort", N, "VARCHAR", g.col(g.pick(CITIES["de"])), "business"),
        _c("TelefonZentrale", N, "VARCHAR", g.col(lambda: g.phone("DE")), "business"),
        _c("Lagerleiter", "person_name", "VARCHAR", g.col(de.name)),
        _c("LeiterSteuerId", "national_id", "VARCHAR", g.col(lambda: de_idnr(g), nulls=0.78), "null_heavy"),
        _c("KapazitaetPaletten", N, "INTEGER", g.ints(200, 40_000), "decoy"),
        _c("Breitengrad", N, "DOUBLE", [round(g.rnd.uniform(47.3, 54.9), 6) for _ in range(g.rows)], "decoy"),
        _c("Laengengrad", N, "DOUBLE", [round(g.rnd.uniform(5.9, 15.0), 6) for _ in range(g.rows)], "decoy"),
        _c("Inbetriebnahme", N, "DATE", g.days("1975-01-01", "2024-12-31"), "decoy"),
        _c("DokumentSha1", N, "VARCHAR", g.col(lambda: g.sha()[:40]), "decoy"),
        _c("AdresseEntrepot", N, "VARCHAR", g.col(fr.street_address), "business", "lang:fr"),
        _c("CodePostalEntrepot", N, "VARCHAR", g.col(fr.postcode), "business", "lang:fr"),
        _c("VilleEntrepot", N, "VARCHAR", g.col(g.pick(CITIES["fr"])), "business", "lang:fr"),
        _c("NomResponsable", "person_name", "VARCHAR", g.col(fr.name), "lang:fr"),
        _c("NirResponsable", "ssn", "VARCHAR",
           g.col(lambda: fr_nir(g, g.birth(1960, 2000), g.rnd.random() < 0.5), nulls=0.8), "null_heavy", "lang:fr"),
        _c("ActifON", N, "VARCHAR", g.yn("O", "N", 0.9), "decoy", "lang:fr"),
    ])


def opaque_erp(g: Gen) -> Table:
    f, es, fr = g.fake("en_US"), g.fake("es_ES"), g.fake("fr_FR")
    births = g.births(1940, 2004)
    firsts, lasts = g.people("es_ES")
    return Table("stg.src_erp_dump", "en", "opaque", [
        _c("src_erp_c01", N, "BIGINT", g.keys(1), "opaque", "decoy"),
        _c("src_erp_c07", "first_name", "VARCHAR", firsts, "opaque"),
        _c("src_erp_c08", "last_name", "VARCHAR", lasts, "opaque"),
        _c("src_erp_c12", "national_id", "VARCHAR", g.col(lambda: es_dni(g)), "opaque"),
        _c("src_erp_c13", "national_id", "VARCHAR", g.col(lambda: es_nie(g), nulls=0.85), "opaque", "null_heavy"),
        _c("src_erp_c19", "date_of_birth", "INTEGER", [int(d.strftime("%Y%m%d")) for d in births], "opaque"),
        _c("src_erp_c22", "phone", "VARCHAR", g.col(lambda: g.phone("ES", "e164")), "opaque"),
        _c("src_erp_c23", "email", "VARCHAR",
           [_email(g, a, b, ["telefonica.net", "gmail.com", "hotmail.es"]) for a, b in zip(firsts, lasts)], "opaque"),
        _c("src_erp_c30", "street_address", "VARCHAR", g.col(es.street_address), "opaque"),
        _c("src_erp_c31", "postal_code", "VARCHAR", g.col(es.postcode), "opaque"),
        _c("src_erp_c32", "city", "VARCHAR", g.col(g.pick(CITIES["es"])), "opaque"),
        _c("src_erp_c41", "iban", "VARCHAR", g.col(es.iban), "opaque"),
        _c("src_erp_c44", N, "VARCHAR", g.col(lambda: _sku(g)), "opaque", "decoy"),
        _c("src_erp_c45", N, "VARCHAR", g.col(lambda: g.sha()), "opaque", "decoy"),
        _c("src_erp_c50", N, "VARCHAR", g.col(lambda: _version(g)), "opaque", "decoy"),
        _c("attr_03", N, "DOUBLE", [round(g.rnd.uniform(36.0, 43.7), 5) for _ in range(g.rows)], "opaque", "decoy"),
        _c("attr_04", N, "DOUBLE", [round(g.rnd.uniform(-9.2, 3.3), 5) for _ in range(g.rows)], "opaque", "decoy"),
        _c("attr_07", "ip_address", "VARCHAR", g.col(f.ipv6), "opaque"),
        _c("attr_09", "national_id", "VARCHAR", g.col(lambda: de_idnr(g)), "opaque"),
        _c("attr_11", N, "TIMESTAMP", g.moments("2024-01-01", 1_000), "opaque", "decoy"),
        _c("f12", "ssn", "VARCHAR", g.col(lambda: ca_sin(g)), "opaque"),
        _c("f13", "person_name", "VARCHAR", g.col(fr.name), "opaque"),
        _c("f14", N, "VARCHAR", g.col(g.pick(["A", "B", "C", "X"])), "opaque", "decoy"),
        _c("f15", "phone", "VARCHAR", g.col(lambda: g.phone("DE", "intl"), nulls=0.8), "opaque", "null_heavy"),
        _c("f16", N, "INTEGER", g.ints(0, 99), "opaque", "decoy"),
    ])


def misleading_tickets(g: Gen) -> Table:
    f, de, fr = g.fake("en_US"), g.fake("de_DE"), g.fake("fr_FR")
    firsts, lasts = g.people("en_US")
    statuses = ["Ticket closed by agent", "Waiting for customer", "Escalated to tier 2", "Duplicate"]
    return Table("ops.tickets_misc", "en", "misleading", [
        _c("ticket_id", N, "BIGINT", g.keys(3_000_000), "decoy"),
        _c("misc_1", "email", "VARCHAR",
           [_email(g, a, b, ["gmail.com", "aol.com", "comcast.net"]) for a, b in zip(firsts, lasts)]),
        _c("notes2", "free_text", "VARCHAR",
           g.col(lambda: f"Customer {f.name()} called from {g.phone('US')} about a refund; "
                         f"spoke with {f.first_name()} in billing.")),
        _c("code", "national_id", "VARCHAR", g.col(lambda: es_dni(g))),
        _c("ref", "phone", "VARCHAR", g.col(lambda: g.phone("DE"))),
        _c("comment", N, "VARCHAR", g.col(g.pick(statuses)), "decoy"),
        _c("misc_2", "ip_address", "VARCHAR", g.col(f.ipv4)),
        _c("info", "city", "VARCHAR", g.col(g.pick(CITIES["en"] + CITIES["de"]))),
        _c("val", N, "VARCHAR", g.yn(), "decoy"),
        _c("label", N, "VARCHAR", g.col(g.pick(["Router X200", "Modem Pro", "Mesh Kit 3", "Fiber Box"])), "decoy"),
        _c("data", "date_of_birth", "VARCHAR", [d.strftime("%m/%d/%Y") for d in g.births(1945, 2004)]),
        _c("extra", "street_address", "VARCHAR", g.col(de.street_address)),
        _c("owner", USERNAME, "VARCHAR", [_username(g, a, b) for a, b in zip(firsts, lasts)], "username"),
        _c("tmp", "last_name", "VARCHAR", g.col(fr.last_name)),
        _c("status", N, "VARCHAR", g.col(g.pick(["open", "pending", "closed"])), "decoy"),
        _c("created", N, "TIMESTAMP", g.moments("2026-01-01", 330), "decoy"),
        _c("x", "ssn", "VARCHAR", g.col(lambda: us_ssn_(g, dashes=True), nulls=0.9), "null_heavy"),
        _c("observaciones", "free_text", "VARCHAR",
           g.col(lambda: f"La clienta {g.fake('es_ES').name()} pidió que la llamen al {g.phone('ES')} por la tarde.",
                 nulls=0.7), "null_heavy", "lang:es"),
    ])


#: (builder, rows): every table of the set, its row count fixed
BUILDERS: list[tuple[Callable[[Gen], Table], int]] = [
    (ko_clinic, 640), (hi_insurance, 900), (ro_hr, 450), (hu_webshop, 1_500), (fi_library, 380),
    (el_payroll, 520), (fa_bank, 300), (ms_members, 760), (fil_clinic, 240), (pt_shop, 1_100), (no_travel, 330),
    (et_shop, 270), (sk_hr_contracts, 410), (en_customers, 1_700), (de_fr_warehouses, 200), (opaque_erp, 2_000),
    (misleading_tickets, 1_200),
]


def tables() -> list[Table]:
    """Every table of the set, generated from :data:`SEED` (same values on every run)."""
    return [make(Gen(make.__name__, rows)) for make, rows in BUILDERS]


def build(path: Path) -> list[Table]:
    """Write every table into the DuckDB file ``path`` (replaced) and return the tables."""
    return heldout_v4.write_tables(path, tables())


summary = heldout_v4.summary


if __name__ == "__main__":
    target = Path(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT_PATH
    print(f"built {summary(build(target))} into {target}")
