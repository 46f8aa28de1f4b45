"""Held-out set v47 for the column classifier: 15 tables of *media, entertainment, sport, gaming and ticketing*
systems, one system per table and each a different company, mostly the ordinary English-language schemas a data team
in the United States, the United Kingdom, Canada, Australia, India, South Africa or Ireland points the tool at (12
tables), plus three in French (Québec), Spanish and German: a UK video-streaming service's subscribers
(``streambox.subscribers``), a Chicago box office's ticket orders on a legacy system (``BOXOFFICE.TKT_ORDERS``,
SCREAMING case), a Sydney rugby-league club's season members (``clubcrm.SeasonMembers``, Pascal case), an Indian
fantasy-sports app's users with their KYC (``fantasy.userKyc``, camel case), a South African sportsbook's customers
with FICA checks (``sportsbook.customers``, a ``cust_`` vendor prefix), a Canadian game studio's player profiles
(``game_backend.playerProfiles``), a Canadian esports organiser's prize payouts as a dbt staging model
(``analytics.stg_tourney__prize_payouts``), an Irish gym chain's members (``leisure.gym_members``, an ``mbr_``
prefix), a Chicago talent and casting agency's Salesforce custom object (``salesforce.Talent__c``), a US podcast
network's audience export with opaque column names (``raw.podcast_audience_export``, ``attr_01`` to ``attr_15``), a
UK music publisher's royalty payees (``royalties.payees``), a Somerset music festival's volunteers
(``festival.volunteers``), a Québec cinema chain's loyalty members (``cinema.membres_fidelite``), a Seville football
club's season-ticket members (``socios.abonados``) and a Leipzig concert hall's subscribers
(``konzerthaus.Abonnenten``). Tables have 40 to 1,200 rows (two small ones of 40 and 45, the royalty payees 60).

Written **blind**, like v2 to v45: by someone who has read neither the classifier (``governance_dagster/detect/``) nor
its rules, documentation, tests, changelog, history or notes, only the list of kind names
(``governance_dagster/kinds.py``), how the scorer registers a set (``heldout_v2_accuracy.py``, read, never run), the
*structure* and labeling conventions of v27 (``heldout_v27.py``, ``heldout_v27_values.py``, its test,
``tests/heldout_support.py``), the module docstrings of v24 to v45 (to avoid their domains and follow their labeling
conventions) and the ``Column``/``Table`` classes and writer they build on. The classifier was not run on this set
while it was written, no scorer was run on it, and no score of any set was looked at: nothing here was adjusted to
what the classifier does. Earlier sets touched the theme only at its edges (v25 a gym chain, v30 a Korean game
company, v31 a youth soccer league, v40 a Polish concert promoter's ticket holders, v41 a music app's churn features,
v45 a sports federation); every system here is new. It imports no earlier set's value module: its random source, name
lists (the United States, the United Kingdom, Canada and Québec, Australia, India, South Africa, Ireland, Spain and
Germany, each with the mix of origins of its people: Hispanic, Black and Asian Americans; British South Asian,
African, Caribbean and Polish names; Punjabi, Chinese and Filipino Canadians; Lebanese, Greek, Vietnamese and Pacific
Australians; north and south Indian, Bengali, Gujarati, Muslim and Christian names; Nguni, Sotho-Tswana, Afrikaans,
Indian and Cape Malay South Africans; Irish names with fadas and new Irish), streets, cities, postal codes and
identifier builders are its own (:mod:`benchmarks.classification.heldout_v47_values`; the generic ``Gen`` helpers
were copied from v27's).

What is new against v2 to v45:

* the people of entertainment and sport: purchasers and will-call names, season members and their juniors'
  guardians, fantasy and betting customers after KYC, players (gamertags, real names, parents of under-13s), prize
  winners, gym members, actors and their agents, podcast listeners, songwriters, festival volunteers and their team
  leads, cinema members, football club members and account holders, concert subscribers;
* stage and pen names (tag ``stage_name``: ``Stage_Name__c``, ``professional_name``): ``person_name``;
* decoys of the theme (tag ``decoy``; ``value_shape`` when shaped like an identifier, ``check_digit`` when it passes
  its own check): order numbers with a Luhn check digit, 16-digit ticket barcodes, a cinema loyalty card number of
  16 digits passing Luhn, EAN-13 wristband and club-card barcodes, ISRCs, ISWCs with their check digit, UPCs, IPI
  name numbers, SAG-AFTRA member ids, IMDb title and name ids, Steam ids, match ids, seats, rows, bays, jersey
  numbers, odds, promo and referral codes, IFSC and sort codes, a UK VAT number, a SEPA creditor id, UK number plates;
* businesses (tag ``business``, ``none``): venues and their phones and addresses, gym clubs and their phones, cinemas
  and their phones, a charity partner, a publisher's payee's VAT number, the concert hall's creditor id;
* identifiers with check digits (python-stdnum): the US SSN (``ssn``), the Canadian SIN, the Indian PAN (fifth
  letter the surname's initial) and Aadhaar (Verhoeff), the South African ID number (encoding the row's birth date
  and sex), the UK National Insurance number (shape rules; it has no check digit) and UTR, the Spanish DNI and NIE
  (``national_id``); GB, IE, ES and DE IBANs; card numbers (Luhn) kept in clear by a club's renewal system; phones
  of the US, Canada, the UK, Australia, India, South Africa, Ireland, Spain and Germany (phonenumbers) in E.164,
  international, national, digits, ``+CC NSN`` and bare national-significant-number forms;
* dates of birth as ``DATE`` and as text (``dd/mm/yyyy``, ``dd-mm-yyyy``, ``mm/dd/yyyy``, ``dd.mm.yyyy``, ISO;
  tag ``dob_text``);
* opaque names (tag ``opaque``: ``attr_01`` to ``attr_15``), vendor prefixes (``cust_``, ``mbr_``), Salesforce
  ``__c`` fields, a dbt staging model, abbreviations (``dob``, ``PH``, ``BILL_ADDR1``, ``mbr_mob``, ``PLZ``).

Labeling choices a reader may question:

* a gamertag (``gamertag``, ``player_gamertag``) is ``unclassified`` (tag ``username``), like v27's logins; box-office
  clerk logins (``SOLD_BY``) and a back-office login (``AngelegtVon``) too; a Steam id (``steamId64``), an IMDb link,
  a SAG-AFTRA member id and an IPI name number are ``none`` (public or platform numbers, like v45's FIDE ids);
* a stage or pen name is ``person_name``; a fantasy team name, a clan tag and an esports team name are ``none``;
* the last four digits of a card and a masked Aadhaar (``XXXX XXXX 1234``) are ``none`` (tag ``partial``); a
  household PIN, password hashes and refresh tokens are ``none`` (tag ``credential``); a payment-method token is
  ``none`` (tag ``tokenized``);
* the coordinates of a bettor's last bet (geofencing) are ``none`` (tag ``coordinates``), as the conventions say;
* a sort code and an IFSC (bank branches) are ``none``; the IBAN that holds the sort code is ``iban``;
* ``profile_names`` (a streaming account's profiles: the holder's and relatives' first names with ``Kids`` or
  ``Guest``, comma-separated) is ``first_name`` (tag ``multi_value``);
* an emergency contact written as a name and a phone in one cell (``emerg_contact``) is ``free_text`` (tag
  ``mixed_kinds``); support messages, notes and comments naming people or giving phones and e-mails are ``free_text``
  (tag ``support_message`` for players' and subscribers' messages);
* a subscriber's ``preferred name`` (``PreferredName``: ``Jonno``, ``Shazza``) is ``first_name``; a team lead
  written by first name only is ``first_name`` (tag ``staff``), a clerk written by family name only ``last_name``;
* a football club's account holder (``titular_cuenta``) and a concert subscriber's ``Kontoinhaber`` are
  ``person_name`` (tag ``role_word``); a junior's guardian and a minor actor's guardian too;
* a suburb (``Suburb``, ``cust_suburb``) and a town are ``city``; US states, Australian states, Canadian and South
  African provinces, Indian states, Irish counties and Spanish provinces are ``none``; dietary needs, T-shirt sizes,
  heights and eye colours are ``none``.

Labeling rules otherwise as v27 (see :mod:`benchmarks.classification.heldout_v27`). ``null_heavy`` means 50-95% NULL,
``nullword_heavy`` 70-95% NULL words. Every value is generated here from :data:`SEED` (one ``random.Random`` per
table, named after its builder) with python-stdnum for check digits, phonenumbers for phone validity and formats,
and the lists of :mod:`benchmarks.classification.heldout_v47_values`, written for v47 (no Faker, no list of real
people, no breach data). Build: ``python -m benchmarks.classification.heldout_v47 [PATH]`` (default
``/tmp/heldout_v47.duckdb``). Score: ``python -m benchmarks.classification.heldout_v2_accuracy --set v47``.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Callable
from datetime import date
from pathlib import Path

from benchmarks.classification import heldout_v4
from benchmarks.classification import heldout_v47_values as v
from benchmarks.classification.heldout_v2 import Column, Table
from benchmarks.classification.heldout_v47_values import NULLISH, SEED, USERNAME, Gen, N, c

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

DEFAULT_PATH = Path("/tmp/heldout_v47.duckdb")

NULLWORD = "nullword_heavy"  # 70-95% NULL-like strings, placeholders and empty strings (few real NULLs)
HEAVY = "null_heavy"  # 50-95% NULL
SHAPE = "value_shape"
CHECK = "check_digit"  # a decoy passing its own check digit (Luhn, EAN, ISWC, VAT, creditor id)
STAFF = "staff"  # staff named in a column with few distinct values
ROLE = "role_word"  # a role word (purchaser, guardian, agent, account holder ...) holding people
ABBREV = "abbrev"
AUDIT = "audit"
USER = "username"  # a login or a gamertag (unclassified)
SERVICE = "service_account"  # an audit column holding only service accounts or job names (none)
KEY = "join_key"  # an id, foreign key or UUID (none)
ROLE_EMAIL = "role_email"  # a role-named column holding people's e-mail addresses
MULTI = "multi_value"  # several names in one cell
JSON = "json_blob"  # a JSON document holding personal data (free_text)
JSON_PLAIN = "json_plain"  # a JSON document holding none (none)
PLACEHOLDER = "placeholder"  # a personal column some of whose cells are placeholders
TOKEN = "tokenized"  # a processor's token: none
PARTIAL = "partial"  # the last digits of a card or a masked Aadhaar: none
CREDENTIAL = "credential"  # a password hash, token or PIN: none
OPAQUE = "opaque"  # a column named attr_NN
MIXED = "mixed_kinds"  # a name and a phone in one cell (free_text)
STAGE = "stage_name"  # a stage or pen name (person_name)
DOB_TEXT = "dob_text"  # a date of birth written as text
COORD = "coordinates"  # latitude or longitude (none)
SUPPORT = "support_message"  # a player's or subscriber's message to support (free_text)


def _words(*extra: str) -> tuple[str, ...]:
    return ("", "-", "NULL", "n/a", "N/A", "null", "none") + extra


def _staff(g: Gen, n: int, make: Callable[[Gen], str]) -> list[str]:
    out: set[str] = set()
    while len(out) < n:
        out.add(make(g))
    return sorted(out)


def _logins(g: Gen, n: int, style: int, country: str) -> list[str]:
    out: set[str] = set()
    while len(out) < n:
        out.add(v.login(*v.person(g, country), style))
    return sorted(out)


def _dirty(g: Gen, values: list, share: float, placeholders: list[str]) -> list:
    """``values`` with ``share`` of the non-NULL cells replaced by a placeholder (a NULL word of the set)."""
    return [g.rnd.choice(placeholders) if x is not None and g.rnd.random() < share else x for x in values]


def _dob(d: date | None, style: str) -> str | None:
    if d is None:
        return None
    return {"dmy": f"{d:%d/%m/%Y}", "dmy_dash": f"{d:%d-%m-%Y}", "mdy": f"{d:%m/%d/%Y}", "iso": d.isoformat(),
            "dot": f"{d:%d.%m.%Y}"}[style]


# -- streaming, ticketing, season tickets -----------------------------------------------------------------------------


def streambox_subscribers(g: Gen) -> Table:
    """A UK video-streaming service's subscribers (Postgres, snake case): the UUID, the login e-mail, the name, the
    birth date (for age ratings), the mobile (some ``00000 000000``), the billing postcode, the country, plan and
    billing partner, the payment token and card's last four and expiry (``none``), the sign-up and last streaming IPs,
    the profile names (first names with ``Kids`` or ``Guest``), the household PIN (``none``), opt-in, referral code,
    the last title's IMDb id, customer-service notes naming people, creation and cancellation times."""
    pairs = [v.person(g, "uk") for _ in range(g.rows)]
    towns = [g.rnd.choice(v.UK_TOWNS) for _ in range(g.rows)]

    def profiles(i: int) -> str:
        items = [pairs[i][0]] + [v.given(g, "uk") for _ in range(g.rnd.randint(0, 3))]
        if g.rnd.random() < 0.35:
            items.append(g.rnd.choice(["Kids", "Guest", "Living room", "Kids"]))
        return ", ".join(items)

    def note() -> str:
        return g.rnd.choice([f"Customer called from {g.phone('GB', 'national')} re double charge, refunded £10.99",
                             f"Asked to remove ex-partner {v.whole(g, 'uk')} from the account and change PIN",
                             "Buffering on Fire TV stick, sent troubleshooting link",
                             f"Bereavement: account holder passed away, daughter {v.given(g, 'uk')} asked to close",
                             f"Changed login email to {v.email(g, 'uk')} after ID check",
                             "Price rise complaint, offered 3 months at old price"])

    return Table("streambox.subscribers", "en", "snake", [
        c("subscriber_id", N, "VARCHAR", g.col(g.uuid), "decoy", KEY),
        c("account_email", "email", "VARCHAR", [v.email_of(g, a, b, v.DOMAINS["uk"]) for a, b in pairs]),
        c("full_name", "person_name", "VARCHAR", [f"{a} {b}" if g.rnd.random() < 0.9 else "" for a, b in pairs]),
        c("date_of_birth", "date_of_birth", "DATE", [None if g.rnd.random() < 0.25 else g.birth(1948, 2007)
                                                     for _ in range(g.rows)]),
        c("mobile", "phone", "VARCHAR", _dirty(g, g.phones("GB", {"national": 0.5, "intl": 0.2, "e164": 0.3}, 1.0,
                                                           0.35), 0.06, ["00000 000000"]), PLACEHOLDER),
        c("billing_postcode", "postal_code", "VARCHAR", [v.uk_postcode(g, t) for t in towns]),
        c("country_code", N, "VARCHAR", g.col(g.pick(["GB"] * 12 + ["IE", "JE", "GG", "IM"])), "decoy", SHAPE),
        c("plan_tier", N, "VARCHAR", g.col(g.pick(["basic_ads", "standard", "standard", "premium_4k"])), "decoy"),
        c("billing_partner", N, "VARCHAR", g.col(g.pick(["direct", "direct", "direct", "EE", "Vodafone", "Sky"])),
          "decoy"),
        c("payment_method_token", N, "VARCHAR", g.col(lambda: v.token(g, "pm_1Q", 22), 0.05), "decoy", TOKEN),
        c("card_last4", N, "VARCHAR", g.col(lambda: g.digits(4), 0.1), "decoy", PARTIAL),
        c("card_expiry", N, "VARCHAR", g.col(lambda: f"{g.rnd.randint(1, 12):02d}/{g.rnd.randint(26, 31)}", 0.1),
          "decoy"),
        c("signup_ip", "ip_address", "VARCHAR", g.col(lambda: g.ip(0.3))),
        c("last_stream_ip", "ip_address", "VARCHAR", g.col(lambda: g.ip(0.45), 0.15)),
        c("profile_names", "first_name", "VARCHAR", [profiles(i) for i in range(g.rows)], MULTI),
        c("household_pin", N, "VARCHAR", g.col(lambda: g.digits(4), 0.55), "decoy", CREDENTIAL, SHAPE),
        c("marketing_opt_in", N, "BOOLEAN", g.yn(True, False, 0.35), "decoy"),
        c("referral_code", N, "VARCHAR", g.col(lambda: g.code("SBX-ZZZZ"), 0.3), "decoy", SHAPE),
        c("last_watched_title_id", N, "VARCHAR", g.col(lambda: "tt" + g.digits(7), 0.1), "decoy", SHAPE),
        c("cs_notes", "free_text", "VARCHAR", g.col(note, 0.6), HEAVY, SUPPORT),
        c("created_at", N, "TIMESTAMP", g.moments("2019-03-01", "2025-11-30"), "decoy"),
        c("cancelled_at", N, "TIMESTAMP", g.moments("2024-01-01", "2025-11-30", 0.62), "decoy"),
    ])


