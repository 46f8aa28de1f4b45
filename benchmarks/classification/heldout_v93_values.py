"""Values of held-out set v93 (:mod:`benchmarks.classification.heldout_v93`): v93's random source and the names,
streets, cities, charities and free-text snippets written by hand for v93 (no Faker, no list of real people, no breach
data), phones checked with phonenumbers and identifiers with check digits computed and checked with python-stdnum.

Self-contained: nothing here is imported from the value modules of earlier sets; only the ``Column`` class is shared.
The generic ``Gen`` helpers follow v27's value module; the lists below are new.
"""

from __future__ import annotations

import hashlib
import random
import string
import unicodedata
from collections.abc import Callable
from datetime import date, datetime, timedelta
from typing import Any

import phonenumbers
from stdnum import iban as _iban
from stdnum import luhn
from stdnum.es import dni as _dni
from stdnum.ie import pps as _pps
from stdnum.jp import in_ as _mynumber
from stdnum.my import nric as _nric
from stdnum.nl import bsn as _bsn
from stdnum.pl import pesel as _pesel
from stdnum.us import ssn as _ssn

from benchmarks.classification.heldout_v2 import Column

SEED = 93_2026_0611
N = "none"
#: a login, or a bank account that is not an IBAN (review, as in earlier sets)
REVIEW = "unclassified"
#: NULL-like strings of v93's systems (tests skip them)
NULLISH: tuple[str, ...] = (
    "", " ", "-", "--", "NULL", "null", "n/a", "N/A", "NA", "none", "None", "unknown", "Unknown", "UNKNOWN", "?",
    "#N/A", "not given", "Not given", "declined", "k.A.", "onbekend", "desconocido", "brak", "なし", "tiada",
    "non noto", "0")


def fold(text: str) -> str:
    text = unicodedata.normalize("NFKD", text.lower())
    return "".join(ch for ch in text if not unicodedata.combining(ch)).replace("ß", "ss").replace("'", "")


def plain(text: str) -> str:
    return "".join(ch for ch in fold(text) if ch.isalnum() and ch.isascii())


