"""Held-out set v135: its size, languages, labels, row counts, NULL and NULL-word shares, staff and role words, custom
fields, identifiers with check digits (and those encoding the row's birth date), columns mixing identifiers of several
countries, dates of birth in every form, phones valid for their region, decoys failing their checks and its
determinism are the ones asked for (values are only counted or checked here, never printed).

The set is generated and written once for the module (the scorer's own ``build``); every test reads that build.
Assertion rewriting is off for this module (PYTEST_DONT_REWRITE): a failing assertion shows its source line and
message, never the values."""

from __future__ import annotations

import re
import sys
from datetime import date, datetime
from pathlib import Path

import duckdb
import phonenumbers
from stdnum import iban, luhn
from stdnum.au import tfn
from stdnum.ca import sin
from stdnum.de import idnr
from stdnum.es import dni, nie
from stdnum.fr import nif as fr_nif
from stdnum.gb import utr
from stdnum.gr import amka
from stdnum.gr import vat as afm
from stdnum.in_ import pan
from stdnum.jp import cn as jp_cn
from stdnum.jp import in_ as mynumber
from stdnum.my import nric
from stdnum.pl import nip, pesel
from stdnum.tr import tckimlik
from stdnum.us import rtn, ssn
from stdnum.za import idnr as za_idnr

REPO = Path(__file__).resolve().parents[1]
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

from benchmarks.classification import heldout_v2_accuracy, heldout_v135
from benchmarks.classification import heldout_v135_values as values
from governance_dagster.kinds import Kind
from tests import heldout_support
from tests.heldout_support import column as _column
from tests.heldout_support import columns as _columns
from tests.heldout_support import misses as _misses
from tests.heldout_support import null_share as _null_share

LANGUAGES = {"en", "de", "fr", "es", "pl", "ja", "el", "tr"}
PERSON_KINDS = {"person_name", "first_name", "last_name"}

scored_file, built = heldout_support.set_fixtures("v135")
_cells = heldout_support.Cells(heldout_v135.NULLISH)
_nullish, _real, _values = _cells.nullish, _cells.real, _cells.values

WI = "lakefront_cb.account_applications"
NI = "ulsterCardOps.cardServiceRequests"
SC = "HighlandMutual.BranchAppointments"
ZA = "SDB_REGISTER.BOX_RENTALS"
MY = "kopbank_pg.ln_appl"
PA = "HRPAYCBL.PAYRL_EMP_MSTR"
AU = "stg_crm.src_crm_complaint_raw"
ON = "neo_kyc.idv_webhook_events"
DE = "lohnbuero_ezb.entgelt_stammdaten"
FR = "reclam_gironde.reclamations_clients"
ES = "prestamos_valencia.solicitudes"
PL = "karty_lodz.operacje_kartowe"
JA = "口座開設受付.申込書明細"
EL = "ΚΑΤΑΣΤΗΜΑΤΑ_ΠΑΤΡΑΣ.ΡΑΝΤΕΒΟΥ_ΠΕΛΑΤΩΝ"
TR = "kiralik_kasa_izmir.kasa_kiralama"


def _str(values_: list) -> list[str]:
    return [str(x).strip() for x in values_ if x not in (0, None)]


def _rows(built_: list, table: str, *names: str) -> list[tuple]:
    return list(zip(*(_column(built_, table, n).values for n in names)))


def test_when_two_small_tables_are_built_again_then_every_value_is_the_same(built) -> None:
    assert heldout_support.rebuilt_differently(heldout_v135, built) == []


def test_when_the_set_is_built_then_it_has_the_size_languages_and_labels_asked_for(built) -> None:
    columns = _columns(built)
    assert len(built) == 15 and 250 <= len(columns) <= 360
    assert len({t.name.split(".")[0] for t in built}) == 15
    assert all(len({c.name.lower() for c in t.columns}) == len(t.columns) for t in built)
    assert LANGUAGES == {t.language_of(c) for t in built for c in t.columns}
    assert sum(t.language == "en" for t in built) == 8
    assert sorted(t.language for t in built if t.language != "en") == sorted(LANGUAGES - {"en"})
    assert {c.kind for c in columns} <= {k.value for k in Kind}
    assert {"snake", "camel", "pascal", "screaming", "abbrev", "cobol", "opaque", "json"} <= {
        t.style for t in built if t.language == "en"}
    tags = {tag for c in columns for tag in c.tags}
    assert {"decoy", "business", "null_heavy", "nullword_heavy", "abbrev", "value_shape", "staff", "role_word",
            "join_key", "legacy", "opaque", "custom_field", "custom_code", "custom_single", "foreign_ids", "partial",
            "dob_text", "dob_int", "dob_part", "json_path"} <= tags
    kinds = {c.kind for c in columns}
    assert {"email", "first_name", "last_name", "person_name", "phone", "ssn", "national_id", "credit_card", "iban",
            "ip_address", "street_address", "postal_code", "city", "date_of_birth", "free_text", "none"} <= kinds


