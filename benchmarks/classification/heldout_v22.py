"""Held-out set v22 for the column classifier: 18 tables of ordinary business systems in domains no earlier set used,
written from the issue's own list of languages, naming styles and kinds, with more staff under role words, misleading
and role-word names and audit logins.

Written **blind**, like v2 to v21: by someone who has read neither the classifier (``governance_dagster/detect/``) nor
its documentation, tests, changelog or notes, only the list of kind names (``governance_dagster/kinds.py``), how the
scorer registers a set (``heldout_v2_accuracy.py``), the *structure* and labeling conventions of v21
(``heldout_v21.py``, ``heldout_v21_values.py``, its test, ``tests/heldout_support.py``), the docstrings of v2 to v20
(to avoid their domains) and the ``Column``/``Table`` classes and writer they build on. The classifier was not run on
this set while it was written, no scorer was run on it, and no score of any set was looked at: nothing here was
adjusted to what the classifier does. It was written under a short deadline. Like v21 it imports no earlier set's
value module: its random source, name lists, streets, cities and identifier builders are its own
(:mod:`benchmarks.classification.heldout_v22_values`; the generic helpers follow v21's, the lists are new).

What is new against v2 to v21:

* domains (ordinary business systems): a heating engineer's boiler work orders (``fieldservice.work_orders``, UK
  English); a car dealership's test drives (``autohaus.Probefahrten``, German); a furniture store's home deliveries
  (``livraison.commandes_meubles``, French); a temp agency's candidates (``agenzia_lavoro.candidati``, Italian); a
  vocational training company's enrolments (``formacao.inscricoes``, European Portuguese); a solar-panel installer's
  quote requests (``zonnepanelen.offerteAanvragen``, Dutch); a kitchen maker's orders (``meble.zamowienia_kuchni``,
  Polish); a staffing company's timesheets (``BEMANNING.TIDRAPPORTER``, Swedish); a window-cleaning subscription
  business (``vinduespudsning.kunder``, Danish); a window installer's jobs (``okna.zakazky``, Czech); a phone repair
  shop's service tickets (``TeknikServis.ServisKayitlari``, Turkish); a mail-order company's customer master
  (``TSUHAN.KOKYAKU_MASTER``, romanized Japanese); a housekeeping service's bookings (``家事代行.予約``, Japanese); an
  online school's students (``онлайн_школа.ученики``, Russian); a catering company's event orders
  (``τροφοδοσία.παραγγελίες``, Greek); a marketing platform's contact export with source-prefixed, opaque, misleading
  and role-word names (``mktg.contacts_export``, US English); a car rental's agreements (``alquiler.contratos``,
  Spanish); a wholesaler's article master, decoys only (``almacen.articulos``, Spanish);
* names that sound non-personal but hold people (tag ``role_word``): ``owner``, ``assignee``, ``reviewer``,
  ``contact``, ``holder``, ``beneficiary``, ``created_by``, ``engineer``, ``dispatcher``, ``Verkaeufer``,
  ``Bearbeiter``, ``chauffeur``, ``monteur``, ``selezionatore``, ``referente``, ``formador``, ``adviseur``,
  ``projektant``, ``KONSULTCHEF``, ``ATTESTANT``, ``pudser``, ``zamerovac``, ``parta``, ``Teknisyen``, ``TeslimAlan``,
  ``TANTOSHA``, ``スタッフ``, ``куратор``, ``σεφ``, ``agenteMostrador``, ``conductorAdicional``; staff columns with 2
  to 8 distinct people (tag ``staff``), as full names, first names only or family names only;
* logins in audit columns (``created_by``, ``Bearbeiter``, ``REG_AV``, ``KaydiAcan``, ``cerradoPor``: ``unclassified``,
  tag ``username``) beside audit columns holding only service accounts (``updated_by``, ``modified_by``,
  ``creado_por``: ``none``, tag ``service_account``);
* misleading names holding personal data (``misc_1`` a date of birth ``03/12/1984``, ``notes2``, ``code``, ``kod``,
  ``ref``, ``value``, ``attr_4``, ``data``, ``info``, ``type2``, ``parta``, ``owner``) and integer keys named like
  personal data (``email_id``, ``phone_sk``, ``TEL_SK``, ``nombre_id``); opaque names (``field_12``, ``field_13``,
  ``c07``) and source prefixes (``src_hs_c03``, ``src_hs_c04``);
* dates of birth as DATE, as text (``12/3/1984``, ``12-03-1984``, ``12/03/1984``, ``03/12/1984``, ``1984-03-12``,
  ``1984/3/12``), as integers ``19840312`` and split into day, month and year integer columns (each part
  ``date_of_birth``, tag ``split_dob``);
* identifiers with check digits (python-stdnum): US SSN (``ssn``); codice fiscale, Portuguese NIF, PESEL, Swedish
  personnummer, Danish CPR, Czech birth number, T.C. kimlik, Russian personal INN, Greek AFM, Spanish DNI and NIE
  (``national_id``); IBANs of Italy, Portugal, the Netherlands, Sweden and Denmark; cards passing Luhn; phones of the
  United Kingdom, the United States, Germany, France, Italy, Portugal, the Netherlands, Poland, Sweden, Denmark,
  Czechia, Turkey, Japan, Russia, Greece and Spain (a MobilePay number is a ``phone``); IPv4 and IPv6 addresses;
* decoys (tag ``decoy``; ``value_shape`` when shaped like a personal value): work-order, order, contract and delivery
  numbers, SKUs, EANs, VINs, plates (``vehicle``), IMEIs that pass Luhn, brands and companies named after their
  founders (``Roche Bobois``, ``Ferrero``, ``Puig``, ``Torres``), depots, warehouses, stations, job sites and venues,
  "City, Region" sales territories (tag ``territory``), event timestamps and contract dates written like the births
  beside them, hashes, coordinates of depots and warehouses, versions, Y/N flags, enum codes; business addresses and
  phones of branches, showrooms and delivery centres (tag ``business``);
* column names in English, German, French, Spanish, Italian, Portuguese, Dutch, Polish, Swedish, Danish, Czech,
  Turkish, romanized Japanese (``ja-Latn``), Japanese, Russian and Greek; snake, camel, Pascal, SCREAMING case and
  native scripts; abbreviations (``cust_fn``, ``GebDatum``, ``ddn_porteur_carte``, ``REG_AV``, tag ``abbrev``).

Labeling rules: the same as v2 to v21 (see :mod:`benchmarks.classification.heldout_v21`): ``ssn`` is a social-security
number, ``national_id`` any other state-issued personal identifier (a personal tax number included); a business's
address, phone, postal code and city are ``none`` (tag ``business``); names of staff are ``person_name`` (a first name
or a family name alone ``first_name`` or ``last_name``); a login is ``unclassified`` (tag ``username``), a service
account ``none``; free text that names people is ``free_text``; a date of birth split into day, month and year columns
labels each part ``date_of_birth``. Choices a reader may question: a Russian patronymic (``отчество``) is
``person_name`` (like v21's Dutch ``tussenvoegsel``); a client company's contact person (``referente``) and an
approver at a client (``ATTESTANT``) are ``person_name``; the renter's family names (``apellidosConductor``, two
family names in one cell) are ``last_name``; a MobilePay number is ``phone``; a card holder's name in capitals
(``holder``) is ``person_name``; an IMEI is ``none``; a place of work, a station and a venue are ``none``.

Tags: as v21 (``decoy``, ``business``, ``null_heavy``, ``nullword_heavy``, ``abbrev``, ``username``, ``vehicle``,
``value_shape``, ``misleading``, ``staff``, ``opaque``, ``audit``, ``split_dob``, ``source_prefix``) and new:
``role_word`` (a name that sounds non-personal holding people), ``service_account`` (an audit column of service
accounts), ``territory`` (a "City, Region" list of sales territories). ``null_heavy`` here means 50-95% NULL.

Every value is generated here from :data:`SEED` (one ``random.Random`` per table, named after its builder) with
python-stdnum for check digits, phonenumbers for phone validity and formats, and the lists of names, streets and cities
of :mod:`benchmarks.classification.heldout_v22_values`, written for v22 (no Faker, no list of real people). Build:
``python -m benchmarks.classification.heldout_v22 [PATH]`` (default ``/tmp/heldout_v22.duckdb``). Score:
``python -m benchmarks.classification.heldout_v2_accuracy --set v22``.
"""

from __future__ import annotations

import functools
import sys
from collections.abc import Callable
from datetime import date
from pathlib import Path

from benchmarks.classification import heldout_v4
from benchmarks.classification import heldout_v22_values as v
from benchmarks.classification.heldout_v2 import Column, Table
from benchmarks.classification.heldout_v22_values import NULLISH, SEED, USERNAME, Gen, N, c

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

DEFAULT_PATH = Path("/tmp/heldout_v22.duckdb")

NULLWORD = "nullword_heavy"  # 70-95% NULL-like strings and empty strings (few real NULLs)
HEAVY = "null_heavy"  # 50-95% NULL
SHAPE = "value_shape"
VEHICLE = "vehicle"
MISLEADING = "misleading"
STAFF = "staff"  # staff named in a column with few distinct values
ROLE = "role_word"  # a name that sounds non-personal (a role, owner, assignee, holder, contact) holding people
OPAQUE = "opaque"
ABBREV = "abbrev"
AUDIT = "audit"
SPLIT = "split_dob"  # one part of a date of birth split into integer columns
SOURCE = "source_prefix"
USER = "username"
SERVICE = "service_account"  # an audit column holding only service accounts (none)
TERRITORY = "territory"  # "City, Region" lists of sales territories (none)


def _dmy(d: date, sep: str = ".") -> str:
    return f"{d.day:02d}{sep}{d.month:02d}{sep}{d.year}"


def _mdy(d: date) -> str:
    return f"{d.month:02d}/{d.day:02d}/{d.year}"


def _ymd_short(d: date) -> str:
    return f"{d.year}/{d.month}/{d.day}"


def _words(*extra: str) -> tuple[str, ...]:
    return ("", "-", "NULL", "n/a", "N/A") + extra


def _staff(g: Gen, lang: str, n: int) -> list[str]:
    return sorted({v.whole(g, lang) for _ in range(n)})


def _logins(g: Gen, lang: str, n: int, style: int) -> list[str]:
    return sorted({v.login(*v.person(g, lang), style) for _ in range(n)})


# -- a heating engineer's field-service work orders (English, UK) ------------------------------------------------------


