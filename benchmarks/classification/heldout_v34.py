"""Held-out set v34 for the column classifier: 14 tables of *ordinary private and public systems of Southern Europe
and Latin America*, each a different system, with column names in Catalan, Galician, Spanish, Portuguese (Portugal
and Brazil), Italian and Latin American Spanish, often abbreviated the way local developers write them: a Catalan
city council's population register (padró), a Galician fishing co-operative's members (confraría), a Portuguese
pharmacy chain's loyalty card, a Brazilian health plan's beneficiaries (a wide legacy table), an Italian condominium
administrator's owners, an Italian dental clinic's patients, a Mexican university's applicants, a Colombian EPS's
affiliates (a wide legacy table), a Peruvian microfinance institution's borrowers, a Chilean ISAPRE's contributors, an
Argentine union's members, an Uruguayan utility's supply points, an Ecuadorian school's pupils and a Spanish mutual
insurer's legacy staging extract with opaque names (a wide table).

Written **blind**, like v2 to v33: by someone who has read neither the classifier (``governance_dagster/detect/``) nor
its rules, documentation, tests, changelog or notes, only the list of kind names (``governance_dagster/kinds.py``),
how the scorer registers a set (``heldout_v2_accuracy.py``, read and not run), the *structure* and labeling
conventions of v27 (``heldout_v27.py``, ``heldout_v27_values.py``, its test, ``tests/heldout_support.py``), the
module docstrings of v24 to v33 (to avoid their domains) and the ``Column``/``Table`` classes and writer they build
on. The classifier was not run on this set while it was written, no scorer was run on it, and no score of any set
was looked at: nothing here was adjusted to what the classifier does. It was written under a short deadline (45
minutes, the tests and lint included), so some labels below are quick decisions rather than settled conventions. It
imports no earlier set's value module: its random source, name lists, streets, cities, companies and identifier
builders are its own (:mod:`benchmarks.classification.heldout_v34_values`; the generic ``Gen`` helpers were copied
from v27's).

What is new against v2 to v33:

* abbreviated Iberian and Latin American column names (tag ``abbrev``): ``nom_cli``, ``ape1``, ``ape2``, ``f_nac``,
  ``tlf_mov``, ``dir_postal``, ``cod_post``, ``nif_cif``, ``rut_dv``, ``cpf_cnpj``, ``dt_nasc``, ``end_logr``,
  ``nr_end``, ``cognome_nome``, ``cod_fisc``, ``data_nasc``, ``com_res``;
* names written with two surnames (Spain, Latin America) or Portuguese order, in one column or split in three
  (``nombre``, ``ape1``, ``ape2``); the second surname is ``last_name``;
* identifiers with check digits (python-stdnum): Spanish DNI and NIE, the Spanish social-security number (NUSS,
  ``ssn``), Portuguese NIF, Brazilian CPF (formatted and digits only) and PIS/NIS (``ssn``), the codice fiscale
  (encoding the row's name, birth date and comune), CURP (encoding the row's names, birth date and sex) and the RFC
  of a person, Colombian cédula (no check digit), Peruvian DNI (eight digits), Chilean RUT (whole and split into body
  and ``rut_dv``), Argentine DNI and CUIL, Uruguayan cédula (own check digit), Ecuadorian cédula; IBANs of Spain,
  Portugal and Italy; a card number kept in clear by a legacy health plan (Luhn); phones of eleven countries;
* decoys (tag ``decoy``; ``value_shape`` when shaped like a personal or identifying value): expediente numbers,
  contract, policy and meter numbers, company tax ids (CIF, CNPJ, NIT, RUC, CUIT, partita IVA), cadastral references,
  invoice series, product names, timestamps, amounts, status enums, S/N flags, GUIDs, hashes, coordinates, versions,
  surrogate keys named like personal fields (``id_direccion``, ``cod_cliente``, ``id_paciente``);
* dates of birth as DATE, ``dd/mm/yyyy`` text, ``yyyymmdd`` integers and split day, month and year columns;
* personal data under opaque or misleading names (tags ``opaque``, ``misleading``): ``campo_5``, ``obs2``, ``cod``,
  ``dato_extra``, ``ref_externa``.

Labeling choices a reader may question:

* ``rut_dv`` (the Chilean RUT's check character alone, one character) is ``none`` (tag ``partial``): it identifies no
  one on its own; the RUT body next to it (``rut_num``, digits without the check) is ``national_id``;
* ``cpf_cnpj`` of a health plan's payer holds CPFs of private payers (about 85%) and CNPJs of companies paying for
  their employees: it is ``national_id`` (mostly persons); a column holding only CNPJs is ``none``;
* the Spanish NUSS and the Brazilian PIS/NIS are ``ssn`` (social-insurance numbers); the Argentine CUIL, though a
  labour and social-security code, is ``national_id`` since it wraps the DNI; all other personal numbers are
  ``national_id``;
* a split date of birth: the day, month and year columns are each ``date_of_birth`` (as in earlier sets);
* ``cognome_nome`` (``ROSSI MARIO``) is ``person_name``; ``ape2`` and ``segundo_apellido`` are ``last_name``; a
  ``nom_cli`` holding the whole name is ``person_name``;
* Italian ``provincia``, Spanish ``provincia``, Peruvian ``departamento``, Brazilian ``uf`` and Chilean ``region`` are
  ``none``; ``com_res`` (a Chilean comuna of residence), ``municipio``, neighbourhoods and parishes (``barrio``, ``bairro``, ``colonia``, ``parroquia``: ``city``,
  the nearest kind), ``localidad`` and ``concello`` are ``city``; birthplaces are ``city``;
* the building of a condominium (its address, the administrator's client) is ``none`` (tag ``business``) while the
  owner's own residence when living elsewhere is ``street_address``; the supply address of a household electricity
  meter (``dir_suministro``) is ``street_address`` (tag ``premises``);
* logins in audit columns (``usuario_alta``, ``usr_mod``) are ``unclassified`` (tag ``username``); batch jobs are
  ``none`` (tag ``service_account``);
* an ``observaciones``/``note``/``obs`` column mixing names, phones and remarks is ``free_text``; a column whose rows
  hold several personal kinds (``dato_extra``: an e-mail, a phone or a second surname by row) is ``free_text``;
* the name of a borrower's business (a market stall ``Bodega Doña Flor``) is ``none`` (tag ``business``), the
  guarantor (``aval_nombre``) is ``person_name``; ``representante`` of an Ecuadorian pupil is ``person_name``;
* a Peruvian DNI of eight digits has no check digit in the column (the check is printed apart on the card), so only
  its shape is tested.

Labeling rules otherwise as v27: a business's address, phone, postal code and city are ``none`` (tag ``business``);
staff names are ``person_name`` (a first name or family name alone ``first_name`` or ``last_name``); coordinates and
last-four fragments are ``none``; credentials and tokens are ``none``. ``null_heavy`` means 50-95% NULL,
``nullword_heavy`` 70-95% NULL words.

Every value is generated here from :data:`SEED` (one ``random.Random`` per table, named after its builder) with
python-stdnum for check digits, phonenumbers for phone validity and formats, and the lists of names, streets, cities
and companies of :mod:`benchmarks.classification.heldout_v34_values`, written for v34 (no Faker, no list of real
people, no breach data). Build: ``python -m benchmarks.classification.heldout_v34 [PATH]`` (default
``/tmp/heldout_v34.duckdb``). Score: ``python -m benchmarks.classification.heldout_v2_accuracy --set v34``.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from datetime import date
from pathlib import Path

from benchmarks.classification import heldout_v4
from benchmarks.classification import heldout_v34_values as v
from benchmarks.classification.heldout_v2 import Column, Table
from benchmarks.classification.heldout_v34_values import NULLISH, SEED, USERNAME, Gen, N, c

__all__ = [
    "BUILDERS",
    "DEFAULT_PATH",
    "NULLISH",
    "SEED",
    "USERNAME",
    "Column",
    "Gen",
    "Table",
    "build",
    "labels",
    "summary",
    "tables",
]

DEFAULT_PATH = Path("/tmp/heldout_v34.duckdb")

NULLWORD = "nullword_heavy"
HEAVY = "null_heavy"
SHAPE = "value_shape"
MISLEADING = "misleading"
OPAQUE = "opaque"
STAFF = "staff"
ROLE = "role_word"
ABBREV = "abbrev"
AUDIT = "audit"
USER = "username"
SERVICE = "service_account"
KEY = "join_key"
PARTIAL = "partial"
PREMISES = "premises"
WIDE = "wide_legacy"
SPLIT = "split_dob"
MIXED = "mixed_kinds"
BIZ = "business"
D = "decoy"


def _staff(g: Gen, n: int, make: Callable[[Gen], str]) -> list[str]:
    out: set[str] = set()
    while len(out) < n:
        out.add(make(g))
    return sorted(out)


def _logins(g: Gen, n: int, lang: str) -> list[str]:
    out: set[str] = set()
    while len(out) < n:
        first, a, _ = v.person(g, lang)
        out.add(v.login(first, a, len(out)))
    return sorted(out)


def _dmy(d: date) -> str:
    return d.strftime("%d/%m/%Y")


def _ymd(d: date) -> int:
    return int(d.strftime("%Y%m%d"))


def _people(g: Gen, lang: str, lo: int, hi: int) -> list[tuple[str, str, str, date, bool]]:
    out = []
    for _ in range(g.rows):
        female = g.rnd.random() < 0.5
        first, a, b = v.person(g, lang, female)
        out.append((first, a, b, g.birth(lo, hi), female))
    return out


def _place(g: Gen, country: str) -> list[tuple[str, str]]:
    return [g.rnd.choice(v.CITIES[country]) for _ in range(g.rows)]


# -- Spain: Catalonia, Galicia, a mutual insurer -----------------------------------------------------------------------


def cat_padro(g: Gen) -> Table:
    """A Catalan city council's population register (padró municipal d'habitants), Catalan column names: the
    inscription number and full (``none``), given name and both surnames, DNI or NIE, birth date as DATE, birthplace,
    the home address split into street, number, floor and door, postal code, municipality, district (``none``), phone
    and e-mail (optional), the cadastral reference of the dwelling (``none``), the registration date and cause, the
    clerk's login and notes."""
    ppl = _people(g, "ca", 1930, 2024)
    places = _place(g, "cat")
    clerks = _logins(g, 5, "ca")

    def doc() -> str:
        return v.es_dni(g) if g.rnd.random() < 0.85 else v.es_nie(g)

    def nota() -> str:
        return g.rnd.choice([f"Canvi de domicili des de {g.rnd.choice(v.CITIES['cat'])[0]}",
                             f"Empadronat amb la seva mare {v.whole(g, 'ca')}",
                             f"Contacte: {g.phone('ES', 'national')}", "Pendent de documentació",
                             f"Tutor legal {v.whole(g, 'ca')}"])

    return Table("padro.habitants", "ca", "snake", [
        c("num_inscripcio", N, "BIGINT", g.keys(2_400_001), D, KEY),
        c("full_padronal", N, "VARCHAR", g.col(lambda: g.code("F-9999/99")), D, SHAPE),
        c("nom", "first_name", "VARCHAR", [p[0] for p in ppl]),
        c("cognom1", "last_name", "VARCHAR", [p[1] for p in ppl], ABBREV),
        c("cognom2", "last_name", "VARCHAR", [p[2] if g.rnd.random() < 0.93 else None for p in ppl], ABBREV),
        c("dni_nie", "national_id", "VARCHAR", [doc() if p[3].year < 2012 or g.rnd.random() < 0.3 else None
                                                for p in ppl], ABBREV),
        c("data_naixement", "date_of_birth", "DATE", [p[3] for p in ppl]),
        c("lloc_naixement", "city", "VARCHAR", g.col(lambda: g.rnd.choice(v.CITIES["cat"] + v.CITIES["es"])[0])),
        c("carrer", "street_address", "VARCHAR", g.col(lambda: v.street_only(g, "cat"))),
        c("numero", N, "INTEGER", g.ints(1, 240), D),
        c("pis", N, "VARCHAR", g.col(g.pick(["BX", "1r", "2n", "3r", "4t", "ÀT"]), 0.3), D),
        c("porta", N, "VARCHAR", g.col(g.pick(["1a", "2a", "A", "B"]), 0.3), D),
        c("codi_postal", "postal_code", "VARCHAR", [v.postal(g, "cat", p[1]) for p in places]),
        c("municipi", "city", "VARCHAR", [p[0] for p in places]),
        c("districte", N, "INTEGER", g.ints(1, 7), D),
        c("telefon", "phone", "VARCHAR", g.phones("ES", {"national": 0.6, "nsn": 0.3, "intl": 0.1}, 0.8, 0.45)),
        c("correu_e", "email", "VARCHAR", [v.email_of(g, p[0], p[1], v.DOMAINS["es"]) if g.rnd.random() < 0.4
                                           else None for p in ppl], HEAVY),
        c("ref_cadastral", N, "VARCHAR", g.col(lambda: v.es_refcat(g)), D, SHAPE),
        c("data_alta", N, "DATE", g.days("1996-05-01", "2025-12-31"), D),
        c("causa_alta", N, "VARCHAR", g.col(g.pick(["Naixement", "Canvi residència", "Omissió", "Altes d'ofici"])),
          D),
        c("usuari_alta", USERNAME, "VARCHAR", g.col(g.pick(clerks)), USER, AUDIT),
        c("observacions", "free_text", "VARCHAR", g.sparse(nota, 0.78, ("", "-", "NULL")), NULLWORD),
    ])


