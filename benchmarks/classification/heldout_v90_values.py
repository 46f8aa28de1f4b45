"""Values of held-out set v90 (:mod:`benchmarks.classification.heldout_v90`): v90's random source, names, streets,
towns, companies and identifier builders, written by hand for v90 (no Faker, no list of real people, no breach data),
phones checked with phonenumbers and identifiers with check digits built and checked with python-stdnum.

Self-contained: nothing here is imported from the value modules of earlier sets; only the ``Column`` class is shared.
The generic ``Gen`` helpers follow v27's; the phone maker draws from several mobile prefixes per region.
"""

from __future__ import annotations

import hashlib
import random
import string
import unicodedata
import uuid
from collections.abc import Callable
from datetime import date, datetime, timedelta
from typing import Any

import phonenumbers
from stdnum import iban as _iban
from stdnum import luhn
from stdnum.au import abn as _abn
from stdnum.au import tfn as _tfn
from stdnum.ca import bn as _bn
from stdnum.ca import sin as _sin
from stdnum.cl import rut as _rut
from stdnum.de import idnr as _idnr
from stdnum.gb import vat as _gbvat
from stdnum.ie import pps as _pps
from stdnum.ie import vat as _ievat
from stdnum.in_ import aadhaar as _aadhaar
from stdnum.in_ import gstin as _gstin
from stdnum.in_ import pan as _pan
from stdnum.kr import brn as _brn
from stdnum.kr import rrn as _rrn
from stdnum.pl import nip as _nip
from stdnum.pl import pesel as _pesel
from stdnum.ro import cnp as _cnp
from stdnum.ro import cui as _cui
from stdnum.se import orgnr as _orgnr
from stdnum.se import personnummer as _pnr
from stdnum.tr import tckimlik as _tck
from stdnum.tr import vkn as _vkn
from stdnum.us import ssn as _ssn

from benchmarks.classification.heldout_v2 import Column

SEED = 90_517_2026
N = "none"
#: a login, a scheme card or a domestic bank account: a reviewer pins the kind (review)
USERNAME = "unclassified"
#: NULL-like strings of v90's systems (tests skip them)
NULLISH: tuple[str, ...] = (
    "", " ", "-", "--", "NULL", "null", "n/a", "N/A", "NA", "none", "None", "unknown", "Unknown", "?", "nil", "NIL",
    "TBC", "tbc", "not known", "0", "000-00-0000", "QQ123456C", "brak", "b.d.", "-brak-", "nu", "n/a.", "yok", "Yok",
    "belirtilmemiş", "없음", "해당없음", "s/i", "sin información", "no aplica", "saknas", "ingen", "k.A.", "keine",
    "NONE", "UNKNOWN", "nessuno", "000 000 000")


def fold(text: str) -> str:
    text = unicodedata.normalize("NFKD", text.lower())
    return "".join(ch for ch in text if not unicodedata.combining(ch)).replace("ß", "ss").replace("ł", "l")


def plain(text: str) -> str:
    return "".join(ch for ch in fold(text) if ch.isalnum() and ch.isascii())


#: region -> (mobile NSN prefixes, NSN length)
MOBILE = {
    "GB": (["7400", "7507", "7712", "7825", "7931", "7468"], 10), "IE": (["83", "85", "86", "87", "89"], 9),
    "CA": (["403", "780", "587", "825"], 10), "AU": (["40", "41", "42", "43", "45", "47"], 9),
    "ZA": (["71", "72", "73", "76", "82", "83"], 9), "US": (["414", "262", "608", "920", "412", "724", "814"], 10),
    "IN": (["98", "97", "99", "70", "88", "90"], 10), "DE": (["151", "152", "160", "170", "176"], 11),
    "PL": (["50", "51", "53", "60", "66", "69", "72", "79"], 9), "RO": (["72", "73", "74", "75", "76"], 9),
    "TR": (["53", "54", "55"], 10), "KR": (["10"], 10), "CL": (["9"], 9), "SE": (["70", "72", "73", "76"], 9),
}


