"""Held-out set v7 for the column classifier: 27 tables in new domains, countries, identifiers and scripts.

Written **blind**, like v2 to v6: by someone who has read neither the classifier (``governance_dagster/detect/``)
nor its vocabulary (``governance_dagster/rules.py``) nor its documentation, only the list of kind names
(``governance_dagster/kinds.py``), issue 13, how the scorer registers and calls a set, and the *structure* of v6
(how tables, columns, labels and tags are declared, its labeling rules and its tests). The classifier was not run
on this set while it was written: nothing here was adjusted to what the classifier does. It differs from the
earlier sets on purpose:

* other domains: a ferry passenger manifest, library patrons, residents' parking permits, a veterinary clinic's
  pet owners, tenant screening, blood donors, event ticketing, utility billing, gym members, recruiting, vehicle
  telematics, marketplace buyers, car rental, a pharmacy's prescriptions, hotel guests, university alumni,
  telemedicine consultations, motor insurance policy holders, a CRM dump, an app's profile table, concert
  tickets, a fitness club, car sharing, marina berths, parcel delivery and two multi-source staging tables;
* column names in Norwegian, Finnish, Estonian, Romanian, Croatian, Slovenian, Slovak, Hungarian, Spanish (Spain,
  Ecuador, Peru, Uruguay), French, German, Brazilian Portuguese (``pt-BR``), Portuguese, English (Canada,
  Ireland, UK, US), Hindi (Devanagari), Korean (Hangul), Malay, Vietnamese, Japanese (kanji and kana), romanized
  Japanese (``ja-Latn``), Russian (Cyrillic), Greek, Italian, Dutch, Polish, Swedish, Danish, Czech and Turkish;
  snake, camel, Pascal and SCREAMING case, abbreviations (``cust_fnm``, ``ctc_ph``, ``addr_ln1``, ``ape1``,
  ``f_nac``), source-prefixed and opaque names (``src_crm_col17``, ``f12``, ``val3``, ``attr_x``) and misleading
  names (``misc_1``, ``notes2``, ``code``, ``ref``) over personal values, and personal-looking names over
  non-personal values (``addr_sk``, ``email_opt_in``, ``d_day_name``, ``month_name``, a product's ``name``, a
  supplier's ``contact_phone``, a pet's name);
* 200 to 3,000 rows per table;
* identifiers of 24 countries, each checked with ``python-stdnum`` when generated (the Hungarian tax identifier
  and the Singapore NRIC, which python-stdnum does not have, by their published checksums), with and without
  separators: Norwegian fødselsnummer, Finnish HETU, Estonian isikukood, Romanian CNP, Croatian OIB, Slovenian
  EMŠO, Slovak rodné číslo, Hungarian adóazonosító jel, Spanish DNI and NIE, French NIR, German Steuer-ID,
  Brazilian CPF, Canadian SIN, Indian Aadhaar and PAN, Korean RRN, Malaysian MyKad, Singapore NRIC, Ecuadorian
  cédula, Peruvian CUI, Irish PPS, UK NHS number and UTR, US SSN and ITIN; *business* identifiers as decoys
  labeled ``none`` (tag ``business``): Norwegian organisasjonsnummer, Finnish Y-tunnus, Estonian registrikood,
  Romanian CUI, a company's OIB, Slovenian DDV, Slovak IČ DPH, Hungarian ANUM, Spanish CIF, French SIREN, SIRET and
  TVA, German USt-IdNr., Brazilian CNPJ, Canadian BN, Indian GSTIN and a company's PAN, Korean BRN, Singapore UEN,
  Ecuadorian and Peruvian RUC, Uruguayan RUT, UK VAT, US EIN, Vietnamese MST; ISBNs and EANs as decoys;
* phones of 32 regions as national, international and E.164 numbers and as digits without ``+``;
* dates of birth as DATE, as text (``DD.MM.YYYY``, ``DD.MM.YYYY.``, ``YYYY.MM.DD.``, ``D. M. YYYY``,
  ``DD/MM/YYYY``, ``DD-MM-YYYY``, ``YYYY-MM-DD``, ``YYYY/MM/DD``, ``1984년 03월 12일``, Japanese
  era dates ``昭和59年3月12日``, ``March 12, 1984``), as integers like ``19840312`` and split into year / month /
  day integer columns;
* decoys labeled ``none`` (tag ``decoy``): ticket, order, booking, invoice, policy and agreement numbers, SKUs,
  tracking numbers, library and member card numbers, meter numbers, pet microchips, ISBNs, product, book, drug,
  event, vessel and company names, event timestamps, contract, due and visit dates, hashes, coordinates, version
  strings, integer surrogate keys, flags, enums, counties' and states' names, graduation years, amounts; business
  addresses and phones of ferry operators, clinics, rental branches, brokers, warehouses, shops, suppliers and car
  parks (``none``, tag ``business``);
* NULL-heavy personal columns (70-90% NULL, tag ``null_heavy``) and free-text notes that mention people
  (``free_text``) in Norwegian, Slovenian, French, Greek, Vietnamese, English and Polish.

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

Every value is generated here from :data:`SEED` (one ``random.Random`` per table, named after its builder) with
python-stdnum for check digits, phonenumbers for phone formats and short hand-written lists of first names, family
names, streets and cities per language (no Faker, no list taken from elsewhere). Build: ``python -m
benchmarks.classification.heldout_v7 [PATH]`` (default ``/tmp/heldout_v7.duckdb``). Score: ``python -m
benchmarks.classification.heldout_v2_accuracy --set v7``. Built with python-stdnum 2.2 and phonenumbers 9.0.
"""

from __future__ import annotations

import functools
import hashlib
import random
import string
import sys
import unicodedata
from collections.abc import Callable
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

import phonenumbers
from stdnum import ean, isbn, luhn, verhoeff
from stdnum import iban as std_iban
from stdnum.br import cnpj, cpf
from stdnum.ca import bn as ca_bn
from stdnum.ca import sin as ca_sin
from stdnum.de import idnr as de_idnr
from stdnum.de import vat as de_vat
from stdnum.ec import ci as ec_ci
from stdnum.ec import ruc as ec_ruc
from stdnum.ee import ik as ee_ik
from stdnum.ee import registrikood
from stdnum.es import ccc
from stdnum.es import cif as es_cif
from stdnum.es import dni as es_dni
from stdnum.es import nie as es_nie
from stdnum.fi import hetu, ytunnus
from stdnum.fr import nir, siren, siret
from stdnum.fr import tva as fr_tva
from stdnum.gb import nhs, utr
from stdnum.gb import vat as gb_vat
from stdnum.hr import oib
from stdnum.hu import anum
from stdnum.ie import pps
from stdnum.in_ import aadhaar, gstin, pan
from stdnum.iso7064 import mod_11_10
from stdnum.kr import brn, rrn
from stdnum.my import nric as my_nric
from stdnum.no import fodselsnummer, orgnr
from stdnum.pe import cui as pe_cui
from stdnum.pe import ruc as pe_ruc
from stdnum.ro import cnp
from stdnum.ro import cui as ro_cui
from stdnum.sg import uen
from stdnum.si import ddv as si_ddv
from stdnum.si import emso
from stdnum.sk import dph as sk_dph
from stdnum.sk import rc as sk_rc
from stdnum.us import ein, itin
from stdnum.us import ssn as us_ssn
from stdnum.uy import rut as uy_rut
from stdnum.vn import mst

from benchmarks.classification import heldout_v4
from benchmarks.classification.heldout_v2 import Column, Table

SEED = 20_261_207_07
DEFAULT_PATH = Path("/tmp/heldout_v7.duckdb")
N = "none"
#: the kind of a username column (see the module docstring)
USERNAME = "unclassified"


class Gen:
    """Per-table random source: a ``random.Random`` seeded from :data:`SEED` and the table's builder name, and the
    table's row count. No Faker: names, streets and cities come from this module's own short lists."""

    def __init__(self, table: str, rows: int) -> None:
        self.rnd = random.Random(f"{SEED}:{table}")
        self.rows = rows

    def col(self, make: Callable[[], Any], nulls: float = 0.0) -> list[Any]:
        """``rows`` values of ``make``, each NULL with probability ``nulls``."""
        return [None if nulls and self.rnd.random() < nulls else make() for _ in range(self.rows)]

    def nullify(self, values: list[Any], nulls: float) -> list[Any]:
        return [None if self.rnd.random() < nulls else v for v in values]

    def pick(self, items: list[Any]) -> Callable[[], Any]:
        return lambda: self.rnd.choice(items)

    def birth(self, start: int = 1940, end: int = 2006) -> date:
        a, b = date(start, 1, 1).toordinal(), date(end, 12, 31).toordinal()
        return date.fromordinal(self.rnd.randint(a, b))

    def births(self, start: int = 1940, end: int = 2006) -> list[date]:
        return [self.birth(start, end) for _ in range(self.rows)]

    def days(self, start: str, end: str) -> list[date]:
        a, b = date.fromisoformat(start).toordinal(), date.fromisoformat(end).toordinal()
        return [date.fromordinal(self.rnd.randint(a, b)) for _ in range(self.rows)]

    def moments(self, start: str, days: int) -> list[datetime]:
        base = datetime.fromisoformat(start)
        return [base + timedelta(seconds=self.rnd.randrange(days * 86_400)) for _ in range(self.rows)]

    def digits(self, n: int, first: str = "123456789") -> str:
        """``n`` random digits, the first one of ``first``."""
        rest = f"{self.rnd.randrange(10 ** (n - 1)):0{n - 1}d}" if n > 1 else ""
        return self.rnd.choice(first) + rest

    def code(self, pattern: str) -> str:
        """``A`` a capital letter, ``9`` a digit, anything else itself."""
        return "".join(self.rnd.choice(string.ascii_uppercase) if ch == "A" else
                       self.rnd.choice(string.digits) if ch == "9" else ch for ch in pattern)

    def valid(self, make: Callable[[], str], is_valid: Callable[[str], bool]) -> str:
        """Draw from ``make`` until ``is_valid`` accepts."""
        for _ in range(20_000):
            candidate = make()
            if is_valid(candidate):
                return candidate
        raise RuntimeError("no valid identifier drawn")

    def phone(self, region: str, style: str = "national", fixed: bool = False) -> str:
        """A valid mobile (or, ``fixed``, landline) of ``region`` in ``style`` (``national``, ``intl``, ``e164``,
        ``digits``: country code and national number without ``+``), the last digits of the example redrawn."""
        kind = phonenumbers.PhoneNumberType.FIXED_LINE if fixed else phonenumbers.PhoneNumberType.MOBILE
        example = _example(region, kind)
        national = str(example.national_number)
        keep = max(1, len(national) - (4 if fixed else 6))

        def parsed(s: str) -> phonenumbers.PhoneNumber:
            return phonenumbers.PhoneNumber(country_code=example.country_code, national_number=int(s))

        number = self.valid(lambda: national[:keep] + self.digits(len(national) - keep, string.digits),
                            lambda s: phonenumbers.is_valid_number(parsed(s)))
        if style == "digits":
            return f"{example.country_code}{number}"
        formats = {"e164": phonenumbers.PhoneNumberFormat.E164, "intl": phonenumbers.PhoneNumberFormat.INTERNATIONAL,
                   "national": phonenumbers.PhoneNumberFormat.NATIONAL}
        return phonenumbers.format_number(parsed(number), formats[style])

    def amounts(self, low: float, high: float) -> list[float]:
        return [round(self.rnd.uniform(low, high), 2) for _ in range(self.rows)]

    def ints(self, low: int, high: int) -> list[int]:
        return [self.rnd.randint(low, high) for _ in range(self.rows)]

    def floats(self, low: float, high: float, places: int = 5) -> list[float]:
        return [round(self.rnd.uniform(low, high), places) for _ in range(self.rows)]

    def keys(self, start: int) -> list[int]:
        return list(range(start, start + self.rows))

    def yn(self, yes: str = "Y", no: str = "N", p: float = 0.4) -> list[str]:
        return [yes if self.rnd.random() < p else no for _ in range(self.rows)]

    def sha(self) -> str:
        return hashlib.sha256(str(self.rnd.random()).encode()).hexdigest()

    def md5(self) -> str:
        return hashlib.md5(str(self.rnd.random()).encode()).hexdigest()

    def ipv4(self) -> str:
        return ".".join(str(x) for x in (self.rnd.choice([31, 46, 78, 85, 91, 109, 151, 185, 188, 212, 217]),
                                         self.rnd.randint(0, 255), self.rnd.randint(0, 255), self.rnd.randint(1, 254)))

    def ipv6(self) -> str:
        return "2a02:" + ":".join(f"{self.rnd.randrange(65536):x}" for _ in range(7))


@functools.cache
def _example(region: str, kind: int) -> phonenumbers.PhoneNumber:
    return phonenumbers.example_number_for_type(region, kind)


def _c(name: str, kind: str, sql_type: str, values: list[Any], *tags: str) -> Column:
    return Column(name, kind, sql_type, values, frozenset(tags))


# -- personal identifiers (each computed or drawn until python-stdnum accepts it) ----------------------------------


def no_fnr(g: Gen, d: date) -> str:
    individual = lambda: f"{g.rnd.randint(0, 499):03d}" if d.year < 2000 else f"{g.rnd.randint(500, 999):03d}"

    def make() -> str:
        stem = d.strftime("%d%m%y") + individual()
        first = fodselsnummer.calc_check_digit1(stem)
        return stem + first + fodselsnummer.calc_check_digit2(stem + first)

    return g.valid(make, fodselsnummer.is_valid)


def fi_hetu(g: Gen, d: date) -> str:
    sign = "-" if d.year < 2000 else "A"
    stem = d.strftime("%d%m%y")
    return g.valid(lambda: stem + sign + f"{g.rnd.randint(2, 899):03d}" + g.rnd.choice("0123456789ABCDEFHJKLMNPRSTUVWXY"),
                   hetu.is_valid)


def ee_isikukood(g: Gen, d: date, female: bool) -> str:
    century = (3 if d.year < 2000 else 5) + (1 if female else 0)
    stem = f"{century}{d.strftime('%y%m%d')}{g.rnd.randint(0, 999):03d}"
    number = stem + ee_ik.calc_check_digit(stem + "0")
    assert ee_ik.is_valid(number)
    return number


def ro_cnp(g: Gen, d: date, female: bool) -> str:
    sex = (2 if female else 1) if d.year < 2000 else (6 if female else 5)
    stem = f"{sex}{d.strftime('%y%m%d')}{g.rnd.randint(1, 46):02d}{g.rnd.randint(1, 999):03d}"
    number = stem + cnp.calc_check_digit(stem)
    assert cnp.is_valid(number)
    return number


def hr_oib(g: Gen) -> str:
    stem = g.digits(10)
    number = stem + mod_11_10.calc_check_digit(stem)
    assert oib.is_valid(number)
    return number


def si_emso(g: Gen, d: date, female: bool) -> str:
    def make() -> str:
        serial = g.rnd.randint(500, 999) if female else g.rnd.randint(0, 499)
        stem = f"{d.day:02d}{d.month:02d}{d.year % 1000:03d}50{serial:03d}"
        return stem + emso.calc_check_digit(stem)

    return g.valid(make, emso.is_valid)


def sk_rodne(g: Gen, d: date, female: bool) -> str:
    stem = f"{d.year % 100:02d}{d.month + (50 if female else 0):02d}{d.day:02d}"
    number = g.valid(lambda: stem + g.digits(4, string.digits), sk_rc.is_valid)
    return f"{number[:6]}/{number[6:]}"


def hu_tax_id(g: Gen, d: date) -> str:
    """A Hungarian *adóazonosító jel*: ``8``, days since 1867-01-01 (5 digits), 3 random digits, a check digit
    (the sum of digit x position over the first nine, mod 11, never 10)."""

    def make() -> str:
        stem = "8" + f"{(d - date(1867, 1, 1)).days:05d}" + g.digits(3, string.digits)
        return stem + str(sum((i + 1) * int(ch) for i, ch in enumerate(stem)) % 11)

    return g.valid(make, hu_tax_id_is_valid)


def hu_tax_id_is_valid(value: str) -> bool:
    """The published checksum of a Hungarian tax identifier (ten digits, first ``8``)."""
    s = str(value)
    if len(s) != 10 or not s.isdigit() or s[0] != "8":
        return False
    check = sum((i + 1) * int(ch) for i, ch in enumerate(s[:9])) % 11
    return check != 10 and check == int(s[9])


def es_dni_(g: Gen) -> str:
    stem = g.digits(8, string.digits)
    return stem + es_dni.calc_check_digit(stem)


def es_nie_(g: Gen) -> str:
    stem = g.rnd.choice("XYZ") + g.digits(7, string.digits)
    return stem + es_nie.calc_check_digit(stem)


def fr_nir(g: Gen, d: date, female: bool) -> str:
    dept = g.rnd.choice(["75", "69", "13", "33", "59", "31", "44", "67", "06", "35"])
    stem = f"{2 if female else 1}{d.year % 100:02d}{d.month:02d}{dept}{g.rnd.randint(1, 990):03d}" \
           f"{g.rnd.randint(1, 999):03d}"
    number = stem + nir.calc_check_digits(stem)
    assert nir.is_valid(number)
    return nir.format(number) if g.rnd.random() < 0.4 else number


def de_steuer_id(g: Gen) -> str:
    """Ten digits with exactly one digit twice (the rule of the Steuer-ID), then the ISO 7064 check digit."""

    def make() -> str:
        chosen = g.rnd.sample(string.digits, 9)
        body = chosen + [g.rnd.choice(chosen)]
        g.rnd.shuffle(body)
        stem = "".join(body)
        return stem + mod_11_10.calc_check_digit(stem)

    return g.valid(make, de_idnr.is_valid)


def _cpf_digits(stem: str) -> str:
    for _ in range(2):
        total = sum(int(ch) * w for ch, w in zip(stem, range(len(stem) + 1, 1, -1)))
        stem += str((total * 10) % 11 % 10)
    return stem[-2:]


def br_cpf(g: Gen, formatted: bool = True) -> str:
    def make() -> str:
        stem = g.digits(9, string.digits)
        return stem + _cpf_digits(stem)

    number = g.valid(make, cpf.is_valid)
    return cpf.format(number) if formatted else number


