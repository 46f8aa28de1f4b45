"""Held-out set v23 for the column classifier: 18 tables of ordinary business and public-sector systems in domains no
earlier set used, written from the brief's own list of languages, naming styles and kinds, with customers' homes named
as premises, sites and delivery points, and phones taken from mobile-payment and messaging fields.

Written **blind**, like v2 to v22: by someone who has read neither the classifier (``governance_dagster/detect/``) nor
its documentation, tests, changelog or notes, only the list of kind names (``governance_dagster/kinds.py``), how the
scorer registers a set (``heldout_v2_accuracy.py``), the *structure* and labeling conventions of v22
(``heldout_v22.py``, ``heldout_v22_values.py``, its test, ``tests/heldout_support.py``), the docstrings of v2 to v21
(to avoid their domains) and the ``Column``/``Table`` classes and writer they build on. The classifier was not run on
this set while it was written, no scorer was run on it, and no score of any set was looked at: nothing here was
adjusted to what the classifier does. It was written under a short deadline (30 minutes). Like v22 it imports no
earlier set's value module: its random source, name lists, streets, cities and identifier builders are its own
(:mod:`benchmarks.classification.heldout_v23_values`; the generic helpers follow v22's, the lists are new).

What is new against v2 to v22:

* domains: a pest-control company's call-outs (``pestcontrol.callouts``, UK English); a heating-oil dealer's
  deliveries (``heizoel.Lieferungen``, German); a town hall's civil-status certificate requests
  (``mairie.demandes_actes``, French); a regional transport authority's season-pass applications
  (``transporte.solicitudesAbono``, Spanish); an insurance broker's motor policies
  (``broker_assicurativo.polizze_rca``, Italian); a bottled-gas distributor's home deliveries
  (``gas_garrafa.entregas``, European Portuguese); a municipality's home-insulation grants
  (``gemeente.subsidieAanvragen``, Dutch); a court bailiff's debtors (``komornik.dluznicy``, Polish); vehicle
  inspection bookings (``BESIKTNING.BOKNINGAR``, Swedish); a pension fund's members (``pensionskasse.medlemmer``,
  Danish); building-savings contracts (``stavebni_sporeni.smlouvy``, Czech); a marketplace's return requests
  (``kargo_iade.IadeTalepleri``, Turkish); a newspaper's subscriber ledger (``SHINBUN.KODOKUSHA_DAICHO``, romanized
  Japanese); a water-server service's subscribers (``ウォーターサーバー.契約者``, Japanese); a housing management
  company's personal accounts (``управляющая_компания.лицевые_счета``, Russian); a mobile operator's store contracts
  (``κινητή.συμβόλαια``, Greek); a payments platform's payout export with source-prefixed, opaque, misleading and
  role-word names (``stg.payouts_raw``, US English); a parts wholesaler's catalogue, decoys only
  (``ricambi.catalogo_articoli``, Italian);
* a customer's home named as a site, premises or delivery point (tag ``premises``: ``premises_addr``,
  ``Lieferstelle``, ``ponto_entrega``, ``adresWoning``, ``TeslimAlinacakAdres``, ``設置先住所``, ``помещение``):
  ``street_address``, ``postal_code`` or ``city`` like any home address;
* phones from mobile-payment and messaging fields (``whatsapp_no``, ``telBizum``, ``mbway``, ``SWISH_NR``,
  ``mobilepay_nr``, ``LINE連絡先``, ``телефон_сбп``, ``src_pp_c05``);
* names that sound non-personal but hold people (tag ``role_word``): ``owner``, ``assignee``, ``reviewer``,
  ``approver``, ``contact``, ``holder``, ``beneficiary``, ``created_by``, ``technician``, ``area_manager``,
  ``KontoInhaber``, ``Fahrer``, ``Disponent``, ``agent_etat_civil``, ``tutorLegal``, ``operador``, ``contraente``,
  ``conducente_abituale``, ``produttore``, ``distribuidor``, ``rekeninghouder``, ``behandelaar``, ``beoordelaar``,
  ``pelnomocnik``, ``asesor``, ``referent``, ``TEKNIKER``, ``begunstiget``, ``raadgiver``, ``zakonny_zastupce``,
  ``poradce``, ``Temsilci``, ``Onaylayan``, ``KOZA_MEIGI``, ``HAITATSU_IN``, ``配送担当``, ``собственник_доли``,
  ``мастер_участка``, ``диспетчер``, ``πωλητής``; staff columns with 2 to 8 distinct people (tag ``staff``), as full
  names, first names only or family names only;
* logins in audit columns (``logged_by``, ``ErfasstVon``, ``valide_par``, ``tramitadoPor``, ``inserito_da`` of the
  policies, ``wprowadzil``, ``BOKAD_AV``, ``zalozil``, ``OlusturanKullanici``, ``TOROKU_USER``,
  ``δημιουργήθηκε_από``, ``created_by``: ``unclassified``, tag ``username``) beside audit columns holding only service
  accounts (``updated_by``, ``registado_por``, ``gewijzigdDoor``, ``oprettet_af``, ``KOSHIN_USER``, ``изменил``,
  ``inserito_da`` of the catalogue: ``none``, tag ``service_account``);
* misleading names holding personal data (``meta`` a date of birth ``3/12/1984``, ``remark_2``, ``cd``, ``extra``,
  ``val2``, ``aux_3``, ``label``, ``alt``, ``tag``, ``owner``) and integer keys named like personal data
  (``ssn_key``, ``payee_name_id``, ``email_sk``, ``DENWA_ID``, ``cognome_id``, ``householder_id``); opaque names
  (``col_a``, ``col_b``, ``col_c``) and source prefixes (``src_pp_c02``, ``src_pp_c05``);
* dates of birth as DATE, as text (``12.03.1984``, ``12/03/1984``, ``12-03-1984``, ``12. 3. 1984``, ``3/12/1984``,
  ``1984年3月12日``, ``19840312``), as integers ``19840312`` and split into day, month and year integer columns (each
  part ``date_of_birth``, tag ``split_dob``);
* identifiers with check digits (python-stdnum): US SSN and French NIR (``ssn``); Spanish DNI and NIE, codice
  fiscale, Portuguese NIF, BSN, PESEL, Swedish personnummer, Danish CPR, Czech birth number, T.C. kimlik, Russian
  personal INN, Greek AMKA (``national_id``); IBANs of Germany, Italy, the Netherlands, Poland, Denmark, Czechia,
  Turkey and Greece; cards passing Luhn; phones of the United Kingdom, the United States, Germany, France, Spain,
  Italy, Portugal, the Netherlands, Poland, Sweden, Denmark, Czechia, Turkey, Japan, Russia and Greece; IPv4 and IPv6;
* decoys (tag ``decoy``; ``value_shape`` when shaped like a personal value): job, order, request, policy, contract,
  account and tracking numbers, part codes, EANs, plates (``vehicle``), IMEIs that pass Luhn, 16-digit numbers that
  fail it, brands and companies named after their founders (``Ferrari``, ``Porsche``, ``Ford``, ``A.P. Møller -
  Mærsk``, ``Wendy's``, ``Papa John's``), depots, warehouses, stations, stores and offices, "City, Region" sales
  territories (tag ``territory``), event timestamps, contract and request dates written like the births beside them,
  build years, hashes, coordinates of depots and warehouses, versions, Y/N flags, enum codes; business addresses and
  phones of branches, stations, offices and delivery centres (tag ``business``);
* column names in English, German, French, Spanish, Italian, Portuguese, Dutch, Polish, Swedish, Danish, Czech,
  Turkish, romanized Japanese (``ja-Latn``), Japanese, Russian and Greek; snake, camel, Pascal, SCREAMING case and
  native scripts; abbreviations (``premises_addr``, ``fechaNac``, ``cf_contraente``, ``cpr_nr``, ``CepTel``,
  ``ip_лк``, tag ``abbrev``).

Labeling rules: the same as v2 to v22 (see :mod:`benchmarks.classification.heldout_v22`): ``ssn`` is a
social-security number, ``national_id`` any other state-issued personal identifier (a personal tax number included);
a business's address, phone, postal code and city are ``none`` (tag ``business``); names of staff are
``person_name`` (a first name or a family name alone ``first_name`` or ``last_name``); a login or a public payment
handle is ``unclassified`` (tag ``username``), a service account ``none``; free text that names people is
``free_text``; a date of birth split into day, month and year columns labels each part ``date_of_birth``. Choices a
reader may question: the French NIR is ``ssn`` (it is the social-security number); a salutation (``Anrede``) is
``none``; the person a certificate is about (``nom_titulaire_acte``) and the date of birth on it are personal even
when that person is not the requester; the creditor's attorney (``pelnomocnik``, prefixed ``mec.``), a named pension
beneficiary and a spouse are ``person_name``; an account holder written as initial and family name
(``rekeninghouder``) is ``person_name``; a Russian full name with patronymic (``фио``) is ``person_name``; a payee
handle written ``@name`` (``tag``) is ``unclassified``; the house's build year (``bouwjaarWoning``) and a model year
are ``none``; an IMEI is ``none``; a car brand or employer named after a founder is ``none``.

Tags: as v22 (``decoy``, ``business``, ``null_heavy``, ``nullword_heavy``, ``abbrev``, ``username``, ``vehicle``,
``value_shape``, ``misleading``, ``staff``, ``opaque``, ``audit``, ``split_dob``, ``source_prefix``, ``role_word``,
``service_account``, ``territory``) and new: ``premises`` (a customer's home named as a site, premises or delivery
point). ``null_heavy`` here means 50-95% NULL.

Every value is generated here from :data:`SEED` (one ``random.Random`` per table, named after its builder) with
python-stdnum for check digits, phonenumbers for phone validity and formats, and the lists of names, streets and cities
of :mod:`benchmarks.classification.heldout_v23_values`, written for v23 (no Faker, no list of real people). Build:
``python -m benchmarks.classification.heldout_v23 [PATH]`` (default ``/tmp/heldout_v23.duckdb``). Score:
``python -m benchmarks.classification.heldout_v2_accuracy --set v23``.
"""

from __future__ import annotations

import functools
import sys
from collections.abc import Callable
from datetime import date
from pathlib import Path

from benchmarks.classification import heldout_v4
from benchmarks.classification import heldout_v23_values as v
from benchmarks.classification.heldout_v2 import Column, Table
from benchmarks.classification.heldout_v23_values import NULLISH, SEED, USERNAME, Gen, N, c

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

DEFAULT_PATH = Path("/tmp/heldout_v23.duckdb")

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
PREMISES = "premises"  # a customer's home address named as a site, premises or delivery point


def _dmy(d: date, sep: str = ".") -> str:
    return f"{d.day:02d}{sep}{d.month:02d}{sep}{d.year}"


def _mdy(d: date) -> str:
    return f"{d.month}/{d.day}/{d.year}"


def _kanji_date(d: date) -> str:
    return f"{d.year}年{d.month}月{d.day}日"


def _words(*extra: str) -> tuple[str, ...]:
    return ("", "-", "NULL", "n/a", "N/A") + extra


def _staff(g: Gen, lang: str, n: int) -> list[str]:
    return sorted({v.whole(g, lang) for _ in range(n)})


def _logins(g: Gen, lang: str, n: int, style: int) -> list[str]:
    return sorted({v.login(*v.person(g, lang), style) for _ in range(n)})


def _ip(g: Gen, v6: float = 0.3) -> str:
    return g.ipv6() if g.rnd.random() < v6 else g.ipv4()


# -- a pest-control company's call-outs (English, UK) ------------------------------------------------------------------


