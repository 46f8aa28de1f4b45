"""Value generators of held-out set v12 (:mod:`benchmarks.classification.heldout_v12`).

The random source :class:`Gen` is v11's (itself v10's: phones drawn from real numbering ranges and kept only when
``phonenumbers`` says they are valid numbers of the wanted type, hashes, UUIDs, dates, NULL-words) seeded anew for
v12, with numbering ranges added for regions v10 did not list (Finland, Estonia, Latvia, Lithuania, Australia) and
British Columbia's and Alberta's area codes for Canada. The identifier generators of v10 and v11 that check their
values with ``python-stdnum`` are reused where v12 needs the same identifier (an identifier generator is mechanics,
not data).

Everything a reader could recognize as *data* is written here for v12: given and family names per language (short
lists of common names, written anew: few of them occur in v11's lists, none is taken from Faker or from any list of
real people), streets, cities with the leads of their postal codes and Japanese places (companies, products, pets,
wines and places of events are written in :mod:`benchmarks.classification.heldout_v12` itself).

Identifiers new in v12: the German identity-card number (Personalausweis, ICAO 9303 7-3-1 check digit computed
here), the Finnish tax number (veronumero), the Dutch identity-card number, the Belgian eID card number, the British
Columbia Personal Health Number, the Swedish coordination number (samordningsnummer: a personnummer whose day is
raised by 60, Luhn check computed here, python-stdnum rejects it as a date), the Turkish foreigner identity number
(YKN: a T.C. kimlik number starting ``99``), Estonian, Latvian and Lithuanian personal codes of foreign workers, and
in their layouts only (no published check digit is used): the UK and Italian driving-licence numbers, the Japanese
driving-licence, residence-card and passport numbers and the Portuguese SNS user number.
"""

from __future__ import annotations

import random
import string
import unicodedata
from datetime import date
from typing import Any

import phonenumbers
from stdnum import ean as _ean
from stdnum import iban as _iban
from stdnum import luhn
from stdnum.be import eid as _be_eid
from stdnum.be import nn as _be_nn
from stdnum.ca import bc_phn as _bc_phn
from stdnum.ee import ik as _ee_ik
from stdnum.ee import registrikood as _ee_reg
from stdnum.fi import hetu as _fi_hetu
from stdnum.fi import veronumero as _fi_vero
from stdnum.fi import ytunnus as _fi_ytunnus
from stdnum.fr import tva as _fr_tva
from stdnum.lt import asmens as _lt_asmens
from stdnum.lv import pvn as _lv_pvn
from stdnum.nl import identiteitskaartnummer as _nl_idk
from stdnum.tr import tckimlik as _tr_tc

from benchmarks.classification import heldout_v10_values as v10
from benchmarks.classification import heldout_v11_values as v11
from benchmarks.classification.heldout_v2 import Column

SEED = 12_070_2026
N = "none"
#: the label of a login handle or a public display handle: the classifier should put it in review (as in v5 to v11)
USERNAME = "unclassified"
#: the label of a column that holds several kinds of personal data, by row (no single kind fits: review, as v11's EAV)
MIXED = "unclassified"
#: NULL-like strings of exports (v11's, plus a few spelled in v12's languages)
NULLISH: tuple[str, ...] = v11.NULLISH + (
    "keine", "k. A.", "ingen", "ej angivet", "ei ole", "ei tiedossa", "brak", "brak uwag", "ninguna",
    "sin observaciones", "non presente", "nessuno", "não tem", "не указан", "нет данных", "δεν υπάρχει", "なし",
    "bez poznámky", "YOK", "bilinmiyor", "aucun", "n/d", "N.N.", "NONE GIVEN", "no tiene")

#: region -> leading digits of national numbers, for regions v10's table does not list (real mobile ranges and area
#: codes; ``phonenumbers`` decides what is kept)
EXTRA_PREFIXES: dict[str, dict[str, list[str]]] = {
    "FI": {"mobile": ["40", "41", "44", "45", "46", "50"], "fixed": ["9", "2", "3", "8", "13", "14", "17", "19"]},
    "EE": {"mobile": ["5"], "fixed": ["6", "7", "4", "3"]},
    "LV": {"mobile": ["2"], "fixed": ["6"]},
    "LT": {"mobile": ["6"], "fixed": ["5", "37", "46", "41"]},
    "AU": {"mobile": ["4"], "fixed": ["2", "3", "7", "8"]},
    # British Columbia and Alberta area codes (v10's Canadian ones are Ontario's and Quebec's)
    "CA": {"mobile": ["604", "778", "250", "236", "403", "587"], "fixed": ["604", "778", "250", "236", "403"]},
}


class Gen(v11.Gen):
    """The random source of one table: ``rows`` rows, seeded from :data:`SEED` and ``table`` (v12's own seed)."""

    def __init__(self, table: str, rows: int) -> None:
        super().__init__(table, rows)
        self.rnd = random.Random(f"v12:{SEED}:{table}")

    def _number(self, region: str, mobile: bool) -> phonenumbers.PhoneNumber:
        if region not in EXTRA_PREFIXES:
            return super()._number(region, mobile)
        kind = phonenumbers.PhoneNumberType.MOBILE if mobile else phonenumbers.PhoneNumberType.FIXED_LINE
        accept = {kind, phonenumbers.PhoneNumberType.FIXED_LINE_OR_MOBILE}
        example = phonenumbers.example_number_for_type(region, kind) or phonenumbers.example_number(region)
        size = len(str(example.national_number))
        prefixes = EXTRA_PREFIXES[region]["mobile" if mobile else "fixed"]
        for _ in range(3_000):
            prefix = self.rnd.choice(prefixes)
            length = self.rnd.choice([size - 1, size, size, size + 1])
            body = prefix + "".join(self.rnd.choice(string.digits) for _ in range(max(1, length - len(prefix))))
            candidate = phonenumbers.PhoneNumber(country_code=example.country_code, national_number=int(body))
            if phonenumbers.is_valid_number(candidate) and phonenumbers.number_type(candidate) in accept and \
                    phonenumbers.region_code_for_number(candidate) == region:
                return candidate
        raise RuntimeError(f"no valid {region} number generated")


def c(name: str, kind: str, sql_type: str, values: list[Any], *tags: str) -> Column:
    """One labeled column."""
    return Column(name, kind, sql_type, values, frozenset(tags))


# -- names (written for v12) -------------------------------------------------------------------------------------------

