"""Value generators for held-out set v8 (:mod:`benchmarks.classification.heldout_v8`).

The random source (:class:`Gen`), the dirt of real exports (NULL-like strings, padding, ALL CAPS, ``LAST, FIRST``,
initials, honorifics, typos, two date formats in one column, phones with extensions), identifiers checked with
python-stdnum, and short hand-written per-language lists of first names, family names, streets and cities (no
Faker, no list taken from elsewhere, no breach data).
"""

from __future__ import annotations

import functools
import hashlib
import random
import string
import unicodedata
import uuid
from collections.abc import Callable
from datetime import date, datetime, timedelta
from typing import Any

import phonenumbers
from stdnum import iban as std_iban
from stdnum import imo, iso6346, lei, luhn, verhoeff
from stdnum.al import nipt
from stdnum.ar import dni as ar_dni
from stdnum.au import acn
from stdnum.be import bis
from stdnum.bg import pnf
from stdnum.br import cpf
from stdnum.cr import cpf as cr_cpf
from stdnum.cu import ni as cu_ni
from stdnum.cz import rc as cz_rc
from stdnum.de import idnr
from stdnum.dk import cpr
from stdnum.do import cedula, rnc
from stdnum.es import cif as es_cif
from stdnum.es import dni as es_dni
from stdnum.fr import nir, siren
from stdnum.gb import nhs
from stdnum.gr import vat as gr_vat
from stdnum.in_ import aadhaar
from stdnum.iso7064 import mod_11_10
from stdnum.it import codicefiscale, iva
from stdnum.jp import cn as jp_cn
from stdnum.jp import in_ as jp_in
from stdnum.ke import pin as ke_pin
from stdnum.mu import nid as mu_nid
from stdnum.nl import btw, identiteitskaartnummer
from stdnum.pk import cnic
from stdnum.pl import pesel
from stdnum.pt import nif as pt_nif
from stdnum.rs import pib
from stdnum.ru import inn
from stdnum.se import personnummer
from stdnum.sv import nit as sv_nit
from stdnum.tr import tckimlik
from stdnum.tw import ubn
from stdnum.us import ssn as us_ssn
from stdnum.ve import rif
from stdnum.za import idnr as za_idnr

from benchmarks.classification.heldout_v2 import Column

SEED = 20_261_204_08
N = "none"
#: the kind of a username column (labeled as in v5 to v7)
USERNAME = "unclassified"
#: the NULL-like strings of legacy exports mixed into columns (never counted as NULL)
NULLISH: tuple[str, ...] = ("", "N/A", "-", "unknown", "n/a", "NULL", "?", "--")


