"""Values of held-out set v136 (:mod:`benchmarks.classification.heldout_v136`): v136's random source, and names,
streets, towns, postal codes, operators, shops and free-text snippets written by hand for v136's telecom operators and
internet providers (no Faker, no list of real people, no breach data), phones checked with phonenumbers and
identifiers with check digits computed and checked with python-stdnum (the Russian SNILS's check number and the
Polish identity card's check digit are computed here, and the GB driving licence number is built from the person's
surname, birth date and initials: python-stdnum has no module for them).

Self-contained: nothing here is imported from the value modules of earlier sets; only the ``Column`` class is shared.
The generic ``Gen`` helpers follow v98's; the phone maker draws from several leading digits per numbering plan; the
lists below are new.
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
from stdnum import imei as _imei
from stdnum import luhn
from stdnum.be import eid as _be_eid
from stdnum.br import cnpj as _cnpj
from stdnum.br import cpf as _cpf
from stdnum.cz import bankaccount as _cz_account
from stdnum.cz import dic as _cz_dic
from stdnum.cz import rc as _rc
from stdnum.in_ import aadhaar as _aadhaar
from stdnum.in_ import pan as _pan
from stdnum.it import codicefiscale as _cf
from stdnum.it import iva as _iva
from stdnum.nl import identiteitskaartnummer as _nl_doc
from stdnum.ru import inn as _inn
from stdnum.ru import ogrn as _ogrn
from stdnum.se import orgnr as _orgnr
from stdnum.se import personnummer as _pnr
from stdnum.us import ssn as _ssn

from benchmarks.classification.heldout_v2 import Column

SEED = 136_4093_2026
N = "none"
#: a login (review, as in earlier sets)
USERNAME = "unclassified"
#: NULL-like strings of v136's systems (tests skip them)
NULLISH: tuple[str, ...] = (
    "", " ", "-", "--", "NULL", "null", "n/a", "N/A", "NA", "none", "None", "unknown", "Unknown", "?", "nil", "Nil",
    "0", "00000000", "TBC", "n.v.t.", "onbekend", "nvt", "saknas", "okänd", "neuvedeno", "nezjištěno", "—",
    "нет", "не указано", "なし", "不明", "nessuna", "N.D.", "n.d.", "sem obs", "não informado", "NO REMARKS")


def fold(text: str) -> str:
    text = unicodedata.normalize("NFKD", text.lower())
    return "".join(ch for ch in text if not unicodedata.combining(ch)).replace("ß", "ss").replace("'", "")


class Gen:
    """The random source of one table: ``rows`` rows, seeded from :data:`SEED` and ``table``."""

    def __init__(self, table: str, rows: int) -> None:
        self.table = table
        self.rows = rows
        self.rnd = random.Random(f"v136:{SEED}:{table}")

    # -- columns
    def col(self, make: Callable[[], Any], null: float = 0.0) -> list[Any]:
        return [None if self.rnd.random() < null else make() for _ in range(self.rows)]

    def pick(self, choices: list[Any]) -> Callable[[], Any]:
        return lambda: self.rnd.choice(choices)

    def sparse(self, make: Callable[[], Any], share: float, words: tuple[str, ...]) -> list[Any]:
        """``share`` of the rows a NULL word (or an empty string or NULL), the rest ``make()``."""
        return [self.rnd.choice(words) if self.rnd.random() < share else make() for _ in range(self.rows)]

    def keys(self, start: int, step: int = 1) -> list[int]:
        return [start + i * step for i in range(self.rows)]

    def ints(self, lo: int, hi: int, null: float = 0.0) -> list[Any]:
        return self.col(lambda: self.rnd.randint(lo, hi), null)

    def amounts(self, lo: float, hi: float) -> list[float]:
        return [round(self.rnd.uniform(lo, hi), 2) for _ in range(self.rows)]

    def floats(self, lo: float, hi: float, digits: int) -> list[float]:
        return [round(self.rnd.uniform(lo, hi), digits) for _ in range(self.rows)]

    def day(self, lo: str, hi: str) -> date:
        a, b = date.fromisoformat(lo), date.fromisoformat(hi)
        return a + timedelta(days=self.rnd.randint(0, (b - a).days))

    def days(self, lo: str, hi: str, null: float = 0.0) -> list[Any]:
        return self.col(lambda: self.day(lo, hi), null)

    def moment(self, lo: str, hi: str) -> datetime:
        return datetime.combine(self.day(lo, hi), datetime.min.time()) + timedelta(
            seconds=self.rnd.randint(0, 86_399))

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
        for _ in range(50_000):
            value = make()
            if ok(value):
                return value
        raise RuntimeError("no valid value")

    def uuid(self) -> str:
        return str(uuid.UUID(int=self.rnd.getrandbits(128), version=4))

    def sha256(self) -> str:
        return hashlib.sha256(str(self.rnd.random()).encode()).hexdigest()

    def md5(self) -> str:
        return hashlib.md5(str(self.rnd.random()).encode(), usedforsecurity=False).hexdigest()

    def version(self) -> str:
        return f"{self.rnd.randint(1, 9)}.{self.rnd.randint(0, 24)}.{self.rnd.randint(0, 40)}"

    def mac(self) -> str:
        head = self.rnd.choice(["00:1A:2B", "B8:27:EB", "F4:EC:38", "DC:A6:32", "70:3A:CB", "00:0C:42"])
        return head + ":" + ":".join(f"{self.rnd.randint(0, 255):02X}" for _ in range(3))

    def ipv4(self, firsts: list[int]) -> str:
        return f"{self.rnd.choice(firsts)}.{self.rnd.randint(0, 255)}.{self.rnd.randint(0, 255)}." \
               f"{self.rnd.randint(1, 254)}"

    def ipv6(self, heads: list[str]) -> str:
        return self.rnd.choice(heads) + ":" + ":".join(f"{self.rnd.randint(0, 0xFFFF):x}" for _ in range(7))

    # -- phones
    def phone(self, region: str, fmt: str = "e164", mobile: bool = True) -> str:
        """A number valid for ``region`` (a mobile or a fixed line of v136's areas; ``US-MT`` and ``US-IA`` for
        Montana's and Iowa's area codes) in ``fmt``: ``e164``, ``intl``, ``national``, ``msisdn`` (E.164 without the
        plus), ``digits`` (the national form's digits) or ``dashes``."""
        prefixes, length = PHONE_PLANS[region][0 if mobile else 1]
        cc = phonenumbers.country_code_for_region(region.split("-")[0])

        def make() -> str:
            head = self.rnd.choice(prefixes)
            return head + self.digits(length - len(head))

        def ok(candidate: str) -> bool:
            number = phonenumbers.parse(f"+{cc}{candidate}")
            kind = phonenumbers.number_type(number)
            wanted = ({phonenumbers.PhoneNumberType.MOBILE, phonenumbers.PhoneNumberType.FIXED_LINE_OR_MOBILE}
                      if mobile else {phonenumbers.PhoneNumberType.FIXED_LINE,
                                      phonenumbers.PhoneNumberType.FIXED_LINE_OR_MOBILE})
            return (phonenumbers.is_valid_number(number) and kind in wanted
                    and phonenumbers.region_code_for_number(number) == region.split("-")[0])

        number = phonenumbers.parse(f"+{cc}{self.valid(make, ok)}")
        e164 = phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)
        if fmt == "e164":
            return e164
        if fmt == "msisdn":
            return e164[1:]
        if fmt == "intl":
            return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.INTERNATIONAL)
        national = phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.NATIONAL)
        if fmt == "digits":
            return "".join(ch for ch in national if ch.isdigit())
        if fmt == "dashes":
            d = "".join(ch for ch in national if ch.isdigit())
            return f"{d[:3]}-{d[3:6]}-{d[6:]}"
        return national

    def phones(self, region: str, formats: dict[str, float], mobile: float = 1.0, null: float = 0.0) -> list[Any]:
        names, weights = list(formats), list(formats.values())
        return self.col(lambda: self.phone(region, self.rnd.choices(names, weights)[0], self.rnd.random() < mobile),
                        null)


