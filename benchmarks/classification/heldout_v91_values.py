"""Values of held-out set v91 (:mod:`benchmarks.classification.heldout_v91`): v91's random source, names, streets,
cities, units and snippets written by hand for v91 (no Faker, no list of real people), phones checked with
phonenumbers and identifiers with check digits computed and checked with python-stdnum.

Self-contained: nothing here is imported from the value modules of earlier sets; only the ``Column`` class is shared.
The generic ``Gen`` helpers follow v27's value module; the lists below are new.
"""

from __future__ import annotations

import hashlib
import random
import string
import unicodedata
from collections.abc import Callable
from datetime import date, datetime, timedelta
from typing import Any

import phonenumbers
from stdnum import iban as _iban
from stdnum import luhn
from stdnum.au import abn as _abn
from stdnum.au import tfn as _tfn
from stdnum.br import cnpj as _cnpj
from stdnum.br import cpf as _cpf
from stdnum.ca import bn as _bn
from stdnum.ca import sin as _sin
from stdnum.ee import ik as _ik
from stdnum.ee import registrikood as _regkood
from stdnum.fi import hetu as _hetu
from stdnum.fi import ytunnus as _ytunnus
from stdnum.fr import nir as _nir
from stdnum.fr import siret as _siret
from stdnum.gb import nhs as _nhs
from stdnum.gr import amka as _amka
from stdnum.gr import vat as _grvat
from stdnum.il import hp as _hp
from stdnum.il import idnr as _idnr
from stdnum.no import fodselsnummer as _fnr
from stdnum.no import orgnr as _orgnr
from stdnum.nz import ird as _ird
from stdnum.us import ein as _ein
from stdnum.us import ssn as _ssn

from benchmarks.classification.heldout_v2 import Column

SEED = 91_044_2026
N = "none"
#: a login or public display handle (review, as in earlier sets)
USERNAME = "unclassified"
#: NULL-like strings of v91's systems (tests skip them)
NULLISH: tuple[str, ...] = (
    "", " ", "-", "--", "NULL", "null", "n/a", "N/A", "NA", "none", "None", "unknown", "Unknown", "UNKNOWN", "?",
    "0", "000-00-0000", "000000000", "TBC", "nil", "NIL", "ei tiedossa", "ukjent", "teadmata", "inconnu", "néant",
    "άγνωστο", "לא ידוע", "não informado", "sem dados", "N/D")


def fold(text: str) -> str:
    text = unicodedata.normalize("NFKD", text.lower())
    return "".join(ch for ch in text if not unicodedata.combining(ch)).replace("'", "")


def plain(text: str) -> str:
    return "".join(ch for ch in fold(text) if ch.isalnum() and ch.isascii())


