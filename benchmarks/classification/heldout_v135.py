"""Held-out set v135 for the column classifier: 15 tables of *retail banking* (account opening and KYC, card
operations, loans, branch appointments, complaints, safe-deposit boxes and the payroll of a bank's own staff), one
system per table and each a different organisation, eight with English column names and seven in other languages:

* ``lakefront_cb.account_applications``: a Milwaukee community bank's deposit account applications and CIP checks
  (snake case, SSN, application numbers shaped like SSNs failing the check, an ``id_number`` holding Wisconsin
  driving licences beside US, Mexican and Indian passports and consular ids, a device IP, ``misc_1`` holding
  personal data and ``misc_2`` holding promotion codes);
* ``ulsterCardOps.cardServiceRequests``: a Belfast card issuer's lost, stolen, replacement and PIN requests (camel
  case, card numbers, masked PANs, plastic SKUs, Royal Mail tracking numbers, National Insurance numbers, the last
  merchant and its phone, an additional cardholder, ``customField2`` personal, ``customField3`` codes);
* ``HighlandMutual.BranchAppointments``: an Inverness building society's branch appointments (Pascal case, the
  branches' names, addresses, phones and coordinates, National Insurance numbers for ISAs, who accompanies the
  customer, ``Udf3`` holding an alternative phone);
* ``SDB_REGISTER.BOX_RENTALS``: a Durban bank's safe-deposit box rentals (SCREAMING case, South African ID numbers
  encoding the birth date, the birth date as ``YYYY/MM/DD`` text, co-renters and nominees, key serials, contract
  numbers shaped like ID numbers failing the check, the branch's GPS, ``CUSTOM_FIELD_2`` holding vault zone codes);
* ``kopbank_pg.ln_appl``: a Penang co-operative bank's personal financing applications (abbreviated: ``cust_fnm``,
  ``ctc_ph``, ``addr_ln1``, ``dob_dt``; MyKad numbers encoding the birth date and state of birth, references written
  like MyKad numbers failing it, guarantors, employers and their phones, app versions, ``udf3``);
* ``HRPAYCBL.PAYRL_EMP_MSTR``: a Scranton bank's payroll master of its own staff, a COBOL extract (legacy: padded
  CHAR, ``YYYYMMDD`` integers, the SSN, ZIP and home phone as numbers with 0 for missing, routing numbers of the
  employees' banks, supervisors, emergency contacts, ``PAY-USER-FLD-1`` personal, ``PAY-USER-FLD-2`` codes);
* ``stg_crm.src_crm_complaint_raw``: an Adelaide bank's complaints as an opaque staging table (``src_crm_col01`` to
  ``src_crm_col21``: the birth date as ``dd/mm/yyyy`` text, TFN, complaint summaries naming people, AFCA references,
  BSBs, web-form IPs, hashes);
* ``neo_kyc.idv_webhook_events``: a Toronto neobank's identity verification webhooks flattened from JSON to dotted
  keys (``applicant.name.first``, ``applicant.address.postal_code``; the birth date as ISO text, Ontario driving
  licences and passports, CRS tax identification numbers of several countries in one column, device IPs, SDK
  versions, the reviewer, ``meta.custom2`` personal, ``meta.custom3`` codes);
* ``lohnbuero_ezb.entgelt_stammdaten``: an Erzgebirge savings bank's payroll master data (German; Steuer-ID,
  Rentenversicherungsnummer built from the birth date and birth name, IBAN, place of birth, birth name, the
  emergency contact, health insurers, ``zusatzfeld_2`` holding codes);
* ``reclam_gironde.reclamations_clients``: a Bordeaux mutual bank's customer complaints (French; IBAN, masked cards,
  the branch and its phone, the mediator's reference, ``champ_libre_2`` personal);
* ``prestamos_valencia.solicitudes``: a Valencia credit co-operative's consumer loan applications (Spanish; DNI and
  NIE, file numbers failing the DNI letter, two family names, the birth date split into ``dia_nac``, ``mes_nac`` and
  ``anio_nac``, IBAN, the guarantor, employers, ``campo_libre_3`` holding campaign codes);
* ``karty_lodz.operacje_kartowe``: a Łódź co-operative bank's card operations (Polish; PESEL encoding the birth
  date, identity card numbers with their check digit, card numbers, agreement numbers failing the PESEL check,
  merchants and their NIP, ARNs, parcel numbers, ``pole_dodatkowe_1`` personal);
* ``口座開設受付.申込書明細``: a Sendai regional bank's account opening applications (Japanese column names and values:
  kanji and katakana names, the birth date as text in the Japanese era or the Western calendar, My Number,
  application numbers failing its check, driving licence and residence card numbers, the employer's corporate
  number, ``自由項目2`` personal, remarks naming family members);
* ``ΚΑΤΑΣΤΗΜΑΤΑ_ΠΑΤΡΑΣ.ΡΑΝΤΕΒΟΥ_ΠΕΛΑΤΩΝ``: a Patras bank's branch appointments (Greek column names and values,
  upper case without accents: AMKA encoding the birth date, AFM, police identity cards, the father's name, booking
  numbers failing the AMKA check, the branches' addresses, phones and coordinates, ``ΠΡΟΣΘ_ΠΕΔΙΟ_2`` codes);
* ``kiralik_kasa_izmir.kasa_kiralama``: an İzmir bank's safe-deposit box rentals (Turkish column names without
  Turkish letters; T.C. kimlik numbers, foreigners' kimlik numbers and passports in one column, the father's name,
  the proxy (``vekil``), contract numbers failing the kimlik check, IBAN, ``ozel_alan_1`` personal).

Written **blind**, like v2 to v134: by someone who has read neither the classifier (``governance_dagster/detect/``)
nor its documentation, tests, changelog or notes, only the list of kind names (``governance_dagster/kinds.py``), how
the scorer registers a set (``heldout_v2_accuracy.py``), the structure and labeling conventions of v27 and v98 (their
modules, their tests and ``tests/heldout_support.py``), the docstring and test of v107, the module docstrings of v24
to v134 (to avoid their domains) and the ``Column``/``Table`` classes and writer of v2 and v4. The classifier was not
run on this set while it was written, no scorer was run on it, and no score was looked at. Some labels are quick
decisions rather than settled conventions.

Labeling choices a reader may question:

* a US SSN, a Greek AMKA and a German Rentenversicherungsnummer are ``ssn``; a South African ID number, MyKad, a TFN,
  a Steuer-ID, DNI/NIE, PESEL, a Polish identity card, My Number, AFM, a Greek identity card, T.C. kimlik numbers, a
  UK National Insurance number, passports, consular ids, driving licences and Japanese residence cards are
  ``national_id`` (a National Insurance number is the UK's social-security number, but banks hold it as a tax
  reference for ISAs; ``ssn`` would be as defensible);
* a column holding identifiers of people of several countries is ``national_id`` (tag ``foreign_ids``): the
  Milwaukee ``id_number``, the Toronto ``tax_residency.tin`` (a Canadian SIN for Canadian residents and US SSNs,
  Indian PANs, UK UTRs, French and German tax numbers for the others: CRS self-certification) and the İzmir
  ``kimlik_no`` (T.C. kimlik numbers, foreigners' kimlik numbers starting ``99`` and foreign passports);
* application, case, booking, loan file, complaint, AFCA, mediator, contract and agreement numbers, ARNs, tracking
  and parcel numbers, box numbers, key serials, plastic SKUs, account numbers of the bank, BSBs, routing numbers, SDK
  and app versions, hashes, event and appointment timestamps, contract and lease dates, hire dates and the
  coordinates of branches are ``none`` (tag ``decoy``, ``value_shape`` when shaped like an identifier); a masked PAN
  and a card expiry are ``none`` (tag ``partial``);
* a branch's name, address, phone and GPS, a merchant's name, phone and NIP, an employer's name, phone and corporate
  number and a health insurer are ``none`` (tag ``business``);
* approvers (``approved_by``, ``apprv_by``), call-centre agents (``agentName``), advisers, vault custodians,
  complaint handlers, reviewers, supervisors, loan officers (``gestor``), card consultants and the clerks who took an
  application, an appointment or a box rental are staff (``person_name``, tag ``staff``, one column per table);
  co-renters, nominees, proxies, guarantors, additional cardholders, the person accompanying a customer, the emergency
  contact and a father named in ``ΠΑΤΡΩΝΥΜΟ`` or ``baba_adi`` are personal (tag ``role_word``; a father's given name
  alone is ``first_name``);
* custom fields holding, by row, a phone, an e-mail or a name are ``free_text`` (tag ``custom_field``); one holding
  only an alternative phone (``Udf3``) is ``phone`` (tag ``custom_single``); custom fields holding promotion, zone,
  campaign or cost codes are ``none`` (tags ``decoy`` and ``custom_code``);
* dates of birth are ``date_of_birth`` as DATE, as text (ISO, ``dd/mm/yyyy``, ``YYYY/MM/DD``, ``gg.aa.yyyy``, the
  Japanese era), as ``YYYYMMDD`` integers and split into day, month and year columns (each part is
  ``date_of_birth``, tag ``dob_part``);
* a Malaysian ``addr_ln2`` (the taman or housing estate) is ``street_address``; a suburb, a Malaysian town, a Polish
  miejscowość, a Japanese ward, a Greek city, a Turkish ilçe and a place of birth (``geburtsort``, ``dogum_yeri``) are
  ``city``; a state, a province, a Turkish il and a nationality are ``none``;
* a middle name is ``first_name``; a birth name (``geburtsname``, ``nom_naissance``) and a Spanish second family
  name are ``last_name``; a Malaysian ``bin``/``binti``/``a/l``/``a/p`` name is ``last_name``.

``null_heavy`` means 70-95% NULL, ``nullword_heavy`` 70-95% NULL words or empty strings; two decoys (an AFCA and a
mediator's reference, only for escalated complaints) are mostly NULL too (tag ``sparse``).

Every value is generated here from :data:`SEED` (one ``random.Random`` per table, named after its builder) with
python-stdnum for check digits, phonenumbers for phone validity and formats, and the lists of
:mod:`benchmarks.classification.heldout_v135_values`, written for v135 (no Faker, no list of real people, no breach
data). Build: ``python -m benchmarks.classification.heldout_v135 [PATH]`` (default ``/tmp/heldout_v135.duckdb``).
Score: ``python -m benchmarks.classification.heldout_v2_accuracy --set v135``.
"""
from __future__ import annotations

import sys
from collections.abc import Callable
from datetime import date
from pathlib import Path

from benchmarks.classification import heldout_v4
from benchmarks.classification import heldout_v135_values as v
from benchmarks.classification.heldout_v2 import Column, Table
from benchmarks.classification.heldout_v135_values import NULLISH, SEED, USERNAME, Gen, N, c

