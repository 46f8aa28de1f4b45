"""Value generators of held-out set v15 (:mod:`benchmarks.classification.heldout_v15`).

The random source :class:`Gen` is v14's (itself v10's to v13's: phones kept only when ``phonenumbers`` says they are
valid numbers of the wanted type, hashes, UUIDs, dates, NULL-words, padding, empty strings) seeded anew for v15; every
region v15 uses draws its numbers from the example number of its numbering plan (first digits kept, the rest drawn), and
``phonenumbers`` decides what is kept.

Everything a reader could recognize as *data* is written here for v15: given and family names per language (short
hand-picked lists of common names of each country, written anew for v15; none is taken from Faker, from any list of
real people or from the classifier), streets with their country's street words, real cities and towns with the leads
of their postal codes. Companies, products and places are written in :mod:`benchmarks.classification.heldout_v15`.

Identifiers, each checked with python-stdnum when generated (the Luxembourg matricule, which python-stdnum does not
have, by its published check digits): Slovak rodné číslo, Slovenian EMŠO, Lithuanian asmens
kodas, Estonian isikukood, Latvian personas kods, Romanian CNP, Belgian national number, Luxembourg matricule, Swiss
AHV number, Austrian SV-Nummer, Irish PPS number, Indian PAN, Mexican CURP, Greek AFM; IBANs of
Slovakia, Slovenia, Lithuania, Estonia, Romania, Belgium, Luxembourg, Switzerland, Ireland and Greece.
"""

from __future__ import annotations

import random
import string
from datetime import date
from typing import Any

from stdnum import iban as _iban
from stdnum import luhn, verhoeff
from stdnum.at import vnr as _at_vnr
from stdnum.be import nn as _be_nn
from stdnum.ch import ssn as _ch_ssn
from stdnum.ee import ik as _ee_ik
from stdnum.gr import vat as _gr_vat
from stdnum.ie import pps as _pps
from stdnum.in_ import pan as _pan
from stdnum.lt import asmens as _lt_asmens
from stdnum.lv import pvn as _lv_pvn
from stdnum.mx import curp as _curp
from stdnum.ro import cnp as _cnp
from stdnum.si import emso as _emso
from stdnum.sk import rc as _sk_rc

from benchmarks.classification import heldout_v14_values as v14
from benchmarks.classification.heldout_v2 import Column

SEED = 15_120_2026
N = "none"
#: a login or public display handle (review, as in v5 to v14)
USERNAME = "unclassified"
#: a column of several personal kinds by row (review, as in v11 to v14)
MIXED = "unclassified"
#: NULL-like strings (v14's, plus a few spelled in v15's languages)
NULLISH: tuple[str, ...] = v14.NULLISH + (
    "neuvedené", "nie je", "ni podatka", "nėra", "nav", "puudub", "lipsă", "nvt.", "néant", "keine", "none given",
    "NA", "nil", "sin registro", "なし", "нет данных", "δεν υπάρχει", "yok", "brak", "saknas uppgift", "ukendt",
    "nevyplněno", "non disponibile", "sem dados", "žiadna", "geen", "nashi", "NASHI", "puudub", "keine", "nil",
    "nvt.", "нет", "нет данных")

ALL_REGIONS = frozenset({"SK", "SI", "LT", "EE", "LV", "RO", "BE", "LU", "CH", "AT", "IE", "IN", "MX", "JP", "RU", "GR",
                         "TR", "IT", "PT", "PL", "SE", "DK", "CZ", "FR", "DE", "NL", "GB", "US", "HR", "HU", "UA",
                         "ES", "SG", "MY"})


class Gen(v14.Gen):
    """The random source of one table: ``rows`` rows, seeded from :data:`SEED` and ``table`` (v15's own seed)."""

    NEW_REGIONS = ALL_REGIONS

    def __init__(self, table: str, rows: int) -> None:
        super().__init__(table, rows)
        self.rnd = random.Random(f"v15:{SEED}:{table}")


def c(name: str, kind: str, sql_type: str, values: list[Any], *tags: str) -> Column:
    """One labeled column."""
    return Column(name, kind, sql_type, values, frozenset(tags))


# -- names (written for v15) -------------------------------------------------------------------------------------------

