"""Held-out set v66: its size, domains, languages, labels, row counts, NULL and NULL-word shares, guest-registration
identifiers with check digits (and the birth dates they encode), travel documents, OTA relay addresses, decoys with
check digits, partial card numbers, opaque and misleading names are the ones asked for, and it is the same on every
build (values are only counted or checked here, never printed).

The set is generated and written once for the module (the scorer's own ``build``); every test reads that build.
NULL-like strings are part of the set's dirt: identifier checks skip them and strip padding.
Assertion rewriting is off for this module (PYTEST_DONT_REWRITE): a failing assertion shows its source line and
message, never the values."""

from __future__ import annotations

import ast
import ipaddress
import re
import sys
from datetime import date
from pathlib import Path

import duckdb
import phonenumbers
import pytest
from stdnum import iban, imei, imo, luhn
from stdnum.at import uid as at_uid
from stdnum.at import vnr
from stdnum.cz import dic, rc
from stdnum.dk import cpr, cvr
from stdnum.es import cif
from stdnum.fr import siret
from stdnum.gr import vat as gr_vat
from stdnum.ie import pps
from stdnum.it import codicefiscale, iva
from stdnum.jp import cn
from stdnum.nl import btw
from stdnum.pl import nip, pesel, regon
from stdnum.pt import nif
from stdnum.se import orgnr, personnummer
from stdnum.tr import tckimlik, vkn

REPO = Path(__file__).resolve().parents[1]
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

from benchmarks.classification import heldout_v2_accuracy, heldout_v66, heldout_v66_values
from governance_dagster.kinds import Kind
from tests import heldout_support
from tests.heldout_support import column as _column
from tests.heldout_support import columns as _columns
from tests.heldout_support import hits as _hits
from tests.heldout_support import misses as _misses
from tests.heldout_support import null_share as _null_share

#: the languages asked for: two English tables and one table for each other language
LANGUAGES = {"en", "de", "fr", "es", "it", "pt", "nl", "pl", "sv", "da", "cs", "tr", "ja-romaji", "el-greek"}

#: every table of the set: European hospitality and travel registration, one organisation per table
TABLES = {
    "bunkhouse.bed_bookings",
    "kerry_tours.GuideRoster",
    "liftkassa.SAISONKARTEN",
    "hotel_semnoz.fiches_individuelles",
    "autocaravanas_turia.contratosAlquiler",
    "terme_euganee.prenotazioni_cure",
    "al_algarve.boletinsAlojamento",
    "camping_veerse_duinen.nachtregister",
    "bp_wawel_tour.listaUczestnikow",
    "vandrarhem_visby.bokningar",
    "nordlys_ekspeditioner.Passagermanifest",
    "penzion_labska.evidence_ubytovanych",
    "lara_resort.KBS_BILDIRIM",
    "niseko_snow_school.ressun_yoyaku",
    "κρουαζιέρες_κέρκυρας.κατάλογος_επιβατών",
}

PERSON_KINDS = {"person_name", "first_name", "last_name"}
NONE_TAGS = {
    "business",
    "decoy",
    "service_account",
    "join_key",
    "partial",
    "check_digit",
    "vehicle",
    "name_like",
    "hashed",
    "coordinates",
}

scored_file, built = heldout_support.set_fixtures("v66")
_cells = heldout_support.Cells(heldout_v66.NULLISH)
_nullish, _real, _values = _cells.nullish, _cells.real, _cells.values


def test_when_two_small_tables_are_built_again_then_every_value_is_the_same(built) -> None:
    assert heldout_support.rebuilt_differently(heldout_v66, built) == []


