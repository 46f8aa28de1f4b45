"""Held-out set v17 for the column classifier: 14 tables in domains no earlier set used, social-security numbers again,
identifiers of new countries and split dates of birth.

Written **blind**, like v2 to v16: by someone who has read neither the classifier (``governance_dagster/detect/``) nor
its documentation, tests, changelog or notes, only the list of kind names (``governance_dagster/kinds.py``), how the
scorer registers a set (``heldout_v2_accuracy.py``), the *structure* and labeling conventions of v16 (``heldout_v16.py``,
``heldout_v16_values.py``, its test, ``tests/heldout_support.py``), the docstrings of v2 to v15 (to avoid their domains)
and the ``Column``/``Table`` classes and writer they build on. The classifier was not run on this set while it was
written, no scorer was run on it, and no score of any set was looked at: nothing here was adjusted to what the
classifier does. It was written under a short deadline.

What is new against v2 to v16:

* domains: a bouldering gym's liability waivers signed on a tablet (``boulderhalle.haftungsverzicht``, German); a
  pastry shop's celebration-cake orders with the inscription piped on the cake (``cukiernia.zamowienia_tortow``,
  Polish); a music festival's volunteer roster (``festival.vrijwilligersRooster``, Dutch); a dental laboratory's work
  orders from dental practices (``LaboratorioOdontotecnico.OrdiniLavoro``, Italian); a housing co-operative's waiting
  list (``habitatge.llista_espera_cooperativa``, Catalan); a Patagonian trekking agency's expedition passengers from
  Chile, Argentina, Mexico and Brazil (``trekking.pasajerosExpedicion``, Spanish); a shooting range's visitor book
  (``strelnice.kniha_navstev``, Czech); a jeweller's register of gold bought from private sellers
  (``kuyumcu.AltinAlimKayitlari``, Turkish); a pet hotel's bookings (``ペットホテル.宿泊予約``, Japanese); a golf driving
  range's members in romaji (``GORUFU_RENSHUJO.KAIIN_MEIBO``, romanized Japanese); a sanatorium's stays
  (``санаторий.путёвки``, Russian); a refugee-aid NGO's intake on Lesvos (``αρωγή.καταγραφή_ωφελουμένων``, Greek); a
  customs broker's private declarants merged from its country desks, each column named in the language of its desk
  (``customs.declarants_merged``: English, French, Portuguese, Swedish, Danish, Icelandic, Welsh, Irish, Afrikaans,
  Indonesian, Vietnamese, Slovak, Serbian Latin, Dutch, German, Polish; tag ``lang:``); a microbrewery's brew log,
  decoys only (``bryggeri.bryg_log``, Danish);
* shapes: ``ssn`` again (Russian SNILS ``123-456-789 01``, Irish PPS of the Irish declarants only); dates of birth split
  into day, month and year integer columns (three columns labeled ``date_of_birth``, tag ``split_dob``), as DATE, as an
  integer ``yyyymmdd``, as ``dd.mm.yyyy``, ``dd/mm/yyyy``, ``dd-mm-yyyy`` and ``yyyy-mm-dd``, each beside another
  event's date in the same form (tag ``value_shape`` on the event date); staff in columns with few distinct values
  written as a nickname (``Pato``, ``Bas``), a title with a given name (``Pani Halina``), a title with a family name
  (``Ing. Kučera``), a given name with a trade title after it (``Hasan Usta``), a family name with ``-san`` or ``Pro``,
  ``Family G.``, ``Family I. O.`` (Russian initials), ``FAMILY, Given`` and ``Dott.`` with a full name (tag ``staff``);
  misleading and opaque names over personal values (``misc_1`` and ``c07`` phones, ``notes2`` free
  text, ``ATTR_7`` an e-mail; tags ``misleading``, ``opaque``); a cake's inscription naming the person it celebrates (``free_text``) beside that
  person's first name (``first_name``); IPv6 and IPv4 addresses of the device a waiver or a login came from;
* identifiers with check digits (python-stdnum): German Steuer-ID, Icelandic kennitala, Lithuanian asmens kodas,
  Estonian isikukood, Romanian CNP, Belgian national number, Portuguese NIF, Brazilian CPF, Chilean RUT, Mexican CURP,
  Argentine CUIT, South African ID, Korean RRN, Chinese RIC, Indian Aadhaar, Israeli ID, Czech rodné číslo, T.C.
  kimlik, BSN, DNI / NIE, codice fiscale, SNILS, PPS; passports of Syria, Afghanistan, Iraq, Iran, Somalia and Eritrea
  with their ICAO 9303 check digit (tag ``multi_country``); a Czech firearms licence without any (tag ``licence``);
  IBANs of Germany, the Netherlands, Spain, Turkey, Iceland, Lithuania, Estonia, Romania, Belgium, Portugal
  and Ireland; cards passing Luhn; phones of Germany, Poland, the Netherlands, Italy, Spain, Chile, Argentina, Mexico,
  Brazil, Czechia, Turkey, Japan, Russia, Greece, Syria, Afghanistan, Iraq and the declarants' countries;
* decoys (tag ``decoy``; ``value_shape`` when shaped like a personal value): climbing routes, cake flavours, festival
  stages, co-op buildings, trekking routes, sanatorium buildings, pet-hotel rooms, beers named like people (``Gamle
  Svend``), pet names, breeds and a pet's date of birth, pet microchips, tooth numbers and shades, calibres and guns,
  gold coins, ICD codes, HS codes, gift vouchers and prepaid cards failing Luhn, SEPA mandate references shaped like
  IBANs failing mod 97, booking references shaped like phones that are no valid numbers, years of other events,
  plates (tag ``vehicle``), UUIDs, hashes, coordinates, versions, flags (``newsletter``, ``MAIL_HAISHIN``, tag ``misleading``),
  surrogate keys, some named like addresses (``adresse_sk``, ``JUSHO_SK``, tag ``misleading``); business data of gyms, pastry shops, dental practices, co-operatives, jewellers, brokers and breweries (tag
  ``business``);
* column names in English, German, French, Spanish, Italian, Portuguese, Dutch, Polish, Swedish, Danish, Czech,
  Turkish, romanized Japanese (``ja-Latn``), Japanese, Russian, Greek, Catalan, Icelandic, Welsh, Irish, Afrikaans,
  Indonesian, Vietnamese, Slovak and Serbian Latin (``sr-Latn``); styles: snake, camel, Pascal, SCREAMING, native
  scripts, abbreviations (``kl_nazw``, ``geb_datum``, ``psc``, ``ταχ_κώδικας``).

Labeling rules: the same as v2 to v16 (see :mod:`benchmarks.classification.heldout_v16`): ``ssn`` is a social-security
or social-insurance number, ``national_id`` any other state-issued personal identifier; a business's address, phone,
postal code, city, e-mail, tax and registration numbers and bank account are ``none`` (tag ``business``); names of
staff are ``person_name`` (a first name or a family name alone ``first_name`` or ``last_name``); a login or public
display handle is ``unclassified`` (tag ``username``); free text that names people is ``free_text``, text that names
nobody ``none``. Applied to v17's new cases (no new rule, but choices a reader may question):

* staff named by a given name or a nickname alone (gym instructor, festival team leader, trekking guide, interpreter)
  are ``first_name``; a title or trade word with a name (``Pani Halina``, ``Ing. Kučera``, ``Hasan Usta``,
  ``田中さん``, ``Ito Pro``, ``Dott. Stefano Rinaldi``), ``Family G.``, ``Family I. O.`` and ``FAMILY, Given`` are
  ``person_name``; a dentist who orders work for a patient is staff (``person_name``), the practice is a business;
* a Russian patronymic (``отчество``) and a father's name on a refugee's record (``πατρώνυμο``) are ``first_name``;
* three columns holding the day, month and year of a birth are each ``date_of_birth`` (tag ``split_dob``); a year of
  another event (the licence's issue, joining the co-op) is ``none``; a pet's date of birth is ``none``;
* the Steuer-ID, CPF, RUT, CURP, CUIT, NIF, kennitala and Aadhaar are ``national_id``; SNILS and PPS are ``ssn``; a
  Czech firearms licence is ``national_id`` (tag ``licence``, as v12's firearms card); a passport or national number
  column of several countries is ``national_id`` (tag ``multi_country``), a column filled only for the Irish rows
  ``ssn`` (tag ``qualified``);
* the cake inscription (``Sto lat, Kasiu!``) is ``free_text``: most rows name the person celebrated; the person's first
  name in its own column is ``first_name``; an age on a cake or a headcount is ``none``;
* a column where only some rows are personal (the merged declarants' national numbers and refund IBANs) is labeled by
  its personal rows.

Tags: as v16 (``decoy``, ``business``, ``null_heavy``, ``nullword_heavy``, ``abbrev``, ``username``, ``qualified``,
``licence``, ``multi_country``, ``vehicle``, ``value_shape``, ``misleading``, ``staff``, ``lang:XX``) and new:
``split_dob``, ``opaque``.

Every value is generated here from :data:`SEED` (one ``random.Random`` per table, named after its builder) with
python-stdnum for check digits, phonenumbers for phone validity and formats, and the lists of names, streets and cities
of :mod:`benchmarks.classification.heldout_v17_values`, written for v17 (no Faker, no list of real people). Build:
``python -m benchmarks.classification.heldout_v17 [PATH]`` (default ``/tmp/heldout_v17.duckdb``). Score:
``python -m benchmarks.classification.heldout_v2_accuracy --set v17``.
"""

from __future__ import annotations

import string
import sys
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path

from benchmarks.classification import heldout_v4
from benchmarks.classification import heldout_v17_values as v
from benchmarks.classification.heldout_v2 import Column, Table
from benchmarks.classification.heldout_v17_values import NULLISH, SEED, USERNAME, Gen, N, c

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

DEFAULT_PATH = Path("/tmp/heldout_v17.duckdb")

NULLWORD = "nullword_heavy"  # 70-95% NULL-like strings and empty strings (few real NULLs)
MULTI_COUNTRY = "multi_country"  # identity documents or numbers of several countries in one column
SHAPE = "value_shape"
VEHICLE = "vehicle"
MISLEADING = "misleading"
LICENCE = "licence"
STAFF = "staff"  # staff named in a column with few distinct values
SPLIT_DOB = "split_dob"  # a date of birth split into day, month and year columns
OPAQUE = "opaque"


