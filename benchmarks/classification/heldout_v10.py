"""Held-out set v10 for the column classifier: 25 tables shaped like exports of real-world systems.

Written **blind**, like v2 to v9: by someone who has read neither the classifier (``governance_dagster/detect/``)
nor its documentation or tests, only the list of kind names (``governance_dagster/kinds.py``), issue 13, how the
scorer registers and calls a set (``heldout_v2_accuracy.py``), the *structure* and labeling conventions of v9
(``heldout_v9.py``, ``heldout_v9_values.py``, its test) and the ``Column``/``Table`` classes and writer it builds on.
The classifier was not run on this set while it was written, and no score of it was looked at: nothing here was
adjusted to what the classifier does. It differs from the earlier sets on purpose: v6 to v9 covered more domains,
languages and countries, dirty legacy exports and wide, qualified, SCD2 and event tables; v10 copies the column
names, layouts and value formats of **exports of real systems**:

* ERP systems with cryptic abbreviated names: SAP customer and vendor masters and an HR infotype export with German
  abbreviations (``KUNNR``, ``NAME1``, ``SORTL``, ``STRAS``, ``PSTLZ``, ``ORT01``, ``TELF1``, ``GBDAT``, ``HSNMR``,
  ``ZZ`` customer fields, dates as ``YYYYMMDD`` text with ``00000000`` for none, user ids in ``ERNAM``); an Oracle
  E-Business Suite people view (``PER_ALL_PEOPLE_F`` with effective dating to 4712-12-31 and descriptive flexfields
  ``ATTRIBUTE1..5``); TOTVS Protheus (``SRA010``: ``RA_NOME``, ``RA_CIC``, ``RA_PIS``, space-padded CHAR values,
  ``D_E_L_E_T_``, ``R_E_C_N_O_``); a Comarch-style Polish HR table (``PRE_Pesel``, ``PRE_NrLokalu``); a Danish
  Business Central employee list exported with its captions (``Postnr.``, ``CPR-nr.``); a Russian 1C:ZUP catalog
  export (Cyrillic PascalCase: ``ДатаРождения``, ``СНИЛС``); a Greek ERGANI employee register; a French payroll
  export with captions (``N° de sécurité sociale``);
* CRM and SaaS exports: Dynamics 365 / Dataverse (``emailaddress1``, ``address1_postalcode``, a publisher-prefixed
  custom field ``wbv_bsn``, an OData ``@OData.Community.Display.V1.FormattedValue`` column); Salesforce (``Id``,
  ``MailingStreet``, relationship fields ``Account.BillingStreet``, ``Codice_Fiscale__c`` custom fields); HubSpot
  with Spanish headers; Zendesk tickets flattened from JSON (``requester.email``, ``custom_fields.360041552211``);
  Shopify's order CSV (``Billing Address1``, ``Shipping Zip``; ``Name`` holds the order number); Stripe charges
  flattened from JSON (``billing_details.address.line1``, ``metadata.date_naissance``); a Shopify API export
  normalized by an ELT tool with double underscores (``shipping__address__zip``, ``note_attributes__1__value``);
* health records: FHIR ``Patient`` resources flattened with indexed paths (``name[0].given[0]``, an ``identifier``
  written ``system|value``, a narrative ``text.div``), an HL7 v2 ADT^A04 feed flattened by segment and field
  (``PID_5``, ``PID_11_5``, ``PV1_7``: whole composite fields with ``^`` and their components), a Japanese hospital
  system's patient master (era dates ``昭和59年3月12日``, kana readings, insurer numbers);
* telecom and IoT: a Czech operator's SIM subscribers (MSISDN, IMSI, ICCID, IMEI, PUK, cell id, LAC, a PDP
  address), a Turkish call-detail-record table (A- and B-numbers among measures), a Swedish smart-home device
  inventory (MAC, EUI-64, serials, firmware, the owner's personnummer), a Japanese home-security contract master with
  romanized SCREAMING names (``KEIYAKUSHA_SHIMEI``, ``GW_IP_ADDR``);
* HR and payroll in many countries with national identifiers and dates of birth beside hire, issue and leave dates
  in the same format, and a multi-country worker master;
* column names in English, German, French, Spanish, Italian, Portuguese (Brazil), Dutch, Polish, Swedish, Danish,
  Czech, Turkish, romanized Japanese (``ja-Latn``), Japanese, Russian (Cyrillic) and Greek; styles: SCREAMING with
  SAP / Protheus abbreviations, snake, camel, Pascal, lower-case Dataverse names, captions with spaces and
  punctuation, JSON paths with dots, indexes and double underscores, HL7 segment-field codes, native scripts;
* values clean in API exports (Stripe, FHIR, Dataverse) and dirty in legacy ones (NULL-like strings of
  :data:`heldout_v10_values.NULLISH`, padding, upper-cased names, CHAR padding in Protheus);
* dates of birth as DATE, TIMESTAMP, ``YYYYMMDD`` text, INTEGER, ``dd.mm.yyyy 0:00:00`` (1C), Japanese era text,
  FHIR partial dates (``1984-03``), each beside event, hire or contract dates in the same form.

Labeling rules: the same as v2 to v9 (see :mod:`benchmarks.classification.heldout_v9`): ``ssn`` is a social-security
or social-insurance number, ``national_id`` any other state-issued personal identifier; a business's address, phone,
postal code, city, tax number (and, here, its bank account) is ``none`` (tag ``business``); names of staff, agents,
owners, doctors and technicians are ``person_name``; a middle or second given name, a patronymic and a parent's name
are ``person_name``, a birth name or mother's maiden name ``last_name``; every part of a street line is
``street_address``; a login handle is ``unclassified`` (tag ``username``). Applied to v10's new cases (no new rule,
but choices a reader may question):

* ``ssn``: UK National Insurance number, Irish PPS number, US SSN, Canadian SIN, French NIR, German
  Rentenversicherungsnummer, Brazilian PIS, Russian SNILS, Greek AMKA; ``national_id``: Steuer-ID, German
  health-insurance number (KVNR, a health-service number like the NHS number), BSN, codice fiscale, DNI / NIE, CPF,
  RG, PESEL, a person's NIP, Polish identity-card number, rodné číslo, Czech identity-card number, TC kimlik,
  personnummer, CPR, a person's INN, a Russian passport series and number, a person's Greek AFM and identity-card
  number, a UK passport number, a US driver's licence number, a Japanese insured person's symbol and number;
* an SAP, Oracle or CRM user id (``ERNAM``, ``UNAME``, ``USRID``) is a login handle: ``unclassified``; numeric user
  ids (``CREATED_BY``) are ``none``;
* a medical record number, hospital patient id, FHIR resource id and insurer member number are ``none`` (as v9's
  hospital number ``HN``); the ``system`` of an identifier is ``none``, its value keeps the identifier's kind;
* a whole HL7 composite field keeps the kind of what it holds: ``PID_5`` (``FAMILY^GIVEN^MIDDLE``) ``person_name``,
  ``PID_11`` (the whole address) ``street_address``, ``PV1_7`` (doctor id and name) ``person_name``;
* device identifiers that are not a kind of :mod:`governance_dagster.kinds` are ``none`` (tags ``decoy``,
  ``device``): IMSI, IMEI, ICCID, PUK, MAC, EUI-64, serial numbers, cell ids, LAC, firmware versions; an MSISDN and
  the A- and B-numbers of a call are ``phone``; the IP address of a subscriber's session, a gateway or a buyer's
  browser is ``ip_address``;
* the last four digits, expiry, brand and fingerprint of a card are ``none``; Shopify's ``Name`` (``#AT1043``) is
  ``none``; province, state, county, region, Bundesland and prefecture are ``none`` even when a value is also a city
  name (Utrecht, Salzburg); a Brazilian *bairro* (neighbourhood) is ``city`` (the locality part of a home address);
* a contact person's name, direct line (the company's number with their extension), mobile, e-mail and birth date in
  a vendor master are personal; the vendor's name, street, city, postal code, switchboard, fax, VAT number and IBAN
  are ``none`` (tag ``business``); a SEPA creditor identifier is ``none`` (tag ``business``);
* a Polish account number written without ``PL`` (NRB) is ``iban`` (the IBAN's digits);
* a P.O. box number (SAP ``PFACH``, digits only) is ``street_address``, as v9's ``PO Box 1234``; a parent's given name
  alone (Polish ``PRE_ImieOjca``) is ``person_name``, as v9's Greek father's name;
* a sole trader's company number (Czech IČO of a ``FOP`` customer) is ``none`` (tag ``business``) like any business
  identifier, although it points at a natural person;
* customer, contract, mandate, loyalty-card, policy, member and metering-point numbers (SAP ``KUNNR``,
  ``ZZKUNDENKARTE``, a Swedish ``anlaggnings_id``) are ``none``;
* free-text notes that name people are ``free_text``; notes, subjects and comments that name nobody are ``none``.

Tags: ``decoy``, ``business``, ``scd`` (effective dating: labeled ``none``), ``null_heavy`` (70-90% NULL; personal,
or a decoy or business column that real exports leave mostly empty), ``abbrev``, ``opaque``, ``username``,
``qualified`` (one kind several times), ``erp``, ``json_path`` (names with dots, indexes or double underscores),
``custom_field`` (``ZZ``, ``__c``, publisher-prefixed, ``ATTRIBUTEn``, ``custom_fields.N``, metadata), ``device``,
``hl7``, ``lang:XX`` (the column's name is in another language than the table's).

Every value is generated here from :data:`SEED` (one ``random.Random`` per table, named after its builder) with
python-stdnum for check digits, phonenumbers for phone validity and formats and hand-written lists of names, streets,
cities and companies (:mod:`benchmarks.classification.heldout_v10_values`; no Faker, nothing taken from v2 to v9).
Build: ``python -m benchmarks.classification.heldout_v10 [PATH]`` (default ``/tmp/heldout_v10.duckdb``). Score:
``python -m benchmarks.classification.heldout_v2_accuracy --set v10``. Built with python-stdnum 2.2 and
phonenumbers 9.0.
"""

from __future__ import annotations

import sys
import unicodedata
from collections.abc import Callable
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

from stdnum import luhn

from benchmarks.classification import heldout_v4
from benchmarks.classification import heldout_v10_values as v
from benchmarks.classification.heldout_v2 import Column, Table
from benchmarks.classification.heldout_v10_values import NULLISH, SEED, USERNAME, Gen, N, c

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

DEFAULT_PATH = Path("/tmp/heldout_v10.duckdb")

ERP = "erp"
JSON = "json_path"
CUSTOM = "custom_field"
DEVICE = "device"


def _dats(d: date | None) -> str | None:
    """An SAP / Protheus date: ``YYYYMMDD`` text."""
    return None if d is None else d.strftime("%Y%m%d")


def _dats_or_zero(g: Gen, dates: list[date | None], zero: float) -> list[str | None]:
    """SAP dates with a share ``zero`` written ``00000000`` (SAP's empty date)."""
    return [None if d is None else "00000000" if g.rnd.random() < zero else d.strftime("%Y%m%d") for d in dates]


def _sortl(last: str) -> str:
    """SAP's search term: the family name upper-cased, umlauts written out, cut to 10 characters."""
    up = last.upper()
    for a, b in (("Ä", "AE"), ("Ö", "OE"), ("Ü", "UE"), ("ß", "SS")):
        up = up.replace(a, b)
    return up[:10]


def _versions(g: Gen, start: str, per: tuple[float, float, float] = (0.6, 0.3, 0.1)
              ) -> tuple[list[int], list[date], list[date]]:
    """Effective-dated versions of entities: each row's entity index, its start date and end date (4712-12-31 for the
    current version, as Oracle HRMS writes it)."""
    entity: list[int] = []
    e = 0
    while len(entity) < g.rows:
        entity += [e] * g.rnd.choices([1, 2, 3], list(per))[0]
        e += 1
    entity = entity[:g.rows]
    starts: list[date] = []
    ends: list[date] = []
    i = 0
    while i < g.rows:
        j = i
        while j < g.rows and entity[j] == entity[i]:
            j += 1
        day = date.fromisoformat(start) + timedelta(days=g.rnd.randrange(2_500))
        run = []
        for _ in range(j - i):
            run.append(day)
            day += timedelta(days=g.rnd.randint(90, 900))
        for k, s in enumerate(run):
            starts.append(s)
            ends.append(date(4712, 12, 31) if k == len(run) - 1 else run[k + 1] - timedelta(days=1))
        i = j
    return entity, starts, ends


def _by(entity: list[int], values: list[Any]) -> list[Any]:
    return [values[e] for e in entity]


def _ean13(g: Gen, prefix: str) -> str:
    body = prefix + g.digits(12 - len(prefix), "0123456789")
    total = sum(int(d) * (3 if i % 2 else 1) for i, d in enumerate(body))
    return body + str((10 - total % 10) % 10)


def _creditor_id(g: Gen) -> str:
    """A German SEPA creditor identifier (``DE``, check digits, ``ZZZ``, 11 digits)."""
    national = "0" + g.digits(10, "0123456789")
    check = 98 - int("".join(str(int(ch, 36)) for ch in national + "DE00")) % 97
    return f"DE{check:02d}ZZZ{national}"


# -- ERP: SAP (German abbreviations) -----------------------------------------------------------------------------------


def sap_customers(g: Gen) -> Table:
    """SAP SD customer master (KNA1 joined with ADR6 and Z fields) of a mail-order retailer: private customers."""
    fem = v.sexes(g, 0.55)
    firsts, lasts = v.people(g, "de", fem)
    births = g.births(1938, 2006)
    land = [g.rnd.choices(["DE", "AT", "CH"], [0.86, 0.1, 0.04])[0] for _ in range(g.rows)]
    places = [v.city(g, x) for x in land]
    staff = [v.person(g, "de") for _ in range(9)]
    name1 = [g.rnd.choices([f"{a} {b}", f"{b}, {a}", f"Dr. {a} {b}"], [0.72, 0.2, 0.08])[0]
             for a, b in zip(firsts, lasts)]
    creditor = _creditor_id(g)
    cards = [v.card(g) if g.rnd.random() < 0.22 else None for _ in range(g.rows)]
    return Table("sap_sd.KNA1", "de", "screaming+abbrev", [
        c("MANDT", N, "VARCHAR", ["100"] * g.rows, "decoy", ERP),
        c("KUNNR", N, "VARCHAR", [f"{k:010d}" for k in g.keys(104_000, 3)], "decoy", ERP, "abbrev"),
        c("KTOKD", N, "VARCHAR", g.col(g.pick(["ZPRI", "ZPRI", "ZPRI", "ZMIT"])), "decoy", ERP, "abbrev"),
        c("ANRED", N, "VARCHAR", ["Frau" if f else g.rnd.choice(["Herr", "Herr", "Familie"]) for f in fem], "decoy",
          ERP),
        c("NAME1", "person_name", "VARCHAR", g.dirty(name1, case=0.12), ERP),
        c("NAME2", "person_name", "VARCHAR",
          g.col(lambda: g.rnd.choice(["c/o ", "z. Hd. ", "bei "]) + v.whole(g, "de"), 0.82), "null_heavy", ERP),
        c("SORTL", "last_name", "VARCHAR", [_sortl(b) for b in lasts], ERP, "abbrev"),
        c("STRAS", "street_address", "VARCHAR", g.dirty([v.street(g, "de") for _ in range(g.rows)]), ERP,
          "abbrev"),
        c("PFACH", "street_address", "VARCHAR", g.col(lambda: g.digits(6), 0.85), "null_heavy", ERP, "abbrev"),
        c("PSTLZ", "postal_code", "VARCHAR", [v.postal(g, x, p[1]) for x, p in zip(land, places)], ERP, "abbrev"),
        c("ORT01", "city", "VARCHAR", g.dirty([p[0] for p in places], case=0.25), ERP, "abbrev"),
        c("LAND1", N, "VARCHAR", land, "decoy", ERP),
        c("REGIO", N, "VARCHAR", g.col(g.pick(["05", "09", "01", "02", "07", "11", "14"])), "decoy", ERP),
        c("SPRAS", N, "VARCHAR", g.col(g.pick(["D", "D", "D", "E"])), "decoy", ERP),
        c("TELF1", "phone", "VARCHAR",
          g.dirty([g.phone(x, g.rnd.choice(["slash", "national", "national", "intl"]), mobile=g.rnd.random() < 0.4)
                   for x in land]), "qualified", ERP, "abbrev"),
        c("TELF2", "phone", "VARCHAR", g.nullify([g.phone(x, g.rnd.choice(["national", "local", "intl"]))
                                                  for x in land], 0.22), "qualified", ERP, "abbrev"),
        c("SMTP_ADDR", "email", "VARCHAR",
          g.dirty(v.emails(g, firsts, lasts, ["web.de", "gmx.de", "t-online.de", "gmx.at", "bluewin.ch", "posteo.de",
                                              "freenet.de"]), case=0.05), ERP),
        c("ZZGEBDAT", "date_of_birth", "VARCHAR", _dats_or_zero(g, births, 0.06), ERP, CUSTOM),
        c("ZZKUNDENKARTE", N, "VARCHAR", g.col(lambda: _ean13(g, "2900")), "decoy", ERP, CUSTOM),
        c("ZZ_IBAN_LS", "iban", "VARCHAR", g.nullify([v.iban(g, x, g.rnd.random() < 0.3) for x in land], 0.22), ERP,
          CUSTOM),
        c("ZZ_MANDAT", N, "VARCHAR", [f"MNDT-{k:010d}-01" for k in g.keys(104_000, 3)], "decoy", ERP, CUSTOM),
        c("ZZ_GLAEUBIGER_ID", N, "VARCHAR", [creditor] * g.rows, "business", ERP, CUSTOM),
        c("ZZ_BONITAET", N, "INTEGER", g.ints(100, 600), "decoy", ERP, CUSTOM),
        c("CCINS", N, "VARCHAR", [None if x is None else g.rnd.choice(["VISA", "MC", "AMEX"]) for x in cards], "decoy",
          "null_heavy", ERP, "abbrev"),
        c("CCNUM", "credit_card", "VARCHAR", cards, "null_heavy", ERP, "abbrev"),
        c("DATBI", N, "VARCHAR", [None if x is None else _dats(g.day("2026-01-01", "2030-12-31")) for x in cards],
          "decoy", "null_heavy", ERP, "abbrev"),
        c("KUKLA", N, "VARCHAR", g.col(g.pick(["01", "02", "03"])), "decoy", ERP, "abbrev"),
        c("KATR1", N, "VARCHAR", g.col(g.pick(["A1", "A2", "B1", "B2", "C3"])), "decoy", ERP, "abbrev"),
        c("UMSA1", N, "DECIMAL(12,2)", g.amounts(0, 8_500), "decoy", ERP, "abbrev"),
        c("ADRNR", N, "VARCHAR", [f"{k:010d}" for k in g.keys(230_000, 7)], "decoy", ERP, "abbrev"),
        c("ERDAT", N, "VARCHAR", [_dats(d) for d in g.days("2004-01-01", "2026-10-31")], "decoy", ERP, "abbrev"),
        c("ERNAM", USERNAME, "VARCHAR", g.col(lambda: v.sap_user(*g.rnd.choice(staff))), "username", ERP, "abbrev"),
        c("LOEVM", N, "VARCHAR", g.yn("X", "", 0.03), "decoy", ERP, "abbrev"),
        c("SPERR", N, "VARCHAR", g.yn("X", "", 0.05), "decoy", ERP, "abbrev"),
    ])


_DE_REGIONS = ["Westfalia", "Nordlicht", "Elbtal", "Schwarzwald", "Rheinland", "Allgäu", "Baltic", "Sauerland",
               "Lausitz", "Mainfranken", "Weser", "Harz", "Hanse", "Spessart", "Oberland"]
_DE_TRADES = ["Metallbau", "Verpackung", "Druckerei", "Spedition", "Elektrotechnik", "Holzwerke", "Kunststofftechnik",
              "Textil", "Logistik", "Stahlhandel", "Glaswerk", "Getränke", "Präzisionsteile", "Gebäudereinigung",
              "Messtechnik", "Industriebedarf", "Antriebstechnik"]
_DE_FORMS = ["GmbH", "GmbH", "GmbH & Co. KG", "AG", "KG", "OHG", "e.K.", "SE"]


