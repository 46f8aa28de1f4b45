"""Values of held-out set v17 (:mod:`benchmarks.classification.heldout_v17`): v17's random source, names, streets and
cities written by hand for v17 (no Faker, no list of real people), and identifiers checked with python-stdnum.

Mechanics (phones, e-mails, handles, cards, the identifiers earlier sets already had) are reused from the value modules
of v10 to v16; the identifiers new here (Steuer-ID, kennitala, asmens kodas, isikukood, CNP, Belgian national number,
Portuguese NIF, CPF, RUT, CURP, CUIT, South African ID, RRN, Chinese RIC, Aadhaar, Israeli ID, SNILS, PPS) are built here.
"""

from __future__ import annotations

import random
import string
from datetime import date
from typing import Any

from stdnum import iban as _iban
from stdnum import luhn as _luhn
from stdnum.ar import cuit as _cuit
from stdnum.be import nn as _be_nn
from stdnum.br import cpf as _cpf
from stdnum.cl import rut as _rut
from stdnum.cn import ric as _ric
from stdnum.de import idnr as _idnr
from stdnum.ee import ik as _ik
from stdnum.ie import pps as _pps
from stdnum.il import idnr as _il_idnr
from stdnum.in_ import aadhaar as _aadhaar
from stdnum.is_ import kennitala as _kennitala
from stdnum.kr import rrn as _rrn
from stdnum.lt import asmens as _asmens
from stdnum.mx import curp as _curp
from stdnum.pt import nif as _nif
from stdnum.ro import cnp as _cnp
from stdnum.za import idnr as _za_idnr

from benchmarks.classification import heldout_v16_values as v16
from benchmarks.classification.heldout_v2 import Column

SEED = 17_120_2026
N = "none"
#: a login or public display handle (review, as in v5 to v16)
USERNAME = "unclassified"
#: NULL-like strings (v16's, plus a few spelled in v17's languages)
NULLISH: tuple[str, ...] = v16.NULLISH + (
    "sense dades", "no consta", "ekki skráð", "nepoznato", "nema podataka", "dim", "anhysbys", "níl ar fáil",
    "onbekend", "tidak ada", "không có", "nie uvedené", "kein Notfallkontakt", "yok abi", "δ/υ", "не заполнено",
    "未定", "MITEI", "brak informacji", "geen idee", "sem registo")

#: regions whose phones v17 builds from phonenumbers' example numbers (checked valid)
ALL_REGIONS = v16.ALL_REGIONS | frozenset({"IS", "CL", "AR", "BR", "SY", "AF", "IQ", "ZA", "KR", "CN", "IL", "ID",
                                           "VN", "RS"})


class Gen(v16.Gen):
    """The random source of one table: ``rows`` rows, seeded from :data:`SEED` and ``table`` (v17's own seed)."""

    NEW_REGIONS = ALL_REGIONS

    def __init__(self, table: str, rows: int) -> None:
        super().__init__(table, rows)
        self.rnd = random.Random(f"v17:{SEED}:{table}")


def c(name: str, kind: str, sql_type: str, values: list[Any], *tags: str) -> Column:
    """One labeled column."""
    return Column(name, kind, sql_type, values, frozenset(tags))


# -- names (written for v17) -------------------------------------------------------------------------------------------

