"""Held-out set v20 for the column classifier: 18 tables shaped like real exports of small-business, SaaS and
public-sector systems in domains no earlier set used: JSON paths flattened into column names, audit columns, a staging
table merged from three source systems, dates of birth as spreadsheet serial numbers and epoch milliseconds.

Written **blind**, like v2 to v19: by someone who has read neither the classifier (``governance_dagster/detect/``) nor
its documentation, tests, changelog or notes, only the list of kind names (``governance_dagster/kinds.py``), how the
scorer registers a set (``heldout_v2_accuracy.py``), the *structure* and labeling conventions of v19
(``heldout_v19.py``, ``heldout_v19_values.py``, its test, ``tests/heldout_support.py``), the docstrings of v2 to v18
(to avoid their domains) and the ``Column``/``Table`` classes and writer they build on. The classifier was not run on
this set while it was written, no scorer was run on it, and no score of any set was looked at: nothing here was
adjusted to what the classifier does. It was written under a short deadline.

What is new against v2 to v19:

* domains: a Bristol home-tutoring platform's bookings export with JSON paths flattened into column names
  (``tutorhub.bookings_export``, English); a Bavarian chimney sweep's district register of properties and their owners
  (``schornsteinfeger.Kehrbuch``, German); a Breton town's school canteen enrolments with parents and children
  (``cantine.inscriptions``, French); a Zaragoza padel club's booking app export (``padel.reservasExport``, Spanish); a
  Naples tax assistance centre's 730 returns (``caf.pratiche_730``, Italian); a Curitiba condominium's gate log of
  visitors (``condominio.portaria_visitantes``, Brazilian Portuguese); a Utrecht bicycle subscription's customers
  (``fietsabonnement.klanten``, Dutch); a Lublin funeral home's orders (``zaklad_pogrzebowy.zlecenia``, Polish); a
  Västerås garden service's basis for the RUT tax deduction (``TRADGARDSTJANST.RUT_UNDERLAG``, Swedish); a Viborg
  municipality's meal delivery to elderly citizens (``madservice.borgere``, Danish); a South Bohemian village's
  cemetery plot leases (``hrbitov.najemci_hrobu``, Czech: few families recur); a Konya exam-preparation school's pupils
  (``dershane.OgrenciKayit``, Turkish); a Saitama removal company's quotes (``HIKKOSHI.MITSUMORI``, romanized
  Japanese); an after-school club's children (``学童保育.児童名簿``, Japanese); a Nizhny Novgorod tailoring atelier's
  orders (``ателье.заказы``, Russian); a Patras municipal centre for the elderly (``καπη.μέλη``, Greek); a staging
  table of customers merged from a British web shop, a Hungarian web shop and a Romanian ERP, source-specific columns
  named in their system's language (``stg.customers_merged``: English, Hungarian, Romanian; tag ``lang:``); an Oslo
  parking machine's log, decoys only (``parkering.automatlogg``, Norwegian);
* shapes of real exports: column names that are flattened JSON paths (``parent.contact.email``,
  ``payment.stripe_customer``, tag ``json_path``); audit columns (``created_by``, ``updated_at``, ``ErstelltVon``,
  ``oprettet_af``, tag ``audit``) holding staff logins (``unclassified``, tag ``username``), staff e-mails (``email``),
  service accounts and timestamps (``none``); a staging table whose source-specific columns are filled only for their
  source's rows (tag ``qualified``); a Dutch ``tussenvoegsel`` column (``van``, ``de``, ``van den``);
* dates of birth as Unix epoch milliseconds (BIGINT) and as spreadsheet serial day numbers (INTEGER) beside another
  event's date in the same form (tag ``numeric_date`` on the birth, ``value_shape`` on the event), with a Roman month
  (``12.III.1984``), with an abbreviated Dutch month (``12 mrt 1984``), as ``1984-03-12T00:00:00.000Z``, as Hungarian
  ``1984.03.12.``, as ``12. 3. 1984``, ``2016/3/12``, ``12/3/1948``; children's births (after-school club, canteen,
  exam school) as well as adults';
* identifiers with check digits (python-stdnum): French NIR, Greek AMKA (``ssn``); Spanish DNI and NIE, codice fiscale
  of the taxpayer and the spouse, Brazilian CPF, PESEL of the deceased, Swedish personnummer with the century, Danish
  CPR, Czech birth number, T.C. kimlik, Russian personal INN, Romanian CNP (``national_id``); the Hungarian TAJ
  (``ssn``, its check digit computed as v14 does); a Brazilian RG and a Greek identity card number without one
  (``national_id``); IBANs of Germany, France, Italy, the Netherlands and Poland; cards passing Luhn; phones of the
  United Kingdom, Germany, France, Spain, Italy, Brazil, the Netherlands, Poland, Sweden, Denmark, Czechia, Turkey,
  Japan, Russia, Greece, Hungary and Romania;
  IPv4 and IPv6 addresses;
* decoys (tag ``decoy``; ``value_shape`` when shaped like a personal value): schools and cemeteries named after people
  (``École Jules Ferry``), stoves, fuels and flue-gas readings, padel courts, tax years and telematic protocol numbers,
  delivery companies, Mercosur plates (tag ``vehicle``), bicycle frame numbers, grave positions, property designations
  (``Skultuna 3:14``), mandate references shaped like IBANs failing mod 97, payment references shaped like phones that
  are no valid numbers, payment references failing Luhn, Stripe customer ids, years of other events, UUIDs, hashes,
  versions, flags named like personal data (``accepts_marketing``, tag ``misleading``), surrogate keys named like
  addresses (``JUSHO_SK``, tag ``misleading``), service accounts in audit columns; business data of the sweep, the
  funeral home, the garden service, the municipality, the atelier (tag ``business``);
* column names in English, German, French, Spanish, Italian, Portuguese, Dutch, Polish, Swedish, Danish, Czech,
  Turkish, romanized Japanese (``ja-Latn``), Japanese, Russian, Greek, Hungarian, Romanian and Norwegian; styles:
  snake, camel, Pascal, SCREAMING, native scripts, dotted JSON paths, abbreviations (``cod_fisc``, ``tel_resp``,
  ``date_naiss_enfant``), opaque names (``c07``, ``attr_3``, tag ``opaque``) and source prefixes (``shp_``, ``hu_``,
  ``ro_``).

Labeling rules: the same as v2 to v19 (see :mod:`benchmarks.classification.heldout_v19`): ``ssn`` is a social-security
or social-insurance number, ``national_id`` any other state-issued personal identifier; a business's address, phone,
postal code, city, e-mail, tax and registration numbers and bank account are ``none`` (tag ``business``); names of
staff are ``person_name`` (a first name or a family name alone ``first_name`` or ``last_name``); a login or public
display handle is ``unclassified`` (tag ``username``); free text that names people is ``free_text``, text that names
nobody ``none``. Applied to v20's new cases (no new rule, but choices a reader may question):

* an audit column is labeled by what it holds: a staff login (``r.huber``) ``unclassified`` (tag ``username``), a
  staff e-mail ``email``, a service account (``api-sync``) or a timestamp ``none``;
* a Dutch ``tussenvoegsel`` is a name part that is neither the given nor the family name: ``person_name``; a Russian
  ``ФИО`` with the patronymic and a Greek father's name column (``πατρώνυμο``, ``first_name``) follow v17;
* a date of birth is ``date_of_birth`` whatever its encoding (epoch milliseconds, a spreadsheet serial number), and
  another event's date in the same encoding is ``none``;
* the deceased of a funeral, the buried of a grave, a child, a parent, a spouse, a next of kin and a visitor are
  persons (their name kinds); the property's owner in the sweep's register is a person, the property's street their
  ``street_address``; a place of birth is ``city``;
* a customer's name merged from three systems in three orders (``Nagy Katalin``, ``Oliver Pemberton``) is
  ``person_name``; source-specific columns (the Hungarian TAJ, the Romanian CNP and dates of birth) are labeled by their
  rows (tag ``qualified``);
* a property designation, a grave position, a tax year and a frame number are ``none``.

Tags: as v19 (``decoy``, ``business``, ``null_heavy``, ``nullword_heavy``, ``abbrev``, ``username``, ``qualified``,
``vehicle``, ``value_shape``, ``misleading``, ``staff``, ``opaque``, ``month_name``, ``small_club``, ``lang:XX``) and
new: ``json_path`` (a column named by a flattened JSON path), ``audit`` (an audit column), ``numeric_date`` (a date of
birth as epoch milliseconds or a spreadsheet serial number).

Every value is generated here from :data:`SEED` (one ``random.Random`` per table, named after its builder) with
python-stdnum for check digits, phonenumbers for phone validity and formats, and the lists of names, streets and cities
of :mod:`benchmarks.classification.heldout_v20_values`, written for v20 (no Faker, no list of real people). Build:
``python -m benchmarks.classification.heldout_v20 [PATH]`` (default ``/tmp/heldout_v20.duckdb``). Score:
``python -m benchmarks.classification.heldout_v2_accuracy --set v20``.
"""

from __future__ import annotations

import sys
import unicodedata
from collections.abc import Callable
from datetime import date
from pathlib import Path

from benchmarks.classification import heldout_v4
from benchmarks.classification import heldout_v20_values as v
from benchmarks.classification.heldout_v2 import Column, Table
from benchmarks.classification.heldout_v20_values import NULLISH, SEED, USERNAME, Gen, N, c

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

DEFAULT_PATH = Path("/tmp/heldout_v20.duckdb")

NULLWORD = "nullword_heavy"  # 70-95% NULL-like strings and empty strings (few real NULLs)
SHAPE = "value_shape"
VEHICLE = "vehicle"
MISLEADING = "misleading"
STAFF = "staff"  # staff named in a column with few distinct values
OPAQUE = "opaque"
MONTH_NAME = "month_name"  # a date of birth written with a month name or a Roman month
SMALL_CLUB = "small_club"  # a family name column of a small community: few families recur
JSON_PATH = "json_path"  # a column named by a flattened JSON path
AUDIT = "audit"  # an audit column (created_by, updated_at, ...)
NUMERIC_DATE = "numeric_date"  # a date of birth as epoch milliseconds or a spreadsheet serial number
QUALIFIED = "qualified"

_ROMAN = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII"]
_NL_MONTHS = ["jan", "feb", "mrt", "apr", "mei", "jun", "jul", "aug", "sep", "okt", "nov", "dec"]


def _dmy(d: date, sep: str = ".") -> str:
    return f"{d.day:02d}{sep}{d.month:02d}{sep}{d.year}"


def _words(*extra: str) -> tuple[str, ...]:
    return ("", "-", "NULL", "n/a", "N/A", "unknown") + extra


def _login(first: str, last: str, style: int) -> str:
    def fold(s: str) -> str:
        s = unicodedata.normalize("NFKD", v.latin(s).lower().replace(" ", ""))
        return "".join(ch for ch in s if not unicodedata.combining(ch)).replace("ø", "o").replace("ł", "l")

    a, b = fold(first), fold(last)
    return [f"{a[0]}.{b}", f"{a}.{b[:1]}", f"{b}{a[0]}", f"{a}_{b}"][style % 4]


