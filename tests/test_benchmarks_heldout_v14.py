"""Held-out set v14: its size, domains, languages, labels, row counts, NULL, NULL-word and empty-string shares, new
shapes (identifiers of several countries in one column, a Pix key column of several kinds, phones with odd separators,
dates of birth split into integers or written as one integer, a deceased person's data, a staging export named
``c01``..``c30``), value-shaped decoys and identifiers are the ones asked for, and it is the same on every build (values
are only counted or checked here, never printed).

The set is generated and written once for the module (the scorer's own ``build``); every test reads that build.
NULL-like strings are part of the set's dirt: identifier checks skip them and strip padding."""

from __future__ import annotations

import ast
import re
import sys
from collections import Counter
from collections.abc import Callable
from datetime import date
from pathlib import Path

import duckdb
import phonenumbers
import pytest
from stdnum import iban, luhn
from stdnum.ar import cuit
from stdnum.br import cnpj, cpf
from stdnum.cl import rut
from stdnum.cr import cpf as cr_cpf
from stdnum.cz import dic as cz_dic
from stdnum.cz import rc as cz_rc
from stdnum.dk import cpr
from stdnum.es import dni, nie
from stdnum.fi import hetu, ytunnus
from stdnum.fr import siret
from stdnum.gr import amka
from stdnum.hu import anum
from stdnum.is_ import kennitala
from stdnum.it import codicefiscale
from stdnum.mx import rfc
from stdnum.no import fodselsnummer
from stdnum.pe import cui
from stdnum.pl import pesel
from stdnum.se import orgnr, personnummer
from stdnum.tr import tckimlik
from stdnum.ua import rntrc

REPO = Path(__file__).resolve().parents[1]
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

from benchmarks.classification import heldout_v2_accuracy, heldout_v14, heldout_v14_values
from governance_dagster.kinds import Kind
from tests import heldout_support
from tests.heldout_support import column as _column
from tests.heldout_support import columns as _columns
from tests.heldout_support import hits as _hits
from tests.heldout_support import misses as _misses
from tests.heldout_support import null_share as _null_share
from tests.heldout_support import table as _table

#: the languages asked for (romanized Japanese as ja-Latn, Cyrillic as ru, Greek as el), Norwegian, Finnish, Hungarian
LANGUAGES = {"en", "de", "fr", "es", "it", "pt", "nl", "pl", "sv", "da", "cs", "tr", "ja-Latn", "ja", "ru", "el", "no",
             "fi", "hu"}

#: every table of the set: domains no earlier set (v2 to v13) used
TABLES = {
    "ink.consent_forms", "stg.escape_bookings_raw", "roeivereniging.ledenAdministratie", "sprachkurs.tn_liste",
    "coworking.membrosPlanos", "cortica.lotes_armazem", "ortodonzia.RichiamiPazienti", "lassmed.nyckelkopior",
    "veto.visites_elevage", "cmentarz.ewid_grobow", "TRAD.PROV_FREELANCE", "sklady.najemni_smlouvy",
    "isitme.CihazTeslimleri", "PIANO_KYOSHITSU.SEITO_MEIBO", "写真館.撮影予約", "кемпинг.регистрация_гостей",
    "σχολή_χορού.εγγραφές", "vinterbad.medlemmer", "ferje.avganger", "palinka.berfozetes_megrendelok",
    "lumityot.asiakkaat",
}

Built = list[heldout_v14.Table]


scored_file, built = heldout_support.set_fixtures("v14")
_cells = heldout_support.Cells(heldout_v14.NULLISH)
_nullish, _real, _values = _cells.nullish, _cells.real, _cells.values


def test_when_two_small_tables_are_built_again_then_every_value_is_the_same(built) -> None:
    assert heldout_support.rebuilt_differently(heldout_v14, built) == []