def c(name: str, kind: str, sql_type: str, values: list[Any], *tags: str) -> Column:
    """One labeled column."""
    return Column(name, kind, sql_type, values, frozenset(tags))


#: region -> ((mobile prefixes, length of the national significant number), (fixed-line prefixes, length))
PHONE_PLANS: dict[str, tuple[tuple[list[str], int], tuple[list[str], int]]] = {
    "US-MT": ((["406585", "406586", "406587", "406599", "406220", "406579"], 10),
              (["406222", "406586", "406388", "406763", "406932"], 10)),
    "US-IA": ((["563382", "563387", "563419", "563380", "563517"], 10), (["563382", "563547", "563568"], 10)),
    "NZ": ((["21", "22", "27", "29"], 9), (["34", "34", "37", "44"], 8)),
    "GB": ((["7700", "7711", "7723", "7745", "7752", "7788", "7801", "7846", "7903", "7954"], 10),
           (["1159", "1158", "1623", "1636"], 10)),
    "NG": ((["803", "806", "813", "816", "703", "706", "805", "807", "815", "905", "802", "808", "812", "701"], 10),
           (["201"], 10)),
    "AU": ((["41", "42", "43", "44", "45", "47", "48"], 9), (["881", "882", "883", "884", "838"], 9)),
    "IN": ((["98", "94", "90", "88", "81", "79", "70", "63"], 10), (["402", "403", "404"], 10)),
    "CA": ((["204", "431"], 10), (["204", "431"], 10)),
    "IT": ((["320", "328", "333", "338", "340", "347", "349", "366", "380", "392"], 10), (["080"], 10)),
    "BR": ((["319"], 11), (["313", "312", "314"], 10)),
    "NL": ((["61", "62", "63", "64", "65", "68"], 9), (["30", "33", "34"], 9)),
    "SE": ((["70", "72", "73", "76", "79"], 9), (["40", "46", "42"], 8)),
    "CZ": ((["602", "603", "604", "605", "606", "720", "731", "736", "775", "777"], 9), (["54"], 9)),
    "RU": ((["913", "923", "913", "953", "983", "999"], 10), (["383"], 10)),
    "JP": ((["70", "80", "90"], 10), (["924", "925", "927", "928", "935", "942"], 9)),
}

# -- names (written for v136) ------------------------------------------------------------------------------------------

