"""Held-out set v171: its size, languages, naming styles, labels, row counts, NULL and NULL-word shares, staff and
role words, custom fields, identifiers with check digits (and the birth dates they encode), dates of birth in their
local forms, phones valid for their region, cards, IBANs and bank accounts, decoys failing their checks, ancestors of
family-history researchers and its determinism are the ones asked for (values are only counted or checked here, never
printed).

The set is generated and written once for the module (the scorer's own ``build``); every test reads that build.
Assertion rewriting is off for this module (PYTEST_DONT_REWRITE): a failing assertion shows its source line and
message, never the values."""

from __future__ import annotations

import ipaddress
import re
import sys
from datetime import date, datetime
from pathlib import Path

import duckdb
import phonenumbers
from stdnum import iban, isbn, issn, luhn
from stdnum.au import abn, tfn
from stdnum.be import eid, nn
from stdnum.be import vat as kbo
from stdnum.gb import nhs
from stdnum.gr import amka
from stdnum.gr import vat as afm
from stdnum.ie import pps
from stdnum.it import codicefiscale, iva
from stdnum.mx import curp, rfc
from stdnum.my import nric
from stdnum.nz import ird
from stdnum.pl import pesel, regon
from stdnum.se import orgnr, personnummer
from stdnum.tr import tckimlik, vkn
from stdnum.us import ssn
from stdnum.za import idnr

REPO = Path(__file__).resolve().parents[1]
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

from benchmarks.classification import heldout_v2_accuracy, heldout_v171
from benchmarks.classification import heldout_v171_values as values
from governance_dagster.kinds import Kind
from tests import heldout_support
from tests.heldout_support import column as _column
from tests.heldout_support import columns as _columns
from tests.heldout_support import misses as _misses
from tests.heldout_support import null_share as _null_share

LANGUAGES = {"en", "nl", "pl", "it", "sv", "el", "tr", "es"}
PERSON_KINDS = {"person_name", "first_name", "last_name"}

scored_file, built = heldout_support.set_fixtures("v171")
_cells = heldout_support.Cells(heldout_v171.NULLISH)
_nullish, _real, _values = _cells.nullish, _cells.real, _cells.values

GB, AU, NZ, IE = (
    "cotswold_edge_libraries.member_loans",
    "riverinaLibraryService.interLibraryRequests",
    "SouthCanterburyMuseum.SchoolVisitBookings",
    "kerry_arch.rr_rdr_reg",
)
COBOL, STG, ZA = "PRMMUS.DONOR_GIFT_EXTRACT", "stg_pustaka_mlk.src_ils_ahli_raw", "kby_genealogy.research_requests_json"
BE, PL, IT, SE = (
    "bib_leuven.reservaties_boetes",
    "archiwum_zamosc.czytelnia_kwerendy",
    "museo_classe_ravenna.amici_del_museo",
    "lansmuseum_ostersund.gavor_givare",
)
GR, TR, MX = (
    "μουσείο_καβάλας.εθελοντές",
    "kutuphane_kutahya.uye_odunc_cezalar",
    "archivo_historico_zac.registro_investigadores",
)
MONTHS = {name: n for n, name in enumerate(values.MX_MONTHS, start=1)}


def _str(values: list) -> list[str]:
    return [str(x).strip() for x in values if x not in (0, None)]


def _digits(text: str) -> str:
    return "".join(ch for ch in text if ch.isdigit())


def _rows(built: list, table: str, first: str, second: str) -> list[tuple[object, object]]:
    a, b = _column(built, table, first).values, _column(built, table, second).values
    return [(x, y) for x, y in zip(a, b, strict=True) if x is not None and y is not None]


def _age(born: date, on: date = date(2026, 4, 1)) -> int:
    return on.year - born.year - ((on.month, on.day) < (born.month, born.day))


def _mx_date(text: str) -> date:
    day, _, month, _, year = text.split()
    return date(int(year), MONTHS[month], int(day))


