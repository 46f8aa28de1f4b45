"""Held-out set v97 for the column classifier: 15 tables of *social work* (child protection, foster care, adoption,
youth justice, family courts, children's homes, domestic abuse support, school safeguarding, guardians ad litem,
child benefit and kinship care), one system per table and each a different organisation, eight with English column
names and seven in Dutch, German (an SAP-style table), Danish, Finnish, Korean (Hangul names and values), romanized
Greek (values in Greek script) and Spanish:

* ``bradford_csc.referrals``: an English local authority's children's social care front door (snake case: the child,
  the parents, the referrer, the allocated social worker, NHS numbers, case numbers failing the NHS check);
* ``FosterWales.CarerApprovals``: a Swansea fostering service's carer approvals and placements (Pascal case: NI
  numbers, the supervising social worker, placement ids, the service's office line);
* ``adoptionTayside.adopterApplications``: a Dundee adoption agency's adopters and birth parents (camel case);
* ``YOT_FOYLE.YOUTH_CASES``: a Derry youth justice team's cases (SCREAMING case: Health and Care numbers, the
  young person, the parent, the case manager, court file numbers);
* ``fam_ct.hrg_lst``: an Ohio county family court's hearings list (abbreviated: judges and magistrates as staff,
  petitioners, respondents, docket numbers);
* ``stg_dvline.raw_calls``: a Queensland domestic abuse helpline's staging export (``col01`` to ``col18``, ``col14``
  a phone, an e-mail or a name by row);
* ``GALLIB.GALCASEP``: a Florida guardian ad litem program's AS/400 case file (prefix ``GA``, padded CHAR, SSN, ZIP
  and phone as numbers, the child's birth date as ``CYYMMDD``, ``GAUDF2`` mixed by row);
* ``manurewa_sch.safeguarding_log``: an Auckland school's safeguarding log (snake case);
* ``jeugdzorg.aanmeldingen``: a Utrecht youth care team's referrals (BSN, dossier numbers failing the BSN check);
* ``SAPFK.ZKG_ANTRAG``: a Bremen family benefits office's SAP-style Kindergeld claims (``NACHN``, ``VORNA``,
  ``GBDAT`` as DATS text, Steuer-ID, IBAN, ``ZZFELD2`` mixed by row);
* ``boernehjem.beboere_besoeg``: an Aalborg children's home's residents and visitors (CPR numbers);
* ``sukulaishoito.tukihakemukset``: a Tampere kinship carers' support grants (henkilötunnus, IBAN);
* ``아동보호.신고접수``: a Suwon child protection agency's reports (resident registration numbers, report numbers
  failing the RRN check);
* ``epidoma.dikaiouchoi``: a Thessaloniki child allowance extract (AMKA, AFM, IBAN);
* ``pef_valencia.visitasTuteladas``: a Valencia supervised contact centre's visits ordered by family courts (DNI,
  expediente numbers failing the DNI check).

Written **blind**, like v2 to v95: by someone who has read neither the classifier (``governance_dagster/detect/``) nor
its documentation, tests, changelog or notes, only the list of kind names (``governance_dagster/kinds.py``), how the
scorer registers a set (``heldout_v2_accuracy.py``), the structure and labeling conventions of v27 (its modules, its
test and ``tests/heldout_support.py``), the module docstrings of v24 to v95 (to avoid their domains) and the
``Column``/``Table`` classes and writer of v2 and v4. The classifier was not run on this set while it was written, no
scorer was run on it, and no score was looked at. It was written under a short deadline (25 minutes, the tests and
lint included), so some labels are quick decisions rather than settled conventions.

Labeling choices a reader may question:

* a UK National Insurance number, a US SSN, a Greek AMKA are ``ssn``; an NHS or Health and Care number, a BSN, a
  Steuer-ID, a CPR number, a henkilötunnus, a Korean RRN, a Greek AFM and a DNI are ``national_id``;
* case, referral, placement, docket, court file, dossier, report and expediente numbers are ``none`` (tag
  ``decoy``; ``value_shape`` when shaped like a national number and failing its check); a child benefit
  ``Kindergeldnummer`` is ``none`` (an office's file key, though it points at one family);
* social workers, case managers, judges, magistrates, guardians ad litem volunteers, call handlers, designated
  safeguarding leads and caseworkers are staff (``person_name``, tag ``staff``); children, parents, carers,
  referrers, adopters, birth parents, petitioners, respondents, callers, visitors and perpetrators named by a victim
  are personal (tag ``role_word``);
* a child's initials are ``unclassified`` (tag ``initials``: too short for a name kind, yet they point at a child);
* a referrer's organisation, a court room, a placement provider's name, a children's home's and a council's office
  address and phone are ``none`` (tag ``business``);
* opaque fields holding by row a phone, an e-mail or a name (``col14``, ``GAUDF2``, ``ZZFELD2``) are ``free_text``
  (tag ``mixed_kinds``);
* a foster carer's home address is ``street_address`` (tag ``premises``), though it is also where the child lives;
* a US state, an Australian state, a Bundesland and a Greek periphery are ``none``; a Korean si and a Danish town are
  ``city``;
* an ethnicity, a legal status (S20, S31, care order), a risk rating and a disability flag are ``none``: special
  category data, but no kind of kinds.py fits them;
* a numeric SSN, ZIP and phone and a ``CYYMMDD`` or DATS birth date keep their kinds.

Labeling rules otherwise as v27. ``null_heavy`` means 50-95% NULL, ``nullword_heavy`` 70-95% NULL words.

Every value is generated here from :data:`SEED` (one ``random.Random`` per table, named after its builder) with
python-stdnum for check digits, phonenumbers for phone validity and formats, and the lists of
:mod:`benchmarks.classification.heldout_v97_values`, written for v97 (no Faker, no list of real people, no breach
data). Build: ``python -m benchmarks.classification.heldout_v97 [PATH]`` (default ``/tmp/heldout_v97.duckdb``).
Score: ``python -m benchmarks.classification.heldout_v2_accuracy --set v97``.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path

from benchmarks.classification import heldout_v4
from benchmarks.classification import heldout_v97_values as v
from benchmarks.classification.heldout_v2 import Column, Table
from benchmarks.classification.heldout_v97_values import NULLISH, SEED, USERNAME, Gen, N, c

__all__ = ["BUILDERS", "DEFAULT_PATH", "NULLISH", "SEED", "USERNAME", "Column", "Gen", "Table", "build", "labels",
           "summary", "tables"]

DEFAULT_PATH = Path("/tmp/heldout_v97.duckdb")

NULLWORD = "nullword_heavy"
HEAVY = "null_heavy"
SHAPE = "value_shape"
STAFF = "staff"
ROLE = "role_word"
ABBREV = "abbrev"
KEY = "join_key"
PREMISES = "premises"
MIXED = "mixed_kinds"
LEGACY = "legacy"
OPAQUE = "opaque"
INITIALS = "initials"
USER = "username"


def _mixed(g: Gen, region: str, lang: str, domains: list[str], null: float = 0.0) -> list:
    """By row a phone, an e-mail or a name (an opaque custom field)."""

    def one() -> str:
        r = g.rnd.random()
        if r < 0.4:
            return g.phone(region, "national")
        if r < 0.7:
            return v.email(g, domains, lang)
        return v.whole(g, lang)

    return g.col(one, null)


def _sparse(g: Gen, make: Callable[[], object], share: float, words: tuple[str, ...]) -> list:
    return g.sparse(make, share, words)


# -- England, Wales, Scotland, Northern Ireland ------------------------------------------------------------------------


def gb_referrals(g: Gen) -> Table:
    """A West Yorkshire council's children's social care referrals (snake case)."""
    kids = [v.person(g) for _ in range(g.rows)]
    births = g.births(2008, 2025)
    towns = [g.rnd.choice(v.GB_TOWNS) for _ in range(g.rows)]
    workers = v.staff(g, 7)
    return Table("bradford_csc.referrals", "en", "snake", [
        c("referral_id", N, "BIGINT", g.keys(4_100_001), "decoy", KEY),
        c("case_number", N, "VARCHAR", g.col(lambda: v.not_nhs(g)), "decoy", SHAPE),
        c("child_first_name", "first_name", "VARCHAR", [a for a, _ in kids], ROLE),
        c("child_surname", "last_name", "VARCHAR", [b for _, b in kids], ROLE),
        c("child_dob", "date_of_birth", "DATE", births),
        c("nhs_number", "national_id", "VARCHAR", g.col(lambda: v.nhs_number(g, g.rnd.random() < 0.7), 0.2)),
        c("gender", N, "VARCHAR", g.col(g.pick(["M", "F", "Other", "Not known"])), "decoy"),
        c("ethnicity", N, "VARCHAR", g.col(g.pick(["WBRI", "APKN", "MWBC", "BAFR", "WROM", "NOBT"])), "decoy"),
        c("home_address", "street_address", "VARCHAR", g.col(lambda: v.street(g, "gb"))),
        c("postcode", "postal_code", "VARCHAR", [v.uk_postcode(g, t[1]) for t in towns]),
        c("town", "city", "VARCHAR", [t[0] for t in towns]),
        c("mother_name", "person_name", "VARCHAR", g.col(lambda: v.whole(g), 0.1), ROLE),
        c("father_name", "person_name", "VARCHAR", _sparse(g, lambda: v.whole(g), 0.3, ("Not known", "unknown",
                                                                                          "N/A")), ROLE),
        c("parent_mobile", "phone", "VARCHAR", g.phones("GB", {"national": 0.7, "intl": 0.3}, 1.0, 0.1)),
        c("parent_email", "email", "VARCHAR", g.col(lambda: v.email(g, v.GB_MAIL), 0.4)),
        c("referrer_name", "person_name", "VARCHAR", g.col(lambda: v.whole(g), 0.15), ROLE),
        c("referrer_agency", N, "VARCHAR", g.col(g.pick(["West Yorkshire Police", "Primary school", "Health visitor",
                                                          "GP surgery", "Anonymous", "Housing"])), "business"),
        c("referral_reason", N, "VARCHAR", g.col(g.pick(["Neglect", "Physical abuse", "Emotional abuse",
                                                          "Domestic abuse", "CSE concern"])), "decoy"),
        c("allocated_sw", "person_name", "VARCHAR", g.col(g.pick(workers), 0.1), STAFF),
        c("received_at", N, "TIMESTAMP", g.moments("2025-01-01", "2025-12-31"), "decoy"),
        c("rag_rating", N, "VARCHAR", g.col(g.pick(["Red", "Amber", "Green"])), "decoy"),
        c("outcome", N, "VARCHAR", g.col(g.pick(["NFA", "Early Help", "C&F assessment", "S47"])), "decoy"),
        c("case_notes", "free_text", "VARCHAR", g.col(lambda: v.note_en(g), 0.2)),
    ])


def wales_foster(g: Gen) -> Table:
    """A Swansea fostering service's carer approvals and placements (Pascal case)."""
    towns = [g.rnd.choice(v.WALES_TOWNS) for _ in range(g.rows)]
    workers = v.staff(g, 6)
    office = [g.phone("GB", "national", False) for _ in range(2)]
    return Table("FosterWales.CarerApprovals", "en", "pascal", [
        c("ApprovalId", N, "INTEGER", g.keys(20_001), "decoy", KEY),
        c("PlacementId", N, "VARCHAR", g.col(lambda: g.code("PL-9999-AA")), "decoy", SHAPE),
        c("CarerForename", "first_name", "VARCHAR", g.col(lambda: v.given(g)), ROLE),
        c("CarerSurname", "last_name", "VARCHAR", g.col(lambda: v.family(g)), ROLE),
        c("SecondCarerName", "person_name", "VARCHAR", g.col(lambda: v.whole(g), 0.55), ROLE, HEAVY),
        c("CarerDateOfBirth", "date_of_birth", "DATE", g.births(1958, 1995)),
        c("NINumber", "ssn", "VARCHAR", g.col(lambda: v.nino(g), 0.1), ABBREV),
        c("HomeAddress", "street_address", "VARCHAR", g.col(lambda: v.street(g, "gb")), PREMISES),
        c("PostCode", "postal_code", "VARCHAR", [v.uk_postcode(g, t[1]) for t in towns]),
        c("Town", "city", "VARCHAR", [t[0] for t in towns]),
        c("HomePhone", "phone", "VARCHAR", g.phones("GB", {"national": 1.0}, 0.0, 0.4)),
        c("MobilePhone", "phone", "VARCHAR", g.phones("GB", {"national": 0.6, "e164": 0.4}, 1.0, 0.05)),
        c("EmailAddress", "email", "VARCHAR", g.col(lambda: v.email(g, v.GB_MAIL), 0.1)),
        c("ApprovalType", N, "VARCHAR", g.col(g.pick(["Short term", "Long term", "Respite", "Parent and child"])),
          "decoy"),
        c("ApprovedPlaces", N, "INTEGER", g.ints(1, 3), "decoy"),
        c("PanelDate", N, "DATE", g.days("2023-01-01", "2025-12-31"), "decoy"),
        c("SupervisingSocialWorker", "person_name", "VARCHAR", g.col(g.pick(workers)), STAFF),
        c("ChildInitials", USERNAME, "VARCHAR", g.col(lambda: g.code("AA"), 0.3), INITIALS, USER),
        c("OfficePhone", N, "VARCHAR", g.col(g.pick(office)), "business"),
        c("WelshSpeaking", N, "BOOLEAN", g.yn(True, False, 0.3), "decoy"),
    ])


