"""Values of held-out set v34 (:mod:`benchmarks.classification.heldout_v34`): v34's random source, names, streets,
cities and companies written by hand for v34 (Spain, Catalonia, Galicia, Portugal, Brazil, Italy, Mexico, Colombia,
Peru, Chile, Argentina, Uruguay and Ecuador; no Faker, no list of real people), phones checked with phonenumbers and
identifiers with check digits computed and checked with python-stdnum.

Self-contained: nothing here is imported from the value modules of earlier sets; only the ``Column`` class is shared.
The generic ``Gen`` helpers were copied from v27's value module; the lists and identifier builders below are new.
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
from stdnum.ar import cuit as _cuit
from stdnum.br import cnpj as _cnpj
from stdnum.br import cpf as _cpf
from stdnum.cl import rut as _rut
from stdnum.ec import ci as _ecci
from stdnum.es import cif as _cif
from stdnum.es import dni as _dni
from stdnum.es import nie as _nie
from stdnum.es import referenciacatastral as _refcat
from stdnum.it import codicefiscale as _cf
from stdnum.it import iva as _iva
from stdnum.mx import curp as _curp
from stdnum.mx import rfc as _rfc
from stdnum.pe import ruc as _peruc
from stdnum.pt import nif as _ptnif

from benchmarks.classification.heldout_v2 import Column

SEED = 34_907_2026
N = "none"
#: a login (review, as in v5 to v33)
USERNAME = "unclassified"
#: NULL-like strings of v34's systems (tests skip them)
NULLISH: tuple[str, ...] = (
    "", " ", "-", "--", "NULL", "null", "n/a", "N/A", "NA", "none", "None", "?", "S/D", "s/d", "N/D", "n/d",
    "SIN DATO", "sin dato", "sin datos", "Sin datos", "no tiene", "NO TIENE", "sem dados", "SEM DADOS", "não tem",
    "nessuno", "nessuna", "N.D.", "ND", "XXX", "x", "0", "00000000", "no aplica", "NO APLICA", "ninguna", "ninguno",
    "*", ".")


def fold(text: str) -> str:
    text = unicodedata.normalize("NFKD", text.lower())
    return "".join(ch for ch in text if not unicodedata.combining(ch)).replace("ß", "ss").replace("'", "")


class Gen:
    """The random source of one table: ``rows`` rows, seeded from :data:`SEED` and ``table``."""

    def __init__(self, table: str, rows: int) -> None:
        self.table = table
        self.rows = rows
        self.rnd = random.Random(f"v34:{SEED}:{table}")

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

    def amounts(self, lo: float, hi: float, null: float = 0.0) -> list[Any]:
        return self.col(lambda: round(self.rnd.uniform(lo, hi), 2), null)

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
        first = self.rnd.choice([177, 179, 186, 187, 189, 190, 200, 201, 181, 152])
        return f"{first}.{self.rnd.randint(0, 255)}.{self.rnd.randint(0, 255)}.{self.rnd.randint(1, 254)}"

    def ipv6(self) -> str:
        head = self.rnd.choice(["2806", "2800", "2803", "2804"])
        return head + ":" + ":".join(f"{self.rnd.randint(0, 0xFFFF):x}" for _ in range(7))

    def ip(self, v6: float = 0.3) -> str:
        return self.ipv6() if self.rnd.random() < v6 else self.ipv4()

    # -- phones
    def phone(self, region: str, fmt: str = "e164", mobile: bool = True) -> str:
        kind = phonenumbers.PhoneNumberType.MOBILE if mobile else phonenumbers.PhoneNumberType.FIXED_LINE
        example = phonenumbers.example_number_for_type(region, kind)
        nsn = phonenumbers.national_significant_number(example)
        keep = max(len(nsn) - 6, 1)

        def make() -> str:
            return nsn[:keep] + self.digits(len(nsn) - keep)

        def ok(candidate: str) -> bool:
            number = phonenumbers.parse(f"+{example.country_code}{candidate}")
            if not phonenumbers.is_valid_number(number):
                return False
            national = phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.NATIONAL)
            again = phonenumbers.parse(national, region)
            return phonenumbers.is_valid_number(again)

        number = phonenumbers.parse(f"+{example.country_code}{self.valid(make, ok)}")
        if fmt == "e164":
            return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)
        if fmt == "intl":
            return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.INTERNATIONAL)
        national = phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.NATIONAL)
        if fmt == "nsn":
            return phonenumbers.national_significant_number(number)
        return national

    def phones(self, region: str, formats: dict[str, float], mobile: float = 1.0, null: float = 0.0) -> list[Any]:
        names, weights = list(formats), list(formats.values())
        return self.col(lambda: self.phone(region, self.rnd.choices(names, weights)[0], self.rnd.random() < mobile),
                        null)


def c(name: str, kind: str, sql_type: str, values: list[Any], *tags: str) -> Column:
    """One labeled column."""
    return Column(name, kind, sql_type, values, frozenset(tags))


# -- names (written for v34) -------------------------------------------------------------------------------------------

#: locale -> (male given names, female given names, family names)
NAMES: dict[str, tuple[list[str], list[str], list[str]]] = {
    "es": (["Abelardo", "Casimiro", "Eusebio", "Fulgencio", "Gonzalo", "Heliodoro", "Leandro", "Nicanor", "Rogelio",
            "Telmo", "Ubaldo", "Valeriano"],
           ["Almudena", "Begoña", "Covadonga", "Encarnación", "Inmaculada", "Maite", "Nieves", "Purificación",
            "Remedios", "Visitación", "Yolanda", "Araceli"],
           ["Bermejo", "Cañizares", "Escudero", "Garrido", "Lozano", "Manzanares", "Olmedo", "Pastrana", "Quintanilla",
            "Ródenas", "Sepúlveda", "Tordesillas", "Valdivieso", "Zamorano"]),
    "ca": (["Arnau", "Bernat", "Eudald", "Guifré", "Jaume", "Oriol", "Pere", "Quim", "Roc", "Sergi"],
           ["Aina", "Bruna", "Carme", "Laia", "Meritxell", "Montserrat", "Núria", "Queralt", "Roser", "Txell"],
           ["Bosch", "Casals", "Ferrer", "Grau", "Llobet", "Massana", "Pujol", "Riera", "Sabaté", "Soler",
            "Vilanova", "Xirau", "Puigdomènech", "Comas"]),
    "gl": (["Anxo", "Brais", "Breixo", "Xoán", "Xurxo", "Roi", "Uxío", "Iago", "Manuel", "Celso"],
           ["Antía", "Iria", "Uxía", "Xiana", "Noa", "Sabela", "Olalla", "Maruxa", "Carmiña", "Lucía"],
           ["Outeiro", "Castiñeira", "Lema", "Rial", "Cebreiro", "Vilariño", "Bouzas", "Pazos", "Ferreiro", "Lamas",
            "Seoane", "Doval"]),
    "pt": (["Afonso", "Duarte", "Gonçalo", "Henrique", "Martim", "Nuno", "Rui", "Tiago", "Vasco", "Joaquim"],
           ["Beatriz", "Catarina", "Filipa", "Inês", "Leonor", "Matilde", "Rita", "Sofia", "Teresa", "Madalena"],
           ["Albuquerque", "Brandão", "Carvalhal", "Figueiredo", "Gouveia", "Magalhães", "Nogueira", "Quaresma",
            "Sequeira", "Teixeira", "Vasconcelos", "Meireles"]),
    "br": (["Anderson", "Cleiton", "Edivaldo", "Gilmar", "Jailson", "Josué", "Luiz Carlos", "Raimundo", "Wellington",
            "Thiago", "Reinaldo", "Cícero"],
           ["Adriana", "Aparecida", "Cleide", "Francisca", "Gislaine", "Jaqueline", "Luciene", "Rosângela",
            "Simone", "Tatiane", "Valdirene", "Kelly"],
           ["Andrade", "Barbosa", "Cavalcanti", "Damasceno", "Fagundes", "Holanda", "Medeiros", "Nascimento",
            "Queiroz", "Rezende", "Siqueira", "Tavares", "Xavier", "Bezerra"]),
    "it": (["Amedeo", "Carmine", "Cosimo", "Ettore", "Gennaro", "Ippolito", "Ottavio", "Renato", "Tullio", "Vittorio"],
           ["Agnese", "Assunta", "Carla", "Donatella", "Elvira", "Filomena", "Graziella", "Marisa", "Nunzia",
            "Rosaria"],
           ["Barbieri", "Capuano", "D'Agostino", "Fontana", "Greco", "Marchetti", "Morelli", "Pellegrini", "Russo",
            "Sorrentino", "Testa", "Valentini", "De Luca", "Caruso"]),
    "mx": (["Aurelio", "Efraín", "Faustino", "Genaro", "Heriberto", "Jacinto", "Octavio", "Porfirio", "Rigoberto",
            "Saúl", "José Luis", "Juan Carlos"],
           ["Azucena", "Citlali", "Guadalupe", "Lupita", "Marisol", "Xóchitl", "Yesenia", "Paloma", "Reyna",
            "Brenda", "María Fernanda", "Ana Karen"],
           ["Alcántara", "Barragán", "Cervantes", "Domínguez", "Espinoza", "Galván", "Hinojosa", "Ibarra", "Jiménez",
            "Ledezma", "Mendoza", "Nava", "Ochoa", "Zúñiga"]),
    "andes": (["Wilmer", "Yeison", "Jhon Jairo", "Edwin", "Fredy", "Hernán", "Nelson", "Ronald", "Wilson", "Segundo",
               "Washington", "Darwin"],
              ["Yuri", "Leidy", "Marleny", "Nelly", "Rosmery", "Sandra Milena", "Yaneth", "Flor", "Gladys", "Maribel",
               "Lady", "Mayra"],
              ["Quispe", "Mamani", "Huamán", "Condori", "Ccahuana", "Arboleda", "Cardona", "Ospina", "Valencia",
               "Zambrano", "Guamán", "Chávez", "Pinzón", "Agudelo"]),
    "cono": (["Agustín", "Benjamín", "Facundo", "Gastón", "Ignacio", "Matías", "Nahuel", "Rodrigo", "Sebastián",
              "Joaquín", "Bautista", "Cristóbal"],
             ["Antonella", "Camila", "Florencia", "Josefina", "Macarena", "Milagros", "Rocío", "Valentina", "Agustina",
              "Constanza", "Fernanda", "Javiera"],
             ["Aguirre", "Bustos", "Cifuentes", "Etchegaray", "Fuenzalida", "Irigoyen", "Larraín", "Olivera",
              "Pereyra", "Riquelme", "Sosa", "Urrutia", "Viera", "Zapata"]),
}


def person(g: Gen, lang: str, female: bool | None = None) -> tuple[str, str, str]:
    """``(given name, first surname, second surname)``."""
    female = g.rnd.random() < 0.5 if female is None else female
    males, females, lasts = NAMES[lang]
    first = g.rnd.choice(females if female else males)
    a, b = g.rnd.sample(lasts, 2)
    return first, a, b


def whole(g: Gen, lang: str) -> str:
    """A full name as the locale writes it: two surnames in Spain and Latin America, Portuguese order in Portugal and
    Brazil, one surname in Italy."""
    first, a, b = person(g, lang)
    if lang == "it":
        return f"{first} {a}"
    if lang in ("pt", "br"):
        return f"{first} {b} {a}" if g.rnd.random() < 0.8 else f"{first} {a}"
    return f"{first} {a} {b}"


def given(g: Gen, lang: str) -> str:
    return person(g, lang)[0]


def plain(text: str) -> str:
    return "".join(ch for ch in fold(text) if ch.isalnum() and ch.isascii())


def email_of(g: Gen, first: str, last: str, domains: list[str]) -> str:
    a, b = plain(first.split()[0]), plain(last)
    local = g.rnd.choice([f"{a}.{b}", f"{a[0]}{b}", f"{a}{g.rnd.randint(1, 99)}", f"{b}.{a[0]}", f"{a}_{b}",
                          f"{a}{b[0]}{g.rnd.randint(60, 99)}", f"{b}{a[:2]}"])
    return f"{local}@{g.rnd.choice(domains)}"


def login(first: str, last: str, style: int) -> str:
    a, b = plain(first.split()[0]), plain(last)
    return [f"{a[0]}{b}", f"{a}.{b}", f"{b[:6]}{a[0]}", f"{a}_{b[0]}", f"{a[0]}{b[:5]}"][style % 5]


DOMAINS = {
    "es": ["gmail.com", "hotmail.es", "yahoo.es", "telefonica.net", "outlook.es"],
    "pt": ["gmail.com", "sapo.pt", "hotmail.com", "netcabo.pt", "outlook.pt"],
    "br": ["gmail.com", "hotmail.com", "yahoo.com.br", "uol.com.br", "bol.com.br", "terra.com.br"],
    "it": ["libero.it", "alice.it", "gmail.com", "virgilio.it", "tiscali.it"],
    "mx": ["gmail.com", "hotmail.com", "yahoo.com.mx", "prodigy.net.mx", "outlook.com"],
    "andes": ["gmail.com", "hotmail.com", "yahoo.es", "outlook.com"],
    "cono": ["gmail.com", "hotmail.com", "yahoo.com.ar", "adinet.com.uy", "vtr.net", "fibertel.com.ar"],
}


# -- places (written for v34) ------------------------------------------------------------------------------------------

#: country -> [(city, postal-code lead)]
CITIES: dict[str, list[tuple[str, str]]] = {
    "cat": [("Sabadell", "082"), ("Terrassa", "082"), ("Manresa", "082"), ("Vic", "085"), ("Girona", "170"),
            ("Reus", "432"), ("Lleida", "250"), ("Granollers", "084")],
    "gal": [("Ribeira", "159"), ("Cangas", "369"), ("Marín", "369"), ("Burela", "278"), ("A Guarda", "367"),
            ("Muros", "152"), ("Bueu", "369")],
    "es": [("Albacete", "020"), ("Cáceres", "100"), ("Logroño", "260"), ("Talavera de la Reina", "456"),
           ("Ponferrada", "244"), ("Jaén", "230"), ("Elche", "032")],
    "pt": [("Braga", "47"), ("Viseu", "35"), ("Aveiro", "38"), ("Setúbal", "29"), ("Guimarães", "48"),
           ("Leiria", "24"), ("Faro", "80")],
    "br": [("Campinas", "130"), ("Uberlândia", "384"), ("Feira de Santana", "440"), ("Londrina", "860"),
           ("Caruaru", "550"), ("Joinville", "892"), ("Juiz de Fora", "360"), ("Teresina", "640")],
    "it": [("Pescara", "651"), ("Cosenza", "871"), ("Novara", "281"), ("Rimini", "479"), ("Salerno", "841"),
           ("Vicenza", "361"), ("Sassari", "071")],
    "mx": [("Puebla", "72"), ("Querétaro", "76"), ("Morelia", "58"), ("Hermosillo", "83"), ("Mérida", "97"),
           ("Aguascalientes", "20"), ("Toluca", "50")],
    "co": [("Bucaramanga", "68"), ("Pereira", "66"), ("Manizales", "17"), ("Ibagué", "73"), ("Pasto", "52"),
           ("Montería", "23")],
    "pe": [("Arequipa", "04"), ("Huancayo", "12"), ("Cusco", "08"), ("Piura", "20"), ("Chiclayo", "14"),
           ("Juliaca", "21")],
    "cl": [("Temuco", "48"), ("Rancagua", "28"), ("Talca", "34"), ("Antofagasta", "12"), ("Puerto Montt", "54"),
           ("Chillán", "38")],
    "ar": [("Rosario", "2000"), ("Mar del Plata", "7600"), ("Salta", "4400"), ("Neuquén", "8300"), ("Paraná", "3100"),
           ("Bahía Blanca", "8000")],
    "uy": [("Salto", "50"), ("Paysandú", "60"), ("Rivera", "40"), ("Maldonado", "20"), ("Tacuarembó", "45"),
           ("Mercedes", "75")],
    "ec": [("Cuenca", "01"), ("Ambato", "18"), ("Loja", "11"), ("Riobamba", "06"), ("Portoviejo", "13"),
           ("Ibarra", "10")],
}

#: Chilean comunas of residence (com_res) and their regions
CL_COMUNAS = ["Ñuñoa", "Maipú", "La Florida", "Puente Alto", "Providencia", "Temuco", "Padre Las Casas", "Rancagua",
              "Machalí", "Talca", "Antofagasta", "Coquimbo"]

STREETS: dict[str, list[str]] = {
    "cat": ["Carrer de la Rutlla", "Carrer Major", "Passeig del Ter", "Rambla de Sant Jordi", "Carrer dels Arbres",
            "Avinguda de les Corts Catalanes", "Carrer de Sant Pau"],
    "gal": ["Rúa do Porto", "Avenida da Mariña", "Rúa Travesa", "Rúa da Ribeira", "Camiño do Faro",
            "Praza da Peixería"],
    "es": ["Calle Real", "Avenida de la Constitución", "Calle Mayor", "Calle del Olivo", "Paseo de la Estación",
           "Calle San Roque", "Plaza de España"],
    "pt": ["Rua de Santa Catarina", "Avenida da Liberdade", "Travessa do Carmo", "Rua Direita", "Largo do Rossio",
           "Rua das Flores", "Estrada Nacional 101"],
    "br": ["Rua das Acácias", "Avenida Getúlio Vargas", "Rua Sete de Setembro", "Travessa São Jorge",
           "Rua Tiradentes", "Avenida Brasil", "Rua Dom Pedro II"],
    "it": ["Via Roma", "Via Cavour", "Corso Umberto I", "Via Mazzini", "Viale Europa", "Via dei Tigli",
           "Piazza del Duomo"],
    "mx": ["Calle Hidalgo", "Av. Juárez", "Calle Morelos", "Privada de los Pinos", "Blvd. Independencia",
           "Calle 5 de Mayo", "Av. Revolución"],
    "co": ["Calle 45", "Carrera 27", "Diagonal 12", "Transversal 9", "Avenida Santander", "Calle 8 Sur"],
    "pe": ["Jr. Ayacucho", "Av. Los Incas", "Calle Mercaderes", "Psje. Las Flores", "Av. Grau", "Jr. Puno"],
    "cl": ["Pasaje Los Aromos", "Avenida Alemania", "Calle Prat", "Villa Los Castaños", "Avenida O'Higgins",
           "Calle Freire"],
    "ar": ["Av. San Martín", "Calle Belgrano", "Bv. Oroño", "Calle Sarmiento", "Av. Colón", "Pasaje Güemes"],
    "uy": ["Av. 18 de Julio", "Calle Artigas", "Calle Treinta y Tres", "Bvar. España", "Calle Rivera",
           "Calle Larrañaga"],
    "ec": ["Av. Remigio Crespo", "Calle Bolívar", "Av. de las Américas", "Calle Sucre", "Calle Gran Colombia",
           "Av. Solano"],
}


def street(g: Gen, country: str) -> str:
    """A private address line as each country writes it."""
    s = g.rnd.choice(STREETS[country])
    n = g.rnd.randint(1, 240)
    r = g.rnd
    if country in ("cat", "es", "gal"):
        return r.choice([f"{s}, {n}", f"{s} {n}, {r.randint(1, 8)}º {r.choice('ABCD')}",
                         f"{s}, {n} {r.randint(1, 6)}-{r.randint(1, 4)}", f"{s} {n} bajo"])
    if country == "pt":
        return r.choice([f"{s}, {n}", f"{s} {n}, {r.randint(1, 5)}º Esq.", f"{s}, n.º {n} R/C Dto"])
    if country == "br":
        return r.choice([f"{s}, {n}", f"{s}, {n} - Apto {r.randint(11, 304)}", f"{s}, {n}, Casa 2"])
    if country == "it":
        return r.choice([f"{s} {n}", f"{s}, {n}/{r.choice('ABC')}", f"{s} {n} int. {r.randint(1, 20)}"])
    if country == "co":
        return f"{s} # {r.randint(1, 99)}-{r.randint(1, 99)}" + r.choice(["", f" Apto {r.randint(101, 904)}"])
    if country == "mx":
        return r.choice([f"{s} {n}", f"{s} {n} Int. {r.randint(1, 12)}", f"{s} No. {n}, Col. Centro"])
    if country == "pe":
        return r.choice([f"{s} {n}", f"{s} Mz. {r.choice('ABCDEF')} Lt. {r.randint(1, 30)}", f"{s} {n} Dpto. 201"])
    if country == "ar":
        return r.choice([f"{s} {n * 10}", f"{s} {n * 10} {r.randint(1, 9)}º {r.choice('ABCD')}"])
    return r.choice([f"{s} {n}", f"{s} {n} apto. {r.randint(1, 12)}", f"{s} #{n}"])


def street_only(g: Gen, country: str) -> str:
    return g.rnd.choice(STREETS[country])


def postal(g: Gen, country: str, lead: str) -> str:
    """A postal code of ``country`` starting with ``lead``: CP (ES 5 digits), código postal (PT 4-3), CEP (BR 5-3),
    CAP (IT 5), MX 5, CO 6, PE 5, CL 7, AR 4 (or CPA), UY 5, EC 6."""
    if country in ("cat", "gal", "es", "it"):
        return lead + g.digits(5 - len(lead))
    if country == "pt":
        return f"{lead}{g.digits(2)}-{g.digits(3)}"
    if country == "br":
        return f"{lead}{g.digits(2)}-{g.digits(3)}"
    if country == "mx":
        return lead + g.digits(3)
    if country in ("co", "ec"):
        return lead + g.digits(4)
    if country == "pe":
        return lead + g.digits(3)
    if country == "cl":
        return lead + g.digits(5)
    if country == "ar":
        return lead if g.rnd.random() < 0.6 else f"{g.rnd.choice('SBXQN')}{lead}{g.code('AAA')}"
    return lead + g.digits(3)


# -- identifiers with check digits (python-stdnum) ---------------------------------------------------------------------


def es_dni(g: Gen) -> str:
    body = f"{g.rnd.randint(1_000_000, 79_999_999):08d}"
    number = body + _dni.calc_check_digit(body)
    assert _dni.is_valid(number)
    return number


def es_nie(g: Gen) -> str:
    lead = g.rnd.choice("XYZ")
    body = g.digits(7)
    number = lead + body + _dni.calc_check_digit(str("XYZ".index(lead)) + body)
    assert _nie.is_valid(number)
    return number


def es_nuss(g: Gen) -> str:
    """A Spanish social-security affiliation number (NUSS): province, eight digits, two check digits (mod 97)."""
    body = f"{g.rnd.choice([8, 17, 25, 43, 15, 36, 2, 10]):02d}{g.rnd.randint(10_000_000, 99_999_999)}"
    return f"{body}{int(body) % 97:02d}"


def es_cif(g: Gen) -> str:
    body = g.rnd.choice("ABFG") + g.digits(7)
    return body + _cif.calc_check_digits(body)[0 if body[0] in "ABFG" else 1]


def es_refcat(g: Gen) -> str:
    body = g.code("9999999AA9999A9999")
    number = body + _refcat.calc_check_digits(body)
    assert _refcat.is_valid(number)
    return number


def pt_nif(g: Gen, company: bool = False) -> str:
    body = (g.rnd.choice("5") if company else g.rnd.choice("123")) + g.digits(7)
    number = body + _ptnif.calc_check_digit(body)
    assert _ptnif.is_valid(number)
    return number


def br_cpf(g: Gen, formatted: bool = True) -> str:
    body = g.digits(9)
    number = body + _cpf._calc_check_digits(body)
    assert _cpf.is_valid(number)
    return _cpf.format(number) if formatted else number


def br_cnpj(g: Gen) -> str:
    body = g.digits(8) + "0001"
    number = body + _cnpj.calc_check_digits(body)
    assert _cnpj.is_valid(number)
    return _cnpj.format(number)


def br_pis(g: Gen) -> str:
    """A Brazilian PIS/PASEP/NIS number (social insurance): ten digits and a mod-11 check digit."""
    body = g.rnd.choice("12") + g.digits(9)
    total = sum(int(d) * w for d, w in zip(body, [3, 2, 9, 8, 7, 6, 5, 4, 3, 2], strict=True))
    check = 11 - total % 11
    check = 0 if check >= 10 else check
    return f"{body[:3]}.{body[3:8]}.{body[8:10]}-{check}"


def _cf_part(text: str, given_name: bool) -> str:
    letters = [ch for ch in fold(text).upper() if ch.isalpha()]
    cons = [ch for ch in letters if ch not in "AEIOU"]
    vows = [ch for ch in letters if ch in "AEIOU"]
    if given_name and len(cons) >= 4:
        return cons[0] + cons[2] + cons[3]
    return "".join((cons + vows + ["X", "X", "X"])[:3])


#: cadastral codes of some comuni (for the codice fiscale's birthplace)
IT_COMUNI = {"Pescara": "G482", "Cosenza": "D086", "Novara": "F952", "Rimini": "H294", "Salerno": "H703",
             "Vicenza": "L840", "Sassari": "I452"}


def it_codice_fiscale(first: str, last: str, born: date, female: bool, comune: str) -> str:
    """An Italian codice fiscale encoding the name, the birth date and the comune (check letter: python-stdnum)."""
    day = born.day + (40 if female else 0)
    body = (_cf_part(last, False) + _cf_part(first, True) + f"{born.year % 100:02d}" + "ABCDEHLMPRST"[born.month - 1]
            + f"{day:02d}" + IT_COMUNI[comune])
    number = body + _cf.calc_check_digit(body)
    assert _cf.is_valid(number)
    return number


def it_piva(g: Gen) -> str:
    body = g.digits(7) + f"{g.rnd.randint(1, 100):03d}"
    number = body + luhn.calc_check_digit(body)
    assert _iva.is_valid(number)
    return number


MX_STATES = ["PL", "QT", "MN", "SR", "YN", "AS", "MC", "DF", "JC", "NL"]


def _mx_initials(first: str, a: str, b: str) -> str:
    fa, fb, ff = fold(a).upper(), fold(b).upper(), fold(first.split()[0]).upper()
    vowel = next((ch for ch in fa[1:] if ch in "AEIOU"), "X")
    return fa[0] + vowel + fb[0] + ff[0]


def _mx_consonants(first: str, a: str, b: str) -> str:
    def inner(word: str) -> str:
        w = fold(word.split()[0]).upper()
        return next((ch for ch in w[1:] if ch.isalpha() and ch not in "AEIOU"), "X")

    return inner(a) + inner(b) + inner(first)


_BAD = {"BUEI", "BUEY", "CACA", "CACO", "CAGA", "CAGO", "CAKA", "COGE", "COJA", "COJE", "COJI", "COJO", "CULO",
        "FETO", "GUEY", "JOTO", "KACA", "KACO", "KAGA", "KAGO", "KOGE", "KOJO", "KAKA", "KULO", "MAME", "MAMO",
        "MEAR", "MEON", "MION", "MOCO", "MULA", "PEDA", "PEDO", "PENE", "PUTA", "PUTO", "QULO", "RATA", "RUIN"}


def mx_curp(g: Gen, first: str, a: str, b: str, born: date, female: bool) -> str:
    """A CURP encoding the row's names, birth date and sex (check digit: python-stdnum)."""
    head = _mx_initials(first, a, b)
    if head in _BAD:
        head = head[0] + "X" + head[2:]
    body = (head + born.strftime("%y%m%d") + ("M" if female else "H") + g.rnd.choice(MX_STATES)
            + _mx_consonants(first, a, b) + (g.rnd.choice(string.digits) if born.year < 2000
                                             else g.rnd.choice(string.ascii_uppercase)))
    number = body + _curp.calc_check_digit(body)
    if not _curp.is_valid(number):  # an inconvenient word: RENAPO replaces the second letter with X
        body = body[0] + "X" + body[2:]
        number = body + _curp.calc_check_digit(body)
    assert _curp.is_valid(number), "curp"
    return number