class Gen:
    """The random source of one table: ``rows`` rows, seeded from :data:`SEED` and ``table``."""

    def __init__(self, table: str, rows: int) -> None:
        self.table = table
        self.rows = rows
        self.rnd = random.Random(f"v93:{SEED}:{table}")

    def col(self, make: Callable[[], Any], null: float = 0.0) -> list[Any]:
        return [None if self.rnd.random() < null else make() for _ in range(self.rows)]

    def pick(self, choices: list[Any]) -> Callable[[], Any]:
        return lambda: self.rnd.choice(choices)

    def sparse(self, make: Callable[[], Any], share: float, words: tuple[str, ...]) -> list[Any]:
        """``share`` of the rows a NULL word, the rest ``make()``."""
        return [self.rnd.choice(words) if self.rnd.random() < share else make() for _ in range(self.rows)]

    def keys(self, start: int, step: int = 1) -> list[int]:
        return [start + i * step for i in range(self.rows)]

    def ints(self, lo: int, hi: int, null: float = 0.0) -> list[Any]:
        return self.col(lambda: self.rnd.randint(lo, hi), null)

    def amounts(self, lo: float, hi: float, null: float = 0.0) -> list[Any]:
        return self.col(lambda: round(self.rnd.uniform(lo, hi), 2), null)

    def yn(self, yes: Any, no: Any, p: float) -> list[Any]:
        return [yes if self.rnd.random() < p else no for _ in range(self.rows)]

    def day(self, lo: str, hi: str) -> date:
        a, b = date.fromisoformat(lo), date.fromisoformat(hi)
        return a + timedelta(days=self.rnd.randint(0, (b - a).days))

    def days(self, lo: str, hi: str, null: float = 0.0) -> list[Any]:
        return self.col(lambda: self.day(lo, hi), null)

    def moments(self, lo: str, hi: str, null: float = 0.0) -> list[Any]:
        return self.col(lambda: datetime.combine(self.day(lo, hi), datetime.min.time())
                        + timedelta(seconds=self.rnd.randint(0, 86_399)), null)

    def births(self, lo: int, hi: int) -> list[date]:
        return [self.day(f"{lo}-01-01", f"{hi}-12-31") for _ in range(self.rows)]

    def digits(self, n: int, alphabet: str = string.digits) -> str:
        return "".join(self.rnd.choice(alphabet) for _ in range(n))

    def code(self, layout: str) -> str:
        """``9`` a digit, ``A`` an upper-case letter, ``Z`` either, ``x`` a hex digit; anything else is kept."""
        table = {"9": string.digits, "A": string.ascii_uppercase, "Z": string.digits + string.ascii_uppercase,
                 "x": "0123456789abcdef"}
        return "".join(self.rnd.choice(table[ch]) if ch in table else ch for ch in layout)

    def valid(self, make: Callable[[], str], ok: Callable[[str], bool]) -> str:
        for _ in range(20_000):
            value = make()
            if ok(value):
                return value
        raise RuntimeError("no valid value")

    def invalid(self, make: Callable[[], str], ok: Callable[[str], bool]) -> str:
        """A value shaped like an identifier that fails its check (a decoy)."""
        return self.valid(make, lambda x: not ok(x))

    def sha256(self) -> str:
        return hashlib.sha256(str(self.rnd.random()).encode()).hexdigest()

    def ipv4(self) -> str:
        first = self.rnd.choice([24, 47, 66, 71, 98, 104, 108, 142, 172, 184])
        return f"{first}.{self.rnd.randint(0, 255)}.{self.rnd.randint(0, 255)}.{self.rnd.randint(1, 254)}"

    def ipv6(self) -> str:
        return self.rnd.choice(["2600", "2601", "2603", "2607"]) + ":" + ":".join(
            f"{self.rnd.randint(0, 0xFFFF):x}" for _ in range(7))

    # -- phones
    def phone(self, region: str, fmt: str = "e164", mobile: bool = True) -> str:
        kind = phonenumbers.PhoneNumberType.MOBILE if mobile else phonenumbers.PhoneNumberType.FIXED_LINE
        example = phonenumbers.example_number_for_type(region, kind)
        nsn = phonenumbers.national_significant_number(example)
        keep = max(len(nsn) - 6, 1)

        def make() -> str:
            if region == "US":
                return self.rnd.choice(US_AREAS) + str(self.rnd.randint(2, 9)) + self.digits(6)
            return nsn[:keep] + self.digits(len(nsn) - keep)

        def ok(candidate: str) -> bool:
            return phonenumbers.is_valid_number(phonenumbers.parse(f"+{example.country_code}{candidate}"))

        number = phonenumbers.parse(f"+{example.country_code}{self.valid(make, ok)}")
        if fmt == "e164":
            return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)
        if fmt == "intl":
            return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.INTERNATIONAL)
        national = phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.NATIONAL)
        if fmt == "digits":
            return "".join(ch for ch in national if ch.isdigit())
        if fmt == "nsn":
            return phonenumbers.national_significant_number(number)
        return national

    def phones(self, region: str, formats: dict[str, float], mobile: float = 1.0, null: float = 0.0) -> list[Any]:
        names, weights = list(formats), list(formats.values())
        return self.col(lambda: self.phone(region, self.rnd.choices(names, weights)[0], self.rnd.random() < mobile),
                        null)


def c(name: str, kind: str, sql_type: str, values: list[Any], *tags: str) -> Column:
    """One labeled column."""
    return Column(name, kind, sql_type, values, frozenset(tags))


# -- names (written for v93) -------------------------------------------------------------------------------------------