def en_field_service(g: Gen) -> Table:
    """Boiler service work orders: the householder's first and family name (abbreviated), site address, postcode and
    town, phone, e-mail, the engineer (six distinct), the work order's ``owner`` (an account manager, three distinct),
    the dispatcher by first name, the creating login (audit), engineer's notes naming people (NULL-word heavy), boiler
    brands named after founders, the depot (a warehouse), job timestamps, GPS of the depot, flags."""
    fem = v.sexes(g, 0.5)
    firsts, lasts = v.people(g, "en", fem)
    places = [v.city(g, "GB") for _ in range(g.rows)]
    engineers = _staff(g, "en", 7)
    owners = _staff(g, "en", 3)
    dispatchers = sorted({v.given(g, "en", True) for _ in range(3)})
    logins = _logins(g, "en", 6, 0)
    return Table("fieldservice.work_orders", "en", "snake", [
        c("wo_id", N, "INTEGER", g.keys(880_001), "decoy"),
        c("wo_number", N, "VARCHAR", g.col(lambda: "WO-" + g.digits(6)), "decoy"),
        c("cust_fn", "first_name", "VARCHAR", firsts, ABBREV),
        c("cust_sn", "last_name", "VARCHAR", lasts, ABBREV),
        c("site_addr_1", "street_address", "VARCHAR", g.col(lambda: v.street(g, "en")), ABBREV),
        c("site_postcode", "postal_code", "VARCHAR", [v.postal(g, "GB", p[1]) for p in places]),
        c("site_town", "city", "VARCHAR", [p[0] for p in places]),
        c("contact_no", "phone", "VARCHAR", g.phones("GB", {"national": 0.6, "intl": 0.2, "e164": 0.2}, 0.5)),
        c("email_addr", "email", "VARCHAR", g.col(lambda: v.emails(g, [v.given(g, "en")], [v.family(g, "en")],
                                                                   ["btinternet.com", "gmail.com", "hotmail.co.uk",
                                                                    "talktalk.net"])[0], 0.25)),
        c("engineer", "person_name", "VARCHAR", g.col(g.pick(engineers)), STAFF, ROLE),
        c("owner", "person_name", "VARCHAR", g.col(g.pick(owners)), STAFF, ROLE, MISLEADING),
        c("dispatcher", "first_name", "VARCHAR", g.col(g.pick(dispatchers)), STAFF, ROLE),
        c("created_by", USERNAME, "VARCHAR", g.col(g.pick(logins)), USER, AUDIT),
        c("engineer_notes", "free_text", "VARCHAR", g.sparse(lambda: g.rnd.choice([
            f"Key left with neighbour {v.whole(g, 'en')} at no. {g.rnd.randint(2, 60)}",
            f"{v.given(g, 'en')} (tenant) not home, rebooked",
            f"Landlord {v.whole(g, 'en')} to approve new flue"]), 0.8, _words("none", "nil")), NULLWORD),
        c("boiler_make", N, "VARCHAR", g.col(g.pick(["Worcester Bosch", "Vaillant", "Baxi", "Ideal Logic",
                                                     "Viessmann", "Glow-worm"])), "decoy"),
        c("boiler_model", N, "VARCHAR", g.col(g.pick(["Greenstar 30i", "ecoTEC plus 832", "800 Combi 2",
                                                      "Vitodens 100-W"])), "decoy"),
        c("gc_number", N, "VARCHAR", g.col(lambda: f"47-{g.digits(3)}-{g.digits(2)}"), "decoy"),
        c("depot", N, "VARCHAR", g.col(g.pick(["Norwich Depot", "Ipswich Hub", "Cambridge North Store"])), "decoy"),
        c("job_type", N, "VARCHAR", g.col(g.pick(["ANNUAL_SERVICE", "BREAKDOWN", "INSTALL", "LANDLORD_CERT"])),
          "decoy"),
        c("scheduled_at", N, "TIMESTAMP", g.moments("2025-01-01", "2025-12-15"), "decoy"),
        c("completed_at", N, "TIMESTAMP", g.moments("2025-01-01", "2025-12-15"), "decoy"),
        c("gas_safe_ok", N, "VARCHAR", g.yn("Y", "N", 0.93), "decoy"),
        c("parts_sku", N, "VARCHAR", g.col(lambda: g.code("PRT-99999"), 0.4), "decoy"),
        c("invoice_total", N, "DECIMAL(8,2)", g.amounts(0, 2_400), "decoy"),
        c("depot_lat", N, "DOUBLE", g.floats(52.05, 52.65, 6), "decoy"),
        c("depot_lon", N, "DOUBLE", g.floats(0.9, 1.3, 6), "decoy"),
        c("updated_by", N, "VARCHAR", g.col(g.pick(["svc_scheduler", "mobile-sync"])), "decoy", AUDIT, SERVICE),
    ])


# -- a car dealership's test drives (German) ---------------------------------------------------------------------------


def de_test_drives(g: Gen) -> Table:
    """Test drives at a car dealership: the prospect's given and family name, date of birth as an integer ``19840312``
    (for the insurer), address, phone, e-mail, the salesman (``Verkaeufer``, five distinct), the ``Bearbeiter`` login
    (audit), the car (plate, VIN, model), kilometres, times, the branch's address (business), a remark naming people."""
    fem = v.sexes(g, 0.35)
    firsts, lasts = v.people(g, "de", fem)
    places = [v.city(g, "DE") for _ in range(g.rows)]
    sellers = _staff(g, "de", 5)
    logins = _logins(g, "de", 5, 2)
    branches = [("Autohaus Pohl & Söhne Regensburg", "Straubinger Straße 61", "93055"),
                ("Autohaus Pohl & Söhne Passau", "Neuburger Straße 140", "94036")]
    branch = [g.rnd.choice(branches) for _ in range(g.rows)]
    return Table("autohaus.Probefahrten", "de", "pascal", [
        c("ProbefahrtId", N, "INTEGER", g.keys(41_001), "decoy"),
        c("Vorname", "first_name", "VARCHAR", firsts),
        c("Nachname", "last_name", "VARCHAR", lasts),
        c("GebDatum", "date_of_birth", "INTEGER", g.col(lambda: int(g.birth(1945, 2006).strftime("%Y%m%d")), 0.1),
          ABBREV),
        c("Strasse", "street_address", "VARCHAR", g.col(lambda: v.street(g, "de"))),
        c("Plz", "postal_code", "VARCHAR", [v.postal(g, "DE", p[1]) for p in places]),
        c("Wohnort", "city", "VARCHAR", [p[0] for p in places]),
        c("Mobil", "phone", "VARCHAR", g.phones("DE", {"national": 0.5, "intl": 0.3, "e164": 0.2})),
        c("EMail", "email", "VARCHAR", v.emails(g, firsts, lasts, ["web.de", "gmx.net", "t-online.de", "gmail.com"])),
        c("Verkaeufer", "person_name", "VARCHAR", g.col(g.pick(sellers)), STAFF, ROLE),
        c("Bearbeiter", USERNAME, "VARCHAR", g.col(g.pick(logins)), USER, AUDIT, ROLE),
        c("Kennzeichen", N, "VARCHAR", g.col(lambda: "R-" + g.code("AA 999")), "decoy", VEHICLE),
        c("Fin", N, "VARCHAR", g.col(lambda: "WVW" + g.code("ZZZ99ZZ99Z999999").replace("I", "J").replace("O", "P")),
          "decoy"),
        c("Modell", N, "VARCHAR", g.col(g.pick(["Golf 8 GTI", "Tiguan", "ID.4 Pro", "Passat Variant", "T-Roc"])),
          "decoy"),
        c("KmStart", N, "INTEGER", g.ints(10, 9_000), "decoy"),
        c("KmEnde", N, "INTEGER", g.ints(20, 9_100), "decoy"),
        c("Beginn", N, "TIMESTAMP", g.moments("2025-02-01", "2025-11-30"), "decoy"),
        c("Filiale", N, "VARCHAR", [b[0] for b in branch], "decoy"),
        c("FilialStrasse", N, "VARCHAR", [b[1] for b in branch], "business"),
        c("FilialPlz", N, "VARCHAR", [b[2] for b in branch], "business"),
        c("FuehrerscheinGeprueft", N, "VARCHAR", g.yn("J", "N", 0.97), "decoy"),
        c("Bemerkung", "free_text", "VARCHAR", g.sparse(lambda: g.rnd.choice([
            f"Ehefrau {v.whole(g, 'de', True)} fährt mit", f"Rückruf durch {v.whole(g, 'de')} gewünscht",
            "Kratzer hinten links notiert"]), 0.82, _words("keine", "k.A.")), NULLWORD),
        c("Vertragsdatum", N, "INTEGER", g.col(lambda: int(g.day("2025-02-01", "2025-12-20").strftime("%Y%m%d")),
                                               0.6), "decoy", SHAPE),
    ])


# -- a furniture store's home deliveries (French) ----------------------------------------------------------------------


def fr_furniture_delivery(g: Gen) -> Table:
    """Home deliveries of a furniture store: the customer's family and given name, delivery address, postcode, town,
    phones, e-mail, the store card holder's date of birth ``1984-03-12`` (NULL-heavy), the driver and the fitter (few
    distinct), the warehouse (a place, decoy), articles of brands named after founders, the delivery note, slots,
    the store's address (business), the instructions naming people."""
    fem = v.sexes(g, 0.55)
    firsts, lasts = v.people(g, "fr", fem)
    places = [v.city(g, "FR") for _ in range(g.rows)]
    drivers = _staff(g, "fr", 4)
    fitters = sorted({v.family(g, "fr") for _ in range(3)})
    return Table("livraison.commandes_meubles", "fr", "snake", [
        c("num_commande", N, "VARCHAR", g.col(lambda: "CM" + g.digits(8)), "decoy"),
        c("nom_client", "last_name", "VARCHAR", [x.upper() for x in lasts]),
        c("prenom_client", "first_name", "VARCHAR", firsts),
        c("adr_livraison", "street_address", "VARCHAR", g.col(lambda: v.street(g, "fr")), ABBREV),
        c("cp_livraison", "postal_code", "VARCHAR", [v.postal(g, "FR", p[1]) for p in places], ABBREV),
        c("ville_livraison", "city", "VARCHAR", [p[0] for p in places]),
        c("tel_fixe", "phone", "VARCHAR", g.phones("FR", {"national": 0.8, "intl": 0.2}, 0.0, 0.45)),
        c("tel_mobile", "phone", "VARCHAR", g.phones("FR", {"national": 0.7, "e164": 0.3}, 1.0, 0.1)),
        c("mel", "email", "VARCHAR", v.emails(g, firsts, lasts, ["orange.fr", "wanadoo.fr", "free.fr", "gmail.com"]),
          ABBREV),
        c("ddn_porteur_carte", "date_of_birth", "VARCHAR", g.col(lambda: g.birth(1948, 2005).isoformat(), 0.7),
          HEAVY, ABBREV),
        c("chauffeur", "person_name", "VARCHAR", g.col(g.pick(drivers)), STAFF, ROLE),
        c("monteur", "last_name", "VARCHAR", g.col(g.pick(fitters)), STAFF, ROLE),
        c("entrepot", N, "VARCHAR", g.col(g.pick(["Entrepôt Rennes-Chantepie", "Plateforme Nantes Carquefou"])),
          "decoy"),
        c("marque", N, "VARCHAR", g.col(g.pick(["Roche Bobois", "Gautier", "Ligne Roset", "Cinna", "Celio Meubles"])),
          "decoy"),
        c("ref_article", N, "VARCHAR", g.col(lambda: g.code("ART-999-AA")), "decoy"),
        c("designation", N, "VARCHAR", g.col(g.pick(["Canapé 3 places", "Lit 160x200", "Armoire 2 portes",
                                                     "Table extensible", "Buffet bas"])), "decoy"),
        c("bon_livraison", N, "VARCHAR", g.col(lambda: "BL" + g.digits(9)), "decoy"),
        c("creneau", N, "VARCHAR", g.col(g.pick(["8h-12h", "13h-17h", "17h-20h"])), "decoy"),
        c("date_livraison", N, "VARCHAR", [d.isoformat() for d in g.days("2025-01-05", "2026-02-28")], "decoy",
          SHAPE),
        c("magasin_adresse", N, "VARCHAR", g.col(g.pick(["ZA La Brosse, 35760 Saint-Grégoire",
                                                         "12 route de Vannes, 44800 Saint-Herblain"])), "business"),
        c("consignes", "free_text", "VARCHAR", g.sparse(lambda: g.rnd.choice([
            f"Appeler {v.given(g, 'fr')} avant d'arriver", f"Clés chez la gardienne Mme {v.family(g, 'fr', True)}",
            "3e étage sans ascenseur"]), 0.84, _words("aucune", "néant")), NULLWORD),
        c("montage_inclus", N, "VARCHAR", g.yn("O", "N", 0.5), "decoy"),
        c("poids_kg", N, "DECIMAL(7,1)", g.floats(5, 180, 1), "decoy"),
    ])


