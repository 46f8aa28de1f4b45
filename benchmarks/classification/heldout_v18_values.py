"""Values of held-out set v18 (:mod:`benchmarks.classification.heldout_v18`): v18's random source, names, streets and
cities written by hand for v18 (no Faker, no list of real people), and identifiers checked with python-stdnum.

Mechanics (phones, e-mails, handles, cards, passports and the identifiers earlier sets already built) are reused from
the value module of v17 (which reuses v10 to v16); the identifiers built here are the Austrian social-insurance number,
the French NIR, the Ecuadorian cédula, the Portuguese citizen card, the Japanese My Number, the Russian personal INN,
the Greek AMKA, the Finnish HETU, the Norwegian fødselsnummer, the Slovenian EMŠO, the Malaysian NRIC, the Bulgarian
EGN and the Croatian OIB.
"""

from __future__ import annotations

import random
import string
from datetime import date
from typing import Any

from stdnum import iban as _iban
from stdnum.at import vnr as _at_vnr
from stdnum.bg import egn as _egn
from stdnum.ec import ci as _ec_ci
from stdnum.fi import hetu as _hetu
from stdnum.fr import nir as _nir
from stdnum.gr import amka as _amka
from stdnum.hr import oib as _oib
from stdnum.jp import in_ as _jp_in
from stdnum.my import nric as _nric
from stdnum.no import fodselsnummer as _fnr
from stdnum.pt import cc as _pt_cc
from stdnum.ru import inn as _inn
from stdnum.si import emso as _emso

from benchmarks.classification import heldout_v10_values as v10
from benchmarks.classification import heldout_v17_values as v17
from benchmarks.classification.heldout_v2 import Column

SEED = 18_050_2026
N = "none"
#: a login or public display handle (review, as in v5 to v17)
USERNAME = "unclassified"
#: NULL-like strings (v17's, plus a few spelled in v18's languages)
NULLISH: tuple[str, ...] = v17.NULLISH + (
    "mhux magħruf", "keine Angabe", "non renseigné", "sin reclamo", "nessuna", "sem observações", "geen opmerking",
    "brak uwag", "inga", "bez poznámky", "belirtilmemiş", "特になし", "TOKU NI NASHI", "нет", "καμία", "ei ole",
    "nincs adat", "nu este", "ingen", "ezezaguna", "hakuna", "wala")

#: regions whose phones v18 builds from phonenumbers' example numbers (checked valid)
ALL_REGIONS = v17.ALL_REGIONS | frozenset({"MT", "EC", "MY", "SI", "HR", "HU", "KE", "PH", "LU", "BG", "FI", "NO",
                                           "AT", "GB", "PT", "SE", "DK", "FR", "CO", "PE", "RO", "ES", "KR", "CN"})


class Gen(v17.Gen):
    """The random source of one table: ``rows`` rows, seeded from :data:`SEED` and ``table`` (v18's own seed)."""

    NEW_REGIONS = ALL_REGIONS

    def __init__(self, table: str, rows: int) -> None:
        super().__init__(table, rows)
        self.rnd = random.Random(f"v18:{SEED}:{table}")


def c(name: str, kind: str, sql_type: str, values: list[Any], *tags: str) -> Column:
    """One labeled column."""
    return Column(name, kind, sql_type, values, frozenset(tags))


# -- names (written for v18) -------------------------------------------------------------------------------------------

