"""Held-out set v161 for the column classifier: 14 tables of *shipping lines' crew management, ferry passenger
manifests and port security* (seafarer records with discharge books and certificates of competency, crew visas and
sign-on/sign-off, ferry passenger and vehicle manifests, port access passes, stowaway incidents, medical fitness
certificates, wage allotments to families), one system per table and each a different organisation in a different
country, seven with English column names and seven in European Portuguese, Italian, Belgian Dutch, Danish, Turkish,
Russian (Cyrillic names and values) and Argentine Spanish:

* ``hebridean_link.sailing_manifests``: an Oban ferry operator's passenger and vehicle manifests, one row per
  passenger (snake case: DATE birth dates from pensioners to toddlers, nationality codes, the lead passenger's mobile
  and e-mail, home town and postcode district, vehicle registrations and types, an emergency contact and their phone,
  a card kept in clear for phone bookings mostly NULL, booking IPs, pursers, ``misc_1`` holding personal data,
  booking notes mostly NULL words);
* ``salishCoastFerries.crewCertificates``: a Nanaimo coastal ferry operator's crew records (camel case: the birth date
  split into ``birthDay``, ``birthMonth`` and ``birthYear``, SIN, Canadian Maritime Document numbers, certificate of
  competency numbers and types, medical expiry dates, next of kin, home vessels with IMO numbers passing their check,
  payroll numbers spaced like a SIN and failing its check, coordinators, ``customField2`` codes only, the last
  editor's login);
* ``PilbaraPortSecurity.MsicApplications``: a Port Hedland port security office's maritime security identification
  card applications (Pascal case: one or two given names, a previous family name mostly NULL, ``dd/mm/yyyy`` birth
  dates and birthplaces, WA licences and passports in one column, suburbs, employers with ABNs passing their check,
  AusCheck references spaced like a TFN and failing its check, MSIC card numbers, IPs, issuing officers, ``Udf3``);
* ``rslr_psec.stwy_inc``: a Rosslare port security team's clandestine and stowaway incidents found in freight
  (abbreviated: ``sw_fnm``, ``sw_dob`` as stated, nationality codes, trailer numbers and Irish registrations, the
  ferry, hauliers and their phones, the lorry driver with their PPSN mostly NULL, mobile, ``drv_addr_ln1``, the
  townland in ``drv_addr_ln2`` and the Eircode, the Garda member, security officers, incident references of seven
  digits and a letter failing the PPS check, ``udf3`` codes, ``lst_upd_by``);
* ``MARALLOT.ALLOTMENT_EXTRACT``: a Norfolk (Virginia) shipping line's wage allotments to mariners' families, a COBOL
  extract (legacy: padded CHAR, hyphenated names, the middle initial, SSN and phone as numbers with 0 for missing, the
  birth date as a ``YYYYMMDD`` integer, Merchant Mariner Credential reference numbers, the allottee written
  ``SURNAME, GIVEN`` with relationship, address, a second line mostly blank, city, state and ZIP as a number, the
  bank's ABA number passing its check and the account, control numbers of nine digits failing the SSN check, vessels,
  pay clerks, ``ALT-USER-FLD-2`` holding personal data, ``ALT-USER-FLD-3`` codes);
* ``stg_smg_manning.src_pelaut_raw``: a Semarang manning agency's seafarer records landed from its CRM as an opaque
  staging table (``col01`` to ``col20``: whole names, some in capitals and some a single name, ``dd-mm-yyyy`` birth
  dates, NIK encoding the place of registration, the birth date and sex, NPWP half empty, seaman's book numbers,
  kelurahan and postal codes, ranks and certificate levels, registration numbers of sixteen digits failing the NIK's
  rules, the heir (``ahli waris``), principals and vessels, IPs, a custom field with personal data, recruiters,
  timestamps);
* ``rbay_occhealth.seafarer_medicals_json``: a Richards Bay occupational health practice's seafarer medical fitness
  certificates flattened from JSON to dotted keys (``seafarer.name.first``, ``seafarer.id_number`` encoding
  ``seafarer.birth_date``, foreign seafarers' passports mostly NULL, ``seafarer.address.suburb``, ranks, employers and
  their phones, results and colour-vision tests, certificate serials of thirteen digits failing the ID number's check,
  examining doctors, ``meta.ip``, ``meta.app_version``, ``meta.custom2``, restrictions naming people mostly NULL words);
* ``armador_funchal.inscritos_maritimos``: a Funchal shipping company's seafarers (European Portuguese: two family
  names in ``apelidos``, ``dd-mm-yyyy`` birth dates, ``naturalidade``, NIF, Cartão de Cidadão, NISS, the cédula
  marítima (discharge book) and the certificate of competency, ``codigo_postal`` ``9000-123``, the IBAN, the emergency
  contact, vessels, process numbers of nine digits failing the NIF check, HR staff, ``campo_livre_2``);
* ``traghetti_olbia.manifesto_imbarchi``: an Olbia ferry line's passenger and vehicle boarding manifest (Italian: the
  codice fiscale encoding names, birth date, sex and birthplace, identity cards, passports and licences in one column,
  plates, cabins, a card kept in clear mostly NULL, agencies, the travelling companion, check-in staff,
  ``campo_libero_2`` codes only);
* ``terminal_antwerpen.toegangsbadges``: an Antwerp container terminal's port access badges (Belgian Dutch, camel case:
  the rijksregisternummer encoding the birth date and sex, eID card numbers, ``straatEnNummer``, employers with KBO
  numbers passing their check, the employer's contact person, zones, plates, badge numbers of eleven digits failing
  the national number's check, badge administrators, request IPs, ``extraVeld2``);
* ``rederi_frederikshavn.Laegeerklaeringer``: a Frederikshavn ferry company's crew medical fitness certificates
  (Danish, Pascal case: middle names, CPR numbers encoding the birth date, ``dd-mm-yyyy`` birth dates, the examining
  seafarers' doctor, the clinic's phone, next of kin and their phone, certificate numbers written ``DDMMYY-NNNN`` with
  an impossible day, caseworkers, ``Felt2``);
* ``mersin_acente.murettebat_degisimi``: a Mersin ship agency's crew changes and visas (Turkish: vessels with IMO
  numbers, sign-on or sign-off, ``baba_adi``, ``dd.mm.yyyy`` birth dates and birthplaces, T.C. kimlik numbers of
  Turkish crew, Turkish and foreign passports, seaman's books (``gemiadami_cuzdani_no``), visa numbers of foreign crew,
  districts, flights and hotels, request numbers of eleven digits failing the T.C. kimlik check, agency staff,
  ``ek_alan_2`` codes only);
* ``крюинг_новороссийск.моряки``: a Novorossiysk crewing agency's seafarers (Russian, Cyrillic column names and values:
  family name, given name and patronymic, ``dd.mm.yyyy`` birth dates and birthplaces, personal INN, SNILS, internal
  passports, seafarer's identity documents, diplomas (certificates of competency), ranks, vessels and shipowners, the
  next of kin's whole name and phone, contract numbers of twelve digits failing the INN check, managers written
  ``Фамилия И. О.``, ``доп_поле_2``);
* ``remolcadores_bsas.delegaciones_haberes``: a Buenos Aires tug company's wage allotments of its crews to their
  families (Argentine Spanish: DNI written ``28.456.789``, CUIL, the libreta de embarque, the beneficiary written
  ``APELLIDO, Nombre`` with relationship, DNI, mobile, address, localidad and CPA, the CBU and its alias, percentages,
  paperwork numbers written like a CUIT and failing its check, payroll staff, ``campo_libre_2``).

Written **blind**: by someone who has read neither the classifier (``governance_dagster/detect/``) nor its
documentation, tests, changelog, history or notes, only the list of kind names (``governance_dagster/kinds.py``), how
the scorer registers a set (in ``heldout_v2_accuracy.py`` the module docstring, among it its paragraphs on how a column
counts and the two ways to reach the classifier, the import block, the ``SETS`` dict and the ``--db`` help line, read
and edited, never run), v152's two modules and its test in full (their structure and generic helpers were followed; the
``Gen`` helpers were copied), v98's and v146's module docstrings and v98's first helpers, ``tests/heldout_support.py``,
and the module docstrings of the other sets searched for this domain's words (seafarer, crew, ferry, shipping, vessel,
manifest, stowaway) and for the towns chosen here; v79 (merchant shipping, seafarers, ports and marinas) and v109
(offshore workforces) were read further in their docstrings (v14's ferry departures and v106's cruise manifests only
through the lines the search printed), and v79's Esbjerg, Lemmer, Santos, Piraeus and Varna files and earlier sets'
Jacksonville and Surabaya led this set to other towns; every organisation here is invented. The ``Column``/``Table``
classes of v2 and the writer and summary of v4 were used as v152 uses them, not read; the sources of python-stdnum and
phonenumbers and the ruff section of ``pyproject.toml`` were read. No ``ruff format`` was run. The classifier was not
run on this set while it was written, no scorer was run on it, and no score was looked at (the test builds the set
through the scorer's ``SETS`` entry, as v152's test does, and never classifies).

Labeling choices a reader may question:

* a Canadian SIN, an Irish PPSN, a US SSN, a Portuguese NISS and a Russian SNILS are ``ssn``; NIK, NPWP, the South
  African ID number, NIF, the Cartão de Cidadão, the codice fiscale, the rijksregisternummer, Belgian eID card numbers,
  CPR, T.C. kimlik, the personal INN, DNI and CUIL, passports, licences and Russian internal passports are
  ``national_id``; a seafarer's discharge book or identity document (the Canadian Maritime Document, the Indonesian
  buku pelaut, the cédula marítima, the Turkish gemi adamı cüzdanı, the Russian удостоверение личности моряка, the
  libreta de embarque: tag ``seafarer_document``), a certificate of competency or a US Merchant Mariner Credential
  reference (tag ``licence``: the state's number for one mariner) and a visa number of one seafarer (tag ``visa``)
  are ``national_id`` too; a column holding identity documents of several types (``IdentityDocumentNumber``,
  ``numero_documento``) is ``national_id`` (tag ``multi_document``); the seafarer documents, licences, visas,
  passports and Russian passports have no check computed here and are generated by shape; the NISS and SNILS checks
  are computed here with their published weights, the others by python-stdnum;
* booking, sailing, incident, control, registration, process, badge, request, contract, paperwork and payroll
  numbers, certificate serials and numbers, AusCheck references, MSIC card numbers, vehicle registrations, trailer
  numbers, flight numbers and app versions are ``none`` (tag ``decoy``, ``value_shape`` when shaped like an
  identifier; twelve of them fail the check of the personal number they look like: SIN, TFN, PPS, SSN, NIK, SA ID,
  NIF, rijksregisternummer, CPR (an impossible day), T.C. kimlik, INN and CUIT); ranks, certificate types and levels,
  results, zones, nationality codes, relationships, allotment amounts and percentages are ``none``;
* vessels with their IMO numbers, ferry operators' agencies, hauliers, employers, clinics, hotels, principals and
  shipowners with their phones, ABNs and KBO numbers and an ABA routing number are ``none`` (tag ``business``,
  ``check_digit`` where a check digit passes);
* pursers, crewing coordinators, issuing and security officers, pay clerks, recruiters, the practice's examining
  doctors, HR staff, check-in staff, badge administrators, caseworkers, agency staff, managers and payroll staff are
  staff (``person_name``, tag ``staff``); next of kin, emergency contacts, heirs, allottees and beneficiaries (their
  address and DNI too), a travelling companion, a lorry driver found carrying stowaways and his PPSN, the Garda member
  who attended, the employer's contact person for a badge and the outside seafarers' doctor (``Soefartslaege``) are
  personal (tag ``role_word``); the father's given name on a Turkish form (``baba_adi``) is ``first_name`` (tag
  ``role_word``);
* the stowaways' stated names and birth dates are ``first_name``, ``last_name`` and ``date_of_birth`` like anyone's;
* ``SURNAME, GIVEN`` in one column (``ALTE-NAME``, ``beneficiario``), a whole Russian name with the patronymic and a
  name in capitals are ``person_name``; middle names (Danish ``Mellemnavn`` holding family-like names too), a middle
  initial, two given names and the Russian patronymic are ``first_name``; a previous family name and two Portuguese
  family names in one column are ``last_name``;
* a townland, a suburb, a kelurahan, a Turkish ilçe and an Argentine localidad are ``city`` (tag ``locality``), as
  is a birthplace; a US state is ``none``; a second address line holding an apartment is ``street_address`` (tag
  ``split_address``);
* dates of birth as DATE, as ISO, ``dd/mm/yyyy``, ``dd-mm-yyyy`` and ``dd.mm.yyyy`` text, as ``YYYYMMDD`` integers (0
  for missing) and split into day, month and year integers (each part ``date_of_birth``, tag ``split_dob``) are
  ``date_of_birth``; sailing, sign-on, examination, expiry, effective and incident dates and timestamps are ``none``;
* card numbers kept in clear are ``credit_card``; the Portuguese IBAN is ``iban``; a US allotment account and an
  Argentine CBU are ``unclassified`` (tag ``bank_account``, as earlier sets labeled domestic accounts), and so are a
  CBU alias and editors' logins (tag ``username``);
* opaque custom fields holding, by row, a phone, an e-mail or a name are ``free_text`` (tag ``custom_field``); custom
  fields holding codes only are ``none`` (tags ``decoy`` and ``custom_plain``); notes and remarks naming people are
  ``free_text``.

``null_heavy`` means 70-95% NULL, ``nullword_heavy`` 70-95% NULL words or empty strings; rows per table: 240 to 640.
Every value is generated here from :data:`SEED` (one ``random.Random`` per table, named after its builder) with
python-stdnum for check digits, phonenumbers for phone validity and formats, and the lists of
:mod:`benchmarks.classification.heldout_v161_values`, written for v161 (no Faker, no list of real people, no breach
data). Build: ``python -m benchmarks.classification.heldout_v161 [PATH]`` (default ``/tmp/heldout_v161.duckdb``).
Score: ``python -m benchmarks.classification.heldout_v2_accuracy --set v161``.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from datetime import date
from pathlib import Path

from benchmarks.classification import heldout_v4
from benchmarks.classification import heldout_v161_values as v
from benchmarks.classification.heldout_v2 import Column, Table
from benchmarks.classification.heldout_v161_values import NULLISH, SEED, UNCLASSIFIED, Gen, N, c

__all__ = [
    "BUILDERS",
    "DEFAULT_PATH",
    "NULLISH",
    "SEED",
    "UNCLASSIFIED",
    "Column",
    "Gen",
    "Table",
    "build",
    "labels",
    "summary",
    "tables",
]

DEFAULT_PATH = Path("/tmp/heldout_v161.duckdb")

NULLWORD = "nullword_heavy"  # 70-95% NULL words or empty strings
HEAVY = "null_heavy"  # 70-95% NULL
SHAPE = "value_shape"
STAFF = "staff"  # pursers, crewing coordinators, security officers, pay clerks, agency staff (2 to 8 distinct)
ROLE = "role_word"  # a role word (next of kin, allottee, beneficiary, driver, companion, doctor ...) holding people
ABBREV = "abbrev"
KEY = "join_key"
LEGACY = "legacy"
OPAQUE = "opaque"
CUSTOM = "custom_field"  # an opaque custom field holding, by row, a phone, an e-mail or a name (free_text)
PLAIN = "custom_plain"  # an opaque custom field holding codes only (none)
SPLIT_ADDR = "split_address"  # a part of an address in its own column (street_address)
SPLIT_DOB = "split_dob"  # a part of a date of birth in its own column (date_of_birth)
LOCALITY = "locality"  # a townland, a suburb, a kelurahan (city)
LICENCE = "licence"  # a certificate of competency or a mariner credential (national_id)
SEAFARER_DOC = "seafarer_document"  # a discharge book or a seafarer's identity document (national_id)
MULTI_DOC = "multi_document"  # identity documents of several types in one column (national_id)
USERNAME = "username"
BANK = "bank_account"  # a domestic bank account (unclassified)
CHECK = "check_digit"  # a ship's or a business's number passing its own check (none)


def _words(*extra: str) -> tuple[str, ...]:
    return ("", "-", "N/A", "none", "NULL") + extra


def _custom(g: Gen, region: str, lang: str, null: float = 0.3, fmt: str = "national") -> list[str | None]:
    """An opaque custom field: by row a phone, an e-mail or a name (or NULL)."""

    def one() -> str:
        r = g.rnd.random()
        if r < 0.42:
            return g.phone(region, g.rnd.choice([fmt, "e164"]))
        if r < 0.72:
            return v.email_of(g, *v.person(g, lang), v.DOMAINS[lang])
        return v.whole(g, lang)

    return g.col(one, null)


def _codes(g: Gen, codes: list[str], null: float = 0.35) -> list[str | None]:
    """An opaque custom field holding codes only."""
    return g.col(g.pick(codes), null)


def _pad(values: list, width: int) -> list:
    return [None if x is None else f"{str(x)[:width]:<{width}}" for x in values]


def _ymd(d: date | None) -> int:
    return 0 if d is None else d.year * 10_000 + d.month * 100 + d.day


def _opt(g: Gen, make: Callable[[], object], p: float) -> object:
    """``make()`` with probability ``p``, else NULL."""
    return make() if g.rnd.random() < p else None


# -- English-named tables ----------------------------------------------------------------------------------------------


def gb_sailing_manifests(g: Gen) -> Table:
    """An Oban ferry operator's passenger and vehicle manifests, one row per passenger (snake case)."""
    rows = []
    for _ in range(g.rows):
        female = g.rnd.random() < 0.5
        a, b = v.person(g, "gb", female)
        place = g.rnd.choice(v.GB_PLACES)
        car = g.rnd.random() < 0.55
        rows.append(
            {
                "a": a,
                "b": b,
                "born": g.birth(1938, 2021),
                "sex": "F" if female else "M",
                "mail": v.email_of(g, a, b, v.DOMAINS["gb"]),
                "place": place,
                "pc": f"{place[1]} {g.code('9AA')}",
                "reg": g.code("AA99 AAA") if car else None,
                "vtype": g.rnd.choice(["Car", "Car", "Campervan", "Car + caravan", "Motorcycle", "Van"])
                if car
                else None,
                "ec": v.whole(g, "gb") if g.rnd.random() < 0.6 else None,
            }
        )
    pursers = v.staff(g, 4, "gb")
    routes = ["OBN-CRN", "CRN-OBN", "OBN-CLL", "OBN-TRE", "OBN-CSB", "TRE-OBN", "OBN-LSM"]

    def note() -> str:
        return g.rnd.choice(
            [
                f"Travelling with carer {v.whole(g, 'gb')}",
                "Dog in vehicle - pet lounge booked",
                f"Island resident discount checked by {v.given(g, 'gb')}",
                "Oversize vehicle, crew to load last",
                f"Ticket moved from cancelled sailing, spoke to {v.given(g, 'gb', True)}",
            ]
        )

    return Table(
        "hebridean_link.sailing_manifests",
        "en",
        "snake",
        [
            c("manifest_line_id", N, "BIGINT", g.keys(7_300_001), "decoy", KEY),
            c("booking_ref", N, "VARCHAR", g.col(lambda: "HL" + g.code("ZZZZZ9")), "decoy", SHAPE),
            c(
                "sailing_code",
                N,
                "VARCHAR",
                g.col(lambda: f"{g.rnd.choice(routes)} {g.rnd.choice(['0655', '0955', '1240', '1600', '1855'])}"),
                "decoy",
            ),
            c("departure_at", N, "TIMESTAMP", g.moments("2025-04-01", "2025-10-31", 0.0, 6, 19), "decoy"),
            c("pax_forename", "first_name", "VARCHAR", [r["a"] for r in rows]),
            c("pax_surname", "last_name", "VARCHAR", [r["b"] for r in rows]),
            c("pax_date_of_birth", "date_of_birth", "DATE", [r["born"] for r in rows]),
            c("pax_sex", N, "VARCHAR", [r["sex"] for r in rows], "decoy"),
            c(
                "pax_nationality",
                N,
                "VARCHAR",
                g.col(g.pick(["GBR"] * 8 + ["IRL", "DEU", "NLD", "USA", "POL", "FRA"])),
                "decoy",
            ),
            c("lead_pax_mobile", "phone", "VARCHAR", g.phones("GB", {"national": 0.6, "intl": 0.25, "e164": 0.15})),
            c("lead_pax_email", "email", "VARCHAR", [r["mail"] for r in rows]),
            c("home_address", "street_address", "VARCHAR", g.col(lambda: v.street(g, v.GB_STREETS, "gb"), 0.1)),
            c("home_town", "city", "VARCHAR", [r["place"][0] for r in rows]),
            c("home_postcode", "postal_code", "VARCHAR", [r["pc"] for r in rows]),
            c("vehicle_reg", N, "VARCHAR", [r["reg"] for r in rows], "decoy", SHAPE),
            c("vehicle_type", N, "VARCHAR", [r["vtype"] for r in rows], "decoy"),
            c("emergency_contact_name", "person_name", "VARCHAR", [r["ec"] for r in rows], ROLE),
            c(
                "emergency_contact_phone",
                "phone",
                "VARCHAR",
                [g.phone("GB", "national", g.rnd.random() < 0.7) if r["ec"] else None for r in rows],
                ROLE,
            ),
            c("card_number", "credit_card", "VARCHAR", g.col(lambda: v.card(g), 0.84), HEAVY),
            c("booking_ip", "ip_address", "VARCHAR", g.col(g.ip, 0.2)),
            c("purser", "person_name", "VARCHAR", g.col(g.pick(pursers)), STAFF),
            c("misc_1", "free_text", "VARCHAR", _custom(g, "GB", "gb"), CUSTOM),
            c("booking_notes", "free_text", "VARCHAR", g.sparse(note, 0.8, _words("nil", "Nil")), NULLWORD),
        ],
    )


