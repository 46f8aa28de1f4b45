"""Held-out set v120: its size, languages, labels, row counts, NULL and NULL-word shares, staff and role words, custom
fields, horses, identifiers with check digits, phones valid for their region, decoys failing their checks and its
determinism are the ones asked for (values are only counted or checked here, never printed).

The set is generated and written once for the module (the scorer's own ``build``); every test reads that build.
Assertion rewriting is off for this module (PYTEST_DONT_REWRITE): a failing assertion shows its source line and
message, never the values."""

from __future__ import annotations

import ipaddress
import re
import sys
from datetime import date
from pathlib import Path

import duckdb
import phonenumbers
import pytest
from stdnum import iban, luhn
from stdnum.au import abn
from stdnum.cz import dic, rc
from stdnum.dk import cpr, cvr
from stdnum.es import cif, dni, nie
from stdnum.fr import siret
from stdnum.gb import nhs
from stdnum.gr import amka
from stdnum.gr import vat as afm
from stdnum.ie import pps
from stdnum.it import codicefiscale, iva
from stdnum.nl import bsn
from stdnum.nz import ird
from stdnum.us import ein, rtn, ssn
from stdnum.za import idnr as za_idnr

REPO = Path(__file__).resolve().parents[1]
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

from benchmarks.classification import heldout_v2_accuracy, heldout_v120
from governance_dagster.kinds import Kind
from tests import heldout_support
from tests.heldout_support import column as _column
from tests.heldout_support import columns as _columns
from tests.heldout_support import misses as _misses
from tests.heldout_support import null_share as _null_share

LANGUAGES = {"en", "fr", "nl", "da", "cs", "it", "es", "el"}
PERSON_KINDS = {"person_name", "first_name", "last_name"}
GREEK = "ιππικός_όμιλος_ηρακλείου.αναβάτες"

scored_file, built = heldout_support.set_fixtures("v120")
_cells = heldout_support.Cells(heldout_v120.NULLISH)
_nullish, _real, _values = _cells.nullish, _cells.real, _cells.values


def test_when_two_small_tables_are_built_again_then_every_value_is_the_same(built) -> None:
    assert heldout_support.rebuilt_differently(heldout_v120, built) == []


def test_when_the_set_is_built_then_it_has_the_size_languages_and_labels_asked_for(built) -> None:
    columns = _columns(built)
    assert len(built) == 15 and 250 <= len(columns) <= 360
    assert len({t.name.split(".")[0] for t in built}) == 15
    assert all(len({c.name.lower() for c in t.columns}) == len(t.columns) for t in built)
    assert LANGUAGES == {t.language_of(c) for t in built for c in t.columns}
    assert sum(t.language == "en" for t in built) == 8
    assert {c.kind for c in columns} <= {k.value for k in Kind}
    assert {"snake", "camel", "pascal", "screaming", "abbrev", "cobol", "as400", "opaque"} <= {t.style for t in built}
    tags = {tag for c in columns for tag in c.tags}
    assert {"decoy", "business", "null_heavy", "nullword_heavy", "abbrev", "value_shape", "staff", "role_word",
            "join_key", "legacy", "opaque", "custom_field", "username", "animal", "version", "coordinates"} <= tags
    assert {k.value for k in Kind} == {c.kind for c in columns}


def test_when_labels_are_asked_for_then_they_match_every_column(built) -> None:
    labels = heldout_v120.labels(built)
    assert set(labels) == {t.name for t in built}
    assert sum(len(cols) for cols in labels.values()) == sum(len(t.columns) for t in built)


def test_when_a_column_is_tagged_then_its_label_follows_the_conventions(built) -> None:
    for col in _columns(built):
        if col.tags & {"business", "decoy", "join_key", "animal"}:
            assert col.kind == "none", col.name
        if col.kind == "none":
            assert col.tags & {"business", "decoy"}, col.name
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
    for col in heavy:
        assert col.kind != "none" and 0.50 <= _null_share(col) <= 0.95, col.name