def ca_sin_(g: Gen) -> str:
    stem = g.digits(8, "1234567")
    number = stem + luhn.calc_check_digit(stem)
    assert ca_sin.is_valid(number)
    return f"{number[:3]} {number[3:6]} {number[6:]}" if g.rnd.random() < 0.5 else number


def in_aadhaar(g: Gen) -> str:
    def make() -> str:
        stem = g.digits(11, "23456789")
        return stem + verhoeff.calc_check_digit(stem)

    number = g.valid(make, aadhaar.is_valid)
    return f"{number[:4]} {number[4:8]} {number[8:]}"


def in_pan(g: Gen, last: str = "", company: bool = False) -> str:
    initial = last[:1].upper() if last[:1] and last[:1].upper() in string.ascii_uppercase else g.code("A")
    return g.valid(lambda: g.code("AAA") + ("C" if company else "P") + initial + g.code("9999A"), pan.is_valid)


def kr_rrn(g: Gen, d: date, female: bool) -> str:
    sex = (2 if female else 1) if d.year < 2000 else (4 if female else 3)

    def make() -> str:
        stem = f"{d.strftime('%y%m%d')}{sex}{g.rnd.randint(0, 95):02d}{g.digits(3, string.digits)}"
        return stem + rrn.calc_check_digit(stem)

    number = g.valid(make, rrn.is_valid)
    return f"{number[:6]}-{number[6:]}"


MY_PLACES = ["01", "02", "03", "04", "05", "06", "07", "08", "09", "10", "11", "12", "13", "14"]


def my_mykad(g: Gen, d: date) -> str:
    number = g.valid(lambda: d.strftime("%y%m%d") + g.rnd.choice(MY_PLACES) + g.digits(4, string.digits),
                     my_nric.is_valid)
    return f"{number[:6]}-{number[6:8]}-{number[8:]}"


def sg_nric(g: Gen, d: date) -> str:
    """A Singapore NRIC: ``S`` (born before 2000) or ``T``, the birth year's last two digits and five digits, and the
    published check letter."""
    prefix = "S" if d.year < 2000 else "T"
    body = f"{d.year % 100:02d}" + g.digits(5, string.digits) if prefix == "T" else g.rnd.choice("0123456789"[5:]) \
        + g.digits(6, string.digits)
    return prefix + body + _nric_letter(prefix, body)


def _nric_letter(prefix: str, body: str) -> str:
    total = sum(int(ch) * w for ch, w in zip(body, [2, 7, 6, 5, 4, 3, 2])) + (4 if prefix in "TG" else 0)
    return "JZIHGFEDCBA"[total % 11]


def sg_nric_is_valid(value: str) -> bool:
    s = str(value)
    return (len(s) == 9 and s[0] in "ST" and s[1:8].isdigit()
            and s[8] == _nric_letter(s[0], s[1:8]))


def ec_cedula(g: Gen) -> str:
    return g.valid(lambda: f"{g.rnd.randint(1, 24):02d}" + g.rnd.choice("012345") + g.digits(7, string.digits),
                   ec_ci.is_valid)


def pe_dni(g: Gen) -> str:
    stem = g.digits(8)
    number = stem + pe_cui.calc_check_digits(stem)[0] if g.rnd.random() < 0.3 else stem
    assert pe_cui.is_valid(number)
    return number


def ie_pps(g: Gen) -> str:
    return g.valid(lambda: g.digits(7, string.digits) + g.code("A") + g.rnd.choice(["", "", "A", "W"]),
                   pps.is_valid)


def gb_nhs(g: Gen) -> str:
    number = g.valid(lambda: g.digits(10, "4"), nhs.is_valid)
    return f"{number[:3]} {number[3:6]} {number[6:]}"


def gb_utr(g: Gen) -> str:
    stem = g.digits(9, string.digits)
    number = utr.calc_check_digit(stem) + stem
    assert utr.is_valid(number)
    return number


def us_ssn_(g: Gen) -> str:
    return g.valid(lambda: g.digits(9, "1234568"), us_ssn.is_valid)


def us_itin(g: Gen) -> str:
    number = g.valid(lambda: "9" + g.digits(2, string.digits) + g.rnd.choice(["70", "78", "81", "88", "90", "94", "99"])
                     + g.digits(4, string.digits), itin.is_valid)
    return f"{number[:3]}-{number[3:5]}-{number[5:]}"


def es_iban(g: Gen) -> str:
    """A Spanish IBAN: bank, branch, the two CCC check digits (computed) and the account number."""
    ccc_number = g.digits(8, string.digits) + "00" + g.digits(10, string.digits)
    ccc_number = ccc_number[:8] + ccc.calc_check_digits(ccc_number) + ccc_number[10:]
    number = "ES" + std_iban.calc_check_digits("ES00" + ccc_number) + ccc_number
    assert std_iban.is_valid(number)
    return number


def card(g: Gen, spaced: bool = False) -> str:
    prefix = g.rnd.choice(["4", "51", "53", "55", "2221", "37", "6011"])
    length = 15 if prefix == "37" else 16
    stem = prefix + g.digits(length - len(prefix) - 1, string.digits)
    number = stem + luhn.calc_check_digit(stem)
    if spaced and length == 16:
        return " ".join(number[i:i + 4] for i in range(0, 16, 4))
    return number


def iban(g: Gen, country: str, bban: str, spaced: bool = False) -> str:
    """An IBAN of ``country`` whose BBAN follows ``bban`` (``9`` digit, ``A`` letter), drawn until valid."""

    def make() -> str:
        body = g.code(bban)
        return country + std_iban.calc_check_digits(country + "00" + body) + body

    number = g.valid(make, std_iban.is_valid)
    return std_iban.format(number) if spaced else number


# -- business identifiers (decoys, labeled none) ------------------------------------------------------------------


def no_orgnr(g: Gen) -> str:
    return g.valid(lambda: g.digits(9, "89"), orgnr.is_valid)


def fi_ytunnus(g: Gen) -> str:
    number = g.valid(lambda: g.digits(7, "0123") + g.rnd.choice(string.digits), ytunnus.is_valid)
    return f"{number[:7]}-{number[7]}"


def ee_registrikood(g: Gen) -> str:
    def make() -> str:
        stem = g.rnd.choice("189") + g.digits(6, string.digits)
        return stem + registrikood.calc_check_digit(stem)

    return g.valid(make, registrikood.is_valid)


def ro_cui_(g: Gen) -> str:
    stem = g.digits(7)
    number = stem + ro_cui.calc_check_digit(stem)
    assert ro_cui.is_valid(number)
    return ("RO" if g.rnd.random() < 0.5 else "") + number


def si_ddv_(g: Gen) -> str:
    return "SI" + g.valid(lambda: g.digits(8), si_ddv.is_valid)


def sk_dph_(g: Gen) -> str:
    return "SK" + g.valid(lambda: g.digits(10, "1234"), sk_dph.is_valid)


def hu_anum(g: Gen) -> str:
    number = g.valid(lambda: g.digits(8, "12"), anum.is_valid)
    return f"{number}-{g.rnd.choice('2345')}-{g.rnd.randint(2, 44):02d}"


def es_cif_(g: Gen) -> str:
    return g.valid(lambda: g.rnd.choice("ABB") + g.digits(7, string.digits) + g.rnd.choice(string.digits),
                   es_cif.is_valid)


def fr_siren(g: Gen) -> str:
    stem = g.digits(8, "3456789")
    number = stem + luhn.calc_check_digit(stem)
    assert siren.is_valid(number)
    return number


def fr_siret(g: Gen, siren_: str) -> str:
    stem = siren_ + g.digits(4, "0")
    number = stem + luhn.calc_check_digit(stem)
    assert siret.is_valid(number)
    return number


def fr_tva_(g: Gen) -> str:
    number = g.valid(lambda: "FR" + g.digits(2, string.digits) + fr_siren(g), fr_tva.is_valid)
    return number


def de_ust(g: Gen) -> str:
    return "DE" + g.valid(lambda: g.digits(9), de_vat.is_valid)


def br_cnpj(g: Gen) -> str:
    stem = g.digits(8, string.digits) + "0001"
    number = stem + cnpj.calc_check_digits(stem)
    assert cnpj.is_valid(number)
    return cnpj.format(number)


def ca_bn_(g: Gen) -> str:
    stem = g.digits(8)
    number = stem + luhn.calc_check_digit(stem)
    assert ca_bn.is_valid(number)
    return number + g.rnd.choice(["RT0001", "RC0001", "RP0002"])


def in_gstin(g: Gen) -> str:
    alphabet = string.digits + string.ascii_uppercase

    def make() -> str:
        stem = g.rnd.choice(["07", "27", "29", "33", "09", "24"]) + in_pan(g, company=True) + g.rnd.choice("123") + "Z"
        return stem + luhn.calc_check_digit(stem, alphabet)

    return g.valid(make, gstin.is_valid)


def kr_brn(g: Gen) -> str:
    number = g.valid(lambda: g.digits(3) + g.rnd.choice(["81", "86", "87", "01", "05"]) + g.digits(5, string.digits),
                     brn.is_valid)
    return f"{number[:3]}-{number[3:5]}-{number[5:]}"


def sg_uen(g: Gen) -> str:
    stem = f"{g.rnd.randint(1995, 2025)}" + g.digits(5, string.digits)
    number = stem + uen.calc_local_company_check_digit(stem)
    assert uen.is_valid(number)
    return number


def ec_ruc_(g: Gen) -> str:
    return g.valid(lambda: f"{g.rnd.randint(1, 24):02d}9" + g.digits(6, string.digits) + g.rnd.choice(string.digits)
                   + "001", ec_ruc.is_valid)


def pe_ruc_(g: Gen) -> str:
    stem = "20" + g.digits(8, string.digits)
    number = stem + pe_ruc.calc_check_digit(stem)
    assert pe_ruc.is_valid(number)
    return number


def uy_rut_(g: Gen) -> str:
    def make() -> str:
        stem = f"{g.rnd.randint(1, 21):02d}" + g.digits(6, string.digits) + "001"
        return stem + uy_rut.calc_check_digit(stem)

    return g.valid(make, uy_rut.is_valid)


def gb_vat_(g: Gen) -> str:
    return "GB" + g.valid(lambda: g.digits(9), gb_vat.is_valid)


def us_ein(g: Gen) -> str:
    number = g.valid(lambda: g.rnd.choice(["12", "20", "27", "45", "46", "81", "94"]) + g.digits(7, string.digits),
                     ein.is_valid)
    return f"{number[:2]}-{number[2:]}"


def vn_mst(g: Gen) -> str:
    def make() -> str:
        stem = "0" + g.digits(8, string.digits)
        return stem + mst.calc_check_digit(stem)

    return g.valid(make, mst.is_valid)


def isbn13(g: Gen) -> str:
    group = g.rnd.choice(["951", "952", "91", "82", "87"])
    stem = "978" + group + g.digits(9 - len(group), string.digits)
    number = stem + ean.calc_check_digit(stem)
    assert isbn.is_valid(number)
    return number


def ean13(g: Gen) -> str:
    stem = g.rnd.choice(["590", "594", "640", "599", "858", "890"]) + g.digits(9, string.digits)
    return stem + ean.calc_check_digit(stem)


# -- names, streets and places (hand-written for this set, short) --------------------------------------------------

#: locale -> (given names, family names) as space-separated words (or a list, for family names with spaces), written
#: for this set
_NAME_TEXT: dict[str, tuple[str, str | list[str]]] = {
    "no": ("Ingrid Solveig Marit Ragnhild Sigrid Tuva Ola Håkon Torbjørn Eivind Sindre Øystein Ådne Liv",
           "Haugen Solberg Bakken Lunde Strand Fjeld Moen Dahl Brekke Aasen Nygård Bjørnstad Eide Tveit"),
    "fi": ("Aino Helmi Siiri Kerttu Venla Iida Väinö Eetu Onni Lauri Juho Tuomas Matias Ilkka",
           ("Korhonen Mäkinen Nieminen Heikkinen Koskinen Järvinen Lehtonen Salminen Hämäläinen Räsänen Kettunen "
           "Laaksonen Väisänen Peltola")),
    "et": ("Kadri Liis Triin Maarja Kersti Anu Tõnu Mihkel Rein Jaanus Priit Märt Urmas Siim",
           "Tamm Saar Sepp Mägi Kask Kukk Rebane Ilves Pärn Koppel Lepik Kõiv Raudsepp Vaher"),
    "ro": ("Ioana Andreea Mihaela Roxana Bianca Elena Mihai Andrei Bogdan Cătălin Ștefan Răzvan Vlad Sorin",
           ("Popescu Ionescu Dumitrescu Stoica Constantinescu Munteanu Ștefănescu Rădulescu Nistor Dobre Lazăr Ene "
           "Tănase Marinescu")),
    "hr": ("Ivana Petra Marija Lucija Katarina Ana Matej Luka Ivan Tomislav Dario Krešimir Goran Josip",
           ("Horvat Kovačević Babić Marić Jurić Novak Knežević Vuković Marković Petrović Matić Tomić Pavlović "
           "Božić")),
    "sl": ("Nina Maja Špela Urška Tjaša Eva Žiga Luka Matevž Jure Gregor Rok Blaž Tilen",
           "Novak Horvat Krajnc Zupančič Potočnik Kovačič Mlakar Vidmar Kos Golob Turk Kralj Žagar Bizjak"),
    "sk": ("Zuzana Katarína Lucia Veronika Monika Jana Peter Martin Tomáš Ľubomír Juraj Michal Marek Dušan",
           "Horváth Kováč Varga Tóth Nagy Baláž Szabó Molnár Lukáč Kollár Oravec Hudák Sloboda Kráľ"),
    "hu": ("Zsófia Réka Eszter Anna Boglárka Krisztina Bence Levente Gergő Ádám Máté Zoltán Tamás Csaba",
           "Nagy Kovács Tóth Szabó Horváth Varga Kiss Molnár Németh Farkas Balogh Papp Takács Juhász"),
    "es": ("Lucía Carmen Marta Paula Alba Nerea Javier Álvaro Iñaki Sergio Jorge Raúl Íker Adrián",
           "García Fernández López Martínez Sánchez Pérez Gómez Ruiz Díaz Moreno Muñoz Álvarez Romero Etxeberria"),
    "latam": (("Valentina Camila Daniela Fernanda Gabriela Luciana Mateo Santiago Sebastián Diego Nicolás Joaquín "
              "Andrés Bruno"),
              ("Quispe Mamani Huamán Flores Torres Zambrano Cedeño Vera Mendoza Rodríguez Pereira Silva Olivera "
              "Cabrera")),
    "fr": ("Manon Camille Léa Chloé Inès Océane Hugo Théo Mathis Lucas Baptiste Quentin Loïc Gaëtan",
           "Martin Bernard Dubois Thomas Robert Richard Petit Durand Leroy Moreau Lefèvre Garnier Faure Rousseau"),
    "de": ("Lena Leonie Marie Johanna Katrin Sabine Lukas Jonas Maximilian Florian Tobias Jürgen Uwe Sören",
           ("Müller Schmidt Schneider Fischer Weber Meyer Wagner Becker Schulz Hoffmann Köhler Krüger Zimmermann "
           "Schäfer")),
    "pt-BR": ("Ana Beatriz Larissa Juliana Letícia Gabriela Francisca João Pedro Gustavo Thiago Rafael Luiz Caio",
              ("Silva Santos Oliveira Souza Rodrigues Ferreira Alves Pereira Lima Gomes Ribeiro Carvalho Araújo "
              "Conceição")),
    "en-CA": ("Olivia Emma Chloe Madison Avery Brooke Liam Noah Ethan Owen Connor Tristan Logan Gavin",
              ("Tremblay Gagnon Roy Côté Bouchard MacDonald Campbell Wilson Thompson Chan Singh Anderson Fraser "
              "McLeod")),
    "en-GB": ("Siobhan Aoife Niamh Ciara Emily Charlotte Eoin Cian Seán Oliver Harry Alfie Callum Rhys",
              ("Murphy Kelly O'Sullivan Walsh O'Brien Byrne Ryan Smith Jones Taylor Davies Evans Hughes "
              "Wright")),
    "en-US": ("Jennifer Ashley Brittany Tiffany Megan Kayla Tyler Brandon Dustin Cody Jamal DeShawn Travis Kyle",
              ("Johnson Williams Brown Miller Davis Garcia Rodriguez Hernandez Washington Jefferson Nguyen Patel "
              "Kowalski Oconnor")),
    "ms": ("Nurul Siti Aisyah Farah Nur Aina Ahmad Muhammad Haziq Faiz Amir Hafiz Wei Ling",
           "Abdullah Ismail Rahman Hassan Othman Yusof Ibrahim Hamzah Tan Lim Wong Ramasamy Subramaniam Krishnan"),
    "vi": ("Lan Hương Thảo Ngọc Trang Mai Minh Hùng Dũng Tuấn Quang Phúc Khoa Bảo",
           "Nguyễn Trần Lê Phạm Hoàng Huỳnh Phan Vũ Võ Đặng Bùi Đỗ Hồ Ngô"),
    "ja-Latn": ("Yui Haruka Misaki Aoi Sakura Nanami Haruto Sota Yuto Takumi Ren Kaito Daiki Shota",
                ("Sato Suzuki Takahashi Tanaka Watanabe Ito Yamamoto Nakamura Kobayashi Kato Yoshida Yamada Sasaki "
                "Matsumoto")),
    "ru": ("Анна Мария Екатерина Ольга Наталья Дарья Алексей Дмитрий Сергей Андрей Михаил Иван Никита Павел",
           ("Иванов Смирнов Кузнецов Попов Васильев Петров Соколов Михайлов Новиков Фёдоров Морозов Волков Лебедев "
           "Козлов")),
    "el": (("Μαρία Ελένη Αικατερίνη Βασιλική Σοφία Δέσποινα Γεώργιος Ιωάννης Κωνσταντίνος Δημήτριος Νικόλαος "
           "Παναγιώτης Χρήστος Σπυρίδων"),
           ("Παπαδόπουλος Παπαδάκης Οικονόμου Γεωργίου Νικολάου Καραγιάννης Βλάχος Αντωνίου Μακρής Σταματόπουλος "
           "Δημητρίου Κωνσταντίνου Ζαχαρίου Αλεξίου")),
    "it": ("Giulia Chiara Francesca Martina Elisa Federica Lorenzo Matteo Davide Riccardo Simone Tommaso",
           "Rossi Russo Ferrari Esposito Bianchi Romano Colombo Ricci Marino Greco Bruno Gallo"),
    "nl": ("Sanne Femke Lotte Anouk Marloes Eline Bram Daan Thijs Joris Sem Ruben",
           ["de Jong", "Jansen", "de Vries", "Bakker", "Visser", "Smit", "Meijer", "de Boer", "Mulder", "Bos", "Vos",
            "Peters", "van den Berg", "van Dijk"]),
    "pl": ("Agnieszka Małgorzata Katarzyna Zofia Joanna Magdalena Krzysztof Paweł Łukasz Grzegorz Wojciech Michał",
           ("Nowak Kowalski Wiśniewski Wójcik Kowalczyk Kamiński Lewandowski Zieliński Szymański Woźniak Dąbrowski "
           "Kozłowski")),
    "sv": ("Astrid Ebba Maja Linnea Saga Elsa Oskar Axel Hugo Viktor Björn Gustav",
           ("Andersson Johansson Karlsson Nilsson Eriksson Larsson Olsson Persson Svensson Gustafsson Lindqvist "
           "Åberg")),
    "da": ("Freja Ida Mathilde Signe Karen Birgitte Magnus Frederik Rasmus Søren Mads Jesper",
           ("Jensen Nielsen Hansen Pedersen Andersen Christensen Larsen Sørensen Rasmussen Jørgensen Madsen "
           "Kristensen")),
    "cs": ("Tereza Eliška Veronika Kateřina Lenka Hana Jiří Petr Jakub Ondřej Vojtěch Radek",
           "Novák Svoboda Novotný Dvořák Černý Procházka Kučera Veselý Horák Němec Marek Pokorný"),
    "tr": ("Elif Zeynep Ayşe Büşra Merve Ece Emre Burak Mehmet Oğuz Kaan Serkan",
           "Yılmaz Kaya Demir Şahin Çelik Yıldız Yıldırım Öztürk Aydın Özdemir Arslan Doğan"),
    "pt": ("Inês Beatriz Mariana Leonor Matilde Carolina Duarte Tiago Rodrigo Gonçalo Afonso Rui",
           "Silva Santos Ferreira Pereira Costa Oliveira Rodrigues Martins Sousa Fernandes Gonçalves Marques"),
}
#: locale -> (given names, family names)
NAMES: dict[str, tuple[list[str], list[str]]] = {
    locale: (firsts.split(), lasts.split() if isinstance(lasts, str) else lasts)
    for locale, (firsts, lasts) in _NAME_TEXT.items()
}

