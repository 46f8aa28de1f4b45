"""Value generators of held-out set v13 (:mod:`benchmarks.classification.heldout_v13`).

The random source :class:`Gen` is v12's (itself v10's and v11's: phones drawn from real numbering ranges and kept only
when ``phonenumbers`` says they are valid numbers of the wanted type, hashes, UUIDs, dates, NULL-words) seeded anew for
v13, with numbering ranges for regions no earlier set listed (Croatia, Slovenia, Hungary, Romania, Bulgaria,
Luxembourg, Ukraine, Morocco). Identifier generators of v10 to v12 that check their values with ``python-stdnum`` are
reused where v13 needs the same identifier (an identifier generator is mechanics, not data).

Everything a reader could recognize as *data* is written here for v13: given and family names per language (short
hand-picked lists of common names, written anew; none is taken from Faker, from any list of real people or from the
classifier), streets and cities with the leads of their postal codes. Companies, products and places of events are
written in :mod:`benchmarks.classification.heldout_v13` itself.

Identifiers new in v13: the German tax number (Steuernummer, regional layout, python-stdnum ``de.stnr``), the English
Unique Pupil Number (python-stdnum ``gb.upn``), IBANs of Croatia, Slovenia, Hungary, Romania, Bulgaria and Luxembourg;
decoys: Spanish cadastral references (python-stdnum ``es.referenciacatastral``), RF creditor references (ISO 11649)
and IMO ship numbers.
"""

from __future__ import annotations

import random
import string
from datetime import date
from typing import Any

import phonenumbers
from stdnum import iban as _iban
from stdnum import imo as _imo
from stdnum import iso11649 as _rf
from stdnum.de import stnr as _stnr
from stdnum.es import referenciacatastral as _refcat
from stdnum.gb import upn as _upn

from benchmarks.classification import heldout_v10_values as v10
from benchmarks.classification import heldout_v11_values as v11
from benchmarks.classification import heldout_v12_values as v12
from benchmarks.classification.heldout_v2 import Column

SEED = 13_050_2026
N = "none"
#: a login handle or public display handle (review, as in v5 to v12)
USERNAME = "unclassified"
#: a column of several personal kinds by row (review, as v11's EAV and v12's mixed columns)
MIXED = "unclassified"
#: NULL-like strings (v12's, plus a few spelled in v13's languages)
NULLISH: tuple[str, ...] = v12.NULLISH + (
    "neuvedeno", "nezadáno", "bez telefonu", "saknas", "mangler", "ikke oplyst", "onbekend", "nvt", "sin dato",
    "non fornito", "não indicado", "sem email", "nie podano", "belirtilmemiş", "yok efendim", "отсутствует",
    "—", "μη διαθέσιμο", "記載なし", "NASHI", "FUMEI", "pas de mail", "k.A.", "TBC", "not given", "non renseigné",
    "nessuna")

#: region -> leading digits of national numbers for regions earlier sets did not list (real mobile ranges and area
#: codes; ``phonenumbers`` decides what is kept)
EXTRA_PREFIXES: dict[str, dict[str, list[str]]] = {
    "HR": {"mobile": ["91", "92", "95", "97", "98", "99"], "fixed": ["1", "21", "51", "31"]},
    "SI": {"mobile": ["30", "31", "40", "41", "51", "68", "70"], "fixed": ["1", "2", "3", "4", "5", "7"]},
    "HU": {"mobile": ["20", "30", "70"], "fixed": ["1", "52", "62", "72", "96"]},
    "RO": {"mobile": ["72", "73", "74", "75", "76"], "fixed": ["21", "264", "232", "256"]},
    "BG": {"mobile": ["87", "88", "89"], "fixed": ["2", "32", "52", "56"]},
    "LU": {"mobile": ["621", "661", "691"], "fixed": ["2", "4", "5"]},
    "UA": {"mobile": ["50", "63", "66", "67", "68", "73", "93", "95", "96", "97", "98"], "fixed": ["44", "32", "48"]},
    "MA": {"mobile": ["6", "7"], "fixed": ["52", "53"]},
}


