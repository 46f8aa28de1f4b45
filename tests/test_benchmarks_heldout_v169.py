"""Held-out set v169: its size, languages, naming styles, labels, row counts, NULL and NULL-word shares, staff and
role words, custom fields, identifiers with check digits (and the birth dates they encode), licences by shape, dates of
birth in their local forms, phones valid for their region, cards, IBANs and bank accounts, decoys failing their checks
and its determinism are the ones asked for (values are only counted or checked here, never printed).

The set is generated and written once for the module (the scorer's own ``build``); every test reads that build.
Assertion rewriting is off for this module (PYTEST_DONT_REWRITE): a failing assertion shows its source line and
message, never the values."""

from __future__ import annotations

import ipaddress
import re
import sys
from datetime import datetime
from pathlib import Path

import duckdb
import phonenumbers
from stdnum import iban, luhn
from stdnum.at import uid as at_uid
from stdnum.at import vnr
from stdnum.au import abn, tfn
from stdnum.ca import sin
from stdnum.gb import nhs
from stdnum.ie import pps
from stdnum.in_ import aadhaar, pan
from stdnum.it import codicefiscale, iva
from stdnum.jp import cn as jp_cn
from stdnum.jp import in_ as my_number
from stdnum.nz import ird
from stdnum.ru import inn
from stdnum.se import orgnr, personnummer
from stdnum.tr import tckimlik, vkn
from stdnum.us import rtn, ssn
from stdnum.za import idnr

REPO = Path(__file__).resolve().parents[1]
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

from benchmarks.classification import heldout_v2_accuracy, heldout_v169
from benchmarks.classification import heldout_v169_values as values
from governance_dagster.kinds import Kind
from tests import heldout_support
from tests.heldout_support import column as _column
from tests.heldout_support import columns as _columns
from tests.heldout_support import misses as _misses
from tests.heldout_support import null_share as _null_share

LANGUAGES = {"en", "fr", "de", "sv", "it", "ru", "tr", "ja"}
PERSON_KINDS = {"person_name", "first_name", "last_name"}

scored_file, built = heldout_support.set_fixtures("v169")
_cells = heldout_support.Cells(heldout_v169.NULLISH)
_nullish, _real, _values = _cells.nullish, _cells.real, _cells.values

NZ, AU, GB, IE = (
    "tasman_flight_academy.student_enrolments",
    "topEndDroneWorks.remotePilotRegister",
    "KernowAirportServices.IdPassApplications",
    "clare_ame.ame_apt_bkg",
)
COBOL, STG, ZA = (
    "PRCAPT.HANGAR_LEASE_EXTRACT",
    "stg_fto_bhopal.src_crm_cadet_raw",
    "garden_route_airshow.volunteers_json",
)
QC, AT, SE, IT = (
    "ecole_pilotage_haut_richelieu.examens_en_vol",
    "DrohnenschuleInntal.Fernpilotenregister",
    "flygklubb_visby.hangaravtal",
    "airshow_jesolo.volontari",
)
RU, TR, JP = (
    "аэроклуб_калуга.курсанты",
    "kayseri_havalimani.giris_karti_basvurulari",
    "熊本航空クリニック.航空身体検査予約",
)


def _str(values: list) -> list[str]:
    return [str(x).strip() for x in values if x not in (0, None)]


def _digits(text: str) -> str:
    return "".join(ch for ch in text if ch.isdigit())


def _rows(built: list, table: str, first: str, second: str) -> list[tuple[object, object]]:
    a, b = _column(built, table, first).values, _column(built, table, second).values
    return [(x, y) for x, y in zip(a, b, strict=True) if x is not None and y is not None]


def _snils_valid(text: str) -> bool:
    d = _digits(text)
    return len(d) == 11 and values.snils_check(d[:9]) == d[9:]


