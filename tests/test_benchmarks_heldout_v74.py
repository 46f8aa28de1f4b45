"""Held-out set v74: its size, languages, labels, row counts, NULL and NULL-word shares, legacy extracts (padded
values, dates and identifiers kept as numbers), staff, role words, opaque custom fields, identifiers with check
digits, decoys with their own check digits, phones and the scorer's registration are the ones asked for, and it is
the same on every build (values are only counted or checked here, never printed).

The set is generated and written once for the module (the scorer's own ``build``); every test reads that build.
NULL-like strings, blanks and placeholders are part of the set's dirt: identifier checks skip them and strip padding.
Assertion rewriting is off for this module (PYTEST_DONT_REWRITE): a failing assertion shows its source line and
message, never the values."""

from __future__ import annotations

import ast
import ipaddress
import re
import sys
from datetime import date
from pathlib import Path

import duckdb
import phonenumbers
from stdnum import ean, iban, luhn
from stdnum.au import abn, tfn
from stdnum.de import idnr
from stdnum.es import cif, nif, referenciacatastral
from stdnum.fr import nir, siret
from stdnum.gb import utr
from stdnum.gb import vat as gb_vat
from stdnum.ie import pps
from stdnum.ie import vat as ie_vat
from stdnum.in_ import aadhaar, gstin, pan
from stdnum.it import codicefiscale, iva
from stdnum.jp import cn
from stdnum.jp import in_ as mynumber
from stdnum.nl import bsn, btw
from stdnum.nz import ird
from stdnum.pl import nip, pesel, regon
from stdnum.us import ein, rtn, ssn
from stdnum.za import idnr as za_idnr
from stdnum.za import tin as za_tin

REPO = Path(__file__).resolve().parents[1]
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

from benchmarks.classification import heldout_v2_accuracy, heldout_v74, heldout_v74_values
from governance_dagster.kinds import Kind
from tests import heldout_support
from tests.heldout_support import column as _column
from tests.heldout_support import columns as _columns
from tests.heldout_support import hits as _hits
from tests.heldout_support import misses as _misses
from tests.heldout_support import null_share as _null_share

#: the languages asked for: eight English tables, seven in other languages
LANGUAGES = {"en", "de", "fr", "es", "it", "nl", "pl", "ja"}

#: every table of the set: accounting, bookkeeping, tax-preparation and payroll bureaus
TABLES = {
    "taxdesk_elkgrove.client_returns_ty2024", "FIRE1099.BREC_TY2024", "PRACLIB.SACLNT", "ROS_AGENT.FORM11_CLIENTS",
    "stp_lodge.payEvents", "AmlCdd.ClientVerification", "efiling_dbn.client_register", "cafirm_pune.itrClients",
    "lohnbuero_leipzig.ma_stammdaten", "cabinet_ouest_paie.salaries", "GESTLIB.RENTA24", "CAF730.TRACCIATO_730",
    "boekhouding_grn.zzpKlanten", "biuro_rachunkowe_lublin.klienci_jdg", "税理士法人杜.年末調整従業員",
}
LEGACY_TABLES = {"FIRE1099.BREC_TY2024", "PRACLIB.SACLNT", "GESTLIB.RENTA24", "CAF730.TRACCIATO_730"}

PERSON_KINDS = {"person_name", "first_name", "last_name"}

scored_file, built = heldout_support.set_fixtures("v74")
_cells = heldout_support.Cells(heldout_v74.NULLISH)
_nullish, _real, _values = _cells.nullish, _cells.real, _cells.values


def _blankish(value: object) -> bool:
    """NULL, a NULL word, blanks, or 0 in a numeric column tagged ``zero_missing``."""
    return _nullish(value) or value == 0


def test_when_two_small_tables_are_built_again_then_every_value_is_the_same(built) -> None:
    assert heldout_support.rebuilt_differently(heldout_v74, built) == []


