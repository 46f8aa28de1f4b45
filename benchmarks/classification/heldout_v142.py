"""Held-out set v142 for the column classifier: 15 tables of *property management and real-estate agencies* (tenants
and leases, viewings, deposits, rent arrears, maintenance requests, owners and landlords, service charges, parking
spaces), one system per table and each a different organisation, eight with English column names and seven in
Spanish, European Portuguese, Dutch, Swedish, Danish, Russian (Cyrillic script) and Turkish:

* ``riverbend_pm.tenant_leases``: a Richmond (Virginia) property manager's tenants, leases and balances (snake case:
  SSN, ledger account numbers shaped like SSNs failing the check, the let unit's address, a co-signer mostly NULL, an
  emergency contact's phone, leasing agents, the resident portal's login and last IP, ``misc_1`` a parking sticker,
  ``misc_2`` a second occupant, notes naming people, the office's phone);
* ``headrowLettings.viewingAppointments``: a Leeds letting agency's viewing appointments (camel case: branches, their
  addresses and phones, applicants' mobiles in three formats, current postcodes, negotiators, the person accompanying
  the applicant mostly NULL, feedback naming people, lead hashes, SMS ids, the app's version, ``customField2`` a phone,
  an e-mail or a name by row);
* ``PrairieHomesRentals.RentalApplications``: a Winnipeg property manager's rental applications (Pascal case: SIN
  mostly NULL, Manitoba driver's licences, application numbers spaced like a SIN failing the Luhn check, previous
  landlords and their phones, employers and their phones, the building applied for, approvers, ``Udf3`` the
  co-applicant's e-mail);
* ``UMHLANGA_RENTALS.DEPOSIT_REGISTER``: a Durban-north rental agency's deposit register (SCREAMING case: South African
  ID numbers encoding the birth date, neighbouring countries' passports in one column mostly NULL, trust account
  references of 13 digits failing the ID's check, next of kin, ``CUSTOM_FIELD_1`` a gate remote, ``CUSTOM_FIELD_2``
  an alternative cell number);
* ``qpm_ops.tnt_bond``: a Brisbane property manager's tenancies and bond lodgements (abbreviated: ``tnt_fnm``,
  ``ctc_ph``, ``addr_ln1``, ``dob_dt``, ``lsr_nm`` the lessor, ``ec_ph``, Queensland licences, RTA bond numbers, the
  agency's ABN, ``udf3`` a key tag);
* ``PGHRENT.TNT_ARREARS_EXTRACT``: a Pittsburgh property management company's arrears extract, a COBOL file (legacy:
  padded CHAR, ``YYYYMMDD`` integers, SSN, birth date and phone as numbers with 0 for missing, ZIP as a number,
  ``CO-SIGNER-NM``,
  ``USER-FLD-1`` a lockbox code, ``USER-FLD-2`` a phone, an e-mail or a name by row);
* ``stg_parking.src_crm_parking_licences``: a Dublin owners' management company's parking space licences landed
  from its CRM as an opaque staging table (``src_crm_col01`` to ``src_crm_col18``: holders written ``Surname, Given``
  or ``Given Surname``, apartments, Eircodes, cards on file, birth dates as ``dd/mm/yyyy`` text, plates, fob ids);
* ``tenant_app_raw.maintenance_requests_json``: a Wellington property management app's maintenance requests exported
  as JSON and flattened to dotted keys (``tenant.name.first``, ``property.address.suburb``, ``landlord.name``,
  ``contractor.phone``, ``client.ip``, ``attachments[0].sha256``, ``custom_fields[1].value``);
* ``fincas_turia.recibos_comunidad``: a Valencia administrador de fincas' receipts of community fees (Spanish: the
  community's CIF, DNI/NIE, two family names, owners' notification addresses, direct-debit IBAN, garage spaces, a
  tenant mostly NULL, ``campo_libre_1`` a storeroom, ``campo_libre_2`` the tenant's phone);
* ``imobiliaria_foz.visitas_imoveis``: a Porto estate agency's viewings (European Portuguese: NIF, the visitor's
  identity document of several countries in one column (Cartão de Cidadão, Brazilian CPF, Spanish DNI, French
  passport), visit references of nine digits failing the NIF check, the agency's NIPC, ``campo_extra_2``);
* ``WoonbeheerMaas.Huurachterstanden``: a Rotterdam housing manager's rent arrears (Dutch, Pascal case: voorletters,
  tussenvoegsel, BSN, IBAN, dossier numbers failing the eleven-test, debt collection agencies, a co-tenant mostly
  NULL, ``VrijVeld1`` a key code, ``VrijVeld2`` the co-tenant's e-mail);
* ``fastighet_malmo.felanmalan``: a Malmö landlord's maintenance requests (Swedish: personnummer, case numbers written
  like a personnummer failing the Luhn check, contractors' organisation numbers and phones, technicians, a contact
  person mostly NULL, ``extra_falt_2`` a second phone);
* ``boligudlejning_fyn.depositum_fraflytning``: an Odense landlord's deposits and move-outs (Danish: CPR encoding the
  birth date, inspection report numbers written like a CPR whose date cannot exist, the forwarding address mostly
  NULL, the refund IBAN, the landlord's CVR, ``ekstra_felt_3`` a key number);
* ``ук_заречье.начисления_жку``: a Kazan managing company's service charges and parking spaces per personal account
  (Russian, Cyrillic: patronymics, birth dates as ``dd.mm.yyyy`` text, SNILS, personal INN, passports, plates,
  contract numbers of 12 digits failing the INN check, the company's INN, ``доп_поле_1`` a meter code,
  ``доп_поле_2`` a second phone);
* ``site_yonetimi.aidat_otopark``: an Ataşehir (Istanbul) residential complex management's dues and parking
  (Turkish: T.C. kimlik numbers, birth dates split into day, month and year, the landlord of a let flat and the
  owner's notification address mostly NULL, subscriber numbers failing the T.C. check, the management's VKN, cashiers,
  ``ozel_alan_1`` a card code, ``ozel_alan_2`` a phone, an e-mail or a name by row).

Written **blind**: by someone who has read neither the classifier (``governance_dagster/detect/``) nor its
documentation, tests, changelog or notes, only the list of kind names (``governance_dagster/kinds.py``), how the scorer
registers a set (``heldout_v2_accuracy.py``), the structure and labeling conventions of v27 and v98 (their modules,
their tests and ``tests/heldout_support.py``), the module docstring and test of v107, the module docstrings of v24 to
v134 (to avoid their domains: v86 also had real estate, with other countries and organisations) and the
``Column``/``Table`` classes and writer of v2 and v4. The classifier was not run on this set while it was written, no
scorer was run on it, and no score was looked at. Some labels are quick decisions rather than settled conventions.

Labeling choices a reader may question:

* a US SSN, a Canadian SIN and a Russian SNILS are ``ssn``; a South African ID number, a neighbouring country's
  passport, a Queensland or Manitoba driver licence (tag ``licence``), DNI/NIE, a Portuguese NIF and Cartão de
  Cidadão, a Brazilian CPF, a French passport, BSN, personnummer, CPR, a personal INN, a Russian passport and a T.C.
  kimlik number are ``national_id``; a column holding identity documents of several countries is ``national_id``
  (tag ``foreign_id``);
* the let unit's (or the complex's flat's) address is ``street_address`` (tag ``premises``: it is the tenant's home);
  a building applied for and not yet let and a branch's address are ``none`` (tag ``business``), as are agencies',
  branches', contractors', employers', communities of owners' and managing companies' names, phones, CIF, NIPC, ABN,
  CVR, organisation numbers, INN and VKN, and a contractor depot's coordinates;
* lease, ledger, account, receipt, dossier, case, report, contract, subscriber, bond, permit, visit and application
  numbers, property references, unit and flat numbers, garage and parking spaces, plates, fob ids, card expiry dates,
  hashes, SMS ids and app versions are ``none`` (tag ``decoy``, ``value_shape`` when shaped like an identifier); lease
  and move dates, request and visit timestamps are ``none``;
* leasing agents, negotiators, approvers, property managers, collection agents, administrators, consultants, case
  handlers, technicians, accountants, managers and cashiers are staff (``person_name``, tag ``staff``); a co-signer, a
  co-tenant, a tenant of an owner's flat, a previous landlord, a lessor, a landlord, a next of kin, an emergency
  contact, a contact person and the person accompanying a viewer are personal (tag ``role_word``);
* custom fields (tag ``custom_field``) take the kind they hold (a phone, an e-mail, a name) or ``free_text`` when they
  hold a phone, an e-mail or a name by row; custom fields holding codes are ``none`` (tag ``custom_code``);
* a patronymic (``отчество``) and Dutch ``Voorletters`` are ``first_name``; a second family name and a
  ``Tussenvoegsel`` are ``last_name``; a suburb (Brisbane, Wellington, Durban) is ``city``; a state and a Spanish
  province are ``none``;
* a birth date as DATE, as text (``dd/mm/yyyy``, ``dd.mm.yyyy``, ISO), as a ``YYYYMMDD`` integer, and each of its day,
  month and year parts in separate integer columns (tag ``dob_part``) is ``date_of_birth``;
* a resident portal's login is ``unclassified`` (tag ``username``); a tenant's last login IP and the IP a maintenance
  request came from are ``ip_address``.

``null_heavy`` means 70-95% NULL; ``nullword_heavy`` 70-95% NULL words or empty strings.

Every value is generated here from :data:`SEED` (one ``random.Random`` per table, named after its builder) with
python-stdnum for check digits, phonenumbers for phone validity and formats, and the lists of
:mod:`benchmarks.classification.heldout_v142_values`, written for v142 (no Faker, no list of real people, no breach
data). Build: ``python -m benchmarks.classification.heldout_v142 [PATH]`` (default ``/tmp/heldout_v142.duckdb``).
Score: ``python -m benchmarks.classification.heldout_v2_accuracy --set v142``.
"""
from __future__ import annotations

