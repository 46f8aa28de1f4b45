"""Held-out set v160: its size, languages, naming styles, labels, row counts, NULL and NULL-word shares, staff and
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
from stdnum.at import vnr
from stdnum.au import abn, tfn
from stdnum.ca import bc_phn
from stdnum.es import cif, dni, nie
from stdnum.fr import nir
from stdnum.gb import nhs
from stdnum.gr import vat as afm
from stdnum.ie import pps
from stdnum.jp import cn as hojin
from stdnum.jp import in_ as mynumber
from stdnum.my import nric
from stdnum.pl import nip, pesel
from stdnum.se import orgnr, personnummer
from stdnum.us import ssn
from stdnum.za import idnr

REPO = Path(__file__).resolve().parents[1]
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

from benchmarks.classification import heldout_v2_accuracy, heldout_v160
from governance_dagster.kinds import Kind
from tests import heldout_support
from tests.heldout_support import column as _column
from tests.heldout_support import columns as _columns
from tests.heldout_support import misses as _misses
from tests.heldout_support import null_share as _null_share

LANGUAGES = {"en", "de", "fr", "es", "pl", "sv", "ja", "el"}
PERSON_KINDS = {"person_name", "first_name", "last_name"}

scored_file, built = heldout_support.set_fixtures("v160")
_cells = heldout_support.Cells(heldout_v160.NULLISH)
_nullish, _real, _values = _cells.nullish, _cells.real, _cells.values

IE, GB, CA, AU = (
    "copperquay_tattoo.artist_rota_commissions",
    "larkrise_salons.patchTests",
    "ThompsonAesthetics.InjectableScreenings",
    "inkwell_blt.bkg_dep_nsf",
)
COBOL, STG, ZA = "SLNLOY.LOYALTY_MASTER", "stg_ipoh_aesth.src_crm_leads_raw", "pierceapp_bfn.aftercare_followups_json"
AT, FR, ES, PL = (
    "haarwerk_salzburg.dienstplan_provisionen",
    "cabinet_esthetique_rennes.questionnaires_injections",
    "estudio_tatuaje_alicante.consentimientos",
    "studio_piercingu_lublin.zgody_zabiegi",
)
SE, JA, GR = (
    "klippco_sundsvall.stamkunder_uteblivna",
    "matsuge_kanazawa.pacchi_tesuto_kiroku",
    "ινστιτούτο_αύρα_λάρισα.δωροεπιταγές",
)


def _str(values: list) -> list[str]:
    return [str(x).strip() for x in values if x not in (0, None)]


def _digits(text: str) -> str:
    return "".join(ch for ch in text if ch.isdigit())


def test_when_two_small_tables_are_built_again_then_every_value_is_the_same(built) -> None:
    assert heldout_support.rebuilt_differently(heldout_v160, built) == []


def test_when_the_set_is_built_then_it_has_the_size_languages_styles_and_labels_asked_for(built) -> None:
    columns = _columns(built)
    assert len(built) == 14 and 250 <= len(columns) <= 350
    assert all(200 <= len(t.columns[0].values) <= 800 for t in built)
    assert len({t.name.split(".")[0] for t in built}) == 14
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
        "coordinates",
        "partial",
        "licence",
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
    labels = heldout_v160.labels(built)
    assert set(labels) == {t.name for t in built}
    assert sum(len(cols) for cols in labels.values()) == sum(len(t.columns) for t in built)
    assert all(labels[t.name][c.name] == c.kind for t in built for c in t.columns)


def test_when_a_column_is_tagged_then_its_label_follows_the_conventions(built) -> None:
    for col in _columns(built):
        if col.tags & {"business", "decoy", "join_key", "custom_plain", "coordinates", "check_digit", "partial"}:
            assert col.kind == "none", col.name
        if col.kind == "none":
            assert col.tags & {"business", "decoy"}, col.name
        if col.tags & {"custom_field"}:
            assert col.kind == "free_text", col.name
        if col.tags & {"licence"}:
            assert col.kind == "national_id", col.name
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
    assert len(staff) >= 15
    assert {
        "rota_manager",
        "stylist",
        "NurseInjector",
        "MedicalDirector",
        "artst",
        "PREF-STYLIST",
        "col14",
        "piercer.name",
        "dienstplan_erstellt_von",
        "medecin_injecteur",
        "assistante",
        "tatuador",
        "przekluwacz",
        "favoritfrisor",
        "tantousha",
        "πωλήτρια",
    } == {c.name for c in staff}
    for col in staff:
        assert col.kind in PERSON_KINDS and 2 <= len(set(_real(col.values))) <= 8, col.name


def test_when_a_role_word_holds_people_then_it_is_personal(built) -> None:
    role = [c for c in _columns(built) if "role_word" in c.tags]
    assert len(role) >= 20 and all(c.kind != "none" for c in role)
    assert {
        "emergency_contact_name",
        "guardianName",
        "FamilyPhysician",
        "refd_by_nm",
        "REFERRED-BY-NM",
        "col15",
        "guardian.full_name",
        "notfallkontakt",
        "medecin_traitant",
        "tutor_nombre_completo",
        "tutor_dni",
        "opiekun_imie_nazwisko",
        "opiekun_pesel",
        "hogosha_shimei",
        "δικαιούχος",
    } <= {c.name for c in role}


def test_when_a_name_is_written_surname_first_with_a_comma_then_every_cell_has_it(built) -> None:
    vals = [str(x) for x in _values(built, COBOL, "REFERRED-BY-NM")]
    assert len(vals) >= 200 and _misses(vals, lambda x: bool(re.fullmatch(r"[A-Z' -]+, [A-Z]+", x))) == 0


def test_when_a_guardian_is_recorded_then_the_client_is_a_minor(built) -> None:
    for table, guardian, born in (
        (ZA, "guardian.full_name", lambda r: date.fromisoformat(r)),
        (ES, "tutor_nombre_completo", lambda r: datetime.strptime(r, "%d/%m/%Y").date()),
        (GB, "guardianName", lambda r: datetime.strptime(r, "%d/%m/%Y").date()),
    ):
        dob = {ZA: "client.birth_date", ES: "fecha_nacimiento", GB: "clientDob"}[table]
        pairs = zip(_column(built, table, guardian).values, _column(built, table, dob).values, strict=True)
        minors = [(g, d) for g, d in pairs if g is not None]
        assert len(minors) >= 20 and _misses(minors, lambda p, f=born: f(p[1]).year >= 2008) == 0, table
    years = zip(_column(built, PL, "opiekun_pesel").values, _column(built, PL, "rok_urodzenia").values, strict=True)
    minors = [(g, y) for g, y in years if g is not None]
    assert len(minors) >= 20 and _misses(minors, lambda p: p[1] >= 2008) == 0


def test_when_a_custom_field_is_built_then_it_mixes_phones_emails_and_names(built) -> None:
    custom = [c for c in _columns(built) if "custom_field" in c.tags]
    assert len(custom) == 11
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
    (IE, "artist_pps_number", pps.is_valid),
    (GB, "nhsNumber", nhs.is_valid),
    (CA, "PersonalHealthNumber", bc_phn.is_valid),
    (STG, "col03", nric.is_valid),
    (ZA, "client.id_number", idnr.is_valid),
    (AT, "sozialversicherungsnummer", vnr.is_valid),
    (FR, "nir", nir.is_valid),
    (ES, "dni_nie", lambda x: dni.is_valid(x) or nie.is_valid(x)),
    (ES, "tutor_dni", dni.is_valid),
    (PL, "pesel", pesel.is_valid),
    (PL, "opiekun_pesel", pesel.is_valid),
    (SE, "personnummer", personnummer.is_valid),
    (GR, "αγοραστής_αφμ", afm.is_valid),
]


def test_when_an_identifier_column_is_built_then_every_value_passes_its_checksum(built) -> None:
    for table, name, check in CHECKED:
        vals = _str(_values(built, table, name))
        assert len(vals) >= 20 and _misses(vals, check) == 0, name
        assert _column(built, table, name).kind in {"ssn", "national_id"}, name
    for table, name in ((IE, "artist_pps_number"), (AT, "sozialversicherungsnummer"), (FR, "nir")):
        assert _column(built, table, name).kind == "ssn", name
    assert sum(nie.is_valid(x) for x in _str(_values(built, ES, "dni_nie"))) >= 20


def test_when_an_identifier_has_no_public_check_then_it_has_its_documented_shape(built) -> None:
    vals = _str(_values(built, COBOL, "CUST-DL-NO"))
    assert len(vals) >= 40 and _misses(vals, lambda x: re.fullmatch(r"[A-Z]{2}\d{6}[A-Z]", x)) == 0
    assert _column(built, COBOL, "CUST-DL-NO").kind == "national_id"


def test_when_a_national_id_encodes_a_birth_date_then_it_is_the_rows(built) -> None:
    rows = zip(_column(built, ZA, "client.id_number").values, _column(built, ZA, "client.birth_date").values, strict=True)
    pairs = [(n, d) for n, d in rows if n is not None]
    assert len(pairs) >= 200 and _misses(pairs, lambda r: r[0][:6] == r[1][2:4] + r[1][5:7] + r[1][8:10]) == 0
    rows = zip(_column(built, STG, "col03").values, _column(built, STG, "col04").values, strict=True)
    pairs = [(n, d) for n, d in rows if n is not None]
    assert (
        len(pairs) >= 200
        and _misses(pairs, lambda r: nric.get_birth_date(r[0]) == datetime.strptime(r[1], "%d/%m/%Y").date()) == 0
    )
    rows = zip(
        _column(built, AT, "sozialversicherungsnummer").values, _column(built, AT, "geburtsdatum").values, strict=True
    )
    assert _misses(list(rows), lambda r: _digits(r[0])[4:] == r[1][:2] + r[1][3:5] + r[1][8:10]) == 0
    rows = zip(_column(built, FR, "nir").values, _column(built, FR, "date_naissance").values, strict=True)
    pairs = [(n, d) for n, d in rows if n is not None]
    assert len(pairs) >= 200 and _misses(pairs, lambda r: _digits(r[0])[1:5] == r[1][8:10] + r[1][3:5]) == 0
    parts = zip(*(_column(built, PL, f"{n}_urodzenia").values for n in ("rok", "miesiac", "dzien")), strict=True)
    rows = zip(_column(built, PL, "pesel").values, parts, strict=True)
    assert _misses(list(rows), lambda r: pesel.get_birth_date(r[0]) == date(*r[1])) == 0


def test_when_a_date_of_birth_is_numeric_text_or_split_then_it_decodes_to_a_real_date(built) -> None:
    ymd = [x for x in _column(built, COBOL, "CUST-BIRTH-DT").values if x]
    assert len(ymd) >= 400 and _misses(ymd, lambda x: 1940 <= date(x // 10_000, x // 100 % 100, x % 100).year) == 0
    assert sum(x == 0 for x in _column(built, COBOL, "CUST-BIRTH-DT").values) >= 10
    for table, name, fmt in (
        (GB, "clientDob", "%d/%m/%Y"),
        (AU, "cust_dob", "%Y-%m-%d"),
        (STG, "col04", "%d/%m/%Y"),
        (ZA, "client.birth_date", "%Y-%m-%d"),
        (AT, "geburtsdatum", "%d.%m.%Y"),
        (FR, "date_naissance", "%d/%m/%Y"),
        (ES, "fecha_nacimiento", "%d/%m/%Y"),
        (JA, "seinengappi", "%Y年%m月%d日"),
    ):
        vals = _values(built, table, name)
        assert len(vals) >= 200 and _misses(vals, lambda x, f=fmt: 1940 <= datetime.strptime(x, f).year <= 2010) == 0
    parts = zip(*(_column(built, PL, f"{n}_urodzenia").values for n in ("rok", "miesiac", "dzien")), strict=True)
    assert _misses(list(parts), lambda p: 1962 <= date(*p).year <= 2010) == 0
    for table in (IE, CA):
        assert {c.sql_type for c in heldout_support.table(built, table).columns if c.kind == "date_of_birth"} == {"DATE"}
    recipients = _values(built, GR, "δικαιούχος_ημερομηνία_γέννησης")
    assert len(recipients) >= 20 and _misses(recipients, lambda x: bool(datetime.strptime(x, "%d/%m/%Y"))) == 0


def test_when_a_decoy_is_shaped_like_an_identifier_then_it_fails_its_check(built) -> None:
    for table, name, check, size in (
        (GB, "patchTestRef", nhs.is_valid, 10),
        (CA, "ChartNumber", bc_phn.is_valid, 10),
        (AU, "inv_no", tfn.is_valid, 9),
        (COBOL, "MBR-REF", ssn.is_valid, 9),
        (STG, "col12", nric.is_valid, 12),
        (ZA, "invoice.number", idnr.is_valid, 13),
        (AT, "lohnzettel_nr", vnr.is_valid, 10),
        (FR, "numero_dossier", nir.is_valid, 15),
        (PL, "numer_zamowienia", pesel.is_valid, 11),
        (JA, "uketsuke_bangou", mynumber.is_valid, 12),
        (GR, "αριθμός_παραστατικού", afm.is_valid, 9),
    ):
        vals = _str(_values(built, table, name))
        assert len(vals) >= 200 and _misses(vals, lambda x, f=check, n=size: len(_digits(x)) == n and not f(x)) == 0
        assert _column(built, table, name).kind == "none", name
    refs = _str(_values(built, IE, "payroll_ref"))
    assert len(refs) >= 200 and _misses(refs, lambda x: len(x) == 8 and not pps.is_valid(x)) == 0
    invoices = _str(_values(built, ES, "numero_factura"))
    assert len(invoices) >= 200 and _misses(invoices, lambda x: len(x) == 9 and not dni.is_valid(x)) == 0
    fees = _str(_values(built, SE, "fakturanummer"))
    assert len(fees) >= 200 and _misses(fees, lambda x: len(x) == 11 and not personnummer.is_valid(x)) == 0
    shaped = [c for c in _columns(built) if "value_shape" in c.tags]
    assert len(shaped) == 14 and all(c.kind == "none" for c in shaped)


def test_when_a_business_number_has_a_check_digit_then_it_passes_and_is_none(built) -> None:
    for table, name, check in (
        (AU, "studio_abn", abn.is_valid),
        (ES, "cif_estudio", cif.is_valid),
        (PL, "nip_studia", nip.is_valid),
        (SE, "salong_orgnr", orgnr.is_valid),
        (JA, "houjin_bangou", hojin.is_valid),
        (GR, "αφμ_καταστήματος", afm.is_valid),
    ):
        vals = _str(_values(built, table, name))
        assert len(vals) >= 150 and _misses(vals, check) == 0, name
        assert _column(built, table, name).kind == "none" and "check_digit" in _column(built, table, name).tags, name


def test_when_a_card_column_is_built_then_every_number_passes_luhn(built) -> None:
    cards = [c for c in _columns(built) if c.kind == "credit_card"]
    assert {c.name for c in cards} == {"dep_card_no", "CARD-ON-FILE"}
    for col in cards:
        vals = [_digits(x) for x in _str(_real(col.values))]
        assert len(vals) >= 40 and _misses(vals, lambda x: len(x) == 16 and luhn.is_valid(x)) == 0, col.name


def test_when_an_iban_or_bank_account_column_is_built_then_every_value_passes_its_check(built) -> None:
    ibans = [c for c in _columns(built) if c.kind == "iban"]
    assert {c.name for c in ibans} == {"wages_iban", "gehalts_iban", "iban_επιστροφής"}
    for col in ibans:
        vals = _str(_real(col.values))
        assert len(vals) >= 40 and _misses(vals, iban.is_valid) == 0, col.name
    banks = [c for c in _columns(built) if "bank_account" in c.tags]
    assert [c.name for c in banks] == ["rfnd_acct"] and all(c.kind == "unclassified" for c in banks)


def test_when_a_column_is_labeled_ip_address_then_every_value_is_an_ip(built) -> None:
    ips = [c for c in _columns(built) if c.kind == "ip_address"]
    assert len(ips) == 4
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
    IE: "IE",
    GB: "GB",
    CA: "CA",
    AU: "AU",
    COBOL: "US",
    STG: "MY",
    ZA: "ZA",
    AT: "AT",
    FR: "FR",
    ES: "ES",
    PL: "PL",
    SE: "SE",
    JA: "JP",
    GR: "GR",
}


def test_when_a_column_is_labeled_phone_then_every_number_is_valid_for_its_region(built) -> None:
    phones = [(t, c) for t in built for c in t.columns if c.kind == "phone"]
    assert len(phones) >= 20 and {t.name for t, _ in phones} == set(PHONE_REGIONS)
    for table, col in phones:
        region = PHONE_REGIONS[table.name]
        vals = _str(_real(col.values))
        assert len(vals) >= 20, f"{table.name}.{col.name}"
        assert _misses(vals, lambda x, r=region: _phone_valid(x, r)) == 0, f"{table.name}.{col.name}"
        assert (
            _misses(vals, lambda x, r=region: phonenumbers.region_code_for_number(phonenumbers.parse(x, r)) == r) == 0
        ), f"{table.name}.{col.name}"


def test_when_a_business_phone_is_built_then_it_is_valid_and_none(built) -> None:
    for table, name in (
        (IE, "studio_phone"),
        (GB, "branchPhone"),
        (CA, "FamilyPhysicianClinicPhone"),
        (ZA, "studio.phone"),
        (ES, "telefono_estudio"),
    ):
        col = _column(built, table, name)
        vals = _str(col.values)
        assert col.kind == "none" and "business" in col.tags, name
        assert vals and _misses(vals, lambda x, r=PHONE_REGIONS[table]: _phone_valid(x, r)) == 0, name


def test_when_a_business_column_is_built_then_it_holds_no_private_value_of_its_table(built) -> None:
    for table in built:
        private = {str(x).strip() for c in table.columns if c.kind != "none" for x in _real(c.values)}
        for col in (c for c in table.columns if "business" in c.tags):
            assert _misses(_str(_real(col.values)), lambda x, p=private: x not in p) == 0, col.name


def test_when_japanese_and_greek_tables_are_built_then_their_scripts_occur(built) -> None:
    ja = heldout_support.table(built, JA)
    assert all(re.fullmatch(r"[a-z_0-9]+", c.name) for c in ja.columns)
    kana = _values(built, JA, "kokyaku_kana")
    assert _misses(kana, lambda x: all("\u30a0" <= ch <= "\u30ff" or ch == " " for ch in str(x))) == 0
    kanji = _values(built, JA, "kokyaku_shimei")
    assert _misses(kanji, lambda x: bool(re.fullmatch("[\u4e00-\u9fff\u3005]+ [\u4e00-\u9fff\u3005]+", str(x)))) == 0
    gr = heldout_support.table(built, GR)
    assert re.search("[\u0370-\u03ff]", gr.name)
    assert all(re.search("[\u0370-\u03ff]", c.name) for c in gr.columns)
    names = _values(built, GR, "δικαιούχος")
    assert len(names) >= 200 and _misses(names, lambda x: bool(re.fullmatch(r"[\u0370-\u03ff]+ [\u0370-\u03ff]+", str(x)))) == 0
    polish = [c.name for c in heldout_support.table(built, PL).columns]
    assert "pesel" in polish and any("ł" in str(x) or "ó" in str(x) for x in _values(built, PL, "nazwisko"))


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
    numeric = {c.sql_type for c in table.columns if c.kind in {"phone", "postal_code", "date_of_birth"}}
    assert numeric <= {"BIGINT", "INTEGER"}
    assert sum(x == 0 for x in _column(built, COBOL, "HOME-PHONE").values) >= 10


def test_when_the_scorer_builds_set_v160_then_the_file_holds_every_table_with_its_rows(scored_file) -> None:
    built, path = scored_file
    with duckdb.connect(str(path), read_only=True) as con:
        for table in built:
            schema, name = table.name.split(".", 1)
            count = con.execute(f'SELECT count(*) FROM "{schema}"."{name}"').fetchone()[0]
            assert count == len(table.columns[0].values), table.name
    assert heldout_v160.summary(built).startswith("14 tables")
    assert heldout_v2_accuracy.SETS["v160"].DEFAULT_PATH == Path("/tmp/heldout_v160.duckdb")
