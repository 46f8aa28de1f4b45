"""Held-out set v43 for the column classifier: 14 tables of *financial-services back-office data*, one system and one
language per table, six with English column names and eight with German, French, Spanish, Italian, Dutch, Polish,
Portuguese and Swedish ones, in domains v24 to v41 did not use: a UK bank's inbound SWIFT MT103 store flattened to
one column per field (``F50K_OrderingCustomer``, ``F59_Beneficiary``, ``F70_RemittanceInfo``), a Spanish bank's
ISO 20022 pacs.008 credit transfers flattened to dotted paths (``CdtTrfTxInf.Dbtr.Nm``,
``CdtTrfTxInf.Dbtr.PstlAdr.StrtNm``, ``CdtTrfTxInf.DbtrAcct.Id.IBAN``, ``CdtTrfTxInf.RmtInf.Ustrd``), a German
utility's SEPA direct-debit mandates, a US bank's AML transaction-monitoring alerts, a Lisbon private bank's KYC
periodic-review cases, a US issuer's card chargebacks, a Spanish lender's collections files (debtor, guarantor,
collector's notes), an Italian private bank's wealth client profiles (with the relationship manager), a Dutch life
insurer's underwriting applications, a Polish employee pension fund's members and beneficiaries, a French payroll
service's wage garnishments (the employee; the creditor a company), a UK bank's fraud case log (mainframe SCREAMING
case), a Brazilian brokerage's account openings and a Swedish credit bureau's inquiry log.

Written **blind**, like v2 to v41: by someone who has read neither the classifier (``governance_dagster/detect/``) nor
its rules, documentation, tests, changelog or notes, only the list of kind names (``governance_dagster/kinds.py``), how
the scorer registers a set (``heldout_v2_accuracy.py``, read, never run), the *structure* and labeling conventions of
v27 (``heldout_v27.py``, ``heldout_v27_values.py``, its test, ``tests/heldout_support.py``), the module docstrings of
v24 to v41 (to avoid their domains and follow their labeling conventions) and the ``Column``/``Table`` classes and
writer they build on. The classifier was not run on this set while it was written, no scorer was run on it, and no
score of any set was looked at: nothing here was adjusted to what the classifier does. It was written under a short
deadline (40 minutes, the tests and lint included), so some labels below are quick decisions rather than settled
conventions. It imports no earlier set's value module: its random source, name lists, streets, cities, postal codes
and identifier builders are its own (:mod:`benchmarks.classification.heldout_v43_values`; the generic ``Gen`` helpers
were copied from v27's).

What is new against v2 to v41:

* payment messages with their standard field names (tag ``payment_field``): SWIFT MT103 tags with their option
  letters (``F20``, ``F23B``, ``F32A``, ``F50K``, ``F52A``, ``F57A``, ``F59``, ``F70``, ``F71A``, ``F72``) and
  ISO 20022 pacs.008 XML paths written with dots, the debtor's structured address split into street name, building
  number, postcode, town and country, and the debtor's date and city of birth (``DtAndPlcOfBirth``, mostly NULL);
* financial identifiers as decoys (tag ``decoy``; ``value_shape`` when shaped like an identifier): UETRs (UUID v4),
  end-to-end and message ids, BICs (python-stdnum), LEIs (ISO 17442, mod 97-10 check digits, python-stdnum), ISINs
  (python-stdnum), a SEPA creditor identifier (``DEkkZZZ...``, ISO 7064 mod 97-10 over the national part and the
  country: python-stdnum has no module for it, the test checks it that way), ISO 11649 ``RF`` creditor references,
  acquirer reference numbers (23 digits, Luhn), merchant category codes, reason and authorisation codes, rule ids,
  alert scores, case, file, loan, mandate and account numbers, a Polish NIP, a Swedish organisationsnummer and a
  French SIRET-like number of companies, document hashes, device GUIDs, amounts, currencies, value, booking,
  settlement and review dates (event dates, not birth dates), enum statuses;
* identifiers of persons with check digits (python-stdnum), encoding the row's birth date where the number does: a US
  SSN (``ssn``), the Portuguese NIF, the Spanish DNI and NIE, the Italian codice fiscale, the Dutch BSN, PESEL, the
  French NIR, the Brazilian CPF and the Swedish personnummer (``national_id``); GB, DE, ES, IT, PL, PT and FR IBANs of
  persons; card numbers (Luhn); phones of eleven countries (phonenumbers) in national, international, E.164, dashed,
  dotted and digit forms; IPv4 and IPv6 addresses; each country's postal-code format beside a town;
* dates of birth as ``DATE``, ``dd/mm/yyyy`` and ``dd-mm-yyyy`` text and ``yyyymmdd`` integers;
* misleading names (``zusatz``, ``Rif2``, ``kod`` phones, ``REF2`` an e-mail, ``MISC_1`` a street address,
  ``attr_x`` an e-mail) and opaque ones (``C17`` birth dates, ``F_08`` phones).

Labeling choices a reader may question:

* an MT103 ``50K`` or ``59`` field (account, name and address lines in one cell) is ``free_text``: it mixes several
  kinds; the bank's flattened ``F50K_Account`` (an IBAN only) is ``iban`` and ``F59_Name`` is ``person_name``;
  remittance information (``F70``, ``RmtInf.Ustrd``) is ``free_text``: about half its rows name a person (a pupil, a
  gift's recipient, a tenant), the rest are invoice numbers and short purposes;
* the ISO 20022 street name alone (``StrtNm``) is ``street_address``; the building number alone (``BldgNb``) is
  ``none`` (tag ``partial``): a number without its street points at no one;
* a masked PAN (``411111******1111``, first six and last four) is ``none`` (tags ``partial``, ``masked``), like the
  last four digits (``cardLast4``) and the masked cards of v24 to v26; the clear card number is ``credit_card``;
* the creditor of a payment or a garnishment, the merchant of a chargeback, a mandate's creditor, the requester of a
  credit report and employers are companies: their names, identifiers (LEI, SEPA CI, NIP, orgnr, SIRET) and IBANs are
  ``none`` (tag ``business``); a debtor's, beneficiary's, mule's or counterparty's IBAN is ``iban``;
* staff (releasing operators' logins aside) are ``person_name`` (tag ``staff``): AML analysts, KYC reviewers,
  dispute analysts, collectors, relationship managers, underwriters, pension advisers, payroll clerks, fraud
  investigators, brokerage advisers, the mandate clerk; logins of payment operators, AML analysts and the bureau's
  handlers are ``unclassified`` (tag ``username``), as in v27;
* people outside the firm who are not its customers are ``person_name`` (tag ``role_word``): a guarantor
  (``avalista``), a spouse (``Coniuge``), a GP (``huisarts``, written ``dr. ...``), a bailiff
  (``commissaire_justice``, written ``Me ...``), a pension beneficiary (``uposazony``), a client's mother
  (``nomeMae``);
* a guarantor's NIE and a beneficiary's PESEL (mostly NULL) are ``national_id``; a birthplace (``LuogoNascita``,
  ``CityOfBirth``) is ``city``; nationality, country and Brazilian ``uf`` codes are ``none``;
* a password hash and an API key are ``none`` (tag ``credential``); an occupation is ``none``.

``null_heavy`` means 50-90% NULL. Every value is generated here from :data:`SEED` (one ``random.Random`` per table,
named after its builder) with python-stdnum for check digits, phonenumbers for phone validity and formats, and the
lists of :mod:`benchmarks.classification.heldout_v43_values`, written for v43 (no Faker, no list of real people).
Build: ``python -m benchmarks.classification.heldout_v43 [PATH]`` (default ``/tmp/heldout_v43.duckdb``). Score:
``python -m benchmarks.classification.heldout_v2_accuracy --set v43``.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path

from benchmarks.classification import heldout_v4
from benchmarks.classification import heldout_v43_values as v
from benchmarks.classification.heldout_v2 import Column, Table
from benchmarks.classification.heldout_v43_values import NULLISH, SEED, USERNAME, Gen, N, c

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

DEFAULT_PATH = Path("/tmp/heldout_v43.duckdb")

HEAVY = "null_heavy"  # 50-90% NULL
SHAPE = "value_shape"
MISLEADING = "misleading"
OPAQUE = "opaque"
STAFF = "staff"
USER = "username"
BUSINESS = "business"
PARTIAL = "partial"  # a last-4 fragment, a masked PAN, a building number alone (none)
MASKED = "masked"
CREDENTIAL = "credential"
KEY = "join_key"
ROLE = "role_word"
PAYMENT = "payment_field"  # a flattened SWIFT MT or ISO 20022 field
DOB_TEXT = "dob_text"
DOB_INT = "dob_int"


def _staff(g: Gen, n: int, lang: str = "en") -> list[str]:
    out: set[str] = set()
    while len(out) < n:
        out.add(v.whole(g, lang))
    return sorted(out)


def _logins(g: Gen, n: int, lang: str, style: int) -> list[str]:
    out: set[str] = set()
    while len(out) < n:
        out.add(v.login(*v.person(g, lang), style))
    return sorted(out)


def _null(g: Gen, values: list, share: float) -> list:
    return [None if g.rnd.random() < share else x for x in values]


def _aligned(g: Gen, present: list, make: Callable[[], object]) -> list:
    """A value where ``present`` has one, NULL where it is NULL."""
    return [None if p is None else make() for p in present]


# -- payment messages --------------------------------------------------------------------------------------------------


def mt103_inbound(g: Gen) -> Table:
    """A UK bank's inbound SWIFT MT103 store, one column per (sub)field: the sender's reference, the UETR, the bank
    operation code, value date, currency and amount (32A), the ordering customer's 50K field (account, name and two
    address lines in one cell: ``free_text``) and its account flattened out (``iban``), the ordering and account-with
    institutions (BICs, ``none``), the beneficiary's 59 field (``free_text``) and its name line, the remittance
    information (70, naming people in some rows: ``free_text``), charges (71A), sender-to-receiver information (72),
    the sanctions screening score and the operator who released the payment (a login)."""
    ops = _logins(g, 5, "en", 1)
    rows = []
    for _ in range(g.rows):
        a, b = v.person(g, "en")
        town, lead = v.city(g, "GB")
        src_iban = v.iban(g, "GB")
        bc = g.rnd.choice(["DE", "NL"])
        x, y = v.person(g, "de" if bc == "DE" else "nl")
        btown, blead = v.city(g, bc)
        dst_iban = v.iban(g, bc)
        rows.append((a, b, town, lead, src_iban, x, y, btown, blead, dst_iban, bc))

    def f50k(r: tuple) -> str:
        return (f"/{r[4]}\n{r[0].upper()} {r[1].upper()}\n{v.street(g, 'GB').upper()}\n"
                f"{r[2].upper()} {v.postcode(g, 'GB', r[3])}")

    def f59(r: tuple) -> str:
        return f"/{r[9]}\n{r[5]} {r[6]}\n{v.street(g, r[10])}\n{v.postcode(g, r[10], r[8])} {r[7]}"

    def f70(r: tuple) -> str:
        return g.rnd.choice([f"SCHOOL FEES FOR {r[0].upper()} {r[1].upper()} JR", "INV 2025-0412 RENT NOV",
                             f"GIFT FOR {r[5].upper()} FROM GRANDAD", "LOAN REPAYMENT 3 OF 12", "/RFB/HOLIDAY LET DEPOSIT",
                             f"ON BEHALF OF {v.whole(g, 'en').upper()}", "PROPERTY PURCHASE COMPLETION",
                             f"SUPPORT FOR {r[5].upper()} {r[6].upper()} STUDIES"])

    return Table("swift.mt103_inbound", "en", "pascal", [
        c("F20_SendersRef", N, "VARCHAR", g.col(lambda: g.code("FT25AAA9999999")), "decoy", SHAPE, PAYMENT),
        c("UETR", N, "VARCHAR", g.col(g.uuid), "decoy", SHAPE, PAYMENT),
        c("F23B_BankOpCode", N, "VARCHAR", ["CRED"] * g.rows, "decoy", PAYMENT),
        c("F32A_ValueDate", N, "DATE", g.days("2025-07-01", "2025-12-31"), "decoy", PAYMENT),
        c("F32A_Currency", N, "VARCHAR", g.col(g.pick(["EUR", "EUR", "GBP", "USD"])), "decoy", PAYMENT),
        c("F32A_Amount", N, "DOUBLE", g.amounts(50, 250_000), "decoy", PAYMENT),
        c("F50K_OrderingCustomer", "free_text", "VARCHAR", [f50k(r) for r in rows], PAYMENT),
        c("F50K_Account", "iban", "VARCHAR", [r[4] for r in rows], PAYMENT),
        c("F52A_OrderingInstitution", N, "VARCHAR", g.col(lambda: v.bic(g)), "decoy", SHAPE, PAYMENT),
        c("F57A_AccountWithInstitution", N, "VARCHAR", g.col(lambda: v.bic(g), 0.2), "decoy", SHAPE, PAYMENT),
        c("F59_Beneficiary", "free_text", "VARCHAR", [f59(r) for r in rows], PAYMENT),
        c("F59_Name", "person_name", "VARCHAR", [f"{r[5]} {r[6]}" for r in rows], PAYMENT),
        c("F70_RemittanceInfo", "free_text", "VARCHAR", [f70(r) for r in rows], PAYMENT),
        c("F71A_Charges", N, "VARCHAR", g.col(g.pick(["OUR", "SHA", "SHA", "BEN"])), "decoy", PAYMENT),
        c("F72_SndrToRcvrInfo", N, "VARCHAR", g.col(g.pick(["/ACC/URGENT", "/INS/HALBGB2L", "/BNF/SEE F70",
                                                            "/REC/PLEASE ADVISE"]), 0.6), "decoy", PAYMENT),
        c("ScreeningScore", N, "DOUBLE", g.floats(0, 100, 1), "decoy"),
        c("ReleasedBy", USERNAME, "VARCHAR", g.col(g.pick(ops)), USER),
    ])


def pacs008_credit_transfers(g: Gen) -> Table:
    """A Spanish bank's outgoing ISO 20022 pacs.008 transfers flattened to dotted XML paths: message and payment ids
    (``EndToEndId``, ``UETR``), the settlement amount, currency and date, the debtor's name, structured postal address
    (street name, building number, postcode, town, country), date and city of birth (filled for some debtors only),
    the debtor's IBAN and agent's BIC, the creditor (a company: name, LEI and IBAN are ``none``), the unstructured
    remittance text and a structured RF creditor reference."""
    creditors = [("Aguas de Valladolid S.A.", v.iban(g, "ES")), ("Iberluz Comercializadora S.L.", v.iban(g, "ES")),
                 ("Colegio Santa Teresa de Oviedo", v.iban(g, "ES")), ("Hoekstra Verhuur B.V.", v.iban(g, "NL")),
                 ("Seguros Quintana y Asociados S.A.", v.iban(g, "ES")), ("Gimnasio Ronda Norte S.L.", v.iban(g, "ES"))]
    leis = [v.lei(g) for _ in creditors]
    cred = [g.rnd.randrange(len(creditors)) for _ in range(g.rows)]
    debtors = [v.person(g, "es") for _ in range(g.rows)]
    places = [v.city(g, "ES") for _ in range(g.rows)]
    dated = [g.rnd.random() < 0.35 for _ in range(g.rows)]

    def ustrd(i: int) -> str:
        a, b = debtors[i]
        return g.rnd.choice(["Recibo agua 3T 2025", f"Cuota colegio alumno {v.given(g, 'es')} {b}",
                             "Factura 2025/00871", f"Alquiler piso pagado por {a} {b}", "Seguro hogar anual",
                             f"Devolucion fianza a {v.whole(g, 'es')}"])

    return Table("iso20022.pacs008_credit_transfers", "en", "dotted", [
        c("GrpHdr.MsgId", N, "VARCHAR", g.col(lambda: g.code("BRGOESMM25AAA99999999")), "decoy", SHAPE, PAYMENT),
        c("GrpHdr.CreDtTm", N, "TIMESTAMP", g.moments("2025-08-01", "2025-12-31"), "decoy", PAYMENT),
        c("CdtTrfTxInf.PmtId.EndToEndId", N, "VARCHAR", g.col(lambda: g.code("E2E-ZZZZZZZZZZZZ")), "decoy", SHAPE,
          PAYMENT),
        c("CdtTrfTxInf.PmtId.UETR", N, "VARCHAR", g.col(g.uuid), "decoy", SHAPE, PAYMENT),
        c("CdtTrfTxInf.IntrBkSttlmAmt", N, "DOUBLE", g.amounts(5, 9_000), "decoy", PAYMENT),
        c("CdtTrfTxInf.IntrBkSttlmAmt.Ccy", N, "VARCHAR", ["EUR"] * g.rows, "decoy", PAYMENT),
        c("CdtTrfTxInf.IntrBkSttlmDt", N, "DATE", g.days("2025-08-01", "2025-12-31"), "decoy", PAYMENT),
        c("CdtTrfTxInf.Dbtr.Nm", "person_name", "VARCHAR", [f"{a} {b}" for a, b in debtors], PAYMENT),
        c("CdtTrfTxInf.Dbtr.PstlAdr.StrtNm", "street_address", "VARCHAR",
          g.col(g.pick(v.STREETS["ES"])), PAYMENT),
        c("CdtTrfTxInf.Dbtr.PstlAdr.BldgNb", N, "VARCHAR", g.col(lambda: str(g.rnd.randint(1, 140))), "decoy",
          PARTIAL, PAYMENT),
        c("CdtTrfTxInf.Dbtr.PstlAdr.PstCd", "postal_code", "VARCHAR", [v.postcode(g, "ES", p[1]) for p in places],
          PAYMENT),
        c("CdtTrfTxInf.Dbtr.PstlAdr.TwnNm", "city", "VARCHAR", [p[0] for p in places], PAYMENT),
        c("CdtTrfTxInf.Dbtr.PstlAdr.Ctry", N, "VARCHAR", ["ES"] * g.rows, "decoy", PAYMENT),
        c("CdtTrfTxInf.Dbtr.Id.PrvtId.DtAndPlcOfBirth.BirthDt", "date_of_birth", "DATE",
          [g.birth(1940, 2005) if d else None for d in dated], HEAVY, PAYMENT),
        c("CdtTrfTxInf.Dbtr.Id.PrvtId.DtAndPlcOfBirth.CityOfBirth", "city", "VARCHAR",
          [v.city(g, "ES")[0] if d else None for d in dated], HEAVY, PAYMENT),
        c("CdtTrfTxInf.DbtrAcct.Id.IBAN", "iban", "VARCHAR", g.col(lambda: v.iban(g, "ES")), PAYMENT),
        c("CdtTrfTxInf.DbtrAgt.FinInstnId.BICFI", N, "VARCHAR", g.col(lambda: v.bic(g)), "decoy", SHAPE, PAYMENT),
        c("CdtTrfTxInf.Cdtr.Nm", N, "VARCHAR", [creditors[i][0] for i in cred], BUSINESS, PAYMENT),
        c("CdtTrfTxInf.Cdtr.Id.OrgId.LEI", N, "VARCHAR", [leis[i] for i in cred], "decoy", SHAPE, BUSINESS, PAYMENT),
        c("CdtTrfTxInf.CdtrAcct.Id.IBAN", N, "VARCHAR", [creditors[i][1] for i in cred], BUSINESS, SHAPE, PAYMENT),
        c("CdtTrfTxInf.RmtInf.Ustrd", "free_text", "VARCHAR", [ustrd(i) for i in range(g.rows)], PAYMENT),
        c("CdtTrfTxInf.RmtInf.Strd.CdtrRefInf.Ref", N, "VARCHAR", g.col(lambda: v.rf_reference(g), 0.4), "decoy",
          SHAPE, PAYMENT),
    ])


def sepa_mandate(g: Gen) -> Table:
    """A German utility's SEPA direct-debit mandates (``lastschrift.mandate``, German snake case): the mandate
    reference, the creditor identifier and name (the company: ``none``), the account holder's name, address, PLZ and
    town, IBAN and BIC, signature date, scheme and sequence type, the holder's e-mail (mostly NULL), ``zusatz`` (a
    phone number under a misleading name), the last collected amount, revocation flag and the clerk (few)."""
    creditor = ("Stadtwerke Osnabrück Energie GmbH", v.sepa_ci(g))
    clerks = _staff(g, 4, "de")
    pairs = [v.person(g, "de") for _ in range(g.rows)]
    places = [v.city(g, "DE") for _ in range(g.rows)]
    return Table("lastschrift.mandate", "de", "snake", [
        c("mandatsreferenz", N, "VARCHAR", g.col(lambda: g.code("SWO-9999999-99")), "decoy", SHAPE),
        c("glaeubiger_id", N, "VARCHAR", [creditor[1]] * g.rows, "decoy", SHAPE, BUSINESS),
        c("glaeubiger_name", N, "VARCHAR", [creditor[0]] * g.rows, BUSINESS),
        c("kontoinhaber", "person_name", "VARCHAR", [f"{a} {b}" if g.rnd.random() < 0.8 else f"{b}, {a}"
                                                     for a, b in pairs]),
        c("strasse_hausnr", "street_address", "VARCHAR", g.col(lambda: v.street(g, "DE"))),
        c("plz", "postal_code", "VARCHAR", [v.postcode(g, "DE", p[1]) for p in places]),
        c("ort", "city", "VARCHAR", [p[0] for p in places]),
        c("iban_zahler", "iban", "VARCHAR", g.col(lambda: v.iban(g, "DE", g.rnd.random() < 0.4))),
        c("bic_zahler", N, "VARCHAR", g.col(lambda: v.bic(g), 0.3), "decoy", SHAPE),
        c("unterschrieben_am", N, "DATE", g.days("2019-01-01", "2025-11-30"), "decoy"),
        c("mandatsart", N, "VARCHAR", g.col(g.pick(["CORE", "CORE", "CORE", "B2B"])), "decoy"),
        c("sequenztyp", N, "VARCHAR", g.col(g.pick(["FRST", "RCUR", "RCUR", "OOFF", "FNAL"])), "decoy"),
        c("email_kontoinhaber", "email", "VARCHAR", [v.email_of(g, a, b, "de") if g.rnd.random() < 0.35 else None
                                                     for a, b in pairs], HEAVY),
        c("zusatz", "phone", "VARCHAR", g.phones("DE", {"national": 0.6, "intl": 0.4}, 0.6, 0.3), MISLEADING),
        c("letzter_einzug_betrag", N, "DOUBLE", g.amounts(12, 420), "decoy"),
        c("widerrufen", N, "BOOLEAN", g.yn(True, False, 0.06), "decoy"),
        c("sachbearbeiter", "person_name", "VARCHAR", g.col(g.pick(clerks)), STAFF),
    ])


# -- compliance ----------------------------------------------------------------------------------------------------


def aml_alerts(g: Gen) -> Table:
    """A US bank's AML transaction-monitoring alerts: alert id and reference, rule id, name and score, the customer
    (id, name, birth date, SSN, phone), the counterparty (a person) and, for wires, the counterparty's IBAN (mostly
    NULL), the amount and currency, the analyst (few) and the analyst's login, the analyst's rationale (naming
    people), disposition, SAR flag and closing time."""
    analysts = _staff(g, 5, "us")
    logins = _logins(g, 5, "us", 0)
    pairs = [v.person(g, "us") for _ in range(g.rows)]
    rules = [("TM-STR-004", "Structuring below CTR threshold"), ("TM-VEL-011", "Rapid movement of funds"),
             ("TM-GEO-002", "High-risk jurisdiction wire"), ("TM-P2P-007", "P2P fan-in from many senders")]
    rule = [g.rnd.choice(rules) for _ in range(g.rows)]

    def rationale(i: int) -> str:
        a, b = pairs[i]
        return g.rnd.choice([f"{a} {b} deposited $9,400 three days running; branch says cash from a used-car sale.",
                             f"Customer's brother {v.whole(g, 'us')} sends rent monthly, pattern consistent.",
                             "Activity in line with stated payroll business, closing.",
                             f"Called {a} at {g.phone('US', 'national')}, no plausible explanation, escalate.",
                             "Duplicate of alert closed last week."])

    return Table("aml.tm_alerts", "en", "snake", [
        c("alert_id", N, "BIGINT", g.keys(5_000_001), "decoy", KEY),
        c("alert_ref", N, "VARCHAR", g.col(lambda: g.code("AML-2025-9999999")), "decoy", SHAPE),
        c("rule_id", N, "VARCHAR", [r[0] for r in rule], "decoy", SHAPE),
        c("rule_name", N, "VARCHAR", [r[1] for r in rule], "decoy"),
        c("alert_score", N, "DOUBLE", g.floats(0, 1, 3), "decoy"),
        c("customer_id", N, "BIGINT", g.ints(10_000_000, 99_999_999), "decoy", KEY),
        c("customer_name", "person_name", "VARCHAR", [f"{a} {b}" for a, b in pairs]),
        c("customer_dob", "date_of_birth", "DATE", g.births(1938, 2006)),
        c("customer_ssn", "ssn", "VARCHAR", g.col(lambda: v.us_ssn(g, g.rnd.random() < 0.7), 0.1)),
        c("customer_phone", "phone", "VARCHAR", g.phones("US", {"national": 0.5, "e164": 0.3, "dashes": 0.2}, 0.8,
                                                          0.2)),
        c("counterparty_name", "person_name", "VARCHAR", g.col(lambda: v.whole(g, "us"), 0.1)),
        c("counterparty_iban", "iban", "VARCHAR", g.col(lambda: v.iban(g, g.rnd.choice(["GB", "DE", "PL", "PT"])),
                                                        0.7), HEAVY),
        c("txn_amount", N, "DOUBLE", g.amounts(100, 48_000), "decoy"),
        c("txn_currency", N, "VARCHAR", g.col(g.pick(["USD", "USD", "USD", "EUR", "MXN"])), "decoy"),
        c("analyst", "person_name", "VARCHAR", g.col(g.pick(analysts)), STAFF),
        c("analyst_login", USERNAME, "VARCHAR", g.col(g.pick(logins)), USER),
        c("rationale", "free_text", "VARCHAR", [rationale(i) for i in range(g.rows)]),
        c("disposition", N, "VARCHAR", g.col(g.pick(["closed_no_action", "escalated", "sar_filed", "open"])), "decoy"),
        c("sar_filed", N, "BOOLEAN", g.yn(True, False, 0.08), "decoy"),
        c("closed_at", N, "TIMESTAMP", g.moments("2025-06-01", "2025-12-31", 0.3), "decoy"),
    ])


def kyc_reviews(g: Gen) -> Table:
    """A Lisbon private bank's KYC periodic-review cases (English camelCase, Portuguese clients): case id, customer
    number, trigger and risk rating, names, birth date as ``dd/mm/yyyy`` text, the Portuguese NIF, nationality, the
    address, postcode, town, mobile, e-mail, a previous address (mostly NULL), the employer (``none``), PEP flag,
    source of wealth, the reviewer (few) and notes, the next review date and a document hash."""
    reviewers = _staff(g, 4, "en")
    pairs = [v.person(g, "pt_pt") for _ in range(g.rows)]
    places = [v.city(g, "PT") for _ in range(g.rows)]
    births = g.births(1936, 2004)
    employers = ["Quaresma & Filhos Lda.", "Hospital de Braga", "Universidade de Coimbra", "Sequeira Vinhos S.A.",
                 "self-employed", "retired"]

    def note(i: int) -> str:
        a, b = pairs[i]
        return g.rnd.choice(["No change in circumstances, refreshed ID document.",
                             f"Spouse {v.given(g, 'pt_pt')} {b} added as joint holder.",
                             f"{a} {b} inherited property in Faro; deed on file.",
                             "Risk upgraded: wires to a new jurisdiction.", "Awaiting proof of address."])

    return Table("kyc.periodicReviewCases", "en", "camel", [
        c("caseId", N, "VARCHAR", g.col(lambda: g.code("KYC-PR-999999")), "decoy", SHAPE),
        c("customerNumber", N, "INTEGER", g.ints(100_000, 999_999), "decoy", KEY),
        c("reviewTrigger", N, "VARCHAR", g.col(g.pick(["scheduled_3y", "scheduled_1y", "adverse_media",
                                                       "address_change"])), "decoy"),
        c("riskRating", N, "VARCHAR", g.col(g.pick(["LOW", "MEDIUM", "HIGH"])), "decoy"),
        c("firstName", "first_name", "VARCHAR", [a for a, _ in pairs]),
        c("lastName", "last_name", "VARCHAR", [b for _, b in pairs]),
        c("birthDate", "date_of_birth", "VARCHAR", [d.strftime("%d/%m/%Y") for d in births], DOB_TEXT),
        c("taxId", "national_id", "VARCHAR", g.col(lambda: v.pt_nif(g), 0.05)),
        c("nationality", N, "VARCHAR", g.col(g.pick(["PT", "PT", "PT", "BR", "AO", "GB"])), "decoy"),
        c("residentialAddress", "street_address", "VARCHAR", g.col(lambda: v.street(g, "PT"))),
        c("postalCode", "postal_code", "VARCHAR", [v.postcode(g, "PT", p[1]) for p in places]),
        c("city", "city", "VARCHAR", [p[0] for p in places]),
        c("mobilePhone", "phone", "VARCHAR", g.phones("PT", {"intl": 0.5, "e164": 0.3, "national": 0.2})),
        c("emailAddress", "email", "VARCHAR", [v.email_of(g, a, b, "pt_pt") for a, b in pairs]),
        c("previousAddress", "street_address", "VARCHAR", g.col(lambda: v.street(g, "PT"), 0.72), HEAVY),
        c("employerName", N, "VARCHAR", g.col(g.pick(employers)), BUSINESS),
        c("pepFlag", N, "BOOLEAN", g.yn(True, False, 0.03), "decoy"),
        c("sourceOfWealth", N, "VARCHAR", g.col(g.pick(["salary", "inheritance", "business_sale", "pension"])),
          "decoy"),
        c("reviewer", "person_name", "VARCHAR", g.col(g.pick(reviewers)), STAFF),
        c("reviewerNotes", "free_text", "VARCHAR", [note(i) for i in range(g.rows)]),
        c("nextReviewDue", N, "DATE", g.days("2026-01-01", "2028-12-31"), "decoy"),
        c("documentHash", N, "VARCHAR", g.col(g.sha256), "decoy", SHAPE),
    ])


# -- cards, lending --------------------------------------------------------------------------------------------------


def card_chargebacks(g: Gen) -> Table:
    """A US issuer's card disputes (camelCase): dispute id, case number, the acquirer reference number (23 digits,
    Luhn), the card number kept by a legacy dispute tool (Luhn), the masked PAN and last four (``none``, tag
    ``partial``), the cardholder's name, e-mail, phone and billing ZIP, the merchant (name, MCC, city: ``none``),
    reason code, amount, currency, transaction date, authorisation code, the analyst (few) and the cardholder's
    statement (naming people)."""
    analysts = _staff(g, 5, "us")
    pairs = [v.person(g, "us") for _ in range(g.rows)]
    merchants = [("Lakeshore Electronics", "5732", "Milwaukee"), ("Holcomb Family Furniture", "5712", "Louisville"),
                 ("SkyWay Travel Partners", "4722", "Atlanta"), ("Grandview Auto Repair", "7538", "Columbus"),
                 ("FitLife Online Memberships", "7997", "Minneapolis"), ("Bardstown Road Bistro", "5812",
                                                                          "Louisville")]
    merchant = [g.rnd.choice(merchants) for _ in range(g.rows)]
    cards = [v.card(g) for _ in range(g.rows)]
    places = [v.city(g, "US") for _ in range(g.rows)]

    def arn() -> str:
        body = g.rnd.choice(["2", "7"]) + g.digits(21)
        return body + v.luhn.calc_check_digit(body)

    def statement(i: int) -> str:
        a, b = pairs[i]
        return g.rnd.choice(["I never received the laptop, tracking shows delivered to wrong address.",
                             f"My son {v.given(g, 'us')} used my card without permission.",
                             "Charged twice for the same dinner.",
                             f"Cancelled membership by phone on 9/2, spoke to {v.whole(g, 'us')}.",
                             f"{a} {b} here, the hotel refused my refund for the cancelled trip."])

    return Table("cards.chargebacks", "en", "camel", [
        c("disputeId", N, "VARCHAR", g.col(lambda: v.token(g, "dsp_", 20)), "decoy", SHAPE),
        c("caseNumber", N, "VARCHAR", g.col(lambda: g.code("CB25-9999999")), "decoy", SHAPE),
        c("arn", N, "VARCHAR", g.col(arn), "decoy", SHAPE),
        c("cardNumber", "credit_card", "VARCHAR", _null(g, cards, 0.1)),
        c("maskedPan", N, "VARCHAR", [x[:6] + "*" * (len(x) - 10) + x[-4:] for x in cards], "decoy", PARTIAL, MASKED,
          SHAPE),
        c("cardLast4", N, "VARCHAR", [x[-4:] for x in cards], "decoy", PARTIAL),
        c("cardholderName", "person_name", "VARCHAR", [f"{a} {b}".upper() for a, b in pairs]),
        c("cardholderEmail", "email", "VARCHAR", [v.email_of(g, a, b, "us") for a, b in pairs]),
        c("cardholderPhone", "phone", "VARCHAR", g.phones("US", {"dashes": 0.4, "dots": 0.2, "digits": 0.4}, 0.9)),
        c("billingZip", "postal_code", "VARCHAR", [v.postcode(g, "US", p[1]) for p in places]),
        c("merchantName", N, "VARCHAR", [m[0] for m in merchant], BUSINESS),
        c("merchantCategoryCode", N, "VARCHAR", [m[1] for m in merchant], "decoy", SHAPE),
        c("merchantCity", N, "VARCHAR", [m[2] for m in merchant], BUSINESS),
        c("reasonCode", N, "VARCHAR", g.col(g.pick(["10.4", "13.1", "13.2", "12.6.1", "4853", "4837"])), "decoy"),
        c("disputeAmount", N, "DOUBLE", g.amounts(9, 3_200), "decoy"),
        c("currency", N, "VARCHAR", ["USD"] * g.rows, "decoy"),
        c("transactionDate", N, "DATE", g.days("2025-05-01", "2025-11-30"), "decoy"),
        c("authCode", N, "VARCHAR", g.col(lambda: g.code("ZZZZZZ")), "decoy", SHAPE),
        c("assignedAnalyst", "person_name", "VARCHAR", g.col(g.pick(analysts)), STAFF),
        c("cardholderStatement", "free_text", "VARCHAR", [statement(i) for i in range(g.rows)]),
    ])


def es_collections(g: Gen) -> Table:
    """A Spanish consumer lender's collections files (``recobro.expedientes_mora``, Spanish snake case): file and loan
    numbers, the debtor's given name, both family names, DNI, birth date as a ``yyyymmdd`` integer, address, postcode,
    town, mobile, e-mail (mostly NULL), the guarantor (``avalista``, mostly NULL) and the guarantor's NIE, the
    direct-debit IBAN, overdue amount and days, collection phase, the collector (few) and the collector's notes
    (naming people and phones), last action time."""
    collectors = _staff(g, 5, "es")
    pairs = [(a, f"{b} {v.person(g, 'es')[1]}") for a, b in (v.person(g, "es") for _ in range(g.rows))]
    places = [v.city(g, "ES") for _ in range(g.rows)]
    births = g.births(1945, 2004)
    guarantor = g.col(lambda: v.whole(g, "es") + " " + v.person(g, "es")[1], 0.62)

    def note(i: int) -> str:
        a = pairs[i][0]
        return g.rnd.choice([f"Habla con su hija {v.given(g, 'es')}, promete pago el día 15.",
                             f"No contesta al {g.phone('ES', 'national')}, enviar burofax.",
                             "Acuerdo de pago en 6 cuotas aceptado.",
                             f"{a} dice que está en ERTE; llamar de nuevo el lunes.",
                             f"Avalista localizado en casa de {v.whole(g, 'es')}."])

    return Table("recobro.expedientes_mora", "es", "snake", [
        c("num_expediente", N, "VARCHAR", g.col(lambda: g.code("REC-25-999999")), "decoy", SHAPE),
        c("num_prestamo", N, "VARCHAR", g.col(lambda: g.code("PP99999999")), "decoy", SHAPE),
        c("deudor_nombre", "first_name", "VARCHAR", [a for a, _ in pairs]),
        c("deudor_apellidos", "last_name", "VARCHAR", [b for _, b in pairs]),
        c("deudor_dni", "national_id", "VARCHAR", g.col(lambda: v.es_dni(g))),
        c("fecha_nacimiento", "date_of_birth", "INTEGER", [int(d.strftime("%Y%m%d")) for d in births], DOB_INT),
        c("domicilio", "street_address", "VARCHAR", g.col(lambda: v.street(g, "ES"))),
        c("cod_postal", "postal_code", "VARCHAR", [v.postcode(g, "ES", p[1]) for p in places]),
        c("localidad", "city", "VARCHAR", [p[0] for p in places]),
        c("tel_movil", "phone", "VARCHAR", g.phones("ES", {"national": 0.6, "intl": 0.2, "e164": 0.2})),
        c("email", "email", "VARCHAR", [v.email_of(g, a, b.split()[0], "es") if g.rnd.random() < 0.4 else None
                                        for a, b in pairs], HEAVY),
        c("avalista", "person_name", "VARCHAR", guarantor, HEAVY, ROLE),
        c("avalista_nie", "national_id", "VARCHAR", _aligned(g, guarantor, lambda: v.es_nie(g)), HEAVY),
        c("iban_domiciliacion", "iban", "VARCHAR", g.col(lambda: v.iban(g, "ES", g.rnd.random() < 0.5))),
        c("importe_vencido", N, "DOUBLE", g.amounts(60, 14_000), "decoy"),
        c("dias_impago", N, "INTEGER", g.ints(1, 540), "decoy"),
        c("fase_recobro", N, "VARCHAR", g.col(g.pick(["temprana", "tardia", "precontencioso", "judicial"])), "decoy"),
        c("gestor", "person_name", "VARCHAR", g.col(g.pick(collectors)), STAFF),
        c("notas_gestor", "free_text", "VARCHAR", [note(i) for i in range(g.rows)]),
        c("ultima_gestion", N, "TIMESTAMP", g.moments("2025-09-01", "2025-12-31"), "decoy"),
    ])


# -- wealth, insurance, pensions -------------------------------------------------------------------------------------


def it_wealth_profile(g: Gen) -> Table:
    """An Italian private bank's client profiles (``patrimoni.ProfiloCliente``, PascalCase): client code, names,
    codice fiscale (encoding the row's name, birth date and birthplace), birth date and birthplace, address, CAP,
    town, mobile, e-mail, the spouse (mostly NULL), the relationship manager (few), MiFID profile, assets, the main
    holding's ISIN, the securities account, the settlement IBAN, the family holding's LEI (``none``), the RM's notes
    and ``Rif2`` (a landline under a misleading name)."""
    rms = _staff(g, 5, "it")
    rows = []
    for _ in range(g.rows):
        female = g.rnd.random() < 0.5
        a, b = v.person(g, "it", female)
        born = g.birth(1935, 1995)
        place = g.rnd.choice(v.IT_BIRTHPLACES)
        rows.append((a, b, born, place[0], v.it_codice_fiscale(a, b, born, female, place[1])))
    places = [v.city(g, "IT") for _ in range(g.rows)]

    def note(i: int) -> str:
        a, b = rows[i][:2]
        return g.rnd.choice(["Preferisce contatto via email.", f"Figlio {v.given(g, 'it')} {b} cointestatario.",
                             "Vuole ridurre l'esposizione azionaria.", f"Presentato da {v.whole(g, 'it')}.",
                             f"Successione del padre di {a} in corso."])

    return Table("patrimoni.ProfiloCliente", "it", "pascal", [
        c("CodiceCliente", N, "VARCHAR", g.col(lambda: g.code("PB9999999")), "decoy", SHAPE),
        c("Nome", "first_name", "VARCHAR", [r[0] for r in rows]),
        c("Cognome", "last_name", "VARCHAR", [r[1] for r in rows]),
        c("CodiceFiscale", "national_id", "VARCHAR", [r[4] if g.rnd.random() < 0.9 else None for r in rows]),
        c("DataNascita", "date_of_birth", "DATE", [r[2] for r in rows]),
        c("LuogoNascita", "city", "VARCHAR", [r[3] for r in rows]),
        c("Indirizzo", "street_address", "VARCHAR", g.col(lambda: v.street(g, "IT"))),
        c("Cap", "postal_code", "VARCHAR", [v.postcode(g, "IT", p[1]) for p in places]),
        c("Citta", "city", "VARCHAR", [p[0] for p in places]),
        c("Cellulare", "phone", "VARCHAR", g.phones("IT", {"national": 0.5, "intl": 0.3, "e164": 0.2})),
        c("Email", "email", "VARCHAR", [v.email_of(g, r[0], r[1], "it") for r in rows]),
        c("Coniuge", "person_name", "VARCHAR", g.col(lambda: v.whole(g, "it"), 0.55), HEAVY, ROLE),
        c("GestoreRelazione", "person_name", "VARCHAR", g.col(g.pick(rms)), STAFF),
        c("ProfiloMifid", N, "VARCHAR", g.col(g.pick(["Prudente", "Moderato", "Bilanciato", "Dinamico"])), "decoy"),
        c("PatrimonioGestito", N, "DOUBLE", g.amounts(250_000, 12_000_000), "decoy"),
        c("IsinPrincipale", N, "VARCHAR", g.col(lambda: v.isin(g)), "decoy", SHAPE),
        c("DossierTitoli", N, "VARCHAR", g.col(lambda: g.code("99/999999/99")), "decoy", SHAPE),
        c("IbanRegolamento", "iban", "VARCHAR", g.col(lambda: v.iban(g, "IT", g.rnd.random() < 0.3))),
        c("LeiHolding", N, "VARCHAR", g.col(lambda: v.lei(g), 0.6), "decoy", SHAPE, BUSINESS),
        c("NoteRM", "free_text", "VARCHAR", g.col(lambda: note(g.rnd.randrange(g.rows)), 0.3)),
        c("Rif2", "phone", "VARCHAR", g.phones("IT", {"national": 0.7, "intl": 0.3}, 0.0, 0.4), MISLEADING),
    ])


def nl_underwriting(g: Gen) -> Table:
    """A Dutch life insurer's underwriting applications (``acceptatie.aanvragen``, Dutch snake case): application
    number, product, names, BSN, birth date as ``dd-mm-yyyy`` text, address, postcode, town, phone, e-mail, occupation
    and employer (``none``), smoker, height and weight, sum insured, the GP (a person outside the insurer), the
    underwriter (few), the medical explanation (naming people) and the decision."""
    underwriters = _staff(g, 4, "nl")
    pairs = [v.person(g, "nl") for _ in range(g.rows)]
    places = [v.city(g, "NL") for _ in range(g.rows)]
    births = g.births(1955, 2003)

    def medical(i: int) -> str:
        return g.rnd.choice(["Geen bijzonderheden.", "Hoge bloeddruk, onder controle met medicatie.",
                             f"Vader {v.given(g, 'nl')} overleden aan hartinfarct op 58-jarige leeftijd.",
                             f"Rapport opgevraagd bij huisarts, contactpersoon {v.whole(g, 'nl')}.",
                             "Knieoperatie 2021, volledig hersteld."])

    return Table("acceptatie.aanvragen", "nl", "snake", [
        c("aanvraagnummer", N, "VARCHAR", g.col(lambda: g.code("AV-2025-999999")), "decoy", SHAPE),
        c("productcode", N, "VARCHAR", g.col(g.pick(["ORV-GELIJK", "ORV-DALEND", "AOV-ZZP"])), "decoy"),
        c("voornaam", "first_name", "VARCHAR", [a for a, _ in pairs]),
        c("achternaam", "last_name", "VARCHAR", [b for _, b in pairs]),
        c("bsn", "national_id", "VARCHAR", g.col(lambda: v.nl_bsn(g), 0.05)),
        c("geboortedatum", "date_of_birth", "VARCHAR", [d.strftime("%d-%m-%Y") for d in births], DOB_TEXT),
        c("straat_huisnummer", "street_address", "VARCHAR", g.col(lambda: v.street(g, "NL"))),
        c("postcode", "postal_code", "VARCHAR", [v.postcode(g, "NL", p[1]) for p in places]),
        c("woonplaats", "city", "VARCHAR", [p[0] for p in places]),
        c("telefoon", "phone", "VARCHAR", g.phones("NL", {"national": 0.6, "intl": 0.2, "e164": 0.2}, 0.7)),
        c("emailadres", "email", "VARCHAR", [v.email_of(g, a, b, "nl") for a, b in pairs]),
        c("beroep", N, "VARCHAR", g.col(g.pick(["verpleegkundige", "timmerman", "docent", "software-ontwikkelaar",
                                                "accountant", "buschauffeur"])), "decoy"),
        c("werkgever", N, "VARCHAR", g.col(g.pick(["Isala Zorggroep", "Bouwbedrijf Kuipers B.V.", "Gemeente Zwolle",
                                                   "Verhoeven Logistiek", "eigen onderneming"])), BUSINESS),
        c("roker", N, "BOOLEAN", g.yn(True, False, 0.18), "decoy"),
        c("lengte_cm", N, "INTEGER", g.ints(150, 205), "decoy"),
        c("gewicht_kg", N, "INTEGER", g.ints(48, 135), "decoy"),
        c("verzekerd_bedrag", N, "DOUBLE", [float(g.rnd.randint(5, 60) * 10_000) for _ in range(g.rows)], "decoy"),
        c("huisarts", "person_name", "VARCHAR", g.col(lambda: f"dr. {v.whole(g, 'nl')}", 0.2), ROLE),
        c("acceptant", "person_name", "VARCHAR", g.col(g.pick(underwriters)), STAFF),
        c("medische_toelichting", "free_text", "VARCHAR", [medical(i) for i in range(g.rows)]),
        c("besluit", N, "VARCHAR", g.col(g.pick(["geaccepteerd", "opslag", "uitgesteld", "afgewezen"])), "decoy"),
    ])


def pl_pension(g: Gen) -> Table:
    """A Polish employee pension fund's members (``ppk.uczestnicy``, Polish snake case): member account, names,
    PESEL (encoding the row's birth date and sex), birth date, address, postcode, town, phone, e-mail, the employer
    and its NIP (``none``), the beneficiary (``uposazony``) with a PESEL (mostly NULL), the beneficiary's share,
    balance, joining date, the fund adviser (few) and ``kod`` (the beneficiary's phone under a misleading name)."""
    advisers = _staff(g, 4, "pl")
    rows = []
    for _ in range(g.rows):
        female = g.rnd.random() < 0.5
        a, b = v.person(g, "pl", female)
        born = g.birth(1962, 2005)
        rows.append((a, b, born, v.pl_pesel(g, born, female)))
    places = [v.city(g, "PL") for _ in range(g.rows)]
    employers = [("Zakłady Mięsne Sikora Sp. z o.o.", v.pl_nip(g)), ("Lubelska Spółdzielnia Mleczarska", v.pl_nip(g)),
                 ("Miejskie Przedsiębiorstwo Komunikacyjne Olsztyn", v.pl_nip(g)), ("Drukarnia Piątek", v.pl_nip(g))]
    emp = [g.rnd.choice(employers) for _ in range(g.rows)]
    beneficiary = g.col(lambda: v.whole(g, "pl"), 0.3)
    ben_pesel = [None if x is None or g.rnd.random() < 0.55 else
                 v.pl_pesel(g, g.birth(1960, 2015), g.rnd.random() < 0.5) for x in beneficiary]
    return Table("ppk.uczestnicy", "pl", "snake", [
        c("nr_rachunku_uczestnika", N, "VARCHAR", g.col(lambda: g.code("PPK/9999/9999999")), "decoy", SHAPE),
        c("imie", "first_name", "VARCHAR", [r[0] for r in rows]),
        c("nazwisko", "last_name", "VARCHAR", [r[1] for r in rows]),
        c("pesel", "national_id", "VARCHAR", [r[3] for r in rows]),
        c("data_urodzenia", "date_of_birth", "DATE", [r[2] for r in rows]),
        c("ulica", "street_address", "VARCHAR", g.col(lambda: v.street(g, "PL"))),
        c("kod_pocztowy", "postal_code", "VARCHAR", [v.postcode(g, "PL", p[1]) for p in places]),
        c("miejscowosc", "city", "VARCHAR", [p[0] for p in places]),
        c("telefon", "phone", "VARCHAR", g.phones("PL", {"national": 0.5, "intl": 0.3, "digits": 0.2}, 0.85, 0.1)),
        c("email", "email", "VARCHAR", [None if g.rnd.random() < 0.3 else v.email_of(g, r[0], r[1], "pl")
                                        for r in rows]),
        c("pracodawca", N, "VARCHAR", [e[0] for e in emp], BUSINESS),
        c("nip_pracodawcy", N, "VARCHAR", [e[1] for e in emp], "decoy", SHAPE, BUSINESS),
        c("uposazony", "person_name", "VARCHAR", beneficiary, ROLE),
        c("uposazony_pesel", "national_id", "VARCHAR", ben_pesel, HEAVY),
        c("udzial_procent", N, "INTEGER", [None if x is None else g.rnd.choice([50, 100, 100]) for x in beneficiary],
          "decoy"),
        c("saldo_pln", N, "DOUBLE", g.amounts(200, 90_000), "decoy"),
        c("data_przystapienia", N, "DATE", g.days("2019-07-01", "2025-10-31"), "decoy"),
        c("opiekun", "person_name", "VARCHAR", g.col(g.pick(advisers)), STAFF),
        c("kod", "phone", "VARCHAR", _aligned(g, beneficiary, lambda: g.phone("PL", g.rnd.choice(["national",
                                                                                                   "intl"]))),
          MISLEADING),
    ])


# -- payroll, fraud, brokerage, bureau -------------------------------------------------------------------------------


def fr_garnishments(g: Gen) -> Table:
    """A French payroll service's wage garnishments (``paie.saisies_remunerations``, French snake case): order id,
    court file number, employee number, the employee's names, NIR (encoding sex, year and month of birth), birth date
    as ``dd/mm/yyyy`` text, address, postcode, town, the creditor (a company: name, SIRET-like number and IBAN
    ``none``), the bailiff (``commissaire de justice``, a person outside the payroll service), amounts, status, the
    payroll clerk (few) and comments."""
    clerks = _staff(g, 3, "fr")
    rows = []
    for _ in range(g.rows):
        female = g.rnd.random() < 0.5
        a, b = v.person(g, "fr", female)
        born = g.birth(1960, 2004)
        rows.append((a, b, born, v.fr_nir(g, born, female)))
    places = [v.city(g, "FR") for _ in range(g.rows)]
    creditors = [("Crédit Dufresne Finance SA", g.digits(14), v.iban(g, "FR")),
                 ("Office Public de l'Habitat de Rennes", g.digits(14), v.iban(g, "FR")),
                 ("Trésor Public - SIE Dijon", g.digits(14), v.iban(g, "FR")),
                 ("Garage Fontaine et Fils SARL", g.digits(14), v.iban(g, "FR"))]
    cred = [g.rnd.choice(creditors) for _ in range(g.rows)]

    def comment(i: int) -> str:
        a, b = rows[i][:2]
        return g.rnd.choice(["Quotité saisissable recalculée après augmentation.",
                             f"Mme {v.whole(g, 'fr')} (ex-conjointe) a appelé pour la pension alimentaire.", "Mainlevée reçue le 12/11.",
                             f"{a} {b} conteste le montant, transmis au greffe.", "Deuxième saisie en concours."])

    return Table("paie.saisies_remunerations", "fr", "snake", [
        c("id_saisie", N, "INTEGER", g.keys(30_001), "decoy", KEY),
        c("ref_dossier_tribunal", N, "VARCHAR", g.col(lambda: g.code("RG 25/99999")), "decoy", SHAPE),
        c("matricule", N, "VARCHAR", g.col(lambda: g.code("M999999")), "decoy", SHAPE),
        c("nom_salarie", "last_name", "VARCHAR", [r[1].upper() for r in rows]),
        c("prenom_salarie", "first_name", "VARCHAR", [r[0] for r in rows]),
        c("nir", "national_id", "VARCHAR", [r[3] for r in rows]),
        c("date_naissance", "date_of_birth", "VARCHAR", [r[2].strftime("%d/%m/%Y") for r in rows], DOB_TEXT),
        c("adresse", "street_address", "VARCHAR", g.col(lambda: v.street(g, "FR"))),
        c("code_postal", "postal_code", "VARCHAR", [v.postcode(g, "FR", p[1]) for p in places]),
        c("ville", "city", "VARCHAR", [p[0] for p in places]),
        c("creancier_raison_sociale", N, "VARCHAR", [x[0] for x in cred], BUSINESS),
        c("creancier_siret", N, "VARCHAR", [x[1] for x in cred], "decoy", SHAPE, BUSINESS),
        c("creancier_iban", N, "VARCHAR", [x[2] for x in cred], BUSINESS, SHAPE),
        c("commissaire_justice", "person_name", "VARCHAR", g.col(lambda: f"Me {v.whole(g, 'fr')}", 0.3), ROLE),
        c("montant_creance", N, "DOUBLE", g.amounts(300, 40_000), "decoy"),
        c("retenue_mensuelle", N, "DOUBLE", g.amounts(20, 900), "decoy"),
        c("statut", N, "VARCHAR", g.col(g.pick(["active", "suspendue", "soldée", "mainlevée"])), "decoy"),
        c("gestionnaire_paie", "person_name", "VARCHAR", g.col(g.pick(clerks)), STAFF),
        c("commentaire", "free_text", "VARCHAR", g.col(lambda: comment(g.rnd.randrange(g.rows)), 0.35)),
    ])


def uk_fraud_cases(g: Gen) -> Table:
    """A UK bank's fraud case log exported from a mainframe (SCREAMING case): case number, times, fraud type and
    channel, the victim's name, phone and postcode, ``REF2`` (the victim's e-mail) and ``MISC_1`` (the victim's
    street address) under misleading names, ``C17`` (birth date as a ``yyyymmdd`` integer) and ``F_08`` (the
    suspect's phone) under opaque names, the suspect's name (mostly NULL), the mule account's IBAN, device id, login
    IP, amounts, the rule hit, the investigator (few) and the narrative (naming people)."""
    investigators = _staff(g, 6, "en")
    pairs = [v.person(g, "en") for _ in range(g.rows)]
    places = [v.city(g, "GB") for _ in range(g.rows)]
    suspect = g.col(lambda: v.whole(g, "en"), 0.75)

    def narrative(i: int) -> str:
        a, b = pairs[i]
        return g.rnd.choice([f"{a} {b} was called by someone claiming to be from the bank's fraud team.",
                             "Romance scam; victim transferred savings over four months.",
                             f"Victim's grandson {v.given(g, 'en')} raised the alarm at the branch.",
                             f"Invoice redirection: builder's e-mail spoofed, funds sent to {v.whole(g, 'en')}.",
                             "Card-not-present fraud, card cancelled and reissued."])

    return Table("FRAUD.CASE_LOG", "en", "screaming", [
        c("CASE_NO", N, "VARCHAR", g.col(lambda: g.code("FRD/25/999999")), "decoy", SHAPE),
        c("OPENED_TS", N, "TIMESTAMP", g.moments("2025-04-01", "2025-12-15"), "decoy"),
        c("FRAUD_TYPE", N, "VARCHAR", g.col(g.pick(["APP_SCAM", "ACCOUNT_TAKEOVER", "CNP", "ROMANCE", "INVOICE"])),
          "decoy"),
        c("CHANNEL", N, "VARCHAR", g.col(g.pick(["FPS", "CHAPS", "CARD", "BRANCH"])), "decoy"),
        c("VICTIM_NAME", "person_name", "VARCHAR", [f"{b.upper()}, {a.upper()}" for a, b in pairs]),
        c("VICTIM_PHONE", "phone", "VARCHAR", g.phones("GB", {"national": 0.5, "intl": 0.3, "digits": 0.2}, 0.7)),
        c("VICTIM_POSTCODE", "postal_code", "VARCHAR", [v.postcode(g, "GB", p[1]) for p in places]),
        c("REF2", "email", "VARCHAR", [v.email_of(g, a, b, "en") if g.rnd.random() < 0.8 else None
                                       for a, b in pairs], MISLEADING),
        c("MISC_1", "street_address", "VARCHAR", g.col(lambda: v.street(g, "GB").upper(), 0.1), MISLEADING),
        c("C17", "date_of_birth", "INTEGER", [int(g.birth(1930, 2005).strftime("%Y%m%d")) for _ in range(g.rows)],
          OPAQUE, DOB_INT),
        c("F_08", "phone", "VARCHAR", g.phones("GB", {"e164": 0.6, "intl": 0.4}, 1.0, 0.4), OPAQUE),
        c("SUSPECT_NAME", "person_name", "VARCHAR", suspect, HEAVY),
        c("MULE_IBAN", "iban", "VARCHAR", g.col(lambda: v.iban(g, "GB"), 0.3)),
        c("DEVICE_ID", N, "VARCHAR", g.col(lambda: g.uuid().upper(), 0.2), "decoy", SHAPE),
        c("LOGIN_IP", "ip_address", "VARCHAR", g.col(lambda: g.ip(0.25), 0.3)),
        c("LOSS_AMT", N, "DOUBLE", g.amounts(20, 85_000), "decoy"),
        c("RECOVERED_AMT", N, "DOUBLE", g.amounts(0, 5_000), "decoy"),
        c("RULE_HIT", N, "VARCHAR", g.col(g.pick(["R101_NEW_PAYEE_HIGH_VALUE", "R214_DEVICE_CHANGE", "R330_COP_FAIL",
                                                  "R412_VULNERABLE_FLAG"])), "decoy", SHAPE),
        c("INVESTIGATOR", "person_name", "VARCHAR", g.col(g.pick(investigators)), STAFF),
        c("NARRATIVE", "free_text", "VARCHAR", [narrative(i) for i in range(g.rows)]),
    ])


def br_brokerage(g: Gen) -> Table:
    """A Brazilian brokerage's account openings (``corretora.aberturaConta``, Portuguese camelCase): account number,
    protocol UUID, full name, mother's name, CPF (formatted and bare), birth date, address, CEP, city, state
    (``none``), mobile, e-mail, occupation and employer (``none``), monthly income, suitability profile, the adviser
    (few), the sign-up IP, a bcrypt password hash (``none``, tag ``credential``) and remarks (naming people)."""
    advisers = _staff(g, 5, "pt")
    pairs = [v.person(g, "pt") for _ in range(g.rows)]
    places = [v.city(g, "BR") for _ in range(g.rows)]
    alphabet = "./ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"

    def remark() -> str:
        return g.rnd.choice(["Documento com foto ilegível, reenviado.", f"Indicação do cliente {v.whole(g, 'pt')}.",
                             "Investidor qualificado declarado.", f"Conta conjunta com o cônjuge {v.given(g, 'pt')}.",
                             "Selfie reprovada na primeira tentativa."])

    return Table("corretora.aberturaConta", "pt", "camel", [
        c("numeroConta", N, "VARCHAR", g.col(lambda: g.code("999999-9")), "decoy", SHAPE),
        c("protocolo", N, "VARCHAR", g.col(g.uuid), "decoy", SHAPE),
        c("nomeCompleto", "person_name", "VARCHAR", [f"{a} {b}" for a, b in pairs]),
        c("nomeMae", "person_name", "VARCHAR", g.col(lambda: f"{v.person(g, 'pt', True)[0]} {v.person(g, 'pt')[1]}",
                                                      0.1), ROLE),
        c("cpf", "national_id", "VARCHAR", g.col(lambda: v.br_cpf(g, g.rnd.random() < 0.7))),
        c("dataNascimento", "date_of_birth", "DATE", g.births(1950, 2006)),
        c("enderecoResidencial", "street_address", "VARCHAR", g.col(lambda: v.street(g, "BR"))),
        c("cep", "postal_code", "VARCHAR", [v.postcode(g, "BR", p[1]) for p in places]),
        c("cidade", "city", "VARCHAR", [p[0] for p in places]),
        c("uf", N, "VARCHAR", g.col(g.pick(["PE", "GO", "PA", "SC", "SP", "RN", "PR"])), "decoy"),
        c("celular", "phone", "VARCHAR", g.phones("BR", {"national": 0.6, "intl": 0.2, "e164": 0.2})),
        c("email", "email", "VARCHAR", [v.email_of(g, a, b, "pt") for a, b in pairs]),
        c("profissao", N, "VARCHAR", g.col(g.pick(["engenheiro(a)", "médico(a)", "servidor(a) público(a)",
                                                   "empresário(a)", "professor(a)"])), "decoy"),
        c("empregador", N, "VARCHAR", g.col(g.pick(["Construtora Siqueira Ltda.", "Prefeitura de Recife",
                                                    "Hospital Santa Clara", "autônomo"])), BUSINESS),
        c("rendaMensal", N, "DOUBLE", g.amounts(1_500, 80_000), "decoy"),
        c("perfilSuitability", N, "VARCHAR", g.col(g.pick(["conservador", "moderado", "arrojado"])), "decoy"),
        c("assessor", "person_name", "VARCHAR", g.col(g.pick(advisers)), STAFF),
        c("ipCadastro", "ip_address", "VARCHAR", g.col(lambda: g.ip(0.3))),
        c("senhaHash", N, "VARCHAR", g.col(lambda: f"$2b$10${g.digits(53, alphabet)}"), "decoy", CREDENTIAL),
        c("observacoes", "free_text", "VARCHAR", g.col(remark, 0.4)),
    ])


def se_credit_inquiries(g: Gen) -> Table:
    """A Swedish credit bureau's inquiry log (``kreditupplysning.forfragningar``, Swedish snake case): inquiry id,
    the subject's personnummer, name, address, postcode and town, phone (mostly NULL), ``attr_x`` (the subject's
    e-mail under a misleading name), the requesting company and its organisation number (``none``), purpose, time,
    score and risk forecast, the handler's login, whether the copy letter was sent, and the requester's API key
    (``none``, tag ``credential``)."""
    handlers = _logins(g, 4, "sv", 2)
    births = g.births(1940, 2005)
    pairs = [v.person(g, "sv") for _ in range(g.rows)]
    places = [v.city(g, "SE") for _ in range(g.rows)]
    requesters = [("Norrlands Sparbank AB", v.se_orgnr(g)), ("Hedlunds Bil i Gävle AB", v.se_orgnr(g)),
                  ("Kreditfinans Sverige AB", v.se_orgnr(g)), ("Bostadsbolaget Karlstad AB", v.se_orgnr(g))]
    req = [g.rnd.choice(requesters) for _ in range(g.rows)]
    return Table("kreditupplysning.forfragningar", "sv", "snake", [
        c("forfragan_id", N, "BIGINT", g.keys(80_000_001), "decoy", KEY),
        c("personnummer", "national_id", "VARCHAR", [v.se_personnummer(g, d) for d in births]),
        c("namn", "person_name", "VARCHAR", [f"{a} {b}" for a, b in pairs]),
        c("utdelningsadress", "street_address", "VARCHAR", g.col(lambda: v.street(g, "SE"))),
        c("postnummer", "postal_code", "VARCHAR", [v.postcode(g, "SE", p[1]) for p in places]),
        c("postort", "city", "VARCHAR", [p[0].upper() for p in places]),
        c("telefon", "phone", "VARCHAR", g.phones("SE", {"national": 0.7, "e164": 0.3}, 0.8, 0.65), HEAVY),
        c("attr_x", "email", "VARCHAR", [v.email_of(g, a, b, "sv") if g.rnd.random() < 0.7 else None
                                         for a, b in pairs], MISLEADING),
        c("forfragare", N, "VARCHAR", [r[0] for r in req], BUSINESS),
        c("forfragare_orgnr", N, "VARCHAR", [r[1] for r in req], "decoy", SHAPE, BUSINESS),
        c("syfte", N, "VARCHAR", g.col(g.pick(["blancolån", "billån", "hyresavtal", "kontokredit"])), "decoy"),
        c("tidpunkt", N, "TIMESTAMP", g.moments("2025-09-01", "2025-12-31"), "decoy"),
        c("kreditbetyg", N, "VARCHAR", g.col(g.pick(["A", "B", "C", "D", "E"])), "decoy"),
        c("riskprognos_procent", N, "DOUBLE", g.floats(0.1, 45, 2), "decoy"),
        c("handlaggare", USERNAME, "VARCHAR", g.col(g.pick(handlers)), USER),
        c("kopia_skickad", N, "BOOLEAN", g.yn(True, False, 0.97), "decoy"),
        c("api_nyckel", N, "VARCHAR", g.col(lambda: v.token(g, "uc_live_", 32)), "decoy", CREDENTIAL),
    ])


BUILDERS: list[tuple[Callable[[Gen], Table], int]] = [
    (mt103_inbound, 420), (pacs008_credit_transfers, 600), (sepa_mandate, 500), (aml_alerts, 550),
    (kyc_reviews, 380), (card_chargebacks, 650), (es_collections, 450), (it_wealth_profile, 300),
    (nl_underwriting, 350), (pl_pension, 480), (fr_garnishments, 320), (uk_fraud_cases, 400),
    (br_brokerage, 520), (se_credit_inquiries, 700),
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
