"""Value generators of held-out set v14 (:mod:`benchmarks.classification.heldout_v14`).

The random source :class:`Gen` is v13's (itself v10's to v12's: phones kept only when ``phonenumbers`` says they are
valid numbers of the wanted type, hashes, UUIDs, dates, NULL-words, padding, empty strings) seeded anew for v14, with a
generic phone generator for the regions of :attr:`Gen.NEW_REGIONS` (Syria, Afghanistan, Colombia, Costa Rica, Peru,
Chile, Kazakhstan, Belarus, Cyprus, Iceland, Argentina, Mexico and Slovakia, which no earlier generator listed, and
Norway, Ukraine and Brazil): the example number of the region's numbering plan keeps its first digits, the rest is
drawn, and ``phonenumbers`` decides what is kept.

Everything a reader could recognize as *data* is written here for v14: given and family names per language (short
hand-picked lists of common names, written anew for v14 and different from v13's; none is taken from Faker, from any
list of real people or from the classifier), streets with their country's street words, real cities and towns with the
leads of their postal codes. Companies, products and places of events are written in
:mod:`benchmarks.classification.heldout_v14` itself.

Identifiers, each checked with python-stdnum when generated (the Hungarian TAJ and adóazonosító jel, which python-stdnum
does not have, by their published checksums): Hungarian TAJ and adóazonosító jel, Finnish henkilötunnus and Y-tunnus
(business), Hungarian adószám (business), Brazilian CPF and CNPJ, Norwegian fødselsnummer, Swedish
personnummer, Icelandic kennitala, Danish CPR, Ukrainian RNOKPP, Argentine CUIT of a person, Mexican RFC of a person,
Chilean RUT, Spanish DNI/NIE, Italian codice fiscale, Polish PESEL, Czech and Slovak rodné číslo, Turkish T.C. kimlik,
Greek AMKA, French SIRET (business); IBANs of Ukraine, Costa Rica, Iceland, Cyprus, Georgia, Kazakhstan, Serbia,
Albania, Dominican Republic and the Netherlands, Spain, Italy; card numbers of several brands (Luhn).
"""

from __future__ import annotations

import random
import string
from datetime import date
from typing import Any

import phonenumbers
from stdnum import iban as _iban
from stdnum import luhn
from stdnum.ar import cuit as _cuit
from stdnum.br import cnpj as _cnpj
from stdnum.br import cpf as _cpf
from stdnum.cl import rut as _rut
from stdnum.cr import cpf as _cr_cpf
from stdnum.cz import rc as _cz_rc
from stdnum.dk import cpr as _cpr
from stdnum.es import dni as _dni
from stdnum.es import nie as _nie
from stdnum.fi import hetu as _hetu
from stdnum.fi import ytunnus as _ytunnus
from stdnum.fr import siret as _siret
from stdnum.gr import amka as _amka
from stdnum.hu import anum as _anum
from stdnum.is_ import kennitala as _kt
from stdnum.it import codicefiscale as _cf
from stdnum.mx import rfc as _rfc
from stdnum.no import fodselsnummer as _fnr
from stdnum.pe import cui as _pe_cui
from stdnum.pl import pesel as _pesel
from stdnum.se import personnummer as _pnr
from stdnum.tr import tckimlik as _tc
from stdnum.ua import rntrc as _rntrc

from benchmarks.classification import heldout_v13_values as v13
from benchmarks.classification.heldout_v2 import Column

SEED = 14_110_2026
N = "none"
#: a login or public display handle (review, as in v5 to v13)
USERNAME = "unclassified"
#: a column of several personal kinds by row (review, as in v11 to v13)
MIXED = "unclassified"
#: NULL-like strings (v13's, plus a few spelled in v14's languages)
NULLISH: tuple[str, ...] = v13.NULLISH + (
    "none on file", "not provided", "keine Angabe", "entfällt", "geen opgave", "sem informação", "não informado",
    "non comunicato", "uppgift saknas", "ikke angivet", "brak danych", "sin dato", "no consta", "neuvedeno",
    "belirtilmedi", "нет", "не указано", "κανένα", "未記入", "MIKINYU", "-/-", "xxx", "TBA", "s/d", "nincs",
    "nem adta meg")


class Gen(v13.Gen):
    """The random source of one table: ``rows`` rows, seeded from :data:`SEED` and ``table`` (v14's own seed)."""

    #: regions whose numbers are drawn from the example number of their plan (first digits kept, the rest drawn)
    NEW_REGIONS = frozenset({"SY", "AF", "CO", "CR", "PE", "CL", "KZ", "BY", "CY", "IS", "AR", "MX", "SK", "NO", "UA",
                             "BR"})

    def __init__(self, table: str, rows: int) -> None:
        super().__init__(table, rows)
        self.rnd = random.Random(f"v14:{SEED}:{table}")

    def _number(self, region: str, mobile: bool) -> phonenumbers.PhoneNumber:
        if region not in self.NEW_REGIONS:
            return super()._number(region, mobile)
        kind = phonenumbers.PhoneNumberType.MOBILE if mobile else phonenumbers.PhoneNumberType.FIXED_LINE
        accept = {kind, phonenumbers.PhoneNumberType.FIXED_LINE_OR_MOBILE}
        example = phonenumbers.example_number_for_type(region, kind)
        text = str(example.national_number)
        for _ in range(5_000):
            keep = self.rnd.choice([1, 2, 2, 3])
            body = text[:keep] + "".join(self.rnd.choice(string.digits) for _ in range(len(text) - keep))
            candidate = phonenumbers.PhoneNumber(country_code=example.country_code, national_number=int(body))
            if phonenumbers.is_valid_number(candidate) and phonenumbers.number_type(candidate) in accept and \
                    phonenumbers.region_code_for_number(candidate) == region:
                return candidate
        raise RuntimeError(f"no valid {region} number generated")

    def odd_phone(self, region: str, mobile: bool = True) -> str:
        """A valid number written with odd separators: dots, slashes, brackets around the country code."""
        number = self._number(region, mobile)
        national = str(number.national_number)
        cc = number.country_code
        style = self.rnd.choice(["dots", "brackets", "slash"])
        groups = [national[i:i + 3] for i in range(0, len(national), 3)]
        if style == "dots":
            return f"+{cc}." + ".".join(groups)
        if style == "brackets":
            return f"(+{cc}) " + " ".join(groups)
        return f"+{cc}/" + national

    def split(self, dates: list[date | None]) -> tuple[list[Any], list[Any], list[Any]]:
        """Days, months and years of ``dates`` as three integer lists (NULL stays NULL)."""
        return ([None if d is None else d.day for d in dates], [None if d is None else d.month for d in dates],
                [None if d is None else d.year for d in dates])


