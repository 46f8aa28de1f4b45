"""Held-out set v55 for the column classifier: 15 tables of *health and care services outside the United States*, one
system per table and each a different provider in a different country, five with English column names (Poland,
India, South Africa, Scotland and Australia) and ten in the country's own language (Spanish, Flemish Dutch, Austrian
German, French, Brazilian Portuguese, Italian, Norwegian, Finnish, Korean in Hangul and Greek in Greek script), in
snake, camel, Pascal and SCREAMING case, with HL7-segment names, abbreviations and opaque custom fields:

* ``farmacia_delicias.dispensaciones``: a Zaragoza community pharmacy's dispensing records (``pac_apellido1``,
  ``dni_nie``, ``num_ss``; the drug under ``nombre``, the prescription number, the Código Nacional and GTIN with
  their check digits, the batch, the prescriber's collegiate number, the pharmacy's own ``contacto``, an opaque
  ``campo_extra_2`` holding the person authorised to collect);
* ``tandartspraktijk.PatientRecalls``: a Ghent dental practice's patients and recalls (Pascal case:
  ``Rijksregisternummer``, ``GsmNummer``, the dentist's RIZIV number, the practice's switchboard under ``Contact``,
  opaque ``ExtraVeld1``/``ExtraVeld2``);
* ``physio_graz.tb_termine``: a Graz physiotherapy practice's appointments (``svnr``, ``mitversichert_bei``, the
  referring GP and his practice's address, a SEPA ``iban_lastschrift``, the practice's UID);
* ``OPTIQUE.ORDO_CLIENTS``: a Montpellier optician's prescriptions from a legacy SCREAMING export (``NIR``,
  ``NOM_JF``, refraction values, the lens under ``NOM_VERRE``, the ophthalmologist's RPPS, a card kept in clear for
  payment in instalments and its last four digits, padded values);
* ``ctms_site014.screening_log``: a Łódź clinical-trial site's screening log (English: PESEL, the investigator's
  PWZ licence number, IWRS kit numbers, a travel-refund IBAN);
* ``lis_campinas.hl7_orm_amostras``: a Campinas private laboratory's sample registrations as its LIS stores the HL7
  ORM messages (``pid_3_cpf``, ``pid_3_cns``, ``pid_5_nome``, ``pid_6_nome_mae``, ``pid_7_dt_nasc`` as an HL7 date,
  ``spm_2_cod_amostra``, the collecting unit's address under ``endereco_unidade``);
* ``avis_emoteca.donatori``: a Reggio Emilia blood bank's donors (codice fiscale, ABO and Rh, ISBT 128-like
  donation numbers with their mod 37-2 check character, the selecting physician);
* ``hjemmetjenesten.besok``: a Trondheim home-care service's visits and carers (camel case: ``fodselsnummer``,
  ``nokkelboksKode``, ``parorendeNavn``, GPS coordinates of the visit);
* ``kuulokeskus.asiakaskortit``: a Tampere hearing-aid clinic's clients and devices (``hetu``, ``etunimet`` and
  ``kutsumanimi``, the device under ``laitteen_nimi``, its GTIN and serial number);
* ``OPD.외래예약``: a Seoul hospital's outpatient appointments (Hangul column names: ``주민등록번호``, ``보호자성명``,
  the department's extension under ``연락처``, the hospital's business registration number);
* ``ivf_athens.κύκλοι_θεραπείας``: an Athens IVF clinic's treatment cycles (Greek script: ``ΑΜΚΑ_ασθενούς``,
  ``ΑΦΜ_ασθενούς``, ``πατρώνυμο``, the partner's name and AMKA, the embryologist);
* ``carepulse_api.consultations``: a Pune telehealth app's consultations (camel case: ``abhaNumber``,
  ``aadhaarMasked``, ``kycAadhaar``, ``clientIp``, an intake form as JSON, the pharmacy partner's GSTIN);
* ``vaxcentre_dbn.vaccination_register``: a Durban vaccination centre's register (SA ID numbers and passports in one
  ``id_number``, a mixed ``alt_contact``, vaccine batch numbers, the vaccinator's SANC number);
* ``CareHomeSys.ResidentRecords``: a Perthshire care home's residents (Pascal case: CHI numbers, next of kin, power of
  attorney, the home's own address under ``CurrentAddress``);
* ``lumen_ndis.participants``: a Newcastle (NSW) NDIS provider's participants (NDIS and Medicare numbers, nominees,
  key-safe codes, the plan manager's ABN, opaque ``udf_03`` and ``udf_07``).

Written **blind**, like v2 to v53: by someone who has read neither the classifier (``governance_dagster/detect/``) nor
its rules, documentation, tests, changelog or notes, only the list of kind names (``governance_dagster/kinds.py``), how
the scorer registers a set (``heldout_v2_accuracy.py``, read, never run), the *structure* and labeling conventions of
v27 (``heldout_v27.py``, ``heldout_v27_values.py``, its test, ``tests/heldout_support.py``), the module docstrings of
v24 to v53 (to avoid their domains) and the ``Column``/``Table`` classes and writer they build on. The classifier was
not run on this set while it was written, no scorer was run on it, and no score of any set was looked at: nothing here
was adjusted to what the classifier does. Some labels below are quick decisions rather than settled conventions. It
imports no earlier set's value module: its random source, name lists, streets, towns, postal codes and identifier
builders are its own (:mod:`benchmarks.classification.heldout_v55_values`; the generic ``Gen`` helpers were copied
from v27's).

What is new against v2 to v53: health and care providers themselves outside the United States. Earlier sets had
clinics, hospitals, a dental practice, a pharmacy's prescriptions and loyalty card, a blood bank and US, UK, Irish,
Canadian and Australian health data (v25, v26, v29, v33, v34, v36, v37, v39); here the pharmacy counter, the recall
list, the physiotherapy and optician's records, a trial site's screening log, a laboratory's HL7 orders, a donor
register, home-care visits, a hearing-aid clinic, outpatient appointments in Hangul, IVF cycles in Greek, a telehealth
API, a vaccination register, a care home and an NDIS provider.

* health data naming no person (tag ``clinical``, all ``none``): diagnoses and ICD-10 codes, refraction values,
  blood groups and phenotypes, audiometry, laboratory test lists, vaccines, chief complaints, allergies, protocols,
  primary disabilities, screen-failure reasons;
* practitioners' registration numbers (tag ``practitioner_id``, all ``none``: business identifiers): a Spanish
  collegiate number, a Belgian RIZIV number, a French RPPS number (Luhn), a Polish PWZ number (check digit), a
  Brazilian CRM, an Indian medical council registration, a South African SANC number;
* decoys with check digits (tag ``check_digit``, all ``none``): prescription numbers, Spanish Código Nacional and
  GTIN-13 of medicines and hearing aids, laboratory sample barcodes, ISBT 128-like donation numbers (ISO 7064 mod
  37-2), IWRS kit numbers, business numbers (Austrian UID, Norwegian organisasjonsnummer, Finnish Y-tunnus, Korean
  business registration number, Greek ΑΦΜ of the clinic, Brazilian CNPJ, Polish REGON, Indian GSTIN, Australian ABN);
* names and addresses that are not people's (tag ``misleading``): ``nombre`` (a drug), ``NOM_VERRE`` (a lens),
  ``laitteen_nimi`` (a hearing aid), ``Contact`` and ``연락처`` (the provider's own switchboard or extension),
  ``endereco_unidade`` and ``CurrentAddress`` (the provider's own address); and the reverse: ``ExtraVeld1``,
  ``udf_03`` and ``campo_extra_2`` (opaque custom fields holding a phone number, an e-mail address and a name, tag
  ``opaque``; ``ExtraVeld2`` and ``udf_07`` beside them hold allergies and shift preferences: ``none``);
* HL7 v2 segment-field names (tag ``hl7``): ``pid_5_nome``, ``pid_6_nome_mae``, ``pid_7_dt_nasc`` (an HL7 ``TS``
  string ``YYYYMMDD``: ``date_of_birth``), ``orc_12_medico``, ``obr_34_coletor``, ``nte_3_obs``;
* national identifiers with check digits (python-stdnum) encoding the row's birth date and sex where the number does:
  DNI and NIE, the Spanish social-security number, the Belgian national register number, the Austrian
  social-insurance number, the French NIR, PESEL, CPF and CNS, the codice fiscale, the Norwegian fødselsnummer, the
  Finnish henkilötunnus, the Korean resident registration number, AMKA and the Greek ΑΦΜ of a person, Aadhaar,
  the South African ID number, the Scottish CHI number (NHS modulus 11), the Australian Medicare number; the NDIS and
  ABHA numbers (no public check digit) by their shape. IBANs of Austria, Poland and Greece, a card number in clear;
* phones of fifteen countries (phonenumbers), in national, international, E.164 and digit-only formats.

Labeling choices a reader may question:

* a patient's or resident's health-insurance, health-card or social-security number (NSS, CNS, CHI, Medicare,
  NDIS, ABHA, AMKA) is ``national_id``, like the national ID numbers: each names one person; a passport number in the
  same column as SA ID numbers keeps the column ``national_id``; a Greek ΑΦΜ of a patient is ``national_id``, the
  clinic's ΑΦΜ ``none``;
* a record number of the provider (``DossierNr``, ``pat_nr``, ``pid_3_prontuario``, ``환자번호``, ``subject_number``,
  ``cod_tessera``) is ``none`` (tag ``join_key``), as v27 labels student and card numbers;
* ``aadhaarMasked`` (``XXXX XXXX 1234``) and ``CB_FIN`` (the card's last four digits) are ``none`` (tag
  ``partial``);
* a father's given name (``πατρώνυμο``) is ``first_name``; a mother's full name (``pid_6_nome_mae``) ``person_name``;
  Finnish ``etunimet`` (all given names) and ``kutsumanimi`` (the name used) are ``first_name``; a woman's birth
  family name (``NOM_JF``) is ``last_name``;
* the home where a carer visits (``adresse``) is ``street_address`` (tag ``premises``), the GPS fix of the visit
  ``none``; a key-safe code is ``none`` (tag ``credential``);
* a GP's, prescriber's, referrer's or support coordinator's name is ``person_name`` (tag ``role_word``); their
  practice's name, address and phone are ``none`` (tag ``business``); a plan manager is a company (``none``);
* ``alt_contact`` (a relative's phone, an e-mail address or a name with a number) is ``free_text`` (tag
  ``mixed_kinds``); JSON holding an emergency contact is ``free_text`` (tag ``json_blob``), a prescription's items as
  JSON ``none`` (tag ``json_plain``);
* ``bydel``, ``bundesland``, ``province``, ``state``, ``prov``, ``pid_11_uf`` and ``시도`` are ``none``; towns,
  suburbs and ``poststed`` are ``city``; a birthplace (``comune_nascita``) is ``city``;
* a chief complaint or a screen-failure reason naming no one is ``none`` (tag ``clinical``); notes naming people,
  phones or addresses are ``free_text``.
* there is no US data, so no column is ``ssn``: every social-security or health-insurance number here is a
  country's own (``national_id``).

Labeling rules otherwise as v2 to v53 (see :mod:`benchmarks.classification.heldout_v27`): a business's address, phone,
postal code and city are ``none`` (tag ``business``); staff names are ``person_name`` (a first name alone
``first_name``); a login is ``unclassified`` (tag ``username``). ``null_heavy`` means 50-95% NULL, ``nullword_heavy``
70-95% NULL words.

Every value is generated here from :data:`SEED` (one ``random.Random`` per table, named after its builder) with
python-stdnum for check digits, phonenumbers for phone validity and formats, and the lists of names, streets and
towns of :mod:`benchmarks.classification.heldout_v55_values`, written for v55 (no Faker, no list of real people, no
breach data). Build: ``python -m benchmarks.classification.heldout_v55 [PATH]`` (default
``/tmp/heldout_v55.duckdb``). Score: ``python -m benchmarks.classification.heldout_v2_accuracy --set v55``.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Callable
from datetime import timedelta
from pathlib import Path

from benchmarks.classification import heldout_v4
from benchmarks.classification import heldout_v55_values as v
from benchmarks.classification.heldout_v2 import Column, Table
from benchmarks.classification.heldout_v55_values import NULLISH, SEED, USERNAME, Gen, N, c

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

DEFAULT_PATH = Path("/tmp/heldout_v55.duckdb")

NULLWORD = "nullword_heavy"  # 70-95% NULL-like strings, placeholders and empty strings (few real NULLs)
HEAVY = "null_heavy"  # 50-95% NULL
SHAPE = "value_shape"
MISLEADING = "misleading"
STAFF = "staff"  # staff named in a column with few distinct values
ROLE = "role_word"  # a role word (prescriber, guardian, next of kin, nominee, partner ...) holding people
ABBREV = "abbrev"
AUDIT = "audit"
USER = "username"
PREMISES = "premises"  # a person's home named as the place of a visit
KEY = "join_key"  # an id, record number, foreign key or UUID (none)
ROLE_EMAIL = "role_email"  # a role-named column holding people's e-mail addresses
JSON = "json_blob"  # a JSON document in a cell holding personal data (free_text)
JSON_PLAIN = "json_plain"  # a JSON document in a cell holding no personal data (none)
PLACEHOLDER = "placeholder"  # a personal column some of whose cells are placeholders (00000000T, test@test.com)
TOKEN = "tokenized"  # a processor's or a push service's token (none)
PARTIAL = "partial"  # a masked number or the last four digits of one (none)
CREDENTIAL = "credential"  # a key-safe code or a push token (none)
CHECK = "check_digit"  # a decoy whose values pass a check-digit algorithm (none)
PRACT = "practitioner_id"  # a health professional's registration number (a business identifier: none)
CLINICAL = "clinical"  # health data naming no person (none)
OPAQUE = "opaque"  # an opaque custom field (UDF_03, ExtraVeld1)
HL7 = "hl7"  # an HL7 v2 segment-field name
MIXED = "mixed_kinds"  # a column mixing several personal kinds (free_text)
PADDED = "padded"  # values padded with trailing spaces by a fixed-width export
COORD = "coordinates"  # a latitude or longitude (none)


def _words(*extra: str) -> tuple[str, ...]:
    return ("", "-", "NULL", "n/a", "N/A") + extra


def _staff(g: Gen, n: int, make: Callable[[Gen], str]) -> list[str]:
    out: set[str] = set()
    while len(out) < n:
        out.add(make(g))
    return sorted(out)


def _logins(g: Gen, n: int, lang: str, style: int) -> list[str]:
    out: set[str] = set()
    while len(out) < n:
        out.add(v.login(*v.person(g, lang), style))
    return sorted(out)


def _dirty(g: Gen, values: list, share: float, placeholders: list[str]) -> list:
    """``values`` with ``share`` of the non-NULL cells replaced by a placeholder (a NULL word of the set)."""
    return [g.rnd.choice(placeholders) if x is not None and g.rnd.random() < share else x for x in values]


def _later(g: Gen, starts: list, lo_min: int, hi_min: int, null: float = 0.0) -> list:
    return [None if s is None or g.rnd.random() < null else s + timedelta(minutes=g.rnd.randint(lo_min, hi_min))
            for s in starts]


def _pool(g: Gen, n: int, make: Callable[[], dict]) -> list[dict]:
    """``n`` people of a provider's register, then one of them per row (people come back)."""
    people = [make() | {"pid": i} for i in range(n)]
    return [g.rnd.choice(people) for _ in range(g.rows)]


