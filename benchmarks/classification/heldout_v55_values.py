"""Values of held-out set v55 (:mod:`benchmarks.classification.heldout_v55`): v55's random source, names, streets,
towns and postal codes written by hand for v55 (no Faker, no list of real people), phones checked with phonenumbers
and identifiers with check digits computed and checked with python-stdnum.

Self-contained: nothing here is imported from the value modules of earlier sets; only the ``Column`` class is shared.
The generic ``Gen`` helpers were copied from v27's value module; the lists below are new. The name pools are common
census-style given and family names of each country, drawn independently (no name pairs from any source).
"""

from __future__ import annotations

import random
import string
import unicodedata
import uuid
from collections.abc import Callable
from datetime import date, datetime, timedelta
from typing import Any

import phonenumbers
from stdnum import ean, luhn, verhoeff
from stdnum import iban as _iban
from stdnum.at import uid as _at_uid
from stdnum.at import vnr as _at_vnr
from stdnum.au import abn as _abn
from stdnum.be import nn as _be_nn
from stdnum.br import cnpj as _cnpj
from stdnum.br import cpf as _cpf
from stdnum.es import dni as _dni
from stdnum.es import nie as _nie
from stdnum.fi import hetu as _hetu
from stdnum.fi import ytunnus as _ytunnus
from stdnum.fr import nir as _nir
from stdnum.gb import nhs as _nhs
from stdnum.gr import amka as _amka
from stdnum.gr import vat as _gr_vat
from stdnum.in_ import aadhaar as _aadhaar
from stdnum.in_ import gstin as _gstin
from stdnum.iso7064 import mod_37_2
from stdnum.it import codicefiscale as _cf
from stdnum.kr import brn as _brn
from stdnum.kr import rrn as _rrn
from stdnum.no import fodselsnummer as _fnr
from stdnum.no import orgnr as _no_orgnr
from stdnum.pl import pesel as _pesel
from stdnum.pl import regon as _regon
from stdnum.za import idnr as _za_id

from benchmarks.classification.heldout_v2 import Column

SEED = 55_907_2026
N = "none"
#: a login or public display handle (review, as in v5 to v53)
USERNAME = "unclassified"
#: NULL-like strings and placeholders of v55's systems (tests skip them)
NULLISH: tuple[str, ...] = (
    "", " ", "-", "--", "---", "NULL", "null", "(null)", "n/a", "N/A", "NA", "none", "None", "?", "#N/A", "nil",
    "<null>", ".", "0", "*", "unknown", "Unknown", "not provided", "TBC", "n.v.t.", "onbekend", "geen",
    "keine Angabe", "k.A.", "sin datos", "desconocido", "S/D", "inconnu", "NR", "não informado", "NAO INFORMADO",
    "sconosciuto", "N.D.", "nessuna", "ukjent", "ingen", "ei tiedossa", "ei", "brak", "b.d.", "없음", "미상",
    "Άγνωστο", "—", "NIL", "test@test.com", "noemail@noemail.com", "sem@email.com", "nomail@nomail.com",
    "00000000T", "000.000.000-00", "00000000000", "0000000000", "9999999999", "000 000 0000", "+0000000000",
    "XXXXXXXXXXXX", "111111111")


def fold(text: str) -> str:
    text = unicodedata.normalize("NFKD", text.lower())
    return "".join(ch for ch in text if not unicodedata.combining(ch)).replace("ß", "ss").replace("'", "")


class Gen:
    """The random source of one table: ``rows`` rows, seeded from :data:`SEED` and ``table``."""

    def __init__(self, table: str, rows: int) -> None:
        self.table = table
        self.rows = rows
        self.rnd = random.Random(f"v55:{SEED}:{table}")

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
        return datetime.combine(self.day(lo, hi), datetime.min.time()) + timedelta(
            minutes=self.rnd.randint(7 * 60, 19 * 60), seconds=self.rnd.randint(0, 59))

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

    def ipv4(self) -> str:
        first = self.rnd.choice([49, 103, 106, 110, 117, 122, 157, 182, 223])
        return f"{first}.{self.rnd.randint(0, 255)}.{self.rnd.randint(0, 255)}.{self.rnd.randint(1, 254)}"

    def ipv6(self) -> str:
        head = self.rnd.choice(["2401:4900", "2405:201", "2409:40c2", "2402:3a80"])
        return head + ":" + ":".join(f"{self.rnd.randint(0, 0xFFFF):x}" for _ in range(6))

    def ip(self, v6: float = 0.3) -> str:
        return self.ipv6() if self.rnd.random() < v6 else self.ipv4()

    def pad(self, values: list[Any], share: float) -> list[Any]:
        """``share`` of the string values padded with spaces (a fixed-width export's dirt)."""
        return [f"{x}{' ' * self.rnd.randint(1, 6)}" if isinstance(x, str) and x and self.rnd.random() < share
                else x for x in values]

    # -- phones
    def phone(self, region: str, fmt: str = "e164", mobile: bool = True) -> str:
        kind = phonenumbers.PhoneNumberType.MOBILE if mobile else phonenumbers.PhoneNumberType.FIXED_LINE
        example = phonenumbers.example_number_for_type(region, kind)
        nsn = phonenumbers.national_significant_number(example)
        prefixes = PHONE_PREFIXES.get(region, {}).get("mobile" if mobile else "fixed") or [nsn[: len(nsn) - 6]]

        def make() -> str:
            prefix = self.rnd.choice(prefixes)
            length = len(nsn) + self.rnd.choice([0, 0, 0, 1])
            return prefix + self.digits(max(length - len(prefix), 4))

        def ok(candidate: str) -> bool:
            number = phonenumbers.parse(f"+{example.country_code}{candidate}")
            wanted = {phonenumbers.PhoneNumberType.MOBILE} if mobile else {phonenumbers.PhoneNumberType.FIXED_LINE}
            if not phonenumbers.is_valid_number(number) or phonenumbers.region_code_for_number(number) != region:
                return False
            return (
                phonenumbers.number_type(number) in wanted | {phonenumbers.PhoneNumberType.FIXED_LINE_OR_MOBILE})

        number = phonenumbers.parse(f"+{example.country_code}{self.valid(make, ok)}")
        if fmt == "e164":
            return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)
        if fmt == "intl":
            return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.INTERNATIONAL)
        national = phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.NATIONAL)
        if fmt == "digits":
            return "".join(ch for ch in national if ch.isdigit())
        if fmt == "plain":
            return "".join(ch for ch in national if ch.isdigit() or ch == "+")
        if fmt == "e164_00":
            return "00" + phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)[1:]
        return national

    def phones(self, region: str, formats: dict[str, float], mobile: float = 1.0, null: float = 0.0) -> list[Any]:
        names, weights = list(formats), list(formats.values())
        return self.col(lambda: self.phone(region, self.rnd.choices(names, weights)[0], self.rnd.random() < mobile),
                        null)