def en_pest_control(g: Gen) -> Table:
    """Pest-control call-outs to homes: the householder's name, the premises (a home) with postcode and town, a
    WhatsApp number, e-mail, the technician (five distinct), the area manager by family name, the job ``owner``, the
    logging login (audit) and a service account, site notes naming people, pests, treatments, depots, coordinates."""
    places = [v.city(g, "GB") for _ in range(g.rows)]
    techs = _staff(g, "en", 6)
    managers = sorted({v.family(g, "en") for _ in range(3)})
    owners = _staff(g, "en", 3)
    logins = _logins(g, "en", 4, 0)
    return Table("pestcontrol.callouts", "en", "snake", [
        c("callout_id", N, "INTEGER", g.keys(310_001), "decoy"),
        c("job_ref", N, "VARCHAR", g.col(lambda: "PC-" + g.digits(7)), "decoy"),
        c("householder_id", N, "INTEGER", g.col(lambda: g.rnd.randint(1, 90_000)), "decoy", MISLEADING),
        c("householder_name", "person_name", "VARCHAR", g.col(lambda: v.whole(g, "en"))),
        c("premises_addr", "street_address", "VARCHAR", g.col(lambda: v.street(g, "en")), ABBREV, PREMISES),
        c("premises_postcode", "postal_code", "VARCHAR", [v.postal(g, "GB", p[1]) for p in places], PREMISES),
        c("premises_town", "city", "VARCHAR", [p[0] for p in places], PREMISES),
        c("whatsapp_no", "phone", "VARCHAR", g.phones("GB", {"e164": 0.5, "intl": 0.3, "national": 0.2})),
        c("email", "email", "VARCHAR", g.col(lambda: v.emails(g, [v.given(g, "en")], [v.family(g, "en")], [
            "sky.com", "gmail.com", "virginmedia.com", "outlook.com"])[0], 0.3)),
        c("technician", "person_name", "VARCHAR", g.col(g.pick(techs)), STAFF, ROLE),
        c("area_manager", "last_name", "VARCHAR", g.col(g.pick(managers)), STAFF, ROLE),
        c("owner", "person_name", "VARCHAR", g.col(g.pick(owners)), STAFF, ROLE, MISLEADING),
        c("logged_by", USERNAME, "VARCHAR", g.col(g.pick(logins)), USER, AUDIT),
        c("updated_by", N, "VARCHAR", g.col(g.pick(["svc_router", "job-sync"])), "decoy", AUDIT, SERVICE),
        c("site_notes", "free_text", "VARCHAR", g.sparse(lambda: g.rnd.choice([
            f"Neighbour {v.whole(g, 'en')} reports rats too", f"Ask for {v.given(g, 'en')}, side gate",
            f"Tenant {v.whole(g, 'en')} allergic to bait"]), 0.82, _words("none", "nil")), NULLWORD),
        c("pest_type", N, "VARCHAR", g.col(g.pick(["RATS", "MICE", "WASPS", "BEDBUGS", "ANTS", "FLEAS"])), "decoy"),
        c("treatment", N, "VARCHAR", g.col(g.pick(["bait boxes", "dust", "heat treatment", "spray"])), "decoy"),
        c("product_used", N, "VARCHAR", g.col(g.pick(["Bayer Maxforce", "Killgerm Ratak", "Syngenta Demand CS",
                                                      "Pelsis Insectaclear"])), "decoy"),
        c("depot", N, "VARCHAR", g.col(g.pick(["Bolton Depot", "Preston Hub", "Wigan Store"])), "decoy"),
        c("branch_phone", N, "VARCHAR", g.col(g.pick(["01204 555 100", "01772 555 210"])), "business"),
        c("territory", N, "VARCHAR", g.col(g.pick(["Bolton, Greater Manchester", "Preston, Lancashire",
                                                   "Wigan, Greater Manchester", "Burnley, Lancashire"])), "decoy",
          TERRITORY, SHAPE),
        c("attended_at", N, "TIMESTAMP", g.moments("2025-01-01", "2025-12-15"), "decoy"),
        c("follow_up_req", N, "VARCHAR", g.yn("Y", "N", 0.35), "decoy"),
        c("depot_lat", N, "DOUBLE", g.floats(53.5, 53.8, 6), "decoy"),
        c("depot_lon", N, "DOUBLE", g.floats(-2.8, -2.3, 6), "decoy"),
        c("invoice_amount", N, "DECIMAL(8,2)", g.amounts(60, 650), "decoy"),
    ])


# -- a heating-oil dealer's deliveries (German) ------------------------------------------------------------------------


def de_heating_oil(g: Gen) -> Table:
    """Heating-oil deliveries: salutation, given and family name, the delivery point (``Lieferstelle``, a home) with
    postcode and town, a landline, a birthday ``12.03.1984`` for instalment buyers (NULL-heavy), the direct-debit
    account holder and IBAN, the driver (four distinct), the dispatcher by first name, the entering login (audit),
    tanker plates, products, litres, depots, the dealer's seat (business), delivery notes naming people."""
    fem = v.sexes(g, 0.4)
    firsts, lasts = v.people(g, "de", fem)
    places = [v.city(g, "DE") for _ in range(g.rows)]
    drivers = _staff(g, "de", 4)
    dispatch = sorted({v.given(g, "de") for _ in range(3)})
    logins = _logins(g, "de", 4, 2)
    return Table("heizoel.Lieferungen", "de", "pascal", [
        c("LieferungNr", N, "VARCHAR", g.col(lambda: "HL" + g.digits(8)), "decoy"),
        c("KundenNr", N, "INTEGER", g.keys(20_001, 7), "decoy"),
        c("Anrede", N, "VARCHAR", ["Frau" if f else "Herr" for f in fem], "decoy"),
        c("Vorname", "first_name", "VARCHAR", firsts),
        c("Nachname", "last_name", "VARCHAR", lasts),
        c("Lieferstelle", "street_address", "VARCHAR", g.col(lambda: v.street(g, "de")), PREMISES),
        c("LieferPlz", "postal_code", "VARCHAR", [v.postal(g, "DE", p[1]) for p in places], PREMISES),
        c("LieferOrt", "city", "VARCHAR", [p[0] for p in places], PREMISES),
        c("Festnetz", "phone", "VARCHAR", g.phones("DE", {"national": 0.8, "intl": 0.2}, 0.1, 0.3)),
        c("Geburtstag", "date_of_birth", "VARCHAR", g.col(lambda: _dmy(g.birth(1938, 2000)), 0.7), HEAVY),
        c("KontoInhaber", "person_name", "VARCHAR", [f"{a} {b}" for a, b in zip(firsts, lasts)], ROLE),
        c("LastschriftIban", "iban", "VARCHAR", g.col(lambda: v.iban(g, "DE", g.rnd.random() < 0.5), 0.35)),
        c("Fahrer", "person_name", "VARCHAR", g.col(g.pick(drivers)), STAFF, ROLE),
        c("Disponent", "first_name", "VARCHAR", g.col(g.pick(dispatch)), STAFF, ROLE),
        c("ErfasstVon", USERNAME, "VARCHAR", g.col(g.pick(logins)), USER, AUDIT),
        c("Tankwagen", N, "VARCHAR", g.col(lambda: "MS-" + g.code("AA 999")), "decoy", VEHICLE),
        c("Produkt", N, "VARCHAR", g.col(g.pick(["Heizöl EL schwefelarm", "Heizöl Premium", "Bioheizöl B10"])),
          "decoy"),
        c("Lieferant", N, "VARCHAR", g.col(g.pick(["Raiffeisen Münsterland eG", "Westfalen AG", "Aral Heizöl"])),
          "decoy"),
        c("MengeLiter", N, "INTEGER", g.ints(800, 6_000), "decoy"),
        c("PreisJe100L", N, "DECIMAL(6,2)", g.floats(88, 118, 2), "decoy"),
        c("Lieferdatum", N, "DATE", g.days("2024-09-01", "2025-12-15"), "decoy"),
        c("Tanklager", N, "VARCHAR", g.col(g.pick(["Tanklager Münster-Hafen", "Lager Rheine Nord"])), "decoy"),
        c("Firmensitz", N, "VARCHAR", g.col(g.pick(["Hafenweg 12, 48155 Münster"])), "business"),
        c("Hinweis", "free_text", "VARCHAR", g.sparse(lambda: g.rnd.choice([
            f"Schlüssel bei Nachbarin {v.whole(g, 'de', True)}", f"Sohn {v.given(g, 'de', False)} ist da",
            "Tank im Keller, Schlauch 40 m"]), 0.8, _words("keine", "nicht angegeben")), NULLWORD),
    ])


# -- a town hall's civil-status certificate requests (French) ----------------------------------------------------------


def fr_civil_status(g: Gen) -> Table:
    """Requests for birth and marriage certificates at a town hall: the requester's family and given name, the person
    the certificate is about and their date of birth ``12/03/1984``, the requester's social-security number (NIR,
    NULL-heavy), postal address, phone, e-mail, request IP, the registrar (three distinct), the validating login
    (audit), certificate types, request dates written like births, the town hall's address (business)."""
    fem = v.sexes(g, 0.5)
    firsts, lasts = v.people(g, "fr", fem)
    places = [v.city(g, "FR") for _ in range(g.rows)]
    agents = _staff(g, "fr", 3)
    logins = _logins(g, "fr", 3, 1)
    return Table("mairie.demandes_actes", "fr", "snake", [
        c("num_demande", N, "VARCHAR", g.col(lambda: "EC-2025-" + g.digits(6)), "decoy"),
        c("nom_demandeur", "last_name", "VARCHAR", [x.upper() for x in lasts]),
        c("prenom_demandeur", "first_name", "VARCHAR", firsts),
        c("nom_titulaire_acte", "person_name", "VARCHAR", g.col(lambda: v.whole(g, "fr"))),
        c("date_naissance_titulaire", "date_of_birth", "VARCHAR", g.col(lambda: _dmy(g.birth(1930, 2024), "/"))),
        c("nir_demandeur", "ssn", "VARCHAR", [v.fr_nir(g, g.birth(1940, 2005), f) if g.rnd.random() < 0.25
                                              else None for f in fem], HEAVY),
        c("adresse_expedition", "street_address", "VARCHAR", g.col(lambda: v.street(g, "fr"))),
        c("cp", "postal_code", "VARCHAR", [v.postal(g, "FR", p[1]) for p in places], ABBREV),
        c("commune", "city", "VARCHAR", [p[0] for p in places]),
        c("tel_portable", "phone", "VARCHAR", g.phones("FR", {"national": 0.7, "e164": 0.3}, 1.0, 0.2)),
        c("courriel", "email", "VARCHAR", v.emails(g, firsts, lasts, ["orange.fr", "laposte.net", "sfr.fr",
                                                                       "gmail.com"])),
        c("ip_demande", "ip_address", "VARCHAR", g.col(lambda: _ip(g, 0.35))),
        c("agent_etat_civil", "person_name", "VARCHAR", g.col(g.pick(agents)), STAFF, ROLE),
        c("valide_par", USERNAME, "VARCHAR", g.col(g.pick(logins)), USER, AUDIT),
        c("type_acte", N, "VARCHAR", g.col(g.pick(["NAISSANCE", "MARIAGE", "DECES"])), "decoy"),
        c("forme", N, "VARCHAR", g.col(g.pick(["copie intégrale", "extrait avec filiation", "extrait plurilingue"])),
          "decoy"),
        c("motif", N, "VARCHAR", g.col(g.pick(["passeport", "mariage", "succession", "autre"])), "decoy"),
        c("date_demande", N, "VARCHAR", [_dmy(d, "/") for d in g.days("2025-01-02", "2025-12-19")], "decoy", SHAPE),
        c("service", N, "VARCHAR", g.col(g.pick(["Mairie annexe Fontaine d'Ouche", "Hôtel de Ville",
                                                 "Mairie annexe Grésilles"])), "decoy"),
        c("mairie_adresse", N, "VARCHAR", g.col(g.pick(["Place de la Libération, 21000 Dijon"])), "business"),
        c("mode_envoi", N, "VARCHAR", g.col(g.pick(["courrier", "guichet", "COMEDEC"])), "decoy"),
        c("commentaire", "free_text", "VARCHAR", g.sparse(lambda: g.rnd.choice([
            f"Demande pour sa mère {v.whole(g, 'fr', True)}", f"Mandat signé par {v.whole(g, 'fr')}",
            "Pièce d'identité illisible"]), 0.85, _words("aucun", "néant")), NULLWORD),
        c("traite", N, "BOOLEAN", g.yn(True, False, 0.8), "decoy"),
    ])


# -- a regional transport authority's season-pass applications (Spanish) ----------------------------------------------


