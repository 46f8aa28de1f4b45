"""Held-out set v117 for the column classifier: 15 tables of *coworking spaces, virtual offices and mail-forwarding
services* (virtual mailbox applications under USPS Form 1583, coworking memberships, guest check-ins, registered
office providers' anti-money-laundering checks, mail and parcel receiving logs, parcel forwarding to the Caribbean,
executive suites' personal guarantors, business address and mail-handling contracts, identity verification of mail
forwarding customers), one system per table and each a different organisation, eight with English column names and
seven in other languages:

* ``mailbox_atx.form1583_applications``: an Austin, Texas virtual mailbox operator's Form 1583 applications (snake
  case; driving licence and passport numbers, case numbers shaped like SSNs failing the check, PMB numbers, the
  applicant's business, additional recipients, notaries, a card on file, a portal login, ``misc_1``);
* ``deskHive.memberships``: a Manchester coworking space's members (camel case; cards, Companies House numbers,
  access fob ids, an emergency contact, a Wi-Fi login, app versions, ``customField2``);
* ``RegisteredOffice.KycChecks``: an Edinburgh registered office and virtual office provider's AML checks on company
  directors (Pascal case; passport numbers, UTRs, a person with significant control and the month and year of their
  birth, ``Udf3``);
* ``PARCELHOP_JM.MAILBOX_ACCOUNTS``: a Kingston parcel forwarding company's customers with a Miami suite (SCREAMING
  case; TRN, air waybills and tracking numbers, authorised pick-up persons, ``CUSTOM_FIELD_1``);
* ``vo_syd.mail_rcv``: a Sydney virtual office's mail receiving log (abbreviated: ``cli_fnm``, ``rcpt_nm``,
  ``fwd_addr``; the client's ABN, senders, tracking numbers, scan links);
* ``EXECSTE.TGUAR-EXTRACT``: a Chicago executive suites operator's personal guarantors of office licences, a COBOL
  extract (legacy: padded CHAR, ``YYYYMMDD`` integers, the guarantor's SSN and phone as numbers with 0 for missing,
  licence numbers shaped like SSNs failing the check, the tenant company's EIN, ``TG-USER-FLD-1``);
* ``stg_bkk_cowork.src_member_raw``: a Bangkok coworking space's member sign-ups as an opaque staging table
  (``col01`` to ``col18``: Thai identification numbers, passport numbers, invoice numbers failing the PIN check, the
  member company's tax id, a ``dd-mm-yyyy`` birth date, hashes, IPs);
* ``hatch_yvr.guest_checkins``: a Vancouver coworking space's guest check-ins (snake case; the host member, badges,
  Wi-Fi vouchers, device MAC addresses, IPs);
* ``domiciliacion_vlc.contratos_domicilio``: a Valencia business address provider's contracts (Spanish; DNI/NIE,
  IBAN, the client company's CIF, a person authorised to collect mail, contract numbers failing the DNI letter,
  ``campo_libre_2``);
* ``DOMICMI.DMCLIP``: a Milan company registered office provider's AS/400 client file (Italian, legacy: ``DM`` prefix,
  ``CYYMMDD`` decimals, codice fiscale encoding the birth date, place of birth, phone and CAP as decimals, partita
  IVA, IBAN, ``DMUDF2``);
* ``VirtueelKantoorRotterdam.Inschrijvingen``: a Rotterdam virtual office's sign-ups for a registered business address
  (Dutch, Pascal case; BSN, identity document numbers, ``Tussenvoegsel``, IBAN, KvK numbers, contract numbers failing
  the eleven-test, an authorised person, ``VrijVeld2``);
* ``wirtualne_biuro_wroclaw.umowy``: a Wrocław virtual office's contracts (Polish; PESEL encoding the birth date,
  identity card numbers, NIP, REGON, IBAN, a proxy, contract numbers failing the PESEL check, ``pole_dodatkowe_1``);
* ``sanalOfisAnkara.aboneler``: an Ankara virtual office's subscribers (Turkish, camel case; T.C. kimlik no, the
  firm's tax number, IBAN, an emergency contact, contract numbers failing the kimlik check, ``ozelAlan1``);
* ``yuubin_tensou_fukuoka.honnin_kakunin``: a Fukuoka mail forwarding operator's identity verification records
  (romanized Japanese column names, values in kanji and katakana; driving licence and residence card numbers, the
  customer's corporate number, a forwarding address, ``jiyuu_koumoku_2``);
* ``коворкинг_нск.резиденты``: a Novosibirsk coworking space's residents (Russian, Cyrillic column names and values;
  INN, SNILS, passport series and number, patronymics, the resident company's INN, contract numbers failing the INN
  check, ``доп_поле_2``).

Written **blind**, like v2 to v116: by someone who has read neither the classifier (``governance_dagster/detect/``)
nor its documentation, tests, changelog or notes, only the list of kind names (``governance_dagster/kinds.py``), how
the scorer registers a set (``heldout_v2_accuracy.py``), the structure and labeling conventions of v27 and v98 (their
modules, their tests and ``tests/heldout_support.py``), v107's docstring and test, the module docstrings of v24 to
v116 (to avoid their domains and follow their conventions), the ``LANGUAGES`` line of the tests of v100 to v116 (to
vary the languages) and the ``Column``/``Table`` classes and writer of v2 and v4. The classifier was not run on this set while it was written, no scorer was run on it, and no score was looked at.
It was written under a short deadline (50 minutes, the tests and lint included), so some labels are quick decisions
rather than settled conventions.

Labeling choices a reader may question:

* a virtual office's or mailbox's customer is often a sole trader or a small company, but the applicant, director,
  member, resident or subscriber is a person: their names, home addresses, phones, e-mails, identity numbers and
  IBANs are personal; the customer's company name, company number, EIN, ABN, CIF, partita IVA, KvK, NIP, REGON,
  Turkish tax number, Thai company tax id, Japanese corporate number and a Russian company INN are ``none`` (tag
  ``business``), as are the operator's branch, building and company phones and a Miami warehouse suite;
* a US SSN and a Russian SNILS are ``ssn`` (SNILS checked here, not by python-stdnum); a UK UTR, a Jamaican TRN (by
  shape only), a Thai identification number, DNI/NIE, codice fiscale, BSN, a Dutch identity document number, PESEL,
  a Polish identity card number (checked here), T.C. kimlik no, a personal INN, a Russian passport number, a
  Japanese residence card number and passport numbers are ``national_id``; Texas and Japanese driving licence numbers
  are ``national_id`` (tag ``licence``, by shape only);
* PMB, suite, mailbox account, contract, licence, case, invoice, check reference and access fob numbers, air waybills
  and parcel tracking numbers, Wi-Fi vouchers and badges are ``none`` (tag ``decoy``, ``value_shape`` when shaped like
  an identifier); a device's MAC address in a guest log is ``none`` (tag ``decoy``): it names a device, and no kind
  fits it;
* notaries, community managers, compliance officers, customs brokers, mail room staff, leasing agents, front desk
  hosts and account managers (``gestor``, ``DMOPER``, ``Accountmanager``, ``opiekun_klienta``,
  ``musteriTemsilcisi``, ``tantousha``, ``менеджер``) are staff (``person_name``, tag ``staff``); additional
  recipients, emergency contacts, a person with significant control, authorised pick-up persons, a proxy
  (``pelnomocnik``, ``Gemachtigde``, ``representante_autorizado``), a host member and a personal guarantor are
  personal (tag ``role_word``);
* the name on an envelope (``rcpt_nm``: the client or someone at the client's address) is ``person_name``; senders of
  mail (``sndr_co``: tax offices, banks, utilities) are ``none`` (tag ``business``); a forwarding address
  (``fwd_addr``, ``tensousaki_juusho``) is ``street_address``: the addresses generated are homes;
* a PSC's month and year of birth (``PscBirthMonthYear``, ``MM/YYYY``) is ``date_of_birth``, as are numeric dates of
  birth (``YYYYMMDD``, ``CYYMMDD``) and a ``dd-mm-yyyy`` string in an opaque column; licence, contract, sign-up, visit
  and scan dates are ``none``;
* a Russian patronymic (``отчество``) is ``first_name`` (like a middle name in earlier sets); a Dutch
  ``Tussenvoegsel`` and Spanish ``apellidos`` are ``last_name``; a place of birth (``DMLNAS``) is ``city``; a Bangkok
  khet, an Ankara ilçe, a Japanese municipality, a Sydney suburb and a Jamaican town are ``city``; a US state, an
  Australian state, a Spanish or Italian province, a Jamaican parish and a Turkish il are ``none``;
* opaque custom fields holding, by row, a phone, an e-mail or a name are ``free_text`` (tag ``custom_field``); a
  portal, Wi-Fi or app login is ``unclassified`` (tag ``username``); a card's last four digits and expiry are
  ``none``.

Every value is generated here from :data:`SEED` (one ``random.Random`` per table, named after its builder) with
python-stdnum for check digits, phonenumbers for phone validity and formats, and the lists of
:mod:`benchmarks.classification.heldout_v117_values`, written for v117 (no Faker, no list of real people, no breach
data). Build: ``python -m benchmarks.classification.heldout_v117 [PATH]`` (default ``/tmp/heldout_v117.duckdb``).
Score: ``python -m benchmarks.classification.heldout_v2_accuracy --set v117``.
"""
from __future__ import annotations

