"""Held-out set v105: its size, languages, labels, row counts, NULL and NULL-word shares, staff and role words, custom
fields, identifiers with check digits, phones valid for their region, decoys failing their checks and its
determinism are the ones asked for (values are only counted or checked here, never printed).

The set is generated and written once for the module (the scorer's own ``build``); every test reads that build.
Assertion rewriting is off for this module (PYTEST_DONT_REWRITE): a failing assertion shows its source line and
message, never the values."""

from __future__ import annotations

import re
import sys
from datetime import date
from pathlib import Path

import duckdb
import phonenumbers
import pytest
from stdnum import iban, luhn
from stdnum.au import abn, tfn
from stdnum.es import dni, nie
from stdnum.fr import nir
from stdnum.ie import pps
from stdnum.in_ import aadhaar, pan
from stdnum.it import codicefiscale, iva
from stdnum.nz import ird
from stdnum.pl import nip, pesel
from stdnum.ru import inn
from stdnum.tr import tckimlik, vkn
from stdnum.us import ssn
from stdnum.za import idnr

REPO = Path(__file__).resolve().parents[1]
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

from benchmarks.classification import heldout_v2_accuracy, heldout_v105
from benchmarks.classification import heldout_v105_values as values
from governance_dagster.kinds import Kind
from tests import heldout_support
from tests.heldout_support import column as _column
from tests.heldout_support import columns as _columns
from tests.heldout_support import misses as _misses
from tests.heldout_support import null_share as _null_share

LANGUAGES = {"en", "de", "fr", "es", "it", "pl", "tr", "ru"}
PERSON_KINDS = {"person_name", "first_name", "last_name"}
WHEREABOUTS = "AdmsUk.WhereaboutsFilings"
SCHOLAR = "KHELOSCH.SCHOLAR-PAY-EXTRACT"
DCF = "stg_saids.src_dcf_raw"
RUSADA = "rusada_szfo.внесоревновательный_контроль"

scored_file, built = heldout_support.set_fixtures("v105")
_cells = heldout_support.Cells(heldout_v105.NULLISH)
_nullish, _real, _values = _cells.nullish, _cells.real, _cells.values


def test_when_two_small_tables_are_built_again_then_every_value_is_the_same(built) -> None:
    assert heldout_support.rebuilt_differently(heldout_v105, built) == []


def test_when_the_set_is_built_then_it_has_the_size_languages_and_labels_asked_for(built) -> None:
    columns = _columns(built)
    assert len(built) == 15 and 250 <= len(columns) <= 360
    assert len({t.name.split(".")[0] for t in built}) == 15
    assert all(len({c.name.lower() for c in t.columns}) == len(t.columns) for t in built)
    assert LANGUAGES == {t.language_of(c) for t in built for c in t.columns}
    assert sum(t.language == "en" for t in built) == 8
    assert {c.kind for c in columns} <= {k.value for k in Kind}
    assert {"snake", "camel", "pascal", "screaming", "abbrev", "cobol", "as400", "opaque"} <= {t.style for t in built}
    tags = {tag for c in columns for tag in c.tags}
    assert {"decoy", "business", "null_heavy", "nullword_heavy", "abbrev", "value_shape", "staff", "role_word",
            "join_key", "legacy", "opaque", "custom_field", "username"} <= tags
    kinds = {c.kind for c in columns}
    assert {"email", "first_name", "last_name", "person_name", "phone", "ssn", "national_id", "credit_card", "iban",
            "ip_address", "street_address", "postal_code", "city", "date_of_birth", "free_text", "unclassified",
            "none"} == kinds


def test_when_labels_are_asked_for_then_they_match_every_column(built) -> None:
    labels = heldout_v105.labels(built)
    assert set(labels) == {t.name for t in built}
    assert sum(len(cols) for cols in labels.values()) == sum(len(t.columns) for t in built)


def test_when_a_column_is_tagged_then_its_label_follows_the_conventions(built) -> None:
    for col in _columns(built):
        if col.tags & {"business", "decoy", "join_key"}:
            assert col.kind == "none", col.name
        if col.kind == "none":
            assert col.tags & {"business", "decoy"}, col.name
        if col.tags & {"custom_field"}:
            assert col.kind == "free_text", col.name
        if col.kind == "unclassified":
            assert "username" in col.tags, col.name


def test_when_the_set_is_built_then_every_table_has_200_to_1500_rows_in_every_column(built) -> None:
    for table in built:
        lengths = {len(c.values) for c in table.columns}
        assert len(lengths) == 1 and 200 <= lengths.pop() <= 1_500, table.name