def test_when_a_column_is_tagged_nullword_heavy_then_70_to_95_percent_of_it_is_null_words(built) -> None:
    heavy = [c for c in _columns(built) if "nullword_heavy" in c.tags]
    assert len(heavy) >= 8 and any(c.kind == "ssn" for c in heavy)
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
        assert col.kind in PERSON_KINDS and 2 <= len(set(_real(col.values))) <= 8, col.name


def test_when_a_role_word_holds_people_then_it_is_personal(built) -> None:
    role = [c for c in _columns(built) if "role_word" in c.tags]
    assert len(role) >= 20 and all(c.kind != "none" for c in role)
    assert {"guardian_name", "emergencyContactName", "ParentGuardianName", "NEXT_OF_KIN_NAME", "emg_nm",
            "EQW-EMRG-CNTCT", "carer_name", "gp_name", "CERLNM", "WettelijkVertegenwoordiger", "foraelder_navn",
            "zakonny_zastupce", "genitore_nome", "tutorLegal", "κηδεμόνας"} <= {c.name for c in role}


def test_when_a_custom_field_is_built_then_it_mixes_phones_emails_and_names(built) -> None:
    custom = [c for c in _columns(built) if "custom_field" in c.tags]
    assert len(custom) >= 12
    for col in custom:
        values = [str(x) for x in _real(col.values)]
        mails = sum("@" in x for x in values)
        digits = sum(sum(ch.isdigit() for ch in x) >= 7 and "@" not in x for x in values)
        assert 0.15 <= mails / len(values) <= 0.5 and 0.25 <= digits / len(values) <= 0.6, col.name


def test_when_a_column_holds_horses_then_it_is_none_and_some_names_read_like_people(built) -> None:
    animal = [c for c in _columns(built) if "animal" in c.tags]
    assert len(animal) >= 12 and all(c.kind == "none" and "decoy" in c.tags for c in animal)
    names = {str(x) for c in animal if c.sql_type == "VARCHAR" for x in _real(c.values)}
    assert {"Lady Harriet", "Reginald", "Mrs Doubtfire"} & names


def _str(values: list) -> list[str]:
    return [str(x).strip() for x in values if x not in (0, None)]


def _ohip(x: str) -> bool:
    digits = x.replace("-", "")[:10]
    return len(digits) == 10 and digits.isdigit() and luhn.is_valid(digits)


#: (table, column, check) for every checksummed personal identifier column
CHECKED: list[tuple[str, str, object]] = [
    ("harmony_hooves.therapy_participants", "ssn_medicaid", ssn.is_valid),
    ("EquiCampOntario.CampRegistrations", "HealthCardNumber", _ohip),
    ("RACE_ACADEMY_KILDARE.TRAINEE_INTAKE", "PPSN", pps.is_valid),
    ("EQPAYCOB.EQW2_SEASONAL_EXTRACT", "EQW-EMP-SSN", lambda x: ssn.is_valid(f"{int(x):09d}")),
    ("stg_ridesa.src_signup_raw", "col03", za_idnr.is_valid),
    ("rda_cotswold.participant_sessions", "nhs_number", nhs.is_valid),
    ("ZorgmanegeDeHoefslag.Deelnemers", "Bsn", bsn.is_valid),
    ("rideklub_roskilde.medlemmer", "cpr_nr", cpr.is_valid),
    ("jezdecky_areal_pisek.klienti", "rodne_cislo", rc.is_valid),
    ("centro_ippico_maremma.allievi", "codice_fiscale", codicefiscale.is_valid),
    ("hipicaCordoba.alumnosClases", "dniNie", lambda x: dni.is_valid(x) or nie.is_valid(x)),
    (GREEK, "αμκα", amka.is_valid),
    (GREEK, "αφμ", afm.is_valid),
]


