"""Held-out set v123 for the column classifier: 15 tables of *pawnbrokers, second-hand dealers, scrap-metal and
precious-metal buyers and auction houses* (pawn tickets and pledge contracts, police transaction reporting of pawn and
buy transactions, scrap metal dealers' seller records under their countries' ID rules, second-hand dealers' purchase
registers and holding periods, gold buyers' purchase records, an auction house's bidder registrations and another's
consignors and buyers), one system per table and each a different organisation, eight with English column names and
seven in other languages (Romanian, Norwegian, Hungarian, Finnish, Bulgarian in Cyrillic script, Croatian and
Latvian):

* ``sandia_pawn.pawn_tickets``: an Albuquerque pawn shop's pawn and buy tickets (snake case, New Mexico driver's
  licence numbers, the Form 8300 SSN of large cash buys, ticket numbers shaped like SSNs failing the check, serial
  numbers, the store's phone, ``misc_1``);
* ``teesMetalRecycling.sellerTransactions``: a Middlesbrough scrap metal dealer's seller transactions under the Scrap
  Metal Dealers Act (camel case, GB driving licence numbers encoding the birth date, passport numbers, payee IBANs,
  vehicle registrations, weighbridge tickets, the site licence, CCTV image hashes, ``customField2`` holding skip
  numbers);
* ``KimSengPawnshop.PledgeTickets``: a Geylang pawnshop's pledge tickets (Pascal case, NRIC and FIN numbers with
  their check letters, pledge numbers shaped like NRICs failing the check letter, an authorised redeemer and the
  redeemer's NRIC, the branch's phone and e-mail, ``Udf1``);
* ``SHG_SCRAP_REG.GAUTENG_PURCHASES``: a Germiston scrap metal dealer's second-hand goods register (SCREAMING case,
  South African ID numbers encoding the birth date, passports of foreign sellers, register entry numbers failing the
  ID check, vehicle registrations, EFT references, the yard's coordinates, ``CUSTOM_FIELD_3``);
* ``cashxchg_nsw.sh_dlr_txn``: a Parramatta second-hand dealer's buy transactions (abbreviated: ``cust_fnm``,
  ``ctc_ph``, ``addr_ln1``; NSW licence and photo card numbers, IMEIs passing the Luhn check, SKUs, the kiosk app's
  version, the store's address and phone, ``udf_1`` holding shelf locations);
* ``PAWNLEG.PWN_POLICE_XTRACT``: a Miami pawn chain's police transaction extract, a COBOL file (legacy: padded CHAR,
  ``YYYYMMDD`` integers, Florida driver's licence numbers, the SSN, phone and ZIP as numbers with 0 for missing,
  thumbprint image references, ``PWN-USER-FLD-1``);
* ``stg_tkn_bkk.src_pledge_raw``: a Bangkok pawnshop's pledges as an opaque staging table (``col01`` to ``col18``:
  Thai names in Thai script, Thai PINs, a Buddhist-era ``dd/mm/yyyy`` birth date, ticket numbers failing the PIN
  check, a proxy redeemer, hashes);
* ``kennebec_auctions.tblBidderRegistrations``: a Maine estate auction house's bidder registrations (Hungarian
  notation: ``strFirstName``, ``dtmRegistered``; cards on file and their last four digits, online logins and IPs, an
  heir collecting an estate's proceeds, the auctioneer and the auctioneer's licence number, resale certificates,
  tracking numbers, ``strUDF2``);
* ``amanet_cluj.contracte_amanet``: a Cluj-Napoca pawnshop's pledge contracts (Romanian; CNP encoding the birth date
  and county, identity card series and numbers, contract numbers failing the CNP check, a witness, the company's CUI,
  ``camp_liber_2`` holding shelf locations);
* ``bruktkjop_trondheim.innkjopsprotokoll``: a Trondheim second-hand dealer's purchase register (Norwegian, camel
  case; fødselsnummer encoding the birth date, ID document numbers, payout IBANs, a minor's guardian, the shop's
  organisation number and phone, ``fritekst2``);
* ``zalogfiok_debrecen.zalogjegyek``: a Debrecen pawnshop's pawn tickets (Hungarian; family name first, the birth
  name, the mother's name, the place of birth, identity card numbers, tax identification numbers, ticket numbers
  failing the TAJ check, the company's tax number, ``egyedi_mezo_2``);
* ``kullanosto_tampere.ostotapahtumat``: a Tampere gold buyer's purchases (Finnish; henkilötunnus encoding the birth
  date, passport and ID card numbers, IBANs, a guardian (``edunvalvoja``), the Y-tunnus, ``lisakentta_1`` holding
  scale numbers);
* ``заложна_къща_пловдив.договори_залог``: a Plovdiv pawnshop's pledge contracts (Bulgarian, Cyrillic names and
  values; EGN encoding the birth date and sex, the patronymic, identity card numbers, contract numbers failing the EGN
  check, a guarantor, the trader's EIK, ``допълнително_поле_2``);
* ``aukcije_zagreb.komitenti_i_kupci``: a Zagreb auction house's consignors and buyers (Croatian; OIB, identity card
  numbers, receipt numbers failing the OIB check, IBANs, an heir consigning an estate, online bid IPs, the auction
  house's OIB, ``slobodno_polje_1``);
* ``metalluznu_riga.pienemsanas_akti``: a Riga scrap metal yard's acceptance acts (Latvian; personal codes in the old
  format encoding the birth date and the new ``32`` format, passport numbers, act numbers shaped like personal codes
  failing the check, vehicle numbers, IBANs, an authorised person, the company's registration number, the yard's
  coordinates, ``papildlauks_2`` holding container numbers).

Written **blind**, like v2 to v122: by someone who has read neither the classifier (``governance_dagster/detect/``)
nor its documentation, tests, changelog or notes, only the list of kind names (``governance_dagster/kinds.py``), how
the scorer registers a set (``heldout_v2_accuracy.py``), the structure and labeling conventions of v98 (its modules
and test), ``tests/heldout_support.py``, v107's docstring and test, the module docstrings of v24 to v122 (to avoid
their domains, countries and languages and follow their labeling conventions) and the ``Column``/``Table`` classes and
writer of v2 and v4. The classifier was not run on this set while it was written, no scorer was run on it, and no
score was looked at. It was written under a short deadline (25 minutes, the tests and lint included), so some labels
are quick decisions rather than settled conventions.

Labeling choices a reader may question:

* a US SSN (``form_8300_tin``, ``PWN-CUST-SSN``) is ``ssn``; a New Mexico, Florida or NSW driver's licence number, an
  NSW photo card number, a GB driving licence number, a passport number, an NRIC or FIN, a South African ID number, a
  Thai PIN, CNP, a Romanian identity card's series and number, fødselsnummer, a Hungarian identity card number and
  tax identification number, henkilötunnus, EGN, a Bulgarian identity card number, OIB and a Latvian personal code are
  ``national_id``; licences, passports and identity cards are generated by shape only, NRIC and FIN check letters,
  the Hungarian tax number and the TAJ check (used only by decoys) are computed here;
* ticket, pledge, contract, register entry, receipt, weighbridge, act and transaction numbers, serial numbers, SKUs,
  IMEIs, vehicle registrations, EFT references, tracking numbers, paddle and lot numbers, CCTV and thumbprint image
  hashes are ``none`` (tag ``decoy``, ``value_shape`` when shaped like an identifier); a card's last four digits, the
  physical description (``height_in``, ``PWN-CUST-RACE``) and the seller's nationality are ``none``;
* shops', branches', yards' and auction houses' names, addresses, phones and e-mails, site and dealer licence and
  certificate numbers, resale certificates, CUI, organisation numbers, the Hungarian company tax number, Y-tunnus, EIK,
  the auction house's OIB and a Latvian company's registration number are ``none`` (tag ``business``); the
  auctioneer's licence number is ``none`` (tags ``practitioner_id``, ``decoy``);
* clerks, appraisers, weighbridge operators, receiving clerks, buyers, auctioneers and acceptors are staff
  (``person_name``, tag ``staff``); an authorised or proxy redeemer, a witness (``martor_nume``), a guardian
  (``vergeNavn``, ``edunvalvoja``), a guarantor (``поръчител_име``), an heir (``strHeirBeneficiary``,
  ``nasljednik_ime``), an authorised person (``pilnvarota_persona``) and the mother (``anyja_neve``) are personal (tag
  ``role_word``);
* opaque custom fields holding, by row, a phone, an e-mail or a name are ``free_text`` (tag ``custom_field``); custom
  fields holding skip, shelf, scale or container numbers are ``none`` (tags ``custom_plain``, ``decoy``); a bidder's
  online login is ``unclassified`` (tag ``username``); a registration's and an online bid's IP are ``ip_address``; a
  card on file is ``credit_card``; payout accounts are ``iban``;
* the Bulgarian patronymic (``презиме``) and a Hungarian birth name (``szuletesi_nev``) are ``person_name``; a middle
  name (``cust_mnm``) is ``first_name``; a place of birth (``szuletesi_hely``), a suburb, a Bangkok khet and a
  Singapore estate are ``city``; a state, a county (``judet``) and an ID's issuing state are ``none``;
* numeric dates of birth (``YYYYMMDD``, 0 for missing) and a Buddhist-era ``dd/mm/yyyy`` string in an opaque column
  are ``date_of_birth``; ticket, maturity, due, hold expiry, registration, purchase and acceptance dates and times are
  ``none``; yard coordinates are ``none``.

Every value is generated here from :data:`SEED` (one ``random.Random`` per table, named after its builder) with
python-stdnum for check digits, phonenumbers for phone validity and formats, and the lists of
:mod:`benchmarks.classification.heldout_v123_values`, written for v123 (no Faker, no list of real people, no breach
data). Build: ``python -m benchmarks.classification.heldout_v123 [PATH]`` (default ``/tmp/heldout_v123.duckdb``).
Score: ``python -m benchmarks.classification.heldout_v2_accuracy --set v123``.
"""
from __future__ import annotations