def test_when_the_set_is_built_then_it_has_the_size_languages_and_labels_asked_for(built) -> None:
    columns = _columns(built)
    assert len(built) >= 16 and len(columns) >= 400
    assert 0.38 <= sum(c.kind != "none" for c in columns) / len(columns) <= 0.45
    assert {t.name for t in built} == TABLES and len(built) == len(TABLES)
    assert all(len({c.name.lower() for c in t.columns}) == len(t.columns) for t in built)
    assert LANGUAGES <= {t.language_of(c) for t in built for c in t.columns}
    assert {c.kind for c in columns} <= {k.value for k in Kind}
    assert {k.value for k in Kind} - {"none", "unclassified"} <= {c.kind for c in columns}
    assert heldout_v14.USERNAME in {c.kind for c in columns}
    tags = {tag for c in columns for tag in c.tags}
    assert {"decoy", "business", "null_heavy", "nullword_heavy", "empty_strings", "abbrev", "opaque", "username",
            "qualified", "vehicle", "value_shape", "misleading", "licence", "surname_first", "mixed_party",
            "padded_case", "split_address", "mixed", "multi_country", "odd_format", "split_dob", "int_dob",
            "deceased"} <= tags
    assert {"screaming", "snake", "snake+abbrev", "snake+prefix", "pascal", "camel", "native", "generic"} <= {
        t.style for t in built}


def test_when_labels_are_asked_for_then_they_match_every_column(built) -> None:
    labels = heldout_v14.labels(built)
    assert set(labels) == {t.name for t in built}
    assert sum(len(cols) for cols in labels.values()) == sum(len(t.columns) for t in built)


def test_when_a_column_is_tagged_business_decoy_or_vehicle_then_it_is_labeled_none(built) -> None:
    for column in (c for c in _columns(built) if c.tags & {"business", "decoy", "vehicle"}):
        assert column.kind == "none", column.name
    for column in (c for c in _columns(built) if c.kind == "none"):
        assert column.tags & {"business", "decoy"}, column.name
    for column in (c for c in _columns(built) if c.tags & {"username", "mixed"}):
        assert column.kind == "unclassified", column.name
    for column in (c for c in _columns(built) if c.tags & {"licence", "multi_country"}):
        assert column.kind in {"national_id", "none"}, column.name
    assert sum("business" in c.tags for c in _columns(built)) >= 25
    # tables of decoys and business data only
    for name in ("cortica.lotes_armazem", "ferje.avganger"):
        assert all(c.kind == "none" for c in _table(built, name).columns), name


def test_when_the_set_is_built_then_every_table_has_200_to_2000_rows_in_every_column(built) -> None:
    for table in built:
        lengths = {len(c.values) for c in table.columns}
        assert len(lengths) == 1 and 200 <= lengths.pop() <= 2_000, table.name


def test_when_a_column_is_tagged_null_heavy_then_70_to_95_percent_of_it_is_null(built) -> None:
    heavy = [c for c in _columns(built) if "null_heavy" in c.tags]
    personal = [c for c in heavy if c.kind != "none"]
    assert len(personal) >= 20
    for column in heavy:
        assert 0.70 <= _null_share(column) <= (0.95 if column.kind != "none" else 0.99), column.name
    assert {c.kind for c in personal} >= {"person_name", "first_name", "national_id", "free_text", "credit_card",
                                          "iban"}


def test_when_a_column_is_tagged_nullword_heavy_then_70_to_95_percent_of_it_is_null_words(built) -> None:
    heavy = [c for c in _columns(built) if "nullword_heavy" in c.tags]
    assert len(heavy) >= 6 and all(c.kind != "none" for c in heavy)
    for column in heavy:
        empty = sum(_nullish(x) for x in column.values) / len(column.values)
        assert 0.70 <= empty <= 0.95 and _null_share(column) <= 0.30, column.name
        words = {x.strip() for x in column.values if isinstance(x, str) and _nullish(x)}
        assert "" in words and len(words) >= 2, column.name
    assert {c.kind for c in heavy} >= {"email", "free_text"}


