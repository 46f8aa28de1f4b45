"""Held-out set v93 for the column classifier: 15 tables of *charities, fundraising, volunteering and grant-making*
(donor CRMs with gift aid declarations, direct debits and legacy pledges, volunteer registers with background checks,
small-grant applicants, a fun run's participants and sponsors, a telephone fundraising agency's call list, a hospice's
supporter lottery, a food bank's clients, a scholarship foundation's applicants, a church's and a mosque's giving
records, a crowdfunding platform's backers), one system per table and each a different organisation, eight with
English column names (a Sheffield hospice's donor CRM in snake case, an Inverness volunteer register in Pascal case
with PVG checks and National Insurance numbers, a Kisumu foundation's grant applicants in camel case with national ID
and KRA PIN, a Toronto fun run in SCREAMING case, a Geelong telephone fundraising agency's abbreviated call list, a
Columbus church's COBOL giving extract, a Dublin hospice lottery's AS/400 file and a US crowdfunding platform's
staging table ``col01`` to ``col18``) and seven in German (a Hamburg foundation's donors: Steuer-ID, SEPA IBAN),
Dutch (a Utrecht food bank's clients: BSN), Spanish (a Valencia foundation's legacy pledges: DNI), Polish (a Kraków
scholarship foundation: PESEL encoding the birth date and sex), romanized Japanese (an Osaka NPO's volunteers, values
in kanji and katakana: My Number), Malay (a Kuala Lumpur mosque's giving records: MyKad encoding the birth date) and
Italian (a Turin shelter charity's supporters: codice fiscale encoding name, birth date and comune, IBAN).

Two are legacy extracts with padded CHAR values: the Columbus church's COBOL copybook extract (hyphenated names
``GV-LAST-NM``, the ZIP, the phone and the SSN as numbers with 0 for missing, ``YYYYMMDD`` dates, ``GV-USER-FLD-2``)
and the Dublin lottery's AS/400 file (prefix ``LT``, phones as numbers without the trunk 0 and 0 for missing,
``CYYMMDD`` dates, PPSN, IBAN, ``LTUDF2``); the crowdfunding staging table is opaque. Opaque custom fields hold by row
a phone, an e-mail or a name (``misc_2``, ``GV-USER-FLD-2``, ``LTUDF2``, ``col17``, ``campoLibero2``; tag
``custom_mixed``). Decoys: registered charity numbers, an NGO registration, a BN with its RR account, ABNs, an EIN,
a CHY number, a creditor ID, a Vereinsregister number, a KvK number, a CIF, school NIPs, a Japanese corporate number,
a partita IVA and a ROS registration (tag ``business``, valid where a check exists); campaign codes, gift, mandate,
direct-debit and grant references, bib numbers, hashes; client numbers failing the BSN check, gift references
failing the DNI check letter, application numbers failing the PESEL check, receipt numbers that are no valid MyKad and
order numbers shaped like an SSN in the 9xx range (tag ``value_shape``); branch and distribution-point addresses and
phones (tag ``business``).

Written **blind**, like v2 to v92: by someone who has read neither the classifier (``governance_dagster/detect/``) nor
its documentation, tests, changelog or notes, only the list of kind names (``governance_dagster/kinds.py``), how the
scorer registers a set (``heldout_v2_accuracy.py``), the structure and labeling conventions of v27 (its modules, its
test and ``tests/heldout_support.py``), the module docstrings of v24 to v92 (to avoid their domains) and the
``Column``/``Table`` classes and writer of v2 and v4. The classifier was not run on this set while it was written, no
scorer was run on it, and no score was looked at. It was written under a short deadline (25 minutes, the tests and
lint included), so some labels are quick decisions rather than settled conventions.

Labeling choices a reader may question:

* a US SSN, a UK National Insurance number and an Irish PPSN are ``ssn``; a Kenyan national ID number, a KRA PIN,
  a Steuer-ID, a BSN, a DNI, a PESEL, a My Number, a MyKad number and a codice fiscale are ``national_id``; a
  Disclosure Scotland PVG scheme membership number (issued by a state agency to one person) is ``national_id``;
* a UK sort code and account number and a Malaysian bank account number are ``unclassified`` (tag
  ``bank_account``); an IBAN is ``iban``; a SEPA mandate reference, a direct-debit reference and the charity's SEPA
  creditor ID are ``none``;
* a Kenyan ``P.O. Box`` line is ``street_address`` (the applicant's postal address) and its postal code
  ``postal_code``; a Kenyan county, a US state, a Spanish and an Italian province and a Malaysian state are ``none``;
  an Italian birthplace (``luogoNascita``) and a Japanese municipality are ``city``;
* a spouse's first name alone (``GV-SPOUSE-FNM``) is ``first_name``; sponsors, referees, referrers, notaries,
  guardians and emergency contacts are personal (tag ``role_word``); coordinators, agents, reviewers, promoters,
  treasurers, intake volunteers and relationship managers are staff (tag ``staff``); the katakana reading of a name
  (``furigana``) and a Malay name with ``bin``/``binti`` are ``person_name``;
* an opaque custom field holding by row a phone, an e-mail or a name is ``free_text`` (no one kind fits);
* the numeric legacy columns holding 0 for a missing phone, SSN or birth date keep their personal kind; a church's
  office phone stored the same way is ``none`` (tag ``business``);
* a card number kept for one-off pledges is ``credit_card``; its expiry is ``none``; a call recording's hash and a
  card fingerprint hash are ``none``;
* a donor's gift aid flag, legacy pledge flag, dietary wishes at a food bank, household size and income are ``none``
  (none of the kinds fits, though some are sensitive).

Every value is generated here from :data:`SEED` (one ``random.Random`` per table, named after its builder) with
python-stdnum for check digits, phonenumbers for phone validity and formats, and the lists of
:mod:`benchmarks.classification.heldout_v93_values`, written for v93 (no Faker, no list of real people, no breach
data). Build: ``python -m benchmarks.classification.heldout_v93 [PATH]`` (default ``/tmp/heldout_v93.duckdb``).
Score: ``python -m benchmarks.classification.heldout_v2_accuracy --set v93``.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from datetime import date
from pathlib import Path

from stdnum.au import abn as _abn
from stdnum.ca import bn as _bn
from stdnum.es import cif as _cif
from stdnum.it import iva as _iva
from stdnum.jp import cn as _jcn
from stdnum.my import nric as _nric
from stdnum.pl import nip as _nip
from stdnum.pl import pesel as _pesel
from stdnum.us import ein as _ein
from stdnum.us import ssn as _ssn

from benchmarks.classification import heldout_v4
from benchmarks.classification import heldout_v93_values as v
from benchmarks.classification.heldout_v2 import Column, Table
from benchmarks.classification.heldout_v93_values import NULLISH, REVIEW, SEED, Gen, N, c

__all__ = ["BUILDERS", "DEFAULT_PATH", "NULLISH", "REVIEW", "SEED", "Column", "Gen", "Table", "build", "labels",
           "summary", "tables"]

DEFAULT_PATH = Path("/tmp/heldout_v93.duckdb")

HEAVY = "null_heavy"  # 50-95% NULL
NULLWORD = "nullword_heavy"  # 70-95% NULL words
SHAPE = "value_shape"  # a decoy shaped like a personal or identifying value
STAFF = "staff"  # staff named in a column with few distinct values
ROLE = "role_word"  # a role word (referee, sponsor, notary, guardian, emergency contact ...) holding people
ABBREV = "abbrev"
OPAQUE = "opaque"
LEGACY = "legacy"  # a padded CHAR, numeric-date or numeric-phone column of a mainframe or midrange extract
MIXED = "custom_mixed"  # an opaque custom field holding by row a phone, an e-mail or a name (free_text)
BANK = "bank_account"  # a bank account that is not an IBAN (unclassified)
MULTI = "multi_value"
KEY = "join_key"
CHECK = "check_digit"  # an identifier whose check digit is verified by the tests


def _words(*extra: str) -> tuple[str, ...]:
    return ("", "-", "N/A", "n/a", "unknown", "NULL") + extra


def _staff(g: Gen, lang: str, n: int) -> list[str]:
    out: set[str] = set()
    while len(out) < n:
        out.add(v.whole(g, lang))
    return sorted(out)


def _pad(values: list, width: int) -> list:
    return [None if x is None else str(x)[:width].ljust(width) for x in values]


def _ymd(d: date | None) -> int:
    return 0 if d is None else int(f"{d:%Y%m%d}")


def _cyymmdd(d: date | None) -> int:
    return 0 if d is None else (d.year // 100 - 19) * 1_000_000 + int(f"{d:%y%m%d}")


def _mixed(g: Gen, region: str, lang: str, null: float = 0.3) -> list:
    """An opaque custom field: by row a phone, an e-mail or a name (some NULL)."""

    def one() -> str:
        r = g.rnd.random()
        if r < 0.4:
            return g.phone(region, g.rnd.choice(["e164", "national"]))
        if r < 0.7:
            return v.email(g, lang, v.DOMAINS[lang])
        return v.whole(g, lang)

    return g.col(one, null)


def _dirty(g: Gen, values: list, share: float, words: tuple[str, ...]) -> list:
    return [g.rnd.choice(words) if x is not None and g.rnd.random() < share else x for x in values]


# -- England, Scotland, Kenya, Canada, Australia -----------------------------------------------------------------------


def moorside_supporters(g: Gen) -> Table:
    """A Sheffield hospice's donor CRM (snake case): supporters, gift aid declarations, direct debits (sort code and
    account: ``unclassified``), legacy pledges, a custom field ``misc_2`` (a phone, an e-mail or a name by row)."""
    people = [v.person(g, "en") for _ in range(g.rows)]
    places = [g.rnd.choice(v.GB_PLACES) for _ in range(g.rows)]

    def note() -> str:
        return g.rnd.choice(v.EN_NOTES).format(name=v.whole(g, "en"), phone=g.phone("GB", "national"),
                                               amount=f"£{g.rnd.randint(1, 50) * 500}")

    return Table("moorside_crm.supporters", "en", "snake", [
        c("supporter_id", N, "BIGINT", g.keys(300_001), "decoy", KEY),
        c("title", N, "VARCHAR", g.col(g.pick(["Mr", "Mrs", "Ms", "Miss", "Dr", "Rev"]), 0.1), "decoy"),
        c("first_name", "first_name", "VARCHAR", [a for a, _ in people]),
        c("last_name", "last_name", "VARCHAR", [b for _, b in people]),
        c("email", "email", "VARCHAR", [None if g.rnd.random() < 0.2 else v.email_of(g, a, b, v.DOMAINS["en"])
                                        for a, b in people]),
        c("home_phone", "phone", "VARCHAR", g.phones("GB", {"national": 0.8, "intl": 0.2}, 0.0, 0.3)),
        c("mobile", "phone", "VARCHAR", g.phones("GB", {"e164": 0.5, "national": 0.5}, 1.0, 0.4)),
        c("address_line_1", "street_address", "VARCHAR", g.col(lambda: v.line(g, v.GB_STREETS, "num_first"))),
        c("town", "city", "VARCHAR", [p[0] for p in places]),
        c("postcode", "postal_code", "VARCHAR", [v.gb_postcode(g, p[1]) for p in places]),
        c("date_of_birth", "date_of_birth", "DATE", [None if g.rnd.random() < 0.65 else g.day("1932-01-01",
                                                                                               "2000-12-31")
                                                     for _ in range(g.rows)], HEAVY),
        c("gift_aid_declared", N, "BOOLEAN", g.yn(True, False, 0.7), "decoy"),
        c("gift_aid_decl_date", N, "DATE", g.days("2012-01-01", "2025-12-31", 0.3), "decoy"),
        c("dd_sort_code", REVIEW, "VARCHAR", g.col(lambda: g.code("99-99-99"), 0.45), BANK),
        c("dd_account_number", REVIEW, "VARCHAR", g.col(lambda: g.digits(8), 0.45), BANK),
        c("dd_reference", N, "VARCHAR", g.col(lambda: "MHT" + g.digits(9)), "decoy", SHAPE),
        c("legacy_pledge", N, "BOOLEAN", g.yn(True, False, 0.06), "decoy"),
        c("campaign_code", N, "VARCHAR", g.col(g.pick(v.CAMPAIGNS)), "decoy"),
        c("registered_charity_no", N, "VARCHAR", g.col(g.pick(["1098765", "1154321", "1187702"])), "business",
          SHAPE),
        c("misc_2", "free_text", "VARCHAR", _mixed(g, "GB", "en"), MIXED),
        c("notes", "free_text", "VARCHAR", g.sparse(note, 0.55, _words())),
    ])


def glenmore_volunteers(g: Gen) -> Table:
    """An Inverness charity's volunteer register (Pascal case) with PVG background checks (Disclosure Scotland),
    National Insurance numbers, emergency contacts, coordinators (staff) and the charity shop's address and phone."""
    people = [v.person(g, "sc") for _ in range(g.rows)]
    places = [g.rnd.choice(v.SC_PLACES) for _ in range(g.rows)]
    coords = _staff(g, "sc", 5)
    shops = [("14 Church Street", "01463 496012"), ("3 High Street", "01463 496077"),
             ("22 Academy Street", "01463 496155")]
    shop = [g.rnd.choice(shops) for _ in range(g.rows)]

    def nino() -> str:
        return g.rnd.choice(["AB", "JK", "NP", "SR", "WL", "YZ", "CE", "HT"]) + g.digits(6) + g.rnd.choice("ABCD")

    return Table("glenmore_vols.VolunteerRegister", "en", "pascal", [
        c("VolunteerId", N, "INTEGER", g.keys(1), "decoy", KEY),
        c("Forename", "first_name", "VARCHAR", [a for a, _ in people]),
        c("Surname", "last_name", "VARCHAR", [b for _, b in people]),
        c("PreferredName", "first_name", "VARCHAR", [a if g.rnd.random() < 0.25 else None for a, _ in people], HEAVY),
        c("DateOfBirth", "date_of_birth", "VARCHAR", [f"{d:%d/%m/%Y}" for d in g.births(1945, 2007)]),
        c("NiNumber", "ssn", "VARCHAR", g.col(nino, 0.2)),
        c("PvgMembershipNo", "national_id", "VARCHAR", g.col(lambda: "1" + g.digits(15), 0.3)),
        c("PvgCheckDate", N, "DATE", g.days("2019-01-01", "2026-03-31", 0.3), "decoy"),
        c("PvgStatus", N, "VARCHAR", g.col(g.pick(["Cleared", "Pending", "Not required"])), "decoy"),
        c("MobileNumber", "phone", "VARCHAR", g.phones("GB", {"national": 0.7, "e164": 0.3}, 1.0, 0.1)),
        c("EmailAddress", "email", "VARCHAR", [v.email_of(g, a, b, v.DOMAINS["en"]) for a, b in people]),
        c("HomeAddress", "street_address", "VARCHAR", g.col(lambda: v.line(g, v.SC_STREETS, "num_first"))),
        c("Town", "city", "VARCHAR", [p[0] for p in places]),
        c("Postcode", "postal_code", "VARCHAR", [f"{p[1]} {g.rnd.randint(1, 9)}{g.code('AA')}" for p in places]),
        c("EmergencyContactName", "person_name", "VARCHAR", g.col(lambda: v.whole(g, "sc"), 0.15), ROLE),
        c("EmergencyContactPhone", "phone", "VARCHAR", g.phones("GB", {"national": 1.0}, 0.6, 0.15)),
        c("Coordinator", "person_name", "VARCHAR", g.col(g.pick(coords)), STAFF),
        c("ShopAddress", N, "VARCHAR", [s[0] for s in shop], "business"),
        c("ShopPhone", N, "VARCHAR", [s[1] for s in shop], "business"),
        c("RoleAssigned", N, "VARCHAR", g.col(g.pick(["Shop floor", "Driver", "Befriender", "Sorting", "Events"])),
          "decoy"),
        c("HoursLastMonth", N, "INTEGER", g.ints(0, 60), "decoy"),
        c("ReferenceNumber", N, "VARCHAR", g.col(lambda: "VR-" + g.digits(6)), "decoy", SHAPE),
    ])


