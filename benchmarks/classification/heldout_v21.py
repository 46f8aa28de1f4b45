"""Held-out set v21 for the column classifier: 18 tables of ordinary business systems (a mainstream mix) in domains no
earlier set used, written from the issue's own list of languages, naming styles and kinds.

Written **blind**, like v2 to v20: by someone who has read neither the classifier (``governance_dagster/detect/``) nor
its documentation, tests, changelog or notes, only the list of kind names (``governance_dagster/kinds.py``), how the
scorer registers a set (``heldout_v2_accuracy.py``), the *structure* and labeling conventions of v20
(``heldout_v20.py``, ``heldout_v20_values.py``, its test, ``tests/heldout_support.py``), the docstrings of v2 to v19
(to avoid their domains) and the ``Column``/``Table`` classes and writer they build on. The classifier was not run on
this set while it was written, no scorer was run on it, and no score of any set was looked at: nothing here was
adjusted to what the classifier does. It was written under a short deadline. Unlike v10 to v20 it imports no earlier
set's value module: its random source, name lists and identifier builders are its own
(:mod:`benchmarks.classification.heldout_v21_values`).

What is new against v2 to v20:

* domains (ordinary business systems): a software vendor's helpdesk tickets (``helpdesk.support_tickets``, English);
  an optician's customer file with prescriptions (``optiker.Kundenkartei``, German); a consumer-credit broker's loan
  applications (``credit_conso.demandes_pret``, French); an estate agency's buyer leads (``inmobiliaria.leadsCompradores``,
  Spanish); a travel agency's package bookings (``agenzia_viaggi.prenotazioni``, Italian); an electronics retailer's
  warranty registrations (``garantias.registos``, European Portuguese); a housing broker's viewing appointments
  (``makelaardij.bezichtigingen``, Dutch); a web shop's complaints (``sklep.reklamacje``, Polish); an employer's expense
  claims (``EKONOMI.UTLAGG``, Swedish); a retailer's newsletter subscribers (``nyhedsbrev.abonnenter``, Danish); a car
  leasing company's lessees (``leasing.najemci``, Czech); an appliance store's instalment sales
  (``magaza.TaksitliSatislar``, Turkish); an employer's commuting allowances (``JINJI.TSUKIN_TEATE``, romanized
  Japanese); an online supermarket's delivery addresses (``ネットスーパー.配送先``, Japanese); a bank's term deposits
  (``банк.вклады``, Russian); an internet provider's installation appointments (``isp.εγκαταστάσεις``, Greek); a data
  warehouse's customer dimension with source-prefixed, opaque and misleading names (``dwh.dim_customer``, US English);
  a warehouse's stock movements, decoys only (``lager.Warenbewegungen``, German);
* dates of birth as DATE, as text in local formats (``12.03.1984``, ``12/03/1984``, ``12-03-1984``, ``12-3-1984``,
  ``1984/03/12``, ``1984年3月12日``, ``12. 3. 1984``), as integers ``19840312`` and split into day, month and year
  integer columns (each part ``date_of_birth``, tag ``split_dob``);
* identifiers with check digits (python-stdnum): US SSN and Greek AMKA (``ssn``); German tax id, Spanish DNI and NIE,
  codice fiscale, Portuguese NIF, Dutch BSN, PESEL, Swedish personnummer, Czech birth number, T.C. kimlik, Russian
  personal INN, Greek AFM, Japanese My Number (``national_id``); a Czech identity card number without one
  (``national_id``); IBANs of Germany, France, the Netherlands, Poland, Sweden, Czechia and Greece; cards passing
  Luhn; phones of the United Kingdom, the United States, Germany, France, Spain, Italy, Portugal, the Netherlands,
  Poland, Sweden, Denmark, Czechia, Turkey, Japan, Russia and Greece; IPv4 and IPv6 addresses;
* staff named after their role (an assigned agent, an optician, an adviser, a sales representative, an approving
  manager, a technician, a driver, a complaint handler: tag ``staff``), a guarantor and travel companions;
* decoys (tag ``decoy``; ``value_shape`` when shaped like a personal value): order, ticket and invoice numbers, SKUs
  and EANs, tracking numbers, serial numbers and VINs, product and company names, destinations, event timestamps and
  contract dates written like the births beside them, hashes, coordinates, versions, Y/N flags named like personal
  data (tag ``misleading``), integer surrogate keys named like personal things (``addr_sk``, ``customer_name_id``,
  ``JUSHO_SK``, tag ``misleading``), enum codes, card references failing Luhn; business addresses and phones of shops,
  branches, delivery centres (tag ``business``);
* column names in English, German, French, Spanish, Italian, Portuguese, Dutch, Polish, Swedish, Danish, Czech,
  Turkish, romanized Japanese (``ja-Latn``), Japanese, Russian and Greek; snake, camel, Pascal, SCREAMING case and
  native scripts; abbreviations (``req_fnm``, ``telMovil``, ``KundGeb``, tag ``abbrev``), source prefixes
  (``src_crm_col07``, ``src_erp_f3``), misleading names holding personal data (``misc_1``, ``notes2``, ``code``,
  ``attr_3``, ``ref``, ``value``, tag ``misleading``) and opaque names (``c11``, ``x_fld``, tag ``opaque``).

Labeling rules: the same as v2 to v20 (see :mod:`benchmarks.classification.heldout_v20`): ``ssn`` is a social-security
or social-insurance number, ``national_id`` any other state-issued personal identifier (a personal tax number
included); a business's address, phone, postal code, city, e-mail, tax and registration numbers and bank account are
``none`` (tag ``business``); names of staff are ``person_name`` (a first name or a family name alone ``first_name`` or
``last_name``); a login or public display handle is ``unclassified`` (tag ``username``); free text that names people
is ``free_text``, text that names nobody ``none``; a Dutch ``tussenvoegsel`` is ``person_name`` (v20). Choices a reader
may question: a date of birth split into day, month and year columns labels each part ``date_of_birth``; an employee's
work e-mail is ``email``; a customer's line IP at an internet provider is ``ip_address``; a travel destination, a
departure station and a city a trip started from are ``none`` (places, no person's address).

Tags: as v20 (``decoy``, ``business``, ``null_heavy``, ``nullword_heavy``, ``abbrev``, ``username``, ``vehicle``,
``value_shape``, ``misleading``, ``staff``, ``opaque``, ``audit``) and new: ``split_dob`` (a part of a date of birth),
``source_prefix`` (a column named after its source system).

Every value is generated here from :data:`SEED` (one ``random.Random`` per table, named after its builder) with
python-stdnum for check digits, phonenumbers for phone validity and formats, and the lists of names, streets and cities
of :mod:`benchmarks.classification.heldout_v21_values`, written for v21 (no Faker, no list of real people). Build:
``python -m benchmarks.classification.heldout_v21 [PATH]`` (default ``/tmp/heldout_v21.duckdb``). Score:
``python -m benchmarks.classification.heldout_v2_accuracy --set v21``.
"""

from __future__ import annotations

import functools
import sys
from collections.abc import Callable
from datetime import date
from pathlib import Path

from benchmarks.classification import heldout_v4
from benchmarks.classification import heldout_v21_values as v
from benchmarks.classification.heldout_v2 import Column, Table
from benchmarks.classification.heldout_v21_values import NULLISH, SEED, USERNAME, Gen, N, c

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

DEFAULT_PATH = Path("/tmp/heldout_v21.duckdb")

NULLWORD = "nullword_heavy"  # 70-95% NULL-like strings and empty strings (few real NULLs)
HEAVY = "null_heavy"  # 60-95% NULL
SHAPE = "value_shape"
VEHICLE = "vehicle"
MISLEADING = "misleading"
STAFF = "staff"  # staff named in a column with few distinct values
OPAQUE = "opaque"
ABBREV = "abbrev"
AUDIT = "audit"
SPLIT = "split_dob"  # one part of a date of birth split into integer columns
SOURCE = "source_prefix"
USER = "username"


def _dmy(d: date, sep: str = ".") -> str:
    return f"{d.day:02d}{sep}{d.month:02d}{sep}{d.year}"


def _dmy_short(d: date) -> str:
    return f"{d.day}-{d.month}-{d.year}"


def _ja_date(d: date) -> str:
    return f"{d.year}年{d.month}月{d.day}日"


def _words(*extra: str) -> tuple[str, ...]:
    return ("", "-", "NULL", "n/a", "N/A") + extra


def _staff(g: Gen, lang: str, n: int) -> list[str]:
    return sorted({v.whole(g, lang) for _ in range(n)})


# -- a software vendor's helpdesk tickets (English, UK) ----------------------------------------------------------------


def en_helpdesk(g: Gen) -> Table:
    """A helpdesk's tickets: the requester's first and family name (abbreviated column names), e-mail, phone, the
    customer's company, the assigned agent (a dozen distinct) and the agent's login, the ticket text naming people
    (NULL-word heavy), the requester's IP, SLA flags, timestamps, SKUs and order numbers."""
    fem = v.sexes(g, 0.5)
    firsts, lasts = v.people(g, "en", fem)
    agents = _staff(g, "en", 14)
    logins = sorted({v.login(*v.person(g, "en"), 0) for _ in range(10)})
    companies = ["Northgate Plumbing Ltd", "Aire Valley Dental", "Kirkby Logistics", "Moorside Estates",
                 "Pennine Print Co", "Calder Accountancy LLP", "Wharfedale Cafés"]
    return Table("helpdesk.support_tickets", "en", "snake", [
        c("ticket_id", N, "INTEGER", g.keys(410_001), "decoy"),
        c("ticket_ref", N, "VARCHAR", g.col(lambda: "HD-" + g.digits(7)), "decoy"),
        c("req_fnm", "first_name", "VARCHAR", firsts, ABBREV),
        c("req_lnm", "last_name", "VARCHAR", lasts, ABBREV),
        c("req_email", "email", "VARCHAR", v.emails(g, firsts, lasts, ["gmail.com", "outlook.com", "btinternet.com",
                                                                        "sky.com", "yahoo.co.uk"])),
        c("req_tel", "phone", "VARCHAR", g.phones("GB", {"national": 0.5, "intl": 0.3, "e164": 0.2}, 0.6), ABBREV),
        c("account_company", N, "VARCHAR", g.col(g.pick(companies)), "decoy"),
        c("product_sku", N, "VARCHAR", g.col(lambda: g.code("SKU-AA-9999")), "decoy"),
        c("order_no", N, "VARCHAR", g.col(lambda: "SO" + g.digits(8)), "decoy"),
        c("subject", N, "VARCHAR", g.col(g.pick(["Cannot log in", "Invoice query", "Sync error", "Licence renewal",
                                                 "Printer driver", "Export to CSV fails"])), "decoy"),
        c("description", "free_text", "VARCHAR", g.sparse(lambda: g.rnd.choice([
            f"Called back, spoke to {v.whole(g, 'en')} in accounts",
            f"{v.given(g, 'en')} says the export crashed again",
            f"Please contact {v.whole(g, 'en')} instead, she is the admin"]), 0.78, _words("none")), NULLWORD),
        c("assigned_agent", "person_name", "VARCHAR", g.col(g.pick(agents)), STAFF),
        c("agent_login", USERNAME, "VARCHAR", g.col(g.pick(logins)), USER),
        c("priority", N, "VARCHAR", g.col(g.pick(["P1", "P2", "P3", "P4"])), "decoy"),
        c("status", N, "VARCHAR", g.col(g.pick(["open", "pending", "solved", "closed"])), "decoy"),
        c("channel", N, "VARCHAR", g.col(g.pick(["email", "web", "phone", "chat"])), "decoy"),
        c("client_ip", "ip_address", "VARCHAR", g.col(lambda: g.ipv4() if g.rnd.random() < 0.6 else g.ipv6())),
        c("created_at", N, "TIMESTAMP", g.moments("2025-01-01", "2025-11-30"), "decoy", AUDIT),
        c("first_response_at", N, "TIMESTAMP", g.moments("2025-01-01", "2025-11-30"), "decoy"),
        c("sla_breached", N, "VARCHAR", g.yn("Y", "N", 0.15), "decoy"),
        c("csat_score", N, "INTEGER", g.ints(1, 5, 0.3), "decoy"),
        c("app_version", N, "VARCHAR", g.col(g.version), "decoy"),
        c("attachment_sha256", N, "VARCHAR", g.col(g.sha256, 0.5), "decoy"),
        c("updated_by", N, "VARCHAR", g.col(g.pick(["zendesk-sync", "automation", "sla-bot"])), "decoy", AUDIT),
    ])


