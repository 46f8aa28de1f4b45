"""Held-out set v53: its size, domains (field services, trades, agriculture, veterinary and home services), languages,
naming styles, labels, row counts, NULL and NULL-word shares, animals beside people, opaque custom fields, mixed-kind
cells, misleading names, join keys, audit logins and service accounts, identifiers with check digits (python-stdnum),
value-shaped decoys with check digits of their own and phones (phonenumbers) are the ones asked for, and it is the same
on every build (values are only counted or checked here, never printed).

The set is generated and written once for the module (the scorer's own ``build``); every test reads that build.
NULL-like strings and placeholders are part of the set's dirt: identifier checks skip them and strip padding.
Assertion rewriting is off for this module (PYTEST_DONT_REWRITE): a failing assertion shows its source line and
message, never the values."""

from __future__ import annotations

import ast
import ipaddress
import json
import re
import sys
import unicodedata
from datetime import date, datetime
from pathlib import Path

import duckdb
import phonenumbers
import pytest
from stdnum import ean, iban, luhn, mac
from stdnum.au import abn
from stdnum.ca import sin
from stdnum.dk import cpr, cvr
from stdnum.fi import hetu, ytunnus
from stdnum.fr import nir, siret
from stdnum.ie import pps
from stdnum.mx import curp, rfc
from stdnum.nz import ird
from stdnum.pl import nip, pesel
from stdnum.us import ssn

REPO = Path(__file__).resolve().parents[1]
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

from benchmarks.classification import heldout_v2_accuracy, heldout_v53, heldout_v53_values
from governance_dagster.kinds import Kind
from tests import heldout_support
from tests.heldout_support import column as _column
from tests.heldout_support import columns as _columns
from tests.heldout_support import hits as _hits
from tests.heldout_support import misses as _misses
from tests.heldout_support import null_share as _null_share
from tests.heldout_support import table as _table

#: the languages asked for: English plus German, French, Danish, Finnish, (Mexican) Spanish and Polish
LANGUAGES = {"en", "de", "fr", "da", "fi", "es", "pl"}

#: every table of the set: one field-service, trade, farm, veterinary or home-service business per table
TABLES = {
    "servicetitan_rpt.job_detail_export", "pestroute.daily_route_sheet", "sunpath_api.leadSiteSurveys",
    "KIWICOOP.GRWDLV", "VetPractice.ClientPatient", "herdbook.animal_keepers", "roofing_crm.claim_jobs",
    "LOCKSMITH.CALL_LOG", "analytics.stg_greenleaf__subscriptions", "Kehrbuch.Feuerstaettenbescheide",
    "telepac.dossiers_pac", "rengoeringApp.bookinger", "ymparisto.kaivo_ja_jatevesi_ilmoitukset",
    "mudanzas.cotizaciones", "wypozyczalnia.umowy_najmu",
}

PERSON_KINDS = {"person_name", "first_name", "last_name"}

scored_file, built = heldout_support.set_fixtures("v53")
_cells = heldout_support.Cells(heldout_v53.NULLISH)
_nullish, _real, _values = _cells.nullish, _cells.real, _cells.values


def test_when_two_small_tables_are_built_again_then_every_value_is_the_same(built) -> None:
    assert heldout_support.rebuilt_differently(heldout_v53, built) == []


def test_when_the_whole_set_is_built_again_then_its_labels_and_sizes_are_the_same(built) -> None:
    again = heldout_v53.tables()
    assert [(t.name, [(c.name, c.kind, len(c.values)) for c in t.columns]) for t in again] == \
        [(t.name, [(c.name, c.kind, len(c.values)) for c in t.columns]) for t in built]
    assert heldout_v53.labels(again) == heldout_v53.labels(built)