def gal_confraria(g: Gen) -> Table:
    """A Galician fishing co-operative's members (confraría de pescadores), Galician column names: member number,
    boat registration (``matricula_barco``, ``none``), name in one column (``nome_completo``), DNI, NUSS (``ssn``:
    seafarers' social security), birth date as ``dd/mm/yyyy`` text, address, CP, concello, mobile, IBAN for the
    settlement of catches, category, quota amounts, the co-operative's own office phone (``none``), the patrón of the
    boat (``person_name``)."""
    ppl = _people(g, "gl", 1950, 2004)
    places = _place(g, "gal")
    patrons = _staff(g, 7, lambda x: v.whole(x, "gl"))
    return Table("confraria.socios", "gl", "snake", [
        c("num_socio", N, "INTEGER", g.keys(101), D, KEY),
        c("matricula_barco", N, "VARCHAR", g.col(lambda: g.code("3ª-VI-9-99-99")), D, SHAPE),
        c("nome_completo", "person_name", "VARCHAR", [f"{p[0]} {p[1]} {p[2]}" for p in ppl]),
        c("dni", "national_id", "VARCHAR", g.col(lambda: v.es_dni(g))),
        c("num_seg_social", "ssn", "VARCHAR", g.col(lambda: v.es_nuss(g), 0.1), ABBREV),
        c("data_nacemento", "date_of_birth", "VARCHAR", [_dmy(p[3]) for p in ppl]),
        c("enderezo", "street_address", "VARCHAR", g.col(lambda: v.street(g, "gal"))),
        c("cp", "postal_code", "VARCHAR", [v.postal(g, "gal", p[1]) for p in places], ABBREV),
        c("concello", "city", "VARCHAR", [p[0] for p in places]),
        c("movil", "phone", "VARCHAR", g.phones("ES", {"nsn": 0.6, "national": 0.4}, 1.0, 0.05)),
        c("iban_liquidacion", "iban", "VARCHAR", g.col(lambda: v.iban(g, "ES", g.rnd.random() < 0.5), 0.15)),
        c("categoria", N, "VARCHAR", g.col(g.pick(["Mariñeiro", "Patrón", "Mariscadora a pé", "Xubilado"])), D),
        c("cota_anual_eur", N, "DECIMAL(8,2)", g.amounts(60, 480), D),
        c("tel_confraria", N, "VARCHAR", [g.rnd.choice(["986 54 21 00", "981 87 30 12"]) for _ in range(g.rows)],
          BIZ),
        c("patron", "person_name", "VARCHAR", g.col(g.pick(patrons), 0.2), ROLE, STAFF),
        c("lonxa_ultima_venda", N, "TIMESTAMP", g.moments("2025-01-02", "2025-12-20", 0.1), D),
        c("activo", N, "VARCHAR", g.yn("S", "N", 0.8), D),
    ])


