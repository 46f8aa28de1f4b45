"""Held-out set v154: its size, languages, naming styles, labels, row counts, NULL and NULL-word shares, staff and
role words, custom fields, identifiers with check digits (and the birth dates they encode), dates of birth in their
local forms, phones valid for their region, cards, IBANs and bank accounts, decoys failing their checks and its
determinism are the ones asked for (values are only counted or checked here, never printed).

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
from stdnum import iban, luhn
from stdnum.ar import cbu, cuit
from stdnum.au import tfn
from stdnum.br import cpf
from stdnum.ca import sin
from stdnum.ch import ssn as ahv
from stdnum.ch import uid
from stdnum.cz import dic as ico
from stdnum.cz import rc
from stdnum.ie import pps
from stdnum.in_ import aadhaar, pan
from stdnum.jp import in_ as mynumber
from stdnum.ru import inn
from stdnum.se import orgnr, personnummer
from stdnum.us import ein, itin, ssn
from stdnum.za import idnr

REPO = Path(__file__).resolve().parents[1]
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

from benchmarks.classification import heldout_v2_accuracy, heldout_v154
from benchmarks.classification import heldout_v154_values as values
from governance_dagster.kinds import Kind
from tests import heldout_support
from tests.heldout_support import column as _column
from tests.heldout_support import columns as _columns
from tests.heldout_support import misses as _misses
from tests.heldout_support import null_share as _null_share

LANGUAGES = {"en", "de", "pt", "es", "cs", "ja", "ru", "sv"}
PERSON_KINDS = {"person_name", "first_name", "last_name"}

scored_file, built = heldout_support.set_fixtures("v154")
_cells = heldout_support.Cells(heldout_v154.NULLISH)
_nullish, _real, _values = _cells.nullish, _cells.real, _cells.values

AU, CA, GB, IE = (
    "swanriver_migration.client_intake",
    "prairiegate_imm.prApplications",
    "BrumSponsorLaw.SkilledWorkerCases",
    "lmk_immlaw.irp_rnwl",
)
COBOL, STG, ZA = "NJIMMIG.PETITION_EXTRACT", "stg_doaba_visa.src_crm_leads_raw", "durban_visa_app.visa_files_json"
CH, BR, AR, CZ = (
    "relocation_zug.bewilligungsgesuche",
    "cidadania_curitiba.processos_cidadania",
    "estudio_migratorio_cba.radicaciones",
    "agentura_brno.zamestnanecke_karty",
)
JA, RU, SE = (
    "nagoya_gyousei.zairyu_shinsei",
    "миграционный_центр_казань.патенты_иностранцев",
    "relokering_gbg.arbetstillstand",
)


def _str(values: list) -> list[str]:
    return [str(x).strip() for x in values if x not in (0, None)]


def _digits(text: str) -> str:
    return "".join(ch for ch in text if ch.isdigit())


def test_when_two_small_tables_are_built_again_then_every_value_is_the_same(built) -> None:
    assert heldout_support.rebuilt_differently(heldout_v154, built) == []


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
        "premises",
        "join_key",
        "legacy",
        "opaque",
        "custom_field",
        "custom_plain",
        "split_address",
        "split_dob",
        "locality",
        "coordinates",
        "immigration_id",
        "multi_document",
        "username",
        "bank_account",
        "check_digit",
    } <= tags
    assert {
        "email",
        "first_name",
        "last_name",
        "person_name",
        "phone",
        "ssn",
        "national_id",
        "iban",
        "credit_card",
        "ip_address",
        "street_address",
        "postal_code",
        "city",
        "date_of_birth",
        "free_text",
        "unclassified",
        "none",
    } == {c.kind for c in columns}
    personal = sum(c.kind != "none" for c in columns)
    assert 0.5 <= personal / len(columns) <= 0.75


def test_when_labels_are_asked_for_then_they_match_every_column(built) -> None:
    labels = heldout_v154.labels(built)
    assert set(labels) == {t.name for t in built}
    assert sum(len(cols) for cols in labels.values()) == sum(len(t.columns) for t in built)
    assert all(labels[t.name][c.name] == c.kind for t in built for c in t.columns)


def test_when_a_column_is_tagged_then_its_label_follows_the_conventions(built) -> None:
    for col in _columns(built):
        if col.tags & {"business", "decoy", "join_key", "custom_plain", "coordinates", "check_digit"}:
            assert col.kind == "none", col.name
        if col.kind == "none":
            assert col.tags & {"business", "decoy"}, col.name
        if col.tags & {"custom_field"}:
            assert col.kind == "free_text", col.name
        if col.tags & {"immigration_id", "multi_document"}:
            assert col.kind == "national_id", col.name
        if col.tags & {"split_address"}:
            assert col.kind == "street_address", col.name
        if col.tags & {"split_dob"}:
            assert col.kind == "date_of_birth", col.name
        if col.tags & {"locality"}:
            assert col.kind == "city", col.name
        if col.tags & {"premises"}:
            assert col.kind in {"street_address", "city", "postal_code"}, col.name
        if col.tags & {"username", "bank_account"}:
            assert col.kind == "unclassified", col.name


def test_when_the_set_is_built_then_every_table_has_200_to_800_rows_in_every_column(built) -> None:
    for table in built:
        lengths = {len(c.values) for c in table.columns}
        assert len(lengths) == 1 and 200 <= lengths.pop() <= 800, table.name


def test_when_a_column_is_tagged_null_heavy_then_70_to_95_percent_of_it_is_null(built) -> None:
    heavy = [c for c in _columns(built) if "null_heavy" in c.tags]
    assert len(heavy) >= 10
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
        "agent_name",
        "consultant",
        "FeeEarner",
        "SupervisingSolicitor",
        "sol_nm",
        "PET-PARALEGAL",
        "col19",
        "staff.practitioner",
        "umzugsberaterin",
        "tradutor_juramentado",
        "consultora",
        "abogada",
        "koordinatorka",
        "tantousha",
        "инспектор",
        "handlaggare",
    } == {c.name for c in staff}
    for col in staff:
        assert col.kind in PERSON_KINDS and 2 <= len(set(_real(col.values))) <= 8, col.name


def test_when_a_role_word_holds_people_then_it_is_personal(built) -> None:
    role = [c for c in _columns(built) if "role_word" in c.tags]
    assert len(role) >= 17 and all(c.kind != "none" for c in role)
    assert {
        "partner_name",
        "spouseFullName",
        "spouseUci",
        "dep_nm",
        "DEP-SPOUSE-NM",
        "DEP-SPOUSE-ITIN",
        "col15",
        "sponsor.full_name",
        "sponsor.id_number",
        "sponsor.birth_date",
        "ehepartner",
        "antenato_italiano",
        "conyuge",
        "haiguusha_shimei",
        "haiguusha_kojin_bangou",
        "принимающая_сторона",
        "medfoljande_make_maka",
    } <= {c.name for c in role}


def test_when_a_name_is_written_surname_first_with_a_comma_then_every_cell_has_it(built) -> None:
    vals = [str(x).strip() for x in _column(built, COBOL, "DEP-SPOUSE-NM").values if x is not None]
    assert len(vals) >= 150 and _misses(vals, lambda x: bool(re.fullmatch(r"[A-Z' -]+, [A-Z ]+", x))) == 0


def test_when_a_custom_field_is_built_then_it_mixes_phones_emails_and_names(built) -> None:
    custom = [c for c in _columns(built) if "custom_field" in c.tags]
    assert len(custom) >= 9
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


def _snils_ok(text: str) -> bool:
    d = _digits(text)
    return len(d) == 11 and values.snils_check(d[:9]) == d[9:]


#: (table, column, check) for every checksummed identifier of a person
CHECKED: list[tuple[str, str, object]] = [
    (AU, "tfn", tfn.is_valid),
    (CA, "sinNumber", sin.is_valid),
    (IE, "cli_ppsn", pps.is_valid),
    (COBOL, "BEN-SSN", lambda x: ssn.is_valid(f"{int(x):09d}")),
    (COBOL, "DEP-SPOUSE-ITIN", itin.is_valid),
    (STG, "col05", aadhaar.is_valid),
    (STG, "col06", pan.is_valid),
    (ZA, "sponsor.id_number", idnr.is_valid),
    (CH, "ahv_nummer", ahv.is_valid),
    (BR, "requerente_cpf", cpf.is_valid),
    (AR, "cuil", cuit.is_valid),
    (CZ, "rodne_cislo", rc.is_valid),
    (JA, "haiguusha_kojin_bangou", mynumber.is_valid),
    (RU, "инн", lambda x: len(_digits(x)) == 12 and inn.is_valid(x)),
    (RU, "снилс", _snils_ok),
    (SE, "personnummer", personnummer.is_valid),
]


def test_when_an_identifier_column_is_built_then_every_value_passes_its_checksum(built) -> None:
    for table, name, check in CHECKED:
        vals = _str(_values(built, table, name))
        assert len(vals) >= 20 and _misses(vals, check) == 0, name
        assert _column(built, table, name).kind in {"ssn", "national_id"}, name
    for table, name in (
        (CA, "sinNumber"),
        (IE, "cli_ppsn"),
        (COBOL, "BEN-SSN"),
        (CH, "ahv_nummer"),
        (RU, "снилс"),
        (GB, "NiNumber"),
    ):
        assert _column(built, table, name).kind == "ssn", name


def test_when_an_identifier_has_no_public_check_then_it_has_its_documented_shape(built) -> None:
    shapes = [
        (AU, "passport_number", r"[A-Z0-9]{7,9}"),
        (CA, "uciNumber", r"\d{4}-\d{4}|\d\d-\d{4}-\d{4}"),
        (GB, "NiNumber", r"[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z] ?\d\d ?\d\d ?\d\d ?[A-D]"),
        (GB, "BrpNumber", r"(ZU|ZR|RF|ZX|RE)\d{7}"),
        (IE, "irp_card_no", r"[A-Z]\d{8}"),
        (COBOL, "BEN-A-NUMBER", r"A\d{9}"),
        (STG, "col04", r"[A-Z]\d{7}"),
        (CH, "zemis_nummer", r"\d{8}\.\d"),
        (CH, "auslaenderausweis_nr", r"[A-Z]\d{8}"),
        (BR, "requerente_rg", r"\d{1,2}\.\d{3}\.\d{3}-[\dX]"),
        (AR, "dni_extranjero", r"9[2-6]\.\d{3}\.\d{3}"),
        (CZ, "cislo_pobytove_karty", r"Z[KRM]\d{7}"),
        (JA, "zairyu_card_bangou", r"[A-Z]{2}\d{8}[A-Z]{2}"),
        (JA, "ryoken_bangou", r"[A-Z]\d{8}"),
        (RU, "документ_удостоверяющий_личность", r"FA\d{7}|4\d{8}|AC\d{7}"),
    ]
    for table, name, shape in shapes:
        vals = _str(_values(built, table, name))
        assert len(vals) >= 40 and _misses(vals, lambda x, s=shape: re.fullmatch(s, x)) == 0, name
        assert _column(built, table, name).kind in {"ssn", "national_id"}, name


def test_when_a_national_id_encodes_a_birth_date_then_it_is_the_rows(built) -> None:
    rows = zip(
        _column(built, ZA, "sponsor.id_number").values,
        _column(built, ZA, "sponsor.birth_date").values,
        strict=True,
    )
    pairs = [(n, d) for n, d in rows if n is not None]
    assert len(pairs) >= 100 and _misses(pairs, lambda r: r[0][:6] == r[1][2:4] + r[1][5:7] + r[1][8:10]) == 0
    rows = zip(_column(built, CZ, "rodne_cislo").values, _column(built, CZ, "datum_narozeni").values, strict=True)
    pairs = [(n, d) for n, d in rows if n is not None]
    assert len(pairs) >= 40
    assert _misses(pairs, lambda r: rc.get_birth_date(r[0]) == datetime.strptime(r[1], "%d.%m.%Y").date()) == 0
    rows = zip(_column(built, SE, "personnummer").values, _column(built, SE, "fodelsedatum").values, strict=True)
    pairs = [(n, d) for n, d in rows if n is not None]
    assert len(pairs) >= 80 and _misses(pairs, lambda r: r[0][:8] == r[1].replace("-", "")) == 0
    rows = zip(_column(built, AR, "cuil").values, _column(built, AR, "dni_extranjero").values, strict=True)
    pairs = [(n, d) for n, d in rows if n is not None]
    assert len(pairs) >= 150 and _misses(pairs, lambda r: _digits(r[0])[2:10] == _digits(r[1])) == 0
    rows = zip(_column(built, STG, "col06").values, _column(built, STG, "col02").values, strict=True)
    pairs = [(p, n) for p, n in rows if p is not None]
    assert len(pairs) >= 150 and _misses(pairs, lambda r: r[0][4] == values.latin(r[1].split()[-1])[0].upper()) == 0


def test_when_a_date_of_birth_is_numeric_text_or_split_then_it_decodes_to_a_real_date(built) -> None:
    ymd = [x for x in _column(built, COBOL, "BEN-DOB").values if x]
    assert len(ymd) >= 300 and _misses(ymd, lambda x: 1970 <= date(x // 10_000, x // 100 % 100, x % 100).year) == 0
    assert sum(x == 0 for x in _column(built, COBOL, "BEN-DOB").values) >= 3
    for table, name, fmt in (
        (CA, "dateOfBirth", "%Y-%m-%d"),
        (IE, "cli_dob", "%d/%m/%Y"),
        (STG, "col03", "%d-%m-%Y"),
        (ZA, "applicant.birth_date", "%Y-%m-%d"),
        (CH, "geburtsdatum", "%d.%m.%Y"),
        (BR, "data_nascimento", "%d/%m/%Y"),
        (AR, "fecha_nacimiento", "%d/%m/%Y"),
        (CZ, "datum_narozeni", "%d.%m.%Y"),
        (JA, "seinengappi", "%Y/%m/%d"),
        (RU, "дата_рождения", "%d.%m.%Y"),
        (SE, "fodelsedatum", "%Y-%m-%d"),
    ):
        vals = _values(built, table, name)
        assert len(vals) >= 200 and _misses(vals, lambda x, f=fmt: 1950 <= datetime.strptime(x, f).year <= 2007) == 0
    parts = zip(*(_column(built, AU, f"dob_{n}").values for n in ("year", "month", "day")), strict=True)
    assert _misses(list(parts), lambda p: 1978 <= date(*p).year <= 2005) == 0
    assert {c.sql_type for c in heldout_support.table(built, GB).columns if c.kind == "date_of_birth"} == {"DATE"}
    assert all(c.kind == "date_of_birth" for c in _columns(built) if "split_dob" in c.tags)


def test_when_a_decoy_is_shaped_like_an_identifier_then_it_fails_its_check(built) -> None:
    for table, name, check, size in (
        (AU, "client_file_ref", tfn.is_valid, 9),
        (CA, "fileNumber", sin.is_valid, 9),
        (COBOL, "PET-ORDER-NO", ssn.is_valid, 9),
        (STG, "col14", aadhaar.is_valid, 12),
        (ZA, "fees.invoice_number", idnr.is_valid, 13),
        (CH, "dossier_nr", ahv.is_valid, 13),
        (BR, "protocolo", cpf.is_valid, 11),
        (AR, "nro_tramite", cuit.is_valid, 11),
        (CZ, "cislo_smlouvy", rc.is_valid, 10),
        (JA, "uketsuke_bangou", mynumber.is_valid, 12),
        (RU, "номер_дела", inn.is_valid, 12),
    ):
        vals = _str(_values(built, table, name))
        assert len(vals) >= 200 and _misses(vals, lambda x, f=check, n=size: len(_digits(x)) == n and not f(x)) == 0
        assert _column(built, table, name).kind == "none", name
    refs = _str(_values(built, IE, "case_ref"))
    assert len(refs) >= 200 and _misses(refs, lambda x: re.fullmatch(r"\d{7}[A-Z]", x) and not pps.is_valid(x)) == 0
    nums = _str(_values(built, SE, "uppdragsnummer"))
    assert len(nums) >= 200 and _misses(nums, lambda x: len(x) == 11 and not personnummer.is_valid(x)) == 0
    shaped = [c for c in _columns(built) if "value_shape" in c.tags]
    assert len(shaped) >= 20 and all(c.kind == "none" for c in shaped)


def test_when_a_business_number_has_a_check_digit_then_it_passes_and_is_none(built) -> None:
    for table, name, check in (
        (COBOL, "EMPLR-FEIN", ein.is_valid),
        (CH, "arbeitgeber_uid", uid.is_valid),
        (CZ, "ico_zamestnavatele", ico.is_valid),
        (RU, "инн_работодателя", lambda x: len(x) == 10 and inn.is_valid(x)),
        (SE, "arbetsgivare_orgnr", orgnr.is_valid),
    ):
        vals = _str(_values(built, table, name))
        assert len(vals) >= 150 and _misses(vals, check) == 0, name
        assert _column(built, table, name).kind == "none", name


def test_when_a_card_column_is_built_then_every_number_passes_luhn(built) -> None:
    cards = [c for c in _columns(built) if c.kind == "credit_card"]
    assert {c.name for c in cards} == {"card_on_file", "FEE-CARD-NO"}
    for col in cards:
        vals = [_digits(x) for x in _str(_real(col.values))]
        assert len(vals) >= 40 and _misses(vals, lambda x: len(x) == 16 and luhn.is_valid(x)) == 0, col.name


def test_when_an_iban_or_bank_account_column_is_built_then_every_value_passes_its_check(built) -> None:
    ibans = [c for c in _columns(built) if c.kind == "iban"]
    assert {c.name for c in ibans} == {"lohn_iban", "lon_iban"}
    for col in ibans:
        vals = _str(_real(col.values))
        assert len(vals) >= 150 and _misses(vals, iban.is_valid) == 0, col.name
    cbus = _str(_values(built, AR, "cbu_honorarios"))
    assert len(cbus) >= 40 and _misses(cbus, lambda x: len(x) == 22 and cbu.is_valid(x)) == 0
    banks = [c for c in _columns(built) if "bank_account" in c.tags]
    assert len(banks) >= 2 and all(c.kind == "unclassified" for c in banks)


def test_when_a_column_is_labeled_ip_address_then_every_value_is_an_ip(built) -> None:
    ips = [c for c in _columns(built) if c.kind == "ip_address"]
    assert len(ips) >= 4
    for col in ips:
        vals = _str(_real(col.values))
        assert len(vals) >= 150 and _misses(vals, lambda x: bool(ipaddress.ip_address(x))) == 0, col.name


def _phone_valid(text: str, region: str) -> bool:
    try:
        return phonenumbers.is_valid_number(phonenumbers.parse(text, region))
    except phonenumbers.NumberParseException:
        return False


#: table -> the region of its phones
PHONE_REGIONS = {
    AU: "AU",
    CA: "CA",
    GB: "GB",
    IE: "IE",
    COBOL: "US",
    STG: "IN",
    ZA: "ZA",
    CH: "CH",
    BR: "BR",
    AR: "AR",
    CZ: "CZ",
    JA: "JP",
    RU: "RU",
    SE: "SE",
}


def test_when_a_column_is_labeled_phone_then_every_number_is_valid_for_its_region(built) -> None:
    phones = [(t, c) for t in built for c in t.columns if c.kind == "phone"]
    assert len(phones) >= 14 and {t.name for t, _ in phones} == set(PHONE_REGIONS)
    for table, col in phones:
        region = PHONE_REGIONS[table.name]
        vals = _str(_real(col.values))
        assert len(vals) >= 40, f"{table.name}.{col.name}"
        assert _misses(vals, lambda x, r=region: _phone_valid(x, r)) == 0, f"{table.name}.{col.name}"
        assert (
            _misses(vals, lambda x, r=region: phonenumbers.region_code_for_number(phonenumbers.parse(x, r)) == r) == 0
        ), f"{table.name}.{col.name}"


def test_when_a_business_phone_is_built_then_it_is_valid_and_none(built) -> None:
    for table, name in (
        (CA, "employerPhone"),
        (GB, "SponsorHrPhone"),
        (IE, "emp_ph"),
        (JA, "shozoku_kikan_denwa"),
    ):
        col = _column(built, table, name)
        vals = _str(col.values)
        assert col.kind == "none" and "business" in col.tags, name
        assert vals and _misses(vals, lambda x, r=PHONE_REGIONS[table]: _phone_valid(x, r)) == 0, name


def test_when_a_business_column_is_built_then_it_holds_no_private_value_of_its_table(built) -> None:
    for table in built:
        private = {str(x).strip() for c in table.columns if c.kind != "none" for x in _real(c.values)}
        for col in (c for c in table.columns if "business" in c.tags):
            assert _misses(_str(_real(col.values)), lambda x, p=private: x not in p) == 0, col.name


def test_when_japanese_russian_and_swedish_tables_are_built_then_their_scripts_occur(built) -> None:
    ja = heldout_support.table(built, JA)
    assert all(re.fullmatch(r"[a-z_0-9]+", c.name) for c in ja.columns)
    kana = _values(built, JA, "shimei_katakana")
    assert _misses(kana, lambda x: all("\u30a0" <= ch <= "\u30ff" or ch == " " for ch in str(x))) == 0
    spouses = _values(built, JA, "haiguusha_shimei")
    assert len(spouses) >= 20
    assert _misses(spouses, lambda x: bool(re.fullmatch("[\u4e00-\u9fff]+ [\u4e00-\u9fff]+", str(x)))) == 0
    ru = heldout_support.table(built, RU)
    assert re.search("[\u0400-\u04ff]", ru.name) and all(re.search("[\u0400-\u04ff]", c.name) for c in ru.columns)
    for name in ("фамилия", "имя", "отчество", "принимающая_сторона"):
        vals = _values(built, RU, name)
        assert _misses(vals, lambda x: bool(re.fullmatch(r"[\u0400-\u04ff .'-]+", str(x)))) == 0, name
    sv = _values(built, SE, "tillstandstyp") + _values(built, SE, "medborgarskap")
    assert sum(any(ch in "åäö" for ch in str(x)) for x in sv) >= 50


def test_when_an_opaque_staging_table_is_built_then_every_column_is_colnn(built) -> None:
    table = heldout_support.table(built, STG)
    assert [c.name for c in table.columns] == [f"col{i:02d}" for i in range(1, 21)]
    assert all("opaque" in c.tags for c in table.columns)


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
    assert sum(x == 0 for x in _column(built, COBOL, "BEN-SSN").values) >= 10


def test_when_the_scorer_builds_set_v154_then_the_file_holds_every_table_with_its_rows(scored_file) -> None:
    built, path = scored_file
    with duckdb.connect(str(path), read_only=True) as con:
        for table in built:
            schema, name = table.name.split(".", 1)
            count = con.execute(f'SELECT count(*) FROM "{schema}"."{name}"').fetchone()[0]
            assert count == len(table.columns[0].values), table.name
    assert heldout_v154.summary(built).startswith("14 tables")
    assert heldout_v2_accuracy.SETS["v154"].DEFAULT_PATH == Path("/tmp/heldout_v154.duckdb")