#: language -> (male given names, female given names, family names); an inflected family name is a (m, f) pair
NAMES: dict[str, tuple[list[str], list[str], list[Any]]] = {
    "de": (["Jürgen", "Dieter", "Uwe", "Torsten", "Sven", "Florian", "Tobias", "Marcel", "Dominik", "Kai", "Henning",
            "Wolfgang"],
           ["Sabine", "Birgit", "Anja", "Katrin", "Jana", "Miriam", "Svenja", "Melanie", "Doris", "Heike", "Silke",
            "Maren"],
           ["Schröder", "Neumann", "Schwarz", "Zimmermann", "Krüger", "Hofmann", "Hartmann", "Lange", "Schmitt",
            "Werner", "Krause", "Lehmann", "Köhler", "Brandt", "Vogel", "Haas"]),
    "da": (["Anders", "Bo", "Claus", "Esben", "Frederik", "Kasper", "Mikkel", "Rasmus", "Søren", "Thorben", "Niels",
            "Jesper"],
           ["Anne", "Camilla", "Dorthe", "Gitte", "Karina", "Line", "Mette", "Signe", "Trine", "Louise", "Charlotte",
            "Inge"],
           ["Nielsen", "Jensen", "Hansen", "Pedersen", "Andersen", "Christensen", "Larsen", "Sørensen", "Rasmussen",
            "Jørgensen", "Madsen", "Kristensen", "Olsen", "Thygesen", "Bruun", "Dalgaard"]),
    "en": (["Gareth", "Craig", "Lee", "Stuart", "Alistair", "Rhys", "Callum", "Owen", "Graham", "Declan", "Jamie",
            "Nigel"],
           ["Kirsty", "Nicola", "Joanne", "Siobhan", "Bethany", "Amy", "Zoe", "Rebecca", "Fiona", "Leanne", "Harriet",
            "Imogen"],
           ["Thompson", "Roberts", "Evans", "Jenkins", "Davies", "Marsh", "Fletcher", "Barker", "Holmes", "Lawson",
            "Pearce", "Riley", "Booth", "Naylor", "Hargreaves", "Whitaker"]),
    "us": (["Brandon", "Tyler", "Cody", "Derek", "Jared", "Marcus", "Travis", "Wesley", "Corey", "Hunter", "Mason",
            "Caleb"],
           ["Brittany", "Kayla", "Destiny", "Ashley", "Courtney", "Danielle", "Erica", "Whitney", "Taylor", "Madison",
            "Savannah", "Brooke"],
           ["Brown", "Martinez", "Garcia", "Hernandez", "Moore", "Taylor", "White", "Clark", "Ramirez", "Walker",
            "Hall", "Allen", "Nguyen", "Green", "Baker", "Nelson"]),
    "ca": (["Ryan", "Justin", "Brent", "Cole", "Tanner", "Evan", "Graeme", "Mitchell", "Mathieu", "Raj"],
           ["Kaitlyn", "Brianna", "Chantal", "Jenna", "Meghan", "Alexis", "Shannon", "Paige", "Geneviève", "Mei"],
           ["MacDonald", "Campbell", "Fraser", "Tremblay", "Gagnon", "Wong", "Chen", "Singh", "Leblanc", "Bouchard",
            "McKenzie", "Gill", "Sandhu", "Lavoie"]),
    "fr": (["Alexandre", "Benoît", "Christophe", "Didier", "Franck", "Guillaume", "Julien", "Maxime", "Nicolas",
            "Pascal", "Thibault", "Yannick"],
           ["Aurélie", "Camille", "Céline", "Élodie", "Manon", "Marion", "Pauline", "Sandrine", "Virginie", "Margaux",
            "Océane", "Valérie"],
           ["Dubois", "Lefebvre", "Moreau", "Fournier", "Girard", "Bonnet", "Dupont", "Lambert", "Fontaine",
            "Rousseau", "Vincent", "Muller", "Faure", "André", "Mercier", "Chevalier"]),
    "it": (["Alessandro", "Fabio", "Gianluca", "Lorenzo", "Massimo", "Nicola", "Paolo", "Roberto", "Stefano",
            "Tommaso", "Emanuele", "Salvatore"],
           ["Anna", "Beatrice", "Claudia", "Francesca", "Giorgia", "Martina", "Paola", "Roberta", "Serena",
            "Valentina", "Elisa", "Rosa"],
           ["Russo", "Ferrari", "Romano", "Gallo", "Costa", "Bruno", "Ricci", "Marino", "Moretti", "Barbieri",
            "Rinaldi", "Caruso", "Ferrara", "Galli", "Martini", "Leone"]),
    "es": (["Alejandro", "Javier", "Sergio", "Pablo", "Alberto", "Rubén", "Adrián", "Jorge", "Marcos", "Iván",
            "Álvaro", "Enrique"],
           ["Lucía", "Marta", "Carmen", "Pilar", "Rocío", "Nuria", "Beatriz", "Alba", "Irene", "Noelia", "Raquel",
            "Ainhoa"],
           ["García", "Fernández", "González", "Rodríguez", "López", "Martínez", "Sánchez", "Pérez", "Gómez",
            "Jiménez", "Ruiz", "Hernández", "Díaz", "Moreno", "Álvarez", "Navarro"]),
    "nl": (["Sander", "Joost", "Maarten", "Pieter", "Koen", "Gijs", "Lars", "Tim", "Rutger", "Hidde", "Sjoerd",
            "Erik"],
           ["Marieke", "Lotte", "Floor", "Iris", "Esther", "Linda", "Mirjam", "Sophie", "Fleur", "Nienke", "Inge",
            "Anke"],
           ["de Jong", "Janssen", "van den Berg", "Dekker", "Mulder", "de Boer", "Kok", "de Graaf", "Brouwer",
            "van der Linden", "Hendriks", "Schouten", "Kuipers", "van Leeuwen", "Verbeek", "Postma"]),
    "be": (["Wouter", "Pieter-Jan", "Jens", "Dries", "Thomas", "Arnaud", "Quentin", "Cédric", "Maxime", "Bram"],
           ["Lien", "Elke", "Hanne", "Leen", "Griet", "Laure", "Aurore", "Delphine", "Sarah", "Emma"],
           ["Peeters", "Maes", "Claes", "Goossens", "Wouters", "De Smet", "Vermeulen", "Dubois", "Lambert", "Dumont",
            "Lemaire", "Van Damme", "Willems", "Jacobs"]),
    "pl": (["Krzysztof", "Andrzej", "Tomasz", "Paweł", "Michał", "Marcin", "Łukasz", "Jakub", "Adam", "Wojciech",
            "Rafał", "Piotr"],
           ["Anna", "Katarzyna", "Magdalena", "Joanna", "Ewa", "Aleksandra", "Dorota", "Justyna", "Marta", "Monika",
            "Renata", "Halina"],
           ["Nowak", ("Jankowski", "Jankowska"), "Mazur", "Krawczyk", ("Piotrowski", "Piotrowska"),
            ("Grabowski", "Grabowska"), ("Pawłowski", "Pawłowska"), ("Michalski", "Michalska"),
            ("Nowicki", "Nowicka"), "Adamczyk", "Dudek", "Zając", "Król", ("Jabłoński", "Jabłońska"),
            ("Majewski", "Majewska"), "Kowalczyk"]),
    "sv": (["Anders", "Johan", "Erik", "Lars", "Karl", "Per", "Mikael", "Fredrik", "Henrik", "Gustav", "Linus",
            "Jonas"],
           ["Anna", "Eva", "Karin", "Kristina", "Lena", "Maria", "Emma", "Sofia", "Linnea", "Maja", "Ebba", "Cecilia"],
           ["Andersson", "Johansson", "Karlsson", "Nilsson", "Eriksson", "Larsson", "Olsson", "Persson", "Svensson",
            "Gustafsson", "Pettersson", "Jonsson", "Lindqvist", "Sjöberg", "Wallin", "Norberg"]),
    "fi": (["Mikko", "Jukka", "Timo", "Janne", "Antti", "Ville", "Juha", "Sami", "Petri", "Teemu", "Eero", "Lauri"],
           ["Anu", "Tiina", "Sari", "Minna", "Hanna", "Johanna", "Laura", "Riikka", "Kaisa", "Noora", "Aino", "Elina"],
           ["Korhonen", "Virtanen", "Mäkinen", "Nieminen", "Mäkelä", "Hämäläinen", "Laine", "Heikkinen", "Koskinen",
            "Järvinen", "Lehtonen", "Saarinen", "Salminen", "Heinonen", "Niemi", "Kinnunen"]),
    "et": (["Andres", "Jaan", "Margus", "Rein", "Toomas", "Priit", "Tarmo", "Siim"],
           ["Kadri", "Kristiina", "Liis", "Maarja", "Piret", "Triin"],
           ["Tamm", "Saar", "Sepp", "Mägi", "Kask", "Kukk", "Rebane", "Ilves", "Pärn", "Koppel"]),
    "lv": (["Jānis", "Andris", "Māris", "Edgars", "Raivis"],
           ["Ilze", "Inese", "Līga", "Dace"],
           [("Bērziņš", "Bērziņa"), ("Kalniņš", "Kalniņa"), ("Ozols", "Ozola"), ("Liepiņš", "Liepiņa"),
            ("Krūmiņš", "Krūmiņa")]),
    "lt": (["Tomas", "Mantas", "Darius", "Saulius", "Vytautas"],
           ["Rasa", "Jurgita", "Ieva", "Agnė"],
           [("Kazlauskas", "Kazlauskienė"), ("Petrauskas", "Petrauskienė"), ("Jankauskas", "Jankauskienė"),
            ("Butkus", "Butkienė"), ("Paulauskas", "Paulauskienė")]),
    "cs": (["Jan", "Petr", "Josef", "Pavel", "Jiří", "Lukáš", "Vojtěch", "Michal", "Radek", "Stanislav", "Vladimír",
            "Daniel"],
           ["Jana", "Eva", "Hana", "Markéta", "Alena", "Petra", "Lenka", "Martina", "Barbora", "Klára", "Věra",
            "Michaela"],
           [("Novák", "Nováková"), ("Svoboda", "Svobodová"), ("Novotný", "Novotná"), ("Marek", "Marková"),
            ("Pospíšil", "Pospíšilová"), ("Hájek", "Hájková"), ("Jelínek", "Jelínková"), ("Král", "Králová"),
            ("Růžička", "Růžičková"), ("Beneš", "Benešová"), ("Fiala", "Fialová"), ("Sedláček", "Sedláčková"),
            ("Čermák", "Čermáková"), ("Vaněk", "Vaňková")]),
    "el": (["Παναγιώτης", "Χρήστος", "Βασίλειος", "Αθανάσιος", "Ευάγγελος", "Σπυρίδων", "Θεόδωρος", "Αναστάσιος",
            "Χαράλαμπος", "Στέφανος"],
           ["Αικατερίνη", "Βασιλική", "Παναγιώτα", "Χριστίνα", "Ευαγγελία", "Αναστασία", "Σταυρούλα", "Γεωργία",
            "Ιωάννα", "Δέσποινα"],
           [("Παπαδόπουλος", "Παπαδοπούλου"), ("Παπανικολάου", "Παπανικολάου"), ("Καραγιάννης", "Καραγιάννη"),
            ("Μαυρίδης", "Μαυρίδου"), ("Αλεξίου", "Αλεξίου"), ("Ιωαννίδης", "Ιωαννίδου"), ("Μακρής", "Μακρή"),
            ("Χατζηδάκης", "Χατζηδάκη"), ("Λαμπρόπουλος", "Λαμπροπούλου"), ("Σταματόπουλος", "Σταματοπούλου")]),
    "ru": (["Иван", "Николай", "Андрей", "Михаил", "Павел", "Роман", "Евгений", "Игорь", "Владимир", "Константин",
            "Антон", "Кирилл"],
           ["Елена", "Наталья", "Татьяна", "Ирина", "Светлана", "Юлия", "Людмила", "Ксения", "Алёна", "Валентина",
            "Лариса", "Софья"],
           [("Иванов", "Иванова"), ("Петров", "Петрова"), ("Васильев", "Васильева"), ("Павлов", "Павлова"),
            ("Семёнов", "Семёнова"), ("Голубев", "Голубева"), ("Виноградов", "Виноградова"),
            ("Богданов", "Богданова"), ("Фёдоров", "Фёдорова"), ("Захаров", "Захарова"), ("Белов", "Белова"),
            ("Тихонов", "Тихонова")]),
    "tr": (["Mehmet", "Mustafa", "Ahmet", "Ali", "Hüseyin", "Hasan", "İbrahim", "Murat", "Ömer", "Serkan", "Oğuz",
            "Barış"],
           ["Fatma", "Emine", "Hatice", "Merve", "Esra", "Özlem", "Derya", "Sibel", "Tuğba", "Hülya", "Gül", "Aslı"],
           ["Koç", "Kurt", "Özdemir", "Polat", "Erdoğan", "Güneş", "Bulut", "Aksoy", "Türk", "Keskin", "Ünal",
            "Korkmaz", "Özkan", "Şimşek", "Uçar", "Acar"]),
    "pt": (["João", "José", "António", "Rui", "Pedro", "Nuno", "Tiago", "Paulo", "Luís", "Jorge", "Carlos",
            "Francisco"],
           ["Maria", "Ana", "Inês", "Catarina", "Beatriz", "Cláudia", "Patrícia", "Susana", "Sandra", "Andreia",
            "Daniela", "Vera"],
           ["Silva", "Santos", "Ferreira", "Pereira", "Costa", "Carvalho", "Almeida", "Sousa", "Martins", "Gomes",
            "Lopes", "Mendes", "Coelho", "Cardoso", "Rocha", "Correia"]),
    # the names of foreigners who appear in the Turkish, Greek and Danish tables (tourists, workers, anglers)
    "ar-Latn": (["Ahmad", "Omar", "Khaled", "Yusuf", "Samir"], ["Layla", "Rania", "Nour", "Huda"],
                ["Haddad", "Khoury", "Nasser", "Saleh", "Mansour"]),
}