#: language -> (male given names, female given names, family names); an inflected family name is a (m, f) pair
NAMES: dict[str, tuple[list[str], list[str], list[Any]]] = {
    "de": (["Florian", "Benedikt", "Jannik", "Moritz", "Tobias", "Volker", "Ansgar", "Leopold", "Quirin", "Malte"],
           ["Franziska", "Theresa", "Carola", "Annika", "Svenja", "Lioba", "Henrike", "Gesa", "Rosalie", "Vroni"],
           ["Reisinger", "Haberl", "Steinbrecher", "Wimmer", "Kastner", "Obermaier", "Pfaffinger", "Lechner",
            "Gruber", "Hollweck", "Seidl", "Brunnhuber", "Zellner", "Aigner"]),
    "pl": (["Tadeusz", "Jarosław", "Przemysław", "Kamil", "Dominik", "Radosław", "Mateusz", "Szymon"],
           ["Halina", "Grażyna", "Beata", "Katarzyna", "Weronika", "Aleksandra", "Magdalena", "Urszula"],
           [("Wiśniewski", "Wiśniewska"), ("Kamiński", "Kamińska"), ("Zieliński", "Zielińska"), ("Sikora", "Sikora"),
            ("Pawlak", "Pawlak"), ("Dudek", "Dudek"), ("Kaczmarek", "Kaczmarek"), ("Wróblewski", "Wróblewska"),
            ("Jabłoński", "Jabłońska"), ("Głowacki", "Głowacka")]),
    "nl": (["Thijs", "Daan", "Bram", "Koen", "Niels", "Wout", "Stijn", "Jelle", "Hidde", "Luuk"],
           ["Lotte", "Fleur", "Iris", "Noor", "Esmee", "Merel", "Roos", "Floor", "Jildou", "Sietske"],
           ["Hoekstra", "van der Meer", "Vermeulen", "Brouwer", "de Graaf", "Postma", "Kuipers", "van Leeuwen",
            "Dijkstra", "Schouten", "de Wit", "Bosman", "Veenstra", "Huisman"]),
    "it": (["Gianluca", "Fabrizio", "Stefano", "Massimo", "Leonardo", "Raffaele", "Vincenzo", "Emanuele"],
           ["Francesca", "Silvia", "Roberta", "Alessandra", "Noemi", "Gaia", "Caterina", "Ludovica"],
           ["Ferraro", "Rinaldi", "Testa", "Mancini", "Colombo", "Sartori", "Ruggiero", "Benedetti", "Caruso",
            "Orlando", "De Luca", "Bruno"]),
    "ca": (["Jordi", "Oriol", "Pau", "Arnau", "Martí", "Quim", "Xavier", "Roger", "Biel", "Marc"],
           ["Montserrat", "Núria", "Mireia", "Laia", "Meritxell", "Anna", "Roser", "Queralt", "Aina", "Berta"],
           ["Puig", "Vila", "Ferrer", "Soler", "Casals", "Bosch", "Pujol", "Serra", "Riera", "Roca", "Sala",
            "Camps", "Mas", "Vidal"]),
    "es": (["Matías", "Joaquín", "Benjamín", "Tomás", "Emiliano", "Santiago", "Facundo", "Agustín"],
           ["Valentina", "Catalina", "Florencia", "Ximena", "Renata", "Camila", "Josefina", "Antonella"],
           ["González", "Muñoz", "Rojas", "Hernández", "Pérez", "Sepúlveda", "Fuentes", "Gutiérrez", "Acosta",
            "Benítez", "Villalobos", "Aguirre"]),
    "cs": (["Ondřej", "Radek", "Zdeněk", "Miroslav", "Tomáš", "Jiří", "Aleš", "Libor"],
           ["Lenka", "Hana", "Petra", "Kateřina", "Simona", "Tereza", "Alena", "Veronika"],
           [("Dvořák", "Dvořáková"), ("Procházka", "Procházková"), ("Kučera", "Kučerová"), ("Černý", "Černá"),
            ("Pokorný", "Pokorná"), ("Marek", "Marková"), ("Pospíšil", "Pospíšilová"), ("Hájek", "Hájková"),
            ("Král", "Králová"), ("Beneš", "Benešová")]),
    "tr": (["Emre", "Murat", "Kemal", "Tolga", "Volkan", "Cem", "Selim", "Yusuf", "Burak", "Onur"],
           ["Elif", "Derya", "Sevgi", "Aylin", "Merve", "Pınar", "Esra", "Tuba", "Songül", "Nur"],
           ["Yıldız", "Şahin", "Çelik", "Arslan", "Doğan", "Koç", "Kurt", "Aydın", "Polat", "Yavuz", "Tekin",
            "Karaca"]),
    "ru": (["Дмитрий", "Сергей", "Алексей", "Михаил", "Владимир", "Константин", "Игорь", "Григорий"],
           ["Людмила", "Ольга", "Наталья", "Валентина", "Екатерина", "Анастасия", "Зинаида", "Вера"],
           [("Соколов", "Соколова"), ("Морозов", "Морозова"), ("Волков", "Волкова"), ("Лебедев", "Лебедева"),
            ("Кузнецов", "Кузнецова"), ("Зайцев", "Зайцева"), ("Белов", "Белова"), ("Медведев", "Медведева"),
            ("Орлов", "Орлова"), ("Никитин", "Никитина")]),
    "el": (["Γιώργος", "Κώστας", "Δημήτρης", "Νίκος", "Σταύρος", "Μανώλης"],
           ["Μαρία", "Κατερίνα", "Σοφία", "Δέσποινα", "Αγγελική", "Φωτεινή"],
           [("Παπαδάκης", "Παπαδάκη"), ("Γεωργίου", "Γεωργίου"), ("Οικονόμου", "Οικονόμου"),
            ("Μαυρίδης", "Μαυρίδου"), ("Χατζής", "Χατζή"), ("Σταματόπουλος", "Σταματοπούλου")]),
    #: refugees registered by an NGO in Greece, in the Latin spelling of their documents
    "ar": (["Ahmad", "Mohammad", "Omar", "Khaled", "Yousef", "Mustafa", "Hamid", "Farid", "Bilal", "Samir",
            "Abdullah", "Karim"],
           ["Fatima", "Aisha", "Zainab", "Maryam", "Noor", "Hala", "Rania", "Farah", "Shirin", "Leila", "Amina",
            "Yasmin"],
           ["Al-Hassan", "Haddad", "Rahimi", "Ahmadi", "Karimi", "Nasser", "Al-Khatib", "Hosseini", "Mahmoud",
            "Sultani", "Abdi", "Yusufzai", "Barakzai", "Hamdan"]),
    "is": (["Gunnar", "Sigurður", "Ólafur", "Einar", "Kári", "Bjarni"], ["Guðrún", "Sigríður", "Kristín", "Helga",
                                                                       "Ragnheiður", "Steinunn"],
           ["Jónsson", "Sigurðsson", "Magnúsdóttir", "Ólafsdóttir", "Einarsson", "Gunnarsdóttir"]),
    "en": (["Graham", "Ian", "Neil", "Stuart", "Alistair", "Ross"], ["Fiona", "Shona", "Morag", "Lorna", "Kirsty",
                                                                     "Aileen"],
           ["McKenzie", "Fraser", "Gillespie", "Henderson", "Ritchie", "Sinclair"]),
    "fr": (["Thibault", "Grégoire", "Mathis", "Yannick", "Lucas"], ["Océane", "Clémence", "Maëlle", "Solène",
                                                                    "Gaëlle"],
           ["Lefebvre", "Moreau", "Garnier", "Chevalier", "Lambert", "Dupuis"]),
    "pt": (["João", "Tiago", "Diogo", "Gonçalo", "Rui"], ["Inês", "Beatriz", "Mariana", "Rita", "Joana"],
           ["Ferreira", "Pereira", "Costa", "Ribeiro", "Martins", "Sousa"]),
    "sv": (["Oskar", "Viktor", "Erik", "Gustav", "Nils"], ["Ebba", "Astrid", "Ingrid", "Klara", "Frida"],
           ["Lundgren", "Holm", "Nyström", "Sandberg", "Wikström", "Engström"]),
    "da": (["Mads", "Jonas", "Mikkel", "Troels", "Jesper"], ["Sofie", "Ida", "Freja", "Maja", "Pernille"],
           ["Andersen", "Larsen", "Christensen", "Madsen", "Thomsen", "Poulsen"]),
    "ga": (["Cian", "Oisín", "Ruairí", "Darragh", "Colm"], ["Aoife", "Siobhán", "Niamh", "Caoimhe", "Orla"],
           ["Ó Briain", "Mac Cárthaigh", "Ní Dhomhnaill", "Ó Súilleabháin", "Breathnach", "Ó Néill"]),
    "af": (["Pieter", "Johan", "Riaan", "Francois", "Hendrik"], ["Annelie", "Marietjie", "Elmarie", "Lize",
                                                                 "Chantelle"],
           ["van der Merwe", "Botha", "Pretorius", "du Plessis", "Venter", "Coetzee"]),
    "ko": (["Min-jun", "Ji-hoon", "Seo-jun", "Hyun-woo"], ["Seo-yeon", "Ji-woo", "Min-seo", "Ha-eun"],
           ["Kim", "Park", "Choi", "Jung", "Kang", "Yoon"]),
    "zh": (["Wei", "Jun", "Hao", "Lei"], ["Fang", "Ying", "Xiu", "Jing"], ["Wang", "Li", "Zhang", "Liu", "Chen",
                                                                         "Zhou"]),
    "hi": (["Rahul", "Arjun", "Vikram", "Sandeep"], ["Priya", "Ananya", "Kavita", "Neha"],
           ["Sharma", "Iyer", "Reddy", "Nair", "Desai", "Kulkarni"]),
    "he": (["Yonatan", "Eitan", "Noam", "Avi"], ["Noa", "Tamar", "Shira", "Yael"],
           ["Cohen", "Levi", "Mizrahi", "Peretz", "Biton", "Friedman"]),
    "lt": (["Mindaugas", "Tomas", "Darius", "Andrius"], ["Rūta", "Ieva", "Jurgita", "Eglė"],
           [("Kazlauskas", "Kazlauskienė"), ("Petrauskas", "Petrauskienė"), ("Jankauskas", "Jankauskaitė")]),
    "et": (["Rein", "Priit", "Margus", "Indrek"], ["Kadri", "Triin", "Piret", "Liis"],
           ["Tamm", "Saar", "Sepp", "Mägi", "Kask", "Rebane"]),
    "ro": (["Andrei", "Mihai", "Cristian", "Bogdan"], ["Ioana", "Andreea", "Raluca", "Mihaela"],
           ["Popescu", "Ionescu", "Dumitrescu", "Stan", "Constantin", "Munteanu"]),
    "nl-BE": (["Wouter", "Pieter-Jan", "Jens", "Brecht"], ["Lien", "Els", "Griet", "Hanne"],
              ["Peeters", "Janssens", "Maes", "Claes", "Wouters", "Goossens"]),
}

