"""Values of held-out set v45 (:mod:`benchmarks.classification.heldout_v45`): v45's random source, names, streets,
cities and postal codes written by hand for v45 (no Faker, no list of real people), phones checked with phonenumbers
and identifiers with check digits computed and checked with python-stdnum.

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
from stdnum.be import nn as _nn
from stdnum.cz import rc as _rc
from stdnum.dk import cpr as _cpr
from stdnum.it import codicefiscale as _cf
from stdnum.pl import pesel as _pesel
from stdnum.pt import nif as _nif
from stdnum.tr import tckimlik as _tck

from benchmarks.classification.heldout_v2 import Column

SEED = 45_245_2026
N = "none"
#: a login, forum handle or public display handle (review, as in v5 to v43)
USERNAME = "unclassified"
#: NULL-like strings of v45's systems (tests skip them)
NULLISH: tuple[str, ...] = (
    "", " ", "-", "--", "NULL", "null", "n/a", "N/A", "NA", "none", "None", "unknown", "?", "brak", "keine",
    "ingen", "sin datos", "nessuno", "yok", "-/-", "0", "ukendt", "não", "[deleted]", "—")


def fold(text: str) -> str:
    text = unicodedata.normalize("NFKD", text.lower())
    return "".join(ch for ch in text if not unicodedata.combining(ch)).replace("ß", "ss").replace("'", "")


class Gen:
    """The random source of one table: ``rows`` rows, seeded from :data:`SEED` and ``table``."""

    def __init__(self, table: str, rows: int) -> None:
        self.table = table
        self.rows = rows
        self.rnd = random.Random(f"v45:{SEED}:{table}")

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
        first = self.rnd.choice([23, 45, 67, 69, 70, 75, 76, 96, 97, 100, 136, 162, 173, 199, 209])
        return f"{first}.{self.rnd.randint(0, 255)}.{self.rnd.randint(0, 255)}.{self.rnd.randint(1, 254)}"

    def ipv6(self) -> str:
        head = self.rnd.choice(["2600", "2601", "2602", "2604", "2a02"])
        return head + ":" + ":".join(f"{self.rnd.randint(0, 0xFFFF):x}" for _ in range(7))

    def ip(self, v6: float = 0.3) -> str:
        return self.ipv6() if self.rnd.random() < v6 else self.ipv4()

    # -- phones
    def phone(self, region: str, fmt: str = "e164", mobile: bool = True) -> str:
        kind = phonenumbers.PhoneNumberType.MOBILE if mobile else phonenumbers.PhoneNumberType.FIXED_LINE
        example = phonenumbers.example_number_for_type(region, kind)
        nsn = phonenumbers.national_significant_number(example)
        keep = max(len(nsn) - 7, 1) if region == "US" else max(len(nsn) - 6, 1)

        def make() -> str:
            if region == "US":
                return self.rnd.choice(["206", "503", "208", "406", "801", "303", "505", "617", "207", "802"]) + \
                    str(self.rnd.randint(2, 9)) + self.digits(6)
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
        if fmt == "dashes":
            d = "".join(ch for ch in national if ch.isdigit())
            return f"{d[:3]}-{d[3:6]}-{d[6:]}" if region == "US" else national
        if fmt == "dots":
            d = "".join(ch for ch in national if ch.isdigit())
            return f"{d[:3]}.{d[3:6]}.{d[6:]}" if region == "US" else national
        return national

    def phones(self, region: str, formats: dict[str, float], mobile: float = 1.0, null: float = 0.0) -> list[Any]:
        names, weights = list(formats), list(formats.values())
        return self.col(lambda: self.phone(region, self.rnd.choices(names, weights)[0], self.rnd.random() < mobile),
                        null)



def c(name: str, kind: str, sql_type: str, values: list[Any], *tags: str) -> Column:
    """One labeled column."""
    return Column(name, kind, sql_type, values, frozenset(tags))


# -- names (written for v45) -------------------------------------------------------------------------------------------

#: language -> (male given names, female given names, family names)
NAMES: dict[str, tuple[list[str], list[str], list[str]]] = {
    "en": (["Alden", "Brennan", "Callum", "Dorian", "Everett", "Fletcher", "Garrick", "Hollis", "Ignatius", "Jarvis",
            "Kendrick", "Lowell", "Merritt", "Nolan", "Orrin", "Prescott", "Quentin", "Rowan", "Sterling", "Tobias",
            "Ulric", "Vaughn", "Whitaker", "Zane"],
           ["Adelaide", "Bryony", "Cordelia", "Daphne", "Eloise", "Fern", "Gwendolyn", "Harriet", "Isolde", "Juniper",
            "Katrina", "Leonie", "Maeve", "Nerissa", "Ophelia", "Primrose", "Rosamund", "Saoirse", "Tamsin", "Verity",
            "Wren", "Yvaine"],
           ["Ashdown", "Birtwistle", "Cartwright", "Dalrymple", "Eastwick", "Fenwick", "Gatling", "Hargreave",
            "Ingleby", "Jessop", "Kilbride", "Langstaff", "Maddox", "Northcott", "Oakhurst", "Penhallow", "Quarrie",
            "Redfern", "Stainthorpe", "Trelawney", "Underhill", "Varley", "Wetherby", "Yardley", "Ackroyd", "Brackley",
            "Cottingham", "Dewhurst", "Elsworth", "Fairbairn", "Goodenough", "Hollingworth", "Kershaw", "Lightfoot",
            "Moorcroft", "Nettleton"]),
    "sv": (["Alvar", "Bertil", "Colin", "Dag", "Einar", "Folke", "Gunnar", "Hampus", "Ivar", "Jonatan", "Kjell",
            "Leif", "Måns", "Nils", "Olof", "Pontus", "Rune", "Sune", "Torbjörn", "Ville"],
           ["Agnes", "Britta", "Dagny", "Elvira", "Gunilla", "Hedvig", "Ida", "Jenny", "Karin", "Lovisa", "Märta",
            "Nora", "Ronja", "Saga", "Tilda", "Ulrika", "Vera", "Wilma", "Yvonne", "Åsa"],
           ["Ahlqvist", "Blomgren", "Dahlberg", "Ekström", "Fagerlund", "Grönlund", "Hedlund", "Isaksson", "Jäderberg",
            "Kvist", "Lundqvist", "Malmberg", "Norberg", "Palmqvist", "Rosén", "Sjöberg", "Tornberg", "Wallin",
            "Östlund", "Åkesson", "Björklund", "Engström", "Hellström", "Lindholm", "Strand", "Vikström"]),
    "pl": (["Adrian", "Bartosz", "Cezary", "Damian", "Emil", "Filip", "Grzegorz", "Hubert", "Ireneusz", "Jacek",
            "Kacper", "Leszek", "Marek", "Norbert", "Olaf", "Przemysław", "Radosław", "Szymon", "Tadeusz", "Wiesław"],
           ["Agnieszka", "Beata", "Celina", "Dorota", "Ewelina", "Franciszka", "Grażyna", "Halina", "Iwona", "Jadwiga",
            "Kinga", "Lucyna", "Małgorzata", "Natalia", "Oliwia", "Patrycja", "Renata", "Sylwia", "Urszula",
            "Zuzanna"],
           ["Adamczyk", "Baran", "Cieślak", "Dudek", "Florczak", "Górecki", "Jabłoński", "Kaczmarek", "Kowalczyk",
            "Lewandowski", "Michalak", "Nowicki", "Ostrowski", "Pawlak", "Rutkowski", "Sikora", "Szewczyk",
            "Tomaszewski", "Wróbel", "Zając", "Bąk", "Chmielewski", "Duda", "Głowacki", "Kubiak", "Mazur", "Sobczak",
            "Wieczorek"]),
    "de": (["Achim", "Benedikt", "Christoph", "Detlef", "Eckhard", "Florian", "Gerold", "Hartmut", "Ingo", "Jochen",
            "Kai", "Lutz", "Malte", "Niklas", "Ole", "Rüdiger", "Sönke", "Till", "Volker", "Wolfram"],
           ["Anke", "Birte", "Claudia", "Dörte", "Elke", "Frauke", "Gesine", "Heike", "Imke", "Jutta", "Kerstin",
            "Lena", "Meike", "Nadine", "Ottilie", "Petra", "Rieke", "Silke", "Ulrike", "Wiebke"],
           ["Althoff", "Brinkmann", "Dreesen", "Eilers", "Focke", "Gerdes", "Harms", "Janssen", "Kruse", "Lührs",
            "Meyerhoff", "Nieland", "Oltmanns", "Poppe", "Rademacher", "Schlüter", "Tiedemann", "Uhlhorn", "Vosgerau",
            "Wübbena", "Behrens", "Claußen", "Hinrichs", "Kötter", "Ahlers", "Böckmann", "Heitmann", "Stührenberg"]),
    "fr": (["Amaury", "Baptiste", "Clément", "Damien", "Étienne", "Florent", "Gaëtan", "Hugo", "Jérémie", "Laurent",
            "Mathis", "Noé", "Olivier", "Pierrick", "Quentin", "Romain", "Sébastien", "Thibault", "Valentin", "Yannick"],
           ["Amandine", "Bérénice", "Céline", "Delphine", "Éloïse", "Fanny", "Gaëlle", "Hélène", "Inès", "Justine",
            "Laetitia", "Maëlys", "Noémie", "Océane", "Pauline", "Romane", "Solène", "Virginie", "Yaëlle", "Zoé"],
           ["Dethier", "Lambotte", "Wauters", "Collignon", "Delvaux", "Gilson", "Hennuy", "Jacquemin", "Lecomte",
            "Marchal", "Noël", "Piron", "Renard", "Simonis", "Thiry", "Vandamme", "Bastin", "Closset", "Dubuisson",
            "Fontaine", "Goffin", "Houben", "Leroy", "Mathieu", "Deprez", "Gérard"]),
    "nl": (["Arne", "Bram", "Dries", "Gert", "Jelle", "Koen", "Lieven", "Maarten", "Pieter", "Ruben", "Stijn",
            "Tijs", "Wout", "Yannick", "Jens", "Sander"],
           ["Anouk", "Bieke", "Elke", "Febe", "Griet", "Hanne", "Ilse", "Jolien", "Katrien", "Lotte", "Marieke", "Nele",
            "Sofie", "Tine", "Veerle", "Wendy"],
           ["Claes", "De Smedt", "Goossens", "Janssens", "Maes", "Peeters", "Van Damme", "Verbeke", "Willems",
            "Wouters", "De Backer", "Cools", "Hermans", "Mertens", "Van Acker", "Vermeulen", "Aerts", "Dierckx",
            "Geerts", "Segers", "Verhoeven", "Smets"]),
    "cs": (["Aleš", "Bohumil", "Ctibor", "Dalibor", "Jaroslav", "Kamil", "Libor", "Miloš", "Ondřej", "Radim",
            "Svatopluk", "Tomáš", "Vojtěch", "Zbyněk", "Lubomír", "Přemysl"],
           ["Blanka", "Dagmar", "Hana", "Ivana", "Jarmila", "Kristýna", "Ludmila", "Markéta", "Naděžda", "Radka",
            "Šárka", "Tereza", "Věra", "Zdenka", "Libuše", "Pavlína"],
           ["Bartoš", "Čermák", "Doležal", "Fiala", "Hájek", "Jelínek", "Kolář", "Kříž", "Musil", "Navrátil", "Pokorný",
            "Růžička", "Šimek", "Urban", "Vaněk", "Zeman", "Beneš", "Holub", "Kučera", "Matoušek", "Šťastný",
            "Vlček"]),
    "da": (["Anker", "Bo", "Carsten", "Esben", "Flemming", "Jeppe", "Kasper", "Mogens", "Rasmus", "Søren", "Troels",
            "Ulrik", "Villads", "Aksel", "Frode", "Henning"],
           ["Bodil", "Dorthe", "Gitte", "Hanne", "Jytte", "Karen", "Lone", "Mette", "Pernille", "Rikke", "Signe",
            "Tove", "Vibeke", "Ane", "Inger", "Lærke"],
           ["Bech", "Dalgaard", "Frandsen", "Gregersen", "Holm", "Jakobsen", "Kjærgaard", "Lauridsen", "Munk",
            "Nørgaard", "Overgaard", "Riis", "Skov", "Thygesen", "Vestergaard", "Østergaard", "Bisgaard", "Mikkelsen",
            "Poulsen", "Søndergaard"]),
    "es": (["Álvaro", "Borja", "Cristóbal", "Diego", "Eneko", "Fermín", "Gonzalo", "Íñigo", "Jaime", "Leandro",
            "Marcos", "Nicolás", "Óscar", "Rubén", "Sergio", "Unai"],
           ["Ainhoa", "Begoña", "Carmen", "Elena", "Irene", "Leire", "Marta", "Nerea", "Paloma", "Raquel", "Sonia",
            "Lucía", "Alba", "Candela", "Maider", "Yolanda"],
           ["Aguirre", "Blanco", "Castaño", "Domínguez", "Etxeberria", "Fuentes", "Garrido", "Herrero", "Iglesias",
            "Lozano", "Marín", "Núñez", "Ortega", "Pascual", "Quintana", "Rubio", "Santos", "Tejada", "Urrutia",
            "Vidal", "Zabala", "Cabrera", "Gil", "Medina"]),
    "pt": (["Afonso", "Bernardo", "Duarte", "Fernando", "Gonçalo", "Henrique", "Joaquim", "Luís", "Martim", "Nuno",
            "Rodrigo", "Salvador", "Tiago", "Vasco", "Rui", "Hélder"],
           ["Beatriz", "Carolina", "Filipa", "Graça", "Inês", "Joana", "Leonor", "Madalena", "Mafalda", "Rita",
            "Sofia", "Teresa", "Vitória", "Conceição", "Fátima", "Lurdes"],
           ["Almeida", "Bettencourt", "Carvalho", "Esteves", "Figueiredo", "Gouveia", "Lopes", "Magalhães", "Nogueira",
            "Pinheiro", "Quaresma", "Rebelo", "Sequeira", "Tavares", "Valente", "Brandão", "Correia", "Fonseca",
            "Machado", "Sampaio"]),
    "it": (["Arturo", "Bruno", "Cesare", "Dario", "Emanuele", "Franco", "Giorgio", "Ivano", "Loris", "Mirko",
            "Nando", "Ottavio", "Piero", "Renzo", "Sergio", "Tiziano"],
           ["Adriana", "Bianca", "Carla", "Donatella", "Elisa", "Flavia", "Gabriella", "Ilaria", "Loredana", "Marisa",
            "Nadia", "Patrizia", "Rossella", "Simona", "Tiziana", "Valeria"],
           ["Barbieri", "Cattaneo", "De Luca", "Fabbri", "Giordano", "Marchetti", "Negri", "Orlando", "Pellegrini",
            "Riva", "Sartori", "Testa", "Villa", "Zanetti", "Monti", "Gatti", "Bellini", "Ferri", "Caputo",
            "Longo"]),
    "tr": (["Ahmet", "Barış", "Cengiz", "Doğan", "Emre", "Fatih", "Gökhan", "Hakan", "İlker", "Kemal", "Levent",
            "Murat", "Necati", "Orhan", "Serkan", "Tuncay"],
           ["Ayşe", "Berna", "Ceren", "Derya", "Elif", "Filiz", "Gülşen", "Hülya", "İpek", "Kübra", "Leyla", "Meltem",
            "Nurcan", "Özlem", "Sevgi", "Tülay"],
           ["Akgül", "Bayram", "Çelik", "Demirtaş", "Erdem", "Güneş", "Karaca", "Kılıç", "Öztürk", "Polat", "Sarıkaya",
            "Şahin", "Taşkın", "Uysal", "Yavuz", "Yıldırım", "Aydoğan", "Coşkun", "Korkmaz", "Turan"]),
    "el": (["Αθανάσιος", "Βασίλειος", "Γεώργιος", "Δημήτριος", "Ευάγγελος", "Ηλίας", "Θεόδωρος", "Ιωάννης",
            "Κωνσταντίνος", "Λάμπρος", "Μιχαήλ", "Νικόλαος", "Παναγιώτης", "Σπυρίδων", "Σταύρος", "Χρήστος"],
           ["Αγγελική", "Βασιλική", "Γεωργία", "Δέσποινα", "Ελένη", "Ζωή", "Θεοδώρα", "Ιωάννα", "Κατερίνα", "Λαμπρινή",
            "Μαρία", "Νίκη", "Ξανθή", "Παρασκευή", "Σοφία", "Χρυσούλα"],
           ["Αλεξίου", "Βλάχος", "Γιαννακόπουλος", "Δημητρίου", "Ζαφειρίου", "Θεοχάρης", "Καραγιάννης", "Λιάπης",
            "Μαυρίδης", "Νικολαΐδης", "Οικονόμου", "Παπαδάκης", "Ραφαηλίδης", "Σαρρής", "Τσακίρης", "Φωτίου",
            "Χατζηδάκης", "Ψαρράς", "Κουτσούκος", "Μπακάλης"]),
    "ru": (["Алексей", "Борис", "Вадим", "Глеб", "Денис", "Евгений", "Игорь", "Константин", "Леонид", "Максим",
            "Никита", "Олег", "Павел", "Роман", "Семён", "Тимофей"],
           ["Алина", "Валентина", "Галина", "Дарья", "Екатерина", "Жанна", "Зоя", "Ирина", "Ксения", "Любовь",
            "Марина", "Надежда", "Оксана", "Полина", "Светлана", "Юлия"],
           ["Абрамов", "Белов", "Воронин", "Громов", "Дьяконов", "Ершов", "Жуков", "Зайцев", "Исаев", "Калинин",
            "Лебедев", "Муравьёв", "Никонов", "Орлов", "Панкратов", "Рябов", "Савельев", "Тихонов", "Фролов",
            "Широков"]),
    "ja": (["健太", "翔太", "大輔", "拓也", "直樹", "和也", "誠", "浩二", "悠斗", "蓮", "陽介", "亮", "修", "剛",
            "智也", "隆"],
           ["美咲", "陽子", "恵", "由美", "真由美", "さくら", "彩花", "結衣", "愛", "千尋", "奈々", "麻衣", "絵里",
            "瞳", "香織", "優子"],
           ["佐々木", "高橋", "田中", "渡辺", "伊藤", "山本", "中村", "小林", "加藤", "吉田", "山田", "松本", "井上",
            "木村", "林", "清水", "山口", "森", "池田", "橋本", "石川", "前田"]),
}
#: romanized Japanese family names (for e-mail addresses and romaji columns), in the order of NAMES["ja"][2]
JA_ROMAJI_FAMILY = ["Sasaki", "Takahashi", "Tanaka", "Watanabe", "Ito", "Yamamoto", "Nakamura", "Kobayashi", "Kato",
                    "Yoshida", "Yamada", "Matsumoto", "Inoue", "Kimura", "Hayashi", "Shimizu", "Yamaguchi", "Mori",
                    "Ikeda", "Hashimoto", "Ishikawa", "Maeda"]
#: Greek and Cyrillic letters folded to Latin ones for e-mail addresses and handles
_TRANSLIT = dict(zip("αβγδεζηθικλμνξοπρσςτυφχψωάέήίόύώϊΐϋΰ",
                     ["a", "v", "g", "d", "e", "z", "i", "th", "i", "k", "l", "m", "n", "x", "o", "p", "r", "s", "s",
                      "t", "y", "f", "ch", "ps", "o", "a", "e", "i", "i", "o", "y", "o", "i", "i", "y", "y"], strict=True))
_TRANSLIT.update(dict(zip("абвгдеёжзийклмнопрстуфхцчшщъыьэюя",
                          ["a", "b", "v", "g", "d", "e", "e", "zh", "z", "i", "y", "k", "l", "m", "n", "o", "p", "r",
                           "s", "t", "u", "f", "kh", "ts", "ch", "sh", "shch", "", "y", "", "e", "yu", "ya"],
                          strict=True)))


def person(g: Gen, lang: str, female: bool | None = None) -> tuple[str, str]:
    female = g.rnd.random() < 0.5 if female is None else female
    males, females, lasts = NAMES[lang]
    last = g.rnd.choice(lasts)
    if lang == "pl" and female and last.endswith("ski"):
        last = last[:-1] + "a"
    if lang == "cs" and female:
        last = last + "ová" if not last.endswith("ý") else last[:-1] + "á"
    if lang == "ru" and female and last.endswith("ов") or lang == "ru" and female and last.endswith("ин"):
        last = last + "а"
    return g.rnd.choice(females if female else males), last


def whole(g: Gen, lang: str) -> str:
    a, b = person(g, lang)
    return f"{b} {a}" if lang == "ja" else f"{a} {b}"


def given(g: Gen, lang: str) -> str:
    return person(g, lang)[0]


def family(g: Gen, lang: str) -> str:
    return person(g, lang)[1]


def staff(g: Gen, lang: str, n: int) -> list[str]:
    out: set[str] = set()
    while len(out) < n:
        out.add(whole(g, lang))
    return sorted(out)


def plain(text: str) -> str:
    text = "".join(_TRANSLIT.get(ch, ch) for ch in text.lower())
    return "".join(ch for ch in fold(text) if ch.isalnum() and ch.isascii())


def email_of(g: Gen, first: str, last: str, domains: list[str]) -> str:
    a, b = plain(first) or "user", plain(last) or "mail"
    local = g.rnd.choice([f"{a}.{b}", f"{a[0]}{b}", f"{a}{g.rnd.randint(1, 99)}", f"{b}.{a[0]}", f"{a}_{b}",
                          f"{a}{b[0]}{g.rnd.randint(60, 99)}", f"{b}{a[:2]}"])
    return f"{local}@{g.rnd.choice(domains)}"


def handle(g: Gen, first: str, last: str) -> str:
    """A forum or chat handle made from a name, or a pseudonym."""
    a, b = plain(first) or "x", plain(last) or "y"
    return g.rnd.choice([f"{a}_{b[:3]}", f"{a}{g.rnd.randint(70, 2010)}", f"{b}{a[0]}",
                         g.rnd.choice(["Bastler", "Lötkolben", "fuchsbau", "Retrofan", "OldTimer", "Kurbelwelle",
                                       "Tüftler", "Modellbahner", "spur_n", "dampflok"]) + str(g.rnd.randint(1, 999))])


DOMAINS = {
    "en": ["gmail.com", "outlook.com", "yahoo.com", "icloud.com", "comcast.net", "proton.me"],
    "sv": ["telia.com", "gmail.com", "hotmail.se", "bredband.net", "outlook.com"],
    "pl": ["wp.pl", "onet.pl", "interia.pl", "gmail.com", "o2.pl"],
    "de": ["web.de", "gmx.de", "t-online.de", "gmail.com", "posteo.de", "freenet.de"],
    "fr": ["skynet.be", "telenet.be", "gmail.com", "hotmail.com", "proximus.be"],
    "cs": ["seznam.cz", "email.cz", "centrum.cz", "gmail.com", "volny.cz"],
    "da": ["mail.dk", "gmail.com", "hotmail.dk", "jubii.dk", "outlook.dk"],
    "es": ["gmail.com", "hotmail.es", "yahoo.es", "telefonica.net", "euskaltel.net"],
    "pt": ["sapo.pt", "gmail.com", "netcabo.pt", "hotmail.com", "clix.pt"],
    "it": ["libero.it", "virgilio.it", "gmail.com", "alice.it", "tiscali.it"],
    "tr": ["gmail.com", "hotmail.com", "yandex.com.tr", "outlook.com", "mynet.com"],
    "ru": ["yandex.ru", "mail.ru", "rambler.ru", "gmail.com", "bk.ru"],
    "ja": ["docomo.ne.jp", "ezweb.ne.jp", "gmail.com", "yahoo.co.jp", "i.softbank.jp"],
}


def email(g: Gen, lang: str) -> str:
    a, b = person(g, lang)
    if lang == "ja":
        b = g.rnd.choice(JA_ROMAJI_FAMILY)
        a = g.rnd.choice(["kenta", "misaki", "yuto", "sakura", "naoki", "yumi", "ren", "kaori", "takuya", "ai"])
    return email_of(g, a, b, DOMAINS[lang])


# -- places (written for v45) ------------------------------------------------------------------------------------------

#: language -> [(city, postal code lead)]; streets -> names (number added by ``street``)
CITIES: dict[str, list[tuple[str, str]]] = {
    "en": [("Asheville", "288"), ("Knoxville", "379"), ("Chattanooga", "374"), ("Roanoke", "240"),
           ("Lexington", "405"), ("Charleston", "253"), ("Greenville", "296"), ("Huntington", "257")],
    "sv": [("Gävle", "80"), ("Sundsvall", "85"), ("Falun", "79"), ("Karlstad", "65"), ("Borås", "50"),
           ("Kalmar", "39"), ("Östersund", "83")],
    "pl": [("Tarnów", "33"), ("Rzeszów", "35"), ("Przemyśl", "37"), ("Nowy Sącz", "33"), ("Krosno", "38"),
           ("Zamość", "22"), ("Sanok", "38")],
    "de": [("Aurich", "266"), ("Leer", "267"), ("Norden", "265"), ("Emden", "267"), ("Wittmund", "264"),
           ("Jever", "264"), ("Esens", "264")],
    "fr": [("Namur", "50"), ("Liège", "40"), ("Arlon", "67"), ("Dinant", "55"), ("Mons", "70"), ("Charleroi", "60"),
           ("Bastogne", "66")],
    "cs": [("Olomouc", "779"), ("Přerov", "750"), ("Prostějov", "796"), ("Šumperk", "787"), ("Zlín", "760"),
           ("Kroměříž", "767"), ("Vsetín", "755")],
    "da": [("Aarhus", "80"), ("Randers", "89"), ("Silkeborg", "86"), ("Horsens", "87"), ("Viborg", "88"),
           ("Skanderborg", "86")],
    "es": [("Vitoria-Gasteiz", "010"), ("Pamplona", "310"), ("Logroño", "260"), ("Burgos", "090"),
           ("Santander", "390"), ("Getxo", "489")],
    "pt": [("Braga", "47"), ("Guimarães", "48"), ("Viana do Castelo", "49"), ("Barcelos", "47"), ("Famalicão", "47"),
           ("Fafe", "48")],
    "it": [("Brescia", "251"), ("Cremona", "261"), ("Mantova", "461"), ("Piacenza", "291"), ("Lodi", "269"),
           ("Pavia", "271")],
    "tr": [("Gaziantep", "27"), ("Malatya", "44"), ("Elazığ", "23"), ("Adıyaman", "02"), ("Kahramanmaraş", "46"),
           ("Şanlıurfa", "63")],
    "el": [("Πάτρα", "26"), ("Αθήνα", "11"), ("Βόλος", "38"), ("Λάρισα", "41"), ("Ηράκλειο", "71")],
    "ru": [("Пермь", "614"), ("Самара", "443"), ("Уфа", "450"), ("Казань", "420"), ("Тюмень", "625"),
           ("Омск", "644")],
    "ja": [("札幌市", "060"), ("仙台市", "980"), ("金沢市", "920"), ("松山市", "790"), ("熊本市", "860"),
           ("長野市", "380")],
}
STREETS: dict[str, list[str]] = {
    "en": ["Laurel Branch Rd", "Tanglewood Dr", "Sycamore Ridge Ln", "Old Hickory Pike", "Dogwood Trl",
           "Bramblewood Ct", "Chestnut Knob Rd", "Whippoorwill Way"],
    "sv": ["Hamngatan", "Skolgatan", "Kyrkogatan", "Lingonstigen", "Hagavägen", "Sjötullsgatan", "Furuvägen"],
    "pl": ["ul. Kościuszki", "ul. Mickiewicza", "ul. Słowackiego", "ul. Jagiellońska", "ul. Lwowska",
           "ul. Grunwaldzka", "ul. Kolejowa"],
    "de": ["Deichstraße", "Am Sieltief", "Fehnweg", "Mühlenstraße", "Warfenweg", "Kirchring", "Hammrichweg"],
    "fr": ["Rue de Fer", "Chaussée de Louvain", "Rue des Tanneurs", "Avenue de la Gare", "Rue Saint-Nicolas",
           "Place du Marché"],
    "cs": ["Husova", "Palackého", "Žerotínova", "Komenského", "Nádražní", "Havlíčkova", "U Rybníka"],
    "da": ["Nørregade", "Søndergade", "Vestergade", "Klostergade", "Skovvej", "Bøgevej", "Strandvejen"],
    "es": ["Calle Dato", "Avenida Gasteiz", "Calle Mayor", "Calle Estafeta", "Paseo de la Florida",
           "Calle San Prudencio"],
    "pt": ["Rua do Souto", "Avenida da Liberdade", "Rua de São Vicente", "Travessa do Carmo", "Rua Direita",
           "Largo da Senhora-a-Branca"],
    "it": ["Via Mazzini", "Corso Zanardelli", "Via Cavour", "Contrada del Carmine", "Via San Faustino",
           "Viale Venezia"],
    "tr": ["Atatürk Cad.", "Cumhuriyet Mah. 12. Sok.", "İnönü Cad.", "Gazi Muhtar Paşa Bulvarı", "Bahçelievler Sok."],
    "el": ["Οδός Κορίνθου", "Οδός Αγίου Νικολάου", "Οδός Μαιζώνος", "Οδός Ερμού", "Οδός Κανακάρη"],
    "ru": ["ул. Ленина", "ул. Советская", "ул. Садовая", "ул. Гагарина", "пр. Мира"],
    "ja": ["中央区北一条西", "青葉区一番町", "本町", "大街道", "上通町"],
}


def city(g: Gen, lang: str) -> tuple[str, str]:
    return g.rnd.choice(CITIES[lang])


def street(g: Gen, lang: str) -> str:
    s = g.rnd.choice(STREETS[lang])
    n = g.rnd.randint(1, 140)
    if lang == "en":
        return f"{g.rnd.randint(100, 9999)} {s}"
    if lang in ("fr", "el", "ja", "ru"):
        return f"{s} {n}" if lang != "fr" else g.rnd.choice([f"{s} {n}", f"{n} {s}"])
    if lang == "da":
        return f"{s} {n}" + g.rnd.choice(["", ", 2. th", ", st. tv"])
    if lang == "pl":
        return f"{s} {n}" + g.rnd.choice(["", f"/{g.rnd.randint(1, 40)}"])
    if lang == "tr":
        return f"{s} No:{n}" + g.rnd.choice(["", f" D:{g.rnd.randint(1, 12)}"])
    return f"{s} {n}"


def postcode(g: Gen, lang: str, lead: str) -> str:
    if lang == "en":
        return lead + g.digits(2)
    if lang == "sv":
        return f"{lead}{g.digits(1)} {g.digits(2)}"
    if lang == "pl":
        return f"{lead}-{g.digits(3)}"
    if lang == "cs":
        return f"{lead[:3]} {g.digits(2)}"
    if lang == "pt":
        return f"{lead}{g.digits(2)}-{g.digits(3)}"
    if lang == "el":
        return f"{lead}{g.digits(1)} {g.digits(2)}"
    if lang == "ja":
        return f"{lead}-{g.digits(4)}"
    if lang in ("de", "it", "ru"):
        return lead + g.digits(5 - len(lead) if lang != "ru" else 6 - len(lead))
    if lang in ("fr", "da"):
        return lead + g.digits(2)
    return lead + g.digits(5 - len(lead))


# -- identifiers with check digits (python-stdnum) ---------------------------------------------------------------------


def pesel(g: Gen, born: date, female: bool) -> str:
    """A Polish PESEL encoding ``born`` and the sex (check digit: python-stdnum)."""
    month = born.month + (20 if born.year >= 2000 else 0)
    serial = g.digits(3) + g.rnd.choice("02468" if female else "13579")
    body = f"{born.year % 100:02d}{month:02d}{born.day:02d}{serial}"
    number = body + _pesel.calc_check_digit(body)
    assert _pesel.is_valid(number)
    return number


def rodne_cislo(g: Gen, born: date, female: bool) -> str:
    """A Czech rodné číslo ``YYMMDD/SSSC`` (after 1954: divisible by 11; python-stdnum checks it)."""

    def make() -> str:
        body = f"{born.year % 100:02d}{born.month + (50 if female else 0):02d}{born.day:02d}{g.digits(3)}"
        check = int(body) % 11 % 10
        return f"{body[:6]}/{body[6:]}{check}"

    return g.valid(make, _rc.is_valid)


def cpr(g: Gen, born: date) -> str:
    """A Danish CPR number ``DDMMYY-SSSS`` whose seventh digit gives ``born``'s century (python-stdnum checks it)."""

    def make() -> str:
        first = g.rnd.choice("0123" if born.year < 2000 else "4")
        return f"{born.strftime('%d%m%y')}-{first}{g.digits(3)}"

    return g.valid(make, lambda x: _cpr.is_valid(x) and _cpr.get_birth_date(x) == born)