class Gen:
    """Per-table random source: a ``random.Random`` seeded from :data:`SEED` and the table's builder name, and the
    table's row count."""

    def __init__(self, table: str, rows: int) -> None:
        self.rnd = random.Random(f"{SEED}:{table}")
        self.rows = rows

    # -- shapes ---------------------------------------------------------------------------------------------------

    def col(self, make: Callable[[], Any], nulls: float = 0.0) -> list[Any]:
        """``rows`` values of ``make``, each NULL with probability ``nulls``."""
        return [None if nulls and self.rnd.random() < nulls else make() for _ in range(self.rows)]

    def nullify(self, values: list[Any], nulls: float) -> list[Any]:
        return [None if self.rnd.random() < nulls else v for v in values]

    def pick(self, items: list[Any]) -> Callable[[], Any]:
        return lambda: self.rnd.choice(items)

    def dirty(self, values: list[Any], nullish: float = 0.04, pad: float = 0.06,
              words: tuple[str, ...] = NULLISH[:4]) -> list[Any]:
        """``values`` as a legacy export holds them: some replaced by NULL-like strings, some padded with spaces."""
        out: list[Any] = []
        for v in values:
            r = self.rnd.random()
            if v is None:
                out.append(None)
            elif r < nullish:
                out.append(self.rnd.choice(words))
            elif r < nullish + pad:
                out.append(self.rnd.choice([" ", "  ", ""]) + str(v) + self.rnd.choice([" ", "   ", "\t"]))
            else:
                out.append(v)
        return out

    def typo(self, s: str, p: float = 0.03) -> str:
        """``s`` with two neighbouring letters swapped, with probability ``p``."""
        if len(s) < 4 or self.rnd.random() >= p:
            return s
        i = self.rnd.randrange(1, len(s) - 2)
        return s[:i] + s[i + 1] + s[i] + s[i + 2:]

    # -- numbers, dates, keys -------------------------------------------------------------------------------------

    def birth(self, start: int = 1938, end: int = 2006) -> date:
        a, b = date(start, 1, 1).toordinal(), date(end, 12, 31).toordinal()
        return date.fromordinal(self.rnd.randint(a, b))

    def births(self, start: int = 1938, end: int = 2006) -> list[date]:
        return [self.birth(start, end) for _ in range(self.rows)]

    def days(self, start: str, end: str) -> list[date]:
        a, b = date.fromisoformat(start).toordinal(), date.fromisoformat(end).toordinal()
        return [date.fromordinal(self.rnd.randint(a, b)) for _ in range(self.rows)]

    def moments(self, start: str, days: int) -> list[datetime]:
        base = datetime.fromisoformat(start)
        return [base + timedelta(seconds=self.rnd.randrange(days * 86_400)) for _ in range(self.rows)]

    def two_formats(self, dates: list[date], first: str, second: str, share: float = 0.35) -> list[str]:
        """Each date as text in ``first`` or, with probability ``share``, in ``second`` (one column, two formats)."""
        return [d.strftime(second if self.rnd.random() < share else first) for d in dates]

    def digits(self, n: int, first: str = "123456789") -> str:
        """``n`` random digits, the first one of ``first``."""
        rest = f"{self.rnd.randrange(10 ** (n - 1)):0{n - 1}d}" if n > 1 else ""
        return self.rnd.choice(first) + rest

    def code(self, pattern: str) -> str:
        """``A`` a capital letter, ``9`` a digit, anything else itself."""
        return "".join(self.rnd.choice(string.ascii_uppercase) if ch == "A" else
                       self.rnd.choice(string.digits) if ch == "9" else ch for ch in pattern)

    def codes(self, pattern: str) -> list[str]:
        return [self.code(pattern) for _ in range(self.rows)]

    def padded(self, start: int, width: int) -> list[str]:
        """Sequential numbers stored as text with leading zeros (``000123``)."""
        return [f"{start + i:0{width}d}" for i in range(self.rows)]

    def valid(self, make: Callable[[], str], is_valid: Callable[[str], bool]) -> str:
        """Draw from ``make`` until ``is_valid`` accepts."""
        for _ in range(50_000):
            candidate = make()
            if is_valid(candidate):
                return candidate
        raise RuntimeError("no valid identifier drawn")

    def amounts(self, low: float, high: float) -> list[float]:
        return [round(self.rnd.uniform(low, high), 2) for _ in range(self.rows)]

    def ints(self, low: int, high: int) -> list[int]:
        return [self.rnd.randint(low, high) for _ in range(self.rows)]

    def floats(self, low: float, high: float, places: int = 5) -> list[float]:
        return [round(self.rnd.uniform(low, high), places) for _ in range(self.rows)]

    def keys(self, start: int) -> list[int]:
        return list(range(start, start + self.rows))

    def yn(self, yes: Any = "Y", no: Any = "N", p: float = 0.4) -> list[Any]:
        return [yes if self.rnd.random() < p else no for _ in range(self.rows)]

    def sha(self) -> str:
        return hashlib.sha256(str(self.rnd.random()).encode()).hexdigest()

    def sha1(self) -> str:
        return hashlib.sha1(str(self.rnd.random()).encode()).hexdigest()

    def uuid(self) -> str:
        return str(uuid.UUID(int=self.rnd.getrandbits(128), version=4))

    def ipv4(self) -> str:
        return ".".join(str(x) for x in (self.rnd.choice([24, 37, 41, 62, 82, 88, 95, 102, 176, 197, 203]),
                                         self.rnd.randint(0, 255), self.rnd.randint(0, 255), self.rnd.randint(1, 254)))

    def ipv6(self) -> str:
        return self.rnd.choice(["2001:db8:", "2a01:", "2c0f:", "2405:"]) + ":".join(
            f"{self.rnd.randrange(65536):x}" for _ in range(5))

    def version(self) -> str:
        return f"{self.rnd.randint(1, 9)}.{self.rnd.randint(0, 30)}.{self.rnd.randint(0, 99)}"

    def coord(self, lat: tuple[float, float], lon: tuple[float, float]) -> str:
        return f"{self.rnd.uniform(*lat):.5f},{self.rnd.uniform(*lon):.5f}"

    def mac(self) -> str:
        return ":".join(f"{self.rnd.randrange(256):02X}" for _ in range(6))

    # -- phones ---------------------------------------------------------------------------------------------------

    def phone(self, region: str, style: str = "national", fixed: bool = False) -> str:
        """A valid mobile (or, ``fixed``, landline) of ``region`` in ``style``: ``national``, ``intl``, ``e164``,
        ``digits`` (country code and number, no ``+``), ``00`` (international prefix ``00``), ``dashed``
        (national digits in groups joined by ``-``), ``ext`` (national or international with an extension)."""
        kind = phonenumbers.PhoneNumberType.FIXED_LINE if fixed else phonenumbers.PhoneNumberType.MOBILE
        example = _example(region, kind)
        national = str(example.national_number)
        keep = max(1, len(national) - (4 if fixed else 6))

        def parsed(s: str) -> phonenumbers.PhoneNumber:
            return phonenumbers.PhoneNumber(country_code=example.country_code, national_number=int(s),
                                            italian_leading_zero=example.italian_leading_zero)

        number = self.valid(lambda: national[:keep] + self.digits(len(national) - keep, string.digits),
                            lambda s: phonenumbers.is_valid_number(parsed(s)))
        p = parsed(number)
        fmt = phonenumbers.PhoneNumberFormat
        if style == "digits":
            return f"{example.country_code}{phonenumbers.national_significant_number(p)}"
        if style == "00":
            return "00" + phonenumbers.format_number(p, fmt.INTERNATIONAL)[1:]
        if style == "dashed":
            text = phonenumbers.format_number(p, fmt.NATIONAL)
            return "-".join(text.replace("(", "").replace(")", "").replace("-", " ").split())
        if style == "ext":
            base = phonenumbers.format_number(p, self.rnd.choice([fmt.NATIONAL, fmt.INTERNATIONAL]))
            return base + self.rnd.choice([" x", " ext. ", " ext ", " x"]) + str(self.rnd.randint(10, 999))
        styles = {"e164": fmt.E164, "intl": fmt.INTERNATIONAL, "national": fmt.NATIONAL}
        return phonenumbers.format_number(p, styles[style])

    def phones(self, region: str, styles: dict[str, float], fixed: float = 0.0) -> Callable[[], str]:
        """A maker of phones of ``region`` whose style is drawn by weight (mixed formats in one column)."""
        names, weights = list(styles), list(styles.values())
        return lambda: self.phone(region, self.rnd.choices(names, weights)[0], fixed=self.rnd.random() < fixed)


@functools.cache
def _example(region: str, kind: int) -> phonenumbers.PhoneNumber:
    return phonenumbers.example_number_for_type(region, kind)


def c(name: str, kind: str, sql_type: str, values: list[Any], *tags: str) -> Column:
    """One labeled column."""
    return Column(name, kind, sql_type, values, frozenset(tags))


# -- personal identifiers, each drawn until python-stdnum accepts it ------------------------------------------------


def za_id(g: Gen, d: date, female: bool) -> str:
    """South African identity number: birth date, gender serial, citizenship, ``8``, Luhn digit."""
    serial = g.rnd.randint(0, 4999) if female else g.rnd.randint(5000, 9999)
    stem = f"{d.strftime('%y%m%d')}{serial:04d}{g.rnd.choice('001')}8"
    number = stem + luhn.calc_check_digit(stem)
    assert za_idnr.is_valid(number)
    return number


def pk_cnic(g: Gen, female: bool) -> str:
    number = g.valid(lambda: g.digits(12, "1234567") + g.rnd.choice("2468" if female else "13579"), cnic.is_valid)
    return cnic.format(number) if g.rnd.random() < 0.6 else number


def do_cedula(g: Gen) -> str:
    stem = g.rnd.choice(["001", "002", "031", "047", "056", "402", "223"]) + g.digits(7, string.digits)
    number = g.valid(lambda: stem + luhn.calc_check_digit(stem), cedula.is_valid)
    return cedula.format(number)


def mu_id(g: Gen, d: date, surname: str) -> str:
    initial = surname[:1].upper() if surname[:1].upper() in string.ascii_uppercase else "A"
    return g.valid(lambda: (s := f"{initial}{d.strftime('%d%m%y')}{g.digits(6, string.digits)}")
                   + mu_nid.calc_check_digit(s), mu_nid.is_valid)


def cu_id(g: Gen, d: date) -> str:
    century = "0123456" if d.year < 2000 else "678"
    return g.valid(lambda: d.strftime("%y%m%d") + g.rnd.choice(century) + g.digits(4, string.digits), cu_ni.is_valid)


def bg_foreigner(g: Gen) -> str:
    stem = g.digits(9, string.digits)
    return stem + pnf.calc_check_digit(stem)


