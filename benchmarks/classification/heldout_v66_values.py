"""Values of held-out set v66 (:mod:`benchmarks.classification.heldout_v66`): v66's random source, names, streets,
towns and postal codes written by hand for v66 (no Faker, no list of real people), phones checked with phonenumbers
and identifiers with check digits drawn until python-stdnum accepts them.

Self-contained: nothing here is imported from the value modules of earlier sets; only the ``Column`` class is shared.
The generic ``Gen`` helpers were copied from v27's value module; the lists below are new.
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
from stdnum import imo as _imo
from stdnum import luhn
from stdnum.at import uid as _at_uid
from stdnum.at import vnr as _at_vnr
from stdnum.cz import dic as _cz_dic
from stdnum.cz import rc as _cz_rc
from stdnum.dk import cpr as _dk_cpr
from stdnum.dk import cvr as _dk_cvr
from stdnum.es import cif as _es_cif
from stdnum.es import dni as _es_dni
from stdnum.es import nie as _es_nie
from stdnum.fr import siret as _fr_siret
from stdnum.gr import vat as _gr_vat
from stdnum.ie import pps as _ie_pps
from stdnum.it import codicefiscale as _it_cf
from stdnum.it import iva as _it_iva
from stdnum.jp import cn as _jp_cn
from stdnum.nl import btw as _nl_btw
from stdnum.nl import identiteitskaartnummer as _nl_pas
from stdnum.pl import nip as _pl_nip
from stdnum.pl import pesel as _pl_pesel
from stdnum.pl import regon as _pl_regon
from stdnum.pt import nif as _pt_nif
from stdnum.se import orgnr as _se_orgnr
from stdnum.se import personnummer as _se_pnr
from stdnum.tr import tckimlik as _tr_tc
from stdnum.tr import vkn as _tr_vkn

from benchmarks.classification.heldout_v2 import Column

SEED = 66_402_2026
N = "none"
#: a login or public display handle (review, as in v5 to v65)
USERNAME = "unclassified"
#: NULL-like strings of v66's systems (tests skip them)
NULLISH: tuple[str, ...] = (
    "",
    " ",
    "-",
    "--",
    "NULL",
    "null",
    "n/a",
    "N/A",
    "NA",
    "none",
    "None",
    "unknown",
    "?",
    "#N/A",
    "nil",
    "<null>",
    "keine",
    "k.A.",
    "néant",
    "RAS",
    "ninguna",
    "-/-",
    "nessuna",
    "n.d.",
    "nenhuma",
    "geen",
    "brak",
    "ingen",
    "žádná",
    "yok",
    "nashi",
    "なし",
    "καμία",
    "0",
    "000000",
    "XXXXXX",
)


def fold(text: str) -> str:
    text = unicodedata.normalize("NFKD", text.lower())
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    return text.replace("ß", "ss").replace("ł", "l").replace("ı", "i").replace("'", "")


class Gen:
    """The random source of one table: ``rows`` rows, seeded from :data:`SEED` and ``table``."""

    def __init__(self, table: str, rows: int) -> None:
        self.table = table
        self.rows = rows
        self.rnd = random.Random(f"v66:{SEED}:{table}")

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
        return datetime.combine(self.day(lo, hi), datetime.min.time()) + timedelta(seconds=self.rnd.randint(0, 86_399))

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
        first = self.rnd.choice([31, 37, 46, 62, 77, 78, 82, 86, 91, 109, 146, 176, 185, 188, 212, 217])
        return f"{first}.{self.rnd.randint(0, 255)}.{self.rnd.randint(0, 255)}.{self.rnd.randint(1, 254)}"

    def ipv6(self) -> str:
        head = self.rnd.choice(["2a00", "2a01", "2a02", "2001", "2a0a"])
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
        if fmt == "00":
            return "00" + phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)[1:]
        national = phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.NATIONAL)
        if fmt == "digits":
            return "".join(ch for ch in national if ch.isdigit())
        return national

    def phones(self, region: str, formats: dict[str, float], mobile: float = 1.0, null: float = 0.0) -> list[Any]:
        names, weights = list(formats), list(formats.values())
        return self.col(
            lambda: self.phone(region, self.rnd.choices(names, weights)[0], self.rnd.random() < mobile), null
        )


def c(name: str, kind: str, sql_type: str, values: list[Any], *tags: str) -> Column:
    """One labeled column."""
    return Column(name, kind, sql_type, values, frozenset(tags))


# -- names (written for v66) -------------------------------------------------------------------------------------------

#: country -> (male given names, female given names, family names of men, family names of women)
NAMES: dict[str, tuple[list[str], list[str], list[str], list[str]]] = {}


def _same(male: list[str], female: list[str], family: list[str]) -> tuple[list[str], list[str], list[str], list[str]]:
    return male, female, family, family


NAMES["gb"] = _same(
    ["Alasdair", "Callum", "Duncan", "Fraser", "Hamish", "Lachlan", "Rory", "Torquil", "Oliver", "Jack"],
    ["Ailsa", "Catriona", "Eilidh", "Fiona", "Isla", "Kirsty", "Morag", "Rhona", "Poppy", "Harriet"],
    [
        "MacAulay",
        "Drummond",
        "Urquhart",
        "Fairlie",
        "Buchanan",
        "Cruickshank",
        "Munro",
        "Gillespie",
        "Ashworth",
        "Pickering",
        "Thackeray",
        "Stubbs",
    ],
)
NAMES["ie"] = _same(
    ["Cathal", "Donncha", "Fiachra", "Oisín", "Ruairí", "Tadhg", "Colm", "Eoghan"],
    ["Aoife", "Caoimhe", "Gráinne", "Niamh", "Saoirse", "Síle", "Orla", "Clodagh"],
    [
        "Ó Súilleabháin",
        "Moriarty",
        "Fitzgerald",
        "Ó Conchúir",
        "Brosnan",
        "Courtney",
        "Spillane",
        "Healy-Rae",
        "O'Shea",
        "Cronin",
        "McCarthy",
        "Daly",
    ],
)
NAMES["us"] = _same(
    ["Brandon", "Dwayne", "Garrett", "Kyle", "Marcus", "Trevor", "Wesley"],
    ["Brianna", "Courtney", "Kayla", "Megan", "Shelby", "Tamika", "Whitney"],
    ["Bledsoe", "Castellanos", "Hutchins", "Kowalczyk", "Nakamura", "Okafor", "Pruitt", "Yoder"],
)
NAMES["de"] = _same(
    ["Andreas", "Florian", "Jörg", "Lukas", "Matthias", "Sebastian", "Thorsten", "Wolfgang"],
    ["Anja", "Birgit", "Franziska", "Katrin", "Lena", "Sabine", "Ulrike", "Vroni"],
    [
        "Achleitner",
        "Brunnhuber",
        "Eberharter",
        "Gruber",
        "Hinterseer",
        "Kofler",
        "Mairhofer",
        "Pichler",
        "Rainer",
        "Schwaiger",
        "Strolz",
        "Wechselberger",
        "Zangerl",
    ],
)
NAMES["de_de"] = _same(
    ["Bernd", "Dirk", "Henning", "Jannik", "Malte", "Rüdiger", "Timo", "Uwe"],
    ["Anke", "Dörte", "Heike", "Jana", "Maren", "Silke", "Wiebke", "Yvonne"],
    [
        "Böttcher",
        "Dietrich",
        "Hoffmann",
        "Kühne",
        "Lindemann",
        "Meyer-Landrut",
        "Nowotny",
        "Scholz",
        "Voigt",
        "Wendland",
    ],
)
NAMES["fr"] = _same(
    ["Aurélien", "Bastien", "Gaëtan", "Loïc", "Mathis", "Thibault", "Yannick"],
    ["Apolline", "Capucine", "Gwenaëlle", "Maëlys", "Océane", "Solène", "Ségolène"],
    ["Favre", "Gavard", "Mermillod", "Pollet", "Rey-Bellet", "Tissot", "Veyrat", "Duparc"],
)
NAMES["es"] = _same(
    ["Aitor", "Borja", "Iker", "Joaquín", "Rubén", "Vicent", "Xavier", "Ximo"],
    ["Amparo", "Desamparados", "Inmaculada", "Lorena", "Nuria", "Paqui", "Rocío", "Vicenta"],
    [
        "Alcañiz",
        "Bellver",
        "Císcar",
        "Escrivá",
        "Ferrando",
        "Giner",
        "Llorens",
        "Monzó",
        "Peiró",
        "Sanchis",
        "Tormo",
        "Vilaplana",
    ],
)
NAMES["it"] = _same(
    ["Achille", "Cesare", "Ettore", "Gastone", "Ivano", "Ottavio", "Renzo", "Silvano"],
    ["Agnese", "Clelia", "Dolores", "Graziella", "Loredana", "Mirella", "Rosanna", "Tiziana"],
    ["Bortolami", "Carraro", "Frison", "Marcolongo", "Pegoraro", "Scarpa", "Trevisan", "Zanon", "Zampieri", "Boscolo"],
)
NAMES["pt"] = _same(
    ["Duarte", "Gonçalo", "Henrique", "Rodrigo", "Tiago", "Vasco"],
    ["Beatriz", "Inês", "Leonor", "Matilde", "Rita", "Teresa"],
    ["Amaral", "Brito", "Correia", "Fonseca", "Guerreiro", "Sequeira"],
)
NAMES["nl"] = _same(
    ["Bram", "Daan", "Gijs", "Jeroen", "Maarten", "Pieter", "Sjoerd", "Wouter"],
    ["Anouk", "Femke", "Ilse", "Lieke", "Marieke", "Roos", "Sanne", "Wietske"],
    [
        "de Kam",
        "Haverkamp",
        "van Nieuwenhuijzen",
        "Oosterwijk",
        "Roelofsen",
        "Scheepers",
        "van der Veere",
        "Wisse",
        "Zwemer",
        "de Koster",
    ],
)
NAMES["pl"] = (
    ["Bartosz", "Grzegorz", "Jarosław", "Krzysztof", "Mieczysław", "Przemysław", "Tadeusz", "Wojciech"],
    ["Agnieszka", "Bożena", "Grażyna", "Jadwiga", "Małgorzata", "Renata", "Urszula", "Wiesława"],
    ["Bielecki", "Chmielewski", "Dudek", "Gąsienica", "Kowalczyk", "Nowak", "Sikorski", "Wróbel", "Zając", "Żuławski"],
    ["Bielecka", "Chmielewska", "Dudek", "Gąsienica", "Kowalczyk", "Nowak", "Sikorska", "Wróbel", "Zając", "Żuławska"],
)
NAMES["se"] = _same(
    ["Axel", "Gunnar", "Hampus", "Ludvig", "Nils", "Ragnar", "Ture", "Viggo"],
    ["Agnes", "Elsa", "Greta", "Idun", "Juni", "Saga", "Svea", "Vera"],
    ["Ahlqvist", "Dahlberg", "Ekholm", "Hägglund", "Lundqvist", "Norrby", "Sjöholm", "Wikström"],
)
NAMES["dk"] = _same(
    ["Anders", "Bjarke", "Frederik", "Jesper", "Mads", "Rasmus", "Søren", "Troels"],
    ["Birthe", "Dorte", "Helle", "Kirstine", "Mette", "Pernille", "Signe", "Tove"],
    [
        "Bech",
        "Damgaard",
        "Frandsen",
        "Kjærgaard",
        "Lauridsen",
        "Mikkelsen",
        "Nørgaard",
        "Østergaard",
        "Skovgaard",
        "Vestergaard",
    ],
)
NAMES["cz"] = (
    ["Bohuslav", "Jaroslav", "Lubomír", "Miroslav", "Radek", "Vojtěch", "Zdeněk", "Ondřej"],
    ["Blanka", "Dagmar", "Hana", "Jarmila", "Kateřina", "Ludmila", "Radka", "Zuzana"],
    ["Beneš", "Černý", "Dvořák", "Hájek", "Kratochvíl", "Novák", "Pokorný", "Svoboda", "Veselý", "Zelenka"],
    [
        "Benešová",
        "Černá",
        "Dvořáková",
        "Hájková",
        "Kratochvílová",
        "Nováková",
        "Pokorná",
        "Svobodová",
        "Veselá",
        "Zelenková",
    ],
)
NAMES["tr"] = _same(
    ["Barış", "Cem", "Emre", "Hakan", "Kerem", "Oğuz", "Serkan", "Tolga"],
    ["Ayşegül", "Burcu", "Derya", "Ebru", "Gülşen", "Melike", "Özlem", "Sibel"],
    ["Akgün", "Bozkurt", "Çelik", "Demirtaş", "Erdoğdu", "Karaca", "Kılıç", "Öztürk", "Şahin", "Yıldırım"],
)
NAMES["el"] = (
    ["Γιώργος", "Δημήτρης", "Κωνσταντίνος", "Νικόλαος", "Σπύρος", "Χαράλαμπος", "Παναγιώτης", "Ευάγγελος"],
    ["Αικατερίνη", "Βασιλική", "Δέσποινα", "Ελένη", "Σταυρούλα", "Φωτεινή", "Χρυσούλα", "Κερκυραία"],
    ["Βλάχος", "Γιαννόπουλος", "Θεοτόκης", "Καποδίστριας", "Μεταξάς", "Σκορδίλης", "Τσιριγώτης", "Ζερβός"],
    ["Βλάχου", "Γιαννοπούλου", "Θεοτόκη", "Καποδίστρια", "Μεταξά", "Σκορδίλη", "Τσιριγώτη", "Ζερβού"],
)
#: Japanese (kanji, katakana, romaji)
JA_FAMILY = [
    ("佐々木", "ササキ", "Sasaki"),
    ("高橋", "タカハシ", "Takahashi"),
    ("渡辺", "ワタナベ", "Watanabe"),
    ("伊藤", "イトウ", "Ito"),
    ("中村", "ナカムラ", "Nakamura"),
    ("小林", "コバヤシ", "Kobayashi"),
    ("加藤", "カトウ", "Kato"),
    ("吉田", "ヨシダ", "Yoshida"),
    ("山口", "ヤマグチ", "Yamaguchi"),
    ("松本", "マツモト", "Matsumoto"),
    ("石川", "イシカワ", "Ishikawa"),
    ("前田", "マエダ", "Maeda"),
]
JA_MALE = [
    ("翔太", "ショウタ", "Shota"),
    ("大輝", "ダイキ", "Daiki"),
    ("健一", "ケンイチ", "Kenichi"),
    ("拓海", "タクミ", "Takumi"),
    ("誠", "マコト", "Makoto"),
    ("悠斗", "ユウト", "Yuto"),
]
JA_FEMALE = [
    ("美咲", "ミサキ", "Misaki"),
    ("陽菜", "ヒナ", "Hina"),
    ("由美", "ユミ", "Yumi"),
    ("彩花", "アヤカ", "Ayaka"),
    ("恵子", "ケイコ", "Keiko"),
    ("さくら", "サクラ", "Sakura"),
]
NAMES["jp"] = _same([r for _, _, r in JA_MALE], [r for _, _, r in JA_FEMALE], [r for _, _, r in JA_FAMILY])
NAMES["au"] = _same(
    ["Brody", "Cooper", "Lachie", "Mitchell", "Riley"],
    ["Chloe", "Jess", "Matilda", "Tahlia"],
    ["Bancroft", "Cummins", "Dunstan", "Hazlewood", "Pocock", "Tremayne"],
)


def person(g: Gen, lang: str, female: bool | None = None) -> tuple[str, str]:
    female = g.rnd.random() < 0.5 if female is None else female
    males, females, fam_m, fam_f = NAMES[lang]
    i = g.rnd.randrange(len(fam_m))
    return g.rnd.choice(females if female else males), (fam_f if female else fam_m)[i]


def whole(g: Gen, lang: str) -> str:
    a, b = person(g, lang)
    return f"{a} {b}"


def given(g: Gen, lang: str) -> str:
    return person(g, lang)[0]


def plain(text: str) -> str:
    return "".join(ch for ch in fold(text) if ch.isalnum() and ch.isascii())


def email_of(g: Gen, first: str, last: str, domains: list[str]) -> str:
    a, b = plain(first) or "gast", plain(last) or "x"
    local = g.rnd.choice(
        [
            f"{a}.{b}",
            f"{a[0]}{b}",
            f"{a}{g.rnd.randint(1, 99)}",
            f"{b}.{a[0]}",
            f"{a}_{b}",
            f"{a}{b[0]}{g.rnd.randint(60, 99)}",
            f"{b}{a[:2]}",
        ]
    )
    return f"{local}@{g.rnd.choice(domains)}"


#: country -> personal e-mail domains
DOMAINS = {
    "gb": ["btinternet.com", "gmail.com", "outlook.com", "sky.com", "yahoo.co.uk"],
    "ie": ["eircom.net", "gmail.com", "hotmail.com", "icloud.com"],
    "us": ["gmail.com", "yahoo.com", "comcast.net", "icloud.com"],
    "de": ["gmx.at", "aon.at", "a1.net", "chello.at", "gmail.com"],
    "de_de": ["gmx.de", "web.de", "t-online.de", "posteo.de", "gmail.com"],
    "fr": ["orange.fr", "free.fr", "laposte.net", "gmail.com"],
    "es": ["gmail.com", "hotmail.es", "telefonica.net", "yahoo.es"],
    "it": ["libero.it", "virgilio.it", "alice.it", "gmail.com"],
    "pt": ["sapo.pt", "gmail.com", "hotmail.com"],
    "nl": ["ziggo.nl", "kpnmail.nl", "hotmail.nl", "gmail.com"],
    "pl": ["wp.pl", "onet.pl", "o2.pl", "interia.pl", "gmail.com"],
    "se": ["telia.com", "gmail.com", "hotmail.se", "bredband.net"],
    "dk": ["mail.dk", "gmail.com", "hotmail.dk", "jubii.dk"],
    "cz": ["seznam.cz", "email.cz", "centrum.cz", "gmail.com"],
    "tr": ["gmail.com", "hotmail.com", "yandex.com.tr", "mynet.com"],
    "jp": ["docomo.ne.jp", "ezweb.ne.jp", "yahoo.co.jp", "gmail.com"],
    "el": ["otenet.gr", "yahoo.gr", "gmail.com", "hotmail.gr"],
    "au": ["bigpond.com", "gmail.com", "optusnet.com.au"],
}


def email(g: Gen, lang: str) -> str:
    a, b = person(g, lang)
    if lang == "el":
        a, b = greek_latin(a), greek_latin(b)
    if lang == "jp":
        b = g.rnd.choice(JA_FAMILY)[2]
    return email_of(g, a, b, DOMAINS[lang])


_GREEK = dict(
    zip(
        "αβγδεζηθικλμνξοπρστυφχψωάέήίόύώϊϋΐΰς",
        [
            "a",
            "v",
            "g",
            "d",
            "e",
            "z",
            "i",
            "th",
            "i",
            "k",
            "l",
            "m",
            "n",
            "x",
            "o",
            "p",
            "r",
            "s",
            "t",
            "y",
            "f",
            "ch",
            "ps",
            "o",
            "a",
            "e",
            "i",
            "i",
            "o",
            "y",
            "o",
            "i",
            "y",
            "i",
            "y",
            "s",
        ],
    )
)


def greek_latin(text: str) -> str:
    """A Greek name in Latin letters (ELOT-like, simplified), capitalized."""
    text = text.lower().replace("ου", "ou").replace("ού", "ou").replace("μπ", "b").replace("ντ", "nt")
    return "".join(_GREEK.get(ch, ch) for ch in text).capitalize()


# -- places (written for v66) ------------------------------------------------------------------------------------------

#: country -> (town, postal-code lead) pairs: real towns
TOWNS: dict[str, list[tuple[str, str]]] = {
    "gb": [
        ("Glasgow", "G12"),
        ("Aberdeen", "AB10"),
        ("Dundee", "DD1"),
        ("Perth", "PH1"),
        ("Stirling", "FK8"),
        ("Leeds", "LS6"),
        ("Manchester", "M20"),
        ("Bristol", "BS7"),
        ("Norwich", "NR2"),
        ("York", "YO31"),
    ],
    "ie": [
        ("Killarney", "V93"),
        ("Tralee", "V92"),
        ("Dingle", "V92"),
        ("Kenmare", "V93"),
        ("Listowel", "V31"),
        ("Cork", "T12"),
        ("Limerick", "V94"),
        ("Mallow", "P51"),
        ("Ennis", "V95"),
    ],
    "us": [("Columbus", "432"), ("Madison", "537"), ("Raleigh", "276"), ("Tucson", "857"), ("Omaha", "681")],
    "de": [
        ("Innsbruck", "6020"),
        ("Schwaz", "6130"),
        ("Hall in Tirol", "6060"),
        ("Telfs", "6410"),
        ("Imst", "6460"),
        ("Landeck", "6500"),
        ("Wörgl", "6300"),
        ("Kufstein", "6330"),
        ("Salzburg", "5020"),
        ("Wien", "1070"),
    ],
    "de_de": [
        ("München", "80469"),
        ("Augsburg", "86150"),
        ("Rosenheim", "83022"),
        ("Ulm", "89073"),
        ("Stuttgart", "70176"),
        ("Nürnberg", "90402"),
    ],
    "fr": [("Lyon", "69003"), ("Grenoble", "38000"), ("Chambéry", "73000"), ("Annemasse", "74100")],
    "es": [
        ("València", "46021"),
        ("Torrent", "46900"),
        ("Gandia", "46701"),
        ("Sagunt", "46500"),
        ("Alzira", "46600"),
        ("Castelló de la Plana", "12001"),
        ("Alacant", "03001"),
        ("Madrid", "28045"),
    ],
    "it": [
        ("Padova", "35121"),
        ("Vicenza", "36100"),
        ("Rovigo", "45100"),
        ("Treviso", "31100"),
        ("Ferrara", "44121"),
        ("Mantova", "46100"),
        ("Bolzano", "39100"),
        ("Milano", "20137"),
    ],
    "pt": [("Lagos", "8600"), ("Faro", "8000"), ("Portimão", "8500"), ("Lisboa", "1100")],
    "nl": [
        ("Middelburg", "4331"),
        ("Vlissingen", "4381"),
        ("Goes", "4461"),
        ("Utrecht", "3581"),
        ("Apeldoorn", "7311"),
        ("Tilburg", "5038"),
        ("Zwolle", "8011"),
    ],
    "pl": [
        ("Kraków", "30"),
        ("Wieliczka", "32"),
        ("Tarnów", "33"),
        ("Nowy Targ", "34"),
        ("Katowice", "40"),
        ("Bochnia", "32"),
        ("Oświęcim", "32"),
    ],
    "se": [
        ("Visby", "621"),
        ("Norrköping", "602"),
        ("Uppsala", "753"),
        ("Göteborg", "413"),
        ("Malmö", "211"),
        ("Sundsvall", "852"),
        ("Karlstad", "652"),
    ],
    "dk": [
        ("Aarhus C", "8000"),
        ("Odense C", "5000"),
        ("Aalborg", "9000"),
        ("Esbjerg", "6700"),
        ("Roskilde", "4000"),
        ("Vejle", "7100"),
        ("Frederiksberg", "2000"),
        ("Svendborg", "5700"),
    ],
    "cz": [
        ("Hradec Králové", "500 02"),
        ("Pardubice", "530 02"),
        ("Liberec", "460 01"),
        ("Trutnov", "541 01"),
        ("Praha 4", "140 00"),
        ("Brno", "602 00"),
        ("Jičín", "506 01"),
        ("Kolín", "280 02"),
    ],
    "tr": [
        ("Çankaya", "06"),
        ("Kadıköy", "34"),
        ("Nilüfer", "16"),
        ("Bornova", "35"),
        ("Konyaaltı", "07"),
        ("Selçuklu", "42"),
        ("Tepebaşı", "26"),
    ],
    "jp": [
        ("Sapporo-shi", "060"),
        ("Otaru-shi", "047"),
        ("Sendai-shi", "980"),
        ("Setagaya-ku", "154"),
        ("Yokohama-shi", "220"),
        ("Nagoya-shi", "460"),
        ("Fukuoka-shi", "810"),
    ],
    "el": [
        ("Κέρκυρα", "491"),
        ("Αθήνα", "104"),
        ("Θεσσαλονίκη", "546"),
        ("Πάτρα", "262"),
        ("Ιωάννινα", "453"),
        ("Λάρισα", "412"),
        ("Ηράκλειο", "712"),
    ],
    "au": [("Brisbane", "4000"), ("Hobart", "7000"), ("Geelong", "3220"), ("Cairns", "4870")],
}
#: Turkish province of each ilçe (provinces are ``none``)
TR_PROVINCE = {
    "Çankaya": "Ankara",
    "Kadıköy": "İstanbul",
    "Nilüfer": "Bursa",
    "Bornova": "İzmir",
    "Konyaaltı": "Antalya",
    "Selçuklu": "Konya",
    "Tepebaşı": "Eskişehir",
}
JP_PREF = {
    "Sapporo-shi": "Hokkaido",
    "Otaru-shi": "Hokkaido",
    "Sendai-shi": "Miyagi-ken",
    "Setagaya-ku": "Tokyo-to",
    "Yokohama-shi": "Kanagawa-ken",
    "Nagoya-shi": "Aichi-ken",
    "Fukuoka-shi": "Fukuoka-ken",
}
STREETS: dict[str, list[str]] = {
    "gb": [
        "Byres Road",
        "Great Western Road",
        "Union Street",
        "Perth Road",
        "Headingley Lane",
        "Gloucester Road",
        "Lansdowne Crescent",
        "Wilmslow Road",
        "Bootham",
    ],
    "ie": [
        "Main Street",
        "New Road",
        "Ballyspillane",
        "Muckross Road",
        "Strand Street",
        "Ashe Street",
        "Cathedral Walk",
        "Oakpark Drive",
    ],
    "us": ["Maple Avenue", "Walnut Street", "Lakeshore Drive", "Ridge Road", "Elm Court"],
    "de": [
        "Museumstraße",
        "Leopoldstraße",
        "Maria-Theresien-Straße",
        "Dorfstraße",
        "Bahnhofstraße",
        "Kirchweg",
        "Innrain",
        "Salurner Straße",
        "Andreas-Hofer-Straße",
    ],
    "de_de": ["Sendlinger Straße", "Maximilianstraße", "Karlstraße", "Lindenweg", "Schillerstraße"],
    "fr": ["rue de la République", "avenue Jean-Jaurès", "rue des Lilas", "chemin des Vignes", "boulevard Carnot"],
    "es": [
        "Carrer de Cuba",
        "Avinguda del Port",
        "Calle Sueca",
        "Carrer de la Reina",
        "Avenida Blasco Ibáñez",
        "Calle Literato Azorín",
        "Carrer del Mar",
    ],
    "it": [
        "Via Roma",
        "Via Manin",
        "Riviera Tito Livio",
        "Via San Francesco",
        "Corso Garibaldi",
        "Via dei Colli",
        "Via Euganea",
    ],
    "pt": [
        "Rua da Porta de Portugal",
        "Rua Cândido dos Reis",
        "Travessa do Forno",
        "Rua Dr. Joaquim Tello",
        "Avenida dos Descobrimentos",
    ],
    "nl": [
        "Lange Noordstraat",
        "Boulevard de Ruyter",
        "Grote Markt",
        "Kerkstraat",
        "Spuistraat",
        "Dorpsweg",
        "Kanaalweg",
    ],
    "pl": ["Długa", "Krowoderska", "Kazimierza Wielkiego", "Zakopiańska", "Słowackiego", "Mickiewicza", "Szewska"],
    "se": ["Adelsgatan", "Strandgatan", "Södertorg", "Hästgatan", "Kungsgatan", "Rönnvägen", "Skolgatan"],
    "dk": ["Vestergade", "Nørrebrogade", "Jægergårdsgade", "Overgade", "Strandvejen", "Søndergade", "Bøgevej"],
    "cz": ["Husova", "Palackého", "Komenského", "Nádražní", "Jiráskova", "Na Výsluní", "Sokolská"],
    "tr": ["Atatürk", "Cumhuriyet", "Gazi", "Fatih", "Yeşiltepe", "Barış", "Çamlık"],
    "jp": ["Kita 3-jo Nishi", "Minami 5-jo Higashi", "Ichibancho", "Sangenjaya", "Motomachi", "Sakae", "Tenjin"],
    "el": [
        "Οδός Ευγενίου Βουλγάρεως",
        "Λεωφόρος Αλεξάνδρας",
        "Οδός Ερμού",
        "Οδός Αγίου Δημητρίου",
        "Οδός Κολοκοτρώνη",
        "Οδός Μητροπόλεως",
    ],
    "au": ["Boundary Street", "Sandy Bay Road", "Moorabool Street", "Sheridan Street"],
}


def town(g: Gen, country: str) -> tuple[str, str]:
    return g.rnd.choice(TOWNS[country])


def postcode(g: Gen, country: str, lead: str) -> str:
    """A postal code of ``country`` in the shape its post writes, starting with the town's lead."""
    if country == "gb":
        return f"{lead} {g.rnd.randint(1, 9)}{g.code('AA')}"
    if country == "ie":
        return f"{lead} {g.rnd.choice('ACDEFHKNPRTVWXY')}{g.digits(1)}{g.rnd.choice('ACDEFHKNPRTVWXY')}{g.digits(1)}"
    if country == "us":
        return lead + g.digits(2)
    if country in ("de", "dk"):
        return lead
    if country in ("de_de", "fr", "es", "it"):
        return lead
    if country == "pt":
        return f"{lead}-{g.digits(3)}"
    if country == "nl":
        return f"{lead} {g.rnd.choice('ABCDEGHJKLMNPRSTVWXZ')}{g.rnd.choice('ABCDEGHJKLMNPRSTVWXZ')}"
    if country == "pl":
        return f"{lead}-{g.digits(3)}"
    if country == "se":
        return f"{lead} {g.digits(2)}"
    if country == "cz":
        return lead
    if country == "tr":
        return lead + g.digits(3)
    if country == "jp":
        return f"{lead}-{g.digits(4)}"
    if country == "el":
        return f"{lead} {g.digits(2)}"
    return lead