def es_mutua_stg(g: Gen) -> Table:
    """A Spanish mutual insurer's legacy staging extract (wide, 34 columns, opaque and abbreviated names): policy and
    expediente numbers, ``cod_cliente`` (a surrogate key), ``nom_cli`` (the whole name), ``ape1``/``ape2``,
    ``nif_cif`` (DNI or NIE of the policy holder), ``f_nac`` as ``yyyymmdd`` integers, ``tlf_mov``, ``tlf_fijo``,
    ``dir_postal``, ``cod_post``, ``pobl`` (town), ``prov`` (``none``), ``id_direccion`` (key), ``iban_cargo``,
    ``campo_5`` (an e-mail: opaque), ``obs2`` (notes), ``cod`` (NUSS: opaque), ``dato_extra`` (mixed kinds), the
    agent (staff), the tomador's company CIF for group policies (``none``), premiums, GUIDs and hashes."""
    ppl = _people(g, "es", 1935, 2006)
    places = _place(g, "es")
    agents = _staff(g, 6, lambda x: v.whole(x, "es"))

    def extra(p: tuple) -> str | None:
        roll = g.rnd.random()
        if roll < 0.3:
            return None
        if roll < 0.55:
            return v.email_of(g, p[0], p[2], v.DOMAINS["es"])
        if roll < 0.8:
            return g.phone("ES", "nsn")
        return p[2]

    def obs() -> str:
        return g.rnd.choice([f"Llamar a su hija {v.whole(g, 'es')} al {g.phone('ES', 'national')}",
                             "Cliente solicita duplicado de póliza", f"Beneficiario: {v.whole(g, 'es')}",
                             "Impago recibo marzo, regularizado", f"Hablar con {v.given(g, 'es')} por la tarde"])

    return Table("mutua_stg.stg_polizas", "es", "snake", [
        c("id_reg", N, "BIGINT", g.keys(1), D, KEY),
        c("num_poliza", N, "VARCHAR", g.col(lambda: g.code("HG-99999999")), D, SHAPE),
        c("num_expediente", N, "VARCHAR", g.col(lambda: g.code("EXP/2025/999999"), 0.6), D, SHAPE),
        c("cod_cliente", N, "INTEGER", g.ints(100_000, 999_999), D, KEY, MISLEADING),
        c("nom_cli", "person_name", "VARCHAR", [f"{p[0]} {p[1]} {p[2]}" for p in ppl], ABBREV),
        c("ape1", "last_name", "VARCHAR", [p[1] for p in ppl], ABBREV),
        c("ape2", "last_name", "VARCHAR", [p[2] if g.rnd.random() < 0.9 else None for p in ppl], ABBREV),
        c("nif_cif", "national_id", "VARCHAR", g.col(lambda: v.es_dni(g) if g.rnd.random() < 0.9 else v.es_nie(g)),
          ABBREV),
        c("f_nac", "date_of_birth", "INTEGER", [_ymd(p[3]) for p in ppl], ABBREV),
        c("sexo", N, "VARCHAR", ["M" if p[4] else "H" for p in ppl], D),
        c("tlf_mov", "phone", "VARCHAR", g.phones("ES", {"nsn": 0.5, "national": 0.3, "e164": 0.2}, 1.0, 0.1),
          ABBREV),
        c("tlf_fijo", "phone", "VARCHAR", g.phones("ES", {"nsn": 0.7, "national": 0.3}, 0.0, 0.65), ABBREV, HEAVY),
        c("id_direccion", N, "INTEGER", g.ints(1, 600_000), D, KEY, MISLEADING),
        c("dir_postal", "street_address", "VARCHAR", g.col(lambda: v.street(g, "es")), ABBREV),
        c("cod_post", "postal_code", "VARCHAR", [v.postal(g, "es", p[1]) for p in places], ABBREV),
        c("pobl", "city", "VARCHAR", [p[0].upper() for p in places], ABBREV),
        c("prov", N, "VARCHAR", g.col(g.pick(["ALBACETE", "CACERES", "LA RIOJA", "TOLEDO", "LEON", "JAEN"])), D,
          ABBREV),
        c("iban_cargo", "iban", "VARCHAR", g.col(lambda: v.iban(g, "ES", g.rnd.random() < 0.3), 0.2), ABBREV),
        c("campo_5", "email", "VARCHAR", [v.email_of(g, p[0], p[1], v.DOMAINS["es"]) if g.rnd.random() < 0.45
                                          else None for p in ppl], OPAQUE, HEAVY),
        c("obs2", "free_text", "VARCHAR", g.sparse(obs, 0.8, ("", "NULL", "-")), OPAQUE, NULLWORD),
        c("cod", "ssn", "VARCHAR", g.col(lambda: v.es_nuss(g), 0.55), OPAQUE, HEAVY),
        c("dato_extra", "free_text", "VARCHAR", [extra(p) for p in ppl], OPAQUE, MIXED),
        c("agente", "person_name", "VARCHAR", g.col(g.pick(agents)), STAFF, ROLE),
        c("cif_tomador_emp", N, "VARCHAR", g.col(lambda: v.es_cif(g), 0.6), BIZ, SHAPE),
        c("ramo", N, "VARCHAR", g.col(g.pick(["HOGAR", "DECESOS", "SALUD", "AUTO"])), D),
        c("prima_anual", N, "DECIMAL(10,2)", g.amounts(90, 2400), D),
        c("f_efecto", N, "INTEGER", [_ymd(g.day("2015-01-01", "2025-12-01")) for _ in range(g.rows)], D),
        c("f_baja", N, "INTEGER", [_ymd(g.day("2020-01-01", "2025-12-01")) if g.rnd.random() < 0.35 else None
                                    for _ in range(g.rows)], D),
        c("estado", N, "VARCHAR", g.col(g.pick(["VIG", "VIG", "ANU", "SUS"])), D),
        c("domiciliado", N, "VARCHAR", g.yn("S", "N", 0.8), D),
        c("serie_recibo", N, "VARCHAR", g.col(lambda: g.code("R25-A-999999")), D, SHAPE),
        c("guid_origen", N, "VARCHAR", g.col(g.uuid), D, SHAPE),
        c("hash_fila", N, "VARCHAR", g.col(g.md5), D, SHAPE),
        c("usr_mod", N, "VARCHAR", g.col(g.pick(["BATCH_NOCT", "ETL_MIGR"])), D, AUDIT, SERVICE),
        c("ts_carga", N, "TIMESTAMP", g.moments("2025-11-01", "2025-11-30"), D),
    ])


# -- Portugal and Brazil -----------------------------------------------------------------------------------------------


def pt_farmacia(g: Gen) -> Table:
    """A Portuguese pharmacy chain's loyalty card (cartão cliente), Portuguese column names: card number, name, NIF (for
    invoices), birth date split into day, month and year, mobile, e-mail, morada, código postal (4-3), localidade,
    points, the pharmacy's own address and phone (``none``), the pharmacist on duty (staff), consent flags."""
    ppl = _people(g, "pt", 1935, 2007)
    places = _place(g, "pt")
    staff = _staff(g, 5, lambda x: v.whole(x, "pt"))
    return Table("farmacia.cartao_cliente", "pt", "snake", [
        c("n_cartao", N, "VARCHAR", g.col(lambda: g.code("9999 9999 9999")), D, SHAPE),
        c("nome", "person_name", "VARCHAR", [f"{p[0]} {p[2]} {p[1]}" for p in ppl]),
        c("nif", "national_id", "VARCHAR", g.col(lambda: v.pt_nif(g), 0.3)),
        c("dia_nasc", "date_of_birth", "INTEGER", [p[3].day for p in ppl], SPLIT, ABBREV),
        c("mes_nasc", "date_of_birth", "INTEGER", [p[3].month for p in ppl], SPLIT, ABBREV),
        c("ano_nasc", "date_of_birth", "INTEGER", [p[3].year for p in ppl], SPLIT, ABBREV),
        c("telemovel", "phone", "VARCHAR", g.phones("PT", {"nsn": 0.6, "national": 0.2, "intl": 0.2}, 1.0, 0.05)),
        c("email", "email", "VARCHAR", [v.email_of(g, p[0], p[1], v.DOMAINS["pt"]) if g.rnd.random() < 0.55
                                        else None for p in ppl]),
        c("morada", "street_address", "VARCHAR", g.col(lambda: v.street(g, "pt"), 0.2)),
        c("cod_postal", "postal_code", "VARCHAR", [v.postal(g, "pt", p[1]) for p in places], ABBREV),
        c("localidade", "city", "VARCHAR", [p[0] for p in places]),
        c("pontos", N, "INTEGER", g.ints(0, 4_000), D),
        c("farmacia_morada", N, "VARCHAR", g.col(g.pick(["Av. Central 12, Braga", "Rua Formosa 88, Viseu",
                                                         "Praça do Giraldo 3, Évora"])), BIZ),
        c("farmacia_tel", N, "VARCHAR", g.col(g.pick(["253 201 450", "232 421 900", "266 700 310"])), BIZ),
        c("farmaceutico", "person_name", "VARCHAR", g.col(g.pick(staff)), STAFF, ROLE),
        c("consent_rgpd", N, "VARCHAR", g.yn("S", "N", 0.7), D),
        c("ultima_compra", N, "TIMESTAMP", g.moments("2025-01-01", "2025-12-30"), D),
    ])