__all__ = ["BUILDERS", "DEFAULT_PATH", "NULLISH", "SEED", "USERNAME", "Column", "Gen", "Table", "build", "labels",
           "summary", "tables"]

DEFAULT_PATH = Path("/tmp/heldout_v135.duckdb")

NULLWORD = "nullword_heavy"  # 70-95% NULL words or empty strings
HEAVY = "null_heavy"  # 70-95% NULL
SPARSE = "sparse"  # a decoy (none) that is mostly NULL: only escalated cases have one
SHAPE = "value_shape"
STAFF = "staff"  # tellers, advisers, approvers, agents, supervisors (few distinct)
ROLE = "role_word"  # a role word (co-renter, nominee, proxy, guarantor, father, emergency contact ...) holding people
ABBREV = "abbrev"
KEY = "join_key"
LEGACY = "legacy"
OPAQUE = "opaque"
JSON = "json_path"  # a dotted key of a flattened JSON document
CUSTOM = "custom_field"  # an opaque custom field holding, by row, a phone, an e-mail or a name (free_text)
CUSTOM_SINGLE = "custom_single"  # an opaque custom field holding one kind only (that kind)
CUSTOM_CODE = "custom_code"  # an opaque custom field holding codes (none)
PARTIAL = "partial"  # a masked card number or an expiry (none)
FOREIGN = "foreign_ids"  # identifiers of people of several countries in one column
DOB_TEXT = "dob_text"
DOB_INT = "dob_int"
DOB_PART = "dob_part"


def _words(*extra: str) -> tuple[str, ...]:
    return ("", "-", "N/A", "NULL", "none") + extra


def _staff(g: Gen, n: int, lang: str) -> list[str]:
    out: set[str] = set()
    while len(out) < n:
        out.add(v.whole(g, lang))
    return sorted(out)


def _custom(g: Gen, region: str, lang: str, null: float = 0.3, area: list[str] | None = None) -> list[str | None]:
    """An opaque custom field: by row a phone, an e-mail or a name (or NULL)."""
    def one() -> str:
        r = g.rnd.random()
        if r < 0.4:
            return g.phone(region, g.rnd.choice(["national", "e164"]), True, area)
        if r < 0.7:
            return v.custom_email(g, lang)
        name = v.whole(g, lang)
        return v.unaccent_upper(name) if lang == "el" else name
    return g.col(one, null)


def _codes(g: Gen, layouts: list[str], null: float = 0.2) -> list[str | None]:
    """An opaque custom field holding codes only (``#`` in a layout is a digit)."""
    def one() -> str:
        return "".join(str(g.rnd.randint(0, 9)) if ch == "#" else ch for ch in g.rnd.choice(layouts))
    return g.col(one, null)


def _pad(values: list, width: int) -> list:
    return [None if x is None else f"{str(x)[:width]:<{width}}" for x in values]


def _ymd(d: date | None) -> int:
    return 0 if d is None else d.year * 10_000 + d.month * 100 + d.day


def _wareki(d: date, style: int) -> str:
    """A birth date as a Japanese form writes it: the Western calendar, the era in kanji or the era's letter."""
    if style == 0:
        return f"{d.year}/{d.month:02d}/{d.day:02d}"
    if d >= date(2019, 5, 1):
        era, letter, year = "令和", "R", d.year - 2018
    elif d >= date(1989, 1, 8):
        era, letter, year = "平成", "H", d.year - 1988
    else:
        era, letter, year = "昭和", "S", d.year - 1925
    if style == 1:
        return f"{era}{'元' if year == 1 else year}年{d.month}月{d.day}日"
    return f"{letter}{year:02d}.{d.month:02d}.{d.day:02d}"


def _branches(g: Gen, names: list[str], streets: list[str], lang: str, region: str) -> list[tuple[str, str, str]]:
    return [(name, v.street(g, streets, lang), g.phone(region, "national", False)) for name in names]


# -- English-named tables ----------------------------------------------------------------------------------------------


def wi_account_applications(g: Gen) -> Table:
    """A Milwaukee community bank's deposit account applications and CIP checks (snake case)."""
    rows = []
    for _ in range(g.rows):
        female = g.rnd.random() < 0.5
        a, b = v.person(g, "us", female)
        rows.append((a, b, g.birth(1942, 2007)))
    places = [g.rnd.choice(v.WI_CITIES) for _ in range(g.rows)]
    staff = _staff(g, 6, "us")
    employers = ["Lakeshore Tool & Die", "Menomonee Valley Foods", "Brewcity Logistics LLC",
                 "Kinnickinnic Health Partners", "Third Ward Printing Co.", "Self-employed", "Retired",
                 "Milwaukee Public Schools"]
    branch_phones = [g.phone("US", "dashes", False) for _ in range(4)]

    def id_doc() -> tuple[str, str]:
        r = g.rnd.random()
        if r < 0.6:
            return "WI DL", g.code("A999-9999-9999-99")
        if r < 0.7:
            return "WI ID", g.code("A999-9999-9999-99")
        if r < 0.82:
            return "US PASSPORT", g.rnd.choice(["5", "6", "A"]) + g.digits(8)
        if r < 0.92:
            return "MX PASSPORT", g.code("G99999999")
        if r < 0.97:
            return "MATRICULA CONSULAR", g.digits(9)
        return "IN PASSPORT", g.code("A9999999")

    docs = [id_doc() for _ in range(g.rows)]

    def note() -> str:
        return g.rnd.choice([f"Joint owner {v.whole(g)} to come in Friday to sign", "ChexSystems clear",
                             f"Referred by {v.whole(g)} (existing customer)", "OFAC near match cleared - DOB differs",
                             f"Interpreter: daughter {v.given(g)}", "Mailing address is a PO box, asked for residence"])

    return Table("lakefront_cb.account_applications", "en", "snake", [
        c("application_id", N, "BIGINT", g.keys(7_300_001), "decoy", KEY),
        c("application_no", N, "VARCHAR", g.col(lambda: v.us_ssn_decoy(g)), "decoy", SHAPE),
        c("product_code", N, "VARCHAR", g.col(g.pick(["CHK-ESSENTIAL", "SAV-STATEMENT", "CD-12M", "HSA-IND",
                                                      "CHK-SECONDCHANCE"])), "decoy"),
        c("applicant_first_name", "first_name", "VARCHAR", [r[0] for r in rows]),
        c("applicant_middle_name", "first_name", "VARCHAR", g.col(lambda: v.given(g), 0.78), HEAVY),
        c("applicant_last_name", "last_name", "VARCHAR", [r[1] for r in rows]),
        c("date_of_birth", "date_of_birth", "DATE", [r[2] for r in rows]),
        c("ssn", "ssn", "VARCHAR", g.col(lambda: v.us_ssn(g, g.rnd.random() < 0.7), 0.06)),
        c("id_type", N, "VARCHAR", [d[0] for d in docs], "decoy"),
        c("id_number", "national_id", "VARCHAR", [d[1] for d in docs], FOREIGN),
        c("email", "email", "VARCHAR", [None if g.rnd.random() < 0.12 else v.email_of(g, r[0], r[1], v.DOMAINS["us"])
                                        for r in rows]),
        c("mobile_phone", "phone", "VARCHAR", g.phones("US", {"dashes": 0.5, "national": 0.3, "e164": 0.2}, 0.9,
                                                       0.05)),
        c("home_address", "street_address", "VARCHAR", g.col(lambda: v.street(g, v.WI_STREETS))),
        c("city", "city", "VARCHAR", [p[0] for p in places]),
        c("state", N, "VARCHAR", g.col(g.pick(["WI"] * 9 + ["IL"])), "decoy"),
        c("zip_code", "postal_code", "VARCHAR", [g.rnd.choice(p[1]) for p in places]),
        c("employer_name", N, "VARCHAR", g.col(g.pick(employers), 0.1), "business"),
        c("cip_checked_at", N, "TIMESTAMP", g.moments("2025-01-02", "2025-11-28", 0.0, (8, 18)), "decoy"),
        c("device_ip", "ip_address", "VARCHAR", g.col(g.ip, 0.35)),
        c("approved_by", "person_name", "VARCHAR", g.col(g.pick(staff), 0.1), STAFF),
        c("branch_phone", N, "VARCHAR", g.col(g.pick(branch_phones)), "business"),
        c("misc_1", "free_text", "VARCHAR", _custom(g, "US", "us"), CUSTOM),
        c("misc_2", N, "VARCHAR", _codes(g, ["PROMO-FALL25", "REF-BRANCH", "PROMO-SPRING##", "DM-2025-##"]), "decoy",
          CUSTOM_CODE),
        c("banker_notes", "free_text", "VARCHAR", g.sparse(note, 0.78, _words("no notes")), NULLWORD),
    ])