# -- an optician's customer file (German) ------------------------------------------------------------------------------


def de_optician(g: Gen) -> Table:
    """An optician's customer file: salutation, names, date of birth ``12.03.1984`` (abbreviated column name), address,
    phone, e-mail, a SEPA IBAN for instalments (NULL-heavy), the tax id for a medical-expense receipt (NULL-heavy),
    prescriptions, frames, the optician (few distinct), the branch and its address (business), a remark naming
    people (NULL-word heavy)."""
    fem = v.sexes(g, 0.55)
    firsts, lasts = v.people(g, "de", fem)
    places = [v.city(g, "DE") for _ in range(g.rows)]
    opticians = _staff(g, "de", 6)
    branches = [("Filiale Lister Meile", "Lister Meile 41", "30161"), ("Filiale Südstadt", "Sallstraße 12", "30171"),
                ("Filiale Celle", "Zöllnerstraße 8", "29221")]
    branch = [g.rnd.choice(branches) for _ in range(g.rows)]
    return Table("optiker.Kundenkartei", "de", "pascal", [
        c("KundenNr", N, "INTEGER", g.keys(20_001), "decoy"),
        c("Anrede", N, "VARCHAR", ["Frau" if f else "Herr" for f in fem], "decoy"),
        c("Vorname", "first_name", "VARCHAR", firsts),
        c("Nachname", "last_name", "VARCHAR", lasts),
        c("KundGeb", "date_of_birth", "VARCHAR", g.col(lambda: _dmy(g.birth(1938, 2012)), 0.05), ABBREV),
        c("Strasse", "street_address", "VARCHAR", g.col(lambda: v.street(g, "de"))),
        c("Plz", "postal_code", "VARCHAR", [v.postal(g, "DE", p[1]) for p in places]),
        c("Ort", "city", "VARCHAR", [p[0] for p in places]),
        c("TelPrivat", "phone", "VARCHAR", g.phones("DE", {"national": 0.7, "intl": 0.3}, 0.4, 0.2), ABBREV),
        c("EMail", "email", "VARCHAR", g.col(lambda: v.emails(g, [v.given(g, "de")], [v.family(g, "de")],
                                                              ["web.de", "gmx.de", "t-online.de"])[0], 0.4)),
        c("SepaIban", "iban", "VARCHAR", g.col(lambda: v.iban(g, "DE", g.rnd.random() < 0.5), 0.8), HEAVY),
        c("SteuerIdNr", "national_id", "VARCHAR", g.col(lambda: v.de_idnr(g), 0.85), HEAVY),
        c("SphRechts", N, "DECIMAL(4,2)", g.col(lambda: g.rnd.choice([-4.5, -2.25, -1.0, -0.5, 0.75, 1.5, 2.25])),
          "decoy"),
        c("SphLinks", N, "DECIMAL(4,2)", g.col(lambda: g.rnd.choice([-4.0, -2.0, -1.25, -0.25, 1.0, 1.75, 2.5])),
          "decoy"),
        c("Achse", N, "INTEGER", g.ints(0, 180), "decoy"),
        c("Fassung", N, "VARCHAR", g.col(g.pick(["Lindberg Air Titan", "Ray-Ban RX5154", "Marc O'Polo 503",
                                                  "Eigenmarke Nr. 12"])), "decoy"),
        c("Glasart", N, "VARCHAR", g.col(g.pick(["Einstärke", "Gleitsicht", "Bildschirm"])), "decoy"),
        c("Augenoptiker", "person_name", "VARCHAR", g.col(g.pick(opticians)), STAFF),
        c("Filiale", N, "VARCHAR", [b[0] for b in branch], "decoy"),
        c("FilialStrasse", N, "VARCHAR", [b[1] for b in branch], "business"),
        c("FilialPlz", N, "VARCHAR", [b[2] for b in branch], "business"),
        c("LetzteRefraktion", N, "VARCHAR", [_dmy(d) for d in g.days("2019-01-01", "2025-11-30")], "decoy", SHAPE),
        c("Bemerkung", "free_text", "VARCHAR", g.sparse(lambda: g.rnd.choice([
            f"Tochter {v.whole(g, 'de', True)} holt die Brille ab", f"Termin mit {v.whole(g, 'de')} verschoben",
            "Rückruf erwünscht"]), 0.8, _words("keine", "k.A.")), NULLWORD),
        c("NewsletterOk", N, "BOOLEAN", g.yn(True, False, 0.35), "decoy"),
        c("Umsatz", N, "DECIMAL(8,2)", g.amounts(49, 1_450), "decoy"),
    ])


# -- a consumer-credit broker's loan applications (French) -------------------------------------------------------------


def fr_consumer_credit(g: Gen) -> Table:
    """Loan applications: names, birth name (NULL-heavy), date of birth ``12/03/1984``, place of birth, address,
    mobile, e-mail, employer, income, an IBAN, the adviser (few distinct), amounts, rates, the contract signature date
    written like the birth (decoy), the signing IP, the document hash."""
    fem = v.sexes(g, 0.5)
    firsts, lasts = v.people(g, "fr", fem)
    places = [v.city(g, "FR") for _ in range(g.rows)]
    advisers = _staff(g, "fr", 5)
    return Table("credit_conso.demandes_pret", "fr", "snake", [
        c("num_dossier", N, "VARCHAR", g.col(lambda: "CC" + g.digits(9)), "decoy"),
        c("civilite", N, "VARCHAR", ["Mme" if f else "M." for f in fem], "decoy"),
        c("nom", "last_name", "VARCHAR", [x.upper() for x in lasts]),
        c("prenom", "first_name", "VARCHAR", firsts),
        c("nom_naissance", "last_name", "VARCHAR", [v.family(g, "fr").upper() if f and g.rnd.random() < 0.45 else None
                                                    for f in fem], HEAVY),
        c("date_naiss", "date_of_birth", "VARCHAR", g.col(lambda: _dmy(g.birth(1950, 2004), "/")), ABBREV),
        c("lieu_naiss", "city", "VARCHAR", g.col(lambda: v.city(g, "FR")[0]), ABBREV),
        c("adresse", "street_address", "VARCHAR", g.col(lambda: v.street(g, "fr"))),
        c("code_postal", "postal_code", "VARCHAR", [v.postal(g, "FR", p[1]) for p in places]),
        c("ville", "city", "VARCHAR", [p[0] for p in places]),
        c("tel_portable", "phone", "VARCHAR", g.phones("FR", {"national": 0.6, "intl": 0.2, "digits": 0.2})),
        c("courriel", "email", "VARCHAR", v.emails(g, firsts, lasts, ["orange.fr", "free.fr", "laposte.net",
                                                                       "gmail.com", "sfr.fr"])),
        c("employeur", N, "VARCHAR", g.col(g.pick(["Hospices Civils de Lyon", "SNCF", "Renault Trucks",
                                                   "Boulangerie Pâquerette", "Mairie de Villeurbanne", "Sanofi"])), "decoy"),
        c("revenus_mensuels", N, "DECIMAL(9,2)", g.amounts(1_300, 6_500), "decoy"),
        c("iban", "iban", "VARCHAR", g.col(lambda: v.iban(g, "FR", g.rnd.random() < 0.6))),
        c("montant_demande", N, "DECIMAL(9,2)", g.amounts(1_000, 40_000), "decoy"),
        c("duree_mois", N, "INTEGER", g.col(g.pick([12, 24, 36, 48, 60, 72, 84])), "decoy"),
        c("taeg", N, "DECIMAL(5,2)", g.floats(2.9, 19.9, 2), "decoy"),
        c("conseiller", "person_name", "VARCHAR", g.col(g.pick(advisers)), STAFF),
        c("date_signature", N, "VARCHAR", [_dmy(d, "/") for d in g.days("2024-06-01", "2025-11-30")], "decoy", SHAPE),
        c("statut", N, "VARCHAR", g.col(g.pick(["ACCEPTE", "REFUSE", "EN_ETUDE", "SANS_SUITE"])), "decoy"),
        c("score_risque", N, "INTEGER", g.ints(200, 999), "decoy"),
        c("ip_signature", "ip_address", "VARCHAR", g.col(g.ipv4, 0.1)),
        c("hash_contrat", N, "VARCHAR", g.col(g.sha256), "decoy"),
        c("assurance_emprunteur", N, "VARCHAR", g.yn("O", "N", 0.6), "decoy"),
    ])


# -- an estate agency's buyer leads (Spanish) --------------------------------------------------------------------------