class Gen(v12.Gen):
    """The random source of one table: ``rows`` rows, seeded from :data:`SEED` and ``table`` (v13's own seed)."""

    def __init__(self, table: str, rows: int) -> None:
        super().__init__(table, rows)
        self.rnd = random.Random(f"v13:{SEED}:{table}")

    def _number(self, region: str, mobile: bool) -> phonenumbers.PhoneNumber:
        if region not in EXTRA_PREFIXES:
            return super()._number(region, mobile)
        kind = phonenumbers.PhoneNumberType.MOBILE if mobile else phonenumbers.PhoneNumberType.FIXED_LINE
        accept = {kind, phonenumbers.PhoneNumberType.FIXED_LINE_OR_MOBILE}
        example = phonenumbers.example_number_for_type(region, kind) or phonenumbers.example_number(region)
        size = len(str(example.national_number))
        for _ in range(5_000):
            prefix = self.rnd.choice(EXTRA_PREFIXES[region]["mobile" if mobile else "fixed"])
            length = self.rnd.choice([size - 1, size, size, size + 1])
            body = prefix + "".join(self.rnd.choice(string.digits) for _ in range(max(1, length - len(prefix))))
            candidate = phonenumbers.PhoneNumber(country_code=example.country_code, national_number=int(body))
            if phonenumbers.is_valid_number(candidate) and phonenumbers.number_type(candidate) in accept and \
                    phonenumbers.region_code_for_number(candidate) == region:
                return candidate
        raise RuntimeError(f"no valid {region} number generated")

    def spaced(self, values: list[Any], pad: float = 0.35, case: float = 0.3) -> list[Any]:
        """Text with leading and trailing spaces and mixed case (upper, lower, as typed), NULL kept."""
        out: list[Any] = []
        for x in values:
            if isinstance(x, str):
                if self.rnd.random() < case:
                    x = self.rnd.choice([x.upper(), x.lower(), x.title()])
                if self.rnd.random() < pad:
                    x = self.rnd.choice([" ", "  ", "\t", ""]) + x + self.rnd.choice([" ", "   ", ""])
            out.append(x)
        return out

    def empties(self, values: list[Any], share: float) -> list[Any]:
        """A share ``share`` of ``values`` replaced by empty strings (no NULL at all)."""
        return ["" if self.rnd.random() < share else x for x in values]


def c(name: str, kind: str, sql_type: str, values: list[Any], *tags: str) -> Column:
    """One labeled column."""
    return Column(name, kind, sql_type, values, frozenset(tags))


# -- names (written for v13) -------------------------------------------------------------------------------------------

