"""Held-out set v63 for the column classifier: 15 tables of *spreadsheet and CSV imports landed in a data lake*, one
system per table and each a different organisation, nine with English column names (Canada, Ireland, England, New
Zealand, Australia, the United States and Wales) and six in German, French, Spanish, Dutch, Italian and Polish, with
the column names spreadsheet headers and form tools make: headers with spaces, punctuation, units and format hints,
questions as headers, pandas' ``Unnamed: 25``, a connector's ``column_28`` and ``field12``, Excel's ``Spalte1``,
``Column1``, ``Colonna1`` and ``KOLUMNA1``, spreadsheet letters, flattened two-row headers, a loader's abbreviations
(``cust_fnm``, ``ctc_ph``, ``addr_ln1``), a source prefix (``src_crm_col17``) and opaque custom fields (``udf_03``,
``misc_1``, ``VrijVeld2``, ``POLE_DOD_2``), in snake, camel, Pascal and SCREAMING case:

* ``gforms_raw.hospice_5k_form_responses``: a Hamilton (Ontario) hospice's fun-run registrations, the Google Form's
  responses sheet with the questions as column names (``Phone # (mobile)``, ``Date of Birth (DD/MM/YYYY)``, ``Are
  you running in memory or in honour of someone? If so, who?``, ``Signature (type your full name)``, ``Bib #``);
* ``typeform_raw.foster_volunteer_applications``: a Cork dog rescue's foster and volunteer applications from a
  Typeform export (the response token under ``#``, a question with a ``{{field:…}}`` recall, ``Where do you live?
  (Eircode is fine!)``, a landlord's name and number in one answer, two referees, an Instagram handle, ``Network
  ID``, the rescue's own home-check columns);
* ``sheets_landing.sales_leads_q3``: a Leeds office-furniture reseller's sales team lead sheet (the prospects'
  companies, addresses, switchboards, VAT numbers and geocodes beside the contact person's direct line, mobile and
  e-mail, LinkedIn profiles, the reps, ``Unnamed: 25`` holding second numbers and ``Unnamed: 26`` a few totals);
* ``teacher_uploads.yr7_8_class_lists``: a Christchurch intermediate school's Year 7 and 8 class lists pasted into
  one sheet with merged headers flattened (``Student_Name_First``, ``Caregiver 1_Mobile``, ``Home
  Address_Suburb``, ``Custody_Access notes``) and ``column_27``/``column_28``;
* ``landlord_xls.tenant_register``: a Melbourne family's register of tenancies of its 38 rental units (``Tenant
  1``, ``Driver Lic #``, ``Prev. Address``, ``Rent ($/wk)``, ``RTBA Bond #``, an emergency contact as a name and a
  number, key and garage-remote codes, Excel's ``Column1``);
* ``crm_csv.contacts_export_20250914``: a Portland (Maine) boat dealer's CRM contacts export renamed by a home-made
  loader (``cust_fnm``, ``spouse_fnm``, ``ctc_ph2``, ``addr_zip`` with leading zeros lost, ``udf_03`` the SSN of
  financing applicants, ``udf_07`` their birth date, ``src_crm_col17`` a name, a phone or an e-mail, boats named
  after people, hull numbers, a deposit card's last four digits);
* ``shop_csv.etsy_sold_orders_2025``: a Pembrokeshire knitwear maker's sold-orders CSV from an Etsy-style
  marketplace (``Full Name``, ``Street 1``, ``Ship Zipcode`` of buyers in four countries, ``Buyer`` usernames, a
  ``Personalisation``, items named after women, Royal Mail S10 tracking numbers);
* ``pandas_dump.camp_registrations_2025``: an Austin church's summer day-camp workbook read without its header row,
  its columns named ``A`` to ``AB`` (campers, parents, the people allowed to pick up, the pediatrician and the
  practice's phone, a card number typed in clear with its expiry and security code, counselors);
* ``surveymonkey_raw.choir_member_survey_2025``: a Tucson community choir's member survey in a SurveyMonkey-style
  export (``Respondent ID``, ``IP Address``, ``Custom Data 1``, ``Please share your contact details ... - City/Town``,
  ``... - Other (please specify)``, ``... - Open-Ended Response``);
* ``vereinsfest.helferliste_2025``: a Freiburg neighbourhood association's festival helper list (German: ``E-Mail
  Adresse``, ``Handy-Nr.``, ``Geb.-Datum (TT.MM.JJJJ)``, ``Straße + Hausnr.``, ``IBAN (für
  Aufwandsentschädigung)``, ``Kontoinhaber (falls abweichend)``, ``Spalte1`` and ``Spalte2``);
* ``gforms_import.inscriptions_sejour_ski_2026``: a Lille youth and culture centre's ski-trip Google Form (French:
  ``N° de sécurité sociale auquel l'enfant est rattaché``, ``Personne à prévenir en cas d'urgence (nom et
  téléphone)``, ``Autorisation parentale (tapez votre nom en guise de signature)``, ``Quotient familial CAF``);
* ``hojas_inscripcion.torneoPadelOtono``: a Valladolid padel club's tournament sign-up sheet camel-cased by the
  loader (Spanish: ``nombreApellidos``, ``dniNie``, ``fechaNac``, ``parejaNombre``, ``field12``, ``field13``,
  ``ibanDevolucion``, ``tutorNombre``, ``licenciaFederativa``);
* ``webshop_export.KlantenExport``: an Amersfoort bicycle shop's customer export (Dutch, Pascal case:
  ``Tussenvoegsel``, ``Huisnummer``, ``Toevoeging``, lease customers' ``Geboortedatum`` and ``IBAN``, frame numbers,
  business customers' ``KvKNummer`` and ``BtwNummer``, ``VrijVeld1``/``VrijVeld2``);
* ``grest_parrocchia.iscrizioni_grest_2025``: a Padua parish's summer-camp (Grest) registration sheet (Italian:
  ``Cognome e Nome``, ``Codice Fiscale``, ``Luogo di nascita``, ``Cell. mamma``, ``Cell. papà``, ``CF genitore (per
  detrazione)``, ``Delega ritiro (nomi)``, ``IBAN per rimborso``, ``Colonna1``);
* ``import_csv.ZAPISY_KURSY_JESIEN_2025``: a Wrocław language school's autumn course sign-ups imported from a CSV
  (Polish, SCREAMING case: ``IMIE``, ``NAZWISKO``, ``PESEL``, ``DATA_UR``, ``TEL_KOM``, ``KOD_POCZTOWY``, ``LEKTOR``,
  companies' ``NIP``, ``OPIEKUN_PRAWNY``, ``KOLUMNA1``, ``POLE_DOD_1``/``POLE_DOD_2``).

Written **blind**, like v2 to v59: by someone who has read neither the classifier (``governance_dagster/detect/``) nor
its rules, documentation, tests, changelog, history or notes, only the list of kind names
(``governance_dagster/kinds.py``), how the scorer registers a set (``heldout_v2_accuracy.py``, read to register
v63, never run), the *structure* and labeling conventions of v27 (``heldout_v27.py``, ``heldout_v27_values.py``, its
test, ``tests/heldout_support.py``, and the parts of ``heldout_v4.py`` v27 imports), the ``Column``/``Table`` classes
and writer of ``heldout_v2.py``, the module docstrings of v24 to v59 (to avoid their domains and follow their
labeling conventions), the ruff section of ``pyproject.toml`` and the sources of python-stdnum and phonenumbers. The
classifier was not run on this set while it was written, no scorer was run on it, and no score of any set was looked
at: nothing here was adjusted to what the classifier does. It was written under a short deadline (about an hour, the
tests and lint included), so some labels below are quick decisions rather than settled conventions. It imports no
earlier set's value module: its random source, name lists, streets, towns, postal codes, phone plans and identifier
builders are its own (:mod:`benchmarks.classification.heldout_v63_values`; the generic ``Gen`` helpers were copied
from v27's).

What is new against v2 to v59: the spreadsheet itself as the source. Earlier sets had exports with spaced headers
(v51's Shopify ``Billing Name``, v54's Eventbrite and lead-scanner headers), a Typeform export synced by a connector
(v38), Qualtrics ``Q1`` to ``Q20`` (v54), a flat file's ``F1`` to ``F40`` and Access's ``Field1`` (v58); here every
table is a sheet or a CSV as people keep it and a lake lands it:

* column names made by people and tools (tags ``question_header``, ``unit_header``, ``merged_header``,
  ``auto_named``): whole questions, units and format hints (``Rent ($/wk)``, ``Est. Deal Value (£)``,
  ``Geb.-Datum (TT.MM.JJJJ)``), two-row headers flattened with ``_`` or `` - ``, and names a tool made up (pandas'
  ``Unnamed: N`` and a connector's ``column_N`` at their own positions, ``field12``, ``Spalte2``, letters ``A`` to
  ``AB``); personal data under several of them (``Unnamed: 25``, ``column_28``, ``field12``: phones; ``Spalte2``:
  work e-mails; the camp's letters), mostly empty ones beside them (tag ``mostly_empty``: ``Unnamed: 26``,
  ``column_27``, ``field13``, ``Spalte1``, ``Column1``, ``Colonna1``, ``KOLUMNA1``, ``none``);
* values as typed (tags ``typed_date``, ``mixed_format``, ``placeholder``): dates of birth as text in two to five
  formats in one column (``dd/mm/yyyy``, ``d/m/yy``,
  ``yyyy-mm-dd``, ``d Mon yyyy``, ``dd.mm.yyyy``), phones of twelve countries
  in national, international, E.164, ``00``, digits-only, dashed, dotted, slashed (``0171/2345678``), ``+44 (0)`` and
  ``1-905-`` forms, some with stray spaces; names in upper or lower case; e-mail addresses capitalised; postal codes
  without their space or in lower case, ZIP codes without their leading zero; ``n/a``, ``-``, ``?``, ``nil``,
  ``nan``, ``keine``, ``brak``, ``none@none.com``;
* names typed as signatures (tag ``typed_signature``): ``Signature (type your full name)``, ``Autorisation
  parentale (tapez votre nom en guise de signature)``;
* opaque and prefixed fields (tags ``opaque``, ``source_prefix``): ``udf_03`` (SSN), ``udf_07`` (date of birth as
  text), ``udf_04`` and ``misc_1`` (``none``), ``src_crm_col17`` (``free_text``, tag ``mixed_kinds``),
  ``src_crm_col18`` (``none``), ``Custom Data 1`` (a voice section: ``none``), ``VrijVeld1`` (a lock's key number:
  ``none``) and ``VrijVeld2`` (a second e-mail), ``POLE_DOD_1`` (``none``) and ``POLE_DOD_2`` (a second phone);
* lake-loader columns (tag ``lake_meta``, ``none``): ``_source_file``, ``_loaded_at``, ``_row_md5``;
* decoys with check digits (tag ``check_digit``, all ``none``): British VAT numbers of the prospects, Dutch btw
  numbers of business customers, Polish NIP of companies paying for courses, Royal Mail S10 tracking numbers; other
  decoys (tag ``decoy``; ``value_shape`` when shaped like an identifier): lead, bib, order, respondent, registration
  and member numbers, SKUs, hull identification numbers, frame numbers, bond lodgement numbers, PO numbers,
  federation licences, Typeform tokens and network ids, MD5 row hashes, a form version, product, boat, team and
  group names (tag ``product_name``), the prospects' coordinates (tag ``coordinates``);
* identifiers with check digits (python-stdnum): the US SSN, the French NIR (``ssn``, compact and spaced), the
  Spanish DNI and NIE, the Polish PESEL (encoding the row's birth date and sex) and the codice fiscale (encoding the
  child's name, birth date, sex and birthplace) (``national_id``), IBANs of Germany, Spain, the Netherlands and Italy,
  a card number in clear (Luhn); Victorian driver licences by their shape; IPv4 and IPv6.

Labeling choices a reader may question:

* an answer that holds a name and a phone in one cell (``Emergency Contact``, ``Personne à prévenir ...``, the
  landlord's name and number) and ``src_crm_col17`` (a name, a phone or an e-mail by row) are ``free_text`` (tag
  ``mixed_kinds``); ``Where do you live? (Eircode is fine!)`` is ``street_address``, though about one answer in five
  is an Eircode alone and some a street and town without a code;
* answers naming people are ``free_text`` (``Are you running in memory or in honour of someone?``, notes, custody
  notes, the Grest's ``Delega ritiro (nomi)`` with relations, ``Personalisation`` with children's names); answers
  naming no one are ``none`` even when they are health data (``Do you have any medical conditions ...``,
  ``Medical_Condition``, allergies, the camp's medication column), as no kind fits them;
* the camp's ``N`` (the people allowed to pick the child up, two or three full names in a cell) is ``person_name``
  (tag ``multi_value``); its ``Q`` (the pediatrician, ``Dr.`` and a family name) is ``person_name``; the
  practice's phone (``R``) is ``none`` (tag ``business``);
* a card's expiry (``W``) and its security code (``X``) are ``none`` (``X`` tag ``credential``, like key numbers,
  garage-remote codes and a lock's key number); ``deposit_card_last4`` is ``none`` (tag ``partial``);
* a prospect's direct line and mobile are ``phone``, the company's switchboard, address, town, postcode, VAT number
  and geocode ``none`` (tag ``business``); the contact's work e-mail is ``email``; a LinkedIn profile URL
  (``linkedin.com/in/…``) is ``unclassified`` (tag ``username``) like the Instagram handle and the marketplace's
  ``Buyer`` username;
* the rented unit (``Property``, ``Suburb``, ``P/Code``) is the tenants' home: ``street_address``, ``city``,
  ``postal_code`` (tag ``premises``); a tenant's employer is ``none``;
* a Victorian driver licence number (``Driver Lic #``) is ``national_id``; the French NIR is ``ssn`` (kinds.py puts
  every country's social-security number there), even though it is the parent's number the child is covered under;
  the family quotient and a federation licence are ``none``;
* ``Tussenvoegsel`` (``van der``, mostly empty) is ``last_name``; ``Huisnummer`` and ``Toevoeging`` are parts of the
  street line: ``street_address``; ``Student_Name_Preferred`` (a nickname or another given name) is ``first_name``;
* staff are ``person_name`` when a full name or a title and family name is kept (``Teacher``: a title and a family name,
  ``contact_owner``, ``LEKTOR``), ``first_name`` when a first name alone (``Checked in by``, ``Owner``, ``AB``,
  ``Eingetragen von``, ``Animateur référent``, ``inscritoPor``, ``Animatore``) (tag ``staff``);
* suburbs (``Home Address_Suburb``), towns and a birthplace (``Luogo di nascita``) are ``city``; counties, states,
  ``Ship State`` and ``addr_st`` are ``none``; a team named after a person (``Team Gord``) and products named after
  women (``The Megan Cardigan``) are ``none`` (tag ``product_name``).

Labeling rules otherwise as v27 (see :mod:`benchmarks.classification.heldout_v27`): a business's address, phone,
postal code and city are ``none`` (tag ``business``); a login is ``unclassified`` (tag ``username``).
``null_heavy`` means 50-95% NULL, ``nullword_heavy`` 70-95% NULL words or blanks, ``mostly_empty`` a non-personal
column that is mostly blank.

Every value is generated here from :data:`SEED` (one ``random.Random`` per table, named after its builder) with
python-stdnum for check digits, phonenumbers for phone validity and formats, and the lists of names, streets, towns
and postal codes of :mod:`benchmarks.classification.heldout_v63_values`, written for v63 (no Faker, no list of real
people, no breach data). Build: ``python -m benchmarks.classification.heldout_v63 [PATH]`` (default
``/tmp/heldout_v63.duckdb``). Score: ``python -m benchmarks.classification.heldout_v2_accuracy --set v63``.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path

from benchmarks.classification import heldout_v4
from benchmarks.classification import heldout_v63_values as v
from benchmarks.classification.heldout_v2 import Column, Table
from benchmarks.classification.heldout_v63_values import NULLISH, SEED, USERNAME, Gen, N, c

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

DEFAULT_PATH = Path("/tmp/heldout_v63.duckdb")

NULLWORD = "nullword_heavy"  # 70-95% NULL-like strings, placeholders and empty strings (few real NULLs)
HEAVY = "null_heavy"  # 50-95% NULL
EMPTY = "mostly_empty"  # a non-personal column that is mostly NULL or blank (an unused sheet column): none
SHAPE = "value_shape"
MISLEADING = "misleading"
STAFF = "staff"  # staff or volunteers of the organisation, few distinct
ROLE = "role_word"
ABBREV = "abbrev"
USER = "username"
KEY = "join_key"  # a record number of the organisation or the tool (none)
PREMISES = "premises"  # a person's home named as a property, a unit or a rental
MULTI = "multi_value"  # several names in one cell
PLACEHOLDER = "placeholder"  # a personal column some of whose cells are placeholders (none@none.com, 000 000 0000)
PARTIAL = "partial"  # the last four digits of a card: none
CREDENTIAL = "credential"  # a key number, a gate or alarm code, a card's security code: none
MIXED = "mixed_kinds"  # a name, a phone or an e-mail by row, or a name and a phone in one cell: free_text
OPAQUE = "opaque"  # a custom or opaque field name (misc_1, udf_03, attr7, VrijVeld1, POLE_DOD_2)
PREFIX = "source_prefix"  # a loader's source prefix (src_crm_col17)
CHECK = "check_digit"  # a business's or a parcel's number with a check digit (none)
COORD = "coordinates"
PRODUCT = "product_name"  # a product, a boat or a team under a name-like header (none)
QUESTION = "question_header"  # a form question as the column name
UNIT = "unit_header"  # a header with units, punctuation or a format hint ('Rent ($/wk)', 'Phone # (mobile)')
AUTO = "auto_named"  # a name a tool made up: 'Unnamed: 23', 'column_27', 'field12', 'Spalte1', 'C'
MERGED = "merged_header"  # a two-row header flattened ('Caregiver 1_Mobile', 'Contact information - City/Town')
TYPED_DATE = "typed_date"  # a date typed as text, several formats in one column
MIXED_FMT = "mixed_format"  # phones typed in many formats in one column
SIGNATURE = "typed_signature"  # a name typed as a signature
LAKE = "lake_meta"  # a column the data-lake loader added (file, load time, row hash): none


def _words(*extra: str) -> tuple[str, ...]:
    return ("", "-", "n/a", "N/A", "?", "none", "x") + extra


def _staff(g: Gen, n: int, make: Callable[[Gen], str]) -> list[str]:
    out: set[str] = set()
    while len(out) < n:
        out.add(make(g))
    return sorted(out)


def _dirty(g: Gen, values: list, share: float, placeholders: list[str]) -> list:
    """``values`` with ``share`` of the non-NULL cells replaced by a placeholder or a NULL word of the set."""
    return [g.rnd.choice(placeholders) if x is not None and g.rnd.random() < share else x for x in values]


def _blank(g: Gen, values: list, share: float, words: tuple[str, ...]) -> list:
    """``values`` with ``share`` of the cells (NULL or not) replaced by a NULL word."""
    return [g.rnd.choice(words) if g.rnd.random() < share else x for x in values]


def _lake(g: Gen, path: str, lo: str, hi: str) -> list[Column]:
    """The columns a data-lake loader adds to every landed file: the source file, the load time, a row hash."""
    loads = sorted(g.moment(lo, hi) for _ in range(4))
    pick = [g.rnd.randrange(len(loads)) for _ in range(g.rows)]
    return [
        c("_source_file", N, "VARCHAR", [f"{path}/load_{loads[i]:%Y%m%d}.csv" for i in pick], "decoy", LAKE),
        c("_loaded_at", N, "TIMESTAMP", [loads[i] for i in pick], "decoy", LAKE),
        c("_row_md5", N, "VARCHAR", g.col(lambda: v.md5(g)), "decoy", LAKE, SHAPE),
    ]


def _mixed_contact(g: Gen, lang: str, region: str, domains: list[str]) -> str:
    """A name, a phone or an e-mail address, by row (free_text, tag ``mixed_kinds``)."""
    roll = g.rnd.random()
    if roll < 0.4:
        return v.whole(g, lang)
    if roll < 0.75:
        return g.phone(region, g.rnd.choice(["national", "intl", "digits"]))
    return v.email(g, lang, domains)


def _name_and_phone(g: Gen, lang: str, region: str, relations: list[str]) -> str:
    """A name (sometimes with a relation) and a phone in one cell, as people fill an emergency-contact box."""
    name = g.rnd.choice([v.given(g, lang), v.whole(g, lang)])
    rel = g.rnd.choice(relations)
    phone = g.phone(region, g.rnd.choice(["national", "digits", "intl"]))
    return g.rnd.choice([f"{name} ({rel}) {phone}", f"{name} - {phone}", f"{rel} {name} {phone}", f"{name}, {phone}"])


# -- English: form tools -----------------------------------------------------------------------------------------------


def ca_fun_run(g: Gen) -> Table:
    """A Hamilton (Ontario) hospice's 5K fun run registrations: the Google Form's responses sheet landed as is, the
    questions as column names; dates of birth typed in four formats, phones in six, postal codes in any case, a
    waiver signature typed as a name, a parent for minors (mostly NULL), the bib the organisers added."""
    rows = []
    for _ in range(g.rows):
        female = g.rnd.random() < 0.55
        a, b = v.person(g, "ca", female)
        town = g.rnd.choice(v.CA_TOWNS)
        rows.append((a, b, g.birth(1948, 2016), town))
    volunteers = _staff(g, 5, lambda x: v.given(x, "ca"))

    def memory() -> str:
        return g.rnd.choice(
            [
                f"In memory of {v.whole(g, 'ca')}",
                f"For my mom {v.given(g, 'ca')}",
                f"In honour of {v.whole(g, 'ca')} who was cared for at the hospice",
                f"Running for Nana ({v.given(g, 'ca')})",
                "My uncle, who passed in March",
            ]
        )

    minors = [r[2].year >= 2008 for r in rows]
    return Table(
        "gforms_raw.hospice_5k_form_responses",
        "en",
        "question",
        [
            c("Timestamp", N, "VARCHAR", [g.stamp("2025-06-01", "2025-09-20") for _ in range(g.rows)], "decoy"),
            c("Email Address", "email", "VARCHAR", [v.typed_email(g, r[0], r[1], v.DOMAINS["ca"]) for r in rows]),
            c("First Name", "first_name", "VARCHAR", [g.casing(r[0]) for r in rows]),
            c("Last Name", "last_name", "VARCHAR", [g.casing(r[1]) for r in rows]),
            c(
                "Date of Birth (DD/MM/YYYY)",
                "date_of_birth",
                "VARCHAR",
                [
                    g.typed_date(r[2], {"dmy": 0.5, "dmy_loose": 0.15, "iso": 0.15, "mdy": 0.1, "words": 0.1})
                    for r in rows
                ],
                UNIT,
                TYPED_DATE,
            ),
            c(
                "Age on race day",
                N,
                "VARCHAR",
                [str(2025 - r[2].year) if g.rnd.random() < 0.9 else "#VALUE!" for r in rows],
                "decoy",
            ),
            c(
                "Gender",
                N,
                "VARCHAR",
                g.col(g.pick(["Female", "Male", "F", "M", "Prefer not to say", "Non-binary"])),
                "decoy",
            ),
            c(
                "Phone # (mobile)",
                "phone",
                "VARCHAR",
                g.phones(
                    "CA",
                    {"national": 0.3, "dashes": 0.25, "digits": 0.15, "dots": 0.1, "one": 0.1, "intl": 0.1},
                    0.9,
                    0.02,
                    0.06,
                ),
                UNIT,
                MIXED_FMT,
            ),
            c(
                "Street address",
                "street_address",
                "VARCHAR",
                [
                    g.casing(f"{v.house(g, 1, 1800)} {g.rnd.choice(v.CA_STREETS)}")
                    + g.rnd.choice(["", "", "", " Unit 4", " Apt 1203"])
                    for _ in range(g.rows)
                ],
            ),
            c("City/Town", "city", "VARCHAR", [g.casing(r[3][0], 0.05, 0.15) for r in rows], UNIT),
            c(
                "Postal Code",
                "postal_code",
                "VARCHAR",
                [
                    g.rnd.choice([p, p.lower(), p.replace(" ", "")])
                    for p in (v.ca_postcode(g, g.rnd.choice(r[3][1])) for r in rows)
                ],
            ),
            c(
                "Which distance are you registering for?",
                N,
                "VARCHAR",
                g.col(g.pick(["5K run", "5K walk", "1K kids dash", "Virtual 5K"])),
                "decoy",
                QUESTION,
            ),
            c(
                "T-shirt size (unisex)",
                N,
                "VARCHAR",
                g.col(g.pick(["S", "M", "L", "XL", "Youth M", "XS"])),
                "decoy",
                UNIT,
            ),
            c(
                "Are you running in memory or in honour of someone? If so, who?",
                "free_text",
                "VARCHAR",
                g.sparse(memory, 0.6, _words("No", "no", "N/A - just for fun"))[: g.rows],
                QUESTION,
            ),
            c("Emergency contact name", "person_name", "VARCHAR", g.col(lambda: v.whole(g, "ca"), 0.03), ROLE),
            c(
                "Emergency contact phone number",
                "phone",
                "VARCHAR",
                g.phones("CA", {"national": 0.4, "dashes": 0.3, "digits": 0.2, "dots": 0.1}, 0.85, 0.04),
                MIXED_FMT,
            ),
            c(
                "Relationship to emergency contact",
                N,
                "VARCHAR",
                g.col(g.pick(["Spouse", "wife", "Husband", "Mom", "Partner", "Friend", "sister", "Dad"])),
                "decoy",
            ),
            c(
                "Do you have any medical conditions we should be aware of?",
                N,
                "VARCHAR",
                g.col(
                    g.pick(
                        [
                            "No",
                            "None",
                            "no",
                            "Asthma",
                            "Type 1 diabetes",
                            "Bad knee, will walk",
                            "n/a",
                            "Epilepsy - controlled",
                            "Pregnant (20 wks)",
                        ]
                    )
                ),
                "decoy",
                QUESTION,
            ),
            c(
                "Team name (optional)",
                N,
                "VARCHAR",
                g.col(
                    g.pick(
                        [
                            "Team Gord",
                            "Stoney Creek Striders",
                            "Nana's Angels",
                            "The Mountain Movers",
                            "Dofasco Dashers",
                            "Walkin' for Walt",
                        ]
                    ),
                    0.6,
                ),
                "decoy",
                PRODUCT,
                MISLEADING,
                UNIT,
            ),
            c(
                "How did you hear about us?",
                N,
                "VARCHAR",
                g.col(
                    g.pick(
                        [
                            "Facebook",
                            "A friend",
                            "Instagram",
                            "Hospice newsletter",
                            "Poster at work",
                            "Ran it last year",
                        ]
                    )
                ),
                "decoy",
                QUESTION,
            ),
            c(
                "Parent/guardian name (if under 18)",
                "person_name",
                "VARCHAR",
                [v.whole(g, "ca") if m else None for m in minors],
                ROLE,
                HEAVY,
                UNIT,
            ),
            c("I agree to the waiver and release of liability", N, "VARCHAR", ["I agree"] * g.rows, "decoy"),
            c(
                "Signature (type your full name)",
                "person_name",
                "VARCHAR",
                [g.casing(f"{r[0]} {r[1]}", 0.05, 0.25) if g.rnd.random() < 0.93 else r[0] for r in rows],
                SIGNATURE,
                UNIT,
            ),
            c(
                "Can we contact you about future events?",
                N,
                "VARCHAR",
                g.col(g.pick(["Yes", "No", "Yes please"])),
                "decoy",
                QUESTION,
            ),
            c(
                "Bib #",
                N,
                "VARCHAR",
                [str(1001 + i) if g.rnd.random() < 0.92 else "" for i in range(g.rows)],
                "decoy",
                KEY,
                UNIT,
            ),
            c("Paid?", N, "VARCHAR", g.col(g.pick(["Y", "y", "yes", "TRUE", "N", "comp"])), "decoy"),
            c("Amount ($)", N, "VARCHAR", g.col(g.pick(["35", "35.00", "$35", "20", "0", "45"])), "decoy", UNIT),
            c("Checked in by", "first_name", "VARCHAR", g.col(g.pick(volunteers), 0.35), STAFF),
        ]
        + _lake(g, "s3://hospice-lake/raw/gsheets/5k_2025", "2025-09-21", "2025-09-25"),
    )


def ie_rescue_applications(g: Gen) -> Table:
    """A Cork dog rescue's foster and volunteer applications exported from Typeform: the response token under ``#``,
    Typeform's question texts (with a ``{{field:…}}`` recall in one), an address box where people typed a full
    address or only an Eircode, a landlord's name and number in one answer, two referees, an Instagram handle, the
    hidden fields and Typeform's own columns, and two columns the rescue added (who did the home check, its notes)."""
    rows = []
    for _ in range(g.rows):
        a, b = v.person(g, "ie", g.rnd.random() < 0.7)
        rows.append((a, b, g.rnd.choice(v.IE_TOWNS)))
    checkers = _staff(g, 4, lambda x: v.given(x, "ie"))
    renting = [g.rnd.random() < 0.4 for _ in range(g.rows)]

    def address(town: tuple) -> str:
        code = v.eircode(g, g.rnd.choice(town[2]))
        line = f"{v.house(g, 1, 120)} {g.rnd.choice(v.IE_STREETS)}"
        return g.rnd.choice(
            [
                f"{line}, {town[0]}, {town[1]} {code}",
                f"{line}, {town[0]}",
                f"{line} {town[0]} {code}",
                f"{line}, {town[0]}, {town[1]}",
                code,
            ]
        )

    def landlord() -> str:
        return g.rnd.choice(
            [
                f"{v.whole(g, 'ie')} {g.phone('IE', 'national', True)}",
                f"Agent - {v.given(g, 'ie')} at Sherry's, {g.phone('IE', 'national', False)}",
                f"{v.whole(g, 'ie')}, {g.phone('IE', 'digits')}",
                f"Council house, contact {v.whole(g, 'ie')}",
            ]
        )

    def home_note() -> str:
        return g.rnd.choice(
            [
                "Secure garden, 6ft walls. Lovely family.",
                (f"Met {v.given(g, 'ie')} and partner, good fit for a senior dog"),
                "Side gate needs fixing before placement",
                f"Neighbour {v.whole(g, 'ie')} also interested in fostering",
                "Apartment - cats only",
            ]
        )

    recall = "{{field:01J8ZK4TQ2V7R}}"
    return Table(
        "typeform_raw.foster_volunteer_applications",
        "en",
        "question",
        [
            c("#", N, "VARCHAR", g.col(lambda: v.token(g, 32)), "decoy", KEY, SHAPE, AUTO),
            c(
                "First, what's your name?",
                "person_name",
                "VARCHAR",
                [g.casing(f"{r[0]} {r[1]}", 0.02, 0.1) for r in rows],
                QUESTION,
            ),
            c(
                f"Nice to meet you, {recall}! What's the best email to reach you at?",
                "email",
                "VARCHAR",
                [v.typed_email(g, r[0], r[1], v.DOMAINS["ie"]) for r in rows],
                QUESTION,
            ),
            c(
                "And your phone number?",
                "phone",
                "VARCHAR",
                g.phones(
                    "IE",
                    {"national": 0.35, "digits": 0.3, "intl": 0.15, "e164": 0.1, "00": 0.05, "paren0": 0.05},
                    0.95,
                    0.0,
                    0.05,
                ),
                QUESTION,
                MIXED_FMT,
            ),
            c(
                "Where do you live? (Eircode is fine!)",
                "street_address",
                "VARCHAR",
                [address(r[2]) for r in rows],
                QUESTION,
            ),
            c("Which county are you in?", N, "VARCHAR", [r[2][1] for r in rows], "decoy", QUESTION),
            c(
                "What type of home do you live in?",
                N,
                "VARCHAR",
                g.col(g.pick(["House with garden", "Apartment", "Farm", "House, no garden"])),
                "decoy",
                QUESTION,
            ),
            c("Do you own or rent?", N, "VARCHAR", ["Rent" if r else "Own" for r in renting], "decoy", QUESTION),
            c(
                "If renting, please give your landlord's name and number so we can check pets are allowed",
                "free_text",
                "VARCHAR",
                [landlord() if r else g.rnd.choice(["", "", "n/a"]) for r in renting],
                QUESTION,
                MIXED,
            ),
            c(
                "Do you have other pets? Tell us about them",
                N,
                "VARCHAR",
                g.col(
                    g.pick(
                        [
                            "No",
                            "Bella, 4yo lab, very friendly",
                            "Two cats (Mittens and Socks)",
                            "An old terrier, Bobby",
                            "Hens!",
                            "No, we lost our collie Shep last year",
                        ]
                    )
                ),
                "decoy",
                QUESTION,
                MISLEADING,
            ),
            c(
                "Have you kids at home? What ages?",
                N,
                "VARCHAR",
                g.col(g.pick(["No", "2 - ages 6 and 9", "Teenagers", "One on the way", "Grown up and gone"])),
                "decoy",
                QUESTION,
            ),
            c(
                "Are you interested in fostering, volunteering or both?",
                N,
                "VARCHAR",
                g.col(g.pick(["Fostering", "Volunteering", "Both"])),
                "decoy",
                QUESTION,
            ),
            c(
                "Which days could you volunteer? (select all)",
                N,
                "VARCHAR",
                g.col(g.pick(["Saturday", "Saturday, Sunday", "Weekday evenings", "Any", "Sunday"])),
                "decoy",
                QUESTION,
            ),
            c(
                "Your date of birth (you must be over 18)",
                "date_of_birth",
                "DATE",
                [g.birth(1950, 2006) for _ in range(g.rows)],
                QUESTION,
            ),
            c("Referee 1 – full name", "person_name", "VARCHAR", g.col(lambda: v.whole(g, "ie"), 0.05), ROLE),
            c("Referee 1 – phone", "phone", "VARCHAR", g.phones("IE", {"national": 0.5, "digits": 0.5}, 0.9, 0.06)),
            c("Referee 2 – full name", "person_name", "VARCHAR", g.col(lambda: v.whole(g, "ie"), 0.35), ROLE),
            c("Referee 2 – phone", "phone", "VARCHAR", g.phones("IE", {"national": 0.5, "digits": 0.5}, 0.8, 0.38)),
            c(
                "Anything else you'd like to tell us?",
                "free_text",
                "VARCHAR",
                g.sparse(
                    lambda: g.rnd.choice(
                        [
                            f"My sister {v.given(g, 'ie')} fosters for you already",
                            "Work from home 3 days a week",
                            "We'd love a pup but open to any age",
                            f"Vet is {v.whole(g, 'ie')} in {g.rnd.choice(v.IE_TOWNS)[0]}",
                        ]
                    ),
                    0.45,
                    ("",),
                ),
                QUESTION,
            ),
            c(
                "Instagram handle (optional)",
                USERNAME,
                "VARCHAR",
                [
                    ("@" if g.rnd.random() < 0.6 else "") + v.handle(r[0], r[1], i) if g.rnd.random() < 0.3 else None
                    for i, r in enumerate(rows)
                ],
                USER,
                HEAVY,
            ),
            c("utm_source", N, "VARCHAR", g.col(g.pick(["facebook", "instagram", "website", "xxxxx"])), "decoy"),
            c("form_version", N, "VARCHAR", g.col(g.pick(["v3", "v3", "v4.1"])), "decoy", SHAPE),
            c(
                "Start Date (UTC)",
                N,
                "VARCHAR",
                [g.stamp("2025-01-01", "2025-09-30", "iso") for _ in range(g.rows)],
                "decoy",
                UNIT,
            ),
            c(
                "Submit Date (UTC)",
                N,
                "VARCHAR",
                [g.stamp("2025-01-01", "2025-09-30", "iso") for _ in range(g.rows)],
                "decoy",
                UNIT,
            ),
            c("Network ID", N, "VARCHAR", g.col(lambda: v.token(g, 10, "0123456789abcdef")), "decoy", SHAPE),
            c(
                "Tags",
                N,
                "VARCHAR",
                g.col(g.pick(["", "approved", "home-check-booked", "declined", "on hold"])),
                "decoy",
            ),
            c("Home check done by", "first_name", "VARCHAR", g.col(g.pick(checkers), 0.45), STAFF),
            c("Home visit notes", "free_text", "VARCHAR", g.col(home_note, 0.45)),
        ],
    )


