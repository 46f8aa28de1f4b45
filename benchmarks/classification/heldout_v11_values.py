"""Value generators of held-out set v11 (:mod:`benchmarks.classification.heldout_v11`).

The random source :class:`Gen` is v10's (:class:`benchmarks.classification.heldout_v10_values.Gen`: phones drawn from
real numbering ranges and kept only when ``phonenumbers`` says they are valid, hashes, UUIDs, dates) seeded anew for
v11, and the identifier generators of v10 that check their values with ``python-stdnum`` are reused (an identifier
generator is mechanics, not data). Everything a reader could recognize as *data* is written here for v11: the given
and family names per language (short lists of common names, plus family names put together from syllables, so that no
list of real people is behind them), streets, cities with their postal-code leads (companies, products, horses and
warehouses are written in :mod:`benchmarks.classification.heldout_v11` itself). Nothing is taken from Faker, from v2
to v10's value lists or from any list published elsewhere (a few common given names and cities coincide with v10's
lists). New identifiers of v11: the Spanish social-security number (NUSS, modulus 97), the Portuguese NIF and Cartão
de Cidadão and the French numéro fiscal (SPI) and the Japanese My Number (checked with python-stdnum); the Czech
identity-card number, a German driving-licence number, a Russian passport number, a Greek identity-card number and
passport numbers, which have no published check digit, are written in their layouts only.
"""

from __future__ import annotations

import random
import string
from collections.abc import Callable
from typing import Any

from stdnum import iban as std_iban
from stdnum.fr import nif as _fr_nif
from stdnum.jp import in_ as _jp_in
from stdnum.pt import cc as _pt_cc
from stdnum.pt import nif as _pt_nif

from benchmarks.classification import heldout_v10_values as v10
from benchmarks.classification.heldout_v2 import Column

SEED = 11_050_2026
N = "none"
#: the label of a login handle or a dating-app nickname: the classifier should put it in review (as in v5 to v10)
USERNAME = "unclassified"
#: the label of an EAV value column that holds several kinds of personal data (no single kind fits: review)
MIXED = "unclassified"
#: NULL-like strings of exports (as v10's, plus a few spelled in the set's languages)
NULLISH: tuple[str, ...] = ("", " ", "NULL", "null", "N/A", "n/a", "-", "--", "#N/A", "none", "None", "nan", "NaN",
                            "(null)", "unknown", "?", "k.A.", "brak", "nevyplněno", "ukendt", "okänd", "inconnu",
                            "sconosciuto", "desconocido", "bilinmiyor", "不明", "нет", "άγνωστο", "NONE", "no email",
                            "geen", "n.v.t.", "RAS", "yok", "doğrulanmadı", "0")


class Gen(v10.Gen):
    """The random source of one table: ``rows`` rows, seeded from :data:`SEED` and ``table`` (v11's own seed)."""

    def __init__(self, table: str, rows: int) -> None:
        super().__init__(table, rows)
        self.rnd = random.Random(f"v11:{SEED}:{table}")

    def nullwords(self, values: list[Any], share: float, words: tuple[str, ...] = NULLISH,
                  sql_null: float = 0.15) -> list[Any]:
        """A share ``share`` of ``values`` replaced by NULL-like strings and empty strings (of those, a share
        ``sql_null`` by a real NULL instead)."""
        out: list[Any] = []
        for value in values:
            if self.rnd.random() < share:
                out.append(None if self.rnd.random() < sql_null else self.rnd.choice(words))
            else:
                out.append(value)
        return out

    def sparse(self, make: Callable[[], Any], share: float, words: tuple[str, ...] = NULLISH,
               sql_null: float = 0.15) -> list[Any]:
        return self.nullwords([make() for _ in range(self.rows)], share, words, sql_null)


def c(name: str, kind: str, sql_type: str, values: list[Any], *tags: str) -> Column:
    """One labeled column."""
    return Column(name, kind, sql_type, values, frozenset(tags))


# -- names (written for v11) -------------------------------------------------------------------------------------------