def tumaini_grants(g: Gen) -> Table:
    """A Kisumu community foundation's small-grant applicants (camel case): national ID and KRA PIN, M-Pesa phone,
    P.O. boxes, referees, reviewers (staff), the foundation's NGO registration number (``business``)."""
    people = [v.person(g, "ke") for _ in range(g.rows)]
    boxes = [(g.rnd.randint(1, 9999), g.rnd.choice(["40100", "20100", "30100", "90100", "10100", "40200"]))
             for _ in range(g.rows)]
    reviewers = _staff(g, "ke", 4)

    def story() -> str:
        return g.rnd.choice([
            "Poultry project for our women's group, chair is {n}.", "Tailoring machines for youth in the ward.",
            "Fish drying racks at the beach; contact our secretary {n} on {p}.", "Borehole repair for the school.",
            "Seed capital for the bodaboda savings group led by {n}.",
        ]).format(n=v.whole(g, "ke"), p=g.phone("KE", "national"))

    return Table("tumaini_grants.grantApplicants", "en", "camel", [
        c("applicationId", N, "VARCHAR", [f"TG-{2025 + i % 2}-{i:05d}" for i in range(g.rows)], "decoy", KEY),
        c("applicantFirstName", "first_name", "VARCHAR", [a for a, _ in people]),
        c("applicantSurname", "last_name", "VARCHAR", [b for _, b in people]),
        c("nationalIdNo", "national_id", "VARCHAR", g.col(lambda: g.digits(1, "123") + g.digits(7))),
        c("kraPin", "national_id", "VARCHAR", g.col(lambda: "A" + g.digits(9) + g.code("A"), 0.4), CHECK),
        c("dateOfBirth", "date_of_birth", "DATE", g.births(1960, 2006)),
        c("mpesaPhone", "phone", "VARCHAR", g.phones("KE", {"national": 0.5, "digits": 0.2, "e164": 0.3})),
        c("emailAddress", "email", "VARCHAR", [None if g.rnd.random() < 0.6 else v.email_of(g, a, b, v.DOMAINS["ke"])
                                               for a, b in people], HEAVY),
        c("postalAddress", "street_address", "VARCHAR", [f"P.O. Box {b[0]}" for b in boxes]),
        c("postalCode", "postal_code", "VARCHAR", [b[1] for b in boxes]),
        c("town", "city", "VARCHAR", g.col(g.pick(v.KE_PLACES))),
        c("county", N, "VARCHAR", g.col(g.pick(["Kisumu", "Siaya", "Homa Bay", "Migori", "Kakamega"])), "decoy"),
        c("groupName", N, "VARCHAR", g.col(g.pick(["Umoja Women Group", "Tujenge Youth", "Nuru Self Help",
                                                   "Jamii Farmers"]), 0.2), "decoy"),
        c("amountRequestedKes", N, "INTEGER", g.ints(5, 50, 0.0), "decoy"),
        c("grantRef", N, "VARCHAR", g.col(lambda: g.code("SG/99/9999")), "decoy", SHAPE),
        c("foundationRegNo", N, "VARCHAR", g.col(lambda: "OP.218/051/2011/0417"), "business", SHAPE),
        c("refereeName", "person_name", "VARCHAR", g.col(lambda: v.whole(g, "ke"), 0.2), ROLE),
        c("refereePhone", "phone", "VARCHAR", g.phones("KE", {"national": 1.0}, 1.0, 0.55), HEAVY),
        c("projectDescription", "free_text", "VARCHAR", g.col(story, 0.1)),
        c("reviewedBy", "person_name", "VARCHAR", g.col(g.pick(reviewers), 0.2), STAFF),
    ])


