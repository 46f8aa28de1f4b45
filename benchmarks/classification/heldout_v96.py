"""Held-out set v96 for the column classifier: 15 tables of *agriculture, fisheries, forestry and rural payments*
(farm-subsidy claims, livestock movements and keepers, fishing crews and licences, forestry contractors' chainsaw
certificates, a dairy co-operative's members and milk deliveries, seasonal and migrant farm workers, a grain buyer's
growers, a vineyard's grape pickers, a rural vet's farm clients, a land consolidation register), one system per table
and each a different organisation, eight with English column names (Ireland, New Zealand, Scotland, British Columbia,
Australia, Wisconsin, Wales and Maharashtra) and seven in French (a Burgundy estate's grape pickers), Spanish (a Huelva
strawberry grower's seasonal workers), Italian (a Marche land consolidation register), Polish (a direct-payment
office), Romanian (a county veterinary directorate's livestock keepers), Norwegian (fishing licences) and romanized
Japanese (a Hokkaido agricultural co-operative, its values in Japanese script).

Tables: ``agripay_ie.bps_claims`` (snake case, PPSN, Eircode, herd number and parcel ids), ``naitops.AnimalMovements``
(Pascal case, ear tags and NAIT numbers, persons in charge, IRD numbers), ``FPOLIB.CREWLST`` (an AS/400 crew list:
``CR`` prefix, padded CHAR, ``CYYMMDD`` dates, phones as numbers, National Insurance numbers, opaque ``CRUDF2``),
``bcfsafety.fallerCertificates`` (camel case, SIN, employer's WorkSafe number, ``customField2``),
``GRAINCO.GROWER_CONTRACTS`` (SCREAMING case, ABN, NGR number, BSB and account), ``COOPDAT.MBRDLVX`` (a COBOL copybook
extract: hyphenated names, SSN, ZIP and phones as numbers, ``YYYYMMDD`` dates, ``MBR-USER-FLD-2``),
``vetfarm.frm_clnt`` (abbreviated snake case, CPH holding numbers), ``stg_sugarmill.raw_cane_growers`` (staging
``col01`` to ``col18``: Aadhaar, survey numbers, a father's given name), ``domaine_rh.vendangeurs`` (NIR),
``fresas_rrhh.temporeros`` (DNI/NIE, NAF, Moroccan phones), ``consorzio_bonifica.riordino_fondiario`` (codice
fiscale), ``oddzial_platnosci.wnioski_bezposrednie`` (PESEL, NIP), ``dsv_registru.detinatori_animale`` (CNP),
``fiskerireg.lisensinnehavere`` (fødselsnummer, kontonummer, orgnr) and ``ja_kumiai.kumiaiin_meibo`` (My Number,
``jiyuu_koumoku_2``).

Written **blind**, like v2 to v95: by someone who has read neither the classifier (``governance_dagster/detect/``) nor
its documentation, tests, changelog or notes, only the list of kind names (``governance_dagster/kinds.py``), how the
scorer registers a set (``heldout_v2_accuracy.py``, never run), the structure and labeling conventions of v27 (its
modules, its test and ``tests/heldout_support.py``), the module docstrings of v24 to v95 (to avoid their domains) and
the ``Column``/``Table`` classes and writer of v2 and v4. The classifier was not run on this set while it was written,
no scorer was run on it, and no score was looked at. It was written under a short deadline (25 minutes, the tests and
lint included), so some labels are quick decisions rather than settled conventions.

Labeling choices a reader may question:

* holding, herd, CPH, NAIT, NGR, producer, parcel, survey, vessel-register and licence numbers are ``none`` (tag
  ``holding``): they point at a farm, a plot or a boat, the person only through a register; ear tags and animals'
  birth dates are ``none`` (tag ``animal``); farm and vessel names are ``none`` (tag ``misleading``);
* a US SSN, a Canadian SIN, an Irish PPSN, a UK National Insurance number, a French NIR and a Spanish NAF are
  ``ssn``; an IRD number, Aadhaar, DNI/NIE, codice fiscale, PESEL, CNP, fødselsnummer and My Number are
  ``national_id``;
* a farm's ABN, NIP, SIRET, EIN, orgnr, partita IVA, CUI of a sole trader (PFA), Japanese corporate number and a UK VAT
  number are ``none`` (tag ``business``) even when the farm is one person's; a farm's trading name is ``none``;
* the farmhouse or homestead (``PROPERTY_ADDRESS``, ``ReceivingFarmAddress``, ``addr1``) is ``street_address`` (tag
  ``premises``): it is where the farmer lives;
* BSB and account, a US DFI account, an Indian bank account, a Norwegian kontonummer and a Japanese postal savings
  account are ``unclassified`` (tag ``bank_account``); the co-op's routing number (the bank's) is ``none``;
* a father's given name in the Indian staging table is ``first_name`` (tag ``role_word``); next of kin, successors,
  emergency contacts and persons in charge are people (tag ``role_word``); advisers, skippers, drivers, assessors,
  buyer reps, haulers, vets, team leaders, overseers, surveyors and case officers are staff;
* opaque custom fields holding by row a phone, an e-mail or a name are ``free_text`` (tag ``mixed_kinds``);
* an Irish county, an Australian state, a Romanian județ, a Polish powiat, an Italian province and an Indian district
  are ``none``; a gmina's post town, a Japanese municipality and an Indian village are ``city``;
* a birth date stored as a ``CYYMMDD`` or ``YYYYMMDD`` number is ``date_of_birth``; delivery and signing dates in the
  same layout are ``none``.

``null_heavy`` means 50-95% NULL, ``nullword_heavy`` 70-95% NULL words. Every value is generated here from
:data:`SEED` (one ``random.Random`` per table, named after its builder) with python-stdnum for check digits,
phonenumbers for phone validity and formats, and the lists of :mod:`benchmarks.classification.heldout_v96_values`,
written for v96 (no Faker, no list of real people, no breach data). Build:
``python -m benchmarks.classification.heldout_v96 [PATH]`` (default ``/tmp/heldout_v96.duckdb``). Score:
``python -m benchmarks.classification.heldout_v2_accuracy --set v96``.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path

from stdnum.in_ import aadhaar as _aadhaar

from benchmarks.classification import heldout_v4
from benchmarks.classification import heldout_v96_values as v
from benchmarks.classification.heldout_v2 import Column, Table
from benchmarks.classification.heldout_v96_values import NULLISH, SEED, USERNAME, Gen, N, c

__all__ = ["BUILDERS", "DEFAULT_PATH", "NULLISH", "SEED", "USERNAME", "Column", "Gen", "Table", "build", "labels",
           "summary", "tables"]

DEFAULT_PATH = Path("/tmp/heldout_v96.duckdb")

NULLWORD = "nullword_heavy"  # 70-95% NULL words
HEAVY = "null_heavy"  # 50-95% NULL
SHAPE = "value_shape"
STAFF = "staff"
ROLE = "role_word"
USER = "username"
KEY = "join_key"
ANIMAL = "animal"  # an animal's tag, name or birth date (none)
HOLDING = "holding"  # a holding, herd, parcel, vessel or licence number (none)
MIXED = "mixed_kinds"  # an opaque custom field holding a phone, an e-mail or a name by row (free_text)
OPAQUE = "opaque"
LEGACY = "legacy"
BANK = "bank_account"  # a national bank account that is not an IBAN (unclassified)
PREMISES = "premises"
CHECK = "check_digit"  # a business identifier passing its check (none)
MISLEADING = "misleading"


def _w(*extra: str) -> tuple[str, ...]:
    return ("", "-", "N/A", "unknown", "n/a") + extra


def _mixed(g: Gen, lang: str, region: str, domains: list[str], empty: float = 0.35) -> list:
    """An opaque custom field: by row a phone, an e-mail or a name (or NULL)."""
    def one() -> str:
        pick = g.rnd.random()
        if pick < 0.35:
            return g.phone(region, g.rnd.choice(["national", "intl", "e164"]))
        if pick < 0.7:
            return v.email_of(g, *v.person(g, lang), domains)
        return v.whole(g, lang)
    return g.col(one, empty)


def _pad(values: list, width: int) -> list:
    return [None if x is None else str(x)[:width].ljust(width) for x in values]


# -- English ------------------------------------------------------------------------------------------------------------


def ie_bps_claims(g: Gen) -> Table:
    """An Irish farm-payments agency's basic payment claims (snake case): herd number and parcel ids (``none``), the
    applicant (PPSN: ``ssn``), the farm adviser who filed the claim online (staff) and the adviser's firm."""
    rows = [(*v.person(g, "ie"), g.rnd.choice(v.IE_TOWNS)) for _ in range(g.rows)]
    advisers = v.staff(g, 6, lambda x: v.whole(x, "ie"))
    firms = ["Tullow Farm Advisory Ltd", "Shannonside Agri Consultants", "Midwest Planning & Grants"]
    notes = ["Transfer of entitlements from {} pending", "Joint herd with {} (brother)", "Letter of succession, {}",
             "Commonage shared with {}"]
    return Table("agripay_ie.bps_claims", "en", "snake", [
        c("claim_id", N, "BIGINT", g.keys(2_025_000_001), "decoy", KEY),
        c("herd_no", N, "VARCHAR", g.col(lambda: g.code("A999999A")), "decoy", SHAPE, HOLDING),
        c("applicant_first_name", "first_name", "VARCHAR", [r[0] for r in rows]),
        c("applicant_surname", "last_name", "VARCHAR", [r[1] for r in rows]),
        c("ppsn", "ssn", "VARCHAR", g.col(lambda: v.pps(g), 0.05)),
        c("date_of_birth", "date_of_birth", "DATE", g.births(1938, 2002)),
        c("address_line1", "street_address", "VARCHAR", g.col(lambda: g.rnd.choice(v.IE_ROADS))),
        c("town", "city", "VARCHAR", [r[2][0] for r in rows]),
        c("county", N, "VARCHAR", [r[2][1] for r in rows], "decoy"),
        c("eircode", "postal_code", "VARCHAR", [f"{r[2][2]} {g.code('ZAZZ')}" for r in rows]),
        c("mobile", "phone", "VARCHAR", g.phones("IE", {"national": 0.6, "intl": 0.2, "e164": 0.2}, 0.9, 0.1)),
        c("email", "email", "VARCHAR", [v.email_of(g, a, b, ["eircom.net", "gmail.com", "hotmail.com"])
                                        if g.rnd.random() < 0.7 else None for a, b, _ in rows]),
        c("payment_iban", "iban", "VARCHAR", g.col(lambda: v.iban(g, "IE", g.rnd.random() < 0.3), 0.1)),
        c("parcel_ids", N, "VARCHAR", g.col(lambda: ";".join(g.code("A99999999") for _ in range(3))), "decoy",
          HOLDING),
        c("claimed_ha", N, "DOUBLE", g.floats(2, 180, 2), "decoy"),
        c("adviser_name", "person_name", "VARCHAR", g.col(g.pick(advisers)), STAFF, ROLE),
        c("adviser_firm", N, "VARCHAR", g.col(g.pick(firms)), "business"),
        c("successor_name", "person_name", "VARCHAR", g.col(lambda: v.whole(g, "ie"), 0.8), HEAVY, ROLE),
        c("claim_note", "free_text", "VARCHAR", g.sparse(lambda: g.rnd.choice(notes).format(v.whole(g, "ie")), 0.75,
                                                        _w("none")), NULLWORD),
        c("submitted_at", N, "TIMESTAMP", g.moments("2025-02-01", "2025-05-15"), "decoy"),
    ])