def sap_vendors(g: Gen) -> Table:
    """SAP MM vendor master (LFA1) with its contact person (Ansprechpartner, ``AP_``) in the same row."""
    vendors = []
    for _ in range(g.rows):
        head = g.rnd.choice(_DE_REGIONS + [x for x in v.NAMES["de"][2]])
        trade = g.rnd.choice(_DE_TRADES)
        country = g.rnd.choices(["DE", "AT"], [0.9, 0.1])[0]
        place = v.city(g, country)
        switchboard = g.phone(country, "national", mobile=False)
        vendors.append((f"{head} {trade} {g.rnd.choice(_DE_FORMS)}", country, place,
                        (f"{g.rnd.choice(['Industriestr.', 'Gewerbepark', 'Am Hafen', 'Daimlerstraße', 'Im Ried'])} "
                        f"{g.rnd.randint(1, 90)}"), switchboard,
                        f"{v.plain(head)}-{v.plain(trade)}.{'at' if country == 'AT' else 'de'}"))
    fem = v.sexes(g, 0.45)
    firsts, lasts = v.people(g, "de", fem)
    staff = [v.person(g, "de") for _ in range(6)]
    direct = [f"{s[4]}-{g.rnd.randint(10, 499)}" for s in vendors]
    notes = g.col(lambda: g.rnd.choice([
        f"Vertretung: {g.rnd.choice(['Frau', 'Herr'])} {v.person(g, 'de')[1]} (Durchwahl -{g.rnd.randint(10, 499)})",
        f"Reklamationen bitte an {v.whole(g, 'de')}",
        f"seit {g.rnd.randint(2015, 2025)} zuständig, vorher {v.whole(g, 'de')}"]), 0.78)
    return Table("sap_mm.LFA1_ANSP", "de", "screaming+abbrev", [
        c("LIFNR", N, "VARCHAR", [f"{k:010d}" for k in g.keys(300_100)], "decoy", ERP, "abbrev"),
        c("KTOKK", N, "VARCHAR", g.col(g.pick(["ZLIE", "ZLIE", "ZDIE", "ZEIN"])), "decoy", ERP, "abbrev"),
        c("NAME1", N, "VARCHAR", [s[0] for s in vendors], "business", ERP),
        c("NAME2", N, "VARCHAR", g.col(g.pick(["", "", "Werk II", "Niederlassung Süd", "Zentrallager"])), "business",
          ERP),
        c("STRAS", N, "VARCHAR", [s[3] for s in vendors], "business", ERP, "abbrev"),
        c("PSTLZ", N, "VARCHAR", [v.postal(g, s[1], s[2][1]) for s in vendors], "business", ERP, "abbrev"),
        c("ORT01", N, "VARCHAR", [s[2][0] for s in vendors], "business", ERP, "abbrev"),
        c("LAND1", N, "VARCHAR", [s[1] for s in vendors], "decoy", ERP),
        c("TELF1", N, "VARCHAR", [s[4] + "-0" for s in vendors], "business", ERP, "abbrev"),
        c("TELFX", N, "VARCHAR", [s[4] + "-99" for s in vendors], "business", ERP, "abbrev"),
        c("STCEG", N, "VARCHAR", [v.de_vat(g) for _ in vendors], "business", ERP, "abbrev"),
        c("BANKL", N, "VARCHAR", g.col(g.pick(v.BANK_CODES["DE"])), "business", ERP, "abbrev"),
        c("IBAN", N, "VARCHAR", [v.iban(g, s[1]) for s in vendors], "business", ERP),
        c("ZAHLS", N, "VARCHAR", g.yn("A", "", 0.04), "decoy", ERP, "abbrev"),
        c("ERDAT", N, "VARCHAR", [_dats(d) for d in g.days("1998-01-01", "2026-10-31")], "decoy", ERP, "abbrev"),
        c("ERNAM", USERNAME, "VARCHAR", g.col(lambda: v.sap_user(*g.rnd.choice(staff))), "username", ERP, "abbrev"),
        c("AP_PARNR", N, "VARCHAR", [f"{k:010d}" for k in g.keys(1_200_000)], "decoy", ERP, "abbrev"),
        c("AP_ANRED", N, "VARCHAR", ["Frau" if f else "Herr" for f in fem], "decoy", ERP, "abbrev"),
        c("AP_NAMEV", "first_name", "VARCHAR", firsts, ERP, "abbrev"),
        c("AP_NAME1", "last_name", "VARCHAR", lasts, ERP, "abbrev"),
        c("AP_ABTNR", N, "VARCHAR", g.col(g.pick(["0001", "0002", "0003", "0005", "0007"])), "decoy", ERP, "abbrev"),
        c("AP_PAFKT", N, "VARCHAR", g.col(g.pick(["01", "02", "04", "10"])), "decoy", ERP, "abbrev"),
        c("AP_TELF1", "phone", "VARCHAR", direct, "qualified", ERP, "abbrev"),
        c("AP_MOBIL", "phone", "VARCHAR", g.nullify([g.phone(s[1], g.rnd.choice(["national", "intl"]))
                                                     for s in vendors], 0.2), "qualified", ERP, "abbrev"),
        c("AP_SMTP_ADDR", "email", "VARCHAR", [v.work_email(a, b, s[5]) for a, b, s in zip(firsts, lasts, vendors)],
          ERP, "abbrev"),
        c("AP_GBDAT", "date_of_birth", "VARCHAR", [_dats(g.birth(1958, 2000)) if g.rnd.random() < 0.2 else None
                                                   for _ in vendors], "null_heavy", ERP, "abbrev"),
        c("AP_BEMERK", "free_text", "VARCHAR", notes, "null_heavy", ERP, "abbrev"),
    ])


def sap_hr(g: Gen) -> Table:
    """SAP HCM export of infotypes 0001, 0002, 0006, 0009, 0012/0013 and 0105 for German employees."""
    fem = v.sexes(g, 0.48)
    firsts, lasts = v.people(g, "de", fem)
    births = g.births(1960, 2006)
    married_f = [f and g.rnd.random() < 0.4 for f in fem]
    birth_names = [v.person(g, "de")[1] if m else None for m in married_f]
    places = [v.city(g, "DE") for _ in range(g.rows)]
    staff = [v.person(g, "de") for _ in range(5)]
    second = [g.rnd.choice(v.NAMES["de"][1 if f else 0]) if g.rnd.random() < 0.22 else None for f in fem]
    vorna = [f"{a} {s}" if s else a for a, s in zip(firsts, second)]
    hires = [g.day(f"{max(b.year + 17, 1990)}-01-01", "2026-10-01") for b in births]
    return Table("sap_hcm.ZHR_PA_EXPORT", "de", "screaming+abbrev", [
        c("PERNR", N, "VARCHAR", [f"{k:08d}" for k in g.keys(10_001)], "decoy", ERP, "abbrev"),
        c("BEGDA", N, "VARCHAR", [_dats(h) for h in hires], "decoy", ERP, "abbrev"),
        c("ENDDA", N, "VARCHAR", ["99991231"] * g.rows, "decoy", ERP, "abbrev"),
        c("BUKRS", N, "VARCHAR", g.col(g.pick(["1000", "1000", "1100", "2000"])), "decoy", ERP, "abbrev"),
        c("WERKS", N, "VARCHAR", g.col(g.pick(["DE01", "DE02", "DE05"])), "decoy", ERP, "abbrev"),
        c("PERSK", N, "VARCHAR", g.col(g.pick(["DT", "DA", "DN", "DL"])), "decoy", ERP, "abbrev"),
        c("KOSTL", N, "VARCHAR", g.col(lambda: f"{g.rnd.randint(4000, 4999)}{g.rnd.randint(0, 999):03d}".zfill(10)),
          "decoy", ERP, "abbrev"),
        c("ORGEH", N, "VARCHAR", g.col(lambda: str(g.rnd.randint(50_000_000, 50_009_999))), "decoy", ERP, "abbrev"),
        c("ANRED", N, "VARCHAR", ["2" if f else "1" for f in fem], "decoy", ERP, "abbrev"),
        c("TITEL", N, "VARCHAR", g.col(g.pick(["", "", "", "", "", "Dr.", "Prof. Dr."])), "decoy", ERP, "abbrev"),
        c("NACHN", "last_name", "VARCHAR", g.dirty(lasts, case=0.1), ERP, "abbrev"),
        c("VORNA", "first_name", "VARCHAR", g.dirty(vorna), ERP, "abbrev"),
        c("NAME2", "last_name", "VARCHAR", birth_names, "null_heavy", ERP),
        c("RUFNM", "first_name", "VARCHAR", [a if s else None for a, s in zip(firsts, second)], "null_heavy", ERP,
          "abbrev"),
        c("GBDAT", "date_of_birth", "VARCHAR", [_dats(b) for b in births], ERP, "abbrev"),
        c("GBORT", "city", "VARCHAR", g.dirty(g.col(lambda: v.city(g, g.rnd.choice(["DE", "DE", "DE", "AT", "PL",
                                                                                      "TR"]))[0])), ERP, "abbrev"),
        c("GBLND", N, "VARCHAR", g.col(g.pick(["DE", "DE", "DE", "AT", "PL", "TR"])), "decoy", ERP, "abbrev"),
        c("NATIO", N, "VARCHAR", g.col(g.pick(["DE", "DE", "DE", "AT", "PL", "TR", "IT"])), "decoy", ERP, "abbrev"),
        c("GESCH", N, "VARCHAR", ["2" if f else "1" for f in fem], "decoy", ERP, "abbrev"),
        c("FAMST", N, "VARCHAR", g.col(g.pick(["0", "1", "1", "2", "3"])), "decoy", ERP, "abbrev"),
        c("ANZKD", N, "INTEGER", g.col(g.pick([0, 0, 0, 1, 1, 2, 3])), "decoy", ERP, "abbrev"),
        c("STRAS", "street_address", "VARCHAR", g.dirty([v.street(g, "de", False) for _ in range(g.rows)]), ERP,
          "abbrev"),
        c("HSNMR", "street_address", "VARCHAR", g.col(lambda: str(g.rnd.randint(1, 180)) + g.rnd.choice(
            ["", "", "", "a", "b", " c"])), ERP, "abbrev"),
        c("POSTA", "street_address", "VARCHAR",
          g.col(g.pick(["Whg. 4", "3. OG links", "Hinterhaus", "App. 12", "EG rechts", "Whg. 17"]), 0.8),
          "null_heavy", ERP, "abbrev"),
        c("PSTLZ", "postal_code", "VARCHAR", [v.postal(g, "DE", p[1]) for p in places], ERP, "abbrev"),
        c("ORT01", "city", "VARCHAR", g.dirty([p[0] for p in places], case=0.15), ERP, "abbrev"),
        c("TELNR", "phone", "VARCHAR", g.dirty(g.phones("DE", {"slash": 0.3, "national": 0.4, "intl": 0.2,
                                                               "local": 0.1}, mobile=0.6)), ERP, "abbrev"),
        c("USRID", USERNAME, "VARCHAR", [v.sap_user(a, b) for a, b in zip(firsts, lasts)], "username", ERP, "abbrev"),
        c("USRID_LONG", "email", "VARCHAR", [v.work_email(a, b, "nordwerk-gruppe.de") for a, b in zip(firsts, lasts)],
          ERP, "abbrev"),
        c("BANKL", N, "VARCHAR", g.col(g.pick(v.BANK_CODES["DE"])), "business", ERP, "abbrev"),
        c("IBAN", "iban", "VARCHAR", g.col(lambda: v.iban(g, "DE", g.rnd.random() < 0.5)), ERP),
        c("STEUERID", "national_id", "VARCHAR", g.col(lambda: v.de_steuer_id(g, g.rnd.random() < 0.3)), ERP,
          "abbrev"),
        c("RVNR", "ssn", "VARCHAR", [v.de_rvnr(g, b, n or a, f, g.rnd.random() < 0.3)
                                     for b, n, a, f in zip(births, birth_names, lasts, fem)], ERP, "abbrev"),
        c("KVNR", "national_id", "VARCHAR", g.col(lambda: v.de_kvnr(g), 0.15), ERP, "abbrev"),
        c("KRANKENKASSE", N, "VARCHAR", g.col(g.pick(["AOK Nordwest", "Techniker Krankenkasse", "BARMER",
                                                      "DAK-Gesundheit", "IKK classic", "BKK Mobil Oil"])), "business",
          ERP),
        c("AEDTM", N, "VARCHAR", [_dats(d) for d in g.days("2023-01-01", "2026-11-15")], "decoy", ERP, "abbrev"),
        c("UNAME", USERNAME, "VARCHAR", g.col(lambda: v.sap_user(*g.rnd.choice(staff))), "username", ERP, "abbrev"),
    ])


# -- ERP and HR: Oracle EBS, Protheus, Comarch, Business Central, 1C, ERGANI, French payroll, global payroll ----------


_KNOWN_AS = {"Nathaniel": "Nat", "Alastair": "Ali", "Dominic": "Dom", "Tobias": "Toby", "Harriet": "Hattie",
             "Eleanor": "Ellie", "Rosalind": "Roz", "Imogen": "Immy", "Gareth": "Gaz", "Callum": "Cal",
             "Rupert": "Rupe", "Bethan": "Beth", "Freya": "Frey"}


def ebs_people(g: Gen) -> Table:
    """Oracle E-Business Suite HRMS: PER_ALL_PEOPLE_F joined with PER_ADDRESSES, effective-dated (UK and Ireland)."""
    entity, starts, ends = _versions(g, "2012-01-01")
    m = entity[-1] + 1
    fem = [g.rnd.random() < 0.5 for _ in range(m)]
    names = [v.person(g, "gb", f) for f in fem]
    ie = [g.rnd.random() < 0.2 for _ in range(m)]
    middles = [g.rnd.choice(v.NAMES["gb"][1 if f else 0]) if g.rnd.random() < 0.25 else None for f in fem]
    titles = [g.rnd.choice(["MRS.", "MS.", "MISS", "DR."]) if f else g.rnd.choice(["MR.", "MR.", "DR."]) for f in fem]
    births = [g.birth(1958, 2005) for _ in range(m)]
    hires = [g.day(f"{max(b.year + 18, 1995)}-01-01", "2026-06-30") for b in births]
    ids = [v.ie_pps(g) if i else v.gb_nino(g, g.rnd.random() < 0.6) for i in ie]
    town_birth = [v.city(g, g.rnd.choice(["GB", "GB", "IE"]))[0] if g.rnd.random() < 0.8 else None for _ in range(m)]
    places = [v.city(g, "IE" if i else "GB") for i in ie]
    homes = [v.street(g, "gb") for _ in range(m)]
    kin = [v.whole(g, "gb") for _ in range(m)]
    mobiles = [g.phone("IE" if i else "GB", g.rnd.choice(["national", "intl", "local"])) for i in ie]
    passports = [g.digits(9) if g.rnd.random() < 0.2 else None for _ in range(m)]
    full = [f"{b}, {t.title()} {a}" + (f" {mid}" if mid else "")
            for (a, b), t, mid in zip(names, titles, middles)]
    counties = {"GB": ["West Yorkshire", "Norfolk", "South Glamorgan", "Avon", "Aberdeenshire", "South Yorkshire",
                       "Devon", "Nottinghamshire", "West Glamorgan", "North Yorkshire"],
                "IE": ["Co. Cork", "Co. Galway", "Co. Limerick", "Co. Louth", "Co. Westmeath"]}
    return Table("apps.PER_ALL_PEOPLE_F_V", "en", "screaming", [
        c("PERSON_ID", N, "BIGINT", _by(entity, [100_000 + 7 * e for e in range(m)]), "scd", ERP),
        c("EFFECTIVE_START_DATE", N, "DATE", starts, "scd", ERP),
        c("EFFECTIVE_END_DATE", N, "DATE", ends, "scd", ERP),
        c("BUSINESS_GROUP_ID", N, "INTEGER", _by(entity, [202 if i else 81 for i in ie]), "decoy", ERP),
        c("PERSON_TYPE_ID", N, "INTEGER", g.col(g.pick([1120, 1120, 1120, 1124, 1131])), "decoy", ERP),
        c("EMPLOYEE_NUMBER", N, "VARCHAR", _by(entity, [f"E{104_000 + e}" for e in range(m)]), "decoy", ERP),
        c("TITLE", N, "VARCHAR", _by(entity, titles), "decoy", ERP),
        c("FIRST_NAME", "first_name", "VARCHAR", _by(entity, [a for a, _ in names]), ERP),
        c("MIDDLE_NAMES", "person_name", "VARCHAR", _by(entity, middles), "null_heavy", ERP),
        c("LAST_NAME", "last_name", "VARCHAR", _by(entity, [b for _, b in names]), ERP),
        c("KNOWN_AS", "first_name", "VARCHAR",
          _by(entity, [_KNOWN_AS.get(a) if g.rnd.random() < 0.3 else None for a, _ in names]), "null_heavy", ERP),
        c("FULL_NAME", "person_name", "VARCHAR", _by(entity, full), ERP),
        c("SEX", N, "VARCHAR", _by(entity, ["F" if f else "M" for f in fem]), "decoy", ERP),
        c("DATE_OF_BIRTH", "date_of_birth", "DATE", _by(entity, births), ERP),
        c("TOWN_OF_BIRTH", "city", "VARCHAR", _by(entity, town_birth), ERP),
        c("COUNTRY_OF_BIRTH", N, "VARCHAR", g.col(g.pick(["GB", "GB", "GB", "IE", "IN", "PL", "NG"])), "decoy", ERP),
        c("NATIONAL_IDENTIFIER", "ssn", "VARCHAR", _by(entity, ids), ERP),
        c("EMAIL_ADDRESS", "email", "VARCHAR", _by(entity, [v.work_email(a, b, "halden-group.co.uk")
                                                             for a, b in names]), ERP),
        c("ORIGINAL_DATE_OF_HIRE", N, "DATE", _by(entity, hires), "decoy", ERP),
        c("MARITAL_STATUS", N, "VARCHAR", g.col(g.pick(["M", "S", "S", "D", "W", "L"])), "decoy", ERP),
        c("NATIONALITY", N, "VARCHAR", _by(entity, ["PQH_IE" if i else "PQH_GB" for i in ie]), "decoy", ERP),
        c("REGISTERED_DISABLED_FLAG", N, "VARCHAR", g.yn("Y", "N", 0.04), "decoy", ERP),
        c("ATTRIBUTE_CATEGORY", N, "VARCHAR", ["UK_PEOPLE"] * g.rows, "decoy", ERP, CUSTOM),
        c("ATTRIBUTE1", "phone", "VARCHAR", _by(entity, mobiles), "opaque", ERP, CUSTOM),
        c("ATTRIBUTE2", "person_name", "VARCHAR", _by(entity, kin), "opaque", ERP, CUSTOM),
        c("ATTRIBUTE3", N, "VARCHAR", g.col(lambda: f"CC-{g.rnd.randint(4100, 4990)}"), "decoy", "opaque", ERP,
          CUSTOM),
        c("ATTRIBUTE4", "national_id", "VARCHAR", _by(entity, passports), "null_heavy", "opaque", ERP, CUSTOM),
        c("ATTRIBUTE5", N, "VARCHAR", g.yn("Y", "N", 0.3), "decoy", "opaque", ERP, CUSTOM),
        c("ADDRESS_LINE1", "street_address", "VARCHAR", _by(entity, homes), ERP),
        c("ADDRESS_LINE2", "street_address", "VARCHAR",
          g.col(g.pick(["Rosebank Cottage", "Ivy House", "Flat 2", "Apartment 14", "The Old Rectory", "Flat 5B"]),
                0.8), "null_heavy", ERP),
        c("TOWN_OR_CITY", "city", "VARCHAR", _by(entity, [p[0] for p in places]), ERP),
        c("REGION_1", N, "VARCHAR", _by(entity, [g.rnd.choice(counties["IE" if i else "GB"]) for i in ie]), "decoy",
          ERP),
        c("POSTAL_CODE", "postal_code", "VARCHAR",
          _by(entity, [v.postal(g, "IE" if i else "GB", p[1]) for i, p in zip(ie, places)]), ERP),
        c("COUNTRY", N, "VARCHAR", _by(entity, ["IE" if i else "GB" for i in ie]), "decoy", ERP),
        c("TELEPHONE_NUMBER_1", "phone", "VARCHAR",
          g.nullify(_by(entity, [g.phone("IE" if i else "GB", "national", mobile=False) for i in ie]), 0.2),
          "qualified", ERP),
        c("OBJECT_VERSION_NUMBER", N, "INTEGER", g.ints(1, 14), "decoy", ERP),
        c("LAST_UPDATE_DATE", N, "TIMESTAMP", g.moments("2024-01-01", 1_000), "decoy", ERP),
        c("LAST_UPDATED_BY", N, "INTEGER", g.col(g.pick([-1, 0, 1_013, 1_318, 2_447, 5_120])), "decoy", ERP),
        c("CREATED_BY", N, "INTEGER", g.col(g.pick([-1, 1_013, 1_318])), "decoy", ERP),
    ])


_BR_UF = {"Belo Horizonte": "MG", "Porto Alegre": "RS", "Curitiba": "PR", "Salvador": "BA", "Fortaleza": "CE",
          "Manaus": "AM", "Natal": "RN", "Vitória": "ES", "Ribeirão Preto": "SP", "Sorocaba": "SP"}
_BAIRROS = ["CENTRO", "SAVASSI", "MOINHOS DE VENTO", "BATEL", "PITUBA", "ALDEOTA", "ADRIANOPOLIS", "PONTA NEGRA",
            "JARDIM DA PENHA", "JARDIM PAULISTA", "VILA MARIANA", "BOA VIAGEM", "SANTA EFIGENIA", "CAMPOS ELISEOS"]


def _up(s: str | None) -> str | None:
    """Upper-cased and without accents, as Protheus installations usually store text."""
    return None if s is None else unicodedata.normalize("NFKD", s.upper()).encode("ascii", "ignore").decode()