def ca_crew_certificates(g: Gen) -> Table:
    """A Nanaimo coastal ferry operator's crew records, certificates of competency and sign-on dates (camel case)."""
    rows = []
    for _ in range(g.rows):
        female = g.rnd.random() < 0.3
        a, b = v.person(g, "ca", female)
        born = g.birth(1962, 2004)
        place = g.rnd.choice(v.CA_PLACES)
        rows.append(
            {
                "a": a,
                "mid": v.given(g, "ca", female) if g.rnd.random() < 0.45 else None,
                "b": b,
                "born": born,
                "mail": v.email_of(g, a, b, v.DOMAINS["ca"]),
                "place": place,
                "pc": f"{place[1]} {g.code('9A9')}",
                "nok": v.whole(g, "ca", not female) if g.rnd.random() < 0.85 else None,
            }
        )
    vessels = [(f"MV {name}", v.vessel_imo(g)) for name in ["Coastal Arbutus", "Salish Heron", "Gabriola Spirit",
                                                              "Protection Isle", "Nanoose Trader"]]
    vsl = [g.rnd.randrange(len(vessels)) for _ in range(g.rows)]
    coordinators = v.staff(g, 3, "ca")
    logins = sorted({f"{v.latin(v.given(g, 'ca'))[0]}{v.latin(v.person(g, 'ca')[1])}" for _ in range(5)})
    cocs = [
        "Master 500 GT Domestic",
        "Watchkeeping Mate",
        "Chief Engineer, Motor Ship",
        "Second-Class Engineer",
        "Small Vessel Machinery Operator",
        "Bridge Watch Rating",
        "Engine-room Rating",
    ]
    return Table(
        "salishCoastFerries.crewCertificates",
        "en",
        "camel",
        [
            c("crewMemberId", N, "BIGINT", g.keys(40_001), "decoy", KEY),
            c("payrollEmployeeNo", N, "VARCHAR", g.col(lambda: v.sin_decoy(g)), "decoy", SHAPE),
            c("givenName", "first_name", "VARCHAR", [r["a"] for r in rows]),
            c("middleName", "first_name", "VARCHAR", [r["mid"] for r in rows]),
            c("familyName", "last_name", "VARCHAR", [r["b"] for r in rows]),
            c("birthDay", "date_of_birth", "INTEGER", [r["born"].day for r in rows], SPLIT_DOB),
            c("birthMonth", "date_of_birth", "INTEGER", [r["born"].month for r in rows], SPLIT_DOB),
            c("birthYear", "date_of_birth", "INTEGER", [r["born"].year for r in rows], SPLIT_DOB),
            c("sin", "ssn", "VARCHAR", g.col(lambda: v.sin(g), 0.08)),
            c("cdnMaritimeDocNo", "national_id", "VARCHAR", g.col(lambda: g.code("AA999999"), 0.3), SEAFARER_DOC),
            c("cocNumber", "national_id", "VARCHAR", g.col(lambda: g.code("9999999"), 0.1), LICENCE),
            c("cocType", N, "VARCHAR", g.col(g.pick(cocs)), "decoy"),
            c("cocExpiry", N, "DATE", g.days("2025-06-01", "2030-12-31"), "decoy"),
            c("marineMedicalExpiry", N, "DATE", g.days("2025-03-01", "2027-12-31", 0.05), "decoy"),
            c("mobilePhone", "phone", "VARCHAR", g.phones("CA", {"national": 0.5, "dashes": 0.3, "e164": 0.2})),
            c("personalEmail", "email", "VARCHAR", [r["mail"] for r in rows]),
            c("homeAddress", "street_address", "VARCHAR", g.col(lambda: v.street(g, v.CA_STREETS, "ca"))),
            c("homeCity", "city", "VARCHAR", [r["place"][0] for r in rows]),
            c("homePostalCode", "postal_code", "VARCHAR", [r["pc"] for r in rows]),
            c("nextOfKinName", "person_name", "VARCHAR", [r["nok"] for r in rows], ROLE),
            c(
                "nextOfKinPhone",
                "phone",
                "VARCHAR",
                [g.phone("CA", "national") if r["nok"] and g.rnd.random() < 0.9 else None for r in rows],
                ROLE,
            ),
            c("homeVessel", N, "VARCHAR", [vessels[i][0] for i in vsl], "business"),
            c("homeVesselImo", N, "VARCHAR", [vessels[i][1] for i in vsl], "business", CHECK),
            c("lastSignOn", N, "DATE", g.days("2025-01-02", "2025-11-30"), "decoy"),
            c("crewingCoordinator", "person_name", "VARCHAR", g.col(g.pick(coordinators)), STAFF),
            c(
                "customField2",
                N,
                "VARCHAR",
                _codes(g, ["FA-BASIC", "MED-RESTR", "SVOP", "ROC-MC", "MED-A1"], 0.4),
                "decoy",
                PLAIN,
            ),
            c("lastModifiedBy", UNCLASSIFIED, "VARCHAR", g.col(g.pick(logins)), USERNAME),
        ],
    )