def scot_adoption(g: Gen) -> Table:
    """A Dundee adoption agency's adopters and birth parents (camel case)."""
    towns = [g.rnd.choice(v.SCOT_TOWNS) for _ in range(g.rows)]
    workers = v.staff(g, 5)
    return Table("adoptionTayside.adopterApplications", "en", "camel", [
        c("applicationId", N, "INTEGER", g.keys(501), "decoy", KEY),
        c("adopterOneName", "person_name", "VARCHAR", g.col(lambda: v.whole(g)), ROLE),
        c("adopterTwoName", "person_name", "VARCHAR", g.col(lambda: v.whole(g), 0.35), ROLE),
        c("adopterOneDob", "date_of_birth", "DATE", g.births(1970, 1998)),
        c("adopterNiNo", "ssn", "VARCHAR", g.col(lambda: v.nino(g), 0.2), ABBREV),
        c("addressLine1", "street_address", "VARCHAR", g.col(lambda: v.street(g, "gb"))),
        c("postcode", "postal_code", "VARCHAR", [v.uk_postcode(g, t[1]) for t in towns]),
        c("city", "city", "VARCHAR", [t[0] for t in towns]),
        c("contactPhone", "phone", "VARCHAR", g.phones("GB", {"national": 0.5, "intl": 0.5}, 0.8)),
        c("contactEmail", "email", "VARCHAR", g.col(lambda: v.email(g, v.GB_MAIL))),
        c("birthMotherName", "person_name", "VARCHAR", g.col(lambda: v.whole(g), 0.2), ROLE),
        c("birthFatherName", "person_name", "VARCHAR",
          g.sparse(lambda: v.whole(g), 0.75, ("Not known", "unknown", "withheld", "")), ROLE, NULLWORD),
        c("childForename", "first_name", "VARCHAR", g.col(lambda: v.given(g)), ROLE),
        c("childDob", "date_of_birth", "DATE", g.births(2019, 2025)),
        c("linkingPanelDate", N, "DATE", g.days("2024-01-01", "2026-03-31", 0.4), "decoy"),
        c("agencyWorker", "person_name", "VARCHAR", g.col(g.pick(workers)), STAFF),
        c("stage", N, "VARCHAR", g.col(g.pick(["Enquiry", "Stage 1", "Stage 2", "Approved", "Matched"])), "decoy"),
        c("letterboxContact", N, "BOOLEAN", g.yn(True, False, 0.6), "decoy"),
        c("courtRef", N, "VARCHAR", g.col(lambda: g.code("AD99/25"), 0.5), "decoy"),
    ])