def run_for_recovery(g: Gen) -> Table:
    """A Toronto charity fun run's participants and their sponsors (SCREAMING case): bib numbers, emergency contacts,
    sponsors' names in one cell (``;``), the charity's business number with its RR program account (``business``)."""
    people = [v.person(g, "ca") for _ in range(g.rows)]
    places = [g.rnd.choice(v.CA_PLACES) for _ in range(g.rows)]
    bn = g.valid(lambda: "8" + g.digits(8), _bn.is_valid) + "RR0001"

    def sponsors() -> str:
        return "; ".join(v.whole(g, "ca") for _ in range(g.rnd.randint(1, 4)))

    return Table("runforrecovery.EVENT_PARTICIPANTS", "en", "screaming", [
        c("PARTICIPANT_ID", N, "BIGINT", g.keys(70_001), "decoy", KEY),
        c("BIB_NO", N, "INTEGER", g.keys(1001), "decoy"),
        c("FIRST_NAME", "first_name", "VARCHAR", [a for a, _ in people]),
        c("LAST_NAME", "last_name", "VARCHAR", [b for _, b in people]),
        c("EMAIL", "email", "VARCHAR", [v.email_of(g, a, b, v.DOMAINS["ca"]) for a, b in people]),
        c("PHONE", "phone", "VARCHAR", g.phones("CA", {"national": 0.6, "e164": 0.4})),
        c("DATE_OF_BIRTH", "date_of_birth", "VARCHAR", [d.isoformat() for d in g.births(1950, 2012)]),
        c("GENDER", N, "VARCHAR", g.col(g.pick(["F", "M", "X"]), 0.1), "decoy"),
        c("STREET_ADDRESS", "street_address", "VARCHAR", g.col(lambda: v.line(g, v.CA_STREETS, "num_first"))),
        c("CITY", "city", "VARCHAR", [p[0] for p in places]),
        c("POSTAL_CODE", "postal_code", "VARCHAR", [f"{p[1]} {g.code('9A9')}" for p in places]),
        c("TSHIRT_SIZE", N, "VARCHAR", g.col(g.pick(["XS", "S", "M", "L", "XL"])), "decoy"),
        c("EMERGENCY_CONTACT", "person_name", "VARCHAR", g.col(lambda: v.whole(g, "ca"), 0.05), ROLE),
        c("EMERGENCY_PHONE", "phone", "VARCHAR", g.phones("CA", {"national": 1.0}, 1.0, 0.05)),
        c("TEAM_NAME", N, "VARCHAR", g.col(g.pick(["Sole Sisters", "Bay St Striders", "Team Hope", "Ward 4 Walkers"]),
                                           0.4), "decoy"),
        c("SPONSOR_NAMES", "person_name", "VARCHAR", g.col(sponsors, 0.3), ROLE, MULTI),
        c("TOTAL_RAISED_CAD", N, "DECIMAL(10,2)", g.amounts(0, 3000), "decoy"),
        c("CHARITY_BN", N, "VARCHAR", [bn] * g.rows, "business", SHAPE),
        c("DONATION_PAGE_URL", N, "VARCHAR", [f"https://give.runforrecovery.ca/p/{g.code('xxxxxxxx')}"
                                              for _ in range(g.rows)], "decoy"),
        c("WAIVER_SIGNED_TS", N, "TIMESTAMP", g.moments("2026-02-01", "2026-05-30"), "decoy"),
    ])