import sys
from collections.abc import Callable
from datetime import date
from pathlib import Path

from benchmarks.classification import heldout_v4
from benchmarks.classification import heldout_v123_values as v
from benchmarks.classification.heldout_v2 import Column, Table
from benchmarks.classification.heldout_v123_values import NULLISH, SEED, USERNAME, Gen, N, c

__all__ = ["BUILDERS", "DEFAULT_PATH", "NULLISH", "SEED", "USERNAME", "Column", "Gen", "Table", "build", "labels",
           "summary", "tables"]

DEFAULT_PATH = Path("/tmp/heldout_v123.duckdb")

NULLWORD = "nullword_heavy"  # 70-95% NULL words
HEAVY = "null_heavy"  # 60-95% NULL
SHAPE = "value_shape"
STAFF = "staff"  # clerks, appraisers, operators, auctioneers (few distinct)
ROLE = "role_word"  # a role word (redeemer, witness, guardian, guarantor, heir, mother ...) holding people
ABBREV = "abbrev"
KEY = "join_key"
LEGACY = "legacy"
OPAQUE = "opaque"
CUSTOM = "custom_field"  # an opaque custom field holding, by row, a phone, an e-mail or a name (free_text)
PLAIN = "custom_plain"  # a custom field holding nothing personal (none)
PRACT = "practitioner_id"


def _words(*extra: str) -> tuple[str, ...]:
    return ("", "-", "N/A", "unknown", "NULL") + extra


def _staff(g: Gen, n: int, lang: str) -> list[str]:
    out: set[str] = set()
    while len(out) < n:
        out.add(v.whole(g, lang))
    return sorted(out)


def _email(g: Gen, lang: str) -> str:
    if lang == "th":
        return v.script_email(g, v.DOMAINS[lang], v.TH_LOCALS)
    if lang == "bg":
        return v.script_email(g, v.DOMAINS[lang], v.BG_LOCALS)
    return v.email_of(g, *v.person(g, lang), v.DOMAINS[lang])


def _custom(g: Gen, region: str, lang: str, null: float = 0.3, areas: list[str] | None = None) -> list[str | None]:
    """An opaque custom field: by row a phone, an e-mail or a name (or NULL)."""
    def one() -> str:
        r = g.rnd.random()
        if r < 0.4:
            return g.phone(region, "national", True, areas)
        if r < 0.7:
            return _email(g, lang)
        return v.whole(g, lang)
    return g.col(one, null)


def _pad(values: list, width: int) -> list:
    return [None if x is None else f"{str(x)[:width]:<{width}}" for x in values]


def _ymd(d: date | None) -> int:
    return 0 if d is None else d.year * 10_000 + d.month * 100 + d.day


def _branches(g: Gen, names: list[str], streets: list[str], lang: str, region: str,
              areas: list[str] | None = None) -> list[tuple[str, str, str]]:
    """(name, address, phone) of an organisation's branches."""
    return [(name, v.street(g, streets, lang), g.phone(region, "national", False, areas)) for name in names]


# -- English-named tables ----------------------------------------------------------------------------------------------


def nm_pawn_tickets(g: Gen) -> Table:
    """An Albuquerque pawn shop's pawn and buy tickets (snake case)."""
    pairs = [v.person(g) for _ in range(g.rows)]
    places = [g.rnd.choice(v.NM_CITIES) for _ in range(g.rows)]
    staff = _staff(g, 5, "us")
    store = g.phone("US", "dashes", False, v.NM_AREAS)
    amounts = g.amounts(20, 14_000)

    def note() -> str:
        return g.rnd.choice([f"Customer's brother {v.given(g)} may pick up", "Item held 30 days per APD request",
                             "Repeat customer, extended 30 days", f"Paid by {v.whole(g)}, cousin of pledgor",
                             "Serial scratched off, refused"])

    return Table("sandia_pawn.pawn_tickets", "en", "snake", [
        c("ticket_id", N, "BIGINT", g.keys(610_001), "decoy", KEY),
        c("ticket_number", N, "VARCHAR", g.col(lambda: v.us_ssn_decoy(g)), "decoy", SHAPE),
        c("transaction_type", N, "VARCHAR", g.col(g.pick(["PAWN", "BUY", "LAYAWAY"])), "decoy"),
        c("customer_first_name", "first_name", "VARCHAR", [a for a, _ in pairs]),
        c("customer_last_name", "last_name", "VARCHAR", [b for _, b in pairs]),
        c("customer_dob", "date_of_birth", "DATE", g.births(1945, 2006)),
        c("id_type", N, "VARCHAR", g.col(g.pick(["NM DL", "NM ID", "Tribal ID", "Passport"])), "decoy"),
        c("id_number", "national_id", "VARCHAR", g.col(lambda: "0" + g.digits(8), 0.05)),
        c("form_8300_tin", "ssn", "VARCHAR", [v.us_ssn(g) if a > 12_000 or g.rnd.random() < 0.08 else None
                                              for a in amounts], HEAVY),
        c("height_in", N, "INTEGER", g.ints(58, 78), "decoy"),
        c("address_line1", "street_address", "VARCHAR", g.col(lambda: v.street(g, v.NM_STREETS), 0.03)),
        c("city", "city", "VARCHAR", [p[0] for p in places]),
        c("state", N, "VARCHAR", ["NM"] * g.rows, "decoy"),
        c("zip", "postal_code", "VARCHAR", [p[1] + g.digits(2) for p in places]),
        c("phone", "phone", "VARCHAR", g.phones("US", {"dashes": 0.5, "national": 0.3, "e164": 0.2}, 0.8, 0.1,
                                                v.NM_AREAS)),
        c("email", "email", "VARCHAR", [None if g.rnd.random() < 0.75 else v.email_of(g, a, b, v.DOMAINS["us"])
                                        for a, b in pairs], HEAVY),
        c("item_description", N, "VARCHAR", g.col(g.pick(v.PAWN_ITEMS)), "decoy"),
        c("serial_number", N, "VARCHAR", g.col(lambda: g.code("ZZZZ9999999"), 0.3), "decoy", SHAPE),
        c("loan_amount", N, "DECIMAL(10,2)", amounts, "decoy"),
        c("maturity_date", N, "DATE", g.days("2025-06-01", "2026-03-31"), "decoy"),
        c("clerk", "person_name", "VARCHAR", g.col(g.pick(staff)), STAFF),
        c("store_phone", N, "VARCHAR", [store] * g.rows, "business"),
        c("misc_1", "free_text", "VARCHAR", _custom(g, "US", "us", areas=v.NM_AREAS), CUSTOM),
        c("notes", "free_text", "VARCHAR", g.sparse(note, 0.8, _words()), NULLWORD),
        c("leadsonline_uploaded_at", N, "TIMESTAMP", g.moments("2025-05-01", "2025-12-31", 0.05), "decoy"),
    ])