#: language -> (male given names, female given names, family names); an inflected family name is a (m, f) pair
NAMES: dict[str, tuple[list[str], list[str], list[Any]]] = {
    "mt": (["Ġużeppi", "Kurt", "Jean Paul", "Matthew", "Karl", "Clint", "Ryan", "Luke"],
           ["Marija", "Maria Rosa", "Doreen", "Charlene", "Graziella", "Roberta", "Svetlana", "Claire"],
           ["Borg", "Camilleri", "Vella", "Farrugia", "Zammit", "Galea", "Micallef", "Grech", "Attard", "Spiteri",
            "Azzopardi", "Cassar", "Pace", "Xuereb"]),
    "en": (["Owen", "Gareth", "Callum", "Rhys", "Declan", "Toby", "Jamie", "Harvey"],
           ["Bethany", "Imogen", "Harriet", "Megan", "Chloe", "Poppy", "Rosie", "Eleanor"],
           ["Whitfield", "Ashworth", "Pickering", "Barraclough", "Holroyd", "Entwistle", "Sutcliffe", "Crowther"]),
    "de-AT": (["Johannes", "Lukas", "Markus", "Wolfgang", "Christoph", "Bernhard", "Florian", "Gerhard", "Ferdinand"],
              ["Elisabeth", "Katharina", "Birgit", "Johanna", "Veronika", "Magdalena", "Sabine", "Hemma", "Notburga"],
              ["Huber", "Pichler", "Moser", "Steiner", "Hofer", "Leitner", "Berger", "Fuchs", "Eder", "Schwaiger",
               "Gruber", "Wallner", "Lackner", "Mayrhofer", "Kogler"]),
    "fr": (["Baptiste", "Aurélien", "Corentin", "Romain", "Florent", "Maxence", "Anthelme", "Loïc"],
           ["Capucine", "Ombeline", "Apolline", "Bérénice", "Margaux", "Albane", "Eugénie", "Ségolène"],
           ["Delacroix", "Vasseur", "Mercier", "Rousseau", "Blanchard", "Carpentier", "Fontaine", "Guérin",
            "Lemaire", "Perrin", "Marchand", "Charpentier"]),
    "es": (["Byron", "Wilson", "Holger", "Geovanny", "Franklin", "Édison", "Patricio", "Segundo"],
           ["Mayra", "Jessenia", "Dayana", "Gissela", "Narcisa", "Mercedes", "Johanna", "Tatiana"],
           ["Zambrano", "Quishpe", "Cedeño", "Mendoza", "Guamán", "Chiluisa", "Vera", "Macías", "Loor", "Toapanta",
            "Yánez", "Moreira"]),
    "it": (["Ettore", "Tommaso", "Riccardo", "Dario", "Samuele", "Filippo"],
           ["Ginevra", "Arianna", "Beatrice", "Viola", "Chiara", "Martina"],
           ["Lombardi", "Fontana", "Barbieri", "Galli", "Marchetti", "Cattaneo", "Pellegrini", "Guerra"]),
    "pt": (["Rodrigo", "Afonso", "Duarte", "Henrique", "Vasco", "Nuno", "Filipe", "Bernardo"],
           ["Leonor", "Matilde", "Carolina", "Madalena", "Constança", "Teresa", "Margarida", "Filipa"],
           ["Carvalho", "Lopes", "Marques", "Gomes", "Almeida", "Fonseca", "Teixeira", "Rocha", "Pinto", "Moura",
            "Correia", "Guerreiro"]),
    "nl": (["Sjef", "Huub", "Twan", "Gijs", "Rens", "Joep", "Teun", "Frits"],
           ["Anouk", "Marieke", "Ilse", "Mieke", "Truus", "Loes", "Femke", "Jolien"],
           ["van den Heuvel", "Verhoeven", "Smeets", "Janssen", "Hendriks", "Claessens", "van Kessel", "Coolen",
            "Peters", "van Rooij", "Bogaers", "Maas"]),
    "pl": (["Krzysztof", "Wojciech", "Grzegorz", "Sławomir", "Bartosz", "Łukasz", "Marek", "Zbigniew"],
           ["Agnieszka", "Bożena", "Dorota", "Joanna", "Elżbieta", "Monika", "Iwona", "Justyna"],
           [("Nowakowski", "Nowakowska"), ("Lewandowski", "Lewandowska"), ("Szymański", "Szymańska"),
            ("Krawczyk", "Krawczyk"), ("Mazur", "Mazur"), ("Wójcik", "Wójcik"), ("Kowalczyk", "Kowalczyk"),
            ("Zawadzki", "Zawadzka"), ("Ostrowski", "Ostrowska"), ("Piątek", "Piątek")]),
    "sv": (["Anton", "Hugo", "Linus", "Albin", "Elias", "Måns", "Olle", "Sixten"],
           ["Alva", "Saga", "Tilda", "Wilma", "Elsa", "Ronja", "Majken", "Signe"],
           ["Bergqvist", "Lindqvist", "Sjöberg", "Åkesson", "Forsberg", "Hedlund", "Björk", "Nordin", "Ekström",
            "Lindahl"]),
    "cs": (["Vojtěch", "Lukáš", "Jaroslav", "Bohumil", "Štěpán", "Vladimír", "Matěj", "Přemysl"],
           ["Jana", "Zuzana", "Markéta", "Ludmila", "Dagmar", "Bohdana", "Vendula", "Jitka"],
           [("Novotný", "Novotná"), ("Svoboda", "Svobodová"), ("Horák", "Horáková"), ("Němec", "Němcová"),
            ("Růžička", "Růžičková"), ("Fiala", "Fialová"), ("Šťastný", "Šťastná"), ("Vlček", "Vlčková")]),
    "tr": (["Hakan", "Serkan", "Oğuz", "Barış", "Levent", "Ercan", "Sinan", "Mert"],
           ["Gülşen", "Nesrin", "Filiz", "Ebru", "Hülya", "Sibel", "Özlem", "Zeynep"],
           ["Öztürk", "Erdem", "Kılıç", "Güneş", "Bulut", "Özkan", "Aksoy", "Uçar", "Demirci", "Taşkın"]),
    "ru": (["Андрей", "Павел", "Виктор", "Евгений", "Роман", "Денис", "Артём", "Олег"],
           ["Ирина", "Татьяна", "Светлана", "Марина", "Галина", "Юлия", "Дарья", "Ксения"],
           [("Петров", "Петрова"), ("Смирнов", "Смирнова"), ("Козлов", "Козлова"), ("Новиков", "Новикова"),
            ("Фёдоров", "Фёдорова"), ("Егоров", "Егорова"), ("Тихонов", "Тихонова"), ("Громов", "Громова")]),
    "el": (["Αλέξανδρος", "Θανάσης", "Παναγιώτης", "Βασίλης", "Χρήστος", "Σπύρος"],
           ["Ελένη", "Βασιλική", "Ευαγγελία", "Χριστίνα", "Ιωάννα", "Αναστασία"],
           [("Κωνσταντινίδης", "Κωνσταντινίδου"), ("Παπαδόπουλος", "Παπαδοπούλου"), ("Αλεξίου", "Αλεξίου"),
            ("Δημητρίου", "Δημητρίου"), ("Βλάχος", "Βλάχου"), ("Ζαχαρίου", "Ζαχαρίου")]),
    "fi": (["Eero", "Kalle", "Olli", "Pekka", "Jussi"], ["Liisa", "Sirpa", "Outi", "Kirsi", "Elina"],
           ["Lindroos", "Toivonen", "Savolainen", "Lahtinen", "Kettunen", "Hyvönen"]),
    "no": (["Torstein", "Magnus", "Halvard", "Espen", "Ståle"], ["Kari", "Birgitte", "Eldrid", "Hege", "Marit"],
           ["Bjørnstad", "Hovland", "Grønli", "Sandvik", "Vik", "Løvås"]),
    "sl": (["Matej", "Rok", "Blaž", "Žiga", "Primož"], ["Špela", "Nina", "Urška", "Maja", "Tjaša"],
           ["Novak", "Kranjc", "Zupan", "Potočnik", "Kovačič", "Vidmar"]),
    "ms": (["Faizal", "Hafiz", "Azlan", "Syafiq", "Amirul"], ["Nurul", "Siti Aisyah", "Farhana", "Izzati", "Hidayah"],
           ["bin Ahmad", "bin Ismail", "binti Rahman", "bin Yusof", "binti Hassan", "bin Osman"]),
    "bg": (["Георги", "Ивайло", "Стоян", "Калоян", "Пламен"], ["Десислава", "Цветелина", "Radostina", "Милена", "Яна"],
           ["Стоянов", "Георгиев", "Тодоров", "Колев", "Маринов", "Илиев"]),
    "hr": (["Ante", "Luka", "Ivan", "Mario", "Dario"], ["Ivana", "Marina", "Petra", "Lucija", "Mirela"],
           ["Horvat", "Babić", "Marić", "Jurić", "Kovačević", "Knežević"]),
    "hu": (["Dániel", "Balázs", "Ákos", "Máté", "Zsolt"], ["Eszter", "Réka", "Dóra", "Boglárka", "Zsófia"],
           ["Nagy", "Kovács", "Szabó", "Tóth", "Varga", "Farkas"]),
}
NAMES["bg"][1][2] = "Радостина"

