"""Held-out set v33 for the column classifier: 15 tables of *legacy and mainframe exports and ordinary systems in
languages earlier sets used little*, each a different system: a Hungarian utility's customers (adóazonosító jel,
TAJ), a Romanian bank's clients (CNP), a Finnish municipality's residents (henkilötunnus), an Estonian e-shop's
customers (isikukood), a Lithuanian clinic's patients (asmens kodas), a Croatian insurer's policy holders (OIB), a
Slovenian employer's staff file (EMŠO), a Slovak telecom's subscribers (rodné číslo), a Bulgarian pension fund's
members (ЕГН, Cyrillic column names and values), an Israeli HMO's members (Teudat Zehut, Hebrew column names and
values), a Vietnamese retailer's loyalty customers (CCCD), a Thai hospital's patients (Thai national ID, Thai script),
an Icelandic sports club's members (kennitala), and two COBOL/mainframe extracts with copybook field names and
fixed-width padded values (a Hungarian insurer's policy-holder master and a Finnish payroll extract).

Written **blind**, like v2 to v31: by someone who has read neither the classifier (``governance_dagster/detect/``) nor
its rules, documentation, tests, changelog or notes, only the list of kind names (``governance_dagster/kinds.py``), how
the scorer registers a set (``heldout_v2_accuracy.py``, read, never run), the *structure* and labeling conventions of
v27 (``heldout_v27.py``, ``heldout_v27_values.py``, its test, ``tests/heldout_support.py``), the module docstrings of
v24 to v31 (to avoid their domains) and the ``Column``/``Table`` classes and writer they build on. The classifier was
not run on this set while it was written, no scorer was run on it, and no score of any set was looked at: nothing here
was adjusted to what the classifier does. It was written under a short deadline (45 minutes, the tests and lint
included), so some labels below are quick decisions rather than settled conventions. It imports no earlier set's value
module: its random source, name lists, streets, cities and identifier builders are its own
(:mod:`benchmarks.classification.heldout_v33_values`; the generic ``Gen`` helpers were copied from v27's).

What is new against v2 to v31:

* column names in Hungarian, Romanian, Finnish, Estonian, Lithuanian, Croatian, Slovenian, Slovak, Bulgarian
  (Cyrillic), Hebrew, Vietnamese, Thai (romanized) and Icelandic, abbreviated as local systems abbreviate them
  (``szul_dat``, ``tel_sz``, ``irsz``, ``adr_1``, ``gim_data``, ``DAT_ROJ``), with values in those languages and
  scripts (Hebrew, Cyrillic and Thai names, Vietnamese diacritics, Icelandic patronymics, Hungarian family-name-first
  order);
* COBOL copybook field names (tag ``cobol``: ``CUST-NM``, ``ADDR-LN-1``, ``ZIP-CD``, ``DOB-YYMMDD``, ``FILLER``)
  with values right-padded to their PIC width (tag ``fixed_width``), upper-case without accents, dates of birth as
  ``YYMMDD`` and ``CCYYMMDD`` integers;
* dates of birth as DATE, as local text (``1984.03.12.``, ``12.03.1984``, ``12/03/1984``, Buddhist-era
  ``12/03/2527``), as integers and split into parts (tag ``split_dob``);
* national identifiers of thirteen countries, checked with python-stdnum where it knows them (tag ``checksum``);
  phones of those countries (phonenumbers) in national, international and E.164 forms; their IBANs;
* opaque names (``FLD07``, ``x_3``, tag ``opaque``) and misleading ones (tag ``misleading``).

Labeling choices a reader may question:

* the Hungarian TAJ (social-insurance number) and the adóazonosító jel (tax id) are both ``national_id``; the Slovenian
  personal tax number is not in the set; the Vietnamese CCCD (no check digit) is ``national_id``;
* a mother's maiden name (``anyja_neve``, required on Hungarian forms) is ``person_name``; a birthplace is ``city``;
* a COBOL ``CUST-NM`` holding ``FAMILY GIVEN`` padded to 30 characters is ``person_name``; ``FILLER`` is ``none``;
  ``DOB-YYMMDD`` as an integer is ``date_of_birth``; a sex code is ``none``;
* ``LAST4-IBAN`` (the last four characters of an account) is ``none`` (tag ``partial``);
* Thai ``changwat`` (province) and Romanian ``judet`` (county) are ``none`` like v27's Italian ``provincia``; a
  Vietnamese ``tinh_thanh`` (a city or a province: all values here are cities) is ``city``;
* a split date of birth: the year, month and day columns are each ``date_of_birth`` (the year alone is arguable);
* the employer's company tax number, a club's kennitala-like company number are not in the set; company names and
  company phones are ``none`` (tag ``business``);
* a note column mixing names, phones and complaints in the local language is ``free_text``; an opaque column holding
  only phones (``FLD07``) is ``phone``; ``x_3`` holding e-mail addresses is ``email``;
* a login (``kasutajanimi``, ``USER-ID``) is ``unclassified`` (tag ``username``); a batch job name is ``none``.

Labeling rules otherwise as v2 to v31 (see :mod:`benchmarks.classification.heldout_v27`). ``null_heavy`` means 50-95%
NULL, ``nullword_heavy`` 70-95% NULL words. Build: ``python -m benchmarks.classification.heldout_v33 [PATH]``
(default ``/tmp/heldout_v33.duckdb``). Score: ``python -m benchmarks.classification.heldout_v2_accuracy --set v33``.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from datetime import date
from pathlib import Path

from benchmarks.classification import heldout_v4
from benchmarks.classification import heldout_v33_values as v
from benchmarks.classification.heldout_v2 import Column, Table
from benchmarks.classification.heldout_v33_values import NULLISH, SEED, USERNAME, Gen, N, c

__all__ = ["BUILDERS", "DEFAULT_PATH", "NULLISH", "SEED", "USERNAME", "Column", "Gen", "Table", "build", "labels",
           "summary", "tables"]

DEFAULT_PATH = Path("/tmp/heldout_v33.duckdb")

HEAVY = "null_heavy"
NULLWORD = "nullword_heavy"
SHAPE = "value_shape"
MISLEADING = "misleading"
OPAQUE = "opaque"
STAFF = "staff"
ABBREV = "abbrev"
USER = "username"
KEY = "join_key"
PARTIAL = "partial"
COBOL = "cobol"
FIXED = "fixed_width"
SPLIT = "split_dob"
CHECK = "checksum"
D = "decoy"
B = "business"


def _words(*extra: str) -> tuple[str, ...]:
    return ("", "-", "NULL", "n/a") + extra


def _staff(g: Gen, n: int, lang: str) -> list[str]:
    out: set[str] = set()
    while len(out) < n:
        out.add(v.whole(g, lang))
    return sorted(out)


def _people(g: Gen, lang: str, lo: int = 1940, hi: int = 2005) -> list[tuple[str, str, bool, date]]:
    return [(*v.person(g, lang), g.birth(lo, hi)) for _ in range(g.rows)]


def _null(g: Gen, values: list, share: float) -> list:
    return [None if g.rnd.random() < share else x for x in values]


def _cobol(text: str, width: int) -> str:
    """``text`` as a mainframe wrote it: upper case, accents dropped, right-padded with spaces to ``width``."""
    plain = "".join(ch for ch in v.fold(text) if ch.isascii()).upper()
    return plain[:width].ljust(width)


def hu_kozmu_ugyfelek(g: Gen) -> Table:
    """A Hungarian gas utility's customers (snake case, abbreviated): contract and meter numbers and the tariff
    (``none``), the name family-name first, the mother's name, birth date as ``1984.03.12.`` text and birthplace, tax id
    and TAJ (TAJ mostly NULL), address, postcode and town, phone, e-mail, IBAN, the reader (staff), a note."""
    ppl = _people(g, "hu")
    places = [v.place(g, "hu") for _ in range(g.rows)]
    readers = _staff(g, 5, "hu")

    def note() -> str:
        return g.rnd.choice([f"Hívja a fiát, {v.whole(g, 'hu')}: {g.phone('HU', 'national')}",
                             "Mérő a pincében, kulcs a szomszédnál", f"Meghatalmazott: {v.whole(g, 'hu')}",
                             "Részletfizetést kért"])

    return Table("kozmu.ugyfel_torzs", "hu", "snake", [
        c("ugyf_az", N, "INTEGER", g.keys(100_001), D, KEY),
        c("szerz_szam", N, "VARCHAR", g.col(lambda: g.code("GSZ-9999999")), D, SHAPE),
        c("meroora_gyszam", N, "VARCHAR", g.col(lambda: g.code("AA99999999")), D, SHAPE),
        c("nev", "person_name", "VARCHAR", [f"{p[1]} {p[0]}" for p in ppl]),
        c("anyja_neve", "person_name", "VARCHAR", _null(g, [v.whole(g, "hu") for _ in range(g.rows)], 0.3)),
        c("szul_dat", "date_of_birth", "VARCHAR", [f"{p[3]:%Y.%m.%d}." for p in ppl], ABBREV),
        c("szul_hely", "city", "VARCHAR", [g.rnd.choice(v.CITIES["hu"])[0] for _ in range(g.rows)], ABBREV),
        c("ado_azon", "national_id", "VARCHAR", [v.hu_tax_id(g, p[3]) if g.rnd.random() < 0.8 else None
                                                 for p in ppl], CHECK),
        c("taj_szam", "national_id", "VARCHAR", g.col(lambda: v.hu_taj(g), 0.6), HEAVY, CHECK),
        c("irsz", "postal_code", "VARCHAR", [p[1] for p in places], ABBREV),
        c("telepules", "city", "VARCHAR", [p[0] for p in places]),
        c("cim", "street_address", "VARCHAR", g.col(lambda: v.street(g, "hu"))),
        c("tel_sz", "phone", "VARCHAR", g.phones("HU", {"national": 0.6, "intl": 0.3, "e164": 0.1}, 0.7, 0.15),
          ABBREV),
        c("email_cim", "email", "VARCHAR", _null(g, [v.email_of(g, p[0], p[1], ["freemail.hu", "citromail.hu",
                                                                               "gmail.com"]) for p in ppl], 0.4)),
        c("bankszla", "iban", "VARCHAR", g.col(lambda: v.iban(g, "HU", g.rnd.random() < 0.5), 0.55), HEAVY,
          ABBREV),
        c("tarifa_kod", N, "VARCHAR", g.col(g.pick(["A1", "A2", "B-GAZ", "KEDV"])), D),
        c("leolvaso", "person_name", "VARCHAR", g.col(g.pick(readers)), STAFF),
        c("megj", "free_text", "VARCHAR", g.sparse(note, 0.75, _words("nincs")), NULLWORD, ABBREV),
        c("utolso_leolv", N, "TIMESTAMP", g.moments("2025-01-01", "2025-12-31"), D),
    ])


def ro_banca_clienti(g: Gen) -> Table:
    """A Romanian bank's clients (snake case): CNP encoding the birth date, names, birth date (DATE), address, county
    (``none``), town, postal code, mobile, e-mail, IBAN, the account number of a loan (``none``), the advisor
    (staff), the employer's name (``none``), income."""
    ppl = _people(g, "ro")
    places = [v.place(g, "ro") for _ in range(g.rows)]
    advisors = _staff(g, 6, "ro")
    return Table("banca.clienti", "ro", "snake", [
        c("id_client", N, "BIGINT", g.keys(7_000_001, 3), D, KEY),
        c("cnp", "national_id", "VARCHAR", [v.ro_cnp(g, p[3], p[2]) for p in ppl], CHECK),
        c("nume", "last_name", "VARCHAR", [p[1] for p in ppl]),
        c("prenume", "first_name", "VARCHAR", [p[0] for p in ppl]),
        c("data_nasterii", "date_of_birth", "DATE", [p[3] for p in ppl]),
        c("adresa_dom", "street_address", "VARCHAR", g.col(lambda: v.street(g, "ro"))),
        c("judet", N, "VARCHAR", g.col(g.pick(["CJ", "IS", "TM", "BV", "CT", "SB", "BH", "DJ"])), D),
        c("localitate", "city", "VARCHAR", [p[0] for p in places]),
        c("cod_postal", "postal_code", "VARCHAR", [p[1] for p in places]),
        c("telefon_mobil", "phone", "VARCHAR", g.phones("RO", {"national": 0.5, "intl": 0.3, "e164": 0.2}, 1.0,
                                                        0.05)),
        c("email", "email", "VARCHAR", _null(g, [v.email_of(g, p[0], p[1], ["yahoo.ro", "gmail.com", "rdslink.ro"])
                                                 for p in ppl], 0.2)),
        c("iban", "iban", "VARCHAR", g.col(lambda: v.iban(g, "RO", g.rnd.random() < 0.4))),
        c("nr_cont_credit", N, "VARCHAR", g.col(lambda: g.code("CR-99-9999999"), 0.4), D, SHAPE),
        c("consilier", "person_name", "VARCHAR", g.col(g.pick(advisors)), STAFF),
        c("angajator", N, "VARCHAR", g.col(g.pick(["Dacia Automobile SA", "Electrica Furnizare", "Farmacia Tei SRL",
                                                   "Primăria Sibiu", "Continental Automotive"])), B),
        c("venit_net_lunar", N, "DECIMAL(10,2)", g.amounts(2_000, 18_000), D),
        c("scoring", N, "VARCHAR", g.col(g.pick(["A", "B", "C", "D"])), D),
        c("data_deschidere", N, "DATE", g.days("2012-01-01", "2025-11-30"), D),
    ])