def _dmy(d: date | None, sep: str = ".") -> str | None:
    return None if d is None else f"{d.day:02d}{sep}{d.month:02d}{sep}{d.year}"


def _ymd(d: date | None, sep: str = "-") -> str | None:
    return None if d is None else f"{d.year}{sep}{d.month:02d}{sep}{d.day:02d}"


def _words(*extra: str) -> tuple[str, ...]:
    return ("", "-", "NULL", "n/a", "N/A", "unknown") + extra


# -- a bouldering gym's waivers (German) -------------------------------------------------------------------------------


def de_boulder_waivers(g: Gen) -> Table:
    """A bouldering gym's liability waivers signed on a tablet: date of birth (DATE) beside the signing date, an
    emergency contact, a parent for minors (NULL-heavy), the instructor who gave the safety briefing by given name (few
    distinct), the device's IP address (v4 and v6), a ten-visit card failing Luhn, route names, the gym's phone."""
    fem = v.sexes(g, 0.45)
    firsts, lasts = v.people(g, "de", fem)
    births = g.births(1965, 2016)
    places = [v.city(g, "DE") for _ in range(g.rows)]
    briefers = [v.given(g, "de") for _ in range(4)]
    gym_phone = g.phone("DE", "national", False)
    return Table("boulderhalle.haftungsverzicht", "de", "snake", [
        c("verzicht_id", N, "INTEGER", g.keys(50_001), "decoy"),
        c("vorname", "first_name", "VARCHAR", firsts),
        c("nachname", "last_name", "VARCHAR", lasts),
        c("geb_datum", "date_of_birth", "DATE", births, "abbrev"),
        c("unterschrieben_am", N, "DATE", g.days("2022-01-01", "2025-11-30"), "decoy"),
        c("strasse_hausnr", "street_address", "VARCHAR", g.col(lambda: v.street(g, "de"))),
        c("plz", "postal_code", "VARCHAR", [v.postal(g, "DE", p[1]) for p in places], "abbrev"),
        c("ort", "city", "VARCHAR", [p[0] for p in places]),
        c("handy", "phone", "VARCHAR", g.phones("DE", {"national": 0.5, "intl": 0.3, "e164": 0.2})),
        c("email", "email", "VARCHAR", v.emails(g, firsts, lasts, ["web.de", "gmx.de", "t-online.de", "posteo.de"],
                                                0.05)),
        c("notfallkontakt", "person_name", "VARCHAR", g.col(lambda: v.whole(g, "de"), 0.1)),
        c("notfall_tel", "phone", "VARCHAR", g.phones("DE", {"national": 0.7, "slash": 0.3}, 0.7, nulls=0.1)),
        c("erziehungsberechtigter", "person_name", "VARCHAR",
          [f"{v.given(g, 'de')} {b}" if d.year >= 2008 else None for b, d in zip(lasts, births)], "null_heavy",
          "qualified"),
        c("einweiser", "first_name", "VARCHAR", g.col(g.pick(briefers)), STAFF),
        c("kletterschein", N, "VARCHAR", g.col(g.pick(["keiner", "DAV Toprope", "DAV Vorstieg", "Boulderschein"])),
          "decoy"),
        c("schuhgroesse", N, "DECIMAL(3,1)", g.col(lambda: g.rnd.randint(66, 92) / 2), "decoy"),
        c("leihgurt", N, "BOOLEAN", g.yn(True, False, 0.2), "decoy"),
        c("tarif", N, "VARCHAR", g.col(g.pick(["Erwachsene", "Ermäßigt", "Kinder", "Familie", "Feierabend"])), "decoy"),
        c("zehnerkarte_nr", N, "VARCHAR", g.col(lambda: v.not_luhn_plain(g, "6", 16), 0.4), "decoy", SHAPE),
        c("lieblingsroute", N, "VARCHAR", g.col(g.pick(["Gelber Riese", "Dachkante Sepp", "Schwarze Witwe",
                                                        "Kleiner Onkel", "Frau Holle"]), 0.3), "decoy", SHAPE),
        c("unterschrift_hash", N, "VARCHAR", g.col(g.sha256), "decoy"),
        c("geraet_ip", "ip_address", "VARCHAR", g.col(lambda: g.ipv6() if g.rnd.random() < 0.4 else g.ipv4())),
        c("newsletter", N, "BOOLEAN", g.yn(True, False, 0.35), "decoy", MISLEADING),
        c("notes2", "free_text", "VARCHAR", g.sparse(lambda: g.rnd.choice([
            f"wird von {v.whole(g, 'de')} abgeholt, Tel. {g.phone('DE', 'national')}",
            f"Knieverletzung, Absprache mit {g.rnd.choice(briefers)}", "Gurt selbst mitgebracht"]), 0.8,
            _words("keine", "kein Notfallkontakt")), NULLWORD, MISLEADING),
        c("hallen_tel", N, "VARCHAR", g.col(lambda: gym_phone), "business"),
        c("saison", N, "INTEGER", g.col(g.pick([2022, 2023, 2024, 2025])), "decoy"),
        c("erstellt", N, "TIMESTAMP", g.moments("2022-01-01", 1_430), "decoy"),
        c("adresse_sk", N, "INTEGER", g.keys(900_001, 7), "decoy", MISLEADING),
        c("kletterschuh_modell", N, "VARCHAR", g.col(g.pick(["La Sportiva Solution", "Scarpa Instinct VS",
                                                             "Five Ten Hiangle", "Ocun Oxi"]), 0.6), "decoy"),
        c("besuche_gesamt", N, "INTEGER", g.ints(1, 400), "decoy"),
    ])


# -- a pastry shop's cake orders (Polish) ------------------------------------------------------------------------------


def pl_cake_orders(g: Gen) -> Table:
    """A pastry shop's celebration-cake orders: the customer in abbreviated columns, the inscription piped on the cake
    (names the person celebrated), that person's first name, the age on the candles, the shop assistant who took the
    order as ``Pani Halina`` (few distinct), a delivery address for some orders, gift vouchers failing Luhn, the
    invoice company's name and NIP (business), a second phone in ``misc_1``."""
    fem = v.sexes(g, 0.7)
    firsts, lasts = v.people(g, "pl", fem)
    hero = [v.given(g, "pl") for _ in range(g.rows)]
    vocative = {"Katarzyna": "Kasiu", "Magdalena": "Madziu", "Aleksandra": "Olu", "Tadeusz": "Tadziu",
                "Kamil": "Kamilu", "Szymon": "Szymonie"}
    wishes = []
    for name in hero:
        wishes.append(g.rnd.choice([
            f"Sto lat, {vocative.get(name, name)}!", f"Wszystkiego najlepszego {name}", f"{name} 18",
            f"Dla {name} z okazji Komunii Świętej", "Smacznego!", f"Happy Birthday {name}"]))
    deliver = [g.rnd.random() < 0.4 for _ in range(g.rows)]
    places = [v.city(g, "PL") for _ in range(g.rows)]
    staff = [f"Pani {v.given(g, 'pl', True)}" for _ in range(3)] + [f"Pan {v.given(g, 'pl', False)}"]
    from stdnum.pl import nip as _nip
    shop_nip = [g.valid(lambda: g.digits(10), _nip.is_valid) for _ in range(3)]
    return Table("cukiernia.zamowienia_tortow", "pl", "snake+abbrev", [
        c("nr_zam", N, "INTEGER", g.keys(7_001), "decoy", "abbrev"),
        c("kl_imie", "first_name", "VARCHAR", firsts, "abbrev"),
        c("kl_nazw", "last_name", "VARCHAR", lasts, "abbrev"),
        c("kl_tel", "phone", "VARCHAR", g.phones("PL", {"national": 0.6, "intl": 0.2, "local": 0.2}), "abbrev"),
        c("kl_email", "email", "VARCHAR", v.emails(g, firsts, lasts, ["wp.pl", "onet.pl", "interia.pl", "gmail.com"],
                                                   0.35), "abbrev"),
        c("misc_1", "phone", "VARCHAR", g.phones("PL", {"national": 0.5, "intl": 0.5}, 0.5, nulls=0.8), MISLEADING,
          "null_heavy"),
        c("napis_na_torcie", "free_text", "VARCHAR", wishes),
        c("solenizant", "first_name", "VARCHAR", hero),
        c("wiek", N, "INTEGER", g.col(lambda: g.rnd.choice([1, 18, 30, 40, 50, 60, 70, 80]) + g.rnd.randint(0, 1)),
          "decoy"),
        c("data_odbioru", N, "DATE", g.days("2025-01-05", "2026-01-31"), "decoy"),
        c("godz_odbioru", N, "VARCHAR", g.col(lambda: f"{g.rnd.randint(8, 18)}:{g.rnd.choice(['00', '15', '30'])}"),
          "decoy"),
        c("smak", N, "VARCHAR", g.col(g.pick(["Malinowa Chmurka", "Królewski Sernik", "Czekoladowa Pani Walewska",
                                              "Szarlotka Babci", "Pistacjowy Marcel"])), "decoy", SHAPE),
        c("wielkosc_porcji", N, "INTEGER", g.col(g.pick([8, 12, 16, 20, 30])), "decoy"),
        c("cena_pln", N, "DECIMAL(8,2)", g.amounts(90, 900), "decoy"),
        c("zaliczka", N, "DECIMAL(8,2)", g.amounts(0, 200), "decoy"),
        c("przyjal_a", "person_name", "VARCHAR", g.col(g.pick(staff)), STAFF),
        c("adres_dostawy", "street_address", "VARCHAR", [v.street(g, "pl") if d else None for d in deliver]),
        c("kod_poczt", "postal_code", "VARCHAR", [v.postal(g, "PL", p[1]) if d else None for p, d in zip(places, deliver)],
          "abbrev"),
        c("miasto", "city", "VARCHAR", [p[0] if d else None for p, d in zip(places, deliver)]),
        c("bon_podarunkowy", N, "VARCHAR", g.col(lambda: v.not_luhn_spaced(g, "9"), 0.6), "decoy", SHAPE),
        c("faktura_firma", N, "VARCHAR", g.col(g.pick(["Kwiaciarnia Róża s.c.", "Biuro Rachunkowe Bilans Sp. z o.o.",
                                                       "Przedszkole Słoneczko"]), 0.6), "business"),
        c("faktura_nip", N, "VARCHAR", g.col(g.pick(shop_nip), 0.6), "business"),
        c("alergeny", N, "VARCHAR", g.col(g.pick(["gluten", "orzechy", "laktoza", "brak"])), "decoy"),
        c("zdjecie_url", N, "VARCHAR", g.col(lambda: f"https://img.tortownia.example/{g.uuid()}.jpg", 0.5), "decoy"),
        c("status", N, "VARCHAR", g.col(g.pick(["przyjęte", "w realizacji", "odebrane", "anulowane"])), "decoy"),
        c("utworzono", N, "TIMESTAMP", g.moments("2025-01-01", 330), "decoy"),
        c("dekoracja", N, "VARCHAR", g.col(g.pick(["Świeże owoce", "Figurka Misia", "Złote płatki", "Opłatek ze zdjęciem"])),
          "decoy"),
        c("sklep_email", N, "VARCHAR", g.col(lambda: "zamowienia@tortownia.example"), "business"),
        c("kanal", N, "VARCHAR", g.col(g.pick(["telefon", "sklep", "www", "Facebook"])), "decoy"),
    ])


