"""Value generators of held-out set v9 (:mod:`benchmarks.classification.heldout_v9`): written for v9, nothing taken
from v2 to v8's value lists, from Faker or from any list published elsewhere.

A :class:`Gen` is the random source of one table (``random.Random`` seeded from :data:`SEED` and the table's
builder name). Identifiers are generated and then checked with ``python-stdnum`` (a generator loops until its value
validates); phones are derived from ``phonenumbers``' example numbers of a region, varied in their last digits and
kept only when ``phonenumbers`` says they are valid. Names, streets and cities are short hand-written lists per
language or country, written for this set.
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
from stdnum import iban as std_iban
from stdnum import lei as _lei
from stdnum import luhn
from stdnum.at import uid as _at_uid
from stdnum.at import vnr as _at_vnr
from stdnum.au import abn as _au_abn
from stdnum.au import tfn as _au_tfn
from stdnum.be import nn as _be_nn
from stdnum.br import cnpj as _br_cnpj
from stdnum.br import cpf as _br_cpf
from stdnum.ch import ssn as _ch_ssn
from stdnum.ch import uid as _ch_uid
from stdnum.cl import rut as _cl_rut
from stdnum.cz import rc as _cz_rc
from stdnum.dk import cpr as _dk_cpr
from stdnum.ec import ci as _ec_ci
from stdnum.fi import hetu as _fi_hetu
from stdnum.fi import ytunnus as _fi_ytunnus
from stdnum.gr import amka as _gr_amka
from stdnum.gr import vat as _gr_vat
from stdnum.id import nik as _id_nik
from stdnum.id import npwp as _id_npwp
from stdnum.ie import vat as _ie_vat
from stdnum.il import hp as _il_hp
from stdnum.in_ import aadhaar as _in_aadhaar
from stdnum.in_ import epic as _in_epic
from stdnum.in_ import gstin as _in_gstin
from stdnum.in_ import pan as _in_pan
from stdnum.is_ import kennitala as _is_kt
from stdnum.it import codicefiscale as _it_cf
from stdnum.it import iva as _it_iva
from stdnum.jp import cn as _jp_cn
from stdnum.jp import in_ as _jp_in
from stdnum.ma import ice as _ma_ice
from stdnum.mx import curp as _mx_curp
from stdnum.mx import rfc as _mx_rfc
from stdnum.my import nric as _my_nric
from stdnum.nl import bsn as _nl_bsn
from stdnum.no import fodselsnummer as _no_fnr
from stdnum.no import orgnr as _no_orgnr
from stdnum.nz import ird as _nz_ird
from stdnum.pe import cui as _pe_cui
from stdnum.pe import ruc as _pe_ruc
from stdnum.pl import nip as _pl_nip
from stdnum.pl import pesel as _pl_pesel
from stdnum.pl import regon as _pl_regon
from stdnum.ru import inn as _ru_inn
from stdnum.se import orgnr as _se_orgnr
from stdnum.se import personnummer as _se_pnr
from stdnum.sg import uen as _sg_uen
from stdnum.sn import ninea as _sn_ninea
from stdnum.th import moa as _th_moa
from stdnum.th import pin as _th_pin
from stdnum.tn import mf as _tn_mf
from stdnum.tr import tckimlik as _tr_tc
from stdnum.tr import vkn as _tr_vkn
from stdnum.vn import mst as _vn_mst
from stdnum.za import tin as _za_tin

from benchmarks.classification.heldout_v2 import Column

SEED = 9_090_2026
N = "none"
#: the label of a login handle: the classifier should put it in review (as in v5 to v8)
USERNAME = "unclassified"
#: NULL-like strings of dirty exports
NULLISH: tuple[str, ...] = ("", "NULL", "null", "N/A", "n.a.", "-", "none", "(blank)", "0", "?")


class Gen:
    """The random source of one table: ``rows`` rows, seeded from :data:`SEED` and ``table``."""

    def __init__(self, table: str, rows: int) -> None:
        self.rnd = random.Random(f"v9:{SEED}:{table}")
        self.rows = rows

    # -- shaping -----------------------------------------------------------------------------------------------------

    def col(self, make: Callable[[], Any], nulls: float = 0.0) -> list[Any]:
        """``rows`` values of ``make()``, a share ``nulls`` of them NULL."""
        return [None if nulls and self.rnd.random() < nulls else make() for _ in range(self.rows)]

    def nullify(self, values: list[Any], nulls: float) -> list[Any]:
        return [None if self.rnd.random() < nulls else v for v in values]

    def pick(self, items: list[Any]) -> Callable[[], Any]:
        return lambda: self.rnd.choice(items)

    def dirty(self, values: list[Any], nullish: float = 0.05, pad: float = 0.07, case: float = 0.0) -> list[Any]:
        """Dirty text: some NULL-like strings, some padding, some values upper- or lower-cased."""
        out: list[Any] = []
        for v in values:
            if v is not None and isinstance(v, str):
                r = self.rnd.random()
                if r < nullish:
                    v = self.rnd.choice(NULLISH[:9])
                elif r < nullish + pad:
                    v = self.rnd.choice([" ", "  ", "\t"]) + v if self.rnd.random() < 0.5 else v + self.rnd.choice(
                        [" ", "   "])
                elif case and r < nullish + pad + case:
                    v = v.upper() if self.rnd.random() < 0.7 else v.lower()
            out.append(v)
        return out

    # -- dates -------------------------------------------------------------------------------------------------------

    def birth(self, start: int = 1940, end: int = 2005) -> date:
        return date(start, 1, 1) + timedelta(days=self.rnd.randrange((date(end, 12, 31) - date(start, 1, 1)).days))

    def births(self, start: int = 1940, end: int = 2005) -> list[date]:
        return [self.birth(start, end) for _ in range(self.rows)]

    def days(self, start: str, end: str) -> list[date]:
        a, b = date.fromisoformat(start), date.fromisoformat(end)
        return [a + timedelta(days=self.rnd.randrange((b - a).days)) for _ in range(self.rows)]

    def moments(self, start: str, days: int) -> list[datetime]:
        a = datetime.fromisoformat(start)
        return [a + timedelta(seconds=self.rnd.randrange(days * 86_400)) for _ in range(self.rows)]

    def fmt(self, dates: list[date | None], formats: list[str], weights: list[float] | None = None) -> list[Any]:
        """Dates as text, each in one of ``formats``."""
        return [None if d is None else d.strftime(self.rnd.choices(formats, weights)[0]) for d in dates]

    # -- numbers and codes -------------------------------------------------------------------------------------------

    def digits(self, n: int, first: str = "123456789") -> str:
        return self.rnd.choice(first) + "".join(self.rnd.choice(string.digits) for _ in range(n - 1)) if n else ""

    def code(self, pattern: str) -> str:
        """``A`` an upper-case letter, ``9`` a digit, ``x`` a hex digit; anything else kept."""
        out = []
        for ch in pattern:
            out.append(self.rnd.choice(string.ascii_uppercase) if ch == "A" else self.rnd.choice(string.digits)
                       if ch == "9" else self.rnd.choice("0123456789abcdef") if ch == "x" else ch)
        return "".join(out)

    def valid(self, make: Callable[[], str], is_valid: Callable[[str], bool]) -> str:
        for _ in range(20_000):
            value = make()
            if is_valid(value):
                return value
        raise RuntimeError("no valid value generated")

    def keys(self, start: int) -> list[int]:
        return list(range(start, start + self.rows))

    def ints(self, low: int, high: int) -> list[int]:
        return [self.rnd.randint(low, high) for _ in range(self.rows)]

    def amounts(self, low: float, high: float) -> list[float]:
        return [round(self.rnd.uniform(low, high), 2) for _ in range(self.rows)]

    def floats(self, low: float, high: float, places: int = 3) -> list[float]:
        return [round(self.rnd.uniform(low, high), places) for _ in range(self.rows)]

    def yn(self, yes: Any = "Y", no: Any = "N", p: float = 0.5) -> list[Any]:
        return [yes if self.rnd.random() < p else no for _ in range(self.rows)]

    def sha256(self) -> str:
        return hashlib.sha256(self.rnd.randbytes(16)).hexdigest()

    def md5(self) -> str:
        return hashlib.md5(self.rnd.randbytes(16)).hexdigest()

    def uuid(self) -> str:
        return str(uuid.UUID(bytes=self.rnd.randbytes(16), version=4))

    def ipv4(self) -> str:
        first = self.rnd.choice([41, 102, 105, 154, 175, 182, 186, 190, 197, 201, 203, 223])
        return f"{first}.{self.rnd.randint(0, 255)}.{self.rnd.randint(0, 255)}.{self.rnd.randint(1, 254)}"

    def ipv6(self) -> str:
        return "2c0f:" + ":".join(f"{self.rnd.randrange(65536):x}" for _ in range(7))

    def version(self) -> str:
        return f"{self.rnd.randint(1, 9)}.{self.rnd.randint(0, 30)}.{self.rnd.randint(0, 99)}"

    def coord(self, lat: tuple[float, float], lon: tuple[float, float]) -> str:
        return f"{self.rnd.uniform(*lat):.5f},{self.rnd.uniform(*lon):.5f}"

    # -- phones ------------------------------------------------------------------------------------------------------

    def phone(self, region: str, style: str = "national", mobile: bool = True) -> str:
        """A valid phone number of ``region`` written in ``style``: ``national``, ``intl``, ``e164``, ``00``,
        ``dashed`` (international, dashes), ``digits`` (E.164 without ``+``), ``ext`` (national with an
        extension), ``local`` (national, no spaces)."""
        kind = phonenumbers.PhoneNumberType.MOBILE if mobile else phonenumbers.PhoneNumberType.FIXED_LINE
        example = phonenumbers.example_number_for_type(region, kind) or phonenumbers.example_number(region)
        base = str(example.national_number)
        number = example
        for attempt in range(600):
            # vary all but the leading digits (the area or mobile prefix); fewer when no valid number turns up
            keep = min(len(base) - 2, 3 if attempt < 300 else 5)
            tail = "".join(self.rnd.choice(string.digits) for _ in range(len(base) - keep))
            candidate = phonenumbers.PhoneNumber(country_code=example.country_code,
                                                 national_number=int(base[:keep] + tail),
                                                 italian_leading_zero=example.italian_leading_zero)
            if phonenumbers.is_valid_number(candidate) and (
                    phonenumbers.number_type(candidate) == phonenumbers.number_type(example)):
                number = candidate
                break
        fmt = phonenumbers.PhoneNumberFormat
        if style == "intl":
            return phonenumbers.format_number(number, fmt.INTERNATIONAL)
        if style == "e164":
            return phonenumbers.format_number(number, fmt.E164)
        if style == "00":
            return "00" + phonenumbers.format_number(number, fmt.E164)[1:]
        if style == "dashed":
            return phonenumbers.format_number(number, fmt.RFC3966).removeprefix("tel:")
        if style == "digits":
            return phonenumbers.format_number(number, fmt.E164)[1:]
        national = phonenumbers.format_number(number, fmt.NATIONAL)
        if style == "ext":
            return national + self.rnd.choice([" x", " ext. ", " ext "]) + str(self.rnd.randint(10, 4999))
        if style == "local":
            return "".join(ch for ch in national if ch.isdigit())
        return national

    def phones(self, regions: list[str] | str, styles: dict[str, float], mobile: float = 1.0,
               nulls: float = 0.0) -> list[Any]:
        regions = [regions] if isinstance(regions, str) else regions
        names, weights = list(styles), list(styles.values())
        return self.col(lambda: self.phone(self.rnd.choice(regions), self.rnd.choices(names, weights)[0],
                                           self.rnd.random() < mobile), nulls)


def c(name: str, kind: str, sql_type: str, values: list[Any], *tags: str) -> Column:
    """One labeled column."""
    return Column(name, kind, sql_type, values, frozenset(tags))


# -- names, cities, streets (written for v9) ---------------------------------------------------------------------------

#: language or country -> (first names, family names)
NAMES: dict[str, tuple[list[str], list[str]]] = {
    "au": (["Lachlan", "Matilda", "Harrison", "Isla", "Cooper", "Tahlia", "Angus", "Bronte", "Hamish", "Sienna",
            "Fletcher", "Ebony"],
           ["Mitchell", "Fraser", "O'Brien", "Walsh", "Henderson", "Doyle", "McKenzie", "Pearce", "Lockyer",
            "Thorburn", "Vella", "Kowalczyk"]),
    "nz": (["Aroha", "Tama", "Mere", "Wiremu", "Hemi", "Ngaio", "Manaia", "Kahu"],
           ["Ngata", "Parata", "Tipene", "Te Huia", "Horomona", "Pomare", "Rangi", "Whaanga"]),
    "de": (["Jonas", "Lena", "Matthias", "Ursina", "Florian", "Nadine", "Reto", "Johanna", "Beat", "Corinne",
            "Lukas", "Verena"],
           ["Brunner", "Gerber", "Wyss", "Baumgartner", "Lehmann", "Moser", "Schwarzenbach", "Pichler", "Gruber",
            "Eberle", "Hofstetter", "Zaugg"]),
    "ar": (["Omar", "Layla", "Khaled", "Noura", "Youssef", "Mariam", "Tariq", "Huda", "Samir", "Rania", "Faisal",
            "Dalia"],
           ["Al-Hassan", "Haddad", "Mansour", "El-Sayed", "Khoury", "Nasser", "Al-Qasimi", "Saleh", "Barakat",
            "Hamdan", "Abdelaziz", "Farouk"]),
    "ar-script": (["عمر", "ليلى", "خالد", "نورة", "يوسف", "مريم", "طارق", "هدى", "سمير", "رانيا"],
                  ["الحسن", "حداد", "منصور", "السيد", "خوري", "ناصر", "القاسمي", "صالح", "بركات", "حمدان"]),
    "in": (["Arjun", "Priya", "Rahul", "Sneha", "Vikram", "Anjali", "Karthik", "Divya", "Nikhil", "Lakshmi"],
           ["Menon", "Pillai", "Reddy", "Iyer", "Nair", "Chauhan", "Deshpande", "Bhat", "Kulkarni", "Rao"]),
    "sw": (["Wanjiru", "Otieno", "Akinyi", "Kamau", "Njeri", "Baraka", "Neema", "Juma", "Amani", "Zawadi",
            "Halima", "Kibet"],
           ["Mwangi", "Ochieng", "Kiprono", "Wambui", "Mutua", "Onyango", "Chepkoech", "Kariuki", "Mushi",
            "Massawe", "Nakato", "Okello"]),
    "es": (["Ximena", "Santiago", "Valentina", "Matías", "Renata", "Emiliano", "Camila", "Joaquín", "Fernanda",
            "Diego", "Antonella", "Bruno"],
           ["Hernández", "Quispe", "Mamani", "Zambrano", "Villalobos", "Cárdenas", "Espinoza", "Salazar", "Rojas",
            "Pacheco", "Guerrero", "Benítez"]),
    "br": (["Thiago", "Larissa", "Gabriel", "Beatriz", "Rafael", "Letícia", "Caio", "Mariana", "Felipe", "Júlia",
            "Vinícius", "Yasmin"],
           ["Oliveira", "Souza", "Carvalho", "Ribeiro", "Almeida", "Nascimento", "Barbosa", "Teixeira", "Moreira",
            "Cavalcanti", "Araújo", "Pereira"]),
    "ie": (["Ciarán", "Aoife", "Niamh", "Oisín", "Siobhán", "Declan", "Róisín", "Eoin", "Gráinne", "Cathal"],
           ["Ó Briain", "Murphy", "Byrne", "Gallagher", "Kavanagh", "Quinn", "Brennan", "Fitzgerald", "Lynch",
            "Mac Giolla"]),
    "id": (["Budi", "Siti", "Agus", "Dewi", "Rizky", "Putri", "Wahyu", "Nur", "Eko", "Ayu", "Fajar", "Indah"],
           ["Santoso", "Wijaya", "Saputra", "Hidayat", "Kurniawan", "Lestari", "Pratama", "Setiawan", "Susanto",
            "Rahmawati", "Nugroho", "Siregar"]),
    "nl": (["Daan", "Sanne", "Bram", "Fleur", "Thijs", "Lotte", "Wout", "Femke", "Jelle", "Noor"],
           ["Jansen", "de Vries", "van Dijk", "Bakker", "Visser", "Smit", "Peeters", "Claes", "Maes", "Wouters"]),
    "tl": (["Jose", "Maria", "Mark", "Kristine", "Jerome", "Angelica", "Rommel", "Maricel", "Jun", "Liezl"],
           ["Dela Cruz", "Reyes", "Bautista", "Ocampo", "Mendoza", "Villanueva", "Aquino", "Manalo", "Castillo",
            "Tolentino"]),
    "vi": (["Minh", "Linh", "Huy", "Trang", "Dũng", "Thảo", "Khoa", "Ngọc", "Tuấn", "Hương"],
           ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Đặng", "Bùi"]),
    "th": (["สมชาย", "สุดารัตน์", "ธนากร", "พิมพ์ชนก", "อนุชา", "กาญจนา", "ณัฐพล", "ศิริพร"],
           ["ศรีสุข", "วงศ์ใหญ่", "แก้วมณี", "บุญมา", "ทองดี", "จันทร์เพ็ญ", "สุวรรณรัตน์", "พรหมมา"]),
    "fr": (["Mamadou", "Aminata", "Ousmane", "Fatou", "Ibrahima", "Awa", "Moussa", "Khadija", "Yassine", "Kouassi",
            "Adjoua", "Meriem"],
           ["Diop", "Ndiaye", "Fall", "Sow", "Traoré", "Koné", "Bamba", "Coulibaly", "Benali", "El Amrani",
            "Trabelsi", "Ben Salah"]),
    "it": (["Giulia", "Marco", "Chiara", "Davide", "Federica", "Simone", "Alessia", "Matteo", "Ilaria",
            "Riccardo"],
           ["Esposito", "Colombo", "Ferrari", "Greco", "Marino", "Galli", "Conti", "De Luca", "Mancini", "Fontana"]),
    "se": (["Elsa", "Oskar", "Maja", "Viktor", "Alva", "Hugo", "Aino", "Eero", "Ingrid", "Magnus", "Freja",
            "Mads"],
           ["Lindqvist", "Bergström", "Holm", "Sandberg", "Korhonen", "Mäkinen", "Haugen", "Solberg", "Kjær",
            "Mortensen", "Åberg", "Nyström"]),
    "tr": (["Emre", "Zeynep", "Burak", "Elif", "Mert", "Ayşe", "Onur", "Selin", "Hakan", "Büşra"],
           ["Yılmaz", "Kaya", "Demir", "Şahin", "Çelik", "Yıldız", "Aydın", "Öztürk", "Arslan", "Doğan"]),
    "el": (["Γιώργος", "Μαρία", "Νίκος", "Ελένη", "Κώστας", "Κατερίνα", "Δημήτρης", "Σοφία"],
           ["Οικονόμου", "Γεωργίου", "Νικολάου", "Βασιλείου", "Αντωνίου", "Δημητρίου", "Χριστοδούλου", "Ιωάννου"]),
}
#: Czech, Slovak, Polish and Russian family names differ by sex: (masculine, feminine) pairs
PAIRED: dict[str, tuple[list[str], list[str], list[tuple[str, str]]]] = {
    "cs": (["Jakub", "Tomáš", "Ondřej", "Martin", "Peter"], ["Tereza", "Veronika", "Kateřina", "Lucie", "Zuzana"],
           [("Dvořák", "Dvořáková"), ("Svoboda", "Svobodová"), ("Černý", "Černá"), ("Procházka", "Procházková"),
            ("Kučera", "Kučerová"), ("Veselý", "Veselá"), ("Horváth", "Horváthová"), ("Kováč", "Kováčová")]),
    "pl": (["Kacper", "Bartosz", "Mateusz", "Paweł", "Grzegorz"], ["Zofia", "Natalia", "Wiktoria", "Agnieszka",
                                                                   "Małgorzata"],
           [("Wiśniewski", "Wiśniewska"), ("Wójcik", "Wójcik"), ("Kamiński", "Kamińska"),
            ("Lewandowski", "Lewandowska"), ("Zieliński", "Zielińska"), ("Szymański", "Szymańska"),
            ("Woźniak", "Woźniak"), ("Dąbrowski", "Dąbrowska")]),
    "ru": (["Дмитрий", "Алексей", "Иван", "Сергей", "Артём"], ["Анна", "Екатерина", "Ольга", "Мария", "Дарья"],
           [("Кузнецов", "Кузнецова"), ("Смирнов", "Смирнова"), ("Попов", "Попова"), ("Волков", "Волкова"),
            ("Соколов", "Соколова"), ("Морозов", "Морозова"), ("Лебедев", "Лебедева"), ("Козлов", "Козлова")]),
}
RU_PATRONYMIC = {False: ["Дмитриевич", "Алексеевич", "Иванович", "Сергеевич"],
                 True: ["Дмитриевна", "Алексеевна", "Ивановна", "Сергеевна"]}
#: Japanese (kanji, kana, romaji)
JA_FIRST = [("健太", "ケンタ", "Kenta"), ("美咲", "ミサキ", "Misaki"), ("拓海", "タクミ", "Takumi"),
            ("さくら", "サクラ", "Sakura"), ("悠人", "ユウト", "Yuto"), ("葵", "アオイ", "Aoi"), ("蓮", "レン", "Ren"),
            ("結菜", "ユイナ", "Yuina")]
JA_LAST = [("田中", "タナカ", "Tanaka"), ("伊藤", "イトウ", "Ito"), ("渡辺", "ワタナベ", "Watanabe"),
           ("山本", "ヤマモト", "Yamamoto"), ("中村", "ナカムラ", "Nakamura"), ("小林", "コバヤシ", "Kobayashi"),
           ("加藤", "カトウ", "Kato"), ("吉田", "ヨシダ", "Yoshida")]

CITIES: dict[str, list[str]] = {
    "AU": ["Brisbane", "Geelong", "Wollongong", "Hobart", "Townsville", "Ballarat", "Bendigo", "Cairns"],
    "NZ": ["Tauranga", "Hamilton", "Dunedin", "Palmerston North", "Napier", "Whangārei"],
    "CH": ["Winterthur", "Luzern", "St. Gallen", "Lugano", "Biel/Bienne", "Thun"],
    "AT": ["Graz", "Linz", "Salzburg", "Innsbruck", "Klagenfurt", "Villach"],
    "DE": ["Freiburg im Breisgau", "Mannheim", "Rostock", "Kassel", "Würzburg"],
    "EG": ["Alexandria", "Giza", "Mansoura", "Asyut", "Tanta"],
    "JO": ["Irbid", "Zarqa", "Amman", "Aqaba"],
    "MA": ["Fès", "Marrakech", "Tanger", "Agadir", "Meknès", "Oujda"],
    "AE": ["Sharjah", "Al Ain", "Ajman", "Dubai", "Ras Al Khaimah"],
    "IN": ["Kochi", "Pune", "Lucknow", "Coimbatore", "Visakhapatnam", "Thiruvananthapuram"],
    "ar-script": ["الإسكندرية", "إربد", "فاس", "العين", "الزرقاء", "الشارقة", "طنطا"],
    "KE": ["Kisumu", "Nakuru", "Eldoret", "Mombasa", "Thika", "Nyeri"],
    "TZ": ["Arusha", "Mwanza", "Dodoma", "Moshi", "Tanga"],
    "UG": ["Gulu", "Mbarara", "Jinja", "Entebbe"],
    "MX": ["Guadalajara", "Puebla", "Mérida", "Querétaro", "León", "Morelia"],
    "CL": ["Valparaíso", "Concepción", "Temuco", "Antofagasta", "Rancagua"],
    "PE": ["Arequipa", "Cusco", "Trujillo", "Piura", "Chiclayo"],
    "EC": ["Guayaquil", "Cuenca", "Ambato", "Manta", "Loja"],
    "BR": ["Campinas", "Recife", "Goiânia", "Florianópolis", "Londrina", "Juiz de Fora", "São Luís", "Maringá"],
    "IE": ["Galway", "Limerick", "Waterford", "Kilkenny", "Drogheda", "Sligo"],
    "ID": ["Surabaya", "Medan", "Semarang", "Makassar", "Yogyakarta", "Denpasar", "Bandung"],
    "NL": ["Zwolle", "Amersfoort", "Leeuwarden", "Tilburg", "Enschede"],
    "BE": ["Gent", "Leuven", "Hasselt", "Mechelen", "Kortrijk"],
    "PH": ["Quezon City", "Cebu City", "Davao City", "Iloilo City", "Bacolod", "Cagayan de Oro"],
    "VN": ["Đà Nẵng", "Hải Phòng", "Cần Thơ", "Huế", "Nha Trang", "Vũng Tàu"],
    "TH": ["เชียงใหม่", "ขอนแก่น", "นครราชสีมา", "หาดใหญ่", "ภูเก็ต", "อุดรธานี"],
    "SN": ["Thiès", "Saint-Louis", "Ziguinchor", "Kaolack"],
    "CI": ["Bouaké", "Yamoussoukro", "San-Pédro", "Korhogo"],
    "TN": ["Sfax", "Sousse", "Bizerte", "Gabès"],
    "IT": ["Brescia", "Perugia", "Lecce", "Trento", "Parma", "Udine"],
    "CZ": ["Olomouc", "Plzeň", "Liberec", "Hradec Králové", "Zlín"],
    "SK": ["Košice", "Žilina", "Nitra", "Prešov"],
    "SE": ["Umeå", "Västerås", "Örebro", "Jönköping"],
    "FI": ["Tampere", "Oulu", "Jyväskylä", "Kuopio"],
    "NO": ["Bergen", "Trondheim", "Stavanger", "Tromsø"],
    "DK": ["Aalborg", "Esbjerg", "Vejle", "Horsens"],
    "PL": ["Lublin", "Białystok", "Rzeszów", "Toruń", "Gdynia", "Opole"],
    "TR": ["Eskişehir", "Trabzon", "Samsun", "Denizli", "Malatya", "Kocaeli"],
    "JP": ["札幌市", "仙台市", "福岡市", "広島市", "金沢市", "岡山市"],
    "JP-Latn": ["Sendai", "Kanazawa", "Okayama", "Kumamoto", "Niigata", "Shizuoka"],
    "RU": ["Казань", "Екатеринбург", "Самара", "Пермь", "Воронеж", "Тюмень"],
    "GR": ["Πάτρα", "Λάρισα", "Ηράκλειο", "Βόλος", "Ιωάννινα", "Καβάλα"],
}

#: language -> (street names, a format with {n} the house number and {s} the street)
STREETS: dict[str, tuple[list[str], list[str]]] = {
    "au": (["Wattle Grove", "Banksia Street", "Jacaranda Avenue", "Coolibah Crescent", "Settlers Road",
            "Bottlebrush Close", "Kookaburra Drive"], ["{n} {s}", "Unit {u}/{n} {s}", "{n} {s}"]),
    "de": (["Bahnhofstrasse", "Kirchgasse", "Seefeldweg", "Rosenbergstrasse", "Mühlackerweg", "Lindenhofgasse"],
           ["{s} {n}", "{s} {n}a", "{s} {n}/{u}"]),
    "ar": (["Sheikh Zayed Road", "Al Wahda Street", "King Abdullah II St", "Tahrir Street", "Avenue Hassan II",
            "Al Jamia Street"], ["{n} {s}", "Villa {n}, {s}", "Flat {u}, Bldg {n}, {s}"]),
    "ar-script": (["شارع الجامعة", "شارع التحرير", "شارع الملك عبدالله", "شارع الوحدة"],
                  ["{s}، مبنى {n}", "{n} {s}"]),
    "in": (["MG Road", "Nehru Nagar", "Gandhi Bazaar Main Rd", "Anna Salai", "Civil Lines"],
           ["{n}, {s}", "Flat {u}, {n} {s}", "H.No. {n}-{u}, {s}"]),
    "sw": (["Barabara ya Moi", "Mtaa wa Uhuru", "Kenyatta Avenue", "Mtaa wa Jamhuri", "Oginga Odinga Road"],
           ["{s} {n}", "Nyumba {n}, {s}", "P.O. Box {n}, {s}"]),
    "es": (["Av. Insurgentes Sur", "Calle Los Aromos", "Jr. Ayacucho", "Av. de las Américas", "Pasaje Los Pinos",
            "Calle 5 de Mayo"], ["{s} {n}", "{s} {n}, Depto. {u}", "{s} #{n} Int. {u}"]),
    "br": (["Rua das Acácias", "Av. Sete de Setembro", "Travessa São Bento", "Rua Padre Anchieta",
            "Av. Beira-Mar", "Rua XV de Novembro"], ["{s}, {n}", "{s}, {n} - Apto {u}", "{s} {n}, Bloco B"]),
    "ie": (["Bóthar na Trá", "Church Road", "Ashgrove Park", "Ballinacurra Road", "Father Griffin Road"],
           ["{n} {s}", "Apt {u}, {n} {s}"]),
    "id": (["Jl. Diponegoro", "Jl. Gatot Subroto", "Jl. Pahlawan", "Gg. Melati", "Jl. Ahmad Yani"],
           ["{s} No. {n}", "{s} No.{n} RT {u}/RW 0{u}", "{s} {n}"]),
    "nl": (["Kerkstraat", "Molenweg", "Stationsplein", "Lindelaan", "Kapelstraat", "Bosstraat"],
           ["{s} {n}", "{s} {n}-{u}", "{s} {n} bus {u}"]),
    "tl": (["Rizal Street", "Mabini St.", "Burgos Avenue", "Sampaguita St.", "Luna Street"],
           ["{n} {s}", "Blk {u} Lot {n}, {s}", "{n} {s}, Brgy. San Isidro"]),
    "vi": (["Đường Lê Lợi", "Phố Hàng Bạc", "Đường Trần Phú", "Hẻm 42 Nguyễn Trãi"], ["{n} {s}", "Số {n}, {s}"]),
    "th": (["ถนนสุขุมวิท", "ถนนนิมมานเหมินท์", "ซอยรามคำแหง", "ถนนมิตรภาพ"], ["{n} {s}", "{n}/{u} {s}"]),
    "fr": (["Rue de Thiong", "Avenue Houphouët-Boigny", "Boulevard Mohammed V", "Rue Ibn Khaldoun",
            "Cité Keur Gorgui"], ["{n} {s}", "{s}, villa {n}", "Lot {n}, {s}"]),
    "it": (["Via Garibaldi", "Corso Vittorio Emanuele", "Viale dei Tigli", "Vicolo Stretto", "Piazza Duomo"],
           ["{s} {n}", "{s}, {n}/{u}", "{s} {n} int. {u}"]),
    "cs": (["Husova", "Palackého", "Náměstí Míru", "Komenského", "Štúrova"], ["{s} {n}/{u}", "{s} {n}"]),
    "se": (["Storgatan", "Kungsvägen", "Torikatu", "Kirkegata", "Nørregade", "Björkvägen"],
           ["{s} {n}", "{s} {n} lgh {u}", "{s} {n} B"]),
    "pl": (["ul. Lipowa", "ul. Ogrodowa", "al. Niepodległości", "ul. Kościuszki", "os. Słoneczne"],
           ["{s} {n}", "{s} {n}/{u}", "{s} {n} m. {u}"]),
    "tr": (["Atatürk Cad.", "Cumhuriyet Mah. Lale Sok.", "İnönü Bulvarı", "Gazi Cad.", "Yeni Mah. Çınar Sok."],
           ["{s} No:{n}", "{s} No:{n} D:{u}", "{s} No: {n}/{u}"]),
    "ja": (["中央区北一条西", "青葉区一番町", "博多区住吉", "中区紙屋町"], ["{s}{u}番{n}号", "{s}{u}-{n}"]),
    "ja-Latn": (["Aoba-ku Ichibancho", "Kita-ku Tenjin", "Naka-ku Kamiyacho", "Chuo-ku Honcho"],
                ["{u}-{n} {s}", "{s} {u}-{n}"]),
    "ru": (["ул. Баумана", "пр-т Ленина", "ул. Садовая", "пер. Школьный", "ул. Пушкина"],
           ["{s}, д. {n}, кв. {u}", "{s}, {n}", "{s} д.{n} к.{u}"]),
    "el": (["Οδός Ερμού", "Λεωφόρος Αθηνών", "Οδός Κορίνθου", "Πλατεία Ελευθερίας"], ["{s} {n}", "{s} {n}, {u}ος όροφος"]),
}


def person(g: Gen, lang: str, female: bool | None = None) -> tuple[str, str]:
    """A (first name, family name) pair of ``lang``."""
    if lang in PAIRED:
        men, women, fams = PAIRED[lang]
        female = g.rnd.random() < 0.5 if female is None else female
        return g.rnd.choice(women if female else men), g.rnd.choice(fams)[1 if female else 0]
    firsts, lasts = NAMES[lang]
    return g.rnd.choice(firsts), g.rnd.choice(lasts)


def people(g: Gen, lang: str) -> tuple[list[str], list[str]]:
    pairs = [person(g, lang) for _ in range(g.rows)]
    return [a for a, _ in pairs], [b for _, b in pairs]


def full(first: str, last: str, lang: str = "en") -> str:
    """A whole name in the usual order of ``lang``."""
    if lang == "ja":
        return f"{last}{first}"
    if lang == "vi":
        return f"{last} {first}"
    return f"{first} {last}"


def styled(g: Gen, first: str, last: str, styles: dict[str, float]) -> str:
    """A whole name written in one of ``styles``: plain, caps, comma (``LAST, First``), initial (``F. Last``),
    title (with an honorific)."""
    style = g.rnd.choices(list(styles), list(styles.values()))[0]
    if style == "caps":
        return f"{first} {last}".upper()
    if style == "comma":
        return f"{last.upper()}, {first}"
    if style == "initial":
        return f"{first[0]}. {last}"
    if style == "title":
        return f"{g.rnd.choice(['Mr', 'Mrs', 'Ms', 'Dr', 'Sr.', 'Sra.'])} {first} {last}"
    return f"{first} {last}"


def street(g: Gen, lang: str) -> Callable[[], str]:
    names, formats = STREETS[lang]
    return lambda: g.rnd.choice(formats).format(n=g.rnd.randint(1, 480), u=g.rnd.randint(1, 40),
                                                s=g.rnd.choice(names))


def city(g: Gen, *countries: str) -> Callable[[], str]:
    pool = [x for cc in countries for x in CITIES[cc]]
    return g.pick(pool)


_PLAIN = str.maketrans({"'": "", " ": "", "-": "", "ó": "o", "á": "a", "í": "i", "é": "e", "ú": "u", "ñ": "n",
                        "ã": "a", "ç": "c", "ø": "o", "æ": "ae", "å": "a", "ä": "a", "ö": "o", "ü": "u", "ş": "s",
                        "ı": "i", "ğ": "g", "ł": "l", "ż": "z", "ś": "s", "ć": "c", "ń": "n", "ę": "e", "ą": "a",
                        "č": "c", "ř": "r", "š": "s", "ž": "z", "ý": "y", "ě": "e", "ů": "u", "ď": "d", "ť": "t",
                        "ň": "n", "ò": "o", "è": "e", "à": "a", "ê": "e", "ô": "o", "â": "a", "ā": "a"})


def plain(s: str) -> str:
    """``s`` lower-cased and reduced to ASCII letters for e-mail local parts (Latin names only)."""
    folded = unicodedata.normalize("NFKD", s.lower().translate(_PLAIN).replace("đ", "d"))
    return "".join(ch for ch in folded if not unicodedata.combining(ch)).encode("ascii", "ignore").decode() or "user"


def email(g: Gen, first: str, last: str, domains: list[str]) -> str:
    a, b = plain(first), plain(last)
    local = g.rnd.choice([f"{a}.{b}", f"{a}{b[:1]}", f"{a[:1]}{b}{g.rnd.randint(1, 99)}", f"{b}_{a}",
                          f"{a}{g.rnd.randint(70, 2005)}"])
    return f"{local}@{g.rnd.choice(domains)}"


def emails(g: Gen, firsts: list[str], lasts: list[str], domains: list[str], nulls: float = 0.0) -> list[Any]:
    return [None if nulls and g.rnd.random() < nulls else email(g, a, b, domains) for a, b in zip(firsts, lasts)]


def handle(g: Gen, first: str, last: str) -> str:
    """A login handle (labeled :data:`USERNAME`)."""
    a, b = plain(first), plain(last)
    return g.rnd.choice([f"{a}_{b[:3]}{g.rnd.randint(1, 999)}", f"{b}.{a[:1]}", f"the_{a}{g.rnd.randint(1, 99)}",
                         f"{a}{b}", f"{a[:3]}{b[:3]}_{g.rnd.randint(10, 99)}"])


def card(g: Gen, spaced: bool = False) -> str:
    prefix = g.rnd.choice(["4", "51", "53", "22", "37", "6011"])
    length = 15 if prefix == "37" else 16
    body = prefix + "".join(g.rnd.choice(string.digits) for _ in range(length - len(prefix) - 1))
    number = body + luhn.calc_check_digit(body)
    if spaced:
        return " ".join(number[i:i + 4] for i in range(0, len(number), 4))
    return number


def imei(g: Gen, prefixes: list[str]) -> str:
    """A 15-digit IMEI (Luhn check digit): a decoy that looks like a long phone or identity number."""
    body = g.rnd.choice(prefixes) + g.digits(12, "0123456789")
    return body + luhn.calc_check_digit(body)


def iban(g: Gen, country: str, bban: str, spaced: bool = False) -> str:
    """An IBAN of ``country`` around ``bban`` (its check digits computed)."""
    raw = bban + country + "00"
    check = 98 - int("".join(str(int(ch, 36)) for ch in raw)) % 97
    number = f"{country}{check:02d}{bban}"
    if not std_iban.is_valid(number):
        raise ValueError(f"bad BBAN layout for {country}")
    return " ".join(number[i:i + 4] for i in range(0, len(number), 4)) if spaced else number


#: country -> BBAN pattern (``9`` digit, ``A`` letter) accepted by python-stdnum's IBAN registry
BBAN = {"CH": "99999999999999999", "AT": "9999999999999999", "DE": "999999999999999999",
        "IE": "AAAA99999999999999", "NL": "AAAA9999999999", "BE": "999999999999",
        "AE": "9999999999999999999", "SA": "99999999999999999999", "JO": "AAAA9999999999999999999999",
        "EG": "9999999999999999999999999", "TR": "9999909999999999999999", "PL": "999999999999999999999999",
        "CZ": "99999999999999999999", "SK": "99999999999999999999", "SE": "99999999999999999999",
        "FI": "99999999999999", "NO": "99999999999", "DK": "99999999999999", "IT": "A9999999999999999999999",
        "GR": "99999999999999999999999", "BR": "99999999999999999999999AA", "TN": "99999999999999999999",
        "PT": "999999999999999999999", "FR": "99999999999999999999999", "IL": "9999999999999999999"}


def iban_of(g: Gen, country: str, spaced: bool = False) -> str:
    pattern = BBAN[country]
    if country == "BR":
        return g.valid(lambda: iban(g, "BR", g.code("99999999999999999999999") + "C1", spaced), std_iban.is_valid)
    if country == "IT":
        return iban(g, "IT", g.rnd.choice(string.ascii_uppercase) + g.code(pattern[1:]), spaced)
    if country == "SE":
        return iban(g, "SE", g.rnd.choice(["500", "800", "600", "300", "920"]) + g.code(pattern[3:]), spaced)
    if country == "FI":
        return iban(g, "FI", g.rnd.choice(["1", "2", "5", "8"]) + g.code(pattern[1:]), spaced)
    return g.valid(lambda: _try_iban(g, country, g.code(pattern), spaced), bool)


def _try_iban(g: Gen, country: str, bban: str, spaced: bool) -> str:
    try:
        return iban(g, country, bban, spaced)
    except ValueError:
        return ""



# -- identifiers (each checked by python-stdnum when generated) -------------------------------------------------------



def _d(g: Gen, n: int, first: str = "0123456789") -> str:
    return g.digits(n, first)


def _yymmdd(d: date) -> str:
    return d.strftime("%y%m%d")


# personal (national_id or ssn)
def au_tfn(g: Gen, spaced: bool = False) -> str:
    v = g.valid(lambda: _d(g, 9, "1234567"), _au_tfn.is_valid)
    return f"{v[:3]} {v[3:6]} {v[6:]}" if spaced else v


def nz_ird(g: Gen, dashed: bool = False) -> str:
    v = g.valid(lambda: _d(g, 9, "01"), lambda x: _nz_ird.is_valid(x) and 10_000_000 < int(x) < 150_000_000)
    return f"{v[:3]}-{v[3:6]}-{v[6:]}" if dashed else v


def ch_ahv(g: Gen, dotted: bool = True) -> str:
    v = g.valid(lambda: "756" + _d(g, 10), _ch_ssn.is_valid)
    return _ch_ssn.format(v) if dotted else v


def at_vnr(g: Gen, d: date) -> str:
    return g.valid(lambda: _d(g, 4, "123456789") + d.strftime("%d%m%y"), _at_vnr.is_valid)


def in_aadhaar(g: Gen, layout: str = "spaced") -> str:
    v = g.valid(lambda: _d(g, 12, "23456789"), _in_aadhaar.is_valid)
    return {"spaced": f"{v[:4]} {v[4:8]} {v[8:]}", "dashed": f"{v[:4]}-{v[4:8]}-{v[8:]}"}.get(layout, v)


def in_pan_person(g: Gen, last: str) -> str:
    initial = (plain(last)[:1] or "K").upper()
    return g.valid(lambda: g.code("AAA") + "P" + initial + g.code("9999A"), _in_pan.is_valid)


def in_epic(g: Gen) -> str:
    return g.valid(lambda: g.code("AAA") + _d(g, 7), _in_epic.is_valid)


def uae_emirates_id(g: Gen, born: date) -> str:
    """An Emirates ID: 784-YYYY-NNNNNNN-C, Luhn-checked (no python-stdnum module: checked with stdnum.luhn)."""
    body = "784" + str(born.year) + _d(g, 7)
    v = body + luhn.calc_check_digit(body)
    return f"{v[:3]}-{v[3:7]}-{v[7:14]}-{v[14]}"


def mx_curp(g: Gen, first: str, last: str, mother_last: str, d: date, female: bool) -> str:
    vowels = "AEIOU"
    a, b, m = plain(last).upper(), plain(mother_last).upper(), plain(first).upper()
    inner_vowel = next((ch for ch in a[1:] if ch in vowels), "X")
    head = a[0] + inner_vowel + b[0] + m[0]
    if head in _mx_curp._name_blacklist:  # the registry replaces the second letter of a rude word with X
        head = head[0] + "X" + head[2:]

    def cons(word: str) -> str:
        return next((ch for ch in word[1:] if ch not in vowels), "X")

    state = g.rnd.choice(["JC", "PL", "YN", "QT", "GT", "MN", "DF", "NL"])
    stem = (head + _yymmdd(d) + ("M" if female else "H") + state + cons(a) + cons(b) + cons(m)
            + ("0" if d.year < 2000 else "A"))
    v = stem + _mx_curp.calc_check_digit(stem + "0")
    return g.valid(lambda: v, _mx_curp.is_valid)


def mx_rfc_person(g: Gen, first: str, last: str, mother_last: str, d: date) -> str:
    a, b, m = plain(last).upper(), plain(mother_last).upper(), plain(first).upper()
    vowel = next((ch for ch in a[1:] if ch in "AEIOU"), "X")
    head = a[0] + vowel + b[0] + m[0]
    if head in _mx_rfc._name_blacklist:
        head = head[:3] + "X"

    def make() -> str:
        stem = (head + _yymmdd(d) + g.rnd.choice("123456789ABCDEFGHIJKLMNPRSTUV")
                + g.rnd.choice("123456789ABCDEFGHIJKLMNPRSTUVWXYZ"))
        return stem + _mx_rfc.calc_check_digit(stem)

    return g.valid(make, lambda x: _mx_rfc.is_valid(x, True))


def cl_rut(g: Gen, dotted: bool = True) -> str:
    body = str(g.rnd.randint(6_000_000, 26_999_999))
    v = body + _cl_rut.calc_check_digit(body)
    return _cl_rut.format(v) if dotted else f"{body}-{v[-1]}"


def pe_cui(g: Gen) -> str:
    body = _d(g, 8, "0123456789")
    return body + "-" + _pe_cui.calc_check_digits(body)[0] if g.rnd.random() < 0.4 else body


def ec_ci(g: Gen) -> str:
    return g.valid(lambda: f"{g.rnd.randint(1, 24):02d}" + g.rnd.choice("012345") + _d(g, 7), _ec_ci.is_valid)


def br_cpf(g: Gen, formatted: bool = True) -> str:
    v = g.valid(lambda: _d(g, 11), _br_cpf.is_valid)
    return _br_cpf.format(v) if formatted else v


def ie_pps(g: Gen) -> str:
    body = _d(g, 7)
    suffix = g.rnd.choice(["", "", "A", "W"])
    if suffix == "A":
        return body + _ie_vat.calc_check_digit(body + "A") + "A"
    return body + _ie_vat.calc_check_digit(body) + suffix


def id_nik(g: Gen, d: date, female: bool) -> str:
    day = d.day + (40 if female else 0)
    region = g.rnd.choice(["3171", "3273", "3374", "3578", "5171", "7371", "1275", "3471"])
    return g.valid(lambda: region + f"{g.rnd.randint(1, 9):02d}" + f"{day:02d}{d:%m%y}" + _d(g, 4, "0"),
                   _id_nik.is_valid)


def nl_bsn(g: Gen) -> str:
    return g.valid(lambda: _d(g, 9, "1234567"), _nl_bsn.is_valid)


def be_nn(g: Gen, d: date, dotted: bool = False) -> str:
    v = g.valid(lambda: _yymmdd(d) + _d(g, 3, "0123456789") + f"{g.rnd.randint(1, 97):02d}", _be_nn.is_valid)
    return _be_nn.format(v) if dotted else v


def th_pin(g: Gen, dashed: bool = False) -> str:
    v = g.valid(lambda: _d(g, 13, "12358"), _th_pin.is_valid)
    return f"{v[0]}-{v[1:5]}-{v[5:10]}-{v[10:12]}-{v[12]}" if dashed else v


def it_cf(g: Gen, first: str, last: str, d: date, female: bool) -> str:
    def part(name: str, is_first: bool) -> str:
        letters = [ch for ch in plain(name).upper() if ch.isalpha()]
        cons = [ch for ch in letters if ch not in "AEIOU"]
        vows = [ch for ch in letters if ch in "AEIOU"]
        if is_first and len(cons) >= 4:
            cons = [cons[0], cons[2], cons[3]]
        return "".join((cons + vows + ["X", "X", "X"])[:3])

    day = d.day + (40 if female else 0)
    stem = (part(last, False) + part(first, True) + d.strftime("%y") + "ABCDEHLMPRST"[d.month - 1]
            + f"{day:02d}" + g.rnd.choice(["B157", "G478", "E506", "L378", "G337", "L483"]))
    return stem + _it_cf.calc_check_digit(stem)


def cz_rc(g: Gen, d: date, female: bool, slash: bool = True) -> str:
    month = d.month + (50 if female else 0)
    stem = f"{d:%y}{month:02d}{d:%d}"
    v = g.valid(lambda: stem + _d(g, 4, "0123456789"), lambda x: _cz_rc.is_valid(x) and int(x) % 11 == 0)
    return f"{v[:6]}/{v[6:]}" if slash else v


def se_pnr(g: Gen, d: date, long: bool = False) -> str:
    v = g.valid(lambda: f"{d:%y%m%d}-" + _d(g, 4, "0123456789"), _se_pnr.is_valid)
    return d.strftime("%Y")[:2] + v if long else v


def fi_hetu(g: Gen, d: date) -> str:
    sep = "-" if d.year < 2000 else "A"
    body = f"{d:%d%m%y}{sep}{g.rnd.randint(2, 899):03d}"
    return g.valid(lambda: body + g.rnd.choice("0123456789ABCDEFHJKLMNPRSTUVWXY"), _fi_hetu.is_valid)


def no_fnr(g: Gen, d: date) -> str:
    return g.valid(lambda: f"{d:%d%m%y}" + _d(g, 5, "0123456789"), _no_fnr.is_valid)


def dk_cpr(g: Gen, d: date, dashed: bool = True) -> str:
    v = g.valid(lambda: f"{d:%d%m%y}" + _d(g, 4, "0123456789"), _dk_cpr.is_valid)
    return f"{v[:6]}-{v[6:]}" if dashed else v


def is_kennitala(g: Gen, d: date) -> str:
    century = "9" if d.year < 2000 else "0"
    v = g.valid(lambda: f"{d:%d%m%y}" + _d(g, 3, "23456789") + century, _is_kt.is_valid)
    return f"{v[:6]}-{v[6:]}"


def pl_pesel(g: Gen, d: date, female: bool) -> str:
    month = d.month + (20 if d.year >= 2000 else 0)
    sex = g.rnd.choice("02468" if female else "13579")
    return g.valid(lambda: f"{d:%y}{month:02d}{d:%d}" + _d(g, 3, "0123456789") + sex
                   + g.rnd.choice(string.digits), _pl_pesel.is_valid)


def tr_tc(g: Gen) -> str:
    return g.valid(lambda: _d(g, 11), _tr_tc.is_valid)


def jp_my_number(g: Gen, spaced: bool = False) -> str:
    v = g.valid(lambda: _d(g, 12), _jp_in.is_valid)
    return f"{v[:4]} {v[4:8]} {v[8:]}" if spaced else v


def ru_inn_person(g: Gen) -> str:
    return g.valid(lambda: _d(g, 12, "1234567"), lambda x: _ru_inn.is_valid(x) and len(x) == 12)


def gr_amka(g: Gen, d: date) -> str:
    return g.valid(lambda: f"{d:%d%m%y}" + _d(g, 5, "0123456789"), _gr_amka.is_valid)


def my_nric(g: Gen, d: date, dashed: bool = True) -> str:
    v = g.valid(lambda: _yymmdd(d) + g.rnd.choice(["01", "08", "10", "14", "07"]) + _d(g, 4), _my_nric.is_valid)
    return f"{v[:6]}-{v[6:8]}-{v[8:]}" if dashed else v


# business (labeled none, tag business)
def au_abn(g: Gen) -> str:
    return _au_abn.format(g.valid(lambda: _d(g, 11), _au_abn.is_valid))


def ch_uid(g: Gen) -> str:
    return _ch_uid.format(g.valid(lambda: "CHE" + _d(g, 9), _ch_uid.is_valid))


def at_uid(g: Gen) -> str:
    return g.valid(lambda: "U" + _d(g, 8), _at_uid.is_valid)


def br_cnpj(g: Gen) -> str:
    return _br_cnpj.format(g.valid(lambda: _d(g, 8) + "0001" + _d(g, 2), _br_cnpj.is_valid))


def pe_ruc_company(g: Gen) -> str:
    return g.valid(lambda: "20" + _d(g, 9), _pe_ruc.is_valid)


def mx_rfc_company(g: Gen) -> str:
    stem = g.code("AAA") + f"{g.rnd.randint(0, 23):02d}{g.rnd.randint(1, 12):02d}{g.rnd.randint(1, 28):02d}" \
        + g.code("A9")
    return stem + _mx_rfc.calc_check_digit(stem)


def id_npwp(g: Gen) -> str:
    return _id_npwp.format(g.valid(lambda: "0" + _d(g, 14), _id_npwp.is_valid))


def in_gstin(g: Gen) -> str:
    return g.valid(lambda: g.rnd.choice(["27", "29", "32", "33", "09"]) + g.code("AAA") + "C" + g.code("A9999A")
                   + "1Z" + g.rnd.choice(string.digits + string.ascii_uppercase), _in_gstin.is_valid)


def th_moa(g: Gen) -> str:
    return g.valid(lambda: "0" + g.rnd.choice("1235") + _d(g, 11), _th_moa.is_valid)


def sg_uen(g: Gen) -> str:
    return g.valid(lambda: str(g.rnd.randint(1990, 2023)) + _d(g, 5) + g.rnd.choice("ABCDEFGHJKLMNPQRSTUVWX"),
                   _sg_uen.is_valid)


def vn_mst(g: Gen) -> str:
    return g.valid(lambda: "0" + _d(g, 9, "123"), _vn_mst.is_valid)


def ma_ice(g: Gen) -> str:
    return g.valid(lambda: "00" + _d(g, 13, "0123456789"), _ma_ice.is_valid)


def tn_mf(g: Gen) -> str:
    return g.valid(lambda: _d(g, 7, "0123456789") + g.rnd.choice("ABCDEFGHJKLMNPQRSTVWXYZ") + "/A/M/000",
                   _tn_mf.is_valid)


def sn_ninea(g: Gen) -> str:
    return g.valid(lambda: _d(g, 7, "0123456789"), _sn_ninea.is_valid)


def it_iva(g: Gen) -> str:
    return g.valid(lambda: _d(g, 7) + g.rnd.choice(["015", "024", "017", "098", "037"]) + g.rnd.choice(
        string.digits), _it_iva.is_valid)


def pl_nip(g: Gen) -> str:
    return _pl_nip.format(g.valid(lambda: _d(g, 10), _pl_nip.is_valid))


def pl_regon(g: Gen) -> str:
    return g.valid(lambda: _d(g, 9), _pl_regon.is_valid)


def se_orgnr(g: Gen) -> str:
    return _se_orgnr.format(g.valid(lambda: "55" + _d(g, 8), _se_orgnr.is_valid))


def fi_ytunnus(g: Gen) -> str:
    return _fi_ytunnus.format(g.valid(lambda: _d(g, 8, "0123"), _fi_ytunnus.is_valid))


def no_orgnr(g: Gen) -> str:
    return g.valid(lambda: g.rnd.choice("89") + _d(g, 8), _no_orgnr.is_valid)


def tr_vkn(g: Gen) -> str:
    return g.valid(lambda: _d(g, 10), _tr_vkn.is_valid)


def jp_corporate(g: Gen) -> str:
    return g.valid(lambda: _d(g, 13, "123456789"), _jp_cn.is_valid)


def ru_inn_company(g: Gen) -> str:
    return g.valid(lambda: _d(g, 10, "1234567"), lambda x: _ru_inn.is_valid(x) and len(x) == 10)


def gr_afm_company(g: Gen) -> str:
    return g.valid(lambda: "0" + _d(g, 8, "9"), _gr_vat.is_valid)


def il_hp(g: Gen) -> str:
    return g.valid(lambda: "51" + _d(g, 7), _il_hp.is_valid)


def za_tin(g: Gen) -> str:
    return g.valid(lambda: "9" + _d(g, 9), _za_tin.is_valid)


def lei(g: Gen) -> str:
    return g.valid(lambda: g.code("9999") + "00" + g.code("AA99AA99AA99") + _d(g, 2), _lei.is_valid)