def fi_kunta_asukkaat(g: Gen) -> Table:
    """A Finnish municipality's resident register for a service (snake case, Finnish): henkilötunnus, given names and
    surname, birth date as ``dd.mm.yyyy`` text, street address, postcode, post town, phone, e-mail, IBAN for refunds
    (mostly NULL), the case handler (staff), a service code, a Y-tunnus of the service provider (``none``)."""
    ppl = _people(g, "fi", 1935, 2010)
    places = [v.place(g, "fi") for _ in range(g.rows)]
    handlers = _staff(g, 4, "fi")
    return Table("kunta.asukasrekisteri", "fi", "snake", [
        c("asiakas_nro", N, "INTEGER", g.keys(50_000, 7), D, KEY),
        c("henkilotunnus", "national_id", "VARCHAR", [v.fi_hetu(g, p[3]) for p in ppl], CHECK),
        c("etunimet", "first_name", "VARCHAR", [p[0] + (f" {v.given(g, 'fi')}" if g.rnd.random() < 0.5 else "")
                                                for p in ppl]),
        c("sukunimi", "last_name", "VARCHAR", [p[1] for p in ppl]),
        c("syntymaaika", "date_of_birth", "VARCHAR", [f"{p[3]:%d.%m.%Y}" for p in ppl]),
        c("lahiosoite", "street_address", "VARCHAR", g.col(lambda: v.street(g, "fi"))),
        c("postinumero", "postal_code", "VARCHAR", [p[1] for p in places]),
        c("postitoimipaikka", "city", "VARCHAR", [p[0] for p in places]),
        c("puhelin", "phone", "VARCHAR", g.phones("FI", {"national": 0.7, "intl": 0.2, "e164": 0.1}, 0.9, 0.2)),
        c("sahkoposti", "email", "VARCHAR", _null(g, [v.email_of(g, p[0], p[1], ["suomi24.fi", "gmail.com",
                                                                               "elisanet.fi"]) for p in ppl], 0.35)),
        c("tilinumero", "iban", "VARCHAR", g.col(lambda: v.iban(g, "FI", True), 0.7), HEAVY),
        c("kasittelija", "person_name", "VARCHAR", g.col(g.pick(handlers)), STAFF),
        c("palvelukoodi", N, "VARCHAR", g.col(g.pick(["KOTIHOITO", "ATERIA", "KULJETUS", "TUKI-02"])), D),
        c("palveluntuottaja_ytunnus", N, "VARCHAR", g.col(g.pick(["2345678-9", "0912345-1", "3187654-2"])), B,
          SHAPE),
        c("paatos_pvm", N, "DATE", g.days("2024-01-01", "2025-12-15"), D),
    ])