import sys
from collections.abc import Callable
from datetime import date
from pathlib import Path

from benchmarks.classification import heldout_v4
from benchmarks.classification import heldout_v142_values as v
from benchmarks.classification.heldout_v2 import Column, Table
from benchmarks.classification.heldout_v142_values import NULLISH, SEED, USERNAME, Gen, N, c

__all__ = ["BUILDERS", "DEFAULT_PATH", "NULLISH", "SEED", "USERNAME", "Column", "Gen", "Table", "build", "labels",
           "summary", "tables"]

DEFAULT_PATH = Path("/tmp/heldout_v142.duckdb")

NULLWORD = "nullword_heavy"  # 70-95% NULL words or empty strings
HEAVY = "null_heavy"  # 70-95% NULL
SHAPE = "value_shape"
STAFF = "staff"  # the organisation's own people (few distinct)
ROLE = "role_word"  # a role word (co-signer, landlord, lessor, next of kin ...) holding people
ABBREV = "abbrev"
KEY = "join_key"
LEGACY = "legacy"
OPAQUE = "opaque"
PREMISES = "premises"  # the let unit's address: the tenant's home
CUSTOM = "custom_field"  # a numbered custom field holding personal data
CODE = "custom_code"  # a numbered custom field holding codes (none)
FOREIGN = "foreign_id"  # identity documents of several countries in one column
LICENCE = "licence"
DOB_PART = "dob_part"
JSON = "json_path"


def _words(*extra: str) -> tuple[str, ...]:
    return ("", "-", "N/A", "NULL", "none") + extra


def _staff(g: Gen, n: int, lang: str) -> list[str]:
    out: set[str] = set()
    while len(out) < n:
        out.add(v.whole(g, lang))
    return sorted(out)


def _mixed(g: Gen, region: str, lang: str, null: float = 0.3) -> list[str | None]:
    """A custom field holding, by row, a phone, an e-mail or a name (or NULL)."""
    def one() -> str:
        r = g.rnd.random()
        if r < 0.42:
            return g.phone(region, g.rnd.choice(["national", "e164"]))
        if r < 0.72:
            return v.email(g, lang)
        return v.whole(g, lang)
    return g.col(one, null)


def _heavy(g: Gen, make: Callable[[], object], share: float = 0.82) -> list[object]:
    """A column ``share`` NULL (70-95%)."""
    return g.col(make, share)


def _pad(values: list, width: int) -> list:
    return [None if x is None else f"{str(x)[:width]:<{width}}" for x in values]


def _ymd(d: date | None) -> int:
    return 0 if d is None else d.year * 10_000 + d.month * 100 + d.day


# -- English-named tables ----------------------------------------------------------------------------------------------


def va_tenant_leases(g: Gen) -> Table:
    """A Richmond (Virginia) property manager's tenants, leases and balances (snake case)."""
    pairs = [v.person(g, "va") for _ in range(g.rows)]
    places = [g.rnd.choice(v.VA_PLACES) for _ in range(g.rows)]
    agents = _staff(g, 5, "va")
    offices = [g.phone("US-VA", "dashes", False), g.phone("US-VA", "national", False)]
    rent = g.amounts(1_050, 2_400)

    def note() -> str:
        return g.rnd.choice([f"Payment plan agreed with {v.whole(g, 'va')} (mother) until March",
                             "Late fee waived once per policy", f"Boyfriend {v.given(g, 'va')} not on lease, warned",
                             "Pest control scheduled", f"Spoke to roommate {v.whole(g, 'va')} re: noise complaint",
                             "Renewal offer sent"])

    return Table("riverbend_pm.tenant_leases", "en", "snake", [
        c("lease_id", N, "BIGINT", g.keys(40_117), "decoy", KEY),
        c("ledger_account_no", N, "VARCHAR", g.col(lambda: v.us_ssn_decoy(g)), "decoy", SHAPE),
        c("property_code", N, "VARCHAR", g.col(lambda: "RVA-" + g.code("AAA-99")), "decoy"),
        c("unit_number", N, "VARCHAR", g.col(lambda: f"{g.rnd.randint(1, 4)}{g.rnd.choice('ABCDEF')}"), "decoy"),
        c("tenant_first_name", "first_name", "VARCHAR", [a for a, _ in pairs]),
        c("tenant_last_name", "last_name", "VARCHAR", [b for _, b in pairs]),
        c("tenant_dob", "date_of_birth", "DATE", g.births(1950, 2005)),
        c("tenant_ssn", "ssn", "VARCHAR", g.col(lambda: v.us_ssn(g, g.rnd.random() < 0.7), 0.3)),
        c("email", "email", "VARCHAR", [None if g.rnd.random() < 0.1 else v.email_of(g, a, b, v.DOMAINS["va"])
                                        for a, b in pairs]),
        c("cell_phone", "phone", "VARCHAR", g.phones("US-VA", {"national": 0.5, "dashes": 0.3, "e164": 0.2}, 0.9,
                                                     0.05)),
        c("unit_address", "street_address", "VARCHAR",
          [f"{v.us_street(g, v.VA_STREETS)} Apt {g.rnd.randint(1, 4)}{g.rnd.choice('ABCDEF')}" for _ in pairs],
          PREMISES),
        c("city", "city", "VARCHAR", [p[0] for p in places]),
        c("state", N, "VARCHAR", ["VA"] * g.rows, "decoy"),
        c("zip_code", "postal_code", "VARCHAR", [p[1] for p in places]),
        c("lease_start", N, "DATE", g.days("2021-01-01", "2025-06-30"), "decoy"),
        c("lease_end", N, "DATE", g.days("2025-07-01", "2027-06-30"), "decoy"),
        c("monthly_rent", N, "DECIMAL(9,2)", rent, "decoy"),
        c("balance_due", N, "DECIMAL(9,2)", [round(r * g.rnd.choice([0, 0, 0, 0.5, 1, 2.1]), 2) for r in rent],
          "decoy"),
        c("days_delinquent", N, "INTEGER", g.ints(0, 95), "decoy"),
        c("co_signer_name", "person_name", "VARCHAR", _heavy(g, lambda: v.whole(g, "va")), ROLE, HEAVY),
        c("emergency_contact_phone", "phone", "VARCHAR",
          g.phones("US-VA", {"national": 0.7, "dashes": 0.3}, 0.9, 0.25), ROLE),
        c("leasing_agent", "person_name", "VARCHAR", g.col(g.pick(agents)), STAFF),
        c("portal_username", USERNAME, "VARCHAR", [None if g.rnd.random() < 0.3 else v.login(a, b, g.rnd.randint(0, 99))
                                                   for a, b in pairs], "username"),
        c("last_login_ip", "ip_address", "VARCHAR", g.col(lambda: g.ipv4([71, 72, 98, 108, 173]), 0.35)),
        c("misc_1", N, "VARCHAR", g.col(lambda: g.code("PS-9999"), 0.4), "decoy", CODE),
        c("misc_2", "person_name", "VARCHAR", g.col(lambda: v.whole(g, "va"), 0.55), CUSTOM),
        c("notes", "free_text", "VARCHAR", g.sparse(note, 0.78, _words()), NULLWORD),
        c("office_phone", N, "VARCHAR", g.col(g.pick(offices)), "business"),
    ])