def c(name: str, kind: str, sql_type: str, values: list[Any], *tags: str) -> Column:
    """One labeled column."""
    return Column(name, kind, sql_type, values, frozenset(tags))


# -- names (written for v14) -------------------------------------------------------------------------------------------

#: language -> (male given names, female given names, family names); an inflected family name is a (m, f) pair
NAMES: dict[str, tuple[list[str], list[str], list[Any]]] = {
    "us": (["Brandon", "Tyler", "Cody", "Travis", "Derek", "Austin", "Garrett", "Marcus", "Trevor", "Wyatt"],
           ["Brittany", "Ashley", "Courtney", "Kayla", "Danielle", "Tiffany", "Alyssa", "Brooke", "Destiny", "Kaitlyn"],
           ["Rivera", "Mitchell", "Campbell", "Carter", "Reyes", "Ramirez", "Nguyen", "Foster", "Bennett", "Hayes",
            "Sullivan", "Brooks", "Coleman", "Jenkins", "Perry", "Powell"]),
    "gb": (["Gareth", "Rhys", "Callum", "Jamie", "Stuart", "Craig", "Nathan", "Lewis", "Owen", "Declan"],
           ["Gemma", "Kirsty", "Leanne", "Stacey", "Rebecca", "Siobhan", "Bethany", "Niamh", "Abigail", "Zoe"],
           ["Roberts", "Evans", "Thomas", "Edwards", "Morgan", "Harrison", "Patel", "Atkinson", "Marsh", "Holt",
            "Fletcher", "Barker", "Pearson", "Dixon"]),
    "de": (["Dirk", "Uwe", "Sven", "Matthias", "Florian", "Tobias", "Kai", "Henning", "Volker", "Benedikt"],
           ["Sabine", "Heike", "Anja", "Silke", "Katrin", "Miriam", "Svenja", "Doris", "Bettina", "Franziska"],
           ["Hoffmann", "Koch", "Schröder", "Neumann", "Schwarz", "Zimmermann", "Krüger", "Hartmann", "Lange",
            "Werner", "Krause", "Meier", "Lehmann", "Huber"]),
    "nl": (["Joost", "Maarten", "Gijs", "Sander", "Pieter", "Koen", "Lars", "Menno", "Rutger", "Floris"],
           ["Marieke", "Sanne", "Lotte", "Anouk", "Esther", "Marloes", "Fleur", "Ineke", "Judith", "Maaike"],
           ["Jansen", "de Boer", "Mulder", "de Groot", "Hendriks", "van Leeuwen", "Dekker", "Brouwer", "de Graaf",
            "van den Berg", "Kuipers", "Verhoeven", "Postma", "Hoekstra"]),
    "fr": (["Thierry", "Pascal", "Didier", "Yannick", "Maxime", "Romain", "Antoine", "Loïc", "Fabrice", "Julien"],
           ["Véronique", "Sandrine", "Valérie", "Aurélie", "Camille", "Manon", "Élodie", "Pauline", "Maryse", "Solène"],
           ["Lefèvre", "Moreau", "Fournier", "Girard", "Bonnet", "Dupont", "Lambert", "Fontaine", "Rousseau",
            "Vincent", "Muller", "Faure", "Mercier", "Chevalier"]),
    "es": (["Javier", "Alberto", "Sergio", "Rubén", "Álvaro", "Pablo", "Jorge", "Iván", "Adrián", "Fernando"],
           ["Marta", "Lucía", "Nuria", "Rocío", "Beatriz", "Alicia", "Pilar", "Montserrat", "Raquel", "Irene"],
           ["García", "Fernández", "López", "Martínez", "Sánchez", "Pérez", "Gómez", "Ruiz", "Hernández", "Jiménez",
            "Díaz", "Moreno", "Álvarez", "Navarro"]),
    "latam": (["Santiago", "Mateo", "Joaquín", "Emiliano", "Camilo", "Tomás", "Agustín", "Felipe"],
              ["Valentina", "Camila", "Florencia", "Daniela", "Catalina", "Guadalupe", "Ximena", "Renata"],
              ["Rojas", "Vargas", "Castillo", "Mendoza", "Aguilar", "Cárdenas", "Figueroa", "Quispe", "Herrera",
               "Sosa"]),
    "it": (["Alessandro", "Francesco", "Lorenzo", "Simone", "Stefano", "Fabio", "Roberto", "Massimo", "Gabriele",
            "Tommaso"],
           ["Francesca", "Valentina", "Alessia", "Giulia", "Martina", "Elisa", "Roberta", "Paola", "Serena", "Noemi"],
           ["Ferrari", "Russo", "Romano", "Gallo", "Costa", "Bruno", "Ricci", "Marino", "Moretti", "Barbieri",
            "Galli", "Leone", "Longo", "Gentile"]),
    "br": (["João", "Pedro", "Lucas", "Gabriel", "Rafael", "Thiago", "Leonardo", "Gustavo", "Felipe", "Matheus"],
           ["Ana Clara", "Juliana", "Fernanda", "Larissa", "Camila", "Bruna", "Letícia", "Aline", "Vanessa",
            "Patrícia"],
           ["da Silva", "Souza", "Alves", "Lima", "Carvalho", "Gomes", "Araújo", "Barbosa", "Cardoso", "Rocha",
            "Nascimento", "Moura", "Teixeira", "Cavalcanti"]),
    "pl": (["Grzegorz", "Krzysztof", "Marek", "Andrzej", "Piotr", "Wojciech", "Zbigniew", "Jerzy", "Mateusz",
            "Dawid"],
           ["Agnieszka", "Małgorzata", "Barbara", "Dorota", "Ewa", "Halina", "Joanna", "Krystyna", "Renata", "Zofia"],
           [("Nowak", "Nowak"), ("Kowalski", "Kowalska"), ("Lewandowski", "Lewandowska"), ("Dąbrowski", "Dąbrowska"),
            ("Mazur", "Mazur"), ("Krawczyk", "Krawczyk"), ("Szymański", "Szymańska"), ("Woźniak", "Woźniak"),
            ("Kozłowski", "Kozłowska"), ("Jankowski", "Jankowska"), ("Michalak", "Michalak"),
            ("Zieliński", "Zielińska")]),
    "sv": (["Anders", "Lars", "Mikael", "Per", "Magnus", "Johan", "Fredrik", "Henrik", "Linus", "Hugo"],
           ["Anna", "Karin", "Kerstin", "Lena", "Maria", "Sofia", "Maja", "Ebba", "Agnes", "Linnea"],
           ["Andersson", "Johansson", "Karlsson", "Nilsson", "Eriksson", "Larsson", "Olsson", "Persson",
            "Svensson", "Gustafsson", "Pettersson", "Jonsson", "Lindqvist", "Sjöberg"]),
    "no": (["Ole", "Knut", "Sindre", "Eirik", "Håvard", "Torbjørn"], ["Ingvild", "Solveig", "Kari", "Ragnhild",
                                                                    "Marte", "Sigrid"],
           ["Hansen", "Olsen", "Haugen", "Bakken", "Solberg", "Strand", "Berntsen"]),
    "da": (["Søren", "Niels", "Rasmus", "Anders", "Kasper", "Bo", "Jesper", "Frederik", "Oliver", "Magnus"],
           ["Mette", "Anne", "Lene", "Camilla", "Louise", "Maja", "Signe", "Karen", "Helle", "Astrid"],
           ["Jensen", "Nielsen", "Hansen", "Pedersen", "Andersen", "Christensen", "Larsen", "Sørensen", "Rasmussen",
            "Jørgensen", "Petersen", "Madsen", "Kristensen", "Olsen"]),
    "is": (["Guðmundur", "Sigurður", "Jón", "Gunnar"], ["Guðrún", "Sigríður", "Kristín", "Helga"],
           ["Jónsson", "Sigurðardóttir", "Guðmundsson", "Einarsdóttir", "Magnússon"]),
    "cs": (["Petr", "Jan", "Josef", "Pavel", "Martin", "Lukáš", "Jakub", "Vojtěch", "Radek", "Roman"],
           ["Jana", "Eva", "Hana", "Věra", "Alena", "Lenka", "Markéta", "Barbora", "Petra", "Michaela"],
           [("Novák", "Nováková"), ("Svoboda", "Svobodová"), ("Novotný", "Novotná"), ("Marek", "Marková"),
            ("Pospíšil", "Pospíšilová"), ("Hájek", "Hájková"), ("Jelínek", "Jelínková"), ("Růžička", "Růžičková"),
            ("Beneš", "Benešová"), ("Fiala", "Fialová"), ("Sedláček", "Sedláčková"), ("Král", "Králová")]),
    "sk": (["Peter", "Michal", "Juraj", "Marián"], ["Zuzana", "Katarína", "Mária", "Lucia"],
           [("Horváth", "Horváthová"), ("Kováč", "Kováčová"), ("Varga", "Vargová"), ("Tóth", "Tóthová")]),
    "tr": (["Mehmet", "Mustafa", "Ahmet", "Ali", "Hüseyin", "Hasan", "İbrahim", "Osman", "Murat", "Serkan"],
           ["Emine", "Hatice", "Zeliha", "Hülya", "Sibel", "Nurcan", "Gamze", "Büşra", "Özlem", "Yasemin"],
           ["Aksoy", "Erdoğan", "Güneş", "Kılıç", "Acar", "Özkan", "Tekin", "Kara", "Bulut", "Ünal", "Korkmaz",
            "Çetin", "Tunç", "Uçar"]),
    "ru": (["Андрей", "Иван", "Николай", "Павел", "Михаил", "Роман", "Евгений", "Владимир", "Артём", "Кирилл"],
           ["Татьяна", "Елена", "Наталья", "Ирина", "Светлана", "Юлия", "Людмила", "Ксения", "Алёна", "Валентина"],
           [("Иванов", "Иванова"), ("Петров", "Петрова"), ("Новиков", "Новикова"), ("Фёдоров", "Фёдорова"),
            ("Михайлов", "Михайлова"), ("Егоров", "Егорова"), ("Павлов", "Павлова"), ("Семёнов", "Семёнова"),
            ("Голубев", "Голубева"), ("Виноградов", "Виноградова"), ("Богданов", "Богданова"),
            ("Воробьёв", "Воробьёва")]),
    "kz": (["Нурлан", "Ерлан", "Асхат"], ["Айгуль", "Динара", "Жанар"],
           [("Сейткали", "Сейткали"), ("Ахметов", "Ахметова"), ("Жумабаев", "Жумабаева")]),
    "el": (["Παναγιώτης", "Βασίλης", "Χρήστος", "Θανάσης", "Σπύρος", "Στέλιος", "Μιχάλης", "Ηλίας", "Αποστόλης"],
           ["Παναγιώτα", "Βασιλική", "Χριστίνα", "Ευαγγελία", "Αναστασία", "Σταυρούλα", "Ιωάννα", "Δέσποινα", "Ειρήνη"],
           [("Παπαδόπουλος", "Παπαδοπούλου"), ("Νικολάου", "Νικολάου"), ("Ιωάννου", "Ιωάννου"),
            ("Μακρής", "Μακρή"), ("Αλεξίου", "Αλεξίου"), ("Καραγιάννης", "Καραγιάννη"), ("Παππάς", "Παππά"),
            ("Σταυρόπουλος", "Σταυροπούλου"), ("Λαμπράκης", "Λαμπράκη"), ("Χατζηδάκης", "Χατζηδάκη")]),
    "hu": (["László", "István", "Zoltán", "Gábor", "Attila", "Tamás", "Ferenc", "Sándor", "Csaba", "Imre"],
           ["Erzsébet", "Katalin", "Ildikó", "Zsuzsanna", "Mária", "Éva", "Krisztina", "Andrea", "Edit", "Piroska"],
           ["Nagy", "Kovács", "Tóth", "Szabó", "Horváth", "Varga", "Kiss", "Molnár", "Németh", "Farkas", "Balogh",
            "Papp", "Lakatos", "Takács"]),
    "fi": (["Jukka", "Timo", "Matti", "Pekka", "Juha", "Antti", "Ville", "Eero", "Aleksi", "Lauri"],
           ["Tuula", "Riitta", "Päivi", "Sari", "Minna", "Anu", "Henna", "Aino", "Venla", "Eveliina"],
           ["Korhonen", "Virtanen", "Mäkinen", "Nieminen", "Mäkelä", "Hämäläinen", "Laine", "Heikkinen", "Koskinen",
            "Järvinen", "Lehtonen", "Saarinen", "Salminen", "Heinonen"]),
    # newcomers in the German language course (romanized as on their papers)
    "uk": (["Dmytro", "Serhii", "Volodymyr", "Yurii"], ["Nataliia", "Tetiana", "Oksana", "Svitlana"],
           ["Kravchenko", "Boiko", "Lysenko", "Moroz", "Rudenko", "Savchenko"]),
    "ar": (["Mohammad", "Ahmad", "Khaled", "Omar", "Yousef"], ["Fatima", "Rasha", "Lina", "Noor", "Hiba"],
           ["Al-Hassan", "Haddad", "Khalil", "Darwish", "Mansour", "Nasser"]),
    "fa": (["Ahmad Shah", "Farid", "Javid", "Nasir"], ["Mariam", "Zahra", "Shabnam", "Parwana"],
           ["Rahimi", "Ahmadzai", "Hakimi", "Noori", "Sultani"]),
}

