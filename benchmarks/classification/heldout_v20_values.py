"""Values of held-out set v20 (:mod:`benchmarks.classification.heldout_v20`): v20's random source, names, streets and
cities written by hand for v20 (no Faker, no list of real people), and identifiers checked with python-stdnum.

Mechanics (phones, e-mails, handles, cards and the identifiers earlier sets already built) are reused from the value
modules of v19 and v10 to v18; built here are IBANs of v20's countries (and references shaped like them that fail mod
97), dates of birth as Excel serial numbers and as Unix epoch milliseconds, and the list of NULL words of v20's
languages.
"""

from __future__ import annotations

import random
import string
from datetime import UTC, date, datetime
from typing import Any

from stdnum import iban as _iban

from benchmarks.classification import heldout_v10_values as v10
from benchmarks.classification import heldout_v14_values as v14
from benchmarks.classification import heldout_v17_values as v17
from benchmarks.classification import heldout_v18_values as v18
from benchmarks.classification import heldout_v19_values as v19
from benchmarks.classification.heldout_v2 import Column

SEED = 20_050_2026
N = "none"
#: a login or public display handle (review, as in v5 to v19)
USERNAME = "unclassified"
#: NULL-like strings (v19's, plus a few spelled in v20's languages)
NULLISH: tuple[str, ...] = v19.NULLISH + (
    "no notes", "keine Angabe", "néant", "sin datos", "nessuno", "sem observações", "n.v.t.", "brak danych", "saknas",
    "ingen", "bez poznámky", "belirtilmemiş", "TOKU_NASHI", "特になし", "нет данных", "καμία", "nincs", "fără",
    "ikke oppgitt", "#N/A", "(blank)", "null")

ALL_REGIONS = v19.ALL_REGIONS


class Gen(v19.Gen):
    """The random source of one table: ``rows`` rows, seeded from :data:`SEED` and ``table`` (v20's own seed)."""

    def __init__(self, table: str, rows: int) -> None:
        super().__init__(table, rows)
        self.rnd = random.Random(f"v20:{SEED}:{table}")


def c(name: str, kind: str, sql_type: str, values: list[Any], *tags: str) -> Column:
    """One labeled column."""
    return Column(name, kind, sql_type, values, frozenset(tags))


# -- names (written for v20) -------------------------------------------------------------------------------------------