def person(g: Gen, lang: str, female: bool | None = None) -> tuple[str, str]:
    """A (given name, family name) pair of ``lang``."""
    men, women, families = NAMES[lang]
    female = g.rnd.random() < 0.5 if female is None else female
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
JA_MALE = [("大輔", "ダイスケ", "Daisuke"), ("健太", "ケンタ", "Kenta"), ("翔太", "ショウタ", "Shota"),
           ("浩二", "コウジ", "Koji"), ("直樹", "ナオキ", "Naoki"), ("隆", "タカシ", "Takashi"),
           ("大翔", "ヒロト", "Hiroto"), ("湊", "ミナト", "Minato"), ("樹", "イツキ", "Itsuki"), ("陽向", "ヒナタ", "Hinata")]
JA_FEMALE = [("由美", "ユミ", "Yumi"), ("恵", "メグミ", "Megumi"), ("裕子", "ユウコ", "Yuko"),
             ("真由美", "マユミ", "Mayumi"), ("彩", "アヤ", "Aya"), ("陽菜", "ヒナ", "Hina"), ("結菜", "ユイナ", "Yuina"),
             ("芽依", "メイ", "Mei"), ("杏", "アン", "An"), ("紬", "ツムギ", "Tsumugi")]
JA_LAST = [("佐藤", "サトウ", "Sato"), ("鈴木", "スズキ", "Suzuki"), ("高橋", "タカハシ", "Takahashi"),
           ("松本", "マツモト", "Matsumoto"), ("井上", "イノウエ", "Inoue"), ("木村", "キムラ", "Kimura"),
           ("林", "ハヤシ", "Hayashi"), ("清水", "シミズ", "Shimizu"), ("山口", "ヤマグチ", "Yamaguchi"),
           ("森", "モリ", "Mori"), ("池田", "イケダ", "Ikeda"), ("橋本", "ハシモト", "Hashimoto"),
           ("石川", "イシカワ", "Ishikawa"), ("前田", "マエダ", "Maeda")]