def be_bis_(g: Gen, d: date) -> str:
    """A Belgian BIS number: birth date with the month raised by 20 or 40, a serial, two check digits."""
    month = d.month + g.rnd.choice([20, 40])

    def make() -> str:
        stem = f"{d.year % 100:02d}{month:02d}{d.day:02d}{g.rnd.randint(1, 997):03d}"
        base = int(("2" if d.year >= 2000 else "") + stem)
        return stem + f"{97 - base % 97:02d}"

    number = g.valid(make, bis.is_valid)
    return bis.format(number) if g.rnd.random() < 0.5 else number


def cr_cedula(g: Gen) -> str:
    number = g.valid(lambda: "0" + g.rnd.choice("1234567") + g.digits(8, string.digits), cr_cpf.is_valid)
    return cr_cpf.format(number)


def ar_dni_(g: Gen) -> str:
    number = g.digits(8, "123")
    return ar_dni.format(number) if g.rnd.random() < 0.6 else number


def ve_rif(g: Gen, company: bool = False) -> str:
    prefix = "J" if company else "V"
    stem = prefix + g.digits(8, "123")
    number = stem + rif.calc_check_digit(stem)
    assert rif.is_valid(number)
    return f"{number[0]}-{number[1:9]}-{number[9]}"


def sv_nit_(g: Gen, d: date) -> str:
    stem = g.rnd.choice(["0614", "0511", "1217", "0210", "0315"]) + d.strftime("%d%m%y") + g.digits(3, "0123")
    number = g.valid(lambda: stem + sv_nit.calc_check_digit(stem), sv_nit.is_valid)
    return sv_nit.format(number)


def ke_pin_(g: Gen, company: bool = False) -> str:
    return g.valid(lambda: ("P" if company else "A") + g.digits(9, "0") + g.code("A"), ke_pin.is_valid)


def nl_passport(g: Gen) -> str:
    alnum = "ABCDEFGHIJKLMNPRSTUVWXYZ123456789"
    return g.valid(lambda: "".join(g.rnd.choice(alnum[:24]) for _ in range(2))
                   + "".join(g.rnd.choice(alnum) for _ in range(6)) + g.rnd.choice("123456789"),
                   identiteitskaartnummer.is_valid)


def us_ssn_(g: Gen, layout: str = "plain") -> str:
    number = g.valid(lambda: f"{g.rnd.randint(1, 665):03d}{g.rnd.randint(1, 99):02d}{g.rnd.randint(1, 9999):04d}",
                     us_ssn.is_valid)
    return {"plain": number, "dashed": f"{number[:3]}-{number[3:5]}-{number[5:]}",
            "spaced": f"{number[:3]} {number[3:5]} {number[5:]}"}[layout]


def gb_nhs(g: Gen, layout: str = "dashed") -> str:
    number = g.valid(lambda: g.digits(10, "4"), nhs.is_valid)
    sep = {"dashed": "-", "spaced": " ", "plain": ""}[layout]
    return sep.join([number[:3], number[3:6], number[6:]]) if sep else number


def de_steuer_id(g: Gen, layout: str = "spaced") -> str:
    """Ten digits with exactly one digit twice, then the ISO 7064 check digit; ``spaced`` as ``12 345 678 901``."""

    def make() -> str:
        chosen = g.rnd.sample(string.digits[1:], 9)
        body = chosen + [g.rnd.choice(chosen)]
        g.rnd.shuffle(body)
        stem = "".join(body)
        return stem + mod_11_10.calc_check_digit(stem)

    number = g.valid(make, idnr.is_valid)
    return f"{number[:2]} {number[2:5]} {number[5:8]} {number[8:]}" if layout == "spaced" else \
        f"{number[:2]}/{number[2:5]}/{number[5:8]}/{number[8:]}" if layout == "slashed" else number


def fr_nir(g: Gen, d: date, female: bool, layout: str = "dashed") -> str:
    dept = g.rnd.choice(["75", "69", "13", "33", "59", "31", "44", "67", "06", "35", "2A", "974"][:10])
    stem = f"{2 if female else 1}{d.year % 100:02d}{d.month:02d}{dept}{g.rnd.randint(1, 990):03d}" \
           f"{g.rnd.randint(1, 999):03d}"
    number = stem + nir.calc_check_digits(stem)
    assert nir.is_valid(number)
    if layout == "dashed":
        return f"{number[0]}-{number[1:3]}-{number[3:5]}-{number[5:7]}-{number[7:10]}-{number[10:13]}-{number[13:]}"
    return number


def es_dni_(g: Gen) -> str:
    stem = g.digits(8, string.digits)
    letter = es_dni.calc_check_digit(stem)
    return g.rnd.choice([f"{stem}-{letter}", f"{stem} {letter}", f"{stem}{letter.lower()}", f"{stem}{letter}"])


_CF_MONTHS = "ABCDEHLMPRST"
_CF_TOWNS = ["H501", "F205", "L219", "G273", "A944", "D612", "F839", "L736", "C351", "E506"]


def it_cf(g: Gen, last: str, first: str, d: date, female: bool) -> str:
    """A codice fiscale from the consonants of ``last`` and ``first``, the birth date and a town code."""

    def part(name: str, is_first: bool) -> str:
        letters = [ch for ch in name.upper() if ch in string.ascii_uppercase]
        cons = [ch for ch in letters if ch not in "AEIOU"]
        vows = [ch for ch in letters if ch in "AEIOU"]
        if is_first and len(cons) >= 4:
            cons = [cons[0], cons[2], cons[3]]
        return "".join((cons + vows + ["X", "X", "X"])[:3])

    day = d.day + (40 if female else 0)
    stem = part(last, False) + part(first, True) + f"{d.year % 100:02d}" + _CF_MONTHS[d.month - 1] + f"{day:02d}" \
        + g.rnd.choice(_CF_TOWNS)
    number = stem + codicefiscale.calc_check_digit(stem)
    assert codicefiscale.is_valid(number)
    return number


def _cpf_digits(stem: str) -> str:
    for _ in range(2):
        total = sum(int(ch) * w for ch, w in zip(stem, range(len(stem) + 1, 1, -1)))
        stem += str((total * 10) % 11 % 10)
    return stem[-2:]


def br_cpf(g: Gen, formatted: bool = False) -> str:
    number = g.valid(lambda: (s := g.digits(9, string.digits)) + _cpf_digits(s), cpf.is_valid)
    return cpf.format(number) if formatted else number


def in_aadhaar(g: Gen, layout: str = "plain") -> str:
    number = g.valid(lambda: (s := g.digits(11, "23456789")) + verhoeff.calc_check_digit(s), aadhaar.is_valid)
    sep = {"plain": "", "dashed": "-", "spaced": " "}[layout]
    return sep.join([number[:4], number[4:8], number[8:]]) if sep else number