# -- a temp agency's candidates (Italian) ------------------------------------------------------------------------------


def it_temp_agency(g: Gen) -> Table:
    """A temp agency's candidates: given and family name, codice fiscale, date of birth ``12/3/1984``, mobile, e-mail,
    address, an IBAN for pay, the recruiter (four distinct), the contact person at the client company (``referente``),
    client companies named after their founders, job sites (places, decoy), an interview note naming people."""
    fem = v.sexes(g, 0.45)
    firsts, lasts = v.people(g, "it", fem)
    births = g.births(1958, 2006)
    places = [v.city(g, "IT") for _ in range(g.rows)]
    recruiters = _staff(g, "it", 4)
    referents = _staff(g, "it", 9)
    return Table("agenzia_lavoro.candidati", "it", "snake", [
        c("id_candidato", N, "INTEGER", g.keys(150_001), "decoy"),
        c("nome", "first_name", "VARCHAR", firsts),
        c("cognome", "last_name", "VARCHAR", lasts),
        c("codice_fiscale", "national_id", "VARCHAR", [v.it_cf(g, a, b, d, f)
                                                       for a, b, d, f in zip(firsts, lasts, births, fem)]),
        c("data_di_nascita", "date_of_birth", "VARCHAR", [f"{d.day}/{d.month}/{d.year}" for d in births]),
        c("cell", "phone", "VARCHAR", g.phones("IT", {"national": 0.6, "intl": 0.2, "digits": 0.2}), ABBREV),
        c("mail", "email", "VARCHAR", v.emails(g, firsts, lasts, ["libero.it", "gmail.com", "hotmail.it",
                                                                   "virgilio.it"])),
        c("residenza_via", "street_address", "VARCHAR", g.col(lambda: v.street(g, "it"))),
        c("residenza_cap", "postal_code", "VARCHAR", [v.postal(g, "IT", p[1]) for p in places]),
        c("residenza_comune", "city", "VARCHAR", [p[0] for p in places]),
        c("iban_accredito", "iban", "VARCHAR", g.col(lambda: v.iban(g, "IT", g.rnd.random() < 0.4), 0.3)),
        c("selezionatore", "person_name", "VARCHAR", g.col(g.pick(recruiters)), STAFF, ROLE),
        c("referente", "person_name", "VARCHAR", g.col(g.pick(referents), 0.2), ROLE),
        c("azienda_cliente", N, "VARCHAR", g.col(g.pick(["Barilla", "Ferrero", "Lamborghini", "Ducati Motor",
                                                         "Marchesini Group", "Datalogic"])), "decoy"),
        c("sede_lavoro", N, "VARCHAR", g.col(g.pick(["Sant'Agata Bolognese", "Borgo Panigale", "Pietramelara",
                                                     "Lippo di Calderara"])), "decoy"),
        c("mansione", N, "VARCHAR", g.col(g.pick(["magazziniere", "operaio CNC", "addetto confezionamento",
                                                  "impiegata amministrativa", "carrellista"])), "decoy"),
        c("livello_ccnl", N, "VARCHAR", g.col(g.pick(["C1", "C2", "D1", "D2", "B3"])), "decoy"),
        c("patente_b", N, "VARCHAR", g.yn("SI", "NO", 0.8), "decoy"),
        c("data_colloquio", N, "VARCHAR", [f"{d.day}/{d.month}/{d.year}" for d in g.days("2025-01-08", "2025-12-12")],
          "decoy", SHAPE),
        c("note_colloquio", "free_text", "VARCHAR", g.sparse(lambda: g.rnd.choice([
            f"Segnalato da {v.whole(g, 'it')}", f"Referenze: {v.whole(g, 'it')}, ex responsabile",
            "Disponibile su turni"]), 0.8, _words("nessuna", "nessuno")), NULLWORD),
        c("tariffa_oraria", N, "DECIMAL(6,2)", g.floats(9.5, 18, 2), "decoy"),
        c("cv_sha1", N, "VARCHAR", g.col(g.md5), "decoy"),
    ])


# -- a training company's course enrolments (European Portuguese) ------------------------------------------------------


def pt_training(g: Gen) -> Table:
    """Course enrolments at a vocational training company: full name, NIF, date of birth ``12-03-1984``, mobile,
    e-mail, address, the platform username, the trainer (``formador``, three distinct), the employer (companies),
    a refund IBAN (NULL-heavy), course codes, classrooms, hours, grades, certificate hashes."""
    fem = v.sexes(g, 0.5)
    pairs = [v.person(g, "pt", f) for f in fem]
    places = [v.city(g, "PT") for _ in range(g.rows)]
    trainers = _staff(g, "pt", 3)
    return Table("formacao.inscricoes", "pt", "snake", [
        c("id_inscricao", N, "INTEGER", g.keys(31_001), "decoy"),
        c("nome_formando", "person_name", "VARCHAR", [f"{a} {v.family(g, 'pt')} {b}" for a, b in pairs]),
        c("nif_formando", "national_id", "VARCHAR", g.col(lambda: v.pt_nif(g), 0.05)),
        c("dt_nasc", "date_of_birth", "VARCHAR", g.col(lambda: _dmy(g.birth(1960, 2007), "-")), ABBREV),
        c("telemovel", "phone", "VARCHAR", g.phones("PT", {"national": 0.6, "intl": 0.4})),
        c("email", "email", "VARCHAR", v.emails(g, [a for a, _ in pairs], [b for _, b in pairs],
                                                ["sapo.pt", "gmail.com", "outlook.pt", "iol.pt"])),
        c("morada", "street_address", "VARCHAR", g.col(lambda: v.street(g, "pt"), 0.2)),
        c("cod_postal", "postal_code", "VARCHAR", [v.postal(g, "PT", p[1]) for p in places], ABBREV),
        c("localidade", "city", "VARCHAR", [p[0] for p in places]),
        c("utilizador", USERNAME, "VARCHAR", [v.handle(g, a, b) for a, b in pairs], USER),
        c("formador", "person_name", "VARCHAR", g.col(g.pick(trainers)), STAFF, ROLE),
        c("entidade_empregadora", N, "VARCHAR", g.col(g.pick(["Delta Cafés", "Vista Alegre", "Continental Mabor",
                                                              "Bial", "Sem entidade"])), "decoy"),
        c("iban_reembolso", "iban", "VARCHAR", g.col(lambda: v.iban(g, "PT", True), 0.85), HEAVY),
        c("cod_curso", N, "VARCHAR", g.col(lambda: g.code("UFCD-9999")), "decoy"),
        c("curso", N, "VARCHAR", g.col(g.pick(["Excel Avançado", "Higiene e Segurança Alimentar", "Inglês B1",
                                               "Soldadura MIG/MAG", "Gestão de Stocks"])), "decoy"),
        c("sala", N, "VARCHAR", g.col(g.pick(["Sala 1 - Coimbra", "Sala 2 - Coimbra", "Online", "Leiria A"])),
          "decoy"),
        c("horas", N, "INTEGER", g.col(g.pick([25, 50, 75, 100])), "decoy"),
        c("nota_final", N, "DECIMAL(4,1)", g.floats(8, 20, 1), "decoy"),
        c("data_inicio", N, "VARCHAR", [_dmy(d, "-") for d in g.days("2024-09-01", "2026-01-31")], "decoy", SHAPE),
        c("certificado_hash", N, "VARCHAR", g.col(g.sha256, 0.3), "decoy"),
        c("financiado", N, "VARCHAR", g.yn("S", "N", 0.6), "decoy"),
    ])


# -- a solar-panel installer's quote requests (Dutch) ------------------------------------------------------------------


def nl_solar_quotes(g: Gen) -> Table:
    """Quote requests for solar panels: given and family name, street with house number, postcode, town, phone,
    e-mail, date of birth ``1984-03-12`` for a financing check (NULL-heavy), an IBAN for the deposit, the adviser
    (``adviseur``, four distinct) and the installer crew lead (``monteur``, by first name), panel and inverter brands,
    roof data, the depot's coordinates, the request IP."""
    fem = v.sexes(g, 0.4)
    firsts, lasts = v.people(g, "nl", fem)
    places = [v.city(g, "NL") for _ in range(g.rows)]
    advisers = _staff(g, "nl", 4)
    fitters = sorted({v.given(g, "nl", False) for _ in range(5)})
    return Table("zonnepanelen.offerteAanvragen", "nl", "camel", [
        c("aanvraagId", N, "INTEGER", g.keys(260_001), "decoy"),
        c("voornaam", "first_name", "VARCHAR", firsts),
        c("achternaam", "last_name", "VARCHAR", lasts),
        c("straatHuisnr", "street_address", "VARCHAR", g.col(lambda: v.street(g, "nl")), ABBREV),
        c("postcode", "postal_code", "VARCHAR", [v.postal(g, "NL", p[1]) for p in places]),
        c("woonplaats", "city", "VARCHAR", [p[0] for p in places]),
        c("telNr", "phone", "VARCHAR", g.phones("NL", {"national": 0.7, "e164": 0.3}, 0.6), ABBREV),
        c("emailAdres", "email", "VARCHAR", v.emails(g, firsts, lasts, ["ziggo.nl", "home.nl", "gmail.com",
                                                                         "live.nl"])),
        c("geboortedatumAanvrager", "date_of_birth", "VARCHAR", g.col(lambda: g.birth(1950, 2004).isoformat(), 0.75),
          HEAVY),
        c("ibanAanbetaling", "iban", "VARCHAR", g.col(lambda: v.iban(g, "NL", g.rnd.random() < 0.5), 0.55), HEAVY),
        c("adviseur", "person_name", "VARCHAR", g.col(g.pick(advisers)), STAFF, ROLE),
        c("monteur", "first_name", "VARCHAR", g.col(g.pick(fitters), 0.3), STAFF, ROLE),
        c("paneelMerk", N, "VARCHAR", g.col(g.pick(["JA Solar", "Jinko", "Longi", "Trina"])), "decoy"),
        c("omvormer", N, "VARCHAR", g.col(g.pick(["Enphase IQ8", "SolarEdge SE5K", "Growatt 3000TL"])), "decoy"),
        c("aantalPanelen", N, "INTEGER", g.ints(6, 28), "decoy"),
        c("dakType", N, "VARCHAR", g.col(g.pick(["schuin", "plat", "mansarde"])), "decoy"),
        c("orientatie", N, "VARCHAR", g.col(g.pick(["Z", "ZO", "ZW", "O-W"])), "decoy"),
        c("offertebedrag", N, "DECIMAL(9,2)", g.amounts(3_500, 14_000), "decoy"),
        c("depotLat", N, "DOUBLE", g.floats(53.19, 53.23, 6), "decoy"),
        c("depotLon", N, "DOUBLE", g.floats(6.54, 6.60, 6), "decoy"),
        c("aanvraagIp", "ip_address", "VARCHAR", g.col(lambda: g.ipv4() if g.rnd.random() < 0.7 else g.ipv6())),
        c("leadBron", N, "VARCHAR", g.col(g.pick(["website", "vergelijker", "beurs", "buren-actie"])), "decoy"),
        c("subsidieCheck", N, "VARCHAR", g.yn("J", "N", 0.5), "decoy"),
    ])


# -- a kitchen maker's orders (Polish) ---------------------------------------------------------------------------------