#: national significant number prefixes of the providers' areas: mobile ranges, and the landline area codes of the
#: towns in the set (Zaragoza 976, Ghent 09, Graz 0316, Montpellier 04 67, Campinas 19, Reggio Emilia 0522, Trondheim
#: 73, Tampere 03, Seoul 02, Athens 21, Durban 031, Perth 01738, Newcastle 02 49); phonenumbers checks every number
PHONE_PREFIXES: dict[str, dict[str, list[str]]] = {
    "ES": {"mobile": ["6", "6", "7"], "fixed": ["976"]},
    "BE": {"mobile": ["47", "48", "49", "46"], "fixed": ["9"]},
    "AT": {"mobile": ["664", "676", "699", "650", "660"], "fixed": ["316"]},
    "FR": {"mobile": ["6", "7"], "fixed": ["467", "499"]},
    "PL": {"mobile": ["50", "51", "53", "60", "66", "69", "72", "78", "79", "88"], "fixed": ["42"]},
    "BR": {"mobile": ["199"], "fixed": ["193"]},
    "IT": {"mobile": ["33", "34", "32", "36", "39"], "fixed": ["0522"]},
    "NO": {"mobile": ["4", "9"], "fixed": ["73"]},
    "FI": {"mobile": ["40", "41", "44", "45", "50"], "fixed": ["3"]},
    "KR": {"mobile": ["10"], "fixed": ["2", "31"]},
    "GR": {"mobile": ["69"], "fixed": ["21"]},
    "IN": {"mobile": ["9", "8", "7", "6"], "fixed": ["20"]},
    "ZA": {"mobile": ["82", "83", "72", "73", "76", "79", "81", "84", "60", "71"], "fixed": ["31"]},
    "GB": {"mobile": ["7"], "fixed": ["1738", "1382"]},
    "AU": {"mobile": ["4"], "fixed": ["249"]},
}


def c(name: str, kind: str, sql_type: str, values: list[Any], *tags: str) -> Column:
    """One labeled column."""
    return Column(name, kind, sql_type, values, frozenset(tags))


# -- names (written for v55: common census-style given and family names of each country) ------------------------------

