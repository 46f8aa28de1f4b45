"""Held-out set v145 for the column classifier: 15 tables of *hotels, airline frequent-flyer programmes and car
rental* (guest registrations with identity documents, reservations, loyalty members and their tier histories, rental
agreements with driving licences, damage reports, guest complaints, front-desk and counter staff), one system per
table and each a different organisation in a different country, eight with English column names and seven in French,
European Portuguese, Polish, Danish, Turkish, Greek (Greek script names and values) and Russian (Cyrillic names and
values):

* ``trevose_bay_hotels.guest_registrations``: a Newquay (Cornwall) hotel group's guest registration cards (snake case:
  foreign guests' nationality, passport number and next destination as the Immigration (Hotel Records) Order asks,
  home addresses in England, Germany, the Netherlands and France, OTA relay e-mails, card tokens, gift vouchers of 16
  digits failing the Luhn check, companies' VAT numbers, accompanying guests several in one cell, ``code`` a rate
  code, ``misc_1`` a phone, an e-mail or a name by row, ``misc_2`` codes);
* ``rideauRentals.rentalAgreements``: an Ottawa car-rental franchise's rental agreements (camel case: Ontario and
  Québec driver's licences, agreement numbers spaced like a SIN failing the Luhn check, an additional driver and their
  licence mostly NULL, branches and their phones, the fleet's VINs, return coordinates, corporate accounts' business
  numbers, counter agents by first name, ``notes2`` a local contact phone, ``customField2`` codes);
* ``CoralWings.FrequentFlyerTierHistory``: a Cairns regional airline's frequent-flyer members, one row per tier period
  (Pascal case: member numbers passing Luhn, middle and preferred names, the birth date split into ``BirthDay``,
  ``BirthMonth`` and ``BirthYear``, suburbs, passports mostly NULL, the member-services staff who adjusted a tier,
  the enrolment IP, corporate ABNs, co-brand cards' last four digits, ``Udf3`` a phone, an e-mail or a name by row);
* ``JPR_HAVELI.GUEST_REGISTER``: a Jaipur heritage hotel's guest register with the Form C details of foreign guests
  (SCREAMING case: Aadhaar of Indian guests, passports of French, German, British and some Indian guests in one
  column, PAN mostly NULL, the birth date as ``DD-MM-YYYY`` text, registration card numbers of 12 digits failing the
  Verhoeff check, Form C references, companies' GSTIN, the hotel's phone, ``CUSTOM_FIELD_2``);
* ``qtn_rentals_hr.ctr_stf_rstr``: a Queenstown car rental company's counter and valet staff roster, one row per shift
  (abbreviated: ``emp_fnm``, ``emp_pref_nm``, ``dob_dt`` as ``dd/mm/yyyy`` text, IRD numbers, employee numbers written
  like IRD numbers failing the check, NZ driver licences and their versions, ``sbrb``, ``ec_nm`` and ``ec_ph``, the
  pay account ``bnk_acct``, supervisors, work-visa expiry dates, ``udf3`` uniform sizes);
* ``DMGRCVRY.DMG_RECOVERY_EXTRACT``: a Tulsa car rental company's damage recovery unit, a COBOL extract (legacy: padded
  CHAR, ``YYYYMMDD`` integers, SSN, ZIP and phone as numbers with 0 for missing, a middle initial, Oklahoma, Kansas,
  Arkansas and Missouri licences, a second address line mostly blank, the card charged kept in clear, claim numbers
  of nine digits starting with 9 (never an SSN), the fleet's VINs, renters' insurers, adjusters, ``DMG-USER-FLD-2``
  holding personal data, ``DMG-USER-FLD-3`` codes);
* ``stg_loyalty.src_crm_members_raw``: a Kuala Lumpur hotel group's loyalty members landed from its CRM as an opaque
  staging table (``src_crm_col01`` to ``src_crm_col20``: names as on the MyKad, MyKad numbers encoding the birth
  date, foreign members' passports mostly NULL, the birth date as a ``YYYYMMDD`` integer, card numbers written like a
  MyKad whose date cannot exist, tiers, the last login IP, the enrolling hotel, hashes, ``src_crm_col16`` a phone, an
  e-mail or a name by row, ``src_crm_col17`` codes);
* ``merlion_air_raw.ffp_member_events_json``: a Singapore low-cost airline's frequent-flyer member events flattened
  from JSON to dotted keys (``member.name.first``, ``member.document.number`` holding NRIC and FIN numbers and
  passports of Malaysian, Indonesian and Australian members, ``member.birthDate`` as ISO text, HDB addresses and
  postal codes, ``nominee.name`` mostly NULL, corporate UENs, ``agent.handledBy``, case references written like an
  NRIC with a wrong check letter, ``meta.ip``, ``meta.custom2``);
* ``resa_hotel_cimiez.reservations``: a Nice hotel's reservations (French: French, Italian and British guests, OTA
  relay e-mails, guarantee cards kept in clear, the booking IP, file numbers of 15 digits whose NIR key does not
  match, companies' SIRET, no-show fees, receptionists by first name, a companion mostly NULL, ``champ_libre_1``
  codes, special requests naming people);
* ``reclamacoes_hoteis_madeira.reclamacoes_hospedes``: a Funchal hotel group's guest complaints from the electronic
  and paper complaints book (European Portuguese: ``nome_completo``, NIF, Cartão de Cidadão mostly NULL, British and
  German guests, complaint numbers of nine digits failing the NIF check, the hotels' NIPC, complaint texts and the
  hotel's answers naming people, refund IBANs mostly NULL, ``campo_extra_2``);
* ``hotel_regle_zakopane.karty_meldunkowe``: a Zakopane mountain hotel's registration cards (Polish: PESEL encoding
  the birth date, the birth date as ``dd.mm.yyyy`` text, Polish identity cards with their check digit beside Polish,
  Ukrainian and Czech passports in one column, ``ulica``, ``nr_domu`` and ``nr_lokalu`` apart, reservation numbers of
  11 digits failing the PESEL check, the deposit refund account as IBAN or NRB, firms' NIP, ``pole_dodatkowe_1``
  codes, ``pole_dodatkowe_2`` a second phone);
* ``biludlejning_billund.skadesrapporter``: a Billund airport car rental's damage reports (Danish: CPR encoding the
  birth date, Danish and German driving licences in one column, report numbers written like a CPR whose date cannot
  exist, the other party of a collision and their phone mostly NULL, body shops and their CVR, case handlers, photo
  hashes, ``ekstra_felt_1`` codes);
* ``EgeMil.UyeSeviyeGecmisi``: an İzmir regional airline's frequent-flyer members and their tier history (Turkish,
  Pascal case: T.C. kimlik numbers, member numbers of 11 digits failing the T.C. check, the birth date split into
  ``DogumGunu``, ``DogumAyi`` and ``DogumYili``, ``Ilce`` and ``Il``, corporate VKN, the staff who changed a tier,
  ``OzelAlan1`` codes, ``OzelAlan2`` a phone, an e-mail or a name by row);
* ``ενοικιάσεις_ηρακλείου.συμβόλαια_μίσθωσης``: a Heraklion car rental's agreements (Greek script: Greek renters with
  ``πατρώνυμο``, identity cards and ΑΦΜ beside German, Polish and French tourists with passports in one column,
  Greek and foreign driving licences in one column, the tourists' hotels, plates, return coordinates, a second driver
  mostly NULL, clerks by first name, agreement numbers of nine digits failing the ΑΦΜ check, ``πρόσθετο_πεδίο_1`` a
  local phone, ``πρόσθετο_πεδίο_2`` codes);
* ``отель_сочи.сотрудники_службы_приёма``: a Sochi resort hotel's front-desk, concierge and night-audit staff
  (Russian, Cyrillic names and values: ``отчество``, the birth date as ``dd.mm.yyyy`` text, SNILS, personal INN,
  passports and the authority that issued them, salary cards, personnel numbers written like a SNILS failing its
  check, an emergency contact, the employer's INN, ``доп_поле_1`` codes, ``доп_поле_2`` a phone, an e-mail or a name
  by row).

Written **blind**: by someone who has read neither the classifier (``governance_dagster/detect/``) nor its
documentation, tests, changelog, history or notes, only the list of kind names and their comments
(``governance_dagster/kinds.py``), how the scorer registers a set (``heldout_v2_accuracy.py``, read, never run), the
structure and labeling conventions of v98 (its two modules and its test), ``tests/heldout_support.py``, the
``Column``/``Table`` classes of v2 and the writer and summary of v4, the module docstrings of v24 to v143 (extracted
together with their value modules' docstrings, to avoid their domains and organisations and to follow their labeling
conventions; earlier sets touched the theme, among them v16, v25, v35, v48, v62 and v66 with hotels and guest
registers, v11, v25, v30 and v77 with airline loyalty and v22, v39, v40 and v67 with car and camper rental, and every
organisation here is new), the ruff section of ``pyproject.toml`` and the sources of
python-stdnum and phonenumbers. v143's test was not read (it is not on the list of what could be read); this set's
test follows v98's. The test imports the scorer's module only to find the set in its ``SETS``, as v98's does. The
classifier was not run on this set while it was written, no scorer was run on it, and no score was looked at.

Labeling choices a reader may question:

* a US SSN and a Russian SNILS are ``ssn``; Aadhaar, PAN, an IRD number (a tax number), MyKad, Singapore NRIC and
  FIN, a Portuguese NIF and Cartão de Cidadão, PESEL and the Polish identity card, CPR, T.C. kimlik numbers, a
  personal ΑΦΜ and the Greek identity card, a personal INN, Russian passports, passports of fifteen countries and
  driving licences (Ontario, Québec, four US states, New Zealand, Denmark, Germany, Poland, France, Greece) are
  ``national_id``; passports and driving licences have no public check digit and are generated by their shape (tags
  ``travel_document`` and ``licence``); a column holding documents of several countries is ``national_id`` (tag
  ``multi_country``);
* frequent-flyer and member numbers (``MemberNumber`` passing Luhn, ``member.id``, ``UyeNo``), tier codes, tier
  dates and change reasons are ``none`` (tag ``travel_record``, as v35 and v77 labeled them); loyalty card numbers,
  registration card, agreement, claim, complaint, reservation, report, case, file and personnel numbers shaped like
  an identifier fail its check and are ``none`` (tags ``decoy`` and ``value_shape``); Form C and insurance claim
  references, booking references, gift vouchers, card tokens, hashes, coordinates, app versions and event timestamps
  are ``none``;
* hotels, rental branches, body shops, insurers, companies and their phones and tax numbers (GB VAT, BN, ABN, GSTIN,
  UEN, SIRET, NIPC, NIP, CVR, VKN, the employer's INN) are ``none`` (tag ``business``, ``check_digit`` when the number
  passes its check), and so is the hotel a tourist in Crete stays at (``ξενοδοχείο_διαμονής``); the fleet's VINs
  (passing their check character) and plates are ``none`` (tag ``fleet``); the authority that issued a passport
  (``паспорт_кем_выдан``) is ``none``;
* ``next_destination`` (where a foreign guest goes next, as the Order asks) is ``city``, though it is not the guest's
  home; suburbs and an ilçe are ``city`` (tag ``locality``); states, provinces, an ``Il``, a licence's province or
  state, countries and nationalities are ``none``;
* receptionists, counter agents, member-services agents, adjusters, claims handlers, supervisors and complaint
  handlers are staff (``person_name``, tag ``staff``; ``first_name`` when only a given name is kept:
  ``counterAgent``, ``receptionniste``, ``υπάλληλος``); the people of the two staff rosters are the rosters'
  subjects, not staff who handled a record; accompanying guests (several in one cell, tag ``multi_value``), an
  additional or second driver and their licence, an emergency contact and their phone, a nominee, a companion, the other
  party of a collision and a contact person are personal (tag ``role_word``);
* opaque custom fields holding, by row, a phone, an e-mail or a name are ``free_text`` (tag ``custom_field``); a
  custom field holding one kind takes that kind (``notes2``, ``pole_dodatkowe_2`` and ``πρόσθετο_πεδίο_1`` phones, tag
  ``custom_single``); custom fields holding codes only are ``none`` (tag ``custom_plain``); notes, damage
  descriptions, complaint texts and the hotel's answers naming people are ``free_text``;
* a patronymic (``отчество``) and a father's given name (``πατρώνυμο``) are ``first_name``, as are middle names,
  preferred names and a middle initial (``RNTR-MID-INIT``); a Malaysian name as on the MyKad (``bin``, ``binti``,
  ``a/l``, ``a/p``) is ``person_name``;
* every part of an address in its own column (``home_address_line2``, ``RNTR-ADDR-2`` mostly blank, ``nr_domu``,
  ``nr_lokalu``) is ``street_address`` (tag ``split_address``);
* dates of birth as DATE, as ``DD-MM-YYYY``, ``dd/mm/yyyy``, ``dd.mm.yyyy`` and ISO text, as ``YYYYMMDD`` integers
  and split into day, month and year integers (each part ``date_of_birth``, tag ``split_dob``) are
  ``date_of_birth``; arrival, tier, pickup, damage, shift, hire, visa-expiry and complaint dates are ``none``;
* guarantee cards and the card charged for damage kept in clear and Russian salary cards (Mir and Visa, debit cards)
  are ``credit_card`` (tag ``card_in_clear`` for the first two); cards' last four digits are ``none`` (tag
  ``partial``);
* refund IBANs and the Polish deposit refund account written as IBAN or as NRB (the IBAN without ``PL``) are
  ``iban``; the New Zealand pay account (no IBAN) is ``unclassified`` (tag ``bank_account``), as earlier sets labeled
  domestic accounts; OTA relay e-mails are ``email`` (tag ``relay_email``); booking, check-in, enrolment, login and
  event IPs are ``ip_address``.

``null_heavy`` means 70-95% NULL, ``nullword_heavy`` 70-95% NULL words or empty (or blank padded) strings. Every value
is generated here from :data:`SEED` (one ``random.Random`` per table, named after its builder) with python-stdnum for
check digits (the Singapore NRIC, SNILS, the Polish identity card and the VIN with their published algorithms, written
out in the value module), phonenumbers for phone validity and formats, and the lists of
:mod:`benchmarks.classification.heldout_v145_values`, written for v145 (no Faker, no list of real people, no breach
data). Build: ``python -m benchmarks.classification.heldout_v145 [PATH]`` (default ``/tmp/heldout_v145.duckdb``).
Score: ``python -m benchmarks.classification.heldout_v2_accuracy --set v145``.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from benchmarks.classification import heldout_v4
from benchmarks.classification import heldout_v145_values as v
from benchmarks.classification.heldout_v2 import Column, Table
from benchmarks.classification.heldout_v145_values import NULLISH, SEED, UNCLASSIFIED, Gen, N, c

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

DEFAULT_PATH = Path("/tmp/heldout_v145.duckdb")

NULLWORD = "nullword_heavy"  # 70-95% NULL words or empty (or blank padded) strings
HEAVY = "null_heavy"  # 70-95% NULL
SHAPE = "value_shape"  # a decoy shaped like a personal identifier (failing its check)
CHECK = "check_digit"  # a business's or a vehicle's number passing its own check
STAFF = "staff"  # clerks, agents, adjusters, supervisors (few distinct)
ROLE = "role_word"  # an additional driver, an emergency contact, a nominee, a companion ... holding people
ABBREV = "abbrev"
KEY = "join_key"
LEGACY = "legacy"
OPAQUE = "opaque"
DOTTED = "dotted_key"
CUSTOM = "custom_field"  # an opaque custom field holding, by row, a phone, an e-mail or a name (free_text)
SINGLE = "custom_single"  # a custom field holding one personal kind (it takes that kind)
PLAIN = "custom_plain"  # a custom field holding codes only (none)
LICENCE = "licence"  # a driving licence number (national_id, generated by shape)
TRAVEL_DOC = "travel_document"  # a passport or identity card number (national_id, generated by shape)
MULTI = "multi_country"  # identity documents of several countries in one column
TRAVEL = "travel_record"  # frequent-flyer and member numbers, PNR-like references (none)
SPLIT_DOB = "split_dob"  # a birth date split into day, month and year columns (each date_of_birth)
DOB_TEXT = "dob_text"  # a birth date written as text
INT_DATE = "int_date"  # a date kept as a YYYYMMDD integer
SPLIT_ADDR = "split_address"  # a second address line, a house or flat number apart (street_address)
LOCALITY = "locality"  # a suburb, an ilçe (city)
PARTIAL = "partial"  # a card's last four digits (none)
TOKEN = "tokenized"
FLEET = "fleet"  # a rental company's own cars: plates, VINs, unit numbers (none)
COORD = "coordinates"
HASHED = "hashed"
RELAY = "relay_email"  # an OTA relay address reaching the guest (email)
CARD = "card_in_clear"  # a card number kept in clear (credit_card)
BANK = "bank_account"  # a domestic bank account without an IBAN (unclassified)
MISLEAD = "misleading"  # a name that says something else than its values
MULTI_VALUE = "multi_value"  # several people in one cell
EVENT = "event_date"


def _words(*extra: str) -> tuple[str, ...]:
    return ("", "-", "N/A", "NULL", "none") + extra


def _staff(g: Gen, n: int, make: Callable[[], str]) -> list[str]:
    out: set[str] = set()
    while len(out) < n:
        out.add(make())
    return sorted(out)


def _custom(g: Gen, region: str, lang: str, null: float = 0.3, phone_fmt: str = "national") -> list[str | None]:
    """An opaque custom field: by row a phone, an e-mail or a name (or NULL)."""

    def one() -> str:
        r = g.rnd.random()
        if r < 0.4:
            return g.phone(region, phone_fmt)
        if lang == "my":
            a, b, full, _ = v.my_person(g)
        else:
            a, b = v.person(g, lang)
            full = v.whole(g, lang)
        if r < 0.7:
            return v.email_of(g, a, b, v.DOMAINS[lang])
        return full

    return g.col(one, null)


def _pad(values: list, width: int) -> list:
    return [" " * width if x is None else f"{str(x)[:width]:<{width}}" for x in values]


def _ymd(d: date | None) -> int:
    return 0 if d is None else d.year * 10_000 + d.month * 100 + d.day


def _dmy(d: date, sep: str = "/") -> str:
    return f"{d.day:02d}{sep}{d.month:02d}{sep}{d.year}"


def _stay(g: Gen, lo: str, hi: str) -> tuple[date, date]:
    arrive = g.day(lo, hi)
    return arrive, arrive + timedelta(days=g.rnd.choice([1, 1, 2, 2, 3, 4, 5, 7, 10, 14]))


def _get(rows: list[dict[str, Any]], key: str) -> list[Any]:
    return [r[key] for r in rows]


# -- English-named tables ----------------------------------------------------------------------------------------------


def gb_guest_registrations(g: Gen) -> Table:
    """A Newquay (Cornwall) hotel group's guest registration cards (snake case); foreign guests give what the
    Immigration (Hotel Records) Order asks for: nationality, passport number, next destination."""
    hotels = [
        ("Trevose Bay Hotel", g.phone("GB", "national", False)),
        ("Fistral Sands Lodge", g.phone("GB", "national", False)),
        ("Porth Cliff Hotel", g.phone("GB", "national", False)),
    ]
    companies = [
        ("Kernow Surf Events Ltd", v.gb_vat(g)),
        ("Tamar Valley Engineering Ltd", v.gb_vat(g)),
        ("Southwest Coastal Surveys LLP", v.gb_vat(g)),
        ("Duchy Wind Services Ltd", v.gb_vat(g)),
    ]
    clerks = _staff(g, 6, lambda: v.whole(g, "gb"))
    nationality = {"gb": "British", "de": "German", "nl": "Dutch", "fr": "French"}
    rows = []
    for _ in range(g.rows):
        origin = "gb" if g.rnd.random() < 0.74 else g.rnd.choice(["de", "nl", "fr"])
        a, b = v.person(g, origin)
        row: dict[str, Any] = {"first": a, "last": b, "nat": nationality[origin]}
        if origin == "gb":
            town, district = g.rnd.choice(v.GB_TOWNS)
            row.update(
                street=v.street_of(g, v.GB_STREETS, "gb"),
                town=town,
                postcode=f"{district} {g.code('9AA')}",
                phone=g.phone("GB", g.rnd.choice(["national", "national", "e164", "intl"])),
                passport=None,
                next_stop=None,
            )
        else:
            region, towns, streets = v.GB_FOREIGN[origin]
            town, postcode = g.rnd.choice(towns)
            row.update(
                street=v.street_of(g, streets, origin),
                town=town,
                postcode=postcode,
                phone=g.phone(region, g.rnd.choice(["e164", "intl"])),
                passport=v.passport(g, region),
                next_stop=g.rnd.choice(["London", "Bath", "Oxford", "St Ives", "Edinburgh", "Bristol"])
                if g.rnd.random() < 0.8
                else None,
            )
        domains = v.DOMAINS[origin]
        row["email"] = (
            (v.relay_email(g) if g.rnd.random() < 0.18 else v.email_of(g, a, b, domains))
            if g.rnd.random() < 0.92
            else None
        )
        row["hotel"] = g.rnd.randrange(len(hotels))
        row["company"] = g.rnd.choice(companies) if g.rnd.random() < 0.38 else (None, None)
        rows.append(row)

    def companions() -> str:
        return "; ".join(v.whole(g, "gb") for _ in range(g.rnd.randint(1, 3)))

    def note() -> str:
        return g.rnd.choice(
            [
                f"Wife {v.given(g, 'gb', True)} allergic to feathers, hypoallergenic pillows",
                f"Late arrival, keys left with night porter {v.given(g)}",
                "Surfboard storage requested",
                f"Celebrating {v.given(g)}'s 40th, bubbly in room",
                "Complained about car park, refunded parking",
                f"Guest's son {v.given(g, 'gb', False)} lost room key",
                "Dog-friendly room, dog called Pasty",
            ]
        )

    return Table(
        "trevose_bay_hotels.guest_registrations",
        "en",
        "snake",
        [
            c("registration_id", N, "BIGINT", g.keys(40_001), "decoy", KEY),
            c("booking_ref", N, "VARCHAR", g.col(lambda: g.code("TBH9999999")), "decoy", SHAPE),
            c("property_name", N, "VARCHAR", [hotels[r["hotel"]][0] for r in rows], "business"),
            c("property_phone", N, "VARCHAR", [hotels[r["hotel"]][1] for r in rows], "business"),
            c("guest_first_name", "first_name", "VARCHAR", _get(rows, "first")),
            c("guest_surname", "last_name", "VARCHAR", _get(rows, "last")),
            c("guest_email", "email", "VARCHAR", _get(rows, "email"), RELAY),
            c("guest_mobile", "phone", "VARCHAR", _get(rows, "phone")),
            c("home_address_line1", "street_address", "VARCHAR", _get(rows, "street")),
            c(
                "home_address_line2",
                "street_address",
                "VARCHAR",
                g.col(g.pick(["Flat 2", "Flat 4B", "Apartment 11", "The Old Rectory", "Rose Cottage", "Unit 3"]), 0.6),
                SPLIT_ADDR,
            ),
            c("home_town", "city", "VARCHAR", _get(rows, "town")),
            c("home_postcode", "postal_code", "VARCHAR", _get(rows, "postcode")),
            c("nationality", N, "VARCHAR", _get(rows, "nat"), "decoy"),
            c("passport_number", "national_id", "VARCHAR", _get(rows, "passport"), HEAVY, TRAVEL_DOC, MULTI),
            c("next_destination", "city", "VARCHAR", _get(rows, "next_stop"), HEAVY),
            c("arrival_date", N, "DATE", g.days("2025-03-01", "2025-10-31"), "decoy", EVENT),
            c(
                "code",
                N,
                "VARCHAR",
                g.col(g.pick(["BAR", "ADV14", "BB-SEA", "DBB", "SURF-PKG", "CORP"])),
                "decoy",
                MISLEAD,
            ),
            c("card_token", N, "VARCHAR", g.col(lambda: "tok_" + g.code("x" * 24)), "decoy", TOKEN),
            c("company_name", N, "VARCHAR", [r["company"][0] for r in rows], "business"),
            c("company_vat_number", N, "VARCHAR", [r["company"][1] for r in rows], "business", CHECK),
            c("gift_voucher_no", N, "VARCHAR", g.col(lambda: v.luhn_decoy(g, 16, "6"), 0.6), "decoy", SHAPE),
            c("booked_from_ip", "ip_address", "VARCHAR", g.col(g.ip, 0.45)),
            c("checked_in_by", "person_name", "VARCHAR", g.col(g.pick(clerks)), STAFF),
            c("accompanying_guests", "person_name", "VARCHAR", g.col(companions, 0.5), ROLE, MULTI_VALUE),
            c("misc_1", "free_text", "VARCHAR", _custom(g, "GB", "gb"), CUSTOM),
            c(
                "misc_2",
                N,
                "VARCHAR",
                g.col(g.pick(["DOG", "LATE-CO", "COT", "EV-CHG", "SEA-VIEW"]), 0.3),
                "decoy",
                PLAIN,
            ),
            c("front_desk_notes", "free_text", "VARCHAR", g.sparse(note, 0.76, _words("no notes", "nil")), NULLWORD),
        ],
    )


def ca_rental_agreements(g: Gen) -> Table:
    """An Ottawa car-rental franchise's rental agreements (camel case)."""
    branches = [
        ("Rideau Rentals - Ottawa Airport", g.phone("CA", "national", False)),
        ("Rideau Rentals - Byward Market", g.phone("CA", "national", False)),
        ("Rideau Rentals - Kanata North", g.phone("CA", "national", False)),
    ]
    fleet = [(v.vin(g, g.rnd.choice(["2T3", "1FM", "5YF", "KM8", "2HG"])), g.code("AAAA 999")) for _ in range(45)]
    agents = _staff(g, 5, lambda: v.given(g, "ca"))
    corporates = [v.ca_bn(g) + "RT0001" for _ in range(6)]
    rows = []
    for _ in range(g.rows):
        a, b = v.person(g, "ca")
        city, fsa, province = g.rnd.choice(v.CA_PLACES)
        extra = g.rnd.random() < 0.22
        out = g.moment("2025-01-05", "2025-11-20")
        rows.append(
            {
                "first": a,
                "last": b,
                "dob": g.birth(1948, 2004),
                "province": province,
                "licence": v.ontario_dl(g, b) if province == "ON" else v.quebec_dl(g, b),
                "street": v.street_of(g, v.CA_STREETS, "ca"),
                "city": city,
                "postal": f"{fsa} {g.code('9A9')}",
                "email": v.email_of(g, a, b, v.DOMAINS["ca"]) if g.rnd.random() < 0.95 else None,
                "extra_name": v.whole(g, "ca") if extra else None,
                "extra_licence": v.ontario_dl(g, v.person(g, "ca")[1]) if extra else None,
                "out": out,
                "in": out + timedelta(days=g.rnd.randint(1, 12), hours=g.rnd.randint(-5, 5)),
                "car": g.rnd.choice(fleet),
                "branch": g.rnd.randrange(len(branches)),
                "bn": g.rnd.choice(corporates) if g.rnd.random() < 0.35 else None,
            }
        )

    def damage() -> str:
        return g.rnd.choice(
            [
                "Chip in windshield, passenger side",
                (f"Scratch rear bumper, renter says {v.given(g, 'ca')} backed into a post"),
                "Curb rash front left rim",
                "Smoke smell, cleaning fee charged",
                f"Dent driver door, hit-and-run at {v.given(g, 'ca')}'s work lot",
            ]
        )

    return Table(
        "rideauRentals.rentalAgreements",
        "en",
        "camel",
        [
            c("agreementId", N, "BIGINT", g.keys(7_700_001), "decoy", KEY),
            c("agreementNumber", N, "VARCHAR", g.col(lambda: v.sin_decoy(g)), "decoy", SHAPE),
            c("renterFirstName", "first_name", "VARCHAR", _get(rows, "first")),
            c("renterLastName", "last_name", "VARCHAR", _get(rows, "last")),
            c("renterDob", "date_of_birth", "DATE", _get(rows, "dob")),
            c("driverLicenceNumber", "national_id", "VARCHAR", _get(rows, "licence"), LICENCE),
            c("licenceProvince", N, "VARCHAR", _get(rows, "province"), "decoy"),
            c("renterEmail", "email", "VARCHAR", _get(rows, "email")),
            c("renterPhone", "phone", "VARCHAR", g.phones("CA", {"national": 0.5, "dashes": 0.3, "e164": 0.2}, 0.85)),
            c("homeStreet", "street_address", "VARCHAR", _get(rows, "street")),
            c("homeCity", "city", "VARCHAR", _get(rows, "city")),
            c("homePostalCode", "postal_code", "VARCHAR", _get(rows, "postal")),
            c("additionalDriverName", "person_name", "VARCHAR", _get(rows, "extra_name"), ROLE, HEAVY),
            c("additionalDriverLicence", "national_id", "VARCHAR", _get(rows, "extra_licence"), ROLE, HEAVY, LICENCE),
            c("pickupBranch", N, "VARCHAR", [branches[r["branch"]][0] for r in rows], "business"),
            c("pickupBranchPhone", N, "VARCHAR", [branches[r["branch"]][1] for r in rows], "business"),
            c("pickupAt", N, "TIMESTAMP", _get(rows, "out"), "decoy", EVENT),
            c("vehicleVin", N, "VARCHAR", [r["car"][0] for r in rows], "decoy", FLEET, CHECK),
            c("returnGeo", N, "VARCHAR", g.col(lambda: g.coords(45.32, -75.67), 0.1), "decoy", COORD),
            c("corporateAccountBn", N, "VARCHAR", _get(rows, "bn"), "business", CHECK),
            c("counterAgent", "first_name", "VARCHAR", g.col(g.pick(agents)), STAFF),
            c("webCheckinIp", "ip_address", "VARCHAR", g.col(g.ip, 0.5)),
            c("notes2", "phone", "VARCHAR", g.phones("CA", {"national": 0.7, "e164": 0.3}, 1.0, 0.5), SINGLE, MISLEAD),
            c(
                "customField2",
                N,
                "VARCHAR",
                g.col(g.pick(["GPS", "CSEAT", "SKIRACK", "SNOWTIRE", "PREPAIDFUEL"]), 0.35),
                "decoy",
                PLAIN,
            ),
            c("damageOnReturn", "free_text", "VARCHAR", g.sparse(damage, 0.8, _words("nil")), NULLWORD),
        ],
    )