def gb_scrap_sellers(g: Gen) -> Table:
    """A Middlesbrough scrap metal dealer's seller transactions (camel case)."""
    rows = []
    for _ in range(g.rows):
        female = g.rnd.random() < 0.15
        a, b = v.person(g, "gb", female)
        born = g.birth(1950, 2006)
        doc = g.rnd.choices(["Photocard licence", "Passport", "Utility bill + bank card"], [0.7, 0.2, 0.1])[0]
        rows.append((a, b, born, female, doc))
    places = [g.rnd.choice(v.GB_CITIES) for _ in range(g.rows)]
    staff = _staff(g, 4, "gb")
    site = v.street(g, ["Dockside Road", "Riverside Park Road", "Cargo Fleet Lane"], "gb")
    return Table("teesMetalRecycling.sellerTransactions", "en", "camel", [
        c("transactionId", N, "BIGINT", g.keys(4_200_001), "decoy", KEY),
        c("weighbridgeTicket", N, "VARCHAR", g.col(lambda: g.code("WB-999999")), "decoy", SHAPE),
        c("sellerForename", "first_name", "VARCHAR", [r[0] for r in rows]),
        c("sellerSurname", "last_name", "VARCHAR", [r[1] for r in rows]),
        c("sellerDateOfBirth", "date_of_birth", "DATE", [r[2] for r in rows]),
        c("idDocumentType", N, "VARCHAR", [r[4] for r in rows], "decoy"),
        c("drivingLicenceNumber", "national_id", "VARCHAR",
          [v.uk_licence(g, r[1], r[0], r[2], r[3]) if r[4] == "Photocard licence" else None for r in rows]),
        c("passportNumber", "national_id", "VARCHAR", [g.digits(9) if r[4] == "Passport" else None for r in rows],
          HEAVY),
        c("sellerAddress", "street_address", "VARCHAR", g.col(lambda: v.street(g, v.GB_STREETS, "gb"))),
        c("sellerTown", "city", "VARCHAR", [p[0] for p in places]),
        c("sellerPostcode", "postal_code", "VARCHAR", [f"{p[1]} {g.code('9AA')}" for p in places]),
        c("sellerMobile", "phone", "VARCHAR", g.phones("GB", {"national": 0.6, "intl": 0.2, "e164": 0.2}, 0.95, 0.05)),
        c("payeeIban", "iban", "VARCHAR", g.col(lambda: v.iban(g, "GB", lambda: g.rnd.choice(
            ["NWBK", "BARC", "LOYD", "HBUK", "MIDL"]) + g.digits(14), g.rnd.random() < 0.5), 0.1)),
        c("vehicleRegistration", N, "VARCHAR", g.col(lambda: g.code("AA99 AAA"), 0.15), "decoy", SHAPE),
        c("materialGrade", N, "VARCHAR", g.col(g.pick(v.METALS)), "decoy"),
        c("netWeightKg", N, "DOUBLE", g.floats(2, 2_400, 1), "decoy"),
        c("pricePerTonne", N, "DECIMAL(10,2)", g.amounts(120, 7_200), "decoy"),
        c("siteLicenceNumber", N, "VARCHAR", ["MBC/SMD/0417"] * g.rows, "business"),
        c("siteAddress", N, "VARCHAR", [f"{site}, Middlesbrough TS2 1RH"] * g.rows, "business"),
        c("weighbridgeOperator", "person_name", "VARCHAR", g.col(g.pick(staff)), STAFF),
        c("customField2", N, "VARCHAR", g.col(lambda: g.code("SKIP-999"), 0.4), "decoy", PLAIN),
        c("cctvImageRef", N, "VARCHAR", g.col(g.sha256), "decoy", SHAPE),
        c("receivedAt", N, "TIMESTAMP", g.moments("2025-01-01", "2025-12-31"), "decoy"),
    ])


def sg_pledges(g: Gen) -> Table:
    """A Geylang pawnshop's pledge tickets (Pascal case)."""
    rows = []
    for _ in range(g.rows):
        born = g.birth(1945, 2005)
        foreign = g.rnd.random() < 0.15
        rows.append((born, v.nric(g, born, foreign), foreign))
    places = [g.rnd.choice(v.SG_ESTATES) for _ in range(g.rows)]
    staff = _staff(g, 4, "sg")
    proxy = [g.rnd.random() < 0.2 for _ in range(g.rows)]
    branch = g.phone("SG", "national", False)
    return Table("KimSengPawnshop.PledgeTickets", "en", "pascal", [
        c("PledgeId", N, "BIGINT", g.keys(88_001), "decoy", KEY),
        c("PledgeNo", N, "VARCHAR", g.col(lambda: v.nric_decoy(g)), "decoy", SHAPE),
        c("PledgorName", "person_name", "VARCHAR", g.col(lambda: v.whole(g, "sg"))),
        c("NricFin", "national_id", "VARCHAR", [r[1] for r in rows]),
        c("DateOfBirth", "date_of_birth", "DATE", [r[0] for r in rows]),
        c("Nationality", N, "VARCHAR", [g.rnd.choice(["MY", "CN", "IN", "PH"]) if r[2] else "SG" for r in rows],
          "decoy"),
        c("ContactNo", "phone", "VARCHAR", g.phones("SG", {"national": 0.7, "e164": 0.3}, 0.95, 0.03)),
        c("Email", "email", "VARCHAR", g.col(lambda: _email(g, "sg"), 0.75), HEAVY),
        c("HomeAddress", "street_address", "VARCHAR", g.col(lambda: v.street(g, v.SG_STREETS, "sg"))),
        c("Estate", "city", "VARCHAR", [p[0] for p in places]),
        c("PostalCode", "postal_code", "VARCHAR", [p[1] + g.digits(4) for p in places]),
        c("AuthorisedRedeemerName", "person_name", "VARCHAR", [v.whole(g, "sg") if p else None for p in proxy],
          ROLE, HEAVY),
        c("AuthorisedRedeemerNric", "national_id", "VARCHAR",
          [v.nric(g, g.birth(1950, 2005)) if p else None for p in proxy], ROLE, HEAVY),
        c("ArticleDescription", N, "VARCHAR", g.col(g.pick(["916 gold bangle", "999 gold bar 1oz", "Rolex Datejust",
                                                             "750 gold ring w/ diamond", "916 gold chain 20in"])),
          "decoy"),
        c("GoldPurity", N, "VARCHAR", g.col(g.pick(["916", "999", "750", "585"])), "decoy"),
        c("WeightGrams", N, "DOUBLE", g.floats(1, 120, 2), "decoy"),
        c("LoanAmount", N, "DECIMAL(10,2)", g.amounts(50, 25_000), "decoy"),
        c("RedemptionDueDate", N, "DATE", g.days("2025-08-01", "2026-06-30"), "decoy"),
        c("Appraiser", "person_name", "VARCHAR", g.col(g.pick(staff)), STAFF),
        c("BranchPhone", N, "VARCHAR", [branch] * g.rows, "business"),
        c("BranchEmail", N, "VARCHAR", ["geylang@kimsengpawn.com.sg"] * g.rows, "business"),
        c("Udf1", "free_text", "VARCHAR", _custom(g, "SG", "sg"), CUSTOM),
    ])


def za_scrap_register(g: Gen) -> Table:
    """A Germiston scrap metal dealer's second-hand goods register (SCREAMING case)."""
    rows = []
    for _ in range(g.rows):
        female = g.rnd.random() < 0.2
        born = g.birth(1955, 2006)
        foreign = g.rnd.random() < 0.12
        rows.append((v.whole(g, "za", female), born, None if foreign else v.za_id(g, born, female), foreign))
    places = [g.rnd.choice(v.ZA_CITIES) for _ in range(g.rows)]
    staff = _staff(g, 3, "za")
    return Table("SHG_SCRAP_REG.GAUTENG_PURCHASES", "en", "screaming", [
        c("REGISTER_ENTRY_NO", N, "VARCHAR", g.col(lambda: v.za_id_decoy(g)), "decoy", SHAPE),
        c("SELLER_FULL_NAMES", "person_name", "VARCHAR", [r[0] for r in rows]),
        c("SELLER_ID_NUMBER", "national_id", "VARCHAR", [r[2] for r in rows]),
        c("SELLER_DOB", "date_of_birth", "DATE", [r[1] for r in rows]),
        c("PASSPORT_NO", "national_id", "VARCHAR", [g.code("AA9999999") if r[3] else None for r in rows], HEAVY),
        c("CELL_NUMBER", "phone", "VARCHAR", g.phones("ZA", {"national": 0.7, "e164": 0.3}, 1.0, 0.05)),
        c("RESIDENTIAL_ADDRESS", "street_address", "VARCHAR", g.col(lambda: v.street(g, v.ZA_STREETS, "za"))),
        c("SUBURB_TOWN", "city", "VARCHAR", [p[0] for p in places]),
        c("POSTAL_CODE", "postal_code", "VARCHAR", [p[1] for p in places]),
        c("EMPLOYER_NAME", N, "VARCHAR", g.col(g.pick(["Self-employed", "Ekurhuleni Plumbing CC", "Rand Salvage",
                                                       "Unemployed"]), 0.3), "business"),
        c("VEHICLE_REG", N, "VARCHAR", g.col(lambda: g.code("AA 99 AA GP"), 0.35), "decoy", SHAPE),
        c("MATERIAL_TYPE", N, "VARCHAR", g.col(g.pick(v.METALS)), "decoy"),
        c("MASS_KG", N, "DOUBLE", g.floats(1, 1_800, 1), "decoy"),
        c("AMOUNT_PAID_ZAR", N, "DECIMAL(12,2)", g.amounts(15, 48_000), "decoy"),
        c("PAYMENT_REF", N, "VARCHAR", g.col(lambda: g.code("EFT99999999")), "decoy", SHAPE),
        c("SAPS_SHG_CERT_NO", N, "VARCHAR", ["SHG/GP/2019/00871"] * g.rows, "business"),
        c("RECEIVING_CLERK", "person_name", "VARCHAR", g.col(g.pick(staff)), STAFF),
        c("YARD_GPS_LAT", N, "DOUBLE", [round(-26.2189 + g.rnd.uniform(-0.001, 0.001), 6) for _ in range(g.rows)],
          "decoy"),
        c("YARD_GPS_LON", N, "DOUBLE", [round(28.1712 + g.rnd.uniform(-0.001, 0.001), 6) for _ in range(g.rows)],
          "decoy"),
        c("CUSTOM_FIELD_3", "free_text", "VARCHAR", _custom(g, "ZA", "za"), CUSTOM),
        c("PURCHASE_DATETIME", N, "TIMESTAMP", g.moments("2025-01-01", "2025-12-31"), "decoy"),
    ])