#: locale -> (male given names, female given names, family names)
NAMES: dict[str, tuple[list[str], list[str], list[str]]] = {
    "es": (["Antonio", "Manuel", "José", "Francisco", "Javier", "Daniel", "Carlos", "Jesús", "Alejandro", "Miguel",
            "Rafael", "Sergio", "Fernando", "Pablo", "Álvaro", "José Luis"],
           ["María Carmen", "María", "Carmen", "Ana María", "Laura", "Isabel", "Cristina", "Marta", "Pilar", "Lucía",
            "Dolores", "Elena", "Raquel", "Rosa", "Nuria", "María Pilar"],
           ["García", "Rodríguez", "González", "Fernández", "López", "Martínez", "Sánchez", "Pérez", "Gómez", "Martín",
            "Jiménez", "Ruiz", "Hernández", "Navarro", "Lafuente", "Gracia", "Lasheras", "Pueyo", "Aznar", "Serrano"]),
    "nl_be": (["Luc", "Marc", "Jan", "Dirk", "Bart", "Peter", "Wim", "Koen", "Tom", "Stijn", "Jens", "Lars", "Arne",
               "Wout"],
              ["Els", "Ann", "Katrien", "Sofie", "Lieve", "Hilde", "Marleen", "Nathalie", "Emma", "Lotte", "Fien",
               "Nore", "An", "Griet"],
              ["Peeters", "Janssens", "Maes", "Jacobs", "Mertens", "Willems", "Claes", "Goossens", "Wouters",
               "De Smet", "Vermeulen", "Van den Broeck", "De Backer", "Aerts", "Verstraeten", "Hermans",
               "De Clercq", "Van Damme", "Verhaeghe", "Desmet"]),
    "de_at": (["Johann", "Franz", "Josef", "Thomas", "Stefan", "Markus", "Michael", "Lukas", "Florian", "Andreas",
               "Christian", "Wolfgang", "Gerhard", "Manfred"],
              ["Maria", "Elisabeth", "Sabine", "Claudia", "Andrea", "Katharina", "Anna", "Lena", "Julia", "Brigitte",
               "Monika", "Theresa", "Gertraud", "Hannelore"],
              ["Gruber", "Huber", "Bauer", "Wagner", "Müller", "Pichler", "Steiner", "Moser", "Mayer", "Hofer",
               "Leitner", "Berger", "Fuchs", "Eder", "Fischer", "Schmid", "Winkler", "Weber", "Schwarz", "Maier",
               "Reiter", "Pölzl", "Url", "Kainz"]),
    "fr": (["Jean", "Philippe", "Michel", "Alain", "Nicolas", "Christophe", "Pierre", "Laurent", "Julien", "Thomas",
            "Mathieu", "Sébastien", "Jean-Pierre", "Patrick"],
           ["Marie", "Nathalie", "Isabelle", "Sylvie", "Catherine", "Françoise", "Sandrine", "Céline", "Julie",
            "Camille", "Aurélie", "Chantal", "Marie-Christine", "Monique"],
           ["Martin", "Bernard", "Thomas", "Petit", "Robert", "Richard", "Durand", "Dubois", "Moreau", "Laurent",
            "Simon", "Michel", "Lefebvre", "Roux", "Fournier", "Girard", "Fabre", "Vidal", "Bonnet", "Cros",
            "Bousquet", "Granier"]),
    "pl": (["Piotr", "Krzysztof", "Andrzej", "Tomasz", "Paweł", "Marcin", "Michał", "Grzegorz", "Jakub", "Łukasz",
            "Stanisław", "Zbigniew"],
           ["Anna", "Katarzyna", "Maria", "Małgorzata", "Agnieszka", "Barbara", "Ewa", "Magdalena", "Joanna",
            "Aleksandra", "Krystyna", "Elżbieta"],
           ["Nowak", "Kowalski", "Wiśniewski", "Wójcik", "Kowalczyk", "Kamiński", "Lewandowski", "Zieliński",
            "Szymański", "Woźniak", "Dąbrowski", "Kozłowski", "Jankowski", "Mazur", "Kwiatkowski", "Krawczyk",
            "Piotrowski", "Grabowski", "Pawlak", "Michalak"]),
    "pt_br": (["José", "João", "Antônio", "Francisco", "Carlos", "Paulo", "Pedro", "Lucas", "Luiz", "Marcos",
               "Gabriel", "Rafael", "Luiz Carlos", "Thiago"],
              ["Maria", "Ana", "Francisca", "Antônia", "Adriana", "Juliana", "Márcia", "Fernanda", "Patrícia", "Aline",
               "Sandra", "Camila", "Maria Aparecida", "Vanessa"],
              ["Silva", "Santos", "Oliveira", "Souza", "Rodrigues", "Ferreira", "Alves", "Pereira", "Lima", "Gomes",
               "Costa", "Ribeiro", "Martins", "Carvalho", "Almeida", "Lopes", "Soares", "Fernandes", "Vieira",
               "Barbosa"]),
    "it": (["Giuseppe", "Giovanni", "Antonio", "Mario", "Luigi", "Francesco", "Angelo", "Vincenzo", "Pietro", "Marco",
            "Andrea", "Luca", "Stefano", "Davide"],
           ["Maria", "Anna", "Giuseppina", "Rosa", "Angela", "Giovanna", "Teresa", "Lucia", "Carmela", "Francesca",
            "Paola", "Laura", "Elisa", "Silvia"],
           ["Rossi", "Russo", "Ferrari", "Esposito", "Bianchi", "Romano", "Colombo", "Ricci", "Marino", "Greco",
            "Bruno", "Gallo", "Conti", "Mancini", "Costa", "Giordano", "Rizzo", "Lombardi", "Moretti", "Incerti",
            "Bertolini", "Manfredi", "Ferretti"]),
    "no": (["Jan", "Per", "Bjørn", "Ole", "Lars", "Kjell", "Knut", "Arne", "Svein", "Thomas", "Hans", "Geir",
            "Odd", "Terje"],
           ["Anne", "Inger", "Kari", "Marit", "Ingrid", "Liv", "Eva", "Berit", "Astrid", "Bjørg", "Hilde", "Anna",
            "Solveig", "Randi"],
           ["Hansen", "Johansen", "Olsen", "Larsen", "Andersen", "Pedersen", "Nilsen", "Kristiansen", "Jensen",
            "Karlsen", "Johnsen", "Pettersen", "Eriksen", "Berg", "Haugen", "Hagen", "Aune", "Moen", "Lie",
            "Strand", "Bakken", "Sæther"]),
    "fi": (["Juhani", "Johannes", "Mikael", "Olavi", "Antero", "Tapani", "Kalevi", "Matti", "Timo", "Pekka", "Jari",
            "Mikko", "Heikki", "Esa"],
           ["Maria", "Helena", "Johanna", "Anneli", "Kaarina", "Marjatta", "Anna", "Liisa", "Annikki", "Tuula",
            "Päivi", "Sari", "Riitta", "Pirjo"],
           ["Korhonen", "Virtanen", "Mäkinen", "Nieminen", "Mäkelä", "Hämäläinen", "Laine", "Heikkinen", "Koskinen",
            "Järvinen", "Lehtonen", "Lehtinen", "Saarinen", "Salminen", "Heinonen", "Niemi", "Heikkilä", "Kinnunen",
            "Salonen", "Turunen", "Aaltonen", "Rantanen"]),
    "ko": (["민준", "서준", "도윤", "예준", "시우", "하준", "지호", "주원", "영수", "영호", "정훈", "성민", "상철", "동현"],
           ["서연", "서윤", "지우", "서현", "민서", "하은", "하윤", "윤서", "영숙", "정숙", "미경", "은정", "순자", "지영"],
           ["김", "이", "박", "최", "정", "강", "조", "윤", "장", "임", "한", "오", "서", "신", "권", "황"]),
    "el": (["Γιώργος", "Κωνσταντίνος", "Ιωάννης", "Δημήτριος", "Νικόλαος", "Παναγιώτης", "Βασίλειος", "Χρήστος",
            "Αθανάσιος", "Μιχάλης", "Σπύρος", "Ευάγγελος"],
           ["Μαρία", "Ελένη", "Αικατερίνη", "Βασιλική", "Σοφία", "Αγγελική", "Γεωργία", "Δήμητρα", "Κωνσταντίνα",
            "Παρασκευή", "Ευαγγελία", "Χριστίνα"],
           ["Παπαδόπουλος", "Βασιλείου", "Νικολάου", "Γεωργίου", "Παπαδάκης", "Οικονόμου", "Καραγιάννης", "Μακρής",
            "Αντωνίου", "Δημητρίου", "Ιωάννου", "Κωνσταντίνου", "Αλεξίου", "Παππάς", "Χριστοδούλου", "Μαυρίδης",
            "Κυριακόπουλος", "Σταθόπουλος"]),
    "en_in": (["Rahul", "Amit", "Rajesh", "Suresh", "Vijay", "Sanjay", "Anil", "Ravi", "Deepak", "Manoj", "Arun",
               "Ramesh", "Karthik", "Vikram"],
              ["Priya", "Sunita", "Anita", "Pooja", "Neha", "Kavita", "Lakshmi", "Deepa", "Meena", "Rekha", "Divya",
               "Sneha", "Swati", "Anjali"],
              ["Sharma", "Kumar", "Singh", "Patel", "Gupta", "Reddy", "Iyer", "Nair", "Das", "Yadav", "Verma",
               "Mishra", "Shah", "Kulkarni", "Naidu", "Mehta", "Joshi", "Deshmukh"]),
    "en_za": (["Thabo", "Sipho", "Johannes", "Pieter", "Themba", "Bongani", "Mandla", "Jacobus", "Lungile", "Kagiso",
               "Tshepo", "Mohammed", "Sibusiso", "Nkosinathi"],
              ["Nomvula", "Thandeka", "Zanele", "Lindiwe", "Maria", "Elizabeth", "Busisiwe", "Palesa", "Nompumelelo",
               "Precious", "Ayesha", "Annelie", "Nosipho", "Sindisiwe"],
              ["Dlamini", "Nkosi", "Ndlovu", "Khumalo", "Mokoena", "Mahlangu", "Sithole", "Zulu", "Botha",
               "van der Merwe", "Naidoo", "Pillay", "Mthembu", "Mabaso", "Nel", "Govender", "Ngcobo", "Cele"]),
    "en_sc": (["David", "John", "James", "Robert", "William", "Thomas", "George", "Alexander", "Andrew", "Ian",
               "Kenneth", "Hugh", "Douglas", "Alistair"],
              ["Margaret", "Mary", "Elizabeth", "Helen", "Agnes", "Catherine", "Isobel", "Jean", "Moira", "Sheila",
               "Janet", "Elspeth", "Morag", "Fiona"],
              ["Smith", "Brown", "Wilson", "Campbell", "Stewart", "Thomson", "Robertson", "Anderson", "MacDonald",
               "Scott", "Reid", "Murray", "Taylor", "Clark", "Ross", "Watson", "Morrison", "Paterson", "Young",
               "McGregor", "Duncan", "Fraser"]),
    "en_au": (["Jack", "William", "Noah", "Oliver", "Lachlan", "Cooper", "Liam", "Matthew", "Daniel", "Ethan",
               "Jayden", "Ryan", "Brodie", "Mitchell"],
              ["Charlotte", "Olivia", "Chloe", "Emily", "Isla", "Mia", "Ruby", "Sophie", "Jessica", "Grace",
               "Tahlia", "Kayla", "Brooke", "Amelia"],
              ["Smith", "Jones", "Williams", "Brown", "Wilson", "Taylor", "Nguyen", "Johnson", "Martin", "White",
               "Anderson", "Walker", "Thompson", "Thomas", "Ryan", "Kelly", "Tran", "Harris", "Lee", "Singh",
               "O'Brien", "McDonald"]),
}

#: Polish family names ending in -ski, -cki or -dzki take -ska, -cka, -dzka for women
_PL_FEMININE = (("ski", "ska"), ("cki", "cka"), ("dzki", "dzka"))
#: Greek family names: the woman's (genitive) form
_EL_FEMININE = {"Παπαδόπουλος": "Παπαδοπούλου", "Παπαδάκης": "Παπαδάκη", "Καραγιάννης": "Καραγιάννη",
                "Μακρής": "Μακρή", "Παππάς": "Παππά", "Μαυρίδης": "Μαυρίδου", "Κυριακόπουλος": "Κυριακοπούλου",
                "Σταθόπουλος": "Σταθοπούλου"}