def street(g: Gen, country: str) -> str:
    s = g.rnd.choice(STREETS[country])
    n = g.rnd.randint(1, 140)
    if country in ("gb", "ie", "us", "au"):
        return g.rnd.choice([f"{n} {s}", f"{n} {s}", f"Flat {g.rnd.randint(1, 12)}, {n} {s}"])
    if country in ("de", "de_de"):
        return g.rnd.choice([f"{s} {n}", f"{s} {n}", f"{s} {n}/{g.rnd.randint(1, 9)}"])
    if country == "fr":
        return f"{n} {s}" + g.rnd.choice(["", " bis", ", apt 12"])
    if country == "es":
        return f"{s}, {n}, {g.rnd.randint(1, 9)}º {g.rnd.choice('ABCD')}" if g.rnd.random() < 0.7 else f"{s}, {n}"
    if country == "it":
        return f"{s} {n}" + g.rnd.choice(["", "/B", " int. 3"])
    if country == "pt":
        return f"{s}, {n}" + g.rnd.choice(["", " 2º Esq", " r/c Dto"])
    if country == "nl":
        return f"{s} {n}" + g.rnd.choice(["", "", "a", "-bis", " 2hg"])
    if country == "pl":
        return f"ul. {s} {n}" + g.rnd.choice(["", f"/{g.rnd.randint(1, 60)}"])
    if country == "se":
        return f"{s} {n}" + g.rnd.choice(["", " B", " lgh 1203"])
    if country == "dk":
        return f"{s} {n}" + g.rnd.choice(["", ", 2. tv", ", st. th", ", 1. mf"])
    if country == "cz":
        return f"{s} {g.rnd.randint(100, 2999)}/{n}"
    if country == "tr":
        return f"{s} Mah. {g.rnd.choice(STREETS['tr'])} Sok. No:{n} D:{g.rnd.randint(1, 20)}"
    if country == "jp":
        return f"{s} {g.rnd.randint(1, 9)}-{g.rnd.randint(1, 30)}-{g.rnd.randint(1, 20)}"
    return f"{s} {n}"