def ni_yot(g: Gen) -> Table:
    """A Derry youth justice team's cases (SCREAMING case)."""
    towns = [g.rnd.choice(v.NI_TOWNS) for _ in range(g.rows)]
    workers = v.staff(g, 6)
    kids = [v.person(g) for _ in range(g.rows)]
    return Table("YOT_FOYLE.YOUTH_CASES", "en", "screaming", [
        c("CASE_ID", N, "INTEGER", g.keys(70_001), "decoy", KEY),
        c("COURT_FILE_NO", N, "VARCHAR", g.col(lambda: g.code("25/099999")), "decoy"),
        c("YP_FORENAME", "first_name", "VARCHAR", [a for a, _ in kids], ROLE, ABBREV),
        c("YP_SURNAME", "last_name", "VARCHAR", [b for _, b in kids], ROLE, ABBREV),
        c("YP_DOB", "date_of_birth", "DATE", g.births(2007, 2014)),
        c("HCN", "national_id", "VARCHAR", g.col(lambda: v.nhs_number(g, False), 0.15), ABBREV),
        c("ADDRESS_1", "street_address", "VARCHAR", g.col(lambda: v.street(g, "gb"))),
        c("POSTCODE", "postal_code", "VARCHAR", [v.uk_postcode(g, t[1]) for t in towns]),
        c("TOWN", "city", "VARCHAR", [t[0] for t in towns]),
        c("YP_MOBILE", "phone", "VARCHAR", g.phones("GB", {"national": 1.0}, 1.0, 0.3)),
        c("PARENT_GUARDIAN", "person_name", "VARCHAR", g.col(lambda: v.whole(g), 0.1), ROLE),
        c("PARENT_PHONE", "phone", "VARCHAR", g.phones("GB", {"intl": 0.5, "national": 0.5}, 0.7, 0.1)),
        c("OFFENCE_TYPE", N, "VARCHAR", g.col(g.pick(["Criminal damage", "Theft", "Assault", "Drugs"])), "decoy"),
        c("DISPOSAL", N, "VARCHAR", g.col(g.pick(["Youth Conference Order", "Diversion", "Reparation Order"])),
          "decoy"),
        c("CASE_MANAGER", "person_name", "VARCHAR", g.col(g.pick(workers)), STAFF),
        c("VICTIM_NAME", "person_name", "VARCHAR", g.col(lambda: v.whole(g), 0.6), ROLE, HEAVY),
        c("RISK_LEVEL", N, "VARCHAR", g.col(g.pick(["Low", "Medium", "High"])), "decoy"),
        c("NEXT_REVIEW", N, "DATE", g.days("2026-01-01", "2026-06-30"), "decoy"),
        c("CASE_NOTE", "free_text", "VARCHAR", g.sparse(lambda: v.note_en(g), 0.3, ("", "-", "N/A"))),
    ])


