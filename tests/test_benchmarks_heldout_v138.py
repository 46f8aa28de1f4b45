"""Held-out set v138: its size, languages, naming styles, labels, row counts, NULL and NULL-word shares, staff and
role words, custom fields, identifiers with check digits, dates of birth in every form, phones valid for their region,
decoys failing their checks and its determinism are the ones asked for (values are only counted or checked here,
never printed).

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
from stdnum import ean, iban, luhn
from stdnum.cz import rc
from stdnum.dk import cpr, cvr
from stdnum.es import dni
from stdnum.gr import vat as afm
from stdnum.in_ import aadhaar, gstin, pan
from stdnum.it import codicefiscale
from stdnum.nl import identiteitskaartnummer
from stdnum.pl import pesel
from stdnum.ro import cnp
from stdnum.sg import uen
from stdnum.tr import tckimlik, vkn
from stdnum.us import ein, rtn, ssn
from stdnum.za import idnr as za_idnr

REPO = Path(__file__).resolve().parents[1]
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

from benchmarks.classification import heldout_v2_accuracy, heldout_v138
from governance_dagster.kinds import Kind
from tests import heldout_support
from tests.heldout_support import column as _column
from tests.heldout_support import columns as _columns
from tests.heldout_support import misses as _misses
from tests.heldout_support import null_share as _null_share

LANGUAGES = {"en", "de", "nl", "da", "cs", "tr", "el", "ja"}
PERSON_KINDS = {"person_name", "first_name", "last_name"}
SELLERS = "makerlane_ops.seller_tax_profiles"
PICKUP_GB = "ParcelNook.CollectionLog"
LOYALTY_CA = "trailRewards.memberProfiles"
DISPUTES = "SNAPPAY_DISPUTES.CHARGEBACK_CASES"
TICKETS = "bottlo_cs.tkt_hdr"
COBOL = "NWCATLG.CUST_MASTER_EXTRACT"
STAGING = "stg_sellerhub.src_crm_kyc_raw"
REVIEWS = "reviews_dump.review_events_json"
RETOUREN = "retourenportal_lpz.ruecksendungen"
AFHAAL = "elektronoord_webshop.afhaalregistratie"
LEVERING = "boligshop_aarhus.kunder_levering"
PREDANI = "vydejni_mista_brno.predani_zasilek"
SIPARIS = "eticaret_izmir.siparis_fatura"
MELI = "πρόγραμμα_πιστότητας.μέλη"
FURIMA = "フリマ運営.出品者本人確認"

scored_file, built = heldout_support.set_fixtures("v138")
_cells = heldout_support.Cells(heldout_v138.NULLISH)
_nullish, _real, _values = _cells.nullish, _cells.real, _cells.values


def _str(values: list) -> list[str]:
    return [str(x).strip() for x in values if x not in (0, None)]


def test_when_two_small_tables_are_built_again_then_every_value_is_the_same(built) -> None:
    assert heldout_support.rebuilt_differently(heldout_v138, built) == []


def test_when_the_set_is_built_then_it_has_the_size_languages_and_labels_asked_for(built) -> None:
    columns = _columns(built)
    assert len(built) == 15 and 250 <= len(columns) <= 360
    assert len({t.name.split(".")[0] for t in built}) == 15
    assert all(len({c.name.lower() for c in t.columns}) == len(t.columns) for t in built)
    assert LANGUAGES == {t.language_of(c) for t in built for c in t.columns}
    assert sum(t.language == "en" for t in built) == 8
    assert sorted(t.language for t in built if t.language != "en") == sorted(LANGUAGES - {"en"})
    assert {c.kind for c in columns} == {k.value for k in Kind}
    assert {"snake", "camel", "pascal", "screaming", "abbrev", "cobol", "opaque", "json"} <= {t.style for t in built}
    tags = {tag for c in columns for tag in c.tags}
    assert {"decoy", "business", "null_heavy", "nullword_heavy", "abbrev", "value_shape", "staff", "role_word",
            "join_key", "legacy", "opaque", "custom_field", "custom_plain", "username", "licence", "partial",
            "dob_part", "multi_country", "json_path"} <= tags


def test_when_labels_are_asked_for_then_they_match_every_column(built) -> None:
    labels = heldout_v138.labels(built)
    assert set(labels) == {t.name for t in built}
    assert sum(len(cols) for cols in labels.values()) == sum(len(t.columns) for t in built)
    assert all(labels[t.name][c.name] == c.kind for t in built for c in t.columns)


def test_when_a_column_is_tagged_then_its_label_follows_the_conventions(built) -> None:
    for col in _columns(built):
        if col.tags & {"business", "decoy", "join_key", "partial", "custom_plain"}:
            assert col.kind == "none", col.name
        if col.kind == "none":
            assert col.tags & {"business", "decoy"}, col.name
        if "custom_field" in col.tags:
            assert col.kind == "free_text", col.name
        if col.kind == "unclassified":
            assert "username" in col.tags, col.name
        if col.tags & {"licence", "multi_country"}:
            assert col.kind == "national_id", col.name
        if "dob_part" in col.tags:
            assert col.kind == "date_of_birth", col.name


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
    for col in staff:
        assert col.kind in PERSON_KINDS and 2 <= len(set(_real(col.values))) <= 8, col.name
    names = {c.name for c in staff}
    assert {"kyc_reviewed_by", "APPROVED_BY", "asgn_agt", "enrolledByCashier", "kassamedewerker", "ShopAssistant",
            "ACCT-APPRV-BY"} <= names


def test_when_a_role_word_holds_people_then_it_is_personal(built) -> None:
    role = [c for c in _columns(built) if "role_word" in c.tags]
    assert len(role) >= 5 and all(c.kind != "none" for c in role)
    assert {"AlternateCollectorName", "CollectedByName", "referredByName", "kontoinhaber",
            "πατρώνυμο"} <= {c.name for c in role}


def test_when_a_custom_field_is_built_then_it_holds_people_in_some_tables_and_codes_in_others(built) -> None:
    custom = [c for c in _columns(built) if "custom_field" in c.tags]
    assert len(custom) >= 10
    for col in custom:
        values = [str(x) for x in _real(col.values)]
        mails = sum("@" in x for x in values)
        digits = sum(sum(ch.isdigit() for ch in x) >= 7 and "@" not in x for x in values)
        assert 0.15 <= mails / len(values) <= 0.5 and 0.25 <= digits / len(values) <= 0.6, col.name
    plain = [c for c in _columns(built) if "custom_plain" in c.tags]
    assert len(plain) >= 5
    for col in plain:
        values = [str(x) for x in _real(col.values)]
        assert len(values) >= 80 and _misses(values, lambda x: "@" not in x and len(x) <= 10) == 0, col.name
    names = {c.name for c in custom + plain}
    assert {"misc_1", "Udf2", "customField2", "CUSTOM_FIELD_2", "udf3", "CUST-USER-FLD-2", "CUST-USER-FLD-3",
            "src_crm_col17", "meta.custom2", "zusatzfeld_2", "vrij_veld_2", "自由項目2"} <= names


#: (table, column, check) for every checksummed personal identifier column
CHECKED: list[tuple[str, str, object]] = [
    (SELLERS, "taxpayer_ssn", ssn.is_valid),
    (DISPUTES, "CARDHOLDER_ID_NUMBER", za_idnr.is_valid),
    (COBOL, "CUST-SSN", lambda x: ssn.is_valid(f"{int(x):09d}")),
    (STAGING, "src_crm_col03", lambda x: pan.is_valid(x) and x[3] == "P"),
    (STAGING, "src_crm_col08", aadhaar.is_valid),
    (AFHAAL, "legitimatie_nummer", lambda x: identiteitskaartnummer.is_valid(x) or re.fullmatch(r"\d{10}", x)),
    (LEVERING, "cpr_nr", cpr.is_valid),
    (PREDANI, "rodne_cislo", rc.is_valid),
    (SIPARIS, "tc_kimlik_no", tckimlik.is_valid),
    (MELI, "αφμ", afm.is_valid),
]


def test_when_an_identifier_column_is_built_then_every_value_passes_its_checksum(built) -> None:
    for table, name, check in CHECKED:
        values = _str(_values(built, table, name))
        assert len(values) >= 60 and _misses(values, check) == 0, f"{table}.{name}"
        assert _column(built, table, name).kind in {"ssn", "national_id"}, name
    for table, name, pattern in ((TICKETS, "dl_no", r"\d{9}"), (PREDANI, "cislo_op", r"\d{9}"),
                                 (FURIMA, "運転免許証番号", r"9\d{11}")):
        values = _str(_values(built, table, name))
        assert len(values) >= 60 and _misses(values, lambda x, p=pattern: re.fullmatch(p, x)) == 0, name


def test_when_a_turkish_buyer_gives_no_kimlik_number_then_the_placeholder_is_a_null_word(built) -> None:
    col = _column(built, SIPARIS, "tc_kimlik_no")
    placeholders = sum(x == "11111111111" for x in col.values) / len(col.values)
    assert 0.15 <= placeholders <= 0.35 and not tckimlik.is_valid("11111111111")
    foreign = [x for x in _str(_real(col.values)) if x.startswith("99")]
    assert len(foreign) >= 10 and _misses(foreign, tckimlik.is_valid) == 0


def test_when_an_id_is_shown_at_a_pick_up_point_then_it_is_valid_for_its_country(built) -> None:
    checks = {"UK driving licence": lambda x: re.fullmatch(r"[A-Z9]{5}\d{6}[A-Z9]{2}9[A-Z]{2}", x),
              "UK passport": lambda x: re.fullmatch(r"\d{9}", x), "Romanian ID card": cnp.is_valid,
              "Polish ID card": pesel.is_valid, "Spanish DNI": dni.is_valid, "Italian ID card": codicefiscale.is_valid}
    kinds = _column(built, PICKUP_GB, "IdTypeShown").values
    numbers = _column(built, PICKUP_GB, "IdNumberShown").values
    pairs = [(k, n) for k, n in zip(kinds, numbers) if n is not None]
    assert len(pairs) >= 200 and {k for k, _ in pairs} == set(checks)
    assert _misses(pairs, lambda r: checks[r[0]](r[1])) == 0
    assert all((k is None) == (n is None) for k, n in zip(kinds, numbers))


def test_when_a_national_id_encodes_a_birth_date_then_it_is_the_rows(built) -> None:
    for table, idc, dob, get in ((LEVERING, "cpr_nr", "foedselsdato", cpr.get_birth_date),
                                 (PREDANI, "rodne_cislo", "datum_narozeni", rc.get_birth_date)):
        rows = zip(_column(built, table, idc).values, _column(built, table, dob).values)
        pairs = [(p, d) for p, d in rows if p is not None]
        assert len(pairs) >= 50 and _misses(pairs, lambda r, f=get: f(r[0]) == r[1]) == 0, table


def _parts(built, table: str, names: tuple[str, str, str]) -> list[tuple]:
    return list(zip(*(_column(built, table, n).values for n in names)))


def _real_date(d: int, m: int, y: int) -> bool:
    try:
        return 1930 <= y <= 2007 and bool(date(y, m, d))
    except ValueError:
        return False


def test_when_a_date_of_birth_is_written_in_any_form_then_it_is_a_real_past_date(built) -> None:
    dobs = [c for c in _columns(built) if c.kind == "date_of_birth"]
    assert len(dobs) >= 15
    for col in (c for c in dobs if c.sql_type == "DATE"):
        assert _misses(_real(col.values), lambda x: isinstance(x, date) and 1930 <= x.year <= 2007) == 0, col.name
    for table, name, fmt in ((RETOUREN, "geb_datum", "%d.%m.%Y"), (STAGING, "src_crm_col05", "%d-%m-%Y"),
                             (REVIEWS, "reviewer.birthDate", "%Y-%m-%d"), (FURIMA, "生年月日", "%Y年%m月%d日")):
        values = _str(_values(built, table, name))
        assert len(values) >= 100 and _misses(values, lambda x, f=fmt: 1930 <= datetime.strptime(x, f).year <= 2007) \
            == 0, name
    ymd = [x for x in _column(built, COBOL, "CUST-BIRTH-DT").values if x]
    assert len(ymd) >= 100 and _misses(ymd, lambda x: _real_date(x % 100, x // 100 % 100, x // 10_000)) == 0
    for table, names in ((LOYALTY_CA, ("birthDay", "birthMonth", "birthYear")),
                         (MELI, ("ημέρα_γέννησης", "μήνας_γέννησης", "έτος_γέννησης"))):
        full = [r for r in _parts(built, table, names) if None not in r]
        assert len(full) >= 100 and _misses(full, lambda r: _real_date(*r)) == 0, table
        assert _misses([r for r in _parts(built, table, names) if r[0] is not None],
                       lambda r: r[1] is not None and 1 <= r[0] <= 31 and 1 <= r[1] <= 12) == 0, table


def test_when_a_decoy_is_shaped_like_an_identifier_then_it_fails_its_check(built) -> None:
    forms = _str(_values(built, SELLERS, "form_1099k_ref"))
    assert len(forms) >= 100 and _misses(forms, lambda x: re.fullmatch(r"\d{3}-\d{2}-\d{4}", x) and
                                         not ssn.is_valid(x)) == 0
    tickets = _str(_values(built, STAGING, "src_crm_col14"))
    assert len(tickets) >= 100 and _misses(tickets, lambda x: len(x) == 12 and not aadhaar.is_valid(x)) == 0
    shaped = [c for c in _columns(built) if "value_shape" in c.tags]
    assert len(shaped) >= 30 and all(c.kind == "none" for c in shaped)


def test_when_a_loyalty_card_looks_like_a_payment_card_then_it_passes_its_check_and_is_none(built) -> None:
    cards = _str(_values(built, LOYALTY_CA, "loyaltyCardNumber"))
    assert len(cards) >= 100 and _misses(cards, lambda x: len(x) == 16 and luhn.is_valid(x)) == 0
    eans = _str(_values(built, MELI, "αριθμός_κάρτας"))
    assert len(eans) >= 100 and _misses(eans, lambda x: len(x) == 13 and ean.is_valid(x)) == 0
    routing = _str(_values(built, SELLERS, "payout_routing_number"))
    assert len(routing) >= 100 and _misses(routing, rtn.is_valid) == 0
    assert {_column(built, t, n).kind for t, n in ((LOYALTY_CA, "loyaltyCardNumber"), (MELI, "αριθμός_κάρτας"),
                                                   (SELLERS, "payout_routing_number"))} == {"none"}


def test_when_a_business_identifier_is_built_then_it_passes_its_own_check(built) -> None:
    for table, name, check in ((SELLERS, "business_ein", ein.is_valid),
                               (STAGING, "src_crm_col04", lambda x: gstin.is_valid(x) and x[5] == "C"),
                               (REVIEWS, "seller.uen", uen.is_valid), (LEVERING, "cvr_nr", cvr.is_valid),
                               (SIPARIS, "vergi_no", vkn.is_valid)):
        values = _str(_values(built, table, name))
        assert values and _misses(values, check) == 0, name
        assert _column(built, table, name).kind == "none" and "business" in _column(built, table, name).tags


def test_when_an_iban_or_card_column_is_built_then_every_value_passes_its_check(built) -> None:
    for table, name in ((RETOUREN, "iban_erstattung"), (AFHAAL, "iban")):
        values = _str(_values(built, table, name))
        assert len(values) >= 80 and _misses(values, iban.is_valid) == 0, name
        assert _column(built, table, name).kind == "iban"
    for table, name in ((LOYALTY_CA, "savedCardNumber"), (DISPUTES, "CARD_NUMBER_FULL")):
        cards = [x.replace(" ", "") for x in _str(_values(built, table, name))]
        assert len(cards) >= 80 and _misses(cards, lambda x: len(x) == 16 and luhn.is_valid(x)) == 0, name
        assert _column(built, table, name).kind == "credit_card"


def _phone_valid(text: str, region: str) -> bool:
    try:
        return phonenumbers.is_valid_number(phonenumbers.parse(text, region))
    except phonenumbers.NumberParseException:
        return False


#: table -> the region of its phones
PHONE_REGIONS = {
    SELLERS: "US", PICKUP_GB: "GB", LOYALTY_CA: "CA", DISPUTES: "ZA", TICKETS: "AU", COBOL: "US", STAGING: "IN",
    REVIEWS: "SG", RETOUREN: "DE", AFHAAL: "NL", LEVERING: "DK", PREDANI: "CZ", SIPARIS: "TR", MELI: "GR",
    FURIMA: "JP",
}


def test_when_a_column_is_labeled_phone_then_every_number_is_valid_for_its_region(built) -> None:
    phones = [(t, c) for t in built for c in t.columns if c.kind == "phone"]
    assert len(phones) >= 15 and {t.name for t, _ in phones} == set(PHONE_REGIONS)
    for table, col in phones:
        region = PHONE_REGIONS[table.name]
        values = _str(_real(col.values))
        assert len(values) >= 80, f"{table.name}.{col.name}"
        assert _misses(values, lambda x, r=region: _phone_valid(x, r)) == 0, f"{table.name}.{col.name}"
        assert _misses(values, lambda x, r=region: phonenumbers.region_code_for_number(
            phonenumbers.parse(x, r)) == r) == 0, f"{table.name}.{col.name}"


def test_when_a_business_phone_is_built_then_it_is_valid_and_none(built) -> None:
    for table, name in ((SELLERS, "fulfillment_center_phone"), (PICKUP_GB, "PickupPointPhone"),
                        (LOYALTY_CA, "homeStorePhone"), (DISPUTES, "MERCHANT_CONTACT_NUMBER"),
                        (REVIEWS, "seller.csPhone"), (RETOUREN, "lager_telefon"), (AFHAAL, "afhaalpunt_telefoon"),
                        (MELI, "τηλέφωνο_καταστήματος")):
        col = _column(built, table, name)
        values = _str(col.values)
        assert col.kind == "none" and "business" in col.tags, name
        assert _misses(values, lambda x, r=PHONE_REGIONS[table]: _phone_valid(x, r)) == 0, name


def test_when_a_business_column_is_built_then_it_holds_no_private_value_of_its_table(built) -> None:
    for table in built:
        private = {str(x).strip() for c in table.columns if c.kind != "none" for x in _real(c.values)}
        for col in (c for c in table.columns if "business" in c.tags):
            assert _misses(_str(_real(col.values)), lambda x, p=private: x not in p) == 0, col.name


#: table -> the postcode format of its country
POSTCODES = {
    SELLERS: r"97\d{3}|98\d{3}", PICKUP_GB: r"[A-Z]{1,2}\d{1,2} \d[ABD-HJLNP-UW-Z]{2}",
    LOYALTY_CA: r"T\d[A-Z] \d[ABCEGHJ-NPRSTV-Z]\d", DISPUTES: r"\d{4}", TICKETS: r"3\d{3}", COBOL: r"5[34]\d{3}",
    STAGING: r"[1-9]\d{5}", REVIEWS: r"\d{6}", RETOUREN: r"\d{5}", AFHAAL: r"[1-9]\d{3} [A-Z]{2}",
    LEVERING: r"\d{4}", PREDANI: r"\d{3} \d{2}", SIPARIS: r"\d{5}", MELI: r"\d{3} \d{2}", FURIMA: r"\d{3}-\d{4}",
}


def test_when_a_column_is_labeled_postal_code_then_it_has_its_country_format(built) -> None:
    codes = [(t, c) for t in built for c in t.columns if c.kind == "postal_code"]
    assert {t.name for t, _ in codes} == set(POSTCODES)
    for table, col in codes:
        values = _str(_real(col.values))
        assert len(values) >= 100 and _misses(values, lambda x, p=POSTCODES[table.name]: re.fullmatch(p, x)) == 0, \
            f"{table.name}.{col.name}"


def test_when_a_column_is_labeled_ip_or_email_then_every_value_is_one(built) -> None:
    ips = [c for c in _columns(built) if c.kind == "ip_address"]
    assert len(ips) >= 6
    for col in ips:
        assert _misses(_str(_real(col.values)), lambda x: bool(ipaddress.ip_address(x))) == 0, col.name
    mails = [c for c in _columns(built) if c.kind == "email"]
    assert len(mails) >= 14
    for col in mails:
        assert _misses(_str(_real(col.values)), lambda x: re.fullmatch(r"[a-z0-9._]+@[a-z0-9.-]+\.[a-z]{2,}", x)) \
            == 0, col.name


def test_when_column_names_are_built_then_each_table_follows_its_naming_style(built) -> None:
    styles = {SELLERS: r"[a-z0-9_]+", PICKUP_GB: r"[A-Z][A-Za-z0-9]+", LOYALTY_CA: r"[a-z][A-Za-z0-9]+",
              DISPUTES: r"[A-Z][A-Z0-9_]+", TICKETS: r"[a-z0-9_]+", COBOL: r"[A-Z]+(-[A-Z0-9]+)+",
              STAGING: r"src_crm_col\d\d", REVIEWS: r"[a-z]+(\.[a-z][A-Za-z0-9]*)+"}
    for name, pattern in styles.items():
        table = heldout_support.table(built, name)
        assert _misses([c.name for c in table.columns], lambda x, p=pattern: re.fullmatch(p, x)) == 0, name
    assert [c.name for c in heldout_support.table(built, STAGING).columns] == [f"src_crm_col{i:02d}"
                                                                              for i in range(1, 19)]
    assert all("opaque" in c.tags for c in heldout_support.table(built, STAGING).columns)
    abbrev = [c.name for c in heldout_support.table(built, TICKETS).columns if "abbrev" in c.tags]
    assert {"cust_fnm", "ctc_ph", "addr_ln1", "dob_dt"} <= set(abbrev)


def test_when_a_legacy_table_is_built_then_its_text_is_padded_and_its_dates_are_numbers(built) -> None:
    table = heldout_support.table(built, COBOL)
    padded = [c for c in table.columns
              if c.sql_type == "VARCHAR" and any(isinstance(x, str) and x.endswith(" ") for x in c.values)]
    assert len(padded) >= 8 and all("legacy" in c.tags for c in table.columns)
    assert {c.name for c in table.columns if c.sql_type == "INTEGER"} >= {"CUST-BIRTH-DT", "ACCT-OPEN-DT",
                                                                          "LAST-ORD-DT", "CUST-ZIP"}


def test_when_native_script_tables_are_built_then_greek_and_japanese_are_written_natively(built) -> None:
    def greek(text: str) -> bool:
        return all("\u0370" <= ch <= "\u03ff" or "\u1f00" <= ch <= "\u1fff" or ch in " _2" for ch in text)

    meli = heldout_support.table(built, MELI)
    assert greek(MELI.replace(".", "")) and _misses([c.name for c in meli.columns if c.name != "email"], greek) == 0
    for name in ("όνομα", "επώνυμο", "πόλη"):
        assert _misses(_str(_values(built, MELI, name)), greek) == 0, name
    furima = heldout_support.table(built, FURIMA)
    cjk = re.compile(r"[\u3040-\u30ff\u4e00-\u9fff]")
    assert _misses([c.name for c in furima.columns], lambda x: cjk.search(x)) == 0
    kana = _str(_values(built, FURIMA, "フリガナ"))
    assert _misses(kana, lambda x: all("\u30a0" <= ch <= "\u30ff" or ch == " " for ch in x)) == 0
    kanji = _str(_values(built, FURIMA, "氏名"))
    assert _misses(kanji, lambda x: re.search(r"[\u4e00-\u9fff]", x)) == 0


def test_when_the_scorer_builds_set_v138_then_the_file_holds_every_table_with_its_rows(scored_file) -> None:
    built, path = scored_file
    with duckdb.connect(str(path), read_only=True) as con:
        for table in built:
            schema, name = table.name.split(".", 1)
            count = con.execute(f'SELECT count(*) FROM "{schema}"."{name}"').fetchone()[0]
            assert count == len(table.columns[0].values), table.name
    assert heldout_v138.summary(built).startswith("15 tables")
    assert heldout_v2_accuracy.SETS["v138"].DEFAULT_PATH == Path("/tmp/heldout_v138.duckdb")