def dialgood_calls(g: Gen) -> Table:
    """A Geelong telephone fundraising agency's call list (abbreviated snake case): campaign, the client charity and
    its ABN (``business``), home and mobile phones, the agent (staff), outcome, pledge, a card for one-off gifts."""
    people = [v.person(g, "au") for _ in range(g.rows)]
    places = [g.rnd.choice(v.AU_PLACES) for _ in range(g.rows)]
    agents = _staff(g, "au", 7)
    abns = [g.valid(lambda: g.digits(1, "123456789") + g.digits(10), _abn.is_valid) for _ in range(3)]
    client = [g.rnd.randrange(3) for _ in range(g.rows)]
    return Table("dialgood_tm.tm_call_list", "en", "abbrev", [
        c("call_id", N, "BIGINT", g.keys(5_000_001), "decoy", KEY),
        c("cmpgn_cd", N, "VARCHAR", g.col(g.pick(["WR-REACT-26", "HOSP-LAP-Q2", "SHLT-UPG"])), "decoy", ABBREV),
        c("client_chty", N, "VARCHAR", [["Wildlife Rescue Vic", "Barwon Hospice", "Coastal Shelter"][i] for i in client],
          "business"),
        c("client_abn", N, "VARCHAR", [abns[i] for i in client], "business", SHAPE),
        c("cst_fnm", "first_name", "VARCHAR", [a for a, _ in people], ABBREV),
        c("cst_lnm", "last_name", "VARCHAR", [b for _, b in people], ABBREV),
        c("ph_hm", "phone", "VARCHAR", g.phones("AU", {"national": 1.0}, 0.0, 0.35), ABBREV),
        c("ph_mob", "phone", "VARCHAR", g.phones("AU", {"national": 0.6, "e164": 0.4}, 1.0, 0.1), ABBREV),
        c("eml_addr", "email", "VARCHAR", [None if g.rnd.random() < 0.6 else v.email_of(g, a, b, v.DOMAINS["au"])
                                           for a, b in people], ABBREV, HEAVY),
        c("st_addr", "street_address", "VARCHAR", g.col(lambda: f"{g.rnd.randint(1, 300)} "
                                                        f"{g.rnd.choice(['Pakington St', 'Moorabool St', 'Sturt St'])}"),
          ABBREV),
        c("sbrb", "city", "VARCHAR", [p[0] for p in places], ABBREV),
        c("pcode", "postal_code", "VARCHAR", [p[1] for p in places], ABBREV),
        c("agt_nm", "person_name", "VARCHAR", g.col(g.pick(agents)), STAFF, ABBREV),
        c("call_outcm", N, "VARCHAR", g.col(g.pick(["NO_ANS", "PLEDGE", "REFUSED", "CALLBACK", "DNC", "WRONG_NO"])),
          "decoy", ABBREV),
        c("pldg_amt", N, "DECIMAL(8,2)", g.amounts(10, 60, 0.6), "decoy", ABBREV),
        c("pldg_freq", N, "VARCHAR", g.col(g.pick(["M", "Q", "A", "O"]), 0.6), "decoy", ABBREV),
        c("cc_num", "credit_card", "VARCHAR", g.col(lambda: v.card(g), 0.85), HEAVY, CHECK),
        c("cc_exp", N, "VARCHAR", g.col(lambda: f"{g.rnd.randint(1, 12):02d}/{g.rnd.randint(26, 31)}", 0.6), "decoy"),
        c("dnc_flg", N, "VARCHAR", g.col(g.pick(["Y", "N", "N", "N"])), "decoy", ABBREV),
        c("call_dur_s", N, "INTEGER", g.ints(0, 900), "decoy", ABBREV),
        c("rec_hash", N, "VARCHAR", g.col(g.sha256), "decoy", SHAPE),
    ])


# -- legacy extracts: an Ohio church's COBOL giving file, a Dublin hospice lottery's AS/400 file, a staging table ------


def stmarks_giving(g: Gen) -> Table:
    """A Columbus church's giving records as a COBOL copybook extract (hyphenated names, padded CHAR, the ZIP, the
    phone and the SSN as numbers with 0 for missing, ``YYYYMMDD`` dates, ``GV-USER-FLD-2``), the church's EIN and
    office phone (``business``)."""
    people = [v.person(g, "us") for _ in range(g.rows)]
    places = [g.rnd.choice(v.US_PLACES) for _ in range(g.rows)]
    ein = g.valid(lambda: "31" + g.digits(7), _ein.is_valid)
    return Table("STMARKS.GIVING_EXTRACT", "en", "cobol", [
        c("GV-ENV-NO", N, "CHAR(6)", _pad([f"{i:06d}" for i in g.keys(1)], 6), "decoy", LEGACY),
        c("GV-LAST-NM", "last_name", "CHAR(20)", _pad([b.upper() for _, b in people], 20), LEGACY),
        c("GV-FIRST-NM", "first_name", "CHAR(15)", _pad([a.upper() for a, _ in people], 15), LEGACY),
        c("GV-SPOUSE-FNM", "first_name", "CHAR(15)", _pad(g.col(lambda: v.person(g, "us")[0].upper(), 0.55), 15),
          LEGACY, ROLE, HEAVY),
        c("GV-ADDR-1", "street_address", "CHAR(30)", _pad(g.col(lambda: v.line(g, v.US_STREETS, "num_first").upper()),
                                                          30), LEGACY),
        c("GV-CITY", "city", "CHAR(18)", _pad([p[0].upper() for p in places], 18), LEGACY),
        c("GV-ST", N, "CHAR(2)", [p[1] for p in places], "decoy", LEGACY),
        c("GV-ZIP", "postal_code", "INTEGER", [int(p[2] + g.digits(2)) for p in places], LEGACY),
        c("GV-PHONE", "phone", "BIGINT", [int(g.phone("US", "digits", False)) if g.rnd.random() < 0.8 else 0
                                          for _ in range(g.rows)], LEGACY),
        c("GV-SSN", "ssn", "BIGINT", [int(v.us_ssn(g)) if g.rnd.random() < 0.45 else 0 for _ in range(g.rows)],
          LEGACY),
        c("GV-BIRTH-DT", "date_of_birth", "INTEGER", [_ymd(g.day("1930-01-01", "2004-12-31"))
                                                      if g.rnd.random() < 0.6 else 0 for _ in range(g.rows)], LEGACY),
        c("GV-FUND-CD", N, "CHAR(4)", g.col(g.pick(["GENL", "BLDG", "MISS", "FOOD"])), "decoy", LEGACY),
        c("GV-GIFT-AMT", N, "DECIMAL(9,2)", g.amounts(5, 2500), "decoy", LEGACY),
        c("GV-GIFT-DT", N, "INTEGER", [_ymd(d) for d in g.days("2025-01-01", "2025-12-31")], "decoy", LEGACY),
        c("GV-CHK-NO", N, "INTEGER", g.ints(100, 9999, 0.4), "decoy", LEGACY),
        c("GV-USER-FLD-2", "free_text", "CHAR(40)", _pad(_mixed(g, "US", "us", 0.35), 40), MIXED, LEGACY, OPAQUE),
        c("GV-CHURCH-EIN", N, "CHAR(10)", [f"{ein[:2]}-{ein[2:]}"] * g.rows, "business", SHAPE, LEGACY),
        c("GV-OFFICE-PH", N, "BIGINT", [6145550142] * g.rows, "business", LEGACY),
    ])


