"""Held-out set v12 for the column classifier: 23 tables in domains no earlier set used, and new table shapes.

Written **blind**, like v2 to v11: by someone who has read neither the classifier (``governance_dagster/detect/``) nor
its documentation, tests, changelog or notes, only the list of kind names (``governance_dagster/kinds.py``), the issue,
how the scorer registers and calls a set (``heldout_v2_accuracy.py``), the *structure* and labeling conventions of v11
(``heldout_v11.py``, ``heldout_v11_values.py``, its test) and of v10's value module it builds on, the docstrings of v2
to v10 (to avoid their domains and shapes) and the ``Column``/``Table`` classes and writer they build on. The classifier
was not run on this set while it was written, no scorer was run on it, and no score of any set was looked at: nothing
here was adjusted to what the classifier does.

What is new against v2 to v11:

* domains: a district authority's hunting-licence holders with identity card, firearms card, dog and gun
  (``jagd.jagdschein_inhaber``, German); recreational fishing licences sold online to Danish, German, Swedish and Dutch
  anglers (``fisketegn.loesninger``, Danish); a board-game crowdfunding campaign's backers, with a pledge manager's
  survey kept as JSON (``crowdfund.backers``, US English); a medical congress's registrations (``congres.inscriptions``,
  French); municipal traffic and parking fines with the driver and the registered owner
  (``polizia_locale.verbaliContravvenzioni``, Italian); a removal company's quotes with the home left and the home moved
  to (``mudanzas.presupuestosMudanza``, Spanish); home-care visits with key safes, GPs, family contacts and nurses'
  reports (``thuiszorg.clientbezoeken``, Dutch); an animal shelter's adoptions (``schronisko.adopcje``, Polish);
  running-race registrations (``lopp.anmalningar``, Swedish); construction-site access passes with Finnish tax numbers
  and Baltic workers' personal codes (``tyomaa.kulkuluvat``, Finnish); daycare admission applications (``保育.入所申込書``,
  Japanese); a pawnshop's pledge ledger (``SHICHIYA.SHICHIFUDA_DAICHO``, romanized Japanese); appliance-repair requests
  (``сервис.заявки_на_ремонт``, Russian); the land register's rights-holders (``κτηματολόγιο.δικαιούχοι``, Greek); an
  emergency call centre's ambulance dispatch log (``acil.IhbarKayitlari``, Turkish); a beekeepers' apiary register
  (``vcelari.registr_stanovist``, Czech); vaccination records (``vacinacao.registos_vacina``, Portuguese); genealogy
  individuals exported in GEDCOM tags (``family_tree.INDI``, English); a scrap-metal dealer's seller log
  (``scrap.seller_log``, UK English); ski-resort season passes (``stg.src_crm_skipass``, Canadian English); a Belgian
  travel agency's group tours (``xlsimport.groepsreizen_sheet1``); a wine merchant's cellar (``cave.inventaire_vins``,
  French); a choir's member contacts (``chor.mitglieder_kontaktwege``, German);
* shapes: a contact table in long form (``kontaktart`` and ``wert``, one row per member and contact type; tag
  ``long_form``); JSON text columns, some holding personal fields (a survey answer with the name for the rulebook's
  credits, extra registration answers with a birth date and an emergency contact) and some not (add-ons, workshops,
  survey metadata; tag ``json``); columns that mix two kinds row by row (a phone or an e-mail; a National Insurance
  number or an address; tag ``mixed``); a table of decoys only (``cave.inventaire_vins``); an 80-column sheet imported
  without its header row, columns ``F1`` .. ``F80`` (tag ``opaque``); a staging table whose abbreviated names
  (``cust_fnm``, ``ctc_ph``, ``addr_ln1``) sit beside source-prefixed ones (``src_crm_col17``, ``src_pat_col04``,
  ``src_hr_col03``; tag ``prefixed``); a legacy export whose names say nothing or the wrong thing (``code``, ``ident``,
  ``misc_1``, ``notes2``, ``ref``, ``field_a``, ``aux``, ``memo``, ``acct``; ``name``, ``seller_dob_checked``,
  ``address_verified_at``); GEDCOM tags as column names (``GIVN``, ``SURN``, ``BIRT_DATE``, ``_SSN``);
* dates of birth as DATE, as ``dd.mm.yyyy``, ``d.m.yyyy``, ``d. m. yyyy``, ``dd/mm/yyyy`` and ``dd-mm-yyyy`` text, as
  GEDCOM dates (``12 MAR 1884``, ``ABT 1850``), in the Japanese era (``令和3年4月12日``) and as a year alone, each beside
  dates of other events in the same form (licence validity, exam, offence, induction, acquisition, vaccination, baptism,
  death, marriage, desired start);
* personal columns 70-95% NULL (``null_heavy``) and 70-95% NULL-words and empty strings (``nullword_heavy``: ``keine``,
  ``k. A.``, ``non presente``, ``ninguna``, ``ei ole``, ``не указан``, ``bilinmiyor``, ``bez poznámky``, ``geen``, ...);
* decoys shaped like personal values (tag ``value_shape``): references written like phone numbers of the table's country
  that are no valid numbers there (Italian, Spanish, Japanese, Portuguese, French, Belgian), an IBAN-shaped transfer
  reference with wrong check digits, card-shaped vouchers and ski-pass chips failing the Luhn check, emergency case
  numbers shaped like T.C. kimlik numbers failing their check, fishing-licence numbers written like CPR numbers whose
  first pair is no day; years and dates of other events in the years people are born in (first licence, first race,
  vintages, bottling, baptisms, deaths, marriages); person-like names of pets, hunting dogs, boats, gunmakers, cuvées,
  reward tiers and luxury goods; city-like names of hunting grounds, harbours, depots, building sites, cadastral areas,
  municipalities, provinces, districts, appellations, pickup points and hotels' towns; plus coordinates, hashes, UUIDs
  and version strings;
* identifiers new to the sets: the German identity-card number (Personalausweis), the Finnish tax number (veronumero),
  the Dutch identity-card number, the Belgian eID card number, the British Columbia Personal Health Number, the Swedish
  coordination number, the Turkish foreigner identity number (YKN), Latvian and Lithuanian personal codes beside
  Estonian ones, the UK, Italian and Japanese driving-licence numbers, a Japanese residence-card number, the Portuguese
  SNS user number, a German hunting licence and firearms card; IBANs of Estonia, Latvia and Lithuania;
* column names in English, German, French, Spanish, Italian, Portuguese, Dutch, Polish, Swedish, Danish, Czech, Turkish,
  romanized Japanese (``ja-Latn``), Japanese, Russian (Cyrillic), Greek and Finnish; styles: snake, snake with
  abbreviations (``js_nr``, ``geb_dat``, ``haftpfl_vu``, ``sb_kennung``), camel, Pascal, SCREAMING, native scripts,
  GEDCOM tags, source-prefixed, generic (``F1`` .. ``F80``) and misleading.

Labeling rules: the same as v2 to v11 (see :mod:`benchmarks.classification.heldout_v11`): ``ssn`` is a social-security
or social-insurance number, ``national_id`` any other state-issued personal identifier; a business's address, phone,
postal code, city, e-mail, tax and registration numbers and bank account are ``none`` (tag ``business``); names of
staff, officers, nurses, doctors, notaries, volunteers and technicians are ``person_name``; a parent's name, a
patronymic and initials are ``person_name``, a mother's maiden name ``last_name``; every part of a street line (a floor
and door such as ``3º B``, a flat number) is ``street_address``; a login or public display handle is ``unclassified``
(tag ``username``); free text that names people is ``free_text``, text that names nobody ``none``; a column of several
personal kinds is ``unclassified`` (tag ``mixed``, as v11's EAV value column). Applied to v12's new cases (no new rule,
but choices a reader may question):

* ``ssn``: the US SSN of the dead (from the death index), the Greek AMKA, the Canadian SIN; ``national_id``: every
  identity-card, passport, residence-card and driving-licence number (as v10's and v11's driving licences), CPR,
  personnummer and coordination number, PESEL, rodné číslo, BSN, T.C. kimlik and YKN, HETU, veronumero, Baltic personal
  codes, codice fiscale, DNI / NIE, a person's AFM, My Number, Cartão de Cidadão, the SNS user number and the BC
  Personal Health Number (health-service numbers, as v10's and v11's NHS number), the Belgian national register number;
* a licence a state issues to a person after an examination (a hunting licence, a firearms card) is ``national_id``,
  like a driving licence; a permit bought for a fee and a period (a fishing licence), a work-safety card issued by a
  private body, a professional's registration (the French RPPS, a nurse's cédula, as v11's bar number) and a beekeeper's
  keeper registration (a holding's number, as v10's IČO of a sole trader) are ``none``; all carry the tag ``licence``;
* the dead are labeled like the living (tag ``deceased``): a name, a date and place of birth, a census residence, a
  parent's and a spouse's name, an SSN; a date of death, baptism or marriage and a burial place are ``none`` (events,
  not kinds of :mod:`governance_dagster.kinds`);
* both homes of a removal (the one left and the one moved to) are the customer's: ``street_address``, ``postal_code``,
  ``city``; an offence's place (``Via Roma altezza civico 12``) and an incident's coordinates, province and district are
  ``none`` (places of events, as v11's accident place); a patient's home is ``street_address`` and the city of residence
  ``city``;
* an animal's name, breed, chip and birth date are ``none`` (tag ``pet``), as are a boat's name and number and a hunting
  ground;
* a JSON document that holds a person's name, birth date or phone is ``free_text``; one that holds none is ``none`` (tag
  ``json``);
* a column holding a phone on some rows and an e-mail on others, a National Insurance number or an address, or a
  long-form ``wert`` of phones, e-mails, addresses, birthdays and emergency contacts is ``unclassified`` (tag
  ``mixed``);
* a masked card (``XXXX XXXX XXXX 1234``, ``220220******1234``), a card's last four digits and expiry are ``none``; a
  card kept whole for auto-renewal is ``credit_card``;
* a sports club, a beekeepers' branch, an attendee's or a guardian's employer, a GP practice, a notary's office, a hotel
  and a producer named after a person (``Domaine Henri Morin``) are businesses (``none``, tag ``business``);
* an intercom code and a key-safe code are ``none`` (as v11's parcel-locker PIN).

Tags: ``decoy``, ``business``, ``null_heavy``, ``nullword_heavy``, ``split_dob``, ``vehicle``, ``value_shape``,
``mixed``, ``misleading``, ``abbrev``, ``opaque``, ``username``, ``qualified``, ``lang:XX`` (as in v11), and new:
``long_form``, ``json``, ``deceased``, ``licence``, ``pet``, ``prefixed``.

Every value is generated here from :data:`SEED` (one ``random.Random`` per table, named after its builder) with
python-stdnum for check digits, phonenumbers for phone validity and formats, and the lists of names, streets, cities and
Japanese places of :mod:`benchmarks.classification.heldout_v12_values`, written for v12 (no Faker, no list of real
people). Build: ``python -m benchmarks.classification.heldout_v12 [PATH]`` (default ``/tmp/heldout_v12.duckdb``). Score:
``python -m benchmarks.classification.heldout_v2_accuracy --set v12``. Built with python-stdnum 2.2 and phonenumbers
9.0.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Callable
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

from stdnum import luhn

from benchmarks.classification import heldout_v4
from benchmarks.classification import heldout_v12_values as v
from benchmarks.classification.heldout_v2 import Column, Table
from benchmarks.classification.heldout_v12_values import MIXED, NULLISH, SEED, USERNAME, Gen, N, c

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

DEFAULT_PATH = Path("/tmp/heldout_v12.duckdb")

#: tags (v11's, and new in v12: ``long_form``, ``json``, ``deceased``, ``licence``, ``pet``, ``prefixed``)
NULLWORD = "nullword_heavy"  # 70-95% of the values are NULL-like strings or empty strings (few real NULLs)
SPLIT_DOB = "split_dob"  # a year of birth alone in an integer column
VEHICLE = "vehicle"  # a vehicle's identifier or description: none
SHAPE = "value_shape"  # a decoy whose values look like a personal kind
MISLEADING = "misleading"  # a name that says nothing or says the wrong thing about the values
LONG = "long_form"  # a column of a contact table in long form (one row per person and contact type)
JSON = "json"  # a text column holding JSON documents
DECEASED = "deceased"  # data of people who have died (genealogy): labeled as for the living
LICENCE = "licence"  # a licence, permit or registration number (national_id when a state issues it to a person)
PET = "pet"  # an animal's name, chip, birth date: none
PREFIXED = "prefixed"  # a source-prefixed staging name (src_crm_col17)

_MONTHS_GED = ["JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"]


def _jdump(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False)


def _dmy(d: date | None, sep: str = ".", pad: bool = True) -> str | None:
    if d is None:
        return None
    return f"{d.day:02d}{sep}{d.month:02d}{sep}{d.year}" if pad else f"{d.day}{sep}{d.month}{sep}{d.year}"


def _pick_rows(g: Gen, share: float) -> list[bool]:
    return [g.rnd.random() < share for _ in range(g.rows)]


# -- hunting licences (German) -----------------------------------------------------------------------------------------


_JAGD_VU = ["Waidmannsheil Versicherung AG", "Grünrock Assekuranz VVaG", "Forst & Flur Versicherung AG",
            "Hubertus Haftpflicht AG"]
_REVIERE = ["Revier Hohenlinden-Nord", "Eigenjagd Birkenried", "Gemeinschaftsjagd Oberau", "Revier Tannenbühl",
            "Hegering Altmühltal", "Revier Moosach-Süd", "Gemeinschaftsjagd Kirchberg", "Revier Wendelstein"]
_HUNDE = ["Asta vom Moorbach", "Bruno", "Hexe", "Lotte", "Anton", "Emma vom Haselgrund", "Frieda", "Hannes", "Paula",
          "Waldi", "Greta", "Oskar"]
_WAFFEN = ["Blaser", "Sauer & Sohn", "Merkel", "Heym", "Krieghoff", "Mauser", "Anschütz"]
_KREISE = {"Regensburg": "R", "Bamberg": "BA", "Göttingen": "GÖ", "Freiburg im Breisgau": "FR", "Ingolstadt": "IN",
           "Koblenz": "KO", "Oldenburg": "OL", "Schwerin": "SN", "Zwickau": "Z", "Erfurt": "EF", "Aachen": "AC",
           "Bielefeld": "BI"}


def de_hunting(g: Gen) -> Table:
    """A district hunting authority's register of hunting-licence holders (Untere Jagdbehörde): licence, identity
    card, firearms card, the hunting ground, the dog, the first firearm."""
    fem = v.sexes(g, 0.14)
    firsts, lasts = v.people(g, "de", fem)
    births = g.births(1944, 2008)
    places = [v.city(g, "DE") for _ in range(g.rows)]
    first_issue = [g.rnd.randint(min(b.year + 16, 2025), 2025) for b in births]
    exams = [date(y, g.rnd.randint(3, 11), g.rnd.randint(1, 28)) for y in first_issue]
    dog = _pick_rows(g, 0.78)
    clerks = [v.person(g, "de") for _ in range(6)]
    clerk = [g.rnd.choice(clerks) for _ in range(g.rows)]

    def note(i: int) -> str:
        return g.rnd.choice([
            f"Jagdschein vorübergehend eingezogen, Rücksprache mit Ehefrau {v.whole(g, 'de', True)}",
            f"Begehungsschein erteilt durch Jagdpächter {v.whole(g, 'de', False)}",
            f"Rückruf erbeten unter {g.phone('DE', 'national')} ({firsts[i]} {lasts[i]})",
            f"Nachweis Schießübung fehlt, Erinnerung an {firsts[i]} {lasts[i]} versandt"])

    return Table("jagd.jagdschein_inhaber", "de", "snake+abbrev", [
        c("js_nr", "national_id", "VARCHAR", [f"{_KREISE[p[0]]}-JS {g.rnd.randint(1, 4_800)}/{y}"
                                              for p, y in zip(places, first_issue)], LICENCE, "abbrev"),
        c("js_art", N, "VARCHAR", g.col(g.pick(["Jahresjagdschein", "Dreijahresjagdschein", "Dreijahresjagdschein",
                                                "Jugendjagdschein", "Tagesjagdschein", "Ausländerjagdschein"])),
          "decoy", "abbrev"),
        c("gueltig_bis", N, "DATE", g.days("2026-03-31", "2029-03-31"), "decoy"),
        c("erstausst_jahr", N, "INTEGER", first_issue, "decoy", SHAPE, "abbrev"),
        c("anrede", N, "VARCHAR", ["Frau" if f else "Herr" for f in fem], "decoy"),
        c("titel", N, "VARCHAR", g.col(g.pick(["Dr.", "Dr.", "Dr.", "Prof. Dr.", "Dipl.-Ing."]), 0.9), "decoy",
          "null_heavy"),
        c("vorname", "first_name", "VARCHAR", firsts),
        c("nachname", "last_name", "VARCHAR", g.dirty(lasts, case=0.15)),
        c("geburtsname", "last_name", "VARCHAR",
          [v.person(g, "de")[1] if (f and g.rnd.random() < 0.7) or g.rnd.random() < 0.02 else None for f in fem],
          "null_heavy"),
        c("geb_dat", "date_of_birth", "VARCHAR", [_dmy(b) for b in births], "abbrev"),
        c("geb_ort", "city", "VARCHAR", g.col(lambda: v.city(g, "DE")[0]), "abbrev"),
        c("str_hnr", "street_address", "VARCHAR", g.dirty([v.street(g, "de") for _ in range(g.rows)]), "abbrev"),
        c("plz", "postal_code", "VARCHAR", [v.postal(g, "DE", p[1]) for p in places]),
        c("wohnort", "city", "VARCHAR", [p[0] for p in places], "qualified"),
        c("tel_priv", "phone", "VARCHAR", g.phones("DE", {"national": 0.6, "slash": 0.3, "intl": 0.1}, mobile=0.0,
                                                   nulls=0.2), "abbrev", "qualified"),
        c("mobil", "phone", "VARCHAR", g.phones("DE", {"national": 0.5, "intl": 0.3, "e164": 0.2}, nulls=0.1),
          "qualified"),
        c("email", "email", "VARCHAR", g.nullwords(v.emails(g, firsts, lasts, ["t-online.de", "web.de", "gmx.de",
                                                                               "freenet.de", "posteo.de"]),
                                                   0.74, ("", "", "keine", "-", "k. A.", "NULL"))
          , NULLWORD, "lang:en"),
        c("perso_nr", "national_id", "VARCHAR", g.col(lambda: v.de_ausweis(g)), "abbrev"),
        c("wbk_nr", "national_id", "VARCHAR",
          g.col(lambda: f"WBK {g.rnd.randint(1, 2_400):04d}/{g.rnd.randint(1985, 2025)}", 0.15), LICENCE, "abbrev"),
        c("jaegerpr_dat", N, "VARCHAR", [_dmy(d) for d in exams], "decoy", SHAPE, "abbrev"),
        c("pruefungsort", N, "VARCHAR", [g.rnd.choice(list(_KREISE)) for _ in range(g.rows)], "decoy", SHAPE),
        c("revier", N, "VARCHAR", g.col(g.pick(_REVIERE)), "decoy", SHAPE),
        c("revier_geo", N, "VARCHAR", g.col(lambda: g.coord((47.5, 54.5), (6.2, 14.8))), "decoy"),
        c("haftpfl_vu", N, "VARCHAR", g.col(g.pick(_JAGD_VU)), "business", "abbrev"),
        c("haftpfl_vs_nr", N, "VARCHAR", g.col(lambda: f"JH-{g.digits(3)}-{g.digits(7, '0123456789')}"), "decoy",
          "abbrev"),
        c("hund_name", N, "VARCHAR", [g.rnd.choice(_HUNDE) if d else None for d in dog], "decoy", SHAPE, PET),
        c("hund_chip", N, "VARCHAR", [v.pet_chip(g, "276") if d else None for d in dog], "decoy", PET),
        c("waffe1_hersteller", N, "VARCHAR", g.col(g.pick(_WAFFEN)), "decoy", SHAPE),
        c("waffe1_kaliber", N, "VARCHAR", g.col(g.pick([".308 Win.", "8x57 IS", "7x64", "9,3x62", "12/76",
                                                        ".22 lr", "6,5x55"])), "decoy"),
        c("waffe1_seriennr", N, "VARCHAR", g.col(lambda: g.code("AA999999")), "decoy"),
        c("gebuehr_eur", N, "DECIMAL(6,2)", g.col(g.pick([30.0, 52.5, 75.0, 90.0, 105.0])), "decoy", "abbrev"),
        c("zuverl_pruef_dat", N, "DATE", g.days("2021-01-01", "2026-10-31"), "decoy", "abbrev"),
        c("sachbearbeiter", "person_name", "VARCHAR", [f"{a} {b}" for a, b in clerk]),
        c("sb_kennung", USERNAME, "VARCHAR", [f"{v.plain(b)[:6]}{v.plain(a)[:1]}" for a, b in clerk], "username",
          "abbrev"),
        c("bemerkung", "free_text", "VARCHAR", [note(i) if g.rnd.random() < 0.2 else None for i in range(g.rows)],
          "null_heavy"),
        c("geaendert_ts", N, "TIMESTAMP", g.moments("2024-01-01", 1_000), "decoy"),
        c("behoerde_tel", N, "VARCHAR", [f"0{g.rnd.choice(['941', '951', '551', '761'])} 400-{g.rnd.randint(100, 990)}"
                                         for _ in range(g.rows)], "business"),
    ])


# -- recreational fishing licences (Danish) ----------------------------------------------------------------------------


_BAADE = ["Karen Marie", "Anne Sofie", "Havørnen", "Mette Lise", "Tove", "Sille", "Maagen", "Ellen Margrethe",
          "Bølgen", "Johanne"]
_HAVNE = ["Hvide Sande Havn", "Thyborøn Havn", "Skagen Lystbådehavn", "Bønnerup Strand", "Odense Kanal",
          "Kolding Fjord", "Randers Havn"]
_FORHANDLERE = ["Lystfiskeren Vejle ApS", "Fiskegrej Nord I/S", "Kyst & Kroge ApS", "Danfisk Online A/S",
                "Aaens Fiskeshop"]


def dk_fishing(g: Gen) -> Table:
    """A recreational fishing-licence shop's sales (fisketegn): Danish anglers with CPR numbers, German, Swedish and
    Dutch anglers without, boats and fisheries inspections."""
    country = [g.rnd.choices(["DK", "DE", "SE", "NL"], [78, 12, 6, 4])[0] for _ in range(g.rows)]
    lang = {"DK": "da", "DE": "de", "SE": "sv", "NL": "nl"}
    fem = v.sexes(g, 0.2)
    pairs = [v.person(g, lang[x], f) for x, f in zip(country, fem)]
    firsts, lasts = [a for a, _ in pairs], [b for _, b in pairs]
    births = g.births(1940, 2008)
    places = [v.city(g, x) for x in country]
    start = g.days("2024-01-01", "2026-11-30")
    kind = [g.rnd.choice([("Årstegn", 365), ("Årstegn", 365), ("Ugetegn", 7), ("Dagtegn", 1)]) for _ in range(g.rows)]
    boat = _pick_rows(g, 0.2)
    checked = _pick_rows(g, 0.14)
    officers = [v.whole(g, "da") for _ in range(9)]
    shops = {s: v.dk_cvr(g) for s in _FORHANDLERE}
    shop = [g.rnd.choice(_FORHANDLERE) for _ in range(g.rows)]
    return Table("fisketegn.loesninger", "da", "snake", [
        c("ordre_id", N, "BIGINT", g.keys(4_410_001, 3), "decoy"),
        c("fisketegn_nr", N, "VARCHAR", g.col(lambda: v.not_cpr(g)), "decoy", SHAPE, LICENCE),
        c("tegn_type", N, "VARCHAR", [k[0] for k in kind], "decoy"),
        c("gyldig_fra", N, "VARCHAR", [_dmy(d, "-") for d in start], "decoy", SHAPE),
        c("gyldig_til", N, "VARCHAR", [_dmy(d + timedelta(days=k[1] - 1), "-") for d, k in zip(start, kind)], "decoy"),
        c("pris_kr", N, "INTEGER", [{"Årstegn": 225, "Ugetegn": 80, "Dagtegn": 45}[k[0]] for k in kind], "decoy"),
        c("cpr_nr", "national_id", "VARCHAR", [v.dk_cpr(g, b, g.rnd.random() < 0.7) if x == "DK" else None
                                               for x, b in zip(country, births)]),
        c("fornavn", "first_name", "VARCHAR", firsts),
        c("efternavn", "last_name", "VARCHAR", lasts),
        c("foedselsdato", "date_of_birth", "VARCHAR", [_dmy(b, "-") for b in births]),
        c("adresse", "street_address", "VARCHAR", [v.street(g, lang[x]) for x in country]),
        c("postnr", "postal_code", "VARCHAR", [v.postal(g, x, p[1]) for x, p in zip(country, places)]),
        c("bynavn", "city", "VARCHAR", [p[0] for p in places]),
        c("land", N, "VARCHAR", [{"DK": "Danmark", "DE": "Tyskland", "SE": "Sverige", "NL": "Holland"}[x]
                                 for x in country], "decoy"),
        c("mobil", "phone", "VARCHAR", [g.phone(x, g.rnd.choice(["national", "intl", "e164"]) if x == "DK" else
                                                g.rnd.choice(["intl", "e164", "00"])) for x in country]),
        c("e_mail", "email", "VARCHAR", v.emails(g, firsts, lasts, ["gmail.com", "hotmail.dk", "live.dk", "yahoo.dk",
                                                                    "web.de", "telia.com"], 0.05)),
        c("ip_adresse", "ip_address", "VARCHAR", g.col(lambda: g.ipv4() if g.rnd.random() < 0.8 else g.ipv6())),
        c("kort_maskeret", N, "VARCHAR", g.col(lambda: f"XXXX XXXX XXXX {g.digits(4, '0123456789')}"), "decoy"),
        c("baad_navn", N, "VARCHAR", [g.rnd.choice(_BAADE) if b else None for b in boat], "decoy", SHAPE,
          "null_heavy"),
        c("baad_kendingsnr", N, "VARCHAR", [f"{g.rnd.choice(['HV', 'ESB', 'S', 'FN', 'RI'])} {g.rnd.randint(1, 499)}"
                                            if b else None for b in boat], "decoy", VEHICLE, "null_heavy"),
        c("kontrolleret_af", "person_name", "VARCHAR", [g.rnd.choice(officers) if k else None for k in checked],
          "null_heavy"),
        c("kontrolsted", N, "VARCHAR", [g.rnd.choice(_HAVNE) if k else None for k in checked], "decoy", SHAPE,
          "null_heavy"),
        c("fangstrapport_sendt", N, "BOOLEAN", g.yn(True, False, 0.3), "decoy"),
        c("forhandler", N, "VARCHAR", shop, "business"),
        c("forhandler_cvr", N, "VARCHAR", [shops[s] for s in shop], "business"),
        c("salgskanal", N, "VARCHAR", g.col(g.pick(["web", "web", "app", "butik"])), "decoy"),
        c("oprettet", N, "TIMESTAMP", [datetime(d.year, d.month, d.day) - timedelta(minutes=g.rnd.randint(5, 9_000))
                                       for d in start], "decoy"),
        c("kvittering_sha1", N, "VARCHAR", g.col(g.sha1), "decoy"),
        c("nyhedsbrev", N, "BOOLEAN", g.yn(True, False, 0.35), "decoy"),
    ])


# -- crowdfunding backers (US English, camelCase) ----------------------------------------------------------------------


_REWARDS = ["Early Bird Deck", "The Ada Edition", "Uncle Ned's Dice Set", "Margaret Collector's Box",
            "Captain Lou Bundle", "Standard Copy", "Grandma Rose Deluxe", "Digital Only"]
_ADDONS = ["enamel pin", "poster", "extra dice", "sleeves", "metal coins", "art book"]
_BACKER_COUNTRIES = {"US": "us", "CA": "ca", "GB": "en", "DE": "de", "FR": "fr", "NL": "nl", "SE": "sv"}


def crowdfund_backers(g: Gen) -> Table:
    """A board-game crowdfunding campaign's backer export: pledges, reward tiers, the shipping address, a pledge
    manager's survey answers kept as JSON."""
    country = [g.rnd.choices(list(_BACKER_COUNTRIES), [55, 10, 10, 9, 6, 5, 5])[0] for _ in range(g.rows)]
    fem = v.sexes(g, 0.35)
    pairs = [v.person(g, _BACKER_COUNTRIES[x], f) for x, f in zip(country, fem)]
    firsts, lasts = [a for a, _ in pairs], [b for _, b in pairs]
    gift = _pick_rows(g, 0.12)
    ship_names = [v.whole(g, _BACKER_COUNTRIES[x]) if gf else f"{a} {b}"
                  for x, gf, (a, b) in zip(country, gift, pairs)]
    places = [v.city(g, x) for x in country]
    regions = {"US": ["WA", "ID", "OK", "CA", "GA", "MI", "NE", "TN", "OH"], "CA": ["BC", "AB"],
               "GB": ["ENG", "SCT", "WLS"], "DE": ["BY", "NI", "NW", "TH"], "FR": ["BRE", "ARA", "OCC", "PDL"],
               "NL": ["GR", "GE", "NH", "ZH"], "SE": ["AB", "C", "E", "X"]}
    mails = v.emails(g, firsts, lasts, ["gmail.com", "yahoo.com", "outlook.com", "icloud.com", "proton.me",
                                        "hotmail.co.uk", "gmx.de"])
    phone_styles = {"US": "national", "CA": "national"}

    def survey(i: int) -> str:
        answers: dict[str, Any] = {"tshirt_size": g.rnd.choice(["S", "M", "L", "XL", "XXL"]),
                                   "name_in_rulebook_credits": f"{firsts[i]} {lasts[i]}"}
        if g.rnd.random() < 0.3:
            answers["gift_message"] = f"Happy birthday {v.given(g, _BACKER_COUNTRIES[country[i]])}!"
        if g.rnd.random() < 0.4:
            answers["phone_for_courier"] = g.phone(country[i], "e164")
        return _jdump(answers)

    def comment(i: int) -> str:
        return g.rnd.choice([f"Got this for my brother {v.given(g, 'us', False)}, can't wait!",
                             f"Backed on behalf of our club, ship to {ship_names[i]} please",
                             f"{firsts[i]} here - loved the prototype at the con",
                             f"Please update my address, ask {v.whole(g, 'us')} if unsure"])

    return Table("crowdfund.backers", "en", "camel", [
        c("backerId", N, "VARCHAR", g.col(g.uuid), "decoy"),
        c("backerNumber", N, "INTEGER", g.keys(1, 1), "decoy"),
        c("profileName", USERNAME, "VARCHAR", [v.handle(g, a, b) for a, b in pairs], "username"),
        c("fullName", "person_name", "VARCHAR", [f"{a} {b}" for a, b in pairs], "qualified"),
        c("email", "email", "VARCHAR", mails),
        c("shippingContact", MIXED, "VARCHAR",
          [g.phone(x, phone_styles.get(x, "intl")) if g.rnd.random() < 0.55 else m for x, m in zip(country, mails)],
          "mixed"),
        c("pledgeAmountUsd", N, "DECIMAL(8,2)", g.col(g.pick([1.0, 29.0, 49.0, 79.0, 129.0, 249.0])), "decoy"),
        c("rewardTier", N, "VARCHAR", g.col(g.pick(_REWARDS)), "decoy", SHAPE),
        c("addOns", N, "VARCHAR", g.col(lambda: _jdump(g.rnd.sample(_ADDONS, g.rnd.randint(0, 3)))), "decoy", JSON),
        c("pledgedAt", N, "TIMESTAMP", g.moments("2025-09-02", 30), "decoy"),
        c("shippingName", "person_name", "VARCHAR", ship_names, "qualified"),
        c("shippingAddress1", "street_address", "VARCHAR", [v.street(g, _BACKER_COUNTRIES[x]) for x in country]),
        c("shippingAddress2", "street_address", "VARCHAR",
          g.col(g.pick(["Apt 4B", "Suite 210", "Unit 7", "Flat 2", "c/o reception", "PO Box 118"]), 0.8),
          "null_heavy", "qualified"),
        c("shippingCity", "city", "VARCHAR", [p[0] for p in places]),
        c("shippingRegion", N, "VARCHAR", [g.rnd.choice(regions[x]) for x in country], "decoy"),
        c("shippingPostalCode", "postal_code", "VARCHAR", [v.postal(g, x, p[1]) for x, p in zip(country, places)]),
        c("shippingCountry", N, "VARCHAR", country, "decoy"),
        c("shippingPhone", "phone", "VARCHAR", [g.phone(x, "e164") if g.rnd.random() < 0.8 else None
                                                for x in country]),
        c("surveyAnswers", "free_text", "VARCHAR", [survey(i) for i in range(g.rows)], JSON),
        c("surveyMeta", N, "VARCHAR", g.col(lambda: _jdump({"survey_version": g.version(), "completed": True,
                                                            "locale": g.rnd.choice(["en-US", "en-GB", "de-DE"])})),
          "decoy", JSON),
        c("cardBrand", N, "VARCHAR", g.col(g.pick(["visa", "mastercard", "amex", "discover"])), "decoy"),
        c("cardLast4", N, "VARCHAR", g.col(lambda: g.digits(4, "0123456789")), "decoy"),
        c("paymentFingerprint", N, "VARCHAR", g.col(lambda: g.code("ZZZZZZZZZZZZZZZZ")), "decoy"),
        c("signupIp", "ip_address", "VARCHAR", g.col(lambda: g.ipv4() if g.rnd.random() < 0.7 else g.ipv6())),
        c("referrer", N, "VARCHAR", g.col(g.pick(["direct", "newsletter", "boardgame_forum", "youtube", "reddit"])),
          "decoy"),
        c("voucherCode", N, "VARCHAR", g.col(lambda: v.not_luhn(g, "4")), "decoy", SHAPE),
        c("trackingNumber", N, "VARCHAR", g.col(lambda: "9400" + g.digits(18, "0123456789"), 0.25), "decoy"),
        c("carrier", N, "VARCHAR", g.col(g.pick(["USPS", "UPS", "DHL", "Royal Mail", "PostNord"])), "decoy"),
        c("fulfillmentPartner", N, "VARCHAR", g.col(g.pick(["Brightwater Fulfillment LLC", "Meeple Logistics GmbH",
                                                            "Harbourside Dispatch Ltd"])), "business"),
        c("fulfillmentPartnerPhone", N, "VARCHAR", g.col(g.pick(["+1 509-555-0147", "+49 40 2286 1100",
                                                                 "+44 117 496 0800"])), "business"),
        c("fulfillmentPartnerEmail", N, "VARCHAR", g.col(g.pick(["support@brightwaterfulfillment.com",
                                                                 "service@meeple-logistics.de"])), "business"),
        c("publicComment", "free_text", "VARCHAR", [comment(i) if g.rnd.random() < 0.18 else None
                                                    for i in range(g.rows)], "null_heavy"),
        c("lateBacker", N, "BOOLEAN", g.yn(True, False, 0.1), "decoy"),
    ])


