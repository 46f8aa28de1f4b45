"""Held-out set v14 for the column classifier: 21 tables in domains no earlier set used, and new value shapes.

Written **blind**, like v2 to v13: by someone who has read neither the classifier (``governance_dagster/detect/``) nor
its documentation, tests, changelog or notes, only the list of kind names (``governance_dagster/kinds.py``), how the
scorer registers and calls a set (``heldout_v2_accuracy.py``), the *structure* and labeling conventions of v12 and v13
(``heldout_v12.py``, ``heldout_v13.py``, their value modules and tests), the docstrings of v2 to v11 (to avoid their
domains and shapes) and the ``Column``/``Table`` classes and writer they build on. The classifier was not run on this
set while it was written, no scorer was run on it, and no score of any set was looked at: nothing here was adjusted to
what the classifier does.

What is new against v2 to v13:

* domains: a tattoo studio's consent forms (``ink.consent_forms``, US English); an escape-room venue's bookings in a
  staging table whose columns lost their names (``stg.escape_bookings_raw``, ``c01`` .. ``c30``, UK English); a rowing
  club's members (``roeivereniging.ledenAdministratie``, Dutch); an integration course's participants from Ukraine,
  Syria and Afghanistan (``sprachkurs.tn_liste``, German); a coworking space's members (``coworking.membrosPlanos``,
  Brazilian Portuguese); a cork processor's warehouse lots, decoys and business data only (``cortica.lotes_armazem``,
  European Portuguese); an orthodontist's recall list (``ortodonzia.RichiamiPazienti``, Italian); a locksmith's register
  of restricted key copies (``lassmed.nyckelkopior``, Swedish); a rural vet's farm visits (``veto.visites_elevage``,
  French); a parish cemetery's grave register (``cmentarz.ewid_grobow``, Polish); a translation agency's freelancers in
  Spain and Latin America (``TRAD.PROV_FREELANCE``, Spanish); self-storage rental contracts with private and business
  tenants (``sklady.najemni_smlouvy``, Czech); a hearing-aid centre's deliveries (``isitme.CihazTeslimleri``, Turkish);
  a piano school's pupils (``PIANO_KYOSHITSU.SEITO_MEIBO``, romanized Japanese); a photo studio's portrait bookings
  (``写真館.撮影予約``, Japanese); a campsite's guest registration (``кемпинг.регистрация_гостей``, Russian); a dance school's
  enrolments in Greece and Cyprus (``σχολή_χορού.εγγραφές``, Greek); a winter-bathing club's members with Icelandic
  members (``vinterbad.medlemmer``, Danish); a ferry operator's departures, decoys and business data only
  (``ferje.avganger``, Norwegian); a pálinka distillery's contract-distilling customers with their mothers' names
  (``palinka.berfozetes_megrendelok``, Hungarian); a snow-clearing contractor's customers and housing companies
  (``lumityot.asiakkaat``, Finnish);
* shapes: identifiers of several countries in one column (tag ``multi_country``: Swedish personnummer and Norwegian
  fødselsnummer; DNI/NIE, Mexican RFC, Argentine CUIT, Chilean RUT, Costa Rican cédula and Peruvian CUI; Russian, Kazakh
  and Belarusian passports); a Brazilian Pix key column holding a CPF, an e-mail, a phone or a random key by row
  (``unclassified``, tag ``mixed``); phones written with odd separators (``+57.321.386.022``, ``(+506) 835 484 61``,
  ``+34/781019131``; tag ``odd_format``); a date of birth split into day, month and year integer columns beside a last
  visit split the same way (tag ``split_dob``); a date of birth as an integer ``yyyymmdd`` beside enrolment, recital and
  registration dates in the same form (tag ``int_dob``); a deceased person's name, PESEL and date of birth (tag
  ``deceased``); a staging table with source prefixes (``src_crm_``, ``stg_``, ``raw_c07``); private and business
  tenants row by row (tag ``mixed_party``, as v13); columns of empty strings, NULL-words, NULLs, padding and mixed case
  (as v13); misleading names (``misc_1`` and ``Code`` and ``код`` phones, ``NOTAS2`` an e-mail, ``ref_b`` a name;
  ``email_opt``, ``emailBevestigd``, ``nyhedsbrev_email``, ``EpostaIzni`` flags, ``adresSk``, ``nomeEmpresaId``,
  ``mannskap_navn_id`` keys, ``nome_lote``, ``όνομα_παράστασης`` names of things);
* dates of birth as DATE, ``MM/DD/YYYY``, ``dd Mon yyyy``, ``dd.mm.yyyy``, ``dd/mm/yyyy``, ``dd-mm-yyyy``,
  ``yyyy-mm-dd``, Hungarian ``yyyy.mm.dd.``, Finnish ``d.m.yyyy``, Japanese-era text, integers ``yyyymmdd`` and split
  integers, each beside dates of other events in the same form (session, booking, joining, course start, last visit,
  visit, death and burial, registration, prescription, enrolment, shoot, arrival, distilling, contract start);
* decoys (tag ``decoy``, and ``value_shape`` when shaped like a personal value): boats, ferries and cork estates named
  after people, quays named like streets, card-shaped gift cards failing Luhn, CPF-shaped protocol numbers failing the
  CPF check, T.C.-kimlik-shaped provision numbers failing its check, transport notes and departure numbers written like
  phone numbers that are no valid numbers, a card's last four digits, construction years, ear tags, access chips, lot
  codes, GS1 codes, plates, hashes, UUIDs, coordinates, versions, user agents, day and month names;
* identifiers new to the sets or rare in them: the Hungarian TAJ number (``ssn``), Icelandic kennitala, Costa Rican
  cédula, Peruvian CUI, Ukrainian RNOKPP of refugees, a German foreigners'-register (AZR) number; IBANs of Ukraine,
  Costa Rica, Iceland, Cyprus and the Dominican Republic; phones of regions the earlier sets used little or not at all
  (Syria, Afghanistan, Colombia, Costa Rica, Peru, Chile, Kazakhstan, Belarus, Cyprus, Iceland, Argentina, Mexico,
  Slovakia); card numbers of Visa, Mastercard, Amex, Discover, JCB, Diners and Maestro;
* column names in English (US and UK), German, French, Spanish, Italian, Portuguese (Brazil and Portugal), Dutch,
  Polish, Swedish, Danish, Norwegian, Finnish, Hungarian, Czech, Turkish, romanized Japanese (``ja-Latn``), Japanese,
  Russian (Cyrillic) and Greek; styles: snake, camel, Pascal, SCREAMING, native scripts, abbreviations (``geb_dat``,
  ``str_hnr``, ``zm_nazw``, ``dysp_ul``, ``F_NAC``, ``TEL_CTC``), source prefixes and generic names (``c01`` ..
  ``c30``).

Labeling rules: the same as v2 to v13 (see :mod:`benchmarks.classification.heldout_v13`): ``ssn`` is a social-security
or social-insurance number, ``national_id`` any other state-issued personal identifier; a business's address, phone,
postal code, city, e-mail, tax and registration numbers and bank account are ``none`` (tag ``business``); names of
staff, officers, teachers, doctors, vets, audiologists, photographers and interpreters are ``person_name`` (a first name
alone ``first_name``); a login or public display handle is ``unclassified`` (tag ``username``); free text that names
people is ``free_text``, text that names nobody ``none``; a column of several personal kinds is ``unclassified`` (tag
``mixed``). Applied to v14's new cases (no new rule, but choices a reader may question):

* ``ssn``: the Greek AMKA, the Hungarian TAJ; ``national_id``: the Hungarian adóazonosító jel, the Finnish
  henkilötunnus, CPF, personnummer, fødselsnummer, kennitala, CPR, codice fiscale, PESEL, rodné číslo, T.C. kimlik,
  RNOKPP, DNI/NIE, a person's RFC and CUIT, RUT, Costa Rican cédula, CUI, the AZR number, Russian, Kazakh and Belarusian
  passports, the number of a US driver's licence, state ID or passport shown at a tattoo studio (tag ``licence``);
* a column holding identifiers of several countries is ``national_id`` (tag ``multi_country``);
* a dead person's name, PESEL and date of birth are labeled as a living person's (tag ``deceased``);
* a mother's name (``anyja_neve``, asked for on Hungarian forms) is ``person_name``; so is a name in Hungarian order
  (family name first), which is not tagged ``surname_first``; a housing company and its Y-tunnus are ``none``
  (``business``), its property manager's name ``person_name``;
* a farm run as a company (GAEC, EARL) is a business: its name, SIRET, address, commune, postal code and landline are
  ``none``; the farmer's own name, mobile, e-mail and date of birth are personal;
* a Swedish flat number (``lgh_nr``) is ``street_address`` (tag ``split_address``); a place of birth is ``city``;
* a katakana reading of a family name alone is ``last_name``; a sibling's given name alone ``first_name``;
* a column mostly of private tenants and partly of companies is labeled by its private majority (tag ``mixed_party``);
  the company number filled only for companies is ``none`` (``business``);
* the Pix key column is ``unclassified`` (tag ``mixed``); a card's last four digits, an access chip, a car plate (tag
  ``vehicle``) and a sworn-translator number (tag ``licence``) are ``none``;
* names given to boats, ferries, estates, cork products and ballets are ``none`` (tag ``value_shape``).

Tags: ``decoy``, ``business``, ``null_heavy``, ``nullword_heavy``, ``empty_strings``, ``padded_case``, ``mixed_party``,
``surname_first``, ``split_address``, ``vehicle``, ``value_shape``, ``misleading``, ``abbrev``, ``opaque``,
``username``, ``qualified``, ``licence``, ``mixed`` (as in v12 and v13), and new: ``multi_country``, ``odd_format``,
``split_dob``, ``int_dob``, ``deceased``.

Every value is generated here from :data:`SEED` (one ``random.Random`` per table, named after its builder) with
python-stdnum for check digits, phonenumbers for phone validity and formats, and the lists of names, streets and cities
of :mod:`benchmarks.classification.heldout_v14_values`, written for v14 (no Faker, no list of real people). Build:
``python -m benchmarks.classification.heldout_v14 [PATH]`` (default ``/tmp/heldout_v14.duckdb``). Score:
``python -m benchmarks.classification.heldout_v2_accuracy --set v14``. Built with python-stdnum 2.2 and phonenumbers
9.0.
"""

from __future__ import annotations

import string
import sys
from collections.abc import Callable
from datetime import date, datetime, timedelta
from pathlib import Path

from benchmarks.classification import heldout_v4
from benchmarks.classification import heldout_v14_values as v
from benchmarks.classification.heldout_v2 import Column, Table
from benchmarks.classification.heldout_v14_values import MIXED, NULLISH, SEED, USERNAME, Gen, N, c