def _pl_id_card_ok(text: str) -> bool:
    """The Polish identity card's check, written here again from its published weights (7 3 1 9 7 3 1 7 3)."""
    number = text.replace(" ", "")
    if not re.fullmatch(r"[A-Z]{3}\d{6}", number):
        return False
    vals = [ord(ch) - ord("A") + 10 for ch in number[:3]] + [int(ch) for ch in number[3:]]
    return sum(x * w for x, w in zip(vals, (7, 3, 1, 9, 7, 3, 1, 7, 3), strict=True)) % 10 == 0


def test_when_two_small_tables_are_built_again_then_every_value_is_the_same(built) -> None:
    assert heldout_support.rebuilt_differently(heldout_v171, built) == []


def test_when_the_set_is_built_then_it_has_the_size_languages_styles_and_labels_asked_for(built) -> None:
    columns = _columns(built)
    assert 13 <= len(built) <= 15 and 250 <= len(columns) <= 350
    assert all(200 <= len(t.columns[0].values) <= 800 for t in built)
    assert len({t.name.split(".")[0] for t in built}) == len(built)
    assert all(len({c.name.lower() for c in t.columns}) == len(t.columns) for t in built)
    assert {t.language_of(c) for t in built for c in t.columns} == LANGUAGES
    assert sum(t.language == "en" for t in built) == 7
    assert sorted(t.language for t in built if t.language != "en") == sorted(LANGUAGES - {"en"})
    assert {c.kind for c in columns} <= {k.value for k in Kind}
    english = [t.style for t in built if t.language == "en"]
    assert sorted(english) == sorted(["snake", "camel", "pascal", "abbrev", "cobol", "opaque", "json"])
    tags = {tag for c in columns for tag in c.tags}
    assert {
        "decoy",
        "business",
        "null_heavy",
        "nullword_heavy",
        "abbrev",
        "value_shape",
        "staff",
        "role_word",
        "join_key",
        "legacy",
        "opaque",
        "custom_field",
        "custom_plain",
        "split_address",
        "split_dob",
        "locality",
        "multi_document",
        "ancestor",
        "date_of_death",
        "health_words",
        "coordinates",
        "username",
        "bank_account",
        "check_digit",
    } <= tags
    assert {k.value for k in Kind} == {c.kind for c in columns}
    personal = sum(c.kind != "none" for c in columns)
    assert 0.5 <= personal / len(columns) <= 0.75


def test_when_labels_are_asked_for_then_they_match_every_column(built) -> None:
    labels = heldout_v171.labels(built)
    assert set(labels) == {t.name for t in built}
    assert sum(len(cols) for cols in labels.values()) == sum(len(t.columns) for t in built)
    assert all(labels[t.name][c.name] == c.kind for t in built for c in t.columns)


def test_when_a_column_is_tagged_then_its_label_follows_the_conventions(built) -> None:
    for col in _columns(built):
        if col.tags & {
            "business",
            "decoy",
            "join_key",
            "custom_plain",
            "check_digit",
            "health_words",
            "coordinates",
            "date_of_death",
        }:
            assert col.kind == "none", col.name
        if col.kind == "none":
            assert col.tags & {"business", "decoy"}, col.name
        if col.tags & {"custom_field"}:
            assert col.kind == "free_text", col.name
        if col.tags & {"split_address"}:
            assert col.kind == "street_address", col.name
        if col.tags & {"split_dob"}:
            assert col.kind == "date_of_birth", col.name
        if col.tags & {"locality"}:
            assert col.kind == "city", col.name
        if col.tags & {"multi_document"}:
            assert col.kind == "national_id", col.name
        if col.tags & {"ancestor"}:
            assert col.kind in {"person_name", "last_name", "city"}, col.name
        if col.tags & {"username", "bank_account"}:
            assert col.kind == "unclassified", col.name


def test_when_the_set_is_built_then_every_table_has_200_to_800_rows_in_every_column(built) -> None:
    for table in built:
        lengths = {len(c.values) for c in table.columns}
        assert len(lengths) == 1 and 200 <= lengths.pop() <= 800, table.name