class Gen:
    """The random source of one table: ``rows`` rows, seeded from :data:`SEED` and ``table``."""

    def __init__(self, table: str, rows: int) -> None:
        self.table = table
        self.rows = rows
        self.rnd = random.Random(f"v91:{SEED}:{table}")

    def col(self, make: Callable[[], Any], null: float = 0.0) -> list[Any]:
        return [None if self.rnd.random() < null else make() for _ in range(self.rows)]

    def pick(self, choices: list[Any]) -> Callable[[], Any]:
        return lambda: self.rnd.choice(choices)

    def sparse(self, make: Callable[[], Any], share: float, words: tuple[str, ...]) -> list[Any]:
        """``share`` of the rows a NULL word, the rest ``make()``."""
        return [self.rnd.choice(words) if self.rnd.random() < share else make() for _ in range(self.rows)]

    def keys(self, start: int, step: int = 1) -> list[int]:
        return [start + i * step for i in range(self.rows)]

    def ints(self, lo: int, hi: int, null: float = 0.0) -> list[Any]:
        return self.col(lambda: self.rnd.randint(lo, hi), null)

    def amounts(self, lo: float, hi: float, null: float = 0.0) -> list[Any]:
        return self.col(lambda: round(self.rnd.uniform(lo, hi), 2), null)

    def day(self, lo: str, hi: str) -> date:
        a, b = date.fromisoformat(lo), date.fromisoformat(hi)
        return a + timedelta(days=self.rnd.randint(0, (b - a).days))

    def days(self, lo: str, hi: str, null: float = 0.0) -> list[Any]:
        return self.col(lambda: self.day(lo, hi), null)

    def moment(self, lo: str, hi: str) -> datetime:
        return datetime.combine(self.day(lo, hi), datetime.min.time()) + timedelta(
            seconds=self.rnd.randint(0, 86_399))

    def moments(self, lo: str, hi: str, null: float = 0.0) -> list[Any]:
        return self.col(lambda: self.moment(lo, hi), null)

    def births(self, lo: int, hi: int) -> list[date]:
        return [self.day(f"{lo}-01-01", f"{hi}-12-31") for _ in range(self.rows)]

    def digits(self, n: int, alphabet: str = string.digits) -> str:
        return "".join(self.rnd.choice(alphabet) for _ in range(n))

    def code(self, layout: str) -> str:
        """``9`` a digit, ``A`` an upper-case letter, ``Z`` either, ``x`` a hex digit; anything else is kept."""
        table = {"9": string.digits, "A": string.ascii_uppercase, "Z": string.digits + string.ascii_uppercase,
                 "x": "0123456789abcdef"}
        return "".join(self.rnd.choice(table[ch]) if ch in table else ch for ch in layout)

    def valid(self, make: Callable[[], str], ok: Callable[[str], bool]) -> str:
        for _ in range(50_000):
            value = make()
            if ok(value):
                return value
        raise RuntimeError("no valid value")

    def sha256(self) -> str:
        return hashlib.sha256(str(self.rnd.random()).encode()).hexdigest()

    def ipv4(self) -> str:
        first = self.rnd.choice([31, 46, 62, 81, 86, 92, 109, 151, 176, 185, 212])
        return f"{first}.{self.rnd.randint(0, 255)}.{self.rnd.randint(0, 255)}.{self.rnd.randint(1, 254)}"

    # -- phones
    def phone(self, region: str, fmt: str = "e164", mobile: bool = True) -> str:
        kind = phonenumbers.PhoneNumberType.MOBILE if mobile else phonenumbers.PhoneNumberType.FIXED_LINE
        example = phonenumbers.example_number_for_type(region, kind)
        nsn = phonenumbers.national_significant_number(example)
        keep = max(len(nsn) - 6, 1)

        def make() -> str:
            if region in NANP_AREAS:
                return self.rnd.choice(NANP_AREAS[region]) + str(self.rnd.randint(2, 9)) + self.digits(6)
            return nsn[:keep] + self.digits(len(nsn) - keep)

        def ok(candidate: str) -> bool:
            parsed = phonenumbers.parse(f"+{example.country_code}{candidate}")
            return phonenumbers.is_valid_number(parsed) and phonenumbers.region_code_for_number(parsed) == region

        number = phonenumbers.parse(f"+{example.country_code}{self.valid(make, ok)}")
        if fmt == "e164":
            return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)
        if fmt == "intl":
            return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.INTERNATIONAL)
        national = phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.NATIONAL)
        if fmt == "digits":
            return "".join(ch for ch in national if ch.isdigit())
        return national

    def phones(self, region: str, formats: dict[str, float], mobile: float = 1.0, null: float = 0.0) -> list[Any]:
        names, weights = list(formats), list(formats.values())
        return self.col(lambda: self.phone(region, self.rnd.choices(names, weights)[0], self.rnd.random() < mobile),
                        null)


NANP_AREAS = {"US": ["210", "254", "512", "737", "703", "571", "757", "910", "202", "301"],
              "CA": ["902", "613", "343", "780", "587", "250", "204"]}


def c(name: str, kind: str, sql_type: str, values: list[Any], *tags: str) -> Column:
    """One labeled column."""
    return Column(name, kind, sql_type, values, frozenset(tags))