def test_when_the_set_is_built_then_it_has_the_size_languages_and_labels_asked_for(built) -> None:
    columns = _columns(built)
    assert len(built) == 15 and 420 <= len(columns) <= 500
    assert 0.42 <= sum(c.kind != "none" for c in columns) / len(columns) <= 0.52
    assert {t.name for t in built} == TABLES and len(built) == len(TABLES)
    assert all(20 <= len(t.columns) <= 40 for t in built)
    assert all(len({c.name.lower() for c in t.columns}) == len(t.columns) for t in built)
    assert LANGUAGES == {t.language_of(c) for t in built for c in t.columns}
    assert sum(t.language == "en" for t in built) == 9
    assert {t.language for t in built if t.language != "en"} == LANGUAGES - {"en"}
    assert {c.kind for c in columns} <= {k.value for k in Kind}
    assert {k.value for k in Kind} - {"none"} <= {c.kind for c in columns}
    tags = {tag for c in columns for tag in c.tags}
    assert {"decoy", "business", "null_heavy", "nullword_heavy", "abbrev", "username", "value_shape", "misleading",
            "staff", "audit", "role_word", "service_account", "premises", "join_key", "role_email", "multi_value",
            "json_blob", "json_plain", "placeholder", "tokenized", "partial", "credential", "user_agent", "pet_name",
            "animal", "coordinates", "opaque", "custom_field", "mixed_kinds", "fleet", "check_digit", "dob_text",
            "vendor_names"} <= tags
    assert {"spaces", "snake", "camel", "pascal", "screaming", "dbt"} == {t.style for t in built}


def test_when_labels_are_asked_for_then_they_match_every_column(built) -> None:
    labels = heldout_v53.labels(built)
    assert set(labels) == {t.name for t in built}
    assert sum(len(cols) for cols in labels.values()) == sum(len(t.columns) for t in built)


def test_when_a_column_is_tagged_then_its_label_follows_the_conventions(built) -> None:
    for column in (c for c in _columns(built) if c.tags & {"business", "decoy", "service_account", "join_key",
                                                           "tokenized", "partial", "json_plain", "credential",
                                                           "user_agent", "pet_name", "animal", "coordinates",
                                                           "fleet", "check_digit"}):
        assert column.kind == "none", column.name
    for column in (c for c in _columns(built) if c.kind == "none"):
        assert column.tags & {"business", "decoy"}, column.name
    for column in (c for c in _columns(built) if c.tags & {"username"}):
        assert column.kind == "unclassified", column.name
    for column in (c for c in _columns(built) if c.kind == "unclassified"):
        assert column.tags & {"username"}, column.name
    for column in (c for c in _columns(built) if c.tags & {"role_email"}):
        assert column.kind == "email", column.name
    for column in (c for c in _columns(built) if c.tags & {"placeholder"}):
        assert column.kind != "none", column.name
    for column in (c for c in _columns(built) if c.tags & {"mixed_kinds", "json_blob"}):
        assert column.kind == "free_text", column.name


def test_when_the_set_is_built_then_every_table_has_40_to_300_rows_in_every_column(built) -> None:
    for table in built:
        lengths = {len(c.values) for c in table.columns}
        assert len(lengths) == 1 and 40 <= lengths.pop() <= 300, table.name


def test_when_a_column_is_a_join_key_then_it_is_none_and_there_are_many(built) -> None:
    keys = [c for c in _columns(built) if "join_key" in c.tags]
    assert len(keys) >= 25 and all(c.kind == "none" for c in keys)
    assert {"Job #", "Customer ID", "Location ID", "acct_no", "leadId", "SUPNO", "DLVNO", "ClientId", "PatientId",
            "reg_id", "jnid", "CALL_ID", "subscription_sk", "customer_id", "BescheidId", "id_dossier", "bookingId",
            "rengoererId", "ilmoitus_id", "folio", "id_umowy"} <= {c.name for c in keys}
    sks = _values(built, "analytics.stg_greenleaf__subscriptions", "subscription_sk")
    assert _misses(sks, lambda x: bool(re.fullmatch(r"[0-9a-f]{32}", str(x)))) == 0