def test_when_the_set_is_built_then_it_has_the_size_languages_and_labels_asked_for(built) -> None:
    columns = _columns(built)
    assert len(built) == 15 and 400 <= len(columns) <= 480
    assert all(24 <= len(t.columns) <= 34 for t in built)
    assert 0.33 <= sum(c.kind != "none" for c in columns) / len(columns) <= 0.50
    assert {t.name for t in built} == TABLES
    assert all(len({c.name.lower() for c in t.columns}) == len(t.columns) for t in built)
    assert LANGUAGES == {t.language for t in built}
    assert sum(t.language == "en" for t in built) == 2
    assert {c.kind for c in columns} <= {k.value for k in Kind}
    assert {k.value for k in Kind} - {"none"} <= {c.kind for c in columns}
    assert {"snake", "camel", "Pascal", "SCREAMING"} <= {t.style for t in built}
    tags = {tag for c in columns for tag in c.tags}
    assert {
        "decoy",
        "business",
        "null_heavy",
        "nullword_heavy",
        "abbrev",
        "opaque",
        "username",
        "value_shape",
        "misleading",
        "staff",
        "audit",
        "role_word",
        "service_account",
        "join_key",
        "partial",
        "check_digit",
        "vehicle",
        "premises",
        "travel_document",
        "relay_email",
        "name_like",
        "mixed_kinds",
        "coordinates",
        "hashed",
        "typed_signature",
    } <= tags


def test_when_a_table_has_greek_script_names_then_every_column_name_is_greek(built) -> None:
    greek = next(t for t in built if t.language == "el-greek")
    assert all(re.search("[\u0370-\u03ff]", c.name) for c in greek.columns)
    names = [c.name for c in next(t for t in built if t.language == "ja-romaji").columns]
    assert {"shimei", "seinengappi", "jusho"} <= set(names) and all(n.isascii() for n in names)


def test_when_labels_are_asked_for_then_they_match_every_column(built) -> None:
    labels = heldout_v66.labels(built)
    assert set(labels) == {t.name for t in built}
    assert sum(len(cols) for cols in labels.values()) == sum(len(t.columns) for t in built)


def test_when_a_column_is_tagged_then_its_label_follows_the_conventions(built) -> None:
    columns = _columns(built)
    for column in (c for c in columns if c.tags & NONE_TAGS):
        assert column.kind == "none", column.name
    for column in (c for c in columns if c.kind == "none"):
        assert column.tags & {"business", "decoy", "service_account"}, column.name
    assert {c.kind for c in columns if "username" in c.tags} == {"unclassified"}
    assert all("username" in c.tags for c in columns if c.kind == "unclassified")
    assert {c.kind for c in columns if "travel_document" in c.tags} == {"national_id"}
    assert {c.kind for c in columns if "relay_email" in c.tags} == {"email"}
    assert {c.kind for c in columns if "mixed_kinds" in c.tags} == {"free_text"}
    assert {c.kind for c in columns if "premises" in c.tags} == {"street_address", "postal_code", "city"}


def test_when_opaque_or_misleading_names_are_built_then_some_hold_personal_data_and_some_none(built) -> None:
    opaque = [c for c in _columns(built) if "opaque" in c.tags]
    assert len(opaque) >= 12
    assert sum(c.kind != "none" for c in opaque) >= 6 and sum(c.kind == "none" for c in opaque) >= 6
    assert {
        "misc_1",
        "misc_2",
        "Udf03",
        "Udf04",
        "ATTR7",
        "ATTR8",
        "udf_03",
        "udf_04",
        "src_crm_col17",
        "src_crm_col18",
    } <= {c.name for c in opaque}
    misleading = {c.name: c.kind for c in _columns(built) if "misleading" in c.tags}
    assert misleading == {"name": "none", "notes2": "phone", "n_impegnativa_ssn": "none", "Kode": "national_id"}
    kode = _values(built, "nordlys_ekspeditioner.Passagermanifest", "Kode")
    assert len(kode) >= 150 and _misses(kode, cpr.is_valid) == 0
    notes2 = _values(built, "bunkhouse.bed_bookings", "notes2")
    assert len(notes2) >= 80 and _misses(notes2, lambda x: str(x).startswith("+")) == 0