# -- English: sheets kept by people -----------------------------------------------------------------------------------


def uk_lead_sheet(g: Gen) -> Table:
    """A Leeds office-furniture reseller's sales team lead sheet (a Google Sheet read with pandas): the prospect's
    company, address, switchboard, VAT number and geocode (``none``, tag ``business``) beside the contact person,
    her direct line, mobile and work e-mail, her LinkedIn profile, the rep who owns the lead (first names), notes
    naming people, and two columns without a header: ``Unnamed: 25`` where reps typed a second number for the
    contact, ``Unnamed: 26`` holding a few totals."""
    heads = ["Aire", "Kirkstall", "Headingley", "Calder", "Wharfe", "Roundhay", "Holbeck", "Meanwood", "Otley"]
    tails = [
        "Legal LLP",
        "Dental Group",
        "Accountants",
        "Logistics Ltd",
        "Architects",
        "Recruitment",
        "Engineering Ltd",
        "Insurance Brokers",
        "Academy Trust",
        "Vets",
        "Print & Design",
    ]
    companies = [
        (
            f"{g.rnd.choice(heads)} {g.rnd.choice(tails)}",
            f"{v.house(g, 1, 400)} {g.rnd.choice(v.UK_BUSINESS_STREETS)}",
            g.rnd.choice(v.UK_TOWNS[:5]),
        )
        for _ in range(260)
    ]
    companies = list({co[0]: co for co in companies}.values())
    company = [g.rnd.choice(companies) for _ in range(g.rows)]
    switchboards = {co[0]: g.phone("GB", "national", False) for co in companies}
    vats = {co[0]: v.gb_vat(g) for co in companies}
    geo = {
        co[0]: (round(53.80 + g.rnd.uniform(-0.08, 0.08), 5), round(-1.55 + g.rnd.uniform(-0.12, 0.12), 5))
        for co in companies
    }
    postcodes = {co[0]: v.uk_postcode(g, co[2]) for co in companies}
    people = [v.person(g, "uk") for _ in range(g.rows)]
    reps = _staff(g, 5, lambda x: v.given(x, "uk"))

    def note() -> str:
        return g.rnd.choice(
            [
                f"Spoke to {v.given(g, 'uk')}, off till Monday. PA is {v.whole(g, 'uk')}",
                "Moving offices in Jan - wants 40 sit-stand desks",
                "Gatekeeper, try mobile",
                f"Referred by {v.whole(g, 'uk')} at Calder Accountants",
                "Sent brochure + price list",
                "Budget signed off Q4?",
            ]
        )

    def work_mail(a: str, b: str, co: str) -> str:
        domain = v.plain(co.split()[0]) + g.rnd.choice([".co.uk", "-group.co.uk", ".com"])
        return g.rnd.choice(
            [f"{v.plain(a)}.{v.plain(b)}@{domain}", f"{v.plain(a)[0]}{v.plain(b)}@{domain}", f"{v.plain(a)}@{domain}"]
        )

    return Table(
        "sheets_landing.sales_leads_q3",
        "en",
        "spaced",
        [
            c("Lead #", N, "BIGINT", g.keys(3_101), "decoy", KEY, UNIT),
            c(
                "Date Added",
                N,
                "VARCHAR",
                [
                    g.typed_date(g.day("2025-06-01", "2025-09-30"), {"dmy": 0.7, "dmy_short": 0.3})
                    for _ in range(g.rows)
                ],
                "decoy",
            ),
            c("Company", N, "VARCHAR", [co[0] for co in company], "business"),
            c("Contact Name", "person_name", "VARCHAR", [f"{a} {b}" for a, b in people]),
            c(
                "Job Title",
                N,
                "VARCHAR",
                g.col(
                    g.pick(
                        [
                            "Office Manager",
                            "Practice Manager",
                            "Facilities Manager",
                            "FD",
                            "Operations Director",
                            "MD",
                            "Head of Estates",
                        ]
                    )
                ),
                "decoy",
            ),
            c("Email", "email", "VARCHAR", [work_mail(a, b, co[0]) for (a, b), co in zip(people, company)]),
            c(
                "Phone # (direct)",
                "phone",
                "VARCHAR",
                g.phones("GB", {"national": 0.5, "digits": 0.2, "intl": 0.2, "paren0": 0.1}, 0.3, 0.2),
                UNIT,
                MIXED_FMT,
            ),
            c("Phone # (switchboard)", N, "VARCHAR", [switchboards[co[0]] for co in company], "business", UNIT),
            c(
                "Mobile",
                "phone",
                "VARCHAR",
                g.phones("GB", {"national": 0.5, "digits": 0.3, "intl": 0.2}, 1.0, 0.58),
                HEAVY,
                MIXED_FMT,
            ),
            c("Company Address", N, "VARCHAR", [co[1] for co in company], "business"),
            c("Town", N, "VARCHAR", [co[2][0] for co in company], "business"),
            c("Postcode", N, "VARCHAR", [postcodes[co[0]] for co in company], "business"),
            c("Lat", N, "DOUBLE", [geo[co[0]][0] for co in company], "business", COORD),
            c("Long", N, "DOUBLE", [geo[co[0]][1] for co in company], "business", COORD),
            c("VAT No.", N, "VARCHAR", [vats[co[0]] for co in company], "business", CHECK, UNIT),
            c(
                "No. of Staff",
                N,
                "VARCHAR",
                g.col(g.pick(["10-25", "25-50", "50-100", "100+", "c. 40", "?"])),
                "decoy",
                UNIT,
            ),
            c("Est. Deal Value (£)", N, "VARCHAR", g.col(lambda: f"{g.rnd.randint(2, 90) * 500:,}"), "decoy", UNIT),
            c("Desks needed (qty)", N, "VARCHAR", g.col(lambda: str(g.rnd.randint(4, 120)), 0.3), "decoy", UNIT),
            c(
                "Lead Source",
                N,
                "VARCHAR",
                g.col(g.pick(["Website", "Cold call", "Referral", "Trade show", "LinkedIn"])),
                "decoy",
            ),
            c("Owner", "first_name", "VARCHAR", g.col(g.pick(reps)), STAFF),
            c(
                "Stage",
                N,
                "VARCHAR",
                g.col(g.pick(["New", "Contacted", "Quote sent", "Negotiation", "Won", "Lost"])),
                "decoy",
            ),
            c(
                "Next Step / Date",
                N,
                "VARCHAR",
                g.col(g.pick(["Call back w/c 15/9", "Send quote", "Site visit 2/10", "Chase PO", "-"])),
                "decoy",
                UNIT,
            ),
            c("Notes", "free_text", "VARCHAR", g.col(note, 0.3)),
            c(
                "LinkedIn",
                USERNAME,
                "VARCHAR",
                [
                    f"linkedin.com/in/{v.plain(a)}-{v.plain(b)}-{v.token(g, 5)}" if g.rnd.random() < 0.55 else ""
                    for a, b in people
                ],
                USER,
            ),
            c("PO Number", N, "VARCHAR", g.col(lambda: g.code("PO-99999"), 0.8), "decoy", SHAPE, EMPTY),
            c(
                "Unnamed: 25",
                "phone",
                "VARCHAR",
                g.phones("GB", {"national": 0.6, "digits": 0.4}, 0.8, 0.6),
                AUTO,
                HEAVY,
                MISLEADING,
            ),
            c(
                "Unnamed: 26",
                N,
                "VARCHAR",
                [f"{g.rnd.randint(5, 200) * 1000}" if g.rnd.random() < 0.03 else "nan" for _ in range(g.rows)],
                "decoy",
                AUTO,
                EMPTY,
            ),
            c(
                "Last Contacted",
                N,
                "VARCHAR",
                [g.typed_date(g.day("2025-07-01", "2025-10-10"), {"dmy": 0.6, "words": 0.4}) for _ in range(g.rows)],
                "decoy",
            ),
            c(
                "Won/Lost Reason",
                N,
                "VARCHAR",
                g.col(g.pick(["Price", "Went with IKEA Business", "No budget", "Won"]), 0.6),
                "decoy",
                EMPTY,
            ),
        ]
        + _lake(g, "gs://ops-lake/landing/sheets/sales_leads", "2025-07-01", "2025-10-10"),
    )


