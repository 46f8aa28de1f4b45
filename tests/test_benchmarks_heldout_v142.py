"""Held-out set v142: its size, languages, labels, row counts, NULL and NULL-word shares, staff and role words, custom
fields, identifiers with check digits, phones valid for their region, postal codes of their country, decoys failing
their checks and its determinism are the ones asked for (values are only counted or checked here, never printed).

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
from stdnum.au import abn
from stdnum.br import cpf
from stdnum.ca import sin
from stdnum.dk import cpr, cvr
from stdnum.es import cif, dni, nie
from stdnum.nl import bsn
from stdnum.pt import cc
from stdnum.pt import nif as pt_nif
from stdnum.ru import inn
from stdnum.se import orgnr, personnummer
from stdnum.tr import tckimlik, vkn
from stdnum.us import ssn
from stdnum.za import idnr

REPO = Path(__file__).resolve().parents[1]
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

from benchmarks.classification import heldout_v2_accuracy, heldout_v142
from benchmarks.classification import heldout_v142_values as values
from governance_dagster.kinds import Kind
from tests import heldout_support
from tests.heldout_support import column as _column
from tests.heldout_support import columns as _columns
from tests.heldout_support import misses as _misses
from tests.heldout_support import null_share as _null_share

LANGUAGES = {"en", "es", "pt", "nl", "sv", "da", "ru", "tr"}
PERSON_KINDS = {"person_name", "first_name", "last_name"}

scored_file, built = heldout_support.set_fixtures("v142")
_cells = heldout_support.Cells(heldout_v142.NULLISH)
_nullish, _real, _values = _cells.nullish, _cells.real, _cells.values


def _nullword_share(col) -> float:
    return sum(_nullish(x) for x in col.values) / len(col.values)


def _str(vals: list) -> list[str]:
    return [str(x).strip() for x in vals if x not in (0, None)]


def test_when_two_small_tables_are_built_again_then_every_value_is_the_same(built) -> None:
    assert heldout_support.rebuilt_differently(heldout_v142, built) == []


def test_when_the_set_is_built_then_it_has_the_size_languages_and_labels_asked_for(built) -> None:
    columns = _columns(built)
    assert len(built) == 15 and 250 <= len(columns) <= 360
    assert len({t.name.split(".")[0] for t in built}) == 15
    assert all(len({c.name.lower() for c in t.columns}) == len(t.columns) for t in built)
    assert LANGUAGES == {t.language_of(c) for t in built for c in t.columns}
    assert sum(t.language == "en" for t in built) == 8
    assert sorted(t.language for t in built if t.language != "en") == sorted(LANGUAGES - {"en"})
    assert {c.kind for c in columns} <= {k.value for k in Kind}
    assert {"snake", "camel", "pascal", "screaming", "abbrev", "cobol", "opaque", "json"} == {
        t.style for t in built if t.language == "en"}
    tags = {tag for c in columns for tag in c.tags}
    assert {"decoy", "business", "null_heavy", "nullword_heavy", "abbrev", "value_shape", "staff", "role_word",
            "join_key", "legacy", "opaque", "custom_field", "custom_code", "username", "licence", "foreign_id",
            "dob_part", "premises", "json_path"} <= tags
    assert {k.value for k in Kind} - {c.kind for c in columns} == set()
    assert 150 <= sum(c.kind != "none" for c in columns) <= 250


def test_when_labels_are_asked_for_then_they_match_every_column(built) -> None:
    labels = heldout_v142.labels(built)
    assert set(labels) == {t.name for t in built}
    assert sum(len(cols) for cols in labels.values()) == sum(len(t.columns) for t in built)
    assert all(labels[t.name][c.name] == c.kind for t in built for c in t.columns)


def test_when_a_column_is_tagged_then_its_label_follows_the_conventions(built) -> None:
    for col in _columns(built):
        if col.tags & {"business", "decoy", "join_key", "custom_code"}:
            assert col.kind == "none", col.name
        if col.kind == "none":
            assert col.tags & {"business", "decoy"}, col.name
        if col.tags & {"custom_field", "role_word", "staff", "premises", "null_heavy", "nullword_heavy"}:
            assert col.kind != "none", col.name
        if col.kind == "unclassified":
            assert "username" in col.tags, col.name
        if col.tags & {"licence", "foreign_id"}:
            assert col.kind == "national_id", col.name
        if col.tags & {"dob_part", "premises"}:
            assert col.kind in {"date_of_birth", "street_address"}, col.name


def test_when_the_set_is_built_then_every_table_has_200_to_800_rows_in_every_column(built) -> None:
    for table in built:
        lengths = {len(c.values) for c in table.columns}
        assert len(lengths) == 1 and 200 <= lengths.pop() <= 800, table.name


def test_when_a_column_is_tagged_null_heavy_then_70_to_95_percent_of_it_is_null(built) -> None:
    heavy = [c for c in _columns(built) if "null_heavy" in c.tags]
    assert len(heavy) >= 12
    for col in heavy:
        assert 0.70 <= _null_share(col) <= 0.95, col.name


def test_when_a_column_is_tagged_nullword_heavy_then_70_to_95_percent_of_it_is_null_words(built) -> None:
    heavy = [c for c in _columns(built) if "nullword_heavy" in c.tags]
    assert len(heavy) >= 10
    for col in heavy:
        assert _null_share(col) == 0 and 0.70 <= _nullword_share(col) <= 0.95, col.name
        assert any(x == "" for x in col.values), col.name


def test_when_a_column_is_not_tagged_null_heavy_then_less_than_70_percent_of_it_is_null(built) -> None:
    for table in built:
        for col in table.columns:
            if not col.tags & {"null_heavy", "nullword_heavy"}:
                assert _null_share(col) < 0.70, f"{table.name}.{col.name}"
                assert _nullword_share(col) < 0.70, f"{table.name}.{col.name}"


def test_when_a_column_is_tagged_staff_then_it_has_2_to_8_distinct_people(built) -> None:
    staff = [c for c in _columns(built) if "staff" in c.tags]
    assert len(staff) >= 15
    for col in staff:
        assert col.kind in PERSON_KINDS and 2 <= len(set(_real(col.values))) <= 8, col.name
    names = {c.name for c in staff}
    assert {"leasing_agent", "negotiator", "ApprovedBy", "AGENT_NAME", "pm_nm", "COLL-AGENT-NM", "administrador",
            "consultor", "Behandelaar", "tekniker", "sagsbehandler", "бухгалтер", "tahsildar"} <= names


def test_when_a_role_word_holds_people_then_it_is_personal_and_varied(built) -> None:
    role = [c for c in _columns(built) if "role_word" in c.tags]
    assert len(role) >= 15 and all(c.kind != "none" for c in role)
    assert {"co_signer_name", "accompaniedBy", "PreviousLandlordName", "NEXT_OF_KIN_NAME", "lsr_nm", "ec_ph",
            "CO-SIGNER-NM", "landlord.name", "inquilino", "acompanhante", "Medehuurder", "kontaktperson",
            "ev_sahibi_adi"} <= {c.name for c in role}
    for col in role:
        if col.kind == "person_name":
            assert len(set(_real(col.values))) >= 20, col.name


def test_when_a_custom_field_is_built_then_it_holds_personal_data_or_codes_as_labeled(built) -> None:
    custom = [c for c in _columns(built) if "custom_field" in c.tags]
    codes = [c for c in _columns(built) if "custom_code" in c.tags]
    assert len(custom) >= 12 and len(codes) >= 9
    assert {"misc_1", "misc_2", "customField2", "Udf3", "CUSTOM_FIELD_1", "CUSTOM_FIELD_2", "udf3", "USER-FLD-1",
            "USER-FLD-2", "src_crm_col17", "src_crm_col18", "custom_fields[1].value", "campo_libre_1",
            "campo_libre_2", "campo_extra_2", "VrijVeld1", "VrijVeld2", "extra_falt_2", "ekstra_felt_3",
            "доп_поле_1", "доп_поле_2", "ozel_alan_1", "ozel_alan_2"} == {c.name for c in custom + codes}
    for col in custom:
        vals = [str(x) for x in _real(col.values)]
        mails = sum("@" in x for x in vals) / len(vals)
        digits = sum(sum(ch.isdigit() for ch in x) >= 7 and "@" not in x for x in vals) / len(vals)
        if col.kind == "free_text":
            assert 0.15 <= mails <= 0.5 and 0.25 <= digits <= 0.6, col.name
        elif col.kind == "email":
            assert mails == 1, col.name
        elif col.kind == "phone":
            assert digits == 1, col.name
    for col in codes:
        vals = [str(x) for x in _real(col.values)]
        assert not any("@" in x for x in vals) and len(set(vals)) >= 20, col.name


def _one_of(*checks):
    return lambda x: any(check(x) for check in checks)


def _fr_passport(x: str) -> bool:
    return re.fullmatch(r"\d{2}[A-Z]{2}\d{5}", x) is not None


#: (table, column, check) for every checksummed identifier column
CHECKED: list[tuple[str, str, object]] = [
    ("riverbend_pm.tenant_leases", "tenant_ssn", ssn.is_valid),
    ("PGHRENT.TNT_ARREARS_EXTRACT", "TNT-SSN", lambda x: ssn.is_valid(f"{int(x):09d}")),
    ("PrairieHomesRentals.RentalApplications", "Sin", lambda x: sin.is_valid(x) and luhn.is_valid(x.replace(" ", ""))),
    ("UMHLANGA_RENTALS.DEPOSIT_REGISTER", "ID_NUMBER", idnr.is_valid),
    ("fincas_turia.recibos_comunidad", "nif_propietario", _one_of(dni.is_valid, nie.is_valid)),
    ("imobiliaria_foz.visitas_imoveis", "nif", lambda x: pt_nif.is_valid(x) and x[0] in "123"),
    ("imobiliaria_foz.visitas_imoveis", "num_documento", _one_of(cc.is_valid, cpf.is_valid, dni.is_valid,
                                                                 _fr_passport)),
    ("WoonbeheerMaas.Huurachterstanden", "Bsn", bsn.is_valid),
    ("fastighet_malmo.felanmalan", "personnr", personnummer.is_valid),
    ("boligudlejning_fyn.depositum_fraflytning", "cpr_nr", cpr.is_valid),
    ("ук_заречье.начисления_жку", "снилс", values.snils_is_valid),
    ("ук_заречье.начисления_жку", "инн", lambda x: inn.is_valid(x) and len(x) == 12),
    ("site_yonetimi.aidat_otopark", "tc_kimlik_no", tckimlik.is_valid),
]


@pytest.mark.parametrize(("table", "name", "check"), CHECKED, ids=[f"{t}.{c}" for t, c, _ in CHECKED])
def test_when_an_identifier_column_is_built_then_every_value_passes_its_checksum(built, table, name, check) -> None:
    vals = _str(_values(built, table, name))
    assert len(vals) >= 80 and _misses(vals, check) == 0
    assert _column(built, table, name).kind in {"ssn", "national_id"}


def test_when_a_column_holds_identity_documents_of_several_countries_then_each_kind_occurs(built) -> None:
    docs = _str(_values(built, "imobiliaria_foz.visitas_imoveis", "num_documento"))
    counts = [sum(bool(check(x)) for x in docs) for check in (cc.is_valid, cpf.is_valid, dni.is_valid, _fr_passport)]
    assert all(n >= 10 for n in counts) and max(counts) < len(docs)
    passports = _str(_values(built, "UMHLANGA_RENTALS.DEPOSIT_REGISTER", "PASSPORT_NO"))
    assert len(passports) >= 20 and _misses(passports, lambda x: not idnr.is_valid(x)) == 0
    assert len({re.sub(r"\d", "9", re.sub(r"[A-Z]", "A", x)) for x in passports}) >= 3


def test_when_an_iban_or_card_column_is_built_then_every_value_passes_its_check(built) -> None:
    for table, name, country in (("fincas_turia.recibos_comunidad", "iban_domiciliacion", "ES"),
                                 ("WoonbeheerMaas.Huurachterstanden", "Iban", "NL"),
                                 ("boligudlejning_fyn.depositum_fraflytning", "iban_udbetaling", "DK"),
                                 ("site_yonetimi.aidat_otopark", "iade_iban", "TR")):
        vals = _str(_values(built, table, name))
        assert len(vals) >= 80 and _misses(vals, lambda x, k=country: iban.is_valid(x) and x.startswith(k)) == 0, name
        assert _column(built, table, name).kind == "iban"
    cards = [x.replace(" ", "") for x in _str(_values(built, "stg_parking.src_crm_parking_licences", "src_crm_col11"))]
    assert len(cards) >= 80 and _misses(cards, lambda x: len(x) == 16 and luhn.is_valid(x)) == 0


def test_when_a_national_id_encodes_a_birth_date_then_it_is_the_rows(built) -> None:
    for table, idc, dob, get in (("UMHLANGA_RENTALS.DEPOSIT_REGISTER", "ID_NUMBER", "DATE_OF_BIRTH",
                                  idnr.get_birth_date),
                                 ("boligudlejning_fyn.depositum_fraflytning", "cpr_nr", "foedselsdato",
                                  cpr.get_birth_date)):
        rows = zip(_column(built, table, idc).values, _column(built, table, dob).values)
        pairs = [(p, d) for p, d in rows if p is not None]
        assert len(pairs) >= 100, table
        # South African ID numbers carry a two-digit year: compare day, month and the year's last two digits
        assert _misses(pairs, lambda r, f=get: (f(r[0]).month, f(r[0]).day, f(r[0]).year % 100) ==
                       (r[1].month, r[1].day, r[1].year % 100)) == 0, table


def test_when_a_birth_date_is_text_a_number_or_split_then_it_decodes_to_a_real_date(built) -> None:
    ymd = [x for x in _column(built, "PGHRENT.TNT_ARREARS_EXTRACT", "TNT-DOB").values if x]
    assert len(ymd) >= 100 and _misses(ymd, lambda x: 1940 <= date(x // 10_000, x // 100 % 100, x % 100).year) == 0
    for table, name, fmt in (("stg_parking.src_crm_parking_licences", "src_crm_col14", r"(\d\d)/(\d\d)/(\d{4})"),
                             ("ук_заречье.начисления_жку", "дата_рожд", r"(\d\d)\.(\d\d)\.(\d{4})")):
        texts = _str(_values(built, table, name))
        assert len(texts) >= 100 and _misses(texts, lambda x, f=fmt: bool(
            (m := re.fullmatch(f, x)) and date(int(m[3]), int(m[2]), int(m[1])))) == 0, name
    iso = _str(_values(built, "tenant_app_raw.maintenance_requests_json", "tenant.date_of_birth"))
    assert len(iso) >= 100 and _misses(iso, lambda x: bool(date.fromisoformat(x))) == 0
    t = "site_yonetimi.aidat_otopark"
    parts = zip(*(_column(built, t, n).values for n in ("dogum_gun", "dogum_ay", "dogum_yil")))
    assert _misses(list(parts), lambda p: bool(date(p[2], p[1], p[0]))) == 0
    assert {c.name for c in _columns(built) if "dob_part" in c.tags} == {"dogum_gun", "dogum_ay", "dogum_yil"}


def test_when_a_decoy_is_shaped_like_an_identifier_then_it_fails_its_check(built) -> None:
    ledger = _str(_values(built, "riverbend_pm.tenant_leases", "ledger_account_no"))
    assert len(ledger) >= 100 and _misses(ledger, lambda x: re.fullmatch(r"\d{3}-\d{2}-\d{4}", x) and
                                          not ssn.is_valid(x)) == 0
    for table, name, check, size in (
            ("PrairieHomesRentals.RentalApplications", "ApplicationNumber", luhn.is_valid, 9),
            ("UMHLANGA_RENTALS.DEPOSIT_REGISTER", "TRUST_ACCOUNT_REF", idnr.is_valid, 13),
            ("imobiliaria_foz.visitas_imoveis", "ref_visita", pt_nif.is_valid, 9),
            ("WoonbeheerMaas.Huurachterstanden", "DossierNr", bsn.is_valid, 9),
            ("fastighet_malmo.felanmalan", "arendenr", luhn.is_valid, 10),
            ("boligudlejning_fyn.depositum_fraflytning", "synsrapport_nr", cpr.is_valid, 10),
            ("ук_заречье.начисления_жку", "номер_договора", inn.is_valid, 12),
            ("site_yonetimi.aidat_otopark", "abone_no", tckimlik.is_valid, 11)):
        vals = [re.sub(r"[ -]", "", x) for x in _str(_values(built, table, name))]
        assert len(vals) >= 100 and _misses(vals, lambda x, f=check, n=size: len(x) == n and x.isdigit()
                                            and not f(x)) == 0, name
        assert _column(built, table, name).kind == "none"
    shaped = [c for c in _columns(built) if "value_shape" in c.tags]
    assert len(shaped) >= 20 and all(c.kind == "none" for c in shaped)


def test_when_a_business_identifier_is_built_then_it_passes_its_own_check(built) -> None:
    for table, name, check in (("fincas_turia.recibos_comunidad", "cif_comunidad", lambda x: cif.is_valid(x)
                                and x.startswith("H")),
                               ("imobiliaria_foz.visitas_imoveis", "nipc_agencia", lambda x: pt_nif.is_valid(x)
                                and x.startswith("5")),
                               ("qpm_ops.tnt_bond", "agcy_abn", abn.is_valid),
                               ("boligudlejning_fyn.depositum_fraflytning", "udlejer_cvr", cvr.is_valid),
                               ("fastighet_malmo.felanmalan", "entreprenor_orgnr", orgnr.is_valid),
                               ("ук_заречье.начисления_жку", "инн_ук", lambda x: inn.is_valid(x) and len(x) == 10),
                               ("site_yonetimi.aidat_otopark", "yonetim_vkn", vkn.is_valid)):
        vals = _str(_values(built, table, name))
        assert vals and _misses(vals, check) == 0, name
        assert _column(built, table, name).kind == "none" and "business" in _column(built, table, name).tags


def _phone_valid(text: str, region: str) -> bool:
    try:
        return phonenumbers.is_valid_number(phonenumbers.parse(text, region))
    except phonenumbers.NumberParseException:
        return False


#: table -> the region of its phones
PHONE_REGIONS = {
    "riverbend_pm.tenant_leases": "US", "headrowLettings.viewingAppointments": "GB",
    "PrairieHomesRentals.RentalApplications": "CA", "UMHLANGA_RENTALS.DEPOSIT_REGISTER": "ZA",
    "qpm_ops.tnt_bond": "AU", "PGHRENT.TNT_ARREARS_EXTRACT": "US", "stg_parking.src_crm_parking_licences": "IE",
    "tenant_app_raw.maintenance_requests_json": "NZ", "fincas_turia.recibos_comunidad": "ES",
    "imobiliaria_foz.visitas_imoveis": "PT", "WoonbeheerMaas.Huurachterstanden": "NL",
    "fastighet_malmo.felanmalan": "SE", "boligudlejning_fyn.depositum_fraflytning": "DK",
    "ук_заречье.начисления_жку": "RU", "site_yonetimi.aidat_otopark": "TR",
}


def test_when_a_column_is_labeled_phone_then_every_number_is_valid_for_its_region(built) -> None:
    phones = [(t, c) for t in built for c in t.columns if c.kind == "phone"]
    assert len(phones) >= 18 and {t.name for t, _ in phones} == set(PHONE_REGIONS)
    for table, col in phones:
        region = PHONE_REGIONS[table.name]
        vals = _str(_real(col.values))
        assert len(vals) >= 40, f"{table.name}.{col.name}"
        assert _misses(vals, lambda x, r=region: _phone_valid(x, r)) == 0, f"{table.name}.{col.name}"
        assert _misses(vals, lambda x, r=region: phonenumbers.region_code_for_number(
            phonenumbers.parse(x, r)) == r) == 0, f"{table.name}.{col.name}"
    international = [x for _, col in phones for x in _str(_real(col.values)) if x.startswith("+")]
    assert len(international) >= 500


def test_when_a_business_phone_is_built_then_it_is_valid_and_none(built) -> None:
    for table, name in (("riverbend_pm.tenant_leases", "office_phone"),
                        ("headrowLettings.viewingAppointments", "branchPhone"),
                        ("PrairieHomesRentals.RentalApplications", "EmployerPhone"),
                        ("UMHLANGA_RENTALS.DEPOSIT_REGISTER", "AGENCY_PHONE"),
                        ("PGHRENT.TNT_ARREARS_EXTRACT", "MGMT-CO-PHONE"),
                        ("tenant_app_raw.maintenance_requests_json", "contractor.phone"),
                        ("imobiliaria_foz.visitas_imoveis", "telefone_agencia"),
                        ("fastighet_malmo.felanmalan", "entreprenor_tel")):
        col = _column(built, table, name)
        vals = _str(col.values)
        assert col.kind == "none" and "business" in col.tags, name
        assert vals and _misses(vals, lambda x, r=PHONE_REGIONS[table]: _phone_valid(x, r)) == 0, name


def test_when_a_business_column_is_built_then_it_holds_no_private_value_of_its_table(built) -> None:
    for table in built:
        private = {str(x).strip() for c in table.columns if c.kind != "none" for x in _real(c.values)}
        for col in (c for c in table.columns if "business" in c.tags):
            assert _misses(_str(_real(col.values)), lambda x, p=private: x not in p) == 0, col.name


#: (table, column, pattern) of every postal code column
POSTCODES = [
    ("riverbend_pm.tenant_leases", "zip_code", r"23\d{3}"),
    ("headrowLettings.viewingAppointments", "currentPostcode", r"[A-Z]{1,2}\d{1,2} \d[ABD-HJLNP-UW-Z]{2}"),
    ("PrairieHomesRentals.RentalApplications", "CurrentPostalCode", r"R\d[A-Z] \d[A-CEGHJ-NPR-TV-Z]\d"),
    ("UMHLANGA_RENTALS.DEPOSIT_REGISTER", "POSTAL_CODE", r"\d{4}"),
    ("qpm_ops.tnt_bond", "pcode", r"4\d{3}"),
    ("PGHRENT.TNT_ARREARS_EXTRACT", "PROP-ZIP", r"15\d{3}"),
    ("stg_parking.src_crm_parking_licences", "src_crm_col04", r"D\d\d [ACDEFHKNPRTVWXY][0-9ACDEFHKNPRTVWXY]{3}"),
    ("tenant_app_raw.maintenance_requests_json", "property.address.postcode", r"[56]\d{3}"),
    ("fincas_turia.recibos_comunidad", "cp", r"(46|28|02)\d{3}"),
    ("imobiliaria_foz.visitas_imoveis", "codigo_postal", r"4\d{3}-\d{3}"),
    ("WoonbeheerMaas.Huurachterstanden", "Postcode", r"[1-9]\d{3} [A-Z]{2}"),
    ("fastighet_malmo.felanmalan", "postnr", r"2\d{2} \d{2}"),
    ("boligudlejning_fyn.depositum_fraflytning", "postnr", r"5\d{3}"),
    ("ук_заречье.начисления_жку", "индекс", r"42\d{4}"),
]


def test_when_a_postal_code_is_built_then_it_has_its_countrys_format(built) -> None:
    assert {t.name for t in built if any(c.kind == "postal_code" for c in t.columns)} == {t for t, _, _ in POSTCODES}
    for table, name, pattern in POSTCODES:
        col = _column(built, table, name)
        vals = _str(_real(col.values))
        assert col.kind == "postal_code" and len(vals) >= 100, name
        assert _misses(vals, lambda x, p=pattern: re.fullmatch(p, x) is not None) == 0, name


def test_when_non_latin_and_accented_values_are_built_then_their_scripts_occur(built) -> None:
    t = "ук_заречье.начисления_жку"
    assert all(re.fullmatch(r"[а-яё_0-9]+|id|email", c.name) for c in heldout_support.table(built, t).columns)
    for name in ("фамилия", "имя", "отчество"):
        vals = _values(built, t, name)
        assert len(vals) >= 100 and _misses(vals, lambda x: re.fullmatch(r"[А-ЯЁ][а-яё]+", str(x)) is not None) == 0
    patronymics = _values(built, t, "отчество")
    assert _misses(patronymics, lambda x: str(x).endswith(("вич", "вна", "ич", "ична"))) == 0
    turkish = " ".join(str(x) for x in _values(built, "site_yonetimi.aidat_otopark", "soyad"))
    assert set("ıŞşÇçÖöğ") & set(turkish)


def test_when_an_opaque_staging_table_is_built_then_every_column_is_numbered(built) -> None:
    table = heldout_support.table(built, "stg_parking.src_crm_parking_licences")
    assert [c.name for c in table.columns] == [f"src_crm_col{i:02d}" for i in range(1, 19)]
    assert all("opaque" in c.tags for c in table.columns)


def test_when_a_json_export_is_built_then_its_columns_are_dotted_paths(built) -> None:
    table = heldout_support.table(built, "tenant_app_raw.maintenance_requests_json")
    assert all(re.fullmatch(r"[a-z_]+(\[\d\])?(\.[a-z_0-9]+)+", c.name) for c in table.columns)
    assert all("json_path" in c.tags for c in table.columns)


def test_when_a_legacy_table_is_built_then_its_text_is_padded_and_missing_numbers_are_zero(built) -> None:
    table = heldout_support.table(built, "PGHRENT.TNT_ARREARS_EXTRACT")
    padded = [c for c in table.columns
              if c.sql_type == "VARCHAR" and any(isinstance(x, str) and x.endswith(" ") for x in c.values)]
    assert len(padded) >= 6 and all(re.fullmatch(r"[A-Z]+(-[A-Z0-9]+)+", c.name) for c in table.columns)
    for name in ("TNT-SSN", "TNT-DOB", "TNT-HOME-PH"):
        zeros = sum(x == 0 for x in _column(built, table.name, name).values) / len(table.columns[0].values)
        assert 0.05 <= zeros <= 0.35, name


def test_when_the_scorer_builds_set_v142_then_the_file_holds_every_table_with_its_rows(scored_file) -> None:
    built, path = scored_file
    with duckdb.connect(str(path), read_only=True) as con:
        for table in built:
            schema, name = table.name.split(".", 1)
            count = con.execute(f'SELECT count(*) FROM "{schema}"."{name}"').fetchone()[0]
            assert count == len(table.columns[0].values), table.name
    assert heldout_v142.summary(built).startswith("15 tables")
    assert heldout_v2_accuracy.SETS["v142"].DEFAULT_PATH == Path("/tmp/heldout_v142.duckdb")