def test_when_two_small_tables_are_built_again_then_every_value_is_the_same(built) -> None:
    assert heldout_support.rebuilt_differently(heldout_v169, built) == []


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
        "aircraft",
        "vetting",
        "health_words",
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
    labels = heldout_v169.labels(built)
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
            "aircraft",
            "vetting",
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
        if col.tags & {"licence"}:
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
        "flight_instructor",
        "trainer",
        "IssuedBy",
        "ame_nm",
        "LSE-CLERK",
        "col22",
        "shift.team_leader",
        "examinateur",
        "instructeur_recommandant",
        "Kursleiter",
        "kassor",
        "referente_turno",
        "инструктор",
        "onaylayan",
        "指定医",
    } == {c.name for c in staff}
    for col in staff:
        assert col.kind in PERSON_KINDS and 2 <= len(set(_real(col.values))) <= 8, col.name


def test_when_a_role_word_holds_people_then_it_is_personal(built) -> None:
    role = [c for c in _columns(built) if "role_word" in c.tags]
    assert len(role) >= 20 and all(c.kind != "none" for c in role)
    assert {
        "medical_examiner",
        "next_of_kin_name",
        "parentGuardianName",
        "EmployerSignatory",
        "GapReferee",
        "gp_nm",
        "CO-OWNR-NM",
        "col17",
        "volunteer.emergency.name",
        "Erziehungsberechtigter",
        "Notfallkontakt",
        "medagare",
        "contatto_emergenza",
        "родственник",
        "baba_adi",
        "anne_adi",
        "緊急連絡先",
    } <= {c.name for c in role}
    guardians = _rows(built, AU, "dobYear", "parentGuardianName")
    assert len(guardians) >= 10 and _misses(guardians, lambda r: r[0] >= 2008) == 0


def test_when_a_custom_field_is_built_then_it_mixes_phones_emails_and_names(built) -> None:
    custom = [c for c in _columns(built) if "custom_field" in c.tags]
    assert len(custom) >= 12
    assert {"misc_1", "notes2", "Udf3", "code"} <= {c.name for c in custom}
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
    (NZ, "ird_number", ird.is_valid),
    (IE, "pt_ppsn", pps.is_valid),
    (COBOL, "OWNR-SSN", lambda x: ssn.is_valid(f"{int(x):09d}")),
    (STG, "col04", aadhaar.is_valid),
    (STG, "col05", pan.is_valid),
    (ZA, "volunteer.id_number", idnr.is_valid),
    (QC, "nas", sin.is_valid),
    (AT, "SvNummer", vnr.is_valid),
    (SE, "personnummer", personnummer.is_valid),
    (IT, "codice_fiscale", codicefiscale.is_valid),
    (RU, "инн", inn.is_valid),
    (RU, "снилс", _snils_valid),
    (TR, "tc_kimlik_no", tckimlik.is_valid),
]


def test_when_an_identifier_column_is_built_then_every_value_passes_its_checksum(built) -> None:
    for table, name, check in CHECKED:
        vals = _str(_values(built, table, name))
        assert len(vals) >= 40 and _misses(vals, check) == 0, name
        assert _column(built, table, name).kind in {"ssn", "national_id"}, name
    for table, name in ((IE, "pt_ppsn"), (COBOL, "OWNR-SSN"), (QC, "nas"), (AT, "SvNummer"), (RU, "снилс")):
        assert _column(built, table, name).kind == "ssn", name
    assert _column(built, GB, "NationalInsuranceNumber").kind == "ssn"
    pans = _str(_values(built, STG, "col05"))
    assert len(pans) >= 200 and _misses(pans, lambda x: pan.info(x)["holder_type"] == "Individual") == 0
    inns = _str(_values(built, RU, "инн"))
    assert _misses(inns, lambda x: len(x) == 12 and x.startswith("40")) == 0


