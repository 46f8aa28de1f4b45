"""Held-out set v67: its size, domains (vehicles and mobility: toll transponders, roadside assistance, car sharing, a
used-car dealer's purchase book, fleet telematics, driving tests, ride-hailing drivers, EV charging, a vehicle
register, speed-camera fines, a car-rental counter, a scrapyard, a tyre hotel, residents' parking, a motorcycle club),
languages and scripts, labels, row counts, NULL and NULL-word shares, join keys, placeholders, opaque and
source-prefixed custom fields, mixed-kind columns, coordinates, vehicles and fleets, audit logins and service
accounts, identifiers' check digits, phones' validity, check-digit and value-shaped decoys and misleading names are
the ones asked for, and it is the same on every build (values are only counted or checked here, never printed).

The set is generated and written once for the module (the scorer's own ``build``); every test reads that build.
NULL-like strings and placeholders are part of the set's dirt: identifier checks skip them and strip padding.
Assertion rewriting is off for this module (PYTEST_DONT_REWRITE): a failing assertion shows its source line and
message, never the values."""

from __future__ import annotations

import ast
import ipaddress
import re
import sys
from pathlib import Path

import duckdb
import phonenumbers
import pytest
from stdnum import iban, imei, luhn
from stdnum.au import abn
from stdnum.ca import bn
from stdnum.cz import dic, rc
from stdnum.gr import amka
from stdnum.gr import vat as gr_vat
from stdnum.in_ import aadhaar, gstin, pan
from stdnum.it import codicefiscale, iva
from stdnum.pl import nip, pesel
from stdnum.sg import uen
from stdnum.tr import tckimlik, vkn

REPO = Path(__file__).resolve().parents[1]
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

from benchmarks.classification import heldout_v2_accuracy, heldout_v67, heldout_v67_values
from governance_dagster.kinds import Kind
from tests import heldout_support
from tests.heldout_support import column as _column
from tests.heldout_support import columns as _columns
from tests.heldout_support import hits as _hits
from tests.heldout_support import misses as _misses
from tests.heldout_support import null_share as _null_share

#: the languages asked for: English, Italian, Polish, Czech, Turkish, Greek and Japanese
LANGUAGES = {"en", "it", "pl", "cs", "tr", "el", "ja"}

#: every table of the set: one organisation of the vehicle and mobility trade each
TABLES = {
    "TagOps.TransponderAccounts",
    "RESCUE.CALLOUT_LOG",
    "shareway_api.memberTrips",
    "dealer_dms.purchase_book",
    "fleet_tm.trip_driver_assignments",
    "TestBooking.PracticalTests",
    "autoride_ops.driverPartners",
    "chargesg.charging_accounts",
    "LSMVLA.VEHICLE_REG_BOOK",
    "polizia_locale.verbali_autovelox",
    "wypozyczalnia_aut.umowyNajmu",
    "autovrakoviste.kniha_vyrazeni",
    "LastikOteli.Emanetler",
    "δήμος_στάθμευση.κάρτες_μόνιμων_κατοίκων",
    "バイククラブ.会員名簿",
}

PERSON_KINDS = {"person_name", "first_name", "last_name"}

scored_file, built = heldout_support.set_fixtures("v67")
_cells = heldout_support.Cells(heldout_v67.NULLISH)
_nullish, _real, _values = _cells.nullish, _cells.real, _cells.values


def test_when_two_small_tables_are_built_again_then_every_value_is_the_same(built) -> None:
    assert heldout_support.rebuilt_differently(heldout_v67, built) == []


