"""Held-out set v136 for the column classifier: 15 tables of *telecom operators and internet providers* (subscriber
accounts and contracts, SIM registration, number porting, billing, installation visits, call-centre tickets, roaming
and device financing), one system per table and each a different organisation, eight with English column names and
seven in other languages:

* ``bigsky_wisp.subscriber_accounts``: a south-west Montana fixed-wireless internet provider's subscribers (snake case:
  the SSN for the credit check mostly NULL, the spouse mostly NULL, tower sites and their coordinates, CPE MACs, the
  household's WAN IP, the installer and ``approved_by``, ``misc_1`` holding promotion codes, the office phone);
* ``lightwaveOtago.installVisits``: an Otago fibre retailer's installation visits (camel case: the landlord's name and
  phone for rented homes, mostly NULL, technicians, contractors and their phones, ONT serials, cabinet ids, app
  versions, ``udf3`` a phone, an e-mail or a name by row);
* ``TrentMobile.DeviceFinanceAgreements``: a Nottingham mobile retailer's handset finance (Pascal case: GB driving
  licence numbers encoding the surname, birth date and initials, IMEIs, the direct-debit account number beside the
  sort code, stores with their addresses and phones, sales advisors and ``ApprovedBy``, Royal Mail tracking numbers,
  ``Udf1`` codes, ``Udf2`` a phone);
* ``NINSIM.SUBSCRIBER_VERIFICATION``: a Lagos mobile operator's NIN-SIM linkage (SCREAMING case: MSISDNs, ICCIDs, the
  NIN, ``ID_DOCUMENT_NO`` holding Nigerian passports and driving licences and passports of Ghanaian, Beninese, Togolese
  and Malian subscribers, birth dates as ``DD-MON-YYYY`` text, areas and LGAs, postcodes, e-mails and a second phone
  mostly NULL, agents, dealers, ``CUSTOM_FIELD_1`` codes, ``CUSTOM_FIELD_2`` a phone, an e-mail or a name);
* ``cc_tkt.tkt_hdr``: an Adelaide internet provider's call-centre tickets (abbreviated: ``cust_fnm``, ``ctc_ph``,
  ``addr_ln1``, ``dob_dt``, ``sbrb``, ``pcd``, the authorised third party mostly NULL, assigned agents and their
  logins, descriptions naming people, ``udf3`` access technology codes);
* ``IATELCOOP.CUST_BILL_EXTRACT``: a north-east Iowa telephone cooperative's COBOL billing extract (legacy: padded
  CHAR, ``CUST-LAST-NM``, ``CUST-DOB`` and bill dates as ``YYYYMMDD`` integers, the SSN, ZIP and line as numbers with 0
  for missing, account numbers of nine digits starting with 9 (never a valid SSN), ``BILL-ATTN-NM`` mostly blank,
  ``USER-FLD-1`` codes, ``USER-FLD-2`` an emergency contact's name);
* ``stg_bbkyc.src_crm_raw``: a Hyderabad broadband provider's KYC as an opaque staging table (``src_crm_col01`` to
  ``src_crm_col18``: names, the father's or husband's name, birth dates as ``dd-mm-yyyy`` text, Aadhaar, PAN mostly
  NULL, order numbers of twelve digits failing the Verhoeff check, document hashes, the request IP,
  ``src_crm_col17`` a phone, an e-mail or a name);
* ``travelpass_api.roaming_purchases``: a Manitoba regional carrier's roaming pass purchases flattened from JSON to
  dotted keys (``customer.name.given``, ``customer.sharedLines[0].msisdn``, ``customer.dateOfBirth`` as ISO text,
  visited networks, the last cell's coordinates, IMEIs, card last four digits, the client IP, the agent mostly NULL,
  ``meta.customFields.field2`` an e-mail);
* ``fibra_murgia.interventi_installazione``: a Bari-area fibre operator's installation visits (Italian: the codice
  fiscale encoding the row's name, birth date and birthplace, ``data_nascita`` as ``gg/mm/aaaa`` text, the person on
  site mostly NULL, technicians, the subcontractor with its partita IVA and phone, ONT serials, ``campo_libero_1``
  codes, ``campo_libero_2`` a phone, an e-mail or a name);
* ``provedor_bh.faturas_assinantes``: a Belo Horizonte internet provider's subscriber invoices (Brazilian
  Portuguese: CPF, nosso número of eleven digits failing the CPF check, the boleto's digitable line, ``bairro``, CEP,
  a message phone mostly NULL, cards kept in clear for the few who pay by card, the branch CNPJ, attendants by first
  name);
* ``nummerbehoud.porteringsverzoeken``: a Utrecht mobile virtual operator's number porting requests (Dutch:
  ``voorletters``, ``tussenvoegsel``, birth dates as ``dd-mm-jjjj`` text, ``huisnummer`` apart, postcodes, the IBAN
  and the account holder when someone else pays, ``id_nummer`` holding Dutch, Belgian, German and Polish identity
  documents, donor operators, ``vrij_veld_1`` codes, ``vrij_veld_2`` a phone);
* ``delbetalning.avtal_mobiler``: a Malmö operator's handset instalment agreements (Swedish: personnummer with ten and
  twelve digits, agreement numbers of ten digits failing the Luhn check, the ``c/o`` line, IMEIs, credit bureau
  references, sellers and ``godkand_av``, shops with their orgnr and phones, ``fritext_1`` codes);
* ``isp_brno.smlouvy_ucastniku``: a Brno internet provider's subscriber contracts (Czech: female family-name forms,
  rodné číslo encoding the row's birth date and sex, identity card numbers, contract numbers of ten digits failing
  the rodné číslo check, domestic bank accounts, business subscribers' IČO, the legal guardian mostly NULL, the
  cashier (``pokladni``), ``uziv_pole_2`` a phone, an e-mail or a name);
* ``сим_регистрация.Абоненты``: a Novosibirsk mobile operator's SIM registrations in a 1C-style register (Russian,
  Cyrillic column names and values: patronymics, ``СерияНомерДокумента`` holding Russian passports and passports of
  Uzbek, Tajik and Kyrgyz subscribers, document issue dates, SNILS and personal INN mostly NULL, personal account
  numbers of twelve digits failing the INN check, ICCIDs, points of sale and their OGRN, ``ДопРеквизит1`` codes);
* ``mnp_tennyu.moushikomi``: a Fukuoka mobile virtual operator's number porting (MNP) applications (romanized Japanese
  column names, values in kanji and katakana: ``shimei``, ``shimei_kana``, the birth date split into
  ``seinengappi_nen``, ``seinengappi_tsuki`` and ``seinengappi_hi``, ``jusho``, ``denwa_bango``, MNP reservation
  numbers, driving licence numbers, the proxy mostly NULL, staff by family name, shops and their phones,
  ``jiyuu_koumoku_1`` codes, ``jiyuu_koumoku_2`` a phone, an e-mail or a name).

Written **blind**, like v2 to v134: by someone who has read neither the classifier (``governance_dagster/detect/``)
nor its documentation, tests, changelog, history or notes, only the list of kind names and their docstrings
(``governance_dagster/kinds.py``), how the scorer registers a set (``heldout_v2_accuracy.py``, edited, never run), the
structure and labeling conventions of v27 and v98 (their modules, their tests and ``tests/heldout_support.py``), the
module docstring and test of v107, the module docstrings of v24 to v134 (to avoid their domains and organisations:
v46, v68 and v85 already covered telecom; v85's docstring was read in full for its telecom labeling conventions),
the ``Column``/``Table`` classes and writer of v2 and v4, the ruff section of ``pyproject.toml`` and the docstrings
and validation code of python-stdnum's modules and phonenumbers. The classifier was not run on this set while it was
written, no scorer was run on it, and no score was looked at: nothing here was adjusted to what the classifier does.
Some labels below are quick decisions rather than settled conventions.

Labeling choices a reader may question:

* following ``kinds.py``, the US SSN and the Russian SNILS are ``ssn`` (the SNILS check number is computed here, not
  by python-stdnum); the Nigerian NIN, passports, GB and Japanese driving licences, Aadhaar, PAN, codice fiscale, CPF,
  Dutch, Belgian, German and Polish identity documents, personnummer, rodné číslo, Czech identity cards, Russian and
  Central Asian passports and the personal INN are ``national_id``; a column holding documents of several countries
  (tag ``foreign_ids``) is ``national_id``; the Nigerian NIN, the GB and Japanese licences, Czech identity cards and
  German identity cards have no check digit computed here and are generated by shape (the GB licence encodes the
  row's surname, birth date and sex);
* MSISDNs, the number being ported and shared lines of a roaming plan are ``phone``; IMEIs, ICCIDs, ONT serials, CPE
  MACs, cabinet and AVC ids, exchange CLLI codes, towers, visited networks and the towers' and cells' coordinates are
  ``none`` (tags ``device``, ``network``, ``coordinates``, as v46, v68 and v85 labeled them); a household's WAN IP and
  a client IP are ``ip_address``;
* account, agreement, work-order, ticket, porting, contract, invoice, order, tracking, verification and MNP
  reservation numbers, boleto lines and credit bureau references are ``none`` (tag ``decoy``, ``value_shape`` when
  shaped like an identifier); six of them are shaped like a personal number and fail its check (SSN, Aadhaar,
  CPF, personnummer, rodné číslo, INN);
* shops, dealers, contractors, donor operators and points of sale, their addresses, phones and company numbers
  (partita IVA, CNPJ, orgnr, IČO, OGRN) are ``none`` (tag ``business``); a Czech business subscriber's IČO is
  ``none`` too, though some are sole traders';
* installers, technicians, agents, sales advisors, sellers, attendants, approvers (``approved_by``, ``ApprovedBy``,
  ``godkand_av``) and the cashier (``pokladni``) are staff (tag ``staff``): ``person_name``, ``first_name`` for
  attendants kept by first name, ``last_name`` for staff kept by family name; a spouse, a landlord, an authorised
  third party, a bill's attention line, a father or husband, a person on site, a message phone's owner, an account
  holder, a ``c/o`` line, a legal guardian, a proxy and a shared line are personal (tag ``role_word``);
* opaque custom fields holding, by row, a phone, an e-mail or a name are ``free_text`` (tags ``custom_field``,
  ``mixed_kinds``); those holding one kind take that kind (``Udf2``, ``vrij_veld_2``: ``phone``;
  ``meta.customFields.field2``: ``email``; ``USER-FLD-2``: ``person_name``); those holding codes are ``none`` (tag
  ``custom_code``);
* a middle name, a middle initial, Dutch ``voorletters`` and a Russian patronymic are ``first_name``; a Dutch
  ``tussenvoegsel`` is ``last_name``; a house number kept apart (``huisnummer``) and a unit line (``addr_ln2``) are
  ``street_address``; suburbs, areas, LGAs and ``bairro`` are ``city`` (tag ``locality``) and so is a birthplace;
  states, provinces, ``prov`` and ``uf`` are ``none``;
* dates of birth kept as text, as ``YYYYMMDD`` integers (0 for missing) or split into year, month and day columns
  keep ``date_of_birth`` (each part, tag ``dob_part``: together they are the birth date); bill, due, install, visit,
  issue, signature, registration and expiry dates are ``none`` (tag ``event_date``);
* a person's domestic bank account (``AccountNumber``, ``cislo_uctu``) is ``unclassified`` (tag ``bank_account``) as
  earlier sets labeled them, a sort code ``none``; agents' logins and CSR ids are ``unclassified`` (tag
  ``username``); a card's last four digits are ``none`` (tag ``partial``).

Tags: ``null_heavy`` means 70-95% NULL or empty (blank padded CHAR counts as empty), ``nullword_heavy`` 70-95% NULL,
empty or NULL words (the free-text remarks); rows per table: 330 to 700.

Every value is generated here from :data:`SEED` (one ``random.Random`` per table, named after its builder) with
python-stdnum for check digits, phonenumbers for phone validity and formats, and the lists of
:mod:`benchmarks.classification.heldout_v136_values`, written for v136 (no Faker, no list of real people, no breach
data). Build: ``python -m benchmarks.classification.heldout_v136 [PATH]`` (default ``/tmp/heldout_v136.duckdb``).
Score: ``python -m benchmarks.classification.heldout_v2_accuracy --set v136``.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path

from benchmarks.classification import heldout_v4
from benchmarks.classification import heldout_v136_values as v
from benchmarks.classification.heldout_v2 import Column, Table
from benchmarks.classification.heldout_v136_values import NULLISH, SEED, USERNAME, Gen, N, c

__all__ = ["BUILDERS", "DEFAULT_PATH", "NULLISH", "SEED", "USERNAME", "Column", "Gen", "Table", "build", "labels",
           "summary", "tables"]

DEFAULT_PATH = Path("/tmp/heldout_v136.duckdb")

NULLWORD = "nullword_heavy"  # 70-95% NULL, empty or NULL words (free text)
HEAVY = "null_heavy"  # 70-95% NULL or empty (a personal column filled for few rows)
SHAPE = "value_shape"
STAFF = "staff"  # agents, cashiers, installers, approvers (few distinct)
ROLE = "role_word"  # a role word (spouse, landlord, third party, account holder, c/o ...) holding people
ABBREV = "abbrev"
KEY = "join_key"
LEGACY = "legacy"
PADDED = "padded"
OPAQUE = "opaque"
CUSTOM = "custom_field"  # an opaque custom field holding personal data (its kind, or free_text when kinds mix)
CODES = "custom_code"  # an opaque custom field holding codes (none)
MIXED = "mixed_kinds"
DEVICE = "device"
NETWORK = "network"
COORD = "coordinates"
HASHED = "hashed"
VERSION = "version"
EVENT = "event_date"
CHECK = "check_digit"
FOREIGN = "foreign_ids"  # identifiers of people of several countries in one column
PREMISES = "premises"
PRODUCT = "product_name"
PARTIAL = "partial"
BANK = "bank_account"
LOCALITY = "locality"
DOB_TEXT = "dob_text"
DOB_INT = "dob_int"
DOB_PART = "dob_part"
PATRONYMIC = "patronymic"
INITIALS = "initials"


def _words(*extra: str) -> tuple[str, ...]:
    return ("", None, "-", "N/A", "NULL") + extra


def _staff(g: Gen, n: int, lang: str, make: Callable[[Gen, str], str] = v.whole) -> list[str]:
    out: set[str] = set()
    while len(out) < n:
        out.add(make(g, lang))
    return sorted(out)


def _custom(g: Gen, region: str, lang: str, null: float = 0.3) -> list[str | None]:
    """An opaque custom field: by row a phone, an e-mail or a name (or NULL)."""
    def one() -> str:
        r = g.rnd.random()
        if r < 0.4:
            return g.phone(region, g.rnd.choice(["national", "e164"]))
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


# -- English-named tables ----------------------------------------------------------------------------------------------


def mt_wisp_subscribers(g: Gen) -> Table:
    """A south-west Montana fixed-wireless internet provider's subscriber accounts (snake case)."""
    pairs = [v.person(g, "us") for _ in range(g.rows)]
    places = [g.rnd.choice(v.MT_TOWNS) for _ in range(g.rows)]
    married = [g.rnd.random() < 0.18 for _ in range(g.rows)]
    installers = _staff(g, 4, "us")
    approvers = _staff(g, 3, "us")
    office = g.phone("US-MT", "national", False)

    def note() -> str:
        return g.rnd.choice([f"Gate code with neighbor {v.whole(g)}", "Dish realigned after windstorm",
                             f"Wife {v.given(g)} handles billing, call her first", "Seasonal hold Nov-Apr",
                             f"Referred by {v.whole(g)} - apply $25 credit", "Trees in LOS, recommend tower move"])

    return Table("bigsky_wisp.subscriber_accounts", "en", "snake", [
        c("account_id", N, "BIGINT", g.keys(40_001), "decoy", KEY),
        c("account_number", N, "VARCHAR", g.col(lambda: g.code("BSW-999999")), "decoy", SHAPE),
        c("first_name", "first_name", "VARCHAR", [a for a, _ in pairs]),
        c("last_name", "last_name", "VARCHAR", [b for _, b in pairs]),
        c("spouse_name", "person_name", "VARCHAR", [f"{v.given(g)} {b}" if m else None
                                                    for (_, b), m in zip(pairs, married)], ROLE, HEAVY),
        c("date_of_birth", "date_of_birth", "DATE", g.births(1938, 2004)),
        c("ssn", "ssn", "VARCHAR", g.col(lambda: v.us_ssn(g), 0.8), HEAVY),
        c("service_address", "street_address", "VARCHAR", g.col(lambda: v.street(g, v.MT_STREETS)), PREMISES),
        c("service_city", "city", "VARCHAR", [p[0] for p in places]),
        c("service_zip", "postal_code", "VARCHAR", [p[1] for p in places]),
        c("primary_phone", "phone", "VARCHAR", g.phones("US-MT", {"national": 0.5, "dashes": 0.3, "e164": 0.2}, 0.7)),
        c("email", "email", "VARCHAR", [None if g.rnd.random() < 0.15 else v.email_of(g, a, b, v.DOMAINS["us"])
                                        for a, b in pairs]),
        c("plan_name", N, "VARCHAR", g.col(g.pick(v.MT_PLANS)), "decoy", PRODUCT),
        c("monthly_rate", N, "DECIMAL(8,2)", g.col(g.pick([49.0, 69.0, 89.0, 129.0, 35.0])), "decoy"),
        c("tower_site", N, "VARCHAR", g.col(g.pick(v.MT_TOWERS)), "decoy", NETWORK),
        c("tower_lat", N, "DOUBLE", g.floats(45.45, 46.25, 5), "decoy", COORD),
        c("tower_lon", N, "DOUBLE", g.floats(-111.9, -110.3, 5), "decoy", COORD),
        c("cpe_mac", N, "VARCHAR", g.col(g.mac), "decoy", DEVICE, SHAPE),
        c("cpe_wan_ip", "ip_address", "VARCHAR", g.col(lambda: g.ipv4([63, 66, 69, 173, 216]), 0.1)),
        c("installed_on", N, "DATE", g.days("2016-04-01", "2025-10-31"), "decoy", EVENT),
        c("installer", "person_name", "VARCHAR", g.col(g.pick(installers)), STAFF),
        c("approved_by", "person_name", "VARCHAR", g.col(g.pick(approvers), 0.1), STAFF),
        c("misc_1", N, "VARCHAR", g.col(g.pick(["USDA-RECONNECT", "PROMO-HUNT25", "ACP-LEGACY", "RANCH-BUNDLE"]),
                                        0.4), "decoy", CODES),
        c("office_phone", N, "VARCHAR", [office] * g.rows, "business"),
        c("account_notes", "free_text", "VARCHAR", g.sparse(note, 0.8, _words()), NULLWORD),
    ])


