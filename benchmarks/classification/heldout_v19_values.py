"""Values of held-out set v19 (:mod:`benchmarks.classification.heldout_v19`): v19's random source, names, streets and
cities written by hand for v19 (no Faker, no list of real people), and identifiers checked with python-stdnum.

Mechanics (phones, e-mails, handles, cards, IBANs and the identifiers earlier sets already built) are reused from the
value module of v18 (which reuses v10 to v17); the identifiers built here are the Belgian national register number,
the Chilean RUT, the Estonian isikukood and the Danish CPR number written without a dash or with one; the Czech birth
number, the Russian SNILS, the Portuguese NIF, the Greek personal AFM, PESEL, personnummer, T.C. kimlik and the codice
fiscale come from earlier value modules.
"""

from __future__ import annotations

import random
import string
from datetime import date
from typing import Any

from stdnum import iban as _iban
from stdnum.be import nn as _be_nn
from stdnum.cl import rut as _cl_rut
from stdnum.dk import cpr as _dk_cpr
from stdnum.ee import ik as _ee_ik

from benchmarks.classification import heldout_v10_values as v10
from benchmarks.classification import heldout_v11_values as v11
from benchmarks.classification import heldout_v18_values as v18
from benchmarks.classification.heldout_v2 import Column

SEED = 19_050_2026
N = "none"
#: a login or public display handle (review, as in v5 to v18)
USERNAME = "unclassified"
#: NULL-like strings (v18's, plus a few spelled in v19's languages)
NULLISH: tuple[str, ...] = v18.NULLISH + (
    "none recorded", "k. A.", "aucune", "sin observaciones", "nessuna nota", "sem notas", "geen", "brak", "ingenting",
    "intet", "nic", "yok", "なし", "NASHI", "отсутствует", "τίποτα", "puudub", "ei mitään")

ALL_REGIONS = v18.ALL_REGIONS


class Gen(v18.Gen):
    """The random source of one table: ``rows`` rows, seeded from :data:`SEED` and ``table`` (v19's own seed)."""

    NEW_REGIONS = ALL_REGIONS

    def __init__(self, table: str, rows: int) -> None:
        super().__init__(table, rows)
        self.rnd = random.Random(f"v19:{SEED}:{table}")


def c(name: str, kind: str, sql_type: str, values: list[Any], *tags: str) -> Column:
    """One labeled column."""
    return Column(name, kind, sql_type, values, frozenset(tags))


# -- names (written for v19) -------------------------------------------------------------------------------------------