def ja_person(g: Gen, female: bool | None = None) -> tuple[tuple[str, str, str], tuple[str, str, str]]:
    """A Japanese (given name, family name), each as (kanji, katakana, romaji)."""
    female = g.rnd.random() < 0.5 if female is None else female
    return g.rnd.choice(JA_FEMALE if female else JA_MALE), g.rnd.choice(JA_LAST)


# -- places (written for v12) ------------------------------------------------------------------------------------------

#: country -> (city, leading digits or letters of its postal codes)
CITIES: dict[str, list[tuple[str, str]]] = {
    "DE": [("Regensburg", "930"), ("Bamberg", "960"), ("Göttingen", "370"), ("Freiburg im Breisgau", "791"),
           ("Ingolstadt", "850"), ("Koblenz", "560"), ("Oldenburg", "261"), ("Schwerin", "190"), ("Zwickau", "080"),
           ("Erfurt", "990"), ("Aachen", "520"), ("Bielefeld", "336")],
    "DK": [("Odense", "5"), ("Randers", "89"), ("Kolding", "60"), ("Næstved", "47"), ("Silkeborg", "86"),
           ("Viborg", "88"), ("Roskilde", "40"), ("Sønderborg", "64"), ("Frederikshavn", "99")],
    "GB": [("Norwich", "NR"), ("York", "YO"), ("Exeter", "EX"), ("Swansea", "SA"), ("Carlisle", "CA"),
           ("Lincoln", "LN"), ("Hull", "HU"), ("Stoke-on-Trent", "ST"), ("Ipswich", "IP")],
    "US": [("Spokane", "992"), ("Boise", "837"), ("Tulsa", "741"), ("Fresno", "937"), ("Savannah", "314"),
           ("Lansing", "489"), ("Omaha", "681"), ("Knoxville", "379"), ("Dayton", "454")],
    "CA": [("Vancouver", "V5"), ("Kelowna", "V1"), ("Kamloops", "V2"), ("Victoria", "V8"), ("Nanaimo", "V9"),
           ("Squamish", "V8"), ("Calgary", "T2"), ("Burnaby", "V5")],
    "FR": [("Nantes", "44"), ("Rennes", "35"), ("Montpellier", "34"), ("Grenoble", "38"), ("Dijon", "21"),
           ("Clermont-Ferrand", "63"), ("Nancy", "54"), ("Rouen", "76"), ("Poitiers", "86"), ("Pau", "64")],
    "IT": [("Bergamo", "241"), ("Verona", "371"), ("Padova", "351"), ("Modena", "411"), ("Pisa", "561"),
           ("Ancona", "601"), ("Bari", "701"), ("Catania", "951"), ("Vicenza", "361"), ("Novara", "281")],
    "ES": [("Zaragoza", "50"), ("Valladolid", "47"), ("Murcia", "30"), ("Alicante", "03"), ("Granada", "18"),
           ("Bilbao", "48"), ("Vigo", "36"), ("Pamplona", "31"), ("Gijón", "33"), ("Castellón de la Plana", "12")],
    "NL": [("Groningen", "97"), ("Nijmegen", "65"), ("Arnhem", "68"), ("Haarlem", "20"), ("Maastricht", "62"),
           ("Breda", "48"), ("Alkmaar", "18"), ("Deventer", "74"), ("Hilversum", "12"), ("Delft", "26")],
    "BE": [("Gent", "9000"), ("Antwerpen", "2000"), ("Leuven", "3000"), ("Namur", "5000"), ("Liège", "4000"),
           ("Brugge", "8000"), ("Hasselt", "3500"), ("Mechelen", "2800"), ("Charleroi", "6000")],
    "PL": [("Kraków", "30"), ("Wrocław", "50"), ("Poznań", "60"), ("Łódź", "90"), ("Szczecin", "70"),
           ("Bydgoszcz", "85"), ("Kielce", "25"), ("Gdynia", "81"), ("Częstochowa", "42"), ("Zielona Góra", "65")],
    "SE": [("Uppsala", "75"), ("Linköping", "58"), ("Norrköping", "60"), ("Gävle", "80"), ("Sundsvall", "85"),
           ("Luleå", "97"), ("Falun", "79"), ("Mora", "79"), ("Borås", "50"), ("Kalmar", "39")],
    "FI": [("Tampere", "33"), ("Turku", "20"), ("Oulu", "90"), ("Jyväskylä", "40"), ("Kuopio", "70"), ("Lahti", "15"),
           ("Pori", "28"), ("Vaasa", "65"), ("Espoo", "02"), ("Vantaa", "01")],
    "CZ": [("České Budějovice", "370"), ("Hradec Králové", "500"), ("Ústí nad Labem", "400"),
           ("Karlovy Vary", "360"), ("Třebíč", "674"), ("Tábor", "390"), ("Kolín", "280"), ("Přerov", "750"),
           ("Písek", "397"), ("Opava", "746")],
    "GR": [("Αθήνα", "11"), ("Θεσσαλονίκη", "54"), ("Ρόδος", "85"), ("Κέρκυρα", "49"), ("Κομοτηνή", "69"),
           ("Τρίκαλα", "42"), ("Καβάλα", "65"), ("Ξάνθη", "67"), ("Άρτα", "47"), ("Χαλκίδα", "34")],
    "RU": [("Новосибирск", "630"), ("Екатеринбург", "620"), ("Нижний Новгород", "603"), ("Челябинск", "454"),
           ("Омск", "644"), ("Уфа", "450"), ("Краснодар", "350"), ("Саратов", "410"), ("Калининград", "236"),
           ("Владивосток", "690")],
    "TR": [("Ankara", "06"), ("İzmir", "35"), ("Bursa", "16"), ("Antalya", "07"), ("Adana", "01"),
           ("Diyarbakır", "21"), ("Malatya", "44"), ("Sakarya", "54"), ("Tekirdağ", "59"), ("Çanakkale", "17")],
    "PT": [("Coimbra", "30"), ("Aveiro", "38"), ("Braga", "47"), ("Faro", "80"), ("Viana do Castelo", "49"),
           ("Castelo Branco", "60"), ("Santarém", "20"), ("Bragança", "53"), ("Ponta Delgada", "95"),
           ("Portimão", "85")],
}