def test_when_an_identifier_has_no_public_check_then_it_has_its_documented_shape(built) -> None:
    shapes = [
        (NZ, "caa_participant_no", r"[1-9]\d{5}"),
        (AU, "casaArn", r"\d{6,7}"),
        (GB, "NationalInsuranceNumber", r"[A-Z]{2}( ?\d{2}){3} ?[A-D]"),
        (GB, "PassportNumber", r"[1-6]\d{8}|[A-Z]{2}\d{7}|[A-Z]\d{8}|\d{2}[A-Z]{2}\d{5}"),
        (IE, "lic_no", r"IE\.FCL\.((PPL|CPL|LAPL)\.)?\d{5}"),
        (COBOL, "FAA-CERT-NO", r"[2-4]\d{6}"),
        (STG, "col13", r"CN20(19|2[0-6])\d{5}"),
        (STG, "col19", r"[A-Z][1-9]\d{6}"),
        (ZA, "volunteer.passport_number", r"[A-Z]{1,2}\d{7,8}"),
        (QC, "numero_licence", r"[AXPQ]\d{6}"),
        (AT, "FernpilotenZeugnis", r"AUT-RP-[A-Z0-9]{12}"),
        (SE, "certifikat_nr", r"SE\.FCL\.((PPL|CPL|LAPL)\.)?\d{5}"),
        (IT, "numero_documento", r"C[A-Z]\d{5}[A-Z]{2}"),
        (RU, "паспорт", r"29 \d{2} \d{6}"),
        (RU, "свидетельство_пилота", r"ПЛ № \d{6}"),
        (JP, "技能証明番号", r"第\d{6}号"),
    ]
    for table, name, shape in shapes:
        vals = _str(_values(built, table, name))
        assert len(vals) >= 40 and _misses(vals, lambda x, s=shape: re.fullmatch(s, x)) == 0, name
        assert _column(built, table, name).kind in {"national_id", "ssn"}, name
    licences = {c.name for c in _columns(built) if "licence" in c.tags}
    assert licences == {
        "caa_participant_no",
        "casaArn",
        "lic_no",
        "FAA-CERT-NO",
        "col13",
        "numero_licence",
        "FernpilotenZeugnis",
        "certifikat_nr",
        "свидетельство_пилота",
        "技能証明番号",
    }


def test_when_a_national_id_encodes_a_birth_date_then_it_is_the_rows(built) -> None:
    checks = [
        (ZA, "volunteer.id_number", "volunteer.birth_date", idnr.get_birth_date, "%Y-%m-%d"),
        (IT, "codice_fiscale", "data_nascita", codicefiscale.get_birth_date, "%d/%m/%Y"),
    ]
    for table, number, born, decode, fmt in checks:
        rows = _rows(built, table, number, born)
        assert len(rows) >= 200, number
        assert _misses(rows, lambda r, d=decode, f=fmt: d(r[0]) == datetime.strptime(r[1], f).date()) == 0, number
    pnrs = _str(_values(built, SE, "personnummer"))
    assert len(pnrs) >= 200 and _misses(pnrs, lambda x: 1942 <= personnummer.get_birth_date(x).year <= 2002) == 0
    rows = _rows(built, AT, "SvNummer", "Geburtsdatum")
    assert len(rows) >= 200
    assert _misses(rows, lambda r: r[0][5:] == datetime.strptime(r[1], "%d.%m.%Y").strftime("%d%m%y")) == 0
    rows = _rows(built, IT, "codice_fiscale", "luogo_nascita")
    codes = dict(values.IT_BIRTHPLACES)
    assert _misses(rows, lambda r: r[0][11:15] == codes[r[1]]) == 0


