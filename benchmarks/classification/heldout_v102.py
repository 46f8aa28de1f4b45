"""Held-out set v102 for the column classifier: 15 tables of *pets and animal welfare* (veterinary clinics, pet
insurance policies and claims, animal shelters' adoptions and fosterers, pet identification and microchip registries,
dog and cat registrations, boarding kennels and catteries, a dog groomer, a dog-walking app, a pet relocation agency
and equine passports), one system per table and each a different organisation, eight with English column names and
seven in other languages; the owners, keepers, adopters and policyholders are people, the animals (with names, birth
dates, breeds and chip numbers) are not:

* ``larimer_vet.client_patient``: a Fort Collins mixed-animal veterinary hospital's clients and patients (snake case,
  case references shaped like SSNs failing the check, rabies tags, ``misc_1``);
* ``PawGuard.ClaimSubmissions``: a Devon pet insurer's claims (Pascal case, payee IBANs, excess card numbers, the
  treating practice's name, phone and postcode, the treating vet);
* ``fraserPaws.adoptionApplications``: a Burnaby animal shelter's adoption and foster applications (camel case,
  landlords' names and phones, the applicant's IP address);
* ``ANIMAL_REG.REGISTRATIONS``: a Sunshine Coast council's dog and cat registrations (SCREAMING case, the owner's
  birth date for the pensioner concession only, breeders' ABNs, ``CUSTOM_FIELD_1``);
* ``kildare_kennels.bkg``: a Kildare boarding kennels and cattery's bookings (abbreviated: ``own_fnm``,
  ``emg_ctc_ph``, ``addr_ln1``, ``eircd``);
* ``PETPOL.PH-MASTER-EXTRACT``: a Centurion pet insurer's COBOL policyholder extract (legacy: padded CHAR,
  ``YYYYMMDD`` integers, South African ID numbers, policy numbers of 13 digits failing the ID's check, phones and
  postcodes as numbers, ``PH-USER-FLD-3``);
* ``stg_petrelo.src_permit_raw``: a Bengaluru pet relocation agency's export permits as an opaque staging table
  (``col01`` to ``col19``: passport, PAN, Aadhaar, application numbers failing the Verhoeff check, microchips, hashes);
* ``walkies_ng.booking_customers``: a Lagos dog-walking app's customers and bookings (snake and camel case, usernames,
  NIN, login IPs, pick-up coordinates, payment references);
* ``tierheim_koeln.vermittlungen``: a Cologne animal shelter's adoptions (German, IBANs for the adoption fee);
* ``IDCARNIV.PRPROP``: an Occitanie pet identification file's owners on an AS/400 (French, legacy: ``PR`` prefix,
  ``CYYMMDD`` decimals, phone and postcode as decimals, chips and tattoos, ``PRZON3``);
* ``peluqueriaCanina.citas``: a Seville dog groomer's appointments (Spanish, camel case, DNI, voucher codes shaped
  like a DNI with a wrong letter, ``campoLibre3``);
* ``asl_to_anagrafe.proprietari_cani``: a Turin local health authority's dog registry (Italian, codice fiscale
  encoding the birth date);
* ``StamboekVeluwe.Paardenpaspoorten``: a Veluwe studbook's equine passports and their keepers (Dutch, Pascal case,
  BSN, registration numbers failing the eleven-test, UELN, co-owners);
* ``petto_hoken.keiyakusha``: a Yokohama pet insurer's policyholders (romanized Japanese names, values in kanji and
  katakana, card numbers, ``jiyuu_koumoku_3``);
* ``ветклиника_казань.владельцы``: a Kazan veterinary clinic's pet owners (Russian: Cyrillic column names and values,
  personal INN, order numbers of 12 digits failing the INN check).

Written **blind**, like v2 to v101: by someone who has read neither the classifier (``governance_dagster/detect/``)
nor its documentation, tests, changelog or notes, only the list of kind names (``governance_dagster/kinds.py``), how
the scorer registers a set (``heldout_v2_accuracy.py``), the structure and labeling conventions of v27 and v98 (their
modules, their tests and ``tests/heldout_support.py``), the module docstrings of v24 to v101 (to avoid their domains
and follow their labels) and the ``Column``/``Table`` classes and writer of v2 and v4. The classifier was not run on
this set while it was written, no scorer was run on it, and no score was looked at. It was written under a short
deadline (30 minutes, the tests and lint included), so some labels are quick decisions rather than settled
conventions.

Labeling choices a reader may question:

* an animal's name, species, breed, birth date, microchip, tattoo, tag, UELN and passport numbers are ``none`` (tag
  ``animal``, with ``decoy``), as v39, v44 and v53 labeled them, even where pets carry people's names (Kevin, Susan,
  Doris) and a horse's name reads like a person's (``Fenna van de Veldhoeve``);
* a South African ID number, a PAN, Aadhaar, a passport number, a Nigerian NIN, a DNI, a codice fiscale, a BSN and a
  personal INN are ``national_id`` (no ``ssn`` in this set); a breeder's ABN is ``none`` (tag ``business``);
* case references, claim, policy, booking, voucher, registration and order numbers are ``none`` (tag ``decoy``,
  ``value_shape`` when shaped like an identifier and failing its check);
* vets, vet nurses, groomers, kennel hands, walkers, claims handlers, wardens, shelter coordinators and studbook
  inspectors of the organisation holding the table are staff (``person_name``, tag ``staff``), as is the accredited
  vet of the Turin registry and the identifying vet of the French file (``PRVETO``); the treating vet on a pet
  insurance claim is personal (tag ``role_word``), as are landlords, emergency contacts, keepers and co-owners;
* a Russian patronymic (``отчество``) is ``person_name`` (neither a given nor a family name); a Japanese name in kana
  is ``person_name``; the Spanish ``apellidosCliente`` (two surnames) is ``last_name``;
* opaque custom fields holding, by row, a phone, an e-mail or a name are ``free_text`` (tag ``custom_field``); an
  app username is ``unclassified`` (tag ``username``);
* the owner's birth date stored as ``YYYYMMDD`` or ``CYYMMDD`` numbers is ``date_of_birth``; a pet's birth date, an
  inception, identification, visit or contract date is ``none``; a Lagos area, a Queensland suburb and a Japanese
  municipality are ``city``; pick-up coordinates of a dog walk are ``none`` (tag ``decoy``).

Every value is generated here from :data:`SEED` (one ``random.Random`` per table, named after its builder) with
python-stdnum for check digits, phonenumbers for phone validity and formats, and the lists of
:mod:`benchmarks.classification.heldout_v102_values`, written for v102 (no Faker, no list of real people, no breach
data). Build: ``python -m benchmarks.classification.heldout_v102 [PATH]`` (default ``/tmp/heldout_v102.duckdb``).
Score: ``python -m benchmarks.classification.heldout_v2_accuracy --set v102``.
"""
from __future__ import annotations

import sys
from collections.abc import Callable
from datetime import date
from pathlib import Path

from benchmarks.classification import heldout_v4
from benchmarks.classification import heldout_v102_values as v
from benchmarks.classification.heldout_v2 import Column, Table
from benchmarks.classification.heldout_v102_values import NULLISH, SEED, USERNAME, Gen, N, c

__all__ = ["BUILDERS", "DEFAULT_PATH", "NULLISH", "SEED", "USERNAME", "Column", "Gen", "Table", "build", "labels",
           "summary", "tables"]

DEFAULT_PATH = Path("/tmp/heldout_v102.duckdb")