def _staff_logins(g: Gen, lang: str, n: int, style: int) -> list[str]:
    return sorted({_login(*v.person(g, lang), style) for _ in range(n)})


# -- a Bristol home-tutoring platform's bookings export (English, JSON paths) -----------------------------------------

_SUBJECTS = ["GCSE Maths", "A-level Chemistry", "11+ Verbal Reasoning", "KS2 English", "GCSE Physics", "A-level Maths",
             "Piano Grade 5"]


def en_tutoring_export(g: Gen) -> Table:
    """A home-tutoring platform's bookings export, columns named by flattened JSON paths: the parent's names, e-mail,
    phone and address, the student's first name and date of birth as epoch milliseconds beside the session start in
    the same form, the tutor as ``Imogen P.`` (a dozen or so distinct), the browser's IP (mostly IPv6), audit columns
    (a staff e-mail in ``created_by``, a service account in ``updated_by``)."""
    fem = v.sexes(g, 0.7)
    firsts, lasts = v.people(g, "en", fem)
    places = [v.city(g, "GB") for _ in range(g.rows)]
    kids = [v.given(g, "en") for _ in range(g.rows)]
    tutors = sorted({f"{v.given(g, 'en')} {v.family(g, 'en')[:1]}." for _ in range(15)})
    staff = [f"{v.given(g, 'en').lower()}@tutorhub.co.uk" for _ in range(4)]
    return Table("tutorhub.bookings_export", "en", "dotted", [
        c("id", N, "INTEGER", g.keys(88_001), "decoy"),
        c("booking.ref", N, "VARCHAR", g.col(lambda: "TH-" + g.code("AA") + g.digits(6, "0123456789")), "decoy",
          JSON_PATH),
        c("parent.first_name", "first_name", "VARCHAR", firsts, JSON_PATH),
        c("parent.last_name", "last_name", "VARCHAR", lasts, JSON_PATH),
        c("parent.contact.email", "email", "VARCHAR", v.emails(g, firsts, lasts, ["gmail.com", "btinternet.com",
                                                                                  "outlook.com", "icloud.com"]),
          JSON_PATH),
        c("parent.contact.phone", "phone", "VARCHAR", g.phones("GB", {"national": 0.5, "e164": 0.5}), JSON_PATH),
        c("parent.address.line1", "street_address", "VARCHAR", g.col(lambda: v.street(g, "en")), JSON_PATH),
        c("parent.address.city", "city", "VARCHAR", [p[0] for p in places], JSON_PATH),
        c("parent.address.postcode", "postal_code", "VARCHAR", [v.postal(g, "GB", p[1]) for p in places], JSON_PATH),
        c("student.first_name", "first_name", "VARCHAR", kids, JSON_PATH),
        c("student.dob", "date_of_birth", "BIGINT", [v.epoch_ms(b) for b in g.births(2007, 2018)], JSON_PATH,
          NUMERIC_DATE),
        c("session.starts_at", N, "BIGINT", [v.epoch_ms(d) + g.rnd.choice([16, 17, 18]) * 3_600_000
                                            for d in g.days("2025-01-06", "2025-11-28")], "decoy", SHAPE, JSON_PATH),
        c("tutor.display_name", "person_name", "VARCHAR", g.col(g.pick(tutors)), STAFF, JSON_PATH),
        c("tutor.subject", N, "VARCHAR", g.col(g.pick(_SUBJECTS)), "decoy", JSON_PATH),
        c("payment.stripe_customer", N, "VARCHAR", g.col(lambda: "cus_" + g.code("ZZZZZZZZZZZZZZ")), "decoy",
          JSON_PATH),
        c("payment.amount_pence", N, "INTEGER", g.col(g.pick([3_500, 4_200, 4_800, 5_500, 6_000])), "decoy",
          JSON_PATH),
        c("meta.client_ip", "ip_address", "VARCHAR", g.col(lambda: g.ipv6() if g.rnd.random() < 0.7 else g.ipv4()),
          JSON_PATH),
        c("meta.app_version", N, "VARCHAR", g.col(g.version), "decoy", JSON_PATH),
        c("notes.internal", "free_text", "VARCHAR", g.sparse(lambda: g.rnd.choice([
            f"mum {v.whole(g, 'en', True)} prefers evenings", f"sibling {v.given(g, 'en')} also interested",
            "dyslexia - extra time"]), 0.8, _words("no notes")), NULLWORD, JSON_PATH),
        c("created_by", "email", "VARCHAR", g.col(g.pick(staff)), AUDIT),
        c("created_at", N, "TIMESTAMP", g.moments("2024-09-01", 440), "decoy", AUDIT),
        c("updated_by", N, "VARCHAR", g.col(g.pick(["api-sync", "system", "zapier", "stripe-webhook"])), "decoy",
          AUDIT),
        c("updated_at", N, "TIMESTAMP", g.moments("2025-06-01", 180), "decoy", AUDIT),
        c("is_deleted", N, "BOOLEAN", g.yn(True, False, 0.03), "decoy"),
        c("session.duration_min", N, "INTEGER", g.col(g.pick([45, 60, 90])), "decoy", JSON_PATH),
        c("session.mode", N, "VARCHAR", g.col(g.pick(["in_person", "online", "hybrid"])), "decoy", JSON_PATH),
        c("session.status", N, "VARCHAR", g.col(g.pick(["confirmed", "completed", "cancelled", "no_show"])), "decoy",
          JSON_PATH),
        c("payment.currency", N, "VARCHAR", g.col(lambda: "GBP"), "decoy", JSON_PATH),
        c("payment.invoice_id", N, "VARCHAR", g.col(lambda: "in_" + g.code("ZZZZZZZZZZZZZZZZ")), "decoy", JSON_PATH),
        c("meta.utm_source", N, "VARCHAR", g.col(g.pick(["google", "facebook", "referral", None])), "decoy",
          JSON_PATH),
        c("rating.stars", N, "INTEGER", g.ints(1, 5), "decoy", JSON_PATH),
    ])


# -- a Bavarian chimney sweep's district register (German) -------------------------------------------------------------


def de_chimney_sweep(g: Gen) -> Table:
    """A chimney sweep's district register (Kehrbuch): the owner as ``Huber, Renate``, the property's street, postal
    code and town (six towns), phones written ``08031/123456``, the direct-debit IBAN, a mandate reference shaped like
    an IBAN, stoves and readings, the district master as ``BSM Florian Wimmer`` and journeymen by given name (few
    distinct), audit columns with staff logins, the sweep's VAT number (business)."""
    fem = v.sexes(g, 0.45)
    firsts, lasts = v.people(g, "de", fem)
    places = [v.city(g, "DE") for _ in range(g.rows)]
    masters = [f"BSM {v.whole(g, 'de', False)}", f"BSM {v.whole(g, 'de', False)}"]
    journeymen = [v.given(g, "de", False) for _ in range(4)]
    logins = _staff_logins(g, "de", 4, 0)
    return Table("schornsteinfeger.Kehrbuch", "de", "pascal", [
        c("KehrbuchNr", N, "INTEGER", g.keys(40_001), "decoy"),
        c("Eigentuemer", "person_name", "VARCHAR", [f"{b}, {a}" for a, b in zip(firsts, lasts)]),
        c("Strasse", "street_address", "VARCHAR", g.col(lambda: v.street(g, "de"))),
        c("Plz", "postal_code", "VARCHAR", [v.postal(g, "DE", p[1]) for p in places]),
        c("Ort", "city", "VARCHAR", [p[0] for p in places]),
        c("Telefon", "phone", "VARCHAR", g.phones("DE", {"slash": 0.7, "national": 0.3}, 0.3)),
        c("Mobil", "phone", "VARCHAR", g.phones("DE", {"intl": 0.5, "national": 0.5}, 1.0, 0.75), "null_heavy"),
        c("SepaIban", "iban", "VARCHAR", g.col(lambda: v.iban(g, "DE", True), 0.3)),
        c("Mandatsreferenz", N, "VARCHAR", g.col(lambda: v.not_iban(g, "DE")), "decoy", SHAPE),
        c("Feuerstaette", N, "VARCHAR", g.col(g.pick(["Kachelofen", "Gas-Brennwerttherme", "Pelletkessel",
                                                      "Kaminofen", "Öl-Niedertemperatur"])), "decoy"),
        c("Brennstoff", N, "VARCHAR", g.col(g.pick(["Holz", "Erdgas", "Heizöl EL", "Pellets"])), "decoy"),
        c("NennleistungKw", N, "DECIMAL(5,1)", g.floats(6, 45, 1), "decoy"),
        c("Baujahr", N, "INTEGER", g.ints(1978, 2024), "decoy", SHAPE),
        c("LetzteMessung", N, "DATE", g.days("2023-01-01", "2025-11-30"), "decoy"),
        c("CoPpm", N, "INTEGER", g.ints(5, 900), "decoy"),
        c("Bezirksschornsteinfeger", "person_name", "VARCHAR", g.col(g.pick(masters)), STAFF),
        c("Geselle", "first_name", "VARCHAR", g.col(g.pick(journeymen)), STAFF),
        c("UStIdNr", N, "VARCHAR", g.col(lambda: "DE281734952"), "business"),
        c("Bemerkung", "free_text", "VARCHAR", g.sparse(lambda: g.rnd.choice([
            f"Schlüssel bei Nachbarin {v.whole(g, 'de', True)}", "Hund im Hof", f"Mieter {v.whole(g, 'de')} anrufen"]),
            0.8, _words("keine Angabe")), NULLWORD),
        c("ErstelltVon", USERNAME, "VARCHAR", g.col(g.pick(logins)), "username", AUDIT),
        c("GeaendertAm", N, "TIMESTAMP", g.moments("2024-01-01", 690), "decoy", AUDIT),
        c("Kehrintervall", N, "VARCHAR", g.col(g.pick(["1x jährlich", "2x jährlich", "4x jährlich"])), "decoy"),
        c("Abgasverlust", N, "DECIMAL(4,1)", g.floats(3, 14, 1), "decoy"),
        c("Gebuehr", N, "DECIMAL(7,2)", g.amounts(35, 180), "decoy"),
        c("Feuerstaettenbescheid", N, "DATE", g.days("2018-01-01", "2025-11-30"), "decoy"),
        c("Maengel", N, "BOOLEAN", g.yn(True, False, 0.12), "decoy"),
        c("Gemarkung", N, "VARCHAR", g.col(g.pick(["Pang", "Aising", "Westerndorf", "Happing"])), "decoy"),
    ])


# -- a Breton town's school canteen enrolments (French) ----------------------------------------------------------------

_ECOLES = ["École Jules Ferry", "École Paul Langevin", "École Pauline Kergomard", "École Jean Moulin",
           "École du Moulin Vert"]


