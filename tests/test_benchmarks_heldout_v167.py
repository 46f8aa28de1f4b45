"""Held-out set v167: its size, languages, naming styles, labels, row counts, NULL and NULL-word shares, staff,
freelancers, role words and document holders, custom fields, identifiers with check digits (and the birth dates they
encode), dates of birth in their local forms, phones valid for their region, cards, IBANs and bank accounts, decoys
failing their checks and its determinism are the ones asked for (values are only counted or checked here, never
printed).

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
from stdnum.de import idnr
from stdnum.dk import cpr, cvr
from stdnum.fr import nir, siret
from stdnum.gb import nhs
from stdnum.in_ import aadhaar, pan
from stdnum.mx import curp, rfc
from stdnum.nz import ird
from stdnum.tr import tckimlik
from stdnum.ua import rntrc
from stdnum.us import ssn
from stdnum.za import idnr as za_id

REPO = Path(__file__).resolve().parents[1]
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

from benchmarks.classification import heldout_v2_accuracy, heldout_v167
from benchmarks.classification import heldout_v167_values as values
from governance_dagster.kinds import Kind
from tests import heldout_support
from tests.heldout_support import column as _column
from tests.heldout_support import columns as _columns
from tests.heldout_support import misses as _misses
from tests.heldout_support import null_share as _null_share

LANGUAGES = {"en", "da", "es", "pt", "de", "uk", "fr", "tr"}
PERSON_KINDS = {"person_name", "first_name", "last_name"}

scored_file, built = heldout_support.set_fixtures("v167")
_cells = heldout_support.Cells(heldout_v167.NULLISH)
_nullish, _real, _values = _cells.nullish, _cells.real, _cells.values

GB, CA, AU, NZ = (
    "derwent_interpreting.hospital_bookings",
    "grandRiverLanguageTesting.candidateRegistrations",
    "LoddonLanguageServices.TranslatorOnboarding",
    "hb_lang_test.cert_vrf_req",
)
COBOL, STG, ZA = (
    "PRMINTP.INTERP_ENCNTR_EXTRACT",
    "stg_ngp_langtest.src_cand_raw",
    "msunduzi_sworn.cert_translations_json",
)
DK, MX, BR, DE = (
    "oversaettelse_randers.freelance_honorarer",
    "perito_traductor_merida.solicitudes_traduccion",
    "traducao_fortaleza.cadastro_tradutores",
    "GerichtsdolmetscherDortmund.Einsatzauftraege",
)
UA, FR, TR = (
    "бюро_перекладів_дніпро.замовлення_перекладів",
    "interpretariat_hus.missions_interpretes",
    "samsun_dil_sinav.aday_kayitlari",
)


def _str(values: list) -> list[str]:
    return [str(x).strip() for x in values if x not in (0, None)]


def _digits(text: str) -> str:
    return "".join(ch for ch in text if ch.isdigit())


def _pis_valid(text: str) -> bool:
    d = _digits(text)
    return len(d) == 11 and values.pis_check(d[:10]) == d[10]


def _clabe_valid(text: str) -> bool:
    return bool(re.fullmatch(r"\d{18}", text)) and values.clabe_check(text[:17]) == text[17]


def _rows(built: list, table: str, first: str, second: str) -> list[tuple[object, object]]:
    a, b = _column(built, table, first).values, _column(built, table, second).values
    return [(x, y) for x, y in zip(a, b, strict=True) if x is not None and y is not None]


def test_when_two_small_tables_are_built_again_then_every_value_is_the_same(built) -> None:
    assert heldout_support.rebuilt_differently(heldout_v167, built) == []


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
        "freelancer",
        "document_holder",
        "join_key",
        "legacy",
        "opaque",
        "custom_field",
        "custom_plain",
        "split_address",
        "split_dob",
        "locality",
        "birthplace",
        "licence",
        "multi_document",
        "social_insurance",
        "username",
        "bank_account",
        "check_digit",
        "coordinates",
        "partial",
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
    labels = heldout_v167.labels(built)
    assert set(labels) == {t.name for t in built}
    assert sum(len(cols) for cols in labels.values()) == sum(len(t.columns) for t in built)
    assert all(labels[t.name][c.name] == c.kind for t in built for c in t.columns)


def test_when_a_column_is_tagged_then_its_label_follows_the_conventions(built) -> None:
    for col in _columns(built):
        if col.tags & {"business", "decoy", "join_key", "custom_plain", "check_digit", "coordinates", "partial"}:
            assert col.kind == "none", col.name
        if col.kind == "none":
            assert col.tags & {"business", "decoy"}, col.name
        if col.tags & {"freelancer", "document_holder", "role_word", "null_heavy", "nullword_heavy"}:
            assert col.kind != "none", col.name
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
        if col.tags & {"locality", "birthplace"}:
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
    assert len(heavy) >= 7
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
        "invigilator",
        "OnboardedBy",
        "opr_nm",
        "STAFF-INTERP",
        "col20",
        "translator.name",
        "projektleder",
        "perito",
        "coordenadora",
        "Sachbearbeiter",
        "перекладач",
        "interprete",
        "medecin_demandeur",
        "gozetmen",
    } == {c.name for c in staff}
    for col in staff:
        assert col.kind in PERSON_KINDS and 2 <= len(set(_real(col.values))) <= 8, col.name


def test_when_freelancers_are_booked_then_they_are_many_people_each_with_one_tax_id(built) -> None:
    booked = _values(built, GB, "interpreter_name")
    assert len(booked) >= 400 and len(set(booked)) >= 20
    assert _column(built, GB, "interpreter_name").kind == "person_name"
    names = zip(
        _column(built, DE, "DolmetscherVorname").values,
        _column(built, DE, "DolmetscherNachname").values,
        _column(built, DE, "DolmetscherGeburtsdatum").values,
        strict=True,
    )
    pairs = set(zip(names, _column(built, DE, "SteuerIdNr").values, strict=True))
    assert len(pairs) >= 20 and len(pairs) == len({p[0] for p in pairs}) == len({p[1] for p in pairs})
    freelance = [c for c in _columns(built) if "freelancer" in c.tags]
    assert len(freelance) >= 20 and all(c.kind != "none" for c in freelance)


def test_when_a_role_word_or_a_document_holder_holds_people_then_it_is_personal(built) -> None:
    role = [c for c in _columns(built) if "role_word" in c.tags]
    assert len(role) >= 12 and all(c.kind != "none" for c in role)
    assert {
        "next_of_kin_name",
        "EmergencyContactName",
        "req_ctc_nm",
        "GUAR-NM",
        "col11",
        "nome_mae",
        "Beteiligter",
        "accompagnant",
        "baba_adi",
        "anne_adi",
    } <= {c.name for c in role}
    holders = {c.name: c.kind for c in _columns(built) if "document_holder" in c.tags}
    assert holders == {
        "document.holder.name": "person_name",
        "document.holder.birth_date": "date_of_birth",
        "titular_documento": "person_name",
        "власник_документа": "person_name",
    }


def test_when_a_name_is_written_surname_first_with_a_comma_then_every_cell_has_it(built) -> None:
    vals = [str(x) for x in _values(built, COBOL, "GUAR-NM")]
    assert len(vals) >= 200 and _misses(vals, lambda x: bool(re.fullmatch(r"[A-Z' -]+, [A-Z]+", x))) == 0


def test_when_a_custom_field_is_built_then_it_mixes_phones_emails_and_names(built) -> None:
    custom = [c for c in _columns(built) if "custom_field" in c.tags]
    assert len(custom) >= 10
    assert {"misc_1", "Code", "udf3"} <= {c.name for c in custom}
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


#: (table, column, check) for every checksummed identifier of a person
CHECKED: list[tuple[str, str, object]] = [
    (GB, "patient_nhs_number", nhs.is_valid),
    (AU, "Tfn", tfn.is_valid),
    (COBOL, "PT-SSN", lambda x: ssn.is_valid(f"{int(x):09d}")),
    (STG, "col05", aadhaar.is_valid),
    (STG, "col21", pan.is_valid),
    (ZA, "client.id_number", za_id.is_valid),
    (DK, "cpr_nr", cpr.is_valid),
    (MX, "curp", curp.is_valid),
    (MX, "rfc", lambda x: rfc.is_valid(x, validate_check_digits=True)),
    (BR, "cpf", cpf.is_valid),
    (BR, "pis_pasep", _pis_valid),
    (DE, "SteuerIdNr", idnr.is_valid),
    (UA, "рнокпп", rntrc.is_valid),
    (FR, "nir_patient", nir.is_valid),
    (TR, "tc_kimlik_no", tckimlik.is_valid),
    (TR, "yabanci_kimlik_no", lambda x: tckimlik.is_valid(x) and x.startswith("99")),
]


def test_when_an_identifier_column_is_built_then_every_value_passes_its_checksum(built) -> None:
    for table, name, check in CHECKED:
        vals = _str(_values(built, table, name))
        assert len(vals) >= 40 and _misses(vals, check) == 0, name
        assert _column(built, table, name).kind in {"ssn", "national_id"}, name
    assert {c.name for c in _columns(built) if c.kind == "ssn"} == {"PT-SSN", "pis_pasep", "nir_patient"}
    pans = _str(_values(built, STG, "col21"))
    assert _misses(pans, lambda x: pan.info(x)["holder_type"] == "Individual") == 0


def test_when_an_identifier_has_no_public_check_then_it_has_its_documented_shape(built) -> None:
    passport = r"[A-Z]{1,2}\d{6,9}[A-Z]?"
    shapes = [
        (CA, "idDocumentNumber", passport + r"|[A-Z]\d{4}-\d{5}-\d{5}"),
        (AU, "NaatiCpn", r"CPN[A-Z0-9]{6}"),
        (NZ, "cand_pp_no", passport),
        (STG, "col04", r"[A-Z][1-9]\d{6}"),
        (MX, "pasaporte_titular", r"[GNP]\d{8}"),
        (BR, "rg", r"(199[5-9]|20[0-2]\d)\d{6}-\d"),
        (UA, "документ_особи", r"00\d{7}|[А-ЯІЄ]{2}\d{6}|[A-Z]{2}\d{6}"),
        (TR, "pasaport_no", r"U\d{8}"),
    ]
    for table, name, shape in shapes:
        vals = _str(_values(built, table, name))
        assert len(vals) >= 40 and _misses(vals, lambda x, s=shape: re.fullmatch(s, x)) == 0, name
        assert _column(built, table, name).kind == "national_id", name


def test_when_a_national_id_encodes_a_birth_date_then_it_is_the_rows(built) -> None:
    rows = _rows(built, ZA, "client.id_number", "client.birth_date")
    assert len(rows) >= 200
    assert _misses(rows, lambda r: za_id.get_birth_date(r[0]) == datetime.strptime(r[1], "%Y/%m/%d").date()) == 0
    rows = _rows(built, DK, "cpr_nr", "foedselsdato")
    assert len(rows) >= 200
    assert _misses(rows, lambda r: cpr.get_birth_date(r[0]) == datetime.strptime(r[1], "%d-%m-%Y").date()) == 0
    for name in ("curp", "rfc"):
        rows = _rows(built, MX, name, "fecha_nacimiento")
        assert len(rows) >= 150
        assert _misses(rows, lambda r: r[0][4:10] == datetime.strptime(r[1], "%d/%m/%Y").strftime("%y%m%d")) == 0
    rows = _rows(built, UA, "рнокпп", "дата_народження")
    born = date(1899, 12, 31)
    assert len(rows) >= 200
    assert (
        _misses(rows, lambda r: born + timedelta(days=int(r[0][:5])) == datetime.strptime(r[1], "%d.%m.%Y").date()) == 0
    )
    rows = _rows(built, FR, "nir_patient", "date_naissance")
    assert len(rows) >= 200
    assert _misses(rows, lambda r: _digits(r[0])[1:5] == datetime.strptime(r[1], "%d/%m/%Y").strftime("%y%m")) == 0
    french = {p[0] for p in values.FR_BIRTHPLACES if p[1] != "99"}
    rows = _rows(built, FR, "nir_patient", "lieu_naissance")
    assert _misses(rows, lambda r: (_digits(r[0])[5:7] == "99") == (r[1] not in french)) == 0


def test_when_a_date_of_birth_is_numeric_text_or_split_then_it_decodes_to_a_real_date(built) -> None:
    ymd = [x for x in _column(built, COBOL, "PT-DOB").values if x]
    assert len(ymd) >= 400
    assert _misses(ymd, lambda x: 1935 <= datetime(x // 10_000, x // 100 % 100, x % 100).year <= 2025) == 0
    for table, name, fmt in (
        (AU, "DateOfBirth", "%d %b %Y"),
        (NZ, "cand_dob", "%Y-%m-%d"),
        (STG, "col03", "%d-%b-%Y"),
        (ZA, "client.birth_date", "%Y/%m/%d"),
        (ZA, "document.holder.birth_date", "%Y-%m-%d"),
        (DK, "foedselsdato", "%d-%m-%Y"),
        (MX, "fecha_nacimiento", "%d/%m/%Y"),
        (BR, "data_nascimento", "%d/%m/%Y"),
        (DE, "DolmetscherGeburtsdatum", "%d.%m.%Y"),
        (UA, "дата_народження", "%d.%m.%Y"),
        (FR, "date_naissance", "%d/%m/%Y"),
        (TR, "dogum_tarihi", "%d.%m.%Y"),
    ):
        vals = _values(built, table, name)
        assert len(vals) >= 200 and _misses(vals, lambda x, f=fmt: 1930 <= datetime.strptime(x, f).year <= 2025) == 0
        assert _column(built, table, name).kind == "date_of_birth", name
    columns = [_column(built, CA, f"dob{n}").values for n in ("Year", "Month", "Day")]
    parts = list(zip(*columns, strict=True))
    assert len(parts) >= 200 and _misses(parts, lambda p: 1962 <= datetime(*p).year <= 2007) == 0
    for table, name in ((GB, "patient_dob"), (DE, "BeteiligterGeburtsdatum")):
        col = _column(built, table, name)
        assert col.sql_type == "DATE" and col.kind == "date_of_birth", name
        assert all(isinstance(x, date) for x in _real(col.values)), name


#: (table, column, check, shape) of the decoys written like a personal identifier and failing its check
DECOYS = [
    (GB, "referral_ref", nhs.is_valid, r"\d{3} \d{3} \d{4}"),
    (CA, "testTakerId", sin.is_valid, r"\d{9}"),
    (AU, "ContractorNumber", tfn.is_valid, r"\d{9}"),
    (NZ, "vrf_ref", ird.is_valid, r"\d{9}"),
    (COBOL, "ENC-CTL-NO", ssn.is_valid, r"\d{9}"),
    (STG, "col14", aadhaar.is_valid, r"\d{12}"),
    (ZA, "order.number", za_id.is_valid, r"\d{13}"),
    (DK, "kontrakt_nr", cpr.is_valid, r"\d{6}-\d{4}"),
    (MX, "folio", curp.is_valid, r"[A-Z]{4}\d{6}[HM][A-Z]{5}0\d"),
    (BR, "protocolo", cpf.is_valid, r"\d{3}\.\d{3}\.\d{3}-\d{2}"),
    (DE, "Abrechnungsnummer", idnr.is_valid, r"\d{11}"),
    (UA, "номер_замовлення", rntrc.is_valid, r"\d{10}"),
    (FR, "num_mission", nir.is_valid, r"[12]\d{14}"),
    (TR, "basvuru_no", tckimlik.is_valid, r"\d{11}"),
]


def test_when_a_decoy_is_shaped_like_an_identifier_then_it_fails_its_check(built) -> None:
    for table, name, check, shape in DECOYS:
        vals = _str(_values(built, table, name))
        assert len(vals) >= 200, name
        assert _misses(vals, lambda x, f=check, s=shape: bool(re.fullmatch(s, x)) and not f(x)) == 0, name
        assert _column(built, table, name).kind == "none", name
    shaped = [c for c in _columns(built) if "value_shape" in c.tags]
    assert len(shaped) >= 20 and all(c.kind == "none" for c in shaped)


def test_when_a_business_number_has_a_check_digit_then_it_passes_and_is_none(built) -> None:
    checked = [
        (DK, "kunde_cvr", cvr.is_valid),
        (BR, "cnpj_cliente", cnpj.is_valid),
        (FR, "etablissement_siret", siret.is_valid),
    ]
    assert {name for _, name, _ in checked} == {c.name for c in _columns(built) if "check_digit" in c.tags}
    for table, name, check in checked:
        vals = _str(_values(built, table, name))
        assert len(vals) >= 80 and _misses(vals, check) == 0, name
        assert _column(built, table, name).kind == "none", name


def test_when_a_card_column_is_built_then_every_number_passes_luhn(built) -> None:
    cards = [c for c in _columns(built) if c.kind == "credit_card"]
    assert {c.name for c in cards} == {"paymentCardNumber", "CC-NO", "payment.card_number"}
    for col in cards:
        vals = [_digits(x) for x in _str(_real(col.values))]
        assert len(vals) >= 40 and _misses(vals, lambda x: len(x) == 16 and luhn.is_valid(x)) == 0, col.name
    masked = _str(_values(built, STG, "col22"))
    assert len(masked) >= 200 and _misses(masked, lambda x: bool(re.fullmatch(r"\d{6}X{6}\d{4}", x))) == 0


def test_when_an_iban_or_bank_account_column_is_built_then_every_value_passes_its_check(built) -> None:
    ibans = [c for c in _columns(built) if c.kind == "iban"]
    assert {c.name for c in ibans} == {"iban", "Iban", "iade_iban"}
    for col in ibans:
        vals = _str(_real(col.values))
        assert len(vals) >= 40 and _misses(vals, iban.is_valid) == 0, col.name
    clabes = _str(_values(built, MX, "clabe_reembolso"))
    assert len(clabes) >= 30 and _misses(clabes, _clabe_valid) == 0
    banks = [c for c in _columns(built) if "bank_account" in c.tags]
    assert {c.name for c in banks} == {"BankAccountNumber", "bankkonto", "clabe_reembolso", "conta"}
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
    CA: "CA",
    AU: "AU",
    NZ: "NZ",
    COBOL: "US",
    STG: "IN",
    ZA: "ZA",
    DK: "DK",
    MX: "MX",
    BR: "BR",
    DE: "DE",
    UA: "UA",
    FR: "FR",
    TR: "TR",
}


def test_when_a_column_is_labeled_phone_then_every_number_is_valid_for_its_region(built) -> None:
    phones = [(t, c) for t in built for c in t.columns if c.kind == "phone"]
    assert len(phones) >= 16 and {t.name for t, _ in phones} == set(PHONE_REGIONS)
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


def test_when_the_ukrainian_and_turkish_tables_are_built_then_their_names_and_values_are_in_their_scripts(
    built,
) -> None:
    cyrillic = "[\u0400-\u04ff]"
    table = heldout_support.table(built, UA)
    assert re.search(cyrillic, table.name) and all(re.search(cyrillic, c.name) for c in table.columns)
    three = r"[\u0400-\u04ffʼ]+ [\u0400-\u04ffʼ]+ [\u0400-\u04ffʼ]+"
    owners = _values(built, UA, "власник_документа")
    assert len(owners) >= 200 and _misses(owners, lambda x: bool(re.fullmatch(three, str(x)))) == 0
    for name in ("прізвище", "імʼя", "по_батькові", "місто"):
        vals = _values(built, UA, name)
        assert _misses(vals, lambda x: bool(re.fullmatch(r"[\u0400-\u04ffʼ -]+", str(x)))) == 0, name
    turkish = [str(x) for name in ("ad", "soyad", "ilce") for x in _values(built, TR, name)]
    assert sum(bool(re.search("[çğıİöşüÇĞÖŞÜ]", x)) for x in turkish) >= 200


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
    assert sum(x == 0 for x in _column(built, COBOL, "PT-SSN").values) >= 10


def test_when_the_scorer_builds_set_v167_then_the_file_holds_every_table_with_its_rows(scored_file) -> None:
    built, path = scored_file
    with duckdb.connect(str(path), read_only=True) as con:
        for table in built:
            schema, name = table.name.split(".", 1)
            count = con.execute(f'SELECT count(*) FROM "{schema}"."{name}"').fetchone()[0]
            assert count == len(table.columns[0].values), table.name
    assert heldout_v167.summary(built).startswith(f"{len(built)} tables")
    assert heldout_v2_accuracy.SETS["v167"].DEFAULT_PATH == Path("/tmp/heldout_v167.duckdb")