def au_ffp_tier_history(g: Gen) -> Table:
    """A Cairns regional airline's frequent-flyer members and their tier history, one row per tier period (Pascal
    case)."""
    staff = _staff(g, 4, lambda: v.whole(g, "au"))
    members = []
    for _ in range(320):
        female = g.rnd.random() < 0.5
        a, b = v.person(g, "au", female)
        suburb, postcode, state = g.rnd.choice(v.AU_PLACES)
        members.append(
            {
                "no": v.luhn_number(g, 10, "7"),
                "title": g.rnd.choice(["Ms", "Mrs", "Dr"] if female else ["Mr", "Dr"]),
                "first": a,
                "middle": v.given(g, "au") if g.rnd.random() < 0.45 else None,
                "last": b,
                "pref": g.rnd.choice(["Bree", "Tahl", "Jac", "Indi"] if female else ["Mack", "Coops", "Robbo", "Zac"])
                if g.rnd.random() < 0.2
                else None,
                "dob": g.birth(1945, 2006),
                "email": v.email_of(g, a, b, v.DOMAINS["au"]),
                "mobile": g.phone("AU", g.rnd.choice(["national", "e164", "intl"])),
                "street": v.street_of(g, v.AU_STREETS, "au"),
                "suburb": suburb,
                "postcode": postcode,
                "state": state,
                "passport": v.passport(g, "AU") if g.rnd.random() < 0.18 else None,
                "ip": g.ip(),
                "abn": v.abn(g) if g.rnd.random() < 0.4 else None,
                "last4": g.digits(4) if g.rnd.random() < 0.5 else None,
            }
        )
    rows = []
    for _ in range(g.rows):
        m = g.rnd.choice(members)
        start = g.day("2019-07-01", "2025-06-30")
        reason = g.rnd.choice(
            ["Annual review", "Annual review", "Status match", "Manual adjustment", "Upgrade", "Downgrade"]
        )
        rows.append(
            {
                **m,
                "tier": g.rnd.choice(["BRZ", "SLV", "GLD", "PLT"]),
                "start": start,
                "end": start + timedelta(days=364),
                "reason": reason,
                "by": g.rnd.choice(staff)
                if reason in ("Status match", "Manual adjustment") or g.rnd.random() < 0.3
                else None,
            }
        )
    return Table(
        "CoralWings.FrequentFlyerTierHistory",
        "en",
        "pascal",
        [
            c("TierHistoryId", N, "BIGINT", g.keys(1_000_001), "decoy", KEY),
            c("MemberNumber", N, "VARCHAR", _get(rows, "no"), "decoy", TRAVEL, CHECK),
            c("GivenName", "first_name", "VARCHAR", _get(rows, "first")),
            c("MiddleName", "first_name", "VARCHAR", _get(rows, "middle")),
            c("FamilyName", "last_name", "VARCHAR", _get(rows, "last")),
            c("PreferredName", "first_name", "VARCHAR", _get(rows, "pref"), HEAVY),
            c("BirthDay", "date_of_birth", "INTEGER", [r["dob"].day for r in rows], SPLIT_DOB),
            c("BirthMonth", "date_of_birth", "INTEGER", [r["dob"].month for r in rows], SPLIT_DOB),
            c("BirthYear", "date_of_birth", "INTEGER", [r["dob"].year for r in rows], SPLIT_DOB),
            c("EmailAddress", "email", "VARCHAR", _get(rows, "email")),
            c("MobileNumber", "phone", "VARCHAR", _get(rows, "mobile")),
            c("StreetAddress", "street_address", "VARCHAR", _get(rows, "street")),
            c("Suburb", "city", "VARCHAR", _get(rows, "suburb"), LOCALITY),
            c("Postcode", "postal_code", "VARCHAR", _get(rows, "postcode")),
            c("State", N, "VARCHAR", _get(rows, "state"), "decoy"),
            c("PassportNumber", "national_id", "VARCHAR", _get(rows, "passport"), HEAVY, TRAVEL_DOC),
            c("TierCode", N, "VARCHAR", _get(rows, "tier"), "decoy"),
            c("TierStartDate", N, "DATE", _get(rows, "start"), "decoy", EVENT),
            c("TierChangeReason", N, "VARCHAR", _get(rows, "reason"), "decoy"),
            c("AdjustedBy", "person_name", "VARCHAR", _get(rows, "by"), STAFF),
            c("EnrolmentIp", "ip_address", "VARCHAR", _get(rows, "ip")),
            c("CorporateAbn", N, "VARCHAR", _get(rows, "abn"), "business", CHECK),
            c("CoBrandCardLast4", N, "VARCHAR", _get(rows, "last4"), "decoy", PARTIAL),
            c("Udf3", "free_text", "VARCHAR", _custom(g, "AU", "au"), CUSTOM),
        ],
    )