def test_when_the_set_is_built_then_it_has_the_size_languages_and_labels_asked_for(built) -> None:
    columns = _columns(built)
    assert len(built) == 15 and 250 <= len(columns) <= 420
    assert 0.50 <= sum(c.kind != "none" for c in columns) / len(columns) <= 0.66
    assert {t.name for t in built} == TABLES and len(built) == len(TABLES)
    assert all(len({c.name.lower() for c in t.columns}) == len(t.columns) for t in built)
    assert LANGUAGES == {t.language_of(c) for t in built for c in t.columns}
    assert sum(t.language == "en" for t in built) == 8
    assert len({t.language for t in built if t.language != "en"}) == 7
    assert {c.kind for c in columns} <= {k.value for k in Kind}
    assert {k.value for k in Kind} - {"none"} <= {c.kind for c in columns}
    assert {"snake", "camel", "pascal", "screaming"} <= {t.style for t in built}
    assert len({t.name.split(".")[0] for t in built}) == 15


def test_when_the_set_is_built_then_every_tag_asked_for_is_used(built) -> None:
    tags = {tag for c in _columns(built) for tag in c.tags}
    assert {"legacy", "padded", "int_date", "numeric_id", "zero_missing", "decoy", "business", "value_shape",
            "check_digit", "professional_id", "event_date", "partial", "join_key", "bank_account", "null_heavy",
            "nullword_heavy", "placeholder", "staff", "role_word", "multi_value", "username", "audit",
            "service_account", "opaque", "prefixed", "misleading", "mixed_kinds", "mixed_business", "locality",
            "abbrev"} <= tags


def test_when_labels_are_asked_for_then_they_match_every_column(built) -> None:
    labels = heldout_v74.labels(built)
    assert set(labels) == {t.name for t in built}
    assert sum(len(cols) for cols in labels.values()) == sum(len(t.columns) for t in built)


def test_when_a_column_is_tagged_then_its_label_follows_the_conventions(built) -> None:
    columns = _columns(built)
    for column in (c for c in columns if c.tags & {"business", "decoy", "service_account", "join_key", "partial",
                                                   "check_digit", "professional_id", "event_date"}):
        assert column.kind == "none", column.name
    for column in (c for c in columns if c.kind == "none"):
        assert column.tags & {"business", "decoy"}, column.name
    for column in (c for c in columns if c.tags & {"username", "bank_account"}):
        assert column.kind == "unclassified", column.name
    for column in (c for c in columns if c.kind == "unclassified"):
        assert column.tags & {"username", "bank_account"}, column.name
    for column in (c for c in columns if c.tags & {"placeholder", "misleading", "role_word", "locality",
                                                   "mixed_business", "multi_value"}):
        assert column.kind != "none", column.name
    assert {c.kind for c in columns if "locality" in c.tags} == {"city"}
    assert {c.kind for c in columns if "mixed_kinds" in c.tags} == {"free_text"}