#: Japanese names: (kanji, katakana reading, romaji) (written for v14)
JA_MALE = [("健", "ケン", "Ken"), ("大輝", "ダイキ", "Daiki"), ("悠斗", "ユウト", "Yuto"), ("蓮", "レン", "Ren"),
           ("修", "オサム", "Osamu"), ("浩", "ヒロシ", "Hiroshi"), ("隆", "タカシ", "Takashi"), ("翼", "ツバサ", "Tsubasa"),
           ("颯太", "ソウタ", "Sota"), ("湊", "ミナト", "Minato")]
JA_FEMALE = [("さくら", "サクラ", "Sakura"), ("葵", "アオイ", "Aoi"), ("美咲", "ミサキ", "Misaki"),
             ("恵子", "ケイコ", "Keiko"), ("直美", "ナオミ", "Naomi"), ("凛", "リン", "Rin"), ("芽依", "メイ", "Mei"),
             ("優子", "ユウコ", "Yuko"), ("紗希", "サキ", "Saki"), ("陽子", "ヨウコ", "Yoko")]
JA_LAST = [("斎藤", "サイトウ", "Saito"), ("藤田", "フジタ", "Fujita"), ("岡田", "オカダ", "Okada"),
           ("後藤", "ゴトウ", "Goto"), ("長谷川", "ハセガワ", "Hasegawa"), ("村上", "ムラカミ", "Murakami"),
           ("近藤", "コンドウ", "Kondo"), ("石井", "イシイ", "Ishii"), ("坂本", "サカモト", "Sakamoto"),
           ("遠藤", "エンドウ", "Endo"), ("青木", "アオキ", "Aoki"), ("藤井", "フジイ", "Fujii"),
           ("西村", "ニシムラ", "Nishimura"), ("福田", "フクダ", "Fukuda")]


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