def home(g: Gen, country: str) -> tuple[str, str, str]:
    """(street line, postal code, town) of a home in ``country``."""
    name, lead = town(g, country)
    return street(g, country), postcode(g, country, lead), name


# -- identifiers with check digits (python-stdnum) ---------------------------------------------------------------------


def card(g: Gen) -> str:
    prefix, length = g.rnd.choice([("4", 16), ("51", 16), ("2223", 16), ("37", 15)])
    body = prefix + g.digits(length - len(prefix) - 1)
    return body + luhn.calc_check_digit(body)


#: BBAN layouts (9 a digit, A a letter, Z either); python-stdnum checks the result
BBAN = {
    "IE": "AAAA99999999999999",
    "AT": "9999999999999999",
    "ES": "99999999999999999999",
    "PT": "999999999999999999999",
    "NL": "AAAA9999999999",
    "GB": "AAAA99999999999999",
    "DE": "999999999999999999",
    "CZ": "99999999999999999999",
    "DK": "99999999999999",
}


def iban(g: Gen, country: str, spaced: bool = False) -> str:
    def make() -> str:
        bban = g.code(BBAN[country])
        check = 98 - int("".join(str(int(ch, 36)) for ch in bban + country + "00")) % 97
        return f"{country}{check:02d}{bban}"

    number = g.valid(make, _iban.is_valid)
    return " ".join(number[i : i + 4] for i in range(0, len(number), 4)) if spaced else number