class Gen:
    """The random source of one table: ``rows`` rows, seeded from :data:`SEED` and ``table``."""

    def __init__(self, table: str, rows: int) -> None:
        self.table = table
        self.rows = rows
        self.rnd = random.Random(f"v90:{SEED}:{table}")

    # -- columns
    def col(self, make: Callable[[], Any], null: float = 0.0) -> list[Any]:
        return [None if self.rnd.random() < null else make() for _ in range(self.rows)]

    def pick(self, choices: list[Any]) -> Callable[[], Any]:
        return lambda: self.rnd.choice(choices)

    def sparse(self, make: Callable[[], Any], share: float, words: tuple[str, ...]) -> list[Any]:
        """``share`` of the rows a NULL word (or an empty string), the rest ``make()``."""
        return [self.rnd.choice(words) if self.rnd.random() < share else make() for _ in range(self.rows)]

    def keys(self, start: int, step: int = 1) -> list[int]:
        return [start + i * step for i in range(self.rows)]

    def ints(self, lo: int, hi: int, null: float = 0.0) -> list[Any]:
        return self.col(lambda: self.rnd.randint(lo, hi), null)

    def amounts(self, lo: float, hi: float) -> list[float]:
        return [round(self.rnd.uniform(lo, hi), 2) for _ in range(self.rows)]

    def yn(self, yes: Any, no: Any, p: float) -> list[Any]:
        return [yes if self.rnd.random() < p else no for _ in range(self.rows)]

    def day(self, lo: str, hi: str) -> date:
        a, b = date.fromisoformat(lo), date.fromisoformat(hi)
        return a + timedelta(days=self.rnd.randint(0, (b - a).days))

    def days(self, lo: str, hi: str, null: float = 0.0) -> list[Any]:
        return self.col(lambda: self.day(lo, hi), null)

    def moment(self, lo: str, hi: str) -> datetime:
        return datetime.combine(self.day(lo, hi), datetime.min.time()) + timedelta(seconds=self.rnd.randint(
            0, 86_399))

    def moments(self, lo: str, hi: str, null: float = 0.0) -> list[Any]:
        return self.col(lambda: self.moment(lo, hi), null)

    def birth(self, lo: int, hi: int) -> date:
        return self.day(f"{lo}-01-01", f"{hi}-12-31")

    def births(self, lo: int, hi: int) -> list[date]:
        return [self.birth(lo, hi) for _ in range(self.rows)]

    # -- shapes
    def digits(self, n: int, alphabet: str = string.digits) -> str:
        return "".join(self.rnd.choice(alphabet) for _ in range(n))

    def code(self, layout: str) -> str:
        """``9`` a digit, ``A`` an upper-case letter, ``Z`` either, ``x`` a hex digit; anything else is kept."""
        out = []
        for ch in layout:
            if ch == "9":
                out.append(self.rnd.choice(string.digits))
            elif ch == "A":
                out.append(self.rnd.choice(string.ascii_uppercase))
            elif ch == "Z":
                out.append(self.rnd.choice(string.digits + string.ascii_uppercase))
            elif ch == "x":
                out.append(self.rnd.choice("0123456789abcdef"))
            else:
                out.append(ch)
        return "".join(out)

    def valid(self, make: Callable[[], str], ok: Callable[[str], bool]) -> str:
        for _ in range(20_000):
            value = make()
            if ok(value):
                return value
        raise RuntimeError("no valid value")

    def uuid(self) -> str:
        return str(uuid.UUID(int=self.rnd.getrandbits(128), version=4))

    def sha256(self) -> str:
        return hashlib.sha256(str(self.rnd.random()).encode()).hexdigest()

    # -- phones
    def phone(self, region: str, fmt: str = "e164", mobile: bool = True) -> str:
        """A valid number of ``region``: a mobile drawn from :data:`MOBILE`'s prefixes or a fixed line near the
        region's example number; ``fmt`` is ``e164``, ``intl``, ``national``, ``digits`` or ``dashes``."""
        cc = phonenumbers.country_code_for_region(region)
        if mobile:
            prefixes, length = MOBILE[region]

            def make() -> str:
                head = self.rnd.choice(prefixes)
                return head + self.digits(length - len(head))
        else:
            example = phonenumbers.example_number_for_type(region, phonenumbers.PhoneNumberType.FIXED_LINE)
            nsn = phonenumbers.national_significant_number(example)
            keep = max(len(nsn) - 6, 1)

            def make() -> str:
                return nsn[:keep] + self.digits(len(nsn) - keep)

        def ok(candidate: str) -> bool:
            return phonenumbers.is_valid_number(phonenumbers.parse(f"+{cc}{candidate}"))

        number = phonenumbers.parse(f"+{cc}{self.valid(make, ok)}")
        if fmt == "e164":
            return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)
        if fmt == "intl":
            return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.INTERNATIONAL)
        national = phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.NATIONAL)
        if fmt == "digits":
            return "".join(ch for ch in national if ch.isdigit())
        if fmt == "dashes" and region in ("US", "CA"):
            d = "".join(ch for ch in national if ch.isdigit())
            return f"{d[:3]}-{d[3:6]}-{d[6:]}"
        return national

    def phones(self, region: str, formats: dict[str, float], null: float = 0.0) -> list[Any]:
        names, weights = list(formats), list(formats.values())
        return self.col(lambda: self.phone(region, self.rnd.choices(names, weights)[0]), null)


def c(name: str, kind: str, sql_type: str, values: list[Any], *tags: str) -> Column:
    """One labeled column."""
    return Column(name, kind, sql_type, values, frozenset(tags))