#: Japanese names: (kanji, romaji) (written for v17)
JA_MALE = [("翔太", "Shota"), ("和也", "Kazuya"), ("隆", "Takashi"), ("浩二", "Koji"), ("亮", "Ryo"),
           ("健太", "Kenta"), ("俊介", "Shunsuke"), ("大樹", "Daiki")]
JA_FEMALE = [("恵", "Megumi"), ("由美", "Yumi"), ("千尋", "Chihiro"), ("麻衣", "Mai"), ("香織", "Kaori"),
             ("奈々", "Nana"), ("理恵", "Rie"), ("桜", "Sakura")]
JA_LAST = [("佐藤", "Sato"), ("鈴木", "Suzuki"), ("高橋", "Takahashi"), ("田中", "Tanaka"), ("渡辺", "Watanabe"),
           ("伊藤", "Ito"), ("森", "Mori"), ("池田", "Ikeda"), ("石川", "Ishikawa"), ("前田", "Maeda"),
           ("藤原", "Fujiwara"), ("岡田", "Okada")]


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


def family_given(g: Gen, lang: str, female: bool | None = None) -> str:
    """``FAMILY, Given``."""
    a, b = person(g, lang, female)
    return f"{b.upper()}, {a}"


def surname_initial(g: Gen, lang: str, female: bool | None = None) -> str:
    """``Family G.``."""
    a, b = person(g, lang, female)
    return f"{b} {a[0]}."