def ie_pps(g: Gen) -> str:
    return g.valid(
        lambda: g.digits(7) + g.rnd.choice("ABCDEFGHIJKLMNOPQRSTUVW") + g.rnd.choice(["", "", "A", "W"]),
        _ie_pps.is_valid,
    )


def at_svnr(g: Gen, born: date) -> str:
    """An Austrian social-insurance number ``NNNC DDMMYY`` (check digit: python-stdnum)."""
    number = g.valid(lambda: g.digits(1, "123456789") + g.digits(3) + born.strftime("%d%m%y"), _at_vnr.is_valid)
    return g.rnd.choice([number, f"{number[:4]} {number[4:]}"])


def at_uid(g: Gen) -> str:
    return g.valid(lambda: "ATU" + g.digits(8), _at_uid.is_valid)


def fr_siret(g: Gen) -> str:
    return g.valid(lambda: g.digits(1, "3456789") + g.digits(13), _fr_siret.is_valid)


def es_dni(g: Gen) -> str:
    body = g.digits(8)
    return body + _es_dni.calc_check_digit(body)


def es_nie(g: Gen) -> str:
    body = g.rnd.choice("XYZ") + g.digits(7)
    number = body + _es_nie.calc_check_digit(body)
    assert _es_nie.is_valid(number)
    return number


