"""Held-out set v168: its size, languages, naming styles, labels, row counts, NULL and NULL-word shares, staff and
role words, custom fields, identifiers with check digits (and the birth dates they encode), identity documents by
shape, dates of birth in their local forms (the Japanese era calendar and split parts included), phones valid for
their region (a seasonal worker's home country included), cards, IBANs and bank accounts, decoys failing their checks,
holdings and animals, and its determinism are the ones asked for (values are only counted or checked here, never
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
from stdnum.au import abn, tfn
from stdnum.ca import bn, sin
from stdnum.cl import rut
from stdnum.cz import bankaccount as cz_bankaccount
from stdnum.cz import dic as ico
from stdnum.cz import rc
from stdnum.dk import cpr, cvr
from stdnum.es import cif, dni, nie
from stdnum.gr import amka
from stdnum.gr import vat as afm
from stdnum.ie import pps
from stdnum.jp import in_ as my_number
from stdnum.mx import curp, rfc
from stdnum.nl import bsn
from stdnum.pl import nip, pesel
from stdnum.us import itin, rtn, ssn

REPO = Path(__file__).resolve().parents[1]
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

from benchmarks.classification import heldout_v2_accuracy, heldout_v168
from benchmarks.classification import heldout_v168_values as values
from governance_dagster.kinds import Kind
from tests import heldout_support
from tests.heldout_support import column as _column
from tests.heldout_support import columns as _columns
from tests.heldout_support import misses as _misses
from tests.heldout_support import null_share as _null_share

LANGUAGES = {"en", "pl", "es", "nl", "ja", "el", "cs", "da"}
PERSON_KINDS = {"person_name", "first_name", "last_name"}

scored_file, built = heldout_support.set_fixtures("v168")
_cells = heldout_support.Cells(heldout_v168.NULLISH)
_nullish, _real, _values = _cells.nullish, _cells.real, _cells.values

GB, AU, CA, IE = (
    "wyevalley_soft_fruit.picker_hostel_beds",
    "graniteBeltLabourHire.palmPlacements",
    "NorfolkSawpHousing.WorkerArrivals",
    "bandon_mart.sle_ent_kpr",
)
COBOL, STG, CL = (
    "KRNFLC.CREW_PAY_EXTRACT",
    "stg_sq_campos.src_crm_jornaleros_raw",
    "agrofondo_losrios.grant_applications_json",
)
PL, ES, NL, JP = (
    "osm_zambrow.dostawcy_mleka_wyplaty",
    "albergue_segria.plazas_temporeros",
    "flexwerk_horst.plaatsingenHuisvesting",
    "miyakonojo_chikusan.kachiku_idou_kiroku",
)
GR, CZ, DK = (
    "ενισχύσεις_καρδίτσας.αιτήσεις_οσδε",
    "zd_hana_kromeriz.pujcovna_techniky",
    "dyrlaegerne_haderslev.Besaetningsbesoeg",
)


def _str(values: list) -> list[str]:
    return [str(x).strip() for x in values if x not in (0, None)]


def _digits(text: str) -> str:
    return "".join(ch for ch in text if ch.isdigit())


def _rows(built: list, table: str, first: str, second: str) -> list[tuple[object, object]]:
    a, b = _column(built, table, first).values, _column(built, table, second).values
    return [(x, y) for x, y in zip(a, b, strict=True) if x is not None and y is not None]


def _layout(layout: str) -> str:
    """The regular expression of a :meth:`values.Gen.code` layout."""
    classes = {"A": "[A-Z]", "9": "[0-9]", "Z": "[0-9A-Z]"}
    return "".join(classes.get(ch, re.escape(ch)) for ch in layout)


def test_when_two_small_tables_are_built_again_then_every_value_is_the_same(built) -> None:
    assert heldout_support.rebuilt_differently(heldout_v168, built) == []


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
        "misleading_name",
        "split_address",
        "split_dob",
        "locality",
        "premises",
        "home_country",
        "holding",
        "animal",
        "multi_document",
        "era_date",
        "coordinates",
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
    labels = heldout_v168.labels(built)
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
            "holding",
            "animal",
            "coordinates",
        }:
            assert col.kind == "none", col.name
        if col.kind == "none":
            assert col.tags & {"business", "decoy"}, col.name
        if col.tags & {"custom_field"}:
            assert col.kind == "free_text", col.name
        if col.tags & {"misleading_name"}:
            assert col.kind == "free_text" and "custom_field" in col.tags, col.name
        if col.tags & {"split_address", "premises"}:
            assert col.kind == "street_address", col.name
        if col.tags & {"split_dob", "era_date"}:
            assert col.kind == "date_of_birth", col.name
        if col.tags & {"locality"}:
            assert col.kind == "city", col.name
        if col.tags & {"home_country"}:
            assert col.kind in {"street_address", "city", "phone"}, col.name
        if col.tags & {"multi_document"}:
            assert col.kind == "national_id", col.name
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
        "team_leader",
        "welfareOfficer",
        "LiaisonOfficer",
        "clk_nm",
        "CREW-LDR",
        "col22",
        "reviewer.name",
        "inspektor_skupu",
        "responsable_albergue",
        "intercedent",
        "tantousha",
        "γεωπόνος",
        "predal",
        "Dyrlaege",
    } == {c.name for c in staff}
    for col in staff:
        assert col.kind in PERSON_KINDS and 2 <= len(set(_real(col.values))) <= 8, col.name


def test_when_a_role_word_holds_people_then_it_is_personal(built) -> None:
    role = [c for c in _columns(built) if "role_word" in c.tags]
    assert len(role) >= 15 and all(c.kind != "none" for c in role)
    assert {
        "next_of_kin",
        "next_of_kin_phone",
        "nextOfKinName",
        "SpouseName",
        "byr_nm",
        "col17",
        "spouse.name",
        "wspolmalzonek",
        "contacto_familiar",
        "noodcontact",
        "πατρώνυμο",
        "μητρώνυμο",
        "σύζυγος",
        "Driftsleder",
    } <= {c.name for c in role}


def test_when_a_custom_field_is_built_then_it_mixes_phones_emails_and_names(built) -> None:
    custom = [c for c in _columns(built) if "custom_field" in c.tags]
    assert len(custom) >= 10
    assert {c.name for c in custom if "misleading_name" in c.tags} == {"misc_1", "code", "Notes2", "udf3", "poznamka_2"}
    for col in custom:
        vals = [str(x) for x in _real(col.values)]
        mails = sum("@" in x for x in vals)
        digits = sum(sum(ch.isdigit() for ch in x) >= 7 and "@" not in x for x in vals)
        assert 0.15 <= mails / len(vals) <= 0.5 and 0.25 <= digits / len(vals) <= 0.6, col.name


def test_when_a_custom_field_holds_codes_then_it_holds_no_contact_data(built) -> None:
    plain = [c for c in _columns(built) if "custom_plain" in c.tags]
    assert len(plain) >= 3
    for col in plain:
        vals = [str(x) for x in _real(col.values)]
        assert vals and _misses(vals, lambda x: "@" not in x and sum(ch.isdigit() for ch in x) < 5) == 0, col.name


#: (table, column, check) for every checksummed (or rule-checked) identifier of a person
CHECKED: list[tuple[str, str, object]] = [
    (GB, "ni_number", values.nino_ok),
    (AU, "tfn", tfn.is_valid),
    (CA, "Sin", lambda x: sin.is_valid(x) and _digits(x).startswith("9")),
    (CA, "OhipNumber", lambda x: len(_digits(x)) == 10 and luhn.is_valid(_digits(x))),
    (IE, "kpr_ppsn", pps.is_valid),
    (COBOL, "WKR-SSN", lambda x: ssn.is_valid(f"{int(x):09d}")),
    (COBOL, "WKR-ITIN", itin.is_valid),
    (STG, "col04", curp.is_valid),
    (STG, "col05", lambda x: rfc.is_valid(x, validate_check_digits=True) and len(x) == 13),
    (STG, "col06", lambda x: len(x) == 11 and luhn.is_valid(x)),
    (CL, "applicant.rut", rut.is_valid),
    (PL, "pesel", pesel.is_valid),
    (PL, "nr_dowodu", values.pl_id_ok),
    (ES, "naf", values.naf_ok),
    (NL, "bsn", bsn.is_valid),
    (JP, "my_number", my_number.is_valid),
    (GR, "αφμ", afm.is_valid),
    (GR, "αμκα", amka.is_valid),
    (CZ, "rodne_cislo", rc.is_valid),
    (DK, "CprNummer", cpr.is_valid),
]
SSN_COLUMNS = {(GB, "ni_number"), (CA, "Sin"), (IE, "kpr_ppsn"), (COBOL, "WKR-SSN"), (STG, "col06"), (ES, "naf")}


def test_when_an_identifier_column_is_built_then_every_value_passes_its_check(built) -> None:
    for table, name, check in CHECKED:
        vals = _str(_values(built, table, name))
        assert len(vals) >= 40 and _misses(vals, check) == 0, name
        expected = "ssn" if (table, name) in SSN_COLUMNS | {(GR, "αμκα")} else "national_id"
        assert _column(built, table, name).kind == expected, name
    assert {(t.name, c.name) for t in built for c in t.columns if c.kind == "ssn"} == SSN_COLUMNS | {(GR, "αμκα")}
    itins = _rows(built, COBOL, "WKR-ITIN", "WKR-SSN")
    assert len(itins) >= 40 and _misses(itins, lambda r: r[1] == 0) == 0


def test_when_an_identity_document_column_mixes_types_then_each_value_has_its_types_form(built) -> None:
    documents = _rows(built, ES, "tipo_documento", "numero_documento")
    assert {kind for kind, _ in documents} == {"DNI", "NIE", "Pasaporte"}
    passports = "|".join(_layout(layout) for layout in values.HOSTEL_PASSPORTS.values())
    checks = {
        "DNI": dni.is_valid,
        "NIE": nie.is_valid,
        "Pasaporte": lambda x: bool(re.fullmatch(passports, x)) and not dni.is_valid(x) and not nie.is_valid(x),
    }
    assert _misses(documents, lambda r: checks[r[0]](r[1])) == 0
    cards = _rows(built, NL, "documentType", "documentNummer")
    shapes = {
        "Pools ID-kaart": values.pl_id_ok,
        "Roemeense ID-kaart": lambda x: bool(re.fullmatch(r"[A-Z]{2}\d{6}", x)),
        "Bulgaarse ID-kaart": lambda x: bool(re.fullmatch(r"6\d{8}", x)),
        "Litouwse ID-kaart": lambda x: bool(re.fullmatch(r"3\d{7}", x)),
    }
    assert {kind for kind, _ in cards} == set(shapes)
    assert len(cards) >= 200 and _misses(cards, lambda r: shapes[r[0]](r[1])) == 0


def test_when_an_identifier_has_no_public_check_then_it_has_its_documented_shape(built) -> None:
    pickers = "|".join(_layout(layout) for _, _, layout, _ in values.PICKER_NATIONS.values())
    palm = "|".join(_layout(layout) for *_, layout in values.PALM_NATIONS.values())
    sawp = "|".join(_layout(layout) for *_, layout in values.SAWP_NATIONS.values())
    shapes = [
        (GB, "passport_no", pickers),
        (AU, "passportNumber", palm),
        (AU, "previousPassportNumber", palm),
        (CA, "PassportNumber", sawp),
        (CA, "OntarioDriverLicence", r"[A-Z]\d{4}-\d{5}-\d{5}"),
        (GR, "αδτ", r"Α[Α-Ω] \d{6}"),
        (CZ, "cislo_op", r"[1-9]\d{8}"),
        (CZ, "ridicsky_prukaz", r"E[A-G] \d{6}"),
    ]
    for table, name, shape in shapes:
        vals = _str(_values(built, table, name))
        assert len(vals) >= 40 and _misses(vals, lambda x, s=shape: re.fullmatch(s, x)) == 0, name
        assert _column(built, table, name).kind == "national_id", name
    passports = _rows(built, GB, "nationality", "passport_no")
    assert _misses(passports, lambda r: re.fullmatch(_layout(values.PICKER_NATIONS[r[0]][2]), r[1])) == 0


def test_when_a_national_id_encodes_a_birth_date_then_it_is_the_rows(built) -> None:
    checks = [
        (STG, "col04", "col03", curp.get_birth_date, "%d/%m/%Y"),
        (PL, "pesel", "data_urodzenia", pesel.get_birth_date, "%d.%m.%Y"),
        (CZ, "rodne_cislo", "datum_narozeni", rc.get_birth_date, "%d.%m.%Y"),
        (DK, "CprNummer", "Foedselsdato", cpr.get_birth_date, "%Y-%m-%d"),
    ]
    for table, number, born, decode, fmt in checks:
        rows = _rows(built, table, number, born)
        assert len(rows) >= 200, number
        assert _misses(rows, lambda r, d=decode, f=fmt: d(r[0]) == datetime.strptime(r[1], f).date()) == 0, number
    rows = _rows(built, GR, "αμκα", "ημερομηνία_γέννησης")
    assert len(rows) >= 200
    assert _misses(rows, lambda r: r[0][:6] == datetime.strptime(r[1], "%d-%m-%Y").strftime("%d%m%y")) == 0
    rfcs = _rows(built, STG, "col05", "col04")
    assert (
        len(rfcs) >= 100
        and _misses(rfcs, lambda r: (r[0][0], r[0][2], r[0][4:10]) == (r[1][0], r[1][2], r[1][4:10])) == 0
    )


def test_when_a_date_of_birth_is_numeric_text_era_or_split_then_it_decodes_to_a_real_date(built) -> None:
    ymd = [x for x in _column(built, COBOL, "WKR-DOB").values if x]
    assert len(ymd) >= 200
    assert _misses(ymd, lambda x: 1958 <= datetime(x // 10_000, x // 100 % 100, x % 100).year <= 2007) == 0
    assert sum(x == 0 for x in _column(built, COBOL, "WKR-DOB").values) >= 5
    for table, name, fmt in (
        (AU, "dateOfBirth", "%d/%m/%Y"),
        (CA, "DateOfBirth", "%B %d, %Y"),
        (IE, "kpr_dob", "%d-%b-%Y"),
        (STG, "col03", "%d/%m/%Y"),
        (CL, "applicant.birth_date", "%d-%m-%Y"),
        (PL, "data_urodzenia", "%d.%m.%Y"),
        (ES, "fecha_nacimiento", "%d/%m/%Y"),
        (GR, "ημερομηνία_γέννησης", "%d-%m-%Y"),
        (CZ, "datum_narozeni", "%d.%m.%Y"),
        (DK, "Foedselsdato", "%Y-%m-%d"),
    ):
        vals = _values(built, table, name)
        assert len(vals) >= 200, name
        assert _misses(vals, lambda x, f=fmt: 1938 <= datetime.strptime(x, f).year <= 2007) == 0, name
    era = _values(built, JP, "shiyousha_seinengappi")
    assert len(era) >= 200 and _misses(era, lambda x: 1938 <= values.from_wareki(x).year <= 1998) == 0
    assert _misses(era, lambda x: values.wareki(values.from_wareki(x)) == x) == 0
    assert any(x.startswith("昭和") for x in era) and any(x.startswith("平成") for x in era)
    parts = list(zip(*(_column(built, NL, f"geboorte{n}").values for n in ("jaar", "maand", "dag")), strict=True))
    assert len(parts) >= 200 and _misses(parts, lambda p: 1966 <= date(*p).year <= 2006) == 0
    assert {c.sql_type for c in heldout_support.table(built, GB).columns if c.kind == "date_of_birth"} == {"DATE"}


def test_when_an_animal_has_a_birth_date_then_it_is_a_recent_date_labeled_none(built) -> None:
    for table, name in ((IE, "anml_dob"), (JP, "shussei_bi")):
        col = _column(built, table, name)
        assert col.kind == "none" and "animal" in col.tags and col.sql_type == "DATE", name
        assert _misses(_real(col.values), lambda d: date(2023, 1, 1) <= d <= date(2026, 1, 1)) == 0, name
    holdings = {c.name for c in _columns(built) if "holding" in c.tags}
    assert holdings == {
        "herd_no",
        "byr_hrd_no",
        "farm.rol_avaluo",
        "nr_siedziby_stada",
        "shiyou_basho_bangou",
        "κωδικός_εκμετάλλευσης",
        "ChrNummer",
    }


def test_when_a_decoy_is_shaped_like_an_identifier_then_it_fails_its_check(built) -> None:
    for table, name, ok, size in (
        (GB, "picker_no", lambda x: not values.nino_ok(x), 6),
        (AU, "employeeCode", lambda x: not tfn.is_valid(x), 9),
        (CA, "HousingFileNumber", lambda x: not sin.is_valid(x), 9),
        (IE, "stlmt_ref", lambda x: not pps.is_valid(x), 7),
        (COBOL, "PAY-CTL-NO", lambda x: not ssn.is_valid(x) and not itin.is_valid(x), 9),
        (STG, "col14", lambda x: len(x) == 18 and not curp.is_valid(x), 8),
        (CL, "application.folio", lambda x: not rut.is_valid(x), None),
        (PL, "nr_faktury_rr", lambda x: not pesel.is_valid(x), 11),
        (ES, "num_expediente", lambda x: not dni.is_valid(x), 8),
        (NL, "dossierNummer", lambda x: not bsn.is_valid(x), 9),
        (JP, "uketsuke_bangou", lambda x: not my_number.is_valid(x), 12),
        (GR, "αριθμός_πρωτοκόλλου", lambda x: not afm.is_valid(x), 9),
        (CZ, "cislo_smlouvy", lambda x: not rc.is_valid(x), 10),
        (DK, "JournalNr", lambda x: not cpr.is_valid(x), 10),
    ):
        vals = _str(_values(built, table, name))
        assert len(vals) >= 200 and _misses(vals, lambda x, f=ok, n=size: n in (None, len(_digits(x))) and f(x)) == 0
        assert _column(built, table, name).kind == "none", name
    shaped = [c for c in _columns(built) if "value_shape" in c.tags]
    assert len(shaped) >= 20 and all(c.kind == "none" for c in shaped)


def test_when_a_business_or_bank_number_has_a_check_digit_then_it_passes_and_is_none(built) -> None:
    checked = [
        (AU, "hostFarmAbn", abn.is_valid),
        (CA, "EmployerBusinessNumber", lambda x: x.endswith(" RP0001") and bn.is_valid(x.split()[0])),
        (COBOL, "DD-ABA", rtn.is_valid),
        (PL, "nip_gospodarstwa", nip.is_valid),
        (ES, "cif_empleador", cif.is_valid),
        (CZ, "ico", ico.is_valid),
        (DK, "CvrNummer", cvr.is_valid),
    ]
    assert {name for _, name, _ in checked} == {c.name for c in _columns(built) if "check_digit" in c.tags}
    for table, name, check in checked:
        vals = _str(_values(built, table, name))
        assert len(vals) >= 80 and _misses(vals, check) == 0, name
        assert _column(built, table, name).kind == "none", name


def test_when_a_card_column_is_built_then_every_number_passes_luhn(built) -> None:
    cards = [c for c in _columns(built) if c.kind == "credit_card"]
    assert {c.name for c in cards} == {"col20", "kauce_karta"}
    for col in cards:
        vals = [_digits(x) for x in _str(_real(col.values))]
        assert len(vals) >= 40 and _misses(vals, lambda x: len(x) == 16 and luhn.is_valid(x)) == 0, col.name


def test_when_an_iban_or_bank_account_column_is_built_then_every_value_passes_its_check(built) -> None:
    ibans = [c for c in _columns(built) if c.kind == "iban"]
    assert {c.name for c in ibans} == {"sttl_iban", "rachunek_bankowy", "iban_nomina", "ibanLoon", "ιβαν_πληρωμής"}
    for col in ibans:
        vals = _str(_real(col.values))
        assert len(vals) >= 40 and _misses(vals, iban.is_valid) == 0, col.name
    clabes = _str(_values(built, STG, "col19"))
    assert len(clabes) >= 80 and _misses(clabes, values.clabe_ok) == 0
    accounts = _str(_values(built, CZ, "cislo_uctu"))
    assert len(accounts) >= 80 and _misses(accounts, cz_bankaccount.is_valid) == 0
    cuenta = _rows(built, CL, "payment.cuenta_rut", "applicant.rut")
    assert len(cuenta) >= 80 and _misses(cuenta, lambda r: rut.compact(r[1])[:-1] == r[0]) == 0
    banks = [c for c in _columns(built) if "bank_account" in c.tags]
    assert {c.name for c in banks} == {
        "bank_sort_account",
        "payAccount",
        "DD-ACCT-NO",
        "col19",
        "payment.cuenta_rut",
        "furikomi_kouza",
        "cislo_uctu",
        "Bankkonto",
    }
    assert {c.name for c in _columns(built) if "username" in c.tags} == {"lst_upd_by"}
    assert all(c.kind == "unclassified" for c in _columns(built) if c.tags & {"bank_account", "username"})


def test_when_a_column_is_labeled_ip_address_then_every_value_is_an_ip(built) -> None:
    ips = [c for c in _columns(built) if c.kind == "ip_address"]
    assert len(ips) >= 3
    for col in ips:
        vals = _str(_real(col.values))
        assert len(vals) >= 150 and _misses(vals, lambda x: bool(ipaddress.ip_address(x))) == 0, col.name


def _region_of(text: str, region: str) -> str | None:
    """The region of a valid number written in ``region``'s or the international form, or None."""
    try:
        number = phonenumbers.parse(text, region)
    except phonenumbers.NumberParseException:
        return None
    return phonenumbers.region_code_for_number(number) if phonenumbers.is_valid_number(number) else None