import sys
from collections.abc import Callable
from datetime import date
from pathlib import Path

from benchmarks.classification import heldout_v4
from benchmarks.classification import heldout_v117_values as v
from benchmarks.classification.heldout_v2 import Column, Table
from benchmarks.classification.heldout_v117_values import NULLISH, SEED, USERNAME, Gen, N, c

__all__ = ["BUILDERS", "DEFAULT_PATH", "NULLISH", "SEED", "USERNAME", "Column", "Gen", "Table", "build", "labels",
           "summary", "tables"]

DEFAULT_PATH = Path("/tmp/heldout_v117.duckdb")

NULLWORD = "nullword_heavy"  # 70-95% NULL words
HEAVY = "null_heavy"  # 50-95% NULL
SHAPE = "value_shape"
STAFF = "staff"  # notaries, community managers, compliance officers, mail room and front desk staff (few distinct)
ROLE = "role_word"  # a role word (emergency contact, guarantor, proxy, authorised pick-up, host ...) holding people
ABBREV = "abbrev"
KEY = "join_key"
LEGACY = "legacy"
OPAQUE = "opaque"
CUSTOM = "custom_field"  # an opaque custom field holding, by row, a phone, an e-mail or a name (free_text)
LICENCE = "licence"  # a driving licence number (national_id, by shape only)
BUSINESS = "business"


def _words(*extra: str) -> tuple[str, ...]:
    return ("", "-", "N/A", "unknown", "NULL") + extra


def _staff(g: Gen, n: int, lang: str) -> list[str]:
    out: set[str] = set()
    while len(out) < n:
        out.add(v.whole(g, lang))
    return sorted(out)


def _custom(g: Gen, region: str, lang: str, null: float = 0.3) -> list[str | None]:
    """An opaque custom field: by row a phone, an e-mail or a name (or NULL)."""
    def one() -> str:
        r = g.rnd.random()
        if r < 0.4:
            return g.phone(region, "national")
        if r < 0.7:
            if lang == "ja":
                return v.romaji_email(g, v.DOMAINS[lang])
            return v.email_of(g, *v.person(g, lang), v.DOMAINS[lang])
        return v.whole(g, lang)
    return g.col(one, null)


def _pad(values: list, width: int) -> list:
    return [None if x is None else f"{str(x)[:width]:<{width}}" for x in values]


def _ymd(d: date | None) -> int:
    return 0 if d is None else d.year * 10_000 + d.month * 100 + d.day