def nz_install_visits(g: Gen) -> Table:
    """An Otago fibre retailer's installation visits (camel case)."""
    pairs = [v.person(g, "nz") for _ in range(g.rows)]
    places = [g.rnd.choice(v.NZ_PLACES) for _ in range(g.rows)]
    rented = [g.rnd.random() < 0.2 for _ in range(g.rows)]
    techs = _staff(g, 5, "nz")
    contractors = [(name, g.phone("NZ", "national", False)) for name, _ in v.NZ_CONTRACTORS]
    firm = [g.rnd.randrange(len(contractors)) for _ in range(g.rows)]

    def note() -> str:
        return g.rnd.choice(["Lead-in via existing duct, no civil works",
                             f"Tenant {v.given(g, 'nz')} not home, rebooked",
                             f"Landlord {v.whole(g, 'nz')} approved ONT on garage wall",
                             "Aerial drop from pole 14", f"Spoke to neighbour {v.whole(g, 'nz')} re shared driveway"])

    return Table("lightwaveOtago.installVisits", "en", "camel", [
        c("visitId", N, "BIGINT", g.keys(700_001), "decoy", KEY),
        c("workOrderNo", N, "VARCHAR", g.col(lambda: g.code("WO99999999")), "decoy", SHAPE),
        c("customerFirstName", "first_name", "VARCHAR", [a for a, _ in pairs]),
        c("customerLastName", "last_name", "VARCHAR", [b for _, b in pairs]),
        c("customerMobile", "phone", "VARCHAR", g.phones("NZ", {"national": 0.7, "intl": 0.3}, 0.9)),
        c("customerEmail", "email", "VARCHAR", [v.email_of(g, a, b, v.DOMAINS["nz"]) for a, b in pairs]),
        c("installAddress", "street_address", "VARCHAR", g.col(lambda: v.street(g, v.NZ_STREETS, "nz")), PREMISES),
        c("suburb", "city", "VARCHAR", [p[0] for p in places], LOCALITY),
        c("townCity", "city", "VARCHAR", [p[1] for p in places]),
        c("postcode", "postal_code", "VARCHAR", [p[2] for p in places]),
        c("landlordName", "person_name", "VARCHAR", [v.whole(g, "nz") if r else None for r in rented], ROLE, HEAVY),
        c("landlordPhone", "phone", "VARCHAR", [g.phone("NZ", "national") if r else None for r in rented], ROLE,
          HEAVY),
        c("visitDate", N, "DATE", g.days("2025-02-01", "2025-12-19"), "decoy", EVENT),
        c("timeSlot", N, "VARCHAR", g.col(g.pick(["AM 8-12", "PM 12-5", "All day"])), "decoy"),
        c("technicianName", "person_name", "VARCHAR", g.col(g.pick(techs)), STAFF),
        c("contractorName", N, "VARCHAR", [contractors[i][0] for i in firm], "business"),
        c("contractorPhone", N, "VARCHAR", [contractors[i][1] for i in firm], "business"),
        c("ontSerial", N, "VARCHAR", g.col(lambda: "ALCL" + g.code("xxxxxxxx").upper(), 0.15), "decoy", DEVICE),
        c("fdhCabinetId", N, "VARCHAR", g.col(lambda: g.code("DUN-FDH-9999")), "decoy", NETWORK),
        c("dropType", N, "VARCHAR", g.col(g.pick(["Aerial", "Underground", "Existing duct"])), "decoy"),
        c("appVersion", N, "VARCHAR", g.col(g.version), "decoy", VERSION),
        c("udf3", "free_text", "VARCHAR", _custom(g, "NZ", "nz"), CUSTOM, MIXED),
        c("techNotes", "free_text", "VARCHAR", g.sparse(note, 0.78, _words("nil")), NULLWORD),
    ])