__all__ = [
    "BUILDERS",
    "DEFAULT_PATH",
    "MIXED",
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

DEFAULT_PATH = Path("/tmp/heldout_v14.duckdb")

NULLWORD = "nullword_heavy"  # 70-95% NULL-like strings and empty strings (few real NULLs)
EMPTY = "empty_strings"  # 70-95% empty strings, no NULL
MIXED_PARTY = "mixed_party"  # private and business rows in one column: labeled by the private majority
PADDED = "padded_case"  # leading and trailing spaces, tabs, mixed case
SPLIT_DOB = "split_dob"  # a date of birth split into day, month and year columns
INT_DOB = "int_dob"  # a date of birth as an integer yyyymmdd
MULTI_COUNTRY = "multi_country"  # identifiers of several countries in one column
ODD_FORMAT = "odd_format"  # phones written with dots, slashes, brackets around the country code
SHAPE = "value_shape"
VEHICLE = "vehicle"
MISLEADING = "misleading"
LICENCE = "licence"
DECEASED = "deceased"  # data of a dead person (labeled as of a living one)


def _dmy(d: date | None, sep: str = ".") -> str | None:
    return None if d is None else f"{d.day:02d}{sep}{d.month:02d}{sep}{d.year}"


def _mdy(d: date | None) -> str | None:
    return None if d is None else f"{d.month:02d}/{d.day:02d}/{d.year}"


def _ymd_int(d: date | None) -> int | None:
    return None if d is None else d.year * 10_000 + d.month * 100 + d.day


def _words(*extra: str) -> tuple[str, ...]:
    return ("", "-", "NULL", "n/a") + extra


# -- tattoo studio consent forms (US English) -------------------------------------------------------------------------

_US_STATES = [("NC", "Asheville"), ("ID", "Boise"), ("WA", "Spokane"), ("GA", "Savannah"), ("CA", "Fresno"),
              ("IA", "Des Moines"), ("TN", "Chattanooga"), ("OR", "Eugene"), ("OK", "Tulsa"), ("NV", "Reno")]


def us_tattoo_consent(g: Gen) -> Table:
    """A tattoo studio's release and consent forms: the client with the ID shown, the date of birth checked against
    the session date (both MM/DD/YYYY), a parent for minors (where the state allows), the artist, a card kept on file
    for the deposit, aftercare notes that name people."""
    fem = v.sexes(g, 0.55)
    firsts, lasts = v.people(g, "us", fem)
    births = g.births(1955, 2008)
    sessions = g.days("2025-01-05", "2025-11-30")
    places = [v.city(g, "US") for _ in range(g.rows)]
    state = {city: st for st, city in _US_STATES}
    minors = [(s - b).days < 18 * 365 for s, b in zip(sessions, births)]
    artists = [v.person(g, "us") for _ in range(5)]
    artist = [g.rnd.choice(artists) for _ in range(g.rows)]
    return Table("ink.consent_forms", "en", "snake", [
        c("form_id", N, "BIGINT", g.keys(70_001), "decoy"),
        c("signed_at", N, "TIMESTAMP", [datetime_at(g, s) for s in sessions], "decoy"),
        c("client_first", "first_name", "VARCHAR", firsts),
        c("client_last", "last_name", "VARCHAR", lasts),
        c("client_dob", "date_of_birth", "VARCHAR", [_mdy(b) for b in births]),
        c("session_date", N, "VARCHAR", [_mdy(s) for s in sessions], "decoy", SHAPE),
        c("id_type", N, "VARCHAR", g.col(g.pick(["DL", "DL", "DL", "STATE ID", "PASSPORT", "MILITARY"])), "decoy"),
        c("id_number", "national_id", "VARCHAR", g.col(lambda: g.rnd.choice([g.code("A9999999"),
                                                                            g.digits(9, string.digits),
                                                                            g.code("AA999999")])), LICENCE),
        c("id_expires", N, "DATE", g.days("2025-06-01", "2032-12-31"), "decoy"),
        c("cell", "phone", "VARCHAR", g.phones("US", {"national": 0.5, "dashed": 0.2, "e164": 0.15, "local": 0.15})),
        c("email", "email", "VARCHAR", v.emails(g, firsts, lasts, ["gmail.com", "yahoo.com", "icloud.com",
                                                                   "outlook.com"], 0.1)),
        c("street", "street_address", "VARCHAR", g.col(lambda: v.street(g, "us"))),
        c("city", "city", "VARCHAR", [p[0] for p in places]),
        c("state", N, "VARCHAR", [state[p[0]] for p in places], "decoy"),
        c("zip", "postal_code", "VARCHAR", [v.postal(g, "US", p[1]) for p in places]),
        c("guardian_name", "person_name", "VARCHAR",
          [f"{v.given(g, 'us')} {b}" if m or g.rnd.random() < 0.08 else None for m, b in zip(minors, lasts)],
          "null_heavy"),
        c("artist", "person_name", "VARCHAR", [f"{a} {b}" for a, b in artist]),
        c("artist_ig", USERNAME, "VARCHAR", [f"@{v.plain(a)}.ink" if i % 2 else f"@{v.plain(b)}tattoos"
                                             for i, (a, b) in enumerate(artist)], "username"),
        c("placement", N, "VARCHAR", g.col(g.pick(["forearm", "upper arm", "calf", "ribs", "back", "ankle",
                                                   "wrist", "sternum"])), "decoy"),
        c("design", N, "VARCHAR", g.col(g.pick(["koi fish", "rose and dagger", "mandala", "script - custom",
                                                "traditional swallow", "geometric wolf", "cover-up"])), "decoy"),
        c("ink_lot", N, "VARCHAR", g.col(lambda: f"LOT{g.code('9999-AA')}"), "decoy"),
        c("needle_sku", N, "VARCHAR", g.col(lambda: f"{g.rnd.choice(['RL', 'RS', 'M1', 'CM'])}-"
                                                    f"{g.rnd.choice(['03', '05', '07', '09', '11'])}-"
                                                    f"{g.rnd.randint(1, 9)}"), "decoy"),
        c("deposit_usd", N, "DECIMAL(7,2)", g.col(g.pick([50.0, 100.0, 150.0, 200.0])), "decoy"),
        c("card_on_file", "credit_card", "VARCHAR",
          g.col(lambda: v.card(g, ["visa", "mastercard", "amex", "discover"], g.rnd.choice(["plain", "spaced"])),
                0.82), "null_heavy"),
        c("card_last4", N, "VARCHAR", g.col(lambda: g.digits(4, string.digits)), "decoy", SHAPE),
        c("aftercare_notes", "free_text", "VARCHAR", g.col(lambda: g.rnd.choice([
            f"touch-up booked, client's sister {v.whole(g, 'us', True)} also wants a slot",
            f"latex allergy - nitrile only. ride home with {v.given(g, 'us')} ({g.phone('US')})",
            f"referred by {v.whole(g, 'us')}"]), 0.8), "null_heavy"),
        c("email_opt", N, "VARCHAR", g.yn("Y", "N", 0.4), "decoy", MISLEADING),
        c("photo_sha1", N, "VARCHAR", g.col(g.sha1), "decoy"),
        c("station", N, "INTEGER", g.ints(1, 6), "decoy"),
        c("session_hours", N, "DECIMAL(4,1)", g.col(g.pick([1.0, 1.5, 2.0, 3.0, 4.5, 6.0])), "decoy"),
        c("healing_check_on", N, "DATE", [s + timedelta(days=g.rnd.randint(14, 42)) for s in sessions], "decoy"),
    ])


def datetime_at(g: Gen, d: date) -> datetime:
    """A moment on day ``d`` during opening hours."""
    return datetime(d.year, d.month, d.day, g.rnd.randint(10, 20), g.rnd.randint(0, 59), g.rnd.randint(0, 59))


# -- escape-room bookings, an export with opaque names (UK English) ---------------------------------------------------

_GB_COMPANIES = [("Hartley Logistics Ltd", "events@hartleylogistics.co.uk"),
                 ("Norfolk Building Society", "social@norfolkbs.co.uk"),
                 ("Cambridge Analytics Ltd", "hr@cambanalytics.co.uk")]


def gb_escape_rooms(g: Gen) -> Table:
    """An escape-room venue's bookings exported from its booking system into a staging table whose columns lost their
    names (``c01`` .. ``c28``): private groups and a few company team-building bookings."""
    fem = v.sexes(g, 0.5)
    firsts, lasts = v.people(g, "gb", fem)
    places = [v.city(g, "GB") for _ in range(g.rows)]
    slots = g.moments("2025-01-01", 330)
    corporate = [g.rnd.random() < 0.12 for _ in range(g.rows)]
    company = [g.rnd.choice(_GB_COMPANIES) if b else None for b in corporate]
    births = g.births(1960, 2007)
    hosts = [v.given(g, "gb") for _ in range(6)]
    cols = [
        (N, "VARCHAR", g.col(lambda: f"ESC-{g.code('AA99AA')}"), ("decoy",)),
        (N, "TIMESTAMP", slots, ("decoy",)),
        (N, "VARCHAR", g.col(g.pick(["The Vault", "Asylum Ward", "Pharaoh's Tomb", "Submarine K-9",
                                     "Victorian Study"])), ("decoy",)),
        (N, "INTEGER", g.ints(2, 8), ("decoy",)),
        ("person_name", "VARCHAR", [f"{a} {b}" for a, b in zip(firsts, lasts)], ()),
        ("email", "VARCHAR", [v.email(g, a, b, ["btinternet.com", "gmail.com", "hotmail.co.uk", "sky.com"])
                              for a, b in zip(firsts, lasts)], ()),
        ("phone", "VARCHAR", g.phones("GB", {"national": 0.5, "intl": 0.2, "local": 0.2, "e164": 0.1}), ()),
        ("street_address", "VARCHAR", g.col(lambda: v.street(g, "gb"), 0.25), ()),
        ("city", "VARCHAR", [p[0] for p in places], ()),
        ("postal_code", "VARCHAR", [v.postal(g, "GB", p[1]) for p in places], ()),
        ("date_of_birth", "VARCHAR", g.nullify([f"{b:%d %b %Y}" for b in births], 0.2), ()),
        (N, "VARCHAR", [f"{s:%d %b %Y}" for s in slots], ("decoy", SHAPE)),
        (N, "VARCHAR", [x[0] if x else None for x in company], ("business", "null_heavy")),
        (N, "VARCHAR", [x[1] if x else None for x in company], ("business", "null_heavy")),
        (N, "VARCHAR", g.col(g.pick(["voucher", "card", "card", "card", "invoice", "gift card"])), ("decoy",)),
        (N, "DECIMAL(7,2)", g.amounts(40, 260), ("decoy",)),
        (N, "VARCHAR", g.col(lambda: v.not_luhn_plain(g, "6034", 16), 0.75), ("decoy", SHAPE, "null_heavy")),
        ("credit_card", "VARCHAR", g.col(lambda: v.card(g, ["visa", "mastercard", "maestro"], "spaced"), 0.8),
         ("null_heavy",)),
        ("first_name", "VARCHAR", g.col(g.pick(hosts)), ()),
        (N, "INTEGER", g.ints(14, 60), ("decoy",)),
        (N, "BOOLEAN", g.yn(True, False, 0.35), ("decoy",)),
        ("free_text", "VARCHAR", g.col(lambda: g.rnd.choice([
            f"birthday surprise for {v.given(g, 'gb', True)} - don't mention on the phone",
            f"hen do, bride is {v.whole(g, 'gb', True)}", f"{v.whole(g, 'gb')} uses a wheelchair, ground floor room"]),
            0.8), ("null_heavy",)),
        ("ip_address", "VARCHAR", g.col(lambda: g.ipv4() if g.rnd.random() < 0.7 else g.ipv6()), ()),
        (N, "VARCHAR", g.col(lambda: "Mozilla/5.0 (" + g.rnd.choice(["iPhone; CPU iPhone OS 17_5", "Windows NT 10.0",
                                                                     "Linux; Android 14"]) + ")"), ("decoy",)),
        (N, "VARCHAR", g.col(g.uuid), ("decoy",)),
        (N, "VARCHAR", g.col(g.pick(["google", "tripadvisor", "facebook", "walk-in", "repeat"])), ("decoy",)),
        (N, "INTEGER", g.ints(1, 5), ("decoy",)),
        (N, "TIMESTAMP", g.moments("2024-10-01", 400), ("decoy",)),
        (N, "VARCHAR", g.col(g.pick(["English", "Welsh", "Polish", "English"])), ("decoy",)),
        (N, "DECIMAL(5,2)", g.amounts(0, 25), ("decoy",)),
    ]
    return Table("stg.escape_bookings_raw", "en", "generic", [
        c(f"c{i + 1:02d}", kind, sql_type, values, "opaque", *tags)
        for i, (kind, sql_type, values, tags) in enumerate(cols)
    ])


# -- rowing club members (Dutch, camel) -------------------------------------------------------------------------------


def nl_rowing_club(g: Gen) -> Table:
    """A rowing club's member administration: members, the direct-debit account for the fee, an emergency contact,
    the coach, boats named after people (decoys), a member's date of birth beside the date they joined."""
    fem = v.sexes(g, 0.45)
    firsts, lasts = v.people(g, "nl", fem)
    births = g.births(1950, 2010)
    places = [v.city(g, "NL") for _ in range(g.rows)]
    coaches = [v.whole(g, "nl") for _ in range(6)]
    return Table("roeivereniging.ledenAdministratie", "nl", "camel", [
        c("lidNummer", N, "INTEGER", g.keys(1_001), "decoy"),
        c("roepnaam", "first_name", "VARCHAR", firsts),
        c("achternaam", "last_name", "VARCHAR", lasts),
        c("voorletters", "person_name", "VARCHAR", [f"{a[0]}." + (f"{g.rnd.choice('JMPACW')}." if g.rnd.random() < 0.5
                                                                 else "") for a in firsts]),
        c("geboortedatum", "date_of_birth", "DATE", births),
        c("lidSinds", N, "DATE", [min(max(b + timedelta(days=365 * 12), date(1990, 1, 1)) +
                                      timedelta(days=g.rnd.randrange(0, 3_000)), date(2025, 10, 31)) for b in births],
          "decoy", SHAPE),
        c("adres", "street_address", "VARCHAR", g.col(lambda: v.street(g, "nl"))),
        c("postcode", "postal_code", "VARCHAR", [v.postal(g, "NL", p[1]) for p in places]),
        c("woonplaats", "city", "VARCHAR", [p[0] for p in places]),
        c("mobiel", "phone", "VARCHAR", g.phones("NL", {"national": 0.5, "intl": 0.3, "local": 0.2})),
        c("email", "email", "VARCHAR", v.emails(g, firsts, [x.replace(" ", "") for x in lasts],
                                                ["ziggo.nl", "kpnmail.nl", "gmail.com", "hotmail.nl"])),
        c("ibanContributie", "iban", "VARCHAR", g.col(lambda: v.iban(g, "NL", g.rnd.random() < 0.5))),
        c("noodcontactNaam", "person_name", "VARCHAR", g.col(lambda: v.whole(g, "nl"))),
        c("noodcontactTel", "phone", "VARCHAR", g.phones("NL", {"national": 0.7, "local": 0.3}), "qualified"),
        c("knrbLidnummer", N, "VARCHAR", g.col(lambda: f"KNRB{g.digits(6, string.digits)}"), "decoy"),
        c("ploeg", N, "VARCHAR", g.col(g.pick(["Heren 8+", "Dames 4x", "Veteranen 4+", "Junioren 2x", "Recreatie"])),
          "decoy"),
        c("favorieteBoot", N, "VARCHAR", g.col(g.pick(["Willem Drees", "Koningin Juliana", "Anna Maria", "Pieter Bas",
                                                       "Johanna", "Jan van Galen"])), "decoy", SHAPE),
        c("ergo2kTijd", N, "VARCHAR", g.col(lambda: f"{g.rnd.randint(6, 9)}:{g.rnd.randint(0, 59):02d}."
                                                    f"{g.rnd.randint(0, 9)}"), "decoy"),
        c("stuurbrevet", N, "BOOLEAN", g.yn(True, False, 0.3), "decoy"),
        c("sleutelpasNr", N, "VARCHAR", g.col(lambda: g.code("xxxxxxxx").upper()), "decoy"),
        c("contributie", N, "DECIMAL(7,2)", g.col(g.pick([312.5, 395.0, 180.0, 95.0])), "decoy"),
        c("coach", "person_name", "VARCHAR", g.col(g.pick(coaches))),
        c("opmerkingen", "free_text", "VARCHAR", g.sparse(lambda: g.rnd.choice([
            f"broer van {v.whole(g, 'nl', False)}", f"ophalen door moeder {v.given(g, 'nl', True)}",
            f"blessure schouder, overleg met fysio {v.whole(g, 'nl')}"]), 0.8, _words("geen", "geen opgave")),
          NULLWORD),
        c("emailBevestigd", N, "BOOLEAN", g.yn(True, False, 0.9), "decoy", MISLEADING),
        c("adresSk", N, "BIGINT", g.keys(88_000_001, 3), "decoy", MISLEADING),
        c("vlootCategorie", N, "VARCHAR", g.col(g.pick(["C1", "C2", "B1", "A", "wedstrijd"])), "decoy"),
        c("dagNaamTraining", N, "VARCHAR", g.col(g.pick(["maandag", "woensdag", "zaterdag", "zondag"])), "decoy"),
        c("laatsteWijziging", N, "TIMESTAMP", g.moments("2025-01-01", 330), "decoy"),
    ])


# -- language and integration course (German, abbreviations) ----------------------------------------------------------

_ORIGIN = [("uk", "UA", "ukrainisch"), ("uk", "UA", "ukrainisch"), ("ar", "SY", "syrisch"), ("fa", "AF", "afghanisch")]
_BIRTHPLACES = {"UA": ["Charkiw", "Odessa", "Mariupol", "Dnipro", "Saporischschja"],
                "SY": ["Aleppo", "Homs", "Damaskus", "Latakia"],
                "AF": ["Herat", "Kabul", "Masar-e Scharif", "Kandahar"]}


def de_language_course(g: Gen) -> Table:
    """An adult-education centre's roster of integration-course participants: names as on their papers, place of
    birth, a foreigners'-register number, a phone of Germany or of home, the course, the teacher, the interpreter."""
    origin = [g.rnd.choice(_ORIGIN) for _ in range(g.rows)]
    fem = v.sexes(g, 0.55)
    names = [v.person(g, o[0], f) for o, f in zip(origin, fem)]
    births = g.births(1958, 2006)
    places = [v.city(g, "DE") for _ in range(g.rows)]
    starts = g.days("2024-09-01", "2025-10-31")
    teachers = [v.whole(g, "de") for _ in range(7)]

    def phone(o: tuple[str, str, str]) -> str:
        home = g.rnd.random() < 0.25
        return g.phone(o[1] if home else "DE", g.rnd.choice(["intl", "e164"]) if home else
                       g.rnd.choice(["national", "national", "slash", "intl"]))

    return Table("sprachkurs.tn_liste", "de", "snake+abbrev", [
        c("tn_nr", N, "VARCHAR", g.col(lambda: f"IK-{g.digits(6, string.digits)}"), "decoy", "abbrev"),
        c("kurs_nr", N, "VARCHAR", g.col(lambda: f"{g.rnd.choice(['25F', '25H'])}{g.rnd.randint(100, 140)}"
                                                 f"{g.rnd.choice(['IK', 'AK', 'JK'])}"), "decoy", "abbrev"),
        c("nachname", "last_name", "VARCHAR", [n[1].upper() if g.rnd.random() < 0.4 else n[1] for n in names]),
        c("vorname", "first_name", "VARCHAR", [n[0] for n in names]),
        c("geb_dat", "date_of_birth", "VARCHAR", [_dmy(b) for b in births], "abbrev"),
        c("kursbeginn", N, "VARCHAR", [_dmy(s) for s in starts], "decoy", SHAPE),
        c("geb_ort", "city", "VARCHAR", [g.rnd.choice(_BIRTHPLACES[o[1]]) for o in origin], "abbrev"),
        c("staatsang", N, "VARCHAR", [o[2] for o in origin], "decoy", "abbrev"),
        c("azr_nr", "national_id", "VARCHAR", g.col(lambda: g.digits(12, string.digits), 0.1), "abbrev"),
        c("rnokpp", "national_id", "VARCHAR", [v.ua_rnokpp(g) if o[1] == "UA" and g.rnd.random() < 0.35 else None
                                               for o in origin], "null_heavy"),
        c("aufenth_titel", N, "VARCHAR", g.col(g.pick(["§ 24 AufenthG", "§ 25 Abs. 2 AufenthG", "Duldung",
                                                       "Aufenthaltsgestattung"])), "decoy", "abbrev"),
        c("str_hnr", "street_address", "VARCHAR", g.col(lambda: v.street(g, "de")), "abbrev"),
        c("plz", "postal_code", "VARCHAR", [v.postal(g, "DE", p[1]) for p in places], "abbrev"),
        c("ort", "city", "VARCHAR", [p[0] for p in places]),
        c("tel", "phone", "VARCHAR", [phone(o) for o in origin], "abbrev"),
        c("email", "email", "VARCHAR", g.nullwords([v.email(g, n[0], n[1], ["gmail.com", "ukr.net", "web.de",
                                                                             "outlook.com"]) for n in names], 0.75,
                                                   _words("keine Angabe", "k.A.")), NULLWORD),
        c("niveau", N, "VARCHAR", g.col(g.pick(["A1", "A2", "B1", "B1", "Orientierungskurs"])), "decoy"),
        c("fehlstd", N, "INTEGER", g.ints(0, 120), "decoy", "abbrev"),
        c("lehrkraft", "person_name", "VARCHAR", g.col(g.pick(teachers))),
        c("dolm", "person_name", "VARCHAR", g.col(lambda: v.whole(g, g.rnd.choice(["uk", "ar", "fa"])), 0.85),
          "null_heavy", "abbrev"),
        c("traeger", N, "VARCHAR", g.col(g.pick(["Volkshochschule Göttingen", "Sprachschule Lingua GmbH",
                                                 "Bildungswerk Nord e.V."])), "business"),
        c("traeger_tel", N, "VARCHAR", g.col(g.pick([g.phone("DE", "national", False) for _ in range(3)])),
          "business", "abbrev"),
        c("iban_fahrtk", "iban", "VARCHAR", [v.iban_new(g, "UA") if o[1] == "UA" and g.rnd.random() < 0.3 else
                                             v.iban(g, "DE", True) for o in origin], "abbrev"),
        c("kinderbetr", N, "BOOLEAN", g.yn(True, False, 0.3), "decoy", "abbrev"),
        c("bemerkung", "free_text", "VARCHAR", g.col(lambda: g.rnd.choice([
            f"Ehemann {v.whole(g, 'uk', False)} im Parallelkurs",
            f"Kind krank, Mutter {v.given(g, 'ar', True)} ruft an",
            "Prüfung DTZ verschoben", f"wohnt bei Gastfamilie {v.person(g, 'de')[1]}"]), 0.82), "null_heavy"),
        c("pruef_dat", N, "DATE", g.days("2025-03-01", "2026-03-31"), "decoy", "abbrev"),
        c("modul", N, "INTEGER", g.ints(1, 6), "decoy"),
        c("kostenbefreit", N, "VARCHAR", g.yn("J", "N", 0.7), "decoy"),
    ])


# -- coworking space members (Brazilian Portuguese, camel) ------------------------------------------------------------

_BR_STARTUPS = ["Pipoca Labs Ltda", "Jabuti Software ME", "Caju Design Estúdio", "Ipê Consultoria Ltda",
                "Sabiá Pagamentos S.A."]


_BR_UF = {"Campinas": "SP", "Curitiba": "PR", "Recife": "PE", "Florianópolis": "SC", "Belo Horizonte": "MG",
          "Goiânia": "GO", "Salvador": "BA", "Porto Alegre": "RS"}


def br_coworking(g: Gen) -> Table:
    """A coworking space's members and plans: CPF, the member's Pix key (a CPF, an e-mail, a phone or a random key:
    a column of several kinds), the company they work for, access card and car plate, last Wi-Fi login."""
    fem = v.sexes(g, 0.5)
    firsts, lasts = v.people(g, "br", fem)
    births = g.births(1962, 2004)
    joined = g.days("2021-02-01", "2025-11-20")
    places = [v.city(g, "BR") for _ in range(g.rows)]
    cpfs = [v.br_cpf(g) for _ in range(g.rows)]
    mails = [v.email(g, a, b, ["gmail.com", "hotmail.com", "uol.com.br", "bol.com.br"]) for a, b in zip(firsts, lasts)]

    def pix(i: int) -> str:
        kind = g.rnd.random()
        if kind < 0.35:
            return cpfs[i].replace(".", "").replace("-", "")
        if kind < 0.6:
            return mails[i]
        if kind < 0.8:
            return g.phone("BR", "e164")
        return g.uuid()

    company = [g.rnd.choice(_BR_STARTUPS) if g.rnd.random() < 0.78 else None for _ in range(g.rows)]
    cnpj = {name: v.br_cnpj(g) for name in _BR_STARTUPS}
    return Table("coworking.membrosPlanos", "pt", "camel", [
        c("idMembro", N, "BIGINT", g.keys(3_000_001), "decoy"),
        c("nomeCompleto", "person_name", "VARCHAR", [f"{a} {b}" for a, b in zip(firsts, lasts)]),
        c("cpf", "national_id", "VARCHAR", cpfs),
        c("dataNascimento", "date_of_birth", "VARCHAR", [_dmy(b, "/") for b in births]),
        c("dataAdesao", N, "VARCHAR", [_dmy(d, "/") for d in joined], "decoy", SHAPE),
        c("celular", "phone", "VARCHAR", g.phones("BR", {"national": 0.5, "intl": 0.2, "e164": 0.2, "local": 0.1})),
        c("emailPessoal", "email", "VARCHAR", mails),
        c("chavePix", MIXED, "VARCHAR", [pix(i) for i in range(g.rows)], "mixed"),
        c("endereco", "street_address", "VARCHAR", g.col(lambda: v.street(g, "br"))),
        c("cep", "postal_code", "VARCHAR", [v.postal(g, "BR", p[1]) for p in places]),
        c("cidade", "city", "VARCHAR", [p[0] for p in places]),
        c("uf", N, "VARCHAR", [_BR_UF[p[0]] for p in places], "decoy"),
        c("empresa", N, "VARCHAR", company, "business"),
        c("cnpjEmpresa", N, "VARCHAR", [cnpj[x] if x else None for x in company], "business"),
        c("plano", N, "VARCHAR", g.col(g.pick(["Hot Desk", "Mesa Fixa", "Sala Privativa", "Day Pass", "Virtual"])),
          "decoy"),
        c("valorMensal", N, "DECIMAL(8,2)", g.col(g.pick([390.0, 790.0, 1_890.0, 49.9, 149.0])), "decoy"),
        c("cartaoAcesso", N, "VARCHAR", g.col(lambda: g.code("xxxxxxxxxx").upper()), "decoy"),
        c("placaVeiculo", N, "VARCHAR", g.col(lambda: g.code("AAA9A99"), 0.8), "decoy", VEHICLE, "null_heavy"),
        c("ultimoIpWifi", "ip_address", "VARCHAR", g.col(lambda: f"{g.rnd.choice([177, 179, 187, 189, 200, 201])}."
                                                                 f"{g.rnd.randint(0, 255)}.{g.rnd.randint(0, 255)}."
                                                                 f"{g.rnd.randint(1, 254)}")),
        c("ultimoAcesso", N, "TIMESTAMP", g.moments("2025-06-01", 170), "decoy"),
        c("protocoloAtendimento", N, "VARCHAR", g.col(lambda: v.not_cpf(g), 0.2), "decoy", SHAPE),
        c("cartaoCredito", "credit_card", "VARCHAR", g.col(lambda: v.card(g, ["visa", "mastercard", "diners"],
                                                                          g.rnd.choice(["plain", "dashed"])), 0.85),
          "null_heavy"),
        c("nomeEmpresaId", N, "INTEGER", [None if x is None else _BR_STARTUPS.index(x) + 1 for x in company],
          "decoy", MISLEADING),
        c("observacoes", "free_text", "VARCHAR", g.sparse(lambda: g.rnd.choice([
            f"indicado por {v.whole(g, 'br')}", f"sócio de {v.whole(g, 'br')} na {g.rnd.choice(_BR_STARTUPS)}",
            f"recados com {v.given(g, 'br', True)} na recepção"]), 0.8, _words("não informado", "sem informação")),
          NULLWORD),
        c("versaoApp", N, "VARCHAR", g.col(g.version), "decoy"),
        c("andarSala", N, "VARCHAR", g.col(lambda: f"{g.rnd.randint(1, 12)}º - {g.rnd.choice('ABCDE')}"), "decoy"),
        c("creditosSalaReuniao", N, "INTEGER", g.ints(0, 40), "decoy"),
        c("nps", N, "INTEGER", g.ints(0, 10), "decoy"),
    ])


# -- cork warehouse lots: decoys only (European Portuguese) -----------------------------------------------------------


def pt_cork_lots(g: Gen) -> Table:
    """A cork processor's warehouse lots: nothing personal; producer estates named after people, lot codes shaped
    like postal codes and phone numbers, planting years, weights, GS1 codes, truck plates, the suppliers' business
    contacts."""
    estates = [("Herdade da Maria Isabel", "Sociedade Agrícola Vale do Sor, Lda", "geral@valedosor.pt"),
               ("Monte do João Caeiro", "Corticeira Alentejana, S.A.", "compras@cortalentejana.pt"),
               ("Quinta de Dona Amélia", "Agro Montado Unipessoal, Lda", "info@agromontado.pt"),
               ("Herdade de São Bento", "Cortiças do Sado, Lda", "sado@corticas.pt")]
    estate = [g.rnd.choice(estates) for _ in range(g.rows)]
    harvest = g.days("2016-06-01", "2025-08-31")
    return Table("cortica.lotes_armazem", "pt", "snake", [
        c("lote_id", N, "VARCHAR", g.col(lambda: f"{g.rnd.randint(1000, 9999)}-{g.digits(3, string.digits)}"),
          "decoy", SHAPE),
        c("herdade", N, "VARCHAR", [e[0] for e in estate], "decoy", SHAPE),
        c("fornecedor", N, "VARCHAR", [e[1] for e in estate], "business"),
        c("email_fornecedor", N, "VARCHAR", [e[2] for e in estate], "business"),
        c("telefone_fornecedor", N, "VARCHAR", [g.phone("PT", "national", False) for _ in estate], "business"),
        c("data_extracao", N, "DATE", harvest, "decoy"),
        c("ano_plantacao_sobreiros", N, "INTEGER", g.ints(1948, 2012), "decoy", SHAPE),
        c("calibre_mm", N, "INTEGER", g.ints(18, 54), "decoy"),
        c("classe", N, "VARCHAR", g.col(g.pick(["1.ª", "2.ª", "3.ª", "refugo", "virgem"])), "decoy"),
        c("peso_kg", N, "DECIMAL(9,1)", [round(g.rnd.uniform(400, 24_000), 1) for _ in range(g.rows)], "decoy"),
        c("humidade_pct", N, "DECIMAL(4,1)", [round(g.rnd.uniform(6, 18), 1) for _ in range(g.rows)], "decoy"),
        c("armazem", N, "VARCHAR", g.col(g.pick(["Armazém 2 - Coruche", "Parque A - Ponte de Sor",
                                                 "Estaleiro Montijo"])), "decoy", SHAPE),
        c("coord_parcela", N, "VARCHAR", g.col(lambda: g.coord((38.5, 39.3), (-8.6, -7.6))), "decoy"),
        c("matricula_camiao", N, "VARCHAR", g.col(lambda: f"{g.code('AA')}-{g.digits(2, string.digits)}-"
                                                          f"{g.code('AA')}"), "decoy", VEHICLE),
        c("guia_transporte", N, "VARCHAR", g.col(lambda: v.not_phone(g, "PT", (3, 3, 3), "2")), "decoy", SHAPE),
        c("codigo_gs1", N, "VARCHAR", g.col(lambda: f"(01)0560{g.digits(9, string.digits)}(10){g.code('AA9999')}"),
          "decoy"),
        c("cert_fsc", N, "VARCHAR", g.col(lambda: f"FSC-C{g.digits(6, string.digits)}"), "decoy"),
        c("preco_arroba", N, "DECIMAL(7,2)", g.amounts(18, 42), "decoy"),
        c("data_entrada", N, "TIMESTAMP", g.moments("2025-01-01", 320), "decoy"),
        c("codigo_postal_armazem", N, "VARCHAR", g.col(g.pick(["2100-154", "7400-235", "2870-336"])), "business",
          SHAPE),
        c("estado", N, "VARCHAR", g.col(g.pick(["em repouso", "cozida", "expedida", "em análise"])), "decoy"),
        c("hash_relatorio", N, "VARCHAR", g.col(g.sha256), "decoy"),
        c("mes_extracao", N, "VARCHAR", [["junho", "julho", "agosto"][min(max(h.month - 6, 0), 2)] for h in harvest],
          "decoy"),
        c("nome_lote", N, "VARCHAR", g.col(g.pick(["Rolha Natural Premium", "Disco Técnico", "Granulado Fino",
                                                   "Prancha Marta"])), "decoy", SHAPE, MISLEADING),
        c("referencia_cliente", N, "VARCHAR", g.col(lambda: f"PO-{g.digits(6, string.digits)}"), "decoy"),
    ])


# -- orthodontist recall list (Italian, Pascal) -----------------------------------------------------------------------


def it_orthodontist(g: Gen) -> Table:
    """An orthodontic practice's recall list of young patients: the child's date of birth split into day, month and
    year columns beside the last visit split the same way, the child's and the parent's codice fiscale, the parent's
    contacts, the orthodontist, the insurer."""
    fem = v.sexes(g, 0.55)
    firsts, lasts = v.people(g, "it", fem)
    births = g.births(2006, 2019)
    visits = g.days("2024-01-10", "2025-11-28")
    bd, bm, by = g.split(births)
    vd, vm, vy = g.split(visits)
    parent_fem = v.sexes(g, 0.7)
    parents = [(v.given(g, "it", f), ln) for f, ln in zip(parent_fem, lasts)]
    parent_births = [b - timedelta(days=365 * g.rnd.randint(24, 44)) for b in births]
    places = [v.city(g, "IT") for _ in range(g.rows)]
    doctors = [f"Dott.ssa {v.whole(g, 'it', True)}", f"Dott. {v.whole(g, 'it', False)}"]
    return Table("ortodonzia.RichiamiPazienti", "it", "pascal", [
        c("IdPaziente", N, "BIGINT", g.keys(20_001), "decoy"),
        c("Cognome", "last_name", "VARCHAR", lasts),
        c("Nome", "first_name", "VARCHAR", firsts),
        c("GiornoNascita", "date_of_birth", "INTEGER", bd, SPLIT_DOB),
        c("MeseNascita", "date_of_birth", "INTEGER", bm, SPLIT_DOB),
        c("AnnoNascita", "date_of_birth", "INTEGER", by, SPLIT_DOB),
        c("GiornoUltimaVisita", N, "INTEGER", vd, "decoy", SHAPE),
        c("MeseUltimaVisita", N, "INTEGER", vm, "decoy", SHAPE),
        c("AnnoUltimaVisita", N, "INTEGER", vy, "decoy", SHAPE),
        c("CodiceFiscale", "national_id", "VARCHAR", [v.it_cf(g, a, b, d, f) for a, b, d, f in
                                                      zip(firsts, lasts, births, fem)]),
        c("Genitore", "person_name", "VARCHAR", [f"{a} {b}" for a, b in parents]),
        c("CfGenitore", "national_id", "VARCHAR", [v.it_cf(g, a, b, d, f) for (a, b), d, f in
                                                   zip(parents, parent_births, parent_fem)], "abbrev"),
        c("TelefonoGenitore", "phone", "VARCHAR", g.phones("IT", {"national": 0.5, "intl": 0.3, "local": 0.2})),
        c("EmailGenitore", "email", "VARCHAR", [v.email(g, a, b, ["libero.it", "virgilio.it", "gmail.com",
                                                                   "alice.it"]) for a, b in parents]),
        c("Indirizzo", "street_address", "VARCHAR", g.col(lambda: v.street(g, "it"))),
        c("Cap", "postal_code", "VARCHAR", [v.postal(g, "IT", p[1]) for p in places]),
        c("Comune", "city", "VARCHAR", [p[0] for p in places]),
        c("TipoApparecchio", N, "VARCHAR", g.col(g.pick(["fisso superiore", "fisso inferiore", "mobile",
                                                          "allineatori", "espansore rapido", "contenzione"])), "decoy"),
        c("ProssimoRichiamo", N, "DATE", g.days("2025-12-01", "2026-09-30"), "decoy"),
        c("Ortodontista", "person_name", "VARCHAR", g.col(g.pick(doctors))),
        c("Assicurazione", N, "VARCHAR", g.col(g.pick(["UniSalute", "Fondo Est", "RBM Salute", "nessuna"]), 0.1),
          "business"),
        c("NumeroPolizza", N, "VARCHAR", g.col(lambda: f"POL{g.digits(9, string.digits)}", 0.2), "decoy"),
        c("ImportoRata", N, "DECIMAL(8,2)", g.amounts(60, 240), "decoy"),
        c("Code", "phone", "VARCHAR", g.phones("IT", {"intl": 0.6, "national": 0.4}, nulls=0.25), MISLEADING),
        c("Note", "free_text", "VARCHAR", g.col(lambda: g.rnd.choice([
            f"accompagna la nonna {v.whole(g, 'it', True)}", f"fratello {v.given(g, 'it', False)} in cura dal 2023",
            f"chiamare il papà {v.given(g, 'it', False)} dopo le 18"]), 0.78), "null_heavy"),
        c("RadiografiaHash", N, "VARCHAR", g.col(g.md5), "decoy"),
        c("Poltrona", N, "VARCHAR", g.col(g.pick(["Riunito 1", "Riunito 2", "Riunito 3"])), "decoy"),
        c("GiornoSettimana", N, "VARCHAR", g.col(g.pick(["lunedì", "martedì", "mercoledì", "giovedì", "venerdì"])),
          "decoy"),
        c("CodiceListino", N, "VARCHAR", g.col(lambda: f"ORT-{g.rnd.randint(100, 180)}"), "decoy"),
    ])


# -- locksmith's register of key copies (Swedish) ---------------------------------------------------------------------

_SE_BRF = ["Brf Kastanjen", "Brf Solgläntan", "HSB Brf Tallbacken", "Riksbyggen Brf Linnean"]


def se_locksmith(g: Gen) -> Table:
    """A locksmith's register of copies cut from restricted key systems: who ordered, the identity shown (a Swedish
    personnummer, or a Norwegian fødselsnummer for the few Norwegian owners of holiday homes), the flat number, the
    housing association that authorised the copy, the name written ``Efternamn, Förnamn``."""
    fem = v.sexes(g, 0.5)
    norwegian = [g.rnd.random() < 0.12 for _ in range(g.rows)]
    names = [v.person(g, "no" if n else "sv", f) for n, f in zip(norwegian, fem)]
    births = g.births(1940, 2005)
    places = [v.city(g, "NO" if n else "SE") for n in norwegian]
    orgnr = {name: v.se_orgnr(g) for name in _SE_BRF}
    brf = [g.rnd.choice(_SE_BRF) for _ in range(g.rows)]
    smiths = [v.person(g, "sv") for _ in range(4)]
    return Table("lassmed.nyckelkopior", "sv", "snake", [
        c("order_nr", N, "VARCHAR", g.col(lambda: f"N{g.digits(7, string.digits)}"), "decoy"),
        c("bestalld", N, "TIMESTAMP", g.moments("2024-11-01", 390), "decoy"),
        c("bestallare", "person_name", "VARCHAR", [f"{b}, {a}" for a, b in names], "surname_first"),
        c("legitimation", "national_id", "VARCHAR",
          [v.no_fnr(g, d, f) if n else v.se_pnr(g, d, g.rnd.random() < 0.4) for n, d, f in
           zip(norwegian, births, fem)], MULTI_COUNTRY),
        c("leg_typ", N, "VARCHAR", g.col(g.pick(["körkort", "ID-kort", "pass", "körkort"])), "decoy"),
        c("gatuadress", "street_address", "VARCHAR", [v.street(g, "no" if n else "sv") for n in norwegian]),
        c("lgh_nr", "street_address", "INTEGER", g.col(lambda: g.rnd.choice([1001, 1002, 1101, 1102, 1201, 1202,
                                                                           1301, 1302, 1401]), 0.2), "split_address"),
        c("postnr", "postal_code", "VARCHAR", [v.postal(g, "NO" if n else "SE", p[1]) for n, p in
                                               zip(norwegian, places)]),
        c("ort", "city", "VARCHAR", [p[0] for p in places]),
        c("mobil", "phone", "VARCHAR", [g.phone("NO" if n else "SE", g.rnd.choice(["national", "intl", "e164"]))
                                        for n in norwegian]),
        c("epost", "email", "VARCHAR", g.empties([v.email(g, a, b, ["telia.com", "gmail.com", "online.no",
                                                                     "bredband.net"]) for a, b in names], 0.75),
          "empty_strings"),
        c("forening", N, "VARCHAR", brf, "business"),
        c("forening_orgnr", N, "VARCHAR", [orgnr[b] for b in brf], "business"),
        c("nyckelsystem", N, "VARCHAR", g.col(g.pick(["ASSA d12 ", "ASSA Twin Exclusive", "Abloy Protec2",
                                                      "Ruko Garant+"])), "decoy"),
        c("systemnr", N, "VARCHAR", g.col(lambda: f"{g.rnd.randint(10, 99)}-{g.digits(5, string.digits)}"), "decoy",
          SHAPE),
        c("nyckelnr", N, "VARCHAR", g.col(lambda: f"{g.code('A')}{g.rnd.randint(1, 400)}"), "decoy"),
        c("antal", N, "INTEGER", g.ints(1, 4), "decoy"),
        c("pris_sek", N, "DECIMAL(8,2)", g.amounts(250, 2_400), "decoy"),
        c("hamtad", N, "DATE", g.days("2024-11-05", "2025-12-01"), "decoy"),
        c("hamtad_av", "person_name", "VARCHAR", g.col(lambda: v.whole(g, "sv"), 0.85), "null_heavy"),
        c("utlamnad_av", USERNAME, "VARCHAR", [f"{v.plain(a)[:2]}{v.plain(b)[:2]}" for a, b in
                                               (g.rnd.choice(smiths) for _ in range(g.rows))], "username"),
        c("misc_1", "phone", "VARCHAR", g.phones("SE", {"local": 0.6, "national": 0.4}, mobile=0.3, nulls=0.2),
          MISLEADING, "qualified"),
        c("notering", "free_text", "VARCHAR", g.sparse(lambda: g.rnd.choice([
            f"fullmakt från {v.whole(g, 'sv')}", f"dödsbo efter {v.whole(g, 'sv')}",
            f"ring sonen {v.given(g, 'sv', False)} vid avhämtning"]), 0.8, _words("uppgift saknas", "saknas")),
          NULLWORD),
        c("kassa_kvitto", N, "VARCHAR", g.col(lambda: f"KV{g.digits(8, string.digits)}"), "decoy"),
        c("moms_sek", N, "DECIMAL(8,2)", g.amounts(50, 480), "decoy"),
        c("profil", N, "VARCHAR", g.col(g.pick(["d12 A", "d12 B", "Twin 6000", "Protec2 CLIQ"])), "decoy"),
    ])


# -- veterinary farm visits (French) ----------------------------------------------------------------------------------

_FR_FARMS = ["GAEC des Trois Chênes", "EARL du Bois Joli", "SCEA La Prairie", "GAEC de la Croix Blanche",
             "EARL Ferme du Moulin", "SARL Élevage des Combes"]


def fr_vet_farm_visits(g: Gen) -> Table:
    """A rural veterinary practice's log of farm visits: the farm (a company: its name, SIRET, address, landline are
    business data), the farmer met and their own mobile, the vet, the animals' ear tags, the treatment; the
    farmer's date of birth kept for the MSA form, as text ``yyyy-mm-dd`` beside the visit date in the same form."""
    farm = [g.rnd.choice(_FR_FARMS) for _ in range(g.rows)]
    siret = {f: v.fr_siret(g) for f in _FR_FARMS}
    fem = v.sexes(g, 0.3)
    firsts, lasts = v.people(g, "fr", fem)
    births = g.births(1958, 2000)
    places = {f: v.city(g, "FR") for f in _FR_FARMS}
    farm_street = {f: f"Lieu-dit {g.rnd.choice(['Les Granges', 'La Bergerie', 'Le Pré Haut', 'Les Fontaines'])}"
                   for f in _FR_FARMS}
    farm_tel = {f: g.phone("FR", "national", False) for f in _FR_FARMS}
    vets = [f"Dr {v.whole(g, 'fr')}" for _ in range(4)]
    visits = g.days("2025-01-03", "2025-11-28")
    return Table("veto.visites_elevage", "fr", "snake", [
        c("num_visite", N, "VARCHAR", g.col(lambda: f"V25-{g.digits(5, string.digits)}"), "decoy"),
        c("date_visite", N, "VARCHAR", [d.isoformat() for d in visits], "decoy", SHAPE),
        c("exploitation", N, "VARCHAR", farm, "business"),
        c("siret", N, "VARCHAR", [siret[f] for f in farm], "business"),
        c("adresse_exploitation", N, "VARCHAR", [farm_street[f] for f in farm], "business"),
        c("commune_exploitation", N, "VARCHAR", [places[f][0] for f in farm], "business"),
        c("cp_exploitation", N, "VARCHAR", [v.postal(g, "FR", places[f][1]) for f in farm], "business"),
        c("tel_exploitation", N, "VARCHAR", [farm_tel[f] for f in farm], "business"),
        c("num_cheptel", N, "VARCHAR", g.col(lambda: f"FR{g.digits(8, string.digits)}"), "decoy"),
        c("nom_eleveur", "last_name", "VARCHAR", [x.upper() for x in lasts]),
        c("prenom_eleveur", "first_name", "VARCHAR", firsts),
        c("date_naissance_eleveur", "date_of_birth", "VARCHAR", [b.isoformat() for b in births]),
        c("portable_eleveur", "phone", "VARCHAR", g.phones("FR", {"national": 0.6, "intl": 0.2, "local": 0.2})),
        c("mail_eleveur", "email", "VARCHAR", v.emails(g, firsts, lasts, ["orange.fr", "wanadoo.fr", "free.fr",
                                                                          "laposte.net"], 0.3)),
        c("veterinaire", "person_name", "VARCHAR", g.col(g.pick(vets))),
        c("espece", N, "VARCHAR", g.col(g.pick(["bovin lait", "bovin viande", "ovin", "caprin", "porcin"])), "decoy"),
        c("boucle_animal", N, "VARCHAR", g.col(lambda: f"FR {g.digits(4, string.digits)} {g.digits(6, string.digits)}"),
          "decoy", SHAPE),
        c("motif", N, "VARCHAR", g.col(g.pick(["vêlage difficile", "mammite", "prophylaxie", "boiterie", "vaccination",
                                               "autopsie"])), "decoy"),
        c("medicament", N, "VARCHAR", g.col(g.pick(["Oxytocine 10 UI", "Cobactan LC", "Metacam 20 mg/ml",
                                                    "Bovilis BVD"])), "decoy"),
        c("delai_attente_j", N, "INTEGER", g.ints(0, 28), "decoy"),
        c("km_parcourus", N, "INTEGER", g.ints(3, 85), "decoy"),
        c("montant_ht", N, "DECIMAL(8,2)", g.amounts(45, 780), "decoy"),
        c("gps_batiment", N, "VARCHAR", g.col(lambda: g.coord((44.5, 49.0), (-1.5, 4.5))), "decoy"),
        c("compte_rendu", N, "VARCHAR", g.col(g.pick(["RAS, revoir dans 15 jours",
                                                      "traitement 3 jours, isoler l'animal",
                                                      "prélèvements envoyés au labo", "césarienne, veau vivant"])),
          "decoy"),
        c("remarque_famille", "free_text", "VARCHAR", g.col(lambda: g.rnd.choice([
            f"appeler le fils {v.given(g, 'fr', False)} si absent",
            f"Mme {v.person(g, 'fr', True)[1]} règle la facture",
            f"stagiaire présent : {v.whole(g, 'fr')}"]), 0.85), "null_heavy"),
        c("heure_arrivee", N, "VARCHAR",
          g.col(lambda: f"{g.rnd.randint(6, 21):02d}h{g.rnd.choice(['00', '15', '30', '45'])}"), "decoy"),
    ])


# -- cemetery plot register (Polish, abbreviations) -------------------------------------------------------------------


def pl_cemetery(g: Gen) -> Table:
    """A parish cemetery's register of graves: the deceased (name, PESEL, dates of birth and death in the same form),
    the person who holds the right to the grave (dysponent), fees, the funeral home; typed by hand for years, with
    padding and case noise."""
    fem = v.sexes(g, 0.5)
    firsts, lasts = v.people(g, "pl", fem)
    births = g.births(1920, 1995)
    def died(born: date) -> date:
        first = max(born + timedelta(days=30 * 365), date(1985, 1, 1))
        return first + timedelta(days=g.rnd.randrange(max(1, (date(2025, 10, 31) - first).days)))

    deaths = [died(b) for b in births]
    holder_fem = v.sexes(g, 0.6)
    holders = [v.person(g, "pl", f) for f in holder_fem]
    holder_births = g.births(1945, 1998)
    places = [v.city(g, "PL") for _ in range(g.rows)]
    return Table("cmentarz.ewid_grobow", "pl", "snake+abbrev", [
        c("kw", N, "VARCHAR", g.col(lambda: f"{g.rnd.randint(1, 40)}{g.rnd.choice(['', 'A', 'B'])}"), "decoy",
          "abbrev"),
        c("rz", N, "INTEGER", g.ints(1, 30), "decoy", "abbrev"),
        c("msc", N, "INTEGER", g.ints(1, 60), "decoy", "abbrev"),
        c("zm_nazw", "last_name", "VARCHAR", g.spaced(lasts, 0.25, 0.3), PADDED, DECEASED, "abbrev"),
        c("zm_imie", "first_name", "VARCHAR", g.spaced(firsts, 0.25, 0.3), PADDED, DECEASED, "abbrev"),
        c("zm_pesel", "national_id", "VARCHAR", [v.pl_pesel(g, b, f) if b.year >= 1935 and g.rnd.random() < 0.2
                                                 else None for b, f in zip(births, fem)], "null_heavy", DECEASED,
          "abbrev"),
        c("zm_dt_ur", "date_of_birth", "VARCHAR", [_dmy(b) for b in births], DECEASED, "abbrev"),
        c("zm_dt_zg", N, "VARCHAR", [_dmy(d) for d in deaths], "decoy", SHAPE, "abbrev"),
        c("dt_poch", N, "VARCHAR", [_dmy(d + timedelta(days=g.rnd.randint(2, 7))) for d in deaths], "decoy", SHAPE,
          "abbrev"),
        c("dysp_nazw_imie", "person_name", "VARCHAR", g.spaced([f"{b} {a}" for a, b in holders], 0.3, 0.3), PADDED,
          "abbrev"),
        c("dysp_pesel", "national_id", "VARCHAR", [v.pl_pesel(g, b, f) for b, f in zip(holder_births, holder_fem)],
          "abbrev"),
        c("dysp_ul", "street_address", "VARCHAR", g.spaced(g.col(lambda: v.street(g, "pl")), 0.3, 0.2), PADDED,
          "abbrev"),
        c("dysp_kod", "postal_code", "VARCHAR", [v.postal(g, "PL", p[1]) for p in places], "abbrev"),
        c("dysp_miejsc", "city", "VARCHAR", g.spaced([p[0] for p in places], 0.3, 0.4), PADDED, "abbrev"),
        c("dysp_tel", "phone", "VARCHAR", g.phones("PL", {"national": 0.4, "local": 0.4, "intl": 0.2}, nulls=0.1),
          "abbrev"),
        c("rodz_grobu", N, "VARCHAR", g.col(g.pick(["ziemny pojedynczy", "ziemny podwójny", "murowany", "urnowy",
                                                    "grobowiec rodzinny"])), "decoy", "abbrev"),
        c("opl_do", N, "DATE", g.days("2025-01-01", "2045-12-31"), "decoy", "abbrev"),
        c("opl_kwota", N, "DECIMAL(8,2)", g.col(g.pick([400.0, 600.0, 1_200.0, 150.0])), "decoy", "abbrev"),
        c("nr_aktu_zg", N, "VARCHAR", g.col(lambda: f"{g.rnd.randint(1000, 9999)}/{g.rnd.randint(1, 999)}/"
                                                    f"{g.rnd.randint(2000, 2025)}/{g.rnd.choice(['Z', 'ZM'])}",
                                            0.15), "decoy", "abbrev"),
        c("zakl_pogrz", N, "VARCHAR", g.col(g.pick(["Zakład Pogrzebowy Hades s.c.", "Usługi Pogrzebowe Anioł",
                                                    "Kalla Pogrzeby Sp. z o.o."])), "business", "abbrev"),
        c("zakl_tel", N, "VARCHAR", g.col(g.pick([g.phone("PL", "national", False) for _ in range(3)])), "business",
          "abbrev"),
        c("ref_b", "person_name", "VARCHAR", g.col(lambda: v.whole(g, "pl"), 0.25), MISLEADING),
        c("uwagi", "free_text", "VARCHAR", g.sparse(lambda: g.rnd.choice([
            f"dopochowano męża {v.whole(g, 'pl', False)}", f"zgoda siostry {v.whole(g, 'pl', True)} na ekshumację",
            "nagrobek do renowacji"]), 0.8, _words("brak danych", "brak")), NULLWORD),
        c("gps_grob", N, "VARCHAR", g.col(lambda: g.coord((50.05, 50.07), (19.93, 19.96))), "decoy", "abbrev"),
        c("nr_decyzji", N, "VARCHAR", g.col(lambda: f"CM.{g.rnd.randint(1, 9)}.{g.digits(4, string.digits)}.2025"),
          "decoy", "abbrev"),
        c("wyznanie", N, "VARCHAR", g.col(g.pick(["rz.-kat.", "ew.-augsb.", "prawosł.", "—"])), "decoy"),
    ])


# -- translation agency freelancers (Spanish, SCREAMING abbreviations) ------------------------------------------------

_LATAM = [("ES", "es"), ("ES", "es"), ("ES", "es"), ("ES", "es"), ("MX", "latam"), ("AR", "latam"), ("CL", "latam"),
          ("CO", "latam"), ("CR", "latam"), ("PE", "latam")]


def es_translators(g: Gen) -> Table:
    """A translation agency's freelance translators in Spain and Latin America: the tax identifier of the
    translator's country in one column (DNI or NIE, Mexican RFC, Argentine CUIT, Chilean RUT, Costa Rican cédula,
    Peruvian CUI: ``national_id``), the
    bank account (IBANs of Spain, Costa Rica and the Dominican Republic), phones of six countries, some written
    ``+57.321.386.022`` or ``(+506) 835 484 61``."""
    origin = [g.rnd.choice(_LATAM) for _ in range(g.rows)]
    fem = v.sexes(g, 0.65)
    names = [v.person(g, o[1], f) for o, f in zip(origin, fem)]
    births = g.births(1960, 2000)
    pms = [v.whole(g, "es") for _ in range(5)]

    def tax_id(country: str, name: tuple[str, str], born: date, female: bool) -> str | None:
        if country == "ES":
            return v.es_dni(g) if g.rnd.random() < 0.8 else v.es_nie(g)
        if country == "MX":
            return v.mx_rfc_person(g, name[0], name[1], born)
        if country == "AR":
            return v.ar_cuit_person(g, female)
        if country == "CL":
            return v.cl_rut(g)
        if country == "CR":
            return v.cr_cedula(g)
        if country == "PE":
            return v.pe_cui(g)
        return None  # a Colombian translator's cédula was not asked for

    def account(country: str) -> str | None:
        if country == "ES":
            return v.iban(g, "ES", g.rnd.random() < 0.5)
        if country == "CR":
            return v.iban_new(g, "CR")
        r = g.rnd.random()
        if r < 0.35:  # a Spanish account kept by translators living in Latin America
            return v.iban(g, "ES", g.rnd.random() < 0.5)
        if r < 0.5:
            return v.iban_new(g, "DO")
        return None

    def tel(country: str) -> str:
        region = country
        r = g.rnd.random()
        if r < 0.25:
            return g.odd_phone(region)
        return g.phone(region, "national" if country == "ES" and r < 0.7 else g.rnd.choice(["intl", "e164"]))

    return Table("TRAD.PROV_FREELANCE", "es", "screaming", [
        c("COD_PROV", N, "VARCHAR", g.col(lambda: f"FRL{g.digits(5, string.digits)}"), "decoy", "abbrev"),
        c("NOM", "first_name", "VARCHAR", [n[0] for n in names], "abbrev"),
        c("APE", "last_name", "VARCHAR", [n[1] for n in names], "abbrev"),
        c("PAIS_RES", N, "VARCHAR", [o[0] for o in origin], "decoy", "abbrev"),
        c("ID_FISCAL", "national_id", "VARCHAR", [tax_id(o[0], n, b, f) for o, n, b, f in
                                                  zip(origin, names, births, fem)], MULTI_COUNTRY, "abbrev"),
        c("F_NAC", "date_of_birth", "INTEGER", [_ymd_int(b) for b in births], INT_DOB, "abbrev"),
        c("F_ALTA", N, "INTEGER", [_ymd_int(d) for d in g.days("2012-01-01", "2025-10-31")], "decoy", SHAPE, "abbrev"),
        c("TEL_CTC", "phone", "VARCHAR", [tel(o[0]) for o in origin], ODD_FORMAT, "abbrev"),
        c("EMAIL_PAYPAL", "email", "VARCHAR",
          g.col(lambda: v.email(g, *g.rnd.choice(names), ["gmail.com", "hotmail.com", "yahoo.com.mx", "outlook.es"]),
                0.2)),
        c("CTA_BANC", "iban", "VARCHAR", [account(o[0]) for o in origin], "abbrev"),
        c("SKYPE_ID", USERNAME, "VARCHAR", [f"live:.cid.{g.code('xxxxxxxxxxxx')}" if g.rnd.random() < 0.4 else
                                            f"{v.plain(n[0])}.{v.plain(n[1])}.trad" for n in names], "username"),
        c("PAR_IDIOMAS", N, "VARCHAR", g.col(g.pick(["EN>ES", "DE>ES", "FR>ES", "EN>ES-MX", "PT-BR>ES", "ES>EN"])),
          "decoy", "abbrev"),
        c("ESPEC", N, "VARCHAR", g.col(g.pick(["jurídica", "médica", "técnica", "marketing", "jurada"])), "decoy",
          "abbrev"),
        c("TARIFA_PAL", N, "DECIMAL(5,3)", g.floats(0.04, 0.14, 3), "decoy", "abbrev"),
        c("MONEDA", N, "VARCHAR", g.col(g.pick(["EUR", "USD", "MXN"])), "decoy"),
        c("NUM_TRAD_JURADO", N, "VARCHAR", g.col(lambda: f"TIJ-{g.digits(4, string.digits)}", 0.8), "decoy",
          "null_heavy", LICENCE),
        c("HERR_CAT", N, "VARCHAR", g.col(g.pick(["Trados 2022", "memoQ 10", "Wordfast Pro 6", "Phrase"])), "decoy",
          "abbrev"),
        c("VAL_MEDIA", N, "DECIMAL(3,1)", g.floats(2.5, 5.0, 1), "decoy", "abbrev"),
        c("GESTOR_PROY", "person_name", "VARCHAR", g.col(g.pick(pms)), "abbrev"),
        c("F_ULT_PEDIDO", N, "TIMESTAMP", g.moments("2025-01-01", 330), "decoy", "abbrev"),
        c("NOTAS2", "email", "VARCHAR", [v.email(g, n[0], n[1], ["protonmail.com", "icloud.com"])
                                         if g.rnd.random() < 0.75 else None for n in names], MISLEADING),
        c("OBS", "free_text", "VARCHAR", g.col(lambda: g.rnd.choice([
            f"sustituye a {v.whole(g, 'es')} en vacaciones", f"revisora habitual: {v.whole(g, 'latam', True)}",
            f"factura a nombre de su pareja {v.whole(g, 'latam')}"]), 0.85), "null_heavy", "abbrev"),
        c("HASH_NDA", N, "VARCHAR", g.col(g.sha256), "decoy", "abbrev"),
        c("PALABRAS_ANIO", N, "INTEGER", g.ints(0, 480_000), "decoy", "abbrev"),
        c("EST_PROV", N, "VARCHAR", g.col(g.pick(["ACTIVO", "PRUEBA", "BAJA", "VETADO"])), "decoy", "abbrev"),
        c("PRUEBA_TRAD", N, "VARCHAR", g.col(g.pick(["APTO", "APTO", "NO APTO", "PENDIENTE"])), "decoy"),
    ])


# -- self-storage rental contracts, private and business tenants (Czech, source prefixes) -----------------------------

_CZ_FIRMS = [("Stěhování Rychlík s.r.o.", "Průmyslová 12", "info@stehovani-rychlik.cz"),
             ("E-shop Hračkov s.r.o.", "Skladová 4", "sklad@hrackov.cz"), ("Truhlářství Beneš", "Polní 88",
                                                                          "benes.truhlar@seznam.cz")]


def cz_self_storage(g: Gen) -> Table:
    """A self-storage operator's rental contracts, loaded from a CRM into a staging table with source prefixes
    (``src_crm_``, ``stg_``, ``raw_``): most tenants private persons (rodné číslo, Slovak tenants too), about one in
    six a company (its name, address, e-mail and phone in the same columns)."""
    business = [g.rnd.random() < 0.16 for _ in range(g.rows)]
    slovak = [g.rnd.random() < 0.15 for _ in range(g.rows)]
    fem = v.sexes(g, 0.45)
    names = [v.person(g, "sk" if s else "cs", f) for s, f in zip(slovak, fem)]
    births = g.births(1945, 2005)
    firm = [g.rnd.choice(_CZ_FIRMS) for _ in range(g.rows)]
    places = [v.city(g, "SK" if s else "CZ") for s in slovak]
    return Table("sklady.najemni_smlouvy", "cs", "snake+prefix", [
        c("src_crm_smlouva_id", N, "VARCHAR", g.col(lambda: f"SM-{g.digits(6, string.digits)}"), "decoy"),
        c("src_crm_najemce", "person_name", "VARCHAR", [f[0] if b else f"{n[0]} {n[1]}" for b, f, n in
                                                        zip(business, firm, names)], MIXED_PARTY),
        c("src_crm_typ", N, "VARCHAR", ["PO" if b else "FO" for b in business], "decoy"),
        c("stg_rc", "national_id", "VARCHAR", [None if b else v.cz_rc(g, d, f, g.rnd.random() < 0.7) for b, d, f in
                                               zip(business, births, fem)]),
        c("stg_ico", N, "VARCHAR", [v.cz_ico(g) if b else None for b in business], "business", "null_heavy"),
        c("stg_ulice", "street_address", "VARCHAR", [f[1] if b else v.street(g, "cs") for b, f in zip(business, firm)],
          MIXED_PARTY),
        c("stg_psc", "postal_code", "VARCHAR", [v.postal(g, "SK" if s else "CZ", p[1]) for s, p in
                                                zip(slovak, places)]),
        c("stg_obec", "city", "VARCHAR", [p[0] for p in places]),
        c("stg_telefon", "phone", "VARCHAR", [g.phone("SK" if s else "CZ", g.rnd.choice(["national", "intl", "e164"]),
                                                      not b) for s, b in zip(slovak, business)], MIXED_PARTY),
        c("stg_email", "email", "VARCHAR", [f[2] if b else v.email(g, n[0], n[1], ["seznam.cz", "email.cz", "azet.sk",
                                                                                     "gmail.com"])
                                            for b, f, n in zip(business, firm, names)], MIXED_PARTY),
        c("raw_c07", "date_of_birth", "DATE", [None if b else d for b, d in zip(business, births)], "opaque"),
        c("raw_c08", N, "DATE", g.days("2019-01-01", "2025-11-15"), "decoy", "opaque", SHAPE),
        c("stg_box", N, "VARCHAR",
          g.col(lambda: f"{g.rnd.choice('ABCD')}-{g.rnd.randint(1, 3)}{g.rnd.randint(1, 40):02d}"), "decoy"),
        c("stg_plocha_m2", N, "DECIMAL(5,1)", g.col(g.pick([1.0, 2.5, 4.0, 6.0, 9.0, 12.0, 18.0])), "decoy"),
        c("stg_najem_kc", N, "DECIMAL(8,2)", g.amounts(390, 6_800), "decoy"),
        c("stg_kauce_kc", N, "DECIMAL(8,2)", g.col(g.pick([1_000.0, 2_000.0, 5_000.0])), "decoy"),
        c("stg_pin_vrat", N, "VARCHAR", g.col(lambda: g.digits(6, string.digits)), "decoy"),
        c("stg_ucet", "iban", "VARCHAR", [None if b else v.iban(g, "CZ", g.rnd.random() < 0.5) if not s else
                                          v.iban(g, "SK", True) for b, s in zip(business, slovak)]),
        c("stg_opravnena_osoba", "person_name", "VARCHAR", g.empties([v.whole(g, "cs") for _ in range(g.rows)], 0.8),
          EMPTY),
        c("stg_opravnena_tel", "phone", "VARCHAR", g.empties(g.phones("CZ", {"national": 1.0}), 0.82), EMPTY),
        c("raw_c21", N, "VARCHAR", g.col(g.pick(["aktivní", "ukončeno", "výpověď", "upomínka"])), "decoy", "opaque"),
        c("raw_c22", N, "VARCHAR", g.col(g.uuid), "decoy", "opaque"),
        c("stg_poznamka", "free_text", "VARCHAR", g.empties([g.rnd.choice([
            f"klíč vyzvedne {v.whole(g, 'cs')}", f"zdědil po otci {v.whole(g, 'cs', False)}",
            f"kontakt na manželku {v.given(g, 'cs', True)}"]) for _ in range(g.rows)], 0.85), EMPTY),
        c("stg_nahrano", N, "TIMESTAMP", g.moments("2025-11-01", 30), "decoy"),
        c("stg_zamek_typ", N, "VARCHAR", g.col(g.pick(["visací", "elektronický", "válcový"])), "decoy"),
        c("raw_c26", N, "INTEGER", g.ints(0, 3), "decoy", "opaque"),
        c("stg_den_splatnosti", N, "INTEGER", g.col(g.pick([1, 5, 15, 20])), "decoy"),
    ])


# -- hearing-aid centre deliveries (Turkish, Pascal) ------------------------------------------------------------------


def tr_hearing_aids(g: Gen) -> Table:
    """A hearing-aid centre's device deliveries: the patient (T.C. kimlik for the social-security refund), the
    audiologist, the prescribing ENT doctor, the device's serial numbers, the relative who comes along; the date of
    birth as ``dd.mm.yyyy`` beside the prescription date in the same form."""
    fem = v.sexes(g, 0.5)
    firsts, lasts = v.people(g, "tr", fem)
    births = g.births(1930, 2015)
    places = [v.city(g, "TR") for _ in range(g.rows)]
    audiologists = [v.whole(g, "tr") for _ in range(4)]
    doctors = [f"Op. Dr. {v.whole(g, 'tr')}" for _ in range(6)]
    return Table("isitme.CihazTeslimleri", "tr", "pascal", [
        c("TeslimNo", N, "BIGINT", g.keys(240_001), "decoy"),
        c("HastaAdi", "first_name", "VARCHAR", firsts),
        c("HastaSoyadi", "last_name", "VARCHAR", lasts),
        c("TcKimlikNo", "national_id", "VARCHAR", g.col(lambda: v.tr_tc(g))),
        c("DogumTarihi", "date_of_birth", "VARCHAR", [_dmy(b) for b in births]),
        c("ReceteTarihi", N, "VARCHAR", [_dmy(d) for d in g.days("2024-06-01", "2025-11-20")], "decoy", SHAPE),
        c("CepTelefonu", "phone", "VARCHAR", g.phones("TR", {"national": 0.5, "local": 0.3, "intl": 0.2})),
        c("Adres", "street_address", "VARCHAR", g.col(lambda: v.street(g, "tr"))),
        c("Il", "city", "VARCHAR", [p[0] for p in places]),
        c("PostaKodu", "postal_code", "VARCHAR", [v.postal(g, "TR", p[1]) for p in places]),
        c("YakinAdSoyad", "person_name", "VARCHAR", g.col(lambda: v.whole(g, "tr"), 0.25)),
        c("YakinTelefon", "phone", "VARCHAR", g.phones("TR", {"national": 1.0}, nulls=0.25), "qualified"),
        c("Odyolog", "person_name", "VARCHAR", g.col(g.pick(audiologists))),
        c("KbbHekimi", "person_name", "VARCHAR", g.col(g.pick(doctors))),
        c("Hastane", N, "VARCHAR", g.col(g.pick(["Bursa Şehir Hastanesi", "Akdeniz Üniversitesi Hastanesi",
                                                 "Özel Medikal Park"])), "business"),
        c("CihazMarka", N, "VARCHAR", g.col(g.pick(["Phonak Audeo", "Oticon More", "Signia Pure", "Widex Moment"])),
          "decoy"),
        c("SeriNoSag", N, "VARCHAR", g.col(lambda: g.digits(10, string.digits), 0.2), "decoy"),
        c("SeriNoSol", N, "VARCHAR", g.col(lambda: g.digits(10, string.digits), 0.2), "decoy"),
        c("KayipDb", N, "INTEGER", g.ints(25, 95), "decoy"),
        c("SgkKatki", N, "DECIMAL(9,2)", g.col(g.pick([3_237.0, 2_158.0, 0.0])), "decoy"),
        c("HastaPayi", N, "DECIMAL(9,2)", g.amounts(0, 85_000), "decoy"),
        c("ProvizyonNo", N, "VARCHAR", g.col(lambda: v.not_tc(g)), "decoy", SHAPE),
        c("GarantiBitis", N, "DATE", g.days("2026-01-01", "2028-12-31"), "decoy"),
        c("Aciklama", "free_text", "VARCHAR", g.sparse(lambda: g.rnd.choice([
            f"kızı {v.whole(g, 'tr', True)} ile geldi", f"pil siparişini oğlu {v.given(g, 'tr', False)} alacak",
            f"{v.whole(g, 'tr')} tarafından yönlendirildi"]), 0.8, _words("yok", "belirtilmedi")), NULLWORD),
        c("EpostaIzni", N, "VARCHAR", g.yn("E", "H", 0.3), "decoy", MISLEADING),
        c("Kulak", N, "VARCHAR", g.col(g.pick(["sağ", "sol", "bilateral"])), "decoy"),
        c("PilTipi", N, "VARCHAR", g.col(g.pick(["10", "312", "13", "şarjlı"])), "decoy"),
        c("Sube", N, "VARCHAR", g.col(g.pick(["Nilüfer", "Muratpaşa", "Seyhan"])), "decoy"),
    ])


# -- piano school pupils (romanized Japanese, SCREAMING) --------------------------------------------------------------


def ja_piano_school(g: Gen) -> Table:
    """A piano school's pupil register: the pupil, born as an integer ``yyyymmdd`` beside the enrolment and recital
    dates in the same form, the guardian, the teacher, the lesson slot, the fee."""
    pupils = [v.ja_person(g) for _ in range(g.rows)]
    guardians = [(v.ja_person(g, g.rnd.random() < 0.75)[0], p[1]) for p in pupils]
    births = g.births(2008, 2020)
    places = [g.rnd.choice(v.JA_LATN_CITIES) for _ in range(g.rows)]
    teachers = [v.ja_person(g, True) for _ in range(5)]

    def addr(city: str) -> str:
        return f"{g.rnd.randint(1, 6)}-{g.rnd.randint(1, 28)}-{g.rnd.randint(1, 30)} " \
               f"{g.rnd.choice(['Aoba', 'Kamimachi', 'Sakuragaoka', 'Hon-machi', 'Tenjin'])}, {city}"

    return Table("PIANO_KYOSHITSU.SEITO_MEIBO", "ja-Latn", "screaming", [
        c("SEITO_NO", N, "INTEGER", g.keys(5_001), "decoy"),
        c("SEITO_SEI", "last_name", "VARCHAR", [p[1][2].upper() for p in pupils]),
        c("SEITO_MEI", "first_name", "VARCHAR", [p[0][2] for p in pupils]),
        c("SEITO_SEI_KANA", "last_name", "VARCHAR", [p[1][1] for p in pupils]),
        c("SEINENGAPPI", "date_of_birth", "INTEGER", [_ymd_int(b) for b in births], INT_DOB),
        c("NYUKAI_BI", N, "INTEGER", [_ymd_int(d) for d in g.days("2018-04-01", "2025-10-31")], "decoy", SHAPE),
        c("HAPPYOKAI_BI", N, "INTEGER", g.col(g.pick([20250323, 20251123, 20240324])), "decoy", SHAPE),
        c("HOGOSHA_SHIMEI", "person_name", "VARCHAR", [f"{b[2]} {a[2]}" for a, b in guardians]),
        c("HOGOSHA_DENWA", "phone", "VARCHAR", g.phones("JP", {"national": 0.7, "local": 0.3})),
        c("HOGOSHA_MAIL", "email", "VARCHAR", [v.email(g, a[2], b[2], ["docomo.ne.jp", "ezweb.ne.jp", "gmail.com",
                                                                          "softbank.ne.jp"]) for a, b in guardians]),
        c("JUSHO", "street_address", "VARCHAR", [addr(p[0]) for p in places]),
        c("YUBIN_BANGO", "postal_code", "VARCHAR", [v.postal(g, "JP", p[1]) for p in places]),
        c("KOSHI", "person_name", "VARCHAR", [f"{t[1][2]} {t[0][2]} SENSEI" for t in (g.rnd.choice(teachers)
                                                                                    for _ in range(g.rows))]),
        c("COURSE", N, "VARCHAR", g.col(g.pick(["KIDS 30PUN", "KIDS 45PUN", "JUKEN", "GRADE 5-KYU"])), "decoy"),
        c("YOBI", N, "VARCHAR", g.col(g.pick(["GETSU", "KA", "SUI", "MOKU", "KIN", "DO"])), "decoy"),
        c("JIKAN", N, "VARCHAR", g.col(lambda: f"{g.rnd.randint(14, 19)}:{g.rnd.choice(['00', '30'])}"), "decoy"),
        c("GEPPU", N, "INTEGER", g.col(g.pick([7_700, 9_350, 11_000, 13_200])), "decoy"),
        c("KYOZAI", N, "VARCHAR", g.col(g.pick(["BAIERU", "PIANO DAISUKI 2", "BURUGUMYURA 25", "SONATINE"])),
          "decoy"),
        c("GAKKO_MEI", N, "VARCHAR", g.col(g.pick(["AOBA SHOGAKKO", "MINAMI CHUGAKKO", "SAKURA SHOGAKKO"]), 0.2),
          "business"),
        c("HIKIOTOSHI_BI", N, "INTEGER", g.col(g.pick([5, 10, 27])), "decoy"),
        c("KYODAI", "first_name", "VARCHAR", g.col(lambda: v.ja_person(g)[0][2], 0.8), "null_heavy"),
        c("BIKO", "free_text", "VARCHAR", g.col(lambda: g.rnd.choice([
            f"OMUKAE WA SOBO NO {v.ja_person(g, True)[1][2].upper()} SAN",
            f"ANE {v.ja_person(g, True)[0][2]} MO ZAISEKI",
            "HAPPYOKAI SHUTSUEN FUKA"]), 0.8), "null_heavy"),
        c("TOROKU_TANMATSU", N, "VARCHAR", g.col(lambda: f"{g.rnd.choice(['iPad', 'PC-UKETSUKE'])}-"
                                                         f"{g.version()}"), "decoy"),
        c("HAPPYOKAI_KYOKU", N, "VARCHAR", g.col(g.pick(["KIRAKIRA BOSHI", "MENUETTO", "ELISE NO TAME NI",
                                                         "TORUKO KOSHINKYOKU"])), "decoy"),
        c("RENSHU_JIKAN_FUN", N, "INTEGER", g.ints(0, 120), "decoy"),
    ])


# -- photo studio bookings (Japanese) ---------------------------------------------------------------------------------

_JA_ADDR = [("神奈川県", "横浜市", "港北区日吉本町", "223"), ("愛知県", "名古屋市", "千種区今池", "464"),
            ("福岡県", "福岡市", "中央区大名", "810"), ("静岡県", "静岡市", "葵区呉服町", "420"),
            ("熊本県", "熊本市", "中央区上通町", "860"), ("新潟県", "新潟市", "中央区古町通", "951")]


def ja_photo_studio(g: Gen) -> Table:
    """A photo studio's bookings for coming-of-age, school-entrance and shichi-go-san portraits: the person
    photographed (born in the Japanese era calendar), the booker, the kimono rented, the photographer."""
    subjects = [v.ja_person(g) for _ in range(g.rows)]
    bookers = [(v.ja_person(g, True)[0], s[1]) for s in subjects]
    births = g.births(2004, 2022)
    shoots = g.days("2025-01-04", "2026-01-12")
    places = [g.rnd.choice(_JA_ADDR) for _ in range(g.rows)]
    photographers = [v.ja_person(g) for _ in range(4)]
    return Table("写真館.撮影予約", "ja", "native", [
        c("予約番号", N, "VARCHAR", g.col(lambda: f"PH{g.digits(7, string.digits)}"), "decoy"),
        c("撮影プラン", N, "VARCHAR", g.col(g.pick(["成人式前撮り", "七五三", "入学記念", "家族写真", "卒業袴"])), "decoy"),
        c("撮影日", N, "VARCHAR", [v.wareki(d) for d in shoots], "decoy", SHAPE),
        c("被写体氏名", "person_name", "VARCHAR", [f"{b[0]} {a[0]}" for a, b in subjects]),
        c("被写体ふりがな", "person_name", "VARCHAR", [f"{b[1]} {a[1]}" for a, b in subjects]),
        c("被写体生年月日", "date_of_birth", "VARCHAR", [v.wareki(b) for b in births]),
        c("予約者氏名", "person_name", "VARCHAR", [f"{b[0]} {a[0]}" for a, b in bookers]),
        c("予約者電話", "phone", "VARCHAR", g.phones("JP", {"national": 0.8, "local": 0.2}, mobile=0.8)),
        c("予約者メール", "email", "VARCHAR",
          g.nullwords([v.email(g, a[2], b[2], ["docomo.ne.jp", "icloud.com", "yahoo.co.jp"]) for a, b in bookers],
                      0.72, _words("未記入", "なし")), NULLWORD),
        c("郵便番号", "postal_code", "VARCHAR", [v.postal(g, "JP", p[3]) for p in places]),
        c("住所", "street_address", "VARCHAR", [f"{p[0]}{p[1]}{p[2]}{g.rnd.randint(1, 5)}-{g.rnd.randint(1, 30)}-"
                                                f"{g.rnd.randint(1, 12)}" for p in places]),
        c("市区町村", "city", "VARCHAR", [p[1] for p in places]),
        c("レンタル衣装", N, "VARCHAR", g.col(g.pick(["振袖 赤系", "振袖 白系", "羽織袴", "被布セット", "なし"])),
          "decoy"),
        c("衣装番号", N, "VARCHAR", g.col(lambda: f"K-{g.digits(4, string.digits)}"), "decoy"),
        c("着付け担当", "person_name", "VARCHAR", g.col(lambda: v.ja_person(g, True)[1][0] + " " +
                                                      v.ja_person(g, True)[0][0], 0.25)),
        c("カメラマン", "person_name", "VARCHAR", [f"{p[1][0]} {p[0][0]}" for p in (g.rnd.choice(photographers)
                                                                                 for _ in range(g.rows))]),
        c("アルバム", N, "VARCHAR", g.col(g.pick(["デラックス20P", "スタンダード10P", "データのみ"])), "decoy"),
        c("料金", N, "INTEGER", g.ints(19_800, 286_000), "decoy"),
        c("画像フォルダ", N, "VARCHAR", g.col(lambda: f"/nas/2025/{g.code('xxxxxxxx')}"), "decoy"),
        c("来店経路", N, "VARCHAR", g.col(g.pick(["Instagram", "紹介", "チラシ", "Google"])), "decoy"),
        c("インスタ名", USERNAME, "VARCHAR", g.col(lambda: f"@{v.plain(v.ja_person(g)[0][2])}_{g.rnd.randint(1, 999)}",
                                                0.8), "username", "null_heavy"),
        c("備考", "free_text", "VARCHAR", g.col(lambda: g.rnd.choice([
            f"祖母 {v.ja_person(g, True)[1][0]}様 同伴", f"兄 {v.ja_person(g, False)[0][0]} くんも一緒に撮影",
            "雨天時は屋内撮影に変更"]), 0.8), "null_heavy"),
        c("受付日時", N, "TIMESTAMP", g.moments("2024-09-01", 420), "decoy"),
        c("撮影スタジオ", N, "VARCHAR", g.col(g.pick(["Aスタジオ", "Bスタジオ", "ガーデン"])), "decoy"),
        c("納品予定日", N, "DATE", g.days("2025-02-01", "2026-03-31"), "decoy"),
        c("データ枚数", N, "INTEGER", g.ints(10, 120), "decoy"),
    ])


# -- campsite guest registration (Russian) ----------------------------------------------------------------------------


def ru_campsite(g: Gen) -> Table:
    """A campsite's guest registration: the guest (Russian passport, or a Kazakh or Belarusian guest with a phone of
    home), the car, the pitch, the arrival date beside the date of birth as ``dd.mm.yyyy``, the receptionist."""
    home = [g.rnd.choice(["RU"] * 8 + ["KZ", "BY"]) for _ in range(g.rows)]
    fem = v.sexes(g, 0.45)
    names = [v.person(g, "kz" if h == "KZ" else "ru", f) for h, f in zip(home, fem)]
    births = g.births(1950, 2007)
    arrivals = g.days("2025-05-01", "2025-09-30")
    places = [v.city(g, "KZ" if h == "KZ" else "RU") for h in home]
    staff = [v.whole(g, "ru", True) for _ in range(4)]
    patronymics = {False: ["Сергеевич", "Андреевич", "Николаевич", "Иванович"],
                   True: ["Сергеевна", "Андреевна", "Николаевна", "Ивановна"]}
    return Table("кемпинг.регистрация_гостей", "ru", "native", [
        c("номер_брони", N, "VARCHAR", g.col(lambda: f"КМП-{g.digits(6, string.digits)}"), "decoy"),
        c("фио_гостя", "person_name", "VARCHAR", [f"{b} {a} {g.rnd.choice(patronymics[f])}" for (a, b), f in
                                                  zip(names, fem)]),
        c("дата_рождения", "date_of_birth", "VARCHAR", [_dmy(b) for b in births]),
        c("дата_заезда", N, "VARCHAR", [_dmy(a) for a in arrivals], "decoy", SHAPE),
        c("дата_выезда", N, "DATE", [a + timedelta(days=g.rnd.randint(1, 14)) for a in arrivals], "decoy"),
        c("паспорт", "national_id", "VARCHAR", [f"{g.digits(2, string.digits)} {g.digits(2, string.digits)} "
                                                f"{g.digits(6, string.digits)}" if h == "RU" else
                                                g.code("N99999999") if h == "KZ" else g.code("AA9999999")
                                                for h in home], MULTI_COUNTRY),
        c("гражданство", N, "VARCHAR", [{"RU": "РФ", "KZ": "Казахстан", "BY": "Беларусь"}[h] for h in home], "decoy"),
        c("телефон", "phone", "VARCHAR", [g.phone(h, g.rnd.choice(["national", "intl", "e164"])) if h == "RU" else
                                          g.odd_phone(h) if g.rnd.random() < 0.4 else g.phone(h, "intl")
                                          for h in home], ODD_FORMAT),
        c("email", "email", "VARCHAR", [v.email(g, v.latin(a), v.latin(b), ["mail.ru", "yandex.ru", "inbox.ru",
                                                                            "gmail.com"]) if g.rnd.random() < 0.78
                                        else None for a, b in names]),
        c("город_проживания", "city", "VARCHAR", [p[0] for p in places]),
        c("индекс", "postal_code", "VARCHAR", [v.postal(g, "KZ" if h == "KZ" else "RU", p[1]) for h, p in
                                               zip(home, places)]),
        c("адрес_проживания", "street_address", "VARCHAR", g.col(lambda: v.street(g, "ru"), 0.2)),
        c("госномер_авто", N, "VARCHAR", g.col(lambda: f"{g.rnd.choice('АВЕКМНОРСТУХ')}{g.digits(3, string.digits)}"
                                                       f"{g.rnd.choice('АВЕКМНОРСТУХ')}{g.rnd.choice('АВЕКМНОРСТУХ')}"
                                                       f"{g.rnd.choice(['54', '66', '152', '74', '102'])}", 0.2),
          "decoy", VEHICLE),
        c("место", N, "VARCHAR", g.col(lambda: f"{g.rnd.choice(['П', 'Д', 'Г'])}-{g.rnd.randint(1, 80)}"), "decoy"),
        c("тип_размещения", N, "VARCHAR", g.col(g.pick(["палатка", "автодом", "домик", "глэмпинг"])), "decoy"),
        c("взрослых", N, "INTEGER", g.ints(1, 4), "decoy"),
        c("детей", N, "INTEGER", g.ints(0, 3), "decoy"),
        c("сумма_руб", N, "DECIMAL(9,2)", g.amounts(1_200, 48_000), "decoy"),
        c("администратор", "person_name", "VARCHAR", g.col(g.pick(staff))),
        c("спутники", "free_text", "VARCHAR", g.col(lambda: g.rnd.choice([
            f"с женой {v.whole(g, 'ru', True)} и сыном", f"вместе с {v.whole(g, 'ru')} (место рядом)",
            f"собака, ответственный {v.whole(g, 'ru', False)}"]), 0.8), "null_heavy"),
        c("координаты_места", N, "VARCHAR", g.col(lambda: g.coord((54.8, 55.2), (82.8, 83.4))), "decoy"),
        c("wifi_логин", USERNAME, "VARCHAR", [f"{v.plain(v.latin(b))}{g.rnd.randint(1, 99)}" for a, b in names],
          "username"),
        c("код", "phone", "VARCHAR", g.phones("RU", {"local": 0.5, "national": 0.5}, nulls=0.2), MISLEADING,
          "qualified"),
        c("электричество", N, "BOOLEAN", g.yn(True, False, 0.6), "decoy"),
        c("день_недели_заезда", N, "VARCHAR", g.col(g.pick(["пятница", "суббота", "воскресенье", "понедельник"])),
          "decoy"),
        c("оценка", N, "INTEGER", g.ints(1, 10), "decoy"),
    ])


# -- dance school enrolments (Greek) ----------------------------------------------------------------------------------


def gr_dance_school(g: Gen) -> Table:
    """A dance school's enrolments in Greece and Cyprus: the pupil (AMKA for the sports-insurance cover), a parent
    for children, the teacher, the class, the recital costume; Cypriot pupils with Cypriot phones and postcodes."""
    cyprus = [g.rnd.random() < 0.2 for _ in range(g.rows)]
    refund = [g.rnd.random() < (0.5 if cy else 0.15) for cy in cyprus]
    fem = v.sexes(g, 0.8)
    firsts, lasts = v.people(g, "el", fem)
    births = g.births(1975, 2019)
    places = [v.city(g, "CY" if cy else "GR") for cy in cyprus]
    minors = [b.year >= 2011 for b in births]
    teachers = [v.whole(g, "el", True) for _ in range(5)]
    return Table("σχολή_χορού.εγγραφές", "el", "native", [
        c("αρ_εγγραφής", N, "VARCHAR", g.col(lambda: f"ΣΧ-{g.digits(5, string.digits)}"), "decoy"),
        c("επώνυμο", "last_name", "VARCHAR", lasts),
        c("όνομα", "first_name", "VARCHAR", firsts),
        c("ημ_γέννησης", "date_of_birth", "DATE", births),
        c("ημ_εγγραφής", N, "DATE", g.days("2023-09-01", "2025-10-15"), "decoy", SHAPE),
        c("αμκα", "ssn", "VARCHAR", [None if cy else v.gr_amka(g, b) for cy, b in zip(cyprus, births)]),
        c("γονέας", "person_name", "VARCHAR", [f"{v.given(g, 'el', g.rnd.random() < 0.7)} {ln}" if m else None
                                               for m, ln in zip(minors, lasts)], "null_heavy"),
        c("κινητό", "phone", "VARCHAR", [g.phone("CY" if cy else "GR", g.rnd.choice(["national", "intl", "local"]))
                                         for cy in cyprus]),
        c("email", "email", "VARCHAR", v.emails(g, firsts, lasts, ["gmail.com", "yahoo.gr", "cytanet.com.cy",
                                                                   "hotmail.com"], 0.15)),
        c("διεύθυνση", "street_address", "VARCHAR", g.col(lambda: v.street(g, "el"))),
        c("πόλη", "city", "VARCHAR", [p[0] for p in places]),
        c("τ_κ", "postal_code", "VARCHAR", [v.postal(g, "CY" if cy else "GR", p[1]) for cy, p in zip(cyprus, places)]),
        c("τμήμα", N, "VARCHAR", g.col(g.pick(["Κλασικό Α΄", "Κλασικό Β΄", "Σύγχρονο", "Hip Hop Junior",
                                               "Latin Ενηλίκων", "Παραδοσιακοί"])), "decoy"),
        c("δάσκαλος", "person_name", "VARCHAR", g.col(g.pick(teachers))),
        c("μέγεθος_στολής", N, "VARCHAR", g.col(g.pick(["6-8", "10-12", "XS", "S", "M", "L"])), "decoy"),
        c("δίδακτρα", N, "DECIMAL(7,2)", g.col(g.pick([35.0, 45.0, 55.0, 65.0])), "decoy"),
        c("τρόπος_πληρωμής", N, "VARCHAR", g.col(g.pick(["μετρητά", "κάρτα", "IRIS", "τράπεζα"])), "decoy"),
        c("iban_επιστροφής", "iban", "VARCHAR", [None if not r else v.iban_new(g, "CY", True) if cy else
                                                 v.iban(g, "GR", True) for cy, r in zip(cyprus, refund)], "null_heavy"),
        c("ιατρική_βεβαίωση_έως", N, "DATE", g.days("2025-09-01", "2026-08-31"), "decoy"),
        c("χορηγός", N, "VARCHAR", g.col(g.pick(["Φαρμακείο Λαμπράκη", "Αρτοποιείο Η Ζάχαρη",
                                                 "ΚΑΠΠΑ Ασφαλιστική"]), 0.8), "business", SHAPE, "null_heavy"),
        c("σημειώσεις", "free_text", "VARCHAR", g.sparse(lambda: g.rnd.choice([
            f"την παραλαμβάνει η θεία {v.whole(g, 'el', True)}", f"αδελφή της {v.given(g, 'el', True)} στο Β΄",
            f"έκπτωση φίλων: σύσταση {v.whole(g, 'el')}"]), 0.8, _words("κανένα", "—")), NULLWORD),
        c("όνομα_παράστασης", N, "VARCHAR", g.col(g.pick(["Η Ωραία Κοιμωμένη", "Καρυοθραύστης", "Ελένη και Μαρίνα",
                                                          "Ζορμπάς"])), "decoy", SHAPE, MISLEADING),
        c("id_συσκευής", N, "VARCHAR", g.col(g.uuid), "decoy"),
        c("ημέρα_μαθήματος", N, "VARCHAR", g.col(g.pick(["Δευτέρα", "Τετάρτη", "Παρασκευή", "Σάββατο"])), "decoy"),
        c("αίθουσα", N, "VARCHAR", g.col(g.pick(["Studio 1", "Studio 2", "Μεγάλη Αίθουσα"])), "decoy"),
        c("παρουσίες", N, "INTEGER", g.ints(0, 60), "decoy"),
    ])


# -- winter-bathing club members (Danish) ------------------------------------------------------------------------------


def dk_winter_bathing(g: Gen) -> Table:
    """A winter-bathing club's members: a few Icelandic members with their kennitala, the CPR number kept for the
    municipal grant (half of the members gave it), the sauna key chip, the newsletter flags."""
    iceland = [g.rnd.random() < 0.1 for _ in range(g.rows)]
    fem = v.sexes(g, 0.6)
    names = [v.person(g, "is" if i else "da", f) for i, f in zip(iceland, fem)]
    births = g.births(1940, 2006)
    places = [v.city(g, "DK") for _ in range(g.rows)]
    return Table("vinterbad.medlemmer", "da", "snake", [
        c("medlemsnr", N, "INTEGER", g.keys(100), "decoy"),
        c("fornavn", "first_name", "VARCHAR", [n[0] for n in names]),
        c("efternavn", "last_name", "VARCHAR", [n[1] for n in names]),
        c("foedselsdato", "date_of_birth", "VARCHAR", [f"{b:%d-%m-%Y}" for b in births]),
        c("indmeldt", N, "VARCHAR", [f"{d:%d-%m-%Y}" for d in g.days("2015-10-01", "2025-11-01")], "decoy", SHAPE),
        c("cpr", "national_id", "VARCHAR", [v.dk_cpr(g, b) if not i and g.rnd.random() < 0.2 else None
                                            for i, b in zip(iceland, births)], "null_heavy"),
        c("kennitala", "national_id", "VARCHAR", [v.is_kennitala(g, b) if i else None for i, b in zip(iceland, births)],
          "null_heavy"),
        c("adresse", "street_address", "VARCHAR", g.col(lambda: v.street(g, "da"))),
        c("postnr", "postal_code", "VARCHAR", [v.postal(g, "DK", p[1]) for p in places]),
        c("by", "city", "VARCHAR", [p[0] for p in places]),
        c("mobil", "phone", "VARCHAR", [g.phone("IS" if i else "DK", g.rnd.choice(["national", "intl", "e164"]))
                                        for i in iceland]),
        c("email", "email", "VARCHAR", [v.email(g, a, b, ["gmail.com", "hotmail.com", "mail.dk", "simnet.is"])
                                        for a, b in names]),
        c("iban", "iban", "VARCHAR", [v.iban_new(g, "IS") if i else v.iban(g, "DK", g.rnd.random() < 0.5)
                                      for i in iceland]),
        c("noegle_chip", N, "VARCHAR", g.col(lambda: g.code("xxxxxxxx").upper()), "decoy"),
        c("kontingent", N, "DECIMAL(7,2)", g.col(g.pick([450.0, 650.0, 300.0])), "decoy"),
        c("betalt", N, "BOOLEAN", g.yn(True, False, 0.9), "decoy"),
        c("nyhedsbrev_email", N, "VARCHAR", g.yn("J", "N", 0.7), "decoy", MISLEADING),
        c("saunavagt", N, "BOOLEAN", g.yn(True, False, 0.15), "decoy"),
        c("foretrukken_dag", N, "VARCHAR", g.col(g.pick(["mandag", "tirsdag", "onsdag", "torsdag", "fredag", "lørdag",
                                                         "søndag"])), "decoy"),
        c("vandtemp_seneste", N, "DECIMAL(3,1)", g.floats(0.5, 9.5, 1), "decoy"),
        c("paaroerende", "person_name", "VARCHAR", g.col(lambda: v.whole(g, "da"), 0.2)),
        c("paaroerende_tlf", "phone", "VARCHAR", g.phones("DK", {"national": 0.6, "local": 0.4}, nulls=0.2),
          "qualified"),
        c("bemaerkning", "free_text", "VARCHAR", g.col(lambda: g.rnd.choice([
            f"svømmer altid sammen med {v.whole(g, 'da')}", f"datter {v.given(g, 'da', True)} er også medlem",
            f"pas på hjertet - læge {v.whole(g, 'da')} informeret"]), 0.82), "null_heavy"),
        c("sidst_logget_ind", N, "TIMESTAMP", g.moments("2025-09-01", 90), "decoy"),
        c("medlemstype", N, "VARCHAR", g.col(g.pick(["fuld", "pensionist", "studerende", "weekend"])), "decoy"),
        c("antal_dyp_saeson", N, "INTEGER", g.ints(0, 140), "decoy"),
    ])


# -- ferry departures: decoys and business data only (Norwegian) -------------------------------------------------------


def no_ferry_departures(g: Gen) -> Table:
    """A ferry operator's departures log: nothing personal; ferries named after people, quays named like streets,
    crossing times written like birth dates, departure numbers shaped like phone numbers, the operators' business
    contacts and organisation numbers."""
    operators = [("Fjord1 AS", "post@fjord1.no"), ("Boreal Sjø AS", "kundeservice@boreal.no"),
                 ("Torghatten Nord AS", "booking@torghatten-nord.no")]
    op = [g.rnd.choice(operators) for _ in range(g.rows)]
    op_tel = {o[0]: g.phone("NO", "national", False) for o in operators}
    departures = g.moments("2025-01-01", 330)
    return Table("ferje.avganger", "no", "snake", [
        c("avgang_id", N, "BIGINT", g.keys(9_000_001), "decoy"),
        c("avgangsnr", N, "VARCHAR", g.col(lambda: v.not_phone(g, "NO", (3, 2, 3), "0")), "decoy", SHAPE),
        c("ferje", N, "VARCHAR", g.col(g.pick(["MF Ingrid Marie", "MF Kristian Torgersen", "MF Sigrid Undset",
                                               "MF Ole Bull", "MF Solveig"])), "decoy", SHAPE),
        c("samband", N, "VARCHAR", g.col(g.pick(["Halhjem-Sandvikvåg", "Bognes-Lødingen", "Mortavika-Arsvågen",
                                                 "Molde-Vestnes"])), "decoy"),
        c("kai", N, "VARCHAR", g.col(lambda: f"{g.rnd.choice(['Kaigata', 'Fergeveien', 'Havnegata'])} "
                                             f"{g.rnd.randint(1, 40)}"), "decoy", SHAPE),
        c("avgangstid", N, "TIMESTAMP", departures, "decoy"),
        c("overfartsdato", N, "VARCHAR", [f"{d:%d.%m.%Y}" for d in departures], "decoy", SHAPE),
        c("byggeaar", N, "INTEGER", g.ints(1979, 2023), "decoy", SHAPE),
        c("pbe", N, "INTEGER", g.ints(40, 240), "decoy"),
        c("passasjerer", N, "INTEGER", g.ints(0, 390), "decoy"),
        c("lastebiler", N, "INTEGER", g.ints(0, 30), "decoy"),
        c("forsinkelse_min", N, "INTEGER", g.ints(0, 45), "decoy"),
        c("innstilt", N, "BOOLEAN", g.yn(True, False, 0.03), "decoy"),
        c("aarsak", N, "VARCHAR", g.col(g.pick(["vær", "teknisk", "mannskap", "ingen"])), "decoy"),
        c("operator", N, "VARCHAR", [o[0] for o in op], "business"),
        c("operator_epost", N, "VARCHAR", [o[1] for o in op], "business"),
        c("operator_tlf", N, "VARCHAR", [op_tel[o[0]] for o in op], "business"),
        c("posisjon", N, "VARCHAR", g.col(lambda: g.coord((60.0, 68.5), (5.0, 15.5))), "decoy"),
        c("drivstoff_liter", N, "DECIMAL(8,1)", [round(g.rnd.uniform(0, 2_400), 1) for _ in range(g.rows)], "decoy"),
        c("billettsystem", N, "VARCHAR", g.col(lambda: f"ferje-pos {g.version()}"), "decoy"),
        c("loggsjekksum", N, "VARCHAR", g.col(g.sha1), "decoy"),
        c("mannskap_navn_id", N, "INTEGER", g.ints(100, 180), "decoy", MISLEADING),
    ])


# -- pálinka distillery's contract-distilling customers (Hungarian) ---------------------------------------------------


def _hu_date(d: date | None) -> str | None:
    return None if d is None else f"{d.year}.{d.month:02d}.{d.day:02d}."


def hu_palinka_distillery(g: Gen) -> Table:
    """A contract distillery's register of private customers who bring their own fruit (the excise law wants the
    customer's name, birth data, mother's name, tax number and address): names in Hungarian order (family name
    first), dates written ``1984.03.12.`` beside the distilling date in the same form, the TAJ number kept for the
    excise form (``ssn``), the distiller on duty, the distillery's own business data."""
    fem = v.sexes(g, 0.3)
    names = [v.person(g, "hu", f) for f in fem]
    births = g.births(1940, 2004)
    places = [v.city(g, "HU") for _ in range(g.rows)]
    distillers = [f"{b} {a}" for a, b in (v.person(g, "hu", False) for _ in range(4))]
    return Table("palinka.berfozetes_megrendelok", "hu", "snake", [
        c("fozesi_szam", N, "VARCHAR", g.col(lambda: f"BF-{g.rnd.randint(2024, 2025)}/{g.digits(5, string.digits)}"),
          "decoy"),
        c("megrendelo_neve", "person_name", "VARCHAR", [f"{b} {a}" for a, b in names]),
        c("anyja_neve", "person_name", "VARCHAR", [f"{v.person(g, 'hu', True)[1]} {v.given(g, 'hu', True)}"
                                                   for _ in range(g.rows)]),
        c("szuletesi_hely", "city", "VARCHAR", g.col(lambda: v.city(g, "HU")[0])),
        c("szuletesi_datum", "date_of_birth", "VARCHAR", [_hu_date(b) for b in births]),
        c("fozes_datuma", N, "VARCHAR", [_hu_date(d) for d in g.days("2024-08-01", "2025-11-30")], "decoy", SHAPE),
        c("adoazonosito_jel", "national_id", "VARCHAR", [v.hu_adoazonosito(g, b) for b in births]),
        c("taj_szam", "ssn", "VARCHAR", g.col(lambda: v.hu_taj(g, g.rnd.random() < 0.6), 0.15)),
        c("iranyitoszam", "postal_code", "VARCHAR", [v.postal(g, "HU", p[1]) for p in places]),
        c("telepules", "city", "VARCHAR", [p[0] for p in places]),
        c("lakcim", "street_address", "VARCHAR", g.col(lambda: v.street(g, "hu"))),
        c("telefon", "phone", "VARCHAR", g.phones("HU", {"national": 0.4, "intl": 0.4, "e164": 0.2})),
        c("email", "email", "VARCHAR", g.nullwords([v.email(g, a, b, ["freemail.hu", "citromail.hu", "gmail.com"])
                                                    for a, b in names], 0.78, _words("nincs", "nem adta meg")),
          NULLWORD),
        c("gyumolcs", N, "VARCHAR", g.col(g.pick(["szilva", "kajszibarack", "vilmoskörte", "birs", "meggy", "szőlő"])),
          "decoy"),
        c("cefre_liter", N, "INTEGER", g.ints(60, 900), "decoy"),
        c("parlat_liter", N, "DECIMAL(6,2)", g.floats(4, 86, 2), "decoy"),
        c("alkoholfok", N, "DECIMAL(4,1)", g.floats(38, 56, 1), "decoy"),
        c("jovedeki_ado_ft", N, "INTEGER", g.ints(0, 120_000), "decoy"),
        c("fozomester", "person_name", "VARCHAR", g.col(g.pick(distillers))),
        c("fozde", N, "VARCHAR", g.col(g.pick(["Kisüsti Pálinkafőzde Kft.", "Szatmári Bérfőzde Bt."])), "business"),
        c("fozde_adoszam", N, "VARCHAR", g.col(g.pick([v.hu_anum(g) for _ in range(2)])), "business"),
        c("hordo_szam", N, "VARCHAR", g.col(lambda: f"H-{g.rnd.randint(1, 48):02d}"), "decoy"),
        c("rendszam", N, "VARCHAR", g.col(lambda: f"{g.code('AAA')}-{g.digits(3, string.digits)}", 0.25), "decoy",
          VEHICLE),
        c("megjegyzes", "free_text", "VARCHAR", g.col(lambda: g.rnd.choice([
            f"a cefrét {v.person(g, 'hu')[1]} {v.given(g, 'hu')} hozta be",
            f"szomszédja, {v.person(g, 'hu')[1]} {v.given(g, 'hu', True)} nevében is",
            "két külön tétel, külön számla"]), 0.82), "null_heavy"),
        c("het_napja", N, "VARCHAR", g.col(g.pick(["hétfő", "kedd", "szerda", "csütörtök", "péntek", "szombat"])),
          "decoy"),
    ])


# -- snow-clearing customers (Finnish) --------------------------------------------------------------------------------


def fi_snow_clearing(g: Gen) -> Table:
    """A snow-clearing contractor's private customers and housing companies: the household deduction needs the
    customer's personal identity code (henkilötunnus); housing companies (``As Oy``) are business rows kept in their
    own columns; the gate code and the driveway's coordinates are decoys."""
    fem = v.sexes(g, 0.45)
    firsts, lasts = v.people(g, "fi", fem)
    births = g.births(1935, 2003)
    places = [v.city(g, "FI") for _ in range(g.rows)]
    housing = [g.rnd.random() < 0.2 for _ in range(g.rows)]
    companies = ["As Oy Koivurinne", "As Oy Rantakallio", "Kiinteistö Oy Pihlajamäki"]
    ytunnus = {name: v.fi_ytunnus(g) for name in companies}
    company = [g.rnd.choice(companies) if h else None for h in housing]
    drivers = [v.given(g, "fi", False) for _ in range(5)]
    return Table("lumityot.asiakkaat", "fi", "snake", [
        c("asiakasnro", N, "INTEGER", g.keys(40_001), "decoy"),
        c("etunimi", "first_name", "VARCHAR", firsts),
        c("sukunimi", "last_name", "VARCHAR", lasts),
        c("henkilotunnus", "national_id", "VARCHAR", [v.fi_hetu(g, b, f) for b, f in zip(births, fem)]),
        c("syntymaaika", "date_of_birth", "VARCHAR", [f"{b.day}.{b.month}.{b.year}" for b in births]),
        c("sopimus_alkaa", N, "VARCHAR", [f"{d.day}.{d.month}.{d.year}" for d in g.days("2019-10-01", "2025-11-15")],
          "decoy", SHAPE),
        c("katuosoite", "street_address", "VARCHAR", g.col(lambda: v.street(g, "fi"))),
        c("postinumero", "postal_code", "VARCHAR", [v.postal(g, "FI", p[1]) for p in places]),
        c("postitoimipaikka", "city", "VARCHAR", [p[0].upper() if g.rnd.random() < 0.5 else p[0] for p in places]),
        c("puhelin", "phone", "VARCHAR", g.phones("FI", {"national": 0.5, "intl": 0.3, "local": 0.2})),
        c("sahkoposti", "email", "VARCHAR", v.emails(g, firsts, lasts, ["gmail.com", "luukku.com", "suomi24.fi",
                                                                       "hotmail.fi"], 0.2)),
        c("tilinumero", "iban", "VARCHAR", g.col(lambda: v.iban(g, "FI", g.rnd.random() < 0.6), 0.1)),
        c("taloyhtio", N, "VARCHAR", company, "business", "null_heavy"),
        c("taloyhtio_ytunnus", N, "VARCHAR", [ytunnus[x] if x else None for x in company], "business", "null_heavy"),
        c("isannoitsija", "person_name", "VARCHAR", [v.whole(g, "fi") if h else None for h in housing],
          "null_heavy"),
        c("porttikoodi", N, "VARCHAR", g.col(lambda: g.digits(4, string.digits), 0.25), "decoy", SHAPE),
        c("pihan_koordinaatit", N, "VARCHAR", g.col(lambda: g.coord((60.9, 66.6), (21.6, 29.8))), "decoy"),
        c("pinta_ala_m2", N, "INTEGER", g.ints(40, 1_600), "decoy"),
        c("hinta_kk", N, "DECIMAL(7,2)", g.amounts(39, 420), "decoy"),
        c("kuljettaja", "first_name", "VARCHAR", g.col(g.pick(drivers))),
        c("auraus_kynnys_cm", N, "INTEGER", g.col(g.pick([5, 7, 10])), "decoy"),
        c("hiekoitus", N, "BOOLEAN", g.yn(True, False, 0.6), "decoy"),
        c("lisatiedot", "free_text", "VARCHAR", g.sparse(lambda: g.rnd.choice([
            f"avain naapurilla, {v.whole(g, 'fi')}", f"laskut tyttärelle {v.whole(g, 'fi', True)}",
            "lumet kasataan pihan perälle"]), 0.8, _words("ei ole", "ei tiedossa")), NULLWORD),
        c("viimeisin_kaynti", N, "TIMESTAMP", g.moments("2024-11-15", 150), "decoy"),
    ])


#: (builder, rows): every table of the set, its row count fixed
BUILDERS: list[tuple[Callable[[Gen], Table], int]] = [
    (us_tattoo_consent, 320), (gb_escape_rooms, 360), (nl_rowing_club, 260), (de_language_course, 300),
    (br_coworking, 280), (pt_cork_lots, 220), (it_orthodontist, 300), (se_locksmith, 340),
    (fr_vet_farm_visits, 280), (pl_cemetery, 380), (es_translators, 260), (cz_self_storage, 320),
    (tr_hearing_aids, 300), (ja_piano_school, 220), (ja_photo_studio, 260), (ru_campsite, 340),
    (gr_dance_school, 280), (dk_winter_bathing, 240), (no_ferry_departures, 230),
    (hu_palinka_distillery, 260), (fi_snow_clearing, 300),
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