def hospice_lottery(g: Gen) -> Table:
    """A Dublin hospice's supporter lottery members as an AS/400 physical file (prefix ``LT``, padded CHAR, phones as
    numbers without the trunk 0 and 0 for missing, ``CYYMMDD`` dates, PPSN, IBAN, promoters (staff), ``LTUDF2``)."""
    people = [v.person(g, "ie") for _ in range(g.rows)]
    places = [g.rnd.choice(v.IE_PLACES) for _ in range(g.rows)]
    sellers = _staff(g, "ie", 6)
    return Table("HOSPLOTO.LTMEMP", "en", "as400", [
        c("LTMBNO", N, "DECIMAL(7,0)", g.keys(100_001), "decoy", KEY, LEGACY),
        c("LTSNAM", "last_name", "CHAR(20)", _pad([b.upper() for _, b in people], 20), LEGACY),
        c("LTFNAM", "first_name", "CHAR(15)", _pad([a.upper() for a, _ in people], 15), LEGACY),
        c("LTADR1", "street_address", "CHAR(30)", _pad(g.col(lambda: v.line(g, v.IE_STREETS, "num_first")), 30),
          LEGACY),
        c("LTTOWN", "city", "CHAR(20)", _pad([p[0] for p in places], 20), LEGACY),
        c("LTECOD", "postal_code", "CHAR(8)", _pad([f"{p[1]} {g.code('A9Z9')}" for p in places], 8), LEGACY),
        c("LTPHNH", "phone", "DECIMAL(10,0)", [int(g.phone("IE", "nsn", False)) if g.rnd.random() < 0.55 else 0
                                               for _ in range(g.rows)], LEGACY),
        c("LTPHNM", "phone", "DECIMAL(10,0)", [int(g.phone("IE", "nsn", True)) if g.rnd.random() < 0.85 else 0
                                               for _ in range(g.rows)], LEGACY),
        c("LTEMAL", "email", "CHAR(40)", _pad([v.email_of(g, a, b, v.DOMAINS["ie"]) if g.rnd.random() < 0.6 else ""
                                               for a, b in people], 40), LEGACY),
        c("LTDOBC", "date_of_birth", "DECIMAL(7,0)", [_cyymmdd(g.day("1935-01-01", "2005-12-31"))
                                                      if g.rnd.random() < 0.7 else 0 for _ in range(g.rows)], LEGACY),
        c("LTPPSN", "ssn", "CHAR(9)", _pad(g.col(lambda: v.ie_pps(g), 0.3), 9), LEGACY, CHECK),
        c("LTIBAN", "iban", "CHAR(22)", _pad(g.col(lambda: v.iban(g, "IE"), 0.2), 22), LEGACY, CHECK),
        c("LTBIC", N, "CHAR(8)", g.col(g.pick(["AIBKIE2D", "BOFIIE2D", "IPBSIE2D"]), 0.2), "decoy", LEGACY),
        c("LTTKTS", N, "DECIMAL(2,0)", g.ints(1, 10), "decoy", LEGACY),
        c("LTJNDT", N, "DECIMAL(7,0)", [_cyymmdd(d) for d in g.days("1998-01-01", "2026-04-30")], "decoy", LEGACY),
        c("LTSTAT", N, "CHAR(1)", g.col(g.pick(["A", "A", "A", "L", "C"])), "decoy", LEGACY),
        c("LTSELL", "person_name", "CHAR(25)", _pad(g.col(g.pick(sellers), 0.3), 25), STAFF, LEGACY),
        c("LTUDF2", "free_text", "CHAR(40)", _pad(_mixed(g, "IE", "ie", 0.3), 40), MIXED, LEGACY, OPAQUE),
        c("LTCHYN", N, "CHAR(9)", ["CHY 10987"] * g.rows, "business", SHAPE, LEGACY),
    ])


def crowdfund_staging(g: Gen) -> Table:
    """A US crowdfunding platform's backers as landed in a staging table (``col01`` to ``col18``): the backer's name,
    e-mail, IP, shipping address, ZIP, a comment, ``col17`` (a phone, an e-mail or a name by row), order numbers of
    nine digits shaped like an SSN and failing its check (``none``)."""
    places = [g.rnd.choice(v.US_PLACES) for _ in range(g.rows)]
    people = [v.person(g, "us") for _ in range(g.rows)]

    def comment() -> str:
        return g.rnd.choice(["Go team!", "For my mom {n}, who beat it twice.", "Proud to back this.",
                             "In honor of coach {n}", "Please ship to my work address"]).format(n=v.whole(g, "us"))

    return Table("raw_stage.stg_backers", "en", "opaque", [
        c("col01", N, "BIGINT", g.keys(8_800_001), "decoy", KEY, OPAQUE),
        c("col02", "person_name", "VARCHAR", [f"{a} {b}" for a, b in people], OPAQUE),
        c("col03", "email", "VARCHAR", [v.email_of(g, a, b, v.DOMAINS["us"]) for a, b in people], OPAQUE),
        c("col04", "ip_address", "VARCHAR", g.col(lambda: g.ipv6() if g.rnd.random() < 0.3 else g.ipv4()), OPAQUE),
        c("col05", "city", "VARCHAR", [p[0] for p in places], OPAQUE),
        c("col06", N, "VARCHAR", [p[1] for p in places], "decoy", OPAQUE),
        c("col07", "postal_code", "VARCHAR", [p[2] + g.digits(2) for p in places], OPAQUE),
        c("col08", N, "DECIMAL(10,2)", g.amounts(5, 500), "decoy", OPAQUE),
        c("col09", N, "VARCHAR", g.col(g.pick(["Early bird", "Tote bag", "Thank-you card", "No reward"])), "decoy",
          OPAQUE),
        c("col10", N, "VARCHAR", g.col(g.pick(["rebuild-the-rec-center", "free-meals-columbus", "dayton-shelter-van"])),
          "decoy", OPAQUE),
        c("col11", N, "VARCHAR", g.col(g.sha256), "decoy", SHAPE, OPAQUE),
        c("col12", N, "TIMESTAMP", g.moments("2025-09-01", "2026-03-31"), "decoy", OPAQUE),
        c("col13", "phone", "VARCHAR", g.phones("US", {"e164": 1.0}, 1.0, 0.7), HEAVY, OPAQUE),
        c("col14", "street_address", "VARCHAR", g.col(lambda: v.line(g, v.US_STREETS, "num_first"), 0.3), OPAQUE),
        c("col15", N, "VARCHAR", ["US"] * g.rows, "decoy", OPAQUE),
        c("col16", "free_text", "VARCHAR", g.sparse(comment, 0.6, _words()), OPAQUE),
        c("col17", "free_text", "VARCHAR", _mixed(g, "US", "us", 0.25), MIXED, OPAQUE),
        c("col18", N, "VARCHAR", g.col(lambda: g.invalid(lambda: "9" + g.digits(8), _ssn.is_valid)), "decoy", SHAPE,
          OPAQUE),
    ])


# -- Germany, the Netherlands, Spain, Poland, Japan, Malaysia, Italy ---------------------------------------------------


def hh_spender(g: Gen) -> Table:
    """A Hamburg foundation's donors (German, snake case): SEPA direct debits (IBAN, mandate reference and the
    foundation's creditor ID), Steuer-ID for the electronic donation receipt, Vereinsregister number (``business``)."""
    from stdnum.de import idnr

    people = [v.person(g, "de") for _ in range(g.rows)]
    places = [g.rnd.choice(v.DE_PLACES) for _ in range(g.rows)]
    clerks = _staff(g, "de", 4)
    return Table("spenden_hh.spender", "de", "snake", [
        c("spender_nr", N, "INTEGER", g.keys(40_001), "decoy", KEY),
        c("anrede", N, "VARCHAR", g.col(g.pick(["Herr", "Frau", "Divers"]), 0.05), "decoy"),
        c("vorname", "first_name", "VARCHAR", [a for a, _ in people]),
        c("nachname", "last_name", "VARCHAR", [b for _, b in people]),
        c("strasse", "street_address", "VARCHAR", g.col(g.pick(v.DE_STREETS))),
        c("hausnr", "street_address", "VARCHAR", g.col(lambda: str(g.rnd.randint(1, 200)) + g.rnd.choice(["", "", "a"]))),
        c("plz", "postal_code", "VARCHAR", [p[1] + g.digits(5 - len(p[1])) for p in places]),
        c("ort", "city", "VARCHAR", [p[0] for p in places]),
        c("telefon", "phone", "VARCHAR", g.phones("DE", {"national": 0.7, "intl": 0.3}, 0.4, 0.2)),
        c("email", "email", "VARCHAR", [v.email_of(g, a, b, v.DOMAINS["de"]) for a, b in people]),
        c("geburtsdatum", "date_of_birth", "VARCHAR", [f"{d:%d.%m.%Y}" if g.rnd.random() < 0.4 else None
                                                      for d in g.births(1935, 2004)], HEAVY),
        c("steuer_id", "national_id", "VARCHAR", g.col(lambda: g.valid(lambda: g.digits(1, "123456789") + g.digits(10),
                                                                       idnr.is_valid), 0.55), HEAVY, CHECK),
        c("iban", "iban", "VARCHAR", g.col(lambda: v.iban(g, "DE", g.rnd.random() < 0.5), 0.1), CHECK),
        c("mandatsreferenz", N, "VARCHAR", g.col(lambda: "SPHH-" + g.digits(8), 0.1), "decoy", SHAPE),
        c("glaeubiger_id", N, "VARCHAR", ["DE98ZZZ09999999999"] * g.rows, "business", SHAPE),
        c("spendenbetrag", N, "DECIMAL(10,2)", g.amounts(5, 500), "decoy"),
        c("spendendatum", N, "DATE", g.days("2025-01-01", "2026-05-31"), "decoy"),
        c("aktionscode", N, "VARCHAR", g.col(g.pick(["WEIHN25", "ELBE-FLUT", "DAUER-26"])), "decoy"),
        c("vereinsregister_nr", N, "VARCHAR", ["VR 21784"] * g.rows, "business", SHAPE),
        c("bemerkung", "free_text", "VARCHAR", g.sparse(lambda: g.rnd.choice([
            "Spende im Gedenken an {n}", "Bitte keine Post mehr", "Quittung an Tochter {n} senden",
            "Dauerauftrag erhöht"]).format(n=v.whole(g, "de")), 0.6, ("", "-", "k.A."))),
        c("sachbearbeiter", "person_name", "VARCHAR", g.col(g.pick(clerks)), STAFF),
    ])