def _sex(g: Gen, p_female: float = 0.5) -> bool:
    return g.rnd.random() < p_female


def _titled(g: Gen, lang: str, titles: tuple[str, ...], two_families: bool = False) -> str:
    """A doctor's name with the title of the doctor's sex (``Dr.``/``Dra.``, ``Dott.``/``Dott.ssa``; a third title,
    if any, is no title)."""
    female = _sex(g)
    first, last = v.person(g, lang, female)
    if two_families:
        last = f"{last} {v.family(g, lang)}"
    title = titles[2] if len(titles) > 2 and g.rnd.random() < 0.3 else titles[1 if female else 0]
    return f"{title}{first} {last}"


# -- Spain, Belgium, Austria, France -----------------------------------------------------------------------------------


ES_DRUGS = ["PARACETAMOL CINFA 1 G 40 COMPRIMIDOS EFG", "OMEPRAZOL NORMON 20 MG 28 CAPSULAS EFG",
            "SINTROM 4 MG 20 COMPRIMIDOS", "ENALAPRIL RATIOPHARM 20 MG 28 COMPRIMIDOS EFG",
            "METFORMINA KERN PHARMA 850 MG 50 COMPRIMIDOS EFG", "ATORVASTATINA STADA 20 MG 28 COMPRIMIDOS EFG",
            "ADIRO 100 MG 30 COMPRIMIDOS GASTRORRESISTENTES", "VENTOLIN 100 MCG/PULSACION INHALADOR",
            "LORAZEPAM NORMON 1 MG 50 COMPRIMIDOS EFG", "IBUPROFENO KERN PHARMA 600 MG 40 COMPRIMIDOS EFG",
            "EUTIROX 50 MICROGRAMOS 100 COMPRIMIDOS", "NOLOTIL 575 MG 10 CAPSULAS", ("AMOXICILINA/ACIDO CLAVULANICO "
            "SANDOZ 875/125 MG 30 SOBRES"), "SALBUTAMOL ALDO-UNION 100 MCG INHALADOR EFG"]


def es_farmacia(g: Gen) -> Table:
    """A Zaragoza community pharmacy's dispensing records (Spanish, abbreviated snake case): the dispensing and patient
    ids, the time, the e-prescription number (Luhn), the prescription type, the Código Nacional and the GTIN
    dispensed (check digits), the drug under ``nombre`` (``none``, tag ``misleading``), batch, expiry, units, price and
    co-payment, the patient's given name and two family names, DNI or NIE (some ``00000000T``), social-security
    number (mostly NULL), birth date, phone, home, postcode and town, home delivery, the prescriber and his collegiate
    number, the pharmacist (few), the POS login, notes naming people, the pharmacy's own ``contacto`` and the opaque
    ``campo_extra_2`` (the person authorised to collect, mostly NULL)."""
    cns = {d: f"{g.rnd.randint(600_000, 999_999)}" for d in ES_DRUGS}
    staff = _staff(g, 4, lambda x: f"{v.given(x, 'es')} {v.family(x, 'es')}")
    tills = _logins(g, 4, "es", 1)
    doctors = [(_titled(g, "es", ("Dr. ", "Dra. ", ""), two_families=True),
                f"50{g.rnd.randint(1_000, 9_999):04d}{g.digits(3)}") for _ in range(30)]

    def patient() -> dict:
        female = _sex(g)
        first, last1 = v.person(g, "es", female)
        foreign = g.rnd.random() < 0.15
        town, cp = v.es_place(g)
        return {"first": first, "last1": last1, "last2": None if foreign else v.family(g, "es"),
                "id": v.es_nie(g) if foreign else v.es_dni(g, g.rnd.random() < 0.2), "born": g.birth(1932, 2021),
                "nss": v.es_nss(g) if g.rnd.random() < 0.3 else None,
                "phone": g.phone("ES", g.rnd.choice(["national", "national", "e164", "digits"]),
                                 g.rnd.random() < 0.85),
                "street": v.es_street(g) if g.rnd.random() < 0.93 else None, "cp": cp, "town": town}

    rows = _pool(g, 150, patient)
    drugs = [g.rnd.choice(ES_DRUGS) for _ in range(g.rows)]
    doctor = [g.rnd.choice(doctors) for _ in range(g.rows)]

    def note() -> str:
        return g.rnd.choice([f"Recoge su hija {v.given(g, 'es', True)}, tel. {g.phone('ES', 'national')}",
                             "Revisada interacción con Sintrom", f"Avisar a {v.whole(g, 'es')} cuando llegue el pedido",
                             "Falta de suministro, se sustituye por genérico",
                             f"Entregar en {v.es_street(g)} (vive con su hermano)", "SPD semanal"])

    return Table("farmacia_delicias.dispensaciones", "es", "snake", [
        c("id_disp", N, "BIGINT", g.keys(4_310_001), "decoy", KEY, ABBREV),
        c("id_paciente", N, "INTEGER", [40_117 + 7 * r["pid"] for r in rows], "decoy", KEY),
        c("fecha_disp", N, "TIMESTAMP", g.moments("2025-09-01", "2025-12-20"), "decoy", ABBREV),
        c("num_receta", N, "VARCHAR", g.col(lambda: v.luhn_code(g, "5020", 16)), "decoy", CHECK, SHAPE),
        c("tipo_receta", N, "VARCHAR", g.col(g.pick(["Electrónica SNS", "Electrónica SNS", "Privada papel",
                                                      "MUFACE"])), "decoy"),
        c("cn", N, "VARCHAR", [f"{cns[d]}.{v.ean.calc_check_digit('847000' + cns[d])}" for d in drugs], "decoy",
          CHECK, ABBREV),
        c("gtin", N, "VARCHAR", [f"847000{cns[d]}{v.ean.calc_check_digit('847000' + cns[d])}" for d in drugs],
          "decoy", CHECK),
        c("nombre", N, "VARCHAR", drugs, "decoy", MISLEADING),
        c("lote", N, "VARCHAR", g.col(lambda: g.code(g.rnd.choice(["A99ZZ99", "99999999", "AA9999A"]))), "decoy",
          SHAPE),
        c("caducidad", N, "DATE", g.days("2026-03-01", "2029-12-31"), "decoy"),
        c("unidades", N, "INTEGER", g.ints(1, 3), "decoy"),
        c("pvp", N, "DECIMAL(8,2)", g.amounts(1.5, 48.0), "decoy"),
        c("aportacion_pct", N, "INTEGER", g.col(g.pick([0, 10, 40, 50, 60])), "decoy"),
        c("pac_nombre", "first_name", "VARCHAR", [r["first"] for r in rows], ABBREV),
        c("pac_apellido1", "last_name", "VARCHAR", [r["last1"] for r in rows], ABBREV),
        c("pac_apellido2", "last_name", "VARCHAR", [r["last2"] for r in rows], ABBREV),
        c("dni_nie", "national_id", "VARCHAR", _dirty(g, [r["id"] for r in rows], 0.04, ["00000000T"]), PLACEHOLDER),
        c("num_ss", "national_id", "VARCHAR", [r["nss"] for r in rows], HEAVY, ABBREV),
        c("fecha_nac", "date_of_birth", "DATE", [r["born"] for r in rows], ABBREV),
        c("telefono", "phone", "VARCHAR", [r["phone"] for r in rows]),
        c("domicilio", "street_address", "VARCHAR", [r["street"] for r in rows]),
        c("cp", "postal_code", "VARCHAR", [r["cp"] for r in rows], ABBREV),
        c("poblacion", "city", "VARCHAR", [r["town"] for r in rows]),
        c("entrega_domicilio", N, "BOOLEAN", g.yn(True, False, 0.15), "decoy"),
        c("medico_prescriptor", "person_name", "VARCHAR", [d[0] for d in doctor], ROLE),
        c("num_colegiado", N, "VARCHAR", [d[1] for d in doctor], "decoy", PRACT),
        c("farmaceutico", "person_name", "VARCHAR", g.col(g.pick(staff)), STAFF),
        c("usuario_tpv", USERNAME, "VARCHAR", g.col(g.pick(tills)), USER, AUDIT, ABBREV),
        c("observaciones", "free_text", "VARCHAR", g.sparse(note, 0.8, _words("sin datos")), NULLWORD),
        c("contacto", N, "VARCHAR", ["976 55 01 23"] * g.rows, "business", MISLEADING),
        c("campo_extra_2", "person_name", "VARCHAR", g.col(lambda: v.whole(g, "es"), 0.82), OPAQUE, HEAVY),
    ])


def be_tandarts(g: Gen) -> Table:
    """A Ghent dental practice's patients and recalls (Flemish Dutch, Pascal case, a .NET practice program): ids and
    the record number, names, the national register number (dotted or digits), birth date, sex, street, postcode,
    municipality, mobile and landline (mostly NULL), e-mail, the sickness fund, the dentist (few) and her RIZIV number,
    recall dates, type, channel and status, the guardian of minors (mostly NULL), notes, the practice's switchboard
    under ``Contact`` (``none``), the opaque ``ExtraVeld1`` (a work phone) and ``ExtraVeld2`` (allergies), the
    creator's login and the change time."""
    dentists = [(f"Dr. {v.whole(g, 'nl_be', True)}", v.be_riziv(g)) for _ in range(3)]
    creators = _logins(g, 4, "nl_be", 0)

    def patient() -> dict:
        female = _sex(g)
        first, last = v.person(g, "nl_be", female)
        born = g.birth(1938, 2021)
        nn = v.be_nn(g, born, female)
        town, pc = g.rnd.choice(v.BE_PLACES)
        return {"first": first, "last": last, "born": born, "female": female,
                "nn": g.rnd.choice([v._be_nn.format(nn), nn, nn]) if g.rnd.random() < 0.9 else None,
                "street": v.be_street(g), "pc": pc, "town": town,
                "gsm": g.phone("BE", g.rnd.choice(["national", "intl", "e164"])) if g.rnd.random() < 0.9 else None,
                "email": v.email_of(g, first, last, v.DOMAINS["nl_be"]) if g.rnd.random() < 0.75 else None,
                "guardian": v.whole(g, "nl_be") if born.year >= 2008 else None}

    rows = [patient() for _ in range(g.rows)]
    dentist = [g.rnd.choice(dentists) for _ in range(g.rows)]
    last_visit = g.days("2024-06-01", "2025-11-30")

    def note() -> str:
        return g.rnd.choice(["Angstige patiënt, lang gesprek vooraf", f"Moeder ({v.whole(g, 'nl_be', True)}) begeleidt",
                             f"Bellen na 17u op {g.phone('BE', 'national')}", "Beugel bij orthodontist",
                             f"Partner {v.given(g, 'nl_be')} komt ook voor controle", "Gevoelige tandhalzen"])

    return Table("tandartspraktijk.PatientRecalls", "nl", "pascal", [
        c("PatientId", N, "INTEGER", g.keys(20_001), "decoy", KEY),
        c("DossierNr", N, "VARCHAR", g.col(lambda: g.code("D-99999")), "decoy", KEY, ABBREV),
        c("Voornaam", "first_name", "VARCHAR", [r["first"] for r in rows]),
        c("Familienaam", "last_name", "VARCHAR", [r["last"] for r in rows]),
        c("Rijksregisternummer", "national_id", "VARCHAR", [r["nn"] for r in rows]),
        c("Geboortedatum", "date_of_birth", "DATE", [r["born"] for r in rows]),
        c("Geslacht", N, "VARCHAR", ["V" if r["female"] else "M" for r in rows], "decoy"),
        c("Straat", "street_address", "VARCHAR", [r["street"] for r in rows]),
        c("Postcode", "postal_code", "VARCHAR", [r["pc"] for r in rows]),
        c("Gemeente", "city", "VARCHAR", [r["town"] for r in rows]),
        c("GsmNummer", "phone", "VARCHAR", [r["gsm"] for r in rows]),
        c("TelefoonVast", "phone", "VARCHAR", g.phones("BE", {"national": 0.8, "intl": 0.2}, 0.0, 0.7), HEAVY),
        c("Email", "email", "VARCHAR", _dirty(g, [r["email"] for r in rows], 0.05, ["geen", "noemail@noemail.com"]),
          PLACEHOLDER),
        c("Ziekenfonds", N, "VARCHAR", g.col(g.pick(["CM", "Solidaris", "Helan", "Partena", "LM",
                                                      "Neutraal Ziekenfonds Vlaanderen"])), "decoy"),
        c("Tandarts", "person_name", "VARCHAR", [d[0] for d in dentist], STAFF),
        c("RizivTandarts", N, "VARCHAR", [d[1] for d in dentist], "decoy", PRACT, CHECK),
        c("LaatsteControle", N, "DATE", last_visit, "decoy"),
        c("VolgendeRecall", N, "DATE", [d + timedelta(days=g.rnd.choice([182, 182, 365, 91])) for d in last_visit],
          "decoy"),
        c("RecallType", N, "VARCHAR", g.col(g.pick(["Halfjaarlijkse controle", "Mondhygiëne", "Jaarlijkse controle",
                                                     "Controle na extractie"])), "decoy"),
        c("RecallKanaal", N, "VARCHAR", g.col(g.pick(["sms", "e-mail", "brief", "sms"])), "decoy"),
        c("RecallStatus", N, "VARCHAR", g.col(g.pick(["Verstuurd", "Afspraak gemaakt", "Geen reactie",
                                                       "Geannuleerd"])), "decoy"),
        c("AantalHerinneringen", N, "INTEGER", g.ints(0, 3), "decoy"),
        c("Voogd", "person_name", "VARCHAR", [r["guardian"] for r in rows], HEAVY, ROLE),
        c("Notities", "free_text", "VARCHAR", g.col(note, 0.55)),
        c("Contact", N, "VARCHAR", g.col(g.pick(["09 225 14 30", "09 225 14 31"])), "business", MISLEADING),
        c("ExtraVeld1", "phone", "VARCHAR", g.phones("BE", {"national": 0.7, "intl": 0.3}, 0.4, 0.75), OPAQUE, HEAVY),
        c("ExtraVeld2", N, "VARCHAR", g.col(g.pick(["penicilline", "latex", "Marevan", "bloedverdunners",
                                                     "Xarelto", "pacemaker"]), 0.6), "decoy", OPAQUE, CLINICAL),
        c("AangemaaktDoor", USERNAME, "VARCHAR", g.col(g.pick(creators)), USER, AUDIT),
        c("GewijzigdOp", N, "TIMESTAMP", g.moments("2025-01-01", "2025-12-15"), "decoy"),
    ])