# -- names (written for v90) -------------------------------------------------------------------------------------------

#: region -> (male given names, female given names, family names)
NAMES: dict[str, tuple[list[str], list[str], list[str]]] = {
    "uk": (["Callum", "Dale", "Jordan", "Kieran", "Lewis", "Reece", "Wayne", "Tomasz", "Ionut", "Harpreet", "Kofi"],
           ["Chantelle", "Gemma", "Kayleigh", "Leanne", "Stacey", "Agnieszka", "Simran"],
           ["Ainsworth", "Blackledge", "Cattermole", "Fothergill", "Hepplewhite", "Lumb", "Ramsbottom", "Sugden",
            "Tattersall", "Whitworth", "Wozniak", "Popescu", "Sandhu", "Mensah"]),
    "ie": (["Cathal", "Darragh", "Eoin", "Fiachra", "Oisín", "Pádraig", "Ronan", "Tadhg", "Marius", "Vytautas"],
           ["Aoife", "Caoimhe", "Clodagh", "Niamh", "Orla", "Saoirse"],
           ["Ó Floinn", "Mac Giolla", "Brennan", "Cullinane", "Donnellan", "Fahy", "Geraghty", "Hanrahan",
            "Kielty", "Mulcahy", "Naughton", "Ó Súilleabháin", "Petrauskas", "Kazlauskas"]),
    "ab": (["Brayden", "Cody", "Dustin", "Garrett", "Travis", "Ruel", "Jericho", "Taras", "Wade", "Harjit"],
           ["Brianna", "Kaylee", "Shelby", "Maricel", "Lyudmyla", "Tanis"],
           ["Bouchard", "Cardinal", "Dumont", "Halvorson", "Kowalchuk", "Lacombe", "Pasternak", "Sawchuk",
            "Villanueva", "Dizon", "Gladue", "Thiessen", "Grewal", "Yellowhorn"]),
    "qld": (["Brodie", "Cooper", "Darcy", "Jarrah", "Lachlan", "Mitchell", "Rhys", "Tane", "Wiremu", "Sione"],
            ["Brooke", "Jacinta", "Kirra", "Mikaela", "Tahlia", "Ana"],
            ["Beattie", "Costigan", "Drummond", "Fitzsimons", "Hollingworth", "McAlister", "Pettigrew",
             "Rutherford", "Tuhiwai", "Ngata", "Fifita", "Vaipulu", "Castellano", "Doherty"]),
    "za": (["Bongani", "Lwazi", "Mpho", "Sibusiso", "Thabo", "Themba", "Vusumuzi", "Kabelo", "Pieter", "Tiago"],
           ["Lerato", "Nomvula", "Palesa", "Zanele", "Refilwe", "Anelisa"],
           ["Dlamini", "Khumalo", "Mahlangu", "Mokoena", "Ntuli", "Sithole", "Mabuza", "Nkosi", "Molefe",
            "Tshabalala", "Botha", "Van der Merwe", "Macuácua", "Mondlane"]),
    "wi": (["Dale", "Gary", "Randy", "Todd", "Duane", "Jesús", "Xiong", "Dwayne", "Kurt", "Lamar"],
           ["Darlene", "Kristi", "Tammy", "Yesenia", "Mai", "Shonda"],
           ["Brzezinski", "Gruenwald", "Hoeppner", "Kuehl", "Lindquist", "Nachreiner", "Schroeder", "Vang",
            "Thao", "Zielke", "Alvarado", "Washington", "Kowalczyk", "Wendt"]),
    "pa": (["Chester", "Frank", "Joseph", "Stanley", "Ronald", "Marcus", "Dominic", "Walter", "Eugene", "Andre"],
           ["Dolores", "Joann", "Marlene", "Patricia", "Regina", "Tanya"],
           ["Hrabosky", "Kostelnik", "Mazurek", "Novotny", "Pavlik", "Sciulli", "Yanosik", "Zajac", "DeLuca",
            "Jablonski", "Matuszak", "Harrison", "Pulaski", "Bencivenga"]),
    "in": (["Amol", "Ganesh", "Mahesh", "Prashant", "Rahul", "Sachin", "Santosh", "Vikas", "Dnyaneshwar", "Raju"],
           ["Anjali", "Manisha", "Pooja", "Sunita", "Swati", "Vaishnavi"],
           ["Bhosale", "Chavan", "Deshmukh", "Gaikwad", "Jadhav", "Kale", "Kulkarni", "Pawar", "Shinde",
            "Wagh", "Yadav", "Mishra", "Kamble", "Patil"]),
    "de": (["Dirk", "Jens", "Kai", "Marco", "Sven", "Uwe", "Timo", "Mariusz", "Dragan", "Florin"],
           ["Anja", "Heike", "Katrin", "Silke", "Nadine", "Ewa"],
           ["Brandstätter", "Eberle", "Gschwendtner", "Hinterberger", "Kiesling", "Moosbauer", "Rieger",
            "Wimmer", "Zehetmair", "Nowicki", "Jovanović", "Lehner", "Obermaier", "Pfanzelt"]),
    "pl": (["Bogdan", "Dariusz", "Grzegorz", "Krzysztof", "Marek", "Mirosław", "Sławomir", "Zbigniew", "Łukasz",
            "Wojciech"],
           ["Beata", "Dorota", "Grażyna", "Jolanta", "Małgorzata", "Renata"],
           ["Bednarczyk", "Ciołek", "Dziuba", "Gajda", "Kmiecik", "Mazur", "Piątek", "Sobczyk", "Wójcik", "Zając",
            "Kaczmarczyk", "Gawron", "Pietrzyk", "Szewczyk"]),
    "ro": (["Adrian", "Bogdan", "Cătălin", "Dorin", "Florin", "Ionel", "Marian", "Nicușor", "Sorin", "Vasile"],
           ["Alina", "Daniela", "Florentina", "Ionela", "Mădălina", "Roxana"],
           ["Apostol", "Bălan", "Ciobanu", "Dumitrescu", "Florea", "Iordache", "Lungu", "Moldovan", "Rusu",
            "Sârbu", "Stoica", "Țurcanu", "Vlad", "Zăvoianu"]),
    "tr": (["Ahmet", "Burak", "Cengiz", "Emre", "Hakan", "Mustafa", "Oğuz", "Serkan", "Volkan", "Yusuf"],
           ["Ayşe", "Elif", "Gülsüm", "Merve", "Özlem", "Zeynep"],
           ["Aydın", "Çelik", "Demirtaş", "Erdoğdu", "Güneş", "Kaya", "Karakuş", "Öztürk", "Şahin", "Tekin",
            "Uysal", "Yıldırım", "Koç", "Bulut"]),
    "ko": (["민준", "서준", "도윤", "예준", "시우", "하준", "지호", "준서", "현우", "성민"],
           ["서연", "지우", "하은", "수아", "지민", "은지"],
           ["김", "이", "박", "최", "정", "강", "조", "윤", "장", "임", "한", "오", "서", "신"]),
    "cl": (["Bastián", "Cristóbal", "Francisco", "Ignacio", "Joaquín", "Matías", "Rodrigo", "Sebastián",
            "Patricio", "Nelson"],
           ["Camila", "Catalina", "Fernanda", "Javiera", "Valentina", "Constanza"],
           ["Araya", "Cortés", "Fuentes", "Henríquez", "Muñoz", "Olivares", "Pizarro", "Rojas", "Tapia",
            "Valenzuela", "Vega", "Zamora", "Alvarado", "Contreras"]),
    "sv": (["Albin", "Elias", "Hugo", "Isak", "Melvin", "Noah", "Viktor", "Wilmer", "Nils", "Ludvig"],
           ["Alva", "Elsa", "Ella", "Saga", "Wilma", "Selma"],
           ["Backlund", "Eriksson", "Hedlund", "Isaksson", "Lundström", "Marklund", "Nordlund", "Öhman",
            "Rönnbäck", "Sundqvist", "Wikström", "Lindqvist", "Holmgren", "Söderberg"]),
}