# -- a festival's volunteer roster (Dutch) -----------------------------------------------------------------------------


def nl_festival_volunteers(g: Gen) -> Table:
    """A music festival's volunteer roster: BSN and IBAN for the volunteer allowance, date of birth ``dd-mm-yyyy``
    beside the shift date, emergency contact, team leaders by nickname (few distinct), an Instagram handle, stages and
    shifts, car plates for the staff car park, a wristband chip code."""
    fem = v.sexes(g, 0.55)
    firsts, lasts = v.people(g, "nl", fem)
    births = g.births(1958, 2007)
    places = [v.city(g, "NL") for _ in range(g.rows)]
    leaders = ["Bas", "Mo", "Jip", "Tess", "Sjoerd"]
    return Table("festival.vrijwilligersRooster", "nl", "camel", [
        c("vrijwilligerId", N, "INTEGER", g.keys(1_001), "decoy"),
        c("voornaam", "first_name", "VARCHAR", firsts),
        c("achternaam", "last_name", "VARCHAR", lasts),
        c("geboortedatum", "date_of_birth", "VARCHAR", [_dmy(b, "-") for b in births]),
        c("dienstDatum", N, "VARCHAR", [_dmy(d, "-") for d in g.days("2025-06-20", "2025-08-24")], "decoy", SHAPE),
        c("bsn", "national_id", "VARCHAR", g.col(lambda: v.nl_bsn(g), 0.25)),
        c("iban", "iban", "VARCHAR", g.col(lambda: v.iban(g, "NL", g.rnd.random() < 0.5), 0.25)),
        c("mobiel", "phone", "VARCHAR", g.phones("NL", {"national": 0.6, "intl": 0.2, "e164": 0.2})),
        c("email", "email", "VARCHAR", v.emails(g, firsts, lasts, ["ziggo.nl", "kpnmail.nl", "gmail.com", "hotmail.nl"])),
        c("postcode", "postal_code", "VARCHAR", [v.postal(g, "NL", p[1]) for p in places]),
        c("woonplaats", "city", "VARCHAR", [p[0] for p in places]),
        c("noodcontactNaam", "person_name", "VARCHAR", g.col(lambda: v.whole(g, "nl"), 0.15)),
        c("noodcontactTel", "phone", "VARCHAR", g.phones("NL", {"national": 0.8, "intl": 0.2}, nulls=0.15)),
        c("teamleider", "first_name", "VARCHAR", g.col(g.pick(leaders)), STAFF),
        c("instagram", USERNAME, "VARCHAR", g.col(lambda: "@" + v.handle(g, g.rnd.choice(firsts), g.rnd.choice(lasts)),
                                                  0.55), "username"),
        c("shirtmaat", N, "VARCHAR", g.col(g.pick(["XS", "S", "M", "L", "XL", "XXL"])), "decoy"),
        c("dienst", N, "VARCHAR", g.col(g.pick(["Bar Noord", "Afval", "Parkeren", "Ingang West", "Munten", "Backstage"])),
          "decoy"),
        c("podium", N, "VARCHAR", g.col(g.pick(["De Hangar", "Bospodium", "Grote Griet", "Het Zwarte Schaap"])),
          "decoy", SHAPE),
        c("polsbandjeChip", N, "VARCHAR", g.col(lambda: g.code("04:xx:xx:xx:xx:xx:80").upper()), "decoy"),
        c("kenteken", N, "VARCHAR", g.col(lambda: g.code("AA-999-A"), 0.6), "decoy", VEHICLE),
        c("dieet", N, "VARCHAR", g.col(g.pick(["geen", "vegetarisch", "veganistisch", "halal", "glutenvrij"])), "decoy"),
        c("eerderVrijwilliger", N, "BOOLEAN", g.yn(True, False, 0.4), "decoy"),
        c("ehboDiploma", N, "BOOLEAN", g.yn(True, False, 0.1), "decoy"),
        c("vergoedingEur", N, "DECIMAL(6,2)", g.col(g.pick([0.0, 45.0, 90.0, 135.0])), "decoy"),
        c("opmerkingen", "free_text", "VARCHAR", g.sparse(lambda: g.rnd.choice([
            f"wil samen met {v.whole(g, 'nl')} ingeroosterd worden", f"rijdt mee met {g.rnd.choice(leaders)}",
            "alleen avonddiensten"]), 0.8, _words("geen", "nvt")), NULLWORD),
        c("aangemeldOp", N, "TIMESTAMP", g.moments("2025-01-15", 150), "decoy"),
        c("festivalEditie", N, "INTEGER", g.col(g.pick([2023, 2024, 2025])), "decoy"),
        c("muntenSaldo", N, "INTEGER", g.ints(0, 40), "decoy"),
        c("accreditatieHash", N, "VARCHAR", g.col(g.md5), "decoy"),
    ])


# -- a dental laboratory's work orders (Italian) -----------------------------------------------------------------------


def it_dental_lab(g: Gen) -> Table:
    """A dental laboratory's work orders from dental practices: the practice, its phone and certified e-mail
    (business), the ordering dentist as ``Dott.`` with a name (few distinct), the patient with codice fiscale (for the
    tax deduction) and date of birth ``dd/mm/yyyy`` beside the impression date, the technician as ``Family G.``, tooth
    numbers, shades, courier tracking numbers, UDI codes."""
    fem = v.sexes(g, 0.55)
    pairs = [v.person(g, "it", f) for f in fem]
    births = g.births(1935, 2012)
    studios = [("Studio Dentistico Sorriso Srl", "studiosorriso@pec.it"), ("Centro Odontoiatrico Levante", None),
               ("Studio Associato Dr. Bari", "segreteria@studioassociatobari.it"), ("Clinica Dentale San Nicola", None)]
    studio = [g.rnd.choice(studios) for _ in range(g.rows)]
    phones = {s[0]: g.phone("IT", "national", True) for s in studios}
    dentists = [f"Dott. {v.whole(g, 'it', False)}" for _ in range(3)] + [f"Dott.ssa {v.whole(g, 'it', True)}"]
    techs = [v.surname_initial(g, "it") for _ in range(4)]
    return Table("LaboratorioOdontotecnico.OrdiniLavoro", "it", "pascal", [
        c("IdOrdine", N, "INTEGER", g.keys(24_001), "decoy"),
        c("StudioDentistico", N, "VARCHAR", [s[0] for s in studio], "business"),
        c("TelStudio", N, "VARCHAR", [phones[s[0]] for s in studio], "business"),
        c("PecStudio", N, "VARCHAR", [s[1] for s in studio], "business"),
        c("Dentista", "person_name", "VARCHAR", g.col(g.pick(dentists)), STAFF),
        c("PazienteCognome", "last_name", "VARCHAR", [b for _, b in pairs]),
        c("PazienteNome", "first_name", "VARCHAR", [a for a, _ in pairs]),
        c("CodiceFiscalePaziente", "national_id", "VARCHAR",
          [v.it_cf(g, a, b, d, f) if g.rnd.random() < 0.7 else None for (a, b), d, f in zip(pairs, births, fem)]),
        c("DataNascitaPaziente", "date_of_birth", "VARCHAR", [_dmy(b, "/") for b in births]),
        c("DataImpronta", N, "VARCHAR", [_dmy(d, "/") for d in g.days("2025-01-07", "2025-11-28")], "decoy", SHAPE),
        c("DataConsegna", N, "DATE", g.days("2025-01-14", "2025-12-12"), "decoy"),
        c("TelefonoPaziente", "phone", "VARCHAR", g.phones("IT", {"national": 0.7, "intl": 0.3}, nulls=0.78),
          "null_heavy"),
        c("TipoLavoro", N, "VARCHAR", g.col(g.pick(["Corona zirconia", "Ponte 3 elementi", "Bite notturno",
                                                    "Protesi mobile totale", "Faccetta in disilicato"])), "decoy"),
        c("Elementi", N, "VARCHAR", g.col(lambda: ", ".join(str(t) for t in sorted(g.rnd.sample(
            [11, 12, 21, 26, 36, 37, 46, 47], g.rnd.randint(1, 3))))), "decoy"),
        c("Colore", N, "VARCHAR", g.col(g.pick(["A1", "A2", "A3", "A3.5", "B1", "B2", "C2", "BL2"])), "decoy"),
        c("Materiale", N, "VARCHAR", g.col(g.pick(["Zirconia", "Disilicato di litio", "Cr-Co", "PMMA", "Resina"])),
          "decoy"),
        c("Tecnico", "person_name", "VARCHAR", g.col(g.pick(techs)), STAFF),
        c("LottoMateriale", N, "VARCHAR", g.col(lambda: g.code("LOT99A9999")), "decoy"),
        c("CodiceUdi", N, "VARCHAR", g.col(lambda: f"(01)0{g.digits(13, string.digits)}(10){g.code('A9999')}"), "decoy"),
        c("Prezzo", N, "DECIMAL(8,2)", g.amounts(35, 1_900), "decoy"),
        c("Urgente", N, "VARCHAR", g.yn("S", "N", 0.15), "decoy"),
        c("TrackingCorriere", N, "VARCHAR", g.col(lambda: g.code("BRT9999999999999")), "decoy"),
        c("FileScansione", N, "VARCHAR", g.col(lambda: f"scan_{g.uuid()}.stl"), "decoy"),
        c("NoteCliniche", "free_text", "VARCHAR", g.sparse(lambda: g.rnd.choice([
            f"paziente allergico al nichel, accompagnato dalla figlia {v.whole(g, 'it', True)}",
            f"rifare prova, sentire {g.rnd.choice(dentists)}", "colore da verificare in luce naturale"]), 0.6,
            _words("nessuna"))),
        c("Scanner", N, "VARCHAR", g.col(g.pick(["3Shape TRIOS 5", "Medit i700", "iTero Element 5D"])), "decoy"),
        c("Fresatore", N, "VARCHAR", g.col(g.pick(["Roland DWX-52D", "Amann Girrbach Ceramill Motion 3"])), "decoy"),
        c("Creato", N, "TIMESTAMP", g.moments("2025-01-07", 330), "decoy"),
    ])