#: language -> (male given names, female given names, family names); an inflected family name is a (m, f) pair
NAMES: dict[str, tuple[list[str], list[str], list[Any]]] = {
    "de": (["Matthias", "Ralf", "Jens", "Carsten", "Volker", "Lennart", "Moritz", "Felix", "Benedikt", "Heiko",
            "Ingo", "Rainer"],
           ["Ulrike", "Petra", "Kerstin", "Franziska", "Hannah", "Lea", "Gesine", "Antje", "Wiebke", "Nadine",
            "Carola", "Ines"],
           ["Baumann", "Fuchs", "Kühn", "Sommer", "Jansen", "Engel", "Ludwig", "Dietrich", "Kraus", "Pfeiffer",
            "Scholz", "Möller", "Ziegler", "Hahn"]),
    "pl": (["Bartosz", "Grzegorz", "Kamil", "Mateusz", "Dawid", "Przemysław", "Sebastian", "Hubert", "Szymon",
            "Zbigniew"],
           ["Agnieszka", "Małgorzata", "Natalia", "Weronika", "Zuzanna", "Karolina", "Paulina", "Iwona", "Beata",
            "Oliwia"],
           [("Wójcik", "Wójcik"), ("Kamiński", "Kamińska"), ("Lewandowski", "Lewandowska"), ("Zieliński", "Zielińska"),
            ("Szymański", "Szymańska"), ("Woźniak", "Woźniak"), ("Dąbrowski", "Dąbrowska"), ("Kozłowski", "Kozłowska"),
            ("Wróbel", "Wróbel"), ("Stępień", "Stępień"), ("Górski", "Górska"), ("Sikora", "Sikora")]),
    "cs": (["Tomáš", "Martin", "Ondřej", "Jakub", "Filip", "Zdeněk", "Miroslav", "Roman", "Aleš", "Karel"],
           ["Tereza", "Veronika", "Kateřina", "Lucie", "Zuzana", "Ivana", "Simona", "Jitka", "Dana", "Monika"],
           [("Dvořák", "Dvořáková"), ("Černý", "Černá"), ("Procházka", "Procházková"), ("Kučera", "Kučerová"),
            ("Veselý", "Veselá"), ("Horák", "Horáková"), ("Pokorný", "Pokorná"), ("Kolář", "Kolářová"),
            ("Šimek", "Šimková"), ("Urban", "Urbanová"), ("Doležal", "Doležalová"), ("Zeman", "Zemanová")]),
    "nl": (["Bram", "Daan", "Jeroen", "Niels", "Ruben", "Stijn", "Thijs", "Wouter", "Bart", "Jasper"],
           ["Anouk", "Eline", "Femke", "Ilse", "Janneke", "Merel", "Noor", "Sanne", "Tessa", "Willemijn"],
           ["Bakker", "Visser", "Smit", "Meijer", "de Vries", "van Dijk", "Jansen", "Bos", "Vos", "Peters",
            "Hoekstra", "van Wijk", "Koster", "Prins"]),
    "sv": (["Oskar", "Viktor", "Axel", "Emil", "Magnus", "Patrik", "Stefan", "Tobias", "Ulf", "Björn"],
           ["Elin", "Frida", "Hanna", "Ida", "Josefin", "Malin", "Sara", "Therese", "Ulrika", "Åsa"],
           ["Lindberg", "Holm", "Bergström", "Forsberg", "Sandberg", "Engström", "Lundqvist", "Nyström", "Hedlund",
            "Åberg", "Ekström", "Blom"]),
    "da": (["Lasse", "Mads", "Jonas", "Christian", "Henrik", "Jakob", "Peter", "Simon", "Troels", "Ulrik"],
           ["Birgitte", "Helle", "Lotte", "Maja", "Nanna", "Pernille", "Rikke", "Susanne", "Tine", "Vibeke"],
           ["Poulsen", "Thomsen", "Johansen", "Mortensen", "Knudsen", "Lauridsen", "Frandsen", "Bech", "Holm",
            "Kjær", "Vestergaard", "Lund"]),
    "fr": (["Antoine", "Baptiste", "Cédric", "Damien", "Fabien", "Hugo", "Jérôme", "Laurent", "Olivier", "Sébastien"],
           ["Amélie", "Brigitte", "Chloé", "Delphine", "Émilie", "Hélène", "Isabelle", "Laetitia", "Nathalie",
            "Solène"],
           ["Martin", "Bernard", "Petit", "Durand", "Leroy", "Roux", "Morel", "Simon", "Laurent", "Michel", "Blanc",
            "Guérin", "Boyer", "Perrin"]),
    "es": (["Manuel", "Francisco", "Diego", "Raúl", "Gonzalo", "Ignacio", "Óscar", "Víctor", "Aitor", "Hugo"],
           ["Cristina", "Elena", "Silvia", "Patricia", "Natalia", "Montserrat", "Inmaculada", "Laura", "Sara",
            "Yolanda"],
           ["Romero", "Torres", "Domínguez", "Vázquez", "Ramos", "Gil", "Serrano", "Blanco", "Molina", "Morales",
            "Suárez", "Ortiz", "Rubio", "Marín"]),
    "en": (["Kevin", "Scott", "Dylan", "Ethan", "Aaron", "Bradley", "Patrick", "Neil", "Simon", "Trevor"],
           ["Megan", "Laura", "Hayley", "Chloe", "Sophie", "Jodie", "Rachel", "Gemma", "Lauren", "Holly"],
           ["Walker", "Wright", "Hughes", "Edwards", "Turner", "Parker", "Collins", "Stewart", "Morris", "Bell",
            "Murphy", "Cooper", "Ward", "Price"]),
    "us": (["Austin", "Chad", "Darnell", "Garrett", "Javier", "Kyle", "Logan", "Shawn", "Trent", "Dustin"],
           ["Amber", "Crystal", "Heather", "Jasmine", "Kelsey", "Lindsey", "Monique", "Shelby", "Tiffany", "Vanessa"],
           ["Johnson", "Miller", "Davis", "Rodriguez", "Wilson", "Anderson", "Thomas", "Jackson", "Harris", "Lewis",
            "Robinson", "Young", "King", "Scott"]),
    "it": (["Andrea", "Davide", "Federico", "Giacomo", "Luca", "Marco", "Matteo", "Riccardo", "Simone", "Vincenzo"],
           ["Alessia", "Chiara", "Elena", "Federica", "Giulia", "Ilaria", "Laura", "Sara", "Sofia", "Veronica"],
           ["Esposito", "Colombo", "Rizzo", "Greco", "Conti", "De Luca", "Mancini", "Giordano", "Lombardo", "Fontana",
            "Testa", "Pellegrini", "Ferri", "Bianchi"]),
    "pt": (["Miguel", "Gonçalo", "André", "Diogo", "Ricardo", "Bruno", "Vasco", "Hélder", "Fábio", "Sérgio"],
           ["Mariana", "Joana", "Rita", "Sofia", "Carolina", "Marta", "Filipa", "Teresa", "Helena", "Raquel"],
           ["Rodrigues", "Oliveira", "Fernandes", "Gonçalves", "Marques", "Alves", "Ribeiro", "Lopes", "Teixeira",
            "Moreira", "Nunes", "Vieira", "Cunha", "Pires"]),
    "tr": (["Emre", "Burak", "Can", "Deniz", "Kerem", "Onur", "Selim", "Tolga", "Umut", "Yusuf"],
           ["Ayşe", "Büşra", "Ceren", "Ebru", "Elif", "Gizem", "Zeynep", "Nur", "Seda", "Yasemin"],
           ["Yılmaz", "Demir", "Şahin", "Çelik", "Yıldız", "Yıldırım", "Öztürk", "Aydın", "Arslan", "Doğan", "Kaya",
            "Çetin", "Avcı", "Tekin"]),
    "ru": (["Алексей", "Дмитрий", "Сергей", "Артём", "Максим", "Олег", "Виталий", "Григорий", "Степан", "Денис"],
           ["Анна", "Мария", "Ольга", "Екатерина", "Дарья", "Полина", "Вера", "Галина", "Марина", "Оксана"],
           [("Смирнов", "Смирнова"), ("Кузнецов", "Кузнецова"), ("Попов", "Попова"), ("Соколов", "Соколова"),
            ("Лебедев", "Лебедева"), ("Козлов", "Козлова"), ("Морозов", "Морозова"), ("Волков", "Волкова"),
            ("Алексеев", "Алексеева"), ("Сорокин", "Сорокина"), ("Никитин", "Никитина"), ("Орлов", "Орлова")]),
    "el": (["Γεώργιος", "Ιωάννης", "Κωνσταντίνος", "Δημήτριος", "Νικόλαος", "Μιχαήλ", "Άγγελος", "Σωτήριος",
            "Απόστολος", "Λεωνίδας"],
           ["Μαρία", "Ελένη", "Σοφία", "Δήμητρα", "Κωνσταντίνα", "Φωτεινή", "Θεοδώρα", "Ευτυχία", "Ειρήνη", "Αγγελική"],
           [("Γεωργίου", "Γεωργίου"), ("Οικονόμου", "Οικονόμου"), ("Δημητρίου", "Δημητρίου"),
            ("Νικολάου", "Νικολάου"), ("Βλάχος", "Βλάχου"), ("Ζαχαρίου", "Ζαχαρίου"), ("Αντωνίου", "Αντωνίου"),
            ("Κυριακίδης", "Κυριακίδου"), ("Πετρίδης", "Πετρίδου"), ("Σαββίδης", "Σαββίδου")]),
}