#: language -> (male given names, female given names, family names); an inflected family name is a (m, f) pair
NAMES: dict[str, tuple[list[str], list[str], list[Any]]] = {
    "de": (["Bernd", "Helmut", "Rüdiger", "Olaf", "Lutz", "Niklas", "Jonas", "Timo", "Armin", "Gregor"],
           ["Renate", "Gabriele", "Ute", "Christiane", "Nina", "Carina", "Tanja", "Elke", "Jutta", "Larissa"],
           ["Becker", "Wagner", "Schulze", "Richter", "Wolf", "Schäfer", "Bauer", "Keller", "Frank", "Berger",
            "Winkler", "Roth", "Beck", "Lorenz", "Seidel", "Thiele"]),
    "cs": (["Zdeněk", "Miroslav", "Tomáš", "Karel", "Ondřej", "Jaroslav", "Filip", "Milan", "Libor", "Aleš"],
           ["Ivana", "Lucie", "Zuzana", "Kateřina", "Tereza", "Dagmar", "Šárka", "Romana", "Jitka", "Monika"],
           [("Dvořák", "Dvořáková"), ("Černý", "Černá"), ("Procházka", "Procházková"), ("Kučera", "Kučerová"),
            ("Veselý", "Veselá"), ("Horák", "Horáková"), ("Němec", "Němcová"), ("Pokorný", "Pokorná"),
            ("Zeman", "Zemanová"), ("Kolář", "Kolářová"), ("Doležal", "Doležalová"), ("Šťastný", "Šťastná")]),
    "ru": (["Алексей", "Сергей", "Дмитрий", "Олег", "Виктор", "Григорий", "Денис", "Максим", "Тимур", "Фёдор"],
           ["Ольга", "Анна", "Марина", "Екатерина", "Галина", "Вера", "Дарья", "Полина", "Нина", "Оксана"],
           [("Смирнов", "Смирнова"), ("Кузнецов", "Кузнецова"), ("Попов", "Попова"), ("Соколов", "Соколова"),
            ("Лебедев", "Лебедева"), ("Козлов", "Козлова"), ("Морозов", "Морозова"), ("Волков", "Волкова"),
            ("Зайцев", "Зайцева"), ("Белов", "Белова"), ("Орлов", "Орлова"), ("Тихонов", "Тихонова")]),
    "el": (["Γιώργος", "Νίκος", "Κώστας", "Δημήτρης", "Μανώλης", "Γιάννης", "Λευτέρης", "Σωτήρης", "Άγγελος"],
           ["Μαρία", "Ελένη", "Σοφία", "Κατερίνα", "Νεφέλη", "Δήμητρα", "Ζωή", "Αλεξάνδρα", "Φωτεινή"],
           [("Γεωργίου", "Γεωργίου"), ("Οικονόμου", "Οικονόμου"), ("Βλάχος", "Βλάχου"), ("Κωνσταντίνου", "Κωνσταντίνου"),
            ("Αντωνίου", "Αντωνίου"), ("Δημητρίου", "Δημητρίου"), ("Πετρίδης", "Πετρίδου"), ("Ζαχαρίου", "Ζαχαρίου"),
            ("Κυριακίδης", "Κυριακίδου"), ("Τσακίρης", "Τσακίρη")]),
    "tr": (["Emre", "Burak", "Kemal", "Volkan", "Cem", "Tolga", "Barış", "Yusuf", "Erkan", "Selim"],
           ["Ayşe", "Fatma", "Elif", "Zeynep", "Derya", "Gülşen", "Merve", "Esra", "Tuğba", "Sevgi"],
           ["Yılmaz", "Kaya", "Demir", "Şahin", "Çelik", "Yıldız", "Aydın", "Öztürk", "Arslan", "Doğan", "Koç",
            "Kurt", "Özdemir", "Polat"]),
    "pl": (["Janusz", "Leszek", "Artur", "Damian", "Konrad", "Maciej", "Radosław", "Tadeusz", "Kacper", "Oskar"],
           ["Grażyna", "Bożena", "Elżbieta", "Izabela", "Kinga", "Sylwia", "Urszula", "Wiktoria", "Jolanta", "Alicja"],
           [("Wiśniewski", "Wiśniewska"), ("Wróbel", "Wróbel"), ("Sikora", "Sikora"), ("Baran", "Baran"),
            ("Górski", "Górska"), ("Ostrowski", "Ostrowska"), ("Kaczmarek", "Kaczmarek"), ("Zawadzki", "Zawadzka"),
            ("Chmielewski", "Chmielewska"), ("Pietrzak", "Pietrzak"), ("Walczak", "Walczak"), ("Sobczak", "Sobczak")]),
    "sv": (["Bengt", "Göran", "Håkan", "Ulf", "Stefan", "Oskar", "Viktor", "Axel", "Emil", "Isak"],
           ["Birgitta", "Ingrid", "Margareta", "Ulla", "Helena", "Annika", "Frida", "Klara", "Elsa", "Tova"],
           ["Berg", "Lindberg", "Holm", "Ström", "Engström", "Lundgren", "Björk", "Ekström", "Forsberg", "Hedlund",
            "Sandberg", "Åberg", "Nyström", "Dahl"]),
    "da": (["Henrik", "Jens", "Morten", "Torben", "Lasse", "Mads", "Christian", "Ulrik", "Viggo", "Malthe"],
           ["Hanne", "Lone", "Pia", "Susanne", "Mia", "Ida", "Freja", "Katrine", "Birthe", "Tove"],
           ["Poulsen", "Johansen", "Knudsen", "Mortensen", "Møller", "Frederiksen", "Lund", "Holm", "Schmidt",
            "Eriksen", "Bach", "Kjær", "Vestergaard", "Lauridsen"]),
    "nl": (["Bas", "Thijs", "Jeroen", "Ruud", "Wim", "Daan", "Jasper", "Niels", "Stijn", "Teun"],
           ["Annemiek", "Ellen", "Joke", "Karin", "Wendy", "Ilse", "Roos", "Tessa", "Femke", "Saskia"],
           ["Bakker", "Visser", "Smit", "Meijer", "de Vries", "van Dijk", "Vos", "Peters", "Bos", "van der Meer",
            "Jacobs", "Willemsen", "de Wit", "Timmermans"]),
    "fr": (["Hervé", "Laurent", "Olivier", "Sébastien", "Jérôme", "Lucas", "Hugo", "Bastien", "Gilles", "Régis"],
           ["Nathalie", "Isabelle", "Sylvie", "Corinne", "Chloé", "Léa", "Émilie", "Agnès", "Mathilde", "Laetitia"],
           ["Martin", "Bernard", "Petit", "Durand", "Leroy", "Roux", "Garnier", "Blanc", "Guérin", "Boyer",
            "Gauthier", "Perrin", "Morel", "Clément"]),
    "es": (["Manuel", "Francisco", "Raúl", "Óscar", "Gonzalo", "Ignacio", "Diego", "Hugo", "Luis", "Andrés"],
           ["Dolores", "Concepción", "Silvia", "Patricia", "Elena", "Cristina", "Sonia", "Inmaculada", "Eva", "Lorena"],
           ["Romero", "Torres", "Vázquez", "Ramos", "Gil", "Serrano", "Blanco", "Molina", "Castro", "Ortega",
            "Delgado", "Marín", "Iglesias", "Medina"]),
    "it": (["Giuseppe", "Antonio", "Vincenzo", "Marco", "Davide", "Matteo", "Riccardo", "Luca", "Enrico", "Pietro"],
           ["Giovanna", "Teresa", "Lucia", "Chiara", "Sara", "Federica", "Ilaria", "Silvia", "Daniela", "Antonella"],
           ["Esposito", "Colombo", "Rizzo", "Lombardi", "Greco", "Conti", "De Luca", "Mancini", "Fontana", "Santoro",
            "Marchetti", "Villa", "Cattaneo", "Pellegrini"]),
    "pt": (["Manuel", "Francisco", "Ricardo", "Miguel", "Hugo", "Bruno", "Filipe", "Vítor", "Sérgio", "Duarte"],
           ["Maria", "Ana", "Joana", "Sofia", "Inês", "Catarina", "Mariana", "Rita", "Filipa", "Beatriz"],
           ["Silva", "Santos", "Ferreira", "Pereira", "Oliveira", "Costa", "Rodrigues", "Martins", "Sousa",
            "Fernandes", "Gonçalves", "Lopes", "Marques", "Ribeiro"]),
    "en": (["Ian", "Martin", "Neil", "Simon", "Paul", "Oliver", "Harry", "Alfie", "Connor", "Ewan"],
           ["Sarah", "Claire", "Helen", "Emma", "Charlotte", "Ellie", "Freya", "Megan", "Lauren", "Hannah"],
           ["Smith", "Jones", "Williams", "Taylor", "Wilson", "Wright", "Walker", "Hughes", "Green", "Hall",
            "Wood", "Clarke", "Turner", "Ward"]),
    "us": (["Michael", "Christopher", "Joshua", "Kevin", "Anthony", "Justin", "Eric", "Aaron", "Dylan", "Logan"],
           ["Jennifer", "Jessica", "Amanda", "Stephanie", "Heather", "Nicole", "Megan", "Rachel", "Samantha", "Kelsey"],
           ["Johnson", "Williams", "Jones", "Miller", "Davis", "Wilson", "Anderson", "Thomas", "Jackson", "Lee",
            "Harris", "Thompson", "Robinson", "Lewis"]),
    # foreigners in the Dutch, Danish and Polish tables
    "hr": (["Ivan", "Marko", "Josip", "Tomislav"], ["Ivana", "Marija", "Ana", "Petra"],
           ["Horvat", "Kovačević", "Babić", "Marić", "Jurić"]),
    "ro": (["Andrei", "Mihai", "Ionuț", "Florin"], ["Ioana", "Elena", "Andreea", "Mihaela"],
           ["Popescu", "Ionescu", "Stan", "Dumitru", "Constantin"]),
    "uk": (["Oleksandr", "Andrii", "Taras", "Bohdan"], ["Olena", "Iryna", "Kateryna", "Yuliia"],
           ["Shevchenko", "Kovalenko", "Bondarenko", "Tkachenko", "Melnyk"]),
}


