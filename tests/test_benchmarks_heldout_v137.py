"""Held-out set v137: its size, languages, naming styles, labels, row counts, NULL and NULL-word shares, staff and role
words, custom fields, identifiers with check digits (and the birth dates they encode), phones valid for their region,
decoys failing their checks and its determinism are the ones asked for (values are only counted or checked here,
never printed).

The set is generated and written once for the module (the scorer's own ``build``); every test reads that build.
Assertion rewriting is off for this module (PYTEST_DONT_REWRITE): a failing assertion shows its source line and
message, never the values."""

from __future__ import annotations

import re
import sys
from datetime import date, timedelta
from pathlib import Path

import duckdb
import phonenumbers
import pytest
from stdnum import iban, luhn
from stdnum.ar import cuit
from stdnum.at import uid as at_uid
from stdnum.at import vnr
from stdnum.be import nn
from stdnum.be import ssn as be_ssn
from stdnum.ca import bc_phn, sin
from stdnum.dk import cpr, cvr
from stdnum.gb import nhs
from stdnum.id import nik
from stdnum.il import idnr as il_idnr
from stdnum.my import nric
from stdnum.pl import nip, pesel
from stdnum.pt import cc as pt_cc
from stdnum.pt import nif as pt_nif
from stdnum.ua import rntrc
from stdnum.us import ssn
from stdnum.za import idnr as za_idnr

REPO = Path(__file__).resolve().parents[1]
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

from benchmarks.classification import heldout_v2_accuracy, heldout_v137
from benchmarks.classification import heldout_v137_values as values
from governance_dagster.kinds import Kind
from tests import heldout_support
from tests.heldout_support import column as _column
from tests.heldout_support import columns as _columns
from tests.heldout_support import misses as _misses
from tests.heldout_support import null_share as _null_share

LANGUAGES = {"en", "da", "de", "fr", "es", "pt", "uk", "pl"}
PERSON_KINDS = {"person_name", "first_name", "last_name"}

scored_file, built = heldout_support.set_fixtures("v137")
_cells = heldout_support.Cells(heldout_v137.NULLISH)
_nullish, _real, _values = _cells.nullish, _cells.real, _cells.values


def _str(items: list) -> list[str]:
    return [str(x).strip() for x in items if x not in (0, None)]


def _compact(text: str) -> str:
    return re.sub(r"[\s.\-/]", "", text)


def test_when_two_small_tables_are_built_again_then_every_value_is_the_same(built) -> None:
    assert heldout_support.rebuilt_differently(heldout_v137, built) == []


def test_when_the_set_is_built_then_it_has_the_size_languages_styles_and_labels_asked_for(built) -> None:
    columns = _columns(built)
    assert len(built) == 15 and 250 <= len(columns) <= 360
    assert len({t.name.split(".")[0] for t in built}) == 15
    assert all(len({c.name.lower() for c in t.columns}) == len(t.columns) for t in built)
    assert LANGUAGES == {t.language_of(c) for t in built for c in t.columns}
    english = [t for t in built if t.language == "en"]
    assert len(english) == 8
    assert {t.style for t in english} == {"snake", "camel", "pascal", "screaming", "abbrev", "cobol", "opaque", "json"}
    others = [t.language for t in built if t.language != "en"]
    assert sorted(others) == sorted(LANGUAGES - {"en"})
    assert {c.kind for c in columns} <= {k.value for k in Kind}
    assert {k.value for k in Kind} == {c.kind for c in columns}
    tags = {tag for c in columns for tag in c.tags}
    assert {"decoy", "business", "null_heavy", "nullword_heavy", "abbrev", "value_shape", "staff", "role_word",
            "join_key", "legacy", "opaque", "json_path", "custom_field", "custom_code", "username", "dob_part",
            "mixed_country", "patronymic"} <= tags
    labels = heldout_v137.labels(built)
    assert set(labels) == {t.name for t in built}
    assert sum(len(cols) for cols in labels.values()) == len(columns)