def voedselbank_klanten(g: Gen) -> Table:
    """A Utrecht food bank's clients (Dutch, snake case): BSN, household, income, the referrer (a social worker), the
    intake volunteer (staff), the distribution point and its phone, the food bank's KvK number (``business``), client
    numbers of nine digits failing the BSN check (``none``)."""
    people = [v.person(g, "nl") for _ in range(g.rows)]
    places = [g.rnd.choice(v.NL_PLACES) for _ in range(g.rows)]
    intakers = _staff(g, "nl", 5)
    points = [("Europalaan 212", "030 231 0001"), ("Croeselaan 401", "030 231 0002"), ("Winthontlaan 30", "030 231 0003")]
    point = [g.rnd.choice(points) for _ in range(g.rows)]
    return Table("voedselbank_utrecht.klanten", "nl", "snake", [
        c("klantnummer", N, "VARCHAR", g.col(lambda: v.not_bsn(g)), "decoy", SHAPE),
        c("bsn", "national_id", "VARCHAR", g.col(lambda: v.bsn(g), 0.1), CHECK),
        c("voornaam", "first_name", "VARCHAR", [a for a, _ in people]),
        c("achternaam", "last_name", "VARCHAR", [b for _, b in people]),
        c("geboortedatum", "date_of_birth", "DATE", g.births(1940, 2006)),
        c("adres", "street_address", "VARCHAR", g.col(lambda: v.line(g, v.NL_STREETS, "name_first"))),
        c("postcode", "postal_code", "VARCHAR", [p[1] + g.digits(4 - len(p[1])) + " " + g.code("AA") for p in places]),
        c("woonplaats", "city", "VARCHAR", [p[0] for p in places]),
        c("telefoon", "phone", "VARCHAR", g.phones("NL", {"national": 0.7, "e164": 0.3}, 0.8, 0.05)),
        c("email", "email", "VARCHAR", g.sparse(lambda: v.email(g, "nl", v.DOMAINS["nl"]), 0.8,
                                                ("", "-", "onbekend", "N/A")), NULLWORD),
        c("aantal_volwassenen", N, "INTEGER", g.ints(1, 3), "decoy"),
        c("aantal_kinderen", N, "INTEGER", g.ints(0, 6), "decoy"),
        c("besteedbaar_inkomen", N, "DECIMAL(8,2)", g.amounts(0, 1400), "decoy"),
        c("toelating_tot", N, "DATE", g.days("2026-01-01", "2026-12-31"), "decoy"),
        c("verwijzer", "person_name", "VARCHAR", g.col(lambda: v.whole(g, "nl"), 0.2), ROLE),
        c("intaker", "person_name", "VARCHAR", g.col(g.pick(intakers)), STAFF),
        c("uitgiftepunt_adres", N, "VARCHAR", [p[0] for p in point], "business"),
        c("uitgiftepunt_telefoon", N, "VARCHAR", [p[1] for p in point], "business"),
        c("kvk_nummer", N, "VARCHAR", ["30212345"] * g.rows, "business", SHAPE),
        c("dieetwensen", N, "VARCHAR", g.col(g.pick(["geen", "halal", "vegetarisch", "glutenvrij"])), "decoy"),
        c("opmerkingen", "free_text", "VARCHAR", g.sparse(lambda: g.rnd.choice([
            "Pakket ophalen door buurvrouw {n}", "Schuldhulp loopt via {n}", "Geen vervoer, bezorgen"]).format(
            n=v.whole(g, "nl")), 0.6, ("", "-"))),
    ])


def llum_legados(g: Gen) -> Table:
    """A Valencia foundation's legacy pledges (Spanish, camel case): DNI, the notary (a person outside the
    foundation), the notary's office phone (``business``), the foundation's CIF, gift references shaped like a DNI
    and failing its check letter (``none``), the relationship manager (staff)."""
    from stdnum.es import dni as _dni

    people = [v.person(g, "es") for _ in range(g.rows)]
    places = [g.rnd.choice(v.ES_PLACES) for _ in range(g.rows)]
    managers = _staff(g, "es", 3)
    cif = g.valid(lambda: "G" + g.digits(7) + g.digits(1), _cif.is_valid)
    return Table("fundacion_llum.legados", "es", "camel", [
        c("idLegado", N, "INTEGER", g.keys(1), "decoy", KEY),
        c("nombre", "first_name", "VARCHAR", [a for a, _ in people]),
        c("apellidos", "last_name", "VARCHAR", [f"{b} {v.person(g, 'es')[1]}" for _, b in people]),
        c("dni", "national_id", "VARCHAR", g.col(lambda: v.dni(g), 0.1), CHECK),
        c("fechaNacimiento", "date_of_birth", "VARCHAR", [f"{d:%d/%m/%Y}" for d in g.births(1930, 1975)]),
        c("telefono", "phone", "VARCHAR", g.phones("ES", {"national": 0.7, "intl": 0.3}, 0.5, 0.1)),
        c("correoElectronico", "email", "VARCHAR", [None if g.rnd.random() < 0.4 else
                                                    v.email_of(g, a, b, v.DOMAINS["es"]) for a, b in people]),
        c("domicilio", "street_address", "VARCHAR", g.col(lambda: v.line(g, v.ES_STREETS, "es"))),
        c("codigoPostal", "postal_code", "VARCHAR", [p[1] + g.digits(2) for p in places]),
        c("municipio", "city", "VARCHAR", [p[0] for p in places]),
        c("provincia", N, "VARCHAR", ["Valencia"] * g.rows, "decoy"),
        c("notario", "person_name", "VARCHAR", g.col(lambda: v.whole(g, "es"), 0.3), ROLE),
        c("telefonoNotaria", N, "VARCHAR", g.col(g.pick(["963 52 10 10", "963 94 20 20"]), 0.3), "business"),
        c("tipoLegado", N, "VARCHAR", g.col(g.pick(["Herencia", "Legado dinerario", "Inmueble", "Seguro de vida"])),
          "decoy"),
        c("importeEstimado", N, "DECIMAL(12,2)", g.amounts(1000, 250000, 0.4), "decoy"),
        c("fechaTestamento", N, "DATE", g.days("2005-01-01", "2026-04-30", 0.2), "decoy"),
        c("cifFundacion", N, "VARCHAR", [cif] * g.rows, "business", SHAPE),
        c("codigoCampana", N, "VARCHAR", g.col(g.pick(["LEG-2025", "TESTAMENTO-SOLIDARIO", "LLUM-MAYORES"])),
          "decoy"),
        c("referenciaDonacion", N, "VARCHAR", g.col(lambda: g.invalid(lambda: g.digits(8) + g.code("A"),
                                                                      _dni.is_valid)), "decoy", SHAPE),
        c("observaciones", "free_text", "VARCHAR", g.sparse(lambda: g.rnd.choice([
            "Contactar con su sobrina {n}", "Desea que su legado sea anónimo", "Albacea: {n}",
            "Visita en residencia"]).format(n=v.whole(g, "es")), 0.55, ("", "-", "desconocido"))),
        c("gestor", "person_name", "VARCHAR", g.col(g.pick(managers)), STAFF),
    ])