def gb_device_finance(g: Gen) -> Table:
    """A Nottingham mobile retailer's handset finance agreements (Pascal case)."""
    rows = []
    for _ in range(g.rows):
        female = g.rnd.random() < 0.5
        a, b = v.person(g, "gb", female)
        middle = v.given(g, "gb") if g.rnd.random() < 0.2 else None
        born = g.birth(1950, 2006)
        rows.append((a, middle, b, born, v.uk_licence(b, a, middle or "", born, female, g)))
    places = [g.rnd.choice(v.GB_PLACES) for _ in range(g.rows)]
    stores = [(name, addr, g.phone("GB", "national", False)) for name, addr in v.UK_STORES]
    store = [g.rnd.randrange(len(stores)) for _ in range(g.rows)]
    advisors = _staff(g, 6, "gb")
    underwriters = _staff(g, 3, "gb")
    return Table("TrentMobile.DeviceFinanceAgreements", "en", "pascal", [
        c("AgreementId", N, "BIGINT", g.keys(210_001), "decoy", KEY),
        c("AgreementNumber", N, "VARCHAR", g.col(lambda: g.code("TMF999999999")), "decoy", SHAPE),
        c("Forename", "first_name", "VARCHAR", [r[0] for r in rows]),
        c("MiddleName", "first_name", "VARCHAR", [r[1] for r in rows], HEAVY),
        c("Surname", "last_name", "VARCHAR", [r[2] for r in rows]),
        c("DateOfBirth", "date_of_birth", "DATE", [r[3] for r in rows]),
        c("DrivingLicenceNumber", "national_id", "VARCHAR", [r[4] if g.rnd.random() < 0.7 else None for r in rows]),
        c("AddressLine1", "street_address", "VARCHAR", g.col(lambda: v.street(g, v.GB_STREETS, "gb"))),
        c("Town", "city", "VARCHAR", [p[0] for p in places]),
        c("Postcode", "postal_code", "VARCHAR", [f"{p[1]} {g.code('9AA')}" for p in places]),
        c("MobileNumber", "phone", "VARCHAR", g.phones("GB", {"national": 0.6, "e164": 0.2, "intl": 0.2})),
        c("EveningPhone", "phone", "VARCHAR", g.phones("GB", {"national": 1.0}, 0.0, 0.8), HEAVY),
        c("EmailAddress", "email", "VARCHAR", [v.email_of(g, r[0], r[2], v.DOMAINS["gb"]) for r in rows]),
        c("Device", N, "VARCHAR", g.col(g.pick(v.UK_DEVICES)), "decoy", PRODUCT),
        c("Imei", N, "VARCHAR", g.col(lambda: v.imei(g)), "decoy", DEVICE, CHECK),
        c("MonthlyInstalment", N, "DECIMAL(8,2)", g.amounts(12, 58), "decoy"),
        c("CardLast4", N, "VARCHAR", g.col(lambda: g.digits(4)), "decoy", PARTIAL),
        c("SortCode", N, "VARCHAR", g.col(lambda: g.rnd.choice(["20", "30", "40", "60", "07", "09"]) +
                                          g.code("-99-99")), "decoy"),
        c("AccountNumber", USERNAME, "VARCHAR", g.col(lambda: g.digits(8)), BANK),
        c("StoreName", N, "VARCHAR", [stores[i][0] for i in store], "business"),
        c("StoreAddress", N, "VARCHAR", [stores[i][1] for i in store], "business"),
        c("StorePhone", N, "VARCHAR", [stores[i][2] for i in store], "business"),
        c("SalesAdvisor", "person_name", "VARCHAR", g.col(g.pick(advisors)), STAFF),
        c("ApprovedBy", "person_name", "VARCHAR", g.col(g.pick(underwriters)), STAFF),
        c("Udf1", N, "VARCHAR", g.col(g.pick(["BF-0APR", "UPG-LOYALTY", "TRADEIN", "STAFF-DISC"]), 0.3), "decoy",
          CODES),
        c("Udf2", "phone", "VARCHAR", g.phones("GB", {"national": 1.0}, 0.8, 0.4), CUSTOM),
        c("SignedAt", N, "TIMESTAMP", g.moments("2024-01-01", "2025-12-20"), "decoy", EVENT),
        c("DespatchTrackingNo", N, "VARCHAR", g.col(lambda: g.code("AA999999999") + "GB", 0.35), "decoy", SHAPE),
    ])