#: language -> (male given names, female given names, family names); an inflected family name is a (m, f) pair
NAMES: dict[str, tuple[list[str], list[str], list[Any]]] = {
    "en": (["Oliver", "Rhys", "Callum", "Dominic", "Tobias", "Jasper", "Reuben", "Nathaniel"],
           ["Harriet", "Imogen", "Phoebe", "Rosalind", "Tamsin", "Beatrix", "Georgia", "Philippa"],
           ["Pemberton", "Ashworth", "Hollis", "Whitcombe", "Carver", "Radley", "Thornbury", "Kettering", "Lockwood",
            "Barraclough", "Fairweather", "Oakes"]),
    "de": (["Klaus", "Bernd", "Uwe", "Rainer", "Matthias", "Wolfgang", "Florian", "Günther"],
           ["Renate", "Brigitte", "Sabine", "Ursula", "Christa", "Monika", "Andrea", "Gudrun"],
           ["Huber", "Wimmer", "Pichler", "Brandl", "Obermaier", "Steiner", "Gruber", "Hofbauer", "Lechner",
            "Eder", "Moosbrugger", "Aigner"]),
    "fr": (["Mathis", "Baptiste", "Romain", "Yannick", "Gaëtan", "Sylvain", "Hervé", "Loïc"],
           ["Clémence", "Solène", "Margaux", "Maëlle", "Anaïs", "Océane", "Gwenaëlle", "Capucine"],
           ["Le Goff", "Kerjean", "Tanguy", "Morvan", "Le Bihan", "Guillou", "Quéré", "Riou", "Cadiou", "Le Gall",
            "Prigent", "Jaouen"]),
    "es": (["Íñigo", "Álvaro", "Borja", "Sergio", "Rubén", "Gonzalo", "Adrián", "Jaime"],
           ["Nerea", "Ainhoa", "Lucía", "Paula", "Irene", "Alba", "Marta", "Rocío"],
           ["García", "Fernández", "Ruiz", "Navarro", "Ortega", "Castillo", "Iglesias", "Delgado", "Vidal",
            "Prieto", "Calvo", "Herrero"]),
    "it": (["Salvatore", "Gennaro", "Ciro", "Vincenzo", "Antonio", "Pasquale", "Raffaele", "Carmine"],
           ["Assunta", "Carmela", "Rosaria", "Concetta", "Teresa", "Anna", "Filomena", "Immacolata"],
           ["Esposito", "Russo", "De Luca", "Romano", "Coppola", "Marino", "Gallo", "Amato", "Caruso", "Iovine",
            "Sannino", "Cozzolino"]),
    "pt": (["Thiago", "Rafael", "Leandro", "Anderson", "Wellington", "Fábio", "Marcelo", "Rodrigo"],
           ["Juliana", "Camila", "Fernanda", "Aline", "Priscila", "Letícia", "Tatiane", "Vanessa"],
           ["da Silva", "dos Santos", "Oliveira", "Souza", "Pereira", "Lima", "Carvalho", "Gomes", "Barbosa",
            "Rocha", "Almeida", "Nascimento"]),
    "nl": (["Niels", "Sander", "Jasper", "Bas", "Joost", "Rutger", "Stijn", "Gijs"],
           ["Anouk", "Femke", "Marloes", "Eline", "Iris", "Noor", "Roos", "Merel"],
           ["Jansen", "van Dijk", "Smit", "Meijer", "de Vries", "van Leeuwen", "Vermeulen", "Kok", "Peters",
            "Hendriks", "van den Berg", "Willems"]),
    "pl": (["Krzysztof", "Andrzej", "Marek", "Grzegorz", "Wojciech", "Zbigniew", "Rafał", "Łukasz"],
           ["Elżbieta", "Agnieszka", "Małgorzata", "Barbara", "Ewa", "Dorota", "Iwona", "Bożena"],
           [("Nowak", "Nowak"), ("Kowalczyk", "Kowalczyk"), ("Wiśniewski", "Wiśniewska"), ("Lewandowski",
            "Lewandowska"), ("Kamiński", "Kamińska"), ("Zieliński", "Zielińska"), ("Szymański", "Szymańska"),
            ("Woźniak", "Woźniak"), ("Kozłowski", "Kozłowska"), ("Mazur", "Mazur")]),
    "sv": (["Anders", "Lars", "Mikael", "Per", "Håkan", "Stefan", "Björn", "Mats"],
           ["Karin", "Eva", "Ulla", "Marie", "Annika", "Lena", "Sofia", "Kerstin"],
           ["Andersson", "Nilsson", "Eriksson", "Larsson", "Persson", "Svensson", "Gustafsson", "Pettersson",
            "Jonsson", "Bergström", "Lindqvist", "Forsberg"]),
    "da": (["Henrik", "Ole", "Erik", "Preben", "Svend", "Aage", "Knud", "Villy"],
           ["Inge", "Kirsten", "Else", "Grethe", "Ruth", "Karen", "Tove", "Elly"],
           ["Jensen", "Nielsen", "Hansen", "Pedersen", "Andersen", "Christensen", "Larsen", "Rasmussen",
            "Jørgensen", "Poulsen", "Frandsen", "Knudsen"]),
    "cs": (["Josef", "Jaroslav", "Václav", "Vladimír", "František", "Stanislav", "Luboš", "Petr"],
           ["Marie", "Jana", "Věra", "Zdeňka", "Ludmila", "Jaroslava", "Blanka", "Dagmar"],
           [("Novák", "Nováková"), ("Svoboda", "Svobodová"), ("Horák", "Horáková"), ("Němec", "Němcová"),
            ("Fiala", "Fialová"), ("Zeman", "Zemanová"), ("Kolář", "Kolářová"), ("Navrátil", "Navrátilová"),
            ("Čermák", "Čermáková"), ("Urban", "Urbanová")]),
    "tr": (["Mehmet", "Mustafa", "Ahmet", "Hüseyin", "İbrahim", "Yusuf", "Hakan", "Serkan"],
           ["Zeynep", "Ayşe", "Fatma", "Merve", "Büşra", "Ebru", "Hülya", "Sevgi"],
           ["Yılmaz", "Öztürk", "Demir", "Koç", "Aksoy", "Polat", "Erdem", "Güneş", "Kılıç", "Özdemir", "Bulut",
            "Çetin"]),
    "ru": (["Дмитрий", "Андрей", "Павел", "Роман", "Евгений", "Виктор", "Олег", "Борис"],
           ["Татьяна", "Ирина", "Светлана", "Марина", "Галина", "Надежда", "Юлия", "Ксения"],
           [("Кузнецов", "Кузнецова"), ("Попов", "Попова"), ("Смирнов", "Смирнова"), ("Фёдоров", "Фёдорова"),
            ("Никитин", "Никитина"), ("Григорьев", "Григорьева"), ("Тарасов", "Тарасова"),
            ("Комаров", "Комарова")]),
    "el": (["Παναγιώτης", "Βασίλης", "Χρήστος", "Θανάσης", "Σπύρος", "Ηλίας", "Αντώνης", "Γιάννης"],
           ["Ελένη", "Βασιλική", "Παναγιώτα", "Χρυσούλα", "Ευαγγελία", "Αικατερίνη", "Θεοδώρα", "Αναστασία"],
           [("Παπαδόπουλος", "Παπαδοπούλου"), ("Οικονόμου", "Οικονόμου"), ("Κωνσταντίνου", "Κωνσταντίνου"),
            ("Αλεξίου", "Αλεξίου"), ("Πετρίδης", "Πετρίδου"), ("Ζαχαρίου", "Ζαχαρίου"), ("Μπακάλης", "Μπακάλη"),
            ("Χατζής", "Χατζή")]),
    "hu": (["László", "Zoltán", "Gábor", "Attila", "Tibor", "Csaba", "Péter", "Sándor"],
           ["Katalin", "Erzsébet", "Ildikó", "Zsuzsanna", "Krisztina", "Andrea", "Mónika", "Edit"],
           ["Nagy", "Kovács", "Tóth", "Szabó", "Horváth", "Varga", "Kiss", "Molnár", "Németh", "Farkas"]),
    "ro": (["Andrei", "Mihai", "Cristian", "Ionuț", "Bogdan", "Adrian", "Florin", "Cătălin"],
           ["Ioana", "Elena", "Andreea", "Mihaela", "Alina", "Raluca", "Simona", "Georgiana"],
           ["Popescu", "Ionescu", "Dumitrescu", "Stan", "Constantin", "Munteanu", "Stoica", "Dinu", "Marin",
            "Tudor"]),
    "no": (["Ole", "Knut", "Terje", "Geir", "Arild", "Øyvind", "Rune", "Trond"],
           ["Kari", "Randi", "Solveig", "Hilde", "Turid", "Marit", "Liv", "Gunn"],
           ["Hansen", "Johansen", "Olsen", "Berg", "Haugen", "Bakken", "Moen", "Solberg", "Strand", "Dahl"]),
}