def test_when_a_column_is_tagged_null_heavy_then_30_to_85_percent_of_it_is_null(built) -> None:
    heavy = [c for c in _columns(built) if "null_heavy" in c.tags]
    assert len(heavy) >= 12
    for col in heavy:
        assert col.kind != "none" and 0.30 <= _null_share(col) <= 0.85, col.name


def test_when_a_column_is_tagged_nullword_heavy_then_70_to_95_percent_of_it_is_null_words(built) -> None:
    heavy = [c for c in _columns(built) if "nullword_heavy" in c.tags]
    assert len(heavy) >= 10
    for col in heavy:
        share = sum(_nullish(x) for x in col.values) / len(col.values)
        assert col.kind == "free_text" and 0.70 <= share <= 0.95, col.name


def test_when_a_column_is_not_tagged_null_heavy_then_less_than_70_percent_of_it_is_null(built) -> None:
    for table in built:
        for col in table.columns:
            if not col.tags & {"null_heavy", "nullword_heavy"}:
                assert _null_share(col) < 0.70, f"{table.name}.{col.name}"
                assert sum(_nullish(x) for x in col.values) / len(col.values) < 0.70, f"{table.name}.{col.name}"


def test_when_a_column_is_tagged_staff_then_it_has_2_to_8_distinct_people(built) -> None:
    staff = [c for c in _columns(built) if "staff" in c.tags]
    assert len(staff) >= 12
    for col in staff:
        assert col.kind in PERSON_KINDS and 2 <= len(set(_real(col.values))) <= 8, col.name


def test_when_a_role_word_holds_people_then_it_is_personal(built) -> None:
    role = [c for c in _columns(built) if "role_word" in c.tags]
    assert len(role) >= 15 and all(c.kind != "none" for c in role)
    assert {"parent_guardian_name", "RepresentativeName", "parentName", "SCH-FATHER-NAME", "gp_name",
            "erziehungsberechtigter", "VMMEDC", "tutor_legal", "baba_adi", "veli_adi_soyadi"} <= {c.name for c in role}


def test_when_a_custom_field_is_built_then_it_mixes_phones_emails_and_names(built) -> None:
    custom = [c for c in _columns(built) if "custom_field" in c.tags]
    assert len(custom) >= 14
    for col in custom:
        vals = [str(x) for x in _real(col.values)]
        mails = sum("@" in x for x in vals)
        digits = sum(sum(ch.isdigit() for ch in x) >= 7 and "@" not in x for x in vals)
        assert 0.15 <= mails / len(vals) <= 0.5 and 0.25 <= digits / len(vals) <= 0.6, col.name


def _str(vals: list) -> list[str]:
    return [str(x).strip() for x in vals if x not in (0, None)]


#: (table, column, check) for every checksummed identifier column
CHECKED: list[tuple[str, str, object]] = [
    ("mwa_members.athlete_register", "stipend_ssn", ssn.is_valid),
    ("COACH_ACCRED.NSW_COACH_LICENCE", "TFN", tfn.is_valid),
    ("gaa_refs.ref_lic", "ppsn", pps.is_valid),
    (SCHOLAR, "SCH-AADHAAR", aadhaar.is_valid),
    (SCHOLAR, "SCH-PAN", pan.is_valid),
    (DCF, "col03", idnr.is_valid),
    ("nsonz_ppe.screening_forms", "nhi", values.nhi_is_valid),
    ("nsonz_ppe.screening_forms", "ird_number", ird.is_valid),
    ("LIGVET13.VMLICP", "VMNIR", nir.is_valid),
    ("cantera_bvlc.informes_ojeo", "dni_nie", lambda x: dni.is_valid(x) or nie.is_valid(x)),
    ("CmsEmilia.CertificatiIdoneita", "CodiceFiscale", codicefiscale.is_valid),
    ("slzpn_kolegium.licencje_sedziow", "pesel", pesel.is_valid),
    ("gsim_izmir.sporcu_lisanslari", "tc_kimlik_no", tckimlik.is_valid),
    (RUSADA, "снилс", values.snils_is_valid),
    (RUSADA, "инн", inn.is_valid),
]


@pytest.mark.parametrize(("table", "name", "check"), CHECKED, ids=[f"{t}.{c}" for t, c, _ in CHECKED])
def test_when_an_identifier_column_is_built_then_every_value_passes_its_checksum(built, table, name, check) -> None:
    vals = _str(_values(built, table, name))
    assert len(vals) >= 80 and _misses(vals, check) == 0
    assert _column(built, table, name).kind in {"ssn", "national_id"}