def au_second_hand(g: Gen) -> Table:
    """A Parramatta second-hand dealer's buy transactions (abbreviated snake case)."""
    pairs = [v.person(g, "au") for _ in range(g.rows)]
    places = [g.rnd.choice(v.AU_CITIES) for _ in range(g.rows)]
    staff = _staff(g, 6, "au")
    kinds = [g.rnd.choices(["DL", "PHOTO CARD", "PP"], [0.75, 0.15, 0.1])[0] for _ in range(g.rows)]
    phones_ = [(g.rnd.random() < 0.6) for _ in range(g.rows)]
    store = g.phone("AU", "national", False)

    def id_no(kind: str) -> str:
        return g.digits(8) if kind == "DL" else g.digits(10) if kind == "PHOTO CARD" else g.code("PA9999999")

    return Table("cashxchg_nsw.sh_dlr_txn", "en", "abbrev", [
        c("txn_id", N, "BIGINT", g.keys(9_000_001), "decoy", KEY),
        c("txn_ts", N, "TIMESTAMP", g.moments("2025-01-01", "2025-12-31"), "decoy"),
        c("cust_fnm", "first_name", "VARCHAR", [a for a, _ in pairs], ABBREV),
        c("cust_mnm", "first_name", "VARCHAR", g.col(lambda: v.given(g, "au"), 0.75), ABBREV, HEAVY),
        c("cust_lnm", "last_name", "VARCHAR", [b for _, b in pairs], ABBREV),
        c("cust_dob", "date_of_birth", "DATE", g.births(1950, 2007), ABBREV),
        c("id_typ", N, "VARCHAR", kinds, "decoy"),
        c("id_no", "national_id", "VARCHAR", [id_no(k) for k in kinds], ABBREV),
        c("ctc_ph", "phone", "VARCHAR", g.phones("AU", {"national": 0.7, "e164": 0.3}, 0.95, 0.05), ABBREV),
        c("ctc_eml", "email", "VARCHAR", [v.email_of(g, a, b, v.DOMAINS["au"]) if p else None
                                          for (a, b), p in zip(pairs, phones_)], ABBREV),
        c("addr_ln1", "street_address", "VARCHAR", g.col(lambda: v.street(g, v.AU_STREETS, "au")), ABBREV),
        c("addr_ln2", "street_address", "VARCHAR", g.col(lambda: f"Unit {g.rnd.randint(1, 40)}", 0.75), ABBREV,
          HEAVY),
        c("sbrb", "city", "VARCHAR", [p[0] for p in places], ABBREV),
        c("pcode", "postal_code", "VARCHAR", [p[1] for p in places], ABBREV),
        c("itm_desc", N, "VARCHAR", g.col(g.pick(["iPhone 13 128GB", "Galaxy S22", "MacBook Air M1", "Xbox Series X",
                                                  "Makita impact driver", "9ct gold bracelet"])), "decoy"),
        c("itm_sku", N, "VARCHAR", g.col(lambda: g.code("CX-AAA-99999")), "decoy", SHAPE),
        c("itm_imei", N, "VARCHAR", g.col(lambda: v.imei(g), 0.45), "decoy", SHAPE),
        c("itm_srl", N, "VARCHAR", g.col(lambda: g.code("ZZZZZZZZZZ"), 0.3), "decoy", SHAPE),
        c("buy_amt", N, "DECIMAL(10,2)", g.amounts(10, 2_400), "decoy"),
        c("hold_exp_dt", N, "DATE", g.days("2025-01-15", "2026-01-14"), "decoy"),
        c("clk_nm", "person_name", "VARCHAR", g.col(g.pick(staff)), STAFF, ABBREV),
        c("str_addr", N, "VARCHAR", ["Shop 3, 180 Church St, Parramatta NSW 2150"] * g.rows, "business"),
        c("str_ph", N, "VARCHAR", [store] * g.rows, "business"),
        c("kiosk_app_ver", N, "VARCHAR", g.col(g.version), "decoy"),
        c("udf_1", N, "VARCHAR", g.col(lambda: g.code("SHELF A9-99"), 0.3), "decoy", PLAIN),
    ])


def fl_pawn_legacy(g: Gen) -> Table:
    """A Miami pawn chain's police transaction extract, a COBOL file (padded CHAR, numbers for dates and phones)."""
    rows = []
    for _ in range(g.rows):
        female = g.rnd.random() < 0.35
        a, b = v.person(g, "fl", female)
        rows.append((a, b, g.birth(1945, 2006), female))
    places = [g.rnd.choice(v.FL_CITIES) for _ in range(g.rows)]
    staff = _staff(g, 8, "fl")
    stores = [(f"{i:03d}", g.phone("US", "digits", False, v.FL_AREAS)) for i in (101, 104, 117, 122)]
    store = [g.rnd.randrange(len(stores)) for _ in range(g.rows)]
    return Table("PAWNLEG.PWN_POLICE_XTRACT", "en", "cobol", [
        c("PWN-TRANS-NO", N, "VARCHAR", g.col(lambda: g.code("99999999")), "decoy", SHAPE, LEGACY),
        c("PWN-STORE-NO", N, "VARCHAR", [stores[i][0] for i in store], "business", LEGACY),
        c("PWN-CUST-LAST-NM", "last_name", "VARCHAR", _pad([r[1].upper() for r in rows], 20), LEGACY),
        c("PWN-CUST-FIRST-NM", "first_name", "VARCHAR", _pad([r[0].upper() for r in rows], 15), LEGACY),
        c("PWN-CUST-DOB", "date_of_birth", "INTEGER", [_ymd(r[2]) for r in rows], LEGACY),
        c("PWN-CUST-SEX", N, "VARCHAR", ["F" if r[3] else "M" for r in rows], "decoy", LEGACY),
        c("PWN-CUST-RACE", N, "VARCHAR", g.col(g.pick(["W", "B", "H", "A", "O"])), "decoy", LEGACY),
        c("PWN-ID-TYPE", N, "VARCHAR", _pad(g.col(g.pick(["DL", "ID", "PP"])), 4), "decoy", LEGACY),
        c("PWN-ID-NO", "national_id", "VARCHAR",
          _pad([f"{r[1][0].upper()}{g.digits(3)}-{g.digits(3)}-{r[2].year % 100:02d}-{g.digits(3)}-{g.digits(1)}"
                for r in rows], 20), LEGACY),
        c("PWN-ID-STATE", N, "VARCHAR", g.col(g.pick(["FL", "FL", "FL", "GA", "NY", "PR"])), "decoy", LEGACY),
        c("PWN-CUST-SSN", "ssn", "BIGINT", [int(v.us_ssn(g, False)) if g.rnd.random() < 0.3 else 0
                                            for _ in range(g.rows)], LEGACY),
        c("PWN-CUST-ADDR", "street_address", "VARCHAR", _pad(g.col(lambda: v.street(g, v.FL_STREETS, "fl")), 30),
          LEGACY),
        c("PWN-CUST-CITY", "city", "VARCHAR", _pad([p[0] for p in places], 18), LEGACY),
        c("PWN-CUST-ZIP", "postal_code", "INTEGER", [int(p[1] + g.digits(2)) if g.rnd.random() < 0.95 else 0
                                                     for p in places], LEGACY),
        c("PWN-CUST-PHONE", "phone", "BIGINT", [int(g.phone("US", "digits", True, v.FL_AREAS))
                                                if g.rnd.random() < 0.8 else 0 for _ in range(g.rows)], LEGACY),
        c("PWN-ITEM-DESC", N, "VARCHAR", _pad(g.col(g.pick([x.upper() for x in v.PAWN_ITEMS])), 30), "decoy",
          LEGACY),
        c("PWN-ITEM-SERIAL", N, "VARCHAR", _pad(g.col(lambda: g.code("ZZZZZZ99999"), 0.2), 20), "decoy", SHAPE,
          LEGACY),
        c("PWN-AMT", N, "DECIMAL(9,2)", g.amounts(10, 6_000), "decoy", LEGACY),
        c("PWN-TRANS-DT", N, "INTEGER", [_ymd(g.day("2025-01-01", "2025-12-31")) for _ in range(g.rows)], "decoy",
          LEGACY),
        c("PWN-THUMB-IMG-REF", N, "VARCHAR", g.col(g.md5), "decoy", SHAPE, LEGACY),
        c("PWN-CLERK-NM", "person_name", "VARCHAR", _pad(g.col(lambda: g.rnd.choice(staff).upper()), 25), STAFF,
          LEGACY),
        c("PWN-USER-FLD-1", "free_text", "VARCHAR", _pad(_custom(g, "US", "fl", areas=v.FL_AREAS), 40), CUSTOM,
          LEGACY),
        c("PWN-STORE-PHONE", N, "BIGINT", [int(stores[i][1]) for i in store], "business", LEGACY),
    ])


