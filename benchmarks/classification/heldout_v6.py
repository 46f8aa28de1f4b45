"""Held-out set v6 for the column classifier: 25 tables in new domains, countries, identifiers and scripts.

Written **blind**, like v2 to v5: by someone who has read neither the classifier (``governance_dagster/detect/``)
nor its vocabulary nor its documentation, only the list of kind names (``governance_dagster/kinds.py``), issue 13,
the scorer and the *structure* of v5 (how tables, columns, labels and tags are declared). The classifier was not
run on this set while it was written: nothing here was adjusted to what the classifier does. It differs from the
earlier sets on purpose:

* other domains: insurance claims, school enrolment, payroll, telecom call records, public-sector benefits,
  clinical trials, ride-hailing, real-estate leases, parcel delivery, marketplace sellers, hospital admissions,
  e-commerce orders, a loyalty programme, debt collection, parcel lockers, a CRM export and an application table;
* column names in Italian, Dutch, Polish, Swedish, Danish, Czech, Turkish, romanized Japanese (``ja-Latn``),
  Japanese (kanji and kana), Russian, Ukrainian and Bulgarian (Cyrillic), Greek, Thai, Indonesian, Hebrew, Arabic,
  Chinese, Lithuanian, Latvian, Icelandic, Spanish (Mexico, Argentina, Chile, Colombia), German (Austria,
  Switzerland), French (Belgium, Switzerland), Portuguese (Portugal) and English (Australia, New Zealand, South
  Africa, US); snake, camel, Pascal and SCREAMING case, abbreviations (``cust_fnm``, ``ctc_ph``, ``addr_ln1``,
  ``kund_fnamn``), source-prefixed and opaque names (``src_crm_col17``, ``c07``, ``attr_x``) and misleading
  names (``misc_1``, ``notes2``, ``code``, ``ref``, ``value``) over personal values, and personal-looking names
  over non-personal values (``cust_addr_sk``, ``email_opt_in``, ``d_day_name``);
* 200 to 3,000 rows per table;
* identifiers of 30 countries, each checked with ``python-stdnum`` when generated (the Russian SNILS and the
  Mexican NSS by their published checksums), with and without separators: Italian codice fiscale, Dutch BSN and
  onderwijsnummer, Polish PESEL, Swedish personnummer, Danish CPR, Czech rodné číslo, Turkish T.C. kimlik,
  Japanese My Number, Russian personal INN and SNILS, Ukrainian RNOKPP, Bulgarian EGN, a Greek person's AFM,
  Thai citizen ID, Indonesian NIK, Israeli teudat zehut, Chinese resident ID, Lithuanian asmens kodas, Latvian
  personas kods, Icelandic kennitala, Mexican CURP, personal RFC and NSS, Chilean RUT, Argentine DNI, South
  African ID, Australian TFN, New Zealand IRD, Austrian SV-Nummer, Swiss AHV number, Portuguese NIF and Cartão
  de Cidadão, Belgian national number, US SSN; *business* identifiers as decoys labeled ``none`` (tag
  ``business``): Italian partita IVA, Dutch BRIN, Polish NIP and REGON, Swedish organisationsnummer, Danish CVR,
  Czech IČO, Turkish VKN, Japanese corporate number, Russian company INN, Ukrainian EDRPOU, Bulgarian VAT, a Greek
  agency's AFM, Indonesian NPWP of a shop, Israeli company number, Chinese USCC, Icelandic company kennitala,
  Mexican company RFC, Argentine CUIT of a company, Colombian NIT, Australian ABN, Austrian and Swiss UID,
  Portuguese NIPC, Belgian VAT;
* phones of 31 regions as national, international and E.164 numbers and as digits without ``+``;
* dates of birth as DATE, as text (``DD/MM/YYYY``, ``DD-MM-YYYY``, ``DD.MM.YYYY``, ``YYYY年MM月DD日``, Thai
  Buddhist-era ``DD/MM/BBBB``, Indonesian ``12 Maret 1985``, ``YYYYMMDD`` as text), as integers like ``19840312``
  and split into year / month / day integer columns; school pupils' birth dates (ages 6 to 18) too;
* decoys labeled ``none`` (tag ``decoy``): claim, policy, case, order, ticket and call-record numbers, SKUs,
  tracking numbers, loyalty card numbers, cell ids, product, property and company names, event timestamps,
  contract and admission dates, hashes, coordinates, version strings, integer surrogate keys ending ``_sk`` /
  ``_id``, Y/N and J/N flags, enums, regions and prefectures, day and month names in the table's language,
  amounts; business addresses, phones and postal codes of body shops, schools, warehouses, pick-up points and
  agencies (``none``, tag ``business``);
* NULL-heavy personal columns (70-90% NULL, tag ``null_heavy``) and free-text notes that mention people
  (``free_text``) in Italian, Czech, Japanese, Hebrew, Arabic, Portuguese and English.

Labeling rules: the same as v2 to v5. ``ssn`` is a social-security / social-insurance number (US SSN, Russian
SNILS, Mexican NSS, Austrian SV-Nummer, Swiss AHV number); ``national_id`` is any other state-issued personal
identifier: identity, citizen, population-register and personal tax numbers (codice fiscale, BSN,
onderwijsnummer, PESEL, personnummer, CPR, rodné číslo, T.C. kimlik, My Number, personal INN, RNOKPP, EGN, a
person's AFM, Thai ID, NIK, teudat zehut, Chinese resident ID, asmens kodas, personas kods, kennitala, CURP,
personal RFC, RUT, DNI, South African ID, TFN, IRD, NIF, Cartão de Cidadão, Belgian national number).
``person_name`` is a full name or a name part that is neither the given nor the family name (a middle name, a
Russian or Ukrainian patronymic, a Dutch *tussenvoegsel*, a kana reading of a full name); a doctor's,
caseworker's, assessor's, broker's or guardian's name is personal (``person_name``); a second family name
(Mexican *apellido materno*) is ``last_name``. ``street_address`` is any part of the street line (a house number
alone, an apartment, suite, PO box or Belgian *boîte* line too); a Japanese *banchi* (block and house number) is
``street_address``. ``city`` includes an Australian suburb. Every part of a split date of birth is
``date_of_birth``; so is a Buddhist-era birth date. A business's address, phone, postal code, city or tax number
is ``none`` (tag ``business``); an e-mail is ``email``; a mobile stored as digits without ``+`` is ``phone``; a
country, state, region or prefecture is ``none``. Loyalty card numbers, parcel and locker codes, hashes and
surrogate keys are ``none``. A *username* (login handle) is labeled ``unclassified`` (tag ``username``), as in
v5.

Every table comes from :data:`SEED` with Faker's locale providers (one instance per locale, reseeded from each
table's own seed), python-stdnum, phonenumbers' example numbers and short hand-written lists of real cities and
streets where Faker has no locale or no address provider for it (Turkish, Bulgarian, Lithuanian, Latvian,
Icelandic, Belgian, Arabic and romanized Japanese streets and several city lists). Build: ``python -m
benchmarks.classification.heldout_v6 [PATH]`` (default ``/tmp/heldout_v6.duckdb``). Score: ``python -m
benchmarks.classification.heldout_v2_accuracy --set v6``. Built with Faker 40.63, python-stdnum 2.2 and
phonenumbers 9.0.
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
from faker import Faker
from stdnum import ean, luhn
from stdnum import iban as std_iban
from stdnum.ar import cuit
from stdnum.at import uid as at_uid
from stdnum.at import vnr
from stdnum.au import abn, tfn
from stdnum.be import nn as be_nn
from stdnum.be import vat as be_vat
from stdnum.bg import egn
from stdnum.bg import vat as bg_vat
from stdnum.ch import ssn as ch_ssn
from stdnum.ch import uid as ch_uid
from stdnum.cl import rut
from stdnum.cn import ric, uscc
from stdnum.co import nit
from stdnum.cz import dic as cz_dic
from stdnum.cz import rc as cz_rc
from stdnum.dk import cpr, cvr
from stdnum.gr import vat as gr_vat
from stdnum.id import nik, npwp
from stdnum.il import hp
from stdnum.is_ import kennitala
from stdnum.iso7064 import mod_97_10
from stdnum.it import codicefiscale
from stdnum.jp import cn as jp_cn
from stdnum.jp import in_ as jp_in
from stdnum.lt import asmens
from stdnum.lv import pvn
from stdnum.mx import curp, rfc
from stdnum.nl import brin, bsn, onderwijsnummer
from stdnum.nz import ird
from stdnum.pl import nip, pesel, regon
from stdnum.pt import cc as pt_cc_mod
from stdnum.pt import nif
from stdnum.ru import inn
from stdnum.se import orgnr
from stdnum.th import pin
from stdnum.tr import tckimlik, vkn
from stdnum.ua import edrpou, rntrc
from stdnum.us import ssn as us_ssn

from benchmarks.classification import heldout_v4
from benchmarks.classification.heldout_v2 import Column, Table

SEED = 20_261_206_06
DEFAULT_PATH = Path("/tmp/heldout_v6.duckdb")
N = "none"
#: the kind of a username column (see the module docstring)
USERNAME = "unclassified"


#: one Faker per locale, shared by every table's :class:`Gen` (each reseeds it from its own seed on first use)
_FAKERS: dict[str, Faker] = {}


class Gen(heldout_v4.Gen):
    """v4's per-table random source (seeded ``random.Random``, Faker per locale, identifiers drawn until valid),
    seeded from this set's :data:`SEED`, with a row count of its own per table."""

    def __init__(self, table: str, rows: int) -> None:
        self.rnd = random.Random(f"{SEED}:{table}")
        self._fakers: dict[str, Faker] = {}
        self.rows = rows

    def fake(self, locale: str) -> Faker:
        """A Faker of ``locale`` seeded for this table (one instance per locale for the process, reseeded: building
        a Faker costs more than generating a small table)."""
        if locale not in self._fakers:
            if locale not in _FAKERS:
                _FAKERS[locale] = Faker(locale)
            faker = _FAKERS[locale]
            faker.seed_instance(self.rnd.randrange(2**31))
            self._fakers[locale] = faker
        return self._fakers[locale]

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

    def phone(self, region: str, style: str = "national", fixed: bool = False) -> str:
        """A valid mobile (or, ``fixed``, landline) of ``region`` in ``style`` (``national``, ``intl``, ``e164``,
        ``digits``: the country code and number without ``+``), all but the first digits of the example redrawn."""
        kind = phonenumbers.PhoneNumberType.FIXED_LINE if fixed else phonenumbers.PhoneNumberType.MOBILE
        example = _example(region, kind)
        national = str(example.national_number)
        keep = max(1, len(national) - (4 if fixed else 7))

        def parsed(s: str) -> phonenumbers.PhoneNumber:
            return phonenumbers.PhoneNumber(country_code=example.country_code, national_number=int(s),
                                            italian_leading_zero=example.italian_leading_zero)

        number = self.valid(lambda: national[:keep] + self.digits(len(national) - keep, string.digits),
                            lambda s: phonenumbers.is_valid_number(parsed(s)))
        formats = {"e164": phonenumbers.PhoneNumberFormat.E164, "intl": phonenumbers.PhoneNumberFormat.INTERNATIONAL,
                   "national": phonenumbers.PhoneNumberFormat.NATIONAL}
        if style == "digits":
            return f"{example.country_code}{'0' if example.italian_leading_zero else ''}{number}"
        return phonenumbers.format_number(parsed(number), formats[style])

    def digits(self, n: int, first: str = "123456789") -> str:
        """``n`` random digits, the first one of ``first`` (as v4's, one draw for the rest: faster)."""
        rest = f"{self.rnd.randrange(10 ** (n - 1)):0{n - 1}d}" if n > 1 else ""
        return self.rnd.choice(first) + rest

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

    def people(self, locale: str) -> tuple[list[str], list[str]]:
        f = self.fake(locale)
        return [f.first_name() for _ in range(self.rows)], [f.last_name() for _ in range(self.rows)]

    def md5(self) -> str:
        return hashlib.md5(str(self.rnd.random()).encode()).hexdigest()


@functools.cache
def _example(region: str, kind: int) -> phonenumbers.PhoneNumber:
    return phonenumbers.example_number_for_type(region, kind)


def _c(name: str, kind: str, sql_type: str, values: list[Any], *tags: str) -> Column:
    return Column(name, kind, sql_type, values, frozenset(tags))


def _female(g: Gen) -> bool:
    return g.rnd.random() < 0.5


# -- personal identifiers (each drawn or completed until python-stdnum accepts it) -----------------------------------

BELFIORE = ["H501", "F205", "F839", "L219", "G273", "A944", "D612", "L736", "A662", "C351", "D969", "B157"]


def it_cf(g: Gen, d: date, female: bool) -> str:
    stem = (g.code("AAAAAA") + f"{d.year % 100:02d}" + "ABCDEHLMPRST"[d.month - 1]
            + f"{d.day + (40 if female else 0):02d}" + g.rnd.choice(BELFIORE))
    number = stem + codicefiscale.calc_check_digit(stem)
    assert codicefiscale.is_valid(number)
    return number


def nl_bsn(g: Gen) -> str:
    return g.valid(lambda: g.digits(9, "1234567"), bsn.is_valid)


def nl_onderwijs(g: Gen) -> str:
    return g.valid(lambda: "10" + g.digits(7, string.digits), onderwijsnummer.is_valid)


def pl_pesel(g: Gen, d: date, female: bool) -> str:
    month = d.month + (20 if d.year >= 2000 else 0)
    stem = f"{d.year % 100:02d}{month:02d}{d.day:02d}"
    sex = lambda: str(g.rnd.choice("02468" if female else "13579"))
    body = stem + g.digits(3, string.digits) + sex()
    return body + pesel.calc_check_digit(body)