def fr_school_canteen(g: Gen) -> Table:
    """A school canteen's enrolments: the child's names and date of birth ``dd/mm/yyyy`` beside the enrolment in the
    same form, the parent as ``LE GOFF Maëlle``, the parent's NIR for a fee reduction (NULL-heavy), the direct-debit
    IBAN, a mandate reference (RUM), schools named after people (``value_shape``), people allowed to collect the
    child (free text)."""
    kid_fem = v.sexes(g, 0.5)
    kfirst, klast = v.people(g, "fr", kid_fem)
    pfem = v.sexes(g, 0.7)
    places = [v.city(g, "FR") for _ in range(g.rows)]
    parents = [(v.given(g, "fr", f), last, f) for f, last in zip(pfem, klast)]
    pbirths = g.births(1972, 1996)
    return Table("cantine.inscriptions", "fr", "snake", [
        c("id_inscription", N, "INTEGER", g.keys(2_025_001), "decoy"),
        c("nom_enfant", "last_name", "VARCHAR", klast),
        c("prenom_enfant", "first_name", "VARCHAR", kfirst),
        c("date_naiss_enfant", "date_of_birth", "VARCHAR", [_dmy(b, "/") for b in g.births(2013, 2021)], "abbrev"),
        c("date_inscription", N, "VARCHAR", [_dmy(d, "/") for d in g.days("2025-06-01", "2025-09-15")], "decoy",
          SHAPE),
        c("classe", N, "VARCHAR", g.col(g.pick(["PS", "MS", "GS", "CP", "CE1", "CE2", "CM1", "CM2"])), "decoy"),
        c("ecole", N, "VARCHAR", g.col(g.pick(_ECOLES)), "decoy", SHAPE),
        c("nom_responsable", "person_name", "VARCHAR", [f"{la.upper()} {fi}" for fi, la, _ in parents]),
        c("tel_resp", "phone", "VARCHAR", g.phones("FR", {"national": 0.8, "intl": 0.2}), "abbrev"),
        c("courriel", "email", "VARCHAR", v.emails(g, [p[0] for p in parents], [p[1] for p in parents],
                                                   ["orange.fr", "wanadoo.fr", "gmail.com", "laposte.net"], 0.1)),
        c("adresse", "street_address", "VARCHAR", g.col(lambda: v.street(g, "fr"))),
        c("code_postal", "postal_code", "VARCHAR", [v.postal(g, "FR", p[1]) for p in places]),
        c("commune", "city", "VARCHAR", [p[0] for p in places]),
        c("nir_responsable", "ssn", "VARCHAR", g.nullify([v.fr_nir(g, b, p[2]) for b, p in zip(pbirths, parents)],
                                                          0.75), "null_heavy"),
        c("iban_prelevement", "iban", "VARCHAR", g.col(lambda: v.iban(g, "FR", True), 0.25)),
        c("rum", N, "VARCHAR", g.col(lambda: f"RUM-CANT-{g.digits(7, '0123456789')}"), "decoy"),
        c("quotient_familial", N, "INTEGER", g.ints(300, 2_400), "decoy"),
        c("tarif_repas", N, "DECIMAL(4,2)", g.col(g.pick([1.0, 2.1, 3.05, 3.9, 4.6])), "decoy"),
        c("regime", N, "VARCHAR", g.col(g.pick(["standard", "sans porc", "végétarien", "PAI"])), "decoy"),
        c("personnes_autorisees", "free_text", "VARCHAR", g.sparse(lambda: g.rnd.choice([
            f"grand-mère {v.whole(g, 'fr', True)}", f"{v.whole(g, 'fr')} (voisin)",
            f"{v.whole(g, 'fr')}, {v.whole(g, 'fr')}"]), 0.75, _words("néant")), NULLWORD),
        c("maj_le", N, "TIMESTAMP", g.moments("2025-06-01", 180), "decoy", AUDIT),
        c("jours", N, "VARCHAR", g.col(g.pick(["L-M-J-V", "L-J", "M-V", "L-M-J"])), "decoy"),
        c("periscolaire", N, "BOOLEAN", g.yn(True, False, 0.4), "decoy"),
        c("annee_scolaire", N, "VARCHAR", g.col(lambda: "2025-2026"), "decoy"),
        c("solde", N, "DECIMAL(7,2)", g.amounts(-40, 120), "decoy"),
        c("statut", N, "VARCHAR", g.col(g.pick(["validée", "en attente", "annulée"])), "decoy"),
    ])


# -- a Zaragoza padel club's booking app export (Spanish) --------------------------------------------------------------


def es_padel_club(g: Gen) -> Table:
    """A padel club's booking app export: names (two family names), DNI or NIE, date of birth
    ``1984-03-12T00:00:00.000Z`` beside the booking in the same form, mobile, card, the sign-up IPv4, the coach by
    given name (few distinct), payment references shaped like phones that are no valid numbers, audit columns."""
    fem = v.sexes(g, 0.4)
    firsts = [v.given(g, "es", f) for f in fem]
    lasts = [f"{v.family(g, 'es')} {v.family(g, 'es')}" for _ in fem]
    places = [v.city(g, "ES") for _ in range(g.rows)]
    coaches = [v.given(g, "es") for _ in range(4)]
    logins = _staff_logins(g, "es", 3, 1)

    def iso(d: date) -> str:
        return f"{d.isoformat()}T00:00:00.000Z"

    return Table("padel.reservasExport", "es", "camel", [
        c("idReserva", N, "INTEGER", g.keys(510_001, 3), "decoy"),
        c("nombre", "first_name", "VARCHAR", firsts),
        c("apellidos", "last_name", "VARCHAR", lasts),
        c("dniNie", "national_id", "VARCHAR", g.col(lambda: v.es_dni(g) if g.rnd.random() < 0.8 else v.es_nie(g))),
        c("fechaNacimiento", "date_of_birth", "VARCHAR", [iso(b) for b in g.births(1960, 2009)]),
        c("fechaReserva", N, "VARCHAR", [iso(d) for d in g.days("2025-01-01", "2025-11-30")], "decoy", SHAPE),
        c("movil", "phone", "VARCHAR", g.phones("ES", {"national": 0.5, "e164": 0.3, "intl": 0.2})),
        c("email", "email", "VARCHAR", v.emails(g, firsts, [x.split()[0] for x in lasts],
                                                ["gmail.com", "hotmail.es", "yahoo.es", "telefonica.net"], 0.05)),
        c("tarjeta", "credit_card", "VARCHAR", g.col(lambda: v.card(g, ["visa", "mastercard"], "spaced"), 0.4)),
        c("ipAlta", "ip_address", "VARCHAR", g.col(g.ipv4, 0.1)),
        c("codigoPostal", "postal_code", "VARCHAR", [v.postal(g, "ES", p[1]) for p in places]),
        c("localidad", "city", "VARCHAR", [p[0] for p in places]),
        c("pista", N, "VARCHAR", g.col(g.pick(["Pista 1 (cristal)", "Pista 2 (cristal)", "Pista 3 (muro)",
                                               "Pista central"])), "decoy"),
        c("nivel", N, "DECIMAL(2,1)", g.col(g.pick([1.5, 2.0, 2.5, 3.0, 3.5, 4.0])), "decoy"),
        c("monitor", "first_name", "VARCHAR", g.col(g.pick(coaches), 0.4), STAFF),
        c("esSocio", N, "BOOLEAN", g.yn(True, False, 0.35), "decoy"),
        c("importe", N, "DECIMAL(6,2)", g.amounts(6, 32), "decoy"),
        c("refPago", N, "VARCHAR", g.col(lambda: v.not_phone(g, "ES", (3, 3, 3), "0")), "decoy", SHAPE),
        c("creadoPor", USERNAME, "VARCHAR", g.col(g.pick(logins)), "username", AUDIT),
        c("actualizadoEn", N, "TIMESTAMP", g.moments("2025-01-01", 330), "decoy", AUDIT),
        c("duracionMin", N, "INTEGER", g.col(g.pick([60, 90, 120])), "decoy"),
        c("estado", N, "VARCHAR", g.col(g.pick(["confirmada", "cancelada", "pendiente"])), "decoy"),
        c("metodoPago", N, "VARCHAR", g.col(g.pick(["tarjeta", "bizum", "bono", "efectivo"])), "decoy"),
        c("bonoId", N, "VARCHAR", g.col(lambda: "BN" + g.digits(6, "0123456789"), 0.5), "decoy"),
        c("appVersion", N, "VARCHAR", g.col(g.version), "decoy"),
        c("luz", N, "BOOLEAN", g.yn(True, False, 0.4), "decoy"),
    ])


# -- a Naples tax assistance centre's 730 returns (Italian) ------------------------------------------------------------


def it_tax_centre(g: Gen) -> Table:
    """A tax assistance centre's 730 returns: the taxpayer's names, codice fiscale, date of birth (DATE), place of
    birth, residence, mobile, PEC, refund IBAN, the spouse's codice fiscale (NULL-heavy), the operator as ``Dott.ssa
    Caruso`` (few distinct), tax year (``value_shape``), telematic protocol numbers, the employer (a company)."""
    fem = v.sexes(g, 0.5)
    firsts, lasts = v.people(g, "it", fem)
    births = g.births(1945, 2002)
    places = [v.city(g, "IT") for _ in range(g.rows)]
    operators = ["Dott.ssa Caruso", "Dott. Iovine", "Rag. Sannino"]
    spouses = [v.it_cf(g, *v.person(g, "it", not f), g.birth(1945, 2002), not f) if g.rnd.random() < 0.3 else None
               for f in fem]
    return Table("caf.pratiche_730", "it", "snake", [
        c("id_pratica", N, "INTEGER", g.keys(73_001), "decoy"),
        c("anno_imposta", N, "INTEGER", g.col(g.pick([2023, 2024])), "decoy", SHAPE),
        c("cognome", "last_name", "VARCHAR", lasts),
        c("nome", "first_name", "VARCHAR", firsts),
        c("cod_fisc", "national_id", "VARCHAR", [v.it_cf(g, a, b, d, f) for a, b, d, f in zip(firsts, lasts, births,
                                                                                              fem)], "abbrev"),
        c("data_nascita", "date_of_birth", "DATE", births),
        c("comune_nascita", "city", "VARCHAR", g.col(lambda: v.city(g, "IT")[0])),
        c("indirizzo", "street_address", "VARCHAR", g.col(lambda: v.street(g, "it"))),
        c("cap", "postal_code", "VARCHAR", [v.postal(g, "IT", p[1]) for p in places]),
        c("comune_res", "city", "VARCHAR", [p[0] for p in places], "abbrev"),
        c("cellulare", "phone", "VARCHAR", g.phones("IT", {"national": 0.7, "intl": 0.3})),
        c("pec", "email", "VARCHAR", g.col(lambda: f"{v.latin(v.given(g, 'it')).lower()}."
                                                  f"{v.latin(v.family(g, 'it')).lower().replace(' ', '')}"
                                                  f"@{g.rnd.choice(['pec.it', 'legalmail.it', 'postacert.it'])}",
                                           0.5)),
        c("iban_rimborso", "iban", "VARCHAR", g.col(lambda: v.iban(g, "IT"), 0.4)),
        c("cf_coniuge", "national_id", "VARCHAR", spouses, "null_heavy"),
        c("operatore", "person_name", "VARCHAR", g.col(g.pick(operators)), STAFF),
        c("sostituto_imposta", N, "VARCHAR", g.col(g.pick(["Ferrotramviaria S.p.A.", "Pasticceria Gallo S.r.l.",
                                                            "INPS", "Comune di Napoli", "Logistica Vesuviana S.r.l."])),
          "decoy"),
        c("reddito_lordo", N, "DECIMAL(10,2)", g.amounts(8_000, 68_000), "decoy"),
        c("esito", N, "VARCHAR", g.col(g.pick(["a credito", "a debito", "zero"])), "decoy"),
        c("protocollo_telematico", N, "VARCHAR", g.col(lambda: "25" + g.digits(15, "0123456789")), "decoy"),
        c("note", "free_text", "VARCHAR", g.sparse(lambda: g.rnd.choice([
            f"delega alla figlia {v.whole(g, 'it', True)}", "spese mediche da integrare",
            f"coniuge {v.whole(g, 'it')} a carico"]), 0.8, _words("nessuno")), NULLWORD),
        c("data_presentazione", N, "DATE", g.days("2025-04-20", "2025-09-30"), "decoy"),
        c("modello", N, "VARCHAR", g.col(g.pick(["730 ordinario", "730 precompilato", "730 congiunto"])), "decoy"),
        c("rimborso", N, "DECIMAL(9,2)", g.amounts(0, 2_400), "decoy"),
        c("sede", N, "VARCHAR", g.col(g.pick(["Napoli Vomero", "Napoli Centro", "Pozzuoli"])), "decoy"),
        c("familiari_carico", N, "INTEGER", g.ints(0, 4), "decoy"),
        c("stato_pratica", N, "VARCHAR", g.col(g.pick(["trasmessa", "in lavorazione", "scartata"])), "decoy"),
    ])