def ni_card_ops(g: Gen) -> Table:
    """A Belfast card issuer's card service requests: lost, stolen, replacement, PIN reissue (camel case)."""
    rows = []
    for _ in range(g.rows):
        a, b = v.person(g, "ni")
        rows.append((a, b))
    places = [g.rnd.choice(v.NI_TOWNS) for _ in range(g.rows)]
    staff = _staff(g, 7, "ni")
    merchants = [("Lagan Valley Fuels", g.phone("GB", "national", False)),
                 ("Ormeau Bakehouse", g.phone("GB", "national", False)),
                 ("Cathedral Quarter Books", g.phone("GB", "national", False)),
                 ("Stranmillis Pharmacy", g.phone("GB", "national", False)),
                 ("Belfast Harbour Car Park", g.phone("GB", "national", False))]
    merchant = [g.rnd.randrange(len(merchants)) for _ in range(g.rows)]

    def note() -> str:
        son = f"Customer's son {v.given(g, 'ni')} called on her behalf, security passed by customer"
        return g.rnd.choice(["Card retained by ATM at Castle Court", son, "Disputed contactless x3, chargeback raised",
                             f"Deliver to branch, customer staying with {v.whole(g, 'ni')}",
                             "PIN locked after 3 tries"])

    return Table("ulsterCardOps.cardServiceRequests", "en", "camel", [
        c("requestId", N, "BIGINT", g.keys(880_001), "decoy", KEY),
        c("caseReference", N, "VARCHAR", g.col(lambda: g.code("CSR-2025-9999999")), "decoy", SHAPE),
        c("receivedAt", N, "TIMESTAMP", g.moments("2025-03-01", "2025-11-30"), "decoy"),
        c("cardNumber", "credit_card", "VARCHAR", g.col(lambda: v.card(g, g.rnd.random() < 0.5))),
        c("maskedPan", N, "VARCHAR", g.col(lambda: v.masked(g)), "decoy", PARTIAL, SHAPE),
        c("cardExpiry", N, "VARCHAR", g.col(lambda: f"{g.rnd.randint(1, 12):02d}/{g.rnd.randint(26, 30)}"), "decoy",
          PARTIAL),
        c("plasticSku", N, "VARCHAR", g.col(g.pick(["PLS-VSA-DEB-CL-04", "PLS-VSA-DEB-PR-02", "PLS-MC-CR-PLT-01",
                                                    "PLS-MC-CR-STD-03"])), "decoy"),
        c("cardholderForename", "first_name", "VARCHAR", [r[0] for r in rows]),
        c("cardholderSurname", "last_name", "VARCHAR", [r[1] for r in rows]),
        c("cardholderDob", "date_of_birth", "DATE", g.births(1938, 2007)),
        c("niNumber", "national_id", "VARCHAR", g.col(lambda: v.nino(g, g.rnd.random() < 0.4), 0.8), HEAVY),
        c("mobileNumber", "phone", "VARCHAR", g.phones("GB", {"national": 0.6, "intl": 0.2, "e164": 0.2}, 0.92)),
        c("emailAddress", "email", "VARCHAR", [None if g.rnd.random() < 0.15 else
                                               v.email_of(g, a, b, v.DOMAINS["ni"]) for a, b in rows]),
        c("deliveryAddressLine1", "street_address", "VARCHAR", g.col(lambda: v.street(g, v.NI_STREETS, "ni"))),
        c("deliveryTown", "city", "VARCHAR", [p[0] for p in places]),
        c("deliveryPostcode", "postal_code", "VARCHAR", [v.gb_postcode(g, g.rnd.choice(p[1])) for p in places]),
        c("dispatchTrackingNo", N, "VARCHAR", g.col(lambda: g.code("AA999999999GB"), 0.3), "decoy", SHAPE),
        c("lastMerchantName", N, "VARCHAR", [merchants[i][0] for i in merchant], "business"),
        c("lastMerchantPhone", N, "VARCHAR", [merchants[i][1] for i in merchant], "business"),
        c("additionalCardholder", "person_name", "VARCHAR", g.col(lambda: v.whole(g, "ni"), 0.82), ROLE, HEAVY),
        c("agentName", "person_name", "VARCHAR", g.col(g.pick(staff)), STAFF),
        c("customField2", "free_text", "VARCHAR", _custom(g, "GB", "ni"), CUSTOM),
        c("customField3", N, "VARCHAR", _codes(g, ["RET-##", "FRD-Q#", "VIP-A", "VIP-B"], 0.3), "decoy", CUSTOM_CODE),
        c("agentNotes", "free_text", "VARCHAR", g.sparse(note, 0.76, _words()), NULLWORD),
    ])


def sc_branch_appointments(g: Gen) -> Table:
    """An Inverness building society's branch appointments (Pascal case)."""
    rows = [v.person(g, "sc") for _ in range(g.rows)]
    places = [g.rnd.choice(v.SC_TOWNS) for _ in range(g.rows)]
    staff = _staff(g, 6, "sc")
    def tel(area: str) -> str:
        return g.phone("GB", "national", False, [area])

    branches = [("Inverness Academy Street", "31 Academy Street, Inverness IV1 1LB", tel("1463"), 57.4797, -4.2247),
                ("Nairn High Street", "88 High Street, Nairn IV12 4AU", tel("1667"), 57.5861, -3.8714),
                ("Dingwall Tulloch Street", "12 Tulloch Street, Dingwall IV15 9JY", tel("1349"), 57.5955, -4.4287),
                ("Fort William High Street", "104 High Street, Fort William PH33 6AD", tel("1397"), 56.8198, -5.1052)]
    branch = [g.rnd.randrange(len(branches)) for _ in range(g.rows)]

    def note() -> str:
        return g.rnd.choice(["ISA transfer in from another provider", f"Power of attorney: {v.whole(g, 'sc')}",
                             "Wants to discuss first-time buyer mortgage", f"Bringing her husband {v.given(g, 'sc')}",
                             "Bereavement: closing late father's passbook"])

    return Table("HighlandMutual.BranchAppointments", "en", "pascal", [
        c("AppointmentId", N, "BIGINT", g.keys(41_001), "decoy", KEY),
        c("BookingReference", N, "VARCHAR", g.col(lambda: g.code("HMB-ZZZZZZ")), "decoy", SHAPE),
        c("BranchName", N, "VARCHAR", [branches[i][0] for i in branch], "business"),
        c("BranchAddress", N, "VARCHAR", [branches[i][1] for i in branch], "business"),
        c("BranchPhone", N, "VARCHAR", [branches[i][2] for i in branch], "business"),
        c("BranchLatitude", N, "DOUBLE", [branches[i][3] for i in branch], "decoy", "business"),
        c("BranchLongitude", N, "DOUBLE", [branches[i][4] for i in branch], "decoy", "business"),
        c("AppointmentStart", N, "TIMESTAMP", g.moments("2025-01-06", "2025-12-19", 0.0, (9, 16)), "decoy"),
        c("AppointmentType", N, "VARCHAR", g.col(g.pick(["Mortgage", "Savings review", "Bereavement", "ISA",
                                                         "Open account"])), "decoy"),
        c("CustomerForename", "first_name", "VARCHAR", [a for a, _ in rows]),
        c("CustomerSurname", "last_name", "VARCHAR", [b for _, b in rows]),
        c("CustomerDob", "date_of_birth", "DATE", g.births(1935, 2006)),
        c("NiNumber", "national_id", "VARCHAR", g.col(lambda: v.nino(g, g.rnd.random() < 0.5), 0.74), HEAVY),
        c("MobileNumber", "phone", "VARCHAR", g.phones("GB", {"national": 0.7, "intl": 0.3}, 0.8, 0.05,
                                                       v.HIGHLAND_AREAS)),
        c("EmailAddress", "email", "VARCHAR", [None if g.rnd.random() < 0.2 else v.email_of(g, a, b, v.DOMAINS["sc"])
                                               for a, b in rows]),
        c("HomeAddress", "street_address", "VARCHAR", g.col(lambda: v.street(g, v.SC_STREETS, "sc"))),
        c("HomeTown", "city", "VARCHAR", [p[0] for p in places]),
        c("HomePostcode", "postal_code", "VARCHAR", [v.gb_postcode(g, g.rnd.choice(p[1])) for p in places]),
        c("AdviserName", "person_name", "VARCHAR", g.col(g.pick(staff)), STAFF),
        c("AccompaniedBy", "person_name", "VARCHAR", g.col(lambda: v.whole(g, "sc"), 0.85), ROLE, HEAVY),
        c("Udf3", "phone", "VARCHAR", g.phones("GB", {"national": 1.0}, 0.3, 0.55, v.HIGHLAND_AREAS), CUSTOM_SINGLE),
        c("MeetingNotes", "free_text", "VARCHAR", g.sparse(note, 0.72, _words()), NULLWORD),
    ])


def za_safe_deposit(g: Gen) -> Table:
    """A Durban bank's safe-deposit box rental register (SCREAMING case)."""
    rows = []
    for _ in range(g.rows):
        female = g.rnd.random() < 0.5
        a, b = v.person(g, "za", female)
        born = g.birth(1940, 2000)
        rows.append((a, b, born, v.za_id(g, born, female)))
    places = [g.rnd.choice(v.ZA_SUBURBS) for _ in range(g.rows)]
    staff = _staff(g, 4, "za")
    branches = [("DURBAN CENTRAL VAULT", g.phone("ZA", "national", False), "-29.8579,31.0292"),
                ("UMHLANGA GATEWAY", g.phone("ZA", "national", False), "-29.7270,31.0665"),
                ("PINETOWN", g.phone("ZA", "national", False), "-29.8163,30.8572")]
    branch = [g.rnd.randrange(len(branches)) for _ in range(g.rows)]
    co = [g.rnd.random() < 0.2 for _ in range(g.rows)]

    def remark() -> str:
        return g.rnd.choice(["Access with nominee present", f"Key lost, drilled in presence of {v.whole(g, 'za')}",
                             "Estate late renter: executor letter on file", f"Son {v.given(g, 'za')} collected keys",
                             "Fee in arrears 2 months"])

    return Table("SDB_REGISTER.BOX_RENTALS", "en", "screaming", [
        c("RENTAL_NO", N, "BIGINT", g.keys(60_001), "decoy", KEY),
        c("BOX_NUMBER", N, "VARCHAR", g.col(lambda: g.code("A-9999")), "decoy"),
        c("BOX_CONTRACT_NO", N, "VARCHAR", g.col(lambda: v.za_id_decoy(g)), "decoy", SHAPE),
        c("BRANCH_NAME", N, "VARCHAR", [branches[i][0] for i in branch], "business"),
        c("BRANCH_TEL", N, "VARCHAR", [branches[i][1] for i in branch], "business"),
        c("BRANCH_GPS", N, "VARCHAR", [branches[i][2] for i in branch], "decoy", "business"),
        c("RENTER_SURNAME", "last_name", "VARCHAR", [r[1].upper() for r in rows]),
        c("RENTER_FIRST_NAMES", "first_name", "VARCHAR", [r[0].upper() for r in rows]),
        c("RENTER_ID_NO", "national_id", "VARCHAR", [r[3] for r in rows]),
        c("RENTER_DOB", "date_of_birth", "VARCHAR", [f"{r[2].year}/{r[2].month:02d}/{r[2].day:02d}" for r in rows],
          DOB_TEXT),
        c("RENTER_CELL", "phone", "VARCHAR", g.phones("ZA", {"national": 0.6, "e164": 0.4}, 0.9, 0.05)),
        c("RENTER_EMAIL", "email", "VARCHAR", [None if g.rnd.random() < 0.3 else
                                               v.email_of(g, r[0], r[1], v.DOMAINS["za"]) for r in rows]),
        c("RES_ADDRESS", "street_address", "VARCHAR", g.col(lambda: v.street(g, v.ZA_STREETS, "za"))),
        c("RES_SUBURB", "city", "VARCHAR", [p[0] for p in places]),
        c("RES_POSTAL_CODE", "postal_code", "VARCHAR", [p[1] for p in places]),
        c("CO_RENTER_NAME", "person_name", "VARCHAR", [v.whole(g, "za").upper() if k else None for k in co], ROLE,
          HEAVY),
        c("CO_RENTER_ID_NO", "national_id", "VARCHAR",
          [v.za_id(g, g.birth(1945, 2000), g.rnd.random() < 0.5) if k else None for k in co], ROLE, HEAVY),
        c("NOMINEE_NAME", "person_name", "VARCHAR", g.col(lambda: v.whole(g, "za").upper(), 0.45), ROLE),
        c("KEY_SERIAL", N, "VARCHAR", g.col(lambda: g.code("K99-999999")), "decoy", SHAPE),
        c("LEASE_START_DATE", N, "DATE", g.days("2008-01-01", "2025-10-31"), "decoy"),
        c("LAST_ACCESS_TS", N, "TIMESTAMP", g.moments("2024-01-01", "2025-11-30", 0.1, (8, 15)), "decoy"),
        c("VAULT_CUSTODIAN", "person_name", "VARCHAR", g.col(g.pick([s.upper() for s in staff])), STAFF),
        c("CUSTOM_FIELD_2", N, "VARCHAR", _codes(g, ["VZ-A#", "VZ-B#", "VZ-C#"], 0.1), "decoy", CUSTOM_CODE),
        c("ACCESS_REMARKS", "free_text", "VARCHAR", g.sparse(remark, 0.8, _words()), NULLWORD),
    ])