EVENT_NAMES = ["Windy City Roller Derby Finals", "The Nutcracker", "Lakeview Comedy Night", "Midwest Monster Trucks",
               "Symphony: Mahler 5", "Lake Effect (Reunion Tour)", "Chicago Fire Watch Party", "Disney on Ice Tribute",
               "Bluegrass at the Ballroom", "WWE-style Wrestling Showcase", "Holiday Gospel Choir"]


def boxoffice_orders(g: Gen) -> Table:
    """A Chicago box office's ticket orders (a legacy ticketing system, SCREAMING abbreviations): the order number
    (Luhn check digit), event id and name, the venue's name, phone and address (``none``), the performance date,
    section, row, seat and barcode (``none``), the purchaser's first and last name, e-mail (some placeholders), phone
    (``PH``), billing address lines, city, state (``none``) and ZIP, card type and last four (``none``), authorization
    and promo codes, quantity, total, the will-call name, the clerk's login and the channel."""
    venues = [("Lakeview Music Hall", "4410 N Broadway", "(773) 555-0148"),
              ("Southport Arena", "880 W Roosevelt Rd", "(312) 555-0190"),
              ("The Aragon Room", "2215 S Wabash Ave", "(773) 555-0112"),
              ("Grand Avenue Theatre", "65 E Wacker Pl", "(312) 555-0175")]
    events = [(f"EVT{g.rnd.randint(100_000, 999_999)}", name, g.rnd.randrange(len(venues)),
               g.moment("2025-09-01", "2026-03-31")) for name in EVENT_NAMES]
    ev = [g.rnd.choice(events) for _ in range(g.rows)]
    pairs = [v.person(g, "us") for _ in range(g.rows)]
    places = [g.rnd.choice(v.US_CITIES[:10] if g.rnd.random() < 0.75 else v.US_CITIES) for _ in range(g.rows)]
    clerks = _logins(g, 5, 0, "us")
    channel = [g.rnd.choice(["WEB", "WEB", "WEB", "PHONE", "BOX"]) for _ in range(g.rows)]
    cash = [ch == "BOX" and g.rnd.random() < 0.5 for ch in channel]

    def will_call(i: int) -> str | None:
        if g.rnd.random() < 0.65:
            return None
        a, b = pairs[i]
        return f"{a} {b}".upper() if g.rnd.random() < 0.5 else v.whole(g, "us")

    return Table("BOXOFFICE.TKT_ORDERS", "en", "screaming", [
        c("ORDER_NO", N, "VARCHAR", [v.luhn_number(g, "7", 10) for _ in range(g.rows)], "decoy", SHAPE, CHECK),
        c("EVENT_ID", N, "VARCHAR", [e[0] for e in ev], "decoy", KEY),
        c("EVENT_NAME", N, "VARCHAR", [e[1] for e in ev], "decoy"),
        c("VENUE_NM", N, "VARCHAR", [venues[e[2]][0] for e in ev], "business", ABBREV),
        c("VENUE_PH", N, "VARCHAR", [venues[e[2]][2] for e in ev], "business", ABBREV),
        c("VENUE_ADDR", N, "VARCHAR", [venues[e[2]][1] for e in ev], "business", ABBREV),
        c("PERF_DT", N, "TIMESTAMP", [e[3] for e in ev], "decoy", ABBREV),
        c("SEC", N, "VARCHAR", g.col(g.pick(["FLR A", "FLR B", "101", "102", "103", "MEZZ", "BALC 2", "GA"])),
          "decoy", ABBREV),
        c("ROW_CD", N, "VARCHAR", g.col(g.pick(list("ABCDEFGHJKLMNP") + ["AA", "BB"])), "decoy"),
        c("SEAT_NO", N, "INTEGER", g.ints(1, 32), "decoy"),
        c("TKT_BARCODE", N, "VARCHAR", g.col(lambda: str(g.rnd.randint(1, 9)) + g.digits(15)), "decoy", SHAPE),
        c("PURCH_FNAME", "first_name", "VARCHAR", [a for a, _ in pairs], ABBREV, ROLE),
        c("PURCH_LNAME", "last_name", "VARCHAR", [b for _, b in pairs], ABBREV, ROLE),
        c("PURCH_EMAIL", "email", "VARCHAR",
          _dirty(g, [None if x else v.email_of(g, a, b, v.DOMAINS["us"]) for x, (a, b) in zip(cash, pairs)], 0.05,
                 ["none@none.com", "noemail@boxoffice.invalid"]), PLACEHOLDER, ROLE_EMAIL),
        c("PH", "phone", "VARCHAR", _dirty(g, g.phones("US", {"dashes": 0.4, "national": 0.3, "digits": 0.3}, 0.9,
                                                        0.2), 0.04, ["000-000-0000"]), ABBREV, PLACEHOLDER),
        c("BILL_ADDR1", "street_address", "VARCHAR", [None if x else v.us_street(g) for x in cash], ABBREV),
        c("BILL_ADDR2", "street_address", "VARCHAR",
          g.col(g.pick(["Apt 3B", "Unit 12", "Fl 2", "#1407", "Apt 2R", "Unit 5C", "Apt 910"]), 0.8), ABBREV,
          HEAVY),
        c("BILL_CITY", "city", "VARCHAR", [None if x else p[0] for x, p in zip(cash, places)], ABBREV),
        c("BILL_ST", N, "VARCHAR", [None if x else p[1] for x, p in zip(cash, places)], "decoy", ABBREV),
        c("BILL_ZIP", "postal_code", "VARCHAR", [None if x else v.us_zip(g, p[2], 0.15) for x, p in zip(cash, places)],
          ABBREV),
        c("CC_TYPE", N, "VARCHAR", [None if x else g.rnd.choice(["VISA", "VISA", "MC", "AMEX", "DISC"]) for x in cash],
          "decoy", ABBREV),
        c("CC_LAST4", N, "VARCHAR", [None if x else g.digits(4) for x in cash], "decoy", PARTIAL, ABBREV),
        c("AUTH_CD", N, "VARCHAR", [None if x else g.code("ZZZZZZ") for x in cash], "decoy", SHAPE, ABBREV),
        c("PROMO_CD", N, "VARCHAR", g.col(g.pick(["FALL25", "SUBSCRIBER10", "WGN-VIP", "STUDENT", "BOGO-DERBY"]), 0.5),
          "decoy", SHAPE, ABBREV),
        c("QTY", N, "INTEGER", g.ints(1, 8), "decoy", ABBREV),
        c("TOT_AMT", N, "DECIMAL(9,2)", g.amounts(18, 960), "decoy", ABBREV),
        c("WILL_CALL_NM", "person_name", "VARCHAR", [will_call(i) for i in range(g.rows)], ROLE, HEAVY, ABBREV),
        c("SOLD_BY", USERNAME, "VARCHAR", [g.rnd.choice(clerks) if ch != "WEB" else None for ch in channel], USER,
          AUDIT),
        c("CHANNEL", N, "VARCHAR", channel, "decoy"),
    ])