def test_when_labels_are_asked_for_then_they_match_every_column(built) -> None:
    labels = heldout_v135.labels(built)
    assert set(labels) == {t.name for t in built}
    assert sum(len(cols) for cols in labels.values()) == sum(len(t.columns) for t in built)


def test_when_a_column_is_tagged_then_its_label_follows_the_conventions(built) -> None:
    for col in _columns(built):
        if col.tags & {"business", "decoy", "join_key", "custom_code", "partial"}:
            assert col.kind == "none", col.name
        if col.kind == "none":
            assert col.tags & {"business", "decoy"}, col.name
        if "custom_field" in col.tags:
            assert col.kind == "free_text", col.name
        if col.tags & {"dob_text", "dob_int", "dob_part"}:
            assert col.kind == "date_of_birth", col.name
        if "foreign_ids" in col.tags:
            assert col.kind == "national_id", col.name
        if col.kind == "unclassified":
            assert "username" in col.tags, col.name


def test_when_the_set_is_built_then_every_table_has_200_to_800_rows_in_every_column(built) -> None:
    for table in built:
        lengths = {len(c.values) for c in table.columns}
        assert len(lengths) == 1 and 200 <= lengths.pop() <= 800, table.name


def test_when_a_column_is_tagged_null_heavy_then_70_to_95_percent_of_it_is_null(built) -> None:
    heavy = [c for c in _columns(built) if "null_heavy" in c.tags]
    assert len(heavy) >= 15
    for col in heavy:
        assert col.kind != "none" and 0.70 <= _null_share(col) <= 0.95, col.name
    sparse = [c for c in _columns(built) if "sparse" in c.tags]
    assert len(sparse) == 2 and all(c.kind == "none" and 0.70 <= _null_share(c) <= 0.95 for c in sparse)


def test_when_a_column_is_tagged_nullword_heavy_then_70_to_95_percent_of_it_is_null_words(built) -> None:
    heavy = [c for c in _columns(built) if "nullword_heavy" in c.tags]
    assert len(heavy) >= 10
    for col in heavy:
        share = sum(_nullish(x) for x in col.values) / len(col.values)
        assert col.kind != "none" and 0.70 <= share <= 0.95, col.name
        assert sum(x == "" for x in col.values) > 0, col.name


def test_when_a_column_is_not_tagged_null_heavy_then_less_than_70_percent_of_it_is_null(built) -> None:
    for table in built:
        for col in table.columns:
            if not col.tags & {"null_heavy", "nullword_heavy", "sparse"}:
                assert _null_share(col) < 0.70, f"{table.name}.{col.name}"
                assert sum(_nullish(x) for x in col.values) / len(col.values) < 0.70, f"{table.name}.{col.name}"


def test_when_a_column_is_tagged_staff_then_it_has_2_to_8_distinct_people(built) -> None:
    staff = [c for c in _columns(built) if "staff" in c.tags]
    assert len(staff) == 15
    assert {"approved_by", "agentName", "AdviserName", "VAULT_CUSTODIAN", "apprv_by", "PAY-SUPV-NM", "reviewer.name",
            "vorgesetzter", "conseiller", "gestor", "konsultant", "受付担当者", "ΥΠΑΛΛΗΛΟΣ", "islem_yapan"} <= {
        c.name for c in staff}
    for col in staff:
        assert col.kind in PERSON_KINDS and 2 <= len(set(_real(col.values))) <= 8, col.name


def test_when_a_role_word_holds_people_then_it_is_personal(built) -> None:
    role = [c for c in _columns(built) if "role_word" in c.tags]
    assert len(role) >= 15 and all(c.kind != "none" for c in role)
    assert {"additionalCardholder", "AccompaniedBy", "CO_RENTER_NAME", "NOMINEE_NAME", "gtor_nm", "PAY-EMRG-CTC-NM",
            "notfallkontakt", "avalista_nombre", "ΠΑΤΡΩΝΥΜΟ", "ΣΥΝΟΔΟΣ", "baba_adi", "vekil_ad_soyad"} <= {
        c.name for c in role}