#: Japanese names: (kanji, romaji) (written for v20)
JA_MALE = [("隆", "Takashi"), ("博之", "Hiroyuki"), ("慎吾", "Shingo"), ("達也", "Tatsuya"), ("聡", "Satoshi"),
           ("哲也", "Tetsuya"), ("勇気", "Yuki"), ("大樹", "Daiki")]
JA_FEMALE = [("香織", "Kaori"), ("裕子", "Yuko"), ("明美", "Akemi"), ("奈々", "Nana"), ("美咲", "Misaki"),
             ("直美", "Naomi"), ("優子", "Yuko"), ("結衣", "Yui")]
JA_LAST = [("山口", "Yamaguchi"), ("松本", "Matsumoto"), ("井上", "Inoue"), ("木村", "Kimura"), ("林", "Hayashi"),
           ("清水", "Shimizu"), ("山崎", "Yamazaki"), ("阿部", "Abe"), ("中島", "Nakajima"), ("前田", "Maeda"),
           ("小川", "Ogawa"), ("長谷川", "Hasegawa")]


def sexes(g: Gen, female: float = 0.5) -> list[bool]:
    return [g.rnd.random() < female for _ in range(g.rows)]


def person(g: Gen, lang: str, female: bool | None = None, lasts: list[Any] | None = None) -> tuple[str, str]:
    """A (given name, family name) pair of ``lang`` (an inflected family name agrees with the sex); ``lasts`` limits
    the family names (a small organisation where a few families recur)."""
    female = g.rnd.random() < 0.5 if female is None else female
    males, females, all_lasts = NAMES[lang]
    first = g.rnd.choice(females if female else males)
    last = g.rnd.choice(lasts or all_lasts)
    if isinstance(last, tuple):
        last = last[1] if female else last[0]
    return first, last