def at_physio(g: Gen) -> Table:
    """A Graz physiotherapy practice's appointments (Austrian German, abbreviated snake case): appointment and patient
    numbers, names, the social-insurance number (encoding the birth date), birth date, the insurer, the insured person
    a child or spouse is co-insured with (mostly NULL), street, PLZ, town, Land (``none``), phone, e-mail, the
    referring GP and his practice's address (``none``), the referral number, diagnosis (``none``), the therapist (few),
    times, session, fee, the SEPA IBAN (mostly NULL) and BIC, findings naming people, the practice's site and UID, the
    login who entered the row."""
    therapists = _staff(g, 5, lambda x: v.whole(x, "de_at"))
    gps = [(f"Dr. {v.whole(g, 'de_at')}", f"{v.at_street(g)}, {g.rnd.choice(v.AT_PLACES)[1]} Graz") for _ in range(18)]
    users = _logins(g, 3, "de_at", 2)
    uid = v.at_uid(g)

    def patient() -> dict:
        female = _sex(g)
        first, last = v.person(g, "de_at", female)
        born = g.birth(1940, 2012)
        town, plz = g.rnd.choice(v.AT_PLACES)
        return {"first": first, "last": last, "born": born, "svnr": v.at_svnr(g, born),
                "co": f"{v.given(g, 'de_at')} {last}" if born.year >= 2007 or g.rnd.random() < 0.12 else None,
                "street": v.at_street(g), "plz": plz, "town": town,
                "tel": g.phone("AT", g.rnd.choice(["national", "intl", "e164"]), g.rnd.random() < 0.85),
                "email": v.email_of(g, first, last, v.DOMAINS["de_at"]) if g.rnd.random() < 0.8 else None,
                "iban": v.iban(g, "AT", "9999999999999999", g.rnd.random() < 0.5) if g.rnd.random() < 0.35 else None,
                "gp": g.rnd.choice(gps)}

    rows = _pool(g, 90, patient)

    def befund() -> str:
        return g.rnd.choice(["ROM Knie re. 0-5-110, Quadrizepsschwäche",
                             f"Begleitung durch Tochter {v.given(g, 'de_at')}",
                             f"Rückruf erbeten unter {g.phone('AT', 'national')}", "Schmerz VAS 6/10, Besserung",
                             f"Transport durch Nachbarn Hr. {v.family(g, 'de_at')}", "Heimübungsprogramm erklärt"])

    return Table("physio_graz.tb_termine", "de", "snake", [
        c("termin_id", N, "BIGINT", g.keys(880_001), "decoy", KEY),
        c("pat_nr", N, "INTEGER", [2_300 + r["pid"] for r in rows], "decoy", KEY, ABBREV),
        c("vorname", "first_name", "VARCHAR", [r["first"] for r in rows]),
        c("nachname", "last_name", "VARCHAR", [r["last"] for r in rows]),
        c("svnr", "national_id", "VARCHAR", [r["svnr"] for r in rows], ABBREV),
        c("geb_dat", "date_of_birth", "DATE", [r["born"] for r in rows], ABBREV),
        c("versicherungstraeger", N, "VARCHAR", g.col(g.pick(["ÖGK", "ÖGK", "BVAEB", "SVS", "KFA Graz"])), "decoy"),
        c("mitversichert_bei", "person_name", "VARCHAR", [r["co"] for r in rows], HEAVY, ROLE),
        c("strasse", "street_address", "VARCHAR", [r["street"] for r in rows]),
        c("plz", "postal_code", "VARCHAR", [r["plz"] for r in rows], ABBREV),
        c("ort", "city", "VARCHAR", [r["town"] for r in rows]),
        c("bundesland", N, "VARCHAR", ["Steiermark"] * g.rows, "decoy"),
        c("tel", "phone", "VARCHAR", [r["tel"] for r in rows], ABBREV),
        c("email", "email", "VARCHAR", [r["email"] for r in rows]),
        c("zuweiser", "person_name", "VARCHAR", [r["gp"][0] for r in rows], ROLE),
        c("zuweiser_adresse", N, "VARCHAR", [r["gp"][1] for r in rows], "business"),
        c("verordnung_nr", N, "VARCHAR", g.col(lambda: g.code("VO-2025-999999")), "decoy", SHAPE),
        c("diagnose", N, "VARCHAR", g.col(g.pick(["M54.5 Kreuzschmerz", "S83.5 VKB-Ruptur li.",
                                                   "M75.1 Rotatorenmanschette",
                                                   "M17.1 Gonarthrose", "G81.9 Hemiparese n. Insult"])), "decoy",
          CLINICAL),
        c("therapeut", "person_name", "VARCHAR", g.col(g.pick(therapists)), STAFF),
        c("termin_beginn", N, "TIMESTAMP", g.moments("2025-09-01", "2025-12-19"), "decoy"),
        c("dauer_min", N, "INTEGER", g.col(g.pick([30, 45, 60])), "decoy"),
        c("einheit", N, "INTEGER", g.ints(1, 10), "decoy"),
        c("honorar_eur", N, "DECIMAL(7,2)", g.col(g.pick([55.0, 75.0, 95.0])), "decoy"),
        c("iban_lastschrift", "iban", "VARCHAR", [r["iban"] for r in rows], HEAVY),
        c("bic", N, "VARCHAR", g.col(g.pick(["STSPAT2GXXX", "RZSTAT2G", "BKAUATWW", "GIBAATWWXXX"]), 0.6), "decoy",
          SHAPE),
        c("befund_notiz", "free_text", "VARCHAR", g.col(befund, 0.35)),
        c("standort", N, "VARCHAR", g.col(g.pick(["Annenstraße 20, 8020 Graz", "Leonhardstraße 41, 8010 Graz"])),
          "business"),
        c("uid_praxis", N, "VARCHAR", [uid] * g.rows, "business", CHECK),
        c("erfasst_von", USERNAME, "VARCHAR", g.col(g.pick(users)), USER, AUDIT),
    ])


FR_LENSES = ["Varilux Comfort Max 1.6 Crizal", "Essilor Eyezen Start 1.5", "Hoya Hoyalux iD MyStyle 1.67",
             "Zeiss SmartLife Progressive 1.6", "Nikon Presio Balance 1.5", "BBGR Neva Max 1.6"]
FR_FRAMES = ["Ray-Ban RB5154 49-21", "Lafont Issy & La 50-19", "Oakley OX8046", "Tom Ford FT5401",
             "Afflelou Tchin-Tchin 2e paire", "Silhouette 5529"]


def _diopter(g: Gen, lo: float, hi: float) -> str:
    value = round(g.rnd.uniform(lo, hi) * 4) / 4
    return f"{value:+.2f}".replace(".", ",")


def fr_opticien(g: Gen) -> Table:
    """A Montpellier optician's prescriptions and clients from a legacy SCREAMING export (padded values): client and
    file numbers, civility, names (birth family name mostly NULL), birth date, NIR, two address lines, postcode, town,
    phones, e-mail, the mutual insurer, the prescribing ophthalmologist and his RPPS (Luhn), the prescription date,
    refraction values (``none``), the lens under ``NOM_VERRE`` (``none``, tag ``misleading``), the frame, a card
    number kept for payment in instalments (mostly NULL) and its last four digits (``none``), the sales assistant's
    first name (few), notes and the login of the last change."""
    assistants = _staff(g, 4, lambda x: v.given(x, "fr"))
    operators = _logins(g, 3, "fr", 5)
    doctors = [(f"Dr {v.family(g, 'fr').upper()} {v.given(g, 'fr')}", v.fr_rpps(g)) for _ in range(14)]
    rows = []
    for _ in range(g.rows):
        female = _sex(g, 0.55)
        first, last = v.person(g, "fr", female)
        born = g.birth(1938, 2014)
        town, cp = g.rnd.choice(v.FR_PLACES)
        nir = v.fr_nir(g, born, female)
        rows.append({"first": first, "last": last, "female": female, "born": born, "town": town, "cp": cp,
                     "jf": v.family(g, "fr") if female and born.year < 1995 and g.rnd.random() < 0.55 else None,
                     "nir": (g.rnd.choice([v._nir.format(nir), nir]) if g.rnd.random() < 0.8 else None),
                     "card": v.luhn_code(g, g.rnd.choice(["4970", "5132", "4974"]), 16)})
    doctor = [g.rnd.choice(doctors) for _ in range(g.rows)]
    paid = [g.rnd.random() < 0.6 for _ in range(g.rows)]

    def note() -> str:
        return g.rnd.choice(["Renouvellement sans ordonnance (art. L4362-10)",
                             (f"Prévenir sa fille {v.given(g, 'fr')} au "
                             f"{g.phone('FR', 'national')}"), "Verres à livrer sous 8 jours",
                             f"Livraison chez Mme {v.family(g, 'fr')}, {v.fr_street(g)}", "Tiers payant OK"])

    return Table("OPTIQUE.ORDO_CLIENTS", "fr", "screaming", [
        c("NUM_CLIENT", N, "INTEGER", g.keys(30_001), "decoy", KEY, ABBREV),
        c("NUM_DOSSIER", N, "VARCHAR", g.col(lambda: g.code("OR2599999")), "decoy", KEY, ABBREV),
        c("CIVILITE", N, "VARCHAR", ["MME" if r["female"] else "M." for r in rows], "decoy"),
        c("NOM", "last_name", "VARCHAR", g.pad([r["last"].upper() for r in rows], 0.5), PADDED),
        c("NOM_JF", "last_name", "VARCHAR", [r["jf"].upper() if r["jf"] else None for r in rows], HEAVY, ABBREV),
        c("PRENOM", "first_name", "VARCHAR", g.pad([r["first"] for r in rows], 0.5), PADDED),
        c("DATE_NAISS", "date_of_birth", "DATE", [r["born"] for r in rows], ABBREV),
        c("NIR", "national_id", "VARCHAR", [r["nir"] for r in rows], ABBREV),
        c("ADR1", "street_address", "VARCHAR", g.pad(g.col(lambda: v.fr_street(g)), 0.4), ABBREV, PADDED),
        c("ADR2", "street_address", "VARCHAR", g.col(lambda: g.rnd.choice(["Bât. B", "Résidence Les Pins", "Appt 12",
                                                                            "Esc. 3, 2e étage", "Lot. Le Clos"]),
                                                  0.75), HEAVY, ABBREV),
        c("CP", "postal_code", "VARCHAR", [r["cp"] for r in rows], ABBREV),
        c("VILLE", "city", "VARCHAR", g.pad([r["town"].upper() for r in rows], 0.4), PADDED),
        c("TEL_DOM", "phone", "VARCHAR", g.phones("FR", {"national": 0.8, "digits": 0.2}, 0.0, 0.65), HEAVY, ABBREV),
        c("TEL_PORT", "phone", "VARCHAR", g.phones("FR", {"national": 0.6, "digits": 0.2, "intl": 0.2}, 1.0, 0.1),
          ABBREV),
        c("EMAIL", "email", "VARCHAR", [v.email_of(g, r["first"], r["last"], v.DOMAINS["fr"])
                                        if g.rnd.random() < 0.7 else None for r in rows]),
        c("MUTUELLE", N, "VARCHAR", g.col(g.pick(["MGEN", "Harmonie Mutuelle", "Malakoff Humanis", "AG2R",
                                                   "Mutuelle des Pays d'Oc", "CSS"])), "decoy"),
        c("MEDECIN_PRESCR", "person_name", "VARCHAR", [d[0] for d in doctor], ROLE, ABBREV),
        c("RPPS_PRESCR", N, "VARCHAR", [d[1] for d in doctor], "decoy", PRACT, CHECK, ABBREV),
        c("DATE_ORDO", N, "DATE", g.days("2023-01-01", "2025-12-01"), "decoy", ABBREV),
        c("OD_SPH", N, "VARCHAR", g.col(lambda: _diopter(g, -8, 6)), "decoy", CLINICAL, ABBREV),
        c("OD_CYL", N, "VARCHAR", g.col(lambda: _diopter(g, -3, 0)), "decoy", CLINICAL, ABBREV),
        c("OD_AXE", N, "INTEGER", g.ints(0, 180), "decoy", CLINICAL, ABBREV),
        c("OG_SPH", N, "VARCHAR", g.col(lambda: _diopter(g, -8, 6)), "decoy", CLINICAL, ABBREV),
        c("OG_CYL", N, "VARCHAR", g.col(lambda: _diopter(g, -3, 0)), "decoy", CLINICAL, ABBREV),
        c("OG_AXE", N, "INTEGER", g.ints(0, 180), "decoy", CLINICAL, ABBREV),
        c("ADDITION", N, "VARCHAR", g.col(lambda: _diopter(g, 0.75, 3.25), 0.4), "decoy", CLINICAL),
        c("ECART_PUPIL", N, "DOUBLE", g.floats(54, 72, 1), "decoy", CLINICAL, ABBREV),
        c("NOM_VERRE", N, "VARCHAR", g.col(g.pick(FR_LENSES)), "decoy", MISLEADING),
        c("MONTURE", N, "VARCHAR", g.col(g.pick(FR_FRAMES)), "decoy"),
        c("NUM_CB", "credit_card", "VARCHAR", [r["card"] if p and g.rnd.random() < 0.35 else None
                                               for r, p in zip(rows, paid)], HEAVY, ABBREV),
        c("CB_FIN", N, "VARCHAR", [r["card"][-4:] if p else None for r, p in zip(rows, paid)], "decoy", PARTIAL,
          SHAPE, ABBREV),
        c("VENDEUR", "first_name", "VARCHAR", g.col(g.pick(assistants)), STAFF),
        c("OBSERV", "free_text", "VARCHAR", g.col(note, 0.6), ABBREV),
        c("USER_MODIF", USERNAME, "VARCHAR", g.col(g.pick(operators)), USER, AUDIT, ABBREV),
    ])