#: the names some children go by
SHORT = {
    "Mackenzie": "Kenzie",
    "Harrison": "Harry",
    "Georgia": "Georgie",
    "Jayden": "Jay",
    "Anahera": "Ana",
    "Wiremu": "Wiri",
    "Sienna": "Si",
    "Connor": "Con",
    "Priya": "Pri",
    "Nikau": "Niks",
}


def nz_class_lists(g: Gen) -> Table:
    """A Christchurch intermediate school's Year 7 and 8 class lists, every teacher's sheet pasted into one with
    merged two-row headers flattened (``Student_Name_First``, ``Caregiver 1_Mobile``, ``Home Address_Suburb``), and
    two columns a connector named ``column_27`` (ticks) and ``column_28`` (a caregiver's work number some teachers
    kept)."""
    teachers = _staff(g, 8, lambda x: f"{x.rnd.choice(['Mrs', 'Mr', 'Ms', 'Whaea', 'Matua'])} {v.family(x, 'nz')}")
    rows = []
    for _ in range(g.rows):
        female = g.rnd.random() < 0.5
        a, b = v.person(g, "nz", female)
        rows.append((a, b, g.birth(2012, 2014), g.rnd.choice(v.NZ_SUBURBS)))
    second = [g.rnd.random() < 0.7 for _ in range(g.rows)]
    cg1 = [(v.given(g, "nz"), r[1] if g.rnd.random() < 0.7 else v.family(g, "nz")) for r in rows]
    cg2 = [
        (v.given(g, "nz"), r[1] if g.rnd.random() < 0.5 else v.family(g, "nz")) if s else None
        for r, s in zip(rows, second)
    ]

    def custody() -> str:
        dad = " ".join(v.person(g, "nz", False))
        return g.rnd.choice(
            [
                f"Dad ({dad}) NOT to collect - see office",
                "Week on / week off",
                f"Lives with nan {v.whole(g, 'nz')} Mon-Thu",
                f"Protection order re {v.whole(g, 'nz')}",
            ]
        )

    return Table(
        "teacher_uploads.yr7_8_class_lists",
        "en",
        "merged",
        [
            c("Room", N, "VARCHAR", [f"Rm {g.rnd.randint(1, 14)}" for _ in range(g.rows)], "decoy"),
            c("Teacher", "person_name", "VARCHAR", g.col(g.pick(teachers)), STAFF),
            c("Student_Name_First", "first_name", "VARCHAR", [r[0] for r in rows], MERGED),
            c("Student_Name_Last", "last_name", "VARCHAR", [g.casing(r[1], 0.1, 0.0) for r in rows], MERGED),
            c(
                "Student_Name_Preferred",
                "first_name",
                "VARCHAR",
                [SHORT.get(r[0], v.given(g, "nz")) if g.rnd.random() < 0.3 else None for r in rows],
                MERGED,
                HEAVY,
            ),
            c(
                "Student_DOB",
                "date_of_birth",
                "VARCHAR",
                [g.typed_date(r[2], {"dmy_loose": 0.4, "dmy": 0.3, "words": 0.2, "iso": 0.1}) for r in rows],
                MERGED,
                TYPED_DATE,
            ),
            c("Student_Gender", N, "VARCHAR", g.col(g.pick(["F", "M", "f", "m", "Female", "Male"])), "decoy", MERGED),
            c(
                "Student_Ethnicity",
                N,
                "VARCHAR",
                g.col(g.pick(["NZ European", "Māori", "Samoan", "Tongan", "Chinese", "Indian", "Other European"])),
                "decoy",
                MERGED,
            ),
            c("Student_ID", N, "VARCHAR", [str(20_110 + i) for i in range(g.rows)], "decoy", KEY, MERGED),
            c("Caregiver 1_Name", "person_name", "VARCHAR", [f"{a} {b}" for a, b in cg1], MERGED, ROLE),
            c(
                "Caregiver 1_Relationship",
                N,
                "VARCHAR",
                g.col(g.pick(["Mother", "Father", "Mum", "Dad", "Grandmother", "Aunty", "Whāngai parent"])),
                "decoy",
                MERGED,
            ),
            c(
                "Caregiver 1_Mobile",
                "phone",
                "VARCHAR",
                g.phones("NZ", {"national": 0.5, "digits": 0.3, "intl": 0.1, "e164": 0.1}, 1.0, 0.02, 0.05),
                MERGED,
                MIXED_FMT,
            ),
            c(
                "Caregiver 1_Email",
                "email",
                "VARCHAR",
                [v.typed_email(g, a, b, v.DOMAINS["nz"]) for a, b in cg1],
                MERGED,
            ),
            c(
                "Caregiver 2_Name",
                "person_name",
                "VARCHAR",
                [f"{p[0]} {p[1]}" if p else None for p in cg2],
                MERGED,
                ROLE,
            ),
            c(
                "Caregiver 2_Mobile",
                "phone",
                "VARCHAR",
                [
                    g.phone("NZ", g.rnd.choice(["national", "digits", "intl"])) if p and g.rnd.random() < 0.85 else None
                    for p in cg2
                ],
                MERGED,
                MIXED_FMT,
            ),
            c(
                "Caregiver 2_Email",
                "email",
                "VARCHAR",
                [v.email_of(g, p[0], p[1], v.DOMAINS["nz"]) if p and g.rnd.random() < 0.55 else None for p in cg2],
                MERGED,
                HEAVY,
            ),
            c(
                "Home Address_Street",
                "street_address",
                "VARCHAR",
                [
                    f"{v.house(g, 1, 300)}{g.rnd.choice(['', '', 'A', 'B'])} {g.rnd.choice(v.NZ_STREETS)}"
                    for _ in range(g.rows)
                ],
                MERGED,
            ),
            c("Home Address_Suburb", "city", "VARCHAR", [r[3][0] for r in rows], MERGED),
            c(
                "Home Address_Postcode",
                "postal_code",
                "VARCHAR",
                [r[3][1] if g.rnd.random() < 0.8 else "" for r in rows],
                MERGED,
            ),
            c(
                "Medical_Condition",
                N,
                "VARCHAR",
                g.col(g.pick(["-", "Asthma", "Nut allergy (EpiPen in office)", "ADHD", "-", "Eczema", "Coeliac", "-"])),
                "decoy",
                MERGED,
            ),
            c("Medical_Action Plan?", N, "VARCHAR", g.col(g.pick(["Y", "N", "N", "N", ""])), "decoy", MERGED),
            c(
                "Custody_Access notes",
                "free_text",
                "VARCHAR",
                g.sparse(custody, 0.85, _words("nil", "Nil")),
                NULLWORD,
                MERGED,
            ),
            c(
                "Reading_Level",
                N,
                "VARCHAR",
                g.col(g.pick(["At", "Above", "Below", "Well below", "10-11 yrs"])),
                "decoy",
                MERGED,
            ),
            c(
                "Maths_Stage",
                N,
                "VARCHAR",
                g.col(g.pick(["Stage 5", "Stage 6", "Stage 7", "EA", "AA"])),
                "decoy",
                MERGED,
            ),
            c(
                "Maths_Group",
                N,
                "VARCHAR",
                g.col(g.pick(["Kererū", "Tūī", "Kea", "Pīwakawaka", "Ruru"])),
                "decoy",
                MERGED,
                PRODUCT,
            ),
            c("Bus?", N, "VARCHAR", g.col(g.pick(["Y", "N", "N", ""])), "decoy"),
            c(
                "column_27",
                N,
                "VARCHAR",
                [g.rnd.choice(["✓", "x"]) if g.rnd.random() < 0.2 else None for _ in range(g.rows)],
                "decoy",
                AUTO,
                EMPTY,
            ),
            c(
                "column_28",
                "phone",
                "VARCHAR",
                g.phones("NZ", {"national": 0.7, "digits": 0.3}, 0.3, 0.7),
                AUTO,
                HEAVY,
                MISLEADING,
            ),
        ],
    )