def my_personal_financing(g: Gen) -> Table:
    """A Penang co-operative bank's personal financing applications (abbreviated snake case)."""
    places = [g.rnd.choice(v.MY_TOWNS) for _ in range(g.rows)]
    rows = []
    for p in places:
        female = g.rnd.random() < 0.5
        a, b = v.person(g, "my", female)
        born = g.birth(1958, 2004)
        birth_state = "07" if g.rnd.random() < 0.7 else g.rnd.choice(["02", "08", "14", "10", "01"])
        rows.append((a, b, born, v.my_nric(g, born, female, birth_state)))
    staff = _staff(g, 5, "my")
    employers = [("Penang Port Sdn Bhd", g.phone("MY", "national", False)),
                 ("Bayan Lepas Precision Sdn Bhd", g.phone("MY", "national", False)),
                 ("Hospital Pulau Pinang", g.phone("MY", "national", False)),
                 ("Kedai Runcit Ah Seng", g.phone("MY", "national", False)),
                 ("Jabatan Pendidikan Negeri", g.phone("MY", "national", False))]
    emp = [g.rnd.randrange(len(employers)) for _ in range(g.rows)]
    gtor = [g.rnd.random() < 0.2 for _ in range(g.rows)]

    def rmk() -> str:
        return g.rnd.choice(["Salary slip 3 mths ok", f"Gtor is applicant's brother {v.whole(g, 'my')}",
                             "CCRIS clean", f"Spouse {v.whole(g, 'my')} to co-sign", "Ctc after 6pm only"])

    return Table("kopbank_pg.ln_appl", "en", "abbrev", [
        c("appl_id", N, "BIGINT", g.keys(2_500_001), "decoy", KEY),
        c("appl_ref", N, "VARCHAR", g.col(lambda: v.my_nric_decoy(g)), "decoy", SHAPE),
        c("cust_fnm", "first_name", "VARCHAR", [r[0].upper() for r in rows], ABBREV),
        c("cust_lnm", "last_name", "VARCHAR", [r[1].upper() for r in rows], ABBREV),
        c("nric_no", "national_id", "VARCHAR", [r[3] if g.rnd.random() < 0.6 else r[3].replace("-", "")
                                                for r in rows], ABBREV),
        c("dob_dt", "date_of_birth", "DATE", [r[2] for r in rows], ABBREV),
        c("ctc_ph", "phone", "VARCHAR", g.phones("MY", {"national": 0.7, "e164": 0.3}, 0.95), ABBREV),
        c("eml_addr", "email", "VARCHAR", [None if g.rnd.random() < 0.25 else
                                           v.email_of(g, r[0], r[1].split()[-1], v.DOMAINS["my"]) for r in rows],
          ABBREV),
        c("addr_ln1", "street_address", "VARCHAR", g.col(lambda: v.street(g, v.MY_STREETS, "my")), ABBREV),
        c("addr_ln2", "street_address", "VARCHAR", g.col(g.pick(v.MY_AREAS), 0.3), ABBREV),
        c("pstcd", "postal_code", "VARCHAR", [g.rnd.choice(p[1]) for p in places], ABBREV),
        c("cty", "city", "VARCHAR", [p[0] for p in places], ABBREV),
        c("st_cd", N, "VARCHAR", [p[2] for p in places], "decoy", ABBREV),
        c("emp_nm", N, "VARCHAR", [employers[i][0] for i in emp], "business", ABBREV),
        c("emp_ph", N, "VARCHAR", [employers[i][1] for i in emp], "business", ABBREV),
        c("mthly_inc", N, "DECIMAL(10,2)", g.amounts(1_800, 14_000), "decoy", ABBREV),
        c("ln_amt", N, "DECIMAL(12,2)", g.col(g.pick([5000.0, 10000.0, 20000.0, 30000.0, 50000.0])), "decoy", ABBREV),
        c("gtor_nm", "person_name", "VARCHAR", [v.whole(g, "my").upper() if k else None for k in gtor], ROLE, HEAVY,
          ABBREV),
        c("gtor_nric", "national_id", "VARCHAR",
          [v.my_nric(g, g.birth(1955, 2000), g.rnd.random() < 0.5, "07") if k else None for k in gtor], ROLE, HEAVY,
          ABBREV),
        c("apprv_by", "person_name", "VARCHAR", g.col(g.pick(staff), 0.25), STAFF, ABBREV),
        c("appl_dt", N, "DATE", g.days("2025-01-02", "2025-11-28"), "decoy", ABBREV),
        c("app_ver", N, "VARCHAR", g.col(g.version), "decoy", ABBREV),
        c("udf3", "free_text", "VARCHAR", _custom(g, "MY", "my"), CUSTOM, ABBREV),
        c("rmk", "free_text", "VARCHAR", g.sparse(rmk, 0.75, _words("nil", "NIL")), NULLWORD, ABBREV),
    ])


def pa_payroll_cobol(g: Gen) -> Table:
    """A Scranton bank's payroll master of its own staff, a COBOL extract (padded CHAR, numbers for dates)."""
    rows = []
    for _ in range(g.rows):
        a, b = v.person(g, "pa")
        rows.append((a.upper(), b.upper(), g.birth(1956, 2005)))
    places = [g.rnd.choice(v.PA_CITIES) for _ in range(g.rows)]
    supervisors = [s.upper() for s in _staff(g, 7, "pa")]
    branches = ["MAIN OFFICE SCRANTON", "GREEN RIDGE", "DUNMORE CORNERS", "CLARKS SUMMIT STATE ST",
                "WILKES-BARRE PUBLIC SQ", "OPERATIONS CENTER"]
    return Table("HRPAYCBL.PAYRL_EMP_MSTR", "en", "cobol", [
        c("PAY-EMP-NO", N, "VARCHAR", [f"{i:07d}" for i in g.keys(4_501, 7)], "decoy", KEY, LEGACY),
        c("PAY-EMP-LAST-NM", "last_name", "VARCHAR", _pad([r[1] for r in rows], 20), LEGACY),
        c("PAY-EMP-FIRST-NM", "first_name", "VARCHAR", _pad([r[0] for r in rows], 15), LEGACY),
        c("PAY-EMP-SSN", "ssn", "BIGINT", [int(v.us_ssn(g, False)) if g.rnd.random() < 0.97 else 0
                                           for _ in range(g.rows)], LEGACY),
        c("PAY-EMP-DOB", "date_of_birth", "INTEGER", [_ymd(r[2]) for r in rows], DOB_INT, LEGACY),
        c("PAY-EMP-HIRE-DT", N, "INTEGER", [_ymd(g.day("1988-06-01", "2025-10-31")) for _ in range(g.rows)], "decoy",
          LEGACY),
        c("PAY-EMP-ADDR-1", "street_address", "VARCHAR", _pad(g.col(lambda: v.street(g, v.PA_STREETS, "pa")), 30),
          LEGACY),
        c("PAY-EMP-CITY", "city", "VARCHAR", _pad([p[0] for p in places], 18), LEGACY),
        c("PAY-EMP-ST", N, "VARCHAR", [p[1] for p in places], "decoy", LEGACY),
        c("PAY-EMP-ZIP", "postal_code", "INTEGER", [int(p[2]) for p in places], LEGACY),
        c("PAY-EMP-HOME-PH", "phone", "BIGINT", [int(g.phone("US", "digits", g.rnd.random() < 0.7, v.PA_AREAS))
                                                 if g.rnd.random() < 0.85 else 0 for _ in range(g.rows)], LEGACY),
        c("PAY-EMP-BR-NM", N, "VARCHAR", _pad(g.col(g.pick(branches)), 24), "business", LEGACY),
        c("PAY-EMP-JOB-TTL", N, "VARCHAR", _pad(g.col(g.pick(["TELLER I", "TELLER II", "HEAD TELLER", "CASHIER",
                                                              "LOAN OFFICER", "BRANCH MGR", "PROC ANALYST"])), 16),
          "decoy", LEGACY),
        c("PAY-GROSS-AMT", N, "DECIMAL(9,2)", g.amounts(1_100, 6_800), "decoy", LEGACY),
        c("PAY-FED-WH-AMT", N, "DECIMAL(9,2)", g.amounts(40, 1_200), "decoy", LEGACY),
        c("PAY-PER-END-DT", N, "INTEGER", [_ymd(g.rnd.choice([date(2025, 10, 17), date(2025, 10, 31),
                                                              date(2025, 11, 14)])) for _ in range(g.rows)], "decoy",
          LEGACY),
        c("PAY-DD-RTN", N, "VARCHAR", g.col(lambda: v.us_rtn(g)), "decoy", SHAPE, LEGACY),
        c("PAY-SUPV-NM", "person_name", "VARCHAR", _pad(g.col(g.pick(supervisors)), 26), STAFF, LEGACY),
        c("PAY-EMRG-CTC-NM", "person_name", "VARCHAR", _pad(g.col(lambda: v.whole(g, "pa").upper(), 0.2), 26), ROLE,
          LEGACY),
        c("PAY-USER-FLD-1", "free_text", "VARCHAR", _pad(_custom(g, "US", "pa", area=v.PA_AREAS), 40), CUSTOM, LEGACY),
        c("PAY-USER-FLD-2", N, "VARCHAR", _pad(_codes(g, ["CC-####", "UNION-##", "401K-A#", "401K-B#"], 0.25), 10),
          "decoy",
          CUSTOM_CODE, LEGACY),
    ])