def se_pnr(g: Gen, d: date) -> str:
    serial = g.digits(3, string.digits)
    return d.strftime("%y%m%d") + "-" + serial + luhn.calc_check_digit(d.strftime("%y%m%d") + serial)


def dk_cpr(g: Gen, d: date) -> str:
    seventh = g.rnd.choice("0123") if d.year < 2000 else g.rnd.choice("4")
    return g.valid(lambda: d.strftime("%d%m%y") + "-" + seventh + g.digits(3, string.digits), cpr.is_valid)


def cz_rodne(g: Gen, d: date, female: bool) -> str:
    stem = f"{d.year % 100:02d}{d.month + (50 if female else 0):02d}{d.day:02d}"
    number = g.valid(lambda: stem + g.digits(4, string.digits), cz_rc.is_valid)
    return f"{number[:6]}/{number[6:]}"


def tr_tck(g: Gen) -> str:
    stem = g.digits(9)
    number = stem + tckimlik.calc_check_digits(stem)
    assert tckimlik.is_valid(number)
    return number


def jp_mynumber(g: Gen, spaced: bool) -> str:
    stem = g.digits(11, string.digits)
    number = stem + jp_in.calc_check_digit(stem)
    assert jp_in.is_valid(number)
    return f"{number[:4]} {number[4:8]} {number[8:]}" if spaced else number


def ru_inn_personal(g: Gen) -> str:
    stem = g.rnd.choice(["77", "78", "50", "66", "16", "54"]) + g.digits(8, string.digits)
    number = stem + inn.calc_personal_check_digits(stem)
    assert inn.is_valid(number)
    return number


def ru_snils(g: Gen) -> str:
    """A Russian SNILS ``123-456-789 01``: nine digits and the published check number."""
    body = g.digits(9, string.digits)
    total = sum(int(ch) * (9 - i) for i, ch in enumerate(body))
    check = total if total < 100 else 0 if total in (100, 101) else total % 101
    check = 0 if check == 100 else check
    return f"{body[:3]}-{body[3:6]}-{body[6:]} {check:02d}"


def snils_is_valid(value: str) -> bool:
    digits = "".join(ch for ch in value if ch.isdigit())
    total = sum(int(ch) * (9 - i) for i, ch in enumerate(digits[:9]))
    check = total if total < 100 else 0 if total in (100, 101) else total % 101
    return len(digits) == 11 and int(digits[9:]) == (0 if check == 100 else check)


def ua_rnokpp(g: Gen) -> str:
    stem = g.digits(9, "23")
    return stem + rntrc.calc_check_digit(stem + "0")


def bg_egn(g: Gen, d: date) -> str:
    month = d.month + (40 if d.year >= 2000 else 0)
    return g.valid(lambda: f"{d.year % 100:02d}{month:02d}{d.day:02d}" + g.digits(4, string.digits), egn.is_valid)


def gr_afm(g: Gen) -> str:
    return g.valid(lambda: g.digits(9, "01"), gr_vat.is_valid)


def th_pin(g: Gen) -> str:
    number = g.valid(lambda: g.digits(13, "1358"), pin.is_valid)
    return f"{number[0]}-{number[1:5]}-{number[5:10]}-{number[10:12]}-{number[12]}"


NIK_PLACES = ["317101", "327301", "357801", "517101", "127101"]


def id_nik(g: Gen, d: date, female: bool) -> str:
    number = (g.rnd.choice(NIK_PLACES) + f"{d.day + (40 if female else 0):02d}{d.month:02d}{d.year % 100:02d}"
              + f"{g.rnd.randint(1, 9999):04d}")
    assert nik.is_valid(number)
    return number


def il_tz(g: Gen) -> str:
    stem = g.digits(8, "0123")
    return stem + luhn.calc_check_digit(stem)


CN_PLACES = ["110101", "310101", "440103", "440106", "330102", "420102", "320102", "610102"]


def cn_ric(g: Gen, d: date) -> str:
    stem = g.rnd.choice(CN_PLACES) + d.strftime("%Y%m%d") + g.digits(3, string.digits)
    number = stem + ric.calc_check_digit(stem + "0")
    return number if ric.is_valid(number) else cn_ric(g, d)


def lt_asmens(g: Gen, d: date, female: bool) -> str:
    first = ("4" if female else "3") if d.year < 2000 else ("6" if female else "5")
    return g.valid(lambda: first + d.strftime("%y%m%d") + g.digits(4, string.digits), asmens.is_valid)


def lv_pk(g: Gen, d: date) -> str:
    century = "1" if d.year < 2000 else "2"
    stem = d.strftime("%d%m%y") + century + g.digits(3, string.digits)
    number = stem + pvn.calc_check_digit_pers(stem)
    assert pvn.is_valid(number)
    return f"{number[:6]}-{number[6:]}"


def is_kt(g: Gen, d: date, company: bool = False) -> str:
    day = d.day + (40 if company else 0)
    century = "9" if d.year < 2000 else "0"
    number = g.valid(lambda: f"{day:02d}{d.month:02d}{d.year % 100:02d}" + g.digits(3, string.digits) + century,
                     kennitala.is_valid)
    return kennitala.format(number)


MX_STATES = ["DF", "JC", "NL", "PL", "GT", "VZ", "MC", "YN", "QT", "SL"]


def mx_curp(g: Gen, d: date, female: bool) -> str:
    def make() -> str:
        stem = (g.code("A") + g.rnd.choice("AEIOU") + g.code("AA") + d.strftime("%y%m%d") + ("M" if female else "H")
                + g.rnd.choice(MX_STATES) + "".join(g.rnd.choice("BCDFGHJKLMNPRSTVZ") for _ in range(3))
                + (g.code("9") if d.year < 2000 else g.code("A")))
        return stem + curp.calc_check_digit(stem + "0")

    return g.valid(make, curp.is_valid)


def mx_rfc(g: Gen, d: date, company: bool = False) -> str:
    def make() -> str:
        stem = g.code("AAA" if company else "AAAA") + d.strftime("%y%m%d") + g.code("A9")
        return stem + rfc.calc_check_digit(stem)

    return g.valid(make, lambda s: rfc.is_valid(s, validate_check_digits=True))


def mx_nss(g: Gen) -> str:
    """A Mexican NSS (IMSS social-security number): eleven digits, the last a Luhn check digit."""
    stem = g.digits(10, string.digits)
    return stem + luhn.calc_check_digit(stem)


def cl_rut(g: Gen) -> str:
    return rut.format(g.valid(lambda: str(g.rnd.randint(5_000_000, 25_999_999)) + g.rnd.choice("0123456789K"),
                              rut.is_valid))


def ar_dni(g: Gen) -> str:
    return f"{g.rnd.randint(12_000_000, 45_999_999):,}".replace(",", ".")


def za_id(g: Gen, d: date, female: bool) -> str:
    sex = f"{g.rnd.randint(0, 4999) if female else g.rnd.randint(5000, 9999):04d}"
    stem = d.strftime("%y%m%d") + sex + "08"
    return stem + luhn.calc_check_digit(stem)


def au_tfn(g: Gen) -> str:
    number = g.valid(lambda: g.digits(9), tfn.is_valid)
    return f"{number[:3]} {number[3:6]} {number[6:]}"


def nz_ird(g: Gen) -> str:
    number = g.valid(lambda: g.digits(9, "1"), ird.is_valid)
    return f"{number[:3]}-{number[3:6]}-{number[6:]}"


def at_svnr(g: Gen, d: date) -> str:
    number = g.valid(lambda: g.digits(3) + g.digits(1, string.digits) + d.strftime("%d%m%y"), vnr.is_valid)
    return f"{number[:4]} {number[4:]}"


def ch_ahv(g: Gen) -> str:
    stem = "756" + g.digits(9, string.digits)
    return ch_ssn.format(stem + ean.calc_check_digit(stem))


def pt_nif(g: Gen, company: bool = False) -> str:
    stem = g.digits(8, "5" if company else "123")
    return stem + nif.calc_check_digit(stem)


def be_national(g: Gen, d: date) -> str:
    stem = d.strftime("%y%m%d") + f"{g.rnd.randint(1, 997):03d}"
    base = int(("2" if d.year >= 2000 else "") + stem)
    number = stem + f"{97 - base % 97:02d}"
    assert be_nn.is_valid(number)
    return be_nn.format(number)


def pt_cc(g: Gen) -> str:
    """A Portuguese Cartão de Cidadão number ``12345678 9 ZZ4``, its final check digit computed."""
    stem = g.digits(8, string.digits) + g.digits(1, string.digits) + g.rnd.choice(["ZZ", "ZY", "ZX"])
    number = stem + pt_cc_mod.calc_check_digit(stem)
    assert pt_cc_mod.is_valid(number)
    return f"{number[:8]} {number[8]} {number[9:]}"


def us_ssn_(g: Gen) -> str:
    return g.valid(lambda: f"{g.rnd.randint(1, 665):03d}{g.rnd.randint(1, 99):02d}{g.rnd.randint(1, 9999):04d}",
                   us_ssn.is_valid)


def card(g: Gen, spaced: bool = False) -> str:
    prefix = g.rnd.choice(["4", "51", "52", "55", "2221", "37"])
    length = 15 if prefix == "37" else 16
    stem = prefix + g.digits(length - len(prefix) - 1, string.digits)
    number = stem + luhn.calc_check_digit(stem)
    return " ".join(number[i:i + 4] for i in range(0, len(number), 4)) if spaced else number


def iban(g: Gen, country: str, bban: str, spaced: bool = False) -> str:
    """An IBAN of ``country`` over the BBAN pattern ``bban`` (``A`` a letter, ``9`` a digit), drawn until
    python-stdnum accepts it (national check digits included where it knows them)."""
    def make() -> str:
        body = g.code(bban)
        return country + mod_97_10.calc_check_digits(body + country) + body

    number = g.valid(make, std_iban.is_valid)
    return std_iban.format(number) if spaced else number


def be_iban(g: Gen) -> str:
    """A Belgian IBAN of a real bank code: its national check (the first ten digits mod 97) computed, then the
    ISO check digits."""
    body = g.rnd.choice(["001", "068", "310", "363", "735", "063", "750", "973"]) + g.digits(7, string.digits)
    bban = body + f"{int(body) % 97 or 97:02d}"
    number = "BE" + mod_97_10.calc_check_digits(bban + "BE") + bban
    assert std_iban.is_valid(number)
    return std_iban.format(number)


def pt_iban(g: Gen) -> str:
    """A Portuguese IBAN with spaces: its NIB check digits computed (drawing them would take ~97 tries)."""
    body = g.digits(19, string.digits)
    bban = body + f"{98 - int(body) * 100 % 97:02d}"
    number = "PT" + mod_97_10.calc_check_digits(bban + "PT") + bban
    assert std_iban.is_valid(number)
    return std_iban.format(number)


# -- business identifiers (decoys) ---------------------------------------------------------------------------------


def it_piva(g: Gen) -> str:
    stem = "0" + g.digits(6, string.digits) + f"{g.rnd.randint(1, 100):03d}"
    return stem + luhn.calc_check_digit(stem)


def nl_brin(g: Gen) -> str:
    number = g.digits(2, string.digits) + g.code("AA")
    assert brin.is_valid(number)
    return number


def pl_nip(g: Gen) -> str:
    return nip.format(g.valid(lambda: g.digits(10), nip.is_valid))


def pl_regon(g: Gen) -> str:
    stem = g.digits(8)
    return stem + regon.calc_check_digit(stem)


def se_org(g: Gen) -> str:
    stem = "556" + g.digits(6, string.digits)
    return orgnr.format(stem + luhn.calc_check_digit(stem))


def dk_cvr(g: Gen) -> str:
    return g.valid(lambda: g.digits(8), cvr.is_valid)


def cz_ico(g: Gen) -> str:
    return g.valid(lambda: g.digits(8, "2468"), cz_dic.is_valid)


def tr_vkn(g: Gen) -> str:
    stem = g.digits(9)
    return stem + vkn.calc_check_digit(stem)


def jp_corp(g: Gen) -> str:
    return g.valid(lambda: g.digits(13), jp_cn.is_valid)


def ru_inn_company(g: Gen) -> str:
    stem = g.rnd.choice(["77", "78", "50"]) + g.digits(7, string.digits)
    return stem + inn.calc_company_check_digit(stem)


def ua_edrpou(g: Gen) -> str:
    return g.valid(lambda: g.digits(8, "34"), edrpou.is_valid)


def bg_vat_(g: Gen) -> str:
    return "BG" + g.valid(lambda: g.digits(9), bg_vat.is_valid)


def id_npwp(g: Gen) -> str:
    return npwp.format(g.valid(lambda: "0" + g.digits(8, string.digits) + "407000", npwp.is_valid))


def il_hp(g: Gen) -> str:
    return g.valid(lambda: "51" + g.digits(7, string.digits), hp.is_valid)


def cn_uscc(g: Gen) -> str:
    stem = "91" + g.rnd.choice(CN_PLACES) + g.digits(9, string.digits)
    return stem + uscc.calc_check_digit(stem)


def ar_cuit_company(g: Gen) -> str:
    return cuit.format(g.valid(lambda: "30" + g.digits(9, string.digits), cuit.is_valid))


def co_nit(g: Gen) -> str:
    return nit.format(g.valid(lambda: "9" + g.digits(9, string.digits), nit.is_valid))


