"""Held-out set v90 for the column classifier: 15 tables of the *construction, engineering, manufacturing and mining
workforce* (building-site inductions and site-access cards, subcontractor worker registers, crane operators'
certificates, a labour-hire staging table, a mine's lamp-room check-ins, a foundry's clocking master, a steelworkers'
union local's dues file, a factory's accident and near-miss register, posted workers' A1 declarations, miners'
periodic medicals, a construction firm's employee register, a shipyard's safety-training certificates and site passes,
a copper mine's contractor accreditation and an engineering works' apprentices), one system per table and each a
different organisation, eight with English column names (the English Midlands and North, County Kildare, Alberta,
central Queensland, the North West and West Rand of South Africa, Wisconsin, western Pennsylvania and Pune) and seven in
German (Upper Bavaria), Polish (Silesia), Romanian (Cluj), Turkish (Kocaeli), Korean (Ulsan, Hangul column names and
values), Chilean Spanish (Antofagasta) and Swedish (Västmanland):

* ``site_induct.inductions``: a Midlands principal contractor's site inductions (snake case: sites and their
  addresses, subcontractors and their UK VAT numbers, National Insurance numbers with some ``QQ123456C``, CSCS-style
  card numbers, the online-induction IP, emergency contacts, inductors, medical notes mostly ``N/A``, ``misc_1`` a
  locker, ``misc_2`` a second mobile);
* ``SubconReg.WorkerRegister``: a Kildare data-centre build's subcontractor worker register (Pascal case: PPSN, Safe
  Pass numbers, Eircodes, the wages IBAN mostly NULL, next of kin, foremen, ``User1`` a hi-vis size, ``User2`` a
  second e-mail);
* ``craneOps.operatorCertificates``: an Alberta crane-rental company's operators (camel case: SIN with some
  ``000 000 000``, certificate numbers, employers' business numbers and phones, assessors, ``udf03`` the signaller,
  ``udf04`` a crane fleet number, creators' logins);
* ``stg_labour.src_tna_mine_crews``: a Queensland labour-hire firm's crew list in a staging table (``col01`` to
  ``col18``, all text: ``SURNAME, Given`` names, birth dates as text, TFN, ABN, ``col17`` a phone, an e-mail or a name
  by row, ``col18`` a batch reference);
* ``MINESAFE.LAMP_ROOM_CHECKINS``: a Rustenburg platinum mine's lamp-room check-ins (SCREAMING case: South African
  identity numbers encoding the birth date and sex, cap-lamp and self-rescuer numbers, shift bosses, next of kin,
  ``CUSTOM_FIELD_1`` a gang number, ``CUSTOM_FIELD_2`` the buddy's name);
* ``FABLIB.CLKMSTP``: a Milwaukee foundry's AS/400 clocking master (legacy, field prefix ``CK``: padded CHAR names,
  SSN, ZIP and phone as numbers with 0 for missing, birth and hire dates as ``CYYMMDD`` numbers, badge numbers,
  ``CKUDF1`` a locker, ``CKUDF2`` an emergency phone, programs in ``CKUSER``);
* ``USW_LOCAL.DUESMAST``: a Pittsburgh steelworkers' union local's dues master from a COBOL copybook (legacy:
  hyphenated names, SSN as text, birth dates as ``YYYYMMDD`` numbers, ZIP and phones as numbers, employers' EINs,
  member card numbers shaped like an SSN failing its rules, a dues card kept in clear, stewards, ``MB-USER-FLD-1`` a
  chapter code, ``MB-USER-FLD-2`` the death-benefit beneficiary);
* ``ehs_chakan.incident_register``: a Chakan auto-parts plant's accident and near-miss register (abbreviated snake
  case: the injured person (``inj_``) vs. the reporting supervisor and the first aider, Aadhaar and PAN, contractors'
  GSTIN, witnesses mostly NULL, descriptions naming people, ``udf_1`` a permit number, ``udf_2`` an emergency phone);
* ``SAPHR.ZHR_A1_ENTSENDUNG``: a Munich builder's SAP-style table of posted workers' A1 declarations (legacy:
  ``NACHN``, ``VORNA``, ``GBDAT`` as ``DATS`` text, the home country's PESEL or CNP, A1 certificate numbers, the site
  address, ``SACHB`` clerks by family name, ``ERNAM`` logins, ``ZZFELD1`` a container number, ``ZZFELD2`` a German
  mobile);
* ``kopalnia_badania.badania_okresowe``: a Silesian coal mine's periodic medicals (Polish: PESEL encoding the birth
  date and sex, doctors, the clinic's NIP, referral numbers of eleven digits failing the PESEL check, remarks mostly
  ``brak``, ``pole_dodatkowe_2`` a phone, an e-mail or a name by row);
* ``constructii_cluj.registruSalariati``: a Cluj construction firm's employee register (Romanian, camel case: CNP
  encoding the sex, birth date and county, the employer's CUI, salary IBAN, team leaders, ``campLiber2`` a contact
  person);
* ``gebze_tersane.isg_egitim_sertifikalari``: a Gebze shipyard's occupational-safety training certificates (Turkish:
  T.C. kimlik no, certificate numbers of eleven digits failing its check, subcontractors' VKN, trainers, IBAN mostly
  NULL, ``ozel_alan_2`` a relative's phone);
* ``울산조선_협력사.안전교육_출입``: an Ulsan shipyard's subcontractor safety training and site passes (Korean, Hangul:
  resident registration numbers encoding the birth date and sex, business registration numbers, pass numbers,
  supervisors, remarks mostly ``없음``, ``추가필드2`` an e-mail);
* ``MineraPampa.AcreditacionContratistas``: an Antofagasta copper mine's contractor accreditation (Chilean Spanish,
  Pascal case: RUT, two family names, contractors' company RUT, credential folios written like a RUT failing its
  check, contract administrators, ``CampoLibre2`` a phone);
* ``verkstad_vasteras.larlingar``: a Västerås engineering works' apprentices (Swedish: personnummer, supervisors
  (``handledare``), guardians mostly NULL, the employer's orgnr, ``fritt_falt_2`` an e-mail).

Written **blind**, like v2 to v89: by someone who has read neither the classifier (``governance_dagster/detect/``) nor
its documentation, tests, changelog or notes, only the list of kind names (``governance_dagster/kinds.py``), how the
scorer registers a set (``heldout_v2_accuracy.py``, read, never run), the structure and labeling conventions of v27
(its modules and test, ``tests/heldout_support.py``), ``heldout_v2.py`` and ``heldout_v4.py`` (the ``Column`` and
``Table`` classes and the writer), the module docstrings of v24 to v89 (to avoid their domains: v42 had
manufacturing sites, v49 and v70 HR and recruitment; every organisation here is new), the ruff section of
``pyproject.toml`` and the sources of python-stdnum and phonenumbers. The classifier was not run on this set while it
was written, no scorer was run on it, and no score of any set was looked at: nothing here was adjusted to what the
classifier does. It was written under a short deadline (25 minutes, the tests and lint included), so some labels below
are quick decisions rather than settled conventions. It imports no earlier set's value module: its random source,
names, streets, towns, companies and identifier builders are its own
(:mod:`benchmarks.classification.heldout_v90_values`).

Tags: ``legacy``, ``padded``, ``int_date``, ``numeric_id``, ``zero_missing``, ``decoy``, ``business``,
``value_shape``, ``check_digit``, ``join_key``, ``event_date``, ``null_heavy``, ``nullword_heavy``, ``placeholder``,
``staff``, ``role_word``, ``username``, ``audit``, ``service_account``, ``opaque``, ``mixed_kinds``, ``abbrev``,
``scheme_card``, ``dob_text``, ``prefixed``.

Labeling choices a reader may question:

* a CSCS-style card number, an Irish Safe Pass number and a crane operator's trade certificate are issued by an
  industry scheme or a trade body, not by a state: the card numbers printed on a worker's site pass (CSCS, Safe
  Pass) are ``unclassified`` (tag ``scheme_card``: they point at one person but fit no kind), while certificate,
  credential, pass, A1 and referral numbers recorded per event are ``none`` (tag ``value_shape``);
* following ``kinds.py``, the UK National Insurance number, the PPSN, the SIN and the US SSN are ``ssn``; the TFN,
  the South African identity number, Aadhaar, PAN, PESEL, CNP, T.C. kimlik no, the Korean resident registration
  number, the Chilean RUT and the personnummer are ``national_id``; the A1 table's home-country number (a PESEL or a
  CNP by row) is ``national_id``;
* the injured person, the next of kin, the emergency contact, the signaller, the buddy, the death-benefit
  beneficiary, the witness and the guardian are personal (tag ``role_word``); shift bosses, inductors, foremen,
  assessors, stewards, doctors, first aiders, trainers and supervisors are staff (``person_name``; SAP's ``SACHB``
  by family name is ``last_name``);
* a site, its address and postcode, a contractor, a clinic and a mine's control-room phone are ``none`` (tag
  ``business``); company numbers (UK and Irish VAT, BN, ABN, EIN, GSTIN, NIP, CUI, VKN, Korean business registration
  number, company RUT, orgnr) are ``none`` (tags ``business``, ``check_digit``);
* employee, badge, cap-lamp, self-rescuer and member numbers are ``none`` (join keys or decoys), though they point at
  one worker inside the organisation;
* a staging table's ``col17`` and a Polish ``pole_dodatkowe_2`` holding by row a phone, an e-mail or a name are
  ``free_text`` (tag ``mixed_kinds``); an opaque field holding one kind takes that kind;
* a Korean full name written without a space (family name first) is ``person_name``; ``SURNAME, Given`` is
  ``person_name``; a Chilean ``ApellidoMaterno`` is ``last_name``;
* a legacy birth date kept as a ``CYYMMDD``/``YYYYMMDD`` number, as ``DATS`` text or as ``dd/mm/yyyy`` text is
  ``date_of_birth``; a hire or clock date kept the same way is ``none`` (tag ``event_date``);
* a German state, a Romanian ``judet``, a Turkish ``il``, a Chilean region and a US state are ``none``; a district
  (``ilce``), a comuna, a suburb, a birthplace (``GBORT``) and a Korean district are ``city``; the online-induction IP
  is ``ip_address``; a dues card kept in clear is ``credit_card``.

Labeling rules otherwise as v27: logins are ``unclassified`` (tag ``username``), programs and batch jobs ``none``
(tag ``service_account``). ``null_heavy`` means 50-95% NULL, ``nullword_heavy`` 70-95% NULL words.

Every value is generated here from :data:`SEED` (one ``random.Random`` per table, named after its builder) with
python-stdnum for check digits, phonenumbers for phone validity and formats, and the lists of
:mod:`benchmarks.classification.heldout_v90_values`, written for v90 (no Faker, no list of real people, no breach
data). Build: ``python -m benchmarks.classification.heldout_v90 [PATH]`` (default ``/tmp/heldout_v90.duckdb``).
Score: ``python -m benchmarks.classification.heldout_v2_accuracy --set v90``.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path

from stdnum import luhn
from stdnum.pl import pesel as _pesel
from stdnum.tr import tckimlik as _tck
from stdnum.us import ein as _ein
from stdnum.us import ssn as _ssn

from benchmarks.classification import heldout_v4
from benchmarks.classification import heldout_v90_values as v
from benchmarks.classification.heldout_v2 import Column, Table
from benchmarks.classification.heldout_v90_values import NULLISH, SEED, USERNAME, Gen, N, c

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

DEFAULT_PATH = Path("/tmp/heldout_v90.duckdb")

NULLWORD = "nullword_heavy"
HEAVY = "null_heavy"
SHAPE = "value_shape"
STAFF = "staff"
ROLE = "role_word"
ABBREV = "abbrev"
AUDIT = "audit"
USER = "username"
SERVICE = "service_account"
KEY = "join_key"
PLACEHOLDER = "placeholder"
OPAQUE = "opaque"
MIXED = "mixed_kinds"
LEGACY = "legacy"
PADDED = "padded"
INT_DATE = "int_date"
NUMERIC = "numeric_id"
ZERO = "zero_missing"
CHECK = "check_digit"
EVENT = "event_date"
SCHEME = "scheme_card"
DOB_TEXT = "dob_text"
PREFIXED = "prefixed"


def _staff(g: Gen, n: int, make: Callable[[], str]) -> list[str]:
    out: set[str] = set()
    while len(out) < n:
        out.add(make())
    return sorted(out)


def _dirty(g: Gen, values: list, share: float, placeholders: list[str]) -> list:
    return [g.rnd.choice(placeholders) if x is not None and g.rnd.random() < share else x for x in values]


def _pad(text: str | None, width: int) -> str:
    return (text or "").upper()[:width].ljust(width)


def _cyymmdd(d: date) -> int:
    return int(f"{1 if d.year >= 2000 else 0}{d:%y%m%d}")


def _mixed(g: Gen, region: str, phone_region: str, domains: list[str]) -> Callable[[], str]:
    """By row a phone, an e-mail address or a name (an opaque field filled three ways)."""

    def make() -> str:
        r = g.rnd.random()
        if r < 0.35:
            return g.phone(phone_region, g.rnd.choice(["national", "e164"]))
        if r < 0.7:
            return v.email_of(g, *v.person(g, region), domains)
        return v.whole(g, region)

    return make


# -- the United Kingdom, Ireland, Canada, Australia, South Africa --------------------------------------------------


def uk_site_inductions(g: Gen) -> Table:
    """A Midlands principal contractor's site inductions."""
    sites = [(f"SITE-{i:03d}", name, v.street(g, v.UK_STREETS, 1, 40), v.uk_postcode(g, d))
             for i, (name, d) in enumerate([("Wharfside Residential Ph2", "WV"), ("Etruria Link Road", "ST"),
                                             ("Derwent Mills Refurb", "DE"), ("Canal Basin Offices", "BD")], 1)]
    site = [g.rnd.randrange(len(sites)) for _ in range(g.rows)]
    subs = [(name, v.gb_vat(g)) for name in v.UK_CONTRACTORS]
    sub = [g.rnd.choice(subs) for _ in range(g.rows)]
    pairs = [v.person(g, "uk") for _ in range(g.rows)]
    towns = [g.rnd.choice(v.UK_TOWNS) for _ in range(g.rows)]
    inductors = _staff(g, 5, lambda: v.whole(g, "uk"))

    def note() -> str:
        return g.rnd.choice(["Type 2 diabetic, carries insulin", f"Wears hearing aid, buddy {v.given(g, 'uk')}",
                             "Asthma - inhaler in van", f"Back injury 2023, cleared by Dr {v.person(g, 'uk')[1]}"])

    return Table("site_induct.inductions", "en", "snake", [
        c("induction_id", N, "BIGINT", g.keys(40_001), "decoy", KEY),
        c("site_code", N, "VARCHAR", [sites[i][0] for i in site], "decoy"),
        c("site_name", N, "VARCHAR", [sites[i][1] for i in site], "business"),
        c("site_address", N, "VARCHAR", [sites[i][2] for i in site], "business"),
        c("site_postcode", N, "VARCHAR", [sites[i][3] for i in site], "business"),
        c("employer", N, "VARCHAR", [s[0] for s in sub], "business"),
        c("employer_vat_no", N, "VARCHAR", [s[1] for s in sub], "business", CHECK, SHAPE),
        c("worker_first_name", "first_name", "VARCHAR", [a for a, _ in pairs]),
        c("worker_surname", "last_name", "VARCHAR", [b for _, b in pairs]),
        c("date_of_birth", "date_of_birth", "DATE", g.births(1962, 2007)),
        c("ni_number", "ssn", "VARCHAR", _dirty(g, g.col(lambda: v.nino(g), 0.08), 0.05, ["QQ123456C", "TBC"]),
          PLACEHOLDER),
        c("cscs_card_no", USERNAME, "VARCHAR", g.col(lambda: g.code("99999999"), 0.1), SCHEME),
        c("cscs_card_colour", N, "VARCHAR", g.col(g.pick(["Green", "Blue", "Gold", "Black", "Red"])), "decoy"),
        c("cscs_expiry", N, "DATE", g.days("2025-06-01", "2030-12-31"), "decoy", EVENT),
        c("mobile_no", "phone", "VARCHAR", g.phones("GB", {"national": 0.6, "e164": 0.2, "digits": 0.2}, 0.03),
          ABBREV),
        c("email", "email", "VARCHAR", [v.email_of(g, a, b, v.DOMAINS["uk"]) if g.rnd.random() < 0.8 else None
                                        for a, b in pairs]),
        c("home_postcode", "postal_code", "VARCHAR", [v.uk_postcode(g, t[1]) for t in towns]),
        c("home_town", "city", "VARCHAR", [t[0] for t in towns]),
        c("online_induction_ip", "ip_address", "VARCHAR",
          g.col(lambda: f"{g.rnd.choice([81, 86, 92, 109, 176, 212])}.{g.rnd.randint(0, 255)}."
                        f"{g.rnd.randint(0, 255)}.{g.rnd.randint(1, 254)}", 0.3)),
        c("ice_contact_name", "person_name", "VARCHAR", g.col(lambda: v.whole(g, "uk"), 0.1), ROLE),
        c("ice_contact_phone", "phone", "VARCHAR", g.phones("GB", {"national": 0.8, "e164": 0.2}, 0.1)),
        c("inducted_by", "person_name", "VARCHAR", g.col(g.pick(inductors)), STAFF),
        c("induction_date", N, "DATE", g.days("2025-01-06", "2025-11-28"), "decoy", EVENT),
        c("medical_notes", "free_text", "VARCHAR", g.sparse(note, 0.82, ("N/A", "n/a", "none", "-", "")), NULLWORD),
        c("misc_1", N, "VARCHAR", g.col(lambda: f"L{g.rnd.randint(1, 240):03d}", 0.3), "decoy", OPAQUE),
        c("misc_2", "phone", "VARCHAR", g.phones("GB", {"national": 0.7, "e164": 0.3}, 0.45), OPAQUE),
    ])