def ja_person(g: Gen, female: bool | None = None) -> tuple[tuple[str, str, str], tuple[str, str, str]]:
    """A Japanese (given name, family name), each as (kanji, katakana, romaji)."""
    female = g.rnd.random() < 0.5 if female is None else female
    return g.rnd.choice(JA_FEMALE if female else JA_MALE), g.rnd.choice(JA_LAST)


# -- places (written for v14) ------------------------------------------------------------------------------------------

#: country -> (city or town, leading digits or letters of its postal codes)
CITIES: dict[str, list[tuple[str, str]]] = {
    "US": [("Asheville", "288"), ("Boise", "837"), ("Spokane", "992"), ("Savannah", "314"), ("Fresno", "937"),
           ("Des Moines", "503"), ("Chattanooga", "374"), ("Eugene", "974"), ("Tulsa", "741"), ("Reno", "895")],
    "GB": [("Norwich", "NR"), ("Exeter", "EX"), ("Swansea", "SA"), ("Carlisle", "CA"), ("Lincoln", "LN"),
           ("Cambridge", "CB"), ("Plymouth", "PL"), ("Huddersfield", "HD")],
    "NL": [("Haarlem", "20"), ("Nijmegen", "65"), ("Groningen", "97"), ("Maastricht", "62"), ("Alkmaar", "18"),
           ("Dordrecht", "33"), ("Enschede", "75"), ("Den Bosch", "52")],
    "DE": [("Göttingen", "370"), ("Bamberg", "960"), ("Lüneburg", "213"), ("Gießen", "353"), ("Erlangen", "910"),
           ("Schwerin", "190"), ("Kaiserslautern", "676"), ("Bielefeld", "336"), ("Cottbus", "030")],
    "BR": [("Campinas", "130"), ("Curitiba", "800"), ("Recife", "500"), ("Florianópolis", "880"),
           ("Belo Horizonte", "301"), ("Goiânia", "740"), ("Salvador", "401"), ("Porto Alegre", "900")],
    "PT": [("Aveiro", "38"), ("Braga", "47"), ("Coimbra", "30"), ("Faro", "80"), ("Santa Maria da Feira", "45")],
    "IT": [("Bergamo", "241"), ("Modena", "411"), ("Pescara", "651"), ("Verona", "371"), ("Cagliari", "091"),
           ("Bari", "701"), ("Treviso", "311"), ("Rimini", "479")],
    "SE": [("Uppsala", "75"), ("Linköping", "58"), ("Gävle", "80"), ("Sundsvall", "85"), ("Halmstad", "30"),
           ("Kalmar", "39"), ("Östersund", "83"), ("Norrköping", "60")],
    "NO": [("Drammen", "30"), ("Tromsø", "90"), ("Bodø", "80"), ("Halden", "17")],
    "FR": [("Rennes", "35"), ("Dijon", "21"), ("Clermont-Ferrand", "63"), ("Caen", "14"), ("Nancy", "54"),
           ("Aurillac", "15"), ("Laval", "53"), ("Saint-Lô", "50")],
    "PL": [("Częstochowa", "42"), ("Radom", "26"), ("Bydgoszcz", "85"), ("Gliwice", "44"), ("Zamość", "22"),
           ("Tarnów", "33"), ("Płock", "09"), ("Elbląg", "82")],
    "ES": [("Valladolid", "47"), ("Murcia", "30"), ("Alicante", "03"), ("Pamplona", "31"), ("Granada", "18"),
           ("Burgos", "09"), ("Vigo", "36"), ("Badajoz", "06")],
    "CZ": [("Olomouc", "779"), ("Liberec", "460"), ("Pardubice", "530"), ("Zlín", "760"), ("Kladno", "272"),
           ("Hradec Králové", "500"), ("Opava", "746"), ("Most", "434")],
    "SK": [("Žilina", "010"), ("Nitra", "949"), ("Trnava", "917")],
    "TR": [("Bursa", "16"), ("Antalya", "07"), ("Adana", "01"), ("Malatya", "44"), ("Sakarya", "54"),
           ("Erzurum", "25"), ("Tekirdağ", "59"), ("Muğla", "48")],
    "RU": [("Новосибирск", "630"), ("Екатеринбург", "620"), ("Нижний Новгород", "603"), ("Челябинск", "454"),
           ("Уфа", "450"), ("Красноярск", "660"), ("Саратов", "410"), ("Тверь", "170")],
    "KZ": [("Алматы", "050"), ("Караганда", "100"), ("Павлодар", "140")],
    "GR": [("Θεσσαλονίκη", "54"), ("Καλαμάτα", "24"), ("Κομοτηνή", "69"), ("Τρίκαλα", "42"), ("Ρόδος", "85"),
           ("Αγρίνιο", "30"), ("Ξάνθη", "67"), ("Χαλκίδα", "34")],
    "CY": [("Λευκωσία", "10"), ("Λεμεσός", "30"), ("Λάρνακα", "60")],
    "DK": [("Odense", "5"), ("Aarhus", "8"), ("Kolding", "60"), ("Randers", "89"), ("Næstved", "47"),
           ("Silkeborg", "86"), ("Hillerød", "34"), ("Fredericia", "70")],
    "IS": [("Reykjavík", "1"), ("Akureyri", "6"), ("Kópavogur", "2")],
    "HU": [("Kecskemét", "60"), ("Debrecen", "40"), ("Szeged", "67"), ("Pécs", "76"), ("Győr", "90"), ("Eger", "33"),
           ("Nyíregyháza", "44"), ("Gyula", "57")],
    "FI": [("Oulu", "90"), ("Kuopio", "70"), ("Jyväskylä", "40"), ("Rovaniemi", "96"), ("Lahti", "15"),
           ("Joensuu", "80"), ("Vaasa", "65"), ("Seinäjoki", "60")],
    "JP": [("横浜市", "220"), ("名古屋市", "460"), ("福岡市", "810"), ("静岡市", "420"), ("熊本市", "860"),
           ("新潟市", "950"), ("高松市", "760"), ("盛岡市", "020")],
}