def br_plano_benef(g: Gen) -> Table:
    """A Brazilian health plan's beneficiaries (wide legacy table, 36 columns, Portuguese abbreviations): contract
    number, card number (carteirinha), name, social name (mostly NULL), mother's name, CPF formatted and ``cpf_cnpj``
    of the payer (mostly CPFs), PIS/NIS (``ssn``), CNS-like card number (``none``: a decoy of 15 digits), ``dt_nasc``
    as text, ``end_logr``, ``nr_end``, ``compl``, ``bairro``, CEP with hyphen, city, UF, phones, e-mail, a card number in
    clear, the company's CNPJ (``none``), the broker (staff), plan, status, values."""
    ppl = _people(g, "br", 1940, 2024)
    places = _place(g, "br")
    brokers = _staff(g, 6, lambda x: v.whole(x, "br"))
    return Table("plano_saude.TB_BENEF", "pt", "snake", [
        c("id_benef", N, "BIGINT", g.keys(7_000_001), D, KEY),
        c("nr_contrato", N, "VARCHAR", g.col(lambda: g.code("CT-9999999")), D, SHAPE),
        c("nr_carteirinha", N, "VARCHAR", g.col(lambda: g.code("0 999 999999999999 9")), D, SHAPE),
        c("nm_benef", "person_name", "VARCHAR", [f"{p[0]} {p[2]} {p[1]}".upper() for p in ppl], ABBREV),
        c("nm_social", "person_name", "VARCHAR", g.col(lambda: v.whole(g, "br"), 0.88), ABBREV, HEAVY),
        c("nm_mae", "person_name", "VARCHAR", g.col(lambda: v.whole(g, "br").upper(), 0.1), ABBREV),
        c("nr_cpf", "national_id", "VARCHAR", g.col(lambda: v.br_cpf(g), 0.05), ABBREV),
        c("cpf_cnpj", "national_id", "VARCHAR", g.col(lambda: v.br_cpf(g, False) if g.rnd.random() < 0.85
                                                      else v.br_cnpj(g)), ABBREV),
        c("nr_pis", "ssn", "VARCHAR", g.col(lambda: v.br_pis(g), 0.6), ABBREV, HEAVY),
        c("nr_cns", N, "VARCHAR", g.col(lambda: g.code("999999999999999"), 0.3), D, SHAPE),
        c("dt_nasc", "date_of_birth", "VARCHAR", [_dmy(p[3]) for p in ppl], ABBREV),
        c("sexo", N, "VARCHAR", ["F" if p[4] else "M" for p in ppl], D),
        c("end_logr", "street_address", "VARCHAR", g.col(lambda: g.rnd.choice(v.STREETS["br"])), ABBREV),
        c("nr_end", N, "VARCHAR", g.col(lambda: str(g.rnd.randint(1, 3000))), D, ABBREV),
        c("compl", N, "VARCHAR", g.col(g.pick(["Apto 101", "Casa 2", "Bloco B", "Fundos"]), 0.5), D, ABBREV),
        c("bairro", "city", "VARCHAR", g.col(g.pick(["Centro", "Jardim América", "Vila Nova", "Santa Mônica",
                                                     "Boa Vista"])), ABBREV),
        c("cep", "postal_code", "VARCHAR", [v.postal(g, "br", p[1]) for p in places], ABBREV),
        c("cidade", "city", "VARCHAR", [p[0] for p in places]),
        c("uf", N, "VARCHAR", g.col(g.pick(["SP", "MG", "BA", "PR", "PE", "SC", "PI"])), D, ABBREV),
        c("tel_res", "phone", "VARCHAR", g.phones("BR", {"national": 0.7, "nsn": 0.3}, 0.0, 0.7), ABBREV, HEAVY),
        c("tel_cel", "phone", "VARCHAR", g.phones("BR", {"national": 0.5, "e164": 0.2, "nsn": 0.3}, 1.0, 0.1),
          ABBREV),
        c("ds_email", "email", "VARCHAR", [v.email_of(g, p[0], p[1], v.DOMAINS["br"]) if g.rnd.random() < 0.6
                                           else None for p in ppl], ABBREV),
        c("nr_cartao_cred", "credit_card", "VARCHAR", g.col(lambda: v.card(g), 0.75), ABBREV, HEAVY),
        c("cnpj_empresa", N, "VARCHAR", g.col(lambda: v.br_cnpj(g), 0.4), BIZ, SHAPE),
        c("nm_empresa", N, "VARCHAR", g.col(g.pick(v.COMPANIES["br"]), 0.4), BIZ),
        c("nm_corretor", "person_name", "VARCHAR", g.col(g.pick(brokers)), STAFF, ROLE, ABBREV),
        c("cd_plano", N, "VARCHAR", g.col(g.pick(["ENF-REG", "APT-NAC", "AMB-BAS"])), D, ABBREV),
        c("tp_dependencia", N, "VARCHAR", g.col(g.pick(["TITULAR", "CONJUGE", "FILHO", "AGREGADO"])), D),
        c("vl_mensal", N, "DECIMAL(10,2)", g.amounts(180, 2_900), D),
        c("dt_adesao", N, "DATE", g.days("2010-01-01", "2025-12-01"), D),
        c("dt_cancel", N, "DATE", g.days("2018-01-01", "2025-12-01", 0.65), D),
        c("st_benef", N, "VARCHAR", g.col(g.pick(["A", "A", "S", "C"])), D),
        c("fl_carencia", N, "VARCHAR", g.yn("S", "N", 0.2), D),
        c("cd_ans", N, "VARCHAR", g.col(g.pick(["412345", "354321"])), D),
        c("usr_inclusao", USERNAME, "VARCHAR", g.col(g.pick(_logins(g, 6, "br"))), USER, AUDIT),
        c("dh_alteracao", N, "TIMESTAMP", g.moments("2025-01-01", "2025-12-20"), D),
    ])


# -- Italy -------------------------------------------------------------------------------------------------------------