def in_guest_register(g: Gen) -> Table:
    """A Jaipur heritage hotel's guest register with the Form C details of foreign guests (SCREAMING case)."""
    clerks = _staff(g, 5, lambda: v.whole(g, "in"))
    companies = [v.gstin(g, g.rnd.choice(["08", "07", "27", "24"])) for _ in range(8)]
    nationality = {"in": "INDIAN", "fr": "FRENCH", "de": "GERMAN", "gb": "BRITISH"}
    rows = []
    for _ in range(g.rows):
        origin = "in" if g.rnd.random() < 0.6 else g.rnd.choice(["fr", "de", "gb"])
        a, b = v.person(g, origin)
        row: dict[str, Any] = {
            "first": a,
            "last": b,
            "dob": g.birth(1946, 2007),
            "nat": nationality[origin],
            "email": v.email_of(g, a, b, v.DOMAINS[origin]) if g.rnd.random() < 0.9 else None,
        }
        if origin == "in":
            city, pin, state = g.rnd.choice(v.IN_PLACES)
            row.update(
                aadhaar=v.aadhaar(g) if g.rnd.random() < 0.85 else None,
                passport=v.passport(g, "IN") if g.rnd.random() < 0.1 else None,
                visa=None,
                phone=g.phone("IN", g.rnd.choice(["national", "e164", "digits"])),
                street=v.street_of(g, v.IN_STREETS, "in"),
                city=city,
                pin=pin + g.digits(3),
                state=state,
                form_c=None,
                pan=v.pan(g, b) if g.rnd.random() < 0.2 else None,
            )
        else:
            region, towns, streets = v.IN_FOREIGN[origin]
            town, postcode = g.rnd.choice(towns)
            row.update(
                aadhaar=None,
                passport=v.passport(g, region),
                visa=g.rnd.choice(["e-Tourist", "e-Business", "Tourist", "OCI"]),
                phone=g.phone(region, g.rnd.choice(["e164", "intl"])),
                street=v.street_of(g, streets, origin),
                city=town,
                pin=postcode if region != "GB" else f"{postcode} {g.code('9AA')}",
                state=None,
                form_c=g.code("JPR9999999999"),
                pan=None,
            )
        row["arrive"], row["depart"] = _stay(g, "2025-01-01", "2025-11-30")
        rows.append(row)

    def remark() -> str:
        return g.rnd.choice(
            [
                f"Travelling with guide {v.whole(g, 'in')}",
                "Veg thali only, no onion garlic",
                f"Driver {v.given(g, 'in')} stays in drivers' dormitory",
                "Early check-in 7 am, complimentary",
                f"Anniversary of Mr and Mrs {v.person(g, 'in')[1]}, flowers arranged",
            ]
        )

    return Table(
        "JPR_HAVELI.GUEST_REGISTER",
        "en",
        "screaming",
        [
            c("GRC_NO", N, "VARCHAR", g.col(lambda: v.aadhaar_decoy(g)), "decoy", SHAPE),
            c(
                "BOOKING_SOURCE",
                N,
                "VARCHAR",
                g.col(g.pick(["DIRECT", "MAKEMYTRIP", "BOOKING.COM", "TRAVEL AGENT", "GOIBIBO"])),
                "decoy",
            ),
            c("GUEST_FIRST_NAME", "first_name", "VARCHAR", _get(rows, "first")),
            c("GUEST_LAST_NAME", "last_name", "VARCHAR", _get(rows, "last")),
            c("GUEST_DOB", "date_of_birth", "VARCHAR", [_dmy(r["dob"], "-") for r in rows], DOB_TEXT),
            c("NATIONALITY", N, "VARCHAR", _get(rows, "nat"), "decoy"),
            c("AADHAAR_NO", "national_id", "VARCHAR", _get(rows, "aadhaar")),
            c("PASSPORT_NO", "national_id", "VARCHAR", _get(rows, "passport"), TRAVEL_DOC, MULTI),
            c("VISA_TYPE", N, "VARCHAR", _get(rows, "visa"), "decoy"),
            c("MOBILE_NO", "phone", "VARCHAR", _get(rows, "phone")),
            c("EMAIL_ID", "email", "VARCHAR", _get(rows, "email")),
            c("PERMANENT_ADDRESS", "street_address", "VARCHAR", _get(rows, "street")),
            c("CITY", "city", "VARCHAR", _get(rows, "city")),
            c("PIN_CODE", "postal_code", "VARCHAR", _get(rows, "pin")),
            c("STATE", N, "VARCHAR", _get(rows, "state"), "decoy"),
            c("ARRIVAL_DT", N, "DATE", _get(rows, "arrive"), "decoy", EVENT),
            c("FORM_C_REF", N, "VARCHAR", _get(rows, "form_c"), "decoy", SHAPE),
            c("COMPANY_GSTIN", N, "VARCHAR", g.col(g.pick(companies), 0.6), "business", CHECK),
            c("PAN_NO", "national_id", "VARCHAR", _get(rows, "pan"), HEAVY),
            c("RECEPTIONIST", "person_name", "VARCHAR", g.col(g.pick(clerks)), STAFF),
            c("HOTEL_PHONE", N, "VARCHAR", [g.phone("IN", "national", False)] * g.rows, "business"),
            c("CUSTOM_FIELD_2", "free_text", "VARCHAR", _custom(g, "IN", "in"), CUSTOM),
            c("GUEST_REMARKS", "free_text", "VARCHAR", g.sparse(remark, 0.78, _words("NIL", "N.A.")), NULLWORD),
        ],
    )