def test_when_a_column_mixes_kinds_by_row_then_it_holds_phones_and_emails(built) -> None:
    values = [str(x) for x in _values(built, "camping_veerse_duinen.nachtregister", "src_crm_col17")]
    assert _hits(values, lambda x: "@" in x) >= 50 and _hits(values, lambda x: x.startswith("+")) >= 50
    contacts = [str(x) for x in _values(built, "bp_wawel_tour.listaUczestnikow", "kontaktAwaryjny")]
    assert len(contacts) >= 200 and _misses(contacts, lambda x: bool(re.fullmatch(r"\S+ \S+, \+?[0-9][0-9 ]+", x))) == 0


def test_when_a_value_is_partial_then_it_holds_four_digits_and_is_none(built) -> None:
    cut = [c for c in _columns(built) if "partial" in c.tags]
    assert len(cut) == 3 and all(c.kind == "none" for c in cut)
    for column in cut:
        values = [str(x) for x in _real(column.values)]
        assert values and _misses(values, lambda x: bool(re.fullmatch(r"[0-9]{4}", x))) == 0, column.name


def test_when_an_ota_relay_address_is_built_then_it_is_an_address_on_the_platform(built) -> None:
    for table, name, domain in (
        ("bunkhouse.bed_bookings", "gst_email", "@guest.booking.com"),
        ("al_algarve.boletinsAlojamento", "hospedeEmail", "@guest.airbnb.com"),
    ):
        values = [str(x) for x in _values(built, table, name)]
        assert _hits(values, lambda x, d=domain: x.endswith(d)) >= 60, name
        assert _misses(values, lambda x: bool(re.fullmatch(r"[^@\s]+@[a-z0-9.-]+\.[a-z]{2,}", x))) == 0, name


def test_when_a_column_is_labeled_email_then_every_value_is_an_address(built) -> None:
    mails = [c for c in _columns(built) if c.kind == "email"]
    assert len(mails) >= 15
    for column in mails:
        values = [str(x) for x in _real(column.values)]
        assert values and _misses(values, lambda x: bool(re.fullmatch(r"[^@\s]+@[^@\s]+\.[a-z]{2,}", x))) == 0, (
            column.name
        )


def test_when_the_set_is_built_then_every_table_has_300_to_480_rows_in_every_column(built) -> None:
    for table in built:
        lengths = {len(c.values) for c in table.columns}
        assert len(lengths) == 1 and 300 <= lengths.pop() <= 480, table.name


def test_when_a_column_is_tagged_null_heavy_then_50_to_95_percent_of_it_is_null(built) -> None:
    heavy = [c for c in _columns(built) if "null_heavy" in c.tags]
    assert len(heavy) >= 20
    for column in heavy:
        assert column.kind != "none", column.name
        assert 0.50 <= _null_share(column) <= 0.95, column.name


def test_when_a_column_is_tagged_nullword_heavy_then_70_to_95_percent_of_it_is_null_words(built) -> None:
    heavy = [c for c in _columns(built) if "nullword_heavy" in c.tags]
    assert len(heavy) >= 8
    for column in heavy:
        assert column.kind == "free_text", column.name
        share = sum(_nullish(x) for x in column.values) / len(column.values)
        assert 0.70 <= share <= 0.95 and _null_share(column) == 0, column.name


def test_when_a_personal_column_is_not_tagged_heavy_then_less_than_70_percent_of_it_is_null(built) -> None:
    for table in built:
        for column in table.columns:
            if column.kind != "none" and not column.tags & {"null_heavy", "nullword_heavy"}:
                share = sum(_nullish(x) for x in column.values) / len(column.values)
                assert share < 0.70, f"{table.name}.{column.name}"


def test_when_a_column_is_tagged_staff_or_is_an_audit_login_then_it_has_2_to_8_distinct_values(built) -> None:
    staff = [c for c in _columns(built) if "staff" in c.tags]
    assert len(staff) >= 10 and PERSON_KINDS == {c.kind for c in staff}
    logins = [c for c in _columns(built) if c.kind == "unclassified"]
    assert len(logins) >= 5
    for column in staff + logins:
        assert 2 <= len(set(_real(column.values))) <= 8, column.name
    services = [c for c in _columns(built) if "service_account" in c.tags]
    assert len(services) == 2 and all(len(set(_real(c.values))) <= 2 for c in services)