def test_when_a_column_is_tagged_empty_strings_then_70_to_95_percent_of_it_is_empty_and_none_of_it_null(
        built) -> None:
    empty = [c for c in _columns(built) if "empty_strings" in c.tags]
    assert len(empty) >= 4 and all(c.kind != "none" for c in empty)
    for column in empty:
        share = sum(x == "" for x in column.values) / len(column.values)
        assert 0.70 <= share <= 0.95 and _null_share(column) == 0, column.name
    assert {c.kind for c in empty} >= {"phone", "email", "person_name", "free_text"}


def test_when_a_column_is_not_tagged_null_heavy_then_at_most_30_percent_of_it_is_null(built) -> None:
    for column in (c for c in _columns(built) if "null_heavy" not in c.tags):
        assert _null_share(column) <= 0.30, column.name


def _ok(value: object, *checks: Callable[[str], bool]) -> bool:
    text = str(value)
    return any(check(text) for check in checks)


def _is_date(dmy: object) -> bool:
    """Whether a (day, month, year) triple is a calendar date (never raises, so a failure prints no value)."""
    try:
        day, month, year = dmy  # type: ignore[misc]
        return date(int(year), int(month), int(day)) <= date(2025, 12, 31)
    except (TypeError, ValueError):
        return False


def test_when_the_set_is_built_then_it_has_the_new_shapes(built) -> None:
    # a staging export whose columns lost their names
    sheet = _table(built, "stg.escape_bookings_raw")
    assert [c.name for c in sheet.columns] == [f"c{i:02d}" for i in range(1, 31)]
    assert all("opaque" in c.tags for c in sheet.columns) and 10 <= sum(c.kind != "none" for c in sheet.columns) <= 14
    # identifiers of several countries in one column: every value passes one country's check, several countries seen
    ids = _values(built, "lassmed.nyckelkopior", "legitimation")
    assert _misses(ids, lambda x: _ok(x, personnummer.is_valid, fodselsnummer.is_valid)) == 0
    assert _hits(ids, lambda x: fodselsnummer.is_valid(str(x))) >= 10
    assert _hits(ids, lambda x: personnummer.is_valid(str(x))) >= 200
    tax = _values(built, "TRAD.PROV_FREELANCE", "ID_FISCAL")
    checks = (dni.is_valid, nie.is_valid, rfc.is_valid, cuit.is_valid, rut.is_valid, cr_cpf.is_valid, cui.is_valid)
    assert _misses(tax, lambda x: _ok(x, *checks)) == 0
    assert all(_hits(tax, lambda x, k=k: k(str(x))) >= 5 for k in checks)
    # a Pix key: a CPF, an e-mail, a phone or a random key by row
    pix = [str(x) for x in _values(built, "coworking.membrosPlanos", "chavePix")]
    shapes = Counter("cpf" if cpf.is_valid(x) else "email" if "@" in x else "phone" if x.startswith("+55") else
                     "uuid" if re.fullmatch(r"[0-9a-f-]{36}", x) else "other" for x in pix)
    assert shapes["other"] == 0 and min(shapes[k] for k in ("cpf", "email", "phone", "uuid")) >= 20
    # a date of birth split into integers, beside the last visit split the same way
    ortho = "ortodonzia.RichiamiPazienti"
    parts = [_column(built, ortho, n).values for n in ("GiornoNascita", "MeseNascita", "AnnoNascita")]
    assert all(_column(built, ortho, n).sql_type == "INTEGER" for n in ("GiornoNascita", "GiornoUltimaVisita"))
    assert _misses(list(zip(*parts)), _is_date) == 0
    # a date of birth as an integer yyyymmdd, beside other dates in the same form
    for table, column, other in (("TRAD.PROV_FREELANCE", "F_NAC", "F_ALTA"),
                                 ("PIANO_KYOSHITSU.SEITO_MEIBO", "SEINENGAPPI", "NYUKAI_BI")):
        for name in (column, other):
            values = _values(built, table, name)
            assert _column(built, table, name).sql_type == "INTEGER" and _misses(
                values, lambda x: 19_000_101 <= int(str(x)) <= 20_261_231) == 0, name
    # the dead: name, PESEL and date of birth labeled as a living person's
    deceased = [c for c in _columns(built) if "deceased" in c.tags]
    assert {c.kind for c in deceased} == {"last_name", "first_name", "national_id", "date_of_birth"}
    # private and business tenants in one table: the mixed columns follow the tenant's type
    storage = "sklady.najemni_smlouvy"
    kinds = _column(built, storage, "src_crm_typ").values
    assert 0.08 <= kinds.count("PO") / len(kinds) <= 0.30
    firms = {f[0] for f in heldout_v14._CZ_FIRMS}
    names = _column(built, storage, "src_crm_najemce").values
    assert _hits(list(zip(kinds, names)), lambda kn: (kn[0] == "PO") == (kn[1] in firms)) == len(kinds)
    assert [x is not None for x in _column(built, storage, "stg_ico").values] == [k == "PO" for k in kinds]
    assert len([c for c in _table(built, storage).columns if "mixed_party" in c.tags]) >= 4
    # padded and mixed-case values
    padded = [c for c in _columns(built) if "padded_case" in c.tags]
    assert len(padded) >= 4 and sum(_hits(c.values, lambda x: isinstance(x, str) and x != x.strip())
                                    for c in padded) >= 200
    # names written Surname, Given
    for column in (c for c in _columns(built) if "surname_first" in c.tags):
        assert _misses(_real(column.values), lambda x: re.fullmatch(r"[^\W\d_]+, [^\W\d_]+", str(x))) == 0
    # misleading names over personal values, and personal-looking names over other values
    misleading = [c for c in _columns(built) if "misleading" in c.tags]
    assert sum(c.kind != "none" for c in misleading) >= 4 and sum(c.kind == "none" for c in misleading) >= 6


