"""Held-out set v163: its size, languages, naming styles, labels, row counts, NULL and NULL-word shares, staff and
role words, custom fields, identifiers with check digits (and the birth dates they encode), dates of birth in their
local forms, phones valid for their region, cards, IBANs and bank accounts, decoys failing their checks, business
numbers passing theirs and its determinism are the ones asked for (values are only counted or checked here, never
printed).

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
from stdnum import iban, luhn
from stdnum.au import abn, tfn
from stdnum.ca import sin
from stdnum.fr import nir, siret
from stdnum.ie import pps
from stdnum.in_ import aadhaar, pan
from stdnum.it import codicefiscale
from stdnum.jp import cn
from stdnum.jp import in_ as mynumber
from stdnum.mx import curp
from stdnum.my import nric
from stdnum.nl import bsn, postcode
from stdnum.ru import inn
from stdnum.tr import tckimlik
from stdnum.us import ssn

REPO = Path(__file__).resolve().parents[1]
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

from benchmarks.classification import heldout_v2_accuracy, heldout_v163
from benchmarks.classification import heldout_v163_values as values
from governance_dagster.kinds import Kind
from tests import heldout_support
from tests.heldout_support import column as _column
from tests.heldout_support import columns as _columns
from tests.heldout_support import misses as _misses
from tests.heldout_support import null_share as _null_share

LANGUAGES = {"en", "fr", "es", "nl", "tr", "ru", "ja", "it"}
PERSON_KINDS = {"person_name", "first_name", "last_name"}

scored_file, built = heldout_support.set_fixtures("v163")
_cells = heldout_support.Cells(heldout_v163.NULLISH)
_nullish, _real, _values = _cells.nullish, _cells.real, _cells.values

GB, CA, AU, IE = (
    "alrayyan_pilgrim_travel.hajj_umrah_bookings",
    "guelphCaminoTours.pilgrimWalkers",
    "WollongongDiocese.VolunteerScreening",
    "tuam_lrd_pilg.plg_bkg",
)
COBOL, STG, IN = "CCDLBK.ASSIST_EXTRACT", "stg_kb_umrah.src_jemaah_raw", "holyland_mlr.pilgrim_registrations_json"
FR, MX, NL, TR = (
    "hospitalite_vannes.inscriptions_lourdes",
    "parroquia_sanjose_morelia.libro_bautismos",
    "diaconie_kampen.noodhulp_aanvragen",
    "malatya_muftulugu.hac_kayitlari",
)
RU, JA, IT = (
    "паломническая_служба_ярославль.паломники",
    "tokushima_henro.sankasha_meibo",
    "caritas_treviso.centro_ascolto",
)


def _str(values: list) -> list[str]:
    return [str(x).strip() for x in values if x not in (0, None)]


def _digits(text: str) -> str:
    return "".join(ch for ch in text if ch.isdigit())


def _snils_valid(text: str) -> bool:
    d = _digits(text)
    return bool(re.fullmatch(r"\d{3}-\d{3}-\d{3} \d{2}", text)) and values.snils_check(d[:9]) == d[9:]


def _es_date(text: str) -> date:
    day, month, year = re.fullmatch(r"(\d{1,2}) de ([a-z]+) de (\d{4})", text).groups()
    return date(int(year), values.MX_MONTHS.index(month) + 1, int(day))


def _cf_same_day(row: tuple[str, str]) -> bool:
    """The codice fiscale's birth date (its two-digit year) is the row's ``dd/mm/yyyy`` birth date."""
    return codicefiscale.get_birth_date(row[0]).strftime("%d/%m/%y") == row[1][:6] + row[1][8:]


def _nir_same(row: tuple[str, str, str]) -> bool:
    """The NIR's sex, year and month of birth are the row's civilité and ``dd/mm/yyyy`` birth date."""
    number, born, civ = nir.compact(row[0]), row[1], row[2]
    return number[1:5] == born[8:10] + born[3:5] and number[0] == ("1" if civ == "M." else "2")


def test_when_two_small_tables_are_built_again_then_every_value_is_the_same(built) -> None:
    assert heldout_support.rebuilt_differently(heldout_v163, built) == []


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
        "licence",
        "clearance",
        "visa",
        "multi_document",
        "username",
        "bank_account",
        "check_digit",
    } <= tags
    assert {k.value for k in Kind} == {c.kind for c in columns}
    personal = sum(c.kind != "none" for c in columns)
    assert 0.5 <= personal / len(columns) <= 0.75


def test_when_labels_are_asked_for_then_they_match_every_column(built) -> None:
    labels = heldout_v163.labels(built)
    assert set(labels) == {t.name for t in built}
    assert sum(len(cols) for cols in labels.values()) == sum(len(t.columns) for t in built)
    assert all(labels[t.name][c.name] == c.kind for t in built for c in t.columns)


def test_when_a_column_is_tagged_then_its_label_follows_the_conventions(built) -> None:
    for col in _columns(built):
        if col.tags & {"business", "decoy", "join_key", "custom_plain", "check_digit"}:
            assert col.kind == "none", col.name
        if col.kind == "none":
            assert col.tags & {"business", "decoy"}, col.name
        if col.tags & {"custom_field"}:
            assert col.kind == "free_text", col.name
        if col.tags & {"licence", "multi_document", "clearance", "visa"}:
            assert col.kind == "national_id", col.name
        if col.tags & {"split_address"}:
            assert col.kind == "street_address", col.name
        if col.tags & {"split_dob"}:
            assert col.kind == "date_of_birth", col.name
        if col.tags & {"locality"}:
            assert col.kind == "city", col.name
        if col.tags & {"username", "bank_account"}:
            assert col.kind == "unclassified", col.name


def test_when_the_set_is_built_then_every_table_has_200_to_800_rows_in_every_column(built) -> None:
    for table in built:
        lengths = {len(c.values) for c in table.columns}
        assert len(lengths) == 1 and 200 <= lengths.pop() <= 800, table.name


def test_when_a_column_is_tagged_null_heavy_then_70_to_95_percent_of_it_is_null(built) -> None:
    heavy = [c for c in _columns(built) if "null_heavy" in c.tags]
    assert len(heavy) >= 7
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
        "group_leader",
        "walkingGuide",
        "ScreeningOfficer",
        "grp_ldr",
        "CASE-WKR",
        "col19",
        "tour.spiritual_director",
        "chef_equipe",
        "ministro",
        "diaken",
        "kafile_baskani",
        "руководитель_группы",
        "sendatsu",
        "volontario_ascolto",
    } == {c.name for c in staff}
    for col in staff:
        assert col.kind in PERSON_KINDS and 2 <= len(set(_real(col.values))) <= 8, col.name


def test_when_a_role_word_holds_people_then_it_is_personal(built) -> None:
    role = [c for c in _columns(built) if "role_word" in c.tags]
    assert len(role) >= 25 and all(c.kind != "none" for c in role)
    assert {
        "mahram_name",
        "room_sharing_with",
        "emergencyContactName",
        "emergencyContactPhone",
        "RefereeName",
        "nok_nm",
        "gp_nm",
        "HH-SPOUSE-NAME",
        "col14",
        "parish.vicar",
        "personne_a_prevenir",
        "medecin_traitant",
        "padre_nombre",
        "madre_nombre",
        "padrino",
        "madrina",
        "tenaamstelling",
        "contactpersoonVerwijzer",
        "baba_adi",
        "anne_adi",
        "mahrem_adi_soyadi",
        "контактное_лицо",
        "kinkyuu_renrakusaki",
        "doushitsusha",
        "assistente_sociale",
    } <= {c.name for c in role}


def test_when_a_name_is_written_in_a_local_whole_form_then_every_cell_has_it(built) -> None:
    vals = [str(x) for x in _values(built, COBOL, "HH-SPOUSE-NAME")]
    assert len(vals) >= 150 and _misses(vals, lambda x: bool(re.fullmatch(r"[A-Z' -]+, [A-Z]+", x))) == 0
    for name in ("col02", "col14"):
        vals = [str(x) for x in _values(built, STG, name)]
        assert len(vals) >= 150 and _misses(vals, lambda x: bool(re.search(r" (bin|binti) ", x.lower()))) == 0, name
    vals = [str(x) for x in _values(built, MX, "madre_nombre")]
    assert len(vals) >= 200 and _misses(vals, lambda x: len(x.split()) >= 3) == 0


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
    (IE, "plg_ppsn", pps.is_valid),
    (COBOL, "CLT-SSN", lambda x: ssn.is_valid(f"{int(x):09d}")),
    (STG, "col04", nric.is_valid),
    (IN, "pilgrim.aadhaar", aadhaar.is_valid),
    (IN, "pilgrim.pan", pan.is_valid),
    (FR, "numero_securite_sociale", nir.is_valid),
    (MX, "bautizado_curp", curp.is_valid),
    (NL, "bsn", bsn.is_valid),
    (TR, "tc_kimlik_no", tckimlik.is_valid),
    (RU, "инн", inn.is_valid),
    (RU, "снилс", _snils_valid),
    (IT, "codice_fiscale", codicefiscale.is_valid),
]


def test_when_an_identifier_column_is_built_then_every_value_passes_its_checksum(built) -> None:
    for table, name, check in CHECKED:
        vals = _str(_values(built, table, name))
        assert len(vals) >= 40 and _misses(vals, check) == 0, name
        assert _column(built, table, name).kind in {"ssn", "national_id"}, name
    ssns = {(t.name, c.name) for t in built for c in t.columns if c.kind == "ssn"}
    assert ssns == {(IE, "plg_ppsn"), (COBOL, "CLT-SSN"), (FR, "numero_securite_sociale"), (RU, "снилс")}
    pans = _str(_values(built, IN, "pilgrim.pan"))
    assert _misses(pans, lambda x: x[3] == "P") == 0


def test_when_an_identifier_has_no_public_check_then_it_has_its_documented_shape(built) -> None:
    shapes = [
        (GB, "passport_number", r"[15]\d{8}"),
        (GB, "saudi_visa_no", r"6\d{9}"),
        (CA, "passportNumber", r"[A-Z]{2}\d{6}"),
        (AU, "WwccNumber", r"WWC\d{7}[VE]"),
        (COBOL, "CLT-TX-DL-NO", r"[0124]\d{7}"),
        (STG, "col05", r"[AH]\d{8}"),
        (IN, "pilgrim.passport_number", r"[A-Z]\d{7}"),
        (TR, "pasaport_no", r"U\d{8}"),
        (RU, "паспорт", r"78 \d\d \d{6}"),
        (RU, "загранпаспорт", r"7[56] \d{7}"),
        (JA, "untenmenkyo_bangou", r"\d{12}"),
        (IT, "numero_documento", r"CA\d{5}[A-Z]{2}|[A-Z]{2}\d{7}|I[A-Z]\d{7}|A[A-Z]\d{7}"),
    ]
    for table, name, shape in shapes:
        vals = _str(_values(built, table, name))
        assert len(vals) >= 40 and _misses(vals, lambda x, s=shape: re.fullmatch(s, x)) == 0, name
        assert _column(built, table, name).kind == "national_id", name


def _rows(built, table: str, *names: str) -> list[tuple]:
    cols = [_column(built, table, n).values for n in names]
    return [r for r in zip(*cols, strict=True) if r[0] is not None]


def test_when_a_national_id_encodes_a_birth_date_then_it_is_the_rows(built) -> None:
    rows = _rows(built, STG, "col04", "col03")
    assert len(rows) >= 200
    assert _misses(rows, lambda r: nric.get_birth_date(r[0]).strftime("%d-%m-%y") == r[1][:6] + r[1][8:]) == 0
    rows = _rows(built, FR, "numero_securite_sociale", "date_naissance", "civilite")
    assert len(rows) >= 200 and _misses(rows, _nir_same) == 0
    rows = _rows(built, MX, "bautizado_curp", "fecha_nacimiento")
    assert len(rows) >= 200 and _misses(rows, lambda r: curp.get_birth_date(r[0]) == _es_date(r[1])) == 0
    rows = _rows(built, IT, "codice_fiscale", "data_nascita")
    assert len(rows) >= 200 and _misses(rows, _cf_same_day) == 0
    rows = _rows(built, IN, "pilgrim.pan", "pilgrim.name.last")
    assert _misses(rows, lambda r: r[0][4] == values.latin(r[1])[0].upper()) == 0


def test_when_a_date_of_birth_is_numeric_text_or_split_then_it_decodes_to_a_real_date(built) -> None:
    ymd = [x for x in _column(built, COBOL, "CLT-DOB").values if x]
    assert len(ymd) >= 300
    assert _misses(ymd, lambda x: 1938 <= datetime(x // 10_000, x // 100 % 100, x % 100).year <= 2006) == 0
    assert sum(x == 0 for x in _column(built, COBOL, "CLT-DOB").values) >= 5
    for table, name, fmt in (
        (AU, "DateOfBirth", "%d/%m/%Y"),
        (IE, "plg_dob", "%d/%m/%Y"),
        (STG, "col03", "%d-%m-%Y"),
        (IN, "pilgrim.birth_date", "%Y-%m-%d"),
        (FR, "date_naissance", "%d/%m/%Y"),
        (NL, "geboortedatum", "%d-%m-%Y"),
        (TR, "dogum_tarihi", "%d.%m.%Y"),
        (RU, "дата_рождения", "%d.%m.%Y"),
        (JA, "seinengappi", "%Y年%m月%d日"),
        (IT, "data_nascita", "%d/%m/%Y"),
    ):
        vals = _values(built, table, name)
        ok = _misses(vals, lambda x, f=fmt: 1930 <= datetime.strptime(x, f).year <= 2012) == 0
        assert len(vals) >= 200 and ok, name
    jp = _values(built, JA, "seinengappi")
    assert _misses(jp, lambda x: bool(re.fullmatch(r"\d{4}年\d{1,2}月\d{1,2}日", x))) == 0
    mx = _values(built, MX, "fecha_nacimiento")
    assert len(mx) >= 300 and _misses(mx, lambda x: 2019 <= _es_date(x).year <= 2025) == 0
    parts = zip(*(_column(built, CA, f"birth{n}").values for n in ("Year", "Month", "Day")), strict=True)
    assert _misses(list(parts), lambda p: 1944 <= datetime(*p).year <= 2004) == 0
    assert {c.sql_type for c in heldout_support.table(built, GB).columns if c.kind == "date_of_birth"} == {"DATE"}


def test_when_a_decoy_is_shaped_like_an_identifier_then_it_fails_its_check(built) -> None:
    for table, name, check, size in (
        (CA, "bookingConfirmation", sin.is_valid, 9),
        (AU, "ScreeningReference", tfn.is_valid, 9),
        (IE, "bkg_ref", pps.is_valid, 7),
        (COBOL, "AST-CASE-NO", ssn.is_valid, 9),
        (STG, "col13", nric.is_valid, 12),
        (IN, "invoice.number", aadhaar.is_valid, 12),
        (FR, "numero_dossier", nir.is_valid, 15),
        (MX, "folio_constancia", curp.is_valid, 8),
        (NL, "dossiernummer", bsn.is_valid, 9),
        (TR, "basvuru_no", tckimlik.is_valid, 11),
        (RU, "номер_путёвки", inn.is_valid, 12),
        (JA, "moushikomi_bangou", mynumber.is_valid, 12),
        (IT, "tessera_emporio", luhn.is_valid, 16),
    ):
        vals = _str(_values(built, table, name))
        assert len(vals) >= 200 and _misses(vals, lambda x, f=check, n=size: len(_digits(x)) == n and not f(x)) == 0
        assert _column(built, table, name).kind == "none", name
    shaped = [c for c in _columns(built) if "value_shape" in c.tags]
    assert len(shaped) >= 16 and all(c.kind == "none" for c in shaped)


def test_when_a_business_number_has_a_check_digit_then_it_passes_and_is_none(built) -> None:
    for table, name, check in (
        (AU, "ParishAbn", abn.is_valid),
        (FR, "transporteur_siret", siret.is_valid),
        (NL, "verwijzerRsin", bsn.is_valid),
        (JA, "basu_gaisha_houjin_bangou", cn.is_valid),
    ):
        vals = _str(_values(built, table, name))
        assert len(vals) >= 150 and _misses(vals, check) == 0, name
        assert _column(built, table, name).kind == "none", name
    checked = {c.name for c in _columns(built) if "check_digit" in c.tags}
    assert checked == {"ParishAbn", "transporteur_siret", "verwijzerRsin", "basu_gaisha_houjin_bangou"}


def test_when_a_card_column_is_built_then_every_number_passes_luhn(built) -> None:
    cards = [c for c in _columns(built) if c.kind == "credit_card"]
    assert {c.name for c in cards} == {"card_number", "kaado_bangou"}
    for col in cards:
        vals = [_digits(x) for x in _str(_real(col.values))]
        assert len(vals) >= 40 and _misses(vals, lambda x: len(x) == 16 and luhn.is_valid(x)) == 0, col.name


def test_when_an_iban_or_bank_account_column_is_built_then_every_value_passes_its_check(built) -> None:
    ibans = [c for c in _columns(built) if c.kind == "iban"]
    assert {c.name for c in ibans} == {"iban_remboursement", "iban", "iade_iban"}
    for col in ibans:
        vals = _str(_real(col.values))
        assert len(vals) >= 60 and _misses(vals, iban.is_valid) == 0, col.name
    prefixes = {(t.name, c.name): _str(_real(c.values))[0][:2] for t in built for c in t.columns if c.kind == "iban"}
    assert prefixes == {(FR, "iban_remboursement"): "FR", (NL, "iban"): "NL", (TR, "iade_iban"): "TR"}
    banks = [c for c in _columns(built) if "bank_account" in c.tags]
    assert {c.name for c in banks} == {"col15"} and all(c.kind == "unclassified" for c in banks)


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
    CA: "CA",
    AU: "AU",
    IE: "IE",
    COBOL: "US",
    STG: "MY",
    IN: "IN",
    FR: "FR",
    MX: "MX",
    NL: "NL",
    TR: "TR",
    RU: "RU",
    JA: "JP",
    IT: "IT",
}


def test_when_a_column_is_labeled_phone_then_every_number_is_valid_for_its_region(built) -> None:
    phones = [(t, c) for t in built for c in t.columns if c.kind == "phone"]
    assert len(phones) >= 18 and {t.name for t, _ in phones} == set(PHONE_REGIONS)
    for table, col in phones:
        region = PHONE_REGIONS[table.name]
        vals = _str(_real(col.values))
        assert len(vals) >= 40, f"{table.name}.{col.name}"
        assert _misses(vals, lambda x, r=region: _phone_valid(x, r)) == 0, f"{table.name}.{col.name}"
        assert (
            _misses(vals, lambda x, r=region: phonenumbers.region_code_for_number(phonenumbers.parse(x, r)) == r) == 0
        ), f"{table.name}.{col.name}"


def test_when_a_business_phone_is_built_then_it_is_valid_and_none(built) -> None:
    for table, name in ((AU, "ParishPhone"), (IE, "gp_surg_ph"), (JA, "basu_gaisha_denwa")):
        col = _column(built, table, name)
        vals = _str(col.values)
        assert col.kind == "none" and "business" in col.tags, name
        assert vals and _misses(vals, lambda x, r=PHONE_REGIONS[table]: _phone_valid(x, r)) == 0, name


def test_when_a_business_column_is_built_then_it_holds_no_private_value_of_its_table(built) -> None:
    for table in built:
        private = {str(x).strip() for c in table.columns if c.kind != "none" for x in _real(c.values)}
        for col in (c for c in table.columns if "business" in c.tags):
            assert _misses(_str(_real(col.values)), lambda x, p=private: x not in p) == 0, col.name


def test_when_a_dutch_address_is_built_then_its_postcode_is_valid_and_the_family_name_split(built) -> None:
    codes = _values(built, NL, "postcode")
    assert len(codes) >= 200 and _misses(codes, postcode.is_valid) == 0
    prefixes = [str(x) for x in _values(built, NL, "tussenvoegsel")]
    assert len(prefixes) >= 60 and _misses(prefixes, lambda x: x in {"van", "de", "van der", "ten", "van 't",
                                                                       "van den"}) == 0
    initials = _values(built, NL, "voorletters")
    assert _misses(initials, lambda x: bool(re.fullmatch(r"([A-Z]\.)+", str(x)))) == 0


def test_when_the_russian_table_is_built_then_its_names_and_values_are_cyrillic(built) -> None:
    ru = heldout_support.table(built, RU)
    assert re.search("[\u0400-\u04ff]", ru.name) and all(re.search("[\u0400-\u04ff]", c.name) for c in ru.columns)
    three = r"[\u0400-\u04ff]+ [\u0400-\u04ff]+ [\u0400-\u04ff]+"
    contact = _values(built, RU, "контактное_лицо")
    assert len(contact) >= 200 and _misses(contact, lambda x: bool(re.fullmatch(three, str(x)))) == 0
    for name in ("фамилия", "имя", "отчество", "город"):
        vals = _values(built, RU, name)
        assert _misses(vals, lambda x: bool(re.fullmatch(r"[\u0400-\u04ff -]+", str(x)))) == 0, name


def test_when_the_japanese_table_is_built_then_its_names_are_romanized_and_its_values_kanji_and_kana(built) -> None:
    ja = heldout_support.table(built, JA)
    assert all(re.fullmatch(r"[a-z_0-9]+", c.name) for c in ja.columns)
    kana = _values(built, JA, "shimei_kana")
    assert _misses(kana, lambda x: all("\u30a0" <= ch <= "\u30ff" or ch == " " for ch in str(x))) == 0
    names = _values(built, JA, "shimei")
    assert _misses(names, lambda x: bool(re.fullmatch(r"[\u4e00-\u9fff]+ [\u4e00-\u9fff]+", str(x)))) == 0


def test_when_an_opaque_staging_table_is_built_then_every_column_is_colnn(built) -> None:
    table = heldout_support.table(built, STG)
    assert [c.name for c in table.columns] == [f"col{i:02d}" for i in range(1, 21)]
    assert all("opaque" in c.tags for c in table.columns)


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
    assert sum(x == 0 for x in _column(built, COBOL, "CLT-SSN").values) >= 10


def test_when_the_scorer_builds_set_v163_then_the_file_holds_every_table_with_its_rows(scored_file) -> None:
    built, path = scored_file
    with duckdb.connect(str(path), read_only=True) as con:
        for table in built:
            schema, name = table.name.split(".", 1)
            count = con.execute(f'SELECT count(*) FROM "{schema}"."{name}"').fetchone()[0]
            assert count == len(table.columns[0].values), table.name
    assert heldout_v163.summary(built).startswith("14 tables")
    assert heldout_v2_accuracy.SETS["v163"].DEFAULT_PATH == Path("/tmp/heldout_v163.duckdb")
