"""Held-out set v164: its size, languages, naming styles, labels, row counts, NULL and NULL-word shares, staff and
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
from datetime import date, datetime, timedelta
from pathlib import Path

import duckdb
import phonenumbers
from stdnum import iban, luhn
from stdnum.at import uid as at_uid
from stdnum.at import vnr
from stdnum.au import abn, tfn
from stdnum.ca import bn, sin
from stdnum.cz import bankaccount as cz_bankaccount
from stdnum.cz import dic as ico
from stdnum.cz import rc
from stdnum.dk import cpr, cvr
from stdnum.gb import nhs
from stdnum.gr import amka
from stdnum.gr import vat as afm
from stdnum.ie import pps
from stdnum.ie import vat as ie_vat
from stdnum.in_ import aadhaar, pan
from stdnum.my import nric
from stdnum.nz import ird
from stdnum.pl import nip, pesel, regon
from stdnum.ua import edrpou, rntrc
from stdnum.us import rtn, ssn

REPO = Path(__file__).resolve().parents[1]
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

from benchmarks.classification import heldout_v2_accuracy, heldout_v164
from benchmarks.classification import heldout_v164_values as values
from governance_dagster.kinds import Kind
from tests import heldout_support
from tests.heldout_support import column as _column
from tests.heldout_support import columns as _columns
from tests.heldout_support import misses as _misses
from tests.heldout_support import null_share as _null_share

LANGUAGES = {"en", "da", "de", "pl", "cs", "uk", "el", "fr"}
PERSON_KINDS = {"person_name", "first_name", "last_name"}

scored_file, built = heldout_support.set_fixtures("v164")
_cells = heldout_support.Cells(heldout_v164.NULLISH)
_nullish, _real, _values = _cells.nullish, _cells.real, _cells.values

GB, NZ, AU, IE = (
    "broadland_keyholding.alarm_callouts",
    "manawatuLocks.jobSheets",
    "IllawarraGuardServices.LicensedGuards",
    "deise_arc.sub_kh_reg",
)
COBOL, STG, MY = "SPKALRM.SUBSCRIBER_EXTRACT", "stg_mdu_guards.src_recruit_raw", "kch_smartlock.service_jobs_json"
DK, AT, PL, CZ = (
    "noeglevagt_vejle.noeglekunder",
    "WachdienstVillach.Wachpersonal",
    "ochrona_bydgoszcz.abonenci_monitoringu",
    "zamecnictvi_liberec.nouzova_otevreni",
)
UA, GR, QC = (
    "охорона_вінниця.договори_пультової_охорони",
    "ασφάλεια_βόλου.προσωπικό_φύλαξης",
    "televeille_mauricie.abonnes_repondants",
)


def _str(values: list) -> list[str]:
    return [str(x).strip() for x in values if x not in (0, None)]


def _digits(text: str) -> str:
    return "".join(ch for ch in text if ch.isdigit())


def _pl_id_card_valid(text: str) -> bool:
    return bool(re.fullmatch(r"[A-Z]{3}\d{6}", text)) and values.pl_id_card_check(text[:3], text[4:]) == text[3]


def _rows(built: list, table: str, first: str, second: str) -> list[tuple[object, object]]:
    a, b = _column(built, table, first).values, _column(built, table, second).values
    return [(x, y) for x, y in zip(a, b, strict=True) if x is not None and y is not None]


def test_when_two_small_tables_are_built_again_then_every_value_is_the_same(built) -> None:
    assert heldout_support.rebuilt_differently(heldout_v164, built) == []


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
        "licence",
        "multi_document",
        "social_insurance",
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
    labels = heldout_v164.labels(built)
    assert set(labels) == {t.name for t in built}
    assert sum(len(cols) for cols in labels.values()) == sum(len(t.columns) for t in built)
    assert all(labels[t.name][c.name] == c.kind for t in built for c in t.columns)


def test_when_a_column_is_tagged_then_its_label_follows_the_conventions(built) -> None:
    for col in _columns(built):
        if col.tags & {"business", "decoy", "join_key", "custom_plain", "check_digit"}:
            assert col.kind == "none", col.name
        if col.kind == "none":
            assert col.tags & {"business", "decoy"}, col.name
        if col.tags & {"custom_field"}:
            assert col.kind == "free_text", col.name
        if col.tags & {"licence", "multi_document"}:
            assert col.kind == "national_id", col.name
        if col.tags & {"social_insurance"}:
            assert col.kind == "ssn", col.name
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
        "response_officer",
        "technician",
        "RosterSupervisor",
        "mon_opr",
        "SALES-REP",
        "col20",
        "technician.name",
        "vagt",
        "Schichtleiter",
        "dyspozytor",
        "technik",
        "оператор",
        "επόπτης",
        "prepose",
    } == {c.name for c in staff}
    for col in staff:
        assert col.kind in PERSON_KINDS and 2 <= len(set(_real(col.values))) <= 8, col.name


def test_when_a_staff_member_holds_a_licence_then_it_is_the_same_per_person(built) -> None:
    rows = _rows(built, GB, "response_officer", "officer_sia_licence")
    assert len(rows) >= 200 and len(set(rows)) == len({r[0] for r in rows}) == len({r[1] for r in rows})


def test_when_a_role_word_holds_people_then_it_is_personal(built) -> None:
    role = [c for c in _columns(built) if "role_word" in c.tags]
    assert len(role) >= 20 and all(c.kind != "none" for c in role)
    assert {
        "second_keyholder_name",
        "EmergencyContactName",
        "kh1_nm",
        "kh2_nm",
        "EMERG-CTC-NM",
        "col11",
        "kontaktperson",
        "Notfallkontakt",
        "osoba_upowazniona",
        "svedek",
        "довірена_особа",
        "πατρώνυμο",
        "πρόσωπο_έκτακτης_ανάγκης",
        "repondant_1",
        "repondant_2",
    } <= {c.name for c in role}


def test_when_a_name_is_written_surname_first_with_a_comma_then_every_cell_has_it(built) -> None:
    vals = [str(x) for x in _values(built, COBOL, "EMERG-CTC-NM")]
    assert len(vals) >= 200 and _misses(vals, lambda x: bool(re.fullmatch(r"[A-Z' -]+, [A-Z]+", x))) == 0


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
    (AU, "Tfn", tfn.is_valid),
    (COBOL, "SUB-SSN", lambda x: ssn.is_valid(f"{int(x):09d}")),
    (STG, "col04", aadhaar.is_valid),
    (STG, "col05", pan.is_valid),
    (MY, "customer.mykad", nric.is_valid),
    (DK, "cpr_nr", cpr.is_valid),
    (AT, "Sozialversicherungsnummer", vnr.is_valid),
    (PL, "pesel", pesel.is_valid),
    (PL, "seria_numer_dowodu", _pl_id_card_valid),
    (CZ, "rodne_cislo", rc.is_valid),
    (UA, "рнокпп", rntrc.is_valid),
    (GR, "αμκα", amka.is_valid),
    (GR, "αφμ", afm.is_valid),
    (QC, "nas", sin.is_valid),
]


def test_when_an_identifier_column_is_built_then_every_value_passes_its_checksum(built) -> None:
    for table, name, check in CHECKED:
        vals = _str(_values(built, table, name))
        assert len(vals) >= 40 and _misses(vals, check) == 0, name
        assert _column(built, table, name).kind in {"ssn", "national_id"}, name
    for table, name in ((COBOL, "SUB-SSN"), (AT, "Sozialversicherungsnummer"), (GR, "αμκα"), (QC, "nas")):
        assert _column(built, table, name).kind == "ssn", name
    pans = _str(_values(built, STG, "col05"))
    assert len(pans) >= 200 and _misses(pans, lambda x: pan.info(x)["holder_type"] == "Individual") == 0


def test_when_an_identifier_has_no_public_check_then_it_has_its_documented_shape(built) -> None:
    shapes = [
        (GB, "officer_sia_licence", r"1\d{3}( \d{4}){3}"),
        (NZ, "idLicenceNumber", r"[A-Z]{2}\d{6}"),
        (AU, "SecurityLicenceNumber", r"4\d{8}"),
        (AU, "PassportNumber", r"[A-Z]{1,2}\d{7}"),
        (STG, "col15", r"10\d{10}"),
        (STG, "col16", r"[A-Z][1-9]\d{6}"),
        (AT, "Ausweisnummer", r"[PU]\d{7}|\d{8}|(IB|PA|CA)\d{7}"),
        (CZ, "cislo_op", r"[1-9]\d{8}"),
        (UA, "паспорт", r"00\d{7}|[А-ЯІЄ]{2}\d{6}"),
        (GR, "αδτ", r"Α[Α-Ω] \d{6}"),
        (GR, "άδεια_εργασίας_ιπυ", r"ΜΑΓ/\d{4}/20\d\d"),
    ]
    for table, name, shape in shapes:
        vals = _str(_values(built, table, name))
        assert len(vals) >= 40 and _misses(vals, lambda x, s=shape: re.fullmatch(s, x)) == 0, name
        assert _column(built, table, name).kind in {"national_id", "ssn"}, name


def _ddmmyy(d: date) -> str:
    return d.strftime("%d%m%y")


def test_when_a_national_id_encodes_a_birth_date_then_it_is_the_rows(built) -> None:
    rows = _rows(built, MY, "customer.mykad", "customer.birth_date")
    assert len(rows) >= 200 and _misses(rows, lambda r: _digits(r[0])[:6] == r[1][2:4] + r[1][5:7] + r[1][8:10]) == 0
    rows = _rows(built, DK, "cpr_nr", "foedselsdato")
    assert len(rows) >= 200
    assert _misses(rows, lambda r: cpr.get_birth_date(r[0]) == datetime.strptime(r[1], "%d.%m.%Y").date()) == 0
    rows = _rows(built, AT, "Sozialversicherungsnummer", "Geburtsdatum")
    assert len(rows) >= 200
    assert _misses(rows, lambda r: _digits(r[0])[4:] == _ddmmyy(datetime.strptime(r[1], "%d.%m.%Y"))) == 0
    rows = _rows(built, PL, "pesel", "data_urodzenia")
    assert len(rows) >= 200
    assert _misses(rows, lambda r: pesel.get_birth_date(r[0]) == datetime.strptime(r[1], "%d.%m.%Y").date()) == 0
    rows = _rows(built, CZ, "rodne_cislo", "datum_narozeni")
    assert len(rows) >= 200
    assert _misses(rows, lambda r: rc.get_birth_date(r[0]) == datetime.strptime(r[1], "%d. %m. %Y").date()) == 0
    rows = _rows(built, UA, "рнокпп", "дата_народження")
    born = date(1899, 12, 31)
    assert len(rows) >= 200
    assert (
        _misses(
            rows,
            lambda r: born + timedelta(days=int(r[0][:5])) == datetime.strptime(r[1], "%d.%m.%Y").date(),
        )
        == 0
    )
    rows = _rows(built, GR, "αμκα", "ημερομηνία_γέννησης")
    assert len(rows) >= 200
    assert _misses(rows, lambda r: r[0][:6] == _ddmmyy(datetime.strptime(r[1], "%d/%m/%Y"))) == 0


def test_when_a_date_of_birth_is_numeric_text_or_split_then_it_decodes_to_a_real_date(built) -> None:
    ymd = [x for x in _column(built, COBOL, "SUB-DOB").values if x]
    assert len(ymd) >= 300
    assert _misses(ymd, lambda x: 1940 <= datetime(x // 10_000, x // 100 % 100, x % 100).year <= 2003) == 0
    assert sum(x == 0 for x in _column(built, COBOL, "SUB-DOB").values) >= 5
    for table, name, fmt in (
        (AU, "DateOfBirth", "%d/%m/%Y"),
        (IE, "cust_dob", "%d/%m/%Y"),
        (STG, "col03", "%d-%m-%Y"),
        (MY, "customer.birth_date", "%Y-%m-%d"),
        (DK, "foedselsdato", "%d.%m.%Y"),
        (AT, "Geburtsdatum", "%d.%m.%Y"),
        (PL, "data_urodzenia", "%d.%m.%Y"),
        (CZ, "datum_narozeni", "%d. %m. %Y"),
        (UA, "дата_народження", "%d.%m.%Y"),
        (GR, "ημερομηνία_γέννησης", "%d/%m/%Y"),
        (QC, "date_naissance", "%Y-%m-%d"),
    ):
        vals = _values(built, table, name)
        assert len(vals) >= 100 and _misses(vals, lambda x, f=fmt: 1926 <= datetime.strptime(x, f).year <= 2006) == 0
    columns = [_column(built, NZ, f"idDob{n}").values for n in ("Year", "Month", "Day")]
    parts = [p for p in zip(*columns, strict=True) if p[0] is not None]
    assert len(parts) >= 200 and all(None not in p for p in parts)
    assert _misses(parts, lambda p: 1945 <= datetime(*p).year <= 2006) == 0
    assert {c.sql_type for c in heldout_support.table(built, GB).columns if c.kind == "date_of_birth"} == {"DATE"}


def test_when_a_decoy_is_shaped_like_an_identifier_then_it_fails_its_check(built) -> None:
    for table, name, check, size in (
        (GB, "callout_ref", nhs.is_valid, 10),
        (NZ, "jobNumber", ird.is_valid, 9),
        (AU, "EmployeeNumber", tfn.is_valid, 9),
        (IE, "sig_ref", pps.is_valid, 7),
        (COBOL, "SUB-CTL-NO", ssn.is_valid, 9),
        (STG, "col14", aadhaar.is_valid, 12),
        (MY, "job.invoice_serial", nric.is_valid, 12),
        (DK, "aftale_nr", cpr.is_valid, 10),
        (AT, "Dienstnummer", vnr.is_valid, 10),
        (PL, "numer_umowy", pesel.is_valid, 11),
        (CZ, "cislo_zakazky", rc.is_valid, 10),
        (UA, "номер_договору", rntrc.is_valid, 10),
        (GR, "αριθμός_μητρώου", amka.is_valid, 11),
        (QC, "no_contrat", sin.is_valid, 9),
    ):
        vals = _str(_values(built, table, name))
        assert len(vals) >= 200 and _misses(vals, lambda x, f=check, n=size: len(_digits(x)) == n and not f(x)) == 0
        assert _column(built, table, name).kind == "none", name
    shaped = [c for c in _columns(built) if "value_shape" in c.tags]
    assert len(shaped) >= 20 and all(c.kind == "none" for c in shaped)


def test_when_a_business_or_device_number_has_a_check_digit_then_it_passes_and_is_none(built) -> None:
    checked = [
        (NZ, "businessGstNumber", ird.is_valid),
        (AU, "SiteClientAbn", abn.is_valid),
        (IE, "inst_vat", ie_vat.is_valid),
        (IE, "comm_imei", luhn.is_valid),
        (COBOL, "ACH-ABA", rtn.is_valid),
        (DK, "erhverv_cvr", cvr.is_valid),
        (AT, "ObjektUid", at_uid.is_valid),
        (PL, "firma_nip", nip.is_valid),
        (PL, "firma_regon", regon.is_valid),
        (CZ, "odberatel_ico", ico.is_valid),
        (UA, "єдрпоу", edrpou.is_valid),
        (GR, "αφμ_πελάτη", afm.is_valid),
        (QC, "installateur_ne", bn.is_valid),
    ]
    assert {name for _, name, _ in checked} == {c.name for c in _columns(built) if "check_digit" in c.tags}
    for table, name, check in checked:
        vals = _str(_values(built, table, name))
        assert len(vals) >= 80 and _misses(vals, check) == 0, name
        assert _column(built, table, name).kind == "none", name


def test_when_a_card_column_is_built_then_every_number_passes_luhn(built) -> None:
    cards = [c for c in _columns(built) if c.kind == "credit_card"]
    assert {c.name for c in cards} == {"CC-NO", "payment.card_number", "carte_credit"}
    for col in cards:
        vals = [_digits(x) for x in _str(_real(col.values))]
        assert len(vals) >= 40 and _misses(vals, lambda x: len(x) == 16 and luhn.is_valid(x)) == 0, col.name


def test_when_an_iban_or_bank_account_column_is_built_then_every_value_passes_its_check(built) -> None:
    ibans = [c for c in _columns(built) if c.kind == "iban"]
    assert {c.name for c in ibans} == {"dd_iban", "Iban", "rachunek_bankowy", "рахунок", "λογαριασμός_μισθοδοσίας"}
    for col in ibans:
        vals = _str(_real(col.values))
        assert len(vals) >= 200 and _misses(vals, iban.is_valid) == 0, col.name
    accounts = _str(_values(built, CZ, "cislo_uctu"))
    assert len(accounts) >= 80 and _misses(accounts, cz_bankaccount.is_valid) == 0
    banks = [c for c in _columns(built) if "bank_account" in c.tags]
    assert {c.name for c in banks} == {"BankAccount", "ACH-ACCT-NO", "col21", "bankkonto", "cislo_uctu",
                                       "compte_bancaire"}
    assert all(c.kind == "unclassified" for c in banks)


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
    GB: "GB",
    NZ: "NZ",
    AU: "AU",
    IE: "IE",
    COBOL: "US",
    STG: "IN",
    MY: "MY",
    DK: "DK",
    AT: "AT",
    PL: "PL",
    CZ: "CZ",
    UA: "UA",
    GR: "GR",
    QC: "CA",
}


def test_when_a_column_is_labeled_phone_then_every_number_is_valid_for_its_region(built) -> None:
    phones = [(t, c) for t in built for c in t.columns if c.kind == "phone"]
    assert len(phones) >= 20 and {t.name for t, _ in phones} == set(PHONE_REGIONS)
    for table, col in phones:
        region = PHONE_REGIONS[table.name]
        vals = _str(_real(col.values))
        assert len(vals) >= 40, f"{table.name}.{col.name}"
        assert _misses(vals, lambda x, r=region: _phone_valid(x, r)) == 0, f"{table.name}.{col.name}"
        assert (
            _misses(vals, lambda x, r=region: phonenumbers.region_code_for_number(phonenumbers.parse(x, r)) == r) == 0
        ), f"{table.name}.{col.name}"


def test_when_a_business_phone_is_built_then_it_is_valid_and_none(built) -> None:
    for table, name in ((IE, "gd_stn_ph"), (QC, "installateur_tel")):
        col = _column(built, table, name)
        vals = _str(col.values)
        assert col.kind == "none" and "business" in col.tags, name
        assert vals and _misses(vals, lambda x, r=PHONE_REGIONS[table]: _phone_valid(x, r)) == 0, name


def test_when_a_business_column_is_built_then_it_holds_no_private_value_of_its_table(built) -> None:
    for table in built:
        private = {str(x).strip() for c in table.columns if c.kind != "none" for x in _real(c.values)}
        for col in (c for c in table.columns if "business" in c.tags):
            assert _misses(_str(_real(col.values)), lambda x, p=private: x not in p) == 0, col.name


def test_when_the_ukrainian_and_greek_tables_are_built_then_their_names_and_values_are_in_their_scripts(built) -> None:
    cyrillic, greek = "[\u0400-\u04ff]", "[\u0370-\u03ff\u1f00-\u1fff]"
    for name, script in ((UA, cyrillic), (GR, greek)):
        table = heldout_support.table(built, name)
        assert re.search(script, table.name) and all(re.search(script, c.name) for c in table.columns), name
    three = r"[\u0400-\u04ff]+ [\u0400-\u04ff]+ [\u0400-\u04ff]+"
    trusted = _values(built, UA, "довірена_особа")
    assert len(trusted) >= 200 and _misses(trusted, lambda x: bool(re.fullmatch(three, str(x)))) == 0
    for name in ("прізвище", "імʼя", "по_батькові", "місто"):
        vals = _values(built, UA, name)
        assert _misses(vals, lambda x: bool(re.fullmatch(r"[\u0400-\u04ff -]+", str(x)))) == 0, name
    for name in ("επώνυμο", "όνομα", "πατρώνυμο", "πόλη"):
        vals = _values(built, GR, name)
        assert _misses(vals, lambda x: bool(re.fullmatch(r"[\u0370-\u03ff\u1f00-\u1fff -]+", str(x)))) == 0, name


def test_when_an_opaque_staging_table_is_built_then_every_column_is_colnn(built) -> None:
    table = heldout_support.table(built, STG)
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
    assert sum(x == 0 for x in _column(built, COBOL, "SUB-SSN").values) >= 10


def test_when_the_scorer_builds_set_v164_then_the_file_holds_every_table_with_its_rows(scored_file) -> None:
    built, path = scored_file
    with duckdb.connect(str(path), read_only=True) as con:
        for table in built:
            schema, name = table.name.split(".", 1)
            count = con.execute(f'SELECT count(*) FROM "{schema}"."{name}"').fetchone()[0]
            assert count == len(table.columns[0].values), table.name
    assert heldout_v164.summary(built).startswith(f"{len(built)} tables")
    assert heldout_v2_accuracy.SETS["v164"].DEFAULT_PATH == Path("/tmp/heldout_v164.duckdb")