def dni(g: Gen) -> str:
    """A Spanish DNI (eight digits and the mod-23 letter)."""
    n = g.rnd.randint(10_000_000, 79_999_999)
    return f"{n}{'TRWAGMYFPDXBNJZSQVHLCKE'[n % 23]}"


def nif(g: Gen) -> str:
    """A Portuguese NIF of a person (starting 1 or 2; check digit: python-stdnum)."""
    body = g.rnd.choice("12") + g.digits(7)
    return body + _nif.calc_check_digit(body)


def tckimlik(g: Gen) -> str:
    """A Turkish T.C. kimlik no (check digits: python-stdnum)."""
    body = str(g.rnd.randint(1, 9)) + g.digits(8)
    return body + _tck.calc_check_digits(body)


def be_nn(g: Gen, born: date, female: bool) -> str:
    """A Belgian national number ``YY.MM.DD-SSS.CC`` encoding ``born`` and the sex."""
    serial = g.rnd.randrange(2 if female else 1, 997, 2)
    body = f"{born.strftime('%y%m%d')}{serial:03d}"
    check = 97 - int(("2" if born.year >= 2000 else "") + body) % 97
    number = f"{body}{check:02d}"
    assert _nn.is_valid(number)
    return f"{number[:2]}.{number[2:4]}.{number[4:6]}-{number[6:9]}.{number[9:]}"