#: Greek letters romanized (ELOT-like, simplified) for e-mail addresses
_EL_LATIN = dict(zip("αβγδεζηθικλμνξοπρσςτυφχψωάέήίόύώϊϋΐΰ",
                     ["a", "v", "g", "d", "e", "z", "i", "th", "i", "k", "l", "m", "n", "x", "o", "p", "r", "s", "s",
                      "t", "y", "f", "ch", "ps", "o", "a", "e", "i", "i", "o", "y", "o", "i", "y", "i", "y"]))
#: Korean family names romanized as passports usually spell them
_KO_LATIN = {"김": "kim", "이": "lee", "박": "park", "최": "choi", "정": "jung", "강": "kang", "조": "cho",
             "윤": "yoon", "장": "jang", "임": "lim", "한": "han", "오": "oh", "서": "seo", "신": "shin", "권": "kwon",
             "황": "hwang"}


def person(g: Gen, lang: str, female: bool | None = None) -> tuple[str, str]:
    """(given name, family name) of ``lang``, the family name in the form a woman takes where it differs."""
    female = g.rnd.random() < 0.5 if female is None else female
    males, females, lasts = NAMES[lang]
    first, last = g.rnd.choice(females if female else males), g.rnd.choice(lasts)
    if female and lang == "pl":
        for he, she in _PL_FEMININE:
            if last.endswith(he):
                last = last[: -len(he)] + she
                break
    if female and lang == "el":
        last = _EL_FEMININE.get(last, last)
    return first, last


def whole(g: Gen, lang: str, female: bool | None = None) -> str:
    a, b = person(g, lang, female)
    return f"{b}{a}" if lang == "ko" else f"{a} {b}"


def given(g: Gen, lang: str, female: bool | None = None) -> str:
    return person(g, lang, female)[0]


def family(g: Gen, lang: str) -> str:
    return person(g, lang)[1]


def latin(text: str) -> str:
    """A name as ASCII letters for an e-mail address (Greek and Korean family names romanized)."""
    if text in _KO_LATIN:
        return _KO_LATIN[text]
    low = text.lower()
    if any("\u0370" <= ch <= "\u03ff" or "\u1f00" <= ch <= "\u1fff" for ch in low):
        low = low.replace("ου", "ou").replace("ού", "ou")
        low = "".join(_EL_LATIN.get(ch, ch) for ch in low)
    return "".join(ch for ch in fold(low) if ch.isalnum() and ch.isascii())


def email_of(g: Gen, first: str, last: str, domains: list[str]) -> str:
    a, b = latin(first) or "user", latin(last) or "mail"
    local = g.rnd.choice([f"{a}.{b}", f"{a[0]}{b}", f"{a}{g.rnd.randint(1, 99)}", f"{b}.{a[0]}", f"{a}_{b}",
                          f"{a}{b[0]}{g.rnd.randint(60, 99)}", f"{b}{a[:2]}", f"{a}.{b}{g.rnd.randint(1, 9)}"])
    return f"{local}@{g.rnd.choice(domains)}"


def login(first: str, last: str, style: int) -> str:
    a, b = latin(first) or "u", latin(last) or "x"
    return [f"{a[0]}{b}", f"{a}.{b}", f"{b[:6]}{a[0]}", f"{a}_{b[0]}", f"{a}{b[:3]}", f"{b[:4]}{a[:2]}".upper()][
        style % 6]


DOMAINS = {
    "es": ["gmail.com", "hotmail.com", "yahoo.es", "telefonica.net", "outlook.es"],
    "nl_be": ["telenet.be", "skynet.be", "gmail.com", "hotmail.com", "proximus.be"],
    "de_at": ["gmx.at", "aon.at", "gmail.com", "chello.at", "a1.net"],
    "fr": ["orange.fr", "free.fr", "gmail.com", "laposte.net", "sfr.fr", "wanadoo.fr"],
    "pl": ["wp.pl", "onet.pl", "gmail.com", "interia.pl", "o2.pl"],
    "pt_br": ["gmail.com", "hotmail.com", "uol.com.br", "bol.com.br", "terra.com.br", "yahoo.com.br"],
    "it": ["libero.it", "gmail.com", "virgilio.it", "alice.it", "tiscali.it"],
    "no": ["online.no", "gmail.com", "hotmail.com", "live.no"],
    "fi": ["gmail.com", "hotmail.com", "suomi24.fi", "luukku.com", "elisanet.fi"],
    "ko": ["naver.com", "daum.net", "gmail.com", "hanmail.net", "kakao.com"],
    "el": ["gmail.com", "yahoo.gr", "hotmail.com", "otenet.gr", "windowslive.com"],
    "en_in": ["gmail.com", "yahoo.co.in", "rediffmail.com", "outlook.com"],
    "en_za": ["gmail.com", "webmail.co.za", "mweb.co.za", "telkomsa.net", "icloud.com"],
    "en_sc": ["btinternet.com", "gmail.com", "hotmail.co.uk", "sky.com", "outlook.com"],
    "en_au": ["bigpond.com", "gmail.com", "outlook.com", "optusnet.com.au", "icloud.com"],
}


def email(g: Gen, lang: str) -> str:
    return email_of(g, *person(g, lang), DOMAINS[lang])


# -- places (written for v55) -----------------------------------------------------------------------------------------

#: Zaragoza and Aragón: (town, CP lead or full CP)
ES_PLACES = [("Zaragoza", "5000"), ("Zaragoza", "5001"), ("Zaragoza", "5002"), ("Utebo", "50180"),
             ("Cuarte de Huerva", "50410"), ("Ejea de los Caballeros", "50600"), ("Calatayud", "50300"),
             ("La Puebla de Alfindén", "50171"), ("María de Huerva", "50430")]
ES_STREETS = ["C/ Delicias", "Avda. de Madrid", "C/ San Vicente de Paúl", "Avda. Cesáreo Alierta", "C/ Predicadores",
              "Pº Calanda", "C/ Unceta", "Avda. de Navarra", "C/ Duquesa Villahermosa", "C/ Mayor"]
#: Ghent and surroundings: (gemeente, postcode)
BE_PLACES = [("Gent", "9000"), ("Gentbrugge", "9050"), ("Ledeberg", "9050"), ("Sint-Amandsberg", "9040"),
             ("Merelbeke", "9820"), ("Destelbergen", "9070"), ("Lochristi", "9080"), ("Oudenaarde", "9700"),
             ("Wondelgem", "9032"), ("Mariakerke", "9030")]
BE_STREETS = ["Kerkstraat", "Stationsstraat", "Nieuwstraat", "Dorpsstraat", "Molenstraat", "Kortrijksesteenweg",
              "Brugsesteenweg", "Sint-Pietersnieuwstraat", "Antwerpsesteenweg", "Hundelgemsesteenweg"]
#: Graz and Styria: (Ort, PLZ)
AT_PLACES = [("Graz", "8010"), ("Graz", "8020"), ("Graz", "8036"), ("Graz", "8042"), ("Graz", "8045"),
             ("Gratwein-Straßengel", "8112"), ("Leibnitz", "8430"), ("Gleisdorf", "8200"), ("Frohnleiten", "8130"),
             ("Seiersberg-Pirka", "8054")]
