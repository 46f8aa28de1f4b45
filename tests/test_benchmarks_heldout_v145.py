"""Held-out set v145: its size, languages, styles, labels, row counts, NULL and NULL-word shares, staff and role
words, custom fields, identifiers with check digits, phones valid for their regions, decoys failing their checks,
business numbers passing theirs, scripts and its determinism are the ones asked for (values are only counted or
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
from stdnum.au import abn
from stdnum.ca import bn
from stdnum.dk import cpr, cvr
from stdnum.fr import nir, siret
from stdnum.gb import vat as gbvat
from stdnum.gr import vat as afm
from stdnum.in_ import aadhaar, gstin, pan
from stdnum.my import nric
from stdnum.nz import bankaccount, ird
from stdnum.pl import nip, pesel
from stdnum.pt import cc, nif
from stdnum.ru import inn
from stdnum.sg import uen
from stdnum.tr import tckimlik, vkn
from stdnum.us import ssn

REPO = Path(__file__).resolve().parents[1]
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

from benchmarks.classification import heldout_v2_accuracy, heldout_v145
from benchmarks.classification import heldout_v145_values as values
from governance_dagster.kinds import Kind
from tests import heldout_support
from tests.heldout_support import column as _column
from tests.heldout_support import columns as _columns
from tests.heldout_support import misses as _misses
from tests.heldout_support import null_share as _null_share

LANGUAGES = {"en", "fr", "pt", "pl", "da", "tr", "el", "ru"}
PERSON_KINDS = {"person_name", "first_name", "last_name"}

GB = "trevose_bay_hotels.guest_registrations"
CA = "rideauRentals.rentalAgreements"
AU = "CoralWings.FrequentFlyerTierHistory"
IN = "JPR_HAVELI.GUEST_REGISTER"
NZ = "qtn_rentals_hr.ctr_stf_rstr"
US = "DMGRCVRY.DMG_RECOVERY_EXTRACT"
MY = "stg_loyalty.src_crm_members_raw"
SG = "merlion_air_raw.ffp_member_events_json"
FR = "resa_hotel_cimiez.reservations"
PT = "reclamacoes_hoteis_madeira.reclamacoes_hospedes"
PL = "hotel_regle_zakopane.karty_meldunkowe"
DK = "biludlejning_billund.skadesrapporter"
TR = "EgeMil.UyeSeviyeGecmisi"
GR = "ενοικιάσεις_ηρακλείου.συμβόλαια_μίσθωσης"
RU = "отель_сочи.сотрудники_службы_приёма"

scored_file, built = heldout_support.set_fixtures("v145")
_cells = heldout_support.Cells(heldout_v145.NULLISH)
_nullish, _real, _values = _cells.nullish, _cells.real, _cells.values


def _str(values: list) -> list[str]:
    return [str(x).strip() for x in values if x not in (0, None) and str(x).strip()]


def test_when_two_small_tables_are_built_again_then_every_value_is_the_same(built) -> None:
    assert heldout_support.rebuilt_differently(heldout_v145, built) == []


def test_when_the_set_is_built_then_it_has_the_size_languages_styles_and_labels_asked_for(built) -> None:
    columns = _columns(built)
    assert len(built) == 15 and 300 <= len(columns) <= 360
    assert len({t.name.split(".")[0] for t in built}) == 15
    assert all(len({c.name.lower() for c in t.columns}) == len(t.columns) for t in built)
    assert LANGUAGES == {t.language_of(c) for t in built for c in t.columns}
    assert sum(t.language == "en" for t in built) == 8
    assert {c.kind for c in columns} <= {k.value for k in Kind}
    english = {t.style for t in built if t.language == "en"}
    assert english == {"snake", "camel", "pascal", "screaming", "abbrev", "cobol", "opaque", "dotted"}
    kinds = {c.kind for c in columns}
    assert kinds >= {
        "first_name",
        "last_name",
        "person_name",
        "email",
        "phone",
        "street_address",
        "city",
        "postal_code",
        "date_of_birth",
        "ssn",
        "national_id",
        "iban",
        "credit_card",
        "ip_address",
        "free_text",
        "unclassified",
        "none",
    }
    tags = {tag for c in columns for tag in c.tags}
    assert {
        "decoy",
        "business",
        "null_heavy",
        "nullword_heavy",
        "abbrev",
        "value_shape",
        "check_digit",
        "staff",
        "role_word",
        "join_key",
        "legacy",
        "opaque",
        "dotted_key",
        "custom_field",
        "custom_single",
        "custom_plain",
        "licence",
        "travel_document",
        "multi_country",
        "travel_record",
        "split_dob",
        "dob_text",
        "int_date",
        "split_address",
        "locality",
        "partial",
        "fleet",
        "coordinates",
        "hashed",
        "relay_email",
        "card_in_clear",
        "bank_account",
        "misleading",
        "multi_value",
        "event_date",
    } <= tags
    personal = sum(c.kind != "none" for c in columns)
    assert 0.45 <= personal / len(columns) <= 0.75


def test_when_labels_are_asked_for_then_they_match_every_column(built) -> None:
    labels = heldout_v145.labels(built)
    assert set(labels) == {t.name for t in built}
    assert sum(len(cols) for cols in labels.values()) == sum(len(t.columns) for t in built)


def test_when_a_column_is_tagged_then_its_label_follows_the_conventions(built) -> None:
    must_be_none = {
        "business",
        "decoy",
        "join_key",
        "custom_plain",
        "partial",
        "fleet",
        "coordinates",
        "hashed",
        "travel_record",
        "tokenized",
        "check_digit",
        "value_shape",
        "event_date",
    }
    for col in _columns(built):
        if col.tags & must_be_none:
            assert col.kind == "none", col.name
        if col.kind == "none":
            assert col.tags & {"business", "decoy"}, col.name
        if "custom_field" in col.tags:
            assert col.kind == "free_text", col.name
        if "custom_single" in col.tags:
            assert col.kind not in {"none", "free_text"}, col.name
        if col.kind == "unclassified":
            assert col.tags & {"username", "bank_account"}, col.name
        if col.tags & {"licence", "travel_document", "multi_country"}:
            assert col.kind == "national_id", col.name
        if col.tags & {"split_dob", "dob_text"}:
            assert col.kind == "date_of_birth", col.name
        if "relay_email" in col.tags:
            assert col.kind == "email", col.name
        if "card_in_clear" in col.tags:
            assert col.kind == "credit_card", col.name
        if col.tags & {"split_address"}:
            assert col.kind == "street_address", col.name
        if "locality" in col.tags:
            assert col.kind == "city", col.name


def test_when_the_set_is_built_then_every_table_has_200_to_1500_rows_in_every_column(built) -> None:
    for table in built:
        lengths = {len(c.values) for c in table.columns}
        assert len(lengths) == 1 and 200 <= lengths.pop() <= 1_500, table.name


def test_when_a_column_is_tagged_null_heavy_then_70_to_95_percent_of_it_is_null(built) -> None:
    heavy = [c for c in _columns(built) if "null_heavy" in c.tags]
    assert len(heavy) >= 12
    for col in heavy:
        assert col.kind != "none" and 0.70 <= _null_share(col) <= 0.95, col.name


def test_when_a_column_is_tagged_nullword_heavy_then_70_to_95_percent_of_it_is_null_words(built) -> None:
    heavy = [c for c in _columns(built) if "nullword_heavy" in c.tags]
    assert len(heavy) >= 8
    for col in heavy:
        share = sum(_nullish(x) for x in col.values) / len(col.values)
        assert col.kind != "none" and 0.70 <= share <= 0.95, col.name
        assert _null_share(col) == 0, col.name


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
    assert len(role) >= 10 and all(c.kind != "none" for c in role)
    assert {
        "accompanying_guests",
        "additionalDriverName",
        "ec_nm",
        "nominee.name",
        "accompagnant",
        "modpart_navn",
        "δεύτερος_οδηγός",
        "контактное_лицо",
    } <= {c.name for c in role}


def test_when_a_custom_field_is_built_then_it_mixes_phones_emails_and_names(built) -> None:
    custom = [c for c in _columns(built) if "custom_field" in c.tags]
    assert len(custom) >= 8
    for col in custom:
        found = [str(x) for x in _real(col.values)]
        mails = sum("@" in x for x in found)
        digits = sum(sum(ch.isdigit() for ch in x) >= 7 and "@" not in x for x in found)
        assert 0.15 <= mails / len(found) <= 0.5 and 0.25 <= digits / len(found) <= 0.6, col.name


def test_when_a_custom_field_holds_codes_then_no_value_looks_personal(built) -> None:
    plain = [c for c in _columns(built) if "custom_plain" in c.tags]
    assert len(plain) >= 8
    for col in plain:
        found = [str(x) for x in _real(col.values)]
        assert found and _misses(found, lambda x: "@" not in x and sum(ch.isdigit() for ch in x) < 4) == 0, col.name
        assert len(set(found)) <= 6, col.name


#: (table, column, check) for every checksummed personal identifier column
CHECKED: list[tuple[str, str, object]] = [
    (IN, "AADHAAR_NO", aadhaar.is_valid),
    (IN, "PAN_NO", pan.is_valid),
    (NZ, "ird_no", ird.is_valid),
    (US, "RNTR-SSN", lambda x: ssn.is_valid(f"{int(x):09d}")),
    (MY, "src_crm_col04", nric.is_valid),
    (PT, "nif", nif.is_valid),
    (PT, "cartao_cidadao", cc.is_valid),
    (PL, "pesel", pesel.is_valid),
    (DK, "cpr_nr", cpr.is_valid),
    (TR, "TcKimlikNo", tckimlik.is_valid),
    (GR, "αφμ", afm.is_valid),
    (RU, "снилс", values.snils_is_valid),
    (RU, "инн", inn.is_valid),
]


@pytest.mark.parametrize(("table", "name", "check"), CHECKED, ids=[f"{t}.{c}" for t, c, _ in CHECKED])
def test_when_an_identifier_column_is_built_then_every_value_passes_its_checksum(built, table, name, check) -> None:
    found = _str(_values(built, table, name))
    assert len(found) >= 40 and _misses(found, check) == 0
    assert _column(built, table, name).kind in {"ssn", "national_id"}


def test_when_singapore_documents_are_nric_shaped_then_their_check_letter_is_right(built) -> None:
    docs = _str(_values(built, SG, "member.document.number"))
    nrics = [d for d in docs if re.fullmatch(r"[STFG]\d{7}[A-Z]", d)]
    assert len(nrics) >= 200 and _misses(nrics, values.sg_nric_is_valid) == 0
    assert len(docs) - len(nrics) >= 50  # passports of members from abroad


def test_when_polish_identity_cards_are_built_then_their_check_digit_is_right(built) -> None:
    docs = _str(_values(built, PL, "seria_nr_dokumentu"))
    cards = [d for d in docs if re.fullmatch(r"[A-Z]{3}\d{6}", d)]
    assert len(cards) >= 200 and _misses(cards, values.pl_id_card_is_valid) == 0
    assert len(docs) - len(cards) >= 40  # passports


def test_when_a_national_id_encodes_a_birth_date_then_it_is_the_rows(built) -> None:
    def ymd(x: int) -> date:
        return date(x // 10_000, x // 100 % 100, x % 100)

    cases = [
        (MY, "src_crm_col04", "src_crm_col06", lambda i, d: nric.get_birth_date(i).replace(year=ymd(d).year) == ymd(d)),
        (PL, "pesel", "data_urodzenia", lambda i, d: pesel.get_birth_date(i).strftime("%d.%m.%Y") == d),
        (DK, "cpr_nr", "foedselsdato", lambda i, d: cpr.get_birth_date(i) == d),
    ]
    for table, idc, dob, same in cases:
        rows = zip(_column(built, table, idc).values, _column(built, table, dob).values)
        pairs = [(i, d) for i, d in rows if i is not None]
        assert len(pairs) >= 150 and _misses(pairs, lambda r, f=same: f(r[0], r[1])) == 0, table


def test_when_a_birth_date_is_text_an_integer_or_split_then_it_decodes_to_a_real_date(built) -> None:
    def parses(text: str, fmt: str) -> bool:
        from datetime import datetime

        try:
            return 1940 <= datetime.strptime(text, fmt).year <= 2007
        except ValueError:
            return False

    for table, name, fmt in (
        (IN, "GUEST_DOB", "%d-%m-%Y"),
        (NZ, "dob_dt", "%d/%m/%Y"),
        (SG, "member.birthDate", "%Y-%m-%d"),
        (PL, "data_urodzenia", "%d.%m.%Y"),
        (GR, "ημερομηνία_γέννησης", "%d/%m/%Y"),
        (RU, "дата_рождения", "%d.%m.%Y"),
    ):
        found = _str(_values(built, table, name))
        assert len(found) >= 200 and _misses(found, lambda x, f=fmt: parses(x, f)) == 0, f"{table}.{name}"
    for table, name in ((US, "RNTR-DOB"), (MY, "src_crm_col06")):
        ints = [x for x in _column(built, table, name).values if x]
        assert (
            len(ints) >= 200
            and _misses(
                ints, lambda x: 1940 <= x // 10_000 <= 2007 and bool(date(x // 10_000, x // 100 % 100, x % 100))
            )
            == 0
        ), f"{table}.{name}"
    for table, parts in ((AU, ("BirthYear", "BirthMonth", "BirthDay")), (TR, ("DogumYili", "DogumAyi", "DogumGunu"))):
        cols = [_column(built, table, p).values for p in parts]
        assert _misses(list(zip(*cols)), lambda ymd: bool(date(*ymd))) == 0, table


def test_when_a_decoy_is_shaped_like_an_identifier_then_it_fails_its_check(built) -> None:
    cases = [
        (CA, "agreementNumber", lambda x: len(x.replace(" ", "")) == 9 and not luhn.is_valid(x.replace(" ", ""))),
        (IN, "GRC_NO", lambda x: len(x) == 12 and not aadhaar.is_valid(x)),
        (NZ, "emp_no", lambda x: len(x.replace("-", "")) == 9 and not ird.is_valid(x)),
        (US, "DMG-CLAIM-NO", lambda x: len(x) == 9 and x.isdigit() and not ssn.is_valid(x)),
        (MY, "src_crm_col02", lambda x: len(x.replace("-", "")) == 12 and not nric.is_valid(x)),
        (SG, "meta.caseRef", lambda x: len(x) == 9 and not values.sg_nric_is_valid(x)),
        (FR, "numero_dossier", lambda x: len(x) == 15 and not nir.is_valid(x) and not values.nir_key_matches(x)),
        (PT, "numero_reclamacao", lambda x: len(x) == 9 and not nif.is_valid(x)),
        (PL, "nr_rezerwacji", lambda x: len(x) == 11 and not pesel.is_valid(x)),
        (DK, "rapport_nr", lambda x: len(x.replace("-", "")) == 10 and not cpr.is_valid(x)),
        (TR, "UyeNo", lambda x: len(x) == 11 and not tckimlik.is_valid(x)),
        (GR, "αριθμός_συμβολαίου", lambda x: len(x) == 9 and not afm.is_valid(x)),
        (RU, "табельный_номер", lambda x: len(re.sub(r"\D", "", x)) == 11 and not values.snils_is_valid(x)),
        (GB, "gift_voucher_no", lambda x: len(x) == 16 and not luhn.is_valid(x)),
    ]
    for table, name, fails in cases:
        found = _str(_values(built, table, name))
        assert len(found) >= 100 and _misses(found, fails) == 0, f"{table}.{name}"
        assert _column(built, table, name).kind == "none", f"{table}.{name}"
    shaped = [c for c in _columns(built) if "value_shape" in c.tags]
    assert len(shaped) >= 14 and all(c.kind == "none" for c in shaped)


def test_when_a_business_or_vehicle_number_is_built_then_it_passes_its_own_check(built) -> None:
    cases = [
        (GB, "company_vat_number", gbvat.is_valid),
        (CA, "corporateAccountBn", bn.is_valid),
        (AU, "CorporateAbn", abn.is_valid),
        (IN, "COMPANY_GSTIN", gstin.is_valid),
        (SG, "corporate.uen", uen.is_valid),
        (FR, "siret_societe", siret.is_valid),
        (PT, "nipc_hotel", nif.is_valid),
        (PL, "nip_firmy", nip.is_valid),
        (DK, "vaerksted_cvr", cvr.is_valid),
        (TR, "KurumsalVkn", vkn.is_valid),
        (RU, "инн_работодателя", inn.is_valid),
        (CA, "vehicleVin", values.vin_is_valid),
        (US, "VEH-VIN", values.vin_is_valid),
        (AU, "MemberNumber", luhn.is_valid),
    ]
    for table, name, check in cases:
        found = _str(_values(built, table, name))
        assert found and _misses(found, check) == 0, f"{table}.{name}"
        assert _column(built, table, name).kind == "none" and "check_digit" in _column(built, table, name).tags


def test_when_money_columns_are_built_then_ibans_cards_and_accounts_pass_their_checks(built) -> None:
    ibans = [c for c in _columns(built) if c.kind == "iban"]
    assert len(ibans) >= 2
    for col in ibans:
        found = [x.replace(" ", "") for x in _str(_real(col.values))]
        assert found and _misses(found, lambda x: iban.is_valid(x) or iban.is_valid("PL" + x)) == 0, col.name
    cards = [c for c in _columns(built) if c.kind == "credit_card"]
    assert len(cards) >= 3
    for col in cards:
        found = [x.replace(" ", "") for x in _str(_real(col.values))]
        assert len(found) >= 100 and _misses(found, lambda x: luhn.is_valid(x) and 15 <= len(x) <= 16) == 0, col.name
    accounts = _str(_values(built, NZ, "bnk_acct"))
    assert accounts and _misses(accounts, bankaccount.is_valid) == 0


def _phone_valid(text: str, regions: tuple[str, ...]) -> bool:
    try:
        number = phonenumbers.parse(text, regions[0])
    except phonenumbers.NumberParseException:
        return False
    return phonenumbers.is_valid_number(number) and phonenumbers.region_code_for_number(number) in regions


#: table -> the regions of its phones, the home region first
PHONE_REGIONS = {
    GB: ("GB", "DE", "NL", "FR"),
    CA: ("CA",),
    AU: ("AU",),
    IN: ("IN", "FR", "DE", "GB"),
    NZ: ("NZ",),
    US: ("US",),
    MY: ("MY",),
    SG: ("SG", "MY", "ID", "AU"),
    FR: ("FR", "IT", "GB"),
    PT: ("PT", "GB", "DE"),
    PL: ("PL", "UA", "CZ"),
    DK: ("DK", "DE"),
    TR: ("TR",),
    GR: ("GR", "DE", "PL", "FR"),
    RU: ("RU",),
}


def test_when_a_column_is_labeled_phone_then_every_number_is_valid_for_its_regions(built) -> None:
    phones = [(t, c) for t in built for c in t.columns if c.kind == "phone"]
    assert len(phones) >= 18
    for table, col in phones:
        found = _str(_real(col.values))
        assert len(found) >= 60, f"{table.name}.{col.name}"
        assert _misses(found, lambda x, r=PHONE_REGIONS[table.name]: _phone_valid(x, r)) == 0, (
            f"{table.name}.{col.name}"
        )


def test_when_a_business_phone_is_built_then_it_is_valid_and_none(built) -> None:
    for table, name in ((GB, "property_phone"), (CA, "pickupBranchPhone"), (IN, "HOTEL_PHONE")):
        col = _column(built, table, name)
        assert (
            col.kind == "none" and _misses(_str(col.values), lambda x, r=PHONE_REGIONS[table]: _phone_valid(x, r)) == 0
        )


def test_when_a_business_column_is_built_then_it_holds_no_private_value_of_its_table(built) -> None:
    for table in built:
        private = {str(x).strip() for c in table.columns if c.kind != "none" for x in _real(c.values)}
        for col in (c for c in table.columns if "business" in c.tags):
            assert _misses(_str(_real(col.values)), lambda x, p=private: x not in p) == 0, col.name


def test_when_greek_and_russian_tables_are_built_then_their_names_and_values_use_their_scripts(built) -> None:
    def greek(text: str) -> bool:
        return any("\u0370" <= ch <= "\u03ff" for ch in text)

    def cyrillic(text: str) -> bool:
        return any("\u0400" <= ch <= "\u04ff" for ch in text)

    gr = heldout_support.table(built, GR)
    assert sum(greek(c.name) for c in gr.columns) >= len(gr.columns) - 1
    surnames = _str(_values(built, GR, "επώνυμο"))
    assert 0.3 <= sum(greek(x) for x in surnames) / len(surnames) <= 0.6  # Greek renters beside tourists
    assert _misses(_str(_values(built, GR, "πατρώνυμο")), greek) == 0
    ru = heldout_support.table(built, RU)
    assert all(cyrillic(c.name) for c in ru.columns)
    for name in ("фамилия", "имя", "отчество", "город", "адрес_регистрации", "руководитель"):
        assert _misses(_str(_values(built, RU, name)), cyrillic) == 0, name


def test_when_the_staging_and_json_tables_are_built_then_their_names_have_their_shapes(built) -> None:
    opaque = heldout_support.table(built, MY)
    assert [c.name for c in opaque.columns] == [f"src_crm_col{i:02d}" for i in range(1, len(opaque.columns) + 1)]
    assert all("opaque" in c.tags for c in opaque.columns)
    dotted = heldout_support.table(built, SG)
    assert all("." in c.name and "dotted_key" in c.tags for c in dotted.columns)
    abbrev = heldout_support.table(built, NZ)
    assert sum("abbrev" in c.tags for c in abbrev.columns) >= len(abbrev.columns) - 4


def test_when_the_legacy_table_is_built_then_its_text_is_padded_and_numbers_use_0_for_missing(built) -> None:
    table = heldout_support.table(built, US)
    padded = [
        c
        for c in table.columns
        if c.sql_type == "VARCHAR" and any(isinstance(x, str) and x.endswith(" ") for x in c.values)
    ]
    assert len(padded) >= 8
    for name in ("RNTR-SSN", "RNTR-PHONE", "RNTR-ZIP", "RNTR-DOB"):
        found = _column(built, US, name).values
        assert None not in found and 0 < found.count(0) < len(found) // 2, name


def test_when_the_scorer_builds_set_v145_then_the_file_holds_every_table_with_its_rows(scored_file) -> None:
    built, path = scored_file
    with duckdb.connect(str(path), read_only=True) as con:
        for table in built:
            schema, name = table.name.split(".", 1)
            count = con.execute(f'SELECT count(*) FROM "{schema}"."{name}"').fetchone()[0]
            assert count == len(table.columns[0].values), table.name
    assert heldout_v145.summary(built).startswith("15 tables")
    assert heldout_v2_accuracy.SETS["v145"].DEFAULT_PATH == Path("/tmp/heldout_v145.duckdb")