def es_transport_pass(g: Gen) -> Table:
    """Season-pass applications at a regional transport authority: given name, two family names, DNI or NIE, date of
    birth ``12-03-1984``, a Bizum mobile, e-mail, home address, a payment card (NULL-heavy), the legal guardian of
    minors (NULL-heavy), the counter clerk (four distinct), the processing login (audit), pass numbers shaped like
    identifiers, profiles, zones, offices, photo hashes, observations naming people."""
    fem = v.sexes(g, 0.55)
    firsts, lasts = v.people(g, "es", fem)
    places = [v.city(g, "ES") for _ in range(g.rows)]
    clerks = _staff(g, "es", 4)
    logins = _logins(g, "es", 5, 3)
    minor = [g.rnd.random() < 0.25 for _ in range(g.rows)]
    return Table("transporte.solicitudesAbono", "es", "camel", [
        c("idSolicitud", N, "INTEGER", g.keys(600_001), "decoy"),
        c("numTarjeta", N, "VARCHAR", g.col(lambda: "0" + g.digits(9)), "decoy", SHAPE),
        c("nombre", "first_name", "VARCHAR", firsts),
        c("primerApellido", "last_name", "VARCHAR", lasts),
        c("segundoApellido", "last_name", "VARCHAR", g.col(lambda: v.family(g, "es"), 0.05)),
        c("dniNie", "national_id", "VARCHAR", g.col(lambda: v.es_dni(g) if g.rnd.random() < 0.8 else v.es_nie(g))),
        c("fechaNac", "date_of_birth", "VARCHAR", [_dmy(g.birth(2008, 2014) if m else g.birth(1935, 2007), "-")
                                                   for m in minor], ABBREV),
        c("telBizum", "phone", "VARCHAR", g.phones("ES", {"national": 0.6, "e164": 0.4})),
        c("email", "email", "VARCHAR", v.emails(g, firsts, lasts, ["gmail.com", "hotmail.com", "telefonica.net"])),
        c("domicilio", "street_address", "VARCHAR", g.col(lambda: v.street(g, "es"))),
        c("cp", "postal_code", "VARCHAR", [v.postal(g, "ES", p[1]) for p in places], ABBREV),
        c("municipio", "city", "VARCHAR", [p[0] for p in places]),
        c("tarjetaPago", "credit_card", "VARCHAR", g.col(lambda: v.card(g, g.rnd.random() < 0.5), 0.6), HEAVY),
        c("tutorLegal", "person_name", "VARCHAR", [v.whole(g, "es") if m else None for m in minor], HEAVY, ROLE),
        c("operador", "person_name", "VARCHAR", g.col(g.pick(clerks)), STAFF, ROLE),
        c("tramitadoPor", USERNAME, "VARCHAR", g.col(g.pick(logins)), USER, AUDIT),
        c("perfil", N, "VARCHAR", g.col(g.pick(["JOVEN", "GENERAL", "MAYOR65", "FAMNUM"])), "decoy"),
        c("zona", N, "VARCHAR", g.col(g.pick(["A", "B1", "B2", "C"])), "decoy"),
        c("oficina", N, "VARCHAR", g.col(g.pick(["Oficina Estación del Carmen", "Punto Atención Lorca",
                                                 "Oficina Luceros"])), "decoy"),
        c("fechaSolicitud", N, "TIMESTAMP", g.moments("2025-01-01", "2025-12-20"), "decoy"),
        c("estado", N, "VARCHAR", g.col(g.pick(["PENDIENTE", "EMITIDO", "RECHAZADO"])), "decoy"),
        c("fotoHash", N, "VARCHAR", g.col(g.sha256), "decoy"),
        c("importe", N, "DECIMAL(6,2)", g.col(g.pick([0.0, 20.0, 30.0, 45.5])), "decoy"),
        c("renovacion", N, "VARCHAR", g.yn("S", "N", 0.4), "decoy"),
        c("observaciones", "free_text", "VARCHAR", g.sparse(lambda: g.rnd.choice([
            f"Recoge su hermano {v.whole(g, 'es')}", f"Autoriza {v.whole(g, 'es', True)}", "Foto repetida"]),
            0.86, _words("ninguno", "sin observaciones")), NULLWORD),
    ])


# -- an insurance broker's motor policies (Italian) --------------------------------------------------------------------


def it_motor_policies(g: Gen) -> Table:
    """Motor policies at an insurance broker: the policyholder (``contraente``), codice fiscale and date of birth (DATE,
    agreeing with it), residence, mobile, PEC e-mail, a direct-debit IBAN (NULL-heavy), the usual driver (NULL-heavy),
    the sub-agent (four distinct), the entering login (audit), plates, insurers, car brands named after founders,
    bonus-malus classes, premiums, contract dates, notes naming people."""
    fem = v.sexes(g, 0.4)
    firsts, lasts = v.people(g, "it", fem)
    births = g.births(1940, 2006)
    places = [v.city(g, "IT") for _ in range(g.rows)]
    agents = _staff(g, "it", 4)
    logins = _logins(g, "it", 3, 0)
    return Table("broker_assicurativo.polizze_rca", "it", "snake", [
        c("num_polizza", N, "VARCHAR", g.col(lambda: g.code("99/AA/999999")), "decoy"),
        c("targa", N, "VARCHAR", g.col(lambda: g.code("AA999AA")), "decoy", VEHICLE),
        c("contraente", "person_name", "VARCHAR", [f"{b} {a}" for a, b in zip(firsts, lasts)], ROLE),
        c("cf_contraente", "national_id", "VARCHAR", [v.it_cf(g, a, b, d, f)
                                                      for a, b, d, f in zip(firsts, lasts, births, fem)], ABBREV),
        c("data_nascita", "date_of_birth", "DATE", births),
        c("residenza", "street_address", "VARCHAR", g.col(lambda: v.street(g, "it"))),
        c("cap", "postal_code", "VARCHAR", [v.postal(g, "IT", p[1]) for p in places]),
        c("comune", "city", "VARCHAR", [p[0] for p in places]),
        c("cellulare", "phone", "VARCHAR", g.phones("IT", {"national": 0.5, "intl": 0.3, "digits": 0.2})),
        c("pec", "email", "VARCHAR", v.emails(g, firsts, lasts, ["pec.it", "legalmail.it", "gmail.com", "libero.it"])),
        c("iban_addebito", "iban", "VARCHAR", g.col(lambda: v.iban(g, "IT", g.rnd.random() < 0.3), 0.6), HEAVY),
        c("conducente_abituale", "person_name", "VARCHAR", g.col(lambda: v.whole(g, "it"), 0.7), HEAVY, ROLE),
        c("produttore", "person_name", "VARCHAR", g.col(g.pick(agents)), STAFF, ROLE),
        c("inserito_da", USERNAME, "VARCHAR", g.col(g.pick(logins)), USER, AUDIT),
        c("compagnia", N, "VARCHAR", g.col(g.pick(["Generali", "Reale Mutua", "Vittoria Assicurazioni",
                                                   "Cattolica"])), "decoy"),
        c("marca_veicolo", N, "VARCHAR", g.col(g.pick(["Ferrari", "Lancia", "Maserati", "Fiat", "Ford"])), "decoy",
          SHAPE),
        c("classe_bm", N, "VARCHAR", g.col(lambda: f"CU {g.rnd.randint(1, 18)}"), "decoy"),
        c("premio_annuo", N, "DECIMAL(8,2)", g.amounts(280, 1_900), "decoy"),
        c("decorrenza", N, "DATE", g.days("2024-01-01", "2025-12-31"), "decoy", SHAPE),
        c("frazionamento", N, "VARCHAR", g.col(g.pick(["annuale", "semestrale"])), "decoy"),
        c("agenzia", N, "VARCHAR", g.col(g.pick(["Agenzia Verona Borgo Trento", "Agenzia Vicenza Centro"])),
          "decoy"),
        c("note", "free_text", "VARCHAR", g.sparse(lambda: g.rnd.choice([
            f"Guida anche il figlio {v.whole(g, 'it', False)}", f"Sinistro con {v.whole(g, 'it')} nel 2023",
            "Scatola nera installata"]), 0.82, _words("nessuna", "nessun dato")), NULLWORD),
    ])


# -- a bottled-gas distributor's home deliveries (European Portuguese) -------------------------------------------------


def pt_bottled_gas(g: Gen) -> Table:
    """Home deliveries of gas bottles: the customer's full name, NIF, the delivery point (``ponto_entrega``, a home)
    with postcode and town, an MB WAY number, a landline (NULL-heavy), e-mail, the delivery man by first name (three
    distinct), retailers and distributors named as companies, bottle types, prices, the warehouse and its coordinates,
    a service account, notes naming people."""
    places = [v.city(g, "PT") for _ in range(g.rows)]
    drivers = sorted({v.given(g, "pt", False) for _ in range(3)})
    pairs = [v.person(g, "pt") for _ in range(g.rows)]
    return Table("gas_garrafa.entregas", "pt", "snake", [
        c("id_entrega", N, "INTEGER", g.keys(45_001), "decoy"),
        c("guia_remessa", N, "VARCHAR", g.col(lambda: "GR " + g.digits(4) + "/" + g.digits(5)), "decoy"),
        c("cliente", "person_name", "VARCHAR", [f"{a} {v.family(g, 'pt')} {b}" for a, b in pairs]),
        c("nif", "national_id", "VARCHAR", g.col(lambda: v.pt_nif(g), 0.15)),
        c("ponto_entrega", "street_address", "VARCHAR", g.col(lambda: v.street(g, "pt")), PREMISES),
        c("cod_postal", "postal_code", "VARCHAR", [v.postal(g, "PT", p[1]) for p in places], ABBREV),
        c("localidade", "city", "VARCHAR", [p[0] for p in places]),
        c("mbway", "phone", "VARCHAR", g.phones("PT", {"national": 0.6, "e164": 0.4})),
        c("telefone_fixo", "phone", "VARCHAR", g.phones("PT", {"national": 1.0}, 0.0, 0.7), HEAVY),
        c("email", "email", "VARCHAR", g.col(lambda: v.emails(g, [v.given(g, "pt")], [v.family(g, "pt")],
                                                              ["sapo.pt", "gmail.com", "netcabo.pt"])[0], 0.4)),
        c("distribuidor", "first_name", "VARCHAR", g.col(g.pick(drivers)), STAFF, ROLE),
        c("marca_gas", N, "VARCHAR", g.col(g.pick(["Galp", "Rubis Gás", "Prio", "OZ Energia"])), "decoy"),
        c("tipo_garrafa", N, "VARCHAR", g.col(g.pick(["butano 13kg", "propano 11kg", "propano 45kg"])), "decoy"),
        c("quantidade", N, "INTEGER", g.ints(1, 4), "decoy"),
        c("preco_unit", N, "DECIMAL(6,2)", g.floats(24, 95, 2), "decoy"),
        c("data_entrega", N, "TIMESTAMP", g.moments("2025-01-01", "2025-12-20"), "decoy"),
        c("armazem", N, "VARCHAR", g.col(g.pick(["Armazém Braga Sul", "Armazém Barcelos"])), "decoy"),
        c("armazem_lat", N, "DOUBLE", g.floats(41.50, 41.58, 6), "decoy"),
        c("armazem_lon", N, "DOUBLE", g.floats(-8.48, -8.38, 6), "decoy"),
        c("registado_por", N, "VARCHAR", g.col(g.pick(["app_entregas"])), "decoy", AUDIT, SERVICE),
        c("obs", "free_text", "VARCHAR", g.sparse(lambda: g.rnd.choice([
            f"Deixar com a vizinha {v.whole(g, 'pt', True)}", f"Ligar ao filho {v.given(g, 'pt', False)}",
            "Portão verde, cão solto"]), 0.8, _words("nenhum", "nenhuma")), NULLWORD, ABBREV),
        c("pago", N, "VARCHAR", g.yn("S", "N", 0.9), "decoy"),
    ])


# -- a municipality's home-insulation grant applications (Dutch) -------------------------------------------------------