# -- Poland, Brazil, Italy, Norway, Finland ----------------------------------------------------------------------------


def pl_trial_site(g: Gen) -> Table:
    """A Łódź clinical-trial site's screening log (English, snake case): ids, site and protocol numbers, the subject
    number (``none``), the screened patient's names, PESEL (encoding birth date and sex), birth date, sex, phone,
    e-mail (mostly NULL), address, postcode and town, the referring physician, the investigator (few) and his PWZ
    number (check digit), the coordinator's login, consent version and date, screening date, eligibility, the
    screen-failure reason (``none``), randomisation and IWRS kit numbers (Luhn), two laboratory values, the travel
    refund IBAN (mostly NULL), notes naming people and the site's REGON."""
    investigators = [(f"dr n. med. {v.whole(g, 'pl')}", v.pl_pwz(g)) for _ in range(3)]
    coordinators = _logins(g, 3, "pl", 1)
    site_regon = v.pl_regon(g)
    rows = []
    for _ in range(g.rows):
        female = _sex(g, 0.45)
        first, last = v.person(g, "pl", female)
        born = g.birth(1948, 1992)
        town, pc = v.pl_place(g)
        rows.append({"first": first, "last": last, "female": female, "born": born, "town": town, "pc": pc,
                     "pesel": v.pl_pesel(g, born, female)})
    status = [g.rnd.choice(["Eligible", "Eligible", "Screen failure", "Screen failure", "Withdrew consent", "Pending"])
              for _ in range(g.rows)]
    inv = [g.rnd.choice(investigators) for _ in range(g.rows)]

    def note() -> str:
        return g.rnd.choice([f"Wife {v.given(g, 'pl', True)} called to reschedule, {g.phone('PL', 'intl')}",
                             "Fasting sample repeated", f"Referred by {v.whole(g, 'pl')} (GP, Zgierz)",
                             "Patient prefers visits after 3 pm", f"Transport by son {v.given(g, 'pl', False)}",
                             "Concomitant meds verified with pharmacy"])

    return Table("ctms_site014.screening_log", "en", "snake", [
        c("screening_id", N, "INTEGER", g.keys(1), "decoy", KEY),
        c("site_number", N, "VARCHAR", ["PL014"] * g.rows, "decoy"),
        c("protocol_number", N, "VARCHAR", g.col(g.pick(["NVX-2207-301", "CLR-4410-204"])), "decoy", SHAPE),
        c("subject_number", N, "VARCHAR", [f"014-{i + 1:04d}" for i in range(g.rows)], "decoy", KEY),
        c("first_name", "first_name", "VARCHAR", [r["first"] for r in rows]),
        c("last_name", "last_name", "VARCHAR", [r["last"] for r in rows]),
        c("pesel", "national_id", "VARCHAR", [r["pesel"] for r in rows]),
        c("date_of_birth", "date_of_birth", "DATE", [r["born"] for r in rows]),
        c("sex", N, "VARCHAR", ["F" if r["female"] else "M" for r in rows], "decoy"),
        c("phone", "phone", "VARCHAR", g.phones("PL", {"national": 0.6, "intl": 0.3, "e164": 0.1}, 0.9, 0.05)),
        c("email", "email", "VARCHAR", [v.email_of(g, r["first"], r["last"], v.DOMAINS["pl"])
                                        if g.rnd.random() < 0.4 else None for r in rows], HEAVY),
        c("street_address", "street_address", "VARCHAR", g.col(lambda: v.pl_street(g), 0.05)),
        c("postcode", "postal_code", "VARCHAR", [r["pc"] for r in rows]),
        c("city", "city", "VARCHAR", [r["town"] for r in rows]),
        c("referring_physician", "person_name", "VARCHAR", g.col(lambda: f"lek. {v.whole(g, 'pl')}", 0.3), ROLE),
        c("principal_investigator", "person_name", "VARCHAR", [i[0] for i in inv], STAFF),
        c("investigator_pwz", N, "VARCHAR", [i[1] for i in inv], "decoy", PRACT, CHECK),
        c("coordinator_login", USERNAME, "VARCHAR", g.col(g.pick(coordinators)), USER, AUDIT),
        c("icf_version", N, "VARCHAR", g.col(g.pick(["v3.0 PL 12-Jan-2025", "v3.1 PL 02-Jun-2025"])), "decoy"),
        c("icf_signed_on", N, "DATE", g.days("2025-02-01", "2025-11-30"), "decoy"),
        c("screening_visit_date", N, "DATE", g.days("2025-02-01", "2025-12-05"), "decoy"),
        c("eligibility_status", N, "VARCHAR", status, "decoy"),
        c("screen_fail_reason", N, "VARCHAR", [g.rnd.choice(["I/E 4: eGFR < 45", "E2: HbA1c > 10.5%",
                                                             "E7: prior GLP-1 use", "I3: BMI < 27"])
                                               if s == "Screen failure" else None for s in status], "decoy",
          CLINICAL),
        c("randomisation_number", N, "VARCHAR", [f"R{g.rnd.randint(1000, 1999)}" if s == "Eligible" else None
                                                 for s in status], "decoy", SHAPE),
        c("iwrs_kit_number", N, "VARCHAR", [v.luhn_code(g, "73", 8) if s == "Eligible" else None for s in status],
          "decoy", CHECK),
        c("hba1c_pct", N, "DOUBLE", g.floats(5.6, 11.2, 1), "decoy", CLINICAL),
        c("egfr", N, "INTEGER", g.ints(30, 110), "decoy", CLINICAL),
        c("travel_refund_iban", "iban", "VARCHAR", g.col(lambda: v.iban(g, "PL", "999999999999999999999999",
                                                                         g.rnd.random() < 0.6), 0.6), HEAVY),
        c("notes", "free_text", "VARCHAR", g.col(note, 0.4)),
        c("site_regon", N, "VARCHAR", [site_regon] * g.rows, "business", CHECK),
    ])


def br_laboratorio(g: Gen) -> Table:
    """A Campinas private laboratory's sample registrations as its LIS stores the HL7 ORM messages (Brazilian
    Portuguese, HL7 segment-field names): message, order and sample ids (the sample barcode passes Luhn), the
    patient's record number, CPF, CNS, full name (upper case), social name (mostly NULL), mother's name, birth date as
    an HL7 ``YYYYMMDD`` string, sex, street, town, state (``none``), CEP, mobile, e-mail, the health plan, the
    requesting physician and his CRM, the tests, collection time, material, the collector's first name (few), the unit's
    name and address (``none``, the address tagged ``misleading``), the laboratory's CNPJ, notes and the login."""
    collectors = _staff(g, 5, lambda x: v.given(x, "pt_br"))
    doctors = [(_titled(g, "pt_br", ("Dr. ", "Dra. ")), f"CRM-SP {g.rnd.randint(40_000, 219_999)}")
               for _ in range(25)]
    units = [("Unidade Cambuí", "Rua Coronel Quirino, 1100 - Cambuí, Campinas - SP"),
             ("Unidade Barão Geraldo", "Av. Albino J. B. de Oliveira, 1500 - Barão Geraldo, Campinas - SP"),
             ("Unidade Sumaré", "Rua Dom Barreto, 560 - Centro, Sumaré - SP")]
    users = _logins(g, 4, "pt_br", 0)
    cnpj = v.br_cnpj(g)
    rows = []
    for _ in range(g.rows):
        female = _sex(g, 0.6)
        first, last = v.person(g, "pt_br", female)
        middle = v.family(g, "pt_br")
        town, cep = v.br_place(g)
        rows.append({"name": f"{first} {middle} {last}".upper(), "female": female, "town": town, "cep": cep,
                     "born": g.birth(1938, 2023), "first": first, "last": last,
                     "mother": f"{v.given(g, 'pt_br', True)} {middle} {v.family(g, 'pt_br')}".upper()})
    unit = [g.rnd.choice(units) for _ in range(g.rows)]
    doctor = [g.rnd.choice(doctors) for _ in range(g.rows)]

    def obs() -> str:
        return g.rnd.choice(["Paciente em jejum de 12h", f"Resultado a ser retirado por {v.whole(g, 'pt_br')}",
                             f"Contato do filho: {g.phone('BR', 'national')}", "Coleta domiciliar",
                             f"Coleta em domicílio: {v.br_street(g)}", "Uso de anticoagulante"])

    return Table("lis_campinas.hl7_orm_amostras", "pt", "snake", [
        c("msh_10_msg_id", N, "VARCHAR", g.col(lambda: g.code("ORM2599999999")), "decoy", KEY, HL7),
        c("obr_2_num_pedido", N, "VARCHAR", g.col(lambda: g.code("P99999999")), "decoy", SHAPE, HL7),
        c("spm_2_cod_amostra", N, "VARCHAR", g.col(lambda: v.luhn_code(g, "25", 12)), "decoy", CHECK, HL7),
        c("pid_3_prontuario", N, "VARCHAR", g.col(lambda: g.code("99999999")), "decoy", KEY, HL7),
        c("pid_3_cpf", "national_id", "VARCHAR", _dirty(g, g.col(lambda: v.br_cpf(g, g.rnd.random() < 0.7), 0.05),
                                                        0.04, ["000.000.000-00"]), HL7, PLACEHOLDER),
        c("pid_3_cns", "national_id", "VARCHAR", g.col(lambda: v.br_cns(g), 0.45), HL7),
        c("pid_5_nome", "person_name", "VARCHAR", [r["name"] for r in rows], HL7),
        c("pid_5_nome_social", "person_name", "VARCHAR", g.col(lambda: v.whole(g, "pt_br"), 0.93), HEAVY, HL7),
        c("pid_6_nome_mae", "person_name", "VARCHAR", [r["mother"] if g.rnd.random() < 0.8 else None for r in rows],
          HL7, ROLE),
        c("pid_7_dt_nasc", "date_of_birth", "VARCHAR", [r["born"].strftime("%Y%m%d") for r in rows], HL7),
        c("pid_8_sexo", N, "VARCHAR", ["F" if r["female"] else "M" for r in rows], "decoy", HL7),
        c("pid_11_logradouro", "street_address", "VARCHAR", g.col(lambda: v.br_street(g), 0.05), HL7),
        c("pid_11_cidade", "city", "VARCHAR", [r["town"] for r in rows], HL7),
        c("pid_11_uf", N, "VARCHAR", ["SP"] * g.rows, "decoy", HL7),
        c("pid_11_cep", "postal_code", "VARCHAR", [r["cep"] for r in rows], HL7),
        c("pid_13_celular", "phone", "VARCHAR", g.phones("BR", {"national": 0.6, "e164": 0.2, "digits": 0.2}, 0.95,
                                                          0.05), HL7),
        c("pid_13_email", "email", "VARCHAR", _dirty(g, [v.email_of(g, r["first"], r["last"], v.DOMAINS["pt_br"])
                                                         if g.rnd.random() < 0.6 else None for r in rows], 0.06,
                                                     ["sem@email.com", "não informado"]), HL7, PLACEHOLDER),
        c("in1_4_convenio", N, "VARCHAR", g.col(g.pick(["UNIMED CAMPINAS", "PARTICULAR", "AMIL", "SULAMERICA",
                                                       "BRADESCO SAUDE"])), "decoy", HL7),
        c("orc_12_medico", "person_name", "VARCHAR", [d[0] for d in doctor], HL7, ROLE),
        c("orc_12_crm", N, "VARCHAR", [d[1] for d in doctor], "decoy", PRACT, HL7),
        c("obr_4_exames", N, "VARCHAR", g.col(lambda: "^".join(g.rnd.sample(["HEMOGRAMA COMPLETO", "GLICOSE", "TSH",
                                                                             "T4 LIVRE", "COLESTEROL TOTAL",
                                                                             "CREATININA", "UREIA", "HBA1C",
                                                                             "VITAMINA D"], 3))), "decoy", CLINICAL,
          HL7),
        c("obr_7_dt_coleta", N, "TIMESTAMP", g.moments("2025-10-01", "2025-12-15"), "decoy", HL7),
        c("spm_4_material", N, "VARCHAR", g.col(g.pick(["SORO", "SANGUE TOTAL EDTA", "URINA", "PLASMA FLUORETO"])),
          "decoy", CLINICAL, HL7),
        c("obr_34_coletor", "first_name", "VARCHAR", g.col(g.pick(collectors)), STAFF, HL7),
        c("nome_unidade", N, "VARCHAR", [u[0] for u in unit], "business"),
        c("endereco_unidade", N, "VARCHAR", [u[1] for u in unit], "business", MISLEADING),
        c("cnpj_laboratorio", N, "VARCHAR", [cnpj] * g.rows, "business", CHECK),
        c("nte_3_obs", "free_text", "VARCHAR", g.sparse(obs, 0.8, _words("NAO INFORMADO")), NULLWORD, HL7),
        c("zz1_2_usuario", USERNAME, "VARCHAR", g.col(g.pick(users)), USER, AUDIT, HL7),
    ])