def people(g: Gen, lang: str, fem: list[bool], lasts: list[Any] | None = None) -> tuple[list[str], list[str]]:
    pairs = [person(g, lang, f, lasts) for f in fem]
    return [a for a, _ in pairs], [b for _, b in pairs]


def whole(g: Gen, lang: str, female: bool | None = None) -> str:
    a, b = person(g, lang, female)
    return f"{a} {b}"


def given(g: Gen, lang: str, female: bool | None = None) -> str:
    return person(g, lang, female)[0]


def family(g: Gen, lang: str, female: bool | None = None) -> str:
    return person(g, lang, female)[1]


def ja_person(g: Gen, female: bool) -> tuple[tuple[str, str], tuple[str, str]]:
    return g.rnd.choice(JA_LAST), g.rnd.choice(JA_FEMALE if female else JA_MALE)


# -- places (written for v20) ------------------------------------------------------------------------------------------

#: country -> (real city or town, postal code lead)
CITIES: dict[str, list[tuple[str, str]]] = {
    "GB": [("Bristol", "BS6"), ("Bath", "BA2"), ("Cheltenham", "GL50"), ("Swindon", "SN1"), ("Exeter", "EX4"),
           ("Gloucester", "GL1"), ("Taunton", "TA1")],
    "DE": [("Rosenheim", "830"), ("Traunstein", "833"), ("Bad Aibling", "830"), ("Prien am Chiemsee", "832"),
           ("Wasserburg am Inn", "835"), ("Kolbermoor", "830")],
    "FR": [("Quimper", "290"), ("Brest", "292"), ("Morlaix", "296"), ("Concarneau", "299"), ("Douarnenez", "291"),
           ("Landerneau", "298")],
    "ES": [("Zaragoza", "500"), ("Huesca", "220"), ("Teruel", "440"), ("Calatayud", "503"), ("Logroño", "260"),
           ("Pamplona", "310")],
    "IT": [("Napoli", "801"), ("Pozzuoli", "800"), ("Torre del Greco", "800"), ("Caserta", "811"),
           ("Afragola", "800"), ("Castellammare di Stabia", "800")],
    "BR": [("Curitiba", "80"), ("Londrina", "86"), ("Maringá", "87"), ("Ponta Grossa", "84"), ("Cascavel", "85"),
           ("Joinville", "89")],
    "NL": [("Utrecht", "35"), ("Amersfoort", "38"), ("Zeist", "37"), ("Nieuwegein", "34"), ("Houten", "39"),
           ("Veenendaal", "39")],
    "PL": [("Lublin", "20"), ("Zamość", "22"), ("Chełm", "22"), ("Puławy", "24"), ("Biała Podlaska", "21"),
           ("Kraśnik", "23")],
    "SE": [("Västerås", "72"), ("Eskilstuna", "63"), ("Köping", "73"), ("Sala", "73"), ("Enköping", "74"),
           ("Arboga", "73")],
    "DK": [("Viborg", "88"), ("Skive", "78"), ("Bjerringbro", "88"), ("Stoholm", "88"), ("Møldrup", "96")],
    "CZ": [("Tábor", "390"), ("Písek", "397"), ("Strakonice", "386"), ("Sezimovo Ústí", "391"),
           ("Soběslav", "392"), ("Milevsko", "399")],
    "TR": [("Konya", "42"), ("Kayseri", "38"), ("Aksaray", "68"), ("Niğde", "51"), ("Karaman", "70"),
           ("Nevşehir", "50")],
    "RU": [("Нижний Новгород", "603"), ("Казань", "420"), ("Самара", "443"), ("Саратов", "410"),
           ("Ярославль", "150"), ("Владимир", "600")],
    "GR": [("Πάτρα", "262"), ("Πύργος", "271"), ("Αίγιο", "251"), ("Καλάβρυτα", "250"), ("Μεσολόγγι", "302"),
           ("Ναύπακτος", "303")],
    "HU": [("Debrecen", "40"), ("Nyíregyháza", "44"), ("Szolnok", "50"), ("Eger", "33"), ("Miskolc", "35")],
    "RO": [("Cluj-Napoca", "400"), ("Brașov", "500"), ("Sibiu", "550"), ("Oradea", "410"), ("Timișoara", "300")],
    "JP": [("さいたま市", "330"), ("川越市", "350"), ("所沢市", "359"), ("越谷市", "343"), ("川口市", "332"),
           ("春日部市", "344")],
}