def person(g: Gen, region: str, female: bool | None = None) -> tuple[str, str]:
    female = g.rnd.random() < 0.25 if female is None else female
    males, females, lasts = NAMES[region]
    return g.rnd.choice(females if female else males), g.rnd.choice(lasts)


def whole(g: Gen, region: str) -> str:
    a, b = person(g, region)
    return f"{b}{a}" if region == "ko" else f"{a} {b}"


def given(g: Gen, region: str) -> str:
    return person(g, region)[0]


def email_of(g: Gen, first: str, last: str, domains: list[str]) -> str:
    a, b = plain(first) or "kim", plain(last) or "lee"
    local = g.rnd.choice([f"{a}.{b}", f"{a[0]}{b}", f"{a}{g.rnd.randint(1, 99)}", f"{b}.{a[0]}", f"{a}_{b}",
                          f"{a}{b[0]}{g.rnd.randint(70, 99)}"])
    return f"{local}@{g.rnd.choice(domains)}"


def login(first: str, last: str, style: int) -> str:
    a, b = plain(first), plain(last)
    return [f"{a[0]}{b}", f"{a}.{b}", f"{b[:6]}{a[0]}", f"{a}_{b[0]}"][style % 4]


DOMAINS = {
    "uk": ["gmail.com", "hotmail.co.uk", "outlook.com", "yahoo.co.uk", "icloud.com", "btinternet.com"],
    "ie": ["gmail.com", "eircom.net", "hotmail.com", "outlook.ie", "icloud.com"],
    "au": ["gmail.com", "bigpond.com", "outlook.com", "hotmail.com", "icloud.com"],
    "us": ["gmail.com", "yahoo.com", "att.net", "charter.net", "outlook.com"],
    "se": ["gmail.com", "hotmail.se", "telia.com", "outlook.com", "icloud.com"],
    "kr": ["naver.com", "daum.net", "gmail.com", "kakao.com"],
    "cl": ["gmail.com", "hotmail.cl", "yahoo.es", "outlook.cl"],
    "za": ["gmail.com", "webmail.co.za", "vodamail.co.za", "yahoo.com"],
}