def test_when_a_value_is_partial_then_it_holds_four_digits_and_is_none(built) -> None:
    cut = [c for c in _columns(built) if "partial" in c.tags]
    assert {"ID_LAST4", "card_last4"} <= {c.name for c in cut} and all(c.kind == "none" for c in cut)
    for column in cut:
        values = [str(x) for x in _real(column.values)]
        assert values and _misses(values, lambda x: bool(re.fullmatch(r"[0-9]{4}", x))) == 0, column.name


def test_when_a_column_holds_placeholders_then_some_cells_are_placeholders_and_the_rest_are_real(built) -> None:
    dirty = [c for c in _columns(built) if "placeholder" in c.tags]
    assert len(dirty) >= 4
    for column in dirty:
        words = [x for x in column.values if isinstance(x, str) and _nullish(x) and x.strip()]
        assert 3 <= len(words) <= 0.15 * len(column.values), column.name


def test_when_names_mislead_then_the_misleading_columns_are_the_ones_asked_for(built) -> None:
    misleading = {c.name: c.kind for c in _columns(built) if "misleading" in c.tags}
    assert {"Equipment Name", "VARNAM", "ORCHNM", "PCKADR", "PatientName", "DateOfBirth", "animal_name", "dob",
            "sire_name", "monitor_address", "crew_depot_address", "nom_culture_principale", "bodega_dir",
            "nazwa_sprzetu", "adres_oddzialu", "Location Name"} <= set(misleading)
    assert misleading.pop("Location Name") == "person_name"
    assert set(misleading.values()) == {"none"}
    macs = _values(built, "pestroute.daily_route_sheet", "monitor_address")
    assert len(macs) >= 40 and _misses(macs, lambda x: mac.is_valid(str(x))) == 0
    births = _values(built, "VetPractice.ClientPatient", "DateOfBirth")
    assert births and _misses(births, lambda x: isinstance(x, date) and x.year >= 2009) == 0


def test_when_an_animal_is_named_then_its_name_and_birth_date_are_none(built) -> None:
    animals = [c for c in _columns(built) if c.tags & {"pet_name", "animal"}]
    assert {"dog_nm", "PatientName", "DateOfBirth", "MicrochipNo", "animal_name", "sire_name", "dob", "herd_no",
            "animal_tag", "kaeledyr"} <= {c.name for c in animals}
    assert all(c.kind == "none" for c in animals)
    chips = _values(built, "VetPractice.ClientPatient", "MicrochipNo")
    assert len(chips) >= 100 and _misses(chips, lambda x: bool(re.fullmatch(r"[0-9]{15}", str(x)))) == 0
    keepers = {str(x) for x in _values(built, "herdbook.animal_keepers", "keeper_name")}
    animal_names = [str(x) for x in _values(built, "herdbook.animal_keepers", "animal_name")]
    assert _hits(animal_names, lambda x: x in keepers) == 0


def test_when_a_name_sounds_non_personal_then_it_holds_people(built) -> None:
    role = [c for c in _columns(built) if "role_word" in c.tags]
    assert len(role) >= 15
    assert all(c.kind in PERSON_KINDS | {"phone"} for c in role)
    assert {"signed_by", "referredByName", "coApplicantName", "keeper_name", "joint_keeper", "adjuster_name",
            "CALLER_NM", "MieterName", "SchluesselBei", "associe_gaec", "rengoererNavn", "naapuri_kuultu",
            "osoba_odbierajaca"} <= {c.name for c in role}
    assert {"sales_rep_email", "adjuster_email", "referred_by_email"} <= {c.name for c in _columns(built)
                                                                          if "role_email" in c.tags}


def test_when_a_cell_holds_several_names_then_many_cells_hold_a_comma(built) -> None:
    multi = [c for c in _columns(built) if "multi_value" in c.tags]
    assert {c.name for c in multi} == {"Assigned Technicians"} and all(c.kind == "person_name" for c in multi)
    values = [str(x) for x in _values(built, "servicetitan_rpt.job_detail_export", "Assigned Technicians")]
    assert _hits(values, lambda x: ", " in x) >= 50