def test_when_a_column_is_tagged_then_its_label_follows_the_conventions(built) -> None:
    for col in _columns(built):
        if col.tags & {"business", "decoy", "join_key", "custom_code"}:
            assert col.kind == "none", col.name
        if col.kind == "none":
            assert col.tags & {"business", "decoy"}, col.name
        if "custom_field" in col.tags:
            assert col.kind == "free_text", col.name
        if col.kind == "unclassified":
            assert "username" in col.tags, col.name
        if col.tags & {"dob_part"}:
            assert col.kind == "date_of_birth", col.name
        if "patronymic" in col.tags:
            assert col.kind == "first_name", col.name


def test_when_the_set_is_built_then_every_table_has_200_to_800_rows_in_every_column(built) -> None:
    for table in built:
        lengths = {len(c.values) for c in table.columns}
        assert len(lengths) == 1 and 200 <= lengths.pop() <= 800, table.name


def test_when_a_column_is_tagged_null_heavy_then_70_to_95_percent_of_it_is_null(built) -> None:
    heavy = [c for c in _columns(built) if "null_heavy" in c.tags]
    assert len(heavy) >= 12
    for col in heavy:
        assert col.kind != "none" and 0.70 <= _null_share(col) <= 0.95, col.name


def test_when_a_column_is_tagged_nullword_heavy_then_70_to_95_percent_of_it_is_null_words(built) -> None:
    heavy = [c for c in _columns(built) if "nullword_heavy" in c.tags]
    assert len(heavy) >= 10
    for col in heavy:
        share = sum(_nullish(x) for x in col.values) / len(col.values)
        assert col.kind != "none" and 0.70 <= share <= 0.95, col.name
        assert sum(x is None for x in col.values) == 0, col.name


def test_when_a_column_is_not_tagged_null_heavy_then_less_than_70_percent_of_it_is_null(built) -> None:
    for table in built:
        for col in table.columns:
            if not col.tags & {"null_heavy", "nullword_heavy"}:
                assert _null_share(col) < 0.70, f"{table.name}.{col.name}"
                assert sum(_nullish(x) for x in col.values) / len(col.values) < 0.70, f"{table.name}.{col.name}"


def test_when_a_column_is_tagged_staff_then_it_has_2_to_8_distinct_people(built) -> None:
    staff = [c for c in _columns(built) if "staff" in c.tags]
    assert len(staff) >= 15
    for col in staff:
        assert col.kind in PERSON_KINDS and 2 <= len(set(_real(col.values))) <= 8, col.name
    names = {c.name for c in staff}
    assert {"enrolled_by", "ApprovedBy", "ADMITTED_BY", "cashier", "adjudication.agent", "godkendt_af", "cajero",
            "касир"} <= names


def test_when_a_role_word_holds_people_then_it_is_personal(built) -> None:
    role = [c for c in _columns(built) if "role_word" in c.tags]
    assert len(role) >= 12 and all(c.kind != "none" for c in role)
    assert {"mainMemberName", "LineManager", "NOK_NAME", "NOK_CONTACT", "prscbr_nm", "TREAT-DENTIST-NM",
            "provider.practitioner", "dg_ansprechpartner", "titulaire_nom", "довірена_особа",
            "OsobaWspolubezpieczona"} <= {c.name for c in role}


def test_when_a_custom_field_is_built_then_it_holds_personal_data_or_only_codes(built) -> None:
    custom = [c for c in _columns(built) if "custom_field" in c.tags]
    assert len(custom) >= 6
    for col in custom:
        items = [str(x) for x in _real(col.values)]
        mails = sum("@" in x for x in items)
        digits = sum(sum(ch.isdigit() for ch in x) >= 7 and "@" not in x for x in items)
        assert 0.15 <= mails / len(items) <= 0.5 and 0.25 <= digits / len(items) <= 0.6, col.name
    codes = [c for c in _columns(built) if "custom_code" in c.tags]
    assert len(codes) >= 6
    for col in codes:
        items = [str(x) for x in _real(col.values)]
        assert items and _misses(items, lambda x: "@" not in x and sum(ch.isdigit() for ch in x) < 7) == 0, col.name