def th_pawn_staging(g: Gen) -> Table:
    """A Bangkok pawnshop's pledges, landed as an opaque staging table (Thai values)."""
    def name() -> str:
        female = g.rnd.random() < 0.5
        a, b = v.person(g, "th", female)
        title = g.rnd.choice(["นาง", "นางสาว"]) if female else "นาย"
        return f"{title}{a} {b}"

    def dob() -> str:
        d = g.birth(1950, 2005)
        return f"{d.day:02d}/{d.month:02d}/{d.year + 543}"

    places = [g.rnd.choice(v.TH_CITIES) for _ in range(g.rows)]
    branches = ["สถานธนานุบาล 3 บางรัก", "สถานธนานุบาล 11 ดินแดง", "สถานธนานุบาล 19 ลาดพร้าว"]
    return Table("stg_tkn_bkk.src_pledge_raw", "en", "opaque", [
        c("col01", N, "VARCHAR", g.col(g.uuid), "decoy", KEY, OPAQUE),
        c("col02", "person_name", "VARCHAR", g.col(name), OPAQUE),
        c("col03", "national_id", "VARCHAR", g.col(lambda: v.th_pin(g, g.rnd.random() < 0.5), 0.03), OPAQUE),
        c("col04", "date_of_birth", "VARCHAR", g.col(dob, 0.05), OPAQUE),
        c("col05", "phone", "VARCHAR", g.phones("TH", {"national": 0.7, "e164": 0.3}, 0.95, 0.05), OPAQUE),
        c("col06", "street_address", "VARCHAR", g.col(lambda: v.street(g, v.TH_STREETS, "th")), OPAQUE),
        c("col07", "city", "VARCHAR", [p[0] for p in places], OPAQUE),
        c("col08", "postal_code", "VARCHAR", [p[1] for p in places], OPAQUE),
        c("col09", N, "VARCHAR", g.col(lambda: v.th_pin_decoy(g)), "decoy", SHAPE, OPAQUE),
        c("col10", N, "VARCHAR", g.col(g.pick(["สร้อยคอทองคำ 1 บาท", "แหวนทองคำ 2 สลึง", "โทรศัพท์มือถือ",
                                               "สร้อยข้อมือทองคำ 2 บาท", "นาฬิกาข้อมือ"])), "decoy", OPAQUE),
        c("col11", N, "DECIMAL(10,2)", g.amounts(500, 60_000), "decoy", OPAQUE),
        c("col12", N, "DATE", g.days("2025-06-01", "2026-04-30"), "decoy", OPAQUE),
        c("col13", "free_text", "VARCHAR", _custom(g, "TH", "th"), CUSTOM, OPAQUE),
        c("col14", "person_name", "VARCHAR", g.col(name, 0.82), ROLE, HEAVY, OPAQUE),
        c("col15", N, "VARCHAR", g.col(g.sha256), "decoy", SHAPE, OPAQUE),
        c("col16", N, "VARCHAR", g.col(g.pick(branches)), "business", OPAQUE),
        c("col17", "email", "VARCHAR", g.col(lambda: _email(g, "th"), 0.8), HEAVY, OPAQUE),
        c("col18", N, "TIMESTAMP", g.moments("2025-03-01", "2025-11-30"), "decoy", OPAQUE),
    ])


def me_auction_bidders(g: Gen) -> Table:
    """A Maine estate auction house's bidder registrations (Hungarian notation)."""
    pairs = [v.person(g, "me") for _ in range(g.rows)]
    places = [g.rnd.choice(v.ME_CITIES) for _ in range(g.rows)]
    auctioneers = [(v.whole(g, "me"), f"AUC{g.rnd.randint(1000, 1999)}") for _ in range(3)]
    auct = [g.rnd.randrange(len(auctioneers)) for _ in range(g.rows)]
    cards = g.col(lambda: v.card(g), 0.3)
    online = [g.rnd.random() < 0.55 for _ in range(g.rows)]

    def note() -> str:
        return g.rnd.choice([f"Absentee bids phoned in by daughter {v.given(g, 'me')}", "Dealer, tax exempt",
                             f"Picking up for {v.whole(g, 'me')}", "Bid on lots 14-22 only",
                             "Card declined, paid by check"])

    return Table("kennebec_auctions.tblBidderRegistrations", "en", "hungarian", [
        c("lngBidderID", N, "BIGINT", g.keys(30_001), "decoy", KEY),
        c("intPaddleNo", N, "INTEGER", g.ints(100, 899), "decoy"),
        c("strFirstName", "first_name", "VARCHAR", [a for a, _ in pairs]),
        c("strLastName", "last_name", "VARCHAR", [b for _, b in pairs]),
        c("strCompany", N, "VARCHAR", g.col(g.pick(["Down East Antiques", "Pine Tree Estate Services",
                                                    "Cobbosseecontee Collectibles"]), 0.6), "business"),
        c("strAddress1", "street_address", "VARCHAR", g.col(lambda: v.street(g, v.ME_STREETS, "me"))),
        c("strCity", "city", "VARCHAR", [p[0] for p in places]),
        c("strState", N, "VARCHAR", ["ME"] * g.rows, "decoy"),
        c("strZip", "postal_code", "VARCHAR", [p[1] for p in places]),
        c("strPhoneDay", "phone", "VARCHAR", g.phones("US", {"dashes": 0.6, "national": 0.4}, 0.6, 0.05,
                                                      v.ME_AREAS)),
        c("strEmail", "email", "VARCHAR", [v.email_of(g, a, b, v.DOMAINS["me"]) if g.rnd.random() < 0.7 else None
                                           for a, b in pairs]),
        c("strCardNumber", "credit_card", "VARCHAR", cards),
        c("strCardLast4", N, "VARCHAR", [x[-4:] if x else None for x in cards], "decoy"),
        c("strResaleCertNo", N, "VARCHAR", g.col(lambda: "ME-RC-" + g.digits(6), 0.6), "business"),
        c("strBidderLogin", USERNAME, "VARCHAR",
          [v.plain(a)[:1] + v.plain(b)[:8] + str(g.rnd.randint(1, 99)) if o else None
           for (a, b), o in zip(pairs, online)], "username"),
        c("strRegistrationIP", "ip_address", "VARCHAR", [g.ip() if o else None for o in online]),
        c("strHeirBeneficiary", "person_name", "VARCHAR", g.col(lambda: v.whole(g, "me"), 0.85), ROLE, HEAVY),
        c("dtmRegistered", N, "TIMESTAMP", g.moments("2025-04-01", "2025-11-30"), "decoy"),
        c("strAuctioneer", "person_name", "VARCHAR", [auctioneers[i][0] for i in auct], STAFF),
        c("strAuctioneerLicNo", N, "VARCHAR", [auctioneers[i][1] for i in auct], "decoy", PRACT),
        c("curDepositAmt", N, "DECIMAL(10,2)", g.amounts(0, 500), "decoy"),
        c("strShipTracking", N, "VARCHAR", g.col(lambda: g.code("1Z9ZZ999999999999Z"), 0.55), "decoy", SHAPE),
        c("strUDF2", "free_text", "VARCHAR", _custom(g, "US", "me", areas=v.ME_AREAS), CUSTOM),
        c("memNotes", "free_text", "VARCHAR", g.sparse(note, 0.8, _words("none given")), NULLWORD),
    ])


# -- tables named in other languages -----------------------------------------------------------------------------------