def au_tenant_register(g: Gen) -> Table:
    """A Melbourne family's tenant register for its 38 rental units since 2012 (an Excel workbook): the rented unit
    (the tenants' home: ``street_address``, tag ``premises``), suburb and postcode, both tenants, mobiles, e-mail,
    date of birth and driver licence typed by the owner, the previous address, the employer and income, the
    lease's dates and money, the bond's lodgement number, an emergency contact as a name and number in one cell,
    key and garage-remote codes (``none``, tag ``credential``), notes and Excel's ``Column1``."""
    units = []
    for _ in range(38):
        sub = g.rnd.choice(v.AU_SUBURBS)
        units.append(
            (
                (
                    f"{g.rnd.choice(['', 'Unit ', '', 'Flat '])}{g.rnd.randint(1, 8)}/{v.house(g, 2, 180)} "
                    f"{g.rnd.choice(v.AU_STREETS)}"
                ),
                sub,
            )
        )
    unit = [g.rnd.choice(units) for _ in range(g.rows)]
    t1 = [v.person(g, "au") for _ in range(g.rows)]
    t2 = [v.person(g, "au") if g.rnd.random() < 0.42 else None for _ in range(g.rows)]
    starts = [g.day("2012-01-15", "2025-08-30") for _ in range(g.rows)]

    def occupants() -> str:
        return g.rnd.choice(
            [
                f"Kids: {v.given(g, 'au')} (8), {v.given(g, 'au')} (5)",
                f"Partner {v.given(g, 'au')}",
                f"Mother in law - {v.whole(g, 'au')}",
                "1 child",
            ]
        )

    def note() -> str:
        return g.rnd.choice(
            [
                "Rent always on time",
                f"Arrears Mar-23, payment plan agreed with {v.given(g, 'au')}",
                "Broke lease early, re-let fee paid",
                f"Sublet to {v.whole(g, 'au')} without asking!",
                "Dog approved (small)",
                "Asked about installing aircon",
            ]
        )

    return Table(
        "landlord_xls.tenant_register",
        "en",
        "spaced",
        [
            c("Property", "street_address", "VARCHAR", [u[0] for u in unit], PREMISES),
            c("Suburb", "city", "VARCHAR", [u[1][0] for u in unit], PREMISES),
            c("P/Code", "postal_code", "VARCHAR", [u[1][1] for u in unit], PREMISES, ABBREV, UNIT),
            c("Tenant 1", "person_name", "VARCHAR", [g.casing(f"{a} {b}", 0.1, 0.0) for a, b in t1], ROLE),
            c("Tenant 2", "person_name", "VARCHAR", [f"{p[0]} {p[1]}" if p else None for p in t2], HEAVY, ROLE),
            c("Other occupants", "free_text", "VARCHAR", g.sparse(occupants, 0.78, _words("nil")), NULLWORD),
            c(
                "Mobile",
                "phone",
                "VARCHAR",
                g.phones(
                    "AU", {"national": 0.4, "digits": 0.3, "blocks": 0.1, "intl": 0.1, "e164": 0.1}, 1.0, 0.03, 0.05
                ),
                MIXED_FMT,
            ),
            c(
                "Mobile (T2)",
                "phone",
                "VARCHAR",
                [
                    g.phone("AU", g.rnd.choice(["national", "digits"])) if p and g.rnd.random() < 0.9 else None
                    for p in t2
                ],
                HEAVY,
                UNIT,
            ),
            c(
                "Email",
                "email",
                "VARCHAR",
                _dirty(g, [v.typed_email(g, a, b, v.DOMAINS["au"]) for a, b in t1], 0.04, ["none@none.com", "n/a"]),
                PLACEHOLDER,
            ),
            c(
                "DOB",
                "date_of_birth",
                "VARCHAR",
                [
                    g.typed_date(g.birth(1955, 2004), {"dmy": 0.5, "dmy_short": 0.3, "dots": 0.2})
                    if g.rnd.random() < 0.85
                    else ""
                    for _ in range(g.rows)
                ],
                TYPED_DATE,
                ABBREV,
            ),
            c(
                "Driver Lic #",
                "national_id",
                "VARCHAR",
                [
                    g.rnd.choice(["", "VIC "]) + g.digits(9)
                    if g.rnd.random() < 0.8
                    else g.rnd.choice(["", "o/s licence"])
                    for _ in range(g.rows)
                ],
                UNIT,
                ABBREV,
            ),
            c(
                "Prev. Address",
                "street_address",
                "VARCHAR",
                [
                    f"{v.house(g, 1, 300)} {g.rnd.choice(v.AU_STREETS)}, {g.rnd.choice(v.AU_SUBURBS)[0]}"
                    if g.rnd.random() < 0.75
                    else ""
                    for _ in range(g.rows)
                ],
                UNIT,
            ),
            c(
                "Employer",
                N,
                "VARCHAR",
                g.col(
                    g.pick(
                        [
                            "Western Health",
                            "Self employed",
                            "Bunnings Sunshine",
                            "Student",
                            "Metro Trains",
                            "Centrelink",
                            "VicRoads",
                        ]
                    )
                ),
                "decoy",
            ),
            c("Income ($/wk)", N, "VARCHAR", g.col(lambda: str(g.rnd.randint(45, 260) * 10)), "decoy", UNIT),
            c("Lease Start", N, "VARCHAR", [g.typed_date(s, {"dmy": 0.8, "dmy_short": 0.2}) for s in starts], "decoy"),
            c(
                "Lease End",
                N,
                "VARCHAR",
                [g.typed_date(s + timedelta(days=364), {"dmy": 0.8, "dmy_short": 0.2}) for s in starts],
                "decoy",
            ),
            c("Rent ($/wk)", N, "VARCHAR", g.col(lambda: str(g.rnd.randint(28, 62) * 10)), "decoy", UNIT),
            c("Bond ($)", N, "VARCHAR", g.col(lambda: str(g.rnd.randint(120, 270) * 10)), "decoy", UNIT),
            c("RTBA Bond #", N, "VARCHAR", g.col(lambda: g.code("9999999"), 0.1), "decoy", SHAPE, UNIT),
            c("Paid By", N, "VARCHAR", g.col(g.pick(["DEFT", "bank tfr", "Centrepay", "cash", "BPAY"])), "decoy"),
            c(
                "Emergency Contact",
                "free_text",
                "VARCHAR",
                g.col(lambda: _name_and_phone(g, "au", "AU", ["sister", "mum", "dad", "brother", "friend"]), 0.15),
                MIXED,
            ),
            c("Condition Report Done?", N, "VARCHAR", g.col(g.pick(["Y", "y", "yes", "N"])), "decoy"),
            c(
                "Vacated",
                N,
                "VARCHAR",
                [
                    g.typed_date(s + timedelta(days=g.rnd.randint(300, 2500)), {"dmy": 1.0})
                    if g.rnd.random() < 0.6
                    else ""
                    for s in starts
                ],
                "decoy",
            ),
            c(
                "Keys (set #)",
                N,
                "VARCHAR",
                g.col(lambda: f"K{g.rnd.randint(1, 38):02d}-{g.rnd.randint(1, 3)}"),
                "decoy",
                CREDENTIAL,
                UNIT,
            ),
            c("Garage remote code", N, "VARCHAR", g.col(lambda: g.digits(4), 0.55), "decoy", CREDENTIAL, EMPTY),
            c("Notes", "free_text", "VARCHAR", g.col(note, 0.4)),
            c(
                "Column1",
                N,
                "VARCHAR",
                [g.rnd.choice(["x", "chk", "?"]) if g.rnd.random() < 0.1 else None for _ in range(g.rows)],
                "decoy",
                AUTO,
                EMPTY,
            ),
        ],
    )


# -- English: CRM and web-shop exports, a sheet without headers, a survey ----------------------------------------------


def us_boat_crm(g: Gen) -> Table:
    """A Portland (Maine) boat dealer's CRM contacts export, renamed by the dealer's own loader script into
    abbreviations (``cust_fnm``, ``ctc_ph``, ``addr_ln1``) with the CRM's custom fields kept opaque: ``udf_03``
    (the SSN of financing applicants, mostly NULL), ``udf_04`` (a credit tier), ``udf_07`` (their date of birth),
    ``misc_1`` (winter storage), ``src_crm_col17`` (an alternate contact: a name, a phone or an e-mail by row),
    ``src_crm_col18`` (a lead score band); ZIP codes that lost their leading zero in Excel; boats named after
    people (``none``); a deposit card's last four digits."""
    rows = []
    for _ in range(g.rows):
        a, b = v.person(g, "us", g.rnd.random() < 0.3)
        rows.append((a, b, g.rnd.choice(v.US_TOWNS_ME)))
    reps = _staff(g, 4, lambda x: v.whole(x, "us"))
    financing = [g.rnd.random() < 0.16 for _ in range(g.rows)]

    def zip_code(z: str) -> str:
        roll = g.rnd.random()
        if roll < 0.35:
            return z.lstrip("0")
        if roll < 0.45:
            return f"{z}-{g.digits(4)}"
        return z

    def note() -> str:
        return g.rnd.choice(
            [
                "Wants a 21' center console for next season",
                f"Wife {v.given(g, 'us')} makes the call",
                "Trade-in needs survey",
                f"Referred by {v.whole(g, 'us')} (bought a 2023 Casco 19)",
                "Call after Labor Day",
                "Financing declined, revisit in spring",
            ]
        )

    return Table(
        "crm_csv.contacts_export_20250914",
        "en",
        "snake",
        [
            c("rec_id", N, "BIGINT", g.keys(400_001), "decoy", KEY, ABBREV),
            c("cust_fnm", "first_name", "VARCHAR", [g.casing(r[0]) for r in rows], ABBREV),
            c("cust_lnm", "last_name", "VARCHAR", [g.casing(r[1]) for r in rows], ABBREV),
            c(
                "spouse_fnm",
                "first_name",
                "VARCHAR",
                [v.given(g, "us") if g.rnd.random() < 0.42 else None for _ in rows],
                ABBREV,
                ROLE,
                HEAVY,
            ),
            c(
                "ctc_email",
                "email",
                "VARCHAR",
                _dirty(
                    g,
                    [v.typed_email(g, r[0], r[1], v.DOMAINS["us"]) for r in rows],
                    0.03,
                    ["none@none.com", "no@email.com"],
                ),
                ABBREV,
                PLACEHOLDER,
            ),
            c(
                "ctc_ph",
                "phone",
                "VARCHAR",
                g.phones(
                    "US-ME",
                    {"national": 0.35, "dashes": 0.25, "digits": 0.15, "dots": 0.1, "one": 0.05, "e164": 0.1},
                    0.75,
                    0.04,
                    0.04,
                ),
                ABBREV,
                MIXED_FMT,
            ),
            c(
                "ctc_ph2",
                "phone",
                "VARCHAR",
                g.phones("US-ME", {"national": 0.5, "dashes": 0.5}, 0.5, 0.7),
                ABBREV,
                HEAVY,
            ),
            c(
                "addr_ln1",
                "street_address",
                "VARCHAR",
                [
                    f"{v.house(g, 1, 900)} {g.rnd.choice(v.US_STREETS_ME)}"
                    if g.rnd.random() < 0.9
                    else f"PO Box {g.rnd.randint(10, 2000)}"
                    for _ in rows
                ],
                ABBREV,
            ),
            c(
                "addr_ln2",
                "street_address",
                "VARCHAR",
                [
                    g.rnd.choice(["Apt 2", "Unit 5B", "#3", "Suite 200", "Lot 14"]) if g.rnd.random() < 0.12 else None
                    for _ in rows
                ],
                ABBREV,
                HEAVY,
            ),
            c("addr_city", "city", "VARCHAR", [g.casing(r[2][0], 0.15, 0.05) for r in rows], ABBREV),
            c("addr_st", N, "VARCHAR", [r[2][1] for r in rows], "decoy", ABBREV),
            c("addr_zip", "postal_code", "VARCHAR", [zip_code(r[2][2]) for r in rows], ABBREV),
            c(
                "lifecycle_stg",
                N,
                "VARCHAR",
                g.col(g.pick(["lead", "marketingqualifiedlead", "opportunity", "customer"])),
                "decoy",
                ABBREV,
            ),
            c("contact_owner", "person_name", "VARCHAR", g.col(g.pick(reps), 0.05), STAFF),
            c("create_dt", N, "VARCHAR", [g.stamp("2019-01-01", "2025-09-13", "iso") for _ in rows], "decoy", ABBREV),
            c(
                "last_activity_dt",
                N,
                "VARCHAR",
                [g.stamp("2024-06-01", "2025-09-13", "iso") if g.rnd.random() < 0.8 else "" for _ in rows],
                "decoy",
                ABBREV,
            ),
            c(
                "boat_of_interest",
                N,
                "VARCHAR",
                g.col(
                    g.pick(
                        [
                            "Casco 19 Bay Boat",
                            "Casco 21 CC",
                            "Pemaquid 24 Walkaround",
                            "Harpswell 17 Skiff",
                            "Muscongus 26 Express",
                        ]
                    ),
                    0.2,
                ),
                "decoy",
                PRODUCT,
            ),
            c(
                "boat_name",
                N,
                "VARCHAR",
                g.col(
                    g.pick(
                        [
                            "Mary Ellen",
                            "Sea Biscuit",
                            "Miss Kaitlyn",
                            "Reel Therapy",
                            "Jolene",
                            "Knot Working",
                            "Wade's Way",
                        ]
                    ),
                    0.45,
                ),
                "decoy",
                PRODUCT,
                MISLEADING,
            ),
            c("trade_in_hin", N, "VARCHAR", g.col(lambda: v.hull_id(g), 0.75), "decoy", SHAPE, EMPTY),
            c(
                "slip_no",
                N,
                "VARCHAR",
                g.col(lambda: f"{g.rnd.choice('ABCD')}-{g.rnd.randint(1, 60)}", 0.6),
                "decoy",
                EMPTY,
            ),
            c("deposit_card_last4", N, "VARCHAR", g.col(lambda: g.digits(4), 0.6), "decoy", PARTIAL, EMPTY),
            c(
                "src_crm_col17",
                "free_text",
                "VARCHAR",
                g.col(lambda: _mixed_contact(g, "us", "US-ME", v.DOMAINS["us"]), 0.45),
                PREFIX,
                OPAQUE,
                MIXED,
            ),
            c("src_crm_col18", N, "VARCHAR", g.col(g.pick(["A", "B", "C", "D"])), "decoy", PREFIX, OPAQUE),
            c(
                "udf_03",
                "ssn",
                "VARCHAR",
                [v.us_ssn(g, g.rnd.random() < 0.7) if f else None for f in financing],
                OPAQUE,
                HEAVY,
            ),
            c(
                "udf_04",
                N,
                "VARCHAR",
                [g.rnd.choice(["A+", "A", "B", "C"]) if f else "" for f in financing],
                "decoy",
                OPAQUE,
                EMPTY,
            ),
            c(
                "udf_07",
                "date_of_birth",
                "VARCHAR",
                [g.typed_date(g.birth(1950, 2000), {"mdy": 0.7, "mdy_loose": 0.3}) if f else None for f in financing],
                OPAQUE,
                HEAVY,
                TYPED_DATE,
            ),
            c(
                "misc_1",
                N,
                "VARCHAR",
                g.col(g.pick(["Winter storage - shrinkwrap", "Indoor storage", "Mooring only", "None"]), 0.3),
                "decoy",
                OPAQUE,
            ),
            c("email_opt_out", N, "VARCHAR", g.col(g.pick(["false", "true", "false"])), "decoy"),
            c("notes", "free_text", "VARCHAR", g.col(note, 0.35)),
        ]
        + _lake(g, "s3://dealer-lake/crm_csv/contacts", "2025-09-14", "2025-09-15"),
    )


