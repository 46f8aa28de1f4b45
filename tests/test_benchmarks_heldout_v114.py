"""Held-out set v114: its size, languages, labels, row counts, NULL and NULL-word shares, staff and role words, custom
fields, identifiers with check digits (and the birth dates they encode), phones valid for their region, business
numbers, decoys failing their checks and its determinism are the ones asked for (values are only counted or checked
here, never printed).

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
from stdnum import iban, iso6346, luhn
from stdnum.au import abn, tfn
from stdnum.ca import sin
from stdnum.cz import dic, rc
from stdnum.dk import cpr, cvr
from stdnum.fr import siret
from stdnum.gr import amka
from stdnum.gr import vat as afm
from stdnum.it import codicefiscale, iva
from stdnum.my import nric
from stdnum.pt import cc, nif
from stdnum.se import orgnr, personnummer
from stdnum.us import ssn
from stdnum.za import idnr as za_idnr

REPO = Path(__file__).resolve().parents[1]
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

from benchmarks.classification import heldout_v2_accuracy, heldout_v114
from governance_dagster.kinds import Kind
from tests import heldout_support
from tests.heldout_support import column as _column
from tests.heldout_support import columns as _columns
from tests.heldout_support import misses as _misses
from tests.heldout_support import null_share as _null_share

LANGUAGES = {"en", "pt", "da", "sv", "cs", "el", "it", "fr"}
PERSON_KINDS = {"person_name", "first_name", "last_name"}

scored_file, built = heldout_support.set_fixtures("v114")
_cells = heldout_support.Cells(heldout_v114.NULLISH)
_nullish, _real, _values = _cells.nullish, _cells.real, _cells.values


def test_when_two_small_tables_are_built_again_then_every_value_is_the_same(built) -> None:
    assert heldout_support.rebuilt_differently(heldout_v114, built) == []


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
            "join_key", "legacy", "opaque", "custom_field", "username", "licence", "coordinates"} <= tags
    assert {k.value for k in Kind} == {c.kind for c in columns}


def test_when_labels_are_asked_for_then_they_match_every_column(built) -> None:
    labels = heldout_v114.labels(built)
    assert set(labels) == {t.name for t in built}
    assert sum(len(cols) for cols in labels.values()) == sum(len(t.columns) for t in built)


def test_when_a_column_is_tagged_then_its_label_follows_the_conventions(built) -> None:
    for col in _columns(built):
        if col.tags & {"business", "decoy", "join_key", "coordinates"}:
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
    assert {"alt_contact_name", "spouseName", "CONSIGNEE_NAME", "ec_nm", "HHG-SPOUSE-NM", "next_of_kin",
            "extra_kontakt", "kontaktni_osoba", "πατρώνυμο", "garante_nome", "personneAPrevenir"} <= {
                c.name for c in role}


def test_when_a_custom_field_is_built_then_it_mixes_phones_emails_and_names(built) -> None:
    custom = [c for c in _columns(built) if "custom_field" in c.tags]
    assert len(custom) >= 12
    for col in custom:
        values = [str(x) for x in _real(col.values)]
        mails = sum("@" in x for x in values)
        digits = sum(sum(ch.isdigit() for ch in x) >= 7 and "@" not in x for x in values)
        assert 0.15 <= mails / len(values) <= 0.5 and 0.25 <= digits / len(values) <= 0.6, col.name


def _str(values: list) -> list[str]:
    return [str(x).strip() for x in values if x not in (0, None)]


#: (table, column, check) for every checksummed identifier column
CHECKED: list[tuple[str, str, object]] = [
    ("lonestar_storage.unit_rentals", "tenant_ssn", ssn.is_valid),
    ("relocateWest.assigneeFiles", "sinNumber", sin.is_valid),
    ("SHIPMENTS_INTL.MEL_EXPORT_REGISTER", "TFN", tfn.is_valid),
    ("stg_movekl.src_quote_raw", "col03", nric.is_valid),
    ("jozi_relocate.employee_moves", "id_number", za_idnr.is_valid),
    ("MUDPORTO.MDCLIP", "MDNIF", nif.is_valid),
    ("MUDPORTO.MDCLIP", "MDNCC", cc.is_valid),
    ("flyttefirma_aarhus.flytteopgaver", "cpr_nummer", cpr.is_valid),
    ("magasinering_malmo.forradshyresgaster", "personnummer", personnummer.is_valid),
    ("stehovani_ostrava.zakazky", "rodne_cislo", rc.is_valid),
    ("metakomiseis_patras.συμβάσεις_μετακόμισης", "αμκα", amka.is_valid),
    ("metakomiseis_patras.συμβάσεις_μετακόμισης", "αφμ", afm.is_valid),
    ("selfstorage_verona.contratti_box", "codice_fiscale", codicefiscale.is_valid),
]


@pytest.mark.parametrize(("table", "name", "check"), CHECKED, ids=[f"{t}.{c}" for t, c, _ in CHECKED])
def test_when_an_identifier_column_is_built_then_every_value_passes_its_checksum(built, table, name, check) -> None:
    values = _str(_values(built, table, name))
    assert len(values) >= 80 and _misses(values, check) == 0
    assert _column(built, table, name).kind in {"ssn", "national_id"}


def test_when_a_legacy_ssn_is_a_number_then_it_passes_the_check_once_zero_padded(built) -> None:
    values = [x for x in _column(built, "PCSMOVES.HHG-SHIPMENT-EXTRACT", "HHG-MBR-SSN").values if x]
    assert len(values) >= 100 and _misses(values, lambda x: ssn.is_valid(f"{x:09d}")) == 0


def test_when_an_identifier_has_no_check_digit_then_it_has_its_shape(built) -> None:
    for table, name, pattern in (("lonestar_storage.unit_rentals", "drivers_license_no", r"\d{8}"),
                                 ("relocateWest.assigneeFiles", "passportNo", r"[A-Z]{2}\d{6}"),
                                 ("SHIPMENTS_INTL.MEL_EXPORT_REGISTER", "PASSPORT_NUMBER", r"(PA|PB|N)\d{7}"),
                                 ("metakomiseis_patras.συμβάσεις_μετακόμισης", "αριθμός_ταυτότητας",
                                  r"[\u0391-\u03a9]{2} \d{6}"),
                                 ("gardemeubles_lille.contratsGarde", "numeroPieceIdentite", r"[0-9A-Z]{9}")):
        values = _str(_values(built, table, name))
        assert len(values) >= 80 and _misses(values, lambda x, p=pattern: re.fullmatch(p, x)) == 0, name
        assert _column(built, table, name).kind == "national_id"


def test_when_an_iban_or_card_column_is_built_then_every_value_passes_its_check(built) -> None:
    for table, name in (("MUDPORTO.MDCLIP", "MDIBAN"), ("flyttefirma_aarhus.flytteopgaver", "kontonummer_iban"),
                        ("magasinering_malmo.forradshyresgaster", "iban"), ("stehovani_ostrava.zakazky",
                                                                            "cislo_uctu_iban"),
                        ("metakomiseis_patras.συμβάσεις_μετακόμισης", "iban_πελάτη"),
                        ("selfstorage_verona.contratti_box", "iban_addebito"),
                        ("gardemeubles_lille.contratsGarde", "ibanPrelevement")):
        values = _str(_values(built, table, name))
        assert len(values) >= 50 and _misses(values, iban.is_valid) == 0, name
        assert _column(built, table, name).kind == "iban"
    cards = [x.replace(" ", "") for x in _str(_values(built, "akl_movers.job_sht", "cc_num"))]
    assert len(cards) >= 80 and _misses(cards, lambda x: len(x) == 16 and luhn.is_valid(x)) == 0


def test_when_a_national_id_encodes_a_birth_date_then_it_is_the_rows(built) -> None:
    for table, idc, dob, get in (("jozi_relocate.employee_moves", "id_number", "date_of_birth",
                                  za_idnr.get_birth_date),
                                 ("flyttefirma_aarhus.flytteopgaver", "cpr_nummer", "foedselsdato",
                                  cpr.get_birth_date),
                                 ("stehovani_ostrava.zakazky", "rodne_cislo", "datum_narozeni", rc.get_birth_date),
                                 ("metakomiseis_patras.συμβάσεις_μετακόμισης", "αμκα", "ημερομηνία_γέννησης",
                                  amka.get_birth_date),
                                 ("selfstorage_verona.contratti_box", "codice_fiscale", "data_nascita",
                                  codicefiscale.get_birth_date)):
        rows = zip(_column(built, table, idc).values, _column(built, table, dob).values, strict=True)
        pairs = [(p, d) for p, d in rows if p is not None]
        assert len(pairs) >= 100 and _misses(pairs, lambda r, f=get: f(r[0]) == r[1]) == 0, table
    rows = zip(_column(built, "magasinering_malmo.forradshyresgaster", "personnummer").values,
               _column(built, "magasinering_malmo.forradshyresgaster", "fodelsedatum").values, strict=True)
    assert _misses(list(rows), lambda r: r[0][:6] == r[1].strftime("%y%m%d")) == 0
    rows = zip(_column(built, "stg_movekl.src_quote_raw", "col03").values,
               _column(built, "stg_movekl.src_quote_raw", "col04").values, strict=True)
    pairs = [(p, d) for p, d in rows if p is not None]
    assert len(pairs) >= 100 and _misses(pairs, lambda r: r[0][:6] == r[1][8:] + r[1][3:5] + r[1][:2]) == 0


def test_when_a_legacy_date_is_numeric_then_it_decodes_to_a_real_date(built) -> None:
    ymd = [x for x in _column(built, "PCSMOVES.HHG-SHIPMENT-EXTRACT", "HHG-MBR-DOB").values if x]
    assert len(ymd) >= 100 and _misses(ymd, lambda x: bool(date(x // 10_000, x // 100 % 100, x % 100))) == 0
    cyy = [x for x in _column(built, "MUDPORTO.MDCLIP", "MDDNAS").values if x]
    assert len(cyy) >= 100 and _misses(cyy, lambda x: bool(date(1900 + x // 1_000_000 * 100 + x // 10_000 % 100,
                                                                x // 100 % 100, x % 100))) == 0


def test_when_a_decoy_is_shaped_like_an_identifier_then_it_fails_its_check(built) -> None:
    leases = _str(_values(built, "lonestar_storage.unit_rentals", "lease_number"))
    assert len(leases) >= 100 and _misses(leases, lambda x: re.fullmatch(r"\d{3}-\d{2}-\d{4}", x) and
                                          not ssn.is_valid(x)) == 0
    for table, name, check, size in (("jozi_relocate.employee_moves", "move_order_ref", za_idnr.is_valid, 13),
                                     ("stg_movekl.src_quote_raw", "col10", nric.is_valid, 12),
                                     ("magasinering_malmo.forradshyresgaster", "avtalsnummer",
                                      personnummer.is_valid, 10),
                                     ("stehovani_ostrava.zakazky", "cislo_objednavky", rc.is_valid, 11),
                                     ("metakomiseis_patras.συμβάσεις_μετακόμισης", "αριθμός_σύμβασης",
                                      amka.is_valid, 11)):
        values = _str(_values(built, table, name))
        assert len(values) >= 100 and _misses(values, lambda x, f=check, n=size: len(x) == n and not f(x)) == 0, name
        assert _column(built, table, name).kind == "none"
    swedish = _str(_values(built, "magasinering_malmo.forradshyresgaster", "avtalsnummer"))
    assert _misses(swedish, lambda x: not luhn.is_valid(x)) == 0
    shaped = [c for c in _columns(built) if "value_shape" in c.tags]
    assert len(shaped) >= 20 and all(c.kind == "none" for c in shaped)


def test_when_a_business_identifier_is_built_then_it_passes_its_own_check(built) -> None:
    for table, name, check in (("SHIPMENTS_INTL.MEL_EXPORT_REGISTER", "MOVER_ABN", abn.is_valid),
                               ("SHIPMENTS_INTL.MEL_EXPORT_REGISTER", "CONTAINER_NO", iso6346.is_valid),
                               ("MUDPORTO.MDCLIP", "MDNIPC", nif.is_valid),
                               ("flyttefirma_aarhus.flytteopgaver", "flyttefirma_cvr", cvr.is_valid),
                               ("magasinering_malmo.forradshyresgaster", "organisationsnummer", orgnr.is_valid),
                               ("stehovani_ostrava.zakazky", "dic_firmy", dic.is_valid),
                               ("metakomiseis_patras.συμβάσεις_μετακόμισης", "αφμ_εταιρείας", afm.is_valid),
                               ("selfstorage_verona.contratti_box", "partita_iva_gestore", iva.is_valid),
                               ("gardemeubles_lille.contratsGarde", "siretSociete", siret.is_valid)):
        values = _str(_values(built, table, name))
        assert values and _misses(values, check) == 0, name
        assert _column(built, table, name).kind == "none", name


def _phone_valid(text: str, region: str) -> bool:
    try:
        return phonenumbers.is_valid_number(phonenumbers.parse(text, region))
    except phonenumbers.NumberParseException:
        return False


#: table -> the region of its phones
PHONE_REGIONS = {
    "lonestar_storage.unit_rentals": "US", "HaulAndStore.RemovalQuotes": "GB", "relocateWest.assigneeFiles": "CA",
    "SHIPMENTS_INTL.MEL_EXPORT_REGISTER": "AU", "akl_movers.job_sht": "NZ", "PCSMOVES.HHG-SHIPMENT-EXTRACT": "US",
    "stg_movekl.src_quote_raw": "MY", "jozi_relocate.employee_moves": "ZA", "MUDPORTO.MDCLIP": "PT",
    "flyttefirma_aarhus.flytteopgaver": "DK", "magasinering_malmo.forradshyresgaster": "SE",
    "stehovani_ostrava.zakazky": "CZ", "metakomiseis_patras.συμβάσεις_μετακόμισης": "GR",
    "selfstorage_verona.contratti_box": "IT", "gardemeubles_lille.contratsGarde": "FR",
}


def test_when_a_column_is_labeled_phone_then_every_number_is_valid_for_its_region(built) -> None:
    phones = [(t, c) for t in built for c in t.columns if c.kind == "phone"]
    assert len(phones) >= 20
    for table, col in phones:
        region = PHONE_REGIONS[table.name]
        values = _str(_real(col.values))
        assert len(values) >= 40, f"{table.name}.{col.name}"
        assert _misses(values, lambda x, r=region: _phone_valid(x, r)) == 0, f"{table.name}.{col.name}"
        assert _misses(values, lambda x, r=region: phonenumbers.region_code_for_number(
            phonenumbers.parse(x, r)) == r) == 0, f"{table.name}.{col.name}"


def test_when_a_business_phone_is_built_then_it_is_valid_and_none(built) -> None:
    for table, name in (("lonestar_storage.unit_rentals", "facility_phone"),
                        ("HaulAndStore.RemovalQuotes", "DepotPhone"),
                        ("relocateWest.assigneeFiles", "employerHrPhone"),
                        ("jozi_relocate.employee_moves", "client_hr_phone")):
        col = _column(built, table, name)
        values = _str(col.values)
        assert col.kind == "none" and _misses(values, lambda x, r=PHONE_REGIONS[table]: _phone_valid(x, r)) == 0


def test_when_a_business_column_is_built_then_it_holds_no_private_value_of_its_table(built) -> None:
    for table in built:
        private = {str(x).strip() for c in table.columns if c.kind != "none" for x in _real(c.values)}
        for col in (c for c in table.columns if "business" in c.tags):
            assert _misses(_str(_real(col.values)), lambda x, p=private: x not in p) == 0, col.name


def test_when_an_email_or_ip_column_is_built_then_every_value_has_its_form(built) -> None:
    mails = [c for c in _columns(built) if c.kind == "email"]
    assert len(mails) >= 12
    for col in mails:
        values = _str(_real(col.values))
        assert _misses(values, lambda x: re.fullmatch(r"[a-z0-9._]+@[a-z0-9.-]+\.[a-z]{2,}", x)) == 0, col.name

    def ip(x: str) -> bool:
        try:
            return bool(ipaddress.ip_address(x))
        except ValueError:
            return False

    ips = [c for c in _columns(built) if c.kind == "ip_address"]
    assert len(ips) == 2 and all(_misses(_str(c.values), ip) == 0 for c in ips)


def test_when_non_latin_values_are_built_then_greek_script_occurs(built) -> None:
    table = "metakomiseis_patras.συμβάσεις_μετακόμισης"
    for name in ("όνομα", "επώνυμο", "πόλη_φόρτωσης"):
        values = _values(built, table, name)
        assert len(values) >= 100 and _misses(values, lambda x: all(
            "\u0370" <= ch <= "\u03ff" or ch in " -" for ch in str(x))) == 0, name


def test_when_an_opaque_staging_table_is_built_then_every_column_is_colnn(built) -> None:
    table = heldout_support.table(built, "stg_movekl.src_quote_raw")
    assert [c.name for c in table.columns] == [f"col{i:02d}" for i in range(1, 19)]
    assert all("opaque" in c.tags for c in table.columns)


def test_when_a_legacy_table_is_built_then_its_text_is_padded(built) -> None:
    for table in ("PCSMOVES.HHG-SHIPMENT-EXTRACT", "MUDPORTO.MDCLIP"):
        padded = [c for c in heldout_support.table(built, table).columns
                  if c.sql_type == "VARCHAR" and any(isinstance(x, str) and x.endswith(" ") for x in c.values)]
        assert len(padded) >= 5, table


def test_when_the_scorer_builds_set_v114_then_the_file_holds_every_table_with_its_rows(scored_file) -> None:
    built, path = scored_file
    with duckdb.connect(str(path), read_only=True) as con:
        for table in built:
            schema, name = table.name.split(".", 1)
            count = con.execute(f'SELECT count(*) FROM "{schema}"."{name}"').fetchone()[0]
            assert count == len(table.columns[0].values), table.name
    assert heldout_v114.summary(built).startswith("15 tables")
    assert heldout_v2_accuracy.SETS["v114"].DEFAULT_PATH == Path("/tmp/heldout_v114.duckdb")