AT_STREETS = ["Annenstraße", "Grazer Straße", "Kärntner Straße", "Leonhardstraße", "Schillerstraße",
              "Wiener Straße", "Bahnhofgürtel", "Hauptplatz", "Petersgasse", "Eggenberger Allee"]
#: Montpellier and the Hérault: (ville, code postal)
FR_PLACES = [("Montpellier", "34000"), ("Montpellier", "34070"), ("Montpellier", "34080"), ("Montpellier", "34090"),
             ("Lattes", "34970"), ("Castelnau-le-Lez", "34170"), ("Sète", "34200"), ("Lunel", "34400"),
             ("Pérols", "34470"), ("Juvignac", "34990")]
FR_STREETS = ["rue de la Loge", "avenue de Toulouse", "rue du Faubourg Boutonnet", "boulevard Gambetta",
              "chemin de Moularès", "rue de l'Aiguillerie", "avenue du Pont Juvénal", "rue des Écoles Laïques",
              "allée de la Martelle", "impasse des Mûriers"]
#: Łódź and its region: (miejscowość, kod pocztowy lead or full)
PL_PLACES = [("Łódź", "90-"), ("Łódź", "91-"), ("Łódź", "92-"), ("Łódź", "93-"), ("Łódź", "94-"),
             ("Zgierz", "95-100"), ("Pabianice", "95-200"), ("Aleksandrów Łódzki", "95-070"),
             ("Konstantynów Łódzki", "95-050"), ("Tomaszów Mazowiecki", "97-200")]
PL_STREETS = ["ul. Piotrkowska", "ul. Zgierska", "al. Kościuszki", "ul. Narutowicza", "ul. Rzgowska",
              "al. Włókniarzy", "ul. Pomorska", "ul. Kilińskiego", "ul. Limanowskiego", "ul. Wólczańska"]
#: Campinas and its region (SP): (cidade, CEP lead)
BR_PLACES = [("Campinas", "130"), ("Campinas", "131"), ("Sumaré", "1317"), ("Hortolândia", "1318"),
             ("Valinhos", "1327"), ("Americana", "1346"), ("Paulínia", "1314"), ("Indaiatuba", "1333")]
BR_STREETS = ["Rua Barão de Jaguara", "Av. Norte-Sul", "Rua José Paulino", "Av. Orosimbo Maia", "Rua Conceição",
              "Rua Dr. Quirino", "Av. John Boyd Dunlop", "Rua Maria Monteiro", "Av. Amoreiras", "Rua Onze de Agosto"]
#: Reggio Emilia and its province, with the comune's cadastral code: (comune, CAP, code)
IT_PLACES = [("Reggio nell'Emilia", "4212", "H223"), ("Scandiano", "42019", "I496"), ("Correggio", "42015", "D037"),
             ("Guastalla", "42016", "E253"), ("Casalgrande", "42013", "B893"), ("Sassuolo", "41049", "I462"),
             ("Parma", "4312", "G337"), ("Modena", "4112", "F257")]
#: birthplaces elsewhere in Italy: (comune, cadastral code)
IT_BIRTHPLACES = [("Napoli", "F839"), ("Palermo", "G273"), ("Bari", "A662"), ("Milano", "F205"), ("Roma", "H501"),
                  ("Bologna", "A944"), ("Reggio nell'Emilia", "H223"), ("Parma", "G337"), ("Modena", "F257"),
                  ("Foggia", "D643"), ("Cosenza", "D086")]
IT_STREETS = ["Via Emilia San Pietro", "Via Roma", "Viale Umberto I", "Via Fratelli Cervi", "Via Matteotti",
              "Via Gorizia", "Via Premuda", "Viale Timavo", "Via Pansa", "Via Martiri della Bettola"]
#: Trondheim: (poststed, postnummer, bydel)
NO_PLACES = [("Trondheim", "7011", "Midtbyen"), ("Trondheim", "7014", "Østbyen"), ("Trondheim", "7020", "Lerkendal"),
             ("Trondheim", "7030", "Lerkendal"), ("Trondheim", "7033", "Lerkendal"), ("Trondheim", "7042", "Østbyen"),
             ("Trondheim", "7045", "Østbyen"), ("Trondheim", "7053", "Østbyen"), ("Heimdal", "7080", "Heimdal"),
             ("Trondheim", "7024", "Midtbyen")]
NO_STREETS = ["Olav Tryggvasons gate", "Innherredsveien", "Byåsveien", "Elgeseter gate", "Kong Øysteins vei",
              "Lademoens gate", "Bromstadvegen", "Klæbuveien", "Jonsvannsveien", "Tonstadbrinken"]
#: Tampere and Pirkanmaa: (postitoimipaikka, postinumero)
FI_PLACES = [("Tampere", "33100"), ("Tampere", "33200"), ("Tampere", "33500"), ("Tampere", "33540"),
             ("Tampere", "33720"), ("Nokia", "37100"), ("Kangasala", "36200"), ("Pirkkala", "33960"),
             ("Ylöjärvi", "33470"), ("Lempäälä", "37500")]
FI_STREETS = ["Hämeenkatu", "Satakunnankatu", "Pispalan valtatie", "Teiskontie", "Sammonkatu", "Kalevan puistotie",
              "Hervannan valtaväylä", "Insinöörinkatu", "Kekkosentie", "Pyynikintie"]
#: Seoul and Gyeonggi: (시도, 시군구, postal code lead, roads)
KR_PLACES = [("서울특별시", "송파구", "05", ["올림픽로", "송파대로", "백제고분로", "오금로"]),
             ("서울특별시", "강동구", "05", ["천호대로", "양재대로", "성내로"]),
             ("서울특별시", "마포구", "04", ["월드컵북로", "독막로", "마포대로"]),
             ("서울특별시", "노원구", "01", ["동일로", "노해로", "상계로"]),
             ("경기도", "성남시 분당구", "13", ["판교역로", "정자일로", "황새울로"]),
             ("경기도", "하남시", "12", ["미사강변대로", "신장로"])]
#: Athens and Thessaloniki: (πόλη, ΤΚ)
GR_PLACES = [("Αθήνα", "115 26"), ("Αθήνα", "104 34"), ("Μαρούσι", "151 24"), ("Νέα Σμύρνη", "171 22"),
             ("Χαλάνδρι", "152 31"), ("Πειραιάς", "185 36"), ("Θεσσαλονίκη", "546 22"), ("Γλυφάδα", "166 75"),
             ("Κηφισιά", "145 62"), ("Περιστέρι", "121 34")]
GR_STREETS = ["Λεωφ. Κηφισίας", "Πατησίων", "Ερμού", "Αγίου Δημητρίου", "Εγνατίας", "Λεωφ. Συγγρού",
              "Αγίας Σοφίας", "Θερμοπυλών", "Ελευθερίου Βενιζέλου", "Αριστοτέλους"]
#: India: (city, state, PIN lead)
IN_PLACES = [("Pune", "Maharashtra", "4110"), ("Bengaluru", "Karnataka", "5600"), ("Hyderabad", "Telangana", "5000"),
             ("Chennai", "Tamil Nadu", "6000"), ("Nagpur", "Maharashtra", "4400"), ("Lucknow", "Uttar Pradesh", "2260"),
             ("Indore", "Madhya Pradesh", "4520"), ("Kochi", "Kerala", "6820")]