def _phone_valid(text: str, region: str | None) -> bool:
    try:
        return phonenumbers.is_valid_number(phonenumbers.parse(text, region))
    except phonenumbers.NumberParseException:
        return False


def test_when_a_custom_field_mixes_kinds_then_its_cells_hold_names_phones_and_emails(built) -> None:
    mixed = [c for c in _columns(built) if "mixed_kinds" in c.tags]
    assert {c.name for c in mixed} == {"custom_field_2", "kontaktInfo"}
    for table, name, region in (("roofing_crm.claim_jobs", "custom_field_2", "US"),
                                ("rengoeringApp.bookinger", "kontaktInfo", "DK")):
        values = [str(x) for x in _values(built, table, name)]
        mails = _hits(values, lambda x: "@" in x)
        phones = _hits(values, lambda x, r=region: _phone_valid(x, r))
        assert mails >= 10 and phones >= 10 and len(values) - mails - phones >= 10, name
    opaque = {c.name: c.kind for c in _columns(built) if "opaque" in c.tags}
    assert opaque == {"UDF_03": "phone", "UDF_04": "none", "UDF_07": "person_name", "custom_field_1": "none",
                      "custom_field_2": "free_text", "custom_field_3": "ssn", "custom_field_4": "none"}


def test_when_a_column_holds_json_then_every_document_parses(built) -> None:
    blobs = [c for c in _columns(built) if "json_blob" in c.tags]
    plain = [c for c in _columns(built) if "json_plain" in c.tags]
    assert len(blobs) >= 1 and len(plain) >= 2
    for column in blobs + plain:
        values = [str(x) for x in _real(column.values)]
        assert values and _misses(values, lambda x: isinstance(json.loads(x), dict)) == 0, column.name
    answers = [json.loads(str(x)) for x in _values(built, "sunpath_api.leadSiteSurveys", "financingPrequal")]
    assert _misses(answers, lambda d: bool(d.get("applicant"))) == 0


def test_when_coordinates_are_built_then_they_are_none(built) -> None:
    coords = [c for c in _columns(built) if "coordinates" in c.tags]
    assert len(coords) >= 14 and all(c.kind == "none" for c in coords)
    for column in (c for c in coords if c.sql_type == "DOUBLE"):
        assert _misses(_real(column.values), lambda x: -180 <= x <= 180) == 0, column.name


def test_when_a_home_is_named_as_a_job_site_then_it_is_labeled_personal(built) -> None:
    premises = [c for c in _columns(built) if "premises" in c.tags]
    assert len(premises) >= 10
    assert {c.kind for c in premises} == {"street_address"}


def test_when_an_audit_column_is_built_then_logins_are_usernames_and_service_accounts_are_none(built) -> None:
    audit = [c for c in _columns(built) if "audit" in c.tags]
    logins = [c for c in audit if c.kind == "unclassified"]
    services = [c for c in audit if "service_account" in c.tags]
    assert len(logins) >= 12 and len(services) >= 1
    for column in logins:
        values = [str(x) for x in _real(column.values)]
        assert 2 <= len(set(values)) <= 8, column.name
        assert _hits(values, lambda x: " " in x) == 0, column.name
    for column in services:
        assert column.kind == "none" and len(set(_real(column.values))) <= 3, column.name


def test_when_a_column_is_tagged_null_heavy_then_50_to_95_percent_of_it_is_null(built) -> None:
    heavy = [c for c in _columns(built) if "null_heavy" in c.tags]
    assert len(heavy) >= 15
    for column in heavy:
        assert column.kind != "none", column.name
        assert 0.50 <= _null_share(column) <= 0.95, column.name