NICKNAMES = ["Jonno", "Macca", "Davo", "Shazza", "Kez", "Tommo", "Robbo", "Bec", "Mitch", "Liv", "Hammo", "Jess",
             "Bazza", "Tez", "Smithy", "Sal"]


def clubcrm_season_members(g: Gen) -> Table:
    """A Sydney rugby-league club's season members (SQL Server, Pascal case): member id and number (``none``), title,
    given name, surname and preferred name, birth date as ``dd/mm/yyyy`` text, mobile (some ``0400 000 000``) and home
    phone, e-mail, street, suburb, state (``none``) and postcode, the membership package, bay, row and seat, the
    favourite player's jersey number (``none``), the card number kept in clear for auto-renewal (mostly NULL), payment
    method, years of membership, a junior's guardian, the sync job that created the row (``none``) and notes."""
    rows = []
    for _ in range(g.rows):
        female = g.rnd.random() < 0.42
        junior = g.rnd.random() < 0.22
        born = g.birth(2009, 2020) if junior else g.birth(1940, 2007)
        a, b = v.person(g, "au", female)
        rows.append((a, b, born, junior, female))
    places = [g.rnd.choice(v.AU_SUBURBS[:19] if g.rnd.random() < 0.9 else v.AU_SUBURBS) for _ in range(g.rows)]

    def title(r: tuple) -> str:
        if r[3]:
            return "Miss" if r[4] else "Master"
        return g.rnd.choice(["Ms", "Mrs", "Miss", "Dr"]) if r[4] else g.rnd.choice(["Mr", "Mr", "Mr", "Dr"])

    def guardian(r: tuple) -> str | None:
        if not r[3] or g.rnd.random() < 0.1:
            return None
        return f"{v.given(g, 'au')} {r[1]}" if g.rnd.random() < 0.8 else v.whole(g, "au")

    def note() -> str:
        return g.rnd.choice(["Wheelchair bay requested", f"Seats next to {v.whole(g, 'au')} (family)",
                             (f"Upgrade paid by partner {v.given(g, 'au')}, call 04{g.digits(2)} {g.digits(3)} "
                             f"{g.digits(3)}"), "Lost card reissued", "Life member since 1998"])

    return Table("clubcrm.SeasonMembers", "en", "pascal", [
        c("MemberId", N, "INTEGER", g.keys(40_001), "decoy", KEY),
        c("MembershipNumber", N, "VARCHAR", g.col(lambda: "25" + g.digits(7)), "decoy", SHAPE),
        c("Title", N, "VARCHAR", [title(r) for r in rows], "decoy"),
        c("GivenName", "first_name", "VARCHAR", [r[0] for r in rows]),
        c("Surname", "last_name", "VARCHAR", [r[1] for r in rows]),
        c("PreferredName", "first_name", "VARCHAR", g.col(g.pick(NICKNAMES), 0.72), HEAVY),
        c("DateOfBirth", "date_of_birth", "VARCHAR", [_dob(r[2], "dmy") for r in rows], DOB_TEXT),
        c("MobilePhone", "phone", "VARCHAR", _dirty(g, g.phones("AU", {"national": 0.6, "digits": 0.2, "e164": 0.2},
                                                                1.0, 0.08), 0.04, ["0400 000 000"]), PLACEHOLDER),
        c("HomePhone", "phone", "VARCHAR", g.phones("AU", {"national": 0.8, "digits": 0.2}, 0.0, 0.75), HEAVY),
        c("EmailAddress", "email", "VARCHAR", [v.email_of(g, r[0], r[1], v.DOMAINS["au"]) if g.rnd.random() < 0.92
                                               else None for r in rows]),
        c("StreetAddress", "street_address", "VARCHAR", g.col(lambda: v.au_street(g))),
        c("Suburb", "city", "VARCHAR", [p[0] for p in places]),
        c("State", N, "VARCHAR", [p[1] for p in places], "decoy"),
        c("Postcode", "postal_code", "VARCHAR", [p[2] for p in places]),
        c("MembershipType", N, "VARCHAR", ["Junior" if r[3] else g.rnd.choice(["Adult 12-Game", "Adult 12-Game",
                                                                               "Family", "Concession", "Platinum"])
                                           for r in rows], "decoy"),
        c("Bay", N, "VARCHAR", g.col(lambda: f"Bay {g.rnd.randint(10, 46)}"), "decoy"),
        c("RowLetter", N, "VARCHAR", g.col(g.pick(list("ABCDEFGHJKLMNPQR"))), "decoy"),
        c("SeatNumber", N, "INTEGER", g.ints(1, 38), "decoy"),
        c("FavouritePlayerJersey", N, "INTEGER", g.ints(1, 17, 0.3), "decoy"),
        c("AutoRenewCardNumber", "credit_card", "VARCHAR", g.col(lambda: v.card(g, g.rnd.random() < 0.5), 0.72),
          HEAVY),
        c("PaymentMethod", N, "VARCHAR", g.col(g.pick(["Card", "Direct Debit", "Card", "Payment Plan"])), "decoy"),
        c("YearsOfMembership", N, "INTEGER", g.ints(1, 35), "decoy"),
        c("JuniorGuardianName", "person_name", "VARCHAR", [guardian(r) for r in rows], ROLE, HEAVY),
        c("CreatedBy", N, "VARCHAR", g.col(g.pick(["TixSync", "WebShop", "TixSync"])), "decoy", AUDIT, SERVICE),
        c("MemberNotes", "free_text", "VARCHAR", g.sparse(note, 0.8, _words("nil", "TBC")), NULLWORD),
    ])


# -- fantasy sports and betting ----------------------------------------------------------------------------------------


TEAM_WORDS = (["Mumbai", "Chennai", "Royal", "Desi", "Super", "Thala", "Power", "Mighty", "Lucky"],
              ["Mavericks", "Strikers", "Smashers", "Warriors", "Kings", "Titans", "Blasters", "Tigers", "Legends"])