#: language -> (male given names, female given names, family names)
NAMES: dict[str, tuple[list[str], list[str], list[str]]] = {
    "us": (["Wyatt", "Colton", "Garrett", "Dale", "Travis", "Lyle", "Brody", "Kurt", "Dwayne", "Jace", "Harlan",
            "Tomas"],
           ["Shelby", "Darlene", "Kaylee", "Brenda", "Marcy", "Tessa", "Rhonda", "Cheyenne", "Lorna", "Paige",
            "Wren", "Maricela"],
           ["Hagen", "Lindgren", "Ostby", "Schaefer", "Kittelson", "Brekke", "Running Crane", "Whitford",
            "McAllister", "Thorsgard", "Vukovich", "Pederson", "Doucette", "Rasmussen", "Ketterling", "Meaney",
            "Bjornson", "Reinke", "Oyler", "Fjelstad"]),
    "nz": (["Nikau", "Te Ariki", "Lachlan", "Hamish", "Ropata", "Mikaere", "Angus", "Taine", "Callum", "Sefo"],
           ["Aria", "Kahurangi", "Isla", "Hana", "Ataahua", "Ngaire", "Fern", "Rewa", "Tegan", "Mele"],
           ["Tipene", "Herewini", "Fraser", "Mackintosh", "Tawhiri", "Rickard", "Waaka", "Kereama", "Dunlop",
            "Pōtae", "McSkimming", "Tuiasosopo", "Grieve", "Harrex"]),
    "gb": (["Kieran", "Jamal", "Oliver", "Dominic", "Harvey", "Bilal", "Connor", "Reuben", "Tyrone", "Lewis"],
           ["Chloe", "Amelia", "Jodie", "Nadia", "Leanne", "Harriet", "Precious", "Keeley", "Gemma", "Aleksandra"],
           ["Widdowson", "Bramley", "Chamberlain", "Oakes", "Sisson", "Hussain", "Pickering", "Mellors", "Okoro",
            "Kirkland", "Szymanski", "Thorpe", "Baguley", "Dakin", "Fretwell", "Atwal"]),
    "ng": (["Adebayo", "Emeka", "Sani", "Olumide", "Chidi", "Tunde", "Yakubu", "Femi", "Ikechukwu", "Kunle"],
           ["Bukola", "Nneka", "Zainab", "Temitope", "Ifeoma", "Halima", "Omolara", "Chioma", "Funke", "Amarachi"],
           ["Adewale", "Obi", "Balogun", "Nwosu", "Lawal", "Okafor", "Ogundipe", "Ezeani", "Sule", "Adeleke",
            "Onyekachi", "Bamidele", "Ihejirika", "Oyelaran"]),
    "wa": (["Kofi", "Kwame", "Yaw", "Mamadou", "Koffi", "Ousmane", "Sékou"],
           ["Ama", "Akosua", "Efua", "Fatoumata", "Afi", "Mariam", "Adjoa"],
           ["Mensah", "Owusu", "Asante", "Diallo", "Houngbédji", "Traoré", "Agbeko", "Boateng", "Koné"]),
    "au": (["Cooper", "Jarrah", "Lincoln", "Nathan", "Dimitri", "Tuan", "Riley", "Mitchell", "Harrison", "Kai"],
           ["Matilda", "Chelsea", "Indigo", "Brooke", "Eleni", "Lan", "Georgia", "Tahlia", "Imogen", "Shannon"],
           ["Hentschke", "Tregenza", "Papadakis", "Nguyen", "Rossiter", "Mattner", "Kleinig", "O'Loughlin", "Pham",
            "Heinrich", "Summerton", "Bannister", "Kakoulis", "Zerna"]),
    "in": (["Srinivas", "Venkatesh", "Ravi Teja", "Mahesh", "Abdul", "Praveen", "Naveen", "Sai Kiran", "Rakesh",
            "Imtiaz"],
           ["Lavanya", "Swathi", "Bhavana", "Sravani", "Ayesha", "Divya", "Keerthi", "Padmaja", "Haritha", "Sameera"],
           ["Reddy", "Rao", "Goud", "Naidu", "Chowdary", "Shaik", "Varma", "Yadav", "Kumar", "Mohammed", "Gupta",
            "Sastry", "Pendyala", "Kommineni"]),
    "ca": (["Dallas", "Kyle", "Ravinder", "Jaxon", "Marcel", "Taras", "Owen", "Jerome", "Brandt", "Ezra"],
           ["Kendra", "Larissa", "Oksana", "Manon", "Jasleen", "Tamara", "Breanne", "Celeste", "Raina", "Dawn"],
           ["Fontaine", "Hrynkiw", "Klassen", "Friesen", "Sinclair", "Mousseau", "Bergen", "Kowalchuk", "Dhaliwal",
            "Spence", "Harper", "Thiessen", "Ducharme", "Wiebe"]),
    "it": (["Vito", "Nicola", "Pasquale", "Domenico", "Cosimo", "Michele", "Rocco", "Onofrio", "Giuseppe", "Savino"],
           ["Annalisa", "Rosanna", "Grazia", "Vincenza", "Mariangela", "Ilaria", "Teresa", "Donatella", "Angela",
            "Filomena"],
           ["Lorusso", "Colaianni", "Dell'Aquila", "Losito", "Scaringella", "Di Bari", "Amoruso", "Gadaleta",
            "Fanelli", "Sciacovelli", "Carbonara", "Tatò", "Petruzzelli", "Minervini"]),
    "br": (["Wagner", "Cleiton", "Geraldo", "Rodrigo", "Marcos Vinícius", "Leandro", "Otávio", "Fábio", "Welington",
            "João Pedro"],
           ["Cristiane", "Ana Paula", "Rosângela", "Juliana", "Kátia", "Patrícia", "Aparecida", "Lorena", "Daiane",
            "Maria Clara"],
           ["Drummond", "Andrade", "Resende", "Vasconcelos", "Moreira", "Campos", "Lacerda", "Magalhães", "Guimarães",
            "Fonseca", "Assis", "Pimenta", "Ribeiro da Silva", "Lopes"]),
    "nl": (["Bram", "Joost", "Sander", "Youssef", "Thijs", "Maarten", "Gerrit", "Daan", "Ruud", "Mehmet"],
           ["Femke", "Ilse", "Marieke", "Noor", "Sanne", "Anouk", "Esther", "Fatima", "Wendy", "Lieke"],
           ["Dijk", "Vries", "Bakker", "Linden", "Jansen", "El Amrani", "Berg", "Visser", "Smits", "Graaf", "Kuipers",
            "Leeuwen", "Yılmaz", "Brink"]),
    "sv": (["Oskar", "Filip", "Måns", "Ibrahim", "Johan", "Edvin", "Dragan", "Nils", "Melker", "Arvid"],
           ["Elsa", "Klara", "Agnes", "Maja", "Hanna", "Yasmin", "Ingrid", "Wilma", "Lova", "Sigrid"],
           ["Persson", "Nilsson", "Mårtensson", "Ohlsson", "Jönsson", "Trulsson", "Svensson", "Hadžić", "Sandberg",
            "Löfgren", "Åström", "Karimi", "Bengtsson", "Olofsson"]),
    "ja": (["健太", "翔", "浩二", "大翔", "直樹", "和也", "涼", "勇気"],
           ["愛", "麻衣", "沙織", "美穂", "葵", "香織", "優子", "七海"],
           ["田中", "古賀", "松尾", "中島", "井上", "原田", "江口", "久保", "山口", "坂本", "野田", "末松"]),
}

#: Dutch surnames' prefixes (tussenvoegsels), by family name
NL_PREFIX = {"Dijk": "van", "Vries": "de", "Linden": "van der", "Berg": "van den", "Graaf": "de", "Leeuwen": "van",
             "Brink": "van den"}

#: Czech family names (male, female)
CZ_FAMILY = [("Dvořák", "Dvořáková"), ("Procházka", "Procházková"), ("Kučera", "Kučerová"), ("Horák", "Horáková"),
             ("Pospíšil", "Pospíšilová"), ("Novotný", "Novotná"), ("Sedláček", "Sedláčková"), ("Marek", "Marková"),
             ("Veselý", "Veselá"), ("Kratochvíl", "Kratochvílová"), ("Zedník", "Zedníková"), ("Šťastný", "Šťastná"),
             ("Bartoš", "Bartošová"), ("Ryšavý", "Ryšavá")]
CZ_GIVEN = (["Jiří", "Tomáš", "Lukáš", "Ondřej", "Radek", "Zdeněk", "Vojtěch", "Marek", "Petr", "Jaroslav"],
            ["Petra", "Lenka", "Kateřina", "Veronika", "Jana", "Markéta", "Zuzana", "Hana", "Ivana", "Šárka"])

#: Russian family names (male, female), given names and patronymics
RU_FAMILY = [("Кузнецов", "Кузнецова"), ("Смирнов", "Смирнова"), ("Попов", "Попова"), ("Соколов", "Соколова"),
             ("Лебедев", "Лебедева"), ("Новиков", "Новикова"), ("Морозов", "Морозова"), ("Волков", "Волкова"),
             ("Зайцев", "Зайцева"), ("Павлов", "Павлова"), ("Семёнов", "Семёнова"), ("Голубев", "Голубева"),
             ("Шестаков", "Шестакова"), ("Чернышёв", "Чернышёва")]
RU_GIVEN = (["Алексей", "Дмитрий", "Сергей", "Андрей", "Игорь", "Максим", "Евгений", "Никита", "Роман", "Артём"],
            ["Екатерина", "Ольга", "Наталья", "Анастасия", "Юлия", "Татьяна", "Ирина", "Дарья", "Ксения", "Полина"])