def ie_subcon_register(g: Gen) -> Table:
    """A Kildare data-centre build's subcontractor worker register (Pascal case)."""
    subs = [(name, v.ie_vat(g)) for name in v.IE_SUBCONTRACTORS]
    sub = [g.rnd.choice(subs) for _ in range(g.rows)]
    pairs = [v.person(g, "ie") for _ in range(g.rows)]
    towns = [g.rnd.choice(v.IE_TOWNS) for _ in range(g.rows)]
    foremen = _staff(g, 6, lambda: v.whole(g, "ie"))
    return Table("SubconReg.WorkerRegister", "en", "pascal", [
        c("WorkerId", N, "INTEGER", g.keys(7_001), "decoy", KEY),
        c("SubcontractorName", N, "VARCHAR", [s[0] for s in sub], "business"),
        c("SubcontractorVatNo", N, "VARCHAR", [s[1] for s in sub], "business", CHECK, SHAPE),
        c("ForeName", "first_name", "VARCHAR", [a for a, _ in pairs]),
        c("Surname", "last_name", "VARCHAR", [b for _, b in pairs]),
        c("PpsNumber", "ssn", "VARCHAR", g.col(lambda: v.pps(g), 0.05)),
        c("DateOfBirth", "date_of_birth", "DATE", g.births(1965, 2006)),
        c("SafePassNo", USERNAME, "VARCHAR", g.col(lambda: g.code("SP9999999"), 0.05), SCHEME),
        c("SafePassExpiry", N, "DATE", g.days("2025-03-01", "2029-12-31"), "decoy", EVENT),
        c("MobileNumber", "phone", "VARCHAR", g.phones("IE", {"national": 0.7, "intl": 0.3})),
        c("EmailAddress", "email", "VARCHAR", [v.email_of(g, a, b, v.DOMAINS["ie"]) for a, b in pairs]),
        c("AddressLine1", "street_address", "VARCHAR", g.col(lambda: v.street(g, v.IE_STREETS, 1, 90))),
        c("Town", "city", "VARCHAR", [t[0] for t in towns]),
        c("Eircode", "postal_code", "VARCHAR", [v.eircode(g, t[1]) for t in towns]),
        c("WagesIban", "iban", "VARCHAR", g.col(lambda: v.iban(g, "IE", v.IBAN_LAYOUT["IE"]), 0.7), HEAVY),
        c("NextOfKin", "person_name", "VARCHAR", g.col(lambda: v.whole(g, "ie"), 0.2), ROLE),
        c("Trade", N, "VARCHAR", g.col(g.pick(["Steel fixer", "Formwork carpenter", "Dryliner", "Electrician",
                                               "General operative"])), "decoy"),
        c("StartDate", N, "DATE", g.days("2024-09-01", "2025-11-15"), "decoy", EVENT),
        c("SiteForeman", "person_name", "VARCHAR", g.col(g.pick(foremen)), STAFF),
        c("User1", N, "VARCHAR", g.col(g.pick(["M", "L", "XL", "XXL"]), 0.2), "decoy", OPAQUE),
        c("User2", "email", "VARCHAR", [v.email_of(g, a, b, ["gmail.com", "yahoo.ie"]) if g.rnd.random() < 0.4
                                        else None for a, b in pairs], OPAQUE, HEAVY),
    ])


