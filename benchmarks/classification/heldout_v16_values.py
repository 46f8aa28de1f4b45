"""Values of held-out set v16 (:mod:`benchmarks.classification.heldout_v16`): v16's random source, names, streets and
cities written by hand for v16 (no Faker, no list of real people), and identifiers checked with python-stdnum.

Mechanics (phones, e-mails, handles, cards, most identifiers) are reused from the value modules of v10 to v15.
"""

from __future__ import annotations

import random
import string
from datetime import date
from typing import Any

from stdnum.bg import egn as _egn
from stdnum.hr import oib as _oib

from benchmarks.classification import heldout_v10_values as v10
from benchmarks.classification import heldout_v14_values as v14
from benchmarks.classification import heldout_v15_values as v15
from benchmarks.classification.heldout_v2 import Column

SEED = 16_120_2026
N = "none"
#: a login or public display handle (review, as in v5 to v15)
USERNAME = "unclassified"
#: NULL-like strings (v15's, plus a few spelled in v16's languages)
NULLISH: tuple[str, ...] = v15.NULLISH + (
    "ikke oppgitt", "ei tiedossa", "nincs", "nema", "няма", "немає", "n.v.", "k.A.", "sin dato", "non noto")

ALL_REGIONS = v15.ALL_REGIONS | frozenset({"NO", "FI", "BG"})


class Gen(v15.Gen):
    """The random source of one table: ``rows`` rows, seeded from :data:`SEED` and ``table`` (v16's own seed)."""

    NEW_REGIONS = ALL_REGIONS

    def __init__(self, table: str, rows: int) -> None:
        super().__init__(table, rows)
        self.rnd = random.Random(f"v16:{SEED}:{table}")


def c(name: str, kind: str, sql_type: str, values: list[Any], *tags: str) -> Column:
    """One labeled column."""
    return Column(name, kind, sql_type, values, frozenset(tags))


# -- names (written for v16) -------------------------------------------------------------------------------------------