def given(g: Gen, lang: str, female: bool | None = None) -> str:
    return person(g, lang, female)[0]


def ja_person(g: Gen, female: bool) -> tuple[tuple[str, str], tuple[str, str]]:
    return g.rnd.choice(JA_LAST), g.rnd.choice(JA_FEMALE if female else JA_MALE)


# -- places (written for v17) ------------------------------------------------------------------------------------------

#: country -> (real city or town, postal code lead)
CITIES: dict[str, list[tuple[str, str]]] = {
    "DE": [("Rosenheim", "830"), ("Landshut", "840"), ("Regensburg", "930"), ("Passau", "940"), ("Freising", "853"),
           ("Erding", "854"), ("Traunstein", "833"), ("Kempten", "874"), ("Ingolstadt", "850")],
    "PL": [("Białystok", "15"), ("Lublin", "20"), ("Rzeszów", "35"), ("Kielce", "25"), ("Olsztyn", "10"),
           ("Opole", "45"), ("Toruń", "87"), ("Zamość", "22")],
    "NL": [("Leeuwarden", "89"), ("Groningen", "97"), ("Zwolle", "80"), ("Deventer", "74"), ("Assen", "94"),
           ("Sneek", "86"), ("Emmen", "78"), ("Heerenveen", "84")],
    "IT": [("Bari", "701"), ("Lecce", "731"), ("Taranto", "741"), ("Brindisi", "721"), ("Foggia", "711"),
           ("Matera", "751"), ("Potenza", "851")],
    "CAT": [("Girona", "170"), ("Lleida", "250"), ("Tarragona", "430"), ("Reus", "432"), ("Manresa", "082"),
            ("Vic", "085"), ("Sabadell", "082"), ("Terrassa", "082"), ("Mataró", "083")],
    "CZ": [("Olomouc", "779"), ("Zlín", "760"), ("Jihlava", "586"), ("Pardubice", "530"), ("Hradec Králové", "500"),
           ("Liberec", "460"), ("Kolín", "280"), ("Tábor", "390")],
    "TR": [("Bursa", "16"), ("Eskişehir", "26"), ("Konya", "42"), ("Kayseri", "38"), ("Trabzon", "61"),
           ("Gaziantep", "27"), ("Denizli", "20"), ("Samsun", "55")],
    "JP": [("Sendai-shi", "98"), ("Niigata-shi", "95"), ("Kanazawa-shi", "92"), ("Nagano-shi", "38"),
           ("Morioka-shi", "02"), ("Akita-shi", "01")],
    "JP-ja": [("仙台市", "98"), ("新潟市", "95"), ("金沢市", "92"), ("長野市", "38"), ("盛岡市", "02"), ("秋田市", "01")],
    "RU": [("Казань", "420"), ("Самара", "443"), ("Пермь", "614"), ("Уфа", "450"), ("Саратов", "410"),
           ("Ярославль", "150"), ("Тверь", "170"), ("Калуга", "248")],
    "GR": [("Μυτιλήνη", "811"), ("Θεσσαλονίκη", "546"), ("Αθήνα", "104"), ("Πειραιάς", "185"), ("Ιωάννινα", "452"),
           ("Λάρισα", "412")],
    "IS": [("Reykjavík", "10"), ("Akureyri", "60"), ("Selfoss", "80"), ("Hafnarfjörður", "22"), ("Egilsstaðir", "70")],
}