def test_when_a_column_is_tagged_null_heavy_then_70_to_95_percent_of_it_is_null(built) -> None:
    heavy = [c for c in _columns(built) if "null_heavy" in c.tags]
    assert len(heavy) >= 8
    for col in heavy:
        assert col.kind != "none" and 0.70 <= _null_share(col) <= 0.95, col.name


def test_when_a_column_is_tagged_nullword_heavy_then_70_to_95_percent_of_it_is_null_words(built) -> None:
    heavy = [c for c in _columns(built) if "nullword_heavy" in c.tags]
    assert len(heavy) >= 10
    for col in heavy:
        share = sum(_nullish(x) for x in col.values) / len(col.values)
        assert col.kind != "none" and 0.70 <= share <= 0.95, col.name


def test_when_a_column_is_not_tagged_null_heavy_then_less_than_70_percent_of_it_is_null(built) -> None:
    for table in built:
        for col in table.columns:
            if not col.tags & {"null_heavy", "nullword_heavy"}:
                assert _null_share(col) < 0.70, f"{table.name}.{col.name}"
                assert sum(_nullish(x) for x in col.values) / len(col.values) < 0.70, f"{table.name}.{col.name}"


def test_when_a_column_is_tagged_staff_then_it_has_2_to_8_distinct_people(built) -> None:
    staff = [c for c in _columns(built) if "staff" in c.tags]
    assert {
        "issued_by",
        "processedBy",
        "EducatorOnDuty",
        "id_chk_by",
        "RGSTR-NM",
        "col21",
        "search.volunteer",
        "baliemedewerker",
        "archiwista",
        "operatore",
        "intendent",
        "υπεύθυνος_εθελοντών",
        "kutuphaneci",
        "archivista",
    } == {c.name for c in staff}
    for col in staff:
        assert col.kind in PERSON_KINDS and 2 <= len(set(_real(col.values))) <= 8, col.name


def test_when_a_role_word_holds_people_then_it_is_personal(built) -> None:
    role = [c for c in _columns(built) if "role_word" in c.tags]
    assert len(role) >= 12 and all(c.kind != "none" for c in role)
    assert {
        "parent_guardian_name",
        "AdultHelpers",
        "APPRAISER-NM",
        "JOINT-DNR-NM",
        "col16",
        "col17",
        "ouder_of_voogd",
        "secondo_titolare",
        "tidigare_agare",
        "πατρώνυμο",
        "πρόσωπο_έκτακτης_ανάγκης",
        "baba_adi",
        "veli_adi_soyadi",
    } <= {c.name for c in role}


def test_when_a_custom_field_is_built_then_it_mixes_phones_emails_and_names(built) -> None:
    custom = [c for c in _columns(built) if "custom_field" in c.tags]
    assert len(custom) >= 10
    for col in custom:
        vals = [str(x) for x in _real(col.values)]
        mails = sum("@" in x for x in vals)
        digits = sum(sum(ch.isdigit() for ch in x) >= 7 and "@" not in x for x in vals)
        assert 0.15 <= mails / len(vals) <= 0.5 and 0.25 <= digits / len(vals) <= 0.6, col.name


def test_when_a_custom_field_holds_codes_then_it_holds_no_contact_data(built) -> None:
    plain = [c for c in _columns(built) if "custom_plain" in c.tags]
    assert len(plain) >= 5
    for col in plain:
        vals = [str(x) for x in _real(col.values)]
        assert vals and _misses(vals, lambda x: "@" not in x and sum(ch.isdigit() for ch in x) < 5) == 0, col.name