def uk_etsy_orders(g: Gen) -> Table:
    """A Pembrokeshire knitwear maker's sold-orders CSV from an Etsy-style marketplace, landed with its own Title
    Case headers: the buyer's full, first and last name, the shipping address (street lines, city, state or
    county, postcode, country: buyers in the United Kingdom, Ireland, the United States and Germany), the money
    columns, the buyer's username, a personalisation (a name to knit in), item names that are women's names
    (``none``), SKUs and Royal Mail tracking numbers (S10, check digit)."""
    rows = []
    for _ in range(g.rows):
        roll = g.rnd.random()
        if roll < 0.72:
            a, b = v.person(g, "uk", g.rnd.random() < 0.85)
            town = g.rnd.choice(v.UK_TOWNS)
            place = (
                town[0],
                town[1],
                v.uk_postcode(g, town),
                "United Kingdom",
                f"{v.house(g, 1, 140)} {g.rnd.choice(v.UK_STREETS)}",
            )
        elif roll < 0.82:
            a, b = v.person(g, "ie", g.rnd.random() < 0.85)
            town = g.rnd.choice(v.IE_TOWNS)
            place = (
                town[0],
                town[1],
                v.eircode(g, town[2][0]),
                "Ireland",
                f"{v.house(g, 1, 90)} {g.rnd.choice(v.IE_STREETS)}",
            )
        elif roll < 0.94:
            a, b = v.person(g, "us", g.rnd.random() < 0.85)
            town = g.rnd.choice(v.US_TOWNS_ME + v.US_TOWNS_AZ)
            place = (
                town[0],
                town[1] if len(town) == 3 else "AZ",
                town[-1],
                "United States",
                f"{v.house(g, 1, 9000)} {g.rnd.choice(v.US_STREETS_ME + v.US_STREETS_AZ)}",
            )
        else:
            a, b = v.person(g, "de", g.rnd.random() < 0.85)
            town = g.rnd.choice(v.DE_TOWNS)
            place = (town[0], "", g.rnd.choice(town[1]), "Germany", f"{g.rnd.choice(v.DE_STREETS)} {v.house(g, 1, 90)}")
        rows.append((a, b, place))
    items = [
        "The Megan Cardigan",
        "Rhiannon Cable Jumper",
        "The Nia Beanie",
        "Gwen Fisherman Rib Scarf",
        "Baby Blanket - Personalised",
        "Tenby Harbour Socks",
    ]
    values = [round(g.rnd.uniform(18, 160), 2) for _ in range(g.rows)]
    shipping = [g.rnd.choice([3.95, 4.5, 12.0, 18.5]) for _ in range(g.rows)]
    shipped = [g.rnd.random() < 0.93 for _ in range(g.rows)]
    buyers = [
        v.handle(a, b, i) if g.rnd.random() < 0.6 else f"{v.plain(a)}{g.rnd.randint(100, 9999)}"
        for i, (a, b, _) in enumerate(rows)
    ]
    return Table(
        "shop_csv.etsy_sold_orders_2025",
        "en",
        "spaced",
        [
            c("Sale Date", N, "VARCHAR", [f"{d:%m/%d/%y}" for d in g.days("2025-01-01", "2025-09-30")], "decoy"),
            c("Order ID", N, "BIGINT", g.ints(3_400_000_000, 3_799_999_999), "decoy", KEY),
            c("Buyer User ID", N, "BIGINT", g.ints(10_000_000, 999_999_999), "decoy", KEY),
            c("Full Name", "person_name", "VARCHAR", [f"{a} {b}" for a, b, _ in rows]),
            c("First Name", "first_name", "VARCHAR", [a for a, _, _ in rows]),
            c("Last Name", "last_name", "VARCHAR", [b for _, b, _ in rows]),
            c("Number of Items", N, "INTEGER", g.ints(1, 4), "decoy"),
            c(
                "Payment Method",
                N,
                "VARCHAR",
                g.col(g.pick(["Online - Credit or Debit Card", "PayPal", "Apple Pay", "Klarna"])),
                "decoy",
            ),
            c(
                "Date Shipped",
                N,
                "VARCHAR",
                [f"{g.day('2025-01-02', '2025-10-03'):%m/%d/%y}" if s else "" for s in shipped],
                "decoy",
            ),
            c("Street 1", "street_address", "VARCHAR", [r[2][4] for r in rows]),
            c(
                "Street 2",
                "street_address",
                "VARCHAR",
                [
                    g.rnd.choice(["Flat 2", "Apt 4B", "The Old Rectory", "c/o Reception", "Unit 7"])
                    if g.rnd.random() < 0.2
                    else ""
                    for _ in rows
                ],
                NULLWORD,
            ),
            c("Ship City", "city", "VARCHAR", [r[2][0] for r in rows]),
            c("Ship State", N, "VARCHAR", [r[2][1] for r in rows], "decoy"),
            c("Ship Zipcode", "postal_code", "VARCHAR", [r[2][2] for r in rows]),
            c("Ship Country", N, "VARCHAR", [r[2][3] for r in rows], "decoy"),
            c("Currency", N, "VARCHAR", ["GBP"] * g.rows, "decoy", SHAPE),
            c("Order Value", N, "DOUBLE", values, "decoy"),
            c("Coupon Code", N, "VARCHAR", g.col(g.pick(["", "", "", "WELCOME10", "XMAS24", "REPEAT15"])), "decoy"),
            c("Shipping", N, "DOUBLE", shipping, "decoy"),
            c("Order Total", N, "DOUBLE", [round(a + b, 2) for a, b in zip(values, shipping)], "decoy"),
            c("Status", N, "VARCHAR", ["Completed" if s else "Paid" for s in shipped], "decoy"),
            c("Card Processing Fees", N, "DOUBLE", [round(x * 0.04 + 0.2, 2) for x in values], "decoy"),
            c("Buyer", USERNAME, "VARCHAR", buyers, USER),
            c("Order Type", N, "VARCHAR", ["online"] * g.rows, "decoy"),
            c("Item Name", N, "VARCHAR", g.col(g.pick(items)), "decoy", PRODUCT, MISLEADING),
            c("SKU", N, "VARCHAR", g.col(lambda: g.code("PKW-AA-999")), "decoy", SHAPE),
            c(
                "Personalisation",
                "free_text",
                "VARCHAR",
                g.sparse(
                    lambda: g.rnd.choice(
                        [
                            f"Name: {v.given(g, 'uk').upper()}",
                            (f"For {v.given(g, 'uk')}, born {g.rnd.randint(1, 28)}/{g.rnd.randint(1, 12)}/25"),
                            "Colour: heather",
                            "Size: M, sleeves +2cm",
                        ]
                    ),
                    0.6,
                    ("", ("Not requested on this item.")),
                ),
            ),
            c("Tracking Number", N, "VARCHAR", [v.s10(g) if s else "" for s in shipped], "decoy", CHECK, SHAPE),
        ]
        + _lake(g, "abfss://raw@knitlake.dfs.core.windows.net/etsy", "2025-10-01", "2025-10-03"),
    )


def us_camp_sheet(g: Gen) -> Table:
    """An Austin church's summer day-camp registrations: a workbook whose header row was lost, read with
    ``header=None`` and given its spreadsheet letters (``A`` to ``AB``): the camper's names and birth date, the
    parent's name, e-mail, cell and one-line home address, a ZIP, a second guardian, the people allowed to pick the
    child up (several names in a cell), medical notes naming no one, the pediatrician (a person) and the
    practice's phone (``none``, tag ``business``), a card number typed in clear for those paying by card with its
    expiry and security code (``none``, tag ``credential``), notes and the counselor."""
    counselors = _staff(g, 7, lambda x: v.given(x, "us"))
    doctors = [
        (
            f"Dr. {v.family(g, 'us')}",
            (f"({g.rnd.choice(['512', '737'])}) {g.rnd.randint(200, 989)}-{g.rnd.randint(1000, 9999)}"),
        )
        for _ in range(12)
    ]
    rows = []
    for _ in range(g.rows):
        a, last = v.person(g, "us")
        parent = (v.given(g, "us"), last if g.rnd.random() < 0.8 else v.family(g, "us"))
        town = g.rnd.choice(v.US_TOWNS_TX)
        rows.append((a, last, g.birth(2012, 2019), parent, town, g.rnd.choice(doctors)))
    second = [g.rnd.random() < 0.55 for _ in range(g.rows)]
    by_card = [g.rnd.random() < 0.22 for _ in range(g.rows)]

    def pickups(last: str) -> str:
        names = [f"{v.given(g, 'us')} {g.rnd.choice([last, v.family(g, 'us')])}" for _ in range(g.rnd.randint(1, 3))]
        return g.rnd.choice([", ".join(names), " / ".join(names), "; ".join(names)])

    def note() -> str:
        return g.rnd.choice(
            [
                f"Carpool with {v.whole(g, 'us')}",
                "Needs sunscreen reapplied",
                (f"Sibling {v.given(g, 'us')} in week 2"),
                "Scholarship - 50%",
                (f"Mom ({v.given(g, 'us')}) will volunteer Thursdays"),
            ]
        )

    def address(r: tuple) -> str:
        line = f"{v.house(g, 100, 19000)} {g.rnd.choice(v.US_STREETS_TX)}"
        return g.rnd.choice(
            [f"{line}, {r[4][0]} TX {r[4][1]}", f"{line} {r[4][0]}, Texas", line, f"{line}, {r[4][0]}, TX"]
        )

    return Table(
        "pandas_dump.camp_registrations_2025",
        "en",
        "letters",
        [
            c("A", N, "VARCHAR", [g.stamp("2025-02-01", "2025-05-31") for _ in range(g.rows)], "decoy", AUTO),
            c("B", "first_name", "VARCHAR", [r[0] for r in rows], AUTO),
            c("C", "last_name", "VARCHAR", [r[1] for r in rows], AUTO),
            c(
                "D",
                "date_of_birth",
                "VARCHAR",
                [g.typed_date(r[2], {"mdy": 0.5, "mdy_loose": 0.4, "iso": 0.1}) for r in rows],
                AUTO,
                TYPED_DATE,
            ),
            c("E", N, "VARCHAR", g.col(g.pick(["1st", "2nd", "3rd", "4th", "5th", "K", "6th"])), "decoy", AUTO),
            c("F", N, "VARCHAR", g.col(g.pick(["YS", "YM", "YL", "AS", "AM"])), "decoy", AUTO),
            c("G", "person_name", "VARCHAR", [f"{r[3][0]} {r[3][1]}" for r in rows], AUTO, ROLE),
            c("H", "email", "VARCHAR", [v.typed_email(g, r[3][0], r[3][1], v.DOMAINS["us"]) for r in rows], AUTO),
            c(
                "I",
                "phone",
                "VARCHAR",
                g.phones("US-TX", {"national": 0.4, "dashes": 0.3, "digits": 0.2, "dots": 0.1}, 1.0, 0.01, 0.04),
                AUTO,
                MIXED_FMT,
            ),
            c("J", "street_address", "VARCHAR", [address(r) for r in rows], AUTO),
            c("K", "postal_code", "VARCHAR", [r[4][1] for r in rows], AUTO),
            c("L", "person_name", "VARCHAR", [v.whole(g, "us") if s else None for s in second], AUTO, ROLE),
            c(
                "M",
                "phone",
                "VARCHAR",
                [g.phone("US-TX", g.rnd.choice(["national", "dashes"])) if s else None for s in second],
                AUTO,
            ),
            c(
                "N",
                "person_name",
                "VARCHAR",
                [pickups(r[1]) if g.rnd.random() < 0.85 else "" for r in rows],
                AUTO,
                MULTI,
                ROLE,
            ),
            c(
                "O",
                N,
                "VARCHAR",
                g.col(
                    g.pick(
                        [
                            "None",
                            "none",
                            "Peanut allergy",
                            "Asthma - inhaler in backpack",
                            "Bee sting allergy (EpiPen)",
                            "n/a",
                            "Gluten free",
                        ]
                    )
                ),
                "decoy",
                AUTO,
            ),
            c(
                "P",
                N,
                "VARCHAR",
                g.col(g.pick(["none", "Zyrtec daily", "Adderall 10mg at lunch", "", "Inhaler PRN"])),
                "decoy",
                AUTO,
            ),
            c("Q", "person_name", "VARCHAR", [r[5][0] for r in rows], AUTO, ROLE),
            c("R", N, "VARCHAR", [r[5][1] for r in rows], "business", AUTO),
            c(
                "S",
                N,
                "VARCHAR",
                g.col(g.pick(["BCBS TX", "Aetna", "UHC", "CHIP", "Medicaid", "Cigna"])),
                "decoy",
                AUTO,
            ),
            c("T", N, "VARCHAR", g.col(g.pick(["Wk 1-4", "Wk 1, 2", "Wk 3", "All summer", "Wk 2, 4"])), "decoy", AUTO),
            c("U", N, "VARCHAR", g.col(g.pick(["$175", "175", "$350", "$87.50", "0"])), "decoy", AUTO),
            c(
                "V",
                "credit_card",
                "VARCHAR",
                [
                    g.rnd.choice(
                        [
                            n,
                            " ".join(n[i : i + 4] for i in range(0, len(n), 4)),
                            "-".join(n[i : i + 4] for i in range(0, len(n), 4)),
                        ]
                    )
                    if b
                    else None
                    for n, b in ((v.card(g), b) for b in by_card)
                ],
                AUTO,
                HEAVY,
            ),
            c(
                "W",
                N,
                "VARCHAR",
                [f"{g.rnd.randint(1, 12):02d}/{g.rnd.randint(26, 30)}" if b else None for b in by_card],
                "decoy",
                AUTO,
                EMPTY,
            ),
            c("X", N, "VARCHAR", [g.digits(3) if b else None for b in by_card], "decoy", AUTO, CREDENTIAL, EMPTY),
            c("Y", N, "VARCHAR", g.col(g.pick(["Yes", "yes", "No"])), "decoy", AUTO),
            c("Z", N, "VARCHAR", g.col(g.pick(["Member", "Visitor", "member", ""])), "decoy", AUTO),
            c("AA", "free_text", "VARCHAR", g.col(note, 0.6), AUTO),
            c("AB", "first_name", "VARCHAR", g.col(g.pick(counselors), 0.1), AUTO, STAFF),
        ]
        + _lake(g, "s3://church-data/raw/camp_2025_xlsx", "2025-06-01", "2025-06-02"),
    )