def nz_animal_movements(g: Gen) -> Table:
    """A New Zealand livestock-tracing operator's animal movements (Pascal case): ear tags, NAIT numbers (``none``),
    the sending and receiving persons in charge (people) and their phones, the keeper's IRD number, the carrier's
    driver (staff) and truck plate."""
    drivers = v.staff(g, 5, lambda x: v.whole(x, "nz"))
    return Table("naitops.AnimalMovements", "en", "pascal", [
        c("MovementId", N, "BIGINT", g.keys(700_001), "decoy", KEY),
        c("EarTagRfid", N, "VARCHAR", g.col(lambda: "982 " + g.digits(12)), "decoy", ANIMAL, SHAPE),
        c("VisualTag", N, "VARCHAR", g.col(lambda: g.code("9999 99")), "decoy", ANIMAL),
        c("AnimalBirthDate", N, "DATE", g.days("2019-07-01", "2025-09-30"), "decoy", ANIMAL),
        c("Species", N, "VARCHAR", g.col(g.pick(["Cattle", "Deer"])), "decoy"),
        c("SendingNaitNumber", N, "VARCHAR", g.col(lambda: g.digits(9)), "decoy", HOLDING, SHAPE),
        c("SendingPicName", "person_name", "VARCHAR", g.col(lambda: v.whole(g, "nz")), ROLE),
        c("SendingPicPhone", "phone", "VARCHAR", g.phones("NZ", {"national": 0.7, "intl": 0.3}, 0.8)),
        c("SendingIrdNumber", "national_id", "VARCHAR", g.col(lambda: v.ird(g), 0.55), HEAVY),
        c("ReceivingNaitNumber", N, "VARCHAR", g.col(lambda: g.digits(9)), "decoy", HOLDING, SHAPE),
        c("ReceivingPicName", "person_name", "VARCHAR", g.col(lambda: v.whole(g, "nz"), 0.1), ROLE),
        c("ReceivingPicEmail", "email", "VARCHAR", g.col(lambda: v.email_of(g, *v.person(g, "nz"),
                                                                            ["xtra.co.nz", "gmail.com"]), 0.3)),
        c("ReceivingFarmAddress", "street_address", "VARCHAR", g.col(lambda: v.number_street(g, v.NZ_ROADS, 10, 2400)),
          PREMISES),
        c("ReceivingTown", "city", "VARCHAR", g.col(lambda: g.rnd.choice(v.NZ_TOWNS)[0])),
        c("DriverName", "person_name", "VARCHAR", g.col(g.pick(drivers)), STAFF),
        c("TruckRego", N, "VARCHAR", g.col(lambda: g.code("AAA999")), "decoy", SHAPE),
        c("MovedOn", N, "DATE", g.days("2025-03-01", "2025-10-31"), "decoy"),
        c("HeadCount", N, "INTEGER", g.ints(1, 80), "decoy"),
    ])