#: (table, column, check) for every checksummed identifier column
CHECKED: list[tuple[str, str, object]] = [
    ("rgh_members.policy_members", "ssn", ssn.is_valid),
    ("kznDocBook.appointmentBookings", "saIdNumber", za_idnr.is_valid),
    ("ClydeOccHealth.HealthSurveillance", "ChiNumber", nhs.is_valid),
    ("wa_rx.rx_disp_hist", "mcare_no", values.medicare_au_is_valid),
    ("wa_rx.rx_disp_hist", "ihi_no", lambda x: _compact(x).startswith("800360") and luhn.is_valid(_compact(x))),
    ("DNTLEGCY.CLMEXTR", "SUBSCR-SSN", lambda x: ssn.is_valid(f"{int(x):09d}")),
    ("stg_kupa.src_crm_feed", "src_crm_col03", il_idnr.is_valid),
    ("benefits_portal.claim_export_flat", "member.phn", bc_phn.is_valid),
    ("benefits_portal.claim_export_flat", "member.sin", sin.is_valid),
    ("tryghed_sundhed.skadesanmeldelser", "cpr_nr", cpr.is_valid),
    ("amz_linz.arbeitsmed_untersuchungen", "svnr", vnr.is_valid),
    ("mutualite_liege.affilies", "niss", be_ssn.is_valid),
    ("clinica_cba.turnos", "cuil", cuit.is_valid),
    ("laboratorio_porto.requisicoes_analises", "nif", pt_nif.is_valid),
    ("laboratorio_porto.requisicoes_analises", "n_cc", pt_cc.is_valid),
    ("dentika_lviv.плани_лікування", "рнокпп", rntrc.is_valid),
    ("MedPakiet.UmowyAbonamentowe", "Pesel", pesel.is_valid),
]


@pytest.mark.parametrize(("table", "name", "check"), CHECKED, ids=[f"{t}.{c}" for t, c, _ in CHECKED])
def test_when_an_identifier_column_is_built_then_every_value_passes_its_checksum(built, table, name, check) -> None:
    items = _str(_values(built, table, name))
    assert len(items) >= 80 and _misses(items, check) == 0
    assert _column(built, table, name).kind in {"ssn", "national_id"}


def test_when_identifiers_of_several_countries_share_a_column_then_each_passes_its_own_check(built) -> None:
    table = "KLMC_ADM.INPATIENT_ADMISSIONS"
    rows = list(zip(_column(built, table, "ID_TYPE").values, _column(built, table, "ID_NO").values,
                    _column(built, table, "DOB").values))
    checks = {"MYKAD": lambda x, d: nric.is_valid(x) and nric.get_birth_date(x).strftime("%y%m%d") ==
              d.strftime("%y%m%d"),
              "NRIC-SG": lambda x, d: values.sg_nric_is_valid(x),
              "KTP": lambda x, d: nik.is_valid(x) and nik.get_birth_date(x).strftime("%m%d") == d.strftime("%m%d"),
              "PASSPORT": lambda x, d: bool(re.fullmatch(r"[A-Z0-9]{8,9}", x))}
    assert {r[0] for r in rows} == set(checks)
    assert all(sum(r[0] == kind for r in rows) >= 20 for kind in checks)
    assert _misses(rows, lambda r: checks[r[0]](r[1], r[2])) == 0
    assert _column(built, table, "ID_NO").kind == "national_id"