def gb_viewings(g: Gen) -> Table:
    """A Leeds letting agency's viewing appointments (camel case)."""
    sites = [("Headingley", "Otley Road", "LS6"), ("Chapel Allerton", "Harrogate Road", "LS7"),
             ("City Centre", "Call Lane", "LS1")]
    branches = [(name, f"{g.rnd.randint(2, 180)} {street}, Leeds {v.gb_postcode(g, pc)}",
                 g.phone("GB", "national", False)) for name, street, pc in sites]
    branch = [g.rnd.randrange(len(branches)) for _ in range(g.rows)]
    pairs = [v.person(g, "gb") for _ in range(g.rows)]
    places = [g.rnd.choice(v.GB_PLACES) for _ in range(g.rows)]
    negotiators = _staff(g, 6, "gb")

    def feedback() -> str:
        return g.rnd.choice(["Liked the kitchen, worried about parking", f"Partner {v.given(g, 'gb')} to view Saturday",
                             "Too far from uni", f"Wants to apply with friend {v.whole(g, 'gb')}",
                             "Asked about pets (cat)", "Offered asking rent"])

    return Table("headrowLettings.viewingAppointments", "en", "camel", [
        c("viewingId", N, "BIGINT", g.keys(880_001), "decoy", KEY),
        c("propertyRef", N, "VARCHAR", g.col(lambda: g.code(g.rnd.choice(["HRL-LS6-9999", "HRL-LS7-9999"]))), "decoy"),
        c("branchName", N, "VARCHAR", [branches[i][0] for i in branch], "business"),
        c("branchAddress", N, "VARCHAR", [branches[i][1] for i in branch], "business"),
        c("branchPhone", N, "VARCHAR", [branches[i][2] for i in branch], "business"),
        c("applicantFirstName", "first_name", "VARCHAR", [a for a, _ in pairs]),
        c("applicantSurname", "last_name", "VARCHAR", [b for _, b in pairs]),
        c("applicantMobile", "phone", "VARCHAR", g.phones("GB", {"national": 0.6, "intl": 0.2, "e164": 0.2})),
        c("applicantEmail", "email", "VARCHAR", [v.email_of(g, a, b, v.DOMAINS["gb"]) for a, b in pairs]),
        c("currentAddress", "street_address", "VARCHAR",
          g.col(lambda: f"{g.rnd.randint(1, 240)} {g.rnd.choice(v.GB_STREETS)}", 0.35)),
        c("currentPostcode", "postal_code", "VARCHAR", [v.gb_postcode(g, p[1]) for p in places]),
        c("moveInDate", N, "DATE", g.days("2025-07-01", "2026-01-31", 0.2), "decoy"),
        c("viewingStart", N, "TIMESTAMP", g.moments("2025-05-01", "2025-11-30"), "decoy"),
        c("negotiator", "person_name", "VARCHAR", g.col(g.pick(negotiators)), STAFF),
        c("accompaniedBy", "person_name", "VARCHAR", _heavy(g, lambda: v.whole(g, "gb"), 0.8), ROLE, HEAVY),
        c("sourcePortal", N, "VARCHAR", g.col(g.pick(["Rightmove", "Zoopla", "OpenRent", "Walk-in", "Website"])),
          "decoy"),
        c("leadHash", N, "VARCHAR", g.col(g.sha256), "decoy", SHAPE),
        c("confirmationSmsId", N, "VARCHAR", g.col(lambda: "SM" + g.code("x" * 32)), "decoy", SHAPE),
        c("appVersion", N, "VARCHAR", g.col(g.version), "decoy", SHAPE),
        c("noShow", N, "BOOLEAN", g.yn(True, False, 0.12), "decoy"),
        c("feedback", "free_text", "VARCHAR", g.sparse(feedback, 0.78, _words("no feedback")), NULLWORD),
        c("customField2", "free_text", "VARCHAR", _mixed(g, "GB", "gb"), CUSTOM),
    ])


def ca_rental_applications(g: Gen) -> Table:
    """A Winnipeg property manager's rental applications (Pascal case)."""
    pairs = [v.person(g, "ca") for _ in range(g.rows)]
    places = [g.rnd.choice(v.CA_PLACES) for _ in range(g.rows)]
    buildings = [("Pembina Pointe", "2710 Pembina Hwy"), ("Osborne Village Lofts", "115 Osborne St"),
                 ("Corydon Gardens", "904 Corydon Ave"), ("Kildonan Place Apartments", "1455 Henderson Hwy")]
    bld = [g.rnd.randrange(len(buildings)) for _ in range(g.rows)]
    employers = [(name, g.phone("CA", "national", False)) for name in
                 ("Red River Logistics Ltd.", "Health Sciences Centre", "Prairie Grain Co-op",
                  "Assiniboine Credit Union", "City of Winnipeg", "Boreal Software Inc.")]
    emp = [g.rnd.randrange(len(employers)) for _ in range(g.rows)]
    approvers = _staff(g, 3, "ca")
    return Table("PrairieHomesRentals.RentalApplications", "en", "pascal", [
        c("ApplicationId", N, "BIGINT", g.keys(5_501), "decoy", KEY),
        c("ApplicationNumber", N, "VARCHAR", g.col(lambda: v.sin_decoy(g)), "decoy", SHAPE),
        c("BuildingName", N, "VARCHAR", [buildings[i][0] for i in bld], "business"),
        c("BuildingAddress", N, "VARCHAR", [buildings[i][1] for i in bld], "business"),
        c("FirstName", "first_name", "VARCHAR", [a for a, _ in pairs]),
        c("LastName", "last_name", "VARCHAR", [b for _, b in pairs]),
        c("DateOfBirth", "date_of_birth", "DATE", g.births(1955, 2006)),
        c("Sin", "ssn", "VARCHAR", _heavy(g, lambda: v.ca_sin(g), 0.8), HEAVY),
        c("DriversLicenceNumber", "national_id", "VARCHAR", [None if g.rnd.random() < 0.25 else v.mb_licence(g, b, a)
                                                             for a, b in pairs], LICENCE),
        c("CellPhone", "phone", "VARCHAR", g.phones("CA", {"national": 0.5, "dashes": 0.3, "e164": 0.2})),
        c("Email", "email", "VARCHAR", [v.email_of(g, a, b, v.DOMAINS["ca"]) for a, b in pairs]),
        c("CurrentAddress", "street_address", "VARCHAR",
          g.col(lambda: f"{v.us_street(g, v.CA_STREETS)}{g.rnd.choice(['', '', ' Unit 3', ' Apt 1204'])}", 0.05)),
        c("CurrentCity", "city", "VARCHAR", [p[0] for p in places]),
        c("CurrentPostalCode", "postal_code", "VARCHAR", [v.ca_postcode(g, p[1]) for p in places]),
        c("PreviousLandlordName", "person_name", "VARCHAR", g.col(lambda: v.whole(g, "ca"), 0.3), ROLE),
        c("PreviousLandlordPhone", "phone", "VARCHAR", g.phones("CA", {"national": 0.8, "dashes": 0.2}, 0.7, 0.35),
          ROLE),
        c("EmployerName", N, "VARCHAR", [employers[i][0] for i in emp], "business"),
        c("EmployerPhone", N, "VARCHAR", [employers[i][1] for i in emp], "business"),
        c("MonthlyIncome", N, "DECIMAL(10,2)", g.amounts(2_200, 9_800), "decoy"),
        c("CreditScore", N, "INTEGER", g.ints(540, 850, 0.2), "decoy"),
        c("ApprovedBy", "person_name", "VARCHAR", g.col(g.pick(approvers), 0.3), STAFF),
        c("Udf3", "email", "VARCHAR", g.col(lambda: v.email(g, "ca"), 0.55), CUSTOM),
        c("SubmittedAt", N, "TIMESTAMP", g.moments("2025-01-01", "2025-11-30"), "decoy"),
    ])


def za_deposit_register(g: Gen) -> Table:
    """A Durban-north rental agency's deposit register (SCREAMING case)."""
    rows = []
    for _ in range(g.rows):
        female = g.rnd.random() < 0.5
        name = v.person(g, "za", female)
        born = g.birth(1955, 2004)
        foreign = g.rnd.random() < 0.15
        rows.append((f"{name[0]} {name[1]}", born, None if foreign else v.za_id(g, born, female, g.rnd.random() < 0.93),
                     v.foreign_passport(g) if foreign else None))
    places = [g.rnd.choice(v.ZA_PLACES) for _ in range(g.rows)]
    agents = _staff(g, 4, "za")
    office = g.phone("ZA", "national", False)

    def remark() -> str:
        return g.rnd.choice(["Deposit refunded less carpet cleaning", f"Refund to be paid to mother {v.whole(g, 'za')}",
                             "Awaiting outgoing inspection", f"Co-tenant {v.given(g, 'za')} moved out early",
                             "Interest at call account rate"])

    return Table("UMHLANGA_RENTALS.DEPOSIT_REGISTER", "en", "screaming", [
        c("DEPOSIT_ID", N, "BIGINT", g.keys(12_001), "decoy", KEY),
        c("LEASE_REF", N, "VARCHAR", g.col(lambda: g.code("UR/2025/9999")), "decoy"),
        c("TENANT_FULL_NAME", "person_name", "VARCHAR", [r[0] for r in rows]),
        c("ID_NUMBER", "national_id", "VARCHAR", [r[2] for r in rows]),
        c("PASSPORT_NO", "national_id", "VARCHAR", [r[3] for r in rows], FOREIGN, HEAVY),
        c("DATE_OF_BIRTH", "date_of_birth", "DATE", [r[1] for r in rows]),
        c("CELL_NO", "phone", "VARCHAR", g.phones("ZA", {"national": 0.7, "e164": 0.3}, 0.95, 0.05)),
        c("EMAIL_ADDRESS", "email", "VARCHAR", g.col(lambda: v.email(g, "za"), 0.15)),
        c("UNIT_ADDRESS", "street_address", "VARCHAR",
          g.col(lambda: f"Unit {g.rnd.randint(1, 60)}, {g.rnd.choice(v.ZA_COMPLEXES)}, {g.rnd.randint(1, 90)} "
                        f"{g.rnd.choice(v.ZA_STREETS)}"), PREMISES),
        c("SUBURB", "city", "VARCHAR", [p[0] for p in places]),
        c("POSTAL_CODE", "postal_code", "VARCHAR", [p[1] for p in places]),
        c("DEPOSIT_AMOUNT", N, "DECIMAL(10,2)", g.amounts(6_500, 28_000), "decoy"),
        c("INTEREST_ACCRUED", N, "DECIMAL(10,2)", g.amounts(0, 1_900), "decoy"),
        c("TRUST_ACCOUNT_REF", N, "VARCHAR", g.col(lambda: v.za_id_decoy(g)), "decoy", SHAPE),
        c("INSPECTION_DATE", N, "DATE", g.days("2024-06-01", "2025-11-30", 0.2), "decoy"),
        c("NEXT_OF_KIN_NAME", "person_name", "VARCHAR", g.col(lambda: v.whole(g, "za"), 0.2), ROLE),
        c("NEXT_OF_KIN_CELL", "phone", "VARCHAR", g.phones("ZA", {"national": 1.0}, 1.0, 0.25), ROLE),
        c("AGENT_NAME", "person_name", "VARCHAR", g.col(g.pick(agents)), STAFF),
        c("AGENCY_PHONE", N, "VARCHAR", [office] * g.rows, "business"),
        c("CUSTOM_FIELD_1", N, "VARCHAR", g.col(lambda: g.code("REM-99999"), 0.3), "decoy", CODE),
        c("CUSTOM_FIELD_2", "phone", "VARCHAR", g.phones("ZA", {"national": 0.6, "e164": 0.4}, 1.0, 0.45), CUSTOM),
        c("REMARKS", "free_text", "VARCHAR", g.sparse(remark, 0.78, _words("NIL")), NULLWORD),
    ])