def scot_crew_list(g: Gen) -> Table:
    """A Scottish fish producers' organisation's crew lists from an AS/400 file (``CR`` field prefix, padded CHAR,
    ``CYYMMDD`` birth dates, phones as numbers, 0 for missing, opaque ``CRUDF2``)."""
    skippers = v.staff(g, 6, lambda x: v.whole(x, "scot"))
    towns = [g.rnd.choice(v.SCOT_TOWNS) for _ in range(g.rows)]
    births = g.births(1958, 2006)

    def cyy(d) -> int:
        return (1 if d.year >= 2000 else 0) * 1_000_000 + int(d.strftime("%y%m%d"))

    def num_phone() -> int:
        return int(g.phone("GB", "digits", g.rnd.random() < 0.8))

    return Table("FPOLIB.CREWLST", "en", "screaming", [
        c("CRVSNO", N, "VARCHAR", _pad(g.col(lambda: g.rnd.choice(["PD", "FR", "LK", "BF", "SY"]) + g.digits(3)), 8),
          "decoy", HOLDING, LEGACY),
        c("CRSEQ", N, "INTEGER", g.ints(1, 12), "decoy", LEGACY),
        c("CRSURN", "last_name", "VARCHAR", _pad(g.col(lambda: v.person(g, "scot")[1].upper()), 20), LEGACY),
        c("CRFORN", "first_name", "VARCHAR", _pad(g.col(lambda: v.given(g, "scot").upper()), 15), LEGACY),
        c("CRDOB", "date_of_birth", "INTEGER", [cyy(d) for d in births], LEGACY),
        c("CRNINO", "ssn", "VARCHAR", _pad(g.col(lambda: v.nino(g), 0.1), 9), LEGACY),
        c("CRADR1", "street_address", "VARCHAR", _pad(g.col(lambda: v.number_street(g, v.SCOT_STREETS, 1, 90)), 30),
          LEGACY),
        c("CRTOWN", "city", "VARCHAR", _pad([t[0].upper() for t in towns], 20), LEGACY),
        c("CRPSTC", "postal_code", "VARCHAR", _pad([f"{t[1]} {g.code('9AA')}" for t in towns], 8), LEGACY),
        c("CRTEL", "phone", "BIGINT", [num_phone() for _ in range(g.rows)], LEGACY),
        c("CRNOKN", "person_name", "VARCHAR", _pad(g.col(lambda: v.whole(g, "scot").upper(), 0.2), 30), ROLE, LEGACY),
        c("CRNOKT", "phone", "BIGINT", [num_phone() if g.rnd.random() < 0.6 else None for _ in range(g.rows)],
          LEGACY),
        c("CRRANK", N, "VARCHAR", _pad(g.col(g.pick(["DECKHAND", "ENGINEER", "MATE", "COOK", "SKIPPER"])), 10),
          "decoy", LEGACY),
        c("CRSTCW", N, "VARCHAR", _pad(g.col(lambda: g.code("AB999999A")), 10), "decoy", SHAPE, LEGACY),
        c("CRSKIP", "person_name", "VARCHAR", _pad(g.col(g.pick(skippers)), 30), STAFF, LEGACY),
        c("CRUDF2", "free_text", "VARCHAR", _mixed(g, "scot", "GB", ["btinternet.com", "gmail.com"]), MIXED, OPAQUE,
          LEGACY),
        c("CRSGND", N, "INTEGER", [cyy(g.day("2025-01-01", "2025-12-31")) for _ in range(g.rows)], "decoy", LEGACY),
        c("CRUSER", USERNAME, "VARCHAR", _pad(g.col(g.pick([v.login(*v.person(g, "scot")) for _ in range(4)])), 10),
          USER, LEGACY),
    ])


def bc_chainsaw_certs(g: Gen) -> Table:
    """A British Columbia forestry safety association's faller and chainsaw certificates (camel case): the worker's
    SIN, contacts and emergency contact, the employer's name, WorkSafe number and phone (``business``), assessors."""
    assessors = v.staff(g, 5, lambda x: v.whole(x, "ca"))
    towns = [g.rnd.choice(v.BC_TOWNS) for _ in range(g.rows)]
    employers = [("Nechako Falling Ltd", "(250) 555-0142"), ("Cariboo Timber Contracting", "(250) 555-0177"),
                 ("Alberni Coast Logging", "(778) 555-0119")]
    emp = [g.rnd.choice(employers) for _ in range(g.rows)]
    return Table("bcfsafety.fallerCertificates", "en", "camel", [
        c("certificateNumber", N, "VARCHAR", g.col(lambda: g.code("FC-99999")), "decoy", SHAPE),
        c("workerFirstName", "first_name", "VARCHAR", g.col(lambda: v.given(g, "ca"))),
        c("workerLastName", "last_name", "VARCHAR", g.col(lambda: v.person(g, "ca")[1])),
        c("sin", "ssn", "VARCHAR", g.col(lambda: v.sin(g), 0.15)),
        c("dateOfBirth", "date_of_birth", "DATE", g.births(1960, 2005)),
        c("homePhone", "phone", "VARCHAR", g.phones("CA", {"national": 0.5, "dashes": 0.3, "e164": 0.2}, 1.0, 0.2)),
        c("emailAddress", "email", "VARCHAR", g.col(lambda: v.email_of(g, *v.person(g, "ca"),
                                                                       ["telus.net", "shaw.ca", "gmail.com"]), 0.25)),
        c("mailingAddress", "street_address", "VARCHAR", g.col(lambda: v.number_street(g, v.BC_STREETS, 10, 9000))),
        c("city", "city", "VARCHAR", [t[0] for t in towns]),
        c("province", N, "VARCHAR", g.col(lambda: "BC"), "decoy"),
        c("postalCode", "postal_code", "VARCHAR", [f"{t[1]} {g.code('9A9')}" for t in towns]),
        c("employerName", N, "VARCHAR", [e[0] for e in emp], "business"),
        c("employerPhone", N, "VARCHAR", [e[1] for e in emp], "business"),
        c("employerWsbcNumber", N, "VARCHAR", g.col(lambda: g.digits(9)), "business", SHAPE),
        c("assessorName", "person_name", "VARCHAR", g.col(g.pick(assessors)), STAFF),
        c("emergencyContactName", "person_name", "VARCHAR", g.col(lambda: v.whole(g, "ca"), 0.3), ROLE),
        c("emergencyContactPhone", "phone", "VARCHAR", g.phones("CA", {"national": 1.0}, 1.0, 0.35)),
        c("certifiedOn", N, "DATE", g.days("2018-01-01", "2025-10-01"), "decoy"),
        c("firstAidTicketExpiry", N, "DATE", g.days("2025-01-01", "2028-12-31", 0.2), "decoy"),
        c("customField2", "free_text", "VARCHAR", _mixed(g, "ca", "CA", ["telus.net", "gmail.com"]), MIXED, OPAQUE),
    ])