def city(g: Gen, country: str) -> tuple[str, str]:
    return g.rnd.choice(CITIES[country])


postal = v10.postal

#: language -> street names (written for v12)
STREETS: dict[str, list[str]] = {
    "de": ["Goethestraße", "Schillerstr.", "Lindenallee", "Am Mühlbach", "Bahnhofstraße", "Gartenweg",
           "Eichendorffweg", "Waldstraße", "Hauptstr.", "Kirchgasse", "Schulstraße", "Sonnenhang", "Ahornweg"],
    "da": ["Vestergade", "Østergade", "Skolevej", "Kirkevej", "Engvej", "Bøgevej", "Nørregade", "Strandvejen",
           "Ahornvej", "Rønnebærvej"],
    "en": ["Church Lane", "Victoria Road", "Station Road", "The Crescent", "Queens Drive", "Park Avenue", "Elm Grove",
           "Manor Way", "Albert Street", "Mill Lane", "Beech Close", "High Street"],
    "us": ["Oak St", "Maple Ave", "Pine St", "Cedar Ln", "Elm St", "Main St", "2nd Ave", "Sunset Blvd", "Park Pl",
           "Jefferson Ave", "Cherry Ln", "Highland Dr"],
    "ca": ["Granville St", "W 4th Ave", "Commercial Dr", "Bernard Ave", "Douglas St", "Columbia St", "Alpine Way",
           "Nita Lake Dr", "Lonsdale Ave", "Cliffe Ave"],
    "fr": ["rue Victor Hugo", "avenue de la Libération", "rue Pasteur", "rue des Lilas", "impasse des Vignes",
           "boulevard Gambetta", "rue de la République", "chemin du Moulin", "rue Jules Ferry", "allée des Tilleuls",
           "place de l'Église"],
    "it": ["Via Roma", "Via Mazzini", "Via Cavour", "Via Verdi", "Corso Italia", "Via dei Mille",
           "Via Dante Alighieri", "Viale della Repubblica", "Via Matteotti", "Via XX Settembre", "Piazza Garibaldi",
           "Via Marconi"],
    "es": ["Calle Mayor", "Calle del Carmen", "Avenida de la Constitución", "Calle Real", "Calle San Francisco",
           "Paseo de la Castellana", "Calle Alcalá", "Calle de la Paz", "Ronda de Valencia", "Calle Goya",
           "Avenida de Madrid", "Calle Príncipe"],
    "nl": ["Dorpsstraat", "Julianastraat", "Beatrixlaan", "Nieuwstraat", "Schoolstraat", "Prinses Irenestraat",
           "Hoofdstraat", "Emmalaan", "Veldweg", "Kastanjelaan", "Oranjestraat", "Zuiderweg"],
    "be": ["Kerkstraat", "Stationsstraat", "Nieuwstraat", "Rue de la Station", "Rue du Moulin", "Dorpsstraat",
           "Kapelstraat", "Avenue des Combattants", "Molenstraat", "Rue de l'Église"],
    "pl": ["ul. Mickiewicza", "ul. Słowackiego", "ul. Polna", "ul. Leśna", "ul. Kwiatowa", "ul. Szkolna",
           "ul. Sienkiewicza", "ul. Jana Pawła II", "al. Niepodległości", "ul. Krótka", "ul. Długa", "ul. Słoneczna"],
    "sv": ["Skolgatan", "Drottninggatan", "Järnvägsgatan", "Kyrkvägen", "Granvägen", "Parkgatan", "Nygatan",
           "Ängsvägen", "Lärkstigen", "Södra Vägen", "Sjövägen"],
    "fi": ["Hämeenkatu", "Mannerheimintie", "Koulukatu", "Rantatie", "Kirkkokatu", "Puistokatu", "Koivukuja",
           "Pihlajatie", "Myllytie", "Satakunnankatu", "Kauppakatu", "Asemakatu"],
    "cs": ["Masarykova", "Nádražní", "Školní", "Jiráskova", "Tyršova", "Smetanova", "Zahradní", "Revoluční",
           "Sokolská", "Pražská", "Čs. armády", "Husitská"],
    "el": ["Πατησίων", "Τσιμισκή", "Εγνατία", "Αγίου Δημητρίου", "Παπαναστασίου", "Ακαδημίας", "Αριστοτέλους",
           "28ης Οκτωβρίου", "Κολοκοτρώνη", "Μητροπόλεως"],
    "ru": ["ул. Ленина", "ул. Гагарина", "ул. Советская", "ул. Мира", "ул. Молодёжная", "пр-т Победы", "ул. Кирова",
           "ул. Набережная", "ул. Лесная", "ул. Береговая", "ул. Чкалова"],
    "tr": ["Cumhuriyet Cad.", "Bağdat Cad.", "Gül Sok.", "İstiklal Cad.", "Yeni Mah. Papatya Sok.",
           "Kazım Karabekir Cad.", "Fevzi Çakmak Cad.", "Barış Mah. Nergis Sok.", "Millet Cad.", "Ziya Gökalp Cad."],
    "pt": ["Rua da Liberdade", "Avenida 25 de Abril", "Rua do Comércio", "Rua de Santo António", "Rua da Igreja",
           "Rua Dr. Afonso Costa", "Rua 5 de Outubro", "Travessa do Carmo", "Rua dos Bombeiros Voluntários",
           "Avenida Marginal"],
}