#: language -> (male given names, female given names, family names); an inflected family name is a (m, f) pair
NAMES: dict[str, tuple[list[str], list[str], list[Any]]] = {
    "no": (["Håkon", "Eirik", "Sindre", "Vegard", "Øystein", "Torbjørn", "Kjetil", "Audun", "Sverre", "Trygve"],
           ["Ingrid", "Solveig", "Ragnhild", "Silje", "Marte", "Tonje", "Hilde", "Åse", "Synnøve", "Guro"],
           ["Haugen", "Bakken", "Solberg", "Lunde", "Moen", "Strand", "Dahle", "Fjeld", "Rønning", "Aasen",
            "Myklebust", "Nygård", "Tveit", "Sæther"]),
    "fi": (["Juha", "Mikko", "Jarmo", "Teemu", "Ville", "Antti", "Heikki", "Petri", "Tuomas", "Lauri"],
           ["Anneli", "Tiina", "Satu", "Hanna", "Minna", "Riikka", "Päivi", "Johanna", "Sanna", "Aino"],
           ["Korhonen", "Virtanen", "Mäkinen", "Nieminen", "Hämäläinen", "Laine", "Heikkinen", "Koskinen",
            "Järvinen", "Lehtonen", "Saarinen", "Kinnunen", "Rantanen", "Salonen"]),
    "hu": (["László", "Zoltán", "Gábor", "Attila", "Tamás", "Csaba", "Péter", "Levente", "Bence", "Gergő"],
           ["Erzsébet", "Katalin", "Ildikó", "Zsuzsanna", "Krisztina", "Réka", "Dóra", "Eszter", "Noémi", "Judit"],
           ["Nagy", "Kovács", "Tóth", "Szabó", "Horváth", "Varga", "Kiss", "Molnár", "Németh", "Farkas", "Balogh",
            "Papp", "Takács", "Juhász"]),
    "hr": (["Ivan", "Marko", "Josip", "Tomislav", "Dario", "Krešimir", "Ante", "Zvonimir", "Mate", "Domagoj"],
           ["Ana", "Ivana", "Marija", "Petra", "Mirjana", "Jelena", "Snježana", "Dubravka", "Lucija", "Vesna"],
           ["Horvat", "Kovačević", "Babić", "Marić", "Jurić", "Novak", "Knežević", "Vuković", "Perić", "Matić",
            "Pavlović", "Šarić", "Radić", "Božić"]),
    "bg": (["Георги", "Иван", "Димитър", "Николай", "Христо", "Стоян", "Петър", "Тодор", "Васил", "Красимир"],
           ["Мария", "Елена", "Йорданка", "Десислава", "Цветелина", "Радка", "Милена", "Снежана", "Росица", "Велина"],
           [("Петров", "Петрова"), ("Иванов", "Иванова"), ("Стоянов", "Стоянова"), ("Тодоров", "Тодорова"),
            ("Колев", "Колева"), ("Маринов", "Маринова"), ("Ангелов", "Ангелова"), ("Григоров", "Григорова"),
            ("Василев", "Василева"), ("Янков", "Янкова")]),
    "uk": (["Олександр", "Андрій", "Тарас", "Богдан", "Остап", "Віталій", "Юрій", "Максим", "Ярослав", "Назар"],
           ["Оксана", "Наталія", "Ірина", "Світлана", "Галина", "Олеся", "Соломія", "Христина", "Леся", "Мирослава"],
           ["Шевченко", "Бондаренко", "Ковальчук", "Мельник", "Ткаченко", "Кравець", "Олійник", "Лисенко",
            "Гнатюк", "Павленко", "Савчук", "Руденко"]),
    "de": (["Ralf", "Dirk", "Sven", "Uwe", "Matthias", "Jörg", "Henrik", "Kai", "Lars", "Timo"],
           ["Anke", "Silke", "Heike", "Birte", "Kerstin", "Jutta", "Dörte", "Swantje", "Maren", "Wiebke"],
           ["Hansen", "Petersen", "Krüger", "Lorenz", "Vogt", "Kuhn", "Hartmann", "Brandt", "Böhm", "Lange",
            "Jansen", "Scholz", "Thiele", "Möller"]),
    "en": (["Gareth", "Duncan", "Callum", "Rhys", "Darren", "Craig", "Nathan", "Owen", "Marcus", "Dean"],
           ["Kerry", "Leanne", "Gemma", "Bethany", "Carys", "Hollie", "Stacey", "Rhiannon", "Megan", "Tanya"],
           ["Pritchard", "Hughes", "Bennett", "Fletcher", "Whitaker", "Marsh", "Holloway", "Pearce", "Dawson",
            "Barker", "Chapman", "Rowe", "Lloyd", "Harding"]),
    "es": (["Iker", "Unai", "Aitor", "Rubén", "Álvaro", "Sergio", "Jaime", "Borja", "Gonzalo", "Íñigo"],
           ["Nerea", "Ainhoa", "Lorena", "Irene", "Rocío", "Marta", "Alba", "Noelia", "Itziar", "Yolanda"],
           ["Etxeberria", "Sánchez", "Moreno", "Romero", "Navarro", "Iglesias", "Ortega", "Delgado", "Castro",
            "Garrido", "Lozano", "Cabrera", "Vidal", "Prieto"]),
    "it": (["Matteo", "Lorenzo", "Davide", "Simone", "Riccardo", "Federico", "Alessio", "Niccolò", "Tommaso", "Edoardo"],
           ["Chiara", "Giulia", "Federica", "Martina", "Serena", "Valentina", "Ilaria", "Elisa", "Beatrice", "Arianna"],
           ["Marchetti", "Galli", "Conti", "Fontana", "Barbieri", "Lombardi", "Moretti", "Santoro", "Greco",
            "Bellini", "Cattaneo", "Pellegrini", "Vitale", "Gentile"]),
    "pt": (["Bruno", "Hugo", "Vasco", "Rodrigo", "Filipe"], ["Catarina", "Leonor", "Sofia", "Marta", "Teresa"],
           ["Carvalho", "Rodrigues", "Fernandes", "Gomes", "Lopes", "Marques"]),
    "nl": (["Joris", "Sander", "Ruben", "Maarten", "Gijs"], ["Femke", "Marloes", "Ilse", "Anouk", "Sanne"],
           ["de Boer", "Bakker", "Visser", "Smit", "van Dijk", "Mulder"]),
    "pl": (["Grzegorz", "Krzysztof", "Wojciech", "Marcin", "Bartosz"], ["Agnieszka", "Joanna", "Dorota", "Ewa",
                                                                       "Justyna"],
           [("Nowicki", "Nowicka"), ("Lewandowski", "Lewandowska"), ("Mazur", "Mazur"), ("Krawczyk", "Krawczyk")]),
    "sv": (["Anders", "Fredrik", "Johan", "Magnus", "Henrik"], ["Karin", "Maja", "Linnea", "Sara", "Emelie"],
           ["Johansson", "Karlsson", "Eriksson", "Lindqvist", "Berglund", "Sjöberg"]),
    "da": (["Rasmus", "Anders", "Frederik", "Søren", "Kasper"], ["Mette", "Louise", "Camilla", "Signe", "Trine"],
           ["Nielsen", "Jensen", "Pedersen", "Kristensen", "Sørensen", "Rasmussen"]),
    "cs": (["Petr", "Martin", "Jakub", "Lukáš", "Vojtěch"], ["Jana", "Eva", "Markéta", "Barbora", "Zuzana"],
           [("Novotný", "Novotná"), ("Svoboda", "Svobodová"), ("Veselý", "Veselá"), ("Horák", "Horáková")]),
    "fr": (["Julien", "Antoine", "Romain", "Maxime", "Benoît"], ["Camille", "Aurélie", "Manon", "Élodie", "Pauline"],
           ["Girard", "Bonnet", "Fontaine", "Rousseau", "Mercier", "Blanc"]),
    "tr": (["Mert", "Hakan", "Serkan", "Barış", "Oğuz"], ["Zeynep", "Büşra", "Ece", "Gizem", "Hülya"],
           ["Kaya", "Özdemir", "Aksoy", "Kılıç", "Erdoğan", "Güneş"]),
    "ru": (["Павел", "Роман", "Артём", "Евгений", "Никита"], ["Светлана", "Юлия", "Татьяна", "Ксения", "Алёна"],
           [("Новиков", "Новикова"), ("Фёдоров", "Фёдорова"), ("Васильев", "Васильева"), ("Егоров", "Егорова")]),
    "el": (["Παναγιώτης", "Θανάσης", "Χρήστος", "Σπύρος", "Βασίλης"], ["Ειρήνη", "Χριστίνα", "Βασιλική", "Ευαγγελία",
                                                                   "Παρασκευή"],
           [("Παπαδόπουλος", "Παπαδοπούλου"), ("Νικολάου", "Νικολάου"), ("Αντωνίου", "Αντωνίου"),
            ("Καραγιάννης", "Καραγιάννη")]),
}

