"""Held-out set v162: its size, languages, naming styles, labels, row counts, NULL and NULL-word shares, staff and
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
from stdnum.br import cnpj, cpf
from stdnum.cz import dic as ico
from stdnum.cz import rc
from stdnum.gb import nhs
from stdnum.gr import amka
from stdnum.gr import vat as afm
from stdnum.in_ import aadhaar, pan
from stdnum.jp import in_ as mynumber
from stdnum.my import nric
from stdnum.pl import pesel, regon
from stdnum.se import orgnr, personnummer
from stdnum.us import ein, ssn
from stdnum.za import idnr

REPO = Path(__file__).resolve().parents[1]
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

from benchmarks.classification import heldout_v2_accuracy, heldout_v162
from benchmarks.classification import heldout_v162_values as values
from governance_dagster.kinds import Kind
from tests import heldout_support
from tests.heldout_support import column as _column
from tests.heldout_support import columns as _columns
from tests.heldout_support import misses as _misses
from tests.heldout_support import null_share as _null_share

LANGUAGES = {"en", "de", "pl", "sv", "ja", "el", "pt", "cs"}
PERSON_KINDS = {"person_name", "first_name", "last_name"}

scored_file, built = heldout_support.set_fixtures("v162")
_cells = heldout_support.Cells(heldout_v162.NULLISH)
_nullish, _real, _values = _cells.nullish, _cells.real, _cells.values

AU, CA, GB, MY = (
    "illawarra_fertility.ivf_cycles",
    "rideauSurrogacy.surrogateExpenseClaims",
    "HumberFertility.DonorRegister",
    "kk_fert.pt_reg",
)
COBOL, STG, ZA = (
    "FRTBEN.IVF_CLAIM_EXTRACT",
    "stg_anand_ivf.src_crm_enquiry_raw",
    "umhlanga_eggdonors.donor_profiles_json",
)
DE, PL, SV = (
    "kinderwunsch_dresden.behandlungsvertraege",
    "klinika_szczecin.pacjentki_in_vitro",
    "fertilitet_linkoping.donatorsregister",
)
JA, EL, BR, CZ = (
    "栄レディースクリニック.採卵周期台帳",
    "κλινική_γονιμότητας_βόλου.φάκελοι_κυοφορίας",
    "reproducao_rp.contratos_criopreservacao",
    "reprocentrum_zlin.ivf_cykly",
)
GREEK = "[\u0370-\u03ff\u1f00-\u1fff]"
JAPANESE = "[\u3040-\u30ff\u4e00-\u9fff]"


def _str(values: list) -> list[str]:
    return [str(x).strip() for x in values if x not in (0, None)]


def _digits(text: str) -> str:
    return "".join(ch for ch in text if ch.isdigit())


def _rows(built: list, table: str, first: str, second: str) -> list[tuple]:
    """The rows of ``table`` where both columns hold a value."""
    a_values = _column(built, table, first).values
    b_values = _column(built, table, second).values
    return [(a, b) for a, b in zip(a_values, b_values, strict=True) if a is not None and b is not None]


def _dvla_birth_date(licence: str) -> tuple[int, int, int]:
    """The (two-digit year, month, day) a DVLA licence number encodes (the month plus 50 for women)."""
    return int(licence[5] + licence[10]), int(licence[6:8]) % 50, int(licence[8:10])


def test_when_two_small_tables_are_built_again_then_every_value_is_the_same(built) -> None:
    assert heldout_support.rebuilt_differently(heldout_v162, built) == []


def test_when_the_set_is_built_then_it_has_the_size_languages_styles_and_labels_asked_for(built) -> None:
    columns = _columns(built)
    assert len(built) == 14 and 250 <= len(columns) <= 350
    assert all(200 <= len(t.columns[0].values) <= 800 for t in built)
    assert len({t.name.split(".")[0] for t in built}) == 14
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
        "health_id",
        "pseudonym",
        "username",
        "bank_account",
        "check_digit",
        "coordinates",
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
    labels = heldout_v162.labels(built)
    assert set(labels) == {t.name for t in built}
    assert sum(len(cols) for cols in labels.values()) == sum(len(t.columns) for t in built)
    assert all(labels[t.name][c.name] == c.kind for t in built for c in t.columns)


def test_when_a_column_is_tagged_then_its_label_follows_the_conventions(built) -> None:
    for col in _columns(built):
        if col.tags & {"business", "decoy", "join_key", "custom_plain", "check_digit", "pseudonym", "coordinates"}:
            assert col.kind == "none", col.name
        if col.kind == "none":
            assert col.tags & {"business", "decoy"}, col.name
        if col.tags & {"custom_field"}:
            assert col.kind == "free_text", col.name
        if col.tags & {"licence", "multi_document", "health_id"}:
            assert col.kind == "national_id", col.name
        if col.tags & {"split_address"}:
            assert col.kind == "street_address", col.name
        if col.tags & {"split_dob"}:
            assert col.kind == "date_of_birth", col.name
        if col.tags & {"locality"}:
            assert col.kind == "city", col.name
        if col.tags & {"username", "bank_account"}:
            assert col.kind == "unclassified", col.name
    pseudonyms = {c.name for c in _columns(built) if "pseudonym" in c.tags}
    assert pseudonyms == {"surrogateCode", "DonorCode", "donor.code", "donatorskod"}
    health = {c.name for c in _columns(built) if "health_id" in c.tags}
    assert health == {"patient_medicare_no", "ohipNumber", "NhsNumber", "versichertennummer"}


def test_when_the_set_is_built_then_every_table_has_200_to_800_rows_in_every_column(built) -> None:
    for table in built:
        lengths = {len(c.values) for c in table.columns}
        assert len(lengths) == 1 and 200 <= lengths.pop() <= 800, table.name


def test_when_a_column_is_tagged_null_heavy_then_70_to_95_percent_of_it_is_null(built) -> None:
    heavy = [c for c in _columns(built) if "null_heavy" in c.tags]
    assert len(heavy) >= 6
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
        "embryologist",
        "caseManager",
        "DonorCoordinator",
        "dr_nm",
        "CLM-ADJUSTER",
        "col18",
        "coordinator.name",
        "betreuende_aerztin",
        "lekarz_prowadzacy",
        "koordinator",
        "担当医",
        "胚培養士",
        "μαιευτήρας",
        "embriologista",
        "lekar",
    } == {c.name for c in staff}
    for col in staff:
        assert col.kind in PERSON_KINDS and 2 <= len(set(_real(col.values))) <= 8, col.name


def test_when_a_role_word_holds_people_then_it_is_personal(built) -> None:
    role = [c for c in _columns(built) if "role_word" in c.tags]
    assert len(role) >= 25 and all(c.kind != "none" for c in role)
    assert {
        "partner_first_name",
        "partner_dob",
        "referring_gp",
        "intendedParent1",
        "intendedParent2",
        "GpName",
        "hsb_nm",
        "hsb_nric",
        "PTNR-NAME",
        "PTNR-DOB",
        "col06",
        "partner_vorname",
        "partner_geburtsdatum",
        "partner_imie_nazwisko",
        "partner_pesel",
        "夫氏名",
        "夫生年月日",
        "κυοφόρος_πατρώνυμο",
        "κυοφόρος_σύζυγος",
        "ενδιαφερόμενη_μητέρα",
        "ενδιαφερόμενος_πατέρας",
        "δικηγόρος",
        "conjuge_nome",
        "conjuge_cpf",
        "partner",
        "partner_rodne_cislo",
    } <= {c.name for c in role}
    lawyers = set(_values(built, EL, "δικηγόρος"))
    assert len(lawyers) > 8


def test_when_a_name_is_written_surname_first_with_a_comma_then_every_cell_has_it(built) -> None:
    vals = [str(x) for x in _values(built, COBOL, "PTNR-NAME")]
    assert len(vals) >= 200 and _misses(vals, lambda x: bool(re.fullmatch(r"[A-Za-z' -]+, [A-Za-z]+", x))) == 0
    assert _misses(vals, lambda x: x == x.upper()) == 0


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


def _sv_valid(text: str) -> bool:
    return personnummer.is_valid(text[2:] if len(_digits(text)) == 12 else text)


#: (table, column, check) for every checksummed identifier of a person
CHECKED: list[tuple[str, str, object]] = [
    (AU, "patient_medicare_no", values.medicare_is_valid),
    (CA, "ohipNumber", values.ohip_is_valid),
    (GB, "NhsNumber", nhs.is_valid),
    (MY, "pt_nric", nric.is_valid),
    (MY, "hsb_nric", nric.is_valid),
    (COBOL, "MBR-SSN", lambda x: ssn.is_valid(f"{int(x):09d}")),
    (STG, "col04", aadhaar.is_valid),
    (STG, "col05", pan.is_valid),
    (ZA, "donor.id_number", idnr.is_valid),
    (DE, "versichertennummer", values.kvnr_is_valid),
    (DE, "personalausweisnummer", values.personalausweis_is_valid),
    (PL, "pesel", pesel.is_valid),
    (PL, "partner_pesel", pesel.is_valid),
    (PL, "seria_numer_dowodu", values.pl_id_card_is_valid),
    (SV, "personnummer", _sv_valid),
    (JA, "個人番号", mynumber.is_valid),
    (EL, "κυοφόρος_αμκα", amka.is_valid),
    (EL, "κυοφόρος_αφμ", afm.is_valid),
    (BR, "cpf", cpf.is_valid),
    (BR, "conjuge_cpf", cpf.is_valid),
    (CZ, "rodne_cislo", rc.is_valid),
    (CZ, "partner_rodne_cislo", rc.is_valid),
]


def test_when_an_identifier_column_is_built_then_every_value_passes_its_checksum(built) -> None:
    for table, name, check in CHECKED:
        vals = _str(_values(built, table, name))
        assert len(vals) >= 40 and _misses(vals, check) == 0, name
        assert _column(built, table, name).kind in {"ssn", "national_id"}, name
    for table, name in ((COBOL, "MBR-SSN"), (EL, "κυοφόρος_αμκα")):
        assert _column(built, table, name).kind == "ssn", name
    assert {c.name for c in _columns(built) if c.kind == "ssn"} == {"MBR-SSN", "κυοφόρος_αμκα"}
    pans = _rows(built, STG, "col05", "col02")
    assert len(pans) >= 200 and _misses(pans, lambda r: r[0][4] == str(r[1]).split()[-1][0].upper()) == 0


def test_when_an_identifier_has_no_public_check_then_it_has_its_documented_shape(built) -> None:
    shapes = [
        (CA, "driversLicenceNo", r"[A-Z]\d{4}-\d{5}-\d{5}"),
        (GB, "IdDocumentNumber", r"\d{9}|[A-Z9]{5}\d{6}[A-Z]9\d[A-Z]{2}"),
        (EL, "κυοφόρος_αδτ", r"Α[Α-Ω] \d{6}"),
        (BR, "rg", r"\d{2}\.\d{3}\.\d{3}-[\dX]"),
        (CZ, "cislo_op", r"\d{9}"),
    ]
    for table, name, shape in shapes:
        vals = _str(_values(built, table, name))
        assert len(vals) >= 40 and _misses(vals, lambda x, s=shape: re.fullmatch(s, x)) == 0, name
        assert _column(built, table, name).kind == "national_id", name
    licences = _rows(built, CA, "driversLicenceNo", "surrogateFamilyName")
    assert len(licences) >= 200
    assert _misses(licences, lambda r: r[0][0] == values.fold(r[1])[0].upper()) == 0


def test_when_a_national_id_encodes_a_birth_date_then_it_is_the_rows(built) -> None:
    rows = _rows(built, MY, "pt_nric", "pt_dob")
    assert len(rows) >= 300
    same = "%d%m%y"  # python-stdnum reads a MyKad's two-digit year in the 1900s first
    assert (
        _misses(rows, lambda r: nric.get_birth_date(r[0]).strftime(same) == r[1][:2] + r[1][3:5] + r[1][8:10]) == 0
    )
    rows = _rows(built, ZA, "donor.id_number", "donor.birth_date")
    assert len(rows) >= 250 and _misses(rows, lambda r: idnr.get_birth_date(r[0]).isoformat() == r[1]) == 0
    rows = _rows(built, PL, "pesel", "data_urodzenia")
    assert len(rows) >= 300
    assert _misses(rows, lambda r: pesel.get_birth_date(r[0]) == datetime.strptime(r[1], "%d.%m.%Y").date()) == 0
    rows = _rows(built, SV, "personnummer", "fodelsedatum")
    assert len(rows) >= 200
    assert _misses(rows, lambda r: _digits(r[0])[-10:-4] == r[1][2:4] + r[1][5:7] + r[1][8:10]) == 0
    rows = _rows(built, EL, "κυοφόρος_αμκα", "κυοφόρος_ημερομηνία_γέννησης")
    assert len(rows) >= 200 and _misses(rows, lambda r: r[0][:6] == r[1][:2] + r[1][3:5] + r[1][8:10]) == 0
    rows = _rows(built, CZ, "rodne_cislo", "datum_narozeni")
    assert len(rows) >= 250
    assert _misses(rows, lambda r: rc.get_birth_date(r[0]) == datetime.strptime(r[1], "%d. %m. %Y").date()) == 0
    rows = [
        (n, d)
        for n, d, t in zip(
            _column(built, GB, "IdDocumentNumber").values,
            _column(built, GB, "DateOfBirth").values,
            _column(built, GB, "IdDocumentType").values,
            strict=True,
        )
        if t == "UK driving licence"
    ]
    assert len(rows) >= 40
    assert _misses(rows, lambda r: _dvla_birth_date(r[0]) == (int(r[1][8:]), int(r[1][3:5]), int(r[1][:2]))) == 0


def test_when_a_date_of_birth_is_numeric_text_or_split_then_it_decodes_to_a_real_date(built) -> None:
    for name, low, high in (("MBR-DOB", 1976, 2001), ("PTNR-DOB", 1970, 2000)):
        ymd = [x for x in _column(built, COBOL, name).values if x]
        assert len(ymd) >= 300
        assert _misses(ymd, lambda x, a=low, b=high: a <= datetime(x // 10_000, x // 100 % 100, x % 100).year <= b) == 0
        assert sum(x == 0 for x in _column(built, COBOL, name).values) >= 5, name
    for table, name, fmt in (
        (GB, "DateOfBirth", "%d/%m/%Y"),
        (MY, "pt_dob", "%d/%m/%Y"),
        (STG, "col03", "%d-%m-%Y"),
        (ZA, "donor.birth_date", "%Y-%m-%d"),
        (DE, "geburtsdatum", "%d.%m.%Y"),
        (DE, "partner_geburtsdatum", "%d.%m.%Y"),
        (PL, "data_urodzenia", "%d.%m.%Y"),
        (SV, "fodelsedatum", "%Y-%m-%d"),
        (JA, "夫生年月日", "%Y/%m/%d"),
        (EL, "κυοφόρος_ημερομηνία_γέννησης", "%d/%m/%Y"),
        (BR, "data_nascimento", "%d/%m/%Y"),
        (CZ, "datum_narozeni", "%d. %m. %Y"),
    ):
        vals = _values(built, table, name)
        assert len(vals) >= 100 and _misses(vals, lambda x, f=fmt: 1970 <= datetime.strptime(x, f).year <= 2006) == 0
    eras = _values(built, JA, "生年月日")
    assert len(eras) >= 250 and _misses(eras, lambda x: re.fullmatch(r"(昭和|平成)(元|\d{1,2})年\d{1,2}月\d{1,2}日", x)) == 0
    assert _misses(eras, lambda x: 1978 <= values.from_wareki(x).year <= 2002) == 0
    assert {x[:2] for x in eras} == {"昭和", "平成"}
    assert values.from_wareki(values.wareki(date(1989, 1, 8))) == date(1989, 1, 8)
    assert values.wareki(date(1989, 1, 7)) == "昭和64年1月7日" and values.wareki(date(1989, 3, 1)) == "平成元年3月1日"
    parts = zip(*(_column(built, CA, f"surrogateBirth{n}").values for n in ("Year", "Month", "Day")), strict=True)
    assert _misses(list(parts), lambda p: 1983 <= datetime(*p).year <= 2003) == 0
    assert {c.sql_type for c in heldout_support.table(built, AU).columns if c.kind == "date_of_birth"} == {"DATE"}


def _sv_decoy_fails(text: str) -> bool:
    return luhn.is_valid(_digits(text))


def test_when_a_decoy_is_shaped_like_an_identifier_then_it_fails_its_check(built) -> None:
    for table, name, check, size in (
        (AU, "cycle_number", values.medicare_is_valid, 10),
        (CA, "claimReference", values.ohip_is_valid, 10),
        (GB, "LabSampleNumber", nhs.is_valid, 10),
        (MY, "cyc_no", nric.is_valid, 12),
        (COBOL, "CLM-CTL-NO", ssn.is_valid, 9),
        (STG, "col14", aadhaar.is_valid, 12),
        (ZA, "donation.cycle_ref", idnr.is_valid, 13),
        (DE, "vertragsnummer", values.kvnr_is_valid, 9),
        (PL, "numer_karty", pesel.is_valid, 11),
        (SV, "provnummer", _sv_decoy_fails, 10),
        (JA, "受付番号", mynumber.is_valid, 12),
        (EL, "αριθμός_πρωτοκόλλου", amka.is_valid, 11),
        (BR, "numero_contrato", cpf.is_valid, 11),
        (CZ, "cislo_cyklu", rc.is_valid, 10),
    ):
        vals = _str(_values(built, table, name))
        assert len(vals) >= 200 and _misses(vals, lambda x, f=check, n=size: len(_digits(x)) == n and not f(x)) == 0
        assert _column(built, table, name).kind == "none", name
    shaped = [c for c in _columns(built) if "value_shape" in c.tags]
    assert len(shaped) >= 18 and all(c.kind == "none" for c in shaped)


def test_when_a_business_number_has_a_check_digit_then_it_passes_and_is_none(built) -> None:
    for table, name, check in (
        (COBOL, "PROV-NPI", values.npi_is_valid),
        (COBOL, "PROV-TIN", ein.is_valid),
        (PL, "laboratorium_regon", regon.is_valid),
        (SV, "mottagning_orgnr", orgnr.is_valid),
        (BR, "laboratorio_cnpj", cnpj.is_valid),
        (CZ, "laborator_ico", ico.is_valid),
    ):
        vals = _str(_values(built, table, name))
        assert len(vals) >= 150 and _misses(vals, check) == 0, name
        assert _column(built, table, name).kind == "none", name
    assert {c.name for c in _columns(built) if "check_digit" in c.tags} == {
        "PROV-NPI",
        "PROV-TIN",
        "laboratorium_regon",
        "mottagning_orgnr",
        "laboratorio_cnpj",
        "laborator_ico",
    }


def test_when_a_card_column_is_built_then_every_number_passes_luhn(built) -> None:
    cards = [c for c in _columns(built) if c.kind == "credit_card"]
    assert {c.name for c in cards} == {"card_on_file", "cartao_anuidade"}
    for col in cards:
        vals = [_digits(x) for x in _str(_real(col.values))]
        assert len(vals) >= 40 and _misses(vals, lambda x: len(x) == 16 and luhn.is_valid(x)) == 0, col.name


def test_when_an_iban_or_bank_account_column_is_built_then_every_value_passes_its_check(built) -> None:
    ibans = [c for c in _columns(built) if c.kind == "iban"]
    assert {c.name for c in ibans} == {"iban", "numer_rachunku", "iban_εξόδων"}
    for col in ibans:
        vals = _str(_real(col.values))
        assert len(vals) >= 150 and _misses(vals, iban.is_valid) == 0, col.name
    banks = [c for c in _columns(built) if "bank_account" in c.tags]
    assert {c.name for c in banks} == {
        "depositAccountNumber",
        "CompensationAccountNumber",
        "donor.bank.account_number",
        "kontonummer",
        "cislo_uctu",
    }
    assert all(c.kind == "unclassified" for c in banks)
    accounts = _str(_values(built, CZ, "cislo_uctu"))
    assert len(accounts) >= 150 and _misses(accounts, lambda x: bool(re.fullmatch(r"(\d+-)?\d{6,10}/\d{4}", x))) == 0


def test_when_a_column_is_labeled_ip_address_then_every_value_is_an_ip(built) -> None:
    ips = [c for c in _columns(built) if c.kind == "ip_address"]
    assert len(ips) >= 5
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
    MY: "MY",
    COBOL: "US",
    STG: "IN",
    ZA: "ZA",
    DE: "DE",
    PL: "PL",
    SV: "SE",
    JA: "JP",
    EL: "GR",
    BR: "BR",
    CZ: "CZ",
}


def test_when_a_column_is_labeled_phone_then_every_number_is_valid_for_its_region(built) -> None:
    phones = [(t, c) for t in built for c in t.columns if c.kind == "phone"]
    assert len(phones) >= 17 and {t.name for t, _ in phones} == set(PHONE_REGIONS)
    for table, col in phones:
        region = PHONE_REGIONS[table.name]
        vals = _str(_real(col.values))
        assert len(vals) >= 40, f"{table.name}.{col.name}"
        assert _misses(vals, lambda x, r=region: _phone_valid(x, r)) == 0, f"{table.name}.{col.name}"
        assert (
            _misses(vals, lambda x, r=region: phonenumbers.region_code_for_number(phonenumbers.parse(x, r)) == r) == 0
        ), f"{table.name}.{col.name}"


def test_when_a_business_phone_is_built_then_it_is_valid_and_none(built) -> None:
    for table, name in ((AU, "practice_phone"), (GB, "GpSurgeryPhone"), (ZA, "donation.clinic.phone")):
        col = _column(built, table, name)
        vals = _str(col.values)
        assert col.kind == "none" and "business" in col.tags, name
        assert vals and _misses(vals, lambda x, r=PHONE_REGIONS[table]: _phone_valid(x, r)) == 0, name


def test_when_a_business_column_is_built_then_it_holds_no_private_value_of_its_table(built) -> None:
    for table in built:
        private = {str(x).strip() for c in table.columns if c.kind != "none" for x in _real(c.values)}
        for col in (c for c in table.columns if "business" in c.tags):
            assert _misses(_str(_real(col.values)), lambda x, p=private: x not in p) == 0, col.name


def test_when_the_greek_table_is_built_then_its_names_and_values_are_greek(built) -> None:
    el = heldout_support.table(built, EL)
    assert re.search(GREEK, el.name) and all(re.search(GREEK, c.name) for c in el.columns)
    for name in ("κυοφόρος_επώνυμο", "κυοφόρος_όνομα", "κυοφόρος_πατρώνυμο", "κυοφόρος_πόλη", "κυοφόρος_διεύθυνση"):
        vals = _values(built, EL, name)
        assert len(vals) >= 200, name
        assert _misses(vals, lambda x: bool(re.fullmatch(rf"({GREEK}|[ .\d])+", str(x)))) == 0, name
    two = rf"{GREEK}+ {GREEK}+"
    for name in ("κυοφόρος_σύζυγος", "ενδιαφερόμενη_μητέρα", "ενδιαφερόμενος_πατέρας", "δικηγόρος", "μαιευτήρας"):
        vals = _values(built, EL, name)
        assert len(vals) >= 80 and _misses(vals, lambda x: bool(re.fullmatch(two, str(x)))) == 0, name
    adt = _str(_values(built, EL, "κυοφόρος_αδτ"))
    assert _misses(adt, lambda x: bool(re.match(GREEK, x))) == 0


def test_when_the_japanese_table_is_built_then_its_names_and_values_are_kanji_and_kana(built) -> None:
    ja = heldout_support.table(built, JA)
    assert re.search(JAPANESE, ja.name) and all(re.search(JAPANESE, c.name) for c in ja.columns)
    kana = _values(built, JA, "患者氏名カナ")
    assert len(kana) >= 250 and _misses(kana, lambda x: all("\u30a0" <= ch <= "\u30ff" or ch == " " for ch in x)) == 0
    for name in ("患者氏名", "夫氏名", "担当医"):
        vals = _values(built, JA, name)
        assert _misses(vals, lambda x: bool(re.fullmatch("[\u4e00-\u9fff]+ [\u4e00-\u9fff]+", str(x)))) == 0, name
    readings = list(zip(_column(built, JA, "患者氏名").values, _column(built, JA, "患者氏名カナ").values, strict=True))
    assert _misses(
        readings,
        lambda r: " ".join(values.JA_READ[part][0] for part in r[0].split()) == r[1],
    ) == 0
    for name in ("住所", "市区町村"):
        vals = _values(built, JA, name)
        assert _misses(vals, lambda x: bool(re.search(JAPANESE, str(x)))) == 0, name
    codes = _values(built, JA, "郵便番号")
    assert _misses(codes, lambda x: bool(re.fullmatch(r"\d{3}-\d{4}", str(x)))) == 0


def test_when_a_malaysian_name_is_built_then_it_is_written_as_the_mykad_writes_it(built) -> None:
    names = [str(x) for x in _values(built, MY, "pt_nm")]
    assert len(names) >= 300
    assert sum(" binti " in x.lower() for x in names) >= 60
    assert sum(x == x.upper() for x in names) >= 80
    husbands = [str(x) for x in _values(built, MY, "hsb_nm")]
    assert sum(" bin " in x.lower() for x in husbands) >= 60 and not any(" binti " in x.lower() for x in husbands)


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
    assert sum(x == 0 for x in _column(built, COBOL, "MBR-SSN").values) >= 10


def test_when_the_scorer_builds_set_v162_then_the_file_holds_every_table_with_its_rows(scored_file) -> None:
    built, path = scored_file
    with duckdb.connect(str(path), read_only=True) as con:
        for table in built:
            schema, name = table.name.split(".", 1)
            count = con.execute(f'SELECT count(*) FROM "{schema}"."{name}"').fetchone()[0]
            assert count == len(table.columns[0].values), table.name
    assert heldout_v162.summary(built).startswith("14 tables")
    assert heldout_v2_accuracy.SETS["v162"].DEFAULT_PATH == Path("/tmp/heldout_v162.duckdb")