def person(g: Gen, lang: str, female: bool | None = None) -> tuple[str, str]:
    """A (given name, family name) pair of ``lang``."""
    men, women, families = NAMES[lang]
    female = g.rnd.random() < 0.5 if female is None else female
    family = g.rnd.choice(families)
    if isinstance(family, tuple):
        family = family[1 if female else 0]
    return g.rnd.choice(women if female else men), family


def people(g: Gen, lang: str | list[str], sexes: list[bool] | None = None) -> tuple[list[str], list[str]]:
    langs = [lang] if isinstance(lang, str) else lang
    pairs = [person(g, g.rnd.choice(langs), None if sexes is None else sexes[i]) for i in range(g.rows)]
    return [a for a, _ in pairs], [b for _, b in pairs]


def whole(g: Gen, lang: str, female: bool | None = None) -> str:
    return " ".join(person(g, lang, female))


def given(g: Gen, lang: str, female: bool | None = None) -> str:
    return person(g, lang, female)[0]


def sexes(g: Gen, female: float = 0.5) -> list[bool]:
    return [g.rnd.random() < female for _ in range(g.rows)]


#: Japanese names: (kanji, katakana reading, romaji)
JA_MALE = [("誠", "マコト", "Makoto"), ("浩二", "コウジ", "Koji"), ("拓也", "タクヤ", "Takuya"), ("亮", "リョウ", "Ryo"),
           ("直樹", "ナオキ", "Naoki"), ("雄一", "ユウイチ", "Yuichi"), ("剛", "ツヨシ", "Tsuyoshi"),
           ("和也", "カズヤ", "Kazuya"), ("智之", "トモユキ", "Tomoyuki"), ("陸", "リク", "Riku")]