# -- a Curitiba condominium's gate log (Brazilian Portuguese) ----------------------------------------------------------


def pt_condo_gate(g: Gen) -> Table:
    """A condominium's gate log of visitors: the visitor's name, CPF and RG, phone, the resident who authorised the
    visit (full name) and their e-mail (NULL-heavy), the doorman by given name (few distinct), Mercosur plates, delivery
    companies, times."""
    fem = v.sexes(g, 0.4)
    visitors = [v.whole(g, "pt", f) for f in fem]
    residents = [v.whole(g, "pt") for _ in range(40)]
    doormen = [v.given(g, "pt", False) for _ in range(4)]
    return Table("condominio.portaria_visitantes", "pt", "snake", [
        c("id", N, "INTEGER", g.keys(300_001), "decoy"),
        c("nome_visitante", "person_name", "VARCHAR", visitors),
        c("cpf", "national_id", "VARCHAR", g.col(lambda: v.br_cpf(g, g.rnd.random() < 0.6))),
        c("rg", "national_id", "VARCHAR", g.col(lambda: v.br_rg(g), 0.4)),
        c("telefone", "phone", "VARCHAR", g.phones("BR", {"national": 0.6, "e164": 0.2, "digits": 0.2})),
        c("unidade", N, "VARCHAR", g.col(lambda: f"Bloco {g.rnd.choice('ABC')} - Apto {g.rnd.randint(1, 22)}0"
                                                 f"{g.rnd.randint(1, 4)}"), "decoy"),
        c("morador_autorizou", "person_name", "VARCHAR", g.col(g.pick(residents))),
        c("email_morador", "email", "VARCHAR", g.col(lambda: f"{v.latin(v.given(g, 'pt')).lower()}"
                                                            f"{g.rnd.randint(1, 99)}@"
                                                            + g.rnd.choice(["gmail.com", "uol.com.br", "bol.com.br"]),
                                                     0.7), "null_heavy"),
        c("placa_veiculo", N, "VARCHAR", g.col(lambda: g.code("AAA") + g.digits(1, "0123456789") + g.code("A")
                                                       + g.digits(2, "0123456789"), 0.5), "decoy", VEHICLE),
        c("empresa", N, "VARCHAR", g.col(g.pick(["iFood", "Correios", "Mercado Livre", "Copel", "Sanepar", "-"])),
          "decoy"),
        c("motivo", N, "VARCHAR", g.col(g.pick(["visita", "entrega", "prestador de serviço", "mudança"])), "decoy"),
        c("entrada", N, "TIMESTAMP", g.moments("2025-10-01", 60), "decoy"),
        c("saida", N, "TIMESTAMP", g.moments("2025-10-01", 60), "decoy"),
        c("porteiro", "first_name", "VARCHAR", g.col(g.pick(doormen)), STAFF),
        c("foto_sha1", N, "VARCHAR", g.col(g.sha1), "decoy"),
        c("observacao", "free_text", "VARCHAR", g.sparse(lambda: g.rnd.choice([
            f"acompanhado de {v.whole(g, 'pt')}", "deixou encomenda na portaria",
            f"liberado por {v.whole(g, 'pt', True)} via interfone"]), 0.8, _words("sem observações")), NULLWORD),
        c("c07", N, "VARCHAR", g.col(g.pick(["TAG", "QR", "INTERFONE"])), "decoy", OPAQUE),
        c("tipo_documento", N, "VARCHAR", g.col(g.pick(["RG", "CNH", "CPF"])), "decoy"),
        c("bloco", N, "VARCHAR", g.col(g.pick(["A", "B", "C"])), "decoy"),
        c("autorizado_por_app", N, "BOOLEAN", g.yn(True, False, 0.6), "decoy"),
        c("cracha", N, "VARCHAR", g.col(lambda: "V-" + g.digits(3, "0123456789")), "decoy"),
        c("portao", N, "VARCHAR", g.col(g.pick(["social", "serviço", "garagem"])), "decoy"),
        c("temperatura", N, "DECIMAL(3,1)", g.floats(35.5, 37.4, 1), "decoy"),
    ])


# -- a Utrecht bicycle subscription's customers (Dutch) ----------------------------------------------------------------


def nl_bike_subscription(g: Gen) -> Table:
    """A bicycle subscription's customers: given name, the ``tussenvoegsel`` (``van``, ``de``, ``van den``: a name part,
    ``person_name``), family name, date of birth ``12 mrt 1984``, street and house number in two columns, IBAN, frame
    numbers, the mechanic by given name (few distinct), audit columns with staff logins."""
    fem = v.sexes(g, 0.5)
    firsts, lasts = v.people(g, "nl", fem)
    places = [v.city(g, "NL") for _ in range(g.rows)]
    particles = [" ".join(x.split()[:-1]) or None for x in lasts]
    mechanics = [v.given(g, "nl", False) for _ in range(4)]
    logins = _staff_logins(g, "nl", 5, 3)
    return Table("fietsabonnement.klanten", "nl", "camel", [
        c("klantId", N, "INTEGER", g.keys(1_200_001), "decoy"),
        c("voornaam", "first_name", "VARCHAR", firsts),
        c("tussenvoegsel", "person_name", "VARCHAR", particles, "null_heavy"),
        c("achternaam", "last_name", "VARCHAR", [x.split()[-1] for x in lasts]),
        c("geboortedatum", "date_of_birth", "VARCHAR", [f"{b.day} {_NL_MONTHS[b.month - 1]} {b.year}"
                                                        for b in g.births(1958, 2008)], MONTH_NAME),
        c("straat", "street_address", "VARCHAR", g.col(g.pick(v.STREETS["nl"]))),
        c("huisnummer", "street_address", "VARCHAR", g.col(lambda: f"{g.rnd.randint(1, 240)}"
                                                                   f"{g.rnd.choice(['', '', '', 'A', 'bis', '-2'])}")),
        c("postcode", "postal_code", "VARCHAR", [v.postal(g, "NL", p[1]) for p in places]),
        c("woonplaats", "city", "VARCHAR", [p[0] for p in places]),
        c("telefoonnummer", "phone", "VARCHAR", g.phones("NL", {"national": 0.6, "e164": 0.4})),
        c("emailadres", "email", "VARCHAR", v.emails(g, firsts, [x.split()[-1] for x in lasts],
                                                     ["gmail.com", "ziggo.nl", "kpnmail.nl", "hotmail.com"])),
        c("iban", "iban", "VARCHAR", g.col(lambda: v.iban(g, "NL", g.rnd.random() < 0.5))),
        c("abonnement", N, "VARCHAR", g.col(g.pick(["Original", "Deluxe 7", "Power 1", "Power 7"])), "decoy"),
        c("framenummer", N, "VARCHAR", g.col(lambda: "WAV" + g.digits(8, "0123456789")), "decoy", SHAPE),
        c("startdatum", N, "DATE", g.days("2021-03-01", "2025-11-30"), "decoy"),
        c("opzegreden", N, "VARCHAR", g.col(g.pick(["verhuisd", "te duur", "eigen fiets gekocht", None, None])),
          "decoy"),
        c("monteur", "first_name", "VARCHAR", g.col(g.pick(mechanics), 0.3), STAFF),
        c("createdBy", USERNAME, "VARCHAR", g.col(g.pick(logins)), "username", AUDIT),
        c("createdAt", N, "TIMESTAMP", g.moments("2021-03-01", 1_700), "decoy", AUDIT),
        c("updatedAt", N, "TIMESTAMP", g.moments("2025-01-01", 330), "decoy", AUDIT),
        c("maandbedrag", N, "DECIMAL(6,2)", g.col(g.pick([19.9, 24.9, 69.9, 79.9])), "decoy"),
        c("slotcode", N, "VARCHAR", g.col(lambda: g.digits(4, "0123456789")), "decoy"),
        c("winkel", N, "VARCHAR", g.col(g.pick(["Utrecht Centrum", "Amersfoort", "Zeist"])), "decoy"),
        c("reparaties", N, "INTEGER", g.ints(0, 9), "decoy"),
        c("status", N, "VARCHAR", g.col(g.pick(["actief", "opgezegd", "gepauzeerd"])), "decoy"),
    ])


# -- a Lublin funeral home's orders (Polish) ---------------------------------------------------------------------------