#: language -> (male given names, female given names, family names); an inflected family name is a (m, f) pair
NAMES: dict[str, tuple[list[str], list[str], list[Any]]] = {
    "en": (["Angus", "Fraser", "Euan", "Calum", "Hamish", "Lachlan", "Murdo", "Struan"],
           ["Morag", "Isla", "Kirsty", "Eilidh", "Shona", "Catriona", "Fiona", "Mhairi"],
           ["MacAskill", "Munro", "Sinclair", "Macrae", "Urquhart", "Gillies", "Matheson", "Ross", "Cameron",
            "MacKinnon", "Fairbairn", "Drummond"]),
    "de": (["Jürgen", "Heiko", "Torsten", "Ralf", "Volker", "Sönke", "Detlef", "Henning"],
           ["Anke", "Silke", "Heike", "Gesine", "Frauke", "Meike", "Wiebke", "Imke"],
           ["Hinrichs", "Petersen", "Claußen", "Brodersen", "Thiessen", "Jessen", "Carstens", "Lorenzen",
            "Momsen", "Paulsen", "Ketelsen", "Hansen"]),
    "fr": (["Quentin", "Arnaud", "Cédric", "Jérôme", "Ludovic", "Benoît", "Grégoire", "Thibaut"],
           ["Amandine", "Pauline", "Delphine", "Laetitia", "Manon", "Élodie", "Noémie", "Justine"],
           ["Dubois", "Lambert", "Dupont", "Collignon", "Wauters", "Lejeune", "Renard", "Delvaux", "Pirard",
            "Hermans", "Goffin", "Lecomte"]),
    "es": (["Cristóbal", "Matías", "Benjamín", "Vicente", "Ignacio", "Joaquín", "Rodrigo", "Tomás"],
           ["Javiera", "Constanza", "Catalina", "Antonia", "Fernanda", "Valentina", "Francisca", "Trinidad"],
           ["Fuentealba", "Sepúlveda", "Riquelme", "Contreras", "Saavedra", "Muñoz", "Gatica", "Valdebenito",
            "Aravena", "Poblete", "Espinoza", "Henríquez"]),
    "it": (["Gianluca", "Massimo", "Stefano", "Cesare", "Lorenzo", "Umberto", "Piero", "Aldo"],
           ["Federica", "Silvia", "Ornella", "Paola", "Giulia", "Raffaella", "Elisa", "Nicoletta"],
           ["Bissolati", "Ghisleri", "Ferrari", "Zanoni", "Manfredini", "Stradiotti", "Cavalli", "Ruggeri",
            "Bonetti", "Azzini"]),
    "pt": (["Gonçalo", "Tiago", "Rui", "Diogo", "Miguel", "Sérgio", "Hugo", "Pedro"],
           ["Inês", "Beatriz", "Mariana", "Sofia", "Joana", "Catarina", "Rita", "Patrícia"],
           ["Ferreira", "Sousa", "Mendes", "Nunes", "Ribeiro", "Cardoso", "Tavares", "Sequeira", "Brandão",
            "Figueiredo"]),
    "nl": (["Bram", "Thijs", "Koen", "Wouter", "Jeroen", "Pim", "Ruud", "Maarten"],
           ["Sanne", "Lotte", "Esther", "Inge", "Wendy", "Manon", "Fleur", "Daphne"],
           ["de Boer", "Bakker", "Visser", "Mulder", "de Groot", "Kuipers", "Postma", "Dijkstra", "van der Wal",
            "Zwart", "Hoekstra", "Brouwer"]),
    "pl": (["Tadeusz", "Henryk", "Stanisław", "Józef", "Kazimierz", "Mirosław", "Dariusz", "Paweł"],
           ["Halina", "Teresa", "Grażyna", "Jadwiga", "Danuta", "Krystyna", "Beata", "Urszula"],
           [("Kubacki", "Kubacka"), ("Wróbel", "Wróbel"), ("Sikora", "Sikora"), ("Pawlak", "Pawlak"),
            ("Dudek", "Dudek"), ("Zając", "Zając"), ("Walczak", "Walczak"), ("Stępień", "Stępień"),
            ("Górski", "Górska"), ("Michalski", "Michalska"), ("Jabłoński", "Jabłońska"), ("Król", "Król")]),
    "sv": (["Gustav", "Axel", "Viktor", "Oskar", "Filip", "Ludvig", "Torbjörn", "Göran"],
           ["Ingrid", "Astrid", "Maja", "Linnea", "Ebba", "Klara", "Birgitta", "Agneta"],
           ["Johansson", "Karlsson", "Nyström", "Holm", "Wallin", "Engström", "Lundgren", "Sandberg", "Dahlberg",
            "Öberg"]),
    "da": (["Søren", "Jens", "Niels", "Bent", "Poul", "Kjeld", "Mogens", "Flemming"],
           ["Birthe", "Lone", "Hanne", "Bodil", "Gitte", "Mette", "Jytte", "Lis"],
           ["Sørensen", "Kristensen", "Madsen", "Mikkelsen", "Østergaard", "Kjær", "Bach", "Dam", "Lund",
            "Thygesen"]),
    "cs": (["Radek", "Zdeněk", "Miroslav", "Tomáš", "Ondřej", "Jiří", "Karel", "Milan"],
           ["Lenka", "Petra", "Hana", "Kateřina", "Eva", "Alena", "Radka", "Iveta"],
           [("Procházka", "Procházková"), ("Kučera", "Kučerová"), ("Veselý", "Veselá"), ("Krejčí", "Krejčí"),
            ("Marek", "Marková"), ("Pokorný", "Pokorná"), ("Dvořák", "Dvořáková"), ("Beneš", "Benešová")]),
    "tr": (["Murat", "Emre", "Kaan", "Cem", "Tolga", "Volkan", "Burak", "Onur"],
           ["Elif", "Derya", "Pınar", "Aslı", "Esra", "Gizem", "Tuğba", "Seda"],
           ["Yıldırım", "Çelik", "Şahin", "Aydın", "Kaya", "Arslan", "Doğan", "Korkmaz", "Tekin", "Karaca"]),
    "ru": (["Игорь", "Сергей", "Алексей", "Николай", "Владимир", "Максим", "Кирилл", "Глеб"],
           ["Ольга", "Наталья", "Анна", "Елена", "Вера", "Людмила", "Полина", "Алёна"],
           [("Соколов", "Соколова"), ("Волков", "Волкова"), ("Зайцев", "Зайцева"), ("Морозов", "Морозова"),
            ("Лебедев", "Лебедева"), ("Орлов", "Орлова"), ("Белов", "Белова"), ("Медведев", "Медведева")]),
    "el": (["Γιώργος", "Νίκος", "Δημήτρης", "Κώστας", "Μιχάλης", "Στέλιος", "Ανδρέας", "Λευτέρης"],
           ["Μαρία", "Κατερίνα", "Σοφία", "Δέσποινα", "Αγγελική", "Φωτεινή", "Ειρήνη", "Σταυρούλα"],
           [("Γεωργίου", "Γεωργίου"), ("Νικολάου", "Νικολάου"), ("Μαυρίδης", "Μαυρίδου"),
            ("Καραγιάννης", "Καραγιάννη"), ("Σταματόπουλος", "Σταματοπούλου"), ("Λαμπράκης", "Λαμπράκη"),
            ("Ραφτόπουλος", "Ραφτοπούλου"), ("Τσακίρης", "Τσακίρη")]),
    "et": (["Tarmo", "Margus", "Indrek", "Rein", "Priit", "Toomas", "Kalev", "Urmas"],
           ["Kadri", "Triin", "Maarika", "Piret", "Liis", "Tiina", "Ülle", "Kersti"],
           ["Tamm", "Saar", "Sepp", "Mägi", "Kask", "Kukk", "Rebane", "Ilves", "Pärn", "Koppel"]),
}