IN_STREETS = ["Baner Road", "MG Road", "Hill Road", "Sardar Patel Marg", "Old Airport Road", "Station Road",
              "Ring Road", "Nehru Nagar Main Road", "Gandhi Chowk", "Link Road"]
IN_BUILDINGS = ["Sai Residency", "Shree Ganesh Apartments", "Lakshmi Nivas", "Green Park Society", "Sunshine Towers",
                "Krishna Enclave"]
#: Durban and eThekwini: (town, postal code)
ZA_PLACES = [("Durban", "4001"), ("Umhlanga", "4319"), ("Pinetown", "3610"), ("Westville", "3629"),
             ("Chatsworth", "4092"), ("Phoenix", "4068"), ("Umlazi", "4031"), ("Amanzimtoti", "4126"),
             ("Berea", "4001"), ("Ballito", "4420")]
ZA_STREETS = ["Florida Road", "Musgrave Road", "Sarnia Road", "Lagoon Drive", "Old Main Road", "Ridge Road",
              "Mangosuthu Highway", "Brickfield Road", "Stella Road", "Jan Hofmeyr Road"]
#: Perthshire, Fife and Dundee: (town, postcode district)
SC_PLACES = [("Perth", "PH1"), ("Perth", "PH2"), ("Crieff", "PH7"), ("Kinross", "KY13"), ("Dunfermline", "KY11"),
             ("Dunfermline", "KY12"), ("Kirkcaldy", "KY1"), ("Kirkcaldy", "KY2"), ("Dundee", "DD2"),
             ("Dundee", "DD4"), ("Blairgowrie", "PH10")]
SC_STREETS = ["High Street", "Glasgow Road", "Atholl Street", "Dunkeld Road", "Main Street", "Station Road",
              "Craigie Place", "Balhousie Street", "Abbey View", "Kinnoull Terrace"]
#: Newcastle and the Hunter (NSW): (suburb, postcode)
AU_PLACES = [("Newcastle", "2300"), ("Merewether", "2291"), ("Maitland", "2320"), ("Cessnock", "2325"),
             ("Charlestown", "2290"), ("Wallsend", "2287"), ("Raymond Terrace", "2324"), ("Lambton", "2299"),
             ("Kotara", "2289"), ("Belmont", "2280")]
AU_STREETS = ["Hunter Street", "Brunker Road", "Maitland Road", "Lambton Road", "Pacific Highway", "Glebe Road",
              "Tudor Street", "Kenrick Street", "Elder Street", "Scenic Drive"]


def es_place(g: Gen) -> tuple[str, str]:
    town, lead = g.rnd.choice(ES_PLACES)
    return town, lead + g.digits(5 - len(lead))


def es_street(g: Gen) -> str:
    floor = g.rnd.choice(["", f", {g.rnd.randint(1, 9)}º {g.rnd.choice('ABCDI')}", f", {g.rnd.randint(1, 6)}º Izda.",
                          ", Bajo", f" {g.rnd.randint(1, 8)}-{g.rnd.choice('ABCD')}"])
    return f"{g.rnd.choice(ES_STREETS)} {g.rnd.randint(1, 120)}{floor}"


def be_street(g: Gen) -> str:
    return f"{g.rnd.choice(BE_STREETS)} {g.rnd.randint(1, 240)}" + g.rnd.choice(["", "", " bus 2", " bus 101", "A"])


def at_street(g: Gen) -> str:
    return f"{g.rnd.choice(AT_STREETS)} {g.rnd.randint(1, 140)}" + g.rnd.choice(
        ["", "", f"/{g.rnd.randint(1, 12)}", f"/{g.rnd.randint(1, 4)}/{g.rnd.randint(1, 20)}", "a"])


def fr_street(g: Gen) -> str:
    n = g.rnd.randint(1, 180)
    return f"{n}{g.rnd.choice(['', '', ' bis', ' ter'])} {g.rnd.choice(FR_STREETS)}"


def pl_place(g: Gen) -> tuple[str, str]:
    town, lead = g.rnd.choice(PL_PLACES)
    return town, lead + g.digits(3) if lead.endswith("-") else lead


def pl_street(g: Gen) -> str:
    return f"{g.rnd.choice(PL_STREETS)} {g.rnd.randint(1, 260)}" + g.rnd.choice(
        ["", f"/{g.rnd.randint(1, 80)}", f" m. {g.rnd.randint(1, 60)}", "A"])


def br_place(g: Gen) -> tuple[str, str]:
    town, lead = g.rnd.choice(BR_PLACES)
    cep = lead + g.digits(8 - len(lead))
    return town, f"{cep[:5]}-{cep[5:]}"


def br_street(g: Gen) -> str:
    return f"{g.rnd.choice(BR_STREETS)}, {g.rnd.randint(10, 2999)}" + g.rnd.choice(
        ["", "", f" apto {g.rnd.randint(11, 184)}", f", casa {g.rnd.randint(1, 4)}", f" bloco {g.rnd.choice('ABC')}"])


def it_place(g: Gen) -> tuple[str, str]:
    town, lead, _ = g.rnd.choice(IT_PLACES)
    return town, lead + g.digits(5 - len(lead), "1234")


def it_street(g: Gen) -> str:
    return f"{g.rnd.choice(IT_STREETS)} {g.rnd.randint(1, 160)}" + g.rnd.choice(["", "", "/A", " int. 3", "/1"])


def no_street(g: Gen) -> str:
    return f"{g.rnd.choice(NO_STREETS)} {g.rnd.randint(1, 120)}" + g.rnd.choice(
        ["", "", "B", f", H0{g.rnd.randint(1, 4)}0{g.rnd.randint(1, 4)}"])


def fi_street(g: Gen) -> str:
    return f"{g.rnd.choice(FI_STREETS)} {g.rnd.randint(1, 90)}" + g.rnd.choice(
        ["", f" {g.rnd.choice('ABC')} {g.rnd.randint(1, 40)}", f" as. {g.rnd.randint(1, 30)}"])


def kr_address(g: Gen) -> tuple[str, str, str, str]:
    """(시도, road address, detail, postal code) of a Korean home."""
    sido, sigungu, lead, roads = g.rnd.choice(KR_PLACES)
    road = f"{sido} {sigungu} {g.rnd.choice(roads)} {g.rnd.randint(1, 400)}"
    detail = g.rnd.choice([f"{g.rnd.randint(101, 125)}동 {g.rnd.randint(1, 25)}0{g.rnd.randint(1, 4)}호",
                           f"{g.rnd.randint(2, 9)}층", f"{g.rnd.randint(101, 1504)}호", ""])
    return sido, road, detail, lead + g.digits(3)


def gr_street(g: Gen) -> str:
    return f"{g.rnd.choice(GR_STREETS)} {g.rnd.randint(1, 250)}"


def in_address(g: Gen) -> str:
    return g.rnd.choice([f"Flat {g.rnd.randint(101, 1204)}, {g.rnd.choice(IN_BUILDINGS)}, {g.rnd.choice(IN_STREETS)}",
                         f"{g.rnd.randint(1, 300)}, {g.rnd.choice(IN_STREETS)}",
                         f"H.No. {g.rnd.randint(1, 40)}-{g.rnd.randint(1, 300)}, {g.rnd.choice(IN_STREETS)}"])