#: language -> (male given names, female given names, family names)
NAMES: dict[str, tuple[list[str], list[str], list[str]]] = {
    "en": (["Alfie", "Barnaby", "Cedric", "Dominic", "Ellis", "Frederick", "Gideon", "Hugo", "Ivor", "Rupert"],
           ["Agatha", "Beatrix", "Cordelia", "Daphne", "Eleanor", "Felicity", "Harriet", "Iris", "Mabel", "Posy"],
           ["Ashworth", "Blackmore", "Cartwright", "Dimmock", "Earnshaw", "Fothergill", "Gristwood", "Hatherley",
            "Ingleby", "Jessop", "Kitchener", "Loxley", "Meadowcroft", "Nettleship", "Oakshott", "Pinchbeck"]),
    "sc": (["Alasdair", "Callum", "Fraser", "Hamish", "Lachlan", "Murdo", "Ruaridh", "Torquil"],
           ["Ailsa", "Catriona", "Eilidh", "Isla", "Morag", "Rhona", "Shona", "Kirsty"],
           ["MacAulay", "McCorquodale", "Drummond", "Urquhart", "Ferguson", "MacLeod", "Buchanan", "Sutherland"]),
    "ie": (["Cathal", "Colm", "Donnacha", "Fiachra", "Oisín", "Ruairí", "Tadhg", "Senan"],
           ["Aoife", "Caoimhe", "Clodagh", "Gráinne", "Niamh", "Orla", "Róisín", "Sorcha"],
           ["Ó Briain", "Fitzgerald", "Mac Giolla", "Kinsella", "O'Dwyer", "Costigan", "Brennan", "Twomey"]),
    "us": (["Dwayne", "Elijah", "Hector", "Marcus", "Terrence", "Wesley", "Nathaniel", "Luis", "Darnell", "Jerome"],
           ["Bethany", "Charlene", "Darlene", "Jolene", "Latoya", "Marisol", "Rhonda", "Tamika", "Shelby", "Vivian"],
           ["Abernathy", "Breckenridge", "Castellano", "Dobbins", "Esparza", "Fenwick", "Gaskins", "Holcomb",
            "Kowalczyk", "Lundquist", "McAllister", "Oyelaran", "Pruitt", "Stroud", "Villanueva", "Whitlock"]),
    "ca": (["Alexandre", "Connor", "Gurdeep", "Liam", "Mathieu", "Owen", "Rohan", "Tyler"],
           ["Brianna", "Chantal", "Harpreet", "Kaitlyn", "Mei", "Sophie", "Talia", "Zoë"],
           ["Beaulieu", "Chadwick", "Deschamps", "Gill", "Lachance", "Macdonald", "Sandhu", "Wong"]),
    "au": (["Brodie", "Darcy", "Fletcher", "Jarrah", "Kieran", "Mitchell", "Nathan", "Tane"],
           ["Bronwyn", "Ebony", "Jacinta", "Kylie", "Matilda", "Narelle", "Sienna", "Tegan"],
           ["Albrecht", "Dawson", "Fitzroy", "Kostopoulos", "Nguyen", "Pappas", "Rossiter", "Whitfield"]),
    "ke": (["Baraka", "Kiprono", "Mwangi", "Omondi", "Otieno", "Wafula", "Kamau", "Juma"],
           ["Achieng", "Chebet", "Nafula", "Njeri", "Wanjiku", "Akinyi", "Jeptoo", "Wairimu"],
           ["Kariuki", "Njoroge", "Ochieng", "Mutua", "Kiplagat", "Wekesa", "Odhiambo", "Gitau"]),
    "de": (["Björn", "Detlef", "Fynn", "Hauke", "Jannik", "Malte", "Ole", "Torben"],
           ["Birte", "Frauke", "Heike", "Imke", "Maren", "Silke", "Swantje", "Wiebke"],
           ["Brandes", "Claußen", "Feddersen", "Hinrichs", "Jürgensen", "Petersen", "Rieckmann", "Thießen"]),
    "nl": (["Bram", "Daan", "Gijs", "Joost", "Sjoerd", "Thijs", "Wouter", "Mohammed"],
           ["Anouk", "Femke", "Ilse", "Lieke", "Marloes", "Noor", "Saskia", "Fatima"],
           ["van den Broek", "Bakker", "de Graaf", "Hendriks", "Kuipers", "van Leeuwen", "Mulder", "El Amrani"]),
    "es": (["Amadeo", "Borja", "Ferran", "Gonzalo", "Jaume", "Rigoberto", "Vicent", "Xavier"],
           ["Amparo", "Begoña", "Consuelo", "Inmaculada", "Maripaz", "Nieves", "Remedios", "Vicenta"],
           ["Albiol", "Bellver", "Climent", "Ferrandis", "Giner", "Llorens", "Monzó", "Tortosa"]),
    "pl": (["Bartosz", "Dominik", "Grzegorz", "Kacper", "Mateusz", "Przemysław", "Szymon", "Wojciech"],
           ["Agnieszka", "Dorota", "Justyna", "Magdalena", "Małgorzata", "Oliwia", "Weronika", "Zuzanna"],
           ["Bąk", "Czarnecki", "Dudek", "Grabowski", "Jabłoński", "Pawlak", "Wróblewski", "Zając"]),
    "it": (["Ettore", "Fulvio", "Giacomo", "Ludovico", "Ottavio", "Piergiorgio", "Tommaso", "Vittorio"],
           ["Adelaide", "Carlotta", "Elisabetta", "Gemma", "Ludovica", "Nives", "Ottavia", "Vittoria"],
           ["Barbero", "Cravero", "Ferrero", "Gribaudo", "Merlo", "Operti", "Rosso", "Testa"]),
    "ms": (["Ahmad Faizal", "Hafiz", "Khairul", "Mohd Azlan", "Nazri", "Syafiq", "Zulkifli", "Ikhwan"],
           ["Aisyah", "Farhana", "Nurul Izzah", "Siti Aminah", "Syazwani", "Zarina", "Norhayati", "Hidayah"],
           [])
}