def au_tenancy_bonds(g: Gen) -> Table:
    """A Brisbane property manager's tenancies and bond lodgements (abbreviated snake case)."""
    pairs = [v.person(g, "au") for _ in range(g.rows)]
    places = [g.rnd.choice(v.AU_PLACES) for _ in range(g.rows)]
    managers = _staff(g, 4, "au")

    def cmt() -> str:
        return g.rnd.choice(["Bond claim lodged for cleaning", f"Lessor {v.whole(g, 'au')} approved pet",
                             "Entry notice issued (Form 9)", f"Tenant's sister {v.given(g, 'au')} holds spare key",
                             "Routine inspection OK"])

    return Table("qpm_ops.tnt_bond", "en", "abbrev", [
        c("tnc_id", N, "BIGINT", g.keys(70_001), "decoy", KEY),
        c("tnt_fnm", "first_name", "VARCHAR", [a for a, _ in pairs], ABBREV),
        c("tnt_lnm", "last_name", "VARCHAR", [b for _, b in pairs], ABBREV),
        c("dob_dt", "date_of_birth", "DATE", g.births(1952, 2006), ABBREV),
        c("ctc_ph", "phone", "VARCHAR", g.phones("AU", {"national": 0.7, "intl": 0.3}, 0.95), ABBREV),
        c("ctc_em", "email", "VARCHAR", [v.email_of(g, a, b, v.DOMAINS["au"]) for a, b in pairs], ABBREV),
        c("addr_ln1", "street_address", "VARCHAR",
          g.col(lambda: f"{g.rnd.randint(1, 24)}/{g.rnd.randint(2, 400)} {g.rnd.choice(v.AU_STREETS)}"), ABBREV,
          PREMISES),
        c("sub", "city", "VARCHAR", [p[0] for p in places], ABBREV),
        c("pcode", "postal_code", "VARCHAR", [p[1] for p in places], ABBREV),
        c("st", N, "VARCHAR", ["QLD"] * g.rows, "decoy"),
        c("dl_no", "national_id", "VARCHAR", g.col(lambda: v.qld_licence(g), 0.2), ABBREV, LICENCE),
        c("bnd_amt", N, "DECIMAL(9,2)", g.amounts(1_600, 4_400), "decoy"),
        c("rta_bnd_no", N, "VARCHAR", g.col(lambda: str(g.rnd.randint(4_100_000, 4_999_999))), "decoy", SHAPE),
        c("lse_st_dt", N, "DATE", g.days("2023-01-01", "2025-10-31"), "decoy"),
        c("lse_end_dt", N, "DATE", g.days("2025-11-01", "2026-12-31"), "decoy"),
        c("wk_rent", N, "DECIMAL(8,2)", g.amounts(420, 980), "decoy"),
        c("lsr_nm", "person_name", "VARCHAR", g.col(lambda: v.whole(g, "au"), 0.05), ROLE, ABBREV),
        c("agcy_abn", N, "VARCHAR", [v.au_abn(g)] * g.rows, "business", SHAPE),
        c("pm_nm", "person_name", "VARCHAR", g.col(g.pick(managers)), STAFF, ABBREV),
        c("ec_nm", "person_name", "VARCHAR", g.col(lambda: v.whole(g, "au"), 0.3), ROLE, ABBREV),
        c("ec_ph", "phone", "VARCHAR", g.phones("AU", {"national": 1.0}, 1.0, 0.35), ROLE, ABBREV),
        c("udf3", N, "VARCHAR", g.col(lambda: g.code("K-999"), 0.2), "decoy", CODE),
        c("cmt", "free_text", "VARCHAR", g.sparse(cmt, 0.8, _words("nil")), NULLWORD, ABBREV),
    ])


def pa_arrears_cobol(g: Gen) -> Table:
    """A Pittsburgh property management company's tenant arrears extract (COBOL: padded CHAR, numeric dates)."""
    pairs = [v.person(g, "pa") for _ in range(g.rows)]
    places = [g.rnd.choice(v.PA_PLACES) for _ in range(g.rows)]
    agents = _staff(g, 3, "pa")
    mgmt = int(g.phone("US-PA", "digits", False))
    starts = [g.day("2020-01-01", "2025-03-31") for _ in range(g.rows)]
    return Table("PGHRENT.TNT_ARREARS_EXTRACT", "en", "cobol", [
        c("TNT-ACCT-NO", N, "VARCHAR", [f"{i:07d}" for i in g.keys(41_273, 7)], "decoy", KEY, LEGACY),
        c("TNT-LAST-NM", "last_name", "VARCHAR", _pad([b.upper() for _, b in pairs], 20), LEGACY),
        c("TNT-FIRST-NM", "first_name", "VARCHAR", _pad([a.upper() for a, _ in pairs], 15), LEGACY),
        c("TNT-SSN", "ssn", "BIGINT", [int(v.us_ssn(g, False)) if g.rnd.random() < 0.75 else 0 for _ in pairs],
          LEGACY),
        c("TNT-DOB", "date_of_birth", "INTEGER", [_ymd(g.birth(1945, 2005)) if g.rnd.random() < 0.9 else 0
                                                  for _ in pairs], LEGACY),
        c("TNT-HOME-PH", "phone", "BIGINT", [int(g.phone("US-PA", "digits", g.rnd.random() < 0.7))
                                             if g.rnd.random() < 0.85 else 0 for _ in pairs], LEGACY),
        c("PROP-ADDR-LN1", "street_address", "VARCHAR", _pad(
            [f"{v.us_street(g, v.PA_STREETS)} APT {g.rnd.randint(1, 30)}".upper() for _ in pairs], 30), LEGACY,
          PREMISES),
        c("PROP-CITY", "city", "VARCHAR", _pad([p[0].upper() for p in places], 18), LEGACY),
        c("PROP-ST", N, "VARCHAR", ["PA"] * g.rows, "decoy", LEGACY),
        c("PROP-ZIP", "postal_code", "INTEGER", [int(p[1]) for p in places], LEGACY),
        c("LSE-START-DT", N, "INTEGER", [_ymd(d) for d in starts], "decoy", LEGACY),
        c("LSE-END-DT", N, "INTEGER", [_ymd(date(d.year + g.rnd.choice([1, 2]), d.month, min(d.day, 28)))
                                       for d in starts], "decoy", LEGACY),
        c("MO-RENT-AMT", N, "DECIMAL(9,2)", g.amounts(780, 1_850), "decoy", LEGACY),
        c("PAST-DUE-AMT", N, "DECIMAL(9,2)", g.amounts(25, 7_400), "decoy", LEGACY),
        c("DAYS-PAST-DUE", N, "INTEGER", g.ints(5, 240), "decoy", LEGACY),
        c("LAST-PMT-DT", N, "INTEGER", [_ymd(g.day("2025-01-01", "2025-11-15")) if g.rnd.random() < 0.9 else 0
                                        for _ in pairs], "decoy", LEGACY),
        c("CO-SIGNER-NM", "person_name", "VARCHAR", _pad(_heavy(g, lambda: v.whole(g, "pa").upper(), 0.85), 30),
          ROLE, HEAVY, LEGACY),
        c("COLL-AGENT-NM", "person_name", "VARCHAR", _pad(g.col(g.pick([a.upper() for a in agents])), 25), STAFF,
          LEGACY),
        c("MGMT-CO-PHONE", N, "BIGINT", [mgmt] * g.rows, "business", LEGACY),
        c("USER-FLD-1", N, "VARCHAR", _pad(g.col(lambda: g.code("LB9999"), 0.3), 8), "decoy", CODE, LEGACY),
        c("USER-FLD-2", "free_text", "VARCHAR", _pad(_mixed(g, "US-PA", "pa"), 40), CUSTOM, LEGACY),
    ])