JP_ROMAJI = {"さいたま市": "Saitama-shi", "川越市": "Kawagoe-shi", "所沢市": "Tokorozawa-shi", "越谷市": "Koshigaya-shi",
             "川口市": "Kawaguchi-shi", "春日部市": "Kasukabe-shi"}

STREETS: dict[str, list[str]] = {
    "en": ["Gloucester Road", "Cotham Hill", "Whiteladies Road", "North Street", "Church Lane", "Victoria Park",
           "Station Approach", "Mill Lane"],
    "de": ["Kufsteiner Straße", "Münchener Straße", "Am Salzstadel", "Innstraße", "Ebersberger Straße",
           "Kaiserstraße", "Wendelsteinweg"],
    "fr": ["rue de Kerfeunteun", "rue Jean Jaurès", "chemin de Penhars", "rue de Brest", "allée des Mouettes",
           "impasse du Moulin", "boulevard de Créac'h Gwen"],
    "es": ["Paseo de la Independencia", "C/ Alfonso I", "Avda. de Madrid", "C/ San Miguel", "Avda. Goya",
           "C/ Delicias", "Plaza del Pilar"],
    "it": ["Via Toledo", "Corso Vittorio Emanuele", "Via Foria", "Vico Lungo Gelso", "Via Caracciolo",
           "Via Duomo", "Traversa Cupa Vicinale"],
    "pt": ["Rua XV de Novembro", "Av. Sete de Setembro", "Rua Marechal Deodoro", "Al. Dom Pedro II",
           "Rua Mateus Leme", "Av. Batel", "Travessa Nestor de Castro"],
    "nl": ["Oudegracht", "Biltstraat", "Amsterdamsestraatweg", "Kanaalweg", "Lange Nieuwstraat", "Twijnstraat",
           "Voorstraat"],
    "pl": ["ul. Krakowskie Przedmieście", "ul. Lipowa", "al. Racławickie", "ul. Narutowicza", "ul. Szkolna",
           "ul. Kościuszki"],
    "sv": ["Stora Gatan", "Vasagatan", "Sigurdsgatan", "Björnövägen", "Kopparbergsvägen", "Skultunavägen"],
    "da": ["Sct. Mathias Gade", "Gravene", "Randersvej", "Vesterbrogade", "Ll. Sct. Hans Gade", "Tingvej"],
    "cs": ["Pražská", "Žižkovo náměstí", "Budějovická", "Husova", "Kpt. Jaroše", "Čelkovická"],
    "tr": ["Mevlana Cad.", "Nalçacı Mah. Ferit Paşa Cad.", "Meram Yeni Yol Sk.", "Bosna Hersek Mah. 45. Sk.",
           "Selçuklu Mah. Yazır Cad."],
    "ru": ["ул. Большая Покровская", "ул. Рождественская", "пр. Гагарина", "ул. Баумана", "ул. Кремлёвская",
           "ул. Садовая"],
    "el": ["οδός Μαιζώνος", "οδός Κορίνθου", "οδός Αγίου Ανδρέου", "οδός Ρήγα Φεραίου", "οδός Γούναρη"],
    "hu": ["Piac utca", "Kossuth Lajos utca", "Széchenyi tér", "Bethlen utca", "Petőfi Sándor út"],
    "ro": ["Str. Memorandumului", "Bd. Eroilor", "Calea Dorobanților", "Str. Republicii", "Str. Avram Iancu"],
    "ja": ["浦和区高砂", "大宮区桜木町", "元町", "南町", "本町", "中央"],
}


