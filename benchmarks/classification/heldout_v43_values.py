"""Values of held-out set v43 (:mod:`benchmarks.classification.heldout_v43`): v43's random source, names, streets,
cities and postal codes written by hand for v43 (no Faker, no list of real people), phones checked with phonenumbers
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
from stdnum import bic as _bic
from stdnum import iban as _iban
from stdnum import isin as _isin
from stdnum import lei as _lei
from stdnum import luhn
from stdnum.br import cnpj as _cnpj
from stdnum.br import cpf as _cpf
from stdnum.de import idnr as _idnr
from stdnum.es import dni as _dni
from stdnum.es import nie as _nie
from stdnum.fr import nir as _nir
from stdnum.iso7064 import mod_97_10
from stdnum.it import codicefiscale as _cf
from stdnum.nl import bsn as _bsn
from stdnum.pl import nip as _nip
from stdnum.pl import pesel as _pesel
from stdnum.pt import nif as _nif
from stdnum.se import orgnr as _orgnr
from stdnum.se import personnummer as _pnr
from stdnum.us import ssn as _ssn

from benchmarks.classification.heldout_v2 import Column

SEED = 43_517_2026
N = "none"
#: a login or user name (review, as in v27)
USERNAME = "unclassified"
#: NULL-like strings of v43's systems (tests skip them)
NULLISH: tuple[str, ...] = (
    "", " ", "-", "--", "NULL", "null", "n/a", "N/A", "NA", "none", "None", "?", "keine", "aucun", "ninguno",
    "nessuno", "geen", "brak", "nenhum", "saknas", "0", "00000000")


def fold(text: str) -> str:
    text = unicodedata.normalize("NFKD", text.lower())
    return "".join(ch for ch in text if not unicodedata.combining(ch)).replace("ß", "ss").replace("ł", "l") \
        .replace("'", "")


class Gen:
    """The random source of one table: ``rows`` rows, seeded from :data:`SEED` and ``table``."""

    def __init__(self, table: str, rows: int) -> None:
        self.table = table
        self.rows = rows
        self.rnd = random.Random(f"v43:{SEED}:{table}")

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
                return self.rnd.choice(["312", "414", "612", "216", "412", "614", "317", "502", "615", "404"]) + \
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



# -- names (written for v43) -------------------------------------------------------------------------------------------

#: language -> (male given names, female given names, family names)
NAMES: dict[str, tuple[list[str], list[str], list[str]]] = {
    "en": (["Alistair", "Callum", "Dominic", "Fergus", "Gideon", "Hamish", "Rupert", "Tobias", "Percival", "Neville"],
           ["Bethany", "Cressida", "Eloise", "Harriet", "Isadora", "Juliet", "Philippa", "Rowena", "Tamsin", "Verity"],
           ["Ashworth", "Blackwood", "Cartwright", "Dewhurst", "Eversleigh", "Fenwick", "Garside", "Hargreaves",
            "Ingleby", "Kirkbride", "Lumley", "Moorcroft", "Pickering", "Rushworth", "Stansfield", "Whitlock"]),
    "us": (["Bradley", "Dwayne", "Garrett", "Kendrick", "Marcus", "Raymond", "Terrence", "Wesley", "Hector", "Quincy"],
           ["Brianna", "Darlene", "Jolene", "Kimberly", "LaToya", "Madison", "Rhonda", "Shelby", "Yolanda", "Tiffany"],
           ["Abernathy", "Buckner", "Calloway", "Delacroix", "Fitzgerald", "Gutierrez", "Holcomb", "Jefferson",
            "Kowalczyk", "McAllister", "Nakamura", "Okafor", "Pettigrew", "Ramirez", "Sorensen", "Whitfield"]),
    "de": (["Bastian", "Detlef", "Eckhard", "Florian", "Gernot", "Jörg", "Malte", "Rüdiger", "Torsten", "Volker"],
           ["Anke", "Birgit", "Dörte", "Gesine", "Heike", "Jutta", "Katrin", "Silke", "Ulrike", "Wiebke"],
           ["Brandstätter", "Dreßler", "Eichhorn", "Fuchsberger", "Gründler", "Hölzl", "Kretschmer", "Lindemann",
            "Mühlbauer", "Pfeiffer", "Schäfer", "Tiedemann"]),
    "fr": (["Aurélien", "Baptiste", "Clément", "Étienne", "Gaëtan", "Jérôme", "Mathurin", "Thibault", "Yannick"],
           ["Apolline", "Bérénice", "Capucine", "Delphine", "Gwendoline", "Mélisande", "Ségolène", "Solène"],
           ["Beaumarchais", "Chevalier", "Dufresne", "Fontaine", "Guillot", "Lacroix", "Marchand", "Rousseau",
            "Vasseur", "Lefebvre"]),
    "es": (["Agustín", "Borja", "Cayetano", "Eusebio", "Gonzalo", "Iñaki", "Nicanor", "Rodrigo", "Santiago"],
           ["Almudena", "Begoña", "Covadonga", "Inmaculada", "Maite", "Nerea", "Remedios", "Yolanda"],
           ["Aguirre", "Barrionuevo", "Cifuentes", "Echevarría", "Gallardo", "Iglesias", "Morcillo", "Quintana",
            "Sepúlveda", "Urquijo"]),
    "it": (["Arnaldo", "Ettore", "Guido", "Leopoldo", "Ottavio", "Rodolfo", "Tancredi", "Umberto", "Vittorio"],
           ["Adelaide", "Beatrice", "Costanza", "Eleonora", "Gemma", "Letizia", "Margherita", "Ottavia"],
           ["Barbieri", "Castellani", "D'Amico", "Fumagalli", "Guerrini", "Marchetti", "Pellegrino", "Sartori",
            "Tosi", "Zanetti"]),
    "nl": (["Bram", "Daan", "Gijs", "Jeroen", "Maarten", "Pieter", "Ruud", "Sjoerd", "Wouter"],
           ["Anouk", "Fenna", "Ilse", "Janneke", "Lieke", "Marloes", "Roos", "Sanne"],
           ["Bakker", "de Groot", "Hoekstra", "Jansen", "Kuipers", "van Dijk", "van der Veen", "Verhoeven", "Visser",
            "Smit"]),
    "pl": (["Bartłomiej", "Grzegorz", "Jarosław", "Kazimierz", "Łukasz", "Przemysław", "Tadeusz", "Wojciech"],
           ["Agnieszka", "Bożena", "Danuta", "Grażyna", "Jadwiga", "Małgorzata", "Urszula", "Wiesława"],
           ["Bąk", "Chmielewski", "Dąbrowski", "Grabowski", "Jabłoński", "Kaczmarek", "Piątek", "Sikora",
            "Wróblewski", "Zieliński"]),
    "pt": (["Anderson", "Cláudio", "Edivaldo", "Gilberto", "Jair", "Marcelo", "Raimundo", "Rogério", "Wellington"],
           ["Adriana", "Cleide", "Francisca", "Gislaine", "Josiane", "Luciana", "Rosângela", "Simone"],
           ["Albuquerque", "Cavalcanti", "Figueiredo", "Guimarães", "Nascimento", "Rezende", "Siqueira", "Vasconcelos",
            "Moreira", "Teixeira"]),
    "pt_pt": (["Afonso", "Duarte", "Gonçalo", "Henrique", "Rui", "Tiago", "Vasco", "Nuno"],
              ["Beatriz", "Carolina", "Inês", "Leonor", "Mafalda", "Matilde", "Rita", "Sofia"],
              ["Antunes", "Brandão", "Correia", "Fonseca", "Magalhães", "Pinheiro", "Quaresma", "Sequeira",
               "Valente"]),
    "sv": (["Algot", "Edvin", "Folke", "Hugo", "Ivar", "Josef", "Nils", "Ture", "Vilgot"],
           ["Alva", "Elsa", "Greta", "Hedda", "Ines", "Klara", "Saga", "Stina"],
           ["Bengtsson", "Dahlberg", "Ekström", "Hedlund", "Jakobsson", "Lundqvist", "Norberg", "Sjöberg",
            "Wallin"]),
}


def person(g: Gen, lang: str = "en", female: bool | None = None) -> tuple[str, str]:
    female = g.rnd.random() < 0.5 if female is None else female
    males, females, lasts = NAMES[lang]
    return g.rnd.choice(females if female else males), g.rnd.choice(lasts)


def whole(g: Gen, lang: str = "en") -> str:
    a, b = person(g, lang)
    return f"{a} {b}"


def given(g: Gen, lang: str = "en") -> str:
    return person(g, lang)[0]


def plain(text: str) -> str:
    return "".join(ch for ch in fold(text) if ch.isalnum() and ch.isascii())


DOMAINS = {
    "en": ["btinternet.com", "gmail.com", "outlook.com", "sky.com", "yahoo.co.uk"],
    "us": ["gmail.com", "yahoo.com", "aol.com", "comcast.net", "icloud.com"],
    "de": ["web.de", "gmx.de", "t-online.de", "posteo.de", "gmail.com"],
    "fr": ["orange.fr", "free.fr", "laposte.net", "gmail.com", "sfr.fr"],
    "es": ["telefonica.net", "gmail.com", "hotmail.es", "yahoo.es"],
    "it": ["libero.it", "virgilio.it", "alice.it", "gmail.com"],
    "nl": ["ziggo.nl", "kpnmail.nl", "xs4all.nl", "gmail.com"],
    "pl": ["wp.pl", "onet.pl", "interia.pl", "o2.pl", "gmail.com"],
    "pt": ["uol.com.br", "bol.com.br", "terra.com.br", "gmail.com"],
    "pt_pt": ["sapo.pt", "gmail.com", "clix.pt", "outlook.pt"],
    "sv": ["telia.com", "bredband.net", "gmail.com", "spray.se"],
}


def email_of(g: Gen, first: str, last: str, lang: str) -> str:
    a, b = plain(first), plain(last)
    local = g.rnd.choice([f"{a}.{b}", f"{a[0]}{b}", f"{a}{g.rnd.randint(1, 99)}", f"{b}.{a[0]}", f"{a}_{b}",
                          f"{b}{a[:2]}{g.rnd.randint(50, 99)}"])
    return f"{local}@{g.rnd.choice(DOMAINS[lang])}"


def work_email(first: str, last: str, domain: str) -> str:
    return f"{plain(first)}.{plain(last)}@{domain}"


def login(first: str, last: str, style: int) -> str:
    a, b = plain(first), plain(last)
    return [f"{a[0]}{b}", f"{a}.{b}", f"{b[:6]}{a[0]}", f"{a}_{b[0]}", f"{a[:3]}{b[:3]}"][style % 5]


# -- places (written for v43) ------------------------------------------------------------------------------------------

#: country -> (city, postal-code lead) ; the postal-code builder below completes the lead
CITIES: dict[str, list[tuple[str, str]]] = {
    "GB": [("Leeds", "LS"), ("Sheffield", "S"), ("Norwich", "NR"), ("Exeter", "EX"), ("Carlisle", "CA"),
           ("Swansea", "SA"), ("Dundee", "DD"), ("York", "YO")],
    "US": [("Milwaukee", "532"), ("Cleveland", "441"), ("Pittsburgh", "152"), ("Columbus", "432"),
           ("Indianapolis", "462"), ("Louisville", "402"), ("Nashville", "372"), ("Atlanta", "303"),
           ("Minneapolis", "554")],
    "DE": [("Bielefeld", "33"), ("Kassel", "34"), ("Würzburg", "97"), ("Osnabrück", "49"), ("Rostock", "18"),
           ("Freiburg im Breisgau", "79"), ("Regensburg", "93")],
    "FR": [("Rennes", "35"), ("Dijon", "21"), ("Limoges", "87"), ("Clermont-Ferrand", "63"), ("Angers", "49"),
           ("Besançon", "25"), ("Perpignan", "66")],
    "ES": [("Valladolid", "47"), ("Zaragoza", "50"), ("Santander", "39"), ("Córdoba", "14"), ("Murcia", "30"),
           ("Oviedo", "33"), ("Vitoria-Gasteiz", "01")],
    "IT": [("Brescia", "25"), ("Padova", "35"), ("Ferrara", "44"), ("Ancona", "60"), ("Bari", "70"),
           ("Cagliari", "09"), ("Udine", "33")],
    "NL": [("Zwolle", "80"), ("Leeuwarden", "89"), ("Nijmegen", "65"), ("Tilburg", "50"), ("Amersfoort", "38"),
           ("Maastricht", "62"), ("Delft", "26")],
    "PL": [("Lublin", "20"), ("Rzeszów", "35"), ("Białystok", "15"), ("Olsztyn", "10"), ("Kielce", "25"),
           ("Opole", "45"), ("Toruń", "87")],
    "PT": [("Braga", "47"), ("Coimbra", "30"), ("Aveiro", "38"), ("Évora", "70"), ("Faro", "80"), ("Viseu", "35"),
           ("Setúbal", "29")],
    "BR": [("Recife", "50"), ("Goiânia", "74"), ("Belém", "66"), ("Florianópolis", "88"), ("Campinas", "13"),
           ("Natal", "59"), ("Londrina", "86")],
    "SE": [("Gävle", "80"), ("Sundsvall", "85"), ("Karlstad", "65"), ("Växjö", "35"), ("Kalmar", "39"),
           ("Östersund", "83"), ("Halmstad", "30")],
}

STREETS: dict[str, list[str]] = {
    "GB": ["Harrowgate Road", "Kingsmead Close", "Tanners Lane", "Ravensworth Terrace", "Bishopsgate Row",
           "Moorland View", "Chapel Fold"],
    "US": ["N Prospect Ave", "W Lake Shore Dr", "Euclid Heights Blvd", "Bardstown Rd", "Hennepin Ave S",
           "Peachtree Battle Ave", "Grandview Ave"],
    "DE": ["Lindenallee", "Am Mühlbach", "Schillerstraße", "Hagebuttenweg", "Kastanienring", "Bahnhofstraße",
           "Zum Steinbruch"],
    "FR": ["rue des Tanneurs", "avenue Jean Jaurès", "impasse des Lilas", "boulevard Carnot", "chemin du Moulin",
           "place de la Halle"],
    "ES": ["Calle Mayor", "Avenida de la Constitución", "Calle del Carmen", "Paseo de Zorrilla", "Ronda Norte",
           "Calle Real"],
    "IT": ["Via Cavour", "Corso Mazzini", "Via delle Rose", "Viale dei Tigli", "Via Roma", "Piazzale Marconi"],
    "NL": ["Kerkstraat", "Molenweg", "Prinsengracht", "Beukenlaan", "Dorpsstraat", "Wilhelminapark"],
    "PL": ["ul. Lipowa", "ul. Ogrodowa", "ul. Kościuszki", "al. Niepodległości", "ul. Polna", "ul. Słoneczna"],
    "PT": ["Rua do Comércio", "Avenida da Liberdade", "Travessa das Flores", "Rua Direita", "Largo do Chafariz"],
    "BR": ["Rua das Palmeiras", "Avenida Boa Viagem", "Rua Sete de Setembro", "Travessa São José",
           "Alameda dos Ipês"],
    "SE": ["Storgatan", "Nygatan", "Skolvägen", "Kyrkogatan", "Björkallén", "Lärkvägen"],
}


def city(g: Gen, country: str) -> tuple[str, str]:
    return g.rnd.choice(CITIES[country])


def postcode(g: Gen, country: str, lead: str) -> str:
    """A postal code of ``country`` starting with ``lead`` (the city's)."""
    if country == "GB":
        return f"{lead}{g.rnd.randint(1, 19)} {g.rnd.randint(1, 9)}{g.code('AA').replace('I', 'B')}"
    if country in ("DE", "FR", "ES", "IT"):
        return lead + g.digits(3)
    if country == "US":
        return lead + g.digits(2)
    if country == "NL":
        return f"{lead}{g.digits(2)} {g.rnd.choice(['AB', 'CK', 'GT', 'LM', 'RS', 'XZ', 'HJ'])}"
    if country == "PL":
        return f"{lead}-{g.digits(3)}"
    if country == "PT":
        return f"{lead}{g.digits(2)}-{g.digits(3)}"
    if country == "BR":
        return f"{lead}{g.digits(3)}-{g.digits(3)}"
    if country == "SE":
        return f"{lead}{g.digits(1)} {g.digits(2)}"
    raise ValueError(country)


def street(g: Gen, country: str) -> str:
    s = g.rnd.choice(STREETS[country])
    n = g.rnd.randint(1, 140)
    if country in ("GB", "US"):
        return f"{n if country == 'GB' else g.rnd.randint(100, 9800)} {s}"
    if country == "FR":
        return f"{n}{g.rnd.choice(['', '', ' bis'])} {s}"
    if country == "ES":
        return f"{s}, {n}, {g.rnd.randint(1, 8)}º {g.rnd.choice('ABCD')}"
    if country == "BR":
        return f"{s}, {n * 10}" + g.rnd.choice(["", f", apto {g.rnd.randint(11, 804)}"])
    if country == "PL":
        return f"{s} {n}" + g.rnd.choice(["", f"/{g.rnd.randint(1, 60)}"])
    return f"{s} {n}" + g.rnd.choice(["", "", "a", " bis"] if country == "NL" else ["", ""])


# -- identifiers with check digits (python-stdnum) ---------------------------------------------------------------------


def card(g: Gen) -> str:
    """A number passing Luhn with a Visa, Mastercard or Amex prefix."""
    prefix, length = g.rnd.choice([("4", 16), ("53", 16), ("2720", 16), ("34", 15)])
    body = prefix + g.digits(length - len(prefix) - 1)
    return body + luhn.calc_check_digit(body)


def masked_card(g: Gen) -> str:
    """A masked PAN (first six and last four digits kept)."""
    number = card(g)
    return number[:6] + "*" * (len(number) - 10) + number[-4:]


#: BBAN layouts (9 a digit, A a letter, Z either); python-stdnum checks the result (national checks retried)
BBAN = {"DE": "999999999999999999", "FR": "9999999999ZZZZZZZZZZZ99", "ES": "99999999999999999999",
        "IT": "A9999999999ZZZZZZZZZZZZ", "NL": "AAAA9999999999", "PL": "999999999999999999999999",
        "PT": "999999999999999999999", "SE": "99999999999999999999", "GB": "AAAA99999999999999"}


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


def de_idnr(g: Gen) -> str:
    """A German Steuer-ID (11 digits, ISO 7064 mod 11,10; python-stdnum's digit rules retried)."""
    return g.valid(lambda: str(g.rnd.randint(1, 9)) + g.digits(10), _idnr.is_valid)


def fr_nir(g: Gen, born: date, female: bool) -> str:
    """A French NIR encoding sex, year and month of birth (key: python-stdnum)."""
    dept = g.rnd.choice(["35", "21", "87", "63", "49", "25", "66", "75", "69"])
    body = f"{2 if female else 1}{born.strftime('%y%m')}{dept}{g.rnd.randint(1, 990):03d}{g.rnd.randint(1, 999):03d}"
    number = body + _nir.calc_check_digits(body)
    assert _nir.is_valid(number)
    return number


def es_dni(g: Gen) -> str:
    body = f"{g.rnd.randint(1_000_000, 79_999_999):08d}"
    return body + _dni.calc_check_digit(body)


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


#: Italian birthplaces: (comune, cadastral code)
IT_BIRTHPLACES = [("Brescia", "B157"), ("Padova", "G224"), ("Ferrara", "D548"), ("Ancona", "A271"),
                  ("Bari", "A662"), ("Cagliari", "B354"), ("Udine", "L483")]


def it_codice_fiscale(first: str, last: str, born: date, female: bool, comune: str) -> str:
    """An Italian codice fiscale encoding the name, the birth date and the comune (check letter: python-stdnum)."""
    day = born.day + (40 if female else 0)
    body = (_cf_part(last, False) + _cf_part(first, True) + f"{born.year % 100:02d}" + "ABCDEHLMPRST"[born.month - 1]
            + f"{day:02d}" + comune)
    number = body + _cf.calc_check_digit(body)
    assert _cf.is_valid(number)
    return number


def nl_bsn(g: Gen) -> str:
    return g.valid(lambda: str(g.rnd.randint(1, 6)) + g.digits(8), _bsn.is_valid)


def pl_pesel(g: Gen, born: date, female: bool) -> str:
    """A PESEL encoding ``born`` (month + 20 after 1999) and sex (check digit: python-stdnum)."""
    month = born.month + (20 if born.year >= 2000 else 0)
    serial = g.digits(3) + g.rnd.choice("02468" if female else "13579")
    body = f"{born.year % 100:02d}{month:02d}{born.day:02d}{serial}"
    number = body + _pesel.calc_check_digit(body)
    assert _pesel.is_valid(number)
    return number


def pl_nip(g: Gen) -> str:
    """A Polish company tax number (NIP): a business's, labeled ``none``."""
    return g.valid(lambda: str(g.rnd.randint(1, 9)) + g.digits(9), _nip.is_valid)


def pt_nif(g: Gen) -> str:
    body = g.rnd.choice("12") + g.digits(7)
    number = body + _nif.calc_check_digit(body)
    assert _nif.is_valid(number)
    return number


def br_cpf(g: Gen, formatted: bool = True) -> str:
    number = g.valid(lambda: g.digits(11), _cpf.is_valid)
    return _cpf.format(number) if formatted else number


def br_cnpj(g: Gen) -> str:
    """A Brazilian company number (CNPJ): a business's, labeled ``none``."""
    body = g.digits(8) + "0001"
    number = body + _cnpj.calc_check_digits(body)
    assert _cnpj.is_valid(number)
    return _cnpj.format(number)


def se_personnummer(g: Gen, born: date) -> str:
    """A Swedish personnummer ``YYMMDD-NNNC`` encoding ``born`` (Luhn check digit; python-stdnum checks it)."""
    body = born.strftime("%y%m%d") + g.digits(3)
    number = f"{body[:6]}-{body[6:]}{luhn.calc_check_digit(body)}"
    assert _pnr.is_valid(number)
    return number


def se_orgnr(g: Gen) -> str:
    """A Swedish company number (organisationsnummer): a business's, labeled ``none``."""
    body = g.rnd.choice(["502", "556", "559"]) + g.digits(6)
    number = body + luhn.calc_check_digit(body)
    assert _orgnr.is_valid(number)
    return f"{number[:6]}-{number[6:]}"


# -- financial identifiers (decoys) ------------------------------------------------------------------------------------


def lei(g: Gen) -> str:
    """An ISO 17442 LEI (18 characters and two ISO 7064 mod 97-10 check digits; python-stdnum checks it)."""
    body = g.code("9999") + "00" + g.code("ZZZZZZZZZZZZ")
    number = body + mod_97_10.calc_check_digits(body)
    assert _lei.is_valid(number)
    return number


def isin(g: Gen) -> str:
    body = g.rnd.choice(["DE000", "FR001", "IT000", "NL001", "US037", "IE00B", "LU123"]) + g.code("ZZZZZ") + \
        g.digits(1)
    number = body + _isin.calc_check_digit(body)
    assert _isin.is_valid(number)
    return number


#: (bank code, country, location) of invented BICs; python-stdnum checks the layout and the country
BIC_PARTS = [("HALB", "GB", "2L"), ("OSTK", "DE", "FF"), ("CRVA", "FR", "PP"), ("BRGO", "ES", "MM"),
             ("BPVE", "IT", "MM"), ("NOHA", "NL", "2A"), ("WSCH", "PL", "PW"), ("CXMI", "PT", "PL"),
             ("NRGO", "SE", "SS"), ("LKSH", "US", "33")]


def bic(g: Gen) -> str:
    bank, country, loc = g.rnd.choice(BIC_PARTS)
    number = bank + country + loc + g.rnd.choice(["", "XXX", "100", "CBK"])
    assert _bic.is_valid(number)
    return number


def sepa_ci(g: Gen, country: str = "DE") -> str:
    """A SEPA creditor identifier ``CCkkZZZ<national id>`` (ISO 7064 mod 97-10 over the national id and the country,
    the business code ``ZZZ`` left out; python-stdnum has no module for it, the test checks it the same way)."""
    national = "0" + g.digits(10)
    check = mod_97_10.calc_check_digits(national + country)
    return f"{country}{check}ZZZ{national}"


def rf_reference(g: Gen) -> str:
    """An ISO 11649 structured creditor reference (``RFkk...``)."""
    ref = g.code("ZZZZZZZZZZZ")
    return f"RF{mod_97_10.calc_check_digits(ref + 'RF')}{ref}"


def token(g: Gen, prefix: str, n: int = 24) -> str:
    return prefix + g.digits(n, string.ascii_letters + string.digits)