#: language -> (male given names, female given names, family names); an inflected family name is a (m, f) pair
NAMES: dict[str, tuple[list[str], list[str], list[Any]]] = {
    "sk": (["Marek", "Tomáš", "Ľubomír", "Miroslav", "Rastislav", "Dušan", "Branislav", "Igor", "Matúš", "Šimon"],
           ["Jana", "Ivana", "Lenka", "Monika", "Silvia", "Dominika", "Erika", "Ľudmila", "Kristína", "Veronika"],
           [("Kováč", "Kováčová"), ("Baláž", "Balážová"), ("Szabó", "Szabóová"), ("Molnár", "Molnárová"),
            ("Lukáč", "Lukáčová"), ("Oravec", "Oravcová"), ("Hudák", "Hudáková"), ("Kollár", "Kollárová"),
            ("Gajdoš", "Gajdošová"), ("Polák", "Poláková"), ("Šimko", "Šimková"), ("Krajčír", "Krajčírová")]),
    "sl": (["Matej", "Luka", "Rok", "Gregor", "Blaž", "Primož", "Aleš", "Uroš", "Žiga", "Janez"],
           ["Maja", "Nina", "Tjaša", "Urška", "Špela", "Mojca", "Petra", "Nataša", "Katja", "Barbara"],
           ["Novak", "Horvat", "Kovačič", "Krajnc", "Zupančič", "Potočnik", "Kovač", "Mlakar", "Vidmar", "Kos",
            "Golob", "Turk", "Božič", "Kralj"]),
    "lt": (["Mantas", "Tomas", "Lukas", "Paulius", "Darius", "Giedrius", "Arnas", "Rokas", "Domantas", "Justas"],
           ["Rūta", "Eglė", "Ieva", "Gintarė", "Aistė", "Laura", "Indrė", "Austėja", "Kotryna", "Vaida"],
           [("Kazlauskas", "Kazlauskienė"), ("Jankauskas", "Jankauskienė"), ("Petrauskas", "Petrauskienė"),
            ("Stankevičius", "Stankevičienė"), ("Vasiliauskas", "Vasiliauskienė"), ("Žukauskas", "Žukauskienė"),
            ("Butkus", "Butkienė"), ("Paulauskas", "Paulauskienė"), ("Urbonas", "Urbonienė"),
            ("Kavaliauskas", "Kavaliauskienė")]),
    "et": (["Jaan", "Mart", "Toomas", "Rein", "Margus", "Kristjan", "Siim", "Priit", "Tanel", "Andres"],
           ["Kadri", "Triin", "Kristiina", "Mari", "Liis", "Piret", "Anu", "Kersti", "Maarja", "Helen"],
           ["Tamm", "Saar", "Sepp", "Mägi", "Kask", "Kukk", "Rebane", "Ilves", "Pärn", "Koppel", "Lepik", "Oja",
            "Kuusk", "Raudsepp"]),
    "lv": (["Jānis", "Andris", "Māris", "Edgars", "Kristaps", "Artūrs"], ["Ilze", "Inese", "Līga", "Anna", "Zane",
                                                                      "Kristīne"],
           [("Bērziņš", "Bērziņa"), ("Kalniņš", "Kalniņa"), ("Ozoliņš", "Ozoliņa"), ("Liepiņš", "Liepiņa"),
            ("Krūmiņš", "Krūmiņa"), ("Balodis", "Balode")]),
    "ro": (["Andrei", "Mihai", "Ionuț", "Bogdan", "Cristian", "Florin", "Adrian", "Răzvan", "Sorin", "Vlad"],
           ["Elena", "Ioana", "Andreea", "Mihaela", "Alina", "Roxana", "Cristina", "Gabriela", "Irina", "Oana"],
           ["Popescu", "Ionescu", "Popa", "Dumitru", "Stoica", "Stan", "Gheorghe", "Munteanu", "Constantin", "Rusu",
            "Matei", "Ciobanu", "Lungu", "Dobre"]),
    "be": (["Wout", "Jef", "Stijn", "Bram", "Dries", "Thibaut", "Jens", "Pieterjan", "Kobe", "Lowie"],
           ["Lien", "Griet", "Ellen", "Hanne", "Katrien", "Leen", "Sien", "Annelies", "Lotte", "Febe"],
           ["Peeters", "Janssens", "Maes", "Jacobs", "Mertens", "Willems", "Claes", "Goossens", "Wouters", "De Smet",
            "Vermeulen", "Van de Velde", "Verstraete", "Desmet"]),
    "lu": (["Luc", "Tom", "Gilles", "Marco", "Joël", "Paulo", "Yves", "Nuno", "Christophe", "Romain"],
           ["Carole", "Nadine", "Anne", "Sandra", "Tania", "Joëlle", "Ana", "Martine", "Sophie", "Claudine"],
           ["Schmit", "Muller", "Weber", "Hoffmann", "Wagner", "Thill", "Kieffer", "Reuter", "Dos Santos", "Ferreira",
            "Lambert", "Klein", "Schroeder", "Meyer"]),
    "ch": (["Urs", "Beat", "Reto", "Lukas", "Jonas", "Fabian", "Marco", "Simon", "Andrin", "Gian"],
           ["Ursula", "Regula", "Corinne", "Nadja", "Seraina", "Mirjam", "Flurina", "Jasmin", "Sabrina", "Andrea"],
           ["Müller", "Meier", "Schmid", "Keller", "Weber", "Huber", "Brunner", "Baumann", "Gerber", "Frei", "Zürcher",
            "Fässler", "Imhof", "Caduff"]),
    "at": (["Florian", "Stefan", "Markus", "Christoph", "Michael"], ["Theresa", "Katharina", "Verena", "Birgit",
                                                                  "Lisa"],
           ["Gruber", "Pichler", "Moser", "Hofer", "Steiner", "Leitner", "Mayr"]),
    "ie": (["Ciarán", "Oisín", "Darragh", "Cian", "Seán", "Eoin", "Conor", "Pádraig", "Fionn", "Tadhg"],
           ["Aoife", "Saoirse", "Caoimhe", "Niamh", "Róisín", "Orla", "Clodagh", "Sinéad", "Áine", "Grainne"],
           ["Murphy", "Kelly", "O'Sullivan", "Walsh", "O'Brien", "Byrne", "Ryan", "O'Connor", "Doyle", "McCarthy",
            "Gallagher", "Ó Súilleabháin", "Mac Giolla", "Brennan"]),
    "in": (["Aarav", "Vihaan", "Arjun", "Rohan", "Karthik", "Siddharth", "Aditya", "Pranav", "Ishaan", "Harsh"],
           ["Ananya", "Diya", "Ishita", "Sneha", "Priya", "Kavya", "Meera", "Pooja", "Aditi", "Riya"],
           ["Sharma", "Verma", "Iyer", "Reddy", "Nair", "Gupta", "Agarwal", "Kulkarni", "Deshpande", "Chatterjee",
            "Menon", "Joshi", "Patil", "Rao"]),
    "mx": (["José Luis", "Juan Carlos", "Efraín", "Rigoberto", "Eleuterio", "Fidel", "Marcelino", "Aurelio",
            "Isidro", "Cirilo"],
           ["Rosalinda", "Guadalupe", "Juana", "Macaria", "Eufemia", "Leticia", "Araceli", "Yolanda", "Reyna",
            "Florencia"],
           ["Hernández", "Cruz", "Santiago", "Ramírez", "Martínez", "Vásquez", "Jiménez", "Mendoza", "García",
            "Pérez", "Luis", "Bautista", "Gómez", "Ruiz"]),
    "ru": (["Алексей", "Дмитрий", "Сергей", "Олег", "Григорий", "Константин", "Вадим", "Леонид", "Фёдор", "Илья"],
           ["Ольга", "Марина", "Анна", "Галина", "Вера", "Екатерина", "Дарья", "Нина", "Полина", "Софья"],
           [("Смирнов", "Смирнова"), ("Кузнецов", "Кузнецова"), ("Попов", "Попова"), ("Соколов", "Соколова"),
            ("Лебедев", "Лебедева"), ("Козлов", "Козлова"), ("Морозов", "Морозова"), ("Волков", "Волкова"),
            ("Зайцев", "Зайцева"), ("Орлов", "Орлова"), ("Белов", "Белова"), ("Тихонов", "Тихонова")]),
    "el": (["Γιώργος", "Κώστας", "Νίκος", "Γιάννης", "Δημήτρης", "Μανώλης", "Αντώνης", "Λευτέρης", "Σταύρος"],
           ["Μαρία", "Ελένη", "Κατερίνα", "Γεωργία", "Σοφία", "Αγγελική", "Δήμητρα", "Φωτεινή", "Αικατερίνη"],
           [("Μαρκάκης", "Μαρκάκη"), ("Δασκαλάκης", "Δασκαλάκη"), ("Κωνσταντινίδης", "Κωνσταντινίδου"),
            ("Γεωργίου", "Γεωργίου"), ("Οικονόμου", "Οικονόμου"), ("Πετράκης", "Πετράκη"), ("Βλάχος", "Βλάχου"),
            ("Τσακίρης", "Τσακίρη"), ("Ζαχαρίου", "Ζαχαρίου"), ("Φραγκιαδάκης", "Φραγκιαδάκη")]),
    "tr": (["Emre", "Burak", "Onur", "Volkan", "Cem", "Kaan", "Tolga", "Eren", "Selim", "Recep"],
           ["Elif", "Merve", "Ayşe", "Derya", "Esra", "Tuğba", "Pınar", "Sevgi", "Filiz", "Gülşen"],
           ["Yılmaz", "Demir", "Şahin", "Çelik", "Yıldız", "Aydın", "Öztürk", "Arslan", "Doğan", "Koç", "Kurt",
            "Polat", "Şimşek", "Yavuz"]),
    "it": (["Giuseppe", "Antonio", "Salvatore", "Carmine", "Vincenzo"], ["Rosa", "Anna", "Concetta", "Carmela",
                                                                       "Teresa"],
           ["Esposito", "Colombo", "Rinaldi", "Caruso", "Ferri", "Mancini"]),
    "pt": (["Tiago", "Duarte", "Rui", "Nuno", "Gonçalo"], ["Inês", "Beatriz", "Mariana", "Joana", "Rita"],
           ["Ferreira", "Pereira", "Oliveira", "Costa", "Martins", "Sousa"]),
    "pl": (["Tomasz", "Paweł", "Łukasz", "Michał", "Kamil"], ["Anna", "Katarzyna", "Magdalena", "Monika", "Natalia"],
           [("Wiśniewski", "Wiśniewska"), ("Wójcik", "Wójcik"), ("Kamiński", "Kamińska"), ("Zając", "Zając")]),
    "sv": (["Erik", "Oskar", "Axel", "Gustav", "Nils"], ["Elin", "Frida", "Ida", "Klara", "Wilma"],
           ["Lindberg", "Bergström", "Holm", "Sandberg", "Forsberg", "Nyström"]),
    "da": (["Mads", "Mikkel", "Christian", "Emil", "Jonas"], ["Sofie", "Ida", "Emma", "Julie", "Cecilie"],
           ["Poulsen", "Johansen", "Knudsen", "Mortensen", "Thomsen", "Møller"]),
    "cs": (["Ondřej", "Tomáš", "David", "Jiří", "Filip"], ["Tereza", "Kateřina", "Lucie", "Veronika", "Adéla"],
           [("Dvořák", "Dvořáková"), ("Černý", "Černá"), ("Procházka", "Procházková"), ("Kučera", "Kučerová")]),
    "fr": (["Mathieu", "Guillaume", "Nicolas", "Sébastien", "Olivier"], ["Émilie", "Céline", "Nathalie", "Claire",
                                                                       "Laetitia"],
           ["Petit", "Durand", "Leroy", "Morel", "Simon", "Laurent"]),
    "de": (["Jürgen", "Thorsten", "Frank", "Andreas", "Holger"], ["Claudia", "Nicole", "Stefanie", "Petra",
                                                                "Ute"],
           ["Schmitt", "Wolf", "Braun", "Schäfer", "Richter", "Becker"]),
}