def au_msic_applications(g: Gen) -> Table:
    """A Port Hedland port security office's maritime security identification card applications (Pascal case)."""
    rows = []
    for _ in range(g.rows):
        female = g.rnd.random() < 0.3
        a, b = v.person(g, "au", female)
        second = v.given(g, "au", female) if g.rnd.random() < 0.35 else None
        doc = g.rnd.choices(["WA Driver's Licence", "Australian Passport", "Foreign Passport"], [0.6, 0.3, 0.1])[0]
        if doc == "WA Driver's Licence":
            number = g.digits(7)
        elif doc == "Australian Passport":
            number = g.rnd.choice(["PA", "PB", "PE", "RA"]) + g.digits(7)
        else:
            number = g.code("A") + g.digits(7)
        rows.append(
            {
                "title": g.rnd.choice(["Ms", "Mrs", "Miss"]) if female else "Mr",
                "given": f"{a} {second}" if second and second != a else a,
                "b": b,
                "prev": v.person(g, "au")[1] if female and g.rnd.random() < 0.4 else None,
                "born": g.birth(1960, 2006),
                "bp": g.rnd.choice(["Perth", "Port Hedland", "Kalgoorlie", "Geraldton", "Brisbane", "Auckland",
                                    "Manila", "Ho Chi Minh City", "Durban", "Adelaide"]),
                "doc": doc,
                "doc_no": number,
                "mail": v.email_of(g, a, b, v.DOMAINS["au"]),
                "place": g.rnd.choice(v.AU_PLACES),
            }
        )
    employers = [
        ("Spinifex Stevedoring Pty Ltd", v.abn(g)),
        ("Finucane Marine Services", v.abn(g)),
        ("Hedland Towage Pty Ltd", v.abn(g)),
        ("Pilbara Bulk Handling", v.abn(g)),
        ("Turner River Electrical", v.abn(g)),
        ("Nelson Point Labour Hire", v.abn(g)),
    ]
    emp = [g.rnd.randrange(len(employers)) for _ in range(g.rows)]
    officers = v.staff(g, 3, "au")

    def note() -> str:
        return g.rnd.choice(
            [
                f"Referee {v.whole(g, 'au')} could not be reached",
                "Adverse criminal record - sent to AusCheck for review",
                f"Sponsor {v.given(g, 'au')} confirmed operational need",
                "Identity documents sighted in person",
                "Name change - marriage certificate provided",
            ]
        )

    return Table(
        "PilbaraPortSecurity.MsicApplications",
        "en",
        "pascal",
        [
            c("ApplicationId", N, "BIGINT", g.keys(55_001), "decoy", KEY),
            c("AusCheckReference", N, "VARCHAR", g.col(lambda: v.tfn_decoy(g)), "decoy", SHAPE),
            c("Title", N, "VARCHAR", [r["title"] for r in rows], "decoy"),
            c("GivenNames", "first_name", "VARCHAR", [r["given"] for r in rows]),
            c("FamilyName", "last_name", "VARCHAR", [r["b"] for r in rows]),
            c("PreviousFamilyName", "last_name", "VARCHAR", [r["prev"] for r in rows], HEAVY),
            c("DateOfBirth", "date_of_birth", "VARCHAR", [v.dmy(r["born"]) for r in rows]),
            c("PlaceOfBirth", "city", "VARCHAR", [r["bp"] for r in rows]),
            c("IdentityDocumentType", N, "VARCHAR", [r["doc"] for r in rows], "decoy"),
            c("IdentityDocumentNumber", "national_id", "VARCHAR", [r["doc_no"] for r in rows], MULTI_DOC),
            c("ResidentialAddress", "street_address", "VARCHAR", g.col(lambda: v.street(g, v.AU_STREETS, "au"))),
            c("Suburb", "city", "VARCHAR", [r["place"][0] for r in rows], LOCALITY),
            c("Postcode", "postal_code", "VARCHAR", [r["place"][1] for r in rows]),
            c("MobileNumber", "phone", "VARCHAR", g.phones("AU", {"national": 0.6, "e164": 0.2, "intl": 0.2})),
            c("EmailAddress", "email", "VARCHAR", [r["mail"] for r in rows]),
            c("EmployerName", N, "VARCHAR", [employers[i][0] for i in emp], "business"),
            c("EmployerAbn", N, "VARCHAR", [employers[i][1] for i in emp], "business", CHECK),
            c(
                "OperationalNeed",
                N,
                "VARCHAR",
                g.col(g.pick(["Wharf access - stevedoring", "Tug crew", "Contractor - electrical", "Pilot launch",
                              "Ship chandler deliveries"])),
                "decoy",
            ),
            c("CardNumber", N, "VARCHAR", g.col(lambda: "PHP" + g.digits(6), 0.15), "decoy", SHAPE),
            c("CardExpiry", N, "DATE", g.days("2026-01-01", "2029-12-31", 0.15), "decoy"),
            c("SubmittedFromIp", "ip_address", "VARCHAR", g.col(g.ip, 0.05)),
            c("IssuingOfficer", "person_name", "VARCHAR", g.col(g.pick(officers)), STAFF),
            c("Udf3", "free_text", "VARCHAR", _custom(g, "AU", "au"), CUSTOM),
            c("AssessmentNotes", "free_text", "VARCHAR", g.sparse(note, 0.8, _words("nil", "Nil")), NULLWORD),
        ],
    )