#: Hindi, Korean and Japanese names: (in script, romanized); the romanized form only feeds e-mail addresses
HI_FIRST = [("आरव", "aarav"), ("विवान", "vivaan"), ("अर्जुन", "arjun"), ("रोहित", "rohit"), ("अनिल", "anil"),
            ("सुनीता", "sunita"), ("प्रिया", "priya"), ("अनन्या", "ananya"), ("कविता", "kavita"), ("नेहा", "neha"),
            ("राजेश", "rajesh"), ("पूजा", "pooja")]
HI_LAST = [("शर्मा", "sharma"), ("वर्मा", "verma"), ("गुप्ता", "gupta"), ("सिंह", "singh"), ("यादव", "yadav"),
           ("मिश्रा", "mishra"), ("पटेल", "patel"), ("जोशी", "joshi"), ("चौहान", "chauhan"), ("अग्रवाल", "agarwal")]
KO_FIRST = [("민준", "minjun"), ("서준", "seojun"), ("도윤", "doyun"), ("지호", "jiho"), ("현우", "hyeonu"),
            ("서연", "seoyeon"), ("지우", "jiwoo"), ("하은", "haeun"), ("수아", "sua"), ("지민", "jimin"),
            ("예린", "yerin"), ("태현", "taehyun")]
KO_LAST = [("김", "kim"), ("이", "lee"), ("박", "park"), ("최", "choi"), ("정", "jung"), ("강", "kang"), ("조", "cho"),
           ("윤", "yoon"), ("장", "jang"), ("임", "lim")]
JA_FIRST = [("陽翔", "ハルト", "haruto"), ("蓮", "レン", "ren"), ("大和", "ヤマト", "yamato"), ("湊", "ミナト", "minato"),
            ("翔太", "ショウタ", "shota"), ("結衣", "ユイ", "yui"), ("陽菜", "ヒナ", "hina"), ("美咲", "ミサキ", "misaki"),
            ("葵", "アオイ", "aoi"), ("さくら", "サクラ", "sakura"), ("健一", "ケンイチ", "kenichi"), ("直美", "ナオミ", "naomi")]
JA_LAST = [("佐藤", "サトウ", "sato"), ("鈴木", "スズキ", "suzuki"), ("高橋", "タカハシ", "takahashi"),
           ("田中", "タナカ", "tanaka"), ("伊藤", "イトウ", "ito"), ("渡辺", "ワタナベ", "watanabe"),
           ("山本", "ヤマモト", "yamamoto"), ("中村", "ナカムラ", "nakamura"), ("小林", "コバヤシ", "kobayashi"),
           ("加藤", "カトウ", "kato"), ("吉田", "ヨシダ", "yoshida"), ("山口", "ヤマグチ", "yamaguchi")]
RU_PATRONYMICS = ["Александрович", "Сергеевич", "Игоревич", "Владимирович", "Николаевна", "Андреевна", "Петровна",
                  "Викторовна", "Олегович", "Юрьевна"]
EL_FATHERS = ["Γεωργίου", "Ιωάννου", "Κωνσταντίνου", "Δημητρίου", "Νικολάου", "Παναγιώτη", "Χρήστου", "Αθανασίου"]
RU_LATIN = ["ivanov", "smirnova", "kuznetsov", "popova", "volkov", "lebedeva", "sokolov", "morozova", "novikov"]
EL_LATIN = ["papadopoulos", "papadaki", "oikonomou", "georgiou", "nikolaou", "karagianni", "vlachos", "makri"]

CITIES: dict[str, list[str]] = {
    "no": ["Oslo", "Bergen", "Trondheim", "Stavanger", "Tromsø", "Ålesund", "Bodø", "Drammen", "Haugesund",
           "Kristiansand", "Molde", "Florø", "Sandnes", "Lillehammer"],
    "fi": ["Helsinki", "Espoo", "Tampere", "Vantaa", "Oulu", "Turku", "Jyväskylä", "Kuopio", "Lahti", "Pori",
           "Joensuu", "Seinäjoki", "Hämeenlinna", "Rovaniemi"],
    "et": ["Tallinn", "Tartu", "Narva", "Pärnu", "Kohtla-Järve", "Viljandi", "Rakvere", "Maardu", "Kuressaare",
           "Võru", "Haapsalu", "Paide"],
    "ro": ["București", "Cluj-Napoca", "Timișoara", "Iași", "Constanța", "Craiova", "Brașov", "Galați", "Ploiești",
           "Oradea", "Sibiu", "Târgu Mureș", "Baia Mare", "Suceava"],
    "hr": ["Zagreb", "Split", "Rijeka", "Osijek", "Zadar", "Pula", "Slavonski Brod", "Karlovac", "Varaždin",
           "Šibenik", "Dubrovnik", "Sisak", "Velika Gorica", "Čakovec"],
    "sl": ["Ljubljana", "Maribor", "Celje", "Kranj", "Koper", "Velenje", "Novo mesto", "Ptuj", "Nova Gorica",
           "Murska Sobota", "Domžale", "Škofja Loka", "Jesenice", "Trbovlje"],
    "sk": ["Bratislava", "Košice", "Prešov", "Žilina", "Nitra", "Banská Bystrica", "Trnava", "Trenčín", "Martin",
           "Poprad", "Zvolen", "Piešťany", "Michalovce", "Levice"],
    "hu": ["Budapest", "Debrecen", "Szeged", "Miskolc", "Pécs", "Győr", "Nyíregyháza", "Kecskemét",
           "Székesfehérvár", "Szombathely", "Szolnok", "Eger", "Sopron", "Veszprém"],
    "es": ["Madrid", "Barcelona", "Valencia", "Sevilla", "Zaragoza", "Málaga", "Bilbao", "Valladolid", "Vigo",
           "Gijón", "Alcalá de Henares", "Getafe", "Donostia", "Logroño"],
    "latam": ["Quito", "Guayaquil", "Cuenca", "Manta", "Loja", "Lima", "Arequipa", "Trujillo", "Cusco", "Piura",
              "Montevideo", "Salto", "Paysandú", "Maldonado"],
    "fr": ["Lyon", "Marseille", "Toulouse", "Nantes", "Strasbourg", "Montpellier", "Bordeaux", "Lille", "Rennes",
           "Reims", "Saint-Étienne", "Le Havre", "Grenoble", "Villeurbanne"],
    "de": ["Berlin", "Hamburg", "München", "Köln", "Frankfurt am Main", "Stuttgart", "Düsseldorf", "Leipzig",
           "Dortmund", "Essen", "Bremen", "Dresden", "Hannover", "Nürnberg", "Würzburg", "Göttingen"],
    "pt-BR": ["São Paulo", "Rio de Janeiro", "Belo Horizonte", "Salvador", "Fortaleza", "Curitiba", "Recife",
              "Porto Alegre", "Manaus", "Belém", "Goiânia", "Campinas", "São Luís", "Maceió", "Florianópolis"],
    "en-CA": ["Toronto", "Montréal", "Vancouver", "Calgary", "Edmonton", "Ottawa", "Winnipeg", "Québec", "Hamilton",
              "Halifax", "Saskatoon", "Victoria", "Mississauga", "Kelowna"],
    "en-GB": ["Dublin", "Cork", "Galway", "Limerick", "Waterford", "Manchester", "Leeds", "Bristol", "Glasgow",
              "Cardiff", "Belfast", "Nottingham", "Sheffield", "Brighton"],
    "en-US": ["Boise", "Spokane", "Des Moines", "Chattanooga", "Fort Wayne", "Lubbock", "Reno", "Savannah",
              "Little Rock", "Knoxville", "Akron", "Wichita", "Tacoma", "Providence"],
    "hi": ["नई दिल्ली", "मुंबई", "लखनऊ", "जयपुर", "पटना", "भोपाल", "इंदौर", "कानपुर", "वाराणसी", "आगरा", "नागपुर",
           "देहरादून"],
    "ko": ["서울", "부산", "인천", "대구", "대전", "광주", "울산", "수원", "성남", "고양", "청주", "전주", "제주"],
    "ms": ["Kuala Lumpur", "Shah Alam", "Petaling Jaya", "Johor Bahru", "Ipoh", "Kuching", "Kota Kinabalu",
           "Georgetown", "Seremban", "Melaka", "Alor Setar", "Kuantan", "Singapore"],
    "vi": ["Hà Nội", "Hồ Chí Minh", "Đà Nẵng", "Hải Phòng", "Cần Thơ", "Huế", "Nha Trang", "Vũng Tàu", "Biên Hòa",
           "Quy Nhơn", "Buôn Ma Thuột", "Đà Lạt"],
    "ja": ["横浜市", "大阪市", "名古屋市", "札幌市", "福岡市", "神戸市", "京都市", "川崎市", "さいたま市", "広島市", "仙台市",
           "世田谷区", "練馬区", "船橋市"],
    "ja-Latn": ["Yokohama", "Osaka", "Nagoya", "Sapporo", "Fukuoka", "Kobe", "Kyoto", "Sendai", "Hiroshima",
                "Nerima-ku", "Funabashi", "Hachioji", "Machida", "Kanazawa"],
    "ru": ["Москва", "Санкт-Петербург", "Казань", "Новосибирск", "Екатеринбург", "Нижний Новгород", "Самара",
           "Краснодар", "Тюмень", "Иркутск", "Ярославль", "Калининград", "Сочи", "Томск"],
    "el": ["Αθήνα", "Θεσσαλονίκη", "Πάτρα", "Ηράκλειο", "Λάρισα", "Βόλος", "Ιωάννινα", "Χανιά", "Καλαμάτα",
           "Ρόδος", "Κέρκυρα", "Πειραιάς", "Καβάλα", "Σύρος"],
    "it": ["Roma", "Milano", "Napoli", "Torino", "Bologna", "Firenze", "Bari", "Verona", "Trieste", "Cagliari"],
    "nl": ["Amsterdam", "Rotterdam", "Utrecht", "Eindhoven", "Groningen", "Tilburg", "Almere", "Breda", "Nijmegen",
           "Zwolle"],
    "pl": ["Warszawa", "Kraków", "Łódź", "Wrocław", "Poznań", "Gdańsk", "Szczecin", "Lublin", "Białystok",
           "Rzeszów"],
    "sv": ["Stockholm", "Göteborg", "Malmö", "Uppsala", "Västerås", "Örebro", "Linköping", "Helsingborg",
           "Jönköping", "Umeå"],
    "da": ["København", "Aarhus", "Odense", "Aalborg", "Esbjerg", "Randers", "Kolding", "Horsens", "Vejle",
           "Roskilde"],
    "cs": ["Praha", "Brno", "Ostrava", "Plzeň", "Liberec", "Olomouc", "České Budějovice", "Hradec Králové",
           "Ústí nad Labem", "Pardubice"],
    "tr": ["İstanbul", "Ankara", "İzmir", "Bursa", "Antalya", "Eskişehir", "Trabzon", "Samsun", "Denizli", "Muğla"],
    "pt": ["Lisboa", "Porto", "Braga", "Coimbra", "Aveiro", "Faro", "Funchal", "Viseu"],
}

STREETS: dict[str, list[str]] = {
    "no": ["Storgata", "Kirkegata", "Dronningens gate", "Skolegata", "Fjellveien", "Strandgata", "Bryggen",
           "Solliveien", "Parkveien", "Elvegata", "Torggata", "Havnegata"],
    "fi": ["Mannerheimintie", "Hämeenkatu", "Aleksanterinkatu", "Kauppakatu", "Rautatienkatu", "Koulukatu",
           "Puistokatu", "Satamakatu", "Kirkkokatu", "Rantatie", "Koivukuja", "Mäntytie"],
    "et": ["Narva mnt", "Pärnu mnt", "Tartu mnt", "Vabaduse pst", "Rüütli", "Pikk", "Lai", "Kalamaja",
           "Mustamäe tee", "Sõpruse pst", "Riia", "Aia"],
    "ro": ["Strada Mihai Eminescu", "Bulevardul Unirii", "Strada Republicii", "Calea Victoriei", "Strada Avram Iancu",
           "Bulevardul Eroilor", "Strada Florilor", "Strada Libertății", "Aleea Trandafirilor", "Strada Morii"],
    "hr": ["Ilica", "Vukovarska ulica", "Ulica kralja Zvonimira", "Savska cesta", "Ulica Ante Starčevića",
           "Put Firula", "Obala kneza Branimira", "Ulica Matije Gupca", "Trg bana Jelačića", "Zagrebačka ulica"],
    "sl": ["Slovenska cesta", "Celovška cesta", "Trubarjeva ulica", "Prešernova ulica", "Dunajska cesta",
           "Ulica heroja Šaranoviča", "Gosposvetska cesta", "Partizanska cesta", "Kidričeva ulica", "Cankarjeva ulica"],
    "sk": ["Obchodná", "Štúrova", "Hlavná", "Mlynské nivy", "Námestie SNP", "Záhradnícka", "Kukučínova",
           "Hviezdoslavova", "Račianska", "Jesenského"],
    "hu": ["Andrássy út", "Váci utca", "Rákóczi út", "Petőfi Sándor utca", "Kossuth Lajos utca", "Fő utca",
           "Dózsa György út", "Bartók Béla út", "Széchenyi tér", "Arany János utca"],
    "es": ["Calle Mayor", "Calle de Alcalá", "Avenida de la Constitución", "Calle Real", "Paseo de Gracia",
           "Calle San Vicente", "Gran Vía", "Calle del Carmen", "Rúa do Franco", "Kale Nagusia"],
    "latam": ["Av. Amazonas", "Calle Sucre", "Av. 9 de Octubre", "Jr. de la Unión", "Av. Arequipa", "Calle Bolívar",
              "Av. 18 de Julio", "Bulevar Artigas", "Calle Rivera", "Av. Larco"],
    "fr": ["rue de la République", "avenue Jean Jaurès", "boulevard Victor Hugo", "rue Pasteur", "place du Marché",
           "rue des Lilas", "allée des Acacias", "chemin des Vignes", "impasse du Moulin", "quai Saint-Pierre"],
    "de": ["Hauptstraße", "Bahnhofstraße", "Schillerstraße", "Gartenweg", "Lindenallee", "Am Markt",
           "Goethestraße", "Kirchplatz", "Mühlenweg", "Friedrich-Ebert-Straße", "Beethovenring", "Uhlandstraße"],
    "pt-BR": ["Rua das Flores", "Avenida Paulista", "Rua Sete de Setembro", "Avenida Brasil", "Rua XV de Novembro",
              "Travessa São José", "Rua da Consolação", "Avenida Getúlio Vargas", "Rua Bahia", "Alameda Santos"],
    "en-CA": ["Yonge St", "Queen St W", "Rue Sainte-Catherine", "Jasper Ave", "Portage Ave", "Granville St",
              "Spring Garden Rd", "Maple Crescent", "Lakeshore Blvd", "Rideau St"],
    "en-GB": ["Main Street", "Church Road", "Station Road", "High Street", "Victoria Terrace", "Oak Avenue",
              "Mill Lane", "Castle Close", "Grafton Street", "Eyre Square"],
    "en-US": ["Elm St", "Maple Ave", "Oak Dr", "Pine Ridge Rd", "Cedar Ln", "Washington Blvd", "Lincoln Way",
              "Hillcrest Ct", "Sunset Blvd", "Lake Shore Dr"],
    "ms": ["Jalan Ampang", "Jalan Tun Razak", "Jalan Bukit Bintang", "Jalan Sultan Ismail", "Lorong Maarof",
           "Jalan SS 2/24", "Jalan Kebun Teh", "Persiaran Gurney", "Jalan Pahang", "Jalan Tebrau"],
    "vi": ["Lê Lợi", "Nguyễn Huệ", "Trần Hưng Đạo", "Hai Bà Trưng", "Lý Thường Kiệt", "Điện Biên Phủ",
           "Nguyễn Trãi", "Phan Chu Trinh", "Cách Mạng Tháng Tám", "Võ Văn Tần"],
    "ru": ["ул. Ленина", "ул. Пушкина", "пр. Мира", "ул. Гагарина", "ул. Советская", "Невский пр.",
           "ул. Садовая", "ул. Кирова", "ул. Молодёжная", "Тверская ул."],
    "el": ["Ερμού", "Πανεπιστημίου", "Σταδίου", "Αγίου Δημητρίου", "Εγνατία", "Τσιμισκή", "Μητροπόλεως",
           "Κηφισίας", "Βασιλίσσης Σοφίας", "Πατησίων"],
    "it": ["Via Roma", "Via Garibaldi", "Corso Vittorio Emanuele", "Via Dante", "Piazza Cavour", "Viale Mazzini"],
    "nl": ["Kerkstraat", "Dorpsstraat", "Molenweg", "Stationsplein", "Julianalaan", "Beatrixstraat"],
    "pl": ["ul. Długa", "ul. Marszałkowska", "ul. Mickiewicza", "al. Jerozolimskie", "ul. Kościuszki", "ul. Słowackiego"],
    "sv": ["Storgatan", "Drottninggatan", "Kungsgatan", "Vasagatan", "Sveavägen", "Björkvägen"],
    "da": ["Vestergade", "Nørregade", "Strøget", "Østerbrogade", "Algade", "Søndergade"],
    "cs": ["Vinohradská", "Národní", "Masarykova", "Husova", "Palackého", "Nádražní"],
    "tr": ["Atatürk Bulvarı", "İstiklal Caddesi", "Cumhuriyet Caddesi", "Gül Sokak", "Barış Sokak", "Menderes Cd."],
    "pt": ["Rua Augusta", "Avenida da Liberdade", "Rua de Santa Catarina", "Rua do Carmo", "Travessa do Fala-Só"],
}