#: Japanese (kanji, katakana reading) pairs
JA_FAMILY = [("高橋", "タカハシ"), ("松本", "マツモト"), ("井上", "イノウエ"), ("木村", "キムラ"), ("林", "ハヤシ"),
             ("清水", "シミズ"), ("山崎", "ヤマザキ"), ("森田", "モリタ"), ("池田", "イケダ"), ("橋本", "ハシモト")]
JA_GIVEN = [("健太", "ケンタ"), ("翔", "ショウ"), ("大輔", "ダイスケ"), ("拓海", "タクミ"), ("美咲", "ミサキ"),
            ("陽菜", "ヒナ"), ("由美子", "ユミコ"), ("千尋", "チヒロ"), ("悠真", "ユウマ"), ("真理子", "マリコ")]
#: Malay patronymic links
MS_LINK = {False: "bin", True: "binti"}


def person(g: Gen, lang: str, female: bool | None = None) -> tuple[str, str]:
    """(given name, family name); a Malay name's second part is ``bin``/``binti`` and the father's given name."""
    female = g.rnd.random() < 0.5 if female is None else female
    males, females, lasts = NAMES[lang]
    first = g.rnd.choice(females if female else males)
    if lang == "ms":
        return first, f"{MS_LINK[female]} {g.rnd.choice(males)}"
    return first, g.rnd.choice(lasts)


def whole(g: Gen, lang: str) -> str:
    a, b = person(g, lang)
    return f"{a} {b}"


def email_of(g: Gen, first: str, last: str, domains: list[str]) -> str:
    a, b = plain(first) or "x", plain(last) or "y"
    local = g.rnd.choice([f"{a}.{b}", f"{a[0]}{b}", f"{a}{g.rnd.randint(1, 99)}", f"{b}.{a[0]}", f"{a}_{b}",
                          f"{a}{b[0]}{g.rnd.randint(50, 99)}"])
    return f"{local}@{g.rnd.choice(domains)}"


def email(g: Gen, lang: str, domains: list[str]) -> str:
    return email_of(g, *person(g, lang), domains)


DOMAINS = {
    "en": ["btinternet.com", "gmail.com", "hotmail.co.uk", "outlook.com", "sky.com", "yahoo.co.uk"],
    "ie": ["eircom.net", "gmail.com", "hotmail.com", "outlook.ie"],
    "us": ["gmail.com", "yahoo.com", "aol.com", "comcast.net", "outlook.com", "icloud.com"],
    "ca": ["gmail.com", "rogers.com", "sympatico.ca", "shaw.ca", "outlook.com"],
    "au": ["bigpond.com", "gmail.com", "optusnet.com.au", "outlook.com"],
    "ke": ["gmail.com", "yahoo.com", "outlook.com"],
    "de": ["web.de", "gmx.de", "t-online.de", "posteo.de"],
    "nl": ["ziggo.nl", "kpnmail.nl", "gmail.com", "hotmail.nl"],
    "es": ["gmail.com", "hotmail.es", "telefonica.net", "yahoo.es"],
    "pl": ["wp.pl", "onet.pl", "o2.pl", "gmail.com", "interia.pl"],
    "it": ["libero.it", "gmail.com", "virgilio.it", "alice.it", "tiscali.it"],
    "ja": ["docomo.ne.jp", "ezweb.ne.jp", "gmail.com", "yahoo.co.jp"],
    "ms": ["gmail.com", "yahoo.com.my", "hotmail.com"],
}

