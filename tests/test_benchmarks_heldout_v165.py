"""Held-out set v165: its size, languages, naming styles, labels, row counts, NULL and NULL-word shares, staff and
role words, custom fields, pseudonymised codes, identifiers with check digits (and the birth dates they encode), dates
of birth in their local forms, phones valid for their region, cards, IBANs and bank accounts, decoys failing their
checks and its determinism are the ones asked for (values are only counted or checked here, never printed).

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
from stdnum.be import nn
from stdnum.ca import bc_phn, sin
from stdnum.es import cif, dni, nie
from stdnum.gb import nhs
from stdnum.it import codicefiscale, iva
from stdnum.jp import cn as jp_cn
from stdnum.jp import in_ as my_number
from stdnum.ru import inn, ogrn
from stdnum.se import orgnr, personnummer
from stdnum.th import pin as th_pin
from stdnum.tr import tckimlik, vkn
from stdnum.us import ssn
from stdnum.za import idnr

REPO = Path(__file__).resolve().parents[1]
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

from benchmarks.classification import heldout_v2_accuracy, heldout_v165
from benchmarks.classification import heldout_v165_values as values
from governance_dagster.kinds import Kind
from tests import heldout_support
from tests.heldout_support import column as _column
from tests.heldout_support import columns as _columns
from tests.heldout_support import misses as _misses
from tests.heldout_support import null_share as _null_share

LANGUAGES = {"en", "it", "es", "sv", "tr", "ru", "ja", "nl"}
PERSON_KINDS = {"person_name", "first_name", "last_name"}

scored_file, built = heldout_support.set_fixtures("v165")
_cells = heldout_support.Cells(heldout_v165.NULLISH)
_nullish, _real, _values = _cells.nullish, _cells.real, _cells.values

GB, CA, AU, ZA = (
    "trent_phase1.volunteer_screening",
    "okanaganResearch.stipendClaims",
    "HunterTrialsUnit.AdverseEventReports",
    "nmb_crs.rnd_vst_log",
)
COBOL, STG, KE = "OMHBIO.DONOR_MASTER_EXTRACT", "stg_cnx_cro.src_ctms_pay_raw", "kisumu_econsent.consent_records_json"
IT, ES, SE, TR = (
    "biobanca_pavia.donatori_campioni",
    "cro_pamplona.investigadores_centros",
    "kliniska_studier_lkpg.screeninglogg",
    "eskisehir_klinik_arastirma.ziyaretler",
)
RU, JA, BE = (
    "клиника_исследований_казань.нежелательные_явления",
    "兼六治験センター.負担軽減費支払",
    "fase1_gent.KandidatenRekrutering",
)


def _str(values: list) -> list[str]:
    return [str(x).strip() for x in values if x not in (0, None)]


def _digits(text: str) -> str:
    return "".join(ch for ch in text if ch.isdigit())


def _rows(built: list, table: str, first: str, second: str) -> list[tuple[object, object]]:
    a, b = _column(built, table, first).values, _column(built, table, second).values
    return [(x, y) for x, y in zip(a, b, strict=True) if x is not None and y is not None]


def test_when_two_small_tables_are_built_again_then_every_value_is_the_same(built) -> None:
    assert heldout_support.rebuilt_differently(heldout_v165, built) == []


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
        "health_number",
        "social_insurance",
        "pseudonym",
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
    labels = heldout_v165.labels(built)
    assert set(labels) == {t.name for t in built}
    assert sum(len(cols) for cols in labels.values()) == sum(len(t.columns) for t in built)
    assert all(labels[t.name][c.name] == c.kind for t in built for c in t.columns)


def test_when_a_column_is_tagged_then_its_label_follows_the_conventions(built) -> None:
    for col in _columns(built):
        if col.tags & {"business", "decoy", "join_key", "custom_plain", "check_digit", "pseudonym"}:
            assert col.kind == "none", col.name
        if col.kind == "none":
            assert col.tags & {"business", "decoy"}, col.name
        if col.tags & {"custom_field"}:
            assert col.kind == "free_text", col.name
        if col.tags & {"licence", "health_number"}:
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
        "screening_physician",
        "approvedBy",
        "ReportingInvestigator",
        "MonitorVerifiedBy",
        "stdy_crd",
        "CONSENTED-BY",
        "col20",
        "staff.consenter",
        "operatore_custodia",
        "monitor_asignado",
        "forskningssjukskoterska",
        "arastirma_hemsiresi",
        "исследователь",
        "担当CRC",
        "Rekruteerder",
    } == {c.name for c in staff}
    for col in staff:
        assert col.kind in PERSON_KINDS and 2 <= len(set(_real(col.values))) <= 8, col.name


def test_when_investigators_are_the_table_s_subjects_then_they_are_many_and_not_staff(built) -> None:
    table = heldout_support.table(built, ES)
    names = {(a, b) for a, b in _rows(built, ES, "nombre", "primer_apellido")}
    assert len(names) >= 60 and not any("staff" in c.tags for c in table.columns if c.name != "monitor_asignado")


def test_when_a_role_word_holds_people_then_it_is_personal(built) -> None:
    role = [c for c in _columns(built) if "role_word" in c.tags]
    assert len(role) >= 20 and all(c.kind != "none" for c in role)
    assert {
        "gp_name",
        "NextOfKinNotified",
        "tx_sprt_nm",
        "grdn_nm",
        "LAR-NM",
        "col19",
        "guardian.name",
        "witness.name",
        "medico_curante",
        "familiare_referente",
        "narstaende",
        "baba_adi",
        "anne_adi",
        "refakatci",
        "родственник",
        "口座名義",
        "Huisarts",
    } <= {c.name for c in role}


def test_when_a_name_is_written_surname_first_with_a_comma_then_every_cell_has_it(built) -> None:
    vals = [str(x) for x in _values(built, COBOL, "LAR-NM")]
    assert len(vals) >= 100 and _misses(vals, lambda x: bool(re.fullmatch(r"[A-Z' -]+, [A-Z]+", x))) == 0


def test_when_a_custom_field_is_built_then_it_mixes_phones_emails_and_names(built) -> None:
    custom = [c for c in _columns(built) if "custom_field" in c.tags]
    assert len(custom) >= 10 and {"misc_1", "notes2", "code", "Udf3"} <= {c.name for c in custom}
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


def test_when_a_participant_is_pseudonymised_then_the_code_holds_no_name_or_number_of_a_person(built) -> None:
    pseudo = [(t, c) for t in built for c in t.columns if "pseudonym" in c.tags]
    assert len(pseudo) >= 9
    for table, col in pseudo:
        vals = _str(_real(col.values))
        assert col.kind == "none" and len(vals) >= 150, col.name
        assert _misses(vals, lambda x: len(x) <= 14 and len(_digits(x)) <= 7 and "@" not in x) == 0, col.name


#: (table, column, check) for every checksummed identifier of a person
CHECKED: list[tuple[str, str, object]] = [
    (GB, "nhs_number", nhs.is_valid),
    (CA, "sin", sin.is_valid),
    (CA, "bcPhn", bc_phn.is_valid),
    (AU, "MedicareNumber", values.medicare_is_valid),
    (ZA, "pt_idno", idnr.is_valid),
    (COBOL, "DNR-SSN", lambda x: ssn.is_valid(f"{int(x):09d}")),
    (STG, "col04", th_pin.is_valid),
    (IT, "codice_fiscale", codicefiscale.is_valid),
    (ES, "dni_nie", lambda x: dni.is_valid(x) or nie.is_valid(x)),
    (SE, "personnummer", personnummer.is_valid),
    (TR, "tc_kimlik_no", tckimlik.is_valid),
    (RU, "инн", inn.is_valid),
    (RU, "снилс", lambda x: values.snils_check(_digits(x)[:9]) == _digits(x)[9:]),
    (JA, "マイナンバー", my_number.is_valid),
    (BE, "Rijksregisternummer", nn.is_valid),
]


def test_when_an_identifier_column_is_built_then_every_value_passes_its_checksum(built) -> None:
    for table, name, check in CHECKED:
        vals = _str(_values(built, table, name))
        assert len(vals) >= 40 and _misses(vals, check) == 0, name
        assert _column(built, table, name).kind in {"ssn", "national_id"}, name
    for table, name in ((GB, "ni_number"), (CA, "sin"), (COBOL, "DNR-SSN"), (RU, "снилс")):
        assert _column(built, table, name).kind == "ssn", name
    nies = [x for x in _str(_values(built, ES, "dni_nie")) if x[0] in "XYZ"]
    assert len(nies) >= 10


def test_when_an_identifier_has_no_public_check_then_it_has_its_documented_shape(built) -> None:
    shapes = [
        (GB, "ni_number", r"[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]\d{6}[A-D]|[A-Z]{2}( \d\d){3} [A-D]"),
        (ZA, "pt_pp_no", r"(FN|MA)\d{6}|[A-Z]\d{8}"),
        (KE, "participant.national_id", r"[1-3]?\d{7}"),
        (ES, "num_colegiado", r"(31|20|01|26|48|50)\d{7}"),
        (TR, "pasaport_no", r"[A-Z]\d{8}"),
        (RU, "паспорт", r"92 \d\d \d{6}"),
    ]
    for table, name, shape in shapes:
        vals = _str(_values(built, table, name))
        assert len(vals) >= 40 and _misses(vals, lambda x, s=shape: re.fullmatch(s, x)) == 0, name
        assert _column(built, table, name).kind in {"national_id", "ssn"}, name


def test_when_a_national_id_encodes_a_birth_date_then_it_is_the_rows(built) -> None:
    rows = _rows(built, ZA, "pt_idno", "pt_dob")
    assert len(rows) >= 200
    assert _misses(rows, lambda r: idnr.get_birth_date(r[0]) == datetime.strptime(r[1], "%Y/%m/%d").date()) == 0
    rows = _rows(built, IT, "codice_fiscale", "data_nascita")
    assert len(rows) >= 200
    assert (
        _misses(rows, lambda r: codicefiscale.get_birth_date(r[0]) == datetime.strptime(r[1], "%d/%m/%Y").date()) == 0
    )
    rows = _rows(built, SE, "personnummer", "fodelsedatum")
    assert len(rows) >= 200 and _misses(rows, lambda r: personnummer.get_birth_date(r[0]).isoformat() == r[1]) == 0
    rows = _rows(built, BE, "Rijksregisternummer", "Geboortedatum")
    assert len(rows) >= 100
    assert _misses(rows, lambda r: nn.get_birth_date(r[0]) == datetime.strptime(r[1], "%d/%m/%Y").date()) == 0


def _wareki(text: str) -> date:
    era, y, m, d = re.fullmatch(r"(昭和|平成|令和)(元|\d+)年(\d+)月(\d+)日", text).groups()
    year = 1 if y == "元" else int(y)
    return date(year + {"昭和": 1925, "平成": 1988, "令和": 2018}[era], int(m), int(d))


def _buddhist(text: str) -> date:
    d, m, y = (int(p) for p in text.split("/"))
    return date(y - 543, m, d)


def test_when_a_date_of_birth_is_numeric_text_or_split_then_it_decodes_to_a_real_date(built) -> None:
    ymd = [x for x in _column(built, COBOL, "DNR-DOB").values if x]
    assert len(ymd) >= 300
    assert _misses(ymd, lambda x: 1932 <= datetime(x // 10_000, x // 100 % 100, x % 100).year <= 2004) == 0
    assert sum(x == 0 for x in _column(built, COBOL, "DNR-DOB").values) >= 5
    for table, name, parse in (
        (AU, "DateOfBirth", lambda x: datetime.strptime(x, "%d/%m/%Y").date()),
        (ZA, "pt_dob", lambda x: datetime.strptime(x, "%Y/%m/%d").date()),
        (STG, "col03", _buddhist),
        (KE, "participant.birth_date", date.fromisoformat),
        (IT, "data_nascita", lambda x: datetime.strptime(x, "%d/%m/%Y").date()),
        (ES, "fecha_nacimiento", lambda x: datetime.strptime(x, "%d-%m-%Y").date()),
        (SE, "fodelsedatum", date.fromisoformat),
        (TR, "dogum_tarihi", lambda x: datetime.strptime(x, "%d.%m.%Y").date()),
        (RU, "дата_рождения", lambda x: datetime.strptime(x, "%d.%m.%Y").date()),
        (JA, "生年月日", _wareki),
        (BE, "Geboortedatum", lambda x: datetime.strptime(x, "%d/%m/%Y").date()),
    ):
        vals = _values(built, table, name)
        assert len(vals) >= 200 and _misses(vals, lambda x, p=parse: 1932 <= p(x).year <= 2012) == 0, name
    assert sum(x.startswith("昭和") for x in _values(built, JA, "生年月日")) >= 50
    assert sum(x.startswith("平成") for x in _values(built, JA, "生年月日")) >= 20
    columns = [_column(built, CA, f"birth{n}").values for n in ("Year", "Month", "Day")]
    parts = [p for p in zip(*columns, strict=True) if p[0] is not None]
    assert len(parts) >= 200 and all(None not in p for p in parts)
    assert _misses(parts, lambda p: 1948 <= datetime(*p).year <= 2005) == 0
    assert {c.sql_type for c in heldout_support.table(built, GB).columns if c.kind == "date_of_birth"} == {"DATE"}


def test_when_a_decoy_is_shaped_like_an_identifier_then_it_fails_its_check(built) -> None:
    for table, name, check, size in (
        (GB, "screening_no", nhs.is_valid, 10),
        (CA, "claimNumber", sin.is_valid, 9),
        (AU, "SafetyReportNumber", values.medicare_is_valid, 10),
        (ZA, "scr_no", idnr.is_valid, 13),
        (COBOL, "DNR-CTL-NO", ssn.is_valid, 9),
        (STG, "col15", th_pin.is_valid, 13),
        (IT, "codice_spedizione", codicefiscale.is_valid, 7),
        (ES, "num_contrato", dni.is_valid, 8),
        (SE, "remissnummer", personnummer.is_valid, 10),
        (TR, "protokol_kayit_no", tckimlik.is_valid, 11),
        (RU, "номер_сообщения", inn.is_valid, 12),
        (JA, "受付番号", my_number.is_valid, 12),
        (BE, "DossierNummer", nn.is_valid, 11),
    ):
        vals = _str(_values(built, table, name))
        assert len(vals) >= 200 and _misses(vals, lambda x, f=check, n=size: len(_digits(x)) == n and not f(x)) == 0
        assert _column(built, table, name).kind == "none", name
    shaped = [c for c in _columns(built) if "value_shape" in c.tags]
    assert len(shaped) >= 20 and all(c.kind == "none" for c in shaped)


def test_when_a_business_or_device_number_has_a_check_digit_then_it_passes_and_is_none(built) -> None:
    checked = [
        (AU, "SponsorAbn", abn.is_valid),
        (KE, "device.imei", luhn.is_valid),
        (IT, "centro_piva", iva.is_valid),
        (ES, "centro_cif", cif.is_valid),
        (SE, "sponsor_orgnr", orgnr.is_valid),
        (TR, "sponsor_vkn", vkn.is_valid),
        (RU, "огрн_больницы", ogrn.is_valid),
        (JA, "依頼者法人番号", jp_cn.is_valid),
    ]
    assert {name for _, name, _ in checked} == {c.name for c in _columns(built) if "check_digit" in c.tags}
    for table, name, check in checked:
        vals = _str(_values(built, table, name))
        assert len(vals) >= 80 and _misses(vals, check) == 0, name
        assert _column(built, table, name).kind == "none", name


def test_when_a_card_column_is_built_then_every_number_passes_luhn(built) -> None:
    cards = [c for c in _columns(built) if c.kind == "credit_card"]
    assert {c.name for c in cards} == {"payment_card_no", "reloadableCardNumber"}
    for col in cards:
        vals = [_digits(x) for x in _str(_real(col.values))]
        assert len(vals) >= 40 and _misses(vals, lambda x: len(x) == 16 and luhn.is_valid(x)) == 0, col.name


def test_when_an_iban_or_bank_account_column_is_built_then_every_value_passes_its_check(built) -> None:
    ibans = [c for c in _columns(built) if c.kind == "iban"]
    assert {c.name for c in ibans} == {"iban_honorarios", "iban", "Iban"}
    for col in ibans:
        vals = _str(_real(col.values))
        assert len(vals) >= 150 and _misses(vals, iban.is_valid) == 0, col.name
    banks = [c for c in _columns(built) if "bank_account" in c.tags]
    assert {c.name for c in banks} == {"bankAccount", "col13", "bankkonto", "口座番号"}
    assert all(c.kind == "unclassified" for c in banks)


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
    GB: "GB",
    CA: "CA",
    AU: "AU",
    ZA: "ZA",
    COBOL: "US",
    STG: "TH",
    KE: "KE",
    IT: "IT",
    ES: "ES",
    SE: "SE",
    TR: "TR",
    RU: "RU",
    JA: "JP",
    BE: "BE",
}


def test_when_a_column_is_labeled_phone_then_every_number_is_valid_for_its_region(built) -> None:
    phones = [(t, c) for t in built for c in t.columns if c.kind == "phone"]
    assert len(phones) >= 18 and {t.name for t, _ in phones} == set(PHONE_REGIONS)
    for table, col in phones:
        region = PHONE_REGIONS[table.name]
        vals = _str(_real(col.values))
        assert len(vals) >= 40, f"{table.name}.{col.name}"
        assert _misses(vals, lambda x, r=region: _phone_valid(x, r)) == 0, f"{table.name}.{col.name}"
        assert (
            _misses(vals, lambda x, r=region: phonenumbers.region_code_for_number(phonenumbers.parse(x, r)) == r) == 0
        ), f"{table.name}.{col.name}"


def test_when_a_business_phone_is_built_then_it_is_valid_and_none(built) -> None:
    col = _column(built, BE, "HuisartsTelefoon")
    vals = _str(col.values)
    assert col.kind == "none" and "business" in col.tags
    assert len(vals) >= 80 and _misses(vals, lambda x: _phone_valid(x, "BE")) == 0


def test_when_a_business_column_is_built_then_it_holds_no_private_value_of_its_table(built) -> None:
    for table in built:
        private = {str(x).strip() for c in table.columns if c.kind != "none" for x in _real(c.values)}
        for col in (c for c in table.columns if "business" in c.tags):
            assert _misses(_str(_real(col.values)), lambda x, p=private: x not in p) == 0, col.name


def test_when_the_russian_and_japanese_tables_are_built_then_their_names_and_values_are_in_their_scripts(
    built,
) -> None:
    cyrillic, japanese = "[\u0400-\u04ff]", "[\u3040-\u30ff\u4e00-\u9fff]"
    for name, script in ((RU, cyrillic), (JA, japanese)):
        table = heldout_support.table(built, name)
        assert re.search(script, table.name) and all(re.search(script, c.name) for c in table.columns), name
    three = r"[\u0400-\u04ff]+ [\u0400-\u04ff]+ [\u0400-\u04ff]+"
    kin = _values(built, RU, "родственник")
    assert len(kin) >= 150 and _misses(kin, lambda x: bool(re.fullmatch(three, str(x)))) == 0
    for name in ("фамилия", "имя", "отчество", "город"):
        vals = _values(built, RU, name)
        assert _misses(vals, lambda x: bool(re.fullmatch(r"[\u0400-\u04ff -]+", str(x)))) == 0, name
    kanji = _values(built, JA, "氏名")
    assert (
        len(kanji) >= 200 and _misses(kanji, lambda x: bool(re.fullmatch(r"[\u4e00-\u9fff]+ [\u4e00-\u9fff]+", x))) == 0
    )
    for name in ("フリガナ", "口座名義"):
        vals = _values(built, JA, name)
        assert _misses(vals, lambda x: bool(re.fullmatch(r"[\u30a0-\u30ff]+ [\u30a0-\u30ff]+", str(x)))) == 0, name


def test_when_the_thai_staging_table_is_built_then_names_mix_thai_script_and_romanization(built) -> None:
    names = [str(x) for x in _values(built, STG, "col02")]
    thai = sum(bool(re.search("[\u0e00-\u0e7f]", x)) for x in names)
    assert len(names) >= 400 and 0.4 <= thai / len(names) <= 0.8


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
    assert sum(x == 0 for x in _column(built, COBOL, "DNR-SSN").values) >= 10


def test_when_the_scorer_builds_set_v165_then_the_file_holds_every_table_with_its_rows(scored_file) -> None:
    built, path = scored_file
    with duckdb.connect(str(path), read_only=True) as con:
        for table in built:
            schema, name = table.name.split(".", 1)
            count = con.execute(f'SELECT count(*) FROM "{schema}"."{name}"').fetchone()[0]
            assert count == len(table.columns[0].values), table.name
    assert heldout_v165.summary(built).startswith(f"{len(built)} tables")
    assert heldout_v2_accuracy.SETS["v165"].DEFAULT_PATH == Path("/tmp/heldout_v165.duckdb")