def pl_kitchen_orders(g: Gen) -> Table:
    """Kitchen-furniture orders: given and family name, PESEL for a consumer loan (NULL-heavy), phone, e-mail, the
    fitting address, postcode, town, the designer (``projektant``, three distinct) and the fitter's family name, the
    configurator IP, fronts and worktops, the showroom's address (business), order numbers, notes naming people."""
    fem = v.sexes(g, 0.55)
    births = g.births(1950, 2003)
    firsts, lasts = v.people(g, "pl", fem)
    places = [v.city(g, "PL") for _ in range(g.rows)]
    designers = _staff(g, "pl", 3)
    fitters = sorted({v.family(g, "pl", False) for _ in range(4)})
    return Table("meble.zamowienia_kuchni", "pl", "snake", [
        c("nr_zamowienia", N, "VARCHAR", g.col(lambda: f"KU/{g.digits(4)}/2025"), "decoy"),
        c("imie", "first_name", "VARCHAR", firsts),
        c("nazwisko", "last_name", "VARCHAR", lasts),
        c("pesel_kredyt", "national_id", "VARCHAR", [v.pl_pesel(g, b, f) if g.rnd.random() < 0.3 else None
                                                     for b, f in zip(births, fem)], HEAVY),
        c("tel_kom", "phone", "VARCHAR", g.phones("PL", {"national": 0.5, "intl": 0.3, "digits": 0.2}), ABBREV),
        c("e_mail", "email", "VARCHAR", v.emails(g, firsts, lasts, ["wp.pl", "onet.pl", "interia.pl", "gmail.com"])),
        c("adres_montazu", "street_address", "VARCHAR", g.col(lambda: v.street(g, "pl"))),
        c("kod", "postal_code", "VARCHAR", [v.postal(g, "PL", p[1]) for p in places], MISLEADING),
        c("miasto", "city", "VARCHAR", [p[0] for p in places]),
        c("projektant", "person_name", "VARCHAR", g.col(g.pick(designers)), STAFF, ROLE),
        c("monter", "last_name", "VARCHAR", g.col(g.pick(fitters)), STAFF, ROLE),
        c("ip_konfigurator", "ip_address", "VARCHAR", g.col(g.ipv4, 0.35)),
        c("fronty", N, "VARCHAR", g.col(g.pick(["biały mat", "dąb naturalny", "antracyt połysk", "szałwia"])),
          "decoy"),
        c("blat", N, "VARCHAR", g.col(g.pick(["laminat 38 mm", "kwarc", "drewno lite", "spiek"])), "decoy"),
        c("producent_agd", N, "VARCHAR", g.col(g.pick(["Amica", "Bosch", "Electrolux", "Kernau"])), "decoy"),
        c("salon", N, "VARCHAR", g.col(g.pick(["Salon Kraków Zakopianka", "Salon Tarnów"])), "decoy"),
        c("adres_salonu", N, "VARCHAR", g.col(g.pick(["ul. Zakopiańska 62, 30-418 Kraków",
                                                      "ul. Krakowska 11, 33-100 Tarnów"])), "business"),
        c("wartosc_brutto", N, "DECIMAL(10,2)", g.amounts(9_000, 68_000), "decoy"),
        c("zaliczka", N, "DECIMAL(10,2)", g.amounts(0, 20_000), "decoy"),
        c("termin_montazu", N, "DATE", g.days("2025-03-01", "2026-03-31"), "decoy"),
        c("uwagi", "free_text", "VARCHAR", g.sparse(lambda: g.rnd.choice([
            f"Klucze u sąsiada {v.whole(g, 'pl', False)}", f"Kontakt także z córką {v.given(g, 'pl', True)}",
            "Wymiary do ponownego sprawdzenia"]), 0.75, _words("brak", "brak danych")), NULLWORD),
        c("status", N, "VARCHAR", g.col(g.pick(["projekt", "produkcja", "montaż", "zakończone"])), "decoy"),
    ])


# -- a staffing company's timesheets (Swedish) -------------------------------------------------------------------------


def sv_timesheets(g: Gen) -> Table:
    """Timesheets of consultants at a staffing company: personnummer, given and family name, work e-mail, mobile,
    home town, the consultant manager (``KONSULTCHEF``, three distinct), the approver at the client (``ATTESTANT``),
    the login that registered the row (audit), clients named after founders, hours, dates, the payroll IBAN."""
    fem = v.sexes(g, 0.45)
    births = g.births(1962, 2005)
    pairs = [v.person(g, "sv", f) for f in fem]
    places = [v.city(g, "SE") for _ in range(g.rows)]
    managers = _staff(g, "sv", 3)
    approvers = _staff(g, "sv", 8)
    logins = _logins(g, "sv", 4, 1)
    return Table("BEMANNING.TIDRAPPORTER", "sv", "screaming", [
        c("RAD_ID", N, "BIGINT", g.keys(9_000_001), "decoy"),
        c("PERSONNUMMER", "national_id", "VARCHAR", [v.se_pnr(g, b, g.rnd.random() < 0.5) for b in births]),
        c("FORNAMN", "first_name", "VARCHAR", [a for a, _ in pairs]),
        c("EFTERNAMN", "last_name", "VARCHAR", [b for _, b in pairs]),
        c("EPOST", "email", "VARCHAR", [f"{v.fold(a)}.{v.fold(b)}@norrbemanning.se" for a, b in pairs]),
        c("MOBILNR", "phone", "VARCHAR", g.phones("SE", {"national": 0.7, "intl": 0.3})),
        c("HEMORT", "city", "VARCHAR", [p[0] for p in places]),
        c("KONSULTCHEF", "person_name", "VARCHAR", g.col(g.pick(managers)), STAFF, ROLE),
        c("ATTESTANT", "person_name", "VARCHAR", g.col(g.pick(approvers)), STAFF, ROLE),
        c("REG_AV", USERNAME, "VARCHAR", g.col(g.pick(logins)), USER, AUDIT, ABBREV),
        c("KUND", N, "VARCHAR", g.col(g.pick(["Lindbäcks Bygg", "Boliden Mineral", "Norrmejerier", "Skanska",
                                              "Ericsson"])), "decoy"),
        c("UPPDRAG_NR", N, "VARCHAR", g.col(lambda: "U" + g.digits(6)), "decoy"),
        c("VECKA", N, "VARCHAR", g.col(lambda: f"2025-V{g.rnd.randint(1, 48):02d}"), "decoy"),
        c("TIMMAR", N, "DECIMAL(5,2)", g.floats(4, 45, 2), "decoy"),
        c("OB_TIMMAR", N, "DECIMAL(5,2)", g.floats(0, 12, 2), "decoy"),
        c("ARBETSPLATS", N, "VARCHAR", g.col(g.pick(["Skellefteå", "Luleå", "Umeå", "Boden"])), "decoy", SHAPE),
        c("LONEKONTO", "iban", "VARCHAR", g.col(lambda: v.iban(g, "SE", g.rnd.random() < 0.5), 0.15)),
        c("ATTESTERAD", N, "VARCHAR", g.yn("J", "N", 0.9), "decoy"),
        c("ATTEST_DATUM", N, "DATE", g.days("2025-01-01", "2025-12-10"), "decoy"),
        c("KOMMENTAR", "free_text", "VARCHAR", g.sparse(lambda: g.rnd.choice([
            f"Täckte upp för {v.whole(g, 'sv')}", f"Överenskommet med {v.given(g, 'sv')} på plats",
            "Restid inräknad"]), 0.8, _words("inga", "ingen")), NULLWORD),
    ])


# -- a window-cleaning subscription business (Danish) ------------------------------------------------------------------


def da_window_cleaning(g: Gen) -> Table:
    """Window-cleaning subscribers: full name, address, postcode, town, phone, the MobilePay number (a phone), e-mail,
    a CPR number for the debit agreement (NULL-heavy), the cleaner by first name (four distinct), routes, intervals,
    prices, the key-box flag, a payer IBAN, notes naming people."""
    fem = v.sexes(g, 0.5)
    pairs = [v.person(g, "da", f) for f in fem]
    births = g.births(1940, 2004)
    places = [v.city(g, "DK") for _ in range(g.rows)]
    cleaners = sorted({v.given(g, "da", False) for _ in range(4)})
    return Table("vinduespudsning.kunder", "da", "snake", [
        c("kunde_nr", N, "INTEGER", g.keys(4_001), "decoy"),
        c("navn", "person_name", "VARCHAR", [f"{a} {b}" for a, b in pairs]),
        c("adresse", "street_address", "VARCHAR", g.col(lambda: v.street(g, "da"))),
        c("postnr", "postal_code", "VARCHAR", [v.postal(g, "DK", p[1]) for p in places]),
        c("by", "city", "VARCHAR", [p[0] for p in places]),
        c("telefon", "phone", "VARCHAR", g.phones("DK", {"national": 0.6, "e164": 0.4}, 0.7, 0.2)),
        c("mobilepay", "phone", "VARCHAR", g.phones("DK", {"digits": 0.7, "e164": 0.3}, 1.0, 0.4)),
        c("mail", "email", "VARCHAR", g.col(lambda: v.emails(g, [v.given(g, "da")], [v.family(g, "da")],
                                                             ["mail.dk", "gmail.com", "hotmail.com", "jubii.dk"])[0],
                                            0.3)),
        c("cpr_betalingsaftale", "national_id", "VARCHAR", [v.dk_cpr(g, b) if g.rnd.random() < 0.3 else None
                                                            for b in births], HEAVY),
        c("pudser", "first_name", "VARCHAR", g.col(g.pick(cleaners)), STAFF, ROLE),
        c("rute", N, "VARCHAR", g.col(lambda: g.code("R-99")), "decoy"),
        c("interval_uger", N, "INTEGER", g.col(g.pick([4, 6, 8, 12])), "decoy"),
        c("pris_pr_gang", N, "DECIMAL(7,2)", g.amounts(149, 690), "decoy"),
        c("antal_vinduer", N, "INTEGER", g.ints(6, 40), "decoy"),
        c("noglebox", N, "VARCHAR", g.yn("J", "N", 0.2), "decoy"),
        c("betaler_iban", "iban", "VARCHAR", g.col(lambda: v.iban(g, "DK", g.rnd.random() < 0.3), 0.5)),
        c("naeste_besog", N, "DATE", g.days("2025-12-01", "2026-03-31"), "decoy"),
        c("oprettet", N, "TIMESTAMP", g.moments("2019-03-01", "2025-11-30"), "decoy"),
        c("bemaerkning", "free_text", "VARCHAR", g.sparse(lambda: g.rnd.choice([
            f"Nøgle hos {v.whole(g, 'da')} i nr. {g.rnd.randint(1, 40)}", f"Ring til {v.given(g, 'da')} før",
            "Hund i haven"]), 0.85, _words("ingen", "ingen oplysning")), NULLWORD),
        c("aktiv", N, "VARCHAR", g.yn("J", "N", 0.88), "decoy"),
    ])


# -- a window installer's jobs (Czech) ---------------------------------------------------------------------------------