def es_buyer_leads(g: Gen) -> Table:
    """Buyer leads of an estate agency: given name, both family names, DNI or NIE, mobile, e-mail, date of birth
    ``12-03-1984``, current address, budget, the property reference, the agent (few distinct), notes naming people."""
    fem = v.sexes(g, 0.5)
    firsts, lasts = v.people(g, "es", fem)
    places = [v.city(g, "ES") for _ in range(g.rows)]
    agents = _staff(g, "es", 7)
    return Table("inmobiliaria.leadsCompradores", "es", "camel", [
        c("idLead", N, "INTEGER", g.keys(70_001), "decoy"),
        c("nombre", "first_name", "VARCHAR", firsts),
        c("apellido1", "last_name", "VARCHAR", lasts),
        c("apellido2", "last_name", "VARCHAR", g.col(lambda: v.family(g, "es"), 0.1)),
        c("dniNie", "national_id", "VARCHAR", g.col(lambda: v.es_dni(g) if g.rnd.random() < 0.8 else v.es_nie(g), 0.2)),
        c("telMovil", "phone", "VARCHAR", g.phones("ES", {"national": 0.6, "e164": 0.2, "00": 0.2}), ABBREV),
        c("email", "email", "VARCHAR", v.emails(g, firsts, lasts, ["gmail.com", "hotmail.es", "yahoo.es",
                                                                    "telefonica.net"])),
        c("fechaNac", "date_of_birth", "VARCHAR", g.col(lambda: _dmy(g.birth(1955, 2002), "-"), 0.4), ABBREV),
        c("direccionActual", "street_address", "VARCHAR", g.col(lambda: v.street(g, "es"), 0.3)),
        c("codPostal", "postal_code", "VARCHAR", [v.postal(g, "ES", p[1]) for p in places], ABBREV),
        c("municipio", "city", "VARCHAR", [p[0] for p in places]),
        c("presupuestoMax", N, "INTEGER", g.col(g.pick([120_000, 150_000, 180_000, 220_000, 300_000, 450_000])),
          "decoy"),
        c("tipoInmueble", N, "VARCHAR", g.col(g.pick(["piso", "ático", "chalet", "dúplex", "bajo con patio"])),
          "decoy"),
        c("refInmueble", N, "VARCHAR", g.col(lambda: "VAL-" + g.digits(5)), "decoy"),
        c("agenteAsignado", "person_name", "VARCHAR", g.col(g.pick(agents)), STAFF),
        c("origenLead", N, "VARCHAR", g.col(g.pick(["idealista", "fotocasa", "web", "escaparate", "referido"])),
          "decoy"),
        c("fechaVisita", N, "DATE", g.days("2025-01-10", "2025-12-20", 0.3), "decoy"),
        c("notas", "free_text", "VARCHAR", g.sparse(lambda: g.rnd.choice([
            f"Viene con su pareja {v.whole(g, 'es')}", f"Llamar a {v.given(g, 'es')} por la tarde",
            f"Recomendado por {v.whole(g, 'es')}"]), 0.8, _words("sin datos", "ninguno")), NULLWORD),
        c("oficina", N, "VARCHAR", g.col(g.pick(["Ruzafa", "Benimaclet", "Campanar", "Alicante Centro"])), "decoy"),
        c("consentimientoRgpd", N, "VARCHAR", g.yn("S", "N", 0.9), "decoy"),
        c("utmCampaign", N, "VARCHAR", g.col(g.pick(["primavera25", "obra_nueva", "retargeting", "none_set"])),
          "decoy"),
        c("hipotecaPreaprobada", N, "BOOLEAN", g.yn(True, False, 0.4), "decoy"),
    ])


# -- a travel agency's package bookings (Italian) ----------------------------------------------------------------------


def it_travel_agency(g: Gen) -> Table:
    """Package bookings: the lead traveller's family and given name, codice fiscale, date of birth (DATE), mobile,
    e-mail, address, the card (NULL-heavy), companions by name (NULL-word heavy), destinations (cities, decoy), flight
    codes, the booking agent by first name only (few distinct)."""
    fem = v.sexes(g, 0.5)
    firsts, lasts = v.people(g, "it", fem)
    births = g.births(1945, 2003)
    places = [v.city(g, "IT") for _ in range(g.rows)]
    agents = sorted({v.given(g, "it", True) for _ in range(6)})
    return Table("agenzia_viaggi.prenotazioni", "it", "snake", [
        c("n_pratica", N, "VARCHAR", g.col(lambda: "PR25/" + g.digits(5)), "decoy"),
        c("cognome_titolare", "last_name", "VARCHAR", lasts),
        c("nome_titolare", "first_name", "VARCHAR", firsts),
        c("cod_fisc", "national_id", "VARCHAR", [v.it_cf(g, a, b, d, f)
                                                 for a, b, d, f in zip(firsts, lasts, births, fem)], ABBREV),
        c("data_nascita", "date_of_birth", "DATE", births),
        c("cellulare", "phone", "VARCHAR", g.phones("IT", {"national": 0.5, "intl": 0.3, "e164": 0.2})),
        c("email", "email", "VARCHAR", v.emails(g, firsts, lasts, ["libero.it", "gmail.com", "virgilio.it",
                                                                    "alice.it", "tiscali.it"])),
        c("indirizzo", "street_address", "VARCHAR", g.col(lambda: v.street(g, "it"))),
        c("cap", "postal_code", "VARCHAR", [v.postal(g, "IT", p[1]) for p in places], ABBREV),
        c("comune", "city", "VARCHAR", [p[0] for p in places]),
        c("destinazione", N, "VARCHAR", g.col(g.pick(["Sharm el-Sheikh", "Lisbona", "Tenerife", "Parigi", "Creta",
                                                      "New York", "Zanzibar"])), "decoy", SHAPE),
        c("pacchetto", N, "VARCHAR", g.col(g.pick(["Volo+Hotel 7 notti", "Crociera Mediterraneo", "Tour Portogallo",
                                                   "Weekend Parigi"])), "decoy"),
        c("data_partenza", N, "DATE", g.days("2025-03-01", "2026-09-30"), "decoy"),
        c("codice_volo", N, "VARCHAR", g.col(lambda: g.rnd.choice(["AZ", "FR", "U2", "TP", "LH"]) + g.digits(4)),
          "decoy"),
        c("importo_totale", N, "DECIMAL(9,2)", g.amounts(350, 8_900), "decoy"),
        c("carta_pagamento", "credit_card", "VARCHAR", g.col(lambda: v.card(g, g.rnd.random() < 0.5), 0.78), HEAVY),
        c("accompagnatori", "free_text", "VARCHAR", g.sparse(lambda: g.rnd.choice([
            f"{v.whole(g, 'it')}, {v.whole(g, 'it')}", f"moglie {v.whole(g, 'it', True)}",
            f"figli: {v.given(g, 'it')} e {v.given(g, 'it')}"]), 0.8, _words("nessuna", "n.d.")), NULLWORD),
        c("operatrice", "first_name", "VARCHAR", g.col(g.pick(agents)), STAFF),
        c("assicurazione", N, "VARCHAR", g.yn("SI", "NO", 0.5), "decoy"),
        c("n_passeggeri", N, "INTEGER", g.ints(1, 6), "decoy"),
        c("stato", N, "VARCHAR", g.col(g.pick(["confermata", "opzione", "annullata", "saldata"])), "decoy"),
        c("tour_operator", N, "VARCHAR", g.col(g.pick(["Alpitour", "Veratour", "Eden Viaggi", "Francorosso"])),
          "decoy"),
    ])


# -- an electronics retailer's warranty registrations (European Portuguese) --------------------------------------------


def pt_warranty(g: Gen) -> Table:
    """Warranty registrations: full name, NIF, mobile, e-mail, address, date of birth as an integer ``19840312``,
    product, serial number, store and its address (business), the app's username and IP, a marketing flag."""
    fem = v.sexes(g, 0.45)
    pairs = [v.person(g, "pt", f) for f in fem]
    places = [v.city(g, "PT") for _ in range(g.rows)]
    stores = [("Loja Norte Shopping", "Rua Sara Afonso 105", "4460-841", "+351 220 100 200"),
              ("Loja Braga Parque", "Quinta dos Congregados", "4710-427", "+351 253 600 700"),
              ("Loja Aveiro Fórum", "Rua Batalhão Caçadores 10", "3810-064", "+351 234 400 500")]
    store = [g.rnd.choice(stores) for _ in range(g.rows)]
    return Table("garantias.registos", "pt", "snake", [
        c("id_registo", N, "BIGINT", g.keys(5_000_001), "decoy"),
        c("nome_completo", "person_name", "VARCHAR", [f"{a} {v.family(g, 'pt')} {b}" for a, b in pairs]),
        c("nif", "national_id", "VARCHAR", g.col(lambda: v.pt_nif(g), 0.15)),
        c("telemovel", "phone", "VARCHAR", g.phones("PT", {"national": 0.7, "intl": 0.3})),
        c("email", "email", "VARCHAR", v.emails(g, [a for a, _ in pairs], [b for _, b in pairs],
                                                ["sapo.pt", "gmail.com", "hotmail.com", "netcabo.pt"])),
        c("morada", "street_address", "VARCHAR", g.col(lambda: v.street(g, "pt"))),
        c("codigo_postal", "postal_code", "VARCHAR", [v.postal(g, "PT", p[1]) for p in places]),
        c("localidade", "city", "VARCHAR", [p[0] for p in places]),
        c("data_nasc", "date_of_birth", "INTEGER", g.col(lambda: int(g.birth(1950, 2005).strftime("%Y%m%d")), 0.3),
          ABBREV),
        c("produto", N, "VARCHAR", g.col(g.pick(["Máquina de lavar 8kg", "Frigorífico combinado", "Portátil 15\"",
                                                 "Televisor 55\" 4K", "Aspirador robot"])), "decoy"),
        c("n_serie", N, "VARCHAR", g.col(lambda: g.code("ZZZZ9999ZZ99")), "decoy"),
        c("ean", N, "VARCHAR", g.col(lambda: "560" + g.digits(10)), "decoy"),
        c("data_compra", N, "INTEGER", g.col(lambda: int(g.day("2023-01-01", "2025-11-30").strftime("%Y%m%d"))),
          "decoy", SHAPE),
        c("fatura_n", N, "VARCHAR", g.col(lambda: f"FT {g.rnd.randint(1, 9)}A/{g.digits(6)}"), "decoy"),
        c("loja", N, "VARCHAR", [s[0] for s in store], "decoy"),
        c("morada_loja", N, "VARCHAR", [s[1] for s in store], "business"),
        c("cp_loja", N, "VARCHAR", [s[2] for s in store], "business"),
        c("telefone_loja", N, "VARCHAR", [s[3] for s in store], "business"),
        c("utilizador_app", USERNAME, "VARCHAR", [v.handle(g, a, b) for a, b in pairs], USER),
        c("ip_registo", "ip_address", "VARCHAR", g.col(lambda: g.ipv4() if g.rnd.random() < 0.5 else g.ipv6())),
        c("versao_app", N, "VARCHAR", g.col(g.version), "decoy"),
        c("aceita_marketing", N, "VARCHAR", g.yn("S", "N", 0.3), "decoy", MISLEADING),
        c("extensao_garantia_anos", N, "INTEGER", g.col(g.pick([0, 1, 2, 3])), "decoy"),
    ])