#: (table, column, check) for every checksummed identifier of a person
CHECKED: list[tuple[str, str, object]] = [
    (COBOL, "DNR-SSN", lambda x: ssn.is_valid(f"{int(x):09d}")),
    (STG, "col03", nric.is_valid),
    (ZA, "researcher.id_number", idnr.is_valid),
    (BE, "rijksregisternummer", nn.is_valid),
    (BE, "eid_kaartnummer", eid.is_valid),
    (PL, "pesel", pesel.is_valid),
    (PL, "seria_i_numer_dowodu", _pl_id_card_ok),
    (IT, "codice_fiscale", codicefiscale.is_valid),
    (SE, "personnummer", personnummer.is_valid),
    (GR, "αμκα", amka.is_valid),
    (GR, "αφμ", afm.is_valid),
    (TR, "tc_kimlik_no", tckimlik.is_valid),
    (MX, "curp", curp.is_valid),
    (MX, "rfc_factura", lambda x: rfc.is_valid(x, validate_check_digits=True)),
]


def test_when_an_identifier_column_is_built_then_every_value_passes_its_checksum(built) -> None:
    for table, name, check in CHECKED:
        vals = _str(_values(built, table, name))
        assert len(vals) >= 40 and _misses(vals, check) == 0, name
        assert _column(built, table, name).kind in {"ssn", "national_id"}, name
    for table, name in ((COBOL, "DNR-SSN"), (GR, "αμκα")):
        assert _column(built, table, name).kind == "ssn", name
    personal_afm = _str(_values(built, GR, "αφμ"))
    assert _misses(personal_afm, lambda x: x[0] in "01") == 0


def test_when_an_identifier_has_no_public_check_then_it_has_its_documented_shape(built) -> None:
    shapes = [
        (IE, "id_no", r"[A-Z]{2}\d{7}|[A-Z]\d{8}|\d{9}|\d{3} \d{3} \d{3}"),
        (STG, "col18", r"[A-Z]{1,2}\d{7,8}"),
        (ZA, "researcher.passport_number", r"[A-Z]{1,2}\d{7,8}|\d{9}"),
        (GR, "αδτ", r"Α[Α-Ω] \d{6}"),
        (MX, "clave_elector", r"[A-Z]{6}\d{6}\d{2}[HM]\d{3}"),
    ]
    for table, name, shape in shapes:
        vals = _str(_values(built, table, name))
        assert len(vals) >= 40 and _misses(vals, lambda x, s=shape: re.fullmatch(s, x)) == 0, name
        assert _column(built, table, name).kind == "national_id", name
    kinds = _rows(built, IE, "id_typ", "id_no")
    licences = [r for r in kinds if r[0] == "Driving licence"]
    assert len(licences) >= 40 and _misses(licences, lambda r: re.fullmatch(r"\d{3} \d{3} \d{3}", r[1])) == 0


def test_when_a_national_id_encodes_a_birth_date_then_it_is_the_rows(built) -> None:
    checks = [
        (ZA, "researcher.id_number", "researcher.birth_date", idnr.get_birth_date, "%Y-%m-%d"),
        (BE, "rijksregisternummer", "geboortedatum", nn.get_birth_date, "%d/%m/%Y"),
        (PL, "pesel", "data_urodzenia", pesel.get_birth_date, "%d.%m.%Y"),
        (IT, "codice_fiscale", "data_nascita", lambda x: codicefiscale.get_birth_date(x, 1930), "%d/%m/%Y"),
        (SE, "personnummer", "fodelsedatum", personnummer.get_birth_date, "%Y-%m-%d"),
    ]
    for table, number, born, decode, fmt in checks:
        rows = _rows(built, table, number, born)
        assert len(rows) >= 200, number
        assert _misses(rows, lambda r, d=decode, f=fmt: d(r[0]) == datetime.strptime(r[1], f).date()) == 0, number
    rows = _rows(built, GR, "αμκα", "ημερομηνία_γέννησης")
    assert len(rows) >= 200
    assert _misses(rows, lambda r: r[0][:6] == datetime.strptime(r[1], "%d-%m-%Y").strftime("%d%m%y")) == 0
    rows = _rows(built, STG, "col03", "col04")
    assert len(rows) >= 200
    assert _misses(rows, lambda r: _digits(r[0])[:6] == datetime.strptime(r[1], "%d-%m-%Y").strftime("%y%m%d")) == 0
    rows = _rows(built, MX, "curp", "fecha_nacimiento")
    assert len(rows) >= 200 and _misses(rows, lambda r: curp.get_birth_date(r[0]) == _mx_date(r[1])) == 0
    rows = _rows(built, MX, "clave_elector", "fecha_nacimiento")
    assert len(rows) >= 100 and _misses(rows, lambda r: r[0][6:12] == _mx_date(r[1]).strftime("%y%m%d")) == 0