#: syllables from which extra family names are put together (a first part and a second part per language)
SYLLABLES: dict[str, tuple[list[str], list[str]]] = {
    "de": (["Holz", "Stein", "Brenn", "Wald", "Rot", "Berg", "Kalt", "Eich", "Lind", "Sand"],
           ["hauer", "mann", "meier", "berger", "hofer", "bach", "feld", "stätter"]),
    "nl": (["Ver", "Oost", "Wester", "Hoog", "Zand", "Brink", "Molen"], ["hoeven", "beek", "veld", "man", "dijk",
                                                                       "huizen"]),
    "sv": (["Ek", "Ljung", "Sjö", "Berg", "Lund", "Al", "Björk"], ["holm", "qvist", "gren", "berg", "dahl", "ström"]),
    "da": (["Skov", "Bach", "Dal", "Vest", "Nør", "Hede"], ["gaard", "holm", "berg", "lund", "bæk"]),
    "en": (["Ash", "Black", "Brook", "Hart", "Thorn", "Wood", "Hol"], ["ley", "ford", "wick", "field", "by", "ton"]),
    "us": (["Mc", "Ander", "Fitz", "Hamil", "Kendr", "Wal"], ["gerald", "son", "ick", "ton", "lace"]),
    "it": (["Bel", "Mar", "Cor", "Sal", "Ros", "Cam"], ["vetti", "tinelli", "dani", "mone", "sini", "pana"]),
    "fr": (["Beau", "Mont", "Ver", "Chan", "Lar"], ["champ", "gnier", "don", "tier", "ville"]),
    "es": (["Valde", "Alba", "Villa", "Mon", "Cas"], ["rrama", "rracín", "nueva", "tero", "tillo"]),
    "pt": (["Vila", "Mon", "Fon", "Bar", "Cas"], ["lobos", "teiro", "seca", "ros", "telo"]),
    "tr": (["Kara", "Ak", "Göz", "Er", "Taş"], ["han", "yol", "oğlu", "kaya", "dağ"]),
}