#: Japanese names: (kanji, katakana reading, romaji) (written for v15)
JA_MALE = [("翔太", "ショウタ", "Shota"), ("和也", "カズヤ", "Kazuya"), ("隆", "タカシ", "Takashi"),
           ("直樹", "ナオキ", "Naoki"), ("修", "オサム", "Osamu"), ("陽介", "ヨウスケ", "Yosuke"), ("剛", "ツヨシ", "Tsuyoshi"),
           ("聡", "サトシ", "Satoshi")]
JA_FEMALE = [("由美", "ユミ", "Yumi"), ("恵子", "ケイコ", "Keiko"), ("千尋", "チヒロ", "Chihiro"), ("菜々子", "ナナコ", "Nanako"),
             ("瞳", "ヒトミ", "Hitomi"), ("美穂", "ミホ", "Miho"), ("香織", "カオリ", "Kaori"), ("結衣", "ユイ", "Yui")]
JA_LAST = [("佐藤", "サトウ", "Sato"), ("鈴木", "スズキ", "Suzuki"), ("高橋", "タカハシ", "Takahashi"),
           ("小林", "コバヤシ", "Kobayashi"), ("山本", "ヤマモト", "Yamamoto"), ("中村", "ナカムラ", "Nakamura"),
           ("加藤", "カトウ", "Kato"), ("吉田", "ヨシダ", "Yoshida"), ("山口", "ヤマグチ", "Yamaguchi"), ("松本", "マツモト", "Matsumoto"),
           ("井上", "イノウエ", "Inoue"), ("木村", "キムラ", "Kimura"), ("清水", "シミズ", "Shimizu"), ("森", "モリ", "Mori")]