def au_abn(g: Gen) -> str:
    stem = g.digits(9)
    return abn.format(abn.calc_check_digits(stem) + stem)


def at_uid_(g: Gen) -> str:
    return g.valid(lambda: "ATU" + g.digits(8), at_uid.is_valid)


def ch_uid_(g: Gen) -> str:
    return ch_uid.format(g.valid(lambda: "CHE" + g.digits(9), ch_uid.is_valid))


def be_vat_(g: Gen) -> str:
    stem = "0" + g.digits(7, "4578")
    number = stem + f"{97 - int(stem) % 97:02d}"
    assert be_vat.is_valid("BE" + number)
    return "BE" + number


# -- real places, streets and names (hand-written, short) ----------------------------------------------------------

CITIES = {
    "it": ["Roma", "Milano", "Napoli", "Torino", "Palermo", "Genova", "Bologna", "Firenze", "Bari", "Catania",
           "Verona", "Padova", "Trieste", "Brescia", "Parma"],
    "tr": ["İstanbul", "Ankara", "İzmir", "Bursa", "Antalya", "Konya", "Adana", "Gaziantep", "Kayseri", "Eskişehir",
           "Mersin", "Samsun", "Trabzon", "Diyarbakır"],
    "ja-Latn": ["Yokohama", "Osaka", "Nagoya", "Sapporo", "Fukuoka", "Kobe", "Kyoto", "Kawasaki", "Saitama",
                "Hiroshima", "Sendai", "Chiba", "Kitakyushu", "Setagaya-ku", "Shinjuku-ku"],
    "ru": ["Москва", "Санкт-Петербург", "Новосибирск", "Екатеринбург", "Казань", "Нижний Новгород", "Челябинск",
           "Самара", "Омск", "Ростов-на-Дону", "Уфа", "Красноярск", "Воронеж", "Пермь"],
    "uk": ["Київ", "Харків", "Одеса", "Дніпро", "Львів", "Запоріжжя", "Вінниця", "Полтава", "Чернігів",
           "Івано-Франківськ"],
    "bg": ["София", "Пловдив", "Варна", "Бургас", "Русе", "Стара Загора", "Плевен", "Сливен", "Добрич", "Шумен"],
    "th": ["กรุงเทพมหานคร", "เชียงใหม่", "ขอนแก่น", "นครราชสีมา", "หาดใหญ่", "ภูเก็ต", "อุดรธานี", "พิษณุโลก",
           "นครศรีธรรมราช", "ชลบุรี", "เชียงราย", "สุราษฎร์ธานี"],
    "id": ["Jakarta", "Surabaya", "Bandung", "Medan", "Semarang", "Makassar", "Palembang", "Denpasar", "Yogyakarta",
           "Malang", "Balikpapan", "Pontianak", "Manado", "Padang"],
    "he": ["תל אביב-יפו", "ירושלים", "חיפה", "ראשון לציון", "פתח תקווה", "אשדוד", "נתניה", "באר שבע", "חולון",
           "בני ברק", "רמת גן", "רחובות"],
    "zh": ["北京", "上海", "广州", "深圳", "成都", "杭州", "武汉", "南京", "西安", "重庆", "天津", "苏州", "长沙", "青岛"],
    "lt": ["Vilnius", "Kaunas", "Klaipėda", "Šiauliai", "Panevėžys", "Alytus", "Marijampolė", "Mažeikiai", "Utena",
           "Jonava"],
    "lv": ["Rīga", "Daugavpils", "Liepāja", "Jelgava", "Jūrmala", "Ventspils", "Rēzekne", "Valmiera", "Ogre"],
    "is": ["Reykjavík", "Kópavogur", "Hafnarfjörður", "Akureyri", "Reykjanesbær", "Garðabær", "Mosfellsbær",
           "Selfoss", "Akranes", "Ísafjörður"],
    "mx": ["Ciudad de México", "Guadalajara", "Monterrey", "Puebla", "Tijuana", "León", "Querétaro", "Mérida",
           "Toluca", "Aguascalientes", "Morelia", "Hermosillo", "Saltillo", "Culiacán"],
    "latam": ["Buenos Aires", "Córdoba", "Rosario", "Mendoza", "Santiago", "Valparaíso", "Concepción", "Antofagasta",
              "Bogotá", "Medellín", "Cali", "Barranquilla", "Cartagena", "Bucaramanga"],
    "au": ["Parramatta", "Bondi Beach", "Fitzroy", "St Kilda", "Fremantle", "Glenelg", "Chermside", "Toowong",
           "Manly", "Newtown", "Brunswick", "Subiaco", "Penrith", "Ponsonby", "Remuera", "Sandton", "Rondebosch"],
    "dach": ["Wien", "Graz", "Linz", "Salzburg", "Innsbruck", "Klagenfurt", "Zürich", "Bern", "Basel", "Luzern",
             "St. Gallen", "Winterthur", "Villach", "Wels"],
    "pt": ["Lisboa", "Porto", "Braga", "Coimbra", "Aveiro", "Faro", "Setúbal", "Funchal", "Viseu", "Leiria",
           "Évora", "Guimarães", "Bruxelles", "Liège", "Namur"],
    "en": ["Springfield", "Sacramento", "Milwaukee", "Tucson", "Omaha", "Raleigh", "Cleveland", "Tampa", "Louisville",
           "Albuquerque", "Pittsburgh", "Baltimore"],
}

TR_STREETS = ["Atatürk Cd.", "İnönü Cd.", "Cumhuriyet Cd.", "Bağdat Cd.", "Gazi Mustafa Kemal Blv.", "Fevzi Çakmak Sk.",
              "Lale Sk.", "Menekşe Sk.", "Çınar Sk.", "Kızılay Sk.", "Millet Cd.", "Barbaros Blv."]
TR_MAHALLE = ["Moda Mah.", "Kızılay Mah.", "Alsancak Mah.", "Bahçelievler Mah.", "Yenişehir Mah.", "Fenerbahçe Mah."]
JA_TOWNS = ["Shibuya", "Ebisu", "Nakameguro", "Umeda", "Tenjin", "Sakae", "Minatomirai", "Kichijoji", "Nishiki",
            "Susukino", "Kitahama", "Aobadai", "Jiyugaoka", "Koenji"]
JA_PROPERTIES = ["Residence Sakura", "Maison Aoba", "Grand Heights Umeda", "Park Court Ebisu", "Sunny Villa",
                 "Lions Mansion Tenjin", "Belle Fleur", "Castle Kichijoji", "Pure Dome", "Urban Square Sakae"]
JA_AGENTS = ["Sumitomo Fudosan", "Mitsui Fudosan Realty", "Tokyu Livable", "Daito Kentaku", "Leopalace21",
             "Sekisui House", "Able", "Minimini"]
BG_STREETS = ["ул. Витоша", "бул. Цар Освободител", "ул. Шипка", "бул. България", "ул. Раковски", "ул. Граф Игнатиев",
              "бул. Мария Луиза", "ул. Оборище", "ул. Солунска", "бул. Васил Левски"]
LT_STREETS = ["Gedimino pr.", "Konstitucijos pr.", "Laisvės al.", "Savanorių pr.", "Pilies g.", "Vilniaus g.",
              "Taikos pr.", "Žirmūnų g.", "Ukmergės g.", "Kalvarijų g."]
LV_STREETS = ["Brīvības iela", "Elizabetes iela", "Krišjāņa Valdemāra iela", "Dzirnavu iela", "Tērbatas iela",
              "Lāčplēša iela", "Maskavas iela", "Ganību dambis"]
IS_STREETS = ["Laugavegur", "Skólavörðustígur", "Hverfisgata", "Bankastræti", "Suðurgata", "Hringbraut",
              "Grettisgata", "Njálsgata", "Bólstaðarhlíð", "Hamraborg"]
BE_STREETS = ["Rue Neuve", "Chaussée d'Ixelles", "Avenue Louise", "Rue de la Loi", "Boulevard d'Avroy",
              "Rue Saint-Gilles", "Chaussée de Waterloo", "Rue des Carmes", "Place du Marché", "Rue de Fer",
              "Avenue de Tervueren", "Rue du Midi"]
BE_COMMUNES = ["Bruxelles", "Ixelles", "Schaerbeek", "Uccle", "Liège", "Namur", "Charleroi", "Mons", "Wavre",
               "Tournai", "Verviers", "Louvain-la-Neuve", "Arlon", "Nivelles"]
AR_NAMES = ["محمد خطيب", "أحمد مصاروة", "فاطمة زعبي", "مريم جبارين", "خالد عثامنة", "نور حاج يحيى", "سامي دراوشة",
            "ليلى أبو ريا", "يوسف طه", "رنا شحادة", "عمر مواسي", "هبة بشارة"]
WEEKDAYS = {
    "pl": ["poniedziałek", "wtorek", "środa", "czwartek", "piątek", "sobota", "niedziela"],
    "de": ["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"],
    "el": ["Δευτέρα", "Τρίτη", "Τετάρτη", "Πέμπτη", "Παρασκευή", "Σάββατο", "Κυριακή"],
    "fr": ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"],
    "en": ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"],
}
MONTHS = {
    "da": ["januar", "februar", "marts", "april", "maj", "juni", "juli", "august", "september", "oktober",
           "november", "december"],
    "id": ["Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September", "Oktober",
           "November", "Desember"],
}


_ASCII = str.maketrans({"ł": "l", "ø": "o", "æ": "ae", "ß": "ss", "ı": "i", "đ": "d", "þ": "th", "ð": "d",
                        "œ": "oe"})


def _clean(s: str) -> str:
    """``s`` in lower-case ASCII letters (accents dropped, a few letters transliterated), for e-mail handles."""
    plain = unicodedata.normalize("NFKD", s.lower().translate(_ASCII))
    return "".join(ch for ch in plain if ch in string.ascii_lowercase)


def _email(g: Gen, first: str, last: str, domains: list[str]) -> str:
    """An e-mail from Latin-script name parts, else a handle of letters and digits."""
    a, b = _clean(first), _clean(last)
    if not a or not b:
        a, b = g.code("AAAAAA").lower(), str(g.rnd.randint(10, 9999))
    local = g.rnd.choice([f"{a}.{b}", f"{a[0]}.{b}", f"{b}{a[0]}{g.rnd.randint(1, 99)}", f"{a}-{b}", f"{a}{b[:1]}"])
    return f"{local}@{g.rnd.choice(domains)}"


def _username(g: Gen, first: str, last: str) -> str:
    a, b = _clean(first) or g.code("AAAA").lower(), _clean(last) or g.code("AAAAA").lower()
    return g.rnd.choice([f"{a}{b[:2]}{g.rnd.randint(1, 999)}", f"{a[0]}_{b}", f"{b}{g.rnd.randint(80, 99)}",
                         f"{a}.{b}", f"xx_{a}_xx"])


def _tracking(g: Gen) -> str:
    return g.rnd.choice([g.code("SF9999999999999"), g.code("AA999999999CN"), g.code("YT9999999999999"),
                         g.code("9999-9999-9999")])


def _sku(g: Gen) -> str:
    return g.code(g.rnd.choice(["AA-99999", "999-AAA-9999", "AAAA9999AA"]))


def _version(g: Gen) -> str:
    return f"{g.rnd.randint(1, 12)}.{g.rnd.randint(0, 40)}.{g.rnd.randint(0, 99)}"


def _dmy(d: date, sep: str = "/") -> str:
    return d.strftime(f"%d{sep}%m{sep}%Y")


# -- tables ---------------------------------------------------------------------------------------------------------


def it_claims(g: Gen) -> Table:
    f = g.fake("it_IT")
    women = [_female(g) for _ in range(g.rows)]
    births = g.births(1938, 2006)
    firsts = [f.first_name_female() if w else f.first_name_male() for w in women]
    lasts = [f.last_name() for _ in range(g.rows)]
    assessors = [f.name() for _ in range(9)]
    return Table("sinistri.denunce_sinistro", "it", "snake", [
        _c("id_sinistro", N, "BIGINT", g.keys(7_000_001), "decoy"),
        _c("numero_polizza", N, "VARCHAR", g.col(lambda: g.code("POL-9999-999999")), "decoy"),
        _c("nome", "first_name", "VARCHAR", firsts),
        _c("cognome", "last_name", "VARCHAR", lasts),
        _c("codice_fiscale", "national_id", "VARCHAR", [it_cf(g, d, w) for d, w in zip(births, women)]),
        _c("data_nascita", "date_of_birth", "VARCHAR", [_dmy(d) for d in births]),
        _c("cellulare", "phone", "VARCHAR", g.col(lambda: g.phone("IT"))),
        _c("indirizzo_pec", "email", "VARCHAR",
           [_email(g, a, b, ["pec.it", "legalmail.it", "libero.it", "virgilio.it"]) for a, b in zip(firsts, lasts)]),
        _c("indirizzo_residenza", "street_address", "VARCHAR", g.col(f.street_address)),
        _c("cap", "postal_code", "VARCHAR", g.col(f.postcode)),
        _c("comune", "city", "VARCHAR", g.col(g.pick(CITIES["it"]))),
        _c("iban_rimborso", "iban", "VARCHAR", g.col(lambda: iban(g, "IT", "A9999999999AAAAAAAAAAAA"))),
        _c("data_sinistro", N, "DATE", g.days("2024-01-01", "2026-11-30"), "decoy"),
        _c("ora_denuncia", N, "TIMESTAMP", g.moments("2024-01-01", 1_060), "decoy"),
        _c("importo_liquidato", N, "DECIMAL(12,2)", g.amounts(150, 48_000), "decoy"),
        _c("tipo_sinistro", N, "VARCHAR", g.col(g.pick(["furto", "incendio", "grandine", "collisione", "cristalli"])),
           "decoy"),
        _c("partita_iva_carrozzeria", N, "VARCHAR", g.col(lambda: it_piva(g)), "decoy", "business"),
        _c("telefono_carrozzeria", N, "VARCHAR", g.col(lambda: g.phone("IT", fixed=True)), "business"),
        _c("perito", "person_name", "VARCHAR", g.col(g.pick(assessors))),
        _c("testimone", "person_name", "VARCHAR", g.col(f.name, nulls=0.8), "null_heavy"),
        _c("descrizione_evento", "free_text", "VARCHAR",
           g.col(lambda: f"L'assicurato {f.name()} dichiara che il veicolo di {f.name()} lo ha urtato in "
                         f"{f.street_name()}; testimone raggiungibile al {g.phone('IT')}.", nulls=0.78), "null_heavy"),
    ])