def nl_insulation_grants(g: Gen) -> Table:
    """Home-insulation grant applications at a municipality: given and family name, BSN, date of birth as an integer
    ``19840312``, the home's address, postcode, town, phone, e-mail, the payout IBAN and its holder, the case handler
    (four distinct), the assessor by family name, the submitting IP, measures, build years, amounts, decisions, the
    municipal desk's address (business), a service account, remarks naming people."""
    fem = v.sexes(g, 0.5)
    firsts, lasts = v.people(g, "nl", fem)
    places = [v.city(g, "NL") for _ in range(g.rows)]
    handlers = _staff(g, "nl", 4)
    assessors = sorted({v.family(g, "nl") for _ in range(2)})
    return Table("gemeente.subsidieAanvragen", "nl", "camel", [
        c("aanvraagNr", N, "VARCHAR", g.col(lambda: "SUB-" + g.digits(6)), "decoy"),
        c("zaakId", N, "VARCHAR", g.col(g.uuid), "decoy"),
        c("voornaam", "first_name", "VARCHAR", firsts),
        c("achternaam", "last_name", "VARCHAR", lasts),
        c("bsn", "national_id", "VARCHAR", g.col(lambda: v.nl_bsn(g))),
        c("geboortedatum", "date_of_birth", "INTEGER", g.col(lambda: int(g.birth(1935, 2004).strftime("%Y%m%d")),
                                                             0.1)),
        c("adresWoning", "street_address", "VARCHAR", g.col(lambda: v.street(g, "nl")), PREMISES),
        c("postcode", "postal_code", "VARCHAR", [v.postal(g, "NL", p[1]) for p in places]),
        c("woonplaats", "city", "VARCHAR", [p[0] for p in places]),
        c("telefoon", "phone", "VARCHAR", g.phones("NL", {"national": 0.7, "e164": 0.3}, 0.7)),
        c("email", "email", "VARCHAR", v.emails(g, firsts, lasts, ["kpnmail.nl", "ziggo.nl", "gmail.com"])),
        c("iban", "iban", "VARCHAR", g.col(lambda: v.iban(g, "NL", g.rnd.random() < 0.4))),
        c("rekeninghouder", "person_name", "VARCHAR", [f"{a[0]}. {b}" for a, b in zip(firsts, lasts)], ROLE),
        c("behandelaar", "person_name", "VARCHAR", g.col(g.pick(handlers)), STAFF, ROLE),
        c("beoordelaar", "last_name", "VARCHAR", g.col(g.pick(assessors)), STAFF, ROLE),
        c("ingediendVanafIp", "ip_address", "VARCHAR", g.col(lambda: _ip(g, 0.4))),
        c("maatregel", N, "VARCHAR", g.col(g.pick(["spouwmuur", "dakisolatie", "vloerisolatie", "HR++ glas"])),
          "decoy"),
        c("bouwjaarWoning", N, "INTEGER", g.ints(1920, 1995), "decoy", SHAPE),
        c("subsidiebedrag", N, "DECIMAL(8,2)", g.amounts(400, 6_000), "decoy"),
        c("besluitDatum", N, "DATE", g.days("2025-01-15", "2025-12-19", 0.2), "decoy"),
        c("status", N, "VARCHAR", g.col(g.pick(["ingediend", "toegekend", "afgewezen", "uitbetaald"])), "decoy"),
        c("energielabel", N, "VARCHAR", g.col(g.pick(["A", "B", "C", "D", "E", "F", "G"])), "decoy"),
        c("installateur", N, "VARCHAR", g.col(g.pick(["Van Dongen Isolatie BV", "Brabant Isolatietechniek",
                                                      "Isoleer Direct"])), "decoy"),
        c("gemeenteloket", N, "VARCHAR", g.col(g.pick(["Stadhuisplein 10, 5611 EM Eindhoven"])), "business"),
        c("gewijzigdDoor", N, "VARCHAR", g.col(g.pick(["svc_zaaksysteem", "batch_betaal"])), "decoy", AUDIT,
          SERVICE),
        c("opmerking", "free_text", "VARCHAR", g.sparse(lambda: g.rnd.choice([
            f"Gemachtigde: {v.whole(g, 'nl')}", f"Huurder {v.whole(g, 'nl')} akkoord", "Offerte ontbreekt"]),
            0.84, _words("geen")), NULLWORD),
    ])


# -- a court bailiff's debtor register (Polish) ------------------------------------------------------------------------


def pl_bailiff(g: Gen) -> Table:
    """A court bailiff's debtors: given and family name, PESEL and the date of birth split into day, month and year
    (agreeing with it), home address, phone (NULL-heavy), the bank account to be seized, the creditor's attorney, the
    bailiff's assessor (three distinct) and clerk by first name, the entering login (audit), case numbers, creditors,
    courts, amounts, the office's address (business), remarks naming people."""
    fem = v.sexes(g, 0.35)
    firsts, lasts = v.people(g, "pl", fem)
    births = [g.birth(1950, 2003) for _ in range(g.rows)]
    known = [g.rnd.random() < 0.9 for _ in range(g.rows)]
    places = [v.city(g, "PL") for _ in range(g.rows)]
    assessors = _staff(g, "pl", 3)
    clerks = sorted({v.given(g, "pl", True) for _ in range(2)})
    logins = _logins(g, "pl", 3, 2)
    return Table("komornik.dluznicy", "pl", "snake", [
        c("sygnatura", N, "VARCHAR", g.col(lambda: f"KM {g.rnd.randint(1, 3000)}/{g.rnd.choice([23, 24, 25])}"),
          "decoy"),
        c("imie", "first_name", "VARCHAR", firsts),
        c("nazwisko", "last_name", "VARCHAR", lasts),
        c("pesel", "national_id", "VARCHAR", [v.pl_pesel(g, d, f) if k else None
                                              for d, f, k in zip(births, fem, known)]),
        c("dzien_ur", "date_of_birth", "INTEGER", [d.day if k else None for d, k in zip(births, known)], SPLIT),
        c("miesiac_ur", "date_of_birth", "INTEGER", [d.month if k else None for d, k in zip(births, known)], SPLIT),
        c("rok_ur", "date_of_birth", "INTEGER", [d.year if k else None for d, k in zip(births, known)], SPLIT),
        c("adres_zamieszkania", "street_address", "VARCHAR", g.col(lambda: v.street(g, "pl"))),
        c("kod_pocztowy", "postal_code", "VARCHAR", [v.postal(g, "PL", p[1]) for p in places]),
        c("miejscowosc", "city", "VARCHAR", [p[0] for p in places]),
        c("telefon", "phone", "VARCHAR", g.phones("PL", {"national": 0.6, "intl": 0.4}, 0.8, 0.65), HEAVY),
        c("rachunek_bankowy", "iban", "VARCHAR", g.col(lambda: v.iban(g, "PL", g.rnd.random() < 0.6), 0.3)),
        c("pelnomocnik", "person_name", "VARCHAR", g.col(lambda: "mec. " + v.whole(g, "pl"), 0.4), ROLE),
        c("asesor", "person_name", "VARCHAR", g.col(g.pick(assessors)), STAFF, ROLE),
        c("referent", "first_name", "VARCHAR", g.col(g.pick(clerks)), STAFF, ROLE),
        c("wprowadzil", USERNAME, "VARCHAR", g.col(g.pick(logins)), USER, AUDIT),
        c("wierzyciel", N, "VARCHAR", g.col(g.pick(["Kruk S.A.", "PKO BP S.A.", "Provident Polska",
                                                    "Best S.A.", "Ultimo"])), "decoy"),
        c("sad", N, "VARCHAR", g.col(g.pick(["Sąd Rejonowy Poznań-Grunwald", "Sąd Rejonowy w Gnieźnie"])), "decoy"),
        c("kwota_zadluzenia", N, "DECIMAL(11,2)", g.amounts(300, 250_000), "decoy"),
        c("data_wszczecia", N, "DATE", g.days("2019-01-01", "2025-12-10"), "decoy", SHAPE),
        c("status_sprawy", N, "VARCHAR", g.col(g.pick(["w toku", "umorzona", "zakończona", "zawieszona"])), "decoy"),
        c("kancelaria_adres", N, "VARCHAR", g.col(g.pick(["ul. Ogrodowa 14/3, 61-821 Poznań"])), "business"),
        c("uwagi", "free_text", "VARCHAR", g.sparse(lambda: g.rnd.choice([
            f"Dłużnik mieszka u {v.whole(g, 'pl', True)}", f"Pracodawca wskazał {v.whole(g, 'pl')}",
            "Brak majątku ruchomego"]), 0.83, _words("brak", "brak informacji")), NULLWORD),
    ])


# -- a vehicle inspection chain's bookings (Swedish) -------------------------------------------------------------------


def sv_inspection(g: Gen) -> Table:
    """Vehicle inspection bookings: given and family name, personnummer, a Swish number, e-mail, the postal address,
    the inspector (six distinct), the booking login (audit), plates, stations and their addresses (business), car
    brands named after founders, model years, odometers, results, times, remarks naming people."""
    firsts, lasts = v.people(g, "sv", v.sexes(g, 0.45))
    places = [v.city(g, "SE") for _ in range(g.rows)]
    techs = _staff(g, "sv", 6)
    logins = _logins(g, "sv", 6, 2)
    stations = [("Besiktning Göteborg Hisings Backa", "Exportgatan 40, 422 46 Hisings Backa"),
                ("Besiktning Borås Nord", "Getängsvägen 18, 504 68 Borås")]
    st = [g.rnd.choice(stations) for _ in range(g.rows)]
    return Table("BESIKTNING.BOKNINGAR", "sv", "screaming", [
        c("BOKNINGS_ID", N, "BIGINT", g.keys(8_000_001), "decoy"),
        c("REGNR", N, "VARCHAR", g.col(lambda: g.code("AAA 99Z")), "decoy", VEHICLE),
        c("FORNAMN", "first_name", "VARCHAR", firsts),
        c("EFTERNAMN", "last_name", "VARCHAR", lasts),
        c("PERSONNR", "national_id", "VARCHAR", g.col(lambda: v.se_pnr(g, g.birth(1940, 2006)), 0.2)),
        c("SWISH_NR", "phone", "VARCHAR", g.phones("SE", {"national": 0.6, "e164": 0.4})),
        c("EPOST", "email", "VARCHAR", v.emails(g, firsts, lasts, ["telia.com", "hotmail.se", "gmail.com",
                                                                    "bredband.net"])),
        c("UTDELNINGSADRESS", "street_address", "VARCHAR", g.col(lambda: v.street(g, "sv"))),
        c("POSTNR", "postal_code", "VARCHAR", [v.postal(g, "SE", p[1]) for p in places], ABBREV),
        c("POSTORT", "city", "VARCHAR", [p[0] for p in places]),
        c("TEKNIKER", "person_name", "VARCHAR", g.col(g.pick(techs)), STAFF, ROLE),
        c("BOKAD_AV", USERNAME, "VARCHAR", g.col(g.pick(logins)), USER, AUDIT),
        c("STATION", N, "VARCHAR", [s[0] for s in st], "decoy"),
        c("STATION_ADRESS", N, "VARCHAR", [s[1] for s in st], "business"),
        c("BILMARKE", N, "VARCHAR", g.col(g.pick(["Volvo", "Porsche", "Ford", "Citroën", "Toyota"])), "decoy"),
        c("ARSMODELL", N, "INTEGER", g.ints(1998, 2023), "decoy"),
        c("MATARSTALLNING", N, "INTEGER", g.ints(2_000, 45_000), "decoy"),
        c("RESULTAT", N, "VARCHAR", g.col(g.pick(["GODKAND", "KONTROLL", "KORFORBUD"])), "decoy"),
        c("BESIKTAD_TID", N, "TIMESTAMP", g.moments("2025-01-02", "2025-12-19"), "decoy"),
        c("PRIS", N, "DECIMAL(7,2)", g.col(g.pick([395.0, 495.0, 595.0])), "decoy"),
        c("KONTROLL_HASH", N, "VARCHAR", g.col(g.md5), "decoy"),
        c("ANMARKNING", "free_text", "VARCHAR", g.sparse(lambda: g.rnd.choice([
            f"Bilen lämnades av {v.whole(g, 'sv')}", f"Ägaren {v.whole(g, 'sv')} kontaktad", "Bromsar vänster bak"]),
            0.85, _words("inga", "ej angivet")), NULLWORD),
    ])


# -- a pension fund's members (Danish) ---------------------------------------------------------------------------------