def fantasy_user_kyc(g: Gen) -> Table:
    """An Indian fantasy-sports app's users with their KYC (a Node app's Mongo export, camel case): the ObjectId, the
    fantasy team's name (``none``), the mobile as ten digits or with ``+91``, e-mail, the name as on the PAN card, the
    PAN (fifth letter the surname's initial) and the Aadhaar number (older records) and its masked form (``none``),
    birth date as text, state (``none``), city and PIN code, the bank's IFSC (``none``), KYC status and the agent who
    verified it, balances and TDS, referral code, last login IP, device OS, last match id, the writing service."""
    pairs = [v.person(g, "in") for _ in range(g.rows)]
    places = [g.rnd.choice(v.IN_CITIES) for _ in range(g.rows)]
    agents = _staff(g, 6, lambda x: v.whole(x, "in"))
    kyc = [g.rnd.choice(["VERIFIED", "VERIFIED", "VERIFIED", "PENDING", "REJECTED"]) for _ in range(g.rows)]
    aadhaar = [v.in_aadhaar(g) for _ in range(g.rows)]

    def name(a: str, b: str) -> str:
        full = f"{a} {b}"
        return full.upper() if g.rnd.random() < 0.6 else full

    def dob() -> str | None:
        if g.rnd.random() < 0.15:
            return None
        return _dob(g.birth(1965, 2007), g.rnd.choice(["dmy_dash", "dmy_dash", "iso"]))

    return Table("fantasy.userKyc", "en", "camel", [
        c("userId", N, "VARCHAR", g.col(lambda: v.object_id(g)), "decoy", KEY),
        c("teamName", N, "VARCHAR", g.col(lambda: f"{g.rnd.choice(TEAM_WORDS[0])} {g.rnd.choice(TEAM_WORDS[1])}"
                                          + g.rnd.choice(["", " XI", " 11", f" {g.rnd.randint(1, 99)}"])), "decoy"),
        c("mobileNumber", "phone", "VARCHAR", _dirty(g, g.phones("IN", {"nsn": 0.6, "cc_space": 0.2, "e164": 0.2}),
                                                     0.03, ["0000000000"]), PLACEHOLDER),
        c("email", "email", "VARCHAR", [v.email_of(g, a, b, v.DOMAINS["in"]) if g.rnd.random() < 0.85 else None
                                        for a, b in pairs]),
        c("nameAsPerPan", "person_name", "VARCHAR", [name(a, b) if k != "PENDING" else None
                                                     for k, (a, b) in zip(kyc, pairs)]),
        c("panNumber", "national_id", "VARCHAR", [v.in_pan(g, b) if k != "PENDING" else None
                                                  for k, (_, b) in zip(kyc, pairs)]),
        c("aadhaarMasked", N, "VARCHAR", [f"XXXX XXXX {x[-4:]}" if k != "PENDING" else None
                                          for k, x in zip(kyc, aadhaar)], "decoy", PARTIAL),
        c("aadhaarNumber", "national_id", "VARCHAR", [(f"{x[:4]} {x[4:8]} {x[8:]}" if g.rnd.random() < 0.5 else x)
                                                      if k != "PENDING" and g.rnd.random() < 0.42 else None
                                                      for k, x in zip(kyc, aadhaar)], HEAVY),
        c("dob", "date_of_birth", "VARCHAR", [dob() for _ in range(g.rows)], ABBREV, DOB_TEXT),
        c("state", N, "VARCHAR", [p[1] for p in places], "decoy"),
        c("city", "city", "VARCHAR", [p[0] for p in places]),
        c("pincode", "postal_code", "VARCHAR", [p[2] + g.digits(3) if g.rnd.random() < 0.9 else None for p in places]),
        c("bankIfsc", N, "VARCHAR", g.col(lambda: g.rnd.choice(["HDFC0", "SBIN0", "ICIC0", "UTIB0", "KKBK0"])
                                          + g.digits(6), 0.2), "decoy", SHAPE),
        c("kycStatus", N, "VARCHAR", kyc, "decoy"),
        c("kycVerifiedBy", "person_name", "VARCHAR", [g.rnd.choice(agents) if k != "PENDING" else None for k in kyc],
          STAFF),
        c("walletBalance", N, "DECIMAL(12,2)", g.amounts(0, 5_000), "decoy"),
        c("winningsBalance", N, "DECIMAL(12,2)", g.amounts(0, 25_000), "decoy"),
        c("tdsDeducted", N, "DECIMAL(12,2)", g.amounts(0, 3_000), "decoy"),
        c("referralCode", N, "VARCHAR", g.col(lambda: g.code("AAAZZ99")), "decoy", SHAPE),
        c("lastLoginIp", "ip_address", "VARCHAR", g.col(lambda: g.ip(0.35), 0.05)),
        c("deviceOs", N, "VARCHAR", g.col(g.pick(["android 14", "android 13", "android 12", "iOS 18.1"])), "decoy"),
        c("lastMatchId", N, "VARCHAR", g.col(lambda: f"CRK-{g.rnd.randint(60_000, 99_999)}", 0.1), "decoy", SHAPE),
        c("updatedBy", N, "VARCHAR", g.col(g.pick(["kyc-worker", "payout-cron"])), "decoy", AUDIT, SERVICE),
        c("createdAt", N, "TIMESTAMP", g.moments("2021-04-01", "2025-11-30"), "decoy"),
    ])


def sportsbook_customers(g: Gen) -> Table:
    """A South African sportsbook's customers (a ``cust_`` vendor prefix): id and account number (``none``), first
    name and surname, the SA ID number (encoding the birth date and sex) or a foreigner's passport number, birth
    date, sex (``none``), cell number, e-mail (some ``x@x.com``), address, suburb, city, postal code, province
    (``none``), the FICA status and the agent who verified it, the deposit limit and self-exclusion flag, the last
    bet's odds, slip number and coordinates (``none``), an affiliate code and responsible-gambling notes."""
    rows = []
    for _ in range(g.rows):
        female = g.rnd.random() < 0.3
        born = g.birth(1955, 2006)
        foreign = g.rnd.random() < 0.12
        a, b = v.person(g, "za", female)
        idnr = None if foreign or g.rnd.random() < 0.05 else v.za_idnr(g, born, female, g.rnd.random() < 0.96)
        passport = g.code(g.rnd.choice(["FN999999", "AA9999999", "A99999999"])) if foreign else None
        rows.append((a, b, born, female, idnr, passport))
    places = [g.rnd.choice(v.ZA_PLACES) for _ in range(g.rows)]
    agents = _staff(g, 5, lambda x: v.whole(x, "za"))
    centres = {"Johannesburg": (-26.2, 28.04), "Ekurhuleni": (-26.15, 28.3), "Pretoria": (-25.75, 28.2),
               "Durban": (-29.86, 31.0), "Pietermaritzburg": (-29.6, 30.38), "Cape Town": (-33.93, 18.5),
               "Gqeberha": (-33.96, 25.6), "East London": (-33.0, 27.9), "Bloemfontein": (-29.1, 26.2),
               "Polokwane": (-23.9, 29.45), "Mbombela": (-25.47, 30.97), "Rustenburg": (-25.67, 27.24)}

    def note() -> str:
        return g.rnd.choice([(f"Wife {v.given(g, 'za')} phoned 0{g.rnd.choice(['82', '83', '72', '71'])} "
                             f"{g.digits(3)} {g.digits(4)} asking for self-exclusion"),
                             "Cooling-off 30 days at own request",
                             f"Shares device with brother {v.whole(g, 'za')}, flagged for review",
                             "Deposit limit lowered to R2000", "Affordability docs received"])

    return Table("sportsbook.customers", "en", "prefixed", [
        c("cust_id", N, "BIGINT", g.keys(700_001), "decoy", KEY),
        c("cust_acc_no", N, "VARCHAR", g.col(lambda: "SB" + g.digits(8)), "decoy", SHAPE, ABBREV),
        c("cust_first_nm", "first_name", "VARCHAR", [r[0] for r in rows], ABBREV),
        c("cust_surname", "last_name", "VARCHAR", [r[1] for r in rows]),
        c("cust_id_no", "national_id", "VARCHAR", [r[4] for r in rows], ABBREV),
        c("cust_passport_no", "national_id", "VARCHAR", [r[5] for r in rows], HEAVY),
        c("cust_dob", "date_of_birth", "DATE", [r[2] for r in rows], ABBREV),
        c("cust_gender", N, "VARCHAR", ["F" if r[3] else "M" for r in rows], "decoy"),
        c("cust_cell", "phone", "VARCHAR", g.phones("ZA", {"national": 0.4, "digits": 0.4, "intl": 0.2}, 1.0, 0.03),
          ABBREV),
        c("cust_email", "email", "VARCHAR", _dirty(g, [v.email_of(g, r[0], r[1], v.DOMAINS["za"]) for r in rows],
                                                   0.04, ["x@x.com", "test@test.com"]), PLACEHOLDER),
        c("cust_addr1", "street_address", "VARCHAR", g.col(lambda: v.za_street(g), 0.1), ABBREV),
        c("cust_suburb", "city", "VARCHAR", [p[0] for p in places]),
        c("cust_city", "city", "VARCHAR", [p[1] for p in places]),
        c("cust_postal_cd", "postal_code", "VARCHAR", [p[3] for p in places], ABBREV),
        c("cust_province", N, "VARCHAR", [p[2] for p in places], "decoy"),
        c("fica_status", N, "VARCHAR", ["VERIFIED" if r[4] or r[5] else "OUTSTANDING" for r in rows], "decoy"),
        c("fica_verified_by", "person_name", "VARCHAR", [g.rnd.choice(agents) if r[4] or r[5] else None for r in rows],
          STAFF),
        c("deposit_limit_zar", N, "INTEGER", g.col(g.pick([1_000, 2_000, 5_000, 10_000, 50_000])), "decoy"),
        c("self_excluded", N, "BOOLEAN", g.yn(True, False, 0.03), "decoy"),
        c("last_bet_odds", N, "DECIMAL(7,2)", g.col(lambda: round(g.rnd.uniform(1.05, 26.0), 2), 0.1), "decoy"),
        c("last_bet_slip", N, "VARCHAR", g.col(lambda: g.code("BS-9999-9999-9999"), 0.1), "decoy", SHAPE),
        c("last_bet_lat", N, "DOUBLE", [round(centres[p[1]][0] + g.rnd.uniform(-0.08, 0.08), 5) for p in places],
          "decoy", COORD),
        c("last_bet_lon", N, "DOUBLE", [round(centres[p[1]][1] + g.rnd.uniform(-0.08, 0.08), 5) for p in places],
          "decoy", COORD),
        c("affiliate_cd", N, "VARCHAR", g.col(g.pick(["AFF-SOCCERTIPS", "AFF-RADIO947", "AFF-LOTTOBOYS", "DIRECT"])),
          "decoy", SHAPE, ABBREV),
        c("rg_notes", "free_text", "VARCHAR", g.sparse(note, 0.78, _words("nothing", "no notes")), NULLWORD, ABBREV),
    ])


# -- gaming and esports ------------------------------------------------------------------------------------------------