WEEKDAYS = {
    "en": ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"],
    "sk": ["pondelok", "utorok", "streda", "štvrtok", "piatok", "sobota", "nedeľa"],
    "ru": ["понедельник", "вторник", "среда", "четверг", "пятница", "суббота", "воскресенье"],
    "ko": ["월요일", "화요일", "수요일", "목요일", "금요일", "토요일", "일요일"],
}
MONTHS = {
    "en": ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
           "November", "December"],
    "hu": ["január", "február", "március", "április", "május", "június", "július", "augusztus", "szeptember",
           "október", "november", "december"],
    "fi": ["tammikuu", "helmikuu", "maaliskuu", "huhtikuu", "toukokuu", "kesäkuu", "heinäkuu", "elokuu", "syyskuu",
           "lokakuu", "marraskuu", "joulukuu"],
}

_ASCII = str.maketrans({"ł": "l", "ø": "o", "æ": "ae", "ß": "ss", "ı": "i", "đ": "d", "å": "a", "'": ""})


def _clean(s: str) -> str:
    """``s`` in lower-case ASCII letters (accents dropped, a few letters transliterated), for e-mail handles."""
    plain = unicodedata.normalize("NFKD", s.lower().translate(_ASCII))
    return "".join(ch for ch in plain if ch in string.ascii_lowercase)


def _email(g: Gen, first: str, last: str, domains: list[str]) -> str:
    """An e-mail from Latin-script name parts, else a handle of letters and digits."""
    a, b = _clean(first), _clean(last)
    if not a or not b:
        a, b = g.code("AAAAA").lower(), str(g.rnd.randint(10, 9999))
    local = g.rnd.choice([f"{a}.{b}", f"{a[0]}{b}", f"{b}.{a}{g.rnd.randint(1, 99)}", f"{a}_{b}", f"{a}{b[:3]}"])
    return f"{local}@{g.rnd.choice(domains)}"


def _person(g: Gen, locale: str) -> tuple[str, str]:
    firsts, lasts = NAMES[locale]
    return g.rnd.choice(firsts), g.rnd.choice(lasts)


def _people(g: Gen, locale: str) -> tuple[list[str], list[str]]:
    pairs = [_person(g, locale) for _ in range(g.rows)]
    return [a for a, _ in pairs], [b for _, b in pairs]


def _full(g: Gen, locale: str) -> Callable[[], str]:
    return lambda: " ".join(_person(g, locale))


def _female(g: Gen) -> bool:
    return g.rnd.random() < 0.5


def _street(g: Gen, locale: str, number_first: bool = False, extra: Callable[[], str] | None = None) -> Callable[[], str]:
    def make() -> str:
        street, number = g.rnd.choice(STREETS[locale]), f"{g.rnd.randint(1, 180)}{g.rnd.choice(['', '', '', 'A', 'b'])}"
        line = f"{number} {street}" if number_first else f"{street} {number}"
        return line + (extra() if extra else "")

    return make


def _tracking(g: Gen) -> str:
    return g.rnd.choice([g.code("AA999999999BR"), g.code("1Z9AA99999999999999"), g.code("JJD0099999999999"),
                         g.code("9999 9999 9999")])


def _sku(g: Gen) -> str:
    return g.code(g.rnd.choice(["AA-99999", "999-AAA-99", "AAA9999-A"]))


def _version(g: Gen) -> str:
    return f"{g.rnd.randint(1, 9)}.{g.rnd.randint(0, 30)}.{g.rnd.randint(0, 99)}"


def _coord(g: Gen, lat: tuple[float, float], lon: tuple[float, float]) -> str:
    return f"{g.rnd.uniform(*lat):.5f}, {g.rnd.uniform(*lon):.5f}"


_ERAS = [(date(2019, 5, 1), "令和"), (date(1989, 1, 8), "平成"), (date(1926, 12, 25), "昭和")]


def wareki(d: date) -> str:
    """A Japanese-era date: ``昭和59年3月12日`` (year 1 written 元)."""
    start, era = next((s, e) for s, e in _ERAS if d >= s)
    year = d.year - start.year + 1
    return f"{era}{'元' if year == 1 else year}年{d.month}月{d.day}日"


# -- tables ---------------------------------------------------------------------------------------------------------


def no_ferry(g: Gen) -> Table:
    births = g.births(1938, 2008)
    firsts, lasts = _people(g, "no")
    operators = [no_orgnr(g) for _ in range(3)]
    return Table("ferje.passasjerliste", "no", "snake", [
        _c("passasjer_id", N, "BIGINT", g.keys(5_100_001), "decoy"),
        _c("billettnummer", N, "VARCHAR", g.col(lambda: g.code("FJ-99999999")), "decoy"),
        _c("fornavn", "first_name", "VARCHAR", firsts),
        _c("etternavn", "last_name", "VARCHAR", lasts),
        _c("fodselsnummer", "national_id", "VARCHAR", [no_fnr(g, d) for d in births]),
        _c("fodselsdato", "date_of_birth", "VARCHAR", [d.strftime("%d.%m.%Y") for d in births]),
        _c("mobilnummer", "phone", "VARCHAR", g.col(lambda: g.phone("NO"))),
        _c("epost", "email", "VARCHAR",
           [_email(g, a, b, ["online.no", "gmail.com", "hotmail.no", "icloud.com"]) for a, b in zip(firsts, lasts)]),
        _c("gateadresse", "street_address", "VARCHAR", g.col(_street(g, "no"))),
        _c("postnummer", "postal_code", "VARCHAR", g.col(lambda: g.digits(4, "0123456789"))),
        _c("poststed", "city", "VARCHAR", g.col(g.pick(CITIES["no"]))),
        _c("avgang", N, "TIMESTAMP", g.moments("2026-06-01", 120), "decoy"),
        _c("rute", N, "VARCHAR", g.col(g.pick(["Bergen-Stavanger", "Bodø-Moskenes", "Halhjem-Sandvikvåg",
                                               "Moss-Horten", "Molde-Vestnes"])), "decoy"),
        _c("dekk", N, "INTEGER", g.ints(1, 7), "decoy"),
        _c("kjoretoy_lengde_m", N, "DOUBLE", g.floats(3.5, 18.75, 2), "decoy"),
        _c("rederi_orgnr", N, "VARCHAR", g.col(g.pick(operators)), "decoy", "business"),
        _c("rederi_telefon", N, "VARCHAR", g.col(g.pick(["55 23 87 00", "75 52 10 20", "52 70 45 00"])), "business"),
        _c("pris_nok", N, "DECIMAL(10,2)", g.amounts(79, 2_450), "decoy"),
        _c("ledsager_navn", "person_name", "VARCHAR", g.col(_full(g, "no"), nulls=0.8), "null_heavy"),
        _c("spesielle_behov", "free_text", "VARCHAR",
           g.col(lambda: f"{' '.join(_person(g, 'no'))} trenger rullestol om bord; datteren "
                         f"{g.rnd.choice(NAMES['no'][0])} følger med, tlf {g.phone('NO')}.", nulls=0.82), "null_heavy"),
    ])


def fi_library(g: Gen) -> Table:
    births = g.births(1935, 2016)
    firsts, lasts = _people(g, "fi")
    publishers = [fi_ytunnus(g) for _ in range(5)]
    books = ["Tuntematon sotilas", "Seitsemän veljestä", "Puhdistus", "Muumipeikko ja pyrstötähti", "Sinuhe egyptiläinen",
             "Täällä Pohjantähden alla", "Kalevala", "Oneiron", "Kätilö", "Pikku Myyn kirja"]
    return Table("kirjasto.lainaajat", "fi", "camel", [
        _c("asiakasId", N, "INTEGER", g.keys(300_001), "decoy"),
        _c("kirjastokortinNumero", N, "VARCHAR", g.col(lambda: "2" + g.digits(13, string.digits)), "decoy"),
        _c("etunimi", "first_name", "VARCHAR", firsts),
        _c("sukunimi", "last_name", "VARCHAR", lasts),
        _c("henkilotunnus", "national_id", "VARCHAR", [fi_hetu(g, d) for d in births]),
        _c("syntymaaika", "date_of_birth", "DATE", births),
        _c("matkapuhelin", "phone", "VARCHAR", g.col(lambda: g.phone("FI", "intl"))),
        _c("sahkoposti", "email", "VARCHAR",
           [_email(g, a, b, ["gmail.com", "luukku.com", "outlook.com", "kolumbus.fi"]) for a, b in zip(firsts, lasts)]),
        _c("katuosoite", "street_address", "VARCHAR",
           g.col(_street(g, "fi", extra=lambda: g.rnd.choice(["", f" A {g.rnd.randint(1, 40)}", f" as {g.rnd.randint(1, 30)}"])))),
        _c("postinumero", "postal_code", "VARCHAR", g.col(lambda: f"{g.rnd.randint(0, 99):02d}{g.rnd.randint(1, 99):02d}0")),
        _c("postitoimipaikka", "city", "VARCHAR", g.col(g.pick(CITIES["fi"]))),
        _c("huoltajanNimi", "person_name", "VARCHAR", g.col(_full(g, "fi"), nulls=0.8), "null_heavy"),
        _c("lainojenMaara", N, "INTEGER", g.ints(0, 40), "decoy"),
        _c("viimeisinLainaus", N, "TIMESTAMP", g.moments("2026-01-02", 330), "decoy"),
        _c("erapaiva", N, "DATE", g.days("2026-11-01", "2027-01-31"), "decoy"),
        _c("kirjanNimi", N, "VARCHAR", g.col(g.pick(books)), "decoy"),
        _c("isbn", N, "VARCHAR", g.col(lambda: isbn13(g)), "decoy"),
        _c("kustantajanYtunnus", N, "VARCHAR", g.col(g.pick(publishers)), "decoy", "business"),
        _c("sivukirjasto", N, "VARCHAR", g.col(g.pick(["Oodi", "Itäkeskus", "Metso", "Tikkurila", "Sello"])), "decoy"),
        _c("jasenyysKuukausi", N, "VARCHAR", g.col(g.pick(MONTHS["fi"])), "decoy"),
    ])


def et_parking(g: Gen) -> Table:
    women = [_female(g) for _ in range(g.rows)]
    births = g.births(1940, 2006)
    firsts, lasts = _people(g, "et")
    return Table("parkimine.elaniku_load", "et", "snake", [
        _c("loa_id", N, "BIGINT", g.keys(90_001), "decoy"),
        _c("loa_number", N, "VARCHAR", g.col(lambda: g.code("EL-2026-99999")), "decoy"),
        _c("eesnimi", "first_name", "VARCHAR", firsts),
        _c("perekonnanimi", "last_name", "VARCHAR", lasts),
        _c("isikukood", "national_id", "VARCHAR", [ee_isikukood(g, d, w) for d, w in zip(births, women)]),
        _c("synniaeg", "date_of_birth", "VARCHAR", [d.isoformat() for d in births]),
        _c("telefon", "phone", "VARCHAR", g.col(lambda: g.phone("EE", "e164"))),
        _c("e_post", "email", "VARCHAR",
           [_email(g, a, b, ["mail.ee", "gmail.com", "hot.ee", "neti.ee"]) for a, b in zip(firsts, lasts)]),
        _c("aadress", "street_address", "VARCHAR",
           g.col(_street(g, "et", extra=lambda: f"-{g.rnd.randint(1, 60)}"))),
        _c("postiindeks", "postal_code", "VARCHAR", g.col(lambda: g.rnd.choice("1234567") + g.digits(4, string.digits))),
        _c("linn", "city", "VARCHAR", g.col(g.pick(CITIES["et"]))),
        _c("tsoon", N, "VARCHAR", g.col(g.pick(["Kesklinn", "Kalamaja", "Kadriorg", "Vanalinn", "Tähtvere"])), "decoy"),
        _c("kehtiv_alates", N, "DATE", g.days("2025-01-01", "2026-10-31"), "decoy"),
        _c("kehtiv_kuni", N, "DATE", g.days("2026-11-01", "2027-12-31"), "decoy"),
        _c("tasu_eur", N, "DECIMAL(8,2)", g.amounts(5, 240), "decoy"),
        _c("haldaja_registrikood", N, "VARCHAR", g.col(lambda: ee_registrikood(g)), "decoy", "business"),
        _c("parkla_aadress", N, "VARCHAR", g.col(g.pick(["Rävala pst 5", "Narva mnt 7", "Küüni 7"])), "business"),
        _c("parkla_koordinaadid", N, "VARCHAR", g.col(lambda: _coord(g, (58.3, 59.5), (24.5, 27.2))), "decoy"),
        _c("kontaktisik", "person_name", "VARCHAR", g.col(_full(g, "et"), nulls=0.75), "null_heavy"),
        _c("arvelduskonto", "iban", "VARCHAR", g.col(lambda: iban(g, "EE", "9999999999999999"), nulls=0.8),
           "null_heavy"),
    ])


def ro_vet(g: Gen) -> Table:
    women = [_female(g) for _ in range(g.rows)]
    births = g.births(1945, 2005)
    firsts, lasts = _people(g, "ro")
    vets = [" ".join(_person(g, "ro")) for _ in range(6)]
    return Table("veterinar.FisaProprietar", "ro", "pascal", [
        _c("IdFisa", N, "INTEGER", g.keys(20_001), "decoy"),
        _c("PrenumeProprietar", "first_name", "VARCHAR", firsts),
        _c("NumeProprietar", "last_name", "VARCHAR", lasts),
        _c("Cnp", "national_id", "VARCHAR", [ro_cnp(g, d, w) for d, w in zip(births, women)]),
        _c("DataNasterii", "date_of_birth", "INTEGER", [int(d.strftime("%Y%m%d")) for d in births]),
        _c("Telefon", "phone", "VARCHAR", g.col(lambda: g.phone("RO"))),
        _c("Email", "email", "VARCHAR",
           [_email(g, a, b, ["yahoo.com", "gmail.com", "yahoo.ro"]) for a, b in zip(firsts, lasts)]),
        _c("Strada", "street_address", "VARCHAR", g.col(g.pick(STREETS["ro"]))),
        _c("Numar", "street_address", "VARCHAR", g.col(lambda: str(g.rnd.randint(1, 220)))),
        _c("BlocApartament", "street_address", "VARCHAR",
           g.col(lambda: f"Bl. {g.code('A9')}, Sc. {g.rnd.randint(1, 4)}, Ap. {g.rnd.randint(1, 80)}", nulls=0.72),
           "null_heavy"),
        _c("CodPostal", "postal_code", "VARCHAR", g.col(lambda: g.digits(6))),
        _c("Localitate", "city", "VARCHAR", g.col(g.pick(CITIES["ro"]))),
        _c("Judet", N, "VARCHAR", g.col(g.pick(["Cluj", "Iași", "Timiș", "Brașov", "Constanța", "Ilfov"])), "decoy"),
        _c("NumeAnimal", N, "VARCHAR", g.col(g.pick(["Rex", "Azorel", "Miti", "Pufi", "Bella", "Max", "Luna", "Tom"])),
           "decoy"),
        _c("Specie", N, "VARCHAR", g.col(g.pick(["câine", "pisică", "iepure", "papagal"])), "decoy"),
        _c("Microcip", N, "VARCHAR", g.col(lambda: "642" + g.digits(12, "0")), "decoy"),
        _c("DataVizitei", N, "DATE", g.days("2025-05-01", "2026-11-30"), "decoy"),
        _c("Diagnostic", N, "VARCHAR", g.col(g.pick(["otită externă", "vaccinare anuală", "deparazitare",
                                                     "dermatită", "control post-operator"])), "decoy"),
        _c("CuiClinica", N, "VARCHAR", g.col(lambda: ro_cui_(g)), "decoy", "business"),
        _c("MedicVeterinar", "person_name", "VARCHAR", g.col(g.pick(vets))),
        _c("CostTotal", N, "DECIMAL(10,2)", g.amounts(40, 2_800), "decoy"),
    ])