# -- a housing co-operative's waiting list (Catalan) -------------------------------------------------------------------


def ca_housing_coop(g: Gen) -> Table:
    """A housing co-operative's waiting list: DNI or NIE, two family names, date of birth (DATE) beside the
    application date, the address in two lines, a second household member's phone under an opaque name, the share
    IBAN, the SEPA mandate reference shaped like an IBAN failing mod 97, the year the member joined, co-op buildings,
    the case worker as ``FAMILY, Given`` (few distinct), the co-operative's tax number (business)."""
    fem = v.sexes(g, 0.55)
    firsts, lasts = v.people(g, "ca", fem)
    second = [v.person(g, "ca")[1] for _ in range(g.rows)]
    births = g.births(1950, 2003)
    places = [v.city(g, "CAT") for _ in range(g.rows)]
    foreign = [g.rnd.random() < 0.2 for _ in range(g.rows)]
    workers = [v.family_given(g, "ca") for _ in range(3)]
    return Table("habitatge.llista_espera_cooperativa", "ca", "snake", [
        c("id_sollicitud", N, "INTEGER", g.keys(301), "decoy"),
        c("nom", "first_name", "VARCHAR", firsts),
        c("primer_cognom", "last_name", "VARCHAR", lasts),
        c("segon_cognom", "last_name", "VARCHAR", [None if f else s for f, s in zip(foreign, second)]),
        c("dni_nie", "national_id", "VARCHAR", [v.es_nie(g) if f else v.es_dni(g) for f in foreign]),
        c("data_naixement", "date_of_birth", "DATE", births),
        c("data_sollicitud", N, "DATE", g.days("2019-01-01", "2025-11-15"), "decoy"),
        c("adreca_linia1", "street_address", "VARCHAR", g.col(lambda: v.street(g, "ca").split(",")[0] + ", "
                                                           + str(g.rnd.randint(1, 140)))),
        c("adreca_linia2", "street_address", "VARCHAR", g.col(lambda: g.rnd.choice(["", "Escala B, "]) +
                                                           f"{g.rnd.randint(1, 7)}r {g.rnd.randint(1, 4)}a", 0.3)),
        c("codi_postal", "postal_code", "VARCHAR", [v.postal(g, "ES", p[1]) for p in places]),
        c("municipi", "city", "VARCHAR", [p[0] for p in places]),
        c("telefon", "phone", "VARCHAR", g.phones("ES", {"national": 0.7, "intl": 0.3})),
        c("c07", "phone", "VARCHAR", g.phones("ES", {"national": 0.6, "e164": 0.4}, nulls=0.5), OPAQUE),
        c("correu", "email", "VARCHAR", v.emails(g, firsts, lasts, ["gmail.com", "hotmail.es", "yahoo.es", "xtec.cat"],
                                                 0.1)),
        c("iban_quota", "iban", "VARCHAR", g.col(lambda: v.iban(g, "ES", True), 0.2)),
        c("ref_mandat_sepa", N, "VARCHAR", g.col(lambda: v.not_iban(g, "ES")), "decoy", SHAPE),
        c("membres_unitat", N, "INTEGER", g.ints(1, 6), "decoy"),
        c("ingressos_anuals", N, "DECIMAL(10,2)", g.amounts(9_000, 62_000), "decoy"),
        c("punts", N, "INTEGER", g.ints(0, 120), "decoy"),
        c("posicio_llista", N, "INTEGER", g.ints(1, 900), "decoy"),
        c("habitatge_preferit", N, "VARCHAR", g.col(g.pick(["La Borda", "Cal Cases", "Sostre de Sants", "Can Batlló",
                                                            "La Xarxaire"])), "decoy", SHAPE),
        c("tipologia", N, "VARCHAR", g.col(g.pick(["1 hab.", "2 hab.", "3 hab.", "adaptat"])), "decoy"),
        c("any_entrada_soci", N, "INTEGER", g.ints(1998, 2025), "decoy", SHAPE),
        c("gestor_a", "person_name", "VARCHAR", g.col(g.pick(workers)), STAFF),
        c("nif_cooperativa", N, "VARCHAR", g.col(g.pick(["F66123457", "F25341879"])), "business"),
        c("observacions", "free_text", "VARCHAR", g.sparse(lambda: g.rnd.choice([
            f"conviu amb {v.whole(g, 'ca')}, també sòcia", f"avalat per {v.whole(g, 'ca')}",
            "necessita planta baixa"]), 0.85, _words("sense dades", "cap")), NULLWORD),
        c("creat", N, "TIMESTAMP", g.moments("2019-01-01", 2_500), "decoy"),
        c("adreca_sk", N, "INTEGER", g.keys(40_001, 3), "decoy", MISLEADING),
        c("quota_mensual", N, "DECIMAL(8,2)", g.amounts(450, 900), "decoy"),
        c("assemblea_assistencia", N, "BOOLEAN", g.yn(True, False, 0.5), "decoy"),
    ])


# -- a trekking agency's expedition passengers (Spanish, Latin America) ------------------------------------------------

_TREK_ORIGIN = [("CL", "es"), ("CL", "es"), ("AR", "es"), ("MX", "es"), ("BR", "pt")]
_TREK_CITIES = {"CL": ["Santiago", "Valparaíso", "Concepción", "Puerto Montt", "Temuco"],
                "AR": ["Córdoba", "Rosario", "Mendoza", "Bariloche", "La Plata"],
                "MX": ["Guadalajara", "Puebla", "Monterrey", "Querétaro", "Oaxaca de Juárez"],
                "BR": ["Curitiba", "Porto Alegre", "Belo Horizonte", "Florianópolis", "Campinas"]}


def es_trekking(g: Gen) -> Table:
    """A Patagonian trekking agency's expedition passengers: identity numbers of Chile, Argentina, Mexico and Brazil in
    one column (RUT, CUIT, CURP, CPF; several countries), date of birth ``yyyy-mm-dd`` beside the departure date, an
    emergency contact, guides by nickname (few distinct), routes, the deposit card (Luhn), camp coordinates, a booking
    reference shaped like a Chilean phone that is no valid number."""
    origin = [g.rnd.choice(_TREK_ORIGIN) for _ in range(g.rows)]
    fem = v.sexes(g, 0.5)
    pairs = [v.person(g, lang, f) for (_, lang), f in zip(origin, fem)]
    births = g.births(1955, 2005)
    guides = ["Pato", "Nacho", "Coni", "Tito"]

    def doc(country: str, born: date, female: bool) -> str:
        if country == "CL":
            return v.cl_rut(g)
        if country == "AR":
            return v.ar_cuit(g, female)
        if country == "MX":
            return v.mx_curp(g, born, female)
        return v.br_cpf(g)

    return Table("trekking.pasajerosExpedicion", "es", "camel", [
        c("idPasajero", N, "INTEGER", g.keys(9_001), "decoy"),
        c("nombres", "first_name", "VARCHAR", [a for a, _ in pairs]),
        c("apellidos", "last_name", "VARCHAR", [b for _, b in pairs]),
        c("nacionalidad", N, "VARCHAR", [o for o, _ in origin], "decoy"),
        c("documento", "national_id", "VARCHAR", [doc(o, b, f) for (o, _), b, f in zip(origin, births, fem)],
          MULTI_COUNTRY),
        c("fechaNac", "date_of_birth", "VARCHAR", [_ymd(b) for b in births], "abbrev"),
        c("fechaSalida", N, "VARCHAR", [_ymd(d) for d in g.days("2024-10-15", "2026-03-31")], "decoy", SHAPE),
        c("celular", "phone", "VARCHAR", [g.phone(o, g.rnd.choice(["intl", "e164"])) for o, _ in origin]),
        c("correo", "email", "VARCHAR", v.emails(g, [a for a, _ in pairs], [b for _, b in pairs],
                                                 ["gmail.com", "hotmail.com", "yahoo.com.ar", "outlook.com"])),
        c("ciudadOrigen", "city", "VARCHAR", [g.rnd.choice(_TREK_CITIES[o]) for o, _ in origin]),
        c("contactoEmergencia", "person_name", "VARCHAR", [v.whole(g, lang) for _, lang in origin]),
        c("telEmergencia", "phone", "VARCHAR", [g.phone(o, "intl") for o, _ in origin], "abbrev"),
        c("guia", "first_name", "VARCHAR", g.col(g.pick(guides)), STAFF),
        c("ruta", N, "VARCHAR", g.col(g.pick(["Torres del Paine W", "Circuito O", "Laguna de los Tres",
                                              "Paso John Garner", "Cerro Castillo"])), "decoy", SHAPE),
        c("refugio", N, "VARCHAR", g.col(g.pick(["Chileno", "Grey", "Los Cuernos", "Dickson", "Paine Grande"])),
          "decoy", SHAPE),
        c("grupoSanguineo", N, "VARCHAR", g.col(g.pick(["O+", "A+", "B+", "AB+", "O-"]), 0.2), "decoy"),
        c("polizaSeguro", N, "VARCHAR", g.col(lambda: g.code("ASV-9999999-AA")), "decoy"),
        c("tarjetaGarantia", "credit_card", "VARCHAR", g.col(lambda: v.card(g, style="spaced"), 0.4)),
        c("vencTarjeta", N, "VARCHAR", g.col(lambda: f"{g.rnd.randint(1, 12):02d}/{g.rnd.randint(26, 31)}", 0.4),
          "decoy", "abbrev"),
        c("montoUsd", N, "DECIMAL(8,2)", g.amounts(450, 4_800), "decoy"),
        c("coordCampamento", N, "VARCHAR", g.col(lambda: g.coord((-51.2, -50.8), (-73.3, -72.8))), "decoy"),
        c("dieta", N, "VARCHAR", g.col(g.pick(["omnívora", "vegetariana", "vegana", "sin gluten"])), "decoy"),
        c("reservaRef", N, "VARCHAR", g.col(lambda: v.not_phone(g, "CL", (1, 4, 4), "0")), "decoy", SHAPE),
        c("creado", N, "TIMESTAMP", g.moments("2024-05-01", 540), "decoy"),
        c("porteador", N, "BOOLEAN", g.yn(True, False, 0.25), "decoy"),
        c("tallaCarpa", N, "VARCHAR", g.col(g.pick(["individual", "doble", "triple"])), "decoy"),
        c("nivelDificultad", N, "INTEGER", g.ints(1, 5), "decoy"),
        c("operadorLocal", N, "VARCHAR", g.col(g.pick(["Andes Sur SpA", "Fantástico Sur", "Vertice Patagonia"])),
          "business"),
    ])