def game_player_profiles(g: Gen) -> Table:
    """A Canadian game studio's player profiles (camel case): the player UUID, gamertag (``unclassified``), e-mail and
    verification flag, birth date (the age gate), country and region, the optional real name, the parent's e-mail for
    players under 13, the linked Steam id (``none``), password hash and refresh token (``none``), last login and
    registration IPs, MMR, rank, last match id, clan tag, settings as JSON (``none``), ban status, the player's last
    message to support (``free_text``) and creation time."""
    rows = []
    tags: set[str] = set()
    for _ in range(g.rows):
        a, b = v.person(g, "ca")
        kid = g.rnd.random() < 0.1
        born = g.birth(2013, 2016) if kid else g.birth(1975, 2009)
        tag = v.gamertag(g, a, b)
        while tag in tags:
            tag += str(g.rnd.randint(0, 9))
        tags.add(tag)
        rows.append((a, b, born, kid, tag))

    def parent(r: tuple) -> str | None:
        if not r[3] or g.rnd.random() < 0.1:
            return None
        return v.email_of(g, v.given(g, "ca"), r[1], v.DOMAINS["ca"])

    def support(r: tuple) -> str:
        mail = v.email_of(g, r[0], r[1], ["gmail.com"])
        return g.rnd.choice([f"hey my account got hacked, my real email is {mail} pls help",
                             (f"I'm the mom on this account, my kid {v.given(g, 'ca')} is 11 and bought 4000 coins on "
                              f"my card. Please refund, call me at {g.phone('CA', 'dashes')}"),
                             "game crashes on loading screen after patch 3.2", "why was i banned?? i didnt cheat",
                             f"My name is {r[0]} {r[1]}, I want my data deleted under PIPEDA"])

    return Table("game_backend.playerProfiles", "en", "camel", [
        c("playerId", N, "VARCHAR", g.col(g.uuid), "decoy", KEY),
        c("gamertag", USERNAME, "VARCHAR", [r[4] for r in rows], USER),
        c("email", "email", "VARCHAR", [v.email_of(g, r[0], r[1], v.DOMAINS["ca"]) for r in rows]),
        c("emailVerified", N, "BOOLEAN", g.yn(True, False, 0.8), "decoy"),
        c("dateOfBirth", "date_of_birth", "DATE", [r[2] for r in rows]),
        c("countryCode", N, "VARCHAR", g.col(g.pick(["CA"] * 6 + ["US", "US", "MX", "GB"])), "decoy", SHAPE),
        c("region", N, "VARCHAR", g.col(g.pick(["na-east", "na-central", "na-west"])), "decoy"),
        c("realName", "person_name", "VARCHAR", [f"{r[0]} {r[1]}" if g.rnd.random() < 0.2 else None for r in rows],
          HEAVY),
        c("parentEmail", "email", "VARCHAR", [parent(r) for r in rows], ROLE_EMAIL, HEAVY),
        c("steamId64", N, "VARCHAR", g.col(lambda: v.steam_id64(g), 0.4), "decoy", SHAPE),
        c("passwordHash", N, "VARCHAR", g.col(lambda: v.argon2_hash(g)), "decoy", CREDENTIAL),
        c("refreshToken", N, "VARCHAR", g.col(lambda: v.token(g, "rt_", 40), 0.3), "decoy", CREDENTIAL),
        c("lastLoginIp", "ip_address", "VARCHAR", g.col(lambda: g.ip(0.4), 0.05)),
        c("registrationIp", "ip_address", "VARCHAR", g.col(lambda: g.ip(0.2), 0.1)),
        c("mmr", N, "INTEGER", g.ints(600, 3_400), "decoy"),
        c("rankTier", N, "VARCHAR", g.col(g.pick(["Bronze", "Silver", "Gold", "Platinum", "Diamond", "Champion"])),
          "decoy"),
        c("lastMatchId", N, "VARCHAR", g.col(lambda: "m_" + g.code("x" * 16), 0.05), "decoy", SHAPE),
        c("clanTag", N, "VARCHAR", g.col(lambda: f"[{g.code('AAA')}]", 0.5), "decoy"),
        c("settingsJson", N, "VARCHAR", g.col(lambda: json.dumps({"sens": round(g.rnd.uniform(0.2, 2.5), 2),
                                                                  "fov": g.rnd.choice([90, 100, 110]),
                                                                  "crossplay": g.rnd.random() < 0.7})), "decoy",
          JSON_PLAIN),
        c("banStatus", N, "VARCHAR", g.col(g.pick(["active"] * 12 + ["suspended", "banned"])), "decoy"),
        c("lastSupportMessage", "free_text", "VARCHAR", [support(r) if g.rnd.random() < 0.22 else None for r in rows],
          HEAVY, SUPPORT),
        c("createdAt", N, "TIMESTAMP", g.moments("2020-06-01", "2025-11-30"), "decoy"),
    ])


def stg_prize_payouts(g: Gen) -> Table:
    """A Canadian esports organiser's prize payouts as a dbt staging model (snake case, 40 rows): payout id,
    tournament slug, match id, placement and team (``none``), the player's gamertag, legal first and last name, SIN
    (spaced, dashed or plain: needed for the T4A), birth date, the Interac e-Transfer e-mail, mailing address, city,
    province (``none``), postal code and phone, prize amount, T4A flag, jersey number and the load time."""
    rows = []
    for _ in range(g.rows):
        a, b = v.person(g, "ca")
        rows.append((a, b, v.gamertag(g, a, b), g.rnd.choice(v.CA_CITIES)))
    slugs = ["north-clash-2025-fall", "maple-masters-s3", "prairie-lan-2025", "coastal-cup-winter"]
    return Table("analytics.stg_tourney__prize_payouts", "en", "dbt", [
        c("payout_id", N, "VARCHAR", g.col(g.uuid), "decoy", KEY),
        c("tournament_slug", N, "VARCHAR", g.col(g.pick(slugs)), "decoy"),
        c("match_id", N, "VARCHAR", g.col(lambda: f"{g.rnd.randint(2_400_000, 2_499_999)}"), "decoy", SHAPE),
        c("placement", N, "INTEGER", g.ints(1, 8), "decoy"),
        c("team_name", N, "VARCHAR", g.col(g.pick(["Northern Lynx", "Six Nations Esports", "Team Timbits",
                                                   "Polar Static", "Maple Syrup Gaming"])), "decoy"),
        c("player_gamertag", USERNAME, "VARCHAR", [r[2] for r in rows], USER),
        c("legal_first_name", "first_name", "VARCHAR", [r[0] for r in rows]),
        c("legal_last_name", "last_name", "VARCHAR", [r[1] for r in rows]),
        c("sin", "national_id", "VARCHAR", g.col(lambda: v.ca_sin(g, g.rnd.choice(["spaced", "dashed", "plain"])),
                                                 0.1), ABBREV),
        c("date_of_birth", "date_of_birth", "DATE", g.births(1996, 2007)),
        c("payout_email", "email", "VARCHAR", [v.email_of(g, r[0], r[1], v.DOMAINS["ca"]) for r in rows]),
        c("mailing_address", "street_address", "VARCHAR", g.col(lambda: v.ca_street(g))),
        c("city", "city", "VARCHAR", [r[3][0] for r in rows]),
        c("province", N, "VARCHAR", [r[3][1] for r in rows], "decoy"),
        c("postal_code", "postal_code", "VARCHAR", [v.ca_postal(g, r[3][2]) for r in rows]),
        c("phone", "phone", "VARCHAR", g.phones("CA", {"dashes": 0.5, "e164": 0.3, "national": 0.2}, 1.0, 0.15)),
        c("prize_amount_cad", N, "DECIMAL(10,2)", g.col(g.pick([250.0, 500.0, 1_000.0, 2_500.0, 5_000.0])), "decoy"),
        c("t4a_required", N, "BOOLEAN", g.yn(True, False, 0.6), "decoy"),
        c("jersey_number", N, "INTEGER", g.ints(0, 99), "decoy"),
        c("_loaded_at", N, "TIMESTAMP", g.moments("2025-10-01", "2025-11-30"), "decoy"),
    ])


# -- gym, talent agency, podcast audience ------------------------------------------------------------------------------


def leisure_gym_members(g: Gen) -> Table:
    """An Irish gym chain's members (an ``mbr_`` prefix): member number, first and last name, birth date as
    ``dd/mm/yyyy``, two address lines, town, county (``none``), Eircode, mobile, e-mail, the IBAN of the SEPA direct
    debit and its mandate reference (``none``), the door fob's UID, the home club and its phone (``none``), the
    personal trainer and the inducting coach (few), the emergency contact (a name and a phone in one cell:
    ``free_text``), tier, fee, join date, last visit."""
    clubs = [("FlexFit Athlone", "090 647 2210"), ("FlexFit Galway Docks", "091 562 144"),
             ("FlexFit Cork City", "021 427 9900"), ("FlexFit Dublin 8", "01 453 8801"),
             ("FlexFit Limerick", "061 315 660")]
    club = [g.rnd.randrange(len(clubs)) for _ in range(g.rows)]
    pairs = [v.person(g, "ie") for _ in range(g.rows)]
    towns = [g.rnd.choice(v.IE_TOWNS) for _ in range(g.rows)]
    trainers = _staff(g, 6, lambda x: v.whole(x, "ie"))
    coaches = _staff(g, 4, lambda x: v.given(x, "ie"))

    def contact() -> str:
        who = g.rnd.choice(["Mam", "Dad", "husband", "wife", "partner", ""])
        name = v.given(g, "ie") if who in ("husband", "wife", "partner") else v.whole(g, "ie")
        number = g.phone("IE", g.rnd.choice(["national", "digits"]))
        return g.rnd.choice([f"{who} - {number}" if who in ("Mam", "Dad") else f"{name} ({who}) {number}",
                             f"{name} {number}"])

    return Table("leisure.gym_members", "en", "prefixed", [
        c("mbr_no", N, "VARCHAR", g.col(lambda: "M" + g.digits(6)), "decoy", SHAPE, ABBREV),
        c("mbr_first", "first_name", "VARCHAR", [a for a, _ in pairs], ABBREV),
        c("mbr_last", "last_name", "VARCHAR", [b for _, b in pairs], ABBREV),
        c("mbr_dob", "date_of_birth", "VARCHAR", [_dob(g.birth(1950, 2008), "dmy") if g.rnd.random() < 0.93 else None
                                                  for _ in range(g.rows)], ABBREV, DOB_TEXT),
        c("mbr_addr1", "street_address", "VARCHAR", g.col(lambda: v.ie_street(g)), ABBREV),
        c("mbr_addr2", "street_address", "VARCHAR", g.col(g.pick(["Ballinacurra", "Renmore", "Knocknacarra",
                                                                  "Rathmines", "Ballyvolane", "Clonsilla",
                                                                  "Garryowen", "Cnoc na Cathrach"]), 0.6),
          ABBREV, HEAVY),
        c("mbr_town", "city", "VARCHAR", [t[0] for t in towns], ABBREV),
        c("mbr_county", N, "VARCHAR", [f"Co. {t[1]}" for t in towns], "decoy", ABBREV),
        c("mbr_eircode", "postal_code", "VARCHAR", [v.eircode(g, t[2]) if g.rnd.random() < 0.9 else None
                                                    for t in towns], ABBREV),
        c("mbr_mob", "phone", "VARCHAR", g.phones("IE", {"national": 0.5, "digits": 0.3, "e164": 0.2}, 1.0, 0.04),
          ABBREV),
        c("mbr_email", "email", "VARCHAR", [v.email_of(g, a, b, v.DOMAINS["ie"]) for a, b in pairs], ABBREV),
        c("mbr_iban", "iban", "VARCHAR", g.col(lambda: v.iban(g, "IE", g.rnd.random() < 0.4), 0.3), ABBREV),
        c("sepa_mandate_ref", N, "VARCHAR", g.col(lambda: "FLX-" + g.digits(8)), "decoy", SHAPE),
        c("fob_uid", N, "VARCHAR", g.col(lambda: g.code("xxxxxxxx").upper()), "decoy", SHAPE),
        c("home_club", N, "VARCHAR", [clubs[i][0] for i in club], "business"),
        c("club_phone", N, "VARCHAR", [clubs[i][1] for i in club], "business"),
        c("pt_coach", "person_name", "VARCHAR", g.col(g.pick(trainers), 0.6), STAFF),
        c("induction_by", "first_name", "VARCHAR", g.col(g.pick(coaches), 0.1), STAFF),
        c("emerg_contact", "free_text", "VARCHAR", g.col(contact, 0.25), MIXED, ABBREV),
        c("tier", N, "VARCHAR", g.col(g.pick(["Off-Peak", "Anytime", "Anytime", "Student", "Couples"])), "decoy"),
        c("monthly_fee_eur", N, "DECIMAL(6,2)", g.col(g.pick([29.99, 39.99, 44.99, 24.99, 69.99])), "decoy"),
        c("join_dt", N, "DATE", g.days("2017-01-01", "2025-11-30"), "decoy", ABBREV),
        c("last_visit_ts", N, "TIMESTAMP", g.moments("2025-06-01", "2025-11-30", 0.1), "decoy", ABBREV),
    ])


