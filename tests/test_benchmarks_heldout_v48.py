"""Held-out set v48: its size, systems, languages and scripts, labels, row counts, NULL and NULL-word shares, name
pools, OTA relay addresses, decoys of the hospitality trade (booking references, rooms, tables, cabins, codes, names
that look like people's, business contacts), partial and masked cards, coordinates, join keys, audit logins and
service accounts, identifiers with check digits and the birth dates they encode, dates of birth in local forms,
phones of every country and misleading and opaque names are the ones asked for, and it is the same on every build
(values are only counted or checked here, never printed).

The set is generated and written once for the module (the scorer's own ``build``); every test reads that build.
NULL-like strings and placeholders are part of the set's dirt: identifier checks skip them and strip padding.
Assertion rewriting is off for this module (PYTEST_DONT_REWRITE): a failing assertion shows its source line and
message, never the values."""

from __future__ import annotations

import ast
import ipaddress
import re
import sys
import unicodedata
from datetime import date, datetime, timedelta
from pathlib import Path

import duckdb
import phonenumbers
import pytest
from stdnum import iban, luhn
from stdnum.de import vat as de_vat
from stdnum.es import dni, nie
from stdnum.fr import nir
from stdnum.il import idnr
from stdnum.it import codicefiscale
from stdnum.jp import cn as jp_cn
from stdnum.th import pin
from stdnum.ua import rntrc
from stdnum.us import ssn

REPO = Path(__file__).resolve().parents[1]
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

from benchmarks.classification import heldout_v2_accuracy, heldout_v48, heldout_v48_values
from governance_dagster.kinds import Kind
from tests import heldout_support
from tests.heldout_support import column as _column
from tests.heldout_support import columns as _columns
from tests.heldout_support import hits as _hits
from tests.heldout_support import misses as _misses
from tests.heldout_support import null_share as _null_share

#: the languages asked for: five English-speaking countries and ten others, six of them in non-Latin scripts
LANGUAGES = {"en", "ja", "th", "el", "uk", "he", "ar", "it", "es", "de", "fr"}

#: every table of the set: one hospitality or food-service system each, each in another country
TABLES = {
    "OPERA.GUEST_PROFILE_EXPORT", "channelmgr.reservations", "tablebook.bookings", "DeliveryOps.Orders",
    "catering.evt_bookings", "宿泊管理.宿泊者名簿", "hostel.การเช็คอิน", "aegean_cruises.ΚΑΤΑΣΤΑΣΗ_ΕΠΙΒΑΙΝΟΝΤΩΝ",
    "sanatorii.записи_процедур", "tiyulim.משתתפים", "holiday_homes.تسجيل_النزلاء", "bnb_firenze.schedine_alloggiati",
    "alquiler_vacacional.anfitriones", "hotel_pms.Meldescheine", "livraison.livreurs",
}

#: table -> the script its column names are written in (a word of ``unicodedata.name`` of its letters)
SCRIPTS = {"宿泊管理.宿泊者名簿": ("CJK", "KATAKANA", "HIRAGANA"), "hostel.การเช็คอิน": ("THAI",),
           "aegean_cruises.ΚΑΤΑΣΤΑΣΗ_ΕΠΙΒΑΙΝΟΝΤΩΝ": ("GREEK",), "sanatorii.записи_процедур": ("CYRILLIC",),
           "tiyulim.משתתפים": ("HEBREW",), "holiday_homes.تسجيل_النزلاء": ("ARABIC",)}

PERSON_KINDS = {"person_name", "first_name", "last_name"}

scored_file, built = heldout_support.set_fixtures("v48")
_cells = heldout_support.Cells(heldout_v48.NULLISH)
_nullish, _real, _values = _cells.nullish, _cells.real, _cells.values


def test_when_two_small_tables_are_built_again_then_every_value_is_the_same(built) -> None:
    assert heldout_support.rebuilt_differently(heldout_v48, built) == []