def _cf_part(text: str, given_name: bool) -> str:
    letters = [ch for ch in fold(text).upper() if ch.isalpha()]
    cons = [ch for ch in letters if ch not in "AEIOU"]
    vows = [ch for ch in letters if ch in "AEIOU"]
    if given_name and len(cons) >= 4:
        return cons[0] + cons[2] + cons[3]
    return "".join((cons + vows + ["X", "X", "X"])[:3])


#: cadastral codes of the comuni of CITIES["it"] (Brescia, Cremona, Mantova, Piacenza, Lodi, Pavia)
IT_BELFIORE = {"Brescia": "B157", "Cremona": "D150", "Mantova": "E897", "Piacenza": "G535", "Lodi": "E648",
               "Pavia": "G388"}


def codice_fiscale(first: str, last: str, born: date, female: bool, comune: str) -> str:
    """An Italian codice fiscale encoding the name, the birth date and the comune (check letter: python-stdnum)."""
    day = born.day + (40 if female else 0)
    body = (_cf_part(last, False) + _cf_part(first, True) + f"{born.year % 100:02d}" + "ABCDEHLMPRST"[born.month - 1]
            + f"{day:02d}" + IT_BELFIORE[comune])
    number = body + _cf.calc_check_digit(body)
    assert _cf.is_valid(number)
    return number