def au_grain_growers(g: Gen) -> Table:
    """An Australian grain buyer's grower contracts (SCREAMING snake case): the grower (a person), the farm's trading
    ABN and property name (``none``), the homestead address (``street_address``, premises), NGR and contract numbers."""
    towns = [g.rnd.choice(v.AU_TOWNS) for _ in range(g.rows)]
    reps = v.staff(g, 4, lambda x: v.whole(x, "au"))
    return Table("GRAINCO.GROWER_CONTRACTS", "en", "screaming", [
        c("CONTRACT_NO", N, "VARCHAR", g.col(lambda: g.code("GC25-999999")), "decoy", SHAPE),
        c("NGR_NUMBER", N, "VARCHAR", g.col(lambda: g.digits(8)), "decoy", HOLDING, SHAPE),
        c("GROWER_NAME", "person_name", "VARCHAR", g.col(lambda: v.whole(g, "au"))),
        c("GROWER_MOBILE", "phone", "VARCHAR", g.phones("AU", {"national": 0.7, "intl": 0.3}, 1.0, 0.05)),
        c("GROWER_EMAIL", "email", "VARCHAR", g.col(lambda: v.email_of(g, *v.person(g, "au"),
                                                                       ["bigpond.com", "outlook.com"]), 0.2)),
        c("TRADING_ABN", N, "VARCHAR", g.col(lambda: v.abn(g)), "business", CHECK),
        c("PROPERTY_NAME", N, "VARCHAR", g.col(g.pick(v.AU_PROPERTIES)), "decoy", MISLEADING),
        c("PROPERTY_ADDRESS", "street_address", "VARCHAR", g.col(lambda: f"{g.rnd.randint(100, 3999)} "
                                                                  + g.rnd.choice(["Kerang-Koondrook Rd",
                                                                                  "Old Wimmera Hwy", "Boundary Rd"])),
          PREMISES),
        c("LOCALITY", "city", "VARCHAR", [t[0] for t in towns]),
        c("STATE", N, "VARCHAR", [t[1] for t in towns], "decoy"),
        c("POSTCODE", "postal_code", "INTEGER", [int(t[2]) for t in towns]),
        c("BSB_ACCOUNT", USERNAME, "VARCHAR", g.col(lambda: f"{g.digits(3)}-{g.digits(3)} {g.digits(8)}", 0.1), BANK),
        c("COMMODITY", N, "VARCHAR", g.col(g.pick(["WHEAT APW1", "BARLEY F1", "CANOLA CG1", "LENTILS"])), "decoy"),
        c("TONNES", N, "DOUBLE", g.floats(20, 900, 1), "decoy"),
        c("RECEIVAL_SITE", N, "VARCHAR", g.col(g.pick(["Kerang Silo", "Horsham Bunker", "Moree Sub-terminal"])),
          "decoy"),
        c("BUYER_REP", "person_name", "VARCHAR", g.col(g.pick(reps)), STAFF),
        c("CONTRACT_NOTES", "free_text", "VARCHAR", g.sparse(lambda: f"Call {v.given(g, 'au')} before harvest", 0.8,
                                                            _w("TBC")), NULLWORD),
    ])


def wi_dairy_coop(g: Gen) -> Table:
    """A Wisconsin dairy co-operative's member and milk-delivery extract from a COBOL copybook (hyphenated names,
    padded CHAR, SSN, ZIP and phones as numbers, ``YYYYMMDD`` dates, a routing and account number, ``MBR-USER-FLD-2``)."""
    haulers = v.staff(g, 5, lambda x: v.whole(x, "us").upper())
    towns = [g.rnd.choice(v.US_TOWNS) for _ in range(g.rows)]
    births = g.births(1945, 2000)
    return Table("COOPDAT.MBRDLVX", "en", "cobol", [
        c("MBR-NO", N, "INTEGER", g.keys(10_001), "decoy", KEY, LEGACY),
        c("MBR-LAST-NM", "last_name", "VARCHAR", _pad(g.col(lambda: v.person(g, "us")[1].upper()), 18), LEGACY),
        c("MBR-FIRST-NM", "first_name", "VARCHAR", _pad(g.col(lambda: v.given(g, "us").upper()), 12), LEGACY),
        c("MBR-SSN", "ssn", "BIGINT", [int(v.us_ssn(g)) if g.rnd.random() < 0.9 else 0 for _ in range(g.rows)],
          LEGACY),
        c("MBR-BIRTH-DT", "date_of_birth", "INTEGER", [int(d.strftime("%Y%m%d")) for d in births], LEGACY),
        c("MBR-ADDR-1", "street_address", "VARCHAR", _pad(g.col(lambda: v.number_street(g, v.US_ROADS, 100, 9999)
                                                                .upper()), 30), LEGACY, PREMISES),
        c("MBR-CITY", "city", "VARCHAR", _pad([t[0].upper() for t in towns], 18), LEGACY),
        c("MBR-ST", N, "VARCHAR", [t[1] for t in towns], "decoy", LEGACY),
        c("MBR-ZIP", "postal_code", "INTEGER", [int(t[2]) for t in towns], LEGACY),
        c("MBR-PHONE", "phone", "BIGINT", [int(g.phone("US", "digits")) for _ in range(g.rows)], LEGACY),
        c("MBR-FARM-NM", N, "VARCHAR", _pad(g.col(lambda: g.rnd.choice(["SUNNY RIDGE", "CLOVER HILL", "MAPLE LEAF",
                                                                         "TWIN SILO"]) + " DAIRY LLC"), 24),
          "business", LEGACY),
        c("MBR-PATRON-EIN", N, "VARCHAR", g.col(lambda: f"{g.rnd.randint(10, 88)}-{g.digits(7)}", 0.5), "business",
          SHAPE, LEGACY),
        c("MBR-DFI-RTN", N, "VARCHAR", g.col(g.pick(["075911988", "075000022", "091000019"])), "business", LEGACY),
        c("MBR-DFI-ACCT", USERNAME, "VARCHAR", _pad(g.col(lambda: g.digits(g.rnd.randint(8, 12))), 17), BANK, LEGACY),
        c("DLV-DATE", N, "INTEGER", [int(g.day("2025-06-01", "2025-11-30").strftime("%Y%m%d"))
                                      for _ in range(g.rows)], "decoy", LEGACY),
        c("DLV-LBS", N, "INTEGER", g.ints(4_000, 62_000), "decoy", LEGACY),
        c("DLV-BF-PCT", N, "DOUBLE", g.floats(3.4, 4.6, 2), "decoy", LEGACY),
        c("DLV-SCC", N, "INTEGER", g.ints(60_000, 390_000), "decoy", LEGACY),
        c("DLV-HAULER", "person_name", "VARCHAR", _pad(g.col(g.pick(haulers)), 24), STAFF, LEGACY),
        c("MBR-USER-FLD-2", "free_text", "VARCHAR", _mixed(g, "us", "US", ["tds.net", "charter.net", "gmail.com"]),
          MIXED, OPAQUE, LEGACY),
    ])