def ab_crane_operators(g: Gen) -> Table:
    """An Alberta crane-rental company's operators and their certificates (camel case)."""
    employers = [(name, v.ca_bn(g), g.phone("CA", "national", False)) for name in v.AB_EMPLOYERS]
    emp = [g.rnd.choice(employers) for _ in range(g.rows)]
    pairs = [v.person(g, "ab") for _ in range(g.rows)]
    towns = [g.rnd.choice(v.AB_TOWNS) for _ in range(g.rows)]
    assessors = _staff(g, 4, lambda: v.whole(g, "ab"))
    creators = _staff(g, 4, lambda: v.login(*v.person(g, "ab"), 0))
    return Table("craneOps.operatorCertificates", "en", "camel", [
        c("certId", N, "INTEGER", g.keys(3_101), "decoy", KEY),
        c("operatorFirstName", "first_name", "VARCHAR", [a for a, _ in pairs]),
        c("operatorLastName", "last_name", "VARCHAR", [b for _, b in pairs]),
        c("birthDate", "date_of_birth", "DATE", g.births(1963, 2004)),
        c("sin", "ssn", "VARCHAR", _dirty(g, g.col(lambda: v.sin(g)), 0.05, ["000 000 000"]), PLACEHOLDER),
        c("cellPhone", "phone", "VARCHAR", g.phones("CA", {"national": 0.5, "dashes": 0.3, "e164": 0.2})),
        c("homeCity", "city", "VARCHAR", [t[0] for t in towns]),
        c("postalCode", "postal_code", "VARCHAR", [v.ca_postal(g, t[1]) for t in towns]),
        c("tradeCertificateNo", N, "VARCHAR", g.col(lambda: g.code("AB-CO-999999")), "decoy", SHAPE),
        c("craneClass", N, "VARCHAR", g.col(g.pick(["Mobile Crane 60t", "Boom Truck", "Tower Crane",
                                                    "Lattice Boom"])), "decoy"),
        c("hoursLogged", N, "INTEGER", g.ints(150, 14_000), "decoy"),
        c("certExpiry", N, "DATE", g.days("2025-01-01", "2029-12-31"), "decoy", EVENT),
        c("employerName", N, "VARCHAR", [e[0] for e in emp], "business"),
        c("employerBn", N, "VARCHAR", [e[1] for e in emp], "business", CHECK, SHAPE),
        c("employerPhone", N, "VARCHAR", [e[2] for e in emp], "business"),
        c("assessorName", "person_name", "VARCHAR", g.col(g.pick(assessors)), STAFF),
        c("liftPlanRef", N, "VARCHAR", g.col(lambda: g.code("LP-25-9999"), 0.2), "decoy", SHAPE),
        c("udf03", "person_name", "VARCHAR", g.col(lambda: v.whole(g, "ab"), 0.35), OPAQUE, ROLE),
        c("udf04", N, "VARCHAR", g.col(lambda: g.code("CR-999")), "decoy", OPAQUE),
        c("createdBy", USERNAME, "VARCHAR", g.col(g.pick(creators)), USER, AUDIT),
    ])


def au_staging_crews(g: Gen) -> Table:
    """A Queensland labour-hire firm's crew list as loaded into a staging table (every column text)."""
    firms = [(name, v.abn(g)) for name in v.QLD_LABOUR]
    firm = [g.rnd.choice(firms) for _ in range(g.rows)]
    pairs = [v.person(g, "qld") for _ in range(g.rows)]
    towns = [g.rnd.choice(v.QLD_TOWNS) for _ in range(g.rows)]
    births = g.births(1966, 2005)
    supers = _staff(g, 5, lambda: v.whole(g, "qld"))
    return Table("stg_labour.src_tna_mine_crews", "en", "opaque", [
        c("col01", N, "VARCHAR", [f"W{k}" for k in g.keys(60_001)], "decoy", KEY, OPAQUE),
        c("col02", "person_name", "VARCHAR", [f"{b.upper()}, {a}" for a, b in pairs], OPAQUE),
        c("col03", "date_of_birth", "VARCHAR", [f"{d:%d/%m/%Y}" for d in births], OPAQUE, DOB_TEXT),
        c("col04", "national_id", "VARCHAR", g.col(lambda: v.tfn(g), 0.1), OPAQUE),
        c("col05", "phone", "VARCHAR", g.phones("AU", {"national": 0.6, "digits": 0.2, "e164": 0.2}), OPAQUE),
        c("col06", "email", "VARCHAR", [v.email_of(g, a, b, v.DOMAINS["au"]) for a, b in pairs], OPAQUE),
        c("col07", "street_address", "VARCHAR", g.col(lambda: v.street(g, v.QLD_STREETS, 1, 120)), OPAQUE),
        c("col08", "city", "VARCHAR", [t[0] for t in towns], OPAQUE),
        c("col09", "postal_code", "VARCHAR", [t[1] for t in towns], OPAQUE),
        c("col10", N, "VARCHAR", [f[0] for f in firm], "business", OPAQUE),
        c("col11", N, "VARCHAR", [f[1] for f in firm], "business", CHECK, OPAQUE),
        c("col12", N, "VARCHAR", g.col(g.pick(["7on/7off", "4on/4off", "14/14 FIFO", "5/2 DIDO"])), "decoy", OPAQUE),
        c("col13", N, "VARCHAR", g.col(g.pick(["Grosvenor Ridge Pit 3", "Coppabella West CHPP", "Dingo Creek ROM",
                                               "Kemmis Flats Dragline 2"])), "business", OPAQUE),
        c("col14", N, "VARCHAR", g.col(g.pick(["Dump truck operator", "Dozer operator", "Fitter", "Electrician",
                                               "Shotfirer"])), "decoy", OPAQUE),
        c("col15", "person_name", "VARCHAR", g.col(g.pick(supers)), STAFF, OPAQUE),
        c("col16", N, "VARCHAR", [f"{d:%d/%m/%Y}" for d in g.days("2023-01-01", "2025-11-30")], "decoy", EVENT,
          OPAQUE),
        c("col17", "free_text", "VARCHAR", g.col(_mixed(g, "qld", "AU", v.DOMAINS["au"]), 0.3), OPAQUE, MIXED),
        c("col18", N, "VARCHAR", g.col(lambda: g.code("BATCH-2025-9999")), "decoy", OPAQUE),
        c("_loaded_at", N, "TIMESTAMP", g.moments("2025-11-01", "2025-11-30"), "decoy"),
        c("_source_file", N, "VARCHAR", g.col(g.pick(["crews_bowen_20251103.csv", "crews_bowen_20251117.csv"])),
          "decoy"),
    ])