def nz_counter_staff(g: Gen) -> Table:
    """A Queenstown car rental company's counter and valet staff roster, one row per shift (abbreviated names)."""
    people = []
    for _ in range(70):
        female = g.rnd.random() < 0.5
        a, b = v.person(g, "nz", female)
        suburb, postcode = g.rnd.choice(v.NZ_PLACES)
        people.append(
            {
                "no": v.ird_decoy(g),
                "first": a,
                "last": b,
                "pref": g.rnd.choice(["Maddie", "Liv", "Kahu", "Gee"] if female else ["Nik", "Tama", "Rawz", "Jay"])
                if g.rnd.random() < 0.17
                else None,
                "dob": g.birth(1968, 2006),
                "ird": v.ird(g),
                "dl": v.nz_dl(g),
                "dl_ver": g.digits(3),
                "street": v.street_of(g, v.NZ_STREETS, "nz"),
                "suburb": suburb,
                "postcode": postcode,
                "mobile": g.phone("NZ", g.rnd.choice(["national", "e164"])),
                "email": v.email_of(g, a, b, v.DOMAINS["nz"]),
                "ec": v.whole(g, "nz"),
                "ec_ph": g.phone("NZ", g.rnd.choice(["national", "intl"])),
                "bank": v.nz_bank_account(g),
                "visa": g.day("2025-06-01", "2027-03-31") if g.rnd.random() < 0.45 else None,
                "rate": g.rnd.choice([23.5, 24.0, 25.5, 27.0, 29.5]),
            }
        )
    sups = _staff(g, 4, lambda: v.whole(g, "nz"))
    rows = [g.rnd.choice(people) for _ in range(g.rows)]
    return Table(
        "qtn_rentals_hr.ctr_stf_rstr",
        "en",
        "abbrev",
        [
            c("rstr_id", N, "BIGINT", g.keys(90_001), "decoy", KEY),
            c("emp_no", N, "VARCHAR", _get(rows, "no"), "decoy", SHAPE, ABBREV),
            c("emp_fnm", "first_name", "VARCHAR", _get(rows, "first"), ABBREV),
            c("emp_snm", "last_name", "VARCHAR", _get(rows, "last"), ABBREV),
            c("emp_pref_nm", "first_name", "VARCHAR", _get(rows, "pref"), ABBREV, HEAVY),
            c("dob_dt", "date_of_birth", "VARCHAR", [_dmy(r["dob"]) for r in rows], ABBREV, DOB_TEXT),
            c("ird_no", "national_id", "VARCHAR", _get(rows, "ird"), ABBREV),
            c("dl_no", "national_id", "VARCHAR", _get(rows, "dl"), ABBREV, LICENCE),
            c("dl_ver", N, "VARCHAR", _get(rows, "dl_ver"), "decoy", ABBREV),
            c("addr_ln1", "street_address", "VARCHAR", _get(rows, "street"), ABBREV),
            c("sbrb", "city", "VARCHAR", _get(rows, "suburb"), ABBREV, LOCALITY),
            c("pcode", "postal_code", "VARCHAR", _get(rows, "postcode"), ABBREV),
            c("mob_ph", "phone", "VARCHAR", _get(rows, "mobile"), ABBREV),
            c("prs_eml", "email", "VARCHAR", _get(rows, "email"), ABBREV),
            c("ec_nm", "person_name", "VARCHAR", _get(rows, "ec"), ROLE, ABBREV),
            c("ec_ph", "phone", "VARCHAR", _get(rows, "ec_ph"), ROLE, ABBREV),
            c("bnk_acct", UNCLASSIFIED, "VARCHAR", _get(rows, "bank"), BANK, ABBREV),
            c("stn_cd", N, "VARCHAR", g.col(g.pick(["ZQN-AP", "ZQN-TWN", "WKA-TWN", "ZQN-VALET"])), "decoy", ABBREV),
            c("shft_dt", N, "DATE", g.days("2025-06-01", "2025-10-15"), "decoy", EVENT),
            c("sup_nm", "person_name", "VARCHAR", g.col(g.pick(sups)), STAFF, ABBREV),
            c("wrk_visa_exp", N, "DATE", _get(rows, "visa"), "decoy", EVENT, ABBREV),
            c("udf3", N, "VARCHAR", g.col(g.pick(["S", "M", "L", "XL", "2XL"]), 0.1), "decoy", PLAIN, ABBREV),
        ],
    )


def us_damage_recovery(g: Gen) -> Table:
    """A Tulsa car rental company's damage recovery unit, a COBOL extract (padded CHAR, YYYYMMDD integers, SSN, ZIP
    and phone as numbers with 0 for missing)."""
    insurers = ["SOONER MUTUAL AUTO", "PRAIRIE STATE CASUALTY", "ARKOMA INSURANCE CO", "GREEN COUNTRY INDEMNITY"]
    adjusters = _staff(g, 4, lambda: v.whole(g, "us").upper())
    fleet = [(v.vin(g, g.rnd.choice(["1FA", "1G1", "3VW", "5NP", "1C4"])), g.code("U99999")) for _ in range(60)]
    rows = []
    for _ in range(g.rows):
        a, b = v.person(g, "us")
        city, state, zip3 = g.rnd.choice(v.US_PLACES)
        rows.append(
            {
                "first": a.upper(),
                "last": b.upper(),
                "mid": g.code("A") if g.rnd.random() < 0.7 else None,
                "dob": _ymd(g.birth(1950, 2004)) if g.rnd.random() < 0.95 else 0,
                "ssn": int(v.us_ssn(g)) if g.rnd.random() < 0.6 else 0,
                "dl": v.us_dl(g, state if state in ("OK", "MO", "AR", "KS") else "OK"),
                "dl_st": state,
                "street": v.street_of(g, v.US_STREETS, "us"),
                "addr2": g.rnd.choice(["APT 12", "APT 204", "UNIT B", "LOT 37"]) if g.rnd.random() < 0.18 else None,
                "city": city,
                "state": state,
                "zip": int(zip3 + g.digits(2)) if g.rnd.random() < 0.93 else 0,
                "phone": int(g.phone("US", "digits", g.rnd.random() < 0.8)) if g.rnd.random() < 0.88 else 0,
                "card": v.card(g, ("visa", "mc", "amex"), 0.0) if g.rnd.random() < 0.75 else None,
                "car": g.rnd.choice(fleet),
            }
        )

    def desc() -> str:
        return g.rnd.choice(
            [
                "RENTER STATES HIT DEER ON HWY 75",
                "REAR BUMPER CRUSHED IN PARKING GARAGE",
                f"RENTER SAYS SON {v.given(g, 'us', False).upper()} BACKED INTO POLE",
                "HAIL DAMAGE ROOF AND HOOD",
                f"OTHER DRIVER {v.whole(g, 'us').upper()} RAN RED LIGHT",
                "WINDSHIELD CRACK FROM GRAVEL TRUCK",
            ]
        )

    return Table(
        "DMGRCVRY.DMG_RECOVERY_EXTRACT",
        "en",
        "cobol",
        [
            c("DMG-CLAIM-NO", N, "VARCHAR", g.col(lambda: v.us_ssn_decoy(g)), "decoy", SHAPE, LEGACY),
            c("RNTR-LAST-NM", "last_name", "VARCHAR", _pad(_get(rows, "last"), 20), LEGACY),
            c("RNTR-FIRST-NM", "first_name", "VARCHAR", _pad(_get(rows, "first"), 15), LEGACY),
            c("RNTR-MID-INIT", "first_name", "VARCHAR", _pad(_get(rows, "mid"), 1), LEGACY),
            c("RNTR-DOB", "date_of_birth", "INTEGER", _get(rows, "dob"), LEGACY, INT_DATE),
            c("RNTR-SSN", "ssn", "BIGINT", _get(rows, "ssn"), LEGACY),
            c("RNTR-DL-NO", "national_id", "VARCHAR", _pad(_get(rows, "dl"), 14), LEGACY, LICENCE),
            c("RNTR-DL-ST", N, "VARCHAR", _get(rows, "dl_st"), "decoy", LEGACY),
            c("RNTR-ADDR-1", "street_address", "VARCHAR", _pad(_get(rows, "street"), 30), LEGACY),
            c("RNTR-ADDR-2", "street_address", "VARCHAR", _pad(_get(rows, "addr2"), 30), LEGACY, SPLIT_ADDR, NULLWORD),
            c("RNTR-CITY", "city", "VARCHAR", _pad(_get(rows, "city"), 18), LEGACY),
            c("RNTR-ZIP", "postal_code", "INTEGER", _get(rows, "zip"), LEGACY),
            c("RNTR-PHONE", "phone", "BIGINT", _get(rows, "phone"), LEGACY),
            c("RNTR-CARD-NO", "credit_card", "VARCHAR", _pad(_get(rows, "card"), 19), LEGACY, CARD),
            c(
                "DMG-DATE",
                N,
                "INTEGER",
                [_ymd(g.day("2024-06-01", "2025-10-31")) for _ in rows],
                "decoy",
                LEGACY,
                INT_DATE,
            ),
            c("DMG-EST-AMT", N, "DECIMAL(9,2)", g.amounts(180, 9_800), "decoy", LEGACY),
            c("VEH-VIN", N, "VARCHAR", [r["car"][0] for r in rows], "decoy", FLEET, CHECK, LEGACY),
            c("INS-CARRIER-NM", N, "VARCHAR", _pad(g.col(g.pick(insurers), 0.3), 30), "business", LEGACY),
            c(
                "INS-CLAIM-NO",
                N,
                "VARCHAR",
                _pad(g.col(lambda: g.code("AA-99-999999"), 0.3), 14),
                "decoy",
                SHAPE,
                LEGACY,
            ),
            c("ADJUSTER-NM", "person_name", "VARCHAR", _pad(g.col(g.pick(adjusters)), 25), STAFF, LEGACY),
            c("DMG-DESC", "free_text", "VARCHAR", _pad(g.col(desc, 0.1), 60), LEGACY),
            c(
                "DMG-USER-FLD-2",
                "free_text",
                "VARCHAR",
                _pad(_custom(g, "US", "us", 0.3, "digits"), 40),
                CUSTOM,
                LEGACY,
            ),
            c(
                "DMG-USER-FLD-3",
                N,
                "VARCHAR",
                _pad(g.col(g.pick(["SUBRO", "CLOSED", "PMT-PLAN", "COLL-AGY"]), 0.2), 10),
                "decoy",
                PLAIN,
                LEGACY,
            ),
        ],
    )