def _shape(column: heldout_v14.Column) -> str:
    counts = Counter(re.sub(r"[A-Z]", "A", re.sub(r"\d", "9", str(x))) for x in _real(column.values)[:300])
    return counts.most_common(1)[0][0] if counts else ""


def test_when_a_date_of_birth_is_stored_then_a_decoy_date_beside_it_often_has_the_same_shape(built) -> None:
    same_shape = 0
    for table in built:
        births = [c for c in table.columns if c.kind == "date_of_birth"]
        others = [c for c in table.columns if c.kind == "none" and c.sql_type != "BOOLEAN"]
        same_shape += any(_shape(b) == _shape(o) and b.sql_type == o.sql_type and "9" in _shape(b)
                          for b in births for o in others)
    assert same_shape >= 10
    births = [c for c in _columns(built) if c.kind == "date_of_birth"]
    assert {"DATE", "VARCHAR", "INTEGER"} <= {c.sql_type for c in births}
    layouts = {_shape(c) for c in births if c.sql_type == "VARCHAR"}
    assert {"99.99.9999", "99/99/9999", "99-99-9999", "9999-99-99", "9999.99.99."} <= layouts
    era = _misses(_values(built, "写真館.撮影予約", "被写体生年月日"), lambda x: str(x).startswith(("平成", "令和")))
    assert era == 0


def _hu_taj(value: object) -> bool:
    """The Hungarian TAJ: nine digits, the ninth the sum of the first eight weighted 3, 7, 3, 7 ... modulo 10."""
    digits = re.sub(r"\s", "", str(value))
    return bool(re.fullmatch(r"\d{9}", digits)) and int(digits[8]) == sum(
        int(d) * (3 if i % 2 == 0 else 7) for i, d in enumerate(digits[:8])) % 10


