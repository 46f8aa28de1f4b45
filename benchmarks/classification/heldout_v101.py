"""Held-out set v101 for the column classifier: 15 tables of *direct marketing, lead generation, data brokers,
mailing houses and list management* (purchased lead files, suppression and exclusion lists, a mail-merge extract, a
telesales call list, competition entries, a change-of-address return, a data-append vendor's return, a consent and
preference centre, rented addresses, a print-and-post file, loan leads, forwarding notices, message consents and a
catalogue mailing), one system per table and each a different organisation, eight with English column names and
seven in other languages:

* ``leadvault.purchased_leads``: a Phoenix lead vendor's auto-insurance leads (snake case, TrustedForm URLs, policy
  numbers shaped like SSNs failing the check, a co-applicant, the buying agencies' names and phones, ``misc_1``);
* ``ListHygiene.DoNotContactMaster``: a Kelowna list manager's suppression file (Pascal case, an e-mail and its
  SHA-256, account references failing the SIN's Luhn check, the person who asked on someone's behalf, ``Udf2``);
* ``printhouse.mergeExtract``: a Kettering print-and-post house's mail-merge extract (camel case, job numbers, DPS and
  Mailsort codes, a direct-debit IBAN and its account holder, the clients' names and switchboards);
* ``TELESALES_NSW.CALL_LIST_WK47``: a Parramatta call centre's telesales list (SCREAMING case, TFN, member numbers
  failing the TFN check, card numbers of sales, a spouse, agents, retailers' ABNs, ``CUSTOM_FIELD_3``);
* ``promo_entries.sms_comp_2025``: a Durban retailer's SMS competition entries (abbreviated: ``ent_fnm``,
  ``ent_idno``, ``ent_cell``; South African ID numbers encoding the birth date, till receipts of 13 digits failing
  the ID check, social handles, ``usr_fld_2``);
* ``NCOALEG.COA_RETURN_EXTRACT``: a Tucson mailing house's change-of-address return for a collections client (COBOL:
  padded CHAR, ``YYYYMMDD`` integers, SSN, phone and ZIP as numbers with 0 for missing, old and new addresses,
  ``COA-USER-FLD-1``);
* ``stg_append.vendor_return_raw``: a Bengaluru data-append vendor's return as an opaque staging table (``col01`` to
  ``col18``: PAN, employers' GSTINs, match scores, hashes, invoice numbers);
* ``donorcare.consent_preferences``: a Cork charity's consent and preference centre export (headers with spaces:
  ``First Name``, ``PPSN``, ``Eircode``, ``Capture IP``, ``CHY Number``);
* ``adressverlag.kaufadressen_lieferung``: an Osnabrück address publisher's delivery of rented addresses to a lottery
  syndicate (German; IBAN and ``kontoinhaber``, micro-geographic cells, ``freifeld_2``);
* ``ROUTAGE69.RTMUTP``: a Lyon mailing house's AS/400 file for a mutual insurer's statements (French, legacy: ``RT``
  prefix, ``CYYMMDD`` decimals, NIR, phone and postcode as decimals, the insurer's SIRET, ``RTUDF1``);
* ``listaRobinson.exclusiones``: a Bilbao advertising-exclusion list (Spanish, camel case, DNI, customer references
  shaped like a DNI with a wrong letter, ``campoLibre3``);
* ``leady_pl.rekordy_zakupione``: a Poznań lead generator's loan leads (Polish, PESEL encoding the birth date, order
  numbers of 11 digits failing the PESEL check, an IBAN, suppliers' NIPs, ``pole_dodatkowe_1``);
* ``VerhuisService.Verhuisberichten``: a Utrecht forwarding service's change-of-address notices to a pension fund
  (Dutch, Pascal case, BSN, customer numbers failing the eleven-test, old and new addresses, an authorised
  representative, ``VrijVeld2``);
* ``iys_entegrasyon.ileti_onaylari``: an Istanbul retailer's commercial-message consents (Turkish, T.C. kimlik no,
  transaction numbers failing its check, the brand's VKN, ``serbest_alan_2``);
* ``рассылка_дм.получатели_каталога``: a Kazan mail-order catalogue's mailing recipients (Russian: Cyrillic column
  names and values, a patronymic, a personal INN, the shop's company INN, Russian Post tracking numbers,
  ``доп_поле_1``).

Written **blind**, like v2 to v98: by someone who has read neither the classifier (``governance_dagster/detect/``) nor
its documentation, tests, changelog or notes, only the list of kind names (``governance_dagster/kinds.py``), how the
scorer registers a set (``heldout_v2_accuracy.py``), the structure and labeling conventions of v27 and v98 (their
modules, their tests and ``tests/heldout_support.py``), the module docstrings of v24 to v98 (to avoid their domains;
v54 had marketing and events, so no table here repeats its audience exports, surveys, event attendees or list rental
file) and the ``Column``/``Table`` classes and writer of v2 and v4. The classifier was not run on this set while it
was written, no scorer was run on it, and no score was looked at. It was written under a short deadline (30 minutes,
the tests and lint included), so some labels are quick decisions rather than settled conventions.

Labeling choices a reader may question:

* a US SSN, an Irish PPSN and a French NIR are ``ssn``; an Australian TFN, a South African ID number, an Indian PAN, a
  Spanish DNI, a PESEL, a BSN, a T.C. kimlik no and a Russian personal INN (12 digits) are ``national_id`` (tax and
  citizen numbers);
* the shop's 10-digit company INN, an ABN, a GSTIN, a SIRET, a NIP, a VKN and a charity's CHY number are ``none`` (tag
  ``business``), as are lead buyers', mail clients', stores' and suppliers' names and phones;
* policy, member, receipt, order, transaction, customer and account reference numbers shaped like an SSN, a SIN, a
  TFN, a South African ID, a DNI, a PESEL, a BSN or a T.C. kimlik no and failing its check are ``none`` (tags
  ``decoy``, ``value_shape``);
* an e-mail's SHA-256 kept for suppression matching and a vendor's record hash are ``none`` (tag ``hashed``): a hash
  is a pseudonym, not the value;
* a Russian patronymic (``отчество``) is ``first_name`` (it is a given-name part, not a family name); an address's
  second line (``addressLine2``, ``RTADR2``: flat, building, locality, "chez Mme ...") is ``street_address``; both
  old and new addresses of a mover are personal;
* a direct-debit account holder, a co-applicant, a spouse, a referred friend, a person asking on someone's behalf,
  an authorised representative and a contact person are personal (tag ``role_word``); call-centre agents, operators,
  fundraisers, proof-readers, QA reviewers, competition moderators, lead owners, case handlers, representatives and
  list staff are ``person_name`` (tag ``staff``);
* opaque custom fields holding, by row, a phone, an e-mail or a name are ``free_text`` (tag ``custom_field``); a
  competition entrant's social handle is ``unclassified`` (tag ``username``);
* numeric dates of birth (``YYYYMMDD``, ``CYYMMDD``) and text dates (``DD/MM/YYYY``, ``DD-MM-YYYY``) are
  ``date_of_birth``; consent, move, mailing, call and processing dates are ``none``; a card's expiry is ``none``;
* a US state, a Canadian province, an Irish county, a Spanish provincia, a Polish województwo and a Turkish il are
  ``none``; an Australian suburb, a Turkish ilçe and a Russian город are ``city``; titles and salutations are
  ``none``.

Every value is generated here from :data:`SEED` (one ``random.Random`` per table, named after its builder) with
python-stdnum for check digits, phonenumbers for phone validity and formats, and the lists of
:mod:`benchmarks.classification.heldout_v101_values`, written for v101 (no Faker, no list of real people, no breach
data). Build: ``python -m benchmarks.classification.heldout_v101 [PATH]`` (default ``/tmp/heldout_v101.duckdb``).
Score: ``python -m benchmarks.classification.heldout_v2_accuracy --set v101``.
"""
from __future__ import annotations

