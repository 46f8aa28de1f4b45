"""Held-out set v48 for the column classifier: 15 tables of *hospitality and food service* systems, one system per
table and each a different company in a different country, with column names in the language of the team that
built it (five in English: the United States, the United Kingdom, Australia, Canada and Ireland; ten in Japanese,
Thai, Greek, Ukrainian, Hebrew, Arabic, Italian, Spanish, German and French) and in the naming styles real exports
use: a Las Vegas casino resort's Opera-style PMS guest-profile export (``OPERA.GUEST_PROFILE_EXPORT``, SCREAMING case
with the vendor's ``NAME_``, ``ADDR_`` and ``RESV_`` prefixes and user-defined fields ``UDF01`` to ``UDF06``), an
Edinburgh hotel group's channel-manager reservations (``channelmgr.reservations``, camel case, OTA relay e-mail
addresses and virtual cards), a Melbourne restaurant group's table bookings (``tablebook.bookings``), a Toronto
food-delivery app's orders (``DeliveryOps.Orders``, Pascal case), a Galway caterer's event bookings
(``catering.evt_bookings``, abbreviations such as ``cli_fnm``), a Kyoto guesthouse's guest register
(``宿泊管理.宿泊者名簿``, required by the Ryokan Business Act, passport numbers of foreign guests), a Chiang Mai hostel's
check-ins reported to immigration (TM30) (``hostel.การเช็คอิน``), an Aegean small-ship cruise line's embarkation
manifest (``aegean_cruises.ΚΑΤΑΣΤΑΣΗ_ΕΠΙΒΑΙΝΟΝΤΩΝ``), a Truskavets sanatorium's spa appointments
(``sanatorii.записи_процедур``), an Israeli tour operator's participant list (``tiyulim.משתתפים``), a Dubai
holiday-home operator's guest registrations for the tourism authority (``holiday_homes.تسجيل_النزلاء``, with opaque
``FLD_n`` fields), a Florence B&B's police registrations for Alloggiati Web (``bnb_firenze.schedine_alloggiati``), a
Málaga holiday-rental platform's hosts (``alquiler_vacacional.anfitriones``), a Bavarian spa-town hotel's
registration forms (Meldescheine) and spa-tax cards (``hotel_pms.Meldescheine``) and a Paris delivery firm's salaried
riders (``livraison.livreurs``). Tables have 35 to 900 rows (three small ones: the tour of 35, the caterer's 45 events
and the 56 riders).

Written **blind**, like v2 to v47: by someone who has read neither the classifier (``governance_dagster/detect/``) nor
its rules, documentation, tests, changelog, history or notes, only the list of kind names
(``governance_dagster/kinds.py``), how the scorer registers a set (``heldout_v2_accuracy.py``, read, never run), the
*structure* and labeling conventions of v27 (``heldout_v27.py``, ``heldout_v27_values.py``, its test,
``tests/heldout_support.py``), the module docstrings of v24 to v47 (to avoid their domains) and the
``Column``/``Table`` classes and writer they build on. The classifier was not run on this set while it was written, no
scorer was run on it, and no score of any set was looked at: nothing here was adjusted to what the classifier does.
Earlier sets touched the theme at its edges (v16 hotel registration cards, v18 a youth hostel's register, v22 event
catering, v25 and v35 a hotel's guest folios, v26 a food-delivery mart, v37 a Korean delivery app, v40 a Frisian
holiday-rental platform's hosts, a UK river cruise's manifest and a Bremen courier payroll); every system here is new
and none of those countries repeats for the same kind of system. It imports no earlier set's value module: its random
source, name lists (dozens of given and family names for each country, in their own scripts: kanji with katakana
readings, Thai, Greek with the female forms of family names, Ukrainian with patronymics, Hebrew and Arabic with
romanizations, Irish names with fadas, two family names in Spain; and the mixes of origin of each English-speaking
city), streets, cities, postal codes and identifier builders are its own
(:mod:`benchmarks.classification.heldout_v48_values`; the generic ``Gen`` helpers were copied from v27's).

What is new against v2 to v47:

* the people of hospitality: resort guests and their casino hosts, channel bookers and card holders, diners, delivery
  customers and couriers, catering clients and their contacts on the day, guests registered as the law requires
  (Japan, Thailand, Greece, the Emirates, Italy, Germany) with passport and ID-card numbers, spa clients and their
  therapists, tour participants and their guides, holiday-home hosts, riders;
* OTA relay e-mail addresses (tag ``relay_email``: ``...@guest.booking.com``, ``...@m.expediapartnercentral.com``,
  ``...@guest.airbnb.com``): ``email``, since they reach the guest;
* decoys of the trade (tag ``decoy``; ``value_shape`` when shaped like an identifier or personal value):
  confirmation, folio, registration-form and receipt numbers, 6-character booking references, room, table, cabin,
  bed and treatment-room numbers, rate, market and room-type codes, loyalty tiers and numbers, allergen and diet
  codes, menu items, visa types, ISTAT country codes, tourist-licence and DTCM permit numbers, spa-tax card numbers,
  thermal-bag numbers; property, venue, restaurant and room names that look like people's names (tag ``name_like``:
  ``Villa Sofia``, ``Casa Elena``, ``Camera Giotto``); hotels', restaurants' and caterers' own phones, e-mail
  addresses and addresses, a hostel's address written as every foreigner's address in Thailand (tag ``business``);
  a Japanese corporate number and a German VAT id passing their check digits (tag ``check_digit``);
* identifiers with check digits (python-stdnum): the US SSN (for W-2G jackpot forms, in ``UDF03``), the Thai PIN, the
  Israeli Teudat Zehut, the Ukrainian RNTRC (encoding the row's birth date and sex), the Emirates ID (encoding the
  year of birth, Luhn), the Italian codice fiscale (the row's name, birth date and comune), the Spanish DNI and NIE,
  the French NIR (the row's sex, year and month of birth); Irish, Spanish and French IBANs; card numbers passing
  Luhn; passport, identity-card and driving-licence numbers without a check digit (tag ``travel_document``); phones of
  twenty-six countries (phonenumbers) in national, international, E.164, ``00`` and digits-only forms;
* dates of birth as DATE, ``dd/mm/yyyy``, ``dd.mm.yyyy``, ``yyyy/mm/dd``, ``yyyy-mm-dd``, Japanese era dates
  (``昭和60年3月14日``) and Thai Buddhist-era years (``14/03/2530``).

Labeling choices a reader may question:

* the previous and next place of stay in a Japanese register (``前泊地``, ``行先地``, tag ``itinerary``) and a
  birthplace (``comune_nascita``) are ``city``; a port of embarkation, a pickup point and a delivery zone are
  ``none`` (places of the trade, not of the person);
* a salutation (``NAME_SALUTATION``: ``Dear Mr. Holloway``) is ``person_name``;
* a column holding either a phone number or an e-mail address by row (the manifest's ``ΕΠΙΚΟΙΝΩΝΙΑ``, tag
  ``mixed_kinds``) is ``free_text``; co-travellers' names joined by ``;`` (``Mitreisende``) are ``person_name``;
* a host's holiday flat (``direccion_alojamiento``, ``cp_alojamiento``) is ``street_address`` and ``postal_code``
  (tag ``premises``: a private host's property); its coordinates and a delivery's drop-off coordinates are ``none``
  (the set's convention for coordinates, tag ``coordinates``);
* key columns holding a personal value are that kind (tag ``misleading``): a restaurant system keyed by the diner's
  mobile (``customer_key``: ``phone``), a caterer's and a delivery firm's logins that are e-mail addresses
  (``cust_ref``, ``identifiant``: ``email``);
* loyalty numbers, guest-card and cruise-card numbers are ``none`` (like v27's museum card); a masked card
  (``XXXXXXXXXXXX4821``) and last-four columns are ``none`` (tag ``partial``); a card's expiry and type are ``none``;
  a password hash is ``none`` (tag ``credential``);
* nationality, sex, occupation, visa type and document type are ``none``; a driving-licence number used as ID at
  check-in is ``national_id``;
* staff are ``person_name`` (a family name alone ``last_name``, a first name or nickname alone ``first_name``; tag
  ``staff``, 2 to 8 distinct people); logins of clerks and operators are ``unclassified`` (tag ``username``);
  interfaces and sync jobs are ``none`` (tag ``service_account``).

``null_heavy`` means 50-95% NULL, ``nullword_heavy`` 70-95% NULL words (as in v27).

Every value is generated here from :data:`SEED` (one ``random.Random`` per table, named after its builder) with
python-stdnum for check digits, phonenumbers for phone validity and formats, and the lists of
:mod:`benchmarks.classification.heldout_v48_values` (no Faker, no list of real people, no breach data). Build:
``python -m benchmarks.classification.heldout_v48 [PATH]`` (default ``/tmp/heldout_v48.duckdb``). Score:
``python -m benchmarks.classification.heldout_v2_accuracy --set v48``.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path

from benchmarks.classification import heldout_v4
from benchmarks.classification import heldout_v48_values as v
from benchmarks.classification.heldout_v2 import Column, Table
from benchmarks.classification.heldout_v48_values import NULLISH, SEED, USERNAME, Gen, N, c

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

DEFAULT_PATH = Path("/tmp/heldout_v48.duckdb")

NULLWORD = "nullword_heavy"  # 70-95% NULL-like strings, placeholders and empty strings (few real NULLs)
HEAVY = "null_heavy"  # 50-95% NULL
SHAPE = "value_shape"
MISLEADING = "misleading"
STAFF = "staff"  # staff named in a column with few distinct values
ROLE = "role_word"  # a role word (booker, courier, host, guide, contact ...) holding people
ABBREV = "abbrev"
AUDIT = "audit"
USER = "username"
SERVICE = "service_account"
PREMISES = "premises"  # a private host's holiday flat
KEY = "join_key"
RELAY = "relay_email"  # an OTA's relay address for a guest (email)
MULTI = "multi_value"
PLACEHOLDER = "placeholder"  # a personal column some of whose cells are placeholders (NONE@NONE.COM, 0000000000)
PARTIAL = "partial"  # a masked card or its last four digits (none)
COORD = "coordinates"  # a latitude or longitude (none)
OPAQUE = "opaque"  # UDF01, FLD_7: a name that says nothing
VENDOR = "vendor_prefix"  # NAME_, ADDR_, RESV_ of an Opera-style export
NAME_LIKE = "name_like"  # a property, venue, restaurant or room named like a person (none)
CHECK = "check_digit"  # a decoy passing its own check digit (none)
MIXED = "mixed_kinds"  # a column mixing two kinds of personal data by row (free_text)
ITINERARY = "itinerary"  # the previous or next place of stay (city)
DOC = "travel_document"  # a passport, identity-card or driving-licence number without a check digit
SALUTATION = "salutation"
CREDENTIAL = "credential"

EN = "lang:en"  # an English or Latin-letter name inside a table of another language


def _staff(g: Gen, n: int, make: Callable[[Gen], str]) -> list[str]:
    out: set[str] = set()
    while len(out) < n:
        out.add(make(g))
    return sorted(out)


def _dirty(g: Gen, values: list, share: float, placeholders: list[str]) -> list:
    """``values`` with ``share`` of the non-NULL cells replaced by a placeholder (a NULL word of the set)."""
    return [g.rnd.choice(placeholders) if x is not None and g.rnd.random() < share else x for x in values]


def _words(*extra: str) -> tuple[str, ...]:
    return ("", "-", "null", "N/A", "n/a", "NULL") + extra


def _after(g: Gen, starts: list, lo: int, hi: int) -> list:
    return [None if s is None else s + timedelta(days=g.rnd.randint(lo, hi)) for s in starts]


def _wareki(born: date) -> str:
    if born >= date(2019, 5, 1):
        era, year = "令和", born.year - 2018
    elif born >= date(1989, 1, 8):
        era, year = "平成", born.year - 1988
    else:
        era, year = "昭和", born.year - 1925
    return f"{era}{'元' if year == 1 else year}年{born.month}月{born.day}日"


#: countries of foreign guests, the pool their names come from and their phone region
FOREIGN = [("US", "us"), ("GB", "gb"), ("AU", "au"), ("DE", "de"), ("FR", "fr"), ("IT", "it"), ("ES", "es"),
           ("CA", "ca"), ("NL", "intl"), ("SE", "intl"), ("KR", "intl"), ("CN", "intl"), ("IN", "intl"),
           ("PL", "intl"), ("BR", "intl"), ("TR", "intl"), ("RU", "intl")]


def _foreigner(g: Gen, weights: list[float] | None = None) -> tuple[str, str, str, str]:
    """(given, family, ISO country, e-mail pool) of a foreign guest."""
    country, pool = g.rnd.choices(FOREIGN, weights)[0]
    a, b = v.person(g, pool)
    return a, b, country, pool


def _foreign_address(g: Gen, country: str) -> str:
    if country == "US":
        return f"{v.us_street(g)}, {g.rnd.choice(v.US_CITIES)[0]}"
    if country == "GB":
        town = g.rnd.choice(v.GB_TOWNS)
        return f"{v.gb_street(g)}, {town[0]} {v.gb_postcode(g, g.rnd.choice(town[1]))}"
    if country == "DE":
        town = g.rnd.choice(v.DE_TOWNS)
        return f"{v.de_street(g)}, {town[1]}{g.digits(3)} {town[0]}"
    if country == "FR":
        place = g.rnd.choice(v.FR_PLACES)
        return f"{v.fr_street(g)}, {place[1]} {place[0]}"
    if country == "ES":
        place = g.rnd.choice(v.ES_PLACES)
        return f"{v.es_street(g)}, {v.es_postal(g, place[1])} {place[0]}"
    streets = {"AU": "Lygon St, Carlton VIC", "CA": "Dundas St W, Toronto ON", "IT": "Via Roma, Bologna",
               "NL": "Kerkstraat, Amsterdam", "SE": "Storgatan, Malmö", "KR": "Teheran-ro, Gangnam-gu, Seoul",
               "CN": "Nanjing Road, Shanghai", "IN": "MG Road, Bengaluru", "PL": "ul. Floriańska, Kraków",
               "BR": "Rua Augusta, São Paulo", "TR": "Bağdat Caddesi, İstanbul", "RU": "ul. Tverskaya, Moskva"}
    return f"{g.rnd.randint(1, 200)} {streets[country]}"


# -- English-speaking countries ----------------------------------------------------------------------------------------


def us_opera_profiles(g: Gen) -> Table:
    """A Las Vegas casino resort's guest-profile export from an Opera-style PMS (SCREAMING case, the vendor's
    ``NAME_``, ``ADDR_`` and ``RESV_`` prefixes): profile and reservation ids, the confirmation and folio numbers, title, first,
    middle and last name, the salutation (``person_name``), birth date, address lines, city, state, ZIP and country,
    home and mobile phones, e-mail (some ``NONE@NONE.COM``), VIP code, membership tier and number, room, arrival and
    departure, rate and market codes, user-defined fields (``UDF01`` the casino host: staff; ``UDF02`` a segment;
    ``UDF03`` the SSN kept for W-2G jackpot forms; ``UDF04`` the driving licence shown at check-in; ``UDF05`` its
    state; ``UDF06`` a flag), the masked card and its expiry, reservation comments naming people, the clerk's login
    and the interface that last touched the row."""
    hosts = _staff(g, 6, lambda x: v.whole(x, "us"))
    clerks = _staff(g, 7, lambda x: v.login(*v.person(x, "us"), 0).upper())
    rows = [(g.rnd.random() < 0.5) for _ in range(g.rows)]
    people = [v.person(g, "us", f) for f in rows]
    places = [g.rnd.choice(v.US_CITIES) for _ in range(g.rows)]
    arrivals = g.days("2025-06-01", "2026-02-28")
    titles = [g.rnd.choice(["MRS", "MS", "DR", ""]) if f else g.rnd.choice(["MR", "MR", "DR", ""]) for f in rows]

    def salutation(title: str, first: str, last: str) -> str:
        if title and g.rnd.random() < 0.8:
            return f"Dear {title.title()}. {last}"
        return f"Dear {first}"

    def licence(state: str) -> str:
        layout = {"CA": "A9999999", "NV": "9999999999", "TX": "99999999", "AZ": "D99999999", "IL": "A99999999999",
                  "WA": "WDLZZZZZZZZZ", "HI": "H99999999", "UT": "999999999"}.get(state, "A9999999")
        return g.code(layout)

    dl_state = [p[1] if g.rnd.random() < 0.85 else g.rnd.choice(["NV", "CA"]) for p in places]

    def comment() -> str:
        a, b = v.person(g, "us")
        return g.rnd.choice([f"Anniversary - wife {a} loves white roses", f"Comp per host, RFB for {a} {b}",
                             f"Connecting room with {a} {b} (conf {g.code('99999999')})", "Late checkout 2pm approved",
                             f"Call cell {g.phone('US', 'dashes')} on arrival", "ADA roll-in shower required",
                             "Do not solicit - guest request", f"Guest of {a} {b}, bill to master",
                             "High floor, strip view"])

    return Table("OPERA.GUEST_PROFILE_EXPORT", "en", "screaming", [
        c("NAME_ID", N, "BIGINT", g.keys(4_100_233, 7), "decoy", KEY, VENDOR),
        c("RESV_NAME_ID", N, "BIGINT", g.ints(88_000_000, 88_999_999), "decoy", KEY, VENDOR),
        c("CONFIRMATION_NO", N, "VARCHAR", g.col(lambda: g.code("99999999")), "decoy", SHAPE),
        c("FOLIO_NO", N, "INTEGER", g.ints(610_000, 689_999, 0.1), "decoy", SHAPE),
        c("NAME_TITLE", N, "VARCHAR", titles, "decoy", VENDOR),
        c("NAME_FIRST", "first_name", "VARCHAR", [p[0].upper() if g.rnd.random() < 0.3 else p[0] for p in people],
          VENDOR),
        c("NAME_MIDDLE", "first_name", "VARCHAR", g.col(lambda: v.given(g, "us"), 0.78), HEAVY, VENDOR),
        c("NAME_LAST", "last_name", "VARCHAR", [p[1].upper() if g.rnd.random() < 0.3 else p[1] for p in people],
          VENDOR),
        c("NAME_SALUTATION", "person_name", "VARCHAR", [salutation(t, a, b) for t, (a, b) in zip(titles, people)],
          VENDOR, SALUTATION),
        c("BIRTH_DATE", "date_of_birth", "DATE", [None if g.rnd.random() < 0.35 else g.birth(1940, 2004)
                                                  for _ in range(g.rows)]),
        c("ADDR_LINE1", "street_address", "VARCHAR", g.col(lambda: v.us_street(g), 0.08), VENDOR),
        c("ADDR_LINE2", "street_address", "VARCHAR", g.col(lambda: g.rnd.choice(
            [f"Apt {g.rnd.randint(1, 400)}", f"Unit {g.rnd.randint(1, 40)}{g.rnd.choice('ABCD')}",
             f"# {g.rnd.randint(100, 2999)}", f"Spc {g.rnd.randint(1, 200)}"]), 0.8), HEAVY, VENDOR),
        c("ADDR_CITY", "city", "VARCHAR", [p[0].upper() if g.rnd.random() < 0.4 else p[0] for p in places], VENDOR),
        c("ADDR_STATE", N, "VARCHAR", [p[1] for p in places], "decoy", VENDOR),
        c("ADDR_ZIP", "postal_code", "VARCHAR", [v.us_zip(g, p[2], 0.2) for p in places], VENDOR),
        c("ADDR_COUNTRY", N, "VARCHAR", ["US"] * g.rows, "decoy", SHAPE, VENDOR),
        c("PHONE_HOME", "phone", "VARCHAR", g.phones("US", {"national": 0.5, "digits": 0.3, "dashes": 0.2}, 1.0,
                                                     0.45)),
        c("PHONE_MOBILE", "phone", "VARCHAR", g.phones("US", {"dashes": 0.4, "e164": 0.3, "digits": 0.3}, 1.0, 0.1)),
        c("EMAIL_ADDR", "email", "VARCHAR", _dirty(g, [v.email_of(g, a, b, v.DOMAINS["us"]) for a, b in people],
                                                    0.07, ["NONE@NONE.COM", "noemail@noemail.com"]), PLACEHOLDER,
          VENDOR),
        c("VIP_CODE", N, "VARCHAR", g.col(g.pick(["V1", "V2", "V3", "VVIP", "SPC"]), 0.6), "decoy", SHAPE),
        c("MEMBERSHIP_TYPE", N, "VARCHAR", g.col(g.pick(["SAPPHIRE", "PEARL", "GOLD", "PLATINUM", "NOIR"]), 0.2),
          "decoy"),
        c("MEMBERSHIP_NO", N, "VARCHAR", g.col(lambda: g.code("9999999999"), 0.2), "decoy", SHAPE),
        c("ROOM", N, "VARCHAR", g.col(lambda: f"{g.rnd.randint(3, 62)}{g.rnd.randint(1, 48):02d}"), "decoy", SHAPE),
        c("ARRIVAL", N, "DATE", arrivals, "decoy"),
        c("DEPARTURE", N, "DATE", _after(g, arrivals, 1, 6), "decoy"),
        c("RATE_CODE", N, "VARCHAR", g.col(g.pick(["RACK", "AAA", "CASCOMP", "CONV25", "GOVT", "BAR1", "PKGSHOW"])),
          "decoy", SHAPE),
        c("MARKET_CODE", N, "VARCHAR", g.col(g.pick(["CAS", "FIT", "GRP", "WHL", "CMP"])), "decoy"),
        c("UDF01", "person_name", "VARCHAR", g.col(g.pick(hosts), 0.55), STAFF, OPAQUE),
        c("UDF02", N, "VARCHAR", g.col(g.pick(["SLOT", "TABLE", "NONGAMING", "POKER"])), "decoy", OPAQUE),
        c("UDF03", "ssn", "VARCHAR", g.col(lambda: v.us_ssn(g, g.rnd.random() < 0.6), 0.86), HEAVY, OPAQUE),
        c("UDF04", "national_id", "VARCHAR", [None if g.rnd.random() < 0.4 else licence(s) for s in dl_state], OPAQUE,
          DOC),
        c("UDF05", N, "VARCHAR", dl_state, "decoy", OPAQUE),
        c("UDF06", N, "VARCHAR", g.col(g.pick(["Y", "N", "N"])), "decoy", OPAQUE),
        c("CC_MASKED", N, "VARCHAR", g.col(lambda: "X" * g.rnd.choice([11, 12]) + g.digits(4), 0.25), "decoy",
          PARTIAL),
        c("CC_EXP", N, "VARCHAR", g.col(lambda: f"{g.rnd.randint(1, 12):02d}/{g.rnd.randint(26, 31)}", 0.25), "decoy"),
        c("RESV_COMMENTS", "free_text", "VARCHAR", g.sparse(comment, 0.55, _words()), VENDOR),
        c("INSERT_USER", USERNAME, "VARCHAR", g.col(g.pick(clerks)), USER, AUDIT),
        c("INSERT_DATE", N, "TIMESTAMP", g.moments("2025-01-01", "2025-12-31"), "decoy", AUDIT),
        c("UPDATE_USER", N, "VARCHAR", g.col(g.pick(["OXI_INTERFACE", "OPERA_SYS", "IFC8_CASINO"])), "decoy", AUDIT,
          SERVICE),
    ])


def gb_channel_reservations(g: Gen) -> Table:
    """An Edinburgh hotel group's channel-manager reservations (camel case): the channel and its booking reference,
    the property's code, name, phone and e-mail (``business``), the guest's names, e-mail (relay addresses from
    Booking.com, Expedia and Airbnb), phone, country, address, postcode and town (often missing), the booker, stay
    dates, room and rate codes, the amount, the card (a virtual card in clear: ``credit_card``), its holder, expiry
    and last four, special requests naming people, the booking engine's client IP (direct bookings only), the sync
    job."""
    props = [("EDI-CAL", "The Calton Townhouse", "reservations@caltontownhouse.co.uk", "0131 556 4017"),
             ("GLA-MER", "Merchant Rooms Glasgow", "stay@merchantrooms.co.uk", "0141 248 7731"),
             ("INV-NES", "Ness Bank Lodge", "hello@nessbanklodge.co.uk", "01463 711 290")]
    prop = [g.rnd.randrange(3) for _ in range(g.rows)]
    channels = g.col(lambda: g.rnd.choices(["Booking.com", "Expedia", "Airbnb", "Direct"], [5, 2, 1, 2])[0])
    guests = []
    for _ in range(g.rows):
        if g.rnd.random() < 0.7:
            a, b = v.person(g, "gb")
            guests.append((a, b, "GB", "gb"))
        else:
            guests.append(_foreigner(g))

    def ref(channel: str) -> str:
        return {"Booking.com": g.code("9999999999"), "Expedia": g.code("999999999"), "Airbnb": g.code("HMZZZZZZZZ"),
                "Direct": g.code("DIR-ZZZZZZ")}[channel]

    def mail(channel: str, guest: tuple) -> str:
        if channel == "Direct" or (channel == "Expedia" and g.rnd.random() < 0.2):
            return v.email_of(g, guest[0], guest[1], v.DOMAINS[guest[3]])
        return v.relay_email(g, guest[0], guest[1], channel)

    def phone(guest: tuple) -> str:
        region = guest[2] if guest[2] in v.PLANS else "GB"
        if region == "GB":
            return g.phone("GB", g.rnd.choice(["national", "national", "e164", "intl"]))
        return g.phone(region, g.rnd.choice(["e164", "intl"]))

    towns = [g.rnd.choice(v.GB_TOWNS) for _ in range(g.rows)]
    address = [g.rnd.random() < 0.3 and q[2] == "GB" for q in guests]
    other_booker = [g.rnd.random() < 0.25 for _ in range(g.rows)]
    bookers = [v.whole(g, "gb") if o else f"{q[0]} {q[1]}" for o, q in zip(other_booker, guests)]
    has_card = [g.rnd.random() < 0.7 for _ in range(g.rows)]
    arrivals = g.days("2025-05-01", "2026-03-31")

    def request() -> str:
        a = v.given(g, "gb")
        return g.rnd.choice(["Arriving late, around 23:30", "Twin beds please", "Ground floor if possible",
                             f"It's my wife {a}'s birthday, could you arrange a small cake?",
                             f"Travelling with {v.whole(g, 'gb')}, adjoining rooms please",
                             f"Please contact me on {g.phone('GB', 'national')} if any issue", "Cot required",
                             f"Booking for my mum, {v.whole(g, 'gb')} - she will pay on arrival"])

    return Table("channelmgr.reservations", "en", "camel", [
        c("reservationId", N, "BIGINT", g.keys(3_300_001), "decoy", KEY),
        c("channel", N, "VARCHAR", channels, "decoy"),
        c("channelBookingRef", N, "VARCHAR", [ref(ch) for ch in channels], "decoy", SHAPE),
        c("propertyCode", N, "VARCHAR", [props[i][0] for i in prop], "decoy", SHAPE),
        c("propertyName", N, "VARCHAR", [props[i][1] for i in prop], "business"),
        c("propertyEmail", N, "VARCHAR", [props[i][2] for i in prop], "business"),
        c("propertyPhone", N, "VARCHAR", [props[i][3] for i in prop], "business"),
        c("guestFirstName", "first_name", "VARCHAR", [q[0] for q in guests]),
        c("guestLastName", "last_name", "VARCHAR", [q[1] for q in guests]),
        c("guestEmail", "email", "VARCHAR", [mail(ch, q) for ch, q in zip(channels, guests)], RELAY),
        c("guestPhone", "phone", "VARCHAR", _dirty(g, [phone(q) for q in guests], 0.06, ["0000000000", "000000"]),
          PLACEHOLDER),
        c("guestCountry", N, "VARCHAR", [q[2] for q in guests], "decoy", SHAPE),
        c("guestAddress", "street_address", "VARCHAR", [v.gb_street(g) if a else None for a in address], HEAVY),
        c("guestPostcode", "postal_code", "VARCHAR", [v.gb_postcode(g, g.rnd.choice(t[1])) if a else None
                                                      for a, t in zip(address, towns)], HEAVY),
        c("guestCity", "city", "VARCHAR", [t[0] if q[2] == "GB" and g.rnd.random() < 0.7 else
                                           g.rnd.choice(["", "N/A", None]) for t, q in zip(towns, guests)]),
        c("bookerName", "person_name", "VARCHAR", bookers, ROLE),
        c("arrivalDate", N, "DATE", arrivals, "decoy"),
        c("departureDate", N, "DATE", _after(g, arrivals, 1, 5), "decoy"),
        c("adults", N, "INTEGER", g.ints(1, 3), "decoy"),
        c("children", N, "INTEGER", g.ints(0, 2), "decoy"),
        c("roomTypeCode", N, "VARCHAR", g.col(g.pick(["DBLSUP", "KNGDLX", "TWNSTD", "FAMSTE", "SGLCOS"])), "decoy"),
        c("ratePlanCode", N, "VARCHAR", g.col(g.pick(["BAR-RO", "BAR-BB", "NRF-BB", "MOBILE10", "PKG-DINE"])),
          "decoy"),
        c("totalAmount", N, "DOUBLE", g.amounts(89, 1450), "decoy"),
        c("currency", N, "VARCHAR", ["GBP"] * g.rows, "decoy", SHAPE),
        c("cardType", N, "VARCHAR", [g.rnd.choice(["VI", "MC", "AX"]) if h else None for h in has_card], "decoy"),
        c("cardNumber", "credit_card", "VARCHAR", [v.card(g) if h else None for h in has_card]),
        c("cardHolderName", "person_name", "VARCHAR", [b.upper() if h else None for b, h in zip(bookers, has_card)],
          ROLE),
        c("cardExpiry", N, "VARCHAR", [f"{g.rnd.randint(1, 12):02d}/{g.rnd.randint(26, 30)}" if h else None
                                       for h in has_card], "decoy"),
        c("cardLast4", N, "VARCHAR", [g.digits(4) if h else None for h in has_card], "decoy", PARTIAL),
        c("specialRequests", "free_text", "VARCHAR", g.sparse(request, 0.55, ("", "", "N/A", "-"))),
        c("bookerIp", "ip_address", "VARCHAR", [g.ip(0.35) if ch == "Direct" else None for ch in channels], HEAVY),
        c("createdAt", N, "TIMESTAMP", g.moments("2025-01-01", "2025-12-31"), "decoy"),
        c("modifiedBy", N, "VARCHAR", g.col(g.pick(["siteminder-sync", "booking-engine", "api"])), "decoy", AUDIT,
          SERVICE),
    ])


def au_table_bookings(g: Gen) -> Table:
    """A Melbourne restaurant group's table bookings: the booking id and 6-character reference, the venue (names
    that look like people's: ``Osteria Elena``; its phone and e-mail are ``business``), date, time, covers, table
    and area, the diner's name, mobile, the customer key (the mobile in E.164: ``phone``, tag ``misleading``), e-mail,
    postcode, the birthday club's date of birth (mostly NULL), the occasion, allergen codes (``none``), dietary notes
    naming people, the staff member who took the booking, the deposit card's last four, deposit, opt-in, source and
    status."""
    venues = [("Osteria Elena", "(03) 9417 2250", "ciao@osteriaelena.com.au"),
              ("Chez Margaux", "(03) 9534 8812", "bookings@chezmargaux.com.au"),
              ("Nonna Rosa's", "(03) 9388 1107", "eat@nonnarosas.com.au"),
              ("Little Mei", "(03) 9663 5520", "hello@littlemei.com.au")]
    venue = [g.rnd.randrange(len(venues)) for _ in range(g.rows)]
    staff = _staff(g, 6, lambda x: v.given(x, "au"))
    people = [v.person(g, "au") for _ in range(g.rows)]
    mobiles = [g.phone("AU", "e164") for _ in range(g.rows)]

    def local(e164: str) -> str:
        digits = "0" + e164[3:]
        style = g.rnd.random()
        if style < 0.6:
            return f"{digits[:4]} {digits[4:7]} {digits[7:]}"
        return digits if style < 0.8 else e164

    def name(a: str, b: str) -> str:
        r = g.rnd.random()
        return f"{a} {b}" if r < 0.75 else (f"{b}, {a}" if r < 0.9 else f"{a} {b[0]}")

    def notes() -> str:
        a = v.given(g, "au")
        return g.rnd.choice([f"Coeliac ({a})", f"Nut allergy - {a}'s son, 7", "Vegan x2", "No shellfish for 1 guest",
                             f"{a} is pregnant - no soft cheese", "Lactose intolerant",
                             f"Surprise for {v.whole(g, 'au')}"])

    return Table("tablebook.bookings", "en", "snake", [
        c("booking_id", N, "BIGINT", g.keys(500_001), "decoy", KEY),
        c("booking_ref", N, "VARCHAR", g.col(lambda: g.code("ZZZZZZ")), "decoy", SHAPE),
        c("venue_name", N, "VARCHAR", [venues[i][0] for i in venue], "business", NAME_LIKE),
        c("venue_phone", N, "VARCHAR", [venues[i][1] for i in venue], "business"),
        c("venue_email", N, "VARCHAR", [venues[i][2] for i in venue], "business"),
        c("booking_date", N, "DATE", g.days("2025-07-01", "2026-01-31"), "decoy"),
        c("seating_time", N, "VARCHAR", g.col(g.pick(["12:00", "12:30", "13:15", "17:30", "18:00", "18:30", "19:45",
                                                      "20:30"])), "decoy"),
        c("covers", N, "INTEGER", g.ints(1, 12), "decoy"),
        c("table_no", N, "VARCHAR", g.col(lambda: g.rnd.choice(["T", "B", "C", ""]) + str(g.rnd.randint(1, 40))),
          "decoy", SHAPE),
        c("area", N, "VARCHAR", g.col(g.pick(["Dining room", "Courtyard", "Bar", "Private room"])), "decoy"),
        c("diner_name", "person_name", "VARCHAR", [name(a, b) for a, b in people]),
        c("diner_mobile", "phone", "VARCHAR", [local(m) for m in mobiles]),
        c("customer_key", "phone", "VARCHAR", mobiles, MISLEADING),
        c("diner_email", "email", "VARCHAR", _dirty(g, [None if g.rnd.random() < 0.2 else
                                                        v.email_of(g, a, b, v.DOMAINS["au"]) for a, b in people],
                                                    0.08, ["no@email.com", "x@x.com"]), PLACEHOLDER),
        c("diner_postcode", "postal_code", "VARCHAR", g.col(lambda: g.rnd.choice(v.AU_SUBURBS)[1], 0.3)),
        c("birthday_club_dob", "date_of_birth", "VARCHAR", g.col(lambda: g.birth(1950, 2005).strftime("%d/%m/%Y"),
                                                                  0.8), HEAVY),
        c("occasion", N, "VARCHAR", g.col(g.pick(["Birthday", "Anniversary", "Business", "Date night", ""]), 0.3),
          "decoy"),
        c("allergen_codes", N, "VARCHAR", g.col(g.pick(["GF", "N", "SF;DF", "V", "VG", "GF;N"]), 0.6), "decoy",
          SHAPE),
        c("dietary_notes", "free_text", "VARCHAR", g.sparse(notes, 0.78, ("", "", "-", "N/A", "nil")), NULLWORD),
        c("taken_by", "first_name", "VARCHAR", g.col(g.pick(staff)), STAFF),
        c("deposit_card_last4", N, "VARCHAR", g.col(lambda: g.digits(4), 0.45), "decoy", PARTIAL),
        c("deposit_amount", N, "DOUBLE", g.col(lambda: float(g.rnd.choice([20, 50, 100])), 0.45), "decoy"),
        c("marketing_opt_in", N, "BOOLEAN", g.yn(True, False, 0.35), "decoy"),
        c("booking_source", N, "VARCHAR", g.col(g.pick(["Phone", "Website", "Instagram", "Google", "Walk-in"])),
          "decoy"),
        c("status", N, "VARCHAR", g.col(g.pick(["Confirmed", "Seated", "Completed", "No-show", "Cancelled"])), "decoy"),
    ])


def ca_delivery_orders(g: Gen) -> Table:
    """A Toronto food-delivery app's orders (Pascal case): order id and number, the restaurant (names like people's;
    its phone and address are ``business``), menu items, amounts and promo code, the customer's name, phone, e-mail,
    drop-off address, postal code and city, the drop-off coordinates (``none``), delivery instructions naming people,
    the customer's IP and device id, the courier's id and first name, times and rating."""
    restaurants = [("Casa Elena Taqueria", "416"), ("Auntie Mei's Dumplings", "647"), ("Mario's Pizzeria", "416"),
                   ("Pho Hung", "416"), ("Sultan's Grill", "905"), ("Gurdeep's Tandoori", "905"),
                   ("Fresh Bowl Co.", "647"), ("Kim's Kitchen", "416")]
    shops = [(name, g.phone("CA", "national", False), v.ca_street(g)) for name, _ in restaurants]
    shop = [g.rnd.randrange(len(shops)) for _ in range(g.rows)]
    dishes = ["Butter Chicken", "Garlic Naan", "Pad Thai", "Margherita Pizza", "Pho Tai", "Chicken Shawarma",
              "Poke Bowl", "Al Pastor Tacos", "Bibimbap", "Pork Soup Dumplings", "Caesar Salad", "Poutine"]
    people = [v.person(g, "ca") for _ in range(g.rows)]
    places = [g.rnd.choice(v.CA_CITIES) for _ in range(g.rows)]
    couriers = [(g.rnd.randint(20_000, 20_400), v.given(g, "ca")) for _ in range(160)]
    courier = [g.rnd.choice(couriers) for _ in range(g.rows)]
    placed = g.moments("2025-09-01", "2025-12-31")

    def items() -> str:
        return "; ".join(f"{g.rnd.randint(1, 3)}x {d}" for d in g.rnd.sample(dishes, g.rnd.randint(1, 3)))

    def instructions() -> str:
        return g.rnd.choice([f"Buzz {g.rnd.randint(100, 4200)}, ask for {v.given(g, 'ca')}", "Leave at door",
                             f"Call me at {g.phone('CA', 'dashes')} when downstairs", "Side door, dog is friendly",
                             f"Concierge desk - for {v.whole(g, 'ca')}", "Please don't ring the bell, baby sleeping"])

    return Table("DeliveryOps.Orders", "en", "pascal", [
        c("OrderId", N, "VARCHAR", g.col(g.uuid), "decoy", KEY),
        c("OrderNumber", N, "VARCHAR", g.col(lambda: g.code("ZZZZZZ")), "decoy", SHAPE),
        c("RestaurantName", N, "VARCHAR", [shops[i][0] for i in shop], "business", NAME_LIKE),
        c("RestaurantPhone", N, "VARCHAR", [shops[i][1] for i in shop], "business"),
        c("RestaurantAddress", N, "VARCHAR", [shops[i][2] for i in shop], "business"),
        c("MenuItems", N, "VARCHAR", [items() for _ in range(g.rows)], "decoy"),
        c("Subtotal", N, "DOUBLE", g.amounts(12, 140), "decoy"),
        c("DeliveryFee", N, "DOUBLE", g.col(lambda: g.rnd.choice([0.99, 2.99, 3.99, 5.49])), "decoy"),
        c("Tip", N, "DOUBLE", g.amounts(0, 20), "decoy"),
        c("PromoCode", N, "VARCHAR", g.col(g.pick(["SAVE5", "FREEDEL", "WELCOME15", "LUNCH20"]), 0.65), "decoy"),
        c("PaymentMethod", N, "VARCHAR", g.col(g.pick(["Visa", "Mastercard", "Apple Pay", "PayPal", "Amex"])),
          "decoy"),
        c("CustomerName", "person_name", "VARCHAR", [f"{a} {b}" if g.rnd.random() < 0.85 else f"{a} {b[0]}."
                                                     for a, b in people]),
        c("CustomerPhone", "phone", "VARCHAR", g.phones("CA", {"e164": 0.5, "dashes": 0.3, "national": 0.2})),
        c("CustomerEmail", "email", "VARCHAR", [v.email_of(g, a, b, v.DOMAINS["ca"]) for a, b in people]),
        c("DropoffAddress", "street_address", "VARCHAR", [v.ca_street(g) for _ in range(g.rows)]),
        c("DropoffPostalCode", "postal_code", "VARCHAR", [v.ca_postal(g, g.rnd.choice(p[1])) for p in places]),
        c("DropoffCity", "city", "VARCHAR", [p[0] for p in places]),
        c("DropoffLat", N, "DOUBLE", g.floats(43.58, 43.86, 6), "decoy", COORD),
        c("DropoffLng", N, "DOUBLE", g.floats(-79.64, -79.20, 6), "decoy", COORD),
        c("DeliveryInstructions", "free_text", "VARCHAR", g.sparse(instructions, 0.45, ("", "", "N/A"))),
        c("CustomerIp", "ip_address", "VARCHAR", g.col(lambda: g.ip(0.4))),
        c("DeviceId", N, "VARCHAR", g.col(lambda: g.uuid().upper()), "decoy", SHAPE),
        c("CourierId", N, "INTEGER", [x[0] for x in courier], "decoy", KEY),
        c("CourierFirstName", "first_name", "VARCHAR", [x[1] for x in courier], ROLE),
        c("PlacedAt", N, "TIMESTAMP", placed, "decoy"),
        c("DeliveredAt", N, "TIMESTAMP", [p + timedelta(minutes=g.rnd.randint(18, 75)) for p in placed], "decoy"),
        c("Rating", N, "INTEGER", g.ints(1, 5, 0.4), "decoy"),
    ])


def ie_catering_events(g: Gen) -> Table:
    """A Galway caterer's event bookings (snake case, abbreviated): the event id, reference, date and type, the venue
    (names like people's: ``Villa Sofia``; its Eircode is ``business``), the client's first name, surname, mobile and
    e-mail, the customer reference (the same e-mail: the old system's key, tag ``misleading``), address, town and
    Eircode, head count, menu and allergen codes (``none``), the IBAN for the deposit refund, the deposit, the contact
    on the day and their mobile, notes naming people, the login that created the booking."""
    venues = [("Villa Sofia", "H91 K2T8"), ("The Twelve Bens Hall", "H71 WP60"), ("Kenny's Barn", "H62 E4X9"),
              ("Ard Bia Rooms", "H91 E8R2"), ("Private residence", None), ("St Nicholas' Parish Hall", "H91 AX3C")]
    venue = [g.rnd.randrange(len(venues)) for _ in range(g.rows)]
    people = [v.person(g, "ie") for _ in range(g.rows)]
    towns = [g.rnd.choice(v.IE_TOWNS) for _ in range(g.rows)]
    emails = [v.email_of(g, a, b, v.DOMAINS["ie"]) for a, b in people]
    logins = ["aoconnor", "mkeane", "sfahy"]

    def note(a: str, b: str) -> str:
        return g.rnd.choice([f"Bride {v.whole(g, 'ie')} - gluten free cake",
                             f"Father of the groom ({v.whole(g, 'ie')}) paying balance", "Coeliac x3, vegan x2",
                             "Access via back gate, no parking",
                             f"Ring {a} at {g.phone('IE', 'national')} re final numbers",
                             f"Funeral lunch for the late {v.whole(g, 'ie')}", "Deposit received by EFT"])

    return Table("catering.evt_bookings", "en", "snake", [
        c("evt_id", N, "INTEGER", g.keys(2_401), "decoy", KEY, ABBREV),
        c("evt_ref", N, "VARCHAR", g.col(lambda: g.code("EVT-25-9999")), "decoy", SHAPE, ABBREV),
        c("evt_dt", N, "DATE", g.days("2025-04-01", "2026-06-30"), "decoy", ABBREV),
        c("evt_type", N, "VARCHAR", g.col(g.pick(["Wedding", "Christening", "Corporate lunch", "Funeral lunch",
                                                  "Communion", "50th birthday"])), "decoy", ABBREV),
        c("venue_nm", N, "VARCHAR", [venues[i][0] for i in venue], "business", NAME_LIKE, ABBREV),
        c("venue_eircode", N, "VARCHAR", [venues[i][1] for i in venue], "business"),
        c("cli_fnm", "first_name", "VARCHAR", [a for a, _ in people], ABBREV),
        c("cli_snm", "last_name", "VARCHAR", [b for _, b in people], ABBREV),
        c("cli_mob", "phone", "VARCHAR", g.phones("IE", {"national": 0.6, "digits": 0.2, "intl": 0.2}), ABBREV),
        c("cli_eml", "email", "VARCHAR", emails, ABBREV),
        c("cust_ref", "email", "VARCHAR", [e.upper() if g.rnd.random() < 0.3 else e for e in emails], MISLEADING),
        c("cli_addr1", "street_address", "VARCHAR", [v.ie_street(g) for _ in range(g.rows)], ABBREV),
        c("cli_town", "city", "VARCHAR", [t[0] for t in towns], ABBREV),
        c("cli_eircode", "postal_code", "VARCHAR", [v.eircode(g, t[1]) for t in towns], ABBREV),
        c("gst_cnt", N, "INTEGER", g.ints(12, 220), "decoy", ABBREV),
        c("menu_cd", N, "VARCHAR", g.col(g.pick(["M1-CANAPE", "M2-BBQ", "M3-BUFFET", "M4-PLATED", "M5-AFTNTEA"])),
          "decoy", ABBREV),
        c("alrg_cds", N, "VARCHAR", g.col(g.pick(["1", "1,7", "7,8", "14", "1,3,7", "4"]), 0.4), "decoy", ABBREV,
          SHAPE),
        c("dep_iban", "iban", "VARCHAR", g.col(lambda: v.iban(g, "IE", g.rnd.random() < 0.5), 0.35), ABBREV),
        c("dep_amt", N, "DOUBLE", g.col(lambda: float(g.rnd.choice([250, 500, 750, 1000]))), "decoy", ABBREV),
        c("day_contact", "person_name", "VARCHAR", g.col(lambda: v.whole(g, "ie"), 0.2), ROLE),
        c("day_contact_mob", "phone", "VARCHAR", g.phones("IE", {"national": 0.7, "digits": 0.3}, 1.0, 0.2)),
        c("notes", "free_text", "VARCHAR", [note(a, b) if g.rnd.random() < 0.7 else "" for a, b in people]),
        c("created_by", USERNAME, "VARCHAR", g.col(g.pick(logins)), USER, AUDIT),
    ])


# -- Japan, Thailand, Greece, Ukraine, Israel, the Emirates ------------------------------------------------------------


def ja_ryokan_register(g: Gen) -> Table:
    """A Kyoto guesthouse's guest register (宿泊者名簿, Japanese column names): the entry number, booking number and
    channel, the guest's name (kanji, or the passport's Latin letters) and its katakana reading (Japanese guests),
    address and postcode, phone, e-mail (relay addresses of Booking.com and Airbnb), occupation and nationality
    (``none``), the passport number of foreign guests, the birth date (Japanese era dates for many Japanese guests),
    the previous and next place of stay (``city``), stay dates, nights, guests, room (named rooms: ``none``), the rate,
    notes naming people, the staff member (a family name), the guesthouse's phone and corporate number
    (``business``)."""
    staff = [f[0] for f in g.rnd.sample(v.JA_FAMILY, 4)]
    rows = []
    for _ in range(g.rows):
        channel = g.rnd.choices(["楽天トラベル", "じゃらん", "Booking.com", "Airbnb", "直接"], [3, 3, 3, 2, 1])[0]
        if g.rnd.random() < 0.42:
            a, b, country, pool = _foreigner(g, [3, 2, 3, 1, 2, 1, 1, 1, 1, 1, 2, 3, 1, 1, 1, 1, 1])
            born = g.birth(1955, 2006)
            rows.append({"name": g.rnd.choice([f"{b.upper()} {a.upper()}", f"{a} {b}"]), "kana": None,
                             "address": _foreign_address(g, country), "postal": None,
                             "phone": g.phone(country if country in v.PLANS else "GB", g.rnd.choice(["e164", "intl"])),
                             "email": (v.relay_email(g, a, b, channel) if channel in ("Booking.com", "Airbnb") else
                                    v.email_of(g, a, b, v.DOMAINS[pool])),
                             "job": g.rnd.choice(["Engineer", "Student", "Teacher", "Nurse", "Designer", "Retired"]),
                             "nation": country, "passport": v.passport(g, country),
                             "born": born.isoformat() if g.rnd.random() < 0.6 else born.strftime("%d/%m/%Y"),
                             "prev": g.rnd.choice(v.ITINERARY_LATIN), "channel": channel})
        else:
            family, first = v.ja_person(g)
            born = g.birth(1938, 2006)
            address, postal = v.ja_address(g)
            rows.append({"name": f"{family[0]} {first[0]}", "kana": f"{family[1]} {first[1]}", "address": address,
                             "postal": postal, "phone": g.phone("JP", g.rnd.choice(["national", "national", "digits"]),
                                                          g.rnd.random() < 0.85),
                             "email": (v.relay_email(g, first[2], family[2], channel)
                                       if channel in ("Booking.com", "Airbnb")
                                       else v.email_of(g, first[2], family[2], v.DOMAINS["ja"])),
                             "job": g.rnd.choice(["会社員", "公務員", "学生", "自営業", "主婦", "無職", "医師", "教員"]),
                             "nation": "日本", "passport": None,
                             "born": _wareki(born) if g.rnd.random() < 0.5 else born.strftime("%Y/%m/%d"),
                             "prev": g.rnd.choice(v.JA_ITINERARY), "channel": channel})
    arrivals = g.days("2025-03-15", "2026-01-31")

    def nxt(r: dict) -> str | None:
        if g.rnd.random() < 0.25:
            return None
        return g.rnd.choice(v.JA_ITINERARY if r["nation"] == "日本" else v.ITINERARY_LATIN)

    def note() -> str:
        family, first = v.ja_person(g)
        return g.rnd.choice(["夕食なし", f"えびアレルギー（{first[0]}様）", f"{family[0]}様のご紹介", "到着22時頃",
                             f"連絡先変更 {g.phone('JP', 'national')}", "お子様2名（添い寝）",
                             f"Late arrival, friend of {v.whole(g, 'intl')}", "自転車レンタル希望"])

    corp = v.jp_corporate(g)
    return Table("宿泊管理.宿泊者名簿", "ja", "native", [
        c("受付番号", N, "INTEGER", g.keys(25_0001), "decoy", KEY),
        c("予約番号", N, "VARCHAR", g.col(lambda: g.code("99999999")), "decoy", SHAPE),
        c("予約経路", N, "VARCHAR", [r["channel"] for r in rows], "decoy"),
        c("氏名", "person_name", "VARCHAR", [r["name"] for r in rows]),
        c("氏名カナ", "person_name", "VARCHAR", [r["kana"] for r in rows]),
        c("住所", "street_address", "VARCHAR", [r["address"] for r in rows]),
        c("郵便番号", "postal_code", "VARCHAR", [r["postal"] for r in rows]),
        c("電話番号", "phone", "VARCHAR", [r["phone"] for r in rows]),
        c("メールアドレス", "email", "VARCHAR", [r["email"] for r in rows], RELAY),
        c("職業", N, "VARCHAR", [r["job"] for r in rows], "decoy"),
        c("国籍", N, "VARCHAR", [r["nation"] for r in rows], "decoy"),
        c("旅券番号", "national_id", "VARCHAR", [r["passport"] for r in rows], HEAVY, DOC),
        c("生年月日", "date_of_birth", "VARCHAR", [r["born"] for r in rows]),
        c("前泊地", "city", "VARCHAR", [r["prev"] for r in rows], ITINERARY),
        c("行先地", "city", "VARCHAR", [nxt(r) for r in rows], ITINERARY),
        c("チェックイン日", N, "DATE", arrivals, "decoy"),
        c("チェックアウト日", N, "DATE", _after(g, arrivals, 1, 4), "decoy"),
        c("人数", N, "INTEGER", g.ints(1, 4), "decoy"),
        c("部屋", N, "VARCHAR", g.col(g.pick(["梅の間", "桜の間", "竹の間", "離れ", "201", "202", "ドミトリー"])), "decoy"),
        c("宿泊料金", N, "INTEGER", g.col(lambda: g.rnd.randint(45, 380) * 100), "decoy"),
        c("備考", "free_text", "VARCHAR", g.sparse(note, 0.55, ("", "なし", "-"))),
        c("担当者", "last_name", "VARCHAR", g.col(g.pick(staff)), STAFF),
        c("施設電話番号", N, "VARCHAR", ["075-561-0428"] * g.rows, "business"),
        c("法人番号", N, "VARCHAR", [corp] * g.rows, "business", SHAPE, CHECK),
    ])


def th_hostel_checkins(g: Gen) -> Table:
    """A Chiang Mai hostel's check-ins as reported to immigration (TM30; Thai column names): the stay id and
    booking reference, first and family name (Thai script for Thai guests), nationality and sex (``none``), the
    passport number of foreigners, the Thai PIN of Thai guests (check digit), the birth date (Buddhist-era years for
    Thai guests), phone and e-mail, visa type and entry date (``none``), bed, stay dates, the TM30 flag, the amount,
    the staff member (a nickname), notes naming people, and the "address in Thailand" the TM30 form asks for (the
    hostel's own: ``business``)."""
    staff = g.rnd.sample(v.TH_NICKNAMES, 5)
    rows = []
    for _ in range(g.rows):
        if g.rnd.random() < 0.3:
            first, family = v.pair_person(g, v.TH_MALE, v.TH_FEMALE, v.TH_FAMILY)
            born = g.birth(1965, 2006)
            rows.append({"first": first[0], "last": family[0], "nation": "ไทย", "passport": None,
                             "pin": v.th_pin(g, g.rnd.random() < 0.4),
                             "born": f"{born.day:02d}/{born.month:02d}/{born.year + 543}",
                             "phone": g.phone("TH", g.rnd.choice(["national", "digits"])),
                             "email": v.email_of(g, first[1], family[1], v.DOMAINS["th"]), "visa": "ไม่ใช้",
                             "entry": None})
        else:
            a, b, country, pool = _foreigner(g, [2, 4, 3, 4, 3, 1, 1, 1, 3, 2, 2, 2, 1, 1, 1, 1, 1])
            born = g.birth(1970, 2006)
            rows.append({"first": a, "last": b, "nation": country, "passport": v.passport(g, country), "pin": None,
                             "born": born.strftime("%d/%m/%Y"),
                             "phone": g.phone(country if country in v.PLANS else "GB", g.rnd.choice(["e164", "intl"])),
                             "email": v.email_of(g, a, b, v.DOMAINS[pool]),
                             "visa": g.rnd.choice(["Visa Exempt", "TR", "ED", "Non-B", "DTV"]),
                             "entry": g.day("2025-06-01", "2025-12-31")})
    checkin = g.days("2025-06-05", "2026-01-15")

    def note() -> str:
        return g.rnd.choice(["ขอห้องชั้นล่าง", f"มากับ {v.whole(g, 'intl')}", "ฝากกระเป๋าไว้ 2 ใบ",
                             f"โทรแจ้ง {g.phone('TH', 'national')}", "Late check-in 02:00",
                             f"Friend of {g.rnd.choice(staff)} (staff), 10% off", "Lost key card - charged 200 THB"])

    return Table("hostel.การเช็คอิน", "th", "native", [
        c("รหัสการเข้าพัก", N, "INTEGER", g.keys(70_001), "decoy", KEY),
        c("เลขที่การจอง", N, "VARCHAR", g.col(lambda: g.code("ZZZZZZ")), "decoy", SHAPE),
        c("ชื่อ", "first_name", "VARCHAR", [r["first"] for r in rows]),
        c("นามสกุล", "last_name", "VARCHAR", [r["last"] for r in rows]),
        c("สัญชาติ", N, "VARCHAR", [r["nation"] for r in rows], "decoy"),
        c("เพศ", N, "VARCHAR", g.col(g.pick(["ชาย", "หญิง", "M", "F"])), "decoy"),
        c("เลขที่หนังสือเดินทาง", "national_id", "VARCHAR", [r["passport"] for r in rows], DOC),
        c("เลขประจำตัวประชาชน", "national_id", "VARCHAR", [r["pin"] for r in rows], HEAVY),
        c("วันเกิด", "date_of_birth", "VARCHAR", [r["born"] for r in rows]),
        c("เบอร์โทรศัพท์", "phone", "VARCHAR", [r["phone"] for r in rows]),
        c("อีเมล", "email", "VARCHAR", [r["email"] if g.rnd.random() < 0.85 else "" for r in rows]),
        c("ประเภทวีซ่า", N, "VARCHAR", [r["visa"] for r in rows], "decoy"),
        c("วันที่เข้าประเทศ", N, "DATE", [r["entry"] for r in rows], "decoy"),
        c("เตียง", N, "VARCHAR", g.col(lambda: f"D{g.rnd.randint(1, 8)}-B{g.rnd.randint(1, 12)}"), "decoy", SHAPE),
        c("วันเช็คอิน", N, "DATE", checkin, "decoy"),
        c("วันเช็คเอาท์", N, "DATE", _after(g, checkin, 1, 9), "decoy"),
        c("แจ้ง_ตม30", N, "BOOLEAN", [r["pin"] is None and g.rnd.random() < 0.95 for r in rows], "decoy"),
        c("ยอดชำระ", N, "DOUBLE", g.col(lambda: float(g.rnd.randint(2, 30) * 50)), "decoy"),
        c("พนักงาน", "first_name", "VARCHAR", g.col(g.pick(staff)), STAFF),
        c("หมายเหตุ", "free_text", "VARCHAR", g.sparse(note, 0.6, ("", "-", "ไม่มี"))),
        c("ที่อยู่ในประเทศไทย", N, "VARCHAR", ["12/3 ซอย 5 ถนนราชดำเนิน ต.ศรีภูมิ อ.เมือง เชียงใหม่ 50200"] * g.rows,
          "business"),
    ])


def gr_cruise_manifest(g: Gen) -> Table:
    """An Aegean small-ship cruise line's embarkation manifest (Greek column names, upper case): serial, booking
    reference, cabin and category (passenger or crew), family and given name (Greek capitals without accents for
    Greeks, Latin for others), sex, birth date, nationality, document type and number (Greek identity cards with Greek
    letters, passports), one contact column holding a phone or an e-mail by row (``free_text``, tag
    ``mixed_kinds``), the emergency contact and their phone, the port and date of embarkation, a diet code, remarks
    naming people, and the cruise card number (``none``)."""
    rows = []
    for _ in range(g.rows):
        if g.rnd.random() < 0.35:
            female = g.rnd.random() < 0.5
            first, last = v.el_person(g, female)
            doc = g.rnd.choice(["ΑΔΤ", "ΑΔΤ", "ΔΙΑΒΑΤΗΡΙΟ"])
            number = (f"{g.rnd.choice('ΑΒΕΖΗΙΚΜΝΟΡΤΥΧ')}{g.rnd.choice('ΑΒΕΖΗΙΚΜΝΟΡΤΥΧ')} {g.digits(6)}" if doc == "ΑΔΤ"
                      else v.passport(g, "GR"))
            email = v.email_of(g, v.latin(first), v.latin(last), v.DOMAINS["el"])
            contact = email if g.rnd.random() < 0.4 else g.phone("GR", g.rnd.choice(["national", "intl", "digits"]))
            rows.append({"last": v.upper_plain(last), "first": v.upper_plain(first), "sex": "Θ" if female else "Α",
                             "nation": "ΕΛΛΗΝΙΚΗ", "doc": doc, "number": number, "contact": contact, "region": "GR",
                             "kin": f"{v.upper_plain(v.el_person(g)[0])} {v.upper_plain(last)}"})
        else:
            a, b, country, pool = _foreigner(g, [4, 4, 3, 3, 2, 2, 1, 1, 2, 2, 1, 1, 1, 1, 1, 1, 1])
            region = country if country in v.PLANS else "GB"
            contact = (v.email_of(g, a, b, v.DOMAINS[pool]) if g.rnd.random() < 0.5
                       else g.phone(region, g.rnd.choice(["e164", "intl"])))
            rows.append({"last": v.upper_plain(b), "first": v.upper_plain(a), "sex": g.rnd.choice("MF"),
                         "nation": country,
                             "doc": g.rnd.choice(["PASSPORT", "PASSPORT", "ID CARD"]), "number": v.passport(g, country),
                             "contact": contact, "region": region, "kin": v.upper_plain(v.whole(g, pool))})
    crew = [g.rnd.random() < 0.08 for _ in range(g.rows)]

    def remark() -> str:
        return g.rnd.choice(["ΑΝΑΠΗΡΙΚΟ ΑΜΑΞΙΔΙΟ", f"ΤΑΞΙΔΕΥΕΙ ΜΕ {v.upper_plain(' '.join(v.el_person(g)))}",
                             "ΔΙΑΒΗΤΙΚΟΣ - ΙΝΣΟΥΛΙΝΗ ΣΤΟ ΨΥΓΕΙΟ", "ΕΠΕΤΕΙΟΣ ΓΑΜΟΥ",
                             f"Travelling with daughter {v.given(g, 'gb')}, cabin shared"])

    return Table("aegean_cruises.ΚΑΤΑΣΤΑΣΗ_ΕΠΙΒΑΙΝΟΝΤΩΝ", "el", "screaming", [
        c("Α_Α", N, "INTEGER", g.keys(1), "decoy", KEY),
        c("ΚΡΑΤΗΣΗ", N, "VARCHAR", [None if x else g.code("ZZZZZZ") for x in crew], "decoy", SHAPE),
        c("ΚΑΜΠΙΝΑ", N, "VARCHAR",
          g.col(lambda: f"{g.rnd.choice('ABCP')}{g.rnd.randint(1, 3)}{g.rnd.randint(1, 40):02d}"),
          "decoy", SHAPE),
        c("ΚΑΤΗΓΟΡΙΑ", N, "VARCHAR", ["ΠΛΗΡΩΜΑ" if x else "ΕΠΙΒΑΤΗΣ" for x in crew], "decoy"),
        c("ΕΠΩΝΥΜΟ", "last_name", "VARCHAR", [r["last"] for r in rows]),
        c("ΟΝΟΜΑ", "first_name", "VARCHAR", [r["first"] for r in rows]),
        c("ΦΥΛΟ", N, "VARCHAR", [r["sex"] for r in rows], "decoy"),
        c("ΗΜ_ΓΕΝΝΗΣΗΣ", "date_of_birth", "VARCHAR", [g.birth(1938, 2015).strftime("%d/%m/%Y") for _ in rows]),
        c("ΥΠΗΚΟΟΤΗΤΑ", N, "VARCHAR", [r["nation"] for r in rows], "decoy"),
        c("ΤΥΠΟΣ_ΕΓΓΡΑΦΟΥ", N, "VARCHAR", [r["doc"] for r in rows], "decoy"),
        c("ΑΡ_ΕΓΓΡΑΦΟΥ", "national_id", "VARCHAR", [r["number"] for r in rows], DOC),
        c("ΕΠΙΚΟΙΝΩΝΙΑ", "free_text", "VARCHAR", [r["contact"] for r in rows], MIXED),
        c("ΕΠΑΦΗ_ΕΚΤΑΚΤΗΣ_ΑΝΑΓΚΗΣ", "person_name", "VARCHAR",
          [None if g.rnd.random() < 0.2 else r["kin"] for r in rows],
          ROLE),
        c("ΤΗΛ_ΕΠΑΦΗΣ", "phone", "VARCHAR", [None if g.rnd.random() < 0.2 else
                                             g.phone(r["region"], "intl" if r["region"] != "GR" else "national")
                                             for r in rows]),
        c("ΛΙΜΑΝΙ_ΕΠΙΒΙΒΑΣΗΣ", N, "VARCHAR", g.col(g.pick(["ΠΕΙΡΑΙΑΣ", "ΛΑΥΡΙΟ", "ΗΡΑΚΛΕΙΟ", "ΒΟΛΟΣ"])), "decoy"),
        c("ΗΜ_ΕΠΙΒΙΒΑΣΗΣ", N, "DATE", g.days("2025-05-01", "2025-10-15"), "decoy"),
        c("ΔΙΑΤΡΟΦΗ", N, "VARCHAR", g.col(g.pick(["STD", "STD", "VGT", "VGN", "GF", "HALAL", "KOSHER"])), "decoy",
          SHAPE),
        c("ΠΑΡΑΤΗΡΗΣΕΙΣ", "free_text", "VARCHAR", g.sparse(remark, 0.82, ("", "-", "ΧΩΡΙΣ", "Χ")), NULLWORD),
        c("ΑΡ_ΚΑΡΤΑΣ_ΕΠΙΒΑΤΗ", N, "VARCHAR", g.col(lambda: "AC" + g.code("9999999999")), "decoy", SHAPE),
    ])


def _ar_name(g: Gen) -> str:
    return " ".join(x[0] for x in v.pair_person(g, v.AR_MALE, v.AR_FEMALE, v.AR_FAMILY))


def _ua_short(g: Gen) -> str:
    first, _, family = v.uk_person(g)
    return f"{family} {first}"


def uk_spa_appointments(g: Gen) -> Table:
    """A Truskavets sanatorium's spa appointments (Ukrainian column names): the appointment id and guest card
    number, the client's full name (family name, given name, patronymic), birth date, RNTRC (for the tax receipt;
    encodes the birth date and sex), phone, e-mail, home address, city and postal code, the treatment and treatment
    room (``none``), the therapist (staff, initials), date, time, length, price and discount, notes about health and
    people (``free_text``), the operator's login and the source."""
    therapists = []
    while len(therapists) < 7:
        first, patronymic, family = v.uk_person(g, g.rnd.random() < 0.8)
        name = f"{family} {first[0]}.{patronymic[0]}."
        if name not in therapists:
            therapists.append(name)
    operators = ["o.bondar", "i.hnatiuk", "n.savchuk"]
    rows = []
    for _ in range(g.rows):
        female = g.rnd.random() < 0.6
        first, patronymic, family = v.uk_person(g, female)
        born = g.birth(1940, 2007)
        rows.append((first, patronymic, family, born, female))
    places = [g.rnd.choice(v.UA_CITIES) for _ in range(g.rows)]

    def name(r: tuple) -> str:
        if g.rnd.random() < 0.8:
            return f"{r[2]} {r[0]} {r[1]}"
        return f"{r[2]} {r[0][0]}.{r[1][0]}."

    def note() -> str:
        first = v.uk_person(g)[0]
        return g.rnd.choice(["Гіпертонія, контролювати тиск", f"Прийде з донькою {first}", "Алергія на лаванду",
                             f"Перенесено на прохання {_ua_short(g)}",
                             "Вагітність 20 тижнів - без прогрівань", "Після операції на коліні",
                             f"Оплату вносить {first}, тел. {g.phone('UA', 'national')}"])

    return Table("sanatorii.записи_процедур", "uk", "snake", [
        c("ід_запису", N, "BIGINT", g.keys(610_001), "decoy", KEY),
        c("номер_картки_гостя", N, "VARCHAR", g.col(lambda: g.code("ТР-999999")), "decoy", SHAPE),
        c("клієнт_піб", "person_name", "VARCHAR", [name(r) for r in rows]),
        c("дата_народження", "date_of_birth", "VARCHAR", [r[3].strftime("%d.%m.%Y") for r in rows]),
        c("рнокпп", "national_id", "VARCHAR", [v.ua_rntrc(g, r[3], r[4]) if g.rnd.random() < 0.65 else None
                                               for r in rows]),
        c("телефон", "phone", "VARCHAR", g.phones("UA", {"national": 0.5, "intl": 0.3, "digits": 0.2})),
        c("email", "email", "VARCHAR", [None if g.rnd.random() < 0.4 else
                                        v.email_of(g, v.latin(r[0]), v.latin(r[2]), v.DOMAINS["uk"])
                                        for r in rows], EN),
        c("адреса", "street_address", "VARCHAR", g.col(lambda: v.ua_street(g), 0.3)),
        c("місто", "city", "VARCHAR", [p[0] for p in places]),
        c("індекс", "postal_code", "VARCHAR", [p[1] + g.digits(3) if g.rnd.random() < 0.75 else None for p in places]),
        c("послуга", N, "VARCHAR", g.col(g.pick(["Масаж класичний", "Нафталан", "Мінеральна ванна", "Озокерит",
                                                 "Гідроколонотерапія", "Сольова кімната", "Підводний душ-масаж"])),
          "decoy"),
        c("кабінет", N, "VARCHAR", g.col(lambda: f"К-{g.rnd.randint(1, 24)}"), "decoy", SHAPE),
        c("майстер", "person_name", "VARCHAR", g.col(g.pick(therapists)), STAFF, ROLE),
        c("дата_візиту", N, "DATE", g.days("2025-06-01", "2025-12-20"), "decoy"),
        c("час", N, "VARCHAR", g.col(lambda: f"{g.rnd.randint(8, 18):02d}:{g.rnd.choice(['00', '20', '40'])}"),
          "decoy"),
        c("тривалість_хв", N, "INTEGER", g.col(g.pick([15, 20, 30, 45, 60])), "decoy"),
        c("ціна_грн", N, "DOUBLE", g.col(lambda: float(g.rnd.randint(4, 60) * 50)), "decoy"),
        c("знижка_відс", N, "INTEGER", g.col(g.pick([0, 0, 5, 10, 15])), "decoy"),
        c("примітки", "free_text", "VARCHAR", g.sparse(note, 0.5, ("", "-", "немає", "нема"))),
        c("оператор", USERNAME, "VARCHAR", g.col(g.pick(operators)), USER, AUDIT),
        c("джерело", N, "VARCHAR", g.col(g.pick(["сайт", "телефон", "рецепція", "Booking.com"])), "decoy"),
    ])


def he_tour_participants(g: Gen) -> Table:
    """An Israeli tour operator's participant list for a three-day Upper Galilee tour (Hebrew column names): the
    order number, first and family name, Teudat Zehut (check digit), birth date, mobile, e-mail, address, city and
    postal code, the tour name, departure date and pickup point (``none``), the guide (staff), the emergency contact
    and their phone, the food preference (``none``), the room, notes naming people, the company's phone
    (``business``)."""
    guides = [f"{a[0]} {b[0]}" for a, b in (v.pair_person(g, v.HE_MALE, v.HE_FEMALE, v.HE_FAMILY) for _ in range(3))]
    people = [v.pair_person(g, v.HE_MALE, v.HE_FEMALE, v.HE_FAMILY) for _ in range(g.rows)]
    places = [g.rnd.choice(v.IL_CITIES) for _ in range(g.rows)]

    def note(first: str) -> str:
        other = v.pair_person(g, v.HE_MALE, v.HE_FEMALE, v.HE_FAMILY)
        return g.rnd.choice(["צמחוני", f"מגיע עם הבן {other[0][0]}", "בעיות ברכיים - מסלול קל",
                             f"לתאם עם {other[0][0]} {other[1][0]} לגבי תשלום", "אלרגיה לבוטנים",
                             f"{first} ביקש/ה חדר עם {other[0][0]}"])

    return Table("tiyulim.משתתפים", "he", "native", [
        c("מספר_הזמנה", N, "VARCHAR", g.col(lambda: g.code("ZZZZZZ")), "decoy", SHAPE),
        c("שם_פרטי", "first_name", "VARCHAR", [p[0][0] for p in people]),
        c("שם_משפחה", "last_name", "VARCHAR", [p[1][0] for p in people]),
        c("מספר_זהות", "national_id", "VARCHAR", [v.il_idnr(g) for _ in range(g.rows)]),
        c("תאריך_לידה", "date_of_birth", "DATE", g.births(1942, 2010)),
        c("טלפון_נייד", "phone", "VARCHAR", g.phones("IL", {"national": 0.7, "digits": 0.2, "intl": 0.1})),
        c("דואל", "email", "VARCHAR", [v.email_of(g, p[0][1], p[1][1], v.DOMAINS["he"]) for p in people]),
        c("כתובת", "street_address", "VARCHAR", [v.il_street(g) for _ in range(g.rows)]),
        c("עיר", "city", "VARCHAR", [p[0] for p in places]),
        c("מיקוד", "postal_code", "VARCHAR", [v.il_postal(g, p[1]) if g.rnd.random() < 0.7 else "" for p in places]),
        c("שם_הטיול", N, "VARCHAR", ["גליל עליון - 3 ימים"] * g.rows, "decoy"),
        c("תאריך_יציאה", N, "DATE", [date(2025, 11, 12)] * g.rows, "decoy"),
        c("נקודת_איסוף", N, "VARCHAR", g.col(g.pick(["תחנת רכבת סבידור מרכז", "קניון עזריאלי", "חניון רעננה צפון",
                                                    "מחלף חדרה מזרח"])), "decoy"),
        c("מדריך", "person_name", "VARCHAR", g.col(g.pick(guides)), STAFF, ROLE),
        c("איש_קשר_לחירום", "person_name", "VARCHAR",
          g.col(lambda: " ".join(x[0] for x in v.pair_person(g, v.HE_MALE, v.HE_FEMALE, v.HE_FAMILY)), 0.15), ROLE),
        c("טלפון_חירום", "phone", "VARCHAR", g.phones("IL", {"national": 1.0}, 1.0, 0.15)),
        c("העדפת_אוכל", N, "VARCHAR", g.col(g.pick(["רגיל", "צמחוני", "טבעוני", "ללא גלוטן", "כשר למהדרין"])),
          "decoy"),
        c("חדר", N, "VARCHAR", g.col(lambda: str(g.rnd.randint(101, 140))), "decoy", SHAPE),
        c("מספר_כרטיס_אשראי", "credit_card", "VARCHAR", g.col(lambda: v.card(g), 0.3)),
        c("תוקף_כרטיס", N, "VARCHAR", g.col(lambda: f"{g.rnd.randint(1, 12):02d}/{g.rnd.randint(26, 30)}", 0.3),
          "decoy"),
        c("הערות", "free_text", "VARCHAR", [note(p[0][0]) if g.rnd.random() < 0.6 else "" for p in people]),
        c("טלפון_החברה", N, "VARCHAR", ["03-644-7120"] * g.rows, "business"),
    ])


def ae_holiday_home_guests(g: Gen) -> Table:
    """A Dubai holiday-home operator's guest registrations for the tourism authority (Arabic column names, with the
    PMS's opaque ``FLD_n`` custom fields): the booking reference, the property (names like people's: ``Villa Sofia``)
    and its permit, the guest's name (Arabic script for Gulf guests), nationality, passport number, Emirates ID of
    residents (Luhn, encoding the year of birth), birth date, phone, e-mail (Airbnb relay addresses), home city, guests,
    dates, amount and the Tourism Dirham, ``FLD_3`` (the second adult's name), ``FLD_7`` (a WhatsApp number),
    ``FLD_9`` (a flag), the card's last four, the booking IP, notes and the property manager."""
    props = ["Villa Sofia - Palm Jumeirah", "Casa Elena Marina", "Layla's Loft JBR", "The Noor Residence Downtown",
             "Villa Amira Al Barsha"]
    managers = _staff(g, 4, lambda x: " ".join(p[1] for p in v.pair_person(x, v.AR_MALE, v.AR_FEMALE, v.AR_FAMILY)))
    rows = []
    for _ in range(g.rows):
        channel = g.rnd.choice(["Airbnb", "Airbnb", "Booking.com", "Direct"])
        kind = g.rnd.random()
        born = g.birth(1955, 2005)
        if kind < 0.3:
            first, family = v.pair_person(g, v.AR_MALE, v.AR_FEMALE, v.AR_FAMILY)
            resident = g.rnd.random() < 0.75
            nation = "الإمارات" if resident and g.rnd.random() < 0.5 else g.rnd.choice(["السعودية", "الكويت", "مصر",
                                                                                        "الأردن"])
            region = "AE" if resident else "SA"
            rows.append({"name": f"{first[0]} {family[0]}", "latin": (first[1], family[1]), "nation": nation,
                             "passport": v.passport(g, "SA"), "eid": v.emirates_id(g, born) if resident else None,
                             "born": born,
                             "phone": g.phone(region, g.rnd.choice(["e164", "national"]) if resident else "e164"),
                             "pool": "ar", "city": g.rnd.choice(["دبي", "أبوظبي", "الشارقة"]) if resident else
                             g.rnd.choice(["الرياض", "جدة", "الكويت", "القاهرة", "عمّان"]), "channel": channel})
        else:
            a, b, country, pool = _foreigner(g, [2, 5, 1, 3, 2, 2, 1, 1, 1, 1, 1, 2, 5, 1, 1, 1, 4])
            resident = g.rnd.random() < 0.15
            city = {"GB": "London", "IN": "Mumbai", "RU": "Moscow", "DE": "Berlin", "FR": "Paris", "US": "New York",
                    "CN": "Shanghai"}.get(country, g.rnd.choice(["Amsterdam", "Stockholm", "Toronto", "Milan"]))
            rows.append({"name": f"{a} {b}", "latin": (a, b), "nation": country, "passport": v.passport(g, country),
                             "eid": v.emirates_id(g, born) if resident else None, "born": born,
                             "phone": g.phone("AE" if resident else (country if country in v.PLANS else "GB"), "e164"),
                             "pool": pool, "city": "Dubai" if resident else city, "channel": channel})

    def mail(r: dict) -> str:
        a, b = r["latin"]
        if r["channel"] == "Airbnb":
            return v.relay_email(g, a, b, "Airbnb")
        return v.email_of(g, a, b, v.DOMAINS[r["pool"]])

    def second(r: dict) -> str | None:
        if g.rnd.random() < 0.45:
            return None
        if r["pool"] == "ar":
            return " ".join(x[0] for x in v.pair_person(g, v.AR_MALE, v.AR_FEMALE, v.AR_FAMILY))
        return v.whole(g, r["pool"])

    def note() -> str:
        return g.rnd.choice(["وصول متأخر بعد منتصف الليل", f"Guest {v.given(g, 'gb')} requested a baby cot",
                             f"العميل {_ar_name(g)} طلب تنظيف إضافي",
                             "Deposit refunded to card", "Late checkout 2pm approved", "Pool heating requested"])

    arrivals = g.days("2025-09-01", "2026-03-31")
    return Table("holiday_homes.تسجيل_النزلاء", "ar", "native", [
        c("رقم_الحجز", N, "VARCHAR", [g.code("HMZZZZZZZZ") if r["channel"] == "Airbnb" else g.code("ZZZZZZ")
                                      for r in rows], "decoy", SHAPE),
        c("اسم_العقار", N, "VARCHAR", g.col(g.pick(props)), "decoy", NAME_LIKE),
        c("رقم_تصريح_العقار", N, "VARCHAR", g.col(lambda: g.code("AAA-AAA-ZZZZZ")), "decoy", SHAPE),
        c("اسم_الضيف", "person_name", "VARCHAR", [r["name"] for r in rows]),
        c("الجنسية", N, "VARCHAR", [r["nation"] for r in rows], "decoy"),
        c("رقم_جواز_السفر", "national_id", "VARCHAR", [r["passport"] for r in rows], DOC),
        c("رقم_الهوية_الإماراتية", "national_id", "VARCHAR", [r["eid"] for r in rows], HEAVY),
        c("تاريخ_الميلاد", "date_of_birth", "DATE", [r["born"] for r in rows]),
        c("الهاتف", "phone", "VARCHAR", [r["phone"] for r in rows]),
        c("البريد_الإلكتروني", "email", "VARCHAR", [mail(r) for r in rows], RELAY),
        c("مدينة_الإقامة", "city", "VARCHAR", [r["city"] for r in rows]),
        c("عدد_الضيوف", N, "INTEGER", g.ints(1, 8), "decoy"),
        c("تاريخ_الوصول", N, "DATE", arrivals, "decoy"),
        c("تاريخ_المغادرة", N, "DATE", _after(g, arrivals, 2, 14), "decoy"),
        c("المبلغ_درهم", N, "DOUBLE", g.amounts(900, 24_000), "decoy"),
        c("رسوم_درهم_السياحة", N, "DOUBLE", g.col(lambda: float(g.rnd.choice([10, 15, 20]) * g.rnd.randint(2, 14))),
          "decoy"),
        c("FLD_3", "person_name", "VARCHAR", [second(r) for r in rows], OPAQUE, EN),
        c("FLD_7", "phone", "VARCHAR", [g.phone("AE", "e164") if r["eid"] else
                                        (r["phone"] if g.rnd.random() < 0.6 else None) for r in rows], OPAQUE, EN),
        c("FLD_9", N, "VARCHAR", g.col(g.pick(["Y", "N"])), "decoy", OPAQUE, EN),
        c("آخر_أربعة_أرقام_البطاقة", N, "VARCHAR", g.col(lambda: g.digits(4), 0.3), "decoy", PARTIAL),
        c("عنوان_IP_للحجز", "ip_address", "VARCHAR", g.col(lambda: g.ip(0.3), 0.1)),
        c("ملاحظات", "free_text", "VARCHAR", g.sparse(note, 0.6, ("", "-", "لا يوجد"))),
        c("مدير_العقار", "person_name", "VARCHAR", g.col(g.pick(managers)), STAFF, ROLE),
    ])


# -- Italy, Spain, Germany, France -------------------------------------------------------------------------------------


def it_alloggiati(g: Gen) -> Table:
    """A Florence B&B's guest registrations for the police (Alloggiati Web; Italian, snake case): the form id, the
    guest type code, arrival and nights, family and given name, sex code, birth date, comune of birth (Italians:
    ``city``), ISTAT country of birth and citizenship codes (``none``), document type and number, the codice fiscale
    of Italian guests (for the invoice), e-mail and mobile, the B&B and the room (named like people: ``Camera Giotto``;
    ``none``), the tourist tax, whether the form was sent, the receipt number, the staff member, notes."""
    staff = _staff(g, 3, lambda x: v.given(x, "it"))
    rooms = ["Camera Giotto", "Camera Beatrice", "Suite Lorenzo", "Camera Artemisia", "Mansarda"]
    rows = []
    for _ in range(g.rows):
        if g.rnd.random() < 0.55:
            female = g.rnd.random() < 0.5
            a, b = v.person(g, "it", female)
            born = g.birth(1940, 2007)
            comune = g.rnd.choice(v.IT_COMUNI)
            doc = g.rnd.choice(["IDELE", "IDELE", "IDENT", "PASOR", "PATEN"])
            number = {"IDELE": g.code("CA99999AA"), "IDENT": g.code("AA9999999"), "PASOR": g.code("YA9999999"),
                      "PATEN": g.code("FI9999999A")}[doc]
            rows.append({"first": a, "last": b, "sex": "2" if female else "1", "born": born, "comune": comune[0],
                             "state": "100000100", "citizen": "100000100", "doc": doc, "number": number,
                             "cf": v.it_codice_fiscale(a, b, born, female, comune[2]) if g.rnd.random() < 0.9 else None,
                             "email": v.email_of(g, a, b, v.DOMAINS["it"]),
                             "phone": g.phone("IT", g.rnd.choice(["national", "digits", "intl"])), "type_": "16"})
        else:
            a, b, country, pool = _foreigner(g, [4, 3, 2, 3, 3, 0, 2, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1])
            code = {"US": "100000536", "GB": "100000219", "DE": "100000216", "FR": "100000215", "ES": "100000239",
                    "AU": "100000701", "CA": "100000509"}.get(country, "100000" + g.digits(3))
            rows.append({"first": a, "last": b, "sex": g.rnd.choice("12"), "born": g.birth(1950, 2006),
                         "comune": None, "state": code, "citizen": code, "doc": "PASOR",
                         "number": v.passport(g, country), "cf": None,
                             "email": v.email_of(g, a, b, v.DOMAINS[pool]),
                             "phone": g.phone(country if country in v.PLANS else "GB", "e164"),
                             "type_": g.rnd.choice(["16", "17", "19"])})

    def note() -> str:
        return g.rnd.choice(["Arrivo dopo le 22", f"Con il figlio {v.given(g, 'it')}", "Colazione senza glutine",
                             f"Fattura intestata a {v.whole(g, 'it')}",
                             f"Ha lasciato recapito {g.phone('IT', 'national')}",
                             "Parcheggio in Piazza Tasso"])

    return Table("bnb_firenze.schedine_alloggiati", "it", "snake", [
        c("id_schedina", N, "INTEGER", g.keys(8_801), "decoy", KEY),
        c("tipo_alloggiato", N, "VARCHAR", [r["type_"] for r in rows], "decoy", SHAPE),
        c("data_arrivo", N, "DATE", g.days("2025-03-01", "2025-11-30"), "decoy"),
        c("giorni_permanenza", N, "INTEGER", g.ints(1, 7), "decoy"),
        c("cognome", "last_name", "VARCHAR", [r["last"].upper() if g.rnd.random() < 0.5 else r["last"] for r in rows]),
        c("nome", "first_name", "VARCHAR", [r["first"].upper() if g.rnd.random() < 0.5 else r["first"] for r in rows]),
        c("sesso", N, "VARCHAR", [r["sex"] for r in rows], "decoy"),
        c("data_nascita", "date_of_birth", "DATE", [r["born"] for r in rows]),
        c("comune_nascita", "city", "VARCHAR", [r["comune"].upper() if r["comune"] else None for r in rows]),
        c("stato_nascita", N, "VARCHAR", [r["state"] for r in rows], "decoy", SHAPE),
        c("cittadinanza", N, "VARCHAR", [r["citizen"] for r in rows], "decoy", SHAPE),
        c("tipo_documento", N, "VARCHAR", [r["doc"] for r in rows], "decoy"),
        c("numero_documento", "national_id", "VARCHAR", [r["number"] for r in rows], DOC),
        c("codice_fiscale", "national_id", "VARCHAR", [r["cf"] for r in rows]),
        c("email", "email", "VARCHAR", [r["email"] if g.rnd.random() < 0.8 else None for r in rows], EN),
        c("cellulare", "phone", "VARCHAR", [r["phone"] for r in rows]),
        c("nome_struttura", N, "VARCHAR", ["B&B Casa Elena"] * g.rows, "business", NAME_LIKE),
        c("camera", N, "VARCHAR", g.col(g.pick(rooms)), "decoy", NAME_LIKE),
        c("imposta_soggiorno", N, "DOUBLE", g.col(lambda: float(g.rnd.randint(1, 7) * 5)), "decoy"),
        c("inviata_questura", N, "BOOLEAN", g.yn(True, False, 0.97), "decoy"),
        c("ricevuta", N, "VARCHAR", g.col(lambda: "AW-" + g.code("99999999"), 0.03), "decoy", SHAPE),
        c("operatore", "first_name", "VARCHAR", g.col(g.pick(staff)), STAFF),
        c("note", "free_text", "VARCHAR", g.sparse(note, 0.8, ("", "-", "nessuna", "Nessuna")), NULLWORD),
    ])


def es_vacation_hosts(g: Gen) -> Table:
    """A Málaga holiday-rental platform's hosts (Spanish, snake case): host id, given name and two family names, DNI
    or NIE (check letter), birth date, phone, e-mail, the host's own address, postcode and municipality, the IBAN the
    payouts go to, the holiday flat's name (names like people's: ``Casa Elena``), its address and postcode (tag
    ``premises``), the Andalusian tourist registration number, coordinates, commission, rating, super-host flag, the
    account manager, internal notes and the sign-up IP."""
    managers = _staff(g, 4, lambda x: v.whole(x, "es"))
    names = ["Casa Elena", "Villa Sofía", "Apartamento Carmen", "Casita de Lola", "Estudio Larios", "Ático Malagueta",
             "Cortijo Rosario", "Loft Soho Málaga", "Casa Manolo"]
    people = [v.person(g, "es") for _ in range(g.rows)]
    home = [g.rnd.choice(v.ES_PLACES) for _ in range(g.rows)]
    flat = [g.rnd.choice(v.ES_PLACES[:7] + v.ES_PLACES[11:]) for _ in range(g.rows)]

    def note() -> str:
        return g.rnd.choice(["Verificado DNI por videollamada", f"Contactar con su hija {v.given(g, 'es')} para llaves",
                             "Pendiente licencia", f"Cambio de IBAN solicitado por {v.whole(g, 'es')}",
                             "Limpieza a cargo de la plataforma"])

    return Table("alquiler_vacacional.anfitriones", "es", "snake", [
        c("id_anfitrion", N, "INTEGER", g.keys(31_001), "decoy", KEY),
        c("nombre", "first_name", "VARCHAR", [a for a, _ in people]),
        c("apellidos", "last_name", "VARCHAR", [b for _, b in people]),
        c("dni_nie", "national_id", "VARCHAR", [v.es_nie(g) if g.rnd.random() < 0.25 else v.es_dni(g)
                                                for _ in range(g.rows)]),
        c("fecha_nacimiento", "date_of_birth", "VARCHAR", [g.birth(1945, 2000).strftime("%d/%m/%Y")
                                                           for _ in range(g.rows)]),
        c("telefono", "phone", "VARCHAR", g.phones("ES", {"national": 0.5, "intl": 0.3, "digits": 0.2}, 0.85)),
        c("email", "email", "VARCHAR", [v.email_of(g, a, b.split()[0], v.DOMAINS["es"]) for a, b in people], EN),
        c("direccion_fiscal", "street_address", "VARCHAR", [v.es_street(g) for _ in range(g.rows)]),
        c("cp_fiscal", "postal_code", "VARCHAR", [v.es_postal(g, p[1]) for p in home]),
        c("municipio_fiscal", "city", "VARCHAR", [p[0] for p in home]),
        c("iban_cobro", "iban", "VARCHAR", g.col(lambda: v.iban(g, "ES", g.rnd.random() < 0.4), 0.05)),
        c("nombre_alojamiento", N, "VARCHAR", g.col(g.pick(names)), "decoy", NAME_LIKE),
        c("direccion_alojamiento", "street_address", "VARCHAR", [v.es_street(g) for _ in range(g.rows)], PREMISES),
        c("cp_alojamiento", "postal_code", "VARCHAR", [v.es_postal(g, p[1]) for p in flat], PREMISES),
        c("registro_turistico", N, "VARCHAR", g.col(lambda: "VFT/MA/" + g.code("99999")), "decoy", SHAPE),
        c("latitud", N, "DOUBLE", g.floats(36.45, 36.78, 6), "decoy", COORD),
        c("longitud", N, "DOUBLE", g.floats(-5.2, -3.85, 6), "decoy", COORD),
        c("comision_pct", N, "DOUBLE", g.col(g.pick([12.0, 15.0, 18.0])), "decoy"),
        c("valoracion_media", N, "DOUBLE", g.col(lambda: round(g.rnd.uniform(3.6, 5.0), 2), 0.1), "decoy"),
        c("superanfitrion", N, "BOOLEAN", g.yn(True, False, 0.3), "decoy"),
        c("gestor_cuenta", "person_name", "VARCHAR", g.col(g.pick(managers)), STAFF, ROLE),
        c("notas_internas", "free_text", "VARCHAR", g.sparse(note, 0.5, ("", "-", "ninguna"))),
        c("ip_alta", "ip_address", "VARCHAR", g.col(lambda: g.ip(0.25))),
    ])


def de_meldeschein(g: Gen) -> Table:
    """A Bavarian spa-town hotel's registration forms (Meldescheine) and spa-tax cards (German, Pascal case): form,
    reservation and room numbers, arrival and departure, family and given name, birth date, nationality, the ID number
    of foreign guests, home street, postcode, town and country, co-travellers (names joined by ``;``) and their
    count, the guest card number and spa tax (``none``), e-mail, phone, the company and its VAT id for business
    travellers (``business``), remarks naming people, the clerk's login."""
    clerks = ["mhuber", "sgruber", "tobermaier", "kpichler"]
    rows = []
    for _ in range(g.rows):
        if g.rnd.random() < 0.78:
            a, b = v.person(g, "de")
            austria = g.rnd.random() < 0.12
            town = g.rnd.choice(v.DE_TOWNS)
            at = g.rnd.choice([(f"1{g.rnd.randint(1, 23):02d}0", "Wien"), ("5020", "Salzburg"), ("6020", "Innsbruck"),
                               ("4020", "Linz")])
            rows.append({"first": a, "last": b, "nation": "österreichisch" if austria else "deutsch", "doc": None,
                             "street": v.de_street(g), "plz": (at[1] if austria else town[1] + g.digits(3)),
                             "town": at[0] if austria else town[0],
                             "land": "AT" if austria else "DE", "pool": "de", "region": "AT" if austria else "DE"})
        else:
            a, b, country, pool = _foreigner(g, [3, 2, 0, 0, 2, 3, 1, 0, 4, 1, 1, 1, 1, 1, 0, 0, 0])
            rows.append({"first": a, "last": b, "nation": country, "doc": v.passport(g, country),
                             "street": _foreign_address(g, country).split(",")[0], "plz": None, "town": None,
                             "land": country,
                             "pool": pool, "region": country if country in v.PLANS else "DE"})
    arrivals = g.days("2025-01-02", "2025-12-20")
    business = [g.rnd.random() < 0.42 for _ in range(g.rows)]
    firms = [("Brandstätter Medizintechnik GmbH", v.de_vat(g)), ("Kölbl Bau AG", v.de_vat(g)),
             ("Alpenland Versicherung", v.de_vat(g)), ("Obermaier & Söhne KG", v.de_vat(g))]
    firm = [g.rnd.choice(firms) if b else None for b in business]

    def fellows(last: str) -> str | None:
        if g.rnd.random() < 0.45:
            return None
        return "; ".join(f"{v.given(g, 'de')} {last if g.rnd.random() < 0.7 else v.person(g, 'de')[1]}"
                         for _ in range(g.rnd.randint(1, 3)))

    mates = [fellows(r["last"]) for r in rows]

    def remark() -> str:
        return g.rnd.choice(["Hund (Dackel) dabei", "Gästekarte verloren, neu ausgestellt",
                             f"Reist mit Ehefrau {v.given(g, 'de')}", "Allergie Nüsse",
                             f"Rechnung an {v.whole(g, 'de')}", "Stammgast seit 2009"])

    return Table("hotel_pms.Meldescheine", "de", "pascal", [
        c("MeldescheinNr", N, "VARCHAR", g.col(lambda: g.code("MS-2025-99999")), "decoy", SHAPE),
        c("ResNr", N, "VARCHAR", g.col(lambda: g.code("99999999")), "decoy", SHAPE, ABBREV),
        c("Zimmer", N, "VARCHAR", g.col(lambda: str(g.rnd.randint(1, 4) * 100 + g.rnd.randint(1, 28))), "decoy",
          SHAPE),
        c("Anreise", N, "DATE", arrivals, "decoy"),
        c("Abreise", N, "DATE", _after(g, arrivals, 1, 14), "decoy"),
        c("Nachname", "last_name", "VARCHAR", [r["last"] for r in rows]),
        c("Vorname", "first_name", "VARCHAR", [r["first"] for r in rows]),
        c("GebDatum", "date_of_birth", "VARCHAR", [g.birth(1935, 2007).strftime("%d.%m.%Y") for _ in rows], ABBREV),
        c("Staatsang", N, "VARCHAR", [r["nation"] for r in rows], "decoy", ABBREV),
        c("AusweisNr", "national_id", "VARCHAR", [r["doc"] for r in rows], HEAVY, DOC),
        c("Strasse", "street_address", "VARCHAR", [r["street"] for r in rows]),
        c("PLZ", "postal_code", "VARCHAR", [r["plz"] for r in rows], ABBREV),
        c("Ort", "city", "VARCHAR", [r["town"] for r in rows]),
        c("Land", N, "VARCHAR", [r["land"] for r in rows], "decoy", SHAPE),
        c("Mitreisende", "person_name", "VARCHAR", mates, MULTI),
        c("AnzMitreisende", N, "INTEGER", [0 if m is None else m.count(";") + 1 for m in mates], "decoy"),
        c("GaestekarteNr", N, "VARCHAR", g.col(lambda: g.code("GK9999999")), "decoy", SHAPE),
        c("Kurbeitrag", N, "DOUBLE", g.col(lambda: round(g.rnd.choice([2.8, 3.3]) * g.rnd.randint(1, 14), 2)), "decoy"),
        c("Email", "email", "VARCHAR", [v.email_of(g, r["first"], r["last"], v.DOMAINS[r["pool"]])
                                        if g.rnd.random() < 0.75 else None for r in rows], EN),
        c("Telefon", "phone", "VARCHAR", [g.phone(r["region"], g.rnd.choice(["national", "intl", "idd"])
                                                  if r["region"] == "DE" else g.rnd.choice(["intl", "idd"]),
                                                  g.rnd.random() < 0.7) for r in rows]),
        c("Firma", N, "VARCHAR", [f[0] if f else None for f in firm], "business"),
        c("FirmaUStId", N, "VARCHAR", [f[1] if f else None for f in firm], "business", SHAPE, CHECK),
        c("Bemerkung", "free_text", "VARCHAR", g.sparse(remark, 0.6, ("", "-", "keine", "k.A."))),
        c("AngelegtVon", USERNAME, "VARCHAR", g.col(g.pick(clerks)), USER, AUDIT),
    ])


def nir_spaced(n: str) -> str:
    """A NIR as printed on the carte Vitale: ``1 90 06 99 341 544 37``."""
    return f"{n[0]} {n[1:3]} {n[3:5]} {n[5:7]} {n[7:10]} {n[10:13]} {n[13:]}"


def fr_delivery_riders(g: Gen) -> Table:
    """A Paris delivery firm's salaried riders (French, snake case): rider id and staff number, family and given
    name, birth date, NIR (encoding sex, year and month of birth), residence-permit number of non-EU riders, phone,
    login (the rider's e-mail: ``email``, tag ``misleading``), address, postcode and town, IBAN, zone, vehicle,
    thermal-bag number, status, hiring date, rating, the emergency contact and their phone, HR comments naming
    people, the last login IP and the password hash (``none``)."""
    rows = []
    for _ in range(g.rows):
        female = g.rnd.random() < 0.25
        a, b = v.person(g, "fr", female)
        born = g.birth(1975, 2006)
        abroad = g.rnd.random() < 0.45
        permit = g.digits(10) if abroad and g.rnd.random() < 0.7 else None
        rows.append({"first": a, "last": b, "born": born, "nir": v.fr_nir(g, born, female, abroad), "permit": permit})
    places = [g.rnd.choice(v.FR_PLACES) for _ in range(g.rows)]

    def comment() -> str:
        return g.rnd.choice(["Retards répétés, entretien le 12/11", f"Contact : sœur {v.given(g, 'fr')}",
                             "Accident scooter, arrêt 5 jours", "Titre de séjour à renouveler avant mars",
                             f"Parrainé par {v.whole(g, 'fr')}", "RAS"])

    return Table("livraison.livreurs", "fr", "snake", [
        c("id_livreur", N, "INTEGER", g.keys(1_201), "decoy", KEY),
        c("matricule", N, "VARCHAR", g.col(lambda: g.code("LIV-99999")), "decoy", SHAPE),
        c("nom", "last_name", "VARCHAR", [r["last"].upper() for r in rows]),
        c("prenom", "first_name", "VARCHAR", [r["first"] for r in rows]),
        c("date_naissance", "date_of_birth", "DATE", [r["born"] for r in rows]),
        c("nir", "national_id", "VARCHAR", [r["nir"] if g.rnd.random() < 0.5 else nir_spaced(r["nir"]) for r in rows],
          ABBREV),
        c("num_titre_sejour", "national_id", "VARCHAR", [r["permit"] for r in rows], HEAVY, DOC),
        c("telephone", "phone", "VARCHAR", g.phones("FR", {"national": 0.7, "e164": 0.2, "digits": 0.1})),
        c("identifiant", "email", "VARCHAR", [v.email_of(g, r["first"], r["last"], v.DOMAINS["fr"]) for r in rows],
          MISLEADING),
        c("adresse", "street_address", "VARCHAR", [v.fr_street(g) for _ in range(g.rows)]),
        c("code_postal", "postal_code", "VARCHAR", [p[1] for p in places]),
        c("ville", "city", "VARCHAR", [p[0] for p in places]),
        c("iban", "iban", "VARCHAR", [v.iban(g, "FR", g.rnd.random() < 0.5) for _ in range(g.rows)]),
        c("zone", N, "VARCHAR", g.col(g.pick(["Paris 11e", "Paris Nord", "Montreuil", "Saint-Denis", "Bastille"])),
          "decoy"),
        c("vehicule", N, "VARCHAR", g.col(g.pick(["vélo électrique", "vélo", "scooter 50cc", "scooter électrique"])),
          "decoy"),
        c("numero_sac", N, "VARCHAR", g.col(lambda: "SAC-" + g.code("9999")), "decoy", SHAPE),
        c("statut", N, "VARCHAR", g.col(g.pick(["actif", "actif", "actif", "suspendu", "sorti"])), "decoy"),
        c("date_embauche", N, "DATE", g.days("2021-03-01", "2025-10-31"), "decoy"),
        c("note_moyenne", N, "DOUBLE", g.col(lambda: round(g.rnd.uniform(3.9, 5.0), 2)), "decoy"),
        c("contact_urgence", "person_name", "VARCHAR", g.col(lambda: v.whole(g, "fr"), 0.15), ROLE),
        c("tel_urgence", "phone", "VARCHAR", g.phones("FR", {"national": 1.0}, 0.9, 0.15), ABBREV),
        c("commentaire_rh", "free_text", "VARCHAR", g.sparse(comment, 0.45, ("", "-", "néant"))),
        c("ip_derniere_connexion", "ip_address", "VARCHAR", g.col(lambda: g.ip(0.35))),
        c("mdp_hash", N, "VARCHAR", g.col(lambda: "$2b$12$" + g.digits(53, "./" + "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
                                                                               "abcdefghijklmnopqrstuvwxyz0123456789")),
          "decoy", CREDENTIAL),
    ])


BUILDERS: list[tuple[Callable[[Gen], Table], int]] = [
    (us_opera_profiles, 900), (gb_channel_reservations, 650), (au_table_bookings, 520), (ca_delivery_orders, 800),
    (ie_catering_events, 45), (ja_ryokan_register, 300), (th_hostel_checkins, 420), (gr_cruise_manifest, 380),
    (uk_spa_appointments, 600), (he_tour_participants, 35), (ae_holiday_home_guests, 260), (it_alloggiati, 240),
    (es_vacation_hosts, 150), (de_meldeschein, 340), (fr_delivery_riders, 56),
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