def da_pension(g: Gen) -> Table:
    """A pension fund's members: full name, CPR number and date of birth ``12-03-1984`` (agreeing), address, a
    MobilePay number, e-mail, the payout IBAN, a named beneficiary and the spouse (NULL-heavy), the adviser (three
    distinct), employers named after founders, schemes, contributions, a service account, notes naming people."""
    births = g.births(1940, 1999)
    places = [v.city(g, "DK") for _ in range(g.rows)]
    advisers = _staff(g, "da", 3)
    return Table("pensionskasse.medlemmer", "da", "snake", [
        c("medlemsnr", N, "INTEGER", g.keys(400_001), "decoy"),
        c("navn", "person_name", "VARCHAR", g.col(lambda: v.whole(g, "da"))),
        c("cpr_nr", "national_id", "VARCHAR", [v.dk_cpr(g, d) for d in births], ABBREV),
        c("foedselsdato", "date_of_birth", "VARCHAR", [_dmy(d, "-") for d in births]),
        c("adresse", "street_address", "VARCHAR", g.col(lambda: v.street(g, "da"))),
        c("postnr", "postal_code", "VARCHAR", [v.postal(g, "DK", p[1]) for p in places], ABBREV),
        c("by", "city", "VARCHAR", [p[0] for p in places]),
        c("mobilepay_nr", "phone", "VARCHAR", g.phones("DK", {"national": 0.6, "e164": 0.4})),
        c("e_mail", "email", "VARCHAR", g.col(lambda: v.emails(g, [v.given(g, "da")], [v.family(g, "da")],
                                                               ["mail.dk", "jubii.dk", "gmail.com"])[0], 0.2)),
        c("udbetalingskonto", "iban", "VARCHAR", g.col(lambda: v.iban(g, "DK", g.rnd.random() < 0.5), 0.1)),
        c("begunstiget", "person_name", "VARCHAR", g.col(lambda: v.whole(g, "da"), 0.75), HEAVY, ROLE),
        c("aegtefaelle", "person_name", "VARCHAR", g.col(lambda: v.whole(g, "da"), 0.6), HEAVY),
        c("raadgiver", "person_name", "VARCHAR", g.col(g.pick(advisers)), STAFF, ROLE),
        c("arbejdsgiver", N, "VARCHAR", g.col(g.pick(["A.P. Møller - Mærsk", "Carlsberg", "Danfoss", "Grundfos",
                                                      "Arla"])), "decoy", SHAPE),
        c("ordning", N, "VARCHAR", g.col(g.pick(["ratepension", "livrente", "aldersopsparing"])), "decoy"),
        c("bidrag_pct", N, "DECIMAL(5,2)", g.floats(8, 18, 2), "decoy"),
        c("depotvaerdi", N, "DECIMAL(12,2)", g.amounts(10_000, 3_500_000), "decoy"),
        c("indmeldt", N, "DATE", g.days("1995-01-01", "2025-11-30"), "decoy"),
        c("pensionsalder", N, "INTEGER", g.col(g.pick([67, 68, 69])), "decoy"),
        c("investeringsprofil", N, "VARCHAR", g.col(g.pick(["lav", "mellem", "høj"])), "decoy"),
        c("oprettet_af", N, "VARCHAR", g.col(g.pick(["svc_pensionsinfo", "batch_indbetaling"])), "decoy", AUDIT,
          SERVICE),
        c("note", "free_text", "VARCHAR", g.sparse(lambda: g.rnd.choice([
            f"Fuldmagt til {v.whole(g, 'da')}", f"Skilt fra {v.whole(g, 'da')} 2019", "Ønsker ringet op"]), 0.85,
            _words("ingen", "ikke oplyst")), NULLWORD),
    ])


# -- building-savings contracts (Czech) --------------------------------------------------------------------------------


def cs_building_savings(g: Gen) -> Table:
    """Building-savings contracts: given and family name, birth number and date of birth ``12. 3. 1984`` (agreeing),
    permanent address, phone, e-mail, the account (IBAN), the legal guardian of child savers (NULL-heavy), the adviser
    (four distinct), the login that opened the contract (audit), target amounts, tariffs, contract dates, state
    support flags, branches and their addresses (business), notes naming people."""
    fem = v.sexes(g, 0.5)
    firsts, lasts = v.people(g, "cs", fem)
    births = g.births(1945, 2015)
    places = [v.city(g, "CZ") for _ in range(g.rows)]
    advisers = _staff(g, "cs", 4)
    logins = _logins(g, "cs", 4, 1)
    branches = [("Pobočka Brno Veveří", "Veveří 102, 616 00 Brno"),
                ("Pobočka Olomouc", "Horní náměstí 5, 779 00 Olomouc")]
    br = [g.rnd.choice(branches) for _ in range(g.rows)]
    return Table("stavebni_sporeni.smlouvy", "cs", "snake", [
        c("cislo_smlouvy", N, "VARCHAR", g.col(lambda: g.digits(10)), "decoy", SHAPE),
        c("jmeno", "first_name", "VARCHAR", firsts),
        c("prijmeni", "last_name", "VARCHAR", lasts),
        c("rodne_cislo", "national_id", "VARCHAR", [v.cz_rc(g, d, f) for d, f in zip(births, fem)]),
        c("datum_narozeni", "date_of_birth", "VARCHAR", [f"{d.day}. {d.month}. {d.year}" for d in births]),
        c("trvale_bydliste", "street_address", "VARCHAR", g.col(lambda: v.street(g, "cs"))),
        c("psc", "postal_code", "VARCHAR", [v.postal(g, "CZ", p[1]) for p in places], ABBREV),
        c("obec", "city", "VARCHAR", [p[0] for p in places]),
        c("telefon", "phone", "VARCHAR", g.phones("CZ", {"national": 0.5, "intl": 0.5}, 0.9, 0.1)),
        c("email", "email", "VARCHAR", v.emails(g, firsts, lasts, ["seznam.cz", "email.cz", "centrum.cz"])),
        c("cislo_uctu", "iban", "VARCHAR", g.col(lambda: v.iban(g, "CZ", g.rnd.random() < 0.5))),
        c("zakonny_zastupce", "person_name", "VARCHAR", [v.whole(g, "cs") if d.year >= 2008 else None
                                                         for d in births], HEAVY, ROLE),
        c("poradce", "person_name", "VARCHAR", g.col(g.pick(advisers)), STAFF, ROLE),
        c("zalozil", USERNAME, "VARCHAR", g.col(g.pick(logins)), USER, AUDIT),
        c("cilova_castka", N, "INTEGER", g.col(g.pick([150_000, 300_000, 500_000, 1_000_000])), "decoy"),
        c("tarif", N, "VARCHAR", g.col(g.pick(["Standard", "Junior", "Úvěrový"])), "decoy"),
        c("datum_uzavreni", N, "VARCHAR", [f"{d.day}. {d.month}. {d.year}" for d in g.days("2018-01-01",
                                                                                            "2025-12-15")],
          "decoy", SHAPE),
        c("statni_podpora", N, "VARCHAR", g.yn("A", "N", 0.8), "decoy"),
        c("pobocka", N, "VARCHAR", [b[0] for b in br], "decoy"),
        c("pobocka_adresa", N, "VARCHAR", [b[1] for b in br], "business"),
        c("urok_pct", N, "DECIMAL(4,2)", g.floats(1, 3.5, 2), "decoy"),
        c("poznamka", "free_text", "VARCHAR", g.sparse(lambda: g.rnd.choice([
            f"Převod z účtu babičky {v.whole(g, 'cs', True)}", f"Smlouvu podepsal {v.whole(g, 'cs', False)}",
            "Zvýšení vkladu"]), 0.84, _words("žádná", "žádný")), NULLWORD),
    ])


# -- a marketplace's return requests (Turkish) -------------------------------------------------------------------------


def tr_returns(g: Gen) -> Table:
    """Return requests of an online marketplace: full name, T.C. kimlik (NULL-heavy), the pick-up point (a home),
    province, postcode, mobile, e-mail, a refund IBAN, the customer agent (five distinct) and approver by family name,
    the creating login (audit), order and cargo tracking numbers, IMEIs of returned phones, brands, depots, amounts."""
    places = [v.city(g, "TR") for _ in range(g.rows)]
    pairs = [v.person(g, "tr") for _ in range(g.rows)]
    agents = _staff(g, "tr", 5)
    approvers = sorted({v.family(g, "tr") for _ in range(2)})
    logins = _logins(g, "tr", 5, 0)
    return Table("kargo_iade.IadeTalepleri", "tr", "pascal", [
        c("IadeNo", N, "VARCHAR", g.col(lambda: "IR" + g.digits(9)), "decoy"),
        c("SiparisNo", N, "VARCHAR", g.col(lambda: g.digits(11)), "decoy", SHAPE),
        c("KargoTakipNo", N, "VARCHAR", g.col(lambda: g.digits(12)), "decoy", SHAPE),
        c("AdSoyad", "person_name", "VARCHAR", [f"{a} {b}" for a, b in pairs]),
        c("TcKimlikNo", "national_id", "VARCHAR", g.col(lambda: v.tr_tc(g), 0.7), HEAVY),
        c("TeslimAlinacakAdres", "street_address", "VARCHAR", g.col(lambda: v.street(g, "tr")), PREMISES),
        c("Il", "city", "VARCHAR", [p[0] for p in places]),
        c("PostaKodu", "postal_code", "VARCHAR", [v.postal(g, "TR", p[1]) for p in places]),
        c("CepTel", "phone", "VARCHAR", g.phones("TR", {"national": 0.6, "e164": 0.2, "digits": 0.2}), ABBREV),
        c("Eposta", "email", "VARCHAR", v.emails(g, [a for a, _ in pairs], [b for _, b in pairs],
                                                 ["gmail.com", "hotmail.com", "yandex.com"])),
        c("IadeIban", "iban", "VARCHAR", g.col(lambda: v.iban(g, "TR", g.rnd.random() < 0.5), 0.25)),
        c("Temsilci", "person_name", "VARCHAR", g.col(g.pick(agents)), STAFF, ROLE),
        c("Onaylayan", "last_name", "VARCHAR", g.col(g.pick(approvers)), STAFF, ROLE),
        c("OlusturanKullanici", USERNAME, "VARCHAR", g.col(g.pick(logins)), USER, AUDIT),
        c("Imei", N, "VARCHAR", g.col(lambda: v.imei(g), 0.5), "decoy", SHAPE),
        c("Urun", N, "VARCHAR", g.col(g.pick(["Akıllı Telefon", "Bulaşık Makinesi", "Kulaklık", "Süpürge"])),
          "decoy"),
        c("Marka", N, "VARCHAR", g.col(g.pick(["Arçelik", "Vestel", "Beko", "Philips", "Siemens"])), "decoy"),
        c("Depo", N, "VARCHAR", g.col(g.pick(["Gebze Aktarma Merkezi", "İzmir Kemalpaşa Depo"])), "decoy"),
        c("IadeNedeni", N, "VARCHAR", g.col(g.pick(["HASARLI", "YANLIS_URUN", "VAZGECTI", "ARIZALI"])), "decoy"),
        c("Tutar", N, "DECIMAL(10,2)", g.amounts(50, 45_000), "decoy"),
        c("TalepTarihi", N, "TIMESTAMP", g.moments("2025-01-01", "2025-12-20"), "decoy"),
        c("MusteriNotu", "free_text", "VARCHAR", g.sparse(lambda: g.rnd.choice([
            f"Kapıcı {v.whole(g, 'tr')} teslim edecek", f"Eşim {v.given(g, 'tr')} evde olur", "Kutusu açılmadı"]),
            0.82, _words("yok", "bilinmiyor")), NULLWORD),
    ])


# -- a newspaper's subscriber ledger (romanized Japanese) --------------------------------------------------------------