@pytest.mark.parametrize(("table", "name", "check"), CHECKED, ids=[f"{t}.{c}" for t, c, _ in CHECKED])
def test_when_an_identifier_column_is_built_then_every_value_passes_its_checksum(built, table, name, check) -> None:
    values = _str(_values(built, table, name))
    assert len(values) >= 60 and _misses(values, check) == 0
    assert _column(built, table, name).kind in {"ssn", "national_id"}


def test_when_an_iban_or_card_column_is_built_then_every_value_passes_its_check(built) -> None:
    ibans = [(t.name, c.name) for t in built for c in t.columns if c.kind == "iban"]
    assert len(ibans) >= 7
    for table, name in ibans:
        values = _str(_values(built, table, name))
        assert len(values) >= 80 and _misses(values, iban.is_valid) == 0, name
    cards = [(t.name, c.name) for t in built for c in t.columns if c.kind == "credit_card"]
    assert len(cards) == 3
    for table, name in cards:
        values = [x.replace(" ", "") for x in _str(_values(built, table, name))]
        assert len(values) >= 80 and _misses(values, lambda x: len(x) == 16 and luhn.is_valid(x)) == 0, name


def _ymd(d: date) -> int:
    return d.year * 10_000 + d.month * 100 + d.day


def test_when_a_national_id_encodes_a_birth_date_then_it_is_the_rows(built) -> None:
    for table, idc, dob, get in (("rideklub_roskilde.medlemmer", "cpr_nr", "foedselsdato", cpr.get_birth_date),
                                 ("jezdecky_areal_pisek.klienti", "rodne_cislo", "datum_narozeni", rc.get_birth_date),
                                 ("centro_ippico_maremma.allievi", "codice_fiscale", "data_nascita",
                                  codicefiscale.get_birth_date)):
        rows = zip(_column(built, table, idc).values, _column(built, table, dob).values)
        pairs = [(p, d) for p, d in rows if p is not None]
        assert len(pairs) >= 100 and _misses(pairs, lambda r, f=get: f(r[0]) == r[1]) == 0, table
    for table, idc, dob, get in (("stg_ridesa.src_signup_raw", "col03", "col04", za_idnr.get_birth_date),
                                 (GREEK, "αμκα", "ημερομηνία_γέννησης", amka.get_birth_date)):
        rows = zip(_column(built, table, idc).values, _column(built, table, dob).values)
        pairs = [(p, str(d).replace("-", "/")) for p, d in rows if p is not None]
        assert len(pairs) >= 100 and _misses(pairs, lambda r, f=get: f"{f(r[0]):%m/%d}" == r[1][5:] and
                                             f"{f(r[0]):%y}" == r[1][2:4]) == 0, table