def cs_window_jobs(g: Gen) -> Table:
    """Window replacement jobs: given and family name, date of birth split into day, month and year columns for an
    instalment plan (each part ``split_dob``), a birth number (NULL-heavy), phone, e-mail, fitting address, the
    surveyor and the fitting crew lead (few distinct), profiles of brands named after founders, the warehouse, job
    numbers, prices, a note naming people."""
    fem = v.sexes(g, 0.45)
    births = g.births(1945, 2003)
    firsts, lasts = v.people(g, "cs", fem)
    known = [g.rnd.random() < 0.5 for _ in range(g.rows)]
    places = [v.city(g, "CZ") for _ in range(g.rows)]
    surveyors = _staff(g, "cs", 3)
    crews = sorted({v.family(g, "cs", False) for _ in range(4)})
    return Table("okna.zakazky", "cs", "snake", [
        c("cislo_zakazky", N, "VARCHAR", g.col(lambda: "Z25-" + g.digits(5)), "decoy"),
        c("jmeno", "first_name", "VARCHAR", firsts),
        c("prijmeni", "last_name", "VARCHAR", lasts),
        c("nar_den", "date_of_birth", "INTEGER", [b.day if k else None for b, k in zip(births, known)], SPLIT, ABBREV),
        c("nar_mesic", "date_of_birth", "INTEGER", [b.month if k else None for b, k in zip(births, known)], SPLIT,
          ABBREV),
        c("nar_rok", "date_of_birth", "INTEGER", [b.year if k else None for b, k in zip(births, known)], SPLIT,
          ABBREV),
        c("rc", "national_id", "VARCHAR", [v.cz_rc(g, b, f) if k and g.rnd.random() < 0.5 else None
                                           for b, f, k in zip(births, fem, known)], HEAVY, ABBREV),
        c("telefon", "phone", "VARCHAR", g.phones("CZ", {"intl": 0.4, "national": 0.6})),
        c("email", "email", "VARCHAR", v.emails(g, firsts, lasts, ["seznam.cz", "email.cz", "post.cz", "gmail.com"])),
        c("adresa_montaze", "street_address", "VARCHAR", g.col(lambda: v.street(g, "cs"))),
        c("psc", "postal_code", "VARCHAR", [v.postal(g, "CZ", p[1]) for p in places], ABBREV),
        c("obec", "city", "VARCHAR", [p[0] for p in places]),
        c("zamerovac", "person_name", "VARCHAR", g.col(g.pick(surveyors)), STAFF, ROLE),
        c("parta", "last_name", "VARCHAR", g.col(g.pick(crews)), STAFF, ROLE, MISLEADING),
        c("profil", N, "VARCHAR", g.col(g.pick(["Rehau Synego", "Veka Softline 82", "Schüco Living", "Aluplast"])),
          "decoy"),
        c("pocet_oken", N, "INTEGER", g.ints(1, 18), "decoy"),
        c("cena_s_dph", N, "DECIMAL(10,2)", g.amounts(18_000, 420_000), "decoy"),
        c("sklad", N, "VARCHAR", g.col(g.pick(["Sklad Plzeň-Borská pole", "Sklad Tábor"])), "decoy"),
        c("termin_montaze", N, "DATE", g.days("2025-03-01", "2026-04-30"), "decoy"),
        c("rok_vyroby_domu", N, "INTEGER", g.ints(1930, 2015), "decoy", SHAPE),
        c("poznamka", "free_text", "VARCHAR", g.sparse(lambda: g.rnd.choice([
            f"Předá klíče soused {v.whole(g, 'cs', False)}", f"Domluveno s paní {v.family(g, 'cs', True)}",
            "Nutné lešení"]), 0.8, _words("žádná", "žádný")), NULLWORD),
        c("stav", N, "VARCHAR", g.col(g.pick(["nová", "zaměřeno", "objednáno", "namontováno"])), "decoy"),
    ])


# -- a phone repair shop's service tickets (Turkish) -------------------------------------------------------------------


def tr_phone_repair(g: Gen) -> Table:
    """Service tickets of a phone repair shop: the customer's full name, T.C. kimlik, mobile, e-mail, address and
    city, who picked the device up (NULL-heavy), the technician (three distinct), the registering login (audit),
    IMEIs (Luhn-valid, decoy), brands, faults, prices, the shop's address (business)."""
    fem = v.sexes(g, 0.45)
    pairs = [v.person(g, "tr", f) for f in fem]
    places = [v.city(g, "TR") for _ in range(g.rows)]
    picked = [g.rnd.random() < 0.25 for _ in range(g.rows)]
    techs = _staff(g, "tr", 3)
    logins = _logins(g, "tr", 3, 0)
    return Table("TeknikServis.ServisKayitlari", "tr", "pascal", [
        c("ServisNo", N, "INTEGER", g.keys(120_001), "decoy"),
        c("MusteriAdSoyad", "person_name", "VARCHAR", [f"{a} {b}" for a, b in pairs]),
        c("TcKimlik", "national_id", "VARCHAR", g.col(lambda: v.tr_tc(g), 0.45)),
        c("CepTelefonu", "phone", "VARCHAR", g.phones("TR", {"national": 0.5, "intl": 0.3, "digits": 0.2})),
        c("Eposta", "email", "VARCHAR", g.col(lambda: v.emails(g, [v.given(g, "tr")], [v.family(g, "tr")],
                                                               ["gmail.com", "hotmail.com", "yandex.com.tr"])[0],
                                              0.35)),
        c("Adres", "street_address", "VARCHAR", g.col(lambda: v.street(g, "tr"), 0.3)),
        c("Sehir", "city", "VARCHAR", [p[0] for p in places]),
        c("TeslimAlan", "person_name", "VARCHAR", [v.whole(g, "tr") if k else None for k in picked], HEAVY, ROLE),
        c("Teknisyen", "person_name", "VARCHAR", g.col(g.pick(techs)), STAFF, ROLE),
        c("KaydiAcan", USERNAME, "VARCHAR", g.col(g.pick(logins)), USER, AUDIT),
        c("Imei", N, "VARCHAR", g.col(lambda: v.imei(g)), "decoy", SHAPE),
        c("Marka", N, "VARCHAR", g.col(g.pick(["Samsung", "Apple", "Xiaomi", "Oppo", "General Mobile"])), "decoy"),
        c("Model", N, "VARCHAR", g.col(g.pick(["Galaxy A54", "iPhone 13", "Redmi Note 12", "Reno 8", "GM 23"])),
          "decoy"),
        c("ArizaTanimi", N, "VARCHAR", g.col(g.pick(["Ekran kırık", "Şarj olmuyor", "Batarya şişmiş",
                                                     "Kamera bulanık", "Sıvı teması"])), "decoy"),
        c("Ucret", N, "DECIMAL(9,2)", g.amounts(250, 12_000), "decoy"),
        c("GarantiVar", N, "VARCHAR", g.yn("E", "H", 0.3), "decoy"),
        c("GelisTarihi", N, "TIMESTAMP", g.moments("2025-01-01", "2025-11-30"), "decoy"),
        c("Sube", N, "VARCHAR", g.col(g.pick(["Muratpaşa Şubesi", "Nilüfer Şubesi"])), "decoy"),
        c("SubeAdresi", N, "VARCHAR", g.col(g.pick(["Işıklar Cad. No:14 Muratpaşa/Antalya",
                                                    "FSM Bulvarı No:201 Nilüfer/Bursa"])), "business"),
        c("ParcaKodu", N, "VARCHAR", g.col(lambda: g.code("SP-AA99999"), 0.3), "decoy"),
        c("Aciklama", "free_text", "VARCHAR", g.sparse(lambda: g.rnd.choice([
            f"Cihazı {v.whole(g, 'tr')} getirdi", f"Eşi {v.given(g, 'tr')} Hanım arayacak", "Yedek alındı"]),
            0.84, _words("yok", "yok.")), NULLWORD),
    ])


# -- a mail-order company's customer master (romanized Japanese) -------------------------------------------------------


def ja_latn_mail_order(g: Gen) -> Table:
    """A mail-order catalogue's customer master: family and given name in romaji, date of birth as an integer
    ``19840312``, postal code, city in romaji, street in Japanese, landline and mobile, e-mail, a card on file
    (NULL-heavy), the account handler (``TANTOSHA``, four distinct), the delivery centre's address (business),
    ranks and points, a key named like a phone (``TEL_SK``)."""
    fem = v.sexes(g, 0.65)
    names = [v.ja_person(g, f) for f in fem]
    places = [v.city(g, "JP") for _ in range(g.rows)]
    handlers = sorted({f"{g.rnd.choice(v.JA_LAST)[1]} {g.rnd.choice(v.JA_FEMALE)[1]}" for _ in range(4)})
    return Table("TSUHAN.KOKYAKU_MASTER", "ja-Latn", "screaming", [
        c("KOKYAKU_CD", N, "VARCHAR", g.col(lambda: "K" + g.digits(8)), "decoy"),
        c("SEI", "last_name", "VARCHAR", [a[1] for a, _ in names]),
        c("MEI", "first_name", "VARCHAR", [b[1] for _, b in names]),
        c("SEINENGAPPI", "date_of_birth", "INTEGER", g.col(lambda: int(g.birth(1940, 2004).strftime("%Y%m%d")), 0.2)),
        c("YUBIN_NO", "postal_code", "VARCHAR", [v.postal(g, "JP", p[1]) for p in places], ABBREV),
        c("SHIKUCHOSON", "city", "VARCHAR", [v.JP_ROMAJI[p[0]] for p in places]),
        c("JUSHO2", "street_address", "VARCHAR", g.col(lambda: v.street(g, "ja"))),
        c("TEL", "phone", "VARCHAR", g.phones("JP", {"national": 0.9, "digits": 0.1}, 0.0, 0.3)),
        c("KEITAI", "phone", "VARCHAR", g.phones("JP", {"national": 0.7, "e164": 0.3}, 1.0, 0.2)),
        c("MAIL", "email", "VARCHAR", g.col(lambda: v.emails(g, [b[1] for _, b in [v.ja_person(g, True)]],
                                                             [v.ja_person(g, True)[0][1]],
                                                             ["docomo.ne.jp", "ezweb.ne.jp", "yahoo.co.jp",
                                                              "gmail.com"])[0], 0.3)),
        c("CARD_NO", "credit_card", "VARCHAR", g.col(lambda: v.card(g), 0.8), HEAVY),
        c("TANTOSHA", "person_name", "VARCHAR", g.col(g.pick(handlers)), STAFF, ROLE),
        c("HAISO_CENTER", N, "VARCHAR", g.col(g.pick(["Fukuoka Higashi DC", "Kurume DC"])), "decoy"),
        c("HAISO_CENTER_JUSHO", N, "VARCHAR", g.col(g.pick(["福岡市東区みなと香椎3丁目1-1",
                                                            "久留米市宮ノ陣町1-2"])), "business"),
        c("KAIIN_RANK", N, "VARCHAR", g.col(g.pick(["GOLD", "SILVER", "REGULAR"])), "decoy"),
        c("POINT", N, "INTEGER", g.ints(0, 12_000), "decoy"),
        c("SAISHU_CHUMON_BI", N, "INTEGER", g.col(lambda: int(g.day("2023-01-01", "2025-11-30").strftime("%Y%m%d"))),
          "decoy", SHAPE),
        c("DM_KIBO", N, "VARCHAR", g.yn("1", "0", 0.4), "decoy"),
        c("TEL_SK", N, "INTEGER", g.keys(30_001, 2), "decoy", MISLEADING),
        c("BAITAI_CD", N, "VARCHAR", g.col(g.pick(["CAT25A", "CAT25B", "WEB", "TVSHOP"])), "decoy"),
    ])


# -- a housekeeping service's bookings (Japanese) ----------------------------------------------------------------------