#: Japanese names: (kanji, romaji) (written for v19)
JA_MALE = [("大輔", "Daisuke"), ("健太", "Kenta"), ("翔太", "Shota"), ("和也", "Kazuya"), ("亮", "Ryo"), ("浩二", "Koji"),
           ("剛", "Tsuyoshi"), ("雄一", "Yuichi")]
JA_FEMALE = [("真由美", "Mayumi"), ("恵", "Megumi"), ("沙織", "Saori"), ("麻衣", "Mai"), ("久美子", "Kumiko"),
             ("舞", "Mai"), ("千尋", "Chihiro"), ("由香", "Yuka")]
JA_LAST = [("佐藤", "Sato"), ("鈴木", "Suzuki"), ("高橋", "Takahashi"), ("田中", "Tanaka"), ("渡辺", "Watanabe"),
           ("伊藤", "Ito"), ("石川", "Ishikawa"), ("森", "Mori"), ("池田", "Ikeda"), ("橋本", "Hashimoto"),
           ("岡田", "Okada"), ("藤田", "Fujita")]


def sexes(g: Gen, female: float = 0.5) -> list[bool]:
    return [g.rnd.random() < female for _ in range(g.rows)]


def person(g: Gen, lang: str, female: bool | None = None, lasts: list[Any] | None = None) -> tuple[str, str]:
    """A (given name, family name) pair of ``lang`` (an inflected family name agrees with the sex); ``lasts`` limits
    the family names (a small club where a few families recur)."""
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


# -- places (written for v19) ------------------------------------------------------------------------------------------