JA_FEMALE = [("真由美", "マユミ", "Mayumi"), ("久美子", "クミコ", "Kumiko"), ("彩", "アヤ", "Aya"),
             ("千尋", "チヒロ", "Chihiro"), ("美穂", "ミホ", "Miho"), ("沙織", "サオリ", "Saori"),
             ("明美", "アケミ", "Akemi"), ("陽菜", "ヒナ", "Hina"), ("早苗", "サナエ", "Sanae"), ("結衣", "ユイ", "Yui")]
JA_LAST = [("田中", "タナカ", "Tanaka"), ("渡辺", "ワタナベ", "Watanabe"), ("伊藤", "イトウ", "Ito"),
           ("山本", "ヤマモト", "Yamamoto"), ("中村", "ナカムラ", "Nakamura"), ("小林", "コバヤシ", "Kobayashi"),
           ("加藤", "カトウ", "Kato"), ("吉田", "ヨシダ", "Yoshida"), ("山田", "ヤマダ", "Yamada"),
           ("佐々木", "ササキ", "Sasaki"), ("松本", "マツモト", "Matsumoto"), ("井上", "イノウエ", "Inoue"),
           ("木村", "キムラ", "Kimura"), ("清水", "シミズ", "Shimizu")]


def ja_person(g: Gen, female: bool | None = None) -> tuple[tuple[str, str, str], tuple[str, str, str]]:
    """A Japanese (given name, family name), each as (kanji, katakana, romaji)."""
    female = g.rnd.random() < 0.5 if female is None else female
    return g.rnd.choice(JA_FEMALE if female else JA_MALE), g.rnd.choice(JA_LAST)


# -- places (written for v13) ------------------------------------------------------------------------------------------