def za_lamp_room(g: Gen) -> Table:
    """A Rustenburg platinum mine's lamp-room check-ins (SCREAMING case)."""
    people = []
    for _ in range(260):
        female = g.rnd.random() < 0.15
        a, b = v.person(g, "za", female)
        born = g.birth(1966, 2004)
        people.append((a, b, born, v.za_id(g, born, female), g.phone("ZA", g.rnd.choice(["national", "e164"])),
                       f"E{g.digits(6)}", g.rnd.choice(v.ZA_TOWNS)[0], v.whole(g, "za"),
                       g.phone("ZA", "national")))
    row = [g.rnd.choice(people) for _ in range(g.rows)]
    bosses = _staff(g, 6, lambda: v.whole(g, "za"))
    ins = g.moments("2025-10-01", "2025-11-30")
    return Table("MINESAFE.LAMP_ROOM_CHECKINS", "en", "screaming", [
        c("CHECKIN_ID", N, "BIGINT", g.keys(9_000_001), "decoy", KEY),
        c("EMPLOYEE_NO", N, "VARCHAR", [p[5] for p in row], "decoy", KEY),
        c("SA_ID_NO", "national_id", "VARCHAR", [p[3] for p in row]),
        c("SURNAME", "last_name", "VARCHAR", [p[1] for p in row]),
        c("FIRST_NAMES", "first_name", "VARCHAR", [p[0] for p in row]),
        c("DATE_OF_BIRTH", "date_of_birth", "DATE", [p[2] for p in row]),
        c("CAP_LAMP_NO", N, "INTEGER", g.ints(1, 3_200), "decoy"),
        c("SELF_RESCUER_NO", N, "VARCHAR", g.col(lambda: g.code("SR-99999")), "decoy", SHAPE),
        c("SHAFT", N, "VARCHAR", g.col(g.pick(["No. 11 Shaft", "No. 14 Shaft", "Kwezi Decline"])), "decoy"),
        c("LEVEL_NO", N, "INTEGER", g.ints(8, 34), "decoy"),
        c("TIME_IN", N, "TIMESTAMP", ins, "decoy", EVENT),
        c("TIME_OUT", N, "TIMESTAMP", [t + timedelta(minutes=g.rnd.randint(420, 640)) if g.rnd.random() < 0.97
                                       else None for t in ins], "decoy", EVENT),
        c("SHIFT_BOSS", "person_name", "VARCHAR", g.col(g.pick(bosses)), STAFF),
        c("MOBILE_NO", "phone", "VARCHAR", [p[4] for p in row], ABBREV),
        c("HOME_TOWN", "city", "VARCHAR", [p[6] for p in row]),
        c("NOK_NAME", "person_name", "VARCHAR", [p[7] for p in row], ROLE, ABBREV),
        c("NOK_MOBILE", "phone", "VARCHAR", [p[8] for p in row], ABBREV),
        c("MEDICAL_FIT_UNTIL", N, "DATE", g.days("2025-12-01", "2026-11-30"), "decoy", EVENT),
        c("CONTROL_ROOM_TEL", N, "VARCHAR", [g.phone("ZA", "national", False)] * g.rows, "business"),
        c("CUSTOM_FIELD_1", N, "VARCHAR", g.col(lambda: f"GANG {g.rnd.randint(1, 40)}"), "decoy", OPAQUE),
        c("CUSTOM_FIELD_2", "person_name", "VARCHAR", g.col(lambda: v.whole(g, "za"), 0.3), OPAQUE, ROLE),
    ])


# -- legacy extracts: an AS/400 in Milwaukee, a COBOL file in Pittsburgh, SAP in Munich ----------------------------


def wi_as400_clock(g: Gen) -> Table:
    """A Milwaukee foundry's AS/400 clocking master (field prefix ``CK``)."""
    pairs = [v.person(g, "wi") for _ in range(g.rows)]
    towns = [g.rnd.choice(v.WI_TOWNS) for _ in range(g.rows)]
    births = g.births(1960, 2005)
    supers = _staff(g, 5, lambda: f"{v.person(g, 'wi')[1].upper()}, {v.given(g, 'wi')[0]}")

    def ssn() -> int:
        return int(v.us_ssn(g)) if g.rnd.random() < 0.96 else 0

    def phone() -> int:
        return int(g.phone("US", "digits")) if g.rnd.random() < 0.9 else 0

    return Table("FABLIB.CLKMSTP", "en", "screaming", [
        c("CKEMPN", N, "INTEGER", g.keys(10_001), "decoy", KEY, LEGACY, PREFIXED),
        c("CKLNAM", "last_name", "CHAR(20)", [_pad(b, 20) for _, b in pairs], LEGACY, PADDED, PREFIXED),
        c("CKFNAM", "first_name", "CHAR(15)", [_pad(a, 15) for a, _ in pairs], LEGACY, PADDED, PREFIXED),
        c("CKSSN", "ssn", "BIGINT", [ssn() for _ in range(g.rows)], LEGACY, NUMERIC, ZERO, PREFIXED),
        c("CKBDAT", "date_of_birth", "INTEGER", [_cyymmdd(d) for d in births], LEGACY, INT_DATE, PREFIXED),
        c("CKADR1", "street_address", "CHAR(30)", [_pad(v.street(g, v.US_STREETS, 100, 9800), 30)
                                                   for _ in range(g.rows)], LEGACY, PADDED, PREFIXED),
        c("CKCITY", "city", "CHAR(18)", [_pad(t[0], 18) for t in towns], LEGACY, PADDED, PREFIXED),
        c("CKST", N, "CHAR(2)", ["WI"] * g.rows, "decoy", LEGACY, PREFIXED),
        c("CKZIP", "postal_code", "INTEGER", [int(t[1]) + g.rnd.randint(0, 9) for t in towns], LEGACY, NUMERIC,
          PREFIXED),
        c("CKPHON", "phone", "BIGINT", [phone() for _ in range(g.rows)], LEGACY, NUMERIC, ZERO, PREFIXED),
        c("CKHDAT", N, "INTEGER", [_cyymmdd(d) for d in g.days("1988-01-01", "2025-10-31")], "decoy", LEGACY,
          INT_DATE, EVENT, PREFIXED),
        c("CKSHFT", N, "CHAR(1)", g.col(g.pick(["1", "2", "3"])), "decoy", LEGACY, PREFIXED),
        c("CKDEPT", N, "CHAR(6)", g.col(g.pick(["MOLD  ", "CORE  ", "MELT  ", "CLEAN ", "MAINT "])), "decoy",
          LEGACY, PADDED, PREFIXED),
        c("CKBADG", N, "INTEGER", g.ints(100_000, 999_999), "decoy", LEGACY, PREFIXED),
        c("CKCLKI", N, "INTEGER", g.col(lambda: g.rnd.choice([55_800, 60_000, 140_000, 150_000, 220_000])
                                        + g.rnd.randint(0, 1_559)), "decoy", LEGACY, PREFIXED),
        c("CKLCLK", N, "INTEGER", [_cyymmdd(d) for d in g.days("2025-11-01", "2025-11-28")], "decoy", LEGACY,
          INT_DATE, EVENT, PREFIXED),
        c("CKSUPV", "person_name", "CHAR(20)", [_pad(s, 20) for s in g.col(g.pick(supers))], STAFF, LEGACY,
          PADDED, PREFIXED),
        c("CKUDF1", N, "CHAR(10)", [_pad(f"LKR {g.rnd.randint(1, 600)}", 10) for _ in range(g.rows)], "decoy",
          OPAQUE, LEGACY, PADDED, PREFIXED),
        c("CKUDF2", "phone", "CHAR(16)", [_pad(g.phone("US", "national") if g.rnd.random() < 0.6 else "", 16)
                                          for _ in range(g.rows)], OPAQUE, LEGACY, PADDED, PREFIXED),
        c("CKUSER", N, "CHAR(10)", g.col(g.pick(["CKUPD01   ", "KRONOSIMP ", "QPGMR     "])), "decoy", SERVICE,
          AUDIT, LEGACY, PREFIXED),
    ])


