"""Held-out set v150: its size, languages, naming styles, labels, row counts, NULL and NULL-word shares, staff and
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
from stdnum.au import abn
from stdnum.ca import sin
from stdnum.cz import bankaccount, dic, rc
from stdnum.de import idnr
from stdnum.es import cif, dni, nie
from stdnum.gr import amka
from stdnum.gr import vat as afm
from stdnum.ie import pps
from stdnum.it import codicefiscale, iva
from stdnum.jp import in_ as mynumber
from stdnum.se import personnummer
from stdnum.us import ssn

REPO = Path(__file__).resolve().parents[1]
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

from benchmarks.classification import heldout_v2_accuracy, heldout_v150
from governance_dagster.kinds import Kind
from tests import heldout_support
from tests.heldout_support import column as _column
from tests.heldout_support import columns as _columns
from tests.heldout_support import misses as _misses
from tests.heldout_support import null_share as _null_share

LANGUAGES = {"en", "de", "es", "it", "cs", "sv", "ja", "el"}
PERSON_KINDS = {"person_name", "first_name", "last_name"}

scored_file, built = heldout_support.set_fixtures("v150")
_cells = heldout_support.Cells(heldout_v150.NULLISH)
_nullish, _real, _values = _cells.nullish, _cells.real, _cells.values

IE, AU, GB, CA = (
    "nore_energy.priority_services_register",
    "hunterEnergy.lifeSupportRegistrations",
    "TamarWater.HardshipFundAwards",
    "sdb_hydro.otg_rpt_dtl",
)
COBOL, STG, JSON = (
    "OCMEMC.PAYARR-EXTRACT",
    "stg_enugu_disco.src_vend_raw",
    "sugbo_power_app.service_requests_flat",
)
DE, ES, IT, CZ = (
    "swn_kassel.smgw_einbautermine",
    "AGUAS_AXARQUIA.ALTAS_BAJAS_SUMINISTRO",
    "levante_energia.rateizzazioni_morosita",
    "fve_hana.smlouvy_vykup_elektriny",
)
SE, JA, EL = (
    "lulea_elnat.avbrottsersattning",
    "杜の都ガス.保安点検記録",
    "ύδρευση_θεσσαλονίκης.ρυθμίσεις_οφειλών",
)


def _str(values: list) -> list[str]:
    return [str(x).strip() for x in values if x not in (0, None)]


def _digits(text: str) -> str:
    return "".join(ch for ch in text if ch.isdigit())


def test_when_two_small_tables_are_built_again_then_every_value_is_the_same(built) -> None:
    assert heldout_support.rebuilt_differently(heldout_v150, built) == []


def test_when_the_set_is_built_then_it_has_the_size_languages_styles_and_labels_asked_for(built) -> None:
    columns = _columns(built)
    assert len(built) == 14 and 250 <= len(columns) <= 350
    assert len({t.name.split(".")[0] for t in built}) == 14
    assert all(len({c.name.lower() for c in t.columns}) == len(t.columns) for t in built)
    assert {t.language_of(c) for t in built for c in t.columns} == LANGUAGES
    assert sum(t.language == "en" for t in built) == 7
    assert sorted(t.language for t in built if t.language != "en") == sorted(LANGUAGES - {"en"})
    assert {c.kind for c in columns} <= {k.value for k in Kind}
    assert {t.style for t in built} >= {"snake", "camel", "pascal", "screaming", "abbrev", "cobol", "opaque", "json"}
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
        "coordinates",
        "partial",
        "multi_document",
        "username",
        "bank_account",
        "check_digit",
        "supply_point",
        "meter",
        "health_answer",
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
    assert 0.45 <= personal / len(columns) <= 0.7


def test_when_labels_are_asked_for_then_they_match_every_column(built) -> None:
    labels = heldout_v150.labels(built)
    assert set(labels) == {t.name for t in built}
    assert sum(len(cols) for cols in labels.values()) == sum(len(t.columns) for t in built)
    assert all(labels[t.name][c.name] == c.kind for t in built for c in t.columns)


def test_when_a_column_is_tagged_then_its_label_follows_the_conventions(built) -> None:
    for col in _columns(built):
        if col.tags & {"business", "decoy", "join_key", "custom_plain", "coordinates", "partial", "check_digit"}:
            assert col.kind == "none", col.name
        if col.tags & {"supply_point", "meter", "health_answer"}:
            assert col.kind == "none", col.name
        if col.kind == "none":
            assert col.tags & {"business", "decoy"}, col.name
        if col.tags & {"custom_field"}:
            assert col.kind == "free_text", col.name
        if col.tags & {"multi_document"}:
            assert col.kind == "national_id", col.name
        if col.tags & {"split_address"}:
            assert col.kind == "street_address", col.name
        if col.tags & {"split_dob"}:
            assert col.kind == "date_of_birth", col.name
        if col.tags & {"locality"}:
            assert col.kind == "city", col.name
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
    assert len(staff) >= 14
    assert {
        "registered_by",
        "enteredBy",
        "AssessedBy",
        "ApprovedBy",
        "crw_ldr",
        "ENTERED-BY",
        "staff.dispatcher",
        "monteur",
        "TRAMITADO_POR",
        "operatore",
        "zpracoval",
        "handlaggare",
        "点検員",
        "υπάλληλος",
    } <= {c.name for c in staff}
    for col in staff:
        assert col.kind in PERSON_KINDS and 2 <= len(set(_real(col.values))) <= 8, col.name


def test_when_a_role_word_holds_people_then_it_is_personal(built) -> None:
    role = [c for c in _columns(built) if "role_word" in c.tags]
    assert len(role) >= 15 and all(c.kind != "none" for c in role)
    assert {
        "nominee_name",
        "patientName",
        "medicalPractitioner",
        "secondaryContactName",
        "AdviserName",
        "COSIGNER-NM",
        "landlord.name",
        "vermieter_name",
        "TITULAR_CUENTA",
        "PROPIETARIO_VIVIENDA",
        "intestatario_conto",
        "spoluvlastnik",
        "kontaktperson_dodsbo",
        "立会者",
    } <= {c.name for c in role}


def test_when_a_custom_field_is_built_then_it_mixes_phones_emails_and_names(built) -> None:
    custom = [c for c in _columns(built) if "custom_field" in c.tags]
    assert len(custom) >= 9
    for col in custom:
        vals = [str(x) for x in _real(col.values)]
        mails = sum("@" in x for x in vals)
        digits = sum(sum(ch.isdigit() for ch in x) >= 7 and "@" not in x for x in vals)
        names = len(vals) - mails - digits
        assert 0.15 <= mails / len(vals) <= 0.5 and 0.25 <= digits / len(vals) <= 0.6, col.name
        assert names / len(vals) >= 0.15, col.name


def test_when_a_custom_field_holds_codes_then_it_holds_no_contact_data(built) -> None:
    plain = [c for c in _columns(built) if "custom_plain" in c.tags]
    assert len(plain) >= 6
    for col in plain:
        vals = [str(x) for x in _real(col.values)]
        assert vals and _misses(vals, lambda x: "@" not in x and sum(ch.isdigit() for ch in x) < 5) == 0, col.name


#: (table, column, check) for every checksummed identifier of a person
CHECKED: list[tuple[str, str, object]] = [
    (IE, "ppsn", pps.is_valid),
    (COBOL, "MBR-SSN", lambda x: ssn.is_valid(f"{int(x):09d}")),
    (ES, "NIF_NIE", lambda x: dni.is_valid(x) or nie.is_valid(x)),
    (IT, "codice_fiscale", codicefiscale.is_valid),
    (CZ, "rodne_cislo", rc.is_valid),
    (SE, "personnummer", personnummer.is_valid),
    (EL, "αφμ", afm.is_valid),
    (EL, "αμκα", amka.is_valid),
]


def test_when_an_identifier_column_is_built_then_every_value_passes_its_checksum(built) -> None:
    for table, name, check in CHECKED:
        vals = _str(_values(built, table, name))
        assert len(vals) >= 150 and _misses(vals, check) == 0, name
        assert _column(built, table, name).kind in {"ssn", "national_id"}, name
    for table, name in ((IE, "ppsn"), (COBOL, "MBR-SSN"), (GB, "NiNumber"), (EL, "αμκα")):
        assert _column(built, table, name).kind == "ssn", name
    nies = [x for x in _str(_values(built, ES, "NIF_NIE")) if x[0] in "XYZ"]
    assert len(nies) >= 30 and _misses(nies, nie.is_valid) == 0


def test_when_an_identifier_has_no_public_check_then_it_has_its_documented_shape(built) -> None:
    shapes = [
        (GB, "NiNumber", r"[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z] \d\d \d\d \d\d [A-D]"),
        (AU, "concessionCardCrn", r"\d{9}[A-Z]"),
        (STG, "col05", r"[1-9]\d{10}"),
    ]
    for table, name, shape in shapes:
        vals = _str(_values(built, table, name))
        assert len(vals) >= 100 and _misses(vals, lambda x, s=shape: re.fullmatch(s, x)) == 0, name
        assert _column(built, table, name).kind in {"ssn", "national_id"}, name
    docs = list(
        zip(
            _column(built, JSON, "applicant.valid_id.type").values,
            _column(built, JSON, "applicant.valid_id.number").values,
            strict=True,
        )
    )
    assert len({t for t, _ in docs}) == 5
    pattern = {
        "UMID": r"\d{4}-\d{7}-\d",
        "Driver's License": r"G\d\d-\d\d-\d{6}",
        "PhilSys ID": r"\d{4}-\d{4}-\d{4}-\d{4}",
        "Passport": r"P\d{7}[A-C]",
        "TIN ID": r"\d{3}-\d{3}-\d{3}-000",
    }
    assert _misses(docs, lambda d: re.fullmatch(pattern[d[0]], d[1])) == 0


def test_when_a_national_id_encodes_a_birth_date_then_it_is_the_rows(built) -> None:
    rows = zip(_column(built, SE, "personnummer").values, _column(built, SE, "fodelsedatum").values, strict=True)
    assert _misses(list(rows), lambda r: r[0][:8] == r[1].strftime("%Y%m%d")) == 0
    rows = zip(_column(built, CZ, "rodne_cislo").values, _column(built, CZ, "datum_narozeni").values, strict=True)
    assert _misses(list(rows), lambda r: rc.get_birth_date(r[0]) == datetime.strptime(r[1], "%d.%m.%Y").date()) == 0
    rows = zip(_column(built, IT, "codice_fiscale").values, _column(built, IT, "data_nascita").values, strict=True)
    assert (
        _misses(
            list(rows),
            lambda r: codicefiscale.get_birth_date(r[0], 1930) == datetime.strptime(r[1], "%d/%m/%Y").date(),
        )
        == 0
    )
    rows = zip(_column(built, EL, "αμκα").values, _column(built, EL, "ημερομηνία_γέννησης").values, strict=True)
    pairs = [(a, d) for a, d in rows if a is not None]
    assert len(pairs) >= 200 and _misses(pairs, lambda r: r[0][:6] == r[1][:2] + r[1][3:5] + r[1][8:10]) == 0


def test_when_a_date_of_birth_is_numeric_text_or_split_then_it_decodes_to_a_real_date(built) -> None:
    ymd = [x for x in _column(built, COBOL, "MBR-DOB").values if x]
    assert len(ymd) >= 400 and _misses(ymd, lambda x: 1940 <= date(x // 10_000, x // 100 % 100, x % 100).year) == 0
    for table, name, fmt in (
        (AU, "dateOfBirth", "%Y-%m-%d"),
        (JSON, "applicant.birth_date", "%Y-%m-%d"),
        (DE, "geburtsdatum", "%d.%m.%Y"),
        (ES, "FECHA_NACIMIENTO", "%d/%m/%Y"),
        (IT, "data_nascita", "%d/%m/%Y"),
        (CZ, "datum_narozeni", "%d.%m.%Y"),
        (EL, "ημερομηνία_γέννησης", "%d/%m/%Y"),
    ):
        vals = _values(built, table, name)
        assert len(vals) >= 200 and _misses(vals, lambda x, f=fmt: 1930 <= datetime.strptime(x, f).year) == 0, name
    parts = zip(*(_column(built, GB, n).values for n in ("DobYear", "DobMonth", "DobDay")), strict=True)
    assert _misses(list(parts), lambda p: 1944 <= date(*p).year <= 2002) == 0
    for table, name in ((IE, "date_of_birth"), (SE, "fodelsedatum")):
        vals = _values(built, table, name)
        assert len(vals) >= 200 and _misses(vals, lambda x: isinstance(x, date) and x.year <= 2003) == 0, name
    era = re.compile(r"(昭和|平成)(元|\d{1,2})年(\d{1,2})月(\d{1,2})日")

    def wareki(text: str) -> date:
        m = era.fullmatch(text)
        year = 1 if m.group(2) == "元" else int(m.group(2))
        return date(year + (1925 if m.group(1) == "昭和" else 1988), int(m.group(3)), int(m.group(4)))

    assert _misses(_values(built, JA, "生年月日"), lambda x: 1932 <= wareki(x).year <= 1999) == 0
    dob = {c.kind for t in built for c in t.columns if c.kind == "date_of_birth"}
    assert dob == {"date_of_birth"}


def test_when_a_decoy_is_shaped_like_an_identifier_then_it_fails_its_check(built) -> None:
    for table, name, check, size in (
        (COBOL, "PA-NO", lambda x: ssn.is_valid(f"{int(x):09d}"), 9),
        (CA, "acct_no", sin.is_valid, 9),
        (DE, "vorgangsnummer", idnr.is_valid, 11),
        (CZ, "cislo_smlouvy", rc.is_valid, 10),
        (JA, "受付番号", mynumber.is_valid, 12),
        (EL, "αριθμός_παροχής", afm.is_valid, 9),
    ):
        vals = _str(_values(built, table, name))
        assert len(vals) >= 200 and _misses(vals, lambda x, f=check, n=size: len(_digits(x)) == n and not f(x)) == 0
        assert _column(built, table, name).kind == "none", name
    for table, name, check, shape in (
        (IE, "correspondence_ref", pps.is_valid, r"\d{7}[A-W]"),
        (ES, "NUM_EXPEDIENTE", dni.is_valid, r"\d{8}[A-Z]"),
        (SE, "arendenummer", personnummer.is_valid, r"\d{6}-\d{4}"),
    ):
        vals = _str(_values(built, table, name))
        assert len(vals) >= 200, name
        assert _misses(vals, lambda x, f=check, s=shape: bool(re.fullmatch(s, x)) and not f(x)) == 0, name
    shaped = [c for c in _columns(built) if "value_shape" in c.tags]
    assert len(shaped) >= 20 and all(c.kind == "none" for c in shaped)


def test_when_a_supply_point_or_business_number_has_a_check_digit_then_it_passes(built) -> None:
    def gs1_ok(x: str) -> bool:
        body = x[:-1]
        total = sum(int(d) * (3 if i % 2 == 0 else 1) for i, d in enumerate(reversed(body)))
        return (10 - total % 10) % 10 == int(x[-1])

    for table, name, check in (
        (CZ, "ean_odberne_misto", gs1_ok),
        (SE, "anlaggnings_id", gs1_ok),
        (AU, "distributorAbn", abn.is_valid),
        (ES, "CIF_ADMINISTRADOR_FINCA", cif.is_valid),
        (IT, "piva_venditore", iva.is_valid),
        (CZ, "ico_firmy", dic.is_valid),
    ):
        col = _column(built, table, name)
        vals = _str(_real(col.values))
        assert len(vals) >= 100 and _misses(vals, check) == 0, name
        assert col.kind == "none", name


def test_when_a_card_column_is_built_then_every_number_passes_luhn(built) -> None:
    cards = [c for c in _columns(built) if c.kind == "credit_card"]
    assert {c.name for c in cards} == {"CARD-NO"}
    for col in cards:
        vals = [_digits(x) for x in _str(_real(col.values))]
        assert len(vals) >= 150 and _misses(vals, lambda x: len(x) == 16 and luhn.is_valid(x)) == 0, col.name
    masked = _str(_values(built, STG, "col15"))
    assert len(masked) >= 150 and _misses(masked, lambda x: "******" in x and len(_digits(x)) == 10) == 0


def test_when_an_iban_or_bank_account_column_is_built_then_every_value_passes_its_check(built) -> None:
    ibans = [c for c in _columns(built) if c.kind == "iban"]
    assert {c.name for c in ibans} == {"IBAN_DOMICILIACION", "iban_addebito", "iban"}
    for col in ibans:
        vals = _str(_real(col.values))
        assert len(vals) >= 150 and _misses(vals, iban.is_valid) == 0, col.name
    accounts = _str(_values(built, CZ, "cislo_uctu"))
    assert len(accounts) >= 200 and _misses(accounts, bankaccount.is_valid) == 0
    banks = {c.name for c in _columns(built) if "bank_account" in c.tags}
    assert banks == {"AccountNumber", "cislo_uctu", "kontonummer"}


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
    IE: "IE",
    AU: "AU",
    GB: "GB",
    CA: "CA",
    COBOL: "US",
    STG: "NG",
    JSON: "PH",
    DE: "DE",
    ES: "ES",
    IT: "IT",
    CZ: "CZ",
    SE: "SE",
    JA: "JP",
    EL: "GR",
}


def test_when_a_column_is_labeled_phone_then_every_number_is_valid_for_its_region(built) -> None:
    phones = [(t, c) for t in built for c in t.columns if c.kind == "phone"]
    assert len(phones) >= 20
    for table, col in phones:
        region = PHONE_REGIONS[table.name]
        vals = _str(_real(col.values))
        assert len(vals) >= 40, f"{table.name}.{col.name}"
        assert _misses(vals, lambda x, r=region: _phone_valid(x, r)) == 0, f"{table.name}.{col.name}"
        assert (
            _misses(vals, lambda x, r=region: phonenumbers.region_code_for_number(phonenumbers.parse(x, r)) == r) == 0
        ), f"{table.name}.{col.name}"


def test_when_a_business_phone_is_built_then_it_is_valid_and_none(built) -> None:
    for table, name in ((AU, "practicePhone"), (GB, "AgencyPhone"), (JSON, "office.phone"), (JA, "委託業者電話")):
        col = _column(built, table, name)
        vals = _str(col.values)
        assert col.kind == "none" and "business" in col.tags, name
        assert vals and _misses(vals, lambda x, r=PHONE_REGIONS[table]: _phone_valid(x, r)) == 0, name


def test_when_a_business_column_is_built_then_it_holds_no_private_value_of_its_table(built) -> None:
    for table in built:
        private = {str(x).strip() for c in table.columns if c.kind != "none" for x in _real(c.values)}
        for col in (c for c in table.columns if "business" in c.tags):
            assert _misses(_str(_real(col.values)), lambda x, p=private: x not in p) == 0, col.name


def test_when_japanese_and_greek_tables_are_built_then_their_names_and_values_are_in_their_scripts(built) -> None:
    ja = heldout_support.table(built, JA)
    assert re.search("[\u4e00-\u9fff]", ja.name) and all(not c.name.isascii() for c in ja.columns)
    kana = _values(built, JA, "契約者カナ")
    assert _misses(kana, lambda x: all("\u30a0" <= ch <= "\u30ff" or ch == " " for ch in str(x))) == 0
    kanji = _values(built, JA, "契約者氏名")
    assert _misses(kanji, lambda x: bool(re.fullmatch("[\u4e00-\u9fff\u3005]+ [\u4e00-\u9fff\u3005]+", str(x)))) == 0
    el = heldout_support.table(built, EL)
    greek = re.compile("[\u0370-\u03ff\u1f00-\u1fff]")
    assert greek.search(el.name) and sum(bool(greek.search(c.name)) for c in el.columns) >= len(el.columns) - 2
    for name in ("επώνυμο", "όνομα", "πατρώνυμο", "περιοχή"):
        assert _misses(_values(built, EL, name), lambda x: bool(greek.search(str(x)))) == 0, name


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
    assert len(padded) >= 8 and all(re.fullmatch(r"[A-Z0-9]+(-[A-Z0-9]+)+", c.name) for c in table.columns)
    numeric = {c.sql_type for c in table.columns if c.kind in {"ssn", "phone", "postal_code", "date_of_birth"}}
    assert numeric <= {"BIGINT", "INTEGER"}
    assert sum(x == 0 for x in _column(built, COBOL, "MBR-SSN").values) >= 10


def test_when_the_scorer_builds_set_v150_then_the_file_holds_every_table_with_its_rows(scored_file) -> None:
    built, path = scored_file
    with duckdb.connect(str(path), read_only=True) as con:
        for table in built:
            schema, name = table.name.split(".", 1)
            count = con.execute(f'SELECT count(*) FROM "{schema}"."{name}"').fetchone()[0]
            assert count == len(table.columns[0].values), table.name
    assert heldout_v150.summary(built).startswith("14 tables")
    assert heldout_v2_accuracy.SETS["v150"].DEFAULT_PATH == Path("/tmp/heldout_v150.duckdb")