def au_complaints_staging(g: Gen) -> Table:
    """An Adelaide bank's customer complaints landed as an opaque staging table (``src_crm_colNN``)."""
    def dob() -> str:
        d = g.birth(1936, 2006)
        return f"{d.day:02d}/{d.month:02d}/{d.year}"

    places = [g.rnd.choice(v.AU_SUBURBS) for _ in range(g.rows)]
    staff = _staff(g, 5, "au")

    def summary() -> str:
        return g.rnd.choice([f"Customer says teller {v.given(g, 'au')} refused cash withdrawal without ID",
                             "Hardship request ignored for 6 weeks", f"Scam transfer to 'builder' {v.whole(g, 'au')}",
                             f"Joint account holder {v.whole(g, 'au')} removed without consent",
                             "Home loan offset not applied since March", "Fees charged after account closure"])

    t = "src_crm_col"
    return Table("stg_crm.src_crm_complaint_raw", "en", "opaque", [
        c(f"{t}01", N, "VARCHAR", g.col(g.uuid), "decoy", KEY, OPAQUE),
        c(f"{t}02", N, "VARCHAR", g.col(lambda: g.code("IDR-25-999999")), "decoy", SHAPE, OPAQUE),
        c(f"{t}03", N, "TIMESTAMP", g.moments("2025-02-01", "2025-11-30"), "decoy", OPAQUE),
        c(f"{t}04", "person_name", "VARCHAR", g.col(lambda: v.whole(g, "au")), OPAQUE),
        c(f"{t}05", "date_of_birth", "VARCHAR", g.col(dob, 0.15), DOB_TEXT, OPAQUE),
        c(f"{t}06", "phone", "VARCHAR", g.phones("AU", {"national": 0.6, "e164": 0.25, "intl": 0.15}, 0.85, 0.05),
          OPAQUE),
        c(f"{t}07", "email", "VARCHAR", g.col(lambda: v.custom_email(g, "au"), 0.15), OPAQUE),
        c(f"{t}08", "street_address", "VARCHAR", g.col(lambda: v.street(g, v.AU_STREETS, "au"), 0.2), OPAQUE),
        c(f"{t}09", "city", "VARCHAR", [p[0] for p in places], OPAQUE),
        c(f"{t}10", "postal_code", "VARCHAR", [p[1] for p in places], OPAQUE),
        c(f"{t}11", N, "VARCHAR", [p[2] for p in places], "decoy", OPAQUE),
        c(f"{t}12", "national_id", "VARCHAR", g.col(lambda: v.tfn(g), 0.88), HEAVY, OPAQUE),
        c(f"{t}13", N, "VARCHAR", g.col(g.pick(["Home loan", "Everyday account", "Credit card", "Term deposit",
                                                "Personal loan"])), "decoy", OPAQUE),
        c(f"{t}14", N, "VARCHAR", g.col(g.pick(["Fees", "Service", "Scam", "Hardship", "Privacy", "Lending"])),
          "decoy", OPAQUE),
        c(f"{t}15", "free_text", "VARCHAR", g.col(summary, 0.1), OPAQUE),
        c(f"{t}16", "person_name", "VARCHAR", g.col(g.pick(staff)), STAFF, OPAQUE),
        c(f"{t}17", N, "VARCHAR", g.col(lambda: f"AFCA-{g.digits(6)}", 0.85), "decoy", SHAPE, SPARSE,
          OPAQUE),
        c(f"{t}18", N, "VARCHAR", g.col(g.sha256), "decoy", SHAPE, OPAQUE),
        c(f"{t}19", "ip_address", "VARCHAR", g.col(g.ip, 0.4), OPAQUE),
        c(f"{t}20", "free_text", "VARCHAR", _custom(g, "AU", "au"), CUSTOM, OPAQUE),
        c(f"{t}21", N, "VARCHAR", g.col(lambda: f"{g.rnd.choice(['105', '035', '015', '085'])}-{g.digits(3)}"),
          "decoy", SHAPE, OPAQUE),
    ])


def on_kyc_webhooks(g: Gen) -> Table:
    """A Toronto neobank's identity verification webhooks, flattened from JSON to dotted keys."""
    rows = []
    for _ in range(g.rows):
        female = g.rnd.random() < 0.5
        a, b = v.person(g, "ca", female)
        rows.append((a, b, g.birth(1950, 2007), female))
    places = [g.rnd.choice(v.ON_CITIES) for _ in range(g.rows)]
    reviewers = _staff(g, 4, "ca")

    def document(r: tuple) -> tuple[str, str]:
        x = g.rnd.random()
        born = r[2]
        if x < 0.65:
            month = born.month + (50 if r[3] else 0)
            d = f"{g.digits(8)}{born.year % 100:02d}{month:02d}{born.day:02d}"
            return "drivers_licence", f"{v.fold(r[1])[0].upper()}{d[:4]}-{d[4:9]}-{d[9:]}"
        if x < 0.9:
            return "passport", g.code("AA999999")
        return "passport", g.rnd.choice(["P", "Z", "N"]) + g.digits(7)

    docs = [document(r) for r in rows]

    def tin() -> tuple[str, str]:
        x = g.rnd.random()
        if x < 0.6:
            return "CA", v.ca_sin(g, False)
        if x < 0.75:
            return "US", v.us_ssn(g)
        if x < 0.85:
            return "IN", v.pan(g)
        if x < 0.92:
            return "GB", v.utr(g)
        if x < 0.96:
            return "FR", v.fr_nif(g)
        return "DE", v.de_idnr(g)

    tins = [tin() for _ in range(g.rows)]
    return Table("neo_kyc.idv_webhook_events", "en", "json", [
        c("event.id", N, "VARCHAR", g.col(g.uuid), "decoy", KEY, JSON),
        c("event.type", N, "VARCHAR", g.col(g.pick(["verification.completed", "verification.review",
                                                    "verification.failed"])), "decoy", JSON),
        c("event.created_at", N, "VARCHAR", [m.isoformat() + "Z" for m in g.moments("2025-04-01", "2025-11-30")],
          "decoy", JSON),
        c("applicant.id", N, "VARCHAR", g.col(lambda: "app_" + g.code("xxxxxxxxxxxxxxxx")), "decoy", KEY, JSON),
        c("applicant.name.first", "first_name", "VARCHAR", [r[0] for r in rows], JSON),
        c("applicant.name.last", "last_name", "VARCHAR", [r[1] for r in rows], JSON),
        c("applicant.dob", "date_of_birth", "VARCHAR", [r[2].isoformat() for r in rows], DOB_TEXT, JSON),
        c("applicant.email", "email", "VARCHAR", [v.email_of(g, r[0], r[1], v.DOMAINS["ca"]) for r in rows], JSON),
        c("applicant.phone", "phone", "VARCHAR", g.phones("CA", {"e164": 1.0}, 1.0), JSON),
        c("applicant.address.line1", "street_address", "VARCHAR", g.col(lambda: v.street(g, v.ON_STREETS, "ca")),
          JSON),
        c("applicant.address.city", "city", "VARCHAR", [p[0] for p in places], JSON),
        c("applicant.address.province", N, "VARCHAR", [p[1] for p in places], "decoy", JSON),
        c("applicant.address.postal_code", "postal_code", "VARCHAR", [v.ca_postcode(g, g.rnd.choice(p[2]))
                                                                      for p in places], JSON),
        c("tax_residency.country", N, "VARCHAR", [t[0] for t in tins], "decoy", JSON),
        c("tax_residency.tin", "national_id", "VARCHAR", [t[1] for t in tins], FOREIGN, JSON),
        c("document.type", N, "VARCHAR", [d[0] for d in docs], "decoy", JSON),
        c("document.number", "national_id", "VARCHAR", [d[1] for d in docs], JSON),
        c("document.expiry", N, "VARCHAR", [g.day("2026-01-01", "2034-12-31").isoformat() for _ in rows], "decoy",
          JSON),
        c("device.ip", "ip_address", "VARCHAR", g.col(g.ip), JSON),
        c("sdk.version", N, "VARCHAR", g.col(g.version), "decoy", JSON),
        c("check.score", N, "DOUBLE", g.floats(0.05, 0.99, 3), "decoy", JSON),
        c("reviewer.name", "person_name", "VARCHAR", g.col(g.pick(reviewers), 0.55), STAFF, JSON),
        c("meta.custom2", "free_text", "VARCHAR", _custom(g, "CA", "ca"), CUSTOM, JSON),
        c("meta.custom3", N, "VARCHAR", _codes(g, ["utm_####", "ref-organic", "ref-partner", "cmp-fall25-#"], 0.3),
          "decoy", CUSTOM_CODE,
          JSON),
    ])


# -- tables named in other languages -----------------------------------------------------------------------------------


def de_entgelt(g: Gen) -> Table:
    """An Erzgebirge savings bank's payroll master data of its staff (German, snake case)."""
    rows = []
    for _ in range(g.rows):
        female = g.rnd.random() < 0.55
        a, b = v.person(g, "de", female)
        birth_name = v.person(g, "de")[1] if female and g.rnd.random() < 0.25 else None
        born = g.birth(1960, 2006)
        rows.append((a, b, birth_name, born, v.rvnr(g, born, birth_name or b, female)))
    places = [g.rnd.choice(v.DE_ORTE) for _ in range(g.rows)]
    staff = _staff(g, 6, "de")
    filialen = ["Geschäftsstelle Annaberg-Buchholz", "Geschäftsstelle Aue", "Hauptstelle Chemnitz",
                "Beratungscenter Marienberg", "Marktfolge Passiv"]
    kassen = ["AOK PLUS", "Barmer", "IKK classic", "Techniker Krankenkasse", "DAK-Gesundheit"]

    def bemerkung() -> str:
        return g.rnd.choice(["Elternzeit bis 31.03.", f"Pfändung zugunsten {v.whole(g, 'de')}, Az. liegt vor",
                             "Teilzeit 30 Std.", f"Vertretung durch {v.whole(g, 'de')} während Reha",
                             "VL-Vertrag gekündigt"])

    return Table("lohnbuero_ezb.entgelt_stammdaten", "de", "snake", [
        c("pers_nr", N, "INTEGER", g.keys(10_101, 3), "decoy", KEY),
        c("nachname", "last_name", "VARCHAR", [r[1] for r in rows]),
        c("vorname", "first_name", "VARCHAR", [r[0] for r in rows]),
        c("geburtsname", "last_name", "VARCHAR", [r[2] for r in rows], HEAVY),
        c("geb_datum", "date_of_birth", "DATE", [r[3] for r in rows]),
        c("geburtsort", "city", "VARCHAR", g.col(g.pick(v.DE_GEBURTSORTE), 0.05)),
        c("steuer_id", "national_id", "VARCHAR", g.col(lambda: v.de_idnr(g))),
        c("sv_nummer", "ssn", "VARCHAR", [r[4] if g.rnd.random() < 0.6 else f"{r[4][:2]} {r[4][2:8]} {r[4][8]} "
                                          f"{r[4][9:]}" for r in rows]),
        c("steuerklasse", N, "INTEGER", g.col(g.pick([1, 1, 3, 4, 5, 2])), "decoy"),
        c("strasse_hausnr", "street_address", "VARCHAR", g.col(lambda: v.street(g, v.DE_STRASSEN, "de"))),
        c("plz", "postal_code", "VARCHAR", [g.rnd.choice(p[1]) for p in places]),
        c("ort", "city", "VARCHAR", [p[0] for p in places]),
        c("tel_privat", "phone", "VARCHAR", g.phones("DE", {"national": 0.7, "intl": 0.3}, 0.7, 0.3)),
        c("email_privat", "email", "VARCHAR", [v.email_of(g, r[0], r[1], v.DOMAINS["de"]) if g.rnd.random() < 0.2
                                               else None for r in rows], HEAVY),
        c("iban", "iban", "VARCHAR", g.col(lambda: v.de_iban(g))),
        c("brutto_monat", N, "DECIMAL(9,2)", g.amounts(2_100, 7_400), "decoy"),
        c("kostenstelle", N, "VARCHAR", g.col(lambda: g.code("KST-4999")), "decoy"),
        c("filiale", N, "VARCHAR", g.col(g.pick(filialen)), "business"),
        c("eintrittsdatum", N, "DATE", g.days("1991-08-01", "2025-09-01"), "decoy"),
        c("krankenkasse", N, "VARCHAR", g.col(g.pick(kassen)), "business"),
        c("vorgesetzter", "person_name", "VARCHAR", g.col(g.pick(staff)), STAFF),
        c("notfallkontakt", "person_name", "VARCHAR", g.col(lambda: v.whole(g, "de"), 0.35), ROLE),
        c("zusatzfeld_2", N, "VARCHAR", _codes(g, ["TV-S E#", "AT", "TVöD-S#", "VWL-##"], 0.3), "decoy", CUSTOM_CODE),
        c("bemerkung", "free_text", "VARCHAR", g.sparse(bemerkung, 0.8, _words("keine", "ohne")), NULLWORD),
    ])