def it_emoteca(g: Gen) -> Table:
    """A Reggio Emilia blood bank's donors (Italian, snake case): donor id and card code, names, codice fiscale
    (encoding name, birth date and birthplace), birth date, birthplace (``city``), sex, ABO, Rh and phenotype
    (``none``), address, CAP, town of residence, province (``none``), mobile, work phone (mostly NULL), e-mail, the GP,
    last donation and its type, number of donations, the donation number (ISBT 128-like, mod 37-2), haemoglobin, the
    deferral reason (``none``), the selecting physician (few), the collection site, notes and the operator's login."""
    physicians = _staff(g, 4, lambda x: _titled(x, "it", ("Dott. ", "Dott.ssa ")))
    operators = _logins(g, 4, "it", 4)
    rows = []
    for _ in range(g.rows):
        female = _sex(g, 0.42)
        first, last = v.person(g, "it", female)
        born = g.birth(1960, 2006)
        place = g.rnd.choice(v.IT_BIRTHPLACES)
        town, cap = v.it_place(g)
        rows.append({"first": first, "last": last, "female": female, "born": born, "bplace": place[0], "town": town,
                     "cap": cap, "cf": v.it_codice_fiscale(first, last, born, female, place[1])})
    abo = [g.rnd.choices(["0", "A", "B", "AB"], [45, 41, 10, 4])[0] for _ in range(g.rows)]

    def note() -> str:
        return g.rnd.choice([f"Accompagnata dal marito {v.whole(g, 'it')}",
                             f"Richiamare al {g.phone('IT', 'national')}",
                             "Vasovagale lieve 2023", f"Presentato da {v.whole(g, 'it')} (donatore benemerito)",
                             "Disponibile per plasmaferesi il sabato"])

    return Table("avis_emoteca.donatori", "it", "snake", [
        c("id_donatore", N, "INTEGER", g.keys(50_001), "decoy", KEY),
        c("cod_tessera", N, "VARCHAR", g.col(lambda: g.code("RE-999999")), "decoy", KEY, ABBREV),
        c("cognome", "last_name", "VARCHAR", [r["last"] for r in rows]),
        c("nome", "first_name", "VARCHAR", [r["first"] for r in rows]),
        c("codice_fiscale", "national_id", "VARCHAR", [r["cf"] if g.rnd.random() < 0.97 else None for r in rows]),
        c("data_nascita", "date_of_birth", "DATE", [r["born"] for r in rows]),
        c("comune_nascita", "city", "VARCHAR", [r["bplace"] for r in rows]),
        c("sesso", N, "VARCHAR", ["F" if r["female"] else "M" for r in rows], "decoy"),
        c("gruppo_abo", N, "VARCHAR", abo, "decoy", CLINICAL),
        c("fattore_rh", N, "VARCHAR", g.col(g.pick(["POS", "POS", "POS", "POS", "NEG"])), "decoy", CLINICAL),
        c("fenotipo", N, "VARCHAR", g.col(g.pick(["CcDee", "CCDee", "ccddee", "ccDEe", "CcDEe"])), "decoy", CLINICAL),
        c("indirizzo", "street_address", "VARCHAR", g.col(lambda: v.it_street(g))),
        c("cap", "postal_code", "VARCHAR", [r["cap"] for r in rows], ABBREV),
        c("comune_residenza", "city", "VARCHAR", [r["town"] for r in rows]),
        c("prov", N, "VARCHAR", ["MO" if r["town"] in {"Sassuolo", "Modena"} else "PR" if r["town"] == "Parma" else "RE"
                                 for r in rows], "decoy", ABBREV),
        c("cellulare", "phone", "VARCHAR", g.phones("IT", {"national": 0.6, "intl": 0.2, "e164": 0.2}, 1.0, 0.05)),
        c("tel_lavoro", "phone", "VARCHAR", g.phones("IT", {"national": 1.0}, 0.0, 0.8), HEAVY, ABBREV),
        c("email", "email", "VARCHAR", [v.email_of(g, r["first"], r["last"], v.DOMAINS["it"])
                                        if g.rnd.random() < 0.8 else None for r in rows]),
        c("medico_curante", "person_name", "VARCHAR", g.col(lambda: f"Dr. {v.whole(g, 'it')}", 0.2), ROLE),
        c("data_ultima_donazione", N, "DATE", g.days("2024-01-01", "2025-12-10"), "decoy"),
        c("tipo_donazione", N, "VARCHAR", g.col(g.pick(["Sangue intero", "Sangue intero", "Plasmaferesi",
                                                         "Piastrinoaferesi"])), "decoy"),
        c("n_donazioni", N, "INTEGER", g.ints(1, 120), "decoy", ABBREV),
        c("codice_sacca", N, "VARCHAR", g.col(lambda: v.isbt_din(g, "A0512")), "decoy", CHECK, SHAPE),
        c("hb_g_dl", N, "DOUBLE", g.floats(12.0, 17.5, 1), "decoy", CLINICAL, ABBREV),
        c("sospensione_motivo", N, "VARCHAR", g.col(g.pick(["tatuaggio recente", "viaggio in zona endemica",
                                                             "Hb bassa", "terapia antibiotica",
                                                             "intervento chirurgico"]),
                                                    0.55), "decoy", CLINICAL),
        c("medico_selezione", "person_name", "VARCHAR", g.col(g.pick(physicians)), STAFF),
        c("sede_raccolta", N, "VARCHAR", g.col(g.pick(["UdR Reggio Emilia, Via Amendola 2", "UdR Scandiano",
                                                        "Autoemoteca"])), "business"),
        c("note", "free_text", "VARCHAR", g.sparse(note, 0.8, _words("nessuna", "N.D.")), NULLWORD),
        c("operatore", USERNAME, "VARCHAR", g.col(g.pick(operators)), USER, AUDIT),
    ])


def no_hjemmetjeneste(g: Gen) -> Table:
    """A Trondheim home-care service's visits and carers (Norwegian, camel case): visit and user ids, the user's name,
    fødselsnummer (encoding the birth date), birth date, home (``street_address``, tag ``premises``), postcode, town,
    district (``none``), phone, key-safe code (``none``), next of kin's name, relation and phone, the GP and his
    office, the decision and service, planned and actual times, the carer (few) and her login, the GPS fix of the
    visit (``none``), the visit note naming people, allergies (``none``) and the unit's organisation number."""
    carers = [(v.whole(g, "no", g.rnd.random() < 0.8), None) for _ in range(7)]
    carers = [(name, v.login(*name.split(" ", 1), 4)) for name, _ in carers]
    gps = [(f"{v.whole(g, 'no')}", g.rnd.choice(["Lade legesenter", "Bakklandet legekontor", "Heimdal legesenter"]))
           for _ in range(12)]
    orgnr = v.no_orgnr(g)

    def user() -> dict:
        female = _sex(g, 0.62)
        first, last = v.person(g, "no", female)
        born = g.birth(1926, 1962)
        town, pc, bydel = g.rnd.choice(v.NO_PLACES)
        kin_first, kin_last = v.person(g, "no")
        return {"name": f"{first} {last}", "born": born, "fnr": v.no_fnr(g, born), "street": v.no_street(g),
                "pc": pc, "town": town, "bydel": bydel,
                "tel": g.phone("NO", g.rnd.choice(["national", "e164", "intl"]), g.rnd.random() < 0.7),
                "key": g.digits(4) if g.rnd.random() < 0.6 else None,
                "kin": f"{kin_first} {kin_last}", "kin_rel": g.rnd.choice(["datter", "sønn", "ektefelle", "nabo",
                                                                           "barnebarn"]),
                "kin_tel": g.phone("NO", g.rnd.choice(["national", "e164"])), "gp": g.rnd.choice(gps),
                "lat": 63.43 + g.rnd.uniform(-0.06, 0.04), "lon": 10.40 + g.rnd.uniform(-0.08, 0.12)}

    rows = _pool(g, 70, user)
    carer = [g.rnd.choice(carers) for _ in range(g.rows)]
    planned = g.moments("2025-11-01", "2025-12-15")
    started = _later(g, planned, 0, 40, 0.05)

    def journal() -> str:
        return g.rnd.choice(["Medisiner gitt, spiste frokost", f"Datter {v.given(g, 'no', True)} var til stede",
                             f"Ring {g.phone('NO', 'national')} ved endring", "Dusj med hjelp, hudpleie",
                             f"Naboen {v.whole(g, 'no')} har reservenøkkel", "Ingen avvik"])

    return Table("hjemmetjenesten.besok", "no", "camel", [
        c("besokId", N, "BIGINT", g.keys(3_300_001), "decoy", KEY),
        c("brukerId", N, "INTEGER", [61_000 + 3 * r["pid"] for r in rows], "decoy", KEY),
        c("brukerNavn", "person_name", "VARCHAR", [r["name"] for r in rows]),
        c("fodselsnummer", "national_id", "VARCHAR", [r["fnr"] for r in rows]),
        c("fodselsdato", "date_of_birth", "DATE", [r["born"] for r in rows]),
        c("adresse", "street_address", "VARCHAR", [r["street"] for r in rows], PREMISES),
        c("postnummer", "postal_code", "VARCHAR", [r["pc"] for r in rows]),
        c("poststed", "city", "VARCHAR", [r["town"] for r in rows]),
        c("bydel", N, "VARCHAR", [r["bydel"] for r in rows], "decoy"),
        c("telefon", "phone", "VARCHAR", [r["tel"] for r in rows]),
        c("nokkelboksKode", N, "VARCHAR", [r["key"] for r in rows], "decoy", CREDENTIAL),
        c("parorendeNavn", "person_name", "VARCHAR", [r["kin"] for r in rows], ROLE),
        c("parorendeRelasjon", N, "VARCHAR", [r["kin_rel"] for r in rows], "decoy"),
        c("parorendeTelefon", "phone", "VARCHAR", [r["kin_tel"] for r in rows], ROLE),
        c("fastlege", "person_name", "VARCHAR", [r["gp"][0] for r in rows], ROLE),
        c("fastlegeKontor", N, "VARCHAR", [r["gp"][1] for r in rows], "business"),
        c("vedtak", N, "VARCHAR", g.col(g.pick(["Praktisk bistand 3 t/uke", "Hjemmesykepleie daglig",
                                                 "Trygghetsalarm", "Hjemmesykepleie 2x daglig"])), "decoy"),
        c("tjeneste", N, "VARCHAR", g.col(g.pick(["Medisinutdeling", "Personlig stell", "Sårstell", "Tilsyn",
                                                   "Rengjøring"])), "decoy"),
        c("planlagtStart", N, "TIMESTAMP", planned, "decoy"),
        c("faktiskStart", N, "TIMESTAMP", started, "decoy"),
        c("faktiskSlutt", N, "TIMESTAMP", _later(g, started, 15, 75), "decoy"),
        c("ansattNavn", "person_name", "VARCHAR", [x[0] for x in carer], STAFF),
        c("ansattBrukernavn", USERNAME, "VARCHAR", [x[1] for x in carer], USER, AUDIT),
        c("gpsLat", N, "DOUBLE", [round(r["lat"], 5) for r in rows], "decoy", COORD),
        c("gpsLon", N, "DOUBLE", [round(r["lon"], 5) for r in rows], "decoy", COORD),
        c("journalnotat", "free_text", "VARCHAR", g.col(journal, 0.2)),
        c("allergier", N, "VARCHAR", g.col(g.pick(["Penicillin", "Ingen kjente", "Nøtter", "Laktose"]), 0.3), "decoy",
          CLINICAL),
        c("orgnr", N, "VARCHAR", [orgnr] * g.rows, "business", CHECK),
    ])


FI_DEVICES = ["Oticon Intent 1 miniRITE R", "Phonak Audéo L90-R", "Signia Pure Charge&Go 7IX", "Widex Moment Sheer 440",
              "ReSound Nexia 9 RIE", "Starkey Genesis AI 24 RIC"]