#: Japanese names: (kanji, romaji) (written for v16)
JA_MALE = [("大輔", "Daisuke"), ("健二", "Kenji"), ("雄一", "Yuichi"), ("拓海", "Takumi"), ("直樹", "Naoki"),
           ("悠斗", "Yuto"), ("誠", "Makoto"), ("剛", "Tsuyoshi")]
JA_FEMALE = [("美咲", "Misaki"), ("陽子", "Yoko"), ("彩", "Aya"), ("真由美", "Mayumi"), ("優花", "Yuka"),
             ("智子", "Tomoko"), ("葵", "Aoi"), ("沙織", "Saori")]
JA_LAST = [("山本", "Yamamoto"), ("中村", "Nakamura"), ("小林", "Kobayashi"), ("加藤", "Kato"), ("吉田", "Yoshida"),
           ("山田", "Yamada"), ("松本", "Matsumoto"), ("井上", "Inoue"), ("木村", "Kimura"), ("清水", "Shimizu")]


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
    return f"{b} {a}" if lang == "hu" else f"{a} {b}"


def family_given(g: Gen, lang: str, female: bool | None = None) -> str:
    """``FAMILY, Given``."""
    a, b = person(g, lang, female)
    return f"{b.upper()}, {a}"


def given(g: Gen, lang: str, female: bool | None = None) -> str:
    return person(g, lang, female)[0]