# -- names (written for v91) -------------------------------------------------------------------------------------------

#: language -> (male given names, female given names, family names)
NAMES: dict[str, tuple[list[str], list[str], list[str]]] = {
    "us": (["Dalton", "Everett", "Jamarcus", "Luis", "Rowan", "Tyrell", "Wesley", "Cody", "Hector", "Nguyen Bao"],
           ["Brianna", "Destiny", "Kaylee", "Marisol", "Shanice", "Tamsin", "Yesenia", "Harper", "Noelle"],
           ["Abernathy", "Castellanos", "Driscoll", "Frawley", "Gutierrez", "Hackett", "Jefferies", "Kowalczyk",
            "McAllister", "Okafor", "Pruitt", "Quintero", "Redmond", "Stroud", "Villarreal", "Whitacre"]),
    "gb": (["Alistair", "Callum", "Declan", "Fergus", "Gareth", "Lewis", "Rhys", "Stuart", "Tobias"],
           ["Bethan", "Carys", "Fiona", "Gemma", "Kirsty", "Morag", "Niamh", "Rhiannon", "Siobhan"],
           ["Ashworth", "Blenkinsop", "Cadwallader", "Dalgleish", "Fenwick", "Haworth", "Llewellyn", "McTavish",
            "Pennington", "Rowbotham", "Sutcliffe", "Trelawney"]),
    "ca": (["Étienne", "Gord", "Jean-Luc", "Mathieu", "Raj", "Brendan", "Wyatt", "Kieran", "Tanner"],
           ["Chantal", "Geneviève", "Jodi", "Mackenzie", "Manon", "Simran", "Sheena", "Brittany"],
           ["Beaulieu", "Chiasson", "Doucette", "Fitzpatrick", "Gagnon", "LeBlanc", "MacIsaac", "Parenteau",
            "Sandhu", "Tremblay", "Whitehorse", "Yellowknee"]),
    "au": (["Bradley", "Cooper", "Darcy", "Jarrah", "Lachlan", "Nathan", "Riley", "Travis"],
           ["Chelsea", "Jacinta", "Kylie", "Maddison", "Shannon", "Tahlia", "Tegan", "Rebekah"],
           ["Blackwood", "Costello", "Dimitriou", "Hutchence", "Kerrigan", "Nguyen", "O'Loughlin", "Papadakis",
            "Summerhayes", "Treloar", "Wakefield"]),
    "nz": (["Aperahama", "Hamish", "Manaia", "Nikau", "Rawiri", "Tama", "Finn", "Sione"],
           ["Aroha", "Kahurangi", "Mereana", "Ngaio", "Tui", "Isla", "Losa", "Greer"],
           ["Aperaniko", "Fonoti", "Hohaia", "Keepa", "Mackintosh", "Ngata", "Paewai", "Rangihuna", "Tuilagi",
            "Whaanga", "Strachan"]),
    "he": (["אביתר", "גלעד", "דביר", "יהונתן", "עידו", "נתנאל", "רועי", "שגיא", "יוסף"],
           ["אורית", "הדס", "טליה", "יעל", "מעיין", "נוגה", "רעות", "שקד", "ליאת"],
           ["אזולאי", "ביטון", "גבאי", "דהן", "וקנין", "חדד", "לוי", "מזרחי", "פרידמן", "רוזנברג", "שטרן", "בן-דוד"]),
    "no": (["Eirik", "Håkon", "Kjetil", "Ola", "Sindre", "Torbjørn", "Vegard", "Øystein"],
           ["Guro", "Ingvild", "Kari", "Marte", "Ragnhild", "Silje", "Solveig", "Åse"],
           ["Bakken", "Fossum", "Haugland", "Kvamme", "Lunde", "Myklebust", "Nygård", "Rønning", "Sæther", "Tveit",
            "Vik"]),
    "fi": (["Eero", "Jussi", "Mikko", "Olli", "Petteri", "Sampo", "Tuomas", "Väinö"],
           ["Aino", "Heli", "Kaisa", "Minna", "Pirjo", "Riikka", "Satu", "Tiina"],
           ["Heikkinen", "Jääskeläinen", "Kettunen", "Laitinen", "Mäkelä", "Nieminen", "Pitkänen", "Räsänen",
            "Salminen", "Tikkanen", "Väisänen"]),
    "et": (["Aivar", "Indrek", "Jaanus", "Madis", "Priit", "Rein", "Tõnu", "Urmas", "Jüri"],
           ["Anu", "Helgi", "Kadri", "Liis", "Maie", "Piret", "Reet", "Tiiu", "Ülle"],
           ["Kask", "Kuusk", "Lepik", "Mägi", "Ottis", "Pärn", "Rebane", "Saar", "Tamm", "Vaher", "Õunapuu"]),
    "fr": (["Arnaud", "Baptiste", "Cédric", "Gaëtan", "Jérôme", "Loïc", "Mickaël", "Yannick", "Karim"],
           ["Aurélie", "Chloé", "Élodie", "Gwenaëlle", "Laëtitia", "Maëlle", "Nadège", "Sandrine", "Yasmina"],
           ["Bertrand", "Chevallier", "Delacroix", "Fontaine", "Guérin", "Lemaire", "Marchand", "Ouattara",
            "Perrin", "Rousseau", "Tessier", "Vidal"]),
    "el": (["Αθανάσιος", "Γεώργιος", "Δημήτριος", "Ευάγγελος", "Κωνσταντίνος", "Νικόλαος", "Παναγιώτης", "Σπυρίδων"],
           ["Αικατερίνη", "Βασιλική", "Δέσποινα", "Ελένη", "Ιωάννα", "Μαρία", "Σοφία", "Χρυσούλα"],
           ["Αλεξίου", "Βλάχος", "Γεωργίου", "Δημητρίου", "Καραγιάννης", "Μαυρίδης", "Νικολάου", "Παπαδόπουλος",
            "Σταθόπουλος", "Τσακίρης"]),
    "br": (["Anderson", "Cleiton", "Edivaldo", "Gilmar", "Josué", "Marcelo", "Rodrigo", "Wellington"],
           ["Adriana", "Cristiane", "Daiane", "Francisca", "Jaqueline", "Luciana", "Rosângela", "Thaís"],
           ["Albuquerque", "Bezerra", "Cavalcanti", "Figueiredo", "Magalhães", "Nogueira", "Queiroz", "Rezende",
            "Siqueira", "Teixeira"]),
}