def it_condominio(g: Gen) -> Table:
    """An Italian condominium administrator's owners (anagrafica condomini): the building (its name and address are
    the client's: ``none``), staircase and flat, ``cognome_nome``, codice fiscale, the owner's residence when not
    living in the building (``street_address``, mostly NULL), CAP, comune, phone, e-mail, PEC, IBAN for the RID,
    millesimi, the building's own eleven-digit fiscal code (``none``)."""
    buildings = [(f"Condominio {n}", f"{s} {g.rnd.randint(1, 90)}") for n, s in
                 (("Residenza i Tigli", "Via dei Tigli"), ("Palazzo Aurora", "Via Mazzini"),
                  ("Le Magnolie", "Viale Europa"), ("Parco Verde", "Via Cavour"))]
    b = [g.rnd.choice(buildings) for _ in range(g.rows)]
    codes = {x[0]: "9" + g.digits(10) for x in buildings}
    ppl = []
    for _ in range(g.rows):
        female = g.rnd.random() < 0.5
        first, a, _ = v.person(g, "it", female)
        born = g.birth(1935, 1998)
        city = g.rnd.choice(list(v.IT_COMUNI))
        ppl.append((first, a, born, female, city, v.it_codice_fiscale(first, a, born, female, city)))
    places = _place(g, "it")
    return Table("amm_condominio.anagrafica_condomini", "it", "snake", [
        c("id_condomino", N, "INTEGER", g.keys(1), D, KEY),
        c("condominio", N, "VARCHAR", [x[0] for x in b], BIZ),
        c("indirizzo_stabile", N, "VARCHAR", [x[1] for x in b], BIZ),
        c("scala", N, "VARCHAR", g.col(g.pick(["A", "B", "C"])), D),
        c("interno", N, "INTEGER", g.ints(1, 40), D),
        c("cognome_nome", "person_name", "VARCHAR", [f"{p[1]} {p[0]}".upper() for p in ppl]),
        c("cod_fisc", "national_id", "VARCHAR", [p[5] for p in ppl], ABBREV),
        c("residenza", "street_address", "VARCHAR", g.col(lambda: v.street(g, "it"), 0.7), HEAVY, PREMISES),
        c("cap_res", "postal_code", "VARCHAR", [v.postal(g, "it", p[1]) if g.rnd.random() < 0.35 else None
                                                for p in places], ABBREV, HEAVY),
        c("comune_res", "city", "VARCHAR", [p[0] if g.rnd.random() < 0.35 else None for p in places], ABBREV, HEAVY),
        c("tel", "phone", "VARCHAR", g.phones("IT", {"national": 0.6, "intl": 0.2, "nsn": 0.2}, 0.7, 0.15), ABBREV),
        c("email", "email", "VARCHAR", [v.email_of(g, p[0], p[1], v.DOMAINS["it"]) if g.rnd.random() < 0.6
                                        else None for p in ppl]),
        c("pec", "email", "VARCHAR", [f"{v.plain(p[0])}.{v.plain(p[1])}@pec.it" if g.rnd.random() < 0.3 else None
                                      for p in ppl], HEAVY),
        c("iban_rid", "iban", "VARCHAR", g.col(lambda: v.iban(g, "IT", g.rnd.random() < 0.4), 0.4), ABBREV),
        c("millesimi", N, "DECIMAL(7,3)", g.floats(5, 95, 3), D),
        c("cf_condominio", N, "VARCHAR", [codes[x[0]] for x in b], BIZ, SHAPE),
        c("saldo_rate", N, "DECIMAL(10,2)", g.amounts(-800, 300), D),
        c("ruolo", N, "VARCHAR", g.col(g.pick(["Proprietario", "Inquilino", "Usufruttuario"])), D),
    ])


def it_dentista(g: Gen) -> Table:
    """An Italian dental clinic's patients (pazienti): ``id_paziente`` (key), nome and cognome, codice fiscale,
    ``data_nasc`` as ``dd/mm/yyyy`` text, birthplace, address, CAP, city, province (``none``), mobile, e-mail, the
    dentist (staff), the hygienist (first name only), anamnesis notes, the next appointment, the invoice series, the
    clinic's partita IVA (``none``)."""
    ppl = []
    for _ in range(g.rows):
        female = g.rnd.random() < 0.5
        first, a, _ = v.person(g, "it", female)
        born = g.birth(1938, 2020)
        city = g.rnd.choice(list(v.IT_COMUNI))
        ppl.append((first, a, born, female, city, v.it_codice_fiscale(first, a, born, female, city)))
    places = _place(g, "it")
    dentists = _staff(g, 4, lambda x: "Dott. " + v.whole(x, "it"))
    hyg = _staff(g, 3, lambda x: v.given(x, "it"))
    piva = v.it_piva(g)

    def anamnesi() -> str:
        return g.rnd.choice(["Allergia alla penicillina", "Iperteso, in terapia", "Nessuna patologia riferita",
                             f"Accompagnato dalla madre {v.whole(g, 'it')}",
                             f"Contattare il marito al {g.phone('IT', 'national')}"])

    return Table("studio_dentistico.pazienti", "it", "snake", [
        c("id_paziente", N, "INTEGER", g.keys(3_001), D, KEY, MISLEADING),
        c("nome", "first_name", "VARCHAR", [p[0] for p in ppl]),
        c("cognome", "last_name", "VARCHAR", [p[1] for p in ppl]),
        c("codice_fiscale", "national_id", "VARCHAR", [p[5] if g.rnd.random() < 0.9 else None for p in ppl]),
        c("data_nasc", "date_of_birth", "VARCHAR", [_dmy(p[2]) for p in ppl], ABBREV),
        c("luogo_nasc", "city", "VARCHAR", [p[4] for p in ppl], ABBREV),
        c("indirizzo", "street_address", "VARCHAR", g.col(lambda: v.street(g, "it"), 0.1)),
        c("cap", "postal_code", "VARCHAR", [v.postal(g, "it", p[1]) for p in places], ABBREV),
        c("citta", "city", "VARCHAR", [p[0] for p in places]),
        c("prov", N, "VARCHAR", g.col(g.pick(["PE", "CS", "NO", "RN", "SA", "VI", "SS"])), D, ABBREV),
        c("cellulare", "phone", "VARCHAR", g.phones("IT", {"nsn": 0.5, "national": 0.3, "e164": 0.2}, 1.0, 0.08)),
        c("email", "email", "VARCHAR", [v.email_of(g, p[0], p[1], v.DOMAINS["it"]) if g.rnd.random() < 0.5
                                        else None for p in ppl]),
        c("medico", "person_name", "VARCHAR", g.col(g.pick(dentists)), STAFF, ROLE),
        c("igienista", "first_name", "VARCHAR", g.col(g.pick(hyg), 0.3), STAFF, ROLE),
        c("anamnesi", "free_text", "VARCHAR", g.sparse(anamnesi, 0.4, ("", "nessuna", "N.D."))),
        c("prossimo_app", N, "TIMESTAMP", g.moments("2026-01-05", "2026-06-30", 0.5), D),
        c("serie_fattura", N, "VARCHAR", g.col(lambda: g.code("FT/2025/9999")), D, SHAPE),
        c("piva_studio", N, "VARCHAR", [piva] * g.rows, BIZ, SHAPE),
        c("saldo", N, "DECIMAL(10,2)", g.amounts(0, 4_000), D),
    ])


# -- Mexico, Colombia, Peru --------------------------------------------------------------------------------------------


def mx_aspirantes(g: Gen) -> Table:
    """A Mexican public university's applicants (aspirantes), Mexican Spanish column names: folio, names in three
    columns, CURP (encoding names, birth date and sex), RFC of the applicant (mostly NULL), birth date as DATE, phone,
    e-mail, address, colonia, CP, municipio, state (``none``), the applicant's high school (``none``), exam score, the
    IP of the online registration, the tutor's name and phone, the reviewing staff login."""
    ppl = _people(g, "mx", 1995, 2008)
    places = _place(g, "mx")
    return Table("admision.aspirantes", "es", "snake", [
        c("folio", N, "VARCHAR", g.col(lambda: g.code("ASP-2026-999999")), D, SHAPE),
        c("nombre", "first_name", "VARCHAR", [p[0] for p in ppl]),
        c("apellido_paterno", "last_name", "VARCHAR", [p[1] for p in ppl]),
        c("apellido_materno", "last_name", "VARCHAR", [p[2] for p in ppl]),
        c("curp", "national_id", "VARCHAR", [v.mx_curp(g, p[0], p[1], p[2], p[3], p[4]) for p in ppl]),
        c("rfc", "national_id", "VARCHAR", [v.mx_rfc(g, p[0], p[1], p[2], p[3]) if g.rnd.random() < 0.3 else None
                                            for p in ppl], HEAVY),
        c("fecha_nacimiento", "date_of_birth", "DATE", [p[3] for p in ppl]),
        c("tel_celular", "phone", "VARCHAR", g.phones("MX", {"nsn": 0.6, "national": 0.2, "e164": 0.2}, 1.0)),
        c("correo", "email", "VARCHAR", [v.email_of(g, p[0], p[1], v.DOMAINS["mx"]) for p in ppl]),
        c("calle_numero", "street_address", "VARCHAR", g.col(lambda: v.street(g, "mx"))),
        c("colonia", "city", "VARCHAR", g.col(g.pick(["Centro", "La Paz", "San Manuel", "Jardines del Sur",
                                                     "Lomas de Angelópolis"]))),
        c("cp", "postal_code", "VARCHAR", [v.postal(g, "mx", p[1]) for p in places], ABBREV),
        c("municipio", "city", "VARCHAR", [p[0] for p in places]),
        c("estado", N, "VARCHAR", g.col(g.pick(["Puebla", "Querétaro", "Michoacán", "Sonora", "Yucatán"])), D),
        c("prepa_procedencia", N, "VARCHAR", g.col(g.pick(["CBTis 16", "Prepa Oficial 3", "COBAEP 12",
                                                           "CECyTE Plantel 5"])), D),
        c("promedio", N, "DECIMAL(4,2)", g.floats(6, 10, 2), D),
        c("puntaje_examen", N, "INTEGER", g.ints(400, 1300, 0.1), D),
        c("ip_registro", "ip_address", "VARCHAR", g.col(lambda: g.ip(0.25))),
        c("nombre_tutor", "person_name", "VARCHAR", g.col(lambda: v.whole(g, "mx"), 0.2), ROLE),
        c("tel_tutor", "phone", "VARCHAR", g.phones("MX", {"national": 0.6, "nsn": 0.4}, 0.6, 0.3)),
        c("carrera_solicitada", N, "VARCHAR", g.col(g.pick(["Ing. Civil", "Medicina", "Derecho", "Contaduría"])), D),
        c("estatus", N, "VARCHAR", g.col(g.pick(["REGISTRADO", "PAGADO", "ADMITIDO", "NO ADMITIDO"])), D),
        c("revisor", USERNAME, "VARCHAR", g.col(g.pick(_logins(g, 4, "mx")), 0.2), USER, AUDIT),
    ])