# -- the United States, Australia, New Zealand ------------------------------------------------------------------------


def us_family_court(g: Gen) -> Table:
    """An Ohio county family court's hearings list (abbreviated names)."""
    judges = [f"Hon. {v.whole(g, 'us')}" for _ in range(4)]
    places = [g.rnd.choice(v.US_CITIES[:4]) for _ in range(g.rows)]
    return Table("fam_ct.hrg_lst", "en", "abbrev", [
        c("hrg_id", N, "BIGINT", g.keys(880_001), "decoy", KEY),
        c("dkt_no", N, "VARCHAR", g.col(lambda: g.code("25 JU 999999")), "decoy", ABBREV),
        c("hrg_dt", N, "DATE", g.days("2026-01-05", "2026-04-30"), "decoy", ABBREV),
        c("hrg_tm", N, "VARCHAR", g.col(g.pick(["08:30", "09:00", "10:30", "13:00", "14:30"])), "decoy"),
        c("crtrm", N, "VARCHAR", g.col(g.pick(["4A", "4B", "5C", "Mag 2"])), "business", ABBREV),
        c("jdg_nm", "person_name", "VARCHAR", g.col(g.pick(judges)), STAFF, ABBREV),
        c("hrg_typ", N, "VARCHAR", g.col(g.pick(["Adjudicatory", "Dispositional", "Review", "Custody", "PPLA"])),
          "decoy"),
        c("ptnr_nm", "person_name", "VARCHAR", g.col(lambda: v.whole(g, "us")), ROLE, ABBREV),
        c("rspdt_nm", "person_name", "VARCHAR", g.col(lambda: v.whole(g, "us"), 0.05), ROLE, ABBREV),
        c("rspdt_dob", "date_of_birth", "DATE", g.births(1975, 2004), ABBREV),
        c("chld_fnm", "first_name", "VARCHAR", g.col(lambda: v.given(g, "us")), ROLE, ABBREV),
        c("chld_lnm", "last_name", "VARCHAR", g.col(lambda: v.family(g, "us")), ROLE, ABBREV),
        c("chld_dob", "date_of_birth", "DATE", g.births(2009, 2025), ABBREV),
        c("rspdt_addr", "street_address", "VARCHAR", g.col(lambda: v.street(g, "us"), 0.1), ABBREV),
        c("rspdt_cty", "city", "VARCHAR", [p[0] for p in places], ABBREV),
        c("rspdt_st", N, "VARCHAR", [p[1] for p in places], "decoy"),
        c("rspdt_zip", "postal_code", "VARCHAR", [p[2] + g.digits(2) for p in places], ABBREV),
        c("rspdt_ph", "phone", "VARCHAR", g.phones("US", {"dashes": 0.6, "national": 0.4}, 0.8, 0.2), ABBREV),
        c("atty_nm", "person_name", "VARCHAR", g.col(lambda: v.whole(g, "us"), 0.3), ROLE, ABBREV),
        c("csw_nm", "person_name", "VARCHAR", g.col(g.pick(v.staff(g, 8, "us"))), STAFF, ABBREV),
        c("sts", N, "VARCHAR", g.col(g.pick(["SCHED", "CONT", "HELD", "VAC"])), "decoy"),
    ])


def au_helpline(g: Gen) -> Table:
    """A Queensland domestic abuse helpline's staging export (opaque names ``col01`` to ``col18``)."""
    places = [g.rnd.choice(v.AU_PLACES[:5]) for _ in range(g.rows)]
    handlers = v.staff(g, 7, "au")
    cols = [
        ("decoy", N, "BIGINT", g.keys(3_000_001), KEY),
        ("decoy", N, "TIMESTAMP", g.moments("2025-06-01", "2025-12-31"), None),
        ("", "first_name", "VARCHAR", g.sparse(lambda: v.given(g, "au"), 0.3, ("withheld", "anon", "")), ROLE),
        ("", "phone", "VARCHAR", g.phones("AU", {"national": 0.5, "e164": 0.3, "intl": 0.2}, 0.9, 0.25), None),
        ("", "city", "VARCHAR", [p[0] for p in places], None),
        ("decoy", N, "VARCHAR", [p[1] for p in places], None),
        ("", "postal_code", "VARCHAR", [p[2] for p in places], None),
        ("", "person_name", "VARCHAR", g.col(lambda: v.whole(g, "au"), 0.6), HEAVY),
        ("decoy", N, "VARCHAR", g.col(g.pick(["intimate partner", "ex-partner", "family member", "other"])), None),
        ("", "person_name", "VARCHAR", g.col(g.pick(handlers)), STAFF),
        ("decoy", N, "INTEGER", g.ints(1, 95), None),
        ("decoy", N, "VARCHAR", g.col(g.pick(["safety plan", "refuge referral", "info only", "police advised"])),
         None),
        ("", "email", "VARCHAR", g.col(lambda: v.email(g, v.AU_MAIL, "au"), 0.6), HEAVY),
        ("", "free_text", "VARCHAR", _mixed(g, "AU", "au", v.AU_MAIL, 0.2), MIXED),
        ("decoy", N, "VARCHAR", g.col(lambda: v.sha1(g)), SHAPE),
        ("", "date_of_birth", "DATE", g.births(1960, 2006), None),
        ("", "free_text", "VARCHAR", g.col(lambda: g.rnd.choice([
            f"Caller says partner {v.whole(g, 'au')} has taken her phone", "Children present during incident",
            f"Sister {v.given(g, 'au')} can be contacted if safe", "DVO in place, breached twice"]), 0.3), None),
        ("decoy", N, "BOOLEAN", g.yn(True, False, 0.4), None),
    ]
    return Table("stg_dvline.raw_calls", "en", "opaque", [
        c(f"col{i:02d}", kind, sql, vals, *[t for t in (tag or "decoy", extra, OPAQUE) if t])
        if kind == N else c(f"col{i:02d}", kind, sql, vals, *[t for t in (extra, OPAQUE) if t])
        for i, (tag, kind, sql, vals, extra) in enumerate(cols, 1)])