def _cyymmdd(d: date | None) -> int:
    return 0 if d is None else (d.year // 100 - 19) * 1_000_000 + (d.year % 100) * 10_000 + d.month * 100 + d.day


def _firms(g: Gen, names: list[str], region: str, ident: Callable[[], str] | None = None) -> list[tuple[str, ...]]:
    """The businesses of a table: (name, landline phone, identifier)."""
    return [(name, g.phone(region, "national", False), ident() if ident else "") for name in names]


# -- English-named tables ----------------------------------------------------------------------------------------------


def us_form1583(g: Gen) -> Table:
    """An Austin virtual mailbox operator's USPS Form 1583 applications (snake case)."""
    pairs = [v.person(g, "us") for _ in range(g.rows)]
    places = [g.rnd.choice(v.TX_CITIES) for _ in range(g.rows)]
    firms = _firms(g, v.US_BUSINESSES, "US")
    firm = [g.rnd.randrange(len(firms)) if g.rnd.random() < 0.55 else None for _ in range(g.rows)]
    notaries = _staff(g, 5, "us")
    id_types = [g.rnd.choice(["Driver License", "Driver License", "Passport", "State ID"]) for _ in range(g.rows)]

    def photo_id(kind: str) -> str:
        return g.code("A99999999") if kind == "Passport" else str(g.rnd.randint(1, 4)) + g.digits(7)

    def note() -> str:
        return g.rnd.choice(["Hold all packages until return from Denver", f"Also accept mail for {v.whole(g)}",
                             "Scan envelopes only, shred junk", f"Spouse {v.given(g)} may pick up",
                             "Forward weekly to home address"])

    return Table("mailbox_atx.form1583_applications", "en", "snake", [
        c("application_id", N, "BIGINT", g.keys(41_001), "decoy", KEY),
        c("pmb_number", N, "VARCHAR", g.col(lambda: f"PMB {g.rnd.randint(100, 2999)}"), "decoy", SHAPE),
        c("case_number", N, "VARCHAR", g.col(lambda: v.us_ssn_decoy(g)), "decoy", SHAPE),
        c("applicant_first_name", "first_name", "VARCHAR", [a for a, _ in pairs]),
        c("applicant_last_name", "last_name", "VARCHAR", [b for _, b in pairs]),
        c("applicant_dob", "date_of_birth", "DATE", g.col(lambda: g.birth(1950, 2004), 0.3)),
        c("home_street", "street_address", "VARCHAR", g.col(lambda: v.street(g, v.TX_STREETS), 0.05)),
        c("home_city", "city", "VARCHAR", [p[0] for p in places]),
        c("home_state", N, "VARCHAR", ["TX"] * g.rows, "decoy"),
        c("home_zip", "postal_code", "VARCHAR", [p[1] + g.digits(2) for p in places]),
        c("mobile_phone", "phone", "VARCHAR", g.phones("US", {"national": 0.5, "dashes": 0.3, "e164": 0.2}, 0.9)),
        c("email", "email", "VARCHAR", [v.email_of(g, a, b, v.DOMAINS["us"]) for a, b in pairs]),
        c("photo_id_type", N, "VARCHAR", id_types, "decoy"),
        c("photo_id_number", "national_id", "VARCHAR", [photo_id(k) for k in id_types], LICENCE),
        c("address_id_type", N, "VARCHAR", g.col(g.pick(["Lease", "Utility bill", "Voter card", "Vehicle reg."])),
          "decoy"),
        c("business_name", N, "VARCHAR", [None if f is None else firms[f][0] for f in firm], BUSINESS),
        c("business_phone", N, "VARCHAR", [None if f is None else firms[f][1] for f in firm], BUSINESS),
        c("additional_recipient_name", "person_name", "VARCHAR", g.col(lambda: v.whole(g), 0.72), ROLE, HEAVY),
        c("notary_name", "person_name", "VARCHAR", g.col(g.pick(notaries)), STAFF),
        c("card_on_file", "credit_card", "VARCHAR", g.col(lambda: v.card(g), 0.15)),
        c("portal_login", USERNAME, "VARCHAR", [v.login(a, b, i) for i, (a, b) in enumerate(pairs)], "username"),
        c("last_login_ip", "ip_address", "VARCHAR", g.col(g.ip, 0.1)),
        c("form_signed_at", N, "TIMESTAMP", g.moments("2024-01-01", "2025-11-30"), "decoy"),
        c("misc_1", "free_text", "VARCHAR", _custom(g, "US", "us"), CUSTOM),
        c("mail_notes", "free_text", "VARCHAR", g.sparse(note, 0.78, _words("none")), NULLWORD),
    ])


def gb_deskhive(g: Gen) -> Table:
    """A Manchester coworking space's memberships (camel case)."""
    pairs = [v.person(g, "mcr") for _ in range(g.rows)]
    firms = _firms(g, v.GB_COMPANIES, "GB", lambda: g.digits(8, "0123456789"))
    firm = [g.rnd.randrange(len(firms)) for _ in range(g.rows)]
    managers = _staff(g, 4, "mcr")

    def note() -> str:
        return g.rnd.choice([f"Brings dog Biscuit, ok'd by {v.given(g, 'mcr')}", "Wants a locker near the window",
                             f"Invoice to finance contact {v.whole(g, 'mcr')}", "Paused membership over summer"])

    return Table("deskHive.memberships", "en", "camel", [
        c("memberId", N, "BIGINT", g.keys(70_001), "decoy", KEY),
        c("memberFirstName", "first_name", "VARCHAR", [a for a, _ in pairs]),
        c("memberLastName", "last_name", "VARCHAR", [b for _, b in pairs]),
        c("memberEmail", "email", "VARCHAR", [v.email_of(g, a, b, v.DOMAINS["mcr"]) for a, b in pairs]),
        c("mobileNumber", "phone", "VARCHAR", g.phones("GB", {"national": 0.6, "intl": 0.2, "e164": 0.2}, 1.0, 0.05)),
        c("dateOfBirth", "date_of_birth", "DATE", g.col(lambda: g.birth(1960, 2004), 0.72), HEAVY),
        c("homePostcode", "postal_code", "VARCHAR", g.col(lambda: f"{g.rnd.choice(v.MCR_DISTRICTS)} {g.code('9AA')}",
                                                          0.2)),
        c("companyName", N, "VARCHAR", [firms[i][0] for i in firm], BUSINESS),
        c("companyNumber", N, "VARCHAR", [firms[i][2] for i in firm], BUSINESS, SHAPE),
        c("companyPhone", N, "VARCHAR", [firms[i][1] for i in firm], BUSINESS),
        c("planName", N, "VARCHAR", g.col(g.pick(["Hot Desk", "Fixed Desk", "Private Office 4", "Virtual + Mail",
                                                   "Nomad 10 Days"])), "decoy"),
        c("deskNumber", N, "VARCHAR", g.col(lambda: g.code("A-99"), 0.4), "decoy"),
        c("accessFobId", N, "VARCHAR", g.col(lambda: g.code("xxxxxxxx").upper()), "decoy", SHAPE),
        c("billingCard", "credit_card", "VARCHAR", g.col(lambda: v.card(g), 0.6), HEAVY),
        c("cardExpiry", N, "VARCHAR", g.col(lambda: f"{g.rnd.randint(1, 12):02d}/{g.rnd.randint(26, 31)}"), "decoy"),
        c("emergencyContactName", "person_name", "VARCHAR", g.col(lambda: v.whole(g, "mcr"), 0.35), ROLE),
        c("emergencyContactPhone", "phone", "VARCHAR", g.phones("GB", {"national": 0.8, "e164": 0.2}, 0.8, 0.4),
          ROLE),
        c("communityManager", "person_name", "VARCHAR", g.col(g.pick(managers)), STAFF),
        c("wifiUsername", USERNAME, "VARCHAR", [v.login(a, b, i + 1) for i, (a, b) in enumerate(pairs)],
          "username"),
        c("lastSeenIp", "ip_address", "VARCHAR", g.col(g.ip, 0.2)),
        c("joinedOn", N, "DATE", g.days("2021-03-01", "2025-11-30"), "decoy"),
        c("monthlyFee", N, "DOUBLE", g.amounts(99, 1_450), "decoy"),
        c("appVersion", N, "VARCHAR", g.col(g.version), "decoy", SHAPE),
        c("customField2", "free_text", "VARCHAR", _custom(g, "GB", "mcr"), CUSTOM),
        c("memberNotes", "free_text", "VARCHAR", g.sparse(note, 0.8, _words("n/a")), NULLWORD),
    ])


def sc_registered_office(g: Gen) -> Table:
    """An Edinburgh registered office and virtual office provider's AML checks on directors (Pascal case)."""
    firms = _firms(g, v.SC_COMPANIES, "GB", lambda: "SC" + g.digits(6))
    firm = [g.rnd.randrange(len(firms)) for _ in range(g.rows)]
    births = g.births(1948, 2003)
    places = [g.rnd.choice(v.SC_TOWNS) for _ in range(g.rows)]
    pairs = [v.person(g, "gb") for _ in range(g.rows)]
    officers = _staff(g, 3, "gb")
    psc = [g.rnd.random() < 0.45 for _ in range(g.rows)]

    def note() -> str:
        return g.rnd.choice([f"Director {v.whole(g, 'gb')} resigned, new KYC needed", "Proof of address expired",
                             "Enhanced due diligence: overseas PSC", f"Spoke to {v.given(g, 'gb')} re missing ID"])

    return Table("RegisteredOffice.KycChecks", "en", "pascal", [
        c("CheckId", N, "BIGINT", g.keys(5_001), "decoy", KEY),
        c("ClientCompanyName", N, "VARCHAR", [firms[i][0] for i in firm], BUSINESS),
        c("CompanyNumber", N, "VARCHAR", [firms[i][2] for i in firm], BUSINESS, SHAPE),
        c("DirectorFullName", "person_name", "VARCHAR", [f"{a} {b}" for a, b in pairs]),
        c("DateOfBirth", "date_of_birth", "DATE", births),
        c("Nationality", N, "VARCHAR", g.col(g.pick(["British", "British", "Polish", "Indian", "Irish", "Nigerian"])),
          "decoy"),
        c("PassportNumber", "national_id", "VARCHAR", g.col(lambda: g.digits(9), 0.25)),
        c("PersonalUtr", "national_id", "VARCHAR", g.col(lambda: v.utr(g), 0.62), HEAVY),
        c("ResidentialAddress", "street_address", "VARCHAR", g.col(lambda: v.street(g, v.SC_STREETS, "gb"))),
        c("ResidentialTown", "city", "VARCHAR", [p[0] for p in places]),
        c("ResidentialPostcode", "postal_code", "VARCHAR", [f"{p[1]} {g.code('9AA')}" for p in places]),
        c("MobileNumber", "phone", "VARCHAR", g.phones("GB", {"national": 0.5, "e164": 0.5}, 1.0, 0.1)),
        c("EmailAddress", "email", "VARCHAR", [v.email_of(g, a, b, v.DOMAINS["gb"]) for a, b in pairs]),
        c("PscName", "person_name", "VARCHAR", [v.whole(g, "gb") if p else None for p in psc], ROLE, HEAVY),
        c("PscBirthMonthYear", "date_of_birth", "VARCHAR",
          [f"{g.rnd.randint(1, 12):02d}/{g.rnd.randint(1945, 2000)}" if p else None for p in psc], ROLE, HEAVY),
        c("IdCheckReference", N, "VARCHAR", g.col(lambda: g.code("IDV-xxxxxxxx-99")), "decoy", SHAPE),
        c("RiskRating", N, "VARCHAR", g.col(g.pick(["Low", "Low", "Medium", "High"])), "decoy"),
        c("PepMatch", N, "BOOLEAN", g.yn(True, False, 0.03), "decoy"),
        c("ComplianceOfficer", "person_name", "VARCHAR", g.col(g.pick(officers)), STAFF),
        c("MailHandling", N, "VARCHAR", g.col(g.pick(["Scan and email", "Forward weekly", "Collect", "Forward daily"])),
          "decoy"),
        c("CheckedAt", N, "TIMESTAMP", g.moments("2024-06-01", "2025-11-30"), "decoy"),
        c("Udf3", "free_text", "VARCHAR", _custom(g, "GB", "gb"), CUSTOM),
        c("ReviewNotes", "free_text", "VARCHAR", g.sparse(note, 0.75, _words()), NULLWORD),
    ])


def jm_parcel_forwarding(g: Gen) -> Table:
    """A Kingston parcel forwarding company's customers, each with a Miami warehouse suite (SCREAMING case)."""
    pairs = [v.person(g, "jm") for _ in range(g.rows)]
    places = [g.rnd.choice(v.JM_TOWNS) for _ in range(g.rows)]
    brokers = _staff(g, 4, "jm")
    branches = ["Half Way Tree Branch", "Portmore Pines Branch", "Mandeville Branch", "Montego Bay Branch"]
    pickup = [g.rnd.random() < 0.35 for _ in range(g.rows)]
    suites = [g.rnd.randint(10_000, 99_999) for _ in range(g.rows)]
    return Table("PARCELHOP_JM.MAILBOX_ACCOUNTS", "en", "screaming", [
        c("ACCOUNT_NO", N, "VARCHAR", [f"PHJ-{s}" for s in suites], "decoy", SHAPE),
        c("MIAMI_SUITE", N, "VARCHAR", [f"7855 NW 29th St Ste PHJ{s}" for s in suites], BUSINESS),
        c("FIRST_NAME", "first_name", "VARCHAR", [a for a, _ in pairs]),
        c("LAST_NAME", "last_name", "VARCHAR", [b for _, b in pairs]),
        c("TRN", "national_id", "VARCHAR", g.col(lambda: "1" + g.digits(8), 0.2)),
        c("DATE_OF_BIRTH", "date_of_birth", "DATE", g.col(lambda: g.birth(1955, 2005), 0.6), HEAVY),
        c("MOBILE", "phone", "VARCHAR", g.phones("JM", {"national": 0.6, "dashes": 0.2, "e164": 0.2}, 0.9)),
        c("EMAIL", "email", "VARCHAR", [v.email_of(g, a, b, v.DOMAINS["jm"]) for a, b in pairs]),
        c("DELIVERY_ADDRESS", "street_address", "VARCHAR", g.col(lambda: v.street(g, v.JM_STREETS, "jm"), 0.1)),
        c("TOWN", "city", "VARCHAR", [p[0] for p in places]),
        c("PARISH", N, "VARCHAR", [p[1] for p in places], "decoy"),
        c("AUTHORISED_PICKUP_NAME", "person_name", "VARCHAR", [v.whole(g, "jm") if p else None for p in pickup], ROLE,
          HEAVY),
        c("AUTHORISED_PICKUP_PHONE", "phone", "VARCHAR",
          [g.phone("JM", "national") if p and g.rnd.random() < 0.8 else None for p in pickup], ROLE, HEAVY),
        c("LAST_AWB", N, "VARCHAR", g.col(lambda: g.code("PHJ99999999"), 0.1), "decoy", SHAPE),
        c("LAST_TRACKING_NO", N, "VARCHAR", g.col(lambda: g.rnd.choice([g.code("1Z9ZZ999999999999A"),
                                                                          g.code("9400 9999 9999 9999 9999 99"),
                                                                          g.code("TBA999999999999")]), 0.15),
          "decoy", SHAPE),
        c("DECLARED_VALUE_USD", N, "DOUBLE", g.amounts(4, 1_800), "decoy"),
        c("WEIGHT_LB", N, "DOUBLE", g.amounts(0.2, 60), "decoy"),
        c("CUSTOMS_BROKER", "person_name", "VARCHAR", g.col(g.pick(brokers)), STAFF),
        c("CARD_LAST4", N, "VARCHAR", g.col(lambda: g.digits(4), 0.3), "decoy"),
        c("BRANCH", N, "VARCHAR", g.col(g.pick(branches)), BUSINESS),
        c("CUSTOM_FIELD_1", "free_text", "VARCHAR", _custom(g, "JM", "jm"), CUSTOM),
    ])


def au_mail_receiving(g: Gen) -> Table:
    """A Sydney virtual office's mail and parcel receiving log (abbreviated snake case)."""
    clients = []
    for _ in range(90):
        a, b = v.person(g, "au")
        sub = g.rnd.choice(v.AU_SUBURBS)
        clients.append((f"SYD{g.digits(5)}", a, b, g.phone("AU", g.rnd.choice(["national", "e164"])),
                        v.email_of(g, a, b, v.DOMAINS["au"]), v.street(g, v.AU_STREETS, "au"), sub[0], sub[1], sub[2],
                        v.abn(g) if g.rnd.random() < 0.7 else None))
    cl = [g.rnd.choice(clients) for _ in range(g.rows)]
    staff = _staff(g, 3, "au")

    def rcpt(client: tuple) -> str:
        return f"{client[1]} {client[2]}" if g.rnd.random() < 0.75 else v.whole(g, "au")

    def note() -> str:
        return g.rnd.choice(["Signature required, left card", f"Collected by partner {v.given(g, 'au')}",
                             "Water damaged envelope", "Registered post from ATO"])

    return Table("vo_syd.mail_rcv", "en", "abbrev", [
        c("rcv_id", N, "BIGINT", g.keys(300_001), "decoy", KEY),
        c("cli_no", N, "VARCHAR", [x[0] for x in cl], "decoy", SHAPE),
        c("cli_fnm", "first_name", "VARCHAR", [x[1] for x in cl], ABBREV),
        c("cli_snm", "last_name", "VARCHAR", [x[2] for x in cl], ABBREV),
        c("cli_mob", "phone", "VARCHAR", [x[3] for x in cl], ABBREV),
        c("cli_eml", "email", "VARCHAR", [x[4] for x in cl], ABBREV),
        c("cli_abn", N, "VARCHAR", [x[9] for x in cl], BUSINESS, SHAPE),
        c("rcpt_nm", "person_name", "VARCHAR", [rcpt(x) for x in cl], ABBREV),
        c("sndr_co", N, "VARCHAR", g.col(g.pick(v.AU_SENDERS)), BUSINESS),
        c("itm_typ", N, "VARCHAR", g.col(g.pick(["Letter", "Letter", "Large letter", "Parcel", "Registered"])),
          "decoy"),
        c("trk_no", N, "VARCHAR", g.col(lambda: g.code("33AAA9999999999"), 0.5), "decoy", SHAPE),
        c("wgt_g", N, "INTEGER", g.ints(15, 4_000), "decoy"),
        c("scn_url", N, "VARCHAR", g.col(lambda: f"https://mail.vosyd.example/s/{g.code('xxxxxxxxxxxx')}", 0.3),
          "decoy"),
        c("fwd_addr", "street_address", "VARCHAR", [x[5] for x in cl], ABBREV),
        c("fwd_sbrb", "city", "VARCHAR", [x[6] for x in cl], ABBREV),
        c("fwd_pcode", "postal_code", "VARCHAR", [x[7] for x in cl], ABBREV),
        c("fwd_st", N, "VARCHAR", [x[8] for x in cl], "decoy"),
        c("rcvd_by", "person_name", "VARCHAR", g.col(g.pick(staff)), STAFF, ABBREV),
        c("pkup_nm", "person_name", "VARCHAR", g.col(lambda: v.whole(g, "au"), 0.8), ROLE, HEAVY, ABBREV),
        c("rcv_ts", N, "TIMESTAMP", g.moments("2025-05-01", "2025-11-30"), "decoy"),
        c("ms_nt", "free_text", "VARCHAR", g.sparse(note, 0.8, _words("nil")), NULLWORD, ABBREV),
    ])


def us_exec_suites_cobol(g: Gen) -> Table:
    """A Chicago executive suites operator's personal guarantors of office licences (COBOL extract)."""
    firms = _firms(g, v.IL_COMPANIES, "US", lambda: v.ein(g))
    firm = [g.rnd.randrange(len(firms)) for _ in range(g.rows)]
    pairs = [v.person(g, "us") for _ in range(g.rows)]
    places = [g.rnd.choice(v.IL_CITIES) for _ in range(g.rows)]
    starts = [g.day("2022-01-01", "2025-10-31") for _ in range(g.rows)]
    agents = _staff(g, 4, "us")
    building = g.phone("US", "digits", False)
    return Table("EXECSTE.TGUAR-EXTRACT", "en", "cobol", [
        c("TG-LICENSE-NO", N, "VARCHAR", g.col(lambda: v.us_ssn_decoy(g, False)), "decoy", SHAPE, LEGACY),
        c("TG-SUITE-NO", N, "VARCHAR", _pad(g.col(lambda: f"{g.rnd.randint(4, 32)}{g.digits(2)}"), 6), "decoy",
          LEGACY),
        c("TG-CO-NAME", N, "VARCHAR", _pad([firms[i][0] for i in firm], 30), BUSINESS, LEGACY),
        c("TG-CO-FEIN", N, "VARCHAR", [firms[i][2] for i in firm], BUSINESS, SHAPE, LEGACY),
        c("TG-GUAR-LAST-NM", "last_name", "VARCHAR", _pad([b.upper() for _, b in pairs], 20), ROLE, LEGACY),
        c("TG-GUAR-FIRST-NM", "first_name", "VARCHAR", _pad([a.upper() for a, _ in pairs], 15), ROLE, LEGACY),
        c("TG-GUAR-SSN", "ssn", "BIGINT", [int(v.us_ssn(g, False)) if g.rnd.random() < 0.8 else 0
                                           for _ in range(g.rows)], ROLE, LEGACY),
        c("TG-GUAR-DOB", "date_of_birth", "INTEGER", [_ymd(g.birth(1950, 1998)) if g.rnd.random() < 0.85 else 0
                                                      for _ in range(g.rows)], ROLE, LEGACY),
        c("TG-GUAR-ADDR", "street_address", "VARCHAR", _pad(g.col(lambda: v.street(g, v.IL_STREETS).upper()), 30),
          ROLE, LEGACY),
        c("TG-GUAR-CITY", "city", "VARCHAR", _pad([p[0].upper() for p in places], 18), ROLE, LEGACY),
        c("TG-GUAR-ST", N, "VARCHAR", ["IL"] * g.rows, "decoy", LEGACY),
        c("TG-GUAR-ZIP", "postal_code", "INTEGER", [int(p[1] + g.digits(2)) for p in places], ROLE, LEGACY),
        c("TG-GUAR-PHONE", "phone", "BIGINT", [int(g.phone("US", "digits")) if g.rnd.random() < 0.85 else 0
                                               for _ in range(g.rows)], ROLE, LEGACY),
        c("TG-LIC-START", N, "INTEGER", [_ymd(d) for d in starts], "decoy", LEGACY),
        c("TG-LIC-END", N, "INTEGER", [_ymd(date(d.year + g.rnd.choice([1, 2, 3]), d.month, min(d.day, 28)))
                                       for d in starts], "decoy", LEGACY),
        c("TG-MO-FEE", N, "DECIMAL(9,2)", g.amounts(450, 6_800), "decoy", LEGACY),
        c("TG-BLDG-PHONE", N, "BIGINT", [int(building)] * g.rows, BUSINESS, LEGACY),
        c("TG-LEASING-AGT", "person_name", "VARCHAR", _pad(g.col(g.pick(agents)), 25), STAFF, LEGACY),
        c("TG-USER-FLD-1", "free_text", "VARCHAR", _pad(_custom(g, "US", "us"), 40), CUSTOM, LEGACY),
    ])


def th_cowork_staging(g: Gen) -> Table:
    """A Bangkok coworking space's member sign-ups, landed as an opaque staging table."""
    def dob() -> str:
        d = g.birth(1965, 2005)
        return f"{d.day:02d}-{d.month:02d}-{d.year}"

    places = [g.rnd.choice(v.TH_DISTRICTS) for _ in range(g.rows)]
    foreign = [g.rnd.random() < 0.3 for _ in range(g.rows)]
    firms = [(name, v.th_company_tin(g)) for name in v.TH_COMPANIES]
    firm = [g.rnd.randrange(len(firms)) if g.rnd.random() < 0.6 else None for _ in range(g.rows)]
    return Table("stg_bkk_cowork.src_member_raw", "en", "opaque", [
        c("col01", N, "VARCHAR", g.col(g.uuid), "decoy", KEY, OPAQUE),
        c("col02", "person_name", "VARCHAR", [v.whole(g, "ca" if f else "th") for f in foreign], OPAQUE),
        c("col03", "national_id", "VARCHAR", [None if f or g.rnd.random() < 0.1 else v.th_pin(g, g.rnd.random() < 0.5)
                                              for f in foreign], OPAQUE),
        c("col04", "date_of_birth", "VARCHAR", g.col(dob, 0.05), OPAQUE),
        c("col05", "phone", "VARCHAR", g.phones("TH", {"national": 0.5, "e164": 0.3, "intl": 0.2}, 0.95), OPAQUE),
        c("col06", "email", "VARCHAR", g.col(lambda: v.email_of(g, *v.person(g, "th"), v.DOMAINS["th"]), 0.1),
          OPAQUE),
        c("col07", "street_address", "VARCHAR", g.col(lambda: v.street(g, v.TH_STREETS, "th"), 0.2), OPAQUE),
        c("col08", "city", "VARCHAR", [p[0] for p in places], OPAQUE),
        c("col09", "postal_code", "VARCHAR", [p[1] for p in places], OPAQUE),
        c("col10", "national_id", "VARCHAR", [g.code("A9999999") if f and g.rnd.random() < 0.9 else None
                                              for f in foreign], OPAQUE, HEAVY),
        c("col11", N, "VARCHAR", g.col(lambda: v.th_pin_decoy(g)), "decoy", SHAPE, OPAQUE),
        c("col12", N, "VARCHAR", [None if f is None else firms[f][1] for f in firm], BUSINESS, SHAPE, OPAQUE),
        c("col13", N, "VARCHAR", g.col(g.pick(["DAYPASS", "FLEX20", "DEDICATED", "PRIVATE4", "VO-MAIL"])), "decoy",
          OPAQUE),
        c("col14", N, "VARCHAR", g.col(g.sha256), "decoy", SHAPE, OPAQUE),
        c("col15", "ip_address", "VARCHAR", g.col(g.ip, 0.05), OPAQUE),
        c("col16", "free_text", "VARCHAR", _custom(g, "TH", "th"), CUSTOM, OPAQUE),
        c("col17", N, "TIMESTAMP", g.moments("2025-07-01", "2025-11-30"), "decoy", OPAQUE),
        c("col18", N, "DOUBLE", g.amounts(350, 18_000), "decoy", OPAQUE),
    ])


def ca_guest_checkins(g: Gen) -> Table:
    """A Vancouver coworking space's guest check-ins (snake case)."""
    pairs = [v.person(g, "ca") for _ in range(g.rows)]
    hosts = []
    for _ in range(70):
        a, b = v.person(g, "ca")
        hosts.append((f"{a} {b}", v.email_of(g, a, b, ["gmail.com", "northshore.example", "cascadia.example"])))
    host = [g.rnd.choice(hosts) for _ in range(g.rows)]
    desk = _staff(g, 4, "ca")

    def note() -> str:
        return g.rnd.choice(["Interview candidate", f"Here for {v.given(g, 'ca')}'s workshop", "Courier, left parcel",
                             "Needs parking validation"])

    return Table("hatch_yvr.guest_checkins", "en", "snake", [
        c("checkin_id", N, "BIGINT", g.keys(900_001), "decoy", KEY),
        c("visited_at", N, "TIMESTAMP", g.moments("2025-08-01", "2025-11-30"), "decoy"),
        c("guest_first_name", "first_name", "VARCHAR", [a for a, _ in pairs]),
        c("guest_last_name", "last_name", "VARCHAR", [b for _, b in pairs]),
        c("guest_email", "email", "VARCHAR", [None if g.rnd.random() < 0.3 else v.email_of(g, a, b, v.DOMAINS["ca"])
                                              for a, b in pairs]),
        c("guest_phone", "phone", "VARCHAR", g.phones("CA", {"national": 0.6, "dashes": 0.4}, 0.9, 0.65), HEAVY),
        c("guest_company", N, "VARCHAR", g.col(g.pick(v.CA_COMPANIES), 0.3), BUSINESS),
        c("host_member_name", "person_name", "VARCHAR", [h[0] for h in host], ROLE),
        c("host_member_email", "email", "VARCHAR", [h[1] for h in host], ROLE),
        c("badge_no", N, "VARCHAR", g.col(lambda: g.code("G-9999")), "decoy", SHAPE),
        c("visit_purpose", N, "VARCHAR", g.col(g.pick(["Meeting", "Day pass trial", "Event", "Delivery", "Tour"])),
          "decoy"),
        c("nda_signed", N, "BOOLEAN", g.yn(True, False, 0.4), "decoy"),
        c("wifi_voucher", N, "VARCHAR", g.col(lambda: g.code("ZZZZ-ZZZZ")), "decoy", SHAPE),
        c("device_mac", N, "VARCHAR", g.col(g.mac, 0.3), "decoy", SHAPE),
        c("guest_ip", "ip_address", "VARCHAR", g.col(g.ip, 0.3)),
        c("front_desk", "person_name", "VARCHAR", g.col(g.pick(desk)), STAFF),
        c("photo_consent", N, "VARCHAR", g.col(g.pick(["Y", "N"])), "decoy"),
        c("guest_notes", "free_text", "VARCHAR", g.sparse(note, 0.72, _words()), NULLWORD),
    ])


# -- tables named in other languages -----------------------------------------------------------------------------------


def es_domiciliacion(g: Gen) -> Table:
    """A Valencia business address provider's contracts (Spanish, snake case)."""
    pairs = [v.person(g, "es") for _ in range(g.rows)]
    places = [g.rnd.choice(v.ES_CITIES) for _ in range(g.rows)]
    firms = _firms(g, v.ES_COMPANIES, "ES", lambda: v.cif(g))
    firm = [g.rnd.randrange(len(firms)) if g.rnd.random() < 0.7 else None for _ in range(g.rows)]
    staff = _staff(g, 3, "es")

    def obs() -> str:
        return g.rnd.choice(["Reenviar cartas certificadas a su domicilio", f"Autoriza a {v.whole(g, 'es')}",
                             "Pendiente copia de escrituras", f"Llamar a su socio {v.given(g, 'es')} si no contesta"])

    return Table("domiciliacion_vlc.contratos_domicilio", "es", "snake", [
        c("id_contrato", N, "BIGINT", g.keys(2_001), "decoy", KEY),
        c("num_contrato", N, "VARCHAR", g.col(lambda: v.dni_decoy(g)), "decoy", SHAPE),
        c("nombre", "first_name", "VARCHAR", [a for a, _ in pairs]),
        c("apellidos", "last_name", "VARCHAR", [f"{b} {v.person(g, 'es')[1]}" for _, b in pairs]),
        c("dni_nie", "national_id", "VARCHAR", g.col(lambda: v.dni(g) if g.rnd.random() < 0.8 else v.nie(g), 0.05)),
        c("fecha_nacimiento", "date_of_birth", "DATE", g.col(lambda: g.birth(1955, 2003), 0.2)),
        c("telefono", "phone", "VARCHAR", g.phones("ES", {"national": 0.6, "e164": 0.2, "intl": 0.2}, 0.8)),
        c("email", "email", "VARCHAR", [v.email_of(g, a, b, v.DOMAINS["es"]) for a, b in pairs]),
        c("domicilio_particular", "street_address", "VARCHAR", g.col(lambda: v.street(g, v.ES_STREETS, "es"))),
        c("municipio", "city", "VARCHAR", [p[0] for p in places]),
        c("codigo_postal", "postal_code", "VARCHAR", [p[1] for p in places]),
        c("provincia", N, "VARCHAR", ["Valencia"] * g.rows, "decoy"),
        c("razon_social", N, "VARCHAR", [None if f is None else firms[f][0] for f in firm], BUSINESS),
        c("cif_empresa", N, "VARCHAR", [None if f is None else firms[f][2] for f in firm], BUSINESS, SHAPE),
        c("iban_cobro", "iban", "VARCHAR", g.col(lambda: v.iban(g, "ES", 24, g.rnd.random() < 0.5), 0.1)),
        c("representante_autorizado", "person_name", "VARCHAR", g.col(lambda: v.whole(g, "es"), 0.7), ROLE, HEAVY),
        c("gestor", "person_name", "VARCHAR", g.col(g.pick(staff)), STAFF),
        c("tarifa", N, "VARCHAR", g.col(g.pick(["Domicilio fiscal", "Domicilio + correo", "Pack autónomo"])),
          "decoy"),
        c("fecha_alta", N, "DATE", g.days("2023-01-01", "2025-11-30"), "decoy"),
        c("campo_libre_2", "free_text", "VARCHAR", _custom(g, "ES", "es"), CUSTOM),
        c("observaciones", "free_text", "VARCHAR", g.sparse(obs, 0.76, _words("sin datos")), NULLWORD),
    ])


def it_domiciliazione_as400(g: Gen) -> Table:
    """A Milan company registered office provider's AS/400 client file (Italian, ``DM`` prefix, CYYMMDD)."""
    rows = []
    for _ in range(g.rows):
        female = g.rnd.random() < 0.45
        a, b = v.person(g, "it", female)
        born = g.birth(1952, 2002)
        place = g.rnd.choice(v.IT_BIRTHPLACES)
        rows.append((a, b, born, place[0], v.codice_fiscale(g, a, b, born, female, place[1])))
    places = [g.rnd.choice(v.IT_CITIES) for _ in range(g.rows)]
    firms = [(name, v.partita_iva(g)) for name in v.IT_COMPANIES]
    firm = [g.rnd.randrange(len(firms)) for _ in range(g.rows)]
    ops = ["ROSSETTI G.", "BONFANTI L.", "CATTANEO M."]

    def bban() -> str:
        return g.code("A") + g.digits(10) + g.digits(12)

    return Table("DOMICMI.DMCLIP", "it", "as400", [
        c("DMNCLI", N, "DECIMAL(9,0)", g.keys(300_001), "decoy", KEY, LEGACY),
        c("DMCOGN", "last_name", "VARCHAR", _pad([r[1].upper() for r in rows], 25), LEGACY),
        c("DMNOME", "first_name", "VARCHAR", _pad([r[0].upper() for r in rows], 20), LEGACY),
        c("DMCDFI", "national_id", "VARCHAR", [r[4] if g.rnd.random() < 0.92 else None for r in rows], LEGACY),
        c("DMDNAS", "date_of_birth", "DECIMAL(7,0)", [_cyymmdd(r[2]) for r in rows], LEGACY),
        c("DMLNAS", "city", "VARCHAR", _pad([r[3] for r in rows], 20), LEGACY),
        c("DMINDR", "street_address", "VARCHAR", _pad(g.col(lambda: v.street(g, v.IT_STREETS, "it").upper()), 35),
          LEGACY),
        c("DMCAP", "postal_code", "DECIMAL(5,0)", [int(p[1]) for p in places], LEGACY),
        c("DMCITT", "city", "VARCHAR", _pad([p[0].upper() for p in places], 25), LEGACY),
        c("DMPROV", N, "VARCHAR", [p[2] for p in places], "decoy", LEGACY),
        c("DMTELE", "phone", "DECIMAL(11,0)", [int(g.phone("IT", "digits"))
                                               if g.rnd.random() < 0.85 else 0 for _ in rows], LEGACY),
        c("DMMAIL", "email", "VARCHAR", _pad([v.email_of(g, r[0], r[1], v.DOMAINS["it"]) if g.rnd.random() < 0.8
                                              else None for r in rows], 40), LEGACY),
        c("DMRAGS", N, "VARCHAR", _pad([firms[i][0] for i in firm], 35), BUSINESS, LEGACY),
        c("DMPIVA", N, "VARCHAR", [firms[i][1] for i in firm], BUSINESS, SHAPE, LEGACY),
        c("DMIBAN", "iban", "VARCHAR", g.col(lambda: v.iban(g, "IT", 27, False, bban), 0.2), LEGACY),
        c("DMDDEC", N, "DECIMAL(7,0)", [_cyymmdd(g.day("2021-01-01", "2025-11-30")) for _ in rows], "decoy", LEGACY),
        c("DMCANO", N, "DECIMAL(7,2)", g.amounts(39, 290), "decoy", LEGACY),
        c("DMOPER", "person_name", "VARCHAR", _pad(g.col(g.pick(ops)), 20), STAFF, LEGACY),
        c("DMUDF2", "free_text", "VARCHAR", _pad(_custom(g, "IT", "it"), 40), CUSTOM, LEGACY),
    ])


def nl_virtueel_kantoor(g: Gen) -> Table:
    """A Rotterdam virtual office's sign-ups for a registered business address (Dutch, Pascal case)."""
    pairs = [v.person(g, "nl") for _ in range(g.rows)]
    tussen = [g.rnd.choice(["van", "de", "van der", "van den", "ter"]) if g.rnd.random() < 0.35 else None
              for _ in range(g.rows)]
    places = [g.rnd.choice(v.NL_CITIES) for _ in range(g.rows)]
    firms = _firms(g, v.NL_COMPANIES, "NL", lambda: g.digits(8))
    firm = [g.rnd.randrange(len(firms)) for _ in range(g.rows)]
    staff = _staff(g, 3, "nl")

    def bban() -> str:
        return g.rnd.choice(["INGB", "RABO", "ABNA", "SNSB", "TRIO"]) + g.digits(10)

    def note() -> str:
        return g.rnd.choice(["Post inscannen en mailen", f"Partner {v.given(g, 'nl')} mag post ophalen",
                             "KvK-uittreksel nog niet ontvangen", f"Contact via boekhouder {v.whole(g, 'nl')}"])

    return Table("VirtueelKantoorRotterdam.Inschrijvingen", "nl", "pascal", [
        c("InschrijvingId", N, "BIGINT", g.keys(12_001), "decoy", KEY),
        c("Contractnummer", N, "VARCHAR", g.col(lambda: v.bsn_decoy(g)), "decoy", SHAPE),
        c("Voornamen", "first_name", "VARCHAR", [a for a, _ in pairs]),
        c("Tussenvoegsel", "last_name", "VARCHAR", tussen),
        c("Achternaam", "last_name", "VARCHAR", [b for _, b in pairs]),
        c("Geboortedatum", "date_of_birth", "DATE", g.col(lambda: g.birth(1958, 2004), 0.1)),
        c("Bsn", "national_id", "VARCHAR", g.col(lambda: v.bsn(g), 0.2)),
        c("DocumentNummer", "national_id", "VARCHAR", g.col(lambda: v.nl_document(g), 0.3)),
        c("Woonadres", "street_address", "VARCHAR", g.col(lambda: v.street(g, v.NL_STREETS, "nl"))),
        c("Woonplaats", "city", "VARCHAR", [p[0] for p in places]),
        c("Postcode", "postal_code", "VARCHAR", [f"{p[1]}{g.digits(2)} {g.digits(2, 'ABCDEGHJKLMNPRTVWXZ')}"
                                                 for p in places]),
        c("Mobiel", "phone", "VARCHAR", g.phones("NL", {"national": 0.6, "e164": 0.4}, 0.9)),
        c("Email", "email", "VARCHAR", [v.email_of(g, a, b, v.DOMAINS["nl"]) for a, b in pairs]),
        c("Handelsnaam", N, "VARCHAR", [firms[i][0] for i in firm], BUSINESS),
        c("KvkNummer", N, "VARCHAR", [firms[i][2] for i in firm], BUSINESS, SHAPE),
        c("Iban", "iban", "VARCHAR", g.col(lambda: v.iban(g, "NL", 18, g.rnd.random() < 0.4, bban), 0.1)),
        c("Postverwerking", N, "VARCHAR", g.col(g.pick(["Scannen", "Doorsturen", "Ophalen"])), "decoy"),
        c("Accountmanager", "person_name", "VARCHAR", g.col(g.pick(staff)), STAFF),
        c("Gemachtigde", "person_name", "VARCHAR", g.col(lambda: v.whole(g, "nl"), 0.75), ROLE, HEAVY),
        c("VrijVeld2", "free_text", "VARCHAR", _custom(g, "NL", "nl"), CUSTOM),
        c("Opmerkingen", "free_text", "VARCHAR", g.sparse(note, 0.78, _words("onbekend", "geen")), NULLWORD),
    ])


def pl_wirtualne_biuro(g: Gen) -> Table:
    """A Wrocław virtual office's contracts (Polish, snake case)."""
    rows = []
    for _ in range(g.rows):
        female = g.rnd.random() < 0.5
        a, b = v.person(g, "pl", female)
        born = g.birth(1955, 2004)
        rows.append((a, b, born, v.pesel(g, born, female)))
    places = [g.rnd.choice(v.PL_CITIES) for _ in range(g.rows)]
    firms = [(name, v.nip(g), v.regon(g)) for name in v.PL_COMPANIES]
    firm = [g.rnd.randrange(len(firms)) for _ in range(g.rows)]
    staff = _staff(g, 3, "pl")

    def note() -> str:
        return g.rnd.choice(["Skany korespondencji na e-mail", f"Odbiór przez pełnomocnika {v.whole(g, 'pl')}",
                             "Zaległość za 2 miesiące", f"Kontakt z księgową {v.given(g, 'pl')}"])

    return Table("wirtualne_biuro_wroclaw.umowy", "pl", "snake", [
        c("id_umowy", N, "BIGINT", g.keys(8_001), "decoy", KEY),
        c("numer_umowy", N, "VARCHAR", g.col(lambda: v.pesel_decoy(g)), "decoy", SHAPE),
        c("imie", "first_name", "VARCHAR", [r[0] for r in rows]),
        c("nazwisko", "last_name", "VARCHAR", [r[1] for r in rows]),
        c("pesel", "national_id", "VARCHAR", [r[3] if g.rnd.random() < 0.9 else None for r in rows]),
        c("data_urodzenia", "date_of_birth", "DATE", [r[2] for r in rows]),
        c("seria_nr_dowodu", "national_id", "VARCHAR", g.col(lambda: v.pl_id_card(g), 0.3)),
        c("telefon", "phone", "VARCHAR", g.phones("PL", {"national": 0.6, "e164": 0.2, "intl": 0.2}, 0.9)),
        c("email", "email", "VARCHAR", [v.email_of(g, r[0], r[1], v.DOMAINS["pl"]) for r in rows]),
        c("adres_zamieszkania", "street_address", "VARCHAR", g.col(lambda: v.street(g, v.PL_STREETS, "pl"))),
        c("miejscowosc", "city", "VARCHAR", [p[0] for p in places]),
        c("kod_pocztowy", "postal_code", "VARCHAR", [f"{p[1]}-{g.digits(3)}" for p in places]),
        c("nazwa_firmy", N, "VARCHAR", [firms[i][0] for i in firm], BUSINESS),
        c("nip", N, "VARCHAR", [firms[i][1] for i in firm], BUSINESS, SHAPE),
        c("regon", N, "VARCHAR", [firms[i][2] for i in firm], BUSINESS, SHAPE),
        c("rachunek_iban", "iban", "VARCHAR", g.col(lambda: v.iban(g, "PL", 28, g.rnd.random() < 0.5), 0.15)),
        c("pelnomocnik", "person_name", "VARCHAR", g.col(lambda: v.whole(g, "pl"), 0.7), ROLE, HEAVY),
        c("opiekun_klienta", "person_name", "VARCHAR", g.col(g.pick(staff)), STAFF),
        c("pakiet", N, "VARCHAR", g.col(g.pick(["Adres do rejestracji", "Adres + skany", "Biuro na godziny"])),
          "decoy"),
        c("data_zawarcia", N, "DATE", g.days("2022-01-01", "2025-11-30"), "decoy"),
        c("pole_dodatkowe_1", "free_text", "VARCHAR", _custom(g, "PL", "pl"), CUSTOM),
        c("uwagi", "free_text", "VARCHAR", g.sparse(note, 0.8, _words("brak", "nie dotyczy")), NULLWORD),
    ])


def tr_sanal_ofis(g: Gen) -> Table:
    """An Ankara virtual office's subscribers (Turkish, camel case)."""
    pairs = [v.person(g, "tr") for _ in range(g.rows)]
    places = [g.rnd.choice(v.TR_DISTRICTS) for _ in range(g.rows)]
    firms = _firms(g, v.TR_COMPANIES, "TR", lambda: v.vkn(g))
    firm = [g.rnd.randrange(len(firms)) for _ in range(g.rows)]
    staff = _staff(g, 4, "tr")
    emergency = [g.rnd.random() < 0.4 for _ in range(g.rows)]

    def bban() -> str:
        return g.rnd.choice(["00010", "00012", "00046", "00062", "00064"]) + "0" + g.digits(16)

    def note() -> str:
        return g.rnd.choice(["Kargolar kapıcıya bırakılmasın", f"Evrakı eşi {v.given(g, 'tr')} teslim alabilir",
                             "Vergi levhası eksik", f"Muhasebeci {v.whole(g, 'tr')} ile görüşüldü"])

    return Table("sanalOfisAnkara.aboneler", "tr", "camel", [
        c("aboneId", N, "BIGINT", g.keys(6_001), "decoy", KEY),
        c("sozlesmeNo", N, "VARCHAR", g.col(lambda: v.kimlik_decoy(g)), "decoy", SHAPE),
        c("ad", "first_name", "VARCHAR", [a for a, _ in pairs]),
        c("soyad", "last_name", "VARCHAR", [b for _, b in pairs]),
        c("tcKimlikNo", "national_id", "VARCHAR", g.col(lambda: v.kimlik(g), 0.08)),
        c("dogumTarihi", "date_of_birth", "DATE", g.col(lambda: g.birth(1960, 2004), 0.15)),
        c("cepTelefonu", "phone", "VARCHAR", g.phones("TR", {"national": 0.7, "e164": 0.3}, 1.0)),
        c("ePosta", "email", "VARCHAR", [v.email_of(g, a, b, v.DOMAINS["tr"]) for a, b in pairs]),
        c("evAdresi", "street_address", "VARCHAR", g.col(lambda: v.street(g, v.TR_STREETS, "tr"), 0.1)),
        c("ilce", "city", "VARCHAR", [p[0] for p in places]),
        c("il", N, "VARCHAR", ["Ankara"] * g.rows, "decoy"),
        c("postaKodu", "postal_code", "VARCHAR", [p[1] for p in places]),
        c("firmaUnvani", N, "VARCHAR", [firms[i][0] for i in firm], BUSINESS),
        c("vergiNo", N, "VARCHAR", [firms[i][2] for i in firm], BUSINESS, SHAPE),
        c("firmaTelefonu", N, "VARCHAR", [firms[i][1] for i in firm], BUSINESS),
        c("ibanNo", "iban", "VARCHAR", g.col(lambda: v.iban(g, "TR", 26, g.rnd.random() < 0.6, bban), 0.2)),
        c("acilDurumKisisi", "person_name", "VARCHAR", [v.whole(g, "tr") if e else None for e in emergency], ROLE,
          HEAVY),
        c("acilDurumTelefonu", "phone", "VARCHAR", [g.phone("TR", "national") if e else None for e in emergency],
          ROLE, HEAVY),
        c("musteriTemsilcisi", "person_name", "VARCHAR", g.col(g.pick(staff)), STAFF),
        c("paket", N, "VARCHAR", g.col(g.pick(["Yasal Adres", "Yasal Adres + Sekreterya", "Hazır Ofis 10 Saat"])),
          "decoy"),
        c("ozelAlan1", "free_text", "VARCHAR", _custom(g, "TR", "tr"), CUSTOM),
        c("notlar", "free_text", "VARCHAR", g.sparse(note, 0.77, _words("yok", "bilinmiyor")), NULLWORD),
    ])


def ja_yuubin_tensou(g: Gen) -> Table:
    """A Fukuoka mail forwarding operator's identity verification records (romanized Japanese column names,
    Japanese values)."""
    pairs = [v.person(g, "ja") for _ in range(g.rows)]
    places = [g.rnd.choice(v.JA_CITIES) for _ in range(g.rows)]
    foreign = [g.rnd.random() < 0.25 for _ in range(g.rows)]
    firms = [(name, v.houjin(g)) for name in v.JA_COMPANIES]
    firm = [g.rnd.randrange(len(firms)) if g.rnd.random() < 0.5 else None for _ in range(g.rows)]
    staff = _staff(g, 3, "ja")

    def bikou() -> str:
        return g.rnd.choice(["転送は毎週金曜", f"代理人{v.whole(g, 'ja')}様の委任状あり", "書留は受取後に連絡",
                             f"ご家族の{v.person(g, 'ja')[0]}様宛も転送可"])

    return Table("yuubin_tensou_fukuoka.honnin_kakunin", "ja", "snake", [
        c("kakunin_id", N, "BIGINT", g.keys(1), "decoy", KEY),
        c("keiyaku_bangou", N, "VARCHAR", g.col(lambda: g.code("FT-2025-99999")), "decoy", SHAPE),
        c("shimei", "person_name", "VARCHAR", [f"{b} {a}" for a, b in pairs]),
        c("shimei_kana", "person_name", "VARCHAR", [f"{v.JA_KANA[b]} {v.JA_KANA[a]}" for a, b in pairs]),
        c("seinengappi", "date_of_birth", "DATE", g.births(1950, 2004)),
        c("kakunin_shorui", N, "VARCHAR", ["在留カード" if f else g.rnd.choice(["運転免許証", "運転免許証", "パスポート"])
                                           for f in foreign], "decoy"),
        c("menkyoshou_bangou", "national_id", "VARCHAR", [None if f or g.rnd.random() < 0.3 else "4" + g.digits(11)
                                                          for f in foreign], LICENCE),
        c("zairyu_card_bangou", "national_id", "VARCHAR", [g.code("AA99999999AA") if f else None for f in foreign],
          HEAVY),
        c("juusho", "street_address", "VARCHAR", g.col(g.pick(v.JA_STREETS))),
        c("shikuchouson", "city", "VARCHAR", [p[0] for p in places]),
        c("yuubin_bangou", "postal_code", "VARCHAR", [f"{p[1]}-{g.digits(4)}" for p in places]),
        c("denwa_bangou", "phone", "VARCHAR", g.phones("JP", {"national": 0.8, "e164": 0.2}, 0.85)),
        c("mail_address", "email", "VARCHAR", g.col(lambda: v.romaji_email(g, v.DOMAINS["ja"]), 0.1)),
        c("houjin_mei", N, "VARCHAR", [None if f is None else firms[f][0] for f in firm], BUSINESS),
        c("houjin_bangou", N, "VARCHAR", [None if f is None else firms[f][1] for f in firm], BUSINESS, SHAPE),
        c("tensousaki_juusho", "street_address", "VARCHAR",
          g.col(lambda: f"{g.rnd.choice(v.JA_CITIES)[0]}{g.rnd.choice(v.JA_STREETS)}", 0.3)),
        c("tantousha", "person_name", "VARCHAR", g.col(g.pick(staff)), STAFF),
        c("jiyuu_koumoku_2", "free_text", "VARCHAR", _custom(g, "JP", "ja"), CUSTOM),
        c("bikou", "free_text", "VARCHAR", g.sparse(bikou, 0.75, _words("なし", "不明")), NULLWORD),
    ])


def ru_coworking(g: Gen) -> Table:
    """A Novosibirsk coworking space's residents (Russian, Cyrillic column names and values)."""
    rows = []
    for _ in range(g.rows):
        female = g.rnd.random() < 0.5
        a, b = v.person(g, "ru", female)
        rows.append((a, b, g.rnd.choice(v.RU_PATRONYMICS)[1 if female else 0]))
    places = [g.rnd.choice(v.RU_CITIES) for _ in range(g.rows)]
    firms = [(name, v.inn_company(g)) for name in v.RU_COMPANIES]
    firm = [g.rnd.randrange(len(firms)) if g.rnd.random() < 0.65 else None for _ in range(g.rows)]
    staff = _staff(g, 3, "ru")

    def note() -> str:
        return g.rnd.choice(["Просит закрепить место у окна", f"Гость резидента: {v.whole(g, 'ru')}",
                             "Оплата по счёту от юрлица", f"Ключ от шкафчика передан {v.given(g, 'ru')}"])

    return Table("коворкинг_нск.резиденты", "ru", "snake", [
        c("ид_резидента", N, "BIGINT", g.keys(40_001), "decoy", KEY),
        c("номер_договора", N, "VARCHAR", g.col(lambda: v.inn_decoy(g)), "decoy", SHAPE),
        c("фамилия", "last_name", "VARCHAR", [r[1] for r in rows]),
        c("имя", "first_name", "VARCHAR", [r[0] for r in rows]),
        c("отчество", "first_name", "VARCHAR", [r[2] if g.rnd.random() < 0.9 else None for r in rows]),
        c("дата_рождения", "date_of_birth", "DATE", g.col(lambda: g.birth(1962, 2005), 0.1)),
        c("инн", "national_id", "VARCHAR", g.col(lambda: v.inn_personal(g), 0.3)),
        c("снилс", "ssn", "VARCHAR", g.col(lambda: v.snils(g), 0.65), HEAVY),
        c("паспорт", "national_id", "VARCHAR", g.col(lambda: g.code("50 99 999999"), 0.2)),
        c("телефон", "phone", "VARCHAR", g.phones("RU", {"national": 0.6, "e164": 0.4}, 0.95)),
        c("эл_почта", "email", "VARCHAR", [v.email_of(g, r[0], r[1], v.DOMAINS["ru"]) for r in rows]),
        c("адрес_регистрации", "street_address", "VARCHAR", g.col(lambda: v.street(g, v.RU_STREETS, "ru"), 0.15)),
        c("город", "city", "VARCHAR", [p[0] for p in places]),
        c("индекс", "postal_code", "VARCHAR", [p[1] + g.digits(3) for p in places]),
        c("компания", N, "VARCHAR", [None if f is None else firms[f][0] for f in firm], BUSINESS),
        c("инн_компании", N, "VARCHAR", [None if f is None else firms[f][1] for f in firm], BUSINESS, SHAPE),
        c("тариф", N, "VARCHAR", g.col(g.pick(["Фикс", "Нефикс", "Кабинет на 4", "Юрадрес"])), "decoy"),
        c("номер_места", N, "INTEGER", g.ints(1, 140), "decoy"),
        c("менеджер", "person_name", "VARCHAR", g.col(g.pick(staff)), STAFF),
        c("доп_поле_2", "free_text", "VARCHAR", _custom(g, "RU", "ru"), CUSTOM),
        c("комментарий", "free_text", "VARCHAR", g.sparse(note, 0.78, _words("нет", "неизвестно")), NULLWORD),
    ])


BUILDERS: list[tuple[Callable[[Gen], Table], int]] = [
    (us_form1583, 800), (gb_deskhive, 700), (sc_registered_office, 500), (jm_parcel_forwarding, 650),
    (au_mail_receiving, 750), (us_exec_suites_cobol, 450), (th_cowork_staging, 600), (ca_guest_checkins, 550),
    (es_domiciliacion, 500), (it_domiciliazione_as400, 600), (nl_virtueel_kantoor, 450), (pl_wirtualne_biuro, 400),
    (tr_sanal_ofis, 400), (ja_yuubin_tensou, 300), (ru_coworking, 350),
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