# -- places (written for v90) ------------------------------------------------------------------------------------------

#: (town, postcode district) in the English Midlands and North
UK_TOWNS = [("Wolverhampton", "WV"), ("Stoke-on-Trent", "ST"), ("Derby", "DE"), ("Bradford", "BD"),
            ("Huddersfield", "HD"), ("Wakefield", "WF"), ("Doncaster", "DN"), ("Walsall", "WS")]
UK_STREETS = ["Canal Side", "Coronation Road", "Foundry Lane", "Gasworks Terrace", "Mill Hey", "Pitt Street",
              "Railway Cottages", "Tanyard Close", "Victoria Grove", "Wharf Road"]
#: (town, Eircode routing key)
IE_TOWNS = [("Dublin 15", "D15"), ("Swords", "K67"), ("Naas", "W91"), ("Navan", "C15"), ("Drogheda", "A92"),
            ("Tallaght", "D24"), ("Maynooth", "W23")]
IE_STREETS = ["Ashgrove Park", "Castle View", "Church Lane", "Hazelhatch Road", "Meadowbrook Avenue",
              "Oakfield Drive", "The Paddocks"]
#: (town, FSA letter pairs) in Alberta
AB_TOWNS = [("Fort McMurray", "T9H"), ("Edmonton", "T5K"), ("Red Deer", "T4N"), ("Grande Prairie", "T8V"),
            ("Calgary", "T2E"), ("Lethbridge", "T1J"), ("Cold Lake", "T9M")]
#: (suburb, postcode) in central Queensland
QLD_TOWNS = [("Mackay", "4740"), ("Moranbah", "4744"), ("Emerald", "4720"), ("Rockhampton", "4700"),
             ("Gladstone", "4680"), ("Dysart", "4745"), ("Blackwater", "4717"), ("Clermont", "4721")]
QLD_STREETS = ["Acacia Street", "Bowen Crescent", "Coal Street", "Dragline Drive", "Eungella Road",
               "Grosvenor Avenue", "Peak Downs Highway", "Mills Avenue"]
#: (town, postal code) on the Rustenburg and West Rand platinum and gold belts
ZA_TOWNS = [("Rustenburg", "0299"), ("Mogwase", "0314"), ("Carletonville", "2499"), ("Westonaria", "1779"),
            ("Marikana", "0284"), ("Khutsong", "2499"), ("Bekkersdal", "1779")]
ZA_STREETS = ["Mandela Drive", "Sekhing Street", "Extension 4", "Tlhabane Road", "Boekenhout Street",
              "Sunrise View", "Madiba Crescent"]
#: (city, ZIP) in Wisconsin
WI_TOWNS = [("MILWAUKEE", "53204"), ("WEST ALLIS", "53214"), ("RACINE", "53403"), ("KENOSHA", "53140"),
            ("WAUKESHA", "53186"), ("SHEBOYGAN", "53081"), ("OSHKOSH", "54901")]
#: (city, ZIP) in western Pennsylvania
PA_TOWNS = [("PITTSBURGH", "15207"), ("MCKEESPORT", "15132"), ("HOMESTEAD", "15120"), ("BRADDOCK", "15104"),
            ("MONESSEN", "15062"), ("ALIQUIPPA", "15001"), ("DUQUESNE", "15110")]
US_STREETS = ["S 6TH ST", "W LINCOLN AVE", "MAIN ST", "ORCHARD AVE", "STATE ST", "MONONGAHELA AVE", "KIRKPATRICK ST",
              "GREENFIELD AVE", "WASHINGTON BLVD", "LOCUST ST"]
#: (town, PIN) around Pune and Chakan
IN_TOWNS = [("Pimpri", "411018"), ("Chakan", "410501"), ("Bhosari", "411026"), ("Talegaon", "410506"),
            ("Hinjewadi", "411057"), ("Ranjangaon", "412220")]
IN_STREETS = ["Gat No. 112, Kharabwadi", "Flat 3, Sai Krupa Apts, Moshi", "Near Hanuman Mandir, Nighoje",
              "Sector 7, Indrayani Nagar", "Plot 44, Shahunagar", "Room 9, Patil Chawl, Kasarwadi"]