def pa_cobol_dues(g: Gen) -> Table:
    """A Pittsburgh steelworkers' union local's dues master from a COBOL copybook."""
    pairs = [v.person(g, "pa") for _ in range(g.rows)]
    towns = [g.rnd.choice(v.PA_TOWNS) for _ in range(g.rows)]
    employers = [(name, g.valid(lambda: g.code("25-9999999"), _ein.is_valid))
                 for name in ["MON VALLEY STEEL WORKS", "ALLEGHENY FORGE CO", "BRADDOCK COKE & IRON",
                              "THREE RIVERS TUBE INC"]]
    emp = [g.rnd.choice(employers) for _ in range(g.rows)]
    stewards = _staff(g, 5, lambda: v.whole(g, "pa").upper())

    def card_no() -> str:
        return g.valid(lambda: "9" + g.digits(8), lambda x: not _ssn.is_valid(x))

    def dues_card() -> str | None:
        if g.rnd.random() < 0.7:
            return None
        body = g.rnd.choice(["4", "51", "53"])
        body += g.digits(15 - len(body))
        return body + luhn.calc_check_digit(body)

    return Table("USW_LOCAL.DUESMAST", "en", "screaming", [
        c("MB-MEMBER-NO", N, "INTEGER", g.keys(200_001), "decoy", KEY, LEGACY),
        c("MB-LAST-NAME", "last_name", "CHAR(20)", [_pad(b, 20) for _, b in pairs], LEGACY, PADDED),
        c("MB-FIRST-NAME", "first_name", "CHAR(15)", [_pad(a, 15) for a, _ in pairs], LEGACY, PADDED),
        c("MB-SSN", "ssn", "CHAR(9)", g.col(lambda: v.us_ssn(g)), LEGACY),
        c("MB-BIRTH-DATE", "date_of_birth", "INTEGER", [int(f"{d:%Y%m%d}") for d in g.births(1950, 2004)], LEGACY,
          INT_DATE),
        c("MB-ADDR-LINE-1", "street_address", "CHAR(30)",
          [_pad(v.street(g, v.US_STREETS, 10, 2400), 30) for _ in range(g.rows)], LEGACY, PADDED),
        c("MB-CITY", "city", "CHAR(18)", [_pad(t[0], 18) for t in towns], LEGACY, PADDED),
        c("MB-STATE", N, "CHAR(2)", ["PA"] * g.rows, "decoy", LEGACY),
        c("MB-ZIP", "postal_code", "INTEGER", [int(t[1]) for t in towns], LEGACY, NUMERIC),
        c("MB-HOME-PHONE", "phone", "BIGINT", [int(g.phone("US", "digits")) if g.rnd.random() < 0.85 else 0
                                               for _ in range(g.rows)], LEGACY, NUMERIC, ZERO),
        c("MB-EMPLOYER", N, "CHAR(24)", [_pad(e[0], 24) for e in emp], "business", LEGACY, PADDED),
        c("MB-EMPLOYER-EIN", N, "CHAR(10)", [e[1] for e in emp], "business", CHECK, SHAPE, LEGACY),
        c("MB-CARD-NO", N, "CHAR(9)", g.col(card_no), "decoy", SHAPE, LEGACY),
        c("MB-DUES-CARD-NUM", "credit_card", "CHAR(16)", [dues_card() for _ in range(g.rows)], LEGACY, HEAVY),
        c("MB-DUES-AMT", N, "DECIMAL(7,2)", g.amounts(28, 96), "decoy", LEGACY),
        c("MB-INIT-DATE", N, "INTEGER", [int(f"{d:%Y%m%d}") for d in g.days("1979-01-01", "2025-10-31")], "decoy",
          LEGACY, INT_DATE, EVENT),
        c("MB-STEWARD", "person_name", "CHAR(24)", [_pad(s, 24) for s in g.col(g.pick(stewards))], STAFF, LEGACY,
          PADDED),
        c("MB-USER-FLD-1", N, "CHAR(6)", g.col(g.pick(["CH-01 ", "CH-02 ", "CH-07 ", "RET   "])), "decoy", OPAQUE,
          LEGACY),
        c("MB-USER-FLD-2", "person_name", "CHAR(30)", [_pad(v.whole(g, "pa") if g.rnd.random() < 0.55 else "", 30)
                                                       for _ in range(g.rows)], OPAQUE, ROLE, LEGACY, PADDED),
    ])


def in_incident_register(g: Gen) -> Table:
    """A Chakan auto-parts plant's accident and near-miss register (abbreviated snake case)."""
    contractors = [(name, v.gstin(g)) for name in v.IN_CONTRACTORS]
    con = [g.rnd.choice(contractors) if g.rnd.random() < 0.6 else (None, None) for _ in range(g.rows)]
    towns = [g.rnd.choice(v.IN_TOWNS) for _ in range(g.rows)]
    supers = _staff(g, 6, lambda: v.whole(g, "in"))
    aiders = _staff(g, 3, lambda: v.whole(g, "in"))

    def desc() -> str:
        return g.rnd.choice([
            f"Hand caught in press die, {v.given(g, 'in')} pressed e-stop", "Slipped on coolant near CNC line 4",
            f"Near miss: forklift reversed, {v.whole(g, 'in')} pulled him clear", "Metal chip in eye, no goggles",
            f"Burn from weld spatter; supervisor {v.whole(g, 'in')} informed", "Near miss: pallet fell from rack"])

    return Table("ehs_chakan.incident_register", "en", "snake", [
        c("incident_no", N, "VARCHAR", g.col(lambda: g.code("INC/CHK/25/9999")), "decoy", SHAPE),
        c("incident_dt", N, "TIMESTAMP", g.moments("2025-01-01", "2025-11-30"), "decoy", EVENT, ABBREV),
        c("incident_type", N, "VARCHAR", g.col(g.pick(["Near miss", "First aid", "Lost time injury",
                                                       "Property damage"])), "decoy"),
        c("plant_area", N, "VARCHAR", g.col(g.pick(["Press shop", "Weld line 2", "Paint shop", "CNC cell 4",
                                                    "Stores"])), "decoy"),
        c("inj_person_name", "person_name", "VARCHAR", g.col(lambda: v.whole(g, "in"), 0.25), ROLE, ABBREV),
        c("inj_emp_code", N, "VARCHAR", g.col(lambda: g.code("CHK99999"), 0.25), "decoy", KEY, ABBREV),
        c("inj_aadhaar_no", "national_id", "VARCHAR", g.col(lambda: v.aadhaar(g), 0.35), ABBREV),
        c("inj_pan", "national_id", "VARCHAR", g.col(lambda: v.pan(g), 0.7), ABBREV, HEAVY),
        c("inj_mobile", "phone", "VARCHAR", g.phones("IN", {"national": 0.4, "digits": 0.4, "e164": 0.2}, 0.3),
          ABBREV),
        c("inj_dob", "date_of_birth", "DATE", [None if g.rnd.random() < 0.3 else g.birth(1970, 2006)
                                               for _ in range(g.rows)], ABBREV),
        c("inj_home_addr", "street_address", "VARCHAR", g.col(g.pick(v.IN_STREETS), 0.3), ABBREV),
        c("inj_pin", "postal_code", "VARCHAR", [None if g.rnd.random() < 0.3 else t[1] for t in towns], ABBREV),
        c("contractor_name", N, "VARCHAR", [x[0] for x in con], "business"),
        c("contractor_gstin", N, "VARCHAR", [x[1] for x in con], "business", CHECK, SHAPE),
        c("reported_by", "person_name", "VARCHAR", g.col(g.pick(supers)), STAFF),
        c("first_aider", "person_name", "VARCHAR", g.col(g.pick(aiders), 0.3), STAFF),
        c("witness_name", "person_name", "VARCHAR", g.col(lambda: v.whole(g, "in"), 0.65), ROLE, HEAVY),
        c("description", "free_text", "VARCHAR", g.col(desc)),
        c("body_part", N, "VARCHAR", g.col(g.pick(["Hand", "Eye", "Foot", "Back", "-"])), "decoy"),
        c("lost_days", N, "INTEGER", g.ints(0, 21), "decoy"),
        c("udf_1", N, "VARCHAR", g.col(lambda: g.code("PTW-99999"), 0.5), "decoy", OPAQUE),
        c("udf_2", "phone", "VARCHAR", g.phones("IN", {"digits": 0.7, "national": 0.3}, 0.4), OPAQUE),
    ])