def test_when_a_column_is_tagged_nullword_heavy_then_70_to_95_percent_of_it_is_null_words(built) -> None:
    heavy = [c for c in _columns(built) if "nullword_heavy" in c.tags]
    assert len(heavy) >= 3
    for column in heavy:
        assert column.kind != "none", column.name
        share = sum(_nullish(x) for x in column.values) / len(column.values)
        assert 0.70 <= share <= 0.95, column.name


def test_when_a_column_is_not_tagged_null_heavy_then_less_than_70_percent_of_it_is_null_or_null_words(built) -> None:
    for table in built:
        for column in table.columns:
            if not column.tags & {"null_heavy", "nullword_heavy"}:
                assert _null_share(column) < 0.70, f"{table.name}.{column.name}"
                assert sum(_nullish(x) for x in column.values) / len(column.values) < 0.70, \
                    f"{table.name}.{column.name}"


def test_when_a_column_is_tagged_staff_then_it_has_2_to_8_distinct_people(built) -> None:
    staff = [c for c in _columns(built) if "staff" in c.tags]
    assert len(staff) >= 18
    for column in staff:
        assert column.kind in PERSON_KINDS, column.name
        if "multi_value" not in column.tags:
            assert 2 <= len(set(_real(column.values))) <= 8, column.name
    assert {"person_name", "first_name"} == {c.kind for c in staff}


def test_when_the_cleaners_of_a_marketplace_are_named_then_they_are_many_and_not_staff(built) -> None:
    cleaners = _column(built, "rengoeringApp.bookinger", "rengoererNavn")
    assert "staff" not in cleaners.tags and len(set(_real(cleaners.values))) >= 15


def _id_card_ok(number: object) -> bool:
    """The Polish identity card check (weights 7 3 1 9 7 3 1 7 3, letters A=10 ... Z=35), written again here."""
    text = str(number).replace(" ", "").upper()
    if not re.fullmatch(r"[A-Z]{3}[0-9]{6}", text):
        return False
    return sum(w * int(ch, 36) for w, ch in zip((7, 3, 1, 9, 7, 3, 1, 7, 3), text)) % 10 == 0


#: (table, column, check) for every checksummed identifier column
CHECKED: list[tuple[str, str, object]] = [
    ("roofing_crm.claim_jobs", "custom_field_3", ssn.is_valid),
    ("LOCKSMITH.CALL_LOG", "CARD_NO", lambda x: luhn.is_valid(str(x).replace(" ", ""))),
    ("sunpath_api.leadSiteSurveys", "sinForCredit", sin.is_valid),
    ("KIWICOOP.GRWDLV", "IRDNO", ird.is_valid),
    ("herdbook.animal_keepers", "keeper_ppsn", pps.is_valid),
    ("herdbook.animal_keepers", "premium_iban", iban.is_valid),
    ("Kehrbuch.Feuerstaettenbescheide", "IbanLastschrift", iban.is_valid),
    ("telepac.dossiers_pac", "nir", nir.is_valid),
    ("telepac.dossiers_pac", "iban_versement", iban.is_valid),
    ("rengoeringApp.bookinger", "rengoererCpr", cpr.is_valid),
    ("rengoeringApp.bookinger", "kundeCprServicefradrag", cpr.is_valid),
    ("rengoeringApp.bookinger", "rengoererIban", iban.is_valid),
    ("ymparisto.kaivo_ja_jatevesi_ilmoitukset", "henkilotunnus", hetu.is_valid),
    ("mudanzas.cotizaciones", "curp", curp.is_valid),
    ("mudanzas.cotizaciones", "rfc", lambda x: rfc.is_valid(str(x), validate_check_digits=True)),
    ("wypozyczalnia.umowy_najmu", "pesel", pesel.is_valid),
    ("wypozyczalnia.umowy_najmu", "seria_nr_dowodu", _id_card_ok),
    ("wypozyczalnia.umowy_najmu", "konto_zwrotu_kaucji", iban.is_valid),
]