def hr_tenants(g: Gen) -> Table:
    births = g.births(1950, 2004)
    firsts, lasts = _people(g, "hr")
    agencies = [hr_oib(g) for _ in range(4)]
    return Table("najam.provjera_najmoprimaca", "hr", "snake", [
        _c("zahtjev_id", N, "BIGINT", g.keys(1), "decoy"),
        _c("ime", "first_name", "VARCHAR", firsts),
        _c("prezime", "last_name", "VARCHAR", lasts),
        _c("oib", "national_id", "VARCHAR", g.col(lambda: hr_oib(g))),
        _c("datum_rodjenja", "date_of_birth", "VARCHAR", [d.strftime("%d.%m.%Y.") for d in births]),
        _c("mobitel", "phone", "VARCHAR", g.col(lambda: g.phone("HR", "intl"))),
        _c("e_posta", "email", "VARCHAR",
           [_email(g, a, b, ["gmail.com", "net.hr", "t-com.hr"]) for a, b in zip(firsts, lasts)]),
        _c("ulica_i_broj", "street_address", "VARCHAR", g.col(_street(g, "hr"))),
        _c("postanski_broj", "postal_code", "VARCHAR", g.col(lambda: g.rnd.choice("12345") + g.digits(4, "0123456789"))),
        _c("grad", "city", "VARCHAR", g.col(g.pick(CITIES["hr"]))),
        _c("poslodavac", N, "VARCHAR", g.col(g.pick(["Podravka d.d.", "Končar d.d.", "INA d.d.", "Pliva Hrvatska d.o.o.",
                                                     "Infobip d.o.o."])), "decoy"),
        _c("oib_agencije", N, "VARCHAR", g.col(g.pick(agencies)), "decoy", "business"),
        _c("mjesecni_prihod", N, "DECIMAL(10,2)", g.amounts(700, 6_500), "decoy"),
        _c("kreditni_rejting", N, "VARCHAR", g.col(g.pick(["A", "B", "C", "D"])), "decoy"),
        _c("iban", "iban", "VARCHAR", g.col(lambda: iban(g, "HR", "99999999999999999"))),
        _c("jamac_ime_prezime", "person_name", "VARCHAR", g.col(_full(g, "hr"), nulls=0.78), "null_heavy"),
        _c("datum_zahtjeva", N, "DATE", g.days("2026-01-01", "2026-11-30"), "decoy"),
        _c("status", N, "VARCHAR", g.col(g.pick(["odobreno", "odbijeno", "u obradi"])), "decoy"),
    ])


def sl_blood(g: Gen) -> Table:
    women = [_female(g) for _ in range(g.rows)]
    births = g.births(1958, 2007)
    firsts, lasts = _people(g, "sl")
    return Table("darovanje.krvodajalci", "sl", "snake", [
        _c("darovalec_id", N, "BIGINT", g.keys(700_001), "decoy"),
        _c("ime", "first_name", "VARCHAR", firsts),
        _c("priimek", "last_name", "VARCHAR", lasts),
        _c("emso", "national_id", "VARCHAR", [si_emso(g, d, w) for d, w in zip(births, women)]),
        _c("datum_rojstva", "date_of_birth", "DATE", births),
        _c("krvna_skupina", N, "VARCHAR", g.col(g.pick(["0+", "0-", "A+", "A-", "B+", "AB+"])), "decoy"),
        _c("telefon", "phone", "VARCHAR", g.col(lambda: g.phone("SI"))),
        _c("eposta", "email", "VARCHAR",
           [_email(g, a, b, ["gmail.com", "siol.net", "t-2.net", "amis.net"]) for a, b in zip(firsts, lasts)]),
        _c("naslov", "street_address", "VARCHAR", g.col(_street(g, "sl"))),
        _c("postna_stevilka", "postal_code", "VARCHAR", g.col(lambda: g.digits(4))),
        _c("kraj", "city", "VARCHAR", g.col(g.pick(CITIES["sl"]))),
        _c("zadnji_odvzem", N, "TIMESTAMP", g.moments("2025-01-01", 680), "decoy"),
        _c("hemoglobin_g_l", N, "INTEGER", g.ints(118, 172), "decoy"),
        _c("st_odvzemov", N, "INTEGER", g.ints(1, 120), "decoy"),
        _c("vrecka_koda", N, "VARCHAR", g.col(lambda: g.code("SI99 999 999999")), "decoy"),
        _c("ddv_zavoda", N, "VARCHAR", g.col(g.pick([si_ddv_(g) for _ in range(2)])), "decoy", "business"),
        _c("mobilna_enota_naslov", N, "VARCHAR", g.col(g.pick(["Šlajmerjeva ulica 6", "Ljubljanska ulica 5",
                                                               "Oblakova ulica 5"])), "business"),
        _c("opombe", "free_text", "VARCHAR",
           g.col(lambda: f"Darovalko {' '.join(_person(g, 'sl'))} je pripeljal mož {g.rnd.choice(NAMES['sl'][0])}; "
                         f"pokličite na {g.phone('SI')}.", nulls=0.8), "null_heavy"),
    ])


def sk_tickets(g: Gen) -> Table:
    women = [_female(g) for _ in range(g.rows)]
    births = g.births(1950, 2008)
    firsts, lasts = _people(g, "sk")
    return Table("vstupenky.objednavkyListkov", "sk", "camel", [
        _c("objednavkaId", N, "BIGINT", g.keys(8_800_001), "decoy"),
        _c("cisloVstupenky", N, "VARCHAR", g.col(lambda: g.code("TK9999999999")), "decoy"),
        _c("meno", "first_name", "VARCHAR", firsts),
        _c("priezvisko", "last_name", "VARCHAR", lasts),
        _c("rodneCislo", "national_id", "VARCHAR", [sk_rodne(g, d, w) for d, w in zip(births, women)]),
        _c("datumNarodenia", "date_of_birth", "VARCHAR", [f"{d.day}. {d.month}. {d.year}" for d in births]),
        _c("telefon", "phone", "VARCHAR", g.col(lambda: g.phone("SK", "intl"))),
        _c("email", "email", "VARCHAR",
           [_email(g, a, b, ["azet.sk", "gmail.com", "centrum.sk", "zoznam.sk"]) for a, b in zip(firsts, lasts)]),
        _c("ulica", "street_address", "VARCHAR", g.col(_street(g, "sk"))),
        _c("psc", "postal_code", "VARCHAR", g.col(lambda: f"{g.rnd.randint(801, 991)} {g.rnd.randint(1, 99):02d}")),
        _c("mesto", "city", "VARCHAR", g.col(g.pick(CITIES["sk"]))),
        _c("nazovPodujatia", N, "VARCHAR", g.col(g.pick(["Pohoda 2026", "Grape Festival", "Slovan - Spartak",
                                                         "Labková párty", "Vianočný koncert SĽUK"])), "decoy"),
        _c("miestoKonania", N, "VARCHAR", g.col(g.pick(["Tehelné pole", "Letisko Trenčín", "Zimný štadión Košice",
                                                        "Incheba Expo"])), "decoy"),
        _c("sektor", N, "VARCHAR", g.col(lambda: g.code("A") + str(g.rnd.randint(1, 30))), "decoy"),
        _c("rad", N, "INTEGER", g.ints(1, 40), "decoy"),
        _c("sedadlo", N, "INTEGER", g.ints(1, 60), "decoy"),
        _c("cenaEur", N, "DECIMAL(8,2)", g.amounts(9, 189), "decoy"),
        _c("dicOrganizatora", N, "VARCHAR", g.col(g.pick([sk_dph_(g) for _ in range(3)])), "decoy", "business"),
        _c("qrKod", N, "VARCHAR", g.col(g.sha), "decoy"),
        _c("cisloKarty", "credit_card", "VARCHAR", g.col(lambda: card(g, spaced=True))),
        _c("denPodujatia", N, "VARCHAR", g.col(g.pick(WEEKDAYS["sk"])), "decoy"),
    ])


def hu_utility(g: Gen) -> Table:
    births = g.births(1935, 2004)
    firsts, lasts = _people(g, "hu")
    return Table("kozmu.SZAMLAZASI_UGYFELEK", "hu", "screaming", [
        _c("UGYFEL_AZON", N, "BIGINT", g.keys(3_000_001), "decoy"),
        _c("VEZETEKNEV", "last_name", "VARCHAR", lasts),
        _c("KERESZTNEV", "first_name", "VARCHAR", firsts),
        _c("ADOAZONOSITO_JEL", "national_id", "VARCHAR", [hu_tax_id(g, d) for d in births]),
        _c("SZULETESI_DATUM", "date_of_birth", "VARCHAR", [d.strftime("%Y.%m.%d.") for d in births]),
        _c("SZULETESI_HELY", "city", "VARCHAR", g.col(g.pick(CITIES["hu"]))),
        _c("ANYJA_NEVE", "person_name", "VARCHAR", g.col(_full(g, "hu"))),
        _c("TELEFONSZAM", "phone", "VARCHAR", g.col(lambda: g.phone("HU"))),
        _c("EMAIL_CIM", "email", "VARCHAR",
           [_email(g, a, b, ["freemail.hu", "gmail.com", "citromail.hu", "t-online.hu"]) for a, b in zip(firsts, lasts)]),
        _c("LAKCIM", "street_address", "VARCHAR",
           g.col(lambda: f"{g.rnd.choice(STREETS['hu'])} {g.rnd.randint(1, 120)}. {g.rnd.choice(['', '', '2. em. 5.', 'fsz. 1.'])}".strip())),
        _c("IRANYITOSZAM", "postal_code", "VARCHAR", g.col(lambda: g.digits(4))),
        _c("TELEPULES", "city", "VARCHAR", g.col(g.pick(CITIES["hu"]))),
        _c("MEROORA_SZAM", N, "VARCHAR", g.col(lambda: g.code("HU-99999999")), "decoy"),
        _c("FOGYASZTAS_KWH", N, "DOUBLE", g.floats(40, 1_900, 1), "decoy"),
        _c("SZAMLA_SORSZAM", N, "VARCHAR", g.col(lambda: g.code("E-2026/999999")), "decoy"),
        _c("SZAMLA_KELTE", N, "DATE", g.days("2026-01-05", "2026-11-05"), "decoy"),
        _c("FIZETESI_HATARIDO", N, "DATE", g.days("2026-01-20", "2026-11-20"), "decoy"),
        _c("ELSZAMOLASI_HONAP", N, "VARCHAR", g.col(g.pick(MONTHS["hu"])), "decoy"),
        _c("SZOLGALTATO_ADOSZAM", N, "VARCHAR", g.col(g.pick([hu_anum(g) for _ in range(3)])), "decoy", "business"),
        _c("BANKSZAMLASZAM", "iban", "VARCHAR", g.col(lambda: iban(g, "HU", "999999999999999999999999", spaced=True))),
    ])


def es_gym(g: Gen) -> Table:
    firsts, lasts = _people(g, "es")
    return Table("gimnasio.socios_alta", "es", "snake+abbrev", [
        _c("soc_id", N, "INTEGER", g.keys(10_001), "decoy", "abbrev"),
        _c("num_socio", N, "VARCHAR", g.col(lambda: g.code("GYM-999999")), "decoy"),
        _c("nom", "first_name", "VARCHAR", firsts, "abbrev"),
        _c("ape1", "last_name", "VARCHAR", lasts, "abbrev"),
        _c("ape2", "last_name", "VARCHAR", g.col(g.pick(NAMES["es"][1])), "abbrev"),
        _c("dni", "national_id", "VARCHAR", g.col(lambda: es_dni_(g), nulls=0.0)),
        _c("nie", "national_id", "VARCHAR", g.col(lambda: es_nie_(g), nulls=0.82), "null_heavy"),
        _c("f_nac", "date_of_birth", "DATE", g.births(1950, 2008), "abbrev"),
        _c("tlf_movil", "phone", "VARCHAR", g.col(lambda: g.phone("ES", "digits")), "abbrev"),
        _c("email", "email", "VARCHAR",
           [_email(g, a, b, ["gmail.com", "hotmail.es", "yahoo.es", "telefonica.net"]) for a, b in zip(firsts, lasts)]),
        _c("dir", "street_address", "VARCHAR",
           g.col(lambda: f"{g.rnd.choice(STREETS['es'])}, {g.rnd.randint(1, 150)}, {g.rnd.randint(1, 9)}º "
                         f"{g.rnd.choice('ABCD')}"), "abbrev"),
        _c("cp", "postal_code", "VARCHAR", g.col(lambda: f"{g.rnd.randint(1, 52):02d}{g.rnd.randint(0, 999):03d}"),
           "abbrev"),
        _c("pob", "city", "VARCHAR", g.col(g.pick(CITIES["es"])), "abbrev"),
        _c("prov", N, "VARCHAR", g.col(g.pick(["Madrid", "Barcelona", "Bizkaia", "Sevilla", "Pontevedra"])), "decoy",
           "abbrev"),
        _c("cuota_eur", N, "DECIMAL(8,2)", g.amounts(19.9, 89.9), "decoy"),
        _c("f_alta", N, "DATE", g.days("2019-01-01", "2026-11-30"), "decoy", "abbrev"),
        _c("tipo_abono", N, "VARCHAR", g.col(g.pick(["mensual", "trimestral", "anual", "mañanas"])), "decoy"),
        _c("cif_empresa_convenio", N, "VARCHAR", g.col(lambda: es_cif_(g), nulls=0.0), "decoy", "business"),
        _c("iban_domic", "iban", "VARCHAR", g.col(lambda: es_iban(g)), "abbrev"),
        _c("tlf_emerg", "phone", "VARCHAR", g.col(lambda: g.phone("ES"), nulls=0.8), "null_heavy", "abbrev"),
        _c("cto_emerg", "person_name", "VARCHAR", g.col(_full(g, "es"), nulls=0.8), "null_heavy", "abbrev"),
    ])


def fr_recruiting(g: Gen) -> Table:
    women = [_female(g) for _ in range(g.rows)]
    births = g.births(1960, 2006)
    firsts, lasts = _people(g, "fr")
    recruiters = [" ".join(_person(g, "fr")) for _ in range(5)]
    sirens = [fr_siren(g) for _ in range(4)]
    return Table("recrutement.candidatures", "fr", "camel", [
        _c("candidatureId", N, "BIGINT", g.keys(600_001), "decoy"),
        _c("referenceOffre", N, "VARCHAR", g.col(lambda: g.code("OFF-2026-9999")), "decoy"),
        _c("prenom", "first_name", "VARCHAR", firsts),
        _c("nomDeFamille", "last_name", "VARCHAR", lasts),
        _c("nomDeNaissance", "last_name", "VARCHAR", g.col(g.pick(NAMES["fr"][1]), nulls=0.8), "null_heavy"),
        _c("numeroSecuriteSociale", "ssn", "VARCHAR", [fr_nir(g, d, w) for d, w in zip(births, women)]),
        _c("dateNaissance", "date_of_birth", "VARCHAR", [d.strftime("%d/%m/%Y") for d in births]),
        _c("telephonePortable", "phone", "VARCHAR", g.col(lambda: g.phone("FR"))),
        _c("adresseMail", "email", "VARCHAR",
           [_email(g, a, b, ["orange.fr", "free.fr", "laposte.net", "gmail.com", "sfr.fr"]) for a, b in zip(firsts, lasts)]),
        _c("adressePostale", "street_address", "VARCHAR", g.col(_street(g, "fr", number_first=True))),
        _c("codePostal", "postal_code", "VARCHAR", g.col(lambda: f"{g.rnd.choice([13, 31, 33, 35, 38, 44, 59, 67, 69, 75]):02d}"
                                                            f"{g.rnd.randint(0, 999):03d}")),
        _c("ville", "city", "VARCHAR", g.col(g.pick(CITIES["fr"]))),
        _c("intitulePoste", N, "VARCHAR", g.col(g.pick(["Développeur back-end", "Chargé de clientèle", "Comptable",
                                                        "Technicien de maintenance", "Infirmier de nuit"])), "decoy"),
        _c("salaireSouhaite", N, "INTEGER", g.ints(24_000, 85_000), "decoy"),
        _c("dateEntretien", N, "TIMESTAMP", g.moments("2026-09-01", 90), "decoy"),
        _c("recruteur", "person_name", "VARCHAR", g.col(g.pick(recruiters))),
        _c("sirenEntreprise", N, "VARCHAR", g.col(g.pick(sirens)), "decoy", "business"),
        _c("siretEtablissement", N, "VARCHAR", g.col(lambda: fr_siret(g, g.rnd.choice(sirens))), "decoy", "business"),
        _c("tvaIntracom", N, "VARCHAR", g.col(g.pick([fr_tva_(g) for _ in range(3)])), "decoy", "business"),
        _c("empreinteCv", N, "VARCHAR", g.col(g.sha), "decoy"),
        _c("sourceCandidature", N, "VARCHAR", g.col(g.pick(["Indeed", "APEC", "LinkedIn", "cooptation",
                                                            "France Travail"])), "decoy"),
        _c("commentaireRecruteur", "free_text", "VARCHAR",
           g.col(lambda: f"Recommandé(e) par {' '.join(_person(g, 'fr'))} ; rappeler {g.rnd.choice(NAMES['fr'][0])} "
                         f"au {g.phone('FR')} après 18h.", nulls=0.75), "null_heavy"),
    ])