def ng_nin_sim(g: Gen) -> Table:
    """A Lagos mobile operator's NIN-SIM linkage verification records (SCREAMING case)."""
    rows = []
    for _ in range(g.rows):
        foreign = g.rnd.random() < 0.12
        female = g.rnd.random() < 0.5
        a, b = v.person(g, "wa" if foreign else "ng", female)
        middle = None if foreign or g.rnd.random() < 0.3 else v.given(g, "ng")
        if foreign:
            doc = g.rnd.choice([g.code("G9999999"), g.code("B9999999"), "A" + g.digits(8), g.code("TG999999")])
            nat, nin = g.rnd.choice(["Ghanaian", "Beninoise", "Togolese", "Malian"]), None
        else:
            doc = g.rnd.choice(["A" + g.digits(8), "LAG" + g.code("99999AA99")]) if g.rnd.random() < 0.7 else None
            nat, nin = "Nigerian", str(g.rnd.randint(1, 9)) + g.digits(10)
        rows.append((a, b, middle, doc, nat, nin))
    places = [g.rnd.choice(v.NG_PLACES) for _ in range(g.rows)]
    agents = _staff(g, 7, "ng")

    def dob() -> str:
        return g.birth(1950, 2008).strftime("%d-%b-%Y").upper()

    return Table("NINSIM.SUBSCRIBER_VERIFICATION", "en", "screaming", [
        c("RECORD_ID", N, "BIGINT", g.keys(9_000_001), "decoy", KEY),
        c("MSISDN", "phone", "VARCHAR", g.phones("NG", {"msisdn": 0.6, "national": 0.4})),
        c("ICCID", N, "VARCHAR", g.col(lambda: v.iccid(g, "234")), "decoy", DEVICE, CHECK),
        c("SURNAME", "last_name", "VARCHAR", [r[1].upper() for r in rows]),
        c("FIRST_NAME", "first_name", "VARCHAR", [r[0].upper() for r in rows]),
        c("MIDDLE_NAME", "first_name", "VARCHAR", [r[2].upper() if r[2] else None for r in rows]),
        c("DATE_OF_BIRTH", "date_of_birth", "VARCHAR", g.col(dob), DOB_TEXT),
        c("GENDER", N, "VARCHAR", g.col(g.pick(["M", "F"])), "decoy"),
        c("NATIONALITY", N, "VARCHAR", [r[4] for r in rows], "decoy"),
        c("NIN", "national_id", "VARCHAR", [r[5] for r in rows]),
        c("ID_DOCUMENT_NO", "national_id", "VARCHAR", [r[3] for r in rows], FOREIGN),
        c("RESIDENTIAL_ADDRESS", "street_address", "VARCHAR", g.col(lambda: v.street(g, v.NG_STREETS, "ng"))),
        c("AREA", "city", "VARCHAR", [p[0] for p in places], LOCALITY),
        c("LGA", "city", "VARCHAR", [p[1] for p in places]),
        c("STATE", N, "VARCHAR", ["LAGOS"] * g.rows, "decoy"),
        c("POSTAL_CODE", "postal_code", "VARCHAR", [p[2] if g.rnd.random() < 0.15 else None for p in places], HEAVY),
        c("ALT_PHONE", "phone", "VARCHAR", g.phones("NG", {"national": 1.0}, 1.0, 0.75), HEAVY),
        c("EMAIL", "email", "VARCHAR", [v.email_of(g, r[0], r[1], v.DOMAINS["ng"]) if g.rnd.random() < 0.2 else None
                                        for r in rows], HEAVY),
        c("NIMC_VERIFY_REF", N, "VARCHAR", g.col(lambda: g.code("NVR9999999999")), "decoy", SHAPE),
        c("VERIFY_STATUS", N, "VARCHAR", g.col(g.pick(["VERIFIED", "VERIFIED", "MISMATCH", "PENDING"])), "decoy"),
        c("AGENT_NAME", "person_name", "VARCHAR", g.col(g.pick(agents)), STAFF),
        c("DEALER_NAME", N, "VARCHAR", g.col(g.pick(v.NG_DEALERS)), "business"),
        c("REG_TIMESTAMP", N, "TIMESTAMP", g.moments("2023-06-01", "2025-11-30"), "decoy", EVENT),
        c("CUSTOM_FIELD_1", N, "VARCHAR", g.col(g.pick(["KIOSK", "ROAMING-AGENT", "RETAIL", "ENTERPRISE"])), "decoy",
          CODES),
        c("CUSTOM_FIELD_2", "free_text", "VARCHAR", _custom(g, "NG", "ng"), CUSTOM, MIXED),
    ])


def au_callcentre_tickets(g: Gen) -> Table:
    """An Adelaide internet provider's call-centre tickets (abbreviated snake case)."""
    pairs = [v.person(g, "au") for _ in range(g.rows)]
    places = [g.rnd.choice(v.AU_PLACES) for _ in range(g.rows)]
    agents = [(name, v.login(*name.split(" ", 1), i)) for i, name in enumerate(_staff(g, 6, "au"))]
    agent = [g.rnd.randrange(len(agents)) for _ in range(g.rows)]

    def desc() -> str:
        return g.rnd.choice(["Cust reports dropouts every evening since Tues", "Wants to move service to new address",
                             f"Caller is son {v.whole(g, 'au')}, authorised on acct", "Overcharged for static IP",
                             f"Spoke w/ {v.given(g, 'au')} (partner), modem lights all red", "Requests cancellation"])

    def resolution() -> str:
        return g.rnd.choice(["Port reset, stable 48h", f"Escalated to {v.whole(g, 'au')} in L2", "Credit $20 applied",
                             "NBN fault lodged", f"Tech {v.given(g, 'au')} booked Thu AM"])

    return Table("cc_tkt.tkt_hdr", "en", "abbrev", [
        c("tkt_id", N, "BIGINT", g.keys(1_500_001), "decoy", KEY),
        c("tkt_no", N, "VARCHAR", g.col(lambda: g.code("INC9999999")), "decoy", SHAPE),
        c("cust_acct_no", N, "VARCHAR", g.col(lambda: g.code("9999999")), "decoy", KEY),
        c("cust_fnm", "first_name", "VARCHAR", [a for a, _ in pairs], ABBREV),
        c("cust_lnm", "last_name", "VARCHAR", [b for _, b in pairs], ABBREV),
        c("dob_dt", "date_of_birth", "DATE", g.col(lambda: g.birth(1940, 2005), 0.2), ABBREV),
        c("ctc_ph", "phone", "VARCHAR", g.phones("AU", {"national": 0.8, "intl": 0.2}, 0.85), ABBREV),
        c("ctc_eml", "email", "VARCHAR", [None if g.rnd.random() < 0.1 else v.email_of(g, a, b, v.DOMAINS["au"])
                                          for a, b in pairs], ABBREV),
        c("addr_ln1", "street_address", "VARCHAR", g.col(lambda: v.street(g, v.AU_STREETS, "au")), ABBREV),
        c("addr_ln2", "street_address", "VARCHAR", g.col(lambda: g.rnd.choice(["Unit", "Flat", "Apt"]) +
                                                         f" {g.rnd.randint(1, 24)}", 0.8), ABBREV, HEAVY),
        c("sbrb", "city", "VARCHAR", [p[0] for p in places], ABBREV, LOCALITY),
        c("pcd", "postal_code", "VARCHAR", [p[1] for p in places], ABBREV),
        c("st", N, "VARCHAR", ["SA"] * g.rows, "decoy"),
        c("avc_id", N, "VARCHAR", g.col(lambda: "AVC" + g.digits(12)), "decoy", NETWORK, SHAPE),
        c("cat_cd", N, "VARCHAR", g.col(g.pick(v.AU_CATEGORIES)), "decoy"),
        c("opn_ts", N, "TIMESTAMP", g.moments("2025-01-01", "2025-12-15"), "decoy", EVENT),
        c("asgn_agt", "person_name", "VARCHAR", [agents[i][0] for i in agent], STAFF, ABBREV),
        c("agt_lgn", USERNAME, "VARCHAR", [agents[i][1] for i in agent], "username", ABBREV),
        c("auth_3p_nm", "person_name", "VARCHAR", g.col(lambda: v.whole(g, "au"), 0.85), ROLE, HEAVY, ABBREV),
        c("cb_ph", "phone", "VARCHAR", g.phones("AU", {"national": 1.0}, 0.7, 0.5), ABBREV),
        c("tkt_desc", "free_text", "VARCHAR", g.col(desc, 0.05)),
        c("rsln_nt", "free_text", "VARCHAR", g.sparse(resolution, 0.75, _words("TBC")), NULLWORD, ABBREV),
        c("udf3", N, "VARCHAR", g.col(g.pick(["FTTP", "FTTN", "HFC", "FW", "FTTC"])), "decoy", CODES),
    ])


def ia_coop_billing(g: Gen) -> Table:
    """A north-east Iowa rural telephone cooperative's COBOL billing extract (padded CHAR, numbers for dates,
    the SSN, phones and ZIP codes, 0 for missing)."""
    rows = []
    for _ in range(g.rows):
        a, b = v.person(g, "us")
        rows.append((a.upper(), b.upper(), g.birth(1930, 2003)))
    places = [g.rnd.choice(v.IA_TOWNS) for _ in range(g.rows)]
    bills = [g.day("2025-01-01", "2025-11-30") for _ in range(g.rows)]
    csrs = sorted({v.login(*v.person(g, "us"), 2) for _ in range(5)})
    office = int(g.phone("US-IA", "digits", False))
    return Table("IATELCOOP.CUST_BILL_EXTRACT", "en", "cobol", [
        c("BX-ACCT-NO", N, "VARCHAR", g.col(lambda: v.ssn_decoy(g)), "decoy", KEY, SHAPE, LEGACY),
        c("CUST-LAST-NM", "last_name", "VARCHAR", _pad([r[1] for r in rows], 20), LEGACY, PADDED),
        c("CUST-FIRST-NM", "first_name", "VARCHAR", _pad([r[0] for r in rows], 15), LEGACY, PADDED),
        c("CUST-MID-INIT", "first_name", "VARCHAR", [g.rnd.choice("ABCDEJKLMRST") if g.rnd.random() < 0.6 else " "
                                                     for _ in rows], LEGACY, INITIALS),
        c("CUST-SSN", "ssn", "BIGINT", [int(v.us_ssn(g, False)) if g.rnd.random() < 0.7 else 0 for _ in rows],
          LEGACY),
        c("CUST-DOB", "date_of_birth", "INTEGER", [_ymd(r[2]) if g.rnd.random() < 0.9 else 0 for r in rows], LEGACY,
          DOB_INT),
        c("SVC-ADDR-LN1", "street_address", "VARCHAR", _pad(g.col(lambda: v.street(g, v.IA_STREETS)), 30), LEGACY,
          PADDED, PREMISES),
        c("SVC-CITY", "city", "VARCHAR", _pad([p[0] for p in places], 18), LEGACY, PADDED),
        c("SVC-ST", N, "VARCHAR", ["IA"] * g.rows, "decoy", LEGACY),
        c("SVC-ZIP", "postal_code", "INTEGER", [p[1] for p in places], LEGACY),
        c("SVC-TEL-NO", "phone", "BIGINT", [int(g.phone("US-IA", "digits", g.rnd.random() < 0.3)) for _ in rows],
          LEGACY),
        c("BILL-ATTN-NM", "person_name", "VARCHAR", _pad([f"{v.given(g).upper()} {r[1]}" if g.rnd.random() < 0.16
                                                          else "" for r in rows], 26), ROLE, HEAVY, LEGACY, PADDED),
        c("BILL-CYCLE", N, "VARCHAR", g.col(g.pick(["01", "10", "20"])), "decoy", LEGACY),
        c("BILL-DT", N, "INTEGER", [_ymd(d) for d in bills], "decoy", EVENT, LEGACY),
        c("DUE-DT", N, "INTEGER", [_ymd(d + timedelta(days=21)) for d in bills], "decoy", EVENT, LEGACY),
        c("BILL-AMT", N, "DECIMAL(9,2)", g.amounts(18, 240), "decoy", LEGACY),
        c("CSR-ID", USERNAME, "VARCHAR", _pad(g.col(g.pick(csrs)), 8), "username", LEGACY, PADDED),
        c("COOP-OFC-PHONE", N, "BIGINT", [office] * g.rows, "business", LEGACY),
        c("EXCH-CLLI", N, "VARCHAR", g.col(g.pick(v.IA_EXCHANGES)), "decoy", NETWORK, LEGACY),
        c("USER-FLD-1", N, "VARCHAR", _pad(g.col(g.pick(["LIFELINE", "SR-DISC", "CAPCRED", "FARM"]), 0.5), 10),
          "decoy", CODES, LEGACY),
        c("USER-FLD-2", "person_name", "VARCHAR", _pad(g.col(lambda: v.whole(g).upper(), 0.45), 26), CUSTOM, LEGACY,
          PADDED),
    ])