def es_cif(g: Gen) -> str:
    return g.valid(lambda: g.rnd.choice("AB") + g.digits(7) + g.rnd.choice(string.digits), _es_cif.is_valid)


def _cf_part(text: str, given_name: bool) -> str:
    letters = [ch for ch in fold(text).upper() if ch.isalpha()]
    cons = [ch for ch in letters if ch not in "AEIOU"]
    vows = [ch for ch in letters if ch in "AEIOU"]
    if given_name and len(cons) >= 4:
        return cons[0] + cons[2] + cons[3]
    return "".join((cons + vows + ["X", "X", "X"])[:3])


#: Italian comuni of birth (name, cadastral code)
IT_BIRTHPLACES = [
    ("Padova", "G224"),
    ("Vicenza", "L840"),
    ("Rovigo", "H620"),
    ("Treviso", "L407"),
    ("Ferrara", "D548"),
    ("Mantova", "E897"),
    ("Bolzano", "A952"),
    ("Milano", "F205"),
]


def it_codice_fiscale(first: str, last: str, born: date, female: bool, comune: str) -> str:
    day = born.day + (40 if female else 0)
    body = (
        _cf_part(last, False)
        + _cf_part(first, True)
        + f"{born.year % 100:02d}"
        + "ABCDEHLMPRST"[born.month - 1]
        + f"{day:02d}"
        + comune
    )
    number = body + _it_cf.calc_check_digit(body)
    assert _it_cf.is_valid(number)
    return number


