"""Held-out set v116: its size, languages, labels, row counts, NULL and NULL-word shares, staff and role words, custom
fields, identifiers with check digits, phones valid for their region, decoys failing their checks and its determinism
are the ones asked for (values are only counted or checked here, never printed).

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
from stdnum.ca import sin
from stdnum.cz import dic, rc
from stdnum.dk import cpr, cvr
from stdnum.fr import siret
from stdnum.gr import amka
from stdnum.gr import vat as afm
from stdnum.in_ import aadhaar, pan
from stdnum.nz import ird
from stdnum.pt import cc, nif
from stdnum.ru import inn
from stdnum.se import personnummer
from stdnum.us import ssn

REPO = Path(__file__).resolve().parents[1]
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

from benchmarks.classification import heldout_v2_accuracy, heldout_v116
from benchmarks.classification.heldout_v116_values import snils_is_valid
from governance_dagster.kinds import Kind
from tests import heldout_support
from tests.heldout_support import column as _column
from tests.heldout_support import columns as _columns
from tests.heldout_support import misses as _misses
from tests.heldout_support import null_share as _null_share

LANGUAGES = {"en", "fr", "pt", "da", "cs", "sv", "el", "ru"}
PERSON_KINDS = {"person_name", "first_name", "last_name"}

scored_file, built = heldout_support.set_fixtures("v116")
_cells = heldout_support.Cells(heldout_v116.NULLISH)
_nullish, _real, _values = _cells.nullish, _cells.real, _cells.values


def test_when_two_small_tables_are_built_again_then_every_value_is_the_same(built) -> None:
    assert heldout_support.rebuilt_differently(heldout_v116, built) == []


def test_when_the_set_is_built_then_it_has_the_size_languages_and_labels_asked_for(built) -> None:
    columns = _columns(built)
    assert len(built) == 15 and 250 <= len(columns) <= 360
    assert len({t.name.split(".")[0] for t in built}) == 15
    assert all(len({c.name.lower() for c in t.columns}) == len(t.columns) for t in built)
    assert LANGUAGES == {t.language_of(c) for t in built for c in t.columns}
    assert sum(t.language == "en" for t in built) == 8
    assert {c.kind for c in columns} <= {k.value for k in Kind}
    assert {"snake", "camel", "pascal", "screaming", "abbrev", "cobol", "opaque"} <= {t.style for t in built}
    tags = {tag for c in columns for tag in c.tags}
    assert {"decoy", "business", "null_heavy", "nullword_heavy", "abbrev", "value_shape", "staff", "role_word",
            "join_key", "legacy", "opaque", "custom_field", "username", "licence", "coordinates"} <= tags
    kinds = {c.kind for c in columns}
    assert {"email", "first_name", "last_name", "person_name", "phone", "ssn", "national_id", "credit_card", "iban",
            "ip_address", "street_address", "postal_code", "city", "date_of_birth", "free_text", "unclassified",
            "none"} <= kinds


def test_when_labels_are_asked_for_then_they_match_every_column(built) -> None:
    labels = heldout_v116.labels(built)
    assert set(labels) == {t.name for t in built}
    assert sum(len(cols) for cols in labels.values()) == sum(len(t.columns) for t in built)


def test_when_a_column_is_tagged_then_its_label_follows_the_conventions(built) -> None:
    for col in _columns(built):
        if col.tags & {"business", "decoy", "join_key"}:
            assert col.kind == "none", col.name
        if col.kind == "none":
            assert col.tags & {"business", "decoy"}, col.name
        if col.tags & {"custom_field"}:
            assert col.kind == "free_text", col.name
        if col.kind == "unclassified":
            assert "username" in col.tags, col.name
        if "licence" in col.tags:
            assert col.kind == "national_id", col.name


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
    assert len(heavy) >= 8
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
    assert len(staff) >= 12
    for col in staff:
        assert col.kind in PERSON_KINDS and 2 <= len(set(_real(col.values))) <= 8, col.name


def test_when_a_role_word_holds_people_then_it_is_personal(built) -> None:
    role = [c for c in _columns(built) if "role_word" in c.tags]
    assert len(role) >= 12 and all(c.kind != "none" for c in role)
    assert {"maid_of_honor", "Witness1Name", "EMERGENCY_CONTACT_NAME", "plus1_nm", "BR-COSIGN-NM", "temoin_1",
            "padrinho_1", "vidne_1_navn", "svedek_1", "koumbaros", "svidetel"} <= {c.name for c in role}
    for col in role:
        assert len(set(_real(col.values))) >= 10, col.name


def test_when_a_custom_field_is_built_then_it_mixes_phones_emails_and_names(built) -> None:
    custom = [c for c in _columns(built) if "custom_field" in c.tags]
    assert len(custom) >= 10
    for col in custom:
        values = [str(x) for x in _real(col.values)]
        mails = sum("@" in x for x in values)
        digits = sum(sum(ch.isdigit() for ch in x) >= 7 and "@" not in x for x in values)
        assert 0.15 <= mails / len(values) <= 0.5 and 0.25 <= digits / len(values) <= 0.6, col.name


def _str(values: list) -> list[str]:
    return [str(x).strip() for x in values if x not in (0, None)]


#: (table, column, check) for every checksummed identifier column
CHECKED: list[tuple[str, str, object]] = [
    ("LENSWORKS_TO.CONTRACT_SHOOTERS", "SIN", sin.is_valid),
    ("BRIDLCOB.BRLAYAWY", "BR-CUST-SSN", lambda x: ssn.is_valid(x.zfill(9))),
    ("stg_shaadi.src_guest_raw", "col03", aadhaar.is_valid),
    ("stg_shaadi.src_guest_raw", "col04", pan.is_valid),
    ("qt_elopements.couple_bookings", "ird_number", ird.is_valid),
    ("casamentos_porto.noivos", "nif_noivo_1", nif.is_valid),
    ("casamentos_porto.noivos", "cc_noivo_1", cc.is_valid),
    ("bryllup_cph.vielser_udlaendinge", "part1_cpr", cpr.is_valid),
    ("svatby_praha.obrady", "rodne_cislo_nevesty", rc.is_valid),
    ("svatby_praha.obrady", "rodne_cislo_zenicha", rc.is_valid),
    ("fotoateljen_gbg.bestallningar", "personnummer", personnummer.is_valid),
    ("gamos_athina.kratiseis", "amka_nymfis", amka.is_valid),
    ("gamos_athina.kratiseis", "afm_pelati", afm.is_valid),
    ("svadba_kazan.zayavki", "inn_zakazchika", lambda x: len(x) == 12 and inn.is_valid(x)),
    ("svadba_kazan.zayavki", "snils", snils_is_valid),
]


@pytest.mark.parametrize(("table", "name", "check"), CHECKED, ids=[f"{t}.{c}" for t, c, _ in CHECKED])
def test_when_an_identifier_column_is_built_then_every_value_passes_its_checksum(built, table, name, check) -> None:
    values = _str(_values(built, table, name))
    assert len(values) >= 80 and _misses(values, check) == 0
    assert _column(built, table, name).kind in {"ssn", "national_id"}


def test_when_an_iban_or_card_column_is_built_then_every_value_passes_its_check(built) -> None:
    for table, name in (("evtplan_ops.gst_rsvp", "rfnd_iban"), ("mariages_bdx.dossiers_couples", "iban_prelevement"),
                        ("casamentos_porto.noivos", "iban"), ("bryllup_cph.vielser_udlaendinge", "refusion_iban"),
                        ("svatby_praha.obrady", "iban")):
        values = _str(_values(built, table, name))
        assert len(values) >= 80 and _misses(values, iban.is_valid) == 0, name
        assert _column(built, table, name).kind == "iban"
    for table, name in (("magnoliaknot.wedding_clients", "deposit_card_number"),
                        ("shutterNest.sessionBookings", "cardOnFile"), ("evtplan_ops.gst_rsvp", "acc_crd"),
                        ("BRIDLCOB.BRLAYAWY", "BR-CARD-NO"), ("fotoateljen_gbg.bestallningar", "betalkort")):
        cards = [x.replace(" ", "") for x in _str(_values(built, table, name))]
        assert len(cards) >= 80 and _misses(cards, lambda x: len(x) == 16 and luhn.is_valid(x)) == 0, name
        assert _column(built, table, name).kind == "credit_card"


def test_when_a_national_id_encodes_a_birth_date_then_it_is_the_rows(built) -> None:
    for table, idc, dob, get in (("svatby_praha.obrady", "rodne_cislo_nevesty", "datum_narozeni_nevesty",
                                  rc.get_birth_date),
                                 ("bryllup_cph.vielser_udlaendinge", "part1_cpr", "part1_foedselsdato",
                                  cpr.get_birth_date)):
        rows = zip(_column(built, table, idc).values, _column(built, table, dob).values)
        pairs = [(p, d) for p, d in rows if p is not None]
        assert len(pairs) >= 100 and _misses(pairs, lambda r, f=get: f(r[0]) == r[1]) == 0, table
    rows = zip(_column(built, "gamos_athina.kratiseis", "amka_nymfis").values,
               _column(built, "gamos_athina.kratiseis", "imerominia_gennisis_nymfis").values)
    pairs = [(p, d) for p, d in rows if p is not None]
    assert len(pairs) >= 100 and _misses(pairs, lambda r: r[0][:6] == r[1].strftime("%d%m%y")) == 0


def test_when_a_legacy_date_is_numeric_then_it_decodes_to_a_real_date(built) -> None:
    for name in ("BR-CUST-DOB", "BR-WED-DT"):
        ymd = [x for x in _column(built, "BRIDLCOB.BRLAYAWY", name).values if x]
        assert len(ymd) >= 100 and _misses(ymd, lambda x: bool(date(x // 10_000, x // 100 % 100, x % 100))) == 0
    dob = [str(x) for x in _values(built, "stg_shaadi.src_guest_raw", "col06")]
    assert len(dob) >= 100 and _misses(dob, lambda x: re.fullmatch(r"\d{2}-\d{2}-\d{4}", x)) == 0


def test_when_a_decoy_is_shaped_like_an_identifier_then_it_fails_its_check(built) -> None:
    cases = _str(_values(built, "magnoliaknot.wedding_clients", "booking_number"))
    assert len(cases) >= 100 and _misses(cases, lambda x: re.fullmatch(r"\d{3}-\d{2}-\d{4}", x) and
                                         not ssn.is_valid(x)) == 0
    for table, name, check, size in (("LENSWORKS_TO.CONTRACT_SHOOTERS", "PAYROLL_REF", sin.is_valid, 9),
                                     ("stg_shaadi.src_guest_raw", "col12", aadhaar.is_valid, 12),
                                     ("qt_elopements.couple_bookings", "booking_ref", ird.is_valid, 9),
                                     ("casamentos_porto.noivos", "num_orcamento", nif.is_valid, 9),
                                     ("bryllup_cph.vielser_udlaendinge", "sagsnummer", cpr.is_valid, 11),
                                     ("svatby_praha.obrady", "cislo_smlouvy", rc.is_valid, 11),
                                     ("fotoateljen_gbg.bestallningar", "ordernummer", personnummer.is_valid, 11),
                                     ("gamos_athina.kratiseis", "arithmos_prosforas", amka.is_valid, 11),
                                     ("svadba_kazan.zayavki", "nomer_dogovora", inn.is_valid, 12)):
        values = _str(_values(built, table, name))
        assert len(values) >= 100 and _misses(values, lambda x, f=check, n=size: len(x) == n and not f(x)) == 0, name
        assert _column(built, table, name).kind == "none"
    shaped = [c for c in _columns(built) if "value_shape" in c.tags]
    assert len(shaped) >= 20 and all(c.kind == "none" for c in shaped)


def test_when_a_business_identifier_is_built_then_it_passes_its_own_check(built) -> None:
    for table, name, check in (("mariages_bdx.dossiers_couples", "siret_domaine", siret.is_valid),
                               ("casamentos_porto.noivos", "nipc_quinta", nif.is_valid),
                               ("bryllup_cph.vielser_udlaendinge", "bureau_cvr", cvr.is_valid),
                               ("svatby_praha.obrady", "ico_mista", dic.is_valid),
                               ("svadba_kazan.zayavki", "inn_restorana", lambda x: len(x) == 10 and inn.is_valid(x))):
        values = _str(_values(built, table, name))
        assert values and _misses(values, check) == 0, name
        assert _column(built, table, name).kind == "none"


def _phone_valid(text: str, region: str) -> bool:
    try:
        return phonenumbers.is_valid_number(phonenumbers.parse(text, region))
    except phonenumbers.NumberParseException:
        return False


#: table -> the region of its phones
PHONE_REGIONS = {
    "magnoliaknot.wedding_clients": "US", "shutterNest.sessionBookings": "GB",
    "CelebrantRegister.NoticeOfIntendedMarriage": "AU", "LENSWORKS_TO.CONTRACT_SHOOTERS": "CA",
    "evtplan_ops.gst_rsvp": "IE", "BRIDLCOB.BRLAYAWY": "US", "stg_shaadi.src_guest_raw": "IN",
    "qt_elopements.couple_bookings": "NZ", "mariages_bdx.dossiers_couples": "FR", "casamentos_porto.noivos": "PT",
    "bryllup_cph.vielser_udlaendinge": "DK", "svatby_praha.obrady": "CZ", "fotoateljen_gbg.bestallningar": "SE",
    "gamos_athina.kratiseis": "GR", "svadba_kazan.zayavki": "RU",
}


def test_when_a_column_is_labeled_phone_then_every_number_is_valid_for_its_region(built) -> None:
    phones = [(t, c) for t in built for c in t.columns if c.kind == "phone"]
    assert len(phones) >= 18
    for table, col in phones:
        region = PHONE_REGIONS[table.name]
        values = _str(_real(col.values))
        assert len(values) >= 40, f"{table.name}.{col.name}"
        assert _misses(values, lambda x, r=region: _phone_valid(x, r)) == 0, f"{table.name}.{col.name}"
        assert _misses(values, lambda x, r=region: phonenumbers.region_code_for_number(
            phonenumbers.parse(x, r)) == r) == 0, f"{table.name}.{col.name}"


def test_when_a_business_phone_is_built_then_it_is_valid_and_none(built) -> None:
    for table, name in (("magnoliaknot.wedding_clients", "venue_phone"), ("shutterNest.sessionBookings", "studioPhone"),
                        ("LENSWORKS_TO.CONTRACT_SHOOTERS", "STUDIO_PHONE"), ("BRIDLCOB.BRLAYAWY", "BR-STORE-PHONE"),
                        ("qt_elopements.couple_bookings", "heli_operator_phone"),
                        ("mariages_bdx.dossiers_couples", "telephone_domaine"),
                        ("casamentos_porto.noivos", "telefone_quinta"),
                        ("fotoateljen_gbg.bestallningar", "ateljens_telefon"),
                        ("gamos_athina.kratiseis", "tilefono_naou"), ("svadba_kazan.zayavki", "telefon_restorana")):
        col = _column(built, table, name)
        values = _str(col.values)
        assert col.kind == "none" and _misses(values, lambda x, r=PHONE_REGIONS[table]: _phone_valid(x, r)) == 0


def test_when_a_business_column_is_built_then_it_holds_no_private_value_of_its_table(built) -> None:
    for table in built:
        private = {str(x).strip() for c in table.columns if c.kind != "none" for x in _real(c.values)}
        for col in (c for c in table.columns if "business" in c.tags):
            assert _misses(_str(_real(col.values)), lambda x, p=private: x not in p) == 0, col.name


def test_when_coordinates_are_built_then_they_are_numbers_in_range_and_none(built) -> None:
    coords = [c for c in _columns(built) if "coordinates" in c.tags]
    assert len(coords) >= 4
    for col in coords:
        assert col.kind == "none" and _misses(col.values, lambda x: isinstance(x, float) and -180 <= x <= 180) == 0


def test_when_non_latin_values_are_built_then_greek_and_cyrillic_occur(built) -> None:
    greek = _values(built, "gamos_athina.kratiseis", "onomateponymo_nymfis")
    assert len(greek) >= 100 and _misses(greek, lambda x: all("\u0370" <= ch <= "\u03ff" or ch in " .-"
                                                              for ch in str(x))) == 0
    cyr = _values(built, "svadba_kazan.zayavki", "fio_nevesty")
    assert len(cyr) >= 100 and _misses(cyr, lambda x: all("\u0400" <= ch <= "\u04ff" or ch == " " for ch in str(x))) == 0


def test_when_an_opaque_staging_table_is_built_then_every_column_is_colnn(built) -> None:
    table = heldout_support.table(built, "stg_shaadi.src_guest_raw")
    assert [c.name for c in table.columns] == [f"col{i:02d}" for i in range(1, 19)]
    assert all("opaque" in c.tags for c in table.columns)


def test_when_a_legacy_table_is_built_then_its_text_is_padded(built) -> None:
    padded = [c for c in heldout_support.table(built, "BRIDLCOB.BRLAYAWY").columns
              if c.sql_type == "VARCHAR" and any(isinstance(x, str) and x.endswith(" ") for x in c.values)]
    assert len(padded) >= 5


def test_when_a_login_column_is_built_then_it_holds_no_at_sign_or_space(built) -> None:
    logins = [c for c in _columns(built) if "username" in c.tags]
    assert len(logins) >= 4
    for col in logins:
        values = [str(x) for x in _real(col.values)]
        assert len(values) >= 100 and _misses(values, lambda x: " " not in x and "@" not in x[1:]) == 0, col.name


def test_when_the_scorer_builds_set_v116_then_the_file_holds_every_table_with_its_rows(scored_file) -> None:
    built, path = scored_file
    with duckdb.connect(str(path), read_only=True) as con:
        for table in built:
            schema, name = table.name.split(".", 1)
            count = con.execute(f'SELECT count(*) FROM "{schema}"."{name}"').fetchone()[0]
            assert count == len(table.columns[0].values), table.name
    assert heldout_v116.summary(built).startswith("15 tables")
    assert heldout_v2_accuracy.SETS["v116"].DEFAULT_PATH == Path("/tmp/heldout_v116.duckdb")