def cy_farm_vet(g: Gen) -> Table:
    """A mid-Wales rural veterinary practice's farm clients (abbreviated snake case): the client, farm name and CPH
    holding number (``none``), the farmhouse address, phones, herd size, the vet (staff), TB test dates, notes."""
    vets = v.staff(g, 4, lambda x: v.whole(x, "cy"))
    towns = [g.rnd.choice(v.CY_TOWNS) for _ in range(g.rows)]
    notes = ["Ring {} (son) for TB test days", "Dogs loose in yard", "Pays by BACS, ask {}", "Bull aggressive"]
    return Table("vetfarm.frm_clnt", "en", "abbrev", [
        c("clnt_id", N, "INTEGER", g.keys(3_001), "decoy", KEY),
        c("clnt_nm", "person_name", "VARCHAR", g.col(lambda: v.whole(g, "cy"))),
        c("frm_nm", N, "VARCHAR", g.col(g.pick(v.CY_FARMS)), "decoy", MISLEADING),
        c("cph_no", N, "VARCHAR", g.col(lambda: f"{g.digits(2)}/{g.digits(3)}/{g.digits(4)}"), "decoy", HOLDING),
        c("addr1", "street_address", "VARCHAR", g.col(lambda: g.rnd.choice(v.CY_FARMS) + ", " + g.rnd.choice(
            ["Ffordd yr Orsaf", "Heol y Bont", "Lôn Goch"])), PREMISES),
        c("twn", "city", "VARCHAR", [t[0] for t in towns]),
        c("pcd", "postal_code", "VARCHAR", [f"{t[1]} {g.code('9AA')}" for t in towns]),
        c("tel_hm", "phone", "VARCHAR", g.phones("GB", {"national": 0.8, "intl": 0.2}, 0.0, 0.2)),
        c("tel_mob", "phone", "VARCHAR", g.phones("GB", {"national": 0.6, "e164": 0.4}, 1.0, 0.15)),
        c("eml", "email", "VARCHAR", g.col(lambda: v.email_of(g, *v.person(g, "cy"), ["btinternet.com", "gmail.com"]),
                                           0.4)),
        c("hrd_sz", N, "INTEGER", g.ints(12, 600), "decoy"),
        c("tb_tst_dt", N, "DATE", g.days("2025-01-01", "2025-12-31"), "decoy"),
        c("vet_nm", "person_name", "VARCHAR", g.col(g.pick(vets)), STAFF),
        c("vat_no", N, "VARCHAR", g.col(lambda: "GB" + g.digits(9), 0.6), "business", SHAPE),
        c("acct_bal", N, "DOUBLE", g.floats(-900, 4200, 2), "decoy"),
        c("nts", "free_text", "VARCHAR", g.sparse(lambda: g.rnd.choice(notes).format(v.given(g, "cy")), 0.5, _w())),
    ])


def in_cane_staging(g: Gen) -> Table:
    """A Maharashtra co-operative sugar mill's cane-grower import, loaded to staging as ``col01`` to ``col18``
    (English, opaque): survey numbers, grower, father's name, Aadhaar, mobile, village, taluka, PIN, bank account."""
    places = [g.rnd.choice(v.IN_VILLAGES) for _ in range(g.rows)]
    slips = v.staff(g, 5, lambda x: v.whole(x, "in"))
    return Table("stg_sugarmill.raw_cane_growers", "en", "opaque", [
        c("col01", N, "VARCHAR", g.col(lambda: f"GRW{g.digits(6)}"), "decoy", KEY, OPAQUE),
        c("col02", N, "VARCHAR", g.col(lambda: f"{g.rnd.randint(1, 999)}/{g.rnd.randint(1, 9)}"), "decoy", HOLDING,
          OPAQUE),
        c("col03", "person_name", "VARCHAR", g.col(lambda: v.whole(g, "in")), OPAQUE),
        c("col04", "first_name", "VARCHAR", g.col(lambda: v.person(g, "in", False)[0]), OPAQUE, ROLE),
        c("col05", "national_id", "VARCHAR", g.col(lambda: v.aadhaar(g), 0.2), OPAQUE),
        c("col06", "phone", "VARCHAR", g.phones("IN", {"digits": 0.5, "e164": 0.3, "national": 0.2}, 1.0, 0.05),
          OPAQUE),
        c("col07", "city", "VARCHAR", [p[0] for p in places], OPAQUE),
        c("col08", N, "VARCHAR", [p[1] for p in places], "decoy", OPAQUE),
        c("col09", "postal_code", "VARCHAR", [p[2] for p in places], OPAQUE),
        c("col10", USERNAME, "VARCHAR", g.col(lambda: g.digits(g.rnd.randint(11, 15))), BANK, OPAQUE),
        c("col11", N, "VARCHAR", g.col(lambda: g.code("AAAA0999999")), "business", OPAQUE),
        c("col12", N, "DOUBLE", g.floats(0.2, 12, 2), "decoy", OPAQUE),
        c("col13", N, "VARCHAR", g.col(g.pick(["Co-86032", "CoM-0265", "VSI-08005"])), "decoy", OPAQUE),
        c("col14", N, "VARCHAR", g.col(lambda: g.day("2025-10-01", "2026-03-31").strftime("%d-%m-%Y")), "decoy",
          OPAQUE),
        c("col15", N, "DOUBLE", g.floats(40, 160, 1), "decoy", OPAQUE),
        c("col16", "person_name", "VARCHAR", g.col(g.pick(slips)), STAFF, OPAQUE),
        c("col17", N, "VARCHAR", g.col(lambda: v.failing(g, lambda: g.rnd.choice("23456789") + g.digits(11),
                                                         _aadhaar.is_valid)), "decoy", SHAPE, OPAQUE),
        c("col18", "free_text", "VARCHAR", _mixed(g, "in", "IN", ["gmail.com", "rediffmail.com"], 0.5), MIXED, OPAQUE),
    ])


# -- other languages ----------------------------------------------------------------------------------------------------