def ja_person(g: Gen, female: bool) -> tuple[tuple[str, str], tuple[str, str]]:
    return g.rnd.choice(JA_LAST), g.rnd.choice(JA_FEMALE if female else JA_MALE)


# -- places (written for v16) ------------------------------------------------------------------------------------------

#: country -> (real city or town, postal code pattern: 9 a digit, the leading part fixed)
CITIES: dict[str, list[tuple[str, str]]] = {
    "NO": [("Bergen", "50"), ("Trondheim", "70"), ("Stavanger", "40"), ("Tromsø", "90"), ("Drammen", "30"),
           ("Ålesund", "60"), ("Bodø", "80"), ("Hamar", "23"), ("Lillehammer", "26"), ("Molde", "64")],
    "FI": [("Tampere", "33"), ("Turku", "20"), ("Oulu", "90"), ("Jyväskylä", "40"), ("Kuopio", "70"),
           ("Lahti", "15"), ("Pori", "28"), ("Joensuu", "80"), ("Vaasa", "65"), ("Rovaniemi", "96")],
    "HU": [("Debrecen", "40"), ("Szeged", "67"), ("Pécs", "76"), ("Győr", "90"), ("Miskolc", "35"),
           ("Kecskemét", "60"), ("Eger", "33"), ("Sopron", "94"), ("Veszprém", "82"), ("Szolnok", "50")],
    "HR": [("Split", "21"), ("Zadar", "23"), ("Šibenik", "22"), ("Rijeka", "51"), ("Pula", "52"),
           ("Dubrovnik", "20"), ("Makarska", "21"), ("Zagreb", "10"), ("Trogir", "21"), ("Rovinj", "52")],
    "BG": [("Пловдив", "40"), ("Варна", "90"), ("Бургас", "80"), ("Русе", "70"), ("Стара Загора", "60"),
           ("Плевен", "58"), ("Велико Търново", "50"), ("Благоевград", "27"), ("София", "1")],
    "UA": [("Львів", "79"), ("Київ", "0"), ("Вінниця", "21"), ("Тернопіль", "46"), ("Івано-Франківськ", "76"),
           ("Полтава", "36"), ("Чернівці", "58"), ("Житомир", "10")],
    "DE": [("Husum", "25813"), ("Flensburg", "249"), ("Kiel", "241"), ("Lübeck", "235"), ("Cuxhaven", "274"),
           ("Oldenburg", "261"), ("Emden", "267"), ("Wismar", "239")],
    "ES": [("Bilbao", "480"), ("Vitoria-Gasteiz", "010"), ("Logroño", "260"), ("Burgos", "090"),
           ("Santander", "390"), ("Pamplona", "310"), ("Getxo", "489"), ("Barakaldo", "489")],
    "IT": [("Verona", "371"), ("Padova", "351"), ("Vicenza", "361"), ("Treviso", "311"), ("Mantova", "461"),
           ("Ferrara", "441"), ("Bolzano", "391"), ("Trento", "381")],
    "GB": [("Swansea", "SA1"), ("Cardiff", "CF1"), ("Newport", "NP2"), ("Bristol", "BS1"), ("Bath", "BA1"),
           ("Gloucester", "GL1")],
    "JP": [("Fukuoka-shi", "81"), ("Kumamoto-shi", "86"), ("Kagoshima-shi", "89"), ("Naha-shi", "90"),
           ("Oita-shi", "87")],
}