def stypendia_wnioski(g: Gen) -> Table:
    """A Kraków scholarship foundation's applications (Polish, snake case): PESEL encoding the row's birth date and
    sex, the guardian, the school and its NIP (``business``), application numbers of eleven digits failing the PESEL
    check (``none``), assessors (staff)."""
    females = [g.rnd.random() < 0.5 for _ in range(g.rows)]
    people = [v.person(g, "pl", f) for f in females]
    births = g.births(2004, 2011)
    places = [g.rnd.choice(v.PL_PLACES) for _ in range(g.rows)]
    assessors = _staff(g, "pl", 5)
    schools = [("I LO im. Nowodworskiego", g.valid(lambda: g.digits(10), _nip.is_valid)),
               ("V LO im. Witkowskiego", g.valid(lambda: g.digits(10), _nip.is_valid)),
               ("Technikum Łączności nr 14", g.valid(lambda: g.digits(10), _nip.is_valid))]
    school = [g.rnd.choice(schools) for _ in range(g.rows)]
    return Table("fundacja_stypendia.wnioski", "pl", "snake", [
        c("nr_wniosku", N, "VARCHAR", g.col(lambda: g.invalid(lambda: g.digits(11), _pesel.is_valid)), "decoy",
          SHAPE),
        c("imie", "first_name", "VARCHAR", [a for a, _ in people]),
        c("nazwisko", "last_name", "VARCHAR", [b for _, b in people]),
        c("pesel", "national_id", "VARCHAR", [v.pesel(g, d, f) for d, f in zip(births, females)], CHECK),
        c("data_urodzenia", "date_of_birth", "DATE", births),
        c("telefon", "phone", "VARCHAR", g.phones("PL", {"national": 0.6, "intl": 0.4}, 1.0, 0.05)),
        c("email", "email", "VARCHAR", [v.email_of(g, a, b, v.DOMAINS["pl"]) for a, b in people]),
        c("adres", "street_address", "VARCHAR", g.col(lambda: v.line(g, v.PL_STREETS, "pl"))),
        c("kod_pocztowy", "postal_code", "VARCHAR", [p[1] if "-" in p[1] else f"{p[1]}-{g.digits(3)}"
                                                     for p in places]),
        c("miejscowosc", "city", "VARCHAR", [p[0] for p in places]),
        c("szkola", N, "VARCHAR", [s[0] for s in school], "decoy"),
        c("nip_szkoly", N, "VARCHAR", [s[1] for s in school], "business", SHAPE),
        c("srednia_ocen", N, "DOUBLE", [round(g.rnd.uniform(3.5, 6.0), 2) for _ in range(g.rows)], "decoy"),
        c("dochod_na_osobe", N, "DECIMAL(8,2)", g.amounts(400, 3500), "decoy"),
        c("imie_nazwisko_opiekuna", "person_name", "VARCHAR", g.col(lambda: v.whole(g, "pl"), 0.55), ROLE, HEAVY),
        c("telefon_opiekuna", "phone", "VARCHAR", g.phones("PL", {"national": 1.0}, 1.0, 0.55), HEAVY),
        c("uzasadnienie", "free_text", "VARCHAR", g.col(lambda: g.rnd.choice([
            "Laureat olimpiady matematycznej, wychowywany przez babcię {n}.", "Trudna sytuacja materialna rodziny.",
            "Opiekun prawny: {n}, prośba o kontakt telefoniczny.", "Wolontariat w hospicjum od 2 lat."]).format(
            n=v.whole(g, "pl")), 0.1)),
        c("oceniajacy", "person_name", "VARCHAR", g.col(g.pick(assessors), 0.3), STAFF),
        c("status", N, "VARCHAR", g.col(g.pick(["złożony", "oceniony", "przyznane", "odrzucony"])), "decoy"),
    ])


def osaka_borantia(g: Gen) -> Table:
    """An Osaka NPO's volunteer register (romanized Japanese column names, values in Japanese script): name in kanji
    and its katakana reading, My Number (for stipends, mostly NULL), the NPO's corporate number (``business``),
    emergency contacts, the person in charge (staff)."""
    fams = [g.rnd.choice(v.JA_FAMILY) for _ in range(g.rows)]
    givs = [g.rnd.choice(v.JA_GIVEN) for _ in range(g.rows)]
    places = [g.rnd.choice(v.JA_PLACES) for _ in range(g.rows)]
    leads = sorted({f"{g.rnd.choice(v.JA_FAMILY)[0]} {g.rnd.choice(v.JA_GIVEN)[0]}" for _ in range(4)})
    corp = g.valid(lambda: g.digits(13), _jcn.is_valid)
    return Table("borantia_osaka.touroku", "ja", "snake", [
        c("touroku_bangou", N, "VARCHAR", [f"V{i:06d}" for i in g.keys(1)], "decoy", KEY),
        c("shimei", "person_name", "VARCHAR", [f"{f[0]} {gv[0]}" for f, gv in zip(fams, givs)]),
        c("furigana", "person_name", "VARCHAR", [f"{f[1]} {gv[1]}" for f, gv in zip(fams, givs)]),
        c("seinengappi", "date_of_birth", "VARCHAR", [f"{d.year}年{d.month:02d}月{d.day:02d}日"
                                                     for d in g.births(1945, 2007)]),
        c("denwa_bangou", "phone", "VARCHAR", g.phones("JP", {"national": 1.0}, 0.3, 0.2)),
        c("keitai_bangou", "phone", "VARCHAR", g.phones("JP", {"national": 0.8, "digits": 0.2}, 1.0, 0.15)),
        c("meeru", "email", "VARCHAR", g.col(lambda: g.code("xxxxxxxx").replace("0", "k") + "@"
                                             + g.rnd.choice(v.DOMAINS["ja"]), 0.25)),
        c("yuubin_bangou", "postal_code", "VARCHAR", [f"{p[2]}-{g.digits(4)}" for p in places]),
        c("shikuchouson", "city", "VARCHAR", [p[0] for p in places]),
        c("juusho", "street_address", "VARCHAR", [p[1] + v.line(g, v.JA_STREETS, "ja") for p in places]),
        c("katsudou_bunya", N, "VARCHAR", g.col(g.pick(["子ども食堂", "災害支援", "高齢者見守り", "清掃活動"])), "decoy"),
        c("hoken_kanyuu", N, "BOOLEAN", g.yn(True, False, 0.8), "decoy"),
        c("kojin_bangou", "national_id", "VARCHAR", g.col(lambda: v.my_number(g), 0.85), HEAVY, CHECK),
        c("houjin_bangou", N, "VARCHAR", [corp] * g.rows, "business", SHAPE),
        c("kinkyuu_renrakusaki", "person_name", "VARCHAR", g.col(lambda: f"{g.rnd.choice(v.JA_FAMILY)[0]} "
                                                                 f"{g.rnd.choice(v.JA_GIVEN)[0]}", 0.2), ROLE),
        c("bikou", "free_text", "VARCHAR", g.sparse(lambda: g.rnd.choice([
            "土曜日のみ参加可能", "{n}さんの紹介", "腰痛のため重い物は不可", "緊急時は{n}さんへ連絡"]).format(
            n=g.rnd.choice(v.JA_FAMILY)[0]), 0.6, ("", "なし"))),
        c("tantousha", "person_name", "VARCHAR", g.col(g.pick(leads)), STAFF),
        c("touroku_bi", N, "DATE", g.days("2018-04-01", "2026-05-31"), "decoy"),
    ])