def person(g: Gen, lang: str, female: bool | None = None) -> tuple[str, str]:
    female = g.rnd.random() < 0.45 if female is None else female
    males, females, lasts = NAMES[lang]
    return g.rnd.choice(females if female else males), g.rnd.choice(lasts)


def whole(g: Gen, lang: str) -> str:
    a, b = person(g, lang)
    return f"{a} {b}"


def staff(g: Gen, lang: str, n: int) -> list[str]:
    out: set[str] = set()
    while len(out) < n:
        out.add(whole(g, lang))
    return sorted(out)


def email_of(g: Gen, first: str, last: str, domains: list[str]) -> str:
    a, b = plain(first) or "x", plain(last) or "y"
    local = g.rnd.choice([f"{a}.{b}", f"{a[0]}{b}", f"{a}{g.rnd.randint(1, 99)}", f"{b}.{a[0]}", f"{a}_{b}"])
    return f"{local}@{g.rnd.choice(domains)}"


def latin_email(g: Gen, domains: list[str]) -> str:
    """An e-mail address for a person whose name is not in Latin script (a romanized handle)."""
    stems = ["avi", "noa", "gilad", "tal", "yael", "dor", "maor", "shira", "nikos", "eleni", "giorgos", "sofia",
             "dimitra", "kostas", "itay", "liat", "yossi", "stavros"]
    return f"{g.rnd.choice(stems)}{g.rnd.choice(['.', '_', ''])}{g.rnd.choice(stems)}{g.rnd.randint(1, 999)}@" \
        f"{g.rnd.choice(domains)}"