def us_choir_survey(g: Gen) -> Table:
    """A Tucson community choir's member survey from a SurveyMonkey-style export: the collector's columns
    (respondent and collector ids, times, the IP address, the invited member's e-mail and names, blank for the web
    link), then questions flattened with their sub-answers (``Contact information - City/Town``, ``... - Other
    (please specify)``), a date of birth for the birthday list, open answers naming people."""
    rows = []
    for _ in range(g.rows):
        a, b = v.person(g, "us", g.rnd.random() < 0.62)
        rows.append((a, b, g.rnd.choice(v.US_TOWNS_AZ)))
    invited = [g.rnd.random() < 0.62 for _ in range(g.rows)]
    q = "Please share your contact details so we can update the directory."
    return Table(
        "surveymonkey_raw.choir_member_survey_2025",
        "en",
        "merged",
        [
            c("Respondent ID", N, "BIGINT", g.ints(114_000_000_000, 114_999_999_999), "decoy", KEY),
            c(
                "Collector ID",
                N,
                "BIGINT",
                [g.rnd.choice([452_118_902, 452_119_377]) for _ in range(g.rows)],
                "decoy",
                KEY,
            ),
            c("Start Date", N, "VARCHAR", [g.stamp("2025-05-01", "2025-06-15") for _ in range(g.rows)], "decoy"),
            c("End Date", N, "VARCHAR", [g.stamp("2025-05-01", "2025-06-15") for _ in range(g.rows)], "decoy"),
            c("IP Address", "ip_address", "VARCHAR", g.col(lambda: g.ip(0.3))),
            c(
                "Email Address",
                "email",
                "VARCHAR",
                [v.email_of(g, r[0], r[1], v.DOMAINS["us"]) if i else "" for r, i in zip(rows, invited)],
            ),
            c("First Name", "first_name", "VARCHAR", [r[0] if i else "" for r, i in zip(rows, invited)]),
            c("Last Name", "last_name", "VARCHAR", [r[1] if i else "" for r, i in zip(rows, invited)]),
            c(
                "Custom Data 1",
                N,
                "VARCHAR",
                [g.rnd.choice(["S1", "S2", "A1", "A2", "T", "B1", "B2"]) if i else "" for i in invited],
                "decoy",
                OPAQUE,
            ),
            c(
                "Which voice part do you sing? - Response",
                N,
                "VARCHAR",
                g.col(g.pick(["Soprano 1", "Soprano 2", "Alto 1", "Alto 2", "Tenor", "Baritone", "Bass"])),
                "decoy",
                MERGED,
                QUESTION,
            ),
            c(
                "How many seasons have you sung with us? - Response",
                N,
                "VARCHAR",
                g.col(g.pick(["This is my first", "2-5", "6-10", "More than 10"])),
                "decoy",
                MERGED,
                QUESTION,
            ),
            c(f"{q} - Name", "person_name", "VARCHAR", [f"{r[0]} {r[1]}" for r in rows], MERGED, QUESTION),
            c(
                f"{q} - Company",
                N,
                "VARCHAR",
                g.col(g.pick(["", "", "", "Retired", "U of A", "TMC", "Raytheon"])),
                "decoy",
                MERGED,
            ),
            c(
                f"{q} - Address",
                "street_address",
                "VARCHAR",
                [f"{v.house(g, 100, 12000)} {g.rnd.choice(v.US_STREETS_AZ)}" for _ in range(g.rows)],
                MERGED,
            ),
            c(
                f"{q} - Address 2",
                "street_address",
                "VARCHAR",
                [g.rnd.choice(["Apt 112", "Unit 3", "#14", "Casita"]) if g.rnd.random() < 0.15 else "" for _ in rows],
                MERGED,
                NULLWORD,
            ),
            c(f"{q} - City/Town", "city", "VARCHAR", [r[2][0] for r in rows], MERGED),
            c(f"{q} - State/Province", N, "VARCHAR", g.col(g.pick(["AZ", "Arizona", "AZ"])), "decoy", MERGED),
            c(f"{q} - ZIP/Postal Code", "postal_code", "VARCHAR", [r[2][1] for r in rows], MERGED),
            c(f"{q} - Country", N, "VARCHAR", g.col(g.pick(["United States", "USA", ""])), "decoy", MERGED),
            c(
                f"{q} - Email Address",
                "email",
                "VARCHAR",
                [v.typed_email(g, r[0], r[1], v.DOMAINS["us"]) for r in rows],
                MERGED,
            ),
            c(
                f"{q} - Phone Number",
                "phone",
                "VARCHAR",
                g.phones("US-AZ", {"national": 0.4, "dashes": 0.3, "dots": 0.15, "digits": 0.15}, 0.8, 0.04, 0.03),
                MERGED,
                MIXED_FMT,
            ),
            c(
                "What is your date of birth? (optional, for our birthday list) - Date / Time",
                "date_of_birth",
                "VARCHAR",
                [f"{g.birth(1940, 2001):%m/%d/%Y}" if g.rnd.random() < 0.45 else None for _ in rows],
                MERGED,
                QUESTION,
                HEAVY,
            ),
            c(
                "Would you be willing to serve on a committee? - Response",
                N,
                "VARCHAR",
                g.col(g.pick(["Yes", "No", "Maybe", "Other (please specify)"])),
                "decoy",
                MERGED,
                QUESTION,
            ),
            c(
                "Would you be willing to serve on a committee? - Other (please specify)",
                N,
                "VARCHAR",
                [
                    g.rnd.choice(["Ask me after June", "Only for the spring gala", "Possibly"])
                    if g.rnd.random() < 0.12
                    else ""
                    for _ in rows
                ],
                "decoy",
                MERGED,
                EMPTY,
            ),
            c(
                "Who would you like to sit next to? - Open-Ended Response",
                "free_text",
                "VARCHAR",
                g.sparse(
                    lambda: g.rnd.choice(
                        [
                            f"{v.given(g, 'us')}!",
                            f"{v.whole(g, 'us')} please",
                            "Anyone but the tenors",
                            f"{v.given(g, 'us')} and {v.given(g, 'us')}",
                        ]
                    ),
                    0.5,
                    ("",),
                ),
                MERGED,
                QUESTION,
            ),
            c(
                "Any other comments for the board? - Open-Ended Response",
                "free_text",
                "VARCHAR",
                g.sparse(
                    lambda: g.rnd.choice(
                        [
                            "More Brahms!",
                            f"Thank you {v.given(g, 'us')} for the rehearsal tracks",
                            "Parking at St. Philip's is tough",
                            f"{v.whole(g, 'us')} deserves an award",
                        ]
                    ),
                    0.6,
                    ("",),
                ),
                MERGED,
                QUESTION,
            ),
            c(
                "How likely are you to recommend us to a friend? - Response",
                N,
                "VARCHAR",
                g.col(lambda: str(g.rnd.randint(5, 10))),
                "decoy",
                MERGED,
                QUESTION,
            ),
        ]
        + _lake(g, "s3://choir-lake/raw/surveymonkey", "2025-06-16", "2025-06-20"),
    )


# -- German, French, Spanish -------------------------------------------------------------------------------------------


def de_helferliste(g: Gen) -> Table:
    """A Freiburg neighbourhood association's helper list for its summer street festival (an Excel table with
    German headers, spaces, dots and a format hint; Excel's own ``Spalte1`` and ``Spalte2``): names, e-mail,
    mobile and landline, birth date (for the youth-protection rule at the bar), address, shift and stand, a parent
    for helpers under 18 (mostly NULL), an IBAN for the expense allowance and the account holder if different
    (mostly NULL), notes, who entered the row (first names), the association's register number (``none``)."""
    rows = []
    for _ in range(g.rows):
        a, b = v.person(g, "de")
        town = g.rnd.choice(v.DE_TOWNS)
        rows.append((a, b, g.birth(1944, 2010), town))
    minors = [r[2] >= date(2007, 9, 1) for r in rows]
    board = _staff(g, 3, lambda x: v.given(x, "de"))

    def note() -> str:
        return g.rnd.choice(
            [
                f"Kommt mit {v.whole(g, 'de')}",
                "nur Samstag vormittags",
                "Hat Schankerfahrung",
                f"Bitte nicht mit {v.given(g, 'de')} in eine Schicht",
                "Bringt Pavillon mit",
            ]
        )

    return Table(
        "vereinsfest.helferliste_2025",
        "de",
        "spaced",
        [
            c("Nr.", N, "INTEGER", g.keys(1), "decoy", KEY, UNIT),
            c("Vorname", "first_name", "VARCHAR", [r[0] for r in rows]),
            c("Nachname", "last_name", "VARCHAR", [g.casing(r[1], 0.05, 0.0) for r in rows]),
            c(
                "E-Mail Adresse",
                "email",
                "VARCHAR",
                [v.typed_email(g, r[0], r[1], v.DOMAINS["de"]) for r in rows],
                UNIT,
            ),
            c(
                "Handy-Nr.",
                "phone",
                "VARCHAR",
                g.phones(
                    "DE", {"national": 0.35, "slash": 0.2, "digits": 0.2, "intl": 0.15, "00": 0.1}, 1.0, 0.05, 0.05
                ),
                UNIT,
                MIXED_FMT,
                ABBREV,
            ),
            c("Festnetz", "phone", "VARCHAR", g.phones("DE", {"national": 0.6, "slash": 0.4}, 0.0, 0.62), HEAVY),
            c(
                "Geb.-Datum (TT.MM.JJJJ)",
                "date_of_birth",
                "VARCHAR",
                [g.typed_date(r[2], {"dots": 0.7, "dots_loose": 0.2, "iso": 0.1}) for r in rows],
                UNIT,
                TYPED_DATE,
                ABBREV,
            ),
            c(
                "Straße + Hausnr.",
                "street_address",
                "VARCHAR",
                [f"{g.rnd.choice(v.DE_STREETS)} {v.house(g, 1, 120)}{g.rnd.choice(['', '', 'a', 'b'])}" for _ in rows],
                UNIT,
            ),
            c("PLZ", "postal_code", "VARCHAR", [g.rnd.choice(r[3][1]) for r in rows], ABBREV),
            c("Wohnort", "city", "VARCHAR", [r[3][0] if g.rnd.random() < 0.8 else r[3][0].split()[0] for r in rows]),
            c(
                "Schicht (Sa/So)",
                N,
                "VARCHAR",
                g.col(g.pick(["Sa 10-14", "Sa 14-18", "Sa 18-24", "So 11-15", "So 15-19", "Aufbau Fr"])),
                "decoy",
                UNIT,
            ),
            c(
                "Stand",
                N,
                "VARCHAR",
                g.col(g.pick(["Bierstand", "Kuchenbuffet", "Flohmarkt", "Grill", "Kinderschminken", "Kasse"])),
                "decoy",
            ),
            c("T-Shirt-Größe", N, "VARCHAR", g.col(g.pick(["S", "M", "L", "XL", "XXL"]), 0.2), "decoy"),
            c(
                "Hygienebelehrung vorhanden? (j/n)",
                N,
                "VARCHAR",
                g.col(g.pick(["j", "n", "ja", "J", "nein"])),
                "decoy",
                UNIT,
            ),
            c(
                "Eltern (bei U18) – Name",
                "person_name",
                "VARCHAR",
                [f"{v.given(g, 'de')} {r[1]}" if m else None for r, m in zip(rows, minors)],
                HEAVY,
                ROLE,
                UNIT,
            ),
            c(
                "Eltern (bei U18) – Tel.",
                "phone",
                "VARCHAR",
                [g.phone("DE", g.rnd.choice(["national", "slash"])) if m else None for m in minors],
                HEAVY,
                UNIT,
            ),
            c(
                "IBAN (für Aufwandsentschädigung)",
                "iban",
                "VARCHAR",
                g.col(lambda: v.iban(g, "DE", g.rnd.random() < 0.6), 0.7),
                HEAVY,
                UNIT,
            ),
            c(
                "Kontoinhaber (falls abweichend)",
                "person_name",
                "VARCHAR",
                g.col(lambda: v.whole(g, "de"), 0.92),
                HEAVY,
                ROLE,
                UNIT,
            ),
            c("Betrag (€)", N, "VARCHAR", g.col(g.pick(["20", "40", "20,00", "0", "60"]), 0.3), "decoy", UNIT),
            c("Bemerkung", "free_text", "VARCHAR", g.sparse(note, 0.55, ("", "-", "keine"))),
            c("Eingetragen von", "first_name", "VARCHAR", g.col(g.pick(board)), STAFF),
            c("Vereinsregister", N, "VARCHAR", ["VR 1207, AG Freiburg"] * g.rows, "business"),
            c("Anzahl Helferstunden", N, "INTEGER", g.ints(2, 12), "decoy"),
            c(
                "Kuchenspende",
                N,
                "VARCHAR",
                g.col(g.pick(["Käsekuchen", "Zwetschgenkuchen", "Muffins", ""]), 0.6),
                "decoy",
                EMPTY,
            ),
            c(
                "Spalte1",
                N,
                "VARCHAR",
                [g.rnd.choice(["x", "ok", "?"]) if g.rnd.random() < 0.15 else None for _ in range(g.rows)],
                "decoy",
                AUTO,
                EMPTY,
            ),
            c(
                "Spalte2",
                "email",
                "VARCHAR",
                g.col(lambda: v.email(g, "de", ["uni-freiburg.de", "sick.de", "haufe.com", "stadt.freiburg.de"]), 0.8),
                AUTO,
                HEAVY,
                MISLEADING,
            ),
        ],
    )