def test_when_the_set_is_built_then_it_has_the_size_languages_and_labels_asked_for(built) -> None:
    columns = _columns(built)
    assert len(built) == 15 and 400 <= len(columns) <= 480
    assert all(24 <= len(t.columns) <= 34 for t in built)
    assert 0.33 <= sum(c.kind != "none" for c in columns) / len(columns) <= 0.50
    assert {t.name for t in built} == TABLES and len(built) == len(TABLES)
    assert all(len({c.name.lower() for c in t.columns}) == len(t.columns) for t in built)
    assert LANGUAGES == {t.language for t in built}
    assert sum(t.language == "en" for t in built) == 9
    assert {c.kind for c in columns} <= {k.value for k in Kind}
    assert {k.value for k in Kind} - {"none"} <= {c.kind for c in columns}
    tags = {tag for c in columns for tag in c.tags}
    assert {
        "decoy",
        "business",
        "null_heavy",
        "nullword_heavy",
        "abbrev",
        "username",
        "value_shape",
        "misleading",
        "staff",
        "audit",
        "role_word",
        "service_account",
        "join_key",
        "placeholder",
        "tokenized",
        "partial",
        "credential",
        "vehicle",
        "fleet",
        "check_digit",
        "opaque",
        "prefixed",
        "mixed_kinds",
        "coordinates",
        "hashed",
        "card_in_clear",
        "dob_text",
        "sparse",
    } <= tags
    assert {"snake", "camel", "pascal", "screaming", "native"} == {t.style for t in built}


def test_when_labels_are_asked_for_then_they_match_every_column(built) -> None:
    labels = heldout_v67.labels(built)
    assert set(labels) == {t.name for t in built}
    assert sum(len(cols) for cols in labels.values()) == sum(len(t.columns) for t in built)


def test_when_a_column_is_tagged_then_its_label_follows_the_conventions(built) -> None:
    for column in (
        c
        for c in _columns(built)
        if c.tags
        & {
            "business",
            "decoy",
            "service_account",
            "join_key",
            "tokenized",
            "partial",
            "credential",
            "vehicle",
            "fleet",
            "check_digit",
            "coordinates",
            "hashed",
        }
    ):
        assert column.kind == "none", column.name
    for column in (c for c in _columns(built) if c.kind == "none"):
        assert column.tags & {"business", "decoy"}, column.name
    for column in (c for c in _columns(built) if c.tags & {"username"}):
        assert column.kind == "unclassified", column.name
    for column in (c for c in _columns(built) if c.kind == "unclassified"):
        assert column.tags & {"username"}, column.name
    for column in (c for c in _columns(built) if c.tags & {"placeholder", "card_in_clear", "dob_text"}):
        assert column.kind != "none", column.name
    assert {c.kind for c in _columns(built) if "card_in_clear" in c.tags} == {"credit_card"}
    assert {c.kind for c in _columns(built) if "dob_text" in c.tags} == {"date_of_birth"}


def test_when_a_column_is_a_join_key_or_a_hash_then_it_is_none_and_there_are_many(built) -> None:
    keys = [c for c in _columns(built) if "join_key" in c.tags]
    assert len(keys) >= 15 and all(c.kind == "none" for c in keys)
    hashes = [c for c in _columns(built) if "hashed" in c.tags]
    assert len(hashes) >= 2
    for column in hashes:
        values = [str(x) for x in _real(column.values)]
        assert values and _misses(values, lambda x: bool(re.fullmatch(r"[0-9a-f]{64}", x))) == 0, column.name


def test_when_a_value_is_partial_then_it_holds_four_digits_and_is_none(built) -> None:
    cut = [c for c in _columns(built) if "partial" in c.tags]
    assert len(cut) >= 5 and all(c.kind == "none" for c in cut)
    for column in cut:
        values = [str(x) for x in _real(column.values)]
        assert values and _misses(values, lambda x: bool(re.fullmatch(r"[0-9]{4}", x))) == 0, column.name


def test_when_a_column_holds_placeholders_then_some_cells_are_placeholders_and_the_rest_are_real(built) -> None:
    dirty = [c for c in _columns(built) if "placeholder" in c.tags]
    assert len(dirty) >= 1
    for column in dirty:
        words = [x for x in column.values if isinstance(x, str) and _nullish(x) and x.strip()]
        assert 5 <= len(words) <= 0.15 * len(column.values), column.name