# -- places (written for v93) ------------------------------------------------------------------------------------------

US_AREAS = ["614", "216", "513", "330", "419", "937", "440", "740"]
#: (city, postcode lead or full postcode builder key)
GB_PLACES = [("Sheffield", "S"), ("Leeds", "LS"), ("Bradford", "BD"), ("Harrogate", "HG"), ("York", "YO"),
             ("Doncaster", "DN"), ("Huddersfield", "HD"), ("Wakefield", "WF")]
GB_STREETS = ["Moorland Rise", "Cherry Tree Walk", "Ecclesall Road", "Tinker Lane", "Brookhouse Close",
              "Wharfedale View", "Chantry Grove", "Sunnybank Terrace", "Mill Race Court", "Westbourne Gardens"]
SC_PLACES = [("Inverness", "IV2"), ("Dundee", "DD4"), ("Perth", "PH1"), ("Stirling", "FK8"), ("Aberdeen", "AB15"),
             ("Falkirk", "FK1"), ("Oban", "PA34")]
SC_STREETS = ["Culduthel Road", "Braeside Crescent", "Glenurquhart Avenue", "Kinnoull Street", "Tay View Drive",
              "Craigmount Place", "Loch Ness Gardens"]
IE_PLACES = [("Dublin 6W", "D6W"), ("Dublin 9", "D09"), ("Swords", "K67"), ("Bray", "A98"), ("Navan", "C15"),
             ("Naas", "W91"), ("Dún Laoghaire", "A96")]
IE_STREETS = ["Templeogue Road", "Griffith Avenue", "Main Street", "Seafield Park", "Ashgrove Lawn", "Cypress Drive",
              "The Paddocks"]
US_PLACES = [("Columbus", "OH", "432"), ("Dayton", "OH", "454"), ("Akron", "OH", "443"), ("Toledo", "OH", "436"),
             ("Cincinnati", "OH", "452"), ("Lorain", "OH", "440"), ("Zanesville", "OH", "437")]
US_STREETS = ["E Livingston Ave", "Sycamore St", "Old Troy Pike", "Kenmore Blvd", "Wooster Pike", "Parsons Ave",
              "Cherry Valley Rd", "N High St", "Ridgewood Dr", "Maple Grove Ln"]
CA_PLACES = [("Toronto", "M4C"), ("Mississauga", "L5M"), ("Brampton", "L6Y"), ("Markham", "L3R"),
             ("Oakville", "L6J"), ("Hamilton", "L8P")]
CA_STREETS = ["Danforth Ave", "Queen St E", "Lakeshore Rd W", "Bloor St W", "Kingston Rd", "Mavis Rd"]
AU_PLACES = [("Geelong", "3220"), ("Ballarat", "3350"), ("Bendigo", "3550"), ("Frankston", "3199"),
             ("Werribee", "3030"), ("Shepparton", "3630"), ("Wodonga", "3690")]
KE_PLACES = ["Kisumu", "Nakuru", "Eldoret", "Machakos", "Nyeri", "Kakamega", "Thika", "Kericho"]
KE_AREAS = ["Milimani Estate", "Section 58", "Kapsoya", "Mjini Ward", "Ruringu", "Amalemba", "Makongeni", "Kapsuser"]
DE_PLACES = [("Hamburg", "22"), ("Lübeck", "235"), ("Kiel", "241"), ("Norderstedt", "228"), ("Pinneberg", "254"),
             ("Lüneburg", "213")]
DE_STREETS = ["Elbchaussee", "Osterstraße", "Fuhlsbüttler Straße", "Holstenstraße", "Kieler Straße", "Am Lehmberg",
              "Rübenkamp", "Bahrenfelder Steindamm"]
NL_PLACES = [("Utrecht", "35"), ("Nieuwegein", "343"), ("Zeist", "370"), ("Houten", "399"), ("Maarssen", "360"),
             ("IJsselstein", "340")]