def ja_latn_newspaper(g: Gen) -> Table:
    """A newspaper's subscriber ledger in romanized Japanese names: family and given name in romaji, date of birth as
    text ``19840312``, postal code, address, city, phone and mobile (NULL-heavy), e-mail, the account holder, the
    delivery person by family name (four distinct), a registering login (audit) and a service account, dealers,
    papers, contract dates as integers, fees, an integer key named like a phone, remarks naming people."""
    fem = v.sexes(g, 0.5)
    names = [v.ja_person(g, f) for f in fem]
    places = [v.city(g, "JP") for _ in range(g.rows)]
    carriers = sorted({g.rnd.choice(v.JA_LAST)[1].upper() for _ in range(4)})
    logins = sorted({f"{g.rnd.choice(v.JA_LAST)[1].lower()}{g.rnd.randint(1, 99):02d}" for _ in range(3)})
    return Table("SHINBUN.KODOKUSHA_DAICHO", "ja-Latn", "screaming", [
        c("KODOKUSHA_NO", N, "VARCHAR", g.col(lambda: "K" + g.digits(8)), "decoy"),
        c("SEI", "last_name", "VARCHAR", [a[1].upper() for a, _ in names]),
        c("MEI", "first_name", "VARCHAR", [b[1].upper() for _, b in names]),
        c("SEINENGAPPI", "date_of_birth", "VARCHAR", g.col(lambda: g.birth(1930, 2003).strftime("%Y%m%d"), 0.2)),
        c("YUBIN_NO", "postal_code", "VARCHAR", [v.postal(g, "JP", p[1]) for p in places]),
        c("JUSHO", "street_address", "VARCHAR", g.col(lambda: v.street(g, "ja"))),
        c("SHIKUCHOSON", "city", "VARCHAR", [v.JP_ROMAJI[p[0]] for p in places]),
        c("DENWA", "phone", "VARCHAR", g.phones("JP", {"national": 0.8, "digits": 0.2}, 0.1)),
        c("KEITAI", "phone", "VARCHAR", g.phones("JP", {"national": 0.7, "e164": 0.3}, 1.0, 0.6), HEAVY),
        c("MAIL", "email", "VARCHAR", g.col(lambda: v.emails(g, [g.rnd.choice(v.JA_MALE)[1]],
                                                             [g.rnd.choice(v.JA_LAST)[1]],
                                                             ["docomo.ne.jp", "ezweb.ne.jp", "gmail.com"])[0], 0.3)),
        c("KOZA_MEIGI", "person_name", "VARCHAR", [f"{a[1].upper()} {b[1].upper()}" for a, b in names], ROLE),
        c("HAITATSU_IN", "last_name", "VARCHAR", g.col(g.pick(carriers)), STAFF, ROLE),
        c("TOROKU_USER", USERNAME, "VARCHAR", g.col(g.pick(logins)), USER, AUDIT),
        c("KOSHIN_USER", N, "VARCHAR", g.col(g.pick(["BATCH01"])), "decoy", AUDIT, SERVICE),
        c("DENWA_ID", N, "INTEGER", g.keys(10_001, 3), "decoy", MISLEADING),
        c("HANBAITEN", N, "VARCHAR", g.col(g.pick(["ASA KITA24", "ASA KOTONI", "YC HIRAGISHI"])), "decoy"),
        c("SHIMBUN_MEI", N, "VARCHAR", g.col(g.pick(["CHOKAN", "CHOYU_SET", "NIKKEI", "SPORTS"])), "decoy"),
        c("KEIYAKU_BI", N, "INTEGER", g.col(lambda: int(g.day("2020-01-01", "2025-12-15").strftime("%Y%m%d"))),
          "decoy", SHAPE),
        c("GEKKAKU", N, "INTEGER", g.col(g.pick([3_400, 4_400, 4_900])), "decoy"),
        c("SHUKIN_KBN", N, "VARCHAR", g.col(g.pick(["01", "02", "03"])), "decoy"),
        c("BIKO", "free_text", "VARCHAR", g.sparse(lambda: g.rnd.choice([
            f"{g.rnd.choice(v.JA_LAST)[1]} SAMA SHOKAI", f"MUSUKO {g.rnd.choice(v.JA_MALE)[1]} SAN GA SHIHARAI",
            "POST NI IRERU"]), 0.8, ("", "NASHI", "-", "NULL")), NULLWORD),
    ])


# -- a water-server company's subscribers (Japanese) -------------------------------------------------------------------


def ja_water_server(g: Gen) -> Table:
    """Subscribers of a water-server delivery service: full name in kanji, date of birth ``1984年3月12日``, postal
    code, the installation site (a home), city, mobile, a LINE contact number (NULL-heavy), e-mail, a card (Luhn), the
    delivery person by family name (three distinct), models, bottles, delivery centres and their phone (business)."""
    fem = v.sexes(g, 0.6)
    names = [v.ja_person(g, f) for f in fem]
    places = [v.city(g, "JP") for _ in range(g.rows)]
    carriers = sorted({g.rnd.choice(v.JA_LAST)[0] for _ in range(3)})
    return Table("ウォーターサーバー.契約者", "ja", "native", [
        c("契約番号", N, "VARCHAR", g.col(lambda: "WS" + g.digits(8)), "decoy"),
        c("氏名", "person_name", "VARCHAR", [f"{a[0]}{b[0]}" for a, b in names]),
        c("生年月日", "date_of_birth", "VARCHAR", g.col(lambda: _kanji_date(g.birth(1940, 2004)), 0.25)),
        c("郵便番号", "postal_code", "VARCHAR", [v.postal(g, "JP", p[1]) for p in places]),
        c("設置先住所", "street_address", "VARCHAR", g.col(lambda: v.street(g, "ja")), PREMISES),
        c("市区町村", "city", "VARCHAR", [p[0] for p in places]),
        c("携帯番号", "phone", "VARCHAR", g.phones("JP", {"national": 0.8, "digits": 0.2})),
        c("LINE連絡先", "phone", "VARCHAR", g.phones("JP", {"national": 0.5, "e164": 0.5}, 1.0, 0.7), HEAVY),
        c("メールアドレス", "email", "VARCHAR", [v.emails(g, [b[1]], [a[1]], ["icloud.com", "yahoo.co.jp",
                                                                           "softbank.ne.jp"])[0] for a, b in names]),
        c("カード番号", "credit_card", "VARCHAR", g.col(lambda: v.card(g, g.rnd.random() < 0.3), 0.3)),
        c("配送担当", "last_name", "VARCHAR", g.col(g.pick(carriers)), STAFF, ROLE),
        c("機種", N, "VARCHAR", g.col(g.pick(["スリムR", "デュオ", "ネオ"])), "decoy"),
        c("ボトル本数", N, "INTEGER", g.ints(2, 6), "decoy"),
        c("配送センター", N, "VARCHAR", g.col(g.pick(["札幌配送センター", "旭川配送センター"])), "decoy"),
        c("配送センター電話", N, "VARCHAR", g.col(g.pick(["011-555-0123", "0166-55-0456"])), "business"),
        c("次回配送日", N, "DATE", g.days("2025-12-01", "2026-03-31"), "decoy"),
        c("契約日", N, "VARCHAR", g.col(lambda: _kanji_date(g.day("2021-01-01", "2025-11-30"))), "decoy",
          SHAPE),
        c("備考", "free_text", "VARCHAR", g.sparse(lambda: g.rnd.choice([
            f"{g.rnd.choice(v.JA_LAST)[0]}様宅に置き配", f"奥様の{g.rnd.choice(v.JA_FEMALE)[0]}様が対応",
            "階段のみ"]), 0.8, ("", "なし", "-", "NULL")), NULLWORD),
    ])


# -- a housing management company's personal accounts (Russian) --------------------------------------------------------


def ru_housing_accounts(g: Gen) -> Table:
    """Personal accounts at a housing management company: full name with patronymic, date of birth ``12.03.1984``, a
    personal INN (NULL-heavy), the premises (a flat), postcode, city, an SBP phone, e-mail, a co-owner (NULL-heavy),
    the section master (three distinct) and dispatcher by first name, the self-service login and IP, a service
    account, account numbers shaped like identifiers, areas, debts, meter serials, tickets naming people."""
    fem = v.sexes(g, 0.55)
    firsts, lasts = v.people(g, "ru", fem)
    places = [v.city(g, "RU") for _ in range(g.rows)]
    masters = _staff(g, "ru", 3)
    dispatch = sorted({v.given(g, "ru", True) for _ in range(4)})
    pats = {False: ["Сергеевич", "Иванович", "Петрович", "Алексеевич"],
            True: ["Сергеевна", "Ивановна", "Петровна", "Алексеевна"]}
    return Table("управляющая_компания.лицевые_счета", "ru", "snake", [
        c("лицевой_счёт", N, "VARCHAR", g.col(lambda: g.digits(10)), "decoy", SHAPE),
        c("фио", "person_name", "VARCHAR", [f"{b} {a} {g.rnd.choice(pats[f])}" for a, b, f in zip(firsts, lasts,
                                                                                                   fem)]),
        c("дата_рождения", "date_of_birth", "VARCHAR", g.col(lambda: _dmy(g.birth(1935, 2005)), 0.3)),
        c("инн", "national_id", "VARCHAR", g.col(lambda: v.ru_inn(g), 0.8), HEAVY),
        c("помещение", "street_address", "VARCHAR", g.col(lambda: v.street(g, "ru")), PREMISES),
        c("индекс", "postal_code", "VARCHAR", [v.postal(g, "RU", p[1]) for p in places]),
        c("город", "city", "VARCHAR", [p[0] for p in places]),
        c("телефон_сбп", "phone", "VARCHAR", g.phones("RU", {"national": 0.5, "e164": 0.5})),
        c("email", "email", "VARCHAR", g.col(lambda: v.emails(g, [v.translit(v.given(g, "ru"))],
                                                              [v.translit(v.family(g, "ru"))],
                                                              ["mail.ru", "yandex.ru", "rambler.ru"])[0], 0.35)),
        c("собственник_доли", "person_name", "VARCHAR", g.col(lambda: v.whole(g, "ru"), 0.7), HEAVY, ROLE),
        c("мастер_участка", "person_name", "VARCHAR", g.col(g.pick(masters)), STAFF, ROLE),
        c("диспетчер", "first_name", "VARCHAR", g.col(g.pick(dispatch)), STAFF, ROLE),
        c("логин_лк", USERNAME, "VARCHAR", [v.handle(g, v.translit(a), v.translit(b)) if g.rnd.random() < 0.6
                                             else None for a, b in zip(firsts, lasts)], USER, ABBREV),
        c("ip_лк", "ip_address", "VARCHAR", g.col(lambda: _ip(g, 0.2), 0.4), ABBREV),
        c("изменил", N, "VARCHAR", g.col(g.pick(["gis_zhkh_sync", "robot"])), "decoy", AUDIT, SERVICE),
        c("площадь_м2", N, "DECIMAL(6,1)", g.floats(18, 140, 1), "decoy"),
        c("задолженность", N, "DECIMAL(10,2)", g.amounts(0, 95_000), "decoy"),
        c("счётчик_гвс", N, "VARCHAR", g.col(lambda: g.digits(8)), "decoy", SHAPE),
        c("дата_показаний", N, "DATE", g.days("2025-01-20", "2025-12-25"), "decoy"),
        c("тариф", N, "VARCHAR", g.col(g.pick(["одноставочный", "двухзонный"])), "decoy"),
        c("обращение", "free_text", "VARCHAR", g.sparse(lambda: g.rnd.choice([
            f"Сосед {v.whole(g, 'ru')} заливает сверху", f"Доверенность на {v.whole(g, 'ru', True)}",
            "Не работает лифт"]), 0.84, _words("нет", "не указано")), NULLWORD),
    ])


# -- a mobile operator's store contracts (Greek) -----------------------------------------------------------------------