def nl_school(g: Gen) -> Table:
    f = g.fake("nl_NL")
    firsts, lasts = g.people("nl_NL")
    births = g.births(2008, 2020)
    schools = [f"{kind} {name}" for kind, name in zip(
        ["Openbare Basisschool", "CBS", "RK Basisschool", "Het Lyceum", "Montessorischool", "SG"],
        ["De Regenboog", "De Wegwijzer", "Sint Jozef", "Vlaardingen", "Oost", "De Dijk"])]
    return Table("onderwijs.inschrijvingen", "nl", "snake", [
        _c("leerling_id", N, "INTEGER", g.keys(40_001), "decoy"),
        _c("voornaam", "first_name", "VARCHAR", firsts),
        _c("tussenvoegsel", "person_name", "VARCHAR",
           g.col(g.pick(["van", "de", "van der", "van den", "ter", "op de"]), nulls=0.75), "null_heavy"),
        _c("achternaam", "last_name", "VARCHAR", lasts),
        _c("bsn", "national_id", "VARCHAR", g.col(lambda: nl_bsn(g))),
        _c("onderwijsnummer", "national_id", "VARCHAR", g.col(lambda: nl_onderwijs(g), nulls=0.85), "null_heavy"),
        _c("geboortedatum", "date_of_birth", "DATE", births),
        _c("straatnaam", "street_address", "VARCHAR", g.col(f.street_name)),
        _c("huisnummer", "street_address", "VARCHAR",
           g.col(lambda: str(g.rnd.randint(1, 240)) + g.rnd.choice(["", "", "", "a", "b", "-2", " hs"]))),
        _c("postcode", "postal_code", "VARCHAR", g.col(lambda: g.digits(4) + " " + g.code("AA"))),
        _c("woonplaats", "city", "VARCHAR", g.col(f.city)),
        _c("telefoon_ouder", "phone", "VARCHAR", g.col(lambda: g.phone("NL"))),
        _c("email_ouder", "email", "VARCHAR",
           [_email(g, f.first_name(), b, ["ziggo.nl", "kpnmail.nl", "gmail.com", "hotmail.nl"]) for b in lasts]),
        _c("brin_code", N, "VARCHAR", g.col(lambda: nl_brin(g)), "decoy", "business"),
        _c("schoolnaam", N, "VARCHAR", g.col(g.pick(schools)), "decoy"),
        _c("school_postcode", N, "VARCHAR", g.col(g.pick(["3011 AB", "1012 JS", "5611 EM", "9711 LM", "2511 CV"])),
           "business"),
        _c("schooljaar", N, "VARCHAR", g.col(g.pick(["2024-2025", "2025-2026", "2026-2027"])), "decoy"),
        _c("leerjaar", N, "INTEGER", g.ints(1, 8), "decoy"),
        _c("inschrijfdatum", N, "DATE", g.days("2020-08-15", "2026-09-01"), "decoy"),
        _c("profiel", N, "VARCHAR", g.col(g.pick(["vmbo-t", "havo", "vwo", "gymnasium", "basis"])), "decoy"),
    ])


def pl_payroll(g: Gen) -> Table:
    f = g.fake("pl_PL")
    women = [_female(g) for _ in range(g.rows)]
    births = g.births(1955, 2006)
    firsts = [f.first_name_female() if w else f.first_name_male() for w in women]
    lasts = [f.last_name_female() if w else f.last_name_male() for w in women]
    return Table("kadry.ListaPlac", "pl", "pascal", [
        _c("PracownikId", N, "INTEGER", g.keys(100), "decoy"),
        _c("Imie", "first_name", "VARCHAR", firsts),
        _c("Nazwisko", "last_name", "VARCHAR", lasts),
        _c("Pesel", "national_id", "VARCHAR", [pl_pesel(g, d, w) for d, w in zip(births, women)]),
        _c("RokUrodzenia", "date_of_birth", "INTEGER", [d.year for d in births]),
        _c("MiesiacUrodzenia", "date_of_birth", "INTEGER", [d.month for d in births]),
        _c("DzienUrodzenia", "date_of_birth", "INTEGER", [d.day for d in births]),
        _c("NrKonta", "iban", "VARCHAR", g.col(lambda: iban(g, "PL", "999999999999999999999999", spaced=True))),
        _c("Ulica", "street_address", "VARCHAR", g.col(f.street_address)),
        _c("KodPocztowy", "postal_code", "VARCHAR", g.col(f.postcode)),
        _c("Miejscowosc", "city", "VARCHAR", g.col(f.city)),
        _c("TelefonKomorkowy", "phone", "VARCHAR", g.col(lambda: g.phone("PL", "digits"))),
        _c("EmailPrywatny", "email", "VARCHAR",
           [_email(g, a, b, ["wp.pl", "onet.pl", "o2.pl", "interia.pl"]) for a, b in zip(firsts, lasts)]),
        _c("NipPracodawcy", N, "VARCHAR", g.col(lambda: pl_nip(g)), "decoy", "business"),
        _c("RegonPracodawcy", N, "VARCHAR", g.col(lambda: pl_regon(g)), "decoy", "business"),
        _c("OkresRozliczeniowy", N, "VARCHAR", g.col(lambda: f"2026-{g.rnd.randint(1, 12):02d}"), "decoy"),
        _c("WynagrodzenieBrutto", N, "DECIMAL(12,2)", g.amounts(4_300, 32_000), "decoy"),
        _c("SkladkaZus", N, "DECIMAL(12,2)", g.amounts(400, 5_000), "decoy"),
        _c("DzienWyplaty", N, "VARCHAR", g.col(g.pick(WEEKDAYS["pl"])), "decoy"),
        _c("StanowiskoKod", N, "VARCHAR", g.col(g.pick(["KS-01", "IT-03", "MG-02", "PR-11", "HR-05"])), "decoy"),
    ])


def sv_telecom(g: Gen) -> Table:
    f = g.fake("sv_SE")
    births = g.births(1940, 2007)
    starts = g.moments("2026-10-01", 60)
    seconds = g.ints(3, 5_400)
    return Table("tele.samtal_cdr", "sv", "snake+abbrev", [
        _c("cdr_id", N, "BIGINT", g.keys(880_000_000), "decoy"),
        _c("abonnent_pnr", "national_id", "VARCHAR", [se_pnr(g, d) for d in births]),
        _c("kund_fnamn", "first_name", "VARCHAR", g.col(f.first_name), "abbrev"),
        _c("kund_enamn", "last_name", "VARCHAR", g.col(f.last_name), "abbrev"),
        _c("a_nr", "phone", "VARCHAR", g.col(lambda: g.phone("SE", "digits")), "abbrev"),
        _c("b_nr", "phone", "VARCHAR", g.col(lambda: g.phone(g.rnd.choice(["SE", "SE", "NO", "FI", "DK"]), "e164")),
           "abbrev"),
        _c("samtal_start", N, "TIMESTAMP", starts, "decoy"),
        _c("samtal_slut", N, "TIMESTAMP", [s + timedelta(seconds=d) for s, d in zip(starts, seconds)], "decoy"),
        _c("varaktighet_s", N, "INTEGER", seconds, "decoy"),
        _c("cell_id", N, "VARCHAR", g.col(lambda: g.code("240-01-99999-999")), "decoy"),
        _c("mast_lat", N, "DOUBLE", g.floats(55.3, 67.9), "decoy"),
        _c("mast_lon", N, "DOUBLE", g.floats(11.1, 23.9), "decoy"),
        _c("klient_ip", "ip_address", "VARCHAR", g.col(f.ipv4_public)),
        _c("abonnemang", N, "VARCHAR", g.col(g.pick(["Fast pris 20GB", "Obegränsat", "Kontantkort", "Företag"])),
           "decoy"),
        _c("operatör_orgnr", N, "VARCHAR", g.col(lambda: se_org(g)), "decoy", "business"),
        _c("kostnad_kr", N, "DOUBLE", g.amounts(0, 240), "decoy"),
        _c("roaming_jn", N, "VARCHAR", g.yn("J", "N", 0.1), "decoy"),
        _c("fakt_adr", "street_address", "VARCHAR", g.col(f.street_address), "abbrev"),
        _c("postnr", "postal_code", "VARCHAR", g.col(lambda: g.digits(3) + " " + g.digits(2, string.digits)),
           "abbrev"),
        _c("ort", "city", "VARCHAR", g.col(f.city)),
    ])


def da_benefits(g: Gen) -> Table:
    f = g.fake("da_DK")
    births = g.births(1935, 2006)
    firsts, lasts = g.people("da_DK")
    caseworkers = [f.name() for _ in range(14)]
    return Table("ydelser.BORGER_YDELSER", "da", "screaming", [
        _c("SAGS_NR", N, "VARCHAR", g.col(lambda: g.code("SAG-2026-99999")), "decoy"),
        _c("CPR_NR", "national_id", "VARCHAR", [dk_cpr(g, d) for d in births]),
        _c("FORNAVN", "first_name", "VARCHAR", firsts),
        _c("EFTERNAVN", "last_name", "VARCHAR", lasts),
        _c("FOEDSELSDATO", "date_of_birth", "VARCHAR", [_dmy(d, "-") for d in births]),
        _c("ADRESSE", "street_address", "VARCHAR", g.col(f.street_address)),
        _c("POSTNR", "postal_code", "VARCHAR", g.col(f.postcode)),
        _c("BYNAVN", "city", "VARCHAR", g.col(f.city)),
        _c("TELEFON", "phone", "VARCHAR", g.col(lambda: g.phone("DK"))),
        _c("EMAIL", "email", "VARCHAR",
           [_email(g, a, b, ["mail.dk", "jubii.dk", "gmail.com", "outlook.dk"]) for a, b in zip(firsts, lasts)]),
        _c("NEMKONTO_IBAN", "iban", "VARCHAR", g.col(lambda: iban(g, "DK", "99999999999999"))),
        _c("YDELSESTYPE", N, "VARCHAR", g.col(g.pick(["kontanthjælp", "boligstøtte", "folkepension", "SU",
                                                        "sygedagpenge"])), "decoy"),
        _c("BELOEB_MD", N, "DECIMAL(12,2)", g.amounts(1_200, 22_000), "decoy"),
        _c("BEVILGET_DATO", N, "DATE", g.days("2019-01-01", "2026-11-30"), "decoy"),
        _c("UDBETALINGSMAANED", N, "VARCHAR", g.col(g.pick(MONTHS["da"])), "decoy"),
        _c("SAGSBEHANDLER", "person_name", "VARCHAR", g.col(g.pick(caseworkers))),
        _c("CVR_ARBEJDSGIVER", N, "VARCHAR", g.col(lambda: dk_cvr(g), nulls=0.5), "decoy", "business"),
        _c("AKTIV_JN", N, "VARCHAR", g.yn("J", "N", 0.8), "decoy"),
        _c("VAERGE_NAVN", "person_name", "VARCHAR", g.col(f.name, nulls=0.85), "null_heavy"),
    ])


def cs_trial(g: Gen) -> Table:
    f = g.fake("cs_CZ")
    women = [_female(g) for _ in range(g.rows)]
    births = g.births(1945, 2004)
    firsts = [f.first_name_female() if w else f.first_name_male() for w in women]
    lasts = [f.last_name_female() if w else f.last_name_male() for w in women]
    investigators = [f"MUDr. {f.name()}" for _ in range(5)]
    return Table("klinicka_studie.ucastnici", "cs", "camel", [
        _c("ucastnikId", N, "INTEGER", g.keys(1), "decoy"),
        _c("kodStudie", N, "VARCHAR", g.col(g.pick(["NCT05512345", "EudraCT 2024-001234-22", "CZ-ONK-07"])), "decoy"),
        _c("jmeno", "first_name", "VARCHAR", firsts),
        _c("prijmeni", "last_name", "VARCHAR", lasts),
        _c("rodneCislo", "national_id", "VARCHAR", [cz_rodne(g, d, w) for d, w in zip(births, women)]),
        _c("datumNarozeni", "date_of_birth", "VARCHAR", [_dmy(d, ".") for d in births]),
        _c("telefon", "phone", "VARCHAR", g.col(lambda: g.phone("CZ", "intl"))),
        _c("email", "email", "VARCHAR",
           [_email(g, a, b, ["seznam.cz", "email.cz", "centrum.cz"]) for a, b in zip(firsts, lasts)]),
        _c("ulice", "street_address", "VARCHAR", g.col(f.street_address)),
        _c("psc", "postal_code", "VARCHAR", g.col(f.postcode)),
        _c("obec", "city", "VARCHAR", g.col(f.city)),
        _c("randomizacniRameno", N, "VARCHAR", g.col(g.pick(["A", "B", "placebo"])), "decoy"),
        _c("datumRandomizace", N, "DATE", g.days("2025-02-01", "2026-10-31"), "decoy"),
        _c("navstevaCas", N, "TIMESTAMP", g.moments("2025-02-01", 600), "decoy"),
        _c("davkaMg", N, "DOUBLE", g.col(g.pick([2.5, 5.0, 10.0, 20.0])), "decoy"),
        _c("hmotnostKg", N, "DOUBLE", g.floats(48, 130, 1), "decoy"),
        _c("icoCentra", N, "VARCHAR", g.col(lambda: cz_ico(g)), "decoy", "business"),
        _c("zkousejiciLekar", "person_name", "VARCHAR", g.col(g.pick(investigators))),
        _c("verzeProtokolu", N, "VARCHAR", g.col(lambda: _version(g)), "decoy"),
        _c("poznamkaAE", "free_text", "VARCHAR",
           g.col(lambda: f"Pacient(ka) {f.name()} hlásí bolest hlavy po 2. dávce; kontaktována dcera "
                         f"{f.first_name_female()} na čísle {g.phone('CZ')}.", nulls=0.8), "null_heavy"),
    ])