def ie_parking_staging(g: Gen) -> Table:
    """A Dublin owners' management company's parking space licences, landed from its CRM as an opaque staging
    table."""
    def holder() -> str:
        a, b = v.person(g, "ie")
        return f"{b}, {a}" if g.rnd.random() < 0.4 else f"{a} {b}"

    def dob() -> str:
        d = g.birth(1950, 2004)
        return f"{d.day:02d}/{d.month:02d}/{d.year}"

    devs = [g.rnd.choice(v.IE_DEVELOPMENTS) for _ in range(g.rows)]
    t = "stg_parking.src_crm_parking_licences"
    col = [f"src_crm_col{i:02d}" for i in range(1, 19)]
    return Table(t, "en", "opaque", [
        c(col[0], N, "VARCHAR", g.col(g.uuid), "decoy", KEY, OPAQUE),
        c(col[1], "person_name", "VARCHAR", g.col(holder), OPAQUE),
        c(col[2], "street_address", "VARCHAR",
          [f"Apt {g.rnd.randint(1, 48)}, Block {g.rnd.choice('ABCDE')}, {d[0]}" for d in devs], OPAQUE, PREMISES),
        c(col[3], "postal_code", "VARCHAR", [v.eircode(g, d[1]) for d in devs], OPAQUE),
        c(col[4], "phone", "VARCHAR", g.phones("IE", {"national": 0.5, "e164": 0.3, "intl": 0.2}, 0.95, 0.05), OPAQUE),
        c(col[5], "email", "VARCHAR", g.col(lambda: v.email(g, "ie"), 0.1), OPAQUE),
        c(col[6], N, "VARCHAR", g.col(lambda: f"B{g.rnd.randint(1, 2)}-{g.rnd.randint(1, 180):03d}"), "decoy", OPAQUE),
        c(col[7], N, "VARCHAR", g.col(lambda: v.ie_plate(g), 0.1), "decoy", OPAQUE),
        c(col[8], N, "VARCHAR", [d.isoformat() for d in g.days("2022-01-01", "2025-11-30")], "decoy", OPAQUE),
        c(col[9], N, "VARCHAR", g.col(lambda: f"{g.rnd.choice([95, 110, 125, 140]):.2f}"), "decoy", OPAQUE),
        c(col[10], "credit_card", "VARCHAR", g.col(lambda: v.card(g, g.rnd.random() < 0.5), 0.3), OPAQUE),
        c(col[11], N, "VARCHAR", g.col(lambda: f"{g.rnd.randint(1, 12):02d}/{g.rnd.randint(26, 30)}", 0.3), "decoy",
          OPAQUE),
        c(col[12], N, "VARCHAR", g.col(lambda: g.code("xxxxxxxx")), "decoy", SHAPE, OPAQUE),
        c(col[13], "date_of_birth", "VARCHAR", g.col(dob, 0.4), OPAQUE),
        c(col[14], N, "VARCHAR", [f"{d[0]} Management Company CLG" for d in devs], "business", OPAQUE),
        c(col[15], N, "VARCHAR", g.col(g.sha256), "decoy", SHAPE, OPAQUE),
        c(col[16], "free_text", "VARCHAR", _mixed(g, "IE", "ie", 0.35), CUSTOM, OPAQUE),
        c(col[17], N, "VARCHAR", g.col(lambda: f"LW-PRK-{g.rnd.randint(2014, 2019)}-{g.rnd.randint(1, 999):03d}",
                                       0.5), "decoy", CODE, OPAQUE),
    ])


def nz_maintenance_json(g: Gen) -> Table:
    """A Wellington property management app's maintenance requests, exported as JSON and flattened to dotted keys."""
    pairs = [v.person(g, "nz") for _ in range(g.rows)]
    places = [g.rnd.choice(v.NZ_PLACES) for _ in range(g.rows)]
    contractors = [("Harbour City Plumbing Ltd", g.phone("NZ", "national", False), -41.2923, 174.7787),
                   ("Hutt Valley Electrical", g.phone("NZ", "intl", False), -41.2092, 174.9081),
                   ("Capital Glass & Glazing", g.phone("NZ", "national", False), -41.3180, 174.8152),
                   ("Kāpiti Roofing Services", g.phone("NZ", "national", False), -40.9136, 175.0053)]
    con = [g.rnd.randrange(len(contractors)) for _ in range(g.rows)]
    techs = _staff(g, 6, "nz")

    def desc() -> str:
        return g.rnd.choice(["Hot water cylinder leaking in hallway cupboard",
                             f"Mould in bedroom, flatmate {v.given(g, 'nz')} has asthma", "Oven element not heating",
                             f"Front door lock jammed, {v.whole(g, 'nz')} will be home to let you in",
                             "Heat pump making grinding noise", "Extractor fan in bathroom broken",
                             f"Please call my partner {v.given(g, 'nz')} on arrival"])

    def dob() -> str:
        return g.birth(1955, 2005).isoformat()

    return Table("tenant_app_raw.maintenance_requests_json", "en", "json", [
        c("request.id", N, "VARCHAR", g.col(g.uuid), "decoy", KEY, JSON),
        c("request.number", N, "VARCHAR", g.col(lambda: g.code("MR-2025-999999")), "decoy", JSON),
        c("request.created_at", N, "VARCHAR", [m.strftime("%Y-%m-%dT%H:%M:%SZ") for m in
                                               g.moments("2025-01-01", "2025-11-30")], "decoy", JSON),
        c("request.category", N, "VARCHAR", g.col(g.pick(["plumbing", "electrical", "appliance", "heating", "glazing",
                                                          "roofing", "locks"])), "decoy", JSON),
        c("request.priority", N, "VARCHAR", g.col(g.pick(["urgent", "normal", "low"])), "decoy", JSON),
        c("request.description", "free_text", "VARCHAR", g.col(desc), JSON),
        c("tenant.name.first", "first_name", "VARCHAR", [a for a, _ in pairs], JSON),
        c("tenant.name.last", "last_name", "VARCHAR", [b for _, b in pairs], JSON),
        c("tenant.date_of_birth", "date_of_birth", "VARCHAR", g.col(dob, 0.35), JSON),
        c("tenant.contact.mobile", "phone", "VARCHAR", g.phones("NZ", {"national": 0.5, "e164": 0.5}, 0.95), JSON),
        c("tenant.contact.email", "email", "VARCHAR", [v.email_of(g, a, b, v.DOMAINS["nz"]) for a, b in pairs], JSON),
        c("property.address.street", "street_address", "VARCHAR",
          g.col(lambda: f"{g.rnd.randint(1, 260)}{g.rnd.choice(['', '', 'A', 'B'])} {g.rnd.choice(v.NZ_STREETS)}"),
          JSON, PREMISES),
        c("property.address.suburb", "city", "VARCHAR", [p[0] for p in places], JSON),
        c("property.address.city", "city", "VARCHAR", [p[1] for p in places], JSON),
        c("property.address.postcode", "postal_code", "VARCHAR", [p[2] for p in places], JSON),
        c("landlord.name", "person_name", "VARCHAR", g.col(lambda: v.whole(g, "nz"), 0.1), ROLE, JSON),
        c("landlord.email", "email", "VARCHAR", _heavy(g, lambda: v.email(g, "nz"), 0.78), ROLE, HEAVY, JSON),
        c("contractor.company", N, "VARCHAR", [contractors[i][0] for i in con], "business", JSON),
        c("contractor.phone", N, "VARCHAR", [contractors[i][1] for i in con], "business", JSON),
        c("contractor.depot.lat", N, "DOUBLE", [contractors[i][2] for i in con], "business", JSON),
        c("contractor.depot.lng", N, "DOUBLE", [contractors[i][3] for i in con], "business", JSON),
        c("contractor.technician", "person_name", "VARCHAR", g.col(g.pick(techs), 0.15), STAFF, JSON),
        c("client.ip", "ip_address", "VARCHAR",
          g.col(lambda: g.ipv4([49, 101, 115, 122, 125]) if g.rnd.random() < 0.7 else g.ipv6("2406:e003"), 0.1),
          JSON),
        c("client.app_version", N, "VARCHAR", g.col(g.version), "decoy", SHAPE, JSON),
        c("attachments[0].sha256", N, "VARCHAR", g.col(g.sha256, 0.45), "decoy", SHAPE, JSON),
        c("custom_fields[1].value", "free_text", "VARCHAR", _mixed(g, "NZ", "nz", 0.4), CUSTOM, JSON),
    ])


# -- tables named in other languages -----------------------------------------------------------------------------------


