"""Held-out set v104 for the column classifier: 15 tables of *civil registration and notaries* (marriage licences,
certificate orders, a change-of-name office, an enduring power of attorney register, a death register, a birth
registration extract, civil unions, adoption orders, a notary's deed roll, a PACS register, apostille requests, a
consulate's registry of citizens abroad, a register of wills, naturalisation ceremonies and a registry office's birth
records), one system per table and each a different organisation, eight with English column names and seven in
other languages:

* ``tcclerk_vitals.marriage_licenses``: a central Texas county clerk's marriage licences (snake case, both applicants'
  SSNs, licence numbers shaped like SSNs failing the check, ``misc_1``, record hashes);
* ``GroCertOrders.CertificateOrders``: an English register office's certificate orders (Pascal case, the subject of
  the certificate beside the buyer, a card number, client IPs, a login, tracking numbers, ``Udf2``);
* ``onNameChange.deedApplications``: an Ontario change-of-name office (camel case, old and new names, SIN, file
  numbers shaped like SINs failing Luhn, guarantors, ``customField3``);
* ``POA_REGISTER.NSW_ENDURING_POA``: a New South Wales enduring power of attorney register (SCREAMING case, TFN,
  attorneys and witnesses, lodging law firms with ABN, address and phone, ``CUSTOM_FIELD_1``);
* ``gro_cork.dth_reg``: a Cork civil registration office's death register (abbreviated: ``dec_fnm``, ``inf_ph``,
  PPSN, Eircode, informants, certifying doctors, undertakers);
* ``PMCBIRTH.BIRTH-REG-EXTRACT``: a Pune municipal birth registration COBOL extract (legacy: padded CHAR,
  ``YYYYMMDD`` integers, parents' Aadhaar, phone and PIN as numbers with 0 for missing, registration numbers
  failing the Verhoeff check, ``BR-USER-FLD-1``);
* ``stg_dha_civun.src_union_raw``: a Gauteng Home Affairs office's marriages and civil unions as an opaque staging
  table (``col01`` to ``col18``: South African ID numbers, references shaped like them failing Luhn, hashes);
* ``lagos_hc_adoption.adoption_orders``: a Lagos State High Court adoption orders registry (snake case, NIN,
  adopters, birth mothers in notes, children's homes, ``udf_3``);
* ``notariat_lehel.urkundenrolle``: a Munich notary's deed roll (German; Steuer-ID, IBAN of the escrow account,
  deed roll numbers, land register sheets, ``freitext_2``);
* ``ETACIV69.PCREGP``: a Lyon town hall's PACS register on AS/400 (French, legacy: ``PC`` prefix, ``CYYMMDD``
  decimals, both partners' NIR, phone and postcode as decimals, ``PCUDF1``);
* ``colegio_notarial_sev.solicitudes_apostilla``: a Seville notarial college's apostille requests (Spanish; DNI,
  file numbers shaped like DNI failing the check letter, refund IBAN, IPs);
* ``ConsolatoSanPaolo.AnagrafeAire``: an Italian consulate in São Paulo's registry of citizens abroad (Italian, Pascal
  case; codice fiscale, passport, Brazilian CPF, Brazilian addresses and phones, ``CampoLibero3``);
* ``nort_krakow.rejestr_testamentow``: a Kraków notary's entries in the register of wills (Polish; PESEL, entry
  numbers failing PESEL's check, the notary office's NIP, ``pole_dodatkowe_2``);
* ``gem_utrecht.naturalisatie_ceremonie``: a Utrecht municipality's naturalisation ceremonies (Dutch; BSN, V-number,
  case numbers failing the eleven test, ceremony coordinates, ``vrij_veld_3``);
* ``lixiarxeio_thess.praxeis_gennisis``: a Thessaloniki registry office's birth records (Greek column names in Greek
  script and Greek values; AMKA, the father's AFM).

Written **blind**, like v2 to v101: by someone who has read neither the classifier (``governance_dagster/detect/``)
nor its documentation, tests, changelog or notes, only the list of kind names (``governance_dagster/kinds.py``), how
the scorer registers a set (``heldout_v2_accuracy.py``), the structure and labeling conventions of v27 and v98 (their
modules, their tests and ``tests/heldout_support.py``), the module docstrings of v24 to v101 (to avoid their domains)
and the ``Column``/``Table`` classes and writer of v2 and v4. The classifier was not run on this set while it was
written, no scorer was run on it, and no score was looked at. It was written under a short deadline (30 minutes, the
tests and lint included), so some labels are quick decisions rather than settled conventions.

Labeling choices a reader may question:

* a US SSN, a Canadian SIN, an Irish PPSN, a French NIR and a Greek AMKA are ``ssn``; an Australian TFN, Aadhaar, a
  South African ID number, a Nigerian NIN, a Steuer-ID, a DNI, a codice fiscale, a passport number, a Brazilian CPF,
  PESEL, BSN, a Dutch V-number (an immigration service's personal number, no check computed) and a Greek AFM are
  ``national_id``;
* licence, file, order, registration, suit, deed roll, protocol, repertory, NORT entry and case numbers, GRO index
  references, land register sheets and tracking numbers are ``none`` (tag ``decoy``, ``value_shape`` when shaped
  like an identifier); an ABN and a notary office's NIP are ``none`` (tag ``business``), as are law firms',
  undertakers', children's homes', hospitals' and register offices' names, addresses and phones;
* clerks, registrars, commissioners, registry officers, notaries (``notar``, ``notario_autorizante``,
  ``notariusz``), consular officers, judges, welfare officers and marriage officers are staff (``person_name``, tag
  ``staff``); an officiant, a guarantor, attorneys, a witness, an informant, a certifying doctor, adopters, parents, a
  spouse and the subject of a certificate ordered by someone else are personal (tag ``role_word``);
* a date of death, a registration date and a ceremony date are ``none``; numeric dates of birth (``YYYYMMDD``,
  ``CYYMMDD``), a ``DD.MM.YYYY`` string and a ``YYYY/MM/DD`` string are ``date_of_birth``; a newborn's birth date in a
  birth register is ``date_of_birth`` although the registration date beside it is ``none``;
* a cause-of-death ICD code, an occupation, a previous nationality, a marital status, a state and a county are
  ``none``; a place of birth (``geboorteplaats``), a Nigerian LGA and a suburb are ``city``; a mother's age is
  ``none``;
* opaque custom fields holding, by row, a phone, an e-mail or a name are ``free_text`` (tag ``custom_field``); an
  account login is ``unclassified`` (tag ``username``); a card expiry is ``none``;
* Indian birth registrations often have no child's name yet: ``BR-CHILD-FNAME`` (45% NULL) is still ``first_name``;
  a child's former name in an adoption order is ``person_name``.

Every value is generated here from :data:`SEED` (one ``random.Random`` per table, named after its builder) with
python-stdnum for check digits, phonenumbers for phone validity and formats, and the lists of
:mod:`benchmarks.classification.heldout_v104_values`, written for v104 (no Faker, no list of real people, no breach
data). Build: ``python -m benchmarks.classification.heldout_v104 [PATH]`` (default ``/tmp/heldout_v104.duckdb``).
Score: ``python -m benchmarks.classification.heldout_v2_accuracy --set v104``.
"""
from __future__ import annotations

import sys
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path

from benchmarks.classification import heldout_v4
from benchmarks.classification import heldout_v104_values as v
from benchmarks.classification.heldout_v2 import Column, Table
from benchmarks.classification.heldout_v104_values import NULLISH, SEED, USERNAME, Gen, N, c

__all__ = ["BUILDERS", "DEFAULT_PATH", "NULLISH", "SEED", "USERNAME", "Column", "Gen", "Table", "build", "labels",
           "summary", "tables"]

DEFAULT_PATH = Path("/tmp/heldout_v104.duckdb")

NULLWORD = "nullword_heavy"  # 70-95% NULL words
HEAVY = "null_heavy"  # 50-95% NULL
SHAPE = "value_shape"
STAFF = "staff"  # clerks, registrars, notaries, consular officers, judges (few distinct)
ROLE = "role_word"  # a role word (officiant, guarantor, attorney, informant, adopter, father, mother, spouse ...)
ABBREV = "abbrev"
KEY = "join_key"
LEGACY = "legacy"
OPAQUE = "opaque"
CUSTOM = "custom_field"  # an opaque custom field holding, by row, a phone, an e-mail or a name (free_text)


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
            a, b = v.person(g, lang)
            return v.email_of(g, a, b, v.DOMAINS[lang])
        return v.whole(g, lang)
    return g.col(one, null)


