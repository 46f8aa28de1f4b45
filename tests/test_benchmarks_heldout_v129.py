"""Held-out set v129: its size, languages, labels, row counts, NULL and NULL-word shares, staff and role words, custom
fields with and without personal data, identifiers with check digits (and the birth dates they encode), phones valid
for their region, decoys failing their checks and its determinism are the ones asked for (values are only counted or
checked here, never printed).

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
from stdnum.be import nn
from stdnum.ca import sin
from stdnum.ch import ssn as ahv
from stdnum.id import nik
from stdnum.il import idnr
from stdnum.is_ import kennitala
from stdnum.mx import curp
from stdnum.my import nric
from stdnum.pt import cc, nif
from stdnum.us import ssn

REPO = Path(__file__).resolve().parents[1]
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

from benchmarks.classification import heldout_v2_accuracy, heldout_v129
from benchmarks.classification import heldout_v129_values as values
from governance_dagster.kinds import Kind
from tests import heldout_support
from tests.heldout_support import column as _column
from tests.heldout_support import columns as _columns
from tests.heldout_support import misses as _misses
from tests.heldout_support import null_share as _null_share

LANGUAGES = {"en", "es", "pt", "de", "nl", "is", "he", "id"}
PERSON_KINDS = {"person_name", "first_name", "last_name"}
HEBREW = "שבט_כפר_סבא.רישום_מחנה_קיץ"

scored_file, built = heldout_support.set_fixtures("v129")
_cells = heldout_support.Cells(heldout_v129.NULLISH)
_nullish, _real, _values = _cells.nullish, _cells.real, _cells.values


def test_when_two_small_tables_are_built_again_then_every_value_is_the_same(built) -> None:
    assert heldout_support.rebuilt_differently(heldout_v129, built) == []


def test_when_the_set_is_built_then_it_has_the_size_languages_and_labels_asked_for(built) -> None:
    columns = _columns(built)
    assert len(built) == 15 and 250 <= len(columns) <= 360
    assert len({t.name.split(".")[0] for t in built}) == 15
    assert all(len({c.name.lower() for c in t.columns}) == len(t.columns) for t in built)
    assert LANGUAGES == {t.language_of(c) for t in built for c in t.columns}
    assert sum(t.language == "en" for t in built) == 8
    assert {c.kind for c in columns} <= {k.value for k in Kind}
    assert {"snake", "camel", "pascal", "screaming", "abbrev", "cobol", "opaque", "title"} <= {t.style for t in built}
    tags = {tag for c in columns for tag in c.tags}
    assert {"decoy", "business", "null_heavy", "nullword_heavy", "abbrev", "value_shape", "staff", "role_word",
            "join_key", "legacy", "opaque", "custom_field", "custom_plain", "practitioner_id", "licence",
            "username"} <= tags


def test_when_labels_are_asked_for_then_they_match_every_column(built) -> None:
    labels = heldout_v129.labels(built)
    assert set(labels) == {t.name for t in built}
    assert sum(len(cols) for cols in labels.values()) == sum(len(t.columns) for t in built)


def test_when_a_column_is_tagged_then_its_label_follows_the_conventions(built) -> None:
    for col in _columns(built):
        if col.tags & {"business", "decoy", "join_key", "practitioner_id", "custom_plain"}:
            assert col.kind == "none", col.name
        if col.kind == "none":
            assert col.tags & {"business", "decoy", "practitioner_id"}, col.name
        if col.tags & {"custom_field"}:
            assert col.kind == "free_text", col.name
        if col.kind == "unclassified":
            assert "username" in col.tags, col.name


def test_when_the_set_is_built_then_every_table_has_200_to_800_rows_in_every_column(built) -> None:
    for table in built:
        lengths = {len(c.values) for c in table.columns}
        assert len(lengths) == 1 and 200 <= lengths.pop() <= 800, table.name


def test_when_a_column_is_tagged_null_heavy_then_50_to_95_percent_of_it_is_null(built) -> None:
    heavy = [c for c in _columns(built) if "null_heavy" in c.tags]
    assert len(heavy) >= 10
    assert sum(0.60 <= _null_share(c) <= 0.95 for c in heavy) >= 10
    for col in heavy:
        assert col.kind != "none" and 0.50 <= _null_share(col) <= 0.95, col.name


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
    for col in staff:
        assert col.kind in PERSON_KINDS | {"national_id"} and 2 <= len(set(_real(col.values))) <= 8, col.name
    nurse = _column(built, "WhitehorseDayCamps.CamperRegistrations", "CampNurseRegistration")
    assert nurse.kind == "none" and len(set(_real(nurse.values))) == 2


def test_when_a_role_word_holds_people_then_it_is_personal(built) -> None:
    role = [c for c in _columns(built) if "role_word" in c.tags]
    assert len(role) >= 25 and all(c.kind != "none" for c in role)
    assert {"emergency_contact_name", "parentCarerName", "ParentGuardianName", "GUARDIAN_NAME", "gdn_nm",
            "MBR-FATHER-NAME", "Parent / Guardian Name", "nombre_tutor", "encarregado_educacao",
            "name_erziehungsberechtigte", "naam_ouder", "nafn_forradamanns", "שם_הורה",
            "nama_orang_tua"} <= {c.name for c in role}


def test_when_a_custom_field_is_built_then_it_mixes_phones_emails_and_names_or_holds_nothing_personal(built) -> None:
    custom = [c for c in _columns(built) if "custom_field" in c.tags]
    assert len(custom) >= 9
    for col in custom:
        vals = [str(x) for x in _real(col.values)]
        mails = sum("@" in x for x in vals)
        digits = sum(sum(ch.isdigit() for ch in x) >= 7 and "@" not in x for x in vals)
        assert 0.15 <= mails / len(vals) <= 0.5 and 0.25 <= digits / len(vals) <= 0.6, col.name
    plain = [c for c in _columns(built) if "custom_plain" in c.tags]
    assert len(plain) >= 4
    for col in plain:
        vals = [str(x) for x in _real(col.values)]
        assert vals and _misses(vals, lambda x: "@" not in x and sum(ch.isdigit() for ch in x) < 3) == 0, col.name


def _str(vals: list) -> list[str]:
    return [str(x).strip() for x in vals if x not in (0, None)]


def _medicare(x: str) -> bool:
    return values.medicare_is_valid(x)


#: (table, column, check) for every checksummed identifier column
CHECKED: list[tuple[str, str, object]] = [
    ("bighorn_council.camp_staff_hires", "ssn", ssn.is_valid),
    ("WhitehorseDayCamps.CamperRegistrations", "SubsidyApplicantSin", sin.is_valid),
    ("teyc.mbr_enrol", "mcare_no", _medicare),
    ("stg_camp_kch.src_booking_raw", "col03", nric.is_valid),
    ("grupo_scout_puebla.campamento_verano", "curp", curp.is_valid),
    ("grupo_scout_puebla.campamento_verano", "nss_imss", lambda x: len(x) == 11 and luhn.is_valid(x)),
    ("colonia_ferias_viseu.inscricoes", "n_cartao_cidadao", cc.is_valid),
    ("colonia_ferias_viseu.inscricoes", "nif", lambda x: nif.is_valid(x) and x[0] in "123"),
    ("colonia_ferias_viseu.inscricoes", "iban_reembolso", lambda x: iban.is_valid(x) and x.startswith("PT")),
    ("pfadi_luzern.sommerlager_anmeldungen", "ahv_nr", ahv.is_valid),
    ("pfadi_luzern.sommerlager_anmeldungen", "iban_rueckerstattung", lambda x: iban.is_valid(x) and x[:2] == "CH"),
    ("scouts_brugge.leden_inschrijvingen", "rijksregisternummer", nn.is_valid),
    ("scouts_brugge.leden_inschrijvingen", "rekeningnummer_terugbetaling", lambda x: iban.is_valid(x)
     and x[:2] == "BE"),
    ("sumarbudir_skogarhlid.skraning_barna", "kennitala", kennitala.is_valid),
    (HEBREW, "תעודת_זהות", idnr.is_valid),
    ("kwarcab_malang.peserta_perkemahan", "nik", nik.is_valid),
]


@pytest.mark.parametrize(("table", "name", "check"), CHECKED, ids=[f"{t}.{c}" for t, c, _ in CHECKED])
def test_when_an_identifier_column_is_built_then_every_value_passes_its_checksum(built, table, name, check) -> None:
    vals = _str(_values(built, table, name))
    assert len(vals) >= 50 and _misses(vals, check) == 0
    assert _column(built, table, name).kind in {"ssn", "national_id", "iban"}


def _ymd_of(kind: str, x: str) -> tuple[int, int, int]:
    """(two-digit year, month, day) a national number encodes."""
    d = re.sub(r"\D", "", x) if kind != "curp" else x
    if kind == "nric":
        return int(d[:2]), int(d[2:4]), int(d[4:6])
    if kind == "nn":
        born = nn.get_birth_date(d)
        return born.year % 100, born.month, born.day
    if kind == "kt":
        return int(d[4:6]), int(d[2:4]), int(d[:2])
    if kind == "nik":
        return int(d[10:12]), int(d[8:10]), int(d[6:8]) % 40
    if kind == "curp":
        born = curp.get_birth_date(x)
        return born.year % 100, born.month, born.day
    if kind == "nida":
        return int(d[2:4]), int(d[4:6]), int(d[6:8])
    doy = int(d[4:7]) % 500
    leap = date.fromordinal(date(2000, 1, 1).toordinal() + doy - 1)
    return int(d[2:4]), leap.month, leap.day


def test_when_a_national_id_encodes_a_birth_date_then_it_is_the_rows(built) -> None:
    for table, idc, dob, kind in (("stg_camp_kch.src_booking_raw", "col03", "col04", "nric"),
                                  ("scouts_brugge.leden_inschrijvingen", "rijksregisternummer", "geboortedatum", "nn"),
                                  ("sumarbudir_skogarhlid.skraning_barna", "kennitala", "faedingardagur", "kt"),
                                  ("kwarcab_malang.peserta_perkemahan", "nik", "tanggal_lahir", "nik"),
                                  ("grupo_scout_puebla.campamento_verano", "curp", "fecha_nacimiento", "curp"),
                                  ("GUIDES_ARUSHA.JAMBOREE_2025", "NIDA_NUMBER", "DATE_OF_BIRTH", "nida"),
                                  ("kandy_camp_forms.Form_Responses_1", "NIC Number (if 16+)", "Date of Birth", "lk")):
        rows = zip(_column(built, table, idc).values, _column(built, table, dob).values)
        pairs = [(p, d if isinstance(d, date) else _parse(d, kind == "lk")) for p, d in rows if p is not None]
        assert len(pairs) >= 100 and _misses(pairs, lambda r, k=kind: _ymd_of(k, r[0]) == (
            r[1].year % 100, r[1].month, r[1].day)) == 0, table


def _parse(text: str, month_first: bool) -> date:
    a, b, y = (int(x) for x in text.split("/"))
    return date(y, a, b) if month_first else date(y, b, a)


def test_when_a_legacy_date_is_numeric_then_it_decodes_to_a_real_date(built) -> None:
    for name in ("MBR-DOB", "MBR-JOIN-DT"):
        ymd = [x for x in _column(built, "BDSCOUT.MBR_MASTER_EXTRACT", name).values if x]
        assert len(ymd) >= 100 and _misses(ymd, lambda x: bool(date(x // 10_000, x // 100 % 100, x % 100))) == 0


#: (table, column, shape and failing check) for every decoy shaped like a national number
DECOYS: list[tuple[str, str, object]] = [
    ("bighorn_council.camp_staff_hires", "application_number",
     lambda x: re.fullmatch(r"\d{3}-\d{2}-\d{4}", x) and not ssn.is_valid(x)),
    ("WhitehorseDayCamps.CamperRegistrations", "ReceiptNumber",
     lambda x: re.fullmatch(r"\d{3} \d{3} \d{3}", x) and not sin.is_valid(x)),
    ("teyc.mbr_enrol", "inv_no", lambda x: len(x) == 10 and not _medicare(x)),
    ("stg_camp_kch.src_booking_raw", "col10", lambda x: len(x) == 12 and not nric.is_valid(x)),
    ("grupo_scout_puebla.campamento_verano", "clave_inscripcion", lambda x: len(x) == 18 and not curp.is_valid(x)),
    ("colonia_ferias_viseu.inscricoes", "n_fatura", lambda x: len(x) == 9 and not nif.is_valid(x)),
    ("pfadi_luzern.sommerlager_anmeldungen", "rechnungs_nr", lambda x: x.startswith("756.") and not ahv.is_valid(x)),
    ("scouts_brugge.leden_inschrijvingen", "lidnummer", lambda x: len(x) == 15 and not nn.is_valid(x)),
    ("sumarbudir_skogarhlid.skraning_barna", "reikningsnumer", lambda x: len(x) == 11 and not kennitala.is_valid(x)),
    (HEBREW, "מספר_קבלה", lambda x: len(x) == 9 and not idnr.is_valid(x)),
    ("kwarcab_malang.peserta_perkemahan", "nomor_invoice", lambda x: len(x) == 16 and not nik.is_valid(x)),
]


def test_when_a_decoy_is_shaped_like_an_identifier_then_it_fails_its_check(built) -> None:
    for table, name, ok in DECOYS:
        vals = _str(_values(built, table, name))
        assert len(vals) >= 100 and _misses(vals, ok) == 0, f"{table}.{name}"
        assert _column(built, table, name).kind == "none"
    shaped = [c for c in _columns(built) if "value_shape" in c.tags]
    assert len(shaped) >= 20 and all(c.kind == "none" for c in shaped)


def test_when_a_business_identifier_is_built_then_it_passes_its_own_check(built) -> None:
    parish = _str(_values(built, "colonia_ferias_viseu.inscricoes", "nif_entidade"))
    assert parish and _misses(parish, lambda x: nif.is_valid(x) and x[0] == "5") == 0
    camp = _str(_values(built, "sumarbudir_skogarhlid.skraning_barna", "kt_felags"))
    assert camp and _misses(camp, lambda x: kennitala.is_valid(x) and int(x[:2]) > 40) == 0
    routing = _str(_values(built, "bighorn_council.camp_staff_hires", "direct_deposit_routing"))
    assert routing and _misses(routing, lambda x: sum(int(ch) * w for ch, w in zip(x, (3, 7, 1) * 3)) % 10 == 0) == 0
    ogm = _str(_values(built, "scouts_brugge.leden_inschrijvingen", "gestructureerde_mededeling"))
    assert ogm and _misses(ogm, lambda x: (int(re.sub(r"\D", "", x)[:10]) % 97 or 97)
                           == int(re.sub(r"\D", "", x)[10:])) == 0


def _phone_valid(text: str, region: str) -> bool:
    try:
        number = phonenumbers.parse(text, region)
    except phonenumbers.NumberParseException:
        return False
    return phonenumbers.is_valid_number(number) and phonenumbers.region_code_for_number(number) == region


#: table -> the region of its phones
PHONE_REGIONS = {
    "bighorn_council.camp_staff_hires": "US", "gsyYouthClub.memberSignups": "GG",
    "WhitehorseDayCamps.CamperRegistrations": "CA", "GUIDES_ARUSHA.JAMBOREE_2025": "TZ", "teyc.mbr_enrol": "AU",
    "BDSCOUT.MBR_MASTER_EXTRACT": "BD", "stg_camp_kch.src_booking_raw": "MY", "kandy_camp_forms.Form_Responses_1": "LK",
    "grupo_scout_puebla.campamento_verano": "MX", "colonia_ferias_viseu.inscricoes": "PT",
    "pfadi_luzern.sommerlager_anmeldungen": "CH", "scouts_brugge.leden_inschrijvingen": "BE",
    "sumarbudir_skogarhlid.skraning_barna": "IS", HEBREW: "IL", "kwarcab_malang.peserta_perkemahan": "ID",
}


def test_when_a_column_is_labeled_phone_then_every_number_is_valid_for_its_region(built) -> None:
    phones = [(t, c) for t in built for c in t.columns if c.kind == "phone"]
    assert len(phones) >= 25 and {t.name for t, _ in phones} == set(PHONE_REGIONS)
    for table, col in phones:
        vals = _str(_real(col.values))
        assert len(vals) >= 80, f"{table.name}.{col.name}"
        assert _misses(vals, lambda x, r=PHONE_REGIONS[table.name]: _phone_valid(x, r)) == 0, f"{table.name}.{col.name}"


def test_when_a_business_phone_is_built_then_it_is_valid_and_none(built) -> None:
    for table, name in (("bighorn_council.camp_staff_hires", "council_office_phone"),
                        ("gsyYouthClub.memberSignups", "venuePhone"),
                        ("WhitehorseDayCamps.CamperRegistrations", "OfficePhone"), ("teyc.mbr_enrol", "venue_ph"),
                        ("sumarbudir_skogarhlid.skraning_barna", "simi_skrifstofu"), (HEBREW, "טלפון_משרד_השבט")):
        col = _column(built, table, name)
        vals = _str(col.values)
        assert col.kind == "none" and vals and _misses(vals, lambda x, r=PHONE_REGIONS[table]: _phone_valid(x, r)) == 0


def test_when_a_business_column_is_built_then_it_holds_no_private_value_of_its_table(built) -> None:
    for table in built:
        private = {str(x).strip() for c in table.columns if c.kind != "none" for x in _real(c.values)}
        for col in (c for c in table.columns if "business" in c.tags):
            assert _misses(_str(_real(col.values)), lambda x, p=private: x not in p) == 0, col.name


def test_when_the_hebrew_table_is_built_then_its_names_and_values_are_in_hebrew_script(built) -> None:
    table = heldout_support.table(built, HEBREW)
    assert all(any("\u05d0" <= ch <= "\u05ea" for ch in c.name) for c in table.columns)
    for name in ("שם_פרטי", "שם_משפחה", "שם_הורה", "מדריך", "עיר"):
        vals = _values(built, HEBREW, name)
        assert vals and _misses(vals, lambda x: all("\u05d0" <= ch <= "\u05ea" or ch == " " for ch in str(x))) == 0


def test_when_an_opaque_staging_table_is_built_then_every_column_is_colnn(built) -> None:
    table = heldout_support.table(built, "stg_camp_kch.src_booking_raw")
    assert [c.name for c in table.columns] == [f"col{i:02d}" for i in range(1, 19)]
    assert all("opaque" in c.tags for c in table.columns)


def test_when_a_legacy_table_is_built_then_its_text_is_padded_and_missing_numbers_are_zero(built) -> None:
    table = heldout_support.table(built, "BDSCOUT.MBR_MASTER_EXTRACT")
    padded = [c for c in table.columns
              if c.sql_type == "VARCHAR" and any(isinstance(x, str) and x.endswith(" ") for x in c.values)]
    assert len(padded) >= 6 and all("legacy" in c.tags for c in table.columns)
    mobiles = _column(built, table.name, "MBR-MOBILE").values
    assert 0.1 <= sum(x == 0 for x in mobiles) / len(mobiles) <= 0.3


def test_when_the_scorer_builds_set_v129_then_the_file_holds_every_table_with_its_rows(scored_file) -> None:
    built, path = scored_file
    with duckdb.connect(str(path), read_only=True) as con:
        for table in built:
            schema, name = table.name.split(".", 1)
            count = con.execute(f'SELECT count(*) FROM "{schema}"."{name}"').fetchone()[0]
            assert count == len(table.columns[0].values), table.name
    assert heldout_v129.summary(built).startswith("15 tables")
    assert heldout_v2_accuracy.SETS["v129"].DEFAULT_PATH == Path("/tmp/heldout_v129.duckdb")
    assert values.SEED == heldout_v129.SEED