def de_telematics(g: Gen) -> Table:
    firsts, lasts = _people(g, "de")
    births = g.births(1948, 2006)
    return Table("telematik.Fahrtenbuch", "de", "pascal", [
        _c("FahrtId", N, "BIGINT", g.keys(90_000_001), "decoy"),
        _c("FahrzeugId", N, "INTEGER", g.ints(1_000, 1_400), "decoy"),
        _c("Vorname", "first_name", "VARCHAR", firsts),
        _c("Nachname", "last_name", "VARCHAR", lasts),
        _c("SteuerIdNr", "national_id", "VARCHAR", g.col(lambda: de_steuer_id(g))),
        _c("Geburtsdatum", "date_of_birth", "VARCHAR", [d.strftime("%d.%m.%Y") for d in births]),
        _c("Handynummer", "phone", "VARCHAR", g.col(lambda: g.phone("DE", "e164"))),
        _c("EMail", "email", "VARCHAR",
           [_email(g, a, b, ["web.de", "gmx.de", "t-online.de", "posteo.de"]) for a, b in zip(firsts, lasts)]),
        _c("Strasse", "street_address", "VARCHAR", g.col(g.pick(STREETS["de"]))),
        _c("Hausnummer", "street_address", "VARCHAR",
           g.col(lambda: f"{g.rnd.randint(1, 160)}{g.rnd.choice(['', '', '', 'a', 'b', ' c'])}")),
        _c("Plz", "postal_code", "VARCHAR", g.col(lambda: f"{g.rnd.randint(1067, 99998):05d}")),
        _c("Wohnort", "city", "VARCHAR", g.col(g.pick(CITIES["de"]))),
        _c("StartZeit", N, "TIMESTAMP", g.moments("2026-10-01", 60), "decoy"),
        _c("StartLat", N, "DOUBLE", g.floats(47.3, 54.9), "decoy"),
        _c("StartLon", N, "DOUBLE", g.floats(5.9, 15.0), "decoy"),
        _c("KmStand", N, "INTEGER", g.ints(1_200, 240_000), "decoy"),
        _c("FirmwareVersion", N, "VARCHAR", g.col(lambda: _version(g)), "decoy"),
        _c("UstIdNr", N, "VARCHAR", g.col(g.pick([de_ust(g) for _ in range(3)])), "decoy", "business"),
        _c("Flottenbetreiber", N, "VARCHAR", g.col(g.pick(["Sixt Leasing SE", "Alphabet Fuhrparkmanagement GmbH",
                                                           "Athlon Germany GmbH", "Stadtwerke Ulm/Neu-Ulm GmbH"])), "decoy"),
        _c("IpAdresseGeraet", "ip_address", "VARCHAR", g.col(g.ipv4)),
        _c("Beifahrer", "person_name", "VARCHAR", g.col(_full(g, "de"), nulls=0.85), "null_heavy"),
    ])


def br_buyers(g: Gen) -> Table:
    births = g.births(1945, 2007)
    sellers = [br_cnpj(g) for _ in range(6)]
    return Table("marketplace.compradores", "pt-BR", "snake", [
        _c("comprador_id", N, "BIGINT", g.keys(77_000_001), "decoy"),
        _c("nome_completo", "person_name", "VARCHAR", g.col(lambda: " ".join(
            [g.rnd.choice(NAMES["pt-BR"][0]), g.rnd.choice(NAMES["pt-BR"][1]), g.rnd.choice(NAMES["pt-BR"][1])]))),
        _c("cpf", "national_id", "VARCHAR", g.col(lambda: br_cpf(g))),
        _c("data_nascimento", "date_of_birth", "VARCHAR", [d.strftime("%d/%m/%Y") for d in births]),
        _c("celular", "phone", "VARCHAR", g.col(lambda: g.phone("BR"))),
        _c("email", "email", "VARCHAR",
           g.col(lambda: _email(g, *_person(g, "pt-BR"), ["gmail.com", "uol.com.br", "bol.com.br", "hotmail.com"]))),
        _c("logradouro", "street_address", "VARCHAR", g.col(g.pick(STREETS["pt-BR"]))),
        _c("numero", "street_address", "VARCHAR", g.col(lambda: str(g.rnd.randint(1, 3_500)))),
        _c("complemento", "street_address", "VARCHAR",
           g.col(lambda: g.rnd.choice([f"Apto {g.rnd.randint(11, 204)}", f"Casa {g.rnd.randint(1, 4)}",
                                       f"Bloco {g.rnd.choice('ABC')}, ap. {g.rnd.randint(1, 90)}"]), nulls=0.72),
           "null_heavy"),
        _c("cep", "postal_code", "VARCHAR", g.col(lambda: f"{g.digits(5, '0123456789')}-{g.digits(3, '0123456789')}")),
        _c("cidade", "city", "VARCHAR", g.col(g.pick(CITIES["pt-BR"]))),
        _c("uf", N, "VARCHAR", g.col(g.pick(["SP", "RJ", "MG", "BA", "PR", "RS", "PE"])), "decoy"),
        _c("pedido_numero", N, "VARCHAR", g.col(lambda: g.code("PED-99999999")), "decoy"),
        _c("cnpj_vendedor", N, "VARCHAR", g.col(g.pick(sellers)), "decoy", "business"),
        _c("valor_total", N, "DECIMAL(12,2)", g.amounts(9.9, 4_999), "decoy"),
        _c("codigo_rastreio", N, "VARCHAR", g.col(lambda: g.code("AA999999999BR")), "decoy"),
        _c("nome_produto", N, "VARCHAR", g.col(g.pick(["Fone Bluetooth XB-20", "Air Fryer 4L", "Tênis Corrida Leve",
                                                       "Capinha iPhone 15", "Cafeteira Expresso"])), "decoy"),
        _c("ean_produto", N, "VARCHAR", g.col(lambda: ean13(g)), "decoy"),
        _c("ip_compra", "ip_address", "VARCHAR", g.col(lambda: g.ipv6() if g.rnd.random() < 0.3 else g.ipv4())),
        _c("data_pedido", N, "TIMESTAMP", g.moments("2026-03-01", 270), "decoy"),
    ])


def ca_car_rental(g: Gen) -> Table:
    firsts, lasts = _people(g, "en-CA")
    return Table("RENTAL.CAR_AGRMT", "en", "screaming", [
        _c("AGR_NO", N, "VARCHAR", g.col(lambda: g.code("RA99999999")), "decoy", "abbrev"),
        _c("CUST_FNM", "first_name", "VARCHAR", firsts, "abbrev"),
        _c("CUST_LNM", "last_name", "VARCHAR", lasts, "abbrev"),
        _c("SIN_NO", "ssn", "VARCHAR", g.col(lambda: ca_sin_(g), nulls=0.72), "null_heavy", "abbrev"),
        _c("DOB", "date_of_birth", "DATE", g.births(1940, 2005), "abbrev"),
        _c("CTC_PH", "phone", "VARCHAR", g.col(lambda: g.phone("CA")), "abbrev"),
        _c("CTC_EML", "email", "VARCHAR",
           [_email(g, a, b, ["rogers.com", "shaw.ca", "videotron.ca", "gmail.com", "sympatico.ca"])
            for a, b in zip(firsts, lasts)], "abbrev"),
        _c("ADDR_LN1", "street_address", "VARCHAR", g.col(_street(g, "en-CA", number_first=True)), "abbrev"),
        _c("ADDR_LN2", "street_address", "VARCHAR",
           g.col(lambda: g.rnd.choice([f"Unit {g.rnd.randint(1, 40)}", f"Apt {g.rnd.randint(101, 2505)}",
                                       f"Suite {g.rnd.randint(100, 900)}"]), nulls=0.75), "null_heavy", "abbrev"),
        _c("CITY_NM", "city", "VARCHAR", g.col(g.pick(CITIES["en-CA"])), "abbrev"),
        _c("PROV_CD", N, "VARCHAR", g.col(g.pick(["ON", "QC", "BC", "AB", "MB", "NS", "SK"])), "decoy", "abbrev"),
        _c("PSTL_CD", "postal_code", "VARCHAR", g.col(lambda: _ca_postal(g)), "abbrev"),
        _c("CC_NO", "credit_card", "VARCHAR", g.col(lambda: card(g)), "abbrev"),
        _c("PICKUP_TS", N, "TIMESTAMP", g.moments("2026-05-01", 200), "decoy", "abbrev"),
        _c("RETURN_TS", N, "TIMESTAMP", g.moments("2026-05-08", 200), "decoy", "abbrev"),
        _c("VEH_CLASS", N, "VARCHAR", g.col(g.pick(["ECAR", "CCAR", "IFAR", "SFAR", "PVAR"])), "decoy", "abbrev"),
        _c("ODO_OUT", N, "INTEGER", g.ints(300, 98_000), "decoy", "abbrev"),
        _c("CORP_BN", N, "VARCHAR", g.col(lambda: ca_bn_(g), nulls=0.0), "decoy", "business", "abbrev"),
        _c("BRANCH_PH", N, "VARCHAR", g.col(g.pick(["(416) 555-0142", "(514) 555-0199", "(604) 555-0110"])),
           "business", "abbrev"),
        _c("BRANCH_ADDR", N, "VARCHAR", g.col(g.pick(["6301 Silver Dart Dr", "975 Roméo-Vachon Blvd N",
                                                      "3211 Grant McConachie Way"])), "business", "abbrev"),
        _c("RATE_CAD", N, "DECIMAL(8,2)", g.amounts(39, 289), "decoy", "abbrev"),
    ])


def _ca_postal(g: Gen) -> str:
    letter = lambda: g.rnd.choice("ABCEGHJKLMNPRSTVWXYZ")
    return (f"{g.rnd.choice('KLMNPRTVHJGSE')}{g.rnd.randint(0, 9)}{letter()}{g.rnd.choice([' ', ' ', ''])}"
            f"{g.rnd.randint(0, 9)}{letter()}{g.rnd.randint(0, 9)}")


def hi_pharmacy(g: Gen) -> Table:
    firsts = [g.rnd.choice(HI_FIRST) for _ in range(g.rows)]
    lasts = [g.rnd.choice(HI_LAST) for _ in range(g.rows)]
    doctors = [f"डॉ. {g.rnd.choice(HI_FIRST)[0]} {g.rnd.choice(HI_LAST)[0]}" for _ in range(6)]
    births = g.births(1940, 2010)
    return Table("davakhana.पर्चे", "hi", "snake", [
        _c("पर्चा_क्रमांक", N, "BIGINT", g.keys(40_001), "decoy"),
        _c("मरीज़_का_नाम", "person_name", "VARCHAR", [f"{a[0]} {b[0]}" for a, b in zip(firsts, lasts)]),
        _c("पिता_का_नाम", "person_name", "VARCHAR", [f"{g.rnd.choice(HI_FIRST)[0]} {b[0]}" for b in lasts]),
        _c("आधार_नंबर", "national_id", "VARCHAR", g.col(lambda: in_aadhaar(g))),
        _c("पैन_कार्ड", "national_id", "VARCHAR", [in_pan(g, b[1]) for b in lasts]),
        _c("जन्म_तिथि", "date_of_birth", "VARCHAR", [d.strftime("%d-%m-%Y") for d in births]),
        _c("मोबाइल", "phone", "VARCHAR", g.col(lambda: g.phone("IN", "digits"))),
        _c("ईमेल", "email", "VARCHAR",
           [_email(g, a[1], b[1], ["gmail.com", "rediffmail.com", "yahoo.co.in"]) for a, b in zip(firsts, lasts)]),
        _c("पता", "street_address", "VARCHAR",
           g.col(lambda: f"मकान नं. {g.rnd.randint(1, 400)}, {g.rnd.choice(['गांधी नगर', 'शास्त्री मार्ग', 'नेहरू कॉलोनी', 'सिविल लाइंस', 'राजा पार्क'])}")),
        _c("पिन_कोड", "postal_code", "VARCHAR", g.col(lambda: g.digits(6))),
        _c("शहर", "city", "VARCHAR", g.col(g.pick(CITIES["hi"]))),
        _c("दवा_का_नाम", N, "VARCHAR", g.col(g.pick(["पैरासिटामोल 500", "एमोक्सिसिलिन 250", "मेटफॉर्मिन 500",
                                                     "सेट्रीज़ीन 10", "पैंटोप्राज़ोल 40"])), "decoy"),
        _c("खुराक", N, "VARCHAR", g.col(g.pick(["1-0-1", "1-1-1", "0-0-1", "1-0-0"])), "decoy"),
        _c("मात्रा", N, "INTEGER", g.ints(5, 60), "decoy"),
        _c("डॉक्टर_का_नाम", "person_name", "VARCHAR", g.col(g.pick(doctors))),
        _c("फार्मेसी_जीएसटीआईएन", N, "VARCHAR", g.col(g.pick([in_gstin(g) for _ in range(3)])), "decoy", "business"),
        _c("फार्मेसी_पैन", N, "VARCHAR", g.col(g.pick([in_pan(g, company=True) for _ in range(3)])), "decoy",
           "business"),
        _c("बिल_राशि", N, "DECIMAL(10,2)", g.amounts(30, 6_000), "decoy"),
        _c("बिल_दिनांक", N, "DATE", g.days("2026-01-01", "2026-11-30"), "decoy"),
    ])


def ko_hotel(g: Gen) -> Table:
    women = [_female(g) for _ in range(g.rows)]
    births = g.births(1945, 2007)
    firsts = [g.rnd.choice(KO_FIRST) for _ in range(g.rows)]
    lasts = [g.rnd.choice(KO_LAST) for _ in range(g.rows)]
    districts = ["서울특별시 강남구 테헤란로", "서울특별시 마포구 월드컵북로", "부산광역시 해운대구 해운대로",
                 "대구광역시 수성구 동대구로", "경기도 성남시 분당구 판교역로", "인천광역시 연수구 컨벤시아대로"]
    return Table("호텔.투숙객", "ko", "snake", [
        _c("투숙객번호", N, "BIGINT", g.keys(2_026_000_001), "decoy"),
        _c("성", "last_name", "VARCHAR", [b[0] for b in lasts]),
        _c("이름", "first_name", "VARCHAR", [a[0] for a in firsts]),
        _c("주민등록번호", "national_id", "VARCHAR", [kr_rrn(g, d, w) for d, w in zip(births, women)]),
        _c("생년월일", "date_of_birth", "VARCHAR", [f"{d.year}년 {d.month:02d}월 {d.day:02d}일" for d in births]),
        _c("휴대전화", "phone", "VARCHAR", g.col(lambda: g.phone("KR"))),
        _c("이메일", "email", "VARCHAR",
           [_email(g, a[1], b[1], ["naver.com", "daum.net", "kakao.com", "gmail.com"]) for a, b in zip(firsts, lasts)]),
        _c("주소", "street_address", "VARCHAR",
           g.col(lambda: f"{g.rnd.choice(districts)} {g.rnd.randint(1, 300)}, {g.rnd.randint(101, 1503)}호")),
        _c("우편번호", "postal_code", "VARCHAR", g.col(lambda: f"{g.rnd.randint(1000, 63644):05d}")),
        _c("거주도시", "city", "VARCHAR", g.col(g.pick(CITIES["ko"]))),
        _c("체크인", N, "DATE", g.days("2026-03-01", "2026-11-30"), "decoy"),
        _c("체크아웃", N, "DATE", g.days("2026-03-02", "2026-12-05"), "decoy"),
        _c("객실번호", N, "INTEGER", g.col(lambda: g.rnd.randint(2, 28) * 100 + g.rnd.randint(1, 40)), "decoy"),
        _c("객실유형", N, "VARCHAR", g.col(g.pick(["디럭스 더블", "스탠다드 트윈", "스위트", "패밀리 온돌"])), "decoy"),
        _c("1박요금", N, "INTEGER", g.ints(89_000, 690_000), "decoy"),
        _c("사업자등록번호", N, "VARCHAR", g.col(g.pick([kr_brn(g) for _ in range(3)])), "decoy", "business"),
        _c("예약요일", N, "VARCHAR", g.col(g.pick(WEEKDAYS["ko"])), "decoy"),
        _c("동반자_이름", "person_name", "VARCHAR",
           g.col(lambda: g.rnd.choice(KO_LAST)[0] + g.rnd.choice(KO_FIRST)[0], nulls=0.8), "null_heavy"),
        _c("카드번호", "credit_card", "VARCHAR", g.col(lambda: card(g, spaced=g.rnd.random() < 0.5))),
    ])


def ms_alumni(g: Gen) -> Table:
    births = g.births(1950, 2003)
    sg_rows = [g.rnd.random() < 0.22 for _ in range(g.rows)]
    firsts, lasts = _people(g, "ms")
    return Table("alumni.bekas_pelajar", "ms", "snake", [
        _c("id_alumni", N, "INTEGER", g.keys(1), "decoy"),
        _c("nama_penuh", "person_name", "VARCHAR",
           [f"{a} {'bin' if g.rnd.random() < 0.5 else 'binti'} {b}" if g.rnd.random() < 0.6 else f"{b} {a}"
            for a, b in zip(firsts, lasts)]),
        _c("no_mykad", "national_id", "VARCHAR", [None if s else my_mykad(g, d) for d, s in zip(births, sg_rows)]),
        _c("no_nric_sg", "national_id", "VARCHAR", [sg_nric(g, d) if s else None for d, s in zip(births, sg_rows)],
           "null_heavy"),
        _c("tarikh_lahir", "date_of_birth", "VARCHAR", [d.strftime("%d/%m/%Y") for d in births]),
        _c("no_telefon", "phone", "VARCHAR",
           [g.phone("SG", "intl") if s else g.phone("MY") for s in sg_rows]),
        _c("e_mel", "email", "VARCHAR",
           [_email(g, a, b, ["gmail.com", "yahoo.com.my", "live.com.my", "singnet.com.sg"]) for a, b in zip(firsts, lasts)]),
        _c("alamat", "street_address", "VARCHAR",
           g.col(lambda: f"No. {g.rnd.randint(1, 88)}, {g.rnd.choice(STREETS['ms'])}")),
        _c("poskod", "postal_code", "VARCHAR",
           [g.digits(6, "0123456") if s else f"{g.rnd.randint(10_000, 98_859):05d}" for s in sg_rows]),
        _c("bandar", "city", "VARCHAR", [("Singapore" if s else g.rnd.choice(CITIES["ms"][:-1])) for s in sg_rows]),
        _c("negeri", N, "VARCHAR", g.col(g.pick(["Selangor", "Johor", "Pulau Pinang", "Sabah", "Sarawak", "Perak"])),
           "decoy"),
        _c("tahun_graduasi", N, "INTEGER", g.ints(1985, 2026), "decoy"),
        _c("fakulti", N, "VARCHAR", g.col(g.pick(["Kejuruteraan", "Perubatan", "Sains Komputer", "Undang-undang",
                                                  "Perniagaan"])), "decoy"),
        _c("no_matrik", N, "VARCHAR", g.col(lambda: g.code("A99AA9999")), "decoy"),
        _c("derma_rm", N, "DECIMAL(10,2)", g.amounts(0, 5_000), "decoy"),
        _c("nama_majikan", N, "VARCHAR", g.col(g.pick(["Petronas", "Maybank", "Grab Holdings", "Sime Darby",
                                                       "DBS Bank"])), "decoy"),
        _c("uen_majikan", N, "VARCHAR", g.col(g.pick([sg_uen(g) for _ in range(4)])), "decoy", "business"),
        _c("nama_pengguna", USERNAME, "VARCHAR",
           [f"{_clean(a)}{_clean(b)[:3]}{g.rnd.randint(1, 99)}" for a, b in zip(firsts, lasts)], "username"),
    ])