def sexes(g: Gen, female: float = 0.5) -> list[bool]:
    return [g.rnd.random() < female for _ in range(g.rows)]


def person(g: Gen, lang: str, female: bool | None = None) -> tuple[str, str]:
    """A (given name, family name) pair of ``lang`` (an inflected family name agrees with the sex)."""
    female = g.rnd.random() < 0.5 if female is None else female
    males, females, lasts = NAMES[lang]
    first = g.rnd.choice(females if female else males)
    last = g.rnd.choice(lasts)
    if isinstance(last, tuple):
        last = last[1] if female else last[0]
    return first, last


def people(g: Gen, lang: str, fem: list[bool]) -> tuple[list[str], list[str]]:
    pairs = [person(g, lang, f) for f in fem]
    return [a for a, _ in pairs], [b for _, b in pairs]


def whole(g: Gen, lang: str, female: bool | None = None) -> str:
    a, b = person(g, lang, female)
    return f"{a} {b}"


def given(g: Gen, lang: str, female: bool | None = None) -> str:
    return person(g, lang, female)[0]


def ja_person(g: Gen, female: bool) -> tuple[tuple[str, str, str], tuple[str, str, str]]:
    """((kanji, kana, romaji) of the family name, the same of the given name)."""
    return g.rnd.choice(JA_LAST), g.rnd.choice(JA_FEMALE if female else JA_MALE)


# -- places (written for v15) ------------------------------------------------------------------------------------------