def ro_amanet(g: Gen) -> Table:
    """A Cluj-Napoca pawnshop's pledge contracts (Romanian, snake case)."""
    rows = []
    for _ in range(g.rows):
        female = g.rnd.random() < 0.55
        a, b = v.person(g, "ro", female)
        born = g.birth(1940, 2006)
        rows.append((a, b, born, v.cnp(g, born, female, g.rnd.choice(["12", "12", "12", "05", "26"]))))
    places = [g.rnd.choice(v.RO_CITIES) for _ in range(g.rows)]
    staff = _staff(g, 4, "ro")
    company = v.cui(g)

    def obs() -> str:
        return g.rnd.choice([f"Prelungire cerută telefonic de fiica {v.given(g, 'ro')}", "Client fidel",
                             f"Răscumpărat de {v.whole(g, 'ro')} cu procură", "Inel cu piatră lipsă"])

    return Table("amanet_cluj.contracte_amanet", "ro", "snake", [
        c("id_contract", N, "BIGINT", g.keys(220_001), "decoy", KEY),
        c("nr_contract", N, "VARCHAR", g.col(lambda: v.cnp_decoy(g)), "decoy", SHAPE),
        c("nume", "last_name", "VARCHAR", [r[1] for r in rows]),
        c("prenume", "first_name", "VARCHAR", [r[0] for r in rows]),
        c("cnp", "national_id", "VARCHAR", [r[3] for r in rows]),
        c("data_nasterii", "date_of_birth", "DATE", [r[2] for r in rows]),
        c("serie_numar_ci", "national_id", "VARCHAR", g.col(lambda: f"{g.rnd.choice(['CJ', 'KX', 'BN'])} "
                                                                    f"{g.digits(6)}", 0.02)),
        c("telefon", "phone", "VARCHAR", g.phones("RO", {"national": 0.7, "e164": 0.3}, 0.9, 0.05)),
        c("email", "email", "VARCHAR", g.col(lambda: _email(g, "ro"), 0.75), HEAVY),
        c("adresa", "street_address", "VARCHAR", g.col(lambda: v.street(g, v.RO_STREETS, "ro"))),
        c("localitate", "city", "VARCHAR", [p[0] for p in places]),
        c("judet", N, "VARCHAR", ["Cluj"] * g.rows, "decoy"),
        c("cod_postal", "postal_code", "VARCHAR", [p[1] if len(p[1]) == 6 else p[1] + g.digits(3) for p in places]),
        c("bun_amanetat", N, "VARCHAR", g.col(g.pick(["inel aur 14K", "lănțișor aur 18K", "cercei aur", "laptop Lenovo",
                                                      "brățară aur 585"])), "decoy"),
        c("titlu_aur", N, "VARCHAR", g.col(g.pick(["585", "750", "333"])), "decoy"),
        c("greutate_grame", N, "DOUBLE", g.floats(0.8, 60, 2), "decoy"),
        c("suma_imprumutata", N, "DECIMAL(10,2)", g.amounts(50, 9_000), "decoy"),
        c("data_scadenta", N, "DATE", g.days("2025-06-01", "2026-03-31"), "decoy"),
        c("evaluator", "person_name", "VARCHAR", g.col(g.pick(staff)), STAFF),
        c("cui_societate", N, "VARCHAR", [f"RO{company}"] * g.rows, "business"),
        c("adresa_punct_lucru", N, "VARCHAR", g.col(g.pick(["Str. Memorandumului nr. 12, Cluj-Napoca",
                                                            "Calea Mănăștur nr. 68, Cluj-Napoca"])), "business"),
        c("martor_nume", "person_name", "VARCHAR", [v.whole(g, "ro") if r[2].year < 1950 or g.rnd.random() < 0.1
                                                    else None for r in rows], ROLE, HEAVY),
        c("camp_liber_2", N, "VARCHAR", g.col(lambda: f"raft {g.rnd.randint(1, 9)} / cutia {g.rnd.randint(1, 60)}",
                                              0.3), "decoy", PLAIN),
        c("observatii", "free_text", "VARCHAR", g.sparse(obs, 0.78, _words("fără")), NULLWORD),
    ])


def no_brukthandel(g: Gen) -> Table:
    """A Trondheim second-hand dealer's purchase register (Norwegian, camel case)."""
    births = [g.birth(2008, 2009) if g.rnd.random() < 0.12 else g.birth(1945, 2006) for _ in range(g.rows)]
    pairs = [v.person(g, "no") for _ in range(g.rows)]
    places = [g.rnd.choice(v.NO_CITIES) for _ in range(g.rows)]
    staff = _staff(g, 3, "no")
    docs = [g.rnd.choice(["Pass", "Førerkort", "Nasjonalt ID-kort"]) for _ in range(g.rows)]
    shop = g.phone("NO", "national", False)

    def merknad() -> str:
        return g.rnd.choice(["Sykkel, rammenr. sjekket mot politiets register",
                             f"Selger oppga at {v.whole(g, 'no')} eier gjenstanden",
                             "Innkjøp avvist, mangler legitimasjon", "Kvittering fra Elkjøp vist"])

    return Table("bruktkjop_trondheim.innkjopsprotokoll", "no", "camel", [
        c("protokollNr", N, "BIGINT", g.keys(12_001), "decoy", KEY),
        c("kvitteringsnr", N, "VARCHAR", g.col(lambda: g.code("K-2025-99999")), "decoy", SHAPE),
        c("selgerFornavn", "first_name", "VARCHAR", [a for a, _ in pairs]),
        c("selgerEtternavn", "last_name", "VARCHAR", [b for _, b in pairs]),
        c("fodselsnummer", "national_id", "VARCHAR", [v.fnr(g, d) for d in births]),
        c("fodselsdato", "date_of_birth", "DATE", births),
        c("legitimasjonstype", N, "VARCHAR", docs, "decoy"),
        c("legitimasjonsnr", "national_id", "VARCHAR", [g.code("AA9999999") if d != "Førerkort" else g.digits(11)
                                                        for d in docs]),
        c("mobil", "phone", "VARCHAR", g.phones("NO", {"national": 0.7, "intl": 0.3}, 1.0, 0.02)),
        c("epost", "email", "VARCHAR", [v.email_of(g, a, b, v.DOMAINS["no"]) if g.rnd.random() < 0.6 else None
                                        for a, b in pairs]),
        c("gateadresse", "street_address", "VARCHAR", g.col(lambda: v.street(g, v.NO_STREETS, "no"))),
        c("postnummer", "postal_code", "VARCHAR", [p[1] for p in places]),
        c("poststed", "city", "VARCHAR", [p[0] for p in places]),
        c("utbetalingKonto", "iban", "VARCHAR", g.col(lambda: v.no_iban(g), 0.2)),
        c("vergeNavn", "person_name", "VARCHAR", [v.whole(g, "no") if d.year >= 2008 else None for d in births],
          ROLE, HEAVY),
        c("gjenstand", N, "VARCHAR", g.col(g.pick(["Sykkel DBS", "Gullring 585", "Mobiltelefon", "Gitar Fender",
                                                   "Sølvbestikk 830S", "Drill Bosch"])), "decoy"),
        c("serienummer", N, "VARCHAR", g.col(lambda: g.code("ZZZZZZZZ99"), 0.3), "decoy", SHAPE),
        c("innkjopspris", N, "DECIMAL(10,2)", g.amounts(50, 12_000), "decoy"),
        c("ansatt", "person_name", "VARCHAR", g.col(g.pick(staff)), STAFF),
        c("butikkOrgnr", N, "VARCHAR", [v.orgnr(g)] * g.rows, "business"),
        c("butikkTelefon", N, "VARCHAR", [shop] * g.rows, "business"),
        c("fritekst2", "free_text", "VARCHAR", _custom(g, "NO", "no"), CUSTOM),
        c("merknad", "free_text", "VARCHAR", g.sparse(merknad, 0.8, _words("ingen")), NULLWORD),
    ])


