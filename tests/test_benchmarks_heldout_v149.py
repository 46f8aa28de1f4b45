"""Held-out set v149: its size, languages, naming styles, labels, row counts, NULL and NULL-word shares, staff and
role words, custom fields, identifiers with check digits (and the birth dates they encode), dates of birth in their
local forms, phones valid for their region, cards, IBANs and bank accounts, decoys failing their checks and its
determinism are the ones asked for (values are only counted or checked here, never printed).

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
from stdnum.dk import cpr
from stdnum.gr import amka
from stdnum.gr import vat as afm
from stdnum.in_ import aadhaar
from stdnum.nl import bsn
from stdnum.pl import pesel
from stdnum.se import personnummer
from stdnum.tr import tckimlik
from stdnum.us import ssn
from stdnum.za import idnr

REPO = Path(__file__).resolve().parents[1]
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

from benchmarks.classification import heldout_v2_accuracy, heldout_v149
from governance_dagster.kinds import Kind
from tests import heldout_support
from tests.heldout_support import column as _column
from tests.heldout_support import columns as _columns
from tests.heldout_support import misses as _misses
from tests.heldout_support import null_share as _null_share

LANGUAGES = {"en", "fr", "sv", "nl", "pl", "tr", "da", "el"}
PERSON_KINDS = {"person_name", "first_name", "last_name"}

scored_file, built = heldout_support.set_fixtures("v149")
_cells = heldout_support.Cells(heldout_v149.NULLISH)
_nullish, _real, _values = _cells.nullish, _cells.real, _cells.values

AU, CA, GB, ZA = (
    "cragline_hobart.waiver_signatures",
    "livewellSK.corporateSignups",
    "FoxhallGyms.DirectDebitFailures",
    "BAYSIDE_HEALTH.MEMBERSHIP_CONTRACTS",
)
NZ, COBOL, STG, KE = (
    "ptlog_nsn.trn_sess_exp",
    "OPTREHAB.REFERRAL_BILLING_EXTRACT",
    "stg_ironpeak.src_pg_membership_raw",
    "passport_mombasa.guest_pass_events",
)
FR, SE, NL, PL = (
    "studio_yoga_tours.abonnements",
    "klatterhallen_vasteras.passager",
    "fysio_arnhem.verwijzingen",
    "klub_fitness_lublin.umowy_czlonkowskie",
)
TR, DK, GR = (
    "pilates_eskisehir.uyelik_kayitlari",
    "fitnesscenter_odense.fejlede_betalinger",
    "γυμναστήριο_λάρισας.ερωτηματολόγια_υγείας",
)


def _str(values: list) -> list[str]:
    return [str(x).strip() for x in values if x not in (0, None)]


def _digits(text: str) -> str:
    return "".join(ch for ch in text if ch.isdigit())


def test_when_two_small_tables_are_built_again_then_every_value_is_the_same(built) -> None:
    assert heldout_support.rebuilt_differently(heldout_v149, built) == []


def test_when_the_set_is_built_then_it_has_the_size_languages_styles_and_labels_asked_for(built) -> None:
    columns = _columns(built)
    assert len(built) == 15 and 250 <= len(columns) <= 350
    assert len({t.name.split(".")[0] for t in built}) == 15
    assert all(len({c.name.lower() for c in t.columns}) == len(t.columns) for t in built)
    assert {t.language_of(c) for t in built for c in t.columns} == LANGUAGES
    assert sum(t.language == "en" for t in built) == 8
    assert sorted(t.language for t in built if t.language != "en") == sorted(LANGUAGES - {"en"})
    assert {c.kind for c in columns} <= {k.value for k in Kind}
    english = [t.style for t in built if t.language == "en"]
    assert sorted(english) == sorted(["snake", "camel", "pascal", "screaming", "abbrev", "cobol", "opaque", "json"])
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
        "coordinates",
        "partial",
        "check_digit",
        "username",
        "bank_account",
        "health_answer",
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


def test_when_labels_are_asked_for_then_they_match_every_column(built) -> None:
    labels = heldout_v149.labels(built)
    assert set(labels) == {t.name for t in built}
    assert sum(len(cols) for cols in labels.values()) == sum(len(t.columns) for t in built)
    assert all(labels[t.name][c.name] == c.kind for t in built for c in t.columns)


def test_when_a_column_is_tagged_then_its_label_follows_the_conventions(built) -> None:
    for col in _columns(built):
        if col.tags & {"business", "decoy", "join_key", "custom_plain", "coordinates", "partial", "check_digit"}:
            assert col.kind == "none", col.name
        if col.tags & {"health_answer"}:
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
    assert len(staff) == 14
    assert {
        "checked_in_by",
        "wellnessCoordinator",
        "ChasedBy",
        "SALES_CONSULTANT",
        "trn_nm",
        "THERAPIST-NM",
        "staff.checked_in_by",
        "professeur_referent",
        "godkand_av",
        "fysiotherapeut",
        "trener_prowadzacy",
        "egitmen",
        "sagsbehandler",
        "υπεύθυνος_γυμναστής",
    } <= {c.name for c in staff}
    for col in staff:
        assert col.kind in PERSON_KINDS and 2 <= len(set(_real(col.values))) <= 8, col.name


def test_when_a_role_word_holds_people_then_it_is_personal(built) -> None:
    role = [c for c in _columns(built) if "role_word" in c.tags]
    assert len(role) >= 20 and all(c.kind != "none" for c in role)
    assert {
        "guardian_name",
        "emergency_contact_name",
        "dependantName",
        "AccountHolderName",
        "SPOUSE_NAME",
        "ec_nm",
        "REF-PHYS-NM",
        "host.member_name",
        "titulaire_compte",
        "personne_a_prevenir",
        "EMERGENCY_CONTACT",
        "malsman",
        "verwijzer",
        "opiekun_prawny",
        "acil_durum_kisi",
        "θεράπων_ιατρός",
    } <= {c.name for c in role}


def test_when_a_custom_field_is_built_then_it_mixes_phones_emails_and_names(built) -> None:
    custom = [c for c in _columns(built) if "custom_field" in c.tags]
    assert len(custom) >= 8
    for col in custom:
        vals = [str(x) for x in _real(col.values)]
        mails = sum("@" in x for x in vals)
        digits = sum(sum(ch.isdigit() for ch in x) >= 7 and "@" not in x for x in vals)
        assert 0.15 <= mails / len(vals) <= 0.5 and 0.25 <= digits / len(vals) <= 0.6, col.name


def test_when_a_custom_field_holds_codes_then_it_holds_no_contact_data(built) -> None:
    plain = [c for c in _columns(built) if "custom_plain" in c.tags]
    assert len(plain) >= 6
    for col in plain:
        vals = [str(x) for x in _real(col.values)]
        assert vals and _misses(vals, lambda x: "@" not in x and sum(ch.isdigit() for ch in x) < 5) == 0, col.name


#: (table, column, check) for every checksummed identifier of a person
CHECKED: list[tuple[str, str, object]] = [
    (COBOL, "PT-SSN", lambda x: ssn.is_valid(f"{int(x):09d}")),
    (ZA, "ID_NUMBER", idnr.is_valid),
    (STG, "col06", aadhaar.is_valid),
    (SE, "personnummer", personnummer.is_valid),
    (NL, "bsn", bsn.is_valid),
    (PL, "pesel", pesel.is_valid),
    (TR, "tc_kimlik_no", tckimlik.is_valid),
    (DK, "cpr_nummer", cpr.is_valid),
    (GR, "αμκα", amka.is_valid),
    (GR, "αφμ", afm.is_valid),
]


def test_when_an_identifier_column_is_built_then_every_value_passes_its_checksum(built) -> None:
    for table, name, check in CHECKED:
        vals = _str(_values(built, table, name))
        assert len(vals) >= 100 and _misses(vals, check) == 0, name
        assert _column(built, table, name).kind in {"ssn", "national_id"}, name
    for table, name in ((COBOL, "PT-SSN"), (GR, "αμκα")):
        assert _column(built, table, name).kind == "ssn", name


def test_when_an_identifier_has_no_public_check_then_it_has_its_documented_shape(built) -> None:
    mbi = r"[1-9][AC-HJKMNP-RT-Y][AC-HJKMNP-RT-Y0-9]\d[AC-HJKMNP-RT-Y][AC-HJKMNP-RT-Y0-9]\d[AC-HJKMNP-RT-Y]{2}\d\d"
    for table, name, shape, least in ((COBOL, "PT-MBI", mbi, 40), (KE, "guest.id_number", r"[23]\d{7}", 200)):
        vals = _str(_values(built, table, name))
        assert len(vals) >= least and _misses(vals, lambda x, s=shape: re.fullmatch(s, x)) == 0, name
        assert _column(built, table, name).kind == "national_id", name


def test_when_a_national_id_encodes_a_birth_date_then_it_is_the_rows(built) -> None:
    rows = zip(*(_column(built, ZA, n).values for n in ("ID_NUMBER", "DOB_YEAR", "DOB_MONTH", "DOB_DAY")), strict=True)
    quads = [r for r in rows if r[0] is not None]
    assert len(quads) >= 400 and _misses(quads, lambda r: r[0][:6] == f"{r[1] % 100:02d}{r[2]:02d}{r[3]:02d}") == 0
    rows = zip(_column(built, SE, "personnummer").values, _column(built, SE, "fodelsedatum").values, strict=True)
    assert _misses(list(rows), lambda r: r[0][:8] == r[1].strftime("%Y%m%d")) == 0
    rows = zip(_column(built, PL, "pesel").values, _column(built, PL, "data_urodzenia").values, strict=True)
    assert _misses(list(rows), lambda r: pesel.get_birth_date(r[0]) == datetime.strptime(r[1], "%d.%m.%Y").date()) == 0
    rows = zip(_column(built, DK, "cpr_nummer").values, _column(built, DK, "foedselsdato").values, strict=True)
    pairs = [r for r in rows if r[0] is not None]
    assert len(pairs) >= 250 and _misses(pairs, lambda r: cpr.get_birth_date(r[0]) == r[1]) == 0
    rows = zip(_column(built, GR, "αμκα").values, _column(built, GR, "ημερομηνία_γέννησης").values, strict=True)
    assert _misses(list(rows), lambda r: r[0][:6] == r[1][:2] + r[1][3:5] + r[1][8:10]) == 0


def test_when_a_date_of_birth_is_numeric_text_or_split_then_it_decodes_to_a_real_date(built) -> None:
    ymd = [x for x in _column(built, COBOL, "PT-DOB").values if x]
    assert len(ymd) >= 300 and _misses(ymd, lambda x: 1938 <= date(x // 10_000, x // 100 % 100, x % 100).year) == 0
    for table, name, fmt in (
        (NZ, "cli_dob", "%d/%m/%Y"),
        (STG, "col05", "%d-%m-%Y"),
        (CA, "birthDate", "%Y-%m-%d"),
        (KE, "guest.birth_date", "%Y-%m-%d"),
        (FR, "date_naissance", "%d/%m/%Y"),
        (NL, "geboortedatum", "%d-%m-%Y"),
        (PL, "data_urodzenia", "%d.%m.%Y"),
        (TR, "dogum_tarihi", "%d.%m.%Y"),
        (GR, "ημερομηνία_γέννησης", "%d/%m/%Y"),
    ):
        vals = _values(built, table, name)
        assert len(vals) >= 200 and _misses(vals, lambda x, f=fmt: 1938 <= datetime.strptime(x, f).year) == 0, name
    parts = zip(*(_column(built, ZA, n).values for n in ("DOB_YEAR", "DOB_MONTH", "DOB_DAY")), strict=True)
    assert _misses(list(parts), lambda p: 1960 <= date(*p).year <= 2006) == 0


def test_when_a_decoy_is_shaped_like_an_identifier_then_it_fails_its_check(built) -> None:
    for table, name, check, size in (
        (ZA, "CONTRACT_NO", idnr.is_valid, 13),
        (STG, "col15", aadhaar.is_valid, 12),
        (NL, "declaratienummer", bsn.is_valid, 9),
        (PL, "nr_umowy", pesel.is_valid, 11),
        (TR, "uye_no", tckimlik.is_valid, 11),
        (DK, "pbs_reference", cpr.is_valid, 10),
        (SE, "bokningsnummer", lambda x: luhn.is_valid(_digits(x)), 10),
        (GR, "αρ_βεβαίωσης_ιατρού", afm.is_valid, 9),
        (COBOL, "PT-CLAIM-NO", ssn.is_valid, 9),
    ):
        vals = _str(_values(built, table, name))
        assert len(vals) >= 150 and _misses(vals, lambda x, f=check, n=size: len(_digits(x)) == n and not f(x)) == 0
        assert _column(built, table, name).kind == "none", name
    npis = _str(_values(built, COBOL, "REF-PHYS-NPI"))
    assert len(npis) >= 300 and _misses(npis, lambda x: len(x) == 10 and luhn.is_valid("80840" + x)) == 0
    shaped = [c for c in _columns(built) if "value_shape" in c.tags]
    assert len(shaped) >= 20 and all(c.kind == "none" for c in shaped)


def test_when_a_card_column_is_built_then_every_number_passes_luhn(built) -> None:
    cards = [c for c in _columns(built) if c.kind == "credit_card"]
    assert {c.name for c in cards} == {"COPAY-CARD-NO", "kredi_karti_no"}
    for col in cards:
        vals = [_digits(x) for x in _str(_real(col.values))]
        assert len(vals) >= 50 and _misses(vals, lambda x: len(x) in (15, 16) and luhn.is_valid(x)) == 0, col.name
    masked = _str(_values(built, STG, "col14"))
    assert len(masked) >= 100 and _misses(masked, lambda x: "XXXXXX" in x) == 0


def test_when_an_iban_or_bank_account_column_is_built_then_every_value_passes_its_check(built) -> None:
    ibans = [c for c in _columns(built) if c.kind == "iban"]
    assert {c.name for c in ibans} == {"iban_prelevement", "iban_restitutie", "rachunek_polecenie_zaplaty"}
    for col in ibans:
        vals = _str(_real(col.values))
        assert len(vals) >= 60 and _misses(vals, iban.is_valid) == 0, col.name
    banks = [c for c in _columns(built) if "bank_account" in c.tags]
    assert {c.name for c in banks} == {"AccountNumber", "DEBIT_ORDER_ACC", "kontonr"}


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
    AU: "AU",
    CA: "CA",
    GB: "GB",
    ZA: "ZA",
    NZ: "NZ",
    COBOL: "US",
    STG: "IN",
    KE: "KE",
    FR: "FR",
    SE: "SE",
    NL: "NL",
    PL: "PL",
    TR: "TR",
    DK: "DK",
    GR: "GR",
}


def test_when_a_column_is_labeled_phone_then_every_number_is_valid_for_its_region(built) -> None:
    phones = [(t, c) for t in built for c in t.columns if c.kind == "phone"]
    assert len(phones) >= 20
    for table, col in phones:
        region = PHONE_REGIONS[table.name]
        vals = _str(_real(col.values))
        assert len(vals) >= 40, f"{table.name}.{col.name}"
        assert _misses(vals, lambda x, r=region: _phone_valid(x, r)) == 0, f"{table.name}.{col.name}"
        assert (
            _misses(vals, lambda x, r=region: phonenumbers.region_code_for_number(phonenumbers.parse(x, r)) == r) == 0
        ), f"{table.name}.{col.name}"


def test_when_a_business_phone_is_built_then_it_is_valid_and_none(built) -> None:
    for table, name in ((GB, "HomeClubPhone"), (KE, "venue.phone")):
        col = _column(built, table, name)
        vals = _str(col.values)
        assert col.kind == "none" and "business" in col.tags, name
        assert vals and _misses(vals, lambda x, r=PHONE_REGIONS[table]: _phone_valid(x, r)) == 0, name


def test_when_a_business_column_is_built_then_it_holds_no_private_value_of_its_table(built) -> None:
    for table in built:
        private = {str(x).strip() for c in table.columns if c.kind != "none" for x in _real(c.values)}
        for col in (c for c in table.columns if "business" in c.tags):
            assert _misses(_str(_real(col.values)), lambda x, p=private: x not in p) == 0, col.name


def test_when_greek_names_and_values_are_built_then_greek_script_occurs(built) -> None:
    gr = heldout_support.table(built, GR)
    greek = re.compile("[\u0370-\u03ff\u1f00-\u1fff]")
    assert greek.search(gr.name) and all(greek.search(c.name) or c.name == "email" for c in gr.columns)
    for name in ("επώνυμο", "όνομα", "πατρώνυμο", "πόλη", "διεύθυνση"):
        assert _misses(_values(built, GR, name), lambda x: bool(greek.search(str(x)))) == 0, name


def test_when_an_opaque_staging_table_is_built_then_every_column_is_colnn(built) -> None:
    table = heldout_support.table(built, STG)
    assert [c.name for c in table.columns] == [f"col{i:02d}" for i in range(1, 21)]
    assert all("opaque" in c.tags for c in table.columns)


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


def test_when_the_scorer_builds_set_v149_then_the_file_holds_every_table_with_its_rows(scored_file) -> None:
    built, path = scored_file
    with duckdb.connect(str(path), read_only=True) as con:
        for table in built:
            schema, name = table.name.split(".", 1)
            count = con.execute(f'SELECT count(*) FROM "{schema}"."{name}"').fetchone()[0]
            assert count == len(table.columns[0].values), table.name
    assert heldout_v149.summary(built).startswith("15 tables")
    assert heldout_v2_accuracy.SETS["v149"].DEFAULT_PATH == Path("/tmp/heldout_v149.duckdb")