def tr_ridehail(g: Gen) -> Table:
    f = g.fake("tr_TR")
    firsts, lasts = g.people("tr_TR")
    drivers = [f"{f.first_name()} {f.last_name()}" for _ in range(60)]
    return Table("yolculuk.seferler", "tr", "snake", [
        _c("sefer_id", N, "BIGINT", g.keys(55_000_000), "decoy"),
        _c("surucu_tc_kimlik", "national_id", "VARCHAR", g.col(lambda: tr_tck(g))),
        _c("surucu_ad_soyad", "person_name", "VARCHAR", g.col(g.pick(drivers))),
        _c("surucu_telefon", "phone", "VARCHAR", g.col(lambda: g.phone("TR"))),
        _c("surucu_dogum_tarihi", "date_of_birth", "INTEGER",
           [int(d.strftime("%Y%m%d")) for d in g.births(1962, 2004)]),
        _c("yolcu_adi", "first_name", "VARCHAR", firsts),
        _c("yolcu_soyadi", "last_name", "VARCHAR", lasts),
        _c("yolcu_cep", "phone", "VARCHAR", g.col(lambda: g.phone("TR", "digits"))),
        _c("yolcu_eposta", "email", "VARCHAR",
           [_email(g, a.replace("ı", "i"), b.replace("ı", "i"), ["gmail.com", "hotmail.com", "yandex.com.tr"])
            for a, b in zip(firsts, lasts)]),
        _c("ev_adresi", "street_address", "VARCHAR",
           g.col(lambda: f"{g.rnd.choice(TR_MAHALLE)} {g.rnd.choice(TR_STREETS)} No:{g.rnd.randint(1, 180)} "
                         f"D:{g.rnd.randint(1, 24)}", nulls=0.75), "null_heavy"),
        _c("alis_enlem", N, "DOUBLE", g.floats(36.8, 41.3), "decoy"),
        _c("alis_boylam", N, "DOUBLE", g.floats(27.0, 39.8), "decoy"),
        _c("alis_zamani", N, "TIMESTAMP", g.moments("2026-06-01", 180), "decoy"),
        _c("ucret_tl", N, "DECIMAL(10,2)", g.amounts(85, 1_900), "decoy"),
        _c("odeme_tipi", N, "VARCHAR", g.col(g.pick(["nakit", "kart", "cüzdan"])), "decoy"),
        _c("kart_no", "credit_card", "VARCHAR", g.col(lambda: card(g), nulls=0.3)),
        _c("arac_modeli", N, "VARCHAR", g.col(g.pick(["Fiat Egea", "Renault Clio", "Toyota Corolla", "Hyundai i20",
                                                        "Dacia Sandero"])), "decoy"),
        _c("filo_vergi_no", N, "VARCHAR", g.col(lambda: tr_vkn(g)), "decoy", "business"),
        _c("puan", N, "INTEGER", g.ints(1, 5), "decoy"),
        _c("uygulama_surumu", N, "VARCHAR", g.col(lambda: _version(g)), "decoy"),
        _c("cihaz_ip", "ip_address", "VARCHAR", g.col(f.ipv6)),
        _c("sehir", "city", "VARCHAR", g.col(g.pick(CITIES["tr"]))),
    ])


def ja_romaji_lease(g: Gen) -> Table:
    f = g.fake("ja_JP")
    lasts = [f.last_romanized_name() for _ in range(g.rows)]
    firsts = [f.first_romanized_name() for _ in range(g.rows)]
    return Table("fudosan.chintai_keiyaku", "ja-Latn", "snake", [
        _c("keiyaku_id", N, "INTEGER", g.keys(20_000), "decoy"),
        _c("kariute_sei", "last_name", "VARCHAR", lasts),
        _c("kariute_mei", "first_name", "VARCHAR", firsts),
        _c("kojin_bangou", "national_id", "VARCHAR", g.col(lambda: jp_mynumber(g, spaced=g.rnd.random() < 0.5))),
        _c("seinengappi", "date_of_birth", "DATE", g.births(1945, 2006)),
        _c("denwa_bangou", "phone", "VARCHAR", g.col(lambda: g.phone("JP"))),
        _c("meeru_adoresu", "email", "VARCHAR",
           [_email(g, a, b, ["docomo.ne.jp", "ezweb.ne.jp", "yahoo.co.jp", "gmail.com"])
            for a, b in zip(firsts, lasts)]),
        _c("genjusho", "street_address", "VARCHAR",
           g.col(lambda: f"{g.rnd.randint(1, 5)}-{g.rnd.randint(1, 30)}-{g.rnd.randint(1, 20)} "
                         f"{g.rnd.choice(JA_TOWNS)}" + g.rnd.choice(["", "", f" #{g.rnd.randint(101, 1205)}"]))),
        _c("yubin_bango", "postal_code", "VARCHAR", g.col(lambda: g.digits(3) + "-" + g.digits(4, string.digits))),
        _c("shikuchoson", "city", "VARCHAR", g.col(g.pick(CITIES["ja-Latn"]))),
        _c("todofuken", N, "VARCHAR", g.col(g.pick(["Tokyo-to", "Osaka-fu", "Kanagawa-ken", "Aichi-ken",
                                                      "Fukuoka-ken", "Hokkaido"])), "decoy"),
        _c("bukken_mei", N, "VARCHAR", g.col(g.pick(JA_PROPERTIES)), "decoy"),
        _c("yachin", N, "INTEGER", g.ints(48_000, 380_000), "decoy"),
        _c("shikikin", N, "INTEGER", g.ints(0, 760_000), "decoy"),
        _c("keiyaku_kaishibi", N, "DATE", g.days("2022-04-01", "2027-03-31"), "decoy"),
        _c("kanri_gaisha", N, "VARCHAR", g.col(g.pick(JA_AGENTS)), "decoy"),
        _c("houjin_bangou", N, "VARCHAR", g.col(lambda: jp_corp(g)), "decoy", "business"),
        _c("hoshonin_shimei", "person_name", "VARCHAR",
           g.col(lambda: f"{f.last_romanized_name()} {f.first_romanized_name()}", nulls=0.75), "null_heavy"),
        _c("petto_kahi", N, "VARCHAR", g.yn("ka", "fuka", 0.3), "decoy"),
    ])


def ja_delivery(g: Gen) -> Table:
    f = g.fake("ja_JP")
    names = [f.name() for _ in range(g.rows)]
    return Table("haiso.配送伝票", "ja", "none", [
        _c("伝票番号", N, "VARCHAR", g.col(lambda: g.code("9999-9999-9999")), "decoy"),
        _c("受取人氏名", "person_name", "VARCHAR", names),
        _c("受取人カナ", "person_name", "VARCHAR", g.col(f.kana_name)),
        _c("郵便番号", "postal_code", "VARCHAR", g.col(f.postcode)),
        _c("都道府県", N, "VARCHAR", g.col(f.prefecture), "decoy"),
        _c("市区町村", "city", "VARCHAR", g.col(f.city)),
        _c("番地", "street_address", "VARCHAR", g.col(lambda: f"{f.town()}{f.chome()}{f.ban()}{f.gou()}")),
        _c("電話番号", "phone", "VARCHAR", g.col(lambda: g.phone("JP"))),
        _c("配送日時", N, "TIMESTAMP", g.moments("2026-11-01", 40), "decoy"),
        _c("時間帯指定", N, "VARCHAR", g.col(g.pick(["午前中", "14-16時", "16-18時", "18-20時", "19-21時"])), "decoy"),
        _c("品名", N, "VARCHAR", g.col(g.pick(["衣類", "書籍", "家電", "食品", "化粧品", "精密機器"])), "decoy"),
        _c("重量kg", N, "DOUBLE", g.floats(0.2, 25, 1), "decoy"),
        _c("代引金額", N, "INTEGER", g.ints(0, 50_000), "decoy"),
        _c("出荷元倉庫住所", N, "VARCHAR", g.col(g.pick(["千葉県市川市塩浜2-13-1", "大阪府大阪市住之江区南港北1-2-3",
                                                      "埼玉県川口市領家5-14-2"])), "business"),
        _c("出荷元電話", N, "VARCHAR", g.col(g.pick(["047-300-1234", "06-6612-3456", "048-222-9876"])), "business"),
        _c("出荷元郵便番号", N, "VARCHAR", g.col(g.pick(["272-0127", "559-0034", "332-0004"])), "business"),
        _c("配達員メモ", "free_text", "VARCHAR",
           g.col(lambda: f"{g.rnd.choice(names)}様不在のため、隣の{f.last_name()}様に預けました。", nulls=0.8),
           "null_heavy"),
    ])


def ru_sellers(g: Gen) -> Table:
    f, uk = g.fake("ru_RU"), g.fake("uk_UA")
    women = [_female(g) for _ in range(g.rows)]
    firsts = [f.first_name_female() if w else f.first_name_male() for w in women]
    lasts = [f.last_name_female() if w else f.last_name_male() for w in women]
    middles = [f.middle_name_female() if w else f.middle_name_male() for w in women]
    return Table("marketplace.продавцы", "ru", "snake", [
        _c("id_продавца", N, "BIGINT", g.keys(310_000), "decoy"),
        _c("фамилия", "last_name", "VARCHAR", lasts),
        _c("имя", "first_name", "VARCHAR", firsts),
        _c("отчество", "person_name", "VARCHAR", middles),
        _c("инн", "national_id", "VARCHAR", g.col(lambda: ru_inn_personal(g))),
        _c("снилс", "ssn", "VARCHAR", g.col(lambda: ru_snils(g))),
        _c("дата_рождения", "date_of_birth", "VARCHAR", [_dmy(d, ".") for d in g.births(1950, 2005)]),
        _c("телефон", "phone", "VARCHAR", g.col(lambda: g.phone("RU", "intl"))),
        _c("эл_почта", "email", "VARCHAR", g.col(lambda: _email(g, "", "", ["mail.ru", "yandex.ru", "bk.ru"]))),
        _c("адрес_регистрации", "street_address", "VARCHAR", g.col(f.street_address)),
        _c("индекс", "postal_code", "VARCHAR", g.col(f.postcode)),
        _c("город", "city", "VARCHAR", g.col(g.pick(CITIES["ru"]))),
        _c("инн_организации", N, "VARCHAR", g.col(lambda: ru_inn_company(g)), "decoy", "business"),
        _c("название_магазина", N, "VARCHAR", g.col(lambda: g.valid(f.company, lambda s: not s.startswith("ИП"))),
           "decoy"),
        _c("рейтинг", N, "DOUBLE", g.floats(1, 5, 2), "decoy"),
        _c("дата_регистрации", N, "DATE", g.days("2018-01-01", "2026-11-30"), "decoy"),
        _c("категория", N, "VARCHAR", g.col(g.pick(["электроника", "одежда", "дом и сад", "детские товары"])),
           "decoy"),
        _c("артикул", N, "VARCHAR", g.col(lambda: _sku(g)), "decoy"),
        _c("хэш_пароля", N, "VARCHAR", g.col(lambda: g.sha()), "decoy"),
        _c("рнокпп", "national_id", "VARCHAR", g.col(lambda: ua_rnokpp(g), nulls=0.8), "null_heavy", "lang:uk"),
        _c("по_батькові", "person_name", "VARCHAR", g.col(uk.middle_name, nulls=0.8), "null_heavy", "lang:uk"),
        _c("мобільний", "phone", "VARCHAR", g.col(lambda: g.phone("UA"), nulls=0.8), "null_heavy", "lang:uk"),
        _c("місто_складу", N, "VARCHAR", g.col(g.pick(CITIES["uk"])), "business", "lang:uk"),
        _c("єдрпоу_перевізника", N, "VARCHAR", g.col(lambda: ua_edrpou(g)), "decoy", "business", "lang:uk"),
    ])