def pl_funeral_home(g: Gen) -> Table:
    """A funeral home's orders: the deceased's names, PESEL and date of birth ``12.III.1934`` beside the date of death
    in the same form, the relative who ordered (full name), their phone, address and IBAN (for the burial allowance),
    the master of ceremonies as ``ks. Wojciech`` or ``p. Mazur`` (few distinct), graves, coffins, the home's NIP
    (business)."""
    fem = v.sexes(g, 0.5)
    firsts, lasts = v.people(g, "pl", fem)
    births = g.births(1925, 1975)
    places = [v.city(g, "PL") for _ in range(g.rows)]
    masters = [f"ks. {v.given(g, 'pl', False)}", f"p. {v.family(g, 'pl', False)}", f"p. {v.family(g, 'pl', True)}"]

    def roman(d: date) -> str:
        return f"{d.day:02d}.{_ROMAN[d.month - 1]}.{d.year}"

    return Table("zaklad_pogrzebowy.zlecenia", "pl", "snake", [
        c("nr_zlecenia", N, "VARCHAR", [f"ZP/{i:04d}/2025" for i in range(1, g.rows + 1)], "decoy"),
        c("zmarly_imie", "first_name", "VARCHAR", firsts),
        c("zmarly_nazwisko", "last_name", "VARCHAR", lasts),
        c("pesel_zmarlego", "national_id", "VARCHAR", [v.pl_pesel(g, b, f) for b, f in zip(births, fem)]),
        c("data_urodzenia", "date_of_birth", "VARCHAR", [roman(b) for b in births], MONTH_NAME),
        c("data_zgonu", N, "VARCHAR", [roman(d) for d in g.days("2025-01-01", "2025-11-30")], "decoy", SHAPE),
        c("zlecajacy", "person_name", "VARCHAR", g.col(lambda: v.whole(g, "pl"))),
        c("pokrewienstwo", N, "VARCHAR", g.col(g.pick(["syn", "córka", "małżonek", "wnuk", "brat"])), "decoy"),
        c("tel_zlecajacego", "phone", "VARCHAR", g.phones("PL", {"national": 0.6, "intl": 0.4}), "abbrev"),
        c("adres_zlecajacego", "street_address", "VARCHAR", g.col(lambda: v.street(g, "pl"))),
        c("kod_pocztowy", "postal_code", "VARCHAR", [v.postal(g, "PL", p[1]) for p in places]),
        c("miejscowosc", "city", "VARCHAR", [p[0] for p in places]),
        c("nr_konta_zasilek", "iban", "VARCHAR", g.col(lambda: v.iban(g, "PL", True), 0.35)),
        c("cmentarz", N, "VARCHAR", g.col(g.pick(["Cmentarz przy ul. Lipowej", "Cmentarz Majdanek",
                                                  "Cmentarz parafialny św. Agnieszki"])), "decoy", SHAPE),
        c("kwatera", N, "VARCHAR", g.col(lambda: f"K-{g.rnd.randint(1, 40)} rz. {g.rnd.randint(1, 12)} "
                                                 f"m. {g.rnd.randint(1, 30)}"), "decoy"),
        c("trumna", N, "VARCHAR", g.col(g.pick(["sosna lakier", "dąb klasyczna", "urna ceramiczna",
                                                "olcha półmat"])), "decoy"),
        c("mistrz_ceremonii", "person_name", "VARCHAR", g.col(g.pick(masters)), STAFF),
        c("nip_zakladu", N, "VARCHAR", g.col(lambda: "712-290-45-18"), "business"),
        c("koszt", N, "DECIMAL(8,2)", g.amounts(3_500, 14_000), "decoy"),
        c("uwagi", "free_text", "VARCHAR", g.sparse(lambda: g.rnd.choice([
            f"kontakt także z {v.whole(g, 'pl')}", "kremacja, urna do odbioru",
            f"nekrolog: śp. {v.whole(g, 'pl')}"]), 0.8, _words("brak danych")), NULLWORD),
        c("rodzaj_pochowku", N, "VARCHAR", g.col(g.pick(["tradycyjny", "kremacja", "urnowy"])), "decoy"),
        c("data_ceremonii", N, "DATE", g.days("2025-01-03", "2025-12-05"), "decoy"),
        c("godzina", N, "VARCHAR", g.col(g.pick(["10:00", "11:30", "13:00", "14:30"])), "decoy"),
        c("karawan", N, "VARCHAR", g.col(g.pick(["Mercedes E", "Opel Vivaro", "Volvo V90"])), "decoy"),
        c("wiazanki", N, "INTEGER", g.ints(0, 6), "decoy"),
        c("oplacone", N, "BOOLEAN", g.yn(True, False, 0.8), "decoy"),
    ])


# -- a Västerås garden service's RUT basis (Swedish) -------------------------------------------------------------------


def sv_garden_rut(g: Gen) -> Table:
    """A garden service's basis for the RUT tax deduction (exported from a spreadsheet): names, personnummer with the
    century, date of birth as a spreadsheet serial number beside the work date in the same form, property designations
    (``value_shape``), the gardener as ``Björn L`` (few distinct), the company's organisation number and bankgiro
    (business)."""
    fem = v.sexes(g, 0.5)
    firsts, lasts = v.people(g, "sv", fem)
    births = g.births(1930, 1995)
    places = [v.city(g, "SE") for _ in range(g.rows)]
    gardeners = sorted({f"{v.given(g, 'sv')} {v.family(g, 'sv')[0]}" for _ in range(5)})
    return Table("TRADGARDSTJANST.RUT_UNDERLAG", "sv", "screaming", [
        c("ORDERNR", N, "INTEGER", g.keys(7_001), "decoy"),
        c("KUND_FNAMN", "first_name", "VARCHAR", firsts, "abbrev"),
        c("KUND_ENAMN", "last_name", "VARCHAR", lasts, "abbrev"),
        c("PERSONNR", "national_id", "VARCHAR", [v.se_pnr(g, b, True) for b in births]),
        c("FODD", "date_of_birth", "INTEGER", [v.excel_serial(b) for b in births], NUMERIC_DATE),
        c("UTFORT", N, "INTEGER", [v.excel_serial(d) for d in g.days("2025-03-01", "2025-11-15")], "decoy", SHAPE),
        c("UTDELNINGSADRESS", "street_address", "VARCHAR", g.col(lambda: v.street(g, "sv"))),
        c("POSTNR", "postal_code", "VARCHAR", [v.postal(g, "SE", p[1]) for p in places]),
        c("POSTORT", "city", "VARCHAR", [p[0].upper() for p in places]),
        c("MOBIL", "phone", "VARCHAR", g.phones("SE", {"national": 0.7, "intl": 0.3}, 0.8)),
        c("EPOST", "email", "VARCHAR", v.emails(g, firsts, lasts, ["telia.com", "gmail.com", "hotmail.se"], 0.2)),
        c("FASTIGHETSBETECKNING", N, "VARCHAR", g.col(lambda: f"{g.rnd.choice(['Västerås', 'Skultuna', 'Sala'])} "
                                                              f"{g.rnd.choice(['Björnö', 'Hacksta', 'Vallby'])} "
                                                              f"{g.rnd.randint(1, 30)}:{g.rnd.randint(1, 200)}"),
          "decoy", SHAPE),
        c("TJANST", N, "VARCHAR", g.col(g.pick(["Gräsklippning", "Häckklippning", "Lövkrattning", "Snöskottning"])),
          "decoy"),
        c("TIMMAR", N, "DECIMAL(4,1)", g.floats(1, 12, 1), "decoy"),
        c("ARBETSKOSTNAD", N, "DECIMAL(8,2)", g.amounts(500, 12_000), "decoy"),
        c("RUT_AVDRAG", N, "DECIMAL(8,2)", g.amounts(250, 6_000), "decoy"),
        c("TRADGARDSMASTARE", "person_name", "VARCHAR", g.col(g.pick(gardeners)), STAFF),
        c("ORGNR", N, "VARCHAR", g.col(lambda: "559123-4567"), "business"),
        c("BANKGIRO", N, "VARCHAR", g.col(lambda: "5050-1055"), "business"),
        c("KOMMENTAR", "free_text", "VARCHAR", g.sparse(lambda: g.rnd.choice([
            f"grind kod hos {v.whole(g, 'sv')}", "kompost bakom garaget",
            f"faktura till sonen {v.whole(g, 'sv', False)}"]),
            0.8, _words("saknas")), NULLWORD),
        c("MATERIAL", N, "DECIMAL(8,2)", g.amounts(0, 2_500), "decoy"),
        c("MOMS", N, "DECIMAL(8,2)", g.amounts(100, 3_000), "decoy"),
        c("BETALD", N, "VARCHAR", g.yn("JA", "NEJ", 0.85), "decoy"),
        c("FAKTURANR", N, "VARCHAR", g.col(lambda: "F" + g.digits(6, "0123456789")), "decoy"),
        c("SKATTEVERKET_STATUS", N, "VARCHAR", g.col(g.pick(["Godkänd", "Skickad", "Avslag"])), "decoy"),
    ])


# -- a Viborg municipality's meal delivery (Danish) --------------------------------------------------------------------


def da_meal_service(g: Gen) -> Table:
    """A municipality's meal delivery to elderly citizens: CPR with or without the dash, full name, address in five
    local towns (few distinct cities), landline, next of kin and their phone (NULL-heavy), date of birth (DATE), the
    driver by given name (few distinct), routes, diets, audit columns with staff logins, the municipality's CVR
    (business)."""
    fem = v.sexes(g, 0.6)
    births = g.births(1926, 1955)
    places = [v.city(g, "DK") for _ in range(g.rows)]
    drivers = [v.given(g, "da") for _ in range(5)]
    logins = _staff_logins(g, "da", 4, 2)
    return Table("madservice.borgere", "da", "snake", [
        c("borger_id", N, "INTEGER", g.keys(60_001), "decoy"),
        c("cpr", "national_id", "VARCHAR", [v.dk_cpr(g, b, g.rnd.random() < 0.6) for b in births]),
        c("navn", "person_name", "VARCHAR", [v.whole(g, "da", f) for f in fem]),
        c("foedselsdato", "date_of_birth", "DATE", births),
        c("adresse", "street_address", "VARCHAR", g.col(lambda: v.street(g, "da"))),
        c("postnr", "postal_code", "VARCHAR", [v.postal(g, "DK", p[1]) for p in places]),
        c("by", "city", "VARCHAR", [p[0] for p in places]),
        c("telefon", "phone", "VARCHAR", g.phones("DK", {"national": 0.7, "intl": 0.3}, 0.3)),
        c("paaroerende", "person_name", "VARCHAR", g.col(lambda: v.whole(g, "da"), 0.7), "null_heavy"),
        c("paaroerende_tlf", "phone", "VARCHAR", g.phones("DK", {"national": 0.5, "intl": 0.5}, 1.0, 0.7),
          "null_heavy"),
        c("diaet", N, "VARCHAR", g.col(g.pick(["normal", "diabetes", "blød kost", "gluten", "energitæt"])), "decoy"),
        c("portioner", N, "INTEGER", g.ints(1, 2), "decoy"),
        c("rute", N, "VARCHAR", g.col(g.pick(["Rute 1 Nord", "Rute 2 Syd", "Rute 3 Land"])), "decoy"),
        c("chauffoer", "first_name", "VARCHAR", g.col(g.pick(drivers)), STAFF),
        c("visiteret_dato", N, "DATE", g.days("2019-01-01", "2025-11-30"), "decoy"),
        c("bevilling_nr", N, "VARCHAR", g.col(lambda: "BEV-" + g.digits(6, "0123456789")), "decoy"),
        c("kommune_cvr", N, "VARCHAR", g.col(lambda: "29189781"), "business"),
        c("note", "free_text", "VARCHAR", g.sparse(lambda: g.rnd.choice([
            f"nøgle hos naboen {v.whole(g, 'da')}", "ring på to gange", f"datter {v.whole(g, 'da', True)} henter"]),
            0.8, _words("ingen")), NULLWORD),
        c("oprettet_af", USERNAME, "VARCHAR", g.col(g.pick(logins)), "username", AUDIT),
        c("opdateret", N, "TIMESTAMP", g.moments("2025-01-01", 330), "decoy", AUDIT),
        c("leveringsdage", N, "VARCHAR", g.col(g.pick(["man-ons-fre", "dagligt", "tir-tor"])), "decoy"),
        c("egenbetaling", N, "DECIMAL(6,2)", g.amounts(40, 64), "decoy"),
        c("koelekasse", N, "BOOLEAN", g.yn(True, False, 0.3), "decoy"),
        c("ophoert", N, "BOOLEAN", g.yn(True, False, 0.1), "decoy"),
        c("leverandoer", N, "VARCHAR", g.col(g.pick(["Kommunekøkkenet", "Det Gode Køkken"])), "decoy"),
    ])