def _pad(values: list, width: int) -> list:
    return [None if x is None else f"{str(x)[:width]:<{width}}" for x in values]


def _ymd(d: date | None) -> int:
    return 0 if d is None else d.year * 10_000 + d.month * 100 + d.day


def _cyymmdd(d: date | None) -> int:
    return 0 if d is None else (d.year // 100 - 19) * 1_000_000 + (d.year % 100) * 10_000 + d.month * 100 + d.day


def _heavy(values: list, null: float, g: Gen) -> list:
    return [None if g.rnd.random() < null else x for x in values]


# -- English-named tables ----------------------------------------------------------------------------------------------


def us_marriage_licenses(g: Gen) -> Table:
    """A central Texas county clerk's marriage licences (snake case)."""
    a1 = [v.person(g, "us") for _ in range(g.rows)]
    a2 = [v.person(g, "us") for _ in range(g.rows)]
    places = [g.rnd.choice(v.US_CITIES) for _ in range(g.rows)]
    clerks = _staff(g, 6, "us")
    venues = ["Laguna Gloria Chapel", "Hill Country Event Barn", "Travis County Courthouse", "St. Mary's Cathedral",
              "Zilker Botanical Garden"]
    return Table("tcclerk_vitals.marriage_licenses", "en", "snake", [
        c("license_id", N, "BIGINT", g.keys(4_400_001), "decoy", KEY),
        c("license_number", N, "VARCHAR", g.col(lambda: v.us_ssn_decoy(g)), "decoy", SHAPE),
        c("application_date", N, "DATE", g.days("2025-01-02", "2025-11-28"), "decoy"),
        c("applicant1_first_name", "first_name", "VARCHAR", [a for a, _ in a1]),
        c("applicant1_last_name", "last_name", "VARCHAR", [b for _, b in a1]),
        c("applicant1_dob", "date_of_birth", "DATE", g.births(1950, 2007)),
        c("applicant1_ssn", "ssn", "VARCHAR", g.col(lambda: v.us_ssn(g, g.rnd.random() < 0.7), 0.6), HEAVY),
        c("applicant2_first_name", "first_name", "VARCHAR", [a for a, _ in a2]),
        c("applicant2_last_name", "last_name", "VARCHAR", [b for _, b in a2]),
        c("applicant2_dob", "date_of_birth", "DATE", g.births(1950, 2007)),
        c("applicant2_ssn", "ssn", "VARCHAR", g.col(lambda: v.us_ssn(g, g.rnd.random() < 0.7), 0.62), HEAVY),
        c("applicant2_prior_surname", "last_name", "VARCHAR", g.col(lambda: v.person(g, "us")[1], 0.7), HEAVY),
        c("mailing_address", "street_address", "VARCHAR", g.col(lambda: v.street(g, v.US_STREETS), 0.03)),
        c("city", "city", "VARCHAR", [p[0] for p in places]),
        c("county", N, "VARCHAR", [p[1] for p in places], "decoy"),
        c("zip", "postal_code", "VARCHAR", [p[2] + g.digits(2) for p in places]),
        c("contact_phone", "phone", "VARCHAR", g.phones("US", {"national": 0.5, "dashes": 0.3, "e164": 0.2}, 0.85,
                                                       0.1)),
        c("contact_email", "email", "VARCHAR", [None if g.rnd.random() < 0.3 else v.email_of(g, a, b, v.DOMAINS["us"])
                                                for a, b in a1]),
        c("officiant_name", "person_name", "VARCHAR", g.col(lambda: ("Rev. " if g.rnd.random() < 0.3 else "")
                                                            + v.whole(g, "us"), 0.35), ROLE),
        c("ceremony_date", N, "DATE", g.days("2025-01-05", "2026-02-28", 0.35), "decoy"),
        c("ceremony_venue", N, "VARCHAR", g.col(g.pick(venues), 0.4), "business"),
        c("deputy_clerk", "person_name", "VARCHAR", g.col(g.pick(clerks)), STAFF),
        c("fee_paid", N, "DECIMAL(6,2)", g.col(g.pick([82.0, 82.0, 22.0, 0.0])), "decoy"),
        c("waiting_period_waived", N, "BOOLEAN", g.yn(True, False, 0.12), "decoy"),
        c("misc_1", "free_text", "VARCHAR", _custom(g, "US", "us"), CUSTOM),
        c("record_hash", N, "VARCHAR", g.col(g.sha256), "decoy", SHAPE),
    ])


def gb_certificate_orders(g: Gen) -> Table:
    """An English register office's online certificate ordering service (Pascal case)."""
    subj = [v.person(g, "gb") for _ in range(g.rows)]
    buyers = [v.person(g, "gb") for _ in range(g.rows)]
    places = [g.rnd.choice(v.GB_CITIES) for _ in range(g.rows)]
    staff = _staff(g, 5, "gb")
    districts = ["HARROGATE", "SEFTON", "STEVENAGE", "TAUNTON DEANE", "KETTERING", "WAVENEY"]

    def login(a: str, b: str) -> str:
        return g.rnd.choice([f"{v.plain(a)[:1]}{v.plain(b)}{g.rnd.randint(1, 99)}",
                             f"{v.plain(a)}_{v.plain(b)[:4]}", f"{v.plain(b)}{g.rnd.randint(1960, 2005)}"])

    return Table("GroCertOrders.CertificateOrders", "en", "pascal", [
        c("OrderId", N, "BIGINT", g.keys(7_100_001), "decoy", KEY),
        c("OrderReference", N, "VARCHAR", g.col(lambda: g.code("CRT-25-AAA999999")), "decoy", SHAPE),
        c("CertificateType", N, "VARCHAR", g.col(g.pick(["Birth (full)", "Birth (short)", "Marriage", "Death",
                                                         "Civil partnership"])), "decoy"),
        c("GroIndexReference", N, "VARCHAR", g.col(lambda: f"{g.rnd.choice(districts)} {g.rnd.randint(1, 12)}"
                                                   f"{g.rnd.choice('ABC')} {g.rnd.randint(1, 2999)}", 0.3), "decoy",
          SHAPE),
        c("SubjectForenames", "first_name", "VARCHAR", [a for a, _ in subj], ROLE),
        c("SubjectSurname", "last_name", "VARCHAR", [b for _, b in subj], ROLE),
        c("SubjectDateOfBirth", "date_of_birth", "DATE", g.births(1920, 2025)),
        c("MothersMaidenSurname", "last_name", "VARCHAR", g.col(lambda: v.person(g, "gb")[1], 0.6), ROLE, HEAVY),
        c("ApplicantFullName", "person_name", "VARCHAR", [f"{a} {b}" for a, b in buyers]),
        c("AccountUsername", USERNAME, "VARCHAR", [login(a, b) for a, b in buyers], "username"),
        c("ApplicantEmail", "email", "VARCHAR", [v.email_of(g, a, b, v.DOMAINS["gb"]) for a, b in buyers]),
        c("ApplicantPhone", "phone", "VARCHAR", g.phones("GB", {"national": 0.6, "intl": 0.2, "e164": 0.2}, 0.85,
                                                         0.15)),
        c("DeliveryAddressLine1", "street_address", "VARCHAR", g.col(lambda: v.street(g, v.GB_STREETS, "gb"))),
        c("DeliveryTown", "city", "VARCHAR", [p[0] for p in places]),
        c("DeliveryPostcode", "postal_code", "VARCHAR", [f"{p[1]} {g.code('9AA')}" for p in places]),
        c("CardNumber", "credit_card", "VARCHAR", g.col(lambda: v.card(g), 0.6), HEAVY),
        c("CardExpiry", N, "VARCHAR", g.col(lambda: f"{g.rnd.randint(1, 12):02d}/{g.rnd.randint(26, 30)}", 0.6),
          "decoy"),
        c("AmountPaid", N, "DECIMAL(6,2)", g.col(g.pick([12.5, 12.5, 38.5, 11.0])), "decoy"),
        c("ClientIp", "ip_address", "VARCHAR", g.col(lambda: g.ip(0.25), 0.05)),
        c("ClientAppVersion", N, "VARCHAR", g.col(g.version), "decoy", SHAPE),
        c("TrackingNumber", N, "VARCHAR", g.col(lambda: g.code("AA999999999GB"), 0.3), "decoy", SHAPE),
        c("DispatchedAt", N, "TIMESTAMP", g.moments("2025-02-01", "2025-11-30", 0.2), "decoy"),
        c("ProcessedBy", "person_name", "VARCHAR", g.col(g.pick(staff)), STAFF),
        c("Udf2", "free_text", "VARCHAR", _custom(g, "GB", "gb"), CUSTOM),
    ])


def ca_name_change(g: Gen) -> Table:
    """An Ontario change-of-name application office (camel case)."""
    old = [v.person(g, "ca") for _ in range(g.rows)]
    places = [g.rnd.choice(v.CA_CITIES) for _ in range(g.rows)]
    staff = _staff(g, 4, "ca")
    branch = ["ServiceOntario Toronto College Park", "ServiceOntario Ottawa", "ServiceOntario Hamilton"]
    branch_phone = {b: g.phone("CA", "national", False) for b in branch}
    br = [g.rnd.choice(branch) for _ in range(g.rows)]

    def file_number() -> str:
        d = v.luhn_decoy(g, 9)
        return f"{d[:3]}-{d[3:6]}-{d[6:]}"

    def new_first(a: str) -> str:
        return v.given(g, "ca") if g.rnd.random() < 0.35 else a

    return Table("onNameChange.deedApplications", "en", "camel", [
        c("applicationId", N, "BIGINT", g.keys(250_001), "decoy", KEY),
        c("fileNumber", N, "VARCHAR", g.col(file_number), "decoy", SHAPE),
        c("currentGivenNames", "first_name", "VARCHAR", [a for a, _ in old]),
        c("currentSurname", "last_name", "VARCHAR", [b for _, b in old]),
        c("newGivenNames", "first_name", "VARCHAR", [new_first(a) for a, _ in old]),
        c("newSurname", "last_name", "VARCHAR", [v.person(g, "ca")[1] if g.rnd.random() < 0.7 else b
                                                 for _, b in old]),
        c("birthDate", "date_of_birth", "DATE", g.births(1945, 2007)),
        c("sinNumber", "ssn", "VARCHAR", g.col(lambda: v.ca_sin(g), 0.65), HEAVY),
        c("homePhone", "phone", "VARCHAR", g.phones("CA", {"national": 0.6, "dashes": 0.3, "e164": 0.1}, 0.8,
                                                    0.05)),
        c("emailAddress", "email", "VARCHAR", [v.email_of(g, a, b, v.DOMAINS["ca"]) if g.rnd.random() < 0.85 else None
                                               for a, b in old]),
        c("streetAddress", "street_address", "VARCHAR", g.col(lambda: v.street(g, v.CA_STREETS, "ca"))),
        c("municipality", "city", "VARCHAR", [p[0] for p in places]),
        c("postalCode", "postal_code", "VARCHAR", [f"{p[1]} {g.code('9A9')}" for p in places]),
        c("reasonCode", N, "VARCHAR", g.col(g.pick(["MARRIAGE", "SEPARATION", "GENDER_IDENTITY", "PREFERENCE",
                                                    "CULTURAL"])), "decoy"),
        c("guarantorName", "person_name", "VARCHAR", g.col(lambda: v.whole(g, "ca"), 0.1), ROLE),
        c("guarantorPhone", "phone", "VARCHAR", g.phones("CA", {"national": 1.0}, 0.5, 0.1), ROLE),
        c("commissionerName", "person_name", "VARCHAR", g.col(g.pick(staff)), STAFF),
        c("gazettePublished", N, "BOOLEAN", g.yn(True, False, 0.8), "decoy"),
        c("receiptNumber", N, "VARCHAR", g.col(lambda: g.code("SO-99999999")), "decoy", SHAPE),
        c("serviceBranch", N, "VARCHAR", br, "business"),
        c("branchPhone", N, "VARCHAR", [branch_phone[b] for b in br], "business"),
        c("decisionDate", N, "DATE", g.days("2025-01-15", "2025-12-10", 0.3), "decoy"),
        c("customField3", "free_text", "VARCHAR", _custom(g, "CA", "ca"), CUSTOM),
    ])


def au_poa_register(g: Gen) -> Table:
    """A New South Wales land registry's enduring power of attorney register (SCREAMING case)."""
    pairs = [v.person(g, "au") for _ in range(g.rows)]
    places = [g.rnd.choice(v.AU_CITIES) for _ in range(g.rows)]
    staff = _staff(g, 4, "au")
    firms = [(name, v.abn(g), f"{g.rnd.randint(1, 200)} {g.rnd.choice(v.AU_STREETS)}",
              g.phone("AU", "national", False))
             for name in ("Corrigan & Vella Lawyers", "Parramatta Legal Partners", "Hunter Estate Law",
                          "Gosford Family Solicitors")]
    firm = [g.rnd.randrange(len(firms)) for _ in range(g.rows)]
    return Table("POA_REGISTER.NSW_ENDURING_POA", "en", "screaming", [
        c("REGISTRATION_NO", N, "VARCHAR", g.col(lambda: g.code("POA-99999-25")), "decoy", SHAPE),
        c("BOOK_NO", N, "INTEGER", g.ints(4_100, 4_400), "decoy"),
        c("PRINCIPAL_GIVEN_NAMES", "first_name", "VARCHAR", [a.upper() for a, _ in pairs]),
        c("PRINCIPAL_FAMILY_NAME", "last_name", "VARCHAR", [b.upper() for _, b in pairs]),
        c("PRINCIPAL_DATE_OF_BIRTH", "date_of_birth", "DATE", g.births(1928, 1975)),
        c("PRINCIPAL_TFN", "national_id", "VARCHAR", g.col(lambda: v.tfn(g), 0.7), HEAVY),
        c("PRINCIPAL_ADDRESS", "street_address", "VARCHAR", g.col(lambda: v.street(g, v.AU_STREETS, "au").upper())),
        c("SUBURB", "city", "VARCHAR", [p[0].upper() for p in places]),
        c("STATE", N, "VARCHAR", [p[1] for p in places], "decoy"),
        c("POSTCODE", "postal_code", "VARCHAR", [p[2] for p in places]),
        c("PRINCIPAL_MOBILE", "phone", "VARCHAR", g.phones("AU", {"national": 0.7, "e164": 0.3}, 0.8, 0.2)),
        c("ATTORNEY_1_NAME", "person_name", "VARCHAR", g.col(lambda: v.whole(g, "au").upper()), ROLE),
        c("ATTORNEY_1_EMAIL", "email", "VARCHAR", g.col(lambda: v.email_of(g, *v.person(g, "au"), v.DOMAINS["au"]),
                                                        0.25), ROLE),
        c("ATTORNEY_2_NAME", "person_name", "VARCHAR", g.col(lambda: v.whole(g, "au").upper(), 0.65), ROLE, HEAVY),
        c("WITNESS_NAME", "person_name", "VARCHAR", g.col(lambda: v.whole(g, "au").upper()), ROLE),
        c("APPOINTMENT_TYPE", N, "VARCHAR", g.col(g.pick(["JOINT", "SEVERAL", "JOINT AND SEVERAL", "SOLE"])),
          "decoy"),
        c("EXECUTED_DATE", N, "DATE", g.days("2018-01-01", "2025-11-30"), "decoy"),
        c("REVOKED_FLAG", N, "VARCHAR", g.col(g.pick(["N", "N", "N", "Y"])), "decoy"),
        c("LODGING_FIRM", N, "VARCHAR", [firms[i][0] for i in firm], "business"),
        c("LODGING_FIRM_ABN", N, "VARCHAR", [firms[i][1] for i in firm], "business", SHAPE),
        c("LODGING_FIRM_ADDRESS", N, "VARCHAR", [firms[i][2] for i in firm], "business"),
        c("LODGING_FIRM_PHONE", N, "VARCHAR", [firms[i][3] for i in firm], "business"),
        c("REGISTRY_OFFICER", "person_name", "VARCHAR", g.col(g.pick(staff)), STAFF),
        c("CUSTOM_FIELD_1", "free_text", "VARCHAR", _custom(g, "AU", "au"), CUSTOM),
    ])


def ie_death_register(g: Gen) -> Table:
    """A Cork civil registration office's death register (abbreviated snake case)."""
    pairs = [v.person(g, "ie") for _ in range(g.rows)]
    births = g.births(1925, 2005)
    places = [g.rnd.choice(v.IE_CITIES) for _ in range(g.rows)]
    staff = _staff(g, 3, "ie")
    undertakers = [("Keohane Funeral Directors", g.phone("IE", "national", False)),
                   ("O'Connor Bros Undertakers", g.phone("IE", "national", False)),
                   ("Furlong & Sons Funeral Home", g.phone("IE", "national", False))]
    fd = [g.rnd.randrange(len(undertakers)) for _ in range(g.rows)]

    def rmk() -> str:
        return g.rnd.choice([f"Informant is nephew, {v.whole(g, 'ie')}", "Coroner's certificate received",
                             "Late registration, >3 months", f"Spelling of name corrected per sister {v.given(g, 'ie')}"])

    return Table("gro_cork.dth_reg", "en", "abbrev", [
        c("reg_id", N, "BIGINT", g.keys(90_001), "decoy", KEY),
        c("reg_no", N, "VARCHAR", g.col(lambda: g.code("CK-DTH-2025-99999")), "decoy", SHAPE),
        c("dec_fnm", "first_name", "VARCHAR", [a for a, _ in pairs], ABBREV),
        c("dec_snm", "last_name", "VARCHAR", [b for _, b in pairs], ABBREV),
        c("dec_msnm", "last_name", "VARCHAR", g.col(lambda: v.person(g, "ie")[1], 0.6), ABBREV, HEAVY),
        c("dec_dob", "date_of_birth", "VARCHAR", [f"{d.day:02d}/{d.month:02d}/{d.year}" for d in births], ABBREV),
        c("dec_dod", N, "DATE", g.days("2025-01-01", "2025-11-30"), "decoy"),
        c("dec_ppsn", "ssn", "VARCHAR", g.col(lambda: v.pps(g), 0.3), ABBREV),
        c("dec_addr", "street_address", "VARCHAR", g.col(lambda: v.street(g, v.IE_STREETS, "ie")), ABBREV),
        c("dec_twn", "city", "VARCHAR", [p[0] for p in places], ABBREV),
        c("dec_eirc", "postal_code", "VARCHAR", [f"{p[1]} {g.code('A9AA')}" for p in places], ABBREV),
        c("dec_occ", N, "VARCHAR", g.col(g.pick(["Retired farmer", "Homemaker", "Nurse", "Publican", "Teacher"])),
          "decoy"),
        c("cod_cd", N, "VARCHAR", g.col(g.pick(["I21.9", "C34.9", "J44.1", "F03", "I64"])), "decoy"),
        c("inf_nm", "person_name", "VARCHAR", g.col(lambda: v.whole(g, "ie")), ROLE, ABBREV),
        c("inf_rel", N, "VARCHAR", g.col(g.pick(["Son", "Daughter", "Spouse", "Nephew", "Present at death"])),
          "decoy"),
        c("inf_ph", "phone", "VARCHAR", g.phones("IE", {"national": 0.7, "e164": 0.3}, 0.9, 0.2), ROLE, ABBREV),
        c("inf_eml", "email", "VARCHAR", g.col(lambda: v.email_of(g, *v.person(g, "ie"), v.DOMAINS["ie"]), 0.65),
          ROLE, ABBREV, HEAVY),
        c("cert_dr", "person_name", "VARCHAR", g.col(lambda: "Dr " + v.whole(g, "ie"), 0.1), ROLE, ABBREV),
        c("fd_nm", N, "VARCHAR", [undertakers[i][0] for i in fd], "business"),
        c("fd_ph", N, "VARCHAR", [undertakers[i][1] for i in fd], "business"),
        c("rgr_nm", "person_name", "VARCHAR", g.col(g.pick(staff)), STAFF, ABBREV),
        c("rmk", "free_text", "VARCHAR", g.sparse(rmk, 0.78, _words("nil")), NULLWORD, ABBREV),
    ])


def in_birth_cobol(g: Gen) -> Table:
    """A Pune municipal birth registration unit's COBOL extract (padded CHAR, YYYYMMDD integers, numbers for phones
    and PIN codes)."""
    hospitals = [("SASSOON GENERAL HOSPITAL", g.phone("IN", "digits", False)),
                 ("KAMALA NEHRU HOSPITAL", g.phone("IN", "digits", False)),
                 ("DEENANATH MATERNITY WING", g.phone("IN", "digits", False))]
    hosp = [g.rnd.randrange(len(hospitals)) for _ in range(g.rows)]
    places = [g.rnd.choice(v.IN_CITIES) for _ in range(g.rows)]
    births = [g.day("2024-11-01", "2025-10-31") for _ in range(g.rows)]
    surname = [v.person(g, "in")[1] for _ in range(g.rows)]
    staff = _staff(g, 3, "in")
    return Table("PMCBIRTH.BIRTH-REG-EXTRACT", "en", "cobol", [
        c("BR-REG-NO", N, "VARCHAR", g.col(lambda: v.aadhaar_decoy(g)), "decoy", SHAPE, LEGACY),
        c("BR-CHILD-FNAME", "first_name", "VARCHAR", _pad(g.col(lambda: v.given(g, "in").upper(), 0.45), 20),
          LEGACY),
        c("BR-CHILD-SURNAME", "last_name", "VARCHAR", _pad([s.upper() for s in surname], 20), LEGACY),
        c("BR-SEX", N, "VARCHAR", g.col(g.pick(["M", "F"])), "decoy", LEGACY),
        c("BR-DOB", "date_of_birth", "INTEGER", [_ymd(d) for d in births], LEGACY),
        c("BR-TOB", N, "INTEGER", g.col(lambda: g.rnd.randint(0, 23) * 100 + g.rnd.randint(0, 59)), "decoy", LEGACY),
        c("BR-FATHER-NAME", "person_name", "VARCHAR", _pad([f"{v.given(g, 'in')} {s}".upper() for s in surname], 35),
          ROLE, LEGACY),
        c("BR-FATHER-UID", "national_id", "VARCHAR", g.col(lambda: v.aadhaar(g, False), 0.6), ROLE, HEAVY, LEGACY),
        c("BR-MOTHER-NAME", "person_name", "VARCHAR", _pad(g.col(lambda: v.whole(g, "in").upper()), 35), ROLE,
          LEGACY),
        c("BR-MOTHER-UID", "national_id", "VARCHAR", g.col(lambda: v.aadhaar(g, False), 0.2), ROLE, LEGACY),
        c("BR-MOTHER-AGE", N, "INTEGER", g.ints(18, 44), "decoy", LEGACY),
        c("BR-ADDR", "street_address", "VARCHAR", _pad(g.col(lambda: v.street(g, v.IN_STREETS, "in")), 40), LEGACY),
        c("BR-CITY", "city", "VARCHAR", _pad([p[0].upper() for p in places], 20), LEGACY),
        c("BR-PIN", "postal_code", "INTEGER", [int(p[1] + g.digits(3)) for p in places], LEGACY),
        c("BR-MOB", "phone", "BIGINT", [int(g.phone("IN", "digits")) if g.rnd.random() < 0.85 else 0
                                        for _ in range(g.rows)], LEGACY),
        c("BR-HOSP-NAME", N, "VARCHAR", _pad([hospitals[i][0] for i in hosp], 30), "business", LEGACY),
        c("BR-HOSP-PHONE", N, "BIGINT", [int(hospitals[i][1]) for i in hosp], "business", LEGACY),
        c("BR-REG-DT", N, "INTEGER", [_ymd(d + timedelta(days=g.rnd.randint(1, 21))) for d in births], "decoy", LEGACY),
        c("BR-REGISTRAR", "person_name", "VARCHAR", _pad(g.col(g.pick(staff)), 30), STAFF, LEGACY),
        c("BR-USER-FLD-1", "free_text", "VARCHAR", _pad(_custom(g, "IN", "in"), 40), CUSTOM, LEGACY),
    ])


def za_civil_union_staging(g: Gen) -> Table:
    """A Gauteng Home Affairs office's marriage and civil union registrations, landed as an opaque staging table."""
    def party() -> tuple[str, date, str]:
        female = g.rnd.random() < 0.5
        a, b = v.person(g, "za", female)
        born = g.birth(1955, 2005)
        return f"{a} {b}", born, v.za_id(g, born, female)

    p1 = [party() for _ in range(g.rows)]
    p2 = [party() for _ in range(g.rows)]
    places = [g.rnd.choice(v.ZA_CITIES) for _ in range(g.rows)]
    officers = _staff(g, 5, "za")
    offices = ["DHA Johannesburg Harrison St", "DHA Soweto Regional", "DHA Pretoria Byron Place"]
    return Table("stg_dha_civun.src_union_raw", "en", "opaque", [
        c("col01", N, "VARCHAR", g.col(g.uuid), "decoy", KEY, OPAQUE),
        c("col02", "person_name", "VARCHAR", [p[0] for p in p1], OPAQUE),
        c("col03", "national_id", "VARCHAR", [p[2] for p in p1], OPAQUE),
        c("col04", "date_of_birth", "VARCHAR", [f"{p[1].year}/{p[1].month:02d}/{p[1].day:02d}" for p in p1], OPAQUE),
        c("col05", "person_name", "VARCHAR", [p[0] for p in p2], OPAQUE),
        c("col06", "national_id", "VARCHAR", _heavy([p[2] for p in p2], 0.55, g), OPAQUE, HEAVY),
        c("col07", "phone", "VARCHAR", g.phones("ZA", {"national": 0.6, "e164": 0.4}, 0.9, 0.1), OPAQUE),
        c("col08", "email", "VARCHAR", g.col(lambda: v.email_of(g, *v.person(g, "za"), v.DOMAINS["za"]), 0.3),
          OPAQUE),
        c("col09", "street_address", "VARCHAR", g.col(lambda: v.street(g, v.ZA_STREETS, "za")), OPAQUE),
        c("col10", "city", "VARCHAR", [p[0] for p in places], OPAQUE),
        c("col11", "postal_code", "VARCHAR", [p[1] for p in places], OPAQUE),
        c("col12", N, "VARCHAR", g.col(lambda: v.za_id_decoy(g)), "decoy", SHAPE, OPAQUE),
        c("col13", "person_name", "VARCHAR", g.col(g.pick(officers)), STAFF, OPAQUE),
        c("col14", N, "VARCHAR", g.col(g.pick(offices)), "business", OPAQUE),
        c("col15", N, "VARCHAR", g.col(g.md5), "decoy", SHAPE, OPAQUE),
        c("col16", N, "TIMESTAMP", g.moments("2025-03-01", "2025-11-30"), "decoy", OPAQUE),
        c("col17", "free_text", "VARCHAR", _custom(g, "ZA", "za"), CUSTOM, OPAQUE),
        c("col18", N, "VARCHAR", g.col(g.pick(["CIVIL UNION", "MARRIAGE", "CUSTOMARY"])), "decoy", OPAQUE),
    ])


def ng_adoption_orders(g: Gen) -> Table:
    """A Lagos State High Court adoption orders registry (snake case)."""
    staff = _staff(g, 3, "ng")
    officers = _staff(g, 5, "ng")
    homes = [("Heart of Gold Children's Home", g.phone("NG", "national", False)),
             ("Arrows of God Orphanage", g.phone("NG", "national", False)),
             ("Lagos State Child Care Centre", g.phone("NG", "national", False))]
    home = [g.rnd.randrange(len(homes)) for _ in range(g.rows)]
    surn = [v.person(g, "ng")[1] for _ in range(g.rows)]

    def note() -> str:
        return g.rnd.choice([f"Consent of birth mother {v.whole(g, 'ng')} sworn", "Home study report filed",
                             "Interim order extended by 3 months", f"Child known as {v.given(g, 'ng')} at the home"])

    return Table("lagos_hc_adoption.adoption_orders", "en", "snake", [
        c("order_id", N, "BIGINT", g.keys(1), "decoy", KEY),
        c("suit_number", N, "VARCHAR", g.col(lambda: f"LD/ADP/{g.rnd.randint(1, 999)}/{g.rnd.randint(2021, 2025)}"),
          "decoy", SHAPE),
        c("child_former_name", "person_name", "VARCHAR", g.col(lambda: v.whole(g, "ng"), 0.3)),
        c("child_new_first_name", "first_name", "VARCHAR", g.col(lambda: v.given(g, "ng"))),
        c("child_new_surname", "last_name", "VARCHAR", surn),
        c("child_dob", "date_of_birth", "DATE", g.births(2010, 2025)),
        c("adopter1_name", "person_name", "VARCHAR", [f"{v.given(g, 'ng')} {s}" for s in surn], ROLE),
        c("adopter1_nin", "national_id", "VARCHAR", g.col(lambda: str(g.rnd.randint(1, 9)) + g.digits(10), 0.25),
          ROLE),
        c("adopter2_name", "person_name", "VARCHAR", [f"{v.given(g, 'ng')} {s}" if g.rnd.random() < 0.4 else None
                                                      for s in surn], ROLE, HEAVY),
        c("adopter_phone", "phone", "VARCHAR", g.phones("NG", {"national": 0.7, "e164": 0.3}, 1.0, 0.05), ROLE),
        c("adopter_email", "email", "VARCHAR", g.col(lambda: v.email_of(g, *v.person(g, "ng"), v.DOMAINS["ng"]), 0.4),
          ROLE),
        c("adopter_address", "street_address", "VARCHAR", g.col(lambda: v.street(g, v.NG_STREETS, "ng"))),
        c("lga", "city", "VARCHAR", g.col(g.pick(v.NG_CITIES))),
        c("state", N, "VARCHAR", ["Lagos"] * g.rows, "decoy"),
        c("children_home", N, "VARCHAR", [homes[i][0] for i in home], "business"),
        c("children_home_phone", N, "VARCHAR", [homes[i][1] for i in home], "business"),
        c("presiding_judge", "person_name", "VARCHAR", g.col(lambda: "Hon. Justice " + g.rnd.choice(staff)), STAFF),
        c("welfare_officer", "person_name", "VARCHAR", g.col(g.pick(officers)), STAFF),
        c("order_date", N, "DATE", g.days("2021-03-01", "2025-11-30"), "decoy"),
        c("order_status", N, "VARCHAR", g.col(g.pick(["FINAL", "INTERIM", "REVOKED"])), "decoy"),
        c("udf_3", "free_text", "VARCHAR", _custom(g, "NG", "ng"), CUSTOM),
        c("case_notes", "free_text", "VARCHAR", g.sparse(note, 0.75, _words("nil")), NULLWORD),
    ])


# -- tables named in other languages -----------------------------------------------------------------------------------


def de_urkundenrolle(g: Gen) -> Table:
    """A Munich notary's deed roll (German, snake case)."""
    pairs = [v.person(g, "de") for _ in range(g.rows)]
    births = g.births(1935, 2006)
    places = [g.rnd.choice(v.DE_CITIES) for _ in range(g.rows)]
    notare = _staff(g, 2, "de")
    fachangestellte = _staff(g, 5, "de")

    def bban() -> str:
        return g.rnd.choice(["70150000", "70020270", "70190000", "70090100"]) + g.digits(10)

    return Table("notariat_lehel.urkundenrolle", "de", "snake", [
        c("urkunde_id", N, "BIGINT", g.keys(60_001), "decoy", KEY),
        c("urkundenrolle_nr", N, "VARCHAR", g.col(lambda: f"UR {g.rnd.randint(1, 2999)}/2025 {g.rnd.choice('LMK')}"),
          "decoy", SHAPE),
        c("beurkundungsdatum", N, "DATE", g.days("2025-01-02", "2025-11-28"), "decoy"),
        c("geschaeftsart", N, "VARCHAR", g.col(g.pick(["Kaufvertrag", "Grundschuldbestellung", "Testament",
                                                       "Vorsorgevollmacht", "GmbH-Gründung", "Erbvertrag"])),
          "decoy"),
        c("beteiligter_vorname", "first_name", "VARCHAR", [a for a, _ in pairs]),
        c("beteiligter_nachname", "last_name", "VARCHAR", [b for _, b in pairs]),
        c("geburtsname", "last_name", "VARCHAR", g.col(lambda: v.person(g, "de")[1], 0.65), HEAVY),
        c("geburtsdatum", "date_of_birth", "VARCHAR", [f"{d.day:02d}.{d.month:02d}.{d.year}" for d in births]),
        c("steuer_id", "national_id", "VARCHAR", g.col(lambda: v.idnr(g), 0.3)),
        c("anschrift", "street_address", "VARCHAR", g.col(lambda: v.street(g, v.DE_STREETS, "de"))),
        c("plz", "postal_code", "VARCHAR", [p[1] + g.digits(3) for p in places]),
        c("wohnort", "city", "VARCHAR", [p[0] for p in places]),
        c("telefon", "phone", "VARCHAR", g.phones("DE", {"national": 0.6, "intl": 0.4}, 0.6, 0.2)),
        c("email", "email", "VARCHAR", [v.email_of(g, a, b, v.DOMAINS["de"]) if g.rnd.random() < 0.45 else None
                                        for a, b in pairs], HEAVY),
        c("iban_anderkonto", "iban", "VARCHAR", g.col(lambda: v.iban(g, "DE", bban), 0.6), HEAVY),
        c("kaufpreis_eur", N, "DECIMAL(12,2)", g.col(lambda: round(g.rnd.uniform(150_000, 2_400_000), -3), 0.5),
          "decoy"),
        c("grundbuchblatt", N, "VARCHAR", g.col(lambda: f"Schwabing Bl. {g.rnd.randint(1000, 29999)}", 0.5), "decoy",
          SHAPE),
        c("notar", "person_name", "VARCHAR", g.col(lambda: "Dr. " + g.rnd.choice(notare)), STAFF),
        c("sachbearbeiterin", "person_name", "VARCHAR", g.col(g.pick(fachangestellte)), STAFF),
        c("gebuehr_gnotkg", N, "DECIMAL(9,2)", g.amounts(60, 9_000), "decoy"),
        c("freitext_2", "free_text", "VARCHAR", _custom(g, "DE", "de"), CUSTOM),
    ])


def fr_pacs_as400(g: Gen) -> Table:
    """A Lyon town hall's civil partnership (PACS) register on AS/400 (French, ``PC`` prefix, CYYMMDD decimals)."""
    def party() -> tuple[str, str, date, str]:
        female = g.rnd.random() < 0.5
        a, b = v.person(g, "fr", female)
        born = g.birth(1950, 2005)
        return a, b, born, v.nir(g, born, female)

    p1 = [party() for _ in range(g.rows)]
    p2 = [party() for _ in range(g.rows)]
    places = [g.rnd.choice(v.FR_CITIES) for _ in range(g.rows)]
    officiers = _staff(g, 4, "fr")
    rows = range(g.rows)
    return Table("ETACIV69.PCREGP", "fr", "as400", [
        c("PCNENR", N, "DECIMAL(9,0)", g.keys(202_500_001), "decoy", KEY, LEGACY),
        c("PCDENR", N, "DECIMAL(7,0)", [_cyymmdd(g.day("2024-01-01", "2025-11-30")) for _ in rows], "decoy", LEGACY),
        c("PCTYPE", N, "VARCHAR", g.col(g.pick(["ENRG", "ENRG", "MODI", "DISS"])), "decoy", LEGACY),
        c("PCNOM1", "last_name", "VARCHAR", _pad([p[1].upper() for p in p1], 25), LEGACY),
        c("PCPRN1", "first_name", "VARCHAR", _pad([p[0].upper() for p in p1], 20), LEGACY),
        c("PCDNA1", "date_of_birth", "DECIMAL(7,0)", [_cyymmdd(p[2]) for p in p1], LEGACY),
        c("PCNIR1", "ssn", "VARCHAR", [p[3] if g.rnd.random() < 0.85 else None for p in p1], LEGACY),
        c("PCNOM2", "last_name", "VARCHAR", _pad([p[1].upper() for p in p2], 25), LEGACY),
        c("PCPRN2", "first_name", "VARCHAR", _pad([p[0].upper() for p in p2], 20), LEGACY),
        c("PCDNA2", "date_of_birth", "DECIMAL(7,0)", [_cyymmdd(p[2]) for p in p2], LEGACY),
        c("PCNIR2", "ssn", "VARCHAR", [p[3] if g.rnd.random() < 0.4 else None for p in p2], LEGACY, HEAVY),
        c("PCADR1", "street_address", "VARCHAR", _pad(g.col(lambda: v.street(g, v.FR_STREETS, "fr").upper()), 32),
          LEGACY),
        c("PCCPOS", "postal_code", "DECIMAL(5,0)", [int(p[1]) for p in places], LEGACY),
        c("PCVILL", "city", "VARCHAR", _pad([p[0].upper() for p in places], 26), LEGACY),
        c("PCTELF", "phone", "DECIMAL(10,0)", [int(g.phone("FR", "digits", g.rnd.random() < 0.7))
                                               if g.rnd.random() < 0.8 else 0 for _ in rows], LEGACY),
        c("PCMAIL", "email", "VARCHAR", [v.email_of(g, p[0], p[1], v.DOMAINS["fr"]) if g.rnd.random() < 0.4 else None
                                         for p in p1], LEGACY, HEAVY),
        c("PCOFFI", "person_name", "VARCHAR", _pad(g.col(g.pick(officiers)), 30), STAFF, LEGACY),
        c("PCDDIS", N, "DECIMAL(7,0)", [_cyymmdd(g.day("2025-01-01", "2025-11-30")) if g.rnd.random() < 0.15 else 0
                                        for _ in rows], "decoy", LEGACY),
        c("PCETUD", N, "VARCHAR", _pad(g.col(g.pick(["ETUDE BELLECOUR NOTAIRES", "SCP GIRAUDEAU ET ASSOCIES",
                                                     None, None])), 30), "business", LEGACY),
        c("PCUDF1", "free_text", "VARCHAR", _pad(_custom(g, "FR", "fr"), 40), CUSTOM, LEGACY),
    ])


def es_apostillas(g: Gen) -> Table:
    """A Seville notarial college's apostille requests (Spanish, snake case)."""
    pairs = [v.person(g, "es") for _ in range(g.rows)]
    places = [g.rnd.choice(v.ES_CITIES) for _ in range(g.rows)]
    notarios = _staff(g, 6, "es")

    def bban() -> str:
        return g.rnd.choice(["2100", "0049", "0182", "2103"]) + g.digits(16)

    def obs() -> str:
        return g.rnd.choice([f"Recoge su hermano {v.whole(g, 'es')} con autorización", "Documento para Colombia",
                             "Falta legitimación de firma", f"Llamar a {v.given(g, 'es')} antes de las 14h"])

    return Table("colegio_notarial_sev.solicitudes_apostilla", "es", "snake", [
        c("id_solicitud", N, "BIGINT", g.keys(30_001), "decoy", KEY),
        c("num_expediente", N, "VARCHAR", g.col(lambda: v.dni_decoy(g)), "decoy", SHAPE),
        c("fecha_solicitud", N, "TIMESTAMP", g.moments("2025-01-02", "2025-11-28"), "decoy"),
        c("tipo_documento", N, "VARCHAR", g.col(g.pick(["Poder notarial", "Escritura de compraventa",
                                                        "Acta de manifestaciones", "Testimonio"])), "decoy"),
        c("pais_destino", N, "VARCHAR", g.col(g.pick(["Estados Unidos", "México", "Colombia", "Argentina",
                                                      "Reino Unido"])), "decoy"),
        c("nombre", "first_name", "VARCHAR", [a for a, _ in pairs]),
        c("primer_apellido", "last_name", "VARCHAR", [b for _, b in pairs]),
        c("segundo_apellido", "last_name", "VARCHAR", g.col(lambda: v.person(g, "es")[1], 0.05)),
        c("dni", "national_id", "VARCHAR", g.col(lambda: v.dni(g), 0.08)),
        c("fecha_nacimiento", "date_of_birth", "DATE", g.births(1940, 2006)),
        c("telefono_movil", "phone", "VARCHAR", g.phones("ES", {"national": 0.6, "e164": 0.4}, 0.9, 0.1)),
        c("correo", "email", "VARCHAR", [v.email_of(g, a, b, v.DOMAINS["es"]) if g.rnd.random() < 0.8 else None
                                         for a, b in pairs]),
        c("direccion", "street_address", "VARCHAR", g.col(lambda: v.street(g, v.ES_STREETS, "es"))),
        c("codigo_postal", "postal_code", "VARCHAR", [p[1] + g.digits(3) for p in places]),
        c("municipio", "city", "VARCHAR", [p[0] for p in places]),
        c("notario_autorizante", "person_name", "VARCHAR", g.col(g.pick(notarios)), STAFF),
        c("numero_protocolo", N, "VARCHAR", g.col(lambda: f"{g.rnd.randint(1, 4999)}/2025"), "decoy", SHAPE),
        c("tasa_eur", N, "DECIMAL(6,2)", g.col(g.pick([0.0, 6.01, 12.02])), "decoy"),
        c("iban_devolucion", "iban", "VARCHAR", g.col(lambda: v.iban(g, "ES", bban), 0.7), HEAVY),
        c("ip_solicitud", "ip_address", "VARCHAR", g.col(lambda: g.ip(0.2), 0.1)),
        c("observaciones", "free_text", "VARCHAR", g.sparse(obs, 0.75, _words("sin datos")), NULLWORD),
    ])


def it_anagrafe_aire(g: Gen) -> Table:
    """An Italian consulate-general in São Paulo's registry of citizens abroad (AIRE; Italian, Pascal case,
    Brazilian addresses and phones)."""
    rows = []
    for _ in range(g.rows):
        female = g.rnd.random() < 0.5
        a, b = v.person(g, "it", female)
        born = g.birth(1940, 2007)
        rows.append((a, b, born, v.codice_fiscale(g, a, b, born, female)))
    places = [g.rnd.choice(v.BR_CITIES) for _ in range(g.rows)]
    staff = _staff(g, 4, "it")
    from stdnum.br import cpf as _cpf

    def cpf() -> str:
        return _cpf.format(g.valid(lambda: g.digits(11), lambda x: _cpf.is_valid(x) and len(set(x)) > 1))

    return Table("ConsolatoSanPaolo.AnagrafeAire", "it", "pascal", [
        c("IdPratica", N, "BIGINT", g.keys(880_001), "decoy", KEY),
        c("NumeroPratica", N, "VARCHAR", g.col(lambda: g.code("SP-AIRE-2025-99999")), "decoy", SHAPE),
        c("CodiceFiscale", "national_id", "VARCHAR", [r[3] if g.rnd.random() < 0.85 else None for r in rows]),
        c("Cognome", "last_name", "VARCHAR", [r[1] for r in rows]),
        c("Nome", "first_name", "VARCHAR", [r[0] for r in rows]),
        c("DataNascita", "date_of_birth", "DATE", [r[2] for r in rows]),
        c("NumeroPassaporto", "national_id", "VARCHAR", g.col(lambda: g.code("AA9999999"), 0.55), HEAVY),
        c("CpfBrasiliano", "national_id", "VARCHAR", g.col(cpf, 0.6), HEAVY),
        c("IndirizzoEstero", "street_address", "VARCHAR", g.col(lambda: v.street(g, v.BR_STREETS, "br"))),
        c("CittaResidenza", "city", "VARCHAR", [p[0] for p in places]),
        c("Cep", "postal_code", "VARCHAR", [f"{p[1]}{g.digits(3)}-{g.digits(3)}" for p in places]),
        c("Telefono", "phone", "VARCHAR", g.phones("BR", {"national": 0.5, "e164": 0.3, "intl": 0.2}, 0.85, 0.1)),
        c("Email", "email", "VARCHAR", [v.email_of(g, r[0], r[1], v.DOMAINS["it"]) if g.rnd.random() < 0.75 else None
                                        for r in rows]),
        c("StatoCivile", N, "VARCHAR", g.col(g.pick(["Celibe/Nubile", "Coniugato/a", "Divorziato/a",
                                                     "Vedovo/a"])), "decoy"),
        c("ConiugeNominativo", "person_name", "VARCHAR", g.col(lambda: v.whole(g, "it"), 0.6), ROLE, HEAVY),
        c("FunzionarioIncaricato", "person_name", "VARCHAR", g.col(g.pick(staff)), STAFF),
        c("DataIscrizione", N, "DATE", g.days("2010-01-01", "2025-11-30"), "decoy"),
        c("MotivoIscrizione", N, "VARCHAR", g.col(g.pick(["Espatrio", "Nascita all'estero",
                                                          "Riconoscimento cittadinanza", "Trasferimento"])), "decoy"),
        c("CampoLibero3", "free_text", "VARCHAR", _custom(g, "BR", "it"), CUSTOM),
    ])


def pl_rejestr_testamentow(g: Gen) -> Table:
    """A Kraków notary's entries in the notarial register of wills (Polish, snake case)."""
    rows = []
    for _ in range(g.rows):
        female = g.rnd.random() < 0.55
        a, b = v.person(g, "pl", female)
        born = g.birth(1930, 2004)
        rows.append((a, b, born, v.pesel(g, born, female)))
    places = [g.rnd.choice(v.PL_CITIES) for _ in range(g.rows)]
    kancelarie = [(name, v.nip(g), g.phone("PL", "national", False))
                  for name in ("Kancelaria Notarialna Floriańska 12", "Notariusze Wróbel i Sobczak s.c.",
                               "Kancelaria Notarialna Podgórze")]
    kanc = [g.rnd.randrange(len(kancelarie)) for _ in range(g.rows)]
    notariusze = _staff(g, 4, "pl")
    return Table("nort_krakow.rejestr_testamentow", "pl", "snake", [
        c("id_wpisu", N, "BIGINT", g.keys(10_001), "decoy", KEY),
        c("numer_repertorium", N, "VARCHAR", g.col(lambda: f"Rep. A nr {g.rnd.randint(1, 9999)}/2025"), "decoy",
          SHAPE),
        c("numer_wpisu_nort", N, "VARCHAR", g.col(lambda: v.pesel_decoy(g)), "decoy", SHAPE),
        c("rodzaj_czynnosci", N, "VARCHAR", g.col(g.pick(["testament notarialny", "odwołanie testamentu",
                                                          "zapis windykacyjny", "pełnomocnictwo"])), "decoy"),
        c("data_sporzadzenia", N, "DATE", g.days("2025-01-02", "2025-11-28"), "decoy"),
        c("imie_spadkodawcy", "first_name", "VARCHAR", [r[0] for r in rows]),
        c("nazwisko_spadkodawcy", "last_name", "VARCHAR", [r[1] for r in rows]),
        c("nazwisko_rodowe", "last_name", "VARCHAR", g.col(lambda: v.person(g, "pl")[1], 0.6), HEAVY),
        c("pesel", "national_id", "VARCHAR", [r[3] for r in rows]),
        c("data_urodzenia", "date_of_birth", "DATE", [r[2] for r in rows]),
        c("imie_ojca", "first_name", "VARCHAR", g.col(lambda: v.person(g, "pl", False)[0], 0.05), ROLE),
        c("imie_matki", "first_name", "VARCHAR", g.col(lambda: v.person(g, "pl", True)[0], 0.05), ROLE),
        c("adres", "street_address", "VARCHAR", g.col(lambda: v.street(g, v.PL_STREETS, "pl"))),
        c("kod_pocztowy", "postal_code", "VARCHAR", [f"{p[1]}-{g.digits(3)}" for p in places]),
        c("miejscowosc", "city", "VARCHAR", [p[0] for p in places]),
        c("telefon", "phone", "VARCHAR", g.phones("PL", {"national": 0.6, "e164": 0.4}, 0.8, 0.55), HEAVY),
        c("notariusz", "person_name", "VARCHAR", g.col(g.pick(notariusze)), STAFF),
        c("kancelaria", N, "VARCHAR", [kancelarie[i][0] for i in kanc], "business"),
        c("nip_kancelarii", N, "VARCHAR", [kancelarie[i][1] for i in kanc], "business", SHAPE),
        c("telefon_kancelarii", N, "VARCHAR", [kancelarie[i][2] for i in kanc], "business"),
        c("pole_dodatkowe_2", "free_text", "VARCHAR", _custom(g, "PL", "pl"), CUSTOM),
    ])


def nl_naturalisatie(g: Gen) -> Table:
    """A Utrecht municipality's naturalisation ceremonies (Dutch, snake case)."""
    pairs = [v.person(g, "nl") for _ in range(g.rows)]
    places = [g.rnd.choice(v.NL_CITIES) for _ in range(g.rows)]
    staff = _staff(g, 5, "nl")

    def opm() -> str:
        return g.rnd.choice([f"Neemt partner {v.whole(g, 'nl')} mee", "Verklaring van verbondenheid afgelegd",
                             "Tolk Arabisch nodig", f"Verhinderd, nieuwe datum; contact via dochter {v.given(g, 'nl')}"])

    return Table("gem_utrecht.naturalisatie_ceremonie", "nl", "snake", [
        c("ceremonie_id", N, "BIGINT", g.keys(5_001), "decoy", KEY),
        c("zaaknummer", N, "VARCHAR", g.col(lambda: v.bsn_decoy(g)), "decoy", SHAPE),
        c("v_nummer", "national_id", "VARCHAR", g.col(lambda: g.digits(10), 0.1)),
        c("bsn", "national_id", "VARCHAR", g.col(lambda: v.bsn(g), 0.05)),
        c("voornamen", "first_name", "VARCHAR", [a for a, _ in pairs]),
        c("geslachtsnaam", "last_name", "VARCHAR", [b for _, b in pairs]),
        c("geboortedatum", "date_of_birth", "DATE", g.births(1950, 2007)),
        c("geboorteplaats", "city", "VARCHAR", g.col(g.pick(["Casablanca", "Paramaribo", "Ankara", "Aleppo",
                                                             "Accra", "Chennai", "Kaboel", "Asmara"]))),
        c("nationaliteit_oud", N, "VARCHAR", g.col(g.pick(["Marokkaanse", "Surinaamse", "Turkse", "Syrische",
                                                           "Ghanese", "Indiase", "Eritrese"])), "decoy"),
        c("straat_huisnummer", "street_address", "VARCHAR", g.col(lambda: v.street(g, v.NL_STREETS, "nl"))),
        c("postcode", "postal_code", "VARCHAR", [f"{p[1]}{g.digits(2)} {g.code('AA')}" for p in places]),
        c("woonplaats", "city", "VARCHAR", [p[0] for p in places]),
        c("telefoon", "phone", "VARCHAR", g.phones("NL", {"national": 0.6, "e164": 0.4}, 0.85, 0.1)),
        c("e_mail", "email", "VARCHAR", [v.email_of(g, a, b, v.DOMAINS["nl"]) if g.rnd.random() < 0.7 else None
                                         for a, b in pairs]),
        c("ceremonie_datum", N, "DATE", g.col(g.pick([date(2025, 8, 24), date(2025, 9, 19), date(2025, 10, 24),
                                                      date(2025, 12, 15)])), "decoy"),
        c("locatie", N, "VARCHAR", g.col(g.pick(["Stadhuis Utrecht, Korte Minrebroederstraat 2",
                                                 "Wijkbureau Overvecht"])), "business"),
        c("locatie_lat", N, "DOUBLE", g.floats(52.08, 52.11, 5), "decoy"),
        c("locatie_lon", N, "DOUBLE", g.floats(5.10, 5.13, 5), "decoy"),
        c("ambtenaar_bs", "person_name", "VARCHAR", g.col(g.pick(staff)), STAFF),
        c("vrij_veld_3", "free_text", "VARCHAR", _custom(g, "NL", "nl"), CUSTOM),
        c("opmerkingen", "free_text", "VARCHAR", g.sparse(opm, 0.75, _words("geen")), NULLWORD),
    ])


def gr_lixiarxeio(g: Gen) -> Table:
    """A Thessaloniki registry office's birth records (Greek column names and values in Greek script)."""
    rows = []
    for _ in range(g.rows):
        female = g.rnd.random() < 0.5
        a, b = v.person(g, "el", female)
        born = g.day("2024-10-01", "2025-10-31")
        rows.append((a, b, born, v.amka(g, born, female)))
    places = [g.rnd.choice(v.GR_CITIES) for _ in range(g.rows)]
    staff = _staff(g, 3, "el")
    clinics = ["Μαιευτήριο Γένεσις", "Γ.Ν. Ιπποκράτειο", "Κλινική Άγιος Λουκάς"]

    def note() -> str:
        return g.rnd.choice([f"Δήλωση από τον παππού {v.whole(g, 'el')}", "Εκπρόθεσμη δήλωση",
                             f"Νονός: {v.whole(g, 'el')}", "Διόρθωση ονόματος κατόπιν αίτησης"])

    return Table("lixiarxeio_thess.praxeis_gennisis", "el", "snake", [
        c("αριθμός_πράξης", N, "VARCHAR", g.col(lambda: f"{g.rnd.randint(1, 4999)}/{g.rnd.choice('ΑΒΓ')}/2025"),
          "decoy", SHAPE),
        c("τόμος", N, "INTEGER", g.ints(1, 12), "decoy"),
        c("ημερομηνία_σύνταξης", N, "DATE", [r[2] for r in rows], "decoy"),
        c("όνομα_τέκνου", "first_name", "VARCHAR", g.col(lambda: v.given(g, "el"), 0.3)),
        c("επώνυμο", "last_name", "VARCHAR", [r[1] for r in rows]),
        c("ημερομηνία_γέννησης", "date_of_birth", "DATE", [r[2] for r in rows]),
        c("αμκα", "ssn", "VARCHAR", [r[3] if g.rnd.random() < 0.8 else None for r in rows]),
        c("όνομα_πατέρα", "first_name", "VARCHAR", g.col(lambda: v.person(g, "el", False)[0], 0.05), ROLE),
        c("όνομα_μητέρας", "first_name", "VARCHAR", g.col(lambda: v.person(g, "el", True)[0]), ROLE),
        c("επώνυμο_μητέρας", "last_name", "VARCHAR", g.col(lambda: v.person(g, "el")[1]), ROLE),
        c("αφμ_πατέρα", "national_id", "VARCHAR", g.col(lambda: v.afm(g), 0.6), ROLE, HEAVY),
        c("διεύθυνση", "street_address", "VARCHAR", g.col(lambda: v.street(g, v.GR_STREETS, "el"))),
        c("τκ", "postal_code", "VARCHAR", [f"{p[1]}{g.digits(1)} {g.digits(2)}" for p in places]),
        c("πόλη", "city", "VARCHAR", [p[0] for p in places]),
        c("τηλέφωνο", "phone", "VARCHAR", g.phones("GR", {"national": 0.7, "e164": 0.3}, 0.85, 0.1)),
        c("email", "email", "VARCHAR", [v.email_of(g, r[0], r[1], v.DOMAINS["el"]) if g.rnd.random() < 0.4 else None
                                        for r in rows], HEAVY),
        c("μαιευτήριο", N, "VARCHAR", g.col(g.pick(clinics)), "business"),
        c("ληξίαρχος", "person_name", "VARCHAR", g.col(g.pick(staff)), STAFF),
        c("παρατηρήσεις", "free_text", "VARCHAR", g.sparse(note, 0.75, _words("άγνωστο")), NULLWORD),
    ])


BUILDERS: list[tuple[Callable[[Gen], Table], int]] = [
    (us_marriage_licenses, 1_100), (gb_certificate_orders, 1_000), (ca_name_change, 700), (au_poa_register, 600),
    (ie_death_register, 700), (in_birth_cobol, 800), (za_civil_union_staging, 900), (ng_adoption_orders, 350),
    (de_urkundenrolle, 600), (fr_pacs_as400, 700), (es_apostillas, 500), (it_anagrafe_aire, 700),
    (pl_rejestr_testamentow, 450), (nl_naturalisatie, 500), (gr_lixiarxeio, 400),
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