#: Japanese names: (kanji, romaji) (written for v18)
JA_MALE = [("悠斗", "Yuto"), ("蓮", "Ren"), ("拓海", "Takumi"), ("修", "Osamu"), ("直樹", "Naoki"), ("誠", "Makoto"),
           ("隼人", "Hayato"), ("康弘", "Yasuhiro")]
JA_FEMALE = [("美穂", "Miho"), ("陽菜", "Hina"), ("彩花", "Ayaka"), ("智子", "Tomoko"), ("綾", "Aya"), ("早紀", "Saki"),
             ("裕子", "Yuko"), ("優奈", "Yuna")]
JA_LAST = [("小林", "Kobayashi"), ("加藤", "Kato"), ("山本", "Yamamoto"), ("中村", "Nakamura"), ("吉田", "Yoshida"),
           ("山口", "Yamaguchi"), ("松本", "Matsumoto"), ("井上", "Inoue"), ("木村", "Kimura"), ("清水", "Shimizu"),
           ("斎藤", "Saito"), ("村上", "Murakami")]


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
    if lang == "ms" and female and last.startswith("bin "):
        last = "binti " + last[4:]
    if lang == "ms" and not female and last.startswith("binti "):
        last = "bin " + last[6:]
    return first, last


def people(g: Gen, lang: str, fem: list[bool]) -> tuple[list[str], list[str]]:
    pairs = [person(g, lang, f) for f in fem]
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