def fr_reclamations(g: Gen) -> Table:
    """A Bordeaux mutual bank's customer complaints (French, snake case)."""
    rows = []
    for _ in range(g.rows):
        female = g.rnd.random() < 0.5
        a, b = v.person(g, "fr", female)
        rows.append((a, b, female))
    places = [g.rnd.choice(v.FR_COMMUNES) for _ in range(g.rows)]
    staff = _staff(g, 6, "fr")
    agences = [(name, g.phone("FR", "national", False)) for name in
               ["Agence Bordeaux Chartrons", "Agence Mérignac Centre", "Agence Pessac Alouette", "Agence Libourne"]]
    agence = [g.rnd.randrange(len(agences)) for _ in range(g.rows)]

    def description() -> str:
        return g.rnd.choice([f"Le client conteste un prélèvement au profit de {v.whole(g, 'fr')}",
                             "Frais de rejet facturés deux fois", f"Sa fille {v.given(g, 'fr')} a appelé à sa place",
                             f"Virement frauduleux après appel d'un faux conseiller ({v.whole(g, 'fr')})",
                             "Délai de clôture du PEL non respecté", "Carte avalée au DAB de la place Gambetta"])

    return Table("reclam_gironde.reclamations_clients", "fr", "snake", [
        c("id_reclamation", N, "BIGINT", g.keys(330_001), "decoy", KEY),
        c("num_dossier", N, "VARCHAR", g.col(lambda: g.code("REC-2025-9999999")), "decoy", SHAPE),
        c("date_reception", N, "TIMESTAMP", g.moments("2025-01-06", "2025-11-28", 0.0, (8, 19)), "decoy"),
        c("nom", "last_name", "VARCHAR", [r[1].upper() for r in rows]),
        c("prenom", "first_name", "VARCHAR", [r[0] for r in rows]),
        c("nom_naissance", "last_name", "VARCHAR", [v.person(g, "fr")[1].upper() if r[2] and g.rnd.random() < 0.35
                                                    else None for r in rows], HEAVY),
        c("date_naissance", "date_of_birth", "DATE", g.births(1935, 2006)),
        c("num_client", N, "VARCHAR", g.col(lambda: g.digits(10)), "decoy", KEY),
        c("iban_compte", "iban", "VARCHAR", g.col(lambda: v.fr_iban(g), 0.15)),
        c("num_carte_masque", N, "VARCHAR", g.col(lambda: v.masked(g), 0.6), "decoy", PARTIAL, SHAPE),
        c("tel_portable", "phone", "VARCHAR", g.phones("FR", {"national": 0.8, "intl": 0.2}, 1.0, 0.1)),
        c("tel_fixe", "phone", "VARCHAR", g.phones("FR", {"national": 1.0}, 0.0, 0.78), HEAVY),
        c("courriel", "email", "VARCHAR", [None if g.rnd.random() < 0.2 else v.email_of(g, r[0], r[1],
                                                                                        v.DOMAINS["fr"])
                                           for r in rows]),
        c("adresse", "street_address", "VARCHAR", g.col(lambda: v.street(g, v.FR_RUES, "fr"))),
        c("code_postal", "postal_code", "VARCHAR", [p[1] for p in places]),
        c("commune", "city", "VARCHAR", [p[0] for p in places]),
        c("motif", N, "VARCHAR", g.col(g.pick(["Frais bancaires", "Fraude carte", "Crédit immobilier",
                                               "Qualité de service", "Succession"])), "decoy"),
        c("montant_litige", N, "DECIMAL(10,2)", g.amounts(0, 4_800, 0.3), "decoy"),
        c("conseiller", "person_name", "VARCHAR", g.col(g.pick(staff)), STAFF),
        c("agence", N, "VARCHAR", [agences[i][0] for i in agence], "business"),
        c("tel_agence", N, "VARCHAR", [agences[i][1] for i in agence], "business"),
        c("ref_mediateur", N, "VARCHAR", g.col(lambda: g.code("MED/25/99999"), 0.9), "decoy", SHAPE, SPARSE),
        c("description", "free_text", "VARCHAR", g.col(description, 0.15)),
        c("champ_libre_2", "free_text", "VARCHAR", _custom(g, "FR", "fr"), CUSTOM),
    ])


def es_prestamos(g: Gen) -> Table:
    """A Valencia credit co-operative's consumer loan applications (Spanish, snake case)."""
    rows = []
    for _ in range(g.rows):
        a, b = v.person(g, "es")
        rows.append((a, b, g.birth(1950, 2006)))
    places = [g.rnd.choice(v.ES_POBLACIONES) for _ in range(g.rows)]
    staff = _staff(g, 5, "es")
    empresas = ["Ford Almussafes (contrata)", "Mercadona S.A.", "Ajuntament de València", "Autónomo",
                "Cerámicas del Mediterráneo S.L.", "Pensionista"]
    aval = [g.rnd.random() < 0.2 for _ in range(g.rows)]

    def obs() -> str:
        return g.rnd.choice(["Nómina domiciliada desde 2019", f"Avala su madre {v.whole(g, 'es')}",
                             "ASNEF limpio", f"Cotitular: {v.whole(g, 'es')}", "Solicita carencia de 3 meses"])

    return Table("prestamos_valencia.solicitudes", "es", "snake", [
        c("id_solicitud", N, "BIGINT", g.keys(900_001), "decoy", KEY),
        c("num_expediente", N, "VARCHAR", g.col(lambda: v.dni_decoy(g)), "decoy", SHAPE),
        c("nif_titular", "national_id", "VARCHAR", g.col(lambda: v.dni(g) if g.rnd.random() < 0.85 else v.nie(g))),
        c("nombre", "first_name", "VARCHAR", [r[0] for r in rows]),
        c("apellido1", "last_name", "VARCHAR", [r[1] for r in rows]),
        c("apellido2", "last_name", "VARCHAR", g.col(lambda: v.person(g, "es")[1], 0.1)),
        c("dia_nac", "date_of_birth", "INTEGER", [r[2].day for r in rows], DOB_PART),
        c("mes_nac", "date_of_birth", "INTEGER", [r[2].month for r in rows], DOB_PART),
        c("anio_nac", "date_of_birth", "INTEGER", [r[2].year for r in rows], DOB_PART),
        c("telefono", "phone", "VARCHAR", g.phones("ES", {"national": 0.7, "e164": 0.3}, 0.85)),
        c("email", "email", "VARCHAR", [None if g.rnd.random() < 0.15 else v.email_of(g, r[0], r[1], v.DOMAINS["es"])
                                        for r in rows]),
        c("domicilio", "street_address", "VARCHAR", g.col(lambda: v.street(g, v.ES_CALLES, "es"))),
        c("cod_postal", "postal_code", "VARCHAR", [g.rnd.choice(p[1]) for p in places]),
        c("poblacion", "city", "VARCHAR", [p[0] for p in places]),
        c("provincia", N, "VARCHAR", [p[2] for p in places], "decoy"),
        c("empresa_empleadora", N, "VARCHAR", g.col(g.pick(empresas)), "business"),
        c("ingresos_netos", N, "DECIMAL(10,2)", g.amounts(900, 4_200), "decoy"),
        c("importe_solicitado", N, "DECIMAL(10,2)", g.col(g.pick([3000.0, 6000.0, 12000.0, 18000.0, 25000.0])),
          "decoy"),
        c("iban_domiciliacion", "iban", "VARCHAR", g.col(lambda: v.es_iban(g), 0.05)),
        c("avalista_nombre", "person_name", "VARCHAR", [v.whole(g, "es") if k else None for k in aval], ROLE, HEAVY),
        c("avalista_nif", "national_id", "VARCHAR", [v.dni(g) if k else None for k in aval], ROLE, HEAVY),
        c("gestor", "person_name", "VARCHAR", g.col(g.pick(staff)), STAFF),
        c("fecha_firma", N, "DATE", g.days("2025-01-10", "2025-11-28", 0.3), "decoy"),
        c("campo_libre_3", N, "VARCHAR", _codes(g, ["CAMP-PRIM25", "CAMP-COCHE", "REF-A##", "CAMP-VERANO"], 0.35),
          "decoy",
          CUSTOM_CODE),
        c("observaciones", "free_text", "VARCHAR", g.sparse(obs, 0.75, _words("sin observaciones", "ninguna")),
          NULLWORD),
    ])