#: patronymics (male, female)
RU_PATRONYMICS = [("Алексеевич", "Алексеевна"), ("Дмитриевич", "Дмитриевна"), ("Сергеевич", "Сергеевна"),
                  ("Андреевич", "Андреевна"), ("Игоревич", "Игоревна"), ("Владимирович", "Владимировна"),
                  ("Николаевич", "Николаевна"), ("Петрович", "Петровна"), ("Юрьевич", "Юрьевна"),
                  ("Викторович", "Викторовна")]
#: people from Central Asia registering a SIM in Novosibirsk: (family name male, female), given names male, female
CA_FAMILY = [("Рахимов", "Рахимова"), ("Каримов", "Каримова"), ("Назаров", "Назарова"), ("Асанов", "Асанова"),
             ("Юсупов", "Юсупова"), ("Шарипов", "Шарипова")]
CA_GIVEN = (["Бахтиёр", "Шерзод", "Нурлан", "Фаррух", "Азамат", "Далер"],
            ["Дилноза", "Гулнора", "Айгерим", "Мадина", "Зарина", "Нигора"])

#: Japanese names in katakana (kana columns)
JA_KANA = {"田中": "タナカ", "古賀": "コガ", "松尾": "マツオ", "中島": "ナカシマ", "井上": "イノウエ", "原田": "ハラダ",
           "江口": "エグチ", "久保": "クボ", "山口": "ヤマグチ", "坂本": "サカモト", "野田": "ノダ", "末松": "スエマツ",
           "健太": "ケンタ", "翔": "ショウ", "浩二": "コウジ", "大翔": "ヒロト", "直樹": "ナオキ", "和也": "カズヤ",
           "涼": "リョウ", "勇気": "ユウキ", "愛": "アイ", "麻衣": "マイ", "沙織": "サオリ", "美穂": "ミホ",
           "葵": "アオイ", "香織": "カオリ", "優子": "ユウコ", "七海": "ナナミ"}


def person(g: Gen, lang: str = "us", female: bool | None = None) -> tuple[str, str]:
    """A (given name, family name) pair of ``lang``."""
    if female is None:
        female = g.rnd.random() < 0.5
    if lang == "cz":
        return g.rnd.choice(CZ_GIVEN[female]), g.rnd.choice(CZ_FAMILY)[female]
    if lang == "ru":
        return g.rnd.choice(RU_GIVEN[female]), g.rnd.choice(RU_FAMILY)[female]
    male, fem, fam = NAMES[lang]
    return g.rnd.choice(fem if female else male), g.rnd.choice(fam)


def whole(g: Gen, lang: str = "us") -> str:
    a, b = person(g, lang)
    if lang == "ja":
        return f"{b} {a}"
    if lang == "nl" and b in NL_PREFIX:
        return f"{a} {NL_PREFIX[b]} {b}"
    return f"{a} {b}"


def given(g: Gen, lang: str = "us") -> str:
    return person(g, lang)[0]


def patronymic(g: Gen, female: bool) -> str:
    return g.rnd.choice(RU_PATRONYMICS)[female]


def plain(text: str) -> str:
    return "".join(ch for ch in fold(text).replace("ı", "i") if ch.isascii() and (ch.isalnum() or ch == "."))


_RU_LAT = dict(zip("абвгдеёжзийклмнопрстуфхцчшщъыьэюя",
                   ["a", "b", "v", "g", "d", "e", "e", "zh", "z", "i", "y", "k", "l", "m", "n", "o", "p", "r", "s",
                    "t", "u", "f", "kh", "ts", "ch", "sh", "shch", "", "y", "", "e", "yu", "ya"]))


def latin(text: str) -> str:
    """Cyrillic written in Latin letters (for e-mail addresses)."""
    return "".join(_RU_LAT.get(ch, ch) for ch in text.lower())


def email_of(g: Gen, first: str, last: str, domains: list[str]) -> str:
    a, b = plain(latin(first)) or "user", plain(latin(last)) or "mail"
    local = g.rnd.choice([f"{a}.{b}", f"{a[0]}{b}", f"{a}{g.rnd.randint(1, 99)}", f"{b}.{a}{g.rnd.randint(60, 99)}",
                          f"{a}_{b[:4]}"])
    return f"{local}@{g.rnd.choice(domains)}"


def romaji_email(g: Gen, domains: list[str]) -> str:
    """An e-mail of a Japanese person (romanized local part)."""
    local = g.rnd.choice(["kenta", "sho", "koji", "hiroto", "naoki", "ai", "mai", "saori", "miho", "aoi", "nanami",
                          "koga", "matsuo", "inoue"])
    return f"{local}{g.rnd.choice(['', '.', '_', '-'])}{g.rnd.randint(1, 9999)}@{g.rnd.choice(domains)}"


def login(first: str, last: str, style: int) -> str:
    a, b = plain(latin(first)).replace(".", ""), plain(latin(last)).replace(".", "")
    return [f"{a[0]}{b}"[:10], f"{a}.{b}", f"{b[:6]}{a[:2]}".upper()][style % 3]


DOMAINS: dict[str, list[str]] = {
    "us": ["gmail.com", "yahoo.com", "hotmail.com", "bresnan.net", "icloud.com"],
    "nz": ["gmail.com", "xtra.co.nz", "outlook.co.nz", "orcon.net.nz"],
    "gb": ["gmail.com", "hotmail.co.uk", "btinternet.com", "sky.com", "outlook.com"],
    "ng": ["gmail.com", "yahoo.com", "hotmail.com"],
    "au": ["gmail.com", "bigpond.com", "internode.on.net", "outlook.com.au", "icloud.com"],
    "in": ["gmail.com", "rediffmail.com", "yahoo.co.in", "outlook.com"],
    "ca": ["gmail.com", "shaw.ca", "mymts.net", "hotmail.com"],
    "it": ["libero.it", "gmail.com", "alice.it", "virgilio.it", "tiscali.it"],
    "br": ["gmail.com", "hotmail.com", "yahoo.com.br", "uol.com.br", "bol.com.br"],
    "nl": ["gmail.com", "hotmail.nl", "ziggo.nl", "kpnmail.nl", "live.nl"],
    "sv": ["gmail.com", "telia.com", "hotmail.se", "outlook.com", "bredband.net"],
    "cz": ["seznam.cz", "email.cz", "gmail.com", "centrum.cz", "post.cz"],
    "ru": ["mail.ru", "yandex.ru", "gmail.com", "bk.ru", "inbox.ru"],
    "ja": ["docomo.ne.jp", "ezweb.ne.jp", "softbank.ne.jp", "gmail.com", "yahoo.co.jp"],
}

# -- places (written for v136) -----------------------------------------------------------------------------------------

#: (town, ZIP) in south-west Montana
MT_TOWNS = [("Bozeman", "59715"), ("Livingston", "59047"), ("Belgrade", "59714"), ("Big Timber", "59011"),
            ("Three Forks", "59752"), ("Ennis", "59729"), ("Townsend", "59644"), ("Manhattan", "59741")]