def fi_kuulokeskus(g: Gen) -> Table:
    """A Tampere hearing-aid clinic's clients and devices (Finnish, snake case): client id, henkilötunnus (encoding
    the birth date), family name, all given names and the name used, birth date, address, postcode, town, phone, e-mail
    (mostly NULL), a relative and her phone (mostly NULL), the referring doctor, the device under ``laitteen_nimi``
    (``none``), its GTIN and serial number, hearing levels (``none``), the audiologist (few), fitting date, Kela
    reimbursement, price, notes naming people, the user's login, the clinic's Y-tunnus and office address."""
    audiologists = _staff(g, 4, lambda x: v.whole(x, "fi"))
    users = [v.login(*a.split(" ", 1), 1) for a in audiologists]
    ytunnus = v.fi_ytunnus(g)
    gtins = {d: v.gtin(g, g.rnd.choice(["57", "76", "40"])) for d in FI_DEVICES}
    rows = []
    for _ in range(g.rows):
        female = _sex(g)
        first, last = v.person(g, "fi", female)
        second = v.given(g, "fi", female)
        born = g.birth(1930, 1978)
        town, pc = g.rnd.choice(v.FI_PLACES)
        rows.append({"first": first, "names": f"{first} {second}" if second != first else first, "last": last,
                     "born": born, "hetu": v.fi_hetu(g, born), "town": town, "pc": pc})
    device = [g.rnd.choice(FI_DEVICES) for _ in range(g.rows)]
    kin = [g.rnd.random() < 0.35 for _ in range(g.rows)]

    def note() -> str:
        return g.rnd.choice(["Kuulokojeen käyttö 8 h/pv", f"Tytär {v.given(g, 'fi', True)} tulee mukaan",
                             f"Soita pojalle {g.phone('FI', 'national')}", "Vaihdettu kupu, tinnitus vähentynyt",
                             f"Asuu palvelutalossa, {v.fi_street(g)}", "Kontrolli 3 kk"])

    return Table("kuulokeskus.asiakaskortit", "fi", "snake", [
        c("asiakas_id", N, "INTEGER", g.keys(7_001), "decoy", KEY),
        c("hetu", "national_id", "VARCHAR", [r["hetu"] for r in rows], ABBREV),
        c("sukunimi", "last_name", "VARCHAR", [r["last"] for r in rows]),
        c("etunimet", "first_name", "VARCHAR", [r["names"] for r in rows]),
        c("kutsumanimi", "first_name", "VARCHAR", [r["first"] if g.rnd.random() < 0.7 else None for r in rows]),
        c("syntymaaika", "date_of_birth", "DATE", [r["born"] for r in rows]),
        c("lahiosoite", "street_address", "VARCHAR", g.col(lambda: v.fi_street(g))),
        c("postinumero", "postal_code", "VARCHAR", [r["pc"] for r in rows]),
        c("postitoimipaikka", "city", "VARCHAR", [r["town"] for r in rows]),
        c("puhelin", "phone", "VARCHAR", g.phones("FI", {"national": 0.6, "intl": 0.2, "e164": 0.2}, 0.85, 0.05)),
        c("sahkoposti", "email", "VARCHAR", [v.email_of(g, r["first"], r["last"], v.DOMAINS["fi"])
                                             if g.rnd.random() < 0.4 else None for r in rows], HEAVY),
        c("omainen", "person_name", "VARCHAR", [v.whole(g, "fi") if k else None for k in kin], HEAVY, ROLE),
        c("omaisen_puhelin", "phone", "VARCHAR", [g.phone("FI", "national") if k else None for k in kin], HEAVY,
          ROLE),
        c("lahettava_laakari", "person_name", "VARCHAR", g.col(lambda: f"LL {v.whole(g, 'fi')}", 0.3), ROLE),
        c("laitteen_nimi", N, "VARCHAR", device, "decoy", MISLEADING),
        c("laite_gtin", N, "VARCHAR", [gtins[d] for d in device], "decoy", CHECK),
        c("sarjanumero", N, "VARCHAR", g.col(lambda: g.code("99A9999999")), "decoy", SHAPE),
        c("kuulo_oikea_db", N, "INTEGER", g.ints(20, 85), "decoy", CLINICAL),
        c("kuulo_vasen_db", N, "INTEGER", g.ints(20, 85), "decoy", CLINICAL),
        c("audionomi", "person_name", "VARCHAR", g.col(g.pick(audiologists)), STAFF),
        c("sovitus_pvm", N, "DATE", g.days("2024-01-01", "2025-12-10"), "decoy", ABBREV),
        c("kela_korvaus", N, "BOOLEAN", g.yn(True, False, 0.3), "decoy"),
        c("hinta_eur", N, "DECIMAL(8,2)", g.amounts(1_200, 5_800), "decoy"),
        c("huomiot", "free_text", "VARCHAR", g.col(note, 0.45)),
        c("kayttaja", USERNAME, "VARCHAR", g.col(g.pick(users)), USER, AUDIT),
        c("y_tunnus", N, "VARCHAR", [ytunnus] * g.rows, "business", CHECK),
        c("toimipiste_osoite", N, "VARCHAR", g.col(g.pick(["Hämeenkatu 10, 33100 Tampere",
                                                            "Hervannan valtaväylä 5, 33720 Tampere"])), "business"),
    ])


# -- Korea, Greece, India, South Africa, Scotland, Australia -----------------------------------------------------------


def kr_outpatient(g: Gen) -> Table:
    """A Seoul hospital's outpatient appointments (Korean, Hangul column names): appointment and patient numbers, the
    name, the resident registration number (encoding birth date and sex), birth date, sex, mobile, home phone (mostly
    NULL), e-mail (mostly NULL), 시도 (``none``), road address and detail, postal code, department, the doctor (few),
    the time, status and insurance type, the guardian's name (mostly NULL), relation (``본인``, self, without one) and
    phone (mostly NULL), the chief complaint
    (``none``), a memo naming people, the department's extension under ``연락처`` (``none``), the registering login,
    the hospital's business number and a prescription number."""
    doctors = _staff(g, 7, lambda x: v.whole(x, "ko"))
    clerks = [f"opd{g.digits(3)}" for _ in range(4)]
    brn = v.kr_brn(g)
    depts = {"내과": "02-3410-2101", "정형외과": "02-3410-2150", "소아청소년과": "02-3410-2230",
             "이비인후과": "02-3410-2270", "피부과": "02-3410-2310"}
    rows = []
    for _ in range(g.rows):
        female = _sex(g)
        first, last = v.person(g, "ko", female)
        born = g.birth(1938, 2022)
        sido, road, detail, post = v.kr_address(g)
        rows.append({"name": f"{last}{first}", "last": last, "female": female, "born": born,
                     "rrn": v.kr_rrn(g, born, female), "sido": sido, "road": road, "detail": detail, "post": post,
                     "guardian": born.year >= 2010 or born.year <= 1945})
    dept = [g.rnd.choice(list(depts)) for _ in range(g.rows)]

    def ko_email(r: dict) -> str:
        return f"{v.latin(r['last'])}{g.code('AAA').lower()}{g.digits(2)}@{g.rnd.choice(v.DOMAINS['ko'])}"

    def memo() -> str:
        return g.rnd.choice([f"보호자 {v.whole(g, 'ko')} 동행", f"검사결과 {g.phone('KR', 'national')}로 연락 요망",
                             "휠체어 필요", f"{v.whole(g, 'ko')} 님 소개", "통역 필요 (영어)", "재진, 약 처방만"])

    return Table("OPD.외래예약", "ko", "hangul", [
        c("예약번호", N, "BIGINT", g.keys(25_110_001), "decoy", KEY),
        c("환자번호", N, "VARCHAR", g.col(lambda: g.code("99999999")), "decoy", KEY),
        c("성명", "person_name", "VARCHAR", [r["name"] for r in rows]),
        c("주민등록번호", "national_id", "VARCHAR", [r["rrn"] if g.rnd.random() < 0.9 else None for r in rows]),
        c("생년월일", "date_of_birth", "DATE", [r["born"] for r in rows]),
        c("성별", N, "VARCHAR", ["여" if r["female"] else "남" for r in rows], "decoy"),
        c("휴대전화", "phone", "VARCHAR", g.phones("KR", {"national": 0.8, "digits": 0.1, "intl": 0.1}, 1.0, 0.03)),
        c("자택전화", "phone", "VARCHAR", g.phones("KR", {"national": 1.0}, 0.0, 0.75), HEAVY),
        c("이메일", "email", "VARCHAR", [ko_email(r) if g.rnd.random() < 0.35 else None for r in rows], HEAVY),
        c("시도", N, "VARCHAR", [r["sido"] for r in rows], "decoy"),
        c("주소", "street_address", "VARCHAR", [r["road"] for r in rows]),
        c("상세주소", "street_address", "VARCHAR", [r["detail"] for r in rows]),
        c("우편번호", "postal_code", "VARCHAR", [r["post"] for r in rows]),
        c("진료과", N, "VARCHAR", dept, "decoy"),
        c("담당의", "person_name", "VARCHAR", g.col(g.pick(doctors)), STAFF),
        c("예약일시", N, "TIMESTAMP", g.moments("2025-11-01", "2025-12-31"), "decoy"),
        c("접수상태", N, "VARCHAR", g.col(g.pick(["예약", "접수", "진료완료", "취소", "부도"])), "decoy"),
        c("보험유형", N, "VARCHAR", g.col(g.pick(["건강보험", "건강보험", "의료급여", "자동차보험", "일반"])), "decoy"),
        c("보호자성명", "person_name", "VARCHAR", [f"{r['last']}{v.given(g, 'ko')}" if r["guardian"] else None
                                             for r in rows], HEAVY, ROLE),
        c("보호자관계", N, "VARCHAR", [g.rnd.choice(["부", "모", "자녀", "배우자"]) if r["guardian"] else "본인"
                                  for r in rows], "decoy"),
        c("보호자연락처", "phone", "VARCHAR", [g.phone("KR", "national") if r["guardian"] else None for r in rows],
          HEAVY, ROLE),
        c("주호소", N, "VARCHAR", g.col(g.pick(["두통 3일", "무릎 통증", "기침, 발열", "어지럼증", "피부 발진",
                                              "이명"])), "decoy", CLINICAL),
        c("메모", "free_text", "VARCHAR", g.col(memo, 0.55)),
        c("연락처", N, "VARCHAR", [depts[d] for d in dept], "business", MISLEADING),
        c("등록자ID", USERNAME, "VARCHAR", g.col(g.pick(clerks)), USER, AUDIT),
        c("사업자등록번호", N, "VARCHAR", [brn] * g.rows, "business", CHECK),
        c("처방전번호", N, "VARCHAR", g.col(lambda: g.code("2025-99999"), 0.4), "decoy", SHAPE),
    ])


def gr_ivf(g: Gen) -> Table:
    """An Athens IVF clinic's treatment cycles (Greek, Greek-script column names): row, cycle and couple ids, the
    patient's family and given name, her father's given name, AMKA (encoding birth date and sex) and ΑΦΜ, birth date,
    the partner's full name and AMKA (NULL for single women), address, postal code, town, mobile, e-mail, IBAN for
    refunds (mostly NULL), the physician and the embryologist (few), protocol, oocytes and embryos, the anonymous donor
    code, transfer date, outcome, notes naming people, the login and the clinic's ΑΦΜ."""
    physicians = _staff(g, 3, lambda x: v.whole(x, "el"))
    embryologists = _staff(g, 2, lambda x: v.whole(x, "el", True))
    users = _logins(g, 3, "el", 0)
    clinic_afm = v.gr_afm_business(g)
    rows = []
    for _ in range(g.rows):
        first, last = v.person(g, "el", True)
        born = g.birth(1978, 1994)
        partner = g.rnd.random() < 0.8
        p_born = g.birth(1970, 1992)
        town, tk = g.rnd.choice(v.GR_PLACES)
        rows.append({"first": first, "last": last, "born": born, "amka": v.gr_amka(g, born, True),
                     "father": v.given(g, "el", False), "afm": v.gr_afm(g) if g.rnd.random() < 0.85 else None,
                     "partner": v.whole(g, "el", False) if partner else None,
                     "p_amka": v.gr_amka(g, p_born, False) if partner and g.rnd.random() < 0.85 else None,
                     "town": town, "tk": tk})

    def note() -> str:
        return g.rnd.choice(["Καλή ανταπόκριση στη διέγερση", f"Επικοινωνία μέσω αδελφής {v.given(g, 'el', True)}",
                             f"Τηλ. συζύγου {g.phone('GR', 'national')}", "Κατάψυξη 2 εμβρύων",
                             f"Παραπομπή από Δρ. {v.whole(g, 'el')}", "Επανάληψη β-hCG σε 48 ώρες"])

    return Table("ivf_athens.κύκλοι_θεραπείας", "el", "snake", [
        c("α_α", N, "INTEGER", g.keys(1), "decoy", KEY),
        c("κωδικός_κύκλου", N, "VARCHAR", g.col(lambda: g.code("CY25-9999")), "decoy", KEY),
        c("κωδικός_ζεύγους", N, "VARCHAR", g.col(lambda: g.code("CP-99999")), "decoy", KEY),
        c("επώνυμο_ασθενούς", "last_name", "VARCHAR", [r["last"] for r in rows]),
        c("όνομα_ασθενούς", "first_name", "VARCHAR", [r["first"] for r in rows]),
        c("πατρώνυμο", "first_name", "VARCHAR", [r["father"] for r in rows], ROLE),
        c("ΑΜΚΑ_ασθενούς", "national_id", "VARCHAR", [r["amka"] for r in rows]),
        c("ΑΦΜ_ασθενούς", "national_id", "VARCHAR", [r["afm"] for r in rows]),
        c("ημερομηνία_γέννησης", "date_of_birth", "DATE", [r["born"] for r in rows]),
        c("ονοματεπώνυμο_συντρόφου", "person_name", "VARCHAR", [r["partner"] for r in rows], ROLE),
        c("ΑΜΚΑ_συντρόφου", "national_id", "VARCHAR", [r["p_amka"] for r in rows], ROLE),
        c("διεύθυνση", "street_address", "VARCHAR", g.col(lambda: v.gr_street(g))),
        c("ΤΚ", "postal_code", "VARCHAR", [r["tk"] for r in rows], ABBREV),
        c("πόλη", "city", "VARCHAR", [r["town"] for r in rows]),
        c("κινητό", "phone", "VARCHAR", g.phones("GR", {"national": 0.6, "intl": 0.2, "e164_00": 0.2}, 1.0, 0.03)),
        c("email", "email", "VARCHAR", [v.email_of(g, r["first"], r["last"], v.DOMAINS["el"])
                                        if g.rnd.random() < 0.85 else None for r in rows]),
        c("IBAN", "iban", "VARCHAR", g.col(lambda: v.iban(g, "GR", "9999999ZZZZZZZZZZZZZZZZ", g.rnd.random() < 0.5),
                                           0.7), HEAVY),
        c("ιατρός", "person_name", "VARCHAR", g.col(g.pick(physicians)), STAFF),
        c("εμβρυολόγος", "person_name", "VARCHAR", g.col(g.pick(embryologists)), STAFF),
        c("πρωτόκολλο", N, "VARCHAR", g.col(g.pick(["Antagonist", "Long agonist", "Φυσικός κύκλος", "FET"])), "decoy",
          CLINICAL),
        c("ωάρια", N, "INTEGER", g.ints(0, 22), "decoy", CLINICAL),
        c("έμβρυα", N, "INTEGER", g.ints(0, 9), "decoy", CLINICAL),
        c("κωδικός_δότριας", N, "VARCHAR", g.col(lambda: g.code("DN-9999"), 0.55), "decoy", KEY),
        c("ημ_εμβρυομεταφοράς", N, "DATE", g.days("2025-01-10", "2025-12-10", 0.2), "decoy", ABBREV),
        c("αποτέλεσμα", N, "VARCHAR", g.col(g.pick(["θετικό β-hCG", "αρνητικό", "κλινική κύηση", "σε αναμονή"])),
          "decoy", CLINICAL),
        c("σημειώσεις", "free_text", "VARCHAR", g.col(note, 0.4)),
        c("χρήστης", USERNAME, "VARCHAR", g.col(g.pick(users)), USER, AUDIT),
        c("ΑΦΜ_κλινικής", N, "VARCHAR", [clinic_afm] * g.rows, "business", CHECK),
    ])