import sys
from collections.abc import Callable
from datetime import date
from pathlib import Path

from benchmarks.classification import heldout_v4
from benchmarks.classification import heldout_v101_values as v
from benchmarks.classification.heldout_v2 import Column, Table
from benchmarks.classification.heldout_v101_values import NULLISH, SEED, USERNAME, Gen, N, c

__all__ = ["BUILDERS", "DEFAULT_PATH", "NULLISH", "SEED", "USERNAME", "Column", "Gen", "Table", "build", "labels",
           "summary", "tables"]

DEFAULT_PATH = Path("/tmp/heldout_v101.duckdb")

NULLWORD = "nullword_heavy"  # 70-95% NULL words
HEAVY = "null_heavy"  # 50-95% NULL
SHAPE = "value_shape"
STAFF = "staff"  # agents, fundraisers, operators, proof-readers (few distinct)
ROLE = "role_word"  # a role word (account holder, spouse, referred friend, contact person ...) holding people
ABBREV = "abbrev"
KEY = "join_key"
LEGACY = "legacy"
OPAQUE = "opaque"
CUSTOM = "custom_field"  # an opaque custom field holding, by row, a phone, an e-mail or a name (free_text)
HASH = "hashed"  # a hash of a personal value used for matching (none)


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
            return v.email_of(g, *v.person(g, lang), v.DOMAINS[lang])
        return v.whole(g, lang)
    return g.col(one, null)


def _pad(values: list, width: int) -> list:
    return [None if x is None else f"{str(x)[:width]:<{width}}" for x in values]


def _ymd(d: date | None) -> int:
    return 0 if d is None else d.year * 10_000 + d.month * 100 + d.day