def test_when_a_custom_field_is_built_then_it_mixes_phones_emails_and_names_or_holds_codes(built) -> None:
    custom = [c for c in _columns(built) if "custom_field" in c.tags]
    assert len(custom) >= 10
    for col in custom:
        vals = [str(x) for x in _real(col.values)]
        mails = sum("@" in x for x in vals)
        digits = sum(sum(ch.isdigit() for ch in x) >= 7 and "@" not in x for x in vals)
        assert 0.15 <= mails / len(vals) <= 0.5 and 0.25 <= digits / len(vals) <= 0.6, col.name
    codes = [c for c in _columns(built) if "custom_code" in c.tags]
    assert len(codes) >= 8
    for col in codes:
        vals = [str(x) for x in _real(col.values)]
        assert vals and _misses(vals, lambda x: "@" not in x and sum(ch.isdigit() for ch in x) < 7) == 0, col.name
    single = _column(built, SC, "Udf3")
    assert "custom_single" in single.tags and single.kind == "phone"
    names = {c.name for c in custom} | {c.name for c in codes}
    assert {"misc_1", "misc_2", "customField2", "customField3", "udf3", "PAY-USER-FLD-1", "PAY-USER-FLD-2",
            "meta.custom2", "meta.custom3", "zusatzfeld_2", "champ_libre_2", "campo_libre_3", "pole_dodatkowe_1",
            "自由項目2", "ΠΡΟΣΘ_ΠΕΔΙΟ_2", "ozel_alan_1", "CUSTOM_FIELD_2", "src_crm_col20"} <= names


def _nino(x: str) -> bool:
    return re.fullmatch(values.NINO_RE, x.replace(" ", "")) is not None


#: (table, column, check) for every identifier column with a check digit or a fixed shape
CHECKED: list[tuple[str, str, object]] = [
    (WI, "ssn", ssn.is_valid),
    (NI, "niNumber", _nino),
    (SC, "NiNumber", _nino),
    (ZA, "RENTER_ID_NO", za_idnr.is_valid),
    (ZA, "CO_RENTER_ID_NO", za_idnr.is_valid),
    (MY, "nric_no", nric.is_valid),
    (MY, "gtor_nric", nric.is_valid),
    (PA, "PAY-EMP-SSN", lambda x: ssn.is_valid(f"{int(x):09d}")),
    (AU, "src_crm_col12", tfn.is_valid),
    (DE, "steuer_id", idnr.is_valid),
    (DE, "sv_nummer", values.rvnr_is_valid),
    (ES, "nif_titular", lambda x: dni.is_valid(x) or nie.is_valid(x)),
    (ES, "avalista_nif", dni.is_valid),
    (PL, "pesel", pesel.is_valid),
    (PL, "nr_dowodu", values.dowod_is_valid),
    (JA, "個人番号", mynumber.is_valid),
    (EL, "ΑΦΜ", afm.is_valid),
    (EL, "ΑΜΚΑ", amka.is_valid),
    (EL, "ΑΔΤ", lambda x: re.fullmatch(r"[Α-Ω]{2} \d{6}", x) is not None),
    (TR, "vekil_tckn", tckimlik.is_valid),
]


def test_when_an_identifier_column_is_built_then_every_value_passes_its_check(built) -> None:
    for table, name, check in CHECKED:
        vals = _str(_values(built, table, name))
        assert len(vals) >= 25 and _misses(vals, check) == 0, f"{table}.{name}"
        assert _column(built, table, name).kind in {"ssn", "national_id"}, f"{table}.{name}"


def test_when_an_iban_or_card_column_is_built_then_every_value_passes_its_check(built) -> None:
    for table, name in ((DE, "iban"), (FR, "iban_compte"), (ES, "iban_domiciliacion"), (TR, "tahsilat_iban")):
        vals = _str(_values(built, table, name))
        assert len(vals) >= 80 and _misses(vals, iban.is_valid) == 0, name
        assert _column(built, table, name).kind == "iban"
    for table, name in ((NI, "cardNumber"), (PL, "nr_karty")):
        cards = [x.replace(" ", "") for x in _str(_values(built, table, name))]
        assert len(cards) >= 80 and _misses(cards, lambda x: len(x) == 16 and luhn.is_valid(x)) == 0, name
        assert _column(built, table, name).kind == "credit_card"