def street(g: Gen, lang: str, with_number: bool = True) -> str:
    """A street line in the usual layout of ``lang``."""
    s = g.rnd.choice(STREETS[lang])
    n = g.rnd.randint(1, 199)
    if not with_number:
        return s
    if lang in {"en", "us", "ca"}:
        if lang in {"us", "ca"} and g.rnd.random() < 0.2:
            return f"{n * 10 + g.rnd.randint(0, 9)} {s} {g.rnd.choice(['Apt', 'Unit', '#'])} {g.rnd.randint(1, 40)}"
        if lang == "en" and g.rnd.random() < 0.15:
            return f"{g.rnd.choice(['Flat', 'Apartment'])} {g.rnd.randint(1, 24)}, {n} {s}"
        return f"{n * (10 if lang != 'en' else 1)} {s}"
    if lang == "fr":
        return f"{n}{g.rnd.choice(['', '', '', '', ' bis'])} {s}"
    if lang in {"es", "pt"}:
        return f"{s}, {n}" + (f", {g.rnd.randint(1, 9)}º {g.rnd.choice('ABCD')}" if lang == "es" and
                              g.rnd.random() < 0.5 else "")
    if lang == "it":
        return f"{s} {n}" if g.rnd.random() < 0.7 else f"{s}, {n}/{g.rnd.choice('ABC')}"
    if lang == "tr":
        return f"{s} No:{n}/{g.rnd.randint(1, 16)}"
    if lang == "ru":
        return f"{s}, д. {n}" + (f", корп. {g.rnd.randint(1, 4)}" if g.rnd.random() < 0.2 else "")
    if lang == "cs":
        return f"{s} {g.rnd.randint(100, 3200)}" + (f"/{g.rnd.randint(1, 60)}" if g.rnd.random() < 0.6 else "")
    if lang == "fi":
        return f"{s} {n}" + (f" {g.rnd.choice('ABC')} {g.rnd.randint(1, 40)}" if g.rnd.random() < 0.6 else "")
    if lang == "sv":
        return f"{s} {n}" + (f" lgh {g.rnd.randint(1001, 1604)}" if g.rnd.random() < 0.3 else "")
    if lang == "da":
        return f"{s} {n}" + (f", {g.rnd.choice(['st.', '1.', '2.', '3.'])} {g.rnd.choice(['tv', 'th', 'mf'])}"
                             if g.rnd.random() < 0.35 else "")
    if lang == "pl":
        return f"{s} {n}" + (f"/{g.rnd.randint(1, 80)}" if g.rnd.random() < 0.5 else "")
    if lang == "el":
        return f"{s} {n}"
    if lang in {"nl", "be"}:
        return f"{s} {n}" + (g.rnd.choice(["A", "B", "-1", " bus 2", "bis"]) if g.rnd.random() < 0.15 else "")
    return f"{s} {n}"


#: Japanese places: (prefecture, city, district, postal-code lead, romanized prefecture, city, district)
JA_PLACES = [("東京都", "世田谷区", "三軒茶屋", "154", "Tokyo-to", "Setagaya-ku", "Sangenjaya"),
             ("神奈川県", "横浜市", "港北区日吉", "223", "Kanagawa-ken", "Yokohama-shi", "Kohoku-ku Hiyoshi"),
             ("愛知県", "名古屋市", "千種区今池", "464", "Aichi-ken", "Nagoya-shi", "Chikusa-ku Imaike"),
             ("福岡県", "福岡市", "博多区博多駅前", "812", "Fukuoka-ken", "Fukuoka-shi", "Hakata-ku Hakataekimae"),
             ("京都府", "京都市", "左京区下鴨", "606", "Kyoto-fu", "Kyoto-shi", "Sakyo-ku Shimogamo"),
             ("兵庫県", "神戸市", "灘区六甲台町", "657", "Hyogo-ken", "Kobe-shi", "Nada-ku Rokkodaicho"),
             ("埼玉県", "さいたま市", "浦和区高砂", "330", "Saitama-ken", "Saitama-shi", "Urawa-ku Takasago"),
             ("静岡県", "浜松市", "中央区板屋町", "430", "Shizuoka-ken", "Hamamatsu-shi", "Chuo-ku Itayamachi"),
             ("新潟県", "新潟市", "中央区万代", "950", "Niigata-ken", "Niigata-shi", "Chuo-ku Bandai"),
             ("熊本県", "熊本市", "中央区水前寺", "862", "Kumamoto-ken", "Kumamoto-shi", "Chuo-ku Suizenji")]


def ja_address(g: Gen, place: tuple[str, ...], romaji: bool = False) -> str:
    """A Japanese street address (banchi) in ``place``, in kanji or in romaji."""
    a, b, n = g.rnd.randint(1, 5), g.rnd.randint(1, 30), g.rnd.randint(1, 22)
    if romaji:
        return f"{a}-{b}-{n} {place[6]}, {place[5]}, {place[4]}"
    room = f" {g.rnd.choice(['コーポ若葉', 'ハイツ松風', 'レジデンス白梅'])}{g.rnd.randint(1, 5)}0{g.rnd.randint(1, 8)}" \
        if g.rnd.random() < 0.35 else ""
    return f"{place[0]}{place[1]}{place[2]}{a}丁目{b}番{n}号{room}"