def es_recibos_comunidad(g: Gen) -> Table:
    """A Valencia administrador de fincas' receipts of community fees (Spanish, snake case)."""
    comunidades = [(f"C.P. {street} {g.rnd.randint(2, 90)}", v.es_cif(g)) for street in
                   ("Carrer de Cuba", "Avinguda del Port", "Calle Doctor Zamenhof", "Carrer de Russafa",
                    "Avenida Blasco Ibáñez")]
    com = [g.rnd.randrange(len(comunidades)) for _ in range(g.rows)]
    pairs = [v.person(g, "es") for _ in range(g.rows)]
    places = [g.rnd.choice(v.ES_PLACES) for _ in range(g.rows)]
    admins = _staff(g, 3, "es")
    tenants = [g.rnd.random() < 0.2 for _ in range(g.rows)]

    def obs() -> str:
        return g.rnd.choice(["Devuelto por el banco", f"Paga su hijo {v.whole(g, 'es')}", "Derrama ascensor 2/6",
                             f"Contactar con la inquilina {v.given(g, 'es')} por la plaza de garaje",
                             "Acuerdo de pago en junta"])

    return Table("fincas_turia.recibos_comunidad", "es", "snake", [
        c("id_recibo", N, "BIGINT", g.keys(250_001), "decoy", KEY),
        c("num_recibo", N, "VARCHAR", g.col(lambda: g.code("R25-999999")), "decoy"),
        c("nombre_comunidad", N, "VARCHAR", [comunidades[i][0] for i in com], "business"),
        c("cif_comunidad", N, "VARCHAR", [comunidades[i][1] for i in com], "business", SHAPE),
        c("coef_participacion", N, "DECIMAL(6,3)", g.col(lambda: round(g.rnd.uniform(0.8, 6.5), 3)), "decoy"),
        c("nif_propietario", "national_id", "VARCHAR", g.col(lambda: v.dni(g) if g.rnd.random() < 0.85 else v.nie(g),
                                                             0.05)),
        c("nombre_propietario", "first_name", "VARCHAR", [a for a, _ in pairs]),
        c("apellido1", "last_name", "VARCHAR", [b for _, b in pairs]),
        c("apellido2", "last_name", "VARCHAR", g.col(lambda: v.person(g, "es")[1], 0.1)),
        c("domicilio_notificacion", "street_address", "VARCHAR",
          [f"{g.rnd.choice(p[2])}, {g.rnd.randint(1, 120)}, {g.rnd.randint(1, 9)}º {g.rnd.choice('ABCD')}"
           for p in places]),
        c("cp", "postal_code", "VARCHAR", [p[1] for p in places]),
        c("poblacion", "city", "VARCHAR", [p[0] for p in places]),
        c("provincia", N, "VARCHAR", ["Madrid" if p[1].startswith("28") else "Albacete" if p[1].startswith("02")
                                      else "Valencia" for p in places], "decoy"),
        c("tfno_movil", "phone", "VARCHAR", g.phones("ES", {"national": 0.7, "intl": 0.3}, 0.85, 0.1)),
        c("email", "email", "VARCHAR", [None if g.rnd.random() < 0.3 else v.email_of(g, a, b, v.DOMAINS["es"])
                                        for a, b in pairs]),
        c("iban_domiciliacion", "iban", "VARCHAR",
          g.col(lambda: v.spaced_iban(v.es_iban(g)) if g.rnd.random() < 0.5 else v.es_iban(g), 0.15)),
        c("importe", N, "DECIMAL(8,2)", g.amounts(28, 190), "decoy"),
        c("fecha_emision", N, "DATE", g.days("2025-01-01", "2025-12-01"), "decoy"),
        c("estado_recibo", N, "VARCHAR", g.col(g.pick(["Cobrado", "Pendiente", "Devuelto"])), "decoy"),
        c("plaza_garaje", N, "VARCHAR", g.col(lambda: f"G-{g.rnd.randint(1, 2)}-{g.rnd.randint(1, 60):02d}", 0.5),
          "decoy"),
        c("inquilino", "person_name", "VARCHAR", [v.whole(g, "es") if t else None for t in tenants], ROLE, HEAVY),
        c("administrador", "person_name", "VARCHAR", g.col(g.pick(admins)), STAFF),
        c("observaciones", "free_text", "VARCHAR", g.sparse(obs, 0.78, _words("sin observaciones", "s/o")),
          NULLWORD),
        c("campo_libre_1", N, "VARCHAR", g.col(lambda: f"T-{g.rnd.randint(1, 40):02d}", 0.4), "decoy", CODE),
        c("campo_libre_2", "phone", "VARCHAR",
          [g.phone("ES", g.rnd.choice(["national", "e164"])) if t else None for t in tenants], CUSTOM, ROLE, HEAVY),
    ])


def pt_visitas(g: Gen) -> Table:
    """A Porto estate agency's viewing register (European Portuguese, snake case)."""
    rows = []
    for _ in range(g.rows):
        r = g.rnd.random()
        if r < 0.7:
            rows.append((v.whole(g, "pt"), "CC", v.pt_cc(g)))
        elif r < 0.85:
            rows.append((v.whole(g, "br"), "CPF", v.br_cpf(g)))
        elif r < 0.93:
            rows.append((v.whole(g, "es"), "DNI", v.dni(g)))
        else:
            french = g.rnd.choice(["Camille", "Julien", "Manon", "Théo"]) + " " + g.rnd.choice(
                ["Lefebvre", "Moreau", "Girard", "Roux"])
            rows.append((french, "Passaporte", v.fr_passport(g)))
    places = [g.rnd.choice(v.PT_PLACES) for _ in range(g.rows)]
    consultores = _staff(g, 5, "pt")
    agencias = [("Foz Casa - Boavista", "Avenida da Boavista 3477, 4100-139 Porto", g.phone("PT", "national", False)),
                ("Foz Casa - Gaia", "Rua General Torres 1220, 4400-164 Vila Nova de Gaia",
                 g.phone("PT", "national", False))]
    ag = [g.rnd.randrange(len(agencias)) for _ in range(g.rows)]
    nipc = v.pt_nif(g, "5")

    def obs() -> str:
        return g.rnd.choice(["Gostou da varanda, vai pensar", f"Vem com o marido {v.given(g, 'pt')} na segunda visita",
                             "Precisa de crédito habitação", f"Indicado por {v.whole(g, 'pt')}", "Achou caro"])

    return Table("imobiliaria_foz.visitas_imoveis", "pt", "snake", [
        c("id_visita", N, "BIGINT", g.keys(30_001), "decoy", KEY),
        c("ref_visita", N, "VARCHAR", g.col(lambda: v.pt_nif_decoy(g)), "decoy", SHAPE),
        c("ref_imovel", N, "VARCHAR", g.col(lambda: "FOZ-" + g.code("99999")), "decoy"),
        c("tipologia", N, "VARCHAR", g.col(g.pick(["T0", "T1", "T2", "T3", "T4"])), "decoy"),
        c("nome_completo", "person_name", "VARCHAR", [r[0] for r in rows]),
        c("nif", "national_id", "VARCHAR", g.col(lambda: v.pt_nif(g), 0.45)),
        c("tipo_documento", N, "VARCHAR", [r[1] for r in rows], "decoy"),
        c("num_documento", "national_id", "VARCHAR", [r[2] for r in rows], FOREIGN),
        c("data_nascimento", "date_of_birth", "DATE", g.col(lambda: g.birth(1950, 2004), 0.3)),
        c("telemovel", "phone", "VARCHAR", g.phones("PT", {"national": 0.6, "intl": 0.25, "e164": 0.15})),
        c("email", "email", "VARCHAR", g.col(lambda: v.email(g, "pt"), 0.1)),
        c("morada", "street_address", "VARCHAR", g.col(
            lambda: f"{g.rnd.choice(v.PT_STREETS)}, {g.rnd.randint(1, 900)}"
                    f"{g.rnd.choice(['', ', 2º Esq.', ', 3º Dto.'])}",
            0.4)),
        c("codigo_postal", "postal_code", "VARCHAR", [f"{p[1]}-{g.digits(3)}" for p in places]),
        c("localidade", "city", "VARCHAR", [p[0] for p in places]),
        c("consultor", "person_name", "VARCHAR", g.col(g.pick(consultores)), STAFF),
        c("data_hora_visita", N, "TIMESTAMP", g.moments("2025-02-01", "2025-11-30"), "decoy"),
        c("agencia", N, "VARCHAR", [agencias[i][0] for i in ag], "business"),
        c("morada_agencia", N, "VARCHAR", [agencias[i][1] for i in ag], "business"),
        c("telefone_agencia", N, "VARCHAR", [agencias[i][2] for i in ag], "business"),
        c("nipc_agencia", N, "VARCHAR", [nipc] * g.rows, "business", SHAPE),
        c("acompanhante", "person_name", "VARCHAR", _heavy(g, lambda: v.whole(g, "pt"), 0.8), ROLE, HEAVY),
        c("observacoes", "free_text", "VARCHAR", g.sparse(obs, 0.78, _words("sem observações")), NULLWORD),
        c("campo_extra_2", "free_text", "VARCHAR", _mixed(g, "PT", "pt"), CUSTOM),
    ])


def nl_huurachterstand(g: Gen) -> Table:
    """A Rotterdam housing manager's rent arrears files (Dutch, Pascal case)."""
    rows = []
    for _ in range(g.rows):
        a, fam = v.person(g, "nl")
        parts = fam.split(" ")
        tv, last = (" ".join(parts[:-1]), parts[-1]) if parts[0] in ("van", "de", "den", "der") else ("", fam)
        initials = a[0] + "." + (g.rnd.choice("ACHJMPW") + "." if g.rnd.random() < 0.5 else "")
        rows.append((initials, a, tv, last))
    places = [g.rnd.choice(v.NL_PLACES) for _ in range(g.rows)]
    handlers = _staff(g, 4, "nl")
    co = [g.rnd.random() < 0.18 for _ in range(g.rows)]

    def notitie() -> str:
        return g.rnd.choice(["Regeling getroffen, 6 termijnen", f"Schuldhulp via wijkteam, contact {v.whole(g, 'nl')}",
                             "Aanmaning 2 verstuurd", f"Zoon {v.given(g, 'nl')} belt namens huurder",
                             "Dossier naar deurwaarder"])

    return Table("WoonbeheerMaas.Huurachterstanden", "nl", "pascal", [
        c("DossierId", N, "BIGINT", g.keys(90_001), "decoy", KEY),
        c("DossierNr", N, "VARCHAR", g.col(lambda: v.bsn_decoy(g)), "decoy", SHAPE),
        c("Huurcontractnummer", N, "VARCHAR", g.col(lambda: f"HC-{g.rnd.randint(2009, 2025)}-{g.digits(5)}"),
          "decoy"),
        c("Voorletters", "first_name", "VARCHAR", [r[0] for r in rows]),
        c("Roepnaam", "first_name", "VARCHAR", [r[1] for r in rows]),
        c("Tussenvoegsel", "last_name", "VARCHAR", [r[2] for r in rows]),
        c("Achternaam", "last_name", "VARCHAR", [r[3] for r in rows]),
        c("Geboortedatum", "date_of_birth", "DATE", g.births(1945, 2005)),
        c("Bsn", "national_id", "VARCHAR", g.col(lambda: v.bsn(g), 0.2)),
        c("Adres", "street_address", "VARCHAR", g.col(
            lambda: f"{g.rnd.choice(v.NL_STREETS)} {g.rnd.randint(1, 320)}{g.rnd.choice(['', '', 'A', 'B', '-02'])}"),
          PREMISES),
        c("Postcode", "postal_code", "VARCHAR", [v.nl_postcode(g, p[1]) for p in places]),
        c("Woonplaats", "city", "VARCHAR", [p[0] for p in places]),
        c("TelefoonMobiel", "phone", "VARCHAR", g.phones("NL", {"national": 0.6, "e164": 0.4}, 0.9, 0.1)),
        c("Email", "email", "VARCHAR", g.col(lambda: v.email(g, "nl"), 0.2)),
        c("Iban", "iban", "VARCHAR", g.col(lambda: v.nl_iban(g), 0.1)),
        c("Achterstand", N, "DECIMAL(9,2)", g.amounts(120, 6_800), "decoy"),
        c("AantalMaanden", N, "INTEGER", g.ints(1, 9), "decoy"),
        c("Betalingsregeling", N, "VARCHAR", g.col(g.pick(["J", "N"])), "decoy"),
        c("Incassobureau", N, "VARCHAR", g.col(g.pick(["Maasstad Incasso B.V.", "Rijnmond Credit Services", None])),
          "business"),
        c("Behandelaar", "person_name", "VARCHAR", g.col(g.pick(handlers)), STAFF),
        c("LaatsteAanmaning", N, "DATE", g.days("2025-01-01", "2025-11-30"), "decoy"),
        c("Medehuurder", "person_name", "VARCHAR", [v.whole(g, "nl") if x else None for x in co], ROLE, HEAVY),
        c("Notitie", "free_text", "VARCHAR", g.sparse(notitie, 0.77, _words("geen", "n.v.t.")), NULLWORD),
        c("VrijVeld1", N, "VARCHAR", g.col(lambda: g.code("SL-9999"), 0.3), "decoy", CODE),
        c("VrijVeld2", "email", "VARCHAR", [v.email(g, "nl") if x else None for x in co], CUSTOM, ROLE, HEAVY),
    ])