#: country -> (city, leading digits or letters of its postal codes)
CITIES: dict[str, list[tuple[str, str]]] = {
    "DE": [("Kassel", "341"), ("Würzburg", "970"), ("Osnabrück", "490"), ("Paderborn", "331"), ("Ulm", "890"),
           ("Heilbronn", "740"), ("Wolfsburg", "384"), ("Trier", "542"), ("Jena", "077"), ("Rostock", "180")],
    "CZ": [("Jihlava", "586"), ("Kolín", "280"), ("Třebíč", "674"), ("Znojmo", "669"), ("Písek", "397"),
           ("Tábor", "390"), ("Kutná Hora", "284"), ("Prostějov", "796")],
    "RU": [("Казань", "420"), ("Самара", "443"), ("Воронеж", "394"), ("Пермь", "614"), ("Тула", "300"),
           ("Ярославль", "150"), ("Омск", "644"), ("Калуга", "248")],
    "GR": [("Πάτρα", "26"), ("Ηράκλειο", "71"), ("Λάρισα", "41"), ("Βόλος", "38"), ("Ιωάννινα", "45"),
           ("Χανιά", "73"), ("Καβάλα", "65"), ("Σέρρες", "62")],
    "TR": [("Eskişehir", "26"), ("Konya", "42"), ("Kayseri", "38"), ("Trabzon", "61"), ("Samsun", "55"),
           ("Denizli", "20"), ("Mersin", "33"), ("Gaziantep", "27")],
    "PL": [("Lublin", "20"), ("Białystok", "15"), ("Rzeszów", "35"), ("Toruń", "87"), ("Opole", "45"),
           ("Kielce", "25"), ("Olsztyn", "10"), ("Gdynia", "81")],
    "SE": [("Örebro", "70"), ("Västerås", "72"), ("Jönköping", "55"), ("Umeå", "90"), ("Lund", "22"),
           ("Borås", "50"), ("Karlstad", "65"), ("Växjö", "35")],
    "DK": [("Aalborg", "9"), ("Esbjerg", "67"), ("Vejle", "71"), ("Horsens", "87"), ("Herning", "74"),
           ("Roskilde", "40"), ("Svendborg", "57"), ("Viborg", "88")],
    "NL": [("Utrecht", "35"), ("Zwolle", "80"), ("Leiden", "23"), ("Delft", "26"), ("Tilburg", "50"),
           ("Amersfoort", "38"), ("Deventer", "74"), ("Leeuwarden", "89")],
    "FR": [("Angers", "49"), ("Tours", "37"), ("Limoges", "87"), ("Reims", "51"), ("Brest", "29"),
           ("Perpignan", "66"), ("Besançon", "25"), ("Poitiers", "86")],
    "ES": [("Salamanca", "37"), ("Córdoba", "14"), ("Santander", "39"), ("Logroño", "26"), ("Cáceres", "10"),
           ("Girona", "17"), ("Oviedo", "33"), ("Huesca", "22")],
    "IT": [("Brescia", "251"), ("Parma", "431"), ("Lecce", "731"), ("Perugia", "061"), ("Trento", "381"),
           ("Ancona", "601"), ("Udine", "331"), ("Sassari", "071")],
    "PT": [("Setúbal", "29"), ("Évora", "70"), ("Leiria", "24"), ("Guimarães", "48"), ("Viseu", "35"),
           ("Funchal", "90"), ("Covilhã", "62"), ("Barcelos", "47")],
    "GB": [("Leicester", "LE"), ("Derby", "DE"), ("Bath", "BA"), ("Durham", "DH"), ("Stoke-on-Trent", "ST"),
           ("Reading", "RG"), ("Ipswich", "IP"), ("Wigan", "WN")],
    "US": [("Dayton", "454"), ("Lubbock", "794"), ("Albany", "122"), ("Omaha", "681"), ("Knoxville", "379"),
           ("Tacoma", "984"), ("Akron", "443"), ("Madison", "537")],
    "JP": [("札幌市", "060"), ("仙台市", "980"), ("広島市", "730"), ("岡山市", "700"), ("金沢市", "920"),
           ("松山市", "790"), ("鹿児島市", "890"), ("長野市", "380")],
}

#: Japanese cities in romaji, with the same postal leads
JA_LATN_CITIES = [("Sapporo-shi", "060"), ("Sendai-shi", "980"), ("Hiroshima-shi", "730"), ("Okayama-shi", "700"),
                  ("Kanazawa-shi", "920"), ("Matsuyama-shi", "790"), ("Kagoshima-shi", "890"), ("Nagano-shi", "380")]


def city(g: Gen, country: str) -> tuple[str, str]:
    return g.rnd.choice(CITIES[country])


postal = v10.postal