def _ymd6(d: date) -> str:
    return f"{d.year % 100:02d}{d.month:02d}{d.day:02d}"


def test_when_a_national_id_encodes_a_birth_date_then_it_is_the_rows(built) -> None:
    pl_rows = [r for r in _rows(built, PL, "pesel", "data_urodzenia") if r[0]]
    assert len(pl_rows) >= 100 and _misses(pl_rows, lambda r: pesel.get_birth_date(r[0]) == r[1]) == 0
    za_rows = _rows(built, ZA, "RENTER_ID_NO", "RENTER_DOB")
    assert _misses(za_rows, lambda r: r[0][:6] == r[1][2:].replace("/", "")) == 0
    my_rows = _rows(built, MY, "nric_no", "dob_dt")
    assert _misses(my_rows, lambda r: r[0][:6] == _ymd6(r[1])) == 0
    el_rows = [r for r in _rows(built, EL, "ΑΜΚΑ", "ΗΜ_ΓΕΝΝΗΣΗΣ") if r[0]]
    assert len(el_rows) >= 100 and _misses(el_rows, lambda r: r[0][:6] == r[1].strftime("%d%m%y")) == 0
    de_rows = _rows(built, DE, "sv_nummer", "geb_datum", "geburtsname", "nachname")

    def rvnr_ok(r: tuple) -> bool:
        compact = r[0].replace(" ", "")
        return compact[2:8] == r[1].strftime("%d%m%y") and compact[8] == values.fold(r[2] or r[3])[0].upper()

    assert _misses(de_rows, rvnr_ok) == 0
    on_rows = [r for r in _rows(built, ON, "document.type", "document.number", "applicant.dob")
               if r[0] == "drivers_licence"]

    def licence_ok(r: tuple) -> bool:
        born, tail = date.fromisoformat(r[2]), r[1].replace("-", "")[-6:]
        return tail[:2] == f"{born.year % 100:02d}" and int(tail[2:4]) % 50 == born.month and int(tail[4:]) == born.day

    assert len(on_rows) >= 100 and _misses(on_rows, licence_ok) == 0


def test_when_a_column_mixes_identifiers_of_several_countries_then_each_passes_its_countrys_check(built) -> None:
    checks = {"CA": sin.is_valid, "US": ssn.is_valid, "IN": pan.is_valid, "GB": utr.is_valid, "FR": fr_nif.is_valid,
              "DE": idnr.is_valid}
    tins = _rows(built, ON, "tax_residency.country", "tax_residency.tin")
    assert {r[0] for r in tins} == set(checks) and _misses(tins, lambda r: checks[r[0]](r[1])) == 0
    kimlik = _rows(built, TR, "uyruk", "kimlik_no")
    assert len({r[0] for r in kimlik}) >= 4
    assert _misses([r for r in kimlik if r[0] == "TC"], lambda r: tckimlik.is_valid(r[1])) == 0
    foreign = [r for r in kimlik if r[0] != "TC"]
    assert len(foreign) >= 20 and _misses(foreign, lambda r: (r[1].startswith("99") and tckimlik.is_valid(r[1]))
                                          or not tckimlik.is_valid(r[1].replace(" ", ""))) == 0
    docs = _rows(built, WI, "id_type", "id_number")
    assert len({r[0] for r in docs}) >= 5
    assert _misses([r for r in docs if r[0] in ("WI DL", "WI ID")],
                   lambda r: re.fullmatch(r"[A-Z]\d{3}-\d{4}-\d{4}-\d{2}", r[1]) is not None) == 0


_ERAS = {"昭和": 1925, "平成": 1988, "令和": 2018, "S": 1925, "H": 1988, "R": 2018}


def _japanese_date(text: str) -> date:
    m = re.fullmatch(r"(\d{4})/(\d{2})/(\d{2})", text)
    if m:
        return date(int(m[1]), int(m[2]), int(m[3]))
    m = re.fullmatch(r"(昭和|平成|令和)(元|\d+)年(\d+)月(\d+)日", text)
    m = m or re.fullmatch(r"([SHR])(\d{2})\.(\d{2})\.(\d{2})", text)
    year = 1 if m[2] == "元" else int(m[2])
    return date(_ERAS[m[1]] + year, int(m[3]), int(m[4]))