def it_piva(g: Gen) -> str:
    return g.valid(lambda: g.digits(7) + g.rnd.choice(["028", "021", "029", "015"]) + g.digits(1), _it_iva.is_valid)


def pt_nif(g: Gen, company: bool = False) -> str:
    return g.valid(lambda: (g.rnd.choice("5") if company else g.rnd.choice("12")) + g.digits(8), _pt_nif.is_valid)


def nl_passport(g: Gen) -> str:
    letters = "ABCDEFGHIJKLMNPQRSTUVWXYZ"
    return g.valid(
        lambda: (
            "".join(g.rnd.choice(letters) for _ in range(2))
            + "".join(g.rnd.choice(letters + "123456789") for _ in range(6))
            + g.digits(1)
        ),
        _nl_pas.is_valid,
    )


def nl_btw(g: Gen) -> str:
    return g.valid(lambda: "NL" + g.digits(9) + "B01", _nl_btw.is_valid)


def pl_pesel(g: Gen, born: date, female: bool) -> str:
    month = born.month + (20 if born.year >= 2000 else 0)

    def make() -> str:
        serial = g.digits(3) + g.rnd.choice("02468" if female else "13579")
        body = f"{born:%y}{month:02d}{born:%d}" + serial
        return body + _pl_pesel.calc_check_digit(body)

    number = make()
    assert _pl_pesel.is_valid(number)
    return number