def test_when_an_iban_or_card_column_is_built_then_every_value_passes_its_check(built) -> None:
    for table, name in (("tryghed_sundhed.skadesanmeldelser", "udbetalings_iban"),
                        ("mutualite_liege.affilies", "num_compte")):
        items = _str(_values(built, table, name))
        assert len(items) >= 80 and _misses(items, iban.is_valid) == 0, name
        assert _column(built, table, name).kind == "iban"
    for table, name in (("kznDocBook.appointmentBookings", "depositCardNumber"),
                        ("KLMC_ADM.INPATIENT_ADMISSIONS", "DEPOSIT_CARD_NO"),
                        ("dentika_lviv.плани_лікування", "карта_оплати")):
        cards = [_compact(x) for x in _str(_values(built, table, name))]
        assert len(cards) >= 60 and _misses(cards, lambda x: len(x) == 16 and luhn.is_valid(x)) == 0, name
        assert _column(built, table, name).kind == "credit_card"


def _ddmmyy(d: date) -> str:
    return d.strftime("%d%m%y")


def test_when_a_national_number_encodes_a_birth_date_then_it_is_the_rows(built) -> None:
    def pairs(table: str, idc: str, dob: str) -> list[tuple[str, object]]:
        rows = zip(_column(built, table, idc).values, _column(built, table, dob).values)
        return [(_compact(str(p)), d) for p, d in rows if p is not None]

    def text_date(s: str) -> date:
        day, month, year = (int(x) for x in s.split("/"))
        return date(year, month, day)

    cases = [
        (pairs("kznDocBook.appointmentBookings", "saIdNumber", "dateOfBirth"),
         lambda p, d: p[:6] == text_date(d).strftime("%y%m%d")),
        (pairs("ClydeOccHealth.HealthSurveillance", "ChiNumber", "DateOfBirth"), lambda p, d: p[:6] == _ddmmyy(d)),
        (pairs("tryghed_sundhed.skadesanmeldelser", "cpr_nr", "foedselsdato"), lambda p, d: cpr.get_birth_date(p) == d),
        (pairs("mutualite_liege.affilies", "niss", "date_naiss"), lambda p, d: nn.get_birth_date(p) == text_date(d)),
        (pairs("dentika_lviv.плани_лікування", "рнокпп", "дата_народження"),
         lambda p, d: date(1899, 12, 31) + timedelta(days=int(p[:5])) == d),
        (pairs("MedPakiet.UmowyAbonamentowe", "Pesel", "DataUrodzenia"), lambda p, d: pesel.get_birth_date(p) == d),
    ]
    for found, check in cases:
        assert len(found) >= 100 and _misses(found, lambda r, f=check: f(*r)) == 0
    table = "amz_linz.arbeitsmed_untersuchungen"
    rows = zip(*(_column(built, table, n).values for n in ("svnr", "geb_tag", "geb_monat", "geb_jahr")))
    assert _misses(list(rows), lambda r: _compact(r[0])[4:] == f"{r[1]:02d}{r[2]:02d}{r[3] % 100:02d}") == 0
    table = "clinica_cba.turnos"
    rows = [(_compact(str(d)), _compact(str(q))) for d, q in zip(_column(built, table, "dni").values,
                                                               _column(built, table, "cuil").values) if q]
    assert len(rows) >= 100 and _misses(rows, lambda r: r[1][2:10] == r[0].zfill(8)) == 0