def in_broadband_kyc(g: Gen) -> Table:
    """A Hyderabad broadband provider's subscriber KYC landed as an opaque CRM staging table."""
    rows = []
    for _ in range(g.rows):
        female = g.rnd.random() < 0.45
        a, b = v.person(g, "in", female)
        rows.append((a, b, female))
    places = [g.rnd.choice(v.IN_PLACES) for _ in range(g.rows)]

    def relative(b: str, female: bool) -> str:
        return f"{g.rnd.choice(['W/o', 'D/o'] if female else ['S/o'])} {v.person(g, 'in', False)[0]} {b}".upper()

    def dob() -> str:
        d = g.birth(1950, 2006)
        return f"{d.day:02d}-{d.month:02d}-{d.year}"

    p = "src_crm_col"
    return Table("stg_bbkyc.src_crm_raw", "en", "opaque", [
        c(f"{p}01", N, "VARCHAR", g.col(g.uuid), "decoy", KEY, OPAQUE),
        c(f"{p}02", "person_name", "VARCHAR", [f"{a} {b}".upper() for a, b, _ in rows], OPAQUE),
        c(f"{p}03", "person_name", "VARCHAR", [relative(b, f) for _, b, f in rows], ROLE, OPAQUE),
        c(f"{p}04", "date_of_birth", "VARCHAR", g.col(dob), DOB_TEXT, OPAQUE),
        c(f"{p}05", "national_id", "VARCHAR", g.col(lambda: v.aadhaar(g, g.rnd.random() < 0.6), 0.1), OPAQUE),
        c(f"{p}06", "national_id", "VARCHAR", [v.pan(g, b) if g.rnd.random() < 0.22 else None for _, b, _ in rows],
          OPAQUE, HEAVY),
        c(f"{p}07", "phone", "VARCHAR", g.phones("IN", {"e164": 0.4, "national": 0.3, "msisdn": 0.3}), OPAQUE),
        c(f"{p}08", "email", "VARCHAR", [v.email_of(g, a, b, v.DOMAINS["in"]) if g.rnd.random() < 0.85 else None
                                         for a, b, _ in rows], OPAQUE),
        c(f"{p}09", "street_address", "VARCHAR", g.col(lambda: v.street(g, v.IN_STREETS, "in")), OPAQUE),
        c(f"{p}10", "city", "VARCHAR", [q[0] for q in places], OPAQUE),
        c(f"{p}11", "postal_code", "VARCHAR", [q[1] + g.digits(2) for q in places], OPAQUE),
        c(f"{p}12", N, "VARCHAR", ["TELANGANA"] * g.rows, "decoy", OPAQUE),
        c(f"{p}13", N, "VARCHAR", g.col(g.pick(v.IN_PLANS)), "decoy", PRODUCT, OPAQUE),
        c(f"{p}14", N, "VARCHAR", g.col(lambda: v.aadhaar_decoy(g)), "decoy", SHAPE, OPAQUE),
        c(f"{p}15", N, "VARCHAR", g.col(g.sha256), "decoy", HASHED, OPAQUE),
        c(f"{p}16", "ip_address", "VARCHAR", g.col(lambda: g.ipv4([49, 103, 106, 117, 183]), 0.2), OPAQUE),
        c(f"{p}17", "free_text", "VARCHAR", _custom(g, "IN", "in"), CUSTOM, MIXED, OPAQUE),
        c(f"{p}18", N, "TIMESTAMP", g.moments("2025-03-01", "2025-11-30"), "decoy", EVENT, OPAQUE),
    ])


def ca_roaming_passes(g: Gen) -> Table:
    """A Manitoba regional carrier's roaming pass purchases, exported from its API as JSON flattened to dotted
    keys."""
    pairs = [v.person(g, "ca") for _ in range(g.rows)]
    places = [g.rnd.choice(v.CA_PLACES) for _ in range(g.rows)]
    passes = [g.rnd.choice(v.CA_PASSES) for _ in range(g.rows)]
    agents = _staff(g, 4, "ca")
    shared = [g.rnd.random() < 0.2 for _ in range(g.rows)]

    def iso_dob() -> str:
        return g.birth(1945, 2007).isoformat()

    def ts() -> str:
        return g.moment("2025-01-01", "2025-12-15").strftime("%Y-%m-%dT%H:%M:%SZ")

    return Table("travelpass_api.roaming_purchases", "en", "json", [
        c("id", N, "VARCHAR", g.col(g.uuid), "decoy", KEY),
        c("purchaseNumber", N, "VARCHAR", g.col(lambda: g.code("RP-2025-999999")), "decoy", SHAPE),
        c("customer.accountId", N, "VARCHAR", g.col(lambda: g.code("99999999")), "decoy", KEY),
        c("customer.name.given", "first_name", "VARCHAR", [a for a, _ in pairs]),
        c("customer.name.family", "last_name", "VARCHAR", [b for _, b in pairs]),
        c("customer.msisdn", "phone", "VARCHAR", g.phones("CA", {"e164": 1.0})),
        c("customer.email", "email", "VARCHAR", [v.email_of(g, a, b, v.DOMAINS["ca"]) for a, b in pairs]),
        c("customer.dateOfBirth", "date_of_birth", "VARCHAR", g.col(iso_dob, 0.3), DOB_TEXT),
        c("customer.billingAddress.line1", "street_address", "VARCHAR", g.col(lambda: v.street(g, v.CA_STREETS))),
        c("customer.billingAddress.city", "city", "VARCHAR", [q[0] for q in places]),
        c("customer.billingAddress.province", N, "VARCHAR", ["MB"] * g.rows, "decoy"),
        c("customer.billingAddress.postalCode", "postal_code", "VARCHAR", [f"{q[1]} {g.code('9A9')}"
                                                                           for q in places]),
        c("customer.sharedLines[0].msisdn", "phone", "VARCHAR", [g.phone("CA", "e164") if s else None
                                                                 for s in shared], ROLE, HEAVY),
        c("pass.sku", N, "VARCHAR", [q[0] for q in passes], "decoy", PRODUCT),
        c("pass.zone", N, "VARCHAR", [q[1] for q in passes], "decoy"),
        c("pass.activatedAt", N, "VARCHAR", g.col(ts), "decoy", EVENT),
        c("usage.visitedNetwork", N, "VARCHAR", g.col(g.pick(v.CA_NETWORKS)), "decoy", NETWORK),
        c("usage.lastCell.lat", N, "DOUBLE", g.floats(19.0, 52.0, 5), "decoy", COORD),
        c("usage.lastCell.lon", N, "DOUBLE", g.floats(-118.0, 2.5, 5), "decoy", COORD),
        c("device.imei", N, "VARCHAR", g.col(lambda: v.imei(g)), "decoy", DEVICE, CHECK),
        c("device.osVersion", N, "VARCHAR", g.col(lambda: g.rnd.choice(["iOS ", "Android "]) + g.version()), "decoy",
          VERSION),
        c("payment.cardLast4", N, "VARCHAR", g.col(lambda: g.digits(4)), "decoy", PARTIAL),
        c("meta.clientIp", "ip_address", "VARCHAR", g.col(lambda: g.ipv4([24, 64, 142, 184, 206]) if g.rnd.random()
                                                          < 0.7 else g.ipv6(["2001:56a", "2604:3d08"]))),
        c("meta.agentName", "person_name", "VARCHAR", g.col(g.pick(agents), 0.85), STAFF, HEAVY),
        c("meta.customFields.field2", "email", "VARCHAR", g.col(lambda: v.email_of(g, *v.person(g, "ca"),
                                                                                   v.DOMAINS["ca"]), 0.6), CUSTOM),
    ])


# -- tables named in other languages -----------------------------------------------------------------------------------