# -- a housing broker's viewing appointments (Dutch) -------------------------------------------------------------------


def nl_viewings(g: Gen) -> Table:
    """Viewing appointments: given name, tussenvoegsel, family name, date of birth ``12-3-1984``, phone, e-mail,
    postcode and town, the BSN and IBAN of those who applied to rent (NULL-heavy), the broker (few distinct), the
    object's id, price and energy label, remarks naming people."""
    fem = v.sexes(g, 0.5)
    pairs = [v.person(g, "nl", f) for f in fem]
    split = [(b.split(" ")[:-1], b.split(" ")[-1]) for _, b in pairs]
    places = [v.city(g, "NL") for _ in range(g.rows)]
    brokers = _staff(g, "nl", 5)
    return Table("makelaardij.bezichtigingen", "nl", "camel", [
        c("bezichtigingId", N, "INTEGER", g.keys(300_001), "decoy"),
        c("roepnaam", "first_name", "VARCHAR", [a for a, _ in pairs]),
        c("tussenvoegsel", "person_name", "VARCHAR", [" ".join(t) if t else None for t, _ in split], HEAVY),
        c("achternaam", "last_name", "VARCHAR", [x for _, x in split]),
        c("geboortedatum", "date_of_birth", "VARCHAR", g.col(lambda: _dmy_short(g.birth(1955, 2004)), 0.35)),
        c("telefoon", "phone", "VARCHAR", g.phones("NL", {"national": 0.6, "e164": 0.4}, 0.8)),
        c("eMail", "email", "VARCHAR", v.emails(g, [a for a, _ in pairs], [x for _, x in split],
                                                ["ziggo.nl", "kpnmail.nl", "gmail.com", "hotmail.nl"])),
        c("postcode", "postal_code", "VARCHAR", [v.postal(g, "NL", p[1]) for p in places]),
        c("woonplaats", "city", "VARCHAR", [p[0] for p in places]),
        c("huidigAdres", "street_address", "VARCHAR", g.col(lambda: v.street(g, "nl"))),
        c("bsn", "national_id", "VARCHAR", g.col(lambda: v.nl_bsn(g), 0.8), HEAVY),
        c("ibanHuurder", "iban", "VARCHAR", g.col(lambda: v.iban(g, "NL", g.rnd.random() < 0.5), 0.8), HEAVY),
        c("objectId", N, "VARCHAR", g.col(lambda: "OBJ-" + g.digits(6)), "decoy"),
        c("vraagprijs", N, "INTEGER", g.col(g.pick([285_000, 325_000, 375_000, 425_000, 1_250])), "decoy"),
        c("energielabel", N, "VARCHAR", g.col(g.pick(["A++", "A", "B", "C", "D"])), "decoy"),
        c("makelaar", "person_name", "VARCHAR", g.col(g.pick(brokers)), STAFF),
        c("datumBezichtiging", N, "VARCHAR", [f"{d.day}-{d.month}-{d.year}" for d in g.days("2025-01-01",
                                                                                           "2025-12-15")],
          "decoy", SHAPE),
        c("tijdslot", N, "VARCHAR", g.col(g.pick(["09:00", "10:30", "13:00", "15:30", "18:00"])), "decoy"),
        c("opmerkingen", "free_text", "VARCHAR", g.sparse(lambda: g.rnd.choice([
            f"Komt samen met {v.whole(g, 'nl')}", f"Hypotheekadviseur {v.whole(g, 'nl')} belt nog",
            "Geen huisdieren"]), 0.8, _words("geen")), NULLWORD),
        c("interesseNiveau", N, "INTEGER", g.ints(1, 5), "decoy"),
        c("bodUitgebracht", N, "BOOLEAN", g.yn(True, False, 0.2), "decoy"),
    ])


# -- a web shop's complaints (Polish) ----------------------------------------------------------------------------------


def pl_complaints(g: Gen) -> Table:
    """Complaints of a web shop: given and family name, PESEL for a named invoice (NULL-heavy), phone, e-mail, address,
    order and tracking numbers, EAN, description naming people (NULL-word heavy), the handler (few distinct), an IBAN
    for the refund."""
    fem = v.sexes(g, 0.5)
    births = g.births(1950, 2005)
    firsts, lasts = v.people(g, "pl", fem)
    places = [v.city(g, "PL") for _ in range(g.rows)]
    handlers = _staff(g, "pl", 4)
    return Table("sklep.reklamacje", "pl", "snake", [
        c("nr_reklamacji", N, "VARCHAR", g.col(lambda: f"RK/{g.digits(5)}/2025"), "decoy"),
        c("imie", "first_name", "VARCHAR", firsts),
        c("nazwisko", "last_name", "VARCHAR", lasts),
        c("pesel", "national_id", "VARCHAR", [v.pl_pesel(g, b, f) if g.rnd.random() < 0.25 else None
                                              for b, f in zip(births, fem)], HEAVY),
        c("telefon", "phone", "VARCHAR", g.phones("PL", {"national": 0.5, "intl": 0.3, "digits": 0.2})),
        c("email", "email", "VARCHAR", v.emails(g, firsts, lasts, ["wp.pl", "onet.pl", "o2.pl", "interia.pl",
                                                                    "gmail.com"])),
        c("ulica", "street_address", "VARCHAR", g.col(lambda: v.street(g, "pl"))),
        c("kod_pocztowy", "postal_code", "VARCHAR", [v.postal(g, "PL", p[1]) for p in places]),
        c("miejscowosc", "city", "VARCHAR", [p[0] for p in places]),
        c("nr_zamowienia", N, "VARCHAR", g.col(lambda: "ZAM" + g.digits(9)), "decoy"),
        c("nr_przesylki", N, "VARCHAR", g.col(lambda: "00" + g.digits(18)), "decoy"),
        c("ean", N, "VARCHAR", g.col(lambda: "590" + g.digits(10)), "decoy"),
        c("produkt", N, "VARCHAR", g.col(g.pick(["Słuchawki BT-200", "Czajnik elektryczny 1,7 l", "Kurtka zimowa M",
                                                 "Blender ręczny", "Buty trekkingowe 42"])), "decoy"),
        c("data_zakupu", N, "DATE", g.days("2024-10-01", "2025-11-30"), "decoy"),
        c("powod", N, "VARCHAR", g.col(g.pick(["wada fabryczna", "niezgodność z opisem", "uszkodzenie w transporcie",
                                               "zły rozmiar"])), "decoy"),
        c("opis", "free_text", "VARCHAR", g.sparse(lambda: g.rnd.choice([
            f"Paczkę odebrała sąsiadka {v.whole(g, 'pl', True)}", f"Kurier {v.whole(g, 'pl', False)} zostawił pod drzwiami",
            "Brak instrukcji w zestawie"]),
            0.75, _words("brak")), NULLWORD),
        c("rozpatrujacy", "person_name", "VARCHAR", g.col(g.pick(handlers)), STAFF),
        c("nr_konta_zwrot", "iban", "VARCHAR", g.col(lambda: v.iban(g, "PL", g.rnd.random() < 0.7), 0.5)),
        c("kwota_zwrotu", N, "DECIMAL(8,2)", g.amounts(0, 1_200), "decoy"),
        c("status", N, "VARCHAR", g.col(g.pick(["przyjęta", "uznana", "odrzucona", "w toku"])), "decoy"),
        c("kurier", N, "VARCHAR", g.col(g.pick(["InPost", "DPD", "DHL", "Poczta Polska"])), "decoy"),
    ])


# -- an employer's expense claims (Swedish) ----------------------------------------------------------------------------


def sv_expenses(g: Gen) -> Table:
    """Expense claims of employees: personnummer, name, work e-mail, mobile, home address for mileage, the approving
    manager (few distinct), cost centre, amounts, VAT, car plate (tag ``vehicle``), a receipt hash, the IBAN for
    payment."""
    fem = v.sexes(g, 0.5)
    births = g.births(1960, 2002)
    pairs = [v.person(g, "sv", f) for f in fem]
    places = [v.city(g, "SE") for _ in range(g.rows)]
    managers = _staff(g, "sv", 6)
    return Table("EKONOMI.UTLAGG", "sv", "screaming", [
        c("UTLAGG_ID", N, "INTEGER", g.keys(88_001), "decoy"),
        c("PERSONNR", "national_id", "VARCHAR", [v.se_pnr(g, b, g.rnd.random() < 0.6) for b in births]),
        c("ANSTALLD_NAMN", "person_name", "VARCHAR", [f"{b}, {a}" for a, b in pairs]),
        c("EPOST_ARBETE", "email", "VARCHAR", [f"{v.fold(a)}.{v.fold(b)}@ostgotabygg.se" for a, b in pairs]),
        c("MOBIL", "phone", "VARCHAR", g.phones("SE", {"national": 0.6, "intl": 0.4})),
        c("HEMADRESS", "street_address", "VARCHAR", g.col(lambda: v.street(g, "sv"), 0.4)),
        c("POSTNR", "postal_code", "VARCHAR", [v.postal(g, "SE", p[1]) for p in places]),
        c("ORT", "city", "VARCHAR", [p[0] for p in places]),
        c("ATTESTANT", "person_name", "VARCHAR", g.col(g.pick(managers)), STAFF),
        c("KOSTNADSSTALLE", N, "VARCHAR", g.col(g.pick(["1100", "1200", "2300", "4100", "7000"])), "decoy"),
        c("KONTO", N, "VARCHAR", g.col(g.pick(["5611", "5800", "5831", "6071", "5460"])), "decoy"),
        c("BELOPP", N, "DECIMAL(9,2)", g.amounts(45, 6_800), "decoy"),
        c("MOMS", N, "DECIMAL(9,2)", g.amounts(0, 1_300), "decoy"),
        c("RESA_FRAN", N, "VARCHAR", g.col(g.pick(["Linköping", "Stockholm", "Göteborg", "Malmö", "Norrköping"])),
          "decoy", SHAPE),
        c("BIL_REGNR", N, "VARCHAR", g.col(lambda: g.code("AAA 99A"), 0.5), "decoy", VEHICLE),
        c("KM", N, "INTEGER", g.ints(0, 600), "decoy"),
        c("KVITTO_SHA1", N, "VARCHAR", g.col(g.md5), "decoy"),
        c("BANKKONTO", "iban", "VARCHAR", g.col(lambda: v.iban(g, "SE", True), 0.1)),
        c("DATUM", N, "DATE", g.days("2025-01-01", "2025-11-30"), "decoy"),
        c("UTBETALD", N, "VARCHAR", g.yn("J", "N", 0.8), "decoy"),
        c("BESKRIVNING", "free_text", "VARCHAR", g.sparse(lambda: g.rnd.choice([
            f"Lunch med kund {v.whole(g, 'sv')}", f"Taxi tillsammans med {v.whole(g, 'sv')}",
            "Tåg Linköping-Stockholm t/r"]), 0.8, _words("inga")), NULLWORD),
        c("UPPDATERAD_AV", USERNAME, "VARCHAR", g.col(g.pick(sorted({v.login(*v.person(g, "sv"), 2)
                                                                      for _ in range(5)}))), USER, AUDIT),
    ])