STREETS: dict[str, list[str]] = {
    "de": ["Innstraße", "Kufsteiner Straße", "Am Mühlbach", "Salinstraße", "Färberstraße", "Ludwigsplatz",
           "Weinstraße", "Schießstattweg"],
    "pl": ["ul. Lipowa", "ul. Kościuszki", "ul. Piłsudskiego", "al. Jana Pawła II", "ul. Słoneczna", "ul. Ogrodowa"],
    "nl": ["Nieuwestad", "Tuinen", "Oosterstraat", "Herestraat", "Zuiderdiep", "Kerkstraat", "Stationsweg"],
    "it": ["Via Sparano", "Corso Cavour", "Via Napoli", "Via Dante Alighieri", "Largo Garibaldi", "Via Calefati"],
    "ca": ["Carrer Major", "Rambla de la Llibertat", "Carrer de Sant Pere", "Passeig de Gràcia", "Carrer Nou",
           "Avinguda de Catalunya", "Plaça de la Vila"],
    "cs": ["Masarykova", "Palackého", "Husova", "Nádražní", "Komenského", "Tyršova", "Riegrova"],
    "tr": ["Atatürk Cad.", "Cumhuriyet Mah. Gül Sk.", "İnönü Cad.", "Fatih Mah. Lale Sk.", "İstiklal Cad."],
    "ru": ["ул. Ленина", "ул. Пушкина", "пр. Мира", "ул. Гагарина", "ул. Советская", "ул. Садовая"],
    "el": ["οδός Ερμού", "Λεωφόρος Βασιλέως Κωνσταντίνου", "οδός Αγίας Σοφίας", "οδός Ελευθερίου Βενιζέλου"],
    "is": ["Laugavegur", "Hafnarstræti", "Skólavörðustígur", "Hringbraut", "Austurvegur"],
}


def city(g: Gen, country: str) -> tuple[str, str]:
    return g.rnd.choice(CITIES[country])