@pytest.mark.parametrize(("table", "column", "check"), CHECKED, ids=[f"{t}.{c}" for t, c, _ in CHECKED])
def test_when_an_identifier_column_is_built_then_every_value_passes_its_checksum(built, table, column, check) -> None:
    values = [str(x) for x in _values(built, table, column)]
    assert len(values) >= 20 and _misses(values, check) == 0


def test_when_every_national_id_or_ssn_column_is_listed_then_each_is_checked(built) -> None:
    listed = {(t, c) for t, c, _ in CHECKED}
    for table in built:
        for column in table.columns:
            if column.kind in {"national_id", "ssn", "iban", "credit_card"}:
                assert (table.name, column.name) in listed, f"{table.name}.{column.name}"


def _parse_day(text: object) -> date:
    if isinstance(text, date):
        return text
    for layout in ("%d/%m/%Y", "%m/%d/%Y", "%m-%d-%Y"):
        try:
            return datetime.strptime(str(text), layout).date()
        except ValueError:
            continue
    raise ValueError("not a date")


def test_when_a_national_id_is_built_then_it_encodes_the_date_of_birth_of_its_row(built) -> None:
    for table, idc, dob, get in (
            ("rengoeringApp.bookinger", "rengoererCpr", "rengoererFoedselsdato", cpr.get_birth_date),
            ("ymparisto.kaivo_ja_jatevesi_ilmoitukset", "henkilotunnus", "syntymaaika",
             lambda x: _parse_day(f"{x[:2]}/{x[2:4]}/{({'-': 1900, 'A': 2000}[x[6]] + int(x[4:6]))}")),
            ("wypozyczalnia.umowy_najmu", "pesel", "data_urodzenia", pesel.get_birth_date),
            ("mudanzas.cotizaciones", "curp", "fecha_nac", curp.get_birth_date)):
        rows = zip(_column(built, table, idc).values, _column(built, table, dob).values)
        pairs = [(p, d) for p, d in rows if p is not None and d is not None]
        assert len(pairs) >= 60 and _misses(pairs, lambda r, f=get: f(r[0]) == _parse_day(r[1])) == 0, table
    rows = zip(_column(built, "telepac.dossiers_pac", "nir").values,
               _column(built, "telepac.dossiers_pac", "date_naissance").values,
               _column(built, "telepac.dossiers_pac", "civilite").values)
    pairs = [(n.replace(" ", ""), _parse_day(d), s) for n, d, s in rows if n is not None]
    assert len(pairs) >= 100
    assert _misses(pairs, lambda r: r[0][1:5] == r[1].strftime("%y%m") and r[0][0] == ("2" if r[2] == "Mme" else
                                                                                         "1")) == 0


def _fold(text: str) -> str:
    text = unicodedata.normalize("NFKD", text.upper())
    return "".join(ch for ch in text if not unicodedata.combining(ch))


def test_when_a_curp_is_built_then_it_encodes_the_names_of_its_row(built) -> None:
    rows = zip(*(_column(built, "mudanzas.cotizaciones", name).values for name in ("curp", "ap_pat", "ap_mat",
                                                                                    "rfc")))
    pairs = [r for r in rows if r[0] is not None]
    assert len(pairs) >= 80
    assert _misses(pairs, lambda r: r[0][0] == _fold(r[1])[0] and r[0][2] == (_fold(r[2])[0] if r[2] else "X")) == 0
    with_rfc = [r for r in pairs if r[3] is not None]
    assert len(with_rfc) >= 20 and _misses(with_rfc, lambda r: r[3][:10] == r[0][:10]) == 0