#: country -> (real city or town, postal code lead)
CITIES: dict[str, list[tuple[str, str]]] = {
    "GB": [("Fort William", "PH33"), ("Aviemore", "PH22"), ("Inverness", "IV2"), ("Glasgow", "G12"),
           ("Edinburgh", "EH9"), ("Perth", "PH1"), ("Oban", "PA34"), ("Stirling", "FK8")],
    "DE": [("Husum", "258"), ("Heide", "257"), ("Niebüll", "258"), ("Rendsburg", "247"), ("Schleswig", "248"),
           ("Flensburg", "249"), ("Itzehoe", "255")],
    "BE": [("Namur", "50"), ("Liège", "40"), ("Charleroi", "60"), ("Dinant", "55"), ("Arlon", "67"), ("Mons", "70"),
           ("Wavre", "13")],
    "CL": [("Pichilemu", "322"), ("Valparaíso", "236"), ("Viña del Mar", "252"), ("Concepción", "403"),
           ("Santiago", "750"), ("Rancagua", "282"), ("Iquique", "110")],
    "IT": [("Cremona", "261"), ("Brescia", "251"), ("Mantova", "461"), ("Parma", "431"), ("Piacenza", "291"),
           ("Lodi", "269"), ("Bergamo", "241")],
    "PT": [("Lisboa", "11"), ("Sintra", "27"), ("Cascais", "27"), ("Almada", "28"), ("Oeiras", "27"),
           ("Amadora", "27"), ("Barreiro", "28")],
    "NL": [("Leeuwarden", "89"), ("Sneek", "86"), ("Drachten", "92"), ("Heerenveen", "84"), ("Harlingen", "88"),
           ("Groningen", "97"), ("Dokkum", "91")],
    "PL": [("Nowy Targ", "34"), ("Zakopane", "34"), ("Limanowa", "34"), ("Myślenice", "32"), ("Rabka-Zdrój", "34")],
    "SE": [("Umeå", "90"), ("Skellefteå", "93"), ("Östersund", "83"), ("Lycksele", "92"), ("Piteå", "94"),
           ("Härnösand", "87")],
    "DK": [("Vejle", "71"), ("Horsens", "87"), ("Kolding", "60"), ("Fredericia", "70"), ("Give", "73"),
           ("Billund", "71")],
    "CZ": [("Olomouc", "779"), ("Zlín", "760"), ("Přerov", "750"), ("Prostějov", "796"), ("Kroměříž", "767"),
           ("Uherské Hradiště", "686")],
    "TR": [("Bursa", "16"), ("Eskişehir", "26"), ("Kocaeli", "41"), ("Bolu", "14"), ("Balıkesir", "10"),
           ("Denizli", "20")],
    "RU": [("Екатеринбург", "620"), ("Пермь", "614"), ("Челябинск", "454"), ("Уфа", "450"), ("Курган", "640"),
           ("Магнитогорск", "455")],
    "GR": [("Θεσσαλονίκη", "546"), ("Λάρισα", "412"), ("Ιωάννινα", "452"), ("Καβάλα", "654"), ("Κοζάνη", "501"),
           ("Σέρρες", "621")],
    "EE": [("Pärnu", "80"), ("Tartu", "50"), ("Viljandi", "71"), ("Haapsalu", "90"), ("Kuressaare", "93"),
           ("Rakvere", "44")],
    "JP": [("札幌市", "060"), ("仙台市", "980"), ("金沢市", "920"), ("岡山市", "700"), ("熊本市", "860"), ("松山市", "790")],
}

JP_ROMAJI = {"札幌市": "Sapporo-shi", "仙台市": "Sendai-shi", "金沢市": "Kanazawa-shi", "岡山市": "Okayama-shi",
             "熊本市": "Kumamoto-shi", "松山市": "Matsuyama-shi"}

STREETS: dict[str, list[str]] = {
    "en": ["Achintore Road", "High Street", "Grampian Road", "Bank Street", "Belford Road", "Lochiel Crescent",
           "Cameron Square"],
    "de": ["Süderstraße", "Am Deich", "Norderstraße", "Friesenweg", "Hafenstraße", "Osterende", "Marktstraße"],
    "fr": ["rue de Fer", "rue Saint-Gilles", "avenue de la Gare", "rue des Carmes", "chaussée de Louvain",
           "rue du Pont", "place d'Armes"],
    "es": ["Av. Agustín Ross", "Calle Ortúzar", "Pasaje Los Aromos", "Av. Libertad", "Calle Cochrane",
           "Av. Costanera"],
    "it": ["Corso Garibaldi", "Via Platina", "Via dei Mille", "Piazza Stradivari", "Via Cavitelli", "Via Belcavezzo"],
    "pt": ["Rua dos Bacalhoeiros", "Rua da Madalena", "Calçada do Combro", "Rua de São Bento", "Travessa da Palha",
           "Avenida Almirante Reis"],
    "nl": ["Nieuwestad", "Voorstreek", "Tuinen", "Grote Kerkstraat", "Wirdumerdijk", "Zuiderplein", "Oosterkade"],
    "pl": ["ul. Kolejowa", "ul. Jana Pawła II", "os. Na Skarpie", "ul. Zielona", "ul. Podhalańska", "ul. Ogrodowa"],
    "sv": ["Rådhusesplanaden", "Kungsgatan", "Skolgatan", "Nygatan", "Storgatan", "Västra Esplanaden"],
    "da": ["Vestergade", "Søndergade", "Nørregade", "Bredgade", "Kirkevej", "Møllegade", "Skovvej"],
    "cs": ["Horní náměstí", "Masarykova", "Palackého", "Třída Svobody", "Dolní náměstí", "Sokolská"],
    "tr": ["Atatürk Cad.", "Fevzi Çakmak Mah. Çamlık Sk.", "Yıldırım Mah. Ankara Yolu Cad.", "Osmangazi Mah. 12. Sk.",
           "Cumhuriyet Mah. Lale Sk."],
    "ru": ["ул. Ленина", "ул. Малышева", "ул. Вайнера", "пр. Космонавтов", "ул. Белинского", "ул. Гагарина"],
    "el": ["οδός Εγνατίας", "οδός Τσιμισκή", "οδός Βενιζέλου", "οδός Κουντουριώτη", "οδός Αγίας Σοφίας"],
    "et": ["Rüütli", "Riia mnt", "Supeluse", "Tallinna mnt", "Lossi", "Aida"],
    "ja": ["中央区北一条西", "青葉区本町", "広坂", "北区表町", "中央区水前寺", "大街道"],
}