def city(g: Gen, country: str) -> tuple[str, str]:
    return g.rnd.choice(CITIES[country])


def postal(g: Gen, country: str, lead: str) -> str:
    """A postal code of ``country`` in its usual layout, starting with ``lead``."""
    def fill(n: int) -> str:
        return (lead + "".join(g.rnd.choice(string.digits) for _ in range(n)))[:n]

    if country == "GB":
        return f"{lead} {g.rnd.randint(1, 9)}{g.rnd.choice('ABDEFGHJLNPQRSTUWXY')}{g.rnd.choice('ABDEFGHJLNPQRSTUWXY')}"
    if country == "BR":
        d = fill(8)
        return f"{d[:5]}-{d[5:]}"
    if country == "PL":
        d = fill(5)
        return f"{d[:2]}-{d[2:]}"
    if country == "NL":
        return f"{fill(4)}{g.rnd.choice(['', ' '])}{g.rnd.choice('ABCEGHJKLMNPRSTVWXZ')}" \
               f"{g.rnd.choice('ABCEGHJKLMNPRSTVWXZ')}"
    if country in {"SE", "CZ", "GR"}:
        d = fill(5)
        return f"{d[:3]} {d[3:]}"
    if country in {"DK", "HU"}:
        return fill(4)
    if country in {"RU", "RO"}:
        return fill(6)
    if country == "JP":
        d = fill(7)
        return f"{d[:3]}-{d[3:]}"
    return fill(5)


def street(g: Gen, lang: str) -> str:
    s = g.rnd.choice(STREETS[lang])
    n = g.rnd.randint(1, 160)
    if lang == "en":
        return g.rnd.choice([f"{n} {s}", f"Flat {g.rnd.randint(1, 12)}, {n} {s}", f"{n}a {s}"])
    if lang == "fr":
        return f"{n} {s}" + (g.rnd.choice([" bis", " ter", ""]) if g.rnd.random() < 0.2 else "")
    if lang == "es":
        return f"{s}, {n}, {g.rnd.randint(1, 9)}º {g.rnd.choice('ABCD')}"
    if lang == "it":
        return f"{s}, {n}" + (f" - int. {g.rnd.randint(1, 20)}" if g.rnd.random() < 0.3 else "")
    if lang == "pt":
        return f"{s}, {n * 10}" + (f", apto {g.rnd.randint(11, 1204)}" if g.rnd.random() < 0.4 else "")
    if lang == "pl":
        return f"{s} {n}" + (f" m. {g.rnd.randint(1, 60)}" if g.rnd.random() < 0.4 else "")
    if lang == "cs":
        return f"{s} {g.rnd.randint(100, 2999)}/{g.rnd.randint(1, 40)}"
    if lang == "tr":
        return f"{s} No:{n}/{g.rnd.randint(1, 20)}"
    if lang == "ru":
        return f"{s}, д. {n}" + (f", кв. {g.rnd.randint(1, 200)}" if g.rnd.random() < 0.7 else "")
    if lang == "ja":
        return f"{s}{g.rnd.randint(1, 6)}-{g.rnd.randint(1, 30)}-{g.rnd.randint(1, 20)}"
    if lang == "da":
        return f"{s} {n}" + (f", st. {g.rnd.choice(['tv', 'th'])}" if g.rnd.random() < 0.3 else "")
    if lang == "hu":
        return f"{s} {n}." + (f" {g.rnd.randint(1, 4)}/{g.rnd.randint(1, 12)}" if g.rnd.random() < 0.4 else "")
    if lang == "ro":
        return f"{s} nr. {n}" + (f", bl. {g.rnd.choice('ABCD')}{g.rnd.randint(1, 9)}, ap. {g.rnd.randint(1, 40)}"
                                 if g.rnd.random() < 0.4 else "")
    return f"{s} {n}"


