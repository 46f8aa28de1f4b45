"""Held-out set v133: its size, languages, labels, row counts, NULL and NULL-word shares, staff and role words, custom
fields with and without personal data, identifiers with check digits, national ids encoding the row's birth date,
phones valid for their region, decoys failing their checks and its determinism are the ones asked for (values are only
counted or checked here, never printed).

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
from stdnum import iban, luhn
from stdnum.au import abn
from stdnum.id import nik
from stdnum.mu import nid
from stdnum.my import nric
from stdnum.nl import bsn
from stdnum.pl import nip, pesel
from stdnum.tr import tckimlik, vkn
from stdnum.us import rtn, ssn

REPO = Path(__file__).resolve().parents[1]
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

from benchmarks.classification import heldout_v2_accuracy, heldout_v133
from benchmarks.classification import heldout_v133_values as values
from governance_dagster.kinds import Kind
from tests import heldout_support
from tests.heldout_support import column as _column
from tests.heldout_support import columns as _columns
from tests.heldout_support import misses as _misses
from tests.heldout_support import null_share as _null_share

LANGUAGES = {"en", "nl", "pl", "tr", "ar", "id", "tl", "sw"}
PERSON_KINDS = {"person_name", "first_name", "last_name"}
KW = "مغسلة_السالمية.طلبات_التوصيل"

scored_file, built = heldout_support.set_fixtures("v133")
_cells = heldout_support.Cells(heldout_v133.NULLISH)
_nullish, _real, _values = _cells.nullish, _cells.real, _cells.values


def _str(values_: list) -> list[str]:
    return [str(x).strip() for x in values_ if x not in (0, None)]


def test_when_two_small_tables_are_built_again_then_every_value_is_the_same(built) -> None:
    assert heldout_support.rebuilt_differently(heldout_v133, built) == []


def test_when_the_set_is_built_then_it_has_the_size_languages_and_labels_asked_for(built) -> None:
    columns = _columns(built)
    assert len(built) == 15 and 250 <= len(columns) <= 360
    assert len({t.name.split(".")[0] for t in built}) == 15
    assert all(len({c.name.lower() for c in t.columns}) == len(t.columns) for t in built)
    assert LANGUAGES == {t.language_of(c) for t in built for c in t.columns}
    assert sum(t.language == "en" for t in built) == 8
    assert len({t.language for t in built if t.language != "en"}) == 7
    assert {c.kind for c in columns} <= {k.value for k in Kind}
    assert {"snake", "camel", "pascal", "screaming", "abbrev", "cobol", "opaque", "spreadsheet"} <= {
        t.style for t in built if t.language == "en"}
    tags = {tag for c in columns for tag in c.tags}
    assert {"decoy", "business", "null_heavy", "nullword_heavy", "abbrev", "value_shape", "staff", "role_word",
            "join_key", "legacy", "opaque", "custom_field", "custom_plain", "username"} <= tags
    assert {k.value for k in Kind} == {c.kind for c in columns}


def test_when_labels_are_asked_for_then_they_match_every_column(built) -> None:
    labels = heldout_v133.labels(built)
    assert set(labels) == {t.name for t in built}
    assert sum(len(cols) for cols in labels.values()) == sum(len(t.columns) for t in built)
    assert heldout_v133.summary(built).startswith("15 tables, 311 columns")


def test_when_a_column_is_tagged_then_its_label_follows_the_conventions(built) -> None:
    for col in _columns(built):
        if col.tags & {"business", "decoy", "join_key", "custom_plain"}:
            assert col.kind == "none", col.name
        if col.kind == "none":
            assert col.tags & {"business", "decoy"}, col.name
        if "custom_field" in col.tags:
            assert col.kind == "free_text", col.name
        if col.kind == "unclassified":
            assert "username" in col.tags, col.name


def test_when_the_set_is_built_then_every_table_has_200_to_800_rows_in_every_column(built) -> None:
    for table in built:
        lengths = {len(c.values) for c in table.columns}
        assert len(lengths) == 1 and 200 <= lengths.pop() <= 800, table.name


def test_when_a_column_is_tagged_null_heavy_then_50_to_95_percent_of_it_is_null(built) -> None:
    heavy = [c for c in _columns(built) if "null_heavy" in c.tags]
    assert len(heavy) >= 20
    for col in heavy:
        assert col.kind != "none" and 0.50 <= _null_share(col) <= 0.95, col.name
    assert sum(0.60 <= _null_share(c) for c in heavy) >= 15


def test_when_a_column_is_tagged_nullword_heavy_then_70_to_95_percent_of_it_is_null_words(built) -> None:
    heavy = [c for c in _columns(built) if "nullword_heavy" in c.tags]
    assert len(heavy) >= 10
    for col in heavy:
        share = sum(_nullish(x) for x in col.values) / len(col.values)
        assert col.kind == "free_text" and 0.70 <= share <= 0.95, col.name


def test_when_a_personal_column_is_not_tagged_null_heavy_then_less_than_70_percent_of_it_is_null(built) -> None:
    for table in built:
        for col in table.columns:
            if col.kind != "none" and not col.tags & {"null_heavy", "nullword_heavy"}:
                assert _null_share(col) < 0.70, f"{table.name}.{col.name}"
                assert sum(_nullish(x) for x in col.values) / len(col.values) < 0.70, f"{table.name}.{col.name}"


def test_when_a_column_is_tagged_staff_then_it_has_2_to_8_distinct_people(built) -> None:
    staff = [c for c in _columns(built) if "staff" in c.tags]
    assert len(staff) == 14
    for col in staff:
        assert col.kind == "person_name" and 2 <= len(set(_real(col.values))) <= 8, col.name


def test_when_a_role_word_holds_people_then_it_is_personal_and_varied(built) -> None:
    role = [c for c in _columns(built) if "role_word" in c.tags]
    assert len(role) >= 18 and all(c.kind != "none" for c in role)
    assert {"authorized_recipient", "PR-BENEF-NM", "PR-EMRG-NM", "proxyCollectorName", "AUTHORISED_COLLECTOR_IC",
            "auth_sgn_nm", "Wedding Party Of", "noodcontact_naam", "pelnomocnik", "teslim_alan", "اسم_المستلم",
            "nama_penerima", "pangalan_ng_kukuha", "jina_la_mzazi_au_mlezi"} <= {c.name for c in role}
    for col in role:
        if col.kind == "person_name":
            assert len(set(_real(col.values))) >= 20, col.name


def test_when_a_custom_field_holds_personal_data_then_it_mixes_phones_emails_and_names(built) -> None:
    custom = [c for c in _columns(built) if "custom_field" in c.tags]
    assert len(custom) == 7
    for col in custom:
        values_ = [str(x) for x in _real(col.values)]
        mails = sum("@" in x for x in values_)
        digits = sum(sum(ch.isdigit() for ch in x) >= 7 and "@" not in x for x in values_)
        assert 0.15 <= mails / len(values_) <= 0.5 and 0.25 <= digits / len(values_) <= 0.6, col.name


def test_when_a_custom_field_holds_shop_codes_then_it_holds_no_contact_or_name(built) -> None:
    plain = [(t, c) for t in built for c in t.columns if "custom_plain" in c.tags]
    assert len(plain) == 7
    for table, col in plain:
        names = {str(x).strip() for c in table.columns if c.kind in PERSON_KINDS for x in _real(c.values)}
        vals = [str(x) for x in _real(col.values)]
        assert len(set(vals)) <= 6, col.name
        assert _misses(vals, lambda x, n=names: "@" not in x and sum(ch.isdigit() for ch in x) < 7
                       and x not in n) == 0, col.name


#: (table, column, check) for every checksummed identifier column
CHECKED: list[tuple[str, str, object]] = [
    ("suds_chatt.wash_fold_subscribers", "card_number", lambda x: luhn.is_valid(x.replace(" ", ""))),
    ("PRSSLEG.PR_EMPL_EXTRACT", "PR-SSN", lambda x: ssn.is_valid(f"{int(x):09d}")),
    ("pressFreshMu.customerAccounts", "nicNumber", nid.is_valid),
    ("DOBI_KCH.CUSTOMER_ORDERS", "IC_NO", nric.is_valid),
    ("DOBI_KCH.CUSTOMER_ORDERS", "AUTHORISED_COLLECTOR_IC", nric.is_valid),
    ("stg_washapp_hk.src_order_raw", "col03", values.hkid_is_valid),
    ("wasserij_rijnstad.medewerkers", "bsn", bsn.is_valid),
    ("wasserij_rijnstad.medewerkers", "iban", iban.is_valid),
    ("pralnia_bialystok.reklamacje", "pesel", pesel.is_valid),
    ("pralnia_bialystok.reklamacje", "rachunek_do_zwrotu", iban.is_valid),
    ("kuru_temizleme_erciyes.siparisler", "tc_kimlik_no", tckimlik.is_valid),
    (KW, "الرقم_المدني", values.kw_civil_is_valid),
    ("laundry_kiloan_makassar.transaksi", "nik", nik.is_valid),
]


def test_when_an_identifier_column_is_built_then_every_value_passes_its_checksum(built) -> None:
    for table, name, check in CHECKED:
        values_ = _str(_values(built, table, name))
        assert len(values_) >= 80 and _misses(values_, check) == 0, f"{table}.{name}"
        assert _column(built, table, name).kind in {"ssn", "national_id", "credit_card", "iban"}, name


def test_when_the_hkid_and_civil_id_checks_are_written_out_then_they_match_known_cases() -> None:
    assert values.hkid_check("A123456") == "3" and values.hkid_is_valid("A123456(3)")
    assert not values.hkid_is_valid("A123456(4)")
    assert values.kw_civil_check("28501011234") is None and values.kw_civil_check("28501011235") == 8
    assert values.kw_civil_is_valid("285010112358") and not values.kw_civil_is_valid("285010112359")


def _pairs(built, table: str, idc: str, dob: str) -> list[tuple[str, date]]:
    rows = zip(_column(built, table, idc).values, _column(built, table, dob).values)
    return [(str(p), d) for p, d in rows if p is not None and d is not None]


def test_when_a_national_id_encodes_a_birth_date_then_it_is_the_rows(built) -> None:
    def ymd(d: date) -> tuple[int, int, int]:
        return d.year % 100, d.month, d.day

    cases = [
        ("pressFreshMu.customerAccounts", "nicNumber", "dateOfBirth",
         lambda p: (int(p[5:7]), int(p[3:5]), int(p[1:3]))),
        ("ColomboTailorHouse.MeasurementOrders", "NicNumber", "DateOfBirth",
         lambda p: ymd(date(*values.lk_nic_birth(p)))),
        ("DOBI_KCH.CUSTOMER_ORDERS", "IC_NO", "DATE_OF_BIRTH", lambda p: ymd(nric.get_birth_date(p))),
        ("pralnia_bialystok.reklamacje", "pesel", "data_urodzenia", lambda p: ymd(pesel.get_birth_date(p))),
        ("laundry_kiloan_makassar.transaksi", "nik", "tanggal_lahir", lambda p: ymd(nik.get_birth_date(p))),
        (KW, "الرقم_المدني", "تاريخ_الميلاد", lambda p: (int(p[1:3]), int(p[3:5]), int(p[5:7]))),
    ]
    for table, idc, dob, get in cases:
        pairs = _pairs(built, table, idc, dob)
        assert len(pairs) >= 40 and _misses(pairs, lambda r, f=get: f(r[0]) == ymd(r[1])) == 0, table


def test_when_a_mauritian_nic_is_built_then_it_starts_with_the_surnames_initial(built) -> None:
    rows = zip(_column(built, "pressFreshMu.customerAccounts", "nicNumber").values,
               _column(built, "pressFreshMu.customerAccounts", "surname").values)
    pairs = [(p, s) for p, s in rows if p is not None]
    assert pairs and _misses(pairs, lambda r: r[0][0] == values.plain(r[1])[0].upper()) == 0


def test_when_a_legacy_date_is_numeric_then_it_decodes_to_a_real_date(built) -> None:
    for name in ("PR-BIRTH-DT", "PR-HIRE-DT", "PR-TERM-DT"):
        ymd = [x for x in _column(built, "PRSSLEG.PR_EMPL_EXTRACT", name).values if x]
        assert len(ymd) >= 80 and _misses(ymd, lambda x: bool(date(x // 10_000, x // 100 % 100, x % 100))) == 0


def test_when_a_decoy_is_shaped_like_an_identifier_then_it_fails_its_check(built) -> None:
    cases = [
        ("suds_chatt.wash_fold_subscribers", "order_number",
         lambda x: re.fullmatch(r"\d{3}-\d{2}-\d{4}", x) and not ssn.is_valid(x)),
        ("PRSSLEG.PR_EMPL_EXTRACT", "PR-EMPL-NO", lambda x: re.fullmatch(r"\d{9}", x) and not ssn.is_valid(x)),
        ("DOBI_KCH.CUSTOMER_ORDERS", "RECEIPT_NO", lambda x: re.fullmatch(r"\d{12}", x) and not nric.is_valid(x)),
        ("stg_washapp_hk.src_order_raw", "col09", lambda x: re.fullmatch(r"[A-Z]\d{6}\(\d\)", x)
         and not values.hkid_is_valid(x)),
        ("wasserij_rijnstad.medewerkers", "personeelsnummer", lambda x: re.fullmatch(r"\d{9}", x)
         and not bsn.is_valid(x)),
        ("pralnia_bialystok.reklamacje", "nr_faktury", lambda x: re.fullmatch(r"\d{11}", x) and not pesel.is_valid(x)),
        ("kuru_temizleme_erciyes.siparisler", "e_arsiv_seri_no", lambda x: re.fullmatch(r"\d{11}", x)
         and not tckimlik.is_valid(x)),
        (KW, "رقم_الفاتورة", lambda x: re.fullmatch(r"[23]\d{11}", x) and not values.kw_civil_is_valid(x)),
    ]
    for table, name, check in cases:
        vals = _str(_values(built, table, name))
        assert len(vals) >= 100 and _misses(vals, check) == 0, f"{table}.{name}"
        assert _column(built, table, name).kind == "none"
    shaped = [c for c in _columns(built) if "value_shape" in c.tags]
    assert len(shaped) >= 25 and all(c.kind == "none" for c in shaped)


def test_when_a_business_identifier_is_built_then_it_passes_its_own_check(built) -> None:
    for table, name, check in (("heelkey_adl.rep_job", "shop_abn", abn.is_valid),
                               ("pralnia_bialystok.reklamacje", "nip_pralni", nip.is_valid),
                               ("kuru_temizleme_erciyes.siparisler", "vergi_no", vkn.is_valid),
                               ("PRSSLEG.PR_EMPL_EXTRACT", "PR-DD-RTN", rtn.is_valid)):
        vals = _str(_values(built, table, name))
        assert vals and _misses(vals, check) == 0 and _column(built, table, name).kind == "none", name


def _phone_valid(text: str, region: str) -> bool:
    try:
        number = phonenumbers.parse(text, region)
    except phonenumbers.NumberParseException:
        return False
    return phonenumbers.is_valid_number(number) and phonenumbers.region_code_for_number(number) == region


#: table -> the region of its phones
PHONE_REGIONS = {
    "suds_chatt.wash_fold_subscribers": "US", "PRSSLEG.PR_EMPL_EXTRACT": "US", "pressFreshMu.customerAccounts": "MU",
    "ColomboTailorHouse.MeasurementOrders": "LK", "DOBI_KCH.CUSTOMER_ORDERS": "MY", "heelkey_adl.rep_job": "AU",
    "stg_washapp_hk.src_order_raw": "HK", "hamilton_tailoring.Client Measurements": "BM",
    "wasserij_rijnstad.medewerkers": "NL", "pralnia_bialystok.reklamacje": "PL",
    "kuru_temizleme_erciyes.siparisler": "TR", KW: "KW", "laundry_kiloan_makassar.transaksi": "ID",
    "sapatero_marikina.mga_order": "PH", "fundi_cherehani_mombasa.oda_za_wateja": "KE",
}


def test_when_a_column_is_labeled_phone_then_every_number_is_valid_for_its_region(built) -> None:
    phones = [(t, c) for t in built for c in t.columns if c.kind == "phone"]
    assert len(phones) >= 18 and {t.name for t, _ in phones} == set(PHONE_REGIONS)
    for table, col in phones:
        vals = _str(_real(col.values))
        assert len(vals) >= 80, f"{table.name}.{col.name}"
        assert _misses(vals, lambda x, r=PHONE_REGIONS[table.name]: _phone_valid(x, r)) == 0, col.name


def test_when_a_business_phone_is_built_then_it_is_valid_and_none(built) -> None:
    for table, name in (("suds_chatt.wash_fold_subscribers", "store_phone"),
                        ("pressFreshMu.customerAccounts", "branchPhone"), ("DOBI_KCH.CUSTOMER_ORDERS", "OUTLET_PHONE"),
                        ("wasserij_rijnstad.medewerkers", "vestiging_telefoon"),
                        ("kuru_temizleme_erciyes.siparisler", "sube_telefonu"), (KW, "هاتف_الفرع")):
        col = _column(built, table, name)
        vals = _str(col.values)
        assert col.kind == "none" and "business" in col.tags
        assert _misses(vals, lambda x, r=PHONE_REGIONS[table]: _phone_valid(x, r)) == 0, name


def test_when_a_business_column_is_built_then_it_holds_no_private_value_of_its_table(built) -> None:
    business = 0
    for table in built:
        private = {str(x).strip() for c in table.columns if c.kind != "none" for x in _real(c.values)}
        for col in (c for c in table.columns if "business" in c.tags):
            business += 1
            assert _misses(_str(_real(col.values)), lambda x, p=private: x not in p) == 0, col.name
    assert business >= 18


#: table -> (postal code column, pattern)
POSTCODES = {
    "suds_chatt.wash_fold_subscribers": ("zip", r"37\d{3}"), "PRSSLEG.PR_EMPL_EXTRACT": ("PR-ZIP", r"55\d{3}"),
    "pressFreshMu.customerAccounts": ("postcode", r"\d{5}"), "ColomboTailorHouse.MeasurementOrders": (
        "PostalCode", r"\d{5}"), "DOBI_KCH.CUSTOMER_ORDERS": ("POSTCODE", r"9[3-8]\d{3}"),
    "heelkey_adl.rep_job": ("addr_pc", r"5\d{3}"), "hamilton_tailoring.Client Measurements": (
        "Postcode", r"[A-Z]{2} \d{2}"), "wasserij_rijnstad.medewerkers": ("postcode", r"[1-9]\d{3} [A-Z]{2}"),
    "pralnia_bialystok.reklamacje": ("kod_pocztowy", r"1[5-8]-\d{3}"), "kuru_temizleme_erciyes.siparisler": (
        "posta_kodu", r"38\d{3}"), "laundry_kiloan_makassar.transaksi": ("kode_pos", r"9\d{4}"),
    "sapatero_marikina.mga_order": ("zip_code", r"1\d{3}"), "fundi_cherehani_mombasa.oda_za_wateja": (
        "msimbo_wa_posta", r"80\d{3}"),
}


def test_when_a_postal_code_is_built_then_it_has_its_countrys_format(built) -> None:
    for table, (name, pattern) in POSTCODES.items():
        col = _column(built, table, name)
        assert col.kind == "postal_code", name
        assert _misses(_str(col.values), lambda x, p=pattern: re.fullmatch(p, x) is not None) == 0, name
    assert sum(c.kind == "postal_code" for c in _columns(built)) == len(POSTCODES)


def test_when_emails_and_ips_are_built_then_they_are_well_formed(built) -> None:
    for col in (c for c in _columns(built) if c.kind == "email"):
        assert _misses(_str(_real(col.values)), lambda x: re.fullmatch(r"[a-z0-9._]+@[a-z0-9.-]+\.[a-z]{2,}", x)
                       is not None) == 0, col.name
    for col in (c for c in _columns(built) if c.kind == "ip_address"):
        assert _misses(_str(_real(col.values)), lambda x: bool(ipaddress.ip_address(x))) == 0, col.name
    for col in (c for c in _columns(built) if c.kind == "unclassified"):
        assert _misses(_str(_real(col.values)), lambda x: "@" not in x and " " not in x) == 0, col.name


def test_when_arabic_values_are_built_then_names_and_addresses_are_in_arabic_script(built) -> None:
    def arabic(text: str) -> bool:
        return all("\u0600" <= ch <= "\u06ff" or ch in " 0123456789" for ch in text)

    for name in ("اسم_العميل", "اسم_المستلم", "السائق", "المنطقة", "العنوان"):
        vals = _str(_real(_column(built, KW, name).values))
        assert vals and _misses(vals, arabic) == 0, name
    assert all(arabic(c.name.replace("_", "")) for c in heldout_support.table(built, KW).columns)


def test_when_seniors_and_pwd_ids_are_built_then_they_have_their_shapes(built) -> None:
    table = "sapatero_marikina.mga_order"
    osca = _column(built, table, "senior_citizen_id").values
    born = _column(built, table, "petsa_ng_kapanganakan").values
    assert [x is None for x in osca] == [x is None for x in born]
    assert _misses([d for d in born if d], lambda d: d.year <= 1965) == 0
    pwd = _str(_column(built, table, "pwd_id").values)
    assert pwd and _misses(pwd, lambda x: re.fullmatch(r"13-7407-\d{3}-\d{7}", x) is not None) == 0


def test_when_sri_lankan_nics_are_built_then_old_and_new_formats_occur(built) -> None:
    nics = _str(_column(built, "ColomboTailorHouse.MeasurementOrders", "NicNumber").values)
    old = [x for x in nics if re.fullmatch(r"\d{9}V", x)]
    new = [x for x in nics if re.fullmatch(r"(19|20)\d{10}", x)]
    assert old and new and len(old) + len(new) == len(nics)


def test_when_an_opaque_staging_table_is_built_then_every_column_is_colnn(built) -> None:
    table = heldout_support.table(built, "stg_washapp_hk.src_order_raw")
    assert [c.name for c in table.columns] == [f"col{i:02d}" for i in range(1, 19)]
    assert all("opaque" in c.tags for c in table.columns)


def test_when_a_legacy_table_is_built_then_its_text_is_padded(built) -> None:
    padded = [c for c in heldout_support.table(built, "PRSSLEG.PR_EMPL_EXTRACT").columns
              if c.sql_type == "VARCHAR" and any(isinstance(x, str) and x.endswith(" ") for x in c.values)]
    assert len(padded) >= 5


def test_when_the_scorer_builds_set_v133_then_the_file_holds_every_table_with_its_rows(scored_file) -> None:
    built_, path = scored_file
    with duckdb.connect(str(path), read_only=True) as con:
        for table in built_:
            schema, name = table.name.split(".", 1)
            count = con.execute(f'SELECT count(*) FROM "{schema}"."{name}"').fetchone()[0]
            assert count == len(table.columns[0].values), table.name
    assert heldout_v2_accuracy.SETS["v133"].DEFAULT_PATH == Path("/tmp/heldout_v133.duckdb")