def de_sap_a1(g: Gen) -> Table:
    """A Munich builder's SAP-style table of posted workers' A1 declarations (German SAP field names)."""
    rows = []
    for _ in range(g.rows):
        female = g.rnd.random() < 0.05
        home = g.rnd.choice(["PL", "RO"])
        born = g.birth(1965, 2004)
        if home == "PL":
            a, b = v.person(g, "pl", female)
            town = g.rnd.choice(v.PL_TOWNS)
            rows.append((a, b, born, v.pesel(g, born, female), town[0],
                         f"{g.rnd.choice(v.PL_STREETS)} {g.rnd.randint(1, 90)}, {town[1]}{g.digits(3)} {town[0]}",
                         g.phone("PL", "e164"), "PL"))
        else:
            a, b = v.person(g, "ro", female)
            town = g.rnd.choice(v.RO_TOWNS)
            rows.append((a, b, born, v.cnp(g, born, female, town[1]), town[0],
                         f"{g.rnd.choice(v.RO_STREETS)} nr. {g.rnd.randint(1, 120)}, {town[0]}",
                         g.phone("RO", "e164"), "RO"))
    sites = [(s, v.street(g, v.DE_STREETS, 1, 1)[2:], p) for s, p in v.DE_SITES]
    site = [g.rnd.choice(sites) for _ in range(g.rows)]
    clerks = _staff(g, 3, lambda: g.rnd.choice(v.NAMES["de"][2]))
    logins = _staff(g, 4, lambda: v.login(*v.person(g, "de"), 2).upper())
    start = g.days("2025-02-01", "2025-10-31")
    return Table("SAPHR.ZHR_A1_ENTSENDUNG", "de", "sap", [
        c("PERNR", N, "VARCHAR", [f"{k:08d}" for k in g.keys(51_000_001)], "decoy", KEY, LEGACY),
        c("NACHN", "last_name", "CHAR(25)", [_pad(r[1], 25) for r in rows], LEGACY, PADDED, ABBREV),
        c("VORNA", "first_name", "CHAR(25)", [_pad(r[0], 25) for r in rows], LEGACY, PADDED, ABBREV),
        c("GBDAT", "date_of_birth", "VARCHAR", [f"{r[2]:%Y%m%d}" for r in rows], LEGACY, INT_DATE, ABBREV),
        c("GBORT", "city", "VARCHAR", [r[4] for r in rows], LEGACY, ABBREV),
        c("NATIO", N, "CHAR(3)", [r[7] for r in rows], "decoy", LEGACY),
        c("ZZ_HEIMAT_ID", "national_id", "VARCHAR", [r[3] for r in rows], LEGACY),
        c("HEIMATADR", "street_address", "VARCHAR", [r[5] for r in rows], LEGACY),
        c("TELF1", "phone", "VARCHAR", [r[6] if g.rnd.random() < 0.9 else None for r in rows], LEGACY, ABBREV),
        c("A1_BESCHNR", N, "VARCHAR", [g.code(f"{r[7]}/A1/2025/9999999") for r in rows], "decoy", SHAPE, LEGACY),
        c("BEGDA", N, "VARCHAR", [f"{d:%Y%m%d}" for d in start], "decoy", INT_DATE, EVENT, LEGACY),
        c("ENDDA", N, "VARCHAR", [f"{d + timedelta(days=g.rnd.randint(60, 700)):%Y%m%d}" for d in start], "decoy",
          INT_DATE, EVENT, LEGACY),
        c("ARBGEB", N, "VARCHAR", g.col(g.pick(v.DE_EMPLOYERS)), "business", LEGACY),
        c("EINSATZORT", N, "VARCHAR", [s[1] for s in site], "business", LEGACY),
        c("PSTLZ_BST", N, "VARCHAR", [s[2] for s in site], "business", LEGACY),
        c("ORT_BST", N, "VARCHAR", [s[0] for s in site], "business", LEGACY),
        c("IBAN", "iban", "VARCHAR", g.col(lambda: v.iban(g, "DE", v.IBAN_LAYOUT["DE"]), 0.6), LEGACY, HEAVY),
        c("SACHB", "last_name", "VARCHAR", g.col(g.pick(clerks)), STAFF, LEGACY, ABBREV),
        c("ERNAM", USERNAME, "VARCHAR", g.col(g.pick(logins)), USER, AUDIT, LEGACY),
        c("ZZFELD1", N, "VARCHAR", g.col(lambda: g.code("WC-99"), 0.2), "decoy", OPAQUE, LEGACY),
        c("ZZFELD2", "phone", "VARCHAR", g.phones("DE", {"national": 0.6, "e164": 0.4}, 0.4), OPAQUE, LEGACY),
    ])


# -- Poland, Romania, Turkey, Korea, Chile, Sweden -----------------------------------------------------------------


def pl_badania(g: Gen) -> Table:
    """A Silesian coal mine's periodic medical examinations (Polish)."""
    rows = []
    for _ in range(g.rows):
        female = g.rnd.random() < 0.08
        a, b = v.person(g, "pl", female)
        if female and b.endswith("ski"):
            b = b[:-1] + "a"
        born = g.birth(1967, 2005)
        rows.append((a, b, born, v.pesel(g, born, female)))
    towns = [g.rnd.choice(v.PL_TOWNS) for _ in range(g.rows)]
    doctors = _staff(g, 4, lambda: f"lek. {v.whole(g, 'pl')}")
    clinics = [("Przychodnia Medycyny Pracy Szyb Sp. z o.o.", v.nip(g)), ("Centrum Medyczne Górnik", v.nip(g))]
    clinic = [g.rnd.choice(clinics) for _ in range(g.rows)]

    def note() -> str:
        return g.rnd.choice(["Nadciśnienie, kontrola za 6 mies.", f"Skierowany do okulisty (dr {v.whole(g, 'pl')})",
                             "Ubytek słuchu - ochronniki obowiązkowe", f"Zgłosiła żona {v.given(g, 'pl')}"])

    return Table("kopalnia_badania.badania_okresowe", "pl", "snake", [
        c("id_badania", N, "INTEGER", g.keys(1), "decoy", KEY),
        c("nr_ewidencyjny", N, "VARCHAR", g.col(lambda: g.code("KWK-99999")), "decoy", KEY),
        c("nazwisko", "last_name", "VARCHAR", [r[1] for r in rows]),
        c("imie", "first_name", "VARCHAR", [r[0] for r in rows]),
        c("pesel", "national_id", "VARCHAR", [r[3] for r in rows]),
        c("data_urodzenia", "date_of_birth", "DATE", [r[2] for r in rows]),
        c("stanowisko", N, "VARCHAR", g.col(g.pick(["górnik przodowy", "ślusarz dołowy", "elektryk dołowy",
                                                    "sztygar zmianowy"])), "decoy"),
        c("data_badania", N, "DATE", g.days("2024-01-01", "2025-11-28"), "decoy", EVENT),
        c("orzeczenie", N, "VARCHAR", g.col(g.pick(["zdolny", "zdolny", "zdolny z ograniczeniami", "niezdolny"])),
          "decoy"),
        c("lekarz_orzecznik", "person_name", "VARCHAR", g.col(g.pick(doctors)), STAFF),
        c("przychodnia", N, "VARCHAR", [x[0] for x in clinic], "business"),
        c("nip_przychodni", N, "VARCHAR", [x[1] for x in clinic], "business", CHECK, SHAPE),
        c("telefon", "phone", "VARCHAR", g.phones("PL", {"national": 0.7, "intl": 0.3}, 0.1)),
        c("adres", "street_address", "VARCHAR", g.col(lambda: f"{g.rnd.choice(v.PL_STREETS)} {g.rnd.randint(1, 80)}"
                                                      + g.rnd.choice(["", f"/{g.rnd.randint(1, 40)}"]))),
        c("kod_pocztowy", "postal_code", "VARCHAR", [f"{t[1]}{g.digits(3)}" for t in towns]),
        c("miejscowosc", "city", "VARCHAR", [t[0] for t in towns]),
        c("nr_skierowania", N, "VARCHAR", g.col(lambda: v.failing(g, lambda: g.digits(11), _pesel.is_valid)),
          "decoy", SHAPE),
        c("uwagi", "free_text", "VARCHAR", g.sparse(note, 0.8, ("brak", "-brak-", "b.d.", "-", "")), NULLWORD),
        c("pole_dodatkowe_1", N, "VARCHAR", g.col(g.pick(["A", "B", "C"]), 0.3), "decoy", OPAQUE),
        c("pole_dodatkowe_2", "free_text", "VARCHAR", g.col(_mixed(g, "pl", "PL", ["wp.pl", "onet.pl", "o2.pl",
                                                                                   "gmail.com"]), 0.35),
          OPAQUE, MIXED),
    ])