def mx_rfc(g: Gen, first: str, a: str, b: str, born: date) -> str:
    """An RFC of a person (13 characters, homoclave and check digit: python-stdnum)."""
    head = _mx_initials(first, a, b)
    if head in _BAD:
        head = head[:3] + "X"
    body = head + born.strftime("%y%m%d") + g.code("ZZ")
    number = body + _rfc.calc_check_digit(body)
    if not _rfc.is_valid(number):  # an inconvenient word: the last letter becomes X
        body = body[:3] + "X" + body[4:]
        number = body + _rfc.calc_check_digit(body)
    assert _rfc.is_valid(number), "rfc"
    return number


def co_cedula(g: Gen) -> str:
    """A Colombian cédula de ciudadanía (no check digit): 8 or 10 digits."""
    return str(g.rnd.randint(10_000_000, 99_999_999)) if g.rnd.random() < 0.5 else \
        str(g.rnd.randint(1_000_000_000, 1_199_999_999))


def co_nit(g: Gen) -> str:
    """A Colombian company NIT with its check digit (``900123456-7``)."""
    from stdnum.co import nit
    body = "9" + g.digits(8)
    return f"{body}-{nit.calc_check_digit(body)}"


def pe_dni(g: Gen) -> str:
    return f"{g.rnd.randint(10_000_000, 79_999_999):08d}"