# -- a South Bohemian village's cemetery plot leases (Czech) -----------------------------------------------------------


def cs_cemetery(g: Gen) -> Table:
    """A village's cemetery plot leases: the lessee's names (few families recur), birth number, date of birth ``12. 3.
    1954``, address, phone, the buried person's full name, grave positions, the year the grave was founded
    (``value_shape``), the administrator as ``Ing. Petr Zeman`` (few distinct), the village's IČO (business)."""
    fem = v.sexes(g, 0.5)
    families = v.NAMES["cs"][2][:6]
    firsts, lasts = v.people(g, "cs", fem, families)
    births = g.births(1935, 1990)
    places = [v.city(g, "CZ") for _ in range(g.rows)]
    admins = ["Ing. Petr Zeman", "Blanka Horáková"]
    return Table("hrbitov.najemci_hrobu", "cs", "snake", [
        c("cislo_hrobu", N, "VARCHAR", g.col(lambda: f"odd. {g.rnd.choice('ABCD')}, ř. {g.rnd.randint(1, 14)}, "
                                                     f"č. {g.rnd.randint(1, 40)}"), "decoy"),
        c("najemce_jmeno", "first_name", "VARCHAR", firsts),
        c("najemce_prijmeni", "last_name", "VARCHAR", lasts, SMALL_CLUB),
        c("rodne_cislo", "national_id", "VARCHAR", [v.cz_rc(g, b, f, g.rnd.random() < 0.7)
                                                    for b, f in zip(births, fem)]),
        c("datum_narozeni", "date_of_birth", "VARCHAR", [f"{b.day}. {b.month}. {b.year}" for b in births]),
        c("adresa", "street_address", "VARCHAR", g.col(lambda: v.street(g, "cs"))),
        c("psc", "postal_code", "VARCHAR", [v.postal(g, "CZ", p[1]) for p in places], "abbrev"),
        c("obec", "city", "VARCHAR", [p[0] for p in places]),
        c("telefon", "phone", "VARCHAR", g.phones("CZ", {"national": 0.6, "intl": 0.4}, 0.7, 0.2)),
        c("zesnuly", "person_name", "VARCHAR", g.col(lambda: v.whole(g, "cs"), 0.15)),
        c("rok_zalozeni", N, "INTEGER", g.ints(1890, 2010), "decoy", SHAPE),
        c("najem_do", N, "DATE", g.days("2026-01-01", "2035-12-31"), "decoy"),
        c("poplatek", N, "DECIMAL(7,2)", g.col(g.pick([300.0, 450.0, 600.0, 900.0])), "decoy"),
        c("typ_hrobu", N, "VARCHAR", g.col(g.pick(["jednohrob", "dvojhrob", "urnové místo", "hrobka"])), "decoy"),
        c("spravce", "person_name", "VARCHAR", g.col(g.pick(admins)), STAFF),
        c("ico_obce", N, "VARCHAR", g.col(lambda: "00252735"), "business"),
        c("poznamka", "free_text", "VARCHAR", g.sparse(lambda: g.rnd.choice([
            f"nájem převzala dcera {v.whole(g, 'cs', True)}", "pomník poškozen", f"plátce {v.whole(g, 'cs')}"]),
            0.8, _words("bez poznámky")), NULLWORD),
        c("attr_3", N, "VARCHAR", g.col(g.pick(["A", "B", "X"])), "decoy", OPAQUE),
        c("zaplaceno", N, "BOOLEAN", g.yn(True, False, 0.85), "decoy"),
        c("smlouva_c", N, "VARCHAR", g.col(lambda: f"NH-{g.digits(3, '0123456789')}/{g.rnd.choice([2016, 2021])}"),
          "decoy"),
        c("pomnik", N, "VARCHAR", g.col(g.pick(["žula", "mramor", "teraco", "bez pomníku"])), "decoy"),
        c("rok_uloženi", N, "INTEGER", g.ints(1950, 2025), "decoy", SHAPE),
        c("gps", N, "VARCHAR", g.col(lambda: g.coord((49.25, 49.45), (14.5, 14.8))), "decoy"),
    ])


# -- a Konya exam-preparation school's pupils (Turkish) ----------------------------------------------------------------


def tr_exam_school(g: Gen) -> Table:
    """An exam-preparation school's pupils: names, T.C. kimlik, date of birth ``12.03.2008``, the parent's full name,
    phone and e-mail, address, the instalment card, the teacher as ``Hakan Hoca`` (few distinct), mock exam scores,
    payment references failing Luhn."""
    fem = v.sexes(g, 0.5)
    firsts, lasts = v.people(g, "tr", fem)
    places = [v.city(g, "TR") for _ in range(g.rows)]
    parents = [(v.given(g, "tr"), la) for la in lasts]
    teachers = [f"{v.given(g, 'tr', False)} Hoca", f"{v.given(g, 'tr', True)} Hoca", f"{v.given(g, 'tr', False)} Hoca"]
    return Table("dershane.OgrenciKayit", "tr", "pascal", [
        c("KayitNo", N, "INTEGER", g.keys(25_001), "decoy"),
        c("Ad", "first_name", "VARCHAR", firsts),
        c("Soyad", "last_name", "VARCHAR", lasts),
        c("TcKimlikNo", "national_id", "VARCHAR", g.col(lambda: v.tr_tc(g))),
        c("DogumTarihi", "date_of_birth", "VARCHAR", [_dmy(b) for b in g.births(2006, 2011)]),
        c("VeliAdSoyad", "person_name", "VARCHAR", [f"{a} {b}" for a, b in parents]),
        c("VeliTelefon", "phone", "VARCHAR", g.phones("TR", {"national": 0.7, "intl": 0.3})),
        c("VeliEposta", "email", "VARCHAR", v.emails(g, [a for a, _ in parents], [b for _, b in parents],
                                                     ["gmail.com", "hotmail.com", "yandex.com"], 0.2)),
        c("Adres", "street_address", "VARCHAR", g.col(lambda: v.street(g, "tr"))),
        c("Sehir", "city", "VARCHAR", [p[0] for p in places]),
        c("PostaKodu", "postal_code", "VARCHAR", [v.postal(g, "TR", p[1]) for p in places]),
        c("Sinif", N, "VARCHAR", g.col(g.pick(["9", "10", "11", "12", "Mezun"])), "decoy"),
        c("Alan", N, "VARCHAR", g.col(g.pick(["Sayısal", "Eşit Ağırlık", "Sözel", "Dil"])), "decoy"),
        c("DenemePuani", N, "DECIMAL(6,2)", g.floats(120, 480, 2), "decoy"),
        c("Ogretmen", "person_name", "VARCHAR", g.col(g.pick(teachers)), STAFF),
        c("TaksitTutari", N, "DECIMAL(8,2)", g.amounts(1_500, 6_000), "decoy"),
        c("KrediKarti", "credit_card", "VARCHAR", g.col(lambda: v.card(g, ["visa", "mastercard", "maestro"], "dashed"),
                                                        0.5)),
        c("OdemeRef", N, "VARCHAR", g.col(lambda: v.not_luhn_plain(g, "9", 16)), "decoy", SHAPE),
        c("Not", "free_text", "VARCHAR", g.sparse(lambda: g.rnd.choice([
            f"servis: {v.whole(g, 'tr')} alacak", "burslu öğrenci", f"kardeşi {v.whole(g, 'tr')} de kayıtlı"]),
            0.8, _words("belirtilmemiş")), NULLWORD),
        c("KayitTarihi", N, "DATE", g.days("2025-06-15", "2025-10-01"), "decoy"),
        c("SubeKodu", N, "VARCHAR", g.col(g.pick(["SLC-01", "MRM-02", "KRT-03"])), "decoy"),
        c("ServisGuzergahi", N, "VARCHAR", g.col(g.pick(["Bosna", "Meram", "Yazır", "Yok"])), "decoy"),
        c("BursOrani", N, "INTEGER", g.col(g.pick([0, 10, 25, 50])), "decoy"),
        c("DevamsizlikGun", N, "INTEGER", g.ints(0, 14), "decoy"),
        c("KitapSetiTeslim", N, "BOOLEAN", g.yn(True, False, 0.9), "decoy"),
    ])


# -- a Saitama removal company's quotes (romanized Japanese) -----------------------------------------------------------