def bg_utilities(g: Gen) -> Table:
    f = g.fake("bg_BG")
    births = g.births(1940, 2006)
    return Table("komunalni.абонати", "bg", "snake", [
        _c("абонатен_номер", N, "VARCHAR", g.col(lambda: "11" + g.digits(8, string.digits)), "decoy"),
        _c("име", "first_name", "VARCHAR", g.col(f.first_name)),
        _c("фамилия", "last_name", "VARCHAR", g.col(f.last_name)),
        _c("егн", "national_id", "VARCHAR", [bg_egn(g, d) for d in births]),
        _c("рождена_дата", "date_of_birth", "DATE", births),
        _c("телефон", "phone", "VARCHAR", g.col(lambda: g.phone("BG", g.rnd.choice(["national", "e164"])))),
        _c("адрес", "street_address", "VARCHAR",
           g.col(lambda: f"{g.rnd.choice(BG_STREETS)} {g.rnd.randint(1, 140)}, ет. {g.rnd.randint(1, 9)}, "
                         f"ап. {g.rnd.randint(1, 40)}")),
        _c("пощенски_код", "postal_code", "VARCHAR", g.col(lambda: g.digits(4))),
        _c("населено_място", "city", "VARCHAR", g.col(g.pick(CITIES["bg"]))),
        _c("показание_квтч", N, "INTEGER", g.ints(100, 99_999), "decoy"),
        _c("тарифа", N, "VARCHAR", g.col(g.pick(["дневна", "нощна", "еднотарифна"])), "decoy"),
        _c("дата_на_отчитане", N, "DATE", g.days("2026-01-01", "2026-11-30"), "decoy"),
        _c("сума_лв", N, "DECIMAL(10,2)", g.amounts(12, 680), "decoy"),
        _c("ддс_номер_доставчик", N, "VARCHAR", g.col(lambda: bg_vat_(g)), "decoy", "business"),
    ])


def el_rentals(g: Gen) -> Table:
    f = g.fake("el_GR")
    firsts, lasts = g.people("el_GR")
    return Table("enoikiaseis.μισθώσεις", "el", "snake", [
        _c("αριθμός_μίσθωσης", N, "INTEGER", g.keys(9_001), "decoy"),
        _c("όνομα_μισθωτή", "first_name", "VARCHAR", firsts),
        _c("επώνυμο_μισθωτή", "last_name", "VARCHAR", lasts),
        _c("αφμ_μισθωτή", "national_id", "VARCHAR", g.col(lambda: gr_afm(g))),
        _c("ημερομηνία_γέννησης", "date_of_birth", "VARCHAR", [_dmy(d) for d in g.births(1948, 2005)]),
        _c("κινητό", "phone", "VARCHAR", g.col(lambda: g.phone("GR", "e164"))),
        _c("ηλ_ταχυδρομείο", "email", "VARCHAR",
           g.col(lambda: _email(g, "", "", ["otenet.gr", "yahoo.gr", "gmail.com"]))),
        _c("διεύθυνση", "street_address", "VARCHAR", g.col(f.street_address)),
        _c("ταχ_κώδικας", "postal_code", "VARCHAR", g.col(lambda: g.digits(3) + " " + g.digits(2, string.digits))),
        _c("πόλη", "city", "VARCHAR", g.col(f.city)),
        _c("αριθμός_κάρτας", "credit_card", "VARCHAR", g.col(lambda: card(g, spaced=True))),
        _c("μίσθωμα", N, "DECIMAL(10,2)", g.amounts(280, 2_400), "decoy"),
        _c("έναρξη_μίσθωσης", N, "DATE", g.days("2021-01-01", "2026-12-31"), "decoy"),
        _c("αφμ_μεσιτικού", N, "VARCHAR", g.col(lambda: gr_afm(g)), "decoy", "business"),
        _c("τηλέφωνο_γραφείου", N, "VARCHAR", g.col(g.pick(["210 3234567", "2310 555123", "2610 998877"])),
           "business"),
        _c("ημέρα_πληρωμής", N, "VARCHAR", g.col(g.pick(WEEKDAYS["el"])), "decoy"),
    ])


def th_hospital(g: Gen) -> Table:
    f = g.fake("th_TH")
    births = g.births(1938, 2022)
    doctors = [f"นพ. {f.first_name()} {f.last_name()}" for _ in range(8)]
    return Table("rongphayaban.ผู้ป่วย", "th", "none", [
        _c("รหัสผู้ป่วย", N, "VARCHAR", g.col(lambda: g.code("HN-2026-99999")), "decoy"),
        _c("ชื่อ", "first_name", "VARCHAR", g.col(f.first_name)),
        _c("นามสกุล", "last_name", "VARCHAR", g.col(f.last_name)),
        _c("เลขประจำตัวประชาชน", "national_id", "VARCHAR", g.col(lambda: th_pin(g))),
        _c("วันเกิด", "date_of_birth", "VARCHAR", [f"{d.day:02d}/{d.month:02d}/{d.year + 543}" for d in births]),
        _c("เบอร์โทรศัพท์", "phone", "VARCHAR", g.col(lambda: g.phone("TH"))),
        _c("อีเมล", "email", "VARCHAR", g.col(lambda: _email(g, "", "", ["hotmail.com", "gmail.com", "yahoo.co.th"]))),
        _c("ที่อยู่", "street_address", "VARCHAR", g.col(f.street_address)),
        _c("รหัสไปรษณีย์", "postal_code", "VARCHAR", g.col(f.postcode)),
        _c("เมือง", "city", "VARCHAR", g.col(g.pick(CITIES["th"]))),
        _c("วันที่เข้ารับการรักษา", N, "DATE", g.days("2025-06-01", "2026-11-30"), "decoy"),
        _c("แผนก", N, "VARCHAR", g.col(g.pick(["อายุรกรรม", "ศัลยกรรม", "กุมารเวชกรรม", "สูติกรรม"])), "decoy"),
        _c("ค่ารักษา", N, "DECIMAL(12,2)", g.amounts(300, 250_000), "decoy"),
        _c("สิทธิการรักษา", N, "VARCHAR", g.col(g.pick(["บัตรทอง", "ประกันสังคม", "ข้าราชการ", "ชำระเอง"])), "decoy"),
        _c("แพทย์ผู้ดูแล", "person_name", "VARCHAR", g.col(g.pick(doctors))),
        _c("ญาติผู้ติดต่อ", "person_name", "VARCHAR", g.col(f.name, nulls=0.78), "null_heavy"),
    ])


def id_sellers(g: Gen) -> Table:
    f = g.fake("id_ID")
    women = [_female(g) for _ in range(g.rows)]
    births = g.births(1960, 2006)
    return Table("toko.PenjualMitra", "id", "camel", [
        _c("idPenjual", N, "BIGINT", g.keys(8_000_000), "decoy"),
        _c("namaLengkap", "person_name", "VARCHAR", [f.name_female() if w else f.name_male() for w in women]),
        _c("nik", "national_id", "VARCHAR", [id_nik(g, d, w) for d, w in zip(births, women)]),
        _c("tanggalLahir", "date_of_birth", "VARCHAR",
           [f"{d.day} {MONTHS['id'][d.month - 1]} {d.year}" for d in births]),
        _c("noHp", "phone", "VARCHAR", g.col(lambda: g.phone("ID"))),
        _c("email", "email", "VARCHAR", g.col(lambda: _email(g, f.first_name(), f.last_name(),
                                                              ["gmail.com", "yahoo.co.id", "ymail.com"]))),
        _c("alamat", "street_address", "VARCHAR", g.col(f.street_address)),
        _c("kodePos", "postal_code", "VARCHAR", g.col(f.postcode)),
        _c("kota", "city", "VARCHAR", g.col(g.pick(CITIES["id"]))),
        _c("namaToko", N, "VARCHAR", g.col(f.company), "decoy"),
        _c("npwpToko", N, "VARCHAR", g.col(lambda: id_npwp(g)), "decoy", "business"),
        _c("jumlahProduk", N, "INTEGER", g.ints(1, 4_000), "decoy"),
        _c("tanggalBergabung", N, "DATE", g.days("2017-01-01", "2026-11-30"), "decoy"),
        _c("statusVerifikasi", N, "VARCHAR", g.col(g.pick(["terverifikasi", "menunggu", "ditolak"])), "decoy"),
        _c("alamatGudang", N, "VARCHAR",
           g.col(g.pick(["Jl. Raya Cakung Cilincing No. 8", "Kawasan Industri Pulogadung Blok C-2",
                         "Jl. Margomulyo No. 44"])), "business"),
        _c("teleponGudang", N, "VARCHAR", g.col(g.pick(["(021) 4608123", "(031) 7491234", "(021) 29612345"])),
           "business"),
        _c("lintang", N, "DOUBLE", g.floats(-8.8, 3.6), "decoy"),
        _c("bujur", N, "DOUBLE", g.floats(98.6, 125.0), "decoy"),
    ])


def he_clinic(g: Gen) -> Table:
    f = g.fake("he_IL")
    return Table("mirpaa.מטופלים", "he", "snake", [
        _c("מספר_תיק", N, "INTEGER", g.keys(600_000), "decoy"),
        _c("שם_פרטי", "first_name", "VARCHAR", g.col(f.first_name)),
        _c("שם_משפחה", "last_name", "VARCHAR", g.col(f.last_name)),
        _c("תעודת_זהות", "national_id", "VARCHAR", g.col(lambda: il_tz(g))),
        _c("תאריך_לידה", "date_of_birth", "DATE", g.births(1936, 2020)),
        _c("טלפון_נייד", "phone", "VARCHAR", g.col(lambda: g.phone("IL"))),
        _c("דואל", "email", "VARCHAR", g.col(lambda: _email(g, "", "", ["walla.co.il", "gmail.com", "012.net.il"]))),
        _c("כתובת", "street_address", "VARCHAR", g.col(f.street_address)),
        _c("מיקוד", "postal_code", "VARCHAR", g.col(lambda: g.digits(7))),
        _c("עיר", "city", "VARCHAR", g.col(g.pick(CITIES["he"]))),
        _c("קופת_חולים", N, "VARCHAR", g.col(g.pick(["כללית", "מכבי", "מאוחדת", "לאומית"])), "decoy"),
        _c("תאריך_ביקור", N, "TIMESTAMP", g.moments("2026-01-01", 330), "decoy"),
        _c("סכום_לתשלום", N, "DECIMAL(10,2)", g.amounts(0, 1_800), "decoy"),
        _c("ח_פ_ספק", N, "VARCHAR", g.col(lambda: il_hp(g)), "decoy", "business"),
        _c("اسم_المرافق", "person_name", "VARCHAR", g.col(g.pick(AR_NAMES), nulls=0.8), "null_heavy", "lang:ar"),
        _c("هاتف_المرافق", "phone", "VARCHAR", g.col(lambda: g.phone("IL", "intl"), nulls=0.8), "null_heavy",
           "lang:ar"),
        _c("ملاحظات", "free_text", "VARCHAR",
           g.col(lambda: f"المريض {g.rnd.choice(AR_NAMES)} حضر مع ابنه، يرجى الاتصال على {g.phone('IL')}",
                 nulls=0.85), "null_heavy", "lang:ar"),
        _c("הערות_רופא", "free_text", "VARCHAR",
           g.col(lambda: f"המטופל {f.name()} הופנה לד\"ר {f.last_name()}, לחזור בעוד שבועיים", nulls=0.75),
           "null_heavy"),
    ])


def zh_orders(g: Gen) -> Table:
    f = g.fake("zh_CN")
    births = g.births(1950, 2006)
    return Table("dianshang.用户订单", "zh", "none", [
        _c("订单号", N, "VARCHAR", g.col(lambda: "2026" + g.digits(14, string.digits)), "decoy"),
        _c("收货人", "person_name", "VARCHAR", g.col(f.name)),
        _c("身份证号", "national_id", "VARCHAR", [cn_ric(g, d) for d in births]),
        _c("出生日期", "date_of_birth", "VARCHAR", [f"{d.year}年{d.month:02d}月{d.day:02d}日" for d in births]),
        _c("手机号", "phone", "VARCHAR", g.col(lambda: g.phone("CN", g.rnd.choice(["national", "e164"])))),
        _c("电子邮箱", "email", "VARCHAR",
           g.col(lambda: g.rnd.choice([f"{g.digits(9)}@qq.com", _email(g, f.romanized_name().split()[0],
                                                                      f.romanized_name().split()[-1],
                                                                      ["163.com", "126.com", "sina.com"])]))),
        _c("收货地址", "street_address", "VARCHAR",
           g.col(lambda: f"{f.district()}区{f.street_name()}{g.rnd.randint(1, 999)}号{f.building_number()}"
                         f"{g.rnd.randint(101, 2808)}室")),
        _c("邮政编码", "postal_code", "VARCHAR", g.col(f.postcode)),
        _c("城市", "city", "VARCHAR", g.col(g.pick(CITIES["zh"]))),
        _c("下单时间", N, "TIMESTAMP", g.moments("2026-11-01", 30), "decoy"),
        _c("商品名称", N, "VARCHAR", g.col(g.pick(["蓝牙耳机", "电饭煲", "羽绒服", "绿茶礼盒", "儿童积木", "手机壳"])),
           "decoy"),
        _c("商品编码", N, "VARCHAR", g.col(lambda: _sku(g)), "decoy"),
        _c("快递单号", N, "VARCHAR", g.col(lambda: _tracking(g)), "decoy"),
        _c("实付金额", N, "DECIMAL(10,2)", g.amounts(9.9, 5_999), "decoy"),
        _c("商家统一社会信用代码", N, "VARCHAR", g.col(lambda: cn_uscc(g)), "decoy", "business"),
        _c("用户名", USERNAME, "VARCHAR",
           g.col(lambda: _username(g, *f.romanized_name().split()[:2])), "username"),
        _c("登录IP", "ip_address", "VARCHAR", g.col(f.ipv4_public)),
    ])