def test_when_money_columns_are_built_then_ibans_and_cards_pass_their_checks(built) -> None:
    for table, name in (("gaa_refs.ref_lic", "exp_iban"), ("bfv_passwesen.spielerpass_antraege", "iban_lastschrift"),
                        ("slzpn_kolegium.licencje_sedziow", "rachunek_bankowy")):
        vals = _str(_values(built, table, name))
        assert len(vals) >= 80 and _misses(vals, iban.is_valid) == 0, name
    cards = _str(_values(built, "hmTransfers.transferRequests", "feeCardNumber"))
    assert len(cards) >= 80 and _misses(cards, lambda x: len(x) == 16 and luhn.is_valid(x)) == 0


def test_when_a_national_id_encodes_a_birth_date_then_it_is_the_rows(built) -> None:
    for table, idc, dob, get in (("slzpn_kolegium.licencje_sedziow", "pesel", "data_urodzenia", pesel.get_birth_date),
                                 ("CmsEmilia.CertificatiIdoneita", "CodiceFiscale", "DataNascita",
                                  codicefiscale.get_birth_date),
                                 (DCF, "col03", "col04", lambda x: idnr.get_birth_date(x).isoformat())):
        rows = zip(_column(built, table, idc).values, _column(built, table, dob).values)
        pairs = [(p, d) for p, d in rows if p is not None]
        assert len(pairs) >= 100 and _misses(pairs, lambda r, f=get: f(r[0]) == r[1]) == 0, table