def test_when_the_set_is_built_then_it_has_the_size_languages_and_labels_asked_for(built) -> None:
    columns = _columns(built)
    assert 14 <= len(built) <= 15 and 330 <= len(columns) <= 420
    assert 0.42 <= sum(c.kind != "none" for c in columns) / len(columns) <= 0.56
    assert {t.name for t in built} == TABLES and len(built) == len(TABLES)
    assert all(len({c.name.lower() for c in t.columns}) == len(t.columns) for t in built)
    assert {t.language for t in built} == LANGUAGES
    assert LANGUAGES == {t.language_of(c) for t in built for c in t.columns}
    assert sum(t.language == "en" for t in built) == 5
    assert {c.kind for c in columns} <= {k.value for k in Kind}
    assert {k.value for k in Kind} - {"none"} <= {c.kind for c in columns}
    tags = {tag for c in columns for tag in c.tags}
    assert {"decoy", "business", "null_heavy", "nullword_heavy", "abbrev", "username", "value_shape", "misleading",
            "staff", "audit", "role_word", "service_account", "premises", "join_key", "relay_email", "multi_value",
            "placeholder", "partial", "coordinates", "opaque", "vendor_prefix", "name_like", "check_digit",
            "mixed_kinds", "itinerary", "travel_document", "salutation", "credential"} <= tags
    assert {"snake", "camel", "pascal", "screaming", "native"} <= {t.style for t in built}


def test_when_the_set_is_built_then_no_kind_is_missing_and_the_common_ones_are_many(built) -> None:
    counts: dict[str, int] = {}
    for column in _columns(built):
        counts[column.kind] = counts.get(column.kind, 0) + 1
    for kind in ("phone", "person_name", "email", "national_id", "first_name", "last_name", "free_text", "city",
                 "street_address", "postal_code", "date_of_birth"):
        assert counts.get(kind, 0) >= 8, kind
    assert counts.get("credit_card", 0) >= 2 and counts.get("iban", 0) >= 3 and counts.get("ip_address", 0) >= 4


def test_when_column_names_are_read_then_each_non_latin_table_is_written_in_its_script(built) -> None:
    for table in built:
        scripts = SCRIPTS.get(table.name)
        if scripts is None:
            continue
        native = [c for c in table.columns if any(any(s in unicodedata.name(ch, "") for s in scripts)
                                                  for ch in c.name)]
        assert len(native) >= 0.7 * len(table.columns), table.name


def test_when_labels_are_asked_for_then_they_match_every_column(built) -> None:
    labels = heldout_v48.labels(built)
    assert set(labels) == {t.name for t in built}
    assert sum(len(cols) for cols in labels.values()) == sum(len(t.columns) for t in built)


def test_when_a_column_is_tagged_then_its_label_follows_the_conventions(built) -> None:
    for column in (c for c in _columns(built) if c.tags & {"business", "decoy", "service_account", "join_key",
                                                           "partial", "coordinates", "name_like", "check_digit",
                                                           "credential"}):
        assert column.kind == "none", column.name
    for column in (c for c in _columns(built) if c.kind == "none"):
        assert column.tags & {"business", "decoy"}, column.name
    for column in (c for c in _columns(built) if c.tags & {"username"}):
        assert column.kind == "unclassified", column.name
    for column in (c for c in _columns(built) if c.kind == "unclassified"):
        assert column.tags & {"username"}, column.name
    for column in (c for c in _columns(built) if c.tags & {"relay_email"}):
        assert column.kind == "email", column.name
    for column in (c for c in _columns(built) if c.tags & {"placeholder", "premises", "itinerary", "salutation",
                                                           "mixed_kinds", "multi_value", "travel_document"}):
        assert column.kind != "none", column.name
    assert {c.kind for c in _columns(built) if "itinerary" in c.tags} == {"city"}
    assert {c.kind for c in _columns(built) if "travel_document" in c.tags} == {"national_id"}
    assert {c.kind for c in _columns(built) if "mixed_kinds" in c.tags} == {"free_text"}


def test_when_the_name_pools_are_read_then_each_country_has_dozens_of_names(built) -> None:
    for pool, (males, females, families) in heldout_v48_values.NAMES.items():
        assert len(set(males)) >= 20 and len(set(females)) >= 20 and len(set(families)) >= 24, pool
    v = heldout_v48_values
    for males, females, families in ((v.JA_MALE, v.JA_FEMALE, v.JA_FAMILY), (v.TH_MALE, v.TH_FEMALE, v.TH_FAMILY),
                                     (v.EL_MALE, v.EL_FEMALE, v.EL_FAMILY), (v.UK_MALE, v.UK_FEMALE, v.UK_FAMILY),
                                     (v.HE_MALE, v.HE_FEMALE, v.HE_FAMILY), (v.AR_MALE, v.AR_FEMALE, v.AR_FAMILY)):
        assert len(set(males)) >= 24 and len(set(females)) >= 24 and len(set(families)) >= 24
    assert {"us", "gb", "au", "ca", "ie", "it", "es", "de", "fr"} <= set(v.NAMES)