def ja_housekeeping(g: Gen) -> Table:
    """Bookings of a housekeeping service: the customer's full name in kanji, phone, e-mail, postal code, city,
    address, date of birth ``1984/3/12`` (NULL-heavy), the housekeeper by family name (four distinct), the branch and
    its phone (business), tasks, prices, booking times, a key-custody flag, a note naming people."""
    fem = v.sexes(g, 0.7)
    names = [v.ja_person(g, f) for f in fem]
    places = [v.city(g, "JP") for _ in range(g.rows)]
    keepers = sorted({g.rnd.choice(v.JA_LAST)[0] for _ in range(4)})
    return Table("家事代行.予約", "ja", "native", [
        c("予約番号", N, "VARCHAR", g.col(lambda: "R" + g.digits(7)), "decoy"),
        c("氏名", "person_name", "VARCHAR", [f"{a[0]} {b[0]}" for a, b in names]),
        c("電話番号", "phone", "VARCHAR", g.phones("JP", {"national": 0.8, "digits": 0.2}, 0.8)),
        c("メール", "email", "VARCHAR", [v.emails(g, [b[1]], [a[1]], ["docomo.ne.jp", "icloud.com", "gmail.com"])[0]
                                     for a, b in names]),
        c("郵便番号", "postal_code", "VARCHAR", [v.postal(g, "JP", p[1]) for p in places]),
        c("市区町村", "city", "VARCHAR", [p[0] for p in places]),
        c("住所", "street_address", "VARCHAR", g.col(lambda: v.street(g, "ja"))),
        c("生年月日", "date_of_birth", "VARCHAR", g.col(lambda: _ymd_short(g.birth(1935, 2000)), 0.7), HEAVY),
        c("スタッフ", "last_name", "VARCHAR", g.col(g.pick(keepers)), STAFF, ROLE),
        c("営業所", N, "VARCHAR", g.col(g.pick(["天神営業所", "博多営業所", "熊本営業所"])), "decoy"),
        c("営業所電話", N, "VARCHAR", g.col(g.pick(["092-710-1234", "092-432-5678", "096-351-2222"])), "business"),
        c("作業内容", N, "VARCHAR", g.col(g.pick(["水回り清掃", "料理作り置き", "エアコン清掃", "整理収納"])), "decoy"),
        c("作業時間", N, "INTEGER", g.col(g.pick([2, 3, 4])), "decoy"),
        c("料金", N, "INTEGER", g.col(g.pick([6_600, 9_900, 13_200, 16_500])), "decoy"),
        c("予約日時", N, "TIMESTAMP", g.moments("2025-01-01", "2025-12-20"), "decoy"),
        c("鍵預かり", N, "VARCHAR", g.yn("有", "無", 0.3), "decoy"),
        c("定期", N, "BOOLEAN", g.yn(True, False, 0.55), "decoy"),
        c("備考", "free_text", "VARCHAR", g.sparse(lambda: g.rnd.choice([
            f"{g.rnd.choice(v.JA_LAST)[0]}様のご紹介", f"ご主人の{g.rnd.choice(v.JA_LAST)[0]}様が在宅",
            "ペットあり（猫）"]), 0.8, ("", "なし", "-", "NULL")), NULLWORD),
    ])


# -- an online school's students (Russian) -----------------------------------------------------------------------------


def ru_online_school(g: Gen) -> Table:
    """Students of an online school: family name, given name, patronymic, date of birth (DATE), phone, e-mail, city,
    a personal INN for a tax deduction (NULL-heavy), the curator (``куратор``, three distinct), the login and last IP,
    courses, tariffs, payments, promo codes, a review naming people."""
    fem = v.sexes(g, 0.6)
    firsts, lasts = v.people(g, "ru", fem)
    places = [v.city(g, "RU") for _ in range(g.rows)]
    curators = _staff(g, "ru", 3)
    fathers = ["Андрее", "Дмитри", "Павл", "Роман", "Олег", "Викторо", "Антоно", "Юрье", "Григорье", "Евгенье"]

    def patronymic(female: bool) -> str:
        root = g.rnd.choice(fathers)
        if root[-1] in "ео":
            return root + ("вна" if female else "вич")
        return root + ("овна" if female else "ович") if root[-1] not in "и" else root + ("евна" if female else "евич")

    return Table("онлайн_школа.ученики", "ru", "snake", [
        c("ид_ученика", N, "INTEGER", g.keys(55_001), "decoy"),
        c("фамилия", "last_name", "VARCHAR", lasts),
        c("имя", "first_name", "VARCHAR", firsts),
        c("отчество", "person_name", "VARCHAR", [patronymic(f) if g.rnd.random() < 0.7 else None
                                                 for f in fem]),
        c("дата_рождения", "date_of_birth", "DATE", g.col(lambda: g.birth(1965, 2008), 0.15)),
        c("телефон", "phone", "VARCHAR", g.phones("RU", {"national": 0.4, "intl": 0.4, "e164": 0.2})),
        c("email", "email", "VARCHAR", v.emails(g, [v.translit(x) for x in firsts],
                                                [v.translit(x) for x in lasts],
                                                ["mail.ru", "yandex.ru", "bk.ru", "gmail.com"])),
        c("город", "city", "VARCHAR", [p[0] for p in places]),
        c("инн_для_вычета", "national_id", "VARCHAR", g.col(lambda: v.ru_inn(g), 0.82), HEAVY),
        c("куратор", "person_name", "VARCHAR", g.col(g.pick(curators)), STAFF, ROLE),
        c("логин", USERNAME, "VARCHAR", [v.handle(g, v.translit(a), v.translit(b))
                                                 for a, b in zip(firsts, lasts)], USER),
        c("ip_последнего_входа", "ip_address", "VARCHAR", g.col(lambda: g.ipv4() if g.rnd.random() < 0.75
                                                                else g.ipv6(), 0.1)),
        c("курс", N, "VARCHAR", g.col(g.pick(["Python с нуля", "Английский B2", "Бухучёт 1С", "Дизайн интерьера"])),
          "decoy"),
        c("тариф", N, "VARCHAR", g.col(g.pick(["базовый", "стандарт", "премиум"])), "decoy"),
        c("оплачено", N, "DECIMAL(10,2)", g.amounts(4_900, 89_000), "decoy"),
        c("промокод", N, "VARCHAR", g.col(g.pick(["SALE25", "FRIEND10", "BLACKFRIDAY", "NOCODE"])), "decoy"),
        c("дата_оплаты", N, "VARCHAR", [_dmy(d) for d in g.days("2024-09-01", "2025-11-30")], "decoy", SHAPE),
        c("прогресс_проц", N, "INTEGER", g.ints(0, 100), "decoy"),
        c("отзыв", "free_text", "VARCHAR", g.sparse(lambda: g.rnd.choice([
            f"Спасибо куратору {v.whole(g, 'ru')}!", f"Учусь вместе с {v.whole(g, 'ru')}",
            "Всё понравилось"]), 0.82, _words("нет")), NULLWORD),
        c("версия_приложения", N, "VARCHAR", g.col(g.version), "decoy"),
    ])


# -- a catering company's event orders (Greek) -------------------------------------------------------------------------


def el_catering(g: Gen) -> Table:
    """Event orders of a catering company: the customer's full name, phone, e-mail, the billing address (a home),
    postcode, town, a personal tax number for the invoice (NULL-heavy), the venue (a hall, decoy), the shift manager
    and the chef by first name (few distinct), event dates written like births, menus, guests, prices."""
    fem = v.sexes(g, 0.55)
    pairs = [v.person(g, "el", f) for f in fem]
    places = [v.city(g, "GR") for _ in range(g.rows)]
    managers = _staff(g, "el", 3)
    chefs = sorted({v.given(g, "el", False) for _ in range(2)})
    return Table("τροφοδοσία.παραγγελίες", "el", "snake", [
        c("αρ_παραγγελίας", N, "INTEGER", g.keys(7_001), "decoy"),
        c("ονοματεπώνυμο", "person_name", "VARCHAR", [f"{b} {a}" for a, b in pairs]),
        c("τηλέφωνο", "phone", "VARCHAR", g.phones("GR", {"national": 0.6, "intl": 0.4}, 0.85)),
        c("email", "email", "VARCHAR", g.col(lambda: v.emails(g, ["maria", "nikos", "eleni", "giorgos", "kostas"],
                                                              [g.rnd.choice(["papa", "oik", "makri", "zach"])],
                                                              ["gmail.com", "yahoo.gr", "otenet.gr"])[0], 0.2)),
        c("διεύθυνση_τιμολόγησης", "street_address", "VARCHAR", g.col(lambda: v.street(g, "el"))),
        c("τκ", "postal_code", "VARCHAR", [v.postal(g, "GR", p[1]) for p in places], ABBREV),
        c("πόλη", "city", "VARCHAR", [p[0] for p in places]),
        c("αφμ_πελάτη", "national_id", "VARCHAR", g.col(lambda: v.gr_afm(g), 0.7), HEAVY),
        c("χώρος_εκδήλωσης", N, "VARCHAR", g.col(g.pick(["Κτήμα Ελιές", "Αίθουσα Αστέρια", "Ξενοδοχείο Μπλε",
                                                          "Παραλία Ρίου"])), "decoy"),
        c("υπεύθυνος_βάρδιας", "person_name", "VARCHAR", g.col(g.pick(managers)), STAFF, ROLE),
        c("σεφ", "first_name", "VARCHAR", g.col(g.pick(chefs)), STAFF, ROLE),
        c("ημερομηνία_εκδήλωσης", N, "VARCHAR", [_dmy(d, "/") for d in g.days("2025-04-01", "2026-10-31")], "decoy",
          SHAPE),
        c("είδος_εκδήλωσης", N, "VARCHAR", g.col(g.pick(["γάμος", "βάπτιση", "εταιρική", "γενέθλια"])), "decoy"),
        c("μενού", N, "VARCHAR", g.col(g.pick(["Μενού Α", "Μενού Β", "Μπουφές", "Finger food"])), "decoy"),
        c("άτομα", N, "INTEGER", g.ints(20, 400), "decoy"),
        c("τιμή_ανά_άτομο", N, "DECIMAL(6,2)", g.floats(14, 65, 2), "decoy"),
        c("προκαταβολή", N, "DECIMAL(9,2)", g.amounts(0, 5_000), "decoy"),
        c("σχόλια", "free_text", "VARCHAR", g.sparse(lambda: g.rnd.choice([
            f"Επικοινωνία με την κουμπάρα {v.whole(g, 'el', True)}", f"Τούρτα από {v.given(g, 'el')}",
            "Χωρίς γλουτένη για 3 άτομα"]), 0.8, _words("κανένα")), NULLWORD),
        c("κατάσταση", N, "VARCHAR", g.col(g.pick(["προσφορά", "επιβεβαιωμένη", "ολοκληρώθηκε", "ακυρώθηκε"])),
          "decoy"),
    ])


# -- a marketing platform's contact export with opaque and misleading names (US English) -------------------------------