def masjid_infaq(g: Gen) -> Table:
    """A Kuala Lumpur mosque's giving records (Malay, snake case): MyKad numbers encoding the row's birth date,
    zakat, infaq and wakaf gifts, receipt numbers of twelve digits that are no valid MyKad (``none``), the treasurer
    (staff), a bank account number (``unclassified``), the mosque's registration and bank account (``business``)."""
    people = [v.person(g, "ms") for _ in range(g.rows)]
    births = g.births(1950, 2004)
    places = [g.rnd.choice(v.MY_PLACES) for _ in range(g.rows)]
    treasurers = _staff(g, "ms", 3)
    return Table("masjid_al_ikhlas.rekod_infaq", "ms", "snake", [
        c("no_ahli", N, "INTEGER", g.keys(1), "decoy", KEY),
        c("nama_penuh", "person_name", "VARCHAR", [f"{a} {b}" for a, b in people]),
        c("no_kp", "national_id", "VARCHAR", [v.my_nric(g, d) if g.rnd.random() < 0.85 else None for d in births],
          CHECK),
        c("tarikh_lahir", "date_of_birth", "DATE", births),
        c("no_telefon", "phone", "VARCHAR", g.phones("MY", {"national": 0.7, "e164": 0.3})),
        c("emel", "email", "VARCHAR", [None if g.rnd.random() < 0.6 else v.email_of(g, a, b, v.DOMAINS["ms"])
                                       for a, b in people], HEAVY),
        c("alamat", "street_address", "VARCHAR", g.col(lambda: f"No. {g.rnd.randint(1, 90)}, "
                                                       f"{g.rnd.choice(v.MY_STREETS)}")),
        c("poskod", "postal_code", "VARCHAR", [p[1] + g.digits(5 - len(p[1])) for p in places]),
        c("bandar", "city", "VARCHAR", [p[0] for p in places]),
        c("negeri", N, "VARCHAR", g.col(g.pick(["Selangor", "W.P. Kuala Lumpur"])), "decoy"),
        c("jenis_sumbangan", N, "VARCHAR", g.col(g.pick(["Infaq", "Zakat Fitrah", "Wakaf", "Sedekah Jumaat"])),
          "decoy"),
        c("jumlah_rm", N, "DECIMAL(10,2)", g.amounts(5, 2000), "decoy"),
        c("no_resit", N, "VARCHAR", g.col(lambda: g.invalid(lambda: "99" + g.digits(10), _nric.is_valid)), "decoy", SHAPE),
        c("tarikh_sumbangan", N, "DATE", g.days("2025-01-01", "2026-05-31"), "decoy"),
        c("bendahari", "person_name", "VARCHAR", g.col(g.pick(treasurers)), STAFF),
        c("no_akaun_bank", REVIEW, "VARCHAR", g.col(lambda: "1" + g.digits(11), 0.6), BANK, HEAVY),
        c("akaun_masjid", N, "VARCHAR", ["5621 0300 1234"] * g.rows, "business"),
        c("no_pendaftaran_ros", N, "VARCHAR", ["PPM-017-14-12031998"] * g.rows, "business", SHAPE),
        c("catatan", "free_text", "VARCHAR", g.sparse(lambda: g.rnd.choice([
            "Sumbangan atas nama arwah {n}", "Wakil: {n}", "Bayar melalui FPX"]).format(n=v.whole(g, "ms")), 0.6,
            ("", "-", "tiada"))),
    ])


def tetto_sostenitori(g: Gen) -> Table:
    """A Turin shelter charity's supporters (Italian, camel case): codice fiscale encoding the row's name, birth date
    and comune, SEPA direct debits (IBAN, mandate), the charity's own fiscal code (``business``), ``campoLibero2`` (a
    phone, an e-mail or a name by row), the operator (staff)."""
    females = [g.rnd.random() < 0.5 for _ in range(g.rows)]
    people = [v.person(g, "it", f) for f in females]
    births = g.births(1940, 2004)
    comuni = [("Torino", "L219"), ("Asti", "A479"), ("Pinerolo", "G674"), ("Chieri", "C627")]
    born_in = [g.rnd.choice(comuni) for _ in range(g.rows)]
    places = [g.rnd.choice(v.IT_PLACES) for _ in range(g.rows)]
    ops = _staff(g, "it", 4)
    piva = g.valid(lambda: "97" + g.digits(9), _iva.is_valid)
    return Table("onlus_tetto.sostenitori", "it", "camel", [
        c("idSostenitore", N, "INTEGER", g.keys(1), "decoy", KEY),
        c("nome", "first_name", "VARCHAR", [a for a, _ in people]),
        c("cognome", "last_name", "VARCHAR", [b for _, b in people]),
        c("codiceFiscale", "national_id", "VARCHAR", [v.codice_fiscale(a, b, d, f, bi[1]) for (a, b), d, f, bi
                                                      in zip(people, births, females, born_in)], CHECK),
        c("dataNascita", "date_of_birth", "DATE", births),
        c("luogoNascita", "city", "VARCHAR", [bi[0] for bi in born_in]),
        c("indirizzo", "street_address", "VARCHAR", g.col(lambda: f"{g.rnd.choice(v.IT_STREETS)} "
                                                          f"{g.rnd.randint(1, 150)}")),
        c("cap", "postal_code", "VARCHAR", [p[1] if len(p[1]) == 5 else p[1] + g.digits(2) for p in places]),
        c("comune", "city", "VARCHAR", [p[0] for p in places]),
        c("provincia", N, "VARCHAR", g.col(g.pick(["TO", "AT"])), "decoy"),
        c("telefono", "phone", "VARCHAR", g.phones("IT", {"national": 1.0}, 0.0, 0.4)),
        c("cellulare", "phone", "VARCHAR", g.phones("IT", {"national": 0.6, "intl": 0.4}, 1.0, 0.2)),
        c("email", "email", "VARCHAR", [v.email_of(g, a, b, v.DOMAINS["it"]) for a, b in people]),
        c("ibanAddebito", "iban", "VARCHAR", g.col(lambda: v.iban(g, "IT"), 0.3), CHECK),
        c("mandatoSdd", N, "VARCHAR", g.col(lambda: "TETTO" + g.digits(10), 0.3), "decoy", SHAPE),
        c("importoMensile", N, "DECIMAL(8,2)", g.amounts(5, 100), "decoy"),
        c("dataAdesione", N, "DATE", g.days("2010-01-01", "2026-05-31"), "decoy"),
        c("codiceFiscaleOnlus", N, "VARCHAR", [piva] * g.rows, "business", SHAPE),
        c("campoLibero2", "free_text", "VARCHAR", _mixed(g, "IT", "it", 0.3), MIXED, OPAQUE),
        c("note", "free_text", "VARCHAR", g.sparse(lambda: g.rnd.choice([
            "Donazione in memoria di {n}", "Non chiamare il sabato", "Referente: nipote {n}"]).format(
            n=v.whole(g, "it")), 0.6, ("", "-", "non noto"))),
        c("operatore", "person_name", "VARCHAR", g.col(g.pick(ops)), STAFF),
    ])


BUILDERS: list[tuple[Callable[[Gen], Table], int]] = [
    (moorside_supporters, 1_200), (glenmore_volunteers, 450), (tumaini_grants, 380), (run_for_recovery, 900),
    (dialgood_calls, 1_400), (stmarks_giving, 700), (hospice_lottery, 800), (crowdfund_staging, 1_000),
    (hh_spender, 900), (voedselbank_klanten, 500), (llum_legados, 260), (stypendia_wnioski, 420),
    (osaka_borantia, 300), (masjid_infaq, 600), (tetto_sostenitori, 650),
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