def ja_latn_removals(g: Gen) -> Table:
    """A removal company's quotes: family and given name in romaji, phone, e-mail, old and new address in romaji, the
    new city, the salesperson as ``Hayashi Tatsuya`` (few distinct), trucks, volumes, a surrogate key named like an
    address, audit columns with staff logins."""
    fem = v.sexes(g, 0.45)
    pairs = [v.ja_person(g, f) for f in fem]
    olds = [v.city(g, "JP") for _ in range(g.rows)]
    news = [v.city(g, "JP") for _ in range(g.rows)]
    sales = [f"{g.rnd.choice(v.JA_LAST)[1]} {g.rnd.choice(v.JA_MALE)[1]}" for _ in range(3)]
    logins = [f"{p[1].lower()}.{g.rnd.choice(v.JA_LAST)[1].lower()}" for p in v.JA_MALE[:3]]

    def romaji(place: tuple[str, str]) -> str:
        return f"{g.rnd.choice(['Honcho', 'Minamicho', 'Motomachi', 'Chuo'])} {g.rnd.randint(1, 6)}-" \
               f"{g.rnd.randint(1, 30)}-{g.rnd.randint(1, 20)}, {v.JP_ROMAJI[place[0]]}"

    return Table("HIKKOSHI.MITSUMORI", "ja-Latn", "screaming", [
        c("MITSUMORI_NO", N, "VARCHAR", g.col(lambda: "MT" + g.digits(8, "0123456789")), "decoy"),
        c("SEI", "last_name", "VARCHAR", [la[1].upper() for la, _ in pairs]),
        c("MEI", "first_name", "VARCHAR", [fi[1] for _, fi in pairs]),
        c("DENWA", "phone", "VARCHAR", g.phones("JP", {"national": 0.8, "intl": 0.2}, 0.8)),
        c("MEERU", "email", "VARCHAR", v.emails(g, [fi[1] for _, fi in pairs], [la[1] for la, _ in pairs],
                                                ["docomo.ne.jp", "ezweb.ne.jp", "gmail.com", "yahoo.co.jp"], 0.1)),
        c("KYU_YUBIN", "postal_code", "VARCHAR", [v.postal(g, "JP", p[1]) for p in olds]),
        c("KYU_JUSHO", "street_address", "VARCHAR", [romaji(p) for p in olds]),
        c("SHIN_JUSHO", "street_address", "VARCHAR", [romaji(p) for p in news]),
        c("SHIN_SHI", "city", "VARCHAR", [v.JP_ROMAJI[p[0]] for p in news]),
        c("HOUMON_BI", N, "DATE", g.days("2025-01-10", "2025-12-20"), "decoy"),
        c("HIKKOSHI_BI", N, "DATE", g.days("2025-02-01", "2026-03-31"), "decoy"),
        c("NIMOTSU_M3", N, "DECIMAL(4,1)", g.floats(3, 38, 1), "decoy"),
        c("TORAKKU", N, "VARCHAR", g.col(g.pick(["2t", "2t ROOGU", "3t", "4t"])), "decoy"),
        c("PIANO_ARI", N, "BOOLEAN", g.yn(True, False, 0.08), "decoy"),
        c("KINGAKU", N, "INTEGER", g.ints(38_000, 280_000), "decoy"),
        c("TANTOU", "person_name", "VARCHAR", g.col(g.pick(sales)), STAFF),
        c("JUSHO_SK", N, "INTEGER", g.keys(50_001, 7), "decoy", MISLEADING),
        c("KUPON_CODE", N, "VARCHAR", g.col(lambda: g.code("AAAA") + g.digits(4, "0123456789"), 0.5), "decoy"),
        c("CREATED_BY", USERNAME, "VARCHAR", g.col(g.pick(logins)), "username", AUDIT),
        c("UPDATED_AT", N, "TIMESTAMP", g.moments("2025-01-10", 330), "decoy", AUDIT),
        c("SAGYOUIN_SU", N, "INTEGER", g.ints(2, 6), "decoy"),
        c("DANBORU_SU", N, "INTEGER", g.ints(10, 80), "decoy"),
        c("KEIYAKU_JOTAI", N, "VARCHAR", g.col(g.pick(["SEIYAKU", "MISEIYAKU", "KYANSERU"])), "decoy"),
        c("EAKON_KOJI", N, "BOOLEAN", g.yn(True, False, 0.3), "decoy"),
        c("SHITEN", N, "VARCHAR", g.col(g.pick(["URAWA", "OMIYA", "KAWAGOE"])), "decoy"),
    ])


# -- an after-school club's children (Japanese) ------------------------------------------------------------------------


def ja_after_school(g: Gen) -> Table:
    """An after-school club's children: the child's and the guardian's names in kanji, date of birth ``2016/3/12``,
    phone, address, postal code and city (few distinct), the guardian's employer and its phone (business), who collects
    the child (free text), the leader by family name alone (few distinct)."""
    fem = v.sexes(g, 0.5)
    pairs = [v.ja_person(g, f) for f in fem]
    places = [v.city(g, "JP")[:2] for _ in range(g.rows)]
    leaders = [g.rnd.choice(v.JA_LAST)[0] for _ in range(4)]
    return Table("学童保育.児童名簿", "ja", "native", [
        c("児童番号", N, "INTEGER", g.keys(1_001), "decoy"),
        c("児童氏名", "person_name", "VARCHAR", [f"{la[0]} {fi[0]}" for la, fi in pairs]),
        c("生年月日", "date_of_birth", "VARCHAR", [f"{b.year}/{b.month}/{b.day}" for b in g.births(2013, 2019)]),
        c("学年", N, "VARCHAR", g.col(g.pick(["1年", "2年", "3年", "4年", "5年", "6年"])), "decoy"),
        c("保護者氏名", "person_name", "VARCHAR", [f"{la[0]} {g.rnd.choice(v.JA_FEMALE + v.JA_MALE)[0]}"
                                                  for la, _ in pairs]),
        c("続柄", N, "VARCHAR", g.col(g.pick(["母", "父", "祖母"])), "decoy"),
        c("緊急連絡先", "phone", "VARCHAR", g.phones("JP", {"national": 0.9, "local": 0.1})),
        c("郵便番号", "postal_code", "VARCHAR", [v.postal(g, "JP", p[1]) for p in places]),
        c("市", "city", "VARCHAR", [p[0] for p in places]),
        c("住所", "street_address", "VARCHAR", g.col(lambda: v.street(g, "ja"))),
        c("勤務先", N, "VARCHAR", g.col(g.pick(["株式会社さいたま精工", "県立病院", "市役所", "ベーカリー本町"])), "decoy"),
        c("勤務先電話", N, "VARCHAR", g.col(g.pick(["048-600-0000", "048-700-1111", "048-800-2222"])), "business"),
        c("お迎え", "free_text", "VARCHAR", g.sparse(lambda: g.rnd.choice([
            f"祖母 {g.rnd.choice(v.JA_LAST)[0]} {g.rnd.choice(v.JA_FEMALE)[0]}", "17時 自宅へ帰宅",
            f"{g.rnd.choice(v.JA_LAST)[0]}さん（近所）"]), 0.75, _words("特になし")), NULLWORD),
        c("アレルギー", N, "VARCHAR", g.col(g.pick(["なし", "卵", "小麦", "そば", "乳"])), "decoy"),
        c("担当指導員", "last_name", "VARCHAR", g.col(g.pick(leaders)), STAFF),
        c("利用曜日", N, "VARCHAR", g.col(g.pick(["月水金", "火木", "月〜金", "土"])), "decoy"),
        c("登録日時", N, "TIMESTAMP", g.moments("2025-03-01", 270), "decoy", AUDIT),
        c("おやつ代", N, "INTEGER", g.col(g.pick([1_500, 2_000])), "decoy"),
        c("延長利用", N, "BOOLEAN", g.yn(True, False, 0.3), "decoy"),
        c("クラブ", N, "VARCHAR", g.col(g.pick(["第一クラブ", "第二クラブ"])), "decoy"),
        c("退所予定", N, "DATE", g.days("2026-03-31", "2029-03-31"), "decoy"),
        c("利用料", N, "INTEGER", g.col(g.pick([5_000, 8_000, 10_000])), "decoy"),
    ])


# -- a Nizhny Novgorod tailoring atelier's orders (Russian) ------------------------------------------------------------


def ru_atelier(g: Gen) -> Table:
    """A tailoring atelier's orders: ``ФИО`` with the patronymic in one column, phone, date of birth ``12.03.1984``
    (for a birthday discount), the personal INN for a receipt (NULL-heavy), delivery address (NULL-heavy), the cutter
    by given name and patronymic (few distinct), measurements, fabrics, the atelier's INN (business)."""
    fem = v.sexes(g, 0.75)
    places = [v.city(g, "RU") for _ in range(g.rows)]
    cutters = ["Галина Ивановна", "Марина Сергеевна", "Олег Борисович"]

    def fio(f: bool) -> str:
        a, b = v.person(g, "ru", f)
        father = g.rnd.choice(v.NAMES["ru"][0])
        return f"{b} {a} {father}{'овна' if f else 'ович'}"

    return Table("ателье.заказы", "ru", "native", [
        c("номер", N, "INTEGER", g.keys(3_001), "decoy"),
        c("фио", "person_name", "VARCHAR", [fio(f) for f in fem]),
        c("телефон", "phone", "VARCHAR", g.phones("RU", {"national": 0.5, "intl": 0.3, "digits": 0.2})),
        c("дата_рождения", "date_of_birth", "VARCHAR", g.col(lambda: _dmy(g.birth(1950, 2005)), 0.3)),
        c("инн", "national_id", "VARCHAR", g.col(lambda: v.ru_inn(g), 0.7), "null_heavy"),
        c("адрес_доставки", "street_address", "VARCHAR", g.col(lambda: v.street(g, "ru"), 0.75), "null_heavy"),
        c("город", "city", "VARCHAR", [p[0] for p in places]),
        c("индекс", "postal_code", "VARCHAR", [v.postal(g, "RU", p[1]) for p in places]),
        c("изделие", N, "VARCHAR", g.col(g.pick(["платье", "пальто", "брюки (подгиб)", "костюм", "юбка"])), "decoy"),
        c("обхват_груди", N, "INTEGER", g.ints(80, 120), "decoy"),
        c("ткань", N, "VARCHAR", g.col(g.pick(["шерсть", "лён", "шёлк", "ткань клиента"])), "decoy"),
        c("закройщик", "person_name", "VARCHAR", g.col(g.pick(cutters)), STAFF),
        c("сумма", N, "DECIMAL(9,2)", g.amounts(800, 45_000), "decoy"),
        c("предоплата", N, "DECIMAL(9,2)", g.amounts(0, 20_000), "decoy"),
        c("дата_приёма", N, "VARCHAR", [_dmy(d) for d in g.days("2025-01-01", "2025-11-30")], "decoy", SHAPE),
        c("статус", N, "VARCHAR", g.col(g.pick(["принят", "примерка", "готов", "выдан"])), "decoy"),
        c("инн_ателье", N, "VARCHAR", g.col(lambda: "5260123456"), "business"),
        c("примечание", "free_text", "VARCHAR", g.sparse(lambda: g.rnd.choice([
            f"заберёт {v.whole(g, 'ru')}", "срочно к 15-му", f"подарок от {v.whole(g, 'ru', False)}"]),
            0.8, _words("нет данных")), NULLWORD),
        c("дата_примерки", N, "DATE", g.days("2025-01-10", "2025-12-10"), "decoy"),
        c("срочность", N, "VARCHAR", g.col(g.pick(["обычный", "срочный"])), "decoy"),
        c("длина_изделия", N, "INTEGER", g.ints(40, 130), "decoy"),
        c("фурнитура", N, "VARCHAR", g.col(g.pick(["молния", "пуговицы", "кнопки", "нет"])), "decoy"),
        c("оплата", N, "VARCHAR", g.col(g.pick(["наличные", "карта", "СБП"])), "decoy"),
    ])


# -- a Patras municipal centre for the elderly (Greek) -----------------------------------------------------------------