#: BBAN layouts (9 a digit, A a letter, Z either); python-stdnum checks the result
BBAN = {"IT": "A9999999999ZZZZZZZZZZZZ", "DK": "99999999999999", "PT": "999999999999999999999",
        "DE": "999999999999999999", "SE": "99999999999999999999", "TR": "9999909999999999999999"}


def iban(g: Gen, country: str, spaced: bool = False) -> str:
    """A valid IBAN of ``country`` (check digits computed, national checks retried, python-stdnum checks it)."""

    def make() -> str:
        bban = g.code(BBAN[country])
        check = 98 - int("".join(str(int(ch, 36)) for ch in bban + country + "00")) % 97
        return f"{country}{check:02d}{bban}"

    number = g.valid(make, _iban.is_valid)
    return " ".join(number[i:i + 4] for i in range(0, len(number), 4)) if spaced else number


def sha1(g: Gen) -> str:
    return hashlib.sha1(str(g.rnd.random()).encode(), usedforsecurity=False).hexdigest()


def bcrypt_hash(g: Gen) -> str:
    """A bcrypt-shaped password hash (random, not a hash of anything)."""
    alphabet = "./" + string.ascii_letters + string.digits
    return f"$2y$10${g.digits(53, alphabet)}"


MONTHS_GED = ["JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"]


def ged_date(g: Gen, d: date) -> str:
    """A GEDCOM date: ``12 MAR 1890``, sometimes ``ABT 1890`` or ``MAR 1890``."""
    r = g.rnd.random()
    if r < 0.1:
        return f"ABT {d.year}"
    if r < 0.2:
        return f"{MONTHS_GED[d.month - 1]} {d.year}"
    return f"{d.day} {MONTHS_GED[d.month - 1]} {d.year}"