def co_eps_afiliados(g: Gen) -> Table:
    """A Colombian EPS's affiliates (wide legacy table, 33 columns): document type and cédula, the names in four
    columns (``primer_nombre``, ``segundo_nombre``, ``primer_apellido``, ``segundo_apellido``), birth date as
    ``yyyymmdd`` integers, address in the Colombian grid form, barrio, municipality, department (``none``), phones,
    e-mail, the employer's NIT (``none``) and name, regime, IPS, the cotizante's cédula for beneficiaries (mostly
    NULL), contacts, geographic coordinates of the IPS (``none``), hashes, audit columns."""
    ppl = _people(g, "andes", 1940, 2024)
    seconds = [g.rnd.choice(v.NAMES["andes"][1] if p[4] else v.NAMES["andes"][0]) if g.rnd.random() < 0.5
               else None for p in ppl]
    places = _place(g, "co")

    def obs() -> str:
        return g.rnd.choice([f"Traslado desde otra EPS, acudiente {v.whole(g, 'andes')}",
                             "Paciente crónico, programa hipertensión", f"Cel alterno {g.phone('CO', 'nsn')}",
                             "Portabilidad aprobada", f"Madre cabeza de hogar, hijo {v.given(g, 'andes')}"])

    return Table("eps.AFILIADOS", "es", "screaming", [
        c("ID_AFILIADO", N, "BIGINT", g.keys(10_000_001), D, KEY),
        c("TIPO_DOC", N, "VARCHAR", g.col(g.pick(["CC", "CC", "CC", "TI", "RC", "CE"])), D, ABBREV),
        c("NUM_DOC", "national_id", "VARCHAR", g.col(lambda: v.co_cedula(g)), ABBREV),
        c("PRIMER_NOMBRE", "first_name", "VARCHAR", [p[0].upper() for p in ppl]),
        c("SEGUNDO_NOMBRE", "first_name", "VARCHAR", [s.upper() if s else None for s in seconds]),
        c("PRIMER_APELLIDO", "last_name", "VARCHAR", [p[1].upper() for p in ppl]),
        c("SEGUNDO_APELLIDO", "last_name", "VARCHAR", [p[2].upper() if g.rnd.random() < 0.9 else None for p in ppl]),
        c("FEC_NAC", "date_of_birth", "INTEGER", [_ymd(p[3]) for p in ppl], ABBREV),
        c("SEXO", N, "VARCHAR", ["F" if p[4] else "M" for p in ppl], D),
        c("DIRECCION", "street_address", "VARCHAR", g.col(lambda: v.street(g, "co").upper(), 0.05)),
        c("BARRIO", "city", "VARCHAR", g.col(g.pick(["CABECERA", "LA CUMBRE", "EL PRADO", "SAN ALONSO", "PROVENZA"]),
                                             0.2)),
        c("COD_MPIO", N, "VARCHAR", g.col(g.pick(["68001", "66001", "17001", "73001", "52001"])), D, ABBREV),
        c("MUNICIPIO", "city", "VARCHAR", [p[0].upper() for p in places]),
        c("DEPARTAMENTO", N, "VARCHAR", g.col(g.pick(["SANTANDER", "RISARALDA", "CALDAS", "TOLIMA", "NARIÑO"])), D),
        c("TEL_FIJO", "phone", "VARCHAR", g.phones("CO", {"national": 0.5, "nsn": 0.5}, 0.0, 0.75), ABBREV, HEAVY),
        c("CELULAR", "phone", "VARCHAR", g.phones("CO", {"nsn": 0.7, "national": 0.2, "e164": 0.1}, 1.0, 0.1)),
        c("EMAIL", "email", "VARCHAR", [v.email_of(g, p[0], p[1], v.DOMAINS["andes"]) if g.rnd.random() < 0.45
                                        else None for p in ppl]),
        c("REGIMEN", N, "VARCHAR", g.col(g.pick(["CONTRIBUTIVO", "SUBSIDIADO"])), D),
        c("TIPO_AFILIADO", N, "VARCHAR", g.col(g.pick(["COTIZANTE", "BENEFICIARIO", "ADICIONAL"])), D),
        c("DOC_COTIZANTE", "national_id", "VARCHAR", g.col(lambda: v.co_cedula(g), 0.65), ABBREV, HEAVY),
        c("NIT_EMPLEADOR", N, "VARCHAR", g.col(lambda: v.co_nit(g), 0.45), BIZ, SHAPE, ABBREV),
        c("RAZON_SOCIAL_EMP", N, "VARCHAR", g.col(g.pick(v.COMPANIES["co"]), 0.45), BIZ),
        c("IPS_PRIMARIA", N, "VARCHAR", g.col(g.pick(["IPS Salud Total Cabecera", "Clínica del Café",
                                                      "ESE Hospital San Rafael"])), D),
        c("IPS_LAT", N, "DOUBLE", g.floats(1.2, 7.2, 6), D),
        c("IPS_LON", N, "DOUBLE", g.floats(-77.3, -73.0, 6), D),
        c("CATEGORIA_SISBEN", N, "VARCHAR", g.col(g.pick(["A1", "B3", "C5", "D10"]), 0.4), D),
        c("IBC", N, "DECIMAL(12,2)", g.amounts(1_300_000, 9_000_000), D, ABBREV),
        c("FEC_AFILIACION", N, "DATE", g.days("2005-01-01", "2025-12-01"), D),
        c("ESTADO", N, "VARCHAR", g.col(g.pick(["AC", "AC", "SU", "RE"])), D),
        c("OBSERVACIONES", "free_text", "VARCHAR", g.sparse(obs, 0.75, ("", "SIN DATO", "N/A")), NULLWORD),
        c("HASH_REG", N, "VARCHAR", g.col(lambda: v.sha1(g)), D, SHAPE),
        c("USR_CREA", USERNAME, "VARCHAR", g.col(g.pick(_logins(g, 5, "andes"))), USER, AUDIT),
        c("FEC_MOD", N, "TIMESTAMP", g.moments("2025-06-01", "2025-12-20"), D),
    ])