# -- a shooting range's visitor book (Czech) ---------------------------------------------------------------------------


def cs_shooting_range(g: Gen) -> Table:
    """A shooting range's visitor book: rodné číslo, date of birth split into day, month and year columns beside the
    visit date, the firearms licence number (no check digit) and the year it was issued, the range officer as
    ``Ing. Kučera`` (few distinct), guns, calibres and serials."""
    fem = v.sexes(g, 0.2)
    firsts, lasts = v.people(g, "cs", fem)
    births = g.births(1950, 2006)
    places = [v.city(g, "CZ") for _ in range(g.rows)]
    officers = []
    for title in ["Ing.", "p.", "Mgr.", "por."]:
        officers.append(f"{title} {v.person(g, 'cs', False)[1]}")
    days, months, years = g.split(births)
    licence = [g.rnd.random() < 0.55 for _ in range(g.rows)]
    return Table("strelnice.kniha_navstev", "cs", "snake", [
        c("poradove_cislo", N, "INTEGER", g.keys(1), "decoy"),
        c("jmeno", "first_name", "VARCHAR", firsts),
        c("prijmeni", "last_name", "VARCHAR", lasts),
        c("rodne_cislo", "national_id", "VARCHAR", [v.cz_rc(g, b, f, g.rnd.random() < 0.7) for b, f in zip(births, fem)]),
        c("den_narozeni", "date_of_birth", "INTEGER", days, SPLIT_DOB),
        c("mesic_narozeni", "date_of_birth", "INTEGER", months, SPLIT_DOB),
        c("rok_narozeni", "date_of_birth", "INTEGER", years, SPLIT_DOB),
        c("datum_navstevy", N, "DATE", g.days("2025-01-02", "2025-11-30"), "decoy"),
        c("zbrojni_prukaz", "national_id", "VARCHAR", ["AL" + g.code("999999") if lic else None for lic in licence],
          LICENCE),
        c("rok_vydani_zp", N, "INTEGER", [g.rnd.randint(1996, 2025) if lic else None for lic in licence], "decoy",
          SHAPE),
        c("trvale_bydliste", "street_address", "VARCHAR", g.col(lambda: v.street(g, "cs"))),
        c("psc", "postal_code", "VARCHAR", [v.postal(g, "CZ", p[1]) for p in places], "abbrev"),
        c("obec", "city", "VARCHAR", [p[0] for p in places]),
        c("telefon", "phone", "VARCHAR", g.phones("CZ", {"national": 0.6, "intl": 0.4})),
        c("email", "email", "VARCHAR", v.emails(g, firsts, lasts, ["seznam.cz", "email.cz", "centrum.cz"], 0.3)),
        c("ridici_strelby", "person_name", "VARCHAR", g.col(g.pick(officers)), STAFF),
        c("zbran", N, "VARCHAR", g.col(g.pick(["CZ 75 SP-01", "CZ Shadow 2", "Glock 17", "CZ 457", "vlastní"])),
          "decoy"),
        c("raze", N, "VARCHAR", g.col(g.pick(["9 mm Luger", ".22 LR", ".308 Win", "12/70"])), "decoy"),
        c("vyrobni_cislo_zbrane", N, "VARCHAR", g.col(lambda: g.code("A999999")), "decoy"),
        c("naboje_ks", N, "INTEGER", g.ints(20, 400), "decoy"),
        c("stanoviste", N, "INTEGER", g.ints(1, 12), "decoy"),
        c("vstupne_czk", N, "DECIMAL(8,2)", g.amounts(150, 1_200), "decoy"),
        c("poucen", N, "BOOLEAN", g.yn(True, False, 0.97), "decoy"),
        c("poznamka", "free_text", "VARCHAR", g.sparse(lambda: g.rnd.choice([
            f"host člena {v.whole(g, 'cs')}", f"doprovod {v.whole(g, 'cs')}, tel. {g.phone('CZ', 'national')}",
            "zapůjčena ochrana sluchu"]), 0.6, _words("bez poznámky"))),
        c("cas_prichodu", N, "TIMESTAMP", g.moments("2025-01-02", 330), "decoy"),
        c("cas_odchodu", N, "TIMESTAMP", g.moments("2025-01-02", 330), "decoy"),
        c("terc", N, "VARCHAR", g.col(g.pick(["ISSF 50 m", "silueta", "gong", "pohyblivý terč"])), "decoy"),
        c("clenstvi", N, "VARCHAR", g.col(g.pick(["host", "člen", "rodinné"])), "decoy"),
    ])


# -- a jeweller's gold purchase register (Turkish) ---------------------------------------------------------------------

_TR_CITIES = [("Bursa", "16"), ("Eskişehir", "26"), ("Konya", "42"), ("Kayseri", "38"), ("Trabzon", "61")]


def tr_jeweller_gold(g: Gen) -> Table:
    """A jeweller's legally required register of gold bought from private sellers: T.C. kimlik, the seller's full name,
    date of birth ``dd.mm.yyyy`` beside the purchase date, the master jeweller as ``Hasan Usta`` (few distinct), gold
    coins and carats, the payout IBAN, a camera recording reference shaped like a phone, the shop's phone (business)."""
    fem = v.sexes(g, 0.55)
    pairs = [v.person(g, "tr", f) for f in fem]
    births = g.births(1940, 2005)
    places = [v.city(g, "TR") for _ in range(g.rows)]
    masters = [f"{v.given(g, 'tr', False)} Usta" for _ in range(3)]
    shop = g.phone("TR", "national", False)
    return Table("kuyumcu.AltinAlimKayitlari", "tr", "pascal", [
        c("KayitNo", N, "INTEGER", g.keys(12_001), "decoy"),
        c("SaticiAdSoyad", "person_name", "VARCHAR", [f"{a} {b}" for a, b in pairs]),
        c("TcKimlikNo", "national_id", "VARCHAR", g.col(lambda: v.tr_tc(g))),
        c("DogumTarihi", "date_of_birth", "VARCHAR", [_dmy(b) for b in births]),
        c("IslemTarihi", N, "VARCHAR", [_dmy(d) for d in g.days("2025-01-02", "2025-11-29")], "decoy", SHAPE),
        c("Telefon", "phone", "VARCHAR", g.phones("TR", {"national": 0.7, "intl": 0.3})),
        c("Adres", "street_address", "VARCHAR", g.col(lambda: v.street(g, "tr"), 0.2)),
        c("Il", "city", "VARCHAR", [p[0] for p in places]),
        c("PostaKodu", "postal_code", "VARCHAR", [v.postal(g, "TR", p[1]) if g.rnd.random() < 0.6 else None
                                                  for p in places]),
        c("Iban", "iban", "VARCHAR", g.col(lambda: v.iban(g, "TR", True), 0.45)),
        c("UrunTuru", N, "VARCHAR", g.col(g.pick(["Çeyrek altın", "Yarım altın", "Cumhuriyet altını", "Bilezik",
                                                  "Gram altın", "Kolye"])), "decoy"),
        c("Ayar", N, "INTEGER", g.col(g.pick([14, 18, 22, 24])), "decoy"),
        c("Gram", N, "DECIMAL(8,2)", g.floats(1.75, 120, 2), "decoy"),
        c("BirimFiyat", N, "DECIMAL(10,2)", g.floats(2_900, 4_400, 2), "decoy"),
        c("Tutar", N, "DECIMAL(12,2)", g.amounts(5_000, 480_000), "decoy"),
        c("Usta", "person_name", "VARCHAR", g.col(g.pick(masters)), STAFF),
        c("KasaNo", N, "INTEGER", g.ints(1, 3), "decoy"),
        c("FisNo", N, "VARCHAR", g.col(lambda: g.code("AF-999999")), "decoy"),
        c("MasakBildirimi", N, "BOOLEAN", g.yn(True, False, 0.05), "decoy"),
        c("OdemeSekli", N, "VARCHAR", g.col(g.pick(["nakit", "havale", "EFT"])), "decoy"),
        c("KameraKayitRef", N, "VARCHAR", g.col(lambda: v.not_phone(g, "TR", (4, 3, 2, 2), "0")), "decoy", SHAPE),
        c("MagazaTel", N, "VARCHAR", g.col(lambda: shop), "business"),
        c("Aciklama", "free_text", "VARCHAR", g.sparse(lambda: g.rnd.choice([
            f"eşi {v.whole(g, 'tr', True)} ile geldi", f"annesinden kalma, kardeşi {v.whole(g, 'tr')} onaylı",
            "bilezik ezik, hurda fiyat"]), 0.8, _words("yok", "yok abi")), NULLWORD),
        c("KayitZamani", N, "TIMESTAMP", g.moments("2025-01-02", 330), "decoy"),
        c("Hash", N, "VARCHAR", g.col(g.sha1), "decoy"),
        c("SubeAdi", N, "VARCHAR", g.col(g.pick(["Kapalıçarşı Şubesi", "Merkez", "Osmangazi"])), "decoy"),
        c("MilyemDegeri", N, "INTEGER", g.col(g.pick([585, 750, 916, 995])), "decoy"),
    ])