def my_loyalty_staging(g: Gen) -> Table:
    """A Kuala Lumpur hotel group's loyalty members landed from its CRM as an opaque staging table
    (``src_crm_col01`` ...)."""
    hotels = ["Seri Bayu Hotel Kuala Lumpur", "Seri Bayu Resort Langkawi", "Seri Bayu Suites Penang"]
    rows = []
    for _ in range(g.rows):
        a, b, full, female = v.my_person(g)
        born = g.birth(1950, 2005)
        local = g.rnd.random() < 0.78
        town, prefix, state = g.rnd.choice(v.MY_PLACES)
        rows.append(
            {
                "name": full,
                "mykad": v.nric_my(g, born) if local else None,
                "passport": None if local else v.passport(g, g.rnd.choice(["ID", "CN", "AU", "KR", "JP"])),
                "dob": _ymd(born),
                "sex": "F" if female else "M",
                "mobile": g.phone("MY", g.rnd.choice(["national", "e164", "digits"])),
                "email": v.email_of(g, a, b, v.DOMAINS["my"]) if g.rnd.random() < 0.93 else None,
                "street": v.street_of(g, v.MY_STREETS, "my"),
                "town": town,
                "postcode": prefix + g.digits(3),
                "state": state,
            }
        )
    name = "stg_loyalty.src_crm_members_raw"
    return Table(
        name,
        "en",
        "opaque",
        [
            c("src_crm_col01", N, "VARCHAR", g.col(g.uuid), "decoy", KEY, OPAQUE),
            c("src_crm_col02", N, "VARCHAR", g.col(lambda: v.nric_my_decoy(g)), "decoy", SHAPE, OPAQUE),
            c("src_crm_col03", "person_name", "VARCHAR", _get(rows, "name"), OPAQUE),
            c("src_crm_col04", "national_id", "VARCHAR", _get(rows, "mykad"), OPAQUE),
            c("src_crm_col05", "national_id", "VARCHAR", _get(rows, "passport"), OPAQUE, HEAVY, TRAVEL_DOC, MULTI),
            c("src_crm_col06", "date_of_birth", "INTEGER", _get(rows, "dob"), OPAQUE, INT_DATE),
            c("src_crm_col07", N, "VARCHAR", _get(rows, "sex"), "decoy", OPAQUE),
            c("src_crm_col08", "phone", "VARCHAR", _get(rows, "mobile"), OPAQUE),
            c("src_crm_col09", "email", "VARCHAR", _get(rows, "email"), OPAQUE),
            c("src_crm_col10", "street_address", "VARCHAR", _get(rows, "street"), OPAQUE),
            c("src_crm_col11", "city", "VARCHAR", _get(rows, "town"), OPAQUE),
            c("src_crm_col12", "postal_code", "VARCHAR", _get(rows, "postcode"), OPAQUE),
            c("src_crm_col13", N, "VARCHAR", _get(rows, "state"), "decoy", OPAQUE),
            c(
                "src_crm_col14",
                N,
                "VARCHAR",
                g.col(g.pick(["SILVER", "GOLD", "PLATINUM", "TITANIUM"])),
                "decoy",
                OPAQUE,
            ),
            c("src_crm_col15", N, "DATE", g.days("2018-01-01", "2025-10-31"), "decoy", OPAQUE, EVENT),
            c("src_crm_col16", "free_text", "VARCHAR", _custom(g, "MY", "my"), CUSTOM, OPAQUE),
            c("src_crm_col17", N, "VARCHAR", g.col(g.pick(["T1", "T2", "T3", "T4"]), 0.2), "decoy", PLAIN, OPAQUE),
            c("src_crm_col18", "ip_address", "VARCHAR", g.col(g.ip, 0.3), OPAQUE),
            c("src_crm_col19", N, "VARCHAR", g.col(g.pick(hotels)), "business", OPAQUE),
            c("src_crm_col20", N, "VARCHAR", g.col(g.sha256), "decoy", HASHED, OPAQUE),
        ],
    )


def sg_ffp_events_json(g: Gen) -> Table:
    """A Singapore low-cost airline's frequent-flyer member events (enrolment, profile update, tier change) exported
    as JSON and flattened to dotted keys."""
    agents = _staff(g, 4, lambda: v.whole(g, "sg"))
    corporates = [v.uen(g) for _ in range(6)]
    members = []
    for _ in range(380):
        female = g.rnd.random() < 0.5
        a, b = v.person(g, "sg", female)
        born = g.birth(1952, 2006)
        kind = g.rnd.random()
        if kind < 0.62:
            doc, region = v.sg_nric(g, born, False), "SG"
        elif kind < 0.8:
            doc, region = v.sg_nric(g, born, True), "SG"
        else:
            region = g.rnd.choice(["MY", "ID", "AU"])
            doc = v.passport(g, region)
        members.append(
            {
                "id": "MX" + g.digits(9),
                "first": a,
                "last": b,
                "sal": g.rnd.choice(["MS", "MRS"] if female else ["MR"]),
                "dob": born.isoformat(),
                "doc": doc,
                "email": v.email_of(g, a, b, v.DOMAINS["sg"]),
                "mobile": g.phone(region, g.rnd.choice(["e164", "intl"])),
                "street": v.street_of(g, v.SG_STREETS, "sg") if region == "SG" else None,
                "postal": f"{g.rnd.randint(10, 82):02d}{g.digits(4)}" if region == "SG" else None,
                "country": region,
                "uen": g.rnd.choice(corporates) if g.rnd.random() < 0.35 else None,
                "nominee": v.whole(g, "sg") if g.rnd.random() < 0.2 else None,
            }
        )
    rows = []
    for _ in range(g.rows):
        m = g.rnd.choice(members)
        event = g.rnd.choice(
            [
                "member.enrolled",
                "member.profile_updated",
                "member.profile_updated",
                "member.tier_changed",
                "member.tier_changed",
            ]
        )
        rows.append({**m, "event": event, "agent": g.rnd.choice(agents) if g.rnd.random() < 0.45 else None})
    return Table(
        "merlion_air_raw.ffp_member_events_json",
        "en",
        "dotted",
        [
            c("event.id", N, "VARCHAR", g.col(g.uuid), "decoy", KEY, DOTTED),
            c("event.type", N, "VARCHAR", _get(rows, "event"), "decoy", DOTTED),
            c("event.ts", N, "TIMESTAMP", g.moments("2025-01-01", "2025-11-30"), "decoy", EVENT, DOTTED),
            c("member.id", N, "VARCHAR", _get(rows, "id"), "decoy", TRAVEL, DOTTED),
            c("member.name.first", "first_name", "VARCHAR", _get(rows, "first"), DOTTED),
            c("member.name.last", "last_name", "VARCHAR", _get(rows, "last"), DOTTED),
            c("member.birthDate", "date_of_birth", "VARCHAR", _get(rows, "dob"), DOB_TEXT, DOTTED),
            c("member.document.number", "national_id", "VARCHAR", _get(rows, "doc"), MULTI, DOTTED),
            c("member.contact.email", "email", "VARCHAR", _get(rows, "email"), DOTTED),
            c("member.contact.mobile", "phone", "VARCHAR", _get(rows, "mobile"), DOTTED),
            c("member.address.line1", "street_address", "VARCHAR", _get(rows, "street"), DOTTED),
            c("member.address.postalCode", "postal_code", "VARCHAR", _get(rows, "postal"), DOTTED),
            c("member.address.country", N, "VARCHAR", _get(rows, "country"), "decoy", DOTTED),
            c("tier.previous", N, "VARCHAR", g.col(g.pick(["RED", "BLUE", "SILVER", "GOLD"]), 0.3), "decoy", DOTTED),
            c("tier.current", N, "VARCHAR", g.col(g.pick(["RED", "BLUE", "SILVER", "GOLD"])), "decoy", DOTTED),
            c("nominee.name", "person_name", "VARCHAR", _get(rows, "nominee"), ROLE, HEAVY, DOTTED),
            c("corporate.uen", N, "VARCHAR", _get(rows, "uen"), "business", CHECK, DOTTED),
            c("agent.handledBy", "person_name", "VARCHAR", _get(rows, "agent"), STAFF, DOTTED),
            c("meta.caseRef", N, "VARCHAR", g.col(lambda: v.sg_nric_decoy(g), 0.5), "decoy", SHAPE, DOTTED),
            c("meta.ip", "ip_address", "VARCHAR", g.col(g.ip, 0.1), DOTTED),
            c("meta.appVersion", N, "VARCHAR", g.col(g.version, 0.1), "decoy", DOTTED),
            c("meta.custom2", "free_text", "VARCHAR", _custom(g, "SG", "sg", 0.35, "e164"), CUSTOM, DOTTED),
        ],
    )


# -- tables named in other languages -----------------------------------------------------------------------------------