def ie_stowaway_incidents(g: Gen) -> Table:
    """A Rosslare port security team's clandestine and stowaway incidents found in freight (abbreviated)."""
    rows = []
    for _ in range(g.rows):
        named = g.rnd.random() < 0.8
        place = g.rnd.choice(v.IE_PLACES)
        irish_driver = g.rnd.random() < 0.55
        rows.append(
            {
                "fnm": g.rnd.choice(["Ahmad", "Mohammed", "Yonas", "Abdul", "Bilal", "Tesfay", "Omar", "Amanuel",
                                     "Karim", "Samir", "Dawit", "Hamza"]) if named else None,
                "lnm": g.rnd.choice(["Rahimi", "Haile", "Osman", "Tekle", "Nazari", "Yusuf", "Berhane", "Hakimi",
                                     "Said", "Mehari", "Ahmadzai", "Ibrahim"]) if named else None,
                "dob": g.birth(1985, 2009) if named and g.rnd.random() < 0.65 else None,
                "drv": v.whole(g, "ie") if irish_driver else v.whole(g, g.rnd.choice(["gb", "be", "dk"])),
                "ppsn": v.pps(g) if irish_driver and g.rnd.random() < 0.35 else None,
                "place": place,
                "irish": irish_driver,
            }
        )
    hauliers = [
        ("Slaney Freight Ltd", g.phone("IE", "national", False)),
        ("Kilrane Haulage", g.phone("IE", "national", False)),
        ("Europort Logistics Ltd", g.phone("IE", "national", False)),
        ("Tuskar Transport", g.phone("IE", "national", False)),
        ("Barrow Valley Freight", g.phone("IE", "national", False)),
    ]
    hl = [g.rnd.randrange(len(hauliers)) for _ in range(g.rows)]
    officers = v.staff(g, 4, "ie")
    gardai = v.staff(g, 6, "ie")
    logins = sorted({f"{v.latin(v.given(g, 'ie'))}.{v.latin(v.person(g, 'ie')[1])}" for _ in range(4)})
    return Table(
        "rslr_psec.stwy_inc",
        "en",
        "abbrev",
        [
            c("inc_id", N, "BIGINT", g.keys(2_001), "decoy", KEY),
            c("inc_ref", N, "VARCHAR", g.col(lambda: v.pps_decoy(g)), "decoy", SHAPE, ABBREV),
            c("inc_dttm", N, "TIMESTAMP", g.moments("2024-06-01", "2025-11-30"), "decoy", ABBREV),
            c("sw_fnm", "first_name", "VARCHAR", [r["fnm"] for r in rows], ABBREV),
            c("sw_lnm", "last_name", "VARCHAR", [r["lnm"] for r in rows], ABBREV),
            c(
                "sw_dob",
                "date_of_birth",
                "VARCHAR",
                [v.dmy(r["dob"]) if r["dob"] else None for r in rows],
                ABBREV,
            ),
            c(
                "sw_nat",
                N,
                "VARCHAR",
                g.col(g.pick(["AFG", "ERI", "SDN", "SYR", "IRQ", "ETH", "SOM", "UNK"])),
                "decoy",
                ABBREV,
            ),
            c("trlr_no", N, "VARCHAR", g.col(lambda: g.code("AAA999999")), "decoy", SHAPE, ABBREV),
            c(
                "veh_reg",
                N,
                "VARCHAR",
                g.col(lambda: f"{g.rnd.choice(['191', '202', '231', '242', '251'])}-WX-{g.rnd.randint(1, 9999)}"),
                "decoy",
                SHAPE,
                ABBREV,
            ),
            c("vsl_nm", N, "VARCHAR", g.col(g.pick(["MV Saltee Star", "MV Tuskar Rock", "MV Hook Head"])), "business"),
            c("hlr_nm", N, "VARCHAR", [hauliers[i][0] for i in hl], "business", ABBREV),
            c("hlr_ph", N, "VARCHAR", [hauliers[i][1] for i in hl], "business", ABBREV),
            c("drv_nm", "person_name", "VARCHAR", [r["drv"] for r in rows], ROLE, ABBREV),
            c("drv_ppsn", "ssn", "VARCHAR", [r["ppsn"] for r in rows], ROLE, ABBREV, HEAVY),
            c(
                "drv_mob",
                "phone",
                "VARCHAR",
                [g.phone("IE", g.rnd.choice(["national", "intl", "e164"])) if r["irish"] else None for r in rows],
                ROLE,
                ABBREV,
            ),
            c(
                "drv_addr_ln1",
                "street_address",
                "VARCHAR",
                [v.street(g, v.IE_STREETS, "ie") if r["irish"] else None for r in rows],
                ROLE,
                ABBREV,
            ),
            c(
                "drv_addr_ln2",
                "city",
                "VARCHAR",
                [r["place"][0] if r["irish"] else None for r in rows],
                LOCALITY,
                ABBREV,
            ),
            c(
                "drv_eircd",
                "postal_code",
                "VARCHAR",
                [f"{r['place'][2]} {g.code('AZZZ')}" if r["irish"] else None for r in rows],
                ABBREV,
            ),
            c("gd_mbr", "person_name", "VARCHAR", g.col(g.pick(gardai), 0.1), ROLE, ABBREV),
            c("sec_ofc", "person_name", "VARCHAR", g.col(g.pick(officers)), STAFF, ABBREV),
            c("udf3", N, "VARCHAR", _codes(g, ["TRLR-SEALED", "CO2-PROBE", "DOG-UNIT", "HGV-XRAY"], 0.4), "decoy",
              PLAIN),
            c("lst_upd_by", UNCLASSIFIED, "VARCHAR", g.col(g.pick(logins)), USERNAME, ABBREV),
        ],
    )


def us_allotments_cobol(g: Gen) -> Table:
    """A Norfolk (Virginia) shipping line's wage allotments to mariners' families, a COBOL extract (padded CHAR,
    numbers for dates, SSN and phone)."""
    rows = []
    for _ in range(g.rows):
        female = g.rnd.random() < 0.2
        a, b = v.person(g, "us", female)
        rel = g.rnd.choice(["SPOUSE", "SPOUSE", "SPOUSE", "MOTHER", "CHILD", "FATHER", "SISTER"])
        aa = v.given(g, "us", not female if rel == "SPOUSE" else None)
        ab = b if rel != "SPOUSE" or g.rnd.random() < 0.8 else v.person(g, "us")[1]
        rows.append(
            {
                "a": a,
                "b": b,
                "allottee": f"{ab.upper()}, {aa.upper()}",
                "rel": rel,
                "place": g.rnd.choice(v.US_PLACES),
            }
        )
    vessels = ["MAERSK TIDEWATER", "LIBERTY HAMPTON", "OCEAN CHESAPEAKE", "ELIZABETH RIVER", "CAPE HENRY TRADER"]
    clerks = [s.upper() for s in v.staff(g, 3, "us")]
    return Table(
        "MARALLOT.ALLOTMENT_EXTRACT",
        "en",
        "cobol",
        [
            c("ALT-REC-NO", N, "VARCHAR", [f"{n:09d}" for n in g.keys(4_100_001, 7)], "decoy", KEY, LEGACY),
            c("ALT-CTL-NO", N, "VARCHAR", g.col(lambda: v.us_ssn_decoy(g)), "decoy", SHAPE, LEGACY),
            c("MMR-LAST-NM", "last_name", "VARCHAR", _pad([r["b"].upper() for r in rows], 20), LEGACY),
            c("MMR-FIRST-NM", "first_name", "VARCHAR", _pad([r["a"].upper() for r in rows], 15), LEGACY),
            c("MMR-MID-INIT", "first_name", "VARCHAR", _pad(g.col(lambda: g.code("A"), 0.3), 1), LEGACY),
            c("MMR-SSN", "ssn", "BIGINT", [int(v.us_ssn(g)) if g.rnd.random() < 0.94 else 0 for _ in rows], LEGACY),
            c(
                "MMR-DOB",
                "date_of_birth",
                "INTEGER",
                [_ymd(g.birth(1958, 2004)) if g.rnd.random() < 0.95 else 0 for _ in rows],
                LEGACY,
            ),
            c("MMR-MMC-REF", "national_id", "VARCHAR", g.col(lambda: g.code("9999999"), 0.1), LICENCE, LEGACY),
            c(
                "MMR-RATING",
                N,
                "VARCHAR",
                _pad(g.col(g.pick(["AB-UNLTD", "OS", "QMED", "BOSUN", "2ND-MATE", "3RD-A-ENG", "CH-COOK"])), 10),
                "decoy",
                LEGACY,
            ),
            c(
                "MMR-PHONE",
                "phone",
                "BIGINT",
                [int(g.phone("US", "digits")) if g.rnd.random() < 0.9 else 0 for _ in rows],
                LEGACY,
            ),
            c("ALTE-NAME", "person_name", "VARCHAR", _pad([r["allottee"] for r in rows], 30), ROLE, LEGACY),
            c("ALTE-REL", N, "VARCHAR", _pad([r["rel"] for r in rows], 8), "decoy", LEGACY),
            c(
                "ALTE-ADDR-1",
                "street_address",
                "VARCHAR",
                _pad(g.col(lambda: v.street(g, v.US_STREETS, "us")), 30),
                ROLE,
                LEGACY,
            ),
            c(
                "ALTE-ADDR-2",
                "street_address",
                "VARCHAR",
                _pad(g.col(lambda: f"APT {g.rnd.randint(1, 40)}{g.rnd.choice('ABCD')}", 0.82), 10),
                SPLIT_ADDR,
                LEGACY,
                HEAVY,
            ),
            c("ALTE-CITY", "city", "VARCHAR", _pad([r["place"][0] for r in rows], 18), LEGACY),
            c("ALTE-ST", N, "VARCHAR", [r["place"][1] for r in rows], "decoy", LEGACY),
            c("ALTE-ZIP", "postal_code", "INTEGER", [int(r["place"][2]) for r in rows], LEGACY),
            c("ALTE-ABA", N, "VARCHAR", g.col(lambda: v.aba(g), 0.05), "business", CHECK, LEGACY),
            c(
                "ALTE-ACCT-NO",
                UNCLASSIFIED,
                "VARCHAR",
                _pad(g.col(lambda: g.digits(g.rnd.randint(8, 12)), 0.05), 17),
                BANK,
                LEGACY,
            ),
            c("ALT-AMT", N, "DOUBLE", g.col(lambda: float(g.rnd.randrange(300, 4_500, 25))), "decoy", LEGACY),
            c("ALT-EFF-DT", N, "INTEGER", [_ymd(g.day("2024-01-01", "2025-11-01")) for _ in rows], "decoy", LEGACY),
            c("VSL-NAME", N, "VARCHAR", _pad(g.col(g.pick(vessels)), 20), "business", LEGACY),
            c("PAY-CLERK", "person_name", "VARCHAR", _pad(g.col(g.pick(clerks)), 20), STAFF, LEGACY),
            c(
                "ALT-USER-FLD-2",
                "free_text",
                "VARCHAR",
                _pad(_custom(g, "US", "us", 0.3, "digits"), 40),
                CUSTOM,
                LEGACY,
            ),
            c(
                "ALT-USER-FLD-3",
                N,
                "VARCHAR",
                _pad(_codes(g, ["GARN", "SAVBOND", "UNION-DUE", "SPLIT2"], 0.5), 9),
                "decoy",
                PLAIN,
                LEGACY,
            ),
        ],
    )