def test_when_a_decoy_has_a_check_digit_then_it_passes_its_own_check_and_is_none(built) -> None:
    def vin_ok(text: object) -> bool:
        values = {**{str(d): d for d in range(10)}, **dict(zip("ABCDEFGH", range(1, 9))),
                  **dict(zip("JKLMN", range(1, 6))), "P": 7, "R": 9, **dict(zip("STUVWXYZ", range(2, 10)))}
        weights = (8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2)
        text = str(text)
        if len(text) != 17 or any(ch not in values for ch in text):
            return False
        total = sum(values[ch] * w for ch, w in zip(text, weights)) % 11
        return text[8] == ("X" if total == 10 else str(total))

    for table, name, check in (("LOCKSMITH.CALL_LOG", "VIN", vin_ok),
                               ("pestroute.daily_route_sheet", "prod_gtin", ean.is_valid),
                               ("pestroute.daily_route_sheet", "company_abn", abn.is_valid),
                               ("pestroute.daily_route_sheet", "monitor_address", mac.is_valid),
                               ("rengoeringApp.bookinger", "rengoererCvr", cvr.is_valid),
                               ("ymparisto.kaivo_ja_jatevesi_ilmoitukset", "porausyritys_ytunnus", ytunnus.is_valid),
                               ("telepac.dossiers_pac", "siret", siret.is_valid),
                               ("wypozyczalnia.umowy_najmu", "nip_firmy", nip.is_valid)):
        values = [str(x) for x in _values(built, table, name)]
        assert len(values) >= 20 and _misses(values, check) == 0, name
        assert _column(built, table, name).kind == "none", name
    checked = {c.name for c in _columns(built) if "check_digit" in c.tags}
    assert {"VIN", "prod_gtin", "company_abn", "monitor_address", "rengoererCvr", "porausyritys_ytunnus", "siret",
            "nip_firmy"} == checked
    shaped = [c for c in _columns(built) if "value_shape" in c.tags]
    assert len(shaped) >= 30 and all(c.kind == "none" for c in shaped)


def test_when_a_date_of_birth_is_text_then_every_value_parses_as_a_past_date(built) -> None:
    texts = [c for c in _columns(built) if "dob_text" in c.tags]
    assert {c.name for c in texts} == {"DOB_ON_ID", "date_naissance", "fecha_nac"}
    for column in texts:
        assert column.kind == "date_of_birth" and column.sql_type == "VARCHAR", column.name
        values = _real(column.values)
        assert len(values) >= 60 and _misses(values, lambda x: 1940 <= _parse_day(x).year <= 2007) == 0, column.name


def test_when_a_column_is_labeled_ip_address_then_every_value_is_an_address_and_both_versions_occur(built) -> None:
    versions = set()
    for column in (c for c in _columns(built) if c.kind == "ip_address"):
        values = [str(x) for x in _real(column.values)]
        assert values and _misses(values, lambda x: bool(ipaddress.ip_address(x))) == 0, column.name
        versions |= {ipaddress.ip_address(x).version for x in values}
    assert versions == {4, 6}


#: table -> the region its phone numbers belong to
PHONE_REGIONS = {
    "servicetitan_rpt.job_detail_export": "US", "pestroute.daily_route_sheet": "AU",
    "sunpath_api.leadSiteSurveys": "CA", "KIWICOOP.GRWDLV": "NZ", "VetPractice.ClientPatient": "GB",
    "herdbook.animal_keepers": "IE", "roofing_crm.claim_jobs": "US", "LOCKSMITH.CALL_LOG": "US",
    "analytics.stg_greenleaf__subscriptions": "US", "Kehrbuch.Feuerstaettenbescheide": "DE",
    "telepac.dossiers_pac": "FR", "rengoeringApp.bookinger": "DK", "ymparisto.kaivo_ja_jatevesi_ilmoitukset": "FI",
    "mudanzas.cotizaciones": "MX", "wypozyczalnia.umowy_najmu": "PL",
}


