"""Held-out set v34: its size, languages, labels, row counts, NULL and NULL-word shares, abbreviated, opaque and
misleading names, split dates of birth, staff and audit columns, identifiers with check digits (python-stdnum),
phones (phonenumbers) and decoys are the ones asked for, and it is the same on every build (values are only counted
or checked here, never printed).

The set is generated and written once for the module (the scorer's own ``build``); every test reads that build.
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
from stdnum import iban, luhn
from stdnum.ar import cuit
from stdnum.br import cnpj, cpf
from stdnum.cl import rut
from stdnum.co import nit
from stdnum.ec import ci
from stdnum.es import cif, dni, nie, referenciacatastral
from stdnum.it import codicefiscale
from stdnum.mx import curp, rfc
from stdnum.pe import ruc
from stdnum.pt import nif

REPO = Path(__file__).resolve().parents[1]
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

from benchmarks.classification import heldout_v2_accuracy, heldout_v34, heldout_v34_values
from governance_dagster.kinds import Kind
from tests import heldout_support
from tests.heldout_support import column as _column
from tests.heldout_support import columns as _columns
from tests.heldout_support import hits as _hits
from tests.heldout_support import misses as _misses
from tests.heldout_support import null_share as _null_share

LANGUAGES = {"es", "ca", "gl", "pt", "it"}

TABLES = {
    "padro.habitants", "confraria.socios", "mutua_stg.stg_polizas", "farmacia.cartao_cliente",
    "plano_saude.TB_BENEF", "amm_condominio.anagrafica_condomini", "studio_dentistico.pazienti",
    "admision.aspirantes", "eps.AFILIADOS", "microfinanzas.prestatarios", "isapre.cotizantes",
    "sindicato.afiliados", "ute.suministros", "escuela.estudiantes",
}

PERSON_KINDS = {"person_name", "first_name", "last_name"}

scored_file, built = heldout_support.set_fixtures("v34")
_cells = heldout_support.Cells(heldout_v34.NULLISH)
_nullish, _real, _values = _cells.nullish, _cells.real, _cells.values


def test_when_two_small_tables_are_built_again_then_every_value_is_the_same(built) -> None:
    assert heldout_support.rebuilt_differently(heldout_v34, built) == []


def test_when_the_set_is_built_then_it_has_the_size_languages_and_labels_asked_for(built) -> None:
    columns = _columns(built)
    assert 12 <= len(built) <= 16 and 220 <= len(columns) <= 360
    assert 0.45 <= sum(c.kind != "none" for c in columns) / len(columns) <= 0.62
    assert {t.name for t in built} == TABLES and len(built) == len(TABLES)
    assert all(len({c.name.lower() for c in t.columns}) == len(t.columns) for t in built)
    assert LANGUAGES == {t.language_of(c) for t in built for c in t.columns}
    assert sum(len(t.columns) >= 30 for t in built) == 3
    assert {c.kind for c in columns} <= {k.value for k in Kind}
    assert {k.value for k in Kind} - {"none"} <= {c.kind for c in columns}
    tags = {tag for c in columns for tag in c.tags}
    assert {"decoy", "business", "null_heavy", "nullword_heavy", "abbrev", "username", "value_shape", "misleading",
            "opaque", "staff", "audit", "role_word", "service_account", "premises", "join_key", "partial",
            "split_dob", "mixed_kinds"} <= tags
    assert {"snake", "screaming"} <= {t.style for t in built}


def test_when_labels_are_asked_for_then_they_match_every_column(built) -> None:
    labels = heldout_v34.labels(built)
    assert set(labels) == {t.name for t in built}
    assert sum(len(cols) for cols in labels.values()) == sum(len(t.columns) for t in built)


def test_when_a_column_is_tagged_then_its_label_follows_the_conventions(built) -> None:
    for column in (c for c in _columns(built) if c.tags & {"business", "decoy", "service_account", "join_key",
                                                           "partial"}):
        assert column.kind == "none", column.name
    for column in (c for c in _columns(built) if c.kind == "none"):
        assert column.tags & {"business", "decoy"}, column.name
    for column in (c for c in _columns(built) if c.tags & {"username"}):
        assert column.kind == "unclassified", column.name
    for column in (c for c in _columns(built) if c.kind == "unclassified"):
        assert column.tags & {"username"}, column.name
    for column in (c for c in _columns(built) if c.tags & {"opaque"}):
        assert column.kind != "none", column.name


def test_when_the_abbreviated_names_asked_for_are_looked_up_then_they_exist_with_their_labels(built) -> None:
    kinds = {c.name: c.kind for c in _columns(built)}
    assert {"nom_cli": "person_name", "ape1": "last_name", "ape2": "last_name", "f_nac": "date_of_birth",
            "tlf_mov": "phone", "dir_postal": "street_address", "cod_post": "postal_code", "nif_cif": "national_id",
            "rut_dv": "none", "cpf_cnpj": "national_id", "dt_nasc": "date_of_birth", "end_logr": "street_address",
            "nr_end": "none", "cognome_nome": "person_name", "cod_fisc": "national_id",
            "data_nasc": "date_of_birth", "com_res": "city", "SEGUNDO_APELLIDO": "last_name", "campo_5": "email",
            "obs2": "free_text", "cod": "ssn", "dato_extra": "free_text", "id_direccion": "none",
            "cod_cliente": "none"}.items() <= kinds.items()


def test_when_a_date_of_birth_is_built_then_each_form_holds_a_plausible_date(built) -> None:
    for table, name in (("confraria.socios", "data_nacemento"), ("plano_saude.TB_BENEF", "dt_nasc"),
                        ("studio_dentistico.pazienti", "data_nasc"), ("sindicato.afiliados", "fecha_nac")):
        values = [str(x) for x in _values(built, table, name)]
        assert values and _misses(values, lambda x: bool(re.fullmatch(r"\d{2}/\d{2}/(19|20)\d{2}", x))) == 0, name
    for table, name in (("mutua_stg.stg_polizas", "f_nac"), ("eps.AFILIADOS", "FEC_NAC")):
        values = _values(built, table, name)
        assert values and _misses(values, lambda x: 19_000_101 <= int(x) <= 20_251_231) == 0, name
    days = _column(built, "farmacia.cartao_cliente", "dia_nasc").values
    months = _column(built, "farmacia.cartao_cliente", "mes_nasc").values
    years = _column(built, "farmacia.cartao_cliente", "ano_nasc").values
    assert _misses(list(zip(years, months, days, strict=True)), lambda r: bool(date(*r))) == 0
    split = [c for c in _columns(built) if "split_dob" in c.tags]
    assert len(split) == 3 and {c.kind for c in split} == {"date_of_birth"}


def test_when_a_name_sounds_non_personal_then_it_holds_people(built) -> None:
    role = [c for c in _columns(built) if "role_word" in c.tags]
    assert len(role) >= 12 and all(c.kind in PERSON_KINDS for c in role)
    assert {"patron", "agente", "farmaceutico", "nm_corretor", "medico", "igienista", "nombre_tutor", "aval_nombre",
            "analista", "ejecutivo_venta", "delegado", "tecnico_instalacion", "representante",
            "docente_tutor"} <= {c.name for c in role}


def test_when_a_column_mixes_kinds_then_it_is_free_text_and_holds_several(built) -> None:
    values = [str(x) for x in _values(built, "mutua_stg.stg_polizas", "dato_extra")]
    assert _column(built, "mutua_stg.stg_polizas", "dato_extra").kind == "free_text"
    assert _hits(values, lambda x: "@" in x) >= 100 and _hits(values, lambda x: x.isdigit()) >= 100
    assert _hits(values, lambda x: x.isalpha()) >= 50


def test_when_the_set_is_built_then_every_table_has_200_to_2000_rows_and_some_over_1000(built) -> None:
    sizes = []
    for table in built:
        lengths = {len(c.values) for c in table.columns}
        assert len(lengths) == 1, table.name
        size = lengths.pop()
        assert 200 <= size <= 2_000, table.name
        sizes.append(size)
    assert sum(s >= 1_000 for s in sizes) >= 3 and len(set(sizes)) == len(sizes)


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


def test_when_a_column_is_tagged_staff_then_it_has_2_to_8_distinct_people(built) -> None:
    staff = [c for c in _columns(built) if "staff" in c.tags]
    assert len(staff) >= 10
    for column in staff:
        assert column.kind in PERSON_KINDS, column.name
        assert 2 <= len(set(_real(column.values))) <= 8, column.name


def test_when_an_audit_column_is_built_then_logins_are_usernames_and_service_accounts_are_none(built) -> None:
    audit = [c for c in _columns(built) if "audit" in c.tags]
    logins = [c for c in audit if c.kind == "unclassified"]
    services = [c for c in audit if "service_account" in c.tags]
    assert len(logins) >= 4 and len(services) >= 1
    for column in logins:
        assert 2 <= len(set(_real(column.values))) <= 8, column.name
    for column in services:
        assert column.kind == "none" and len(set(_real(column.values))) <= 3, column.name


def _nuss(x: str) -> bool:
    return len(x) == 12 and x.isdigit() and int(x[:10]) % 97 == int(x[10:])


def _pis(x: str) -> bool:
    d = re.sub(r"\D", "", x)
    total = sum(int(a) * w for a, w in zip(d[:10], [3, 2, 9, 8, 7, 6, 5, 4, 3, 2], strict=True))
    check = 11 - total % 11
    return len(d) == 11 and (0 if check >= 10 else check) == int(d[10])


def _uy_ci(x: str) -> bool:
    d = re.sub(r"\D", "", x)
    return len(d) in (7, 8) and heldout_v34_values.uy_check(d[:-1]) == int(d[-1])


def _cpf_or_cnpj(x: str) -> bool:
    return cpf.is_valid(x) or cnpj.is_valid(x)


def _dni_or_nie(x: str) -> bool:
    return dni.is_valid(x) or nie.is_valid(x)


#: (table, column, check) for every checksummed identifier column
CHECKED: list[tuple[str, str, object]] = [
    ("padro.habitants", "dni_nie", _dni_or_nie),
    ("padro.habitants", "ref_cadastral", referenciacatastral.is_valid),
    ("confraria.socios", "dni", dni.is_valid),
    ("confraria.socios", "num_seg_social", _nuss),
    ("confraria.socios", "iban_liquidacion", iban.is_valid),
    ("mutua_stg.stg_polizas", "nif_cif", _dni_or_nie),
    ("mutua_stg.stg_polizas", "cod", _nuss),
    ("mutua_stg.stg_polizas", "iban_cargo", iban.is_valid),
    ("mutua_stg.stg_polizas", "cif_tomador_emp", cif.is_valid),
    ("farmacia.cartao_cliente", "nif", nif.is_valid),
    ("plano_saude.TB_BENEF", "nr_cpf", cpf.is_valid),
    ("plano_saude.TB_BENEF", "cpf_cnpj", _cpf_or_cnpj),
    ("plano_saude.TB_BENEF", "nr_pis", _pis),
    ("plano_saude.TB_BENEF", "nr_cartao_cred", luhn.is_valid),
    ("plano_saude.TB_BENEF", "cnpj_empresa", cnpj.is_valid),
    ("amm_condominio.anagrafica_condomini", "cod_fisc", codicefiscale.is_valid),
    ("amm_condominio.anagrafica_condomini", "iban_rid", iban.is_valid),
    ("studio_dentistico.pazienti", "codice_fiscale", codicefiscale.is_valid),
    ("admision.aspirantes", "curp", curp.is_valid),
    ("admision.aspirantes", "rfc", rfc.is_valid),
    ("eps.AFILIADOS", "NIT_EMPLEADOR", nit.is_valid),
    ("microfinanzas.prestatarios", "ruc_negocio", ruc.is_valid),
    ("isapre.cotizantes", "rut_completo", rut.is_valid),
    ("isapre.cotizantes", "rut_empleador", rut.is_valid),
    ("sindicato.afiliados", "cuil", cuit.is_valid),
    ("sindicato.afiliados", "cuit_empleador", cuit.is_valid),
    ("ute.suministros", "ci_titular", _uy_ci),
    ("escuela.estudiantes", "cedula_est", ci.is_valid),
    ("escuela.estudiantes", "ci_representante", ci.is_valid),
]


@pytest.mark.parametrize(("table", "column", "check"), CHECKED, ids=[f"{t}.{c}" for t, c, _ in CHECKED])
def test_when_an_identifier_column_is_built_then_every_value_passes_its_checksum(built, table, column, check) -> None:
    values = [str(x) for x in _values(built, table, column)]
    assert len(values) >= 20 and _misses(values, check) == 0


def test_when_an_identifier_has_no_check_digit_then_it_has_its_shape(built) -> None:
    for table, name, pattern in (("eps.AFILIADOS", "NUM_DOC", r"\d{8}|\d{10}"),
                                 ("microfinanzas.prestatarios", "dni", r"\d{8}"),
                                 ("sindicato.afiliados", "dni", r"\d{7,8}|\d{1,2}\.\d{3}\.\d{3}")):
        values = [str(x) for x in _values(built, table, name)]
        assert values and _misses(values, lambda x, p=pattern: bool(re.fullmatch(p, x))) == 0, name


def test_when_a_national_id_encodes_the_row_then_it_matches_the_row(built) -> None:
    for table, idc, dob in (("studio_dentistico.pazienti", "codice_fiscale", "data_nasc"),):
        rows = zip(_column(built, table, idc).values, _column(built, table, dob).values, strict=True)
        pairs = [(p, d) for p, d in rows if p is not None]
        assert len(pairs) >= 100
        # the codice fiscale holds a two-digit year: compare day, month and the year's last two digits
        assert _misses(pairs, lambda r: codicefiscale.get_birth_date(r[0]).strftime("%d/%m/%y")
                       == r[1][:6] + r[1][-2:]) == 0
    rows = zip(_column(built, "admision.aspirantes", "curp").values,
               _column(built, "admision.aspirantes", "fecha_nacimiento").values, strict=True)
    assert _misses(list(rows), lambda r: curp.get_birth_date(r[0]) == r[1]) == 0
    rows = zip(_column(built, "isapre.cotizantes", "rut_num").values,
               _column(built, "isapre.cotizantes", "rut_dv").values, strict=True)
    assert _misses(list(rows), lambda r: rut.calc_check_digit(str(r[0])) == r[1]) == 0
    rows = zip(_column(built, "sindicato.afiliados", "dni").values,
               _column(built, "sindicato.afiliados", "cuil").values, strict=True)
    assert _misses(list(rows), lambda r: r[0].replace(".", "").zfill(8) == r[1].split("-")[1]) == 0


def _phone_valid(text: str, region: str) -> bool:
    try:
        return phonenumbers.is_valid_number(phonenumbers.parse(text, region))
    except phonenumbers.NumberParseException:
        return False


#: table -> the region its phone numbers belong to
PHONE_REGIONS = {"padro.habitants": "ES", "confraria.socios": "ES", "mutua_stg.stg_polizas": "ES",
                 "farmacia.cartao_cliente": "PT", "plano_saude.TB_BENEF": "BR",
                 "amm_condominio.anagrafica_condomini": "IT", "studio_dentistico.pazienti": "IT",
                 "admision.aspirantes": "MX", "eps.AFILIADOS": "CO", "microfinanzas.prestatarios": "PE",
                 "isapre.cotizantes": "CL", "sindicato.afiliados": "AR", "ute.suministros": "UY",
                 "escuela.estudiantes": "EC"}


def test_when_a_column_is_labeled_phone_then_every_number_in_it_is_valid(built) -> None:
    phones = [(t, c) for t in built for c in t.columns if c.kind == "phone"]
    assert len(phones) >= 14
    seen: set[str] = set()
    for table, column in phones:
        region = PHONE_REGIONS[table.name]
        values = [str(x) for x in _real(column.values)]
        assert values and _misses(values, lambda x, r=region: _phone_valid(x, r)) == 0, f"{table.name}.{column.name}"
        seen |= {phonenumbers.region_code_for_number(phonenumbers.parse(x, region)) for x in values}
    assert set(PHONE_REGIONS.values()) <= seen


def test_when_a_column_is_labeled_ip_address_then_every_value_is_an_address_and_both_versions_occur(built) -> None:
    versions = set()
    for column in (c for c in _columns(built) if c.kind == "ip_address"):
        values = [str(x) for x in _real(column.values)]
        assert values and _misses(values, lambda x: bool(ipaddress.ip_address(x))) == 0, column.name
        versions |= {ipaddress.ip_address(x).version for x in values}
    assert versions == {4, 6}


def test_when_a_postal_code_is_built_then_it_has_its_countrys_shape(built) -> None:
    for table, name, pattern in (("plano_saude.TB_BENEF", "cep", r"\d{5}-\d{3}"),
                                 ("farmacia.cartao_cliente", "cod_postal", r"\d{4}-\d{3}"),
                                 ("studio_dentistico.pazienti", "cap", r"\d{5}"),
                                 ("mutua_stg.stg_polizas", "cod_post", r"\d{5}"),
                                 ("admision.aspirantes", "cp", r"\d{5}")):
        values = [str(x) for x in _values(built, table, name)]
        assert values and _misses(values, lambda x, p=pattern: bool(re.fullmatch(p, x))) == 0, name


def test_when_a_value_is_partial_or_a_coordinate_then_it_is_none(built) -> None:
    cut = [c for c in _columns(built) if "partial" in c.tags]
    assert {"rut_dv", "cbu_ult4"} <= {c.name for c in cut} and all(c.kind == "none" for c in cut)
    doubles = [c for c in _columns(built) if c.sql_type == "DOUBLE"]
    assert len(doubles) >= 6 and all(c.kind == "none" for c in doubles)


def test_when_a_decoy_is_shaped_like_a_value_then_it_is_none_and_there_are_many(built) -> None:
    shaped = [c for c in _columns(built) if "value_shape" in c.tags]
    assert len(shaped) >= 20 and all(c.kind == "none" for c in shaped)
    keys = [c for c in _columns(built) if "join_key" in c.tags]
    assert len(keys) >= 10 and all(c.kind == "none" for c in keys)


def test_when_a_business_column_is_built_then_it_holds_no_private_value_of_its_table(built) -> None:
    for table in built:
        private = {str(x) for c in table.columns if c.kind != "none" for x in _real(c.values)}
        for column in (c for c in table.columns if "business" in c.tags):
            assert _hits([str(x) for x in _real(column.values)], lambda x, p=private: x in p) == 0, column.name


def test_when_the_value_modules_are_read_then_they_import_no_faker_and_no_earlier_set(built) -> None:
    for module in (heldout_v34, heldout_v34_values):
        tree = ast.parse(Path(module.__file__).read_text(encoding="utf-8"))
        imported = {alias.name for node in ast.walk(tree) if isinstance(node, ast.Import) for alias in node.names}
        imported |= {f"{node.module}.{alias.name}" for node in ast.walk(tree) if isinstance(node, ast.ImportFrom)
                     for alias in node.names}
        assert not any("faker" in name.lower() for name in imported), module.__name__
        assert not any(name.startswith("governance_dagster") for name in imported), module.__name__
        earlier = {m.group(1) for name in imported for m in [re.search(r"heldout_v(\d+)", name)] if m}
        assert earlier <= {"2", "4", "34"}, module.__name__


def test_when_the_scorer_builds_set_v34_then_the_file_holds_every_table_with_its_rows(scored_file) -> None:
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
    assert heldout_v34.summary(built).startswith(f"{len(built)} tables")
    assert heldout_v2_accuracy.SETS["v34"].DEFAULT_PATH == Path("/tmp/heldout_v34.duckdb")