def en_contacts_export(g: Gen) -> Table:
    """A marketing platform's contact export to a warehouse: source-prefixed e-mail and phone, opaque names for the
    names and street (``field_12``, ``field_13``, ``c07``), misleading names holding personal data (``misc_1`` a date of
    birth ``03/12/1984``, ``notes2`` free text, ``code`` the ZIP, ``ref`` a card, ``value`` an IP, ``attr_4`` an SSN,
    ``data`` the city, ``info`` a second phone, ``type2`` the web login), role-word names holding people (``contact``,
    ``holder``, ``beneficiary``, ``assignee``, ``reviewer``, ``created_by``), integer keys named like personal data, a
    service-account audit column, "City, ST" sales territories, scores, hashes."""
    fem = v.sexes(g, 0.5)
    firsts, lasts = v.people(g, "en", fem)
    places = [v.city(g, "US") for _ in range(g.rows)]
    assignees = _staff(g, "en", 5)
    reviewers = _staff(g, "en", 2)
    logins = _logins(g, "en", 5, 1)
    benef = [g.rnd.random() < 0.2 for _ in range(g.rows)]
    return Table("mktg.contacts_export", "en", "snake", [
        c("contact_id", N, "BIGINT", g.keys(70_000_001), "decoy"),
        c("email_id", N, "INTEGER", g.keys(900_001, 3), "decoy", MISLEADING),
        c("phone_sk", N, "INTEGER", g.col(lambda: g.rnd.randint(1, 400_000)), "decoy", MISLEADING),
        c("src_hs_c03", "email", "VARCHAR", v.emails(g, firsts, lasts, ["gmail.com", "yahoo.com", "cox.net",
                                                                         "hotmail.com", "icloud.com"]), SOURCE, OPAQUE),
        c("src_hs_c04", "phone", "VARCHAR", g.phones("US", {"national": 0.5, "e164": 0.3, "digits": 0.2}), SOURCE,
          OPAQUE),
        c("field_12", "first_name", "VARCHAR", firsts, OPAQUE),
        c("field_13", "last_name", "VARCHAR", lasts, OPAQUE),
        c("c07", "street_address", "VARCHAR", g.col(lambda: v.street(g, "us"), 0.1), OPAQUE),
        c("data", "city", "VARCHAR", [p[0] for p in places], MISLEADING),
        c("code", "postal_code", "VARCHAR", [v.postal(g, "US", p[1]) for p in places], MISLEADING),
        c("misc_1", "date_of_birth", "VARCHAR", g.col(lambda: _mdy(g.birth(1940, 2006)), 0.3), MISLEADING),
        c("attr_4", "ssn", "VARCHAR", g.col(lambda: v.us_ssn(g), 0.6), MISLEADING, HEAVY),
        c("ref", "credit_card", "VARCHAR", g.col(lambda: v.card(g, g.rnd.random() < 0.3), 0.55), MISLEADING, HEAVY),
        c("value", "ip_address", "VARCHAR", g.col(lambda: g.ipv4() if g.rnd.random() < 0.6 else g.ipv6(), 0.1),
          MISLEADING),
        c("info", "phone", "VARCHAR", g.phones("US", {"national": 0.8, "intl": 0.2}, 0.3, 0.5), MISLEADING),
        c("type2", USERNAME, "VARCHAR", [v.handle(g, a, b) for a, b in zip(firsts, lasts)], USER, MISLEADING),
        c("notes2", "free_text", "VARCHAR", g.sparse(lambda: g.rnd.choice([
            f"Spoke w/ {v.whole(g, 'en')} re renewal", f"{v.given(g, 'en')}'s husband handles billing",
            f"Referred by {v.whole(g, 'en')}"]), 0.85, _words("none", "unknown")), NULLWORD, MISLEADING),
        c("contact", "person_name", "VARCHAR", [f"{a} {b}" for a, b in zip(firsts, lasts)], ROLE),
        c("holder", "person_name", "VARCHAR", g.col(lambda: v.whole(g, "en").upper(), 0.5), ROLE),
        c("beneficiary", "person_name", "VARCHAR", [v.whole(g, "en") if b else None for b in benef], ROLE, HEAVY),
        c("assignee", "person_name", "VARCHAR", g.col(g.pick(assignees)), STAFF, ROLE),
        c("reviewer", "person_name", "VARCHAR", g.col(g.pick(reviewers), 0.4), STAFF, ROLE),
        c("created_by", USERNAME, "VARCHAR", g.col(g.pick(logins)), USER, AUDIT, ROLE),
        c("modified_by", N, "VARCHAR", g.col(g.pick(["svc_hubspot_sync", "api-integration", "workflow-bot"])),
          "decoy", AUDIT, SERVICE),
        c("territory", N, "VARCHAR", g.col(g.pick(["Tucson, AZ", "Phoenix, AZ", "Albuquerque, NM", "El Paso, TX",
                                                   "Las Vegas, NV"])), "decoy", TERRITORY, SHAPE),
        c("lifecycle_stage", N, "VARCHAR", g.col(g.pick(["subscriber", "lead", "mql", "sql", "customer"])), "decoy"),
        c("lead_score", N, "INTEGER", g.ints(0, 100), "decoy"),
        c("hs_object_hash", N, "VARCHAR", g.col(g.md5), "decoy"),
        c("first_seen_at", N, "TIMESTAMP", g.moments("2022-01-01", "2025-11-30"), "decoy"),
        c("unsubscribed", N, "VARCHAR", g.yn("Y", "N", 0.12), "decoy"),
        c("card_last_check", N, "VARCHAR", g.col(lambda: v.not_luhn(g)), "decoy", SHAPE),
    ])


# -- a car rental's rental agreements (Spanish) ------------------------------------------------------------------------


def es_car_rental(g: Gen) -> Table:
    """Rental agreements: the renter's given name and family names, DNI or NIE, date of birth ``12/03/1984``, phone,
    e-mail, address, postcode, town, the card (Luhn), the additional driver (NULL-heavy), the counter agent (four
    distinct), the login that closed the agreement (audit), pick-up and return stations (places, decoy), plate, fuel,
    kilometres, damage notes naming people."""
    fem = v.sexes(g, 0.4)
    firsts, lasts = v.people(g, "es", fem)
    places = [v.city(g, "ES") for _ in range(g.rows)]
    agents = _staff(g, "es", 4)
    logins = _logins(g, "es", 4, 3)
    extra_driver = [g.rnd.random() < 0.3 for _ in range(g.rows)]
    stations = ["Aeropuerto de Zaragoza", "Estación Delicias", "Pamplona Centro", "Logroño Estación"]
    return Table("alquiler.contratos", "es", "camel", [
        c("numContrato", N, "VARCHAR", g.col(lambda: "RA" + g.digits(9)), "decoy"),
        c("nombreConductor", "first_name", "VARCHAR", firsts, ROLE),
        c("apellidosConductor", "last_name", "VARCHAR", [f"{b} {v.family(g, 'es')}" for b in lasts], ROLE),
        c("docIdentidad", "national_id", "VARCHAR", g.col(lambda: v.es_dni(g) if g.rnd.random() < 0.75
                                                          else v.es_nie(g))),
        c("fNacimiento", "date_of_birth", "VARCHAR", g.col(lambda: _dmy(g.birth(1945, 2005), "/")), ABBREV),
        c("movil", "phone", "VARCHAR", g.phones("ES", {"national": 0.5, "e164": 0.3, "00": 0.2})),
        c("correoE", "email", "VARCHAR", v.emails(g, firsts, lasts, ["gmail.com", "hotmail.es", "yahoo.es",
                                                                      "outlook.es"]), ABBREV),
        c("domicilio", "street_address", "VARCHAR", g.col(lambda: v.street(g, "es"))),
        c("cp", "postal_code", "VARCHAR", [v.postal(g, "ES", p[1]) for p in places], ABBREV),
        c("localidad", "city", "VARCHAR", [p[0] for p in places]),
        c("tarjetaGarantia", "credit_card", "VARCHAR", g.col(lambda: v.card(g, g.rnd.random() < 0.4))),
        c("conductorAdicional", "person_name", "VARCHAR", [v.whole(g, "es") if k else None for k in extra_driver],
          HEAVY, ROLE),
        c("agenteMostrador", "person_name", "VARCHAR", g.col(g.pick(agents)), STAFF, ROLE),
        c("cerradoPor", USERNAME, "VARCHAR", g.col(g.pick(logins)), USER, AUDIT),
        c("oficinaRecogida", N, "VARCHAR", g.col(g.pick(stations)), "decoy"),
        c("oficinaDevolucion", N, "VARCHAR", g.col(g.pick(stations)), "decoy"),
        c("matricula", N, "VARCHAR", g.col(lambda: g.digits(4) + " " + g.code("AAA").replace("A", "B")), "decoy",
          VEHICLE),
        c("grupoVehiculo", N, "VARCHAR", g.col(g.pick(["A", "B", "C", "D", "F"])), "decoy"),
        c("kmSalida", N, "INTEGER", g.ints(1_000, 90_000), "decoy"),
        c("combustible", N, "VARCHAR", g.col(g.pick(["1/4", "1/2", "3/4", "lleno"])), "decoy"),
        c("fechaRecogida", N, "VARCHAR", [_dmy(d, "/") for d in g.days("2025-01-01", "2025-12-20")], "decoy", SHAPE),
        c("importeTotal", N, "DECIMAL(9,2)", g.amounts(45, 1_900), "decoy"),
        c("partesDanos", "free_text", "VARCHAR", g.sparse(lambda: g.rnd.choice([
            f"Golpe en aleta; firmó {v.whole(g, 'es')}", f"Conducía {v.whole(g, 'es')}, no el titular",
            "Rayón paragolpes trasero"]), 0.85, _words("ninguno", "nada")), NULLWORD),
        c("seguroTotal", N, "VARCHAR", g.yn("S", "N", 0.45), "decoy"),
    ])


# -- a wholesaler's article master, decoys only (Spanish) --------------------------------------------------------------


def es_article_master(g: Gen) -> Table:
    """A wholesaler's article master: SKUs, EANs, brands and suppliers named after their founders, warehouses,
    "City, Region" sales territories, prices, weights, versions, hashes, warehouse coordinates, timestamps, flags,
    a service account in the audit column; no personal data."""
    return Table("almacen.articulos", "es", "snake", [
        c("id_articulo", N, "INTEGER", g.keys(100_001), "decoy"),
        c("sku", N, "VARCHAR", g.col(lambda: g.code("AA-9999-99")), "decoy"),
        c("ean13", N, "VARCHAR", g.col(lambda: "84" + g.digits(11)), "decoy"),
        c("marca", N, "VARCHAR", g.col(g.pick(["Roca", "Puig", "Osborne", "Torres", "Mahou", "Fernández Hnos."])),
          "decoy", SHAPE),
        c("proveedor", N, "VARCHAR", g.col(g.pick(["Industrias Navarro S.L.", "Hijos de Rivera", "Calvo S.A.",
                                                   "Gallo Alimentación"])), "decoy"),
        c("almacen", N, "VARCHAR", g.col(g.pick(["Plaza Zaragoza Nave 4", "Cabanillas", "Noáin Polígono"])),
          "decoy"),
        c("territorio", N, "VARCHAR", g.col(g.pick(["Zaragoza, Aragón", "Pamplona, Navarra", "Logroño, La Rioja",
                                                    "Huesca, Aragón", "Soria, Castilla y León"])), "decoy",
          TERRITORY, SHAPE),
        c("ciudad_origen", N, "VARCHAR", g.col(g.pick(["Valencia", "Sevilla", "Bilbao", "Lleida"])), "decoy", SHAPE),
        c("precio_tarifa", N, "DECIMAL(9,2)", g.amounts(0.5, 450), "decoy"),
        c("peso_kg", N, "DECIMAL(8,3)", g.floats(0.01, 60, 3), "decoy"),
        c("familia", N, "VARCHAR", g.col(g.pick(["BEB", "ALI", "DRO", "SAN", "FER"])), "decoy"),
        c("version_ficha", N, "VARCHAR", g.col(g.version), "decoy"),
        c("hash_ficha", N, "VARCHAR", g.col(g.sha256), "decoy"),
        c("lat_almacen", N, "DOUBLE", g.floats(41.55, 41.70, 6), "decoy"),
        c("lon_almacen", N, "DOUBLE", g.floats(-1.05, -0.80, 6), "decoy"),
        c("fecha_alta", N, "TIMESTAMP", g.moments("2015-01-01", "2025-11-30"), "decoy"),
        c("fecha_caducidad_lote", N, "DATE", g.days("2026-01-01", "2028-12-31"), "decoy"),
        c("activo", N, "VARCHAR", g.yn("S", "N", 0.9), "decoy"),
        c("nombre_id", N, "INTEGER", g.keys(5_001), "decoy", MISLEADING),
        c("creado_por", N, "VARCHAR", g.col(g.pick(["etl_sap", "svc_pim", "import_batch"])), "decoy", AUDIT,
          SERVICE),
    ])