# -- dates of birth as numbers -------------------------------------------------------------------------------------


def excel_serial(d: date) -> int:
    """The date as a spreadsheet serial day number (days since 1899-12-30)."""
    return (d - date(1899, 12, 30)).days


def epoch_ms(d: date) -> int:
    """The date at midnight UTC as Unix epoch milliseconds (a JSON export's timestamp)."""
    return int(datetime(d.year, d.month, d.day, tzinfo=UTC).timestamp() * 1000)


# -- IBANs -------------------------------------------------------------------------------------------------------------

#: BBAN layouts for v20's countries (9 a digit, A a letter, Z either; python-stdnum checks the result)
BBAN = dict(v19.BBAN) | {"FR": "9999999999ZZZZZZZZZZZ99", "ES": "99999999999999999999",
                         "IT": "A9999999999ZZZZZZZZZZZZ", "GB": "AAAA99999999999999", "HU": "999999999999999999999999",
                         "RO": "AAAAZZZZZZZZZZZZZZZZ"}


def iban(g: Gen, country: str, spaced: bool = False) -> str:
    """A valid IBAN of ``country`` (check digits computed, checked by python-stdnum)."""

    def make() -> str:
        bban = g.code(BBAN[country]).upper()
        check = 98 - int("".join(str(int(ch, 36)) for ch in bban + country + "00")) % 97
        return f"{country}{check:02d}{bban}"

    number = g.valid(make, _iban.is_valid)
    return " ".join(number[i:i + 4] for i in range(0, len(number), 4)) if spaced else number


def not_iban(g: Gen, country: str) -> str:
    """Shaped like an IBAN of ``country`` (spaced), failing its mod-97 check (a mandate or contract reference)."""

    def make() -> str:
        return f"{country}{g.rnd.randint(10, 99)}{g.code(BBAN[country]).upper()}"

    number = g.valid(make, lambda x: not _iban.is_valid(x))
    return " ".join(number[i:i + 4] for i in range(0, len(number), 4))


# -- mechanics reused from v10 to v19 ----------------------------------------------------------------------------------

emails = v18.emails
latin = v18.latin
handle = v18.handle
card = v18.card
not_luhn_plain = v18.not_luhn_plain
not_phone = v18.not_phone

de_steuer_id = v10.de_steuer_id
fr_nir = v18.fr_nir
es_dni = v10.es_dni
es_nie = v10.es_nie
it_cf = v10.it_cf
br_cpf = v10.br_cpf
br_rg = v10.br_rg
nl_bsn = v10.nl_bsn
pl_pesel = v10.pl_pesel
se_pnr = v10.se_pnr
dk_cpr = v19.dk_cpr
cz_rc = v10.cz_rc
tr_tc = v10.tr_tc
ru_inn = v18.ru_inn
ru_snils = v10.ru_snils
ru_snils_ok = v10.ru_snils_ok
gr_amka = v18.gr_amka
gb_nino = v10.gb_nino
hu_taj = v14.hu_taj
ro_cnp = v17.ro_cnp
no_fnr = v18.no_fnr