def postal(g: Gen, country: str, lead: str) -> str:
    """A postal code of ``country`` in its usual layout, starting with ``lead``."""
    def fill(n: int) -> str:
        return (lead + "".join(g.rnd.choice(string.digits) for _ in range(n)))[:n]

    if country == "PL":
        d = fill(5)
        return f"{d[:2]}-{d[2:]}"
    if country == "NL":
        return f"{fill(4)} {g.rnd.choice('ABCEGHJKLMNPRSTVWXZ')}{g.rnd.choice('ABCEGHJKLMNPRSTVWXZ')}"
    if country == "CZ":
        d = fill(5)
        return f"{d[:3]} {d[3:]}"
    if country in {"JP", "JP-ja"}:
        d = fill(7)
        return f"{d[:3]}-{d[3:]}"
    if country == "RU":
        return fill(6)
    if country == "GR":
        d = fill(5)
        return f"{d[:3]} {d[3:]}"
    if country == "IS":
        return fill(3)
    return fill(5)


def street(g: Gen, lang: str) -> str:
    s = g.rnd.choice(STREETS[lang])
    n = g.rnd.randint(1, 140)
    if lang == "ca":
        return f"{s}, {n}, {g.rnd.randint(1, 6)}r {g.rnd.randint(1, 4)}a"
    if lang == "it":
        return f"{s}, {n}" + (f" int. {g.rnd.randint(1, 12)}" if g.rnd.random() < 0.3 else "")
    if lang == "pl":
        return f"{s} {n}" + (f"/{g.rnd.randint(1, 60)}" if g.rnd.random() < 0.6 else "")
    if lang == "cs":
        return f"{s} {g.rnd.randint(100, 2999)}/{g.rnd.randint(1, 60)}"
    if lang == "tr":
        return f"{s} No:{n} D:{g.rnd.randint(1, 20)}"
    if lang == "ru":
        return f"{s}, д. {n}, кв. {g.rnd.randint(1, 180)}"
    if lang == "el":
        return f"{s} {n}"
    if lang == "nl":
        return f"{s} {n}" + (g.rnd.choice(["-A", " bis", "a"]) if g.rnd.random() < 0.2 else "")
    return f"{s} {n}"


# -- mechanics reused from v10 to v16 ----------------------------------------------------------------------------------

emails = v16.emails
handle = v16.handle
card = v16.card
not_luhn_plain = v16.not_luhn_plain
not_phone = v16.not_phone
tr_tc = v16.tr_tc
it_cf = v16.it_cf
es_dni = v16.es_dni
es_nie = v16.es_nie
pl_pesel = v16.pl_pesel
dk_cpr = v16.dk_cpr
se_pnr = v16.se_pnr
cz_rc = v16.cz_rc
nl_bsn = v16.nl_bsn
mrz_check = v16.mrz_check
mrz_ok = v16.mrz_ok
wareki = v16.wareki