#: Japanese cities in romaji, with the same postal leads
JA_LATN_CITIES = [("Yokohama-shi", "220"), ("Nagoya-shi", "460"), ("Fukuoka-shi", "810"), ("Shizuoka-shi", "420"),
                  ("Kumamoto-shi", "860"), ("Niigata-shi", "950"), ("Takamatsu-shi", "760"), ("Morioka-shi", "020")]


def city(g: Gen, country: str) -> tuple[str, str]:
    return g.rnd.choice(CITIES[country])


def postal(g: Gen, country: str, lead: str) -> str:
    """A postal code of ``country`` in its usual layout, starting with ``lead``."""
    def fill(n: int) -> str:
        return (lead + "".join(g.rnd.choice(string.digits) for _ in range(n)))[:n]

    if country in {"US", "DE", "IT", "FR", "ES", "TR"}:
        return fill(5)
    if country == "FI":
        return fill(5)
    if country in {"DK", "NO", "CY", "HU"}:
        return fill(4)
    if country == "IS":
        return fill(3)
    if country in {"RU", "KZ"}:
        return fill(6)
    if country == "NL":
        return fill(4) + g.rnd.choice([" ", ""]) + g.code("AA").replace("S", "T")
    if country == "BR":
        d = fill(8)
        return f"{d[:5]}-{d[5:]}"
    if country == "PT":
        d = fill(7)
        return f"{d[:4]}-{d[4:]}"
    if country == "PL":
        d = fill(5)
        return f"{d[:2]}-{d[2:]}"
    if country in {"CZ", "SK", "SE", "GR"}:
        d = fill(5)
        return f"{d[:3]} {d[3:]}"
    if country == "JP":
        d = fill(7)
        return f"{d[:3]}-{d[3:]}"
    if country == "GB":
        return f"{lead}{g.rnd.randint(1, 20)} {g.rnd.randint(1, 9)}{g.code('AA').replace('C', 'D').replace('I', 'L')}"
    raise ValueError(country)


