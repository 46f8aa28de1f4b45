"""Values of held-out set v44 (:mod:`benchmarks.classification.heldout_v44`): v44's random source, names, streets,
cities and postal codes written by hand for v44 (no Faker, no list of real people), phones checked with phonenumbers
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
from stdnum import luhn
from stdnum.es import dni as _dni
from stdnum.es import nie as _nie
from stdnum.it import codicefiscale as _cf
from stdnum.it import iva as _iva
from stdnum.jp import cn as _jpcn
from stdnum.nl import bsn as _bsn
from stdnum.pl import nip as _nip
from stdnum.pl import pesel as _pesel
from stdnum.pt import nif as _nif
from stdnum.se import personnummer as _pnr
from stdnum.us import ssn as _ssn

from benchmarks.classification.heldout_v2 import Column

SEED = 44_517_2026
N = "none"
#: a login (review, as in v27)
USERNAME = "unclassified"
#: NULL-like strings of v44's systems (tests skip them)
NULLISH: tuple[str, ...] = (
    "", " ", "-", "--", "NULL", "null", "n/a", "N/A", "NA", "none", "None", "unknown", "?", "k.A.", "keine",
    "néant", "s/d", "sin datos", "n.d.", "nvt", "brak", "sem dados", "saknas", "なし", "0")


def fold(text: str) -> str:
    text = unicodedata.normalize("NFKD", text.lower())
    return "".join(ch for ch in text if not unicodedata.combining(ch)).replace("ß", "ss").replace("'", "")


class Gen:
    """The random source of one table: ``rows`` rows, seeded from :data:`SEED` and ``table``."""

    def __init__(self, table: str, rows: int) -> None:
        self.table = table
        self.rows = rows
        self.rnd = random.Random(f"v44:{SEED}:{table}")

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
                return self.rnd.choice(["614", "216", "513", "919", "704", "336", "602", "480", "520", "702"]) + \
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


# -- names (written for v44) -------------------------------------------------------------------------------------------

#: language -> (male given names, female given names, family names)
NAMES: dict[str, tuple[list[str], list[str], list[str]]] = {
    "uk": (["Alistair", "Bartholomew", "Callum", "Dominic", "Euan", "Fergus", "Gareth", "Hamish", "Ieuan", "Jolyon",
            "Kieran", "Lachlan", "Morgan", "Niall", "Oliver", "Piers", "Rhys", "Seamus", "Tobias", "Wilfred",
            "Crispin", "Declan", "Rupert", "Stanley", "Hugo"],
           ["Araminta", "Bryony", "Cerys", "Davina", "Elspeth", "Fenella", "Gwendolyn", "Harriet", "Isla", "Jemima",
            "Kirsty", "Lowri", "Morwenna", "Niamh", "Ottilie", "Philippa", "Rhiannon", "Saoirse", "Tamsin", "Verity",
            "Wren", "Anwen", "Cordelia", "Esme", "Felicity"],
           ["Abernethy", "Blackwood", "Cartwright", "Dalgleish", "Entwistle", "Featherstone", "Gillespie", "Hargreaves",
            "Illingworth", "Jevons", "Kershaw", "Llewellyn", "McAllister", "Naylor", "Oddie", "Pritchard", "Quayle",
            "Ramsbottom", "Sutcliffe", "Trelawny", "Umfreville", "Vowles", "Whitworth", "Yeardley", "Ackroyd",
            "Braithwaite", "Crabtree", "Dewhurst", "Fothergill", "Greenwood", "Hebblethwaite", "Jowett", "Kilbride",
            "Lumsden", "Murgatroyd", "Nuttall", "Ormondroyd", "Pickersgill", "Rowbotham", "Sidebottom", "Tunnicliffe",
            "Wolstenholme"]),
    "us": (["Amos", "Beau", "Cletus", "Dwayne", "Ezekiel", "Forrest", "Garrett", "Hollis", "Ike", "Jeb", "Kip",
            "Luther", "Marcus", "Nolan", "Otis", "Porter", "Quincy", "Royce", "Silas", "Tanner", "Ulysses", "Vance",
            "Waylon", "Xavier", "Zeke", "DeShawn", "Jamal", "Luis", "Mateo", "Trung"],
           ["Abigail", "Bethany", "Cheyenne", "Dolores", "Evangeline", "Faith", "Georgina", "Hazel", "Ivy", "Jolene",
            "Kaylee", "Loretta", "Mabel", "Nevaeh", "Opal", "Peyton", "Raelynn", "Savannah", "Tallulah", "Vera",
            "Willa", "Yesenia", "Zora", "Latoya", "Guadalupe", "Keisha", "Mei", "Priya"],
           ["Applegate", "Buckner", "Cornett", "Dunaway", "Eckhardt", "Fenwick", "Gaskins", "Hatfield", "Ingram",
            "Jernigan", "Kincaid", "Lovelace", "McCoy", "Newsome", "Overholt", "Pruitt", "Quarles", "Riddle",
            "Shumate", "Tolliver", "Underwood", "Vanover", "Whitaker", "Yoder", "Zook", "Abernathy", "Blevins",
            "Culpepper", "Dowdy", "Easterling", "Flanagan", "Goins", "Honeycutt", "Jessup", "Lattimore", "Mayfield",
            "Okafor", "Villanueva", "Washington", "Nguyen", "Castellanos", "Patel"]),
    "de": (["Albrecht", "Bertold", "Cornelius", "Detlef", "Eckehard", "Florian", "Gernot", "Hartmut", "Ingo",
            "Joachim", "Korbinian", "Leopold", "Mathias", "Norbert", "Ottmar", "Pascal", "Rüdiger", "Sebastian",
            "Torsten", "Ulf", "Volker", "Wendelin", "Xaver", "Yannick", "Emre"],
           ["Adelheid", "Brigitte", "Carola", "Dörte", "Elke", "Friederike", "Gudrun", "Hannelore", "Irmgard",
            "Jutta", "Kunigunde", "Liesel", "Margarete", "Notburga", "Ottilie", "Petra", "Roswitha", "Sieglinde",
            "Theresia", "Ursula", "Veronika", "Walburga", "Yvonne", "Zenzi", "Ayşe"],
           ["Achterberg", "Bäuerle", "Dannecker", "Eisele", "Fleischhauer", "Gassner", "Hinterseer", "Immler",
            "Jungwirth", "Kössler", "Leitner", "Mayerhofer", "Niedermaier", "Oberpaul", "Pfeiffer", "Quandtmeyer",
            "Reisinger", "Schwaiger", "Trautmann", "Unterberger", "Vogelsang", "Wiesmüller", "Zehetmair",
            "Aschenbrenner", "Brandl", "Dietl", "Eberl", "Frühwirth", "Grabmeier", "Hofstetter", "Kiermaier",
            "Lindlbauer", "Moosbrugger", "Obermüller", "Pöschl", "Rottenkolber", "Stangl", "Weinzierl", "Yilmaz",
            "Kowalczyk"]),
    "fr": (["Aurélien", "Bastien", "Cyprien", "Damien", "Édouard", "Florent", "Gaëtan", "Hippolyte", "Ignace",
            "Jérémie", "Léandre", "Maxence", "Noël", "Octave", "Pacôme", "Quentin", "Romuald", "Sylvain", "Thibault",
            "Urbain", "Valentin", "Wilfried", "Yann", "Gaspard", "Loïc"],
           ["Adélaïde", "Bérénice", "Capucine", "Delphine", "Éloïse", "Fanny", "Ghislaine", "Hortense", "Isaure",
            "Joséphine", "Laurence", "Mathilde", "Nadège", "Odile", "Perrine", "Rosalie", "Solène", "Thérèse",
            "Victoire", "Yvette", "Gwenaëlle", "Maëlys", "Séverine", "Colette", "Armelle"],
           ["Aubertin", "Beaufils", "Chassagne", "Delacroix", "Estournel", "Fauconnet", "Gaillardet", "Hurtaud",
            "Jacquemin", "Labrousse", "Mazeaud", "Nouvellon", "Pradelle", "Quéré", "Rouquette", "Sauvageot",
            "Terrasson", "Vaissière", "Barthélémy", "Castagnet", "Dufourcq", "Escarguel", "Fourcade", "Guérandel",
            "Lacombe", "Marcillac", "Peyrot", "Roussillon", "Soubiran", "Tournadre", "Vigouroux", "Bourdarias",
            "Cazenave", "Daguerre", "Lassalle", "Larrieu", "Puyjalon", "Sarrazin", "Tixier", "Verdier"]),
    "es": (["Abelardo", "Bernabé", "Casimiro", "Demetrio", "Eusebio", "Fermín", "Gumersindo", "Horacio", "Ildefonso",
            "Jacinto", "Leandro", "Maximino", "Nicanor", "Onofre", "Pascual", "Rigoberto", "Saturnino", "Tadeo",
            "Urbano", "Valeriano", "Wenceslao", "Zacarías", "Iker", "Hugo", "Youssef"],
           ["Adoración", "Begoña", "Casilda", "Dolores", "Encarnación", "Fuensanta", "Gertrudis", "Herminia",
            "Inmaculada", "Jacinta", "Leocadia", "Macarena", "Nieves", "Olvido", "Purificación", "Remedios",
            "Sagrario", "Trinidad", "Visitación", "Yolanda", "Zaida", "Ainhoa", "Lucía", "Fátima", "Rumiana"],
           ["Albarracín", "Barrionuevo", "Cabezudo", "Donoso", "Escribano", "Figueroa", "Garrido", "Hinojosa",
            "Izquierdo", "Jurado", "Lozano", "Manzanares", "Navarrete", "Olmedo", "Pizarro", "Quintanilla",
            "Robledo", "Sepúlveda", "Tornero", "Valbuena", "Zamorano", "Arjona", "Bermejo", "Carmona", "Delgado",
            "Espejo", "Galindo", "Heredia", "Lucena", "Moreno", "Palomares", "Rojas", "Salcedo", "Toledano",
            "Villalobos", "Cortés", "Amador", "Montoya", "El Amrani", "Bouzid"]),
    "it": (["Amedeo", "Brunello", "Ciro", "Donato", "Ettore", "Fiorenzo", "Gennaro", "Ilario", "Lamberto",
            "Marcello", "Nazzareno", "Oreste", "Pasquale", "Quirino", "Rodolfo", "Saverio", "Tancredi", "Ubaldo",
            "Vittorio", "Zeno", "Achille", "Benito", "Carmine", "Eugenio", "Guido"],
           ["Agnese", "Bianca", "Carlotta", "Donatella", "Elvira", "Filomena", "Graziella", "Ilaria", "Liliana",
            "Marisa", "Nunzia", "Ortensia", "Patrizia", "Rosalba", "Stefania", "Tiziana", "Vincenza", "Zaira",
            "Assunta", "Concetta", "Immacolata", "Loredana", "Mafalda", "Rita", "Gemma"],
           ["Abbiati", "Bonfiglio", "Capuozzo", "D'Alessandro", "Esposti", "Fumagalli", "Guarnieri", "Iacovelli",
            "Lojacono", "Malaguti", "Nicolosi", "Orlandini", "Pellegatti", "Quagliarella", "Ravasio", "Sciacca",
            "Tagliaferri", "Urbinati", "Vergani", "Zanardelli", "Annunziata", "Brambilla", "Cavallaro", "Di Stefano",
            "Finocchiaro", "Giordanelli", "La Rosa", "Mastrangelo", "Nardelli", "Panzeri", "Russo", "Spadaro",
            "Terranova", "Valsecchi", "Zappalà", "Bellomo", "Corradini", "Longhi", "Mazzoleni", "Pirovano"]),
    "nl": (["Arjen", "Bram", "Cornelis", "Douwe", "Egbert", "Floris", "Gerrit", "Hidde", "IJsbrand", "Joost",
            "Klaas", "Lieuwe", "Maarten", "Niels", "Olivier", "Pieter", "Reinout", "Sjoerd", "Teun", "Udo",
            "Valentijn", "Wouter", "Ymte", "Gijs", "Mohammed"],
           ["Anneke", "Baukje", "Cato", "Dieuwke", "Esmée", "Femke", "Geertruida", "Hester", "Ilse", "Jantine",
            "Klaasje", "Lieke", "Marieke", "Nienke", "Odilia", "Petronella", "Roos", "Sientje", "Trijntje",
            "Willemijn", "Yfke", "Zwaantje", "Fenna", "Saskia", "Noor"],
           ["Akkerman", "Bakhuizen", "Cruijff", "Dijkhuis", "Everts", "Folkerts", "Groeneveld", "Hoekstra",
            "IJzerman", "Jongsma", "Kuipers", "Lammers", "Meulenbelt", "Nijhuis", "Oosterhof", "Posthuma",
            "Rietveld", "Schuurman", "Terpstra", "Uitenbogaard", "Veenstra", "Wassenaar", "Zijlstra",
            "van Dalen", "de Boer", "van der Veen", "ter Horst", "van Leeuwen", "de Graaf", "Brouwer", "Dekker",
            "Haverkamp", "Kloosterman", "Mulder", "Ploeg", "Smit", "Tuinstra", "Visser", "Wijnberg", "El Idrissi"]),
    "pl": (["Bogdan", "Czesław", "Damian", "Edmund", "Filip", "Grzegorz", "Henryk", "Ireneusz", "Jarosław",
            "Kazimierz", "Leszek", "Mirosław", "Norbert", "Przemysław", "Radosław", "Sławomir", "Tadeusz",
            "Wiesław", "Zbigniew", "Zdzisław", "Bartosz", "Kacper", "Wojciech", "Mieczysław", "Remigiusz"],
           ["Agnieszka", "Bożena", "Danuta", "Elżbieta", "Grażyna", "Halina", "Iwona", "Jadwiga", "Krystyna",
            "Lucyna", "Małgorzata", "Nina", "Urszula", "Renata", "Stanisława", "Teresa", "Wanda", "Zofia",
            "Żaneta", "Bogumiła", "Dorota", "Genowefa", "Kinga", "Marzena", "Wiesława"],
           ["Adamczewski", "Bartkowiak", "Chmielewski", "Dąbrowski", "Gołębiowski", "Jabłoński", "Kaczmarek",
            "Lewandowski", "Michalak", "Nowicki", "Olszewski", "Pietrzak", "Rutkowski", "Sobczak", "Tomaszewski",
            "Urbański", "Walczak", "Zalewski", "Żukowski", "Borkowski", "Ciesielski", "Duda", "Fijałkowski",
            "Gajewski", "Kołodziej", "Kubiak", "Lis", "Mazur", "Nowak", "Pawlak", "Sikora", "Wróbel", "Zając",
            "Kowalczyk", "Stępień", "Wilczyński", "Baran", "Grabowski", "Szczepański", "Witkowski"]),
    "pt": (["Afonso", "Baltazar", "Crispim", "Diogo", "Eduardo", "Fausto", "Gonçalo", "Henrique", "Ilídio",
            "Joaquim", "Leonel", "Manuel", "Nuno", "Octávio", "Plácido", "Rui", "Sebastião", "Tomé", "Vasco",
            "Xavier", "Adelino", "Belmiro", "Custódio", "Jaime", "Tiago"],
           ["Adelaide", "Beatriz", "Conceição", "Deolinda", "Ermelinda", "Filipa", "Glória", "Helena", "Inês",
            "Joana", "Leonor", "Madalena", "Natália", "Odete", "Piedade", "Rosário", "Sílvia", "Teresa", "Vitória",
            "Zulmira", "Benedita", "Carolina", "Graça", "Mafalda", "Rita"],
           ["Albuquerque", "Barbosa", "Carvalho", "Domingues", "Esteves", "Figueiredo", "Guimarães", "Henriques",
            "Jardim", "Loureiro", "Magalhães", "Nogueira", "Oliveira", "Pimentel", "Quintela", "Rebelo", "Sampaio",
            "Teixeira", "Valente", "Xavier", "Amaral", "Brandão", "Cordeiro", "Dias", "Fontes", "Gouveia", "Lacerda",
            "Matos", "Neves", "Pacheco", "Ribeiro", "Serrano", "Tavares", "Vieira", "Sequeira", "Bettencourt",
            "Fonseca", "Moura", "Pestana", "Seixas"]),
    "sv": (["Alvar", "Bertil", "Conny", "Dag", "Einar", "Folke", "Göran", "Halvar", "Ingemar", "Jöns", "Kjell",
            "Lennart", "Magnus", "Nils", "Olof", "Per", "Rune", "Sune", "Torbjörn", "Ulf", "Valter", "Yngve",
            "Åke", "Östen", "Ali"],
           ["Agneta", "Birgitta", "Cecilia", "Dagny", "Elsa", "Fredrika", "Gunilla", "Helga", "Inger", "Jenny",
            "Kerstin", "Lovisa", "Margareta", "Nora", "Ottilia", "Pernilla", "Ragnhild", "Siv", "Tyra", "Ulla",
            "Vendela", "Ylva", "Åsa", "Märta", "Amina"],
           ["Andersson", "Blomqvist", "Dahlberg", "Ekström", "Fransson", "Grönlund", "Hedlund", "Isaksson",
            "Jakobsson", "Karlsson", "Lundqvist", "Malmberg", "Nordin", "Öberg", "Pettersson", "Rydberg",
            "Sjöberg", "Törnqvist", "Wallin", "Åström", "Bergkvist", "Engström", "Falk", "Hägglund", "Lindholm",
            "Mattsson", "Norberg", "Olausson", "Palm", "Sundström", "Viklund", "Wikström", "Östlund", "Hassan",
            "Strand", "Lindberg", "Sjögren", "Eklund", "Holm", "Berglund"]),
}

#: Japanese family and given names: (kanji, katakana reading)
JA_FAMILY = [("佐々木", "ササキ"), ("高橋", "タカハシ"), ("渡辺", "ワタナベ"), ("伊藤", "イトウ"), ("山本", "ヤマモト"),
             ("中村", "ナカムラ"), ("小林", "コバヤシ"), ("加藤", "カトウ"), ("吉田", "ヨシダ"), ("山田", "ヤマダ"),
             ("松本", "マツモト"), ("井上", "イノウエ"), ("木村", "キムラ"), ("清水", "シミズ"), ("山崎", "ヤマザキ"),
             ("森", "モリ"), ("池田", "イケダ"), ("橋本", "ハシモト"), ("阿部", "アベ"), ("石川", "イシカワ"),
             ("前田", "マエダ"), ("藤田", "フジタ"), ("岡田", "オカダ"), ("後藤", "ゴトウ"), ("長谷川", "ハセガワ"),
             ("村上", "ムラカミ"), ("近藤", "コンドウ"), ("坂本", "サカモト"), ("遠藤", "エンドウ"), ("青木", "アオキ"),
             ("藤井", "フジイ"), ("西村", "ニシムラ"), ("福田", "フクダ"), ("太田", "オオタ"), ("三浦", "ミウラ")]
JA_GIVEN = [("健太", "ケンタ"), ("大輔", "ダイスケ"), ("翔太", "ショウタ"), ("拓也", "タクヤ"), ("和也", "カズヤ"),
            ("直樹", "ナオキ"), ("浩二", "コウジ"), ("誠", "マコト"), ("隆", "タカシ"), ("修", "オサム"),
            ("哲也", "テツヤ"), ("剛", "ツヨシ"), ("悠斗", "ユウト"), ("蓮", "レン"), ("陽介", "ヨウスケ"),
            ("美咲", "ミサキ"), ("陽子", "ヨウコ"), ("恵子", "ケイコ"), ("由美", "ユミ"), ("久美子", "クミコ"),
            ("直美", "ナオミ"), ("智子", "トモコ"), ("真由美", "マユミ"), ("彩", "アヤ"), ("舞", "マイ"),
            ("さくら", "サクラ"), ("結衣", "ユイ"), ("千尋", "チヒロ"), ("典子", "ノリコ"), ("幸子", "サチコ")]


def _gendered_pl(last: str, female: bool) -> str:
    if not female:
        return last
    for end, fem in (("ski", "ska"), ("cki", "cka"), ("dzki", "dzka")):
        if last.endswith(end):
            return last[: -len(end)] + fem
    return last


def person(g: Gen, lang: str, female: bool | None = None) -> tuple[str, str]:
    """(given name, family name) of ``lang``; Spanish and Portuguese family names are double."""
    female = g.rnd.random() < 0.5 if female is None else female
    males, females, lasts = NAMES[lang]
    first = g.rnd.choice(females if female else males)
    if lang == "es":
        last = f"{g.rnd.choice(lasts)} {g.rnd.choice(lasts)}"
    elif lang == "pt":
        last = f"{g.rnd.choice(lasts)} {g.rnd.choice(lasts)}" if g.rnd.random() < 0.7 else g.rnd.choice(lasts)
    elif lang == "pl":
        last = _gendered_pl(g.rnd.choice(lasts), female)
    else:
        last = g.rnd.choice(lasts)
    if lang in ("uk", "us", "de", "sv") and g.rnd.random() < 0.08:
        first = f"{first}-{g.rnd.choice(females if female else males)}" if lang in ("de", "sv") else first
    return first, last


def whole(g: Gen, lang: str) -> str:
    a, b = person(g, lang)
    return f"{a} {b}"


def given(g: Gen, lang: str) -> str:
    return person(g, lang)[0]


def ja_person(g: Gen) -> tuple[tuple[str, str], tuple[str, str]]:
    return g.rnd.choice(JA_FAMILY), g.rnd.choice(JA_GIVEN)


def plain(text: str) -> str:
    return "".join(ch for ch in fold(text) if ch.isalnum() and ch.isascii())


def email_of(g: Gen, first: str, last: str, domains: list[str]) -> str:
    a, b = plain(first), plain(last)
    local = g.rnd.choice([f"{a}.{b}", f"{a[0]}{b}", f"{a}{g.rnd.randint(1, 99)}", f"{b}.{a[0]}", f"{a}_{b}",
                          f"{a}{b[0]}{g.rnd.randint(50, 99)}", f"{b}{a[:2]}"])
    return f"{local}@{g.rnd.choice(domains)}"


DOMAINS = {
    "uk": ["btinternet.com", "gmail.com", "outlook.com", "yahoo.co.uk", "sky.com", "hotmail.co.uk"],
    "us": ["gmail.com", "yahoo.com", "aol.com", "outlook.com", "icloud.com", "att.net"],
    "de": ["web.de", "gmx.de", "t-online.de", "gmail.com", "posteo.de", "freenet.de"],
    "fr": ["orange.fr", "free.fr", "laposte.net", "sfr.fr", "gmail.com", "wanadoo.fr"],
    "es": ["gmail.com", "hotmail.es", "yahoo.es", "telefonica.net", "outlook.es"],
    "it": ["libero.it", "virgilio.it", "alice.it", "gmail.com", "tiscali.it"],
    "nl": ["ziggo.nl", "kpnmail.nl", "gmail.com", "hotmail.nl", "xs4all.nl"],
    "pl": ["wp.pl", "onet.pl", "interia.pl", "o2.pl", "gmail.com"],
    "pt": ["sapo.pt", "gmail.com", "hotmail.com", "netcabo.pt", "outlook.pt"],
    "sv": ["telia.com", "gmail.com", "hotmail.se", "bredband.net", "outlook.com"],
    "ja": ["docomo.ne.jp", "ezweb.ne.jp", "yahoo.co.jp", "gmail.com", "i.softbank.jp"],
}


def email(g: Gen, lang: str) -> str:
    a, b = person(g, lang)
    return email_of(g, a, b, DOMAINS[lang])


def login(first: str, last: str, style: int) -> str:
    a, b = plain(first), plain(last)
    return [f"{a[0]}{b}", f"{a}.{b}", f"{b[:6]}{a[0]}", f"{a}_{b[0]}", f"{a[:3]}{b[:3]}"][style % 5]


# -- places (written for v44) ------------------------------------------------------------------------------------------

#: (town, county, postcode area + district)
UK_TOWNS = [("Kendal", "Cumbria", "LA9"), ("Penrith", "Cumbria", "CA11"), ("Hexham", "Northumberland", "NE46"),
            ("Skipton", "North Yorkshire", "BD23"), ("Ludlow", "Shropshire", "SY8"), ("Brecon", "Powys", "LD3"),
            ("Oban", "Argyll and Bute", "PA34"), ("Truro", "Cornwall", "TR1"), ("Barnstaple", "Devon", "EX31"),
            ("Thetford", "Norfolk", "IP24"), ("Malton", "North Yorkshire", "YO17"), ("Dolgellau", "Gwynedd", "LL40")]
UK_STREETS = ["Fellside Road", "Market Close", "Priory Lane", "Moor Edge", "Chapel Row", "Station Approach",
              "Beck View", "Quarry Bank", "Ashgill Terrace", "Kirkgate", "Mill Brow", "Wheatsheaf Yard"]
#: (city, state, ZIP lead)
US_CITIES = [("Columbus", "OH", "432"), ("Dayton", "OH", "454"), ("Toledo", "OH", "436"), ("Akron", "OH", "443"),
             ("Cincinnati", "OH", "452"), ("Canton", "OH", "447"), ("Lima", "OH", "458"), ("Zanesville", "OH", "437"),
             ("Mansfield", "OH", "449"), ("Athens", "OH", "457")]
US_STREETS = ["Buckeye Trl", "Sycamore Hollow Rd", "Cuyahoga Falls Ave", "Scioto Pkwy", "Olentangy River Rd",
              "Hocking Hills Dr", "Maumee Ct", "Tuscarawas St W", "Walnut Bottom Rd", "Mad River Ln", "Cardinal Way"]
#: (Ort, PLZ lead)
DE_TOWNS = [("Landshut", "840"), ("Dingolfing", "841"), ("Straubing", "943"), ("Deggendorf", "944"),
            ("Freising", "853"), ("Erding", "854"), ("Mühldorf a. Inn", "844"), ("Altötting", "845")]
DE_STREETS = ["Am Hopfengarten", "Isarstraße", "Kirchplatz", "Lindenweg", "Vilstalstraße", "Schmiedgasse",
              "Am Anger", "Birkenleite", "Hauptstraße", "Mühlbachweg", "Ziegeleistraße", "Sonnenhang"]
#: (commune, département code)
FR_TOWNS = [("Mende", "48"), ("Aurillac", "15"), ("Rodez", "12"), ("Millau", "12"), ("Saint-Flour", "15"),
            ("Marvejols", "48"), ("Espalion", "12"), ("Mauriac", "15"), ("Langogne", "48"), ("Villefranche-de-Rouergue", "12")]
FR_STREETS = ["rue du Gévaudan", "chemin des Sagnes", "place du Foirail", "route de la Margeride", "impasse des Genêts",
              "rue Basse", "allée des Châtaigniers", "lieu-dit Le Bouscatel", "avenue du Causse", "rue de la Coutellerie"]
#: (municipio, provincia, CP lead)
ES_TOWNS = [("Úbeda", "Jaén", "234"), ("Baeza", "Jaén", "234"), ("Linares", "Jaén", "237"), ("Andújar", "Jaén", "237"),
            ("Lucena", "Córdoba", "149"), ("Cabra", "Córdoba", "149"), ("Priego de Córdoba", "Córdoba", "148"),
            ("Loja", "Granada", "183"), ("Guadix", "Granada", "185"), ("Baza", "Granada", "188")]
ES_STREETS = ["C/ Real", "Avda. de Andalucía", "C/ Alfareros", "Plaza del Pópulo", "C/ Obispo Cobos",
              "C/ Nueva", "Travesía del Olivar", "C/ Santa María", "Camino de la Ermita", "C/ Corredera"]
#: (comune, provincia, CAP, cadastral code)
IT_TOWNS = [("Cuneo", "CN", "12100", "D205"), ("Alba", "CN", "12051", "A124"), ("Asti", "AT", "14100", "A479"),
            ("Biella", "BI", "13900", "A859"), ("Vercelli", "VC", "13100", "L750"), ("Novara", "NO", "28100", "F952"),
            ("Savona", "SV", "17100", "I480"), ("Imperia", "IM", "18100", "E290")]
IT_STREETS = ["Via Roma", "Corso Nizza", "Via Vittorio Amedeo II", "Piazza Galimberti", "Via dei Vignaioli",
              "Strada del Moscato", "Via Cavour", "Vicolo del Forno", "Corso Alfieri", "Via Bra"]
#: (woonplaats, postcode digits lead)
NL_TOWNS = [("Zwolle", "80"), ("Kampen", "82"), ("Deventer", "74"), ("Meppel", "79"), ("Hardenberg", "77"),
            ("Steenwijk", "83"), ("Raalte", "81"), ("Ommen", "77"), ("Hattem", "80")]
NL_STREETS = ["Thorbeckegracht", "Buitenkant", "Brink", "Sassenstraat", "Oude Vismarkt", "IJsselkade", "Dijkweg",
              "Vechtdijk", "Kerkstraat", "Molenweg", "Grote Gracht"]
#: (miejscowość, kod lead)
PL_TOWNS = [("Tarnów", "33-1"), ("Nowy Sącz", "33-3"), ("Gorlice", "38-3"), ("Bochnia", "32-7"), ("Brzesko", "32-8"),
            ("Dębica", "39-2"), ("Limanowa", "34-6"), ("Jasło", "38-2")]
PL_STREETS = ["ul. Krakowska", "ul. Lwowska", "ul. Wałowa", "os. Zielone", "ul. Kościuszki", "ul. Ogrodowa",
              "ul. Szujskiego", "al. Solidarności", "ul. Mickiewicza", "ul. Polna"]
#: (concelho / freguesia, código postal lead)
PT_TOWNS = [("Viseu", "3500"), ("Guarda", "6300"), ("Lamego", "5100"), ("Tondela", "3460"), ("Seia", "6270"),
            ("Mangualde", "3530"), ("Covilhã", "6200"), ("Castro Daire", "3600"), ("Gouveia", "6290")]
PT_STREETS = ["Rua Direita", "Largo do Pelourinho", "Travessa da Sé", "Avenida Infante D. Henrique", "Rua do Comércio",
              "Bairro da Misericórdia", "Rua da Calçada", "Estrada Nacional 2", "Rua das Flores", "Beco do Castelo"]
#: (ort, postnummer lead)
SE_TOWNS = [("Sundsvall", "85"), ("Härnösand", "87"), ("Östersund", "83"), ("Örnsköldsvik", "89"),
            ("Sollefteå", "88"), ("Timrå", "86"), ("Kramfors", "87"), ("Hudiksvall", "82")]
SE_STREETS = ["Skolhusallén", "Esplanaden", "Nybrogatan", "Storgatan", "Prästgatan", "Norra Järnvägsgatan",
              "Granlo", "Björneborgsgatan", "Sjögatan", "Backgränd"]
#: (市区町村, 都道府県, 郵便番号 lead)
JA_TOWNS = [("前橋市", "群馬県", "371"), ("高崎市", "群馬県", "370"), ("宇都宮市", "栃木県", "320"), ("足利市", "栃木県", "326"),
            ("水戸市", "茨城県", "310"), ("つくば市", "茨城県", "305"), ("熊谷市", "埼玉県", "360"), ("川越市", "埼玉県", "350")]
JA_BLOCKS = ["本町", "緑町", "大手町", "栄町", "旭町", "東町", "中央", "若宮町", "昭和町", "新町"]


def street(g: Gen, lang: str) -> str:
    n = g.rnd.randint(1, 160)
    if lang == "uk":
        return g.rnd.choice([f"{n} {g.rnd.choice(UK_STREETS)}", (f"Flat {g.rnd.randint(1, 9)}, {n} "
                             f"{g.rnd.choice(UK_STREETS)}"), (f"{g.rnd.choice(['Rose', 'Ivy', 'Hawthorn'])} Cottage, "
                             f"{g.rnd.choice(UK_STREETS)}")])
    if lang == "us":
        return f"{g.rnd.randint(100, 9999)} {g.rnd.choice(US_STREETS)}" + g.rnd.choice(["", "", f" Apt {n}"])
    if lang == "de":
        return f"{g.rnd.choice(DE_STREETS)} {n}" + g.rnd.choice(["", "", "a", "b"])
    if lang == "fr":
        return f"{n} {g.rnd.choice(FR_STREETS)}" + g.rnd.choice(["", "", " bis"])
    if lang == "es":
        return f"{g.rnd.choice(ES_STREETS)}, {n}" + g.rnd.choice(["", (f", {g.rnd.randint(1, 5)}º "
                                                                   f"{g.rnd.choice('ABCD')}")])
    if lang == "it":
        return f"{g.rnd.choice(IT_STREETS)} {n}" + g.rnd.choice(["", "/B", " int. 3"])
    if lang == "nl":
        return f"{g.rnd.choice(NL_STREETS)} {n}" + g.rnd.choice(["", "", "-A", " bis"])
    if lang == "pl":
        return f"{g.rnd.choice(PL_STREETS)} {n}" + g.rnd.choice(["", f"/{g.rnd.randint(1, 40)}"])
    if lang == "pt":
        return f"{g.rnd.choice(PT_STREETS)}, n.º {n}" + g.rnd.choice(["", ", 2.º Esq.", ", r/c Dto."])
    if lang == "sv":
        return f"{g.rnd.choice(SE_STREETS)} {n}" + g.rnd.choice(["", " lgh 1203", "B"])
    town = g.rnd.choice(JA_TOWNS)
    return f"{town[1]}{town[0]}{g.rnd.choice(JA_BLOCKS)}{g.rnd.randint(1, 5)}丁目{g.rnd.randint(1, 30)}番{n}号"


def uk_postcode(g: Gen, district: str) -> str:
    return f"{district} {g.rnd.randint(1, 9)}{g.rnd.choice('ABDEFGHJLNPQRSTUWXYZ')}{g.rnd.choice('ABDEFGHJLNPQRSTUWXYZ')}"


# -- identifiers (python-stdnum where a module exists) -----------------------------------------------------------------

#: BBAN layouts (9 a digit, A a letter); python-stdnum checks the result
BBAN = {"DE": "999999999999999999", "ES": "99999999999999999999", "PT": "999999999999999999999",
        "IT": "A9999999999ZZZZZZZZZZZZ", "SE": "99999999999999999999", "NL": "AAAA9999999999",
        "PL": "999999999999999999999999", "FR": "9999999999ZZZZZZZZZZZ99"}


def iban(g: Gen, country: str, spaced: bool = False) -> str:
    """A valid IBAN of ``country`` (check digits computed, national checks retried, python-stdnum checks it)."""

    def make() -> str:
        bban = g.code(BBAN[country])
        check = 98 - int("".join(str(int(ch, 36)) for ch in bban + country + "00")) % 97
        return f"{country}{check:02d}{bban}"

    number = g.valid(make, _iban.is_valid)
    return " ".join(number[i:i + 4] for i in range(0, len(number), 4)) if spaced else number


def us_ssn(g: Gen, dashed: bool = True) -> str:
    def make() -> str:
        return f"{g.rnd.randint(1, 665):03d}-{g.rnd.randint(1, 99):02d}-{g.rnd.randint(1, 9999):04d}"

    number = g.valid(make, _ssn.is_valid)
    return number if dashed else number.replace("-", "")


def es_dni(g: Gen) -> str:
    body = f"{g.rnd.randint(1_000_000, 79_999_999):08d}"
    number = body + _dni.calc_check_digit(body)
    assert _dni.is_valid(number)
    return number


def es_nie(g: Gen) -> str:
    body = g.rnd.choice("XYZ") + g.digits(7)
    number = body + _nie.calc_check_digit(body)
    assert _nie.is_valid(number)
    return number


def _cf_part(text: str, given_name: bool) -> str:
    letters = [ch for ch in fold(text).upper() if ch.isalpha()]
    cons = [ch for ch in letters if ch not in "AEIOU"]
    vows = [ch for ch in letters if ch in "AEIOU"]
    if given_name and len(cons) >= 4:
        return cons[0] + cons[2] + cons[3]
    return "".join((cons + vows + ["X", "X", "X"])[:3])


def it_codice_fiscale(first: str, last: str, born: date, female: bool, comune: str) -> str:
    """An Italian codice fiscale encoding the name, the birth date and the comune (check letter: python-stdnum)."""
    day = born.day + (40 if female else 0)
    body = (_cf_part(last, False) + _cf_part(first, True) + f"{born.year % 100:02d}" + "ABCDEHLMPRST"[born.month - 1]
            + f"{day:02d}" + comune)
    number = body + _cf.calc_check_digit(body)
    assert _cf.is_valid(number)
    return number


def it_partita_iva(g: Gen) -> str:
    body = g.digits(7) + g.rnd.choice(["001", "004", "005", "006"])
    number = body + luhn.calc_check_digit(body)
    assert _iva.is_valid(number)
    return number


def nl_bsn(g: Gen) -> str:
    return g.valid(lambda: g.digits(9, "0123456789") if g.rnd.random() < 0.1 else
                   g.rnd.choice("123456") + g.digits(8), _bsn.is_valid)


def pl_pesel(g: Gen, born: date, female: bool) -> str:
    month = born.month + (20 if born.year >= 2000 else 0)
    body = f"{born.year % 100:02d}{month:02d}{born.day:02d}{g.digits(3)}{g.rnd.choice('02468' if female else '13579')}"
    number = body + _pesel.calc_check_digit(body)
    assert _pesel.is_valid(number)
    return number


def pl_nip(g: Gen) -> str:
    return g.valid(lambda: g.rnd.choice("123456789") + g.digits(9), _nip.is_valid)


def pt_nif(g: Gen) -> str:
    body = g.rnd.choice("12") + g.digits(7)
    number = body + _nif.calc_check_digit(body)
    assert _nif.is_valid(number)
    return number


def se_personnummer(g: Gen, born: date) -> str:
    """A Swedish personnummer ``YYMMDD-NNNC`` encoding ``born`` (Luhn check digit; python-stdnum checks it)."""
    body = born.strftime("%y%m%d") + g.digits(3)
    number = f"{body[:6]}-{body[6:]}{luhn.calc_check_digit(body)}"
    assert _pnr.is_valid(number)
    return number


def jp_corporate_number(g: Gen) -> str:
    """A Japanese corporate number (法人番号) of a dealer company: a business's, labeled ``none``."""
    body = g.digits(12)
    number = _jpcn.calc_check_digit(body) + body
    assert _jpcn.is_valid(number)
    return number