def fl_gal(g: Gen) -> Table:
    """A Florida guardian ad litem program's AS/400 case file (prefix ``GA``, padded CHAR, numbers)."""
    places = [g.rnd.choice(v.US_CITIES[4:]) for _ in range(g.rows)]
    vols = v.staff(g, 8, "us")
    births = g.births(2008, 2025)

    def cyymmdd(d) -> int:
        return (d.year - 1900) // 100 * 1_000_000 + int(d.strftime("%y%m%d"))

    def pad(x: str, n: int) -> str:
        return x.ljust(n)[:n]

    return Table("GALLIB.GALCASEP", "en", "as400", [
        c("GACASE", N, "DECIMAL(9,0)", g.keys(100_001), "decoy", KEY, LEGACY),
        c("GACHFN", "first_name", "CHAR(15)", g.col(lambda: pad(v.given(g, "us"), 15)), ROLE, LEGACY, ABBREV),
        c("GACHLN", "last_name", "CHAR(20)", g.col(lambda: pad(v.family(g, "us"), 20)), ROLE, LEGACY, ABBREV),
        c("GACHDB", "date_of_birth", "DECIMAL(7,0)", [cyymmdd(d) for d in births], LEGACY, ABBREV),
        c("GAMONM", "person_name", "CHAR(30)", g.col(lambda: pad(v.whole(g, "us").upper(), 30)), ROLE, LEGACY),
        c("GAMOSS", "ssn", "DECIMAL(9,0)", g.col(lambda: int(v.us_ssn(g).replace("-", "")), 0.3), LEGACY),
        c("GAADR1", "street_address", "CHAR(30)", g.col(lambda: pad(v.street(g, "us").upper(), 30)), LEGACY),
        c("GACITY", "city", "CHAR(20)", [pad(p[0].upper(), 20) for p in places], LEGACY),
        c("GASTAT", N, "CHAR(2)", [p[1] for p in places], "decoy", LEGACY),
        c("GAZIP5", "postal_code", "DECIMAL(5,0)", [int(p[2] + g.digits(2)) for p in places], LEGACY),
        c("GAPHON", "phone", "DECIMAL(10,0)", [int(x) for x in g.phones("US", {"digits": 1.0}, 0.7)], LEGACY),
        c("GAVOLN", "person_name", "CHAR(30)", g.col(lambda: pad(g.rnd.choice(vols), 30)), STAFF, LEGACY),
        c("GACRTC", N, "CHAR(12)", g.col(lambda: g.code("2025-DP-9999")), "decoy", LEGACY),
        c("GASTSC", N, "CHAR(1)", g.col(g.pick(["A", "C", "P"])), "decoy", LEGACY),
        c("GAOPDT", N, "DECIMAL(8,0)", g.col(lambda: int(g.day("2022-01-01", "2025-12-31").strftime("%Y%m%d"))),
          "decoy", LEGACY),
        c("GAUDF2", "free_text", "CHAR(40)", [x if x is None else pad(x, 40)
                                               for x in _mixed(g, "US", "us", v.US_MAIL, 0.25)], MIXED, LEGACY),
    ])


def nz_school(g: Gen) -> Table:
    """An Auckland school's safeguarding log (snake case)."""
    dsl = v.staff(g, 3, "au")
    return Table("manurewa_sch.safeguarding_log", "en", "snake", [
        c("log_id", N, "INTEGER", g.keys(1), "decoy", KEY),
        c("logged_at", N, "TIMESTAMP", g.moments("2025-02-01", "2025-12-15"), "decoy"),
        c("student_id", N, "VARCHAR", g.col(lambda: g.code("99999")), "decoy"),
        c("student_name", "person_name", "VARCHAR", g.col(lambda: v.whole(g, "au")), ROLE),
        c("year_level", N, "INTEGER", g.ints(1, 13), "decoy"),
        c("date_of_birth", "date_of_birth", "DATE", g.births(2008, 2020)),
        c("caregiver_name", "person_name", "VARCHAR", g.col(lambda: v.whole(g, "au"), 0.1), ROLE),
        c("caregiver_phone", "phone", "VARCHAR", g.phones("NZ", {"national": 0.6, "intl": 0.4}, 0.85, 0.1)),
        c("caregiver_email", "email", "VARCHAR", g.col(lambda: v.email(g, v.AU_MAIL, "au"), 0.3)),
        c("concern_category", N, "VARCHAR", g.col(g.pick(["Attendance", "Disclosure", "Injury", "Hunger",
                                                           "Online safety"])), "decoy"),
        c("concern_detail", "free_text", "VARCHAR", g.col(lambda: v.note_en(g))),
        c("reported_by", "person_name", "VARCHAR", g.col(g.pick(v.staff(g, 6, "au"))), STAFF),
        c("dsl_reviewer", "person_name", "VARCHAR", g.col(g.pick(dsl), 0.2), STAFF, ABBREV),
        c("oranga_tamariki_notified", N, "BOOLEAN", g.yn(True, False, 0.2), "decoy"),
        c("ot_report_ref", N, "VARCHAR", g.col(lambda: g.code("RC-99999999"), 0.45), "decoy", SHAPE),
        c("school_phone", N, "VARCHAR", [g.phone("NZ", "national", False)] * g.rows, "business"),
    ])


# -- the Netherlands, Germany, Denmark, Finland, Korea, Greece, Spain --------------------------------------------------