#: BBAN layouts for v17's countries (9 a digit, A a letter, Z either; python-stdnum checks the result)
BBAN = {"DE": "999999999999999999", "PL": "999999999999999999999999", "NL": "AAAA9999999999",
        "IT": "A9999999999ZZZZZZZZZZZZ", "ES": "99999999999999999999", "CZ": "99999999999999999999",
        "TR": "9999909999999999999999", "IS": "9999999999999999999999", "GR": "9999999ZZZZZZZZZZZZZZZZ",
        "BE": "999999999999", "PT": "999999999999999999999", "SE": "99999999999999999999",
        "DK": "99999999999999", "IE": "AAAA99999999999999", "LT": "9999999999999999", "EE": "9999999999999999",
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
        bban = g.code(BBAN[country]).upper()
        return f"{country}{g.rnd.randint(10, 99)}{bban}"

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


def _yymmdd(born: date) -> str:
    return f"{born.year % 100:02d}{born.month:02d}{born.day:02d}"


def de_idnr(g: Gen) -> str:
    """A German tax identification number (Steuer-ID: 11 digits, one digit twice in the first ten, check digit)."""

    def make() -> str:
        pool = g.rnd.sample("0123456789", 9)
        body = pool + [g.rnd.choice(pool)]
        g.rnd.shuffle(body)
        return "".join(body)

    return _complete(g, make, _idnr.is_valid)


def is_kennitala(g: Gen, born: date) -> str:
    """An Icelandic kennitala ``DDMMYY-RRCK`` agreeing with ``born`` (K the century: 9 for 19xx, 0 for 20xx)."""
    century = "9" if born.year < 2000 else "0"
    head = f"{born.day:02d}{born.month:02d}{born.year % 100:02d}"
    return _complete(g, lambda: head + "-" + g.digits(2, string.digits), _kennitala.is_valid,
                     tail=lambda body, ch: body + ch + century)


def lt_asmens(g: Gen, born: date, female: bool) -> str:
    """A Lithuanian asmens kodas agreeing with ``born`` and the sex."""
    first = ("4" if female else "3") if born.year < 2000 else ("6" if female else "5")
    return _complete(g, lambda: first + _yymmdd(born) + g.digits(3, string.digits), _asmens.is_valid)


def ee_ik(g: Gen, born: date, female: bool) -> str:
    """An Estonian isikukood agreeing with ``born`` and the sex."""
    first = ("4" if female else "3") if born.year < 2000 else ("6" if female else "5")
    return _complete(g, lambda: first + _yymmdd(born) + g.digits(3, string.digits), _ik.is_valid)


def ro_cnp(g: Gen, born: date, female: bool) -> str:
    """A Romanian CNP agreeing with ``born`` and the sex (a county code 01-40)."""
    first = ("2" if female else "1") if born.year < 2000 else ("6" if female else "5")
    return _complete(g, lambda: first + _yymmdd(born) + f"{g.rnd.randint(1, 40):02d}" + g.digits(3, string.digits),
                     _cnp.is_valid)


def be_nn(g: Gen, born: date, female: bool) -> str:
    """A Belgian national number ``YY.MM.DD-SSS.CC`` agreeing with ``born`` and the sex (even serial for women)."""
    def make() -> str:
        serial = g.rnd.randrange(2 if female else 1, 998, 2)
        head = f"{_yymmdd(born)}{serial:03d}"
        base = int(("2" if born.year >= 2000 else "") + head)
        return f"{head}{97 - base % 97:02d}"

    number = g.valid(make, _be_nn.is_valid)
    return f"{number[:2]}.{number[2:4]}.{number[4:6]}-{number[6:9]}.{number[9:]}"


def pt_nif(g: Gen) -> str:
    """A Portuguese NIF of a person (9 digits starting 1 or 2, check digit)."""
    return _complete(g, lambda: g.rnd.choice("12") + g.digits(7, string.digits), _nif.is_valid)


def br_cpf(g: Gen) -> str:
    """A Brazilian CPF ``123.456.789-09``."""
    def make() -> str:
        d = g.digits(9, string.digits)
        for a in string.digits:
            for b in string.digits:
                if _cpf.is_valid(d + a + b):
                    return f"{d[:3]}.{d[3:6]}.{d[6:]}-{a}{b}"
        return ""

    return g.valid(make, _cpf.is_valid)


def cl_rut(g: Gen) -> str:
    """A Chilean RUT ``12.345.678-K``."""
    def lay(body: str, ch: str) -> str:
        return f"{body[:-6]}.{body[-6:-3]}.{body[-3:]}-{ch}"

    return _complete(g, lambda: str(g.rnd.randint(8_000_000, 24_999_999)), _rut.is_valid, string.digits + "K", lay)


_CURP_STATES = ["AS", "BC", "CH", "DF", "GT", "JC", "MC", "MN", "NL", "OC", "PL", "QT", "SP", "VZ", "YN"]


def mx_curp(g: Gen, born: date, female: bool) -> str:
    """A Mexican CURP agreeing with ``born`` and the sex (check digit computed by trying, checked by python-stdnum)."""
    def make() -> str:
        return (g.code("A") + g.rnd.choice("AEIOU") + g.code("AA") + _yymmdd(born) + ("M" if female else "H")
                + g.rnd.choice(_CURP_STATES) + "".join(g.rnd.choice("BCDFGHJKLMNPRSTVZ") for _ in range(3))
                + (g.rnd.choice(string.digits) if born.year < 2000 else g.rnd.choice("ABCD")))

    return _complete(g, make, _curp.is_valid)


def ar_cuit(g: Gen, female: bool) -> str:
    """An Argentine CUIT of a person ``20-12345678-3`` (27 for women)."""
    prefix = "27" if female else "20"
    return _complete(g, lambda: prefix + str(g.rnd.randint(10_000_000, 45_999_999)), _cuit.is_valid,
                     tail=lambda body, ch: f"{body[:2]}-{body[2:]}-{ch}")


def za_idnr(g: Gen, born: date, female: bool) -> str:
    """A South African identity number agreeing with ``born`` and the sex (Luhn check digit)."""
    def make() -> str:
        seq = g.rnd.randint(0, 4999) if female else g.rnd.randint(5000, 9999)
        return f"{_yymmdd(born)}{seq:04d}08"

    return _complete(g, make, _za_idnr.is_valid)


def kr_rrn(g: Gen, born: date, female: bool) -> str:
    """A South Korean resident registration number ``YYMMDD-SXXXXXC`` agreeing with ``born`` and the sex."""
    sex = ("2" if female else "1") if born.year < 2000 else ("4" if female else "3")
    return _complete(g, lambda: f"{_yymmdd(born)}-{sex}{g.digits(5, string.digits)}", _rrn.is_valid)


def cn_ric(g: Gen, born: date, female: bool) -> str:
    """A Chinese resident identity card number agreeing with ``born`` and the sex (check 0-9 or X)."""
    def make() -> str:
        area = g.rnd.choice(["110105", "310104", "440305", "510107", "330106", "420111"])
        seq = g.rnd.randrange(0 if female else 1, 999, 2)
        return f"{area}{born:%Y%m%d}{seq:03d}"

    return _complete(g, make, _ric.is_valid, string.digits + "X")


def in_aadhaar(g: Gen) -> str:
    """An Indian Aadhaar number ``2345 6789 0123`` (Verhoeff check digit)."""
    number = _complete(g, lambda: g.digits(11, "23456789")[:1] + g.digits(10, string.digits), _aadhaar.is_valid)
    return f"{number[:4]} {number[4:8]} {number[8:]}"


def il_idnr(g: Gen) -> str:
    """An Israeli identity number (teudat zehut, 9 digits with check digit)."""
    return _complete(g, lambda: g.digits(8, "0123"), _il_idnr.is_valid)


def ie_pps(g: Gen) -> str:
    """An Irish PPS number ``1234567TA`` (check letter computed by trying)."""
    return _complete(g, lambda: g.digits(7, string.digits), _pps.is_valid, string.ascii_uppercase)


def snils_check(digits: str) -> str:
    """The two check digits of a Russian SNILS (the published rule: weights 9 down to 1, modulo 101, 100 -> 00)."""
    total = sum(int(d) * (9 - i) for i, d in enumerate(digits))
    if total > 101:
        total %= 101
    return "00" if total in (100, 101) else f"{total:02d}"


def snils_ok(text: str) -> bool:
    d = "".join(ch for ch in str(text) if ch.isdigit())
    return len(d) == 11 and snils_check(d[:9]) == d[9:]


def ru_snils(g: Gen) -> str:
    """A Russian SNILS ``123-456-789 01`` (above 001-001-998, as issued numbers are)."""
    d = str(g.rnd.randint(2_000_000, 199_999_999)).zfill(9)
    return f"{d[:3]}-{d[3:6]}-{d[6:]} {snils_check(d)}"


def not_luhn_spaced(g: Gen, lead: str) -> str:
    """Sixteen digits in groups of four that fail the Luhn check (a gift voucher)."""
    d = g.valid(lambda: lead + g.digits(15, string.digits), lambda x: not _luhn.is_valid(x))
    return " ".join(d[i:i + 4] for i in range(0, 16, 4))


#: country -> passport number pattern (A a letter, 9 a digit, Z either) for refugees' and travellers' documents
DOC_PATTERNS = {"SY": "N99999999", "AF": "P9999999", "IQ": "A99999999", "IR": "Z99999999", "SO": "P99999999",
                "ER": "P9999999", "DE": "C9ZZZZZZZ", "GB": "999999999", "US": "A99999999", "FR": "99AA99999",
                "NL": "AAZZZZZZ9", "IT": "AA9999999", "CH": "A9999999", "CA": "AA999999", "AU": "PA9999999"}


def document(g: Gen, country: str, check: bool = True) -> str:
    """A passport number of ``country``; with ``check``, its ICAO 9303 check digit appended."""
    body = g.code(DOC_PATTERNS[country]).upper()
    return body + mrz_check(body) if check else body