def pe_ruc_company(g: Gen) -> str:
    body = "20" + g.digits(8)
    number = body + _peruc.calc_check_digit(body)
    assert _peruc.is_valid(number)
    return number


def cl_rut(g: Gen) -> tuple[str, str]:
    """``(body, check)`` of a person's RUT."""
    body = str(g.rnd.randint(6_000_000, 26_999_999))
    return body, _rut.calc_check_digit(body)


def cl_fmt(body: str, check: str) -> str:
    return f"{int(body):,}".replace(",", ".") + f"-{check}"


def ar_dni(g: Gen) -> str:
    return str(g.rnd.randint(14_000_000, 45_999_999))


def ar_cuil(g: Gen, dni: str, female: bool) -> str:
    for prefix in (("27", "23") if female else ("20", "23")):
        body = prefix + dni.zfill(8)
        check = _cuit.calc_check_digit(body)
        if check != "10" and len(check) == 1:
            number = body + check
            if _cuit.is_valid(number):
                return f"{number[:2]}-{number[2:10]}-{number[10]}"
    raise RuntimeError("cuil")


def ar_cuit_company(g: Gen) -> str:
    def make() -> str:
        body = g.rnd.choice(["30", "33"]) + g.digits(8)
        return body + _cuit.calc_check_digit(body)

    number = g.valid(make, lambda x: len(x) == 11 and _cuit.is_valid(x))
    return f"{number[:2]}-{number[2:10]}-{number[10]}"