def nl_jeugdzorg(g: Gen) -> Table:
    """A Utrecht youth care team's referrals (Dutch, snake case)."""
    places = [g.rnd.choice(v.NL_PLACES) for _ in range(g.rows)]
    consulenten = v.staff(g, 6, "nl")
    kids = [v.person(g, "nl") for _ in range(g.rows)]
    return Table("jeugdzorg.aanmeldingen", "nl", "snake", [
        c("aanmelding_id", N, "INTEGER", g.keys(60_001), "decoy", KEY),
        c("dossiernummer", N, "VARCHAR", g.col(lambda: v.not_bsn(g)), "decoy", SHAPE),
        c("voornaam_kind", "first_name", "VARCHAR", [a for a, _ in kids], ROLE),
        c("achternaam_kind", "last_name", "VARCHAR", [b for _, b in kids], ROLE),
        c("geboortedatum", "date_of_birth", "DATE", g.births(2007, 2024)),
        c("bsn", "national_id", "VARCHAR", g.col(lambda: v.bsn(g), 0.1), ABBREV),
        c("adres", "street_address", "VARCHAR", g.col(lambda: v.street(g, "nl"))),
        c("postcode", "postal_code", "VARCHAR", [f"{p[1]}{g.digits(2)} {g.code('AA')}" for p in places]),
        c("woonplaats", "city", "VARCHAR", [p[0] for p in places]),
        c("naam_ouder", "person_name", "VARCHAR", g.col(lambda: v.whole(g, "nl"), 0.05), ROLE),
        c("telefoon_ouder", "phone", "VARCHAR", g.phones("NL", {"national": 0.7, "intl": 0.3}, 0.9, 0.1)),
        c("email_ouder", "email", "VARCHAR", g.col(lambda: v.email(g, ["ziggo.nl", "kpnmail.nl", "gmail.com"], "nl"),
                                                   0.3)),
        c("verwijzer", N, "VARCHAR", g.col(g.pick(["Huisarts", "Wijkteam", "Veilig Thuis", "School", "Rechter"])),
          "business"),
        c("jeugdconsulent", "person_name", "VARCHAR", g.col(g.pick(consulenten)), STAFF),
        c("maatregel", N, "VARCHAR", g.col(g.pick(["geen", "OTS", "voogdij", "vrijwillig"])), "decoy"),
        c("iban_ouder", "iban", "VARCHAR", g.col(lambda: v.iban(g, "NL"), 0.7), HEAVY),
        c("opmerking", "free_text", "VARCHAR", g.sparse(lambda: g.rnd.choice([
            f"Moeder {v.whole(g, 'nl')} wil geen contact met vader", "Wachtlijst ambulante hulp",
            f"Opa {v.family(g, 'nl')} vangt de kinderen op"]), 0.4, ("", "geen", "onbekend"))),
    ])


def de_kindergeld(g: Gen) -> Table:
    """A Bremen family benefits office's SAP-style Kindergeld claims (German)."""
    places = [g.rnd.choice(v.DE_PLACES) for _ in range(g.rows)]
    births = g.births(1970, 2002)
    sb = v.staff(g, 5, "de")
    return Table("SAPFK.ZKG_ANTRAG", "de", "sap", [
        c("MANDT", N, "CHAR(3)", ["100"] * g.rows, "decoy", LEGACY),
        c("KGNR", N, "CHAR(12)", g.col(lambda: g.code("215FK999999")), "decoy", LEGACY),
        c("NACHN", "last_name", "CHAR(25)", g.col(lambda: v.family(g, "de").ljust(25)), ABBREV, LEGACY),
        c("VORNA", "first_name", "CHAR(25)", g.col(lambda: v.given(g, "de").ljust(25)), ABBREV, LEGACY),
        c("GBDAT", "date_of_birth", "CHAR(8)", [d.strftime("%Y%m%d") for d in births], ABBREV, LEGACY),
        c("IDNUM", "national_id", "CHAR(11)", g.col(lambda: v.idnr(g), 0.05), ABBREV, LEGACY),
        c("STRAS", "street_address", "CHAR(35)", g.col(lambda: v.street(g, "de")), ABBREV, LEGACY),
        c("PSTLZ", "postal_code", "CHAR(5)", [p[1] + g.digits(3) for p in places], ABBREV, LEGACY),
        c("ORT01", "city", "CHAR(25)", [p[0] for p in places], ABBREV, LEGACY),
        c("REGIO", N, "CHAR(3)", ["HB" if p[0] == "Bremen" else "NI" for p in places], "decoy", LEGACY),
        c("TELNR", "phone", "CHAR(20)", g.phones("DE", {"national": 0.7, "intl": 0.3}, 0.6, 0.35), LEGACY),
        c("IBAN", "iban", "CHAR(34)", g.col(lambda: v.iban(g, "DE", g.rnd.random() < 0.5)), LEGACY),
        c("KOINH", "person_name", "CHAR(35)", g.col(lambda: v.whole(g, "de")), ABBREV, LEGACY),
        c("KIND_VORNA", "first_name", "CHAR(25)", g.col(lambda: v.given(g, "de")), ROLE, LEGACY),
        c("KIND_GBDAT", "date_of_birth", "CHAR(8)", [g.day("2008-01-01", "2025-12-31").strftime("%Y%m%d")
                                                     for _ in range(g.rows)], LEGACY),
        c("BETRG", N, "DECIMAL(9,2)", [255.0] * g.rows, "decoy", LEGACY),
        c("SACHB", "person_name", "CHAR(30)", g.col(g.pick(sb)), STAFF, LEGACY),
        c("ERDAT", N, "CHAR(8)", [g.day("2024-01-01", "2025-12-31").strftime("%Y%m%d") for _ in range(g.rows)],
          "decoy", LEGACY),
        c("ZZFELD2", "free_text", "CHAR(40)", _mixed(g, "DE", "de", ["web.de", "gmx.de", "t-online.de"], 0.3),
          MIXED, LEGACY),
    ])