def fr_sejour_ski(g: Gen) -> Table:
    """A Lille youth and culture centre's (MJC) ski-trip registrations from a Google Form in French: the child's
    names and birth date, the social-security number the child is covered under (a parent's NIR: ``ssn``), the
    legal guardian's name, phones, address, an emergency contact as a name and a number in one answer, ski-rental
    sizes, the family quotient (``none``), a typed signature, remarks and the youth worker in charge."""
    rows = []
    for _ in range(g.rows):
        female = g.rnd.random() < 0.5
        a, b = v.person(g, "fr", female)
        town = g.rnd.choice(v.FR_TOWNS)
        parent_female = g.rnd.random() < 0.7
        pa = v.person(g, "fr", parent_female)[0]
        rows.append(
            (a, b, g.birth(2009, 2016), town, (pa, b if g.rnd.random() < 0.8 else v.family(g, "fr")), parent_female)
        )
    workers = _staff(g, 4, lambda x: v.given(x, "fr"))

    def nir(r: tuple) -> str:
        number = v.fr_nir(g, g.birth(1972, 1992), r[5], "59", r[3][2] if g.rnd.random() < 0.6 else None)
        return g.rnd.choice(
            [
                number,
                (f"{number[0]} {number[1:3]} {number[3:5]} {number[5:7]} {number[7:10]} {number[10:13]} {number[13:]}"),
                number[:13] + " " + number[13:],
            ]
        )

    def remark() -> str:
        return g.rnd.choice(
            [
                "Première fois au ski",
                f"Part avec son cousin {v.whole(g, 'fr')}",
                "Paiement en 3 fois",
                f"Ne pas mettre dans la chambre de {v.given(g, 'fr')}",
                "Énurésie, prévoir alèse",
            ]
        )

    return Table(
        "gforms_import.inscriptions_sejour_ski_2026",
        "fr",
        "question",
        [
            c("Horodateur", N, "VARCHAR", [g.stamp("2025-10-01", "2025-12-15", "eu") for _ in range(g.rows)], "decoy"),
            c(
                "Adresse e-mail",
                "email",
                "VARCHAR",
                [v.typed_email(g, r[4][0], r[4][1], v.DOMAINS["fr"]) for r in rows],
            ),
            c("Nom de l'enfant", "last_name", "VARCHAR", [g.casing(r[1], 0.35, 0.05) for r in rows], QUESTION),
            c("Prénom de l'enfant", "first_name", "VARCHAR", [r[0] for r in rows], QUESTION),
            c(
                "Date de naissance de l'enfant (jj/mm/aaaa)",
                "date_of_birth",
                "VARCHAR",
                [g.typed_date(r[2], {"dmy": 0.75, "dmy_loose": 0.15, "dashes": 0.1}) for r in rows],
                QUESTION,
                UNIT,
                TYPED_DATE,
            ),
            c("Sexe", N, "VARCHAR", g.col(g.pick(["Fille", "Garçon", "F", "G"])), "decoy"),
            c(
                "N° de sécurité sociale auquel l'enfant est rattaché",
                "ssn",
                "VARCHAR",
                [nir(r) if g.rnd.random() < 0.9 else g.rnd.choice(["", "en cours"]) for r in rows],
                QUESTION,
                UNIT,
            ),
            c(
                "Nom et prénom du responsable légal",
                "person_name",
                "VARCHAR",
                [g.rnd.choice([f"{r[4][1].upper()} {r[4][0]}", f"{r[4][0]} {r[4][1]}"]) for r in rows],
                QUESTION,
                ROLE,
            ),
            c(
                "Téléphone portable du responsable légal",
                "phone",
                "VARCHAR",
                g.phones(
                    "FR", {"national": 0.45, "digits": 0.25, "dots": 0.15, "intl": 0.1, "00": 0.05}, 1.0, 0.0, 0.05
                ),
                QUESTION,
                MIXED_FMT,
            ),
            c("Téléphone fixe", "phone", "VARCHAR", g.phones("FR", {"national": 0.7, "digits": 0.3}, 0.0, 0.7), HEAVY),
            c(
                "Adresse postale",
                "street_address",
                "VARCHAR",
                [f"{v.house(g, 1, 260)}{g.rnd.choice(['', '', ' bis'])} {g.rnd.choice(v.FR_STREETS)}" for _ in rows],
            ),
            c("Code postal", "postal_code", "VARCHAR", [r[3][1] for r in rows]),
            c("Ville", "city", "VARCHAR", [g.casing(r[3][0], 0.2, 0.05) for r in rows]),
            c(
                "Personne à prévenir en cas d'urgence (nom et téléphone)",
                "free_text",
                "VARCHAR",
                [_name_and_phone(g, "fr", "FR", ["mamie", "papi", "tante", "voisine", "oncle"]) for _ in rows],
                QUESTION,
                MIXED,
            ),
            c(
                "Allergies ou traitement médical ?",
                N,
                "VARCHAR",
                g.col(
                    g.pick(["Non", "non", "Asthme (Ventoline)", "Allergie arachides", "RAS", "Lentilles de contact"])
                ),
                "decoy",
                QUESTION,
            ),
            c(
                "Régime alimentaire",
                N,
                "VARCHAR",
                g.col(g.pick(["Aucun", "Sans porc", "Végétarien", "Halal", "Aucun"])),
                "decoy",
            ),
            c("Taille (cm)", N, "VARCHAR", g.col(lambda: str(g.rnd.randint(125, 180))), "decoy", UNIT),
            c("Pointure", N, "VARCHAR", g.col(lambda: str(g.rnd.randint(31, 44))), "decoy"),
            c(
                "Niveau de ski",
                N,
                "VARCHAR",
                g.col(g.pick(["Débutant", "Flocon", "1ère étoile", "2e étoile", "3e étoile"])),
                "decoy",
            ),
            c("Quotient familial CAF", N, "VARCHAR", g.col(lambda: str(g.rnd.randint(250, 1900))), "decoy"),
            c(
                "Mode de paiement",
                N,
                "VARCHAR",
                g.col(g.pick(["Chèques vacances ANCV", "Virement", "Chèque", "Espèces", "CB"])),
                "decoy",
            ),
            c("Droit à l'image", N, "VARCHAR", g.col(g.pick(["J'accepte", "Je refuse"])), "decoy"),
            c(
                "Autorisation parentale (tapez votre nom en guise de signature)",
                "person_name",
                "VARCHAR",
                [f"{r[4][0]} {r[4][1]}" if g.rnd.random() < 0.9 else r[4][1].upper() for r in rows],
                QUESTION,
                SIGNATURE,
            ),
            c("Remarques", "free_text", "VARCHAR", g.sparse(remark, 0.6, ("", "RAS", "néant"))),
            c("Animateur référent", "first_name", "VARCHAR", g.col(g.pick(workers), 0.2), STAFF),
            c("Montant versé (€)", N, "VARCHAR", g.col(g.pick(["120", "240", "360", "0", "180,50"])), "decoy", UNIT),
        ],
    )


def es_torneo_padel(g: Gen) -> Table:
    """A Valladolid padel club's autumn tournament sign-up sheet, landed by a loader that camel-cases the headers
    and names the two headerless columns ``field12`` (the partner's mobile) and ``field13`` (ticks): full name,
    DNI or NIE, birth date typed several ways, mobile, e-mail, address, the partner's name, a guardian for minors,
    the refund IBAN (mostly NULL), the federation licence (``none``), the club member number and who signed the
    player up (staff)."""
    rows = []
    for _ in range(g.rows):
        female = g.rnd.random() < 0.4
        a, b = v.person(g, "es", female)
        rows.append((a, f"{b} {v.family(g, 'es')}", g.birth(1962, 2011), g.rnd.choice(v.ES_TOWNS)))
    staff = _staff(g, 3, lambda x: v.given(x, "es"))
    minors = [r[2] >= date(2007, 10, 1) for r in rows]

    def doc() -> str:
        number = v.es_dni(g) if g.rnd.random() < 0.88 else v.es_nie(g)
        return g.rnd.choice([number, number.lower(), f"{number[:-1]}-{number[-1]}"])

    return Table(
        "hojas_inscripcion.torneoPadelOtono",
        "es",
        "camel",
        [
            c("numInscripcion", N, "INTEGER", g.keys(1), "decoy", KEY, ABBREV),
            c(
                "fechaInscripcion",
                N,
                "VARCHAR",
                [g.stamp("2025-09-01", "2025-10-10", "eu") for _ in range(g.rows)],
                "decoy",
            ),
            c("nombreApellidos", "person_name", "VARCHAR", [g.casing(f"{r[0]} {r[1]}", 0.15, 0.05) for r in rows]),
            c("dniNie", "national_id", "VARCHAR", [doc() if not m or g.rnd.random() < 0.5 else "" for m in minors]),
            c(
                "fechaNac",
                "date_of_birth",
                "VARCHAR",
                [g.typed_date(r[2], {"dmy": 0.6, "dmy_loose": 0.2, "dashes": 0.2}) for r in rows],
                TYPED_DATE,
                ABBREV,
            ),
            c(
                "movil",
                "phone",
                "VARCHAR",
                g.phones("ES", {"national": 0.4, "digits": 0.35, "intl": 0.15, "blocks": 0.1}, 1.0, 0.02, 0.05),
                MIXED_FMT,
            ),
            c(
                "correoElectronico",
                "email",
                "VARCHAR",
                [v.typed_email(g, r[0], r[1].split()[0], v.DOMAINS["es"]) for r in rows],
            ),
            c(
                "direccion",
                "street_address",
                "VARCHAR",
                [
                    f"{g.rnd.choice(v.ES_STREETS)}, {v.house(g, 1, 90)}, {g.rnd.randint(1, 8)}º{g.rnd.choice('ABCD')}"
                    if g.rnd.random() < 0.7
                    else ""
                    for _ in rows
                ],
            ),
            c("codigoPostal", "postal_code", "VARCHAR", [g.rnd.choice(r[3][1]) for r in rows]),
            c("localidad", "city", "VARCHAR", [r[3][0] for r in rows]),
            c("parejaNombre", "person_name", "VARCHAR", g.col(lambda: v.whole(g, "es"), 0.1), ROLE),
            c(
                "field12",
                "phone",
                "VARCHAR",
                g.phones("ES", {"national": 0.5, "digits": 0.5}, 1.0, 0.45),
                AUTO,
                MISLEADING,
            ),
            c(
                "field13",
                N,
                "VARCHAR",
                [g.rnd.choice(["x", "ok", "X"]) if g.rnd.random() < 0.3 else "" for _ in rows],
                "decoy",
                AUTO,
                EMPTY,
            ),
            c(
                "categoria",
                N,
                "VARCHAR",
                g.col(g.pick(["1ª masc", "2ª masc", "3ª masc", "1ª fem", "2ª fem", "Mixto B"])),
                "decoy",
            ),
            c("nivel", N, "VARCHAR", g.col(lambda: f"{g.rnd.randint(1, 6)}.{g.rnd.choice([0, 5])}"), "decoy"),
            c("tallaCamiseta", N, "VARCHAR", g.col(g.pick(["S", "M", "L", "XL"])), "decoy"),
            c(
                "horarioPreferente",
                N,
                "VARCHAR",
                g.col(g.pick(["Mañanas", "Tardes", "Indiferente", "Sólo finde"])),
                "decoy",
            ),
            c("socioNum", N, "VARCHAR", g.col(lambda: f"S-{g.rnd.randint(100, 2400)}", 0.35), "decoy", KEY, ABBREV),
            c("licenciaFederativa", N, "VARCHAR", g.col(lambda: f"CYL{g.digits(6)}", 0.55), "decoy", SHAPE, EMPTY),
            c("pagado", N, "VARCHAR", g.col(g.pick(["Sí", "si", "No", "Bizum", "pendiente"])), "decoy"),
            c("importeEur", N, "VARCHAR", g.col(g.pick(["20", "25", "20,00", "15"])), "decoy"),
            c("ibanDevolucion", "iban", "VARCHAR", g.col(lambda: v.iban(g, "ES", g.rnd.random() < 0.5), 0.85), HEAVY),
            c("tutorNombre", "person_name", "VARCHAR", [v.whole(g, "es") if m else None for m in minors], HEAVY, ROLE),
            c(
                "observaciones",
                "free_text",
                "VARCHAR",
                g.sparse(
                    lambda: g.rnd.choice(
                        [
                            f"Juega con {v.whole(g, 'es')} si se cae su pareja",
                            "Lesión de hombro",
                            f"Hermano de {v.given(g, 'es')} (socio)",
                            "No puede el sábado",
                        ]
                    ),
                    0.6,
                    ("", "-", "ninguna"),
                ),
            ),
            c("inscritoPor", "first_name", "VARCHAR", g.col(g.pick(staff)), STAFF),
        ],
    )


# -- Dutch, Italian, Polish --------------------------------------------------------------------------------------------


def nl_fietsenwinkel(g: Gen) -> Table:
    """An Amersfoort bicycle shop's customer export from its till and web-shop system (Dutch, PascalCase): the
    name in three parts (``Tussenvoegsel`` mostly empty), the address in street, number and addition, postcode and
    town, phones, e-mail, birth date and IBAN for the lease bikes (mostly NULL), the frame numbers, brands and
    models of the bikes bought (``none``), business customers' company, KvK and btw numbers (mostly empty,
    ``none``), and two free fields: ``VrijVeld1`` (the frame lock's key number: ``none``) and ``VrijVeld2`` (a
    second e-mail address)."""
    rows = []
    for _ in range(g.rows):
        a, last = v.person(g, "nl")
        particle, core = v.nl_parts(last)
        town = g.rnd.choice(v.NL_TOWNS)
        rows.append((a, particle, core, town, g.rnd.random() < 0.08))
    lease = [g.rnd.random() < 0.3 for _ in range(g.rows)]

    def remark() -> str:
        return g.rnd.choice(
            [
                "Accu onder garantie vervangen",
                f"Fiets voor dochter {v.given(g, 'nl')}",
                f"Ophalen door buurman {v.whole(g, 'nl')}",
                "Wil bellen als onderdeel binnen is",
            ]
        )

    return Table(
        "webshop_export.KlantenExport",
        "nl",
        "pascal",
        [
            c("KlantNummer", N, "BIGINT", g.keys(100_201), "decoy", KEY),
            c("Aanhef", N, "VARCHAR", g.col(g.pick(["Dhr.", "Mevr.", "", "Fam."])), "decoy"),
            c("Voornaam", "first_name", "VARCHAR", [r[0] for r in rows]),
            c("Tussenvoegsel", "last_name", "VARCHAR", [r[1] for r in rows], NULLWORD),
            c("Achternaam", "last_name", "VARCHAR", [r[2] for r in rows]),
            c("Straat", "street_address", "VARCHAR", g.col(g.pick(v.NL_STREETS))),
            c("Huisnummer", "street_address", "VARCHAR", [str(v.house(g, 1, 250)) for _ in rows]),
            c(
                "Toevoeging",
                "street_address",
                "VARCHAR",
                [g.rnd.choice(["A", "B", "bis", "-2", "hs", "1 hoog"]) if g.rnd.random() < 0.15 else "" for _ in rows],
                NULLWORD,
            ),
            c(
                "Postcode",
                "postal_code",
                "VARCHAR",
                [g.rnd.choice([p, p.replace(" ", ""), p.lower()]) for p in (v.nl_postcode(g, r[3]) for r in rows)],
            ),
            c("Plaats", "city", "VARCHAR", [g.casing(r[3][0], 0.2, 0.0) for r in rows]),
            c("Land", N, "VARCHAR", g.col(g.pick(["NL", "NL", "Nederland"])), "decoy"),
            c(
                "Telefoon",
                "phone",
                "VARCHAR",
                g.phones("NL", {"national": 0.5, "digits": 0.3, "dashes": 0.2}, 0.0, 0.6),
                HEAVY,
            ),
            c(
                "Mobiel",
                "phone",
                "VARCHAR",
                g.phones(
                    "NL", {"national": 0.35, "digits": 0.3, "dashes": 0.15, "intl": 0.1, "e164": 0.1}, 1.0, 0.1, 0.04
                ),
                MIXED_FMT,
            ),
            c(
                "Email",
                "email",
                "VARCHAR",
                _dirty(
                    g, [v.typed_email(g, r[0], r[2], v.DOMAINS["nl"]) for r in rows], 0.03, ["geen@email.nl", "nvt"]
                ),
                PLACEHOLDER,
            ),
            c("Geboortedatum", "date_of_birth", "DATE", [g.birth(1945, 2005) if x else None for x in lease], HEAVY),
            c("IBAN", "iban", "VARCHAR", [v.iban(g, "NL", g.rnd.random() < 0.5) if x else None for x in lease], HEAVY),
            c("Framenummer", N, "VARCHAR", g.col(lambda: g.code("AA99999999"), 0.2), "decoy", SHAPE),
            c(
                "Merk",
                N,
                "VARCHAR",
                g.col(g.pick(["Gazelle", "Batavus", "Cortina", "Sparta", "VanMoof", "Stevens"])),
                "decoy",
                PRODUCT,
            ),
            c(
                "Model",
                N,
                "VARCHAR",
                g.col(g.pick(["Orange C7", "Finez E-go", "Common", "Amazone", "S5", "Strada"])),
                "decoy",
                PRODUCT,
            ),
            c(
                "Bedrijfsnaam",
                N,
                "VARCHAR",
                [f"{r[2]} Installatietechniek B.V." if r[4] else "" for r in rows],
                "decoy",
                EMPTY,
            ),
            c("KvKNummer", N, "VARCHAR", [g.digits(8) if r[4] else "" for r in rows], "decoy", EMPTY, SHAPE),
            c("BtwNummer", N, "VARCHAR", [v.nl_btw(g) if r[4] else "" for r in rows], "decoy", EMPTY, CHECK),
            c("Nieuwsbrief", N, "BOOLEAN", g.yn(True, False, 0.35), "decoy"),
            c("AangemaaktOp", N, "TIMESTAMP", g.moments("2014-03-01", "2025-09-30"), "decoy"),
            c("LaatsteAankoop", N, "DATE", g.days("2019-01-01", "2025-09-30"), "decoy"),
            c("OmzetTotaal", N, "DOUBLE", g.amounts(12, 6400), "decoy"),
            c(
                "VrijVeld1",
                N,
                "VARCHAR",
                g.col(lambda: f"{g.rnd.choice(['AXA', 'ABUS'])} {g.digits(6)}", 0.4),
                "decoy",
                OPAQUE,
                CREDENTIAL,
            ),
            c("VrijVeld2", "email", "VARCHAR", g.col(lambda: v.email(g, "nl", v.DOMAINS["nl"]), 0.85), OPAQUE, HEAVY),
            c("Opmerkingen", "free_text", "VARCHAR", g.sparse(remark, 0.6, ("", "-"))),
        ],
    )