#: table -> the region of its phones
PHONE_REGIONS = {
    GB: "GB",
    AU: "AU",
    CA: "CA",
    IE: "IE",
    COBOL: "US",
    STG: "MX",
    CL: "CL",
    PL: "PL",
    ES: "ES",
    NL: "NL",
    JP: "JP",
    GR: "GR",
    CZ: "CZ",
    DK: "DK",
}
#: (table, column) -> the regions of a phone in a seasonal worker's home country
HOME_PHONES = {
    (GB, "next_of_kin_phone"): {"KG", "UZ", "TJ", "KZ", "NP", "ID"},
    (AU, "nextOfKinPhone"): {"VU", "WS", "TO", "FJ", "TL", "SB"},
    (CA, "HomeCountryPhone"): {"MX", "JM", "TT"},
    (ES, "telefono_familiar"): {"ES", "MA", "SN", "ML", "RO", "CO"},
    (NL, "noodcontactTelefoon"): {"PL", "RO", "BG", "LT"},
}


def test_when_a_column_is_labeled_phone_then_every_number_is_valid_for_its_region(built) -> None:
    phones = [(t, c) for t in built for c in t.columns if c.kind == "phone"]
    assert len(phones) >= 20 and {t.name for t, _ in phones} == set(PHONE_REGIONS)
    assert {(t.name, c.name) for t, c in phones if "home_country" in c.tags} == set(HOME_PHONES)
    for table, col in phones:
        region = PHONE_REGIONS[table.name]
        allowed = HOME_PHONES.get((table.name, col.name), {region})
        vals = _str(_real(col.values))
        assert len(vals) >= 40, f"{table.name}.{col.name}"
        assert _misses(vals, lambda x, r=region, a=allowed: _region_of(x, r) in a) == 0, f"{table.name}.{col.name}"
    nations = {nation: spec[0] for nation, spec in values.PICKER_NATIONS.items()}
    home = _rows(built, GB, "nationality", "next_of_kin_phone")
    assert len(home) >= 200 and _misses(home, lambda r: _region_of(r[1], "GB") == nations[r[0]]) == 0
    sawp = {nation: spec[0] for nation, spec in values.SAWP_NATIONS.items()}
    home = _rows(built, CA, "CountryOfOrigin", "HomeCountryPhone")
    assert len(home) >= 200 and _misses(home, lambda r: _region_of(r[1], "CA") == sawp[r[0]]) == 0