def it_fibra_installazioni(g: Gen) -> Table:
    """A Bari-area fibre operator's installation visits (Italian, snake case)."""
    rows = []
    for _ in range(g.rows):
        female = g.rnd.random() < 0.5
        a, b = v.person(g, "it", female)
        born = g.birth(1940, 2005)
        birthplace = g.rnd.choice(v.IT_PLACES)
        rows.append((a, b, born, birthplace[0], v.codice_fiscale(a, b, born, female, birthplace[3])))
    places = [g.rnd.choice(v.IT_PLACES) for _ in range(g.rows)]
    techs = _staff(g, 5, "it")
    firms = [(name, v.partita_iva(g), g.phone("IT", "national", False)) for name in v.IT_SUBCONTRACTORS]
    firm = [g.rnd.randrange(len(firms)) for _ in range(g.rows)]

    def nota() -> str:
        return g.rnd.choice(["ONT installato in soggiorno", f"Presente la figlia {v.given(g, 'it')}",
                             "Canalina esterna, cliente d'accordo", f"Amministratore {v.whole(g, 'it')} da contattare",
                             "Cliente assente, ripassare"])

    return Table("fibra_murgia.interventi_installazione", "it", "snake", [
        c("id_intervento", N, "BIGINT", g.keys(55_001), "decoy", KEY),
        c("num_ordine", N, "VARCHAR", g.col(lambda: g.code("ORD-2025-999999")), "decoy", SHAPE),
        c("cod_fiscale", "national_id", "VARCHAR", [r[4] for r in rows]),
        c("cognome", "last_name", "VARCHAR", [r[1] for r in rows]),
        c("nome", "first_name", "VARCHAR", [r[0] for r in rows]),
        c("data_nascita", "date_of_birth", "VARCHAR", [r[2].strftime("%d/%m/%Y") for r in rows], DOB_TEXT),
        c("luogo_nascita", "city", "VARCHAR", [r[3] for r in rows]),
        c("indirizzo_impianto", "street_address", "VARCHAR", g.col(lambda: v.street(g, v.IT_STREETS, "it")),
          PREMISES),
        c("cap", "postal_code", "VARCHAR", [q[1] for q in places]),
        c("comune", "city", "VARCHAR", [q[0] for q in places]),
        c("prov", N, "VARCHAR", [q[2] for q in places], "decoy"),
        c("cell", "phone", "VARCHAR", g.phones("IT", {"national": 0.7, "e164": 0.3})),
        c("tel_fisso", "phone", "VARCHAR", g.phones("IT", {"national": 1.0}, 0.0, 0.8), HEAVY),
        c("email", "email", "VARCHAR", [v.email_of(g, r[0], r[1], v.DOMAINS["it"]) if g.rnd.random() < 0.8 else None
                                        for r in rows]),
        c("referente_in_loco", "person_name", "VARCHAR", g.col(lambda: v.whole(g, "it"), 0.78), ROLE, HEAVY),
        c("data_appuntamento", N, "DATE", g.days("2025-01-15", "2025-12-19"), "decoy", EVENT),
        c("fascia_oraria", N, "VARCHAR", g.col(g.pick(["08-12", "12-16", "14-18"])), "decoy"),
        c("tecnico", "person_name", "VARCHAR", g.col(g.pick(techs)), STAFF),
        c("ditta_esecutrice", N, "VARCHAR", [firms[i][0] for i in firm], "business"),
        c("p_iva_ditta", N, "VARCHAR", [firms[i][1] for i in firm], "business", CHECK),
        c("tel_ditta", N, "VARCHAR", [firms[i][2] for i in firm], "business"),
        c("seriale_ont", N, "VARCHAR", g.col(lambda: "ZTEG" + g.code("xxxxxxxx").upper()), "decoy", DEVICE),
        c("esito", N, "VARCHAR", g.col(g.pick(["OK", "KO - cliente assente", "KO - tubazione ostruita", "Sospeso"])),
          "decoy"),
        c("campo_libero_1", N, "VARCHAR", g.col(g.pick(["PNRR-AG", "VOUCHER-B", "MIGR-ADSL", "STD"]), 0.3), "decoy",
          CODES),
        c("campo_libero_2", "free_text", "VARCHAR", _custom(g, "IT", "it"), CUSTOM, MIXED),
        c("note_tecnico", "free_text", "VARCHAR", g.sparse(nota, 0.78, _words("nessuna", "N.D.")), NULLWORD),
    ])


def br_faturas(g: Gen) -> Table:
    """A Belo Horizonte internet provider's subscriber invoices (Brazilian Portuguese, snake case)."""
    places = [g.rnd.choice(v.BR_PLACES) for _ in range(g.rows)]
    pairs = [v.person(g, "br") for _ in range(g.rows)]
    staff = _staff(g, 5, "br", v.given)
    branches = [v.cnpj(g) for _ in range(3)]
    paying = [g.rnd.random() < 0.2 for _ in range(g.rows)]

    def obs() -> str:
        return g.rnd.choice(["Cliente pediu 2ª via por WhatsApp", f"Recado com a esposa {v.given(g, 'br')}",
                             "Negociado parcelamento", f"Falar com {v.whole(g, 'br')} (síndico)", "Pago em cartório"])

    return Table("provedor_bh.faturas_assinantes", "pt", "snake", [
        c("id_fatura", N, "BIGINT", g.keys(3_300_001), "decoy", KEY),
        c("nosso_numero", N, "VARCHAR", g.col(lambda: v.cpf_decoy(g)), "decoy", SHAPE),
        c("linha_digitavel", N, "VARCHAR", g.col(lambda: g.code("23790.99999 99999.999999 99999.999999 9 99999999999"
                                                                "999")), "decoy", SHAPE),
        c("cpf", "national_id", "VARCHAR", g.col(lambda: v.cpf(g, g.rnd.random() < 0.7), 0.05)),
        c("nome_assinante", "person_name", "VARCHAR", [f"{a} {b}" for a, b in pairs]),
        c("dt_nasc", "date_of_birth", "DATE", g.col(lambda: g.birth(1945, 2006), 0.25)),
        c("celular", "phone", "VARCHAR", g.phones("BR", {"national": 0.7, "e164": 0.3})),
        c("tel_recado", "phone", "VARCHAR", g.phones("BR", {"national": 1.0}, 0.5, 0.75), ROLE, HEAVY),
        c("email", "email", "VARCHAR", [v.email_of(g, a, b, v.DOMAINS["br"]) if g.rnd.random() < 0.85 else None
                                        for a, b in pairs]),
        c("endereco", "street_address", "VARCHAR", g.col(lambda: v.street(g, v.BR_STREETS, "br")), PREMISES),
        c("bairro", "city", "VARCHAR", [q[0] for q in places], LOCALITY),
        c("cidade", "city", "VARCHAR", [q[1] for q in places]),
        c("uf", N, "VARCHAR", ["MG"] * g.rows, "decoy"),
        c("cep", "postal_code", "VARCHAR", [f"{q[2]}-{g.digits(3)}" for q in places]),
        c("plano", N, "VARCHAR", g.col(g.pick(v.BR_PLANS)), "decoy", PRODUCT),
        c("valor", N, "DECIMAL(9,2)", g.col(g.pick([89.9, 99.9, 129.9, 149.9, 59.9])), "decoy"),
        c("vencimento", N, "DATE", g.days("2025-01-05", "2025-12-25"), "decoy", EVENT),
        c("num_cartao", "credit_card", "VARCHAR", [v.card(g) if p else None for p in paying], HEAVY),
        c("cnpj_filial", N, "VARCHAR", g.col(g.pick(branches)), "business", CHECK),
        c("atendente", "first_name", "VARCHAR", g.col(g.pick(staff)), STAFF),
        c("campo_extra_1", N, "VARCHAR", g.col(g.pick(["COMBO-TV", "INDICACAO", "PROMO-BF", "CONDOMINIO"]), 0.4),
          "decoy", CODES),
        c("obs", "free_text", "VARCHAR", g.sparse(obs, 0.8, _words("sem obs", "não informado")), NULLWORD),
    ])


def nl_nummerbehoud(g: Gen) -> Table:
    """A Utrecht mobile virtual operator's number porting requests (Dutch, snake case)."""
    rows = []
    for _ in range(g.rows):
        female = g.rnd.random() < 0.5
        a, b = v.person(g, "nl", female)
        second = v.given(g, "nl") if g.rnd.random() < 0.4 else ""
        initials = f"{a[0]}." + (f"{second[0]}." if second else "")
        prefix = v.NL_PREFIX.get(b, "") if g.rnd.random() < 0.9 else ""
        country = g.rnd.choices(["NL", "BE", "DE", "PL"], [0.8, 0.07, 0.07, 0.06])[0]
        doc = {"NL": v.nl_document, "BE": v.be_eid, "DE": v.de_ausweis, "PL": v.pl_dowod}[country](g)
        rows.append((initials, prefix, b, g.birth(1945, 2007), country, doc))
    places = [g.rnd.choice(v.NL_PLACES) for _ in range(g.rows)]
    staff = _staff(g, 4, "nl")
    other_payer = [g.rnd.random() < 0.15 for _ in range(g.rows)]

    def opm() -> str:
        return g.rnd.choice(["Klantnummer donor klopt niet, klant gebeld",
                             f"Nummer staat op naam van vader {v.whole(g, 'nl')}",
                             "Contract bij donor loopt nog tot maart",
                             f"Machtiging getekend door {v.whole(g, 'nl')}"])

    def huisnummer() -> str:
        n = str(g.rnd.randint(1, 220))
        return n + g.rnd.choice(["", "", "", "A", "-bis", "-2", " hs"])

    return Table("nummerbehoud.porteringsverzoeken", "nl", "snake", [
        c("verzoek_id", N, "BIGINT", g.keys(88_001), "decoy", KEY),
        c("porteringsnummer", N, "VARCHAR", g.col(lambda: g.code("NP25-999999")), "decoy", SHAPE),
        c("te_porteren_nummer", "phone", "VARCHAR", g.phones("NL", {"national": 0.7, "e164": 0.3})),
        c("donor_provider", N, "VARCHAR", g.col(g.pick(v.NL_DONORS)), "business"),
        c("klantnummer_donor", N, "VARCHAR", g.col(lambda: g.code("9999999999"), 0.2), "decoy", SHAPE),
        c("voorletters", "first_name", "VARCHAR", [r[0] for r in rows], INITIALS),
        c("tussenvoegsel", "last_name", "VARCHAR", [r[1] for r in rows]),
        c("achternaam", "last_name", "VARCHAR", [r[2] for r in rows]),
        c("geboortedatum", "date_of_birth", "VARCHAR", [r[3].strftime("%d-%m-%Y") for r in rows], DOB_TEXT),
        c("straatnaam", "street_address", "VARCHAR", g.col(g.pick(v.NL_STREETS))),
        c("huisnummer", "street_address", "VARCHAR", g.col(huisnummer)),
        c("postcode", "postal_code", "VARCHAR", [f"{q[1]} {g.code('AA')}" for q in places]),
        c("woonplaats", "city", "VARCHAR", [q[0] for q in places]),
        c("iban", "iban", "VARCHAR", g.col(lambda: v.nl_iban(g), 0.1)),
        c("rekeninghouder", "person_name", "VARCHAR", [v.whole(g, "nl") if o else None for o in other_payer], ROLE,
          HEAVY),
        c("id_land", N, "VARCHAR", [r[4] for r in rows], "decoy"),
        c("id_nummer", "national_id", "VARCHAR", [r[5] for r in rows], FOREIGN),
        c("e_mail", "email", "VARCHAR", [v.email_of(g, v.given(g, "nl"), r[2], v.DOMAINS["nl"]) for r in rows]),
        c("wensdatum", N, "DATE", g.days("2025-02-01", "2025-12-31"), "decoy", EVENT),
        c("medewerker", "person_name", "VARCHAR", g.col(g.pick(staff)), STAFF),
        c("vrij_veld_1", N, "VARCHAR", g.col(g.pick(["SIMONLY", "WEBSHOP", "RETENTIE", "ZAKELIJK"]), 0.2), "decoy",
          CODES),
        c("vrij_veld_2", "phone", "VARCHAR", g.phones("NL", {"national": 1.0}, 1.0, 0.5), CUSTOM),
        c("opmerking", "free_text", "VARCHAR", g.sparse(opm, 0.8, _words("n.v.t.", "nvt")), NULLWORD),
    ])