STREETS: dict[str, list[str]] = {
    "no": ["Storgata", "Kirkeveien", "Fjordgata", "Bjørkeveien", "Skolegata", "Havnegata", "Løkkeveien"],
    "fi": ["Hämeenkatu", "Rantatie", "Koivukuja", "Puistokatu", "Myllytie", "Kirkkokatu", "Satamakatu"],
    "hu": ["Petőfi Sándor utca", "Kossuth tér", "Rákóczi út", "Arany János utca", "Jókai utca", "Széchenyi sor"],
    "hr": ["Ulica Ruđera Boškovića", "Obala kneza Branimira", "Put Firula", "Ulica Matije Gupca", "Poljička cesta"],
    "bg": ["ул. Иван Вазов", "бул. Христо Ботев", "ул. Раковски", "ул. Шипка", "бул. Цар Освободител"],
    "uk": ["вул. Личаківська", "вул. Зелена", "просп. Свободи", "вул. Городоцька", "вул. Шевченка"],
    "de": ["Deichstraße", "Hafenweg", "Lindenallee", "Möwenweg", "Am Markt", "Norderstraße", "Friesenring"],
    "en": ["Heol y Nant", "Mill Lane", "Station Road", "Oakfield Close", "Church Street", "Victoria Terrace"],
    "es": ["Calle Mayor", "Avenida de Zumalakarregi", "Calle del Carmen", "Paseo de la Ribera", "Calle Nueva"],
    "it": ["Via Roma", "Corso Vittorio Emanuele", "Via dei Mille", "Via Garibaldi", "Vicolo Stretto"],
}


def city(g: Gen, country: str) -> tuple[str, str]:
    return g.rnd.choice(CITIES[country])


def postal(g: Gen, country: str, lead: str) -> str:
    """A postal code of ``country`` in its usual layout, starting with ``lead``."""
    def fill(n: int) -> str:
        return (lead + "".join(g.rnd.choice(string.digits) for _ in range(n)))[:n]

    if country in {"NO"}:
        return fill(4)
    if country == "HU":
        return fill(4)
    if country == "BG":
        return fill(4)
    if country == "GB":
        return f"{lead} {g.rnd.randint(1, 9)}{g.rnd.choice('ABDEFGHJLNPQRSTUWXYZ')}{g.rnd.choice('ABDEFGHJLNPQRSTUWXYZ')}"
    if country == "JP":
        d = fill(7)
        return f"{d[:3]}-{d[3:]}"
    return fill(5)


def street(g: Gen, lang: str) -> str:
    s = g.rnd.choice(STREETS[lang])
    n = g.rnd.randint(1, 120)
    if lang == "es":
        return f"{s}, {n}, {g.rnd.randint(1, 8)}º {g.rnd.choice('ABCD')}"
    if lang == "it":
        return f"{s} {n}" if g.rnd.random() < 0.6 else f"{s}, {n}/{g.rnd.choice('ABC')}"
    if lang == "en":
        return f"{n} {s}"
    if lang == "uk":
        return f"{s}, {n}, кв. {g.rnd.randint(1, 90)}"
    if lang == "bg":
        return f"{s} {n}, ет. {g.rnd.randint(1, 8)}"
    if lang == "hu":
        return f"{s} {n}." + (f" {g.rnd.randint(1, 4)}/{g.rnd.randint(1, 12)}" if g.rnd.random() < 0.4 else "")
    if lang == "no":
        return f"{s} {n}" + (g.rnd.choice(["A", "B"]) if g.rnd.random() < 0.2 else "")
    return f"{s} {n}"


# -- mechanics reused from v10 to v15 ----------------------------------------------------------------------------------