# -- places (written for v18) ------------------------------------------------------------------------------------------

#: country -> (real city or town, postal code lead)
CITIES: dict[str, list[tuple[str, str]]] = {
    "MT": [("Sliema", "SLM"), ("Birkirkara", "BKR"), ("Mosta", "MST"), ("Żabbar", "ZBR"), ("Qormi", "QRM"),
           ("Naxxar", "NXR"), ("Għajnsielem", "GSM"), ("Xagħra", "XRA")],
    "GB": [("Halifax", "HX"), ("Huddersfield", "HD"), ("Harrogate", "HG"), ("Wakefield", "WF"), ("Bradford", "BD")],
    "AT": [("Graz", "80"), ("Leoben", "87"), ("Villach", "95"), ("Klagenfurt", "90"), ("Wels", "46"), ("Steyr", "44"),
           ("Bruck an der Mur", "86"), ("Wolfsberg", "94")],
    "FR": [("Saumur", "494"), ("Chantilly", "605"), ("Pau", "640"), ("Fontainebleau", "773"), ("Angers", "490"),
           ("Lisieux", "141"), ("Deauville", "148")],
    "EC": [("Quito", "17"), ("Guayaquil", "09"), ("Cuenca", "01"), ("Ambato", "18"), ("Portoviejo", "13"),
           ("Latacunga", "05"), ("Manta", "13")],
    "PT": [("Coimbra", "30"), ("Aveiro", "38"), ("Viseu", "35"), ("Setúbal", "29"), ("Évora", "70"), ("Faro", "80"),
           ("Leiria", "24")],
    "NL": [("Maastricht", "62"), ("Venlo", "59"), ("Roermond", "60"), ("Sittard", "61"), ("Heerlen", "64"),
           ("Oss", "53"), ("Tilburg", "50")],
    "PL": [("Gdańsk", "80"), ("Bydgoszcz", "85"), ("Wrocław", "50"), ("Poznań", "60"), ("Katowice", "40"),
           ("Szczecin", "70"), ("Łódź", "90")],
    "SE": [("Västerås", "72"), ("Örebro", "70"), ("Karlstad", "65"), ("Kalmar", "39"), ("Visby", "62"),
           ("Sundsvall", "85"), ("Luleå", "97")],
    "CZ": [("Brno", "602"), ("Ostrava", "702"), ("Plzeň", "301"), ("České Budějovice", "370"), ("Opava", "746"),
           ("Chrudim", "537")],
    "TR": [("İzmir", "35"), ("Antalya", "07"), ("Mersin", "33"), ("Adana", "01"), ("Sakarya", "54"), ("Muğla", "48")],
    "RU": [("Новосибирск", "630"), ("Омск", "644"), ("Тюмень", "625"), ("Иркутск", "664"), ("Барнаул", "656"),
           ("Томск", "634")],
    "GR": [("Χανιά", "731"), ("Ηράκλειο", "712"), ("Πάτρα", "262"), ("Καλαμάτα", "241"), ("Βόλος", "382"),
           ("Ρόδος", "851")],
}