# -- a pet hotel's bookings (Japanese) ---------------------------------------------------------------------------------


def ja_pet_hotel(g: Gen) -> Table:
    """A pet hotel's bookings: the owner's name in kanji, phone, address, the owner's date of birth (DATE, often
    missing) beside the pet's date of birth (DATE), pet names and breeds, microchips, rooms named after flowers, the
    member of staff as ``田中さん`` (few distinct), notes naming the person who collects the pet."""
    fem = v.sexes(g, 0.6)
    names = [v.ja_person(g, f) for f in fem]
    places = [v.city(g, "JP-ja") for _ in range(g.rows)]
    staff = [f"{g.rnd.choice(v.JA_LAST)[0]}さん" for _ in range(4)]
    checkin = g.days("2025-03-01", "2025-12-20")
    return Table("ペットホテル.宿泊予約", "ja", "native", [
        c("予約番号", N, "INTEGER", g.keys(30_001), "decoy"),
        c("飼い主氏名", "person_name", "VARCHAR", [f"{n[0][0]} {n[1][0]}" for n in names]),
        c("飼い主生年月日", "date_of_birth", "DATE", g.col(lambda: g.birth(1945, 2003), 0.45)),
        c("電話番号", "phone", "VARCHAR", g.phones("JP", {"national": 0.8, "intl": 0.2})),
        c("メールアドレス", "email", "VARCHAR", v.emails(g, [n[1][1] for n in names], [n[0][1] for n in names],
                                                         ["docomo.ne.jp", "ezweb.ne.jp", "gmail.com", "yahoo.co.jp"], 0.2)),
        c("郵便番号", "postal_code", "VARCHAR", [v.postal(g, "JP-ja", p[1]) for p in places]),
        c("市区町村", "city", "VARCHAR", [p[0] for p in places]),
        c("住所", "street_address", "VARCHAR", g.col(lambda: f"{g.rnd.choice(['青葉区一番町', '中央区本町', '泉区高森'])}"
                                                   f"{g.rnd.randint(1, 5)}-{g.rnd.randint(1, 30)}-{g.rnd.randint(1, 20)}")),
        c("緊急連絡先", "person_name", "VARCHAR", [f"{n[0][0]} {v.ja_person(g, g.rnd.random() < 0.5)[1][0]}"
                                                  for n in names]),
        c("ペット名", N, "VARCHAR", g.col(g.pick(["モモ", "ココ", "ハナ", "レオ", "ソラ", "マロン", "チョコ", "ムギ"])),
          "decoy", SHAPE),
        c("犬種猫種", N, "VARCHAR", g.col(g.pick(["柴犬", "トイプードル", "チワワ", "ミニチュアダックス", "スコティッシュフォールド"])),
          "decoy"),
        c("ペット生年月日", N, "DATE", g.days("2010-01-01", "2024-12-31"), "decoy", SHAPE),
        c("体重kg", N, "DECIMAL(4,1)", g.floats(1.5, 30, 1), "decoy"),
        c("マイクロチップ", N, "VARCHAR", g.col(lambda: "392" + g.digits(12, string.digits), 0.3), "decoy"),
        c("チェックイン", N, "DATE", checkin, "decoy"),
        c("チェックアウト", N, "DATE", [d + timedelta(days=g.rnd.randint(1, 10)) for d in checkin], "decoy"),
        c("部屋", N, "VARCHAR", g.col(g.pick(["さくら", "ひまわり", "すみれ", "つばき"])), "decoy", SHAPE),
        c("担当スタッフ", "person_name", "VARCHAR", g.col(g.pick(staff)), STAFF),
        c("ワクチン証明", N, "BOOLEAN", g.yn(True, False, 0.9), "decoy"),
        c("料金円", N, "INTEGER", g.ints(4_000, 60_000), "decoy"),
        c("備考", "free_text", "VARCHAR", g.sparse(lambda: g.rnd.choice([
            f"お迎えは娘の{g.rnd.choice(v.JA_LAST)[0]}{g.rnd.choice(v.JA_FEMALE)[0]}さん {g.phone('JP', 'national')}",
            f"{g.rnd.choice(v.JA_LAST)[0]}様のご紹介", "薬を朝晩一錠"]), 0.8, _words("なし", "特になし")), NULLWORD),
        c("登録日時", N, "TIMESTAMP", g.moments("2025-01-01", 340), "decoy"),
        c("送迎", N, "BOOLEAN", g.yn(True, False, 0.2), "decoy"),
        c("フード", N, "VARCHAR", g.col(g.pick(["持参", "ロイヤルカナン", "ヒルズ"])), "decoy"),
        c("ケージサイズ", N, "VARCHAR", g.col(g.pick(["S", "M", "L"])), "decoy"),
    ])


# -- a golf driving range's members (romanized Japanese) ---------------------------------------------------------------


def ja_golf_range(g: Gen) -> Table:
    """A golf driving range's members in romaji: full name, date of birth as an integer ``yyyymmdd`` beside the joining
    date in the same form, the lesson pro as ``Ito Pro`` (few distinct), a prepaid ball card failing Luhn, a credit
    card (Luhn), the app login's IP address, a second e-mail under an opaque name."""
    fem = v.sexes(g, 0.3)
    names = [v.ja_person(g, f) for f in fem]
    births = g.births(1940, 2010)
    places = [v.city(g, "JP") for _ in range(g.rows)]
    pros = [f"{g.rnd.choice(v.JA_LAST)[1]} Pro" for _ in range(3)]
    return Table("GORUFU_RENSHUJO.KAIIN_MEIBO", "ja-Latn", "screaming", [
        c("KAIIN_ID", N, "INTEGER", g.keys(80_001), "decoy"),
        c("SHIMEI", "person_name", "VARCHAR", [f"{n[0][1]} {n[1][1]}" for n in names]),
        c("SEIBETSU", N, "VARCHAR", ["F" if f else "M" for f in fem], "decoy"),
        c("SEINENGAPPI", "date_of_birth", "INTEGER", [int(f"{b:%Y%m%d}") for b in births]),
        c("NYUKAI_BI", N, "INTEGER", [int(f"{d:%Y%m%d}") for d in g.days("2008-04-01", "2025-11-01")], "decoy", SHAPE),
        c("DENWA", "phone", "VARCHAR", g.phones("JP", {"national": 0.6, "e164": 0.2, "intl": 0.2})),
        c("KEITAI_MAIL", "email", "VARCHAR", v.emails(g, [n[1][1] for n in names], [n[0][1] for n in names],
                                                      ["docomo.ne.jp", "ezweb.ne.jp", "softbank.ne.jp", "icloud.com"])),
        c("ATTR_7", "email", "VARCHAR", v.emails(g, [n[1][1] for n in names], [n[0][1] for n in names],
                                                 ["gmail.com", "yahoo.co.jp"], 0.82), OPAQUE, "null_heavy"),
        c("YUBIN", "postal_code", "VARCHAR", [v.postal(g, "JP", p[1]) for p in places]),
        c("SHIKUCHOSON", "city", "VARCHAR", [p[0] for p in places]),
        c("JUSHO", "street_address", "VARCHAR", g.col(lambda: f"{g.rnd.choice(['Ichibancho', 'Kokubuncho', 'Izumi-chuo'])}"
                                                       f" {g.rnd.randint(1, 5)}-{g.rnd.randint(1, 30)}-{g.rnd.randint(1, 20)}")),
        c("PREPAID_CARD_NO", N, "VARCHAR", g.col(lambda: v.not_luhn_plain(g, "7", 16)), "decoy", SHAPE),
        c("CREDIT_NO", "credit_card", "VARCHAR", g.col(lambda: v.card(g, style=g.rnd.choice(["plain", "dashed"])), 0.5)),
        c("PRO_TANTO", "person_name", "VARCHAR", g.col(g.pick(pros)), STAFF),
        c("HANDICAP", N, "DECIMAL(4,1)", g.floats(0, 36, 1), "decoy"),
        c("BALL_KAISU", N, "INTEGER", g.ints(0, 400), "decoy"),
        c("DAGEKI_SEKI", N, "VARCHAR", g.col(lambda: f"{g.rnd.randint(1, 3)}F-{g.rnd.randint(1, 40):02d}"), "decoy"),
        c("CLUB_BRAND", N, "VARCHAR", g.col(g.pick(["Mizuno", "Honma", "Srixon", "Yonex", "Bridgestone"])), "decoy"),
        c("LOGIN_IP", "ip_address", "VARCHAR", g.col(lambda: g.ipv4() if g.rnd.random() < 0.6 else g.ipv6(), 0.2)),
        c("APP_VER", N, "VARCHAR", g.col(g.version), "decoy"),
        c("MEMBER_RANK", N, "VARCHAR", g.col(g.pick(["REGULAR", "SILVER", "GOLD", "PLATINUM"])), "decoy"),
        c("BIKO", "free_text", "VARCHAR", g.sparse(lambda: g.rnd.choice([
            f"fujin {g.rnd.choice(v.JA_FEMALE)[1]}-san mo kaiin", f"shokai: {g.rnd.choice(v.JA_LAST)[1]} sama",
            "hidari-kiki"]), 0.6, _words("nashi", "MITEI"))),
        c("KOSHIN_NICHIJI", N, "TIMESTAMP", g.moments("2025-01-01", 330), "decoy"),
        c("JUSHO_SK", N, "INTEGER", g.keys(500_001, 11), "decoy", MISLEADING),
        c("POINT_ZANDAKA", N, "INTEGER", g.ints(0, 12_000), "decoy"),
        c("MAIL_HAISHIN", N, "VARCHAR", g.yn("1", "0", 0.4), "decoy", MISLEADING),
    ])


# -- a sanatorium's stays (Russian) ------------------------------------------------------------------------------------