#: country -> (real city or town, leading digits or letters of its postal codes)
CITIES: dict[str, list[tuple[str, str]]] = {
    "SK": [("Bratislava", "8"), ("Košice", "04"), ("Prešov", "080"), ("Žilina", "010"), ("Banská Bystrica", "974"),
           ("Nitra", "949"), ("Trnava", "917"), ("Martin", "036"), ("Poprad", "058"), ("Trenčín", "911")],
    "SI": [("Ljubljana", "1"), ("Maribor", "2"), ("Celje", "3"), ("Kranj", "4"), ("Koper", "6"), ("Novo mesto", "8"),
           ("Velenje", "3320"), ("Bled", "4260"), ("Jesenice", "4270"), ("Kamnik", "1241")],
    "LT": [("Vilnius", "0"), ("Kaunas", "4"), ("Klaipėda", "9"), ("Šiauliai", "7"), ("Panevėžys", "3"),
           ("Alytus", "62"), ("Marijampolė", "68"), ("Utena", "28")],
    "EE": [("Tallinn", "1"), ("Tartu", "5"), ("Pärnu", "80"), ("Narva", "20"), ("Viljandi", "71"), ("Rakvere", "44"),
           ("Kuressaare", "93"), ("Haapsalu", "90"), ("Võru", "65")],
    "LV": [("Rīga", "LV-10"), ("Daugavpils", "LV-54"), ("Jelgava", "LV-30"), ("Liepāja", "LV-34"), ("Cēsis", "LV-41")],
    "RO": [("Cluj-Napoca", "400"), ("Timișoara", "300"), ("Iași", "700"), ("Brașov", "500"), ("Constanța", "900"),
           ("Sibiu", "550"), ("Oradea", "410"), ("Craiova", "200"), ("Ploiești", "100"), ("București", "0")],
    "BE": [("Leuven", "300"), ("Mechelen", "280"), ("Aalst", "930"), ("Brugge", "800"), ("Hasselt", "350"),
           ("Genk", "360"), ("Kortrijk", "850"), ("Lier", "250"), ("Tienen", "330"), ("Roeselare", "880")],
    "LU": [("Luxembourg", "L-1"), ("Esch-sur-Alzette", "L-4"), ("Differdange", "L-45"), ("Dudelange", "L-34"),
           ("Ettelbruck", "L-90"), ("Mersch", "L-75")],
    "FR-LOR": [("Thionville", "57100"), ("Metz", "57000"), ("Longwy", "54400"), ("Hayange", "57700"),
               ("Audun-le-Tiche", "57390"), ("Villerupt", "54190")],
    "BE-LUX": [("Arlon", "6700"), ("Aubange", "6790"), ("Messancy", "6780")],
    "DE-TRI": [("Trier", "54290"), ("Saarburg", "54439"), ("Perl", "66706")],
    "CH": [("Davos", "7270"), ("St. Moritz", "7500"), ("Grindelwald", "3818"), ("Zermatt", "3920"),
           ("Engelberg", "6390"), ("Flims", "7017"), ("Adelboden", "3715"), ("Chur", "7000"), ("Interlaken", "3800")],
    "IE": [("Galway", "H91"), ("Cork", "T12"), ("Limerick", "V94"), ("Athlone", "N37"), ("Sligo", "F91"),
           ("Kilkenny", "R95"), ("Tralee", "V92"), ("Dundalk", "A91"), ("Ennis", "V95"), ("Mullingar", "N91")],
    "IN": [("Kota", "324"), ("Pune", "411"), ("Hyderabad", "500"), ("Jaipur", "302"), ("Lucknow", "226"),
           ("Indore", "452"), ("Patna", "800"), ("Bengaluru", "560"), ("Nagpur", "440"), ("Bhopal", "462")],
    "MX": [("Santiago Matatlán", "70440"), ("San Dionisio Ocotepec", "70494"), ("Tlacolula de Matamoros", "70400"),
           ("Miahuatlán de Porfirio Díaz", "70800"), ("Ejutla de Crespo", "71500"), ("Sola de Vega", "71400")],
    "JP": [("千葉市", "26"), ("川崎市", "21"), ("さいたま市", "33"), ("金沢市", "92"), ("仙台市", "98"), ("松山市", "79"),
           ("長野市", "38"), ("岐阜市", "50")],
    "JP-LATN": [("Kyoto-shi", "60"), ("Kanazawa-shi", "92"), ("Nara-shi", "63"), ("Kamakura-shi", "24"),
                ("Kawagoe-shi", "35"), ("Takayama-shi", "50")],
    "RU": [("Екатеринбург", "620"), ("Новосибирск", "630"), ("Казань", "420"), ("Самара", "443"), ("Пермь", "614"),
           ("Томск", "634"), ("Омск", "644"), ("Тюмень", "625")],
    "GR": [("Χανιά", "731"), ("Ρέθυμνο", "741"), ("Ηράκλειο", "71"), ("Καλαμάτα", "241"), ("Σπάρτη", "231"),
           ("Άγιος Νικόλαος", "721"), ("Κίσσαμος", "734"), ("Σητεία", "723")],
    "TR": [("Ankara", "06"), ("Bursa", "16"), ("Eskişehir", "26"), ("Kayseri", "38"), ("Konya", "42"),
           ("Gaziantep", "27"), ("Denizli", "20"), ("Samsun", "55")],
    "IT": [("Bergamo", "241"), ("Lucca", "551")], "PT": [("Ericeira", "2655"), ("Peniche", "2520")],
    "PL": [("Gdańsk", "80"), ("Lublin", "20")], "SE": [("Umeå", "90"), ("Örebro", "70")],
    "DK": [("Aalborg", "9"), ("Esbjerg", "67")], "CZ": [("Olomouc", "77"), ("Plzeň", "30")],
}