NULLWORD = "nullword_heavy"  # 70-95% NULL words
HEAVY = "null_heavy"  # 50-95% NULL
SHAPE = "value_shape"
STAFF = "staff"  # vets, nurses, groomers, kennel hands, wardens, claims handlers (few distinct)
ROLE = "role_word"  # a role word (owner, keeper, fosterer, landlord, emergency contact, co-owner ...) holding people
ABBREV = "abbrev"
KEY = "join_key"
LEGACY = "legacy"
OPAQUE = "opaque"
CUSTOM = "custom_field"  # an opaque custom field holding, by row, a phone, an e-mail or a name (free_text)
ANIMAL = "animal"  # an animal's name, birth date, breed, chip, passport or tag number (none)


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
            return v.romaji_email(g, v.DOMAINS[lang]) if lang == "ja" else v.email_of(g, a, b, v.DOMAINS[lang])
        return v.whole(g, lang)
    return g.col(one, null)


def _pad(values: list, width: int) -> list:
    return [None if x is None else f"{str(x)[:width]:<{width}}" for x in values]


def _ymd(d: date | None) -> int:
    return 0 if d is None else d.year * 10_000 + d.month * 100 + d.day


def _cyymmdd(d: date | None) -> int:
    return 0 if d is None else (d.year // 100 - 19) * 1_000_000 + (d.year % 100) * 10_000 + d.month * 100 + d.day


def _pets(g: Gen) -> list[str]:
    return g.col(g.pick(v.PET_NAMES))


# -- English-named tables ----------------------------------------------------------------------------------------------


def us_vet_clients(g: Gen) -> Table:
    """A Fort Collins mixed-animal veterinary hospital's clients and patients (snake case)."""
    pairs = [v.person(g) for _ in range(g.rows)]
    places = [g.rnd.choice(v.US_CITIES) for _ in range(g.rows)]
    vets = _staff(g, 6, "us")
    labs = ["IDEXX Reference Labs", "Antech Diagnostics", "CSU VDL"]

    def note() -> str:
        return g.rnd.choice([f"Owner's husband {v.given(g)} will pick up", "Fractious, muzzle for exam",
                             f"Refer to Dr. {v.whole(g)} at CSU for ortho consult", "Declined dental estimate",
                             f"Bill to daughter {v.whole(g)}"])

    return Table("larimer_vet.client_patient", "en", "snake", [
        c("patient_id", N, "BIGINT", g.keys(410_001), "decoy", KEY),
        c("client_id", N, "BIGINT", g.ints(20_000, 89_999), "decoy", KEY),
        c("client_first_name", "first_name", "VARCHAR", [a for a, _ in pairs]),
        c("client_last_name", "last_name", "VARCHAR", [b for _, b in pairs]),
        c("client_email", "email", "VARCHAR", [None if g.rnd.random() < 0.25 else v.email_of(g, a, b, v.DOMAINS["us"])
                                               for a, b in pairs]),
        c("client_cell", "phone", "VARCHAR", g.phones("US", {"national": 0.5, "dashes": 0.3, "e164": 0.2}, 0.8, 0.05)),
        c("street_address", "street_address", "VARCHAR", g.col(lambda: v.street(g, v.US_STREETS), 0.05)),
        c("city", "city", "VARCHAR", [p[0] for p in places]),
        c("zip_code", "postal_code", "VARCHAR", [p[1] + g.digits(2) for p in places]),
        c("patient_name", N, "VARCHAR", _pets(g), "decoy", ANIMAL),
        c("species", N, "VARCHAR", g.col(g.pick(v.SPECIES)), "decoy", ANIMAL),
        c("breed", N, "VARCHAR", g.col(g.pick(v.DOG_BREEDS + v.CAT_BREEDS)), "decoy", ANIMAL),
        c("patient_dob", N, "DATE", g.births(2008, 2025), "decoy", ANIMAL),
        c("microchip_no", N, "VARCHAR", g.col(lambda: v.microchip(g), 0.3), "decoy", ANIMAL, SHAPE),
        c("rabies_tag", N, "VARCHAR", g.col(lambda: g.code("25-99999"), 0.2), "decoy", ANIMAL, SHAPE),
        c("case_ref", N, "VARCHAR", g.col(lambda: v.us_ssn_decoy(g)), "decoy", SHAPE),
        c("attending_dvm", "person_name", "VARCHAR", g.col(g.pick(vets)), STAFF),
        c("ref_lab", N, "VARCHAR", g.col(g.pick(labs), 0.5), "business"),
        c("last_visit_at", N, "TIMESTAMP", g.moments("2024-01-01", "2025-11-30"), "decoy"),
        c("balance_due", N, "DECIMAL(10,2)", g.amounts(0, 900), "decoy"),
        c("misc_1", "free_text", "VARCHAR", _custom(g, "US", "us"), CUSTOM),
        c("alert_notes", "free_text", "VARCHAR", g.sparse(note, 0.75, _words()), NULLWORD),
    ])


def gb_pet_claims(g: Gen) -> Table:
    """A Devon pet insurer's claims (Pascal case)."""
    pairs = [v.person(g, "gb") for _ in range(g.rows)]
    places = [g.rnd.choice(v.GB_CITIES) for _ in range(g.rows)]
    handlers = _staff(g, 5, "gb")
    practices = [(name, g.phone("GB", "national", False), pc) for name, pc in
                 (("Westpoint Vets Exeter", "EX2 7HY"), ("Kernow Animal Hospital", "TR1 3XP"),
                  ("Tamar Valley Vets", "PL19 8BA"), ("Quantock Veterinary Centre", "TA1 2PZ"))]
    prac = [g.rnd.randrange(len(practices)) for _ in range(g.rows)]
    vets = _staff(g, 8, "gb")
    paid_owner = [g.rnd.random() < 0.45 for _ in range(g.rows)]
    return Table("PawGuard.ClaimSubmissions", "en", "pascal", [
        c("ClaimId", N, "BIGINT", g.keys(7_700_001), "decoy", KEY),
        c("ClaimNumber", N, "VARCHAR", g.col(lambda: g.code("PGC-99999999")), "decoy", SHAPE),
        c("PolicyNumber", N, "VARCHAR", g.col(lambda: g.code("PG/AA/9999999")), "decoy", SHAPE),
        c("PolicyholderTitle", N, "VARCHAR", g.col(g.pick(["Mr", "Mrs", "Ms", "Miss", "Dr", "Mx"])), "decoy"),
        c("PolicyholderForename", "first_name", "VARCHAR", [a for a, _ in pairs]),
        c("PolicyholderSurname", "last_name", "VARCHAR", [b for _, b in pairs]),
        c("PolicyholderEmail", "email", "VARCHAR", [v.email_of(g, a, b, v.DOMAINS["gb"]) for a, b in pairs]),
        c("PolicyholderMobile", "phone", "VARCHAR", g.phones("GB", {"national": 0.6, "intl": 0.2, "e164": 0.2}, 0.9)),
        c("Postcode", "postal_code", "VARCHAR", [f"{p[1]} {g.code('9AA')}" for p in places]),
        c("PetName", N, "VARCHAR", _pets(g), "decoy", ANIMAL),
        c("PetDateOfBirth", N, "DATE", g.births(2010, 2024), "decoy", ANIMAL),
        c("PetMicrochip", N, "VARCHAR", g.col(lambda: v.microchip(g), 0.1), "decoy", ANIMAL, SHAPE),
        c("Condition", N, "VARCHAR", g.col(g.pick(["Cruciate ligament", "Otitis externa", "Gastroenteritis",
                                                   "Foreign body", "Dental disease", "Allergic dermatitis"])), "decoy"),
        c("TreatingPractice", N, "VARCHAR", [practices[i][0] for i in prac], "business"),
        c("PracticePhone", N, "VARCHAR", [practices[i][1] for i in prac], "business"),
        c("PracticePostcode", N, "VARCHAR", [practices[i][2] for i in prac], "business"),
        c("TreatingVet", "person_name", "VARCHAR", g.col(g.pick(vets), 0.2), ROLE),
        c("InvoiceTotal", N, "DECIMAL(10,2)", g.amounts(60, 6_500), "decoy"),
        c("PayeeIban", "iban", "VARCHAR", [v.iban(g, "GB") if p else None for p in paid_owner], HEAVY),
        c("ExcessCardNumber", "credit_card", "VARCHAR", g.col(lambda: v.card(g), 0.7), HEAVY),
        c("ClaimsHandler", "person_name", "VARCHAR", g.col(g.pick(handlers)), STAFF),
        c("SubmittedAt", N, "TIMESTAMP", g.moments("2025-01-01", "2025-11-30"), "decoy"),
    ])


def ca_shelter_fosters(g: Gen) -> Table:
    """A Burnaby animal shelter's adoption and foster applications (camel case)."""
    pairs = [v.person(g, "ca") for _ in range(g.rows)]
    places = [g.rnd.choice(v.CA_CITIES) for _ in range(g.rows)]
    renting = [g.rnd.random() < 0.4 for _ in range(g.rows)]
    coordinators = _staff(g, 4, "ca")

    def note() -> str:
        return g.rnd.choice(["Has another cat, slow intro advised", f"Reference {v.whole(g, 'ca')} called back, glowing",
                             "Works from home", f"Partner {v.given(g, 'ca')} allergic?", "Yard not fully fenced"])

    return Table("fraserPaws.adoptionApplications", "en", "camel", [
        c("applicationId", N, "VARCHAR", g.col(g.uuid), "decoy", KEY),
        c("applicationType", N, "VARCHAR", g.col(g.pick(["adopt", "foster", "foster-to-adopt"])), "decoy"),
        c("animalId", N, "VARCHAR", g.col(lambda: g.code("A9999999")), "decoy", ANIMAL),
        c("animalName", N, "VARCHAR", _pets(g), "decoy", ANIMAL),
        c("applicantFirstName", "first_name", "VARCHAR", [a for a, _ in pairs]),
        c("applicantLastName", "last_name", "VARCHAR", [b for _, b in pairs]),
        c("applicantBirthDate", "date_of_birth", "DATE", g.births(1950, 2006)),
        c("applicantEmail", "email", "VARCHAR", [v.email_of(g, a, b, v.DOMAINS["ca"]) for a, b in pairs]),
        c("applicantPhone", "phone", "VARCHAR", g.phones("CA", {"national": 0.7, "e164": 0.3}, 0.85)),
        c("homeAddress", "street_address", "VARCHAR", g.col(lambda: v.street(g, v.CA_STREETS, "ca"))),
        c("homeCity", "city", "VARCHAR", [p[0] for p in places]),
        c("homePostalCode", "postal_code", "VARCHAR", [f"{p[1]} {g.code('9A9')}" for p in places]),
        c("landlordName", "person_name", "VARCHAR", [v.whole(g, "ca") if r else None for r in renting], ROLE, HEAVY),
        c("landlordPhone", "phone", "VARCHAR", [g.phone("CA", "national", False) if r else None for r in renting],
          ROLE, HEAVY),
        c("householdAdults", N, "INTEGER", g.ints(1, 4), "decoy"),
        c("submittedFromIp", "ip_address", "VARCHAR", g.col(lambda: g.ip(0.25))),
        c("formVersion", N, "VARCHAR", g.col(g.version), "decoy"),
        c("shelterPhone", N, "VARCHAR", [g.phone("CA", "national", False)] * g.rows, "business"),
        c("coordinator", "person_name", "VARCHAR", g.col(g.pick(coordinators)), STAFF),
        c("submittedAt", N, "TIMESTAMP", g.moments("2025-02-01", "2025-11-30"), "decoy"),
        c("staffNotes", "free_text", "VARCHAR", g.sparse(note, 0.72, _words("none")), NULLWORD),
    ])


def au_dog_register(g: Gen) -> Table:
    """A Sunshine Coast council's dog and cat registrations (SCREAMING case)."""
    places = [g.rnd.choice(v.AU_CITIES) for _ in range(g.rows)]
    births = g.births(1940, 2005)
    concession = [b.year < 1960 or g.rnd.random() < 0.15 for b in births]
    officers = _staff(g, 4, "au")
    breeders = [(f"{name} Kennels", v.abn(g)) for name in ("Glasshouse", "Blackall Range", "Pumicestone", "Noosa Hinterland")]
    br = [g.rnd.randrange(len(breeders)) if g.rnd.random() < 0.35 else None for _ in range(g.rows)]
    return Table("ANIMAL_REG.REGISTRATIONS", "en", "screaming", [
        c("REG_NO", N, "VARCHAR", g.col(lambda: g.code("SCC999999")), "decoy", SHAPE),
        c("TAG_NO", N, "VARCHAR", g.col(lambda: g.code("D99999")), "decoy", ANIMAL),
        c("OWNER_NAME", "person_name", "VARCHAR", g.col(lambda: v.whole(g, "au").upper())),
        c("OWNER_DOB", "date_of_birth", "DATE", [b if k else None for b, k in zip(births, concession, strict=True)],
          HEAVY),
        c("OWNER_PHONE", "phone", "VARCHAR", g.phones("AU", {"national": 0.8, "e164": 0.2}, 0.8)),
        c("OWNER_EMAIL", "email", "VARCHAR", g.col(lambda: v.email_of(g, *v.person(g, "au"), v.DOMAINS["au"]), 0.3)),
        c("PROPERTY_ADDRESS", "street_address", "VARCHAR", g.col(lambda: v.street(g, v.AU_STREETS, "au").upper())),
        c("SUBURB", "city", "VARCHAR", [p[0].upper() for p in places]),
        c("POSTCODE", "postal_code", "VARCHAR", [p[1] for p in places]),
        c("ANIMAL_NAME", N, "VARCHAR", [x.upper() for x in _pets(g)], "decoy", ANIMAL),
        c("ANIMAL_TYPE", N, "VARCHAR", g.col(g.pick(["DOG", "DOG", "CAT"])), "decoy", ANIMAL),
        c("BREED", N, "VARCHAR", g.col(g.pick([b.upper() for b in v.DOG_BREEDS])), "decoy", ANIMAL),
        c("MICROCHIP", N, "VARCHAR", g.col(lambda: v.microchip(g), 0.05), "decoy", ANIMAL, SHAPE),
        c("DESEXED", N, "VARCHAR", g.col(g.pick(["Y", "N"])), "decoy"),
        c("CONCESSION", N, "VARCHAR", ["PENSIONER" if k else "NONE" for k in concession], "decoy"),
        c("BREEDER_NAME", N, "VARCHAR", [None if i is None else breeders[i][0] for i in br], "business"),
        c("BREEDER_ABN", N, "VARCHAR", [None if i is None else breeders[i][1] for i in br], "business", SHAPE),
        c("FEE_PAID", N, "DECIMAL(8,2)", g.col(g.pick([0.0, 42.5, 63.0, 126.0])), "decoy"),
        c("PAID_DATE", N, "DATE", g.days("2025-07-01", "2025-10-31"), "decoy"),
        c("ISSUING_OFFICER", "person_name", "VARCHAR", g.col(g.pick(officers)), STAFF),
        c("CUSTOM_FIELD_1", "free_text", "VARCHAR", _custom(g, "AU", "au"), CUSTOM),
    ])


def ie_kennel_bookings(g: Gen) -> Table:
    """A Kildare boarding kennels and cattery's bookings (abbreviated snake case)."""
    owners = []
    for _ in range(180):
        a, b = v.person(g, "ie")
        town = g.rnd.choice(v.IE_CITIES)
        owners.append((a, b, g.phone("IE", g.rnd.choice(["national", "e164"])), v.email_of(g, a, b, v.DOMAINS["ie"]),
                       v.street(g, v.IE_STREETS, "ie"), town[0], f"{town[1]} {g.code('ZZZZ')}", v.whole(g, "ie"),
                       g.phone("IE", "national")))
    ow = [g.rnd.choice(owners) for _ in range(g.rows)]
    hands = _staff(g, 5, "ie")
    vets = [("Naas Veterinary Hospital", g.phone("IE", "national", False)),
            ("Curragh Vets", g.phone("IE", "national", False)), ("Maynooth Animal Clinic", g.phone("IE", "national",
                                                                                                   False))]
    vt = [g.rnd.randrange(len(vets)) for _ in range(g.rows)]

    def note() -> str:
        return g.rnd.choice(["Feed twice daily, own food", f"Collect by sister {v.given(g, 'ie')}",
                             "Reactive to other dogs, solo run", f"Drop-off by neighbour {v.whole(g, 'ie')}"])

    return Table("kildare_kennels.bkg", "en", "abbrev", [
        c("bkg_id", N, "BIGINT", g.keys(52_001), "decoy", KEY),
        c("bkg_ref", N, "VARCHAR", g.col(lambda: g.code("KK-AA99Z")), "decoy", SHAPE),
        c("own_fnm", "first_name", "VARCHAR", [o[0] for o in ow], ABBREV),
        c("own_snm", "last_name", "VARCHAR", [o[1] for o in ow], ABBREV),
        c("own_mob", "phone", "VARCHAR", [o[2] for o in ow], ABBREV),
        c("own_eml", "email", "VARCHAR", [o[3] if g.rnd.random() < 0.8 else None for o in ow], ABBREV),
        c("addr_ln1", "street_address", "VARCHAR", [o[4] for o in ow], ABBREV),
        c("twn", "city", "VARCHAR", [o[5] for o in ow], ABBREV),
        c("eircd", "postal_code", "VARCHAR", [o[6] for o in ow], ABBREV),
        c("emg_ctc_nm", "person_name", "VARCHAR", [o[7] if g.rnd.random() < 0.6 else None for o in ow], ROLE, ABBREV),
        c("emg_ctc_ph", "phone", "VARCHAR", [o[8] if g.rnd.random() < 0.6 else None for o in ow], ROLE, ABBREV),
        c("pet_nm", N, "VARCHAR", _pets(g), "decoy", ANIMAL, ABBREV),
        c("pet_typ", N, "VARCHAR", g.col(g.pick(["DOG", "CAT"])), "decoy", ANIMAL),
        c("kennel_no", N, "VARCHAR", g.col(lambda: g.code("A99")), "decoy"),
        c("chk_in_dt", N, "DATE", g.days("2025-05-01", "2025-09-30"), "decoy"),
        c("chk_out_dt", N, "DATE", g.days("2025-05-03", "2025-10-14"), "decoy"),
        c("vacc_cert_ok", N, "BOOLEAN", g.yn(True, False, 0.93), "decoy"),
        c("vet_prac", N, "VARCHAR", [vets[i][0] for i in vt], "business", ABBREV),
        c("vet_ph", N, "VARCHAR", [vets[i][1] for i in vt], "business", ABBREV),
        c("chk_in_by", "person_name", "VARCHAR", g.col(g.pick(hands)), STAFF, ABBREV),
        c("spcl_instr", "free_text", "VARCHAR", g.sparse(note, 0.74, _words("nil")), NULLWORD, ABBREV),
    ])


def za_pet_insurer_cobol(g: Gen) -> Table:
    """A Centurion pet insurer's policyholder extract from its COBOL policy system (padded CHAR, numbers for dates,
    phones and postcodes)."""
    rows = []
    for _ in range(g.rows):
        female = g.rnd.random() < 0.5
        a, b = v.person(g, "za", female)
        born = g.birth(1950, 2003)
        rows.append((a, b, born, v.za_id(g, born, female) if g.rnd.random() < 0.9 else None))
    places = [g.rnd.choice(v.ZA_CITIES) for _ in range(g.rows)]
    brokers = [("PAWSURE BROKERS CC", g.phone("ZA", "digits", False)), ("TSHWANE INS ADVISORS", g.phone("ZA", "digits",
                                                                                                     False))]
    bk = [g.rnd.randrange(len(brokers)) for _ in range(g.rows)]
    return Table("PETPOL.PH-MASTER-EXTRACT", "en", "cobol", [
        c("PH-POLICY-NO", N, "VARCHAR", g.col(lambda: v.za_id_decoy(g)), "decoy", SHAPE, LEGACY),
        c("PH-PRODUCT-CD", N, "VARCHAR", _pad(g.col(g.pick(["ACCILL", "COMPRH", "SENIOR", "ACCONL"])), 8), "decoy",
          LEGACY),
        c("PH-SURNAME", "last_name", "VARCHAR", _pad([r[1].upper() for r in rows], 25), LEGACY),
        c("PH-FIRST-NAMES", "first_name", "VARCHAR", _pad([r[0].upper() for r in rows], 20), LEGACY),
        c("PH-ID-NUMBER", "national_id", "VARCHAR", [r[3] for r in rows], LEGACY),
        c("PH-BIRTH-DT", "date_of_birth", "INTEGER", [_ymd(r[2]) for r in rows], LEGACY),
        c("PH-CELL-NO", "phone", "BIGINT", [int(g.phone("ZA", "digits")) if g.rnd.random() < 0.9 else 0
                                            for _ in range(g.rows)], LEGACY),
        c("PH-EMAIL", "email", "VARCHAR", _pad([v.email_of(g, r[0], r[1], v.DOMAINS["za"]) if g.rnd.random() < 0.7
                                                else None for r in rows], 40), LEGACY),
        c("PH-ADDR-LINE-1", "street_address", "VARCHAR", _pad(g.col(lambda: v.street(g, v.ZA_STREETS, "za").upper()),
                                                              30), LEGACY),
        c("PH-CITY", "city", "VARCHAR", _pad([p[0].upper() for p in places], 20), LEGACY),
        c("PH-POSTAL-CD", "postal_code", "INTEGER", [int(p[1]) for p in places], LEGACY),
        c("PH-PET-NAME", N, "VARCHAR", _pad([x.upper() for x in _pets(g)], 15), "decoy", ANIMAL, LEGACY),
        c("PH-PET-BIRTH-DT", N, "INTEGER", [_ymd(g.birth(2012, 2024)) for _ in range(g.rows)], "decoy", ANIMAL,
          LEGACY),
        c("PH-INCEPTION-DT", N, "INTEGER", [_ymd(g.day("2018-01-01", "2025-10-31")) for _ in range(g.rows)], "decoy",
          LEGACY),
        c("PH-MONTHLY-PREM", N, "DECIMAL(9,2)", g.amounts(119, 789), "decoy", LEGACY),
        c("PH-DEBIT-ORDER-DAY", N, "INTEGER", g.col(g.pick([1, 15, 25, 28])), "decoy", LEGACY),
        c("PH-BROKER-NAME", N, "VARCHAR", _pad([brokers[i][0] for i in bk], 25), "business", LEGACY),
        c("PH-BROKER-TEL", N, "BIGINT", [int(brokers[i][1]) for i in bk], "business", LEGACY),
        c("PH-USER-FLD-3", "free_text", "VARCHAR", _pad(_custom(g, "ZA", "za"), 40), CUSTOM, LEGACY),
    ])


def in_pet_travel_staging(g: Gen) -> Table:
    """A Bengaluru pet relocation agency's export and travel-permit requests, landed as an opaque staging table."""
    def dob() -> str:
        d = g.birth(1955, 2004)
        return f"{d.day:02d}-{d.month:02d}-{d.year}"

    places = [g.rnd.choice(v.IN_CITIES) for _ in range(g.rows)]
    return Table("stg_petrelo.src_permit_raw", "en", "opaque", [
        c("col01", N, "VARCHAR", g.col(g.uuid), "decoy", KEY, OPAQUE),
        c("col02", "person_name", "VARCHAR", g.col(lambda: v.whole(g, "in")), OPAQUE),
        c("col03", "national_id", "VARCHAR", g.col(lambda: g.code("A9999999"), 0.1), OPAQUE),
        c("col04", "national_id", "VARCHAR", g.col(lambda: v.pan(g), 0.3), OPAQUE),
        c("col05", "national_id", "VARCHAR", g.col(lambda: v.aadhaar(g), 0.6), OPAQUE, HEAVY),
        c("col06", "date_of_birth", "VARCHAR", g.col(dob, 0.2), OPAQUE),
        c("col07", "phone", "VARCHAR", g.phones("IN", {"e164": 0.5, "intl": 0.3, "national": 0.2}), OPAQUE),
        c("col08", "email", "VARCHAR", g.col(lambda: v.email_of(g, *v.person(g, "in"), v.DOMAINS["in"]), 0.1), OPAQUE),
        c("col09", "street_address", "VARCHAR", g.col(lambda: v.street(g, v.IN_STREETS, "in")), OPAQUE),
        c("col10", "city", "VARCHAR", [p[0] for p in places], OPAQUE),
        c("col11", "postal_code", "VARCHAR", [p[1] + g.digits(3) for p in places], OPAQUE),
        c("col12", N, "VARCHAR", _pets(g), "decoy", ANIMAL, OPAQUE),
        c("col13", N, "VARCHAR", g.col(lambda: v.microchip(g)), "decoy", ANIMAL, SHAPE, OPAQUE),
        c("col14", N, "VARCHAR", g.col(g.pick(["BLR-LHR", "BLR-DXB-YYZ", "BOM-SYD", "BLR-SIN", "DEL-FRA"])), "decoy",
          OPAQUE),
        c("col15", N, "VARCHAR", g.col(lambda: v.aadhaar_decoy(g)), "decoy", SHAPE, OPAQUE),
        c("col16", N, "VARCHAR", g.col(g.sha256), "decoy", SHAPE, OPAQUE),
        c("col17", N, "VARCHAR", g.col(g.pick(["AQCS-BLR", "AQCS-MUM", "AQCS-DEL", "AQCS-CHN"])), "decoy", OPAQUE),
        c("col18", "free_text", "VARCHAR", _custom(g, "IN", "in"), CUSTOM, OPAQUE),
        c("col19", N, "TIMESTAMP", g.moments("2025-06-01", "2025-11-30"), "decoy", OPAQUE),
    ])


def ng_dog_walking_app(g: Gen) -> Table:
    """A Lagos dog-walking and pet-sitting app's customers and bookings (mixed snake and camel case)."""
    pairs = [v.person(g, "ng") for _ in range(g.rows)]
    places = [g.rnd.choice(v.NG_CITIES) for _ in range(g.rows)]
    walkers = _staff(g, 7, "ng")

    def note() -> str:
        return g.rnd.choice(["Gate code at security post", f"Hand keys to driver {v.given(g, 'ng')}",
                             "Dog pulls on leash", f"Call my wife {v.whole(g, 'ng')} if I don't pick"])

    return Table("walkies_ng.booking_customers", "en", "snake", [
        c("booking_id", N, "VARCHAR", g.col(lambda: g.code("WLK-ZZZZZZZZ")), "decoy", SHAPE),
        c("customer_first_name", "first_name", "VARCHAR", [a for a, _ in pairs]),
        c("customer_last_name", "last_name", "VARCHAR", [b for _, b in pairs]),
        c("username", USERNAME, "VARCHAR", [v.login(a, b, g.rnd.randint(0, 400)) for a, b in pairs], "username"),
        c("email", "email", "VARCHAR", [v.email_of(g, a, b, v.DOMAINS["ng"]) for a, b in pairs]),
        c("phoneNumber", "phone", "VARCHAR", g.phones("NG", {"national": 0.6, "e164": 0.4})),
        c("nin", "national_id", "VARCHAR", g.col(lambda: v.ng_nin(g), 0.6), HEAVY),
        c("pickupAddress", "street_address", "VARCHAR", g.col(lambda: v.street(g, v.NG_STREETS, "ng"))),
        c("area", "city", "VARCHAR", [p[0] for p in places]),
        c("postal_code", "postal_code", "VARCHAR", [p[1] if g.rnd.random() < 0.4 else None for p in places], HEAVY),
        c("pickup_lat", N, "DOUBLE", g.floats(6.42, 6.65, 6), "decoy"),
        c("pickup_lng", N, "DOUBLE", g.floats(3.30, 3.60, 6), "decoy"),
        c("dog_name", N, "VARCHAR", _pets(g), "decoy", ANIMAL),
        c("walker_name", "person_name", "VARCHAR", g.col(g.pick(walkers)), STAFF),
        c("service", N, "VARCHAR", g.col(g.pick(["30-min walk", "60-min walk", "Overnight sitting", "Drop-in visit"])),
          "decoy"),
        c("amountNgn", N, "DECIMAL(10,2)", g.col(g.pick([3500.0, 6000.0, 15000.0, 2500.0])), "decoy"),
        c("paystack_ref", N, "VARCHAR", g.col(lambda: g.code("T999999999999999")), "decoy", SHAPE),
        c("last_login_ip", "ip_address", "VARCHAR", g.col(lambda: g.ip(0.1), 0.1)),
        c("app_version", N, "VARCHAR", g.col(g.version), "decoy"),
        c("scheduled_at", N, "TIMESTAMP", g.moments("2025-08-01", "2025-11-30"), "decoy"),
        c("instructions", "free_text", "VARCHAR", g.sparse(note, 0.76, _words("none")), NULLWORD),
    ])


# -- tables in other languages -----------------------------------------------------------------------------------------


def de_tierheim(g: Gen) -> Table:
    """A Cologne animal shelter's adoptions (German, snake case)."""
    pairs = [v.person(g, "de") for _ in range(g.rows)]
    places = [g.rnd.choice(v.DE_CITIES) for _ in range(g.rows)]
    pfleger = _staff(g, 5, "de")

    def note() -> str:
        return g.rnd.choice(["Vorkontrolle ok, Garten eingezäunt", f"Lebensgefährtin {v.whole(g, 'de')} war dabei",
                             "Schutzvertrag unterschrieben", f"Nachkontrolle durch {v.given(g, 'de')} (Ehrenamt)"])

    return Table("tierheim_koeln.vermittlungen", "de", "snake", [
        c("vermittlung_nr", N, "VARCHAR", g.col(lambda: g.code("TH-2025-9999")), "decoy", SHAPE),
        c("tier_name", N, "VARCHAR", _pets(g), "decoy", ANIMAL),
        c("tierart", N, "VARCHAR", g.col(g.pick(["Hund", "Katze", "Kaninchen", "Meerschweinchen"])), "decoy", ANIMAL),
        c("chipnummer", N, "VARCHAR", g.col(lambda: v.microchip(g), 0.15), "decoy", ANIMAL, SHAPE),
        c("geburtsdatum_tier", N, "DATE", g.births(2012, 2025), "decoy", ANIMAL),
        c("anrede", N, "VARCHAR", g.col(g.pick(["Herr", "Frau", "Divers"])), "decoy"),
        c("vorname", "first_name", "VARCHAR", [a for a, _ in pairs]),
        c("nachname", "last_name", "VARCHAR", [b for _, b in pairs]),
        c("geburtsdatum", "date_of_birth", "DATE", g.births(1945, 2006)),
        c("strasse", "street_address", "VARCHAR", g.col(lambda: v.street(g, v.DE_STREETS, "de"))),
        c("plz", "postal_code", "VARCHAR", [p[1] + g.digits(3) for p in places]),
        c("ort", "city", "VARCHAR", [p[0] for p in places]),
        c("telefon", "phone", "VARCHAR", g.phones("DE", {"national": 0.7, "e164": 0.3}, 0.7)),
        c("email", "email", "VARCHAR", [v.email_of(g, a, b, v.DOMAINS["de"]) if g.rnd.random() < 0.8 else None
                                        for a, b in pairs]),
        c("iban_lastschrift", "iban", "VARCHAR", g.col(lambda: v.iban(g, "DE"), 0.55), HEAVY),
        c("schutzgebuehr", N, "DECIMAL(8,2)", g.col(g.pick([90.0, 250.0, 320.0, 75.0])), "decoy"),
        c("vertrag_datum", N, "DATE", g.days("2024-06-01", "2025-11-30"), "decoy"),
        c("tierpfleger", "person_name", "VARCHAR", g.col(g.pick(pfleger)), STAFF),
        c("tierheim_telefon", N, "VARCHAR", [g.phone("DE", "national", False)] * g.rows, "business"),
        c("bemerkung", "free_text", "VARCHAR", g.sparse(note, 0.73, _words("k.A.", "unbekannt")), NULLWORD),
    ])


def fr_identification_as400(g: Gen) -> Table:
    """An Occitanie pet identification file's owners on an AS/400 (French, legacy: ``PR`` prefix, ``CYYMMDD``
    decimals, phone and postcode as decimals, ``PRZON3``)."""
    pairs = [v.person(g, "fr") for _ in range(g.rows)]
    places = [g.rnd.choice(v.FR_CITIES) for _ in range(g.rows)]
    vetos = _staff(g, 6, "fr")
    return Table("IDCARNIV.PRPROP", "fr", "as400", [
        c("PRNUID", N, "DECIMAL(9,0)", g.keys(300_000_001), "decoy", KEY, LEGACY),
        c("PRNOM", "last_name", "VARCHAR", _pad([b.upper() for _, b in pairs], 30), LEGACY),
        c("PRPREN", "first_name", "VARCHAR", _pad([a.upper() for a, _ in pairs], 20), LEGACY),
        c("PRDNAI", "date_of_birth", "DECIMAL(7,0)", [_cyymmdd(g.birth(1940, 2005)) if g.rnd.random() < 0.6 else 0
                                                      for _ in range(g.rows)], LEGACY),
        c("PRADR1", "street_address", "VARCHAR", _pad(g.col(lambda: v.street(g, v.FR_STREETS, "fr").upper()), 32),
          LEGACY),
        c("PRCDPO", "postal_code", "DECIMAL(5,0)", [int(p[1]) for p in places], LEGACY),
        c("PRVILL", "city", "VARCHAR", _pad([p[0].upper() for p in places], 26), LEGACY),
        c("PRTELE", "phone", "DECIMAL(10,0)", [int(g.phone("FR", "digits")) if g.rnd.random() < 0.85 else 0
                                               for _ in range(g.rows)], LEGACY),
        c("PRMAIL", "email", "VARCHAR", _pad([v.email_of(g, a, b, v.DOMAINS["fr"]) if g.rnd.random() < 0.6 else None
                                              for a, b in pairs], 50), LEGACY),
        c("PRANOM", N, "VARCHAR", _pad([x.upper() for x in _pets(g)], 15), "decoy", ANIMAL, LEGACY),
        c("PRESPE", N, "VARCHAR", g.col(g.pick(["CN", "CH", "FU"])), "decoy", ANIMAL, LEGACY),
        c("PRPUCE", N, "VARCHAR", g.col(lambda: "250" + g.digits(12)), "decoy", ANIMAL, SHAPE, LEGACY),
        c("PRTATO", N, "VARCHAR", _pad(g.col(lambda: g.code("2AAA999"), 0.6), 8), "decoy", ANIMAL, LEGACY),
        c("PRDTID", N, "DECIMAL(7,0)", [_cyymmdd(g.day("2005-01-01", "2025-10-31")) for _ in range(g.rows)], "decoy",
          LEGACY),
        c("PRVETO", "person_name", "VARCHAR", _pad(g.col(g.pick([x.upper() for x in vetos])), 30), STAFF, LEGACY),
        c("PRNORD", N, "DECIMAL(6,0)", g.ints(10_000, 39_999), "decoy", LEGACY),
        c("PRSTAT", N, "VARCHAR", g.col(g.pick(["A", "A", "A", "D", "P"])), "decoy", LEGACY),
        c("PRZON3", "free_text", "VARCHAR", _pad(_custom(g, "FR", "fr"), 40), CUSTOM, LEGACY),
    ])


def es_peluqueria(g: Gen) -> Table:
    """A Seville dog groomer's appointments (Spanish, camel case)."""
    pairs = [v.person(g, "es") for _ in range(g.rows)]
    places = [g.rnd.choice(v.ES_CITIES) for _ in range(g.rows)]
    groomers = _staff(g, 4, "es")

    def obs() -> str:
        return g.rnd.choice(["Muerde al cortar uñas", f"Recoge su hijo {v.given(g, 'es')}", "Corte a tijera, no máquina",
                             f"Avisar a {v.whole(g, 'es')} al terminar"])

    return Table("peluqueriaCanina.citas", "es", "camel", [
        c("idCita", N, "BIGINT", g.keys(9_001), "decoy", KEY),
        c("codigoBono", N, "VARCHAR", g.col(lambda: v.dni_decoy(g), 0.4), "decoy", SHAPE),
        c("nombreCliente", "first_name", "VARCHAR", [a for a, _ in pairs]),
        c("apellidosCliente", "last_name", "VARCHAR", [f"{b} {g.rnd.choice(v.NAMES['es'][2])}" for _, b in pairs]),
        c("dniCliente", "national_id", "VARCHAR", g.col(lambda: v.dni(g), 0.45)),
        c("telefonoMovil", "phone", "VARCHAR", g.phones("ES", {"national": 0.8, "e164": 0.2}, 0.95)),
        c("correo", "email", "VARCHAR", [v.email_of(g, a, b, v.DOMAINS["es"]) if g.rnd.random() < 0.6 else None
                                         for a, b in pairs]),
        c("direccion", "street_address", "VARCHAR", g.col(lambda: v.street(g, v.ES_STREETS, "es"), 0.3)),
        c("codigoPostal", "postal_code", "VARCHAR", [p[1] + g.digits(3) for p in places]),
        c("localidad", "city", "VARCHAR", [p[0] for p in places]),
        c("nombreMascota", N, "VARCHAR", _pets(g), "decoy", ANIMAL),
        c("raza", N, "VARCHAR", g.col(g.pick(["Bichón maltés", "Caniche", "Yorkshire", "Schnauzer", "Mestizo",
                                              "Podenco"])), "decoy", ANIMAL),
        c("servicio", N, "VARCHAR", g.col(g.pick(["Baño", "Baño y corte", "Stripping", "Deslanado"])), "decoy"),
        c("fechaCita", N, "TIMESTAMP", g.moments("2025-03-01", "2025-11-30"), "decoy"),
        c("precio", N, "DECIMAL(6,2)", g.col(g.pick([25.0, 35.0, 45.0, 60.0])), "decoy"),
        c("peluquera", "person_name", "VARCHAR", g.col(g.pick(groomers)), STAFF),
        c("telefonoSalon", N, "VARCHAR", [g.phone("ES", "national", False)] * g.rows, "business"),
        c("campoLibre3", "free_text", "VARCHAR", _custom(g, "ES", "es"), CUSTOM),
        c("observaciones", "free_text", "VARCHAR", g.sparse(obs, 0.72, _words("desconocido")), NULLWORD),
    ])


def it_anagrafe_canina(g: Gen) -> Table:
    """A Turin local health authority's dog registry (Italian, snake case; codice fiscale encoding the birth date)."""
    rows = []
    for _ in range(g.rows):
        female = g.rnd.random() < 0.5
        a, b = v.person(g, "it", female)
        born = g.birth(1940, 2005)
        place = g.rnd.choice(v.IT_CITIES)
        rows.append((a, b, born, v.codice_fiscale(g, a, b, born, female, place[2]), place))
    vets = _staff(g, 5, "it")
    return Table("asl_to_anagrafe.proprietari_cani", "it", "snake", [
        c("id_registrazione", N, "BIGINT", g.keys(1_100_001), "decoy", KEY),
        c("codice_fiscale", "national_id", "VARCHAR", [r[3] for r in rows]),
        c("cognome", "last_name", "VARCHAR", [r[1] for r in rows]),
        c("nome", "first_name", "VARCHAR", [r[0] for r in rows]),
        c("data_nascita", "date_of_birth", "DATE", [r[2] for r in rows]),
        c("indirizzo", "street_address", "VARCHAR", g.col(lambda: v.street(g, v.IT_STREETS, "it"))),
        c("cap", "postal_code", "VARCHAR", [r[4][1] if len(r[4][1]) == 5 else r[4][1] + g.digits(2) for r in rows]),
        c("comune", "city", "VARCHAR", [r[4][0] for r in rows]),
        c("cellulare", "phone", "VARCHAR", g.phones("IT", {"national": 0.7, "e164": 0.3}, 0.9, 0.1)),
        c("pec_email", "email", "VARCHAR", [v.email_of(g, r[0], r[1], v.DOMAINS["it"]) if g.rnd.random() < 0.45
                                            else None for r in rows], HEAVY),
        c("nome_cane", N, "VARCHAR", _pets(g), "decoy", ANIMAL),
        c("microchip", N, "VARCHAR", g.col(lambda: "380" + g.digits(12)), "decoy", ANIMAL, SHAPE),
        c("data_nascita_cane", N, "DATE", g.births(2010, 2025), "decoy", ANIMAL),
        c("razza", N, "VARCHAR", g.col(g.pick(["Meticcio", "Lagotto Romagnolo", "Bracco Italiano", "Volpino",
                                               "Pastore Tedesco"])), "decoy", ANIMAL),
        c("veterinario_accreditato", "person_name", "VARCHAR", g.col(g.pick(vets)), STAFF),
        c("distretto_asl", N, "VARCHAR", g.col(g.pick(["TO3 Collegno", "TO5 Chieri", "Città di Torino", "TO3 Pinerolo"])),
          "business"),
        c("data_iscrizione", N, "DATE", g.days("2010-01-01", "2025-11-30"), "decoy"),
        c("stato", N, "VARCHAR", g.col(g.pick(["ATTIVO", "DECEDUTO", "CEDUTO", "SMARRITO"])), "decoy"),
    ])


def nl_paardenpaspoort(g: Gen) -> Table:
    """A Veluwe studbook's equine passports with their keepers (Dutch, Pascal case)."""
    pairs = [v.person(g, "nl") for _ in range(g.rows)]
    places = [g.rnd.choice(v.NL_CITIES) for _ in range(g.rows)]
    inspecteurs = _staff(g, 4, "nl")
    co = [g.rnd.random() < 0.35 for _ in range(g.rows)]
    return Table("StamboekVeluwe.Paardenpaspoorten", "nl", "pascal", [
        c("PaspoortId", N, "BIGINT", g.keys(88_001), "decoy", KEY),
        c("Ueln", N, "VARCHAR", g.col(lambda: v.ueln(g)), "decoy", ANIMAL, SHAPE),
        c("Chipnummer", N, "VARCHAR", g.col(lambda: "528" + g.digits(12)), "decoy", ANIMAL, SHAPE),
        c("PaardNaam", N, "VARCHAR", g.col(lambda: f"{g.rnd.choice(['Fenna', 'Jolanda', 'Bram', 'Wietse', 'Hilda'])}"
                                                   f" van de {g.rnd.choice(['Veldhoeve', 'Molenhof', 'Beek'])}"),
          "decoy", ANIMAL),
        c("Geboortedatum", N, "DATE", g.births(2000, 2024), "decoy", ANIMAL),
        c("Ras", N, "VARCHAR", g.col(g.pick(["KWPN", "Fries", "Haflinger", "Shetlander", "NRPS"])), "decoy", ANIMAL),
        c("RegistratieNummer", N, "VARCHAR", g.col(lambda: v.bsn_decoy(g)), "decoy", SHAPE),
        c("HouderVoornaam", "first_name", "VARCHAR", [a for a, _ in pairs], ROLE),
        c("HouderAchternaam", "last_name", "VARCHAR", [b for _, b in pairs], ROLE),
        c("HouderGeboortedatum", "date_of_birth", "DATE", g.births(1950, 2007)),
        c("HouderBsn", "national_id", "VARCHAR", g.col(lambda: v.bsn(g), 0.35)),
        c("Straat", "street_address", "VARCHAR", g.col(lambda: v.street(g, v.NL_STREETS, "nl"))),
        c("Postcode", "postal_code", "VARCHAR", [f"{p[1]} {g.code('AA')}" for p in places]),
        c("Woonplaats", "city", "VARCHAR", [p[0] for p in places]),
        c("Telefoon", "phone", "VARCHAR", g.phones("NL", {"national": 0.7, "e164": 0.3}, 0.8, 0.05)),
        c("Iban", "iban", "VARCHAR", g.col(lambda: v.iban(g, "NL"), 0.2)),
        c("MedeEigenaar", "person_name", "VARCHAR", [v.whole(g, "nl") if k else None for k in co], ROLE, HEAVY),
        c("UitgifteDatum", N, "DATE", g.days("2000-06-01", "2025-10-31"), "decoy"),
        c("Inspecteur", "person_name", "VARCHAR", g.col(g.pick(inspecteurs)), STAFF),
        c("StamboekTelefoon", N, "VARCHAR", [g.phone("NL", "national", False)] * g.rows, "business"),
    ])


def ja_petto_hoken(g: Gen) -> Table:
    """A Yokohama pet insurer's policyholders (romanized Japanese column names, Japanese values)."""
    pairs = [v.person(g, "ja") for _ in range(g.rows)]
    places = [g.rnd.choice(v.JA_CITIES) for _ in range(g.rows)]
    staff = _staff(g, 4, "ja")
    pets = ["モモ", "ココ", "チョコ", "ソラ", "マロン", "レオ", "ハナ", "コタロウ", "ムギ", "きなこ"]

    def bikou() -> str:
        return g.rnd.choice(["口座振替に変更", f"奥様の{v.person(g, 'ja')[0]}様より入電", "住所変更済み",
                             f"代理店担当 {v.whole(g, 'ja')}"])

    return Table("petto_hoken.keiyakusha", "ja", "snake", [
        c("keiyaku_bangou", N, "VARCHAR", g.col(lambda: g.code("PH99-9999999")), "decoy", SHAPE),
        c("keiyakusha_shimei", "person_name", "VARCHAR", [f"{b} {a}" for a, b in pairs]),
        c("keiyakusha_kana", "person_name", "VARCHAR", [f"{v.JA_KANA[b]} {v.JA_KANA[a]}" for a, b in pairs]),
        c("seinengappi", "date_of_birth", "DATE", g.births(1950, 2005)),
        c("keitai_bangou", "phone", "VARCHAR", g.phones("JP", {"national": 0.8, "e164": 0.2}, 0.85)),
        c("mail_address", "email", "VARCHAR", g.col(lambda: v.romaji_email(g, v.DOMAINS["ja"]), 0.15)),
        c("yuubin_bangou", "postal_code", "VARCHAR", [f"{p[1]}-{g.digits(4)}" for p in places]),
        c("shikuchouson", "city", "VARCHAR", [p[0] for p in places]),
        c("juusho", "street_address", "VARCHAR", g.col(g.pick(v.JA_STREETS))),
        c("card_bangou", "credit_card", "VARCHAR", g.col(lambda: v.card(g), 0.6), HEAVY),
        c("petto_namae", N, "VARCHAR", g.col(g.pick(pets)), "decoy", ANIMAL),
        c("petto_shurui", N, "VARCHAR", g.col(g.pick(["犬", "猫", "うさぎ"])), "decoy", ANIMAL),
        c("petto_seinengappi", N, "DATE", g.births(2012, 2025), "decoy", ANIMAL),
        c("plan", N, "VARCHAR", g.col(g.pick(["70%プラン", "50%プラン", "ライト"])), "decoy"),
        c("hokenryou", N, "INTEGER", g.col(g.pick([1980, 2870, 3450, 4120])), "decoy"),
        c("dairiten_mei", N, "VARCHAR", g.col(g.pick(["株式会社ペットライフ青葉", "ワンニャン保険サービス"])), "business"),
        c("tantousha", "person_name", "VARCHAR", g.col(g.pick(staff)), STAFF),
        c("jiyuu_koumoku_3", "free_text", "VARCHAR", _custom(g, "JP", "ja"), CUSTOM),
        c("bikou", "free_text", "VARCHAR", g.sparse(bikou, 0.75, _words("なし", "不明")), NULLWORD),
    ])


def ru_vetklinika(g: Gen) -> Table:
    """A Kazan veterinary clinic's pet owners (Cyrillic column names and values)."""
    rows = []
    for _ in range(g.rows):
        female = g.rnd.random() < 0.55
        a, b = v.person(g, "ru", female)
        rows.append((a, b, g.rnd.choice(v.RU_PATRONYMICS[1 if female else 0])))
    places = [g.rnd.choice(v.RU_CITIES) for _ in range(g.rows)]
    vrachi = _staff(g, 5, "ru")

    def note() -> str:
        return g.rnd.choice(["Агрессивен при осмотре", f"Забирает муж — {v.whole(g, 'ru')}", "Аллергия на курицу",
                             f"Направлен к {v.whole(g, 'ru')} (кардиолог)"])

    return Table("ветклиника_казань.владельцы", "ru", "snake", [
        c("ид", N, "BIGINT", g.keys(60_001), "decoy", KEY),
        c("номер_заказа", N, "VARCHAR", g.col(lambda: v.inn_decoy(g)), "decoy", SHAPE),
        c("фамилия", "last_name", "VARCHAR", [r[1] for r in rows]),
        c("имя", "first_name", "VARCHAR", [r[0] for r in rows]),
        c("отчество", "person_name", "VARCHAR", [r[2] for r in rows]),
        c("дата_рождения", "date_of_birth", "DATE", [g.birth(1950, 2006) if g.rnd.random() < 0.45 else None
                                                     for _ in range(g.rows)], HEAVY),
        c("телефон", "phone", "VARCHAR", g.phones("RU", {"national": 0.5, "e164": 0.5}, 0.9)),
        c("эл_почта", "email", "VARCHAR", [v.email_of(g, r[0], r[1], v.DOMAINS["ru"]) if g.rnd.random() < 0.6 else None
                                           for r in rows]),
        c("инн", "national_id", "VARCHAR", g.col(lambda: v.inn(g), 0.7), HEAVY),
        c("адрес", "street_address", "VARCHAR", g.col(lambda: v.street(g, v.RU_STREETS, "ru"), 0.2)),
        c("город", "city", "VARCHAR", [p[0] for p in places]),
        c("индекс", "postal_code", "VARCHAR", [p[1] + g.digits(3) for p in places]),
        c("кличка", N, "VARCHAR", g.col(g.pick(["Барсик", "Мурка", "Шарик", "Рыжик", "Дуся", "Граф", "Лаки"])),
          "decoy", ANIMAL),
        c("вид", N, "VARCHAR", g.col(g.pick(["кошка", "собака", "хорёк", "попугай"])), "decoy", ANIMAL),
        c("номер_чипа", N, "VARCHAR", g.col(lambda: "643" + g.digits(12), 0.5), "decoy", ANIMAL, SHAPE),
        c("лечащий_врач", "person_name", "VARCHAR", g.col(g.pick(vrachi)), STAFF),
        c("дата_визита", N, "TIMESTAMP", g.moments("2025-01-01", "2025-11-30"), "decoy"),
        c("сумма", N, "DECIMAL(10,2)", g.amounts(500, 18_000), "decoy"),
        c("примечание", "free_text", "VARCHAR", g.sparse(note, 0.74, _words("нет", "не указано")), NULLWORD),
    ])


BUILDERS: list[tuple[Callable[[Gen], Table], int]] = [
    (us_vet_clients, 900), (gb_pet_claims, 800), (ca_shelter_fosters, 600), (au_dog_register, 900),
    (ie_kennel_bookings, 500), (za_pet_insurer_cobol, 700), (in_pet_travel_staging, 500), (ng_dog_walking_app, 600),
    (de_tierheim, 500), (fr_identification_as400, 900), (es_peluqueria, 450), (it_anagrafe_canina, 700),
    (nl_paardenpaspoort, 400), (ja_petto_hoken, 350), (ru_vetklinika, 450),
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