def pl_dowod(g: Gen) -> str:
    """A Polish identity-card series and number ``ABC123456`` with its check digit (the fourth character)."""
    letters = g.code("AAA")
    rest = g.digits(5)
    values = [ord(ch) - 55 for ch in letters] + [0] + [int(d) for d in rest]
    check = sum(v * w for v, w in zip(values, (7, 3, 1, 9, 7, 3, 1, 7, 3))) % 10
    return f"{letters}{check}{rest}"


def pl_nip(g: Gen) -> str:
    number = g.valid(lambda: g.digits(1, "123456789") + g.digits(9), _pl_nip.is_valid)
    return f"{number[:3]}-{number[3:6]}-{number[6:8]}-{number[8:]}"


def pl_regon(g: Gen) -> str:
    return g.valid(lambda: g.digits(1, "1234567") + g.digits(8), _pl_regon.is_valid)


def se_personnummer(g: Gen, born: date) -> str:
    body = born.strftime("%y%m%d") + g.digits(3)
    number = f"{body[:6]}-{body[6:]}{luhn.calc_check_digit(body)}"
    assert _se_pnr.is_valid(number)
    return g.rnd.choice([number, number, f"{born:%Y}{number[2:].replace('-', '')}"])


def se_orgnr(g: Gen) -> str:
    body = "802" + g.digits(6)
    number = body + luhn.calc_check_digit(body)
    assert _se_orgnr.is_valid(number)
    return f"{number[:6]}-{number[6:]}"