def za_street(g: Gen) -> str:
    return g.rnd.choice([f"{g.rnd.randint(1, 400)} {g.rnd.choice(ZA_STREETS)}",
                         (f"Unit {g.rnd.randint(1, 40)}, {g.rnd.choice(['Sea Breeze', 'Palm Court', 'Oakleigh'])}, "
                         f"{g.rnd.choice(ZA_STREETS)}"),
                         f"{g.rnd.randint(1, 90)} {g.rnd.choice(ZA_STREETS)}"])


def sc_postcode(g: Gen, district: str) -> str:
    return f"{district} {g.rnd.randint(1, 9)}{g.digits(2, 'ABDEFGHJLNPQRSTUWXYZ')}"


def sc_street(g: Gen) -> str:
    return g.rnd.choice([f"{g.rnd.randint(1, 180)} {g.rnd.choice(SC_STREETS)}",
                         (f"Flat {g.rnd.randint(1, 4)}/{g.rnd.randint(1, 3)}, {g.rnd.randint(1, 90)} "
                         f"{g.rnd.choice(SC_STREETS)}")])


def au_street(g: Gen) -> str:
    return g.rnd.choice([f"{g.rnd.randint(1, 250)} {g.rnd.choice(AU_STREETS)}",
                         f"{g.rnd.randint(1, 30)}/{g.rnd.randint(1, 120)} {g.rnd.choice(AU_STREETS)}",
                         f"Unit {g.rnd.randint(1, 12)}, {g.rnd.randint(1, 99)} {g.rnd.choice(AU_STREETS)}"])


# -- national identifiers with check digits (python-stdnum) -----------------------------------------------------------


def es_dni(g: Gen, dashed: bool = False) -> str:
    body = f"{g.rnd.randint(1_000_000, 79_999_999):08d}"
    number = body + _dni.calc_check_digit(body)
    assert _dni.is_valid(number)
    return f"{body}-{number[-1]}" if dashed else number


def es_nie(g: Gen) -> str:
    body = g.rnd.choice("XYZ") + g.digits(7)
    number = body + _nie.calc_check_digit(body)
    assert _nie.is_valid(number)
    return number


def es_nss(g: Gen) -> str:
    """A Spanish social-security number ``PP/NNNNNNNN/CC`` (CC = the first ten digits mod 97; python-stdnum has no
    module for it, the test recomputes it)."""
    province, serial = g.rnd.choice(["50", "50", "50", "22", "44", "28"]), f"{g.rnd.randint(10_000_000, 99_999_999)}"
    return f"{province}/{serial}/{int(province + serial) % 97:02d}"


def be_nn(g: Gen, born: date, female: bool) -> str:
    """A Belgian national register number encoding ``born`` (serial odd for men, even for women)."""
    serial = g.rnd.randrange(2 if female else 1, 998, 2)
    body = born.strftime("%y%m%d") + f"{serial:03d}"
    base = int(("2" if born.year >= 2000 else "") + body)
    number = body + f"{97 - base % 97:02d}"
    assert _be_nn.is_valid(number)
    return number


def at_svnr(g: Gen, born: date) -> str:
    """An Austrian social-insurance number ``NNNC DDMMYY`` (python-stdnum computes the check digit)."""
    def make() -> str:
        serial = f"{g.rnd.randint(100, 999)}"
        rest = born.strftime("%d%m%y")
        return serial + _at_vnr.calc_check_digit(serial + "0" + rest) + rest

    number = g.valid(make, lambda x: len(x) == 10 and _at_vnr.is_valid(x))
    return f"{number[:4]} {number[4:]}"


#: French départements of birth (99: born abroad)
FR_DEPTS = ["34", "34", "34", "30", "13", "75", "69", "11", "66", "12", "99"]


def fr_nir(g: Gen, born: date, female: bool) -> str:
    """A French NIR encoding sex, year and month of birth (the key: python-stdnum)."""
    body = (("2" if female else "1") + born.strftime("%y%m") + g.rnd.choice(FR_DEPTS) + f"{g.rnd.randint(1, 990):03d}"
            + f"{g.rnd.randint(1, 999):03d}")
    number = body + _nir.calc_check_digits(body)
    assert _nir.is_valid(number)
    return number


def pl_pesel(g: Gen, born: date, female: bool) -> str:
    month = born.month + (20 if born.year >= 2000 else 0)
    body = f"{born.year % 100:02d}{month:02d}{born.day:02d}{g.digits(3)}{g.rnd.choice('02468' if female else '13579')}"
    number = body + _pesel.calc_check_digit(body)
    assert _pesel.is_valid(number)
    return number


def br_cpf(g: Gen, dotted: bool = True) -> str:
    def make() -> str:
        body = g.digits(9)
        return body + _cpf._calc_check_digits(body + "00")

    number = g.valid(make, _cpf.is_valid)
    return _cpf.format(number) if dotted else number


def br_cns(g: Gen) -> str:
    """A Brazilian Cartão Nacional de Saúde number of the 7/8/9 series (weighted sum divisible by 11; python-stdnum has
    no module for it, the test recomputes it)."""
    def make() -> str:
        body = g.rnd.choice("789") + g.digits(13)
        total = sum(int(d) * (15 - i) for i, d in enumerate(body))
        return body + str((11 - total % 11) % 11)

    number = g.valid(make, lambda x: len(x) == 15)
    return g.rnd.choice([number, f"{number[:3]} {number[3:7]} {number[7:11]} {number[11:]}"])


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


def no_fnr(g: Gen, born: date) -> str:
    """A Norwegian fødselsnummer encoding ``born`` (both check digits: python-stdnum)."""
    def make() -> str:
        lo, hi = (0, 499) if born.year < 2000 else (500, 999)
        body = born.strftime("%d%m%y") + f"{g.rnd.randint(lo, hi):03d}"
        k1 = _fnr.calc_check_digit1(body)
        return body + k1 + _fnr.calc_check_digit2(body + k1) if len(k1) == 1 else ""

    return g.valid(make, lambda x: len(x) == 11 and _fnr.is_valid(x))


def fi_hetu(g: Gen, born: date) -> str:
    sign = "-" if born.year < 2000 else "A"
    body = born.strftime("%d%m%y") + f"{g.rnd.randint(2, 899):03d}"
    number = f"{body[:6]}{sign}{body[6:]}" + "0123456789ABCDEFHJKLMNPRSTUVWXY"[int(body) % 31]
    assert _hetu.is_valid(number)
    return number


def kr_rrn(g: Gen, born: date, female: bool) -> str:
    """A Korean resident registration number ``YYMMDD-SXXXXXC`` encoding ``born`` and sex (check: python-stdnum)."""
    sex = ("4" if female else "3") if born.year >= 2000 else ("2" if female else "1")
    body = born.strftime("%y%m%d") + sex + f"{g.rnd.randint(0, 96):02d}" + g.digits(3)
    number = body + _rrn.calc_check_digit(body)
    assert _rrn.is_valid(number)
    return f"{number[:6]}-{number[6:]}"