def salesforce_talent(g: Gen) -> Table:
    """A Chicago talent and casting agency's Salesforce custom object ``Talent__c`` (45 rows): the record id, the
    ``Name`` (the full name), first and last name, stage name, birth date, SSN (for payroll), phone, e-mail, mailing
    street, city, state (``none``) and ZIP, the agent (few), the SAG-AFTRA member id, IMDb link, height, eye colour,
    playing-age range and headshot URL (``none``), a minor's guardian, audition notes naming people, owner and
    creator ids and the last change."""
    rows = []
    for i in range(g.rows):
        a, b = v.person(g, "us")
        minor = i % 5 == 0
        born = g.birth(2009, 2016) if minor else g.birth(1960, 2004)
        rows.append((a, b, born, minor, g.rnd.choice(v.US_CITIES[:8])))
    agents = _staff(g, 4, lambda x: v.whole(x, "us"))
    users = [v.sfdc_id(g, "005") for _ in range(3)]

    def stage(r: tuple) -> str | None:
        if g.rnd.random() < 0.4:
            return None
        return g.rnd.choice([f"{r[0]} {v.family(g, 'us')}", f"{r[0]} {r[1][0]}. {v.family(g, 'us')}",
                             f"{r[0]} {r[1][0]}.", r[0].upper()])

    def note(r: tuple) -> str:
        return g.rnd.choice([f"Callback for the Midway Bank spot, reading with {v.whole(g, 'us')}",
                             "Strong cold read, needs headshots updated", (f"Mom ({v.given(g, 'us')}) drives to set, "
                             f"reach her at {g.phone('US', 'dashes')}"), "Conflict: regional pharma ad 2024",
                             f"Booked for Lakeview Comedy promo; director {v.whole(g, 'us')} asked for her again"])

    return Table("salesforce.Talent__c", "en", "salesforce", [
        c("Id", N, "VARCHAR", g.col(lambda: v.sfdc_id(g, "a0X")), "decoy", KEY),
        c("Name", "person_name", "VARCHAR", [f"{r[0]} {r[1]}" for r in rows]),
        c("First_Name__c", "first_name", "VARCHAR", [r[0] for r in rows]),
        c("Last_Name__c", "last_name", "VARCHAR", [r[1] for r in rows]),
        c("Stage_Name__c", "person_name", "VARCHAR", [stage(r) for r in rows], STAGE),
        c("Date_of_Birth__c", "date_of_birth", "DATE", [r[2] for r in rows]),
        c("SSN__c", "ssn", "VARCHAR", g.col(lambda: v.us_ssn(g, g.rnd.random() < 0.7), 0.1), ABBREV),
        c("Phone__c", "phone", "VARCHAR", g.phones("US", {"national": 0.6, "dashes": 0.2, "e164": 0.2})),
        c("Email__c", "email", "VARCHAR", [v.email_of(g, r[0], r[1], v.DOMAINS["us"]) for r in rows]),
        c("MailingStreet", "street_address", "VARCHAR", g.col(lambda: v.us_street(g))),
        c("MailingCity", "city", "VARCHAR", [r[4][0] for r in rows]),
        c("MailingState", N, "VARCHAR", [r[4][1] for r in rows], "decoy"),
        c("MailingPostalCode", "postal_code", "VARCHAR", [v.us_zip(g, r[4][2]) for r in rows]),
        c("Agent__c", "person_name", "VARCHAR", g.col(g.pick(agents)), STAFF, ROLE),
        c("Union_Member_ID__c", N, "VARCHAR", g.col(lambda: g.digits(8), 0.3), "decoy", SHAPE),
        c("IMDb_Profile__c", N, "VARCHAR", g.col(lambda: f"https://www.imdb.com/name/nm{g.digits(7)}/", 0.3), "decoy",
          SHAPE),
        c("Height_cm__c", N, "INTEGER", g.ints(120, 198), "decoy"),
        c("Eye_Color__c", N, "VARCHAR", g.col(g.pick(["Brown", "Blue", "Green", "Hazel", "Gray"])), "decoy"),
        c("Playing_Age_Range__c", N, "VARCHAR", g.col(g.pick(["8-12", "16-22", "25-35", "35-45", "50-65"])),
          "decoy"),
        c("Headshot_URL__c", N, "VARCHAR", g.col(lambda: f"https://cdn.talentfiles.example/h/{g.code('x' * 12)}.jpg"),
          "decoy", SHAPE),
        c("Guardian_Name__c", "person_name", "VARCHAR", [f"{v.given(g, 'us')} {r[1]}" if r[3] else None for r in rows],
          ROLE, HEAVY),
        c("Audition_Notes__c", "free_text", "VARCHAR", [note(r) if g.rnd.random() < 0.7 else None for r in rows]),
        c("OwnerId", N, "VARCHAR", g.col(g.pick(users)), "decoy", KEY),
        c("CreatedById", N, "VARCHAR", g.col(g.pick(users)), "decoy", KEY),
        c("LastModifiedDate", N, "TIMESTAMP", g.moments("2024-01-01", "2025-11-30"), "decoy"),
    ])


def podcast_audience_export(g: Gen) -> Table:
    """A US podcast network's audience export as landed raw (opaque ``attr_NN`` names): e-mail, name, city, state
    (``none``), ZIP, sign-up IP, birth date as ``mm/dd/yyyy`` text, plan (``none``), a JSON of merge fields with a
    first name and city (``free_text``), UTM source (``none``), a listener's voicemail transcript (``free_text``), the
    episode GUID (``none``), the SMS number, open rate and sign-up epoch (``none``)."""
    pairs = [v.person(g, "us") for _ in range(g.rows)]
    places = [g.rnd.choice(v.US_CITIES) for _ in range(g.rows)]

    def merge(i: int) -> str:
        doc: dict = {"show": g.rnd.choice(["true-crime-tuesdays", "the-bench-press", "mixtape-memories"])}
        if g.rnd.random() < 0.7:
            doc["FNAME"] = pairs[i][0]
        if g.rnd.random() < 0.4:
            doc["CITY"] = places[i][0]
        return json.dumps(doc)

    def voicemail() -> str:
        return g.rnd.choice([(f"Hi it's {v.whole(g, 'us')} from {g.rnd.choice(v.US_CITIES)[0]}, love the show, call me "
                             f"back at {g.phone('US', 'dashes')}"), ("Longtime listener, please do an episode on the "
                             "1979 blizzard"), f"Shout out to my husband {v.given(g, 'us')} for his 40th!",
                             f"This is {v.given(g, 'us')}, my sister {v.whole(g, 'us')} was on your last episode"])

    return Table("raw.podcast_audience_export", "en", "opaque", [
        c("row_id", N, "BIGINT", g.keys(1), "decoy", KEY),
        c("attr_01", "email", "VARCHAR", [v.email_of(g, a, b, v.DOMAINS["us"]) for a, b in pairs], OPAQUE),
        c("attr_02", "person_name", "VARCHAR", [f"{a} {b}" if g.rnd.random() < 0.8 else "" for a, b in pairs],
          OPAQUE),
        c("attr_03", "city", "VARCHAR", [p[0] if g.rnd.random() < 0.75 else None for p in places], OPAQUE),
        c("attr_04", N, "VARCHAR", [p[1] for p in places], "decoy", OPAQUE),
        c("attr_05", "postal_code", "VARCHAR", [v.us_zip(g, p[2]) if g.rnd.random() < 0.7 else None for p in places],
          OPAQUE),
        c("attr_06", "ip_address", "VARCHAR", g.col(lambda: g.ip(0.3), 0.1), OPAQUE),
        c("attr_07", "date_of_birth", "VARCHAR", [_dob(g.birth(1958, 2006), "mdy") if g.rnd.random() < 0.55 else None
                                                  for _ in range(g.rows)], OPAQUE, DOB_TEXT),
        c("attr_08", N, "VARCHAR", g.col(g.pick(["free", "free", "supporter", "founding"])), "decoy", OPAQUE),
        c("attr_09", "free_text", "VARCHAR", [merge(i) for i in range(g.rows)], OPAQUE, JSON),
        c("attr_10", N, "VARCHAR", g.col(g.pick(["apple_podcasts", "spotify", "instagram", "newsletter", "direct"])),
          "decoy", OPAQUE),
        c("attr_11", "free_text", "VARCHAR", g.col(voicemail, 0.72), OPAQUE, HEAVY),
        c("attr_12", N, "VARCHAR", g.col(g.uuid, 0.2), "decoy", OPAQUE, SHAPE),
        c("attr_13", "phone", "VARCHAR", g.phones("US", {"e164": 0.7, "digits": 0.3}, 1.0, 0.6), OPAQUE, HEAVY),
        c("attr_14", N, "DOUBLE", g.floats(0, 1, 3), "decoy", OPAQUE),
        c("attr_15", N, "BIGINT", g.ints(1_600_000_000, 1_764_000_000), "decoy", OPAQUE),
    ])


# -- music royalties, a festival ---------------------------------------------------------------------------------------