def city(g: Gen, country: str) -> tuple[str, str]:
    return g.rnd.choice(CITIES[country])


def postal(g: Gen, country: str, lead: str) -> str:
    """A postal code of ``country`` in its usual layout, starting with ``lead``."""
    def fill(n: int, start: str = lead) -> str:
        return (start + "".join(g.rnd.choice(string.digits) for _ in range(n)))[:n]

    if country in {"SK", "CZ", "SE", "GR"}:
        d = fill(5)
        return f"{d[:3]} {d[3:]}"
    if country in {"SI", "BE", "CH", "DK"}:
        return fill(4)
    if country == "LT":
        return "LT-" + fill(5)
    if country == "LV":
        code = fill(4, lead.removeprefix("LV-"))
        return f"LV-{code}" if g.rnd.random() < 0.8 else code
    if country in {"EE", "MX", "TR", "IT"}:
        return fill(5)
    if country in {"RO", "IN"}:
        return fill(6)
    if country == "LU":
        return "L-" + fill(4, lead.removeprefix("L-"))
    if country == "IE":
        return eircode(g, lead)
    if country == "RU":
        return fill(6)
    if country == "JP":
        d = fill(7)
        return f"{d[:3]}-{d[3:]}"
    if country == "PT":
        d = fill(7)
        return f"{d[:4]}-{d[4:]}"
    if country == "PL":
        d = fill(5)
        return f"{d[:2]}-{d[2:]}"
    raise ValueError(country)


_EIRCODE_CHARS = "ACDEFHKNPRTVWXY0123456789"


def eircode(g: Gen, routing_key: str) -> str:
    """An Irish Eircode: the routing key, a space, four characters of the Eircode alphabet starting with a letter."""
    first = g.rnd.choice(_EIRCODE_CHARS[:15])
    return f"{routing_key} {first}{''.join(g.rnd.choice(_EIRCODE_CHARS) for _ in range(3))}"


#: language -> street names with the country's street words (written for v15)
STREETS: dict[str, list[str]] = {
    "sk": ["Hlavná", "Štúrova", "Mierová", "Záhradnícka", "Hviezdoslavova", "Nám. SNP", "Kpt. Nálepku", "Dlhá"],
    "sl": ["Cankarjeva cesta", "Prešernova ulica", "Trubarjeva ulica", "Ulica heroja Tomšiča", "Gorenjska cesta",
           "Na Klancu", "Tržaška cesta"],
    "lt": ["Gedimino pr.", "Laisvės al.", "Vytauto g.", "Žalgirio g.", "Savanorių pr.", "Taikos pr.", "Pušų g."],
    "et": ["Pärnu mnt", "Narva mnt", "Tartu mnt", "Mere pst", "Kase tn", "Vabaduse pst", "Männi tee", "Aia tn"],
    "lv": ["Brīvības iela", "Elizabetes iela", "Lāčplēša iela", "Dzirnavu iela"],
    "ro": ["Str. Mihai Eminescu", "Bd. Eroilor", "Str. Avram Iancu", "Calea Victoriei", "Str. Florilor",
           "Aleea Trandafirilor", "Bd. 21 Decembrie 1989"],
    "be": ["Kerkstraat", "Stationsstraat", "Molenstraat", "Dorpsplein", "Nieuwstraat", "Kapelstraat",
           "Brusselsesteenweg", "Beukenlaan"],
    "fr": ["rue de la Gare", "rue Principale", "rue du Fossé", "allée des Tilleuls", "rue de Luxembourg",
           "route d'Arlon", "rue des Mines"],
    "lu": ["rue de l'Alzette", "route d'Esch", "boulevard Royal", "rue du Brill", "rue de Hollerich",
           "avenue de la Liberté"],
    "de": ["Dorfstrasse", "Bahnhofstrasse", "Promenade", "Via Maistra", "Oberdorfstrasse", "Obere Gasse",
           "Haldenweg"],
    "ie": ["Main Street", "Church Road", "Bóthar na Trá", "The Square", "Mill Lane", "Sea Road", "Fairgreen"],
    "in": ["MG Road", "Station Road", "Nehru Nagar", "Gandhi Chowk", "Shastri Marg", "Talwandi Sector 3",
           "Indira Vihar"],
    "mx": ["Calle Benito Juárez", "Av. Hidalgo", "Calle Morelos", "Carretera Internacional km", "Calle Guerrero",
           "Privada de los Mezcaleros"],
    "ru": ["ул. Малышева", "ул. Красный проспект", "ул. Пушкина", "пр-т Ленина", "ул. Чкалова", "ул. Луначарского",
           "ул. Садовая"],
    "el": ["Οδός Χάληδων", "Κισσάμου", "Αποκορώνου", "Λεωφ. Καλαμακίου", "Ελευθερίου Βενιζέλου", "Κονδυλάκη"],
    "tr": ["Atatürk Bulvarı", "İnönü Cad.", "Fevzi Çakmak Sok.", "Menekşe Sok.", "Zafer Mah. Lale Sok.",
           "Cumhuriyet Mah. Akasya Sok."],
    "ja": ["本町", "中央", "栄町", "緑町", "桜木町", "若葉"],
}