def test_when_a_column_is_a_join_key_or_a_credential_then_it_is_none_and_there_are_many(built) -> None:
    keys = [c for c in _columns(built) if "join_key" in c.tags]
    assert len(keys) >= 14 and all(c.kind == "none" for c in keys)
    assert {"NAME_ID", "RESV_NAME_ID", "reservationId", "booking_id", "OrderId", "CourierId", "evt_id",
            "id_schedina", "id_anfitrion", "id_livreur"} <= {c.name for c in keys}
    hashes = _values(built, "livraison.livreurs", "mdp_hash")
    assert hashes and _misses(hashes, lambda x: str(x).startswith("$2b$12$") and len(str(x)) == 60) == 0


#: (table, column) of 6-character booking references (capitals and digits)
REFERENCES = [("tablebook.bookings", "booking_ref"), ("DeliveryOps.Orders", "OrderNumber"),
              ("hostel.การเช็คอิน", "เลขที่การจอง"), ("aegean_cruises.ΚΑΤΑΣΤΑΣΗ_ΕΠΙΒΑΙΝΟΝΤΩΝ", "ΚΡΑΤΗΣΗ"),
              ("tiyulim.משתתפים", "מספר_הזמנה")]


def test_when_a_booking_reference_is_built_then_it_has_six_capitals_or_digits_and_is_a_decoy(built) -> None:
    for table, name in REFERENCES:
        column = _column(built, table, name)
        values = [str(x) for x in _real(column.values)]
        assert column.kind == "none" and {"decoy", "value_shape"} <= column.tags, name
        assert len(values) >= 20 and _misses(values, lambda x: bool(re.fullmatch(r"[A-Z0-9]{6}", x))) == 0, name
    refs = _values(built, "channelmgr.reservations", "channelBookingRef")
    assert _misses(refs, lambda x: bool(re.fullmatch(r"[0-9]{9,10}|HM[A-Z0-9]{8}|DIR-[A-Z0-9]{6}", str(x)))) == 0


def test_when_a_card_is_partial_or_masked_then_at_most_four_digits_show_and_it_is_none(built) -> None:
    cut = [c for c in _columns(built) if "partial" in c.tags]
    assert len(cut) >= 4 and all(c.kind == "none" for c in cut)
    assert {"CC_MASKED", "cardLast4", "deposit_card_last4"} <= {c.name for c in cut}
    for column in cut:
        values = [str(x) for x in _real(column.values)]
        assert values and _misses(values, lambda x: bool(re.fullmatch(r"X*[0-9]{4}", x))) == 0, column.name


def test_when_a_column_holds_placeholders_then_some_cells_are_placeholders_and_the_rest_are_real(built) -> None:
    dirty = [c for c in _columns(built) if "placeholder" in c.tags]
    assert len(dirty) >= 3
    for column in dirty:
        words = [x for x in column.values if isinstance(x, str) and _nullish(x) and x.strip()]
        assert 5 <= len(words) <= 0.15 * len(column.values), column.name


def test_when_names_mislead_then_personal_values_hide_behind_them(built) -> None:
    misleading = {c.name: c.kind for c in _columns(built) if "misleading" in c.tags}
    assert misleading == {"customer_key": "phone", "cust_ref": "email", "identifiant": "email"}
    keys = _values(built, "tablebook.bookings", "customer_key")
    assert _misses(keys, lambda x: _phone_valid(str(x), "AU") and str(x).startswith("+61")) == 0
    for table, name in (("catering.evt_bookings", "cust_ref"), ("livraison.livreurs", "identifiant")):
        assert _misses(_values(built, table, name), lambda x: "@" in str(x)) == 0, name