#: language -> street names with the country's street words (written for v14)
STREETS: dict[str, list[str]] = {
    "us": ["Maple Ave", "Oak Street", "Pine Ridge Rd", "Sunset Blvd", "Cedar Ct", "Elm St", "Willow Creek Dr",
           "Main St", "Park Pl", "Highland Ave"],
    "gb": ["Station Road", "Church Lane", "Victoria Street", "The Crescent", "Queens Drive", "Meadow View",
           "Castle Street", "Albert Terrace"],
    "nl": ["Dorpsstraat", "Stationsweg", "Julianalaan", "Beatrixstraat", "Schoolstraat", "Prinsengracht",
           "Nieuwe Gracht", "Kastanjelaan"],
    "de": ["Bahnhofstraße", "Gartenstraße", "Schillerstr.", "Lindenweg", "Am Markt", "Goethestraße", "Waldweg",
           "Schulstraße", "Talstr.", "Brunnengasse"],
    "br": ["Rua das Palmeiras", "Avenida Paulista", "Rua XV de Novembro", "Rua Sete de Setembro",
           "Avenida Brasil", "Rua Tiradentes", "Alameda Santos"],
    "it": ["Via Roma", "Via Mazzini", "Via Cavour", "Corso Italia", "Via Verdi", "Viale dei Mille",
           "Via XX Settembre", "Piazza Garibaldi"],
    "sv": ["Kungsgatan", "Drottninggatan", "Skolgatan", "Parkvägen", "Granvägen", "Södra Långgatan", "Järnvägsgatan"],
    "no": ["Storgata", "Kirkeveien", "Skolegata", "Fjordveien"],
    "fr": ["rue Victor Hugo", "avenue de la Gare", "rue Pasteur", "impasse des Lilas", "route de Lyon",
           "rue du Moulin", "place de l'Église"],
    "pl": ["ul. Mickiewicza", "ul. Słowackiego", "ul. Polna", "ul. Krótka", "ul. Leśna", "os. Słoneczne",
           "ul. Piłsudskiego", "ul. Kolejowa"],
    "es": ["Calle Real", "Avenida de la Constitución", "Calle San Juan", "Calle del Carmen", "Ronda Sur",
           "Plaza Mayor", "Calle Nueva"],
    "cs": ["Masarykova", "Nádražní", "Školní", "Jiráskova", "Tyršova", "Havlíčkova", "Zahradní", "Smetanova"],
    "tr": ["Cumhuriyet Cad.", "Bağlar Sok.", "Gül Sok.", "Kazım Karabekir Cad.", "Yeni Mah. Papatya Sok.",
           "Mimar Sinan Cad."],
    "ru": ["ул. Ленина", "ул. Гагарина", "ул. Советская", "ул. Молодёжная", "ул. Набережная", "пер. Почтовый",
           "ул. Мира"],
    "el": ["Αγίου Δημητρίου", "Εγνατίας", "Τσιμισκή", "Αριστοτέλους", "Παπαναστασίου", "Ανδρέα Παπανδρέου",
           "Ηρώων Πολυτεχνείου"],
    "hu": ["Petőfi Sándor utca", "Kossuth Lajos utca", "Rákóczi út", "Ady Endre utca", "Dózsa György út",
           "Szőlőhegy dűlő", "Jókai tér", "Arany János utca"],
    "fi": ["Kauppakatu", "Koulukatu", "Rantatie", "Koivukuja", "Myllytie", "Pihlajatie", "Kirkkokatu", "Ahotie"],
    "da": ["Vestergade", "Østergade", "Nørregade", "Strandvejen", "Kirkevej", "Bøgevej", "Ahornvej"],
}


def street(g: Gen, lang: str) -> str:
    """A street line in the usual layout of ``lang``."""
    s = g.rnd.choice(STREETS[lang])
    n = g.rnd.randint(1, 180)
    if lang == "us":
        return f"{n * 10 + g.rnd.randint(0, 9)} {s}" + (f" Unit {g.rnd.randint(1, 40)}" if g.rnd.random() < 0.2
                                                        else "")
    if lang in {"gb", "fr"}:
        return f"{n} {s}" if lang == "fr" or g.rnd.random() < 0.8 else f"Flat {g.rnd.randint(1, 12)}, {n} {s}"
    if lang == "br":
        return f"{s}, {n * 7}" + (f", apto {g.rnd.randint(11, 1204)}" if g.rnd.random() < 0.4 else "")
    if lang == "es":
        return f"{s}, {n}" + (f", {g.rnd.randint(1, 9)}º {g.rnd.choice('ABCD')}" if g.rnd.random() < 0.4 else "")
    if lang == "it":
        return f"{s} {n}" if g.rnd.random() < 0.7 else f"{s}, {n}/{g.rnd.choice('ABC')}"
    if lang == "tr":
        return f"{s} No:{n} Daire:{g.rnd.randint(1, 24)}"
    if lang == "ru":
        return f"{s}, д. {n}" + (f", кв. {g.rnd.randint(1, 300)}" if g.rnd.random() < 0.8 else "")
    if lang == "el":
        return f"{s} {n}"
    if lang == "hu":
        return f"{s} {n}." + (f" {g.rnd.randint(1, 4)}. em. {g.rnd.randint(1, 12)}." if g.rnd.random() < 0.25 else "")
    if lang == "fi":
        return f"{s} {n}" + (f" {g.rnd.choice('ABC')} {g.rnd.randint(1, 30)}" if g.rnd.random() < 0.4 else "")
    if lang == "cs":
        return f"{s} {g.rnd.randint(100, 3200)}/{g.rnd.randint(1, 60)}"
    if lang == "pl":
        return f"{s} {n}" + (f"/{g.rnd.randint(1, 80)}" if g.rnd.random() < 0.5 else "")
    if lang == "nl":
        return f"{s} {n}" + (g.rnd.choice(["a", "-II", " bis", "-1"]) if g.rnd.random() < 0.2 else "")
    if lang == "da":
        return f"{s} {n}" + (f", {g.rnd.choice(['st.', '1.', '2.'])} {g.rnd.choice(['tv.', 'th.', 'mf.'])}"
                             if g.rnd.random() < 0.3 else "")
    return f"{s} {n}"


# -- mechanics reused from v10 to v13 ----------------------------------------------------------------------------------

email = v13.email
emails = v13.emails
plain = v13.plain
latin = v13.latin
handle = v13.handle
iban = v13.iban
wareki = v13.wareki
not_phone = v13.not_phone
not_luhn = v13.not_luhn
se_orgnr = v13.se_orgnr
cz_ico = v13.cz_ico

#: BBAN layouts of countries no earlier generator knew (python-stdnum's IBAN registry checks the result)
NEW_BBAN = {"UA": "999999ZZZZZZZZZZZZZZZZZZZ", "CR": "099999999999999999", "IS": "9999999999999999999999",
            "CY": "99999999ZZZZZZZZZZZZZZZZ", "GE": "AA9999999999999999", "KZ": "999ZZZZZZZZZZZZZ",
            "RS": "999999999999999999", "AL": "99999999ZZZZZZZZZZZZZZZZ", "DO": "AAAA99999999999999999999",
            "NO": "99999999999"}