#: language -> street names (written for v13)
STREETS: dict[str, list[str]] = {
    "de": ["Hauptstraße", "Rosenweg", "Mozartstr.", "Birkenallee", "Im Winkel", "Feldstraße", "Ahornweg",
           "Kirchplatz", "Am Sportplatz", "Uhlandstraße"],
    "cs": ["Husova", "Palackého", "Komenského", "Nerudova", "Lipová", "Polní", "Sokolská", "Žižkova"],
    "ru": ["ул. Пушкина", "ул. Садовая", "ул. Лесная", "ул. Школьная", "пр-т Мира", "ул. Чехова", "ул. Невская"],
    "el": ["Ερμού", "Κολοκοτρώνη", "Μητροπόλεως", "Ελευθερίου Βενιζέλου", "Σόλωνος", "Καποδιστρίου", "Ναυαρίνου"],
    "tr": ["Atatürk Bulvarı", "Menekşe Sok.", "Lale Sok.", "İnönü Cad.", "Fatih Mah. Çınar Sok.", "Gazi Cad."],
    "pl": ["ul. Kościuszki", "ul. Ogrodowa", "ul. Lipowa", "ul. Sienkiewicza", "ul. Długa", "al. Jana Pawła II"],
    "sv": ["Storgatan", "Björkvägen", "Ekvägen", "Strandvägen", "Tallvägen", "Västra vägen", "Solvägen"],
    "da": ["Algade", "Bredgade", "Skovvej", "Rosenvænget", "Søndergade", "Lindevej", "Møllevej"],
    "nl": ["Kerkstraat", "Molenweg", "Lindelaan", "Wilhelminastraat", "Oranjestraat", "Eikenlaan", "Vaart"],
    "fr": ["rue de la Paix", "rue Jean Jaurès", "boulevard Gambetta", "rue des Écoles", "allée des Tilleuls",
           "chemin du Lavoir", "place du Marché"],
    "es": ["Calle Alcalá", "Calle Goya", "Avenida de América", "Calle Mayor", "Paseo del Prado", "Calle Sol",
           "Plaza de España"],
    "it": ["Via Garibaldi", "Via Manzoni", "Viale Europa", "Via San Martino", "Via Dante", "Corso Vittorio Emanuele",
           "Piazza Duomo"],
    "pt": ["Rua Direita", "Avenida da República", "Rua do Sol", "Travessa do Carmo", "Rua das Flores",
           "Largo da Sé", "Rua Nova"],
    "en": ["High Street", "Mill Lane", "Kings Road", "Orchard Close", "Springfield Avenue", "Manor Way",
           "Chapel Street"],
    "us": ["Lincoln Ave", "Washington St", "Lakeview Dr", "Hillcrest Rd", "Chestnut St", "Jefferson Blvd",
           "Birch Ln"],
}


def street(g: Gen, lang: str) -> str:
    """A street line in the usual layout of ``lang``."""
    s = g.rnd.choice(STREETS[lang])
    n = g.rnd.randint(1, 160)
    if lang in {"en", "us", "fr"}:
        return f"{n * (10 if lang == 'us' else 1)} {s}" + (f" Apt {g.rnd.randint(1, 30)}" if lang == "us" and
                                                           g.rnd.random() < 0.2 else "")
    if lang in {"es", "pt"}:
        return f"{s}, {n}" + (f", {g.rnd.randint(1, 8)}º {g.rnd.choice('ABCD')}" if g.rnd.random() < 0.4 else "")
    if lang == "it":
        return f"{s} {n}" if g.rnd.random() < 0.7 else f"{s}, {n}/{g.rnd.choice('AB')}"
    if lang == "tr":
        return f"{s} No:{n} D:{g.rnd.randint(1, 20)}"
    if lang == "ru":
        return f"{s}, д. {n}, кв. {g.rnd.randint(1, 200)}"
    if lang == "cs":
        return f"{s} {g.rnd.randint(100, 2900)}" + (f"/{g.rnd.randint(1, 40)}" if g.rnd.random() < 0.5 else "")
    if lang == "pl":
        return f"{s} {n}" + (f" m. {g.rnd.randint(1, 60)}" if g.rnd.random() < 0.4 else "")
    if lang == "da":
        return f"{s} {n}" + (f", {g.rnd.randint(1, 4)}. th." if g.rnd.random() < 0.3 else "")
    return f"{s} {n}"


# -- mechanics reused from v10 to v12 ----------------------------------------------------------------------------------