def test_when_a_column_is_labeled_phone_then_every_number_in_it_is_valid(built) -> None:
    phones = [(t, c) for t in built for c in t.columns if c.kind == "phone"]
    assert len(phones) >= 25 and set(PHONE_REGIONS) == {t.name for t in built}
    seen: set[str] = set()
    for table, column in phones:
        region = PHONE_REGIONS[table.name]
        values = [str(x) for x in _real(column.values)]
        assert values and _misses(values, lambda x, r=region: _phone_valid(x, r)) == 0, f"{table.name}.{column.name}"
        seen |= {phonenumbers.region_code_for_number(phonenumbers.parse(x, region)) for x in values}
    assert set(PHONE_REGIONS.values()) <= seen


def test_when_a_business_column_is_built_then_it_holds_no_private_value_of_its_table(built) -> None:
    for table in built:
        private = {str(x) for c in table.columns if c.kind != "none" for x in _real(c.values)}
        for column in (c for c in table.columns if "business" in c.tags):
            assert _hits([str(x) for x in _real(column.values)], lambda x, p=private: x in p) == 0, column.name
    assert len(set(_values(built, "pestroute.daily_route_sheet", "branch_ph"))) <= 2
    assert len(set(_values(built, "pestroute.daily_route_sheet", "company_abn"))) == 1


def test_when_a_table_keeps_the_vendors_names_then_they_are_spelled_as_exported(built) -> None:
    names = [c.name for c in _table(built, "servicetitan_rpt.job_detail_export").columns]
    assert {"Job #", "Invoice #", "Customer Name", "Location Address", "Primary Technician"} <= set(names)
    assert all(re.fullmatch(r"[A-Z][A-Z0-9_]+", c.name) for c in _table(built, "LOCKSMITH.CALL_LOG").columns)
    assert all(re.fullmatch(r"[A-Z]{3,6}", c.name) for c in _table(built, "KIWICOOP.GRWDLV").columns)
    assert all(re.fullmatch(r"[A-Z][A-Za-z0-9]+(_[0-9]+)?", c.name)
               for c in _table(built, "VetPractice.ClientPatient").columns)


def test_when_the_value_modules_are_read_then_they_import_no_faker_and_no_earlier_set(built) -> None:
    for module in (heldout_v53, heldout_v53_values):
        tree = ast.parse(Path(module.__file__).read_text(encoding="utf-8"))
        imported = {alias.name for node in ast.walk(tree) if isinstance(node, ast.Import) for alias in node.names}
        imported |= {f"{node.module}.{alias.name}" for node in ast.walk(tree) if isinstance(node, ast.ImportFrom)
                     for alias in node.names}
        assert not any("faker" in name.lower() for name in imported), module.__name__
        assert not any(name.startswith("governance_dagster") for name in imported), module.__name__
        earlier = {m.group(1) for name in imported for m in [re.search(r"heldout_v(\d+)", name)] if m}
        assert earlier <= {"2", "4", "53"}, module.__name__


def test_when_the_scorer_builds_set_v53_then_the_file_holds_every_table_with_its_rows(scored_file) -> None:
    built, path = scored_file
    with duckdb.connect(str(path), read_only=True) as con:
        for table in built:
            schema, name = table.name.split(".", 1)
            count = con.execute(f'SELECT count(*) FROM "{schema}"."{name}"').fetchone()[0]
            assert count == len(table.columns[0].values), table.name
            names = [r[0] for r in con.execute(
                "SELECT column_name FROM information_schema.columns WHERE table_schema = ? AND table_name = ?"
                " ORDER BY ordinal_position", [schema, name]).fetchall()]
            assert names == [c.name for c in table.columns], table.name
            for column in table.columns:
                nulls = con.execute(f'SELECT count(*) FROM "{schema}"."{name}" WHERE "{column.name}" IS NULL'
                                    ).fetchone()[0]
                assert nulls == sum(x is None for x in column.values), f"{table.name}.{column.name}"
    assert heldout_v53.summary(built).startswith(f"{len(built)} tables")
    assert heldout_v2_accuracy.SETS["v53"].DEFAULT_PATH == Path("/tmp/heldout_v53.duckdb")