def protheus_employees(g: Gen) -> Table:
    """TOTVS Protheus SRA010 (employees), CHAR columns space-padded, empty values as blanks."""
    fem = v.sexes(g, 0.46)
    firsts, lasts = v.people(g, "br", fem)
    mothers = [g.rnd.choice(v.NAMES["br"][2]) for _ in range(g.rows)]
    births = g.births(1962, 2006)
    places = [v.city(g, "BR") for _ in range(g.rows)]
    born_in = [v.city(g, "BR") for _ in range(g.rows)]
    hires = [g.day(f"{max(b.year + 16, 1995)}-01-01", "2026-10-01") for b in births]
    pad = g.padded

    def blank(values: list[Any], width: int) -> list[Any]:
        return pad(["" if x is None else x for x in values], width)

    return Table("protheus.SRA010", "pt-BR", "screaming+abbrev", [
        c("RA_FILIAL", N, "VARCHAR", g.col(g.pick(["0101", "0101", "0102", "0201"])), "decoy", ERP, "abbrev"),
        c("RA_MAT", N, "VARCHAR", [f"{k:06d}" for k in g.keys(1_201)], "decoy", ERP, "abbrev"),
        c("RA_NOME", "person_name", "VARCHAR", pad([_up(f"{a} {b}") for a, b in zip(firsts, lasts)], 30), ERP,
          "abbrev"),
        c("RA_NOMECMP", "person_name", "VARCHAR",
          pad([_up(f"{a} {mo} {b}") for a, mo, b in zip(firsts, mothers, lasts)], 70), ERP, "abbrev"),
        c("RA_SEXO", N, "VARCHAR", ["F" if f else "M" for f in fem], "decoy", ERP, "abbrev"),
        c("RA_ESTCIVI", N, "VARCHAR", g.col(g.pick(["C", "S", "S", "D", "V", "Q"])), "decoy", ERP, "abbrev"),
        c("RA_NASC", "date_of_birth", "VARCHAR", [_dats(b) for b in births], ERP, "abbrev"),
        c("RA_NATURAL", N, "VARCHAR", [_BR_UF[p[0]] for p in born_in], "decoy", ERP, "abbrev"),
        c("RA_MUNNASC", "city", "VARCHAR", pad([_up(p[0]) for p in born_in], 20), ERP, "abbrev"),
        c("RA_NACIONA", N, "VARCHAR", g.col(g.pick(["10", "10", "10", "10", "20", "41"])), "decoy", ERP, "abbrev"),
        c("RA_CIC", "national_id", "VARCHAR", g.col(lambda: v.br_cpf(g, False)), ERP, "abbrev"),
        c("RA_PIS", "ssn", "VARCHAR", g.col(lambda: v.br_pis(g)), ERP, "abbrev"),
        c("RA_RG", "national_id", "VARCHAR", pad(g.col(lambda: v.br_rg(g)), 15), ERP, "abbrev"),
        c("RA_RGORG", N, "VARCHAR", g.col(g.pick(["SSP", "SSP", "SSP", "DETRAN", "PC"])), "decoy", ERP, "abbrev"),
        c("RA_MAE", "person_name", "VARCHAR",
          pad([_up(f"{g.rnd.choice(v.NAMES['br'][1])} {mo} {g.rnd.choice(v.NAMES['br'][2])}") for mo in mothers],
              40), "qualified", ERP, "abbrev"),
        c("RA_PAI", "person_name", "VARCHAR",
          blank([_up(f"{g.rnd.choice(v.NAMES['br'][0])} {b}") if g.rnd.random() < 0.9 else None for b in lasts],
                40), "qualified", ERP, "abbrev"),
        c("RA_ENDEREC", "street_address", "VARCHAR",
          pad([_up(f"{g.rnd.choice(v.STREETS['br'])}, {g.rnd.randint(10, 3500)}") for _ in range(g.rows)], 40), ERP,
          "abbrev"),
        c("RA_COMPLEM", "street_address", "VARCHAR",
          blank(g.col(g.pick(["APTO 101", "APTO 1204", "BLOCO B AP 12", "CASA 2", "FUNDOS", "SALA 3"]), 0.8), 15),
          "blank_heavy", ERP, "abbrev"),
        c("RA_BAIRRO", "city", "VARCHAR", pad(g.col(g.pick(_BAIRROS)), 20), ERP, "abbrev"),
        c("RA_MUNICIP", "city", "VARCHAR", pad([_up(p[0]) for p in places], 20), ERP, "abbrev"),
        c("RA_ESTADO", N, "VARCHAR", [_BR_UF[p[0]] for p in places], "decoy", ERP, "abbrev"),
        c("RA_CEP", "postal_code", "VARCHAR", [v.postal(g, "BR", p[1]).replace("-", "") for p in places], ERP,
          "abbrev"),
        c("RA_TELEFON", "phone", "VARCHAR", pad(g.phones("BR", {"national": 0.8, "local": 0.2}, mobile=0.7), 20), ERP,
          "abbrev"),
        c("RA_EMAIL", "email", "VARCHAR",
          pad(v.emails(g, firsts, lasts, ["gmail.com", "hotmail.com", "yahoo.com.br", "uol.com.br", "outlook.com"]),
              50), ERP, "abbrev"),
        c("RA_ADMISSA", N, "VARCHAR", [_dats(h) for h in hires], "decoy", ERP, "abbrev"),
        c("RA_DEMISSA", N, "VARCHAR", blank([_dats(g.day("2024-01-01", "2026-10-01")) if g.rnd.random() < 0.12
                                             else None for _ in range(g.rows)], 8), "decoy", ERP, "abbrev"),
        c("RA_CC", N, "VARCHAR",
          pad(g.col(lambda: f"{g.rnd.randint(1, 4)}{g.rnd.randint(10, 99)}0{g.rnd.randint(1, 9)}"), 9), "decoy", ERP,
          "abbrev"),
        c("RA_CODFUNC", N, "VARCHAR", g.col(lambda: f"{g.rnd.randint(1, 240):05d}"), "decoy", ERP, "abbrev"),
        c("RA_SALARIO", N, "DECIMAL(12,2)", g.amounts(1_412, 28_000), "decoy", ERP, "abbrev"),
        c("RA_BCDEPSA", N, "VARCHAR", g.col(lambda: g.rnd.choice(["341", "237", "001", "104", "033"])
                                            + g.digits(5, "0123456789")), "business", ERP, "abbrev"),
        c("D_E_L_E_T_", N, "VARCHAR", g.yn("*", " ", 0.03), "decoy", ERP),
        c("R_E_C_N_O_", N, "BIGINT", g.keys(1), "decoy", ERP),
    ])


def comarch_employees(g: Gen) -> Table:
    """A Polish HR system's employee table (Comarch-style prefixes ``PRI_`` / ``PRE_``)."""
    fem = v.sexes(g, 0.52)
    firsts, lasts = v.people(g, "pl", fem)
    births = g.births(1960, 2006)
    places = [v.city(g, "PL") for _ in range(g.rows)]
    operators = ["ADMIN", "KADRY1", "KADRY2", "JKOWALSKA", "MNOWAK", "PLACE"]
    offices = ["Urząd Skarbowy Kraków-Krowodrza", "Pierwszy Urząd Skarbowy we Wrocławiu", "Urząd Skarbowy Poznań-Wilda",
               "Drugi Urząd Skarbowy w Łodzi", "Urząd Skarbowy w Kielcach", "Urząd Skarbowy w Radomiu"]
    return Table("CDN.Pracownicy", "pl", "pascal", [
        c("PRI_PraId", N, "BIGINT", g.keys(1), "decoy", ERP),
        c("PRI_Kod", N, "VARCHAR", [f"PR/{k:04d}" for k in g.keys(1)], "decoy", ERP),
        c("PRE_Imie1", "first_name", "VARCHAR", g.dirty(firsts), ERP),
        c("PRE_Imie2", "person_name", "VARCHAR",
          [g.rnd.choice(v.NAMES["pl"][1 if f else 0]) if g.rnd.random() < 0.22 else None for f in fem], "null_heavy",
          ERP),
        c("PRE_Nazwisko", "last_name", "VARCHAR", g.dirty(lasts, case=0.15), ERP),
        c("PRE_NazwiskoRodowe", "last_name", "VARCHAR",
          [v.person(g, "pl", True)[1] if f and g.rnd.random() < 0.4 else None for f in fem], "null_heavy", ERP),
        c("PRE_ImieOjca", "person_name", "VARCHAR", g.col(g.pick(v.NAMES["pl"][0]), 0.05), "qualified", ERP),
        c("PRE_ImieMatki", "person_name", "VARCHAR", g.col(g.pick(v.NAMES["pl"][1]), 0.05), "qualified", ERP),
        c("PRE_DataUr", "date_of_birth", "TIMESTAMP", [datetime(b.year, b.month, b.day) for b in births], ERP),
        c("PRE_MiejsceUr", "city", "VARCHAR", g.col(lambda: v.city(g, "PL")[0]), ERP),
        c("PRE_Pesel", "national_id", "VARCHAR", [v.pl_pesel(g, b, f) for b, f in zip(births, fem)], ERP),
        c("PRE_NIP", "national_id", "VARCHAR", g.col(lambda: v.pl_nip_person(g), 0.8), "null_heavy", ERP),
        c("PRE_DowodNr", "national_id", "VARCHAR", g.col(lambda: v.pl_dowod(g), 0.1), ERP),
        c("PRE_Plec", N, "VARCHAR", ["K" if f else "M" for f in fem], "decoy", ERP),
        c("PRE_Obywatelstwo", N, "VARCHAR", g.col(g.pick(["polskie", "polskie", "polskie", "ukraińskie"])), "decoy",
          ERP),
        c("PRE_Ulica", "street_address", "VARCHAR", g.col(lambda: g.rnd.choice(v.STREETS["pl"])), ERP),
        c("PRE_NrDomu", "street_address", "VARCHAR", g.col(lambda: str(g.rnd.randint(1, 160)) + g.rnd.choice(
            ["", "", "", "A", "B"])), ERP),
        c("PRE_NrLokalu", "street_address", "VARCHAR", g.col(lambda: str(g.rnd.randint(1, 120)), 0.74), "null_heavy",
          ERP),
        c("PRE_KodPocztowy", "postal_code", "VARCHAR", [v.postal(g, "PL", p[1]) for p in places], ERP),
        c("PRE_Miasto", "city", "VARCHAR", g.dirty([p[0] for p in places], case=0.1), ERP),
        c("PRE_Wojewodztwo", N, "VARCHAR", g.col(g.pick(["małopolskie", "dolnośląskie", "wielkopolskie", "łódzkie",
                                                         "śląskie", "zachodniopomorskie"])), "decoy", ERP),
        c("PRE_Telefon", "phone", "VARCHAR", g.dirty(g.phones("PL", {"national": 0.5, "intl": 0.3, "local": 0.2},
                                                              mobile=0.85)), ERP),
        c("PRE_Email", "email", "VARCHAR",
          g.dirty(v.emails(g, firsts, lasts, ["wp.pl", "onet.pl", "interia.pl", "gmail.com", "o2.pl"], 0.1)), ERP),
        c("PRE_NrRachunku", "iban", "VARCHAR", g.col(lambda: v.pl_nrb(g, g.rnd.random() < 0.3)), ERP),
        c("PRE_BankNazwa", N, "VARCHAR", g.col(g.pick(["PKO BP", "Bank Pekao", "mBank", "ING Bank Śląski",
                                                       "Santander Bank Polska"])), "business", ERP),
        c("PRE_UrzadSkarbowy", N, "VARCHAR", g.col(g.pick(offices)), "business", ERP),
        c("PRE_OddzialNFZ", N, "VARCHAR", g.col(g.pick(["06R", "01R", "15R", "05R", "12R", "13R"])), "decoy", ERP),
        c("PRE_KodUbezp", N, "VARCHAR", g.col(g.pick(["0110 0 0", "0110 0 0", "0411 0 0", "0110 1 0"])), "decoy",
          ERP),
        c("PRE_DataZatr", N, "TIMESTAMP", [datetime.combine(g.day(f"{max(b.year + 18, 1995)}-01-01", "2026-10-01"),
                                                            datetime.min.time()) for b in births], "decoy", ERP),
        c("PRE_Stanowisko", N, "VARCHAR", g.col(g.pick(["Księgowa", "Magazynier", "Kierowca kat. C", ("Specjalista ds. "
                                                        "kadr"), "Programista", "Handlowiec"])), "decoy", ERP),
        c("PRE_Wydzial", N, "VARCHAR", g.col(g.pick(["FIN", "LOG", "IT", "HR", "SPR"])), "decoy", ERP),
        c("PRE_Wynagrodzenie", N, "DECIMAL(10,2)", g.amounts(4_666, 21_000), "decoy", ERP),
        c("PRE_TS_Zmiana", N, "TIMESTAMP", g.moments("2025-01-01", 650), "decoy", ERP),
        c("PRE_OpeModKod", USERNAME, "VARCHAR", g.col(g.pick(operators)), "username", ERP),
    ])


def bc_employees(g: Gen) -> Table:
    """Microsoft Dynamics 365 Business Central, Danish: the employee list exported with its captions."""
    fem = v.sexes(g, 0.5)
    firsts, lasts = v.people(g, "da", fem)
    births = g.births(1960, 2006)
    places = [v.city(g, "DK") for _ in range(g.rows)]
    hires = [g.day(f"{max(b.year + 18, 1998)}-01-01", "2026-10-01") for b in births]
    return Table("bc.Medarbejdere", "da", "spaced", [
        c("Nr.", N, "VARCHAR", [f"M{k:05d}" for k in g.keys(101)], "decoy", ERP),
        c("Fornavn", "first_name", "VARCHAR", firsts, ERP),
        c("Mellemnavn", "person_name", "VARCHAR",
          g.col(g.pick(["Bach", "Holm", "Skov", "Juul", "Kjær", "Lund", "Vestergaard"]), 0.75), "null_heavy", ERP),
        c("Efternavn", "last_name", "VARCHAR", lasts, ERP),
        c("Stilling", N, "VARCHAR", g.col(g.pick(["Lagermedarbejder", "Bogholder", "Salgskonsulent", "Chauffør",
                                                  "Projektleder", "Udvikler"])), "decoy", ERP),
        c("Adresse", "street_address", "VARCHAR", g.col(lambda: v.street(g, "da")), ERP),
        c("Adresse 2", "street_address", "VARCHAR", g.col(g.pick(["Lejl. 3", "c/o Vester Kollegiet", "Bygning B",
                                                                   "Baghuset"]), 0.82), "null_heavy", ERP),
        c("Postnr.", "postal_code", "VARCHAR", [v.postal(g, "DK", p[1]) for p in places], ERP),
        c("By", "city", "VARCHAR", [p[0] for p in places], ERP),
        c("Land/område-kode", N, "VARCHAR", g.col(g.pick(["DK", "DK", "DK", "DK", "SE", "DE"])), "decoy", ERP),
        c("Telefon", "phone", "VARCHAR", g.phones("DK", {"national": 0.7, "intl": 0.3}, mobile=0.3, nulls=0.2),
          "qualified", ERP),
        c("Mobiltelefon", "phone", "VARCHAR", g.phones("DK", {"national": 0.6, "intl": 0.2, "local": 0.2}),
          "qualified", ERP),
        c("Mail", "email", "VARCHAR", v.emails(g, firsts, lasts, ["gmail.com", "hotmail.dk", "mail.dk", "outlook.dk",
                                                                  "live.dk"], 0.1), ERP),
        c("Firmamail", "email", "VARCHAR", [v.work_email(a, b, "jydsk-staal.dk") for a, b in zip(firsts, lasts)], ERP),
        c("Fødselsdato", "date_of_birth", "VARCHAR", g.fmt(births, ["%d-%m-%Y"]), ERP),
        c("CPR-nr.", "national_id", "VARCHAR", [v.dk_cpr(g, b, g.rnd.random() < 0.7) for b in births], ERP),
        c("Køn", N, "VARCHAR", ["Kvinde" if f else "Mand" for f in fem], "decoy", ERP),
        c("Ansættelsesdato", N, "VARCHAR", g.fmt(hires, ["%d-%m-%Y"]), "decoy", ERP),
        c("Fratrædelsesdato", N, "VARCHAR",
          g.fmt([g.day("2024-01-01", "2026-12-31") if g.rnd.random() < 0.18 else None for _ in range(g.rows)],
                ["%d-%m-%Y"]), "decoy", "null_heavy", ERP),
        c("Statistikgruppekode", N, "VARCHAR", g.col(g.pick(["FUNK", "LED", "TIME", "ELEV"])), "decoy", ERP),
        c("Afdelingskode", N, "VARCHAR", g.col(g.pick(["ADM", "LAGER", "SALG", "IT", "PROD"])), "decoy", ERP),
        c("IBAN", "iban", "VARCHAR", g.col(lambda: v.iban(g, "DK", g.rnd.random() < 0.6)), ERP),
        c("SWIFT-kode", N, "VARCHAR", g.col(g.pick(["DABADKKK", "NDEADKKK", "JYBADKKK", "SYBKDK22"])), "business",
          ERP),
        c("Pårørende", "person_name", "VARCHAR", g.col(lambda: v.whole(g, "da"), 0.15), ERP),
        c("Pårørende telefon", "phone", "VARCHAR", g.phones("DK", {"national": 1.0}, nulls=0.15), "qualified", ERP),
        c("Sidst ændret", N, "TIMESTAMP", g.moments("2025-01-01", 650), "decoy", ERP),
    ])


def zup_employees(g: Gen) -> Table:
    """1C:ZUP (salary and HR) export of the employees catalog, Russian PascalCase names."""
    fem = v.sexes(g, 0.5)
    firsts, lasts = v.people(g, "ru", fem)
    patr = [g.rnd.choice(v.RU_PATRONYMIC)[1 if f else 0] for f in fem]
    births = g.births(1958, 2006)
    places = [v.city(g, "RU") for _ in range(g.rows)]
    issued = [g.day(f"{b.year + 14}-06-01", f"{min(b.year + 45, 2026)}-06-01") for b in births]
    hires = [g.day(f"{max(b.year + 18, 2000)}-01-01", "2026-10-01") for b in births]
    streets = [v.street(g, "ru") for _ in range(g.rows)]
    reg = [f"{v.postal(g, 'RU', p[1])}, г. {p[0]}, {s}" for p, s in zip(places, streets)]
    firm = ("ООО «СибТехСнаб»", v.ru_inn_company(g), v.ru_ogrn(g))
    onec = "%d.%m.%Y 0:00:00"
    return Table("зуп.Сотрудники", "ru", "pascal", [
        c("Ссылка", N, "VARCHAR", g.col(g.uuid), "decoy", ERP),
        c("Код", N, "VARCHAR", [f"{k:010d}" for k in g.keys(1)], "decoy", ERP),
        c("Наименование", "person_name", "VARCHAR", [f"{b} {a} {p}" for a, b, p in zip(firsts, lasts, patr)], ERP),
        c("Фамилия", "last_name", "VARCHAR", lasts, ERP),
        c("Имя", "first_name", "VARCHAR", firsts, ERP),
        c("Отчество", "person_name", "VARCHAR", patr, ERP),
        c("ДатаРождения", "date_of_birth", "VARCHAR", g.fmt(births, [onec]), ERP),
        c("МестоРождения", "city", "VARCHAR", g.col(lambda: "г. " + v.city(g, "RU")[0]), ERP),
        c("Пол", N, "VARCHAR", ["Женский" if f else "Мужской" for f in fem], "decoy", ERP),
        c("СНИЛС", "ssn", "VARCHAR", g.col(lambda: v.ru_snils(g)), ERP),
        c("ИНН", "national_id", "VARCHAR", g.col(lambda: v.ru_inn_person(g), 0.1), ERP),
        c("ВидДокумента", N, "VARCHAR", g.col(g.pick(["Паспорт гражданина РФ"] * 9 + ["Вид на жительство"])), "decoy",
          ERP),
        c("СерияНомерДокумента", "national_id", "VARCHAR",
          g.col(lambda: f"{g.digits(2)} {g.digits(2, '0123456789')} {g.digits(6, '0123456789')}"), ERP),
        c("КемВыданДокумент", N, "VARCHAR", g.col(g.pick(["ГУ МВД России по Новосибирской области",
                                                          "ОУФМС России по Омской обл.", "УМВД России по г. Уфе",
                                                          "ОВД Советского р-на г. Волгограда"])), "business", ERP),
        c("ДатаВыдачиДокумента", N, "VARCHAR", g.fmt(issued, [onec]), "decoy", ERP),
        c("АдресРегистрации", "street_address", "VARCHAR", reg, ERP),
        c("АдресПроживания", "street_address", "VARCHAR",
          [r if g.rnd.random() < 0.6 else f"г. {v.city(g, 'RU')[0]}, {v.street(g, 'ru')}" for r in reg], ERP),
        c("Индекс", "postal_code", "VARCHAR", [r[:6] for r in reg], ERP),
        c("Город", "city", "VARCHAR", [p[0] for p in places], ERP),
        c("ТелефонМобильный", "phone", "VARCHAR", g.phones("RU", {"national": 0.5, "intl": 0.3, "local": 0.2}), ERP),
        c("ТелефонДомашний", "phone", "VARCHAR", g.phones("RU", {"national": 1.0}, mobile=0.0, nulls=0.8),
          "null_heavy", "qualified", ERP),
        c("ЭлектроннаяПочта", "email", "VARCHAR",
          v.emails(g, firsts, lasts, ["mail.ru", "yandex.ru", "bk.ru", "list.ru", "gmail.com"], 0.15), ERP),
        c("ДатаПриема", N, "VARCHAR", g.fmt(hires, [onec]), "decoy", ERP),
        c("ДатаУвольнения", N, "VARCHAR",
          g.fmt([g.day("2024-01-01", "2026-11-01") if g.rnd.random() < 0.15 else None for _ in range(g.rows)],
                [onec]), "decoy", "null_heavy", ERP),
        c("Должность", N, "VARCHAR", g.col(g.pick(["Инженер-технолог", "Кладовщик", "Менеджер по продажам",
                                                   "Бухгалтер", "Водитель-экспедитор"])), "decoy", ERP),
        c("Подразделение", N, "VARCHAR", g.col(g.pick(["Склад №2", "Бухгалтерия", "Отдел продаж", "Цех 1"])),
          "decoy", ERP),
        c("Оклад", N, "DECIMAL(12,2)", g.amounts(28_000, 240_000), "decoy", ERP),
        c("Организация", N, "VARCHAR", [firm[0]] * g.rows, "business", ERP),
        c("ИННОрганизации", N, "VARCHAR", [firm[1]] * g.rows, "business", ERP),
        c("ОГРНОрганизации", N, "VARCHAR", [firm[2]] * g.rows, "business", ERP),
        c("ПометкаУдаления", N, "BOOLEAN", g.yn(True, False, 0.02), "decoy", ERP),
        c("ВерсияДанных", N, "VARCHAR", g.col(lambda: g.code("AAAAAAZZZZZ=")), "decoy", ERP),
    ])