email = v10.email
emails = v10.emails
work_email = v10.work_email
handle = v10.handle
plain = v10.plain
latin = v10.latin
card = v10.card
iban = v10.iban
wareki = v10.wareki
dk_cpr = v10.dk_cpr
se_pnr = v10.se_pnr
pl_pesel = v10.pl_pesel
cz_rc = v10.cz_rc
tr_tc = v10.tr_tc
nl_bsn = v10.nl_bsn
es_dni = v10.es_dni
es_nie = v10.es_nie
it_cf = v10.it_cf
ru_snils = v10.ru_snils
ru_inn_person = v10.ru_inn_person
gr_amka = v10.gr_amka
gb_nino = v10.gb_nino
us_ssn = v10.us_ssn
fr_nir = v10.fr_nir
pl_nip_company = v10.pl_nip_company
cz_ico = v10.cz_ico
dk_cvr = v10.dk_cvr
tr_vkn = v10.tr_vkn
ru_inn_company = v10.ru_inn_company
gr_afm_company = v10.gr_afm_company
se_orgnr = v10.se_orgnr
de_vat = v10.de_vat
fr_siret = v10.fr_siret
it_iva = v10.it_iva
jp_corporate = v10.jp_corporate
jp_my_number = v11.jp_my_number
pt_cc = v11.pt_cc
not_iban = v11.not_iban
not_phone = v12.not_phone
not_luhn = v12.not_luhn
not_tc = v12.not_tc
pt_nif = v11.pt_nif
gr_afm_person = v10.gr_afm_person

#: BBAN layouts of countries no earlier generator knew (python-stdnum's IBAN registry checks the result)
EXTRA_BBAN = {"HR": "99999999999999999", "SI": "999999999999999", "HU": "999999999999999999999999",
              "RO": "AAAAZZZZZZZZZZZZZZZZ", "BG": "AAAA999999ZZZZZZZZ", "LU": "999ZZZZZZZZZZZZZ"}


def iban_new(g: Gen, country: str, spaced: bool = False) -> str:
    """A valid IBAN of a country in :data:`EXTRA_BBAN` (check digits computed, checked by python-stdnum)."""
    def make() -> str:
        bban = g.code(EXTRA_BBAN[country]).upper()
        check = 98 - int("".join(str(int(ch, 36)) for ch in bban + country + "00")) % 97
        return f"{country}{check:02d}{bban}"

    number = g.valid(make, _iban.is_valid)
    return " ".join(number[i:i + 4] for i in range(0, len(number), 4)) if spaced else number


# -- identifiers new in v13 --------------------------------------------------------------------------------------------


def de_stnr(g: Gen) -> str:
    """A German tax number (Steuernummer) in a Land's regional layout, written with slashes (``181/815/08155``);
    python-stdnum ``de.stnr`` checks the layout of the Land."""
    def make() -> str:
        layout = g.rnd.choice(["FFF/BBB/UUUUP", "FF/BBB/UUUUP", "FFF/BBBB/UUUP"])
        text = "".join(g.rnd.choice(string.digits) if ch in "FBUP" else ch for ch in layout)
        return text

    return g.valid(make, _stnr.is_valid)


def gb_upn(g: Gen) -> str:
    """An English Unique Pupil Number: a check letter, a local-authority number, a school number, the year, a serial."""
    def make() -> str:
        body = f"{g.rnd.choice(['202', '213', '330', '336', '350', '855', '878', '919'])}{g.digits(4, '1234567')}" \
               f"{g.rnd.randint(10, 24):02d}{g.digits(3, string.digits)}"
        return _upn.calc_check_digit(body) + body

    return g.valid(make, _upn.is_valid)


# -- decoys ------------------------------------------------------------------------------------------------------------


def es_refcat(g: Gen) -> str:
    """A Spanish cadastral reference of a flat (20 characters, two check letters; python-stdnum checks it)."""
    def make() -> str:
        body = g.digits(7, string.digits) + g.code("AA") + g.digits(4, string.digits) + g.code("A") + \
            g.digits(4, string.digits)
        return body + _refcat.calc_check_digits(body)

    return g.valid(make, _refcat.is_valid)


def rf_reference(g: Gen) -> str:
    """An ISO 11649 creditor reference (``RF`` and two check digits), printed on a payment slip."""
    def make() -> str:
        body = g.digits(g.rnd.randint(8, 14), string.digits)
        check = 98 - int("".join(str(int(ch, 36)) for ch in body + "RF00")) % 97
        return f"RF{check:02d}{body}"

    return g.valid(make, _rf.is_valid)


def imo_number(g: Gen) -> str:
    def make() -> str:
        body = g.digits(6, "9")
        return "IMO " + body + _imo.calc_check_digit(body)

    return g.valid(make, _imo.is_valid)


def born(g: Gen, start: int, end: int) -> date:
    return g.birth(start, end)