def login(first: str, last: str, style: int) -> str:
    a, b = plain(first) or "x", plain(last) or "y"
    return [f"{a[0]}{b}", f"{a}.{b}", f"{b[:6]}{a[0]}", f"{a}_{b[0]}"][style % 4]


# -- places (written for v91) ------------------------------------------------------------------------------------------

#: (city, state, ZIP lead) around Texas, Virginia and North Carolina garrisons
US_CITIES = [("Killeen", "TX", "765"), ("Harker Heights", "TX", "765"), ("San Antonio", "TX", "782"),
             ("Copperas Cove", "TX", "765"), ("Fayetteville", "NC", "283"), ("Jacksonville", "NC", "285"),
             ("Norfolk", "VA", "235"), ("Chesapeake", "VA", "233"), ("Alexandria", "VA", "223"),
             ("Woodbridge", "VA", "221")]
US_STREETS = ["Rancier Ave", "Trimmier Rd", "Bacon Ranch Rd", "Stan Schlueter Loop", "Yadkin Rd", "Skibo Rd",
              "Western Blvd", "Tidewater Dr", "Battlefield Blvd", "Prince William Pkwy", "Mesquite Trl",
              "Live Oak Ln", "Bluebonnet Dr", "Cypress Bend Ct"]
GB_PLACES = [("Aldershot", "GU11"), ("Catterick Garrison", "DL9"), ("Colchester", "CO2"), ("Plymouth", "PL2"),
             ("Tidworth", "SP9"), ("Lossiemouth", "IV31"), ("Brecon", "LD3"), ("Portsmouth", "PO4"),
             ("Lisburn", "BT28"), ("Darlington", "DL1")]
GB_STREETS = ["Wellington Avenue", "Queen's Road", "Gun Hill Lane", "Barrack Road", "Mill Close", "Heather Drive",
              "Chapel Row", "St Aubyn Crescent", "Glebe Terrace", "Farm Lane"]
CA_PLACES = [("Halifax", "NS", "B3"), ("Dartmouth", "NS", "B2"), ("Kingston", "ON", "K7"), ("Petawawa", "ON", "K8"),
             ("Edmonton", "AB", "T5"), ("Esquimalt", "BC", "V9"), ("Winnipeg", "MB", "R3"),
             ("Gagetown", "NB", "E4")]
CA_STREETS = ["Gottingen St", "Windmill Rd", "Portsmouth Ave", "Doran Rd", "Jasper Ave", "Admirals Rd",
              "Pembina Hwy", "Lakeview Cres", "Maple Grove Dr", "Birch Bay Rd"]
AU_PLACES = [("Townsville", "QLD", "4814"), ("Darwin", "NT", "0820"), ("Wagga Wagga", "NSW", "2650"),
             ("Nowra", "NSW", "2541"), ("Puckapunyal", "VIC", "3662"), ("Rockingham", "WA", "6168"),
             ("Enoggera", "QLD", "4051"), ("Edinburgh", "SA", "5111")]
AU_STREETS = ["Ross River Rd", "Bagot Rd", "Fitzmaurice St", "Kalandar St", "Safety Bay Rd", "Gympie Rd",
              "Wattle Grove Cres", "Banksia Pl", "Coolibah Dr", "Jacaranda Ave"]
NZ_PLACES = [("Palmerston North", "4410"), ("Whangārei", "0110"), ("Rotorua", "3010"), ("Burnham", "7600"),
             ("Devonport", "0624"), ("Upper Hutt", "5018"), ("Nelson", "7010"), ("Invercargill", "9810")]
NZ_STREETS = ["Rangitikei St", "Tui Crescent", "Kowhai Place", "Te Awa Road", "Pohutukawa Drive", "Nikau Street",
              "Kauri Grove", "Rata Avenue"]