def person(g: Gen, lang: str, female: bool | None = None) -> tuple[str, str]:
    """A (given name, family name) pair of ``lang``; about one family name in four put together from syllables."""
    men, women, families = NAMES[lang]
    female = g.rnd.random() < 0.5 if female is None else female
    if lang in SYLLABLES and g.rnd.random() < 0.25:
        heads, tails = SYLLABLES[lang]
        family: Any = g.rnd.choice(heads) + g.rnd.choice(tails)
    else:
        family = g.rnd.choice(families)
    if isinstance(family, tuple):
        family = family[1 if female else 0]
    return g.rnd.choice(women if female else men), family


def people(g: Gen, lang: str, sexes: list[bool] | None = None) -> tuple[list[str], list[str]]:
    pairs = [person(g, lang, None if sexes is None else sexes[i]) for i in range(g.rows)]
    return [a for a, _ in pairs], [b for _, b in pairs]


def whole(g: Gen, lang: str, female: bool | None = None) -> str:
    return " ".join(person(g, lang, female))


def given(g: Gen, lang: str, female: bool | None = None) -> str:
    return person(g, lang, female)[0]


def sexes(g: Gen, female: float = 0.5) -> list[bool]:
    return [g.rnd.random() < female for _ in range(g.rows)]


#: Japanese names: (kanji, katakana reading, romaji)
JA_MALE = [("拓也", "タクヤ", "Takuya"), ("雄一", "ユウイチ", "Yuichi"), ("和也", "カズヤ", "Kazuya"),
           ("悠斗", "ユウト", "Yuto"), ("剛", "ツヨシ", "Tsuyoshi"), ("誠", "マコト", "Makoto"), ("蓮", "レン", "Ren")]