def ee_epood_kliendid(g: Gen) -> Table:
    """An Estonian web shop's customers (camelCase, Estonian): isikukood (mostly NULL: only for age checks), names,
    e-mail, phone, login, delivery address, postal index, town, order count, a cart GUID, the last order amount, the
    registration IP (``ip_address``), a misleading ``tellimuseKood`` holding phones."""
    ppl = _people(g, "et", 1950, 2006)
    places = [v.place(g, "et") for _ in range(g.rows)]
    logins = []
    for i, p in enumerate(ppl):
        logins.append(v.login(p[0], p[1], i) + str(i % 97))
    return Table("epood.kliendid", "et", "camel", [
        c("kliendiId", N, "INTEGER", g.keys(1), D, KEY),
        c("isikukood", "national_id", "VARCHAR", [v.ee_isikukood(g, p[3], p[2]) if g.rnd.random() < 0.35 else None
                                                  for p in ppl], HEAVY, CHECK),
        c("eesnimi", "first_name", "VARCHAR", [p[0] for p in ppl]),
        c("perenimi", "last_name", "VARCHAR", [p[1] for p in ppl]),
        c("kasutajanimi", USERNAME, "VARCHAR", logins, USER),
        c("ePost", "email", "VARCHAR", [v.email_of(g, p[0], p[1], ["mail.ee", "hot.ee", "gmail.com"]) for p in ppl]),
        c("tarneAadress", "street_address", "VARCHAR", g.col(lambda: v.street(g, "et"))),
        c("postiindeks", "postal_code", "VARCHAR", [p[1] for p in places]),
        c("linn", "city", "VARCHAR", [p[0] for p in places]),
        c("tellimuseKood", "phone", "VARCHAR", g.phones("EE", {"national": 0.5, "e164": 0.5}, 1.0, 0.1),
          MISLEADING),
        c("ostukorvGuid", N, "VARCHAR", g.col(g.uuid), D, SHAPE),
        c("tellimusteArv", N, "INTEGER", g.ints(0, 60), D),
        c("viimaneSumma", N, "DOUBLE", g.amounts(3, 900), D),
        c("regIp", "ip_address", "VARCHAR", g.col(lambda: g.ip(0.2), 0.1)),
        c("uudiskiri", N, "VARCHAR", g.yn("J", "E", 0.3), D),
        c("loodud", N, "TIMESTAMP", g.moments("2019-01-01", "2025-11-30"), D),
    ])