IL_CITIES = ["באר שבע", "חיפה", "ראשון לציון", "פתח תקווה", "אשדוד", "עפולה", "כרמיאל", "מודיעין"]
IL_STREETS = ["הרצל", "ז'בוטינסקי", "הנשיא", "רוטשילד", "הגפן", "התאנה", "שדרות ירושלים", "הפלמ\"ח"]
NO_PLACES = [("Bardufoss", "9325"), ("Rena", "2450"), ("Harstad", "9406"), ("Bodø", "8006"), ("Steinkjer", "7713"),
             ("Kristiansand", "4631"), ("Elverum", "2408"), ("Setermoen", "9360")]
NO_STREETS = ["Storgata", "Kirkeveien", "Fjellveien", "Bjørkeveien", "Solbakken", "Strandgata", "Granlia",
              "Elvegata"]
FI_PLACES = [("Hamina", "49400"), ("Kouvola", "45100"), ("Rovaniemi", "96100"), ("Kajaani", "87100"),
             ("Niinisalo", "38840"), ("Riihimäki", "11100"), ("Säkylä", "27800"), ("Tikkakoski", "41160")]
FI_STREETS = ["Kauppakatu", "Koulukatu", "Rantatie", "Koivukuja", "Mäntytie", "Asematie", "Pajuniementie"]
EE_PLACES = ["Tapa", "Võru", "Paldiski", "Rakvere", "Jõhvi", "Viljandi", "Pärnu", "Haapsalu", "Narva", "Tartu"]
EE_STREETS = ["Pikk", "Tallinna mnt", "Jaama", "Kooli", "Aia", "Posti", "Vabriku", "Lossi"]
FR_PLACES = [("Mourmelon-le-Grand", "51400"), ("Canjuers", "83840"), ("Castres", "81100"), ("Pau", "64000"),
             ("Gap", "05000"), ("Bitche", "57230"), ("Nîmes", "30000"), ("Carpiagne", "13009"),
             ("Tarbes", "65000"), ("Laon", "02000")]
FR_STREETS = ["rue de la Garnison", "avenue du Maréchal Foch", "rue des Tilleuls", "chemin des Vignes",
              "boulevard Gambetta", "rue Jean Jaurès", "impasse des Lilas", "place de la République"]
GR_PLACES = [("Θεσσαλονίκη", "546"), ("Λάρισα", "412"), ("Ξάνθη", "671"), ("Κομοτηνή", "691"), ("Χανιά", "731"),
             ("Ιωάννινα", "452"), ("Κοζάνη", "501"), ("Αλεξανδρούπολη", "681")]
GR_STREETS = ["Εγνατία", "Τσιμισκή", "Βασ. Κωνσταντίνου", "Αγίου Δημητρίου", "Παπαναστασίου", "Ερμού",
              "Μεγάλου Αλεξάνδρου"]
BR_PLACES = [("Resende", "RJ", "275"), ("Santa Maria", "RS", "971"), ("Campo Grande", "MS", "790"),
             ("Manaus", "AM", "690"), ("Juiz de Fora", "MG", "360"), ("Recife", "PE", "500"),
             ("Cascavel", "PR", "858"), ("Natal", "RN", "590")]
BR_STREETS = ["Rua Marechal Deodoro", "Avenida Duque de Caxias", "Rua das Acácias", "Travessa São Jorge",
              "Rua Sete de Setembro", "Avenida Brasil", "Rua Tiradentes"]

# -- domain words (not personal) ---------------------------------------------------------------------------------------