def uk_driving_licence(g: Gen, last: str, first: str, born: date, female: bool) -> str:
    """A DVLA driving-licence number: five letters of the surname, the birth date (month + 5 for women), initials,
    a digit and two computer check letters (no published checksum)."""
    sur = (plain(last).upper() + "99999")[:5]
    month = born.month + (50 if female else 0)
    return (f"{sur}{str(born.year)[2]}{month:02d}{born.day:02d}{str(born.year)[3]}"
            f"{(plain(first).upper() + '9')[:1]}9{g.rnd.randint(0, 9)}{g.code('AA')}")


def npi(g: Gen) -> str:
    """A US National Provider Identifier (Luhn over the ``80840`` prefix): a prescriber's, labeled ``none``."""
    body = g.rnd.choice("12") + g.digits(8)
    check = luhn.calc_check_digit("80840" + body)
    return body + check


def dea_number(g: Gen, last: str) -> str:
    """A DEA registration number: two letters and seven digits, the last a check digit."""
    d = [int(x) for x in g.digits(6)]
    check = (d[0] + d[2] + d[4] + 2 * (d[1] + d[3] + d[5])) % 10
    return f"{g.rnd.choice('ABFG')}{plain(last)[0].upper()}{''.join(map(str, d))}{check}"


_VIN_MAP = {**{str(i): i for i in range(10)}, **dict(zip("ABCDEFGH", range(1, 9))), **dict(zip("JKLMN", range(1, 6))),
            "P": 7, "R": 9, **dict(zip("STUVWXYZ", range(2, 10)))}
_VIN_WEIGHTS = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]


def vin_check(vin: str) -> str:
    total = sum(_VIN_MAP[ch] * w for ch, w in zip(vin, _VIN_WEIGHTS))
    return "X" if total % 11 == 10 else str(total % 11)


def vin(g: Gen) -> str:
    """A 17-character VIN with its ISO 3779 / North American check digit in position 9."""
    alphabet = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
    head = g.rnd.choice(["ZFA", "ZAR", "WVW", "VF1", "ZFF", "TMB", "WBA", "VR3"]) + g.digits(5, alphabet)
    tail = g.digits(1, "ABCDEFGHJKLMNPRSTVWXY123456789") + g.digits(2, alphabet) + g.digits(5, "0123456789")
    raw = head + "0" + tail
    return head + vin_check(raw) + tail


def sha1(g: Gen) -> str:
    return hashlib.sha1(str(g.rnd.random()).encode(), usedforsecurity=False).hexdigest()


def token(g: Gen, n: int = 32) -> str:
    return g.digits(n, string.ascii_letters + string.digits)