def uy_check(body: str) -> int:
    """The check digit of a Uruguayan cédula de identidad (seven digits, weights 2987634)."""
    total = sum(int(d) * w for d, w in zip(body.zfill(7), [2, 9, 8, 7, 6, 3, 4], strict=True))
    return (10 - total % 10) % 10


def uy_ci(g: Gen) -> str:
    body = str(g.rnd.randint(1_000_000, 6_499_999))
    check = uy_check(body)
    return g.rnd.choice([f"{body[0]}.{body[1:4]}.{body[4:]}-{check}", f"{body}{check}", f"{body}-{check}"])


def ec_ci(g: Gen) -> str:
    def make() -> str:
        return f"{g.rnd.randint(1, 24):02d}{g.rnd.randint(0, 5)}{g.digits(7)}"

    return g.valid(make, _ecci.is_valid)


def card(g: Gen) -> str:
    """A number passing Luhn with a Visa, Mastercard, Elo-like or Amex prefix."""
    prefix, length = g.rnd.choice([("4", 16), ("51", 16), ("5067", 16), ("37", 15)])
    body = prefix + g.digits(length - len(prefix) - 1)
    return body + luhn.calc_check_digit(body)


#: BBAN layouts (9 a digit, A a letter); python-stdnum checks the result, national checks are retried
BBAN = {"ES": "99999999999999999999", "PT": "999999999999999999999", "IT": "A9999999999ZZZZZZZZZZZZ"}