def ergani_employees(g: Gen) -> Table:
    """A Greek employer's ERGANI employee register export."""
    fem = v.sexes(g, 0.47)
    firsts, lasts = v.people(g, "el", fem)
    births = g.births(1960, 2006)
    places = [v.city(g, "GR") for _ in range(g.rows)]
    hires = [g.day(f"{max(b.year + 18, 2000)}-01-01", "2026-10-01") for b in births]
    employer = ("ΑΙΓΑΙΟ ΤΡΟΦΙΜΑ Α.Ε.", v.gr_afm_company(g))
    upper_ = [g.rnd.random() < 0.4 for _ in range(g.rows)]

    def shout(s: str, up: bool) -> str:
        """Greek upper case as forms write it: capitals without the acute accent."""
        return unicodedata.normalize("NFC", unicodedata.normalize("NFD", s.upper()).replace("\u0301", "")) if up else s

    return Table("εργάνη.εργαζόμενοι", "el", "snake", [
        c("κωδικός_εργαζομένου", N, "VARCHAR", [f"{k:05d}" for k in g.keys(1)], "decoy"),
        c("επώνυμο", "last_name", "VARCHAR", [shout(b, u) for b, u in zip(lasts, upper_)]),
        c("όνομα", "first_name", "VARCHAR", [shout(a, u) for a, u in zip(firsts, upper_)]),
        c("πατρώνυμο", "person_name", "VARCHAR", g.col(g.pick(v.NAMES["el"][0]))),
        c("μητρώνυμο", "person_name", "VARCHAR", g.col(g.pick(v.NAMES["el"][1]), 0.1)),
        c("ημερομηνία_γέννησης", "date_of_birth", "VARCHAR", g.fmt(births, ["%d/%m/%Y"])),
        c("τόπος_γέννησης", "city", "VARCHAR", g.col(lambda: v.city(g, "GR")[0])),
        c("αφμ", "national_id", "VARCHAR", g.col(lambda: v.gr_afm_person(g))),
        c("αμκα", "ssn", "VARCHAR", [v.gr_amka(g, b) for b in births]),
        c("αριθμός_ταυτότητας", "national_id", "VARCHAR",
          g.col(lambda: g.rnd.choice(["ΑΒ", "ΑΕ", "ΑΚ", "ΑΗ", "Χ", "ΑΙ", "ΑΜ"]) + " " + g.digits(6, "0123456789"))),
        c("δου", N, "VARCHAR", g.col(g.pick(["Α' ΠΕΙΡΑΙΑ", "Δ' ΘΕΣΣΑΛΟΝΙΚΗΣ", "ΡΟΔΟΥ", "ΧΑΝΙΩΝ", "ΚΑΛΑΜΑΤΑΣ",
                                           "ΙΓ' ΑΘΗΝΩΝ"])), "business", "abbrev"),
        c("διεύθυνση", "street_address", "VARCHAR", g.col(lambda: v.street(g, "el"))),
        c("ταχυδρομικός_κώδικας", "postal_code", "VARCHAR", [v.postal(g, "GR", p[1]) for p in places]),
        c("πόλη", "city", "VARCHAR", [p[0] for p in places]),
        c("κινητό", "phone", "VARCHAR", g.phones("GR", {"national": 0.6, "intl": 0.2, "digits": 0.2}), "qualified"),
        c("σταθερό", "phone", "VARCHAR", g.phones("GR", {"national": 1.0}, mobile=0.0, nulls=0.78), "null_heavy",
          "qualified"),
        c("email", "email", "VARCHAR", v.emails(g, firsts, lasts, ["gmail.com", "yahoo.gr", "hotmail.com",
                                                                   "otenet.gr"], 0.15), "lang:en"),
        c("iban", "iban", "VARCHAR", g.col(lambda: v.iban(g, "GR", g.rnd.random() < 0.5)), "lang:en"),
        c("ημερομηνία_πρόσληψης", N, "VARCHAR", g.fmt(hires, ["%d/%m/%Y"]), "decoy"),
        c("ειδικότητα", N, "VARCHAR", g.col(g.pick(["Εργάτης συσκευασίας", "Οδηγός", "Λογιστής", "Πωλητής",
                                                    "Αποθηκάριος"])), "decoy"),
        c("κωδικός_ειδικότητας", N, "VARCHAR", g.col(g.pick(["932910", "833210", "331303", "522310", "432100"])),
          "decoy"),
        c("μικτές_αποδοχές", N, "DECIMAL(10,2)", g.amounts(830, 3_900), "decoy"),
        c("ώρες_εβδομαδιαίας_απασχόλησης", N, "INTEGER", g.col(g.pick([40, 40, 40, 30, 20])), "decoy"),
        c("αφμ_εργοδότη", N, "VARCHAR", [employer[1]] * g.rows, "business"),
        c("επωνυμία_εργοδότη", N, "VARCHAR", [employer[0]] * g.rows, "business"),
        c("παράρτημα", N, "VARCHAR", g.col(g.pick(["0", "0", "1", "2"])), "decoy"),
    ])


def fr_payroll(g: Gen) -> Table:
    """A French payroll export with its captions (DSN-style fields)."""
    fem = v.sexes(g, 0.5)
    firsts, lasts = v.people(g, "fr", fem)
    births = g.births(1960, 2006)
    places = [v.city(g, "FR") for _ in range(g.rows)]
    hires = [g.day(f"{max(b.year + 18, 1998)}-01-01", "2026-10-01") for b in births]
    siret = [v.fr_siret(g) for _ in range(3)]
    return Table("paie.salaries_export", "fr", "spaced", [
        c("Matricule", N, "VARCHAR", [f"{k:06d}" for k in g.keys(3_001)], "decoy"),
        c("Civilité", N, "VARCHAR", ["Mme" if f else "M." for f in fem], "decoy"),
        c("Nom", "last_name", "VARCHAR", g.dirty([b.upper() if g.rnd.random() < 0.6 else b for b in lasts],
                                                 empties=("", "NULL", "-", "n/a"))),
        c("Nom de naissance", "last_name", "VARCHAR",
          [v.person(g, "fr")[1].upper() if f and g.rnd.random() < 0.35 else None for f in fem], "null_heavy"),
        c("Prénom", "first_name", "VARCHAR", firsts),
        c("Date de naissance", "date_of_birth", "VARCHAR", g.fmt(births, ["%d/%m/%Y"])),
        c("Commune de naissance", "city", "VARCHAR", g.col(lambda: v.city(g, "FR")[0].upper())),
        c("Département de naissance", N, "VARCHAR", g.col(g.pick(["44", "35", "34", "38", "21", "99", "2A", "75"])),
          "decoy"),
        c("N° de sécurité sociale", "ssn", "VARCHAR", [v.fr_nir(g, b, f, g.rnd.random() < 0.6)
                                                       for b, f in zip(births, fem)]),
        c("Adresse", "street_address", "VARCHAR", g.col(lambda: v.street(g, "fr"))),
        c("Complément d'adresse", "street_address", "VARCHAR",
          g.col(g.pick(["Bât. B", "Résidence les Pins", "Appt 12", "Escalier C, 3e étage", "Lieu-dit La Garenne"]),
                0.78), "null_heavy"),
        c("Code postal", "postal_code", "VARCHAR", [v.postal(g, "FR", p[1]) for p in places]),
        c("Ville", "city", "VARCHAR", [p[0].upper() if g.rnd.random() < 0.5 else p[0] for p in places]),
        c("Téléphone portable", "phone", "VARCHAR", g.phones("FR", {"national": 0.7, "intl": 0.2, "local": 0.1})),
        c("Email personnel", "email", "VARCHAR", v.emails(g, firsts, lasts, ["orange.fr", "free.fr", "gmail.com",
                                                                            "laposte.net", "sfr.fr"], 0.1)),
        c("IBAN", "iban", "VARCHAR", g.col(lambda: v.iban(g, "FR", g.rnd.random() < 0.7))),
        c("BIC", N, "VARCHAR", g.col(g.pick(["BNPAFRPPXXX", "CRLYFRPP", "AGRIFRPP847", "CEPAFRPP444", "SOGEFRPP"])),
          "business"),
        c("Date d'entrée", N, "VARCHAR", g.fmt(hires, ["%d/%m/%Y"]), "decoy"),
        c("Date de sortie", N, "VARCHAR",
          g.fmt([g.day("2024-01-01", "2026-12-31") if g.rnd.random() < 0.2 else None for _ in range(g.rows)],
                ["%d/%m/%Y"]), "decoy", "null_heavy"),
        c("Emploi", N, "VARCHAR", g.col(g.pick(["Technicien de maintenance", "Assistante de direction",
                                                "Préparateur de commandes", "Chef de projet", "Comptable"])), "decoy"),
        c("Coefficient", N, "INTEGER", g.col(g.pick([160, 170, 190, 215, 250, 310])), "decoy"),
        c("Salaire de base", N, "DECIMAL(10,2)", g.amounts(1_801.80, 6_500), "decoy"),
        c("Convention collective", N, "VARCHAR", g.col(g.pick(["1486", "3248", "0016", "2216"])), "decoy"),
        c("SIRET établissement", N, "VARCHAR", g.col(g.pick(siret)), "business"),
        c("Code NAF", N, "VARCHAR", g.col(g.pick(["6202A", "4941A", "4690Z", "2562B"])), "decoy"),
        c("Personne à prévenir", "person_name", "VARCHAR", g.col(lambda: v.whole(g, "fr"), 0.2)),
        c("Téléphone personne à prévenir", "phone", "VARCHAR", g.phones("FR", {"national": 1.0}, nulls=0.2),
          "qualified"),
        c("Mutuelle", N, "VARCHAR", g.col(g.pick(["Mutuelle des Trois Rivières", "Prévoyance Atlantique",
                                                  "Solimut Ouest"])), "business"),
    ])


#: country -> (language of names, national-id maker or None, ssn maker or None, IBAN country or None)
_WORKER_COUNTRIES: dict[str, tuple[str, str | None, str | None, str | None]] = {
    "DE": ("de", "steuer", None, "DE"), "NL": ("nl", "bsn", None, "NL"), "PL": ("pl", "pesel", None, "PL"),
    "DK": ("da", "cpr", None, "DK"), "SE": ("sv", "pnr", None, "SE"), "TR": ("tr", "tc", None, "TR"),
    "CZ": ("cs", "rc", None, "CZ"), "IT": ("it", "cf", None, "IT"), "ES": ("es", "dni", None, "ES"),
    "BR": ("br", "cpf", None, None), "PT": ("pt", None, None, "PT"), "US": ("us", None, "ssn", None),
    "CA": ("ca", None, "sin", None), "GB": ("gb", None, "nino", "GB"), "IE": ("gb", None, "pps", "IE"),
    "FR": ("fr", None, "nir", "FR"),
}
_WORKER_WEIGHTS = {"DE": 14, "NL": 9, "PL": 10, "DK": 5, "SE": 6, "TR": 6, "CZ": 5, "IT": 8, "ES": 8, "BR": 8,
                   "PT": 3, "US": 5, "CA": 3, "GB": 5, "IE": 2, "FR": 3}
_ID_TYPE = {"steuer": "Steuer-IdNr", "bsn": "BSN", "pesel": "PESEL", "cpr": "CPR", "pnr": "Personnummer",
            "tc": "TCKN", "rc": "Rodné číslo", "cf": "Codice fiscale", "dni": "DNI", "cpf": "CPF"}


def global_workers(g: Gen) -> Table:
    """A multi-country payroll provider's worker master (one row per worker)."""
    country = [g.rnd.choices(list(_WORKER_WEIGHTS), list(_WORKER_WEIGHTS.values()))[0] for _ in range(g.rows)]
    fem = v.sexes(g, 0.5)
    pairs = [v.person(g, _WORKER_COUNTRIES[x][0], f) for x, f in zip(country, fem)]
    firsts, lasts = [a for a, _ in pairs], [b for _, b in pairs]
    births = g.births(1960, 2006)
    places = [v.city(g, x) for x in country]
    street_lang = {"DE": "de", "NL": "nl", "PL": "pl", "DK": "da", "SE": "sv", "TR": "tr", "CZ": "cs", "IT": "it",
                   "ES": "es", "BR": "br", "PT": "pt", "US": "us", "CA": "ca", "GB": "gb", "IE": "gb", "FR": "fr"}
    forms = {"DE": "GmbH", "NL": "B.V.", "PL": "Sp. z o.o.", "DK": "ApS", "SE": "AB", "TR": "Ltd. Şti.",
             "CZ": "s.r.o.", "IT": "S.r.l.", "ES": "S.L.", "BR": "Ltda.", "PT": "Lda.", "US": "Inc.", "CA": "Inc.",
             "GB": "Ltd", "IE": "Ltd", "FR": "SAS"}
    entities = {x: (f"Orbis Workforce {x} {forms[x]}", g.code("99999999")) for x in _WORKER_WEIGHTS}
    managers = [v.whole(g, g.rnd.choice(["gb", "de", "nl", "us"])) for _ in range(25)]

    def national(x: str, b: date, f: bool, a: str, last: str) -> str | None:
        kind = _WORKER_COUNTRIES[x][1]
        return None if kind is None else {
            "steuer": lambda: v.de_steuer_id(g), "bsn": lambda: v.nl_bsn(g), "pesel": lambda: v.pl_pesel(g, b, f),
            "cpr": lambda: v.dk_cpr(g, b), "pnr": lambda: v.se_pnr(g, b, g.rnd.random() < 0.5),
            "tc": lambda: v.tr_tc(g), "rc": lambda: v.cz_rc(g, b, f), "cf": lambda: v.it_cf(g, a, last, b, f),
            "dni": lambda: v.es_dni(g) if g.rnd.random() < 0.8 else v.es_nie(g), "cpf": lambda: v.br_cpf(g)}[kind]()

    def social(x: str, b: date, f: bool) -> str | None:
        kind = _WORKER_COUNTRIES[x][2]
        return None if kind is None else {"ssn": lambda: v.us_ssn(g), "sin": lambda: v.ca_sin(g),
                                          "nino": lambda: v.gb_nino(g), "pps": lambda: v.ie_pps(g),
                                          "nir": lambda: v.fr_nir(g, b, f)}[kind]()

    hires = [g.day(f"{max(b.year + 18, 2008)}-01-01", "2026-10-01") for b in births]
    return Table("payroll.worker_master", "en", "snake", [
        c("worker_id", N, "VARCHAR", [f"WRK-{k:07d}" for k in g.keys(1_000_001)], "decoy"),
        c("country_code", N, "VARCHAR", country, "decoy"),
        c("legal_first_name", "first_name", "VARCHAR", firsts),
        c("legal_last_name", "last_name", "VARCHAR", lasts),
        c("preferred_name", "first_name", "VARCHAR", [a.split()[0] if g.rnd.random() < 0.8 else None for a in firsts]),
        c("date_of_birth", "date_of_birth", "DATE", births),
        c("national_id_type", N, "VARCHAR", [_ID_TYPE.get(_WORKER_COUNTRIES[x][1] or "", None) for x in country],
          "decoy"),
        c("national_id_number", "national_id", "VARCHAR",
          [national(x, b, f, a, la) for x, b, f, a, la in zip(country, births, fem, firsts, lasts)]),
        c("social_security_number", "ssn", "VARCHAR", [social(x, b, f) for x, b, f in zip(country, births, fem)],
          "null_heavy"),
        c("work_email", "email", "VARCHAR", [v.work_email(a.split()[0], b.split()[-1], "orbis-workforce.com")
                                             for a, b in zip(firsts, lasts)]),
        c("personal_email", "email", "VARCHAR",
          v.emails(g, firsts, lasts, ["gmail.com", "outlook.com", "icloud.com", "proton.me", "yahoo.com"], 0.2)),
        c("personal_phone", "phone", "VARCHAR",
          [g.phone(x, g.rnd.choice(["e164", "intl", "intl", "national"])) for x in country]),
        c("home_address_line1", "street_address", "VARCHAR", [v.street(g, street_lang[x]) for x in country]),
        c("home_address_line2", "street_address", "VARCHAR",
          g.col(g.pick(["Apt 4", "2nd floor", "c/o Martins", "Unit 12", "Top 7", "lgh 1102"]), 0.8), "null_heavy"),
        c("home_city", "city", "VARCHAR", [p[0] for p in places]),
        c("home_postal_code", "postal_code", "VARCHAR", [v.postal(g, x, p[1]) for x, p in zip(country, places)]),
        c("home_country", N, "VARCHAR", country, "decoy"),
        c("bank_iban", "iban", "VARCHAR", [v.iban(g, _WORKER_COUNTRIES[x][3]) if _WORKER_COUNTRIES[x][3] else None
                                           for x in country]),
        c("bank_bic", N, "VARCHAR", g.col(g.pick(["DEUTDEFF", "INGBNL2A", "BREXPLPW", "DABADKKK", "ESSESESS",
                                                  "ISBKTRIS", "KOMBCZPP", "UNCRITMM", "CAIXESBB", "NWBKGB2L"])),
          "business"),
        c("bank_name", N, "VARCHAR", g.col(g.pick(["Deutsche Bank", "ING", "mBank", "Danske Bank", "SEB",
                                                   "İş Bankası", "Komerční banka", "UniCredit", "CaixaBank",
                                                   "NatWest"])), "business"),
        c("hire_date", N, "DATE", hires, "decoy"),
        c("termination_date", N, "DATE", [g.day("2025-01-01", "2026-12-31") if g.rnd.random() < 0.15 else None
                                          for _ in range(g.rows)], "decoy", "null_heavy"),
        c("contract_end_date", N, "DATE", [g.day("2026-06-01", "2028-12-31") if g.rnd.random() < 0.2 else None
                                           for _ in range(g.rows)], "decoy", "null_heavy"),
        c("job_title", N, "VARCHAR", g.col(g.pick(["Software Engineer", "Account Executive", "Payroll Specialist",
                                                   "Data Analyst", "Customer Success Manager", "Designer"])), "decoy"),
        c("cost_center", N, "VARCHAR", g.col(lambda: f"CC{g.rnd.randint(100, 999)}-{g.code('AA')}"), "decoy"),
        c("legal_entity", N, "VARCHAR", [entities[x][0] for x in country], "business"),
        c("legal_entity_registration", N, "VARCHAR", [entities[x][1] for x in country], "business"),
        c("manager_name", "person_name", "VARCHAR", g.col(g.pick(managers))),
        c("emergency_contact_name", "person_name", "VARCHAR",
          [" ".join(v.person(g, _WORKER_COUNTRIES[x][0])) if g.rnd.random() < 0.85 else None for x in country]),
        c("emergency_contact_phone", "phone", "VARCHAR",
          [g.phone(x, g.rnd.choice(["intl", "e164"])) if g.rnd.random() < 0.85 else None for x in country],
          "qualified"),
        c("emergency_contact_relationship", N, "VARCHAR", g.col(g.pick(["spouse", "partner", "parent", "sibling",
                                                                        "friend"])), "decoy"),
        c("gross_annual_salary", N, "DECIMAL(12,2)", g.amounts(24_000, 190_000), "decoy"),
        c("currency", N, "VARCHAR", [{"PL": "PLN", "DK": "DKK", "SE": "SEK", "TR": "TRY", "CZ": "CZK", "BR": "BRL",
                                      "US": "USD", "CA": "CAD", "GB": "GBP"}.get(x, "EUR") for x in country], "decoy"),
        c("pay_frequency", N, "VARCHAR", g.col(g.pick(["monthly", "monthly", "semi-monthly", "bi-weekly"])), "decoy"),
        c("fte", N, "DECIMAL(3,2)", g.col(g.pick([1.0, 1.0, 1.0, 0.8, 0.6, 0.5])), "decoy"),
        c("uk_tax_code", N, "VARCHAR", [g.rnd.choice(["1257L", "1257L", "BR", "K475", "S1257L"]) if x == "GB" else None
                                        for x in country], "decoy", "null_heavy"),
        c("payslip_sha256", N, "VARCHAR", g.col(g.sha256), "decoy"),
        c("record_version", N, "INTEGER", g.ints(1, 30), "decoy"),
        c("updated_at", N, "TIMESTAMP", g.moments("2026-01-01", 300), "decoy"),
    ])


# -- CRM and SaaS exports ----------------------------------------------------------------------------------------------


_NL_PROVINCE = {"Utrecht": "Utrecht", "Groningen": "Groningen", "Arnhem": "Gelderland", "Breda": "Noord-Brabant",
                "Haarlem": "Noord-Holland", "Nijmegen": "Gelderland", "Maastricht": "Limburg", "Delft": "Zuid-Holland",
                "Deventer": "Overijssel", "Alkmaar": "Noord-Holland"}