STREETS: dict[str, list[str]] = {
    "mt": ["Triq il-Kbira", "Triq San Ġorġ", "Triq il-Kappillan", "Triq id-Dahla ta' San Pawl", "Triq it-Torri",
           "Triq tal-Ħriereb"],
    "de-AT": ["Herrengasse", "Annenstraße", "Elisabethinergasse", "Mariatroster Straße", "Kärntner Straße",
              "Bahnhofgürtel", "Lendplatz"],
    "fr": ["rue des Écuyers", "avenue du Maréchal Foch", "chemin des Haras", "rue Saint-Nicolas", "boulevard Carnot",
           "impasse des Tilleuls", "place du Marché"],
    "es": ["Av. 10 de Agosto", "Calle Bolívar", "Av. Amazonas", "Calle Sucre", "Av. de las Américas",
           "Calle Rocafuerte"],
    "pt": ["Rua da Sofia", "Avenida Fernão de Magalhães", "Travessa do Carmo", "Rua Direita", "Largo da Portagem",
           "Rua Ferreira Borges"],
    "nl": ["Vrijthof", "Grote Staat", "Tongersestraat", "Kapoenstraat", "Brusselsestraat", "Markt", "Koestraat"],
    "pl": ["ul. Długa", "ul. Mariacka", "ul. Grunwaldzka", "ul. Świętojańska", "al. Niepodległości", "ul. Polna"],
    "sv": ["Storgatan", "Drottninggatan", "Kungsgatan", "Sjögatan", "Hamngatan", "Vasagatan", "Norra Allén"],
    "cs": ["Lidická", "Nerudova", "Cejl", "Kounicova", "Pekařská", "Údolní", "Veveří"],
    "tr": ["Kıbrıs Şehitleri Cad.", "Alsancak Mah. 1453 Sk.", "Bornova Mah. Ege Cad.",
           "Karşıyaka Mah. Cemal Gürsel Cad.",
           "Lara Mah. Tekelioğlu Cad."],
    "ru": ["ул. Красный проспект", "ул. Кирова", "ул. Фрунзе", "ул. Чехова", "ул. Мичурина", "ул. Островского"],
    "el": ["οδός Χάληδων", "οδός Κυδωνίας", "οδός Τζανακάκη", "Λεωφόρος Δημοκρατίας", "οδός Σκαλίδη"],
    "ja": ["青葉区一番町", "中央区本町", "東区泉", "北区梅田", "南区大橋"],
}


def city(g: Gen, country: str) -> tuple[str, str]:
    return g.rnd.choice(CITIES[country])


def postal(g: Gen, country: str, lead: str) -> str:
    """A postal code of ``country`` in its usual layout, starting with ``lead``."""
    def fill(n: int) -> str:
        return (lead + "".join(g.rnd.choice(string.digits) for _ in range(n)))[:n]

    if country == "MT":
        return f"{lead} {g.rnd.randint(1000, 9999)}"
    if country == "GB":
        return f"{lead}{g.rnd.randint(1, 9)} {g.rnd.randint(1, 9)}{g.rnd.choice('ABDEFGHJLNPQRSTUWXY')}" \
               f"{g.rnd.choice('ABDEFGHJLNPQRSTUWXY')}"
    if country == "PT":
        d = fill(4)
        return f"{d}-{g.rnd.randint(0, 999):03d}"
    if country == "PL":
        d = fill(5)
        return f"{d[:2]}-{d[2:]}"
    if country == "NL":
        return f"{fill(4)} {g.rnd.choice('ABCEGHJKLMNPRSTVWXZ')}{g.rnd.choice('ABCEGHJKLMNPRSTVWXZ')}"
    if country in {"SE", "CZ", "GR"}:
        d = fill(5)
        return f"{d[:3]} {d[3:]}"
    if country == "AT":
        return fill(4)
    if country in {"RU", "EC"}:
        return fill(6)
    return fill(5)