def id_seafarer_staging(g: Gen) -> Table:
    """A Semarang manning agency's seafarer records landed from its CRM as an opaque staging table."""
    rows = []
    for _ in range(g.rows):
        female = g.rnd.random() < 0.12
        a, b = v.person(g, "id", female)
        born = g.birth(1970, 2005)
        name = a if g.rnd.random() < 0.1 else f"{a} {b}"
        rows.append(
            {
                "name": name.upper() if g.rnd.random() < 0.45 else name,
                "a": a,
                "b": b,
                "born": born,
                "nik": v.nik(g, born, female),
                "place": g.rnd.choice(v.ID_PLACES),
                "heir": v.whole(g, "id", not female) if g.rnd.random() < 0.9 else None,
            }
        )
    principals = [
        "PT Samudera Jaya Lines - MV Borobudur Star",
        "Kaltim Bulk Carriers - MV Mahakam Pride",
        "Pacific Reefer Mgmt - MV Java Frost",
        "Tanjung Emas Tankers - MT Kendal Dua",
        "Orient Feeder Co - MV Dieng Express",
    ]
    recruiters = v.staff(g, 4, "id")
    return Table(
        "stg_smg_manning.src_pelaut_raw",
        "en",
        "opaque",
        [
            c("col01", N, "VARCHAR", g.col(g.uuid), "decoy", KEY, OPAQUE),
            c("col02", "person_name", "VARCHAR", [r["name"] for r in rows], OPAQUE),
            c("col03", "date_of_birth", "VARCHAR", [v.dmy(r["born"], "-") for r in rows], OPAQUE),
            c("col04", "national_id", "VARCHAR", [r["nik"] for r in rows], OPAQUE),
            c("col05", "national_id", "VARCHAR", g.col(lambda: v.npwp(g), 0.5), OPAQUE),
            c(
                "col06",
                "national_id",
                "VARCHAR",
                g.col(lambda: g.rnd.choice("EFG") + " " + g.digits(6), 0.05),
                SEAFARER_DOC,
                OPAQUE,
            ),
            c("col07", "phone", "VARCHAR", g.phones("ID", {"e164": 0.4, "national": 0.4, "digits": 0.2}), OPAQUE),
            c("col08", "email", "VARCHAR", [v.email_of(g, r["a"], r["b"], v.DOMAINS["id"]) for r in rows], OPAQUE),
            c("col09", "street_address", "VARCHAR", g.col(lambda: v.street(g, v.ID_STREETS, "id"), 0.05), OPAQUE),
            c("col10", "city", "VARCHAR", [r["place"][0] for r in rows], LOCALITY, OPAQUE),
            c("col11", "postal_code", "VARCHAR", [r["place"][1] for r in rows], OPAQUE),
            c(
                "col12",
                N,
                "VARCHAR",
                g.col(g.pick(["AB", "OS", "Oiler", "Bosun", "Cook", "3rd Officer", "2nd Engineer", "Fitter"])),
                "decoy",
                OPAQUE,
            ),
            c(
                "col13",
                N,
                "VARCHAR",
                g.col(g.pick(["ANT-III", "ANT-IV", "ATT-III", "ATT-IV", "ANT-D", "BST", "RATING-II"])),
                "decoy",
                OPAQUE,
            ),
            c("col14", N, "VARCHAR", g.col(lambda: v.nik_decoy(g)), "decoy", SHAPE, OPAQUE),
            c("col15", "person_name", "VARCHAR", [r["heir"] for r in rows], ROLE, OPAQUE),
            c("col16", N, "VARCHAR", g.col(g.pick(principals), 0.1), "business", OPAQUE),
            c("col17", "ip_address", "VARCHAR", g.col(g.ip, 0.1), OPAQUE),
            c("col18", "free_text", "VARCHAR", _custom(g, "ID", "id", 0.3, "e164"), CUSTOM, OPAQUE),
            c("col19", "person_name", "VARCHAR", g.col(g.pick(recruiters)), STAFF, OPAQUE),
            c("col20", N, "TIMESTAMP", g.moments("2025-01-01", "2025-11-30", 0.0, 7, 20), "decoy", OPAQUE),
        ],
    )


def za_medicals_json(g: Gen) -> Table:
    """A Richards Bay occupational health practice's seafarer medical fitness certificates, exported from its app as
    JSON and flattened to dotted keys."""
    rows = []
    for _ in range(g.rows):
        female = g.rnd.random() < 0.2
        a, b = v.person(g, "za", female)
        born = g.birth(1963, 2005)
        foreign = g.rnd.random() < 0.2
        rows.append(
            {
                "a": a,
                "b": b,
                "born": born,
                "id": None if foreign else v.za_id(g, born, female),
                "passport": g.rnd.choice([g.code("P9999999A"), g.code("A9999999"), g.code("FE999999")])
                if foreign
                else None,
                "mail": v.email_of(g, a, b, v.DOMAINS["za"]),
                "place": g.rnd.choice(v.ZA_PLACES),
                "result": g.rnd.choices(["Fit", "Fit with restrictions", "Temporarily unfit"], [0.8, 0.15, 0.05])[0],
            }
        )
    employers = [
        ("Zululand Towage (Pty) Ltd", g.phone("ZA", "national", False)),
        ("Mhlathuze Marine Services", g.phone("ZA", "national", False)),
        ("Indian Ocean Bunkering", g.phone("ZA", "national", False)),
        ("Bayside Pilot Boats", g.phone("ZA", "national", False)),
        ("Coastal Crewing Agency", g.phone("ZA", "national", False)),
    ]
    emp = [g.rnd.randrange(len(employers)) for _ in range(g.rows)]
    examiners = [f"Dr {s}" for s in v.staff(g, 3, "za")]

    def note() -> str:
        return g.rnd.choice(
            [
                f"Near-coastal only; BP review with GP {v.whole(g, 'za')} in 3 months",
                "Must wear corrective lenses on watch",
                f"Hearing test repeated, results sent to {v.given(g, 'za', True)} at the agency",
                "No lookout duties - colour vision",
                "Insulin dependent - not fit for solo watchkeeping",
            ]
        )

    return Table(
        "rbay_occhealth.seafarer_medicals_json",
        "en",
        "json",
        [
            c("exam.id", N, "VARCHAR", g.col(g.uuid), "decoy", KEY),
            c("certificate.serial", N, "VARCHAR", g.col(lambda: v.za_id_decoy(g)), "decoy", SHAPE),
            c("seafarer.name.first", "first_name", "VARCHAR", [r["a"] for r in rows]),
            c("seafarer.name.last", "last_name", "VARCHAR", [r["b"] for r in rows]),
            c("seafarer.id_number", "national_id", "VARCHAR", [r["id"] for r in rows]),
            c("seafarer.passport_number", "national_id", "VARCHAR", [r["passport"] for r in rows], HEAVY),
            c("seafarer.birth_date", "date_of_birth", "VARCHAR", [r["born"].isoformat() for r in rows]),
            c("seafarer.contact.mobile", "phone", "VARCHAR", g.phones("ZA", {"national": 0.6, "e164": 0.4})),
            c("seafarer.contact.email", "email", "VARCHAR", [r["mail"] for r in rows]),
            c(
                "seafarer.address.street",
                "street_address",
                "VARCHAR",
                g.col(lambda: v.street(g, v.ZA_STREETS, "za"), 0.15),
            ),
            c("seafarer.address.suburb", "city", "VARCHAR", [r["place"][0] for r in rows], LOCALITY),
            c("seafarer.address.postal_code", "postal_code", "VARCHAR", [r["place"][1] for r in rows]),
            c(
                "seafarer.rank",
                N,
                "VARCHAR",
                g.col(g.pick(["Tug Master", "Deckhand", "Marine Engineer", "Pilot Boat Coxswain", "AB", "Cook"])),
                "decoy",
            ),
            c("employer.name", N, "VARCHAR", [employers[i][0] for i in emp], "business"),
            c("employer.phone", N, "VARCHAR", [employers[i][1] for i in emp], "business"),
            c("exam.date", N, "VARCHAR", g.col(lambda: g.weekday("2025-01-06", "2025-11-28").isoformat()), "decoy"),
            c("exam.result", N, "VARCHAR", [r["result"] for r in rows], "decoy"),
            c("exam.vision.colour", N, "VARCHAR", g.col(g.pick(["Pass"] * 9 + ["Fail - lantern test"])), "decoy"),
            c("examiner.name", "person_name", "VARCHAR", g.col(g.pick(examiners)), STAFF),
            c("meta.ip", "ip_address", "VARCHAR", g.col(g.ip, 0.1)),
            c("meta.app_version", N, "VARCHAR", g.col(lambda: g.version((2, 4))), "decoy"),
            c("meta.custom2", "free_text", "VARCHAR", _custom(g, "ZA", "za"), CUSTOM),
            c(
                "notes.restrictions",
                "free_text",
                "VARCHAR",
                g.sparse(note, 0.8, _words("None", "n/a")),
                NULLWORD,
            ),
        ],
    )


# -- tables named in other languages -----------------------------------------------------------------------------------