def lt_klinika_pacientai(g: Gen) -> Table:
    """A Lithuanian private clinic's patients (snake case): asmens kodas, names, the birth date split into year, month
    and day integers, phone, address, postal code, town, the doctor (staff), the visit, a diagnosis code (``none``),
    notes in Lithuanian naming relatives, an insurer's policy number (``none``)."""
    ppl = _people(g, "lt", 1930, 2020)
    places = [v.place(g, "lt") for _ in range(g.rows)]
    doctors = [f"dr. {x}" for x in _staff(g, 6, "lt")]

    def note() -> str:
        return g.rnd.choice([f"Lydėjo dukra {v.whole(g, 'lt')}, tel. {g.phone('LT', 'national')}",
                             "Alergija penicilinui", f"Siuntė šeimos gydytojas {v.whole(g, 'lt')}",
                             "Pakartotinis vizitas po 2 sav."])

    return Table("klinika.pacientai", "lt", "snake", [
        c("paciento_id", N, "INTEGER", g.keys(20_001), D, KEY),
        c("asmens_kodas", "national_id", "VARCHAR", [v.lt_asmens(g, p[3], p[2]) for p in ppl], CHECK),
        c("vardas", "first_name", "VARCHAR", [p[0] for p in ppl]),
        c("pavarde", "last_name", "VARCHAR", [p[1] for p in ppl]),
        c("gim_metai", "date_of_birth", "INTEGER", [p[3].year for p in ppl], SPLIT, ABBREV),
        c("gim_men", "date_of_birth", "INTEGER", [p[3].month for p in ppl], SPLIT, ABBREV),
        c("gim_diena", "date_of_birth", "INTEGER", [p[3].day for p in ppl], SPLIT, ABBREV),
        c("telefonas", "phone", "VARCHAR", g.phones("LT", {"national": 0.4, "intl": 0.3, "e164": 0.3}, 0.9)),
        c("adresas", "street_address", "VARCHAR", g.col(lambda: v.street(g, "lt"), 0.1)),
        c("pasto_kodas", "postal_code", "VARCHAR", [p[1] for p in places]),
        c("miestas", "city", "VARCHAR", [p[0] for p in places]),
        c("gydytojas", "person_name", "VARCHAR", g.col(g.pick(doctors)), STAFF),
        c("vizito_laikas", N, "TIMESTAMP", g.moments("2025-01-01", "2025-12-20"), D),
        c("diagnozes_kodas", N, "VARCHAR", g.col(g.pick(["J06.9", "M54.5", "I10", "E11.9", "K21.0"])), D),
        c("draudimo_polisas", N, "VARCHAR", g.col(lambda: g.code("BTA-99999999"), 0.4), D, SHAPE),
        c("pastabos", "free_text", "VARCHAR", g.sparse(note, 0.6, _words("nėra"))),
    ])


def hr_osiguranje(g: Gen) -> Table:
    """A Croatian insurer's policy holders (PascalCase): OIB, names, birth date, policy number and premium
    (``none``), address, postcode, place, mobile, e-mail, IBAN, the agent (staff), the insured vehicle's plate
    (``none``)."""
    ppl = _people(g, "hr")
    places = [v.place(g, "hr") for _ in range(g.rows)]
    agents = _staff(g, 5, "hr")
    return Table("osiguranje.Osiguranici", "hr", "pascal", [
        c("OsiguranikId", N, "INTEGER", g.keys(300_000, 11), D, KEY),
        c("BrojPolice", N, "VARCHAR", g.col(lambda: g.code("AO-9999-999999")), D, SHAPE),
        c("OIB", "national_id", "VARCHAR", g.col(lambda: v.hr_oib(g)), CHECK),
        c("Ime", "first_name", "VARCHAR", [p[0] for p in ppl]),
        c("Prezime", "last_name", "VARCHAR", [p[1] for p in ppl]),
        c("DatumRodjenja", "date_of_birth", "DATE", [p[3] for p in ppl]),
        c("Adresa", "street_address", "VARCHAR", g.col(lambda: v.street(g, "hr"))),
        c("PostanskiBroj", "postal_code", "VARCHAR", [p[1] for p in places]),
        c("Mjesto", "city", "VARCHAR", [p[0] for p in places]),
        c("Mobitel", "phone", "VARCHAR", g.phones("HR", {"national": 0.5, "intl": 0.5}, 1.0, 0.1)),
        c("Email", "email", "VARCHAR", _null(g, [v.email_of(g, p[0], p[1], ["net.hr", "gmail.com", "t-com.hr"])
                                                 for p in ppl], 0.3)),
        c("IbanPlatitelja", "iban", "VARCHAR", g.col(lambda: v.iban(g, "HR"), 0.2)),
        c("Zastupnik", "person_name", "VARCHAR", g.col(g.pick(agents)), STAFF),
        c("Registracija", N, "VARCHAR", g.col(lambda: g.code(g.rnd.choice(["ST", "RI", "OS", "ZD"]) + " 999-AA")),
          D, SHAPE),
        c("Premija", N, "DECIMAL(10,2)", g.amounts(180, 2_400), D),
        c("Status", N, "VARCHAR", g.col(g.pick(["AKTIVNA", "ISTEKLA", "STORNIRANA"])), D),
    ])