#: (table, column, check) for every column of personal identifiers with check digits
CHECKED: list[tuple[str, str, object]] = [
    ("kerry_tours.GuideRoster", "PPSN", pps.is_valid),
    ("kerry_tours.GuideRoster", "BankIBAN", iban.is_valid),
    ("liftkassa.SAISONKARTEN", "SVNR", vnr.is_valid),
    ("liftkassa.SAISONKARTEN", "IBAN", iban.is_valid),
    ("autocaravanas_turia.contratosAlquiler", "tarjetaFianza", luhn.is_valid),
    ("autocaravanas_turia.contratosAlquiler", "ibanDevolucionFianza", iban.is_valid),
    ("terme_euganee.prenotazioni_cure", "codice_fiscale", codicefiscale.is_valid),
    ("al_algarve.boletinsAlojamento", "anfitriaoNif", nif.is_valid),
    ("al_algarve.boletinsAlojamento", "anfitriaoIban", iban.is_valid),
    ("camping_veerse_duinen.nachtregister", "iban_borg", iban.is_valid),
    ("bp_wawel_tour.listaUczestnikow", "pesel", pesel.is_valid),
    ("vandrarhem_visby.bokningar", "personnummer", personnummer.is_valid),
    ("penzion_labska.evidence_ubytovanych", "rodne_cislo", rc.is_valid),
    ("lara_resort.KBS_BILDIRIM", "TC_KIMLIK_NO", tckimlik.is_valid),
]


@pytest.mark.parametrize(("table", "column", "check"), CHECKED, ids=[f"{t}.{c}" for t, c, _ in CHECKED])
def test_when_an_identifier_column_is_built_then_every_value_passes_its_checksum(built, table, column, check) -> None:
    values = [str(x) for x in _values(built, table, column)]
    assert len(values) >= 30 and _misses(values, check) == 0


def test_when_a_national_id_encodes_a_birth_date_then_it_is_the_birth_date_of_its_row(built) -> None:
    def svnr_date(x: str) -> date:
        d = x.replace(" ", "")[4:]
        return date(int(d[4:]) + (1900 if int(d[4:]) > 25 else 2000), int(d[2:4]), int(d[:2]))

    cases = (
        ("bp_wawel_tour.listaUczestnikow", "pesel", "dataUrodzenia", pesel.get_birth_date),
        ("vandrarhem_visby.bokningar", "personnummer", "fodelsedatum", personnummer.get_birth_date),
        ("penzion_labska.evidence_ubytovanych", "rodne_cislo", "datum_narozeni", rc.get_birth_date),
        ("nordlys_ekspeditioner.Passagermanifest", "Kode", "Foedselsdato", cpr.get_birth_date),
        ("terme_euganee.prenotazioni_cure", "codice_fiscale", "data_nascita", codicefiscale.get_birth_date),
        ("liftkassa.SAISONKARTEN", "SVNR", "GEB_DATUM", svnr_date),
    )
    for table, idc, dob, get in cases:
        rows = zip(_column(built, table, idc).values, _column(built, table, dob).values)
        pairs = [(p, d if isinstance(d, date) else _parse(d)) for p, d in rows if p is not None]
        assert len(pairs) >= 20 and _misses(pairs, lambda r, f=get: f(r[0]) == r[1]) == 0, table


def _parse(text: str) -> date:
    parts = [int(x) for x in re.split(r"[./-]", text)]
    return date(parts[0], parts[1], parts[2]) if parts[0] > 31 else date(parts[2], parts[1], parts[0])