def pl_karty(g: Gen) -> Table:
    """A Łódź co-operative bank's card operations (Polish, snake case without Polish letters)."""
    rows = []
    for _ in range(g.rows):
        female = g.rnd.random() < 0.5
        a, b = v.person(g, "pl", female)
        born = g.birth(1945, 2007)
        rows.append((a, b, born, v.pesel(g, born, female)))
    places = [g.rnd.choice(v.PL_MIEJSCOWOSCI) for _ in range(g.rows)]
    staff = _staff(g, 5, "pl")
    merchants = [("Biedronka Łódź Piotrkowska", v.pl_nip(g)), ("Orlen Stacja nr 4412", v.pl_nip(g)),
                 ("Apteka Pod Lwem Pabianice", v.pl_nip(g)), ("Allegro.pl", v.pl_nip(g)),
                 ("Kino Manufaktura", v.pl_nip(g))]
    merchant = [g.rnd.randrange(len(merchants)) for _ in range(g.rows)]

    def postcode(p: tuple[str, list[str]]) -> str:
        prefix = g.rnd.choice(p[1])
        return prefix if "-" in prefix else f"{prefix}-{g.digits(3)}"

    def uwagi() -> str:
        return g.rnd.choice(["Karta zastrzeżona telefonicznie", f"Zgłaszał syn {v.given(g, 'pl')}, klient potwierdził",
                             "Transakcja nieautoryzowana, reklamacja w toku", f"Pełnomocnik {v.whole(g, 'pl')}",
                             "Nowa karta do odbioru w oddziale"])

    return Table("karty_lodz.operacje_kartowe", "pl", "snake", [
        c("id_operacji", N, "BIGINT", g.keys(5_400_001), "decoy", KEY),
        c("nr_umowy_karty", N, "VARCHAR", g.col(lambda: v.pesel_decoy(g)), "decoy", SHAPE),
        c("nr_karty", "credit_card", "VARCHAR", g.col(lambda: v.card(g, g.rnd.random() < 0.6))),
        c("data_waznosci", N, "VARCHAR", g.col(lambda: f"{g.rnd.randint(1, 12):02d}/{g.rnd.randint(26, 30)}"), "decoy",
          PARTIAL),
        c("typ_operacji", N, "VARCHAR", g.col(g.pick(["ZASTRZEZENIE", "WZNOWIENIE", "ZMIANA_PIN", "REKLAMACJA",
                                                      "ZMIANA_LIMITU"])), "decoy"),
        c("data_operacji", N, "TIMESTAMP", g.moments("2025-01-02", "2025-11-30"), "decoy"),
        c("imie", "first_name", "VARCHAR", [r[0] for r in rows]),
        c("nazwisko", "last_name", "VARCHAR", [r[1] for r in rows]),
        c("pesel", "national_id", "VARCHAR", [r[3] for r in rows]),
        c("data_urodzenia", "date_of_birth", "DATE", [r[2] for r in rows]),
        c("nr_dowodu", "national_id", "VARCHAR", g.col(lambda: v.dowod(g), 0.3)),
        c("telefon", "phone", "VARCHAR", g.phones("PL", {"national": 0.6, "intl": 0.2, "e164": 0.2}, 0.95)),
        c("email", "email", "VARCHAR", [None if g.rnd.random() < 0.2 else v.email_of(g, r[0], r[1], v.DOMAINS["pl"])
                                        for r in rows]),
        c("adres_korespondencyjny", "street_address", "VARCHAR", g.col(lambda: v.street(g, v.PL_ULICE, "pl"))),
        c("kod_pocztowy", "postal_code", "VARCHAR", [postcode(p) for p in places]),
        c("miejscowosc", "city", "VARCHAR", [p[0] for p in places]),
        c("nazwa_akceptanta", N, "VARCHAR", [merchants[i][0] for i in merchant], "business"),
        c("nip_akceptanta", N, "VARCHAR", [merchants[i][1] for i in merchant], "business", SHAPE),
        c("kwota_transakcji", N, "DECIMAL(10,2)", g.amounts(4, 3_500, 0.4), "decoy"),
        c("nr_referencyjny", N, "VARCHAR", g.col(lambda: g.rnd.choice(["7", "2"]) + g.digits(22), 0.5), "decoy",
          SHAPE),
        c("nr_przesylki", N, "VARCHAR", g.col(lambda: "00659007734" + g.digits(9), 0.6), "decoy", SHAPE),
        c("konsultant", "person_name", "VARCHAR", g.col(g.pick(staff)), STAFF),
        c("pole_dodatkowe_1", "free_text", "VARCHAR", _custom(g, "PL", "pl"), CUSTOM),
        c("uwagi", "free_text", "VARCHAR", g.sparse(uwagi, 0.74, _words("brak", "b/d")), NULLWORD),
    ])


def ja_koza_kaisetsu(g: Gen) -> Table:
    """A Sendai regional bank's account opening applications (Japanese column names and values)."""
    rows = []
    for _ in range(g.rows):
        a, b = v.person(g, "ja")
        rows.append((a, b, g.birth(1940, 2007)))
    wards = [g.rnd.choice(v.JA_SHIKUCHOUSON) for _ in range(g.rows)]
    staff = _staff(g, 5, "ja")
    employers = [("株式会社杜の都物流", v.jp_corporate(g), g.phone("JP", "national", False)),
                 ("東北精密工業株式会社", v.jp_corporate(g), g.phone("JP", "national", False)),
                 ("仙台市役所", v.jp_corporate(g), g.phone("JP", "national", False)),
                 ("有限会社青葉食品", v.jp_corporate(g), g.phone("JP", "national", False))]
    emp = [g.rnd.randrange(len(employers)) if g.rnd.random() < 0.75 else None for _ in range(g.rows)]

    def document() -> tuple[str, str]:
        x = g.rnd.random()
        if x < 0.55:
            return "運転免許証", "22" + g.digits(10)
        if x < 0.85:
            return "マイナンバーカード", "-"
        return "在留カード", g.code("AA99999999AA")

    docs = [document() for _ in range(g.rows)]

    def bikou() -> str:
        return g.rnd.choice(["給与振込口座として開設", f"母の{v.person(g, 'ja')[0]}様が同伴", "転居のため住所変更予定",
                             f"紹介者：{v.whole(g, 'ja')}様", "外国籍、在留期限確認済み"])

    return Table("口座開設受付.申込書明細", "ja", "kanji", [
        c("受付番号", N, "VARCHAR", g.col(lambda: v.my_number_decoy(g)), "decoy", KEY, SHAPE),
        c("申込日時", N, "TIMESTAMP", g.moments("2025-04-01", "2025-11-28", 0.0, (9, 15)), "decoy"),
        c("氏名", "person_name", "VARCHAR", [f"{b} {a}" for a, b in ((r[0], r[1]) for r in rows)]),
        c("氏名カナ", "person_name", "VARCHAR", [f"{v.JA_KANA[r[1]]} {v.JA_KANA[r[0]]}" for r in rows]),
        c("生年月日", "date_of_birth", "VARCHAR", [_wareki(r[2], g.rnd.choice([0, 0, 1, 1, 2])) for r in rows],
          DOB_TEXT),
        c("性別", N, "VARCHAR", g.col(g.pick(["男", "女"])), "decoy"),
        c("郵便番号", "postal_code", "VARCHAR", [f"{w[1]}-{g.digits(4)}" for w in wards]),
        c("住所", "street_address", "VARCHAR", [v.ja_address(g, w) for w in wards]),
        c("市区町村", "city", "VARCHAR", [w[0] for w in wards]),
        c("自宅電話", "phone", "VARCHAR", g.phones("JP", {"national": 1.0}, 0.0, 0.8), HEAVY),
        c("携帯電話", "phone", "VARCHAR", g.phones("JP", {"national": 0.9, "e164": 0.1}, 1.0, 0.05)),
        c("メールアドレス", "email", "VARCHAR", [None if g.rnd.random() < 0.3 else
                                           v.email_of(g, r[0], r[1], v.DOMAINS["ja"]) for r in rows]),
        c("個人番号", "national_id", "VARCHAR", g.col(lambda: v.my_number(g), 0.78), HEAVY),
        c("本人確認書類", N, "VARCHAR", [d[0] for d in docs], "decoy"),
        c("確認書類番号", "national_id", "VARCHAR", [None if d[1] == "-" else d[1] for d in docs], FOREIGN),
        c("勤務先名", N, "VARCHAR", [None if e is None else employers[e][0] for e in emp], "business"),
        c("勤務先法人番号", N, "VARCHAR", [None if e is None else employers[e][1] for e in emp], "business", SHAPE),
        c("勤務先電話", N, "VARCHAR", [None if e is None else employers[e][2] for e in emp], "business"),
        c("口座番号", N, "VARCHAR", g.col(lambda: g.digits(7)), "decoy", SHAPE),
        c("取引目的", N, "VARCHAR", g.col(g.pick(["生計費決済", "給与受取", "貯蓄", "事業費決済"])), "decoy"),
        c("受付担当者", "person_name", "VARCHAR", g.col(g.pick(staff)), STAFF),
        c("自由項目2", "free_text", "VARCHAR", _custom(g, "JP", "ja"), CUSTOM),
        c("備考", "free_text", "VARCHAR", g.sparse(bikou, 0.76, _words("なし", "特になし")), NULLWORD),
    ])