def si_zaposleni(g: Gen) -> Table:
    """A Slovenian employer's staff file (SCREAMING snake case): EMŠO, names, birth date as ``dd.mm.yyyy`` text, a
    ``x_3`` column of private e-mails, address, postcode, town, the TRR (IBAN), the personnel number and cost centre
    (``none``), a superior (staff), the last four characters of the IBAN (``partial``)."""
    ppl = _people(g, "sl", 1958, 2004)
    places = [v.place(g, "sl") for _ in range(g.rows)]
    chiefs = _staff(g, 4, "sl")
    ibans = [v.iban(g, "SI") for _ in range(g.rows)]
    return Table("kadri.ZAPOSLENI", "sl", "screaming", [
        c("OSEBNA_ST", N, "INTEGER", g.keys(1_000), D, KEY),
        c("EMSO", "national_id", "VARCHAR", [v.si_emso(g, p[3], p[2]) for p in ppl], CHECK),
        c("IME", "first_name", "VARCHAR", [p[0] for p in ppl]),
        c("PRIIMEK", "last_name", "VARCHAR", [p[1] for p in ppl]),
        c("DAT_ROJ", "date_of_birth", "VARCHAR", [f"{p[3]:%d.%m.%Y}" for p in ppl], ABBREV),
        c("x_3", "email", "VARCHAR", [v.email_of(g, p[0], p[1], ["siol.net", "gmail.com", "amis.net"])
                                      for p in ppl], OPAQUE),
        c("NASLOV", "street_address", "VARCHAR", g.col(lambda: v.street(g, "sl"))),
        c("POSTNA_ST", "postal_code", "VARCHAR", [p[1] for p in places]),
        c("KRAJ", "city", "VARCHAR", [p[0] for p in places]),
        c("TRR", "iban", "VARCHAR", ibans, ABBREV),
        c("TRR_ZADNJE4", N, "VARCHAR", [x[-4:] for x in ibans], D, PARTIAL),
        c("STM_SIFRA", N, "VARCHAR", g.col(g.pick(["100-PROIZV", "200-LOG", "300-ADM", "410-IT"])), D),
        c("NADREJENI", "person_name", "VARCHAR", g.col(g.pick(chiefs)), STAFF),
        c("DAT_ZAPOSLITVE", N, "DATE", g.days("2000-01-01", "2025-10-01"), D),
        c("BRUTO_PLACA", N, "DECIMAL(10,2)", g.amounts(1_300, 6_500), D),
    ])


def sk_telekom(g: Gen) -> Table:
    """A Slovak mobile operator's subscribers (camelCase, Slovak): rodné číslo, names, the MSISDN, an opaque ``FLD07``
    holding a second contact phone (mostly NULL), SIM ICCID and tariff (``none``), address, PSČ, town, e-mail, the
    contract number (``none``), the shop clerk's login (``unclassified``)."""
    ppl = _people(g, "sk")
    places = [v.place(g, "sk") for _ in range(g.rows)]
    clerks = [v.login(*v.person(g, "sk")[:2], i) for i in range(5)]

    def iccid() -> str:
        return "8942102" + g.digits(12)

    return Table("telekom.zakaznici", "sk", "camel", [
        c("zakaznikId", N, "BIGINT", g.keys(4_400_000, 13), D, KEY),
        c("rodneCislo", "national_id", "VARCHAR", [v.sk_rodne_cislo(g, p[3], p[2]) for p in ppl], CHECK),
        c("meno", "first_name", "VARCHAR", [p[0] for p in ppl]),
        c("priezvisko", "last_name", "VARCHAR", [p[1] for p in ppl]),
        c("msisdn", "phone", "VARCHAR", g.phones("SK", {"e164": 0.7, "digits": 0.3}, 1.0)),
        c("FLD07", "phone", "VARCHAR", g.phones("SK", {"national": 0.6, "intl": 0.4}, 0.6, 0.7), OPAQUE, HEAVY),
        c("iccid", N, "VARCHAR", g.col(iccid), D, SHAPE),
        c("tarif", N, "VARCHAR", g.col(g.pick(["Paušál S", "Paušál M", "Dáta XL", "Senior", "Easy karta"])), D),
        c("ulicaCislo", "street_address", "VARCHAR", g.col(lambda: v.street(g, "sk"))),
        c("psc", "postal_code", "VARCHAR", [p[1] for p in places], ABBREV),
        c("obec", "city", "VARCHAR", [p[0] for p in places]),
        c("emailKontakt", "email", "VARCHAR", _null(g, [v.email_of(g, p[0], p[1], ["azet.sk", "zoznam.sk",
                                                                                   "gmail.com"]) for p in ppl], 0.3)),
        c("cisloZmluvy", N, "VARCHAR", g.col(lambda: g.code("ZM/9999/999999")), D, SHAPE),
        c("predajcaLogin", USERNAME, "VARCHAR", g.col(g.pick(clerks)), USER),
        c("aktivovane", N, "TIMESTAMP", g.moments("2015-01-01", "2025-11-30"), D),
        c("dlhEur", N, "DOUBLE", g.amounts(0, 300), D),
    ])