# -- conference attendees (French) -------------------------------------------------------------------------------------


def _fr_employers(g: Gen) -> list[tuple[str, str, str, str, str, str, str, str]]:
    rows = [("Centre hospitalier Val-de-Loire", "12 boulevard Jacques Monod", "Nantes", "44"),
            ("Clinique des Cèdres", "4 avenue des Cèdres", "Grenoble", "38"),
            ("Laboratoires Vernay SA", "23 rue de l'Industrie", "Rouen", "76"),
            ("Institut cardiovasculaire Atlantique", "2 quai de Versailles", "Nantes", "44"),
            ("Cabinet de cardiologie du Parc", "8 place du Parc", "Dijon", "21"),
            ("MédiSonde SAS", "150 rue Ampère", "Montpellier", "34"),
            ("Groupe hospitalier Sud-Ouest", "1 rue du Professeur Garrigou", "Pau", "64")]
    out = []
    for name, road, town, lead in rows:
        domain = v.plain(name)[:20] + ".fr"
        out.append((name, road, v.postal(g, "FR", lead), town, g.phone("FR", "national", mobile=False), v.fr_tva(g),
                    v.fr_siret(g), domain))
    return out


def _rpps(g: Gen) -> str:
    """An RPPS number (French register of health professionals): 11 digits starting ``10``, Luhn check."""
    body = "10" + g.digits(8, "0123456789")
    return body + luhn.calc_check_digit(body)


def fr_congress(g: Gen) -> Table:
    """A medical congress's registrations (inscriptions): attendees, their employers' billing data, workshops,
    hotel, badge scans and a JSON column of extra answers."""
    fem = v.sexes(g, 0.55)
    firsts, lasts = v.people(g, "fr", fem)
    employers = _fr_employers(g)
    emp = [g.rnd.choice(employers) for _ in range(g.rows)]
    doctor = _pick_rows(g, 0.6)
    arrive = g.days("2026-03-17", "2026-03-19")
    companion = _pick_rows(g, 0.14)

    def extra(i: int) -> str:
        data: dict[str, Any] = {"date_naissance": g.birth(1955, 2000).isoformat(),
                                "contact_urgence": {"nom": v.whole(g, "fr"), "tel": g.phone("FR", "national")}}
        if g.rnd.random() < 0.3:
            data["linkedin"] = f"linkedin.com/in/{v.plain(firsts[i])}-{v.plain(lasts[i])}"
        return _jdump(data)

    return Table("congres.inscriptions", "fr", "snake", [
        c("id_inscription", N, "BIGINT", g.keys(26_001), "decoy"),
        c("num_badge", N, "VARCHAR", [f"CNC26-{k:05d}" for k in g.keys(1)], "decoy"),
        c("civilite", N, "VARCHAR", ["Mme" if f else "M." for f in fem], "decoy"),
        c("prenom", "first_name", "VARCHAR", firsts),
        c("nom", "last_name", "VARCHAR", [x.upper() for x in lasts]),
        c("nom_badge", "person_name", "VARCHAR", [f"{'Dr ' if d else ''}{a} {b.upper()}" for a, b, d in
                                                  zip(firsts, lasts, doctor)]),
        c("specialite", N, "VARCHAR", [g.rnd.choice(["Cardiologie", "Rythmologie", "Imagerie", "Chirurgie"]) if d
                                       else g.rnd.choice(["Infirmier(e)", "Industrie", "Interne", "Technicien"])
                                       for d in doctor], "decoy"),
        c("organisme", N, "VARCHAR", [e[0] for e in emp], "business"),
        c("adresse_organisme", N, "VARCHAR", [e[1] for e in emp], "business"),
        c("cp_organisme", N, "VARCHAR", [e[2] for e in emp], "business"),
        c("ville_organisme", N, "VARCHAR", [e[3] for e in emp], "business"),
        c("standard_organisme", N, "VARCHAR", [e[4] for e in emp], "business"),
        c("tva_intracom", N, "VARCHAR", [e[5] for e in emp], "business"),
        c("siret_facturation", N, "VARCHAR", [e[6] for e in emp], "business"),
        c("email_pro", "email", "VARCHAR", [v.work_email(a, b, e[7]) for a, b, e in zip(firsts, lasts, emp)]),
        c("tel_portable", "phone", "VARCHAR", g.phones("FR", {"national": 0.7, "intl": 0.3}, nulls=0.15)),
        c("rpps", N, "VARCHAR", [_rpps(g) if d or g.rnd.random() < 0.6 else None for d in doctor], "decoy",
          LICENCE),
        c("type_inscription", N, "VARCHAR", g.col(g.pick(["Médecin", "Paramédical", "Industrie", "Étudiant"])),
          "decoy"),
        c("tarif_ttc", N, "DECIMAL(7,2)", g.col(g.pick([120.0, 290.0, 450.0, 650.0])), "decoy"),
        c("mode_reglement", N, "VARCHAR", g.col(g.pick(["virement", "carte", "bon de commande"])), "decoy"),
        c("ref_virement", N, "VARCHAR", g.col(lambda: v.not_iban(g, "FR")), "decoy", SHAPE),
        c("ateliers", N, "VARCHAR", g.col(lambda: _jdump(sorted(g.rnd.sample(["A1", "A2", "B1", "B3", "C2", "D4"],
                                                                              g.rnd.randint(1, 3))))), "decoy", JSON),
        c("regime_alimentaire", N, "VARCHAR", g.col(g.pick(["standard", "standard", "végétarien", "sans gluten",
                                                            "halal"])), "decoy"),
        c("hotel_reserve", N, "VARCHAR", g.col(g.pick(["Hôtel de la Gare", "Résidence Île de Nantes",
                                                       "Hôtel Graslin"]), 0.22), "business"),
        c("arrivee", N, "DATE", arrive, "decoy"),
        c("depart", N, "DATE", [d + timedelta(days=g.rnd.randint(1, 3)) for d in arrive], "decoy"),
        c("accompagnant", "person_name", "VARCHAR", [v.whole(g, "fr") if x else None for x in companion],
          "null_heavy"),
        c("infos_complementaires", "free_text", "VARCHAR", [extra(i) for i in range(g.rows)], JSON),
        c("ip_inscription", "ip_address", "VARCHAR", g.col(g.ipv4)),
        c("qr_badge", N, "VARCHAR", g.col(g.sha256), "decoy"),
        c("inscrit_le", N, "TIMESTAMP", g.moments("2025-10-01", 160), "decoy"),
        c("premier_scan", N, "TIMESTAMP",
          [datetime(d.year, d.month, d.day, 8) + timedelta(minutes=g.rnd.randint(0, 600)) for d in arrive], "decoy"),
    ])