def hu_zaloghaz(g: Gen) -> Table:
    """A Debrecen pawnshop's pawn tickets (Hungarian, snake case)."""
    rows = []
    for _ in range(g.rows):
        female = g.rnd.random() < 0.6
        a, b = v.person(g, "hu", female)
        rows.append((f"{b} {a}", g.birth(1940, 2006), female))
    places = [g.rnd.choice(v.HU_CITIES) for _ in range(g.rows)]
    staff = _staff(g, 4, "hu")
    return Table("zalogfiok_debrecen.zalogjegyek", "hu", "snake", [
        c("zalogjegy_id", N, "BIGINT", g.keys(510_001), "decoy", KEY),
        c("zalogjegy_szam", N, "VARCHAR", g.col(lambda: v.taj_decoy(g)), "decoy", SHAPE),
        c("nev", "person_name", "VARCHAR", [r[0] for r in rows]),
        c("szuletesi_nev", "person_name", "VARCHAR", [v.whole(g, "hu", True) if r[2] and g.rnd.random() < 0.45
                                                      else None for r in rows], HEAVY),
        c("anyja_neve", "person_name", "VARCHAR", g.col(lambda: v.whole(g, "hu", True)), ROLE),
        c("szuletesi_hely", "city", "VARCHAR", g.col(lambda: g.rnd.choice(v.HU_CITIES)[0])),
        c("szuletesi_ido", "date_of_birth", "DATE", [r[1] for r in rows]),
        c("szemelyi_igazolvany_szam", "national_id", "VARCHAR", g.col(lambda: g.code("999999AA"))),
        c("adoazonosito_jel", "national_id", "VARCHAR", [v.hu_adoazonosito(g, r[1]) if g.rnd.random() < 0.2 else None
                                                         for r in rows], HEAVY),
        c("lakcim", "street_address", "VARCHAR", g.col(lambda: v.street(g, v.HU_STREETS, "hu"))),
        c("iranyitoszam", "postal_code", "VARCHAR", [p[1] for p in places]),
        c("telepules", "city", "VARCHAR", [p[0] for p in places]),
        c("telefonszam", "phone", "VARCHAR", g.phones("HU", {"national": 0.6, "intl": 0.4}, 0.9, 0.05)),
        c("email_cim", "email", "VARCHAR", g.col(lambda: _email(g, "hu"), 0.75), HEAVY),
        c("zalogtargy", N, "VARCHAR", g.col(g.pick(["arany nyaklánc", "arany karikagyűrű", "arany fülbevaló",
                                                    "karóra", "ezüst evőeszköz"])), "decoy"),
        c("finomsag", N, "VARCHAR", g.col(g.pick(["585", "750", "14K", "925"])), "decoy"),
        c("tomeg_gramm", N, "DOUBLE", g.floats(0.5, 80, 2), "decoy"),
        c("kolcsonosszeg_ft", N, "INTEGER", g.ints(5_000, 1_500_000), "decoy"),
        c("lejarat", N, "DATE", g.days("2025-04-01", "2026-02-28"), "decoy"),
        c("becsus", "person_name", "VARCHAR", g.col(g.pick(staff)), STAFF),
        c("fiok_cim", N, "VARCHAR", ["4025 Debrecen, Piac utca 31."] * g.rows, "business"),
        c("ceg_adoszam", N, "VARCHAR", [f"{g.digits(8)}-2-09"] * g.rows, "business"),
        c("egyedi_mezo_2", "free_text", "VARCHAR", _custom(g, "HU", "hu"), CUSTOM),
    ])


def fi_kullanosto(g: Gen) -> Table:
    """A Tampere gold buyer's purchases (Finnish, snake case)."""
    births = g.births(1940, 2006)
    pairs = [v.person(g, "fi") for _ in range(g.rows)]
    places = [g.rnd.choice(v.FI_CITIES) for _ in range(g.rows)]
    staff = _staff(g, 3, "fi")
    shop = g.phone("FI", "national", False)
    company = v.ytunnus(g)

    def note() -> str:
        return g.rnd.choice(["Perintökoruja, perukirja nähty", f"Myyjän puoliso {v.given(g, 'fi')} mukana",
                             "Hammaskultaa", f"Asiakas ohjattu myymälään, yhteyshenkilö {v.whole(g, 'fi')}"])

    return Table("kullanosto_tampere.ostotapahtumat", "fi", "snake", [
        c("osto_id", N, "BIGINT", g.keys(70_001), "decoy", KEY),
        c("kuittinumero", N, "VARCHAR", g.col(lambda: g.code("TRE-99999")), "decoy", SHAPE),
        c("etunimi", "first_name", "VARCHAR", [a for a, _ in pairs]),
        c("sukunimi", "last_name", "VARCHAR", [b for _, b in pairs]),
        c("henkilotunnus", "national_id", "VARCHAR", [v.hetu(g, d) for d in births]),
        c("syntymaaika", "date_of_birth", "DATE", births),
        c("henkilollisyystodistus", N, "VARCHAR", g.col(g.pick(["passi", "ajokortti", "henkilökortti"])), "decoy"),
        c("asiakirjan_numero", "national_id", "VARCHAR", g.col(lambda: g.code("AA9999999"), 0.05)),
        c("puhelin", "phone", "VARCHAR", g.phones("FI", {"national": 0.7, "e164": 0.3}, 0.95, 0.05)),
        c("sahkoposti", "email", "VARCHAR", [v.email_of(g, a, b, v.DOMAINS["fi"]) if g.rnd.random() < 0.55 else None
                                             for a, b in pairs]),
        c("katuosoite", "street_address", "VARCHAR", g.col(lambda: v.street(g, v.FI_STREETS, "fi"))),
        c("postinumero", "postal_code", "VARCHAR", [p[1] for p in places]),
        c("postitoimipaikka", "city", "VARCHAR", [p[0] for p in places]),
        c("tilinumero", "iban", "VARCHAR", g.col(lambda: v.iban(g, "FI", lambda: g.digits(14)), 0.05)),
        c("edunvalvoja", "person_name", "VARCHAR", g.col(lambda: v.whole(g, "fi"), 0.88), ROLE, HEAVY),
        c("tuote", N, "VARCHAR", g.col(g.pick(["kultasormus", "kultaketju", "kultakolikko", "hammaskulta",
                                               "kultakorvakorut"])), "decoy"),
        c("pitoisuus", N, "VARCHAR", g.col(g.pick(["375", "585", "750", "916"])), "decoy"),
        c("paino_g", N, "DOUBLE", g.floats(0.5, 150, 2), "decoy"),
        c("hinta_eur", N, "DECIMAL(10,2)", g.amounts(15, 9_500), "decoy"),
        c("kultakurssi_eur_g", N, "DOUBLE", g.floats(68, 104, 2), "decoy"),
        c("ostaja", "person_name", "VARCHAR", g.col(g.pick(staff)), STAFF),
        c("y_tunnus", N, "VARCHAR", [company] * g.rows, "business"),
        c("myymala_puhelin", N, "VARCHAR", [shop] * g.rows, "business"),
        c("lisakentta_1", N, "VARCHAR", g.col(lambda: f"vaaka {g.rnd.randint(1, 3)}", 0.2), "decoy", PLAIN),
        c("huomautukset", "free_text", "VARCHAR", g.sparse(note, 0.8, _words("ei", "ei tiedossa")), NULLWORD),
    ])


def bg_zalozhna(g: Gen) -> Table:
    """A Plovdiv pawnshop's pledge contracts (Bulgarian, Cyrillic column names and values)."""
    rows = []
    for _ in range(g.rows):
        female = g.rnd.random() < 0.5
        a, b = v.person(g, "bg", female)
        patronymic = v.person(g, "bg", female)[1]
        born = g.birth(1940, 2006)
        rows.append((a, patronymic, b, born, v.egn(g, born, female)))
    places = [g.rnd.choice(v.BG_CITIES) for _ in range(g.rows)]
    staff = _staff(g, 4, "bg")
    branch = g.phone("BG", "national", False)

    def note() -> str:
        return g.rnd.choice([f"Удължен срок по молба на сина {v.given(g, 'bg')}", "Клиентът е редовен",
                             f"Изкупен от {v.whole(g, 'bg')} с пълномощно", "Пръстен с липсващ камък"])

    return Table("заложна_къща_пловдив.договори_залог", "bg", "snake", [
        c("номер_договор", N, "VARCHAR", g.col(lambda: v.egn_decoy(g)), "decoy", SHAPE),
        c("име", "first_name", "VARCHAR", [r[0] for r in rows]),
        c("презиме", "person_name", "VARCHAR", [r[1] for r in rows]),
        c("фамилия", "last_name", "VARCHAR", [r[2] for r in rows]),
        c("егн", "national_id", "VARCHAR", [r[4] for r in rows]),
        c("дата_раждане", "date_of_birth", "DATE", [r[3] for r in rows]),
        c("лична_карта_номер", "national_id", "VARCHAR", g.col(lambda: "6" + g.digits(8), 0.03)),
        c("телефон", "phone", "VARCHAR", g.phones("BG", {"national": 0.7, "e164": 0.3}, 0.9, 0.05)),
        c("имейл", "email", "VARCHAR", g.col(lambda: _email(g, "bg"), 0.8), HEAVY),
        c("постоянен_адрес", "street_address", "VARCHAR", g.col(lambda: v.street(g, v.BG_STREETS, "bg"))),
        c("град", "city", "VARCHAR", [p[0] for p in places]),
        c("пощенски_код", "postal_code", "VARCHAR", [p[1] for p in places]),
        c("предмет_на_залога", N, "VARCHAR", g.col(g.pick(["златна верижка", "златен пръстен", "лаптоп",
                                                           "златни обеци", "мобилен телефон"])), "decoy"),
        c("проба", N, "VARCHAR", g.col(g.pick(["585", "750", "333", "—"])), "decoy"),
        c("тегло_грама", N, "DOUBLE", g.floats(0.5, 60, 2), "decoy"),
        c("сума_лв", N, "DECIMAL(10,2)", g.amounts(20, 6_000), "decoy"),
        c("падеж", N, "DATE", g.days("2025-05-01", "2026-02-28"), "decoy"),
        c("оценител", "person_name", "VARCHAR", g.col(g.pick(staff)), STAFF),
        c("поръчител_име", "person_name", "VARCHAR", g.col(lambda: v.whole(g, "bg"), 0.85), ROLE, HEAVY),
        c("еик_търговец", N, "VARCHAR", [v.bg_eik(g)] * g.rows, "business"),
        c("клон_телефон", N, "VARCHAR", [branch] * g.rows, "business"),
        c("допълнително_поле_2", "free_text", "VARCHAR", _custom(g, "BG", "bg"), CUSTOM),
        c("бележки", "free_text", "VARCHAR", g.sparse(note, 0.8, _words("няма", "нищо")), NULLWORD),
    ])