JA_FEMALE = [("美咲", "ミサキ", "Misaki"), ("香織", "カオリ", "Kaori"), ("愛", "アイ", "Ai"), ("結衣", "ユイ", "Yui"),
             ("さくら", "サクラ", "Sakura"), ("智子", "トモコ", "Tomoko"), ("明美", "アケミ", "Akemi")]
JA_LAST = [("田中", "タナカ", "Tanaka"), ("伊藤", "イトウ", "Ito"), ("渡辺", "ワタナベ", "Watanabe"),
           ("山本", "ヤマモト", "Yamamoto"), ("中村", "ナカムラ", "Nakamura"), ("小林", "コバヤシ", "Kobayashi"),
           ("加藤", "カトウ", "Kato"), ("吉田", "ヨシダ", "Yoshida"), ("山田", "ヤマダ", "Yamada"),
           ("佐々木", "ササキ", "Sasaki"), ("斎藤", "サイトウ", "Saito"), ("岡田", "オカダ", "Okada")]


def ja_person(g: Gen, female: bool | None = None) -> tuple[tuple[str, str, str], tuple[str, str, str]]:
    female = g.rnd.random() < 0.5 if female is None else female
    return g.rnd.choice(JA_FEMALE if female else JA_MALE), g.rnd.choice(JA_LAST)


# -- places (written for v11) ------------------------------------------------------------------------------------------

#: country -> (city, leading digits or letters of its postal codes)
CITIES: dict[str, list[tuple[str, str]]] = {
    "DE": [("Osnabrück", "490"), ("Würzburg", "970"), ("Rostock", "180"), ("Paderborn", "331"), ("Heilbronn", "740"),
           ("Wuppertal", "421"), ("Kassel", "341"), ("Trier", "542"), ("Jena", "077"), ("Lübeck", "235")],
    "PL": [("Gdańsk", "80"), ("Lublin", "20"), ("Białystok", "15"), ("Rzeszów", "35"), ("Toruń", "87"),
           ("Olsztyn", "10"), ("Opole", "45"), ("Katowice", "40")],
    "CZ": [("Brno", "602"), ("Ostrava", "702"), ("Plzeň", "301"), ("Olomouc", "779"), ("Liberec", "460"),
           ("Zlín", "760"), ("Jihlava", "586"), ("Pardubice", "530")],
    "NL": [("Eindhoven", "56"), ("Tilburg", "50"), ("Zwolle", "80"), ("Leiden", "23"), ("Amersfoort", "38"),
           ("Apeldoorn", "73"), ("Enschede", "75"), ("Den Bosch", "52"), ("Leeuwarden", "89"), ("Dordrecht", "33")],
    "SE": [("Örebro", "70"), ("Västerås", "72"), ("Helsingborg", "25"), ("Jönköping", "55"), ("Umeå", "90"),
           ("Karlstad", "65"), ("Växjö", "35"), ("Östersund", "83")],
    "DK": [("Aalborg", "9"), ("Esbjerg", "67"), ("Vejle", "71"), ("Horsens", "87"), ("Hillerød", "34"),
           ("Svendborg", "57"), ("Holstebro", "75")],
    "FR": [("Toulouse", "31"), ("Bordeaux", "33"), ("Lille", "59"), ("Strasbourg", "67"), ("Angers", "49"),
           ("Tours", "37"), ("Limoges", "87"), ("Brest", "29"), ("Reims", "51"), ("Besançon", "25")],
    "ES": [("Sevilla", "41"), ("Córdoba", "14"), ("Santander", "39"), ("Salamanca", "37"), ("Oviedo", "33"),
           ("Cádiz", "11"), ("Logroño", "26"), ("Tarragona", "43"), ("Badajoz", "06"), ("Huesca", "22")],
    "GB": [("Leicester", "LE"), ("Coventry", "CV"), ("Plymouth", "PL"), ("Derby", "DE"), ("Reading", "RG"),
           ("Sunderland", "SR"), ("Preston", "PR"), ("Bath", "BA")],
    "US": [("Akron", "443"), ("Eugene", "974"), ("Wichita", "672"), ("Macon", "312"), ("Provo", "846"),
           ("Tacoma", "984"), ("Erie", "165"), ("Amarillo", "791")],
    "IT": [("Brescia", "251"), ("Parma", "431"), ("Perugia", "061"), ("Lecce", "731"), ("Trento", "381"),
           ("Udine", "331"), ("Salerno", "841"), ("Cagliari", "091"), ("Rimini", "479"), ("Como", "221")],
    "PT": [("Porto", "40"), ("Setúbal", "29"), ("Viseu", "35"), ("Leiria", "24"), ("Évora", "70"), ("Guimarães", "48"),
           ("Funchal", "90"), ("Covilhã", "62")],
    "TR": [("Eskişehir", "26"), ("Konya", "42"), ("Kayseri", "38"), ("Trabzon", "61"), ("Gaziantep", "27"),
           ("Samsun", "55"), ("Denizli", "20"), ("Mersin", "33")],
    "RU": [("Казань", "420"), ("Самара", "443"), ("Пермь", "614"), ("Воронеж", "394"), ("Тюмень", "625"),
           ("Ярославль", "150"), ("Иркутск", "664"), ("Томск", "634")],
    "GR": [("Πάτρα", "26"), ("Ηράκλειο", "71"), ("Λάρισα", "41"), ("Βόλος", "38"), ("Ιωάννινα", "45"),
           ("Καλαμάτα", "24"), ("Χανιά", "73"), ("Σέρρες", "62")],
}