def royalties_payees(g: Gen) -> Table:
    """A UK music publisher's royalty payees (songwriters, 60 rows): payee id, legal and professional (pen or stage)
    name, IPI name number (``none``), National Insurance number and UTR, the payee's IBAN (GB or IE) and the sort code
    inside it (``none``), a VAT number (the writer's business: ``none``), e-mail, phone, address, town, postcode, the
    top work's ISWC, recording's ISRC and release's UPC (``none``), share, statement period, last payment, the account
    manager (few) and tax residency."""
    rows = []
    for _ in range(g.rows):
        a, b = v.person(g, "uk")
        irish = g.rnd.random() < 0.15
        rows.append((a, b, irish, g.rnd.choice(v.UK_TOWNS[:24])))
    managers = _staff(g, 3, lambda x: v.whole(x, "uk"))
    ibans = [v.iban(g, "IE" if r[2] else "GB") for r in rows]

    def professional(r: tuple) -> str:
        return g.rnd.choice([f"{r[0]} {v.family(g, 'uk')}", r[0].upper(), f"{r[0]} {r[1]}",
                             f"{r[0]} {r[1][0]}.", f"{r[0][0]}. {r[1]}"])

    return Table("royalties.payees", "en", "snake", [
        c("payee_id", N, "INTEGER", g.keys(5_001), "decoy", KEY),
        c("payee_legal_name", "person_name", "VARCHAR", [f"{r[0]} {r[1]}" for r in rows]),
        c("professional_name", "person_name", "VARCHAR", [professional(r) for r in rows], STAGE),
        c("ipi_name_number", N, "VARCHAR", g.col(lambda: "00" + g.digits(9)), "decoy", SHAPE),
        c("ni_number", "national_id", "VARCHAR", [None if r[2] else v.gb_nino(g, g.rnd.random() < 0.3) for r in rows],
          ABBREV),
        c("utr", "national_id", "VARCHAR", [v.gb_utr(g) if not r[2] and g.rnd.random() < 0.7 else None for r in rows],
          ABBREV),
        c("payee_iban", "iban", "VARCHAR", ibans),
        c("sort_code", N, "VARCHAR", [f"{x[8:10]}-{x[10:12]}-{x[12:14]}" for x in ibans], "decoy", SHAPE),
        c("vat_number", N, "VARCHAR", g.col(lambda: v.gb_vat(g), 0.55), "business", SHAPE, CHECK),
        c("email", "email", "VARCHAR", [v.email_of(g, r[0], r[1], v.DOMAINS["uk"]) for r in rows]),
        c("phone", "phone", "VARCHAR", g.phones("GB", {"national": 0.6, "e164": 0.4}, 0.9, 0.1)),
        c("address_line1", "street_address", "VARCHAR", g.col(lambda: v.uk_street(g))),
        c("town", "city", "VARCHAR", [r[3][0] for r in rows]),
        c("postcode", "postal_code", "VARCHAR", [v.uk_postcode(g, r[3]) for r in rows]),
        c("top_work_iswc", N, "VARCHAR", g.col(lambda: v.iswc(g)), "decoy", SHAPE, CHECK),
        c("top_recording_isrc", N, "VARCHAR", g.col(lambda: v.isrc(g), 0.1), "decoy", SHAPE),
        c("release_upc", N, "VARCHAR", g.col(lambda: v.upc_a(g) if g.rnd.random() < 0.5 else v.ean13(g, "50"), 0.1),
          "decoy", SHAPE, CHECK),
        c("writer_share_pct", N, "DECIMAL(5,2)", g.col(g.pick([100.0, 50.0, 33.33, 25.0, 12.5])), "decoy"),
        c("statement_period", N, "VARCHAR", g.col(g.pick(["2025H1", "2024H2", "2025H1"])), "decoy"),
        c("last_payment_gbp", N, "DECIMAL(10,2)", g.amounts(3, 48_000), "decoy"),
        c("account_manager", "person_name", "VARCHAR", g.col(g.pick(managers)), STAFF),
        c("tax_residency", N, "VARCHAR", ["IE" if r[2] else "GB" for r in rows], "decoy", SHAPE),
    ])


def festival_volunteers(g: Gen) -> Table:
    """A Somerset music festival's volunteers (snake case): id, first name and surname, date of birth, e-mail,
    mobile, address, town and postcode, the role, the team lead (first names only: ``first_name``), shift pattern,
    the wristband's EAN-13 barcode and the car's number plate (``none``), T-shirt size and dietary needs (``none``),
    the emergency contact's name and phone, the deposit, the charity partner (``none``) and comments."""
    pairs = [v.person(g, "uk") for _ in range(g.rows)]
    towns = [g.rnd.choice(v.UK_TOWNS) for _ in range(g.rows)]
    leads = ["Bex", "Jonty", "Priya", "Callum", "Shaz", "Femi"]

    def comment() -> str:
        return g.rnd.choice([f"Camping with my friend {v.whole(g, 'uk')}, same team please",
                             "Need step-free access to crew camp", (f"Lift share with {v.given(g, 'uk')} "
                             f"({g.phone('GB', 'national')})"), "Returning volunteer, 4th year",
                             "Can only do mornings"])

    return Table("festival.volunteers", "en", "snake", [
        c("volunteer_id", N, "INTEGER", g.keys(9_001), "decoy", KEY),
        c("first_name", "first_name", "VARCHAR", [a for a, _ in pairs]),
        c("surname", "last_name", "VARCHAR", [b for _, b in pairs]),
        c("dob", "date_of_birth", "DATE", g.births(1955, 2007), ABBREV),
        c("email", "email", "VARCHAR", [v.email_of(g, a, b, v.DOMAINS["uk"]) for a, b in pairs]),
        c("mobile", "phone", "VARCHAR", g.phones("GB", {"national": 0.6, "digits": 0.2, "e164": 0.2})),
        c("address_line_1", "street_address", "VARCHAR", g.col(lambda: v.uk_street(g))),
        c("town_city", "city", "VARCHAR", [t[0] for t in towns]),
        c("postcode", "postal_code", "VARCHAR", [v.uk_postcode(g, t) for t in towns]),
        c("role", N, "VARCHAR", g.col(g.pick(["Stewarding", "Recycling", "Bar", "Campsite Info", "Accessibility"])),
          "decoy"),
        c("team_lead", "first_name", "VARCHAR", g.col(g.pick(leads)), STAFF, ROLE),
        c("shift_pattern", N, "VARCHAR", g.col(g.pick(["A: 06-14", "B: 14-22", "C: 22-06"])), "decoy"),
        c("wristband_barcode", N, "VARCHAR", g.col(lambda: v.ean13(g, "20")), "decoy", SHAPE, CHECK),
        c("car_reg", N, "VARCHAR", g.col(lambda: v.uk_plate(g), 0.55), "decoy", SHAPE),
        c("tshirt_size", N, "VARCHAR", g.col(g.pick(["S", "M", "L", "XL", "XXL"])), "decoy"),
        c("dietary_req", N, "VARCHAR", g.col(g.pick(["None", "Vegetarian", "Vegan", "Coeliac", "Halal", "None"])),
          "decoy"),
        c("emergency_contact_name", "person_name", "VARCHAR", g.col(lambda: v.whole(g, "uk"), 0.05), ROLE),
        c("emergency_contact_phone", "phone", "VARCHAR", g.phones("GB", {"national": 0.7, "e164": 0.3}, 0.85, 0.05)),
        c("deposit_paid_gbp", N, "DECIMAL(6,2)", g.col(g.pick([150.0, 150.0, 0.0])), "decoy"),
        c("charity_partner", N, "VARCHAR", g.col(g.pick(["Oxfam", "WaterAid", "Greenpeace", "Somerset Mind"])),
          "business"),
        c("volunteer_comments", "free_text", "VARCHAR", g.sparse(comment, 0.78, _words("N.A.", ".")), NULLWORD),
    ])


# -- Québec, Spain, Germany --------------------------------------------------------------------------------------------


def cinema_membres_fidelite(g: Gen) -> Table:
    """A Québec cinema chain's loyalty members (French, snake case): member id, the loyalty card number (16 digits
    passing Luhn: ``none``), first and family name, e-mail, cell phone, birth date, address, city, province
    (``none``) and postal code, language, the favourite cinema and its phone (``none``), points, level, last visit,
    newsletter consent, sign-up IP, a service note naming people."""
    pairs = [v.person(g, "qc") for _ in range(g.rows)]
    places = [g.rnd.choice(v.QC_CITIES) for _ in range(g.rows)]
    cinemas = [("Cinéma Beaubien-Est", "514 555-0133"), ("Ciné-Lumière Laval", "450 555-0177"),
               ("Cinéma du Vieux-Port", "418 555-0121"), ("Ciné-Lumière Sherbrooke", "819 555-0160")]
    fav = [g.rnd.randrange(len(cinemas)) for _ in range(g.rows)]

    def note() -> str:
        return g.rnd.choice([f"Carte perdue, nouvelle carte postée; a appelé du {g.phone('QC', 'national')}",
                             f"Fusion de compte avec celui de {v.whole(g, 'qc')} (conjoint)",
                             "Points expirés réactivés (geste commercial)",
                             f"Plainte : {v.given(g, 'qc')} refusé à l'entrée, film 13+"])

    return Table("cinema.membres_fidelite", "fr", "snake", [
        c("id_membre", N, "INTEGER", g.keys(800_001), "decoy", KEY),
        c("numero_carte", N, "VARCHAR", g.col(lambda: v.luhn_number(g, "6048", 16)), "decoy", SHAPE, CHECK),
        c("prenom", "first_name", "VARCHAR", [a for a, _ in pairs]),
        c("nom", "last_name", "VARCHAR", [b for _, b in pairs]),
        c("courriel", "email", "VARCHAR", [v.email_of(g, a, b, v.DOMAINS["qc"]) for a, b in pairs]),
        c("cellulaire", "phone", "VARCHAR", g.phones("QC", {"national": 0.5, "dashes": 0.3, "e164": 0.2}, 1.0, 0.15)),
        c("date_naissance", "date_of_birth", "DATE", [None if g.rnd.random() < 0.3 else g.birth(1945, 2009)
                                                      for _ in range(g.rows)]),
        c("adresse", "street_address", "VARCHAR", g.col(lambda: v.qc_street(g), 0.2)),
        c("ville", "city", "VARCHAR", [p[0] for p in places]),
        c("province", N, "VARCHAR", ["QC"] * g.rows, "decoy"),
        c("code_postal", "postal_code", "VARCHAR", [v.qc_postal(g, p[1]) for p in places]),
        c("langue_pref", N, "VARCHAR", g.col(g.pick(["fr", "fr", "fr", "en"])), "decoy"),
        c("cinema_prefere", N, "VARCHAR", [cinemas[i][0] for i in fav], "business"),
        c("tel_cinema", N, "VARCHAR", [cinemas[i][1] for i in fav], "business"),
        c("solde_points", N, "INTEGER", g.ints(0, 12_000), "decoy"),
        c("niveau", N, "VARCHAR", g.col(g.pick(["Régulier", "Régulier", "Élite", "VIP"])), "decoy"),
        c("derniere_visite", N, "DATE", g.days("2024-06-01", "2025-11-30", 0.05), "decoy"),
        c("consentement_infolettre", N, "BOOLEAN", g.yn(True, False, 0.45), "decoy"),
        c("ip_inscription", "ip_address", "VARCHAR", g.col(lambda: g.ip(0.25), 0.2)),
        c("note_service", "free_text", "VARCHAR", g.col(note, 0.75), HEAVY),
    ])