def baltic_loyalty(g: Gen) -> Table:
    lt, lv, is_ = g.fake("lt_LT"), g.fake("lv_LV"), g.fake("is_IS")
    women = [_female(g) for _ in range(g.rows)]
    births = g.births(1945, 2006)
    firsts = [lt.first_name_female() if w else lt.first_name_male() for w in women]
    lasts = [lt.last_name_female() if w else lt.last_name_male() for w in women]
    lv_births = g.births(1950, 2005)
    return Table("lojalumas.nariai", "lt", "snake", [
        _c("nario_id", N, "INTEGER", g.keys(1), "decoy"),
        _c("vardas", "first_name", "VARCHAR", firsts),
        _c("pavarde", "last_name", "VARCHAR", lasts),
        _c("asmens_kodas", "national_id", "VARCHAR", [lt_asmens(g, d, w) for d, w in zip(births, women)]),
        _c("gimimo_data", "date_of_birth", "VARCHAR", [d.isoformat() for d in births]),
        _c("telefonas", "phone", "VARCHAR", g.col(lambda: g.phone("LT", "intl"))),
        _c("el_pastas", "email", "VARCHAR",
           [_email(g, a, b, ["gmail.com", "one.lt", "inbox.lt"]) for a, b in zip(firsts, lasts)]),
        _c("adresas", "street_address", "VARCHAR",
           g.col(lambda: f"{g.rnd.choice(LT_STREETS)} {g.rnd.randint(1, 120)}-{g.rnd.randint(1, 60)}")),
        _c("pasto_kodas", "postal_code", "VARCHAR", g.col(lambda: "LT-" + g.digits(5))),
        _c("miestas", "city", "VARCHAR", g.col(g.pick(CITIES["lt"]))),
        _c("korteles_nr", N, "VARCHAR", g.col(lambda: "440" + g.digits(10, string.digits)), "decoy"),
        _c("tasku_likutis", N, "INTEGER", g.ints(0, 25_000), "decoy"),
        _c("registracijos_data", N, "DATE", g.days("2015-01-01", "2026-11-30"), "decoy"),
        _c("personas_kods", "national_id", "VARCHAR",
           [lv_pk(g, d) if g.rnd.random() < 0.2 else None for d in lv_births],
           "null_heavy", "lang:lv"),
        _c("vards_uzvards", "person_name", "VARCHAR", g.col(lv.name, nulls=0.8), "null_heavy", "lang:lv"),
        _c("talrunis", "phone", "VARCHAR", g.col(lambda: g.phone("LV", "digits"), nulls=0.8), "null_heavy",
           "lang:lv"),
        _c("pilseta", "city", "VARCHAR", g.col(g.pick(CITIES["lv"]), nulls=0.8), "null_heavy", "lang:lv"),
        _c("iela", "street_address", "VARCHAR",
           g.col(lambda: f"{g.rnd.choice(LV_STREETS)} {g.rnd.randint(1, 90)}", nulls=0.8), "null_heavy", "lang:lv"),
        _c("kennitala", "national_id", "VARCHAR", g.col(lambda: is_kt(g, g.birth(1950, 2005)), nulls=0.85),
           "null_heavy", "lang:is"),
        _c("nafn", "person_name", "VARCHAR", g.col(is_.name, nulls=0.85), "null_heavy", "lang:is"),
        _c("heimilisfang", "street_address", "VARCHAR",
           g.col(lambda: f"{g.rnd.choice(IS_STREETS)} {g.rnd.randint(1, 80)}", nulls=0.85), "null_heavy", "lang:is"),
        _c("kennitala_fyrirtaekis", N, "VARCHAR", g.col(lambda: is_kt(g, g.birth(1970, 2020), company=True)),
           "decoy", "business", "lang:is"),
    ])


def mx_payroll(g: Gen) -> Table:
    f = g.fake("es_MX")
    women = [_female(g) for _ in range(g.rows)]
    births = g.births(1958, 2006)
    firsts = [f.first_name_female() if w else f.first_name_male() for w in women]
    lasts = [f.last_name() for _ in range(g.rows)]
    company = g.birth(1985, 2015)
    return Table("nomina.Empleados", "es", "pascal", [
        _c("NumEmpleado", N, "INTEGER", g.keys(10_000), "decoy"),
        _c("Nombre", "first_name", "VARCHAR", firsts),
        _c("ApellidoPaterno", "last_name", "VARCHAR", lasts),
        _c("ApellidoMaterno", "last_name", "VARCHAR", g.col(f.last_name)),
        _c("Curp", "national_id", "VARCHAR", [mx_curp(g, d, w) for d, w in zip(births, women)]),
        _c("Rfc", "national_id", "VARCHAR", [mx_rfc(g, d) for d in births]),
        _c("Nss", "ssn", "VARCHAR", g.col(lambda: mx_nss(g))),
        _c("FechaNacimiento", "date_of_birth", "DATE", births),
        _c("Celular", "phone", "VARCHAR", g.col(lambda: g.phone("MX", "intl"))),
        _c("Correo", "email", "VARCHAR",
           [_email(g, a, b, ["gmail.com", "hotmail.com", "prodigy.net.mx"]) for a, b in zip(firsts, lasts)]),
        _c("Calle", "street_address", "VARCHAR", g.col(f.street_name)),
        _c("NumExterior", "street_address", "VARCHAR", g.col(lambda: str(g.rnd.randint(1, 3_500)))),
        _c("CodigoPostal", "postal_code", "VARCHAR", g.col(lambda: g.digits(5, "0123456789"[1:]))),
        _c("Ciudad", "city", "VARCHAR", g.col(g.pick(CITIES["mx"]))),
        _c("RfcPatron", N, "VARCHAR", g.col(lambda: mx_rfc(g, company, company=True)), "decoy", "business"),
        _c("SalarioDiario", N, "DECIMAL(10,2)", g.amounts(278.8, 2_400), "decoy"),
        _c("FechaIngreso", N, "DATE", g.days("2010-01-01", "2026-11-15"), "decoy"),
        _c("Turno", N, "VARCHAR", g.col(g.pick(["matutino", "vespertino", "nocturno", "mixto"])), "decoy"),
        _c("Departamento", N, "VARCHAR", g.col(g.pick(["Almacén", "Ventas", "Producción", "Sistemas"])), "decoy"),
    ])


def latam_collections(g: Gen) -> Table:
    cl, ar = g.fake("es_CL"), g.fake("es_AR")
    return Table("cobranza.deudores", "es", "camel", [
        _c("deudorId", N, "BIGINT", g.keys(70_000), "decoy"),
        _c("nombreCompleto", "person_name", "VARCHAR", g.col(lambda: g.rnd.choice([cl, ar]).name())),
        _c("rutDeudor", "national_id", "VARCHAR", g.col(lambda: cl_rut(g))),
        _c("dniTitular", "national_id", "VARCHAR", g.col(lambda: ar_dni(g))),
        _c("fechaNac", "date_of_birth", "VARCHAR", [_dmy(d, "-") for d in g.births(1950, 2004)]),
        _c("telefonoCl", "phone", "VARCHAR", g.col(lambda: g.phone("CL", "intl"))),
        _c("celularAr", "phone", "VARCHAR", g.col(lambda: g.phone("AR", "e164"), nulls=0.78), "null_heavy"),
        _c("movilCo", "phone", "VARCHAR", g.col(lambda: g.phone("CO", "digits"), nulls=0.8), "null_heavy"),
        _c("correo", "email", "VARCHAR", g.col(lambda: _email(g, cl.first_name(), cl.last_name(),
                                                              ["gmail.com", "vtr.net", "fibertel.com.ar"]))),
        _c("direccion", "street_address", "VARCHAR", g.col(cl.street_address)),
        _c("ciudad", "city", "VARCHAR", g.col(g.pick(CITIES["latam"]))),
        _c("cuitAcreedor", N, "VARCHAR", g.col(lambda: ar_cuit_company(g)), "decoy", "business"),
        _c("nitAcreedor", N, "VARCHAR", g.col(lambda: co_nit(g)), "decoy", "business"),
        _c("montoDeuda", N, "DECIMAL(12,2)", g.amounts(50, 90_000), "decoy"),
        _c("diasMora", N, "INTEGER", g.ints(0, 720), "decoy"),
        _c("fechaVencimiento", N, "DATE", g.days("2024-01-01", "2026-12-31"), "decoy"),
        _c("estadoCobro", N, "VARCHAR", g.col(g.pick(["en gestión", "convenio", "castigado", "pagado"])), "decoy"),
    ])


def anz_za_policies(g: Gen) -> Table:
    au = g.fake("en_AU")
    firsts, lasts = g.people("en_AU")
    births = g.births(1940, 2006)
    brokers = [au.name() for _ in range(10)]
    region = [g.rnd.choice(["AU", "AU", "NZ", "ZA"]) for _ in range(g.rows)]
    # each holder's tax/identity number comes from their own country: the others are NULL
    return Table("policy.cust_pol", "en", "snake+abbrev", [
        _c("cust_sk", N, "BIGINT", g.keys(1_000_000), "decoy"),
        _c("pol_no", N, "VARCHAR", g.col(lambda: "AUP-" + g.digits(8, string.digits)), "decoy"),
        _c("cust_fnm", "first_name", "VARCHAR", firsts, "abbrev"),
        _c("cust_lnm", "last_name", "VARCHAR", lasts, "abbrev"),
        _c("cust_mnm", "person_name", "VARCHAR", g.col(au.first_name, nulls=0.75), "abbrev", "null_heavy"),
        _c("cust_dob", "date_of_birth", "VARCHAR", [_dmy(d) for d in births], "abbrev"),
        _c("tfn", "national_id", "VARCHAR", [au_tfn(g) if r == "AU" and g.rnd.random() < 0.5 else None
                                             for r in region], "null_heavy"),
        _c("ird_no", "national_id", "VARCHAR", [nz_ird(g) if r == "NZ" else None for r in region],
           "null_heavy", "abbrev"),
        _c("za_id_no", "national_id", "VARCHAR",
           [za_id(g, d, _female(g)) if r == "ZA" else None for r, d in zip(region, births)], "null_heavy", "abbrev"),
        _c("ctc_ph", "phone", "VARCHAR",
           [g.phone(r, "national") for r in region], "abbrev"),
        _c("ctc_eml", "email", "VARCHAR",
           [_email(g, a, b, ["bigpond.com", "xtra.co.nz", "mweb.co.za", "gmail.com"]) for a, b in zip(firsts, lasts)],
           "abbrev"),
        _c("addr_ln1", "street_address", "VARCHAR", g.col(au.street_address), "abbrev"),
        _c("addr_ln2", "street_address", "VARCHAR",
           g.col(lambda: g.rnd.choice([f"Unit {g.rnd.randint(1, 40)}", f"Apt {g.rnd.randint(1, 30)}{g.code('A')}",
                                       f"Suite {g.rnd.randint(100, 999)}", "PO Box " + g.digits(4)]), nulls=0.8),
           "abbrev", "null_heavy"),
        _c("addr_sbrb", "city", "VARCHAR", g.col(g.pick(CITIES["au"])), "abbrev"),
        _c("addr_pcd", "postal_code", "VARCHAR", g.col(lambda: g.digits(4)), "abbrev"),
        _c("addr_st", N, "VARCHAR", g.col(g.pick(["NSW", "VIC", "QLD", "WA", "SA", "TAS", "AKL", "WC"])), "decoy",
           "abbrev"),
        _c("cust_addr_sk", N, "BIGINT", g.ints(1, 400_000), "decoy"),
        _c("brkr_abn", N, "VARCHAR", g.col(lambda: au_abn(g)), "decoy", "business", "abbrev"),
        _c("brkr_nm", "person_name", "VARCHAR", g.col(g.pick(brokers)), "abbrev"),
        _c("prem_amt", N, "DECIMAL(10,2)", g.amounts(240, 6_800), "decoy", "abbrev"),
        _c("cvr_start_dt", N, "DATE", g.days("2023-01-01", "2027-06-30"), "decoy", "abbrev"),
        _c("last_login_ip", "ip_address", "VARCHAR", g.col(au.ipv4_public)),
        _c("email_opt_in", N, "VARCHAR", g.yn(), "decoy"),
    ])


def dach_benefits(g: Gen) -> Table:
    at, ch, fr = g.fake("de_AT"), g.fake("de_CH"), g.fake("fr_CH")
    births = g.births(1935, 2006)
    firsts, lasts = g.people("de_AT")
    return Table("sozial.Leistungsbezieher", "de", "pascal", [
        _c("FallNr", N, "VARCHAR", g.col(lambda: g.code("F-99-999999")), "decoy"),
        _c("Vorname", "first_name", "VARCHAR", firsts),
        _c("Familienname", "last_name", "VARCHAR", lasts),
        _c("SvNummer", "ssn", "VARCHAR", [at_svnr(g, d) for d in births]),
        _c("AhvNummer", "ssn", "VARCHAR", g.col(lambda: ch_ahv(g), nulls=0.78), "null_heavy"),
        _c("Geburtsdatum", "date_of_birth", "VARCHAR", [_dmy(d, ".") for d in births]),
        _c("Mobiltelefon", "phone", "VARCHAR", g.col(lambda: g.phone(g.rnd.choice(["AT", "AT", "CH"]), "intl"))),
        _c("EMail", "email", "VARCHAR",
           [_email(g, a, b, ["gmx.at", "aon.at", "bluewin.ch", "chello.at"]) for a, b in zip(firsts, lasts)]),
        _c("Strasse", "street_address", "VARCHAR", g.col(at.street_name)),
        _c("Hausnummer", "street_address", "VARCHAR", g.col(at.building_number)),
        _c("Plz", "postal_code", "VARCHAR", g.col(at.postcode)),
        _c("Ort", "city", "VARCHAR", g.col(g.pick(CITIES["dach"]))),
        _c("UidArbeitgeber", N, "VARCHAR", g.col(lambda: at_uid_(g)), "decoy", "business"),
        _c("UidNummerCh", N, "VARCHAR", g.col(lambda: ch_uid_(g)), "decoy", "business"),
        _c("LeistungsArt", N, "VARCHAR", g.col(g.pick(["Mindestsicherung", "Notstandshilfe", "Wohnbeihilfe",
                                                         "Ergänzungsleistung"])), "decoy"),
        _c("BetragEur", N, "DECIMAL(10,2)", g.amounts(90, 1_900), "decoy"),
        _c("BewilligtJN", N, "VARCHAR", g.yn("J", "N", 0.7), "decoy"),
        _c("Auszahlungstag", N, "VARCHAR", g.col(g.pick(WEEKDAYS["de"])), "decoy"),
        _c("NomConjoint", "person_name", "VARCHAR", g.col(fr.name, nulls=0.8), "null_heavy", "lang:fr"),
        _c("NumeroAvsConjoint", "ssn", "VARCHAR", g.col(lambda: ch_ahv(g), nulls=0.85), "null_heavy", "lang:fr"),
        _c("LocaliteConjoint", "city", "VARCHAR", g.col(ch.city, nulls=0.85), "null_heavy", "lang:fr"),
    ])