def pl_pesel(g: Gen, d: date, female: bool) -> str:
    month = d.month + (20 if d.year >= 2000 else 0)
    stem = f"{d.year % 100:02d}{month:02d}{d.day:02d}{g.digits(3, string.digits)}" \
           f"{g.rnd.choice('02468' if female else '13579')}"
    number = stem + pesel.calc_check_digit(stem)
    assert pesel.is_valid(number)
    return number


def se_pnr(g: Gen, d: date) -> str:
    """A Swedish personnummer with its Luhn digit, written with twelve digits and no separator (``YYYYMMDDNNNC``)
    or with ten and a dash."""
    stem = d.strftime("%y%m%d") + g.digits(3, string.digits)
    number = stem + luhn.calc_check_digit(stem)
    assert personnummer.is_valid(number[:6] + "-" + number[6:])
    return f"{d.year // 100}{number}" if g.rnd.random() < 0.6 else f"{number[:6]}-{number[6:]}"


def cz_rodne(g: Gen, d: date, female: bool) -> str:
    stem = f"{d.year % 100:02d}{d.month + (50 if female else 0):02d}{d.day:02d}"
    return g.valid(lambda: stem + g.digits(4, string.digits), cz_rc.is_valid)


def tr_tc(g: Gen) -> str:
    stem = g.digits(9)
    number = stem + tckimlik.calc_check_digits(stem)
    assert tckimlik.is_valid(number)
    return number if g.rnd.random() < 0.7 else f"{number[:3]} {number[3:6]} {number[6:9]} {number[9:]}"


def jp_my_number(g: Gen) -> str:
    stem = g.digits(11, string.digits)
    number = stem + jp_in.calc_check_digit(stem)
    assert jp_in.is_valid(number)
    return jp_in.format(number) if g.rnd.random() < 0.5 else number


def ru_inn_person(g: Gen) -> str:
    stem = g.rnd.choice(["77", "78", "50", "66", "54", "16", "23"]) + g.digits(8, string.digits)
    number = stem + inn.calc_personal_check_digits(stem)
    assert inn.is_valid(number)
    return number


def gr_afm(g: Gen) -> str:
    return g.valid(lambda: g.digits(9, "01"), gr_vat.is_valid)


def pt_nif_person(g: Gen) -> str:
    stem = g.digits(8, "123")
    return stem + pt_nif.calc_check_digit(stem)


def dk_cpr(g: Gen, d: date) -> str:
    number = g.valid(lambda: d.strftime("%d%m%y") + g.digits(4, string.digits), cpr.is_valid)
    return f"{number[:6]}-{number[6:]}" if g.rnd.random() < 0.5 else number


def card(g: Gen, spaced: bool = True) -> str:
    prefix = g.rnd.choice(["4", "51", "53", "55", "37", "6011"])
    length = 15 if prefix == "37" else 16
    stem = prefix + g.digits(length - 1 - len(prefix), string.digits)
    number = stem + luhn.calc_check_digit(stem)
    if not spaced:
        return number
    groups = [number[:4], number[4:10], number[10:]] if length == 15 else [number[i:i + 4] for i in range(0, 16, 4)]
    return g.rnd.choice([" ", "-"]).join(groups)


def iban(g: Gen, country: str, bban: str, spaced: bool = False) -> str:
    check = std_iban.mod_97_10.calc_check_digits(bban + country)
    number = country + check + bban
    assert std_iban.is_valid(number)
    return " ".join(number[i:i + 4] for i in range(0, len(number), 4)) if spaced else number


# -- business identifiers and other checked decoys ------------------------------------------------------------------


def nl_btw(g: Gen) -> str:
    return g.valid(lambda: "NL" + g.digits(9) + "B0" + g.rnd.choice("123"), btw.is_valid)


def it_piva(g: Gen) -> str:
    return g.valid(lambda: g.digits(7, "0") + g.rnd.choice(["001", "015", "058", "063", "097"]) + g.digits(1, "0123456789"),
                   iva.is_valid)


def es_cif_(g: Gen) -> str:
    return g.valid(lambda: g.rnd.choice("ABB") + g.digits(7, string.digits) + g.digits(1, string.digits),
                   es_cif.is_valid)


def fr_siren(g: Gen) -> str:
    stem = g.digits(8)
    number = stem + luhn.calc_check_digit(stem)
    assert siren.is_valid(number)
    return number


def pt_nipc(g: Gen) -> str:
    stem = g.digits(8, "5")
    return stem + pt_nif.calc_check_digit(stem)


def do_rnc(g: Gen) -> str:
    number = g.valid(lambda: (s := g.digits(8, "13")) + rnc.calc_check_digit(s), rnc.is_valid)
    return rnc.format(number)


def jp_corporate(g: Gen) -> str:
    stem = g.digits(12)
    number = jp_cn.calc_check_digit(stem) + stem
    assert jp_cn.is_valid(number)
    return number


def ru_inn_company(g: Gen) -> str:
    stem = g.rnd.choice(["77", "78", "50"]) + g.digits(7, string.digits)
    number = stem + inn.calc_company_check_digit(stem)
    assert inn.is_valid(number)
    return number


def tw_ubn(g: Gen) -> str:
    return g.valid(lambda: g.digits(8), ubn.is_valid)


def au_acn(g: Gen) -> str:
    stem = g.digits(8, "0123456")
    number = stem + acn.calc_check_digit(stem)
    assert acn.is_valid(number)
    return acn.format(number)


def rs_pib(g: Gen) -> str:
    return g.valid(lambda: g.digits(9, "1"), pib.is_valid)


def al_nipt(g: Gen) -> str:
    return g.valid(lambda: g.rnd.choice("JKLM") + g.digits(8, string.digits) + g.code("A"), nipt.is_valid)


def lei_(g: Gen) -> str:
    stem = g.rnd.choice(["5493", "2138", "9695", "8156"]) + "00" + "".join(
        g.rnd.choice(string.ascii_uppercase + string.digits) for _ in range(12))
    number = stem + std_iban.mod_97_10.calc_check_digits(stem)
    assert lei.is_valid(number)
    return number


def imo_(g: Gen) -> str:
    stem = g.digits(6, "9")
    return "IMO " + stem + imo.calc_check_digit(stem)


def container(g: Gen) -> str:
    stem = g.rnd.choice(["MSCU", "MAEU", "CMAU", "HLXU", "OOLU", "TGHU"]) + g.digits(6, string.digits)
    return stem + iso6346.calc_check_digit(stem)


# -- names, streets, cities (short hand-written lists) ----------------------------------------------------------------