# -- municipal traffic fines (Italian, camelCase) ----------------------------------------------------------------------


_PROVINCE = {"Bergamo": "BG", "Verona": "VR", "Padova": "PD", "Modena": "MO", "Pisa": "PI", "Ancona": "AN",
             "Bari": "BA", "Catania": "CT", "Vicenza": "VI", "Novara": "NO"}
_ARTICOLI = [("art. 7 c. 1 (sosta vietata)", 42, 0), ("art. 142 c. 8 (velocità +10/40 km/h)", 173, 3),
             ("art. 146 c. 3 (semaforo rosso)", 167, 6), ("art. 158 c. 2 (sosta su stallo disabili)", 168, 2),
             ("art. 173 c. 2 (uso del telefono alla guida)", 165, 5), ("art. 7 c. 14 (ZTL)", 83, 0)]
_NOLEGGI = ["Autonoleggio Adriatico S.r.l.", "RentaVia S.p.A.", "Leasing Padano S.p.A."]


def it_traffic_fines(g: Gen) -> Table:
    """A municipal police's traffic and parking fines (verbali di contravvenzione): the offence, the vehicle, the
    driver when stopped, the owner from the vehicle register and the notification."""
    fem = v.sexes(g, 0.4)
    owner_first, owner_last = v.people(g, "it", fem)
    owner_birth = g.births(1940, 2006)
    places = [v.city(g, "IT") for _ in range(g.rows)]
    art = [g.rnd.choice(_ARTICOLI) for _ in range(g.rows)]
    stopped = [(a[2] > 0 and g.rnd.random() < 0.35) or g.rnd.random() < 0.04 for a in art]
    d_first, d_last = v.people(g, "it")
    d_birth = g.births(1945, 2007)
    rental = _pick_rows(g, 0.12)
    when = g.days("2025-01-01", "2026-10-31")
    officers = [f"{g.rnd.choice(['Ag.', 'Ag. Sc.', 'Isp.', 'Comm.'])} {v.whole(g, 'it')}" for _ in range(14)]
    officer = [g.rnd.randrange(len(officers)) for _ in range(g.rows)]
    town = g.rnd.choice(list(_PROVINCE))

    def offence_place() -> str:
        s = v.STREETS["it"]
        return g.rnd.choice([f"{g.rnd.choice(s)} altezza civico {g.rnd.randint(1, 180)}",
                             f"{g.rnd.choice(s)} angolo {g.rnd.choice(s)}",
                             f"{g.rnd.choice(s)} {g.rnd.randint(1, 99)}"])

    def note(i: int) -> str:
        return g.rnd.choice([f"Il conducente, sig. {d_first[i]} {d_last[i]}, dichiara di essere il proprietario",
                             f"Presente la passeggera {v.whole(g, 'it', True)}, che si allontanava",
                             f"Il trasgressore riferisce che il veicolo è in uso al figlio {v.given(g, 'it', False)}",
                             "Verbale contestato, il conducente rifiuta di firmare"])

    return Table("polizia_locale.verbaliContravvenzioni", "it", "camel", [
        c("numeroVerbale", N, "VARCHAR", [f"V/{d.year}/{k:06d}" for d, k in zip(when, g.keys(1_201, 7))], "decoy"),
        c("numeroProtocollo", N, "VARCHAR", g.col(lambda: v.not_phone(g, "IT", (4, 3, 4), "0")), "decoy", SHAPE),
        c("dataInfrazione", N, "VARCHAR", [_dmy(d, "/") for d in when], "decoy", SHAPE),
        c("oraInfrazione", N, "VARCHAR", g.col(lambda: f"{g.rnd.randint(0, 23):02d}:{g.rnd.randint(0, 59):02d}"),
          "decoy"),
        c("luogoInfrazione", N, "VARCHAR", g.col(offence_place), "decoy", SHAPE),
        c("coordinateInfrazione", N, "VARCHAR", g.col(lambda: g.coord((45.4, 45.6), (10.9, 11.1)), 0.2), "decoy"),
        c("articoloCds", N, "VARCHAR", [a[0] for a in art], "decoy"),
        c("importoEuro", N, "DECIMAL(7,2)", [float(a[1]) for a in art], "decoy"),
        c("puntiDecurtati", N, "INTEGER", [a[2] if s else 0 for a, s in zip(art, stopped)], "decoy"),
        c("targa", N, "VARCHAR", g.col(lambda: g.code("AA999AA")), "decoy", VEHICLE),
        c("marcaModello", N, "VARCHAR", g.col(g.pick(["FIAT Panda", "VOLKSWAGEN Polo", "RENAULT Clio", "FIAT 500",
                                                      "TOYOTA Yaris", "DACIA Sandero", "LANCIA Ypsilon"])),
          "decoy", VEHICLE),
        c("agenteAccertatore", "person_name", "VARCHAR", [officers[o] for o in officer]),
        c("matricolaAgente", N, "VARCHAR", [f"PL{o + 101:04d}" for o in officer], "decoy"),
        c("dispositivo", N, "VARCHAR", [g.rnd.choice(["T-Red matr. 1043", "Autovelox 106 SE matr. 2231",
                                                      "Vista Red matr. 0877", "palmare"]) for _ in range(g.rows)],
          "decoy"),
        c("trasgressoreNome", "first_name", "VARCHAR", [a if s else None for a, s in zip(d_first, stopped)],
          "null_heavy"),
        c("trasgressoreCognome", "last_name", "VARCHAR", [b if s else None for b, s in zip(d_last, stopped)],
          "null_heavy"),
        c("trasgressoreDataNascita", "date_of_birth", "VARCHAR", [_dmy(b, "/") if s else None
                                                                  for b, s in zip(d_birth, stopped)], "null_heavy"),
        c("trasgressorePatente", "national_id", "VARCHAR",
          [v.it_patente(g, _PROVINCE[g.rnd.choice(list(_PROVINCE))]) if s else None for s in stopped], "null_heavy",
          LICENCE),
        c("obbligatoNominativo", "person_name", "VARCHAR", [f"{b.upper()} {a.upper()}"
                                                            for a, b in zip(owner_first, owner_last)]),
        c("obbligatoCodiceFiscale", "national_id", "VARCHAR",
          [v.it_cf(g, a, b, d, f) for a, b, d, f in zip(owner_first, owner_last, owner_birth, fem)]),
        c("obbligatoIndirizzo", "street_address", "VARCHAR", g.col(lambda: v.street(g, "it"))),
        c("obbligatoCap", "postal_code", "VARCHAR", [v.postal(g, "IT", p[1]) for p in places]),
        c("obbligatoComune", "city", "VARCHAR", [p[0] for p in places]),
        c("obbligatoPec", "email", "VARCHAR",
          g.nullwords([f"{v.plain(a)}.{v.plain(b)}@{g.rnd.choice(['pec.it', 'legalmail.it', 'pec.libero.it'])}"
                       for a, b in zip(owner_first, owner_last)], 0.82,
                      ("", "", "", "non presente", "-", "NULL", "nessuno"))
          , NULLWORD),
        c("societaNoleggio", N, "VARCHAR", [g.rnd.choice(_NOLEGGI) if r else None for r in rental], "business",
          "null_heavy"),
        c("dataNotifica", N, "DATE", [d + timedelta(days=g.rnd.randint(10, 89)) for d in when], "decoy"),
        c("statoPagamento", N, "VARCHAR", g.col(g.pick(["pagato", "pagato", "ridotto 30%", "non pagato", "ruolo"])),
          "decoy"),
        c("codiceAvvisoPagoPA", N, "VARCHAR", g.col(lambda: "3" + g.digits(17, "0123456789")), "decoy"),
        c("ricorso", N, "BOOLEAN", g.yn(True, False, 0.04), "decoy"),
        c("noteAgente", "free_text", "VARCHAR", [note(i) if s and g.rnd.random() < 0.6 else None
                                                 for i, s in enumerate(stopped)], "null_heavy"),
        c("comandoPolizia", N, "VARCHAR", [f"Polizia Locale di {town}"] * g.rows, "business"),
    ])


# -- moving company (Spanish, camelCase) -------------------------------------------------------------------------------


_ALMACENES = ["Nave Getafe", "Almacén Zaragoza-Plaza", "Nave Coslada 3", "Almacén Murcia Oeste", "Base Vigo-Porto"]


def _es_floor(g: Gen) -> str:
    return g.rnd.choice([f"{g.rnd.randint(1, 9)}º {g.rnd.choice('ABCD')}", "Bajo", "Bajo A", "Ático",
                         f"{g.rnd.randint(1, 6)}º izda", f"{g.rnd.randint(1, 6)}º dcha", "Entreplanta", "Casa"])


def es_moving(g: Gen) -> Table:
    """A removal company's quotes and jobs (presupuestos de mudanza): the customer, the home they leave and the home
    they move to (both the customer's: personal), volumes, the crew and the truck."""
    fem = v.sexes(g, 0.5)
    firsts, lasts = v.people(g, "es", fem)
    seconds = [v.person(g, "es")[1] for _ in range(g.rows)]
    origin = [v.city(g, "ES") for _ in range(g.rows)]
    dest = [v.city(g, "ES") if g.rnd.random() < 0.6 else o for o in origin]
    mails = v.emails(g, firsts, lasts, ["gmail.com", "hotmail.com", "yahoo.es", "outlook.es", "telefonica.net"])
    move = g.days("2025-02-01", "2026-12-20")
    leaders = [v.whole(g, "es", False) for _ in range(10)]

    def obs(i: int) -> str:
        return g.rnd.choice([f"Llamar antes a {v.given(g, 'es')}, la hermana de {firsts[i]}",
                             f"El portero ({v.whole(g, 'es')}) tiene las llaves",
                             f"Piano de cola, avisar a {firsts[i]} {lasts[i]} del recargo"])

    return Table("mudanzas.presupuestosMudanza", "es", "camel", [
        c("idPresupuesto", N, "BIGINT", g.keys(51_001), "decoy"),
        c("refPresupuesto", N, "VARCHAR", g.col(lambda: v.not_phone(g, "ES", (3, 3, 3), "9")), "decoy", SHAPE),
        c("fechaSolicitud", N, "TIMESTAMP",
          [datetime(d.year, d.month, d.day) - timedelta(hours=g.rnd.randint(48, 2_000)) for d in move], "decoy"),
        c("fechaMudanza", N, "DATE", move, "decoy"),
        c("clienteNombre", "first_name", "VARCHAR", firsts),
        c("clienteApellidos", "last_name", "VARCHAR", [f"{a} {b}" for a, b in zip(lasts, seconds)]),
        c("clienteDni", "national_id", "VARCHAR", g.col(lambda: v.es_dni(g) if g.rnd.random() < 0.85 else
                                                        v.es_nie(g))),
        c("clienteTelefono", "phone", "VARCHAR", g.phones("ES", {"national": 0.6, "intl": 0.3, "local": 0.1})),
        c("contactoAlternativo", MIXED, "VARCHAR",
          [(g.phone("ES", "national", g.rnd.random() < 0.5) if g.rnd.random() < 0.5 else
            v.email(g, v.given(g, "es"), lasts[i], ["gmail.com", "hotmail.com"])) if g.rnd.random() < 0.8 else None
           for i in range(g.rows)], "mixed"),
        c("clienteEmail", "email", "VARCHAR", mails),
        c("origenDireccion", "street_address", "VARCHAR",
          g.col(lambda: v.street(g, "es", False) + f", {g.rnd.randint(1, 140)}"), "qualified"),
        c("origenPiso", "street_address", "VARCHAR", g.col(lambda: _es_floor(g)), "qualified"),
        c("origenCp", "postal_code", "VARCHAR", [v.postal(g, "ES", o[1]) for o in origin], "qualified"),
        c("origenLocalidad", "city", "VARCHAR", [o[0] for o in origin], "qualified"),
        c("origenAscensor", N, "VARCHAR", g.yn("sí", "no", 0.7), "decoy"),
        c("destinoDireccion", "street_address", "VARCHAR", g.col(lambda: v.street(g, "es")), "qualified"),
        c("destinoPiso", "street_address", "VARCHAR", g.col(lambda: _es_floor(g)), "qualified"),
        c("destinoCp", "postal_code", "VARCHAR", [v.postal(g, "ES", d[1]) for d in dest], "qualified"),
        c("destinoLocalidad", "city", "VARCHAR", [d[0] for d in dest], "qualified"),
        c("destinoAscensor", N, "VARCHAR", g.yn("sí", "no", 0.7), "decoy"),
        c("distanciaKm", N, "INTEGER", [0 if o == d else g.rnd.randint(40, 900) for o, d in zip(origin, dest)],
          "decoy"),
        c("volumenM3", N, "DECIMAL(5,1)", [round(g.rnd.uniform(4, 60), 1) for _ in range(g.rows)], "decoy"),
        c("inventario", N, "VARCHAR", g.col(lambda: ", ".join(g.rnd.sample(
            ["sofá 3 plazas", "12 cajas", "lavadora", "mesa comedor", "6 sillas", "cama 150", "armario 3 puertas",
             "frigorífico", "bicicleta", "piano"], 4))), "decoy"),
        c("observaciones", "free_text", "VARCHAR",
          g.nullwords([obs(i) for i in range(g.rows)], 0.8, ("", "", "-", "ninguna", "sin observaciones", "NULL")),
          NULLWORD),
        c("importeEur", N, "DECIMAL(8,2)", g.amounts(290, 6_800), "decoy"),
        c("almacen", N, "VARCHAR", g.col(g.pick(_ALMACENES)), "business", SHAPE),
        c("jefeEquipo", "person_name", "VARCHAR", g.col(g.pick(leaders))),
        c("matriculaCamion", N, "VARCHAR",
          g.col(lambda: f"{g.digits(4, '0123456789')} {g.code('AAA').replace('A', 'B')}"), "decoy", VEHICLE),
        c("polizaSeguro", N, "VARCHAR", g.col(lambda: f"MUD-{g.digits(8)}"), "decoy"),
        c("ibanDevolucionFianza", "iban", "VARCHAR", g.col(lambda: v.iban(g, "ES", g.rnd.random() < 0.6), 0.78),
          "null_heavy"),
        c("estado", N, "VARCHAR", g.col(g.pick(["presupuestado", "aceptado", "realizado", "cancelado"])), "decoy"),
    ])


# -- home care visits (Dutch) ------------------------------------------------------------------------------------------


_PRAKTIJKEN = [("Huisartsenpraktijk De Linde", "023-5310000"), ("Gezondheidscentrum Oost", "024-3500000"),
               ("Huisartsen Maaspoort", "043-3250000"), ("Praktijk Kastanjeplein", "076-5200000"),
               ("Huisartsengroep Zuid", "050-5700000")]


def nl_home_care(g: Gen) -> Table:
    """A home-care organisation's visit records (thuiszorg): the client's identity (BSN, ID card checked under the
    care identification duty), address, key safe, GP, family contact, the nurse's report."""
    fem = v.sexes(g, 0.63)
    firsts, lasts = v.people(g, "nl", fem)
    births = g.births(1924, 1962)
    places = [v.city(g, "NL") for _ in range(g.rows)]
    gps = [(f"{g.rnd.choice(['dr.', 'dokter', ''])} {v.given(g, 'nl')[0]}. {v.person(g, 'nl')[1]}".strip(),
            g.rnd.choice(_PRAKTIJKEN)) for _ in range(20)]
    gp = [g.rnd.choice(gps) for _ in range(g.rows)]
    rel = [v.person(g, "nl") for _ in range(g.rows)]
    nurses = [v.whole(g, "nl") for _ in range(12)]
    staff = [v.person(g, "nl") for _ in range(25)]
    start = g.moments("2026-09-01", 70)

    def report(i: int) -> str:
        return g.rnd.choice([f"Mevr./dhr. {lasts[i]} goed geslapen, dochter {rel[i][0]} aanwezig",
                             f"Medicatie gegeven. Buurvrouw {v.whole(g, 'nl', True)} helpt met boodschappen",
                             f"Wond verzorgd, overleg met {g.rnd.choice(nurses)} over verband",
                             f"{firsts[i]} klaagt over pijn in heup, huisarts gebeld"])

    return Table("thuiszorg.clientbezoeken", "nl", "snake", [
        c("bezoek_id", N, "BIGINT", g.keys(9_700_001, 3), "decoy"),
        c("clientnummer", N, "VARCHAR", g.col(lambda: f"C{g.digits(6)}"), "decoy"),
        c("bsn", "national_id", "VARCHAR", g.col(lambda: v.nl_bsn(g))),
        c("id_bewijs_nr", "national_id", "VARCHAR", g.col(lambda: v.nl_idkaart(g), 0.1)),
        c("voorletters", "person_name", "VARCHAR", [f"{a[0]}." + (f"{v.given(g, 'nl', f)[0]}." if g.rnd.random() < 0.6
                                                                  else "") for a, f in zip(firsts, fem)]),
        c("roepnaam", "first_name", "VARCHAR", firsts),
        c("achternaam", "last_name", "VARCHAR", lasts),
        c("geboortedatum", "date_of_birth", "DATE", births),
        c("straat", "street_address", "VARCHAR", g.col(lambda: v.street(g, "nl", False))),
        c("huisnummer", "street_address", "VARCHAR", g.col(lambda: str(g.rnd.randint(1, 240)) +
                                                               g.rnd.choice(["", "", "", "A", "-2", " bis"]))),
        c("postcode", "postal_code", "VARCHAR", [v.postal(g, "NL", p[1]) for p in places]),
        c("woonplaats", "city", "VARCHAR", [p[0] for p in places]),
        c("telefoon", "phone", "VARCHAR", g.phones("NL", {"national": 0.8, "local": 0.2}, mobile=0.15, nulls=0.1)),
        c("sleutelkluis_code", N, "VARCHAR", g.col(lambda: g.digits(4, "0123456789"), 0.25), "decoy"),
        c("indicatienummer", N, "VARCHAR", g.col(lambda: f"WV-{g.digits(7)}"), "decoy"),
        c("zorgprofiel", N, "VARCHAR", g.col(g.pick(["VV 4", "VPT 5", "Wijkverpleging", "ELV laag"])), "decoy"),
        c("zorgtaken", N, "VARCHAR", g.col(g.pick(["ADL", "ADL, medicatie", "wondzorg", "steunkousen", "insuline"])),
          "decoy"),
        c("huisarts", "person_name", "VARCHAR", [x[0] for x in gp]),
        c("huisartspraktijk", N, "VARCHAR", [x[1][0] for x in gp], "business"),
        c("huisarts_telefoon", N, "VARCHAR", [x[1][1] for x in gp], "business"),
        c("contactpersoon", "person_name", "VARCHAR", [f"{a} {b}" for a, b in rel]),
        c("relatie_contactpersoon", N, "VARCHAR", g.col(g.pick(["dochter", "zoon", "partner", "buurvrouw",
                                                                "schoondochter", "mentor"])), "decoy"),
        c("contactpersoon_telefoon", "phone", "VARCHAR", g.phones("NL", {"national": 0.6, "intl": 0.2, "e164": 0.2}),
          "qualified"),
        c("contactpersoon_email", "email", "VARCHAR", [v.email(g, a, b, ["ziggo.nl", "kpnmail.nl", "gmail.com",
                                                                         "hetnet.nl", "outlook.com"])
                                                       if g.rnd.random() < 0.8 else None for a, b in rel]),
        c("wijkverpleegkundige", "person_name", "VARCHAR", g.col(g.pick(nurses))),
        c("medewerker_login", USERNAME, "VARCHAR", [v.plain(a)[:1] + v.plain(b) for a, b in
                                                   (g.rnd.choice(staff) for _ in range(g.rows))], "username"),
        c("bezoek_start", N, "TIMESTAMP", start, "decoy"),
        c("bezoek_eind", N, "TIMESTAMP", [s + timedelta(minutes=g.rnd.randint(10, 75)) for s in start], "decoy"),
        c("team", N, "VARCHAR", [f"Team {p[0]}-{g.rnd.choice(['Noord', 'Zuid', 'Centrum', 'Oost'])}" for p in places],
          "decoy", SHAPE),
        c("checkin_gps", N, "VARCHAR", g.col(lambda: g.coord((50.8, 53.3), (4.5, 6.9))), "decoy"),
        c("rapportage", "free_text", "VARCHAR", [report(i) for i in range(g.rows)]),
        c("volgende_bezoek", N, "DATE", [s.date() + timedelta(days=g.rnd.randint(1, 7)) for s in start], "decoy"),
    ])