US_UNITS = ["HHC 1-12 CAV", "A Co 2-8 IN", "B Btry 3-16 FA", "412th CSB", "90th Sustainment Bde", "HSC 4th BSB"]
US_RANKS = ["PV2", "PFC", "SPC", "SGT", "SSG", "SFC", "2LT", "1LT", "CPT", "MAJ", "CW2"]
GB_RANKS = ["Pte", "LCpl", "Cpl", "Sgt", "SSgt", "WO2", "Lt", "Capt", "Maj", "AB", "LS", "PO", "Cpl (RAF)"]
GB_UNITS = ["1 RIFLES", "3 Cdo Bde", "HMS Drake", "RAF Lossiemouth", "1 Yorks", "32 Engr Regt", "7 Bn REME"]
CA_UNITS = ["CFB Halifax", "CFB Kingston", "CFB Petawawa", "3 Wing Bagotville", "CFB Esquimalt", "CFB Edmonton"]
AU_BASES = ["Lavarack Barracks", "Robertson Barracks", "Kapooka", "HMAS Albatross", "HMAS Stirling",
            "Gallipoli Barracks", "RAAF Edinburgh"]
NZ_UNITS = ["No. 6 (Hutt Valley) Sqn ATC", "TS Tamatea", "Nelson Cadet Unit", "Rotorua City Cadets",
            "No. 21 (Burnham) Sqn ATC", "TS Achilles"]
NO_UNITS = ["Brigade Nord", "Panserbataljonen", "Hans Majestet Kongens Garde", "Sjøforsvaret KNM Harald Haarfagre",
            "Luftvingen Ørland", "Heimevernet HV-16"]
FI_UNITS = ["Karjalan prikaati", "Kainuun prikaati", "Porin prikaati", "Jääkäriprikaati", "Panssariprikaati",
            "Rannikkoprikaati"]
FR_UNITS = ["1er RCP", "3e RIMa", "8e RPIMa", "501e RCC", "2e REG", "35e RAP", "1er RHP"]
EE_UNITS = ["Scoutspataljon", "Kalevi jalaväepataljon", "Kuperjanovi jalaväepataljon", "Kaitseliit Võrumaa malev",
            "Viru jalaväepataljon"]


# -- identifiers (python-stdnum) ---------------------------------------------------------------------------------------


def us_ssn(g: Gen, dashed: bool = True) -> str:
    number = g.valid(lambda: f"{g.rnd.randint(1, 899):03d}{g.rnd.randint(1, 99):02d}{g.rnd.randint(1, 9999):04d}",
                     _ssn.is_valid)
    return _ssn.format(number) if dashed else number


def us_ein(g: Gen) -> str:
    return _ein.format(g.valid(lambda: g.digits(9), _ein.is_valid))


def ca_sin(g: Gen, spaced: bool = True) -> str:
    number = g.valid(lambda: g.rnd.choice("1234567") + g.digits(8), _sin.is_valid)
    return _sin.format(number) if spaced else number


def ca_bn(g: Gen) -> str:
    return g.valid(lambda: g.rnd.choice("1278") + g.digits(8), _bn.is_valid)


def au_tfn(g: Gen) -> str:
    return _tfn.format(g.valid(lambda: g.digits(9), _tfn.is_valid))


def au_abn(g: Gen) -> str:
    return _abn.format(g.valid(lambda: g.rnd.choice("123456789") + g.digits(10), _abn.is_valid))


def nz_ird(g: Gen) -> str:
    return _ird.format(g.valid(lambda: g.rnd.choice("1") + g.digits(8), _ird.is_valid))


def gb_nino(g: Gen) -> str:
    """A National Insurance number (no check digit: prefix letters from the allowed set, a suffix A-D)."""
    first, second = "ABCEGHJKLMNOPRSTWXYZ", "ABCEGHJKLMNPRSTWXYZ"
    prefix = g.valid(lambda: g.rnd.choice(first) + g.rnd.choice(second),
                     lambda p: p not in {"GB", "BG", "NK", "KN", "TN", "NT", "ZZ"})
    return f"{prefix}{g.digits(6)}{g.rnd.choice('ABCD')}"


def gb_nhs(g: Gen) -> str:
    return _nhs.format(g.valid(lambda: g.rnd.choice("4") + g.digits(9), _nhs.is_valid))


def il_id(g: Gen) -> str:
    return g.valid(lambda: g.rnd.choice("0123") + g.digits(8), _idnr.is_valid)


def il_hp(g: Gen) -> str:
    return g.valid(lambda: "51" + g.digits(7), _hp.is_valid)