NL_STREETS = ["Amsterdamsestraatweg", "Kanaalweg", "Biltstraat", "Vleutenseweg", "Oudegracht", "Marnixlaan",
              "Zonnebaan"]
ES_PLACES = [("València", "460"), ("Gandia", "467"), ("Sagunt", "465"), ("Alzira", "466"), ("Torrent", "469"),
             ("Xàtiva", "468")]
ES_STREETS = ["Carrer de Russafa", "Avinguda del Port", "Calle Cuba", "Gran Vía Fernando el Católico",
              "Carrer de Sueca", "Avenida Blasco Ibáñez"]
PL_PLACES = [("Kraków", "30"), ("Wieliczka", "32-020"), ("Tarnów", "33-100"), ("Nowy Sącz", "33-300"),
             ("Oświęcim", "32-600"), ("Zakopane", "34-500")]
PL_STREETS = ["ul. Karmelicka", "ul. Dietla", "os. Zgody", "ul. Kalwaryjska", "al. Pokoju", "ul. Lea",
              "ul. Królowej Jadwigi"]
IT_PLACES = [("Torino", "101"), ("Moncalieri", "10024"), ("Rivoli", "10098"), ("Chieri", "10023"),
             ("Pinerolo", "10064"), ("Asti", "14100")]
IT_STREETS = ["Via Po", "Corso Francia", "Via Nizza", "Corso Vittorio Emanuele II", "Via Madama Cristina",
              "Strada del Drosso", "Via Monginevro"]
#: (city, ward, postcode lead); values in Japanese script
JA_PLACES = [("大阪市", "北区", "530"), ("大阪市", "天王寺区", "543"), ("堺市", "堺区", "590"), ("豊中市", "", "560"),
             ("吹田市", "", "564"), ("東大阪市", "", "577")]
JA_STREETS = ["梅田", "茶屋町", "上本町", "南花田町", "新千里東町", "江坂町", "長田"]
MY_PLACES = [("Kuala Lumpur", "5"), ("Petaling Jaya", "46"), ("Shah Alam", "40"), ("Klang", "41"),
             ("Kajang", "43"), ("Ampang", "68")]
MY_STREETS = ["Jalan Tun Razak", "Jalan Ampang", "Lorong Maarof", "Jalan SS 2/24", "Jalan Kebun Bunga",
              "Jalan Semarak", "Persiaran Damai"]


def gb_postcode(g: Gen, lead: str) -> str:
    return f"{lead}{g.rnd.randint(1, 20)} {g.rnd.randint(1, 9)}{g.code('AA')}"


def line(g: Gen, streets: list[str], style: str) -> str:
    n = g.rnd.randint(1, 240)
    s = g.rnd.choice(streets)
    if style == "num_first":
        return f"{n} {s}" + g.rnd.choice(["", "", f", Flat {g.rnd.randint(1, 12)}"])
    if style == "ja":
        return f"{s}{g.rnd.randint(1, 9)}丁目{g.rnd.randint(1, 30)}-{g.rnd.randint(1, 20)}"
    if style == "pl":
        return f"{s} {n}" + g.rnd.choice(["", f"/{g.rnd.randint(1, 40)}", f" m. {g.rnd.randint(1, 40)}"])
    if style == "es":
        return f"{s}, {n}" + g.rnd.choice(["", f", {g.rnd.randint(1, 9)}º {g.rnd.choice('ABCD')}",
                                           f", pta. {g.rnd.randint(1, 20)}"])
    return f"{s} {n}" + g.rnd.choice(["", "", f"{g.rnd.choice('abc')}"])


# -- identifiers with check digits (python-stdnum) ---------------------------------------------------------------------


def card(g: Gen) -> str:
    prefix, length = g.rnd.choice([("4", 16), ("51", 16), ("55", 16), ("37", 15)])
    body = prefix + g.digits(length - len(prefix) - 1)
    return body + luhn.calc_check_digit(body)


BBAN = {"GB": "AAAA99999999999999", "DE": "999999999999999999", "IE": "AAAA99999999999999",
        "IT": "A9999999999ZZZZZZZZZZZZ", "ES": "99999999999999999999", "NL": "AAAA9999999999"}