def test_when_a_name_is_opaque_then_it_says_nothing_and_may_hold_anything(built) -> None:
    opaque = [c for c in _columns(built) if "opaque" in c.tags]
    assert all(re.fullmatch(r"UDF[0-9]{2}|FLD_[0-9]+", c.name) for c in opaque)
    kinds = {c.kind for c in opaque}
    assert {"ssn", "national_id", "person_name", "phone", "none"} <= kinds
    assert {"UDF01", "UDF03", "UDF04", "FLD_3", "FLD_7", "FLD_9"} <= {c.name for c in opaque}


def test_when_a_name_sounds_non_personal_then_it_holds_people(built) -> None:
    role = [c for c in _columns(built) if "role_word" in c.tags]
    assert len(role) >= 10 and all(c.kind in PERSON_KINDS for c in role)
    assert {"bookerName", "cardHolderName", "CourierFirstName", "day_contact", "ΕΠΑΦΗ_ΕΚΤΑΚΤΗΣ_ΑΝΑΓΚΗΣ", "майстер",
            "מדריך", "איש_קשר_לחירום", "مدير_العقار", "gestor_cuenta", "contact_urgence"} <= {c.name for c in role}


def test_when_a_cell_holds_several_names_then_some_cells_hold_a_separator(built) -> None:
    multi = [c for c in _columns(built) if "multi_value" in c.tags]
    assert len(multi) >= 1 and all(c.kind == "person_name" for c in multi)
    for column in multi:
        values = [str(x) for x in _real(column.values)]
        assert _hits(values, lambda x: ";" in x) >= 20, column.name


def test_when_a_column_mixes_phones_and_emails_then_both_occur_and_it_is_free_text(built) -> None:
    values = [str(x) for x in _values(built, "aegean_cruises.ΚΑΤΑΣΤΑΣΗ_ΕΠΙΒΑΙΝΟΝΤΩΝ", "ΕΠΙΚΟΙΝΩΝΙΑ")]
    mails = [x for x in values if "@" in x]
    phones = [x for x in values if "@" not in x]
    assert 0.3 <= len(mails) / len(values) <= 0.7
    assert _misses(phones, lambda x: _phone_valid(x, "GR")) == 0


def test_when_an_ota_relays_mail_then_relay_addresses_are_many_and_every_value_is_an_address(built) -> None:
    relay = [c for c in _columns(built) if "relay_email" in c.tags]
    assert len(relay) >= 3
    domains = set()
    for column in relay:
        values = [str(x) for x in _real(column.values)]
        assert _misses(values, lambda x: bool(re.fullmatch(r"[^@\s]+@[^@\s]+\.[a-z]+", x))) == 0, column.name
        hosts = [x.split("@")[1] for x in values]
        relayed = [h for h in hosts if h in {"guest.booking.com", "m.expediapartnercentral.com", "guest.airbnb.com"}]
        assert len(relayed) >= 20, column.name
        domains |= set(relayed)
    assert domains == {"guest.booking.com", "m.expediapartnercentral.com", "guest.airbnb.com"}


def test_when_coordinates_are_built_then_they_are_none_and_in_their_region(built) -> None:
    coords = [c for c in _columns(built) if "coordinates" in c.tags]
    assert len(coords) == 4 and all(c.kind == "none" and c.sql_type == "DOUBLE" for c in coords)
    lat = _column(built, "DeliveryOps.Orders", "DropoffLat").values
    assert _misses(lat, lambda x: 43.5 <= x <= 43.9) == 0


def test_when_a_place_is_named_like_a_person_then_it_is_none_and_carries_a_given_name(built) -> None:
    v = heldout_v48_values
    givens = {v.fold(n) for males, females, _ in v.NAMES.values() for n in males + females}
    givens |= {v.fold(p[1]) for p in v.AR_FEMALE + v.AR_MALE}
    named = [c for c in _columns(built) if "name_like" in c.tags]
    assert len(named) >= 6 and all(c.kind == "none" for c in named)
    for column in named:
        values = {str(x) for x in _real(column.values)}
        words = {v.fold(w).removesuffix("s") for x in values for w in re.split(r"[\s,\-]+", x)}
        assert words & givens, column.name
    assert {"Villa Sofia", "Casa Elena"} <= {w for c in named for x in _real(c.values) for w in
                                            (str(x), str(x).split(" - ")[0], str(x).removeprefix("B&B "))}


def test_when_a_home_is_a_holiday_flat_then_it_is_labeled_personal(built) -> None:
    premises = [c for c in _columns(built) if "premises" in c.tags]
    assert len(premises) >= 2 and {c.kind for c in premises} == {"street_address", "postal_code"}