def city(g: Gen, country: str) -> tuple[str, str]:
    return g.rnd.choice(CITIES[country])


def postal(g: Gen, country: str, lead: str) -> str:
    """A postal code of ``country`` in its usual layout, starting with ``lead``."""
    def fill(n: int) -> str:
        return (lead + "".join(g.rnd.choice(string.digits) for _ in range(n)))[:n]

    if country == "GB":
        return f"{lead} {g.rnd.randint(1, 9)}{g.rnd.choice('ABDEFGHJLNPQRSTUWXY')}{g.rnd.choice('ABDEFGHJLNPQRSTUWXY')}"
    if country == "PT":
        return f"{fill(4)}-{g.rnd.randint(0, 999):03d}"
    if country == "PL":
        d = fill(5)
        return f"{d[:2]}-{d[2:]}"
    if country == "NL":
        return f"{fill(4)}{g.rnd.choice(['', ' '])}{g.rnd.choice('ABCEGHJKLMNPRSTVWXZ')}" \
               f"{g.rnd.choice('ABCEGHJKLMNPRSTVWXZ')}"
    if country in {"SE", "CZ", "GR"}:
        d = fill(5)
        return f"{d[:3]} {d[3:]}"
    if country in {"BE", "DK"}:
        return fill(4)
    if country in {"RU", "CL"}:
        return fill(6) if country == "RU" else fill(7)
    if country == "JP":
        d = fill(7)
        return f"{d[:3]}-{d[3:]}"
    return fill(5)


def street(g: Gen, lang: str) -> str:
    s = g.rnd.choice(STREETS[lang])
    n = g.rnd.randint(1, 180)
    if lang == "en":
        house = g.rnd.choice(["Tigh na Mara", "Rowan Cottage", "The Old Manse"])
        return g.rnd.choice([f"{n} {s}", f"Flat {g.rnd.randint(1, 9)}, {n} {s}", f"{house}, {s}"])
    if lang in {"fr", "pt"}:
        return f"{s}, {n}" if lang == "pt" else f"{s} {n}" + (f" bte {g.rnd.randint(1, 12)}"
                                                            if g.rnd.random() < 0.3 else "")
    if lang == "es":
        return f"{s} {g.rnd.randint(100, 2999)}" + (f", depto {g.rnd.randint(11, 904)}" if g.rnd.random() < 0.4
                                                     else "")
    if lang == "it":
        return f"{s}, {n}" + (f"/{g.rnd.choice('ABC')}" if g.rnd.random() < 0.2 else "")
    if lang == "pl":
        return f"{s} {n}" + (f"/{g.rnd.randint(1, 40)}" if g.rnd.random() < 0.4 else "")
    if lang == "cs":
        return f"{s} {g.rnd.randint(10, 999)}/{g.rnd.randint(1, 60)}"
    if lang == "tr":
        return f"{s} No:{n} D:{g.rnd.randint(1, 14)}"
    if lang == "ru":
        return f"{s}, д. {n}, кв. {g.rnd.randint(1, 180)}"
    if lang == "el":
        return f"{s} {n}"
    if lang == "ja":
        return f"{s}{g.rnd.randint(1, 9)}丁目{g.rnd.randint(1, 30)}-{g.rnd.randint(1, 15)}"
    if lang == "da":
        return f"{s} {n}" + (f", {g.rnd.randint(1, 4)}. {g.rnd.choice(['tv', 'th', 'mf'])}"
                             if g.rnd.random() < 0.4 else "")
    return f"{s} {n}"