def street(g: Gen, lang: str) -> str:
    """A street line in the usual layout of ``lang``."""
    s = g.rnd.choice(STREETS[lang])
    n = g.rnd.randint(1, 140)
    if lang in {"sk"}:
        return f"{s} {g.rnd.randint(1, 2800)}/{n}" if g.rnd.random() < 0.5 else f"{s} {n}"
    if lang in {"fr", "lu"}:
        return f"{n}, {s}" if g.rnd.random() < 0.5 else f"{n} {s}"
    if lang == "ie":
        return g.rnd.choice([f"{n} {s}", f"{g.rnd.choice(['Cois Farraige', 'Ard na Gréine', 'Tigh Nóra'])}, {s}"])
    if lang == "in":
        return f"Flat {g.rnd.randint(101, 1204)}, {g.rnd.choice('ABCD')}-Wing, {s}"
    if lang == "mx":
        return f"{s} {n}" if "km" not in s else f"{s} {g.rnd.randint(30, 55)}"
    if lang == "ru":
        return f"{s}, д. {n}, кв. {g.rnd.randint(1, 240)}"
    if lang == "tr":
        return f"{s} No:{n}/{g.rnd.randint(1, 16)}"
    if lang == "ja":
        return f"{s}{g.rnd.randint(1, 5)}丁目{g.rnd.randint(1, 30)}-{g.rnd.randint(1, 20)}"
    if lang == "ro":
        return f"{s} nr. {n}" + (f", bl. {g.rnd.randint(1, 40)}, ap. {g.rnd.randint(1, 60)}" if g.rnd.random() < 0.4
                                 else "")
    return f"{s} {n}"


# -- mechanics reused from v10 to v14 ----------------------------------------------------------------------------------

email = v14.email
emails = v14.emails
plain = v14.plain
latin = v14.latin
handle = v14.handle
wareki = v14.wareki
not_phone = v14.not_phone
card = v14.card
not_luhn_plain = v14.not_luhn_plain
tr_tc = v14.tr_tc
mx_rfc_person = v14.mx_rfc_person

#: BBAN layouts (python-stdnum's IBAN registry checks the result)
BBAN = {"SK": "99999999999999999999", "SI": "999999999999999", "LT": "9999999999999999",
        "EE": "9999999999999999", "LV": "AAAAZZZZZZZZZZZZZ", "RO": "AAAAZZZZZZZZZZZZZZZZ", "BE": "999999999999",
        "LU": "999ZZZZZZZZZZZZZ", "CH": "99999ZZZZZZZZZZZZ", "IE": "AAAA99999999999999",
        "GR": "9999999ZZZZZZZZZZZZZZZZ"}


def iban(g: Gen, country: str, spaced: bool = False) -> str:
    """A valid IBAN of ``country`` (check digits computed, checked by python-stdnum)."""
    def make() -> str:
        bban = g.code(BBAN[country]).upper()
        check = 98 - int("".join(str(int(ch, 36)) for ch in bban + country + "00")) % 97
        return f"{country}{check:02d}{bban}"

    number = g.valid(make, _iban.is_valid)
    return " ".join(number[i:i + 4] for i in range(0, len(number), 4)) if spaced else number


# -- identifiers (checked with python-stdnum when generated) -----------------------------------------------------------


def _complete(g: Gen, make: Any, is_valid: Any, pool: str = string.digits) -> str:
    """``make()`` + one character of ``pool`` that makes it valid (drawn again until one does)."""
    for _ in range(2_000):
        body = make()
        for ch in pool:
            if is_valid(body + ch):
                return body + ch
    raise RuntimeError("no valid value generated")


def sk_rc(g: Gen, born: date, female: bool, slash: bool = True) -> str:
    """Slovak rodné číslo: yymmdd (month + 50 for women), a serial, divisible by 11."""
    def make() -> str:
        month = born.month + (50 if female else 0)
        return f"{born.year % 100:02d}{month:02d}{born.day:02d}{g.digits(3, string.digits)}"
    number = _complete(g, make, _sk_rc.is_valid)
    return f"{number[:6]}/{number[6:]}" if slash else number


def si_emso(g: Gen, born: date, female: bool) -> str:
    """Slovenian EMŠO: ddmmyyy, register 50, a serial (500+ for women), a check digit."""
    def make() -> str:
        serial = g.rnd.randint(500, 999) if female else g.rnd.randint(0, 499)
        return f"{born.day:02d}{born.month:02d}{born.year % 1000:03d}50{serial:03d}"
    return _complete(g, make, _emso.is_valid)


def _baltic_first(born: date, female: bool) -> str:
    return str((3 if born.year < 2000 else 5) + (1 if female else 0))


def lt_asmens(g: Gen, born: date, female: bool) -> str:
    def make() -> str:
        return f"{_baltic_first(born, female)}{born:%y%m%d}{g.digits(3, string.digits)}"
    return _complete(g, make, _lt_asmens.is_valid)