def se_delbetalning(g: Gen) -> Table:
    """A Malmö operator's handset instalment agreements (Swedish, snake case)."""
    rows = []
    for _ in range(g.rows):
        a, b = v.person(g, "sv")
        born = g.birth(1948, 2006)
        rows.append((a, b, v.personnummer(g, born, g.rnd.random() < 0.7)))
    places = [g.rnd.choice(v.SE_PLACES) for _ in range(g.rows)]
    sellers = _staff(g, 6, "sv")
    approvers = _staff(g, 2, "sv")
    shops = [("Telebutiken Triangeln", v.orgnr(g), g.phone("SE", "national", False)),
             ("Telebutiken Lund C", v.orgnr(g), g.phone("SE", "national", False))]
    shop = [g.rnd.randrange(len(shops)) for _ in range(g.rows)]

    def note() -> str:
        return g.rnd.choice(["Kunden vill ha faktura via Kivra", f"Dottern {v.given(g, 'sv')} hämtar telefonen",
                             "Kreditprövning manuell", f"Ring {v.whole(g, 'sv')} om leveransen"])

    return Table("delbetalning.avtal_mobiler", "sv", "snake", [
        c("avtal_id", N, "BIGINT", g.keys(30_001), "decoy", KEY),
        c("avtalsnummer", N, "VARCHAR", g.col(lambda: v.luhn_decoy(g, 10)), "decoy", SHAPE),
        c("personnummer", "national_id", "VARCHAR", [r[2] for r in rows]),
        c("fornamn", "first_name", "VARCHAR", [r[0] for r in rows]),
        c("efternamn", "last_name", "VARCHAR", [r[1] for r in rows]),
        c("c_o_adress", "person_name", "VARCHAR", g.col(lambda: "c/o " + v.whole(g, "sv"), 0.85), ROLE, HEAVY),
        c("utdelningsadress", "street_address", "VARCHAR", g.col(lambda: v.street(g, v.SE_STREETS, "sv"))),
        c("postnummer", "postal_code", "VARCHAR", [f"{q[1]} {g.digits(2)}" for q in places]),
        c("postort", "city", "VARCHAR", [q[0] for q in places]),
        c("mobilnummer", "phone", "VARCHAR", g.phones("SE", {"national": 0.7, "e164": 0.3})),
        c("epost", "email", "VARCHAR", [v.email_of(g, r[0], r[1], v.DOMAINS["sv"]) if g.rnd.random() < 0.9 else None
                                        for r in rows]),
        c("enhet", N, "VARCHAR", g.col(g.pick(v.SE_DEVICES)), "decoy", PRODUCT),
        c("imei", N, "VARCHAR", g.col(lambda: v.imei(g)), "decoy", DEVICE, CHECK),
        c("manadskostnad", N, "DECIMAL(8,2)", g.col(g.pick([149.0, 199.0, 249.0, 329.0, 415.0])), "decoy"),
        c("kreditbeslut", N, "VARCHAR", g.col(g.pick(["Beviljad", "Beviljad", "Avslag", "Manuell"])), "decoy"),
        c("uc_referens", N, "VARCHAR", g.col(lambda: g.code("UC-99999999")), "decoy", SHAPE),
        c("saljare", "person_name", "VARCHAR", g.col(g.pick(sellers)), STAFF),
        c("godkand_av", "person_name", "VARCHAR", g.col(g.pick(approvers)), STAFF),
        c("butik", N, "VARCHAR", [shops[i][0] for i in shop], "business"),
        c("butik_orgnr", N, "VARCHAR", [shops[i][1] for i in shop], "business", CHECK),
        c("butik_telefon", N, "VARCHAR", [shops[i][2] for i in shop], "business"),
        c("fritext_1", N, "VARCHAR", g.col(g.pick(["KAMPANJ-V47", "INBYTE", "FORETAG", "STUDENT"]), 0.3), "decoy",
          CODES),
        c("anteckning", "free_text", "VARCHAR", g.sparse(note, 0.8, _words("saknas")), NULLWORD),
    ])


def cz_smlouvy(g: Gen) -> Table:
    """A Brno internet provider's subscriber contracts (Czech, snake case)."""
    rows = []
    for _ in range(g.rows):
        female = g.rnd.random() < 0.5
        a, b = v.person(g, "cz", female)
        born = g.birth(1955, 2006)
        rows.append((a, b, born, v.rodne_cislo(g, born, female, g.rnd.random() < 0.8)))
    places = [g.rnd.choice(v.CZ_PLACES) for _ in range(g.rows)]
    sellers = _staff(g, 4, "cz")
    cashiers = _staff(g, 3, "cz")

    def pozn() -> str:
        return g.rnd.choice(["Anténa na střeše, souhlas SVJ", f"Smlouvu podepsal zeť {v.whole(g, 'cz')}",
                             "Přechod z ADSL", f"Volat paní {v.person(g, 'cz', True)[1]} po 17h"])

    return Table("isp_brno.smlouvy_ucastniku", "cs", "snake", [
        c("id_smlouvy", N, "BIGINT", g.keys(12_001), "decoy", KEY),
        c("cislo_smlouvy", N, "VARCHAR", g.col(lambda: v.rc_decoy(g)), "decoy", SHAPE),
        c("titul", N, "VARCHAR", g.col(g.pick(["Ing.", "Mgr.", "Bc.", "MUDr."]), 0.7), "decoy"),
        c("jmeno", "first_name", "VARCHAR", [r[0] for r in rows]),
        c("prijmeni", "last_name", "VARCHAR", [r[1] for r in rows]),
        c("rodne_cislo", "national_id", "VARCHAR", [r[3] for r in rows]),
        c("datum_narozeni", "date_of_birth", "DATE", [r[2] for r in rows]),
        c("cislo_op", "national_id", "VARCHAR", g.col(lambda: g.digits(9), 0.3)),
        c("ulice", "street_address", "VARCHAR", g.col(lambda: f"{g.rnd.choice(v.CZ_STREETS)} "
                                                      f"{g.rnd.randint(1, 1_900)}/{g.rnd.randint(1, 80)}"),
          PREMISES),
        c("obec", "city", "VARCHAR", [q[0] for q in places]),
        c("psc", "postal_code", "VARCHAR", [q[1] for q in places]),
        c("telefon", "phone", "VARCHAR", g.phones("CZ", {"national": 0.6, "intl": 0.4}, 0.9)),
        c("email", "email", "VARCHAR", [v.email_of(g, r[0], r[1], v.DOMAINS["cz"]) for r in rows]),
        c("cislo_uctu", USERNAME, "VARCHAR", g.col(lambda: v.cz_account(g), 0.4), BANK),
        c("ico", N, "VARCHAR", g.col(lambda: v.ico(g), 0.85), "business", CHECK),
        c("tarif", N, "VARCHAR", g.col(g.pick(v.CZ_TARIFS)), "decoy", PRODUCT),
        c("datum_podpisu", N, "DATE", g.days("2019-01-01", "2025-12-15"), "decoy", EVENT),
        c("obchodnik", "person_name", "VARCHAR", g.col(g.pick(sellers)), STAFF),
        c("zakonny_zastupce", "person_name", "VARCHAR", g.col(lambda: v.whole(g, "cz"), 0.88), ROLE, HEAVY),
        c("pokladni", "person_name", "VARCHAR", g.col(g.pick(cashiers), 0.3), STAFF),
        c("uziv_pole_2", "free_text", "VARCHAR", _custom(g, "CZ", "cz"), CUSTOM, MIXED),
        c("poznamka", "free_text", "VARCHAR", g.sparse(pozn, 0.78, _words("neuvedeno")), NULLWORD),
    ])