def pt_inscritos_maritimos(g: Gen) -> Table:
    """A Funchal shipping company's seafarers with their discharge books and certificates (European Portuguese)."""
    rows = []
    for _ in range(g.rows):
        female = g.rnd.random() < 0.15
        a, b = v.person(g, "pt", female)
        rows.append(
            {
                "a": a,
                "b": b,
                "born": g.birth(1962, 2004),
                "bp": g.rnd.choice(v.PT_BIRTHPLACES),
                "place": g.rnd.choice(v.PT_PLACES),
                "mail": v.email_of(g, a, b, v.DOMAINS["pt"]),
                "ec": v.whole(g, "pt", not female) if g.rnd.random() < 0.85 else None,
            }
        )
    tecnicos = v.staff(g, 3, "pt")
    navios = ["N/M Lobo Marinho II", "N/M Desertas Express", "N/T Porto Santo Line", "N/M Garajau", "N/M Ilhéu Chão"]

    def obs() -> str:
        return g.rnd.choice(
            [
                f"Cédula entregue pela esposa {v.whole(g, 'pt', True)}",
                "Renovação do certificado médico em curso na DGRM",
                f"Substitui {v.whole(g, 'pt', False)} no próximo embarque",
                "Formação STCW básica revalidada",
                "Aguarda averbamento da categoria",
            ]
        )

    return Table(
        "armador_funchal.inscritos_maritimos",
        "pt",
        "snake",
        [
            c("id_inscrito", N, "BIGINT", g.keys(3_001), "decoy", KEY),
            c("numero_processo", N, "VARCHAR", g.col(lambda: v.nif_pt_decoy(g)), "decoy", SHAPE),
            c("nome_proprio", "first_name", "VARCHAR", [r["a"] for r in rows]),
            c("apelidos", "last_name", "VARCHAR", [r["b"] for r in rows]),
            c("data_nascimento", "date_of_birth", "VARCHAR", [v.dmy(r["born"], "-") for r in rows]),
            c("naturalidade", "city", "VARCHAR", [r["bp"] for r in rows]),
            c("nif", "national_id", "VARCHAR", g.col(lambda: v.nif_pt(g), 0.03)),
            c("cartao_cidadao", "national_id", "VARCHAR", g.col(lambda: v.cartao_cidadao(g), 0.1)),
            c("niss", "ssn", "VARCHAR", g.col(lambda: v.niss(g), 0.15)),
            c(
                "cedula_maritima",
                "national_id",
                "VARCHAR",
                g.col(lambda: f"{g.rnd.choice(['FNC', 'LX', 'PEN'])}-{g.rnd.randint(1_000, 39_999)}", 0.05),
                SEAFARER_DOC,
            ),
            c(
                "certificado_competencia",
                "national_id",
                "VARCHAR",
                g.col(lambda: f"CC{g.digits(6)}/{g.rnd.randint(10, 25)}", 0.2),
                LICENCE,
            ),
            c(
                "categoria",
                N,
                "VARCHAR",
                g.col(g.pick(["Marinheiro", "Contramestre", "Oficial chefe de quarto", "Maquinista prático",
                              "Cozinheiro", "Imediato", "Capitão"])),
                "decoy",
            ),
            c("morada", "street_address", "VARCHAR", g.col(lambda: v.street(g, v.PT_STREETS, "pt"))),
            c(
                "codigo_postal",
                "postal_code",
                "VARCHAR",
                [f"{r['place'][1]}-{g.rnd.randint(0, 999):03d}" for r in rows],
            ),
            c("localidade", "city", "VARCHAR", [r["place"][0] for r in rows]),
            c("telemovel", "phone", "VARCHAR", g.phones("PT", {"national": 0.6, "intl": 0.3, "e164": 0.1})),
            c("email", "email", "VARCHAR", [r["mail"] for r in rows]),
            c(
                "iban",
                "iban",
                "VARCHAR",
                g.col(lambda: v.spaced(v.pt_iban(g)) if g.rnd.random() < 0.4 else v.pt_iban(g), 0.08),
            ),
            c("contacto_emergencia", "person_name", "VARCHAR", [r["ec"] for r in rows], ROLE),
            c("navio_atual", N, "VARCHAR", g.col(g.pick(navios), 0.2), "business"),
            c("data_embarque", N, "DATE", g.days("2024-09-01", "2025-11-30", 0.2), "decoy"),
            c("tecnico_rh", "person_name", "VARCHAR", g.col(g.pick(tecnicos)), STAFF),
            c("campo_livre_2", "free_text", "VARCHAR", _custom(g, "PT", "pt"), CUSTOM),
            c(
                "observacoes",
                "free_text",
                "VARCHAR",
                g.sparse(obs, 0.8, _words("sem observações", "nada a registar")),
                NULLWORD,
            ),
        ],
    )


def it_manifesto_imbarchi(g: Gen) -> Table:
    """An Olbia ferry line's passenger and vehicle boarding manifest (Italian)."""
    rows = []
    for _ in range(g.rows):
        female = g.rnd.random() < 0.5
        a, b = v.person(g, "it", female)
        born = g.birth(1940, 2020)
        bp = g.rnd.choice(v.IT_BIRTHPLACES)
        doc = v.it_document(g) if born.year < 2008 or g.rnd.random() < 0.3 else ("", None)
        car = g.rnd.random() < 0.5
        rows.append(
            {
                "a": a,
                "b": b,
                "born": born,
                "cf": v.codice_fiscale(a, b, born, female, bp[1]),
                "bp": bp[0],
                "doc": doc,
                "mail": v.email_of(g, a, b, v.DOMAINS["it"]),
                "plate": g.code("AA 999AA") if car else None,
                "vtype": g.rnd.choice(["Auto", "Auto", "Camper", "Moto", "Auto + carrello"]) if car else None,
                "comp": v.whole(g, "it") if g.rnd.random() < 0.45 else None,
            }
        )
    addetti = v.staff(g, 5, "it")
    agenzie = ["Gallura Viaggi", "Smeralda Tour Operator", "Agenzia Marittima Tavolara", "vendita online",
               "biglietteria porto Isola Bianca"]

    def nota() -> str:
        return g.rnd.choice(
            [
                f"Passeggero con ridotta mobilità, accompagnato da {v.whole(g, 'it')}",
                "Animale a bordo in cabina pet",
                f"Cambio nominativo richiesto da {v.given(g, 'it', True)}",
                "Veicolo con carico sporgente",
                "Imbarco prioritario",
            ]
        )

    return Table(
        "traghetti_olbia.manifesto_imbarchi",
        "it",
        "snake",
        [
            c("id_imbarco", N, "BIGINT", g.keys(910_001), "decoy", KEY),
            c("codice_prenotazione", N, "VARCHAR", g.col(lambda: g.code("ZZZZZZ")), "decoy", SHAPE),
            c(
                "corsa",
                N,
                "VARCHAR",
                g.col(g.pick(["OLB-CIV 22:30", "CIV-OLB 22:00", "OLB-LIV 21:00", "OLB-GOA 20:30", "GOA-OLB 21:30"])),
                "decoy",
            ),
            c("data_partenza", N, "DATE", g.days("2025-05-15", "2025-09-30"), "decoy"),
            c("cognome", "last_name", "VARCHAR", [r["b"] for r in rows]),
            c("nome", "first_name", "VARCHAR", [r["a"] for r in rows]),
            c("codice_fiscale", "national_id", "VARCHAR", [r["cf"] for r in rows]),
            c("data_nascita", "date_of_birth", "VARCHAR", [v.dmy(r["born"]) for r in rows]),
            c("luogo_nascita", "city", "VARCHAR", [r["bp"] for r in rows]),
            c("tipo_documento", N, "VARCHAR", [r["doc"][0] for r in rows], "decoy"),
            c("numero_documento", "national_id", "VARCHAR", [r["doc"][1] for r in rows], MULTI_DOC),
            c("cellulare", "phone", "VARCHAR", g.phones("IT", {"national": 0.6, "intl": 0.2, "e164": 0.2})),
            c("email", "email", "VARCHAR", [r["mail"] for r in rows]),
            c("targa_veicolo", N, "VARCHAR", [r["plate"] for r in rows], "decoy", SHAPE),
            c("tipo_veicolo", N, "VARCHAR", [r["vtype"] for r in rows], "decoy"),
            c(
                "sistemazione",
                N,
                "VARCHAR",
                g.col(g.pick(["Passaggio ponte", "Poltrona", "Cabina interna 4 letti", "Cabina esterna 2 letti"])),
                "decoy",
            ),
            c("carta_pagamento", "credit_card", "VARCHAR", g.col(lambda: v.card(g, False), 0.85), HEAVY),
            c("agenzia", N, "VARCHAR", g.col(g.pick(agenzie)), "business"),
            c("accompagnatore", "person_name", "VARCHAR", [r["comp"] for r in rows], ROLE),
            c("addetto_checkin", "person_name", "VARCHAR", g.col(g.pick(addetti)), STAFF),
            c(
                "campo_libero_2",
                N,
                "VARCHAR",
                _codes(g, ["RES-SARDO", "CONV-ENTE", "PROMO-ESTATE", "GRUPPO", "H-RIDOTTA"], 0.45),
                "decoy",
                PLAIN,
            ),
            c("note", "free_text", "VARCHAR", g.sparse(nota, 0.82, _words("nessuna", "n.d.")), NULLWORD),
        ],
    )


def be_toegangsbadges(g: Gen) -> Table:
    """An Antwerp container terminal's port access badges for workers and contractors (Belgian Dutch, camel case)."""
    rows = []
    for _ in range(g.rows):
        female = g.rnd.random() < 0.2
        a, b = v.person(g, "be", female)
        born = g.birth(1962, 2006)
        rows.append(
            {
                "a": a,
                "b": b,
                "born": born,
                "rrn": v.rijksregister(g, born, female) if g.rnd.random() < 0.92 else None,
                "mail": v.email_of(g, a, b, v.DOMAINS["be"]),
                "place": g.rnd.choice(v.BE_PLACES),
            }
        )
    werkgevers = [
        ("Scheldeport Stevedoring NV", v.kbo(g)),
        ("Kallo Tank Terminal BV", v.kbo(g)),
        ("Lillo Reefer Services", v.kbo(g)),
        ("Zandvliet Lashing BV", v.kbo(g)),
        ("Noordkasteel Marine Services", v.kbo(g)),
        ("Waaslandhaven Logistics NV", v.kbo(g)),
    ]
    wg = [g.rnd.randrange(len(werkgevers)) for _ in range(g.rows)]
    contacts = {i: v.staff(g, 2, "be") for i in range(len(werkgevers))}
    beheerders = v.staff(g, 3, "be")

    def opm() -> str:
        return g.rnd.choice(
            [
                f"Badge verloren, aangifte door {v.whole(g, 'be')}",
                "Veiligheidsopleiding VCA behaald",
                f"Tijdelijke badge tot terugkeer van {v.given(g, 'be', True)}",
                "Toegang kaaimuur enkel met begeleiding",
                "Foto vernieuwen bij volgende verlenging",
            ]
        )

    return Table(
        "terminal_antwerpen.toegangsbadges",
        "nl",
        "camel",
        [
            c("badgeId", N, "BIGINT", g.keys(120_001), "decoy", KEY),
            c("badgeNummer", N, "VARCHAR", g.col(lambda: v.rijksregister_decoy(g)), "decoy", SHAPE),
            c("voornaam", "first_name", "VARCHAR", [r["a"] for r in rows]),
            c("achternaam", "last_name", "VARCHAR", [r["b"] for r in rows]),
            c("geboortedatum", "date_of_birth", "VARCHAR", [v.dmy(r["born"]) for r in rows]),
            c("rijksregisternummer", "national_id", "VARCHAR", [r["rrn"] for r in rows]),
            c("eidKaartnummer", "national_id", "VARCHAR", g.col(lambda: v.eid_card(g), 0.3)),
            c("gsmNummer", "phone", "VARCHAR", g.phones("BE", {"national": 0.6, "intl": 0.3, "e164": 0.1})),
            c("eMail", "email", "VARCHAR", [r["mail"] for r in rows]),
            c("straatEnNummer", "street_address", "VARCHAR", g.col(lambda: v.street(g, v.BE_STREETS, "be"))),
            c("postcode", "postal_code", "VARCHAR", [r["place"][1] for r in rows]),
            c("gemeente", "city", "VARCHAR", [r["place"][0] for r in rows]),
            c("werkgever", N, "VARCHAR", [werkgevers[i][0] for i in wg], "business"),
            c("werkgeverKbo", N, "VARCHAR", [werkgevers[i][1] for i in wg], "business", CHECK),
            c(
                "functie",
                N,
                "VARCHAR",
                g.col(g.pick(["Havenarbeider", "Straddle carrier chauffeur", "Sjorder", "Elektricien", "Planner"])),
                "decoy",
            ),
            c("toegangszones", N, "VARCHAR", g.col(g.pick(["A", "A+B", "A+B+K", "K", "B"])), "decoy"),
            c(
                "nummerplaat",
                N,
                "VARCHAR",
                g.col(lambda: f"{g.rnd.randint(1, 2)}-{g.code('AAA')}-{g.digits(3)}", 0.3),
                "decoy",
                SHAPE,
            ),
            c("geldigTot", N, "DATE", g.days("2025-12-01", "2028-12-31"), "decoy"),
            c(
                "contactpersoonWerkgever",
                "person_name",
                "VARCHAR",
                [g.rnd.choice(contacts[i]) for i in wg],
                ROLE,
            ),
            c("badgebeheerder", "person_name", "VARCHAR", g.col(g.pick(beheerders)), STAFF),
            c("aanvraagIp", "ip_address", "VARCHAR", g.col(g.ip, 0.1)),
            c("extraVeld2", "free_text", "VARCHAR", _custom(g, "BE", "be"), CUSTOM),
            c("opmerkingen", "free_text", "VARCHAR", g.sparse(opm, 0.8, _words("geen", "nvt")), NULLWORD),
        ],
    )