# -- a retailer's newsletter subscribers (Danish) ----------------------------------------------------------------------


def da_newsletter(g: Gen) -> Table:
    """Newsletter subscribers: e-mail, names, the birthday split into day, month and year integer columns (tag
    ``split_dob``), postcode and town, a mobile for SMS (NULL-heavy), the subscription IP, opt-in flags, campaign
    codes, an unsubscribe token."""
    fem = v.sexes(g, 0.6)
    firsts, lasts = v.people(g, "da", fem)
    births = g.births(1945, 2006)
    known = [g.rnd.random() < 0.55 for _ in range(g.rows)]
    places = [v.city(g, "DK") for _ in range(g.rows)]
    return Table("nyhedsbrev.abonnenter", "da", "snake", [
        c("abonnent_id", N, "INTEGER", g.keys(1_000_001), "decoy"),
        c("email", "email", "VARCHAR", v.emails(g, firsts, lasts, ["gmail.com", "hotmail.dk", "mail.dk",
                                                                    "outlook.dk", "live.dk"])),
        c("fornavn", "first_name", "VARCHAR", firsts),
        c("efternavn", "last_name", "VARCHAR", g.col(lambda: v.family(g, "da"), 0.3)),
        c("foed_dag", "date_of_birth", "INTEGER", [b.day if k else None for b, k in zip(births, known)], SPLIT),
        c("foed_md", "date_of_birth", "INTEGER", [b.month if k else None for b, k in zip(births, known)], SPLIT),
        c("foed_aar", "date_of_birth", "INTEGER", [b.year if k else None for b, k in zip(births, known)], SPLIT),
        c("postnr", "postal_code", "VARCHAR", [v.postal(g, "DK", p[1]) for p in places]),
        c("bynavn", "city", "VARCHAR", [p[0] for p in places]),
        c("mobil_sms", "phone", "VARCHAR", g.phones("DK", {"national": 0.5, "e164": 0.5}, 1.0, 0.75), HEAVY),
        c("ip_tilmelding", "ip_address", "VARCHAR", g.col(lambda: g.ipv6() if g.rnd.random() < 0.5 else g.ipv4())),
        c("tilmeldt_tid", N, "TIMESTAMP", g.moments("2021-01-01", "2025-11-30"), "decoy"),
        c("double_opt_in", N, "VARCHAR", g.yn("J", "N", 0.9), "decoy"),
        c("kilde", N, "VARCHAR", g.col(g.pick(["checkout", "popup", "butik", "konkurrence"])), "decoy"),
        c("interesser", N, "VARCHAR", g.col(g.pick(["bolig", "mode", "børn", "have", "bolig;have"])), "decoy"),
        c("kampagne_id", N, "VARCHAR", g.col(lambda: "KMP" + g.digits(4)), "decoy"),
        c("bounce_count", N, "INTEGER", g.ints(0, 4), "decoy"),
        c("afmeld_token", N, "VARCHAR", g.col(g.sha256), "decoy"),
        c("foedselsdagsrabat", N, "BOOLEAN", g.yn(True, False, 0.5), "decoy", MISLEADING),
        c("butik_favorit", N, "VARCHAR", g.col(g.pick(["Aalborg Storcenter", "Randers Centret", "Vejle Bryggen"])),
          "decoy"),
    ])


# -- a car leasing company's lessees (Czech) ---------------------------------------------------------------------------


def cs_car_leasing(g: Gen) -> Table:
    """Lessees of private car leasing: given and family name, birth number, date of birth ``12. 3. 1984``, identity
    card number (no check digit, NULL-heavy), permanent address, phone, e-mail, employer, an IBAN, the vehicle (plate,
    VIN, model), instalments, contract dates, the salesman (few distinct), a note naming people."""
    fem = v.sexes(g, 0.4)
    births = g.births(1955, 2003)
    firsts, lasts = v.people(g, "cs", fem)
    places = [v.city(g, "CZ") for _ in range(g.rows)]
    sellers = _staff(g, "cs", 5)
    return Table("leasing.najemci", "cs", "snake", [
        c("cislo_smlouvy", N, "VARCHAR", g.col(lambda: "LS-" + g.digits(8)), "decoy"),
        c("jmeno", "first_name", "VARCHAR", firsts),
        c("prijmeni", "last_name", "VARCHAR", lasts),
        c("rodne_cislo", "national_id", "VARCHAR", [v.cz_rc(g, b, f) for b, f in zip(births, fem)]),
        c("datum_narozeni", "date_of_birth", "VARCHAR", [f"{b.day}. {b.month}. {b.year}" for b in births]),
        c("cislo_op", "national_id", "VARCHAR", g.col(lambda: g.digits(9), 0.8), HEAVY),
        c("trvale_bydliste", "street_address", "VARCHAR", g.col(lambda: v.street(g, "cs"))),
        c("psc", "postal_code", "VARCHAR", [v.postal(g, "CZ", p[1]) for p in places], ABBREV),
        c("obec", "city", "VARCHAR", [p[0] for p in places]),
        c("telefon", "phone", "VARCHAR", g.phones("CZ", {"intl": 0.5, "national": 0.5})),
        c("email", "email", "VARCHAR", v.emails(g, firsts, lasts, ["seznam.cz", "email.cz", "centrum.cz",
                                                                    "gmail.com"])),
        c("zamestnavatel", N, "VARCHAR", g.col(g.pick(["Škoda Auto a.s.", "Fakultní nemocnice Brno", "Kofola",
                                                       "OSVČ", "Albert Česká republika"])), "decoy"),
        c("cislo_uctu", "iban", "VARCHAR", g.col(lambda: v.iban(g, "CZ", g.rnd.random() < 0.5), 0.2)),
        c("spz", N, "VARCHAR", g.col(lambda: g.code("9A9 9999")), "decoy", VEHICLE),
        c("vin", N, "VARCHAR", g.col(lambda: "TMB" + g.code("ZZZZZZZZZZZZZZ").replace("I", "J").replace("O", "P")),
          "decoy"),
        c("model", N, "VARCHAR", g.col(g.pick(["Škoda Octavia Combi", "Hyundai i30", "Škoda Kamiq", "Kia Ceed",
                                               "Toyota Corolla"])), "decoy"),
        c("mesicni_splatka", N, "DECIMAL(9,2)", g.amounts(4_500, 16_000), "decoy"),
        c("zacatek_leasingu", N, "VARCHAR", [f"{d.day}. {d.month}. {d.year}" for d in g.days("2022-01-01",
                                                                                            "2025-11-30")],
          "decoy", SHAPE),
        c("konec_leasingu", N, "DATE", g.days("2026-01-01", "2030-12-31"), "decoy"),
        c("obchodnik", "person_name", "VARCHAR", g.col(g.pick(sellers)), STAFF),
        c("poznamka", "free_text", "VARCHAR", g.sparse(lambda: g.rnd.choice([
            f"Ručitel {v.whole(g, 'cs')}", f"Vůz převezme {v.whole(g, 'cs')}", "Zimní pneu v ceně"]),
            0.8, _words("žádná")), NULLWORD),
        c("stav", N, "VARCHAR", g.col(g.pick(["aktivní", "ukončená", "v prodlení"])), "decoy"),
    ])


# -- an appliance store's instalment sales (Turkish) -------------------------------------------------------------------


def tr_instalments(g: Gen) -> Table:
    """Instalment sales: the customer's given and family name, T.C. kimlik, date of birth ``12.03.1984``, mobile,
    e-mail, address, province, postal code, a guarantor's name and phone (NULL-heavy), the card, products and stock
    codes, the sales representative (few distinct), the store and its address (business)."""
    fem = v.sexes(g, 0.45)
    firsts, lasts = v.people(g, "tr", fem)
    places = [v.city(g, "TR") for _ in range(g.rows)]
    guarantor = [g.rnd.random() < 0.22 for _ in range(g.rows)]
    reps = _staff(g, "tr", 8)
    stores = [("Karşıyaka Şubesi", "Cemal Gürsel Cad. No:412 Karşıyaka"), ("Bornova Şubesi", "Ankara Cad. No:88 Bornova"),
              ("Manisa Şubesi", "Mustafa Kemal Paşa Cad. No:5")]
    store = [g.rnd.choice(stores) for _ in range(g.rows)]
    return Table("magaza.TaksitliSatislar", "tr", "pascal", [
        c("SatisNo", N, "INTEGER", g.keys(600_001), "decoy"),
        c("MusteriAdi", "first_name", "VARCHAR", firsts),
        c("MusteriSoyadi", "last_name", "VARCHAR", lasts),
        c("TcKimlikNo", "national_id", "VARCHAR", g.col(lambda: v.tr_tc(g))),
        c("DogumTarihi", "date_of_birth", "VARCHAR", g.col(lambda: _dmy(g.birth(1950, 2006)))),
        c("CepTel", "phone", "VARCHAR", g.phones("TR", {"national": 0.6, "intl": 0.2, "digits": 0.2})),
        c("Eposta", "email", "VARCHAR", g.col(lambda: v.emails(g, [v.given(g, "tr")], [v.family(g, "tr")],
                                                               ["gmail.com", "hotmail.com", "yandex.com"])[0], 0.3)),
        c("Adres", "street_address", "VARCHAR", g.col(lambda: v.street(g, "tr"))),
        c("Il", "city", "VARCHAR", [p[0] for p in places]),
        c("PostaKodu", "postal_code", "VARCHAR", [v.postal(g, "TR", p[1]) for p in places]),
        c("KefilAdSoyad", "person_name", "VARCHAR", [v.whole(g, "tr") if k else None for k in guarantor], HEAVY),
        c("KefilTel", "phone", "VARCHAR", [g.phone("TR", "national") if k else None for k in guarantor], HEAVY),
        c("KartNo", "credit_card", "VARCHAR", g.col(lambda: v.card(g, True), 0.4)),
        c("Urun", N, "VARCHAR", g.col(g.pick(["Buzdolabı No-Frost", "Çamaşır Makinesi 9 kg", "Bulaşık Makinesi",
                                              "LED TV 65\"", "Klima 12000 BTU"])), "decoy"),
        c("StokKodu", N, "VARCHAR", g.col(lambda: g.code("AA-99999")), "decoy"),
        c("TaksitSayisi", N, "INTEGER", g.col(g.pick([3, 6, 9, 12, 18])), "decoy"),
        c("AylikTaksit", N, "DECIMAL(9,2)", g.amounts(500, 9_000), "decoy"),
        c("SatisTemsilcisi", "person_name", "VARCHAR", g.col(g.pick(reps)), STAFF),
        c("Magaza", N, "VARCHAR", [s[0] for s in store], "decoy"),
        c("MagazaAdresi", N, "VARCHAR", [s[1] for s in store], "business"),
        c("FaturaNo", N, "VARCHAR", g.col(lambda: "GIB2025" + g.digits(9)), "decoy"),
        c("SatisTarihi", N, "VARCHAR", [_dmy(d) for d in g.days("2025-01-01", "2025-11-30")], "decoy", SHAPE),
        c("KampanyaKodu", N, "VARCHAR", g.col(g.pick(["YAZ25", "BAYRAM", "OKUL", "YOK"])), "decoy"),
    ])