def test_when_an_audit_column_is_built_then_logins_are_usernames_and_service_accounts_are_none(built) -> None:
    audit = [c for c in _columns(built) if "audit" in c.tags]
    logins = [c for c in audit if c.kind == "unclassified"]
    services = [c for c in audit if "service_account" in c.tags]
    assert len(logins) >= 4 and len(services) >= 2
    for column in logins:
        assert 2 <= len(set(_real(column.values))) <= 8, column.name
    for column in services:
        assert column.kind == "none" and len(set(_real(column.values))) <= 3, column.name


def test_when_the_set_is_built_then_row_counts_vary_from_small_to_several_hundred(built) -> None:
    counts = []
    for table in built:
        lengths = {len(c.values) for c in table.columns}
        assert len(lengths) == 1, table.name
        count = lengths.pop()
        assert 20 <= count <= 1_200, table.name
        counts.append(count)
    assert sum(n <= 60 for n in counts) >= 3 and sum(n >= 400 for n in counts) >= 4


def test_when_a_column_is_tagged_null_heavy_then_50_to_95_percent_of_it_is_null(built) -> None:
    heavy = [c for c in _columns(built) if "null_heavy" in c.tags]
    assert len(heavy) >= 10
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


def test_when_a_column_holds_null_words_then_the_usual_dirt_occurs(built) -> None:
    words = {x.strip() for c in _columns(built) for x in c.values if isinstance(x, str) and _nullish(x)}
    assert {"", "N/A", "-", "null"} <= words


def test_when_a_column_is_tagged_staff_then_it_has_2_to_8_distinct_people(built) -> None:
    staff = [c for c in _columns(built) if "staff" in c.tags]
    assert len(staff) >= 8
    for column in staff:
        assert column.kind in PERSON_KINDS, column.name
        assert 2 <= len(set(_real(column.values))) <= 8, column.name
    assert PERSON_KINDS == {c.kind for c in staff}


def _emirates(value: str) -> bool:
    digits = value.replace("-", "")
    return bool(re.fullmatch(r"784-[0-9]{4}-[0-9]{7}-[0-9]", value)) and luhn.is_valid(digits)


#: (table, column, check) for every checksummed identifier column
CHECKED: list[tuple[str, str, object]] = [
    ("OPERA.GUEST_PROFILE_EXPORT", "UDF03", ssn.is_valid),
    ("channelmgr.reservations", "cardNumber", luhn.is_valid),
    ("tiyulim.משתתפים", "מספר_כרטיס_אשראי", luhn.is_valid),
    ("catering.evt_bookings", "dep_iban", iban.is_valid),
    ("hostel.การเช็คอิน", "เลขประจำตัวประชาชน", pin.is_valid),
    ("tiyulim.משתתפים", "מספר_זהות", idnr.is_valid),
    ("sanatorii.записи_процедур", "рнокпп", rntrc.is_valid),
    ("holiday_homes.تسجيل_النزلاء", "رقم_الهوية_الإماراتية", _emirates),
    ("bnb_firenze.schedine_alloggiati", "codice_fiscale", codicefiscale.is_valid),
    ("alquiler_vacacional.anfitriones", "dni_nie", lambda x: dni.is_valid(x) or nie.is_valid(x)),
    ("alquiler_vacacional.anfitriones", "iban_cobro", iban.is_valid),
    ("livraison.livreurs", "nir", nir.is_valid),
    ("livraison.livreurs", "iban", iban.is_valid),
]


@pytest.mark.parametrize(("table", "column", "check"), CHECKED, ids=[f"{t}.{c}" for t, c, _ in CHECKED])
def test_when_an_identifier_column_is_built_then_every_value_passes_its_checksum(built, table, column, check) -> None:
    values = [str(x) for x in _values(built, table, column)]
    assert len(values) >= 20 and _misses(values, check) == 0


def test_when_a_spanish_id_column_is_built_then_it_mixes_dni_and_nie(built) -> None:
    values = [str(x) for x in _values(built, "alquiler_vacacional.anfitriones", "dni_nie")]
    assert _hits(values, dni.is_valid) >= 20 and _hits(values, nie.is_valid) >= 10