def iban(g: Gen, country: str, spaced: bool = False) -> str:
    """A valid IBAN of ``country`` (check digits computed, national checks retried, python-stdnum checks it)."""

    def make() -> str:
        bban = g.code(BBAN[country])
        if country == "ES":
            from stdnum.es import ccc
            bban = bban[:8] + ccc.calc_check_digits(bban[:8] + "00" + bban[10:]) + bban[10:]
        check = 98 - int("".join(str(int(ch, 36)) for ch in bban + country + "00")) % 97
        return f"{country}{check:02d}{bban}"

    number = g.valid(make, _iban.is_valid)
    return " ".join(number[i:i + 4] for i in range(0, len(number), 4)) if spaced else number


def sha1(g: Gen) -> str:
    return hashlib.sha1(str(g.rnd.random()).encode(), usedforsecurity=False).hexdigest()


# -- businesses (written for v34) --------------------------------------------------------------------------------------

COMPANIES = {
    "es": ["Transportes Garrido e Hijos S.L.", "Talleres Olmedo S.A.", "Construcciones Zamorano S.L.",
           "Conservas Rial S.A.", "Frigoríficos do Morrazo S.L.", "Panadería Quintanilla S.L."],
    "br": ["Metalúrgica Siqueira Ltda", "Supermercados Bezerra S.A.", "Transportadora Medeiros Ltda",
           "Confecções Holanda ME", "Padaria Nascimento EIRELI"],
    "pe": ["Inversiones Huamán S.A.C.", "Textil Condori E.I.R.L.", "Agroexportadora Los Incas S.A.C.",
           "Ferretería Quispe S.R.L."],
    "ar": ["Frigorífico Pereyra S.A.", "Metalúrgica Irigoyen S.R.L.", "Transportes del Litoral S.A.",
           "Cooperativa Agrícola Oroño Ltda."],
    "it": ["Edilizia Marchetti S.r.l.", "Idraulica Caruso & C. S.n.c.", "Ascensori Fontana S.p.A.",
           "Pulizie Testa S.r.l.s."],
    "co": ["Confecciones Arboleda S.A.S.", "Distribuidora Cardona Ltda.", "Café Ospina S.A.S."],
}