def el_upper(text: str) -> str:
    """Greek upper case as registers write it: capitals without the tonos."""
    return "".join(ch for ch in unicodedata.normalize("NFD", text.upper()) if unicodedata.category(ch) != "Mn")


def wareki(d: date) -> str:
    """A date in the Japanese era calendar: ``令和3年4月12日``."""
    return v10.wareki(d)


# -- e-mails and handles -----------------------------------------------------------------------------------------------

email = v10.email
emails = v10.emails
work_email = v10.work_email
handle = v10.handle
plain = v10.plain
latin = v10.latin
card = v10.card
iban = v10.iban

#: BBAN layouts of countries v10's generator does not know (python-stdnum's IBAN registry checks the result)
EXTRA_BBAN = {"EE": "9999999999999999", "LV": "AAAA9999999999999", "LT": "9999999999999999"}


def iban_any(g: Gen, country: str, spaced: bool = False) -> str:
    """A valid IBAN of ``country``: v10's generator, or one built here from :data:`EXTRA_BBAN`."""
    if country not in EXTRA_BBAN:
        return iban(g, country, spaced)

    def make() -> str:
        bban = g.code(EXTRA_BBAN[country])
        check = 98 - int("".join(str(int(ch, 36)) for ch in bban + country + "00")) % 97
        return f"{country}{check:02d}{bban}"

    number = g.valid(make, _iban.is_valid)
    return " ".join(number[i:i + 4] for i in range(0, len(number), 4)) if spaced else number


# -- personal identifiers (national_id or ssn) -------------------------------------------------------------------------

_ICAO = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"


def icao_check(text: str) -> str:
    """The ICAO 9303 check digit (weights 7, 3, 1; letters A=10 .. Z=35)."""
    return str(sum(_ICAO.index(ch) * (7, 3, 1)[i % 3] for i, ch in enumerate(text)) % 10)


def de_ausweis(g: Gen) -> str:
    """A German identity-card number (Personalausweis since 2010): an authority letter, eight characters of the
    card alphabet and the ICAO check digit; printed without the check digit on the card front, with it in the MRZ."""
    alphabet = "0123456789CFGHJKLMNPRTVWXYZ"
    body = g.rnd.choice("LMNPRTVWXY") + "".join(g.rnd.choice(alphabet) for _ in range(8))
    return body + icao_check(body)


def fi_hetu(g: Gen, born: date) -> str:
    """A Finnish personal identity code (henkilötunnus): date, century sign, serial, check character."""
    sign = "-" if born.year < 2000 else "A"

    def make() -> str:
        stem = f"{born:%d%m%y}"
        serial = f"{g.rnd.randint(2, 899):03d}"
        return stem + sign + serial + "0123456789ABCDEFHJKLMNPRSTUVWXY"[int(stem + serial) % 31]

    return g.valid(make, _fi_hetu.is_valid)


def fi_veronumero(g: Gen) -> str:
    """A Finnish tax number (veronumero): twelve digits starting ``100`` (no check digit is published)."""
    return g.valid(lambda: "100" + g.digits(9, string.digits), _fi_vero.is_valid)


def ee_isikukood(g: Gen, born: date, female: bool) -> str:
    lead = ("4" if female else "3") if born.year < 2000 else ("6" if female else "5")

    def make() -> str:
        stem = f"{lead}{born:%y%m%d}{g.digits(3, string.digits)}"
        return stem + _ee_ik.calc_check_digit(stem + "0")

    return g.valid(make, _ee_ik.is_valid)


def lt_asmens(g: Gen, born: date, female: bool) -> str:
    lead = ("4" if female else "3") if born.year < 2000 else ("6" if female else "5")

    def make() -> str:
        stem = f"{lead}{born:%y%m%d}{g.digits(3, string.digits)}"
        return stem + _ee_ik.calc_check_digit(stem + "0")

    return g.valid(make, _lt_asmens.is_valid)


def lv_personas_kods(g: Gen, born: date) -> str:
    century = "1" if born.year < 2000 else "2"

    def make() -> str:
        stem = f"{born:%d%m%y}{century}{g.digits(3, string.digits)}"
        return f"{stem[:6]}-{stem[6:]}{_lv_pvn.calc_check_digit_pers(stem)}"

    return g.valid(make, _lv_pvn.is_valid)


def nl_idkaart(g: Gen) -> str:
    """A Dutch identity-card or passport number: two letters, six letters or digits, a digit (no letter O)."""
    letters = string.ascii_uppercase.replace("O", "")
    return g.valid(lambda: "".join(g.rnd.choice(letters) for _ in range(2))
                   + "".join(g.rnd.choice(letters + string.digits) for _ in range(6)) + g.digits(1, string.digits),
                   _nl_idk.is_valid)


def be_eid(g: Gen, formatted: bool = True) -> str:
    """A Belgian eID card number: ten digits and two check digits (modulus 97), written ``591-1234567-89``."""
    def make() -> str:
        body = g.rnd.choice(["591", "592", "593", "600", "601"]) + g.digits(7, string.digits)
        return body + f"{(int(body) % 97) or 97:02d}"

    v = g.valid(make, _be_eid.is_valid)
    return _be_eid.format(v) if formatted else v


def bc_phn(g: Gen, spaced: bool = True) -> str:
    """A British Columbia Personal Health Number: ``9`` and eight digits and a modulus-11 check digit."""
    def make() -> str:
        body = "9" + g.digits(8, string.digits)
        return body + _bc_phn.calc_check_digit(body[1:])

    v = g.valid(make, _bc_phn.is_valid)
    return _bc_phn.format(v) if spaced else v


def se_samordning(g: Gen, born: date) -> str:
    """A Swedish coordination number (samordningsnummer): a personnummer whose day is raised by 60, Luhn check."""
    stem = f"{born:%y%m}{born.day + 60:02d}{g.digits(3, string.digits)}"
    return f"{stem[:6]}-{stem[6:]}{luhn.calc_check_digit(stem)}"


def tr_ykn(g: Gen) -> str:
    """A Turkish foreigner identity number (yabancı kimlik numarası): a T.C. kimlik number starting ``99``."""
    def make() -> str:
        body = "99" + g.digits(7, string.digits)
        return body + _tr_tc.calc_check_digits(body)

    return g.valid(make, _tr_tc.is_valid)