MT_STREETS = ["Bridger Canyon Rd", "Cottonwood Rd", "Jackrabbit Ln", "Frontage Rd", "Gallatin Rd", "Mill Creek Rd",
              "Sypes Canyon Rd", "Love Ln", "Baxter Ln", "Shields River Rd N", "Axtell Anceney Rd", "Swan Creek Trl"]
#: (town, ZIP) in north-east Iowa
IA_TOWNS = [("DECORAH", 52101), ("CRESCO", 52136), ("WAUKON", 52172), ("CALMAR", 52132), ("OSSIAN", 52161),
            ("POSTVILLE", 52162), ("WEST UNION", 52175), ("SPILLVILLE", 52168)]
IA_STREETS = ["WATER ST", "TROUT RUN RD", "OLD STAGE RD", "POLE LINE RD", "QUARRY RD", "RIDGE RD", "120TH ST",
              "HIGHWAY 52", "LOCUST RD", "CANOE CREEK RD", "PINE CREEK DR", "MONT ST"]
#: (suburb, town, postcode) in Otago
NZ_PLACES = [("Roslyn", "Dunedin", "9010"), ("Mornington", "Dunedin", "9011"), ("St Clair", "Dunedin", "9012"),
             ("North East Valley", "Dunedin", "9010"), ("Mosgiel", "Mosgiel", "9024"),
             ("Port Chalmers", "Port Chalmers", "9023"), ("South Hill", "Oamaru", "9400"),
             ("Frankton", "Queenstown", "9300"), ("Albert Town", "Wānaka", "9305"), ("Alexandra", "Alexandra", "9320")]
NZ_STREETS = ["Highgate", "Kaikorai Valley Road", "Gordon Road", "Thames Street", "Centennial Avenue", "Frankton Road",
              "Ardmore Drive", "Tarbert Street", "Queens Drive", "Brockville Road", "Glenpark Avenue", "Aubrey Road"]
#: (town, outward code) around Nottingham
GB_PLACES = [("Nottingham", "NG7"), ("Nottingham", "NG3"), ("Beeston", "NG9"), ("Arnold", "NG5"),
             ("West Bridgford", "NG2"), ("Hucknall", "NG15"), ("Mansfield", "NG18"), ("Newark", "NG24"),
             ("Long Eaton", "NG10"), ("Carlton", "NG4")]
GB_STREETS = ["Mansfield Road", "Alfreton Road", "Derby Road", "Carlton Hill", "Wollaton Vale", "Trent Boulevard",
              "Hucknall Lane", "Chilwell Road", "Sneinton Dale", "Gregory Boulevard", "Bestwood Park Drive",
              "Valley Road"]
#: (area, LGA, postcode) in Lagos State
NG_PLACES = [("Ikeja", "Ikeja", "100271"), ("Surulere", "Surulere", "101283"), ("Yaba", "Lagos Mainland", "101245"),
             ("Lekki", "Eti-Osa", "105102"), ("Ikorodu", "Ikorodu", "104101"), ("Agege", "Agege", "100281"),
             ("Ajah", "Eti-Osa", "101245"), ("Festac Town", "Amuwo-Odofin", "102102"), ("Ojodu", "Ikeja", "100212")]
NG_STREETS = ["Allen Avenue", "Adeniran Ogunsanya Street", "Herbert Macaulay Way", "Admiralty Way", "Ikorodu Road",
              "Awolowo Way", "Bode Thomas Street", "Agege Motor Road", "Ogudu Road", "Ago Palace Way",
              "Olowu Street", "Isheri Road"]
#: (suburb, postcode) in Adelaide
AU_PLACES = [("Adelaide", "5000"), ("Norwood", "5067"), ("Glenelg", "5045"), ("Prospect", "5082"),
             ("Salisbury", "5108"), ("Mount Barker", "5251"), ("Marion", "5043"), ("Port Adelaide", "5015"),
             ("Unley", "5061"), ("Modbury", "5092")]
AU_STREETS = ["The Parade", "Jetty Road", "Prospect Road", "Magill Road", "Goodwood Road", "Port Road", "Unley Road",
              "Main North Road", "Henley Beach Road", "Fullarton Road", "Hancock Road", "Gawler Street"]
#: (town, PIN prefix) in Telangana
IN_PLACES = [("Hyderabad", "5000"), ("Secunderabad", "5000"), ("Kukatpally", "5000"), ("Gachibowli", "5000"),
             ("Warangal", "5060"), ("Karimnagar", "5050"), ("Nizamabad", "5030"), ("Khammam", "5070")]
IN_STREETS = ["Road No. 12, Banjara Hills", "KPHB Colony Phase 3", "Ameerpet X Roads", "Madhapur Main Road",
              "Dilsukhnagar", "Hanamkonda Chowrasta", "Tarnaka", "Kothapet", "Begumpet", "Miyapur", "Nallakunta",
              "Mangalhat"]
#: (town, FSA) in Manitoba
CA_PLACES = [("Winnipeg", "R3T"), ("Winnipeg", "R2K"), ("Winnipeg", "R3M"), ("Brandon", "R7A"),
             ("Steinbach", "R5G"), ("Selkirk", "R1A"), ("Portage la Prairie", "R1N"), ("Thompson", "R8N"),
             ("Winkler", "R6W"), ("Morden", "R6M")]
CA_STREETS = ["Pembina Hwy", "Portage Ave", "Main St", "Henderson Hwy", "Corydon Ave", "Regent Ave W",
              "Kenaston Blvd", "Rosser Ave", "Mountain Ave", "Provencher Blvd", "Selkirk Ave", "Lorne Ave"]
#: (comune, CAP, provincia, Belfiore code) in Puglia and Basilicata
IT_PLACES = [("Bari", "70121", "BA", "A662"), ("Bari", "70124", "BA", "A662"), ("Altamura", "70022", "BA", "A225"),
             ("Gravina in Puglia", "70024", "BA", "E155"), ("Molfetta", "70056", "BA", "F284"),
             ("Bitonto", "70032", "BA", "A893"), ("Monopoli", "70043", "BA", "F376"),
             ("Andria", "76123", "BT", "A285"), ("Matera", "75100", "MT", "F052")]
IT_STREETS = ["Via Sparano da Bari", "Corso Cavour", "Via Giulio Petroni", "Viale Japigia", "Via Fanelli",
              "Via Bitritto", "Strada Santa Caterina", "Via Pietro Oreste", "Corso Federico II",
              "Via Madonna della Croce", "Via Tenente Casale", "Largo Castello"]