def dk_laegeerklaeringer(g: Gen) -> Table:
    """A Frederikshavn ferry company's crew medical fitness certificates (Danish, Pascal case)."""
    rows = []
    for _ in range(g.rows):
        female = g.rnd.random() < 0.35
        a, b = v.person(g, "dk", female)
        born = g.birth(1960, 2006)
        rows.append(
            {
                "a": a,
                "mid": v.person(g, "dk")[1] if g.rnd.random() < 0.4 else None,
                "b": b,
                "born": born,
                "cpr": v.cpr(g, born, female),
                "mail": v.email_of(g, a, b, v.DOMAINS["dk"]),
                "place": g.rnd.choice(v.DK_PLACES),
                "nok": v.whole(g, "dk", not female) if g.rnd.random() < 0.8 else None,
                "result": g.rnd.choices(
                    ["Egnet", "Egnet med begrænsninger", "Midlertidigt uegnet"], [0.8, 0.15, 0.05]
                )[0],
            }
        )
    laeger = [f"Læge {s}" for s in v.staff(g, 5, "dk")]
    sagsbehandlere = v.staff(g, 3, "dk")
    clinics = [g.phone("DK", "national", False) for _ in range(4)]

    def bem() -> str:
        return g.rnd.choice(
            [
                f"Ny undersøgelse hos {v.whole(g, 'dk')} efter sygemelding",
                "Briller skal bæres under vagt",
                f"Pårørende {v.given(g, 'dk', True)} informeret om begrænsning",
                "Kun tjeneste i nærfart",
                "Syn testet igen - bestået",
            ]
        )

    return Table(
        "rederi_frederikshavn.Laegeerklaeringer",
        "da",
        "pascal",
        [
            c("ErklaeringId", N, "BIGINT", g.keys(18_001), "decoy", KEY),
            c("ErklaeringNr", N, "VARCHAR", g.col(lambda: v.cpr_decoy(g)), "decoy", SHAPE),
            c("Fornavn", "first_name", "VARCHAR", [r["a"] for r in rows]),
            c("Mellemnavn", "first_name", "VARCHAR", [r["mid"] for r in rows]),
            c("Efternavn", "last_name", "VARCHAR", [r["b"] for r in rows]),
            c("CprNummer", "national_id", "VARCHAR", [r["cpr"] for r in rows]),
            c("Foedselsdato", "date_of_birth", "VARCHAR", [v.dmy(r["born"], "-") for r in rows]),
            c("Mobil", "phone", "VARCHAR", g.phones("DK", {"national": 0.7, "e164": 0.3})),
            c("Email", "email", "VARCHAR", [r["mail"] for r in rows]),
            c("Adresse", "street_address", "VARCHAR", g.col(lambda: v.street(g, v.DK_STREETS, "dk"))),
            c("Postnr", "postal_code", "VARCHAR", [r["place"][1] for r in rows]),
            c("By", "city", "VARCHAR", [r["place"][0] for r in rows]),
            c(
                "Stilling",
                N,
                "VARCHAR",
                g.col(g.pick(["Matros", "Styrmand", "Maskinmester", "Kok", "Tjener", "Kaptajn", "Motormand"])),
                "decoy",
            ),
            c("Skib", N, "VARCHAR", g.col(g.pick(["MF Kattegat Ravn", "MF Læsø Vind", "MF Skagerrak Stjerne"])),
              "business"),
            c("UndersoegelsesDato", N, "DATE", g.days("2024-01-02", "2025-11-28"), "decoy"),
            c("GyldigTil", N, "DATE", g.days("2025-06-01", "2027-11-28"), "decoy"),
            c("Resultat", N, "VARCHAR", [r["result"] for r in rows], "decoy"),
            c("Soefartslaege", "person_name", "VARCHAR", g.col(g.pick(laeger)), ROLE),
            c("KlinikTelefon", N, "VARCHAR", g.col(g.pick(clinics)), "business"),
            c("NaermestePaaroerende", "person_name", "VARCHAR", [r["nok"] for r in rows], ROLE),
            c(
                "PaaroerendeTelefon",
                "phone",
                "VARCHAR",
                [g.phone("DK", "national") if r["nok"] and g.rnd.random() < 0.9 else None for r in rows],
                ROLE,
            ),
            c("Sagsbehandler", "person_name", "VARCHAR", g.col(g.pick(sagsbehandlere)), STAFF),
            c("Felt2", "free_text", "VARCHAR", _custom(g, "DK", "dk"), CUSTOM),
            c("Bemaerkninger", "free_text", "VARCHAR", g.sparse(bem, 0.8, _words("ingen", "intet")), NULLWORD),
        ],
    )


def tr_murettebat_degisimi(g: Gen) -> Table:
    """A Mersin ship agency's crew change and visa requests, one row per seafarer signing on or off (Turkish)."""
    rows = []
    for _ in range(g.rows):
        turk = g.rnd.random() < 0.6
        female = g.rnd.random() < 0.08
        if turk:
            a, b = v.person(g, "tr", female)
            passport = "U" + g.digits(8) if g.rnd.random() < 0.5 else None
            nat = "T.C."
        else:
            lang = g.rnd.choice(["ru", "id", "ar"])
            a, b = v.person(g, lang, female)
            nat = {"ru": "Rusya", "id": "Endonezya", "ar": "Arjantin"}[lang]
            passport = {"ru": "75 " + g.digits(7), "id": g.code("C9999999"), "ar": g.code("AAA999999")}[lang]
        rows.append(
            {
                "a": a,
                "b": b,
                "father": g.rnd.choice(v.NAMES["tr"][0]) if turk else None,
                "born": g.birth(1964, 2005),
                "bp": g.rnd.choice(v.TR_BIRTHPLACES) if turk else None,
                "nat": nat,
                "tckn": v.tckn(g) if turk and g.rnd.random() < 0.95 else None,
                "passport": passport,
                "book": f"{g.rnd.choice(['MRS', 'İST', 'İZM', 'TRB'])}-{g.digits(6)}" if turk else None,
                "visa": None if turk else g.code("A9999999"),
                "turk": turk,
                "mail": v.email_of(g, a, b, v.DOMAINS["tr"]),
            }
        )
    gemiler = [(f"M/V {n}", v.vessel_imo(g)) for n in ["Anamur Star", "Taurus Pioneer", "Kızkalesi", "Mezitli Trader",
                                                       "Göksu Bulker"]]
    gm = [g.rnd.randrange(len(gemiler)) for _ in range(g.rows)]
    personel = v.staff(g, 4, "tr")

    def aciklama() -> str:
        return g.rnd.choice(
            [
                f"Eşi {v.whole(g, 'tr', True)} havalimanında karşılayacak",
                "Vize kapıda alınacak, liman şehri vizesi",
                f"Yerine katılacak personel: {v.whole(g, 'tr', False)}",
                "Uçuş değişti, otel bir gece uzatıldı",
                "Sağlık raporu gemiye iletildi",
            ]
        )

    return Table(
        "mersin_acente.murettebat_degisimi",
        "tr",
        "snake",
        [
            c("talep_id", N, "BIGINT", g.keys(61_001), "decoy", KEY),
            c("talep_no", N, "VARCHAR", g.col(lambda: v.tckn_decoy(g)), "decoy", SHAPE),
            c("gemi_adi", N, "VARCHAR", [gemiler[i][0] for i in gm], "business"),
            c("imo_no", N, "VARCHAR", [gemiler[i][1] for i in gm], "business", CHECK),
            c("islem_turu", N, "VARCHAR", g.col(g.pick(["Katılış", "Ayrılış"])), "decoy"),
            c("ad", "first_name", "VARCHAR", [r["a"] for r in rows]),
            c("soyad", "last_name", "VARCHAR", [r["b"] for r in rows]),
            c("baba_adi", "first_name", "VARCHAR", [r["father"] for r in rows], ROLE),
            c("dogum_tarihi", "date_of_birth", "VARCHAR", [r["born"].strftime("%d.%m.%Y") for r in rows]),
            c("dogum_yeri", "city", "VARCHAR", [r["bp"] for r in rows]),
            c("uyruk", N, "VARCHAR", [r["nat"] for r in rows], "decoy"),
            c("tc_kimlik_no", "national_id", "VARCHAR", [r["tckn"] for r in rows]),
            c("pasaport_no", "national_id", "VARCHAR", [r["passport"] for r in rows]),
            c("gemiadami_cuzdani_no", "national_id", "VARCHAR", [r["book"] for r in rows], SEAFARER_DOC),
            c("vize_no", "national_id", "VARCHAR", [r["visa"] for r in rows], "visa"),
            c(
                "cep_telefonu",
                "phone",
                "VARCHAR",
                [g.phone("TR", g.rnd.choice(["national", "e164", "intl"])) if r["turk"] else None for r in rows],
            ),
            c("e_posta", "email", "VARCHAR", [r["mail"] for r in rows]),
            c(
                "ikamet_adresi",
                "street_address",
                "VARCHAR",
                [v.street(g, v.TR_STREETS, "tr") if r["turk"] else None for r in rows],
            ),
            c(
                "ikamet_ilce",
                "city",
                "VARCHAR",
                [g.rnd.choice(v.TR_DISTRICTS) if r["turk"] else None for r in rows],
                LOCALITY,
            ),
            c(
                "ucus_no",
                N,
                "VARCHAR",
                g.col(lambda: f"{g.rnd.choice(['TK', 'PC', 'AJ'])} {g.rnd.randint(100, 3_999)}", 0.2),
                "decoy",
            ),
            c("otel", N, "VARCHAR", g.col(g.pick(["Hotel Liman Park", "Mezitli Sahil Otel", "Yenişehir Palas"]), 0.4),
              "business"),
            c("acente_personeli", "person_name", "VARCHAR", g.col(g.pick(personel)), STAFF),
            c(
                "ek_alan_2",
                N,
                "VARCHAR",
                _codes(g, ["ACİL", "TIBBİ", "KONTRAT-SONU", "TERFİ", "İZİN"], 0.45),
                "decoy",
                PLAIN,
            ),
            c("aciklama", "free_text", "VARCHAR", g.sparse(aciklama, 0.8, _words("yok", "belirtilmemiş")), NULLWORD),
        ],
    )