def dataverse_contacts(g: Gen) -> Table:
    """Dynamics 365 / Dataverse ``contact`` rows of a Dutch housing association (Web API names, custom fields with the
    publisher prefix ``wbv_``)."""
    fem = v.sexes(g, 0.52)
    firsts, lasts = v.people(g, "nl", fem)
    births = g.births(1938, 2006)
    places = [v.city(g, "NL") for _ in range(g.rows)]
    consultants = [v.whole(g, "nl") for _ in range(8)]
    partners = [v.whole(g, "nl") if g.rnd.random() < 0.8 else None for _ in range(g.rows)]
    nl_ = "lang:nl"

    def note() -> str:
        return g.rnd.choice([
            f"Bewoner {v.whole(g, 'nl')} belt liever na 17:00 ({g.phone('NL', 'national')})",
            f"Sleutel ligt bij buurvrouw {v.whole(g, 'nl')}, nr. {g.rnd.randint(1, 80)}",
            f"Huurachterstand besproken met {g.rnd.choice(v.NAMES['nl'][1])}, regeling 6 mnd",
            f"Zoon {v.person(g, 'nl')[0]} regelt de post voor zijn moeder"])

    return Table("dataverse.contact", "en", "lower", [
        c("contactid", N, "VARCHAR", g.col(g.uuid), "decoy"),
        c("fullname", "person_name", "VARCHAR", [f"{a} {b}" for a, b in zip(firsts, lasts)]),
        c("firstname", "first_name", "VARCHAR", firsts),
        c("lastname", "last_name", "VARCHAR", lasts),
        c("emailaddress1", "email", "VARCHAR",
          v.emails(g, firsts, lasts, ["ziggo.nl", "kpnmail.nl", "gmail.com", "hotmail.com", "live.nl", "xs4all.nl"],
                   0.12), "qualified"),
        c("emailaddress2", "email", "VARCHAR", v.emails(g, firsts, lasts, ["outlook.com", "icloud.com"], 0.85),
          "null_heavy", "qualified"),
        c("telephone1", "phone", "VARCHAR", g.phones("NL", {"national": 0.7, "intl": 0.2, "local": 0.1}, mobile=0.4,
                                                     nulls=0.15), "qualified"),
        c("mobilephone", "phone", "VARCHAR", g.phones("NL", {"national": 0.6, "intl": 0.2, "e164": 0.2}, nulls=0.2),
          "qualified"),
        c("address1_line1", "street_address", "VARCHAR",
          g.col(lambda: f"{g.rnd.choice(v.STREETS['nl'])} {g.rnd.randint(1, 240)}"
                        + g.rnd.choice(["", "", "", "A", "-2", " bis"]))),
        c("address1_line2", "street_address", "VARCHAR",
          g.col(g.pick(["2 hoog", "3e etage", "begane grond", "kamer 4"]), 0.82), "null_heavy"),
        c("address1_postalcode", "postal_code", "VARCHAR", [v.postal(g, "NL", p[1]) for p in places]),
        c("address1_city", "city", "VARCHAR", [p[0] for p in places]),
        c("address1_stateorprovince", N, "VARCHAR", [_NL_PROVINCE[p[0]] for p in places], "decoy"),
        c("address1_country", N, "VARCHAR", ["Nederland"] * g.rows, "decoy"),
        c("address1_latitude", N, "DOUBLE", g.floats(50.8, 53.4), "decoy"),
        c("address1_longitude", N, "DOUBLE", g.floats(3.6, 7.1), "decoy"),
        c("birthdate", "date_of_birth", "DATE", births),
        c("gendercode", N, "INTEGER", [2 if f else 1 for f in fem], "decoy"),
        c("familystatuscode", N, "INTEGER", g.col(g.pick([1, 2, 2, 3, 4])), "decoy"),
        c("createdon", N, "TIMESTAMP", g.moments("2016-01-01", 3_600), "decoy"),
        c("modifiedon", N, "TIMESTAMP", g.moments("2026-01-01", 300), "decoy"),
        c("statecode", N, "INTEGER", g.col(g.pick([0, 0, 0, 0, 1])), "decoy"),
        c("statuscode", N, "INTEGER", g.col(g.pick([1, 1, 1, 1, 2])), "decoy"),
        c("donotemail", N, "BOOLEAN", g.yn(True, False, 0.1), "decoy"),
        c("donotphone", N, "BOOLEAN", g.yn(True, False, 0.06), "decoy"),
        c("versionnumber", N, "BIGINT", g.keys(58_000_000, 13), "decoy"),
        c("_ownerid_value", N, "VARCHAR", g.col(g.uuid), "decoy"),
        c("_ownerid_value@OData.Community.Display.V1.FormattedValue", "person_name", "VARCHAR",
          g.col(g.pick(consultants))),
        c("wbv_bsn", "national_id", "VARCHAR", g.col(lambda: v.nl_bsn(g), 0.1), CUSTOM, nl_),
        c("wbv_iban", "iban", "VARCHAR", g.col(lambda: v.iban(g, "NL", g.rnd.random() < 0.4), 0.1), CUSTOM, nl_),
        c("wbv_geboorteplaats", "city", "VARCHAR", g.col(lambda: v.city(g, g.rnd.choice(["NL", "NL", "NL", "BE"]))[0],
                                                         0.15), CUSTOM, nl_),
        c("wbv_huurcontractnummer", N, "VARCHAR", g.col(lambda: f"HC-{g.rnd.randint(2005, 2026)}-{g.digits(6)}"),
          "decoy", CUSTOM, nl_),
        c("wbv_vhenummer", N, "VARCHAR", g.col(lambda: f"VHE{g.digits(7, '0123456789')}"), "decoy", CUSTOM, nl_),
        c("wbv_partnernaam", "person_name", "VARCHAR", partners, CUSTOM, nl_),
        c("wbv_partnergeboortedatum", "date_of_birth", "DATE",
          [g.birth(1938, 2006) if p else None for p in partners], "qualified", CUSTOM, nl_),
        c("wbv_inkomenscategorie", N, "VARCHAR", g.col(g.pick(["laag", "midden", "midden", "hoog"])), "decoy", CUSTOM,
          nl_),
        c("wbv_energielabel", N, "VARCHAR", g.col(g.pick(["A", "A+", "B", "C", "D", "E"])), "decoy", CUSTOM, nl_),
        c("wbv_opmerkingen", "free_text", "VARCHAR", g.col(note, 0.8), "null_heavy", CUSTOM, nl_),
    ])


_IT_HEADS = ["Meccanica", "Tessitura", "Officine", "Logistica", "Costruzioni", "Farmaceutici", "Alimentari",
             "Ceramiche", "Arredamenti", "Trasporti"]
_IT_TAILS = ["Lombarda", "Adriatica", "del Garda", "Padana", "Tirrenica", "Veneta", "Emiliana", "Sabauda"]
_IT_PROV = {"Bergamo": "BG", "Modena": "MO", "Verona": "VR", "Padova": "PD", "Bari": "BA", "Catania": "CT",
            "Torino": "TO", "Genova": "GE", "Pisa": "PI", "Ancona": "AN"}


def salesforce_contacts(g: Gen) -> Table:
    """Salesforce Data Loader export of ``Contact`` with relationship fields of the ``Account``: an Italian insurance
    broker's corporate-welfare clients and their employees; custom fields ``__c`` in Italian."""
    accounts = []
    for _ in range(70):
        place = v.city(g, "IT")
        accounts.append((v.salesforce_id(g, "001"),
                         f"{g.rnd.choice(_IT_HEADS)} {g.rnd.choice(_IT_TAILS)} "
                         + g.rnd.choice(["S.p.A.", "S.r.l.", "S.r.l.", "S.n.c."]),
                         "Via " + g.rnd.choice(["dell'Industria", "dell'Artigianato", "Enrico Fermi", "Galileo Galilei",
                                                "del Lavoro"]) + f" {g.rnd.randint(1, 90)}",
                         place, g.phone("IT", "national", mobile=False), v.it_iva(g)))
    acc = [g.rnd.choice(accounts) for _ in range(g.rows)]
    fem = v.sexes(g, 0.5)
    firsts, lasts = v.people(g, "it", fem)
    births = g.births(1955, 2005)
    places = [v.city(g, "IT") for _ in range(g.rows)]
    owners = [(v.salesforce_id(g, "005"), v.whole(g, "it")) for _ in range(6)]
    own = [g.rnd.choice(owners) for _ in range(g.rows)]
    it_ = "lang:it"

    def sf_time(d: datetime) -> str:
        return d.strftime("%Y-%m-%dT%H:%M:%S.000+0000")

    return Table("salesforce.Contact", "en", "pascal", [
        c("Id", N, "VARCHAR", g.col(lambda: v.salesforce_id(g, "003")), "decoy"),
        c("AccountId", N, "VARCHAR", [a[0] for a in acc], "decoy"),
        c("Account.Name", N, "VARCHAR", [a[1] for a in acc], "business", JSON),
        c("Account.BillingStreet", N, "VARCHAR", [a[2] for a in acc], "business", JSON),
        c("Account.BillingCity", N, "VARCHAR", [a[3][0] for a in acc], "business", JSON),
        c("Account.BillingPostalCode", N, "VARCHAR", [v.postal(g, "IT", a[3][1]) for a in acc], "business", JSON),
        c("Account.Phone", N, "VARCHAR", [a[4] for a in acc], "business", JSON),
        c("Account.Partita_IVA__c", N, "VARCHAR", [a[5] for a in acc], "business", JSON, CUSTOM, it_),
        c("Salutation", N, "VARCHAR", [g.rnd.choice(["Sig.ra", "Dott.ssa"]) if f else g.rnd.choice(
            ["Sig.", "Dott.", "Ing."]) for f in fem], "decoy"),
        c("FirstName", "first_name", "VARCHAR", firsts),
        c("LastName", "last_name", "VARCHAR", lasts),
        c("MailingStreet", "street_address", "VARCHAR", g.col(lambda: v.street(g, "it"))),
        c("MailingCity", "city", "VARCHAR", [p[0] for p in places]),
        c("MailingPostalCode", "postal_code", "VARCHAR", [v.postal(g, "IT", p[1]) for p in places]),
        c("MailingState", N, "VARCHAR", [_IT_PROV[p[0]] for p in places], "decoy"),
        c("MailingCountry", N, "VARCHAR", ["Italia"] * g.rows, "decoy"),
        c("OtherStreet", "street_address", "VARCHAR", g.col(lambda: v.street(g, "it"), 0.8), "null_heavy",
          "qualified"),
        c("Phone", "phone", "VARCHAR", g.phones("IT", {"national": 0.7, "intl": 0.3}, mobile=0.3, nulls=0.15),
          "qualified"),
        c("MobilePhone", "phone", "VARCHAR", g.phones("IT", {"national": 0.5, "intl": 0.3, "local": 0.2}, nulls=0.1),
          "qualified"),
        c("HomePhone", "phone", "VARCHAR", g.phones("IT", {"national": 1.0}, mobile=0.0, nulls=0.8), "null_heavy",
          "qualified"),
        c("Email", "email", "VARCHAR", v.emails(g, firsts, lasts, ["libero.it", "gmail.com", "tiscali.it", "alice.it",
                                                                   "pec.it"], 0.05)),
        c("Birthdate", "date_of_birth", "DATE", births),
        c("Title", N, "VARCHAR", g.col(g.pick(["Responsabile Acquisti", "Impiegata amministrativa", "Operaio",
                                               "Direttore Tecnico", "Magazziniere", "HR Manager"])), "decoy"),
        c("Department", N, "VARCHAR", g.col(g.pick(["Amministrazione", "Produzione", "Logistica", "Risorse Umane"])),
          "decoy"),
        c("LeadSource", N, "VARCHAR", g.col(g.pick(["Partner", "Web", "Evento", "Passaparola"])), "decoy"),
        c("OwnerId", N, "VARCHAR", [o[0] for o in own], "decoy"),
        c("Owner.Name", "person_name", "VARCHAR", [o[1] for o in own], JSON),
        c("CreatedDate", N, "VARCHAR", [sf_time(d) for d in g.moments("2019-01-01", 2_500)], "decoy"),
        c("LastModifiedDate", N, "VARCHAR", [sf_time(d) for d in g.moments("2026-01-01", 300)], "decoy"),
        c("IsDeleted", N, "BOOLEAN", g.yn(True, False, 0.01), "decoy"),
        c("HasOptedOutOfEmail", N, "BOOLEAN", g.yn(True, False, 0.12), "decoy"),
        c("Codice_Fiscale__c", "national_id", "VARCHAR",
          [v.it_cf(g, a, b, d, f) for a, b, d, f in zip(firsts, lasts, births, fem)], CUSTOM, it_),
        c("Luogo_di_Nascita__c", "city", "VARCHAR", g.col(lambda: v.city(g, "IT")[0], 0.1), CUSTOM, it_),
        c("Data_Consenso_Privacy__c", N, "DATE", g.days("2018-05-25", "2026-10-31"), "decoy", CUSTOM, it_),
        c("Cellulare_Secondario__c", "phone", "VARCHAR", g.phones("IT", {"national": 1.0}, nulls=0.8), "null_heavy",
          "qualified", CUSTOM, it_),
        c("Nome_Coniuge__c", "person_name", "VARCHAR", g.col(lambda: v.whole(g, "it"), 0.75), "null_heavy", CUSTOM,
          it_),
        c("Beneficiario_Polizza__c", "person_name", "VARCHAR", g.col(lambda: v.whole(g, "it"), 0.2), CUSTOM, it_),
        c("IBAN_Rimborsi__c", "iban", "VARCHAR", g.col(lambda: v.iban(g, "IT", g.rnd.random() < 0.5), 0.2), CUSTOM,
          it_),
        c("Numero_Polizza__c", N, "VARCHAR", g.col(lambda: f"POL-{g.rnd.randint(2018, 2026)}-{g.digits(7)}"), "decoy",
          CUSTOM, it_),
        c("Premio_Annuo__c", N, "DECIMAL(10,2)", g.amounts(180, 2_400), "decoy", CUSTOM, it_),
        c("Referente_Familiare__c", N, "VARCHAR", g.col(lambda: v.salesforce_id(g, "003"), 0.8), "decoy",
          "null_heavy", CUSTOM, it_),
    ])


def hubspot_contacts(g: Gen) -> Table:
    """HubSpot contact export of a Spanish training academy, headers in Spanish."""
    fem = v.sexes(g, 0.55)
    firsts, lasts = v.people(g, "es", fem)
    seconds = [g.rnd.choice(v.NAMES["es"][2]) for _ in range(g.rows)]
    births = g.births(1975, 2009)
    places = [v.city(g, "ES") for _ in range(g.rows)]
    province = {"Zaragoza": "Zaragoza", "Valladolid": "Valladolid", "Bilbao": "Bizkaia", "Málaga": "Málaga",
                "Murcia": "Región de Murcia", "Alicante": "Alicante", "Vigo": "Pontevedra", "Gijón": "Asturias",
                "Granada": "Granada", "Pamplona": "Navarra"}
    owners = [v.whole(g, "es") for _ in range(5)]
    tutor = [v.whole(g, "es") if g.rnd.random() < 0.2 else None for _ in range(g.rows)]
    employers = ["Talleres Ebro S.L.", "Conservas del Cantábrico S.A.", "Clínica Dental Sonrisa S.L.P.",
                 "Transportes Hermanos Ruiz S.L.", "Hotel Mirador de la Alhambra", "Ayuntamiento de Gijón"]

    def note() -> str:
        return g.rnd.choice([
            (f"Llamó {g.rnd.choice(v.NAMES['es'][1])} preguntando por el curso; volver a llamar al "
            f"{g.phone('ES', 'national')}"),
            f"Su madre, {v.whole(g, 'es')}, pagará la matrícula",
            f"Viene recomendada por {v.whole(g, 'es')} (alumna 2024)"])

    return Table("hubspot.contactos_export", "es", "spaced", [
        c("ID de registro", N, "BIGINT", g.keys(51_234_567_801, 17), "decoy"),
        c("Nombre", "first_name", "VARCHAR", firsts),
        c("Apellidos", "last_name", "VARCHAR", [f"{a} {b}" for a, b in zip(lasts, seconds)]),
        c("Correo", "email", "VARCHAR", v.emails(g, firsts, lasts, ["gmail.com", "hotmail.es", "yahoo.es",
                                                                    "outlook.es", "telefonica.net"])),
        c("Número de teléfono", "phone", "VARCHAR", g.phones("ES", {"national": 0.5, "intl": 0.3, "local": 0.2},
                                                             mobile=0.6, nulls=0.1), "qualified"),
        c("Número de teléfono móvil", "phone", "VARCHAR", g.phones("ES", {"intl": 0.6, "e164": 0.4}, nulls=0.2),
          "qualified"),
        c("Dirección", "street_address", "VARCHAR", g.col(lambda: v.street(g, "es"), 0.15)),
        c("Ciudad", "city", "VARCHAR", [p[0] for p in places]),
        c("Estado/Región", N, "VARCHAR", [province[p[0]] for p in places], "decoy"),
        c("Código postal", "postal_code", "VARCHAR", [v.postal(g, "ES", p[1]) for p in places]),
        c("País/región", N, "VARCHAR", ["España"] * g.rows, "decoy"),
        c("Fecha de nacimiento", "date_of_birth", "VARCHAR", g.fmt(births, ["%d/%m/%Y"])),
        c("DNI/NIE", "national_id", "VARCHAR", g.col(lambda: v.es_dni(g) if g.rnd.random() < 0.85 else v.es_nie(g),
                                                     0.12)),
        c("Nombre de la empresa", N, "VARCHAR", g.col(g.pick(employers), 0.25), "business"),
        c("Propietario del contacto", "person_name", "VARCHAR", g.col(g.pick(owners))),
        c("Etapa del ciclo de vida", N, "VARCHAR", g.col(g.pick(["Lead", "Lead cualificado", "Oportunidad",
                                                                 "Cliente"])), "decoy"),
        c("Estado del lead", N, "VARCHAR", g.col(g.pick(["Nuevo", "Abierto", "En curso", "Intento de contacto"])),
          "decoy"),
        c("Fecha de creación", N, "VARCHAR", [d.strftime("%Y-%m-%d %H:%M") for d in g.moments("2022-01-01", 1_700)],
          "decoy"),
        c("Fecha de la última actividad", N, "VARCHAR",
          [d.strftime("%Y-%m-%d %H:%M") for d in g.moments("2026-01-01", 300)], "decoy"),
        c("Fuente original", N, "VARCHAR", g.col(g.pick(["Búsqueda orgánica", "Redes sociales", "Tráfico directo",
                                                         "Búsqueda de pago", "Referencias"])), "decoy"),
        c("Número de visitas", N, "INTEGER", g.ints(1, 240), "decoy"),
        c("Curso de interés", N, "VARCHAR", g.col(g.pick(["Auxiliar de Farmacia", "Técnico en Marketing Digital",
                                                          "Inglés B2", "Carretillero", "Programación Python"])),
          "decoy"),
        c("Acepta comunicaciones", N, "VARCHAR", g.yn("true", "false", 0.6), "decoy"),
        c("Nombre del tutor legal", "person_name", "VARCHAR", tutor, "null_heavy"),
        c("Teléfono del tutor", "phone", "VARCHAR", [g.phone("ES", "national") if t else None for t in tutor],
          "null_heavy", "qualified"),
        c("Dirección IP", "ip_address", "VARCHAR", g.col(lambda: g.ipv6() if g.rnd.random() < 0.2 else g.ipv4(), 0.2)),
        c("Notas", "free_text", "VARCHAR", g.col(note, 0.8), "null_heavy"),
    ])


def zendesk_tickets(g: Gen) -> Table:
    """Zendesk tickets of a Brazilian online shop, flattened from the API's JSON (sideloaded users)."""
    fem = v.sexes(g, 0.55)
    firsts, lasts = v.people(g, "br", fem)
    agents = [v.person(g, "br") for _ in range(9)]
    ag = [g.rnd.choice(agents) for _ in range(g.rows)]
    orders = [f"LV-{g.digits(8)}" for _ in range(g.rows)]
    places = [v.city(g, "BR") for _ in range(g.rows)]
    ceps = [v.postal(g, "BR", p[1]) for p in places]
    cpfs = [v.br_cpf(g, g.rnd.random() < 0.7) for _ in range(g.rows)]
    phones = [g.phone("BR", g.rnd.choice(["national", "intl", "local"])) for _ in range(g.rows)]
    streets = [v.street(g, "br") for _ in range(g.rows)]

    def describe(i: int) -> str:
        name = f"{firsts[i]} {lasts[i]}"
        return g.rnd.choice([
            f"Olá, meu nome é {name} e o pedido {orders[i]} ainda não chegou. Meu telefone é {phones[i]}.",
            f"Boa tarde! Sou {name}, CPF {cpfs[i]}. Recebi o produto com defeito, podem me ligar no {phones[i]}?",
            f"Preciso trocar o endereço de entrega para {streets[i]}, CEP {ceps[i]}. Att, {name}",
            f"Comprei no nome da minha mãe, {v.whole(g, 'br')}, mas o cartão é meu. Pedido {orders[i]}."])

    def rating(i: int) -> str | None:
        if g.rnd.random() < 0.8:
            return None
        return g.rnd.choice([f"A {ag[i][0]} foi ótima, resolveu tudo!", f"Atendimento do {ag[i][0]} nota 10",
                             f"Demorou, mas a {ag[i][0]} {ag[i][1]} ajudou"])

    return Table("zendesk.tickets_flat", "en", "dotted", [
        c("id", N, "BIGINT", g.keys(48_213, 3), "decoy"),
        c("url", N, "VARCHAR", [f"https://lojaverde.zendesk.com/api/v2/tickets/{k}.json" for k in g.keys(48_213, 3)],
          "decoy"),
        c("via.channel", N, "VARCHAR", g.col(g.pick(["email", "web", "whatsapp", "chat", "api"])), "decoy", JSON),
        c("created_at", N, "VARCHAR", [d.strftime("%Y-%m-%dT%H:%M:%SZ") for d in g.moments("2025-06-01", 500)],
          "decoy"),
        c("updated_at", N, "VARCHAR", [d.strftime("%Y-%m-%dT%H:%M:%SZ") for d in g.moments("2026-06-01", 150)],
          "decoy"),
        c("subject", N, "VARCHAR", g.col(g.pick(["Pedido não entregue", "Troca de tamanho", "Produto com defeito",
                                                 "Cancelamento de compra", "Dúvida sobre boleto", "Nota fiscal"])),
          "decoy"),
        c("description", "free_text", "VARCHAR", [describe(i) for i in range(g.rows)]),
        c("status", N, "VARCHAR", g.col(g.pick(["new", "open", "pending", "solved", "closed"])), "decoy"),
        c("priority", N, "VARCHAR", g.col(g.pick(["low", "normal", "normal", "high", "urgent"])), "decoy"),
        c("type", N, "VARCHAR", g.col(g.pick(["question", "incident", "problem", "task"])), "decoy"),
        c("requester_id", N, "BIGINT", g.col(lambda: g.rnd.randint(360_000_000_000, 369_999_999_999)), "decoy"),
        c("requester.name", "person_name", "VARCHAR", [f"{a} {b}" for a, b in zip(firsts, lasts)], JSON),
        c("requester.email", "email", "VARCHAR",
          v.emails(g, firsts, lasts, ["gmail.com", "hotmail.com", "yahoo.com.br", "uol.com.br", "bol.com.br"]), JSON),
        c("requester.phone", "phone", "VARCHAR", g.nullify(phones, 0.22), JSON),
        c("requester.locale", N, "VARCHAR", g.col(g.pick(["pt-BR", "pt-BR", "pt-BR", "es", "en-US"])), "decoy", JSON),
        c("requester.time_zone", N, "VARCHAR", g.col(g.pick(["Brasilia", "Brasilia", "Manaus", "Recife"])), "decoy",
          JSON),
        c("assignee.name", "person_name", "VARCHAR", [f"{a} {b}" for a, b in ag], JSON),
        c("assignee.email", "email", "VARCHAR", [v.work_email(a, b, "lojaverde.com.br") for a, b in ag], JSON),
        c("group.name", N, "VARCHAR", g.col(g.pick(["Atendimento N1", "Logística", "Financeiro", "Trocas"])), "decoy",
          JSON),
        c("tags", N, "VARCHAR", g.col(g.pick(["entrega atraso", "troca tamanho", "boleto", "defeito garantia",
                                              "cancelamento"])), "decoy"),
        c("custom_fields.360041552211", "national_id", "VARCHAR", g.nullify(cpfs, 0.15), "opaque", JSON, CUSTOM),
        c("custom_fields.360041552231", N, "VARCHAR", orders, "decoy", "opaque", JSON, CUSTOM),
        c("custom_fields.360041552251", "postal_code", "VARCHAR", g.nullify(ceps, 0.2), "opaque", JSON, CUSTOM),
        c("custom_fields.360041552271", N, "VARCHAR", g.col(lambda: g.code("AA999999999BR"), 0.2), "decoy", "opaque",
          JSON, CUSTOM),
        c("custom_fields.360041552291", "street_address", "VARCHAR", g.nullify(streets, 0.25), "opaque", JSON,
          CUSTOM),
        c("satisfaction_rating.score", N, "VARCHAR", g.col(g.pick(["unoffered", "offered", "good", "good", "bad"])),
          "decoy", JSON),
        c("satisfaction_rating.comment", "free_text", "VARCHAR", [rating(i) for i in range(g.rows)], "null_heavy",
          JSON),
        c("metric_set.reply_time_in_minutes.business", N, "INTEGER", g.ints(1, 2_880), "decoy", JSON),
        c("brand_id", N, "BIGINT", g.col(g.pick([360_001_122_334, 360_001_122_335])), "decoy"),
    ])