def test_when_a_date_of_birth_is_numeric_text_or_split_then_it_decodes_to_a_real_date(built) -> None:
    ymd = [x for x in _column(built, COBOL, "DNR-DOB").values if x]
    assert len(ymd) >= 200
    assert _misses(ymd, lambda x: 1930 <= datetime(x // 10_000, x // 100 % 100, x % 100).year <= 1990) == 0
    assert sum(x == 0 for x in _column(built, COBOL, "DNR-DOB").values) >= 5
    for table, name, fmt in (
        (AU, "patronBirthDate", "%d/%m/%Y"),
        (STG, "col04", "%d-%m-%Y"),
        (ZA, "researcher.birth_date", "%Y-%m-%d"),
        (BE, "geboortedatum", "%d/%m/%Y"),
        (PL, "data_urodzenia", "%d.%m.%Y"),
        (IT, "data_nascita", "%d/%m/%Y"),
        (SE, "fodelsedatum", "%Y-%m-%d"),
        (GR, "ημερομηνία_γέννησης", "%d-%m-%Y"),
        (TR, "dogum_tarihi", "%d.%m.%Y"),
    ):
        vals = _values(built, table, name)
        assert len(vals) >= 200, name
        assert _misses(vals, lambda x, f=fmt: 1930 <= datetime.strptime(x, f).year <= 2021) == 0, name
    long_form = _values(built, MX, "fecha_nacimiento")
    assert len(long_form) >= 200
    assert _misses(long_form, lambda x: re.fullmatch(r"\d{1,2} de [a-z]+ de \d{4}", x) and _mx_date(x)) == 0
    columns = [_column(built, IE, f"rdr_dob_{n}").values for n in ("y", "m", "d")]
    parts = list(zip(*columns, strict=True))
    assert len(parts) >= 200 and _misses(parts, lambda p: 1940 <= datetime(*p).year <= 2007) == 0
    assert {c.sql_type for c in heldout_support.table(built, GB).columns if c.kind == "date_of_birth"} == {"DATE"}


def test_when_a_guardian_or_parent_is_named_then_the_member_is_a_child(built) -> None:
    gb = _rows(built, GB, "date_of_birth", "parent_guardian_name")
    assert len(gb) >= 40 and _misses(gb, lambda r: _age(r[0]) < 16) == 0
    be = _rows(built, BE, "geboortedatum", "ouder_of_voogd")
    assert len(be) >= 20 and _misses(be, lambda r: _age(datetime.strptime(r[0], "%d/%m/%Y").date()) < 14) == 0
    tr = _rows(built, TR, "dogum_tarihi", "veli_adi_soyadi")
    assert len(tr) >= 20 and _misses(tr, lambda r: _age(datetime.strptime(r[0], "%d.%m.%Y").date()) < 13) == 0
    my = _rows(built, STG, "col04", "col16")
    assert len(my) >= 20 and _misses(my, lambda r: _age(datetime.strptime(r[0], "%d-%m-%Y").date()) < 13) == 0
    appraised = _rows(built, COBOL, "DNR-SSN", "APPR-VAL")
    assert _misses([r for r in appraised if r[0]], lambda r: r[1] >= 5_000) == 0


def test_when_a_decoy_is_shaped_like_an_identifier_then_it_fails_its_check(built) -> None:
    for table, name, check, shape in (
        (GB, "member_ref", nhs.is_valid, r"\d{3} \d{3} \d{4}"),
        (AU, "requestReference", tfn.is_valid, r"\d{3} \d{3} \d{3}"),
        (NZ, "InvoiceReference", ird.is_valid, r"\d{3}-\d{3}-\d{3}"),
        (IE, "rdr_tkt_no", pps.is_valid, r"\d{7}[A-W]"),
        (COBOL, "GFT-CTL-NO", ssn.is_valid, r"\d{9}"),
        (STG, "col12", nric.is_valid, r"\d{12}"),
        (ZA, "request.invoice_no", idnr.is_valid, r"\d{13}"),
        (BE, "lidkaartnummer", nn.is_valid, r"\d{2}\.\d{2}\.\d{2}-\d{3}\.\d{2}"),
        (PL, "nr_karty_czytelnika", pesel.is_valid, r"\d{11}"),
        (IT, "codice_tessera", codicefiscale.is_valid, r"[A-Z]{6}\d{2}[A-Z]\d{2}[A-Z]\d{3}[A-Z]"),
        (SE, "gavobrev_nr", lambda x: luhn.is_valid(x.replace("-", "")), r"\d{6}-\d{4}"),
        (GR, "αριθμός_μητρώου", amka.is_valid, r"\d{11}"),
        (TR, "uye_no", tckimlik.is_valid, r"\d{11}"),
        (MX, "folio_credencial", curp.is_valid, r"[A-Z]{4}\d{6}[HM][A-Z]{5}0\d"),
    ):
        vals = _str(_values(built, table, name))
        assert len(vals) >= 200, name
        assert _misses(vals, lambda x, f=check, s=shape: bool(re.fullmatch(s, x)) and not f(x)) == 0, name
        assert _column(built, table, name).kind == "none", name
    shaped = [c for c in _columns(built) if "value_shape" in c.tags]
    assert len(shaped) >= 20 and all(c.kind == "none" for c in shaped)


def test_when_a_business_or_item_number_has_a_check_digit_then_it_passes_and_is_none(built) -> None:
    checked = [
        (GB, "isbn", isbn.is_valid),
        (AU, "standardNumber", lambda x: isbn.is_valid(x) or issn.is_valid(x)),
        (AU, "supplyingLibraryAbn", abn.is_valid),
        (NZ, "SchoolGstNumber", ird.is_valid),
        (BE, "organisatie_kbo", kbo.is_valid),
        (PL, "instytucja_regon", regon.is_valid),
        (IT, "partita_iva", iva.is_valid),
        (SE, "transportor_orgnr", orgnr.is_valid),
        (TR, "kurum_vkn", vkn.is_valid),
    ]
    assert {name for _, name, _ in checked} == {c.name for c in _columns(built) if "check_digit" in c.tags}
    for table, name, check in checked:
        vals = _str(_values(built, table, name))
        assert len(vals) >= 80 and _misses(vals, check) == 0, name
        assert _column(built, table, name).kind == "none", name


def test_when_a_card_column_is_built_then_every_number_passes_luhn(built) -> None:
    cards = [c for c in _columns(built) if c.kind == "credit_card"]
    assert {c.name for c in cards} == {"fine_paid_card_no"}
    for col in cards:
        vals = [_digits(x) for x in _str(_real(col.values))]
        assert len(vals) >= 40 and _misses(vals, lambda x: len(x) == 16 and luhn.is_valid(x)) == 0, col.name


def test_when_an_iban_or_bank_account_column_is_built_then_every_value_passes_its_check(built) -> None:
    ibans = [c for c in _columns(built) if c.kind == "iban"]
    assert {c.name for c in ibans} == {"betaald_van_rekening", "rachunek_wplaty", "iban_addebito", "ιβαν_εξόδων"}
    for col in ibans:
        vals = _str(_real(col.values))
        assert len(vals) >= 40 and _misses(vals, iban.is_valid) == 0, col.name
    accounts = _str(_values(built, SE, "ersattningskonto"))
    assert len(accounts) >= 20 and _misses(accounts, lambda x: re.fullmatch(r"\d{4}(-\d)?, [\d ]+(-\d)?", x)) == 0
    banks = [c for c in _columns(built) if "bank_account" in c.tags]
    assert {c.name for c in banks} == {"ersattningskonto"}
    assert {c.name for c in _columns(built) if "username" in c.tags} == {"lst_upd_by"}
    assert all(c.kind == "unclassified" for c in _columns(built) if c.tags & {"bank_account", "username"})


def test_when_a_column_is_labeled_ip_address_then_every_value_is_an_ip(built) -> None:
    ips = [c for c in _columns(built) if c.kind == "ip_address"]
    assert len(ips) >= 6
    for col in ips:
        vals = _str(_real(col.values))
        assert len(vals) >= 150 and _misses(vals, lambda x: bool(ipaddress.ip_address(x))) == 0, col.name


def _phone_region(text: str, region: str) -> str | None:
    try:
        number = phonenumbers.parse(text, region)
    except phonenumbers.NumberParseException:
        return None
    return phonenumbers.region_code_for_number(number) if phonenumbers.is_valid_number(number) else None


#: table -> the regions of its phones (the Tralee archive's visiting researchers give their own numbers)
PHONE_REGIONS = {
    GB: {"GB"},
    AU: {"AU"},
    NZ: {"NZ"},
    IE: {"IE", "US", "GB", "AU", "CA", "NZ"},
    COBOL: {"US"},
    STG: {"MY"},
    ZA: {"ZA"},
    BE: {"BE"},
    PL: {"PL"},
    IT: {"IT"},
    SE: {"SE"},
    GR: {"GR"},
    TR: {"TR"},
    MX: {"MX"},
}


def test_when_a_column_is_labeled_phone_then_every_number_is_valid_for_its_region(built) -> None:
    phones = [(t, c) for t in built for c in t.columns if c.kind == "phone"]
    assert len(phones) >= 14 and {t.name for t, _ in phones} == set(PHONE_REGIONS)
    for table, col in phones:
        regions = PHONE_REGIONS[table.name]
        home = "IE" if table.name == IE else next(iter(regions))
        vals = _str(_real(col.values))
        assert len(vals) >= 40, f"{table.name}.{col.name}"
        assert _misses(vals, lambda x, h=home, r=regions: _phone_region(x, h) in r) == 0, f"{table.name}.{col.name}"
    foreign = [x for x in _str(_values(built, IE, "ctc_ph")) if _phone_region(x, "IE") != "IE"]
    assert len(foreign) >= 20 and _misses(foreign, lambda x: x.startswith("+")) == 0


def test_when_a_business_column_is_built_then_it_holds_no_private_value_of_its_table(built) -> None:
    for table in built:
        private = {str(x).strip() for c in table.columns if c.kind != "none" for x in _real(c.values)}
        for col in (c for c in table.columns if "business" in c.tags):
            assert _misses(_str(_real(col.values)), lambda x, p=private: x not in p) == 0, col.name


def test_when_researchers_come_from_abroad_then_their_town_is_theirs_and_they_have_no_eircode(built) -> None:
    towns = {t for country in set(values.ABROAD_COUNTRIES) for t in values.abroad_towns(country)}
    irish = {place for place, _ in values.IE_PLACES}
    rows = list(
        zip(
            _column(built, IE, "addr_ln2").values,
            _column(built, IE, "eircd").values,
            strict=True,
        )
    )
    abroad = [r for r in rows if r[1] is None]
    assert len(abroad) >= 30 and _misses(abroad, lambda r: r[0] in towns) == 0
    home = [r for r in rows if r[1] is not None]
    assert (
        len(home) >= 200
        and _misses(home, lambda r: r[0] in irish and r[1][:3] in {k for _, k in values.IE_PLACES}) == 0
    )


def test_when_a_researcher_searches_for_ancestors_then_they_are_labeled_like_the_living(built) -> None:
    ancestors = [c for c in _columns(built) if "ancestor" in c.tags]
    assert {c.name: c.kind for c in ancestors} == {
        "search.ancestor.name": "person_name",
        "search.ancestor.place": "city",
        "poszukiwane_nazwisko": "last_name",
        "parafia_przodkow": "city",
    }
    died = _column(built, ZA, "search.ancestor.death_year")
    assert died.kind == "none" and "date_of_death" in died.tags
    assert _misses(died.values, lambda x: 1872 <= x <= 1978) == 0
    places = _str(_values(built, ZA, "search.ancestor.place"))
    assert len(places) >= 200 and _misses(places, lambda x: x in values.ZA_ANCESTOR_PLACES) == 0
    purposes = _column(built, PL, "cel_kwerendy").values
    surnames = _column(built, PL, "poszukiwane_nazwisko").values
    parishes = _column(built, PL, "parafia_przodkow").values
    rows = list(zip(purposes, surnames, parishes, strict=True))
    assert _misses(rows, lambda r: (r[0] == "genealogiczny") == (r[1] is not None) == (r[2] is not None)) == 0
    assert sum(r[1] is not None for r in rows) >= 150


def test_when_the_greek_turkish_and_malaysian_tables_are_built_then_their_values_are_in_their_scripts(built) -> None:
    greek = "[\u0370-\u03ff\u1f00-\u1fff]"
    table = heldout_support.table(built, GR)
    assert re.search(greek, table.name) and all(re.search(greek, c.name) for c in table.columns)
    for name in ("επώνυμο", "όνομα", "πατρώνυμο", "πόλη", "πρόσωπο_έκτακτης_ανάγκης"):
        vals = _values(built, GR, name)
        assert _misses(vals, lambda x: bool(re.fullmatch(r"[\u0370-\u03ff\u1f00-\u1fff -]+", str(x)))) == 0, name
    turkish = _values(built, TR, "soyad")
    assert sum(bool(re.search("[çğıöşüÇĞİÖŞÜ]", str(x))) for x in turkish) >= 100
    names = _values(built, STG, "col02")
    assert sum(bool(re.search(r" (bin|binti|a/l|a/p) ", str(x), re.IGNORECASE)) for x in names) >= 200


def test_when_an_opaque_staging_table_is_built_then_every_column_is_colnn(built) -> None:
    table = heldout_support.table(built, STG)
    assert table.name.split(".")[1].startswith("src_")
    assert [c.name for c in table.columns] == [f"col{i:02d}" for i in range(1, len(table.columns) + 1)]
    assert len(table.columns) >= 20 and all("opaque" in c.tags for c in table.columns)


def test_when_a_json_export_is_built_then_every_column_is_a_dotted_key(built) -> None:
    table = next(t for t in built if t.style == "json")
    assert all(re.fullmatch(r"[a-z_]+(\.[a-z0-9_]+)+", c.name) for c in table.columns)


def test_when_a_cobol_extract_is_built_then_its_text_is_padded_and_its_names_hyphenated(built) -> None:
    table = heldout_support.table(built, COBOL)
    padded = [
        c
        for c in table.columns
        if c.sql_type == "VARCHAR" and any(isinstance(x, str) and x.endswith(" ") for x in c.values)
    ]
    assert len(padded) >= 6 and all(re.fullmatch(r"[A-Z0-9]+(-[A-Z0-9]+)+", c.name) for c in table.columns)
    numeric = {c.sql_type for c in table.columns if c.kind in {"ssn", "phone", "postal_code", "date_of_birth"}}
    assert numeric <= {"BIGINT", "INTEGER"}
    assert sum(x == 0 for x in _column(built, COBOL, "DNR-SSN").values) >= 10
    assert _column(built, COBOL, "GIFT-DT").kind == "none"


def test_when_the_scorer_builds_set_v171_then_the_file_holds_every_table_with_its_rows(scored_file) -> None:
    built, path = scored_file
    with duckdb.connect(str(path), read_only=True) as con:
        for table in built:
            schema, name = table.name.split(".", 1)
            count = con.execute(f'SELECT count(*) FROM "{schema}"."{name}"').fetchone()[0]
            assert count == len(table.columns[0].values), table.name
    assert heldout_v171.summary(built).startswith(f"{len(built)} tables")
    assert heldout_v2_accuracy.SETS["v171"].DEFAULT_PATH == Path("/tmp/heldout_v171.duckdb")