def socios_abonados(g: Gen) -> Table:
    """A Seville football club's season-ticket members (Spanish, snake case): member number, first name, the two
    family names (``apellidos``: ``last_name``), DNI or NIE, birth date, mobile, e-mail, address, postcode,
    municipality, province (``none``), the IBAN of the direct debit and its holder, the season ticket's type, zone,
    gate, row and seat, the card's EAN-13 barcode (``none``), seniority, the supporters' club (``none``) and remarks."""
    rows = []
    for _ in range(g.rows):
        a, b1 = v.person(g, "es")
        b2 = v.family(g, "es")
        born = g.birth(1935, 2018)
        rows.append((a, f"{b1} {b2}", born, b1))
    places = [g.rnd.choice(v.ES_PLACES) for _ in range(g.rows)]
    ibans = [v.iban(g, "ES", g.rnd.random() < 0.5) if g.rnd.random() < 0.75 else None for _ in range(g.rows)]

    def holder(r: tuple, account: str | None) -> str | None:
        if account is None:
            return None
        if r[2].year >= 2008 or g.rnd.random() < 0.15:
            return f"{v.given(g, 'es')} {r[3]} {v.family(g, 'es')}"
        return f"{r[0]} {r[1]}"

    def remark() -> str:
        return g.rnd.choice([f"Abono regalo de su padre {v.given(g, 'es')} {v.family(g, 'es')}",
                             "Cambio de asiento solicitado a Preferencia", (f"Contactar con su hija {v.given(g, 'es')} "
                             f"en el {g.phone('ES', 'national')}"), "Socio de honor, 50 años",
                             "Domiciliación devuelta en marzo"])

    return Table("socios.abonados", "es", "snake", [
        c("num_socio", N, "VARCHAR", g.col(lambda: g.digits(6)), "decoy", SHAPE),
        c("nombre", "first_name", "VARCHAR", [r[0] for r in rows]),
        c("apellidos", "last_name", "VARCHAR", [r[1] for r in rows]),
        c("dni", "national_id", "VARCHAR", [None if r[2].year >= 2012 and g.rnd.random() < 0.6 else
                                            (v.es_nie(g) if g.rnd.random() < 0.1 else v.es_dni(g)) for r in rows]),
        c("fecha_nacimiento", "date_of_birth", "DATE", [r[2] for r in rows]),
        c("telefono_movil", "phone", "VARCHAR", g.phones("ES", {"national": 0.5, "nsn": 0.2, "intl": 0.3}, 0.92,
                                                         0.08)),
        c("email", "email", "VARCHAR", [v.email_of(g, r[0], r[3], v.DOMAINS["es"]) if g.rnd.random() < 0.85 else None
                                        for r in rows]),
        c("direccion", "street_address", "VARCHAR", g.col(lambda: v.es_street(g))),
        c("codigo_postal", "postal_code", "VARCHAR", [p[2] + g.digits(2) for p in places]),
        c("municipio", "city", "VARCHAR", [p[0] for p in places]),
        c("provincia", N, "VARCHAR", [p[1] for p in places], "decoy"),
        c("iban_domiciliacion", "iban", "VARCHAR", ibans),
        c("titular_cuenta", "person_name", "VARCHAR", [holder(r, x) for r, x in zip(rows, ibans)], ROLE),
        c("tipo_abono", N, "VARCHAR", [("Infantil" if r[2].year >= 2010 else g.rnd.choice(["Adulto", "Adulto",
                                                                                            "Jubilado", "Joven"]))
                                       for r in rows], "decoy"),
        c("zona", N, "VARCHAR", g.col(g.pick(["Gol Norte", "Gol Sur", "Preferencia", "Fondo", "Tribuna"])), "decoy"),
        c("puerta", N, "INTEGER", g.ints(1, 24), "decoy"),
        c("fila", N, "INTEGER", g.ints(1, 40), "decoy"),
        c("asiento", N, "INTEGER", g.ints(1, 60), "decoy"),
        c("codigo_barras_carnet", N, "VARCHAR", g.col(lambda: v.ean13(g, "84")), "decoy", SHAPE, CHECK),
        c("antiguedad_anios", N, "INTEGER", g.ints(0, 60), "decoy"),
        c("pena", N, "VARCHAR", g.col(g.pick(["Peña Verdiblanca de Utrera", "Peña El Arenal", "Peña Los del Río",
                                              "Peña Triana 1970"]), 0.6), "decoy"),
        c("observaciones", "free_text", "VARCHAR", g.sparse(remark, 0.75, _words("ninguno", "s/d")), NULLWORD),
    ])


def konzerthaus_abonnenten(g: Gen) -> Table:
    """A Leipzig concert hall's subscribers (German, Pascal case): the subscription number, salutation, first and
    family name, birth date as ``dd.mm.yyyy`` text, street, PLZ and town, phone, e-mail, the IBAN of the SEPA debit,
    its holder (``Kontoinhaber``), mandate reference and the hall's creditor id (``none``), series, block, row and
    seat, price band, the clerk (family name only, few), a remark and the login that created the row."""
    rows = []
    for _ in range(g.rows):
        female = g.rnd.random() < 0.55
        a, b = v.person(g, "de", female)
        rows.append((a, b, female, g.rnd.choice(v.DE_TOWNS)))
    creditor = v.creditor_id(g)
    clerks = _staff(g, 3, lambda x: v.family(x, "de"))
    logins = _logins(g, 4, 4, "de")

    def holder(r: tuple) -> str:
        if g.rnd.random() < 0.8:
            return f"{r[0]} {r[1]}"
        return f"{v.given(g, 'de')} {r[1]}"

    def remark() -> str:
        return g.rnd.choice([f"Platz neben {v.whole(g, 'de')} gewünscht", "Rollstuhlplatz",
                             f"Abo geht an Tochter {v.given(g, 'de')} über, Tel. {g.phone('DE', 'national')}",
                             "Lastschrift zurückgegeben (03/2025)", "Seit 1987 Abonnent"])

    return Table("konzerthaus.Abonnenten", "de", "pascal", [
        c("AboNr", N, "VARCHAR", g.col(lambda: "A-" + g.digits(6)), "decoy", SHAPE, ABBREV),
        c("Anrede", N, "VARCHAR", [("Frau" if r[2] else "Herr") for r in rows], "decoy"),
        c("Vorname", "first_name", "VARCHAR", [r[0] for r in rows]),
        c("Nachname", "last_name", "VARCHAR", [r[1] for r in rows]),
        c("Geburtsdatum", "date_of_birth", "VARCHAR", [_dob(g.birth(1938, 2004), "dot") if g.rnd.random() < 0.65 else
                                                       None for _ in range(g.rows)], DOB_TEXT),
        c("Strasse", "street_address", "VARCHAR", g.col(lambda: v.de_street(g))),
        c("PLZ", "postal_code", "VARCHAR", [r[3][1] + g.digits(3) for r in rows], ABBREV),
        c("Ort", "city", "VARCHAR", [r[3][0] for r in rows]),
        c("Telefon", "phone", "VARCHAR", g.phones("DE", {"national": 0.6, "intl": 0.2, "digits": 0.2}, 0.45, 0.1)),
        c("EMail", "email", "VARCHAR", [v.email_of(g, r[0], r[1], v.DOMAINS["de"]) if g.rnd.random() < 0.8 else None
                                        for r in rows]),
        c("IBAN", "iban", "VARCHAR", g.col(lambda: v.iban(g, "DE", g.rnd.random() < 0.6), 0.1)),
        c("Kontoinhaber", "person_name", "VARCHAR", [holder(r) for r in rows], ROLE),
        c("Mandatsreferenz", N, "VARCHAR", g.col(lambda: "KHL-ABO-" + g.digits(7)), "decoy", SHAPE),
        c("GlaeubigerID", N, "VARCHAR", [creditor] * g.rows, "business", SHAPE, CHECK),
        c("AboReihe", N, "VARCHAR", g.col(g.pick(["Großes Concert Do", "Großes Concert Fr", "Kammermusik",
                                                  "Familienkonzert"])), "decoy"),
        c("Block", N, "VARCHAR", g.col(g.pick(["A", "B", "C", "D", "E", "Balkon links", "Balkon rechts"])), "decoy"),
        c("Reihe", N, "INTEGER", g.ints(1, 28), "decoy"),
        c("Platz", N, "INTEGER", g.ints(1, 40), "decoy"),
        c("Preisgruppe", N, "VARCHAR", g.col(g.pick(["I", "II", "III", "IV"])), "decoy"),
        c("Sachbearbeiter", "last_name", "VARCHAR", g.col(g.pick(clerks)), STAFF),
        c("Bemerkung", "free_text", "VARCHAR", g.sparse(remark, 0.74, _words("keine", "k.A.", "-/-")), NULLWORD),
        c("AngelegtVon", USERNAME, "VARCHAR", g.col(g.pick(logins)), USER, AUDIT),
    ])


BUILDERS: list[tuple[Callable[[Gen], Table], int]] = [
    (streambox_subscribers, 1_000), (boxoffice_orders, 1_100), (clubcrm_season_members, 600),
    (fantasy_user_kyc, 800), (sportsbook_customers, 700), (game_player_profiles, 1_200), (stg_prize_payouts, 40),
    (leisure_gym_members, 500), (salesforce_talent, 45), (podcast_audience_export, 900), (royalties_payees, 60),
    (festival_volunteers, 280), (cinema_membres_fidelite, 650), (socios_abonados, 420),
    (konzerthaus_abonnenten, 240),
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