def iban(g: Gen, country: str, spaced: bool = False) -> str:
    def make() -> str:
        bban = g.code(BBAN[country])
        check = 98 - int("".join(str(int(ch, 36)) for ch in bban + country + "00")) % 97
        return f"{country}{check:02d}{bban}"

    number = g.valid(make, _iban.is_valid)
    return " ".join(number[i:i + 4] for i in range(0, len(number), 4)) if spaced else number


def us_ssn(g: Gen) -> str:
    return g.valid(lambda: f"{g.rnd.randint(1, 665):03d}{g.rnd.randint(1, 99):02d}{g.rnd.randint(1, 9999):04d}",
                   _ssn.is_valid)


def ie_pps(g: Gen) -> str:
    def make() -> str:
        body = g.digits(7)
        total = sum(int(d) * w for d, w in zip(body, range(8, 1, -1)))
        return body + "WABCDEFGHIJKLMNOPQRSTUV"[total % 23]

    return g.valid(make, _pps.is_valid)


def bsn(g: Gen) -> str:
    return g.valid(lambda: g.digits(1, "123456789") + g.digits(8), _bsn.is_valid)


def not_bsn(g: Gen) -> str:
    return g.invalid(lambda: g.digits(1, "123456789") + g.digits(8), _bsn.is_valid)


def dni(g: Gen) -> str:
    body = g.digits(8)
    return body + _dni.calc_check_digit(body)


def pesel(g: Gen, born: date, female: bool) -> str:
    month = born.month + {1800: 80, 1900: 0, 2000: 20}[born.year // 100 * 100]
    serial = g.digits(3) + g.rnd.choice("02468" if female else "13579")
    body = f"{born:%y}{month:02d}{born:%d}{serial}"
    number = body + _pesel.calc_check_digit(body)
    assert _pesel.is_valid(number)
    return number


def my_nric(g: Gen, born: date) -> str:
    number = f"{born:%y%m%d}-{g.rnd.choice(['01', '08', '10', '14', '06'])}-{g.digits(4)}"
    assert _nric.is_valid(number)
    return number


def my_number(g: Gen) -> str:
    body = g.digits(11)
    return body + _mynumber.calc_check_digit(body)


CF_MONTHS = "ABCDEHLMPRST"


def _cf_part(text: str, given_name: bool) -> str:
    letters = [ch for ch in fold(text).upper() if ch.isalpha()]
    cons = [ch for ch in letters if ch not in "AEIOU"]
    vows = [ch for ch in letters if ch in "AEIOU"]
    if given_name and len(cons) >= 4:
        return cons[0] + cons[2] + cons[3]
    return "".join((cons + vows + ["X", "X", "X"])[:3])


def codice_fiscale(first: str, last: str, born: date, female: bool, comune: str) -> str:
    from stdnum.it import codicefiscale as _cf

    day = born.day + (40 if female else 0)
    body = (_cf_part(last, False) + _cf_part(first, True) + f"{born.year % 100:02d}" + CF_MONTHS[born.month - 1]
            + f"{day:02d}" + comune)
    number = body + _cf.calc_check_digit(body)
    assert _cf.is_valid(number)
    return number


# -- charities, campaigns and free text (written for v93) --------------------------------------------------------------

CHARITIES = ["Moorside Hospice Trust", "Wharfedale Wildlife Rescue", "Pennine Foodshare", "Calder Valley Carers",
             "St Aidan's Youth Club", "Three Rivers Mountain Rescue", "Hatherley Children's Fund",
             "Riverside Refuge Project"]
CAMPAIGNS = ["XMAS25", "SPRAPP26", "LOTTO-Q3", "RAFFLE24", "TAX-RECLAIM", "LEGACY-WK", "EMERG-FLOOD", "DD-UPGRADE"]
EN_NOTES = [
    "Gift in memory of her late husband {name}.", "Asked not to be phoned after 7pm.",
    "Prefers post, no e-mails please.", "Called back: spoke to daughter {name}, donor in hospital.",
    "Moved to care home, new contact via son {name} on {phone}.", "Happy to be a case study for the newsletter.",
    "Declined legacy conversation.", "Pledged {amount} in will per solicitor {name}.",
]