def bg_pensionen_fond(g: Gen) -> Table:
    """A Bulgarian pension fund's members (Cyrillic column names and values): ЕГН, three-part names, birth date,
    address, postcode, town, phone, e-mail, IBAN, the employer (``none``), contributions (``none``)."""
    ppl = _people(g, "bg", 1955, 2003)
    places = [v.place(g, "bg") for _ in range(g.rows)]
    return Table("pensionen_fond.осигурени_лица", "bg", "snake", [
        c("ид", N, "INTEGER", g.keys(1), D, KEY),
        c("егн", "national_id", "VARCHAR", [v.bg_egn(g, p[3]) for p in ppl], CHECK),
        c("име", "first_name", "VARCHAR", [p[0] for p in ppl]),
        c("презиме", "last_name", "VARCHAR", [v.person(g, "bg", p[2])[1] for p in ppl]),
        c("фамилия", "last_name", "VARCHAR", [p[1] for p in ppl]),
        c("дата_раждане", "date_of_birth", "DATE", [p[3] for p in ppl]),
        c("адрес", "street_address", "VARCHAR", g.col(lambda: v.street(g, "bg"))),
        c("пощ_код", "postal_code", "VARCHAR", [p[1] for p in places], ABBREV),
        c("град", "city", "VARCHAR", [p[0] for p in places]),
        c("телефон", "phone", "VARCHAR", g.phones("BG", {"national": 0.6, "intl": 0.4}, 0.8, 0.2)),
        c("ел_поща", "email", "VARCHAR", g.col(lambda: v.translit_email(g, ["abv.bg", "mail.bg", "gmail.com"]),
                                               0.6), HEAVY),
        c("iban_сметка", "iban", "VARCHAR", g.col(lambda: v.iban(g, "BG"), 0.5)),
        c("работодател", N, "VARCHAR", g.col(g.pick(["Арома АД", "Билла България ЕООД", "Община Варна",
                                                     "Софарма АД"])), B),
        c("вноска_лв", N, "DECIMAL(10,2)", g.amounts(30, 600), D),
        c("период", N, "VARCHAR", g.col(lambda: f"{g.rnd.randint(2020, 2025)}-{g.rnd.randint(1, 12):02d}"), D),
    ])


def il_kupat_holim(g: Gen) -> Table:
    """An Israeli HMO's members (Hebrew column names and values): Teudat Zehut, names, birth date as
    ``dd/mm/yyyy`` text, mobile, address, town, postal code, the family doctor (staff), a member number (``none``),
    notes in Hebrew naming relatives and phones."""
    ppl = _people(g, "he", 1935, 2015)
    places = [v.place(g, "he") for _ in range(g.rows)]
    doctors = [f"ד\"ר {x}" for x in _staff(g, 5, "he")]

    def note() -> str:
        return g.rnd.choice([f"איש קשר: {v.whole(g, 'he')} {g.phone('IL', 'national')}", "רגישות לפניצילין",
                             f"מלווה: {v.whole(g, 'he')}", "ביקש תור בוקר"])

    return Table("kupat_holim.מבוטחים", "he", "snake", [
        c("מספר_חבר", N, "INTEGER", g.keys(880_001), D, KEY),
        c("תעודת_זהות", "national_id", "VARCHAR", g.col(lambda: v.il_teudat_zehut(g)), CHECK),
        c("שם_פרטי", "first_name", "VARCHAR", [p[0] for p in ppl]),
        c("שם_משפחה", "last_name", "VARCHAR", [p[1] for p in ppl]),
        c("תאריך_לידה", "date_of_birth", "VARCHAR", [f"{p[3]:%d/%m/%Y}" for p in ppl]),
        c("טלפון_נייד", "phone", "VARCHAR", g.phones("IL", {"national": 0.7, "intl": 0.3}, 1.0)),
        c("כתובת", "street_address", "VARCHAR", g.col(lambda: v.street(g, "he"))),
        c("ישוב", "city", "VARCHAR", [p[0] for p in places]),
        c("מיקוד", "postal_code", "VARCHAR", [p[1] for p in places]),
        c("רופא_משפחה", "person_name", "VARCHAR", g.col(g.pick(doctors)), STAFF),
        c("סניף", N, "VARCHAR", g.col(g.pick(["סניף מרכז", "סניף צפון", "סניף הדר"])), D),
        c("הערות", "free_text", "VARCHAR", g.sparse(note, 0.55, _words("אין"))),
        c("תאריך_הצטרפות", N, "DATE", g.days("2000-01-01", "2025-11-01"), D),
    ])