# -- an employer's commuting allowances (romanized Japanese) -----------------------------------------------------------


def ja_latn_commuting(g: Gen) -> Table:
    """Commuting allowances: the employee's family and given name in romaji, date of birth ``1984/03/12``, home
    address in Japanese, postal code, city in romaji, mobile, My Number (NULL-heavy), nearest station, pass price,
    department, the approving boss (few distinct), a surrogate key named like an address (``JUSHO_SK``), the updating
    login (audit)."""
    fem = v.sexes(g, 0.4)
    names = [v.ja_person(g, f) for f in fem]
    places = [v.city(g, "JP") for _ in range(g.rows)]
    bosses = sorted({f"{g.rnd.choice(v.JA_LAST)[1]} {g.rnd.choice(v.JA_MALE)[1]}" for _ in range(5)})
    return Table("JINJI.TSUKIN_TEATE", "ja-Latn", "screaming", [
        c("SHAIN_NO", N, "VARCHAR", g.col(lambda: "E" + g.digits(6)), "decoy"),
        c("SEI", "last_name", "VARCHAR", [a[1] for a, _ in names]),
        c("MEI", "first_name", "VARCHAR", [b[1] for _, b in names]),
        c("SEINENGAPPI", "date_of_birth", "VARCHAR", g.col(lambda: g.birth(1962, 2003).strftime("%Y/%m/%d"))),
        c("JUSHO", "street_address", "VARCHAR", g.col(lambda: v.street(g, "ja"))),
        c("YUBIN_BANGO", "postal_code", "VARCHAR", [v.postal(g, "JP", p[1]) for p in places]),
        c("SHIKUCHOSON", "city", "VARCHAR", [v.JP_ROMAJI[p[0]] for p in places]),
        c("KEITAI", "phone", "VARCHAR", g.phones("JP", {"national": 0.8, "e164": 0.2})),
        c("MY_NUMBER", "national_id", "VARCHAR", g.col(lambda: v.jp_my_number(g), 0.8), HEAVY),
        c("MOYORI_EKI", N, "VARCHAR", g.col(g.pick(["Kanayama", "Sakae", "Chikusa", "Ozone", "Fujigaoka",
                                                    "Higashi-Okazaki"])), "decoy"),
        c("TEIKI_KINGAKU", N, "INTEGER", g.col(g.pick([8_420, 12_650, 15_980, 21_300, 27_740])), "decoy"),
        c("KYORI_KM", N, "DECIMAL(5,1)", g.floats(0.5, 45, 1), "decoy"),
        c("SHUDAN", N, "VARCHAR", g.col(g.pick(["DENSHA", "BASU", "JITENSHA", "MAIKAA"])), "decoy"),
        c("BUSHO", N, "VARCHAR", g.col(g.pick(["SOUMU", "EIGYO", "KAIHATSU", "SEIZOU", "KEIRI"])), "decoy"),
        c("JOSHI", "person_name", "VARCHAR", g.col(g.pick(bosses)), STAFF),
        c("SHINSEI_BI", N, "VARCHAR", [d.strftime("%Y/%m/%d") for d in g.days("2024-04-01", "2025-11-30")],
          "decoy", SHAPE),
        c("SHONIN", N, "VARCHAR", g.yn("Y", "N", 0.85), "decoy"),
        c("JUSHO_SK", N, "INTEGER", g.keys(700_001, 3), "decoy", MISLEADING),
        c("KOUSHIN_SHA", USERNAME, "VARCHAR", g.col(g.pick(sorted({v.login(b[1], a[1], 1) for a, b in
                                                                    [v.ja_person(g, False) for _ in range(4)]}))),
          USER, AUDIT),
        c("BIKOU", "free_text", "VARCHAR", g.sparse(lambda: g.rnd.choice([
            f"Tenkyo: {g.rnd.choice(v.JA_LAST)[1]}-san to dokyo", f"Kazoku {g.rnd.choice(v.JA_FEMALE)[1]} no kaigo",
            "Zaitaku kinmu shu 2"]), 0.8, _words("NASHI")), NULLWORD),
    ])


# -- an online supermarket's delivery addresses (Japanese) -------------------------------------------------------------


def ja_net_super(g: Gen) -> Table:
    """An online supermarket: the member's full name in kanji, date of birth ``1984年3月12日``, phone, e-mail, postal
    code, city, street, delivery slots, the driver by family name (few distinct), the delivery centre and its phone
    (business), a remark naming people, the login id and last login IP."""
    fem = v.sexes(g, 0.65)
    names = [v.ja_person(g, f) for f in fem]
    places = [v.city(g, "JP") for _ in range(g.rows)]
    drivers = sorted({g.rnd.choice(v.JA_LAST)[0] for _ in range(6)})
    return Table("ネットスーパー.配送先", "ja", "native", [
        c("会員番号", N, "INTEGER", g.keys(8_800_001), "decoy"),
        c("氏名", "person_name", "VARCHAR", [f"{a[0]} {b[0]}" for a, b in names]),
        c("生年月日", "date_of_birth", "VARCHAR", g.col(lambda: _ja_date(g.birth(1940, 2004)), 0.3)),
        c("電話番号", "phone", "VARCHAR", g.phones("JP", {"national": 0.8, "digits": 0.2}, 0.6)),
        c("メールアドレス", "email", "VARCHAR", v.emails(g, [b[1] for _, b in names], [a[1] for a, _ in names],
                                                 ["docomo.ne.jp", "ezweb.ne.jp", "gmail.com", "yahoo.co.jp"])),
        c("郵便番号", "postal_code", "VARCHAR", [v.postal(g, "JP", p[1]) for p in places]),
        c("市区町村", "city", "VARCHAR", [p[0] for p in places]),
        c("番地", "street_address", "VARCHAR", g.col(lambda: v.street(g, "ja"))),
        c("配送時間帯", N, "VARCHAR", g.col(g.pick(["10-12時", "12-14時", "14-16時", "16-18時", "18-20時"])), "decoy"),
        c("注文番号", N, "VARCHAR", g.col(lambda: "NS" + g.digits(10)), "decoy"),
        c("合計金額", N, "INTEGER", g.ints(1_200, 18_000), "decoy"),
        c("配送センター", N, "VARCHAR", g.col(g.pick(["名古屋南センター", "豊田センター", "一宮センター"])), "decoy"),
        c("センター電話", N, "VARCHAR", g.col(g.pick(["052-600-1234", "0565-00-4321", "0586-00-7777"])), "business"),
        c("ドライバー", "last_name", "VARCHAR", g.col(g.pick(drivers)), STAFF),
        c("置き配", N, "VARCHAR", g.yn("Y", "N", 0.4), "decoy"),
        c("備考", "free_text", "VARCHAR", g.sparse(lambda: g.rnd.choice([
            f"不在時は隣の{g.rnd.choice(v.JA_LAST)[0]}様へ", f"娘 {g.rnd.choice(v.JA_FEMALE)[0]} が受取",
            "インターホン故障中"]), 0.78, _words("なし")), NULLWORD),
        c("ログインID", USERNAME, "VARCHAR", [v.handle(g, b[1], a[1]) for a, b in names], USER),
        c("最終ログインIP", "ip_address", "VARCHAR", g.col(g.ipv4)),
        c("商品コード", N, "VARCHAR", g.col(lambda: "49" + g.digits(11)), "decoy"),
        c("会員ランク", N, "VARCHAR", g.col(g.pick(["ブロンズ", "シルバー", "ゴールド"])), "decoy"),
    ])


# -- a bank's term deposits (Russian) ----------------------------------------------------------------------------------


def ru_deposits(g: Gen) -> Table:
    """Term deposits: the depositor's ФИО, date of birth (DATE), personal INN, phone, e-mail, registration address, city,
    postal code, deposit product, amounts, rates, dates, the manager (few distinct), the branch and its BIC
    (business), a note naming people (heirs, proxies)."""
    fem = v.sexes(g, 0.55)
    places = [v.city(g, "RU") for _ in range(g.rows)]
    managers = _staff(g, "ru", 6)

    def fio(f: bool) -> str:
        a, b = v.person(g, "ru", f)
        father = g.rnd.choice(v.NAMES["ru"][0])
        return f"{b} {a} {father}{'овна' if f else 'ович'}".replace("йович", "евич").replace("йовна", "евна")

    return Table("банк.вклады", "ru", "native", [
        c("номер_договора", N, "VARCHAR", g.col(lambda: f"{g.digits(4)}-ВК/{g.digits(6)}"), "decoy"),
        c("фио_вкладчика", "person_name", "VARCHAR", [fio(f) for f in fem]),
        c("дата_рождения", "date_of_birth", "DATE", g.births(1935, 2005)),
        c("инн", "national_id", "VARCHAR", g.col(lambda: v.ru_inn(g), 0.35)),
        c("телефон", "phone", "VARCHAR", g.phones("RU", {"national": 0.4, "intl": 0.4, "e164": 0.2})),
        c("эл_почта", "email", "VARCHAR", g.col(lambda: v.emails(g, [g.rnd.choice(["ivan", "olga", "lena", "sergey",
                                                                                    "natalia", "max"])],
                                                                 [g.rnd.choice(["ivanov", "sokolova", "kozlov",
                                                                                "volkova", "orlov"])],
                                                                 ["mail.ru", "yandex.ru", "bk.ru", "rambler.ru"])[0],
                                                 0.45)),
        c("адрес_регистрации", "street_address", "VARCHAR", g.col(lambda: v.street(g, "ru"))),
        c("город", "city", "VARCHAR", [p[0] for p in places]),
        c("индекс", "postal_code", "VARCHAR", [v.postal(g, "RU", p[1]) for p in places]),
        c("вклад", N, "VARCHAR", g.col(g.pick(["Накопительный", "Пенсионный плюс", "Доходный 12 мес.",
                                               "Сберегательный"])), "decoy"),
        c("сумма", N, "DECIMAL(12,2)", g.amounts(10_000, 3_000_000), "decoy"),
        c("ставка", N, "DECIMAL(5,2)", g.floats(8, 21, 2), "decoy"),
        c("дата_открытия", N, "DATE", g.days("2023-01-01", "2025-11-30"), "decoy"),
        c("дата_окончания", N, "DATE", g.days("2025-12-01", "2027-12-31"), "decoy"),
        c("менеджер", "person_name", "VARCHAR", g.col(g.pick(managers)), STAFF),
        c("отделение", N, "VARCHAR", g.col(g.pick(["ДО «Уралмаш»", "ДО «Центральный»", "ДО «Ленинский»"])), "decoy"),
        c("бик", N, "VARCHAR", g.col(g.pick(["046577964", "047501602"])), "business"),
        c("примечание", "free_text", "VARCHAR", g.sparse(lambda: g.rnd.choice([
            f"завещательное распоряжение на {v.whole(g, 'ru')}", f"доверенность: {v.whole(g, 'ru')}",
            "пролонгация"]), 0.8, _words("нет")), NULLWORD),
        c("капитализация", N, "BOOLEAN", g.yn(True, False, 0.6), "decoy"),
        c("валюта", N, "VARCHAR", g.col(g.pick(["RUB", "RUB", "CNY"])), "decoy"),
    ])