def _hu_tax_id(value: object) -> bool:
    """The Hungarian adóazonosító jel: ``8``, nine digits, a check digit (digits weighted 1 .. 9 modulo 11)."""
    digits = str(value)
    return bool(re.fullmatch(r"8\d{9}", digits)) and int(digits[9]) == sum(
        int(d) * (i + 1) for i, d in enumerate(digits[:9])) % 11


@pytest.mark.parametrize(("table", "column", "is_valid"), [
    ("ink.consent_forms", "card_on_file", lambda v: luhn.is_valid(str(v).replace(" ", ""))),
    ("stg.escape_bookings_raw", "c18", lambda v: luhn.is_valid(str(v).replace(" ", ""))),
    ("roeivereniging.ledenAdministratie", "ibanContributie", iban.is_valid),
    ("sprachkurs.tn_liste", "rnokpp", rntrc.is_valid),
    ("sprachkurs.tn_liste", "iban_fahrtk", iban.is_valid),
    ("coworking.membrosPlanos", "cpf", cpf.is_valid),
    ("coworking.membrosPlanos", "cartaoCredito", lambda v: luhn.is_valid(str(v).replace("-", ""))),
    ("ortodonzia.RichiamiPazienti", "CodiceFiscale", codicefiscale.is_valid),
    ("ortodonzia.RichiamiPazienti", "CfGenitore", codicefiscale.is_valid),
    ("cmentarz.ewid_grobow", "zm_pesel", pesel.is_valid),
    ("cmentarz.ewid_grobow", "dysp_pesel", pesel.is_valid),
    ("TRAD.PROV_FREELANCE", "CTA_BANC", iban.is_valid),
    ("sklady.najemni_smlouvy", "stg_rc", cz_rc.is_valid),
    ("sklady.najemni_smlouvy", "stg_ucet", iban.is_valid),
    ("isitme.CihazTeslimleri", "TcKimlikNo", tckimlik.is_valid),
    ("σχολή_χορού.εγγραφές", "αμκα", amka.is_valid),
    ("σχολή_χορού.εγγραφές", "iban_επιστροφής", iban.is_valid),
    ("vinterbad.medlemmer", "cpr", cpr.is_valid),
    ("vinterbad.medlemmer", "kennitala", kennitala.is_valid),
    ("vinterbad.medlemmer", "iban", iban.is_valid),
    ("palinka.berfozetes_megrendelok", "adoazonosito_jel", lambda v: _hu_tax_id(v)),
    ("palinka.berfozetes_megrendelok", "taj_szam", lambda v: _hu_taj(v)),
    ("lumityot.asiakkaat", "henkilotunnus", hetu.is_valid),
    ("lumityot.asiakkaat", "tilinumero", iban.is_valid),
])
def test_when_an_identifier_column_is_built_then_every_value_passes_its_checksum(
        built, table: str, column: str, is_valid: Callable[[object], bool]) -> None:
    values = _values(built, table, column)
    count, invalid = len(values), _misses(values, is_valid)
    assert count > 0 and invalid == 0
    assert _column(built, table, column).kind in {"national_id", "ssn", "iban", "credit_card"}


def test_when_identifiers_new_to_the_sets_are_built_then_each_kind_of_them_is_there(built) -> None:
    countries = {str(x)[:2] for t, c in (("sprachkurs.tn_liste", "iban_fahrtk"), ("TRAD.PROV_FREELANCE", "CTA_BANC"),
                                          ("σχολή_χορού.εγγραφές", "iban_επιστροφής"), ("vinterbad.medlemmer", "iban"))
                 for x in _values(built, t, c)}
    assert {"UA", "CR", "DO", "CY", "IS", "ES", "GR", "DK", "DE"} <= countries
    cards = [str(x).replace(" ", "").replace("-", "") for t, c in (("ink.consent_forms", "card_on_file"),
                                                                   ("stg.escape_bookings_raw", "c18"),
                                                                   ("coworking.membrosPlanos", "cartaoCredito"))
             for x in _values(built, t, c)]
    leads = {x[:2] for x in cards}
    assert {"34", "37", "60", "65", "67", "36", "38"} & leads and len({len(x) for x in cards}) >= 3