def fr_vendanges(g: Gen) -> Table:
    """A Burgundy wine estate's grape pickers (French, snake case): NIR (``ssn``, encoding sex, birth year and month
    and the commune of birth), birth place, address, phone, IBAN, the team leader (staff), plot and contract numbers."""
    chefs = v.staff(g, 4, lambda x: v.given(x, "fr"))
    rows = []
    for _ in range(g.rows):
        female = g.rnd.random() < 0.5
        a, b = v.person(g, "fr", female)
        born = g.birth(1955, 2007)
        town = g.rnd.choice(v.FR_TOWNS)
        rows.append((a, b, born, town, v.nir(g, born, female, town[2][:2], town[2])))
    homes = [g.rnd.choice(v.FR_TOWNS) for _ in range(g.rows)]
    return Table("domaine_rh.vendangeurs", "fr", "snake", [
        c("id_vendangeur", N, "INTEGER", g.keys(1), "decoy", KEY),
        c("nom", "last_name", "VARCHAR", [r[1] for r in rows]),
        c("prenom", "first_name", "VARCHAR", [r[0] for r in rows]),
        c("num_secu", "ssn", "VARCHAR", [r[4] if g.rnd.random() < 0.9 else None for r in rows]),
        c("date_naissance", "date_of_birth", "DATE", [r[2] for r in rows]),
        c("lieu_naissance", "city", "VARCHAR", [r[3][0] for r in rows]),
        c("adresse", "street_address", "VARCHAR", g.col(lambda: v.number_street(g, v.FR_STREETS, 1, 60))),
        c("code_postal", "postal_code", "VARCHAR", [h[1] for h in homes]),
        c("ville", "city", "VARCHAR", [h[0] for h in homes]),
        c("portable", "phone", "VARCHAR", g.phones("FR", {"national": 0.7, "intl": 0.3}, 1.0, 0.05)),
        c("courriel", "email", "VARCHAR", g.col(lambda: v.email_of(g, *v.person(g, "fr"), ["orange.fr", "free.fr",
                                                                                            "laposte.net"]), 0.3)),
        c("iban_salaire", "iban", "VARCHAR", g.col(lambda: v.iban(g, "FR", g.rnd.random() < 0.5), 0.1)),
        c("chef_equipe", "first_name", "VARCHAR", g.col(g.pick(chefs)), STAFF, ROLE),
        c("parcelle", N, "VARCHAR", g.col(lambda: g.rnd.choice(["Les Perrières", "Clos des Mouches",
                                                                 "En Caradeux", "Les Chaumes"])), "decoy"),
        c("siret_domaine", N, "VARCHAR", g.col(g.pick(["73282932000074", "55208131766522"])), "business"),
        c("kg_cueillis", N, "DOUBLE", g.floats(80, 900, 1), "decoy"),
        c("hebergement", N, "VARCHAR", g.col(g.pick(["Gîte A", "Gîte B", "Camping", "Logé par ses soins"])), "decoy"),
        c("commentaire", "free_text", "VARCHAR", g.sparse(lambda: f"Covoiturage avec {v.whole(g, 'fr')}", 0.8,
                                                         _w("néant")), NULLWORD),
    ])


def es_temporeros(g: Gen) -> Table:
    """A Huelva strawberry grower's seasonal and migrant workers' accommodation and payroll (Spanish, camel case):
    DNI or NIE (``national_id``), the social-security number (NAF, ``ssn``), Spanish and Moroccan phones, the
    accommodation module and bed (``none``), the overseer (staff), the emergency contact."""
    encargados = v.staff(g, 5, lambda x: v.whole(x, "es"))
    towns = [g.rnd.choice(v.ES_TOWNS) for _ in range(g.rows)]

    def phone() -> str:
        return g.phone("MA", "e164") if g.rnd.random() < 0.3 else g.phone("ES", g.rnd.choice(["national", "intl"]))

    return Table("fresas_rrhh.temporeros", "es", "camel", [
        c("idTrabajador", N, "INTEGER", g.keys(5_001), "decoy", KEY),
        c("nombre", "first_name", "VARCHAR", g.col(lambda: v.given(g, "es"))),
        c("primerApellido", "last_name", "VARCHAR", g.col(lambda: v.person(g, "es")[1])),
        c("segundoApellido", "last_name", "VARCHAR", g.col(lambda: v.person(g, "es")[1], 0.4)),
        c("dniNie", "national_id", "VARCHAR", g.col(lambda: v.nie(g) if g.rnd.random() < 0.6 else v.dni(g))),
        c("numSeguridadSocial", "ssn", "VARCHAR", g.col(lambda: v.naf(g), 0.05)),
        c("fechaNacimiento", "date_of_birth", "DATE", g.births(1965, 2006)),
        c("nacionalidad", N, "VARCHAR", g.col(g.pick(["Marruecos", "Rumanía", "España", "Ucrania"])), "decoy"),
        c("telefono", "phone", "VARCHAR", g.col(phone, 0.05)),
        c("domicilioEspana", "street_address", "VARCHAR", g.col(lambda: f"{g.rnd.choice(v.ES_STREETS)}, "
                                                                 f"{g.rnd.randint(1, 80)}", 0.55), HEAVY),
        c("municipio", "city", "VARCHAR", [t[0] for t in towns]),
        c("codigoPostal", "postal_code", "VARCHAR", [t[1] for t in towns]),
        c("moduloAlojamiento", N, "VARCHAR", g.col(lambda: g.code("M-99")), "decoy"),
        c("cama", N, "INTEGER", g.ints(1, 8), "decoy"),
        c("ibanNomina", "iban", "VARCHAR", g.col(lambda: v.iban(g, "ES"), 0.2)),
        c("salarioBruto", N, "DOUBLE", g.amounts(600, 1900), "decoy"),
        c("encargado", "person_name", "VARCHAR", g.col(g.pick(encargados)), STAFF, ROLE),
        c("contactoEmergencia", "person_name", "VARCHAR", g.col(lambda: v.whole(g, "es"), 0.6), HEAVY, ROLE),
        c("numContrato", N, "VARCHAR", g.col(lambda: g.code("99999999A")), "decoy", SHAPE),
    ])


def it_riordino(g: Gen) -> Table:
    """A Marche land-reclamation consortium's land consolidation register (Italian, snake case): sheet and parcel
    (``none``), the owner (codice fiscale encoding name, birth date and comune), the share, PEC address, the surveyor."""
    tecnici = v.staff(g, 4, lambda x: v.whole(x, "it"))
    rows = []
    for _ in range(g.rows):
        female = g.rnd.random() < 0.45
        a, b = v.person(g, "it", female)
        born = g.birth(1932, 1998)
        place = g.rnd.choice(v.IT_COMUNI)
        rows.append((a, b, born, place, v.codice_fiscale(a, b, born, female, place[3])))
    homes = [g.rnd.choice(v.IT_COMUNI) for _ in range(g.rows)]
    return Table("consorzio_bonifica.riordino_fondiario", "it", "snake", [
        c("foglio", N, "INTEGER", g.ints(1, 60), "decoy", HOLDING),
        c("particella", N, "VARCHAR", g.col(lambda: f"{g.rnd.randint(1, 999)}/{g.rnd.randint(1, 9)}"), "decoy",
          HOLDING),
        c("intestatario", "person_name", "VARCHAR", [f"{r[1].upper()} {r[0].upper()}" for r in rows], ROLE),
        c("codice_fiscale", "national_id", "VARCHAR", [r[4] if g.rnd.random() < 0.92 else None for r in rows]),
        c("data_nascita", "date_of_birth", "DATE", [r[2] for r in rows]),
        c("luogo_nascita", "city", "VARCHAR", [r[3][0] for r in rows]),
        c("indirizzo_residenza", "street_address", "VARCHAR", g.col(lambda: f"{g.rnd.choice(v.IT_STREETS)} "
                                                                     f"{g.rnd.randint(1, 90)}")),
        c("cap", "postal_code", "VARCHAR", [h[2] for h in homes]),
        c("comune_residenza", "city", "VARCHAR", [h[0] for h in homes]),
        c("provincia", N, "VARCHAR", [h[1] for h in homes], "decoy"),
        c("quota_possesso", N, "VARCHAR", g.col(g.pick(["1/1", "1/2", "1/3", "2/3", "1/4"])), "decoy"),
        c("telefono", "phone", "VARCHAR", g.phones("IT", {"national": 0.7, "intl": 0.3}, 0.5, 0.3)),
        c("pec", "email", "VARCHAR", g.col(lambda: v.email_of(g, *v.person(g, "it"), ["pec.it", "legalmail.it"]),
                                           0.6), HEAVY),
        c("partita_iva_azienda", N, "VARCHAR", g.col(lambda: g.digits(11), 0.6), "business", SHAPE),
        c("superficie_are", N, "DOUBLE", g.floats(5, 900, 2), "decoy"),
        c("tecnico_incaricato", "person_name", "VARCHAR", g.col(g.pick(tecnici)), STAFF),
        c("note", "free_text", "VARCHAR", g.sparse(lambda: f"Erede {v.whole(g, 'it')}, successione aperta", 0.8,
                                                  _w("sconosciuto")), NULLWORD),
    ])