def opaque_crm(g: Gen) -> Table:
    pt = g.fake("pt_PT")
    births = g.births(1940, 2006)
    return Table("raw.src_crm_export", "en", "opaque", [
        _c("src_crm_col01", N, "BIGINT", g.keys(1), "opaque", "decoy"),
        _c("src_crm_col04", "person_name", "VARCHAR", g.col(pt.name), "opaque"),
        _c("src_crm_col05", "national_id", "VARCHAR", g.col(lambda: pt_nif(g)), "opaque"),
        _c("src_crm_col06", "national_id", "VARCHAR", [be_national(g, d) for d in births], "opaque"),
        _c("src_crm_col09", "date_of_birth", "DATE", births, "opaque"),
        _c("src_crm_col11", "phone", "VARCHAR", g.col(lambda: g.phone("PT", "digits")), "opaque"),
        _c("src_crm_col12", "email", "VARCHAR",
           g.col(lambda: _email(g, pt.first_name(), pt.last_name(), ["sapo.pt", "gmail.com", "skynet.be"])),
           "opaque"),
        _c("src_crm_col15", "street_address", "VARCHAR", g.col(pt.street_address), "opaque"),
        _c("src_crm_col16", "postal_code", "VARCHAR", g.col(pt.postcode), "opaque"),
        _c("src_crm_col17", "city", "VARCHAR", g.col(g.pick(CITIES["pt"])), "opaque"),
        _c("src_crm_col18", "iban", "VARCHAR", g.col(lambda: pt_iban(g)), "opaque"),
        _c("src_crm_col20", "credit_card", "VARCHAR", g.col(lambda: card(g)), "opaque"),
        _c("src_crm_col22", N, "VARCHAR", g.col(lambda: pt_nif(g, company=True)), "opaque", "decoy", "business"),
        _c("src_crm_col23", N, "VARCHAR", g.col(lambda: be_vat_(g)), "opaque", "decoy", "business"),
        _c("c07", N, "VARCHAR", g.col(lambda: g.md5()), "opaque", "decoy"),
        _c("c08", N, "VARCHAR", g.col(lambda: _version(g)), "opaque", "decoy"),
        _c("c09", N, "TIMESTAMP", g.moments("2025-03-01", 600), "opaque", "decoy"),
        _c("attr_x", "ip_address", "VARCHAR", g.col(lambda: pt.ipv4() if g.rnd.random() < 0.6 else pt.ipv6()),
           "opaque"),
        _c("attr_y", N, "INTEGER", g.col(g.pick([0, 1, 2, 3, 9])), "opaque", "decoy"),
        _c("attr_z", "first_name", "VARCHAR", g.col(pt.first_name, nulls=0.8), "opaque", "null_heavy"),
        _c("nome_mae", "person_name", "VARCHAR", g.col(pt.name_female, nulls=0.78), "null_heavy", "lang:pt"),
        _c("telemovel_alt", "phone", "VARCHAR", g.col(lambda: g.phone("PT"), nulls=0.8), "null_heavy", "lang:pt"),
    ])


def misleading_app(g: Gen) -> Table:
    en, fr, pl, it = g.fake("en_US"), g.fake("fr_FR"), g.fake("pl_PL"), g.fake("it_IT")
    firsts, lasts = g.people("en_US")
    births = g.births(1945, 2006)
    return Table("app.user_misc", "en", "misleading", [
        _c("id", N, "BIGINT", g.keys(1), "decoy"),
        _c("misc_1", "phone", "VARCHAR", g.col(lambda: g.phone("NL", "e164"))),
        _c("notes2", "free_text", "VARCHAR",
           g.col(lambda: f"{en.name()} asked to move the delivery; her husband {en.first_name()} signs for it. "
                         f"Call back on {g.phone('US')}.")),
        _c("code", "national_id", "VARCHAR",
           [it_cf(g, d, _female(g)) for d in births]),
        _c("ref", "email", "VARCHAR",
           [_email(g, a, b, ["yahoo.com", "icloud.com", "proton.me"]) for a, b in zip(firsts, lasts)]),
        _c("value", "date_of_birth", "VARCHAR", [d.strftime("%Y%m%d") for d in births]),
        _c("descr", "street_address", "VARCHAR", g.col(fr.street_address)),
        _c("tag", "city", "VARCHAR", g.col(g.pick(CITIES["it"] + CITIES["en"]))),
        _c("misc_3", "last_name", "VARCHAR", g.col(pl.last_name)),
        _c("handle", USERNAME, "VARCHAR", [_username(g, a, b) for a, b in zip(firsts, lasts)], "username"),
        _c("misc_4", "ssn", "VARCHAR", g.col(lambda: us_ssn.format(us_ssn_(g)), nulls=0.8), "null_heavy"),
        _c("notes", N, "VARCHAR", g.col(g.pick(["resolved", "awaiting reply", "refund issued", "escalated"])),
           "decoy"),
        _c("type", N, "VARCHAR", g.col(g.pick(["free", "pro", "team"])), "decoy"),
        _c("flag", N, "VARCHAR", g.yn(), "decoy"),
        _c("amount", N, "DOUBLE", g.amounts(0, 999), "decoy"),
        _c("ts", N, "TIMESTAMP", g.moments("2026-02-01", 300), "decoy"),
        _c("code2", N, "VARCHAR", g.col(lambda: _sku(g)), "decoy"),
        _c("ref2", N, "VARCHAR", g.col(lambda: "INC" + g.digits(7, string.digits)), "decoy"),
        _c("addr_sk", N, "INTEGER", g.ints(1, 50_000), "decoy"),
        _c("first_shipto_date_sk", N, "INTEGER", g.ints(2_450_000, 2_460_000), "decoy"),
        _c("d_day_name", N, "VARCHAR", g.col(g.pick(WEEKDAYS["en"])), "decoy"),
        _c("misc_5", "first_name", "VARCHAR", g.col(it.first_name, nulls=0.8), "null_heavy"),
    ])


def fr_be_parcels(g: Gen) -> Table:
    births = g.births(1940, 2006)
    firsts, lasts = g.people("fr_BE")
    return Table("colis.retraits_casiers", "fr", "snake", [
        _c("id_retrait", N, "BIGINT", g.keys(4_400_000), "decoy"),
        _c("numero_colis", N, "VARCHAR", g.col(lambda: g.code("CD999999999BE")), "decoy"),
        _c("prenom_destinataire", "first_name", "VARCHAR", firsts),
        _c("nom_destinataire", "last_name", "VARCHAR", lasts),
        _c("numero_registre_national", "national_id", "VARCHAR", [be_national(g, d) for d in births]),
        _c("date_de_naissance", "date_of_birth", "VARCHAR", [f"{d.day}/{d.month}/{d.year}" for d in births]),
        _c("gsm", "phone", "VARCHAR", g.col(lambda: g.phone("BE"))),
        _c("courriel", "email", "VARCHAR",
           [_email(g, a, b, ["skynet.be", "telenet.be", "gmail.com", "proximus.be"]) for a, b in zip(firsts, lasts)]),
        _c("rue", "street_address", "VARCHAR", g.col(lambda: f"{g.rnd.choice(BE_STREETS)} {g.rnd.randint(1, 260)}")),
        _c("boite", "street_address", "VARCHAR", g.col(lambda: f"bte {g.rnd.randint(1, 40)}", nulls=0.8),
           "null_heavy"),
        _c("code_postal", "postal_code", "VARCHAR", g.col(lambda: g.digits(4))),
        _c("commune", "city", "VARCHAR", g.col(g.pick(BE_COMMUNES))),
        _c("iban_remboursement", "iban", "VARCHAR", g.col(lambda: be_iban(g), nulls=0.75), "null_heavy"),
        _c("casier", N, "VARCHAR", g.col(lambda: "LCK-" + g.digits(4)), "decoy"),
        _c("code_retrait", N, "VARCHAR", g.col(lambda: g.digits(6, string.digits)), "decoy"),
        _c("adresse_point_relais", N, "VARCHAR",
           g.col(g.pick(["Gare du Midi, Avenue Fonsny 47B", "Shopping Médiacité, Boulevard Raymond Poincaré 7",
                         "Delhaize, Chaussée de Charleroi 112"])), "business"),
        _c("heure_depot", N, "TIMESTAMP", g.moments("2026-10-15", 50), "decoy"),
        _c("poids_kg", N, "DOUBLE", g.floats(0.1, 30, 2), "decoy"),
        _c("expediteur", N, "VARCHAR", g.col(g.pick(["Zalando SE", "Bol.com", "Vinted UAB", "Coolblue België NV",
                                                       "Decathlon Belgium"])), "decoy"),
        _c("tva_expediteur", N, "VARCHAR", g.col(lambda: be_vat_(g)), "decoy", "business"),
        _c("jour_livraison", N, "VARCHAR", g.col(g.pick(WEEKDAYS["fr"])), "decoy"),
    ])


def pt_school(g: Gen) -> Table:
    f = g.fake("pt_PT")
    guardians_first, guardians_last = g.people("pt_PT")
    return Table("escola.matriculasAlunos", "pt", "camel", [
        _c("idMatricula", N, "INTEGER", g.keys(2_026_001), "decoy"),
        _c("nomeCompleto", "person_name", "VARCHAR", g.col(f.name)),
        _c("numeroCartaoCidadao", "national_id", "VARCHAR", g.col(lambda: pt_cc(g))),
        _c("nifAluno", "national_id", "VARCHAR", g.col(lambda: pt_nif(g))),
        _c("dataNascimento", "date_of_birth", "DATE", g.births(2008, 2020)),
        _c("encarregadoEducacao", "person_name", "VARCHAR",
           [f"{a} {b}" for a, b in zip(guardians_first, guardians_last)]),
        _c("telemovelEncarregado", "phone", "VARCHAR", g.col(lambda: g.phone("PT", "intl"))),
        _c("emailEncarregado", "email", "VARCHAR",
           [_email(g, a, b, ["sapo.pt", "gmail.com", "hotmail.com", "iol.pt"])
            for a, b in zip(guardians_first, guardians_last)]),
        _c("morada", "street_address", "VARCHAR", g.col(f.street_address)),
        _c("codigoPostal", "postal_code", "VARCHAR", g.col(f.postcode)),
        _c("localidade", "city", "VARCHAR", g.col(g.pick(CITIES["pt"][:12]))),
        _c("anoLetivo", N, "VARCHAR", g.col(g.pick(["2024/2025", "2025/2026"])), "decoy"),
        _c("turma", N, "VARCHAR", g.col(lambda: f"{g.rnd.randint(5, 12)}.º {g.rnd.choice('ABCDE')}"), "decoy"),
        _c("escalaoAse", N, "VARCHAR", g.col(g.pick(["A", "B", "C", "sem escalão"])), "decoy"),
        _c("nipcEscola", N, "VARCHAR", g.col(g.pick([pt_nif(g, company=True) for _ in range(4)])), "decoy",
           "business"),
        _c("telefoneEscola", N, "VARCHAR", g.col(g.pick([g.phone("PT", fixed=True) for _ in range(4)])), "business"),
        _c("notaFinal", N, "INTEGER", g.ints(1, 20), "decoy"),
        _c("observacoes", "free_text", "VARCHAR",
           g.col(lambda: f"A mãe, {f.name_female()}, pediu que o aluno saia com o avô {f.first_name_male()}; "
                         f"contacto {g.phone('PT')}.", nulls=0.8), "null_heavy"),
    ])


#: (builder, rows): every table of the set, its row count fixed
BUILDERS: list[tuple[Callable[[Gen], Table], int]] = [
    (it_claims, 1_400), (nl_school, 900), (pl_payroll, 2_200), (sv_telecom, 3_000), (da_benefits, 650),
    (cs_trial, 320), (tr_ridehail, 2_600), (ja_romaji_lease, 500), (ja_delivery, 1_800), (ru_sellers, 1_200),
    (bg_utilities, 450), (el_rentals, 260), (th_hospital, 700), (id_sellers, 1_000), (he_clinic, 550),
    (zh_orders, 2_000), (baltic_loyalty, 600), (mx_payroll, 1_600), (latam_collections, 1_000),
    (anz_za_policies, 800), (dach_benefits, 1_000), (opaque_crm, 2_500), (misleading_app, 1_300),
    (fr_be_parcels, 1_150), (pt_school, 420),
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