def city(g: Gen, country: str) -> tuple[str, str]:
    return g.rnd.choice(CITIES[country])


postal = v10.postal

#: language -> street names (written for v11)
STREETS: dict[str, list[str]] = {
    "de": ["Fliederweg", "Rosenstraße", "Am Anger", "Kastanienallee", "Mozartstr.", "Feldweg", "Uhlandstraße",
           "Marktplatz", "Birkenweg", "Talstraße", "Hohe Straße", "Brunnenweg"],
    "pl": ["ul. Ogrodowa", "ul. Lipowa", "ul. Różana", "ul. Kościuszki", "ul. Wiejska", "os. Słoneczne",
           "ul. Piłsudskiego", "ul. Spacerowa", "ul. Źródlana", "ul. Konopnickiej"],
    "cs": ["Husova", "Palackého", "Komenského", "Nerudova", "Havlíčkova", "Na Výsluní", "U Potoka", "Lipová",
           "Bezručova", "Wolkerova"],
    "nl": ["Molenstraat", "Kerkstraat", "Lindelaan", "Wilhelminastraat", "Eikenlaan", "Stationsweg",
           "Burgemeester de Withstraat", "Havenkade", "Torenstraat", "Parallelweg"],
    "sv": ["Storgatan", "Björkvägen", "Tallvägen", "Kungsgatan", "Strandvägen", "Bruksgatan", "Ekbacken",
           "Violvägen", "Backavägen", "Hamngatan"],
    "da": ["Algade", "Møllevej", "Grønnegade", "Lærkevej", "Birkevej", "Havnegade", "Toftevej", "Præstevænget",
           "Solsikkevej", "Hybenvej"],
    "fr": ["rue des Acacias", "avenue Foch", "rue Émile Zola", "boulevard Voltaire", "rue du Château",
           "chemin des Prés", "rue Jean Moulin", "place du Marché", "allée des Peupliers", "rue de la Gare"],
    "es": ["Calle Luna", "Avenida de América", "Calle Sol", "Calle Nueva", "Paseo del Prado", "Calle de Toledo",
           "Plaza Mayor", "Calle Ancha", "Avenida Andalucía", "Calle Cervantes"],
    "en": ["Chapel Street", "King Street", "Orchard Close", "Meadow View", "New Road", "Green Lane", "Windsor Road",
           "Highfield Avenue", "Springfield Road", "Mill Road"],
    "us": ["Willow St", "Hickory Ln", "E 14th St", "Walnut Ave", "Lakeview Dr", "S Broadway", "Washington Blvd",
           "Magnolia Ct", "Ridge Rd", "Birch Way"],
    "it": ["Via Garibaldi", "Via Manzoni", "Via San Martino", "Corso Vittorio Emanuele", "Via dei Tigli",
           "Via Leopardi", "Via del Corso", "Viale Trieste", "Via Santa Chiara", "Via Pascoli"],
    "pt": ["Rua de São João", "Avenida da República", "Rua das Flores", "Rua Direita", "Travessa da Fonte",
           "Rua do Sol", "Largo do Rossio", "Rua Cândido dos Reis", "Avenida dos Aliados", "Rua Nova"],
    "tr": ["Atatürk Cad.", "Cumhuriyet Mah. Menekşe Sok.", "Gazi Cad.", "İnönü Bulvarı", "Hürriyet Mah. Çınar Sok.",
           "Mevlana Cad.", "Fatih Mah. Zambak Sok.", "Karanfil Sok.", "Adnan Menderes Bulvarı", "Lale Sok."],
    "ru": ["ул. Пушкина", "ул. Садовая", "ул. Строителей", "пр-т Мира", "ул. Заречная", "ул. Школьная",
           "ул. Центральная", "ул. Луговая", "ул. Октябрьская", "пер. Почтовый"],
    "el": ["Ερμού", "Αθηνάς", "Ελευθερίου Βενιζέλου", "Κηφισίας", "Μεγάλου Αλεξάνδρου", "Ιπποκράτους", "Ομήρου",
           "Σταδίου", "Πανεπιστημίου", "Καραϊσκάκη"],
}