def pl_doplaty(g: Gen) -> Table:
    """A Polish regional payment office's direct-payment applications (Polish, snake case): producer number (``none``),
    PESEL encoding the birth date and sex, address, gmina (``city``), powiat (``none``), phone, IBAN, the farm's NIP."""
    doradcy = v.staff(g, 5, lambda x: v.whole(x, "pl"))
    rows = []
    for _ in range(g.rows):
        female = g.rnd.random() < 0.4
        a, b = v.person(g, "pl", female)
        if female and b.endswith("ski"):
            b = b[:-1] + "a"
        born = g.birth(1945, 2003)
        rows.append((a, b, born, v.pesel(g, born, female)))
    towns = [g.rnd.choice(v.PL_TOWNS) for _ in range(g.rows)]
    return Table("oddzial_platnosci.wnioski_bezposrednie", "pl", "snake", [
        c("nr_wniosku", N, "VARCHAR", g.col(lambda: g.code("W/2025/99999")), "decoy"),
        c("numer_producenta", N, "VARCHAR", g.col(lambda: g.digits(9)), "decoy", HOLDING, SHAPE),
        c("imie", "first_name", "VARCHAR", [r[0] for r in rows]),
        c("nazwisko", "last_name", "VARCHAR", [r[1] for r in rows]),
        c("pesel", "national_id", "VARCHAR", [r[3] for r in rows]),
        c("data_urodzenia", "date_of_birth", "DATE", [r[2] for r in rows]),
        c("miejscowosc", "city", "VARCHAR", g.col(g.pick(v.PL_VILLAGES))),
        c("ulica_nr_domu", "street_address", "VARCHAR", g.col(lambda: f"{g.rnd.choice(v.PL_VILLAGES)} {g.rnd.randint(1, 140)}")),
        c("kod_pocztowy", "postal_code", "VARCHAR", [t[1] for t in towns]),
        c("poczta", "city", "VARCHAR", [t[0] for t in towns]),
        c("powiat", N, "VARCHAR", [t[2] for t in towns], "decoy"),
        c("telefon", "phone", "VARCHAR", g.phones("PL", {"national": 0.6, "intl": 0.4}, 0.9, 0.1)),
        c("email", "email", "VARCHAR", g.col(lambda: v.email_of(g, *v.person(g, "pl"), ["wp.pl", "onet.pl",
                                                                                         "interia.pl"]), 0.5)),
        c("nr_rachunku", "iban", "VARCHAR", g.col(lambda: v.iban(g, "PL", g.rnd.random() < 0.6))),
        c("nip_gospodarstwa", N, "VARCHAR", g.col(lambda: v.nip(g), 0.4), "business", CHECK),
        c("nr_dzialki", N, "VARCHAR", g.col(lambda: f"1410{g.digits(2)}_2.{g.digits(4)}.{g.rnd.randint(1, 400)}"),
          "decoy", HOLDING),
        c("powierzchnia_ha", N, "DOUBLE", g.floats(1, 80, 2), "decoy"),
        c("doradca", "person_name", "VARCHAR", g.col(g.pick(doradcy)), STAFF),
    ])


def ro_detinatori(g: Gen) -> Table:
    """A Romanian county veterinary directorate's livestock keepers (Romanian, snake case): CNP encoding the birth
    date, sex and county, holding code and ear-tag range (``none``), the official vet (staff)."""
    medici = v.staff(g, 4, lambda x: v.whole(x, "ro"))
    rows = []
    for _ in range(g.rows):
        female = g.rnd.random() < 0.4
        a, b = v.person(g, "ro", female)
        born = g.birth(1940, 2004)
        town = g.rnd.choice(v.RO_TOWNS)
        rows.append((a, b, born, town, v.cnp(g, born, female, town[3])))
    return Table("dsv_registru.detinatori_animale", "ro", "snake", [
        c("cod_exploatatie", N, "VARCHAR", g.col(lambda: "RO" + g.digits(10)), "decoy", HOLDING, SHAPE),
        c("nume", "last_name", "VARCHAR", [r[1] for r in rows]),
        c("prenume", "first_name", "VARCHAR", [r[0] for r in rows]),
        c("cnp", "national_id", "VARCHAR", [r[4] for r in rows]),
        c("data_nasterii", "date_of_birth", "DATE", [r[2] for r in rows]),
        c("adresa", "street_address", "VARCHAR", g.col(lambda: f"{g.rnd.choice(v.RO_STREETS)} {g.rnd.randint(1, 300)}")),
        c("localitate", "city", "VARCHAR", [r[3][0] for r in rows]),
        c("judet", N, "VARCHAR", [r[3][1] for r in rows], "decoy"),
        c("cod_postal", "postal_code", "VARCHAR", [r[3][2] for r in rows]),
        c("telefon", "phone", "VARCHAR", g.phones("RO", {"national": 0.8, "intl": 0.2}, 0.9, 0.15)),
        c("crotalii_interval", N, "VARCHAR", g.col(lambda: f"RO{g.digits(12)}-{g.digits(3)}"), "decoy", ANIMAL),
        c("specie", N, "VARCHAR", g.col(g.pick(["bovine", "ovine", "caprine", "porcine"])), "decoy"),
        c("efectiv", N, "INTEGER", g.ints(1, 250), "decoy"),
        c("cont_iban", "iban", "VARCHAR", g.col(lambda: v.iban(g, "RO"), 0.6), HEAVY),
        c("medic_veterinar", "person_name", "VARCHAR", g.col(g.pick(medici)), STAFF),
        c("cui_pfa", N, "VARCHAR", g.col(lambda: g.digits(8), 0.6), "business", SHAPE),
        c("observatii", "free_text", "VARCHAR", g.sparse(lambda: f"Animale îngrijite de {v.whole(g, 'ro')}", 0.8,
                                                        _w("nedefinit")), NULLWORD),
    ])