def dk_boernehjem(g: Gen) -> Table:
    """An Aalborg children's home's residents and visitors (Danish, snake case)."""
    births = g.births(2007, 2016)
    places = [g.rnd.choice(v.DK_PLACES) for _ in range(g.rows)]
    paedagoger = v.staff(g, 6, "da")
    return Table("boernehjem.beboere_besoeg", "da", "snake", [
        c("besoeg_id", N, "INTEGER", g.keys(1), "decoy", KEY),
        c("beboer_navn", "person_name", "VARCHAR", g.col(lambda: v.whole(g, "da")), ROLE),
        c("beboer_cpr", "national_id", "VARCHAR", [v.cpr(g, d) for d in births]),
        c("beboer_foedselsdato", "date_of_birth", "DATE", births),
        c("vaerelse", N, "VARCHAR", g.col(g.pick(["1A", "1B", "2A", "2B", "3"])), "decoy"),
        c("besoegende_navn", "person_name", "VARCHAR", g.col(lambda: v.whole(g, "da")), ROLE),
        c("relation", N, "VARCHAR", g.col(g.pick(["mor", "far", "mormor", "søskende", "ven"])), "decoy"),
        c("besoegende_telefon", "phone", "VARCHAR", g.phones("DK", {"national": 0.6, "intl": 0.4}, 0.9, 0.15)),
        c("besoegende_adresse", "street_address", "VARCHAR", g.col(lambda: v.street(g, "da"), 0.3)),
        c("postnr", "postal_code", "VARCHAR", [p[1] for p in places], ABBREV),
        c("by", "city", "VARCHAR", [p[0] for p in places]),
        c("ankomst", N, "TIMESTAMP", g.moments("2025-03-01", "2025-12-31"), "decoy"),
        c("overvaaget", N, "BOOLEAN", g.yn(True, False, 0.5), "decoy"),
        c("vagthavende", "person_name", "VARCHAR", g.col(g.pick(paedagoger)), STAFF),
        c("bemaerkning", "free_text", "VARCHAR", g.sparse(lambda: g.rnd.choice([
            f"Mor kom med ny kæreste {v.whole(g, 'da')}", "Besøget afbrudt efter 20 min",
            f"Lillesøster {v.given(g, 'da')} med"]), 0.75, ("", "-", "ukendt")), NULLWORD),
        c("hjemmets_adresse", N, "VARCHAR", ["Hobrovej 410, 9200 Aalborg SV"] * g.rows, "business"),
    ])


def fi_kinship(g: Gen) -> Table:
    """A Tampere kinship carers' support grants (Finnish, snake case)."""
    births = g.births(1950, 1990)
    places = [g.rnd.choice(v.FI_PLACES) for _ in range(g.rows)]
    workers = v.staff(g, 4, "fi")
    pairs = [v.person(g, "fi") for _ in range(g.rows)]
    return Table("sukulaishoito.tukihakemukset", "fi", "snake", [
        c("hakemus_id", N, "INTEGER", g.keys(9_001), "decoy", KEY),
        c("etunimi", "first_name", "VARCHAR", [a for a, _ in pairs]),
        c("sukunimi", "last_name", "VARCHAR", [b for _, b in pairs]),
        c("henkilotunnus", "national_id", "VARCHAR", [v.hetu(g, d) for d in births]),
        c("syntymaaika", "date_of_birth", "DATE", births),
        c("lahiosoite", "street_address", "VARCHAR", g.col(lambda: v.street(g, "fi"))),
        c("postinumero", "postal_code", "VARCHAR", [p[1] + g.digits(3) for p in places]),
        c("postitoimipaikka", "city", "VARCHAR", [p[0] for p in places]),
        c("puhelin", "phone", "VARCHAR", g.phones("FI", {"national": 0.6, "intl": 0.4}, 0.9)),
        c("sahkoposti", "email", "VARCHAR", g.col(lambda: v.email(g, ["suomi24.fi", "gmail.com", "elisanet.fi"],
                                                                  "fi"), 0.25)),
        c("tilinumero", "iban", "VARCHAR", g.col(lambda: v.iban(g, "FI", True))),
        c("lapsen_nimi", "person_name", "VARCHAR", g.col(lambda: v.whole(g, "fi")), ROLE),
        c("sukulaisuussuhde", N, "VARCHAR", g.col(g.pick(["isovanhempi", "täti", "eno", "sisarus"])), "decoy"),
        c("tuki_euroa", N, "DECIMAL(8,2)", g.amounts(300, 900), "decoy"),
        c("sosiaalityontekija", "person_name", "VARCHAR", g.col(g.pick(workers)), STAFF),
        c("paatos", N, "VARCHAR", g.col(g.pick(["myönnetty", "hylätty", "käsittelyssä"])), "decoy"),
    ])


def ko_child_protection(g: Gen) -> Table:
    """A Suwon child protection agency's reports (Korean column names and values)."""
    females = [g.rnd.random() < 0.5 for _ in range(g.rows)]
    births = g.births(2008, 2023)
    places = [g.rnd.choice(v.KO_PLACES) for _ in range(g.rows)]
    workers = v.staff(g, 5, "ko")
    return Table("아동보호.신고접수", "ko", "hangul", [
        c("접수번호", N, "VARCHAR", g.col(lambda: v.not_rrn(g)), "decoy", SHAPE),
        c("접수일시", N, "TIMESTAMP", g.moments("2025-01-01", "2025-12-31"), "decoy"),
        c("아동성명", "person_name", "VARCHAR", [v.NAMES["ko"][2][g.rnd.randrange(10)]
                                             + g.rnd.choice(v.NAMES["ko"][1 if f else 0]) for f in females], ROLE),
        c("주민등록번호", "national_id", "VARCHAR", [v.rrn(g, d, f) for d, f in zip(births, females)]),
        c("생년월일", "date_of_birth", "DATE", births),
        c("주소", "street_address", "VARCHAR", g.col(lambda: v.street(g, "ko"))),
        c("우편번호", "postal_code", "VARCHAR", [p[1] + g.digits(3) for p in places]),
        c("시군구", "city", "VARCHAR", [p[0] for p in places]),
        c("보호자성명", "person_name", "VARCHAR", g.col(lambda: v.whole(g, "ko"), 0.1), ROLE),
        c("보호자연락처", "phone", "VARCHAR", g.phones("KR", {"national": 0.8, "intl": 0.2}, 0.95, 0.1)),
        c("신고자성명", "person_name", "VARCHAR", g.sparse(lambda: v.whole(g, "ko"), 0.5, ("익명", "미상", "")), ROLE),
        c("신고자연락처", "phone", "VARCHAR", g.phones("KR", {"national": 1.0}, 0.9, 0.5), HEAVY),
        c("신고자유형", N, "VARCHAR", g.col(g.pick(["교사", "의료인", "이웃", "부모", "경찰"])), "decoy"),
        c("학대유형", N, "VARCHAR", g.col(g.pick(["신체학대", "정서학대", "방임", "성학대", "중복학대"])), "decoy"),
        c("상담원", "person_name", "VARCHAR", g.col(g.pick(workers)), STAFF),
        c("기관전화", N, "VARCHAR", ["031-296-1234"] * g.rows, "business"),
        c("사건개요", "free_text", "VARCHAR", g.col(lambda: g.rnd.choice([
            f"아동이 담임교사 {v.whole(g, 'ko')}에게 폭행 사실을 말함", "야간 방임 의심, 현장조사 예정",
            f"이웃 {v.whole(g, 'ko')} 씨가 울음소리 신고"]), 0.1)),
    ])