@pytest.mark.parametrize(("table", "column", "is_valid"), [
    ("coworking.membrosPlanos", "cnpjEmpresa", cnpj.is_valid),
    ("lassmed.nyckelkopior", "forening_orgnr", orgnr.is_valid),
    ("veto.visites_elevage", "siret", siret.is_valid),
    ("sklady.najemni_smlouvy", "stg_ico", lambda v: cz_dic.is_valid("CZ" + str(v))),
    ("palinka.berfozetes_megrendelok", "fozde_adoszam", lambda v: anum.is_valid(str(v)[:8])),
    ("lumityot.asiakkaat", "taloyhtio_ytunnus", ytunnus.is_valid),
])
def test_when_a_business_identifier_is_built_then_it_passes_its_checksum_and_is_labeled_none(
        built, table: str, column: str, is_valid: Callable[[object], bool]) -> None:
    column_ = _column(built, table, column)
    values = _real(column_.values)
    assert column_.kind == "none" and "business" in column_.tags
    count, invalid = len(values), _misses(values, is_valid)
    assert count > 0 and invalid == 0


def _phone_valid(text: str, region: str | None) -> bool:
    try:
        return phonenumbers.is_valid_number(phonenumbers.parse(text, region))
    except phonenumbers.NumberParseException:
        return False


def test_when_a_decoy_is_shaped_like_an_identifier_then_it_fails_that_identifiers_check(built) -> None:
    # gift cards shaped like card numbers that fail Luhn
    gifts = _values(built, "stg.escape_bookings_raw", "c17")
    assert gifts and _misses(gifts, lambda x: re.fullmatch(r"\d{16}", str(x))) == 0
    assert _hits(gifts, lambda x: luhn.is_valid(str(x))) == 0
    # protocol numbers written like a CPF, provision numbers shaped like a T.C. kimlik
    protocols = _values(built, "coworking.membrosPlanos", "protocoloAtendimento")
    assert protocols and _misses(protocols, lambda x: re.fullmatch(r"\d{3}\.\d{3}\.\d{3}-\d{2}", str(x))) == 0
    assert _hits(protocols, lambda x: cpf.is_valid(str(x))) == 0
    provisions = _values(built, "isitme.CihazTeslimleri", "ProvizyonNo")
    assert provisions and _misses(provisions, lambda x: re.fullmatch(r"[1-9]\d{10}", str(x))) == 0
    assert _hits(provisions, lambda x: tckimlik.is_valid(str(x))) == 0
    # transport notes and departure numbers written like phone numbers that are no valid numbers
    for table, column, region in (("cortica.lotes_armazem", "guia_transporte", "PT"),
                                  ("ferje.avganger", "avgangsnr", "NO")):
        refs = _values(built, table, column)
        assert refs and _misses(refs, lambda x: re.fullmatch(r"\d{3}( \d{2,3}){2}", str(x))) == 0
        assert _hits(refs, lambda x, r=region: _phone_valid(str(x), r)) == 0
    for table, column in (("stg.escape_bookings_raw", "c17"), ("coworking.membrosPlanos", "protocoloAtendimento"),
                          ("isitme.CihazTeslimleri", "ProvizyonNo"), ("cortica.lotes_armazem", "guia_transporte"),
                          ("ferje.avganger", "avgangsnr")):
        column_ = _column(built, table, column)
        assert column_.kind == "none" and {"decoy", "value_shape"} <= column_.tags, column