def no_fiskelisens(g: Gen) -> Table:
    """A Norwegian fishing-licence register (Norwegian, snake case): vessel register mark and name (``none``), the
    licence holder (fødselsnummer encoding the birth date), the vessel company's organisation number (``business``),
    the holder's account number (``unclassified``)."""
    saksbeh = v.staff(g, 4, lambda x: v.whole(x, "no"))
    births = g.births(1950, 2005)
    towns = [g.rnd.choice(v.NO_TOWNS) for _ in range(g.rows)]
    return Table("fiskerireg.lisensinnehavere", "no", "snake", [
        c("lisens_id", N, "INTEGER", g.keys(40_001), "decoy", KEY),
        c("registreringsmerke", N, "VARCHAR", g.col(lambda: f"{g.rnd.choice(['F', 'N', 'M'])}-{g.rnd.randint(1, 999)}-"
                                                             f"{g.rnd.choice(['BD', 'LB', 'VS', 'H'])}"), "decoy",
          HOLDING),
        c("fartoy_navn", N, "VARCHAR", g.col(g.pick(["Havbris", "Nordstjerna", "Lofotværing", "Sjøsprøyt"])),
          "decoy", MISLEADING),
        c("fornavn", "first_name", "VARCHAR", g.col(lambda: v.given(g, "no"))),
        c("etternavn", "last_name", "VARCHAR", g.col(lambda: v.person(g, "no")[1])),
        c("fodselsnummer", "national_id", "VARCHAR", [v.fodselsnummer(g, d) if g.rnd.random() < 0.9 else None
                                                      for d in births]),
        c("fodselsdato", "date_of_birth", "DATE", births),
        c("adresse", "street_address", "VARCHAR", g.col(lambda: f"{g.rnd.choice(v.NO_STREETS)} {g.rnd.randint(1, 60)}")),
        c("postnummer", "postal_code", "VARCHAR", [t[1] for t in towns]),
        c("poststed", "city", "VARCHAR", [t[0] for t in towns]),
        c("mobil", "phone", "VARCHAR", g.phones("NO", {"national": 0.6, "intl": 0.4}, 1.0, 0.05)),
        c("epost", "email", "VARCHAR", g.col(lambda: v.email_of(g, *v.person(g, "no"), ["online.no", "gmail.com"]),
                                             0.4)),
        c("kontonummer", USERNAME, "VARCHAR", g.col(lambda: v.kontonr(g), 0.3), BANK),
        c("rederi_orgnr", N, "VARCHAR", g.col(lambda: v.no_orgnr(g), 0.5), "business", CHECK),
        c("kvote_tonn", N, "DOUBLE", g.floats(5, 400, 1), "decoy"),
        c("saksbehandler", "person_name", "VARCHAR", g.col(g.pick(saksbeh)), STAFF),
    ])


def ja_noukyou(g: Gen) -> Table:
    """A Hokkaido agricultural co-operative's members (romanized Japanese column names, values in Japanese script):
    name in kanji and in katakana, My Number, address, phones, a postal savings account (``unclassified``), the
    extension officer (staff), ``jiyuu_koumoku_2`` (by row a phone, an e-mail or a name: ``free_text``)."""
    people = [(g.rnd.choice(v.JA_FAMILY), g.rnd.choice(v.JA_GIVEN)) for _ in range(g.rows)]
    towns = [g.rnd.choice(v.JA_TOWNS) for _ in range(g.rows)]
    tantou = v.staff(g, 4, lambda x: x.rnd.choice(v.JA_FAMILY)[0] + " " + x.rnd.choice(v.JA_GIVEN)[0])

    def mixed() -> str | None:
        pick = g.rnd.random()
        if pick < 0.35:
            return None
        if pick < 0.6:
            return g.phone("JP", "national")
        if pick < 0.8:
            return f"{v.plain(g.rnd.choice(['kenichi', 'michiko', 'satoshi', 'yumi']))}{g.rnd.randint(1, 99)}@" \
                   + g.rnd.choice(["docomo.ne.jp", "ezweb.ne.jp", "gmail.com"])
        return g.rnd.choice(v.JA_FAMILY)[0] + g.rnd.choice(v.JA_GIVEN)[0]

    return Table("ja_kumiai.kumiaiin_meibo", "ja", "snake", [
        c("kumiaiin_bangou", N, "INTEGER", g.keys(120_001), "decoy", KEY),
        c("shimei", "person_name", "VARCHAR", [f"{f[0]} {n[0]}" for f, n in people]),
        c("shimei_kana", "person_name", "VARCHAR", [f"{f[1]} {n[1]}" for f, n in people]),
        c("kojin_bangou", "national_id", "VARCHAR", g.col(lambda: v.my_number(g), 0.3)),
        c("seinengappi", "date_of_birth", "DATE", g.births(1940, 2000)),
        c("yuubin_bangou", "postal_code", "VARCHAR", [t[1] + g.digits(4) for t in towns]),
        c("shichouson", "city", "VARCHAR", [t[0] for t in towns]),
        c("juusho", "street_address", "VARCHAR", g.col(lambda: f"{g.rnd.choice(v.JA_STREETS)}{g.rnd.randint(1, 40)}"
                                                               f"線{g.rnd.randint(1, 300)}番地")),
        c("denwa", "phone", "VARCHAR", g.phones("JP", {"national": 1.0}, 0.0, 0.2)),
        c("keitai", "phone", "VARCHAR", g.phones("JP", {"national": 0.8, "e164": 0.2}, 1.0, 0.3)),
        c("chokin_kouza", USERNAME, "VARCHAR", g.col(lambda: f"{g.digits(5)}-{g.digits(8)}", 0.2), BANK),
        c("houjin_bangou", N, "VARCHAR", g.col(lambda: g.digits(13), 0.6), "business", SHAPE),
        c("nouchi_menseki_ha", N, "DOUBLE", g.floats(5, 150, 1), "decoy"),
        c("sakumotsu", N, "VARCHAR", g.col(g.pick(["てん菜", "馬鈴しょ", "小麦", "生乳"])), "decoy"),
        c("tantousha", "person_name", "VARCHAR", g.col(g.pick(tantou)), STAFF),
        c("jiyuu_koumoku_2", "free_text", "VARCHAR", [mixed() for _ in range(g.rows)], MIXED, OPAQUE),
    ])


BUILDERS: list[tuple[Callable[[Gen], Table], int]] = [
    (ie_bps_claims, 900), (nz_animal_movements, 1_400), (scot_crew_list, 420), (bc_chainsaw_certs, 520),
    (au_grain_growers, 760), (wi_dairy_coop, 1_100), (cy_farm_vet, 380), (in_cane_staging, 1_200),
    (fr_vendanges, 640), (es_temporeros, 980), (it_riordino, 560), (pl_doplaty, 820), (ro_detinatori, 700),
    (no_fiskelisens, 300), (ja_noukyou, 480),
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