def test_when_a_date_of_birth_is_text_a_number_or_split_then_it_is_a_real_birth_date(built) -> None:
    def plausible(d: date) -> bool:
        return date(1930, 1, 1) <= d <= date(2008, 1, 1)

    ymd = [x for x in _column(built, PA, "PAY-EMP-DOB").values if x]
    assert _misses(ymd, lambda x: plausible(date(x // 10_000, x // 100 % 100, x % 100))) == 0
    parts = _rows(built, ES, "anio_nac", "mes_nac", "dia_nac")
    assert _misses(parts, lambda r: plausible(date(*r))) == 0
    texts = [(ZA, "RENTER_DOB", "%Y/%m/%d"), (AU, "src_crm_col05", "%d/%m/%Y"), (ON, "applicant.dob", "%Y-%m-%d"),
             (TR, "dogum_tarihi", "%d.%m.%Y")]
    for table, name, fmt in texts:
        vals = _str(_values(built, table, name))
        assert len(vals) >= 100 and _misses(vals, lambda x, f=fmt: plausible(datetime.strptime(x, f).date())) == 0
    wareki = _str(_values(built, JA, "生年月日"))
    assert sum("年" in x for x in wareki) >= 50 and _misses(wareki, lambda x: plausible(_japanese_date(x))) == 0


def test_when_a_decoy_is_shaped_like_an_identifier_then_it_fails_its_check(built) -> None:
    apps = _str(_values(built, WI, "application_no"))
    assert len(apps) >= 100 and _misses(apps, lambda x: re.fullmatch(r"\d{3}-\d{2}-\d{4}", x) and
                                        not ssn.is_valid(x)) == 0
    for table, name, check, size in ((ZA, "BOX_CONTRACT_NO", za_idnr.is_valid, 13),
                                     (MY, "appl_ref", nric.is_valid, 12),
                                     (ES, "num_expediente", dni.is_valid, 9),
                                     (PL, "nr_umowy_karty", pesel.is_valid, 11),
                                     (JA, "受付番号", mynumber.is_valid, 12),
                                     (EL, "ΑΡ_ΚΡΑΤΗΣΗΣ", amka.is_valid, 11),
                                     (TR, "sozlesme_no", tckimlik.is_valid, 11)):
        vals = _str(_values(built, table, name))
        assert len(vals) >= 100 and _misses(vals, lambda x, f=check, n=size: len(x.replace("-", "")) == n
                                            and not f(x)) == 0, name
        assert _column(built, table, name).kind == "none"
    masked = [x.replace(" ", "") for x in _str(_values(built, NI, "maskedPan"))]
    assert len(masked) >= 100 and _misses(masked, lambda x: len(x) == 16 and x[4:12] == "*" * 8) == 0
    shaped = [c for c in _columns(built) if "value_shape" in c.tags]
    assert len(shaped) >= 25 and all(c.kind == "none" for c in shaped)


def test_when_a_business_identifier_is_built_then_it_passes_its_own_check(built) -> None:
    for table, name, check in ((PL, "nip_akceptanta", nip.is_valid), (JA, "勤務先法人番号", jp_cn.is_valid),
                               (PA, "PAY-DD-RTN", rtn.is_valid)):
        vals = _str(_values(built, table, name))
        assert vals and _misses(vals, check) == 0, name
        assert _column(built, table, name).kind == "none"


def _phone_valid(text: str, region: str) -> bool:
    try:
        return phonenumbers.is_valid_number(phonenumbers.parse(text, region))
    except phonenumbers.NumberParseException:
        return False


#: table -> the region of its phones
PHONE_REGIONS = {WI: "US", NI: "GB", SC: "GB", ZA: "ZA", MY: "MY", PA: "US", AU: "AU", ON: "CA", DE: "DE", FR: "FR",
                 ES: "ES", PL: "PL", JA: "JP", EL: "GR", TR: "TR"}


def test_when_a_column_is_labeled_phone_then_every_number_is_valid_for_its_region(built) -> None:
    phones = [(t, c) for t in built for c in t.columns if c.kind == "phone"]
    assert len(phones) >= 17
    for table, col in phones:
        region = PHONE_REGIONS[table.name]
        vals = _str(_real(col.values))
        assert len(vals) >= 40, f"{table.name}.{col.name}"
        assert _misses(vals, lambda x, r=region: _phone_valid(x, r)) == 0, f"{table.name}.{col.name}"
        assert _misses(vals, lambda x, r=region: phonenumbers.region_code_for_number(
            phonenumbers.parse(x, r)) == r) == 0, f"{table.name}.{col.name}"


def test_when_a_business_phone_is_built_then_it_is_valid_and_none(built) -> None:
    for table, name in ((WI, "branch_phone"), (NI, "lastMerchantPhone"), (SC, "BranchPhone"), (ZA, "BRANCH_TEL"),
                        (MY, "emp_ph"), (FR, "tel_agence"), (JA, "勤務先電話"), (EL, "ΤΗΛ_ΚΑΤΑΣΤΗΜΑΤΟΣ"),
                        (TR, "sube_tel")):
        col = _column(built, table, name)
        vals = _str(col.values)
        assert col.kind == "none" and "business" in col.tags, name
        assert vals and _misses(vals, lambda x, r=PHONE_REGIONS[table]: _phone_valid(x, r)) == 0, name


def test_when_a_business_column_is_built_then_it_holds_no_private_value_of_its_table(built) -> None:
    for table in built:
        private = {str(x).strip() for c in table.columns if c.kind != "none" for x in _real(c.values)}
        for col in (c for c in table.columns if "business" in c.tags):
            assert _misses(_str(_real(col.values)), lambda x, p=private: x not in p) == 0, col.name


def test_when_native_scripts_are_asked_for_then_greek_and_japanese_names_and_values_use_them(built) -> None:
    greek = heldout_support.table(built, EL)
    assert sum(any("\u0370" <= ch <= "\u03ff" for ch in c.name) for c in greek.columns) >= 20
    surnames = _values(built, EL, "ΕΠΩΝΥΜΟ")
    assert _misses(surnames, lambda x: all("\u0391" <= ch <= "\u03a9" for ch in str(x))) == 0
    japanese = heldout_support.table(built, JA)
    assert all(any(ord(ch) > 0x3000 for ch in c.name) for c in japanese.columns)
    kana = _values(built, JA, "氏名カナ")
    assert _misses(kana, lambda x: all("\u30a0" <= ch <= "\u30ff" or ch == " " for ch in str(x))) == 0
    turkish = heldout_support.table(built, TR)
    assert all(c.name.isascii() for c in turkish.columns)


def test_when_an_opaque_staging_table_is_built_then_every_column_is_src_crm_colnn(built) -> None:
    table = heldout_support.table(built, AU)
    assert [c.name for c in table.columns] == [f"src_crm_col{i:02d}" for i in range(1, 22)]
    assert all("opaque" in c.tags for c in table.columns)


def test_when_a_json_export_is_flattened_then_every_column_is_a_dotted_key(built) -> None:
    table = heldout_support.table(built, ON)
    assert all(re.fullmatch(r"[a-z_]+(\.[a-z_0-9]+)+", c.name) for c in table.columns)
    assert all("json_path" in c.tags for c in table.columns)


def test_when_a_legacy_table_is_built_then_its_text_is_padded_and_its_numbers_use_0_for_missing(built) -> None:
    table = heldout_support.table(built, PA)
    padded = [c for c in table.columns if c.sql_type == "VARCHAR"
              and any(isinstance(x, str) and x.endswith(" ") for x in c.values)]
    assert len(padded) >= 8 and all(re.fullmatch(r"PAY-[A-Z0-9-]+", c.name) for c in table.columns)
    for name in ("PAY-EMP-SSN", "PAY-EMP-HOME-PH"):
        col = _column(built, PA, name)
        assert col.sql_type == "BIGINT" and 0 in col.values and None not in col.values, name


def test_when_the_scorer_builds_set_v135_then_the_file_holds_every_table_with_its_rows(scored_file) -> None:
    built_, path = scored_file
    with duckdb.connect(str(path), read_only=True) as con:
        for table in built_:
            schema, name = table.name.split(".", 1)
            count = con.execute(f'SELECT count(*) FROM "{schema}"."{name}"').fetchone()[0]
            assert count == len(table.columns[0].values), table.name
    assert heldout_v135.summary(built_).startswith("15 tables")
    assert heldout_v2_accuracy.SETS["v135"].DEFAULT_PATH == Path("/tmp/heldout_v135.duckdb")