def el_mobile_contracts(g: Gen) -> Table:
    """Contracts at a mobile operator's store: family and given name, AMKA and date of birth (DATE, agreeing),
    address, postcode, city, mobile, e-mail, a direct-debit IBAN (NULL-heavy), the salesperson (three distinct), the
    creating login (audit), IMEIs, devices, plans, activation dates, stores and their phone (business)."""
    fem = v.sexes(g, 0.5)
    firsts, lasts = v.people(g, "el", fem)
    births = g.births(1940, 2006)
    places = [v.city(g, "GR") for _ in range(g.rows)]
    sellers = _staff(g, "el", 3)
    logins = _logins(g, "el", 3, 3)
    latin = ["dimitris", "nikos", "maria", "sofia", "kostas", "zoi"]
    return Table("κινητή.συμβόλαια", "el", "snake", [
        c("αρ_συμβολαίου", N, "VARCHAR", g.col(lambda: "ΣΥΜ-" + g.digits(7)), "decoy"),
        c("επώνυμο", "last_name", "VARCHAR", lasts),
        c("όνομα", "first_name", "VARCHAR", firsts),
        c("αμκα", "national_id", "VARCHAR", [v.gr_amka(g, d) for d in births]),
        c("ημ_γέννησης", "date_of_birth", "DATE", births, ABBREV),
        c("διεύθυνση", "street_address", "VARCHAR", g.col(lambda: v.street(g, "el"))),
        c("τκ", "postal_code", "VARCHAR", [v.postal(g, "GR", p[1]) for p in places], ABBREV),
        c("πόλη", "city", "VARCHAR", [p[0] for p in places]),
        c("κινητό", "phone", "VARCHAR", g.phones("GR", {"national": 0.6, "intl": 0.4})),
        c("email", "email", "VARCHAR", g.col(lambda: v.emails(g, [g.rnd.choice(latin)], [g.rnd.choice(
            ["georgiou", "nikolaou", "vlachos", "alexiou"])], ["gmail.com", "yahoo.gr", "hotmail.gr"])[0], 0.2)),
        c("iban_πάγιας", "iban", "VARCHAR", g.col(lambda: v.iban(g, "GR"), 0.6), HEAVY),
        c("πωλητής", "person_name", "VARCHAR", g.col(g.pick(sellers)), STAFF, ROLE),
        c("δημιουργήθηκε_από", USERNAME, "VARCHAR", g.col(g.pick(logins)), USER, AUDIT),
        c("imei", N, "VARCHAR", g.col(lambda: v.imei(g), 0.3), "decoy", SHAPE),
        c("συσκευή", N, "VARCHAR", g.col(g.pick(["iPhone 15", "Galaxy A55", "Redmi Note 13", "χωρίς συσκευή"])),
          "decoy"),
        c("πρόγραμμα", N, "VARCHAR", g.col(g.pick(["Unlimited 20GB", "Basic 5GB", "Family 40GB"])), "decoy"),
        c("διάρκεια_μήνες", N, "INTEGER", g.col(g.pick([12, 24])), "decoy"),
        c("ημ_ενεργοποίησης", N, "DATE", g.days("2024-01-01", "2025-12-20"), "decoy"),
        c("κατάστημα", N, "VARCHAR", g.col(g.pick(["Κατάστημα Τσιμισκή", "Κατάστημα Καλαμαριάς"])), "decoy"),
        c("τηλ_καταστήματος", N, "VARCHAR", g.col(g.pick(["2310 555 100", "2310 555 220"])), "business"),
        c("σχόλια", "free_text", "VARCHAR", g.sparse(lambda: g.rnd.choice([
            f"Υπογράφει η μητέρα {v.whole(g, 'el', True)}", f"Φορητότητα από {v.whole(g, 'el')}",
            "Ζήτησε eSIM"]), 0.82, _words("κανένα")), NULLWORD),
    ])


# -- a payments platform's payout export with opaque and misleading names (US English) ---------------------------------


def en_payouts_export(g: Gen) -> Table:
    """A payments platform's payout export staged in a warehouse: source-prefixed e-mail and a Zelle phone, opaque
    names for the payee's names and street (``col_a``, ``col_b``, ``col_c``), misleading names holding personal data
    (``meta`` a date of birth ``3/12/1984``, ``remark_2`` free text, ``cd`` the ZIP, ``extra`` a card, ``val2`` an IP,
    ``aux_3`` an SSN, ``label`` the city, ``alt`` a second phone, ``tag`` the payee's handle), role-word names holding
    people (``owner``, ``contact``, ``holder``, ``beneficiary``, ``assignee``, ``reviewer``, ``approver``,
    ``created_by``), integer keys named like personal data, a service account, "City, ST" territories, merchants named
    after their founders, amounts and hashes."""
    firsts, lasts = v.people(g, "us", v.sexes(g, 0.5))
    places = [v.city(g, "US") for _ in range(g.rows)]
    owners = _staff(g, "us", 3)
    assignees = _staff(g, "us", 4)
    reviewers = _staff(g, "us", 2)
    approvers = sorted({v.family(g, "us") for _ in range(3)})
    logins = _logins(g, "us", 5, 1)
    benef = [g.rnd.random() < 0.25 for _ in range(g.rows)]
    return Table("stg.payouts_raw", "en", "snake", [
        c("payout_id", N, "BIGINT", g.keys(5_100_000_001), "decoy"),
        c("batch_ref", N, "VARCHAR", g.col(lambda: "PB" + g.digits(8)), "decoy"),
        c("ssn_key", N, "INTEGER", g.keys(700_001, 5), "decoy", MISLEADING),
        c("payee_name_id", N, "INTEGER", g.col(lambda: g.rnd.randint(1, 250_000)), "decoy", MISLEADING),
        c("email_sk", N, "INTEGER", g.keys(42_001), "decoy", MISLEADING),
        c("src_pp_c02", "email", "VARCHAR", v.emails(g, firsts, lasts, ["gmail.com", "yahoo.com", "aol.com",
                                                                         "icloud.com"]), SOURCE, OPAQUE),
        c("src_pp_c05", "phone", "VARCHAR", g.phones("US", {"e164": 0.5, "national": 0.3, "digits": 0.2}), SOURCE,
          OPAQUE),
        c("col_a", "first_name", "VARCHAR", firsts, OPAQUE),
        c("col_b", "last_name", "VARCHAR", lasts, OPAQUE),
        c("col_c", "street_address", "VARCHAR", g.col(lambda: v.street(g, "us"), 0.1), OPAQUE),
        c("label", "city", "VARCHAR", [p[0] for p in places], MISLEADING),
        c("cd", "postal_code", "VARCHAR", [v.postal(g, "US", p[1]) for p in places], MISLEADING),
        c("meta", "date_of_birth", "VARCHAR", g.col(lambda: _mdy(g.birth(1945, 2005)), 0.2), MISLEADING),
        c("aux_3", "ssn", "VARCHAR", g.col(lambda: v.us_ssn(g), 0.65), MISLEADING, HEAVY),
        c("extra", "credit_card", "VARCHAR", g.col(lambda: v.card(g, g.rnd.random() < 0.4), 0.6), MISLEADING,
          HEAVY),
        c("val2", "ip_address", "VARCHAR", g.col(lambda: _ip(g, 0.4), 0.1), MISLEADING),
        c("alt", "phone", "VARCHAR", g.phones("US", {"national": 0.7, "intl": 0.3}, 0.4, 0.45), MISLEADING),
        c("tag", USERNAME, "VARCHAR", ["@" + v.handle(g, a, b) for a, b in zip(firsts, lasts)], USER, MISLEADING),
        c("remark_2", "free_text", "VARCHAR", g.sparse(lambda: g.rnd.choice([
            f"Payout held, called {v.whole(g, 'us')}", f"{v.given(g, 'us')}'s sister disputes",
            f"Split with {v.whole(g, 'us')}"]), 0.86, _words("none", "unknown")), NULLWORD, MISLEADING),
        c("owner", "person_name", "VARCHAR", g.col(g.pick(owners)), STAFF, ROLE),
        c("contact", "person_name", "VARCHAR", [f"{a} {b}" for a, b in zip(firsts, lasts)], ROLE),
        c("holder", "person_name", "VARCHAR", g.col(lambda: v.whole(g, "us").upper(), 0.45), ROLE),
        c("beneficiary", "person_name", "VARCHAR", [v.whole(g, "us") if b else None for b in benef], ROLE, HEAVY),
        c("assignee", "person_name", "VARCHAR", g.col(g.pick(assignees)), STAFF, ROLE),
        c("reviewer", "person_name", "VARCHAR", g.col(g.pick(reviewers), 0.3), STAFF, ROLE),
        c("approver", "last_name", "VARCHAR", g.col(g.pick(approvers)), STAFF, ROLE),
        c("created_by", USERNAME, "VARCHAR", g.col(g.pick(logins)), USER, AUDIT, ROLE),
        c("updated_by", N, "VARCHAR", g.col(g.pick(["svc_ledger", "payout-worker", "recon_bot"])), "decoy", AUDIT,
          SERVICE),
        c("territory", N, "VARCHAR", g.col(g.pick(["Lexington, KY", "Louisville, KY", "Nashville, TN",
                                                   "Cincinnati, OH"])), "decoy", TERRITORY, SHAPE),
        c("merchant", N, "VARCHAR", g.col(g.pick(["Wendy's", "Papa John's", "Hardee's", "Dillard's", "Kroger"])),
          "decoy", SHAPE),
        c("amount_usd", N, "DECIMAL(10,2)", g.amounts(5, 4_000), "decoy"),
        c("payout_ts", N, "TIMESTAMP", g.moments("2025-01-01", "2025-12-20"), "decoy"),
        c("status_cd", N, "VARCHAR", g.col(g.pick(["PAID", "HELD", "RETURNED", "PENDING"])), "decoy"),
        c("routing_hash", N, "VARCHAR", g.col(g.sha256), "decoy"),
        c("card_bin_check", N, "VARCHAR", g.col(lambda: v.not_luhn(g)), "decoy", SHAPE),
        c("instant_flag", N, "VARCHAR", g.yn("Y", "N", 0.3), "decoy"),
    ])


# -- a parts wholesaler's catalogue, decoys only (Italian) -------------------------------------------------------------


def it_parts_catalogue(g: Gen) -> Table:
    """A car-parts wholesaler's catalogue: part codes, EANs, brands named after founders, suppliers, warehouses,
    "City, Region" sales territories, prices, weights, versions, hashes, warehouse coordinates, timestamps, flags, an
    integer key named like a family name, a service account in the audit column; no personal data."""
    return Table("ricambi.catalogo_articoli", "it", "snake", [
        c("id_articolo", N, "INTEGER", g.keys(900_001), "decoy"),
        c("codice_ricambio", N, "VARCHAR", g.col(lambda: g.code("AA 999 999 99")), "decoy"),
        c("ean", N, "VARCHAR", g.col(lambda: "80" + g.digits(11)), "decoy"),
        c("marca", N, "VARCHAR", g.col(g.pick(["Bosch", "Brembo", "Pirelli", "Magneti Marelli", "Ferrari"])),
          "decoy", SHAPE),
        c("fornitore", N, "VARCHAR", g.col(g.pick(["F.lli Bonetti S.r.l.", "Autoricambi Zanella S.p.A.",
                                                   "Dal Bianco Group"])), "decoy"),
        c("magazzino", N, "VARCHAR", g.col(g.pick(["Magazzino Verona Quadrante Europa", "Deposito Vicenza Est"])),
          "decoy"),
        c("territorio", N, "VARCHAR", g.col(g.pick(["Verona, Veneto", "Trento, Trentino-Alto Adige",
                                                    "Brescia, Lombardia", "Padova, Veneto"])), "decoy", TERRITORY,
          SHAPE),
        c("citta_fornitore", N, "VARCHAR", g.col(g.pick(["Torino", "Modena", "Bergamo"])), "decoy", SHAPE),
        c("prezzo_listino", N, "DECIMAL(9,2)", g.amounts(1, 900), "decoy"),
        c("peso_kg", N, "DECIMAL(8,3)", g.floats(0.01, 40, 3), "decoy"),
        c("categoria", N, "VARCHAR", g.col(g.pick(["FRENI", "FILTRI", "SOSP", "ELETTR"])), "decoy"),
        c("versione_scheda", N, "VARCHAR", g.col(g.version), "decoy"),
        c("hash_scheda", N, "VARCHAR", g.col(g.sha256), "decoy"),
        c("lat_magazzino", N, "DOUBLE", g.floats(45.39, 45.42, 6), "decoy"),
        c("lon_magazzino", N, "DOUBLE", g.floats(10.90, 10.95, 6), "decoy"),
        c("data_inserimento", N, "TIMESTAMP", g.moments("2016-01-01", "2025-11-30"), "decoy"),
        c("fine_validita", N, "DATE", g.days("2026-01-01", "2029-12-31"), "decoy"),
        c("attivo", N, "VARCHAR", g.yn("S", "N", 0.9), "decoy"),
        c("cognome_id", N, "INTEGER", g.keys(3_001), "decoy", MISLEADING),
        c("inserito_da", N, "VARCHAR", g.col(g.pick(["etl_as400", "svc_pim"])), "decoy", AUDIT, SERVICE),
    ])