def ro_registru(g: Gen) -> Table:
    """A Cluj construction firm's employee register (Romanian, camel case)."""
    rows = []
    for _ in range(g.rows):
        female = g.rnd.random() < 0.12
        a, b = v.person(g, "ro", female)
        born = g.birth(1964, 2006)
        town = g.rnd.choice(v.RO_TOWNS)
        rows.append((a, b, born, v.cnp(g, born, female, town[1]), town))
    leaders = _staff(g, 5, lambda: v.whole(g, "ro"))
    employer = ("Constructii Someș Nord SRL", v.cui(g))
    return Table("constructii_cluj.registruSalariati", "ro", "camel", [
        c("idSalariat", N, "INTEGER", g.keys(501), "decoy", KEY),
        c("nume", "last_name", "VARCHAR", [r[1] for r in rows]),
        c("prenume", "first_name", "VARCHAR", [r[0] for r in rows]),
        c("cnp", "national_id", "VARCHAR", [r[3] for r in rows]),
        c("dataNasterii", "date_of_birth", "DATE", [r[2] for r in rows]),
        c("telefon", "phone", "VARCHAR", g.phones("RO", {"national": 0.7, "e164": 0.3}, 0.05)),
        c("email", "email", "VARCHAR", [v.email_of(g, r[0], r[1], ["yahoo.com", "gmail.com"])
                                        if g.rnd.random() < 0.55 else None for r in rows]),
        c("adresaDomiciliu", "street_address", "VARCHAR", [f"{g.rnd.choice(v.RO_STREETS)} nr. {g.rnd.randint(1, 140)}"
                                                           for _ in rows]),
        c("localitate", "city", "VARCHAR", [r[4][0] for r in rows]),
        c("judet", N, "VARCHAR", [r[4][2] for r in rows], "decoy"),
        c("codPostal", "postal_code", "VARCHAR", [f"{g.rnd.randint(300, 545)}{g.digits(3)}" for _ in rows]),
        c("functie", N, "VARCHAR", g.col(g.pick(["711201 zidar", "711501 dulgher", "712604 instalator",
                                                 "931301 muncitor necalificat"])), "decoy"),
        c("dataAngajarii", N, "DATE", g.days("2012-01-01", "2025-11-01"), "decoy", EVENT),
        c("angajator", N, "VARCHAR", [employer[0]] * g.rows, "business"),
        c("cuiAngajator", N, "VARCHAR", [f"RO{employer[1]}"] * g.rows, "business", CHECK, SHAPE),
        c("ibanSalariu", "iban", "VARCHAR", g.col(lambda: v.iban(g, "RO", v.IBAN_LAYOUT["RO"],
                                                                 g.rnd.random() < 0.3), 0.15)),
        c("sefEchipa", "person_name", "VARCHAR", g.col(g.pick(leaders)), STAFF),
        c("salariuBrut", N, "INTEGER", g.ints(4_050, 9_800), "decoy"),
        c("campLiber1", N, "VARCHAR", g.col(g.pick(["S", "M", "L", "XL"]), 0.3), "decoy", OPAQUE),
        c("campLiber2", "person_name", "VARCHAR", g.col(lambda: v.whole(g, "ro"), 0.4), OPAQUE, ROLE),
    ])


def tr_isg(g: Gen) -> Table:
    """A Gebze shipyard's occupational-safety training certificates (Turkish)."""
    pairs = [v.person(g, "tr") for _ in range(g.rows)]
    towns = [g.rnd.choice(v.TR_TOWNS) for _ in range(g.rows)]
    subs = [(name, v.vkn(g)) for name in ["Körfez Boya Taşeron Ltd. Şti.", "Dilovası Kaynak Hizmetleri A.Ş.",
                                          "Marmara İskele Montaj Ltd. Şti."]]
    sub = [g.rnd.choice(subs) for _ in range(g.rows)]
    trainers = _staff(g, 4, lambda: v.whole(g, "tr"))
    return Table("gebze_tersane.isg_egitim_sertifikalari", "tr", "snake", [
        c("kayit_no", N, "INTEGER", g.keys(1_001), "decoy", KEY),
        c("ad", "first_name", "VARCHAR", [a for a, _ in pairs]),
        c("soyad", "last_name", "VARCHAR", [b for _, b in pairs]),
        c("tc_kimlik_no", "national_id", "VARCHAR", g.col(lambda: v.tckimlik(g), 0.03)),
        c("dogum_tarihi", "date_of_birth", "DATE", g.births(1968, 2006)),
        c("cep_telefonu", "phone", "VARCHAR", g.phones("TR", {"national": 0.7, "e164": 0.3})),
        c("e_posta", "email", "VARCHAR", [v.email_of(g, a, b, ["gmail.com", "hotmail.com", "yandex.com"])
                                          if g.rnd.random() < 0.35 else None for a, b in pairs], HEAVY),
        c("adres", "street_address", "VARCHAR", g.col(lambda: f"{g.rnd.choice(v.TR_STREETS)} No:{g.rnd.randint(1, 90)}"
                                                      f" D:{g.rnd.randint(1, 20)}")),
        c("ilce", "city", "VARCHAR", [t[0] for t in towns]),
        c("il", N, "VARCHAR", [t[1] for t in towns], "decoy"),
        c("egitim_konusu", N, "VARCHAR", g.col(g.pick(["Yüksekte çalışma", "Kapalı alan", "Sıcak iş (kaynak)",
                                                       "İskele kurulumu"])), "decoy"),
        c("egitim_tarihi", N, "DATE", g.days("2025-01-01", "2025-11-28"), "decoy", EVENT),
        c("sertifika_no", N, "VARCHAR", g.col(lambda: v.failing(g, lambda: g.rnd.choice("123456789") + g.digits(10),
                                                                 _tck.is_valid)), "decoy", SHAPE),
        c("egitmen", "person_name", "VARCHAR", g.col(g.pick(trainers)), STAFF),
        c("taseron_firma", N, "VARCHAR", [s[0] for s in sub], "business"),
        c("firma_vergi_no", N, "VARCHAR", [s[1] for s in sub], "business", CHECK, SHAPE),
        c("iban", "iban", "VARCHAR", g.col(lambda: v.iban(g, "TR", v.IBAN_LAYOUT["TR"], True), 0.75), HEAVY),
        c("sonuc", N, "VARCHAR", g.col(g.pick(["Başarılı", "Başarılı", "Tekrar"])), "decoy"),
        c("ozel_alan_1", N, "VARCHAR", g.col(g.pick(["Vardiya A", "Vardiya B"]), 0.2), "decoy", OPAQUE),
        c("ozel_alan_2", "phone", "VARCHAR", g.phones("TR", {"national": 0.8, "e164": 0.2}, 0.45), OPAQUE, ROLE),
    ])


def kr_safety_pass(g: Gen) -> Table:
    """An Ulsan shipyard's subcontractor safety training and site passes (Korean, Hangul)."""
    rows = []
    for _ in range(g.rows):
        female = g.rnd.random() < 0.1
        a, b = v.person(g, "ko", female)
        born = g.birth(1962, 2005)
        rows.append((f"{b}{a}", born, v.rrn(g, born, female)))
    towns = [g.rnd.choice(v.KR_TOWNS) for _ in range(g.rows)]
    subs = [(name, v.brn(g)) for name in v.KR_SUBCONTRACTORS]
    sub = [g.rnd.choice(subs) for _ in range(g.rows)]
    supers = _staff(g, 5, lambda: v.whole(g, "ko"))

    def note() -> str:
        return g.rnd.choice(["고혈압 약 복용 중", f"{v.whole(g, 'ko')} 반장 추천", "용접 자격증 사본 제출",
                             f"비상시 배우자 {v.whole(g, 'ko')} 연락"])

    return Table("울산조선_협력사.안전교육_출입", "ko", "hangul", [
        c("순번", N, "INTEGER", g.keys(1), "decoy", KEY),
        c("성명", "person_name", "VARCHAR", [r[0] for r in rows]),
        c("주민등록번호", "national_id", "VARCHAR", [r[2] for r in rows]),
        c("생년월일", "date_of_birth", "DATE", [r[1] for r in rows]),
        c("휴대전화", "phone", "VARCHAR", g.phones("KR", {"national": 0.85, "e164": 0.15})),
        c("주소", "street_address", "VARCHAR", [f"{t[0]} {g.rnd.choice(v.KR_STREETS)} {g.rnd.randint(1, 300)}"
                                              for t in towns]),
        c("우편번호", "postal_code", "VARCHAR", [f"{t[1]}{g.digits(2)}" for t in towns]),
        c("협력업체명", N, "VARCHAR", [s[0] for s in sub], "business"),
        c("사업자등록번호", N, "VARCHAR", [s[1] for s in sub], "business", CHECK, SHAPE),
        c("직종", N, "VARCHAR", g.col(g.pick(["용접", "도장", "배관", "취부", "비계"])), "decoy"),
        c("출입증번호", N, "VARCHAR", g.col(lambda: g.code("HD-25-999999")), "decoy", SHAPE),
        c("안전교육이수일", N, "DATE", g.days("2025-01-02", "2025-11-28"), "decoy", EVENT),
        c("혈액형", N, "VARCHAR", g.col(g.pick(["A", "B", "O", "AB"])), "decoy"),
        c("관리감독자", "person_name", "VARCHAR", g.col(g.pick(supers)), STAFF),
        c("비상연락처", "phone", "VARCHAR", g.phones("KR", {"national": 1.0}, 0.2)),
        c("비고", "free_text", "VARCHAR", g.sparse(note, 0.8, ("없음", "해당없음", "-", "")), NULLWORD),
        c("추가필드1", N, "VARCHAR", g.col(g.pick(["주간", "야간"]), 0.2), "decoy", OPAQUE),
        c("추가필드2", "email", "VARCHAR", g.col(lambda: f"{g.code('AAAA').lower()}{g.digits(3)}@"
                                                     f"{g.rnd.choice(v.DOMAINS['kr'])}", 0.45), OPAQUE),
    ])