def ru_moryaki(g: Gen) -> Table:
    """A Novorossiysk crewing agency's seafarers with passports, seafarer's identity documents and diplomas (Russian,
    Cyrillic column names and values)."""
    rows = []
    for _ in range(g.rows):
        female = g.rnd.random() < 0.12
        a, b = v.person(g, "ru", female)
        rows.append(
            {
                "a": a,
                "b": b,
                "pat": v.patronymic(g, female),
                "born": g.birth(1962, 2005),
                "bp": g.rnd.choice(v.RU_BIRTHPLACES),
                "place": g.rnd.choice(v.RU_PLACES),
                "mail": v.email_of(g, a, b, v.DOMAINS["ru"]),
                "kin": v.whole(g, "ru", not female) if g.rnd.random() < 0.85 else None,
            }
        )
    suda = ["т/х «Капитан Рыбальченко»", "т/х «Мысхако»", "т/х «Цемесская бухта»", "т/х «Абрау»", "т/х «Утриш»"]
    vladeltsy = ["ООО «Черноморская линия»", "АО «Кубаньфлот»", "ООО «Цемес Шиппинг»"]
    menedzhery = v.staff(g, 4, "ru")

    def prim() -> str:
        return g.rnd.choice(
            [
                f"Документы передала жена — {v.whole(g, 'ru', True)}",
                "Медкомиссия до марта, продлить",
                f"Рекомендован капитаном {v.whole(g, 'ru', False)}",
                "Сертификаты ГМССБ в порядке",
                "Готов к посадке с 15 числа",
            ]
        )

    return Table(
        "крюинг_новороссийск.моряки",
        "ru",
        "native",
        [
            c("ид", N, "BIGINT", g.keys(8_001), "decoy", KEY),
            c("номер_договора", N, "VARCHAR", g.col(lambda: v.inn_decoy(g)), "decoy", SHAPE),
            c("фамилия", "last_name", "VARCHAR", [r["b"] for r in rows]),
            c("имя", "first_name", "VARCHAR", [r["a"] for r in rows]),
            c("отчество", "first_name", "VARCHAR", [r["pat"] for r in rows]),
            c("дата_рождения", "date_of_birth", "VARCHAR", [r["born"].strftime("%d.%m.%Y") for r in rows]),
            c("место_рождения", "city", "VARCHAR", [r["bp"] for r in rows]),
            c("инн", "national_id", "VARCHAR", g.col(lambda: v.inn_personal(g), 0.1)),
            c("снилс", "ssn", "VARCHAR", g.col(lambda: v.snils(g), 0.15)),
            c(
                "паспорт_рф",
                "national_id",
                "VARCHAR",
                g.col(lambda: f"03 {g.rnd.randint(0, 24):02d} {g.digits(6)}", 0.05),
            ),
            c(
                "удостоверение_моряка",
                "national_id",
                "VARCHAR",
                g.col(lambda: f"{g.rnd.choice(['МА', 'МК', 'РФ'])} {g.digits(7)}", 0.1),
                SEAFARER_DOC,
            ),
            c("диплом_номер", "national_id", "VARCHAR", g.col(lambda: f"НВР {g.digits(6)}", 0.15), LICENCE),
            c(
                "должность",
                N,
                "VARCHAR",
                g.col(g.pick(["матрос", "боцман", "старший помощник", "второй механик", "моторист", "кок"])),
                "decoy",
            ),
            c("телефон", "phone", "VARCHAR", g.phones("RU", {"national": 0.5, "e164": 0.3, "intl": 0.2}, 0.95)),
            c("эл_почта", "email", "VARCHAR", [r["mail"] for r in rows]),
            c("адрес", "street_address", "VARCHAR", g.col(lambda: v.street(g, v.RU_STREETS, "ru"))),
            c("город", "city", "VARCHAR", [r["place"][0] for r in rows]),
            c("индекс", "postal_code", "VARCHAR", [r["place"][1] for r in rows]),
            c("судно", N, "VARCHAR", g.col(g.pick(suda), 0.25), "business"),
            c("судовладелец", N, "VARCHAR", g.col(g.pick(vladeltsy), 0.25), "business"),
            c("родственник", "person_name", "VARCHAR", [r["kin"] for r in rows], ROLE),
            c(
                "телефон_родственника",
                "phone",
                "VARCHAR",
                [g.phone("RU", "national") if r["kin"] and g.rnd.random() < 0.9 else None for r in rows],
                ROLE,
            ),
            c("менеджер", "person_name", "VARCHAR", g.col(g.pick(menedzhery)), STAFF),
            c("доп_поле_2", "free_text", "VARCHAR", _custom(g, "RU", "ru"), CUSTOM),
            c("примечание", "free_text", "VARCHAR", g.sparse(prim, 0.8, _words("нет", "не указано")), NULLWORD),
        ],
    )


def ar_delegaciones_haberes(g: Gen) -> Table:
    """A Buenos Aires tug company's wage allotments of its crews to their families (Argentine Spanish)."""
    rows = []
    for _ in range(g.rows):
        female = g.rnd.random() < 0.1
        a, b = v.person(g, "ar", female)
        born = g.birth(1962, 2004)
        dni = 14_000_000 + (born.year - 1962) * 750_000 + g.rnd.randint(0, 1_500_000)
        bf = g.rnd.random() < 0.8 if not female else False
        ba, bb = v.person(g, "ar", bf)
        rows.append(
            {
                "a": a,
                "b": b,
                "born": born,
                "dni": dni,
                "cuil": v.cuil(g, dni, female),
                "ben": f"{(b if g.rnd.random() < 0.5 else bb).upper()}, {ba}",
                "rel": g.rnd.choice(["Cónyuge", "Cónyuge", "Hijo/a", "Madre", "Concubina/o"]),
                "ben_dni": g.rnd.randint(14_000_000, 48_000_000),
                "place": g.rnd.choice(v.AR_PLACES),
                "alias": ".".join(g.rnd.sample(["MAR", "ANCLA", "PUERTO", "SOL", "RIO", "CASA", "LUNA", "BOCA",
                                                "BARCO", "FARO", "NUBE", "PINO"], 3)),
            }
        )
    remolcadores = ["RA Tehuelche II", "RA Quilmes", "RA Riachuelo", "RA Dock Sud", "RA Isla Maciel"]
    liquidadores = v.staff(g, 3, "ar")

    def obs() -> str:
        return g.rnd.choice(
            [
                f"Cambio de beneficiaria a pedido de {v.whole(g, 'ar', True)}",
                "Cuota alimentaria por oficio judicial",
                f"Consultar con {v.given(g, 'ar')} de RRHH antes de liquidar",
                "CBU rechazado el mes anterior, verificado",
                "Delegación suspendida por licencia",
            ]
        )

    return Table(
        "remolcadores_bsas.delegaciones_haberes",
        "es",
        "snake",
        [
            c("id_delegacion", N, "BIGINT", g.keys(24_001), "decoy", KEY),
            c("nro_tramite", N, "VARCHAR", g.col(lambda: v.cuit_decoy(g)), "decoy", SHAPE),
            c("tripulante_apellido", "last_name", "VARCHAR", [r["b"] for r in rows]),
            c("tripulante_nombres", "first_name", "VARCHAR", [r["a"] for r in rows]),
            c("tripulante_dni", "national_id", "VARCHAR", [f"{r['dni']:,}".replace(",", ".") for r in rows]),
            c("tripulante_cuil", "national_id", "VARCHAR", [r["cuil"] for r in rows]),
            c("tripulante_fecha_nac", "date_of_birth", "VARCHAR", [v.dmy(r["born"]) for r in rows]),
            c(
                "libreta_embarque",
                "national_id",
                "VARCHAR",
                g.col(lambda: f"{g.digits(6)}-{g.code('A')}", 0.08),
                SEAFARER_DOC,
            ),
            c(
                "cargo",
                N,
                "VARCHAR",
                g.col(g.pick(["Patrón", "Marinero", "Conductor de máquinas", "Cocinero", "Timonel"])),
                "decoy",
            ),
            c("remolcador", N, "VARCHAR", g.col(g.pick(remolcadores)), "business"),
            c("beneficiario", "person_name", "VARCHAR", [r["ben"] for r in rows], ROLE),
            c("beneficiario_parentesco", N, "VARCHAR", [r["rel"] for r in rows], "decoy"),
            c("beneficiario_dni", "national_id", "VARCHAR", [str(r["ben_dni"]) for r in rows], ROLE),
            c(
                "beneficiario_celular",
                "phone",
                "VARCHAR",
                g.phones("AR", {"national": 0.5, "intl": 0.3, "e164": 0.2}, 0.9, 0.1),
                ROLE,
            ),
            c(
                "beneficiario_domicilio",
                "street_address",
                "VARCHAR",
                g.col(lambda: v.street(g, v.AR_STREETS, "ar")),
                ROLE,
            ),
            c("beneficiario_localidad", "city", "VARCHAR", [r["place"][0] for r in rows], LOCALITY),
            c("beneficiario_cp", "postal_code", "VARCHAR", [r["place"][1] + g.code("AAA") for r in rows]),
            c("cbu", UNCLASSIFIED, "VARCHAR", g.col(lambda: v.cbu(g), 0.05), BANK),
            c("alias_cbu", UNCLASSIFIED, "VARCHAR", [r["alias"] if g.rnd.random() < 0.6 else None for r in rows],
              USERNAME),
            c("porcentaje", N, "DOUBLE", g.col(g.pick([25.0, 30.0, 40.0, 50.0, 60.0])), "decoy"),
            c("liquidador", "person_name", "VARCHAR", g.col(g.pick(liquidadores)), STAFF),
            c("campo_libre_2", "free_text", "VARCHAR", _custom(g, "AR", "ar"), CUSTOM),
            c(
                "observaciones",
                "free_text",
                "VARCHAR",
                g.sparse(obs, 0.8, _words("sin observaciones", "s/o")),
                NULLWORD,
            ),
        ],
    )


BUILDERS: list[tuple[Callable[[Gen], Table], int]] = [
    (gb_sailing_manifests, 540),
    (ca_crew_certificates, 300),
    (au_msic_applications, 340),
    (ie_stowaway_incidents, 240),
    (us_allotments_cobol, 460),
    (id_seafarer_staging, 560),
    (za_medicals_json, 320),
    (pt_inscritos_maritimos, 320),
    (it_manifesto_imbarchi, 640),
    (be_toegangsbadges, 380),
    (dk_laegeerklaeringer, 280),
    (tr_murettebat_degisimi, 360),
    (ru_moryaki, 300),
    (ar_delegaciones_haberes, 320),
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