def test_when_a_legacy_date_is_numeric_then_it_decodes_to_a_real_date(built) -> None:
    for table, name in (("EQPAYCOB.EQW2_SEASONAL_EXTRACT", "EQW-DOB"), ("EQPAYCOB.EQW2_SEASONAL_EXTRACT",
                                                                       "EQW-HIRE-DT")):
        ymd = [x for x in _column(built, table, name).values if x]
        assert len(ymd) >= 100 and _misses(ymd, lambda x: bool(date(x // 10_000, x // 100 % 100, x % 100))) == 0
    cyy = [int(x) for x in _column(built, "CEQUI35.CEADHP", "CEDNAI").values if x]
    assert len(cyy) >= 100 and _misses(cyy, lambda x: bool(date(1900 + x // 1_000_000 * 100 + x // 10_000 % 100,
                                                                x // 100 % 100, x % 100))) == 0


def test_when_a_decoy_is_shaped_like_an_identifier_then_it_fails_its_check(built) -> None:
    for table, name in (("harmony_hooves.therapy_participants", "enrollment_no"),
                        ("EQPAYCOB.EQW2_SEASONAL_EXTRACT", "EQW-W2-CTL-NO")):
        values = [x.replace("-", "") for x in _str(_values(built, table, name))]
        assert len(values) >= 100 and _misses(values, lambda x: re.fullmatch(r"\d{9}", x) and
                                              not ssn.is_valid(x)) == 0, name
    for table, name, check, size in (("EquiCampOntario.CampRegistrations", "RegistrationRef", luhn.is_valid, 10),
                                     ("stg_ridesa.src_signup_raw", "col11", za_idnr.is_valid, 13),
                                     ("rda_cotswold.participant_sessions", "referral_ref", nhs.is_valid, 10),
                                     ("ZorgmanegeDeHoefslag.Deelnemers", "Dossiernummer", bsn.is_valid, 9),
                                     ("rideklub_roskilde.medlemmer", "rytterlicens_nr", cpr.is_valid, 10),
                                     ("jezdecky_areal_pisek.klienti", "cislo_smlouvy", rc.is_valid, 10),
                                     ("hipicaCordoba.alumnosClases", "numeroRecibo", dni.is_valid, 9),
                                     (GREEK, "αριθμός_δελτίου_εοι", amka.is_valid, 11)):
        values = [re.sub(r"[-/ ]", "", x) for x in _str(_values(built, table, name))]
        assert len(values) >= 100 and _misses(values, lambda x, f=check, n=size: len(x) == n and not f(x)) == 0, name
        assert _column(built, table, name).kind == "none"
    shaped = [c for c in _columns(built) if "value_shape" in c.tags]
    assert len(shaped) >= 25 and all(c.kind == "none" for c in shaped)


def test_when_a_business_identifier_is_built_then_it_passes_its_own_check(built) -> None:
    for table, name, check in (("grazingPaddocks.liveryClients", "yardGstNumber", ird.is_valid),
                               ("hunter_agist.agst_inv", "yrd_abn", abn.is_valid),
                               ("EQPAYCOB.EQW2_SEASONAL_EXTRACT", "EQW-EMPLR-EIN", ein.is_valid),
                               ("EQPAYCOB.EQW2_SEASONAL_EXTRACT", "EQW-BANK-RTN", rtn.is_valid),
                               ("CEQUI35.CEADHP", "CESIRT", siret.is_valid),
                               ("rideklub_roskilde.medlemmer", "klub_cvr", cvr.is_valid),
                               ("jezdecky_areal_pisek.klienti", "ico_arealu", dic.is_valid),
                               ("centro_ippico_maremma.allievi", "partita_iva_centro", iva.is_valid),
                               ("hipicaCordoba.alumnosClases", "cifClub", cif.is_valid)):
        values = _str(_values(built, table, name))
        assert values and _misses(values, check) == 0, name
        assert _column(built, table, name).kind == "none" and "business" in _column(built, table, name).tags


def _phone_valid(text: str, region: str) -> bool:
    try:
        number = phonenumbers.parse(text, region)
    except phonenumbers.NumberParseException:
        return False
    return phonenumbers.is_valid_number(number) and phonenumbers.region_code_for_number(number) == region


#: table -> the region of its phones
PHONE_REGIONS = {
    "harmony_hooves.therapy_participants": "US", "grazingPaddocks.liveryClients": "NZ",
    "EquiCampOntario.CampRegistrations": "CA", "RACE_ACADEMY_KILDARE.TRAINEE_INTAKE": "IE",
    "hunter_agist.agst_inv": "AU", "EQPAYCOB.EQW2_SEASONAL_EXTRACT": "US", "stg_ridesa.src_signup_raw": "ZA",
    "rda_cotswold.participant_sessions": "GB", "CEQUI35.CEADHP": "FR", "ZorgmanegeDeHoefslag.Deelnemers": "NL",
    "rideklub_roskilde.medlemmer": "DK", "jezdecky_areal_pisek.klienti": "CZ", "centro_ippico_maremma.allievi": "IT",
    "hipicaCordoba.alumnosClases": "ES", GREEK: "GR",
}


def test_when_a_column_is_labeled_phone_then_every_number_is_valid_for_its_region(built) -> None:
    phones = [(t, c) for t in built for c in t.columns if c.kind == "phone"]
    assert len(phones) >= 20
    for table, col in phones:
        region = PHONE_REGIONS[table.name]
        values = _str(_real(col.values))
        if region == "FR":
            values = ["0" + x if len(x) == 9 else x for x in values]
        assert len(values) >= 40, f"{table.name}.{col.name}"
        assert _misses(values, lambda x, r=region: _phone_valid(x, r)) == 0, f"{table.name}.{col.name}"


def test_when_a_business_phone_is_built_then_it_is_valid_and_none(built) -> None:
    for table, name in (("harmony_hooves.therapy_participants", "center_phone"),
                        ("grazingPaddocks.liveryClients", "vetPracticePhone"),
                        ("EquiCampOntario.CampRegistrations", "CampOfficePhone"),
                        ("RACE_ACADEMY_KILDARE.TRAINEE_INTAKE", "SPONSOR_YARD_PHONE"),
                        ("hunter_agist.agst_inv", "yrd_ph"),
                        ("rda_cotswold.participant_sessions", "gp_surgery_phone")):
        col = _column(built, table, name)
        values = _str(col.values)
        assert col.kind == "none" and "business" in col.tags
        assert len(values) >= 100 and _misses(values, lambda x, r=PHONE_REGIONS[table]: _phone_valid(x, r)) == 0


def test_when_a_business_column_is_built_then_it_holds_no_private_value_of_its_table(built) -> None:
    for table in built:
        private = {str(x).strip() for c in table.columns if c.kind != "none" for x in _real(c.values)}
        for col in (c for c in table.columns if "business" in c.tags):
            assert _misses(_str(_real(col.values)), lambda x, p=private: x not in p) == 0, col.name


def test_when_an_ip_column_is_built_then_every_value_is_an_address(built) -> None:
    ips = [(t.name, c.name) for t in built for c in t.columns if c.kind == "ip_address"]
    assert len(ips) == 2
    for table, name in ips:
        values = _str(_values(built, table, name))
        assert len(values) >= 100 and _misses(values, lambda x: bool(ipaddress.ip_address(x))) == 0


def test_when_greek_values_are_built_then_they_are_in_greek_script(built) -> None:
    for name in ("όνομα", "επώνυμο", "κηδεμόνας", "εκπαιδευτής"):
        values = [str(x).replace(" ", "") for x in _values(built, GREEK, name)]
        assert len(values) >= 50 and _misses(values, lambda x: all("\u0370" <= ch <= "\u03ff" or "\u1f00" <= ch
                                                                   <= "\u1fff" for ch in x)) == 0, name


def test_when_an_opaque_staging_table_is_built_then_every_column_is_colnn(built) -> None:
    table = heldout_support.table(built, "stg_ridesa.src_signup_raw")
    assert [c.name for c in table.columns] == [f"col{i:02d}" for i in range(1, 19)]
    assert all("opaque" in c.tags for c in table.columns)


def test_when_a_legacy_table_is_built_then_its_text_is_padded(built) -> None:
    for table in ("EQPAYCOB.EQW2_SEASONAL_EXTRACT", "CEQUI35.CEADHP"):
        padded = [c for c in heldout_support.table(built, table).columns
                  if c.sql_type == "VARCHAR" and any(isinstance(x, str) and x.endswith(" ") for x in c.values)]
        assert len(padded) >= 5, table


def test_when_the_scorer_builds_set_v120_then_the_file_holds_every_table_with_its_rows(scored_file) -> None:
    built, path = scored_file
    with duckdb.connect(str(path), read_only=True) as con:
        for table in built:
            schema, name = table.name.split(".", 1)
            count = con.execute(f'SELECT count(*) FROM "{schema}"."{name}"').fetchone()[0]
            assert count == len(table.columns[0].values), table.name
    assert heldout_v120.summary(built).startswith("15 tables")
    assert heldout_v2_accuracy.SETS["v120"].DEFAULT_PATH == Path("/tmp/heldout_v120.duckdb")