def gb_driving_licence(g: Gen, first: str, last: str, born: date, female: bool, middle: str | None = None) -> str:
    """A DVLA driving-licence number in its layout: five letters of the family name (9-padded), the decade digit,
    the month (+50 for women), the day, the year digit, two initials (9-padded), ``9`` and two check characters
    (random here: the DVLA's rule is not published)."""
    surname = "".join(ch for ch in plain(last).upper() if ch.isalpha())
    if surname.startswith("MAC"):
        surname = "MC" + surname[3:]
    head = (surname[:5] + "99999")[:5]
    month = born.month + (50 if female else 0)
    initials = (plain(first)[:1] + (plain(middle)[:1] if middle else "")).upper().ljust(2, "9")
    return f"{head}{str(born.year)[2]}{month:02d}{born.day:02d}{str(born.year)[3]}{initials}9" \
           f"{g.rnd.choice(string.ascii_uppercase)}{g.rnd.choice(string.ascii_uppercase)}"


def it_patente(g: Gen, province: str) -> str:
    """An Italian driving-licence number in the layout of the card: a province code, seven digits, a letter."""
    return f"{province}{g.digits(7, string.digits)}{g.rnd.choice('ABCDEFGHJKLMNPRSTUVWXYZ')}"


def jp_menkyo(g: Gen) -> str:
    """A Japanese driving-licence number in its layout: the issuing commission, the year of the first licence, a
    serial, a check digit (random here) and the reissue count."""
    return f"{g.rnd.choice(['30', '45', '50', '62', '64', '80', '82', '44', '46', '90'])}{g.rnd.randint(0, 99):02d}" \
           f"{g.digits(6, string.digits)}{g.rnd.randint(0, 9)}{g.rnd.choice('0001')}"


def jp_zairyu(g: Gen) -> str:
    """A Japanese residence-card number: two letters, eight digits, two letters."""
    return g.code("AA99999999AA")


def jp_passport(g: Gen) -> str:
    return g.rnd.choice(["TK", "TR", "TZ", "MZ"]) + g.digits(7, string.digits)


def pt_sns(g: Gen) -> str:
    """A Portuguese SNS user number (número de utente): nine digits (no published check digit is used)."""
    return g.rnd.choice("12") + g.digits(8, string.digits)


# reused from v10 and v11 (python-stdnum-checked generators)
dk_cpr = v10.dk_cpr
se_pnr = v10.se_pnr
pl_pesel = v10.pl_pesel
pl_dowod = v10.pl_dowod
cz_rc = v10.cz_rc
it_cf = v10.it_cf
es_dni = v10.es_dni
es_nie = v10.es_nie
nl_bsn = v10.nl_bsn
gr_afm_person = v10.gr_afm_person
tr_tc = v10.tr_tc
us_ssn = v10.us_ssn
ca_sin = v10.ca_sin
gr_amka = v10.gr_amka
gb_nino = v10.gb_nino
jp_my_number = v11.jp_my_number
pt_cc = v11.pt_cc
gr_adt = v11.gr_adt
passport = v11.passport
not_iban = v11.not_iban


def be_rijksregister(g: Gen, born: date, female: bool) -> str:
    """A Belgian national register number ``YY.MM.DD-SSS.CC`` (python-stdnum ``be.nn`` checks it)."""
    def make() -> str:
        serial = g.rnd.randrange(2 if female else 1, 998, 2)
        stem = f"{born:%y%m%d}{serial:03d}"
        base = int(("2" if born.year >= 2000 else "") + stem)
        return f"{stem}{97 - base % 97:02d}"

    v = g.valid(make, _be_nn.is_valid)
    return f"{v[:2]}.{v[2:4]}.{v[4:6]}-{v[6:9]}.{v[9:]}"


# -- business identifiers (labeled none, tag business) -----------------------------------------------------------------


def fi_ytunnus(g: Gen) -> str:
    return _fi_ytunnus.format(g.valid(lambda: g.digits(8, "0123"), _fi_ytunnus.is_valid))


def ee_registrikood(g: Gen) -> str:
    return g.valid(lambda: g.rnd.choice("189") + g.digits(7, string.digits), _ee_reg.is_valid)


def fr_tva(g: Gen) -> str:
    def make() -> str:
        siren = g.digits(9)
        return f"FR{(12 + 3 * (int(siren) % 97)) % 97:02d}{siren}"

    return g.valid(make, _fr_tva.is_valid)


fr_siret = v10.fr_siret
pl_nip_company = v10.pl_nip_company
cz_ico = v10.cz_ico
dk_cvr = v10.dk_cvr
ru_inn_company = v10.ru_inn_company


# -- decoys shaped like personal values (labeled none, tag value_shape) ------------------------------------------------


def ean13(g: Gen, lead: str) -> str:
    body = lead + g.digits(12 - len(lead), string.digits)
    return body + _ean.calc_check_digit(body)


def not_luhn(g: Gen, lead: str = "") -> str:
    """Sixteen digits in groups of four, shaped like a card number, failing the Luhn check (a pass chip, a voucher)."""
    number = g.valid(lambda: lead + g.digits(16 - len(lead), string.digits), lambda x: not luhn.is_valid(x))
    return " ".join(number[i:i + 4] for i in range(0, 16, 4))


def not_phone(g: Gen, region: str, groups: tuple[int, ...], lead: str = "0", sep: str = " ") -> str:
    """A reference number written in digit groups like a phone number of ``region``, that is no valid number there."""
    def make() -> str:
        first = lead + g.digits(groups[0] - len(lead), string.digits) if groups[0] > len(lead) else lead
        return sep.join([first] + [g.digits(n, string.digits) for n in groups[1:]])

    def invalid(text: str) -> bool:
        try:
            return not phonenumbers.is_valid_number(phonenumbers.parse(text, region))
        except phonenumbers.NumberParseException:
            return True

    return g.valid(make, invalid)


def not_tc(g: Gen) -> str:
    """Eleven digits, no leading zero, shaped like a T.C. kimlik number but failing its check digits."""
    return g.valid(lambda: g.digits(11), lambda x: not _tr_tc.is_valid(x))


def not_cpr(g: Gen) -> str:
    """A number written ``DDMMYY-SSSS`` like a CPR number whose first pair is no day of a month (32 to 99)."""
    return f"{g.rnd.randint(32, 99)}{g.digits(4, string.digits)}-{g.digits(4, string.digits)}"


def pet_chip(g: Gen, country: str) -> str:
    """An ISO 11784 animal microchip: a three-digit country code and twelve digits."""
    return country + g.digits(12, string.digits)