def street(g: Gen, lang: str, with_number: bool = True) -> str:
    """A street line in the usual layout of ``lang``."""
    s = g.rnd.choice(STREETS[lang])
    n = g.rnd.randint(1, 199)
    if not with_number:
        return s
    if lang in {"en", "us", "fr"}:
        if lang == "us" and g.rnd.random() < 0.2:
            return f"{n} {s} Unit {g.rnd.randint(1, 30)}"
        if lang == "en" and g.rnd.random() < 0.15:
            return f"Flat {g.rnd.randint(1, 12)}, {n} {s}"
        return f"{n} {s}" if lang != "fr" or g.rnd.random() < 0.85 else f"{n} ter {s}"
    if lang in {"es", "pt"}:
        return f"{s}, {n}" + (f", {g.rnd.randint(1, 8)}º" if g.rnd.random() < 0.4 else "")
    if lang == "it":
        return f"{s}, {n}" if g.rnd.random() < 0.6 else f"{s} {n}"
    if lang == "tr":
        return f"{s} No:{n}" + (f" Daire:{g.rnd.randint(1, 20)}" if g.rnd.random() < 0.5 else "")
    if lang == "ru":
        return f"{s}, д. {n}" + (f", кв. {g.rnd.randint(1, 180)}" if g.rnd.random() < 0.75 else "")
    if lang == "cs":
        return f"{s} {g.rnd.randint(100, 2800)}/{g.rnd.randint(1, 40)}"
    if lang == "pl":
        return f"{s} {n}" + (f" m. {g.rnd.randint(1, 60)}" if g.rnd.random() < 0.4 else "")
    if lang == "da":
        return f"{s} {n}" + (f", {g.rnd.randint(1, 4)}. th." if g.rnd.random() < 0.3 else "")
    return f"{s} {n}"


#: Japanese places: (prefecture, city, district, postal-code lead)
JA_PLACES = [("大阪府", "堺市", "北区中百舌鳥町", "591"), ("北海道", "札幌市", "中央区南一条西", "060"),
             ("宮城県", "仙台市", "青葉区一番町", "980"), ("広島県", "広島市", "中区紙屋町", "730"),
             ("岡山県", "岡山市", "北区表町", "700"), ("長野県", "松本市", "中央", "390"),
             ("石川県", "金沢市", "香林坊", "920"), ("鹿児島県", "鹿児島市", "天文館町", "892")]


def ja_address(g: Gen, place: tuple[str, str, str, str]) -> str:
    pref, city_, district, _ = place
    return f"{pref}{city_}{district}{g.rnd.randint(1, 5)}-{g.rnd.randint(1, 28)}-{g.rnd.randint(1, 20)}"


# -- personal identifiers new in v11 -----------------------------------------------------------------------------------


def es_nuss(g: Gen) -> str:
    """A Spanish social-security number (número de afiliación, NUSS): province (2), number (8), check = the first ten
    digits modulo 97; written ``28/12345678/XX`` or as 12 digits."""
    prov = f"{g.rnd.randint(1, 52):02d}"
    num = g.digits(8, "0123456789")
    check = int(prov + num) % 97
    body = f"{prov}{num}{check:02d}"
    return f"{body[:2]}/{body[2:10]}/{body[10:]}" if g.rnd.random() < 0.5 else body


def pt_nif(g: Gen) -> str:
    return g.valid(lambda: g.rnd.choice("123") + g.digits(8, string.digits), _pt_nif.is_valid)