#: table -> more ordinary decoy columns of its system (name, SQL type, shape), appended after the builder's own
EXTRAS: dict[str, list[tuple[str, str, str]]] = {
    "pestcontrol.callouts": [("visit_no", "INTEGER", "int:1:4"), ("priority_cd", "VARCHAR", "enum:P1|P2|P3"),
        ("contract_type", "VARCHAR", "enum:ONE_OFF|QUARTERLY|ANNUAL"), ("bait_boxes", "INTEGER", "int:0:12"), ("risk_rating", "VARCHAR", "enum:LOW|MED|HIGH"), ("van_no", "VARCHAR", "code:VAN-99"), ("duration_min", "INTEGER", "int:20:180"), ("vat_rate", "VARCHAR", "enum:20|0"), ("closed_at", "TIMESTAMP", "ts")],
    "heizoel.Lieferungen": [("Zahlart", "VARCHAR", "enum:Rechnung|Lastschrift|Raten"), ("TourNr", "VARCHAR",
                                                                                         "code:T-999"),
        ("Tankgroesse", "INTEGER", "int:1500:10000"), ("Rabattcode", "VARCHAR", "enum:TREUE|FRUEH|KEIN"), ("Zaehlerstand", "INTEGER", "int:1000:99000"), ("MwSt", "VARCHAR", "enum:19|7"), ("Erstellt", "TIMESTAMP", "ts"), ("Rechnungsnr", "VARCHAR", "code:RE-999999"), ("Sammelbestellung", "VARCHAR", "enum:J|N")],
    "mairie.demandes_actes": [("nb_exemplaires", "INTEGER", "int:1:3"), ("cree_le", "TIMESTAMP", "ts"),
        ("canal", "VARCHAR", "enum:internet|guichet|courrier"), ("annee_acte", "INTEGER", "int:1950:2024"), ("num_registre", "VARCHAR", "code:R99-999"), ("delai_jours", "INTEGER", "int:1:30"), ("priorite", "VARCHAR", "enum:normale|urgente"), ("lot_envoi", "VARCHAR", "code:L9999"), ("maj_le", "TIMESTAMP", "ts")],
    "transporte.solicitudesAbono": [("canal", "VARCHAR", "enum:web|oficina|app"), ("versionApp", "VARCHAR", "ver"),
        ("numLote", "VARCHAR", "code:L-9999"), ("tipoSoporte", "VARCHAR", "enum:tarjeta|movil"), ("diasValidez", "INTEGER", "int:30:365"), ("descuentoPct", "DECIMAL(5,2)", "float:0:50"), ("modificadoEn", "TIMESTAMP", "ts"), ("lineaHabitual", "VARCHAR", "code:L99"), ("pagado", "VARCHAR", "enum:S|N")],
    "broker_assicurativo.polizze_rca": [("massimale", "INTEGER", "int:6:20"), ("uso", "VARCHAR",
                                                                                "enum:privato|promiscuo"),
        ("garanzie_accessorie", "VARCHAR", "enum:furto|cristalli|assistenza|nessuna"), ("cilindrata", "INTEGER", "int:900:3000"), ("alimentazione", "VARCHAR", "enum:benzina|diesel|ibrida|GPL"), ("kw", "INTEGER", "int:50:250"), ("provvigione_pct", "DECIMAL(5,2)", "float:5:15"), ("stato_polizza", "VARCHAR", "enum:attiva|sospesa|disdetta"), ("creato_il", "TIMESTAMP", "ts")],
    "gas_garrafa.entregas": [("rota", "VARCHAR", "code:R99"), ("metodo_pagamento", "VARCHAR",
                                                             "enum:MBWAY|numerario|multibanco"),
        ("viatura", "VARCHAR", "code:99-AA-99"), ("garrafas_recolhidas", "INTEGER", "int:0:4"), ("iva_pct", "VARCHAR", "enum:6|23"), ("fatura", "VARCHAR", "code:FT 2025/9999"), ("janela", "VARCHAR", "enum:manha|tarde"), ("criado_em", "TIMESTAMP", "ts"), ("versao_app", "VARCHAR", "ver")],
    "gemeente.subsidieAanvragen": [("regeling", "VARCHAR", "enum:ISDE|lokaal|SVVE"), ("ontvangen", "TIMESTAMP",
                                                                                       "ts"),
        ("oppervlakteM2", "INTEGER", "int:10:140"), ("rdWaarde", "DECIMAL(4,2)", "float:2:6"), ("kostenOfferte", "DECIMAL(9,2)", "amount:800:15000"), ("wijk", "VARCHAR", "enum:Woensel|Strijp|Gestel|Tongelre"), ("termijnDagen", "INTEGER", "int:14:56"), ("bijlagen", "INTEGER", "int:0:6"), ("dossierVersie", "VARCHAR", "ver")],
    "komornik.dluznicy": [("rodzaj_egzekucji", "VARCHAR", "enum:KM|KMP|GKM"), ("koszty", "DECIMAL(9,2)",
                                                                                "amount:50:5000"),
        ("tytul_wykonawczy", "VARCHAR", "enum:nakaz zapłaty|wyrok|akt notarialny"), ("odsetki", "DECIMAL(9,2)", "amount:0:20000"), ("liczba_zajec", "INTEGER", "int:0:6"), ("priorytet", "VARCHAR", "enum:niski|średni|wysoki"), ("utworzono", "TIMESTAMP", "ts"), ("nr_rachunku_kancelarii_hash", "VARCHAR", "hash"), ("oplata_pct", "DECIMAL(5,2)", "float:5:10")],
    "BESIKTNING.BOKNINGAR": [("BANA", "INTEGER", "int:1:4"), ("BETALSATT", "VARCHAR", "enum:SWISH|KORT|FAKTURA"),
        ("FORDONSSLAG", "VARCHAR", "enum:PB|LB|MC|SLAP"), ("DRIVMEDEL", "VARCHAR", "enum:BENSIN|DIESEL|EL|HYBRID"), ("EFTERKONTROLL", "VARCHAR", "enum:J|N"), ("KANAL", "VARCHAR", "enum:WEB|APP|TEL"), ("MOMS", "DECIMAL(7,2)", "float:79:119"), ("SKAPAD", "TIMESTAMP", "ts"), ("KVITTO_NR", "VARCHAR", "code:KV99999999")],
    "pensionskasse.medlemmer": [("skattekode", "VARCHAR", "enum:A|B|C"), ("opdateret", "TIMESTAMP", "ts"),
        ("afkast_pct", "DECIMAL(5,2)", "float:-5:14"), ("omkostninger_aop", "DECIMAL(4,2)", "float:0.3:1.2"), ("daekning", "VARCHAR", "enum:basis|udvidet|ingen"), ("overfoert_fra", "VARCHAR", "enum:PFA|Velliv|AP Pension|ingen"), ("medlemsgruppe", "VARCHAR", "code:G99"), ("aarsopgoerelse", "VARCHAR", "code:AO-2025-99999"), ("digital_post", "VARCHAR", "enum:J|N")],
    "stavebni_sporeni.smlouvy": [("mesicni_vklad", "INTEGER", "int:300:5000"), ("stav", "VARCHAR",
                                                                               "enum:aktivni|ukoncena|uver"),
        ("poplatek_vedeni", "INTEGER", "int:0:400"), ("kanal", "VARCHAR", "enum:pobocka|online|poradce"), ("splatnost_uveru", "INTEGER", "int:0:30"), ("zustatek", "DECIMAL(11,2)", "amount:0:900000"), ("akce", "VARCHAR", "enum:BONUS25|ZADNA|JARO"), ("zmeneno", "TIMESTAMP", "ts"), ("verze_formulare", "VARCHAR", "ver")],
    "kargo_iade.IadeTalepleri": [("KargoFirmasi", "VARCHAR", "enum:Yurtici|Aras|MNG|PTT"), ("Durum", "VARCHAR",
                                                                                          "enum:ACIK|KAPALI"),
        ("KargoUcreti", "DECIMAL(7,2)", "amount:0:180"), ("Kategori", "VARCHAR", "enum:Elektronik|Beyaz Esya|Giyim|Ev"), ("SaticiKodu", "VARCHAR", "code:S99999"), ("GuncellemeTarihi", "TIMESTAMP", "ts"), ("Kanal", "VARCHAR", "enum:Web|Mobil"), ("IadeAdedi", "INTEGER", "int:1:3"), ("Oncelik", "VARCHAR", "enum:NORMAL|ACIL")],
    "SHINBUN.KODOKUSHA_DAICHO": [("BUSU", "INTEGER", "int:1:2"), ("KOSHIN_NICHIJI", "TIMESTAMP", "ts"),
        ("KUBARI_KU", "VARCHAR", "code:K99"), ("KEIHIN_CD", "VARCHAR", "enum:BEER|DETERGENT|NONE"), ("CHUSHI_FLG", "VARCHAR", "enum:0|1"), ("SEIKYU_GAKU", "INTEGER", "int:0:30000"), ("JUNRO", "INTEGER", "int:1:400"), ("KEIYAKU_KIKAN", "INTEGER", "int:3:24"), ("SHUKIN_BI", "INTEGER", "int:1:28")],
    "ウォーターサーバー.契約者": [("支払方法", "VARCHAR", "enum:カード|口座振替"), ("作成日時", "TIMESTAMP", "ts"),
        ("プラン", "VARCHAR", "enum:定期|スポット"), ("水の種類", "VARCHAR", "enum:天然水|RO水"), ("月額", "INTEGER", "int:2000:6000"), ("解約フラグ", "VARCHAR", "enum:0|1"), ("サーバー製造番号", "VARCHAR", "code:SV99999999"), ("キャンペーン", "VARCHAR", "enum:なし|乗換|紹介"), ("更新日時", "TIMESTAMP", "ts")],
    "управляющая_компания.лицевые_счета": [("кол_проживающих", "INTEGER", "int:1:6"), ("код_дома", "VARCHAR",
                                                                                        "code:D-9999"),
        ("этаж", "INTEGER", "int:1:16"), ("подъезд", "INTEGER", "int:1:8"), ("пени", "DECIMAL(9,2)", "amount:0:5000"), ("статус_счёта", "VARCHAR", "enum:открыт|закрыт|архив"), ("способ_оплаты", "VARCHAR", "enum:СБП|касса|банк"), ("обновлено", "TIMESTAMP", "ts"), ("версия_выгрузки", "VARCHAR", "ver")],
    "κινητή.συμβόλαια": [("κανάλι", "VARCHAR", "enum:κατάστημα|web|τηλεφωνικό"), ("έκπτωση", "DECIMAL(5,2)",
                                                                                  "float:0:30"),
        ("πάγιο", "DECIMAL(6,2)", "float:9:60"), ("sim_τύπος", "VARCHAR", "enum:nano|eSIM"), ("προσφορά", "VARCHAR", "code:ΠΡ-99"), ("δόσεις", "INTEGER", "int:0:24"), ("κατάσταση", "VARCHAR", "enum:ενεργό|σε αναμονή|λυμένο"), ("καταχωρήθηκε", "TIMESTAMP", "ts"), ("έκδοση_συστήματος", "VARCHAR", "ver")],
    "stg.payouts_raw": [("load_ts", "TIMESTAMP", "ts"), ("batch_uuid", "VARCHAR", "uuid"),
        ("fee_usd", "DECIMAL(8,2)", "amount:0:30"), ("rail", "VARCHAR", "enum:ACH|RTP|CARD|WIRE"), ("retry_count", "INTEGER", "int:0:3"), ("risk_score", "INTEGER", "int:0:100"), ("src_system", "VARCHAR", "enum:pp_core|legacy_ach"), ("row_hash", "VARCHAR", "hash"), ("sync_version", "VARCHAR", "ver")],
    "ricambi.catalogo_articoli": [("pezzi_confezione", "INTEGER", "int:1:24"), ("iva", "VARCHAR", "enum:22|10")],
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
    (en_pest_control, 620), (de_heating_oil, 430), (fr_civil_status, 540), (es_transport_pass, 980),
    (it_motor_policies, 700), (pt_bottled_gas, 360), (nl_insulation_grants, 480), (pl_bailiff, 260),
    (sv_inspection, 1_300), (da_pension, 390), (cs_building_savings, 300), (tr_returns, 820),
    (ja_latn_newspaper, 1_500), (ja_water_server, 450), (ru_housing_accounts, 1_100), (el_mobile_contracts, 240),
    (en_payouts_export, 1_800), (it_parts_catalogue, 560),
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