def _cyymmdd(d: date | None) -> int:
    return 0 if d is None else (d.year // 100 - 19) * 1_000_000 + (d.year % 100) * 10_000 + d.month * 100 + d.day


def _maybe(g: Gen, values: list, null: float) -> list:
    return [None if g.rnd.random() < null else x for x in values]


# -- English-named tables ----------------------------------------------------------------------------------------------


def us_purchased_leads(g: Gen) -> Table:
    """A Phoenix lead vendor's auto-insurance leads sold on to agencies (snake case)."""
    pairs = [v.person(g) for _ in range(g.rows)]
    places = [g.rnd.choice(v.US_CITIES) for _ in range(g.rows)]
    buyers = [(name, g.phone("US", "national", False)) for name in v.LEAD_BUYERS]
    buyer = [g.rnd.randrange(len(buyers)) for _ in range(g.rows)]
    staff = _staff(g, 3, "us")

    def note() -> str:
        return g.rnd.choice([f"Spouse {v.given(g)} also drives, add to quote", "Wants call after 5pm",
                             "Currently with Progressive, renews in March", f"Referred by neighbor {v.whole(g)}",
                             "Duplicate of earlier lead"])

    return Table("leadvault.purchased_leads", "en", "snake", [
        c("lead_id", N, "BIGINT", g.keys(7_000_001), "decoy", KEY),
        c("vendor_lead_uuid", N, "VARCHAR", g.col(g.uuid), "decoy", SHAPE),
        c("campaign_code", N, "VARCHAR", g.col(g.pick(["AZ-AUTO-Q4", "TX-AUTO-Q4", "AZ-HOME-BUNDLE"])), "decoy"),
        c("first_name", "first_name", "VARCHAR", [a for a, _ in pairs]),
        c("last_name", "last_name", "VARCHAR", [b for _, b in pairs]),
        c("email", "email", "VARCHAR", [v.email_of(g, a, b, v.DOMAINS["us"]) for a, b in pairs]),
        c("phone_primary", "phone", "VARCHAR", g.phones("US", {"dashes": 0.5, "national": 0.3, "digits": 0.2}, 0.8)),
        c("phone_alt", "phone", "VARCHAR", g.phones("US", {"dashes": 1.0}, 0.5, 0.7), HEAVY),
        c("dob", "date_of_birth", "DATE", _maybe(g, g.births(1945, 2006), 0.3)),
        c("street_address", "street_address", "VARCHAR", g.col(lambda: v.street(g, v.US_STREETS), 0.05)),
        c("city", "city", "VARCHAR", [p[0] for p in places]),
        c("state", N, "VARCHAR", [p[1] for p in places], "decoy"),
        c("zip", "postal_code", "VARCHAR", [p[2] + g.digits(2) for p in places]),
        c("ip_address", "ip_address", "VARCHAR", g.col(lambda: g.ip(0.2), 0.1)),
        c("trustedform_cert_url", N, "VARCHAR",
          g.col(lambda: "https://cert.trustedform.example.com/" + g.code("x" * 40), 0.2), "decoy"),
        c("policy_number", N, "VARCHAR", g.col(lambda: v.us_ssn_decoy(g), 0.4), "decoy", SHAPE),
        c("tcpa_consent_at", N, "TIMESTAMP", g.moments("2025-09-01", "2025-11-30"), "decoy"),
        c("co_applicant_name", "person_name", "VARCHAR", g.col(lambda: v.whole(g), 0.75), ROLE, HEAVY),
        c("sold_to", N, "VARCHAR", [buyers[i][0] for i in buyer], "business"),
        c("buyer_phone", N, "VARCHAR", [buyers[i][1] for i in buyer], "business"),
        c("price_usd", N, "DOUBLE", g.amounts(4, 38), "decoy"),
        c("qa_reviewer", "person_name", "VARCHAR", g.col(g.pick(staff), 0.5), STAFF),
        c("misc_1", "free_text", "VARCHAR", _custom(g, "US", "us"), CUSTOM),
        c("lead_notes", "free_text", "VARCHAR", g.sparse(note, 0.78, _words()), NULLWORD),
    ])


def ca_suppression(g: Gen) -> Table:
    """A Kelowna list manager's do-not-contact master file (Pascal case)."""
    pairs = [v.person(g, "ca") for _ in range(g.rows)]
    places = [g.rnd.choice(v.CA_CITIES) for _ in range(g.rows)]
    staff = _staff(g, 5, "ca")
    mails = [None if g.rnd.random() < 0.35 else v.email_of(g, a, b, v.DOMAINS["ca"]) for a, b in pairs]

    def note() -> str:
        return g.rnd.choice([f"Caller said mother {v.whole(g, 'ca')} passed away, remove all", "Unsubscribed via link",
                             "CASL complaint forwarded by CRTC", f"Son {v.given(g, 'ca')} called on her behalf"])

    return Table("ListHygiene.DoNotContactMaster", "en", "pascal", [
        c("SuppressionId", N, "BIGINT", g.keys(300_001), "decoy", KEY),
        c("EmailAddress", "email", "VARCHAR", mails),
        c("EmailSha256", N, "VARCHAR", [None if m is None else g.sha256() for m in mails], "decoy", SHAPE, HASH),
        c("PhoneNumber", "phone", "VARCHAR", g.phones("CA", {"national": 0.5, "dashes": 0.3, "e164": 0.2}, 0.6, 0.2)),
        c("FullName", "person_name", "VARCHAR", [f"{a} {b}" for a, b in pairs]),
        c("City", "city", "VARCHAR", [p[0] for p in places]),
        c("PostalCode", "postal_code", "VARCHAR", [f"{p[1]} {g.code('9A9')}" for p in places]),
        c("Province", N, "VARCHAR", g.col(g.pick(["BC", "AB", "SK"])), "decoy"),
        c("ReasonCode", N, "VARCHAR", g.col(g.pick(["UNSUB", "DECEASED", "COMPLAINT", "BOUNCE", "DNCL"])), "decoy"),
        c("SourceListName", N, "VARCHAR", g.col(g.pick(["Okanagan Outdoor Co-op", "Prairie Seed Catalogue",
                                                        "CanWest Donors 2024"])), "business"),
        c("ClientAccountRef", N, "VARCHAR", g.col(lambda: v.luhn_decoy(g, 9), 0.3), "decoy", SHAPE),
        c("RequestReceivedOn", N, "DATE", g.days("2019-01-01", "2025-11-30"), "decoy"),
        c("CaslExpiryDate", N, "DATE", g.days("2026-01-01", "2028-12-31", 0.4), "decoy"),
        c("RequestedOnBehalfOf", "person_name", "VARCHAR", g.col(lambda: v.whole(g, "ca"), 0.8), ROLE, HEAVY),
        c("AddedByAgent", "person_name", "VARCHAR", g.col(g.pick(staff)), STAFF),
        c("Udf2", "free_text", "VARCHAR", _custom(g, "CA", "ca"), CUSTOM),
        c("RequestNote", "free_text", "VARCHAR", g.sparse(note, 0.75, _words()), NULLWORD),
    ])


def gb_mail_merge(g: Gen) -> Table:
    """A Kettering print-and-post house's mail-merge extract for clients' appeals and statements (camel case)."""
    pairs = [v.person(g, "gb") for _ in range(g.rows)]
    places = [g.rnd.choice(v.GB_CITIES) for _ in range(g.rows)]
    clients = [(name, g.phone("GB", "national", False)) for name in v.MAIL_CLIENTS]
    client = [g.rnd.randrange(len(clients)) for _ in range(g.rows)]
    staff = _staff(g, 3, "gb")
    debit = [g.rnd.random() < 0.45 for _ in range(g.rows)]

    def ps() -> str:
        return g.rnd.choice([f"P.S. {v.given(g, 'gb')}, your gift last spring funded a night nurse",
                             "P.S. Reply by 30 November", f"P.S. Remembering {v.whole(g, 'gb')} with you"])

    return Table("printhouse.mergeExtract", "en", "camel", [
        c("jobNumber", N, "VARCHAR", g.col(lambda: g.code("J25-9999")), "decoy", SHAPE),
        c("recordSeq", N, "INTEGER", g.keys(1), "decoy", KEY),
        c("clientName", N, "VARCHAR", [clients[i][0] for i in client], "business"),
        c("clientPhone", N, "VARCHAR", [clients[i][1] for i in client], "business"),
        c("salutation", N, "VARCHAR", g.col(g.pick(["Mr", "Mrs", "Ms", "Miss", "Dr", "Mx"])), "decoy"),
        c("forename", "first_name", "VARCHAR", [a for a, _ in pairs]),
        c("surname", "last_name", "VARCHAR", [b for _, b in pairs]),
        c("addressLine1", "street_address", "VARCHAR", g.col(lambda: v.street(g, v.GB_STREETS, "gb"))),
        c("addressLine2", "street_address", "VARCHAR", g.col(g.pick(["Flat 2", "The Old Rectory", "Barton Seagrave",
                                                                    "Burton Latimer", "Unit 4"]), 0.65), HEAVY),
        c("postTown", "city", "VARCHAR", [p[0] for p in places]),
        c("postcode", "postal_code", "VARCHAR", [f"{p[1]} {g.code('9AA')}" for p in places]),
        c("dps", N, "VARCHAR", g.col(lambda: g.code("9A")), "decoy"),
        c("mailsortSelection", N, "VARCHAR", g.col(lambda: g.code("99999")), "decoy"),
        c("dateOfBirth", "date_of_birth", "DATE", _maybe(g, g.births(1930, 1990), 0.6), HEAVY),
        c("ddIban", "iban", "VARCHAR", [v.iban(g, "GB") if d else None for d in debit], HEAVY),
        c("ddAccountHolder", "person_name", "VARCHAR", [v.whole(g, "gb") if d else None for d in debit], ROLE, HEAVY),
        c("letterVersion", N, "VARCHAR", g.col(g.version), "decoy"),
        c("proofedBy", "person_name", "VARCHAR", g.col(g.pick(staff)), STAFF),
        c("personalisedPs", "free_text", "VARCHAR", g.sparse(ps, 0.72, _words()), NULLWORD),
    ])


def au_telesales(g: Gen) -> Table:
    """A Parramatta outbound call centre's super consolidation and magazine telesales call list (SCREAMING case)."""
    pairs = [v.person(g, "au") for _ in range(g.rows)]
    places = [g.rnd.choice(v.AU_CITIES) for _ in range(g.rows)]
    staff = _staff(g, 7, "au")
    retailers = [("Harbourside Super Pty Ltd", v.abn(g)), ("Koala Reads Subscriptions", v.abn(g))]
    retailer = [g.rnd.randrange(len(retailers)) for _ in range(g.rows)]
    sold = [g.rnd.random() < 0.3 for _ in range(g.rows)]

    def dob() -> str:
        d = g.birth(1950, 2000)
        return f"{d.day:02d}/{d.month:02d}/{d.year}"

    def note() -> str:
        return g.rnd.choice([f"Wife {v.given(g, 'au')} answered, call back Tue", "Hung up", "Already consolidated",
                             f"Asked for {v.whole(g, 'au')} instead", "Wrong number"])

    return Table("TELESALES_NSW.CALL_LIST_WK47", "en", "screaming", [
        c("CALL_LIST_ID", N, "BIGINT", g.keys(470_001), "decoy", KEY),
        c("CUSTOMER_FIRST_NAME", "first_name", "VARCHAR", [a for a, _ in pairs]),
        c("CUSTOMER_SURNAME", "last_name", "VARCHAR", [b for _, b in pairs]),
        c("MOBILE_NUMBER", "phone", "VARCHAR", g.phones("AU", {"national": 0.6, "e164": 0.2, "intl": 0.2}, 1.0, 0.1)),
        c("HOME_PHONE", "phone", "VARCHAR", g.phones("AU", {"national": 1.0}, 0.0, 0.65), HEAVY),
        c("DNCR_WASH_RESULT", N, "VARCHAR", g.col(g.pick(["CLEAN", "CLEAN", "REGISTERED", "EXEMPT"])), "decoy"),
        c("DATE_OF_BIRTH", "date_of_birth", "VARCHAR", g.col(dob, 0.2)),
        c("STREET_ADDRESS", "street_address", "VARCHAR", g.col(lambda: v.street(g, v.AU_STREETS, "au"))),
        c("SUBURB", "city", "VARCHAR", [p[0] for p in places]),
        c("STATE", N, "VARCHAR", [p[1] for p in places], "decoy"),
        c("POSTCODE", "postal_code", "VARCHAR", [p[2] for p in places]),
        c("TFN", "national_id", "VARCHAR", g.col(lambda: v.tfn(g), 0.7), HEAVY),
        c("MEMBER_NUMBER", N, "VARCHAR", g.col(lambda: v.tfn_decoy(g), 0.3), "decoy", SHAPE),
        c("SPOUSE_NAME", "person_name", "VARCHAR", g.col(lambda: v.whole(g, "au"), 0.7), ROLE, HEAVY),
        c("CARD_NUMBER", "credit_card", "VARCHAR", [v.card(g) if s else None for s in sold], HEAVY),
        c("CARD_EXPIRY", N, "VARCHAR", [f"{g.rnd.randint(1, 12):02d}/{g.rnd.randint(26, 30)}" if s else None
                                        for s in sold], "decoy"),
        c("AGENT_NAME", "person_name", "VARCHAR", g.col(g.pick(staff)), STAFF),
        c("CALL_OUTCOME", N, "VARCHAR", g.col(g.pick(["SALE", "NO_ANSWER", "CALLBACK", "NOT_INTERESTED", "DNC"])),
          "decoy"),
        c("CALL_START", N, "TIMESTAMP", g.moments("2025-11-17", "2025-11-23"), "decoy"),
        c("RETAILER_ABN", N, "VARCHAR", [retailers[i][1] for i in retailer], "business", SHAPE),
        c("CUSTOM_FIELD_3", "free_text", "VARCHAR", _custom(g, "AU", "au"), CUSTOM),
        c("CALLBACK_NOTES", "free_text", "VARCHAR", g.sparse(note, 0.74, _words()), NULLWORD),
    ])


def za_sweepstakes(g: Gen) -> Table:
    """A Durban retailer's SMS competition entries (abbreviated snake case)."""
    rows = []
    for _ in range(g.rows):
        female = g.rnd.random() < 0.5
        a, b = v.person(g, "za", female)
        born = g.birth(1955, 2006)
        rows.append((a, b, born, v.za_id(g, born, female)))
    places = [g.rnd.choice(v.ZA_CITIES) for _ in range(g.rows)]
    stores = [("FreshMart Musgrave", g.phone("ZA", "national", False)),
              ("FreshMart Gateway", g.phone("ZA", "national", False)),
              ("FreshMart Ballito Junction", g.phone("ZA", "national", False))]
    store = [g.rnd.randrange(len(stores)) for _ in range(g.rows)]
    social = [g.rnd.random() < 0.35 for _ in range(g.rows)]
    staff = _staff(g, 4, "za")

    def note() -> str:
        return g.rnd.choice(["Duplicate entry, same receipt", f"Winner collected, ID checked by {v.whole(g, 'za')}",
                             "Receipt unreadable", f"Entered for her gogo {v.given(g, 'za')}"])

    return Table("promo_entries.sms_comp_2025", "en", "abbrev", [
        c("ent_id", N, "BIGINT", g.keys(1), "decoy", KEY),
        c("ent_fnm", "first_name", "VARCHAR", [r[0] for r in rows], ABBREV),
        c("ent_snm", "last_name", "VARCHAR", [r[1] for r in rows], ABBREV),
        c("ent_idno", "national_id", "VARCHAR", [r[3] if g.rnd.random() < 0.7 else None for r in rows], ABBREV),
        c("ent_dob", "date_of_birth", "DATE", [r[2] for r in rows], ABBREV),
        c("ent_cell", "phone", "VARCHAR", g.phones("ZA", {"national": 0.6, "e164": 0.4}, 1.0), ABBREV),
        c("ent_eml", "email", "VARCHAR", [None if g.rnd.random() < 0.55 else v.email_of(g, r[0], r[1],
                                                                                         v.DOMAINS["za"])
                                          for r in rows], ABBREV, HEAVY),
        c("ent_addr", "street_address", "VARCHAR", g.col(lambda: v.street(g, v.ZA_STREETS, "za"), 0.2), ABBREV),
        c("ent_city", "city", "VARCHAR", [p[0] for p in places], ABBREV),
        c("ent_pcode", "postal_code", "VARCHAR", [p[1] for p in places], ABBREV),
        c("rcpt_no", N, "VARCHAR", g.col(lambda: v.za_id_decoy(g)), "decoy", SHAPE),
        c("str_nm", N, "VARCHAR", [stores[i][0] for i in store], "business"),
        c("str_tel", N, "VARCHAR", [stores[i][1] for i in store], "business"),
        c("prz_cd", N, "VARCHAR", g.col(g.pick(["GRC500", "AIRTIME50", "TV55", "NONE"])), "decoy"),
        c("win_flg", N, "BOOLEAN", g.yn(True, False, 0.02), "decoy"),
        c("ent_ts", N, "TIMESTAMP", g.moments("2025-10-01", "2025-10-31"), "decoy"),
        c("ent_ip", "ip_address", "VARCHAR", g.col(lambda: g.ip(0.1), 0.3), ABBREV),
        c("soc_hndl", USERNAME, "VARCHAR", [v.handle(g, r[0], r[1]) if s else None for r, s in zip(rows, social,
                                                                                                    strict=True)],
          "username", HEAVY),
        c("ref_frnd_nm", "person_name", "VARCHAR", g.col(lambda: v.whole(g, "za"), 0.75), ROLE, ABBREV, HEAVY),
        c("mod_by", "person_name", "VARCHAR", g.col(g.pick(staff), 0.2), STAFF, ABBREV),
        c("usr_fld_2", "free_text", "VARCHAR", _custom(g, "ZA", "za"), CUSTOM, ABBREV),
        c("mod_nt", "free_text", "VARCHAR", g.sparse(note, 0.8, _words("nil")), NULLWORD, ABBREV),
    ])


def us_ncoa_cobol(g: Gen) -> Table:
    """A Tucson mailing house's change-of-address return file for a collections client (COBOL: padded CHAR,
    ``YYYYMMDD`` integers, numbers with 0 for missing)."""
    pairs = [v.person(g) for _ in range(g.rows)]
    old = [g.rnd.choice(v.US_CITIES) for _ in range(g.rows)]
    moved = [g.rnd.random() < 0.7 for _ in range(g.rows)]
    new = [g.rnd.choice(v.US_CITIES) if m else None for m in moved]
    return Table("NCOALEG.COA_RETURN_EXTRACT", "en", "cobol", [
        c("COA-REC-NO", N, "INTEGER", g.keys(1), "decoy", KEY, LEGACY),
        c("COA-LIST-ID", N, "VARCHAR", _pad(g.col(g.pick(["CLX0419", "CLX0420", "CLX0422"])), 8), "decoy", LEGACY),
        c("COA-FIRST-NM", "first_name", "VARCHAR", _pad([a.upper() for a, _ in pairs], 15), LEGACY),
        c("COA-LAST-NM", "last_name", "VARCHAR", _pad([b.upper() for _, b in pairs], 20), LEGACY),
        c("COA-SSN", "ssn", "BIGINT", [int(v.us_ssn(g, False)) if g.rnd.random() < 0.6 else 0 for _ in pairs],
          LEGACY),
        c("COA-DOB-YMD", "date_of_birth", "INTEGER", [_ymd(g.birth(1940, 2002)) if g.rnd.random() < 0.6 else 0
                                                      for _ in pairs], LEGACY),
        c("COA-OLD-ADDR", "street_address", "VARCHAR", _pad(g.col(lambda: v.street(g, v.US_STREETS).upper()), 30),
          LEGACY),
        c("COA-OLD-CITY", "city", "VARCHAR", _pad([p[0].upper() for p in old], 18), LEGACY),
        c("COA-OLD-ZIP", "postal_code", "INTEGER", [int(p[2] + g.digits(2)) for p in old], LEGACY),
        c("COA-NEW-ADDR", "street_address", "VARCHAR", _pad([v.street(g, v.US_STREETS).upper() if m else None
                                                             for m in moved], 30), LEGACY),
        c("COA-NEW-CITY", "city", "VARCHAR", _pad([p[0].upper() if p else None for p in new], 18), LEGACY),
        c("COA-NEW-ZIP", "postal_code", "INTEGER", [int(p[2] + g.digits(2)) if p else 0 for p in new], LEGACY),
        c("COA-MOVE-EFF-YM", N, "INTEGER", [g.rnd.randint(2022, 2025) * 100 + g.rnd.randint(1, 12) if m else 0
                                            for m in moved], "decoy", LEGACY),
        c("COA-MOVE-TYPE", N, "VARCHAR", [g.rnd.choice(["I", "F", "B"]) if m else " " for m in moved], "decoy",
          LEGACY),
        c("COA-RTN-CD", N, "VARCHAR", [g.rnd.choice(["A", "91", "92"]) if m else g.rnd.choice(["00", "19", "66"])
                                       for m in moved], "decoy", LEGACY),
        c("COA-PHONE-APPEND", "phone", "BIGINT", [int(g.phone("US", "digits")) if g.rnd.random() < 0.55 else 0
                                                  for _ in pairs], LEGACY),
        c("COA-DPBC", N, "VARCHAR", g.col(lambda: g.digits(11)), "decoy", SHAPE, LEGACY),
        c("COA-LIST-OWNER", N, "VARCHAR", _pad(["SONORAN RECOVERY SERVICES"] * g.rows, 30), "business", LEGACY),
        c("COA-PROC-DT", N, "INTEGER", [_ymd(g.day("2025-11-01", "2025-11-30")) for _ in pairs], "decoy", LEGACY),
        c("COA-USER-FLD-1", "free_text", "VARCHAR", _pad(_custom(g, "US", "us"), 40), CUSTOM, LEGACY),
    ])


def in_append_return(g: Gen) -> Table:
    """A Bengaluru data-append vendor's enrichment return, landed as an opaque staging table."""
    rows = [v.person(g, "in") for _ in range(g.rows)]
    places = [g.rnd.choice(v.IN_CITIES) for _ in range(g.rows)]
    employers = [("Nandi Softworks Pvt Ltd", v.gstin(g)), ("Kaveri Textiles LLP", v.gstin(g)),
                 ("Malnad Agro Foods Pvt Ltd", v.gstin(g))]
    emp = [g.rnd.randrange(len(employers)) if g.rnd.random() < 0.6 else None for _ in range(g.rows)]

    def dob() -> str:
        d = g.birth(1960, 2004)
        return f"{d.day:02d}-{d.month:02d}-{d.year}"

    return Table("stg_append.vendor_return_raw", "en", "opaque", [
        c("col01", N, "VARCHAR", g.col(g.uuid), "decoy", KEY, OPAQUE),
        c("col02", "person_name", "VARCHAR", [f"{a} {b}" for a, b in rows], OPAQUE),
        c("col03", "phone", "VARCHAR", g.phones("IN", {"e164": 0.4, "national": 0.3, "intl": 0.3}, 1.0, 0.15), OPAQUE),
        c("col04", "email", "VARCHAR", [None if g.rnd.random() < 0.3 else v.email_of(g, a, b, v.DOMAINS["in"])
                                        for a, b in rows], OPAQUE),
        c("col05", "national_id", "VARCHAR", [None if g.rnd.random() < 0.45 else v.pan(g, b) for _, b in rows],
          OPAQUE),
        c("col06", "date_of_birth", "VARCHAR", g.col(dob, 0.35), OPAQUE),
        c("col07", "street_address", "VARCHAR", g.col(lambda: v.street(g, v.IN_STREETS, "in"), 0.1), OPAQUE),
        c("col08", "city", "VARCHAR", [p[0] for p in places], OPAQUE),
        c("col09", "postal_code", "VARCHAR", [p[1] + g.digits(3) for p in places], OPAQUE),
        c("col10", N, "DOUBLE", g.floats(0.4, 1.0, 3), "decoy", OPAQUE),
        c("col11", N, "VARCHAR", g.col(g.pick(["EXACT", "FUZZY", "HOUSEHOLD", "NO_MATCH"])), "decoy", OPAQUE),
        c("col12", N, "VARCHAR", [None if e is None else employers[e][0] for e in emp], "business", OPAQUE),
        c("col13", N, "VARCHAR", [None if e is None else employers[e][1] for e in emp], "business", SHAPE, OPAQUE),
        c("col14", N, "VARCHAR", g.col(g.sha256), "decoy", SHAPE, HASH, OPAQUE),
        c("col15", N, "VARCHAR", g.col(lambda: g.code("INV/25-26/99999")), "decoy", SHAPE, OPAQUE),
        c("col16", N, "VARCHAR", g.col(g.pick(["<3L", "3-6L", "6-12L", "12-25L", ">25L"])), "decoy", OPAQUE),
        c("col17", "free_text", "VARCHAR", _custom(g, "IN", "in"), CUSTOM, OPAQUE),
        c("col18", N, "TIMESTAMP", g.moments("2025-11-01", "2025-11-30"), "decoy", OPAQUE),
    ])


def ie_preference_centre(g: Gen) -> Table:
    """A Cork charity's supporter consent and preference centre export (headers with spaces)."""
    pairs = [v.person(g, "ie") for _ in range(g.rows)]
    places = [g.rnd.choice(v.IE_CITIES) for _ in range(g.rows)]
    staff = _staff(g, 6, "ie")

    def note() -> str:
        return g.rnd.choice(["Post only, no phone calls", f"Husband {v.whole(g, 'ie')} handles donations",
                             "Asked to stop after bereavement", f"Gift in memory of {v.whole(g, 'ie')}"])

    def yn() -> Callable[[], str]:
        return g.pick(["Yes", "No", "Not asked"])

    return Table("donorcare.consent_preferences", "en", "spaced", [
        c("Supporter ID", N, "BIGINT", g.keys(20_001), "decoy", KEY),
        c("Title", N, "VARCHAR", g.col(g.pick(["Mr", "Ms", "Mrs", "Dr", None])), "decoy"),
        c("First Name", "first_name", "VARCHAR", [a for a, _ in pairs]),
        c("Surname", "last_name", "VARCHAR", [b for _, b in pairs]),
        c("Email", "email", "VARCHAR", [None if g.rnd.random() < 0.3 else v.email_of(g, a, b, v.DOMAINS["ie"])
                                        for a, b in pairs]),
        c("Mobile", "phone", "VARCHAR", g.phones("IE", {"national": 0.6, "e164": 0.4}, 1.0, 0.2)),
        c("Landline", "phone", "VARCHAR", g.phones("IE", {"national": 1.0}, 0.0, 0.7), HEAVY),
        c("Address Line 1", "street_address", "VARCHAR", g.col(lambda: v.street(g, v.IE_STREETS, "ie"), 0.05)),
        c("Town", "city", "VARCHAR", [p[0] for p in places]),
        c("County", N, "VARCHAR", g.col(g.pick(["Cork", "Waterford", "Kilkenny", "Tipperary", "Wexford"])), "decoy"),
        c("Eircode", "postal_code", "VARCHAR", [f"{p[1]} {g.code('A9AA')}" for p in places]),
        c("PPSN", "ssn", "VARCHAR", g.col(lambda: v.pps(g), 0.65), HEAVY),
        c("Date of Birth", "date_of_birth", "DATE", _maybe(g, g.births(1935, 2000), 0.4)),
        c("Email Consent", N, "VARCHAR", g.col(yn()), "decoy"),
        c("SMS Consent", N, "VARCHAR", g.col(yn()), "decoy"),
        c("Post Consent", N, "VARCHAR", g.col(yn()), "decoy"),
        c("Consent Captured At", N, "TIMESTAMP", g.moments("2018-05-25", "2025-11-30"), "decoy"),
        c("Capture Channel", N, "VARCHAR", g.col(g.pick(["Web form", "Street fundraiser", "Phone", "Event"])),
          "decoy"),
        c("Capture IP", "ip_address", "VARCHAR", g.col(lambda: g.ip(0.3), 0.55), HEAVY),
        c("Fundraiser", "person_name", "VARCHAR", g.col(g.pick(staff), 0.3), STAFF),
        c("CHY Number", N, "VARCHAR", ["CHY 20417"] * g.rows, "business", SHAPE),
        c("Preference Notes", "free_text", "VARCHAR", g.sparse(note, 0.76, _words()), NULLWORD),
    ])


# -- tables named in other languages -----------------------------------------------------------------------------------


def de_adresshandel(g: Gen) -> Table:
    """An Osnabrück address publisher's delivery of rented addresses to a lottery syndicate (German, snake case)."""
    pairs = [v.person(g, "de") for _ in range(g.rows)]
    places = [g.rnd.choice(v.DE_CITIES) for _ in range(g.rows)]
    staff = _staff(g, 3, "de")
    debit = [g.rnd.random() < 0.35 for _ in range(g.rows)]

    def note() -> str:
        return g.rnd.choice(["Werbewiderspruch nach Art. 21 DSGVO", f"Ehefrau {v.given(g, 'de')} nimmt Post an",
                             "Adresse unzustellbar laut Post", f"Verstorben, Sohn {v.whole(g, 'de')} informiert"])

    return Table("adressverlag.kaufadressen_lieferung", "de", "snake", [
        c("satz_id", N, "BIGINT", g.keys(1_000_001), "decoy", KEY),
        c("lieferschein_nr", N, "VARCHAR", g.col(lambda: g.code("LS-2025-99999")), "decoy", SHAPE),
        c("anrede", N, "VARCHAR", g.col(g.pick(["Herr", "Frau", "Divers"])), "decoy"),
        c("titel", N, "VARCHAR", g.col(g.pick(["Dr.", "Prof.", "Dipl.-Ing."]), 0.6), "decoy"),
        c("vorname", "first_name", "VARCHAR", [a for a, _ in pairs]),
        c("nachname", "last_name", "VARCHAR", [b for _, b in pairs]),
        c("strasse_hausnr", "street_address", "VARCHAR", g.col(lambda: v.street(g, v.DE_STREETS, "de"))),
        c("plz", "postal_code", "VARCHAR", [p[1] for p in places]),
        c("ort", "city", "VARCHAR", [p[0] for p in places]),
        c("geburtsdatum", "date_of_birth", "DATE", _maybe(g, g.births(1935, 1995), 0.55), HEAVY),
        c("telefon", "phone", "VARCHAR", g.phones("DE", {"national": 0.8, "intl": 0.2}, 0.2, 0.3)),
        c("mobil", "phone", "VARCHAR", g.phones("DE", {"national": 0.6, "e164": 0.4}, 1.0, 0.6), HEAVY),
        c("email", "email", "VARCHAR", g.col(lambda: v.email_of(g, *v.person(g, "de"), v.DOMAINS["de"]), 0.6), HEAVY),
        c("iban", "iban", "VARCHAR", [v.iban(g, "DE") if d else None for d in debit], HEAVY),
        c("kontoinhaber", "person_name", "VARCHAR", [v.whole(g, "de") if d else None for d in debit], ROLE, HEAVY),
        c("mikrozelle", N, "VARCHAR", g.col(lambda: g.code("999-9999-99")), "decoy", SHAPE),
        c("kaufkraftklasse", N, "VARCHAR", g.col(g.pick(["A", "B", "C", "D", "E"])), "decoy"),
        c("quelle", N, "VARCHAR", g.col(g.pick(["Versandhaus Nordlicht GmbH", "Gartenfreunde Verlag KG",
                                                "Weinkontor Emsland"])), "business"),
        c("bearbeiter", "person_name", "VARCHAR", g.col(g.pick(staff)), STAFF),
        c("freifeld_2", "free_text", "VARCHAR", _custom(g, "DE", "de"), CUSTOM),
        c("bemerkung", "free_text", "VARCHAR", g.sparse(note, 0.8, _words("k.A.", "unbekannt")), NULLWORD),
    ])


def fr_routage_as400(g: Gen) -> Table:
    """A Lyon mailing house's AS/400 print-and-post file for a mutual insurer's annual statements (French, ``RT``
    prefix, ``CYYMMDD`` decimals)."""
    rows = []
    for _ in range(g.rows):
        female = g.rnd.random() < 0.55
        a, b = v.person(g, "fr", female)
        born = g.birth(1940, 2000)
        rows.append((a, b, born, v.nir(g, born, female), female))
    places = [g.rnd.choice(v.FR_CITIES) for _ in range(g.rows)]
    siret = v.siret(g)
    return Table("ROUTAGE69.RTMUTP", "fr", "as400", [
        c("RTNSEQ", N, "DECIMAL(9,0)", g.keys(1), "decoy", KEY, LEGACY),
        c("RTNLOT", N, "VARCHAR", _pad(g.col(lambda: g.code("LOT25A999")), 10), "decoy", SHAPE, LEGACY),
        c("RTCIVI", N, "VARCHAR", _pad(["MME" if r[4] else "M." for r in rows], 4), "decoy", LEGACY),
        c("RTNOMP", "last_name", "VARCHAR", _pad([r[1].upper() for r in rows], 25), LEGACY),
        c("RTPRNM", "first_name", "VARCHAR", _pad([r[0].upper() for r in rows], 20), LEGACY),
        c("RTNAIS", "date_of_birth", "DECIMAL(7,0)", [_cyymmdd(r[2]) for r in rows], LEGACY),
        c("RTNIR", "ssn", "VARCHAR", [r[3] if g.rnd.random() < 0.85 else None for r in rows], LEGACY),
        c("RTADR1", "street_address", "VARCHAR", _pad(g.col(lambda: v.street(g, v.FR_STREETS, "fr").upper()), 32),
          LEGACY),
        c("RTADR2", "street_address", "VARCHAR", _pad(g.col(lambda: g.rnd.choice(
            ["BAT C ESC 2", "RES LES MARRONNIERS", "APPT 14", "CHEZ MME " + v.whole(g, "fr").upper()]), 0.65), 32),
          LEGACY, HEAVY),
        c("RTCPOS", "postal_code", "DECIMAL(5,0)", [int(p[1]) for p in places], LEGACY),
        c("RTVILL", "city", "VARCHAR", _pad([p[0].upper() for p in places], 26), LEGACY),
        c("RTTELP", "phone", "DECIMAL(10,0)", [int(g.phone("FR", "digits", g.rnd.random() < 0.7))
                                               if g.rnd.random() < 0.75 else 0 for _ in rows], LEGACY),
        c("RTMAIL", "email", "VARCHAR", [v.email_of(g, r[0], r[1], v.DOMAINS["fr"]) if g.rnd.random() < 0.4 else None
                                         for r in rows], LEGACY, HEAVY),
        c("RTCONT", N, "VARCHAR", g.col(lambda: g.code("MU99999999")), "decoy", SHAPE, LEGACY),
        c("RTDENV", N, "DECIMAL(7,0)", [_cyymmdd(g.day("2025-01-05", "2025-01-20")) for _ in rows], "decoy", LEGACY),
        c("RTMUTU", N, "VARCHAR", _pad(["MUTUELLE DES CANUTS"] * g.rows, 30), "business", LEGACY),
        c("RTSIRT", N, "VARCHAR", [siret] * g.rows, "business", SHAPE, LEGACY),
        c("RTUDF1", "free_text", "VARCHAR", _pad(_custom(g, "FR", "fr"), 40), CUSTOM, LEGACY),
    ])


def es_lista_exclusion(g: Gen) -> Table:
    """A Bilbao advertising-exclusion list service's records (Spanish, camel case)."""
    pairs = [v.person(g, "es") for _ in range(g.rows)]
    places = [g.rnd.choice(v.ES_CITIES) for _ in range(g.rows)]
    staff = _staff(g, 4, "es")

    def obs() -> str:
        return g.rnd.choice([f"Solicitud presentada por su hija {v.whole(g, 'es')}", "Alta por formulario web",
                             "Reclamación AEPD en curso", f"Llamadas de {v.given(g, 'es')} Telecom, bloquear"])

    return Table("listaRobinson.exclusiones", "es", "camel", [
        c("idExclusion", N, "BIGINT", g.keys(90_001), "decoy", KEY),
        c("nombre", "first_name", "VARCHAR", [a for a, _ in pairs]),
        c("apellidos", "last_name", "VARCHAR", [f"{b} {v.person(g, 'es')[1]}" for _, b in pairs]),
        c("dniNie", "national_id", "VARCHAR", g.col(lambda: v.dni(g), 0.3)),
        c("telefonoFijo", "phone", "VARCHAR", g.phones("ES", {"national": 1.0}, 0.0, 0.6), HEAVY),
        c("telefonoMovil", "phone", "VARCHAR", g.phones("ES", {"national": 0.6, "e164": 0.4}, 1.0, 0.2)),
        c("correoElectronico", "email", "VARCHAR", [None if g.rnd.random() < 0.35 else
                                                    v.email_of(g, a, b, v.DOMAINS["es"]) for a, b in pairs]),
        c("codigoPostal", "postal_code", "VARCHAR", [p[1] for p in places]),
        c("municipio", "city", "VARCHAR", [p[0] for p in places]),
        c("provincia", N, "VARCHAR", g.col(g.pick(["Bizkaia", "Gipuzkoa", "Araba", "Cantabria", "Navarra"])),
          "decoy"),
        c("canalExcluido", N, "VARCHAR", g.col(g.pick(["TELEFONO", "SMS", "CORREO_POSTAL", "EMAIL", "TODOS"])),
          "decoy"),
        c("fechaAlta", N, "DATE", g.days("2016-01-01", "2025-11-30"), "decoy"),
        c("fechaNacimiento", "date_of_birth", "DATE", _maybe(g, g.births(1935, 2005), 0.6), HEAVY),
        c("refCliente", N, "VARCHAR", g.col(lambda: v.dni_decoy(g), 0.2), "decoy", SHAPE),
        c("empresaSolicitante", N, "VARCHAR", g.col(g.pick(["Energías del Cantábrico SA", "Telco Norte SL",
                                                            "Seguros Arrano"]), 0.5), "business"),
        c("operador", "person_name", "VARCHAR", g.col(g.pick(staff)), STAFF),
        c("campoLibre3", "free_text", "VARCHAR", _custom(g, "ES", "es"), CUSTOM),
        c("observaciones", "free_text", "VARCHAR", g.sparse(obs, 0.77, _words("sin datos")), NULLWORD),
    ])


def pl_leady(g: Gen) -> Table:
    """A Poznań lead generator's loan leads bought by lenders (Polish, snake case)."""
    rows = []
    for _ in range(g.rows):
        female = g.rnd.random() < 0.5
        a, b = v.person(g, "pl", female)
        born = g.birth(1950, 2005)
        rows.append((a, b, born, v.pesel(g, born, female)))
    places = [g.rnd.choice(v.PL_CITIES) for _ in range(g.rows)]
    suppliers = [("Kredytomat Media sp. z o.o.", v.nip(g)), ("Porównywarka Finansowa S.A.", v.nip(g))]
    sup = [g.rnd.randrange(len(suppliers)) for _ in range(g.rows)]
    staff = _staff(g, 6, "pl")

    def note() -> str:
        return g.rnd.choice([f"Klient prosi o kontakt z żoną {v.given(g, 'pl')}", "Numer nieaktywny",
                             "Już ma kredyt w innym banku", f"Poręczyciel: {v.whole(g, 'pl')}"])

    return Table("leady_pl.rekordy_zakupione", "pl", "snake", [
        c("id_rekordu", N, "BIGINT", g.keys(1), "decoy", KEY),
        c("nr_zamowienia", N, "VARCHAR", g.col(lambda: v.pesel_decoy(g)), "decoy", SHAPE),
        c("imie", "first_name", "VARCHAR", [r[0] for r in rows]),
        c("nazwisko", "last_name", "VARCHAR", [r[1] for r in rows]),
        c("pesel", "national_id", "VARCHAR", [r[3] if g.rnd.random() < 0.6 else None for r in rows]),
        c("data_urodzenia", "date_of_birth", "DATE", [r[2] for r in rows]),
        c("telefon", "phone", "VARCHAR", g.phones("PL", {"national": 0.5, "e164": 0.3, "intl": 0.2}, 0.9)),
        c("email", "email", "VARCHAR", [v.email_of(g, r[0], r[1], v.DOMAINS["pl"]) if g.rnd.random() < 0.8 else None
                                        for r in rows]),
        c("ulica", "street_address", "VARCHAR", g.col(lambda: v.street(g, v.PL_STREETS, "pl"), 0.1)),
        c("kod_pocztowy", "postal_code", "VARCHAR", [f"{p[1]}-{g.digits(3)}" for p in places]),
        c("miejscowosc", "city", "VARCHAR", [p[0] for p in places]),
        c("wojewodztwo", N, "VARCHAR", g.col(g.pick(["wielkopolskie", "dolnośląskie", "lubuskie"])), "decoy"),
        c("kwota_wnioskowana", N, "INTEGER", g.col(lambda: g.rnd.choice([1000, 2000, 5000, 10000, 25000])), "decoy"),
        c("zgoda_marketingowa", N, "BOOLEAN", g.yn(True, False, 0.93), "decoy"),
        c("zgoda_data", N, "TIMESTAMP", g.moments("2025-06-01", "2025-11-30"), "decoy"),
        c("ip_zgody", "ip_address", "VARCHAR", g.col(lambda: g.ip(0.25), 0.15)),
        c("numer_rachunku", "iban", "VARCHAR", g.col(lambda: v.iban(g, "PL"), 0.7), HEAVY),
        c("dostawca", N, "VARCHAR", [suppliers[i][0] for i in sup], "business"),
        c("nip_dostawcy", N, "VARCHAR", [suppliers[i][1] for i in sup], "business", SHAPE),
        c("opiekun_leada", "person_name", "VARCHAR", g.col(g.pick(staff), 0.35), STAFF),
        c("pole_dodatkowe_1", "free_text", "VARCHAR", _custom(g, "PL", "pl"), CUSTOM),
        c("uwagi", "free_text", "VARCHAR", g.sparse(note, 0.75, _words("brak")), NULLWORD),
    ])


def nl_verhuisberichten(g: Gen) -> Table:
    """A Utrecht change-of-address forwarding service's notifications to a pension fund (Dutch, Pascal case)."""
    pairs = [v.person(g, "nl") for _ in range(g.rows)]
    old = [g.rnd.choice(v.NL_CITIES) for _ in range(g.rows)]
    new = [g.rnd.choice(v.NL_CITIES) for _ in range(g.rows)]
    staff = _staff(g, 3, "nl")

    def pc(p: tuple[str, str]) -> str:
        return f"{p[1]}{g.digits(2)} {g.code('AA')}"

    def note() -> str:
        return g.rnd.choice([f"Post voortaan naar dochter {v.whole(g, 'nl')}", "Verhuisd naar verpleeghuis",
                             "Emigratie naar Spanje", f"Gemeld door partner {v.given(g, 'nl')}"])

    return Table("VerhuisService.Verhuisberichten", "nl", "pascal", [
        c("BerichtId", N, "BIGINT", g.keys(55_001), "decoy", KEY),
        c("Klantnummer", N, "VARCHAR", g.col(lambda: v.bsn_decoy(g)), "decoy", SHAPE),
        c("Voornaam", "first_name", "VARCHAR", [a for a, _ in pairs]),
        c("Achternaam", "last_name", "VARCHAR", [b for _, b in pairs]),
        c("Bsn", "national_id", "VARCHAR", g.col(lambda: v.bsn(g), 0.65), HEAVY),
        c("Geboortedatum", "date_of_birth", "DATE", _maybe(g, g.births(1940, 1995), 0.3)),
        c("OudeStraat", "street_address", "VARCHAR", g.col(lambda: v.street(g, v.NL_STREETS, "nl"))),
        c("OudePostcode", "postal_code", "VARCHAR", [pc(p) for p in old]),
        c("OudePlaats", "city", "VARCHAR", [p[0] for p in old]),
        c("NieuweStraat", "street_address", "VARCHAR", g.col(lambda: v.street(g, v.NL_STREETS, "nl"))),
        c("NieuwePostcode", "postal_code", "VARCHAR", [pc(p) for p in new]),
        c("NieuwePlaats", "city", "VARCHAR", [p[0] for p in new]),
        c("Verhuisdatum", N, "DATE", g.days("2025-01-01", "2025-12-31"), "decoy"),
        c("Telefoon", "phone", "VARCHAR", g.phones("NL", {"national": 0.7, "e164": 0.3}, 0.7, 0.3)),
        c("Email", "email", "VARCHAR", [None if g.rnd.random() < 0.55 else v.email_of(g, a, b, v.DOMAINS["nl"])
                                        for a, b in pairs], HEAVY),
        c("Iban", "iban", "VARCHAR", g.col(lambda: v.iban(g, "NL"), 0.6), HEAVY),
        c("Gemachtigde", "person_name", "VARCHAR", g.col(lambda: v.whole(g, "nl"), 0.85), ROLE, HEAVY),
        c("Afzender", N, "VARCHAR", ["Pensioenfonds Grafische Bedrijven Midden"] * g.rows, "business"),
        c("Zendingscode", N, "VARCHAR", g.col(lambda: g.code("3SAAA999999999")), "decoy", SHAPE),
        c("Behandelaar", "person_name", "VARCHAR", g.col(g.pick(staff)), STAFF),
        c("VrijVeld2", "free_text", "VARCHAR", _custom(g, "NL", "nl"), CUSTOM),
        c("Opmerking", "free_text", "VARCHAR", g.sparse(note, 0.78, _words("onbekend")), NULLWORD),
    ])


def tr_ileti_onay(g: Gen) -> Table:
    """An Istanbul retailer's commercial-message consent records synced to a national consent registry (Turkish,
    snake case)."""
    pairs = [v.person(g, "tr") for _ in range(g.rows)]
    places = [g.rnd.choice(v.TR_CITIES) for _ in range(g.rows)]
    staff = _staff(g, 5, "tr")
    brand_vkn = v.vkn(g)

    def note() -> str:
        return g.rnd.choice([f"Eşi {v.given(g, 'tr')} Hanım adına onay verdi", "SMS ile ret bildirdi",
                             "Mağazada tablet üzerinden onay", f"Müşteri temsilcisi {v.whole(g, 'tr')} aradı"])

    return Table("iys_entegrasyon.ileti_onaylari", "tr", "snake", [
        c("onay_id", N, "BIGINT", g.keys(1), "decoy", KEY),
        c("islem_no", N, "VARCHAR", g.col(lambda: v.tckimlik_decoy(g)), "decoy", SHAPE),
        c("ad", "first_name", "VARCHAR", [a for a, _ in pairs]),
        c("soyad", "last_name", "VARCHAR", [b for _, b in pairs]),
        c("tc_kimlik_no", "national_id", "VARCHAR", g.col(lambda: v.tckimlik(g), 0.4)),
        c("dogum_tarihi", "date_of_birth", "DATE", _maybe(g, g.births(1950, 2006), 0.55), HEAVY),
        c("cep_telefonu", "phone", "VARCHAR", g.phones("TR", {"national": 0.5, "e164": 0.5}, 1.0, 0.05)),
        c("eposta", "email", "VARCHAR", [None if g.rnd.random() < 0.4 else v.email_of(g, a, b, v.DOMAINS["tr"])
                                         for a, b in pairs]),
        c("adres", "street_address", "VARCHAR", g.col(lambda: v.street(g, v.TR_STREETS, "tr"), 0.3)),
        c("ilce", "city", "VARCHAR", [p[0] for p in places]),
        c("il", N, "VARCHAR", [p[1] for p in places], "decoy"),
        c("posta_kodu", "postal_code", "VARCHAR", [p[2] for p in places]),
        c("izin_tipi", N, "VARCHAR", g.col(g.pick(["ARAMA", "MESAJ", "EPOSTA"])), "decoy"),
        c("izin_durumu", N, "VARCHAR", g.col(g.pick(["ONAY", "ONAY", "RET"])), "decoy"),
        c("kaynak", N, "VARCHAR", g.col(g.pick(["HS_WEB", "HS_MAGAZA", "HS_CAGRI_MERKEZI", "HS_MOBIL"])), "decoy"),
        c("onay_tarihi", N, "TIMESTAMP", g.moments("2020-01-01", "2025-11-30"), "decoy"),
        c("marka", N, "VARCHAR", ["Boğaziçi Ev Tekstili A.Ş."] * g.rows, "business"),
        c("vergi_no", N, "VARCHAR", [brand_vkn] * g.rows, "business", SHAPE),
        c("temsilci", "person_name", "VARCHAR", g.col(g.pick(staff), 0.4), STAFF),
        c("serbest_alan_2", "free_text", "VARCHAR", _custom(g, "TR", "tr"), CUSTOM),
        c("aciklama", "free_text", "VARCHAR", g.sparse(note, 0.78, _words("yok")), NULLWORD),
    ])


def ru_katalog(g: Gen) -> Table:
    """A Kazan mail-order catalogue's recipients for a postal mailing (Russian, Cyrillic column names and values)."""
    rows = []
    for _ in range(g.rows):
        female = g.rnd.random() < 0.6
        a, b = v.person(g, "ru", female)
        rows.append((a, b, g.rnd.choice(v.RU_PATRONYMICS[1 if female else 0])))
    places = [g.rnd.choice(v.RU_CITIES) for _ in range(g.rows)]
    staff = _staff(g, 4, "ru")
    shop_inn = v.inn_company(g)

    def note() -> str:
        return g.rnd.choice([f"Получатель — соседка {v.whole(g, 'ru')}", "Просит не звонить после 20:00",
                             "Возврат: адресат выбыл", f"Заказ оформил сын {v.given(g, 'ru')}"])

    return Table("рассылка_дм.получатели_каталога", "ru", "snake", [
        c("ид", N, "BIGINT", g.keys(1), "decoy", KEY),
        c("номер_заказа", N, "VARCHAR", g.col(lambda: g.code("ЗК-2025-999999")), "decoy", SHAPE),
        c("фамилия", "last_name", "VARCHAR", [r[1] for r in rows]),
        c("имя", "first_name", "VARCHAR", [r[0] for r in rows]),
        c("отчество", "first_name", "VARCHAR", [r[2] if g.rnd.random() < 0.85 else None for r in rows]),
        c("дата_рождения", "date_of_birth", "DATE", _maybe(g, g.births(1940, 2000), 0.3)),
        c("инн", "national_id", "VARCHAR", g.col(lambda: v.inn_personal(g), 0.6), HEAVY),
        c("телефон", "phone", "VARCHAR", g.phones("RU", {"national": 0.6, "e164": 0.4}, 0.85, 0.1)),
        c("эл_почта", "email", "VARCHAR", [None if g.rnd.random() < 0.4 else v.email_of(g, a, b, v.DOMAINS["ru"])
                                           for a, b, _ in rows]),
        c("адрес", "street_address", "VARCHAR", g.col(lambda: v.street(g, v.RU_STREETS, "ru"))),
        c("город", "city", "VARCHAR", [p[0] for p in places]),
        c("индекс", "postal_code", "VARCHAR", [p[1] + g.digits(3) for p in places]),
        c("способ_доставки", N, "VARCHAR", g.col(g.pick(["Почта России", "Курьер", "Пункт выдачи"])), "decoy"),
        c("трек_номер", N, "VARCHAR", g.col(lambda: g.code("RA999999999RU"), 0.3), "decoy", SHAPE),
        c("статус", N, "VARCHAR", g.col(g.pick(["отправлено", "доставлено", "возврат"])), "decoy"),
        c("контактное_лицо", "person_name", "VARCHAR", g.col(lambda: v.whole(g, "ru"), 0.8), ROLE, HEAVY),
        c("магазин", N, "VARCHAR", ["ООО «Волжский Каталог»"] * g.rows, "business"),
        c("инн_магазина", N, "VARCHAR", [shop_inn] * g.rows, "business", SHAPE),
        c("менеджер", "person_name", "VARCHAR", g.col(g.pick(staff)), STAFF),
        c("доп_поле_1", "free_text", "VARCHAR", _custom(g, "RU", "ru"), CUSTOM),
        c("комментарий", "free_text", "VARCHAR", g.sparse(note, 0.76, _words("нет данных")), NULLWORD),
    ])


BUILDERS: list[tuple[Callable[[Gen], Table], int]] = [
    (us_purchased_leads, 1_100), (ca_suppression, 900), (gb_mail_merge, 1_000), (au_telesales, 800),
    (za_sweepstakes, 1_000), (us_ncoa_cobol, 900), (in_append_return, 900), (ie_preference_centre, 800),
    (de_adresshandel, 800), (fr_routage_as400, 900), (es_lista_exclusion, 700), (pl_leady, 800),
    (nl_verhuisberichten, 700), (tr_ileti_onay, 800), (ru_katalog, 600),
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