def fr_reservations(g: Gen) -> Table:
    """A Nice hotel's reservations with guarantee cards and no-show fees (French, snake case)."""
    clerks = _staff(g, 4, lambda: v.given(g, "fr"))
    companies = [
        ("Riviera Congrès SAS", v.siret(g)),
        ("Azur Pharma Distribution", v.siret(g)),
        ("Cabinet Dalmasso & Associés", v.siret(g)),
        ("Sophia Logiciels SARL", v.siret(g)),
    ]
    rows = []
    for _ in range(g.rows):
        r = g.rnd.random()
        origin = "fr" if r < 0.7 else ("it" if r < 0.85 else "gb")
        a, b = v.person(g, origin)
        if origin == "fr":
            town, postcode = g.rnd.choice(v.FR_PLACES)
            street, region, country = v.street_of(g, v.FR_STREETS, "fr"), "FR", "France"
        elif origin == "it":
            town, postcode = g.rnd.choice(v.IT_PLACES)
            street, region, country = v.street_of(g, v.IT_STREETS, "it"), "IT", "Italie"
        else:
            town, district = g.rnd.choice(v.GB_TOWNS)
            postcode = f"{district} {g.code('9AA')}"
            street, region, country = v.street_of(g, v.GB_STREETS, "gb"), "GB", "Royaume-Uni"
        channel = g.rnd.choice(["Booking.com", "Expedia", "Site web", "Téléphone", "Téléphone"])
        arrive, depart = _stay(g, "2025-02-01", "2025-11-30")
        rows.append(
            {
                "first": a,
                "last": b,
                "street": street,
                "town": town,
                "postcode": postcode,
                "country": country,
                "phone": g.phone(region, "national" if region == "FR" and g.rnd.random() < 0.7 else "intl"),
                "email": v.relay_email(g)
                if channel in ("Booking.com", "Expedia") and g.rnd.random() < 0.7
                else v.email_of(g, a, b, v.DOMAINS[origin]),
                "channel": channel,
                "arrive": arrive,
                "nights": (depart - arrive).days,
                "company": g.rnd.choice(companies) if g.rnd.random() < 0.35 else (None, None),
                "ip": g.ip() if channel == "Site web" or g.rnd.random() < 0.3 else None,
                "companion": v.whole(g, origin) if g.rnd.random() < 0.24 else None,
            }
        )

    def demande() -> str:
        return g.rnd.choice(
            [
                "Chambre calme côté cour",
                f"Anniversaire de {v.given(g, 'fr')}, prévoir champagne",
                "Arrivée tardive vers 23h",
                f"Lit bébé pour la petite {v.given(g, 'fr', True)}",
                f"Facture au nom de M. {v.person(g, 'fr')[1]}",
                "Parking pour moto",
            ]
        )

    return Table(
        "resa_hotel_cimiez.reservations",
        "fr",
        "snake",
        [
            c("id_reservation", N, "BIGINT", g.keys(310_001), "decoy", KEY),
            c("numero_dossier", N, "VARCHAR", g.col(lambda: v.nir_shaped_decoy(g)), "decoy", SHAPE),
            c("canal", N, "VARCHAR", _get(rows, "channel"), "decoy"),
            c("prenom", "first_name", "VARCHAR", _get(rows, "first")),
            c("nom", "last_name", "VARCHAR", _get(rows, "last")),
            c("courriel", "email", "VARCHAR", _get(rows, "email"), RELAY),
            c("telephone", "phone", "VARCHAR", _get(rows, "phone")),
            c("adresse", "street_address", "VARCHAR", _get(rows, "street")),
            c("code_postal", "postal_code", "VARCHAR", _get(rows, "postcode")),
            c("ville", "city", "VARCHAR", _get(rows, "town")),
            c("pays", N, "VARCHAR", _get(rows, "country"), "decoy"),
            c("date_arrivee", N, "DATE", _get(rows, "arrive"), "decoy", EVENT),
            c("nb_nuits", N, "INTEGER", _get(rows, "nights"), "decoy"),
            c("carte_garantie", "credit_card", "VARCHAR", g.col(lambda: v.card(g, ("visa", "visa", "mc")), 0.3), CARD),
            c("ip_reservation", "ip_address", "VARCHAR", _get(rows, "ip")),
            c("societe", N, "VARCHAR", [r["company"][0] for r in rows], "business"),
            c("siret_societe", N, "VARCHAR", [r["company"][1] for r in rows], "business", CHECK),
            c("frais_no_show", N, "DOUBLE", g.col(lambda: g.rnd.choice([0.0, 0.0, 89.0, 120.0, 150.0]), 0.2), "decoy"),
            c("receptionniste", "first_name", "VARCHAR", g.col(g.pick(clerks)), STAFF),
            c("accompagnant", "person_name", "VARCHAR", _get(rows, "companion"), ROLE, HEAVY),
            c(
                "champ_libre_1",
                N,
                "VARCHAR",
                g.col(g.pick(["VUE-MER", "PDJ-INCL", "NON-FUMEUR", "GRP-CONGRES"]), 0.3),
                "decoy",
                PLAIN,
            ),
            c(
                "demandes_particulieres",
                "free_text",
                "VARCHAR",
                g.sparse(demande, 0.74, _words("néant", "aucune", "RAS")),
                NULLWORD,
            ),
        ],
    )


def pt_complaints(g: Gen) -> Table:
    """A Funchal hotel group's guest complaints from the electronic and paper complaints book (European Portuguese,
    snake case)."""
    hotels = [
        ("Hotel Quinta do Pico", v.nif_pt(g, True)),
        ("Hotel Baía Formosa", v.nif_pt(g, True)),
        ("Aparthotel Lido Atlântico", v.nif_pt(g, True)),
    ]
    staff = _staff(g, 5, lambda: v.whole(g, "pt"))
    rows = []
    for _ in range(g.rows):
        r = g.rnd.random()
        origin = "pt" if r < 0.6 else ("gb" if r < 0.8 else "de")
        a, b = v.person(g, origin)
        if origin == "pt":
            town, prefix = g.rnd.choice(v.PT_PLACES)
            row = {
                "street": v.street_of(g, v.PT_STREETS, "pt"),
                "town": town,
                "postcode": f"{prefix}-{g.digits(3)}",
                "country": "Portugal",
                "nif": v.nif_pt(g) if g.rnd.random() < 0.85 else None,
                "cc": v.cc_pt(g) if g.rnd.random() < 0.45 else None,
                "phone": g.phone("PT", g.rnd.choice(["national", "national", "intl"])),
                "iban_cc": "PT",
            }
        elif origin == "gb":
            town, district = g.rnd.choice(v.GB_TOWNS)
            row = {
                "street": v.street_of(g, v.GB_STREETS, "gb"),
                "town": town,
                "postcode": f"{district} {g.code('9AA')}",
                "country": "Reino Unido",
                "nif": None,
                "cc": None,
                "phone": g.phone("GB", "intl"),
                "iban_cc": "GB",
            }
        else:
            town, postcode = g.rnd.choice(v.DE_PLACES)
            row = {
                "street": v.street_of(g, v.DE_STREETS, "de"),
                "town": town,
                "postcode": postcode,
                "country": "Alemanha",
                "nif": None,
                "cc": None,
                "phone": g.phone("DE", "intl"),
                "iban_cc": "DE",
            }
        arrive, depart = _stay(g, "2025-01-05", "2025-11-15")
        refund = g.rnd.random() < 0.18
        row.update(
            name=f"{a} {b}",
            email=v.email_of(g, a, b, v.DOMAINS[origin]) if g.rnd.random() < 0.9 else None,
            hotel=g.rnd.randrange(len(hotels)),
            arrive=arrive,
            depart=depart,
            first=a,
            iban=v.iban(g, row["iban_cc"]) if refund else None,
            amount=round(g.rnd.uniform(25, 600), 2) if refund else None,
        )
        rows.append(row)

    def texto() -> str:
        return g.rnd.choice(
            [
                "Quarto com humidade e cheiro a mofo",
                "Barulho das obras às 8h da manhã",
                f"A rececionista {v.given(g, 'pt', True)} foi indelicada no check-in",
                "Cobraram duas vezes o pequeno-almoço",
                (f"O meu marido {v.given(g, 'pt', False)} escorregou na piscina"),
                "Ar condicionado avariado durante três noites",
            ]
        )

    def resposta(first: str) -> str:
        return g.rnd.choice(
            [
                f"Caro(a) {first}, lamentamos o sucedido e oferecemos um jantar.",
                f"Exmo(a). Sr(a). {first}, procedemos ao reembolso parcial.",
                "Reclamação encaminhada para a ASAE.",
            ]
        )

    return Table(
        "reclamacoes_hoteis_madeira.reclamacoes_hospedes",
        "pt",
        "snake",
        [
            c("id_reclamacao", N, "BIGINT", g.keys(5_001), "decoy", KEY),
            c("numero_reclamacao", N, "VARCHAR", g.col(lambda: v.nif_pt_decoy(g)), "decoy", SHAPE),
            c("data_reclamacao", N, "TIMESTAMP", g.moments("2025-01-10", "2025-11-30"), "decoy", EVENT),
            c("canal", N, "VARCHAR", g.col(g.pick(["Livro Eletrónico", "Livro Físico", "Email", "Receção"])), "decoy"),
            c("hotel", N, "VARCHAR", [hotels[r["hotel"]][0] for r in rows], "business"),
            c("nipc_hotel", N, "VARCHAR", [hotels[r["hotel"]][1] for r in rows], "business", CHECK),
            c("nome_completo", "person_name", "VARCHAR", _get(rows, "name")),
            c("nif", "national_id", "VARCHAR", _get(rows, "nif")),
            c("cartao_cidadao", "national_id", "VARCHAR", _get(rows, "cc"), HEAVY),
            c("email", "email", "VARCHAR", _get(rows, "email")),
            c("telemovel", "phone", "VARCHAR", _get(rows, "phone")),
            c("morada", "street_address", "VARCHAR", _get(rows, "street")),
            c("codigo_postal", "postal_code", "VARCHAR", _get(rows, "postcode")),
            c("localidade", "city", "VARCHAR", _get(rows, "town")),
            c("pais", N, "VARCHAR", _get(rows, "country"), "decoy"),
            c("data_entrada", N, "DATE", _get(rows, "arrive"), "decoy", EVENT),
            c(
                "categoria",
                N,
                "VARCHAR",
                g.col(g.pick(["Limpeza", "Ruído", "Faturação", "Atendimento", "Manutenção"])),
                "decoy",
            ),
            c("texto_reclamacao", "free_text", "VARCHAR", g.col(texto)),
            c(
                "resposta",
                "free_text",
                "VARCHAR",
                [resposta(r["first"]) if g.rnd.random() < 0.6 else None for r in rows],
            ),
            c("responsavel", "person_name", "VARCHAR", g.col(g.pick(staff)), STAFF),
            c("iban_reembolso", "iban", "VARCHAR", _get(rows, "iban"), HEAVY),
            c("campo_extra_2", "free_text", "VARCHAR", _custom(g, "PT", "pt"), CUSTOM),
        ],
    )