# -- an internet provider's installation appointments (Greek) ----------------------------------------------------------


def el_isp_installations(g: Gen) -> Table:
    """Installation appointments: family and given name, the AFM, the AMKA for a social tariff (NULL-heavy, ``ssn``),
    date of birth ``12/03/1984``, mobile, e-mail, the installation address, postal code, city, the line's IP, router
    MAC and serial, the technician (few distinct), an IBAN for the direct debit (NULL-heavy), comments naming people."""
    fem = v.sexes(g, 0.5)
    births = g.births(1940, 2004)
    firsts, lasts = v.people(g, "el", fem)
    places = [v.city(g, "GR") for _ in range(g.rows)]
    techs = _staff(g, "el", 7)
    return Table("isp.εγκαταστάσεις", "el", "native", [
        c("αρ_αίτησης", N, "INTEGER", g.keys(2_200_001), "decoy"),
        c("επώνυμο", "last_name", "VARCHAR", lasts),
        c("όνομα", "first_name", "VARCHAR", firsts),
        c("αφμ", "national_id", "VARCHAR", g.col(lambda: v.gr_afm(g)), ABBREV),
        c("αμκα_κοιν_τιμολογίου", "ssn", "VARCHAR", [v.gr_amka(g, b) if g.rnd.random() < 0.2 else None
                                                      for b in births], HEAVY),
        c("ημ_γέννησης", "date_of_birth", "VARCHAR", [_dmy(b, "/") for b in births], ABBREV),
        c("κινητό", "phone", "VARCHAR", g.phones("GR", {"national": 0.6, "intl": 0.4})),
        c("email", "email", "VARCHAR", g.col(lambda: v.emails(g, [g.rnd.choice(["giorgos", "maria", "nikos",
                                                                                 "sofia", "kostas", "eirini"])],
                                                              [g.rnd.choice(["nikolaou", "georgiou", "ioannou",
                                                                             "vlachou", "mavridis"])],
                                                              ["gmail.com", "yahoo.gr", "hotmail.com",
                                                               "otenet.gr"])[0], 0.2)),
        c("διεύθυνση_εγκατάστασης", "street_address", "VARCHAR", g.col(lambda: v.street(g, "el"))),
        c("τκ", "postal_code", "VARCHAR", [v.postal(g, "GR", p[1]) for p in places], ABBREV),
        c("πόλη", "city", "VARCHAR", [p[0] for p in places]),
        c("πακέτο", N, "VARCHAR", g.col(g.pick(["VDSL 50", "VDSL 100", "FTTH 300", "FTTH 1000"])), "decoy"),
        c("ip_γραμμής", "ip_address", "VARCHAR", g.col(g.ipv4)),
        c("mac_router", N, "VARCHAR", g.col(lambda: ":".join(f"{g.rnd.randint(0, 255):02X}" for _ in range(6))),
          "decoy"),
        c("σειριακός_αριθμός", N, "VARCHAR", g.col(lambda: g.code("ZTEG99999999")), "decoy"),
        c("τεχνικός", "person_name", "VARCHAR", g.col(g.pick(techs)), STAFF),
        c("ραντεβού", N, "TIMESTAMP", g.moments("2025-02-01", "2025-12-15"), "decoy"),
        c("iban_πάγιας", "iban", "VARCHAR", g.col(lambda: v.iban(g, "GR", g.rnd.random() < 0.5), 0.78), HEAVY),
        c("σχόλια", "free_text", "VARCHAR", g.sparse(lambda: g.rnd.choice([
            f"θα είναι παρών ο γιος {v.whole(g, 'el', False)}", f"κλειδιά από {v.whole(g, 'el')}",
            "χρειάζεται σκάλα"]), 0.78, _words("κανένα")), NULLWORD),
        c("κατάσταση", N, "VARCHAR", g.col(g.pick(["ολοκληρώθηκε", "σε αναμονή", "ακυρώθηκε"])), "decoy"),
    ])


# -- a data warehouse's customer dimension (US English; source prefixes, opaque and misleading names) ------------------


def en_dwh_dim_customer(g: Gen) -> Table:
    """A warehouse's customer dimension: surrogate keys named like personal things (``customer_name_id``,
    ``addr_sk``), personal data under source-prefixed names (``src_crm_col07`` e-mail, ``src_crm_col12`` phone,
    ``src_erp_f3``/``src_erp_f4`` names), misleading names (``attr_3`` the SSN, ``misc_1`` the date of birth as
    ``19840312``, ``notes2`` free text, ``code`` the ZIP, ``ref`` the card, ``value`` the IP), opaque names
    (``c11`` the street, ``x_fld`` the city), SCD columns, coordinates, hashes, segment codes."""
    fem = v.sexes(g, 0.5)
    firsts, lasts = v.people(g, "en", fem)
    places = [v.city(g, "US") for _ in range(g.rows)]
    return Table("dwh.dim_customer", "en", "snake", [
        c("customer_sk", N, "BIGINT", g.keys(10_000_001), "decoy"),
        c("customer_name_id", N, "INTEGER", g.keys(500_001, 7), "decoy", MISLEADING),
        c("addr_sk", N, "INTEGER", g.col(lambda: g.rnd.randint(1, 90_000)), "decoy", MISLEADING),
        c("src_crm_col07", "email", "VARCHAR", v.emails(g, firsts, lasts, ["gmail.com", "yahoo.com", "aol.com",
                                                                            "comcast.net", "icloud.com"]), SOURCE,
          OPAQUE),
        c("src_crm_col12", "phone", "VARCHAR", g.phones("US", {"national": 0.6, "e164": 0.2, "digits": 0.2}),
          SOURCE, OPAQUE),
        c("src_erp_f3", "first_name", "VARCHAR", [x.upper() for x in firsts], SOURCE, OPAQUE),
        c("src_erp_f4", "last_name", "VARCHAR", [x.upper() for x in lasts], SOURCE, OPAQUE),
        c("attr_3", "ssn", "VARCHAR", g.col(lambda: v.us_ssn(g), 0.4), MISLEADING),
        c("misc_1", "date_of_birth", "INTEGER", g.col(lambda: int(g.birth(1940, 2004).strftime("%Y%m%d")), 0.1),
          MISLEADING),
        c("notes2", "free_text", "VARCHAR", g.sparse(lambda: g.rnd.choice([
            f"spouse {v.whole(g, 'en')} is joint holder", f"per {v.given(g, 'en')} at branch: moved out of state",
            f"POA held by {v.whole(g, 'en')}"]), 0.8, _words("none", "unknown")), NULLWORD, MISLEADING),
        c("c11", "street_address", "VARCHAR", g.col(lambda: v.street(g, "us")), OPAQUE),
        c("x_fld", "city", "VARCHAR", [p[0] for p in places], OPAQUE),
        c("code", "postal_code", "VARCHAR", [v.postal(g, "US", p[1]) for p in places], MISLEADING),
        c("ref", "credit_card", "VARCHAR", g.col(lambda: v.card(g), 0.5), MISLEADING),
        c("value", "ip_address", "VARCHAR", g.col(g.ipv4, 0.2), MISLEADING),
        c("web_user", USERNAME, "VARCHAR", [v.handle(g, a, b) for a, b in zip(firsts, lasts)], USER),
        c("segment_cd", N, "VARCHAR", g.col(g.pick(["RET", "AFF", "HNW", "SMB"])), "decoy"),
        c("geo_lat", N, "DOUBLE", g.floats(39.0, 41.7, 6), "decoy"),
        c("geo_lon", N, "DOUBLE", g.floats(-84.8, -80.5, 6), "decoy"),
        c("row_hash", N, "VARCHAR", g.col(g.md5), "decoy"),
        c("valid_from", N, "DATE", g.days("2018-01-01", "2025-06-30"), "decoy"),
        c("valid_to", N, "DATE", g.col(lambda: date(9999, 12, 31)), "decoy"),
        c("is_current", N, "VARCHAR", g.yn("Y", "N", 0.85), "decoy"),
        c("etl_version", N, "VARCHAR", g.col(g.version), "decoy"),
        c("card_ref_masked", N, "VARCHAR", g.col(lambda: v.not_luhn(g)), "decoy", SHAPE),
    ])


# -- a warehouse's stock movements, decoys only (German) ---------------------------------------------------------------