def vn_khach_hang(g: Gen) -> Table:
    """A Vietnamese retail chain's loyalty customers (snake case, Vietnamese without diacritics): CCCD, full name
    family-name first, birth date ``dd/mm/yyyy``, phone, address, city, e-mail, the sales clerk (staff), the card
    number and points (``none``)."""
    ppl = _people(g, "vi", 1955, 2007)
    clerks = _staff(g, 6, "vi")
    return Table("banle.khach_hang", "vi", "snake", [
        c("ma_kh", N, "VARCHAR", [f"KH{i:07d}" for i in range(g.rows)], D, KEY),
        c("so_cccd", "national_id", "VARCHAR", [v.vn_cccd(g, p[3], p[2]) if g.rnd.random() < 0.7 else None
                                                for p in ppl]),
        c("ho_ten", "person_name", "VARCHAR", [f"{p[1]} {p[0]}" for p in ppl]),
        c("ngay_sinh", "date_of_birth", "VARCHAR", [f"{p[3]:%d/%m/%Y}" for p in ppl]),
        c("sdt", "phone", "VARCHAR", g.phones("VN", {"national": 0.7, "intl": 0.1, "e164": 0.2}, 1.0), ABBREV),
        c("dia_chi", "street_address", "VARCHAR", g.col(lambda: v.street(g, "vi"))),
        c("tinh_thanh", "city", "VARCHAR", g.col(lambda: g.rnd.choice(v.CITIES["vi"])[0])),
        c("email", "email", "VARCHAR", g.col(lambda: v.email_of(g, *v.person(g, "vi")[:2], ["gmail.com",
                                                                                         "yahoo.com.vn"]), 0.6),
          HEAVY),
        c("nv_ban_hang", "person_name", "VARCHAR", g.col(g.pick(clerks)), STAFF, ABBREV),
        c("so_the", N, "VARCHAR", g.col(lambda: g.code("9704 9999 9999")), D, SHAPE),
        c("diem_tich_luy", N, "INTEGER", g.ints(0, 50_000), D),
        c("hang_the", N, "VARCHAR", g.col(g.pick(["Bạc", "Vàng", "Kim cương"])), D),
        c("ngay_mua_cuoi", N, "TIMESTAMP", g.moments("2024-01-01", "2025-12-20"), D),
    ])


def th_hospital(g: Gen) -> Table:
    """A Thai hospital's patients (romanized snake case, Thai values): the hospital number (``none``), the Thai
    national ID, Thai given and family names, the birth date as Buddhist-era ``dd/mm/yyyy`` text, phone, address,
    province (``none``), postcode, the doctor (staff), the right-to-treatment scheme (``none``)."""
    ppl = _people(g, "th", 1940, 2020)
    doctors = [f"นพ. {x}" for x in _staff(g, 5, "th")]
    places = [v.place(g, "th") for _ in range(g.rows)]
    return Table("rongphayaban.patients", "th", "snake", [
        c("hn", N, "VARCHAR", [f"HN{i:08d}" for i in range(g.rows)], D, KEY),
        c("cid", "national_id", "VARCHAR", g.col(lambda: v.th_pin(g)), CHECK, ABBREV),
        c("chue", "first_name", "VARCHAR", [p[0] for p in ppl]),
        c("namsakun", "last_name", "VARCHAR", [p[1] for p in ppl]),
        c("wan_koet", "date_of_birth", "VARCHAR", [f"{p[3]:%d/%m}/{p[3].year + 543}" for p in ppl]),
        c("tho", "phone", "VARCHAR", g.phones("TH", {"national": 0.8, "intl": 0.2}, 0.9), ABBREV),
        c("thi_yu", "street_address", "VARCHAR", g.col(lambda: v.street(g, "th"))),
        c("changwat", N, "VARCHAR", [p[0] for p in places], D),
        c("rahat_praisani", "postal_code", "VARCHAR", [p[1] for p in places]),
        c("phaet", "person_name", "VARCHAR", g.col(g.pick(doctors)), STAFF),
        c("sitthi", N, "VARCHAR", g.col(g.pick(["UC", "SSS", "OFC", "CASH"])), D),
        c("visit_dt", N, "TIMESTAMP", g.moments("2025-01-01", "2025-12-20"), D),
    ])


def is_felag(g: Gen) -> Table:
    """An Icelandic sports club's members (snake case, Icelandic): kennitala, full name (patronymic), address, postcode,
    town, phone, e-mail, IBAN, the coach (staff), fees and a paid flag (``none``)."""
    ppl = _people(g, "is", 1945, 2015)
    places = [v.place(g, "is") for _ in range(g.rows)]
    coaches = _staff(g, 4, "is")
    return Table("ithrottafelag.felagar", "is", "snake", [
        c("felagi_nr", N, "INTEGER", g.keys(1), D, KEY),
        c("kennitala", "national_id", "VARCHAR", [v.is_kennitala(g, p[3]) for p in ppl], CHECK),
        c("nafn", "person_name", "VARCHAR", [f"{p[0]} {p[1]}" for p in ppl]),
        c("heimilisfang", "street_address", "VARCHAR", g.col(lambda: v.street(g, "is"))),
        c("postnumer", "postal_code", "VARCHAR", [p[1] for p in places]),
        c("stadur", "city", "VARCHAR", [p[0] for p in places]),
        c("simi", "phone", "VARCHAR", g.phones("IS", {"national": 0.7, "intl": 0.3}, 0.9, 0.1)),
        c("netfang", "email", "VARCHAR", [v.email_of(g, p[0], p[1], ["simnet.is", "gmail.com", "internet.is"])
                                          for p in ppl]),
        c("reikningur", "iban", "VARCHAR", g.col(lambda: v.iban(g, "IS"), 0.75), HEAVY),
        c("thjalfari", "person_name", "VARCHAR", g.col(g.pick(coaches)), STAFF),
        c("flokkur", N, "VARCHAR", g.col(g.pick(["U12", "U16", "Meistaraflokkur", "Old boys"])), D),
        c("argjald", N, "INTEGER", g.ints(15_000, 95_000), D),
        c("greitt", N, "VARCHAR", g.yn("J", "N", 0.8), D),
    ])


