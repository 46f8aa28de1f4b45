"""Held-out set v166: its size, languages, naming styles, labels, row counts, NULL and NULL-word shares, staff and
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
from datetime import datetime
from pathlib import Path

import duckdb
import phonenumbers
from stdnum import iban, luhn
from stdnum.au import abn, tfn
from stdnum.be import eid, nn
from stdnum.be import vat as bce
from stdnum.ca import sin
from stdnum.ch import ssn as ahv
from stdnum.ch import uid as ch_uid
from stdnum.cz import bankaccount as cz_bankaccount
from stdnum.cz import dic as ico
from stdnum.cz import rc
from stdnum.gb import nhs
from stdnum.gr import amka
from stdnum.gr import vat as afm
from stdnum.ie import pps
from stdnum.in_ import aadhaar, pan
from stdnum.jp import in_ as my_number
from stdnum.pl import nip, pesel
from stdnum.pt import cc, nif
from stdnum.us import rtn, ssn
from stdnum.za import idnr

REPO = Path(__file__).resolve().parents[1]
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

from benchmarks.classification import heldout_v2_accuracy, heldout_v166
from benchmarks.classification import heldout_v166_values as values
from governance_dagster.kinds import Kind
from tests import heldout_support
from tests.heldout_support import column as _column
from tests.heldout_support import columns as _columns
from tests.heldout_support import misses as _misses
from tests.heldout_support import null_share as _null_share

LANGUAGES = {"en", "de", "fr", "pt", "pl", "cs", "el", "ja"}
PERSON_KINDS = {"person_name", "first_name", "last_name"}

scored_file, built = heldout_support.set_fixtures("v166")
_cells = heldout_support.Cells(heldout_v166.NULLISH)
_nullish, _real, _values = _cells.nullish, _cells.real, _cells.values

GB, AU, CA, IE = (
    "strathspey_race_events.race_entries",
    "pioneerValleySportive.riderEntries",
    "PentictonLongCourseTri.EliteWhereabouts",
    "reek_sportive.rdr_reg_xfr",
)
COBOL, STG, ZA = "RRVTIME.AWARD_PAYOUT_EXTRACT", "stg_vdr_run.src_crm_regn_raw", "pmb_timing.results_json"
CH, BE, PT, PL = (
    "StadtlaufThun.HelferEinsaetze",
    "trail_citadelle_namur.remboursements_cessions",
    "meia_maratona_ria.dorsais_solidarios",
    "triathlon_olsztyn.zgloszenia_lista_rezerwowa",
)
CZ, GR, JP = (
    "cyklo_vysocina_jihlava.zdravotni_prohlaseni",
    "δρόμος_χανίων.κατατάξεις_και_βάθρα",
    "enshu_timing.kiroku_sokutei",
)


def _str(values: list) -> list[str]:
    return [str(x).strip() for x in values if x not in (0, None)]


def _digits(text: str) -> str:
    return "".join(ch for ch in text if ch.isdigit())


def _rows(built: list, table: str, first: str, second: str) -> list[tuple[object, object]]:
    a, b = _column(built, table, first).values, _column(built, table, second).values
    return [(x, y) for x, y in zip(a, b, strict=True) if x is not None and y is not None]


def test_when_two_small_tables_are_built_again_then_every_value_is_the_same(built) -> None:
    assert heldout_support.rebuilt_differently(heldout_v166, built) == []


def test_when_the_set_is_built_then_it_has_the_size_languages_styles_and_labels_asked_for(built) -> None:
    columns = _columns(built)
    assert 13 <= len(built) <= 15 and 250 <= len(columns) <= 350
    assert all(200 <= len(t.columns[0].values) <= 800 for t in built)
    assert len({t.name.split(".")[0] for t in built}) == len(built)
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
        "whereabouts",
        "sports_body",
        "health_words",
        "coordinates",
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
    labels = heldout_v166.labels(built)
    assert set(labels) == {t.name for t in built}
    assert sum(len(cols) for cols in labels.values()) == sum(len(t.columns) for t in built)
    assert all(labels[t.name][c.name] == c.kind for t in built for c in t.columns)


def test_when_a_column_is_tagged_then_its_label_follows_the_conventions(built) -> None:
    for col in _columns(built):
        if col.tags & {
            "business",
            "decoy",
            "join_key",
            "custom_plain",
            "check_digit",
            "sports_body",
            "health_words",
            "coordinates",
        }:
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
        if col.tags & {"whereabouts"}:
            assert col.kind in {"street_address", "city", "postal_code"}, col.name
        if col.tags & {"username", "bank_account"}:
            assert col.kind == "unclassified", col.name


def test_when_the_set_is_built_then_every_table_has_200_to_800_rows_in_every_column(built) -> None:
    for table in built:
        lengths = {len(c.values) for c in table.columns}
        assert len(lengths) == 1 and 200 <= lengths.pop() <= 800, table.name


def test_when_a_column_is_tagged_null_heavy_then_70_to_95_percent_of_it_is_null(built) -> None:
    heavy = [c for c in _columns(built) if "null_heavy" in c.tags]
    assert len(heavy) >= 8
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
    assert {
        "bibIssuedBy",
        "DopingControlOfficer",
        "proc_by",
        "AWD-CLERK",
        "col21",
        "Ressortleiter",
        "gestionnaire",
        "gestor_solidario",
        "koordynator",
        "zdravotnik",
        "κριτής",
        "tantousha",
    } == {c.name for c in staff}
    for col in staff:
        assert col.kind in PERSON_KINDS and 2 <= len(set(_real(col.values))) <= 8, col.name


def test_when_a_role_word_holds_people_then_it_is_personal(built) -> None:
    role = [c for c in _columns(built) if "role_word" in c.tags]
    assert len(role) >= 20 and all(c.kind != "none" for c in role)
    assert {
        "emergency_contact_name",
        "emergencyContactName",
        "AgentName",
        "AgentEmail",
        "new_rdr_nm",
        "ice_nm",
        "col16",
        "runner.emergency.name",
        "Notfallkontakt",
        "cessionnaire",
        "padrinho_principal",
        "contacto_emergencia",
        "osoba_kontaktowa",
        "kontakt_v_nouzi",
        "πατρώνυμο",
        "πρόσωπο_έκτακτης_ανάγκης",
        "kinkyuu_renrakusaki",
    } <= {c.name for c in role}


def test_when_a_custom_field_is_built_then_it_mixes_phones_emails_and_names(built) -> None:
    custom = [c for c in _columns(built) if "custom_field" in c.tags]
    assert len(custom) >= 10
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
    (CA, "Sin", sin.is_valid),
    (COBOL, "WNR-SSN", lambda x: ssn.is_valid(f"{int(x):09d}")),
    (STG, "col04", aadhaar.is_valid),
    (STG, "col05", pan.is_valid),
    (ZA, "runner.id_number", idnr.is_valid),
    (CH, "AhvNummer", ahv.is_valid),
    (BE, "numero_registre_national", nn.is_valid),
    (BE, "numero_carte_eid", eid.is_valid),
    (PT, "nif", nif.is_valid),
    (PT, "cartao_cidadao", cc.is_valid),
    (PL, "pesel", pesel.is_valid),
    (CZ, "rodne_cislo", rc.is_valid),
    (GR, "αμκα", amka.is_valid),
    (GR, "αφμ", afm.is_valid),
    (JP, "my_number", my_number.is_valid),
]


def test_when_an_identifier_column_is_built_then_every_value_passes_its_checksum(built) -> None:
    for table, name, check in CHECKED:
        vals = _str(_values(built, table, name))
        assert len(vals) >= 40 and _misses(vals, check) == 0, name
        assert _column(built, table, name).kind in {"ssn", "national_id"}, name
    for table, name in ((CA, "Sin"), (COBOL, "WNR-SSN"), (CH, "AhvNummer"), (GR, "αμκα")):
        assert _column(built, table, name).kind == "ssn", name
    pans = _str(_values(built, STG, "col05"))
    assert len(pans) >= 200 and _misses(pans, lambda x: pan.info(x)["holder_type"] == "Individual") == 0
    personal_nifs = _str(_values(built, PT, "nif"))
    assert _misses(personal_nifs, lambda x: x[0] in "123") == 0


def test_when_an_identifier_has_no_public_check_then_it_has_its_documented_shape(built) -> None:
    classes = {"A": "[A-Z]", "9": "[0-9]", "Z": "[0-9A-Z]"}
    passports = "|".join(
        "".join(classes.get(ch, re.escape(ch)) for ch in layout) for *_, layout in values.ELITES.values()
    )
    shapes = [
        (CA, "PassportNumber", passports),
        (STG, "col18", r"[A-Z][1-9]\d{6}"),
        (ZA, "runner.passport_number", r"[A-Z]{1,2}\d{7,8}"),
        (CZ, "cislo_op", r"[1-9]\d{8}"),
        (GR, "αδτ", r"Α[Α-Ω] \d{6}"),
    ]
    for table, name, shape in shapes:
        vals = _str(_values(built, table, name))
        assert len(vals) >= 40 and _misses(vals, lambda x, s=shape: re.fullmatch(s, x)) == 0, name
        assert _column(built, table, name).kind == "national_id", name


def test_when_a_national_id_encodes_a_birth_date_then_it_is_the_rows(built) -> None:
    checks = [
        (ZA, "runner.id_number", "runner.birth_date", idnr.get_birth_date, "%Y-%m-%d"),
        (BE, "numero_registre_national", "date_naissance", nn.get_birth_date, "%d/%m/%Y"),
        (PL, "pesel", "data_urodzenia", pesel.get_birth_date, "%d.%m.%Y"),
        (CZ, "rodne_cislo", "datum_narozeni", rc.get_birth_date, "%d. %m. %Y"),
    ]
    for table, number, born, decode, fmt in checks:
        rows = _rows(built, table, number, born)
        assert len(rows) >= 200, number
        assert _misses(rows, lambda r, d=decode, f=fmt: d(r[0]) == datetime.strptime(r[1], f).date()) == 0, number
    rows = _rows(built, GR, "αμκα", "ημερομηνία_γέννησης")
    assert len(rows) >= 200
    assert _misses(rows, lambda r: r[0][:6] == datetime.strptime(r[1], "%d/%m/%Y").strftime("%d%m%y")) == 0


def test_when_a_date_of_birth_is_numeric_text_or_split_then_it_decodes_to_a_real_date(built) -> None:
    ymd = [x for x in _column(built, COBOL, "WNR-DOB").values if x]
    assert len(ymd) >= 200
    assert _misses(ymd, lambda x: 1946 <= datetime(x // 10_000, x // 100 % 100, x % 100).year <= 2012) == 0
    assert sum(x == 0 for x in _column(built, COBOL, "WNR-DOB").values) >= 5
    for table, name, fmt in (
        (CA, "DateOfBirth", "%Y-%m-%d"),
        (IE, "rdr_dob", "%d/%m/%Y"),
        (STG, "col03", "%d-%m-%Y"),
        (ZA, "runner.birth_date", "%Y-%m-%d"),
        (CH, "Geburtsdatum", "%d.%m.%Y"),
        (BE, "date_naissance", "%d/%m/%Y"),
        (PT, "data_nascimento", "%d-%m-%Y"),
        (PL, "data_urodzenia", "%d.%m.%Y"),
        (CZ, "datum_narozeni", "%d. %m. %Y"),
        (GR, "ημερομηνία_γέννησης", "%d/%m/%Y"),
        (JP, "seinengappi", "%Y年%m月%d日"),
    ):
        vals = _values(built, table, name)
        assert len(vals) >= 200, name
        assert _misses(vals, lambda x, f=fmt: 1946 <= datetime.strptime(x, f).year <= 2012) == 0, name
    columns = [_column(built, AU, f"dob{n}").values for n in ("Year", "Month", "Day")]
    parts = list(zip(*columns, strict=True))
    assert len(parts) >= 200 and _misses(parts, lambda p: 1950 <= datetime(*p).year <= 2016) == 0
    guardians = _rows(built, AU, "dobYear", "parentGuardianName")
    assert len(guardians) >= 20 and _misses(guardians, lambda r: r[0] > 2008) == 0
    assert {c.sql_type for c in heldout_support.table(built, GB).columns if c.kind == "date_of_birth"} == {"DATE"}


def test_when_a_decoy_is_shaped_like_an_identifier_then_it_fails_its_check(built) -> None:
    for table, name, check, size in (
        (GB, "entry_ref", nhs.is_valid, 10),
        (AU, "bookingRef", tfn.is_valid, 9),
        (CA, "AthleteFileNumber", sin.is_valid, 9),
        (IE, "xfr_ref", pps.is_valid, 7),
        (COBOL, "AWD-CTL-NO", ssn.is_valid, 9),
        (STG, "col12", aadhaar.is_valid, 12),
        (ZA, "entry.invoice_no", idnr.is_valid, 13),
        (CH, "HelferNummer", ahv.is_valid, 13),
        (BE, "numero_dossier", nn.is_valid, 11),
        (PT, "numero_inscricao", nif.is_valid, 9),
        (PL, "numer_transakcji", pesel.is_valid, 11),
        (CZ, "cislo_prihlasky", rc.is_valid, 10),
        (GR, "αριθμός_μητρώου", amka.is_valid, 11),
        (JP, "uketsuke_bangou", my_number.is_valid, 12),
    ):
        vals = _str(_values(built, table, name))
        assert len(vals) >= 200 and _misses(vals, lambda x, f=check, n=size: len(_digits(x)) == n and not f(x)) == 0
        assert _column(built, table, name).kind == "none", name
    shaped = [c for c in _columns(built) if "value_shape" in c.tags]
    assert len(shaped) >= 20 and all(c.kind == "none" for c in shaped)
    federation = [c for c in _columns(built) if "sports_body" in c.tags]
    assert {c.name for c in federation} == {"uka_urn", "AdamsId", "ci_lic_no", "nr_licencji_pztri"}


def test_when_a_business_or_bank_number_has_a_check_digit_then_it_passes_and_is_none(built) -> None:
    checked = [
        (AU, "charityAbn", abn.is_valid),
        (COBOL, "ACH-ABA", rtn.is_valid),
        (CH, "VereinUid", ch_uid.is_valid),
        (BE, "club_bce", bce.is_valid),
        (PT, "instituicao_nipc", lambda x: nif.is_valid(x) and x.startswith("5")),
        (PL, "faktura_nip", nip.is_valid),
        (CZ, "oddil_ico", ico.is_valid),
        (GR, "αφμ_συλλόγου", afm.is_valid),
    ]
    assert {name for _, name, _ in checked} == {c.name for c in _columns(built) if "check_digit" in c.tags}
    for table, name, check in checked:
        vals = _str(_values(built, table, name))
        assert len(vals) >= 80 and _misses(vals, check) == 0, name
        assert _column(built, table, name).kind == "none", name


def test_when_a_card_column_is_built_then_every_number_passes_luhn(built) -> None:
    cards = [c for c in _columns(built) if c.kind == "credit_card"]
    assert {c.name for c in cards} == {"paymentCardNumber"}
    for col in cards:
        vals = [_digits(x) for x in _str(_real(col.values))]
        assert len(vals) >= 40 and _misses(vals, lambda x: len(x) == 16 and luhn.is_valid(x)) == 0, col.name


def test_when_an_iban_or_bank_account_column_is_built_then_every_value_passes_its_check(built) -> None:
    ibans = [c for c in _columns(built) if c.kind == "iban"]
    assert {c.name for c in ibans} == {
        "PrizeIban",
        "rfnd_iban",
        "SpesenIban",
        "iban_remboursement",
        "rachunek_do_zwrotu",
        "λογαριασμός_επάθλου",
    }
    for col in ibans:
        vals = _str(_real(col.values))
        assert len(vals) >= 40 and _misses(vals, iban.is_valid) == 0, col.name
    prize = _rows(built, CA, "Nationality", "PrizeIban")
    assert _misses(prize, lambda r: r[0] in values.IBAN_NATIONS) == 0
    accounts = _str(_values(built, CZ, "cislo_uctu"))
    assert len(accounts) >= 80 and _misses(accounts, cz_bankaccount.is_valid) == 0
    banks = [c for c in _columns(built) if "bank_account" in c.tags]
    assert {c.name for c in banks} == {"ACH-ACCT-NO", "cislo_uctu"}
    assert {c.name for c in _columns(built) if "username" in c.tags} == {"lst_upd_by", "col15"}
    assert all(c.kind == "unclassified" for c in _columns(built) if c.tags & {"bank_account", "username"})


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
    GB: "GB",
    AU: "AU",
    CA: "CA",
    IE: "IE",
    COBOL: "US",
    STG: "IN",
    ZA: "ZA",
    CH: "CH",
    BE: "BE",
    PT: "PT",
    PL: "PL",
    CZ: "CZ",
    GR: "GR",
    JP: "JP",
}


def test_when_a_column_is_labeled_phone_then_every_number_is_valid_for_its_region(built) -> None:
    phones = [(t, c) for t in built for c in t.columns if c.kind == "phone"]
    assert len(phones) >= 20 and {t.name for t, _ in phones} == set(PHONE_REGIONS)
    for table, col in phones:
        region = PHONE_REGIONS[table.name]
        vals = _str(_real(col.values))
        assert len(vals) >= 40, f"{table.name}.{col.name}"
        assert _misses(vals, lambda x, r=region: _phone_valid(x, r)) == 0, f"{table.name}.{col.name}"
        assert (
            _misses(vals, lambda x, r=region: phonenumbers.region_code_for_number(phonenumbers.parse(x, r)) == r) == 0
        ), f"{table.name}.{col.name}"


def test_when_a_business_column_is_built_then_it_holds_no_private_value_of_its_table(built) -> None:
    for table in built:
        private = {str(x).strip() for c in table.columns if c.kind != "none" for x in _real(c.values)}
        for col in (c for c in table.columns if "business" in c.tags):
            assert _misses(_str(_real(col.values)), lambda x, p=private: x not in p) == 0, col.name


def test_when_elite_entrants_are_built_then_their_home_towns_and_whereabouts_are_consistent(built) -> None:
    towns = {t for country, *_ in values.ELITES.values() for t in values.home_towns(country)}
    homes = _str(_values(built, CA, "HomeTown"))
    assert len(homes) >= 200 and _misses(homes, lambda x: x in towns) == 0
    postal = _str(_values(built, CA, "OvernightPostalCode"))
    assert _misses(postal, lambda x: bool(re.fullmatch(r"V(2A|0H) \d[A-Z]\d", x))) == 0
    sins = _rows(built, CA, "Nationality", "Sin")
    assert len(sins) >= 20 and _misses(sins, lambda r: r[0] == "CAN") == 0


def test_when_prize_winners_give_my_number_then_they_are_the_fastest(built) -> None:
    races = _column(built, JP, "shumoku").values
    field = {race: races.count(race) for race in set(races)}
    ranks, numbers = _column(built, JP, "juni").values, _column(built, JP, "my_number").values
    winners = [(race, rank) for race, rank, n in zip(races, ranks, numbers, strict=True) if n is not None]
    assert len(winners) >= 40 and _misses(winners, lambda w: w[1] <= field[w[0]] // 6) == 0


def test_when_the_greek_and_japanese_tables_are_built_then_their_values_are_in_their_scripts(built) -> None:
    greek = "[\u0370-\u03ff\u1f00-\u1fff]"
    table = heldout_support.table(built, GR)
    assert re.search(greek, table.name) and all(re.search(greek, c.name) for c in table.columns)
    for name in ("επώνυμο", "όνομα", "πατρώνυμο", "πόλη"):
        vals = _values(built, GR, name)
        assert _misses(vals, lambda x: bool(re.fullmatch(r"[\u0370-\u03ff\u1f00-\u1fff -]+", str(x)))) == 0, name
    table = heldout_support.table(built, JP)
    assert all(re.fullmatch(r"[a-z_0-9]+", c.name) for c in table.columns)
    kanji, kana = r"[\u4e00-\u9fff]+ [\u4e00-\u9fff]+", r"[\u30a0-\u30ff]+ [\u30a0-\u30ff]+"
    for name, script in (("shimei", kanji), ("kinkyuu_renrakusaki", kanji), ("shimei_kana", kana)):
        vals = _values(built, JP, name)
        assert len(vals) >= 200 and _misses(vals, lambda x, s=script: bool(re.fullmatch(s, str(x)))) == 0, name


def test_when_an_opaque_staging_table_is_built_then_every_column_is_colnn(built) -> None:
    table = heldout_support.table(built, STG)
    assert table.name.split(".")[1].startswith("src_crm_")
    assert [c.name for c in table.columns] == [f"col{i:02d}" for i in range(1, len(table.columns) + 1)]
    assert len(table.columns) >= 20 and all("opaque" in c.tags for c in table.columns)


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
    assert sum(x == 0 for x in _column(built, COBOL, "WNR-SSN").values) >= 10


def test_when_the_scorer_builds_set_v166_then_the_file_holds_every_table_with_its_rows(scored_file) -> None:
    built, path = scored_file
    with duckdb.connect(str(path), read_only=True) as con:
        for table in built:
            schema, name = table.name.split(".", 1)
            count = con.execute(f'SELECT count(*) FROM "{schema}"."{name}"').fetchone()[0]
            assert count == len(table.columns[0].values), table.name
    assert heldout_v166.summary(built).startswith(f"{len(built)} tables")
    assert heldout_v2_accuracy.SETS["v166"].DEFAULT_PATH == Path("/tmp/heldout_v166.duckdb")