def iban_new(g: Gen, country: str, spaced: bool = False) -> str:
    """A valid IBAN of a country in :data:`NEW_BBAN` (check digits computed, checked by python-stdnum)."""
    def make() -> str:
        bban = g.code(NEW_BBAN[country]).upper()
        check = 98 - int("".join(str(int(ch, 36)) for ch in bban + country + "00")) % 97
        return f"{country}{check:02d}{bban}"

    number = g.valid(make, _iban.is_valid)
    return " ".join(number[i:i + 4] for i in range(0, len(number), 4)) if spaced else number


#: card brand -> (leading digits, length)
CARD_BRANDS = {"visa": (["4"], 16), "mastercard": (["51", "53", "55", "2221", "2720"], 16), "amex": (["34", "37"], 15),
               "discover": (["6011", "65"], 16), "jcb": (["3528", "3589"], 16), "diners": (["36", "38"], 14),
               "maestro": (["6759", "5018"], 16)}


def card(g: Gen, brands: list[str] | None = None, style: str = "plain") -> str:
    """A card number passing Luhn, of one of ``brands``; ``style`` plain, spaced (groups of 4) or dashed."""
    brand = g.rnd.choice(brands or list(CARD_BRANDS))
    leads, length = CARD_BRANDS[brand]
    body = g.rnd.choice(leads)
    body += "".join(g.rnd.choice(string.digits) for _ in range(length - len(body) - 1))
    number = body + luhn.calc_check_digit(body)
    if style == "plain":
        return number
    groups = [number[i:i + 4] for i in range(0, len(number), 4)]
    return (" " if style == "spaced" else "-").join(groups)


# -- identifiers (checked with python-stdnum when generated) -----------------------------------------------------------


def br_cpf(g: Gen, formatted: bool = True) -> str:
    def make() -> str:
        body = g.digits(9, string.digits)
        return body + _cpf._calc_check_digits(body)

    number = g.valid(make, _cpf.is_valid)
    return _cpf.format(number) if formatted else number


def br_cnpj(g: Gen) -> str:
    def make() -> str:
        body = g.digits(8, string.digits) + "0001"
        return body + _cnpj.calc_check_digits(body)

    return _cnpj.format(g.valid(make, _cnpj.is_valid))


def no_fnr(g: Gen, born: date, female: bool) -> str:
    def make() -> str:
        serial = g.rnd.randrange(0, 500) if born.year < 2000 else g.rnd.randrange(500, 1000)
        if (serial % 10 % 2 == 0) != female:  # the third digit of the personal number is even for women
            serial = serial - 1 if serial % 2 else serial + 1
            serial = min(max(serial, 0), 999)
        body = f"{born:%d%m%y}{serial:03d}"
        k1 = (11 - sum(int(a) * b for a, b in zip(body, (3, 7, 6, 1, 8, 9, 4, 5, 2))) % 11) % 11
        k2 = (11 - sum(int(a) * b for a, b in zip(body + str(k1), (5, 4, 3, 2, 7, 6, 5, 4, 3, 2))) % 11) % 11
        return body + str(k1 % 10) + str(k2 % 10) if k1 < 10 and k2 < 10 else "0"

    return g.valid(make, _fnr.is_valid)


def se_pnr(g: Gen, born: date, long: bool = False) -> str:
    def make() -> str:
        body = f"{born:%y%m%d}{g.digits(3, string.digits)}"
        check = luhn.calc_check_digit(body)
        century = str(born.year)[:2] if long else ""
        return f"{century}{body[:6]}-{body[6:]}{check}"

    return g.valid(make, _pnr.is_valid)


def is_kennitala(g: Gen, born: date) -> str:
    def make() -> str:
        body = f"{born:%d%m%y}{g.rnd.randint(20, 99):02d}"
        weights = (3, 2, 7, 6, 5, 4, 3, 2)
        check = (11 - sum(int(a) * w for a, w in zip(body, weights)) % 11) % 11
        century = "9" if born.year < 2000 else "0"
        return f"{body[:6]}-{body[6:]}{check}{century}" if check < 10 else "x"

    return g.valid(make, _kt.is_valid)


def dk_cpr(g: Gen, born: date) -> str:
    def make() -> str:
        if born.year < 2000:
            first = g.rnd.choice("0123")
        else:
            first = g.rnd.choice("4")
        return f"{born:%d%m%y}-{first}{g.digits(3, string.digits)}"

    return g.valid(make, lambda x: _cpr.is_valid(x) and _cpr.get_birth_date(x) == born)


def ua_rnokpp(g: Gen) -> str:
    return g.valid(lambda: g.digits(10), _rntrc.is_valid)


def ar_cuit_person(g: Gen, female: bool) -> str:
    def make() -> str:
        body = ("27" if female else "20") + g.digits(8, "123")
        return body + _cuit.calc_check_digit(body)

    return _cuit.format(g.valid(make, _cuit.is_valid))


def mx_rfc_person(g: Gen, first: str, last: str, born: date) -> str:
    def make() -> str:
        a = plain(last).upper()
        name = (a[:1] + next((ch for ch in a[1:] if ch in "AEIOU"), "X") + g.rnd.choice(string.ascii_uppercase)
                + plain(first).upper()[:1])
        body = f"{name}{born:%y%m%d}{g.code('ZZ').upper().replace('O', '0')}"
        return body + _rfc.calc_check_digit(body)

    return g.valid(make, _rfc.is_valid)


def cl_rut(g: Gen) -> str:
    def make() -> str:
        body = str(g.rnd.randint(6_000_000, 25_999_999))
        return body + _rut.calc_check_digit(body)

    return _rut.format(g.valid(make, _rut.is_valid))


def es_dni(g: Gen) -> str:
    def make() -> str:
        body = g.digits(8, string.digits)
        return body + _dni.calc_check_digit(body)

    return g.valid(make, _dni.is_valid)


def es_nie(g: Gen) -> str:
    def make() -> str:
        body = g.rnd.choice("XYZ") + g.digits(7, string.digits)
        return body + _nie.calc_check_digit(body)

    return g.valid(make, _nie.is_valid)


_CF_MONTHS = "ABCDEHLMPRST"