#: table -> more ordinary decoy columns of its system (name, SQL type, shape), appended after the builder's own
EXTRAS: dict[str, list[tuple[str, str, str]]] = {
    "fieldservice.work_orders": [("sla_hours", "INTEGER", "int:4:72"), ("visit_count", "INTEGER", "int:1:4"),
        ("priority_cd", "VARCHAR", "enum:P1|P2|P3"), ("van_reg_sk", "INTEGER", "int:1:40"), ("fault_code", "VARCHAR", "code:F99"), ("warranty_claim", "VARCHAR", "enum:Y|N|N|N"), ("eta_minutes", "INTEGER", "int:10:240")],
    "autohaus.Probefahrten": [("Kraftstoff", "VARCHAR", "enum:Benzin|Diesel|Elektro|Hybrid"),
                              ("Dauer", "INTEGER", "int:20:120"),
        ("Farbe", "VARCHAR", "enum:Schwarz|Weiß|Grau|Blau"), ("Tankstand", "VARCHAR", "enum:1/4|1/2|3/4|voll"), ("Leadquelle", "VARCHAR", "enum:Website|Mobile.de|Laufkundschaft"), ("AngebotNr", "VARCHAR", "code:AN-99999"), ("Rabatt", "DECIMAL(5,2)", "float:0:15")],
    "livraison.commandes_meubles": [("id_tournee", "VARCHAR", "code:T-999"), ("nb_colis", "INTEGER", "int:1:12"),
        ("statut_livraison", "VARCHAR", "enum:planifiee|livree|reportee|annulee"), ("volume_m3", "DECIMAL(5,2)", "float:0.2:6"), ("camion", "VARCHAR", "code:CAM-99"), ("montant_ttc", "DECIMAL(9,2)", "amount:80:6000"), ("cree_le", "TIMESTAMP", "ts")],
    "agenzia_lavoro.candidati": [("fonte", "VARCHAR", "enum:sito|indeed|sportello|passaparola"),
                                 ("ore_settimanali", "INTEGER", "int:20:40"),
        ("stato_candidatura", "VARCHAR", "enum:nuovo|colloquio|idoneo|assunto|scartato"), ("disponibilita_turni", "VARCHAR", "enum:SI|NO"), ("id_commessa", "VARCHAR", "code:CM-9999"), ("aggiornato_il", "TIMESTAMP", "ts"), ("punteggio_test", "INTEGER", "int:0:100")],
    "formacao.inscricoes": [("modalidade", "VARCHAR", "enum:presencial|b-learning|online"),
                            ("inscrito_em", "TIMESTAMP", "ts"),
        ("turma", "VARCHAR", "code:T99-A"), ("estado", "VARCHAR", "enum:inscrito|a frequentar|concluido|desistiu"), ("assiduidade_pct", "DECIMAL(5,2)", "float:40:100"), ("valor_propina", "DECIMAL(8,2)", "amount:0:900"), ("versao_plataforma", "VARCHAR", "ver")],
    "zonnepanelen.offerteAanvragen": [("wattpiek", "INTEGER", "int:1800:12000"),
                                      ("offerteVersie", "VARCHAR", "ver"),
        ("verbruikKwh", "INTEGER", "int:1500:9000"), ("status", "VARCHAR", "enum:nieuw|offerte|akkoord|afgewezen"), ("aangemaakt", "TIMESTAMP", "ts"), ("netbeheerder", "VARCHAR", "enum:Enexis|Liander|Stedin"), ("terugverdientijdJr", "DECIMAL(4,1)", "float:4:12")],
    "meble.zamowienia_kuchni": [("dlugosc_cm", "INTEGER", "int:180:620"), ("id_projektu", "VARCHAR", "uuid"),
        ("rodzaj_uchwytow", "VARCHAR", "enum:listwa|gałka|bezuchwytowe"), ("ilosc_szafek", "INTEGER", "int:6:30"), ("utworzono", "TIMESTAMP", "ts"), ("faktura", "VARCHAR", "code:FV/999/25"), ("rabat_proc", "DECIMAL(5,2)", "float:0:20")],
    "BEMANNING.TIDRAPPORTER": [("KOSTNADSSTALLE", "VARCHAR", "enum:100|200|310|420"),
                               ("LONEART", "VARCHAR", "enum:TIM|OB1|OB2|OVT"),
        ("PERIOD", "VARCHAR", "code:2025-99"), ("TIMPRIS", "DECIMAL(7,2)", "float:280:690"), ("FAKTURERAD", "VARCHAR", "enum:J|N"), ("REGISTRERAD", "TIMESTAMP", "ts"), ("AVTAL_NR", "VARCHAR", "code:AV-9999")],
    "vinduespudsning.kunder": [("betalingsform", "VARCHAR", "enum:PBS|MobilePay|Faktura"),
                               ("sidst_pudset", "DATE", "date"),
        ("pudsning_type", "VARCHAR", "enum:udvendig|ind+ud|kun stuen"), ("etager", "INTEGER", "int:1:3"), ("rabat_kode", "VARCHAR", "enum:NABO|VINTER|INGEN"), ("sidst_faktura", "VARCHAR", "code:F-99999"), ("rute_raekkefoelge", "INTEGER", "int:1:60")],
    "okna.zakazky": [("barva_profilu", "VARCHAR", "enum:bílá|antracit|zlatý dub"), ("zaloha", "DECIMAL(9,2)",
                                                                                   "amount:0:50000"),
        ("typ_skla", "VARCHAR", "enum:dvojsklo|trojsklo"), ("sleva_proc", "DECIMAL(5,2)", "float:0:12"), ("vytvoreno", "TIMESTAMP", "ts"), ("cislo_faktury", "VARCHAR", "code:FA2599999"), ("parapety", "VARCHAR", "enum:ANO|NE")],
    "TeknikServis.ServisKayitlari": [("TahminiSureGun", "INTEGER", "int:1:10"),
                                     ("Durum", "VARCHAR", "enum:BEKLIYOR|TAMIRDE|HAZIR|TESLIM"),
        ("ParcaUcreti", "DECIMAL(9,2)", "amount:0:8000"), ("IscilikUcreti", "DECIMAL(9,2)", "amount:150:2000"), ("KargoTakipNo", "VARCHAR", "code:9999999999"), ("OdemeTipi", "VARCHAR", "enum:Nakit|Kart|Havale"), ("YazilimSurumu", "VARCHAR", "ver")],
    "TSUHAN.KOKYAKU_MASTER": [("TOROKU_NICHIJI", "TIMESTAMP", "ts"), ("RUIKEI_KINGAKU", "INTEGER", "int:0:900000"),
        ("CHUMON_KAISU", "INTEGER", "int:0:120"), ("SHIHARAI_KBN", "VARCHAR", "enum:01|02|03|04"), ("KOSHIN_NICHIJI", "TIMESTAMP", "ts"), ("TEIKI_FLG", "VARCHAR", "enum:0|1"), ("SHUKKA_SOKO", "VARCHAR", "enum:FKO1|FKO2|KMM1")],
    "家事代行.予約": [("支払方法", "VARCHAR", "enum:カード|振込|口座振替"), ("キャンセル", "VARCHAR", "enum:0|0|0|1"),
        ("プラン", "VARCHAR", "enum:スポット|定期隔週|定期毎週"), ("交通費", "INTEGER", "int:0:1500"), ("作成日時", "TIMESTAMP", "ts"), ("評価", "INTEGER", "int:1:5"), ("クーポン", "VARCHAR", "enum:なし|初回|紹介")],
    "онлайн_школа.ученики": [("поток", "VARCHAR", "code:P-99"), ("источник", "VARCHAR",
                                                                 "enum:vk|telegram|yandex|сарафан"),
        ("группа", "VARCHAR", "code:GR-999"), ("статус", "VARCHAR", "enum:учится|завершил|отчислен|пауза"), ("рассрочка", "VARCHAR", "enum:да|нет"), ("создан", "TIMESTAMP", "ts"), ("оценка_курса", "INTEGER", "int:1:10")],
    "τροφοδοσία.παραγγελίες": [("σερβιτόροι", "INTEGER", "int:2:20"), ("κωδ_προσφοράς", "VARCHAR", "code:ΠΡ-9999"),
        ("ώρα_έναρξης", "VARCHAR", "enum:13:00|19:00|20:30|21:00"), ("φπα", "VARCHAR", "enum:13|24"), ("καταχωρήθηκε", "TIMESTAMP", "ts"), ("οχήματα", "INTEGER", "int:1:4"), ("αρ_τιμολογίου", "VARCHAR", "code:ΤΠΥ-99999")],
    "mktg.contacts_export": [("utm_source", "VARCHAR", "enum:google|facebook|newsletter|direct"),
                             ("load_ts", "TIMESTAMP", "ts"),
        ("utm_campaign", "VARCHAR", "enum:spring_promo|webinar_q3|retarget|none_set"), ("email_opens_90d", "INTEGER", "int:0:60"), ("page_views", "INTEGER", "int:0:400"), ("deal_stage_cd", "VARCHAR", "enum:DS1|DS2|DS3|DS4"), ("sync_version", "VARCHAR", "ver"), ("batch_uuid", "VARCHAR", "uuid")],
    "alquiler.contratos": [("franquicia", "DECIMAL(8,2)", "amount:0:1500"), ("canal", "VARCHAR",
                                                                            "enum:web|mostrador|agencia"),
        ("dias", "INTEGER", "int:1:21"), ("extras", "VARCHAR", "enum:GPS|silla|ninguno|GPS;silla"), ("kmDevolucion", "INTEGER", "int:1100:92000"), ("tarifa", "VARCHAR", "code:TRF-AA9"), ("creadoEn", "TIMESTAMP", "ts")],
    "almacen.articulos": [("unidades_caja", "INTEGER", "int:1:48"), ("iva", "VARCHAR", "enum:4|10|21"),
        ("stock_min", "INTEGER", "int:0:400"), ("ubicacion", "VARCHAR", "code:A99-99-9"), ("pais_origen", "VARCHAR", "enum:ES|PT|FR|IT|CN")],
}


def _extra(g: Gen, shape: str) -> list[object]:
    kind, _, arg = shape.partition(":")
    if kind == "enum":
        return g.col(g.pick(arg.split("|")))
    if kind == "int":
        lo, hi = arg.split(":")
        return g.ints(int(lo), int(hi))
    if kind in {"float", "amount"}:
        lo, hi = arg.split(":")
        return g.floats(float(lo), float(hi), 2 if kind == "amount" else 3)
    if kind == "code":
        return g.col(lambda: g.code(arg))
    if kind == "ts":
        return g.moments("2024-01-01", "2025-11-30")
    if kind == "date":
        return g.days("2024-01-01", "2025-12-31")
    return g.col({"uuid": g.uuid, "hash": g.sha256, "ver": g.version}[kind])


def _padded(make: Callable[[Gen], Table]) -> Callable[[Gen], Table]:
    """The builder ``make`` with the decoy columns of :data:`EXTRAS` for its table appended."""

    @functools.wraps(make)
    def build_table(g: Gen) -> Table:
        table = make(g)
        extra = [c(name, N, sql, _extra(g, shape), "decoy") for name, sql, shape in EXTRAS.get(table.name, [])]
        return Table(table.name, table.language, table.style, table.columns + extra)

    return build_table


BUILDERS: list[tuple[Callable[[Gen], Table], int]] = [(_padded(make), rows) for make, rows in [
    (en_field_service, 760), (de_test_drives, 340), (fr_furniture_delivery, 520), (it_temp_agency, 410),
    (pt_training, 290), (nl_solar_quotes, 450), (pl_kitchen_orders, 230), (sv_timesheets, 1_250),
    (da_window_cleaning, 610), (cs_window_jobs, 270), (tr_phone_repair, 880), (ja_latn_mail_order, 1_600),
    (ja_housekeeping, 380), (ru_online_school, 1_050), (el_catering, 210), (en_contacts_export, 1_900),
    (es_car_rental, 700), (es_article_master, 500),
]]


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