def test_when_a_business_column_is_built_then_it_holds_no_private_value_of_its_table(built) -> None:
    for table in built:
        private = {str(x).strip() for c in table.columns if c.kind != "none" for x in _real(c.values)}
        for col in (c for c in table.columns if "business" in c.tags):
            assert _misses(_str(_real(col.values)), lambda x, p=private: x not in p) == 0, col.name


def test_when_seasonal_workers_are_built_then_their_home_towns_and_names_are_their_nations(built) -> None:
    towns = _rows(built, GB, "nationality", "home_town")
    nations = {nation: spec[0] for nation, spec in values.PICKER_NATIONS.items()}
    assert len(towns) >= 200 and _misses(towns, lambda r: r[1] in values.home_towns(nations[r[0]])) == 0
    second = _rows(built, CA, "CountryOfOrigin", "SecondSurname")
    assert len(second) >= 100 and _misses(second, lambda r: r[0] == "MEX") == 0
    itin_only = _rows(built, COBOL, "H2A-FLAG", "WKR-SSN")
    assert _misses([r for r in itin_only if r[0] == "Y"], lambda r: r[1] == 0) == 0


def test_when_the_greek_and_japanese_tables_are_built_then_their_values_are_in_their_scripts(built) -> None:
    greek = "[\u0370-\u03ff\u1f00-\u1fff]"
    table = heldout_support.table(built, GR)
    assert re.search(greek, table.name) and all(re.search(greek, c.name) for c in table.columns)
    for name in ("επώνυμο", "όνομα", "πατρώνυμο", "μητρώνυμο", "πόλη", "σύζυγος"):
        vals = _values(built, GR, name)
        assert _misses(vals, lambda x: bool(re.fullmatch(r"[\u0370-\u03ff\u1f00-\u1fff -]+", str(x)))) == 0, name
    table = heldout_support.table(built, JP)
    assert all(re.fullmatch(r"[a-z_0-9]+", c.name) for c in table.columns)
    kanji, kana = r"[\u4e00-\u9fff]+ [\u4e00-\u9fff]+", r"[\u30a0-\u30ff]+ [\u30a0-\u30ff]+"
    for name, script in (("shiyousha_shimei", kanji), ("shiyousha_kana", kana)):
        vals = _values(built, JP, name)
        assert len(vals) >= 200 and _misses(vals, lambda x, s=script: bool(re.fullmatch(s, str(x)))) == 0, name
    reading = _rows(built, JP, "shiyousha_shimei", "shiyousha_kana")
    assert _misses(reading, lambda r: values.kana(r[0]) == r[1]) == 0


def test_when_an_opaque_staging_table_is_built_then_every_column_is_colnn(built) -> None:
    table = heldout_support.table(built, STG)
    assert table.name.split(".")[1].startswith("src_crm_")
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
    assert sum(x == 0 for x in _column(built, COBOL, "WKR-SSN").values) >= 10
    census = set(values.census("all.last", 400))
    surnames = _str(_column(built, COBOL, "WKR-LAST-NM").values)
    assert _misses(surnames, lambda x: x.title() in census) == 0


def test_when_the_scorer_builds_set_v168_then_the_file_holds_every_table_with_its_rows(scored_file) -> None:
    built, path = scored_file
    with duckdb.connect(str(path), read_only=True) as con:
        for table in built:
            schema, name = table.name.split(".", 1)
            count = con.execute(f'SELECT count(*) FROM "{schema}"."{name}"').fetchone()[0]
            assert count == len(table.columns[0].values), table.name
    assert heldout_v168.summary(built).startswith(f"{len(built)} tables")
    assert heldout_v2_accuracy.SETS["v168"].DEFAULT_PATH == Path("/tmp/heldout_v168.duckdb")