def test_when_a_date_of_birth_is_numeric_text_or_split_then_it_decodes_to_a_real_date(built) -> None:
    ymd = [x for x in _column(built, COBOL, "OWNR-DOB").values if x]
    assert len(ymd) >= 200
    assert _misses(ymd, lambda x: 1940 <= datetime(x // 10_000, x // 100 % 100, x % 100).year <= 2000) == 0
    assert sum(x == 0 for x in _column(built, COBOL, "OWNR-DOB").values) >= 5
    for table, name, fmt in (
        (GB, "DateOfBirth", "%d/%m/%Y"),
        (IE, "pt_dob", "%d-%b-%Y"),
        (STG, "col03", "%d-%m-%Y"),
        (ZA, "volunteer.birth_date", "%Y-%m-%d"),
        (QC, "date_naissance", "%Y-%m-%d"),
        (AT, "Geburtsdatum", "%d.%m.%Y"),
        (IT, "data_nascita", "%d/%m/%Y"),
        (RU, "дата_рождения", "%d.%m.%Y"),
        (TR, "dogum_tarihi", "%d.%m.%Y"),
        (JP, "生年月日", "%Y年%m月%d日"),
    ):
        vals = _values(built, table, name)
        assert len(vals) >= 200, name
        assert _misses(vals, lambda x, f=fmt: 1940 <= datetime.strptime(x, f).year <= 2011) == 0, name
    columns = [_column(built, AU, f"dob{n}").values for n in ("Year", "Month", "Day")]
    parts = list(zip(*columns, strict=True))
    assert len(parts) >= 200 and _misses(parts, lambda p: 1965 <= datetime(*p).year <= 2011) == 0
    assert {c.sql_type for c in heldout_support.table(built, NZ).columns if c.kind == "date_of_birth"} == {"DATE"}


def test_when_a_decoy_is_shaped_like_an_identifier_then_it_fails_its_check(built) -> None:
    for table, name, check, size in (
        (NZ, "enrolment_ref", ird.is_valid, 9),
        (AU, "bookingRef", tfn.is_valid, 9),
        (GB, "ApplicationRef", nhs.is_valid, 10),
        (IE, "apt_ref", pps.is_valid, 7),
        (COBOL, "LSE-CTL-NO", ssn.is_valid, 9),
        (STG, "col12", aadhaar.is_valid, 12),
        (ZA, "volunteer.accreditation_no", idnr.is_valid, 13),
        (QC, "numero_dossier", sin.is_valid, 9),
        (AT, "KursNummer", vnr.is_valid, 10),
        (SE, "avtalsnummer", lambda x: luhn.is_valid(_digits(x)), 10),
        (IT, "numero_tesserino", codicefiscale.is_valid, 7),
        (RU, "номер_договора", inn.is_valid, 12),
        (TR, "basvuru_no", tckimlik.is_valid, 11),
        (JP, "受付番号", my_number.is_valid, 12),
    ):
        vals = _str(_values(built, table, name))
        assert len(vals) >= 200 and _misses(vals, lambda x, f=check, n=size: len(_digits(x)) == n and not f(x)) == 0
        assert _column(built, table, name).kind == "none", name
    cfs = _str(_values(built, IT, "numero_tesserino"))
    assert _misses(cfs, lambda x: bool(re.fullmatch(r"[A-Z]{6}\d{2}[A-Z]\d{2}[A-Z]\d{3}[A-Z]", x))) == 0
    shaped = [c for c in _columns(built) if "value_shape" in c.tags]
    assert len(shaped) >= 20 and all(c.kind == "none" for c in shaped)
    aircraft = [c for c in _columns(built) if "aircraft" in c.tags]
    assert {c.name for c in aircraft} == {
        "droneRegistrationMark",
        "ACFT-N-NO",
        "immatriculation",
        "BetreiberNummer",
        "registrering",
    }
    vetting = {c.name for c in _columns(built) if "vetting" in c.tags}
    assert vetting == {"CtcReference", "CriminalRecordCertNo", "arsiv_arastirmasi"}


def test_when_a_business_or_bank_number_has_a_check_digit_then_it_passes_and_is_none(built) -> None:
    checked = [
        (AU, "clientAbn", abn.is_valid),
        (COBOL, "ACH-ABA", rtn.is_valid),
        (AT, "FirmaUid", at_uid.is_valid),
        (SE, "bolag_orgnr", lambda x: orgnr.is_valid(x) and int(x[2]) >= 2),
        (IT, "associazione_piva", iva.is_valid),
        (TR, "firma_vkn", vkn.is_valid),
        (JP, "所属法人番号", jp_cn.is_valid),
    ]
    assert {name for _, name, _ in checked} == {c.name for c in _columns(built) if "check_digit" in c.tags}
    for table, name, check in checked:
        vals = _str(_values(built, table, name))
        assert len(vals) >= 30 and _misses(vals, check) == 0, name
        assert _column(built, table, name).kind == "none", name


def test_when_a_card_column_is_built_then_every_number_passes_luhn(built) -> None:
    cards = [c for c in _columns(built) if c.kind == "credit_card"]
    assert {c.name for c in cards} == {"paymentCardNumber", "crd_no"}
    for col in cards:
        vals = [_digits(x) for x in _str(_real(col.values))]
        assert len(vals) >= 40 and _misses(vals, lambda x: len(x) == 16 and luhn.is_valid(x)) == 0, col.name


def test_when_an_iban_or_bank_account_column_is_built_then_every_value_passes_its_check(built) -> None:
    ibans = [c for c in _columns(built) if c.kind == "iban"]
    assert {c.name for c in ibans} == {"KursgebuehrIban", "iban_rimborso"}
    for col in ibans:
        vals = _str(_real(col.values))
        assert len(vals) >= 40 and _misses(vals, iban.is_valid) == 0, col.name
    banks = [c for c in _columns(built) if "bank_account" in c.tags]
    assert {c.name for c in banks} == {"ACH-ACCT-NO", "bankkonto"}
    accounts = _str(_values(built, SE, "bankkonto"))
    assert len(accounts) >= 80 and _misses(accounts, lambda x: 9 <= len(_digits(x)) <= 16) == 0
    assert {c.name for c in _columns(built) if "username" in c.tags} == {"lst_upd_by", "col16"}
    assert all(c.kind == "unclassified" for c in _columns(built) if c.tags & {"bank_account", "username"})


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
    NZ: "NZ",
    AU: "AU",
    GB: "GB",
    IE: "IE",
    COBOL: "US",
    STG: "IN",
    ZA: "ZA",
    QC: "CA",
    AT: "AT",
    SE: "SE",
    IT: "IT",
    RU: "RU",
    TR: "TR",
    JP: "JP",
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


def test_when_applicants_give_a_birthplace_then_it_is_british_or_a_city_abroad(built) -> None:
    towns = set(values.GB_BIRTHPLACES) | {t for country in values.ABROAD for t in values.abroad_towns(country)}
    places = _str(_values(built, GB, "PlaceOfBirth"))
    assert len(places) >= 200 and _misses(places, lambda x: x in towns) == 0
    assert sum(x not in values.GB_BIRTHPLACES for x in places) >= 30


def test_when_the_russian_and_japanese_tables_are_built_then_their_names_and_values_are_in_their_scripts(built) -> None:
    cyrillic = "[\u0400-\u04ff]"
    table = heldout_support.table(built, RU)
    assert re.search(cyrillic, table.name) and all(re.search(cyrillic, c.name) for c in table.columns)
    for name in ("фамилия", "имя", "отчество", "город", "место_рождения", "родственник"):
        vals = _values(built, RU, name)
        assert _misses(vals, lambda x: bool(re.fullmatch(r"[\u0400-\u04ff -]+", str(x)))) == 0, name
    table = heldout_support.table(built, JP)
    japanese = "[\u3040-\u30ff\u4e00-\u9fff]"
    assert re.search(japanese, table.name) and all(re.search(japanese, c.name) for c in table.columns)
    kanji, kana = r"[\u4e00-\u9fff]+ [\u4e00-\u9fff]+", r"[\u30a0-\u30ff]+ [\u30a0-\u30ff]+"
    for name, script in (("氏名", kanji), ("緊急連絡先", kanji), ("氏名カナ", kana)):
        vals = _values(built, JP, name)
        assert len(vals) >= 200 and _misses(vals, lambda x, s=script: bool(re.fullmatch(s, str(x)))) == 0, name


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
    assert sum(x == 0 for x in _column(built, COBOL, "OWNR-SSN").values) >= 10


def test_when_the_scorer_builds_set_v169_then_the_file_holds_every_table_with_its_rows(scored_file) -> None:
    built, path = scored_file
    with duckdb.connect(str(path), read_only=True) as con:
        for table in built:
            schema, name = table.name.split(".", 1)
            count = con.execute(f'SELECT count(*) FROM "{schema}"."{name}"').fetchone()[0]
            assert count == len(table.columns[0].values), table.name
    assert heldout_v169.summary(built).startswith(f"{len(built)} tables")
    assert heldout_v2_accuracy.SETS["v169"].DEFAULT_PATH == Path("/tmp/heldout_v169.duckdb")