def gr_amka(g: Gen, born: date, female: bool) -> str:
    """A Greek AMKA ``DDMMYY`` + four digits (the last odd for men) + a Luhn check digit."""
    def make() -> str:
        body = born.strftime("%d%m%y") + g.digits(3) + g.rnd.choice("02468" if female else "13579")
        return body + luhn.calc_check_digit(body)

    return g.valid(make, _amka.is_valid)


def gr_afm(g: Gen) -> str:
    """A Greek tax number (ΑΦΜ) of a person (check digit: python-stdnum)."""
    body = g.rnd.choice(["0", "1", "1"]) + g.digits(7)
    number = body + _gr_vat.calc_check_digit(body)
    assert _gr_vat.is_valid(number)
    return number


def in_aadhaar(g: Gen) -> str:
    def make() -> str:
        body = g.rnd.choice("23456789") + g.digits(10)
        return body + verhoeff.calc_check_digit(body)

    number = g.valid(make, _aadhaar.is_valid)
    return g.rnd.choice([number, _aadhaar.format(number)])


def za_id(g: Gen, born: date, female: bool, citizen: bool = True) -> str:
    body = born.strftime("%y%m%d") + f"{g.rnd.randint(0, 4999) if female else g.rnd.randint(5000, 9999):04d}" + (
        "0" if citizen else "1") + "8"
    number = body + luhn.calc_check_digit(body)
    assert _za_id.is_valid(number)
    return number


def sc_chi(g: Gen, born: date, female: bool) -> str:
    """A Scottish CHI number: ``DDMMYY``, two digits, a sex digit (even for women) and the NHS modulus-11 check digit
    (python-stdnum's NHS number check accepts it)."""
    def make() -> str:
        body = born.strftime("%d%m%y") + g.digits(2) + g.rnd.choice("02468" if female else "13579")
        check = 11 - sum(w * int(d) for w, d in zip(range(10, 1, -1), body)) % 11
        return body + ("0" if check == 11 else str(check) if check < 10 else "")

    return g.valid(make, lambda x: len(x) == 10 and _nhs.is_valid(x))


def au_medicare(g: Gen) -> str:
    """An Australian Medicare card number with its issue number and the person's IRN: ``NNNN NNNNC I/R`` (weights 1,
    3, 7, 9, 1, 3, 7, 9 mod 10; python-stdnum has no module for it, the test recomputes it)."""
    body = g.rnd.choice("23456") + g.digits(7)
    check = sum(w * int(d) for w, d in zip((1, 3, 7, 9, 1, 3, 7, 9), body)) % 10
    issue, irn = g.rnd.randint(1, 5), g.rnd.randint(1, 5)
    return g.rnd.choice([f"{body[:4]} {body[4:]}{check} {issue}", f"{body}{check}{issue}/{irn}",
                         f"{body}{check}{issue}"])


def au_ndis(g: Gen) -> str:
    """An NDIS participant number (nine digits starting with 43; no public check digit)."""
    return "43" + g.digits(7)


def pl_pwz(g: Gen) -> str:
    """A Polish physician's licence number (numer PWZ): a check digit then six digits (a business identifier)."""
    def make() -> str:
        body = g.digits(6)
        check = sum(w * int(d) for w, d in zip(range(1, 7), body)) % 11
        return f"{check}{body}" if 0 < check < 10 else ""

    return g.valid(make, lambda x: len(x) == 7)


def fr_rpps(g: Gen) -> str:
    """A French RPPS number of a health professional (eleven digits starting with 10, Luhn: a business identifier)."""
    body = "10" + g.digits(8)
    return body + luhn.calc_check_digit(body)


def be_riziv(g: Gen) -> str:
    """A Belgian RIZIV/INAMI number of a dentist ``3-NNNNN-CC-QQQ`` (CC = 97 - the first six digits mod 97; a
    business identifier)."""
    body = "3" + g.digits(5)
    check = 97 - int(body) % 97
    return f"{body[0]}-{body[1:]}-{check:02d}-{g.rnd.choice(['001', '004', '006'])}"


def iban(g: Gen, country: str, layout: str, spaced: bool = False) -> str:
    """A valid IBAN of ``country`` with a BBAN of ``layout`` (check digits computed, python-stdnum checks it)."""
    def make() -> str:
        bban = g.code(layout)
        check = 98 - int("".join(str(int(ch, 36)) for ch in bban + country + "00")) % 97
        return f"{country}{check:02d}{bban}"

    number = g.valid(make, _iban.is_valid)
    return " ".join(number[i:i + 4] for i in range(0, len(number), 4)) if spaced else number


# -- decoys with check digits ------------------------------------------------------------------------------------------


def gtin(g: Gen, prefix: str) -> str:
    body = prefix + g.digits(12 - len(prefix))
    return body + ean.calc_check_digit(body)


def isbt_din(g: Gen, facility: str) -> str:
    """An ISBT 128-like donation identification number: facility, year, serial and an ISO 7064 mod 37-2 check
    character."""
    body = f"{facility}{g.rnd.choice(['24', '25'])}{g.digits(6)}"
    return f"{body} {mod_37_2.calc_check_digit(body)}"


def luhn_code(g: Gen, prefix: str, n: int) -> str:
    body = prefix + g.digits(n - len(prefix) - 1)
    return body + luhn.calc_check_digit(body)


def no_orgnr(g: Gen) -> str:
    return g.valid(lambda: "9" + g.digits(8), _no_orgnr.is_valid)


def fi_ytunnus(g: Gen) -> str:
    number = g.valid(lambda: g.digits(8), _ytunnus.is_valid)
    return f"{number[:7]}-{number[7]}"


def kr_brn(g: Gen) -> str:
    number = g.valid(lambda: f"{g.rnd.randint(101, 899)}{g.rnd.randint(81, 89)}{g.digits(5)}", _brn.is_valid)
    return f"{number[:3]}-{number[3:5]}-{number[5:]}"


def br_cnpj(g: Gen) -> str:
    body = g.digits(8) + "0001"
    return _cnpj.format(body + _cnpj.calc_check_digits(body))


def au_abn(g: Gen) -> str:
    body = g.digits(9)
    number = _abn.calc_check_digits(body) + body
    assert _abn.is_valid(number)
    return f"{number[:2]} {number[2:5]} {number[5:8]} {number[8:]}"


def at_uid(g: Gen) -> str:
    body = "U" + g.digits(7)
    return f"AT{body}{_at_uid.calc_check_digit(body)}"


def pl_regon(g: Gen) -> str:
    return g.valid(lambda: g.digits(9), _regon.is_valid)


def gr_afm_business(g: Gen) -> str:
    body = g.rnd.choice(["99", "80", "09"]) + g.digits(6)
    return body + _gr_vat.calc_check_digit(body)


def token(g: Gen, prefix: str, n: int = 24) -> str:
    return prefix + g.digits(n, string.ascii_letters + string.digits)


def in_gstin(g: Gen) -> str:
    """An Indian GSTIN of a company (a state code, a company PAN, ``1Z`` and the mod-36 check character)."""
    body = g.rnd.choice(["27", "29", "36"]) + g.code("AAAC") + g.code("A9999A") + "1Z"
    return next(body + ch for ch in string.digits + string.ascii_uppercase if _gstin.is_valid(body + ch))