def pl_guest_cards(g: Gen) -> Table:
    """A Zakopane mountain hotel's guest registration cards and reservations (Polish, snake case)."""
    clerks = _staff(g, 4, lambda: v.whole(g, "pl"))
    firms = [v.nip_pl(g) for _ in range(7)]
    rows = []
    for _ in range(g.rows):
        female = g.rnd.random() < 0.5
        origin = "pl" if g.rnd.random() < 0.8 else g.rnd.choice(["ua", "cz"])
        a, b = v.person(g, origin, female)
        born = g.birth(1945, 2007)
        if origin == "pl":
            town, code = g.rnd.choice(v.PL_PLACES)
            row = {
                "pesel": v.pesel(g, born, female),
                "doc": v.pl_id_card(g) if g.rnd.random() < 0.85 else v.passport(g, "PL"),
                "nat": "polskie",
                "street": g.rnd.choice(v.PL_STREETS),
                "town": town,
                "postcode": code if len(code) == 6 else code + g.digits(3),
                "phone": g.phone("PL", g.rnd.choice(["national", "intl", "e164"])),
            }
        else:
            region, towns, streets = v.PL_FOREIGN[origin]
            town, postcode = g.rnd.choice(towns)
            row = {
                "pesel": None,
                "doc": v.passport(g, region),
                "nat": {"ua": "ukraińskie", "cz": "czeskie"}[origin],
                "street": g.rnd.choice(streets),
                "town": town,
                "postcode": postcode,
                "phone": g.phone(region, "intl"),
            }
        flat = g.rnd.random() < 0.4
        arrive, depart = _stay(g, "2024-12-01", "2025-10-31")
        row.update(
            first=a,
            last=b,
            dob=born,
            house=f"{g.rnd.randint(1, 120)}{g.rnd.choice(['', '', 'A', 'B'])}",
            flat=str(g.rnd.randint(1, 60)) if flat else None,
            email=v.email_of(g, a, b, v.DOMAINS[origin]) if g.rnd.random() < 0.9 else None,
            arrive=arrive,
            depart=depart,
            persons=g.rnd.randint(1, 5),
            account=(v.iban(g, "PL") if g.rnd.random() < 0.5 else v.nrb(g)) if g.rnd.random() < 0.4 else None,
            nip=g.rnd.choice(firms) if g.rnd.random() < 0.3 else None,
            ip=g.ip() if g.rnd.random() < 0.55 else None,
        )
        rows.append(row)

    def uwagi() -> str:
        return g.rnd.choice(
            [
                "Pokój z widokiem na Giewont",
                f"Przyjazd po 22, klucz odbierze {v.given(g, 'pl')}",
                f"Dziecko {v.given(g, 'pl')} - łóżeczko",
                "Pies w pokoju, dopłata 50 zł",
                f"Faktura na firmę pana {v.person(g, 'pl', False)[1]}",
                "Karnet narciarski w cenie",
            ]
        )

    return Table(
        "hotel_regle_zakopane.karty_meldunkowe",
        "pl",
        "snake",
        [
            c("id_karty", N, "BIGINT", g.keys(12_001), "decoy", KEY),
            c("nr_rezerwacji", N, "VARCHAR", g.col(lambda: v.pesel_decoy(g)), "decoy", SHAPE),
            c("imie", "first_name", "VARCHAR", _get(rows, "first")),
            c("nazwisko", "last_name", "VARCHAR", _get(rows, "last")),
            c("pesel", "national_id", "VARCHAR", _get(rows, "pesel")),
            c("data_urodzenia", "date_of_birth", "VARCHAR", [_dmy(r["dob"], ".") for r in rows], DOB_TEXT),
            c("seria_nr_dokumentu", "national_id", "VARCHAR", _get(rows, "doc"), TRAVEL_DOC, MULTI),
            c("obywatelstwo", N, "VARCHAR", _get(rows, "nat"), "decoy"),
            c("telefon", "phone", "VARCHAR", _get(rows, "phone")),
            c("email", "email", "VARCHAR", _get(rows, "email")),
            c("ulica", "street_address", "VARCHAR", _get(rows, "street")),
            c("nr_domu", "street_address", "VARCHAR", _get(rows, "house"), SPLIT_ADDR),
            c("nr_lokalu", "street_address", "VARCHAR", _get(rows, "flat"), SPLIT_ADDR),
            c("kod_pocztowy", "postal_code", "VARCHAR", _get(rows, "postcode")),
            c("miejscowosc", "city", "VARCHAR", _get(rows, "town")),
            c("data_przyjazdu", N, "DATE", _get(rows, "arrive"), "decoy", EVENT),
            c("nr_konta_zwrot_zadatku", "iban", "VARCHAR", _get(rows, "account")),
            c("nip_firmy", N, "VARCHAR", _get(rows, "nip"), "business", CHECK),
            c("recepcjonista", "person_name", "VARCHAR", g.col(g.pick(clerks)), STAFF),
            c("ip_rezerwacji", "ip_address", "VARCHAR", _get(rows, "ip")),
            c(
                "pole_dodatkowe_1",
                N,
                "VARCHAR",
                g.col(g.pick(["PARKING-P2", "SAUNA", "HB", "BB"]), 0.3),
                "decoy",
                PLAIN,
            ),
            c(
                "pole_dodatkowe_2",
                "phone",
                "VARCHAR",
                g.phones("PL", {"national": 0.6, "intl": 0.4}, 1.0, 0.55),
                SINGLE,
            ),
            c("uwagi", "free_text", "VARCHAR", g.sparse(uwagi, 0.75, _words("brak", "brak uwag")), NULLWORD),
        ],
    )


def dk_damage_reports(g: Gen) -> Table:
    """A Billund airport car rental's damage reports (Danish, snake case)."""
    shops = [("Vejle Autolak ApS", v.cvr(g)), ("Billund Karrosseri", v.cvr(g)), ("Grindsted Bilskade A/S", v.cvr(g))]
    handlers = _staff(g, 3, lambda: v.whole(g, "da"))
    fleet = [g.code("AA 99 999") for _ in range(50)]
    rows = []
    for _ in range(g.rows):
        danish = g.rnd.random() < 0.7
        a, b = v.person(g, "da" if danish else "de")
        born = g.birth(1950, 2004)
        if danish:
            town, postcode = g.rnd.choice(v.DK_PLACES)
            row = {
                "cpr": v.cpr(g, born) if g.rnd.random() < 0.9 else None,
                "licence": v.dk_dl(g),
                "street": v.street_of(g, v.DK_STREETS, "da"),
                "town": town,
                "postcode": postcode,
                "phone": g.phone("DK", g.rnd.choice(["national", "e164"])),
                "lang": "da",
            }
        else:
            town, postcode = g.rnd.choice(v.DE_PLACES)
            row = {
                "cpr": None,
                "licence": v.de_dl(g),
                "street": v.street_of(g, v.DE_STREETS, "de"),
                "town": town,
                "postcode": postcode,
                "phone": g.phone("DE", "intl"),
                "lang": "de",
            }
        other = g.rnd.random() < 0.2
        row.update(
            first=a,
            last=b,
            dob=born,
            email=v.email_of(g, a, b, v.DOMAINS[row["lang"]]),
            other_name=v.whole(g, "da") if other else None,
            other_phone=g.phone("DK", "national") if other else None,
            shop=g.rnd.randrange(len(shops)),
        )
        rows.append(row)

    def beskrivelse() -> str:
        return g.rnd.choice(
            [
                "Bule i bagsmæk efter parkering",
                f"Påkørt af {v.whole(g, 'da')} i rundkørsel",
                "Stenslag i forrude på E45",
                f"Lejers søn {v.given(g, 'da', False)} ridsede døren med cykel",
                "Fælgskade højre forhjul",
                "Spejl knækket ved Legoland P-plads",
            ]
        )

    return Table(
        "biludlejning_billund.skadesrapporter",
        "da",
        "snake",
        [
            c("rapport_id", N, "BIGINT", g.keys(2_001), "decoy", KEY),
            c("rapport_nr", N, "VARCHAR", g.col(lambda: v.cpr_decoy(g)), "decoy", SHAPE),
            c("lejer_fornavn", "first_name", "VARCHAR", _get(rows, "first")),
            c("lejer_efternavn", "last_name", "VARCHAR", _get(rows, "last")),
            c("cpr_nr", "national_id", "VARCHAR", _get(rows, "cpr")),
            c("foedselsdato", "date_of_birth", "DATE", _get(rows, "dob")),
            c("koerekort_nr", "national_id", "VARCHAR", _get(rows, "licence"), LICENCE, MULTI),
            c("adresse", "street_address", "VARCHAR", _get(rows, "street")),
            c("postnr", "postal_code", "VARCHAR", _get(rows, "postcode")),
            c("bynavn", "city", "VARCHAR", _get(rows, "town")),
            c("mobil", "phone", "VARCHAR", _get(rows, "phone")),
            c("email", "email", "VARCHAR", _get(rows, "email")),
            c("nummerplade", N, "VARCHAR", g.col(g.pick(fleet)), "decoy", FLEET),
            c("skadedato", N, "DATE", g.days("2025-01-01", "2025-11-20"), "decoy", EVENT),
            c("skadebeskrivelse", "free_text", "VARCHAR", g.col(beskrivelse, 0.05)),
            c("modpart_navn", "person_name", "VARCHAR", _get(rows, "other_name"), ROLE, HEAVY),
            c("modpart_telefon", "phone", "VARCHAR", _get(rows, "other_phone"), ROLE, HEAVY),
            c("vaerksted", N, "VARCHAR", [shops[r["shop"]][0] for r in rows], "business"),
            c("vaerksted_cvr", N, "VARCHAR", [shops[r["shop"]][1] for r in rows], "business", CHECK),
            c("sagsbehandler", "person_name", "VARCHAR", g.col(g.pick(handlers)), STAFF),
            c("foto_hash", N, "VARCHAR", g.col(g.sha256, 0.1), "decoy", HASHED),
            c(
                "ekstra_felt_1",
                N,
                "VARCHAR",
                g.col(g.pick(["FORSIKRING", "POLITI", "KASKO", "INTERN"]), 0.3),
                "decoy",
                PLAIN,
            ),
        ],
    )


def tr_miles_tiers(g: Gen) -> Table:
    """An İzmir regional airline's frequent-flyer (mil) members and their tier history (Turkish, Pascal case)."""
    staff = _staff(g, 4, lambda: v.whole(g, "tr"))
    firms = [v.vkn(g) for _ in range(6)]
    members = []
    for _ in range(300):
        female = g.rnd.random() < 0.5
        a, b = v.person(g, "tr", female)
        province, district, prefix = g.rnd.choice(v.TR_PLACES)
        members.append(
            {
                "no": v.tckimlik_decoy(g),
                "first": a,
                "last": b,
                "tc": v.tckimlik(g),
                "dob": g.birth(1950, 2006),
                "sex": "K" if female else "E",
                "mobile": g.phone("TR", g.rnd.choice(["national", "e164", "digits"])),
                "email": v.email_of(g, a, b, v.DOMAINS["tr"]),
                "street": v.street_of(g, v.TR_STREETS, "tr"),
                "district": district,
                "province": province,
                "postcode": prefix + g.digits(2),
                "vkn": g.rnd.choice(firms) if g.rnd.random() < 0.35 else None,
                "ip": g.ip(),
            }
        )
    rows = []
    for _ in range(g.rows):
        m = g.rnd.choice(members)
        start = g.day("2020-01-01", "2025-09-30")
        reason = g.rnd.choice(
            ["Yıllık değerlendirme", "Yıllık değerlendirme", "Statü eşleme", "Manuel düzeltme", "Seviye yükseltme"]
        )
        rows.append(
            {
                **m,
                "start": start,
                "end": start + timedelta(days=365),
                "reason": reason,
                "by": g.rnd.choice(staff)
                if reason in ("Statü eşleme", "Manuel düzeltme") or g.rnd.random() < 0.35
                else None,
            }
        )
    return Table(
        "EgeMil.UyeSeviyeGecmisi",
        "tr",
        "pascal",
        [
            c("KayitNo", N, "BIGINT", g.keys(600_001), "decoy", KEY),
            c("UyeNo", N, "VARCHAR", _get(rows, "no"), "decoy", SHAPE, TRAVEL),
            c("Ad", "first_name", "VARCHAR", _get(rows, "first")),
            c("Soyad", "last_name", "VARCHAR", _get(rows, "last")),
            c("TcKimlikNo", "national_id", "VARCHAR", _get(rows, "tc")),
            c("DogumGunu", "date_of_birth", "INTEGER", [r["dob"].day for r in rows], SPLIT_DOB),
            c("DogumAyi", "date_of_birth", "INTEGER", [r["dob"].month for r in rows], SPLIT_DOB),
            c("DogumYili", "date_of_birth", "INTEGER", [r["dob"].year for r in rows], SPLIT_DOB),
            c("CepTelefonu", "phone", "VARCHAR", _get(rows, "mobile")),
            c("Eposta", "email", "VARCHAR", _get(rows, "email")),
            c("Adres", "street_address", "VARCHAR", _get(rows, "street")),
            c("Ilce", "city", "VARCHAR", _get(rows, "district"), LOCALITY),
            c("Il", N, "VARCHAR", _get(rows, "province"), "decoy"),
            c("PostaKodu", "postal_code", "VARCHAR", _get(rows, "postcode")),
            c("Seviye", N, "VARCHAR", g.col(g.pick(["Classic", "Classic Plus", "Elit", "Elit Plus"])), "decoy"),
            c("SeviyeBaslangic", N, "DATE", _get(rows, "start"), "decoy", EVENT),
            c("SeviyeDegisimNedeni", N, "VARCHAR", _get(rows, "reason"), "decoy"),
            c("IslemYapan", "person_name", "VARCHAR", _get(rows, "by"), STAFF),
            c("KurumsalVkn", N, "VARCHAR", _get(rows, "vkn"), "business", CHECK),
            c("SonGirisIp", "ip_address", "VARCHAR", _get(rows, "ip")),
            c(
                "OzelAlan1",
                N,
                "VARCHAR",
                g.col(g.pick(["KAMPANYA-YAZ", "ORTAK-KART", "OGRENCI", "65+"]), 0.3),
                "decoy",
                PLAIN,
            ),
            c("OzelAlan2", "free_text", "VARCHAR", _custom(g, "TR", "tr"), CUSTOM),
        ],
    )