def it_grest(g: Gen) -> Table:
    """A Padua parish's summer camp (Grest) registrations, a spreadsheet kept by the parish office (Italian
    headers with spaces, dots and units; Excel's ``Colonna1``): the child's ``Cognome e Nome`` in one cell, codice
    fiscale (encoding the child's name, birth date, sex and birthplace), birth date typed, birthplace, address,
    the mothers' and fathers' mobiles, the parent's e-mail, the parent who signs and that parent's codice fiscale
    for the tax receipt (mostly NULL), the people who may pick the child up (names with relations: ``free_text``),
    the team, the youth leader (first names), a refund IBAN (mostly NULL)."""
    rows = []
    for _ in range(g.rows):
        female = g.rnd.random() < 0.5
        a, b = v.person(g, "it", female)
        born = g.birth(2011, 2019)
        place = g.rnd.choice(v.IT_BIRTHPLACES)
        rows.append((a, b, born, place, v.it_codice_fiscale(a, b, born, female, place[1]), g.rnd.choice(v.IT_TOWNS)))
    leaders = _staff(g, 6, lambda x: v.given(x, "it"))
    signers = []
    for r in rows:
        mother = g.rnd.random() < 0.75
        pa, pb = v.person(g, "it", mother)
        pb = r[1] if not mother else pb
        born = g.birth(1972, 1992)
        place = g.rnd.choice(v.IT_BIRTHPLACES)
        signers.append((pa, pb, v.it_codice_fiscale(pa, pb, born, mother, place[1])))

    def pickup(r: tuple) -> str:
        return g.rnd.choice(
            [
                f"nonna {v.given(g, 'it')}, zio {v.whole(g, 'it')}",
                f"{v.whole(g, 'it')} (vicina)",
                f"nonni {r[1]}",
                "solo i genitori",
                f"baby sitter {v.given(g, 'it')}",
            ]
        )

    return Table(
        "grest_parrocchia.iscrizioni_grest_2025",
        "it",
        "spaced",
        [
            c("N°", N, "INTEGER", g.keys(1), "decoy", KEY, UNIT),
            c("Cognome e Nome", "person_name", "VARCHAR", [g.casing(f"{r[1]} {r[0]}", 0.4, 0.0) for r in rows]),
            c("Codice Fiscale", "national_id", "VARCHAR", [r[4] if g.rnd.random() < 0.93 else "" for r in rows]),
            c(
                "Data di nascita",
                "date_of_birth",
                "VARCHAR",
                [g.typed_date(r[2], {"dmy": 0.6, "dmy_loose": 0.25, "dashes": 0.15}) for r in rows],
                TYPED_DATE,
            ),
            c("Luogo di nascita", "city", "VARCHAR", [g.casing(r[3][0], 0.2, 0.0) for r in rows]),
            c(
                "Classe frequentata",
                N,
                "VARCHAR",
                g.col(g.pick(["1ª elem.", "2ª elem.", "3ª elem.", "4ª elem.", "5ª elem.", "1ª media", "2ª media"])),
                "decoy",
            ),
            c(
                "Indirizzo",
                "street_address",
                "VARCHAR",
                [
                    f"{g.rnd.choice(v.IT_STREETS)} {v.house(g, 1, 160)}{g.rnd.choice(['', '', '/A', ' int. 3'])}"
                    for _ in rows
                ],
            ),
            c("CAP", "postal_code", "VARCHAR", [r[5][2] for r in rows], ABBREV),
            c("Comune", "city", "VARCHAR", [r[5][0] for r in rows]),
            c(
                "Cell. mamma",
                "phone",
                "VARCHAR",
                g.phones("IT", {"national": 0.4, "digits": 0.35, "intl": 0.15, "dashes": 0.1}, 1.0, 0.08, 0.05),
                ABBREV,
                MIXED_FMT,
            ),
            c("Cell. papà", "phone", "VARCHAR", g.phones("IT", {"national": 0.4, "digits": 0.6}, 1.0, 0.3), ABBREV),
            c("E-mail genitore", "email", "VARCHAR", [v.typed_email(g, s[0], s[1], v.DOMAINS["it"]) for s in signers]),
            c("Nome genitore che firma", "person_name", "VARCHAR", [f"{s[0]} {s[1]}" for s in signers], ROLE),
            c(
                "CF genitore (per detrazione)",
                "national_id",
                "VARCHAR",
                [s[2] if g.rnd.random() < 0.35 else None for s in signers],
                HEAVY,
                ABBREV,
                UNIT,
            ),
            c(
                "Allergie / intolleranze",
                N,
                "VARCHAR",
                g.col(g.pick(["no", "Nessuna", "lattosio", "celiachia", "frutta a guscio", "-"])),
                "decoy",
            ),
            c(
                "Settimane (1-2-3-4)",
                N,
                "VARCHAR",
                g.col(g.pick(["1-2-3-4", "1-2", "3-4", "2", "tutte"])),
                "decoy",
                UNIT,
            ),
            c("Taglia maglietta", N, "VARCHAR", g.col(g.pick(["6-8", "9-11", "12-14", "S", "M"])), "decoy"),
            c(
                "Squadra",
                N,
                "VARCHAR",
                g.col(g.pick(["Rossi", "Gialli", "Verdi", "Blu"])),
                "decoy",
                PRODUCT,
                MISLEADING,
            ),
            c("Animatore", "first_name", "VARCHAR", g.col(g.pick(leaders), 0.1), STAFF),
            c("Quota (€)", N, "VARCHAR", g.col(g.pick(["60", "110", "150", "45 (fratello)"])), "decoy", UNIT),
            c("Pagato?", N, "VARCHAR", g.col(g.pick(["sì", "si", "SI", "no", "metà"])), "decoy"),
            c("Delega ritiro (nomi)", "free_text", "VARCHAR", [pickup(r) for r in rows], UNIT),
            c("Foto ok?", N, "VARCHAR", g.col(g.pick(["sì", "no", "sì"])), "decoy"),
            c(
                "Note",
                "free_text",
                "VARCHAR",
                g.sparse(
                    lambda: g.rnd.choice(
                        [
                            f"Fratello di {v.given(g, 'it')}",
                            "Va a casa da solo (delega firmata)",
                            f"Stesso gruppo di {v.whole(g, 'it')}",
                            "Ritiro alle 16",
                        ]
                    ),
                    0.6,
                    ("", "nessuna", "-"),
                ),
            ),
            c("IBAN per rimborso", "iban", "VARCHAR", g.col(lambda: v.iban(g, "IT", g.rnd.random() < 0.5), 0.9), HEAVY),
            c(
                "Colonna1",
                N,
                "VARCHAR",
                [g.rnd.choice(["ok", "x", "da chiamare"]) if g.rnd.random() < 0.12 else None for _ in rows],
                "decoy",
                AUTO,
                EMPTY,
            ),
        ],
    )


def pl_szkola_jezykowa(g: Gen) -> Table:
    """A Wrocław language school's autumn course sign-ups imported from a CSV into SCREAMING-case columns (Polish,
    without diacritics in the names as the import tool wrote them): names, PESEL (encoding the birth date and the
    sex), birth date typed, mobile, e-mail, address, course, group and teacher, invoices to a company (name, NIP and
    address mostly empty: ``none``), a legal guardian for minors, Excel's ``KOLUMNA1`` and two extra fields:
    ``POLE_DOD_1`` (how they heard: ``none``) and ``POLE_DOD_2`` (a second phone)."""
    rows = []
    for _ in range(g.rows):
        female = g.rnd.random() < 0.6
        a, b = v.person(g, "pl", female)
        born = g.birth(1970, 2012)
        rows.append((a, b, born, v.pl_pesel(g, born, female), g.rnd.choice(v.PL_TOWNS)))
    teachers = _staff(g, 7, lambda x: v.whole(x, "pl"))
    company = [g.rnd.random() < 0.12 for _ in range(g.rows)]
    minors = [r[2] >= date(2007, 10, 1) for r in rows]

    def note() -> str:
        return g.rnd.choice(
            [
                f"Razem z {v.whole(g, 'pl')}",
                "Prosi o grupę wieczorną",
                "Płaci firma - faktura",
                f"Siostra {v.given(g, 'pl')} też się zapisze",
                "Test poziomujący 12.09",
            ]
        )

    return Table(
        "import_csv.ZAPISY_KURSY_JESIEN_2025",
        "pl",
        "screaming",
        [
            c("LP", N, "INTEGER", g.keys(1), "decoy", KEY, ABBREV),
            c(
                "DATA_ZGLOSZENIA",
                N,
                "VARCHAR",
                [g.stamp("2025-08-15", "2025-09-30", "de") for _ in range(g.rows)],
                "decoy",
            ),
            c("IMIE", "first_name", "VARCHAR", [r[0] for r in rows]),
            c("NAZWISKO", "last_name", "VARCHAR", [g.casing(r[1], 0.3, 0.0) for r in rows]),
            c(
                "PESEL",
                "national_id",
                "VARCHAR",
                [r[3] if g.rnd.random() < 0.9 else g.rnd.choice(["", "brak"]) for r in rows],
            ),
            c(
                "DATA_UR",
                "date_of_birth",
                "VARCHAR",
                [g.typed_date(r[2], {"dots": 0.6, "iso": 0.25, "dots_loose": 0.15}) for r in rows],
                ABBREV,
                TYPED_DATE,
            ),
            c(
                "TEL_KOM",
                "phone",
                "VARCHAR",
                g.phones(
                    "PL", {"national": 0.4, "digits": 0.25, "dashes": 0.15, "intl": 0.15, "e164": 0.05}, 1.0, 0.03, 0.05
                ),
                ABBREV,
                MIXED_FMT,
            ),
            c("EMAIL", "email", "VARCHAR", [v.typed_email(g, r[0], r[1], v.DOMAINS["pl"]) for r in rows]),
            c(
                "ULICA",
                "street_address",
                "VARCHAR",
                [
                    f"{g.rnd.choice(v.PL_STREETS)} {v.house(g, 1, 150)}{g.rnd.choice(['', '/4', '/12', 'a/3'])}"
                    for _ in rows
                ],
            ),
            c(
                "KOD_POCZTOWY",
                "postal_code",
                "VARCHAR",
                [
                    g.rnd.choice([p, p.replace("-", "")])
                    for p in (v.pl_postcode(g, g.rnd.choice(r[4][1])) for r in rows)
                ],
            ),
            c("MIEJSCOWOSC", "city", "VARCHAR", [r[4][0] for r in rows]),
            c(
                "KURS",
                N,
                "VARCHAR",
                g.col(
                    g.pick(["Angielski", "Niemiecki", "Hiszpański", "Angielski biznesowy", "Polski dla obcokrajowców"])
                ),
                "decoy",
            ),
            c("POZIOM", N, "VARCHAR", g.col(g.pick(["A1", "A2", "B1", "B2", "C1"])), "decoy"),
            c("GRUPA", N, "VARCHAR", g.col(lambda: g.code("AA-99")), "decoy", SHAPE),
            c("LEKTOR", "person_name", "VARCHAR", g.col(g.pick(teachers), 0.05), STAFF),
            c("FAKTURA_NA_FIRME", N, "VARCHAR", ["T" if x else "N" for x in company], "decoy"),
            c(
                "NAZWA_FIRMY",
                N,
                "VARCHAR",
                [
                    g.rnd.choice(["Odra Logistics Sp. z o.o.", "Hydral Serwis S.A.", "Ostrów Soft sp.j.", "Mostowa IT"])
                    if x
                    else ""
                    for x in company
                ],
                "business",
                EMPTY,
            ),
            c("NIP", N, "VARCHAR", [v.pl_nip(g) if x else "" for x in company], "business", EMPTY, CHECK),
            c(
                "ADRES_FIRMY",
                N,
                "VARCHAR",
                [f"ul. Strzegomska {v.house(g, 2, 200)}, 53-611 Wrocław" if x else "" for x in company],
                "business",
                EMPTY,
            ),
            c("RABAT_PROC", N, "INTEGER", g.col(g.pick([0, 0, 5, 10, 15])), "decoy", ABBREV),
            c("CENA_PLN", N, "VARCHAR", g.col(g.pick(["1490", "1 490,00", "1890", "990"])), "decoy"),
            c("RATY", N, "VARCHAR", g.col(g.pick(["T", "N", "N"])), "decoy"),
            c(
                "OPIEKUN_PRAWNY",
                "person_name",
                "VARCHAR",
                [f"{v.given(g, 'pl')} {r[1]}" if m else None for r, m in zip(rows, minors)],
                HEAVY,
                ROLE,
            ),
            c(
                "TEL_OPIEKUNA",
                "phone",
                "VARCHAR",
                [g.phone("PL", g.rnd.choice(["national", "digits"])) if m else None for m in minors],
                HEAVY,
                ABBREV,
            ),
            c("UWAGI", "free_text", "VARCHAR", g.sparse(note, 0.6, ("", "brak", "-"))),
            c("ZGODA_RODO", N, "VARCHAR", g.col(g.pick(["T", "TAK", "tak"])), "decoy"),
            c(
                "KOLUMNA1",
                N,
                "VARCHAR",
                [g.rnd.choice(["x", "?", "zapł."]) if g.rnd.random() < 0.1 else None for _ in rows],
                "decoy",
                AUTO,
                EMPTY,
            ),
            c(
                "POLE_DOD_1",
                N,
                "VARCHAR",
                g.col(g.pick(["Facebook", "Google", "Znajomi", "Ulotka", "Byłem wcześniej"])),
                "decoy",
                OPAQUE,
            ),
            c(
                "POLE_DOD_2",
                "phone",
                "VARCHAR",
                g.phones("PL", {"national": 0.5, "digits": 0.5}, 0.8, 0.75),
                OPAQUE,
                HEAVY,
            ),
        ],
    )


BUILDERS: list[tuple[Callable[[Gen], Table], int]] = [
    (ca_fun_run, 850),
    (ie_rescue_applications, 420),
    (uk_lead_sheet, 600),
    (nz_class_lists, 240),
    (au_tenant_register, 230),
    (us_boat_crm, 900),
    (uk_etsy_orders, 700),
    (us_camp_sheet, 320),
    (us_choir_survey, 260),
    (de_helferliste, 260),
    (fr_sejour_ski, 240),
    (es_torneo_padel, 300),
    (nl_fietsenwinkel, 650),
    (it_grest, 280),
    (pl_szkola_jezykowa, 380),
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