def it_cf(g: Gen, first: str, last: str, born: date, female: bool) -> str:
    """An Italian codice fiscale built from the name, the date of birth and a municipality code."""
    def letters(text: str, given_rule: bool) -> str:
        t = plain(text).upper()
        cons = [ch for ch in t if ch.isalpha() and ch not in "AEIOU"]
        vows = [ch for ch in t if ch in "AEIOU"]
        if given_rule and len(cons) >= 4:
            cons = [cons[0], cons[2], cons[3]]
        return ("".join(cons + vows) + "XXX")[:3]

    def make() -> str:
        day = born.day + (40 if female else 0)
        town = g.rnd.choice(["A794", "F257", "G482", "L781", "B354", "H501", "A662", "L407"])
        body = f"{letters(last, False)}{letters(first, True)}{born:%y}{_CF_MONTHS[born.month - 1]}{day:02d}{town}"
        return body + _cf.calc_check_digit(body)

    return g.valid(make, _cf.is_valid)


def pl_pesel(g: Gen, born: date, female: bool) -> str:
    def make() -> str:
        month = born.month + (20 if born.year >= 2000 else 0)
        serial = g.digits(3, string.digits) + str(g.rnd.choice("02468" if female else "13579"))
        body = f"{born:%y}{month:02d}{born:%d}{serial}"
        return body + _pesel.calc_check_digit(body)

    return g.valid(make, _pesel.is_valid)


def cz_rc(g: Gen, born: date, female: bool, slash: bool = True) -> str:
    def make() -> str:
        month = born.month + (50 if female else 0)
        head = f"{born:%y}{month:02d}{born:%d}"
        tail = g.digits(3, string.digits)
        check = int(head + tail) % 11 % 10
        text = head + tail + str(check)
        return f"{text[:6]}/{text[6:]}" if slash else text

    return g.valid(make, _cz_rc.is_valid)


def tr_tc(g: Gen) -> str:
    def make() -> str:
        body = g.digits(9)
        return body + _tc.calc_check_digits(body)

    return g.valid(make, _tc.is_valid)


def gr_amka(g: Gen, born: date) -> str:
    def make() -> str:
        body = f"{born:%d%m%y}{g.digits(4, string.digits)}"
        return body + luhn.calc_check_digit(body)

    return g.valid(make, _amka.is_valid)


def fr_siret(g: Gen) -> str:
    def make() -> str:
        siren = g.digits(8) + ""
        siren += luhn.calc_check_digit(siren)
        nic = g.digits(4, "0")
        body = siren + nic
        return body + luhn.calc_check_digit(body)

    return g.valid(make, _siret.is_valid)


def not_luhn_plain(g: Gen, lead: str, length: int) -> str:
    """Digits shaped like a card number that fail the Luhn check (a gift card, a locker pass)."""
    return g.valid(lambda: lead + g.digits(length - len(lead), string.digits), lambda x: not luhn.is_valid(x))


def not_cpf(g: Gen) -> str:
    """Eleven digits written ``999.999.999-99`` like a CPF that fail its check (a protocol number)."""
    number = g.valid(lambda: g.digits(11, string.digits), lambda x: not _cpf.is_valid(x))
    return f"{number[:3]}.{number[3:6]}.{number[6:9]}-{number[9:]}"


def not_tc(g: Gen) -> str:
    return g.valid(lambda: g.digits(11), lambda x: not _tc.is_valid(x))


def cr_cedula(g: Gen) -> str:
    """A Costa Rican cédula de persona física, written ``0P-TTTT-AAAA`` (python-stdnum ``cr.cpf`` checks it)."""
    def make() -> str:
        return f"0{g.rnd.randint(1, 7)}-{g.rnd.randint(100, 1999):04d}-{g.rnd.randint(1, 999):04d}"

    return g.valid(make, _cr_cpf.is_valid)


def pe_cui(g: Gen) -> str:
    """A Peruvian CUI (the DNI number and its check digit; python-stdnum ``pe.cui`` checks it)."""
    def make() -> str:
        body = g.digits(8, "1234567")
        return body + _pe_cui.calc_check_digits(body)[0]

    return g.valid(make, _pe_cui.is_valid)


def hu_taj(g: Gen, spaced: bool = True) -> str:
    """A Hungarian social-security number (TAJ): eight digits and a check digit (weights 3 and 7 alternating, modulo
    10); python-stdnum has no module for it, the test checks it again independently."""
    body = g.digits(8, "123456789")
    check = sum(int(d) * (3 if i % 2 == 0 else 7) for i, d in enumerate(body)) % 10
    number = body + str(check)
    return f"{number[:3]} {number[3:6]} {number[6:]}" if spaced else number


def hu_adoazonosito(g: Gen, born: date) -> str:
    """A Hungarian personal tax number (adóazonosító jel): ``8``, the days from 1867-01-01 to the birth, a serial and a
    check digit (the digits weighted 1 .. 9, modulo 11, never 10)."""
    def make() -> str:
        body = "8" + f"{(born - date(1867, 1, 1)).days:05d}" + g.digits(3, string.digits)
        check = sum(int(d) * (i + 1) for i, d in enumerate(body)) % 11
        return body + str(check) if check < 10 else "x"

    return g.valid(make, lambda x: x != "x")


def hu_anum(g: Gen) -> str:
    """A Hungarian company tax number (adószám): eight digits checked by python-stdnum ``hu.anum``, then the VAT
    code and the county code (``12345676-2-13``)."""
    def make() -> str:
        body = g.digits(7)
        return body + str(-sum(w * int(d) for w, d in zip((9, 7, 3, 1, 9, 7, 3), body)) % 10)

    return f"{g.valid(make, _anum.is_valid)}-{g.rnd.choice('23')}-{g.rnd.choice(['03', '09', '13', '15', '06'])}"


def fi_hetu(g: Gen, born: date, female: bool) -> str:
    """A Finnish personal identity code (henkilötunnus), checked by python-stdnum ``fi.hetu``."""
    def make() -> str:
        serial = g.rnd.randrange(2, 900)
        if (serial % 2 == 0) != female:
            serial += 1
        sign = "-" if born.year < 2000 else "A"
        number = int(f"{born:%d%m%y}{serial:03d}")
        return f"{born:%d%m%y}{sign}{serial:03d}{'0123456789ABCDEFHJKLMNPRSTUVWXY'[number % 31]}"

    return g.valid(make, _hetu.is_valid)


def fi_ytunnus(g: Gen) -> str:
    def make() -> str:
        body = g.digits(7, "12")
        return f"{body}-{g.rnd.choice(string.digits)}"

    return g.valid(make, _ytunnus.is_valid)