def no_fnr(g: Gen, born: date) -> str:
    head = born.strftime("%d%m%y")
    lead = "01234" if born.year < 2000 else "56789"
    return g.valid(lambda: head + g.digits(1, lead) + g.digits(4), _fnr.is_valid)


def no_orgnr(g: Gen) -> str:
    return g.valid(lambda: g.rnd.choice("89") + g.digits(8), _orgnr.is_valid)


def fi_hetu(g: Gen, born: date) -> str:
    sign = "-" if born.year < 2000 else "A"
    head = born.strftime("%d%m%y") + sign
    return g.valid(lambda: head + f"{g.rnd.randint(2, 899):03d}" + g.rnd.choice("0123456789ABCDEFHJKLMNPRSTUVWXY"),
                   _hetu.is_valid)


def fi_ytunnus(g: Gen) -> str:
    return g.valid(lambda: g.rnd.choice("0123") + g.digits(6) + "-" + g.digits(1), _ytunnus.is_valid)


def ee_ik(g: Gen, born: date, female: bool) -> str:
    lead = {18: 1, 19: 3, 20: 5}[born.year // 100] + (1 if female else 0)
    head = f"{lead}{born.strftime('%y%m%d')}"
    return g.valid(lambda: head + g.digits(4), _ik.is_valid)


def ee_regkood(g: Gen) -> str:
    return g.valid(lambda: g.rnd.choice("18") + g.digits(7), _regkood.is_valid)


def fr_nir(g: Gen, born: date, female: bool, dept: str, spaced: bool = False) -> str:
    body = f"{2 if female else 1}{born.strftime('%y%m')}{dept}{g.rnd.randint(1, 990):03d}{g.rnd.randint(1, 999):03d}"
    number = body + _nir.calc_check_digits(body)
    return _nir.format(number) if spaced else number


def fr_siret(g: Gen) -> str:
    return g.valid(lambda: g.rnd.choice("34") + g.digits(13), _siret.is_valid)


def gr_amka(g: Gen, born: date) -> str:
    head = born.strftime("%d%m%y")
    return g.valid(lambda: head + g.digits(5), _amka.is_valid)


def gr_afm(g: Gen) -> str:
    return g.valid(lambda: g.rnd.choice("01") + g.digits(8), _grvat.is_valid)


def br_cpf(g: Gen, dotted: bool = True) -> str:
    number = g.valid(lambda: g.digits(11), _cpf.is_valid)
    return _cpf.format(number) if dotted else number


def br_cnpj(g: Gen) -> str:
    return _cnpj.format(g.valid(lambda: g.digits(8) + "0001" + g.digits(2), _cnpj.is_valid))


def fi_iban(g: Gen, spaced: bool = False) -> str:
    """A Finnish IBAN (reservists' pay account)."""
    def make() -> str:
        bban = g.rnd.choice(["1", "4", "5", "8"]) + g.digits(13)
        return f"FI{_iban.calc_check_digits('FI00' + bban)}{bban}"

    number = g.valid(make, _iban.is_valid)
    return _iban.format(number) if spaced else number


def card(g: Gen) -> str:
    lead = g.rnd.choice(["4", "51", "53"])
    body = lead + g.digits(15 - len(lead))
    return body + luhn.calc_check_digit(body)


def failing(g: Gen, make: Callable[[], str], ok: Callable[[str], bool]) -> str:
    """A value shaped like ``make()`` that fails the check ``ok`` (a decoy)."""
    return g.valid(make, lambda x: not ok(x))


# -- free-text snippets (written for v91) ------------------------------------------------------------------------------

EN_NOTES = ["Called member re: report date, no answer", "Spouse {name} confirmed new address by phone",
            "Requested deferment, employer letter attached", "Referred to unit welfare officer",
            "Next of kin {name} to be contacted first", "Medical board pending, see file",
            "Member says {name} at {phone} can vouch", "Left voicemail", "Duplicate record merged"]