def gr_allowance(g: Gen) -> Table:
    """A Thessaloniki child allowance extract (romanized Greek names, Greek-script values)."""
    births = g.births(1965, 2000)
    places = [g.rnd.choice(v.EL_PLACES) for _ in range(g.rows)]
    pairs = [v.person(g, "el") for _ in range(g.rows)]
    return Table("epidoma.dikaiouchoi", "el", "snake", [
        c("arithmos_aitisis", N, "BIGINT", g.keys(2_025_000_001), "decoy", KEY),
        c("onoma", "first_name", "VARCHAR", [a for a, _ in pairs]),
        c("eponymo", "last_name", "VARCHAR", [b for _, b in pairs]),
        c("patronymo", "first_name", "VARCHAR", g.col(lambda: v.given(g, "el"), 0.05), ROLE),
        c("amka", "ssn", "VARCHAR", [v.amka(g, d) for d in births]),
        c("afm", "national_id", "VARCHAR", g.col(lambda: v.afm(g))),
        c("imerominia_gennisis", "date_of_birth", "DATE", births),
        c("dieythynsi", "street_address", "VARCHAR", g.col(lambda: v.street(g, "el"))),
        c("tk", "postal_code", "VARCHAR", [f"{p[1]} {g.digits(2)}" for p in places], ABBREV),
        c("poli", "city", "VARCHAR", [p[0] for p in places]),
        c("perifereia", N, "VARCHAR", ["Κεντρικής Μακεδονίας"] * g.rows, "decoy"),
        c("kinito", "phone", "VARCHAR", g.phones("GR", {"national": 0.7, "e164": 0.3}, 1.0, 0.05)),
        c("email", "email", "VARCHAR", g.sparse(lambda: v.email(g, ["gmail.com", "yahoo.gr", "otenet.gr"], "el"),
                                                0.3, ("", "-", "άγνωστο"))),
        c("iban", "iban", "VARCHAR", g.col(lambda: v.iban(g, "GR"))),
        c("arithmos_teknon", N, "INTEGER", g.ints(1, 5), "decoy"),
        c("kathgoria_eisodimatos", N, "VARCHAR", g.col(g.pick(["Α", "Β", "Γ"])), "decoy"),
        c("poso_eyro", N, "DECIMAL(8,2)", g.amounts(70, 420), "decoy"),
    ])


def es_contact_centre(g: Gen) -> Table:
    """A Valencia supervised contact centre's court-ordered visits (Spanish, camel case)."""
    places = [g.rnd.choice(v.ES_PLACES) for _ in range(g.rows)]
    tecnicos = v.staff(g, 5, "es")
    return Table("pef_valencia.visitasTuteladas", "es", "camel", [
        c("idVisita", N, "INTEGER", g.keys(1), "decoy", KEY),
        c("numExpediente", N, "VARCHAR", g.col(lambda: v.not_dni(g)), "decoy", SHAPE),
        c("juzgado", N, "VARCHAR", g.col(g.pick(["Juzgado de Familia nº 24", "Juzgado de Familia nº 25",
                                                  "Juzgado de Violencia sobre la Mujer nº 1"])), "business"),
        c("progenitorVisitante", "person_name", "VARCHAR", g.col(lambda: v.whole(g, "es")), ROLE),
        c("dniVisitante", "national_id", "VARCHAR", g.col(lambda: v.dni(g), 0.1)),
        c("telefonoVisitante", "phone", "VARCHAR", g.phones("ES", {"national": 0.6, "intl": 0.4}, 0.9)),
        c("progenitorCustodio", "person_name", "VARCHAR", g.col(lambda: v.whole(g, "es")), ROLE),
        c("domicilioCustodio", "street_address", "VARCHAR", g.col(lambda: v.street(g, "es"), 0.2)),
        c("codigoPostal", "postal_code", "VARCHAR", [p[1] + g.digits(2) for p in places]),
        c("municipio", "city", "VARCHAR", [p[0] for p in places]),
        c("emailCustodio", "email", "VARCHAR", g.col(lambda: v.email(g, ["gmail.com", "hotmail.es", "yahoo.es"],
                                                                     "es"), 0.35)),
        c("nombreMenor", "first_name", "VARCHAR", g.col(lambda: v.given(g, "es")), ROLE),
        c("fechaNacimientoMenor", "date_of_birth", "DATE", g.births(2010, 2023)),
        c("fechaVisita", N, "DATE", g.days("2025-09-01", "2026-03-31"), "decoy"),
        c("modalidad", N, "VARCHAR", g.col(g.pick(["tutelada", "intercambio", "supervisada"])), "decoy"),
        c("tecnicoResponsable", "person_name", "VARCHAR", g.col(g.pick(tecnicos)), STAFF),
        c("incidencias", "free_text", "VARCHAR", g.sparse(lambda: g.rnd.choice([
            f"El padre llegó acompañado de {v.whole(g, 'es')}", "La menor no quiso entrar",
            f"La abuela {v.whole(g, 'es')} esperó fuera"]), 0.8, ("", "sin datos", "-")), NULLWORD),
    ])


BUILDERS: list[tuple[Callable[[Gen], Table], int]] = [
    (gb_referrals, 900), (wales_foster, 400), (scot_adoption, 300), (ni_yot, 500), (us_family_court, 1_200),
    (au_helpline, 1_000), (fl_gal, 600), (nz_school, 450), (nl_jeugdzorg, 700), (de_kindergeld, 800),
    (dk_boernehjem, 350), (fi_kinship, 300), (ko_child_protection, 500), (gr_allowance, 900),
    (es_contact_centre, 400),
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