_REGION_OF = {"Wien": "Wien", "Graz": "Steiermark", "Linz": "Oberösterreich", "Salzburg": "Salzburg",
              "Innsbruck": "Tirol", "Klagenfurt": "Kärnten", "Bielefeld": "Nordrhein-Westfalen",
              "Münster": "Nordrhein-Westfalen", "Kiel": "Schleswig-Holstein", "Regensburg": "Bayern",
              "Göttingen": "Niedersachsen", "Oldenburg": "Niedersachsen", "Erfurt": "Thüringen",
              "Ulm": "Baden-Württemberg", "Koblenz": "Rheinland-Pfalz", "Chemnitz": "Sachsen",
              "Saarbrücken": "Saarland",
              "Potsdam": "Brandenburg", "Zürich": "Zürich", "Basel": "Basel-Stadt", "Bern": "Bern",
              "Winterthur": "Zürich"}
_PRODUCTS = [("Merino Longsleeve – M / Schwarz", "BW-MLS-M-BLK", 69.9), ("Trekkingstöcke Carbon", "AG-TSC-120", 129.0),
             ("Daunenjacke Alpin – L", "NK-DJA-L", 289.0), ("Stirnlampe 400 lm", "BW-SL400", 39.95),
             ("Thermoflasche 0,75 l", "AG-TF075", 29.9), ("Wandersocken 3er-Pack", "NK-WS3-42", 24.5)]


def shopify_orders(g: Gen) -> Table:
    """Shopify's order export CSV (its own headers) of an Austrian outdoor shop selling to AT, DE and CH."""
    country = [g.rnd.choices(["AT", "DE", "CH"], [0.55, 0.35, 0.1])[0] for _ in range(g.rows)]
    fem = v.sexes(g, 0.5)
    firsts, lasts = v.people(g, "de", fem)
    places = [v.city(g, x) for x in country]
    a1 = [v.street(g, "de") for _ in range(g.rows)]
    a2 = g.col(g.pick(["Top 4", "Stiege 2/Top 11", "2. Stock", "Hinterhaus", "c/o Rezeption"]), 0.8)
    company = [g.rnd.choice(["Huber Bau GmbH", "Praxis Dr. Lechner", "Alpenverein Sektion Graz", "Tischlerei Wallner",
                             "Pension Edelweiß"]) if g.rnd.random() < 0.15 else None for _ in range(g.rows)]
    same = [g.rnd.random() < 0.7 for _ in range(g.rows)]
    s_names = [f"{a} {b}" if s else v.whole(g, "de") for a, b, s in zip(firsts, lasts, same)]
    s_places = [p if s else v.city(g, x) for p, s, x in zip(places, same, country)]
    zips = [v.postal(g, x, p[1]) for x, p in zip(country, places)]
    s_zips = [z if s else v.postal(g, x, p[1]) for z, s, x, p in zip(zips, same, country, s_places)]
    s_a1 = [x if s else v.street(g, "de") for x, s in zip(a1, same)]
    s_a2 = [x if s else None for x, s in zip(a2, same)]
    bill_phone = g.nullify([g.phone(x, g.rnd.choice(["intl", "e164", "national"])) for x in country], 0.2)
    pos = [g.rnd.random() < 0.16 for _ in range(g.rows)]
    prod = [g.rnd.choice(_PRODUCTS) for _ in range(g.rows)]
    qty = [g.rnd.choice([1, 1, 1, 2, 3]) for _ in range(g.rows)]
    created = g.moments("2025-03-01", 600)
    sellers = [v.whole(g, "de") for _ in range(5)]

    def note() -> str:
        return g.rnd.choice([f"Bitte bei Nachbarin {v.whole(g, 'de')} abgeben (Tür {g.rnd.randint(1, 20)})",
                             f"Geschenk für {v.person(g, 'de')[0]} – bitte ohne Rechnung",
                             f"Lieferung bitte nur vormittags, Tel. {g.phone('AT', 'national')}"])

    def street_of(x: str, y: str | None) -> str:
        return x if y is None else f"{x}, {y}"

    return Table("shopify.orders_export_1", "en", "spaced", [
        c("Name", N, "VARCHAR", [f"#AT{k}" for k in g.keys(1_043)], "decoy"),
        c("Email", "email", "VARCHAR", v.emails(g, firsts, lasts, ["gmx.at", "aon.at", "a1.net", "gmail.com",
                                                                   "web.de", "bluewin.ch"])),
        c("Financial Status", N, "VARCHAR", g.col(g.pick(["paid", "paid", "paid", "refunded", "partially_refunded"])),
          "decoy"),
        c("Paid at", N, "VARCHAR", [d.strftime("%Y-%m-%d %H:%M:%S +0100") for d in created], "decoy"),
        c("Fulfillment Status", N, "VARCHAR", g.col(g.pick(["fulfilled", "fulfilled", "unfulfilled", "partial"])),
          "decoy"),
        c("Accepts Marketing", N, "VARCHAR", g.yn("yes", "no", 0.4), "decoy"),
        c("Currency", N, "VARCHAR", ["CHF" if x == "CH" else "EUR" for x in country], "decoy"),
        c("Subtotal", N, "DECIMAL(10,2)", [round(p[2] * q, 2) for p, q in zip(prod, qty)], "decoy"),
        c("Shipping", N, "DECIMAL(10,2)", g.col(g.pick([0.0, 4.9, 6.9, 12.0])), "decoy"),
        c("Taxes", N, "DECIMAL(10,2)", [round(p[2] * q / 6, 2) for p, q in zip(prod, qty)], "decoy"),
        c("Total", N, "DECIMAL(10,2)", [round(p[2] * q + 4.9, 2) for p, q in zip(prod, qty)], "decoy"),
        c("Discount Code", N, "VARCHAR", g.col(g.pick(["WINTER15", "NEWSLETTER10", "BERGFEX"]), 0.8), "decoy",
          "null_heavy"),
        c("Discount Amount", N, "DECIMAL(10,2)", g.amounts(0, 20), "decoy"),
        c("Shipping Method", N, "VARCHAR", g.col(g.pick(["Österreichische Post", "DHL Paket", "Abholung im Shop",
                                                         "Post CH Priority"])), "decoy"),
        c("Created at", N, "VARCHAR", [d.strftime("%Y-%m-%d %H:%M:%S +0100") for d in created], "decoy"),
        c("Lineitem quantity", N, "INTEGER", qty, "decoy"),
        c("Lineitem name", N, "VARCHAR", [p[0] for p in prod], "decoy"),
        c("Lineitem price", N, "DECIMAL(10,2)", [p[2] for p in prod], "decoy"),
        c("Lineitem sku", N, "VARCHAR", [p[1] for p in prod], "decoy"),
        c("Billing Name", "person_name", "VARCHAR", [f"{a} {b}" for a, b in zip(firsts, lasts)], "qualified"),
        c("Billing Street", "street_address", "VARCHAR", [street_of(x, y) for x, y in zip(a1, a2)], "qualified"),
        c("Billing Address1", "street_address", "VARCHAR", a1, "qualified"),
        c("Billing Address2", "street_address", "VARCHAR", a2, "null_heavy", "qualified"),
        c("Billing Company", N, "VARCHAR", company, "business", "null_heavy"),
        c("Billing City", "city", "VARCHAR", [p[0] for p in places], "qualified"),
        c("Billing Zip", "postal_code", "VARCHAR", zips, "qualified"),
        c("Billing Province", N, "VARCHAR", [_REGION_OF[p[0]] for p in places], "decoy"),
        c("Billing Country", N, "VARCHAR", country, "decoy"),
        c("Billing Phone", "phone", "VARCHAR", bill_phone, "qualified"),
        c("Shipping Name", "person_name", "VARCHAR", s_names, "qualified"),
        c("Shipping Street", "street_address", "VARCHAR", [street_of(x, y) for x, y in zip(s_a1, s_a2)], "qualified"),
        c("Shipping Address1", "street_address", "VARCHAR", s_a1, "qualified"),
        c("Shipping Address2", "street_address", "VARCHAR", s_a2, "null_heavy", "qualified"),
        c("Shipping City", "city", "VARCHAR", [p[0] for p in s_places], "qualified"),
        c("Shipping Zip", "postal_code", "VARCHAR", s_zips, "qualified"),
        c("Shipping Province", N, "VARCHAR", [_REGION_OF[p[0]] for p in s_places], "decoy"),
        c("Shipping Country", N, "VARCHAR", country, "decoy"),
        c("Shipping Phone", "phone", "VARCHAR", [b if s else g.phone(x, "intl") for b, s, x in
                                                 zip(bill_phone, same, country)], "qualified"),
        c("Notes", "free_text", "VARCHAR", g.col(note, 0.82), "null_heavy"),
        c("Note Attributes", N, "VARCHAR", g.col(lambda: f"Wunschtermin: {g.day('2025-03-01', '2026-12-31')}", 0.2),
          "decoy"),
        c("Payment Method", N, "VARCHAR", g.col(g.pick(["Shopify Payments", "PayPal Express Checkout", "EPS",
                                                        "Klarna"])), "decoy"),
        c("Payment Reference", N, "VARCHAR", g.col(lambda: f"c{g.digits(14)}.1"), "decoy"),
        c("Vendor", N, "VARCHAR", [{"BW": "Bergwerk Outdoor", "AG": "Alpenglühn", "NK": "Nordkamm"}[p[1][:2]]
                                   for p in prod], "business"),
        c("Id", N, "BIGINT", g.keys(5_612_340_000_001, 37), "decoy"),
        c("Tags", N, "VARCHAR", g.col(g.pick(["", "VIP", "Stammkunde", "Retoure", "Wholesale"])), "decoy"),
        c("Risk Level", N, "VARCHAR", g.col(g.pick(["Low", "Low", "Low", "Medium", "High"])), "decoy"),
        c("Source", N, "VARCHAR", ["pos" if p else g.rnd.choice(["web", "web", "shopify_draft_order"]) for p in pos],
          "decoy"),
        c("Phone", "phone", "VARCHAR", [None if g.rnd.random() < 0.8 else g.phone(x, "e164") for x in country],
          "null_heavy"),
        c("Payment ID", N, "VARCHAR", g.col(lambda: g.code("ZZZZZZZZZZZZZZZZZZZZ")), "decoy"),
        c("Employee", "person_name", "VARCHAR", [g.rnd.choice(sellers) if p else None for p in pos], "null_heavy"),
        c("Location", N, "VARCHAR", [g.rnd.choice(["Filiale Graz Annenstraße", "Flagship Innsbruck"]) if p else None
                                     for p in pos], "business", "null_heavy"),
    ])


def stripe_charges(g: Gen) -> Table:
    """Stripe charges flattened from the API's JSON: a French mutual insurer's monthly contributions, metadata in
    French."""
    fem = v.sexes(g, 0.5)
    firsts, lasts = v.people(g, "fr", fem)
    births = g.births(1945, 2006)
    places = [v.city(g, "FR") for _ in range(g.rows)]
    emails_ = v.emails(g, firsts, lasts, ["orange.fr", "free.fr", "gmail.com", "laposte.net", "wanadoo.fr"])
    created = g.moments("2025-01-01", 640)
    fr_ = "lang:fr"
    amounts = [g.rnd.choice([2_990, 4_590, 6_790, 8_900, 12_450]) for _ in range(g.rows)]
    return Table("stripe.charges", "en", "dotted", [
        c("id", N, "VARCHAR", g.col(lambda: "ch_3" + g.code("ZZZZZZZZZZZZZZZZZZZZZZZ")), "decoy"),
        c("object", N, "VARCHAR", ["charge"] * g.rows, "decoy"),
        c("amount", N, "BIGINT", amounts, "decoy"),
        c("amount_captured", N, "BIGINT", amounts, "decoy"),
        c("amount_refunded", N, "BIGINT", [a if g.rnd.random() < 0.03 else 0 for a in amounts], "decoy"),
        c("currency", N, "VARCHAR", ["eur"] * g.rows, "decoy"),
        c("created", N, "BIGINT", [int(d.timestamp()) for d in created], "decoy"),
        c("customer", N, "VARCHAR", g.col(lambda: "cus_" + g.code("ZZZZZZZZZZZZZZ")), "decoy"),
        c("description", N, "VARCHAR", g.col(g.pick(["Cotisation mensuelle Formule Essentielle",
                                                     "Cotisation mensuelle Formule Confort",
                                                     "Cotisation trimestrielle Formule Senior"])), "decoy"),
        c("payment_intent", N, "VARCHAR", g.col(lambda: "pi_3" + g.code("ZZZZZZZZZZZZZZZZZZZZZZZ")), "decoy"),
        c("payment_method", N, "VARCHAR", g.col(lambda: "pm_1" + g.code("ZZZZZZZZZZZZZZZZZZZZZZZ")), "decoy"),
        c("balance_transaction", N, "VARCHAR", g.col(lambda: "txn_3" + g.code("ZZZZZZZZZZZZZZZZZZZZZZZ")), "decoy"),
        c("status", N, "VARCHAR", g.col(g.pick(["succeeded", "succeeded", "succeeded", "failed"])), "decoy"),
        c("paid", N, "BOOLEAN", g.yn(True, False, 0.95), "decoy"),
        c("refunded", N, "BOOLEAN", g.yn(True, False, 0.03), "decoy"),
        c("livemode", N, "BOOLEAN", [True] * g.rows, "decoy"),
        c("receipt_email", "email", "VARCHAR", g.nullify(emails_, 0.2)),
        c("receipt_url", N, "VARCHAR", g.col(lambda: "https://pay.stripe.com/receipts/payment/" + g.code(
            "ZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZ")), "decoy"),
        c("statement_descriptor", N, "VARCHAR", ["MUTUELLE TROIS RIV"] * g.rows, "decoy"),
        c("billing_details.name", "person_name", "VARCHAR", [f"{a} {b}" for a, b in zip(firsts, lasts)], JSON),
        c("billing_details.email", "email", "VARCHAR", emails_, JSON),
        c("billing_details.phone", "phone", "VARCHAR", g.phones("FR", {"e164": 1.0}, nulls=0.2), JSON),
        c("billing_details.address.line1", "street_address", "VARCHAR", g.col(lambda: v.street(g, "fr")), JSON),
        c("billing_details.address.line2", "street_address", "VARCHAR",
          g.col(g.pick(["Bâtiment C", "Appt 24", "Résidence du Parc", "2e étage gauche"]), 0.8), "null_heavy", JSON),
        c("billing_details.address.city", "city", "VARCHAR", [p[0] for p in places], JSON),
        c("billing_details.address.postal_code", "postal_code", "VARCHAR", [v.postal(g, "FR", p[1]) for p in places],
          JSON),
        c("billing_details.address.country", N, "VARCHAR", ["FR"] * g.rows, "decoy", JSON),
        c("payment_method_details.type", N, "VARCHAR", ["card"] * g.rows, "decoy", JSON),
        c("payment_method_details.card.brand", N, "VARCHAR", g.col(g.pick(["visa", "visa", "mastercard",
                                                                           "cartes_bancaires"])), "decoy", JSON),
        c("payment_method_details.card.last4", N, "VARCHAR", g.col(lambda: g.digits(4, "0123456789")), "decoy", JSON),
        c("payment_method_details.card.exp_month", N, "INTEGER", g.ints(1, 12), "decoy", JSON),
        c("payment_method_details.card.exp_year", N, "INTEGER", g.ints(2026, 2031), "decoy", JSON),
        c("payment_method_details.card.fingerprint", N, "VARCHAR", g.col(lambda: g.code("ZZZZZZZZZZZZZZZZ")), "decoy",
          JSON),
        c("payment_method_details.card.country", N, "VARCHAR", g.col(g.pick(["FR", "FR", "FR", "BE", "LU"])), "decoy",
          JSON),
        c("outcome.network_status", N, "VARCHAR", g.col(g.pick(["approved_by_network", "declined_by_network"])),
          "decoy", JSON),
        c("outcome.risk_level", N, "VARCHAR", g.col(g.pick(["normal", "normal", "elevated"])), "decoy", JSON),
        c("outcome.risk_score", N, "INTEGER", g.ints(0, 99), "decoy", JSON),
        c("outcome.seller_message", N, "VARCHAR", g.col(g.pick(["Payment complete.", ("The bank did not return any "
                                                                "further details with this decline.")])), "decoy",
          JSON),
        c("metadata.numero_adherent", N, "VARCHAR", g.col(lambda: f"ADH{g.digits(8)}"), "decoy", JSON, CUSTOM, fr_),
        c("metadata.date_naissance", "date_of_birth", "VARCHAR", g.fmt(births, ["%d/%m/%Y"]), JSON, CUSTOM, fr_),
        c("metadata.nir", "ssn", "VARCHAR", [v.fr_nir(g, b, f, False) if g.rnd.random() < 0.2 else None
                                             for b, f in zip(births, fem)], "null_heavy", JSON, CUSTOM, fr_),
        c("metadata.beneficiaire", "person_name", "VARCHAR", g.col(lambda: v.whole(g, "fr"), 0.75), "null_heavy",
          JSON, CUSTOM, fr_),
        c("metadata.formule", N, "VARCHAR", g.col(g.pick(["essentielle", "confort", "senior", "jeune"])), "decoy",
          JSON, CUSTOM, fr_),
        c("metadata.code_parrainage", N, "VARCHAR", g.col(lambda: g.code("AAA-9999"), 0.2), "decoy", JSON, CUSTOM,
          fr_),
        c("metadata.adresse_ip", "ip_address", "VARCHAR", g.col(g.ipv4, 0.1), JSON, CUSTOM, fr_),
    ])