def test_when_a_table_is_a_legacy_extract_then_its_values_are_padded_and_dates_are_numbers(built) -> None:
    legacy = {t.name for t in built if any("legacy" in c.tags for c in t.columns)}
    assert legacy == LEGACY_TABLES
    for table in (t for t in built if t.name in LEGACY_TABLES):
        padded = [c for c in table.columns if "padded" in c.tags]
        assert all(len({len(x) for x in c.values}) == 1 for c in padded), table.name
        blanks = [c for c in padded if _hits(c.values, lambda x: x != x.rstrip()) >= 0.2 * len(c.values)]
        assert len(blanks) >= 3, table.name
    dates = [c for c in _columns(built) if "int_date" in c.tags]
    assert len(dates) >= 6 and {c.kind for c in dates} == {"date_of_birth", "none"}
    for column in dates:
        values = [x for x in column.values if x]
        assert values and _misses(values, lambda x: date(x // 10_000, x // 100 % 100, x % 100).year > 1900) == 0
    numeric = [c for c in _columns(built) if "numeric_id" in c.tags]
    assert {c.kind for c in numeric} >= {"phone", "postal_code"}
    assert all(c.sql_type in {"INTEGER", "BIGINT"} for c in numeric)


def test_when_a_column_is_zero_missing_then_zeros_stand_for_missing_and_the_rest_are_dates(built) -> None:
    column = _column(built, "PRACLIB.SACLNT", "SCDOB")
    assert "zero_missing" in column.tags
    zeros = sum(x == 0 for x in column.values) / len(column.values)
    assert 0.05 <= zeros <= 0.30


def test_when_the_set_is_built_then_every_table_has_200_to_2000_rows_in_every_column(built) -> None:
    for table in built:
        lengths = {len(c.values) for c in table.columns}
        assert len(lengths) == 1 and 200 <= lengths.pop() <= 2_000, table.name


def test_when_a_column_is_tagged_null_heavy_then_50_to_95_percent_of_it_is_null(built) -> None:
    heavy = [c for c in _columns(built) if "null_heavy" in c.tags]
    assert len(heavy) >= 20
    for column in heavy:
        assert column.kind != "none", column.name
        assert 0.50 <= _null_share(column) <= 0.95, column.name


def test_when_a_column_is_tagged_nullword_heavy_then_70_to_95_percent_of_it_is_null_words(built) -> None:
    heavy = [c for c in _columns(built) if "nullword_heavy" in c.tags]
    assert len(heavy) >= 6
    for column in heavy:
        assert column.kind != "none", column.name
        share = sum(_nullish(x) for x in column.values) / len(column.values)
        assert 0.70 <= share <= 0.95, column.name


def test_when_a_column_is_not_tagged_null_heavy_then_less_than_70_percent_of_it_is_null_or_null_words(built) -> None:
    for table in built:
        for column in table.columns:
            if not column.tags & {"null_heavy", "nullword_heavy"}:
                assert _null_share(column) < 0.70, f"{table.name}.{column.name}"
                assert sum(_nullish(x) for x in column.values) / len(column.values) < 0.70, \
                    f"{table.name}.{column.name}"


def test_when_a_column_is_tagged_staff_then_it_has_2_to_8_distinct_people(built) -> None:
    staff = [c for c in _columns(built) if "staff" in c.tags]
    assert len(staff) >= 14
    for column in staff:
        assert column.kind in PERSON_KINDS, column.name
        assert 2 <= len(set(_real(column.values))) <= 8, column.name
    assert PERSON_KINDS == {c.kind for c in staff}


def test_when_an_audit_column_is_built_then_logins_are_usernames_and_programs_are_none(built) -> None:
    audit = [c for c in _columns(built) if "audit" in c.tags]
    logins = [c for c in audit if c.kind == "unclassified"]
    services = [c for c in audit if "service_account" in c.tags]
    assert len(logins) >= 4 and len(services) >= 3
    for column in logins:
        assert 2 <= len(set(_real(column.values))) <= 8, column.name
    for column in services:
        assert column.kind == "none" and len(set(_real(column.values))) <= 3, column.name


def test_when_a_name_sounds_non_personal_then_it_holds_people(built) -> None:
    role = {c.name for c in _columns(built) if "role_word" in c.tags}
    assert {"sp_full_name", "SCSPNM", "SPOUSE_NAME", "TrustBeneficiaries", "spouse_nm", "fatherName", "kontoinhaber",
            "NOMCON", "partnerNaam", "配偶者氏名"} <= role
    assert all(c.kind != "none" for c in _columns(built) if "role_word" in c.tags)


def test_when_an_opaque_field_is_built_then_some_hold_personal_data_and_some_hold_none(built) -> None:
    opaque = [c for c in _columns(built) if "opaque" in c.tags]
    personal = {c.name for c in opaque if c.kind != "none"}
    plain = {c.name for c in opaque if c.kind == "none"}
    assert {"SCUDF1", "MISC_2", "code", "feld_frei_2", "champLibre2", "CAMPO-LIBERO-2", "vrijVeld2", "pole_dod_2",
            "予備2", "src_crm_col17"} <= personal
    assert {"SCUDF2", "MISC_1", "feld_frei_1", "champLibre1", "CAMPO-LIBERO-1", "vrijVeld1", "pole_dod_1", "予備1",
            "src_crm_col18"} <= plain
    assert all("misleading" in c.tags or "mixed_kinds" in c.tags for c in opaque if c.kind != "none")


def test_when_a_column_mixes_kinds_then_phones_emails_and_names_all_occur(built) -> None:
    values = [str(x) for x in _values(built, "efiling_dbn.client_register", "src_crm_col17")]
    assert _hits(values, lambda x: "@" in x) >= 50
    assert _hits(values, lambda x: sum(ch.isdigit() for ch in x) >= 9) >= 50
    assert _hits(values, lambda x: "@" not in x and not any(ch.isdigit() for ch in x)) >= 50


def test_when_a_cell_holds_several_people_then_some_cells_hold_a_separator(built) -> None:
    multi = [c for c in _columns(built) if "multi_value" in c.tags]
    assert len(multi) >= 3 and all(c.kind in {"free_text", "person_name"} for c in multi)
    for column in multi:
        values = [str(x) for x in _real(column.values)]
        assert _hits(values, lambda x: ";" in x or "、" in x) >= 20, column.name


def test_when_a_name_line_mixes_people_and_companies_then_people_are_the_majority(built) -> None:
    names = [str(x) for x in _values(built, "FIRE1099.BREC_TY2024", "B_PAYEE_NM1")]
    companies = _hits(names, lambda x: x.endswith(" LLC"))
    assert 0.05 <= companies / len(names) <= 0.25
    legal = [str(x) for x in _values(built, "AmlCdd.ClientVerification", "ClientLegalName")]
    entities = _hits(legal, lambda x: x.endswith(("Trust", "Limited")))
    assert 0.15 <= entities / len(legal) <= 0.40
    tins = [str(x) for x in _values(built, "FIRE1099.BREC_TY2024", "B_PAYEE_TIN")]
    assert _hits(tins, ssn.is_valid) >= 0.75 * len(tins)
    assert _misses(tins, lambda x: ssn.is_valid(x) or ein.is_valid(x)) == 0


def test_when_a_value_is_partial_then_it_is_at_most_four_letters_and_none(built) -> None:
    cut = [c for c in _columns(built) if "partial" in c.tags]
    assert {"B_NAME_CTL"} <= {c.name for c in cut} and all(c.kind == "none" for c in cut)
    values = [str(x) for x in _values(built, "FIRE1099.BREC_TY2024", "B_NAME_CTL")]
    assert _misses(values, lambda x: bool(re.fullmatch(r"[A-Z]{1,4}", x))) == 0


def test_when_a_column_holds_placeholders_then_some_cells_are_placeholders_and_the_rest_are_real(built) -> None:
    dirty = [c for c in _columns(built) if "placeholder" in c.tags]
    assert len(dirty) >= 2
    for column in dirty:
        words = [x for x in column.values if isinstance(x, str) and _nullish(x) and x.strip()]
        assert 5 <= len(words) <= 0.10 * len(column.values), column.name


#: (table, column, check) for every checksummed personal identifier column
CHECKED: list[tuple[str, str, object]] = [
    ("taxdesk_elkgrove.client_returns_ty2024", "tp_ssn", ssn.is_valid),
    ("taxdesk_elkgrove.client_returns_ty2024", "sp_ssn", ssn.is_valid),
    ("taxdesk_elkgrove.client_returns_ty2024", "fee_card_no", luhn.is_valid),
    ("PRACLIB.SACLNT", "SCUTR", utr.is_valid),
    ("ROS_AGENT.FORM11_CLIENTS", "CLIENT_PPSN", pps.is_valid),
    ("ROS_AGENT.FORM11_CLIENTS", "SPOUSE_PPSN", pps.is_valid),
    ("ROS_AGENT.FORM11_CLIENTS", "REFUND_IBAN", iban.is_valid),
    ("stp_lodge.payEvents", "employeeTfn", tfn.is_valid),
    ("AmlCdd.ClientVerification", "IrdNumber", ird.is_valid),
    ("efiling_dbn.client_register", "cl_id_no", za_idnr.is_valid),
    ("efiling_dbn.client_register", "itr_ref_no", za_tin.is_valid),
    ("cafirm_pune.itrClients", "panNo", pan.is_valid),
    ("cafirm_pune.itrClients", "aadhaarNo", aadhaar.is_valid),
    ("cafirm_pune.itrClients", "code", pan.is_valid),
    ("lohnbuero_leipzig.ma_stammdaten", "steuer_id", idnr.is_valid),
    ("lohnbuero_leipzig.ma_stammdaten", "iban", iban.is_valid),
    ("cabinet_ouest_paie.salaries", "numeroSecu", nir.is_valid),
    ("cabinet_ouest_paie.salaries", "ibanSalarie", iban.is_valid),
    ("GESTLIB.RENTA24", "NIFDEC", nif.is_valid),
    ("GESTLIB.RENTA24", "NIFCON", nif.is_valid),
    ("GESTLIB.RENTA24", "IBANDV", iban.is_valid),
    ("CAF730.TRACCIATO_730", "CF-DICH", codicefiscale.is_valid),
    ("CAF730.TRACCIATO_730", "CF-CONIUGE", codicefiscale.is_valid),
    ("CAF730.TRACCIATO_730", "CF-FAM-CARICO-1", codicefiscale.is_valid),
    ("boekhouding_grn.zzpKlanten", "bsn", bsn.is_valid),
    ("boekhouding_grn.zzpKlanten", "vrijVeld2", bsn.is_valid),
    ("boekhouding_grn.zzpKlanten", "ibanZakelijk", iban.is_valid),
    ("biuro_rachunkowe_lublin.klienci_jdg", "pesel", pesel.is_valid),
    ("biuro_rachunkowe_lublin.klienci_jdg", "nr_dowodu", heldout_v74_values.pl_dowod_ok),
    ("biuro_rachunkowe_lublin.klienci_jdg", "rachunek_bankowy",
     lambda x: iban.is_valid(x if str(x).startswith("PL") else "PL" + str(x))),
    ("税理士法人杜.年末調整従業員", "個人番号", mynumber.is_valid),
    ("税理士法人杜.年末調整従業員", "配偶者個人番号", mynumber.is_valid),
]


def test_when_an_identifier_column_is_built_then_every_value_passes_its_checksum(built) -> None:
    for table, column, check in CHECKED:
        values = [str(x) for x in _values(built, table, column)]
        assert len(values) >= 20 and _misses(values, check) == 0, f"{table}.{column}"
        assert _column(built, table, column).kind != "none", f"{table}.{column}"


def test_when_a_pension_or_tax_number_is_built_then_it_encodes_the_row(built) -> None:
    table = "lohnbuero_leipzig.ma_stammdaten"
    rows = zip(_column(built, table, "sv_nummer").values, _column(built, table, "geburtsdatum").values,
               _column(built, table, "geburtsname").values, _column(built, table, "nachname").values)
    ok = [heldout_v74_values.de_rvnr_check(r[0][:11]) == r[0][11] and r[0][2:8] == r[1][:2] + r[1][3:5] + r[1][8:10]
          and r[0][8] == heldout_v74_values.plain(r[2] or r[3])[:1].upper() for r in rows]
    assert len(ok) >= 100 and all(ok)
    for table, idc, dob, get, fmt in (
            ("biuro_rachunkowe_lublin.klienci_jdg", "pesel", "data_urodzenia", pesel.get_birth_date, None),
            ("efiling_dbn.client_register", "cl_id_no", "cl_dob", za_idnr.get_birth_date, None),
            ("CAF730.TRACCIATO_730", "CF-DICH", "DT-NASC-DICH", codicefiscale.get_birth_date, "int")):
        pairs = [(p, d) for p, d in zip(_column(built, table, idc).values, _column(built, table, dob).values) if p]
        if fmt == "int":
            pairs = [(p, date(d // 10_000, d // 100 % 100, d % 100)) for p, d in pairs]
        assert len(pairs) >= 100 and _misses(pairs, lambda r, f=get: f(r[0]) == r[1]) == 0, table


def test_when_a_social_security_number_has_no_check_digit_then_it_follows_its_shape(built) -> None:
    ninos = [str(x) for x in _values(built, "PRACLIB.SACLNT", "SCNINO")]
    assert len(ninos) >= 100
    assert _misses(ninos, lambda x: bool(re.fullmatch(r"[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z][0-9]{6}[A-D]", x))) == 0
    docs = [str(x) for x in _values(built, "AmlCdd.ClientVerification", "IdDocumentNumber")]
    assert _misses(docs, lambda x: bool(re.fullmatch(r"[A-Z]{2}[0-9]{6}", x))) == 0


#: (table, column, check) for every decoy that passes its own check digit
DECOYS: list[tuple[str, str, object]] = [
    ("taxdesk_elkgrove.client_returns_ty2024", "refund_rtn", rtn.is_valid),
    ("FIRE1099.BREC_TY2024", "B_PAYER_EIN", ein.is_valid),
    ("PRACLIB.SACLNT", "SCVATN", gb_vat.is_valid),
    ("ROS_AGENT.FORM11_CLIENTS", "VAT_REG_NO", ie_vat.is_valid),
    ("stp_lodge.payEvents", "clientAbn", abn.is_valid),
    ("AmlCdd.ClientVerification", "CompanyNzbn", ean.is_valid),
    ("cafirm_pune.itrClients", "businessGstin", gstin.is_valid),
    ("cabinet_ouest_paie.salaries", "siretEmployeur", siret.is_valid),
    ("GESTLIB.RENTA24", "REFCAT", referenciacatastral.is_valid),
    ("GESTLIB.RENTA24", "CIFGES", cif.is_valid),
    ("CAF730.TRACCIATO_730", "PIVA-SOST-IMP", iva.is_valid),
    ("boekhouding_grn.zzpKlanten", "btwId", btw.is_valid),
    ("biuro_rachunkowe_lublin.klienci_jdg", "nip", nip.is_valid),
    ("biuro_rachunkowe_lublin.klienci_jdg", "regon", regon.is_valid),
    ("税理士法人杜.年末調整従業員", "法人番号", cn.is_valid),
]


def test_when_a_decoy_has_a_check_digit_then_it_passes_its_own_check_and_is_none(built) -> None:
    for table, name, check in DECOYS:
        column = _column(built, table, name)
        values = [str(x) for x in _real(column.values)]
        assert column.kind == "none" and len(values) >= 5 and _misses(values, check) == 0, name
    checked = {c.name for c in _columns(built) if "check_digit" in c.tags}
    assert checked == {n for _, n, _ in DECOYS} - {"B_PAYER_EIN"}


def test_when_a_decoy_is_shaped_like_a_personal_identifier_then_it_fails_the_personal_check(built) -> None:
    for table, name, check in (("FIRE1099.BREC_TY2024", "B_PAYER_EIN", ssn.is_valid),
                               ("cafirm_pune.itrClients", "businessGstin", lambda x: pan.info(x[2:12])["holder_type"]
                                in ("Individual", "Person")),
                               ("biuro_rachunkowe_lublin.klienci_jdg", "nip", pesel.is_valid),
                               ("taxdesk_elkgrove.client_returns_ty2024", "submission_id", luhn.is_valid)):
        values = [str(x) for x in _values(built, table, name)]
        assert _hits(values, check) <= 0.15 * len(values), name
    shaped = [c for c in _columns(built) if "value_shape" in c.tags]
    assert len(shaped) >= 20 and all(c.kind == "none" for c in shaped)


def _phone_valid(text: str, region: str) -> bool:
    try:
        return phonenumbers.is_valid_number(phonenumbers.parse(text, region))
    except phonenumbers.NumberParseException:
        return False


#: table -> the region its phone numbers belong to
PHONE_REGIONS = {
    "taxdesk_elkgrove.client_returns_ty2024": "US", "FIRE1099.BREC_TY2024": "US", "PRACLIB.SACLNT": "GB",
    "ROS_AGENT.FORM11_CLIENTS": "IE", "stp_lodge.payEvents": "AU", "AmlCdd.ClientVerification": "NZ",
    "efiling_dbn.client_register": "ZA", "cafirm_pune.itrClients": "IN", "lohnbuero_leipzig.ma_stammdaten": "DE",
    "cabinet_ouest_paie.salaries": "FR", "GESTLIB.RENTA24": "ES", "CAF730.TRACCIATO_730": "IT",
    "boekhouding_grn.zzpKlanten": "NL", "biuro_rachunkowe_lublin.klienci_jdg": "PL", "税理士法人杜.年末調整従業員": "JP",
}


def test_when_a_column_is_labeled_phone_then_every_number_in_it_is_valid(built) -> None:
    phones = [(t, c) for t in built for c in t.columns if c.kind == "phone"]
    assert len(phones) >= 15
    seen: set[str] = set()
    for table, column in phones:
        region = PHONE_REGIONS[table.name]
        values = [str(x) for x in _real(column.values)]
        assert values and _misses(values, lambda x, r=region: _phone_valid(x, r)) == 0, f"{table.name}.{column.name}"
        seen |= {phonenumbers.region_code_for_number(phonenumbers.parse(x, region)) for x in values}
    assert set(PHONE_REGIONS.values()) <= seen


def test_when_a_business_phone_is_built_then_it_is_none(built) -> None:
    payer = [str(x) for x in _values(built, "FIRE1099.BREC_TY2024", "B_PAYER_PH")]
    assert len(set(payer)) <= 8 and _misses(payer, lambda x: _phone_valid(x, "US")) == 0
    assert _column(built, "FIRE1099.BREC_TY2024", "B_PAYER_PH").kind == "none"


def test_when_a_column_is_labeled_ip_address_then_every_value_is_an_address_and_both_versions_occur(built) -> None:
    versions = set()
    for column in (c for c in _columns(built) if c.kind == "ip_address"):
        values = [str(x) for x in _real(column.values)]
        assert values and _misses(values, lambda x: bool(ipaddress.ip_address(x))) == 0, column.name
        versions |= {ipaddress.ip_address(x).version for x in values}
    assert versions == {4, 6}


def test_when_a_column_is_labeled_email_then_every_value_is_an_address(built) -> None:
    emails = [c for c in _columns(built) if c.kind == "email"]
    assert len(emails) >= 14
    for column in emails:
        values = [str(x) for x in _real(column.values)]
        assert values and _misses(values, lambda x: bool(re.fullmatch(r"[^@\s]+@[^@\s]+\.[a-z.]+", x.lower()))) == 0


def test_when_a_bank_account_is_domestic_then_it_is_digits_and_unclassified(built) -> None:
    accounts = [c for c in _columns(built) if "bank_account" in c.tags]
    assert len(accounts) == 4 and all(c.kind == "unclassified" for c in accounts)
    for column in accounts:
        values = [str(x) for x in _real(column.values)]
        assert _misses(values, lambda x: x.isdigit() and 6 <= len(x) <= 16) == 0, column.name


def test_when_a_business_column_is_built_then_it_holds_no_private_value_of_its_table(built) -> None:
    for table in built:
        private = {str(x) for c in table.columns if c.kind != "none" for x in _real(c.values)}
        for column in (c for c in table.columns if "business" in c.tags):
            assert _hits([str(x) for x in _real(column.values)], lambda x, p=private: x in p) == 0, column.name


def test_when_the_value_modules_are_read_then_they_import_no_faker_and_no_earlier_set(built) -> None:
    for module in (heldout_v74, heldout_v74_values):
        tree = ast.parse(Path(module.__file__).read_text(encoding="utf-8"))
        imported = {alias.name for node in ast.walk(tree) if isinstance(node, ast.Import) for alias in node.names}
        imported |= {f"{node.module}.{alias.name}" for node in ast.walk(tree) if isinstance(node, ast.ImportFrom)
                     for alias in node.names}
        assert not any("faker" in name.lower() for name in imported), module.__name__
        assert not any(name.startswith("governance_dagster") for name in imported), module.__name__
        earlier = {m.group(1) for name in imported for m in [re.search(r"heldout_v(\d+)", name)] if m}
        assert earlier <= {"2", "4", "74"}, module.__name__


def test_when_the_scorer_builds_set_v74_then_the_file_holds_every_table_with_its_rows(scored_file) -> None:
    built, path = scored_file
    with duckdb.connect(str(path), read_only=True) as con:
        for table in built:
            schema, name = table.name.split(".", 1)
            count = con.execute(f'SELECT count(*) FROM "{schema}"."{name}"').fetchone()[0]
            assert count == len(table.columns[0].values), table.name
            names = [r[0] for r in con.execute(
                "SELECT column_name FROM information_schema.columns WHERE table_schema = ? AND table_name = ?"
                " ORDER BY ordinal_position", [schema, name]).fetchall()]
            assert names == [c.name for c in table.columns], table.name
    assert heldout_v74.summary(built).startswith(f"{len(built)} tables")
    assert heldout_v2_accuracy.SETS["v74"].DEFAULT_PATH == Path("/tmp/heldout_v74.duckdb")