def ru_sanatorium(g: Gen) -> Table:
    """A sanatorium's stays (putyovki): family name, given name and patronymic, SNILS (``ssn``), internal passport
    series and number, date of birth ``dd.mm.yyyy`` beside the arrival date, the attending doctor as ``Family I. O.``
    (few distinct), an accompanying person (NULL-heavy), ICD codes, buildings with names, a loyalty card failing Luhn."""
    fem = v.sexes(g, 0.6)
    firsts, lasts = v.people(g, "ru", fem)
    patronymic = [g.rnd.choice(["Сергеевна", "Ивановна", "Петровна", "Михайловна"]) if f else
                  g.rnd.choice(["Сергеевич", "Иванович", "Петрович", "Михайлович"]) for f in fem]
    births = g.births(1938, 2000)
    places = [v.city(g, "RU") for _ in range(g.rows)]
    doctors = []
    for _ in range(4):
        a, b = v.person(g, "ru")
        doctors.append(f"{b} {a[0]}. {g.rnd.choice('АВГИМНС')}.")
    return Table("санаторий.путёвки", "ru", "native", [
        c("номер_путёвки", N, "VARCHAR", g.col(lambda: g.code("П-2025-99999")), "decoy"),
        c("фамилия", "last_name", "VARCHAR", lasts),
        c("имя", "first_name", "VARCHAR", firsts),
        c("отчество", "first_name", "VARCHAR", patronymic),
        c("дата_рождения", "date_of_birth", "VARCHAR", [_dmy(b) for b in births]),
        c("дата_заезда", N, "VARCHAR", [_dmy(d) for d in g.days("2025-01-10", "2025-12-01")], "decoy", SHAPE),
        c("снилс", "ssn", "VARCHAR", g.col(lambda: v.ru_snils(g), 0.1)),
        c("паспорт", "national_id", "VARCHAR", g.col(lambda: f"{g.digits(2, string.digits)} {g.digits(2, string.digits)} "
                                                      f"{g.digits(6, string.digits)}")),
        c("телефон", "phone", "VARCHAR", g.phones("RU", {"national": 0.6, "intl": 0.4})),
        c("эл_почта", "email", "VARCHAR", v.emails(g, firsts, lasts, ["mail.ru", "yandex.ru", "bk.ru"], 0.4), "abbrev"),
        c("адрес", "street_address", "VARCHAR", g.col(lambda: v.street(g, "ru"))),
        c("город", "city", "VARCHAR", [p[0] for p in places]),
        c("индекс", "postal_code", "VARCHAR", [v.postal(g, "RU", p[1]) for p in places]),
        c("лечащий_врач", "person_name", "VARCHAR", g.col(g.pick(doctors)), STAFF),
        c("сопровождающий", "person_name", "VARCHAR", g.col(lambda: v.whole(g, "ru"), 0.82), "null_heavy"),
        c("диагноз_мкб", N, "VARCHAR", g.col(g.pick(["M54.5", "I10", "J45.0", "K29.5", "M17.1", "E11.9"])), "decoy"),
        c("корпус", N, "VARCHAR", g.col(g.pick(["Берёзка", "Сосновый бор", "Волга", "Ромашка"])), "decoy", SHAPE),
        c("комната", N, "INTEGER", g.ints(101, 412), "decoy"),
        c("тип_путёвки", N, "VARCHAR", g.col(g.pick(["лечебная", "оздоровительная", "мать и дитя"])), "decoy"),
        c("стоимость", N, "DECIMAL(10,2)", g.amounts(24_000, 160_000), "decoy"),
        c("карта_гостя", N, "VARCHAR", g.col(lambda: v.not_luhn_plain(g, "2", 16), 0.5), "decoy", SHAPE),
        c("примечание", "free_text", "VARCHAR", g.sparse(lambda: g.rnd.choice([
            f"путёвку оплатила дочь {v.whole(g, 'ru', True)}", f"соседка по номеру {v.whole(g, 'ru', True)}",
            "диета № 9"]), 0.85, _words("нет", "не заполнено")), NULLWORD),
        c("создано", N, "TIMESTAMP", g.moments("2024-11-01", 390), "decoy"),
        c("количество_процедур", N, "INTEGER", g.ints(6, 40), "decoy"),
        c("источник_оплаты", N, "VARCHAR", g.col(g.pick(["ФСС", "личные средства", "профсоюз"])), "decoy"),
        c("uuid_карты", N, "VARCHAR", g.col(g.uuid), "decoy"),
        c("год_постройки_корпуса", N, "INTEGER", g.col(g.pick([1968, 1974, 1981, 2012])), "decoy", SHAPE),
    ])


# -- a refugee-aid NGO's intake (Greek) --------------------------------------------------------------------------------

_ORIGINS = [("SY", "Συρία"), ("AF", "Αφγανιστάν"), ("IQ", "Ιράκ"), ("IR", "Ιράν"), ("SO", "Σομαλία"),
            ("ER", "Ερυθραία")]


def el_refugee_intake(g: Gen) -> Table:
    """A refugee-aid NGO's intake on Lesvos, Greek headers, names in the Latin spelling of the documents: the father's
    name, date of birth ``dd/mm/yyyy`` (``01/01`` when only the year is known) beside the arrival date, passports of
    several countries with their check digit (many missing), Greek and home-country phones, the interpreter by given
    name and the social worker as ``FAMILY, Given`` (few distinct each), cash-card numbers failing Luhn, case numbers."""
    origin = [g.rnd.choice(_ORIGINS) for _ in range(g.rows)]
    fem = v.sexes(g, 0.45)
    firsts, lasts = v.people(g, "ar", fem)
    births = [date(b.year, 1, 1) if g.rnd.random() < 0.15 else b for b in g.births(1960, 2007)]
    places = [v.city(g, "GR") for _ in range(g.rows)]
    interpreters = [v.given(g, "ar") for _ in range(4)]
    workers = [v.family_given(g, "el") for _ in range(3)]
    return Table("αρωγή.καταγραφή_ωφελουμένων", "el", "native", [
        c("α_α", N, "INTEGER", g.keys(1), "decoy"),
        c("όνομα", "first_name", "VARCHAR", firsts),
        c("επώνυμο", "last_name", "VARCHAR", lasts),
        c("πατρώνυμο", "first_name", "VARCHAR", [v.given(g, "ar", False) for _ in range(g.rows)]),
        c("ημερομηνία_γέννησης", "date_of_birth", "VARCHAR", [_dmy(b, "/") for b in births]),
        c("ημερομηνία_άφιξης", N, "VARCHAR", [_dmy(d, "/") for d in g.days("2024-06-01", "2025-11-25")], "decoy",
          SHAPE),
        c("χώρα_καταγωγής", N, "VARCHAR", [o[1] for o in origin], "decoy"),
        c("αριθμός_διαβατηρίου", "national_id", "VARCHAR",
          [v.document(g, o[0]) if g.rnd.random() < 0.5 else None for o in origin], MULTI_COUNTRY),
        c("τηλέφωνο", "phone", "VARCHAR", [g.phone("GR", "national") if g.rnd.random() < 0.7 else
                                           g.phone(o[0] if o[0] in {"SY", "AF", "IQ"} else "GR", "intl")
                                           for o in origin]),
        c("email", "email", "VARCHAR", v.emails(g, firsts, lasts, ["gmail.com", "yahoo.com", "hotmail.com"], 0.6)),
        c("διεύθυνση_διαμονής", "street_address", "VARCHAR", g.col(lambda: v.street(g, "el"), 0.35)),
        c("πόλη", "city", "VARCHAR", [p[0] for p in places]),
        c("ταχ_κώδικας", "postal_code", "VARCHAR", [v.postal(g, "GR", p[1]) for p in places], "abbrev"),
        c("γλώσσα", N, "VARCHAR", g.col(g.pick(["Αραβικά", "Νταρί", "Φαρσί", "Σομαλικά", "Τιγκρίνια"])), "decoy"),
        c("διερμηνέας", "first_name", "VARCHAR", g.col(g.pick(interpreters)), STAFF),
        c("κοινωνική_λειτουργός", "person_name", "VARCHAR", g.col(g.pick(workers)), STAFF),
        c("μέλη_οικογένειας", N, "INTEGER", g.ints(1, 9), "decoy"),
        c("ανάγκες", N, "VARCHAR", g.col(g.pick(["τρόφιμα", "ρουχισμός", "ιατρική", "νομική", "στέγαση"])), "decoy"),
        c("κάρτα_μετρητών", N, "VARCHAR", g.col(lambda: v.not_luhn_plain(g, "5", 16), 0.4), "decoy", SHAPE),
        c("αριθμός_υπόθεσης", N, "VARCHAR", g.col(lambda: g.code("LES-25-99999")), "decoy"),
        c("σημειώσεις", "free_text", "VARCHAR", g.sparse(lambda: g.rnd.choice([
            f"αδελφός {v.whole(g, 'ar', False)} στη Γερμανία", f"παραπομπή σε γιατρό, συνοδεία {g.rnd.choice(interpreters)}",
            "χρειάζεται παπούτσια παιδικά"]), 0.8, _words("δ/υ", "άγνωστο")), NULLWORD),
        c("συντεταγμένες_σημείου", N, "VARCHAR", g.col(lambda: g.coord((39.05, 39.15), (26.50, 26.60))), "decoy"),
        c("uuid_φακέλου", N, "VARCHAR", g.col(g.uuid), "decoy"),
        c("καταχωρήθηκε", N, "TIMESTAMP", g.moments("2024-06-01", 540), "decoy"),
        c("δομή", N, "VARCHAR", g.col(g.pick(["Καρά Τεπέ", "Διαμερίσματα ΕΣΤΙΑ", "Ξενώνας Αγίας Μαρίνας"])), "decoy"),
        c("διανομή_κιτ", N, "BOOLEAN", g.yn(True, False, 0.6), "decoy"),
        c("συνεργαζόμενος_φορέας", N, "VARCHAR", g.col(g.pick(["Ύπατη Αρμοστεία", "Γιατροί του Κόσμου", "ΕΕΣ"])),
          "business"),
    ])


# -- a customs broker's private declarants, merged from its country desks ----------------------------------------------

_DESKS = [("IS", "is"), ("LT", "lt"), ("EE", "et"), ("RO", "ro"), ("BE", "nl-BE"), ("PT", "pt"), ("ZA", "af"),
          ("KR", "ko"), ("CN", "zh"), ("IN", "hi"), ("IL", "he"), ("IE", "ga"), ("DE", "de")]
_DESK_CITIES = {"IS": "Reykjavík", "LT": "Kaunas", "EE": "Tartu", "RO": "Cluj-Napoca", "BE": "Gent", "PT": "Braga",
                "ZA": "Stellenbosch", "KR": "Daegu", "CN": "Hangzhou", "IN": "Pune", "IL": "Haifa", "IE": "Galway",
                "DE": "Augsburg"}