#: (town, PLZ) in Upper Bavaria (a posted worker's German site) and their Polish and Romanian home towns
DE_SITES = [("München", "81829"), ("Ingolstadt", "85055"), ("Freising", "85354"), ("Erding", "85435")]
DE_STREETS = ["Baustelle Riemer Park BA 3", "Baufeld Nord, Am Messesee", "Los 2, Ingolstädter Ring",
              "Baustelle Seidlpark Haus C"]
#: (town, postal code) in Silesia
PL_TOWNS = [("Katowice", "40-"), ("Ruda Śląska", "41-"), ("Jastrzębie-Zdrój", "44-"), ("Rybnik", "44-"),
            ("Bytom", "41-"), ("Knurów", "44-"), ("Zabrze", "41-")]
PL_STREETS = ["ul. Górnicza", "ul. Szybowa", "ul. Wolności", "ul. Pocztowa", "os. Tysiąclecia", "ul. Sztygarska",
              "ul. Hutnicza"]
#: (town, county code for the CNP, county name) in Romania
RO_TOWNS = [("Cluj-Napoca", "12", "Cluj"), ("Bistrița", "06", "Bistrița-Năsăud"), ("Dej", "12", "Cluj"),
            ("Turda", "12", "Cluj"), ("Zalău", "31", "Sălaj"), ("Alba Iulia", "01", "Alba"),
            ("Baia Mare", "24", "Maramureș")]
RO_STREETS = ["Str. Fabricii", "Str. Muncii", "Bd. Eroilor", "Str. Dorobanților", "Calea Florești",
              "Str. Mineriilor", "Aleea Trandafirilor"]
#: (district, province) around Kocaeli and Bursa
TR_TOWNS = [("Gebze", "Kocaeli"), ("Dilovası", "Kocaeli"), ("Körfez", "Kocaeli"), ("İzmit", "Kocaeli"),
            ("Nilüfer", "Bursa"), ("Gemlik", "Bursa"), ("Çayırova", "Kocaeli")]
TR_STREETS = ["Atatürk Cad.", "Cumhuriyet Mah. 1203 Sok.", "Fatih Mah. İstasyon Cad.", "Osman Yılmaz Mah. 612 Sok.",
              "Sanayi Cad.", "Yeni Mah. Menekşe Sok."]
#: (district, postcode lead) in Ulsan and Geoje
KR_TOWNS = [("울산광역시 동구", "440"), ("울산광역시 북구", "442"), ("울산광역시 남구", "447"),
            ("거제시 옥포동", "532"), ("거제시 아주동", "532"), ("울산광역시 울주군", "449")]
KR_STREETS = ["방어진순환도로", "봉수로", "화정로", "옥포대첩로", "아주1길", "대송로"]
#: (comuna, region) in Antofagasta and Atacama
CL_TOWNS = [("Antofagasta", "Antofagasta"), ("Calama", "Antofagasta"), ("Mejillones", "Antofagasta"),
            ("Copiapó", "Atacama"), ("Vallenar", "Atacama"), ("Tocopilla", "Antofagasta")]
CL_STREETS = ["Av. Grecia", "Pasaje Los Aromos", "Calle Sotomayor", "Av. Granaderos", "Villa Exótica, Pasaje 7",
              "Población Ferroviaria, calle Baquedano"]
#: (town, postcode lead) in Västmanland and Dalarna
SE_TOWNS = [("Västerås", "72"), ("Köping", "731"), ("Fagersta", "737"), ("Sala", "733"), ("Borlänge", "78"),
            ("Avesta", "774"), ("Hallstahammar", "734")]
SE_STREETS = ["Bruksgatan", "Smedjevägen", "Valsverksgatan", "Hyttvägen", "Kopparbergsvägen", "Sågverksgatan"]


def street(g: Gen, streets: list[str], lo: int = 1, hi: int = 160) -> str:
    return f"{g.rnd.randint(lo, hi)} {g.rnd.choice(streets)}"


def uk_postcode(g: Gen, district: str) -> str:
    return f"{district}{g.rnd.randint(1, 14)} {g.rnd.randint(1, 9)}{g.code('AA').replace('C', 'D').replace('I', 'L')}"


def eircode(g: Gen, key: str) -> str:
    return f"{key} {g.digits(1)}{g.code('A')}{g.digits(2)}{g.code('A')}".replace("O", "X").replace("I", "P")


def ca_postal(g: Gen, fsa: str) -> str:
    letters = "ABCEGHJKLMNPRSTVWXYZ"
    return f"{fsa} {g.rnd.randint(0, 9)}{g.rnd.choice(letters)}{g.rnd.randint(0, 9)}"


# -- identifiers with check digits (python-stdnum) ---------------------------------------------------------------------