def pe_microfinanzas(g: Gen) -> Table:
    """A Peruvian microfinance institution's borrowers (prestatarios): credit number, DNI, names, birth date as
    ``dd/mm/yyyy`` text, the business (a stall or workshop: its name and RUC are ``none``), home address, district,
    department (``none``), phone, the guarantor's name and DNI (mostly NULL), the loan officer (staff), amounts, rate,
    arrears days, the visit's coordinates (``none``), the officer's notes."""
    ppl = _people(g, "andes", 1955, 2005)
    places = _place(g, "pe")
    officers = _staff(g, 6, lambda x: v.whole(x, "andes"))

    def nota() -> str:
        return g.rnd.choice(["Negocio estable, buena rotación", f"Esposo {v.whole(g, 'andes')} también firma",
                             f"Llamar al {g.phone('PE', 'nsn')} antes de visitar", "Pago puntual últimos 6 meses",
                             "Refinanciado por campaña escolar"])

    return Table("microfinanzas.prestatarios", "es", "snake", [
        c("nro_credito", N, "VARCHAR", g.col(lambda: g.code("CR-9999999999")), D, SHAPE),
        c("dni", "national_id", "VARCHAR", g.col(lambda: v.pe_dni(g))),
        c("nombres", "first_name", "VARCHAR", [p[0] for p in ppl]),
        c("ape_paterno", "last_name", "VARCHAR", [p[1] for p in ppl], ABBREV),
        c("ape_materno", "last_name", "VARCHAR", [p[2] for p in ppl], ABBREV),
        c("fec_nac", "date_of_birth", "VARCHAR", [_dmy(p[3]) for p in ppl], ABBREV),
        c("nombre_negocio", N, "VARCHAR", g.col(g.pick(["Bodega Doña Flor", "Taller El Inca", "Puesto 45 Mercado",
                                                        "Textiles Sumaq", "Panadería San Juan"])), BIZ),
        c("ruc_negocio", N, "VARCHAR", g.col(lambda: v.pe_ruc_company(g), 0.5), BIZ, SHAPE),
        c("direccion_dom", "street_address", "VARCHAR", g.col(lambda: v.street(g, "pe")), ABBREV),
        c("distrito", "city", "VARCHAR", [p[0] for p in places]),
        c("departamento", N, "VARCHAR", g.col(g.pick(["Arequipa", "Junín", "Cusco", "Piura", "Lambayeque", "Puno"])),
          D),
        c("celular", "phone", "VARCHAR", g.phones("PE", {"nsn": 0.7, "intl": 0.3}, 1.0, 0.05)),
        c("aval_nombre", "person_name", "VARCHAR", g.col(lambda: v.whole(g, "andes"), 0.6), ROLE, HEAVY),
        c("aval_dni", "national_id", "VARCHAR", g.col(lambda: v.pe_dni(g), 0.6), HEAVY),
        c("analista", "person_name", "VARCHAR", g.col(g.pick(officers)), STAFF, ROLE),
        c("monto_desembolsado", N, "DECIMAL(10,2)", g.amounts(500, 30_000), D),
        c("tasa_tea", N, "DECIMAL(5,2)", g.floats(18, 65, 2), D),
        c("dias_atraso", N, "INTEGER", g.ints(0, 120), D),
        c("lat_visita", N, "DOUBLE", g.floats(-16.5, -5.1, 6), D),
        c("lon_visita", N, "DOUBLE", g.floats(-80.6, -70.0, 6), D),
        c("comentario_analista", "free_text", "VARCHAR", g.sparse(nota, 0.45, ("", "-", "SIN DATO"))),
        c("fec_desembolso", N, "DATE", g.days("2023-01-01", "2025-12-15"), D),
    ])


# -- Chile, Argentina, Uruguay, Ecuador --------------------------------------------------------------------------------


def cl_isapre(g: Gen) -> Table:
    """A Chilean ISAPRE's contributors (cotizantes): ``rut_num`` and ``rut_dv`` split (``rut_dv`` alone: ``none``,
    tag ``partial``), the RUT formatted (``rut_completo``), names, birth date as DATE, ``com_res``, region (``none``),
    address, phones, e-mail, the employer's RUT and name (``none``), plan, the 7% amount, the sales agent (staff),
    the beneficiaries' count."""
    ppl = _people(g, "cono", 1945, 2004)
    ruts = [v.cl_rut(g) for _ in range(g.rows)]
    agents = _staff(g, 5, lambda x: v.whole(x, "cono"))

    def emp_rut() -> str:
        body = str(g.rnd.randint(76_000_000, 99_999_999))
        return v.cl_fmt(body, v._rut.calc_check_digit(body))

    return Table("isapre.cotizantes", "es", "snake", [
        c("id_cotizante", N, "INTEGER", g.keys(500_001), D, KEY),
        c("rut_num", "national_id", "INTEGER", [int(r[0]) for r in ruts], ABBREV),
        c("rut_dv", N, "VARCHAR", [r[1] for r in ruts], ABBREV, PARTIAL, D),
        c("rut_completo", "national_id", "VARCHAR", [v.cl_fmt(*r) for r in ruts]),
        c("nombres", "first_name", "VARCHAR", [p[0] for p in ppl]),
        c("ap_paterno", "last_name", "VARCHAR", [p[1] for p in ppl], ABBREV),
        c("ap_materno", "last_name", "VARCHAR", [p[2] for p in ppl], ABBREV),
        c("fec_nacimiento", "date_of_birth", "DATE", [p[3] for p in ppl], ABBREV),
        c("direccion", "street_address", "VARCHAR", g.col(lambda: v.street(g, "cl"))),
        c("com_res", "city", "VARCHAR", g.col(g.pick(v.CL_COMUNAS)), ABBREV),
        c("region", N, "VARCHAR", g.col(g.pick(["RM", "IX", "VI", "VII", "II", "IV"])), D),
        c("fono", "phone", "VARCHAR", g.phones("CL", {"nsn": 0.5, "intl": 0.3, "e164": 0.2}, 0.85, 0.1)),
        c("email", "email", "VARCHAR", [v.email_of(g, p[0], p[1], v.DOMAINS["cono"]) if g.rnd.random() < 0.7
                                        else None for p in ppl]),
        c("rut_empleador", N, "VARCHAR", g.col(emp_rut, 0.15), BIZ, SHAPE),
        c("razon_social_empleador", N, "VARCHAR", g.col(g.pick(["Forestal Araucanía SpA", "Minera Norte Grande S.A.",
                                                                "Comercial Larraín Ltda."]), 0.15), BIZ),
        c("cod_plan", N, "VARCHAR", g.col(lambda: g.code("PL-AA-999")), D, SHAPE),
        c("cotizacion_7pct", N, "DECIMAL(10,0)", g.amounts(35_000, 290_000), D),
        c("ejecutivo_venta", "person_name", "VARCHAR", g.col(g.pick(agents)), STAFF, ROLE),
        c("n_cargas", N, "INTEGER", g.ints(0, 5), D),
        c("vigente", N, "VARCHAR", g.yn("S", "N", 0.88), D),
    ])


def ar_sindicato(g: Gen) -> Table:
    """An Argentine union's members (afiliados), Rioplatense column names: legajo, DNI, CUIL (wrapping the DNI),
    ``apellido_y_nombre`` (``SURNAMES, Given``), birth date as ``dd/mm/yyyy`` text, domicilio, localidad, CP (old
    four-digit or CPA), phone, e-mail, the employer's CUIT and name (``none``), the delegate (staff), dues, the
    member's CBU-like bank reference (``none``: a last-four fragment), flags."""
    ppl = _people(g, "cono", 1955, 2005)
    dnis = [v.ar_dni(g) for _ in range(g.rows)]
    places = _place(g, "ar")
    delegates = _staff(g, 6, lambda x: v.whole(x, "cono"))
    return Table("sindicato.afiliados", "es", "snake", [
        c("legajo", N, "INTEGER", g.keys(40_001), D, KEY),
        c("dni", "national_id", "VARCHAR", [d if g.rnd.random() < 0.6 else f"{int(d):,}".replace(",", ".")
                                            for d in dnis]),
        c("cuil", "national_id", "VARCHAR", [v.ar_cuil(g, d, p[4]) for d, p in zip(dnis, ppl, strict=True)]),
        c("apellido_y_nombre", "person_name", "VARCHAR", [f"{p[1].upper()} {p[2].upper()}, {p[0]}" for p in ppl]),
        c("fecha_nac", "date_of_birth", "VARCHAR", [_dmy(p[3]) for p in ppl], ABBREV),
        c("domicilio", "street_address", "VARCHAR", g.col(lambda: v.street(g, "ar"))),
        c("localidad", "city", "VARCHAR", [p[0] for p in places]),
        c("cp", "postal_code", "VARCHAR", [v.postal(g, "ar", p[1]) for p in places], ABBREV),
        c("telefono", "phone", "VARCHAR", g.phones("AR", {"national": 0.6, "intl": 0.4}, 0.8, 0.1)),
        c("mail", "email", "VARCHAR", [v.email_of(g, p[0], p[1], v.DOMAINS["cono"]) if g.rnd.random() < 0.5
                                       else None for p in ppl]),
        c("cuit_empleador", N, "VARCHAR", g.col(lambda: v.ar_cuit_company(g)), BIZ, SHAPE),
        c("empleador", N, "VARCHAR", g.col(g.pick(v.COMPANIES["ar"])), BIZ),
        c("delegado", "person_name", "VARCHAR", g.col(g.pick(delegates)), STAFF, ROLE),
        c("cuota_mensual", N, "DECIMAL(10,2)", g.amounts(3_000, 25_000), D),
        c("cbu_ult4", N, "VARCHAR", g.col(lambda: g.digits(4), 0.3), D, PARTIAL),
        c("fecha_afiliacion", N, "DATE", g.days("1990-01-01", "2025-12-01"), D),
        c("activo", N, "BOOLEAN", g.yn(True, False, 0.9), D),
    ])