def cl_acreditacion(g: Gen) -> Table:
    """An Antofagasta copper mine's contractor accreditation (Chilean Spanish, Pascal case)."""
    rows = []
    for _ in range(g.rows):
        a, b = v.person(g, "cl")
        rows.append((a + (f" {v.given(g, 'cl')}" if g.rnd.random() < 0.6 else ""), b,
                     g.rnd.choice(v.NAMES["cl"][2])))
    towns = [g.rnd.choice(v.CL_TOWNS) for _ in range(g.rows)]
    firms = [(name, v.rut(g, 76_000_000, 77_999_999)) for name in v.CL_CONTRACTORS]
    firm = [g.rnd.choice(firms) for _ in range(g.rows)]
    admins = _staff(g, 4, lambda: v.whole(g, "cl"))
    return Table("MineraPampa.AcreditacionContratistas", "es", "pascal", [
        c("IdAcreditacion", N, "INTEGER", g.keys(20_001), "decoy", KEY),
        c("Rut", "national_id", "VARCHAR", g.col(lambda: v.rut(g))),
        c("Nombres", "first_name", "VARCHAR", [r[0] for r in rows]),
        c("ApellidoPaterno", "last_name", "VARCHAR", [r[1] for r in rows]),
        c("ApellidoMaterno", "last_name", "VARCHAR", [r[2] if g.rnd.random() < 0.95 else None for r in rows]),
        c("FechaNacimiento", "date_of_birth", "DATE", g.births(1965, 2005)),
        c("Telefono", "phone", "VARCHAR", g.phones("CL", {"intl": 0.5, "e164": 0.3, "national": 0.2}, 0.05)),
        c("Correo", "email", "VARCHAR", [v.email_of(g, r[0].split()[0], r[1], v.DOMAINS["cl"])
                                         if g.rnd.random() < 0.85 else None for r in rows]),
        c("Direccion", "street_address", "VARCHAR", g.col(lambda: f"{g.rnd.choice(v.CL_STREETS)} "
                                                          f"{g.rnd.randint(100, 9800)}")),
        c("Comuna", "city", "VARCHAR", [t[0] for t in towns]),
        c("Region", N, "VARCHAR", [t[1] for t in towns], "decoy"),
        c("EmpresaContratista", N, "VARCHAR", [f[0] for f in firm], "business"),
        c("RutEmpresa", N, "VARCHAR", [f[1] for f in firm], "business", CHECK, SHAPE),
        c("FolioCredencial", N, "VARCHAR", g.col(lambda: v.rut_failing(g)), "decoy", SHAPE),
        c("Cargo", N, "VARCHAR", g.col(g.pick(["Operador CAEX", "Mecánico", "Eléctrico", "Rigger", "Prevencionista"])),
          "decoy"),
        c("ExamenAltura", N, "DATE", g.days("2024-06-01", "2025-11-28", 0.3), "decoy", EVENT),
        c("VigenciaHasta", N, "DATE", g.days("2025-12-01", "2027-06-30"), "decoy", EVENT),
        c("AdministradorContrato", "person_name", "VARCHAR", g.col(g.pick(admins)), STAFF),
        c("CampoLibre1", N, "VARCHAR", g.col(g.pick(["Turno 7x7", "Turno 4x3", "Turno 10x10"])), "decoy", OPAQUE),
        c("CampoLibre2", "phone", "VARCHAR", g.phones("CL", {"intl": 0.6, "national": 0.4}, 0.4), OPAQUE),
    ])


def sv_larlingar(g: Gen) -> Table:
    """A Västerås engineering works' apprentices (Swedish)."""
    pairs = [v.person(g, "sv") for _ in range(g.rows)]
    births = g.births(1998, 2009)
    towns = [g.rnd.choice(v.SE_TOWNS) for _ in range(g.rows)]
    mentors = _staff(g, 5, lambda: v.whole(g, "sv"))
    minor = [d >= date(2007, 12, 1) for d in births]
    employer = v.orgnr(g)
    return Table("verkstad_vasteras.larlingar", "sv", "snake", [
        c("larling_id", N, "INTEGER", g.keys(101), "decoy", KEY),
        c("fornamn", "first_name", "VARCHAR", [a for a, _ in pairs]),
        c("efternamn", "last_name", "VARCHAR", [b for _, b in pairs]),
        c("personnummer", "national_id", "VARCHAR", [v.personnummer(g, d) for d in births]),
        c("fodelsedatum", "date_of_birth", "DATE", births),
        c("mobil", "phone", "VARCHAR", g.phones("SE", {"national": 0.7, "e164": 0.3})),
        c("epost", "email", "VARCHAR", [v.email_of(g, a, b, v.DOMAINS["se"]) for a, b in pairs]),
        c("gatuadress", "street_address", "VARCHAR", g.col(lambda: f"{g.rnd.choice(v.SE_STREETS)} "
                                                           f"{g.rnd.randint(1, 60)}")),
        c("postnummer", "postal_code", "VARCHAR", [f"{t[1]}{g.digits(5 - len(t[1]))}" for t in towns]),
        c("postort", "city", "VARCHAR", [t[0] for t in towns]),
        c("gymnasieskola", N, "VARCHAR", g.col(g.pick(["Wenströmska gymnasiet", "Hitech Institute",
                                                       "Köpings industritekniska"])), "business"),
        c("program", N, "VARCHAR", g.col(g.pick(["Industritekniska programmet", "El- och energiprogrammet",
                                                 "Yrkesvux CNC"])), "decoy"),
        c("handledare", "person_name", "VARCHAR", g.col(g.pick(mentors)), STAFF),
        c("vardnadshavare", "person_name", "VARCHAR", [v.whole(g, "sv") if m else None for m in minor], ROLE,
          HEAVY),
        c("vardnadshavare_tel", "phone", "VARCHAR", [g.phone("SE", "national") if m else None for m in minor],
          HEAVY),
        c("arbetsgivare_orgnr", N, "VARCHAR", [employer] * g.rows, "business", CHECK, SHAPE),
        c("startdatum", N, "DATE", g.days("2023-08-14", "2025-09-01"), "decoy", EVENT),
        c("timlon_kr", N, "INTEGER", g.ints(118, 168), "decoy"),
        c("fritt_falt_1", N, "VARCHAR", g.col(g.pick(["Skåp 12", "Skåp 31", "Skåp 7"]), 0.3), "decoy", OPAQUE),
        c("fritt_falt_2", "email", "VARCHAR", [v.email_of(g, a, b, ["skola.vasteras.se", "elev.kopings.se"])
                                               if g.rnd.random() < 0.5 else None for a, b in pairs], OPAQUE),
    ])


BUILDERS: list[tuple[Callable[[Gen], Table], int]] = [
    (uk_site_inductions, 900), (ie_subcon_register, 700), (ab_crane_operators, 450), (au_staging_crews, 800),
    (za_lamp_room, 1_400), (wi_as400_clock, 1_200), (pa_cobol_dues, 600), (in_incident_register, 500),
    (de_sap_a1, 380), (pl_badania, 650), (ro_registru, 520), (tr_isg, 560), (kr_safety_pass, 480),
    (cl_acreditacion, 620), (sv_larlingar, 300),
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