def hr_aukcije(g: Gen) -> Table:
    """A Zagreb auction house's consignors and buyers (Croatian, snake case)."""
    pairs = [v.person(g, "hr") for _ in range(g.rows)]
    places = [g.rnd.choice(v.HR_CITIES) for _ in range(g.rows)]
    roles = [g.rnd.choice(["komitent", "kupac", "kupac"]) for _ in range(g.rows)]
    staff = _staff(g, 2, "hr")
    house = v.oib(g)

    def note() -> str:
        return g.rnd.choice([f"Slika iz ostavštine, nasljednici: {v.whole(g, 'hr')}", "Plaćeno virmanom",
                             f"Preuzima {v.whole(g, 'hr')} uz punomoć", "Certifikat autentičnosti priložen"])

    return Table("aukcije_zagreb.komitenti_i_kupci", "hr", "snake", [
        c("id_zapisa", N, "BIGINT", g.keys(5_001), "decoy", KEY),
        c("broj_primke", N, "VARCHAR", g.col(lambda: v.oib_decoy(g)), "decoy", SHAPE),
        c("uloga", N, "VARCHAR", roles, "decoy"),
        c("ime", "first_name", "VARCHAR", [a for a, _ in pairs]),
        c("prezime", "last_name", "VARCHAR", [b for _, b in pairs]),
        c("oib", "national_id", "VARCHAR", g.col(lambda: v.oib(g), 0.05)),
        c("datum_rodenja", "date_of_birth", "DATE", [None if g.rnd.random() < 0.2 else g.birth(1940, 2004)
                                                     for _ in range(g.rows)]),
        c("broj_osobne_iskaznice", "national_id", "VARCHAR", g.col(lambda: g.digits(9), 0.7), HEAVY),
        c("adresa", "street_address", "VARCHAR", g.col(lambda: v.street(g, v.HR_STREETS, "hr"))),
        c("mjesto", "city", "VARCHAR", [p[0] for p in places]),
        c("postanski_broj", "postal_code", "VARCHAR", [p[1] for p in places]),
        c("mobitel", "phone", "VARCHAR", g.phones("HR", {"national": 0.7, "intl": 0.3}, 0.9, 0.05)),
        c("e_posta", "email", "VARCHAR", [v.email_of(g, a, b, v.DOMAINS["hr"]) for a, b in pairs]),
        c("iban", "iban", "VARCHAR", [v.iban(g, "HR", lambda: g.digits(17)) if r == "komitent" or
                                      g.rnd.random() < 0.2 else None for r in roles]),
        c("nasljednik_ime", "person_name", "VARCHAR", [v.whole(g, "hr") if r == "komitent" and g.rnd.random() < 0.4
                                                       else None for r in roles], ROLE, HEAVY),
        c("broj_lota", N, "INTEGER", g.ints(1, 420), "decoy"),
        c("predmet", N, "VARCHAR", g.col(g.pick(["ulje na platnu", "srebrni pladanj", "džepni sat", "grafika",
                                                 "zlatnik 20 kruna"])), "decoy"),
        c("procjena_eur", N, "DECIMAL(10,2)", g.amounts(80, 40_000), "decoy"),
        c("cijena_bat_eur", N, "DECIMAL(10,2)", g.amounts(80, 55_000), "decoy"),
        c("aukcionar", "person_name", "VARCHAR", g.col(g.pick(staff)), STAFF),
        c("oib_aukcijske_kuce", N, "VARCHAR", [house] * g.rows, "business"),
        c("ip_adresa_ponude", "ip_address", "VARCHAR", g.col(g.ipv4, 0.6)),
        c("slobodno_polje_1", "free_text", "VARCHAR", _custom(g, "HR", "hr"), CUSTOM),
        c("napomena", "free_text", "VARCHAR", g.sparse(note, 0.8, _words("nema", "nepoznato")), NULLWORD),
    ])


def lv_metalluzni(g: Gen) -> Table:
    """A Riga scrap metal yard's acceptance acts (Latvian, snake case)."""
    rows = []
    for _ in range(g.rows):
        female = g.rnd.random() < 0.15
        a, b = v.person(g, "lv", female)
        born = g.birth(1950, 2006)
        rows.append((a, b, born, v.lv_personas_kods(g, born, g.rnd.random() < 0.3)))
    places = [g.rnd.choice(v.LV_CITIES) for _ in range(g.rows)]
    staff = _staff(g, 3, "lv")
    company = v.lv_company(g)

    def note() -> str:
        return g.rnd.choice(["Kabelis bez izolācijas", f"Atveda kopā ar {v.whole(g, 'lv')}",
                             "Radiators no privātmājas", f"Zvanīt brālim {v.given(g, 'lv')}"])

    return Table("metalluznu_riga.pienemsanas_akti", "lv", "snake", [
        c("akta_nr", N, "VARCHAR", g.col(lambda: v.lv_decoy(g)), "decoy", SHAPE),
        c("vards", "first_name", "VARCHAR", [r[0] for r in rows]),
        c("uzvards", "last_name", "VARCHAR", [r[1] for r in rows]),
        c("personas_kods", "national_id", "VARCHAR", [r[3] for r in rows]),
        c("dzimsanas_datums", "date_of_birth", "DATE", [r[2] for r in rows]),
        c("pases_nr", "national_id", "VARCHAR", g.col(lambda: "LV" + g.digits(7), 0.75), HEAVY),
        c("talrunis", "phone", "VARCHAR", g.phones("LV", {"national": 0.6, "e164": 0.4}, 0.95, 0.05)),
        c("e_pasts", "email", "VARCHAR", g.col(lambda: _email(g, "lv"), 0.8), HEAVY),
        c("adrese", "street_address", "VARCHAR", g.col(lambda: v.street(g, v.LV_STREETS, "lv"))),
        c("pilseta", "city", "VARCHAR", [p[0] for p in places]),
        c("pasta_indekss", "postal_code", "VARCHAR", [p[1] for p in places]),
        c("transportlidzekla_nr", N, "VARCHAR", g.col(lambda: g.code("AA-9999"), 0.3), "decoy", SHAPE),
        c("metala_veids", N, "VARCHAR", g.col(g.pick(["melnais metāls", "varš", "alumīnijs", "misiņš", "svins",
                                                      "nerūsējošais tērauds"])), "decoy"),
        c("svars_kg", N, "DOUBLE", g.floats(5, 3_000, 1), "decoy"),
        c("cena_eur_t", N, "DECIMAL(10,2)", g.amounts(180, 7_500), "decoy"),
        c("izmaksata_summa", N, "DECIMAL(10,2)", g.amounts(2, 9_000), "decoy"),
        c("konta_nr", "iban", "VARCHAR", g.col(lambda: v.iban(g, "LV", lambda: g.rnd.choice(
            ["HABA", "UNLA", "RIKO", "PARX"]) + g.digits(13)), 0.1)),
        c("pilnvarota_persona", "person_name", "VARCHAR", g.col(lambda: v.whole(g, "lv"), 0.85), ROLE, HEAVY),
        c("pienemejs", "person_name", "VARCHAR", g.col(g.pick(staff)), STAFF),
        c("uznemuma_reg_nr", N, "VARCHAR", [company] * g.rows, "business"),
        c("laukuma_koordinatas", N, "VARCHAR", [f"{56.9312 + g.rnd.uniform(-0.0005, 0.0005):.6f}, "
                                                f"{24.1687 + g.rnd.uniform(-0.0005, 0.0005):.6f}"
                                                for _ in range(g.rows)], "decoy"),
        c("papildlauks_2", N, "VARCHAR", g.col(lambda: g.code("KONT-999"), 0.3), "decoy", PLAIN),
        c("piezimes", "free_text", "VARCHAR", g.sparse(note, 0.8, _words("nav", "nezināms")), NULLWORD),
        c("pienemts_laiks", N, "TIMESTAMP", g.moments("2025-01-01", "2025-12-31"), "decoy"),
    ])


BUILDERS: list[tuple[Callable[[Gen], Table], int]] = [
    (nm_pawn_tickets, 700), (gb_scrap_sellers, 600), (sg_pledges, 500), (za_scrap_register, 550),
    (au_second_hand, 650), (fl_pawn_legacy, 800), (th_pawn_staging, 450), (me_auction_bidders, 400),
    (ro_amanet, 600), (no_brukthandel, 350), (hu_zaloghaz, 500), (fi_kullanosto, 400), (bg_zalozhna, 450),
    (hr_aukcije, 300), (lv_metalluzni, 500),
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