def test_when_names_mislead_then_the_values_do_not_follow_the_name(built) -> None:
    misleading = {c.name: c.kind for c in _columns(built) if "misleading" in c.tags}
    assert misleading == {"code": "national_id", "notes2": "phone", "contact_name": "none"}
    codes = _values(built, "chargesg.charging_accounts", "code")
    assert _misses(codes, lambda x: bool(re.fullmatch(r"[STFG][0-9]{7}[A-Z]", str(x)))) == 0
    contacts = _values(built, "fleet_tm.trip_driver_assignments", "contact_name")
    assert _misses(contacts, lambda x: any(w in str(x) for w in ("Depot", "Yard", "Desk"))) == 0


def test_when_a_field_is_opaque_then_some_hold_personal_data_and_some_none(built) -> None:
    opaque = [c for c in _columns(built) if "opaque" in c.tags]
    personal = [c for c in opaque if c.kind != "none"]
    assert len(opaque) >= 20 and len(personal) >= 10 and len(opaque) - len(personal) >= 10
    assert {"misc_1", "udf_03", "ATTR7", "Udf03", "poleDodatkowe2", "OzelAlan2", "πεδίο_2", "予備2"} <= {
        c.name for c in personal
    }
    assert {"misc_2", "udf_04", "ATTR8", "Udf04", "poleDodatkowe1", "OzelAlan1", "πεδίο_1", "予備1"} <= {
        c.name for c in opaque if c.kind == "none"
    }


def test_when_a_column_mixes_kinds_then_it_is_free_text_and_holds_names_phones_and_emails(built) -> None:
    mixed = [c for c in _columns(built) if "mixed_kinds" in c.tags]
    assert [c.name for c in mixed] == ["src_crm_col17"] and mixed[0].kind == "free_text"
    values = [str(x) for x in _real(mixed[0].values)]
    assert _hits(values, lambda x: "@" in x) >= 20
    assert _hits(values, lambda x: bool(re.fullmatch(r"\(\d{3}\) \d{3}-\d{4}", x))) >= 20
    assert _hits(values, lambda x: bool(re.fullmatch(r"[^\d@]+ [^\d@]+", x))) >= 20
    prefixed = {c.name: c.kind for c in _columns(built) if "prefixed" in c.tags}
    assert prefixed == {"src_crm_col17": "free_text", "src_crm_col18": "none"}


def test_when_a_name_sounds_non_personal_then_it_holds_people(built) -> None:
    role = [c for c in _columns(built) if "role_word" in c.tags]
    assert len(role) >= 15
    assert {c.kind for c in role} <= PERSON_KINDS | {"email", "phone", "national_id", "date_of_birth"}
    assert {
        "SecondaryDriverName",
        "DRIVER_NM",
        "additionalDriver",
        "driver_full_name",
        "SupervisorName",
        "rcOwnerName",
        "fatherName",
        "AGENT_NAME",
        "PREV_OWNER_NM",
        "conducente_nominativo",
        "kierowcaDodatkowy",
        "predavajici_jiny",
        "TeslimEden",
        "κάτοχος_οχήματος",
        "緊急連絡先氏名",
    } <= {c.name for c in role}


def test_when_vehicles_are_built_then_plates_and_vins_are_none(built) -> None:
    cars = [c for c in _columns(built) if c.tags & {"vehicle", "fleet"}]
    assert len(cars) >= 18 and all(c.kind == "none" for c in cars)
    vins = [c for c in cars if c.name.lower() in {"vin", "vinauta", "chassis_no"}]
    assert len(vins) == 5
    for column in vins:
        values = [str(x) for x in _real(column.values)]
        assert values and _misses(values, lambda x: len(x) == 17 and heldout_v67_values.vin_check(x) == x[8]) == 0


def test_when_coordinates_are_built_then_they_are_places_and_none(built) -> None:
    coords = [c for c in _columns(built) if "coordinates" in c.tags]
    assert len(coords) >= 12 and all(c.kind == "none" and c.sql_type == "DOUBLE" for c in coords)
    for column in coords:
        assert _misses(_real(column.values), lambda x: -180 <= float(x) <= 180) == 0, column.name