#: column -> check for decoys with check digits (a business's, a ship's or a device's number: none)
CHECK_DIGIT_DECOYS = {
    "FIRMA_UID": at_uid.is_valid,
    "hotel_siret": siret.is_valid,
    "cifEmpresa": cif.is_valid,
    "imeiLocalizador": imei.is_valid,
    "partita_iva_hotel": iva.is_valid,
    "gestoraNipc": nif.is_valid,
    "btw_nummer_camping": btw.is_valid,
    "nipOrganizatora": nip.is_valid,
    "regonOrganizatora": regon.is_valid,
    "vandrarhem_orgnr": orgnr.is_valid,
    "RederiCvr": cvr.is_valid,
    "SkibImo": imo.is_valid,
    "ico_provozovatele": dic.is_valid,
    "dic_provozovatele": dic.is_valid,
    "OTEL_VKN": vkn.is_valid,
    "houjin_bango": cn.is_valid,
    "αφμ_πρακτορείου": gr_vat.is_valid,
    "αριθμός_imo": imo.is_valid,
}


def test_when_a_decoy_has_a_check_digit_then_it_passes_its_check_and_is_none(built) -> None:
    decoys = [c for c in _columns(built) if "check_digit" in c.tags]
    assert {c.name for c in decoys} == set(CHECK_DIGIT_DECOYS)
    for column in decoys:
        values = [str(x) for x in _real(column.values)]
        assert column.kind == "none" and values, column.name
        assert _misses(values, CHECK_DIGIT_DECOYS[column.name]) == 0, column.name


def _phone_valid(text: str) -> bool:
    text = "+" + text[2:] if text.startswith("00") else text
    for region in set(heldout_v66.REGION.values()):
        try:
            if phonenumbers.is_valid_number(phonenumbers.parse(text, region)):
                return True
        except phonenumbers.NumberParseException:
            continue
    return False


def test_when_a_column_is_labeled_phone_then_every_number_is_valid_in_a_country_of_the_set(built) -> None:
    phones = [c for c in _columns(built) if c.kind == "phone"]
    assert len(phones) >= 18
    regions: set[str] = set()
    for column in phones:
        values = [str(x) for x in _real(column.values)]
        assert values and _misses(values, _phone_valid) == 0, column.name
        regions |= {
            phonenumbers.region_code_for_number(phonenumbers.parse("+" + x[2:] if x.startswith("00") else x, None))
            for x in values
            if x.startswith(("+", "00"))
        }
    assert {"GB", "IE", "AT", "DE", "IT", "PT", "NL", "PL", "SE", "DK", "CZ", "TR", "JP", "GR"} <= regions


def test_when_a_column_is_labeled_ip_address_then_every_value_is_an_address_and_both_versions_occur(built) -> None:
    versions = set()
    for column in (c for c in _columns(built) if c.kind == "ip_address"):
        values = [str(x) for x in _real(column.values)]
        assert values and _misses(values, lambda x: bool(ipaddress.ip_address(x))) == 0, column.name
        versions |= {ipaddress.ip_address(x).version for x in values}
    assert versions == {4, 6}


def test_when_a_business_column_is_built_then_it_holds_no_private_value_of_its_table(built) -> None:
    for table in built:
        private = {str(x) for c in table.columns if c.kind != "none" for x in _real(c.values)}
        for column in (c for c in table.columns if "business" in c.tags):
            assert _hits([str(x) for x in _real(column.values)], lambda x, p=private: x in p) == 0, column.name


def test_when_the_value_modules_are_read_then_they_import_no_faker_and_no_earlier_set(built) -> None:
    for module in (heldout_v66, heldout_v66_values):
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
        assert earlier <= {"2", "4", "66"}, module.__name__


def test_when_the_scorer_builds_set_v66_then_the_file_holds_every_table_with_its_rows(scored_file) -> None:
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
    assert heldout_v66.summary(built).startswith(f"{len(built)} tables")
    assert heldout_v2_accuracy.SETS["v66"].DEFAULT_PATH == Path("/tmp/heldout_v66.duckdb")