def el_rantevou(g: Gen) -> Table:
    """A Patras bank's branch appointments (Greek column names and values, upper case without accents)."""
    rows = []
    for _ in range(g.rows):
        female = g.rnd.random() < 0.5
        a, b = v.person(g, "el", female)
        born = g.birth(1938, 2006)
        rows.append((v.unaccent_upper(a), v.unaccent_upper(b), born, v.amka(g, born), a, b))
    places = [g.rnd.choice(v.EL_POLEIS) for _ in range(g.rows)]
    staff = [v.unaccent_upper(s) for s in _staff(g, 6, "el")]
    branches = [("ΠΑΤΡΑ ΚΕΝΤΡΟ", "ΜΑΙΖΩΝΟΣ 152, ΠΑΤΡΑ 262 21", g.phone("GR", "national", False), "38.2466,21.7346"),
                ("ΠΑΤΡΑ ΑΝΩ ΠΟΛΗ", "ΑΓΙΟΥ ΝΙΚΟΛΑΟΥ 40, ΠΑΤΡΑ 262 21", g.phone("GR", "national", False),
                 "38.2481,21.7378"),
                ("ΡΙΟ ΠΑΝΕΠΙΣΤΗΜΙΟ", "ΕΘΝ. ΟΔΟΥ ΠΑΤΡΩΝ-ΑΘΗΝΩΝ 21, ΡΙΟ 265 04", g.phone("GR", "national", False),
                 "38.2960,21.7857")]
    branch = [g.rnd.randrange(len(branches)) for _ in range(g.rows)]
    escort = [g.rnd.random() < 0.15 for _ in range(g.rows)]

    def sxolia() -> str:
        return g.rnd.choice(["ΘΕΛΕΙ ΡΥΘΜΙΣΗ ΔΑΝΕΙΟΥ", f"ΕΡΧΕΤΑΙ ΜΕ ΤΗΝ ΚΟΡΗ ΤΗΣ {v.unaccent_upper(v.given(g, 'el'))}",
                             "ΑΝΟΙΓΜΑ ΛΟΓΑΡΙΑΣΜΟΥ ΜΙΣΘΟΔΟΣΙΑΣ",
                             f"ΕΞΟΥΣΙΟΔΟΤΗΣΗ ΣΤΟΝ {v.unaccent_upper(v.whole(g, 'el', False))}", "ΚΛΗΡΟΝΟΜΙΚΑ"])

    return Table("ΚΑΤΑΣΤΗΜΑΤΑ_ΠΑΤΡΑΣ.ΡΑΝΤΕΒΟΥ_ΠΕΛΑΤΩΝ", "el", "greek", [
        c("ΚΩΔ_ΡΑΝΤΕΒΟΥ", N, "BIGINT", g.keys(70_001), "decoy", KEY),
        c("ΑΡ_ΚΡΑΤΗΣΗΣ", N, "VARCHAR", g.col(lambda: v.amka_decoy(g)), "decoy", SHAPE),
        c("ΚΑΤΑΣΤΗΜΑ", N, "VARCHAR", [branches[i][0] for i in branch], "business"),
        c("ΔΙΕΥΘ_ΚΑΤΑΣΤΗΜΑΤΟΣ", N, "VARCHAR", [branches[i][1] for i in branch], "business"),
        c("ΤΗΛ_ΚΑΤΑΣΤΗΜΑΤΟΣ", N, "VARCHAR", [branches[i][2] for i in branch], "business"),
        c("GPS_ΚΑΤΑΣΤΗΜΑΤΟΣ", N, "VARCHAR", [branches[i][3] for i in branch], "decoy", "business"),
        c("ΗΜΕΡΟΜΗΝΙΑ_ΩΡΑ", N, "TIMESTAMP", g.moments("2025-01-07", "2025-12-19", 0.0, (8, 14)), "decoy"),
        c("ΘΕΜΑ", N, "VARCHAR", g.col(g.pick(["ΣΤΕΓΑΣΤΙΚΟ", "ΚΑΤΑΘΕΣΕΙΣ", "ΚΑΡΤΕΣ", "ΡΥΘΜΙΣΗ ΟΦΕΙΛΩΝ",
                                              "ΚΛΗΡΟΝΟΜΙΚΑ"])), "decoy"),
        c("ΕΠΩΝΥΜΟ", "last_name", "VARCHAR", [r[1] for r in rows]),
        c("ΟΝΟΜΑ", "first_name", "VARCHAR", [r[0] for r in rows]),
        c("ΠΑΤΡΩΝΥΜΟ", "first_name", "VARCHAR", g.col(lambda: v.unaccent_upper(v.person(g, "el", False)[0]), 0.1),
          ROLE),
        c("ΗΜ_ΓΕΝΝΗΣΗΣ", "date_of_birth", "DATE", [r[2] for r in rows]),
        c("ΑΦΜ", "national_id", "VARCHAR", g.col(lambda: v.afm(g), 0.05)),
        c("ΑΜΚΑ", "ssn", "VARCHAR", [r[3] if g.rnd.random() < 0.6 else None for r in rows]),
        c("ΑΔΤ", "national_id", "VARCHAR", g.col(lambda: v.adt(g), 0.2)),
        c("ΚΙΝΗΤΟ", "phone", "VARCHAR", g.phones("GR", {"national": 0.8, "e164": 0.2}, 1.0, 0.05)),
        c("EMAIL", "email", "VARCHAR", [None if g.rnd.random() < 0.35 else
                                        v.email_of(g, r[4].lower(), r[5].lower(), v.DOMAINS["el"]) for r in rows]),
        c("ΔΙΕΥΘΥΝΣΗ", "street_address", "VARCHAR", g.col(lambda: v.street(g, v.EL_ODOI, "el"))),
        c("ΤΚ", "postal_code", "VARCHAR", [f"{g.rnd.choice(p[1])} {g.digits(2)}" for p in places]),
        c("ΠΟΛΗ", "city", "VARCHAR", [p[0] for p in places]),
        c("ΥΠΑΛΛΗΛΟΣ", "person_name", "VARCHAR", g.col(g.pick(staff)), STAFF),
        c("ΣΥΝΟΔΟΣ", "person_name", "VARCHAR", [v.unaccent_upper(v.whole(g, "el")) if k else None for k in escort],
          ROLE, HEAVY),
        c("ΠΡΟΣΘ_ΠΕΔΙΟ_2", N, "VARCHAR", _codes(g, ["ΠΡΟΓ-##", "ΤΑΜ-#", "VIP-##"], 0.3), "decoy", CUSTOM_CODE),
        c("ΣΧΟΛΙΑ", "free_text", "VARCHAR", g.sparse(sxolia, 0.77, _words("ΚΑΜΙΑ", "—")), NULLWORD),
    ])


def tr_kiralik_kasa(g: Gen) -> Table:
    """An İzmir bank's safe-deposit box rentals (Turkish column names without Turkish letters)."""
    rows = []
    for _ in range(g.rows):
        female = g.rnd.random() < 0.5
        nationality = "TC" if g.rnd.random() < 0.82 else g.rnd.choice(list(v.FOREIGN_NAMES))
        if nationality == "TC":
            a, b = v.person(g, "tr", female)
            ident = v.tckn(g)
        else:
            names = v.FOREIGN_NAMES[nationality]
            a, b = g.rnd.choice(names[0]), g.rnd.choice(names[1])
            ident = v.tckn(g, True) if g.rnd.random() < 0.5 else v.foreign_passport(g, nationality)
        born = g.birth(1945, 2003)
        rows.append((a, b, nationality, ident, born))
    places = [g.rnd.choice(v.TR_ILCELER) for _ in range(g.rows)]
    staff = _staff(g, 5, "tr")
    subeler = [(name, g.phone("TR", "national", False)) for name in
               ["Alsancak Şubesi", "Karşıyaka Çarşı Şubesi", "Bornova Ticari Şube", "Konak Merkez Şubesi"]]
    sube = [g.rnd.randrange(len(subeler)) for _ in range(g.rows)]
    proxy = [g.rnd.random() < 0.18 for _ in range(g.rows)]

    def aciklama() -> str:
        return g.rnd.choice(["Anahtar teslim edildi", f"Vekil {v.whole(g, 'tr')} ile birlikte açıldı",
                             "Kira bedeli hesaptan tahsil edilemedi", f"Mirasçı {v.whole(g, 'tr')} başvurdu",
                             "Kasa değişikliği talebi"])

    return Table("kiralik_kasa_izmir.kasa_kiralama", "tr", "snake", [
        c("kiralama_id", N, "BIGINT", g.keys(35_001), "decoy", KEY),
        c("sozlesme_no", N, "VARCHAR", g.col(lambda: v.tckn_decoy(g)), "decoy", SHAPE),
        c("sube_adi", N, "VARCHAR", [subeler[i][0] for i in sube], "business"),
        c("sube_tel", N, "VARCHAR", [subeler[i][1] for i in sube], "business"),
        c("kasa_no", N, "VARCHAR", g.col(lambda: g.code("K-999")), "decoy"),
        c("anahtar_seri_no", N, "VARCHAR", g.col(lambda: g.code("AZ9999999")), "decoy", SHAPE),
        c("musteri_adi", "first_name", "VARCHAR", [r[0] for r in rows]),
        c("musteri_soyadi", "last_name", "VARCHAR", [r[1] for r in rows]),
        c("uyruk", N, "VARCHAR", [r[2] for r in rows], "decoy"),
        c("kimlik_no", "national_id", "VARCHAR", [r[3] for r in rows], FOREIGN),
        c("baba_adi", "first_name", "VARCHAR", g.col(lambda: v.person(g, "tr", False)[0], 0.15), ROLE),
        c("dogum_tarihi", "date_of_birth", "VARCHAR", [f"{r[4].day:02d}.{r[4].month:02d}.{r[4].year}" for r in rows],
          DOB_TEXT),
        c("dogum_yeri", "city", "VARCHAR", [g.rnd.choice(v.TR_DOGUM_YERLERI) if r[2] == "TC" else None
                                            for r in rows]),
        c("cep_tel", "phone", "VARCHAR", g.phones("TR", {"national": 0.7, "e164": 0.3}, 1.0)),
        c("e_posta", "email", "VARCHAR", [None if g.rnd.random() < 0.35 else v.email_of(g, r[0], r[1],
                                                                                        v.DOMAINS["tr"])
                                          for r in rows]),
        c("ev_adresi", "street_address", "VARCHAR", g.col(lambda: v.street(g, v.TR_SOKAKLAR, "tr"))),
        c("ilce", "city", "VARCHAR", [p[0] for p in places]),
        c("il", N, "VARCHAR", [p[2] for p in places], "decoy"),
        c("posta_kodu", "postal_code", "VARCHAR", [p[1] for p in places]),
        c("vekil_ad_soyad", "person_name", "VARCHAR", [v.whole(g, "tr") if k else None for k in proxy], ROLE, HEAVY),
        c("vekil_tckn", "national_id", "VARCHAR", [v.tckn(g) if k else None for k in proxy], ROLE, HEAVY),
        c("sozlesme_tarihi", N, "DATE", g.days("2012-01-01", "2025-11-15"), "decoy"),
        c("tahsilat_iban", "iban", "VARCHAR", g.col(lambda: v.tr_iban(g), 0.1)),
        c("islem_yapan", "person_name", "VARCHAR", g.col(g.pick(staff)), STAFF),
        c("ozel_alan_1", "free_text", "VARCHAR", _custom(g, "TR", "tr"), CUSTOM),
        c("aciklama", "free_text", "VARCHAR", g.sparse(aciklama, 0.78, _words("yok", "YOK")), NULLWORD),
    ])


BUILDERS: list[tuple[Callable[[Gen], Table], int]] = [
    (wi_account_applications, 700), (ni_card_ops, 650), (sc_branch_appointments, 420), (za_safe_deposit, 380),
    (my_personal_financing, 560), (pa_payroll_cobol, 300), (au_complaints_staging, 600), (on_kyc_webhooks, 800),
    (de_entgelt, 260), (fr_reclamations, 540), (es_prestamos, 480), (pl_karty, 620), (ja_koza_kaisetsu, 450),
    (el_rantevou, 400), (tr_kiralik_kasa, 240),
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