_DESK_STREETS = {"IS": "Laugavegur {n}", "LT": "Laisvės al. {n}", "EE": "Rüütli {n}", "RO": "Str. Memorandumului {n}",
                 "BE": "Veldstraat {n}", "PT": "Rua do Souto, {n}", "ZA": "{n} Dorpstraat", "KR": "Dongseong-ro {n}",
                 "CN": "Wensan Road {n}", "IN": "{n} FC Road, Shivajinagar", "IL": "Herzl St {n}",
                 "IE": "{n} Shop Street", "DE": "Maximilianstraße {n}"}
_DESK_POSTAL = {"IS": "101", "LT": "LT-44999", "EE": "51003", "RO": "400117", "BE": "9000", "PT": "4700-321",
                "ZA": "7600", "KR": "41911", "CN": "310012", "IN": "411004", "IL": "3303202", "IE": "H91 X2E4",
                "DE": "86150"}


def customs_merged(g: Gen) -> Table:
    """A customs broker's register of private declarants (people importing their own goods) merged from its country
    desks: every column kept the header of the desk it first came from, its rows hold declarants of every country;
    national numbers of the declarant's country in one column (several countries), the Irish PPS of Irish declarants
    only, a refund IBAN where the country has IBANs, the broker's clerk as ``Family G.`` (few distinct), the broker's
    EORI and phone (business), HS codes and customs values."""
    desk = [g.rnd.choice(_DESKS) for _ in range(g.rows)]
    fem = v.sexes(g, 0.45)
    names = [v.person(g, lang, f) for (_, lang), f in zip(desk, fem)]
    births = g.births(1950, 2004)

    def lang(code: str) -> str:
        return f"lang:{code}"

    def nid(country: str, born: date, female: bool) -> str | None:
        makers: dict[str, Callable[[], str]] = {
            "IS": lambda: v.is_kennitala(g, born), "LT": lambda: v.lt_asmens(g, born, female),
            "EE": lambda: v.ee_ik(g, born, female), "RO": lambda: v.ro_cnp(g, born, female),
            "BE": lambda: v.be_nn(g, born, female), "PT": lambda: v.pt_nif(g),
            "ZA": lambda: v.za_idnr(g, born, female), "KR": lambda: v.kr_rrn(g, born, female),
            "CN": lambda: v.cn_ric(g, born, female), "IN": lambda: v.in_aadhaar(g), "IL": lambda: v.il_idnr(g),
            "DE": lambda: v.de_idnr(g)}
        return makers[country]() if country in makers else None

    clerks = [v.surname_initial(g, "nl-BE") for _ in range(2)] + [v.surname_initial(g, "de")]
    broker_tel = g.phone("BE", "intl", False)
    return Table("customs.declarants_merged", "en", "snake", [
        c("declarant_ref", N, "INTEGER", g.keys(600_001), "decoy", lang("en")),
        c("prenom", "first_name", "VARCHAR", [a for a, _ in names], lang("fr")),
        c("apelido", "last_name", "VARCHAR", [b for _, b in names], lang("pt")),
        c("fodelsedatum", "date_of_birth", "DATE", births, lang("sv")),
        c("nationalt_id", "national_id", "VARCHAR", [nid(d[0], b, f) for d, b, f in zip(desk, births, fem)],
          MULTI_COUNTRY, lang("da")),
        c("uimhir_pps", "ssn", "VARCHAR", [v.ie_pps(g) if d[0] == "IE" else None for d in desk], "qualified",
          "null_heavy", lang("ga")),
        c("simanumer", "phone", "VARCHAR", [g.phone(d[0], g.rnd.choice(["intl", "e164"])) for d in desk], lang("is")),
        c("cyfeiriad_ebost", "email", "VARCHAR", v.emails(g, [a for a, _ in names], [b for _, b in names],
                                                          ["gmail.com", "outlook.com", "proton.me"], 0.15), lang("cy")),
        c("llysenw_porth", USERNAME, "VARCHAR", g.col(lambda: v.handle(g, *g.rnd.choice(names)), 0.4), "username",
          lang("cy")),
        c("straatadres", "street_address", "VARCHAR", [_DESK_STREETS[d[0]].format(n=g.rnd.randint(1, 180))
                                                       for d in desk], lang("af")),
        c("poskode", "postal_code", "VARCHAR", [_DESK_POSTAL[d[0]] for d in desk], lang("af")),
        c("kota_domisili", "city", "VARCHAR", [_DESK_CITIES[d[0]] for d in desk], lang("id")),
        c("iban_refund", "iban", "VARCHAR", [v.iban(g, d[0]) if d[0] in v.BBAN and g.rnd.random() < 0.7 else None
                                             for d in desk], lang("en")),
        c("so_van_don", N, "VARCHAR", g.col(lambda: "1Z" + g.code("999A99999999999A")), "decoy", lang("vi")),
        c("ghi_chu", "free_text", "VARCHAR", g.sparse(lambda: g.rnd.choice([
            f"gói hàng cho {v.whole(g, 'en')}", f"uỷ quyền cho {v.whole(g, 'nl-BE')} nhận hàng",
            "hàng cá nhân, đã qua sử dụng"]), 0.6, _words("không có")), lang("vi")),
        c("hs_kod", N, "VARCHAR", g.col(g.pick(["8471.30", "6203.42", "9503.00", "8517.13", "4202.21"])), "decoy",
          lang("sk")),
        c("mnozstvo", N, "INTEGER", g.ints(1, 20), "decoy", lang("sk")),
        c("carinska_vrednost", N, "DECIMAL(10,2)", g.amounts(20, 9_000), "decoy", lang("sr-Latn")),
        c("vreme_prijave", N, "TIMESTAMP", g.moments("2025-01-02", 330), "decoy", lang("sr-Latn")),
        c("sachbearbeiter", "person_name", "VARCHAR", g.col(g.pick(clerks)), STAFF, lang("de")),
        c("eori_makler", N, "VARCHAR", g.col(lambda: "BE0412345678"), "business", lang("sv")),
        c("maegler_tlf", N, "VARCHAR", g.col(lambda: broker_tel), "business", lang("da")),
        c("ip_portaal", "ip_address", "VARCHAR", g.col(g.ipv6), lang("nl")),
        c("hash_deklaracji", N, "VARCHAR", g.col(g.sha1), "decoy", lang("pl")),
        c("status", N, "VARCHAR", g.col(g.pick(["lodged", "cleared", "held", "released"])), "decoy", lang("en")),
        c("skjal_utgafa", N, "VARCHAR", g.col(g.version), "decoy", lang("is")),
        c("valuta", N, "VARCHAR", g.col(g.pick(["EUR", "USD", "GBP", "ISK", "ZAR"])), "decoy", lang("en")),
        c("vaegt_kg", N, "DECIMAL(8,2)", g.floats(0.2, 40, 2), "decoy", lang("da")),
        c("douane_kantoor", N, "VARCHAR", g.col(g.pick(["BE212000", "BE101000", "NL000396"])), "decoy", lang("nl")),
    ])


# -- a microbrewery's brew log (Danish, decoys only) -------------------------------------------------------------------


def da_brew_log(g: Gen) -> Table:
    """A microbrewery's brew log: beers named like people (``Gamle Svend``, ``Frk. Jensens Porter``), styles, gravities,
    batch numbers, tanks, label versions, the wholesale customer's CVR and the maltster's phone (business); no personal
    data (every column ``none``)."""
    from stdnum.dk import cvr as _cvr
    cvrs = [g.valid(lambda: g.digits(8), _cvr.is_valid) for _ in range(4)]
    brewed = g.days("2023-01-01", "2025-11-20")
    return Table("bryggeri.bryg_log", "da", "snake", [
        c("bryg_id", N, "INTEGER", g.keys(1), "decoy"),
        c("oelnavn", N, "VARCHAR", g.col(g.pick(["Gamle Svend", "Frk. Jensens Porter", "Karen Brun", "Niels Humle",
                                                 "Bette Mads IPA", "Fru Hansens Hvede"])), "decoy", SHAPE),
        c("stil", N, "VARCHAR", g.col(g.pick(["IPA", "Porter", "Pilsner", "Hvedeøl", "Saison"])), "decoy"),
        c("og", N, "DECIMAL(5,3)", g.floats(1.040, 1.090, 3), "decoy"),
        c("fg", N, "DECIMAL(5,3)", g.floats(1.004, 1.020, 3), "decoy"),
        c("alkohol_pct", N, "DECIMAL(4,1)", g.floats(3.5, 10, 1), "decoy"),
        c("humle", N, "VARCHAR", g.col(g.pick(["Citra", "Cascade", "Saaz", "East Kent Goldings", "Mosaic"])), "decoy"),
        c("bryg_dato", N, "DATE", brewed, "decoy"),
        c("tapning_dato", N, "DATE", [d + timedelta(days=g.rnd.randint(14, 60)) for d in brewed], "decoy"),
        c("batch_nr", N, "VARCHAR", g.col(lambda: g.code("B-99-999")), "decoy"),
        c("tank", N, "VARCHAR", g.col(g.pick(["FV1", "FV2", "FV3", "BBT1"])), "decoy"),
        c("etiket_version", N, "VARCHAR", g.col(g.version), "decoy"),
        c("kunde_cvr", N, "VARCHAR", g.col(g.pick(cvrs)), "business"),
        c("maelteri_tlf", N, "VARCHAR", g.col(g.pick([g.phone("DK", "national", False) for _ in range(2)])),
          "business"),
        c("checksum", N, "VARCHAR", g.col(g.md5), "decoy"),
        c("liter", N, "INTEGER", g.ints(200, 2_000), "decoy"),
    ])


BUILDERS: list[tuple[Callable[[Gen], Table], int]] = [
    (de_boulder_waivers, 340), (pl_cake_orders, 300), (nl_festival_volunteers, 360), (it_dental_lab, 280),
    (ca_housing_coop, 300), (es_trekking, 260), (cs_shooting_range, 320), (tr_jeweller_gold, 300),
    (ja_pet_hotel, 240), (ja_golf_range, 260), (ru_sanatorium, 320), (el_refugee_intake, 340), (customs_merged, 300),
    (da_brew_log, 200),
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