NAMES: dict[str, tuple[list[str], list[str]]] = {
    "en": (["John", "Mary", "David", "Sarah", "Michael", "Emma", "James", "Olivia", "Robert", "Grace", "Thomas",
            "Chloe", "William", "Hannah", "Daniel", "Lucy", "Peter", "Megan", "Andrew", "Rachel"],
           ["Smith", "Jones", "Taylor", "Brown", "Williams", "Wilson", "Johnson", "Davies", "Robinson", "Wright",
            "Thompson", "Evans", "Walker", "White", "Roberts", "Green", "Hall", "Wood", "Jackson", "Clarke",
            "O'Brien", "McDonald"]),
    "de": (["Hans", "Ursula", "Jürgen", "Renate", "Klaus", "Ingrid", "Wolfgang", "Gisela", "Dieter", "Brigitte",
            "Lukas", "Lea", "Maximilian", "Sophie", "Jonas", "Marie", "Günther", "Hildegard", "Friedrich", "Annelie"],
           ["Müller", "Schmidt", "Schneider", "Fischer", "Weber", "Meyer", "Wagner", "Becker", "Schulz", "Hoffmann",
            "Müller-Lüdenscheidt", "Schäfer", "Koch", "Bauer", "Richter", "Klein", "Wolf", "Schröder", "Neumann",
            "Zimmermann", "Krüger", "Hartmann-Oßwald"]),
    "fr": (["Jean", "Marie", "Pierre", "Françoise", "Michel", "Isabelle", "Philippe", "Nathalie", "Alain", "Sylvie",
            "Lucas", "Chloé", "Hugo", "Léa", "Théo", "Manon", "Jean-Luc", "Anne-Sophie", "Gérard", "Élodie"],
           ["Martin", "Bernard", "Dubois", "Thomas", "Robert", "Richard", "Petit", "Durand", "Leroy", "Moreau",
            "Simon", "Laurent", "Lefèvre", "Michel", "Garcia", "Fournier", "Girard", "Bonnet", "Lambert", "Fontaine"]),
    "es": (["José", "María", "Antonio", "Carmen", "Manuel", "Josefa", "Francisco", "Isabel", "Juan", "Dolores",
            "Javier", "Lucía", "Alejandro", "Marta", "Sergio", "Paula", "Jordi", "Montserrat", "Iñaki", "Nerea"],
           ["García", "Fernández", "González", "Rodríguez", "López", "Martínez", "Sánchez", "Pérez", "Gómez",
            "Martín", "Jiménez", "Ruiz", "Hernández", "Díaz", "Moreno", "Muñoz", "Álvarez", "Romero", "Puig",
            "Etxeberria"]),
    "it": (["Giuseppe", "Maria", "Giovanni", "Anna", "Antonio", "Giuseppina", "Mario", "Rosa", "Luigi", "Angela",
            "Francesco", "Giulia", "Alessandro", "Chiara", "Lorenzo", "Sofia", "Matteo", "Martina", "Salvatore",
            "Francesca"],
           ["Rossi", "Russo", "Ferrari", "Esposito", "Bianchi", "Romano", "Colombo", "Ricci", "Marino", "Greco",
            "Bruno", "Gallo", "Conti", "De Luca", "Mancini", "Costa", "Giordano", "Rizzo", "Lombardi", "Moretti"]),
    "pt": (["João", "Maria", "José", "Ana", "António", "Manuela", "Francisco", "Joana", "Rui", "Inês", "Tiago",
            "Beatriz", "Gonçalo", "Mariana", "Duarte", "Leonor", "Luiz", "Thaís", "Rafael", "Fernanda"],
           ["Silva", "Santos", "Ferreira", "Pereira", "Oliveira", "Costa", "Rodrigues", "Martins", "Jesus", "Sousa",
            "Fernandes", "Gonçalves", "Gomes", "Lopes", "Marques", "Alves", "Almeida", "Ribeiro", "Pinto",
            "Carvalho"]),
    "nl": (["Jan", "Johanna", "Pieter", "Cornelia", "Hendrik", "Wilhelmina", "Daan", "Sanne", "Bram", "Femke",
            "Sem", "Lotte", "Thijs", "Anouk", "Ruud", "Marieke", "Joris", "Ilse", "Koen", "Eline"],
           ["de Jong", "Jansen", "de Vries", "van den Berg", "van Dijk", "Bakker", "Janssen", "Visser", "Smit",
            "Meijer", "de Boer", "Mulder", "de Groot", "Bos", "Vos", "Peters", "Hendriks", "van Leeuwen", "Dekker",
            "Brouwer"]),
    "pl": (["Anna", "Piotr", "Katarzyna", "Krzysztof", "Małgorzata", "Andrzej", "Agnieszka", "Tomasz", "Magdalena",
            "Paweł", "Joanna", "Michał", "Zofia", "Jakub", "Aleksandra", "Łukasz", "Natalia", "Kamil", "Ewa",
            "Wojciech"],
           ["Nowak", "Kowalski", "Wiśniewski", "Wójcik", "Kowalczyk", "Kamiński", "Lewandowski", "Zieliński",
            "Szymański", "Woźniak", "Dąbrowski", "Kozłowski", "Jankowski", "Mazur", "Kwiatkowski", "Krawczyk",
            "Piotrowski", "Grabowski", "Nowakowski", "Pawłowski"]),
    "sv": (["Lars", "Karin", "Anders", "Eva", "Johan", "Kerstin", "Per", "Ingrid", "Erik", "Birgitta", "Oskar",
            "Maja", "Elias", "Alice", "Hugo", "Ebba", "Nils", "Astrid", "Gustav", "Linnéa"],
           ["Andersson", "Johansson", "Karlsson", "Nilsson", "Eriksson", "Larsson", "Olsson", "Persson", "Svensson",
            "Gustafsson", "Pettersson", "Jonsson", "Lindberg", "Lindqvist", "Bergström", "Sjöberg", "Åberg",
            "Holm", "Ekström", "Lundgren"]),
    "da": (["Jens", "Kirsten", "Niels", "Hanne", "Søren", "Mette", "Lars", "Anne", "Henrik", "Lone", "Mads",
            "Freja", "Rasmus", "Ida", "Frederik", "Sofie", "Anders", "Karen", "Morten", "Line"],
           ["Jensen", "Nielsen", "Hansen", "Pedersen", "Andersen", "Christensen", "Larsen", "Sørensen", "Rasmussen",
            "Jørgensen", "Petersen", "Madsen", "Kristensen", "Olsen", "Thomsen", "Poulsen", "Johansen", "Møller",
            "Mortensen", "Østergaard"]),
    "cs": (["Jiří", "Jana", "Jan", "Marie", "Petr", "Eva", "Josef", "Hana", "Pavel", "Anna", "Martin", "Lenka",
            "Tomáš", "Kateřina", "Jaroslav", "Lucie", "Miroslav", "Věra", "Zdeněk", "Alena"],
           ["Novák", "Svoboda", "Novotný", "Dvořák", "Černý", "Procházka", "Kučera", "Veselý", "Horák", "Němec",
            "Marek", "Pospíšil", "Pokorný", "Hájek", "Král", "Jelínek", "Růžička", "Beneš", "Fiala", "Sedláček"]),
    "tr": (["Mehmet", "Ayşe", "Mustafa", "Fatma", "Ahmet", "Emine", "Ali", "Hatice", "Hüseyin", "Zeynep", "Hasan",
            "Elif", "İbrahim", "Meryem", "Yusuf", "Şerife", "Emre", "Büşra", "Burak", "Özlem"],
           ["Yılmaz", "Kaya", "Demir", "Şahin", "Çelik", "Yıldız", "Yıldırım", "Öztürk", "Aydın", "Özdemir",
            "Arslan", "Doğan", "Kılıç", "Aslan", "Çetin", "Kara", "Koç", "Kurt", "Özkan", "Şimşek"]),
    "af": (["Johannes", "Susanna", "Pieter", "Maria", "Hendrik", "Elizabeth", "Willem", "Anna", "Gerhard", "Annatjie",
            "Thabo", "Nomsa", "Sipho", "Lerato", "Riaan", "Marelize", "Francois", "Elmarie", "Kobus", "Nandi"],
           ["van der Merwe", "Botha", "Nel", "Pretorius", "Smit", "du Plessis", "Venter", "Coetzee", "van Wyk",
            "Fourie", "Nkosi", "Dlamini", "Mokoena", "Naidoo", "Joubert", "Steyn", "Kruger", "le Roux", "Louw",
            "Ndlovu"]),
}
NAMES["ru"] = (["Александр", "Елена", "Сергей", "Ольга", "Дмитрий", "Татьяна", "Андрей", "Наталья", "Алексей",
                "Ирина", "Михаил", "Анна", "Иван", "Мария", "Николай", "Светлана"],
               ["Иванов", "Смирнова", "Кузнецов", "Попова", "Васильев", "Петрова", "Соколов", "Михайлова", "Новиков",
                "Федорова", "Морозов", "Волкова", "Алексеев", "Лебедева", "Семенов", "Егорова"])