def el_elderly_centre(g: Gen) -> Table:
    """A municipal centre for the elderly: AMKA (``ssn``), full name, the father's name (``first_name``), date of birth
    ``12/3/1948``, the identity card number ``ΑΒ 123456`` (no check digit), address, landline and mobile (NULL-heavy),
    activities, the social worker (few distinct), the municipality's AFM (business)."""
    fem = v.sexes(g, 0.6)
    births = g.births(1930, 1962)
    places = [v.city(g, "GR") for _ in range(g.rows)]
    workers = [f"{v.given(g, 'el', True)} {v.family(g, 'el', True)}" for _ in range(3)]
    return Table("καπη.μέλη", "el", "native", [
        c("α_α", N, "INTEGER", g.keys(1), "decoy"),
        c("αμκα", "ssn", "VARCHAR", [v.gr_amka(g, b) for b in births]),
        c("ονοματεπώνυμο", "person_name", "VARCHAR", [v.whole(g, "el", f) for f in fem]),
        c("πατρώνυμο", "first_name", "VARCHAR", g.col(lambda: v.given(g, "el", False))),
        c("ημ_γέννησης", "date_of_birth", "VARCHAR", [f"{b.day}/{b.month}/{b.year}" for b in births], "abbrev"),
        c("αδτ", "national_id", "VARCHAR", g.col(lambda: f"{g.rnd.choice('ΑΒΕΖΗΙΚΜΝΟΡΤΥΧ')}"
                                                         f"{g.rnd.choice('ΑΒΕΖΗΙΚΜΝΟΡΤΥΧ')} "
                                                         f"{g.digits(6, '0123456789')}", 0.2), "abbrev"),
        c("διεύθυνση", "street_address", "VARCHAR", g.col(lambda: f"{v.street(g, 'el')}")),
        c("τκ", "postal_code", "VARCHAR", [v.postal(g, "GR", p[1]) for p in places], "abbrev"),
        c("πόλη", "city", "VARCHAR", [p[0] for p in places]),
        c("σταθερό", "phone", "VARCHAR", g.phones("GR", {"national": 0.9, "intl": 0.1}, 0.0)),
        c("κινητό", "phone", "VARCHAR", g.phones("GR", {"national": 0.6, "intl": 0.4}, 1.0, 0.7), "null_heavy"),
        c("δραστηριότητα", N, "VARCHAR", g.col(g.pick(["γυμναστική", "χορωδία", "εκδρομές", "φυσικοθεραπεία",
                                                       "τάβλι"])), "decoy"),
        c("συνδρομή", N, "DECIMAL(5,2)", g.col(g.pick([0.0, 5.0, 10.0])), "decoy"),
        c("κοινωνική_λειτουργός", "person_name", "VARCHAR", g.col(g.pick(workers)), STAFF),
        c("εγγραφή", N, "DATE", g.days("2010-01-01", "2025-11-30"), "decoy"),
        c("αφμ_δήμου", N, "VARCHAR", g.col(lambda: "090024963"), "business"),
        c("σημειώσεις", "free_text", "VARCHAR", g.sparse(lambda: g.rnd.choice([
            f"συνοδεύεται από την κόρη {v.whole(g, 'el', True)}", "χρειάζεται μεταφορά",
            f"επαφή: {v.whole(g, 'el', False)}"]), 0.8, _words("καμία")), NULLWORD),
        c("μέλος_από", N, "INTEGER", g.ints(1995, 2025), "decoy", SHAPE),
        c("κάρτα_μέλους", N, "VARCHAR", g.col(lambda: "ΚΑΠΗ-" + g.digits(5, "0123456789")), "decoy"),
        c("παράρτημα", N, "VARCHAR", g.col(g.pick(["Α΄ ΚΑΠΗ", "Β΄ ΚΑΠΗ", "Γ΄ ΚΑΠΗ"])), "decoy"),
        c("ενεργό", N, "BOOLEAN", g.yn(True, False, 0.85), "decoy"),
        c("ιατρική_βεβαίωση", N, "BOOLEAN", g.yn(True, False, 0.7), "decoy"),
    ])


# -- customers merged from three systems (staging, English / Hungarian / Romanian) -------------------------------------


def stg_customers_merged(g: Gen) -> Table:
    """A staging table of customers merged from a British web shop, a Hungarian web shop and a Romanian ERP: coalesced
    columns in English (the name in the source's order, e-mail, phone of three countries, address, city, postal code)
    and source-specific columns named in their system's language and filled only for its rows: the Hungarian TAJ
    (``ssn``) and date of birth ``1984.03.12.``, the Romanian CNP and date of birth ``12.03.1984`` (tag ``qualified``),
    the web shop's browser IP; merge metadata."""
    src = [g.rnd.choices(["shopify", "hu_webshop", "ro_erp"], [0.4, 0.3, 0.3])[0] for _ in range(g.rows)]
    lang = {"shopify": "en", "hu_webshop": "hu", "ro_erp": "ro"}
    country = {"shopify": "GB", "hu_webshop": "HU", "ro_erp": "RO"}
    fem = v.sexes(g, 0.5)
    people = [v.person(g, lang[s], f) for s, f in zip(src, fem)]
    births = g.births(1950, 2005)
    places = [v.city(g, country[s]) for s in src]
    names = [f"{b} {a}" if s == "hu_webshop" else (f"{b.upper()} {a}" if s == "ro_erp" else f"{a} {b}")
             for s, (a, b) in zip(src, people)]
    phones = [g.phone(country[s], g.rnd.choice(["e164", "national", "intl"])) for s in src]
    return Table("stg.customers_merged", "en", "snake", [
        c("stg_id", N, "BIGINT", g.keys(9_000_000_001), "decoy"),
        c("src_system", N, "VARCHAR", src, "decoy"),
        c("src_record_id", N, "VARCHAR", g.col(g.uuid), "decoy"),
        c("customer_name", "person_name", "VARCHAR", names),
        c("email_addr", "email", "VARCHAR", v.emails(g, [a for a, _ in people], [b for _, b in people],
                                                     ["gmail.com", "freemail.hu", "yahoo.ro", "outlook.com"])),
        c("phone_raw", "phone", "VARCHAR", phones),
        c("addr_line", "street_address", "VARCHAR", [v.street(g, {"GB": "en", "HU": "hu", "RO": "ro"}[country[s]])
                                                      for s in src], "abbrev"),
        c("city", "city", "VARCHAR", [p[0] for p in places]),
        c("zip", "postal_code", "VARCHAR", [v.postal(g, country[s], p[1]) for s, p in zip(src, places)]),
        c("shp_browser_ip", "ip_address", "VARCHAR", [g.ipv4() if s == "shopify" else None for s in src],
          QUALIFIED),
        c("shp_accepts_marketing", N, "BOOLEAN", [g.rnd.random() < 0.4 if s == "shopify" else None for s in src],
          "decoy", MISLEADING),
        c("shp_default_address.country_code", N, "VARCHAR", [country[s] for s in src], "decoy", JSON_PATH),
        c("hu_taj_szam", "ssn", "VARCHAR", [v.hu_taj(g, g.rnd.random() < 0.5) if s == "hu_webshop" else None
                                            for s in src], QUALIFIED, "null_heavy", "lang:hu"),
        c("hu_szuletesi_datum", "date_of_birth", "VARCHAR",
          [f"{b.year}.{b.month:02d}.{b.day:02d}." if s == "hu_webshop" else None for s, b in zip(src, births)],
          QUALIFIED, "null_heavy", "lang:hu"),
        c("ro_cnp", "national_id", "VARCHAR", [v.ro_cnp(g, b, f) if s == "ro_erp" else None
                                               for s, b, f in zip(src, births, fem)], QUALIFIED, "null_heavy",
          "lang:ro"),
        c("ro_data_nasterii", "date_of_birth", "VARCHAR", [_dmy(b) if s == "ro_erp" else None
                                                           for s, b in zip(src, births)], QUALIFIED, "null_heavy",
          "lang:ro"),
        c("region", N, "VARCHAR", [{"GB": "England", "HU": "Hajdú-Bihar", "RO": "Cluj"}[country[x]] for x in src],
          "decoy"),
        c("loyalty_tier", N, "VARCHAR", g.col(g.pick(["bronze", "silver", "gold"])), "decoy"),
        c("match_score", N, "DECIMAL(4,3)", g.floats(0.5, 1, 3), "decoy"),
        c("dedupe_hash", N, "VARCHAR", g.col(g.sha256), "decoy"),
        c("merged_at", N, "TIMESTAMP", g.moments("2025-11-01", 30), "decoy", AUDIT),
        c("currency", N, "VARCHAR", [{"GB": "GBP", "HU": "HUF", "RO": "RON"}[country[x]] for x in src], "decoy"),
        c("orders_count", N, "INTEGER", g.ints(1, 40), "decoy"),
        c("total_spent", N, "DECIMAL(10,2)", g.amounts(10, 4_000), "decoy"),
        c("golden_record", N, "BOOLEAN", g.yn(True, False, 0.7), "decoy"),
        c("load_batch", N, "VARCHAR", g.col(lambda: f"batch_2025_{g.rnd.randint(1, 48):02d}"), "decoy"),
    ])


# -- an Oslo parking machine's log, decoys only (Norwegian) ------------------------------------------------------------


def no_parking_log(g: Gen) -> Table:
    """A parking machine's log: zones, plates (tag ``vehicle``), durations, amounts, a card reference failing Luhn, a
    terminal id, a receipt number shaped like a phone that is no valid number, hashes; no personal data."""
    return Table("parkering.automatlogg", "no", "snake", [
        c("transaksjon_id", N, "INTEGER", g.keys(4_000_001), "decoy"),
        c("tidspunkt", N, "TIMESTAMP", g.moments("2025-11-01", 30), "decoy"),
        c("sone", N, "VARCHAR", g.col(g.pick(["Sone 1 Sentrum", "Sone 2 Grünerløkka", "Sone 3 Majorstuen"])), "decoy"),
        c("registreringsnummer", N, "VARCHAR", g.col(lambda: g.code("AA") + " " + g.digits(5)), "decoy", VEHICLE),
        c("varighet_min", N, "INTEGER", g.ints(15, 240), "decoy"),
        c("belop", N, "DECIMAL(6,2)", g.amounts(12, 180), "decoy"),
        c("kortreferanse", N, "VARCHAR", g.col(lambda: v.not_luhn_plain(g, "7", 16)), "decoy", SHAPE),
        c("kvittering", N, "VARCHAR", g.col(lambda: v.not_phone(g, "NO", (3, 2, 3), "0")), "decoy", SHAPE),
        c("automat", N, "VARCHAR", g.col(lambda: "PA-" + g.digits(4, "0123456789")), "decoy"),
        c("betalingsmate", N, "VARCHAR", g.col(g.pick(["kort", "app", "Vipps"])), "decoy"),
        c("programvare", N, "VARCHAR", g.col(g.version), "decoy"),
        c("kvittering_sha1", N, "VARCHAR", g.col(g.sha1), "decoy"),
        c("status", N, "VARCHAR", g.col(g.pick(["OK", "AVBRUTT", "FEIL"])), "decoy"),
    ])


BUILDERS: list[tuple[Callable[[Gen], Table], int]] = [
    (en_tutoring_export, 300), (de_chimney_sweep, 260), (fr_school_canteen, 280), (es_padel_club, 300),
    (it_tax_centre, 260), (pt_condo_gate, 320), (nl_bike_subscription, 280), (pl_funeral_home, 220),
    (sv_garden_rut, 240), (da_meal_service, 240), (cs_cemetery, 220), (tr_exam_school, 260),
    (ja_latn_removals, 240), (ja_after_school, 220), (ru_atelier, 240), (el_elderly_centre, 220),
    (stg_customers_merged, 360), (no_parking_log, 220),
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