def ee_ik(g: Gen, born: date, female: bool) -> str:
    def make() -> str:
        return f"{_baltic_first(born, female)}{born:%y%m%d}{g.digits(3, string.digits)}"
    return _complete(g, make, _ee_ik.is_valid)


def lv_pk(g: Gen, born: date) -> str:
    """Latvian personas kods ddmmyy-cnnnn (c the century: 1 for 1900s, 2 for 2000s)."""
    def make() -> str:
        return f"{born:%d%m%y}{1 if born.year < 2000 else 2}{g.digits(3, string.digits)}"
    number = _complete(g, make, _lv_pvn.is_valid)
    return f"{number[:6]}-{number[6:]}"


def ro_cnp(g: Gen, born: date, female: bool) -> str:
    def make() -> str:
        sex = (2 if female else 1) + (4 if born.year >= 2000 else 0)
        county = g.rnd.choice(["12", "35", "22", "08", "13", "32", "05", "16", "29", "40", "41"])
        return f"{sex}{born:%y%m%d}{county}{g.digits(3, string.digits)}"
    return _complete(g, make, _cnp.is_valid)


def be_nn(g: Gen, born: date, female: bool, dotted: bool = True) -> str:
    """Belgian national number yy.mm.dd-sss.cc (odd serial for men, even for women)."""
    def make() -> str:
        serial = g.rnd.randrange(2 if female else 1, 998, 2)
        return f"{born:%y%m%d}{serial:03d}"
    number = _complete(g, make, _be_nn.is_valid, [f"{i:02d}" for i in range(100)])  # type: ignore[arg-type]
    return f"{number[:2]}.{number[2:4]}.{number[4:6]}-{number[6:9]}.{number[9:]}" if dotted else number


def lu_matricule(g: Gen, born: date) -> str:
    """Luxembourg national identification number: yyyymmdd, a serial, a Luhn and a Verhoeff check digit (both over
    the first eleven digits)."""
    body = f"{born:%Y%m%d}{g.digits(3, string.digits)}"
    return body + luhn.calc_check_digit(body) + verhoeff.calc_check_digit(body)


def lu_matricule_ok(text: str) -> bool:
    digits = "".join(ch for ch in text if ch.isdigit())
    return len(digits) == 13 and luhn.is_valid(digits[:11] + digits[11]) and \
        verhoeff.is_valid(digits[:11] + digits[12])


def ch_ahv(g: Gen) -> str:
    def make() -> str:
        return "756" + g.digits(9, string.digits)
    number = _complete(g, make, _ch_ssn.is_valid)
    return f"{number[:3]}.{number[3:7]}.{number[7:11]}.{number[11:]}"


def at_vnr(g: Gen, born: date) -> str:
    """Austrian social-insurance number: a serial, a check digit, ddmmyy."""
    for _ in range(2_000):
        serial = g.digits(3)
        for ch in string.digits:
            number = f"{serial}{ch}{born:%d%m%y}"
            if _at_vnr.is_valid(number):
                return f"{number[:4]} {number[4:]}"
    raise RuntimeError("no valid value generated")


def ie_pps(g: Gen) -> str:
    number = _complete(g, lambda: g.digits(7, string.digits), _pps.is_valid, "ABCDEFGHIJKLMNOPQRSTUVW")
    return number + ("A" if g.rnd.random() < 0.15 and _pps.is_valid(number + "A") else "")


def in_pan(g: Gen, last: str) -> str:
    """Indian PAN of a person: three letters, ``P``, the family name's initial, four digits, a letter."""
    return g.valid(lambda: f"{g.code('AAA')}P{plain(last)[0].upper()}{g.digits(4, string.digits)}{g.code('A')}",
                   _pan.is_valid)


_CURP_STATES = ["OC", "OC", "OC", "PL", "GR", "DF", "MC"]


def mx_curp(g: Gen, first: str, last: str, born: date, female: bool) -> str:
    a, b = plain(last).upper(), plain(first).upper()
    vowels = [ch for ch in a[1:] if ch in "AEIOU"] or ["X"]
    cons = [ch for ch in a[1:] if ch not in "AEIOU"] or ["X"]
    bcons = [ch for ch in b[1:] if ch not in "AEIOU"] or ["X"]

    def make() -> str:
        second = g.rnd.choice(["HERNANDEZ", "CRUZ", "LOPEZ", "SANTIAGO", "MENDEZ"])
        head = f"{a[0]}{vowels[0]}{second[0]}{b[0]}{born:%y%m%d}{'M' if female else 'H'}{g.rnd.choice(_CURP_STATES)}"
        tail = f"{cons[0]}{second[1] if second[1] not in 'AEIOU' else second[2]}{bcons[0]}"
        return head + tail + ("0" if born.year < 2000 else "A")
    return _complete(g, make, _curp.is_valid)


def gr_afm(g: Gen) -> str:
    return _complete(g, lambda: g.rnd.choice("01") + g.digits(7, string.digits), _gr_vat.is_valid)


def not_afm(g: Gen) -> str:
    """Nine digits shaped like an AFM that fail its check (a delivery slip number)."""
    return g.valid(lambda: g.digits(9, string.digits), lambda x: not _gr_vat.is_valid(x))