def in_telehealth(g: Gen) -> Table:
    """A Pune telehealth app's consultations from its API (English, camel case): consultation, patient and doctor ids,
    the patient's name, mobile, e-mail, birth date and gender, the ABHA number (mostly NULL), the masked Aadhaar
    (``none``) and the full one kept by the KYC step (mostly NULL), address (mostly NULL), city, state (``none``),
    PIN code, the family member the consultation was booked for (mostly NULL), the doctor (few) and her registration
    number, specialty, chief complaint (``none``), an intake form as JSON (an emergency contact: ``free_text``), the
    prescription's items as JSON (``none``), call notes, the client IP, device id and push token (``none``), the app
    version, payment reference and amount, the pharmacy partner's GSTIN and the creation time."""
    doctors = [(f"Dr. {v.whole(g, 'en_in')}", (f"{g.rnd.choice(['MMC', 'KMC', 'TSMC'])}/{g.rnd.randint(2008, 2021)}/"
                f"{g.rnd.randint(10_000, 99_999)}")) for _ in range(8)]
    gstin = v.in_gstin(g)
    rows = []
    for _ in range(g.rows):
        female = _sex(g)
        first, last = v.person(g, "en_in", female)
        city, state, pin = g.rnd.choice(v.IN_PLACES)
        rows.append({"first": first, "last": last, "female": female, "city": city, "state": state,
                     "pin": pin + g.digits(2), "aadhaar": v.in_aadhaar(g)})
    doctor = [g.rnd.choice(doctors) for _ in range(g.rows)]

    def intake(r: dict) -> str:
        doc: dict = {"symptomsDays": g.rnd.randint(1, 10), "allergies": g.rnd.choice(["none", "sulfa", "penicillin"])}
        if g.rnd.random() < 0.6:
            doc["emergencyContact"] = {"name": v.whole(g, "en_in"), "phone": g.phone("IN", "e164")}
        return json.dumps(doc)

    def rx() -> str | None:
        if g.rnd.random() < 0.3:
            return None
        return json.dumps([{"drug": g.rnd.choice(["Paracetamol 650", "Azithromycin 500", "Pantoprazole 40",
                                                   "Cetirizine 10", "Metformin 500"]),
                            "dose": g.rnd.choice(["1-0-1", "0-0-1", "1-1-1"]), "days": g.rnd.randint(3, 30)}])

    def note() -> str:
        return g.rnd.choice(["Advised CBC and follow-up in 3 days",
                             f"Call dropped, reconnected via {g.phone('IN', 'intl')}",
                             f"Patient's husband {v.given(g, 'en_in', False)} answered",
                             "Video poor, switched to audio",
                             f"Lives with daughter {v.whole(g, 'en_in', True)}, {v.in_address(g)}"])

    return Table("carepulse_api.consultations", "en", "camel", [
        c("consultationId", N, "VARCHAR", g.col(g.uuid), "decoy", KEY),
        c("patientId", N, "VARCHAR", g.col(lambda: g.code("PT99999999")), "decoy", KEY),
        c("doctorId", N, "VARCHAR", [f"DR{1000 + doctors.index(d)}" for d in doctor], "decoy", KEY),
        c("patientName", "person_name", "VARCHAR", [f"{r['first']} {r['last']}" for r in rows]),
        c("patientMobile", "phone", "VARCHAR", g.phones("IN", {"e164": 0.5, "digits": 0.3, "intl": 0.2}, 1.0)),
        c("patientEmail", "email", "VARCHAR", [v.email_of(g, r["first"], r["last"], v.DOMAINS["en_in"])
                                               if g.rnd.random() < 0.75 else None for r in rows]),
        c("dateOfBirth", "date_of_birth", "DATE", g.births(1955, 2016)),
        c("gender", N, "VARCHAR", ["FEMALE" if r["female"] else "MALE" for r in rows], "decoy"),
        c("abhaNumber", "national_id", "VARCHAR", g.col(lambda: f"91-{g.digits(4)}-{g.digits(4)}-{g.digits(4)}", 0.6),
          HEAVY),
        c("aadhaarMasked", N, "VARCHAR", [v._aadhaar.mask(r["aadhaar"]) if g.rnd.random() < 0.7 else None
                                          for r in rows], "decoy", PARTIAL),
        c("kycAadhaar", "national_id", "VARCHAR", [r["aadhaar"] if g.rnd.random() < 0.15 else None for r in rows],
          HEAVY),
        c("addressLine", "street_address", "VARCHAR", g.col(lambda: v.in_address(g), 0.6), HEAVY),
        c("city", "city", "VARCHAR", [r["city"] for r in rows]),
        c("state", N, "VARCHAR", [r["state"] for r in rows], "decoy"),
        c("pincode", "postal_code", "VARCHAR", [r["pin"] for r in rows]),
        c("bookedForName", "person_name", "VARCHAR", g.col(lambda: v.whole(g, "en_in"), 0.75), HEAVY, ROLE),
        c("doctorName", "person_name", "VARCHAR", [d[0] for d in doctor], STAFF),
        c("doctorRegNo", N, "VARCHAR", [d[1] for d in doctor], "decoy", PRACT),
        c("specialty", N, "VARCHAR", g.col(g.pick(["General Physician", "Paediatrics", "Dermatology",
                                                    "Gynaecology"])), "decoy"),
        c("chiefComplaint", N, "VARCHAR", g.col(g.pick(["fever 3 days", "dry cough", "skin rash on arms",
                                                         "acidity after meals", "irregular periods"])), "decoy",
          CLINICAL),
        c("intakeForm", "free_text", "VARCHAR", [intake(r) for r in rows], JSON),
        c("rxItems", N, "VARCHAR", [rx() for _ in range(g.rows)], "decoy", JSON_PLAIN),
        c("callNotes", "free_text", "VARCHAR", g.col(note, 0.45)),
        c("clientIp", "ip_address", "VARCHAR", g.col(lambda: g.ip(0.35), 0.05)),
        c("deviceId", N, "VARCHAR", g.col(lambda: g.code("xxxxxxxxxxxxxxxx")), "decoy", TOKEN),
        c("fcmToken", N, "VARCHAR", g.col(lambda: v.token(g, "", 22) + ":APA91b" + v.token(g, "", 40), 0.1), "decoy",
          CREDENTIAL),
        c("appVersion", N, "VARCHAR", g.col(g.pick(["4.12.0", "4.12.1", "4.13.0"])), "decoy", SHAPE),
        c("paymentRef", N, "VARCHAR", g.col(lambda: v.token(g, "pay_", 14), 0.1), "decoy", TOKEN),
        c("amountInr", N, "INTEGER", g.col(g.pick([199, 299, 399, 499])), "decoy"),
        c("pharmacyPartnerGstin", N, "VARCHAR", g.col(g.pick([gstin]), 0.3), "business", CHECK),
        c("createdAt", N, "TIMESTAMP", g.moments("2025-10-01", "2025-12-15"), "decoy"),
    ])


def za_vaccination(g: Gen) -> Table:
    """A Durban vaccination centre's register (English, snake case): record and visit numbers, the ID type (``none``)
    and number (SA ID numbers encoding birth date and sex, passports and asylum permits: ``national_id``), names,
    birth date, sex, cell number, an alternative contact mixing a relative's phone, an e-mail and a name with a number
    (``free_text``, tag ``mixed_kinds``), address, town, postal code, province (``none``), the medical aid, vaccine,
    manufacturer, batch, dose, time and site, the vaccinator (few) and her SANC number, the facility's name and phone,
    the guardian of children (mostly NULL), adverse-event notes and the login who captured the row."""
    vaccinators = [(v.whole(g, "en_za", True), f"{g.rnd.randint(10_000_000, 19_999_999)}") for _ in range(5)]
    clerks = _logins(g, 3, "en_za", 0)
    rows = []
    for _ in range(g.rows):
        female = _sex(g, 0.55)
        first, last = v.person(g, "en_za", female)
        born = g.birth(1942, 2024)
        kind = g.rnd.choices(["RSA ID", "Passport", "Asylum permit"], [85, 10, 5])[0]
        number = (v.za_id(g, born, female, g.rnd.random() < 0.95) if kind == "RSA ID" else
                  g.code(g.rnd.choice(["A99999999", "AA9999999", "FN999999"])) if kind == "Passport" else
                  g.code("DBNAAA999999999"))
        town, pc = g.rnd.choice(v.ZA_PLACES)
        rows.append({"first": first, "last": last, "female": female, "born": born, "kind": kind, "id": number,
                     "town": town, "pc": pc, "child": born.year >= 2010})
    vac = [g.rnd.choice(vaccinators) for _ in range(g.rows)]
    vaccines = [g.rnd.choice([("Influenza (trivalent)", "Sanofi"), ("Td booster", "Biovac"), ("HPV", "MSD"),
                              ("Hepatitis B", "GSK"), ("Measles-Rubella", "Serum Institute")]) for _ in range(g.rows)]

    def alt() -> str:
        a, b = v.person(g, "en_za")
        return g.rnd.choice([g.phone("ZA", "national"), v.email_of(g, a, b, v.DOMAINS["en_za"]),
                             f"{a} (sister) {g.phone('ZA', 'national')}", f"Mother: {v.whole(g, 'en_za', True)}",
                             g.phone("ZA", "e164")])

    def aefi() -> str:
        return g.rnd.choice([f"Fainted after dose, observed 30 min; mother {v.given(g, 'en_za', True)} present",
                             f"Follow-up call to {g.phone('ZA', 'national')} on day 2",
                             "Sore arm, no other AEFI", f"Referred to Dr {v.family(g, 'en_za')} at the clinic"])

    return Table("vaxcentre_dbn.vaccination_register", "en", "snake", [
        c("record_id", N, "BIGINT", g.keys(610_001), "decoy", KEY),
        c("visit_no", N, "VARCHAR", g.col(lambda: g.code("V25-999999")), "decoy", KEY, ABBREV),
        c("id_type", N, "VARCHAR", [r["kind"] for r in rows], "decoy"),
        c("id_number", "national_id", "VARCHAR", [r["id"] if g.rnd.random() < 0.95 else None for r in rows]),
        c("first_names", "first_name", "VARCHAR", [r["first"] for r in rows]),
        c("surname", "last_name", "VARCHAR", [r["last"] for r in rows]),
        c("date_of_birth", "date_of_birth", "DATE", [r["born"] for r in rows]),
        c("sex", N, "VARCHAR", ["F" if r["female"] else "M" for r in rows], "decoy"),
        c("cell_number", "phone", "VARCHAR", _dirty(g, g.phones("ZA", {"national": 0.6, "e164": 0.3, "digits": 0.1},
                                                                1.0, 0.08), 0.04, ["000 000 0000"]), PLACEHOLDER),
        c("alt_contact", "free_text", "VARCHAR", g.col(alt, 0.4), MIXED),
        c("residential_address", "street_address", "VARCHAR", g.col(lambda: v.za_street(g), 0.1)),
        c("town", "city", "VARCHAR", [r["town"] for r in rows]),
        c("postal_code", "postal_code", "VARCHAR", [r["pc"] for r in rows]),
        c("province", N, "VARCHAR", ["KwaZulu-Natal"] * g.rows, "decoy"),
        c("medical_aid_scheme", N, "VARCHAR", g.col(g.pick(["None", "Discovery Health", "GEMS", "Bonitas",
                                                             "Momentum Health"])), "decoy"),
        c("vaccine", N, "VARCHAR", [x[0] for x in vaccines], "decoy", CLINICAL),
        c("manufacturer", N, "VARCHAR", [x[1] for x in vaccines], "decoy"),
        c("batch_no", N, "VARCHAR", g.col(lambda: g.code(g.rnd.choice(["AA999A", "U999999AA", "9999AA9"]))), "decoy",
          SHAPE, ABBREV),
        c("dose_no", N, "INTEGER", g.ints(1, 3), "decoy"),
        c("vaccinated_at", N, "TIMESTAMP", g.moments("2025-04-01", "2025-11-30"), "decoy"),
        c("injection_site", N, "VARCHAR", g.col(g.pick(["Left deltoid", "Right deltoid", "Left thigh"])), "decoy"),
        c("vaccinator", "person_name", "VARCHAR", [x[0] for x in vac], STAFF),
        c("vaccinator_sanc_no", N, "VARCHAR", [x[1] for x in vac], "decoy", PRACT, ABBREV),
        c("facility_name", N, "VARCHAR", ["Berea Road Vaccination Centre"] * g.rows, "business"),
        c("facility_phone", N, "VARCHAR", ["031 201 5500"] * g.rows, "business"),
        c("guardian_name", "person_name", "VARCHAR", [v.whole(g, "en_za") if r["child"] else None for r in rows],
          HEAVY, ROLE),
        c("aefi_notes", "free_text", "VARCHAR", g.sparse(aefi, 0.8, _words("NIL", "none")), NULLWORD),
        c("captured_by", USERNAME, "VARCHAR", g.col(g.pick(clerks)), USER, AUDIT),
    ])