# -- animal shelter adoptions (Polish) ---------------------------------------------------------------------------------


_ZWIERZETA = ["Maciek", "Zosia", "Pan Kleks", "Franek", "Bella", "Reksio", "Kasia", "Tosia", "Bolek", "Lolek",
              "Pani Jadzia", "Felek"]


def pl_shelter(g: Gen) -> Table:
    """A municipal animal shelter's adoptions (schronisko, adopcje): the animal (names, chips, birth dates: none) and
    the adopter (personal)."""
    fem = v.sexes(g, 0.6)
    firsts, lasts = v.people(g, "pl", fem)
    births = g.births(1950, 2006)
    places = [v.city(g, "PL") for _ in range(g.rows)]
    dog = _pick_rows(g, 0.6)
    volunteers = [(v.whole(g, "pl"), g.phone("PL", "national")) for _ in range(15)]
    vol = [g.rnd.choice(volunteers) for _ in range(g.rows)]
    adopted = g.days("2022-01-01", "2026-11-20")
    returned = _pick_rows(g, 0.08)

    def note() -> str:
        return g.rnd.choice([f"Pies zostanie u rodziców adoptującego ({v.whole(g, 'pl')})",
                             f"Wizyta poadopcyjna: {v.whole(g, 'pl')} potwierdziła dobre warunki",
                             f"Kontakt awaryjny: brat {v.given(g, 'pl', False)}, {g.phone('PL', 'national')}"])

    return Table("schronisko.adopcje", "pl", "snake", [
        c("nr_adopcji", N, "VARCHAR", [f"AD/{d.year}/{k:04d}" for d, k in zip(adopted, g.keys(1))], "decoy"),
        c("data_adopcji", N, "DATE", adopted, "decoy"),
        c("imie_zwierzecia", N, "VARCHAR", g.col(g.pick(_ZWIERZETA)), "decoy", SHAPE, PET),
        c("gatunek", N, "VARCHAR", ["pies" if d else "kot" for d in dog], "decoy", PET),
        c("rasa", N, "VARCHAR", [g.rnd.choice(["mieszaniec", "mieszaniec", "owczarek niemiecki", "labrador", "jamnik"])
                                 if d else g.rnd.choice(["europejski", "mieszaniec", "pers"]) for d in dog],
          "decoy", PET),
        c("plec_zwierzecia", N, "VARCHAR", g.col(g.pick(["samiec", "samica"])), "decoy", PET),
        c("data_urodzenia_zwierzecia", N, "DATE", [d - timedelta(days=g.rnd.randint(90, 4_500)) for d in adopted],
          "decoy", SHAPE, PET),
        c("nr_chipa", N, "VARCHAR", g.col(lambda: v.pet_chip(g, "616")), "decoy", PET),
        c("adoptujacy_imie", "first_name", "VARCHAR", firsts),
        c("adoptujacy_nazwisko", "last_name", "VARCHAR", lasts),
        c("pesel", "national_id", "VARCHAR", [v.pl_pesel(g, b, f) for b, f in zip(births, fem)]),
        c("seria_nr_dowodu", "national_id", "VARCHAR", g.col(lambda: v.pl_dowod(g), 0.1)),
        c("data_urodzenia", "date_of_birth", "DATE", births),
        c("ulica", "street_address", "VARCHAR", g.col(lambda: v.street(g, "pl"))),
        c("kod_pocztowy", "postal_code", "VARCHAR", [v.postal(g, "PL", p[1]) for p in places]),
        c("miejscowosc", "city", "VARCHAR", [p[0] for p in places]),
        c("telefon", "phone", "VARCHAR", g.phones("PL", {"national": 0.6, "intl": 0.2, "local": 0.2})),
        c("email", "email", "VARCHAR", v.emails(g, firsts, lasts, ["wp.pl", "o2.pl", "gmail.com", "interia.pl",
                                                                   "onet.pl"], 0.2), "lang:en"),
        c("wolontariusz_wizyta", "person_name", "VARCHAR", [x[0] for x in vol]),
        c("wolontariusz_telefon", "phone", "VARCHAR", [x[1] for x in vol], "qualified"),
        c("oplata_adopcyjna", N, "DECIMAL(6,2)", g.col(g.pick([0.0, 50.0, 100.0, 150.0])), "decoy"),
        c("umowa_skan_sha256", N, "VARCHAR", g.col(g.sha256), "decoy"),
        c("uwagi", "free_text", "VARCHAR",
          g.sparse(note, 0.78, ("", "", "-", "brak", "brak uwag", "NULL")), NULLWORD),
        c("schronisko_adres", N, "VARCHAR", ["ul. Przyjaciół Zwierząt 4, 30-001 Kraków"] * g.rows, "business"),
        c("schronisko_nip", N, "VARCHAR", [v.pl_nip_company(g)] * g.rows, "business"),
        c("status", N, "VARCHAR", ["zwrot" if r else "zakończona" for r in returned], "decoy"),
        c("data_zwrotu", N, "DATE", [d + timedelta(days=g.rnd.randint(3, 200)) if r else None
                                     for d, r in zip(adopted, returned)], "decoy", "null_heavy"),
    ])


# -- running race registrations (Swedish) ------------------------------------------------------------------------------


_LOPP = [("Stadsloppet 10 km", "Uppsala"), ("Halvmaraton", "Linköping"), ("Vårruset 5 km", "Gävle"),
         ("Terränglöpning 15 km", "Falun"), ("Midnattsloppet 10 km", "Luleå")]
_KLUBBAR = ["IK Ymer", "Hälle IF", "Falu IK", "Spårvägens FK", "Luleå Friidrott", "Gävle Löparklubb", "—"]