def nino(g: Gen) -> str:
    """A UK National Insurance number (HMRC's prefix and suffix rules; no check digit)."""
    first = g.rnd.choice("ABCEGHJKLMNPRSTWXYZ")
    second = g.rnd.choice("ABCEGHJKLMNPRSTWXYZ".replace("O", ""))
    while first + second in ("GB", "BG", "NK", "KN", "TN", "NT", "ZZ"):
        second = g.rnd.choice("ABCEGHJKLMNPRSTWXY")
    return f"{first}{second}{g.digits(6)}{g.rnd.choice('ABCD')}"


def gb_vat(g: Gen) -> str:
    return "GB" + g.valid(lambda: g.digits(9), _gbvat.is_valid)


def pps(g: Gen) -> str:
    return g.valid(lambda: g.digits(7) + g.code("A") + g.rnd.choice(["", "", "W", "A"]), _pps.is_valid)


def ie_vat(g: Gen) -> str:
    return "IE" + g.valid(lambda: g.digits(7) + g.code("A") + g.rnd.choice(["", "H"]), _ievat.is_valid)


def iban(g: Gen, country: str, layout: str, spaced: bool = False) -> str:
    """A valid IBAN of ``country`` (the BBAN drawn from ``layout``, python-stdnum checks it)."""

    def make() -> str:
        bban = g.code(layout)
        check = 98 - int("".join(str(int(ch, 36)) for ch in bban + country + "00")) % 97
        return f"{country}{check:02d}{bban}"

    number = g.valid(make, _iban.is_valid)
    return " ".join(number[i:i + 4] for i in range(0, len(number), 4)) if spaced else number


IBAN_LAYOUT = {"IE": "AAAA99999999999999", "DE": "999999999999999999", "RO": "AAAAZZZZZZZZZZZZZZZZ",
               "TR": "9999909999999999999999"}


def sin(g: Gen) -> str:
    number = g.valid(lambda: g.rnd.choice("123456789") + g.digits(8), _sin.is_valid)
    return f"{number[:3]} {number[3:6]} {number[6:]}"


def ca_bn(g: Gen) -> str:
    return g.valid(lambda: g.digits(9), _bn.is_valid)


def tfn(g: Gen) -> str:
    number = g.valid(lambda: g.digits(9), _tfn.is_valid)
    return f"{number[:3]} {number[3:6]} {number[6:]}"


def abn(g: Gen) -> str:
    number = g.valid(lambda: g.rnd.choice("123456789") + g.digits(10), _abn.is_valid)
    return f"{number[:2]} {number[2:5]} {number[5:8]} {number[8:]}"


def za_id(g: Gen, born: date, female: bool) -> str:
    """A South African identity number encoding ``born`` and the sex (python-stdnum checks it)."""
    sex = g.rnd.randint(0, 4) if female else g.rnd.randint(5, 9)
    body = born.strftime("%y%m%d") + str(sex) + g.digits(3) + g.rnd.choice("0001") + "8"
    return body + luhn.calc_check_digit(body)


def us_ssn(g: Gen) -> str:
    return g.valid(lambda: f"{g.rnd.randint(1, 665):03d}{g.rnd.randint(1, 99):02d}{g.rnd.randint(1, 9999):04d}",
                   _ssn.is_valid)


def aadhaar(g: Gen) -> str:
    number = g.valid(lambda: g.rnd.choice("23456789") + g.digits(11), _aadhaar.is_valid)
    return f"{number[:4]} {number[4:8]} {number[8:]}"


def pan(g: Gen, holder: str = "P") -> str:
    return g.valid(lambda: g.code("AAA") + holder + g.code("A9999A"), _pan.is_valid)


def gstin(g: Gen) -> str:
    alphabet = string.digits + string.ascii_uppercase
    return g.valid(lambda: "27" + pan(g, "C") + g.rnd.choice("123456789") + "Z" + g.rnd.choice(alphabet),
                   _gstin.is_valid)


def steuer_id(g: Gen) -> str:
    return g.valid(lambda: g.rnd.choice("123456789") + g.digits(10), _idnr.is_valid)


def pesel(g: Gen, born: date, female: bool) -> str:
    """A PESEL encoding ``born`` and the sex (python-stdnum checks it)."""
    month = born.month + (20 if born.year >= 2000 else 0)
    sex = g.rnd.choice("02468" if female else "13579")
    return g.valid(lambda: f"{born:%y}{month:02d}{born.day:02d}{g.digits(3)}{sex}{g.digits(1)}", _pesel.is_valid)


def nip(g: Gen) -> str:
    number = g.valid(lambda: g.rnd.choice("123456789") + g.digits(9), _nip.is_valid)
    return f"{number[:3]}-{number[3:6]}-{number[6:8]}-{number[8:]}"