#: (bairro, cidade, CEP prefix) in greater Belo Horizonte
BR_PLACES = [("Savassi", "Belo Horizonte", "30140"), ("Pampulha", "Belo Horizonte", "31270"),
             ("Barreiro", "Belo Horizonte", "30640"), ("Venda Nova", "Belo Horizonte", "31510"),
             ("Eldorado", "Contagem", "32315"), ("Centro", "Betim", "32600"), ("Vila da Serra", "Nova Lima", "34006"),
             ("General Carneiro", "Sabará", "34710"), ("Santa Tereza", "Belo Horizonte", "31010"),
             ("Lagoinha", "Lagoa Santa", "33230")]
BR_STREETS = ["Rua da Bahia", "Av. Afonso Pena", "Rua Pernambuco", "Av. Amazonas", "Rua Padre Eustáquio",
              "Rua Itapecerica", "Av. Cristiano Machado", "Rua Sergipe", "Rua Guajajaras", "Av. do Contorno",
              "Rua Platina", "Rua Mármore"]
#: (woonplaats, postcode digits) around Utrecht
NL_PLACES = [("Utrecht", "3511"), ("Utrecht", "3581"), ("Utrecht", "3531"), ("Nieuwegein", "3431"),
             ("Zeist", "3701"), ("Houten", "3991"), ("Amersfoort", "3811"), ("IJsselstein", "3401"),
             ("Veenendaal", "3901"), ("Woerden", "3441")]
NL_STREETS = ["Biltstraat", "Amsterdamsestraatweg", "Oudegracht", "Kanaalstraat", "Vleutenseweg",
              "Laan van Nieuw Guinea", "Slotlaan", "Lange Nieuwstraat", "Utrechtseweg", "Rijnstraat", "Merelstraat",
              "Steenweg"]
#: (postort, postnummer prefix) in Skåne
SE_PLACES = [("Malmö", "211"), ("Malmö", "214"), ("Malmö", "217"), ("Lund", "222"), ("Lund", "224"),
             ("Helsingborg", "252"), ("Trelleborg", "231"), ("Landskrona", "261"), ("Eslöv", "241"), ("Ystad", "271")]
SE_STREETS = ["Amiralsgatan", "Föreningsgatan", "Södra Förstadsgatan", "Lundavägen", "Stora Södergatan",
              "Kullagatan", "Ystadvägen", "Möllevångsgatan", "Regementsgatan", "Norra Vallgatan", "Östra Mårtensgatan",
              "Rönnbärsvägen"]
#: (obec, PSČ) in South Moravia
CZ_PLACES = [("Brno", "602 00"), ("Brno", "612 00"), ("Brno", "615 00"), ("Brno", "625 00"), ("Blansko", "678 01"),
             ("Kuřim", "664 34"), ("Vyškov", "682 01"), ("Šlapanice", "664 51"), ("Tišnov", "666 01"),
             ("Břeclav", "690 02")]
CZ_STREETS = ["Lidická", "Husova", "Cejl", "Kounicova", "Palackého třída", "Vídeňská", "Štefánikova", "Masarykova",
              "Křenová", "Bystrcká", "Jugoslávská", "Slovinská"]
#: (город, индекс prefix) in Novosibirsk oblast and around
RU_PLACES = [("Новосибирск", "630"), ("Новосибирск", "630"), ("Бердск", "633"), ("Искитим", "633"),
             ("Обь", "633"), ("Кольцово", "630"), ("Академгородок", "630"), ("Барнаул", "656"), ("Томск", "634")]
RU_STREETS = ["ул. Ленина", "Красный пр-т", "ул. Гоголя", "ул. Кирова", "ул. Станиславского",
              "ул. Богдана Хмельницкого", "ул. Титова", "пр-т Карла Маркса", "ул. Фрунзе", "Морской пр-т",
              "ул. Ватутина", "ул. Петухова"]
#: (市区町村, 〒 prefix) in Fukuoka prefecture
JA_PLACES = [("福岡市中央区", "810"), ("福岡市博多区", "812"), ("福岡市東区", "813"), ("福岡市早良区", "814"),
             ("北九州市小倉北区", "802"), ("久留米市", "830"), ("春日市", "816"), ("糸島市", "819"),
             ("飯塚市", "820")]
JA_BLOCKS = ["天神2丁目5-10", "大名1丁目3-7", "博多駅前3丁目21-4", "香椎駅前1-8-12", "西新4丁目6-3", "魚町2丁目1-15",
             "東町3-14-2", "春日原北町2-9", "前原中央1-4-27", "新飯塚7-3"]
JA_BUILDINGS = ["", "", "", " ハイツ大名201", " コーポ香椎303", " グランメゾン西新805", " サンハイム102"]


def street(g: Gen, streets: list[str], lang: str = "us") -> str:
    s = g.rnd.choice(streets)
    n = g.rnd.randint(2, 9_800) if lang == "us" else g.rnd.randint(1, 180)
    if lang in ("it", "cz", "nl", "sv"):
        return f"{s} {n}" if lang != "it" else f"{s}, {n}"
    if lang == "br":
        return f"{s}, {n}"
    if lang == "ru":
        flat = f", кв. {g.rnd.randint(1, 240)}" if g.rnd.random() < 0.8 else ""
        return f"{s}, д. {n}{flat}"
    if lang == "in":
        return f"H.No. {g.rnd.randint(1, 20)}-{g.rnd.randint(1, 9)}-{g.rnd.randint(1, 900)}, {s}"
    return f"{n} {s}"


# -- identifiers (check digits computed and checked with python-stdnum) ------------------------------------------------


def us_ssn(g: Gen, dashed: bool = True) -> str:
    def make() -> str:
        return f"{g.rnd.randint(1, 772):03d}{g.rnd.randint(1, 99):02d}{g.rnd.randint(1, 9999):04d}"

    d = g.valid(make, _ssn.is_valid)
    return f"{d[:3]}-{d[3:5]}-{d[5:]}" if dashed else d


def ssn_decoy(g: Gen) -> str:
    """Nine digits starting with 9 (a work order or account number: never a valid SSN)."""
    return g.valid(lambda: "9" + g.digits(8), lambda x: not _ssn.is_valid(x))


def uk_licence(surname: str, first: str, middle: str, born: date, female: bool, g: Gen) -> str:
    """A GB driving licence number: the surname's first five letters, the birth date with the month plus 50 for
    women, the initials, a digit and two letters."""
    letters = "".join(ch for ch in fold(surname).upper() if ch.isalpha())
    head = (letters + "99999")[:5]
    month = born.month + (50 if female else 0)
    initials = (fold(first)[:1] + (fold(middle)[:1] if middle else "9")).upper()
    return f"{head}{born.year % 100 // 10}{month:02d}{born.day:02d}{born.year % 10}{initials}9" \
           f"{g.rnd.choice(string.ascii_uppercase)}{g.rnd.choice(string.ascii_uppercase)}"