def de_stock_movements(g: Gen) -> Table:
    """Stock movements: article numbers, batches, best-before dates, quantities, storage bins, suppliers, delivery
    note and tracking numbers, timestamps, coordinates of the yard, scanner firmware, checksums; no personal data."""
    return Table("lager.Warenbewegungen", "de", "pascal", [
        c("BuchungsNr", N, "BIGINT", g.keys(77_000_001), "decoy"),
        c("ArtikelNr", N, "VARCHAR", g.col(lambda: g.code("AA-99999-9")), "decoy"),
        c("Charge", N, "VARCHAR", g.col(lambda: "CH" + g.digits(6)), "decoy"),
        c("Mhd", N, "DATE", g.days("2026-01-01", "2027-12-31"), "decoy"),
        c("Menge", N, "INTEGER", g.ints(1, 480), "decoy"),
        c("Lagerplatz", N, "VARCHAR", g.col(lambda: g.code("A99-99-9")), "decoy"),
        c("Lieferant", N, "VARCHAR", g.col(g.pick(["Bahlsen GmbH", "Krombacher Brauerei", "Hipp GmbH & Co. Vertrieb",
                                                   "Haribo", "Continental Reifen"])), "decoy"),
        c("LieferscheinNr", N, "VARCHAR", g.col(lambda: "LS" + g.digits(8)), "decoy"),
        c("SendungsNr", N, "VARCHAR", g.col(lambda: "JJD" + g.digits(18)), "decoy"),
        c("Zeitstempel", N, "TIMESTAMP", g.moments("2025-10-01", "2025-11-30"), "decoy"),
        c("Bewegungsart", N, "VARCHAR", g.col(g.pick(["101", "201", "261", "311", "601"])), "decoy"),
        c("GewichtKg", N, "DECIMAL(8,2)", g.amounts(0.2, 900), "decoy"),
        c("HofLat", N, "DOUBLE", g.floats(52.30, 52.33, 6), "decoy"),
        c("HofLon", N, "DOUBLE", g.floats(9.70, 9.74, 6), "decoy"),
        c("ScannerFirmware", N, "VARCHAR", g.col(g.version), "decoy"),
        c("Pruefsumme", N, "VARCHAR", g.col(g.md5), "decoy"),
        c("Storniert", N, "VARCHAR", g.yn("J", "N", 0.03), "decoy"),
        c("Kostenstelle", N, "VARCHAR", g.col(g.pick(["4711", "4712", "5100"])), "decoy"),
    ])



#: table -> more ordinary decoy columns of its system (name, SQL type, shape), appended after the builder's own
EXTRAS: dict[str, list[tuple[str, str, str]]] = {
    "helpdesk.support_tickets": [("sla_policy", "VARCHAR", "enum:Standard|Premium|Enterprise"),
                                 ("reopen_count", "INTEGER", "int:0:4"), ("queue_code", "VARCHAR", "code:Q-AA9"),
                                 ("merged_into", "INTEGER", "int:400000:409999"), ("solved_at", "TIMESTAMP", "ts"),
                                 ("tags_csv", "VARCHAR", "enum:billing|login;sso|export;bug|renewal")],
    "optiker.Kundenkartei": [("Pd", "DECIMAL(4,1)", "float:56:72"), ("AddRechts", "DECIMAL(4,2)", "float:0:3"),
                             ("Entspiegelung", "VARCHAR", "enum:Standard|Super|Blaufilter"),
                             ("AuftragNr", "VARCHAR", "code:A-999999"), ("Abholdatum", "DATE", "date"),
                             ("Rabatt", "DECIMAL(5,2)", "float:0:25")],
    "credit_conso.demandes_pret": [("canal", "VARCHAR", "enum:agence|web|telephone|partenaire"),
                                   ("type_credit", "VARCHAR", "enum:PERSO|AUTO|TRAVAUX|RENOUVELABLE"),
                                   ("mensualite", "DECIMAL(9,2)", "amount:40:900"),
                                   ("date_decision", "DATE", "date"), ("id_partenaire", "VARCHAR", "code:PTN999"),
                                   ("version_grille", "VARCHAR", "ver")],
    "inmobiliaria.leadsCompradores": [("fechaAlta", "TIMESTAMP", "ts"), ("numVisitas", "INTEGER", "int:0:6"),
                                      ("dormitoriosMin", "INTEGER", "int:1:4"), ("m2Min", "INTEGER", "int:45:180"),
                                      ("zonaInteres", "VARCHAR", "enum:Ruzafa|Benimaclet|Patraix|Campanar|Playa"),
                                      ("estadoLead", "VARCHAR", "enum:nuevo|contactado|visita|oferta|perdido")],
    "agenzia_viaggi.prenotazioni": [("data_prenotazione", "TIMESTAMP", "ts"), ("notti", "INTEGER", "int:2:14"),
                                    ("trattamento", "VARCHAR", "enum:BB|HB|FB|AI"),
                                    ("acconto", "DECIMAL(9,2)", "amount:100:2000"),
                                    ("codice_hotel", "VARCHAR", "code:HTL-99999"),
                                    ("voucher_id", "VARCHAR", "uuid")],
    "garantias.registos": [("registado_em", "TIMESTAMP", "ts"), ("canal_registo", "VARCHAR", "enum:app|web|loja"),
                           ("categoria", "VARCHAR", "enum:GRANDES|PEQUENOS|INFORMATICA|IMAGEM"),
                           ("preco", "DECIMAL(9,2)", "amount:40:2500"), ("estado", "VARCHAR",
                                                                         "enum:ativa|expirada|acionada"),
                           ("hash_fatura", "VARCHAR", "hash")],
    "makelaardij.bezichtigingen": [("aangemaaktOp", "TIMESTAMP", "ts"), ("bron", "VARCHAR",
                                                                          "enum:funda|pararius|website|etalage"),
                                   ("woonoppervlakte", "INTEGER", "int:45:210"), ("kamers", "INTEGER", "int:1:7"),
                                   ("bouwjaar", "INTEGER", "int:1920:2024"),
                                   ("afspraakStatus", "VARCHAR", "enum:gepland|geweest|geannuleerd|no-show")],
    "sklep.reklamacje": [("data_zgloszenia", "TIMESTAMP", "ts"), ("kanal", "VARCHAR", "enum:formularz|email|telefon"),
                         ("magazyn", "VARCHAR", "enum:WRO-1|POZ-2|GDA-1"), ("sku", "VARCHAR", "code:AA-9999-A"),
                         ("dni_na_rozpatrzenie", "INTEGER", "int:1:14"), ("faktura_nr", "VARCHAR",
                                                                           "code:FV/99999/25")],
    "EKONOMI.UTLAGG": [("PROJEKT", "VARCHAR", "code:P-9999"), ("VALUTA", "VARCHAR", "enum:SEK|EUR|NOK"),
                       ("KURS", "DECIMAL(8,4)", "float:1:11.5"), ("REGISTRERAD", "TIMESTAMP", "ts"),
                       ("VERIFIKAT", "VARCHAR", "code:V99999"), ("ATTEST_STATUS", "VARCHAR",
                                                                 "enum:NY|ATTESTERAD|AVVISAD")],
    "nyhedsbrev.abonnenter": [("sidst_aabnet", "TIMESTAMP", "ts"), ("aabningsrate", "DECIMAL(4,3)", "float:0:1"),
                              ("klikrate", "DECIMAL(4,3)", "float:0:0.4"), ("segment", "VARCHAR",
                                                                             "enum:A|B|C|VIP"),
                              ("sprog", "VARCHAR", "enum:da|da|en"), ("esp_id", "VARCHAR", "uuid")],
    "leasing.najemci": [("najezd_km_rok", "INTEGER", "int:10000:40000"), ("akontace", "DECIMAL(9,2)",
                                                                          "amount:0:150000"),
                        ("pojisteni", "VARCHAR", "enum:ANO|NE"), ("mena", "VARCHAR", "enum:CZK|EUR"),
                        ("pobocka", "VARCHAR", "enum:Brno|Olomouc|Zlín"), ("verze_smlouvy", "VARCHAR", "ver")],
    "magaza.TaksitliSatislar": [("OnayKodu", "VARCHAR", "code:999999"), ("PesinatTutari", "DECIMAL(9,2)",
                                                                         "amount:0:5000"),
                                ("VadeFarkiOrani", "DECIMAL(5,2)", "float:0:4.5"), ("KayitZamani", "TIMESTAMP", "ts"),
                                ("TeslimatDurumu", "VARCHAR", "enum:BEKLIYOR|YOLDA|TESLIM"),
                                ("GarantiSuresiAy", "INTEGER", "int:24:60")],
    "JINJI.TSUKIN_TEATE": [("KOUSHIN_NICHIJI", "TIMESTAMP", "ts"), ("ROSEN", "VARCHAR",
                                                                     "enum:HIGASHIYAMA|MEIJO|TSURUMAI|MEITETSU"),
                           ("TEIKI_KIKAN", "INTEGER", "int:1:6"), ("KOYO_KUBUN", "VARCHAR",
                                                                     "enum:SEISHAIN|KEIYAKU|PAATO"),
                           ("HIKAZEI_GENDO", "INTEGER", "int:150000:150000"), ("SHIKYU_TSUKI", "VARCHAR",
                                                                                "code:2025-99")],
    "ネットスーパー.配送先": [("注文日時", "TIMESTAMP", "ts"), ("点数", "INTEGER", "int:1:40"),
                        ("支払方法", "VARCHAR", "enum:クレジット|代引き|ポイント"), ("ポイント残高", "INTEGER", "int:0:9000"),
                        ("配送料", "INTEGER", "int:0:330"), ("車両番号", "VARCHAR", "code:T-99")],
    "банк.вклады": [("срок_дней", "INTEGER", "int:91:1095"), ("пополняемый", "VARCHAR", "enum:да|нет"),
                    ("канал_открытия", "VARCHAR", "enum:офис|онлайн|мобильный банк"),
                    ("начислено_процентов", "DECIMAL(12,2)", "amount:0:200000"), ("код_продукта", "VARCHAR",
                                                                                   "code:DEP-999"),
                    ("статус", "VARCHAR", "enum:открыт|закрыт|пролонгирован")],
    "isp.εγκαταστάσεις": [("διάρκεια_λεπτά", "INTEGER", "int:30:240"), ("καμπίνα", "VARCHAR", "code:KV-9999"),
                          ("απόσταση_m", "INTEGER", "int:80:1800"), ("ταχύτητα_sync", "INTEGER", "int:40:1000"),
                          ("συμβόλαιο_μήνες", "INTEGER", "int:12:24"), ("έκδοση_firmware", "VARCHAR", "ver")],
    "dwh.dim_customer": [("src_system_cd", "VARCHAR", "enum:CRM|ERP|WEB"), ("load_ts", "TIMESTAMP", "ts"),
                         ("tenure_months", "INTEGER", "int:0:240"), ("clv_score", "DECIMAL(6,2)", "float:0:999"),
                         ("churn_flag", "VARCHAR", "enum:Y|N|N|N"), ("region_cd", "VARCHAR",
                                                                      "enum:OH-C|OH-N|OH-S|OH-W")],
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
    (en_helpdesk, 900), (de_optician, 420), (fr_consumer_credit, 380), (es_buyer_leads, 520),
    (it_travel_agency, 350), (pt_warranty, 640), (nl_viewings, 300), (pl_complaints, 460),
    (sv_expenses, 280), (da_newsletter, 1_400), (cs_car_leasing, 260), (tr_instalments, 500),
    (ja_latn_commuting, 240), (ja_net_super, 700), (ru_deposits, 330), (el_isp_installations, 310),
    (en_dwh_dim_customer, 1_100), (de_stock_movements, 600),
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