def ru_sim_registration(g: Gen) -> Table:
    """A Novosibirsk mobile operator's SIM registrations in a 1C-style register (Russian, Cyrillic names)."""
    rows = []
    for _ in range(g.rows):
        female = g.rnd.random() < 0.5
        if g.rnd.random() < 0.15:
            a, b = g.rnd.choice(v.CA_GIVEN[female]), g.rnd.choice(v.CA_FAMILY)[female]
            mid = None
            nat = g.rnd.choice(["Узбекистан", "Таджикистан", "Кыргызстан"])
            kind, doc = "Паспорт иностранного гражданина", v.central_asian_passport(g)
        else:
            a, b = v.person(g, "ru", female)
            mid = v.patronymic(g, female)
            nat, kind, doc = "Россия", "Паспорт гражданина РФ", v.ru_passport(g)
        rows.append((a, b, mid, nat, kind, doc))
    places = [g.rnd.choice(v.RU_PLACES) for _ in range(g.rows)]
    sellers = _staff(g, 5, "ru")
    points = [("Салон связи ТЦ Аура", v.ogrn(g)), ("Салон связи на Красном", v.ogrn(g)),
              ("Киоск Бердск Вокзал", v.ogrn(g))]
    point = [g.rnd.randrange(len(points)) for _ in range(g.rows)]

    def komm() -> str:
        return g.rnd.choice(["Документ проверен через Госуслуги", f"Сим оформлена на сына, {v.whole(g, 'ru')}",
                             "Переоформление с умершего владельца", f"Доверенность от {v.whole(g, 'ru')}"])

    return Table("сим_регистрация.Абоненты", "ru", "pascal", [
        c("Ссылка", N, "VARCHAR", g.col(g.uuid), "decoy", KEY),
        c("НомерДоговора", N, "VARCHAR", g.col(lambda: g.code("НСК-2025/999999")), "decoy", SHAPE),
        c("НомерЛицевогоСчета", N, "VARCHAR", g.col(lambda: v.inn_decoy(g)), "decoy", SHAPE),
        c("Фамилия", "last_name", "VARCHAR", [r[1] for r in rows]),
        c("Имя", "first_name", "VARCHAR", [r[0] for r in rows]),
        c("Отчество", "first_name", "VARCHAR", [r[2] for r in rows], PATRONYMIC),
        c("ДатаРождения", "date_of_birth", "DATE", g.births(1945, 2007)),
        c("Гражданство", N, "VARCHAR", [r[3] for r in rows], "decoy"),
        c("ВидДокумента", N, "VARCHAR", [r[4] for r in rows], "decoy"),
        c("СерияНомерДокумента", "national_id", "VARCHAR", [r[5] for r in rows], FOREIGN),
        c("ДатаВыдачи", N, "DATE", g.days("2010-01-01", "2025-10-31"), "decoy", EVENT),
        c("СНИЛС", "ssn", "VARCHAR", g.col(lambda: v.snils(g), 0.8), HEAVY),
        c("ИНН", "national_id", "VARCHAR", g.col(lambda: v.ru_inn(g), 0.75), HEAVY),
        c("АдресРегистрации", "street_address", "VARCHAR", g.col(lambda: v.street(g, v.RU_STREETS, "ru"))),
        c("Город", "city", "VARCHAR", [q[0] for q in places]),
        c("Индекс", "postal_code", "VARCHAR", [q[1] + g.digits(3) for q in places]),
        c("АбонентскийНомер", "phone", "VARCHAR", g.phones("RU", {"national": 0.5, "e164": 0.3, "msisdn": 0.2})),
        c("КонтактныйТелефон", "phone", "VARCHAR", g.phones("RU", {"national": 1.0}, 0.6, 0.5)),
        c("ЭлектроннаяПочта", "email", "VARCHAR", [v.email_of(g, r[0], r[1], v.DOMAINS["ru"]) if g.rnd.random() < 0.2
                                                   else None for r in rows], HEAVY),
        c("ICCID", N, "VARCHAR", g.col(lambda: v.iccid(g, "701")), "decoy", DEVICE, CHECK),
        c("Тариф", N, "VARCHAR", g.col(g.pick(v.RU_TARIFS)), "decoy", PRODUCT),
        c("ТочкаПродаж", N, "VARCHAR", [points[i][0] for i in point], "business"),
        c("ОГРНДилера", N, "VARCHAR", [points[i][1] for i in point], "business", CHECK),
        c("Продавец", "person_name", "VARCHAR", g.col(g.pick(sellers)), STAFF),
        c("ДатаРегистрации", N, "TIMESTAMP", g.moments("2024-01-01", "2025-12-15"), "decoy", EVENT),
        c("ДопРеквизит1", N, "VARCHAR", g.col(g.pick(["ЕСИА", "ОФИС", "ДОСТАВКА", "ПРОМО-5G"]), 0.3), "decoy", CODES),
        c("Комментарий", "free_text", "VARCHAR", g.sparse(komm, 0.8, _words("нет", "не указано")), NULLWORD),
    ])


def ja_mnp_uketsuke(g: Gen) -> Table:
    """A Fukuoka mobile virtual operator's number porting (MNP) applications (romanized Japanese column names,
    Japanese values)."""
    pairs = [v.person(g, "ja") for _ in range(g.rows)]
    births = g.births(1945, 2009)
    places = [g.rnd.choice(v.JA_PLACES) for _ in range(g.rows)]
    docs = [g.rnd.choice(["運転免許証", "運転免許証", "マイナンバーカード", "在留カード"]) for _ in range(g.rows)]
    staff = _staff(g, 4, "ja", lambda gg, lang: v.person(gg, lang)[1])
    shops = [("モバイルショップ天神", g.phone("JP", "national", False)),
             ("モバイルショップ小倉", g.phone("JP", "national", False))]
    shop = [g.rnd.randrange(len(shops)) for _ in range(g.rows)]

    def bikou() -> str:
        return g.rnd.choice(["旧姓で契約中のため名義変更あり", f"家族の{v.whole(g, 'ja')}様の回線も同時転入",
                             "予約番号の期限切れ、再取得依頼", f"代理人{v.whole(g, 'ja')}様来店"])

    return Table("mnp_tennyu.moushikomi", "ja", "snake", [
        c("moushikomi_id", N, "BIGINT", g.keys(1), "decoy", KEY),
        c("moushikomi_bango", N, "VARCHAR", g.col(lambda: g.code("FK25-9999999")), "decoy", SHAPE),
        c("mnp_yoyaku_bango", N, "VARCHAR", g.col(lambda: g.rnd.choice(["13", "35", "47", "92"]) + g.digits(8)),
          "decoy", SHAPE),
        c("mnp_yuukou_kigen", N, "DATE", g.days("2025-01-10", "2025-12-31"), "decoy", EVENT),
        c("tenshutsu_moto", N, "VARCHAR", g.col(g.pick(v.JA_DONORS)), "business"),
        c("denwa_bango", "phone", "VARCHAR", g.phones("JP", {"national": 0.8, "digits": 0.2})),
        c("shimei", "person_name", "VARCHAR", [f"{b} {a}" for a, b in pairs]),
        c("shimei_kana", "person_name", "VARCHAR", [f"{v.JA_KANA[b]} {v.JA_KANA[a]}" for a, b in pairs]),
        c("seinengappi_nen", "date_of_birth", "INTEGER", [d.year for d in births], DOB_PART),
        c("seinengappi_tsuki", "date_of_birth", "INTEGER", [d.month for d in births], DOB_PART),
        c("seinengappi_hi", "date_of_birth", "INTEGER", [d.day for d in births], DOB_PART),
        c("yubin_bango", "postal_code", "VARCHAR", [f"{q[1]}-{g.digits(4)}" for q in places]),
        c("jusho", "street_address", "VARCHAR", [
            f"福岡県{q[0]}{g.rnd.choice(v.JA_BLOCKS)}{g.rnd.choice(v.JA_BUILDINGS)}" for q in places]),
        c("renrakusaki_denwa", "phone", "VARCHAR", g.phones("JP", {"national": 1.0}, 0.5, 0.4)),
        c("mail_address", "email", "VARCHAR", g.col(lambda: v.romaji_email(g, v.DOMAINS["ja"]), 0.1)),
        c("honnin_kakunin_shorui", N, "VARCHAR", docs, "decoy"),
        c("menkyosho_bango", "national_id", "VARCHAR", [v.ja_licence(g) if d == "運転免許証" else None for d in docs]),
        c("dairinin_shimei", "person_name", "VARCHAR", g.col(lambda: v.whole(g, "ja"), 0.86), ROLE, HEAVY),
        c("uketsuke_tantousha", "last_name", "VARCHAR", g.col(g.pick(staff)), STAFF),
        c("tenpo_mei", N, "VARCHAR", [shops[i][0] for i in shop], "business"),
        c("tenpo_denwa", N, "VARCHAR", [shops[i][1] for i in shop], "business"),
        c("sim_seizou_bango", N, "VARCHAR", g.col(lambda: v.iccid(g, "8110")), "decoy", DEVICE, CHECK),
        c("jiyuu_koumoku_1", N, "VARCHAR", g.col(g.pick(["WEB", "店頭", "家族割", "学割"]), 0.2), "decoy", CODES),
        c("jiyuu_koumoku_2", "free_text", "VARCHAR", _custom(g, "JP", "ja"), CUSTOM, MIXED),
        c("bikou", "free_text", "VARCHAR", g.sparse(bikou, 0.8, _words("なし", "不明")), NULLWORD),
    ])


BUILDERS: list[tuple[Callable[[Gen], Table], int]] = [
    (mt_wisp_subscribers, 620), (nz_install_visits, 450), (gb_device_finance, 560), (ng_nin_sim, 700),
    (au_callcentre_tickets, 680), (ia_coop_billing, 540), (in_broadband_kyc, 520), (ca_roaming_passes, 480),
    (it_fibra_installazioni, 430), (br_faturas, 650), (nl_nummerbehoud, 380), (se_delbetalning, 500),
    (cz_smlouvy, 410), (ru_sim_registration, 600), (ja_mnp_uketsuke, 330),
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