def cobol_custmast(g: Gen) -> Table:
    """A Hungarian insurer's mainframe policy-holder master unloaded to a table (COBOL copybook names, fixed-width
    upper-case values): CUST-NO, CUST-NM (``FAMILY GIVEN`` padded to 30), ADDR-LN-1 and ADDR-LN-2 (the town), ZIP-CD,
    DOB-YYMMDD (integer), SEX-CD, PHONE-NO (digits), POL-NO, PREM-AMT, STAT-CD, LAST-UPD-TS, FILLER, USER-ID."""
    ppl = _people(g, "hu", 1935, 2004)
    places = [v.place(g, "hu") for _ in range(g.rows)]
    users = [f"HUI{n:04d}" for n in (112, 377, 640)]
    return Table("MAINFRM.CUSTMAST", "en", "cobol", [
        c("CUST-NO", N, "VARCHAR", [f"{i:010d}" for i in g.keys(4_000_000, 17)], D, KEY, COBOL),
        c("CUST-NM", "person_name", "VARCHAR", [_cobol(f"{p[1]} {p[0]}", 30) for p in ppl],
          COBOL, FIXED),
        c("ADDR-LN-1", "street_address", "VARCHAR", g.col(lambda: _cobol(v.street(g, "hu"), 35)), COBOL, FIXED),
        c("ADDR-LN-2", "city", "VARCHAR", [_cobol(p[0], 25) for p in places], COBOL, FIXED),
        c("ZIP-CD", "postal_code", "VARCHAR", [p[1].ljust(6) for p in places], COBOL, FIXED),
        c("DOB-YYMMDD", "date_of_birth", "INTEGER", [int(f"{p[3]:%y%m%d}") for p in ppl], COBOL),
        c("SEX-CD", N, "VARCHAR", ["N" if p[2] else "F" for p in ppl], D, COBOL),
        c("PHONE-NO", "phone", "VARCHAR", [(x or "").ljust(15) if x else " " * 15 for x in
                                           g.phones("HU", {"digits": 1.0}, 0.6, 0.3)], COBOL, FIXED),
        c("POL-NO", N, "VARCHAR", g.col(lambda: g.code("99-999999-9")), D, COBOL, SHAPE),
        c("PREM-AMT", N, "DECIMAL(11,2)", g.amounts(10_000, 400_000), D, COBOL),
        c("STAT-CD", N, "VARCHAR", g.col(g.pick(["A", "L", "C", "S"])), D, COBOL),
        c("LAST-UPD-TS", N, "VARCHAR", g.col(lambda: f"{g.moment('2010-01-01', '2025-12-01'):%Y-%m-%d-%H.%M.%S}"
                                             ".000000"), D, COBOL),
        c("USER-ID", USERNAME, "VARCHAR", g.col(g.pick(users)), USER, COBOL),
        c("FILLER", N, "VARCHAR", [" " * 20] * g.rows, D, COBOL),
    ])


def cobol_payroll(g: Gen) -> Table:
    """A Finnish employer's payroll extract from a mainframe (COBOL names): EMP-ID, EMP-FIRST-NM, EMP-LAST-NM (padded),
    SSN-NO (henkilötunnus), BIRTH-DT-CCYYMMDD (integer), IBAN-NO, DEPT-CD, GROSS-AMT, TAX-PCT, PAY-PERIOD, REC-TYPE,
    BATCH-JOB (a job name: ``none``)."""
    ppl = _people(g, "fi", 1958, 2004)
    return Table("PAYROLL.PYEXTR01", "en", "cobol", [
        c("EMP-ID", N, "VARCHAR", [f"{i:08d}" for i in g.keys(10_000, 3)], D, KEY, COBOL),
        c("EMP-FIRST-NM", "first_name", "VARCHAR", [_cobol(p[0], 20) for p in ppl], COBOL, FIXED),
        c("EMP-LAST-NM", "last_name", "VARCHAR", [_cobol(p[1], 25) for p in ppl], COBOL, FIXED),
        c("SSN-NO", "national_id", "VARCHAR", [v.fi_hetu(g, p[3]) for p in ppl], COBOL, CHECK),
        c("BIRTH-DT-CCYYMMDD", "date_of_birth", "INTEGER", [int(f"{p[3]:%Y%m%d}") for p in ppl], COBOL),
        c("IBAN-NO", "iban", "VARCHAR", g.col(lambda: v.iban(g, "FI").ljust(34)), COBOL, FIXED),
        c("DEPT-CD", N, "VARCHAR", g.col(g.pick(["0100", "0220", "0310", "0450"])), D, COBOL),
        c("GROSS-AMT", N, "DECIMAL(11,2)", g.amounts(1_800, 7_500), D, COBOL),
        c("TAX-PCT", N, "DECIMAL(5,2)", g.floats(8, 42, 1), D, COBOL),
        c("PAY-PERIOD", N, "INTEGER", g.col(lambda: int(f"2025{g.rnd.randint(1, 12):02d}")), D, COBOL),
        c("REC-TYPE", N, "VARCHAR", g.col(g.pick(["01", "02"])), D, COBOL),
        c("BATCH-JOB", N, "VARCHAR", g.col(g.pick(["PYJ0410", "PYJ0410R"])), D, COBOL),
        c("CHK-SUM", N, "VARCHAR", g.col(lambda: v.sha1(g)), D, COBOL, SHAPE),
    ])


BUILDERS: list[tuple[Callable[[Gen], Table], int]] = [
    (hu_kozmu_ugyfelek, 1_200), (ro_banca_clienti, 900), (fi_kunta_asukkaat, 650), (ee_epood_kliendid, 1_100),
    (lt_klinika_pacientai, 480), (hr_osiguranje, 700), (si_zaposleni, 320), (sk_telekom, 1_400),
    (bg_pensionen_fond, 560), (il_kupat_holim, 520), (vn_khach_hang, 1_000), (th_hospital, 430), (is_felag, 240),
    (cobol_custmast, 1_500), (cobol_payroll, 380),
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