def latam_telemed(g: Gen) -> Table:
    country = [g.rnd.choice(["EC", "EC", "PE", "PE", "UY"]) for _ in range(g.rows)]
    firsts, lasts = _people(g, "latam")
    doctors = [f"Dr. {' '.join(_person(g, 'latam'))}" for _ in range(6)]
    postal = {"EC": lambda: f"{g.rnd.randint(1, 24):02d}{g.rnd.randint(0, 9999):04d}",
              "PE": lambda: f"{g.rnd.choice(['15', '04', '13', '08', '20'])}{g.rnd.randint(0, 999):03d}",
              "UY": lambda: f"{g.rnd.randint(11, 97)}{g.rnd.randint(0, 999):03d}"}
    return Table("telemedicina.consultasPacientes", "es", "camel", [
        _c("idConsulta", N, "BIGINT", g.keys(310_001), "decoy"),
        _c("nombres", "first_name", "VARCHAR", firsts),
        _c("apellidos", "last_name", "VARCHAR", [f"{b} {g.rnd.choice(NAMES['latam'][1])}" for b in lasts]),
        _c("tipoDocumento", N, "VARCHAR", [{"EC": "CI", "PE": "DNI", "UY": "PAS"}[c] for c in country], "decoy"),
        _c("numeroDocumento", "national_id", "VARCHAR",
           [ec_cedula(g) if c == "EC" else pe_dni(g) if c == "PE" else None for c in country]),
        _c("fechaNacimiento", "date_of_birth", "DATE", g.births(1938, 2010)),
        _c("celular", "phone", "VARCHAR", [g.phone(c, "e164") for c in country]),
        _c("correo", "email", "VARCHAR",
           [_email(g, a, b, ["gmail.com", "hotmail.com", "outlook.es", "adinet.com.uy"]) for a, b in zip(firsts, lasts)]),
        _c("direccion", "street_address", "VARCHAR", g.col(_street(g, "latam"))),
        _c("codigoPostal", "postal_code", "VARCHAR", [postal[c]() for c in country]),
        _c("ciudad", "city", "VARCHAR",
           [g.rnd.choice(CITIES["latam"][:5] if c == "EC" else CITIES["latam"][5:10] if c == "PE" else CITIES["latam"][10:])
            for c in country]),
        _c("rucClinica", N, "VARCHAR", [ec_ruc_(g) if c == "EC" else pe_ruc_(g) if c == "PE" else uy_rut_(g)
                                        for c in country], "decoy", "business"),
        _c("medicoTratante", "person_name", "VARCHAR", g.col(g.pick(doctors))),
        _c("motivoConsulta", N, "VARCHAR", g.col(g.pick(["control", "receta", "resultado de laboratorio",
                                                         "dolor lumbar", "teleorientación"])), "decoy"),
        _c("fechaHoraConsulta", N, "TIMESTAMP", g.moments("2026-02-01", 290), "decoy"),
        _c("duracionMin", N, "INTEGER", g.ints(5, 60), "decoy"),
        _c("versionApp", N, "VARCHAR", g.col(lambda: _version(g)), "decoy"),
        _c("ipPaciente", "ip_address", "VARCHAR", g.col(g.ipv4)),
        _c("tokenSesion", N, "VARCHAR", g.col(g.md5), "decoy"),
    ])


def ie_gb_motor(g: Gen) -> Table:
    ie = [g.rnd.random() < 0.25 for _ in range(g.rows)]
    firsts, lasts = _people(g, "en-GB")
    births = g.births(1940, 2007)
    return Table("ins.pol_hldr", "en", "snake+abbrev", [
        _c("pol_no", N, "VARCHAR", g.col(lambda: g.code("MTR/9999999/AA")), "decoy", "abbrev"),
        _c("cust_fnm", "first_name", "VARCHAR", firsts, "abbrev"),
        _c("cust_mnm", "person_name", "VARCHAR", g.col(g.pick(NAMES["en-GB"][0]), nulls=0.78), "null_heavy", "abbrev"),
        _c("cust_lnm", "last_name", "VARCHAR", lasts, "abbrev"),
        _c("pps_no", "ssn", "VARCHAR", [ie_pps(g) if i else None for i in ie], "null_heavy", "abbrev"),
        _c("nhs_no", "national_id", "VARCHAR", g.nullify([None if i else gb_nhs(g) for i in ie], 0.0), "abbrev"),
        _c("utr_no", "national_id", "VARCHAR", g.col(lambda: gb_utr(g), nulls=0.8), "null_heavy", "abbrev"),
        _c("dob_txt", "date_of_birth", "VARCHAR", [d.isoformat() for d in births], "abbrev"),
        _c("ctc_ph", "phone", "VARCHAR", [g.phone("IE" if i else "GB", "intl") for i in ie], "abbrev"),
        _c("ctc_eml", "email", "VARCHAR",
           [_email(g, a, b, ["eircom.net", "btinternet.com", "gmail.com", "sky.com"]) for a, b in zip(firsts, lasts)],
           "abbrev"),
        _c("addr_ln1", "street_address", "VARCHAR", g.col(_street(g, "en-GB", number_first=True)), "abbrev"),
        _c("addr_ln2", "street_address", "VARCHAR", g.col(lambda: f"Flat {g.rnd.randint(1, 60)}", nulls=0.8),
           "null_heavy", "abbrev"),
        _c("twn", "city", "VARCHAR",
           [g.rnd.choice(CITIES["en-GB"][:5] if i else CITIES["en-GB"][5:]) for i in ie], "abbrev"),
        _c("pstcd", "postal_code", "VARCHAR",
           [g.code(g.rnd.choice(["A99 A9AA", "D99 A9A9"])) if i else g.code(g.rnd.choice(["AA9 9AA", "AA99 9AA", "A9 9AA"]))
            for i in ie], "abbrev"),
        _c("prem_gbp", N, "DECIMAL(10,2)", g.amounts(220, 3_400), "decoy", "abbrev"),
        _c("incep_dt", N, "DATE", g.days("2025-01-01", "2026-11-30"), "decoy", "abbrev"),
        _c("renew_dt", N, "DATE", g.days("2026-01-01", "2027-11-30"), "decoy", "abbrev"),
        _c("brkr_vat", N, "VARCHAR", g.col(g.pick([gb_vat_(g) for _ in range(3)])), "decoy", "business", "abbrev"),
        _c("brkr_ph", N, "VARCHAR", g.col(g.pick(["0161 496 0000", "0117 496 0123", "020 7946 0321"])), "business",
           "abbrev"),
        _c("clm_cnt", N, "INTEGER", g.ints(0, 4), "decoy", "abbrev"),
        _c("ncd_yrs", N, "INTEGER", g.ints(0, 15), "decoy", "abbrev"),
    ])


def us_opaque(g: Gen) -> Table:
    births = g.births(1940, 2006)
    firsts, lasts = _people(g, "en-US")
    return Table("raw.src_crm_dump", "en", "opaque", [
        _c("src_crm_col01", N, "BIGINT", g.keys(1), "opaque", "decoy"),
        _c("src_crm_col03", "person_name", "VARCHAR", [f"{a} {b}" for a, b in zip(firsts, lasts)], "opaque"),
        _c("src_crm_col07", "ssn", "VARCHAR", g.col(lambda: us_ssn.format(us_ssn_(g))), "opaque"),
        _c("src_crm_col08", "national_id", "VARCHAR", g.col(lambda: us_itin(g), nulls=0.85), "opaque", "null_heavy"),
        _c("src_crm_col10", "date_of_birth", "INTEGER", [int(d.strftime("%Y%m%d")) for d in births], "opaque"),
        _c("src_crm_col12", "phone", "VARCHAR", g.col(lambda: g.phone("US", "e164")), "opaque"),
        _c("src_crm_col13", "email", "VARCHAR",
           [_email(g, a, b, ["aol.com", "comcast.net", "yahoo.com", "gmail.com"]) for a, b in zip(firsts, lasts)],
           "opaque"),
        _c("src_crm_col14", "street_address", "VARCHAR", g.col(_street(g, "en-US", number_first=True)), "opaque"),
        _c("src_crm_col15", "postal_code", "VARCHAR",
           g.col(lambda: g.digits(5, "0123456789") + g.rnd.choice(["", "", f"-{g.digits(4, '0123456789')}"])),
           "opaque"),
        _c("src_crm_col16", "city", "VARCHAR", g.col(g.pick(CITIES["en-US"])), "opaque"),
        _c("src_crm_col19", "ip_address", "VARCHAR", g.col(g.ipv6), "opaque"),
        _c("src_crm_col21", "iban", "VARCHAR", g.col(lambda: iban(g, "FI", "99999999999999"), nulls=0.8), "opaque",
           "null_heavy"),
        _c("src_crm_col24", N, "VARCHAR", g.col(lambda: us_ein(g)), "opaque", "decoy", "business"),
        _c("f12", "credit_card", "VARCHAR", g.col(lambda: card(g)), "opaque"),
        _c("val3", "first_name", "VARCHAR", g.col(g.pick(NAMES["en-US"][0]), nulls=0.75), "opaque", "null_heavy"),
        _c("attr_x", N, "VARCHAR", g.col(g.sha), "opaque", "decoy"),
        _c("c9", N, "VARCHAR", g.col(lambda: _version(g)), "opaque", "decoy"),
        _c("c11", N, "TIMESTAMP", g.moments("2024-06-01", 800), "opaque", "decoy"),
        _c("c14", N, "DOUBLE", g.floats(25.0, 48.9), "opaque", "decoy"),
        _c("c15", N, "INTEGER", g.col(g.pick([0, 1, 2, 5, 9])), "opaque", "decoy"),
    ])


def _handle(g: Gen, first: str, last: str) -> str:
    a, b = _clean(first), _clean(last)
    return g.rnd.choice([f"{a}_{b}", f"{a}{g.rnd.randint(70, 99)}", f"the_{b}"])


def misleading_profile(g: Gen) -> Table:
    births = g.births(1942, 2006)
    return Table("app.profile_extra", "en", "misleading", [
        _c("id", N, "BIGINT", g.keys(1), "decoy"),
        _c("misc_1", "phone", "VARCHAR", g.col(lambda: g.phone("SG", "digits"))),
        _c("notes2", "free_text", "VARCHAR",
           g.col(lambda: f"Spoke to {' '.join(_person(g, 'en-US'))}; her son {g.rnd.choice(NAMES['en-US'][0])} "
                         f"will collect the parcel. Reach her on {g.phone('US')}.")),
        _c("code", "national_id", "VARCHAR", g.col(lambda: br_cpf(g, formatted=False))),
        _c("ref", "email", "VARCHAR", g.col(lambda: _email(g, *_person(g, "nl"), ["ziggo.nl", "kpnmail.nl", "xs4all.nl"]))),
        _c("val3", "date_of_birth", "VARCHAR", [f"{d.strftime('%B')} {d.day}, {d.year}" for d in births]),
        _c("f12", "city", "VARCHAR", g.col(g.pick(CITIES["nl"] + CITIES["da"]))),
        _c("attr_x", "last_name", "VARCHAR", g.col(g.pick(NAMES["da"][1]))),
        _c("misc_2", "street_address", "VARCHAR", g.col(_street(g, "nl"))),
        _c("misc_7", "postal_code", "VARCHAR", g.col(lambda: g.digits(4) + " " + g.code("AA"))),
        _c("misc_9", "national_id", "VARCHAR", g.col(lambda: hr_oib(g), nulls=0.8), "null_heavy"),
        _c("addr_sk", N, "INTEGER", g.ints(1, 60_000), "decoy"),
        _c("email_opt_in", N, "BOOLEAN", [g.rnd.random() < 0.35 for _ in range(g.rows)], "decoy"),
        _c("name", N, "VARCHAR", g.col(g.pick(["Pro Plan", "Family Bundle", "Starter", "Travel Add-on",
                                              "Premium Support"])), "decoy"),
        _c("first_order_date_sk", N, "INTEGER", g.ints(2_451_000, 2_461_000), "decoy"),
        _c("d_day_name", N, "VARCHAR", g.col(g.pick(WEEKDAYS["en"])), "decoy"),
        _c("month_name", N, "VARCHAR", g.col(g.pick(MONTHS["en"])), "decoy"),
        _c("contact_phone", N, "VARCHAR", g.col(g.pick(["+1 800 555 0199", "+44 20 7946 0958", "+31 20 794 6000"])),
           "business"),
        _c("vendor_name", N, "VARCHAR", g.col(g.pick(["Acme Logistics BV", "Nordlys Freight AS", "Kestrel Parcel Ltd"])),
           "decoy"),
        _c("status", N, "VARCHAR", g.col(g.pick(["active", "churned", "trial", "paused"])), "decoy"),
        _c("handle", USERNAME, "VARCHAR", g.col(lambda: _handle(g, *_person(g, "en-US"))), "username"),
    ])


def ja_tickets(g: Gen) -> Table:
    births = g.births(1950, 2008)
    firsts = [g.rnd.choice(JA_FIRST) for _ in range(g.rows)]
    lasts = [g.rnd.choice(JA_LAST) for _ in range(g.rows)]
    blocks = ["中央区銀座", "北区梅田", "中区栄", "博多区博多駅前", "青葉区一番町", "中央区北一条西"]
    return Table("イベント.チケット購入者", "ja", "snake", [
        _c("購入者ID", N, "BIGINT", g.keys(50_000_001), "decoy"),
        _c("氏名", "person_name", "VARCHAR", [f"{b[0]} {a[0]}" for a, b in zip(firsts, lasts)]),
        _c("フリガナ", "person_name", "VARCHAR", [f"{b[1]} {a[1]}" for a, b in zip(firsts, lasts)]),
        _c("生年月日", "date_of_birth", "VARCHAR", [wareki(d) for d in births]),
        _c("電話番号", "phone", "VARCHAR", g.col(lambda: g.phone("JP"))),
        _c("メールアドレス", "email", "VARCHAR",
           [_email(g, a[2], b[2], ["docomo.ne.jp", "ezweb.ne.jp", "yahoo.co.jp", "gmail.com"]) for a, b in zip(firsts, lasts)]),
        _c("郵便番号", "postal_code", "VARCHAR", g.col(lambda: f"{g.digits(3)}-{g.digits(4, string.digits)}")),
        _c("都道府県", N, "VARCHAR", g.col(g.pick(["東京都", "大阪府", "愛知県", "福岡県", "宮城県", "北海道"])), "decoy"),
        _c("市区町村", "city", "VARCHAR", g.col(g.pick(CITIES["ja"]))),
        _c("番地", "street_address", "VARCHAR",
           g.col(lambda: f"{g.rnd.choice(blocks)}{g.rnd.randint(1, 9)}丁目{g.rnd.randint(1, 30)}-{g.rnd.randint(1, 20)}")),
        _c("建物名", "street_address", "VARCHAR",
           g.col(lambda: f"{g.rnd.choice(['サンハイツ', 'メゾン青葉', 'パークコート', 'グランドール'])} {g.rnd.randint(101, 905)}号室",
                 nulls=0.74), "null_heavy"),
        _c("公演名", N, "VARCHAR", g.col(g.pick(["春の交響曲コンサート", "ドームツアー2026", "劇団四季 ライオンキング",
                                                "ジャズナイト横浜"])), "decoy"),
        _c("公演日時", N, "TIMESTAMP", g.moments("2026-12-01", 120), "decoy"),
        _c("座席", N, "VARCHAR", g.col(lambda: f"{g.rnd.randint(1, 3)}階 {g.code('A')}列 {g.rnd.randint(1, 40)}番"), "decoy"),
        _c("券種", N, "VARCHAR", g.col(g.pick(["S席", "A席", "B席", "学生"])), "decoy"),
        _c("金額", N, "INTEGER", g.ints(3_000, 18_000), "decoy"),
        _c("注文番号", N, "VARCHAR", g.col(lambda: g.code("JT-9999-9999-9999")), "decoy"),
        _c("入場QR", N, "VARCHAR", g.col(g.sha), "decoy"),
    ])


def ja_latn_fitness(g: Gen) -> Table:
    births = g.births(1948, 2008)
    firsts, lasts = _people(g, "ja-Latn")
    towns = ["Nishiki", "Sakae", "Umeda", "Tenjin", "Ebisu", "Kichijoji", "Jiyugaoka", "Koenji"]
    return Table("fitness.kaiin_meibo", "ja-Latn", "snake", [
        _c("kaiin_bango", N, "VARCHAR", g.col(lambda: g.code("K-9999999")), "decoy"),
        _c("sei", "last_name", "VARCHAR", lasts),
        _c("mei", "first_name", "VARCHAR", firsts),
        _c("seinengappi", "date_of_birth", "VARCHAR", [d.strftime("%Y/%m/%d") for d in births]),
        _c("keitai_bangou", "phone", "VARCHAR", g.col(lambda: g.phone("JP", "e164"))),
        _c("meru_adoresu", "email", "VARCHAR",
           [_email(g, a, b, ["softbank.ne.jp", "icloud.com", "gmail.com"]) for a, b in zip(firsts, lasts)]),
        _c("jusho", "street_address", "VARCHAR",
           g.col(lambda: f"{g.rnd.randint(1, 6)}-{g.rnd.randint(1, 30)}-{g.rnd.randint(1, 20)} {g.rnd.choice(towns)}")),
        _c("yubin_bangou", "postal_code", "VARCHAR", g.col(lambda: f"{g.digits(3)}-{g.digits(4, string.digits)}")),
        _c("shikuchoson", "city", "VARCHAR", g.col(g.pick(CITIES["ja-Latn"]))),
        _c("todofuken", N, "VARCHAR", g.col(g.pick(["Tokyo-to", "Osaka-fu", "Aichi-ken", "Fukuoka-ken", "Kanagawa-ken"])),
           "decoy"),
        _c("nyukai_bi", N, "DATE", g.days("2018-04-01", "2026-11-30"), "decoy"),
        _c("puran", N, "VARCHAR", g.col(g.pick(["regyura", "naito", "dei", "furu"])), "decoy"),
        _c("gekkai_hi", N, "INTEGER", g.ints(3_300, 14_800), "decoy"),
        _c("rokka_bango", N, "INTEGER", g.ints(1, 400), "decoy"),
        _c("kinkyu_renrakusaki_shimei", "person_name", "VARCHAR", g.col(lambda: " ".join(reversed(_person(g, "ja-Latn"))),
                                                                         nulls=0.78), "null_heavy"),
        _c("kinkyu_renrakusaki_denwa", "phone", "VARCHAR", g.col(lambda: g.phone("JP"), nulls=0.78), "null_heavy"),
        _c("chekku_in_jikoku", N, "TIMESTAMP", g.moments("2026-11-01", 30), "decoy"),
    ])