def se_felanmalan(g: Gen) -> Table:
    """A Malmö landlord's maintenance requests (Swedish, snake case)."""
    births = g.births(1940, 2005)
    places = [g.rnd.choice(v.SE_PLACES) for _ in range(g.rows)]
    techs = _staff(g, 5, "sv")
    firms = [(name, g.phone("SE", "national", False), v.se_orgnr(g)) for name in
             ("Malmö VVS-Service AB", "Öresund El & Larm AB", "Skånska Vitvaruservice AB")]
    firm = [g.rnd.randrange(len(firms)) for _ in range(g.rows)]

    def beskr() -> str:
        return g.rnd.choice(["Droppande kran i köket", f"Grannen {v.whole(g, 'sv')} klagar på fukt i taket",
                             "Ventilationen i badrummet låter", "Kylskåpet fryser inte",
                             f"Min sambo {v.given(g, 'sv')} är hemma efter kl 15", "Ytterdörren går inte att låsa"])

    return Table("fastighet_malmo.felanmalan", "sv", "snake", [
        c("arende_id", N, "BIGINT", g.keys(610_001), "decoy", KEY),
        c("arendenr", N, "VARCHAR", g.col(lambda: v.personnummer_decoy(g)), "decoy", SHAPE),
        c("objektnr", N, "VARCHAR", g.col(lambda: f"{g.rnd.randint(100, 999):04d}-{g.rnd.randint(1001, 1404)}"),
          "decoy"),
        c("lgh_nr", N, "VARCHAR", g.col(lambda: str(g.rnd.randint(1001, 1404))), "decoy"),
        c("hyresgast", "person_name", "VARCHAR", g.col(lambda: v.whole(g, "sv"))),
        c("personnr", "national_id", "VARCHAR", [None if g.rnd.random() < 0.1 else v.personnummer(g, b)
                                                 for b in births]),
        c("telefon", "phone", "VARCHAR", g.phones("SE", {"national": 0.7, "e164": 0.3}, 0.9, 0.05)),
        c("epost", "email", "VARCHAR", g.col(lambda: v.email(g, "sv"), 0.2)),
        c("adress", "street_address", "VARCHAR", g.col(lambda: f"{g.rnd.choice(v.SE_STREETS)} {g.rnd.randint(1, 90)}"),
          PREMISES),
        c("postnr", "postal_code", "VARCHAR", [f"{p[1]} {g.digits(2)}" for p in places]),
        c("ort", "city", "VARCHAR", [p[0] for p in places]),
        c("kategori", N, "VARCHAR", g.col(g.pick(["Vatten/avlopp", "El", "Vitvaror", "Ventilation", "Lås/nycklar"])),
          "decoy"),
        c("beskrivning", "free_text", "VARCHAR", g.col(beskr, 0.05)),
        c("huvudnyckel_ok", N, "BOOLEAN", g.yn(True, False, 0.7), "decoy"),
        c("tekniker", "person_name", "VARCHAR", g.col(g.pick(techs), 0.1), STAFF),
        c("entreprenor", N, "VARCHAR", [firms[i][0] for i in firm], "business"),
        c("entreprenor_tel", N, "VARCHAR", [firms[i][1] for i in firm], "business"),
        c("entreprenor_orgnr", N, "VARCHAR", [firms[i][2] for i in firm], "business", SHAPE),
        c("registrerad", N, "TIMESTAMP", g.moments("2025-01-01", "2025-11-30"), "decoy"),
        c("atgardad", N, "DATE", g.days("2025-01-05", "2025-12-10", 0.3), "decoy"),
        c("kontaktperson", "person_name", "VARCHAR", _heavy(g, lambda: v.whole(g, "sv"), 0.85), ROLE, HEAVY),
        c("extra_falt_2", "phone", "VARCHAR", g.phones("SE", {"national": 1.0}, 1.0, 0.55), CUSTOM),
        c("app_version", N, "VARCHAR", g.col(g.version), "decoy", SHAPE),
    ])


def _dk_address(g: Gen) -> str:
    town, postnr = g.rnd.choice(v.DK_PLACES)
    return f"{g.rnd.choice(v.DK_STREETS)} {g.rnd.randint(1, 140)}, {postnr} {town}"


def dk_depositum(g: Gen) -> Table:
    """An Odense landlord's deposits and move-outs (Danish, snake case)."""
    births = g.births(1945, 2005)
    pairs = [v.person(g, "da") for _ in range(g.rows)]
    places = [g.rnd.choice(v.DK_PLACES) for _ in range(g.rows)]
    handlers = _staff(g, 3, "da")
    moved = [g.rnd.random() < 0.55 for _ in range(g.rows)]
    cvr = v.dk_cvr(g)

    def note() -> str:
        return g.rnd.choice(["Maling af stue fratrukket", f"Nøgler afleveret af {v.whole(g, 'da')}",
                             "Flyttesyn uden mangler", f"Lejers far {v.given(g, 'da')} deltog i synet",
                             "Depositum udbetalt"])

    return Table("boligudlejning_fyn.depositum_fraflytning", "da", "snake", [
        c("lejemaal_id", N, "BIGINT", g.keys(3_001), "decoy", KEY),
        c("lejekontrakt_nr", N, "VARCHAR", g.col(lambda: f"LK-{g.rnd.randint(2015, 2024)}-{g.digits(4)}"), "decoy"),
        c("lejer_fornavn", "first_name", "VARCHAR", [a for a, _ in pairs]),
        c("lejer_efternavn", "last_name", "VARCHAR", [b for _, b in pairs]),
        c("cpr_nr", "national_id", "VARCHAR", [v.dk_cpr(g, b) for b in births]),
        c("foedselsdato", "date_of_birth", "DATE", births),
        c("adresse", "street_address", "VARCHAR", g.col(
            lambda: f"{g.rnd.choice(v.DK_STREETS)} {g.rnd.randint(1, 140)}, {g.rnd.randint(1, 4)}. "
                    f"{g.rnd.choice(['tv', 'th', 'mf'])}"), PREMISES),
        c("postnr", "postal_code", "VARCHAR", [p[1] for p in places]),
        c("by", "city", "VARCHAR", [p[0] for p in places]),
        c("mobil", "phone", "VARCHAR", g.phones("DK", {"national": 0.6, "intl": 0.2, "e164": 0.2}, 0.95, 0.05)),
        c("email", "email", "VARCHAR", [v.email_of(g, a, b, v.DOMAINS["da"]) for a, b in pairs]),
        c("indflytningsdato", N, "DATE", g.days("2018-01-01", "2024-12-31"), "decoy"),
        c("fraflytningsdato", N, "DATE", [g.day("2025-01-01", "2025-11-30") if m else None for m in moved], "decoy"),
        c("depositum", N, "DECIMAL(10,2)", g.amounts(12_000, 45_000), "decoy"),
        c("forudbetalt_leje", N, "DECIMAL(10,2)", g.amounts(0, 15_000), "decoy"),
        c("istandsaettelse", N, "DECIMAL(10,2)", [round(g.rnd.uniform(0, 18_000), 2) if m else None for m in moved],
          "decoy"),
        c("synsrapport_nr", N, "VARCHAR", g.col(lambda: v.cpr_decoy(g)), "decoy", SHAPE),
        c("ny_adresse", "street_address", "VARCHAR",
          [_dk_address(g) if m and g.rnd.random() < 0.35 else None for m in moved], HEAVY),
        c("iban_udbetaling", "iban", "VARCHAR",
          [v.spaced_iban(v.dk_iban(g)) if m or g.rnd.random() < 0.2 else None for m in moved]),
        c("udlejer_cvr", N, "VARCHAR", [cvr] * g.rows, "business", SHAPE),
        c("sagsbehandler", "person_name", "VARCHAR", g.col(g.pick(handlers)), STAFF),
        c("bemaerkning", "free_text", "VARCHAR", g.sparse(note, 0.78, _words("ingen bemærkning", "intet")), NULLWORD),
        c("ekstra_felt_3", N, "VARCHAR", g.col(lambda: g.code("N-999"), 0.2), "decoy", CODE),
    ])