def elt_shop_orders(g: Gen) -> Table:
    """Shopify REST orders of a Polish wine shop as an ELT tool lands them: nested keys joined with ``__``, list
    entries by index, note attributes as name/value pairs (the shop asks for a birth date before selling wine)."""
    fem = v.sexes(g, 0.45)
    firsts, lasts = v.people(g, "pl", fem)
    births = g.births(1950, 2007)
    places = [v.city(g, "PL") for _ in range(g.rows)]
    a1 = [v.street(g, "pl") for _ in range(g.rows)]
    same = [g.rnd.random() < 0.75 for _ in range(g.rows)]
    s_places = [p if s else v.city(g, "PL") for p, s in zip(places, same)]
    zips = [v.postal(g, "PL", p[1]) for p in places]
    s_zips = [z if s else v.postal(g, "PL", p[1]) for z, s, p in zip(zips, same, s_places)]
    s_a1 = [x if s else v.street(g, "pl") for x, s in zip(a1, same)]
    s_names = [f"{a} {b}" if s else v.whole(g, "pl") for a, b, s in zip(firsts, lasts, same)]
    company = [g.rnd.random() < 0.18 for _ in range(g.rows)]
    wines = [("Tokaji Aszú 5 Puttonyos 0,5 l", "TOK-5P-050", "Winnica Pod Lipami"),
             ("Riesling Dolny Śląsk 2023", "RSL-DS-23", "Winnica Jakubów"),
             ("Primitivo di Manduria 2021", "PRM-MAN-21", "Cantine Salento"),
             ("Cava Brut Nature", "CAV-BN", "Bodegas Penedès")]
    wine = [g.rnd.choice(wines) for _ in range(g.rows)]
    phone = [g.phone("PL", g.rnd.choice(["e164", "intl", "national"])) for _ in range(g.rows)]
    return Table("elt_raw.sklep_orders", "en", "double_underscore", [
        c("_airbyte_raw_id", N, "VARCHAR", g.col(g.uuid), "decoy"),
        c("_airbyte_extracted_at", N, "TIMESTAMP", g.moments("2026-10-01", 45), "decoy"),
        c("_airbyte_meta__changes", N, "VARCHAR", ["[]"] * g.rows, "decoy", JSON),
        c("id", N, "BIGINT", g.keys(6_120_000_000_001, 41), "decoy"),
        c("order_number", N, "INTEGER", g.keys(20_001), "decoy"),
        c("created_at", N, "VARCHAR", [d.strftime("%Y-%m-%dT%H:%M:%S+01:00") for d in g.moments("2025-01-01", 640)],
          "decoy"),
        c("financial_status", N, "VARCHAR", g.col(g.pick(["paid", "paid", "pending", "refunded"])), "decoy"),
        c("total_price", N, "DECIMAL(10,2)", g.amounts(39, 1_400), "decoy"),
        c("currency", N, "VARCHAR", ["PLN"] * g.rows, "decoy"),
        c("browser_ip", "ip_address", "VARCHAR", g.col(lambda: g.ipv6() if g.rnd.random() < 0.25 else g.ipv4())),
        c("customer__id", N, "BIGINT", g.col(lambda: g.rnd.randint(7_000_000_000_000, 7_999_999_999_999)), "decoy",
          JSON),
        c("customer__email", "email", "VARCHAR", v.emails(g, firsts, lasts, ["wp.pl", "onet.pl", "gmail.com",
                                                                             "interia.pl", "o2.pl"]), JSON),
        c("customer__first_name", "first_name", "VARCHAR", firsts, JSON),
        c("customer__last_name", "last_name", "VARCHAR", lasts, JSON),
        c("customer__phone", "phone", "VARCHAR", g.nullify(phone, 0.2), JSON),
        c("customer__orders_count", N, "INTEGER", g.ints(1, 30), "decoy", JSON),
        c("customer__default_address__address1", "street_address", "VARCHAR", a1, JSON),
        c("customer__default_address__city", "city", "VARCHAR", [p[0] for p in places], JSON),
        c("customer__default_address__zip", "postal_code", "VARCHAR", zips, JSON),
        c("customer__default_address__country_code", N, "VARCHAR", ["PL"] * g.rows, "decoy", JSON),
        c("billing_address__company", N, "VARCHAR",
          [g.rnd.choice(["Kancelaria Radcy Prawnego", "Hotel Pod Wawelem Sp. z o.o.", "Restauracja Stary Młyn",
                         "Biuro Rachunkowe Bilans s.c."]) if co else None for co in company], "business",
          "null_heavy", JSON),
        c("billing_address__name", "person_name", "VARCHAR", [f"{a} {b}" for a, b in zip(firsts, lasts)], JSON),
        c("billing_address__address1", "street_address", "VARCHAR", a1, JSON),
        c("billing_address__zip", "postal_code", "VARCHAR", zips, JSON),
        c("billing_address__city", "city", "VARCHAR", [p[0] for p in places], JSON),
        c("billing_address__phone", "phone", "VARCHAR", phone, JSON),
        c("shipping__address__name", "person_name", "VARCHAR", s_names, JSON),
        c("shipping__address__address1", "street_address", "VARCHAR", s_a1, JSON),
        c("shipping__address__address2", "street_address", "VARCHAR",
          g.col(lambda: f"m. {g.rnd.randint(1, 90)}", 0.8), "null_heavy", JSON),
        c("shipping__address__zip", "postal_code", "VARCHAR", s_zips, JSON),
        c("shipping__address__city", "city", "VARCHAR", [p[0] for p in s_places], JSON),
        c("shipping__address__latitude", N, "DOUBLE", g.floats(49.2, 54.6), "decoy", JSON),
        c("shipping__address__longitude", N, "DOUBLE", g.floats(14.2, 23.9), "decoy", JSON),
        c("shipping_lines__0__code", N, "VARCHAR", g.col(g.pick(["InPost Paczkomat", "DPD Kurier", "Odbiór osobisty"])),
          "decoy", JSON),
        c("note_attributes__0__name", N, "VARCHAR", ["paczkomat"] * g.rows, "decoy", JSON),
        c("note_attributes__0__value", N, "VARCHAR", g.col(lambda: g.code("AAA99A")), "decoy", "opaque", JSON),
        c("note_attributes__1__name", N, "VARCHAR", ["data_urodzenia"] * g.rows, "decoy", JSON),
        c("note_attributes__1__value", "date_of_birth", "VARCHAR", g.fmt(births, ["%Y-%m-%d", "%d.%m.%Y"]), "opaque",
          JSON),
        c("note_attributes__2__value", N, "VARCHAR", [v.pl_nip_company(g) if co else None for co in company],
          "business", "null_heavy", "opaque", JSON),
        c("tax_lines__0__title", N, "VARCHAR", ["VAT 23%"] * g.rows, "decoy", JSON),
        c("payment_details__credit_card_company", N, "VARCHAR", g.col(g.pick(["Visa", "Mastercard", "Visa"]), 0.2),
          "decoy", JSON),
        c("payment_details__credit_card_number", N, "VARCHAR",
          g.col(lambda: "•••• •••• •••• " + g.digits(4, "0123456789"), 0.2), "decoy", JSON),
        c("line_items__0__sku", N, "VARCHAR", [w[1] for w in wine], "decoy", JSON),
        c("line_items__0__title", N, "VARCHAR", [w[0] for w in wine], "decoy", JSON),
        c("line_items__0__vendor", N, "VARCHAR", [w[2] for w in wine], "business", JSON),
        c("fulfillments__0__tracking_number", N, "VARCHAR", g.col(lambda: g.digits(24, "6"), 0.15), "decoy", JSON),
    ])


# -- health records --------------------------------------------------------------------------------------------------


def fhir_patients(g: Gen) -> Table:
    """FHIR R4 ``Patient`` resources of a Dutch hospital, flattened with indexed paths (json_normalize style)."""
    fem = v.sexes(g, 0.52)
    firsts, lasts = v.people(g, "nl", fem)
    births = g.births(1930, 2025)
    places = [v.city(g, "NL") for _ in range(g.rows)]
    bsn = [v.nl_bsn(g) if g.rnd.random() < 0.92 else None for _ in range(g.rows)]
    gps = [f"dr. {g.code('A')}.{g.code('A')}. {v.person(g, 'nl')[1]}" for _ in range(14)]
    contact = [v.whole(g, "nl") if g.rnd.random() < 0.8 else None for _ in range(g.rows)]
    fhir_date = [b.strftime(g.rnd.choices(["%Y-%m-%d", "%Y-%m", "%Y"], [0.93, 0.04, 0.03])[0]) for b in births]
    return Table("fhir.Patient_flat", "en", "camel+dotted", [
        c("resourceType", N, "VARCHAR", ["Patient"] * g.rows, "decoy"),
        c("id", N, "VARCHAR", g.col(g.uuid), "decoy"),
        c("meta.versionId", N, "VARCHAR", [str(k) for k in g.ints(1, 12)], "decoy", JSON),
        c("meta.lastUpdated", N, "VARCHAR", [d.strftime("%Y-%m-%dT%H:%M:%S.%f")[:-3] + "+01:00"
                                             for d in g.moments("2025-06-01", 500)], "decoy", JSON),
        c("identifier", "national_id", "VARCHAR",
          [None if x is None else f"http://fhir.nl/fhir/NamingSystem/bsn|{x}" for x in bsn], JSON),
        c("identifier[1].system", N, "VARCHAR", ["https://fhir.amstelhof.nl/NamingSystem/patientnummer"] * g.rows,
          "decoy", JSON),
        c("identifier[1].value", N, "VARCHAR", [f"{k:07d}" for k in g.keys(3_100_000, 11)], "decoy", JSON),
        c("active", N, "BOOLEAN", g.yn(True, False, 0.97), "decoy"),
        c("name[0].use", N, "VARCHAR", ["official"] * g.rows, "decoy", JSON),
        c("name[0].text", "person_name", "VARCHAR", [f"{a} {b}" for a, b in zip(firsts, lasts)], JSON),
        c("name[0].family", "last_name", "VARCHAR", lasts, JSON),
        c("name[0].given[0]", "first_name", "VARCHAR", firsts, JSON),
        c("name[0].given[1]", "person_name", "VARCHAR",
          [g.rnd.choice(v.NAMES["nl"][1 if f else 0]) if g.rnd.random() < 0.25 else None for f in fem], "null_heavy",
          JSON),
        c("name[0].prefix[0]", N, "VARCHAR", ["mevr." if f else "dhr." for f in fem], "decoy", JSON),
        c("telecom[0].system", N, "VARCHAR", ["phone"] * g.rows, "decoy", JSON),
        c("telecom[0].value", "phone", "VARCHAR", g.phones("NL", {"national": 0.6, "e164": 0.3, "local": 0.1},
                                                           mobile=0.7), "qualified", JSON),
        c("telecom[0].use", N, "VARCHAR", g.col(g.pick(["home", "mobile", "mobile"])), "decoy", JSON),
        c("telecom[1].value", "email", "VARCHAR", v.emails(g, firsts, lasts, ["ziggo.nl", "kpnmail.nl", "gmail.com",
                                                                              "hotmail.com"], 0.25), JSON),
        c("gender", N, "VARCHAR", ["female" if f else "male" for f in fem], "decoy"),
        c("birthDate", "date_of_birth", "VARCHAR", fhir_date),
        c("deceasedBoolean", N, "BOOLEAN", g.yn(True, False, 0.02), "decoy"),
        c("address[0].use", N, "VARCHAR", ["home"] * g.rows, "decoy", JSON),
        c("address[0].line[0]", "street_address", "VARCHAR",
          g.col(lambda: f"{g.rnd.choice(v.STREETS['nl'])} {g.rnd.randint(1, 240)}{g.rnd.choice(['', '', 'a', '-1'])}"),
          JSON),
        c("address[0].line[1]", "street_address", "VARCHAR", g.col(g.pick(["2 hoog", "kamer 12", "bus 3", "achterom"]),
                                                                   0.82), "null_heavy", JSON),
        c("address[0].city", "city", "VARCHAR", [p[0] for p in places], JSON),
        c("address[0].postalCode", "postal_code", "VARCHAR", [v.postal(g, "NL", p[1]) for p in places], JSON),
        c("address[0].country", N, "VARCHAR", ["NL"] * g.rows, "decoy", JSON),
        c("maritalStatus.coding[0].code", N, "VARCHAR", g.col(g.pick(["M", "S", "D", "W", "U"])), "decoy", JSON),
        c("communication[0].language.coding[0].code", N, "VARCHAR", g.col(g.pick(["nl", "nl", "nl", "en", "tr", "ar"])),
          "decoy", JSON),
        c("generalPractitioner[0].reference", N, "VARCHAR", g.col(lambda: f"Practitioner/{g.uuid()}"), "decoy", JSON),
        c("generalPractitioner[0].display", "person_name", "VARCHAR", g.col(g.pick(gps)), JSON),
        c("managingOrganization.display", N, "VARCHAR", g.col(g.pick(["Ziekenhuis De Amstelhof",
                                                                      "Medisch Centrum Noordveld",
                                                                      "Rivierenland Kliniek"])), "business", JSON),
        c("contact[0].relationship[0].coding[0].code", N, "VARCHAR",
          [g.rnd.choice(["N", "C", "E"]) if x else None for x in contact], "decoy", JSON),
        c("contact[0].name.text", "person_name", "VARCHAR", contact, JSON),
        c("contact[0].telecom[0].value", "phone", "VARCHAR", [g.phone("NL", "national") if x else None
                                                              for x in contact], "qualified", JSON),
        c("text.div", "free_text", "VARCHAR",
          [f'<div xmlns="http://www.w3.org/1999/xhtml"><p>{a} {b}, geb. {d:%d-%m-%Y}</p></div>'
           for a, b, d in zip(firsts, lasts, births)], JSON),
    ])


_US_STATE = {"Springfield": "IL", "Dayton": "OH", "Tulsa": "OK", "Boise": "ID", "Fresno": "CA", "Savannah": "GA",
             "Lansing": "MI", "Omaha": "NE", "Spokane": "WA", "Knoxville": "TN"}


def _npi(g: Gen) -> str:
    """A US National Provider Identifier: nine digits and a Luhn check digit computed with the prefix 80840."""
    body = g.rnd.choice("12") + g.digits(8, "0123456789")
    return body + luhn.calc_check_digit("80840" + body)


def hl7_admissions(g: Gen) -> Table:
    """An HL7 v2.5 ADT^A04 feed of a US hospital flattened by an interface engine: one column per segment field or
    component (``PID_5`` the whole name, ``PID_5_1`` its family name)."""
    fem = v.sexes(g, 0.52)
    firsts, lasts = v.people(g, "us", fem)
    F = [a.upper() for a in firsts]
    L = [b.upper() for b in lasts]
    middles = [g.rnd.choice(v.NAMES["us"][1 if f else 0]).upper() if g.rnd.random() < 0.75 else None for f in fem]
    births = g.births(1935, 2025)
    places = [v.city(g, "US") for _ in range(g.rows)]
    streets = [v.street(g, "us").upper() for _ in range(g.rows)]
    zips = [v.postal(g, "US", p[1]) + (f"-{g.digits(4, '0123456789')}" if g.rnd.random() < 0.2 else "")
            for p in places]
    doctors = [f"{_npi(g)}^{b.upper()}^{a.upper()}^^^DR" for a, b in (v.person(g, "us") for _ in range(18))]
    kin = [v.person(g, "us") if g.rnd.random() < 0.85 else None for _ in range(g.rows)]

    def hl7_phone(mobile: bool = True) -> str:
        return g.phone("US", "national", mobile).replace(") ", ")")

    xpn = [f"{b}^{a}^{(m or '')[:1]}^^{'MS' if f else 'MR'}" for a, b, m, f in zip(F, L, middles, fem)]
    xad = [f"{s}^^{p[0].upper()}^{_US_STATE[p[0]]}^{z}^USA^H" for s, p, z in zip(streets, places, zips)]
    return Table("hl7.adt_a04_flat", "en", "hl7", [
        c("MSH_7", N, "VARCHAR", [d.strftime("%Y%m%d%H%M%S") for d in g.moments("2026-01-01", 300)], "decoy", "hl7"),
        c("MSH_9", N, "VARCHAR", ["ADT^A04"] * g.rows, "decoy", "hl7"),
        c("MSH_10", N, "VARCHAR", [f"MSG{k:09d}" for k in g.keys(4_100_000)], "decoy", "hl7"),
        c("EVN_2", N, "VARCHAR", [d.strftime("%Y%m%d%H%M") for d in g.moments("2026-01-01", 300)], "decoy", "hl7"),
        c("PID_3_1", N, "VARCHAR", [f"{k:08d}" for k in g.keys(20_400_000, 7)], "decoy", "hl7"),
        c("PID_3_4", N, "VARCHAR", ["SMH"] * g.rows, "decoy", "hl7"),
        c("PID_5", "person_name", "VARCHAR", xpn, "hl7"),
        c("PID_5_1", "last_name", "VARCHAR", L, "hl7"),
        c("PID_5_2", "first_name", "VARCHAR", F, "hl7"),
        c("PID_5_3", "person_name", "VARCHAR", [None if m is None else m if g.rnd.random() < 0.5 else m[:1]
                                                for m in middles], "hl7"),
        c("PID_6_1", "last_name", "VARCHAR", g.col(lambda: g.rnd.choice(v.NAMES["us"][2]).upper(), 0.8),
          "null_heavy", "hl7"),
        c("PID_7", "date_of_birth", "VARCHAR", [_dats(b) for b in births], "hl7"),
        c("PID_8", N, "VARCHAR", ["F" if f else "M" for f in fem], "decoy", "hl7"),
        c("PID_10", N, "VARCHAR", g.col(g.pick(["2106-3", "2054-5", "2028-9", "2131-1", "1002-5"])), "decoy", "hl7"),
        c("PID_11", "street_address", "VARCHAR", xad, "hl7"),
        c("PID_11_1", "street_address", "VARCHAR", streets, "hl7"),
        c("PID_11_3", "city", "VARCHAR", [p[0].upper() for p in places], "hl7"),
        c("PID_11_4", N, "VARCHAR", [_US_STATE[p[0]] for p in places], "decoy", "hl7"),
        c("PID_11_5", "postal_code", "VARCHAR", zips, "hl7"),
        c("PID_13", "phone", "VARCHAR", g.col(lambda: hl7_phone(g.rnd.random() < 0.7), 0.05), "qualified", "hl7"),
        c("PID_14", "phone", "VARCHAR", g.col(lambda: hl7_phone(False) + f"X{g.rnd.randint(100, 999)}", 0.25),
          "qualified", "hl7"),
        c("PID_16", N, "VARCHAR", g.col(g.pick(["M", "S", "D", "W"])), "decoy", "hl7"),
        c("PID_18", N, "VARCHAR", [f"A{k:09d}" for k in g.keys(700_000_000, 3)], "decoy", "hl7"),
        c("PID_19", "ssn", "VARCHAR", g.col(lambda: v.us_ssn(g, g.rnd.random() < 0.6), 0.15), "hl7"),
        c("PID_20_1", "national_id", "VARCHAR", g.col(lambda: g.code("A") + g.digits(8, "0123456789"), 0.8),
          "null_heavy", "hl7"),
        c("NK1_2", "person_name", "VARCHAR", [None if k is None else f"{k[1].upper()}^{k[0].upper()}" for k in kin],
          "hl7"),
        c("NK1_3", N, "VARCHAR", [None if k is None else g.rnd.choice(["SPO^Spouse", "MTH^Mother", "FTH^Father",
                                                                       "CHD^Child", "FND^Friend"]) for k in kin],
          "decoy", "hl7"),
        c("NK1_5", "phone", "VARCHAR", [None if k is None else hl7_phone() for k in kin], "qualified", "hl7"),
        c("PV1_2", N, "VARCHAR", g.col(g.pick(["O", "E", "I", "O"])), "decoy", "hl7"),
        c("PV1_3", N, "VARCHAR", g.col(lambda: f"{g.rnd.choice(['ER', 'OP', 'MED', 'SURG'])}^{g.rnd.randint(1, 40)}"
                                               f"^{g.rnd.randint(1, 4):02d}^SMH"), "decoy", "hl7"),
        c("PV1_7", "person_name", "VARCHAR", g.col(g.pick(doctors)), "hl7"),
        c("PV1_19", N, "VARCHAR", [f"V{k:010d}" for k in g.keys(5_000_000_000, 13)], "decoy", "hl7"),
        c("PV1_44", N, "VARCHAR", [d.strftime("%Y%m%d%H%M") for d in g.moments("2026-01-01", 300)], "decoy", "hl7"),
        c("IN1_4", N, "VARCHAR", g.col(g.pick(["LAKESHORE MUTUAL HEALTH", "PRAIRIE BLUECARE", "MEDICAID OHIO",
                                               "MEDICARE PART A"])), "business", "hl7"),
        c("IN1_36", N, "VARCHAR", g.col(lambda: g.code("AAA999999999"), 0.1), "decoy", "hl7"),
    ])


def ja_patients(g: Gen) -> Table:
    """A Japanese hospital information system's patient master, Japanese column names."""
    fem = v.sexes(g, 0.52)
    first = [g.rnd.choice(v.JA_FEMALE if f else v.JA_MALE) for f in fem]
    last = [g.rnd.choice(v.JA_LAST) for _ in range(g.rows)]
    births = g.births(1935, 2024)
    places = [v.ja_place(g) for _ in range(g.rows)]
    doctors = [f"{g.rnd.choice(v.JA_LAST)[0]} {g.rnd.choice(v.JA_MALE + v.JA_FEMALE)[0]}" for _ in range(10)]
    referral = [(f"{g.rnd.choice(v.JA_LAST)[0]}{g.rnd.choice(['内科クリニック', '整形外科', '小児科医院', '眼科'])}",
                 g.phone("JP", "national", mobile=False)) if g.rnd.random() < 0.8 else None for _ in range(g.rows)]
    rel = ["妻", "夫", "長男", "長女", "母", "父"]

    def era(d: date) -> str:
        r = g.rnd.random()
        return v.wareki(d) if r < 0.6 else v.wareki(d, True) if r < 0.85 else d.strftime("%Y/%m/%d")

    def note() -> str:
        kin = f"{g.rnd.choice(v.JA_LAST)[0]} {g.rnd.choice(v.JA_FEMALE + v.JA_MALE)[0]}"
        return g.rnd.choice([f"{kin}様（{g.rnd.choice(rel)}）が付き添い。連絡先 {g.phone('JP', 'national')}",
                             f"紹介状あり。{kin}様より電話予約", f"難聴のため{kin}様経由で説明"])

    return Table("電子カルテ.患者基本情報", "ja", "native", [
        c("患者ID", N, "VARCHAR", [f"{k:07d}" for k in g.keys(120_001, 3)], "decoy"),
        c("カルテ番号", N, "VARCHAR", g.col(lambda: g.code("99-99999")), "decoy"),
        c("患者氏名", "person_name", "VARCHAR", [f"{b[0]} {a[0]}" for a, b in zip(first, last)]),
        c("患者氏名カナ", "person_name", "VARCHAR", [f"{b[1]} {a[1]}" for a, b in zip(first, last)]),
        c("性別", N, "VARCHAR", ["女" if f else "男" for f in fem], "decoy"),
        c("生年月日", "date_of_birth", "VARCHAR", [era(b) for b in births]),
        c("郵便番号", "postal_code", "VARCHAR", [v.postal(g, "JP", p[5]) for p in places]),
        c("住所", "street_address", "VARCHAR", [v.ja_address(g, p) for p in places]),
        c("電話番号", "phone", "VARCHAR", g.phones("JP", {"national": 0.8, "local": 0.2}, mobile=0.0, nulls=0.1),
          "qualified"),
        c("携帯電話番号", "phone", "VARCHAR", g.phones("JP", {"national": 0.9, "intl": 0.1}, nulls=0.2), "qualified"),
        c("保険者番号", N, "VARCHAR", g.col(lambda: v.jp_insurer_no(g)), "business"),
        c("被保険者記号番号", "national_id", "VARCHAR",
          g.col(lambda: f"{g.rnd.randint(1, 99)}-{g.rnd.randint(1, 999)}・{g.rnd.randint(1, 99_999)}")),
        c("主治医", "person_name", "VARCHAR", g.col(g.pick(doctors))),
        c("診療科", N, "VARCHAR", g.col(g.pick(["内科", "外科", "整形外科", "小児科", "循環器内科", "眼科"])), "decoy"),
        c("初診日", N, "DATE", g.days("2008-04-01", "2026-10-31"), "decoy"),
        c("最終来院日", N, "DATE", g.days("2025-01-01", "2026-11-15"), "decoy"),
        c("紹介元医療機関", N, "VARCHAR", [None if r is None else r[0] for r in referral], "business"),
        c("紹介元電話番号", N, "VARCHAR", [None if r is None else r[1] for r in referral], "business"),
        c("緊急連絡先氏名", "person_name", "VARCHAR",
          g.col(lambda: f"{g.rnd.choice(v.JA_LAST)[0]} {g.rnd.choice(v.JA_MALE + v.JA_FEMALE)[0]}", 0.1)),
        c("緊急連絡先続柄", N, "VARCHAR", g.col(g.pick(rel), 0.1), "decoy"),
        c("緊急連絡先電話番号", "phone", "VARCHAR", g.phones("JP", {"national": 1.0}, nulls=0.1), "qualified"),
        c("血液型", N, "VARCHAR", g.col(g.pick(["A", "A", "O", "B", "AB"])), "decoy"),
        c("アレルギー", N, "VARCHAR", g.col(g.pick(["なし", "なし", "ペニシリン", "卵", "花粉"])), "decoy"),
        c("備考", "free_text", "VARCHAR", g.col(note, 0.8), "null_heavy"),
    ])