def test_when_an_audit_column_is_built_then_logins_are_usernames_and_service_accounts_are_none(built) -> None:
    audit = [c for c in _columns(built) if "audit" in c.tags]
    logins = [c for c in audit if c.kind == "unclassified"]
    services = [c for c in audit if "service_account" in c.tags]
    assert len(logins) >= 3 and len(services) >= 3
    for column in logins:
        assert 2 <= len(set(_real(column.values))) <= 8, column.name
    for column in services:
        assert column.kind == "none" and len(set(_real(column.values))) <= 3, column.name


def test_when_the_set_is_built_then_every_table_has_300_to_480_rows_in_every_column(built) -> None:
    for table in built:
        lengths = {len(c.values) for c in table.columns}
        assert len(lengths) == 1 and 300 <= lengths.pop() <= 480, table.name


def test_when_a_column_is_tagged_null_heavy_then_50_to_95_percent_of_it_is_null(built) -> None:
    heavy = [c for c in _columns(built) if "null_heavy" in c.tags]
    sparse = [c for c in _columns(built) if "sparse" in c.tags]
    assert len(heavy) >= 15 and len(sparse) >= 10
    for column in heavy:
        assert column.kind != "none", column.name
        assert 0.50 <= _null_share(column) <= 0.95, column.name
    for column in sparse:
        assert column.kind == "none" and "business" in column.tags, column.name
        assert 0.70 <= _null_share(column) <= 0.95, column.name


def test_when_a_column_is_tagged_nullword_heavy_then_70_to_95_percent_of_it_is_null_words(built) -> None:
    heavy = [c for c in _columns(built) if "nullword_heavy" in c.tags]
    assert len(heavy) >= 5
    for column in heavy:
        assert column.kind != "none", column.name
        share = sum(_nullish(x) for x in column.values) / len(column.values)
        assert 0.70 <= share <= 0.95, column.name


def test_when_a_column_is_not_tagged_null_heavy_then_less_than_70_percent_of_it_is_null_or_null_words(built) -> None:
    for table in built:
        for column in table.columns:
            if not column.tags & {"null_heavy", "nullword_heavy", "sparse"}:
                assert _null_share(column) < 0.70, f"{table.name}.{column.name}"
                assert sum(_nullish(x) for x in column.values) / len(column.values) < 0.70, (
                    f"{table.name}.{column.name}"
                )


def test_when_a_column_is_tagged_staff_then_it_has_2_to_8_distinct_people(built) -> None:
    staff = [c for c in _columns(built) if "staff" in c.tags]
    assert len(staff) >= 12
    for column in staff:
        assert column.kind in PERSON_KINDS, column.name
        assert 2 <= len(set(_real(column.values))) <= 8, column.name
    assert PERSON_KINDS == {c.kind for c in staff}


def _nric_valid(text: str) -> bool:
    if not re.fullmatch(r"[STFG][0-9]{7}[A-Z]", text):
        return False
    return heldout_v67_values.nric_check(text[0], text[1:8]) == text[8]


#: (table, column, check) for every checksummed personal identifier column
CHECKED: list[tuple[str, str, object]] = [
    ("autoride_ops.driverPartners", "aadhaarNo", aadhaar.is_valid),
    ("autoride_ops.driverPartners", "panNo", pan.is_valid),
    ("chargesg.charging_accounts", "code", _nric_valid),
    ("polizia_locale.verbali_autovelox", "proprietario_cf", codicefiscale.is_valid),
    ("wypozyczalnia_aut.umowyNajmu", "pesel", pesel.is_valid),
    ("autovrakoviste.kniha_vyrazeni", "rodne_cislo", rc.is_valid),
    ("LastikOteli.Emanetler", "TcKimlikNo", tckimlik.is_valid),
    ("δήμος_στάθμευση.κάρτες_μόνιμων_κατοίκων", "αμκα", amka.is_valid),
    ("δήμος_στάθμευση.κάρτες_μόνιμων_κατοίκων", "αφμ", gr_vat.is_valid),
    ("TagOps.TransponderAccounts", "AutoReplenishCard", luhn.is_valid),
]