def uk_licence_birth(value: str) -> tuple[int, int, int]:
    """(decade digit and year digit as a two-digit year, month, day) a GB driving licence number encodes."""
    month = int(value[6:8]) % 50
    return int(value[5] + value[10]), month, int(value[8:10])


def imei(g: Gen) -> str:
    tac = g.rnd.choice(["35328611", "35391810", "35698309", "35420311", "86891103", "35175605", "35465811"])
    body = tac + g.digits(6)
    d = body + luhn.calc_check_digit(body)
    assert _imei.is_valid(d)
    return d


def iccid(g: Gen, country: str) -> str:
    body = "89" + country + g.digits(18 - len(country) - 2)
    return body + luhn.calc_check_digit(body)


def card(g: Gen) -> str:
    body = g.rnd.choice(["4", "4", "5"]) + g.digits(14) if g.rnd.random() < 0.7 else "636368" + g.digits(9)
    d = body + luhn.calc_check_digit(body)
    return f"{d[:4]} {d[4:8]} {d[8:12]} {d[12:]}" if g.rnd.random() < 0.5 else d


def aadhaar(g: Gen, spaced: bool = True) -> str:
    d = g.valid(lambda: str(g.rnd.randint(2, 9)) + g.digits(11), _aadhaar.is_valid)
    return f"{d[:4]} {d[4:8]} {d[8:]}" if spaced else d


def aadhaar_decoy(g: Gen) -> str:
    """Twelve digits failing Aadhaar's Verhoeff check (an order number)."""
    return g.valid(lambda: str(g.rnd.randint(2, 9)) + g.digits(11), lambda x: not _aadhaar.is_valid(x))


def pan(g: Gen, surname: str) -> str:
    letter = (fold(surname)[:1] or "x").upper()
    d = g.code("AAA") + "P" + letter + g.code("9999A")
    assert _pan.is_valid(d)
    return d


_CF_MONTHS = "ABCDEHLMPRST"


def codice_fiscale(first: str, last: str, born: date, female: bool, belfiore: str) -> str:
    """The Italian codice fiscale of a person (no homocode substitution)."""
    def parts(text: str) -> tuple[list[str], list[str]]:
        letters = [ch for ch in fold(text).upper() if ch.isalpha()]
        return [ch for ch in letters if ch not in "AEIOU"], [ch for ch in letters if ch in "AEIOU"]

    cons, vow = parts(last)
    sur = "".join(cons + vow + ["X", "X", "X"])[:3]
    cons, vow = parts(first)
    if len(cons) >= 4:
        cons = [cons[0], cons[2], cons[3]]
    name = "".join(cons + vow + ["X", "X", "X"])[:3]
    body = f"{sur}{name}{born.year % 100:02d}{_CF_MONTHS[born.month - 1]}{born.day + (40 if female else 0):02d}" \
           f"{belfiore}"
    return body + _cf.calc_check_digit(body)


def partita_iva(g: Gen) -> str:
    body = "0" + g.digits(6) + g.rnd.choice(["072", "077"])
    d = body + luhn.calc_check_digit(body)
    assert _iva.is_valid(d)
    return d


def cpf(g: Gen, dotted: bool = True) -> str:
    d = g.valid(lambda: g.digits(11), lambda x: _cpf.is_valid(x) and len(set(x)) > 1)
    return _cpf.format(d) if dotted else d


def cpf_decoy(g: Gen) -> str:
    """Eleven digits failing the CPF check (a boleto's nosso número)."""
    return g.valid(lambda: g.digits(11), lambda x: not _cpf.is_valid(x))


def cnpj(g: Gen) -> str:
    body = g.digits(8) + "0001"
    return _cnpj.format(body + _cnpj.calc_check_digits(body))


def nl_iban(g: Gen) -> str:
    bban = g.rnd.choice(["ABNA", "INGB", "RABO", "SNSB", "TRIO", "ASNB", "BUNQ", "KNAB"]) + g.digits(10)
    number = "NL" + _iban.calc_check_digits("NL00" + bban) + bban
    assert _iban.is_valid(number)
    return _iban.format(number) if g.rnd.random() < 0.6 else number


def nl_document(g: Gen) -> str:
    alpha = "ABCDEFGHIJKLMNPQRSTUVWXYZ"
    return g.valid(lambda: g.rnd.choice(["N", "I", "B", "S"]) + g.digits(1, alpha) + g.digits(6, alpha + "123456789")
                   + g.digits(1, "123456789"), _nl_doc.is_valid)


def be_eid(g: Gen) -> str:
    body = "59" + g.digits(8)
    check = int(body) % 97 or 97
    d = f"{body}{check:02d}"
    assert _be_eid.is_valid(d)
    return _be_eid.format(d)


def de_ausweis(g: Gen) -> str:
    """A German identity card number's shape (nine characters of the card's alphabet; no check here)."""
    alpha = "CFGHJKLMNPRTVWXYZ"
    return g.rnd.choice("LMNPRT") + g.digits(8, alpha + "0123456789")


_PL_VALUES = {ch: i for i, ch in enumerate(string.digits + string.ascii_uppercase)}


def pl_dowod(g: Gen) -> str:
    """A Polish identity card number (three letters, a check digit and five digits)."""
    head, tail = g.code("AAA"), g.digits(5)
    weights = (7, 3, 1, 7, 3, 1, 7, 3)
    total = sum(w * _PL_VALUES[ch] for w, ch in zip(weights, head + tail))
    return f"{head}{total % 10}{tail}"


def pl_dowod_is_valid(value: str) -> bool:
    if len(value) != 9 or not value[:3].isalpha() or not value[3:].isdigit():
        return False
    weights = (7, 3, 1, 9, 7, 3, 1, 7, 3)
    return sum(w * _PL_VALUES[ch] for w, ch in zip(weights, value.upper())) % 10 == 0


def personnummer(g: Gen, born: date, twelve: bool) -> str:
    body = f"{born.year % 100:02d}{born.month:02d}{born.day:02d}{g.digits(3)}"
    d = body + luhn.calc_check_digit(body)
    number = f"{born.year // 100}{d[:6]}-{d[6:]}" if twelve else f"{d[:6]}-{d[6:]}"
    assert _pnr.is_valid(number)
    return number


def luhn_decoy(g: Gen, n: int) -> str:
    """``n`` digits failing the Luhn check (shaped like a personnummer)."""
    return g.valid(lambda: g.digits(n), lambda x: not luhn.is_valid(x))


def orgnr(g: Gen) -> str:
    body = g.rnd.choice(["55", "556", "559"]) + g.digits(6)
    body = (body + g.digits(9))[:9]
    d = body + luhn.calc_check_digit(body)
    assert _orgnr.is_valid(d)
    return f"{d[:6]}-{d[6:]}"