def ru_carsharing(g: Gen) -> Table:
    births = g.births(1960, 2006)
    firsts, lasts = _people(g, "ru")
    return Table("каршеринг.поездки", "ru", "snake", [
        _c("ид_поездки", N, "BIGINT", g.keys(12_000_001), "decoy"),
        _c("фамилия", "last_name", "VARCHAR", lasts),
        _c("имя", "first_name", "VARCHAR", firsts),
        _c("отчество", "person_name", "VARCHAR", g.col(g.pick(RU_PATRONYMICS))),
        _c("дата_рождения", "date_of_birth", "VARCHAR", [d.strftime("%d.%m.%Y") for d in births]),
        _c("телефон", "phone", "VARCHAR", g.col(lambda: g.phone("RU", "intl"))),
        _c("эл_почта", "email", "VARCHAR",
           g.col(lambda: f"{g.rnd.choice(RU_LATIN)}{g.rnd.randint(1, 999)}@{g.rnd.choice(['mail.ru', 'yandex.ru', 'bk.ru'])}")),
        _c("адрес_регистрации", "street_address", "VARCHAR",
           g.col(lambda: f"{g.rnd.choice(STREETS['ru'])}, д. {g.rnd.randint(1, 150)}, кв. {g.rnd.randint(1, 320)}")),
        _c("индекс", "postal_code", "VARCHAR", g.col(lambda: g.digits(6, "1346"))),
        _c("город", "city", "VARCHAR", g.col(g.pick(CITIES["ru"]))),
        _c("начало_поездки", N, "TIMESTAMP", g.moments("2026-09-01", 90), "decoy"),
        _c("широта", N, "DOUBLE", g.floats(55.55, 55.92), "decoy"),
        _c("долгота", N, "DOUBLE", g.floats(37.35, 37.85), "decoy"),
        _c("пробег_км", N, "DOUBLE", g.floats(0.4, 180, 1), "decoy"),
        _c("стоимость_руб", N, "DECIMAL(10,2)", g.amounts(120, 9_800), "decoy"),
        _c("модель_авто", N, "VARCHAR", g.col(g.pick(["Kia Rio", "Hyundai Solaris", "Škoda Octavia", "Haval Jolion"])),
           "decoy"),
        _c("день_недели", N, "VARCHAR", g.col(g.pick(WEEKDAYS["ru"])), "decoy"),
        _c("номер_карты", "credit_card", "VARCHAR", g.col(lambda: card(g, spaced=True), nulls=0.8), "null_heavy"),
        _c("версия_приложения", N, "VARCHAR", g.col(lambda: _version(g)), "decoy"),
    ])


def el_marina(g: Gen) -> Table:
    firsts, lasts = _people(g, "el")
    return Table("marina.ελλιμενισμοί", "el", "snake", [
        _c("κωδικός_ελλιμενισμού", N, "INTEGER", g.keys(9_001), "decoy"),
        _c("όνομα", "first_name", "VARCHAR", firsts),
        _c("επώνυμο", "last_name", "VARCHAR", lasts),
        _c("πατρώνυμο", "person_name", "VARCHAR", g.col(g.pick(EL_FATHERS))),
        _c("ημερομηνία_γέννησης", "date_of_birth", "DATE", g.births(1945, 2004)),
        _c("κινητό", "phone", "VARCHAR", g.col(lambda: g.phone("GR"))),
        _c("email", "email", "VARCHAR",
           g.col(lambda: f"{g.rnd.choice(EL_LATIN)}.{g.code('AA').lower()}{g.rnd.randint(1, 99)}@"
                         f"{g.rnd.choice(['otenet.gr', 'yahoo.gr', 'gmail.com'])}")),
        _c("διεύθυνση", "street_address", "VARCHAR", g.col(_street(g, "el"))),
        _c("τ_κ", "postal_code", "VARCHAR", g.col(lambda: f"{g.rnd.randint(104, 851)} {g.rnd.randint(0, 99):02d}")),
        _c("πόλη", "city", "VARCHAR", g.col(g.pick(CITIES["el"]))),
        _c("όνομα_σκάφους", N, "VARCHAR", g.col(g.pick(["Ποσειδών", "Αύρα", "Γαλήνη", "Blue Horizon", "Θάλασσα ΙΙ"])),
           "decoy"),
        _c("μήκος_μ", N, "DOUBLE", g.floats(5, 24, 2), "decoy"),
        _c("θέση", N, "VARCHAR", g.col(lambda: f"{g.rnd.choice('ΑΒΓΔ')}-{g.rnd.randint(1, 60)}"), "decoy"),
        _c("από", N, "DATE", g.days("2026-04-01", "2026-07-01"), "decoy"),
        _c("έως", N, "DATE", g.days("2026-07-02", "2026-10-31"), "decoy"),
        _c("ποσό", N, "DECIMAL(10,2)", g.amounts(300, 14_000), "decoy"),
        _c("iban_επιστροφής", "iban", "VARCHAR", g.col(lambda: iban(g, "GR", "9999999AAAAAAAAAAAAAAAA"), nulls=0.8),
           "null_heavy"),
        _c("σημειώσεις", "free_text", "VARCHAR",
           g.col(lambda: f"Ο κ. {' '.join(_person(g, 'el'))} ζήτησε να παραλάβει το σκάφος η σύζυγός του "
                         f"{g.rnd.choice(NAMES['el'][0])}, τηλ. {g.phone('GR')}.", nulls=0.8), "null_heavy"),
    ])


def vi_delivery(g: Gen) -> Table:
    births = g.births(1955, 2007)
    shops = [vn_mst(g) for _ in range(5)]
    return Table("giao_hang.don_hang", "vi", "snake", [
        _c("ma_don", N, "VARCHAR", g.col(lambda: g.code("DH99999999")), "decoy"),
        _c("ho_ten", "person_name", "VARCHAR",
           g.col(lambda: f"{g.rnd.choice(NAMES['vi'][1])} {g.rnd.choice(['Văn', 'Thị', 'Minh', 'Ngọc', 'Đức'])} "
                         f"{g.rnd.choice(NAMES['vi'][0])}")),
        _c("so_dien_thoai", "phone", "VARCHAR", g.col(lambda: g.phone("VN"))),
        _c("email", "email", "VARCHAR", g.col(lambda: _email(g, *_person(g, "vi"), ["gmail.com", "yahoo.com.vn"]))),
        _c("dia_chi", "street_address", "VARCHAR",
           g.col(lambda: f"{g.rnd.randint(1, 400)} {g.rnd.choice(STREETS['vi'])}, Phường {g.rnd.randint(1, 15)}")),
        _c("ma_buu_chinh", "postal_code", "VARCHAR", g.col(lambda: f"{g.rnd.choice([10, 70, 50, 18, 90, 53])}{g.rnd.randint(0, 999):03d}")),
        _c("thanh_pho", "city", "VARCHAR", g.col(g.pick(CITIES["vi"]))),
        _c("ngay_sinh", "date_of_birth", "VARCHAR", g.nullify([d.strftime("%d/%m/%Y") for d in births], 0.0)),
        _c("ma_van_don", N, "VARCHAR", g.col(lambda: g.code("GHN99999999VN")), "decoy"),
        _c("ten_san_pham", N, "VARCHAR", g.col(g.pick(["Áo thun cotton", "Nồi chiên không dầu", "Tai nghe không dây",
                                                       "Sữa rửa mặt", "Ốp lưng điện thoại"])), "decoy"),
        _c("so_luong", N, "INTEGER", g.ints(1, 6), "decoy"),
        _c("tong_tien", N, "INTEGER", g.ints(49_000, 4_900_000), "decoy"),
        _c("phuong_thuc", N, "VARCHAR", g.col(g.pick(["COD", "MoMo", "ZaloPay", "thẻ"])), "decoy"),
        _c("thoi_gian_dat", N, "TIMESTAMP", g.moments("2026-08-01", 120), "decoy"),
        _c("ma_so_thue_shop", N, "VARCHAR", g.col(g.pick(shops)), "decoy", "business"),
        _c("dia_chi_kho", N, "VARCHAR", g.col(g.pick(["Lô A2, KCN Tân Bình", "KCN Sóng Thần 2, Dĩ An"])), "business"),
        _c("ghi_chu", "free_text", "VARCHAR",
           g.col(lambda: f"Giao cho chị {g.rnd.choice(NAMES['vi'][0])} ở tầng 3, gọi anh {' '.join(_person(g, 'vi'))} "
                         f"số {g.phone('VN')} nếu vắng.", nulls=0.8), "null_heavy"),
    ])


def eu_parcels_merge(g: Gen) -> Table:
    """A staging table merged from three carriers' exports: Italian sender columns, Dutch recipient columns, Polish
    courier columns and Portuguese shop columns."""
    s_first, s_last = _people(g, "it")
    r_first, r_last = _people(g, "nl")
    couriers = [" ".join(_person(g, "pl")) for _ in range(12)]
    return Table("stg.ordini_spedizioni_merge", "it", "snake", [
        _c("id_ordine", N, "BIGINT", g.keys(30_000_001), "decoy"),
        _c("codice_cliente", N, "VARCHAR", g.col(lambda: g.code("CL99999")), "decoy"),
        _c("nome_mittente", "first_name", "VARCHAR", s_first),
        _c("cognome_mittente", "last_name", "VARCHAR", s_last),
        _c("cellulare_mittente", "phone", "VARCHAR", g.col(lambda: g.phone("IT"))),
        _c("email_mittente", "email", "VARCHAR",
           [_email(g, a, b, ["libero.it", "tiscali.it", "gmail.com"]) for a, b in zip(s_first, s_last)]),
        _c("indirizzo_mittente", "street_address", "VARCHAR", g.col(_street(g, "it"))),
        _c("cap_mittente", "postal_code", "VARCHAR", g.col(lambda: g.digits(5, "0123456789"))),
        _c("citta_mittente", "city", "VARCHAR", g.col(g.pick(CITIES["it"]))),
        _c("voornaam_ontvanger", "first_name", "VARCHAR", r_first, "lang:nl"),
        _c("achternaam_ontvanger", "last_name", "VARCHAR", r_last, "lang:nl"),
        _c("straat_huisnummer_ontvanger", "street_address", "VARCHAR", g.col(_street(g, "nl")), "lang:nl"),
        _c("postcode_ontvanger", "postal_code", "VARCHAR", g.col(lambda: g.digits(4) + " " + g.code("AA")), "lang:nl"),
        _c("woonplaats_ontvanger", "city", "VARCHAR", g.col(g.pick(CITIES["nl"])), "lang:nl"),
        _c("telefoon_ontvanger", "phone", "VARCHAR", g.col(lambda: g.phone("NL", "intl")), "lang:nl"),
        _c("bezorgdag", N, "VARCHAR", g.col(g.pick(["maandag", "dinsdag", "woensdag", "donderdag", "vrijdag"])),
           "decoy", "lang:nl"),
        _c("numer_przesylki", N, "VARCHAR", g.col(lambda: _tracking(g)), "decoy", "lang:pl"),
        _c("waga_kg", N, "DOUBLE", g.floats(0.1, 31.5, 2), "decoy", "lang:pl"),
        _c("kurier_imie_nazwisko", "person_name", "VARCHAR", g.col(g.pick(couriers)), "lang:pl"),
        _c("data_nadania", N, "DATE", g.days("2026-09-01", "2026-11-30"), "decoy", "lang:pl"),
        _c("uwagi_kuriera", "free_text", "VARCHAR",
           g.col(lambda: f"Paczkę odebrała sąsiadka {' '.join(_person(g, 'pl'))}, tel. {g.phone('PL')}.",
                 nulls=0.8), "null_heavy", "lang:pl"),
        _c("nome_loja", N, "VARCHAR", g.col(g.pick(["Loja do Bairro Lda", "Casa Portuguesa SA", "Papelaria Central"])),
           "decoy", "lang:pt"),
        _c("morada_loja", N, "VARCHAR", g.col(g.pick(["Rua Augusta 120, 1100-053 Lisboa",
                                                      "Rua de Santa Catarina 312, 4000-443 Porto"])),
           "business", "lang:pt"),
        _c("sku_artigo", N, "VARCHAR", g.col(lambda: _sku(g)), "decoy", "lang:pt"),
    ])


def nordic_members_merge(g: Gen) -> Table:
    """A member export merged from four systems: Swedish member columns, Danish contact-person columns, Czech
    billing columns and Turkish columns holding the member's split date of birth."""
    firsts, lasts = _people(g, "sv")
    births = g.births(1942, 2008)
    c_first, c_last = _people(g, "da")
    return Table("export.medlemmar_samlad", "sv", "snake", [
        _c("medlemsnummer", N, "VARCHAR", g.col(lambda: g.digits(8)), "decoy"),
        _c("fornamn", "first_name", "VARCHAR", firsts),
        _c("efternamn", "last_name", "VARCHAR", lasts),
        _c("gatuadress", "street_address", "VARCHAR", g.col(_street(g, "sv"))),
        _c("postnummer", "postal_code", "VARCHAR", g.col(lambda: f"{g.rnd.randint(100, 984)} {g.rnd.randint(0, 99):02d}")),
        _c("ort", "city", "VARCHAR", g.col(g.pick(CITIES["sv"]))),
        _c("mobilnummer", "phone", "VARCHAR", g.col(lambda: g.phone("SE"))),
        _c("medlemsniva", N, "VARCHAR", g.col(g.pick(["brons", "silver", "guld"])), "decoy"),
        _c("kontaktperson_navn", "person_name", "VARCHAR", [f"{a} {b}" for a, b in zip(c_first, c_last)], "lang:da"),
        _c("kontakt_telefon", "phone", "VARCHAR", g.col(lambda: g.phone("DK", "digits")), "lang:da"),
        _c("kontakt_email", "email", "VARCHAR",
           [_email(g, a, b, ["mail.dk", "jubii.dk", "gmail.com"]) for a, b in zip(c_first, c_last)], "lang:da"),
        _c("oprettet_dato", N, "DATE", g.days("2015-01-01", "2026-11-30"), "decoy", "lang:da"),
        _c("cislo_uctu_iban", "iban", "VARCHAR", g.col(lambda: iban(g, "CZ", "99999999999999999999", spaced=True)),
           "lang:cs"),
        _c("cislo_vernostni_karty", N, "VARCHAR", g.col(lambda: "8590" + g.digits(9, string.digits)), "decoy",
           "lang:cs"),
        _c("castka_kc", N, "DECIMAL(10,2)", g.amounts(0, 25_000), "decoy", "lang:cs"),
        _c("poznamka_stav", N, "VARCHAR", g.col(g.pick(["zaplaceno", "upomínka", "storno"])), "decoy", "lang:cs"),
        _c("dogum_yili", "date_of_birth", "INTEGER", [d.year for d in births], "lang:tr"),
        _c("dogum_ayi", "date_of_birth", "INTEGER", [d.month for d in births], "lang:tr"),
        _c("dogum_gunu", "date_of_birth", "INTEGER", [d.day for d in births], "lang:tr"),
        _c("kayit_kanali", N, "VARCHAR", g.col(g.pick(["mağaza", "web", "mobil uygulama"])), "decoy", "lang:tr"),
        _c("bolge", N, "VARCHAR", g.col(g.pick(["Marmara", "Ege", "İç Anadolu", "Karadeniz", "Akdeniz"])), "decoy",
           "lang:tr"),
    ])


#: (builder, rows): every table of the set, its row count fixed
BUILDERS: list[tuple[Callable[[Gen], Table], int]] = [
    (no_ferry, 1_800), (fi_library, 1_200), (et_parking, 700), (ro_vet, 900), (hr_tenants, 600), (sl_blood, 2_400),
    (sk_tickets, 2_000), (hu_utility, 1_500), (es_gym, 1_300), (fr_recruiting, 1_000), (de_telematics, 3_000),
    (br_buyers, 2_500), (ca_car_rental, 900), (hi_pharmacy, 800), (ko_hotel, 1_100), (ms_alumni, 650),
    (latam_telemed, 500), (ie_gb_motor, 1_400), (us_opaque, 2_000), (misleading_profile, 1_000),
    (ja_tickets, 1_600), (ja_latn_fitness, 400), (ru_carsharing, 2_200), (el_marina, 240), (vi_delivery, 1_700),
    (eu_parcels_merge, 1_100), (nordic_members_merge, 750),
]


def tables() -> list[Table]:
    """Every table of the set, generated from :data:`SEED` (same values on every run)."""
    return [make(Gen(make.__name__, rows)) for make, rows in BUILDERS]


def labels(built: list[Table] | None = None) -> dict[str, dict[str, str]]:
    """``schema.table`` -> column -> true kind."""
    return {t.name: {c.name: c.kind for c in t.columns} for t in (built if built is not None else tables())}


def build(path: Path = DEFAULT_PATH) -> list[Table]:
    """Write every table into the DuckDB file ``path`` (replaced) and return the tables."""
    return heldout_v4.write_tables(path, tables())


summary = heldout_v4.summary


if __name__ == "__main__":
    target = Path(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT_PATH
    print(f"built {summary(build(target))} into {target}")