@pytest.mark.parametrize(("table", "column", "check"), CHECKED, ids=[f"{t}.{c}" for t, c, _ in CHECKED])
def test_when_an_identifier_column_is_built_then_every_value_passes_its_checksum(built, table, column, check) -> None:
    values = [str(x) for x in _values(built, table, column)]
    assert len(values) >= 20 and _misses(values, check) == 0


def test_when_an_iban_or_a_polish_id_card_is_built_then_it_passes_its_check(built) -> None:
    ibans = [c for c in _columns(built) if c.kind == "iban"]
    assert len(ibans) == 3
    for column in ibans:
        values = [str(x) for x in _real(column.values)]
        assert len(values) >= 20 and _misses(values, iban.is_valid) == 0, column.name
    cards = [str(x) for x in _values(built, "wypozyczalnia_aut.umowyNajmu", "numerDowodu")]
    polish = [x for x in cards if re.fullmatch(r"[A-Z]{3}[0-9]{6}", x)]
    assert len(polish) >= 150 and _misses(polish, heldout_v67_values.pl_id_card_valid) == 0


def test_when_a_national_id_is_built_then_it_encodes_the_date_of_birth_of_its_row(built) -> None:
    for table, idc, dob, get in (
        ("wypozyczalnia_aut.umowyNajmu", "pesel", "dataUrodzenia", pesel.get_birth_date),
        ("autovrakoviste.kniha_vyrazeni", "rodne_cislo", "datum_narozeni", rc.get_birth_date),
        ("δήμος_στάθμευση.κάρτες_μόνιμων_κατοίκων", "αμκα", "ημερομηνία_γέννησης", amka.get_birth_date),
    ):
        rows = zip(_column(built, table, idc).values, _column(built, table, dob).values, strict=True)
        pairs = [(p, d) for p, d in rows if p is not None]
        assert len(pairs) >= 100 and _misses(pairs, lambda r, f=get: f(r[0]) == r[1]) == 0, table


#: (table, column, check) for every decoy that passes its own check digit
DECOYS: list[tuple[str, str, object]] = [
    ("fleet_tm.trip_driver_assignments", "device_imei", imei.is_valid),
    ("fleet_tm.trip_driver_assignments", "company_abn", abn.is_valid),
    ("dealer_dms.purchase_book", "dealer_hst_bn", bn.is_valid),
    ("autoride_ops.driverPartners", "fleetOwnerGstin", gstin.is_valid),
    ("chargesg.charging_accounts", "corporate_uen", uen.is_valid),
    ("polizia_locale.verbali_autovelox", "piva_noleggio", iva.is_valid),
    ("wypozyczalnia_aut.umowyNajmu", "nipFirmy", nip.is_valid),
    ("autovrakoviste.kniha_vyrazeni", "ico_vlastnika", dic.is_valid),
    ("LastikOteli.Emanetler", "VergiNo", vkn.is_valid),
    ("δήμος_στάθμευση.κάρτες_μόνιμων_κατοίκων", "αφμ_εταιρείας", gr_vat.is_valid),
]


def test_when_a_decoy_has_a_check_digit_then_it_passes_its_own_check_and_is_none(built) -> None:
    for table, name, check in DECOYS:
        column = _column(built, table, name)
        values = [str(x) for x in _real(column.values)]
        assert column.kind == "none" and "check_digit" in column.tags, name
        assert len(values) >= 20 and _misses(values, check) == 0, name
    plates = [str(x) for x in _values(built, "chargesg.charging_accounts", "vehicle_plate")]
    assert _misses(plates, lambda x: heldout_v67_values.sg_plate_check(x[:3], x[3:-1]) == x[-1]) == 0
    shaped = [c for c in _columns(built) if "value_shape" in c.tags]
    assert len(shaped) >= 20 and all(c.kind == "none" for c in shaped)


def test_when_a_column_is_labeled_ip_address_then_every_value_is_an_address_and_both_versions_occur(built) -> None:
    versions = set()
    columns = [c for c in _columns(built) if c.kind == "ip_address"]
    assert len(columns) >= 3
    for column in columns:
        values = [str(x) for x in _real(column.values)]
        assert values and _misses(values, lambda x: bool(ipaddress.ip_address(x))) == 0, column.name
        versions |= {ipaddress.ip_address(x).version for x in values}
    assert versions == {4, 6}