NAMES["el"] = (["Γιώργος", "Μαρία", "Γιάννης", "Ελένη", "Κώστας", "Αικατερίνη", "Δημήτρης", "Βασιλική", "Νίκος",
                "Σοφία", "Παναγιώτης", "Αναστασία", "Χρήστος", "Δέσποινα"],
               ["Παπαδόπουλος", "Βλάχου", "Οικονόμου", "Γεωργίου", "Νικολάου", "Καραγιάννης", "Παπαδάκη", "Μακρή",
                "Αθανασίου", "Ιωάννου", "Πετρόπουλος", "Κωνσταντίνου", "Δημητρίου", "Αντωνίου"])
RU_PATRONYMICS = ["Александрович", "Сергеевна", "Игоревич", "Владимировна", "Николаевич", "Андреевна", "Петрович",
                  "Михайловна", "Викторович", "Юрьевна"]
#: (kanji, katakana reading, romaji)
JA_FIRST = [("翔太", "ショウタ", "Shota"), ("陽菜", "ヒナ", "Hina"), ("大輝", "ダイキ", "Daiki"), ("結衣", "ユイ", "Yui"),
            ("健太", "ケンタ", "Kenta"), ("美咲", "ミサキ", "Misaki"), ("拓也", "タクヤ", "Takuya"), ("葵", "アオイ", "Aoi"),
            ("直樹", "ナオキ", "Naoki"), ("優子", "ユウコ", "Yuko"), ("誠", "マコト", "Makoto"), ("恵", "メグミ", "Megumi")]
JA_LAST = [("佐藤", "サトウ", "Sato"), ("鈴木", "スズキ", "Suzuki"), ("高橋", "タカハシ", "Takahashi"),
           ("田中", "タナカ", "Tanaka"), ("伊藤", "イトウ", "Ito"), ("渡辺", "ワタナベ", "Watanabe"),
           ("山本", "ヤマモト", "Yamamoto"), ("中村", "ナカムラ", "Nakamura"), ("小林", "コバヤシ", "Kobayashi"),
           ("加藤", "カトウ", "Kato"), ("吉田", "ヨシダ", "Yoshida"), ("山田", "ヤマダ", "Yamada")]