def street(g: Gen, lang: str) -> str:
    s = g.rnd.choice(STREETS[lang])
    n = g.rnd.randint(1, 160)
    if lang == "mt":
        house = g.rnd.choice(["", "Ta' Marija, ", "Dar il-Ħena, ", "Flat 3, ", "Villa Rosa, "])
        return f"{house}{n}, {s}"
    if lang == "de-AT":
        return f"{s} {n}" + (f"/{g.rnd.randint(1, 4)}/{g.rnd.randint(1, 20)}" if g.rnd.random() < 0.5 else "")
    if lang == "fr":
        return f"{n}{g.rnd.choice(['', '', ' bis', ' ter'])} {s}"
    if lang == "es":
        return f"{s} N{g.rnd.choice(['°', 'o.', '.'])} {g.rnd.randint(1, 99)}-{g.rnd.randint(10, 300)} y " \
               f"{g.rnd.choice(['Colón', 'Mariscal Foch', 'Veintimilla', 'Orellana'])}"
    if lang == "pt":
        return f"{s}, {n}" + (f", {g.rnd.randint(1, 8)}.º {g.rnd.choice(['Esq.', 'Dto.', 'Frt.'])}"
                              if g.rnd.random() < 0.6 else "")
    if lang == "pl":
        return f"{s} {n}" + (f" m. {g.rnd.randint(1, 80)}" if g.rnd.random() < 0.6 else "")
    if lang == "cs":
        return f"{s} {g.rnd.randint(100, 2999)}/{g.rnd.randint(1, 90)}"
    if lang == "tr":
        return f"{s} No:{n}/{g.rnd.randint(1, 20)}"
    if lang == "ru":
        return f"{s}, д. {n}" + (f", корп. {g.rnd.randint(1, 4)}" if g.rnd.random() < 0.3 else "") + \
            f", кв. {g.rnd.randint(1, 220)}"
    if lang == "ja":
        return f"{s}{g.rnd.randint(1, 5)}-{g.rnd.randint(1, 30)}-{g.rnd.randint(1, 20)}"
    return f"{s} {n}"


# -- mechanics reused from v17 (and v10 to v16) ------------------------------------------------------------------------

emails = v17.emails
latin = v10.latin
handle = v17.handle
card = v17.card
not_luhn_plain = v17.not_luhn_plain
not_luhn_spaced = v17.not_luhn_spaced
not_phone = v17.not_phone
tr_tc = v17.tr_tc
pl_pesel = v17.pl_pesel
se_pnr = v17.se_pnr
it_cf = v17.it_cf
mrz_check = v17.mrz_check
mrz_ok = v17.mrz_ok
document = v17.document

#: BBAN layouts for v18's countries (9 a digit, A a letter, Z either; python-stdnum checks the result)
BBAN = {"AT": "9999999999999999", "PT": "999999999999999999999", "NL": "AAAA9999999999",
        "PL": "999999999999999999999999", "CZ": "99999999999999999999", "GR": "9999999ZZZZZZZZZZZZZZZZ",
        "SE": "99999999999999999999", "MT": "AAAA99999ZZZZZZZZZZZZZZZZZZ", "TR": "9999909999999999999999",
        "SI": "999999999999999", "FI": "99999999999999",
        "NO": "99999999999", "DK": "99999999999999"}


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


def _complete(g: Gen, make: Any, is_valid: Any, pool: str = string.digits, tail: Any = None) -> str:
    """``make()`` plus the one character of ``pool`` that makes it valid (``tail(body, ch)`` lays it out)."""
    lay = tail or (lambda body, ch: body + ch)
    for _ in range(5_000):
        body = make()
        for ch in pool:
            if is_valid(lay(body, ch)):
                return lay(body, ch)
    raise RuntimeError("no valid value generated")


def _complete2(g: Gen, make: Any, is_valid: Any) -> str:
    """``make()`` plus the two digits that make it valid."""
    for _ in range(5_000):
        body = make()
        for a in string.digits:
            for b in string.digits:
                if is_valid(body + a + b):
                    return body + a + b
    raise RuntimeError("no valid value generated")


def _yymmdd(born: date) -> str:
    return f"{born.year % 100:02d}{born.month:02d}{born.day:02d}"


def _ddmmyy(born: date) -> str:
    return f"{born.day:02d}{born.month:02d}{born.year % 100:02d}"


def at_svnr(g: Gen, born: date) -> str:
    """An Austrian social-insurance number ``1234 010180`` (serial, check digit, date of birth ddmmyy)."""
    return _complete(g, lambda: g.digits(3), _at_vnr.is_valid, tail=lambda body, ch: f"{body}{ch} {_ddmmyy(born)}")


def fr_nir(g: Gen, born: date, female: bool) -> str:
    """A French NIR ``2 84 03 75 123 456 78`` agreeing with the sex, year and month of birth."""
    def make() -> str:
        body = (("2" if female else "1") + f"{born.year % 100:02d}{born.month:02d}"
                + g.rnd.choice(["75", "49", "64", "77", "14", "60", "69", "33"]) + g.digits(3, string.digits)
                + g.digits(3, string.digits))
        return body + f"{97 - int(body) % 97:02d}"

    n = g.valid(make, _nir.is_valid)
    return f"{n[0]} {n[1:3]} {n[3:5]} {n[5:7]} {n[7:10]} {n[10:13]} {n[13:]}"