def ru_nachisleniya(g: Gen) -> Table:
    """A Kazan managing company's service charges and parking spaces per personal account (Russian, Cyrillic)."""
    people = [v.ru_person(g) for _ in range(g.rows)]
    places = [g.rnd.choice(v.RU_PLACES) for _ in range(g.rows)]
    accountants = _staff(g, 3, "ru")
    inn_uk = v.ru_inn_company(g)
    parking = [g.rnd.random() < 0.4 for _ in range(g.rows)]

    def dob() -> str:
        d = g.birth(1940, 2005)
        return f"{d.day:02d}.{d.month:02d}.{d.year}"

    def note() -> str:
        return g.rnd.choice(["Рассрочка на 3 мес.", f"Собственник {v.ru_person(g)[2]} проживает в Москве",
                             "Перерасчёт за отопление", f"Оплачивает дочь {v.ru_person(g, True)[0]}",
                             "Передано в суд"])

    return Table("ук_заречье.начисления_жку", "ru", "snake", [
        c("id", N, "BIGINT", g.keys(1), "decoy", KEY),
        c("лицевой_счет", N, "VARCHAR", g.col(lambda: "16" + g.digits(8)), "decoy", SHAPE),
        c("фамилия", "last_name", "VARCHAR", [p[2] for p in people]),
        c("имя", "first_name", "VARCHAR", [p[0] for p in people]),
        c("отчество", "first_name", "VARCHAR", [p[1] for p in people], "patronymic"),
        c("дата_рожд", "date_of_birth", "VARCHAR", g.col(dob, 0.15)),
        c("снилс", "ssn", "VARCHAR", g.col(lambda: v.snils(g), 0.3)),
        c("инн", "national_id", "VARCHAR", g.col(lambda: v.ru_inn_person(g), 0.5)),
        c("паспорт", "national_id", "VARCHAR", g.col(lambda: v.ru_passport(g), 0.2)),
        c("тел_моб", "phone", "VARCHAR", g.phones("RU", {"national": 0.5, "intl": 0.3, "e164": 0.2}, 0.95, 0.05)),
        c("email", "email", "VARCHAR", [None if g.rnd.random() < 0.35 else v.email_of(g, p[0], p[2], v.DOMAINS["ru"])
                                        for p in people]),
        c("адрес", "street_address", "VARCHAR", g.col(
            lambda: f"{g.rnd.choice(v.RU_STREETS)}, д. {g.rnd.randint(1, 120)}, кв. {g.rnd.randint(1, 280)}"),
          PREMISES),
        c("индекс", "postal_code", "VARCHAR", [p[1] for p in places]),
        c("город", "city", "VARCHAR", [p[0] for p in places]),
        c("площадь_м2", N, "DECIMAL(6,1)", g.col(lambda: round(g.rnd.uniform(28, 118), 1)), "decoy"),
        c("начислено_руб", N, "DECIMAL(10,2)", g.amounts(2_400, 11_800), "decoy"),
        c("долг_руб", N, "DECIMAL(10,2)", g.amounts(0, 48_000), "decoy"),
        c("машиноместо", N, "VARCHAR", [f"ММ-{g.rnd.randint(1, 240):03d}" if p else None for p in parking], "decoy"),
        c("гос_номер", N, "VARCHAR", [v.ru_plate(g) if p else None for p in parking], "decoy"),
        c("ук_наименование", N, "VARCHAR", ["ООО «УК Заречье»"] * g.rows, "business"),
        c("инн_ук", N, "VARCHAR", [inn_uk] * g.rows, "business", SHAPE),
        c("номер_договора", N, "VARCHAR", g.col(lambda: v.inn_decoy(g)), "decoy", SHAPE),
        c("бухгалтер", "person_name", "VARCHAR", g.col(g.pick(accountants)), STAFF),
        c("примечание", "free_text", "VARCHAR", g.sparse(note, 0.8, _words("нет", "—")), NULLWORD),
        c("доп_поле_1", N, "VARCHAR", g.col(lambda: g.code("ИПУ-99999"), 0.3), "decoy", CODE),
        c("доп_поле_2", "phone", "VARCHAR", g.phones("RU", {"national": 0.7, "e164": 0.3}, 0.9, 0.55), CUSTOM),
    ])


def tr_aidat_otopark(g: Gen) -> Table:
    """An Ataşehir (Istanbul) residential complex management's dues and parking (Turkish, snake case)."""
    births = g.births(1945, 2004)
    pairs = [v.person(g, "tr") for _ in range(g.rows)]
    let = [g.rnd.random() < 0.2 for _ in range(g.rows)]
    managers = _staff(g, 2, "tr")
    cashiers = _staff(g, 3, "tr")
    vkn = v.tr_vkn(g)

    def note() -> str:
        return g.rnd.choice(["Taksitlendirildi", f"Ev sahibi {v.whole(g, 'tr')} ile görüşüldü", "İcra takibi başladı",
                             f"Kiracının eşi {v.given(g, 'tr')} ödeme yapacak", "Otopark kartı yenilendi"])

    def address() -> str:
        place = g.rnd.choice(v.TR_PLACES)
        return f"{g.rnd.choice(v.TR_STREETS)} No:{g.rnd.randint(1, 240)} D:{g.rnd.randint(1, 24)} {place[1]} {place[0]}"

    return Table("site_yonetimi.aidat_otopark", "tr", "snake", [
        c("kayit_id", N, "BIGINT", g.keys(1), "decoy", KEY),
        c("blok", N, "VARCHAR", g.col(g.pick(["A", "B", "C", "D"])), "decoy"),
        c("daire_no", N, "INTEGER", g.ints(1, 96), "decoy"),
        c("ad", "first_name", "VARCHAR", [a for a, _ in pairs]),
        c("soyad", "last_name", "VARCHAR", [b for _, b in pairs]),
        c("tc_kimlik_no", "national_id", "VARCHAR", g.col(lambda: v.tckimlik(g), 0.15)),
        c("dogum_gun", "date_of_birth", "INTEGER", [b.day for b in births], DOB_PART),
        c("dogum_ay", "date_of_birth", "INTEGER", [b.month for b in births], DOB_PART),
        c("dogum_yil", "date_of_birth", "INTEGER", [b.year for b in births], DOB_PART),
        c("cep_tel", "phone", "VARCHAR", g.phones("TR", {"national": 0.6, "intl": 0.2, "e164": 0.2}, 0.95, 0.05)),
        c("eposta", "email", "VARCHAR", [None if g.rnd.random() < 0.3 else v.email_of(g, a, b, v.DOMAINS["tr"])
                                         for a, b in pairs]),
        c("malik_kiraci", N, "VARCHAR", ["Kiracı" if x else "Malik" for x in let], "decoy"),
        c("ev_sahibi_adi", "person_name", "VARCHAR", [v.whole(g, "tr") if x else None for x in let], ROLE, HEAVY),
        c("tebligat_adresi", "street_address", "VARCHAR", [address() if x else None for x in let], HEAVY),
        c("aidat_tutari", N, "DECIMAL(9,2)", g.col(lambda: float(g.rnd.choice([2_850, 3_400, 4_100]))), "decoy"),
        c("gecikme_borcu", N, "DECIMAL(9,2)", g.amounts(0, 24_000), "decoy"),
        c("otopark_no", N, "VARCHAR", g.col(lambda: f"P{g.rnd.randint(1, 3)}-{g.rnd.randint(1, 180):03d}", 0.3),
          "decoy"),
        c("plaka", N, "VARCHAR", g.col(lambda: v.tr_plate(g), 0.3), "decoy"),
        c("abone_no", N, "VARCHAR", g.col(lambda: v.tc_decoy(g)), "decoy", SHAPE),
        c("iade_iban", "iban", "VARCHAR", g.col(lambda: v.spaced_iban(v.tr_iban(g)), 0.6)),
        c("yonetim_vkn", N, "VARCHAR", [vkn] * g.rows, "business", SHAPE),
        c("yonetici", "person_name", "VARCHAR", g.col(g.pick(managers)), STAFF),
        c("tahsildar", "person_name", "VARCHAR", g.col(g.pick(cashiers)), STAFF),
        c("aciklama", "free_text", "VARCHAR", g.sparse(note, 0.8, _words("yok", "belirtilmemiş")), NULLWORD),
        c("ozel_alan_1", N, "VARCHAR", g.col(lambda: g.code("KRT-99999"), 0.3), "decoy", CODE),
        c("ozel_alan_2", "free_text", "VARCHAR", _mixed(g, "TR", "tr"), CUSTOM),
    ])


BUILDERS: list[tuple[Callable[[Gen], Table], int]] = [
    (va_tenant_leases, 650), (gb_viewings, 500), (ca_rental_applications, 420), (za_deposit_register, 380),
    (au_tenancy_bonds, 450), (pa_arrears_cobol, 520), (ie_parking_staging, 360), (nz_maintenance_json, 480),
    (es_recibos_comunidad, 600), (pt_visitas, 420), (nl_huurachterstand, 500), (se_felanmalan, 550),
    (dk_depositum, 320), (ru_nachisleniya, 480), (tr_aidat_otopark, 400),
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