CITIES: dict[str, list[str]] = {
    "gb": ["London", "Manchester", "Leeds", "Bristol", "Sheffield", "Norwich", "Cardiff", "York", "Reading", "Luton",
           "Stoke-on-Trent", "Milton Keynes", "Newcastle upon Tyne", "Swansea", "Exeter"],
    "us": ["Boston", "Springfield", "Dayton", "Tucson", "Albany", "Fresno", "Madison", "Omaha", "Newark", "Tulsa",
           "Hartford", "Providence", "Worcester", "Cambridge", "Portland"],
    "de": ["Lüdenscheid", "Bielefeld", "Münster", "Göttingen", "Würzburg", "Paderborn", "Hagen", "Siegen", "Kassel",
           "Osnabrück", "Gütersloh", "Iserlohn", "Bad Kreuznach", "Frankfurt am Main", "Halle (Saale)"],
    "fr": ["Lyon", "Villeurbanne", "Saint-Étienne", "Grenoble", "Annecy", "Chambéry", "Bourg-en-Bresse", "Valence",
           "Vienne", "Roanne", "Mâcon", "Clermont-Ferrand", "Aix-les-Bains", "Oyonnax"],
    "es": ["Barcelona", "Sabadell", "Terrassa", "Badalona", "L'Hospitalet de Llobregat", "Girona", "Lleida",
           "Tarragona", "Reus", "Mataró", "Granollers", "Manresa", "Vic", "Figueres"],
    "it": ["Roma", "Tivoli", "Guidonia Montecelio", "Fiumicino", "Velletri", "Latina", "Frosinone", "Viterbo",
           "Rieti", "Civitavecchia", "Anzio", "Pomezia", "Aprilia", "Frascati"],
    "pt": ["Lisboa", "Porto", "Braga", "Coimbra", "Setúbal", "Amadora", "Almada", "Funchal", "Aveiro", "Viseu",
           "Faro", "Guimarães", "Leiria", "Évora"],
    "br": ["São Paulo", "Campinas", "Belo Horizonte", "Curitiba", "Recife", "Salvador", "Fortaleza", "Niterói"],
    "nl": ["Utrecht", "Amersfoort", "Zeist", "Nieuwegein", "Houten", "Veenendaal", "Woerden", "IJsselstein",
           "Maarssen", "Bunnik", "Hilversum", "Culemborg"],
    "be": ["Antwerpen", "Gent", "Mechelen", "Leuven", "Brugge", "Hasselt"],
    "pl": ["Kraków", "Wieliczka", "Tarnów", "Nowy Sącz", "Zakopane", "Oświęcim", "Bochnia", "Myślenice", "Skawina",
           "Niepołomice", "Katowice", "Rzeszów"],
    "sv": ["Göteborg", "Borås", "Kungälv", "Alingsås", "Uddevalla", "Trollhättan", "Mölndal", "Partille", "Lerum",
           "Varberg", "Halmstad", "Skövde"],
    "da": ["Aarhus", "Aalborg", "Esbjerg", "Randers", "Kolding", "Horsens", "Vejle", "Herning", "Silkeborg",
           "Fredericia", "Frederikshavn", "Hjørring"],
    "cs": ["Brno", "Olomouc", "Zlín", "Jihlava", "Prostějov", "Přerov", "Třebíč", "Znojmo", "Kroměříž", "Vyškov",
           "Hodonín", "Břeclav", "Uherské Hradiště", "Blansko"],
    "tr": ["İstanbul", "Ankara", "İzmir", "Bursa", "Antalya", "Konya", "Gaziantep", "Kayseri", "Eskişehir", "Samsun",
           "Trabzon", "Denizli", "Mersin", "Diyarbakır"],
    "ja-Latn": ["Sapporo", "Asahikawa", "Otaru", "Ebetsu", "Chitose", "Tomakomai", "Obihiro", "Kushiro", "Hakodate",
                "Iwamizawa"],
    "ja": ["横浜市", "川崎市", "相模原市", "藤沢市", "横須賀市", "平塚市", "鎌倉市", "茅ヶ崎市", "厚木市", "大和市"],
    "ru": ["Москва", "Санкт-Петербург", "Казань", "Екатеринбург", "Новосибирск", "Самара", "Нижний Новгород",
           "Тверь", "Ярославль", "Калуга", "Тула", "Рязань"],
    "el": ["Αθήνα", "Πειραιάς", "Θεσσαλονίκη", "Πάτρα", "Ηράκλειο", "Λάρισα", "Βόλος", "Χανιά", "Ρόδος", "Κέρκυρα",
           "Καλαμάτα", "Ναύπλιο"],
    "af": ["Pretoria", "Johannesburg", "Bloemfontein", "Stellenbosch", "Paarl", "Worcester", "George", "Oudtshoorn",
           "Potchefstroom", "Polokwane", "Kimberley", "Upington"],
    "in": ["Pune", "Nagpur", "Nashik", "Thane", "Aurangabad", "Solapur", "Kolhapur", "Indore", "Bhopal", "Surat",
           "Vadodara", "Jaipur"],
    "latam": ["Buenos Aires", "Rosario", "Córdoba", "San José", "Cartago", "Heredia", "La Habana", "Santiago de Cuba",
              "San Salvador", "Santa Ana", "Caracas", "Maracaibo", "Valencia"],
}

STREETS: dict[str, list[str]] = {
    "gb": ["High Street", "Station Road", "Church Lane", "Victoria Road", "Green Lane", "Manor Road", "Park Avenue",
           "Queens Road", "Mill Lane", "The Crescent", "Kingsway", "Albert Street"],
    "us": ["Maple Street", "Oak Avenue", "Elm Drive", "Washington Blvd", "Lincoln Ave", "Cedar Lane", "Pine Court",
           "Lakeview Drive", "Hillcrest Rd", "Sunset Blvd"],
    "de": ["Hauptstraße", "Kirchweg", "Schulstraße", "Gartenstraße", "Am Markt", "Lindenallee", "Bahnhofstr.",
           "Mühlenweg", "Sauerfelder Str.", "Rosenhof", "Kölner Straße", "Im Grund"],
    "fr": ["rue de la République", "avenue Jean Jaurès", "boulevard Gambetta", "rue Victor Hugo", "chemin des Vignes",
           "place Bellecour", "rue Pasteur", "allée des Tilleuls", "impasse du Moulin", "rue du Lac"],
    "es": ["Carrer de Balmes", "Carrer Major", "Avinguda Diagonal", "Calle Mayor", "Passeig de Gràcia",
           "Calle de la Riera", "Rambla Nova", "Carrer de Sant Pere", "Avenida de Madrid", "Plaça de la Vila"],
    "it": ["Via Roma", "Via Garibaldi", "Via Appia Nuova", "Viale Mazzini", "Via Cavour", "Piazza del Popolo",
           "Via Tiburtina", "Via dei Castani", "Largo Argentina", "Via Nazionale"],
    "pt": ["Rua Augusta", "Avenida da Liberdade", "Rua de Santa Catarina", "Travessa do Carmo", "Rua do Ouro",
           "Largo do Rato", "Rua Direita", "Avenida Central", "Rua das Flores", "Calçada da Ajuda"],
    "nl": ["Oudegracht", "Biltstraat", "Kerkstraat", "Dorpsstraat", "Molenweg", "Prinses Beatrixlaan", "Stationsplein",
           "Julianaweg", "Amsterdamsestraatweg", "Nachtegaalstraat"],
    "pl": ["ul. Floriańska", "ul. Długa", "al. Mickiewicza", "ul. Kościuszki", "os. Na Skarpie", "ul. Krakowska",
           "ul. Słowackiego", "ul. Zielona", "ul. Lipowa", "pl. Wolnica"],
    "sv": ["Storgatan", "Kungsgatan", "Drottninggatan", "Linnégatan", "Vasagatan", "Ekvägen", "Björkvägen",
           "Skolgatan", "Järntorget", "Parkgatan"],
    "da": ["Vestergade", "Søndergade", "Nørregade", "Østerbrogade", "Strandvejen", "Kirkevej", "Skolevej",
           "Møllevej", "Bakkegårdsvej", "Havnegade"],
    "cs": ["Masarykova", "Husova", "Nádražní", "Palackého", "Komenského", "Zahradní", "Lidická", "Dvořákova",
           "Náměstí Svobody", "Školní"],
    "tr": ["Atatürk Caddesi", "İnönü Sokak", "Cumhuriyet Mahallesi", "Bağdat Caddesi", "Gazi Bulvarı",
           "Menekşe Sokak", "Lale Sokak", "Fatih Caddesi", "Çiçek Sokak", "İstiklal Caddesi"],
    "ru": ["ул. Ленина", "пр. Мира", "ул. Гагарина", "ул. Советская", "ул. Пушкина", "Садовая ул.", "ул. Лесная",
           "Набережная ул.", "ул. Школьная", "пер. Почтовый"],
    "el": ["Οδός Ερμού", "Λεωφόρος Συγγρού", "Οδός Αθηνάς", "Οδός Πατησίων", "Οδός Τσιμισκή", "Οδός Μητροπόλεως",
           "Λεωφόρος Κηφισίας", "Οδός Σταδίου"],
    "af": ["Kerkstraat", "Voortrekkerweg", "Hoofweg", "Dorpstraat", "Langstraat", "Protearylaan", "Jacarandastraat",
           "Stasieweg", "Rivierweg", "Bergstraat"],
    "in": ["MG Road", "FC Road", "Station Road", "Nehru Nagar", "Laxmi Road", "Gandhi Chowk", "Shivaji Nagar",
           "Linking Road", "Tilak Road"],
    "latam": ["Av. Corrientes", "Calle 9 de Julio", "Avenida Central", "Calle Obispo", "Paseo del Prado",
              "Av. Francisco Miranda", "Calle Arce", "Boulevard Los Héroes", "Av. Libertador"],
}