# -- mechanics reused from v18 (and v10 to v17) ------------------------------------------------------------------------

emails = v18.emails
latin = v18.latin
handle = v18.handle
card = v18.card
not_luhn_plain = v18.not_luhn_plain
not_phone = v18.not_phone

not_iban = v18.not_iban
tr_tc = v18.tr_tc
pl_pesel = v18.pl_pesel
se_pnr = v18.se_pnr
it_cf = v18.it_cf
gr_amka = v18.gr_amka
cz_rc = v10.cz_rc
ru_snils = v10.ru_snils
ru_snils_ok = v10.ru_snils_ok
gr_afm_person = v10.gr_afm_person
pt_nif = v11.pt_nif
_complete = v18._complete
_complete2 = v18._complete2


def be_nn(g: Gen, born: date, female: bool) -> str:
    """A Belgian national register number ``85.07.30-033.28`` (yymmdd, serial odd for men, two check digits)."""
    def make() -> str:
        serial = g.rnd.randrange(2 if female else 1, 998, 2)
        return f"{born.year % 100:02d}{born.month:02d}{born.day:02d}{serial:03d}"

    n = _complete2(g, make, _be_nn.is_valid)
    return f"{n[:2]}.{n[2:4]}.{n[4:6]}-{n[6:9]}.{n[9:]}"


def cl_rut(g: Gen) -> str:
    """A Chilean RUT ``12.345.678-5`` (check character 0-9 or K)."""
    def lay(body: str, ch: str) -> str:
        return f"{int(body):,}".replace(",", ".") + f"-{ch}"

    return _complete(g, lambda: str(g.rnd.randint(6_000_000, 26_000_000)), _cl_rut.is_valid, "0123456789K", lay)


def ee_ik(g: Gen, born: date, female: bool) -> str:
    """An Estonian isikukood (century and sex digit, yymmdd, serial, check digit)."""
    lead = (4 if born.year < 2000 else 6) - (0 if female else 1)
    return _complete(g, lambda: f"{lead}{born.year % 100:02d}{born.month:02d}{born.day:02d}"
                                f"{g.rnd.randint(0, 999):03d}", _ee_ik.is_valid)


def dk_cpr(g: Gen, born: date, dashed: bool = True) -> str:
    """A Danish CPR number ``ddmmyy-ssss`` (python-stdnum checks the date part; no mod 11 since 2007)."""
    def make() -> str:
        century = g.rnd.choice("0123") if born.year < 2000 else g.rnd.choice("4")
        return f"{born.day:02d}{born.month:02d}{born.year % 100:02d}{century}{g.digits(3, string.digits)}"

    n = g.valid(make, _dk_cpr.is_valid)
    return f"{n[:6]}-{n[6:]}" if dashed else n


#: BBAN layouts for v19's countries (9 a digit, A a letter, Z either; python-stdnum checks the result)
BBAN = {"DE": "999999999999999999", "NL": "AAAA9999999999", "PL": "999999999999999999999999",
        "DK": "99999999999999", "CZ": "99999999999999999999", "EE": "9999999999999999",
        "SE": "99999999999999999999", "GR": "9999999ZZZZZZZZZZZZZZZZ", "TR": "9999909999999999999999",
        "PT": "999999999999999999999"}


def iban19(g: Gen, country: str, spaced: bool = False) -> str:
    """A valid IBAN of ``country`` (check digits computed, checked by python-stdnum)."""

    def make() -> str:
        bban = g.code(BBAN[country]).upper()
        check = 98 - int("".join(str(int(ch, 36)) for ch in bban + country + "00")) % 97
        return f"{country}{check:02d}{bban}"

    number = g.valid(make, _iban.is_valid)
    return " ".join(number[i:i + 4] for i in range(0, len(number), 4)) if spaced else number