def uy_ute(g: Gen) -> Table:
    """An Uruguayan electricity utility's supply points (suministros): the supply and meter numbers (``none``), the
    holder's cédula (own check digit) and name, the supply address (a household's home: ``street_address``, tag
    ``premises``), department (``none``), locality, phone, e-mail, tariff, readings, the meter's coordinates
    (``none``), the technician (staff) and firmware version of a smart meter."""
    ppl = _people(g, "cono", 1940, 2005)
    places = _place(g, "uy")
    techs = _staff(g, 5, lambda x: v.whole(x, "cono"))
    return Table("ute.suministros", "es", "snake", [
        c("nro_suministro", N, "VARCHAR", g.col(lambda: g.code("9999999999")), D, SHAPE),
        c("nro_medidor", N, "VARCHAR", g.col(lambda: g.code("AA99999999")), D, SHAPE),
        c("ci_titular", "national_id", "VARCHAR", g.col(lambda: v.uy_ci(g), 0.05), ABBREV),
        c("nombre_titular", "person_name", "VARCHAR", [f"{p[0]} {p[1]} {p[2]}" for p in ppl]),
        c("dir_suministro", "street_address", "VARCHAR", g.col(lambda: v.street(g, "uy")), PREMISES, ABBREV),
        c("localidad", "city", "VARCHAR", [p[0] for p in places]),
        c("departamento", N, "VARCHAR", g.col(g.pick(["Salto", "Paysandú", "Rivera", "Maldonado", "Tacuarembó"])), D),
        c("cod_postal", "postal_code", "VARCHAR", [v.postal(g, "uy", p[1]) for p in places], ABBREV),
        c("tel_contacto", "phone", "VARCHAR", g.phones("UY", {"national": 0.5, "nsn": 0.3, "intl": 0.2}, 0.8, 0.2)),
        c("email_factura", "email", "VARCHAR", [v.email_of(g, p[0], p[1], v.DOMAINS["cono"]) if g.rnd.random() < 0.5
                                                else None for p in ppl]),
        c("tarifa", N, "VARCHAR", g.col(g.pick(["TRS", "TRD", "TRT", "MC1"])), D),
        c("potencia_kw", N, "DECIMAL(5,2)", g.floats(2.2, 15, 2), D),
        c("lectura_kwh", N, "INTEGER", g.ints(100, 90_000), D),
        c("fecha_lectura", N, "DATE", g.days("2025-10-01", "2025-12-20"), D),
        c("lat", N, "DOUBLE", g.floats(-34.9, -30.2, 6), D),
        c("lon", N, "DOUBLE", g.floats(-58.4, -53.3, 6), D),
        c("tecnico_instalacion", "person_name", "VARCHAR", g.col(g.pick(techs), 0.2), STAFF, ROLE),
        c("fw_medidor", N, "VARCHAR", g.col(g.version, 0.4), D, SHAPE),
        c("deuda", N, "DECIMAL(10,2)", g.amounts(0, 9_000), D),
    ])


def ec_escuela(g: Gen) -> Table:
    """An Ecuadorian school's pupils (estudiantes), Ecuadorian Spanish: matrícula, the pupil's cédula, names, birth
    date as DATE, grade and parallel, the representative's name, cédula, phone and e-mail, the home address, parish,
    canton, the homeroom teacher (staff), a ``ref_externa`` column holding the pupil's cédula again (misleading),
    medical notes, a GUID."""
    ppl = _people(g, "andes", 2008, 2020)
    places = _place(g, "ec")
    teachers = _staff(g, 8, lambda x: "Lcda. " + v.whole(x, "andes"))
    ced = [v.ec_ci(g) for _ in range(g.rows)]

    def nota() -> str:
        return g.rnd.choice(["Asma leve, usa inhalador", f"Retira el tío {v.whole(g, 'andes')}",
                             "Alergia al maní", f"Emergencia: {g.phone('EC', 'national')}", "Ninguna novedad"])

    return Table("escuela.estudiantes", "es", "snake", [
        c("nro_matricula", N, "VARCHAR", g.col(lambda: g.code("MAT-2025-99999")), D, SHAPE),
        c("cedula_est", "national_id", "VARCHAR", ced, ABBREV),
        c("nombres", "first_name", "VARCHAR", [p[0] for p in ppl]),
        c("apellidos", "last_name", "VARCHAR", [f"{p[1]} {p[2]}" for p in ppl]),
        c("fecha_nac", "date_of_birth", "DATE", [p[3] for p in ppl], ABBREV),
        c("grado", N, "VARCHAR", g.col(g.pick(["2do EGB", "5to EGB", "8vo EGB", "1ro BGU", "3ro BGU"])), D),
        c("paralelo", N, "VARCHAR", g.col(g.pick(["A", "B", "C"])), D),
        c("representante", "person_name", "VARCHAR", g.col(lambda: v.whole(g, "andes")), ROLE),
        c("ci_representante", "national_id", "VARCHAR", g.col(lambda: v.ec_ci(g), 0.1), ABBREV),
        c("tel_representante", "phone", "VARCHAR", g.phones("EC", {"national": 0.5, "nsn": 0.3, "e164": 0.2}, 0.9)),
        c("correo_representante", "email", "VARCHAR", g.col(lambda: v.email_of(
            g, v.given(g, "andes"), v.person(g, "andes")[1], v.DOMAINS["andes"]), 0.3)),
        c("direccion_domicilio", "street_address", "VARCHAR", g.col(lambda: v.street(g, "ec"))),
        c("parroquia", "city", "VARCHAR", g.col(g.pick(["El Sagrario", "Huayna Cápac", "San Sebastián",
                                                        "Yanuncay"]))),
        c("canton", "city", "VARCHAR", [p[0] for p in places]),
        c("docente_tutor", "person_name", "VARCHAR", g.col(g.pick(teachers)), STAFF, ROLE),
        c("ref_externa", "national_id", "VARCHAR", [x if g.rnd.random() < 0.4 else None for x in ced], MISLEADING,
          HEAVY),
        c("obs_medicas", "free_text", "VARCHAR", g.sparse(nota, 0.6, ("", "ninguna", "N/A")), ABBREV),
        c("guid", N, "VARCHAR", g.col(g.uuid), D, SHAPE),
        c("pension_usd", N, "DECIMAL(8,2)", g.amounts(0, 180), D),
    ])


BUILDERS: list[tuple[Callable[[Gen], Table], int]] = [
    (cat_padro, 1_300), (gal_confraria, 260), (es_mutua_stg, 1_100), (pt_farmacia, 700), (br_plano_benef, 1_500),
    (it_condominio, 230), (it_dentista, 480), (mx_aspirantes, 900), (co_eps_afiliados, 1_200),
    (pe_microfinanzas, 640), (cl_isapre, 520), (ar_sindicato, 450), (uy_ute, 380), (ec_escuela, 330),
]


def tables() -> list[Table]:
    """Every table of the set, generated from :data:`SEED` (same values on every run)."""
    return [make(Gen(make.__name__, rows)) for make, rows in BUILDERS]


def labels(built: list[Table] | None = None) -> dict[str, dict[str, str]]:
    """``schema.table`` -> column -> true kind."""
    return {t.name: {col.name: col.kind for col in t.columns} for t in (built if built is not None else tables())}


def build(path: Path = DEFAULT_PATH) -> list[Table]:
    """Write every table into the DuckDB file ``path`` (replaced) and return the tables."""
    return heldout_v4.write_tables(path, tables())


summary = heldout_v4.summary

if __name__ == "__main__":
    target = Path(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT_PATH
    print(f"built {summary(build(target))} into {target}")