HONORIFICS = {"en": ["Mr", "Mrs", "Ms", "Dr", "Mr.", "Mrs.", "Miss", "Prof."], "in": ["Mr.", "Mrs.", "Smt.", "Shri",
              "Dr.", "Ms."], "pt": ["Sr.", "Sra.", "Dr.", "Dra.", "Eng.º"], "de": ["Herr", "Frau", "Dr.", "Prof. Dr."],
              "fr": ["M.", "Mme", "Dr", "Mlle"]}


def person(g: Gen, lang: str) -> tuple[str, str]:
    firsts, lasts = NAMES[lang]
    return g.rnd.choice(firsts), g.rnd.choice(lasts)


def people(g: Gen, lang: str) -> tuple[list[str], list[str]]:
    pairs = [person(g, lang) for _ in range(g.rows)]
    return [a for a, _ in pairs], [b for _, b in pairs]


def caps_some(g: Gen, values: list[Any], share: float) -> list[Any]:
    """Some values in ALL CAPS, as a legacy system wrote them."""
    return [v.upper() if isinstance(v, str) and g.rnd.random() < share else v for v in values]


def lower_some(g: Gen, values: list[str], share: float) -> list[str]:
    """Some values in lower case, as typed by hand into a legacy form."""
    return [v.lower() if g.rnd.random() < share else v for v in values]


def styled_name(g: Gen, first: str, last: str, weights: dict[str, float], lang: str = "en") -> str:
    """A full name in one of the styles of real exports, drawn by weight: ``plain`` (John Smith), ``caps``
    (JOHN SMITH), ``comma`` (Smith, John), ``caps_comma`` (SMITH, JOHN), ``initials`` (J. R. Smith),
    ``honorific`` (Mr John Smith), ``last_first`` (Smith John)."""
    style = g.rnd.choices(list(weights), list(weights.values()))[0]
    if style == "caps":
        return f"{first} {last}".upper()
    if style == "comma":
        return f"{last}, {first}"
    if style == "caps_comma":
        return f"{last}, {first}".upper()
    if style == "initials":
        middle = g.rnd.choice(string.ascii_uppercase.replace("X", ""))
        return f"{first[0]}. {middle}. {last}" if g.rnd.random() < 0.6 else f"{first[0]}. {last}"
    if style == "honorific":
        return f"{g.rnd.choice(HONORIFICS.get(lang, HONORIFICS['en']))} {first} {last}"
    if style == "last_first":
        return f"{last} {first}"
    return f"{first} {last}"


def full_names(g: Gen, lang: str, weights: dict[str, float], typos: float = 0.0) -> list[str]:
    return [g.typo(styled_name(g, *person(g, lang), weights, lang), typos) for _ in range(g.rows)]


def staff(g: Gen, lang: str, n: int, weights: dict[str, float] | None = None) -> list[str]:
    """A few staff names (a short list: a column drawn from a handful of distinct people)."""
    return [styled_name(g, *person(g, lang), weights or {"plain": 1.0}, lang) for _ in range(n)]


_ASCII = str.maketrans({"ł": "l", "ø": "o", "æ": "ae", "ß": "ss", "ı": "i", "å": "a", "'": "", " ": ""})


def _ascii(s: str) -> str:
    s = s.lower().translate(_ASCII)
    return "".join(ch for ch in unicodedata.normalize("NFKD", s) if ch.isascii() and (ch.isalnum() or ch in ".-"))


def email(g: Gen, first: str, last: str, domains: list[str]) -> str:
    f, l = _ascii(first) or "x", _ascii(last) or "y"
    local = g.rnd.choice([f"{f}.{l}", f"{f[0]}{l}", f"{l}.{f}", f"{f}{g.rnd.randint(1, 99)}", f"{f}_{l}{g.rnd.randint(60, 99)}"])
    address = f"{local}@{g.rnd.choice(domains)}"
    return address.upper() if g.rnd.random() < 0.05 else address


def emails(g: Gen, firsts: list[str], lasts: list[str], domains: list[str]) -> list[str]:
    return [email(g, a, b, domains) for a, b in zip(firsts, lasts)]


def street(g: Gen, lang: str, number_first: bool = False, extra: Callable[[], str] | None = None) -> Callable[[], str]:
    def make() -> str:
        number = str(g.rnd.randint(1, 240)) + (g.rnd.choice(["", "", "", "a", "b", "A"]))
        name = g.rnd.choice(STREETS[lang])
        line = f"{number} {name}" if number_first else f"{name} {number}"
        if extra and g.rnd.random() < 0.3:
            line += extra()
        return line

    return make


def note_clean(g: Gen, texts: list[str]) -> Callable[[], str]:
    """A free-text note that names nobody (a decoy): one of ``texts``, sometimes with a number."""
    return lambda: g.rnd.choice(texts).format(n=g.rnd.randint(2, 40))


def japanese_era(d: date) -> str:
    """``d`` as a Japanese-era date (``平成28年3月12日``)."""
    for start, era in [(date(2019, 5, 1), "令和"), (date(1989, 1, 8), "平成"), (date(1926, 12, 25), "昭和")]:
        if d >= start:
            year = d.year - start.year + 1
            return f"{era}{'元' if year == 1 else year}年{d.month}月{d.day}日"
    raise ValueError("date before Showa")


def japanese_era_short(d: date) -> str:
    """``d`` as ``H28.3.12`` / ``R2.5.1``."""
    for start, era in [(date(2019, 5, 1), "R"), (date(1989, 1, 8), "H"), (date(1926, 12, 25), "S")]:
        if d >= start:
            return f"{era}{d.year - start.year + 1}.{d.month}.{d.day}"
    raise ValueError("date before Showa")