def sc_care_home(g: Gen) -> Table:
    """A Perthshire care home's residents (English, Pascal case, a .NET care-management product): resident id, room and
    wing, title, forename, surname, preferred name, birth date, CHI number (encoding birth date and sex), the previous
    home's address, town and postcode, the home's own address under ``CurrentAddress`` (``none``), next of kin's name,
    relationship, phone, e-mail and address, the power of attorney (mostly NULL), the GP, his practice and its phone
    (``none``), the key worker (few), funding, weekly fee, DNACPR, diagnoses (``none``), care notes naming people, the
    admission date and the reviewer's login."""
    keyworkers = _staff(g, 6, lambda x: v.whole(x, "en_sc"))
    reviewers = _logins(g, 3, "en_sc", 1)
    gps = [(f"Dr {v.whole(g, 'en_sc')}", g.rnd.choice([("Taymount Surgery", "01738 627117"),
                                                        ("Drumhar Health Centre", "01738 621181")])) for _ in range(5)]
    rows = []
    for _ in range(g.rows):
        female = _sex(g, 0.7)
        first, last = v.person(g, "en_sc", female)
        born = g.birth(1924, 1950)
        town, district = g.rnd.choice(v.SC_PLACES)
        kin_first, kin_last = v.person(g, "en_sc")
        rows.append({"first": first, "last": last, "female": female, "born": born, "chi": v.sc_chi(g, born, female),
                     "town": town, "pc": v.sc_postcode(g, district), "kin": f"{kin_first} {kin_last}",
                     "kin_email": v.email_of(g, kin_first, kin_last, v.DOMAINS["en_sc"]), "gp": g.rnd.choice(gps)})

    def note() -> str:
        return g.rnd.choice([f"Son {v.given(g, 'en_sc', False)} visits Sundays", "Settled night, ate well",
                             f"Daughter asked to be called on {g.phone('GB', 'national')} after the GP review",
                             "Mobilising with zimmer", f"Likes to talk about her old house at {v.sc_street(g)}",
                             f"Friend {v.whole(g, 'en_sc')} brought flowers"])

    return Table("CareHomeSys.ResidentRecords", "en", "pascal", [
        c("ResidentId", N, "INTEGER", g.keys(101), "decoy", KEY),
        c("RoomNo", N, "VARCHAR", [f"{g.rnd.choice('RB')}{i + 1:02d}" for i in range(g.rows)], "decoy", ABBREV),
        c("Wing", N, "VARCHAR", g.col(g.pick(["Rowan", "Birch", "Heather"])), "decoy"),
        c("Title", N, "VARCHAR", [g.rnd.choice(["Mrs", "Miss", "Ms"]) if r["female"] else "Mr" for r in rows],
          "decoy"),
        c("Forename", "first_name", "VARCHAR", [r["first"] for r in rows]),
        c("Surname", "last_name", "VARCHAR", [r["last"] for r in rows]),
        c("PreferredName", "first_name", "VARCHAR", [g.rnd.choice(["Peggy", "Bunty", "Nan", "Betty", "Jeannie"]
                                                                   if r["female"] else ["Jock", "Sandy", "Eck", "Bert"])
                                                     if g.rnd.random() < 0.35 else None for r in rows]),
        c("DateOfBirth", "date_of_birth", "DATE", [r["born"] for r in rows]),
        c("CHINumber", "national_id", "VARCHAR", [r["chi"] for r in rows], ABBREV),
        c("PreviousAddress", "street_address", "VARCHAR", g.col(lambda: v.sc_street(g))),
        c("PreviousTown", "city", "VARCHAR", [r["town"] for r in rows]),
        c("PreviousPostcode", "postal_code", "VARCHAR", [r["pc"] for r in rows]),
        c("CurrentAddress", N, "VARCHAR", ["Kinnoull Brae Care Home, 4 Muirhall Road, Perth PH2 7BQ"] * g.rows,
          "business", MISLEADING),
        c("NextOfKinName", "person_name", "VARCHAR", [r["kin"] for r in rows], ROLE),
        c("NextOfKinRelationship", N, "VARCHAR", g.col(g.pick(["Son", "Daughter", "Niece", "Husband", "Friend"])),
          "decoy"),
        c("NextOfKinPhone", "phone", "VARCHAR", g.phones("GB", {"national": 0.7, "intl": 0.3}, 0.7), ROLE),
        c("NextOfKinEmail", "email", "VARCHAR", [r["kin_email"] if g.rnd.random() < 0.7 else None for r in rows],
          ROLE_EMAIL),
        c("NextOfKinAddress", "street_address", "VARCHAR", g.col(lambda: f"{v.sc_street(g)}, "
                                                                 f"{g.rnd.choice(v.SC_PLACES)[0]}", 0.2), ROLE),
        c("PowerOfAttorney", "person_name", "VARCHAR", g.col(lambda: v.whole(g, "en_sc"), 0.6), HEAVY, ROLE),
        c("GPName", "person_name", "VARCHAR", [r["gp"][0] for r in rows], ROLE),
        c("GPPractice", N, "VARCHAR", [r["gp"][1][0] for r in rows], "business"),
        c("GPPracticePhone", N, "VARCHAR", [r["gp"][1][1] for r in rows], "business"),
        c("KeyWorker", "person_name", "VARCHAR", g.col(g.pick(keyworkers)), STAFF),
        c("FundingType", N, "VARCHAR", g.col(g.pick(["Local authority", "Self-funded", "Free personal care + top-up"])),
          "decoy"),
        c("WeeklyFee", N, "DECIMAL(8,2)", g.amounts(1_150, 1_650), "decoy"),
        c("DNACPR", N, "BOOLEAN", g.yn(True, False, 0.45), "decoy", ABBREV),
        c("Diagnoses", N, "VARCHAR", g.col(g.pick(["Alzheimer's disease", "Vascular dementia; T2DM", "COPD",
                                                    "Parkinson's disease", "CVA 2019; AF"])), "decoy", CLINICAL),
        c("CareNotes", "free_text", "VARCHAR", g.col(note, 0.15)),
        c("AdmissionDate", N, "DATE", g.days("2019-01-01", "2025-11-30"), "decoy"),
        c("LastReviewedBy", USERNAME, "VARCHAR", g.col(g.pick(reviewers)), USER, AUDIT),
    ])


def au_ndis(g: Gen) -> Table:
    """A Newcastle (NSW) NDIS provider's participants (English, snake case, a rostering product's export): participant
    id, NDIS number (``national_id``, no public check digit) and Medicare number, names, preferred name (mostly NULL),
    birth date, home, suburb, state (``none``), postcode, mobile, e-mail, plan management, the plan manager (a
    company), its ABN and invoice e-mail (``none``), plan dates, the primary disability (``none``), the nominee and
    her phone (mostly NULL), the support coordinator, the support worker (few), the key-safe code (``none``), the NDIS
    line item, notes naming people, the opaque ``udf_03`` (a guardian's e-mail, mostly NULL) and ``udf_07`` (shift
    preferences), the creating login."""
    workers = _staff(g, 7, lambda x: v.whole(x, "en_au"))
    creators = _logins(g, 3, "en_au", 3)
    managers = [("Hunter Plan Partners Pty Ltd", v.au_abn(g), "invoices@hunterplanpartners.com.au"),
                ("My Plan Manager", v.au_abn(g), "accounts@myplanmanager.example.com.au"),
                ("Plan Well Newcastle", v.au_abn(g), "claims@planwellnewcastle.com.au")]
    rows = []
    for _ in range(g.rows):
        female = _sex(g, 0.45)
        first, last = v.person(g, "en_au", female)
        suburb, pc = g.rnd.choice(v.AU_PLACES)
        rows.append({"first": first, "last": last, "suburb": suburb, "pc": pc,
                     "mgmt": g.rnd.choice(["Plan-managed", "Plan-managed", "Self-managed", "NDIA-managed"])})
    manager = [g.rnd.choice(managers) if r["mgmt"] == "Plan-managed" else None for r in rows]
    starts = g.days("2024-07-01", "2025-10-01")
    nominee = [g.rnd.random() < 0.4 for _ in range(g.rows)]

    def note() -> str:
        return g.rnd.choice(["Prefers female support workers", f"Mum ({v.whole(g, 'en_au', True)}) to be called first",
                             f"Call sister on {g.phone('AU', 'national')} if no answer", "Uses AAC device",
                             f"Transport from {v.au_street(g)} to day program", "Community access Tues/Thu"])

    return Table("lumen_ndis.participants", "en", "snake", [
        c("participant_id", N, "INTEGER", g.keys(1_001), "decoy", KEY),
        c("ndis_number", "national_id", "VARCHAR", g.col(lambda: v.au_ndis(g), 0.02)),
        c("medicare_number", "national_id", "VARCHAR", g.col(lambda: v.au_medicare(g), 0.25)),
        c("first_name", "first_name", "VARCHAR", [r["first"] for r in rows]),
        c("last_name", "last_name", "VARCHAR", [r["last"] for r in rows]),
        c("preferred_name", "first_name", "VARCHAR", g.col(lambda: g.rnd.choice(["Bec", "Mick", "Jono", "Liz", "Tash",
                                                                                  "Davo"]), 0.8), HEAVY),
        c("dob", "date_of_birth", "DATE", g.births(1962, 2019), ABBREV),
        c("home_address", "street_address", "VARCHAR", g.col(lambda: v.au_street(g))),
        c("suburb", "city", "VARCHAR", [r["suburb"] for r in rows]),
        c("state", N, "VARCHAR", ["NSW"] * g.rows, "decoy"),
        c("postcode", "postal_code", "VARCHAR", [r["pc"] for r in rows]),
        c("mobile", "phone", "VARCHAR", g.phones("AU", {"national": 0.6, "e164": 0.3, "digits": 0.1}, 0.95, 0.1)),
        c("email", "email", "VARCHAR", [v.email_of(g, r["first"], r["last"], v.DOMAINS["en_au"])
                                        if g.rnd.random() < 0.7 else None for r in rows]),
        c("plan_management", N, "VARCHAR", [r["mgmt"] for r in rows], "decoy"),
        c("plan_manager", N, "VARCHAR", [m[0] if m else None for m in manager], "business"),
        c("plan_manager_abn", N, "VARCHAR", [m[1] if m else None for m in manager], "business", CHECK),
        c("plan_manager_email", N, "VARCHAR", [m[2] if m else None for m in manager], "business"),
        c("plan_start", N, "DATE", starts, "decoy"),
        c("plan_end", N, "DATE", [s + timedelta(days=365) for s in starts], "decoy"),
        c("primary_disability", N, "VARCHAR", g.col(g.pick(["Autism", "Intellectual disability", "Cerebral palsy",
                                                             "Acquired brain injury", "Psychosocial"])), "decoy",
          CLINICAL),
        c("nominee_name", "person_name", "VARCHAR", [v.whole(g, "en_au") if x else None for x in nominee], HEAVY,
          ROLE),
        c("nominee_phone", "phone", "VARCHAR", [g.phone("AU", "national") if x else None for x in nominee], HEAVY,
          ROLE),
        c("support_coordinator", "person_name", "VARCHAR", g.col(lambda: v.whole(g, "en_au"), 0.3), ROLE),
        c("support_worker", "person_name", "VARCHAR", g.col(g.pick(workers), 0.05), STAFF),
        c("key_safe_code", N, "VARCHAR", g.col(lambda: g.digits(4), 0.6), "decoy", CREDENTIAL),
        c("line_item", N, "VARCHAR", g.col(g.pick(["01_011_0107_1_1", "04_104_0125_6_1", "01_015_0107_1_1"])), "decoy",
          SHAPE),
        c("notes", "free_text", "VARCHAR", g.col(note, 0.35)),
        c("udf_03", "email", "VARCHAR", g.col(lambda: v.email(g, "en_au"), 0.75), OPAQUE, HEAVY),
        c("udf_07", N, "VARCHAR", g.col(g.pick(["Mornings only", "No Fridays", "Needs 2:1 for transfers",
                                                 "Weekend respite"]), 0.4), "decoy", OPAQUE),
        c("created_by", USERNAME, "VARCHAR", g.col(g.pick(creators)), USER, AUDIT),
    ])


BUILDERS: list[tuple[Callable[[Gen], Table], int]] = [
    (es_farmacia, 280), (be_tandarts, 240), (at_physio, 220), (fr_opticien, 200), (pl_trial_site, 120),
    (br_laboratorio, 260), (it_emoteca, 300), (no_hjemmetjeneste, 300), (fi_kuulokeskus, 180), (kr_outpatient, 260),
    (gr_ivf, 90), (in_telehealth, 300), (za_vaccination, 280), (sc_care_home, 60), (au_ndis, 150),
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