def _rntrc_birth(number: str) -> date:
    return date(1899, 12, 31) + timedelta(days=int(number[:5]))


def test_when_a_national_id_is_built_then_it_encodes_the_birth_date_of_its_row(built) -> None:
    def pairs(table: str, idc: str, dob: str) -> list[tuple[str, object]]:
        rows = zip(_column(built, table, idc).values, _column(built, table, dob).values)
        return [(str(p), d) for p, d in rows if p is not None]

    ua = pairs("sanatorii.записи_процедур", "рнокпп", "дата_народження")
    assert len(ua) >= 100
    assert _misses(ua, lambda r: _rntrc_birth(r[0]).strftime("%d.%m.%Y") == r[1]) == 0
    it = pairs("bnb_firenze.schedine_alloggiati", "codice_fiscale", "data_nascita")
    assert len(it) >= 50 and _misses(it, lambda r: codicefiscale.get_birth_date(r[0]) == r[1]) == 0
    fr = pairs("livraison.livreurs", "nir", "date_naissance")
    assert len(fr) >= 20
    assert _misses(fr, lambda r: nir.compact(r[0])[1:5] == f"{r[1].year % 100:02d}{r[1].month:02d}") == 0
    ae = pairs("holiday_homes.تسجيل_النزلاء", "رقم_الهوية_الإماراتية", "تاريخ_الميلاد")
    assert len(ae) >= 30 and _misses(ae, lambda r: r[0][4:8] == str(r[1].year)) == 0


_WAREKI = {"昭和": 1925, "平成": 1988, "令和": 2018}


def _birth(value: object) -> date | None:
    """A date of birth in any of the set's forms (Japanese era dates and Thai Buddhist-era years included)."""
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    text = str(value).strip()
    match = re.fullmatch(r"(昭和|平成|令和)(元|[0-9]+)年([0-9]+)月([0-9]+)日", text)
    if match:
        year = 1 if match.group(2) == "元" else int(match.group(2))
        return date(_WAREKI[match.group(1)] + year, int(match.group(3)), int(match.group(4)))
    for fmt in ("%Y-%m-%d", "%d/%m/%Y", "%d.%m.%Y", "%Y/%m/%d"):
        try:
            day = datetime.strptime(text, fmt).date()
        except ValueError:
            continue
        return day.replace(year=day.year - 543) if day.year > 2400 else day
    return None


def test_when_a_column_is_labeled_date_of_birth_then_every_value_is_a_plausible_birth_date(built) -> None:
    births = [c for c in _columns(built) if c.kind == "date_of_birth"]
    assert len(births) >= 12
    forms = set()
    for column in births:
        values = _real(column.values)
        parsed = [_birth(x) for x in values]
        assert values and _misses(parsed, lambda d: d is not None and date(1930, 1, 1) <= d <= date(2016, 12, 31)) \
            == 0, column.name
        forms |= {"date" if isinstance(x, date) else re.sub(r"[0-9]", "9", str(x))[:10] for x in values}
    assert {"date", "99/99/9999", "99.99.9999", "9999/99/99", "9999-99-99"} <= forms
    assert any(str(x).startswith(("昭和", "平成")) for c in births for x in c.values)
    thai = _values(built, "hostel.การเช็คอิน", "วันเกิด")
    assert _hits(thai, lambda x: int(str(x)[-4:]) > 2400) >= 50


def test_when_a_document_number_has_no_check_digit_then_it_still_has_a_document_shape(built) -> None:
    docs = [c for c in _columns(built) if "travel_document" in c.tags]
    assert len(docs) >= 8
    for column in docs:
        values = [str(x) for x in _real(column.values)]
        assert len(values) >= 10, column.name
        assert _misses(values, lambda x: bool(re.fullmatch(r"[0-9A-ZΑ-Ω][0-9A-ZΑ-Ω ]{5,12}", x))) == 0, column.name


def _phone_valid(text: str, region: str | None) -> bool:
    try:
        return phonenumbers.is_valid_number(phonenumbers.parse(text, region))
    except phonenumbers.NumberParseException:
        return False