def se_race(g: Gen) -> Table:
    """A running race's registrations (anmälningar): bib, class from the year of birth, personal identity number or
    coordination number, emergency contact, results."""
    fem = v.sexes(g, 0.45)
    firsts, lasts = v.people(g, "sv", fem)
    births = g.births(1948, 2012)
    places = [v.city(g, "SE") for _ in range(g.rows)]
    race = [g.rnd.choice(_LOPP) for _ in range(g.rows)]
    which = [g.rnd.choices(["pnr", "samordning", None], [70, 8, 22])[0] for _ in range(g.rows)]
    mails = v.emails(g, firsts, lasts, ["gmail.com", "hotmail.se", "telia.com", "outlook.com", "bredband.net"])
    phones = g.phones("SE", {"national": 0.6, "intl": 0.2, "e164": 0.2})

    def klass(b: date, f: bool) -> str:
        age = 2026 - b.year
        band = "21" if age < 35 else str(age // 5 * 5)
        return ("D" if f else "H") + band

    def ident(w: str | None, b: date) -> str | None:
        if w == "pnr":
            return v.se_pnr(g, b, g.rnd.random() < 0.3)
        return v.se_samordning(g, b) if w == "samordning" else None

    return Table("lopp.anmalningar", "sv", "snake", [
        c("anmalan_id", N, "BIGINT", g.keys(880_001), "decoy"),
        c("startnummer", N, "INTEGER", g.keys(101), "decoy"),
        c("lopp", N, "VARCHAR", [r[0] for r in race], "decoy"),
        c("loppets_ort", N, "VARCHAR", [r[1] for r in race], "decoy", SHAPE),
        c("startgrupp", N, "VARCHAR", g.col(g.pick(["Elit", "A", "B", "C", "Motion"])), "decoy"),
        c("fornamn", "first_name", "VARCHAR", firsts),
        c("efternamn", "last_name", "VARCHAR", lasts),
        c("fodelsear", "date_of_birth", "INTEGER", [b.year for b in births], SPLIT_DOB),
        c("klass", N, "VARCHAR", [klass(b, f) for b, f in zip(births, fem)], "decoy"),
        c("kon", N, "VARCHAR", ["K" if f else "M" for f in fem], "decoy"),
        c("personnummer", "national_id", "VARCHAR", [ident(w, b) for w, b in zip(which, births)]),
        c("nationalitet", N, "VARCHAR", ["SWE" if w == "pnr" else g.rnd.choice(["SWE", "NOR", "FIN", "DEU", "POL"])
                                         for w in which], "decoy"),
        c("klubb", N, "VARCHAR", g.col(g.pick(_KLUBBAR)), "business"),
        c("gatuadress", "street_address", "VARCHAR", g.col(lambda: v.street(g, "sv"))),
        c("postnummer", "postal_code", "VARCHAR", [v.postal(g, "SE", p[1]) for p in places]),
        c("postort", "city", "VARCHAR", [p[0].upper() if g.rnd.random() < 0.4 else p[0] for p in places]),
        c("mobil", "phone", "VARCHAR", phones),
        c("epost", "email", "VARCHAR", mails),
        c("kontaktuppgift", MIXED, "VARCHAR", [p if g.rnd.random() < 0.5 else m for p, m in zip(phones, mails)],
          "mixed"),
        c("anhorig_namn", "person_name", "VARCHAR", g.col(lambda: v.whole(g, "sv"), 0.1)),
        c("anhorig_telefon", "phone", "VARCHAR", g.phones("SE", {"national": 0.8, "intl": 0.2}, nulls=0.1),
          "qualified"),
        c("t_shirt", N, "VARCHAR", g.col(g.pick(["XS", "S", "M", "L", "XL"])), "decoy"),
        c("chip_id", N, "VARCHAR", g.col(lambda: g.code("AAA-9999")), "decoy"),
        c("sluttid", N, "VARCHAR", g.col(lambda: f"{g.rnd.randint(0, 2)}:{g.rnd.randint(0, 59):02d}:"
                                                 f"{g.rnd.randint(0, 59):02d}", 0.12), "decoy"),
        c("placering", N, "INTEGER", g.col(lambda: g.rnd.randint(1, 4_000), 0.12), "decoy"),
        c("forsta_lopp_ar", N, "INTEGER", [g.rnd.randint(max(b.year + 8, 1975), 2026) for b in births], "decoy",
          SHAPE),
        c("betalt_belopp", N, "INTEGER", g.col(g.pick([250, 350, 395, 495])), "decoy"),
        c("betalreferens", N, "VARCHAR", g.col(lambda: g.digits(12, "0123456789")), "decoy"),
        c("anmald_ts", N, "TIMESTAMP", g.moments("2025-11-01", 200), "decoy"),
        c("medgivande_foto", N, "BOOLEAN", g.yn(True, False, 0.8), "decoy"),
    ])


# -- construction-site access passes (Finnish) -------------------------------------------------------------------------


_TYOMAAT = ["As Oy Tampereen Kaleva", "Hervannan koulu", "Turun satama, laituri 2", "Oulun Kauppatori",
            "Kuopion Savilahti", "Lahden Ranta", "Jyväskylän Kangas"]
_FI_FIRMS = ["Rakennus Koivisto Oy", "Pohjolan Elementtiasennus Oy", "Sähkö-Lindholm Ky", "Baltic Build OÜ",
             "Maalaamo Virtanen Oy", "Rīgas Montāža SIA"]


def fi_site_passes(g: Gen) -> Table:
    """A main contractor's register of construction-site access passes (työmaan kulkuluvat): Finnish law wants the
    tax number on every pass; foreign workers from Estonia, Latvia and Lithuania bring their own personal codes."""
    origin = [g.rnd.choices(["FI", "EE", "LV", "LT"], [75, 15, 5, 5])[0] for _ in range(g.rows)]
    lang = {"FI": "fi", "EE": "et", "LV": "lv", "LT": "lt"}
    fem = v.sexes(g, 0.1)
    pairs = [v.person(g, lang[o], f) for o, f in zip(origin, fem)]
    firsts, lasts = [a for a, _ in pairs], [b for _, b in pairs]
    births = g.births(1958, 2006)
    places = [v.city(g, "FI") for _ in range(g.rows)]
    firms = {name: (v.ee_registrikood(g) if name.endswith("OÜ") else v.fi_ytunnus(g),
                    g.phone("EE" if name.endswith("OÜ") else "LV" if name.endswith("SIA") else "FI", "intl", False))
             for name in _FI_FIRMS}
    firm = [g.rnd.choice(_FI_FIRMS[3:5] if o != "FI" else _FI_FIRMS) for o in origin]
    intro = [g.day("2024-01-01", "2026-11-01") for _ in range(g.rows)]
    clerks = [v.person(g, "fi") for _ in range(5)]

    def foreign_code(o: str, b: date, f: bool) -> str | None:
        if o == "EE":
            return v.ee_isikukood(g, b, f)
        if o == "LV":
            return v.lv_personas_kods(g, b)
        return v.lt_asmens(g, b, f) if o == "LT" else None

    return Table("tyomaa.kulkuluvat", "fi", "snake", [
        c("kulkukortti_nro", N, "VARCHAR", g.col(lambda: g.digits(10)), "decoy"),
        c("tyomaa_nro", N, "VARCHAR", g.col(lambda: f"TM-{g.rnd.randint(2201, 2611)}"), "decoy"),
        c("tyomaa_nimi", N, "VARCHAR", g.col(g.pick(_TYOMAAT)), "decoy", SHAPE),
        c("etunimi", "first_name", "VARCHAR", firsts),
        c("sukunimi", "last_name", "VARCHAR", [x.upper() if g.rnd.random() < 0.3 else x for x in lasts]),
        c("henkilotunnus", "national_id", "VARCHAR", [v.fi_hetu(g, b) if o == "FI" or g.rnd.random() < 0.5 else None
                                                      for o, b in zip(origin, births)]),
        c("veronumero", "national_id", "VARCHAR", g.col(lambda: v.fi_veronumero(g))),
        c("ulkomainen_henkilokoodi", "national_id", "VARCHAR",
          [foreign_code(o, b, f) for o, b, f in zip(origin, births, fem)], "null_heavy"),
        c("syntymaaika", "date_of_birth", "VARCHAR", [_dmy(b, ".", pad=False) for b in births]),
        c("kansalaisuus", N, "VARCHAR", [{"FI": "FIN", "EE": "EST", "LV": "LVA", "LT": "LTU"}[o] for o in origin],
          "decoy"),
        c("puhelin", "phone", "VARCHAR", [g.phone(o, "national" if o == "FI" else "intl") for o in origin]),
        c("sahkoposti", "email", "VARCHAR",
          g.nullwords(v.emails(g, firsts, lasts, ["gmail.com", "luukku.com", "hotmail.com", "mail.ee", "inbox.lv"]),
                      0.76, ("", "", "ei ole", "-", "ei tiedossa", "NULL")), NULLWORD),
        c("kotiosoite", "street_address", "VARCHAR", g.col(lambda: v.street(g, "fi"))),
        c("postinumero", "postal_code", "VARCHAR", [v.postal(g, "FI", p[1]) for p in places]),
        c("postitoimipaikka", "city", "VARCHAR", [p[0].upper() if g.rnd.random() < 0.5 else p[0] for p in places]),
        c("tyonantaja", N, "VARCHAR", firm, "business"),
        c("tyonantaja_tunnus", N, "VARCHAR", [firms[f][0] for f in firm], "business"),
        c("tyonantaja_puhelin", N, "VARCHAR", [firms[f][1] for f in firm], "business"),
        c("tilaajavastuu_ok", N, "BOOLEAN", g.yn(True, False, 0.95), "decoy"),
        c("tyoturvallisuuskortti_nro", N, "VARCHAR", g.col(lambda: g.digits(7), 0.1), "decoy", LICENCE),
        c("tyoturvallisuuskortti_voimassa", N, "DATE", g.days("2026-01-01", "2030-12-31"), "decoy"),
        c("perehdytys_pvm", N, "VARCHAR", [_dmy(d, ".", pad=False) for d in intro], "decoy", SHAPE),
        c("kortti_voimassa", N, "DATE", [d + timedelta(days=g.rnd.randint(90, 700)) for d in intro], "decoy"),
        c("valokuva_sha1", N, "VARCHAR", g.col(g.sha1), "decoy"),
        c("lahiomainen", "person_name", "VARCHAR", [v.whole(g, lang[o]) if g.rnd.random() < 0.85 else None
                                                    for o in origin]),
        c("lahiomaisen_puhelin", "phone", "VARCHAR", [g.phone(o, "intl") if g.rnd.random() < 0.85 else None
                                                      for o in origin], "qualified"),
        c("palkkatili", "iban", "VARCHAR", [v.iban_any(g, o, g.rnd.random() < 0.5) if g.rnd.random() < 0.22 else None
                                            for o in origin], "null_heavy"),
        c("kirjattu", N, "TIMESTAMP", [datetime(d.year, d.month, d.day, 7) + timedelta(minutes=g.rnd.randint(0, 500))
                                       for d in intro], "decoy"),
        c("kirjaaja", USERNAME, "VARCHAR", [f"{v.plain(a)}.{v.plain(b)}" for a, b in
                                            (g.rnd.choice(clerks) for _ in range(g.rows))], "username"),
    ])


# -- daycare admission applications (Japanese) -------------------------------------------------------------------------


_HOIKUEN = ["ひまわり保育園", "さくら保育園", "市立中央保育所", "若葉こども園", "つばさ保育園", "みどり保育園"]
_KINMUSAKI = [("株式会社東和システム", "03-5412-0000"), ("市立総合病院", "045-470-0000"),
              ("有限会社森田商店", "052-731-0000"), ("中部電装株式会社", "053-455-0000"), ("自営業", None),
              ("県立高等学校", "092-411-0000")]


def ja_daycare(g: Gen) -> Table:
    """A city's daycare admission applications (保育所入所申込書): the child, both guardians and their employers,
    preferred nurseries, priority points; the child's birth date in the Japanese era calendar."""
    child_fem = v.sexes(g, 0.5)
    kids = [v.ja_person(g, f) for f in child_fem]
    births = g.births(2020, 2025)
    parent1 = [v.ja_person(g, True) for _ in range(g.rows)]
    parent2 = [v.ja_person(g, False) if g.rnd.random() < 0.86 else None for _ in range(g.rows)]
    p_birth = g.births(1980, 2000)
    places = [g.rnd.choice(v.JA_PLACES) for _ in range(g.rows)]
    emp1 = [g.rnd.choice(_KINMUSAKI) for _ in range(g.rows)]
    emp2 = [g.rnd.choice(_KINMUSAKI) if p else None for p in parent2]
    staff = [f"{g.rnd.choice(v.JA_LAST)[0]} {g.rnd.choice(v.JA_FEMALE + v.JA_MALE)[0]}" for _ in range(5)]
    start = [date(g.rnd.choice([2026, 2027]), g.rnd.choice([4, 4, 4, 6, 10]), 1) for _ in range(g.rows)]
    return Table("保育.入所申込書", "ja", "native", [
        c("受付番号", N, "VARCHAR", [f"R8-{k:05d}" for k in g.keys(1)], "decoy"),
        c("申込日", N, "DATE", g.days("2025-10-01", "2026-01-31"), "decoy"),
        c("児童氏名", "person_name", "VARCHAR", [f"{b[0]} {a[0]}" for a, b in kids]),
        c("児童氏名カナ", "person_name", "VARCHAR", [f"{b[1]} {a[1]}" for a, b in kids]),
        c("児童生年月日", "date_of_birth", "VARCHAR", [v.wareki(b) for b in births]),
        c("児童性別", N, "VARCHAR", ["女" if f else "男" for f in child_fem], "decoy"),
        c("個人番号", "national_id", "VARCHAR", g.col(lambda: v.jp_my_number(g), 0.1)),
        c("保護者1氏名", "person_name", "VARCHAR", [f"{k[1][0]} {p[0][0]}" for k, p in zip(kids, parent1)],
          "qualified"),
        c("保護者1生年月日", "date_of_birth", "DATE", p_birth, "qualified"),
        c("保護者1勤務先", N, "VARCHAR", [e[0] for e in emp1], "business"),
        c("保護者1勤務先電話", N, "VARCHAR", [e[1] for e in emp1], "business"),
        c("保護者1就労時間", N, "VARCHAR", g.col(g.pick(["週40時間", "週32時間", "週20時間", "月160時間"])), "decoy"),
        c("保護者2氏名", "person_name", "VARCHAR", [f"{k[1][0]} {p[0][0]}" if p else None
                                               for k, p in zip(kids, parent2)], "qualified"),
        c("保護者2勤務先", N, "VARCHAR", [e[0] if e else None for e in emp2], "business"),
        c("郵便番号", "postal_code", "VARCHAR", [v.postal(g, "JP", p[3]) for p in places]),
        c("住所", "street_address", "VARCHAR", [v.ja_address(g, p) for p in places]),
        c("電話番号", "phone", "VARCHAR", g.phones("JP", {"national": 0.8, "local": 0.2}, mobile=0.0, nulls=0.25)),
        c("携帯電話", "phone", "VARCHAR", g.phones("JP", {"national": 0.7, "local": 0.2, "e164": 0.1}), "qualified"),
        c("メールアドレス", "email", "VARCHAR", v.emails(g, [p[0][2] for p in parent1], [k[1][2] for k in kids],
                                                   ["docomo.ne.jp", "ezweb.ne.jp", "gmail.com", "yahoo.co.jp",
                                                    "icloud.com"], 0.1)),
        c("第1希望園", N, "VARCHAR", g.col(g.pick(_HOIKUEN)), "decoy"),
        c("第2希望園", N, "VARCHAR", g.col(g.pick(_HOIKUEN)), "decoy"),
        c("第3希望園", N, "VARCHAR", g.col(g.pick(_HOIKUEN), 0.25), "decoy"),
        c("利用指数", N, "INTEGER", g.ints(40, 120), "decoy"),
        c("入所希望日", N, "VARCHAR", [v.wareki(d) for d in start], "decoy", SHAPE),
        c("兄弟在園", N, "BOOLEAN", g.yn(True, False, 0.2), "decoy"),
        c("特記事項", "free_text", "VARCHAR",
          g.col(lambda: g.rnd.choice([f"祖母 {g.rnd.choice(v.JA_LAST)[0]} {g.rnd.choice(v.JA_FEMALE)[0]} が送迎予定",
                                      f"兄 {g.rnd.choice(v.JA_MALE)[0]} がさくら保育園に在園中",
                                      f"父の単身赴任先 連絡先 {g.phone('JP', 'national')}"]), 0.8), "null_heavy"),
        c("担当者", "person_name", "VARCHAR", g.col(g.pick(staff))),
        c("更新日時", N, "TIMESTAMP", g.moments("2025-10-01", 150), "decoy"),
    ])


# -- pawnshop pledge ledger (romanized Japanese, SCREAMING) ------------------------------------------------------------


_SHICHI_HIN = ["ROLEX デイトジャスト", "OMEGA シーマスター", "CARTIER タンク ルイ カルティエ", "HERMES バーキン30",
               "LOUIS VUITTON ネヴァーフル", "K18 喜平ネックレス 50g", "Pt900 ダイヤリング 0.5ct", "iPhone 15 Pro 256GB",
               "CHANEL マトラッセ", "GRAND SEIKO SBGA211"]


def ja_pawnshop(g: Gen) -> Table:
    """A pawnshop's pledge ledger (質札台帳), romanized SCREAMING column names: the pledger's identity checked against
    a document (the Pawnbroker Act), the pledged item, the loan."""
    fem = v.sexes(g, 0.35)
    people = [v.ja_person(g, f) for f in fem]
    births = g.births(1945, 2005)
    places = [g.rnd.choice(v.JA_PLACES) for _ in range(g.rows)]
    doc = [g.rnd.choices(["運転免許証", "在留カード", "パスポート", "健康保険証"], [60, 12, 14, 14])[0]
           for _ in range(g.rows)]
    pledged = g.days("2025-01-01", "2026-11-30")
    shops = [("質屋 松本 三軒茶屋店", "03-3421-0000"), ("質屋 松本 横浜日吉店", "045-561-0000")]
    shop = [g.rnd.choice(shops) for _ in range(g.rows)]
    clerks = [f"{g.rnd.choice(v.JA_LAST)[0]} {g.rnd.choice(v.JA_MALE + v.JA_FEMALE)[0]}" for _ in range(6)]

    def doc_no(kind: str) -> str:
        if kind == "運転免許証":
            return v.jp_menkyo(g)
        if kind == "在留カード":
            return v.jp_zairyu(g)
        if kind == "パスポート":
            return v.jp_passport(g)
        return f"{g.rnd.randint(1, 99)}-{g.digits(6, '0123456789')} {g.rnd.randint(1, 999)}"

    return Table("SHICHIYA.SHICHIFUDA_DAICHO", "ja-Latn", "screaming", [
        c("SHICHIFUDA_NO", N, "VARCHAR", g.col(lambda: v.not_phone(g, "JP", (2, 4, 4), "0", "-")), "decoy", SHAPE),
        c("NYUSHICHI_BI", N, "DATE", pledged, "decoy"),
        c("RYUSHICHI_KIGEN", N, "DATE", [d + timedelta(days=92) for d in pledged], "decoy"),
        c("SHICHIIRE_SEI", "last_name", "VARCHAR", [b[0] for a, b in people]),
        c("SHICHIIRE_MEI", "first_name", "VARCHAR", [a[0] for a, b in people]),
        c("SEI_KANA", "last_name", "VARCHAR", [b[1] for a, b in people]),
        c("MEI_KANA", "first_name", "VARCHAR", [a[1] for a, b in people]),
        c("SEINENGAPPI", "date_of_birth", "DATE", births),
        c("SEIBETSU", N, "VARCHAR", ["女" if f else "男" for f in fem], "decoy"),
        c("YUBIN_NO", "postal_code", "VARCHAR", [v.postal(g, "JP", p[3]).replace("-", "") if g.rnd.random() < 0.4
                                                 else v.postal(g, "JP", p[3]) for p in places]),
        c("JUSHO", "street_address", "VARCHAR", [v.ja_address(g, p, romaji=d in {"在留カード", "パスポート"})
                                                  for p, d in zip(places, doc)]),
        c("DENWA", "phone", "VARCHAR", g.phones("JP", {"national": 0.8, "local": 0.2})),
        c("SHOKUGYO", N, "VARCHAR", g.col(g.pick(["会社員", "自営業", "パート", "無職", "学生", "公務員"])), "decoy"),
        c("HONNIN_KAKUNIN_SHORUI", N, "VARCHAR", doc, "decoy"),
        c("KAKUNIN_SHORUI_NO", "national_id", "VARCHAR", [doc_no(d) for d in doc], LICENCE),
        c("HINMEI", N, "VARCHAR", g.col(g.pick(_SHICHI_HIN)), "decoy", SHAPE),
        c("SHIRIARU_NO", N, "VARCHAR", g.col(lambda: g.code("ZZZZZZZ9"), 0.2), "decoy"),
        c("SATEIGAKU", N, "INTEGER", g.col(lambda: g.rnd.randint(5, 900) * 1_000), "decoy"),
        c("KASHITSUKE_GAKU", N, "INTEGER", g.col(lambda: g.rnd.randint(3, 600) * 1_000), "decoy"),
        c("GETSURI", N, "DECIMAL(4,2)", g.col(g.pick([2.0, 2.5, 3.0, 5.0])), "decoy"),
        c("TANTOSHA", "person_name", "VARCHAR", g.col(g.pick(clerks))),
        c("TENPO_MEI", N, "VARCHAR", [s[0] for s in shop], "business"),
        c("TENPO_TEL", N, "VARCHAR", [s[1] for s in shop], "business"),
        c("KOSHIN_NICHIJI", N, "TIMESTAMP", g.moments("2025-01-01", 700), "decoy"),
        c("BIKO", "free_text", "VARCHAR",
          g.col(lambda: g.rnd.choice([f"妻 {g.rnd.choice(v.JA_FEMALE)[0]} 様が代理で受出し予定",
                                      f"紹介者 {g.rnd.choice(v.JA_LAST)[0]} 様",
                                      f"連絡先変更 {g.phone('JP', 'national')}"]), 0.82), "null_heavy"),
    ])


# -- appliance repair requests (Russian) -------------------------------------------------------------------------------


_OTCHESTVA = [("Петрович", "Петровна"), ("Иванович", "Ивановна"), ("Николаевич", "Николаевна"),
              ("Андреевич", "Андреевна"), ("Михайлович", "Михайловна"), ("Юрьевич", "Юрьевна")]


def ru_repair(g: Gen) -> Table:
    """A home-appliance service centre's repair requests (заявки на ремонт): the customer's full name with
    patronymic, the flat, the intercom code, the appliance and the technician."""
    fem = v.sexes(g, 0.6)
    firsts, lasts = v.people(g, "ru", fem)
    patr = [g.rnd.choice(_OTCHESTVA)[1 if f else 0] for f in fem]
    places = [v.city(g, "RU") for _ in range(g.rows)]
    masters = [(f"{b} {a}", f"{g.rnd.randint(100, 999)}") for a, b in (v.person(g, "ru", False) for _ in range(12))]
    master = [g.rnd.choice(masters) for _ in range(g.rows)]
    operators = [v.person(g, "ru") for _ in range(6)]
    centres = [("ООО «Сервис-Техно»", v.ru_inn_company(g)), ("ООО «Ремонт 24»", v.ru_inn_company(g))]
    centre = [g.rnd.choice(centres) for _ in range(g.rows)]

    def comment(i: int) -> str:
        return g.rnd.choice([f"Клиентка просила звонить мужу, {v.given(g, 'ru', False)}, после 18:00",
                             f"Ключи у соседки {v.whole(g, 'ru', True)}, кв. {g.rnd.randint(1, 200)}",
                             f"{firsts[i]} {patr[i]} не отвечает, перезвонить на {g.phone('RU', 'national')}"])

    return Table("сервис.заявки_на_ремонт", "ru", "snake", [
        c("номер_заявки", N, "VARCHAR", [f"З-{k:07d}" for k in g.keys(1_450_001, 3)], "decoy"),
        c("дата_создания", N, "TIMESTAMP", g.moments("2025-06-01", 520), "decoy"),
        c("фио_клиента", "person_name", "VARCHAR", [f"{b} {a} {p}" for a, b, p in zip(firsts, lasts, patr)]),
        c("телефон", "phone", "VARCHAR", g.phones("RU", {"national": 0.5, "intl": 0.3, "digits": 0.2})),
        c("доп_телефон", "phone", "VARCHAR", g.phones("RU", {"national": 1.0}, nulls=0.8), "qualified",
          "null_heavy"),
        c("эл_почта", "email", "VARCHAR",
          g.nullwords(v.emails(g, firsts, lasts, ["mail.ru", "yandex.ru", "bk.ru", "list.ru", "gmail.com"]), 0.78,
                      ("", "", "нет", "-", "не указан", "нет данных")), NULLWORD),
        c("город", "city", "VARCHAR", [p[0] for p in places]),
        c("адрес", "street_address", "VARCHAR", g.col(lambda: v.street(g, "ru"))),
        c("квартира", "street_address", "VARCHAR", g.col(lambda: str(g.rnd.randint(1, 320)), 0.1)),
        c("код_домофона", N, "VARCHAR", g.col(lambda: f"{g.rnd.randint(1, 320)}К{g.digits(4, '0123456789')}", 0.3),
          "decoy"),
        c("тип_техники", N, "VARCHAR", g.col(g.pick(["стиральная машина", "холодильник", "посудомоечная машина",
                                                     "варочная панель", "духовой шкаф"])), "decoy"),
        c("бренд", N, "VARCHAR", g.col(g.pick(["Bosch", "Indesit", "LG", "Samsung", "Атлант", "Haier"])), "decoy"),
        c("модель", N, "VARCHAR", g.col(lambda: g.code("AAA99A9")), "decoy"),
        c("серийный_номер", N, "VARCHAR", g.col(lambda: g.code("99999999999AA")), "decoy"),
        c("дата_покупки", N, "DATE", g.days("2016-01-01", "2026-10-01"), "decoy"),
        c("гарантия", N, "BOOLEAN", g.yn(True, False, 0.35), "decoy"),
        c("описание_неисправности", N, "VARCHAR", g.col(g.pick(["не греет воду", "шумит барабан", "не сливает",
                                                                "течёт", "не включается", "ошибка F05"])), "decoy"),
        c("мастер", "person_name", "VARCHAR", [m[0] for m in master]),
        c("табельный_номер_мастера", N, "VARCHAR", [m[1] for m in master], "decoy"),
        c("окно_визита", N, "VARCHAR", g.col(g.pick(["09:00-13:00", "13:00-17:00", "17:00-21:00"])), "decoy"),
        c("стоимость_руб", N, "INTEGER", g.col(lambda: g.rnd.randint(8, 190) * 100), "decoy"),
        c("статус", N, "VARCHAR", g.col(g.pick(["новая", "назначена", "выполнена", "ожидает запчасть", "отменена"])),
          "decoy"),
        c("комментарий_оператора", "free_text", "VARCHAR", [comment(i) if g.rnd.random() < 0.2 else None
                                                            for i in range(g.rows)], "null_heavy"),
        c("оператор", USERNAME, "VARCHAR", [f"{v.plain(v.latin(b))}_{v.plain(v.latin(a))[:1]}" for a, b in
                                            (g.rnd.choice(operators) for _ in range(g.rows))], "username"),
        c("оплата_карта", N, "VARCHAR", g.col(lambda: f"220220******{g.digits(4, '0123456789')}", 0.25), "decoy"),
        c("сервисный_центр", N, "VARCHAR", [x[0] for x in centre], "business"),
        c("инн_сервисного_центра", N, "VARCHAR", [x[1] for x in centre], "business"),
        c("координаты", N, "VARCHAR", g.col(lambda: g.coord((54.8, 56.4), (36.5, 61.5))), "decoy"),
    ])


# -- land register rights-holders (Greek) ------------------------------------------------------------------------------


_THESEIS = ["Θέση Άγιος Γεώργιος", "Θέση Καλαμάκι", "Θέση Πλατάνια", "Θέση Μύλοι", "Θέση Ξηροκάμπι", "Θέση Λιβάδι"]
_DIMOI = ["Δήμος Ρόδου", "Δήμος Κέρκυρας", "Δήμος Τρικκαίων", "Δήμος Καβάλας", "Δήμος Ξάνθης", "Δήμος Αρταίων",
          "Δήμος Χαλκιδέων"]


def gr_cadastre(g: Gen) -> Table:
    """The Hellenic Cadastre's declarations of rights (δηλώσεις δικαιωμάτων): the parcel (KAEK, locality, share)
    and the rights-holder's identity, father's and mother's names and postal address, the deed and the notary."""
    fem = v.sexes(g, 0.45)
    firsts, lasts = v.people(g, "el", fem)
    births = g.births(1930, 2004)
    places = [v.city(g, "GR") for _ in range(g.rows)]
    acquired = [g.day(f"{max(b.year + 18, 1950)}-01-01", "2025-12-31") for b in births]
    offices = [f"Συμβολαιογραφείο {v.person(g, 'el')[1]}, {v.street(g, 'el')}, {v.city(g, 'GR')[0]}"
               for _ in range(15)]
    notaries = [(v.whole(g, "el"), office) for office in offices]
    notary = [g.rnd.choice(notaries) for _ in range(g.rows)]
    heir = _pick_rows(g, 0.17)
    return Table("κτηματολόγιο.δικαιούχοι", "el", "snake", [
        c("καεκ", N, "VARCHAR", g.col(lambda: f"{g.rnd.randint(1, 99):02d}{g.rnd.randint(1, 99):02d}"
                                              f"{g.rnd.randint(1, 9)}{g.digits(7, '0123456789')}"), "decoy"),
        c("αριθμός_δήλωσης", N, "VARCHAR", g.col(lambda: f"ΚΤ-{g.digits(9)}"), "decoy"),
        c("θέση", N, "VARCHAR", g.col(g.pick(_THESEIS)), "decoy", SHAPE),
        c("δήμος", N, "VARCHAR", g.col(g.pick(_DIMOI)), "decoy", SHAPE),
        c("είδος_ακινήτου", N, "VARCHAR", g.col(g.pick(["αγροτεμάχιο", "οικόπεδο", "διαμέρισμα", "κατάστημα"])),
          "decoy"),
        c("εμβαδόν_τμ", N, "DECIMAL(10,2)", g.amounts(35, 48_000), "decoy"),
        c("είδος_δικαιώματος", N, "VARCHAR", g.col(g.pick(["πλήρης κυριότητα", "ψιλή κυριότητα", "επικαρπία"])),
          "decoy"),
        c("ποσοστό", N, "VARCHAR", g.col(g.pick(["100%", "50%", "1/3", "25%", "2/6"])), "decoy"),
        c("επώνυμο", "last_name", "VARCHAR", [v.el_upper(x) if g.rnd.random() < 0.5 else x for x in lasts]),
        c("όνομα", "first_name", "VARCHAR", firsts),
        c("πατρώνυμο", "person_name", "VARCHAR", g.col(lambda: v.given(g, "el", False)), "qualified"),
        c("μητρώνυμο", "person_name", "VARCHAR", g.col(lambda: v.given(g, "el", True), 0.1), "qualified"),
        c("ημερομηνία_γέννησης", "date_of_birth", "VARCHAR", [_dmy(b, "/") for b in births]),
        c("αφμ", "national_id", "VARCHAR", g.col(lambda: v.gr_afm_person(g))),
        c("αδτ", "national_id", "VARCHAR", g.col(lambda: v.gr_adt(g), 0.2)),
        c("αμκα", "ssn", "VARCHAR", [v.gr_amka(g, b) if g.rnd.random() < 0.8 else None for b in births]),
        c("διεύθυνση_επικοινωνίας", "street_address", "VARCHAR", g.col(lambda: v.street(g, "el"))),
        c("τκ", "postal_code", "VARCHAR", [v.postal(g, "GR", p[1]) for p in places]),
        c("πόλη", "city", "VARCHAR", [p[0] for p in places]),
        c("τηλέφωνο", "phone", "VARCHAR", g.phones("GR", {"national": 0.7, "intl": 0.3}, mobile=0.6, nulls=0.15)),
        c("email", "email", "VARCHAR", v.emails(g, firsts, lasts, ["gmail.com", "yahoo.gr", "otenet.gr",
                                                                   "hotmail.com"], 0.25), "lang:en"),
        c("τίτλος_κτήσης", N, "VARCHAR",
          g.col(lambda: f"Συμβόλαιο {g.rnd.randint(100, 39_999)}/{g.rnd.randint(1950, 2025)}"), "decoy"),
        c("ημερομηνία_κτήσης", N, "VARCHAR", [_dmy(d, "/") for d in acquired], "decoy", SHAPE),
        c("συμβολαιογράφος", "person_name", "VARCHAR", [n[0] for n in notary]),
        c("συμβολαιογραφείο", N, "VARCHAR", [n[1] for n in notary], "business"),
        c("κληρονόμος", "person_name", "VARCHAR", [v.whole(g, "el") if h else None for h in heir], "null_heavy"),
        c("αριθμός_πρωτοκόλλου", N, "VARCHAR", g.col(lambda: f"{g.rnd.randint(1, 99_999)}/{g.rnd.randint(2019, 2026)}"),
          "decoy"),
        c("τελευταία_ενημέρωση", N, "TIMESTAMP", g.moments("2024-06-01", 880), "decoy"),
    ])


# -- emergency call log (Turkish, PascalCase) --------------------------------------------------------------------------


_ILCELER = {"Ankara": ["Çankaya", "Keçiören", "Yenimahalle", "Mamak"], "İzmir": ["Karşıyaka", "Bornova", "Buca"],
            "Bursa": ["Osmangazi", "Nilüfer", "Yıldırım"], "Antalya": ["Muratpaşa", "Kepez", "Konyaaltı"],
            "Adana": ["Seyhan", "Çukurova"]}


def tr_emergency(g: Gen) -> Table:
    """An emergency call centre's ambulance dispatch log (112 ihbar kayıtları): caller, patient (identity often
    unknown at call time; foreigners with a YKN), place of the incident, teams and hospitals."""
    foreign = _pick_rows(g, 0.08)
    fem = v.sexes(g, 0.48)
    pairs = [v.person(g, "ar-Latn" if f_ else "tr", f) for f_, f in zip(foreign, fem)]
    births = g.births(1930, 2024)
    il = [g.rnd.choice(list(_ILCELER)) for _ in range(g.rows)]
    home = [v.city(g, "TR") for _ in range(g.rows)]
    doctors = [f"Dr. {v.whole(g, 'tr')}" for _ in range(8)]
    leads = [v.whole(g, "tr") for _ in range(20)]
    called = g.moments("2026-01-01", 320)
    dispatchers = [v.person(g, "tr") for _ in range(10)]

    def tc(x: bool) -> str:
        return v.tr_ykn(g) if x else v.tr_tc(g)

    def note(i: int) -> str:
        a, b = pairs[i]
        return g.rnd.choice([f"Arayan kızı {v.given(g, 'tr', True)}, hasta {a} {b} bilinci kapalı",
                             f"Komşu {v.whole(g, 'tr')} kapıyı açtı",
                             f"Hasta yakını {v.whole(g, 'tr')} ambulansa eşlik etti, tel {g.phone('TR', 'national')}",
                             "Trafik kazası, iki araç, yaralı sayısı belirsiz"])

    return Table("acil.IhbarKayitlari", "tr", "pascal", [
        c("IhbarNo", N, "VARCHAR", g.col(lambda: v.not_tc(g)), "decoy", SHAPE),
        c("CagriZamani", N, "TIMESTAMP", called, "decoy"),
        c("ArayanNumara", "phone", "VARCHAR", g.phones("TR", {"national": 0.5, "digits": 0.3, "local": 0.2},
                                                       mobile=0.85)),
        c("ArayanAdSoyad", "person_name", "VARCHAR", g.col(lambda: v.whole(g, "tr"), 0.25)),
        c("HastaAdi", "first_name", "VARCHAR", [a if g.rnd.random() < 0.85 else None for a, b in pairs]),
        c("HastaSoyadi", "last_name", "VARCHAR", [b if g.rnd.random() < 0.85 else None for a, b in pairs]),
        c("HastaTcKimlikNo", "national_id", "VARCHAR",
          g.nullwords([tc(x) for x in foreign], 0.74, ("", "", "-", "bilinmiyor", "YOK", "NULL")), NULLWORD),
        c("HastaDogumTarihi", "date_of_birth", "DATE", [b if g.rnd.random() < 0.2 else None for b in births],
          "null_heavy"),
        c("HastaYas", N, "INTEGER", [2026 - b.year for b in births], "decoy"),
        c("HastaCinsiyet", N, "VARCHAR", ["K" if f else "E" for f in fem], "decoy"),
        c("HastaIkametAdresi", "street_address", "VARCHAR", g.col(lambda: v.street(g, "tr"), 0.25)),
        c("HastaIkametSehir", "city", "VARCHAR", [h[0] for h in home]),
        c("OlayIl", N, "VARCHAR", il, "decoy", SHAPE),
        c("OlayIlce", N, "VARCHAR", [g.rnd.choice(_ILCELER[x]) for x in il], "decoy", SHAPE),
        c("OlayKonumu", N, "VARCHAR", g.col(lambda: g.coord((36.8, 40.3), (27.0, 35.5))), "decoy"),
        c("OlayTuru", N, "VARCHAR", g.col(g.pick(["göğüs ağrısı", "trafik kazası", "düşme", "solunum sıkıntısı",
                                                  "bilinç kaybı", "iş kazası"])), "decoy"),
        c("OncelikKodu", N, "VARCHAR", g.col(g.pick(["kırmızı", "sarı", "yeşil"])), "decoy"),
        c("AmbulansKodu", N, "VARCHAR", g.col(lambda: f"{g.rnd.choice(['06', '35', '16', '07', '01'])}-112-"
                                                      f"{g.rnd.randint(1, 99):02d}"), "decoy", VEHICLE),
        c("CikisZamani", N, "TIMESTAMP", [t + timedelta(seconds=g.rnd.randint(40, 400)) for t in called], "decoy"),
        c("VarisZamani", N, "TIMESTAMP", [t + timedelta(seconds=g.rnd.randint(420, 2_400)) for t in called], "decoy"),
        c("SevkHastanesi", N, "VARCHAR", g.col(g.pick(["Ankara Şehir Hastanesi", "Tepecik EAH", "Bursa Şehir Hastanesi",
                                                       "Akdeniz Üniv. Hastanesi"]), 0.2), "business"),
        c("CagriKarsilayici", USERNAME, "VARCHAR", [f"{v.plain(a)}.{v.plain(b)}" for a, b in
                                                    (g.rnd.choice(dispatchers) for _ in range(g.rows))], "username"),
        c("RegulasyonDoktoru", "person_name", "VARCHAR", g.col(g.pick(doctors))),
        c("EkipSorumlusu", "person_name", "VARCHAR", g.col(g.pick(leads))),
        c("Notlar", "free_text", "VARCHAR", [note(i) for i in range(g.rows)]),
        c("KayitOzeti", N, "VARCHAR", g.col(g.sha256), "decoy"),
    ])


# -- beekeepers' apiary register (Czech) -------------------------------------------------------------------------------


_KU = ["Borovany", "Lišov", "Hluboká nad Vltavou", "Chýnov", "Sezimovo Ústí", "Dolní Bousov", "Týnec nad Labem",
       "Kostelec nad Orlicí", "Velké Meziříčí"]
_ZO = ["ZO ČSV Tábor", "ZO ČSV Borovany", "ZO ČSV Kolín", "ZO ČSV Třebíč", "ZO ČSV Opava"]


def cz_beekeepers(g: Gen) -> Table:
    """A register of beekeepers and their apiaries (registr chovatelů včel a stanovišť): the keeper (personal), the
    keeper's registration number (a holding's number, as a business's: none), the apiary's place and treatments."""
    fem = v.sexes(g, 0.18)
    firsts, lasts = v.people(g, "cs", fem)
    births = g.births(1940, 2005)
    places = [v.city(g, "CZ") for _ in range(g.rows)]
    zo = [g.rnd.choice(_ZO) for _ in range(g.rows)]
    chairs = {z: v.whole(g, "cs") for z in _ZO}
    founded = [g.day(f"{max(b.year + 15, 1960)}-01-01", "2025-12-31") for b in births]
    business = _pick_rows(g, 0.12)
    return Table("vcelari.registr_stanovist", "cs", "snake", [
        c("reg_cislo_chovatele", N, "VARCHAR", g.col(lambda: f"CZ{g.digits(8, '0123456789')}"), "business",
          LICENCE),
        c("jmeno", "first_name", "VARCHAR", firsts),
        c("prijmeni", "last_name", "VARCHAR", lasts),
        c("titul", N, "VARCHAR", g.col(g.pick(["Ing.", "Ing.", "Mgr.", "MUDr.", "Bc.", "RNDr."]), 0.82), "decoy",
          "null_heavy"),
        c("rodne_cislo", "national_id", "VARCHAR", [v.cz_rc(g, b, f, g.rnd.random() < 0.7) for b, f in
                                                    zip(births, fem)]),
        c("datum_narozeni", "date_of_birth", "VARCHAR", [f"{b.day}. {b.month}. {b.year}" for b in births]),
        c("ulice_cp", "street_address", "VARCHAR", g.col(lambda: v.street(g, "cs"))),
        c("obec", "city", "VARCHAR", [p[0] for p in places]),
        c("psc", "postal_code", "VARCHAR", [v.postal(g, "CZ", p[1]) for p in places]),
        c("telefon", "phone", "VARCHAR", g.phones("CZ", {"national": 0.5, "intl": 0.3, "digits": 0.2}, nulls=0.1)),
        c("email", "email", "VARCHAR", v.emails(g, firsts, lasts, ["seznam.cz", "email.cz", "centrum.cz", "volny.cz",
                                                                   "gmail.com"], 0.25), "lang:en"),
        c("cislo_stanoviste", N, "VARCHAR", [f"{k:03d}" for k in g.ints(1, 12)], "decoy"),
        c("katastralni_uzemi", N, "VARCHAR", g.col(g.pick(_KU)), "decoy", SHAPE),
        c("kod_ku", N, "VARCHAR", g.col(lambda: g.digits(6)), "decoy"),
        c("gps_n", N, "DOUBLE", g.floats(48.6, 51.0), "decoy"),
        c("gps_e", N, "DOUBLE", g.floats(12.2, 18.8), "decoy"),
        c("pocet_vcelstev", N, "INTEGER", g.ints(1, 60), "decoy"),
        c("datum_zalozeni", N, "VARCHAR", [f"{d.day}. {d.month}. {d.year}" for d in founded], "decoy", SHAPE),
        c("osetreni_varroa", N, "DATE", g.days("2025-08-01", "2026-01-31"), "decoy"),
        c("lecivo", N, "VARCHAR", g.col(g.pick(["Gabon PF 90", "Formidol 40 ml", "Varidol 125 mg/ml", "M-1 AER"])),
          "decoy"),
        c("zakladni_organizace", N, "VARCHAR", zo, "business"),
        c("predseda_zo", "person_name", "VARCHAR", [chairs[z] for z in zo]),
        c("ucet_dotace", "iban", "VARCHAR", g.col(lambda: v.iban(g, "CZ", g.rnd.random() < 0.5), 0.25)),
        c("ico_podnikatele", N, "VARCHAR", [v.cz_ico(g) if b else None for b in business], "business",
          "null_heavy"),
        c("poznamka", "free_text", "VARCHAR",
          g.sparse(lambda: g.rnd.choice([f"Stanoviště na pozemku souseda {v.whole(g, 'cs')}",
                                         f"Včelstva převzata po otci, {v.given(g, 'cs', False)} {v.person(g, 'cs')[1]}",
                                         f"Kontrola KVS, přítomna manželka {v.given(g, 'cs', True)}"]),
                   0.8, ("", "", "-", "bez poznámky", "nevyplněno", "NULL")), NULLWORD),
        c("zmeneno", N, "TIMESTAMP", g.moments("2024-03-01", 980), "decoy"),
    ])


# -- vaccination register (Portuguese) ---------------------------------------------------------------------------------


_VACINAS = [("Comirnaty JN.1", "FX"), ("Vaxigrip Tetra", "VT"), ("Shingrix", "SH"), ("Prevenar 20", "PV"),
            ("Boostrix", "BX")]
_LOCAIS = ["USF Ria Formosa", "Centro de Saúde de Braga", "USF Coimbra Centro", "Farmácia Avenida (Aveiro)",
           "UCSP Santarém"]


def pt_vaccination(g: Gen) -> Table:
    """Vaccination records of a Portuguese health region (registos de vacinação): the user's SNS number and citizen
    card, the vaccine and lot, the nurse, the caregiver of bedridden users."""
    fem = v.sexes(g, 0.55)
    firsts, lasts = v.people(g, "pt", fem)
    births = g.births(1928, 2008)
    places = [v.city(g, "PT") for _ in range(g.rows)]
    vac = [g.rnd.choice(_VACINAS) for _ in range(g.rows)]
    given_on = g.days("2025-09-15", "2026-03-31")
    bedridden = _pick_rows(g, 0.15)
    nurses = [(f"Enf.ª {v.whole(g, 'pt', True)}", f"{g.rnd.randint(10_000, 99_999)}") for _ in range(14)]
    nurse = [g.rnd.choice(nurses) for _ in range(g.rows)]
    staff = [v.person(g, "pt") for _ in range(10)]
    return Table("vacinacao.registos_vacina", "pt", "snake", [
        c("id_registo", N, "BIGINT", g.keys(5_000_001, 7), "decoy"),
        c("numero_utente", "national_id", "VARCHAR", g.col(lambda: v.pt_sns(g))),
        c("nome_completo", "person_name", "VARCHAR", [f"{a} {v.person(g, 'pt')[1]} {b}" for a, b in
                                                      zip(firsts, lasts)]),
        c("data_nascimento", "date_of_birth", "VARCHAR", [_dmy(b, "/") for b in births]),
        c("sexo", N, "VARCHAR", ["F" if f else "M" for f in fem], "decoy"),
        c("cartao_cidadao", "national_id", "VARCHAR", g.col(lambda: v.pt_cc(g), 0.25)),
        c("morada", "street_address", "VARCHAR", g.col(lambda: v.street(g, "pt"))),
        c("codigo_postal", "postal_code", "VARCHAR", [v.postal(g, "PT", p[1]) for p in places]),
        c("localidade", "city", "VARCHAR", [p[0] for p in places]),
        c("telemovel", "phone", "VARCHAR", g.phones("PT", {"national": 0.7, "intl": 0.3}, nulls=0.1)),
        c("email", "email", "VARCHAR", v.emails(g, firsts, lasts, ["sapo.pt", "gmail.com", "hotmail.com",
                                                                   "outlook.pt", "netcabo.pt"], 0.22), "lang:en"),
        c("vacina", N, "VARCHAR", [x[0] for x in vac], "decoy"),
        c("lote", N, "VARCHAR", [f"{x[1]}{g.digits(4, '0123456789')}" for x in vac], "decoy"),
        c("dose", N, "VARCHAR", g.col(g.pick(["1.ª", "2.ª", "reforço", "anual"])), "decoy"),
        c("data_administracao", N, "VARCHAR", [_dmy(d, "/") for d in given_on], "decoy", SHAPE),
        c("hora", N, "VARCHAR", g.col(lambda: f"{g.rnd.randint(8, 19):02d}:{g.rnd.choice(['00', '15', '30', '45'])}"),
          "decoy"),
        c("local_administracao", N, "VARCHAR", g.col(g.pick(_LOCAIS)), "business"),
        c("enfermeiro", "person_name", "VARCHAR", [n[0] for n in nurse]),
        c("cedula_profissional", N, "VARCHAR", [n[1] for n in nurse], "decoy", LICENCE),
        c("sms_referencia", N, "VARCHAR", g.col(lambda: v.not_phone(g, "PT", (3, 3, 3), "9")), "decoy", SHAPE),
        c("reacao_adversa", N, "VARCHAR", g.col(g.pick(["dor no local", "febre ligeira", "cefaleia", "fadiga"]), 0.9),
          "decoy", "null_heavy"),
        c("utente_acamado", N, "BOOLEAN", bedridden, "decoy"),
        c("cuidador_nome", "person_name", "VARCHAR", [v.whole(g, "pt") if b else None for b in bedridden],
          "null_heavy"),
        c("cuidador_telemovel", "phone", "VARCHAR", [g.phone("PT", "national") if b else None for b in bedridden],
          "null_heavy", "qualified"),
        c("registado_por", USERNAME, "VARCHAR", [f"{v.plain(a)[:1]}{v.plain(b)}" for a, b in
                                                 (g.rnd.choice(staff) for _ in range(g.rows))], "username"),
        c("registado_em", N, "TIMESTAMP",
          [datetime(d.year, d.month, d.day, 9) + timedelta(minutes=g.rnd.randint(0, 600)) for d in given_on], "decoy"),
    ])


# -- genealogy (GEDCOM export, English) --------------------------------------------------------------------------------


_GED_PLACES = ["Halifax, Yorkshire, England", "Whitby, Yorkshire, England", "Kendal, Westmorland, England",
               "Truro, Cornwall, England", "Paisley, Renfrewshire, Scotland", "Merthyr Tydfil, Glamorgan, Wales",
               "Macclesfield, Cheshire, England", "Kidderminster, Worcestershire, England", "Dundee, Angus, Scotland",
               "Ennis, Clare, Ireland", "Scranton, Lackawanna, Pennsylvania, USA",
               "Fall River, Bristol, Massachusetts, USA"]
_BURIALS = ["St Oswald's Churchyard, Grasmere", "Undercliffe Cemetery, Bradford", "Lister Lane Cemetery, Halifax",
            "St Mary's Churchyard, Whitby", "Glasnevin Cemetery, Dublin", "Oak Lawn Cemetery, Fall River"]
_OCCUPATIONS = ["Wool comber", "Coal miner", "Domestic servant", "Weaver", "Farm labourer", "Dressmaker",
                "Railway porter", "Schoolmistress", "Mill hand", "Blacksmith"]


def _ged_date(g: Gen, d: date | None) -> str | None:
    """A GEDCOM date: ``12 MAR 1884``, sometimes ``MAR 1884``, ``ABT 1884`` or ``BEF 1885``."""
    if d is None:
        return None
    r = g.rnd.random()
    if r < 0.82:
        return f"{d.day} {_MONTHS_GED[d.month - 1]} {d.year}"
    if r < 0.9:
        return f"{_MONTHS_GED[d.month - 1]} {d.year}"
    return f"ABT {d.year}" if r < 0.96 else f"BEF {d.year + 1}"


def gedcom_individuals(g: Gen) -> Table:
    """A family-history site's export of individuals in GEDCOM tags (INDI records flattened): mostly people who
    died long ago, with their births, baptisms, marriages, deaths, burials, census residences, parents and the
    US Social Security number of emigrants who died in the United States (from the death index)."""
    fem = v.sexes(g, 0.5)
    pairs = [v.person(g, "en", f) for f in fem]
    births = g.births(1790, 1952)
    living = [b.year > 1938 and g.rnd.random() < 0.4 for b in births]
    deaths = [None if lv else b + timedelta(days=g.rnd.randint(300, 33_000)) for b, lv in zip(births, living)]
    emigrant = [b.year >= 1870 and g.rnd.random() < 0.3 for b in births]
    married = _pick_rows(g, 0.76)
    submitters = [v.whole(g, "us") for _ in range(5)]
    subm = [g.rnd.choice(submitters) for _ in range(g.rows)]

    def note(i: int) -> str:
        a, b = pairs[i]
        return g.rnd.choice([f"Emigrated with brother {v.given(g, 'en', False)} {b} to Pennsylvania",
                             f"Witness at marriage: {v.whole(g, 'en')}",
                             f"Per letter from cousin {v.whole(g, 'us')}, {a} worked at the mill until 1921",
                             f"Informant on death certificate: {v.whole(g, 'en', True)} (daughter)"])

    return Table("family_tree.INDI", "en", "gedcom", [
        c("XREF_ID", N, "VARCHAR", [f"@I{k}@" for k in g.keys(1, 1)], "decoy"),
        c("NAME", "person_name", "VARCHAR", [f"{a} /{b}/" for a, b in pairs], DECEASED),
        c("GIVN", "first_name", "VARCHAR", [a for a, _ in pairs], DECEASED),
        c("SURN", "last_name", "VARCHAR", [b for _, b in pairs], DECEASED),
        c("SEX", N, "VARCHAR", ["F" if f else "M" for f in fem], "decoy"),
        c("BIRT_DATE", "date_of_birth", "VARCHAR", [_ged_date(g, b) for b in births], DECEASED),
        c("BIRT_PLAC", "city", "VARCHAR", g.col(g.pick(_GED_PLACES[:10])), DECEASED),
        c("CHR_DATE", N, "VARCHAR", [_ged_date(g, b + timedelta(days=g.rnd.randint(3, 60))) for b in births], "decoy",
          SHAPE),
        c("DEAT_DATE", N, "VARCHAR", [_ged_date(g, d) for d in deaths], "decoy", SHAPE),
        c("BURI_PLAC", N, "VARCHAR", [g.rnd.choice(_BURIALS) if d else None for d in deaths], "decoy", SHAPE),
        c("OCCU", N, "VARCHAR", g.col(g.pick(_OCCUPATIONS), 0.2), "decoy"),
        c("RESI_PLAC", "city", "VARCHAR", [g.rnd.choice(_GED_PLACES[10:] if e else _GED_PLACES[:10])
                                           for e in emigrant], "qualified", DECEASED),
        c("FATHER_NAME", "person_name", "VARCHAR", [f"{v.given(g, 'en', False)} /{b}/" if g.rnd.random() < 0.85
                                                    else None for _, b in pairs], "qualified", DECEASED),
        c("MOTHER_MAIDEN", "last_name", "VARCHAR", g.col(lambda: v.person(g, "en")[1], 0.2), DECEASED),
        c("SPOUSE_NAME", "person_name", "VARCHAR", [v.whole(g, "en", not f) if m else None
                                                    for f, m in zip(fem, married)], "qualified", DECEASED),
        c("MARR_DATE", N, "VARCHAR", [_ged_date(g, b + timedelta(days=g.rnd.randint(6_600, 12_000))) if m else None
                                      for b, m in zip(births, married)], "decoy", SHAPE),
        c("_SSN", "ssn", "VARCHAR", [v.us_ssn(g, g.rnd.random() < 0.7) if e and g.rnd.random() < 0.6 else None
                                     for e in emigrant], "null_heavy", DECEASED),
        c("NOTE", "free_text", "VARCHAR", [note(i) if g.rnd.random() < 0.2 else None for i in range(g.rows)],
          "null_heavy", DECEASED),
        c("SOUR", N, "VARCHAR", g.col(lambda: g.rnd.choice(["1881 England Census, RG11/", "1901 Census, RG13/",
                                                            "Parish register, "]) + str(g.rnd.randint(100, 5_999))),
          "decoy"),
        c("_UID", N, "VARCHAR", g.col(g.uuid), "decoy"),
        c("CHAN_DATE", N, "TIMESTAMP", g.moments("2019-01-01", 2_500), "decoy"),
        c("SUBM_NAME", "person_name", "VARCHAR", subm),
        c("SUBM_EMAIL", "email", "VARCHAR", [v.email(g, *s.split(" ", 1), ["gmail.com", "comcast.net", "aol.com"])
                                             for s in subm]),
        c("LIVING", N, "VARCHAR", ["Y" if lv else "N" for lv in living], "decoy"),
        c("_PHOTO", N, "VARCHAR", g.col(lambda: f"img_{g.rnd.randint(1, 9_999):04d}.jpg", 0.25), "decoy"),
    ])


# -- a choir's member contacts in long form (German) -------------------------------------------------------------------


def de_choir_contacts(g: Gen) -> Table:
    """A choir's member contacts kept in long form, one row per member and contact type (Kontaktart, Wert): the
    value column holds phones, mobiles, e-mails, postal addresses, birthdays and emergency contacts mixed."""
    members = {k: (v.person(g, "de"), v.city(g, "DE"), g.birth(1940, 2006)) for k in range(1_001, 1_321)}
    kinds = ["Telefon privat", "Mobil", "E-Mail", "Anschrift", "Geburtstag", "Notfallkontakt"]
    who = [g.rnd.choice(list(members)) for _ in range(g.rows)]
    kind = [g.rnd.choices(kinds, [16, 24, 24, 16, 10, 10])[0] for _ in range(g.rows)]
    editors = [v.person(g, "de") for _ in range(4)]

    def value(k: int, t: str) -> str:
        (first, last), place, born = members[k]
        if t == "Telefon privat":
            return g.phone("DE", g.rnd.choice(["national", "slash"]), mobile=False)
        if t == "Mobil":
            return g.phone("DE", g.rnd.choice(["national", "intl", "e164"]))
        if t == "E-Mail":
            return v.email(g, first, last, ["t-online.de", "gmx.de", "web.de", "mailbox.org"])
        if t == "Anschrift":
            return f"{v.street(g, 'de')}, {v.postal(g, 'DE', place[1])} {place[0]}"
        if t == "Geburtstag":
            return _dmy(born) or ""
        return f"{v.whole(g, 'de')} ({g.phone('DE', 'national')})"

    return Table("chor.mitglieder_kontaktwege", "de", "snake", [
        c("kontakt_id", N, "BIGINT", g.keys(1), "decoy", LONG),
        c("mitglied_nr", N, "INTEGER", who, "decoy", LONG),
        c("kontaktart", N, "VARCHAR", kind, "decoy", LONG),
        c("wert", MIXED, "VARCHAR", [value(k, t) for k, t in zip(who, kind)], LONG, "mixed"),
        c("bevorzugt", N, "BOOLEAN", g.yn(True, False, 0.3), "decoy", LONG),
        c("gueltig_ab", N, "DATE", g.days("2010-01-01", "2026-10-01"), "decoy", LONG),
        c("quelle", N, "VARCHAR", g.col(g.pick(["Aufnahmeantrag", "Mitgliederversammlung", "E-Mail", "Telefonat"])),
          "decoy", LONG),
        c("erfasst_von", USERNAME, "VARCHAR", [f"{v.plain(a)}.{v.plain(b)}" for a, b in
                                               (g.rnd.choice(editors) for _ in range(g.rows))], "username", LONG),
        c("geaendert_am", N, "TIMESTAMP", g.moments("2023-01-01", 1_400), "decoy", LONG),
    ])


# -- a wine merchant's cellar stock: decoys only (French) --------------------------------------------------------------


_CUVEES = ["Cuvée Marie-Thérèse", "Clos Saint-Jacques", "Cuvée Louis Bernard", "Les Demoiselles", "Cuvée Amélie",
           "Vieilles Vignes Jeanne", "Cuvée du Docteur Peste", "Clos des Ursulines", "Cuvée Charlotte Dumay"]
_APPELLATIONS = ["Pommard", "Meursault", "Sancerre", "Chablis", "Gevrey-Chambertin", "Pauillac", "Margaux",
                 "Saint-Émilion", "Vouvray", "Châteauneuf-du-Pape", "Condrieu"]
_DEPOTS = ["Entrepôt Beaune", "Dépôt Reims-Nord", "Chai de Libourne", "Entrepôt Tours-Sud"]
_DOMAINES = [("Domaine Henri Morin", "12 rue des Vignes", "21630", "Pommard", "03 80 22 00 00"),
             ("Château Lestage-Béraud", "Lieu-dit Bellevue", "33250", "Pauillac", "05 56 59 00 00"),
             ("Domaine Joseph Carrel et Fils", "3 route de Chavignol", "18300", "Sancerre", "02 48 54 00 00"),
             ("Maison Anne Delorme", "7 quai de la Loire", "37210", "Vouvray", "02 47 52 00 00")]


def fr_wine_cellar(g: Gen) -> Table:
    """A wine merchant's cellar stock: nothing personal, but cuvées and producers named after people, appellations
    named after villages, vintages in the years people are born in, bottling dates, depots named after towns and
    purchase orders written like phone numbers."""
    dom = [g.rnd.choice(_DOMAINES) for _ in range(g.rows)]
    sirets = {d[0]: v.fr_siret(g) for d in _DOMAINES}
    vintage = [g.rnd.randint(1955, 2022) for _ in range(g.rows)]
    bottled = [date(y + g.rnd.randint(1, 2), g.rnd.randint(1, 12), g.rnd.randint(1, 28)) for y in vintage]
    entered = [b + timedelta(days=g.rnd.randint(30, 9_000)) for b in bottled]
    return Table("cave.inventaire_vins", "fr", "snake", [
        c("ref_article", N, "VARCHAR", g.col(lambda: g.code("VIN-99999")), "decoy"),
        c("ean", N, "VARCHAR", g.col(lambda: v.ean13(g, "3")), "decoy"),
        c("cuvee", N, "VARCHAR", g.col(g.pick(_CUVEES)), "decoy", SHAPE),
        c("domaine", N, "VARCHAR", [d[0] for d in dom], "business", SHAPE),
        c("appellation", N, "VARCHAR", g.col(g.pick(_APPELLATIONS)), "decoy", SHAPE),
        c("millesime", N, "INTEGER", vintage, "decoy", SHAPE),
        c("date_mise_bouteille", N, "DATE", bottled, "decoy", SHAPE),
        c("date_entree_cave", N, "VARCHAR", [_dmy(d, "/") for d in entered], "decoy", SHAPE),
        c("emplacement", N, "VARCHAR", g.col(lambda: f"Cave {g.code('A')} - rang {g.rnd.randint(1, 20)} - casier "
                                                     f"{g.rnd.randint(1, 60)}"), "decoy"),
        c("entrepot", N, "VARCHAR", g.col(g.pick(_DEPOTS)), "business", SHAPE),
        c("fournisseur_adresse", N, "VARCHAR", [d[1] for d in dom], "business"),
        c("fournisseur_cp", N, "VARCHAR", [d[2] for d in dom], "business"),
        c("fournisseur_ville", N, "VARCHAR", [d[3] for d in dom], "business"),
        c("fournisseur_tel", N, "VARCHAR", [d[4] for d in dom], "business"),
        c("fournisseur_email", N, "VARCHAR", [f"contact@{v.plain(d[0])[:16]}.fr" for d in dom], "business"),
        c("fournisseur_siret", N, "VARCHAR", [sirets[d[0]] for d in dom], "business"),
        c("num_commande", N, "VARCHAR", g.col(lambda: v.not_phone(g, "FR", (2, 2, 2, 2, 2), "0")), "decoy", SHAPE),
        c("num_dae", N, "VARCHAR", g.col(lambda: f"{g.rnd.randint(22, 26)}FR{g.code('999999999999999')}"), "decoy"),
        c("prix_achat_ht", N, "DECIMAL(8,2)", g.amounts(6, 480), "decoy"),
        c("prix_vente_ttc", N, "DECIMAL(8,2)", g.amounts(9, 900), "decoy"),
        c("quantite", N, "INTEGER", g.ints(0, 240), "decoy"),
        c("degre_alcool", N, "DECIMAL(4,1)", g.col(g.pick([11.5, 12.0, 12.5, 13.0, 13.5, 14.0, 14.5])), "decoy"),
        c("note_degustation", N, "VARCHAR", g.col(g.pick(["cerise noire, sous-bois", "agrumes, minéral",
                                                          "fruits rouges, épices douces", "beurre, noisette"])),
          "decoy"),
        c("gps_parcelle", N, "VARCHAR", g.col(lambda: g.coord((44.8, 47.4), (-0.8, 5.0))), "decoy"),
        c("version_fiche", N, "VARCHAR", g.col(g.version), "decoy"),
        c("hash_etiquette", N, "VARCHAR", g.col(g.sha256), "decoy"),
        c("maj_ts", N, "TIMESTAMP", g.moments("2025-01-01", 680), "decoy"),
    ])


# -- a travel agency's bookings imported from a sheet without headers: F1 .. F80 (Belgium) ----------------------------


_TOURS = [("AND", "Rondreis Andalusië"), ("PRG", "Citytrip Praag"), ("DOL", "Wandelen in de Dolomieten"),
          ("LIS", "Lissabon en de Algarve"), ("SIC", "Rondreis Sicilië"), ("KRK", "Citytrip Krakau")]
_HOTELS = [("Hotel Alcázar Sevilla", "Avenida de Menéndez Pelayo 10", "Sevilla", "+34 954 00 00 00"),
           ("Hotel Zlatá Hvězda", "Malostranské nám. 28", "Praha", "+420 257 000 000"),
           ("Hotel Sonnalp", "Via Dolomiti 12", "Ortisei", "+39 0471 000000"),
           ("Hotel Miradouro", "Rua da Graça 45", "Lisboa", "+351 21 000 0000"),
           ("Grand Hotel Ortigia", "Viale Mazzini 12", "Siracusa", "+39 0931 000000"),
           ("Hotel Stare Miasto", "ul. Floriańska 20", "Kraków", "+48 12 000 00 00")]
_BRANCHES = [("Reiskantoor Gent-Zuid", "09 222 00 00", "gent@reiskantoor.example"),
             ("Reiskantoor Leuven", "016 20 00 00", "leuven@reiskantoor.example"),
             ("Agence Namur", "081 22 00 00", "namur@reiskantoor.example")]
_PICKUP = ["Station Gent-Sint-Pieters", "Carpoolparking Aalter", "Station Leuven", "Namur Gare", "P+R Wommelgem"]
_TRAVELLERS = {"BE": "be", "NL": "nl", "FR": "fr", "DE": "de"}


def be_travel_sheet(g: Gen) -> Table:
    """A Belgian travel agency's group-tour bookings, imported from a spreadsheet that had no header row, so that
    the loader named the columns ``F1`` .. ``F80``: the lead traveller, two companions, the emergency contact, hotels,
    flights, payments and the branch."""
    country = [g.rnd.choices(list(_TRAVELLERS), [77, 12, 7, 4])[0] for _ in range(g.rows)]
    fem = v.sexes(g, 0.52)
    pairs = [v.person(g, _TRAVELLERS[x], f) for x, f in zip(country, fem)]
    births = g.births(1940, 2004)
    places = [v.city(g, x) for x in country]
    tour = [g.rnd.choice(list(enumerate(_TOURS))) for _ in range(g.rows)]
    dep = g.days("2026-04-01", "2026-10-31")
    comp = [v.person(g, _TRAVELLERS[x]) for x in country]
    comp_birth = g.births(1940, 2020)
    second = _pick_rows(g, 0.24)
    card = _pick_rows(g, 0.2)
    branch = [g.rnd.choice(_BRANCHES) for _ in range(g.rows)]
    agents = [v.person(g, "be") for _ in range(9)]
    agent = [g.rnd.choice(agents) for _ in range(g.rows)]
    booked = [d - timedelta(days=g.rnd.randint(20, 300)) for d in dep]
    mails = [v.email(g, a, b, ["telenet.be", "skynet.be", "gmail.com", "proximus.be", "hotmail.com", "ziggo.nl"])
             for a, b in pairs]

    def doc(x: str) -> str:
        return {"BE": lambda: v.be_eid(g, g.rnd.random() < 0.6), "NL": lambda: v.nl_idkaart(g),
                "FR": lambda: v.passport(g, "FR"), "DE": lambda: v.de_ausweis(g)}[x]()

    def flight() -> str:
        return f"{g.rnd.choice(['SN', 'TB', 'FR', 'HV'])}{g.rnd.randint(100, 8_999)}"

    def wish(i: int) -> str:
        return g.rnd.choice([f"Verjaardag van {comp[i][0]} op {g.rnd.randint(1, 28)}/{g.rnd.randint(4, 10)}, taart?",
                             f"Kamer naast {v.whole(g, 'be')} (zelfde groep)",
                             f"{pairs[i][0]} is slechtziend, begeleiding door dochter {v.given(g, 'be', True)}"])

    cols: list[tuple[str, str, list[Any], tuple[str, ...]]] = [
        (N, "INTEGER", g.keys(2), ("decoy",)),
        (N, "VARCHAR", [f"BK26-{k:06d}" for k in g.keys(4_101, 3)], ("decoy",)),
        (N, "VARCHAR", [f"{t[1][0]}-{d:%y%m}" for t, d in zip(tour, dep)], ("decoy",)),
        (N, "VARCHAR", [t[1][1] for t in tour], ("decoy", SHAPE)),
        (N, "DATE", dep, ("decoy",)),
        (N, "DATE", [d + timedelta(days=g.rnd.choice([4, 7, 8, 10])) for d in dep], ("decoy",)),
        (N, "VARCHAR", g.col(g.pick(["BRU", "BRU", "CRL", "OST", "LGG"])), ("decoy",)),
        (N, "VARCHAR", g.col(flight), ("decoy",)),
        (N, "VARCHAR", g.col(flight), ("decoy",)),
        ("first_name", "VARCHAR", [a for a, _ in pairs], ()),
        ("last_name", "VARCHAR", [b.upper() if g.rnd.random() < 0.3 else b for _, b in pairs], ()),
        ("date_of_birth", "VARCHAR", [_dmy(b, "/") for b in births], ()),
        (N, "VARCHAR", ["V" if f else "M" for f in fem], ("decoy",)),
        (N, "VARCHAR", [{"BE": "BEL", "NL": "NLD", "FR": "FRA", "DE": "DEU"}[x] for x in country], ("decoy",)),
        (N, "VARCHAR", ["ID" if x != "FR" else "PASP" for x in country], ("decoy",)),
        ("national_id", "VARCHAR", [doc(x) for x in country], ()),
        (N, "VARCHAR", [_dmy(g.day("2026-11-01", "2035-12-31"), "/") for _ in range(g.rows)], ("decoy", SHAPE)),
        ("national_id", "VARCHAR", [v.be_rijksregister(g, b, f) if x == "BE" else None
                                    for x, b, f in zip(country, births, fem)], ()),
        ("street_address", "VARCHAR", [v.street(g, "be" if x == "BE" else _TRAVELLERS[x]) for x in country], ()),
        ("postal_code", "VARCHAR", [v.postal(g, x, p[1]) for x, p in zip(country, places)], ()),
        ("city", "VARCHAR", [p[0] for p in places], ()),
        (N, "VARCHAR", [{"BE": "België", "NL": "Nederland", "FR": "France", "DE": "Deutschland"}[x] for x in country],
         ("decoy",)),
        ("email", "VARCHAR", mails, ()),
        ("phone", "VARCHAR", [g.phone(x, "national" if x == "BE" else "intl") for x in country], ()),
        ("phone", "VARCHAR", g.nullwords([g.phone(x, "national", mobile=False) for x in country], 0.75,
                                         ("", "", "-", "geen", "n.v.t.", "NULL")), (NULLWORD, "qualified")),
        ("iban", "VARCHAR", [v.iban(g, x, g.rnd.random() < 0.7) if g.rnd.random() < 0.8 else None for x in country],
         ()),
        ("credit_card", "VARCHAR", [v.card(g, g.rnd.random() < 0.5) if k else None for k in card], ("null_heavy",)),
        (N, "VARCHAR", [f"{g.rnd.randint(1, 12):02d}/{g.rnd.randint(26, 31)}" if k else None for k in card],
         ("decoy", "null_heavy")),
        ("ip_address", "VARCHAR", g.col(g.ipv4, 0.25), ()),
        ("first_name", "VARCHAR", [a for a, _ in comp], ("qualified",)),
        ("last_name", "VARCHAR", [b for _, b in comp], ("qualified",)),
        ("date_of_birth", "VARCHAR", [_dmy(b, "/") for b in comp_birth], ("qualified",)),
        ("national_id", "VARCHAR", [doc(x) for x in country], ("qualified",)),
        (N, "VARCHAR", g.col(g.pick(["partner", "echtgeno(o)t(e)", "kind", "vriend(in)", "conjoint(e)"])), ("decoy",)),
        ("person_name", "VARCHAR", [v.whole(g, _TRAVELLERS[x]) if s else None for x, s in zip(country, second)],
         ("null_heavy", "qualified")),
        ("date_of_birth", "VARCHAR", [_dmy(g.birth(1940, 2020), "/") if s else None for s in second],
         ("null_heavy", "qualified")),
        ("national_id", "VARCHAR", [doc(x) if s else None for x, s in zip(country, second)],
         ("null_heavy", "qualified")),
        ("person_name", "VARCHAR", g.col(lambda: v.whole(g, "be"), 0.1), ("qualified",)),
        ("phone", "VARCHAR", g.col(lambda: g.phone("BE", g.rnd.choice(["national", "intl"])), 0.1), ("qualified",)),
        ("free_text", "VARCHAR", [wish(i) if g.rnd.random() < 0.2 else None for i in range(g.rows)], ("null_heavy",)),
        (N, "VARCHAR", g.col(g.pick(["standaard", "standaard", "vegetarisch", "glutenvrij", "lactosevrij"])),
         ("decoy",)),
        (N, "VARCHAR", g.col(g.pick(["DBL", "TWIN", "SGL", "TRPL"])), ("decoy",)),
        (N, "VARCHAR", g.col(g.pick(["HP", "VP", "LO", "AI"])), ("decoy",)),
        (N, "VARCHAR", [_HOTELS[t[0]][0] for t in tour], ("business",)),
        (N, "VARCHAR", [_HOTELS[t[0]][1] for t in tour], ("business",)),
        (N, "VARCHAR", [_HOTELS[t[0]][2] for t in tour], ("business", SHAPE)),
        (N, "VARCHAR", [_HOTELS[t[0]][3] for t in tour], ("business",)),
        (N, "VARCHAR", [_HOTELS[(t[0] + 1) % len(_HOTELS)][0] for t in tour], ("business",)),
        (N, "VARCHAR", [_HOTELS[(t[0] + 1) % len(_HOTELS)][2] for t in tour], ("business", SHAPE)),
        (N, "VARCHAR", g.col(lambda: g.coord((36.0, 50.5), (-9.2, 20.0))), ("decoy",)),
        (N, "DECIMAL(8,2)", g.amounts(690, 4_900), ("decoy",)),
        (N, "DECIMAL(8,2)", g.amounts(150, 800), ("decoy",)),
        (N, "DECIMAL(8,2)", g.amounts(0, 4_100), ("decoy",)),
        (N, "VARCHAR", ["EUR"] * g.rows, ("decoy",)),
        (N, "VARCHAR", g.col(lambda: f"RV{g.digits(9)}", 0.25), ("decoy",)),
        (N, "VARCHAR", g.col(g.pick(["Europ Assistance Belgium", "Touring Verzekeringen", "AXA Assistance"]), 0.25),
         ("business",)),
        (N, "DATE", booked, ("decoy",)),
        (N, "TIMESTAMP", [datetime(d.year, d.month, d.day) + timedelta(minutes=g.rnd.randint(600, 200_000))
                          for d in booked], ("decoy",)),
        (N, "VARCHAR", g.col(g.pick(["bevestigd", "optie", "betaald", "geannuleerd"])), ("decoy",)),
        ("person_name", "VARCHAR", [f"{a} {b}" for a, b in agent], ()),
        (USERNAME, "VARCHAR", [f"{v.plain(a)[:3]}{v.plain(b)[:3]}" for a, b in agent], ("username",)),
        (N, "VARCHAR", [b[0] for b in branch], ("business", SHAPE)),
        (N, "VARCHAR", [b[1] for b in branch], ("business",)),
        (N, "VARCHAR", [b[2] for b in branch], ("business",)),
        (N, "VARCHAR", g.col(g.sha1), ("decoy",)),
        (N, "INTEGER", g.ints(1, 52), ("decoy",)),
        (N, "VARCHAR", g.col(g.pick(_PICKUP)), ("decoy", SHAPE)),
        (N, "INTEGER", g.ints(0, 3), ("decoy",)),
        (N, "VARCHAR", g.col(g.pick(["STANDAARD", "VROEG26", "GROEP10", "TROUW5"]), 0.1), ("decoy",)),
        (N, "VARCHAR", g.col(g.pick(["kantoor", "web", "telefoon", "beurs"])), ("decoy",)),
        (N, "VARCHAR", g.col(lambda: v.not_phone(g, "BE", (2, 3, 2, 2), "0")), ("decoy", SHAPE)),
        (N, "VARCHAR", ["xlsimport 2.4.1"] * g.rows, ("decoy",)),
        (N, "VARCHAR", g.col(g.uuid), ("decoy",)),
        (N, "BOOLEAN", g.yn(True, False, 0.4), ("decoy",)),
        (N, "BOOLEAN", g.yn(True, False, 0.75), ("decoy",)),
        (N, "INTEGER", g.ints(12, 48), ("decoy",)),
        (N, "VARCHAR", g.col(lambda: f"GID-{g.rnd.randint(1, 30):02d}"), ("decoy",)),
        (N, "DATE", [b + timedelta(days=10) for b in booked], ("decoy",)),
        ("email", "VARCHAR", [v.email(g, a, b, ["telenet.be", "gmail.com", "outlook.com"]) if g.rnd.random() < 0.2
                              else None for a, b in comp], ("null_heavy", "qualified")),
        (N, "VARCHAR", g.col(g.pick(["betaling ontvangen", "factuur verstuurd", "voorschot open",
                                     "tickets verstuurd"])), ("decoy",)),
    ]
    assert len(cols) == 80, len(cols)
    return Table("xlsimport.groepsreizen_sheet1", "en", "generic", [
        c(f"F{i}", kind, sql_type, values, "opaque", *tags) for i, (kind, sql_type, values, tags) in
        enumerate(cols, 1)
    ])


# -- scrap-metal dealer's seller log with misleading names (English, UK) -----------------------------------------------


def gb_scrap_sellers(g: Gen) -> Table:
    """A scrap-metal dealer's record of sellers, which the law wants verified against a photo identity document and
    paid without cash; exported by a legacy tool whose column names say nothing (``code``, ``misc_1``, ``notes2``,
    ``ref``, ``field_a``, ``aux``, ``memo``, ``acct``) or the wrong thing (``name``, ``seller_dob_checked``,
    ``address_verified_at``); one column holds a National Insurance number or an address by row."""
    fem = v.sexes(g, 0.12)
    middle = [v.given(g, "en", f) if g.rnd.random() < 0.4 else None for f in fem]
    firsts, lasts = v.people(g, "en", fem)
    births = g.births(1950, 2007)
    places = [v.city(g, "GB") for _ in range(g.rows)]
    dl = _pick_rows(g, 0.7)
    yards = [("Hull Yard 2", "SMDL/HUL/0042"), ("York Metals Depot", "SMDL/YOR/0117"),
             ("Lincoln Recycling Yard", "SMDL/LIN/0009")]
    yard = [g.rnd.choice(yards) for _ in range(g.rows)]
    staff = [v.person(g, "en") for _ in range(7)]

    def note() -> str:
        return g.rnd.choice([f"brought in by his son {v.given(g, 'en', False)}",
                             f"cable - says from {v.whole(g, 'en')}'s house clearance",
                             f"ID checked by {v.given(g, 'en')}, van belongs to {v.whole(g, 'en')}"])

    return Table("scrap.seller_log", "en", "misleading", [
        c("id", N, "BIGINT", g.keys(30_001), "decoy"),
        c("code", "national_id", "VARCHAR", [v.gb_driving_licence(g, a, b, d, f, m) if x else v.passport(g, "GB")
                                             for a, b, d, f, m, x in zip(firsts, lasts, births, fem, middle, dl)],
          MISLEADING, LICENCE),
        c("ident", MIXED, "VARCHAR", [v.gb_nino(g, g.rnd.random() < 0.5) if g.rnd.random() < 0.5 else
                                      f"{v.street(g, 'en')}, {p[0]}" for p in places], MISLEADING, "mixed"),
        c("misc_1", "phone", "VARCHAR", g.phones("GB", {"national": 0.6, "intl": 0.2, "local": 0.2}), MISLEADING),
        c("misc_2", N, "VARCHAR", g.col(g.pick(["A", "B", "C", "X"])), "decoy", MISLEADING),
        c("notes2", "free_text", "VARCHAR", g.sparse(note, 0.82, ("", "", "-", "none", "NULL", "n/a")), MISLEADING,
          NULLWORD),
        c("ref", "email", "VARCHAR", v.emails(g, firsts, lasts, ["btinternet.com", "hotmail.co.uk", "gmail.com",
                                                                 "sky.com"], 0.2), MISLEADING),
        c("value", N, "DECIMAL(9,2)", g.amounts(8, 2_400), "decoy", MISLEADING),
        c("field_a", "first_name", "VARCHAR", firsts, MISLEADING),
        c("field_b", "last_name", "VARCHAR", [x.upper() for x in lasts], MISLEADING),
        c("aux", "date_of_birth", "VARCHAR", [_dmy(b, "/") for b in births], MISLEADING),
        c("memo", "street_address", "VARCHAR", g.col(lambda: v.street(g, "en")), MISLEADING),
        c("loc", "city", "VARCHAR", [p[0] for p in places], MISLEADING),
        c("zone", "postal_code", "VARCHAR", [v.postal(g, "GB", p[1]) for p in places], MISLEADING),
        c("acct", "iban", "VARCHAR", g.col(lambda: v.iban(g, "GB", g.rnd.random() < 0.5), 0.2), MISLEADING),
        c("type2", N, "VARCHAR", g.col(g.pick(["T1", "T2", "T3"])), "decoy", MISLEADING),
        c("desc", N, "VARCHAR", g.col(g.pick(["copper pipe", "lead flashing", "car battery", "aluminium wheels",
                                              "brass taps", "cable"])), "decoy", MISLEADING),
        c("name", N, "VARCHAR", g.col(g.pick(["Bright Copper", "Heavy Melting Steel", "Light Iron", "Old Rolled Lead",
                                              "Cast Aluminium"])), "decoy", MISLEADING),
        c("seller_dob_checked", N, "VARCHAR", g.yn("Y", "N", 0.95), "decoy", MISLEADING),
        c("address_verified_at", N, "TIMESTAMP", g.moments("2025-01-01", 690), "decoy", MISLEADING),
        c("phone_ok", N, "BOOLEAN", g.yn(True, False, 0.8), "decoy", MISLEADING),
        c("vrm", N, "VARCHAR", g.col(lambda: g.code("AA99 AAA").replace("I", "J").replace("Q", "R")), "decoy",
          VEHICLE),
        c("weight_kg", N, "DECIMAL(7,1)", [round(g.rnd.uniform(2, 900), 1) for _ in range(g.rows)], "decoy"),
        c("paid_by", N, "VARCHAR", g.col(g.pick(["bank transfer", "bank transfer", "cheque"])), "decoy"),
        c("photo_ref", N, "VARCHAR", g.col(g.sha1), "decoy"),
        c("cctv_ts", N, "TIMESTAMP", g.moments("2025-01-01", 690), "decoy"),
        c("operator", USERNAME, "VARCHAR", [f"{v.plain(a)[:1]}{v.plain(b)}" for a, b in
                                            (g.rnd.choice(staff) for _ in range(g.rows))], "username", MISLEADING),
        c("yard", N, "VARCHAR", [y[0] for y in yard], "business", SHAPE),
        c("yard_licence", N, "VARCHAR", [y[1] for y in yard], "business", LICENCE),
    ])


# -- ski-resort season passes in a CRM staging table with source prefixes and abbreviations (English, Canada) ----------


def ca_ski_staging(g: Gen) -> Table:
    """A ski resort's season-pass holders as a staging table merged from the CRM, the point of sale, the ticketing
    system and the ski patrol: abbreviated names (``cust_fnm``, ``ctc_ph``, ``addr_ln1``) beside source-prefixed ones
    (``src_crm_col17``, ``src_pat_col04``), a British Columbia health number from the patrol's incident records."""
    fem = v.sexes(g, 0.45)
    firsts, lasts = v.people(g, "ca", fem)
    births = g.births(1950, 2020)
    minor = [b.year > 2008 for b in births]
    places = [v.city(g, "CA") for _ in range(g.rows)]
    provinces = {"Calgary": "AB"}
    renew = _pick_rows(g, 0.2)
    staff = [v.person(g, "ca") for _ in range(6)]
    return Table("stg.src_crm_skipass", "en", PREFIXED, [
        c("src_crm_col01", N, "VARCHAR", g.col(g.uuid), "decoy", "opaque", PREFIXED),
        c("cust_id", N, "BIGINT", g.keys(700_001), "decoy", "abbrev"),
        c("cust_fnm", "first_name", "VARCHAR", firsts, "abbrev"),
        c("cust_lnm", "last_name", "VARCHAR", lasts, "abbrev"),
        c("cust_dob", "date_of_birth", "DATE", births, "abbrev"),
        c("ctc_ph", "phone", "VARCHAR", g.phones("CA", {"national": 0.6, "dashed": 0.2, "e164": 0.2}), "abbrev"),
        c("ctc_eml", "email", "VARCHAR", v.emails(g, firsts, lasts, ["gmail.com", "shaw.ca", "telus.net",
                                                                     "outlook.com", "icloud.com"], 0.05), "abbrev"),
        c("addr_ln1", "street_address", "VARCHAR", g.col(lambda: v.street(g, "ca")), "abbrev"),
        c("addr_ln2", "street_address", "VARCHAR", g.col(lambda: f"{g.rnd.choice(['Unit', 'Suite', 'Apt'])} "
                                                                 f"{g.rnd.randint(1, 40)}", 0.8), "abbrev",
          "null_heavy", "qualified"),
        c("addr_cty", "city", "VARCHAR", [p[0] for p in places], "abbrev"),
        c("addr_prov", N, "VARCHAR", [provinces.get(p[0], "BC") for p in places], "decoy", "abbrev"),
        c("addr_pc", "postal_code", "VARCHAR", [v.postal(g, "CA", p[1]) for p in places], "abbrev"),
        c("pass_typ", N, "VARCHAR", g.col(g.pick(["ADULT UNL", "YOUTH UNL", "SENIOR", "MIDWEEK", "CHILD"])), "decoy",
          "abbrev"),
        c("pass_no", N, "VARCHAR", g.col(lambda: v.not_luhn(g, "01")), "decoy", SHAPE, "abbrev"),
        c("pass_photo_sha", N, "VARCHAR", g.col(g.sha256), "decoy", "abbrev"),
        c("src_crm_col17", "phone", "VARCHAR", g.phones("CA", {"national": 0.7, "e164": 0.3}, nulls=0.1), "opaque",
          PREFIXED, "qualified"),
        c("src_crm_col18", "person_name", "VARCHAR", g.col(lambda: v.whole(g, "ca"), 0.1), "opaque", PREFIXED),
        c("src_crm_col19", N, "VARCHAR", g.col(g.pick(["WHS", "WHS", "SUN", "BIG"])), "decoy", "opaque", PREFIXED),
        c("src_crm_col22", "ip_address", "VARCHAR", g.col(lambda: g.ipv4() if g.rnd.random() < 0.7 else g.ipv6(),
                                                          0.15), "opaque", PREFIXED),
        c("src_hr_col03", "ssn", "VARCHAR", g.col(lambda: v.ca_sin(g), 0.88), "opaque", PREFIXED, "null_heavy"),
        c("src_pat_col04", "national_id", "VARCHAR", g.col(lambda: v.bc_phn(g, g.rnd.random() < 0.5), 0.85),
          "opaque", PREFIXED, "null_heavy"),
        c("src_pos_col09", "credit_card", "VARCHAR", [v.card(g, g.rnd.random() < 0.4) if r else None for r in renew],
          "opaque", PREFIXED, "null_heavy"),
        c("src_pos_col10", N, "VARCHAR", [f"{g.rnd.randint(1, 12):02d}/{g.rnd.randint(26, 31)}" if r else None
                                          for r in renew], "decoy", "opaque", PREFIXED, "null_heavy"),
        c("src_tix_col03", N, "TIMESTAMP", g.moments("2025-12-01", 120), "decoy", "opaque", PREFIXED),
        c("src_tix_col05", N, "VARCHAR", g.col(g.pick(["Peak Express", "Emerald Chair", "Village Gondola",
                                                       "Harmony Express"])), "decoy", "opaque", PREFIXED),
        c("waiver_sgn_dt", N, "DATE", g.days("2025-09-01", "2026-02-28"), "decoy", "abbrev"),
        c("waiver_sgn_nm", "person_name", "VARCHAR",
          [v.whole(g, "ca") if m else f"{a} {b}" for a, b, m in zip(firsts, lasts, minor)], "abbrev"),
        c("grd_nm", "person_name", "VARCHAR", [f"{v.given(g, 'ca')} {b}" if m else None
                                               for b, m in zip(lasts, minor)], "abbrev", "null_heavy"),
        c("lst_upd_usr", USERNAME, "VARCHAR", [f"{v.plain(a)[:1]}{v.plain(b)[:7]}" for a, b in
                                               (g.rnd.choice(staff) for _ in range(g.rows))], "username", "abbrev"),
        c("lst_upd_ts", N, "TIMESTAMP", g.moments("2025-09-01", 200), "decoy", "abbrev"),
        c("ld_ts", N, "TIMESTAMP", [datetime(2026, 3, 2, 3, 0)] * g.rows, "decoy", "abbrev"),
        c("rec_src", N, "VARCHAR", g.col(g.pick(["CRM", "CRM", "POS", "TIX"])), "decoy", "abbrev"),
    ])


#: (builder, rows): every table of the set, its row count fixed
BUILDERS: list[tuple[Callable[[Gen], Table], int]] = [
    (de_hunting, 900), (dk_fishing, 1_600), (crowdfund_backers, 1_800), (fr_congress, 1_200),
    (it_traffic_fines, 1_500), (es_moving, 1_100), (nl_home_care, 1_400), (pl_shelter, 700), (se_race, 2_000),
    (fi_site_passes, 1_300), (ja_daycare, 600), (ja_pawnshop, 500), (ru_repair, 1_000), (gr_cadastre, 900),
    (tr_emergency, 1_600), (cz_beekeepers, 800), (pt_vaccination, 1_500), (gedcom_individuals, 1_500),
    (de_choir_contacts, 2_000), (fr_wine_cellar, 900), (be_travel_sheet, 1_500), (gb_scrap_sellers, 800),
    (ca_ski_staging, 1_300),
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
