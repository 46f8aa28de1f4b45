"""Held-out set v170: its size, languages, naming styles, labels, row counts, NULL and NULL-word shares, staff, carers
and role words, custom fields, identifiers with check digits (and the birth dates they encode), dates of birth in their
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
from stdnum.au import tfn
from stdnum.br import cnpj, cpf
from stdnum.ca import sin
from stdnum.de import idnr as steuer_id
from stdnum.dk import cpr, cvr
from stdnum.fr import nir, siret
from stdnum.gb import nhs
from stdnum.ie import pps
from stdnum.in_ import aadhaar, pan
from stdnum.mx import curp
from stdnum.pt import cc, nif
from stdnum.ua import edrpou, rntrc
from stdnum.za import idnr

REPO = Path(__file__).resolve().parents[1]
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

from benchmarks.classification import heldout_v2_accuracy, heldout_v170
from benchmarks.classification import heldout_v170_values as values
from governance_dagster.kinds import Kind
from tests import heldout_support
from tests.heldout_support import column as _column
from tests.heldout_support import columns as _columns
from tests.heldout_support import misses as _misses
from tests.heldout_support import null_share as _null_share

LANGUAGES = {"en", "pt", "da", "uk", "es", "de", "fr"}
PERSON_KINDS = {"person_name", "first_name", "last_name"}

scored_file, built = heldout_support.set_fixtures("v170")
_cells = heldout_support.Cells(heldout_v170.NULLISH)
_nullish, _real, _values = _cells.nullish, _cells.real, _cells.values

GB, US, CA, IE = (
    "baycare_colwyn.care_visits",
    "northshoreMeals.deliveryStops",
    "RiverValleySeniorCare.SafeguardingReferrals",
    "lk_daycentre.trnsp_bkg",
)
COBOL, STG, ZA = (
    "BUNDYAGED.FEE_INVOICE_EXTRACT",
    "stg_mys_homenurse.src_crm_bookings_raw",
    "bcm_carehome.emar_rounds_json",
)
BR, DK, UA, MX = (
    "ilpi_londrina.admissoes_residentes",
    "horsens_visitation.bevillinger",
    "терцентр_тернопіль.візити_соцпрацівників",
    "casa_de_dia_ags.asistencia_transporte",
)
DE, FR, PT = (
    "seniorenheim_passau.heimaufnahmen",
    "portage_repas_dijon.tournees_livraisons",
    "erpi_castelo_branco.plano_medicacao",
)


def _str(values: list) -> list[str]:
    return [str(x).strip() for x in values if x not in (0, None)]


def _digits(text: str) -> str:
    return "".join(ch for ch in text if ch.isdigit())


def _rows(built: list, table: str, first: str, second: str) -> list[tuple[object, object]]:
    a, b = _column(built, table, first).values, _column(built, table, second).values
    return [(x, y) for x, y in zip(a, b, strict=True) if x is not None and y is not None]


def test_when_two_small_tables_are_built_again_then_every_value_is_the_same(built) -> None:
    assert heldout_support.rebuilt_differently(heldout_v170, built) == []


def test_when_the_set_is_built_then_it_has_the_size_languages_styles_and_labels_asked_for(built) -> None:
    columns = _columns(built)
    assert 13 <= len(built) <= 15 and 250 <= len(columns) <= 350
    assert all(200 <= len(t.columns[0].values) <= 800 for t in built)
    assert len({t.name.split(".")[0] for t in built}) == len(built)
    assert all(len({c.name.lower() for c in t.columns}) == len(t.columns) for t in built)
    assert {t.language_of(c) for t in built for c in t.columns} == LANGUAGES
    assert sum(t.language == "en" for t in built) == 7
    assert sorted(t.language for t in built if t.language != "en") == sorted(["pt", "pt", "da", "uk", "es", "de", "fr"])
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
        "care_worker",
        "role_word",
        "join_key",
        "legacy",
        "opaque",
        "custom_field",
        "custom_plain",
        "split_address",
        "split_dob",
        "locality",
        "former_home",
        "key_safe",
        "health_words",
        "coordinates",
        "multi_document",
        "username",
        "bank_account",
        "check_digit",
    } == tags
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
    labels = heldout_v170.labels(built)
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
            "key_safe",
            "health_words",
            "coordinates",
        }:
            assert col.kind == "none", col.name
        if col.kind == "none":
            assert col.tags & {"business", "decoy"}, col.name
        if col.tags & {"custom_field"}:
            assert col.kind == "free_text", col.name
        if col.tags & {"split_address"}:
            assert col.kind == "street_address", col.name
        if col.tags & {"split_dob"}:
            assert col.kind == "date_of_birth", col.name
        if col.tags & {"locality"}:
            assert col.kind == "city", col.name
        if col.tags & {"former_home"}:
            assert col.kind in {"street_address", "city", "postal_code"}, col.name
        if col.tags & {"multi_document"}:
            assert col.kind == "national_id", col.name
        if col.tags & {"staff", "care_worker"}:
            assert col.kind in PERSON_KINDS, col.name
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
        "rota_coordinator",
        "volunteerDriver",
        "AssignedCaseworker",
        "drv_nm",
        "esc_nm",
        "FEE-CLERK",
        "col21",
        "round.given_by",
        "assistente_social",
        "visitator",
        "соціальний_працівник",
        "chofer",
        "sozialdienst",
        "livreur",
        "administrado_por",
    } == {c.name for c in staff}
    for col in staff:
        assert col.kind in PERSON_KINDS and 2 <= len(set(_real(col.values))) <= 8, col.name
    carers = [c for c in _columns(built) if "care_worker" in c.tags]
    assert {c.name for c in carers} == {"carer_name", "second_carer"}
    for col in carers:
        assert col.kind == "person_name" and 15 <= len(set(_real(col.values))) <= 30, col.name


def test_when_a_role_word_holds_people_then_it_is_personal(built) -> None:
    role = [c for c in _columns(built) if "role_word" in c.tags]
    assert len(role) >= 30 and all(c.kind != "none" for c in role)
    assert {
        "next_of_kin",
        "lpa_health_welfare",
        "emergencyContactName",
        "AllegedPersonName",
        "ReporterName",
        "ReporterEmail",
        "nok_nm",
        "PAYER-NAME",
        "col16",
        "col18",
        "resident.next_of_kin.name",
        "resident.gp.name",
        "nome_mae",
        "responsavel_nome",
        "responsavel_cpf",
        "curador",
        "paaroerende",
        "fremtidsfuldmaegtig",
        "родич",
        "responsable_familiar",
        "bevollmaechtigter",
        "gesetzlicher_betreuer",
        "hausarzt",
        "kontoinhaber",
        "aidant_nom",
        "medico_assistente",
        "familiar_responsavel",
    } <= {c.name for c in role}


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


def _clabe_ok(x: str) -> bool:
    weights = (3, 7, 1)
    return len(x) == 18 and (10 - sum(int(d) * weights[i % 3] % 10 for i, d in enumerate(x[:17])) % 10) % 10 == int(
        x[17]
    )


#: (table, column, check) for every checksummed identifier of a person
CHECKED: list[tuple[str, str, object]] = [
    (GB, "nhs_number", nhs.is_valid),
    (CA, "Sin", sin.is_valid),
    (IE, "cl_ppsn", pps.is_valid),
    (COBOL, "RES-MEDICARE-NO", values.medicare_is_valid),
    (STG, "col04", aadhaar.is_valid),
    (STG, "col05", pan.is_valid),
    (ZA, "resident.id_number", idnr.is_valid),
    (BR, "cpf", cpf.is_valid),
    (BR, "responsavel_cpf", cpf.is_valid),
    (BR, "cartao_sus", values.cns_is_valid),
    (DK, "cpr_nummer", cpr.is_valid),
    (UA, "рнокпп", rntrc.is_valid),
    (MX, "curp", curp.is_valid),
    (MX, "nss", luhn.is_valid),
    (DE, "steuer_id", steuer_id.is_valid),
    (DE, "rentenversicherungsnummer", values.rvnr_is_valid),
    (DE, "personalausweisnummer", lambda x: values.ausweis_check(x[:9]) == x[9]),
    (FR, "numero_securite_sociale", nir.is_valid),
    (PT, "nif", nif.is_valid),
    (PT, "cartao_cidadao", cc.is_valid),
    (PT, "niss", lambda x: values.niss_check(x[:10]) == x[10]),
]


def test_when_an_identifier_column_is_built_then_every_value_passes_its_checksum(built) -> None:
    for table, name, check in CHECKED:
        vals = _str(_values(built, table, name))
        assert len(vals) >= 40 and _misses(vals, check) == 0, name
        assert _column(built, table, name).kind in {"ssn", "national_id"}, name
    ssns = {c.name for c in _columns(built) if c.kind == "ssn"}
    assert ssns == {"Sin", "cl_ppsn", "nss", "rentenversicherungsnummer", "numero_securite_sociale", "niss"}
    pans = _str(_values(built, STG, "col05"))
    assert len(pans) >= 200 and _misses(pans, lambda x: pan.info(x)["holder_type"] == "Individual") == 0
    personal_nifs = _str(_values(built, PT, "nif"))
    assert _misses(personal_nifs, lambda x: x[0] in "123") == 0
    rows = _rows(built, MX, "curp", "apellido_paterno")
    assert len(rows) >= 200 and _misses(rows, lambda r: r[0][0] == values.fold(r[1])[0].upper()) == 0
    rows = _rows(built, DE, "rentenversicherungsnummer", "geburtsname")
    assert len(rows) >= 80 and _misses(rows, lambda r: r[0].replace(" ", "")[8] == values.fold(r[1])[0].upper()) == 0


def test_when_an_identifier_has_no_public_check_then_it_has_its_documented_shape(built) -> None:
    mbi = "[1-9][AC-HJKMNP-RT-Y][AC-HJKMNP-RT-Y0-9][0-9]-?[AC-HJKMNP-RT-Y][AC-HJKMNP-RT-Y0-9][0-9]-?[AC-HJKMNP-RT-Y]{2}"
    shapes = [
        (US, "medicareMbi", mbi + "[0-9]{2}"),
        (CA, "MedicareNumber", r"[1-9]\d{8}"),
        (COBOL, "RES-CRN", r"[2-6]\d{8}[A-Z]"),
        (STG, "col18", r"[A-Z][1-9]\d{6}"),
        (BR, "rg", r"\d{2}\.\d{3}\.\d{3}-[\dX]"),
        (UA, "документ", r"\d{9}|[А-ЯІ]{2} \d{6}"),
        (MX, "clave_elector", r"[A-Z]{6}\d{6}01[HM]\d{3}"),
        (PT, "numero_utente", r"[1-3]\d{8}"),
    ]
    for table, name, shape in shapes:
        vals = _str(_values(built, table, name))
        assert len(vals) >= 40 and _misses(vals, lambda x, s=shape: re.fullmatch(s, x)) == 0, name
        assert _column(built, table, name).kind == "national_id", name


def _rnokpp_birth(number: str) -> date:
    return date(1899, 12, 31) + timedelta(days=int(number[:5]))


def test_when_a_national_id_encodes_a_birth_date_then_it_is_the_rows(built) -> None:
    checks = [
        (ZA, "resident.id_number", "resident.birth_date", idnr.get_birth_date, "%Y/%m/%d"),
        (DK, "cpr_nummer", "foedselsdato", cpr.get_birth_date, "%d-%m-%Y"),
        (UA, "рнокпп", "дата_народження", _rnokpp_birth, "%d.%m.%Y"),
        (MX, "curp", "fecha_nacimiento", curp.get_birth_date, None),
    ]
    for table, number, born, decode, fmt in checks:
        rows = _rows(built, table, number, born)
        assert len(rows) >= 200, number
        if fmt is None:
            assert _misses(rows, lambda r, d=decode: values.fecha_larga(d(r[0])) == r[1]) == 0, number
        else:
            assert _misses(rows, lambda r, d=decode, f=fmt: d(r[0]) == datetime.strptime(r[1], f).date()) == 0, number
    rows = _rows(built, DE, "rentenversicherungsnummer", "geburtsdatum")
    assert len(rows) >= 200
    ddmmyy = [(r[0].replace(" ", "")[2:8], datetime.strptime(r[1], "%d.%m.%Y").strftime("%d%m%y")) for r in rows]
    assert _misses(ddmmyy, lambda r: r[0] == r[1]) == 0
    rows = _rows(built, FR, "numero_securite_sociale", "date_naissance")
    assert len(rows) >= 200
    yymm = [(r[0].replace(" ", "")[1:5], datetime.strptime(r[1], "%d/%m/%Y").strftime("%y%m")) for r in rows]
    assert _misses(yymm, lambda r: r[0] == r[1]) == 0


def test_when_a_date_of_birth_is_numeric_text_or_split_then_it_decodes_to_a_real_date(built) -> None:
    ymd = [x for x in _column(built, COBOL, "RES-DOB").values if x]
    assert len(ymd) >= 200
    assert _misses(ymd, lambda x: 1920 <= datetime(x // 10_000, x // 100 % 100, x % 100).year <= 1965) == 0
    assert sum(x == 0 for x in _column(built, COBOL, "RES-DOB").values) >= 3
    for table, name, fmt in (
        (CA, "ResidentDateOfBirth", "%Y-%m-%d"),
        (IE, "cl_dob", "%d/%m/%Y"),
        (STG, "col03", "%d-%m-%Y"),
        (ZA, "resident.birth_date", "%Y/%m/%d"),
        (BR, "data_nascimento", "%d/%m/%Y"),
        (DK, "foedselsdato", "%d-%m-%Y"),
        (UA, "дата_народження", "%d.%m.%Y"),
        (DE, "geburtsdatum", "%d.%m.%Y"),
        (FR, "date_naissance", "%d/%m/%Y"),
        (PT, "data_nascimento", "%d-%m-%Y"),
    ):
        vals = _values(built, table, name)
        assert len(vals) >= 200, name
        assert _misses(vals, lambda x, f=fmt: 1920 <= datetime.strptime(x, f).year <= 1965) == 0, name
    long_form = _values(built, MX, "fecha_nacimiento")
    pattern = r"([1-9]|[12]\d|3[01]) de (" + "|".join(values.MESES) + r") de 19[2-6]\d"
    assert len(long_form) >= 200 and _misses(long_form, lambda x: re.fullmatch(pattern, x)) == 0
    columns = [_column(built, US, f"dob{n}").values for n in ("Year", "Month", "Day")]
    parts = list(zip(*columns, strict=True))
    assert len(parts) >= 200 and _misses(parts, lambda p: 1920 <= datetime(*p).year <= 1965) == 0
    assert {c.sql_type for c in heldout_support.table(built, GB).columns if c.kind == "date_of_birth"} == {"DATE"}


def test_when_a_decoy_is_shaped_like_an_identifier_then_it_fails_its_check(built) -> None:
    for table, name, check, size in (
        (GB, "visit_ref", nhs.is_valid, 10),
        (US, "caseNumber", lambda x: not re.fullmatch(r"(000|666|9\d\d)-\d\d-\d{4}", x), 9),
        (CA, "ReferralNumber", sin.is_valid, 9),
        (IE, "trip_ref", pps.is_valid, 7),
        (COBOL, "INV-CTL-NO", tfn.is_valid, 9),
        (STG, "col12", aadhaar.is_valid, 12),
        (ZA, "record.dispensing_batch", idnr.is_valid, 13),
        (BR, "numero_prontuario", cpf.is_valid, 11),
        (DK, "sagsnummer", cpr.is_valid, 10),
        (UA, "номер_справи", rntrc.is_valid, 10),
        (MX, "folio", luhn.is_valid, 11),
        (DE, "heimvertrag_nr", steuer_id.is_valid, 11),
        (FR, "numero_beneficiaire", nir.is_valid, 15),
        (PT, "numero_processo", nif.is_valid, 9),
    ):
        vals = _str(_values(built, table, name))
        assert len(vals) >= 200 and _misses(vals, lambda x, f=check, n=size: len(_digits(x)) == n and not f(x)) == 0
        assert _column(built, table, name).kind == "none", name
    shaped = [c for c in _columns(built) if "value_shape" in c.tags]
    assert len(shaped) >= 16 and all(c.kind == "none" for c in shaped)
    keys = [c for c in _columns(built) if "key_safe" in c.tags]
    assert {c.name for c in keys} == {"key_safe_code", "keyBoxCode", "noeglebokskode", "code_boite_a_cles"}
    for col in keys:
        vals = _str(_real(col.values))
        assert len(vals) >= 100 and _misses(vals, lambda x: re.fullmatch(r"\d{4,5}", x)) == 0, col.name


def test_when_a_business_number_has_a_check_digit_then_it_passes_and_is_none(built) -> None:
    checked = [
        (BR, "farmacia_cnpj", cnpj.is_valid),
        (DK, "leverandoer_cvr", cvr.is_valid),
        (UA, "єдрпоу_постачальника", edrpou.is_valid),
        (FR, "traiteur_siret", siret.is_valid),
        (PT, "farmacia_nipc", lambda x: nif.is_valid(x) and x.startswith("5")),
    ]
    assert {name for _, name, _ in checked} == {c.name for c in _columns(built) if "check_digit" in c.tags}
    for table, name, check in checked:
        vals = _str(_values(built, table, name))
        assert len(vals) >= 80 and _misses(vals, check) == 0, name
        assert _column(built, table, name).kind == "none", name


def test_when_a_card_column_is_built_then_every_number_passes_luhn(built) -> None:
    cards = [c for c in _columns(built) if c.kind == "credit_card"]
    assert {c.name for c in cards} == {"donationCardNumber"}
    for col in cards:
        vals = [_digits(x) for x in _str(_real(col.values))]
        assert len(vals) >= 40 and _misses(vals, lambda x: len(x) == 16 and luhn.is_valid(x)) == 0, col.name


def test_when_an_iban_or_bank_account_column_is_built_then_every_value_passes_its_check(built) -> None:
    ibans = [c for c in _columns(built) if c.kind == "iban"]
    assert {c.name for c in ibans} == {"рахунок_пенсії", "sepa_iban", "iban_prelevement"}
    for col in ibans:
        vals = _str(_real(col.values))
        assert len(vals) >= 40 and _misses(vals, iban.is_valid) == 0, col.name
    countries = {"рахунок_пенсії": "UA", "sepa_iban": "DE", "iban_prelevement": "FR"}
    for col in ibans:
        assert _misses(_str(_real(col.values)), lambda x, p=countries[col.name]: x.startswith(p)) == 0, col.name
    clabes = _str(_values(built, MX, "clabe_reembolso"))
    assert len(clabes) >= 40 and _misses(clabes, _clabe_ok) == 0
    accounts = _str(_values(built, DK, "egenbetaling_konto"))
    assert len(accounts) >= 80 and _misses(accounts, lambda x: re.fullmatch(r"\d{4} \d{10}", x)) == 0
    banks = [c for c in _columns(built) if "bank_account" in c.tags]
    assert {c.name for c in banks} == {"PAYER-ACCT-NO", "egenbetaling_konto", "clabe_reembolso"}
    assert {c.name for c in _columns(built) if "username" in c.tags} == {"lst_upd_by", "col15"}
    assert all(c.kind == "unclassified" for c in _columns(built) if c.tags & {"bank_account", "username"})


def test_when_a_column_is_labeled_ip_address_then_every_value_is_an_ip(built) -> None:
    ips = [c for c in _columns(built) if c.kind == "ip_address"]
    assert {c.name for c in ips} == {"intakeIp", "ReportIp", "col19", "meta.ip"}
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
    US: "US",
    CA: "CA",
    IE: "IE",
    COBOL: "AU",
    STG: "IN",
    ZA: "ZA",
    BR: "BR",
    DK: "DK",
    UA: "UA",
    MX: "MX",
    DE: "DE",
    FR: "FR",
    PT: "PT",
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


def test_when_a_business_column_is_built_then_it_holds_no_private_value_of_its_table(built) -> None:
    for table in built:
        private = {str(x).strip() for c in table.columns if c.kind != "none" for x in _real(c.values)}
        for col in (c for c in table.columns if "business" in c.tags):
            assert _misses(_str(_real(col.values)), lambda x, p=private: x not in p) == 0, col.name


def test_when_a_postal_code_is_built_then_it_has_its_country_shape(built) -> None:
    for table, name, shape in (
        (GB, "postcode", r"LL\d\d \d[ABD-HJLNP-UW-Z]{2}"),
        (US, "zipCode", r"5[45]\d{3}"),
        (CA, "PostalCode", r"E\d[A-Z] \d[ABCEGHJ-NPRSTV-Z]\d"),
        (IE, "eircd", r"F9[23] [ACDEFHKNPRTVWXY][0-9ACDEFHKNPRTVWXY]{3}"),
        (STG, "col10", r"57\d{4}"),
        (ZA, "resident.previous_address.postal_code", r"\d{4}"),
        (BR, "cep", r"86\d{3}-\d{3}"),
        (DK, "postnr", r"[78]\d{3}"),
        (UA, "індекс", r"4[678]\d{3}"),
        (MX, "cp", r"20\d{3}"),
        (DE, "plz", r"94\d{3}"),
        (FR, "code_postal", r"21\d{3}"),
        (PT, "codigo_postal", r"6\d{3}-\d{3}"),
    ):
        vals = _str(_values(built, table, name))
        assert len(vals) >= 200 and _misses(vals, lambda x, s=shape: re.fullmatch(s, x)) == 0, name
        assert _column(built, table, name).kind == "postal_code", name
    codes = [c for c in _columns(built) if c.kind == "postal_code"]
    assert len(codes) == 14 and {c.sql_type for c in codes if c.tags & {"legacy"}} == {"INTEGER"}


def test_when_a_client_recurs_across_visits_then_their_identifiers_stay_together(built) -> None:
    for table, name, number in (
        (GB, "client_surname", "nhs_number"),
        (IE, "cl_lnm", "cl_ppsn"),
        (DK, "efternavn", "cpr_nummer"),
        (UA, "прізвище", "рнокпп"),
        (MX, "apellido_paterno", "curp"),
        (FR, "nom", "numero_securite_sociale"),
        (PT, "apelidos", "nif"),
    ):
        pairs = _rows(built, table, number, name)
        people = {}
        for key, who in pairs:
            people.setdefault(key, set()).add(who)
        assert len(people) < len(pairs) / 2 and all(len(w) == 1 for w in people.values()), table


def test_when_the_ukrainian_table_is_built_then_its_names_and_values_are_cyrillic(built) -> None:
    cyrillic = "[\u0400-\u04ff]"
    table = heldout_support.table(built, UA)
    assert re.search(cyrillic, table.name) and all(re.search(cyrillic, c.name) for c in table.columns)
    for name in ("прізвище", "імʼя", "по_батькові", "родич", "соціальний_працівник"):
        vals = _values(built, UA, name)
        assert _misses(vals, lambda x: bool(re.fullmatch(r"[\u0400-\u04ff .ʼ'-]+", str(x)))) == 0, name
    patronymics = _values(built, UA, "по_батькові")
    assert len(patronymics) >= 200 and _misses(patronymics, lambda x: x.endswith(("ович", "івна", "ївна"))) == 0


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
    numeric = {c.sql_type for c in table.columns if c.kind in {"phone", "postal_code", "date_of_birth"}}
    assert numeric <= {"BIGINT", "INTEGER"}
    assert sum(x == 0 for x in _column(built, COBOL, "PAYER-PHONE").values) >= 5


def test_when_the_scorer_builds_set_v170_then_the_file_holds_every_table_with_its_rows(scored_file) -> None:
    built, path = scored_file
    with duckdb.connect(str(path), read_only=True) as con:
        for table in built:
            schema, name = table.name.split(".", 1)
            count = con.execute(f'SELECT count(*) FROM "{schema}"."{name}"').fetchone()[0]
            assert count == len(table.columns[0].values), table.name
    assert heldout_v170.summary(built).startswith(f"{len(built)} tables")
    assert heldout_v2_accuracy.SETS["v170"].DEFAULT_PATH == Path("/tmp/heldout_v170.duckdb")