# -- telecom and IoT ---------------------------------------------------------------------------------------------------


def cz_sim_subscribers(g: Gen) -> Table:
    """A Czech mobile operator's SIM subscriber export (customer, contract, SIM and network columns)."""
    fem = v.sexes(g, 0.5)
    firsts, lasts = v.people(g, "cs", fem)
    births = g.births(1940, 2008)
    places = [v.city(g, "CZ") for _ in range(g.rows)]
    sole = [g.rnd.random() < 0.15 for _ in range(g.rows)]
    router = [g.rnd.random() < 0.8 for _ in range(g.rows)]

    def note() -> str:
        return g.rnd.choice([f"Volat po 17h, {v.whole(g, 'cs')} je spolumajitel smlouvy",
                             f"Reklamace vyřízena s p. {v.person(g, 'cs')[1]}",
                             f"Plná moc pro {v.whole(g, 'cs')} (syn)"])

    return Table("crm_mobil.zakaznici_sim", "cs", "snake+abbrev", [
        c("id_zak", N, "BIGINT", g.keys(8_800_001), "decoy", "abbrev"),
        c("cislo_smlouvy", N, "VARCHAR", g.col(lambda: f"SML-{g.rnd.randint(2012, 2026)}-{g.digits(7)}"), "decoy"),
        c("typ_zak", N, "VARCHAR", ["FOP" if s else "FO" for s in sole], "decoy", "abbrev"),
        c("titul", N, "VARCHAR", g.col(g.pick(["", "", "", "", "Ing.", "Mgr.", "Bc."])), "decoy"),
        c("jmeno", "first_name", "VARCHAR", g.dirty(firsts, empties=("", "NULL", "-", "?"))),
        c("prijmeni", "last_name", "VARCHAR", g.dirty(lasts, case=0.3, empties=("", "NULL", "-", "?"))),
        c("rodne_cislo", "national_id", "VARCHAR", [v.cz_rc(g, b, f, g.rnd.random() < 0.7) for b, f in
                                                    zip(births, fem)]),
        c("datum_nar", "date_of_birth", "VARCHAR", g.fmt(births, ["%-d.%-m.%Y", "%d.%m.%Y"]), "abbrev"),
        c("cislo_op", "national_id", "VARCHAR", g.col(lambda: g.digits(9), 0.2), "abbrev"),
        c("ulice", "street_address", "VARCHAR", g.dirty([v.street(g, "cs") for _ in range(g.rows)],
                                                        empties=("", "NULL", "-", "?"))),
        c("obec", "city", "VARCHAR", g.dirty([p[0] for p in places], case=0.2, empties=("", "NULL", "-", "?"))),
        c("psc", "postal_code", "VARCHAR", [v.postal(g, "CZ", p[1]) for p in places], "abbrev"),
        c("kontaktni_tel", "phone", "VARCHAR", g.phones("CZ", {"national": 0.5, "intl": 0.3, "local": 0.2},
                                                        mobile=0.8, nulls=0.15), "qualified"),
        c("email", "email", "VARCHAR", v.emails(g, firsts, lasts, ["seznam.cz", "email.cz", "centrum.cz",
                                                                   "gmail.com", "post.cz"], 0.15)),
        c("msisdn", "phone", "VARCHAR", g.phones("CZ", {"digits": 1.0}), "qualified"),
        c("imsi", N, "VARCHAR", g.col(lambda: g.imsi(g.rnd.choice(["23001", "23002", "23003"]))), "decoy", DEVICE),
        c("iccid", N, "VARCHAR", g.col(lambda: g.iccid(g.rnd.choice(["8942001", "8942002", "8942003"]))), "decoy",
          DEVICE),
        c("imei", N, "VARCHAR", g.col(lambda: g.imei(), 0.1), "decoy", DEVICE),
        c("puk", N, "VARCHAR", g.col(lambda: g.digits(8, "0123456789")), "decoy", DEVICE),
        c("tarif", N, "VARCHAR", g.col(g.pick(["NEO Modrý", "Next Neomezeně", "Start 2 GB", "Datový 50 GB"])),
          "decoy"),
        c("datum_aktivace", N, "DATE", g.days("2010-01-01", "2026-11-01"), "decoy"),
        c("posl_cell_id", N, "BIGINT", g.col(lambda: g.rnd.randint(10_000, 268_435_455)), "decoy", DEVICE, "abbrev"),
        c("lac", N, "INTEGER", g.col(lambda: g.rnd.randint(1, 65_533)), "decoy", DEVICE),
        c("apn", N, "VARCHAR", g.col(g.pick(["internet.t-mobile.cz", "internet", "ipv6.mobil.cz"])), "decoy", DEVICE),
        c("ip_pdp", "ip_address", "VARCHAR", g.col(lambda: g.cgnat() if g.rnd.random() < 0.8 else g.ipv6(), 0.1),
          "abbrev"),
        c("ico_podnikatele", N, "VARCHAR", [v.cz_ico(g) if s else None for s in sole], "business", "null_heavy"),
        c("mac_routeru", N, "VARCHAR", [g.mac(":", True) if r else None for r in router], "decoy", DEVICE),
        c("sn_routeru", N, "VARCHAR", [g.code("ZXHN99AA9999999") if r else None for r in router], "decoy", DEVICE),
        c("dluh_czk", N, "DECIMAL(10,2)", [0.0 if g.rnd.random() < 0.8 else round(g.rnd.uniform(50, 9_000), 2)
                                           for _ in range(g.rows)], "decoy"),
        c("poznamka", "free_text", "VARCHAR", g.col(note, 0.82), "null_heavy"),
    ])


def _tr_upper(s: str) -> str:
    return s.replace("i", "İ").replace("ı", "I").upper()


def tr_call_records(g: Gen) -> Table:
    """A Turkish operator's call detail records (one row per call, SMS or data session) with the subscriber."""
    subs = []
    for _ in range(700):
        a, b = v.person(g, "tr")
        subs.append((g.phone("TR", "digits"), g.imsi("28601"), g.imei(), v.tr_tc(g), f"{_tr_upper(a)} {_tr_upper(b)}"))
    sub = [g.rnd.choice(subs) for _ in range(g.rows)]
    kind = [g.rnd.choices(["MOC", "MTC", "SMS-MO", "DATA"], [0.35, 0.3, 0.15, 0.2])[0] for _ in range(g.rows)]
    start = g.moments("2025-11-01", 30)
    dur = [0 if k.startswith("SMS") else g.rnd.randint(3, 3_600) for k in kind]

    def other(k: str) -> str | None:
        if k == "DATA":
            return None
        if g.rnd.random() < 0.7:
            return g.phone("TR", "digits")
        return g.phone(g.rnd.choice(["TR", "TR", "TR", "DE", "NL"]), g.rnd.choice(["local", "digits"]),
                       mobile=False)

    return Table("cdr.CAGRI_KAYITLARI_2025_11", "tr", "screaming", [
        c("KAYIT_ID", N, "BIGINT", g.keys(90_000_000_001), "decoy"),
        c("ARAYAN_NO", "phone", "VARCHAR", [s[0] for s in sub], "qualified"),
        c("ARANAN_NO", "phone", "VARCHAR", [other(k) for k in kind], "qualified"),
        c("ARAYAN_IMSI", N, "VARCHAR", [s[1] for s in sub], "decoy", DEVICE),
        c("ARAYAN_IMEI", N, "VARCHAR", [s[2] for s in sub], "decoy", DEVICE),
        c("BASLANGIC_ZAMANI", N, "TIMESTAMP", start, "decoy"),
        c("BITIS_ZAMANI", N, "TIMESTAMP", [s + timedelta(seconds=d) for s, d in zip(start, dur)], "decoy"),
        c("SURE_SN", N, "INTEGER", dur, "decoy"),
        c("CAGRI_TIPI", N, "VARCHAR", kind, "decoy"),
        c("HUCRE_ID", N, "BIGINT", g.col(lambda: g.rnd.randint(1_000, 268_435_455)), "decoy", DEVICE),
        c("LAC", N, "INTEGER", g.col(lambda: g.rnd.randint(1, 65_533)), "decoy", DEVICE),
        c("BAZ_ISTASYONU_KONUM", N, "VARCHAR", g.col(lambda: g.coord((36.5, 41.9), (26.2, 44.5))), "decoy"),
        c("SEBEKE_TIPI", N, "VARCHAR", g.col(g.pick(["4.5G", "4.5G", "5G", "3G"])), "decoy"),
        c("ROAMING_OPERATOR", N, "VARCHAR", g.col(g.pick(["YOK"] * 12 + ["Vodafone DE", "T-Mobile NL"])), "decoy"),
        c("TARIFE_KODU", N, "VARCHAR", g.col(g.pick(["GNC-20GB", "PLT-SINIRSIZ", "FTR-8GB", "KRM-40GB"])), "decoy"),
        c("DATA_KB", N, "BIGINT", [g.rnd.randint(10, 2_500_000) if k == "DATA" else 0 for k in kind], "decoy"),
        c("UCRET_TL", N, "DECIMAL(10,2)", [round(d / 60 * 0.45, 2) for d in dur], "decoy"),
        c("ABONE_TCKN", "national_id", "VARCHAR", [s[3] for s in sub]),
        c("ABONE_ADI_SOYADI", "person_name", "VARCHAR", [s[4] for s in sub]),
        c("ABONE_IP", "ip_address", "VARCHAR", [g.cgnat() if k == "DATA" else None for k in kind], "null_heavy"),
        c("SWITCH_ID", N, "VARCHAR", g.col(g.pick(["IST-MSC-03", "ANK-MSC-01", "IZM-MSC-02"])), "decoy"),
        c("KAYIT_DOSYASI", N, "VARCHAR", g.col(lambda: f"CDR_{g.rnd.choice(['IST', 'ANK', 'IZM'])}_2025110"
                                                       f"{g.rnd.randint(1, 9)}_{g.digits(6, '0123456789')}.dat"),
          "decoy"),
    ])


def _gsrn(g: Gen) -> str:
    """A Swedish metering-point id (anläggnings-ID): an 18-digit GS1 service relation number starting 735999."""
    body = "735999" + g.digits(11, "0123456789")
    total = sum(int(d) * (3 if i % 2 == 0 else 1) for i, d in enumerate(reversed(body)))
    return body + str((10 - total % 10) % 10)


def se_smart_home(g: Gen) -> Table:
    """A Nordic smart-home company's device inventory with the device owner (Swedish names, a few Danish columns from
    the Danish subsidiary's system)."""
    danish = [g.rnd.random() < 0.15 for _ in range(g.rows)]
    fem = v.sexes(g, 0.5)
    pairs = [v.person(g, "da" if d else "sv", f) for d, f in zip(danish, fem)]
    firsts, lasts = [a for a, _ in pairs], [b for _, b in pairs]
    births = g.births(1945, 2004)
    places = [v.city(g, "DK" if d else "SE") for d in danish]
    techs = [v.whole(g, "sv") for _ in range(12)]
    installer = ("Hemtrygg Installation AB", v.se_orgnr(g))
    contact = [v.whole(g, "da") if d and g.rnd.random() < 0.9 else v.whole(g, "sv") if g.rnd.random() < 0.12
               else None for d in danish]
    da_ = "lang:da"
    return Table("iot.smarthem_enheter", "sv", "snake", [
        c("enhets_id", N, "VARCHAR", g.col(g.uuid), "decoy", DEVICE),
        c("serienummer", N, "VARCHAR", g.col(lambda: f"SH{g.rnd.randint(2, 4)}-{g.rnd.randint(19, 26)}-"
                                                     f"{g.digits(7, '0123456789')}"), "decoy", DEVICE),
        c("enhetstyp", N, "VARCHAR", g.col(g.pick(["gateway", "termostat", "rörelsesensor", "dörrlås",
                                                   "brandvarnare"])), "decoy"),
        c("mac_adress", N, "VARCHAR", g.col(g.mac), "decoy", DEVICE),
        c("zigbee_eui64", N, "VARCHAR", g.col(g.eui64), "decoy", DEVICE),
        c("firmware_version", N, "VARCHAR", g.col(g.version), "decoy", DEVICE),
        c("hardvarurevision", N, "VARCHAR", g.col(g.pick(["rev A", "rev B", "rev C2"])), "decoy", DEVICE),
        c("senast_sedd", N, "TIMESTAMP", g.moments("2026-10-01", 45), "decoy"),
        c("ip_adress", "ip_address", "VARCHAR", g.col(lambda: g.ipv6() if g.rnd.random() < 0.3 else g.ipv4(), 0.05)),
        c("signalstyrka_dbm", N, "INTEGER", g.ints(-95, -30), "decoy"),
        c("batteri_procent", N, "INTEGER", g.ints(1, 100), "decoy"),
        c("agare_fornamn", "first_name", "VARCHAR", firsts),
        c("agare_efternamn", "last_name", "VARCHAR", lasts),
        c("agare_personnummer", "national_id", "VARCHAR",
          [None if d else v.se_pnr(g, b, g.rnd.random() < 0.5) for d, b in zip(danish, births)]),
        c("agare_epost", "email", "VARCHAR", v.emails(g, firsts, lasts, ["telia.com", "gmail.com", "hotmail.se",
                                                                          "bredband.net", "mail.dk"])),
        c("agare_mobil", "phone", "VARCHAR", [g.phone("DK" if d else "SE", g.rnd.choice(["national", "intl", "e164"]))
                                              for d in danish]),
        c("installationsadress", "street_address", "VARCHAR", [v.street(g, "da" if d else "sv") for d in danish]),
        c("postnummer", "postal_code", "VARCHAR", [v.postal(g, "DK" if d else "SE", p[1])
                                                   for d, p in zip(danish, places)]),
        c("postort", "city", "VARCHAR", [p[0] for p in places]),
        c("latitud", N, "DOUBLE", g.floats(55.3, 65.9), "decoy"),
        c("longitud", N, "DOUBLE", g.floats(8.1, 22.2), "decoy"),
        c("kundnummer", N, "VARCHAR", g.col(lambda: g.digits(8)), "decoy"),
        c("anlaggnings_id", N, "VARCHAR", g.col(lambda: _gsrn(g), 0.1), "decoy"),
        c("installator_foretag", N, "VARCHAR", [installer[0]] * g.rows, "business"),
        c("installator_orgnr", N, "VARCHAR", [installer[1]] * g.rows, "business"),
        c("installator_tekniker", "person_name", "VARCHAR", g.col(g.pick(techs))),
        c("kontaktperson_navn", "person_name", "VARCHAR", contact, "null_heavy", da_),
        c("kontaktperson_tlf", "phone", "VARCHAR", [None if x is None else g.phone("DK", "national") for x in contact],
          "null_heavy", "qualified", da_),
        c("cpr_nummer", "national_id", "VARCHAR", [v.dk_cpr(g, b) if d else None for d, b in zip(danish, births)],
          "null_heavy", da_),
    ])


def ja_security_contracts(g: Gen) -> Table:
    """A Japanese home-security company's contract and device master: romanized SCREAMING column names, Japanese
    values."""
    fem = v.sexes(g, 0.45)
    first = [g.rnd.choice(v.JA_FEMALE if f else v.JA_MALE) for f in fem]
    last = [g.rnd.choice(v.JA_LAST) for _ in range(g.rows)]
    births = g.births(1940, 2004)
    places = [v.ja_place(g) for _ in range(g.rows)]
    techs = [f"{g.rnd.choice(v.JA_LAST)[0]} {g.rnd.choice(v.JA_MALE)[0]}" for _ in range(9)]
    agencies = [("株式会社セキュアホーム関東", v.jp_corporate(g), g.phone("JP", "national", False)),
                ("あんしん警備サービス株式会社", v.jp_corporate(g), g.phone("JP", "national", False)),
                ("九州ホームガード株式会社", v.jp_corporate(g), g.phone("JP", "national", False))]
    ag = [g.rnd.choice(agencies) for _ in range(g.rows)]
    card = [g.rnd.random() < 0.78 for _ in range(g.rows)]
    return Table("KEIBI.KEIYAKU_KIKI_MST", "ja-Latn", "screaming", [
        c("KEIYAKU_NO", N, "VARCHAR", [f"K{k:09d}" for k in g.keys(100_200_001)], "decoy", "abbrev"),
        c("KEIYAKUSHA_SHIMEI", "person_name", "VARCHAR", [f"{b[0]} {a[0]}" for a, b in zip(first, last)]),
        c("KEIYAKUSHA_KANA", "person_name", "VARCHAR", [f"{b[1]} {a[1]}" for a, b in zip(first, last)]),
        c("SEINENGAPPI", "date_of_birth", "INTEGER", [int(b.strftime("%Y%m%d")) for b in births]),
        c("SEIBETSU_KBN", N, "VARCHAR", ["2" if f else "1" for f in fem], "decoy", "abbrev"),
        c("YUBIN_NO", "postal_code", "VARCHAR", [v.postal(g, "JP", p[5]).replace("-", "") for p in places]),
        c("SETCHI_JUSHO", "street_address", "VARCHAR", [v.ja_address(g, p) for p in places]),
        c("TEL_NO", "phone", "VARCHAR", g.phones("JP", {"national": 0.7, "local": 0.3}, mobile=0.0, nulls=0.15),
          "qualified", "abbrev"),
        c("KEITAI_NO", "phone", "VARCHAR", g.phones("JP", {"national": 0.8, "local": 0.2}, nulls=0.1), "qualified"),
        c("MAIL_ADDR", "email", "VARCHAR", v.emails(g, [a[2] for a in first], [b[2] for b in last],
                                                    ["docomo.ne.jp", "ezweb.ne.jp", "softbank.ne.jp", "gmail.com",
                                                     "icloud.com"], 0.2), "abbrev"),
        c("KINKYU_RENRAKUSAKI_SHIMEI", "person_name", "VARCHAR",
          g.col(lambda: f"{g.rnd.choice(v.JA_LAST)[0]} {g.rnd.choice(v.JA_MALE + v.JA_FEMALE)[0]}", 0.15)),
        c("KINKYU_RENRAKUSAKI_TEL", "phone", "VARCHAR", g.phones("JP", {"national": 1.0}, nulls=0.15), "qualified"),
        c("KIKI_SERIAL_NO", N, "VARCHAR", g.col(lambda: f"AL-{g.rnd.randint(18, 26)}-{g.digits(7, '0123456789')}"),
          "decoy", DEVICE, "abbrev"),
        c("MAC_ADDR", N, "VARCHAR", g.col(lambda: g.mac("-", True)), "decoy", DEVICE, "abbrev"),
        c("GW_IP_ADDR", "ip_address", "VARCHAR", g.col(g.ipv4, 0.05), "abbrev"),
        c("FW_VER", N, "VARCHAR", g.col(g.version), "decoy", DEVICE, "abbrev"),
        c("SETCHI_BI", N, "DATE", g.days("2012-04-01", "2026-10-31"), "decoy"),
        c("HOSHO_KIGEN", N, "DATE", g.days("2026-01-01", "2031-12-31"), "decoy"),
        c("TANTO_GISHI_SHIMEI", "person_name", "VARCHAR", g.col(g.pick(techs))),
        c("DAIRITEN_MEI", N, "VARCHAR", [a[0] for a in ag], "business"),
        c("DAIRITEN_HOJIN_BANGO", N, "VARCHAR", [a[1] for a in ag], "business"),
        c("DAIRITEN_TEL", N, "VARCHAR", [a[2] for a in ag], "business"),
        c("KEIYAKU_PLAN", N, "VARCHAR", g.col(g.pick(["HOME-S", "HOME-M", "HOME-L", "MIMAMORI"])), "decoy"),
        c("GETSUGAKU_RYOKIN", N, "INTEGER", g.col(g.pick([3_300, 4_950, 6_600, 8_800])), "decoy"),
        c("KESSAI_KBN", N, "VARCHAR", ["2" if x else "1" for x in card], "decoy", "abbrev"),
        c("KESSAI_CARD_NO", "credit_card", "VARCHAR", [v.card(g, g.rnd.random() < 0.3) if x else None for x in card],
          "abbrev"),
        c("KAIYAKU_FLG", N, "VARCHAR", g.yn("1", "0", 0.06), "decoy", "abbrev"),
        c("KOSHIN_NICHIJI", N, "TIMESTAMP", g.moments("2025-06-01", 500), "decoy"),
    ])


#: (builder, rows): every table of the set, its row count fixed
BUILDERS: list[tuple[Callable[[Gen], Table], int]] = [
    (sap_customers, 2_400), (sap_vendors, 600), (sap_hr, 1_400), (ebs_people, 1_800), (protheus_employees, 1_300),
    (comarch_employees, 1_100), (bc_employees, 700), (zup_employees, 900), (ergani_employees, 800),
    (fr_payroll, 1_000), (global_workers, 1_500), (dataverse_contacts, 1_500), (salesforce_contacts, 1_300),
    (hubspot_contacts, 1_100), (zendesk_tickets, 2_000), (shopify_orders, 2_600), (stripe_charges, 1_800),
    (elt_shop_orders, 1_600), (fhir_patients, 1_600), (hl7_admissions, 2_200), (ja_patients, 1_000),
    (cz_sim_subscribers, 2_100), (tr_call_records, 3_000), (se_smart_home, 1_200), (ja_security_contracts, 900),
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
