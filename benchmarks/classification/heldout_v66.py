"""Held-out set v66 for the column classifier: 15 tables of *European hospitality and travel registration*, one
system per table and each a different organisation, two with English column names (Scotland and Ireland) and
thirteen in German (Tyrol), French, Spanish, Italian, European Portuguese, Dutch, Polish, Swedish, Danish, Czech,
Turkish, romanized Japanese and Greek (Greek script), in snake, camel, Pascal and SCREAMING case and native script,
with abbreviations (``gst_fnm``, ``ctc_ph``, ``addr_ln1``, ``GEB_DATUM``), a source prefix (``src_crm_col17``) and
opaque custom fields holding personal data (``misc_1``, ``Udf03``, ``ATTR7``, ``campo_libero_1``, ``vrij_veld_2``,
``udf_03``, ``pole_2``, ``πεδίο_1``) beside opaque fields holding none (``misc_2``, ``Udf04``, ``ATTR8``,
``campo_libero_2``, ``vrij_veld_1``, ``src_crm_col18``, ``udf_04``, ``pole_1``, ``πεδίο_2``):

* ``bunkhouse.bed_bookings``: a Highlands independent hostel network's bed bookings (the four hostels' names,
  addresses, postcodes and phones; guests from eight countries with OTA relay e-mails, passports of guests from
  abroad, the booking IP, emergency contacts, ``notes2`` the late-arrival phone, ``name`` a dorm's name);
* ``kerry_tours.GuideRoster``: a Killarney coach-tour operator's guide roster (PPSN, Eircodes, IBAN, next of kin,
  tour codes, coach registrations, the coach operator and pickup hotels, the operations manager, ``Udf03`` a landline);
* ``liftkassa.SAISONKARTEN``: a Tyrolean lift company's season passes (SCREAMING case: WTP keycard numbers and chip
  UIDs, tariffs by age, the Austrian social-insurance number of staff passes, corporate passes with the employer's
  UID, instalment IBANs, a child's guardian, the cashier's login, the photo's hash, ``ATTR7`` a parent's mobile);
* ``hotel_semnoz.fiches_individuelles``: an Annecy lakeside hotel's individual police forms for foreign guests (name
  at birth, birthplace, home address abroad, the document's number, the typed signature, the hotel's SIRET);
* ``autocaravanas_turia.contratosAlquiler``: a Valencia camper-van rental's contracts reported to SES.Hospedajes
  (camel case: two surnames, DNI, NIE or passport, the driving licence, a second driver, a deposit card kept in
  clear, its last four digits, the refund IBAN, plates, the GPS tracker's IMEI and last position, the company's CIF);
* ``terme_euganee.prenotazioni_cure``: a Euganean Hills thermal spa's cure bookings (codice fiscale encoding the row,
  the prescribing GP, the spa's doctor and therapist, ``n_impegnativa_ssn`` the health service's prescription number,
  clinical notes, the partner hotels with their partita IVA, the booking clerk's login);
* ``al_algarve.boletinsAlojamento``: an Algarve management company's short-term rentals and the accommodation
  bulletins of their foreign guests (camel case: AL registration numbers, the let flats of private hosts, hosts' NIF,
  mobiles and IBANs, guests' documents, birthplaces and towns of residence, Airbnb relay e-mails, the company's
  NIPC);
* ``camping_veerse_duinen.nachtregister``: a Zeeland campsite's overnight register (full names, document numbers of
  foreign guests, plates, the deposit IBAN, the campsite's KvK and btw numbers, ``src_crm_col17`` a phone or an
  e-mail by row);
* ``bp_wawel_tour.listaUczestnikow``: a Kraków travel agency's coach-tour participants (camel case: second given
  names, PESEL, identity-card series and number, passports, minors' guardians, an emergency contact as one
  ``name, phone`` cell, the tour leader, the organiser's NIP and REGON, a courier tracking number);
* ``vandrarhem_visby.bokningar``: a Visby hostel's bookings (personnummer, Swish numbers, the card's last four
  digits, the hostel's orgnr and phone, the receptionist's login, ``udf_03`` a group leader's name);
* ``nordlys_ekspeditioner.Passagermanifest``: a Copenhagen expedition-cruise line's Greenland manifest (Pascal case:
  middle names, ``Kode`` the CPR number of Danish passengers, passports, next of kin, the expedition leaders, the
  line's CVR, the ship's IMO number, landing coordinates);
* ``penzion_labska.evidence_ubytovanych``: a Krkonoše guesthouse's register of guests kept for the accommodation fee
  and the foreigners' police (rodné číslo, identity-card and passport numbers, the operator's IČO and DIČ, the
  receptionist's family name, ``pole_2`` a fellow guest's phone);
* ``lara_resort.KBS_BILDIRIM``: an Antalya resort hotel's notifications to the police's identity notification system
  KBS (SCREAMING case: T.C. kimlik no, father's and mother's given names, birthplaces, districts and provinces, plates,
  vouchers, the hotel's VKN, the clerk's login and the bridge service);
* ``niseko_snow_school.ressun_yoyaku``: a Niseko ski school's lesson bookings with romanized Japanese column names
  (``shimei`` in kanji or Latin letters, ``shimei_kana``, ``sei_romaji``, ``mei_romaji``, ``seinengappi``,
  ``jusho``, ``ryoken_bango`` of visitors, guardians, instructors, ski length, boot size and height, the school's
  corporate number);
* ``κρουαζιέρες_κέρκυρας.κατάλογος_επιβατών``: a Corfu travel agency's day-cruise passenger list with Greek-script
  column names (patronymics, Greek identity-card numbers, visitors' passports, the pickup hotel and room, the boats'
  IMO numbers, the agency's ΑΦΜ, the escorts, ``πεδίο_1`` an emergency phone).

Written **blind**, like v2 to v65: by someone who has read neither the classifier (``governance_dagster/detect/``) nor
its rules, documentation, tests, changelog, history or notes, only the list of kind names
(``governance_dagster/kinds.py``), how the scorer registers a set (``heldout_v2_accuracy.py``, read, never run), the
*structure* and labeling conventions of v27 (``heldout_v27.py``, ``heldout_v27_values.py``, its test,
``tests/heldout_support.py``), the module docstrings of v24 to v65 (to avoid their domains and follow their labeling
conventions), the ``Column``/``Table`` classes and writer they build on (``heldout_v2.py``, ``heldout_v4.py``), the
ruff section of ``pyproject.toml`` and the sources of python-stdnum and phonenumbers. The classifier was not run on this
set while it was written, no scorer was run on it, and no score of any set was looked at: nothing here was adjusted to
what the classifier does. It was written under a short deadline (about an hour, the tests and lint included), so some
labels below are quick decisions rather than settled conventions. It imports no earlier set's value module: its random
source, name lists, streets, towns, postal codes and identifier builders are its own
(:mod:`benchmarks.classification.heldout_v66_values`; the generic ``Gen`` helpers were copied from v27's).

What is new against v2 to v65: the registration side of travel. Earlier sets touched it at its edges (v4 and v25 hotel
guests and folios, v35 a hotel chain's stays, v37 a Thai hotel's register, v40 a Frisian holiday-rental platform's
hosts, a UK river cruise's manifest and an Australian campervan hire, v48 a Kyoto guesthouse, a Chiang Mai hostel, an
Aegean cruise manifest, a Florence B&B's Alloggiati Web, a Málaga holiday-rental platform, a Bavarian spa-town hotel's
Meldescheine and a Truskavets sanatorium, v62 a Galway hotel's key cards, v63 a Lille ski-trip form); every
organisation and shape here is new, and no country repeats for the same kind of system: the guest registers several
countries require (French police forms, a Dutch nachtregister, Czech evidence ubytovaných, Turkish KBS, Portuguese
accommodation bulletins, a Spanish rental's SES.Hospedajes report), a hostel network and a town hostel, season ski
passes and ski lessons, a thermal spa, coach and boat passenger lists, an expedition cruise and a guide roster.

* identifiers with check digits (python-stdnum): the Irish PPSN and the Austrian social-insurance number (``ssn``,
  the latter encoding the row's birth date), the codice fiscale (the row's name, birth date and comune), PESEL,
  personnummer, CPR and rodné číslo (each encoding the row's birth date; rodné čísla before 1954 with three-digit
  suffixes), T.C. kimlik no, Spanish DNI and NIE, the Portuguese NIF of private hosts (``national_id``); Irish,
  Austrian, German, Spanish, Portuguese and Dutch IBANs; a card number kept in clear (Luhn); passport, identity-card
  and driving-licence numbers (tag ``travel_document``: Dutch passports pass python-stdnum's check, a Polish
  identity card carries its own check digit, the others are shapes); phones of fourteen European countries, Turkey,
  Japan, the United States and Australia (phonenumbers) in national, international, E.164, ``00`` and digits-only forms;
  IPv4 and IPv6;
* decoys with check digits (tag ``check_digit``, all ``none``): an Austrian UID, a SIRET, a CIF, an IMEI, a partita
  IVA, a Portuguese NIPC, a Dutch btw number, NIP and REGON, a Swedish orgnr, a CVR, IMO numbers, IČO and DIČ, a VKN,
  a Japanese corporate number and a Greek ΑΦΜ;
* other decoys (tag ``decoy``; ``value_shape`` when shaped like an identifier or a personal value): booking, contract,
  voucher, reservation, police-report and AL registration numbers, WTP keycard numbers and chip UIDs, beds, rooms,
  pitches and cabins, tour and voyage codes, Fáilte badge and Garda vetting references, prescription numbers,
  insurance policies, membership and ship cards, accessory and rental SKUs, a courier tracking number, an order
  number of nine digits, plates (tag ``vehicle``), coordinates (tag ``coordinates``), hashes (tag ``hashed``), app and
  kiosk versions, timestamps, prices, ages, heights and boot sizes; names that look like people's (tag ``name_like``:
  ``Morag's Room``, ``Casa da Avó Rosa``, ``Hotel Villa Clelia``, a boat named ``Κέρκυρα Star``);
* dates of birth as DATE, ``dd/mm/yyyy``, ``dd.mm.yyyy``, ``d.m.yyyy``, ``dd-mm-yyyy``, ``yyyy-mm-dd`` and
  ``yyyy/mm/dd``.

Tags: ``decoy``, ``business``, ``null_heavy``, ``nullword_heavy``, ``abbrev``, ``opaque``, ``username``, ``audit``,
``service_account``, ``staff``, ``role_word``, ``join_key``, ``value_shape``, ``misleading``, ``partial``,
``check_digit``, ``vehicle``, ``premises``, ``travel_document``, ``relay_email``, ``name_like``, ``mixed_kinds``,
``coordinates``, ``hashed``, ``typed_signature``.

Labeling choices a reader may question:

* passport, identity-card and driving-licence numbers are ``national_id`` (kinds.py names a passport's and a driving
  licence's); the Irish PPSN and the Austrian SVNr are ``ssn`` (kinds.py: every country's social-security number);
  the Portuguese NIF of a private host is ``national_id`` (a personal tax number), a management company's NIPC is
  ``none``; the Spanish ``permisoConducir`` repeats the DNI for Spaniards and is ``national_id`` throughout;
* ``Kode`` (CPR numbers without the dash) is ``national_id`` (tag ``misleading``); ``notes2`` (the late-arrival
  phone) is ``phone``; ``name`` (a dorm's name) and ``n_impegnativa_ssn`` (a prescription number of the Servizio
  Sanitario Nazionale, whose abbreviation is SSN) are ``none`` (tag ``misleading``);
* a father's and a mother's given names on a Turkish form (``BABA_ADI``, ``ANA_ADI``) are ``first_name`` (given
  names of other people, as middle names are ``first_name``); a Greek ``πατρώνυμο`` is ``person_name`` (a patronymic,
  v2's rule); second given names (``drugieImie``, ``Mellemnavn``) and a tour guide's ``PreferredName`` are
  ``first_name``; ``nom_de_naissance`` is ``last_name``; ``shimei`` and ``shimei_kana`` (full name and its reading)
  are ``person_name``; a typed ``signature`` is ``person_name``;
* an emergency contact written as ``name, phone`` in one cell (``kontaktAwaryjny``) is ``free_text`` (tag
  ``mixed_kinds``), like ``src_crm_col17`` (a phone or an e-mail by row); separate next-of-kin name and phone columns
  are ``person_name`` and ``phone``; remarks naming people are ``free_text``;
* a private host's let flat (``moradaAlojamento``, ``codigoPostalAlojamento``, ``localidadeAlojamento``) is
  ``street_address``, ``postal_code`` and ``city`` (tag ``premises``); the property's name is ``none``; hostels,
  hotels, pickup points, the campsite, the guesthouse's operator, the coach operators and selling agencies are
  ``none`` (tag ``business``), so are their phones, addresses and tax numbers;
* birthplaces (``lieu_naissance``, ``luogo_nascita``, ``localNascimento``, ``DOGUM_YERI``) and a Turkish ``ILCE``
  (a district of a province) are ``city``; ``IL``, ``provincia``, ``conductorProvincia``, ``wojewodztwo``,
  ``todofuken`` and ``County`` are ``none``; nationality, sex, country, document type,
  tariff, age, height and boot size are ``none``;
* the Swish number a payer used is ``phone`` (a private Swish number is a mobile number); the last four digits of a
  card are ``none`` (tag ``partial``); the card kept in clear (``tarjetaFianza``) is ``credit_card``;
* OTA relay addresses (``...@guest.booking.com``, ``...@guest.airbnb.com``) are ``email`` (tag ``relay_email``);
* a rented van's last GPS position and an expedition's landing coordinates are ``none`` (tag ``coordinates``), as in
  earlier sets;
* staff are ``person_name`` (tag ``staff``, 2 to 8 distinct), ``first_name`` when only a first name is kept
  (``receptionniste``, ``agenteMostrador``, ``terapista``, ``receptie_medewerker``) and ``last_name`` when only a
  family name (``recepcni``); cashiers', clerks' and receptionists' logins are ``unclassified`` (tag ``username``);
  a roster sync and a KBS bridge are ``none`` (tag ``service_account``).

Labeling rules otherwise as v27 (see :mod:`benchmarks.classification.heldout_v27`). ``null_heavy`` means 50-95% NULL,
``nullword_heavy`` 70-95% NULL words. Rows per table: 310 to 470.

Every value is generated here from :data:`SEED` (one ``random.Random`` per table, named after its builder) with
python-stdnum for check digits, phonenumbers for phone validity and formats, and the lists of names, streets, towns and
postal codes of :mod:`benchmarks.classification.heldout_v66_values`, written for v66 (no Faker, no list of real
people, no breach data). Build: ``python -m benchmarks.classification.heldout_v66 [PATH]`` (default
``/tmp/heldout_v66.duckdb``). Score: ``python -m benchmarks.classification.heldout_v2_accuracy --set v66``.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

from benchmarks.classification import heldout_v4
from benchmarks.classification import heldout_v66_values as v
from benchmarks.classification.heldout_v2 import Column, Table
from benchmarks.classification.heldout_v66_values import NULLISH, SEED, USERNAME, Gen, N, c

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

DEFAULT_PATH = Path("/tmp/heldout_v66.duckdb")

NULLWORD = "nullword_heavy"  # 70-95% NULL-like strings and empty strings (few real NULLs)
HEAVY = "null_heavy"  # 50-95% NULL
SHAPE = "value_shape"  # a decoy shaped like an identifier or a personal value
MISLEADING = "misleading"  # a name that points at another kind than the values hold
STAFF = "staff"  # staff named in a column with few distinct values
ROLE = "role_word"  # people under a role word (next of kin, guardian, host, prescriber ...)
ABBREV = "abbrev"
OPAQUE = "opaque"  # misc_1, udf_03, ATTR7, src_crm_col17 ...
AUDIT = "audit"
USER = "username"
SERVICE = "service_account"
KEY = "join_key"
PARTIAL = "partial"  # the last four digits of a card: none
CHECK = "check_digit"  # a business's or a device's number passing its check digit: none
VEHICLE = "vehicle"  # a licence plate: none
PREMISES = "premises"  # a private host's let flat or house
TRAVEL_DOC = "travel_document"  # a passport or identity-card number (national_id)
RELAY = "relay_email"  # an OTA relay address that reaches the guest (email)
NAME_LIKE = "name_like"  # a dorm, property or ship named like a person (none)
MIXED = "mixed_kinds"  # a column holding several kinds by row (free_text)
COORD = "coordinates"
HASHED = "hashed"
SIGNATURE = "typed_signature"

#: country key of the value module -> region of phonenumbers, ISO 3166 alpha-2 and alpha-3
REGION = {
    "gb": "GB",
    "ie": "IE",
    "us": "US",
    "de": "AT",
    "de_de": "DE",
    "fr": "FR",
    "es": "ES",
    "it": "IT",
    "pt": "PT",
    "nl": "NL",
    "pl": "PL",
    "se": "SE",
    "dk": "DK",
    "cz": "CZ",
    "tr": "TR",
    "jp": "JP",
    "el": "GR",
    "au": "AU",
}
ISO3 = {
    "gb": "GBR",
    "ie": "IRL",
    "us": "USA",
    "de": "AUT",
    "de_de": "DEU",
    "fr": "FRA",
    "es": "ESP",
    "it": "ITA",
    "pt": "PRT",
    "nl": "NLD",
    "pl": "POL",
    "se": "SWE",
    "dk": "DNK",
    "cz": "CZE",
    "tr": "TUR",
    "jp": "JPN",
    "el": "GRC",
    "au": "AUS",
}


@dataclass(frozen=True)
class Guest:
    """One person of a table: where they live, their names and birth date."""

    country: str
    female: bool
    first: str
    last: str
    born: date
    street: str
    postcode: str
    town: str

    @property
    def region(self) -> str:
        return REGION[self.country]


def _guest(g: Gen, country: str, lo: int = 1940, hi: int = 2012) -> Guest:
    female = g.rnd.random() < 0.5
    first, last = v.person(g, country, female)
    street, pc, town = v.home(g, country)
    return Guest(country, female, first, last, g.birth(lo, hi), street, pc, town)


def _guests(g: Gen, mix: dict[str, float], lo: int = 1940, hi: int = 2012) -> list[Guest]:
    countries, weights = list(mix), list(mix.values())
    return [_guest(g, g.rnd.choices(countries, weights)[0], lo, hi) for _ in range(g.rows)]


def _words(*extra: str) -> tuple[str, ...]:
    return ("", "-", "NULL", "n/a", "N/A") + extra


def _staff(g: Gen, n: int, make: Callable[[], str]) -> list[str]:
    out: set[str] = set()
    while len(out) < n:
        out.add(make())
    return sorted(out)


def _logins(g: Gen, n: int, lang: str) -> list[str]:
    def one() -> str:
        a, b = v.person(g, lang)
        a, b = v.plain(a), v.plain(b)
        return g.rnd.choice([f"{a[0]}{b}", f"{a}.{b}", f"{b[:5]}{a[0]}", f"{a[:3]}{b[:3]}"])

    return _staff(g, n, one)


def _phone_of(g: Gen, p: Guest, formats: dict[str, float]) -> str:
    names, weights = list(formats), list(formats.values())
    return g.phone(p.region, g.rnd.choices(names, weights)[0])


def _later(g: Gen, starts: list[date], lo: int, hi: int) -> list[date]:
    return [s + timedelta(days=g.rnd.randint(lo, hi)) for s in starts]


def _dob(d: date, style: str) -> str:
    return {
        "dmy/": f"{d:%d/%m/%Y}",
        "dmy.": f"{d:%d.%m.%Y}",
        "dmy-": f"{d:%d-%m-%Y}",
        "iso": d.isoformat(),
        "ymd/": f"{d:%Y/%m/%d}",
        "cz": f"{d.day}.{d.month}.{d.year}",
    }[style]


# -- English: a Highlands hostel network, a Kerry tour operator --------------------------------------------------------


def gb_hostel_beds(g: Gen) -> Table:
    """A Highlands independent hostel network's bed bookings (snake case with a loader's abbreviations): four hostels
    (their names, addresses, postcodes and phones: ``none``), the guest's names, e-mail (some OTA relay addresses),
    phone, home address, date of birth, nationality and passport number (guests from abroad only), the bed, the
    booking IP, an emergency contact, ``notes2`` (the late-arrival phone), ``misc_1`` (a group organiser's e-mail),
    ``misc_2`` (a hostel-card number), the receptionist's login."""
    hostels = [
        ("Glen Nevis Bunkhouse", "Glen Nevis, Achintee Road", "PH33 6TE", "01397 700 416"),
        ("Portree Harbour Hostel", "4 Bosville Terrace", "IV51 9DG", "01478 611 203"),
        ("Glencoe Bothy Hostel", "Old Military Road", "PH49 4HX", "01855 811 390"),
        ("Inverness Riverside Hostel", "17 Ness Walk", "IV3 5SQ", "01463 222 871"),
    ]
    hostel = [g.rnd.randrange(4) for _ in range(g.rows)]
    people = _guests(
        g, {"gb": 0.5, "us": 0.1, "de_de": 0.1, "nl": 0.08, "fr": 0.06, "au": 0.08, "it": 0.04, "es": 0.04}
    )
    logins = _logins(g, 5, "gb")
    rooms = ["Ben Nevis Dorm", "Morag's Room", "Cuillin Dorm", "Flora MacDonald Room", "Bothy Bunks", "Torridon Twin"]

    def mail(p: Guest) -> str:
        if g.rnd.random() < 0.25:
            return f"{v.plain(p.first)[:6]}.{g.digits(6)}@guest.booking.com"
        return v.email_of(g, p.first, p.last, v.DOMAINS.get(p.country, v.DOMAINS["gb"]))

    def note() -> str:
        return g.phone(g.rnd.choice(["GB", "GB", "DE", "NL", "US"]), g.rnd.choice(["intl", "e164"]))

    checkin = g.days("2025-04-01", "2025-10-31")
    return Table(
        "bunkhouse.bed_bookings",
        "en",
        "snake",
        [
            c("booking_id", N, "BIGINT", g.keys(550_001), "decoy", KEY),
            c("booking_ref", N, "VARCHAR", g.col(lambda: g.code("HH-ZZZZZZ")), "decoy", SHAPE),
            c("hostel_name", N, "VARCHAR", [hostels[i][0] for i in hostel], "business"),
            c("hostel_addr_ln1", N, "VARCHAR", [hostels[i][1] for i in hostel], "business", ABBREV),
            c("hostel_postcode", N, "VARCHAR", [hostels[i][2] for i in hostel], "business"),
            c("hostel_tel", N, "VARCHAR", [hostels[i][3] for i in hostel], "business", ABBREV),
            c("name", N, "VARCHAR", g.col(g.pick(rooms)), "decoy", MISLEADING, NAME_LIKE),
            c("gst_fnm", "first_name", "VARCHAR", [p.first for p in people], ABBREV),
            c("gst_lnm", "last_name", "VARCHAR", [p.last for p in people], ABBREV),
            c("gst_email", "email", "VARCHAR", [mail(p) for p in people], RELAY),
            c(
                "ctc_ph",
                "phone",
                "VARCHAR",
                [_phone_of(g, p, {"intl": 0.5, "e164": 0.3, "national": 0.2}) for p in people],
                ABBREV,
            ),
            c("addr_ln1", "street_address", "VARCHAR", [p.street for p in people], ABBREV),
            c("addr_town", "city", "VARCHAR", [p.town for p in people], ABBREV),
            c("addr_pcode", "postal_code", "VARCHAR", [p.postcode for p in people], ABBREV),
            c("addr_ctry", N, "VARCHAR", [REGION[p.country] for p in people], "decoy", ABBREV),
            c(
                "gst_dob",
                "date_of_birth",
                "VARCHAR",
                [None if g.rnd.random() < 0.1 else _dob(p.born, "dmy/") for p in people],
                ABBREV,
            ),
            c("nationality", N, "VARCHAR", [ISO3[p.country] for p in people], "decoy"),
            c(
                "passport_no",
                "national_id",
                "VARCHAR",
                [None if p.country == "gb" or g.rnd.random() < 0.15 else v.passport(g, p.country) for p in people],
                HEAVY,
                TRAVEL_DOC,
            ),
            c("bed_no", N, "VARCHAR", g.col(lambda: f"D{g.rnd.randint(1, 9)}-B{g.rnd.randint(1, 12)}"), "decoy", SHAPE),
            c(
                "room_type",
                N,
                "VARCHAR",
                g.col(g.pick(["6-bed mixed", "4-bed female", "twin private", "family room"])),
                "decoy",
            ),
            c("checkin_date", N, "DATE", checkin, "decoy"),
            c("nights", N, "INTEGER", g.ints(1, 6), "decoy"),
            c("amount_gbp", N, "DECIMAL(8,2)", g.amounts(24, 390), "decoy"),
            c("card_last4", N, "VARCHAR", g.col(lambda: g.digits(4), 0.2), PARTIAL, "decoy"),
            c("booking_ip", "ip_address", "VARCHAR", g.col(lambda: g.ip(0.35), 0.3)),
            c(
                "emergency_ctc_nm",
                "person_name",
                "VARCHAR",
                [None if g.rnd.random() < 0.25 else v.whole(g, p.country) for p in people],
                ROLE,
                ABBREV,
            ),
            c(
                "emergency_ctc_ph",
                "phone",
                "VARCHAR",
                [None if g.rnd.random() < 0.25 else _phone_of(g, p, {"intl": 0.7, "national": 0.3}) for p in people],
                ABBREV,
            ),
            c("notes2", "phone", "VARCHAR", g.col(note, 0.65), MISLEADING, HEAVY),
            c("misc_1", "email", "VARCHAR", g.col(lambda: v.email(g, "gb"), 0.7), OPAQUE, HEAVY),
            c("misc_2", N, "VARCHAR", g.col(lambda: g.code("HC 9999 9999"), 0.4), OPAQUE, "decoy", SHAPE),
            c("created_by", USERNAME, "VARCHAR", g.col(g.pick(logins)), USER, AUDIT),
            c("channel", N, "VARCHAR", g.col(g.pick(["Hostelworld", "Booking.com", "direct", "walk-in"])), "decoy"),
            c("created_at", N, "TIMESTAMP", g.moments("2025-01-05", "2025-09-30"), "decoy"),
        ],
    )


def ie_guide_roster(g: Gen) -> Table:
    """A Killarney coach-tour operator's guide roster (Pascal case): one row per guide and tour day; the guide's
    names and preferred name, date of birth, PPSN, mobile, e-mail, home address with Eircode, IBAN, next of kin, the
    tour (code, name, date), the coach's registration, the coach operator and its phone, the pickup point (hotels),
    the operations manager who rostered the day, ``Udf03`` (the guide's landline) and ``Udf04`` (a certificate)."""
    guides = []
    for _ in range(38):
        female = g.rnd.random() < 0.5
        first, last = v.person(g, "ie", female)
        street, pc, town = v.home(g, "ie")
        guides.append(
            {
                "id": g.rnd.randint(100, 999),
                "first": first,
                "last": last,
                "pref": g.rnd.choice([first, first, first, v.given(g, "ie")]),
                "born": g.birth(1952, 2001),
                "pps": v.ie_pps(g),
                "mob": g.phone("IE", g.rnd.choice(["national", "national", "intl"])),
                "mail": v.email_of(g, first, last, v.DOMAINS["ie"]),
                "street": street,
                "line2": None
                if g.rnd.random() < 0.7
                else g.rnd.choice(["Ballycasheen", "Aghadoe", "Fossa", "Lissivigeen"]),
                "town": town,
                "county": g.rnd.choice(["Kerry", "Kerry", "Cork", "Limerick", "Clare"]),
                "eir": pc,
                "iban": v.iban(g, "IE", g.rnd.random() < 0.5),
                "nok": v.whole(g, "ie"),
                "nok_ph": g.phone("IE", "national"),
                "badge": g.code("NTG-9999"),
                "lang": g.rnd.choice(["EN", "EN;DE", "EN;FR", "EN;ES;IT", "EN;GA"]),
                "udf3": g.phone("IE", "national", mobile=False) if g.rnd.random() < 0.6 else None,
                "udf4": g.rnd.choice(["First Aid L3", "PHECC FAR", "Cert. exp. 2026", None]),
                "vet": g.code("GV-2024-9999999"),
            }
        )
    row = [g.rnd.choice(guides) for _ in range(g.rows)]
    tours = [
        ("RK", "Ring of Kerry Full Day"),
        ("GD", "Gap of Dunloe & Boat"),
        ("SK", "Skellig Ring"),
        ("DP", "Dingle Peninsula"),
        ("KM", "Killarney Lakes & Muckross House"),
    ]
    tour = [g.rnd.choice(tours) for _ in range(g.rows)]
    ops = _staff(g, 3, lambda: v.whole(g, "ie"))
    operators = [
        ("Lakeland Coaches Ltd", "064 663 1122"),
        ("Kingdom Coach Hire", "066 712 0456"),
        ("Reeks Travel", "064 664 4870"),
    ]
    operator = [g.rnd.choice(operators) for _ in range(g.rows)]
    days = g.days("2025-04-01", "2025-10-15")
    return Table(
        "kerry_tours.GuideRoster",
        "en",
        "Pascal",
        [
            c("RosterLineId", N, "BIGINT", g.keys(20_001), "decoy", KEY),
            c("GuideId", N, "INTEGER", [r["id"] for r in row], "decoy", KEY),
            c("FirstName", "first_name", "VARCHAR", [r["first"] for r in row]),
            c("Surname", "last_name", "VARCHAR", [r["last"] for r in row]),
            c("PreferredName", "first_name", "VARCHAR", [r["pref"] for r in row]),
            c("DateOfBirth", "date_of_birth", "DATE", [r["born"] for r in row]),
            c("PPSN", "ssn", "VARCHAR", [r["pps"] for r in row]),
            c("MobileNo", "phone", "VARCHAR", [r["mob"] for r in row]),
            c("Email", "email", "VARCHAR", [r["mail"] for r in row]),
            c("HomeAddressLine1", "street_address", "VARCHAR", [r["street"] for r in row]),
            c("HomeAddressLine2", "street_address", "VARCHAR", [r["line2"] for r in row], HEAVY),
            c("HomeTown", "city", "VARCHAR", [r["town"] for r in row]),
            c("County", N, "VARCHAR", [r["county"] for r in row], "decoy"),
            c("Eircode", "postal_code", "VARCHAR", [r["eir"] for r in row]),
            c("BankIBAN", "iban", "VARCHAR", [r["iban"] for r in row]),
            c("NextOfKinName", "person_name", "VARCHAR", [r["nok"] for r in row], ROLE),
            c("NextOfKinPhone", "phone", "VARCHAR", [r["nok_ph"] for r in row]),
            c("FailteBadgeNo", N, "VARCHAR", [r["badge"] for r in row], "decoy", SHAPE),
            c("Languages", N, "VARCHAR", [r["lang"] for r in row], "decoy"),
            c(
                "TourCode",
                N,
                "VARCHAR",
                [f"{t[0]}-{d:%m%d}-{g.rnd.choice('AB')}" for t, d in zip(tour, days)],
                "decoy",
                SHAPE,
            ),
            c("TourName", N, "VARCHAR", [t[1] for t in tour], "decoy"),
            c("TourDate", N, "DATE", days, "decoy"),
            c(
                "VehicleReg",
                N,
                "VARCHAR",
                g.col(lambda: f"{g.rnd.choice(['191', '221', '232', '241'])}-KY-{g.rnd.randint(100, 9999)}"),
                "decoy",
                VEHICLE,
            ),
            c("CoachOperator", N, "VARCHAR", [o[0] for o in operator], "business"),
            c("OperatorPhone", N, "VARCHAR", [o[1] for o in operator], "business"),
            c(
                "PickupPoint",
                N,
                "VARCHAR",
                g.col(
                    g.pick(
                        [
                            "Killarney Plaza Hotel",
                            "The Malton",
                            "Gleneagle Hotel",
                            "Killarney Bus Station",
                            "Muckross Park Hotel",
                        ]
                    )
                ),
                "business",
            ),
            c("RosteredBy", "person_name", "VARCHAR", g.col(g.pick(ops)), STAFF),
            c("DayRateEur", N, "DECIMAL(8,2)", g.col(g.pick([160.0, 175.0, 190.0, 210.0])), "decoy"),
            c("GardaVettingRef", N, "VARCHAR", [r["vet"] for r in row], "decoy", SHAPE),
            c("Udf03", "phone", "VARCHAR", [r["udf3"] for r in row], OPAQUE),
            c("Udf04", N, "VARCHAR", [r["udf4"] for r in row], OPAQUE, "decoy"),
            c("LastModifiedBy", N, "VARCHAR", g.col(g.pick(["roster-sync", "svc_rostering"])), SERVICE, AUDIT),
            c("LastModifiedAt", N, "TIMESTAMP", g.moments("2025-03-01", "2025-10-15"), "decoy"),
        ],
    )


# -- German (Tyrol), French, Spanish, Italian, Portuguese --------------------------------------------------------------


def at_season_passes(g: Gen) -> Table:
    """A Tyrolean lift company's season passes (SCREAMING case, a ticketing system's export): the keycard's WTP
    number and chip UID, the holder's names, birth date (for the tariff), the social-insurance number (staff passes
    only), address, phone, e-mail, the photo's hash, tariff, validity and price, the till and cashier's login, the
    employer of a corporate pass and its UID, the IBAN of instalment payers, a child's guardian, entries, remarks,
    ``ATTR7`` (a parent's mobile) and ``ATTR8`` (a ski-club number)."""
    people = _guests(g, {"de": 0.72, "de_de": 0.2, "nl": 0.08}, 1942, 2021)
    tariffs = [
        (
            "Kind"
            if p.born.year >= 2010
            else "Jugend"
            if p.born.year >= 2004
            else "Senior"
            if p.born.year <= 1960
            else g.rnd.choice(["Erwachsener", "Erwachsener", "Mitarbeiter", "Einheimische"])
        )
        for p in people
    ]
    cashiers = _logins(g, 4, "de")
    firms = [
        ("Tiroler Rohrwerke GmbH", v.at_uid(g)),
        ("Alpenkraft Energie AG", v.at_uid(g)),
        ("Stubaier Sportservice KG", v.at_uid(g)),
    ]
    firm = [g.rnd.choice(firms) if t == "Erwachsener" and g.rnd.random() < 0.35 else None for t in tariffs]
    kid = [t == "Kind" for t in tariffs]

    def remark() -> str:
        return g.rnd.choice(
            [
                f"Karte verloren, Ersatz an {v.whole(g, 'de')} ausgegeben",
                "Foto neu aufgenommen",
                f"Mutter {v.given(g, 'de')} holt Karte ab",
                "Rückerstattung wg. Verletzung (Attest)",
            ]
        )

    start = g.days("2025-11-20", "2025-12-15")
    return Table(
        "liftkassa.SAISONKARTEN",
        "de",
        "SCREAMING",
        [
            c("KARTEN_ID", N, "BIGINT", g.keys(8_800_001), "decoy", KEY),
            c("WTP_NUMMER", N, "VARCHAR", g.col(lambda: g.code("01-1614 9999 9999 9999-9")), "decoy", SHAPE),
            c("CHIP_UID", N, "VARCHAR", g.col(lambda: g.code("E004xxxxxxxxxxxx").upper()), "decoy", SHAPE),
            c("VORNAME", "first_name", "VARCHAR", [p.first for p in people]),
            c("NACHNAME", "last_name", "VARCHAR", [p.last for p in people]),
            c("GEB_DATUM", "date_of_birth", "VARCHAR", [_dob(p.born, "dmy.") for p in people], ABBREV),
            c("TARIF", N, "VARCHAR", tariffs, "decoy"),
            c(
                "SVNR",
                "ssn",
                "VARCHAR",
                [
                    v.at_svnr(g, p.born) if t == "Mitarbeiter" and p.country == "de" else None
                    for p, t in zip(people, tariffs)
                ],
                HEAVY,
                ABBREV,
            ),
            c("STRASSE", "street_address", "VARCHAR", [p.street for p in people]),
            c("PLZ", "postal_code", "VARCHAR", [p.postcode for p in people], ABBREV),
            c("ORT", "city", "VARCHAR", [p.town for p in people]),
            c("LAND", N, "VARCHAR", [REGION[p.country] for p in people], "decoy"),
            c(
                "TELEFON",
                "phone",
                "VARCHAR",
                [
                    None if g.rnd.random() < 0.2 else _phone_of(g, p, {"national": 0.5, "intl": 0.3, "00": 0.2})
                    for p in people
                ],
            ),
            c(
                "EMAIL",
                "email",
                "VARCHAR",
                [
                    None
                    if g.rnd.random() < 0.15
                    else v.email_of(g, p.first, p.last, v.DOMAINS.get(p.country, v.DOMAINS["de"]))
                    for p in people
                ],
            ),
            c("FOTO_HASH", N, "VARCHAR", g.col(lambda: v.sha1(g)), "decoy", HASHED),
            c("GUELTIG_AB", N, "DATE", start, "decoy"),
            c("GUELTIG_BIS", N, "DATE", _later(g, start, 120, 150), "decoy"),
            c("PREIS_EUR", N, "DECIMAL(8,2)", g.col(g.pick([389.0, 512.5, 698.0, 795.0, 870.0])), "decoy"),
            c(
                "KASSA",
                N,
                "VARCHAR",
                g.col(g.pick(["Kassa 1 Talstation", "Kassa 2 Talstation", "Webshop", "Kassa Mitte"])),
                "decoy",
            ),
            c("KASSIER", USERNAME, "VARCHAR", g.col(g.pick(cashiers)), USER, AUDIT),
            c("KIOSK_VERSION", N, "VARCHAR", g.col(g.version), "decoy", SHAPE),
            c("FIRMA", N, "VARCHAR", [f[0] if f else None for f in firm], "business"),
            c("FIRMA_UID", N, "VARCHAR", [f[1] if f else None for f in firm], "business", CHECK),
            c(
                "IBAN",
                "iban",
                "VARCHAR",
                [
                    v.iban(g, "DE" if p.country == "de_de" else "AT", g.rnd.random() < 0.5)
                    if g.rnd.random() < 0.25 and p.country != "nl"
                    else None
                    for p in people
                ],
                HEAVY,
            ),
            c(
                "ERZIEHUNGSBERECHTIGTER",
                "person_name",
                "VARCHAR",
                [f"{v.given(g, p.country)} {p.last}" if k else None for p, k in zip(people, kid)],
                ROLE,
                HEAVY,
            ),
            c("ZUTRITTE", N, "INTEGER", g.ints(0, 140), "decoy"),
            c("LETZTER_ZUTRITT", N, "TIMESTAMP", g.moments("2025-12-01", "2026-03-31", 0.1), "decoy"),
            c(
                "LETZTER_LIFT",
                N,
                "VARCHAR",
                g.col(g.pick(["Gletscherbahn I", "Daunjoch-Sesselbahn", "Eisgratbahn", "Schlepplift Mutterberg"])),
                "decoy",
            ),
            c("BEMERKUNG", "free_text", "VARCHAR", g.sparse(remark, 0.8, _words("keine", "k.A.")), NULLWORD),
            c(
                "ATTR7",
                "phone",
                "VARCHAR",
                [g.phone(p.region, "national") if k else None for p, k in zip(people, kid)],
                OPAQUE,
                HEAVY,
            ),
            c(
                "ATTR8",
                N,
                "VARCHAR",
                g.col(lambda: f"SC {g.rnd.choice(['Axams', 'Telfes', 'Neustift'])} {g.rnd.randint(100, 2999)}", 0.6),
                OPAQUE,
                "decoy",
            ),
        ],
    )


def fr_fiches_police(g: Gen) -> Table:
    """An Annecy lakeside hotel's individual police forms for foreign guests (snake case): the room, the family name
    and the name at birth, given names, birth date and place, nationality, home address abroad, the identity
    document's type, number and issue date, arrival and planned departure, children under 15, phone, e-mail, the
    guest's typed signature, the receptionist's first name, the hotel's SIRET and address, the reservation, the
    tourist tax, observations."""
    people = _guests(
        g,
        {"gb": 0.2, "us": 0.12, "de_de": 0.15, "it": 0.15, "es": 0.1, "nl": 0.1, "au": 0.06, "pl": 0.06, "se": 0.06},
        1938,
        2008,
    )
    nat = {
        "gb": "britannique",
        "us": "américaine",
        "de_de": "allemande",
        "it": "italienne",
        "es": "espagnole",
        "nl": "néerlandaise",
        "au": "australienne",
        "pl": "polonaise",
        "se": "suédoise",
    }
    pays = {
        "gb": "Royaume-Uni",
        "us": "États-Unis",
        "de_de": "Allemagne",
        "it": "Italie",
        "es": "Espagne",
        "nl": "Pays-Bas",
        "au": "Australie",
        "pl": "Pologne",
        "se": "Suède",
    }
    staff = _staff(g, 4, lambda: v.given(g, "fr"))
    siret = v.fr_siret(g)
    arrive = g.days("2025-05-01", "2025-09-30")

    def obs() -> str:
        return g.rnd.choice(
            [
                f"Accompagné de {v.whole(g, 'it')}, chambre communicante",
                "Arrivée tardive 23h30",
                f"Facture au nom de {v.whole(g, 'gb')}",
                "Pièce d'identité vérifiée au comptoir",
            ]
        )

    return Table(
        "hotel_semnoz.fiches_individuelles",
        "fr",
        "snake",
        [
            c("id_fiche", N, "BIGINT", g.keys(30_001), "decoy", KEY),
            c("num_chambre", N, "VARCHAR", g.col(lambda: f"{g.rnd.randint(1, 4)}{g.rnd.randint(1, 24):02d}"), "decoy"),
            c("nom", "last_name", "VARCHAR", [p.last.upper() for p in people]),
            c(
                "nom_de_naissance",
                "last_name",
                "VARCHAR",
                [v.person(g, p.country)[1].upper() if p.female and g.rnd.random() < 0.25 else None for p in people],
                HEAVY,
            ),
            c(
                "prenoms",
                "first_name",
                "VARCHAR",
                [
                    p.first if g.rnd.random() < 0.8 else f"{p.first} {v.person(g, p.country, p.female)[0]}"
                    for p in people
                ],
            ),
            c("date_naissance", "date_of_birth", "VARCHAR", [_dob(p.born, "dmy/") for p in people]),
            c("lieu_naissance", "city", "VARCHAR", [v.town(g, p.country)[0] for p in people]),
            c("pays_naissance", N, "VARCHAR", [pays[p.country] for p in people], "decoy"),
            c("nationalite", N, "VARCHAR", [nat[p.country] for p in people], "decoy"),
            c("adresse_domicile", "street_address", "VARCHAR", [p.street for p in people]),
            c("ville_domicile", "city", "VARCHAR", [p.town for p in people]),
            c("code_postal_domicile", "postal_code", "VARCHAR", [p.postcode for p in people]),
            c("pays_domicile", N, "VARCHAR", [pays[p.country] for p in people], "decoy"),
            c(
                "type_piece",
                N,
                "VARCHAR",
                [
                    g.rnd.choice(["Passeport", "Carte d'identité"])
                    if p.country not in ("gb", "us", "au")
                    else "Passeport"
                    for p in people
                ],
                "decoy",
            ),
            c("numero_piece", "national_id", "VARCHAR", [v.passport(g, p.country) for p in people], TRAVEL_DOC),
            c("date_delivrance", N, "DATE", g.days("2016-01-01", "2025-03-31"), "decoy"),
            c("date_arrivee", N, "DATE", arrive, "decoy"),
            c("date_depart_prevue", N, "DATE", _later(g, arrive, 1, 9), "decoy"),
            c("enfants_moins_15", N, "INTEGER", g.col(g.pick([0, 0, 0, 1, 2])), "decoy"),
            c(
                "telephone",
                "phone",
                "VARCHAR",
                [_phone_of(g, p, {"intl": 0.6, "e164": 0.2, "00": 0.2}) for p in people],
            ),
            c(
                "courriel",
                "email",
                "VARCHAR",
                [
                    None if g.rnd.random() < 0.2 else v.email_of(g, p.first, p.last, v.DOMAINS[p.country])
                    for p in people
                ],
            ),
            c(
                "signature",
                "person_name",
                "VARCHAR",
                [f"{p.first[0]}. {p.last}" if g.rnd.random() < 0.4 else f"{p.first} {p.last}" for p in people],
                SIGNATURE,
            ),
            c("receptionniste", "first_name", "VARCHAR", g.col(g.pick(staff)), STAFF),
            c("hotel_siret", N, "VARCHAR", [siret] * g.rows, "business", CHECK),
            c("hotel_adresse", N, "VARCHAR", ["18 route du Semnoz, 74000 Annecy"] * g.rows, "business"),
            c("num_reservation", N, "VARCHAR", g.col(lambda: g.code("RES-999999")), "decoy", SHAPE),
            c("canal", N, "VARCHAR", g.col(g.pick(["Booking.com", "Expedia", "Direct", "Téléphone"])), "decoy"),
            c("taxe_sejour_eur", N, "DECIMAL(6,2)", g.amounts(1.1, 18.0), "decoy"),
            c("observations", "free_text", "VARCHAR", g.sparse(obs, 0.8, _words("RAS", "néant")), NULLWORD),
        ],
    )


def es_campervan_contracts(g: Gen) -> Table:
    """A Valencia camper-van rental's contracts (camel case), reported to SES.Hospedajes: the contract, the van's
    plate and model, the driver's names (two surnames for Spaniards), DNI, NIE or passport, birth date, driving
    licence, phone, e-mail and address, a second driver, the deposit card kept in clear by an old module, its last four
    digits, the refund IBAN, pick-up and return, mileage, the office and the company's CIF, the GPS tracker's IMEI and
    last position, accessory SKUs, the counter agent."""
    people = _guests(g, {"es": 0.55, "de_de": 0.12, "nl": 0.1, "fr": 0.08, "gb": 0.08, "it": 0.07}, 1945, 2002)

    def surnames(p: Guest) -> str:
        return f"{p.last} {v.person(g, 'es')[1]}" if p.country == "es" else p.last

    def document(p: Guest) -> str:
        if p.country == "es":
            return v.es_dni(g) if g.rnd.random() < 0.85 else v.es_nie(g)
        return v.passport(g, p.country)

    docs = [document(p) for p in people]
    second = [g.rnd.random() < 0.4 for _ in range(g.rows)]
    agents = _staff(g, 4, lambda: v.given(g, "es"))
    cif = v.es_cif(g)
    pickup = g.moments("2025-03-01", "2025-10-31")
    lat = [round(g.rnd.uniform(36.5, 43.5), 5) for _ in range(g.rows)]
    return Table(
        "autocaravanas_turia.contratosAlquiler",
        "es",
        "camel",
        [
            c("idContrato", N, "BIGINT", g.keys(4_001), "decoy", KEY),
            c("numContrato", N, "VARCHAR", g.col(lambda: f"AC-2025-{g.digits(6)}"), "decoy", SHAPE),
            c("fechaContrato", N, "DATE", [p.date() - timedelta(days=g.rnd.randint(3, 90)) for p in pickup], "decoy"),
            c(
                "matricula",
                N,
                "VARCHAR",
                g.col(lambda: f"{g.digits(4)} {g.code('AAA').replace('A', 'L')}"),
                "decoy",
                VEHICLE,
            ),
            c(
                "modeloVehiculo",
                N,
                "VARCHAR",
                g.col(
                    g.pick(["Fiat Ducato Roller Team", "VW California Ocean", "Citroën Jumper Benimar", "Ford Nugget"])
                ),
                "decoy",
            ),
            c("conductorNombre", "first_name", "VARCHAR", [p.first for p in people]),
            c("conductorApellidos", "last_name", "VARCHAR", [surnames(p) for p in people]),
            c("conductorDocumento", "national_id", "VARCHAR", docs, TRAVEL_DOC),
            c("conductorFechaNacimiento", "date_of_birth", "DATE", [p.born for p in people]),
            c(
                "permisoConducir",
                "national_id",
                "VARCHAR",
                [d if p.country == "es" else g.code("Z9ZZ999Z99") for d, p in zip(docs, people)],
            ),
            c(
                "conductorTelefono",
                "phone",
                "VARCHAR",
                [_phone_of(g, p, {"national": 0.5, "intl": 0.5}) for p in people],
            ),
            c(
                "conductorEmail",
                "email",
                "VARCHAR",
                [v.email_of(g, p.first, p.last, v.DOMAINS[p.country]) for p in people],
            ),
            c("conductorDireccion", "street_address", "VARCHAR", [p.street for p in people]),
            c("conductorCodigoPostal", "postal_code", "VARCHAR", [p.postcode for p in people]),
            c("conductorMunicipio", "city", "VARCHAR", [p.town for p in people]),
            c(
                "conductorProvincia",
                N,
                "VARCHAR",
                [g.rnd.choice(["València", "Castelló", "Alacant"]) if p.country == "es" else None for p in people],
                "decoy",
            ),
            c(
                "segundoConductor",
                "person_name",
                "VARCHAR",
                [v.whole(g, p.country) if s else None for p, s in zip(people, second)],
                ROLE,
                HEAVY,
            ),
            c(
                "segundoConductorDocumento",
                "national_id",
                "VARCHAR",
                [document(p) if s else None for p, s in zip(people, second)],
                HEAVY,
            ),
            c("tarjetaFianza", "credit_card", "VARCHAR", g.col(lambda: v.card(g), 0.75), HEAVY),
            c("tarjetaUltimos4", N, "VARCHAR", g.col(lambda: g.digits(4)), PARTIAL, "decoy"),
            c("ibanDevolucionFianza", "iban", "VARCHAR", g.col(lambda: v.iban(g, "ES", g.rnd.random() < 0.5), 0.3)),
            c("fechaRecogida", N, "TIMESTAMP", pickup, "decoy"),
            c("fechaDevolucion", N, "TIMESTAMP", [p + timedelta(days=g.rnd.randint(3, 21)) for p in pickup], "decoy"),
            c("kmSalida", N, "INTEGER", g.ints(8_000, 180_000), "decoy"),
            c(
                "oficinaRecogida",
                N,
                "VARCHAR",
                g.col(g.pick(["Oficina Port de Sagunt", "Oficina Aeropuerto Manises"])),
                "business",
            ),
            c("cifEmpresa", N, "VARCHAR", [cif] * g.rows, "business", CHECK),
            c("imeiLocalizador", N, "VARCHAR", g.col(lambda: v.imei_number(g)), "decoy", CHECK),
            c("ultimaLatitud", N, "DOUBLE", lat, "decoy", COORD),
            c("ultimaLongitud", N, "DOUBLE", g.floats(-8.5, 3.2, 5), "decoy", COORD),
            c(
                "skuAccesorios",
                N,
                "VARCHAR",
                g.col(lambda: ";".join("ACC-" + g.code("AA-999") for _ in range(g.rnd.randint(1, 3))), 0.4),
                "decoy",
                SHAPE,
            ),
            c("importeTotal", N, "DECIMAL(10,2)", g.amounts(290, 3400), "decoy"),
            c("agenteMostrador", "first_name", "VARCHAR", g.col(g.pick(agents)), STAFF),
        ],
    )


def it_spa_bookings(g: Gen) -> Table:
    """A thermal spa's cure bookings in the Euganean Hills (snake case): the patient's names, codice fiscale
    (Italians only), birth date and place, address, CAP, comune and province, phone, e-mail, the GP who prescribed
    the cure, the National Health Service prescription number (``n_impegnativa_ssn``: a decoy), the exemption code,
    the spa's doctor and therapist, the treatment, cabin and time, the partner hotel and its VAT number, clinical
    notes, the booking clerk's login, ``campo_libero_1`` (a companion's mobile) and ``campo_libero_2`` (none)."""
    people = []
    for _ in range(g.rows):
        country = g.rnd.choices(["it", "de_de", "de"], [0.85, 0.1, 0.05])[0]
        p = _guest(g, country, 1932, 1995)
        place = g.rnd.choice(v.IT_BIRTHPLACES)
        cf = v.it_codice_fiscale(p.first, p.last, p.born, p.female, place[1]) if country == "it" else None
        people.append((p, place[0] if country == "it" else v.town(g, country)[0], cf))
    doctors = _staff(g, 3, lambda: f"Dott. {v.whole(g, 'it')}")
    therapists = _staff(g, 5, lambda: v.given(g, "it"))
    clerks = _logins(g, 3, "it")
    gps = _staff(g, 40, lambda: v.whole(g, "it"))
    hotels = [
        ("Hotel Villa Clelia", v.it_piva(g)),
        ("Hotel Terme Ottavio", v.it_piva(g)),
        ("Residence Agnese", v.it_piva(g)),
        (None, None),
    ]
    hotel = [g.rnd.choice(hotels) for _ in range(g.rows)]
    province = {
        "Padova": "PD",
        "Vicenza": "VI",
        "Rovigo": "RO",
        "Treviso": "TV",
        "Ferrara": "FE",
        "Mantova": "MN",
        "Bolzano": "BZ",
        "Milano": "MI",
    }

    def note() -> str:
        return g.rnd.choice(
            [
                "Ipertensione, fanghi a temperatura ridotta",
                f"Accompagnata dalla figlia {v.whole(g, 'it')}",
                "Protesi anca dx 2021",
                f"Richiede la terapista {v.given(g, 'it')}",
            ]
        )

    return Table(
        "terme_euganee.prenotazioni_cure",
        "it",
        "snake",
        [
            c("id_prenotazione", N, "BIGINT", g.keys(610_001), "decoy", KEY),
            c("nome", "first_name", "VARCHAR", [p.first for p, _, _ in people]),
            c("cognome", "last_name", "VARCHAR", [p.last for p, _, _ in people]),
            c("codice_fiscale", "national_id", "VARCHAR", [cf for _, _, cf in people]),
            c("data_nascita", "date_of_birth", "DATE", [p.born for p, _, _ in people]),
            c("luogo_nascita", "city", "VARCHAR", [b for _, b, _ in people]),
            c("indirizzo", "street_address", "VARCHAR", [p.street for p, _, _ in people]),
            c("cap", "postal_code", "VARCHAR", [p.postcode for p, _, _ in people], ABBREV),
            c("comune", "city", "VARCHAR", [p.town for p, _, _ in people]),
            c("provincia", N, "VARCHAR", [province.get(p.town, "EE") for p, _, _ in people], "decoy"),
            c("telefono", "phone", "VARCHAR", [_phone_of(g, p, {"national": 0.7, "intl": 0.3}) for p, _, _ in people]),
            c(
                "email",
                "email",
                "VARCHAR",
                [
                    None
                    if g.rnd.random() < 0.3
                    else v.email_of(g, p.first, p.last, v.DOMAINS.get(p.country, v.DOMAINS["de"]))
                    for p, _, _ in people
                ],
            ),
            c(
                "medico_prescrittore",
                "person_name",
                "VARCHAR",
                [g.rnd.choice(gps) if cf and g.rnd.random() < 0.8 else None for _, _, cf in people],
                ROLE,
            ),
            c(
                "n_impegnativa_ssn",
                N,
                "VARCHAR",
                [g.code("050A9999999999") if cf else None for _, _, cf in people],
                "decoy",
                SHAPE,
                MISLEADING,
            ),
            c("esenzione", N, "VARCHAR", g.col(g.pick(["E01", "E30", "7R2", "048", None, None])), "decoy"),
            c("medico_termale", "person_name", "VARCHAR", g.col(g.pick(doctors)), STAFF),
            c("terapista", "first_name", "VARCHAR", g.col(g.pick(therapists)), STAFF),
            c(
                "trattamento",
                N,
                "VARCHAR",
                g.col(
                    g.pick(
                        ["Fango + bagno termale", "Inalazioni", "Aerosol", "Idrokinesiterapia", "Massaggio terapeutico"]
                    )
                ),
                "decoy",
            ),
            c("cabina", N, "VARCHAR", g.col(lambda: f"C{g.rnd.randint(1, 30):02d}"), "decoy"),
            c("data_ora", N, "TIMESTAMP", g.moments("2025-03-01", "2025-11-30"), "decoy"),
            c("durata_min", N, "INTEGER", g.col(g.pick([20, 25, 30, 50])), "decoy"),
            c("fascia_oraria", N, "VARCHAR", g.col(g.pick(["mattina", "pomeriggio"])), "decoy"),
            c("ticket_eur", N, "DECIMAL(8,2)", g.col(g.pick([0.0, 3.1, 36.15, 55.0])), "decoy"),
            c("hotel_convenzionato", N, "VARCHAR", [h[0] for h in hotel], "business", NAME_LIKE),
            c("partita_iva_hotel", N, "VARCHAR", [h[1] for h in hotel], "business", CHECK),
            c(
                "pacchetto",
                N,
                "VARCHAR",
                g.col(g.pick(["Cura 12 fanghi", "Weekend benessere", "Ciclo inalatorio"])),
                "decoy",
            ),
            c("note_cliniche", "free_text", "VARCHAR", g.col(note, 0.4)),
            c("operatore_cup", USERNAME, "VARCHAR", g.col(g.pick(clerks)), USER, AUDIT),
            c("tessera_fedelta", N, "VARCHAR", g.col(lambda: g.code("TE-999999"), 0.5), "decoy", SHAPE),
            c("campo_libero_1", "phone", "VARCHAR", g.col(lambda: g.phone("IT", "national"), 0.6), OPAQUE, HEAVY),
            c(
                "campo_libero_2",
                N,
                "VARCHAR",
                g.col(g.pick(["piscina", "accappatoio", "parcheggio"]), 0.3),
                OPAQUE,
                "decoy",
            ),
            c(
                "prodotto_acquistato",
                N,
                "VARCHAR",
                g.col(g.pick(["Crema al fango 200 ml", "Sali termali 1 kg", "Accappatoio Terme XL"]), 0.5),
                "decoy",
            ),
            c("hash_referto", N, "VARCHAR", g.col(g.sha256, 0.3), "decoy", HASHED),
        ],
    )


def pt_al_bulletins(g: Gen) -> Table:
    """An Algarve management company's short-term rentals (alojamento local) and the accommodation bulletins it
    sends for their foreign guests (camel case): the AL registration number, the property's name (``none``), address,
    postcode and town (a private host's let flat: tag ``premises``), the host's name, NIF, mobile and IBAN, the guest's
    family and given names, nationality, birth date and place, document type and number, issuing country, country and
    town of residence, stay dates, e-mail (OTA relay addresses), booking IP, the bulletin's state, the platform, the
    management company's NIPC, the booking reference, the tourist tax."""
    hosts = []
    for _ in range(60):
        first, last = v.person(g, "pt")
        street, pc, town_name = v.home(g, "pt")
        hosts.append(
            {
                "al": f"{g.rnd.randint(1000, 150000)}/AL",
                "name": g.rnd.choice(
                    [
                        "Casa da Avó Rosa",
                        "Villa Matilde",
                        "Apartamento Teresa",
                        "Casa do Duarte",
                        "Vivenda Beatriz",
                        "Lagos Sunset Flat",
                    ]
                ),
                "street": street,
                "pc": pc,
                "town": town_name,
                "host": f"{first} {last}",
                "nif": v.pt_nif(g),
                "mob": g.phone("PT", g.rnd.choice(["national", "intl"])),
                "iban": v.iban(g, "PT"),
            }
        )
    stay = [g.rnd.choice(hosts) for _ in range(g.rows)]
    people = _guests(
        g, {"gb": 0.3, "de_de": 0.2, "nl": 0.12, "fr": 0.12, "es": 0.1, "it": 0.08, "pl": 0.04, "us": 0.04}, 1940, 2010
    )
    nipc = v.pt_nif(g, company=True)
    arrive = g.days("2025-04-01", "2025-10-31")

    def mail(p: Guest) -> str:
        if g.rnd.random() < 0.4:
            return f"{v.plain(p.first)[:5]}-{g.digits(6)}@guest.airbnb.com"
        return v.email_of(g, p.first, p.last, v.DOMAINS[p.country])

    return Table(
        "al_algarve.boletinsAlojamento",
        "pt",
        "camel",
        [
            c("idBoletim", N, "BIGINT", g.keys(71_001), "decoy", KEY),
            c("numRegistoAL", N, "VARCHAR", [s["al"] for s in stay], "decoy", SHAPE),
            c("nomeAlojamento", N, "VARCHAR", [s["name"] for s in stay], "decoy", NAME_LIKE),
            c("moradaAlojamento", "street_address", "VARCHAR", [s["street"] for s in stay], PREMISES),
            c("codigoPostalAlojamento", "postal_code", "VARCHAR", [s["pc"] for s in stay], PREMISES),
            c("localidadeAlojamento", "city", "VARCHAR", [s["town"] for s in stay], PREMISES),
            c("anfitriaoNome", "person_name", "VARCHAR", [s["host"] for s in stay], ROLE),
            c("anfitriaoNif", "national_id", "VARCHAR", [s["nif"] for s in stay]),
            c("anfitriaoTelemovel", "phone", "VARCHAR", [s["mob"] for s in stay]),
            c("anfitriaoIban", "iban", "VARCHAR", [s["iban"] for s in stay]),
            c("hospedeApelido", "last_name", "VARCHAR", [p.last for p in people]),
            c("hospedeNome", "first_name", "VARCHAR", [p.first for p in people]),
            c("nacionalidade", N, "VARCHAR", [ISO3[p.country] for p in people], "decoy"),
            c("dataNascimento", "date_of_birth", "VARCHAR", [_dob(p.born, "iso") for p in people]),
            c("localNascimento", "city", "VARCHAR", [v.town(g, p.country)[0] for p in people]),
            c("tipoDocumento", N, "VARCHAR", [g.rnd.choice(["P", "BI"]) for _ in people], "decoy"),
            c("numeroDocumento", "national_id", "VARCHAR", [v.passport(g, p.country) for p in people], TRAVEL_DOC),
            c("paisEmissor", N, "VARCHAR", [ISO3[p.country] for p in people], "decoy"),
            c("paisResidencia", N, "VARCHAR", [ISO3[p.country] for p in people], "decoy"),
            c("localResidencia", "city", "VARCHAR", [p.town for p in people]),
            c("dataEntrada", N, "DATE", arrive, "decoy"),
            c("dataSaida", N, "DATE", _later(g, arrive, 2, 14), "decoy"),
            c("hospedeEmail", "email", "VARCHAR", [mail(p) for p in people], RELAY),
            c("ipReserva", "ip_address", "VARCHAR", g.col(lambda: g.ip(0.4), 0.2)),
            c("estadoComunicacao", N, "VARCHAR", g.col(g.pick(["ENVIADO", "ENVIADO", "ERRO", "PENDENTE"])), "decoy"),
            c("dataComunicacao", N, "TIMESTAMP", g.moments("2025-04-01", "2025-11-03"), "decoy"),
            c("plataforma", N, "VARCHAR", g.col(g.pick(["Airbnb", "Booking.com", "Vrbo", "direto"])), "decoy"),
            c("gestoraNipc", N, "VARCHAR", [nipc] * g.rows, "business", CHECK),
            c("refReserva", N, "VARCHAR", g.col(lambda: g.code("HMZZZZZZZZ")), "decoy", SHAPE),
            c("taxaTuristicaEur", N, "DECIMAL(6,2)", g.col(g.pick([2.0, 4.0, 6.0, 8.0, 10.0, 14.0])), "decoy"),
            c("versaoApi", N, "VARCHAR", g.col(g.version), "decoy", SHAPE),
        ],
    )


# -- Dutch, Polish, Swedish, Danish, Czech, Turkish --------------------------------------------------------------------


def nl_camping_register(g: Gen) -> Table:
    """A Zeeland campsite's overnight register (nachtregister, snake case): the pitch, the guest's full name, home
    town, country and nationality, stay dates, the identity document's type and number (foreign guests), party size,
    the car's plate, phone, e-mail, address, postcode, birth date, the deposit IBAN, the campsite's KvK and VAT
    numbers, tourist tax, the receptionist, remarks, ``vrij_veld_1`` (none) and ``vrij_veld_2`` (a fellow traveller),
    ``src_crm_col17`` (a phone or an e-mail by row) and ``src_crm_col18`` (loyalty points)."""
    people = _guests(g, {"nl": 0.5, "de_de": 0.35, "gb": 0.05, "dk": 0.05, "fr": 0.05}, 1940, 2005)
    staff = _staff(g, 4, lambda: v.given(g, "nl"))
    btw = v.nl_btw(g)
    arrive = g.days("2025-04-15", "2025-09-30")
    plates = {"nl": "99-AAA-9", "de_de": "M-AA 9999", "gb": "AA99 AAA", "dk": "AA 99 999", "fr": "AA-999-AA"}

    def remark() -> str:
        return g.rnd.choice(
            [
                f"Samen met {v.whole(g, 'nl')} op plek C-{g.rnd.randint(1, 140)}",
                "Hond aangemeld",
                f"Sleutel afgegeven aan {v.given(g, 'nl')}",
                "Vertrekt vroeg",
            ]
        )

    def mixed() -> str:
        p = g.rnd.choice(people)
        return (
            g.phone(p.region, "intl") if g.rnd.random() < 0.5 else v.email_of(g, p.first, p.last, v.DOMAINS[p.country])
        )

    return Table(
        "camping_veerse_duinen.nachtregister",
        "nl",
        "snake",
        [
            c("registratie_id", N, "BIGINT", g.keys(12_001), "decoy", KEY),
            c("plaatsnummer", N, "VARCHAR", g.col(lambda: f"{g.rnd.choice('ABCD')}-{g.rnd.randint(1, 140)}"), "decoy"),
            c("naam", "person_name", "VARCHAR", [f"{p.first} {p.last}" for p in people]),
            c("woonplaats", "city", "VARCHAR", [p.town for p in people]),
            c("land", N, "VARCHAR", [REGION[p.country] for p in people], "decoy"),
            c("nationaliteit", N, "VARCHAR", [ISO3[p.country] for p in people], "decoy"),
            c("datum_aankomst", N, "DATE", arrive, "decoy"),
            c("datum_vertrek", N, "DATE", _later(g, arrive, 1, 21), "decoy"),
            c(
                "soort_id_bewijs",
                N,
                "VARCHAR",
                [None if p.country == "nl" else g.rnd.choice(["paspoort", "ID-kaart"]) for p in people],
                "decoy",
            ),
            c(
                "nummer_id_bewijs",
                "national_id",
                "VARCHAR",
                [None if p.country == "nl" or g.rnd.random() < 0.1 else v.passport(g, p.country) for p in people],
                HEAVY,
                TRAVEL_DOC,
            ),
            c("aantal_personen", N, "INTEGER", g.ints(1, 6), "decoy"),
            c("kenteken", N, "VARCHAR", [g.code(plates[p.country]) for p in people], "decoy", VEHICLE),
            c("telefoonnummer", "phone", "VARCHAR", [_phone_of(g, p, {"national": 0.5, "intl": 0.5}) for p in people]),
            c(
                "e_mailadres",
                "email",
                "VARCHAR",
                [v.email_of(g, p.first, p.last, v.DOMAINS[p.country]) for p in people],
            ),
            c("adres", "street_address", "VARCHAR", [p.street for p in people]),
            c("postcode", "postal_code", "VARCHAR", [p.postcode for p in people]),
            c("geboortedatum", "date_of_birth", "VARCHAR", [_dob(p.born, "dmy-") for p in people]),
            c(
                "iban_borg",
                "iban",
                "VARCHAR",
                [None if g.rnd.random() < 0.7 else v.iban(g, "NL" if p.country == "nl" else "DE") for p in people],
                HEAVY,
            ),
            c("kvk_nummer_camping", N, "VARCHAR", ["22041187"] * g.rows, "business"),
            c("btw_nummer_camping", N, "VARCHAR", [btw] * g.rows, "business", CHECK),
            c("toeristenbelasting_eur", N, "DECIMAL(6,2)", g.amounts(1.5, 60), "decoy"),
            c("receptie_medewerker", "first_name", "VARCHAR", g.col(g.pick(staff)), STAFF),
            c("opmerkingen", "free_text", "VARCHAR", g.sparse(remark, 0.78, _words("geen")), NULLWORD),
            c(
                "vrij_veld_1",
                N,
                "VARCHAR",
                g.col(g.pick(["hond", "caravan 6m", "vouwwagen", "camper 7m"]), 0.3),
                OPAQUE,
                "decoy",
            ),
            c(
                "vrij_veld_2",
                "person_name",
                "VARCHAR",
                [None if g.rnd.random() < 0.45 else v.whole(g, p.country) for p in people],
                OPAQUE,
            ),
            c("src_crm_col17", "free_text", "VARCHAR", g.col(mixed, 0.4), OPAQUE, MIXED),
            c("src_crm_col18", N, "INTEGER", g.ints(0, 4_000), OPAQUE, "decoy"),
            c("app_versie", N, "VARCHAR", g.col(g.version), "decoy", SHAPE),
            c("boeking_bron", N, "VARCHAR", g.col(g.pick(["ACSI", "ANWB Camping", "direct", "Pitchup"])), "decoy"),
        ],
    )


def pl_tour_participants(g: Gen) -> Table:
    """A Kraków travel agency's participant list for coach tours to Croatia and Italy (camel case): the contract,
    the tour, the participant's given, second given and family names, PESEL, birth date, identity card and passport
    numbers, phone, e-mail and address, a minor's legal guardian, an emergency contact (a name and a phone in one
    cell), insurance, the boarding point and seat, the tour leader, the organiser's NIP and REGON, prices and
    remarks, the tracking number of the documents' courier envelope."""
    people = [_guest(g, "pl", 1942, 2016) for _ in range(g.rows)]
    leaders = _staff(g, 4, lambda: v.whole(g, "pl"))
    nip, regon = v.pl_nip(g), v.pl_regon(g)
    tours = [
        ("CRO-SPL", "Chorwacja – Split i Makarska"),
        ("ITA-ROM", "Rzym i Watykan"),
        ("CRO-DUB", "Dubrownik i Czarnogóra"),
        ("ITA-GAR", "Jezioro Garda"),
    ]
    tour = [g.rnd.choice(tours) for _ in range(g.rows)]
    minor = [p.born.year >= 2008 for p in people]

    def emergency() -> str:
        return f"{v.whole(g, 'pl')}, {g.phone('PL', g.rnd.choice(['national', 'intl']))}"

    def remark() -> str:
        return g.rnd.choice(
            [
                f"Pokój wspólny z {v.whole(g, 'pl')}",
                "Dieta bezglutenowa",
                "Wsiada w Bochni",
                f"Dopłata za pokój 1-os., płaci {v.given(g, 'pl')}",
            ]
        )

    start = g.days("2025-05-01", "2025-09-15")
    return Table(
        "bp_wawel_tour.listaUczestnikow",
        "pl",
        "camel",
        [
            c("idUczestnika", N, "BIGINT", g.keys(90_001), "decoy", KEY),
            c("numerUmowy", N, "VARCHAR", g.col(lambda: g.code("UM/2025/99999")), "decoy", SHAPE),
            c("kodImprezy", N, "VARCHAR", [f"{t[0]}-{d:%m%d}" for t, d in zip(tour, start)], "decoy", SHAPE),
            c("nazwaImprezy", N, "VARCHAR", [t[1] for t in tour], "decoy"),
            c("imie", "first_name", "VARCHAR", [p.first for p in people]),
            c(
                "drugieImie",
                "first_name",
                "VARCHAR",
                [v.person(g, "pl", p.female)[0] if g.rnd.random() < 0.35 else None for p in people],
                HEAVY,
            ),
            c("nazwisko", "last_name", "VARCHAR", [p.last for p in people]),
            c("pesel", "national_id", "VARCHAR", [v.pl_pesel(g, p.born, p.female) for p in people]),
            c("dataUrodzenia", "date_of_birth", "VARCHAR", [_dob(p.born, "iso") for p in people]),
            c(
                "seriaNrDowodu",
                "national_id",
                "VARCHAR",
                [None if m or g.rnd.random() < 0.3 else v.pl_dowod(g) for p, m in zip(people, minor)],
                TRAVEL_DOC,
            ),
            c("nrPaszportu", "national_id", "VARCHAR", g.col(lambda: v.passport(g, "pl"), 0.7), HEAVY, TRAVEL_DOC),
            c(
                "telefon",
                "phone",
                "VARCHAR",
                [None if m else g.phone("PL", g.rnd.choice(["national", "intl", "digits"])) for m in minor],
            ),
            c(
                "email",
                "email",
                "VARCHAR",
                [None if m else v.email_of(g, p.first, p.last, v.DOMAINS["pl"]) for p, m in zip(people, minor)],
            ),
            c("ulica", "street_address", "VARCHAR", [p.street for p in people]),
            c("kodPocztowy", "postal_code", "VARCHAR", [p.postcode for p in people]),
            c("miejscowosc", "city", "VARCHAR", [p.town for p in people]),
            c(
                "wojewodztwo",
                N,
                "VARCHAR",
                g.col(g.pick(["małopolskie", "małopolskie", "śląskie", "podkarpackie"])),
                "decoy",
            ),
            c(
                "opiekunPrawny",
                "person_name",
                "VARCHAR",
                [f"{v.person(g, 'pl', True)[0]} {p.last}" if m else None for p, m in zip(people, minor)],
                ROLE,
                HEAVY,
            ),
            c("kontaktAwaryjny", "free_text", "VARCHAR", g.col(emergency, 0.2), MIXED),
            c("nrPolisy", N, "VARCHAR", g.col(lambda: g.code("TRV/999999/25")), "decoy", SHAPE),
            c("ubezpieczyciel", N, "VARCHAR", g.col(g.pick(["Signal Iduna", "TU Europa", "Colonnade"])), "decoy"),
            c(
                "miejsceWsiadania",
                N,
                "VARCHAR",
                g.col(
                    g.pick(["Kraków, ul. Bosacka (MDA)", "Tarnów, dworzec PKS", "Bochnia, Rynek", "Katowice, Sądowa"])
                ),
                "decoy",
            ),
            c("miejsceWAutokarze", N, "INTEGER", g.ints(1, 57), "decoy"),
            c("pilot", "person_name", "VARCHAR", g.col(g.pick(leaders)), STAFF),
            c("nipOrganizatora", N, "VARCHAR", [nip] * g.rows, "business", CHECK),
            c("regonOrganizatora", N, "VARCHAR", [regon] * g.rows, "business", CHECK),
            c("cenaPln", N, "DECIMAL(10,2)", g.amounts(1_900, 5_400), "decoy"),
            c("dataWyjazdu", N, "DATE", start, "decoy"),
            c("nrZamowienia", N, "VARCHAR", g.col(lambda: g.digits(9, "56789")), "decoy", SHAPE),
            c("zaktualizowano", N, "TIMESTAMP", g.moments("2025-01-15", "2025-09-10"), "decoy"),
            c(
                "nrPrzesylkiDokumentow",
                N,
                "VARCHAR",
                g.col(lambda: g.code("00659007739999999999"), 0.5),
                "decoy",
                SHAPE,
            ),
            c("uwagi", "free_text", "VARCHAR", g.sparse(remark, 0.75, _words("brak")), NULLWORD),
        ],
    )


def se_hostel_bookings(g: Gen) -> Table:
    """A Visby hostel's bookings (snake case): the guest's names, personnummer (Swedish residents, not always),
    birth date, phone, e-mail and address, the membership card, room and bed, stay, price, the last four digits of the
    card, the Swish payer's mobile, the hostel's name, company number and phone, the receptionist's login, a comment,
    ``udf_03`` (a group leader's name) and ``udf_04`` (a diet: none)."""
    people = _guests(g, {"se": 0.7, "de_de": 0.1, "dk": 0.06, "fr": 0.04, "nl": 0.04, "gb": 0.06}, 1942, 2010)
    logins = _logins(g, 4, "se")
    orgnr = v.se_orgnr(g)
    arrive = g.days("2025-05-15", "2025-08-31")

    def comment() -> str:
        return g.rnd.choice(
            [
                f"Delar rum med {v.whole(g, 'se')}",
                "Sen ankomst med färjan 22.15",
                f"Betalas av {v.given(g, 'se')} vid ankomst",
                "Cykel i förrådet",
            ]
        )

    return Table(
        "vandrarhem_visby.bokningar",
        "sv",
        "snake",
        [
            c("bokning_id", N, "BIGINT", g.keys(3_001), "decoy", KEY),
            c("bokningsnr", N, "VARCHAR", g.col(lambda: g.code("VB-99999")), "decoy", SHAPE),
            c("fornamn", "first_name", "VARCHAR", [p.first for p in people]),
            c("efternamn", "last_name", "VARCHAR", [p.last for p in people]),
            c(
                "personnummer",
                "national_id",
                "VARCHAR",
                [v.se_personnummer(g, p.born) if p.country == "se" and g.rnd.random() < 0.8 else None for p in people],
            ),
            c("fodelsedatum", "date_of_birth", "DATE", [p.born for p in people]),
            c("telefon", "phone", "VARCHAR", [_phone_of(g, p, {"national": 0.6, "intl": 0.4}) for p in people]),
            c("epost", "email", "VARCHAR", [v.email_of(g, p.first, p.last, v.DOMAINS[p.country]) for p in people]),
            c("gatuadress", "street_address", "VARCHAR", [p.street for p in people]),
            c("postnummer", "postal_code", "VARCHAR", [p.postcode for p in people]),
            c("postort", "city", "VARCHAR", [p.town for p in people]),
            c("land", N, "VARCHAR", [REGION[p.country] for p in people], "decoy"),
            c("medlemsnummer", N, "VARCHAR", g.col(lambda: g.code("M 9999 9999"), 0.5), "decoy", SHAPE),
            c("rum", N, "VARCHAR", g.col(lambda: f"{g.rnd.randint(1, 3)}{g.rnd.randint(1, 18):02d}"), "decoy"),
            c("sang", N, "INTEGER", g.ints(1, 6), "decoy"),
            c("ankomst", N, "DATE", arrive, "decoy"),
            c("avresa", N, "DATE", _later(g, arrive, 1, 7), "decoy"),
            c("pris_sek", N, "DECIMAL(8,2)", g.amounts(320, 4_800), "decoy"),
            c("betalsatt", N, "VARCHAR", g.col(g.pick(["kort", "Swish", "faktura"])), "decoy"),
            c("kort_sista4", N, "VARCHAR", g.col(lambda: g.digits(4), 0.4), PARTIAL, "decoy"),
            c("swish_nummer", "phone", "VARCHAR", g.col(lambda: g.phone("SE", "digits"), 0.6), HEAVY),
            c("vandrarhem", N, "VARCHAR", ["Visby Ringmur Vandrarhem"] * g.rows, "business"),
            c("vandrarhem_orgnr", N, "VARCHAR", [orgnr] * g.rows, "business", CHECK),
            c("vandrarhem_telefon", N, "VARCHAR", ["0498-21 33 50"] * g.rows, "business"),
            c("signatur", USERNAME, "VARCHAR", g.col(g.pick(logins)), USER, AUDIT),
            c("kommentar", "free_text", "VARCHAR", g.sparse(comment, 0.75, _words("ingen")), NULLWORD),
            c("udf_03", "person_name", "VARCHAR", g.col(lambda: v.whole(g, "se"), 0.6), OPAQUE, HEAVY),
            c("udf_04", N, "VARCHAR", g.col(g.pick(["vegetarisk", "glutenfri", "laktosfri"]), 0.6), OPAQUE, "decoy"),
            c("skapad", N, "TIMESTAMP", g.moments("2025-01-10", "2025-08-20"), "decoy"),
        ],
    )


def dk_cruise_manifest(g: Gen) -> Table:
    """A Copenhagen expedition-cruise line's passenger manifest for Greenland voyages (Pascal case): the voyage,
    ship and IMO number, cabin, the passenger's given, middle and family names, sex, birth date, ``Kode`` (the CPR
    number of Danish passengers: ``national_id``, tag ``misleading``), nationality, passport number and expiry, home
    address, mobile, e-mail, next of kin and their phone, diet, remarks, the expedition leader, the line's CVR, the
    port and boarding time, the ship card."""
    people = _guests(g, {"dk": 0.6, "se": 0.1, "de_de": 0.1, "gb": 0.1, "us": 0.1}, 1936, 2008)
    leaders = _staff(g, 3, lambda: v.whole(g, "dk"))
    cvr = v.dk_cvr(g)
    imo = v.imo_number(g)

    def remark() -> str:
        return g.rnd.choice(
            [
                f"Rejser med sin søster {v.whole(g, 'dk')}",
                "Rullestol ved landgang",
                f"Kahyt deles med {v.given(g, 'dk')}",
                "Fejrer 70-års fødselsdag om bord",
            ]
        )

    return Table(
        "nordlys_ekspeditioner.Passagermanifest",
        "da",
        "Pascal",
        [
            c("PassagerId", N, "BIGINT", g.keys(5_001), "decoy", KEY),
            c("RejseKode", N, "VARCHAR", g.col(g.pick(["GRL2506", "GRL2507", "GRL2508", "SVB2509"])), "decoy", SHAPE),
            c("SkibNavn", N, "VARCHAR", ["MS Nordlys Explorer"] * g.rows, "decoy"),
            c("SkibImo", N, "VARCHAR", [imo] * g.rows, "decoy", CHECK),
            c("Kahyt", N, "VARCHAR", g.col(lambda: f"{g.rnd.randint(3, 6)}{g.rnd.randint(1, 40):02d}"), "decoy"),
            c("Fornavn", "first_name", "VARCHAR", [p.first for p in people]),
            c(
                "Mellemnavn",
                "first_name",
                "VARCHAR",
                [v.person(g, p.country, p.female)[0] if g.rnd.random() < 0.4 else None for p in people],
                HEAVY,
            ),
            c("Efternavn", "last_name", "VARCHAR", [p.last for p in people]),
            c("Koen", N, "VARCHAR", ["K" if p.female else "M" for p in people], "decoy"),
            c("Foedselsdato", "date_of_birth", "DATE", [p.born for p in people]),
            c(
                "Kode",
                "national_id",
                "VARCHAR",
                [v.dk_cpr(g, p.born).replace("-", "") if p.country == "dk" else None for p in people],
                MISLEADING,
            ),
            c("Nationalitet", N, "VARCHAR", [REGION[p.country] for p in people], "decoy"),
            c("PasNummer", "national_id", "VARCHAR", [v.passport(g, p.country) for p in people], TRAVEL_DOC),
            c("PasUdloeb", N, "DATE", g.days("2026-01-01", "2035-12-31"), "decoy"),
            c("Adresse", "street_address", "VARCHAR", [p.street for p in people]),
            c("Postnr", "postal_code", "VARCHAR", [p.postcode for p in people], ABBREV),
            c("By", "city", "VARCHAR", [p.town for p in people]),
            c("Land", N, "VARCHAR", [REGION[p.country] for p in people], "decoy"),
            c("Mobil", "phone", "VARCHAR", [_phone_of(g, p, {"intl": 0.6, "national": 0.4}) for p in people]),
            c("Email", "email", "VARCHAR", [v.email_of(g, p.first, p.last, v.DOMAINS[p.country]) for p in people]),
            c("NaermestePaaroerende", "person_name", "VARCHAR", [v.whole(g, p.country) for p in people], ROLE),
            c("NaermestePaaroerendeTlf", "phone", "VARCHAR", [_phone_of(g, p, {"intl": 1.0}) for p in people]),
            c("Kostbehov", N, "VARCHAR", g.col(g.pick(["vegetar", "glutenfri", "ingen nødder"]), 0.7), "decoy"),
            c("Bemaerkning", "free_text", "VARCHAR", g.sparse(remark, 0.78, _words("ingen")), NULLWORD),
            c("Ekspeditionsleder", "person_name", "VARCHAR", g.col(g.pick(leaders)), STAFF),
            c("RederiCvr", N, "VARCHAR", [cvr] * g.rows, "business", CHECK),
            c("Indskibningshavn", N, "VARCHAR", g.col(g.pick(["Kangerlussuaq", "Nuuk", "Longyearbyen"])), "decoy"),
            c("LandgangBredde", N, "DOUBLE", g.floats(60.0, 78.5, 5), "decoy", COORD),
            c("LandgangLaengde", N, "DOUBLE", g.floats(-55.0, 16.0, 5), "decoy", COORD),
            c("Ombordstigning", N, "TIMESTAMP", g.moments("2025-06-10", "2025-09-20"), "decoy"),
            c("SkibskortNr", N, "VARCHAR", g.col(lambda: g.code("NX-99999999")), "decoy", SHAPE),
        ],
    )


def cz_guest_register(g: Gen) -> Table:
    """A Krkonoše guesthouse's register of guests (evidence ubytovaných, snake case), kept for the accommodation fee
    and for reporting foreigners to the police: room, given and family name, birth date, rodné číslo (Czech guests),
    the identity document's number, citizenship, address, PSČ, town, country, phone, e-mail, purpose, stay, the fee and
    its exemption, the operator's IČO and DIČ, the receptionist (a family name), the police report's id, a note,
    ``pole_1`` (a parking space) and ``pole_2`` (a fellow guest's phone)."""
    people = _guests(g, {"cz": 0.6, "pl": 0.15, "de_de": 0.15, "nl": 0.05, "dk": 0.05}, 1940, 2015)
    staff = _staff(g, 3, lambda: v.person(g, "cz")[1])
    ico = v.cz_ico(g)
    arrive = g.days("2025-01-02", "2025-03-31")
    states = {"cz": "CZE", "pl": "POL", "de_de": "DEU", "nl": "NLD", "dk": "DNK"}

    def note() -> str:
        return g.rnd.choice(
            [
                f"Platí {v.whole(g, 'cz')} za celou skupinu",
                "Pes v pokoji",
                "Odjezd před snídaní",
                f"Skipas vyzvedne {v.given(g, 'cz')}",
            ]
        )

    return Table(
        "penzion_labska.evidence_ubytovanych",
        "cs",
        "snake",
        [
            c("id_zaznamu", N, "BIGINT", g.keys(1), "decoy", KEY),
            c("cislo_pokoje", N, "INTEGER", g.ints(1, 16), "decoy"),
            c("jmeno", "first_name", "VARCHAR", [p.first for p in people]),
            c("prijmeni", "last_name", "VARCHAR", [p.last for p in people]),
            c("datum_narozeni", "date_of_birth", "VARCHAR", [_dob(p.born, "cz") for p in people]),
            c(
                "rodne_cislo",
                "national_id",
                "VARCHAR",
                [v.cz_rc(g, p.born, p.female) if p.country == "cz" and g.rnd.random() < 0.8 else None for p in people],
            ),
            c(
                "cislo_dokladu",
                "national_id",
                "VARCHAR",
                [g.digits(9) if p.country == "cz" else v.passport(g, p.country) for p in people],
                TRAVEL_DOC,
            ),
            c("statni_obcanstvi", N, "VARCHAR", [states[p.country] for p in people], "decoy"),
            c("ulice", "street_address", "VARCHAR", [p.street for p in people]),
            c("psc", "postal_code", "VARCHAR", [p.postcode for p in people], ABBREV),
            c("obec", "city", "VARCHAR", [p.town for p in people]),
            c("stat", N, "VARCHAR", [states[p.country] for p in people], "decoy"),
            c(
                "telefon",
                "phone",
                "VARCHAR",
                [None if g.rnd.random() < 0.3 else _phone_of(g, p, {"national": 0.5, "intl": 0.5}) for p in people],
            ),
            c(
                "email",
                "email",
                "VARCHAR",
                [
                    None if g.rnd.random() < 0.3 else v.email_of(g, p.first, p.last, v.DOMAINS[p.country])
                    for p in people
                ],
            ),
            c(
                "ucel_pobytu",
                N,
                "VARCHAR",
                g.col(g.pick(["rekreace", "rekreace", "lyžování", "služební cesta"])),
                "decoy",
            ),
            c("prijezd", N, "DATE", arrive, "decoy"),
            c("odjezd", N, "DATE", _later(g, arrive, 1, 8), "decoy"),
            c("poplatek_kc", N, "DECIMAL(8,2)", g.col(g.pick([0.0, 21.0, 42.0, 105.0, 147.0])), "decoy"),
            c("osvobozeni", N, "VARCHAR", g.col(g.pick(["dítě do 18 let", "služební cesta"]), 0.8), "decoy"),
            c("ico_provozovatele", N, "VARCHAR", [ico] * g.rows, "business", CHECK),
            c("dic_provozovatele", N, "VARCHAR", [f"CZ{ico}"] * g.rows, "business", CHECK),
            c("recepcni", "last_name", "VARCHAR", g.col(g.pick(staff)), STAFF),
            c(
                "hlaseni_cp_id",
                N,
                "VARCHAR",
                [None if p.country == "cz" else g.code("UBY-2025-999999") for p in people],
                "decoy",
                SHAPE,
            ),
            c("poznamka", "free_text", "VARCHAR", g.sparse(note, 0.75, _words("žádná")), NULLWORD),
            c("pole_1", N, "VARCHAR", g.col(lambda: f"P{g.rnd.randint(1, 12)}", 0.5), OPAQUE, "decoy"),
            c("cislo_objednavky", N, "VARCHAR", g.col(lambda: g.digits(9, "6789")), "decoy", SHAPE),
            c("kontrolni_hash", N, "VARCHAR", g.col(g.md5), "decoy", HASHED),
            c("pole_2", "phone", "VARCHAR", g.col(lambda: g.phone("CZ", "national"), 0.65), OPAQUE, HEAVY),
            c("vytvoreno", N, "TIMESTAMP", g.moments("2025-01-01", "2025-03-31"), "decoy"),
        ],
    )


def tr_kbs_notifications(g: Gen) -> Table:
    """An Antalya resort hotel's guest notifications to the police's identity notification system (KBS, SCREAMING
    case): the room, T.C. kimlik no (Turkish guests), given and family name, father's and mother's given names
    (Turkish guests), birthplace and birth date, sex, nationality, document type and number, stay, phone, e-mail,
    address, district and province, postal code, the car's plate, the tour operator and voucher, the hotel's tax
    number, the notification's state, the clerk's login and the transfer service, a note."""
    people = _guests(
        g, {"tr": 0.55, "de_de": 0.15, "gb": 0.1, "nl": 0.05, "pl": 0.05, "dk": 0.05, "cz": 0.05}, 1940, 2015
    )
    turk = [p.country == "tr" for p in people]
    clerks = _logins(g, 5, "tr")
    vkn = v.tr_vkn(g)
    arrive = g.days("2025-05-01", "2025-10-31")

    def note() -> str:
        return g.rnd.choice(
            [
                f"Misafir {v.whole(g, 'tr')} ile aynı odada",
                "Geç çıkış talebi",
                f"Oda değişikliği, refakatçi {v.given(g, 'tr')}",
                "Bebek yatağı istendi",
            ]
        )

    return Table(
        "lara_resort.KBS_BILDIRIM",
        "tr",
        "SCREAMING",
        [
            c("BILDIRIM_ID", N, "BIGINT", g.keys(2_500_001), "decoy", KEY),
            c("ODA_NO", N, "VARCHAR", g.col(lambda: f"{g.rnd.randint(1, 7)}{g.rnd.randint(1, 60):02d}"), "decoy"),
            c("TC_KIMLIK_NO", "national_id", "VARCHAR", [v.tr_tckimlik(g) if t else None for t in turk]),
            c("ADI", "first_name", "VARCHAR", [p.first.upper() if t else p.first for p, t in zip(people, turk)]),
            c("SOYADI", "last_name", "VARCHAR", [p.last.upper() if t else p.last for p, t in zip(people, turk)]),
            c("BABA_ADI", "first_name", "VARCHAR", [v.person(g, "tr", False)[0] if t else None for t in turk]),
            c("ANA_ADI", "first_name", "VARCHAR", [v.person(g, "tr", True)[0] if t else None for t in turk]),
            c("DOGUM_YERI", "city", "VARCHAR", [v.town(g, p.country)[0] for p in people]),
            c("DOGUM_TARIHI", "date_of_birth", "DATE", [p.born for p in people]),
            c("CINSIYET", N, "VARCHAR", ["K" if p.female else "E" for p in people], "decoy"),
            c("UYRUK", N, "VARCHAR", [ISO3[p.country] for p in people], "decoy"),
            c("BELGE_TURU", N, "VARCHAR", ["KIMLIK" if t else "PASAPORT" for t in turk], "decoy"),
            c(
                "BELGE_NO",
                "national_id",
                "VARCHAR",
                [g.code("A99A99999") if t else v.passport(g, p.country) for p, t in zip(people, turk)],
                TRAVEL_DOC,
            ),
            c("GIRIS_TARIHI", N, "DATE", arrive, "decoy"),
            c("CIKIS_TARIHI", N, "DATE", _later(g, arrive, 3, 14), "decoy"),
            c("TELEFON", "phone", "VARCHAR", [_phone_of(g, p, {"national": 0.6, "e164": 0.4}) for p in people]),
            c(
                "EPOSTA",
                "email",
                "VARCHAR",
                [
                    None if g.rnd.random() < 0.2 else v.email_of(g, p.first, p.last, v.DOMAINS[p.country])
                    for p in people
                ],
            ),
            c("ADRES", "street_address", "VARCHAR", [p.street for p in people]),
            c("ILCE", "city", "VARCHAR", [p.town for p in people]),
            c("IL", N, "VARCHAR", [v.TR_PROVINCE.get(p.town) for p in people], "decoy"),
            c("POSTA_KODU", "postal_code", "VARCHAR", [None if g.rnd.random() < 0.3 else p.postcode for p in people]),
            c(
                "PLAKA",
                N,
                "VARCHAR",
                [g.code("07 AA 999") if t else g.code("07 AAA 99") for t in turk],
                "decoy",
                VEHICLE,
            ),
            c(
                "ACENTA",
                N,
                "VARCHAR",
                g.col(g.pick(["TUI", "Jet2holidays", "Coral Travel", "Itaka", "direkt"])),
                "decoy",
            ),
            c("VOUCHER_NO", N, "VARCHAR", g.col(lambda: g.code("VCH99999999")), "decoy", SHAPE),
            c("ODA_TIPI", N, "VARCHAR", g.col(g.pick(["STD", "FAM", "SUI", "DLX"])), "decoy"),
            c("ODEME_TUTARI", N, "DECIMAL(10,2)", g.amounts(4_000, 95_000), "decoy"),
            c("OTEL_VKN", N, "VARCHAR", [vkn] * g.rows, "business", CHECK),
            c("KBS_DURUM", N, "VARCHAR", g.col(g.pick(["GONDERILDI", "GONDERILDI", "HATA", "BEKLIYOR"])), "decoy"),
            c("GONDEREN", USERNAME, "VARCHAR", g.col(g.pick(clerks)), USER, AUDIT),
            c("AKTARIM_SERVISI", N, "VARCHAR", g.col(g.pick(["kbs-entegrasyon", "pms-kbs-bridge"])), SERVICE, AUDIT),
            c("ACIKLAMA", "free_text", "VARCHAR", g.sparse(note, 0.78, _words("yok")), NULLWORD),
        ],
    )


# -- romanized Japanese, Greek script ----------------------------------------------------------------------------------


def ja_ski_lessons(g: Gen) -> Table:
    """A Niseko ski school's lesson bookings (romanized Japanese column names, snake case): the booking, the
    pupil's name (kanji for Japanese pupils, Latin letters for visitors) and its katakana reading, family and given
    name in rōmaji, birth date, age, sex, nationality, passport number (visitors), address, postcode, prefecture or
    state, town, phone, e-mail, a child's guardian, the emergency number, the instructor, the lesson, ski length, boot
    size, height, the school's corporate number, remarks and the clerk's login."""
    rows = []
    for _ in range(g.rows):
        local = g.rnd.random() < 0.55
        female = g.rnd.random() < 0.5
        born = g.birth(1955, 2020)
        if local:
            fam, giv = g.rnd.choice(v.JA_FAMILY), g.rnd.choice(v.JA_FEMALE if female else v.JA_MALE)
            street, pc, town_name = v.home(g, "jp")
            rows.append(
                {
                    "c": "jp",
                    "kanji": f"{fam[0]} {giv[0]}",
                    "kana": f"{fam[1]} {giv[1]}",
                    "sei": fam[2],
                    "mei": giv[2],
                    "born": born,
                    "female": female,
                    "street": street,
                    "pc": pc,
                    "town": town_name,
                    "pref": v.JP_PREF[town_name],
                    "region": "JP",
                }
            )
        else:
            country = g.rnd.choices(["au", "gb", "us"], [0.7, 0.15, 0.15])[0]
            p = _guest(g, country, 1955, 2020)
            rows.append(
                {
                    "c": country,
                    "kanji": f"{p.first} {p.last}",
                    "kana": None,
                    "sei": p.last,
                    "mei": p.first,
                    "born": p.born,
                    "female": p.female,
                    "street": p.street,
                    "pc": p.postcode,
                    "town": p.town,
                    "pref": {"au": "QLD", "gb": "UK", "us": "OH"}[country],
                    "region": REGION[country],
                }
            )
    kid = [r["born"].year >= 2010 for r in rows]
    instructors = _staff(g, 6, lambda: f"{g.rnd.choice(v.JA_FAMILY)[2]} {g.rnd.choice(v.JA_MALE + v.JA_FEMALE)[2]}")
    clerks = _logins(g, 3, "jp")
    corp = v.jp_corporate(g)

    def mail(r: dict) -> str:
        return v.email_of(g, r["mei"], r["sei"], v.DOMAINS[r["c"]])

    def remark() -> str:
        return g.rnd.choice(
            [
                f"Ani no {g.rnd.choice(v.JA_MALE)[2]}-kun to onaji kurasu kibo",
                "Shoshinsha, kowagari",
                f"Pick-up by {v.whole(g, 'au')} at 15:00",
                "Snowboard ni henko",
            ]
        )

    return Table(
        "niseko_snow_school.ressun_yoyaku",
        "ja-romaji",
        "snake",
        [
            c("yoyaku_id", N, "BIGINT", g.keys(40_001), "decoy", KEY),
            c("yoyaku_bango", N, "VARCHAR", g.col(lambda: g.code("NSS-99999")), "decoy", SHAPE),
            c("shimei", "person_name", "VARCHAR", [r["kanji"] for r in rows]),
            c("shimei_kana", "person_name", "VARCHAR", [r["kana"] for r in rows]),
            c("sei_romaji", "last_name", "VARCHAR", [r["sei"].upper() for r in rows]),
            c("mei_romaji", "first_name", "VARCHAR", [r["mei"] for r in rows]),
            c("seinengappi", "date_of_birth", "VARCHAR", [_dob(r["born"], "ymd/") for r in rows]),
            c("nenrei", N, "INTEGER", [2026 - r["born"].year for r in rows], "decoy"),
            c("seibetsu", N, "VARCHAR", ["onna" if r["female"] else "otoko" for r in rows], "decoy"),
            c("kokuseki", N, "VARCHAR", [ISO3[r["c"]] for r in rows], "decoy"),
            c(
                "ryoken_bango",
                "national_id",
                "VARCHAR",
                [None if r["c"] == "jp" or g.rnd.random() < 0.1 else v.passport(g, r["c"]) for r in rows],
                HEAVY,
                TRAVEL_DOC,
            ),
            c("jusho", "street_address", "VARCHAR", [r["street"] for r in rows]),
            c("yubin_bango", "postal_code", "VARCHAR", [r["pc"] for r in rows]),
            c("todofuken", N, "VARCHAR", [r["pref"] for r in rows], "decoy"),
            c("shikuchoson", "city", "VARCHAR", [r["town"] for r in rows]),
            c(
                "denwa_bango",
                "phone",
                "VARCHAR",
                [g.phone(r["region"], g.rnd.choice(["national", "intl"])) for r in rows],
            ),
            c("meeru_adoresu", "email", "VARCHAR", [mail(r) for r in rows]),
            c(
                "hogosha_shimei",
                "person_name",
                "VARCHAR",
                [
                    (f"{r['sei']} {v.given(g, 'jp')}" if r["c"] == "jp" else f"{v.given(g, r['c'])} {r['sei']}")
                    if k
                    else None
                    for r, k in zip(rows, kid)
                ],
                ROLE,
                HEAVY,
            ),
            c("kinkyu_renrakusaki", "phone", "VARCHAR", [g.phone(r["region"], "intl") for r in rows]),
            c("insutorakuta", "person_name", "VARCHAR", g.col(g.pick(instructors)), STAFF),
            c(
                "ressun_shubetsu",
                N,
                "VARCHAR",
                g.col(g.pick(["kids_half", "group_full", "private_2h", "first_timer"])),
                "decoy",
            ),
            c("ressun_bi", N, "DATE", g.days("2025-12-10", "2026-03-25"), "decoy"),
            c("kaishi_jikoku", N, "VARCHAR", g.col(g.pick(["09:00", "09:30", "13:00", "13:30"])), "decoy"),
            c("ryokin_en", N, "INTEGER", g.col(g.pick([14_000, 22_000, 38_000, 56_000])), "decoy"),
            c("ita_nagasa_cm", N, "INTEGER", g.ints(90, 180), "decoy"),
            c("kutsu_saizu", N, "DOUBLE", g.col(lambda: g.rnd.randint(36, 60) / 2), "decoy"),
            c("shincho_cm", N, "INTEGER", g.ints(95, 195), "decoy"),
            c("rentaru_sku", N, "VARCHAR", g.col(lambda: g.code("RNT-AA-999"), 0.3), "decoy", SHAPE),
            c("koshin_nichiji", N, "TIMESTAMP", g.moments("2025-09-01", "2026-03-25"), "decoy"),
            c("houjin_bango", N, "VARCHAR", [corp] * g.rows, "business", CHECK),
            c("biko", "free_text", "VARCHAR", g.sparse(remark, 0.75, _words("nashi", "なし")), NULLWORD),
            c("tantosha", USERNAME, "VARCHAR", g.col(g.pick(clerks)), USER, AUDIT),
        ],
    )


def el_excursion_passengers(g: Gen) -> Table:
    """A Corfu travel agency's passenger list for day cruises to Paxos and Antipaxos (Greek-script column names,
    snake case; the law requires a named list of those on board): the booking, family and given name, the patronymic
    (Greek passengers), birth date, sex, nationality, identity-card number (Greeks) and passport number (visitors),
    phone, e-mail, the hotel and room for pick-up (``none``), boarding point, boat and IMO number, route, date and
    time, price, the agency's AFM and the selling agency, the escort, ``πεδίο_1`` (an emergency phone), ``πεδίο_2``
    (none) and remarks."""
    rows = []
    for _ in range(g.rows):
        country = g.rnd.choices(["el", "gb", "it", "de_de", "fr", "nl", "pl"], [0.45, 0.2, 0.1, 0.1, 0.05, 0.05, 0.05])[
            0
        ]
        rows.append(_guest(g, country, 1940, 2018))
    greek = [p.country == "el" for p in rows]
    escorts = _staff(g, 4, lambda: v.whole(g, "el"))
    afm = v.gr_afm(g)
    imo = {"Κέρκυρα Star": v.imo_number(g), "Παξοί Express": v.imo_number(g)}
    boat = [g.rnd.choice(list(imo)) for _ in range(g.rows)]
    hotels = ["Corfu Palace", "Κοντοκάλι Μπέι", "Ξενοδοχείο Αχίλλειον", "Δασιά Σπίτια", "Ipsos Beach Hotel"]

    def remark() -> str:
        return g.rnd.choice(
            [
                f"Μαζί με τον/την {v.whole(g, 'el')}",
                "Ναυτία, θέση στο κατάστρωμα",
                f"Πληρώνει ο {v.given(g, 'el')} στο λιμάνι",
                "Παιδικό καρότσι",
            ]
        )

    return Table(
        "κρουαζιέρες_κέρκυρας.κατάλογος_επιβατών",
        "el-greek",
        "snake",
        [
            c("α_α", N, "INTEGER", g.keys(1), "decoy", KEY),
            c(
                "κωδικός_κράτησης",
                N,
                "VARCHAR",
                g.col(lambda: g.code("ΚΡ-99999").replace("Κ", "K").replace("Ρ", "P")),
                "decoy",
                SHAPE,
            ),
            c("επώνυμο", "last_name", "VARCHAR", [p.last for p in rows]),
            c("όνομα", "first_name", "VARCHAR", [p.first for p in rows]),
            c(
                "πατρώνυμο",
                "person_name",
                "VARCHAR",
                [v.person(g, "el", False)[0] if t else None for t in greek],
                HEAVY,
            ),
            c("ημερομηνία_γέννησης", "date_of_birth", "VARCHAR", [_dob(p.born, "dmy/") for p in rows]),
            c("φύλο", N, "VARCHAR", ["Θ" if p.female else "Α" for p in rows], "decoy"),
            c("υπηκοότητα", N, "VARCHAR", [ISO3[p.country] for p in rows], "decoy"),
            c(
                "αριθμός_ταυτότητας",
                "national_id",
                "VARCHAR",
                [f"{g.rnd.choice(['ΑΚ', 'ΑΜ', 'ΑΙ', 'Χ'])} {g.digits(6)}" if t else None for t in greek],
                HEAVY,
                TRAVEL_DOC,
            ),
            c(
                "αριθμός_διαβατηρίου",
                "national_id",
                "VARCHAR",
                [None if t else v.passport(g, p.country) for p, t in zip(rows, greek)],
                TRAVEL_DOC,
            ),
            c(
                "τηλέφωνο",
                "phone",
                "VARCHAR",
                [_phone_of(g, p, {"national": 0.4, "intl": 0.4, "00": 0.2}) for p in rows],
            ),
            c(
                "ηλ_ταχυδρομείο",
                "email",
                "VARCHAR",
                [
                    None
                    if g.rnd.random() < 0.25
                    else v.email(g, p.country)
                    if p.country == "el"
                    else v.email_of(g, p.first, p.last, v.DOMAINS[p.country])
                    for p in rows
                ],
            ),
            c("ξενοδοχείο_παραλαβής", N, "VARCHAR", g.col(g.pick(hotels), 0.3), "business"),
            c("αριθμός_δωματίου", N, "VARCHAR", g.col(lambda: str(g.rnd.randint(101, 460)), 0.35), "decoy"),
            c("σημείο_επιβίβασης", N, "VARCHAR", g.col(g.pick(["Παλιό Λιμάνι", "Γουβιά Μαρίνα", "Λευκίμμη"])), "decoy"),
            c("σκάφος", N, "VARCHAR", boat, "decoy", NAME_LIKE),
            c("αριθμός_imo", N, "VARCHAR", [imo[b] for b in boat], "decoy", CHECK),
            c(
                "δρομολόγιο",
                N,
                "VARCHAR",
                g.col(g.pick(["Παξοί - Αντίπαξοι - Γαλάζιες Σπηλιές", "Παργα - Σύβοτα"])),
                "decoy",
            ),
            c("ημερομηνία_εκδρομής", N, "DATE", g.days("2025-05-15", "2025-10-10"), "decoy"),
            c("ώρα_αναχώρησης", N, "VARCHAR", g.col(g.pick(["08:30", "09:00", "09:15"])), "decoy"),
            c("τιμή_ευρώ", N, "DECIMAL(6,2)", g.col(g.pick([35.0, 45.0, 55.0, 20.0])), "decoy"),
            c(
                "συντεταγμένες_λιμένα",
                N,
                "VARCHAR",
                g.col(lambda: f"{g.rnd.uniform(39.2, 39.8):.5f}, {g.rnd.uniform(19.6, 20.2):.5f}"),
                "decoy",
                COORD,
            ),
            c("αφμ_πρακτορείου", N, "VARCHAR", [afm] * g.rows, "business", CHECK),
            c(
                "πρακτορείο_πώλησης",
                N,
                "VARCHAR",
                g.col(g.pick(["Κέρκυρα Travel", "Ionian Days", "Sidari Tours"])),
                "business",
            ),
            c("συνοδός", "person_name", "VARCHAR", g.col(g.pick(escorts)), STAFF),
            c(
                "πεδίο_1",
                "phone",
                "VARCHAR",
                [None if g.rnd.random() < 0.6 else _phone_of(g, p, {"intl": 1.0}) for p in rows],
                OPAQUE,
                HEAVY,
            ),
            c("πεδίο_2", N, "VARCHAR", g.col(g.pick(["καρότσι", "ναυτία", "χορτοφάγος"]), 0.6), OPAQUE, "decoy"),
            c("παρατηρήσεις", "free_text", "VARCHAR", g.sparse(remark, 0.78, _words("καμία")), NULLWORD),
        ],
    )


BUILDERS: list[tuple[Callable[[Gen], Table], int]] = [
    (gb_hostel_beds, 420),
    (ie_guide_roster, 340),
    (at_season_passes, 460),
    (fr_fiches_police, 380),
    (es_campervan_contracts, 360),
    (it_spa_bookings, 400),
    (pt_al_bulletins, 440),
    (nl_camping_register, 380),
    (pl_tour_participants, 420),
    (se_hostel_bookings, 360),
    (dk_cruise_manifest, 450),
    (cz_guest_register, 330),
    (tr_kbs_notifications, 470),
    (ja_ski_lessons, 350),
    (el_excursion_passengers, 310),
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
