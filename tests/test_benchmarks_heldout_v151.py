"""Held-out set v151: its size, languages, naming styles, labels, row counts, NULL and NULL-word shares, staff and
role words, custom fields, identifiers with check digits (and the birth dates they encode), dates of birth in their
local forms, phones valid for their region, cards, IBANs and bank accounts, decoys failing their checks, business
numbers passing theirs and its determinism are the ones asked for (values are only counted or checked here, never
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
from stdnum import iban, luhn
from stdnum.ca import sin
from stdnum.dk import cpr, cvr
from stdnum.fr import siret
from stdnum.ie import pps
from stdnum.in_ import aadhaar, pan
from stdnum.nz import ird
from stdnum.pl import nip, pesel
from stdnum.pt import cc, nif
from stdnum.ru import inn
from stdnum.tr import tckimlik, vkn
from stdnum.us import ssn
from stdnum.za import idnr

REPO = Path(__file__).resolve().parents[1]
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

from benchmarks.classification import heldout_v2_accuracy, heldout_v151
from benchmarks.classification import heldout_v151_values as values
from governance_dagster.kinds import Kind
from tests import heldout_support
from tests.heldout_support import column as _column
from tests.heldout_support import columns as _columns
from tests.heldout_support import misses as _misses
from tests.heldout_support import null_share as _null_share

LANGUAGES = {"en", "fr", "pt", "pl", "tr", "da", "nl", "ru"}
PERSON_KINDS = {"person_name", "first_name", "last_name"}

scored_file, built = heldout_support.set_fixtures("v151")
_cells = heldout_support.Cells(heldout_v151.NULLISH)
_nullish, _real, _values = _cells.nullish, _cells.real, _cells.values

NZ, CA, GB, ZA = (
    "kiwivolt_bop.charge_card_subscriptions",
    "bluenoseFleet.vehicleAssignments",
    "ChargeRightMK.HomeInstallations",
    "RIDGESIDE_PARKING.SEASON_TICKETS",
)
IE, COBOL, STG, AU = (
    "gcc_permits.rpp_app_exp",
    "PKENF.CITMAST_EXTRACT",
    "stg_voltpune.src_pg_payments_raw",
    "swroam_hub.cdr_export",
)
FR, PT, PL, TR = (
    "recharge_estuaire.abonnes_badges",
    "porto_estaciona.disticos_residente",
    "spp_wroclaw.oplaty_dodatkowe",
    "egesarj.uyeler",
)
DK, NL, RU = "nordvent_flaade.firmabiler", "laadgemak.installaties", "паркинг_центр.абонементы"


def _str(values: list) -> list[str]:
    return [str(x).strip() for x in values if x not in (0, None)]


def _digits(text: str) -> str:
    return "".join(ch for ch in text if ch.isdigit())


def test_when_two_small_tables_are_built_again_then_every_value_is_the_same(built) -> None:
    assert heldout_support.rebuilt_differently(heldout_v151, built) == []


def test_when_the_set_is_built_then_it_has_the_size_languages_styles_and_labels_asked_for(built) -> None:
    columns = _columns(built)
    assert len(built) == 15 and 250 <= len(columns) <= 350
    assert len({t.name.split(".")[0] for t in built}) == 15
    assert all(len({c.name.lower() for c in t.columns}) == len(t.columns) for t in built)
    assert {t.language_of(c) for t in built for c in t.columns} == LANGUAGES
    assert sum(t.language == "en" for t in built) == 8
    assert sorted(t.language for t in built if t.language != "en") == sorted(LANGUAGES - {"en"})
    assert {c.kind for c in columns} <= {k.value for k in Kind}
    english = [t.style for t in built if t.language == "en"]
    assert sorted(english) == sorted(["snake", "camel", "pascal", "screaming", "abbrev", "cobol", "opaque", "json"])
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
        "coordinates",
        "partial",
        "licence",
        "username",
        "bank_account",
        "vehicle",
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


def test_when_labels_are_asked_for_then_they_match_every_column(built) -> None:
    labels = heldout_v151.labels(built)
    assert set(labels) == {t.name for t in built}
    assert sum(len(cols) for cols in labels.values()) == sum(len(t.columns) for t in built)
    assert all(labels[t.name][c.name] == c.kind for t in built for c in t.columns)


def test_when_a_column_is_tagged_then_its_label_follows_the_conventions(built) -> None:
    for col in _columns(built):
        if col.tags & {"business", "decoy", "join_key", "custom_plain", "coordinates", "partial", "vehicle"}:
            assert col.kind == "none", col.name
        if col.kind == "none":
            assert col.tags & {"business", "decoy"}, col.name
        if col.tags & {"custom_field"}:
            assert col.kind == "free_text", col.name
        if col.tags & {"licence"}:
            assert col.kind == "national_id", col.name
        if col.tags & {"split_address"}:
            assert col.kind == "street_address", col.name
        if col.tags & {"split_dob"}:
            assert col.kind == "date_of_birth", col.name
        if col.tags & {"locality"}:
            assert col.kind == "city", col.name
        if col.tags & {"username", "bank_account"}:
            assert col.kind == "unclassified", col.name
        if col.tags & {"staff"}:
            assert col.kind in PERSON_KINDS, col.name
        if col.tags & {"role_word"}:
            assert col.kind != "none", col.name


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
        assert col.kind != "none" and 0.70 <= share <= 0.95 and _null_share(col) < 0.3, col.name


def test_when_a_column_is_not_tagged_null_heavy_then_less_than_70_percent_of_it_is_null(built) -> None:
    for table in built:
        for col in table.columns:
            if not col.tags & {"null_heavy", "nullword_heavy"}:
                assert _null_share(col) < 0.70, f"{table.name}.{col.name}"
                assert sum(_nullish(x) for x in col.values) / len(col.values) < 0.70, f"{table.name}.{col.name}"


def test_when_a_column_is_tagged_staff_then_it_has_2_to_8_distinct_people(built) -> None:
    staff = [c for c in _columns(built) if "staff" in c.tags]
    assert len(staff) >= 15
    assert {
        "fleetSupervisor",
        "approvedBy",
        "SurveyedBy",
        "InstalledBy",
        "CAPTURED_BY",
        "proc_by",
        "HRG-EXAMINER",
        "ENTRY-CLERK",
        "support.handled_by",
        "conseiller",
        "atendido_por",
        "rozpatrujacy",
        "musteri_temsilcisi",
        "flaadeansvarlig",
        "monteur",
        "оператор",
    } <= {c.name for c in staff}
    for col in staff:
        assert col.kind in PERSON_KINDS and 2 <= len(set(_real(col.values))) <= 8, col.name


def test_when_a_role_word_holds_people_then_it_is_personal(built) -> None:
    role = [c for c in _columns(built) if "role_word" in c.tags]
    assert len(role) >= 8 and all(c.kind != "none" for c in role)
    assert {
        "referred_by",
        "emergencyContactName",
        "emergencyContactPhone",
        "LandlordName",
        "ALT_DRIVER_NAME",
        "pelnomocnik",
        "acil_durum_kisisi",
        "medeaanvrager",
    } <= {c.name for c in role}
    for col in role:
        assert len(set(_real(col.values))) > 20, col.name


def test_when_a_name_is_written_surname_comma_given_then_every_cell_has_that_form(built) -> None:
    vals = _str(_values(built, COBOL, "OWN-NAME"))
    assert len(vals) >= 600 and _misses(vals, lambda x: bool(re.fullmatch(r"[A-Z][A-Z' -]+, \S.*", x))) == 0


def test_when_a_custom_field_is_built_then_it_mixes_phones_emails_and_names(built) -> None:
    custom = [c for c in _columns(built) if "custom_field" in c.tags]
    assert len(custom) >= 7
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
    (NZ, "ird_number", ird.is_valid),
    (CA, "driverSin", sin.is_valid),
    (ZA, "ID_NUMBER", idnr.is_valid),
    (IE, "cust_ppsn", pps.is_valid),
    (COBOL, "PMT-PLAN-SSN", lambda x: ssn.is_valid(f"{int(x):09d}")),
    (STG, "col06", aadhaar.is_valid),
    (STG, "col07", pan.is_valid),
    (PT, "nif", nif.is_valid),
    (PT, "numero_cc", cc.is_valid),
    (PL, "pesel", pesel.is_valid),
    (TR, "tc_kimlik_no", tckimlik.is_valid),
    (DK, "cpr_nr", cpr.is_valid),
    (RU, "инн", inn.is_valid),
    (RU, "снилс", values.snils_is_valid),
]


def test_when_an_identifier_column_is_built_then_every_value_passes_its_checksum(built) -> None:
    for table, name, check in CHECKED:
        vals = _str(_values(built, table, name))
        assert len(vals) >= 40 and _misses(vals, check) == 0, name
        assert _column(built, table, name).kind in {"ssn", "national_id"}, name
    for table, name in ((CA, "driverSin"), (IE, "cust_ppsn"), (COBOL, "PMT-PLAN-SSN"), (RU, "снилс")):
        assert _column(built, table, name).kind == "ssn", name


def test_when_an_identifier_has_no_public_check_then_it_has_its_documented_shape(built) -> None:
    for table, name, shape in (
        (DK, "koerekort_nr", r"\d{8}"),
        (RU, "паспорт", r"65 \d\d \d{6}"),
    ):
        vals = _str(_values(built, table, name))
        assert len(vals) >= 40 and _misses(vals, lambda x, s=shape: re.fullmatch(s, x)) == 0, name
        assert _column(built, table, name).kind == "national_id", name


def test_when_a_national_id_encodes_a_birth_date_then_it_is_the_rows(built) -> None:
    rows = zip(_column(built, ZA, "ID_NUMBER").values, _column(built, ZA, "DATE_OF_BIRTH").values, strict=True)
    pairs = [(n, d) for n, d in rows if n is not None]
    assert len(pairs) >= 300 and _misses(pairs, lambda r: r[0][:6] == r[1].strftime("%y%m%d")) == 0
    rows = zip(_column(built, PL, "pesel").values, _column(built, PL, "data_urodzenia").values, strict=True)
    pairs = [(n, d) for n, d in rows if n is not None]
    assert len(pairs) >= 300
    assert _misses(pairs, lambda r: pesel.get_birth_date(r[0]) == datetime.strptime(r[1], "%d.%m.%Y").date()) == 0
    cprs = _str(_values(built, DK, "cpr_nr"))
    assert len(cprs) >= 200 and _misses(cprs, lambda x: 1960 <= cpr.get_birth_date(x).year <= 2002) == 0
    pans = _column(built, STG, "col07").values
    names = _column(built, STG, "col03").values
    pairs = [(p, n) for p, n in zip(pans, names, strict=True) if p is not None]
    assert len(pairs) >= 200 and _misses(pairs, lambda r: r[0][4] == values.plain(r[1].split()[-1])[0].upper()) == 0


def test_when_a_date_of_birth_is_numeric_text_or_split_then_it_decodes_to_a_real_date(built) -> None:
    ymd = [x for x in _column(built, COBOL, "OWN-DOB").values if x]
    assert len(ymd) >= 500 and _misses(ymd, lambda x: 1945 <= date(x // 10_000, x // 100 % 100, x % 100).year) == 0
    for table, name, fmt in (
        (CA, "driverBirthDate", "%Y-%m-%d"),
        (IE, "cust_dob", "%d/%m/%Y"),
        (STG, "col08", "%d/%m/%Y"),
        (FR, "date_naissance", "%d/%m/%Y"),
        (PT, "data_nascimento", "%d-%m-%Y"),
        (PL, "data_urodzenia", "%d.%m.%Y"),
        (NL, "geboortedatum", "%d-%m-%Y"),
        (RU, "дата_рождения", "%d.%m.%Y"),
    ):
        vals = _values(built, table, name)
        assert len(vals) >= 200, name
        assert _misses(vals, lambda x, f=fmt: 1940 <= datetime.strptime(x, f).year <= 2005) == 0, name
    parts = zip(*(_column(built, TR, n).values for n in ("dogum_yili", "dogum_ayi", "dogum_gunu")), strict=True)
    assert _misses(list(parts), lambda p: 1955 <= date(*p).year <= 2005) == 0
    for table, name in ((NZ, "date_of_birth"), (ZA, "DATE_OF_BIRTH")):
        assert _misses(_values(built, table, name), lambda x: isinstance(x, date) and 1950 <= x.year <= 2004) == 0


def test_when_a_decoy_is_shaped_like_an_identifier_then_it_fails_its_check(built) -> None:
    for table, name, check, size in (
        (CA, "benefitCaseNumber", luhn.is_valid, 9),
        (ZA, "ACCESS_ACCOUNT_NO", idnr.is_valid, 13),
        (COBOL, "CIT-NO", ssn.is_valid, 9),
        (STG, "col02", aadhaar.is_valid, 12),
        (PT, "numero_processo", nif.is_valid, 9),
        (PL, "nr_wezwania", pesel.is_valid, 11),
        (TR, "oturum_no", tckimlik.is_valid, 11),
        (DK, "sagsnr", cpr.is_valid, 10),
        (RU, "номер_договора", inn.is_valid, 12),
    ):
        vals = _str(_values(built, table, name))
        assert len(vals) >= 200 and _misses(vals, lambda x, f=check, n=size: len(_digits(x)) == n and not f(x)) == 0
        assert _column(built, table, name).kind == "none", name
    refs = _str(_values(built, IE, "app_ref"))
    assert len(refs) >= 500 and _misses(refs, lambda x: re.fullmatch(r"\d{7}[A-W]", x) and not pps.is_valid(x)) == 0
    shaped = [c for c in _columns(built) if "value_shape" in c.tags]
    assert len(shaped) >= 25 and all(c.kind == "none" for c in shaped)


def test_when_a_business_number_is_built_then_it_passes_its_check_and_is_none(built) -> None:
    for table, name, check in (
        (FR, "siret_employeur", siret.is_valid),
        (PL, "nip_firmy", nip.is_valid),
        (TR, "fatura_vkn", vkn.is_valid),
        (DK, "leasing_cvr", cvr.is_valid),
    ):
        col = _column(built, table, name)
        vals = _str(_real(col.values))
        assert len(vals) >= 40 and _misses(vals, check) == 0, name
        assert col.kind == "none" and {"business", "check_digit"} <= col.tags, name


def test_when_a_card_column_is_built_then_every_number_passes_luhn(built) -> None:
    cards = [c for c in _columns(built) if c.kind == "credit_card"]
    assert {c.name for c in cards} == {"PMT-CARD-NO"}
    for col in cards:
        vals = [_digits(x) for x in _str(_real(col.values))]
        assert len(vals) >= 150 and _misses(vals, lambda x: len(x) == 16 and luhn.is_valid(x)) == 0, col.name
    masked = _str(_values(built, STG, "col13"))
    assert len(masked) >= 150 and _misses(masked, lambda x: "XXXXXX" in x) == 0


def test_when_an_iban_or_bank_account_column_is_built_then_every_value_passes_its_check(built) -> None:
    ibans = [(t.name, c) for t in built for c in t.columns if c.kind == "iban"]
    assert {(t, c.name) for t, c in ibans} == {
        (FR, "iban_prelevement"),
        (PT, "iban_debito"),
        (TR, "iban"),
        (NL, "iban"),
    }
    for _, col in ibans:
        vals = _str(_real(col.values))
        assert len(vals) >= 100 and _misses(vals, iban.is_valid) == 0, col.name
    for table, name in ((ZA, "DEBIT_ACCOUNT_NO"), (DK, "kontonr")):
        col = _column(built, table, name)
        assert col.kind == "unclassified" and "bank_account" in col.tags, name
        assert _misses(_str(_real(col.values)), lambda x: x.isdigit() and len(x) == 10) == 0, name


def test_when_a_column_is_labeled_ip_address_then_every_value_is_an_ip(built) -> None:
    ips = [c for c in _columns(built) if c.kind == "ip_address"]
    assert len(ips) >= 3
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
    NZ: "NZ",
    CA: "CA",
    GB: "GB",
    ZA: "ZA",
    IE: "IE",
    COBOL: "US",
    STG: "IN",
    AU: "AU",
    FR: "FR",
    PT: "PT",
    PL: "PL",
    TR: "TR",
    DK: "DK",
    NL: "NL",
    RU: "RU",
}


def test_when_a_column_is_labeled_phone_then_every_number_is_valid_for_its_region(built) -> None:
    phones = [(t, c) for t in built for c in t.columns if c.kind == "phone"]
    assert len(phones) >= 15 and {t.name for t, _ in phones} == set(PHONE_REGIONS)
    for table, col in phones:
        region = PHONE_REGIONS[table.name]
        vals = _str(_real(col.values))
        assert len(vals) >= 40, f"{table.name}.{col.name}"
        assert _misses(vals, lambda x, r=region: _phone_valid(x, r)) == 0, f"{table.name}.{col.name}"
        assert (
            _misses(vals, lambda x, r=region: phonenumbers.region_code_for_number(phonenumbers.parse(x, r)) == r) == 0
        ), f"{table.name}.{col.name}"


def test_when_a_business_phone_is_built_then_it_is_valid_and_none(built) -> None:
    for table, name in ((GB, "BranchPhone"), (ZA, "TENANT_PHONE"), (DK, "leasing_tlf")):
        col = _column(built, table, name)
        vals = _str(col.values)
        assert col.kind == "none" and "business" in col.tags, name
        assert vals and _misses(vals, lambda x, r=PHONE_REGIONS[table]: _phone_valid(x, r)) == 0, name


def test_when_a_business_column_is_built_then_it_holds_no_private_value_of_its_table(built) -> None:
    for table in built:
        private = {str(x).strip() for c in table.columns if c.kind != "none" for x in _real(c.values)}
        for col in (c for c in table.columns if "business" in c.tags):
            assert _misses(_str(_real(col.values)), lambda x, p=private: x not in p) == 0, col.name


def test_when_russian_names_and_values_are_built_then_they_are_cyrillic(built) -> None:
    ru = heldout_support.table(built, RU)
    cyrillic = re.compile("[\u0400-\u04ff]")
    assert cyrillic.search(ru.name) and all(cyrillic.search(c.name) for c in ru.columns)
    for name in ("фамилия", "имя", "отчество", "город"):
        vals = _values(built, RU, name)
        assert _misses(vals, lambda x: bool(re.fullmatch("[\u0400-\u04ff -]+", str(x)))) == 0, name
    patronymics = _values(built, RU, "отчество")
    assert _misses(patronymics, lambda x: str(x).endswith(("вич", "вна"))) == 0


def test_when_an_opaque_staging_table_is_built_then_every_column_is_colnn(built) -> None:
    table = heldout_support.table(built, STG)
    assert [c.name for c in table.columns] == [f"col{i:02d}" for i in range(1, 23)]
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
    assert sum(x == 0 for x in _column(built, COBOL, "PMT-PLAN-SSN").values) >= 10
    assert sum(x == 0 for x in _column(built, COBOL, "OWN-PHONE").values) >= 10


def test_when_a_plate_is_built_then_it_is_none_in_every_table_that_has_one(built) -> None:
    plates = [(t.name, c) for t in built for c in t.columns if "vehicle" in c.tags]
    assert len(plates) >= 12 and all(c.kind == "none" for _, c in plates)


def test_when_the_scorer_builds_set_v151_then_the_file_holds_every_table_with_its_rows(scored_file) -> None:
    built, path = scored_file
    with duckdb.connect(str(path), read_only=True) as con:
        for table in built:
            schema, name = table.name.split(".", 1)
            count = con.execute(f'SELECT count(*) FROM "{schema}"."{name}"').fetchone()[0]
            assert count == len(table.columns[0].values), table.name
    assert heldout_v151.summary(built).startswith("15 tables")
    assert heldout_v2_accuracy.SETS["v151"].DEFAULT_PATH == Path("/tmp/heldout_v151.duckdb")