#: table -> the region its phone numbers belong to
PHONE_REGIONS = {
    "TagOps.TransponderAccounts": "US",
    "RESCUE.CALLOUT_LOG": "GB",
    "shareway_api.memberTrips": "IE",
    "dealer_dms.purchase_book": "CA",
    "fleet_tm.trip_driver_assignments": "AU",
    "TestBooking.PracticalTests": "NZ",
    "autoride_ops.driverPartners": "IN",
    "chargesg.charging_accounts": "SG",
    "LSMVLA.VEHICLE_REG_BOOK": "NG",
    "polizia_locale.verbali_autovelox": "IT",
    "wypozyczalnia_aut.umowyNajmu": "PL",
    "autovrakoviste.kniha_vyrazeni": "CZ",
    "LastikOteli.Emanetler": "TR",
    "δήμος_στάθμευση.κάρτες_μόνιμων_κατοίκων": "GR",
    "バイククラブ.会員名簿": "JP",
}


def _phone_valid(text: str, region: str) -> bool:
    try:
        number = phonenumbers.parse(text, region)
    except phonenumbers.NumberParseException:
        return False
    return phonenumbers.is_valid_number(number) and phonenumbers.region_code_for_number(number) == region


def test_when_a_column_is_labeled_phone_then_every_number_in_it_is_valid_for_its_country(built) -> None:
    phones = [(t, c) for t in built for c in t.columns if c.kind == "phone"]
    assert len(phones) >= 20
    regions = set()
    for table, column in phones:
        region = PHONE_REGIONS[table.name]
        values = [str(x) for x in _real(column.values)]
        assert values and _misses(values, lambda x, r=region: _phone_valid(x, r)) == 0, f"{table.name}.{column.name}"
        regions.add(region)
    assert regions == set(PHONE_REGIONS.values()) - {"IT"}


def test_when_a_business_column_is_built_then_it_holds_no_private_value_of_its_table(built) -> None:
    for table in built:
        private = {str(x) for c in table.columns if c.kind != "none" for x in _real(c.values)}
        for column in (c for c in table.columns if "business" in c.tags):
            assert _hits([str(x) for x in _real(column.values)], lambda x, p=private: x in p) == 0, column.name


def test_when_the_value_modules_are_read_then_they_import_no_faker_and_no_earlier_set(built) -> None:
    for module in (heldout_v67, heldout_v67_values):
        tree = ast.parse(Path(module.__file__).read_text(encoding="utf-8"))
        imported = {alias.name for node in ast.walk(tree) if isinstance(node, ast.Import) for alias in node.names}
        imported |= {
            f"{node.module}.{alias.name}"
            for node in ast.walk(tree)
            if isinstance(node, ast.ImportFrom)
            for alias in node.names
        }
        assert not any("faker" in name.lower() for name in imported), module.__name__
        assert not any(name.startswith("governance_dagster") for name in imported), module.__name__
        earlier = {m.group(1) for name in imported for m in [re.search(r"heldout_v(\d+)", name)] if m}
        assert earlier <= {"2", "4", "67"}, module.__name__


def test_when_the_scorer_builds_set_v67_then_the_file_holds_every_table_with_its_rows(scored_file) -> None:
    built, path = scored_file
    with duckdb.connect(str(path), read_only=True) as con:
        for table in built:
            schema, name = table.name.split(".", 1)
            count = con.execute(f'SELECT count(*) FROM "{schema}"."{name}"').fetchone()[0]
            assert count == len(table.columns[0].values), table.name
            names = [
                r[0]
                for r in con.execute(
                    "SELECT column_name FROM information_schema.columns WHERE table_schema = ? AND table_name = ?"
                    " ORDER BY ordinal_position",
                    [schema, name],
                ).fetchall()
            ]
            assert names == [c.name for c in table.columns], table.name
    assert heldout_v67.summary(built).startswith(f"{len(built)} tables")
    assert heldout_v2_accuracy.SETS["v67"].DEFAULT_PATH == Path("/tmp/heldout_v67.duckdb")