def ec_ci(g: Gen) -> str:
    """An Ecuadorian cédula (10 digits: province 01-24, third digit below 6, check digit)."""
    return _complete(g, lambda: f"{g.rnd.randint(1, 24):02d}{g.rnd.randint(0, 5)}{g.digits(6, string.digits)}",
                     _ec_ci.is_valid)


def pt_cc(g: Gen) -> str:
    """A Portuguese citizen card number ``12345678 9 ZZ4`` (checked by python-stdnum)."""
    return _complete(g, lambda: f"{g.digits(8)} {g.rnd.randint(0, 9)} {g.code('AA').upper()}", _pt_cc.is_valid)


def jp_mynumber(g: Gen) -> str:
    """A Japanese individual number (My Number, 12 digits, check digit) written ``1234 5678 9012``."""
    n = _complete(g, lambda: g.digits(11), _jp_in.is_valid)
    return f"{n[:4]} {n[4:8]} {n[8:]}"


def ru_inn(g: Gen) -> str:
    """A Russian personal INN (12 digits, two check digits)."""
    return _complete2(g, lambda: f"{g.rnd.choice(['54', '55', '72', '38', '22', '70'])}{g.digits(8, string.digits)}",
                      _inn.is_valid)


def gr_amka(g: Gen, born: date) -> str:
    """A Greek AMKA (ddmmyy, four digits, Luhn check digit)."""
    return _complete(g, lambda: _ddmmyy(born) + g.digits(4, string.digits), _amka.is_valid)


def fi_hetu(g: Gen, born: date) -> str:
    """A Finnish personal identity code ``DDMMYY-NNNC`` (``A`` for 2000s)."""
    sign = "-" if born.year < 2000 else "A"
    return _complete(g, lambda: f"{_ddmmyy(born)}{sign}{g.rnd.randint(2, 899):03d}", _hetu.is_valid,
                     "0123456789ABCDEFHJKLMNPRSTUVWXY")


def no_fnr(g: Gen, born: date) -> str:
    """A Norwegian fødselsnummer (ddmmyy, individual number, two check digits)."""
    return _complete2(g, lambda: _ddmmyy(born) + (f"{g.rnd.randint(0, 499):03d}" if born.year < 2000
                                                   else f"{g.rnd.randint(500, 999):03d}"), _fnr.is_valid)


def si_emso(g: Gen, born: date, female: bool) -> str:
    """A Slovenian EMŠO (ddmm, last three digits of the year, region 50, serial by sex, check digit)."""
    def make() -> str:
        serial = g.rnd.randint(500, 999) if female else g.rnd.randint(0, 499)
        return f"{born.day:02d}{born.month:02d}{born.year % 1000:03d}50{serial:03d}"

    return _complete(g, make, _emso.is_valid)


def my_nric(g: Gen, born: date) -> str:
    """A Malaysian NRIC ``850312-14-5563`` (date of birth, state of birth, serial)."""
    return g.valid(lambda: f"{_yymmdd(born)}-{g.rnd.randint(1, 14):02d}-{g.digits(4, string.digits)}",
                   _nric.is_valid)


def bg_egn(g: Gen, born: date, female: bool) -> str:
    """A Bulgarian EGN (yymmdd, +40 on the month for 2000s, serial odd for women, check digit)."""
    month = born.month + (40 if born.year >= 2000 else 0)

    def make() -> str:
        serial = g.rnd.randrange(1 if female else 0, 999, 2)
        return f"{born.year % 100:02d}{month:02d}{born.day:02d}{serial:03d}"

    return _complete(g, make, _egn.is_valid)


def hr_oib(g: Gen) -> str:
    """A Croatian OIB (11 digits, ISO 7064 check digit)."""
    return _complete(g, lambda: g.digits(10), _oib.is_valid)


def mt_idcard(g: Gen) -> str:
    """A Maltese identity card number ``123456M`` (no check digit; ``G`` for Gozo)."""
    return f"{g.rnd.randint(1, 999_999)}{g.rnd.choice('MMMG')}"
