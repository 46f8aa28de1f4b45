"""Held-out set v155: its size, languages, naming styles, labels, row counts, NULL and NULL-word shares, staff and
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
from datetime import date, datetime
from pathlib import Path

import duckdb
import phonenumbers
from stdnum import iban, luhn
from stdnum.au import abn, tfn
from stdnum.be import eid, nn
from stdnum.be import vat as be_vat
from stdnum.ca import sin
from stdnum.ee import ik
from stdnum.gr import amka
from stdnum.gr import vat as afm
from stdnum.ie import pps
from stdnum.it import codicefiscale, iva
from stdnum.my import nric
from stdnum.pl import nip, pesel
from stdnum.pt import cc, nif
from stdnum.tr import tckimlik, vkn
from stdnum.us import rtn, ssn

REPO = Path(__file__).resolve().parents[1]
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

from benchmarks.classification import heldout_v2_accuracy, heldout_v155
from benchmarks.classification import heldout_v155_values as values
from governance_dagster.kinds import Kind
from tests import heldout_support
from tests.heldout_support import column as _column
from tests.heldout_support import columns as _columns
from tests.heldout_support import misses as _misses
from tests.heldout_support import null_share as _null_share

LANGUAGES = {"en", "it", "fr", "nl", "pl", "tr", "el", "pt"}
PERSON_KINDS = {"person_name", "first_name", "last_name"}

scored_file, built = heldout_support.set_fixtures("v155")
_cells = heldout_support.Cells(heldout_v155.NULLISH)
_nullish, _real, _values = _cells.nullish, _cells.real, _cells.values

IE, AU, GB, CA = (
    "idvantage_ie.doc_verification_sessions",
    "cellardoorDirect.ageChecks",
    "SignBridge.EnvelopeSigners",
    "vidnotary_yyc.vid_call_sess",
)
COBOL, STG, EE = "ADRVRFY.LETTER_EXTRACT", "stg_kl_ekyc.src_mykad_verif_raw", "walletly_tll.wallet_onboarding_json"
IT, FR, NL, PL = (
    "ra_lecce.certificati_firma_qualificata",
    "jeux_liege.verifications_joueurs",
    "tekenplatform_gent.enveloppen_ondertekenaars",
    "wideoweryfikacja_wroclaw.sesje_wideo",
)
TR, GR, PT = (
    "eimza_ankara.sertifika_basvurulari",
    "ηλεκτρονικό_χρήμα_θεσ.απομακρυσμένη_ταυτοποίηση",
    "banco_digital_porto.cartas_verificacao_morada",
)


def _str(values: list) -> list[str]:
    return [str(x).strip() for x in values if x not in (0, None)]


def _digits(text: str) -> str:
    return "".join(ch for ch in text if ch.isdigit())


def test_when_two_small_tables_are_built_again_then_every_value_is_the_same(built) -> None:
    assert heldout_support.rebuilt_differently(heldout_v155, built) == []


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
        "partial",
        "multi_document",
        "prefixed",
        "username",
        "bank_account",
        "check_digit",
        "device",
        "biometric_result",
        "product",
    } <= tags
    assert {k.value for k in Kind} == {c.kind for c in columns}
    personal = sum(c.kind != "none" for c in columns)
    assert 0.5 <= personal / len(columns) <= 0.75


def test_when_labels_are_asked_for_then_they_match_every_column(built) -> None:
    labels = heldout_v155.labels(built)
    assert set(labels) == {t.name for t in built}
    assert sum(len(cols) for cols in labels.values()) == sum(len(t.columns) for t in built)
    assert all(labels[t.name][c.name] == c.kind for t in built for c in t.columns)


def test_when_a_column_is_tagged_then_its_label_follows_the_conventions(built) -> None:
    for col in _columns(built):
        if col.tags & {"business", "decoy", "join_key", "custom_plain", "check_digit", "device", "biometric_result"}:
            assert col.kind == "none", col.name
        if col.tags & {"product", "partial"}:
            assert col.kind == "none", col.name
        if col.kind == "none":
            assert col.tags & {"business", "decoy"}, col.name
        if col.tags & {"custom_field"}:
            assert col.kind == "free_text", col.name
        if col.tags & {"multi_document", "prefixed"}:
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
    assert len(staff) == 14
    assert {
        "reviewer",
        "csAgent",
        "SenderName",
        "ntry_nm",
        "AVL-CLERK",
        "col19",
        "support.agent",
        "operatore_rao",
        "agent_conformite",
        "afzender_medewerker",
        "konsultant",
        "kayit_personeli",
        "υπάλληλος_ελέγχου",
        "gestor",
    } == {c.name for c in staff}
    for col in staff:
        assert col.kind in PERSON_KINDS and 2 <= len(set(_real(col.values))) <= 8, col.name


def test_when_a_role_word_holds_people_then_it_is_personal(built) -> None:
    role = [c for c in _columns(built) if "role_word" in c.tags]
    assert len(role) >= 10 and all(c.kind != "none" for c in role)
    assert {
        "giftRecipientName",
        "WitnessName",
        "WitnessAddress",
        "wit_nm",
        "volmachtdrager",
        "imie_ojca",
        "imie_matki",
        "baba_adi",
        "anne_adi",
        "titular_conjunto",
    } <= {c.name for c in role}


def test_when_a_custom_field_is_built_then_it_mixes_phones_emails_and_names(built) -> None:
    custom = [c for c in _columns(built) if "custom_field" in c.tags]
    assert len(custom) >= 8
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
    (IE, "ppsn", pps.is_valid),
    (CA, "cli_sin", sin.is_valid),
    (COBOL, "SUBJ-SSN", lambda x: ssn.is_valid(f"{int(x):09d}")),
    (STG, "col03", nric.is_valid),
    (EE, "holder.personal_code", ik.is_valid),
    (IT, "codice_fiscale", codicefiscale.is_valid),
    (IT, "serial_number_soggetto", lambda x: x.startswith("TINIT-") and codicefiscale.is_valid(x[6:])),
    (FR, "numero_national", nn.is_valid),
    (FR, "numero_carte_eid", eid.is_valid),
    (NL, "rijksregisternummer", nn.is_valid),
    (PL, "pesel", pesel.is_valid),
    (PL, "seria_numer_dowodu", values.pl_id_card_valid),
    (TR, "tc_kimlik_no", tckimlik.is_valid),
    (GR, "αμκα", amka.is_valid),
    (GR, "αφμ", afm.is_valid),
    (PT, "nif", nif.is_valid),
    (PT, "numero_cc", cc.is_valid),
]


def test_when_an_identifier_column_is_built_then_every_value_passes_its_checksum(built) -> None:
    for table, name, check in CHECKED:
        vals = _str(_values(built, table, name))
        assert len(vals) >= 40 and _misses(vals, check) == 0, name
        assert _column(built, table, name).kind in {"ssn", "national_id"}, name
    for table, name in ((IE, "ppsn"), (CA, "cli_sin"), (COBOL, "SUBJ-SSN"), (GB, "NiNumber"), (GR, "αμκα")):
        assert _column(built, table, name).kind == "ssn", name


def test_when_an_identifier_has_no_public_check_then_it_has_its_documented_shape(built) -> None:
    shapes = [
        (IE, "document_number", r"[A-Z]{2}\d{7}|\d{9}|[A-Z]{3}\d{6}"),
        (AU, "idDocumentNumber", r"[A-Z]\d{5}|\d{6}|(PA|PB|RA)\d{7}|[2-6]\d{9}"),
        (GB, "NiNumber", r"[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z] ?\d\d ?\d\d ?\d\d ?[A-D]"),
        (CA, "id_no", r"[A-Z]{2}\d{6}|\d{7}|\d{6}-\d{3}"),
        (EE, "pid.document_number", r"(AB|AC|AS|BE)\d{7}"),
        (IT, "numero_documento", r"Y[ABC]\d{7}|LE\d{7}[A-Z]|CA\d{5}[A-Z]{2}"),
        (GR, "αριθμός_ταυτότητας", r"[ΑΒΕΖΗΙΚΜΝΟΡΤΥΧ]{2}[ -]?\d{6}"),
    ]
    for table, name, shape in shapes:
        vals = _str(_values(built, table, name))
        assert len(vals) >= 40 and _misses(vals, lambda x, s=shape: re.fullmatch(s, x)) == 0, name
        assert _column(built, table, name).kind in {"ssn", "national_id"}, name
    medicare = [x for x in _str(_values(built, AU, "idDocumentNumber")) if len(x) == 10]
    assert len(medicare) >= 20 and _misses(medicare, values.medicare_valid) == 0


def _pairs(built, table: str, number: str, birth: str) -> list[tuple[str, str]]:
    rows = zip(_column(built, table, number).values, _column(built, table, birth).values, strict=True)
    return [(str(n), str(d)) for n, d in rows if n is not None and d is not None]


def test_when_a_national_id_encodes_a_birth_date_then_it_is_the_rows(built) -> None:
    def ddmmyy(text: str, fmt: str) -> str:
        return datetime.strptime(text, fmt).strftime("%d%m%y")

    checks = [
        (STG, "col03", "col04", lambda n, d: nric.get_birth_date(n).strftime("%d%m%y") == ddmmyy(d, "%d/%m/%Y")),
        (EE, "holder.personal_code", "holder.birth_date", lambda n, d: ik.get_birth_date(n) == date.fromisoformat(d)),
        (
            IT,
            "codice_fiscale",
            "data_nascita",
            lambda n, d: codicefiscale.get_birth_date(n).strftime("%d%m%y") == ddmmyy(d, "%d/%m/%Y"),
        ),
        (
            FR,
            "numero_national",
            "date_naissance",
            lambda n, d: nn.get_birth_date(n) == datetime.strptime(d, "%d/%m/%Y").date(),
        ),
        (
            NL,
            "rijksregisternummer",
            "geboortedatum",
            lambda n, d: nn.get_birth_date(n) == datetime.strptime(d, "%d-%m-%Y").date(),
        ),
        (
            PL,
            "pesel",
            "data_urodzenia",
            lambda n, d: pesel.get_birth_date(n) == datetime.strptime(d, "%d.%m.%Y").date(),
        ),
        (GR, "αμκα", "ημερομηνία_γέννησης", lambda n, d: n[:6] == ddmmyy(d, "%d/%m/%Y")),
    ]
    for table, number, birth, ok in checks:
        pairs = _pairs(built, table, number, birth)
        assert len(pairs) >= 150 and _misses(pairs, lambda r, f=ok: f(*r)) == 0, number
    rows = zip(_column(built, IT, "codice_fiscale").values, _column(built, IT, "serial_number_soggetto").values)
    assert _misses(list(rows), lambda r: r[1] == f"TINIT-{r[0]}") == 0


def test_when_a_date_of_birth_is_numeric_text_or_split_then_it_decodes_to_a_real_date(built) -> None:
    ymd = [x for x in _column(built, COBOL, "SUBJ-DOB").values if x]
    assert len(ymd) >= 300 and _misses(ymd, lambda x: 1940 <= date(x // 10_000, x // 100 % 100, x % 100).year) == 0
    assert sum(x == 0 for x in _column(built, COBOL, "SUBJ-DOB").values) >= 5
    for table, name, fmt in (
        (AU, "customerDob", "%d/%m/%Y"),
        (CA, "cli_dob", "%d-%b-%Y"),
        (STG, "col04", "%d/%m/%Y"),
        (EE, "holder.birth_date", "%Y-%m-%d"),
        (IT, "data_nascita", "%d/%m/%Y"),
        (FR, "date_naissance", "%d/%m/%Y"),
        (NL, "geboortedatum", "%d-%m-%Y"),
        (PL, "data_urodzenia", "%d.%m.%Y"),
        (TR, "dogum_tarihi", "%d.%m.%Y"),
        (GR, "ημερομηνία_γέννησης", "%d/%m/%Y"),
    ):
        vals = _values(built, table, name)
        assert len(vals) >= 200 and _misses(vals, lambda x, f=fmt: 1940 <= datetime.strptime(x, f).year <= 2007) == 0
    parts = zip(*(_column(built, PT, f"{n}_nascimento").values for n in ("ano", "mes", "dia")), strict=True)
    assert _misses(list(parts), lambda p: 1945 <= date(*p).year <= 2006) == 0
    for table in (IE, GB):
        assert {c.sql_type for c in heldout_support.table(built, table).columns if c.kind == "date_of_birth"} == {
            "DATE"
        }


def test_when_a_decoy_is_shaped_like_an_identifier_then_it_fails_its_check(built) -> None:
    for table, name, check, size in (
        (IE, "client_reference", pps.is_valid, 7),
        (AU, "orderNumber", tfn.is_valid, 9),
        (CA, "sess_ref", sin.is_valid, 9),
        (COBOL, "AVL-CASE-NO", ssn.is_valid, 9),
        (STG, "col16", nric.is_valid, 12),
        (EE, "onboarding.reference", ik.is_valid, 11),
        (IT, "codice_richiesta", codicefiscale.is_valid, 7),
        (FR, "numero_dossier", nn.is_valid, 11),
        (PL, "numer_wniosku", pesel.is_valid, 11),
        (TR, "basvuru_no", tckimlik.is_valid, 11),
        (GR, "αριθμός_αίτησης", amka.is_valid, 11),
        (PT, "numero_processo", nif.is_valid, 9),
    ):
        vals = _str(_values(built, table, name))
        assert len(vals) >= 200 and _misses(vals, lambda x, f=check, n=size: len(_digits(x)) == n and not f(x)) == 0
        assert _column(built, table, name).kind == "none", name
    shaped = [c for c in _columns(built) if "value_shape" in c.tags]
    assert len(shaped) >= 20 and all(c.kind == "none" for c in shaped)


def test_when_a_business_number_has_a_check_digit_then_it_passes_and_is_none(built) -> None:
    for table, name, check in (
        (AU, "fulfilmentPartnerAbn", abn.is_valid),
        (COBOL, "CLIENT-ABA", rtn.is_valid),
        (IT, "partita_iva_convenzionato", iva.is_valid),
        (NL, "afzender_ondernemingsnummer", be_vat.is_valid),
        (PL, "nip_pracodawcy", nip.is_valid),
        (TR, "kurum_vergi_no", vkn.is_valid),
    ):
        vals = _str(_values(built, table, name))
        assert len(vals) >= 150 and _misses(vals, check) == 0, name
        assert _column(built, table, name).kind == "none", name


def test_when_a_card_column_is_built_then_every_number_passes_luhn(built) -> None:
    cards = [c for c in _columns(built) if c.kind == "credit_card"]
    assert {c.name for c in cards} == {"paymentCardNumber"}
    for col in cards:
        vals = [_digits(x) for x in _str(_real(col.values))]
        assert len(vals) >= 40 and _misses(vals, lambda x: len(x) == 16 and luhn.is_valid(x)) == 0, col.name


def test_when_an_iban_or_bank_account_column_is_built_then_every_value_passes_its_check(built) -> None:
    ibans = [(t, c) for t in built for c in t.columns if c.kind == "iban"]
    assert {t.name for t, _ in ibans} == {FR, PL, GR, PT}
    for _, col in ibans:
        vals = _str(_real(col.values))
        assert len(vals) >= 200 and _misses(vals, iban.is_valid) == 0, col.name
    banks = [c for c in _columns(built) if "bank_account" in c.tags]
    assert len(banks) >= 1 and all(c.kind == "unclassified" for c in banks)


def test_when_a_column_is_labeled_ip_address_then_every_value_is_an_ip(built) -> None:
    ips = [c for c in _columns(built) if c.kind == "ip_address"]
    assert len(ips) >= 8
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
    IE: "IE",
    AU: "AU",
    GB: "GB",
    CA: "CA",
    COBOL: "US",
    STG: "MY",
    EE: "EE",
    IT: "IT",
    FR: "BE",
    NL: "BE",
    PL: "PL",
    TR: "TR",
    GR: "GR",
    PT: "PT",
}


def test_when_a_column_is_labeled_phone_then_every_number_is_valid_for_its_region(built) -> None:
    phones = [(t, c) for t in built for c in t.columns if c.kind == "phone"]
    assert len(phones) >= 14 and {t.name for t, _ in phones} == set(PHONE_REGIONS)
    for table, col in phones:
        region = PHONE_REGIONS[table.name]
        vals = _str(_real(col.values))
        assert len(vals) >= 150, f"{table.name}.{col.name}"
        assert _misses(vals, lambda x, r=region: _phone_valid(x, r)) == 0, f"{table.name}.{col.name}"
        assert (
            _misses(vals, lambda x, r=region: phonenumbers.region_code_for_number(phonenumbers.parse(x, r)) == r) == 0
        ), f"{table.name}.{col.name}"


def test_when_a_business_phone_is_built_then_it_is_valid_and_none(built) -> None:
    col = _column(built, TR, "kurum_telefonu")
    vals = _str(col.values)
    assert col.kind == "none" and "business" in col.tags
    assert len(vals) >= 150 and _misses(vals, lambda x: _phone_valid(x, "TR")) == 0


def test_when_a_business_column_is_built_then_it_holds_no_private_value_of_its_table(built) -> None:
    for table in built:
        private = {str(x).strip() for c in table.columns if c.kind != "none" for x in _real(c.values)}
        for col in (c for c in table.columns if "business" in c.tags):
            assert _misses(_str(_real(col.values)), lambda x, p=private: x not in p) == 0, col.name


def test_when_the_greek_table_is_built_then_its_script_occurs(built) -> None:
    gr = heldout_support.table(built, GR)
    greek = "[\u0370-\u03ff]"
    latin = ("email", "iban")
    assert re.search(greek, gr.name) and all(re.search(greek, c.name) for c in gr.columns if c.name not in latin)
    for name in ("επώνυμο", "όνομα", "πατρώνυμο", "διεύθυνση", "πόλη"):
        vals = _values(built, GR, name)
        assert len(vals) >= 200 and _misses(vals, lambda x: bool(re.search(greek, str(x)))) == 0, name


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
    assert sum(x == 0 for x in _column(built, COBOL, "SUBJ-SSN").values) >= 10


def test_when_the_scorer_builds_set_v155_then_the_file_holds_every_table_with_its_rows(scored_file) -> None:
    built, path = scored_file
    with duckdb.connect(str(path), read_only=True) as con:
        for table in built:
            schema, name = table.name.split(".", 1)
            count = con.execute(f'SELECT count(*) FROM "{schema}"."{name}"').fetchone()[0]
            assert count == len(table.columns[0].values), table.name
    assert heldout_v155.summary(built).startswith("14 tables")
    assert heldout_v2_accuracy.SETS["v155"].DEFAULT_PATH == Path("/tmp/heldout_v155.duckdb")