def test_when_a_decoy_is_shaped_like_an_identifier_then_it_passes_its_own_check_and_is_none(built) -> None:
    corp = _values(built, "宿泊管理.宿泊者名簿", "法人番号")
    assert corp and _misses(corp, jp_cn.is_valid) == 0
    vat = _values(built, "hotel_pms.Meldescheine", "FirmaUStId")
    assert len(vat) >= 50 and _misses(vat, de_vat.is_valid) == 0
    checked = [c for c in _columns(built) if "check_digit" in c.tags]
    assert len(checked) == 2 and all(c.kind == "none" for c in checked)
    shaped = [c for c in _columns(built) if "value_shape" in c.tags]
    assert len(shaped) >= 25 and all(c.kind == "none" for c in shaped)


def test_when_a_column_is_labeled_ip_address_then_every_value_is_an_address_and_both_versions_occur(built) -> None:
    versions = set()
    for column in (c for c in _columns(built) if c.kind == "ip_address"):
        values = [str(x) for x in _real(column.values)]
        assert values and _misses(values, lambda x: bool(ipaddress.ip_address(x))) == 0, column.name
        versions |= {ipaddress.ip_address(x).version for x in values}
    assert versions == {4, 6}


#: table -> the region its national-format phone numbers belong to
PHONE_REGIONS = {
    "OPERA.GUEST_PROFILE_EXPORT": "US", "channelmgr.reservations": "GB", "tablebook.bookings": "AU",
    "DeliveryOps.Orders": "CA", "catering.evt_bookings": "IE", "宿泊管理.宿泊者名簿": "JP", "hostel.การเช็คอิน": "TH",
    "aegean_cruises.ΚΑΤΑΣΤΑΣΗ_ΕΠΙΒΑΙΝΟΝΤΩΝ": "GR", "sanatorii.записи_процедур": "UA", "tiyulim.משתתפים": "IL",
    "holiday_homes.تسجيل_النزلاء": "AE", "bnb_firenze.schedine_alloggiati": "IT",
    "alquiler_vacacional.anfitriones": "ES", "hotel_pms.Meldescheine": "DE", "livraison.livreurs": "FR",
}


def test_when_a_column_is_labeled_phone_then_every_number_in_it_is_valid(built) -> None:
    phones = [(t, c) for t in built for c in t.columns if c.kind == "phone"]
    assert len(phones) >= 18
    seen: set[str] = set()
    for table, column in phones:
        region = PHONE_REGIONS[table.name]
        values = [str(x) for x in _real(column.values)]
        assert values and _misses(values, lambda x, r=region: _phone_valid(x, r)) == 0, f"{table.name}.{column.name}"
        seen |= {phonenumbers.region_code_for_number(phonenumbers.parse(x, region)) for x in values}
    assert set(PHONE_REGIONS.values()) <= seen and len(seen) >= 20


def test_when_a_business_column_is_built_then_it_holds_no_private_value_of_its_table(built) -> None:
    for table in built:
        private = {str(x) for c in table.columns if c.kind != "none" for x in _real(c.values)}
        for column in (c for c in table.columns if "business" in c.tags):
            assert _hits([str(x) for x in _real(column.values)], lambda x, p=private: x in p) == 0, column.name
    phones = _values(built, "channelmgr.reservations", "propertyPhone")
    assert _misses(phones, lambda x: _phone_valid(str(x), "GB")) == 0


def test_when_the_value_modules_are_read_then_they_import_no_faker_and_no_earlier_set(built) -> None:
    for module in (heldout_v48, heldout_v48_values):
        tree = ast.parse(Path(module.__file__).read_text(encoding="utf-8"))
        imported = {alias.name for node in ast.walk(tree) if isinstance(node, ast.Import) for alias in node.names}
        imported |= {f"{node.module}.{alias.name}" for node in ast.walk(tree) if isinstance(node, ast.ImportFrom)
                     for alias in node.names}
        assert not any("faker" in name.lower() for name in imported), module.__name__
        assert not any(name.startswith("governance_dagster") for name in imported), module.__name__
        earlier = {m.group(1) for name in imported for m in [re.search(r"heldout_v(\d+)", name)] if m}
        assert earlier <= {"2", "4", "48"}, module.__name__


def test_when_the_scorer_builds_set_v48_then_the_file_holds_every_table_with_its_rows(scored_file) -> None:
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
    assert heldout_v48.summary(built).startswith(f"{len(built)} tables")
    assert heldout_v2_accuracy.SETS["v48"].DEFAULT_PATH == Path("/tmp/heldout_v48.duckdb")