def rodne_cislo(g: Gen, born: date, female: bool, slash: bool = True) -> str:
    head = f"{born.year % 100:02d}{born.month + (50 if female else 0):02d}{born.day:02d}"

    def make() -> str:
        body = head + g.digits(3)
        return body + str(int(body) % 11 % 10)

    d = g.valid(make, _rc.is_valid)
    return f"{d[:6]}/{d[6:]}" if slash else d


def rc_decoy(g: Gen) -> str:
    """Ten digits failing the rodné číslo's check (a contract number)."""
    return g.valid(lambda: g.rnd.choice(["20", "21", "22", "23", "24", "25"]) + g.digits(8),
                   lambda x: not _rc.is_valid(x))


def cz_account(g: Gen) -> str:
    """A Czech domestic bank account (``[prefix-]number/bank``) passing its mod 11 checks."""
    def make() -> str:
        root = g.digits(g.rnd.choice([9, 10]))
        prefix = "" if g.rnd.random() < 0.7 else g.rnd.choice(["19", "35", "670100"]) + "-"
        return f"{prefix}{root.lstrip('0') or '1'}/{g.rnd.choice(['0100', '0300', '0800', '2010', '0600', '5500'])}"

    return g.valid(make, _cz_account.is_valid)


def ico(g: Gen) -> str:
    return g.valid(lambda: g.digits(8), lambda x: x[0] != "9" and _cz_dic.is_valid(x))


def ru_inn(g: Gen) -> str:
    body = g.rnd.choice(["54", "54", "42", "22", "70"]) + g.digits(8)
    return body + _inn.calc_personal_check_digits(body)


def inn_decoy(g: Gen) -> str:
    """Twelve digits failing the personal INN's check (a personal account number)."""
    return g.valid(lambda: "54" + g.digits(10), lambda x: not _inn.is_valid(x))


def snils_check(body: str) -> str:
    total = sum(int(ch) * (9 - i) for i, ch in enumerate(body))
    if total > 101:
        total %= 101
    return "00" if total in (100, 101) else f"{total:02d}"


def snils_is_valid(value: str) -> bool:
    """Whether ``value`` is a valid Russian SNILS (``123-456-789 01``: nine digits and their check number)."""
    d = "".join(ch for ch in value if ch.isdigit())
    return len(d) == 11 and int(d[:9]) > 1_001_998 and snils_check(d[:9]) == d[9:]


def snils(g: Gen) -> str:
    body = str(g.rnd.randint(1, 999)).zfill(3) + g.digits(6)
    body = body if int(body) > 1_001_998 else "1" + body[1:]
    d = body + snils_check(body)
    assert snils_is_valid(d)
    return f"{d[:3]}-{d[3:6]}-{d[6:9]} {d[9:]}"


def ogrn(g: Gen) -> str:
    body = "1" + g.rnd.choice(["02", "05", "10", "15"]) + "54" + g.digits(7)
    d = body + _ogrn.calc_check_digit(body + "0")
    assert _ogrn.is_valid(d)
    return d


def ru_passport(g: Gen) -> str:
    return f"{g.rnd.choice(['50', '52', '54', '01', '69'])}{g.digits(2)} {g.digits(6)}"


def central_asian_passport(g: Gen) -> str:
    """A passport of Uzbekistan (two letters, seven digits), Tajikistan (nine digits) or Kyrgyzstan (two letters,
    seven digits)."""
    return g.rnd.choice([g.rnd.choice(["FA", "AD", "AB"]) + g.digits(7), "40" + g.digits(7),
                         g.rnd.choice(["AC", "ID"]) + g.digits(7)])


def ja_licence(g: Gen) -> str:
    return "91" + g.digits(10)


# -- telecom vocabulary (written for v136) -----------------------------------------------------------------------------

MT_PLANS = ["Ranch 25", "Valley 50", "Summit 100", "Summit 250", "Seasonal Cabin"]
MT_TOWERS = ["Bridger Ridge AP3", "Sourdough Hill AP1", "Livingston Peak AP2", "Madison Bench AP4", "Horseshoe Hills"]
NZ_CONTRACTORS = [("Taieri Civil & Fibre Ltd", "Mosgiel"), ("Clutha Cable Crew", "Balclutha"),
                  ("Peninsula Networks Ltd", "Dunedin")]
UK_DEVICES = ["iPhone 16 128GB", "Galaxy S25 256GB", "Pixel 9a", "Galaxy A56", "iPhone 15 Pro 256GB", "Moto g85"]
UK_STORES = [("Trent Mobile Victoria Centre", "Victoria Centre, Milton Street, Nottingham NG1 3QN"),
             ("Trent Mobile Mansfield", "4 Four Seasons Centre, Mansfield NG18 1SU"),
             ("Trent Mobile Beeston", "11 High Road, Beeston NG9 2JP")]
NG_DEALERS = ["Kolawole Telecoms Ventures", "Ikeja SIM Hub Ltd", "Ajah Connect Enterprises", "Eko Airtime Depot"]
AU_CATEGORIES = ["Dropouts", "Slow speeds", "Billing dispute", "Move home", "Modem faulty", "NBN appointment",
                 "Cancel service", "Email setup"]
IA_EXCHANGES = ["DCRHIAXA", "CRSCIAXA", "WKONIAXA", "PSVLIAXA"]
IN_PLANS = ["BB-100M-FUP", "BB-300M-UL", "BB-50M-LITE", "BB-1G-BIZ", "IPTV-ADDON"]
CA_PASSES = [("RP-US-DAY", "US"), ("RP-US-30", "US"), ("RP-INTL-DAY", "World"), ("RP-EU-7", "EU+"),
             ("RP-MX-7", "Mexico")]
CA_NETWORKS = ["310260 T-Mobile US", "310410 AT&T", "334020 Telcel", "23415 Vodafone UK", "20810 SFR",
               "21407 Movistar"]
IT_SUBCONTRACTORS = ["Murgia Impianti Srl", "Tecnofibra Adriatica Snc", "Levante Reti Soc. Coop."]
BR_PLANS = ["Fibra 300 Mega", "Fibra 500 Mega", "Fibra 1 Giga", "Fibra 600 + TV", "Rural 20 Mega"]
NL_DONORS = ["KPN", "Vodafone", "Odido", "Lebara", "Simyo", "Ben", "Lycamobile", "Youfone"]
SE_DEVICES = ["iPhone 16 128 GB", "Samsung Galaxy S25", "Google Pixel 9", "Samsung Galaxy A36", "iPhone 16e",
              "Fairphone 5"]
CZ_TARIFS = ["Optika 250", "Optika 500", "Optika 1000", "Vzduch 50", "Vzduch 100"]
RU_TARIFS = ["Мой Онлайн", "Безлимит+", "Семейный", "Для планшета", "Корпоративный"]
JA_DONORS = ["NTTドコモ", "au (KDDI)", "ソフトバンク", "楽天モバイル", "ワイモバイル", "UQモバイル"]
