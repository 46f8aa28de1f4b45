"""Values of held-out set v29 (:mod:`benchmarks.classification.heldout_v29`): v29's random source, names, streets,
cities and institutions written by hand for v29 (no Faker, no list of real people), phones checked with phonenumbers
and identifiers with check digits computed and checked with python-stdnum.

Self-contained: nothing here is imported from the value modules of earlier sets; only the ``Column`` class is shared.
The generic ``Gen`` helpers were copied from v27's value module (phones without the US branch); the lists are new.
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
from stdnum.cz import rc as _rc
from stdnum.de import idnr as _idnr
from stdnum.dk import cpr as _cpr
from stdnum.es import dni as _dni
from stdnum.es import nie as _nie
from stdnum.fr import nir as _nir
from stdnum.gr import amka as _amka
from stdnum.gr import vat as _gr_vat
from stdnum.iso7064 import mod_11_10
from stdnum.jp import in_ as _mynumber
from stdnum.nl import bsn as _bsn
from stdnum.pl import nip as _nip
from stdnum.pl import pesel as _pesel
from stdnum.pt import nif as _nif
from stdnum.ru import inn as _inn
from stdnum.tr import tckimlik as _tc
from stdnum.ua import rntrc as _rntrc

from benchmarks.classification.heldout_v2 import Column

SEED = 29_131_2026
N = "none"
#: a login or user id (review, as in v5 to v27)
USERNAME = "unclassified"
#: NULL-like strings of v29's systems (tests skip them)
NULLISH: tuple[str, ...] = (
    "", " ", "-", "--", "NULL", "null", "n/a", "N/A", "none", "None", "?", "#N/A", "k.A.", "keine", "ingen",
    "nic", "brak", "žádné", "yok", "-", "geen", "nenhum", "ninguna", "aucun", "néant", "なし", "нет", "немає",
    "—", "κανένα", "0", "*")


def fold(text: str) -> str:
    text = unicodedata.normalize("NFKD", text.lower())
    return "".join(ch for ch in text if not unicodedata.combining(ch)).replace("ß", "ss").replace("'", "")


class Gen:
    """The random source of one table: ``rows`` rows, seeded from :data:`SEED` and ``table``."""

    def __init__(self, table: str, rows: int) -> None:
        self.table = table
        self.rows = rows
        self.rnd = random.Random(f"v29:{SEED}:{table}")

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

    def floats(self, lo: float, hi: float, digits: int) -> list[float]:
        return [round(self.rnd.uniform(lo, hi), digits) for _ in range(self.rows)]

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

    def md5(self) -> str:
        return hashlib.md5(str(self.rnd.random()).encode(), usedforsecurity=False).hexdigest()

    def version(self) -> str:
        return f"{self.rnd.randint(1, 9)}.{self.rnd.randint(0, 24)}.{self.rnd.randint(0, 40)}"

    def ipv4(self) -> str:
        first = self.rnd.choice([31, 46, 62, 77, 81, 85, 89, 91, 93, 95, 109, 151, 176, 185, 213])
        return f"{first}.{self.rnd.randint(0, 255)}.{self.rnd.randint(0, 255)}.{self.rnd.randint(1, 254)}"

    def ipv6(self) -> str:
        head = self.rnd.choice(["2a01", "2a02", "2a03", "2001", "2a00"])
        return head + ":" + ":".join(f"{self.rnd.randint(0, 0xFFFF):x}" for _ in range(7))

    def ip(self, v6: float = 0.3) -> str:
        return self.ipv6() if self.rnd.random() < v6 else self.ipv4()

    # -- phones
    def phone(self, region: str, fmt: str = "e164", mobile: bool = True) -> str:
        kind = phonenumbers.PhoneNumberType.MOBILE if mobile else phonenumbers.PhoneNumberType.FIXED_LINE
        example = phonenumbers.example_number_for_type(region, kind)
        nsn = phonenumbers.national_significant_number(example)
        keep = max(len(nsn) - 6, 1)

        def make() -> str:
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
        if fmt == "spaced":
            return national.replace("-", " ").replace("(", "").replace(")", "")
        return national

    def phones(self, region: str, formats: dict[str, float], mobile: float = 1.0, null: float = 0.0) -> list[Any]:
        names, weights = list(formats), list(formats.values())
        return self.col(lambda: self.phone(region, self.rnd.choices(names, weights)[0], self.rnd.random() < mobile),
                        null)


def c(name: str, kind: str, sql_type: str, values: list[Any], *tags: str) -> Column:
    """One labeled column."""
    return Column(name, kind, sql_type, values, frozenset(tags))



# -- names (written for v29) -------------------------------------------------------------------------------------------

#: language -> (male given names, female given names, family names); Polish, Czech and Greek family names take
#: their feminine form through ``person``
NAMES: dict[str, tuple[list[str], list[str], list[str]]] = {
    "de": (["Wendelin", "Ansgar", "Eberhard", "Florian", "Gernot", "Hartmut", "Lennart", "Quirin", "Volker"],
           ["Adelheid", "Brunhilde", "Friederike", "Gesine", "Hannelore", "Liselotte", "Mechthild", "Roswitha"],
           ["Brockmeier", "Dittrich", "Eichhorn", "Fassbender", "Hollerbach", "Kesselring", "Lindemann",
            "Niederhuber", "Oberländer", "Rautenberg", "Schwarzkopf", "Wendt"]),
    "da": (["Asger", "Bjarke", "Esben", "Frederik", "Halfdan", "Kasper", "Mads", "Rasmus", "Valdemar"],
           ["Agnete", "Birthe", "Dagmar", "Ellen", "Freja", "Karen", "Mette", "Sidsel", "Tove"],
           ["Bundgaard", "Dalsgaard", "Fogh", "Kjærsgaard", "Lauridsen", "Mortensen", "Søndergaard", "Thygesen",
            "Vestergaard", "Østergaard"]),
    "cs": (["Bořivoj", "Dalibor", "Jaromír", "Kryštof", "Ladislav", "Radek", "Vojtěch", "Zbyněk"],
           ["Blažena", "Dagmar", "Jarmila", "Květa", "Ludmila", "Radka", "Vlasta", "Zdeňka"],
           ["Bartoš", "Doležal", "Havlíček", "Kopecký", "Mráček", "Pospíšil", "Šťastný", "Vondráček", "Zeman"]),
    "tr": (["Alper", "Berkay", "Cengiz", "Emre", "Kaan", "Mert", "Oğuzhan", "Serkan", "Tolga"],
           ["Ayşegül", "Betül", "Derya", "Ebru", "Gülşen", "Melike", "Nazlı", "Pınar", "Şule"],
           ["Akgündüz", "Bayraktar", "Çelikkaya", "Demirtaş", "Erdoğmuş", "Karaca", "Öztürk", "Şahinler",
            "Yıldırım"]),
    "el": (["Γιώργος", "Δημήτρης", "Θανάσης", "Κωνσταντίνος", "Μιχάλης", "Νικόλαος", "Παναγιώτης", "Σπύρος"],
           ["Αικατερίνη", "Δέσποινα", "Ελένη", "Ευαγγελία", "Μαρία", "Σοφία", "Χρυσούλα", "Φωτεινή"],
           ["Αλεξίου", "Βασιλόπουλος", "Γεωργιάδης", "Καραγιάννης", "Μαυρίδης", "Παπαδόπουλος", "Σταματόπουλος",
            "Τσακίρης"]),
    "nl": (["Bram", "Coen", "Diederik", "Gijs", "Joost", "Maarten", "Rutger", "Sjoerd", "Wouter"],
           ["Anneke", "Femke", "Geertje", "Ilse", "Marieke", "Noortje", "Sanne", "Tjitske", "Wilma"],
           ["van Dijk", "de Graaf", "Hoekstra", "Kuipers", "van der Meulen", "Mulder", "Postma", "Smits",
            "Verhoeven", "de Wit"]),
    "pl": (["Bartosz", "Grzegorz", "Jarosław", "Kazimierz", "Łukasz", "Przemysław", "Wojciech", "Zbigniew"],
           ["Agnieszka", "Bożena", "Danuta", "Grażyna", "Jadwiga", "Małgorzata", "Urszula", "Żaneta"],
           ["Brzozowski", "Dąbrowski", "Grabowski", "Jabłoński", "Kaczmarek", "Pietrzak", "Szczepański",
            "Wróblewski", "Zieliński"]),
    "pt": (["Afonso", "Duarte", "Gonçalo", "Henrique", "Rodrigo", "Sebastião", "Tiago", "Vasco"],
           ["Beatriz", "Carolina", "Filipa", "Inês", "Leonor", "Mafalda", "Matilde", "Teresa"],
           ["Albuquerque", "Carvalho", "Figueiredo", "Magalhães", "Nogueira", "Quaresma", "Sequeira", "Teixeira",
            "Vasconcelos"]),
    "es": (["Aurelio", "Casimiro", "Eusebio", "Gonzalo", "Iñaki", "Marcelino", "Rigoberto", "Valentín"],
           ["Almudena", "Begoña", "Covadonga", "Encarnación", "Inmaculada", "Montserrat", "Nieves", "Remedios"],
           ["Arrieta", "Berenguer", "Cifuentes", "Escudero", "Goicoechea", "Llorente", "Quintana", "Urquijo"]),
    "fr": (["Anatole", "Barthélemy", "Désiré", "Évariste", "Gaspard", "Lucien", "Octave", "Thibault"],
           ["Bérangère", "Clémence", "Eulalie", "Ghislaine", "Héloïse", "Mireille", "Solange", "Violette"],
           ["Beaumont", "Chevallier", "Delacroix", "Fourcade", "Lemaire", "Marchetti", "Rousseau", "Vasseur"]),
    "uk": (["Богдан", "Ярослав", "Тарас", "Остап", "Мирослав", "Назар", "Олексій", "Святослав"],
           ["Оксана", "Соломія", "Ганна", "Марія", "Уляна", "Зоряна", "Ірина", "Христина"],
           ["Шевчук", "Бондаренко", "Кравчук", "Мельник", "Ковальчук", "Савчук", "Гнатюк", "Лисенко"]),
    "ru": (["Аркадий", "Геннадий", "Евгений", "Леонид", "Никита", "Тимофей", "Всеволод", "Роман"],
           ["Алевтина", "Варвара", "Елизавета", "Людмила", "Полина", "Таисия", "Ульяна", "Вероника"],
           ["Белоусов", "Воробьёв", "Громов", "Дроздов", "Журавлёв", "Колесников", "Соколов", "Тихонов"]),
}

#: Japanese names: (kanji, katakana reading, romanization)
JA_FAMILY = [("佐々木", "ササキ", "Sasaki"), ("高橋", "タカハシ", "Takahashi"), ("渡辺", "ワタナベ", "Watanabe"),
             ("山口", "ヤマグチ", "Yamaguchi"), ("松本", "マツモト", "Matsumoto"), ("井上", "イノウエ", "Inoue"),
             ("木村", "キムラ", "Kimura"), ("清水", "シミズ", "Shimizu"), ("森田", "モリタ", "Morita"),
             ("石川", "イシカワ", "Ishikawa"), ("前田", "マエダ", "Maeda"), ("藤原", "フジワラ", "Fujiwara")]
JA_GIVEN_M = [("健太", "ケンタ", "Kenta"), ("翔", "ショウ", "Sho"), ("大輔", "ダイスケ", "Daisuke"),
              ("拓也", "タクヤ", "Takuya"), ("浩二", "コウジ", "Koji"), ("悠斗", "ユウト", "Yuto")]
JA_GIVEN_F = [("美咲", "ミサキ", "Misaki"), ("陽菜", "ヒナ", "Hina"), ("由美子", "ユミコ", "Yumiko"),
              ("恵", "メグミ", "Megumi"), ("彩", "アヤ", "Aya"), ("千尋", "チヒロ", "Chihiro")]

_FEMININE = {"pl": (("ski", "ska"), ("cki", "cka"), ("dzki", "dzka")), "cs": (("ý", "á"),),
             "el": (("ος", "ου"), ("ης", "η"))}


def _feminine(last: str, lang: str) -> str:
    for male, female in _FEMININE.get(lang, ()):
        if last.endswith(male):
            return last[: -len(male)] + female
    if lang == "cs" and not last.endswith("á"):
        return last + ("ová" if not last.endswith("a") else "")
    if lang == "ru" and last[-1] in "вн":
        return last + "а"
    return last


def person(g: Gen, lang: str, female: bool | None = None) -> tuple[str, str]:
    female = g.rnd.random() < 0.5 if female is None else female
    males, females, lasts = NAMES[lang]
    last = g.rnd.choice(lasts)
    return g.rnd.choice(females if female else males), _feminine(last, lang) if female else last


def whole(g: Gen, lang: str) -> str:
    a, b = person(g, lang)
    return f"{a} {b}"


def given(g: Gen, lang: str) -> str:
    return person(g, lang)[0]


def ja_person(g: Gen, female: bool | None = None) -> tuple[tuple[str, str, str], tuple[str, str, str]]:
    """((family kanji, kana, romaji), (given kanji, kana, romaji))."""
    female = g.rnd.random() < 0.5 if female is None else female
    return g.rnd.choice(JA_FAMILY), g.rnd.choice(JA_GIVEN_F if female else JA_GIVEN_M)


#: Cyrillic -> Latin for e-mail local parts (Ukrainian and Russian)
_CYR = dict(zip("абвгґдеєжзиіїйклмнопрстуфхцчшщьюяыэёъ",
                ["a", "b", "v", "h", "g", "d", "e", "ie", "zh", "z", "y", "i", "i", "i", "k", "l", "m", "n", "o",
                 "p", "r", "s", "t", "u", "f", "kh", "ts", "ch", "sh", "shch", "", "iu", "ia", "y", "e", "e", ""],
                strict=True))
_GREEK = dict(zip("αβγδεζηθικλμνξοπρσςτυφχψωάέήίόύώ",
                  ["a", "v", "g", "d", "e", "z", "i", "th", "i", "k", "l", "m", "n", "x", "o", "p", "r", "s", "s",
                   "t", "y", "f", "ch", "ps", "o", "a", "e", "i", "i", "o", "y", "o"], strict=True))


def plain(text: str) -> str:
    low = text.lower()
    low = "".join(_CYR.get(ch, _GREEK.get(ch, ch)) for ch in low)
    return "".join(ch for ch in fold(low) if ch.isalnum() and ch.isascii())


def email_of(g: Gen, first: str, last: str, domains: list[str]) -> str:
    a, b = plain(first), plain(last)
    local = g.rnd.choice([f"{a}.{b}", f"{a[0]}{b}", f"{a}{g.rnd.randint(1, 99)}", f"{b}.{a[0]}", f"{a}_{b}",
                          f"{a}{b[0]}{g.rnd.randint(60, 99)}"])
    return f"{local}@{g.rnd.choice(domains)}"


def login(first: str, last: str, style: int) -> str:
    a, b = plain(first), plain(last)
    return [f"{a[0]}{b}", f"{a}.{b}", f"{b[:6]}{a[0]}", f"{a}_{b[0]}", f"{b}{a[:2]}"][style % 5]


DOMAINS = {"de": ["web.de", "gmx.de", "t-online.de", "posteo.de"], "da": ["jubii.dk", "mail.dk", "gmail.com"],
           "cs": ["seznam.cz", "email.cz", "centrum.cz"], "tr": ["hotmail.com", "gmail.com", "yandex.com.tr"],
           "el": ["yahoo.gr", "otenet.gr", "gmail.com"], "nl": ["ziggo.nl", "kpnmail.nl", "hotmail.nl"],
           "pl": ["wp.pl", "onet.pl", "interia.pl", "o2.pl"], "pt": ["sapo.pt", "gmail.com", "iol.pt"],
           "es": ["telefonica.net", "gmail.com", "hotmail.es"], "fr": ["orange.fr", "free.fr", "laposte.net"],
           "ja": ["docomo.ne.jp", "ezweb.ne.jp", "gmail.com", "yahoo.co.jp"],
           "uk": ["ukr.net", "i.ua", "gmail.com"], "ru": ["mail.ru", "yandex.ru", "rambler.ru"]}


# -- places (written for v29) ------------------------------------------------------------------------------------------

#: language -> (city, postcode maker layout, region or municipality code)
CITIES: dict[str, list[tuple[str, str, str]]] = {
    "de": [("Gütersloh", "3333", "05754008"), ("Wolfenbüttel", "3830", "03158037"), ("Rosenheim", "8302", "09163000"),
           ("Bamberg", "9604", "09461000"), ("Neumünster", "2453", "01004000"), ("Schwäbisch Hall", "7452",
                                                                                   "08127076")],
    "da": [("Vejle", "71", "630"), ("Herning", "74", "657"), ("Svendborg", "57", "479"), ("Viborg", "88", "791"),
           ("Holbæk", "43", "316")],
    "cs": [("Olomouc", "779", "CZ0712"), ("Hradec Králové", "500", "CZ0521"), ("Jihlava", "586", "CZ0632"),
           ("Zlín", "760", "CZ0724"), ("Tábor", "390", "CZ0317")],
    "tr": [("Eskişehir", "26", "26"), ("Kayseri", "38", "38"), ("Trabzon", "61", "61"), ("Denizli", "20", "20"),
           ("Sakarya", "54", "54")],
    "el": [("Λάρισα", "41", "ΘΕΣ"), ("Πάτρα", "26", "ΔΕΛ"), ("Ηράκλειο", "71", "ΚΡΗ"), ("Βόλος", "38", "ΘΕΣ"),
           ("Ιωάννινα", "45", "ΗΠΕ")],
    "nl": [("Zwolle", "80", "0193"), ("Leeuwarden", "89", "0080"), ("Deventer", "74", "0150"),
           ("Amersfoort", "38", "0307"), ("Dordrecht", "33", "0505")],
    "pl": [("Białystok", "15", "2061011"), ("Rzeszów", "35", "1863011"), ("Olsztyn", "10", "2862011"),
           ("Opole", "45", "1661011"), ("Toruń", "87", "0463011")],
    "pt": [("Braga", "47", "0303"), ("Coimbra", "30", "0603"), ("Viseu", "35", "1823"), ("Évora", "70", "0705"),
           ("Aveiro", "38", "0105")],
    "es": [("Logroño", "26", "26089"), ("Cáceres", "10", "10037"), ("Huesca", "22", "22125"),
           ("Ourense", "32", "32054"), ("Albacete", "02", "02003")],
    "fr": [("Besançon", "25", "25056"), ("Limoges", "87", "87085"), ("Poitiers", "86", "86194"),
           ("Quimper", "29", "29232"), ("Valence", "26", "26362")],
    "ja": [("札幌市", "060", "011002"), ("仙台市", "980", "041009"), ("金沢市", "920", "172014"),
           ("岡山市", "700", "331007"), ("熊本市", "860", "431001")],
    "uk": [("Львів", "79", "UA46060"), ("Вінниця", "21", "UA05020"), ("Полтава", "36", "UA53080"),
           ("Чернівці", "58", "UA73060"), ("Житомир", "10", "UA18040")],
    "ru": [("Казань", "420", "92701000"), ("Пермь", "614", "57701000"), ("Самара", "443", "36701000"),
           ("Томск", "634", "69701000")],
}
STREETS: dict[str, list[str]] = {
    "de": ["Lindenstraße", "Am Mühlbach", "Kastanienallee", "Gartenweg", "Schillerplatz", "Hauptstraße"],
    "da": ["Skovvej", "Kirkegade", "Søndergade", "Engvej", "Bøgevænget"],
    "cs": ["Husova", "Palackého", "Na Výsluní", "U Potoka", "Jiráskova"],
    "tr": ["Atatürk Cad.", "Çiçek Sok.", "Cumhuriyet Mah.", "Lale Sok.", "İnönü Bulvarı"],
    "el": ["Οδός Ερμού", "Λεωφόρος Κηφισίας", "Οδός Αθηνάς", "Οδός Πατησίων", "Οδός Αγίου Νικολάου"],
    "nl": ["Kerkstraat", "Molenweg", "Lindelaan", "Julianastraat", "Beukenhof"],
    "pl": ["ul. Lipowa", "ul. Mickiewicza", "ul. Polna", "ul. Słoneczna", "al. Niepodległości"],
    "pt": ["Rua da Liberdade", "Avenida Central", "Travessa do Poço", "Rua de São Bento", "Largo da Sé"],
    "es": ["Calle Mayor", "Avenida de la Constitución", "Calle del Pilar", "Plaza de España", "Calle Real"],
    "fr": ["rue des Tilleuls", "avenue Jean Jaurès", "impasse des Lilas", "boulevard Carnot", "chemin du Moulin"],
    "uk": ["вул. Шевченка", "вул. Франка", "просп. Свободи", "вул. Лесі Українки", "вул. Садова"],
    "ru": ["ул. Ленина", "ул. Пушкина", "пр. Мира", "ул. Садовая", "ул. Гагарина"],
}
JA_WARDS = ["中央区北一条西", "青葉区一番町", "広坂", "北区今", "中央区水前寺"]


def street(g: Gen, lang: str) -> str:
    s = g.rnd.choice(STREETS[lang])
    n = g.rnd.randint(1, 140)
    if lang in ("de", "nl", "da", "cs", "el"):
        return f"{s} {n}" + g.rnd.choice(["", "", "a", "b"] if lang != "da" else ["", ", 2. tv.", ", st. th."])
    if lang == "fr":
        return f"{n} {s}" + g.rnd.choice(["", "", " bis", ", Apt 12"])
    if lang == "es":
        return f"{s}, {n}" + g.rnd.choice(["", ", 3º B", ", 1º izq."])
    if lang == "pt":
        return f"{s}, {n}" + g.rnd.choice(["", ", 2º Esq.", " R/C Dto."])
    if lang == "tr":
        return f"{s} No:{n}" + g.rnd.choice(["", f" D:{g.rnd.randint(1, 20)}"])
    if lang == "pl":
        return f"{s} {n}" + g.rnd.choice(["", f"/{g.rnd.randint(1, 60)}"])
    return f"{s}, {n}" + g.rnd.choice(["", f", кв. {g.rnd.randint(1, 150)}"])


def ja_address(g: Gen, city: str) -> str:
    return f"{city}{g.rnd.choice(JA_WARDS)}{g.rnd.randint(1, 9)}丁目{g.rnd.randint(1, 30)}-{g.rnd.randint(1, 20)}"


def postcode(g: Gen, lang: str, lead: str) -> str:
    if lang == "de":
        return lead + g.digits(1)
    if lang == "da":
        return lead + g.digits(2)
    if lang == "cs":
        return f"{lead} {g.digits(2)}"
    if lang in ("tr", "uk"):
        return lead + g.digits(3)
    if lang == "el":
        return f"{lead}{g.digits(1)} {g.digits(2)}"
    if lang == "nl":
        return f"{lead}{g.digits(2)} {g.code('AA')}"
    if lang == "pl":
        return f"{lead}-{g.digits(3)}"
    if lang == "pt":
        return f"{lead}{g.digits(2)}-{g.digits(3)}"
    if lang in ("es", "fr"):
        return lead + g.digits(3)
    if lang == "ja":
        return f"{lead}-{g.digits(4)}"
    return lead + g.digits(3)


# -- identifiers with check digits (python-stdnum) ---------------------------------------------------------------------

#: BBAN layouts (9 a digit, A a letter, Z either); python-stdnum checks the result (national checks retried)
BBAN = {"DE": "999999999999999999", "DK": "99999999999999", "CZ": "99999999999999999999",
        "NL": "AAAA9999999999", "PL": "999999999999999999999999", "PT": "999999999999999999999",
        "ES": "99999999999999999999", "FR": "9999999999ZZZZZZZZZZZ99", "GR": "9999999ZZZZZZZZZZZZZZZZ",
        "TR": "9999909999999999999999", "UA": "999999ZZZZZZZZZZZZZZZZZZZ"}


def iban(g: Gen, country: str, spaced: bool = False) -> str:
    def make() -> str:
        bban = g.code(BBAN[country])
        check = 98 - int("".join(str(int(ch, 36)) for ch in bban + country + "00")) % 97
        return f"{country}{check:02d}{bban}"

    number = g.valid(make, _iban.is_valid)
    return " ".join(number[i:i + 4] for i in range(0, len(number), 4)) if spaced else number


def de_idnr(g: Gen) -> str:
    """A German Steuer-Identifikationsnummer (ISO 7064 mod 11,10)."""

    def make() -> str:
        body = g.rnd.choice("123456789") + g.digits(9)
        return body + mod_11_10.calc_check_digit(body)

    return g.valid(make, _idnr.is_valid)


def dk_cpr(g: Gen, born: date) -> str:
    """A Danish CPR number ``DDMMYY-SSSS`` encoding ``born`` (the century digit chosen to match)."""

    def make() -> str:
        first = g.rnd.choice("0123") if born.year < 2000 else g.rnd.choice("4")
        return born.strftime("%d%m%y") + first + g.digits(3)

    number = g.valid(make, lambda x: _cpr.is_valid(x) and _cpr.get_birth_date(x) == born)
    return f"{number[:6]}-{number[6:]}"


def cz_rc(g: Gen, born: date, female: bool) -> str:
    """A Czech rodné číslo ``YYMMDD/SSSC`` (women's month + 50; the whole number divisible by 11)."""
    month = born.month + (50 if female else 0)

    def make() -> str:
        body = f"{born.year % 100:02d}{month:02d}{born.day:02d}" + g.digits(3)
        return body + str(int(body) % 11 % 10)

    number = g.valid(make, lambda x: _rc.is_valid(x) and _rc.get_birth_date(x) == born)
    return f"{number[:6]}/{number[6:]}"


def tr_tckimlik(g: Gen) -> str:
    def make() -> str:
        body = g.rnd.choice("123456789") + g.digits(8)
        return body + _tc.calc_check_digits(body)

    return g.valid(make, _tc.is_valid)


def gr_amka(g: Gen, born: date) -> str:
    def make() -> str:
        body = born.strftime("%d%m%y") + g.digits(4)
        return body + luhn.calc_check_digit(body)

    return g.valid(make, lambda x: _amka.is_valid(x) and _amka.get_birth_date(x).strftime("%d%m%y")
                   == born.strftime("%d%m%y"))


def gr_afm(g: Gen, person_: bool = True) -> str:
    """A Greek tax number (ΑΦΜ): a person's starts with 0 or 1, a company's with 0 or 9 (here 09... or 99...)."""

    def make() -> str:
        body = (g.rnd.choice("01") if person_ else "9") + g.digits(7)
        return body + _gr_vat.calc_check_digit(body)

    return g.valid(make, _gr_vat.is_valid)


def nl_bsn(g: Gen) -> str:
    def make() -> str:
        body = g.rnd.choice("123456789") + g.digits(7)
        total = sum((9 - i) * int(d) for i, d in enumerate(body))
        return body + str(total % 11)

    return g.valid(make, _bsn.is_valid)


def pl_pesel(g: Gen, born: date, female: bool) -> str:
    month = born.month + (20 if born.year >= 2000 else 0)

    def make() -> str:
        sex = g.rnd.choice("02468" if female else "13579")
        body = f"{born.year % 100:02d}{month:02d}{born.day:02d}" + g.digits(3) + sex
        return body + _pesel.calc_check_digit(body)

    return g.valid(make, lambda x: _pesel.is_valid(x) and _pesel.get_birth_date(x) == born)


def pl_nip(g: Gen) -> str:
    """A Polish company tax number (NIP): a business's, labeled ``none``."""

    def make() -> str:
        body = g.rnd.choice("56789") + g.digits(8)
        total = sum(w * int(d) for w, d in zip((6, 5, 7, 2, 3, 4, 5, 6, 7), body, strict=True)) % 11
        return body + str(total)

    number = g.valid(make, _nip.is_valid)
    return g.rnd.choice([number, f"{number[:3]}-{number[3:6]}-{number[6:8]}-{number[8:]}"])


def pt_nif(g: Gen) -> str:
    def make() -> str:
        body = g.rnd.choice("123") + g.digits(7)
        return body + _nif.calc_check_digit(body)

    return g.valid(make, _nif.is_valid)


def es_dni(g: Gen) -> str:
    body = g.digits(8)
    number = body + _dni.calc_check_digit(body)
    assert _dni.is_valid(number)
    return number


def es_nie(g: Gen) -> str:
    body = g.rnd.choice("XYZ") + g.digits(7)
    number = body + _nie.calc_check_digit(body)
    assert _nie.is_valid(number)
    return number


def fr_nir(g: Gen, born: date, female: bool, dept: str) -> str:
    body = f"{2 if female else 1}{born.year % 100:02d}{born.month:02d}{dept}{g.digits(3)}{g.digits(3)}"
    number = body + _nir.calc_check_digits(body)
    assert _nir.is_valid(number)
    return _nir.format(number) if g.rnd.random() < 0.6 else number


def jp_mynumber(g: Gen) -> str:
    body = g.digits(11)
    number = body + _mynumber.calc_check_digit(body)
    assert _mynumber.is_valid(number)
    return f"{number[:4]} {number[4:8]} {number[8:]}" if g.rnd.random() < 0.4 else number


def ua_rntrc(g: Gen, born: date, female: bool) -> str:
    """A Ukrainian РНОКПП: the first five digits count the days from 1899-12-31 to ``born``."""
    days = (born - date(1899, 12, 31)).days
    body = f"{days:05d}{g.digits(3)}{g.rnd.choice('02468' if female else '13579')}"
    number = body + _rntrc.calc_check_digit(body)
    assert _rntrc.is_valid(number)
    return number


def ru_inn(g: Gen) -> str:
    """A Russian personal INN (12 digits)."""
    body = g.rnd.choice(["16", "59", "63", "70"]) + g.digits(8)
    number = body + _inn.calc_personal_check_digits(body)
    assert _inn.is_valid(number)
    return number


def ua_edrpou_like(g: Gen) -> str:
    """An 8-digit registry number of an organisation (decoy; not checked)."""
    return g.rnd.choice("234") + g.digits(7)


# -- institutions and decoys (written for v29) -------------------------------------------------------------------------

ICD10 = ["J06.9", "I10", "E11.9", "M54.5", "K21.0", "F32.1", "J45.9", "N39.0", "H10.3", "L20.9", "R51", "Z00.0"]


def sha1(g: Gen) -> str:
    return hashlib.sha1(str(g.rnd.random()).encode(), usedforsecurity=False).hexdigest()


def token(g: Gen, prefix: str, n: int = 24) -> str:
    return prefix + g.digits(n, string.ascii_letters + string.digits)


def guid_upper(g: Gen) -> str:
    return "{" + g.uuid().upper() + "}"