def test_when_a_decoy_is_shaped_like_a_personal_value_then_it_is_labeled_none(built) -> None:
    shaped = [c for c in _columns(built) if "value_shape" in c.tags]
    assert len(shaped) >= 25 and all(c.kind == "none" for c in shaped)
    for table, column in (("cortica.lotes_armazem", "ano_plantacao_sobreiros"), ("ferje.avganger", "byggeaar")):
        years = [int(str(y)) for y in _values(built, table, column)]
        assert _column(built, table, column).sql_type == "INTEGER" and min(years) < 2000 < max(years), column
    assert _misses(_values(built, "ink.consent_forms", "card_last4"), lambda x: re.fullmatch(r"\d{4}", str(x))) == 0


#: table -> the regions its phone numbers belong to (parsed in each until one says valid)
PHONE_REGIONS = {
    "ink.consent_forms": ("US",), "stg.escape_bookings_raw": ("GB",), "roeivereniging.ledenAdministratie": ("NL",),
    "sprachkurs.tn_liste": ("DE",), "coworking.membrosPlanos": ("BR",), "ortodonzia.RichiamiPazienti": ("IT",),
    "lassmed.nyckelkopior": ("SE", "NO"), "veto.visites_elevage": ("FR",), "cmentarz.ewid_grobow": ("PL",),
    "TRAD.PROV_FREELANCE": ("ES",), "sklady.najemni_smlouvy": ("CZ", "SK"), "isitme.CihazTeslimleri": ("TR",),
    "PIANO_KYOSHITSU.SEITO_MEIBO": ("JP",), "写真館.撮影予約": ("JP",), "кемпинг.регистрация_гостей": ("RU",),
    "σχολή_χορού.εγγραφές": ("GR", "CY"), "vinterbad.medlemmer": ("DK", "IS"),
    "palinka.berfozetes_megrendelok": ("HU",), "lumityot.asiakkaat": ("FI",),
}


def test_when_a_column_is_labeled_phone_then_every_value_is_a_valid_number(built) -> None:
    phones = [(t, c) for t in built for c in t.columns if c.kind == "phone"]
    assert len(phones) >= 20
    seen: set[str] = set()
    for table, column in phones:
        regions = PHONE_REGIONS[table.name]
        values = [str(x) for x in _real(column.values)]
        assert values and _misses(values, lambda x, rs=regions: any(_phone_valid(x, r) for r in rs)) == 0, \
            f"{table.name}.{column.name}"
        for text in values:
            if text.startswith(("+", "(+")):
                seen.add(phonenumbers.region_code_for_number(phonenumbers.parse(text, None)))
    assert {"SY", "AF", "CO", "CR", "PE", "CL", "KZ", "BY", "CY", "IS", "AR", "MX", "SK", "UA"} <= seen
    odd = [str(x) for c in _columns(built) if "odd_format" in c.tags for x in _real(c.values)]
    assert _hits(odd, lambda x: re.match(r"\+\d+[./]", x) or x.startswith("(+")) >= 50


def test_when_the_value_modules_are_read_then_they_import_no_faker() -> None:
    for module in (heldout_v14, heldout_v14_values):
        tree = ast.parse(Path(module.__file__).read_text(encoding="utf-8"))
        imported = {alias.name.split(".")[0] for node in ast.walk(tree) if isinstance(node, ast.Import)
                    for alias in node.names}
        imported |= {(node.module or "").split(".")[0] for node in ast.walk(tree) if isinstance(node, ast.ImportFrom)}
        assert "faker" not in {name.lower() for name in imported}, module.__name__
        assert "governance_dagster" not in imported, module.__name__


def test_when_the_scorer_builds_set_v14_then_the_file_holds_every_table_with_its_rows(scored_file) -> None:
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
    assert heldout_v14.summary(built).startswith(f"{len(built)} tables")
    assert heldout_v2_accuracy.SETS["v14"].DEFAULT_PATH == Path("/tmp/heldout_v14.duckdb")