def test_when_a_date_of_birth_is_numeric_or_split_then_it_decodes_to_a_real_date(built) -> None:
    ymd = [x for x in _column(built, "DNTLEGCY.CLMEXTR", "PAT-DOB").values if x]
    assert len(ymd) >= 600 and _misses(ymd, lambda x: date(x // 10_000, x // 100 % 100, x % 100).year >= 1945) == 0
    table = "amz_linz.arbeitsmed_untersuchungen"
    parts = list(zip(*(_column(built, table, n).values for n in ("geb_jahr", "geb_monat", "geb_tag"))))
    assert _misses(parts, lambda p: bool(date(*p))) == 0
    assert all(_column(built, table, n).sql_type == "INTEGER" for n in ("geb_tag", "geb_monat", "geb_jahr"))
    kinds = {_column(built, t, n).sql_type for t, n in (("rgh_members.policy_members", "date_of_birth"),
                                                        ("kznDocBook.appointmentBookings", "dateOfBirth"),
                                                        ("DNTLEGCY.CLMEXTR", "PAT-DOB"))}
    assert kinds == {"DATE", "VARCHAR", "INTEGER"}


def test_when_a_decoy_is_shaped_like_an_identifier_then_it_fails_its_check(built) -> None:
    for table, name, shape, check in (
            ("rgh_members.policy_members", "policy_number", r"\d{3}-\d{2}-\d{4}", ssn.is_valid),
            ("ClydeOccHealth.HealthSurveillance", "PayrollNo", r"\d{10}", nhs.is_valid),
            ("stg_kupa.src_crm_feed", "src_crm_col12", r"\d{9}", il_idnr.is_valid),
            ("tryghed_sundhed.skadesanmeldelser", "policenr", r"\d{6}-\d{4}", cpr.is_valid),
            ("MedPakiet.UmowyAbonamentowe", "NrKartyPacjenta", r"\d{11}", pesel.is_valid)):
        items = _str(_values(built, table, name))
        assert len(items) >= 100, name
        assert _misses(items, lambda x, s=shape, f=check: bool(re.fullmatch(s, x)) and not f(x)) == 0, name
        assert _column(built, table, name).kind == "none"
    shaped = [c for c in _columns(built) if "value_shape" in c.tags]
    assert len(shaped) >= 20 and all(c.kind == "none" for c in shaped)


def test_when_a_business_identifier_is_built_then_it_passes_its_own_check(built) -> None:
    for table, name, check in (("DNTLEGCY.CLMEXTR", "BILL-PROV-NPI", values.npi_is_valid),
                               ("tryghed_sundhed.skadesanmeldelser", "cvr_nr", cvr.is_valid),
                               ("amz_linz.arbeitsmed_untersuchungen", "dienstgeber_uid", at_uid.is_valid),
                               ("MedPakiet.UmowyAbonamentowe", "NipPracodawcy", nip.is_valid)):
        items = _str(_values(built, table, name))
        assert items and _misses(items, check) == 0, name
        assert _column(built, table, name).kind == "none"


def _phone_valid(text: str, region: str) -> bool:
    try:
        return phonenumbers.is_valid_number(phonenumbers.parse(text, region))
    except phonenumbers.NumberParseException:
        return False


#: table -> the region of its phones
PHONE_REGIONS = {
    "rgh_members.policy_members": "US", "kznDocBook.appointmentBookings": "ZA",
    "ClydeOccHealth.HealthSurveillance": "GB", "KLMC_ADM.INPATIENT_ADMISSIONS": "MY", "wa_rx.rx_disp_hist": "AU",
    "DNTLEGCY.CLMEXTR": "US", "stg_kupa.src_crm_feed": "IL", "benefits_portal.claim_export_flat": "CA",
    "tryghed_sundhed.skadesanmeldelser": "DK", "amz_linz.arbeitsmed_untersuchungen": "AT",
    "mutualite_liege.affilies": "BE", "clinica_cba.turnos": "AR", "laboratorio_porto.requisicoes_analises": "PT",
    "dentika_lviv.плани_лікування": "UA", "MedPakiet.UmowyAbonamentowe": "PL",
}


def test_when_a_column_is_labeled_phone_then_every_number_is_valid_for_its_region(built) -> None:
    phones = [(t, c) for t in built for c in t.columns if c.kind == "phone"]
    assert len(phones) >= 15 and {t.name for t, _ in phones} == set(PHONE_REGIONS)
    formats = set()
    for table, col in phones:
        region = PHONE_REGIONS[table.name]
        items = _str(_real(col.values))
        formats |= {x.startswith("+") for x in items}
        assert len(items) >= 80, f"{table.name}.{col.name}"
        assert _misses(items, lambda x, r=region: _phone_valid(x, r)) == 0, f"{table.name}.{col.name}"
        assert _misses(items, lambda x, r=region: phonenumbers.region_code_for_number(
            phonenumbers.parse(x, r)) == r) == 0, f"{table.name}.{col.name}"
    assert formats == {True, False}


def test_when_a_business_phone_is_built_then_it_is_valid_and_none(built) -> None:
    for table, name in (("rgh_members.policy_members", "employer_hr_phone"),
                        ("kznDocBook.appointmentBookings", "branchPhone"),
                        ("benefits_portal.claim_export_flat", "plan.sponsor.phone"),
                        ("tryghed_sundhed.skadesanmeldelser", "klinik_tlf"),
                        ("mutualite_liege.affilies", "agence_tel")):
        col = _column(built, table, name)
        items = _str(_real(col.values))
        assert col.kind == "none" and "business" in col.tags, name
        assert items and _misses(items, lambda x, r=PHONE_REGIONS[table]: _phone_valid(x, r)) == 0, name


def test_when_a_business_column_is_built_then_it_holds_no_private_value_of_its_table(built) -> None:
    for table in built:
        private = {str(x).strip() for c in table.columns if c.kind != "none" for x in _real(c.values)}
        for col in (c for c in table.columns if "business" in c.tags):
            assert _misses(_str(_real(col.values)), lambda x, p=private: x not in p) == 0, col.name


def test_when_names_are_in_their_own_script_then_hebrew_and_cyrillic_occur(built) -> None:
    hebrew = _values(built, "stg_kupa.src_crm_feed", "src_crm_col02")
    assert len(hebrew) >= 100 and _misses(hebrew, lambda x: all("\u05d0" <= ch <= "\u05ea" or ch == " "
                                                                for ch in str(x))) == 0
    table = heldout_support.table(built, "dentika_lviv.плани_лікування")
    cyrillic = _values(built, table.name, "прізвище")
    assert len(cyrillic) >= 100 and _misses(cyrillic, lambda x: all("\u0400" <= ch <= "\u04ff" or ch == "'"
                                                                    for ch in str(x))) == 0
    native = [c.name for c in table.columns if any("\u0400" <= ch <= "\u04ff" for ch in c.name)]
    assert len(native) >= len(table.columns) - 2


def test_when_opaque_json_and_legacy_tables_are_built_then_their_names_have_that_shape(built) -> None:
    opaque = heldout_support.table(built, "stg_kupa.src_crm_feed")
    assert [c.name for c in opaque.columns] == [f"src_crm_col{i:02d}" for i in range(1, 19)]
    assert all("opaque" in c.tags for c in opaque.columns)
    flat = heldout_support.table(built, "benefits_portal.claim_export_flat")
    assert all("." in c.name and "json_path" in c.tags for c in flat.columns)
    legacy = heldout_support.table(built, "DNTLEGCY.CLMEXTR")
    assert all(re.fullmatch(r"[A-Z0-9]+(-[A-Z0-9]+)+", c.name) for c in legacy.columns)
    padded = [c for c in legacy.columns
              if c.sql_type == "VARCHAR" and any(isinstance(x, str) and x.endswith(" ") for x in c.values)]
    assert len(padded) >= 5
    abbrev = heldout_support.table(built, "wa_rx.rx_disp_hist")
    assert {"pt_fnm", "ctc_ph", "addr_ln1", "dob_dt"} <= {c.name for c in abbrev.columns}


def test_when_the_scorer_builds_set_v137_then_the_file_holds_every_table_with_its_rows(scored_file) -> None:
    built, path = scored_file
    with duckdb.connect(str(path), read_only=True) as con:
        for table in built:
            schema, name = table.name.split(".", 1)
            count = con.execute(f'SELECT count(*) FROM "{schema}"."{name}"').fetchone()[0]
            assert count == len(table.columns[0].values), table.name
    assert heldout_v137.summary(built).startswith("15 tables")
    assert heldout_v2_accuracy.SETS["v137"].DEFAULT_PATH == Path("/tmp/heldout_v137.duckdb")