emails = v10.emails
handle = v10.handle
card = v14.card
not_luhn_plain = v14.not_luhn_plain
not_phone = v15.not_phone
iban_v15 = v15.iban
tr_tc = v14.tr_tc
no_fnr = v14.no_fnr
fi_hetu = v14.fi_hetu
ua_rnokpp = v14.ua_rnokpp
it_cf = v14.it_cf
es_dni = v14.es_dni
es_nie = v14.es_nie
pl_pesel = v14.pl_pesel
dk_cpr = v14.dk_cpr
se_pnr = v14.se_pnr
cz_rc = v14.cz_rc
gr_amka = v14.gr_amka
nl_bsn = v10.nl_bsn
wareki = v10.wareki

#: BBAN layouts for v16's countries (python-stdnum checks the result)
BBAN = {"NO": "99999999999", "FI": "99999999999999", "HU": "999999999999999999999999", "HR": "99999999999999999",
        "BG": "AAAA99999999ZZZZZZ", "UA": "999999ZZZZZZZZZZZZZZZZZZZ", "DE": "999999999999999999",
        "ES": "99999999999999999999", "IT": "A9999999999ZZZZZZZZZZZZ", "GB": "AAAA99999999999999"}


def iban(g: Gen, country: str, spaced: bool = False) -> str:
    """A valid IBAN of ``country`` (check digits computed, checked by python-stdnum)."""
    from stdnum import iban as _iban

    def make() -> str:
        bban = g.code(BBAN[country]).upper()
        check = 98 - int("".join(str(int(ch, 36)) for ch in bban + country + "00")) % 97
        return f"{country}{check:02d}{bban}"

    number = g.valid(make, _iban.is_valid)
    return " ".join(number[i:i + 4] for i in range(0, len(number), 4)) if spaced else number


def _complete(g: Gen, make: Any, is_valid: Any, pool: str = string.digits) -> str:
    for _ in range(2_000):
        body = make()
        for ch in pool:
            if is_valid(body + ch):
                return body + ch
    raise RuntimeError("no valid value generated")


def hr_oib(g: Gen) -> str:
    """A Croatian OIB (11 digits, ISO 7064 check digit)."""
    return _complete(g, lambda: g.digits(10), _oib.is_valid)


def bg_egn(g: Gen, born: date, female: bool) -> str:
    """A Bulgarian EGN agreeing with ``born`` and the sex (ninth digit even for men)."""
    month = born.month + (40 if born.year >= 2000 else 0)

    def make() -> str:
        region = g.rnd.randint(0, 99) * 10 // 10
        sex_digit = g.rnd.choice("13579" if female else "02468")
        return f"{born.year % 100:02d}{month:02d}{born.day:02d}{region % 100:02d}{sex_digit}"

    return _complete(g, make, _egn.is_valid)


def not_oib(g: Gen) -> str:
    """11 digits that fail the OIB check (a berth contract number)."""
    return g.valid(lambda: g.digits(11), lambda x: not _oib.is_valid(x))


def mrz_check(text: str) -> str:
    """The ICAO 9303 check digit of ``text`` (weights 7, 3, 1; A = 10, ``<`` = 0)."""
    total = 0
    for i, ch in enumerate(text):
        value = 0 if ch == "<" else int(ch) if ch.isdigit() else ord(ch) - 55
        total += value * (7, 3, 1)[i % 3]
    return str(total % 10)


def mrz_ok(text: str) -> bool:
    return len(text) >= 2 and mrz_check(text[:-1]) == text[-1]


#: country -> passport or identity-card number pattern (A a letter, 9 a digit, Z either)
DOC_PATTERNS = {"DE": "C9ZZZZZZZ", "NO": "AA9999999", "FI": "AA9999999", "HU": "AA9999999", "HR": "999999999",
                "GB": "999999999", "IT": "AA9999999", "ES": "AAA999999", "UA": "AA999999", "BG": "999999999",
                "NL": "AAZZZZZZ9", "PL": "AA9999999", "FR": "99AA99999", "DK": "999999999",
                "SE": "99999999"}


def document(g: Gen, country: str, check: bool) -> str:
    """A passport or identity-card number of ``country``; with ``check``, its MRZ check digit appended."""
    body = g.code(DOC_PATTERNS[country]).upper()
    return body + mrz_check(body) if check else body