def cnp(g: Gen, born: date, female: bool, county: str) -> str:
    """A Romanian CNP encoding the sex, ``born`` and the county (python-stdnum checks it)."""
    sex = ("6" if female else "5") if born.year >= 2000 else ("2" if female else "1")
    return g.valid(lambda: f"{sex}{born:%y%m%d}{county}{g.digits(3)}{g.digits(1)}", _cnp.is_valid)


def cui(g: Gen) -> str:
    return g.valid(lambda: g.rnd.choice("123456789") + g.digits(7), _cui.is_valid)


def tckimlik(g: Gen) -> str:
    return g.valid(lambda: g.rnd.choice("123456789") + g.digits(10), _tck.is_valid)


def vkn(g: Gen) -> str:
    return g.valid(lambda: g.digits(10), _vkn.is_valid)


def rrn(g: Gen, born: date, female: bool) -> str:
    """A Korean resident registration number encoding ``born`` and the sex (python-stdnum checks it)."""
    sex = ("4" if female else "3") if born.year >= 2000 else ("2" if female else "1")
    number = g.valid(lambda: f"{born:%y%m%d}{sex}{g.rnd.randint(0, 95):02d}{g.digits(4)}", _rrn.is_valid)
    return f"{number[:6]}-{number[6:]}"


def brn(g: Gen) -> str:
    number = g.valid(lambda: g.rnd.choice("123456789") + g.digits(9), _brn.is_valid)
    return f"{number[:3]}-{number[3:5]}-{number[5:]}"


def rut(g: Gen, lo: int = 8_000_000, hi: int = 22_000_000) -> str:
    """A Chilean RUT written ``12.345.678-K`` (python-stdnum computes the check digit)."""
    body = str(g.rnd.randint(lo, hi))
    number = body + _rut.calc_check_digit(body)
    assert _rut.is_valid(number)
    return f"{int(body):,}".replace(",", ".") + "-" + number[-1]


def rut_failing(g: Gen) -> str:
    """A number written like a RUT whose check digit is wrong (a credential folio)."""
    body = str(g.rnd.randint(8_000_000, 22_000_000))
    good = _rut.calc_check_digit(body)
    bad = g.rnd.choice([d for d in "0123456789K" if d != good])
    return f"{int(body):,}".replace(",", ".") + "-" + bad


def personnummer(g: Gen, born: date) -> str:
    body = born.strftime("%y%m%d") + g.digits(3)
    number = f"{body[:6]}-{body[6:]}{luhn.calc_check_digit(body)}"
    assert _pnr.is_valid(number)
    return number


def orgnr(g: Gen) -> str:
    body = "556" + g.digits(6)
    number = body + luhn.calc_check_digit(body)
    assert _orgnr.is_valid(number)
    return f"{number[:6]}-{number[6:]}"


def failing(g: Gen, make: Callable[[], str], ok: Callable[[str], bool]) -> str:
    """A value of ``make``'s shape that fails ``ok`` (a decoy)."""
    return g.valid(make, lambda x: not ok(x))


# -- businesses and decoys (written for v90) ---------------------------------------------------------------------------

UK_CONTRACTORS = ["Blackledge Groundworks Ltd", "Pennine Steel Erectors Ltd", "Canalside Drylining Ltd",
                  "Midland Scaffold Services Ltd", "Ainsworth M&E Contractors Ltd", "Trent Valley Formwork Ltd"]
IE_SUBCONTRACTORS = ["Liffey Rebar Fixing Ltd", "Fahy Civil Engineering Ltd", "Naas Road Curtain Walling Ltd",
                     "Boyne Precast Erection Ltd", "Kildare Dryline Partitions Ltd"]
AB_EMPLOYERS = ["Athabasca Heavy Lift Ltd.", "Peace River Crane Rental Inc.", "Sawchuk Hoisting Services Ltd.",
                "Northern Lights Rigging Corp."]
QLD_LABOUR = ["Bowen Basin Labour Hire Pty Ltd", "Isaac Mining Services Pty Ltd", "Dragline Crews Pty Ltd",
              "Fitzroy Workforce Solutions Pty Ltd"]
IN_CONTRACTORS = ["Shree Ganesh Manpower Services", "Indrayani Fabricators Pvt Ltd", "Sai Labour Contractors",
                  "Bhosale Engineering Works"]
DE_EMPLOYERS = ["Budimex-Śląsk Montaże Sp. z o.o.", "Constructii Transilvania SRL", "Moosbauer Hochbau GmbH",
                "Eberle Schalungsbau GmbH"]
KR_SUBCONTRACTORS = ["(주)동방산업", "한울기공(주)", "대성도장", "(주)미래용접", "성진배관(주)"]
CL_CONTRACTORS = ["Servicios Mineros del Norte SpA", "Montajes Industriales Atacama Ltda.",
                  "Transportes Loa SpA", "Ingeniería y Construcción Pampa SpA"]