def dk_cpr(g: Gen, born: date) -> str:
    # the serial's first digit tells the century: 0-3 for 1900-1999, 4 and 9 for 2000-2036
    first = "0123" if born.year < 2000 else "49"
    return g.valid(lambda: born.strftime("%d%m%y") + "-" + g.digits(1, first) + g.digits(3), _dk_cpr.is_valid)


def dk_cvr(g: Gen) -> str:
    return g.valid(lambda: g.digits(1, "123456789") + g.digits(7), _dk_cvr.is_valid)


def cz_rc(g: Gen, born: date, female: bool) -> str:
    month = born.month + (50 if female else 0)
    head = f"{born:%y}{month:02d}{born:%d}"
    suffix = 3 if born.year < 1954 else 4  # numbers issued before 1954 have a three-digit suffix and no check digit
    return g.valid(lambda: f"{head}/{g.digits(suffix)}", _cz_rc.is_valid)


def cz_ico(g: Gen) -> str:
    return g.valid(lambda: g.digits(1, "12456789") + g.digits(7), _cz_dic.is_valid)


def tr_tckimlik(g: Gen) -> str:
    body = g.digits(1, "123456789") + g.digits(8)
    number = body + _tr_tc.calc_check_digits(body)
    assert _tr_tc.is_valid(number)
    return number


def tr_vkn(g: Gen) -> str:
    return g.valid(lambda: g.digits(10), _tr_vkn.is_valid)


def jp_corporate(g: Gen) -> str:
    body = g.digits(12)
    return _jp_cn.calc_check_digit(body) + body


def gr_afm(g: Gen) -> str:
    return g.valid(lambda: "0" + g.digits(8), _gr_vat.is_valid)


def imo_number(g: Gen) -> str:
    return "IMO " + g.valid(lambda: g.digits(1, "9") + g.digits(6), _imo.is_valid)


def imei_number(g: Gen) -> str:
    body = g.rnd.choice(["35", "86", "01"]) + g.digits(12)
    number = body + luhn.calc_check_digit(body)
    assert _imei.is_valid(number)
    return number


#: passport-number shapes without a check digit (9 a digit, A a letter)
PASSPORT_SHAPES = {
    "gb": "999999999",
    "us": "A99999999",
    "de": "CZ9ZZZZZ9",
    "de_de": "CZ9ZZZZZ9",
    "fr": "99AA99999",
    "es": "AAA999999",
    "it": "YA9999999",
    "pl": "AA9999999",
    "se": "99999999",
    "dk": "999999999",
    "cz": "99999999",
    "tr": "U99999999",
    "jp": "TK9999999",
    "au": "PA9999999",
    "ie": "PA9999999",
    "pt": "A999999",
    "el": "AA9999999",
}


def passport(g: Gen, country: str) -> str:
    if country == "nl":
        return nl_passport(g)
    return g.code(PASSPORT_SHAPES[country]).replace("O", "P")


def sha1(g: Gen) -> str:
    return hashlib.sha1(str(g.rnd.random()).encode(), usedforsecurity=False).hexdigest()