def test_when_a_legacy_date_is_numeric_then_it_decodes_to_a_real_date(built) -> None:
    ymd = [x for x in _column(built, SCHOLAR, "SCH-DOB").values if x]
    assert len(ymd) >= 100 and _misses(ymd, lambda x: bool(date(x // 10_000, x // 100 % 100, x % 100))) == 0
    cyy = [x for x in _column(built, "LIGVET13.VMLICP", "VMDNAI").values if x]
    assert len(cyy) >= 100 and _misses(cyy, lambda x: bool(date(1900 + x // 1_000_000 * 100 + x // 10_000 % 100,
                                                                 x // 100 % 100, x % 100))) == 0


def test_when_a_decoy_is_shaped_like_an_identifier_then_it_fails_its_check(built) -> None:
    cases = [("mwa_members.athlete_register", "membership_number",
              lambda x: re.fullmatch(r"\d{3}-\d{2}-\d{4}", x) and not ssn.is_valid(x)),
             (SCHOLAR, "SCH-REG-NO", lambda x: len(x) == 12 and x.isdigit() and not aadhaar.is_valid(x)),
             (DCF, "col05", lambda x: len(x) == 13 and not luhn.is_valid(x) and not idnr.is_valid(x)),
             ("cantera_bvlc.informes_ojeo", "numero_licencia", lambda x: len(x) == 9 and not dni.is_valid(x)),
             ("slzpn_kolegium.licencje_sedziow", "nr_licencji", lambda x: len(x) == 11 and not pesel.is_valid(x)),
             ("gsim_izmir.sporcu_lisanslari", "lisans_no", lambda x: len(x) == 11 and not tckimlik.is_valid(x))]
    for table, name, ok in cases:
        vals = _str(_values(built, table, name))
        assert len(vals) >= 100 and _misses(vals, ok) == 0, name
        assert _column(built, table, name).kind == "none", name
    shaped = [c for c in _columns(built) if "value_shape" in c.tags]
    assert len(shaped) >= 20 and all(c.kind == "none" for c in shaped)


def test_when_a_business_identifier_is_built_then_it_passes_its_own_check(built) -> None:
    for table, name, check in (("COACH_ACCRED.NSW_COACH_LICENCE", "CLUB_ABN", abn.is_valid),
                               ("CmsEmilia.CertificatiIdoneita", "PartitaIvaSocieta", iva.is_valid),
                               ("slzpn_kolegium.licencje_sedziow", "nip_kolegium", nip.is_valid),
                               ("gsim_izmir.sporcu_lisanslari", "kulup_vergi_no", vkn.is_valid),
                               (RUSADA, "инн_школы", inn.is_valid)):
        vals = _str(_values(built, table, name))
        assert vals and _misses(vals, check) == 0, name


def _phone_valid(text: str, region: str) -> bool:
    try:
        return phonenumbers.is_valid_number(phonenumbers.parse(text, region))
    except phonenumbers.NumberParseException:
        return False


#: table -> the region of its phones
PHONE_REGIONS = {
    "mwa_members.athlete_register": "US", WHEREABOUTS: "GB", "hmTransfers.transferRequests": "CA",
    "COACH_ACCRED.NSW_COACH_LICENCE": "AU", "gaa_refs.ref_lic": "IE", SCHOLAR: "IN", DCF: "ZA",
    "nsonz_ppe.screening_forms": "NZ", "bfv_passwesen.spielerpass_antraege": "DE", "LIGVET13.VMLICP": "FR",
    "cantera_bvlc.informes_ojeo": "ES", "CmsEmilia.CertificatiIdoneita": "IT", "slzpn_kolegium.licencje_sedziow": "PL",
    "gsim_izmir.sporcu_lisanslari": "TR", RUSADA: "RU",
}


def test_when_a_column_is_labeled_phone_then_every_number_is_valid_for_its_region(built) -> None:
    phones = [(t, c) for t in built for c in t.columns if c.kind == "phone"]
    assert len(phones) >= 15
    for table, col in phones:
        region = PHONE_REGIONS[table.name]
        vals = _str(_real(col.values))
        assert len(vals) >= 80, f"{table.name}.{col.name}"
        assert _misses(vals, lambda x, r=region: _phone_valid(x, r)) == 0, f"{table.name}.{col.name}"
        assert _misses(vals, lambda x, r=region: phonenumbers.region_code_for_number(
            phonenumbers.parse(x, r)) == r) == 0, f"{table.name}.{col.name}"


def test_when_a_business_phone_is_built_then_it_is_valid_and_none(built) -> None:
    for table, name in (("mwa_members.athlete_register", "club_phone"),
                        ("nsonz_ppe.screening_forms", "gp_practice_phone")):
        col = _column(built, table, name)
        vals = _str(col.values)
        assert col.kind == "none" and _misses(vals, lambda x, r=PHONE_REGIONS[table]: _phone_valid(x, r)) == 0


def test_when_a_business_column_is_built_then_it_holds_no_private_value_of_its_table(built) -> None:
    for table in built:
        private = {str(x).strip() for c in table.columns if c.kind != "none" for x in _real(c.values)}
        for col in (c for c in table.columns if "business" in c.tags):
            assert _misses(_str(_real(col.values)), lambda x, p=private: x not in p) == 0, col.name


def test_when_the_russian_table_is_built_then_its_names_and_values_are_cyrillic(built) -> None:
    table = heldout_support.table(built, RUSADA)
    assert all(re.search("[а-я]", c.name) for c in table.columns)
    for name in ("фамилия", "имя", "отчество", "город"):
        vals = _values(built, RUSADA, name)
        assert _misses(vals, lambda x: all("\u0400" <= ch <= "\u04ff" or ch in " -" for ch in str(x))) == 0, name


def test_when_an_opaque_staging_table_is_built_then_every_column_is_colnn(built) -> None:
    table = heldout_support.table(built, DCF)
    assert [c.name for c in table.columns] == [f"col{i:02d}" for i in range(1, 19)]
    assert all("opaque" in c.tags for c in table.columns)


def test_when_a_legacy_table_is_built_then_its_text_is_padded(built) -> None:
    for table in (SCHOLAR, "LIGVET13.VMLICP"):
        padded = [c for c in heldout_support.table(built, table).columns
                  if c.sql_type == "VARCHAR" and any(isinstance(x, str) and x.endswith(" ") for x in c.values)]
        assert len(padded) >= 5, table


def test_when_logins_and_ips_are_built_then_they_have_their_shapes(built) -> None:
    logins = _str(_values(built, WHEREABOUTS, "PortalUsername"))
    assert len(logins) >= 100 and _misses(logins, lambda x: re.fullmatch(r"[a-z0-9._]+", x)) == 0
    ips = _str(_values(built, WHEREABOUTS, "SubmittedFromIp"))
    assert len(ips) >= 100 and _misses(ips, lambda x: re.fullmatch(r"[\d.]+|[0-9a-f:]+", x)) == 0


def test_when_the_scorer_builds_set_v105_then_the_file_holds_every_table_with_its_rows(scored_file) -> None:
    built, path = scored_file
    with duckdb.connect(str(path), read_only=True) as con:
        for table in built:
            schema, name = table.name.split(".", 1)
            count = con.execute(f'SELECT count(*) FROM "{schema}"."{name}"').fetchone()[0]
            assert count == len(table.columns[0].values), table.name
    assert heldout_v105.summary(built).startswith("15 tables")
    assert heldout_v2_accuracy.SETS["v105"].DEFAULT_PATH == Path("/tmp/heldout_v105.duckdb")