def pt_cc(g: Gen) -> str:
    """A Portuguese Cartão de Cidadão number ``12345678 9 ZZ0`` (python-stdnum checks it)."""
    def make() -> str:
        return f"{g.digits(8, '0123456789')} {g.rnd.randint(0, 9)} {g.code('AA')}{g.rnd.randint(0, 9)}"

    return g.valid(make, _pt_cc.is_valid)


def fr_spi(g: Gen) -> str:
    """A French numéro fiscal de référence (SPI) of a person: 13 digits, python-stdnum ``fr.nif``."""
    def make() -> str:
        body = g.rnd.choice("0123") + g.digits(9, string.digits)
        return body + _fr_nif.calc_check_digits(body)

    v = g.valid(make, _fr_nif.is_valid)
    return f"{v[:2]} {v[2:4]} {v[4:7]} {v[7:10]} {v[10:]}" if g.rnd.random() < 0.4 else v


def jp_my_number(g: Gen) -> str:
    def make() -> str:
        body = g.digits(11, string.digits)
        return body + _jp_in.calc_check_digit(body)

    v = g.valid(make, _jp_in.is_valid)
    return f"{v[:4]} {v[4:8]} {v[8:]}" if g.rnd.random() < 0.3 else v


def cz_op(g: Gen) -> str:
    """A Czech identity-card number (občanský průkaz): nine digits."""
    return g.digits(9)


def de_fuehrerschein(g: Gen) -> str:
    """A German driving-licence number as printed on the card: authority code, serial, a digit and a check
    character (the check character here is random: no published rule is used)."""
    return g.code("A") + g.code("999") + g.code("AA9A9") + g.rnd.choice(string.digits + "X")


def ru_passport(g: Gen) -> str:
    return f"{g.rnd.randint(1, 99):02d} {g.rnd.randint(0, 24):02d} {g.digits(6)}"


def gr_adt(g: Gen) -> str:
    """A Greek identity-card number: two Greek capital letters and six digits."""
    return g.rnd.choice("ΑΒΕΖΗΙΚΜΝΟΡΤΥΧ") + g.rnd.choice("ΑΒΕΖΗΙΚΜΝΟΡΤΥΧ") + " " + g.digits(6)


def passport(g: Gen, country: str) -> str:
    """A passport number in the layout of ``country`` (no check digit)."""
    layouts = {"GB": "999999999", "US": "A99999999", "DE": "CAAAA99999", "FR": "99AA99999", "IT": "AA9999999",
               "ES": "AAA999999", "NL": "AA9999999", "PL": "AA9999999", "SE": "99999999", "TR": "A99999999",
               "JP": "AA9999999", "IE": "AA9999999"}
    return g.code(layouts[country]).replace("O", "P").replace("I", "K")


def not_iban(g: Gen, country: str) -> str:
    """An internal account code shaped like an IBAN (country letters, two digits, an alphanumeric body in groups of
    four) whose check digits are wrong, so that it is not one."""
    def make() -> str:
        raw = f"{country}{g.rnd.randint(0, 99):02d}" + g.code("AAAA") + g.code("9999999999")
        return raw

    value = g.valid(make, lambda x: not std_iban.is_valid(x))
    return " ".join(value[i:i + 4] for i in range(0, len(value), 4))


# reused from v10 (python-stdnum-checked generators)
iban = v10.iban
card = v10.card
email = v10.email
emails = v10.emails
work_email = v10.work_email
handle = v10.handle
plain = v10.plain
pl_pesel = v10.pl_pesel
cz_rc = v10.cz_rc
se_pnr = v10.se_pnr
dk_cpr = v10.dk_cpr
tr_tc = v10.tr_tc
it_cf = v10.it_cf
es_dni = v10.es_dni
es_nie = v10.es_nie
gr_amka = v10.gr_amka
gr_afm_person = v10.gr_afm_person
ru_snils = v10.ru_snils
ru_inn_person = v10.ru_inn_person
ru_inn_company = v10.ru_inn_company
us_ssn = v10.us_ssn
gb_nino = v10.gb_nino
de_vat = v10.de_vat
it_iva = v10.it_iva
pl_nip_company = v10.pl_nip_company
cz_ico = v10.cz_ico


def pt_nipc(g: Gen) -> str:
    """A Portuguese company tax number (NIPC): starts with 5, python-stdnum ``pt.nif``."""
    return g.valid(lambda: "5" + g.digits(8, string.digits), _pt_nif.is_valid)