def gr_rental_agreements(g: Gen) -> Table:
    """A Heraklion car rental's rental agreements (Greek column names and values in Greek script)."""
    clerks = _staff(g, 4, lambda: v.given(g, "el"))
    hotels = ["Ξενοδοχείο Αμμουδάρα Μπιτς", "Κνωσός Παλλάς Σουίτες", "Χερσόνησος Μαρίνα Ρέσορτ", "Αγία Πελαγία Μπέι"]
    fleet = [g.code("HK") + g.code("A") + "-" + g.digits(4) for _ in range(55)]
    rows = []
    for _ in range(g.rows):
        greek = g.rnd.random() < 0.4
        female = g.rnd.random() < 0.5
        born = g.birth(1950, 2004)
        if greek:
            a, b = v.person(g, "el", female)
            town, prefix = g.rnd.choice(v.GR_PLACES)
            code = (prefix + g.digits(5))[:5]
            row = {
                "father": g.rnd.choice(v.NAMES["el"][0]),
                "doc": v.gr_id_card(g),
                "afm": v.afm(g) if g.rnd.random() < 0.5 else None,
                "licence": v.gr_dl(g),
                "country": "Ελλάδα",
                "phone": g.phone("GR", g.rnd.choice(["national", "intl"])),
                "street": v.street_of(g, v.GR_STREETS, "el"),
                "town": town,
                "postcode": f"{code[:3]} {code[3:]}",
                "hotel": None,
                "lang": "el",
            }
        else:
            lang = g.rnd.choice(["de", "pl", "fr"])
            region, towns, streets = v.GR_FOREIGN[lang]
            a, b = v.person(g, lang, female)
            town, postcode = g.rnd.choice(towns)
            row = {
                "father": None,
                "doc": v.passport(g, region),
                "afm": None,
                "licence": {"de": v.de_dl, "pl": v.pl_dl, "fr": v.fr_dl}[lang](g),
                "country": {"de": "Γερμανία", "pl": "Πολωνία", "fr": "Γαλλία"}[lang],
                "phone": g.phone(region, "intl"),
                "street": v.street_of(g, streets, lang),
                "town": town,
                "postcode": postcode,
                "hotel": g.rnd.choice(hotels) if g.rnd.random() < 0.7 else None,
                "lang": lang,
            }
        out = g.moment("2025-04-01", "2025-10-31")
        second = g.rnd.random() < 0.2
        row.update(
            first=a,
            last=b,
            dob=born,
            email=v.email_of(g, a, b, v.DOMAINS[row["lang"]]),
            out=out,
            back=out + timedelta(days=g.rnd.randint(2, 14), hours=g.rnd.randint(-3, 3)),
            second=v.whole(g, row["lang"]) if second else None,
        )
        rows.append(row)

    def note() -> str:
        return g.rnd.choice(
            [
                "Παράδοση στο αεροδρόμιο, πτήση από Μόναχο",
                (f"Παραλαβή από τον {v.given(g, 'el', False)} στο ξενοδοχείο"),
                "Γρατζουνιά πίσω προφυλακτήρα, φωτογραφίες",
                "Παιδικό κάθισμα x2",
                f"Ο πελάτης ζήτησε να μιλήσει με την {g.rnd.choice(v.NAMES['el'][1])}",
                "Επιστροφή με άδειο ρεζερβουάρ",
            ]
        )

    return Table(
        "ενοικιάσεις_ηρακλείου.συμβόλαια_μίσθωσης",
        "el",
        "snake",
        [
            c("αριθμός_συμβολαίου", N, "VARCHAR", g.col(lambda: v.afm_decoy(g)), "decoy", SHAPE),
            c("επώνυμο", "last_name", "VARCHAR", _get(rows, "last")),
            c("όνομα", "first_name", "VARCHAR", _get(rows, "first")),
            c("πατρώνυμο", "first_name", "VARCHAR", _get(rows, "father")),
            c("ημερομηνία_γέννησης", "date_of_birth", "VARCHAR", [_dmy(r["dob"]) for r in rows], DOB_TEXT),
            c("αριθμός_ταυτότητας_διαβατηρίου", "national_id", "VARCHAR", _get(rows, "doc"), TRAVEL_DOC, MULTI),
            c("αφμ", "national_id", "VARCHAR", _get(rows, "afm"), HEAVY),
            c("αριθμός_διπλώματος", "national_id", "VARCHAR", _get(rows, "licence"), LICENCE, MULTI),
            c("κινητό", "phone", "VARCHAR", _get(rows, "phone")),
            c("email", "email", "VARCHAR", _get(rows, "email")),
            c("διεύθυνση", "street_address", "VARCHAR", _get(rows, "street")),
            c("ταχυδρομικός_κώδικας", "postal_code", "VARCHAR", _get(rows, "postcode")),
            c("πόλη", "city", "VARCHAR", _get(rows, "town")),
            c("ξενοδοχείο_διαμονής", N, "VARCHAR", _get(rows, "hotel"), "business"),
            c("πινακίδα", N, "VARCHAR", g.col(g.pick(fleet)), "decoy", FLEET),
            c("παραλαβή", N, "TIMESTAMP", _get(rows, "out"), "decoy", EVENT),
            c(
                "συντεταγμένες_επιστροφής",
                N,
                "VARCHAR",
                g.col(lambda: g.coords(35.34, 25.14, 0.2), 0.15),
                "decoy",
                COORD,
            ),
            c("δεύτερος_οδηγός", "person_name", "VARCHAR", _get(rows, "second"), ROLE, HEAVY),
            c("υπάλληλος", "first_name", "VARCHAR", g.col(g.pick(clerks)), STAFF),
            c("πρόσθετο_πεδίο_1", "phone", "VARCHAR", g.phones("GR", {"national": 0.7, "intl": 0.3}, 1.0, 0.6), SINGLE),
            c(
                "πρόσθετο_πεδίο_2",
                N,
                "VARCHAR",
                g.col(g.pick(["FULL-INS", "CDW", "GPS", "ΠΑΙΔ-ΚΑΘ"]), 0.3),
                "decoy",
                PLAIN,
            ),
            c("παρατηρήσεις", "free_text", "VARCHAR", g.sparse(note, 0.78, _words("—", "καμία")), NULLWORD),
        ],
    )


def ru_front_desk_staff(g: Gen) -> Table:
    """A Sochi resort hotel's front-desk, concierge and night-audit staff (Russian, Cyrillic names and values)."""
    chiefs = _staff(g, 3, lambda: v.whole(g, "ru"))
    employer_inn = v.inn_company(g)
    rows = []
    for _ in range(g.rows):
        female = g.rnd.random() < 0.6
        a, b = v.person(g, "ru", female)
        town, prefix = g.rnd.choice(v.RU_PLACES)
        rows.append(
            {
                "no": v.snils_decoy(g),
                "last": b,
                "first": a,
                "middle": v.patronymic(g, female),
                "dob": g.birth(1962, 2006),
                "snils": v.snils(g),
                "inn": v.inn_personal(g),
                "passport": v.ru_passport(g),
                "phone": g.phone("RU", g.rnd.choice(["national", "e164", "intl"])),
                "email": v.email_of(g, a, b, v.DOMAINS["ru"]) if g.rnd.random() < 0.85 else None,
                "street": v.street_of(g, v.RU_STREETS, "ru"),
                "town": town,
                "postcode": prefix + g.digits(2),
                "card": v.card(g, ("mir", "mir", "mir", "visa"), 0.5) if g.rnd.random() < 0.9 else None,
                "contact": v.whole(g, "ru") if g.rnd.random() < 0.75 else None,
            }
        )
    for r in rows:
        r["contact_phone"] = g.phone("RU", "national") if r["contact"] else None

    def note() -> str:
        return g.rnd.choice(
            [
                "Сезонный договор до 31.10",
                f"Замещает {v.whole(g, 'ru')} на время отпуска",
                "Английский B2, китайский A2",
                f"Наставник — {v.whole(g, 'ru')}",
                "Медкнижка продлена",
                "Переведена из службы бронирования",
            ]
        )

    return Table(
        "отель_сочи.сотрудники_службы_приёма",
        "ru",
        "snake",
        [
            c("табельный_номер", N, "VARCHAR", _get(rows, "no"), "decoy", SHAPE),
            c("фамилия", "last_name", "VARCHAR", _get(rows, "last")),
            c("имя", "first_name", "VARCHAR", _get(rows, "first")),
            c("отчество", "first_name", "VARCHAR", _get(rows, "middle")),
            c("дата_рождения", "date_of_birth", "VARCHAR", [_dmy(r["dob"], ".") for r in rows], DOB_TEXT),
            c("снилс", "ssn", "VARCHAR", _get(rows, "snils")),
            c("инн", "national_id", "VARCHAR", _get(rows, "inn")),
            c("паспорт_серия_номер", "national_id", "VARCHAR", _get(rows, "passport"), TRAVEL_DOC),
            c(
                "паспорт_кем_выдан",
                N,
                "VARCHAR",
                g.col(
                    g.pick(
                        [
                            "ГУ МВД России по Краснодарскому краю",
                            ("Отделом УФМС России по Краснодарскому краю в Центральном р-не г. Сочи"),
                            "ОВД Адлерского района г. Сочи",
                        ]
                    )
                ),
                "decoy",
            ),
            c("телефон", "phone", "VARCHAR", _get(rows, "phone")),
            c("эл_почта", "email", "VARCHAR", _get(rows, "email")),
            c("адрес_регистрации", "street_address", "VARCHAR", _get(rows, "street")),
            c("город", "city", "VARCHAR", _get(rows, "town")),
            c("индекс", "postal_code", "VARCHAR", _get(rows, "postcode")),
            c("дата_приёма", N, "DATE", g.days("2016-03-01", "2025-06-01"), "decoy", EVENT),
            c("зарплатная_карта", "credit_card", "VARCHAR", _get(rows, "card")),
            c("руководитель", "person_name", "VARCHAR", g.col(g.pick(chiefs)), STAFF),
            c("контактное_лицо", "person_name", "VARCHAR", _get(rows, "contact"), ROLE),
            c("телефон_контактного_лица", "phone", "VARCHAR", _get(rows, "contact_phone"), ROLE),
            c("инн_работодателя", N, "VARCHAR", [employer_inn] * g.rows, "business", CHECK),
            c(
                "доп_поле_1",
                N,
                "VARCHAR",
                g.col(g.pick(["СМЕНА-А", "СМЕНА-Б", "ШКАФЧИК-14", "ФОРМА-М"]), 0.2),
                "decoy",
                PLAIN,
            ),
            c("доп_поле_2", "free_text", "VARCHAR", _custom(g, "RU", "ru"), CUSTOM),
            c("примечание", "free_text", "VARCHAR", g.sparse(note, 0.76, _words("нет", "не указано")), NULLWORD),
        ],
    )


BUILDERS: list[tuple[Callable[[Gen], Table], int]] = [
    (gb_guest_registrations, 700),
    (ca_rental_agreements, 800),
    (au_ffp_tier_history, 900),
    (in_guest_register, 600),
    (nz_counter_staff, 420),
    (us_damage_recovery, 500),
    (my_loyalty_staging, 700),
    (sg_ffp_events_json, 800),
    (fr_reservations, 600),
    (pt_complaints, 400),
    (pl_guest_cards, 500),
    (dk_damage_reports, 400),
    (tr_miles_tiers, 700),
    (gr_rental_agreements, 500),
    (ru_front_desk_staff, 300),
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
