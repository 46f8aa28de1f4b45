"""Held-out set v56 for the column classifier: 15 tables of *insurance and pension* systems, one system per table and
each a different organisation, nine with English column names (the United States, Canada, the United Kingdom,
Australia, Ireland and New Zealand) and six in Italian, German, French, Dutch, Czech and romanized Japanese, in snake,
camel, Pascal and SCREAMING case, with abbreviations (``AGT_FNM``, ``mbr_mob``, ``addr_ln1``, ``ctc_ph``), a source
prefix (``src_admin_col04``) and opaque custom fields holding personal data beside opaque fields holding none:

* ``cc_extract.ccx_claim_auto``: a Wisconsin mutual motor insurer's claims export from a ClaimCenter-like system
  (Pascal case: ``ClaimantSSN`` and ``ClaimantMBI`` for the Medicare Section 111 report on bodily-injury claims,
  ``ClaimantLicenseNumber`` beginning with the Soundex of the family name, the adjuster's name, e-mail and direct
  line, VIN, plate, the body shop, the loss location's intersection and coordinates);
* ``PRDCR.AGT_MSTR``: an Iowa carrier's independent-agent producer master on an AS/400-style file (SCREAMING and
  abbreviated: ``AGT_SSN`` with some ``000-00-0000``, NPN and licence numbers, the agencies' own name, FEIN, address,
  ZIP and phone, direct-deposit routing and account numbers, ``MISC_1`` a personal mobile, ``MISC_2`` territories);
* ``lifeclaims.death_claim_payees``: a Nebraska life insurer's death-claim payees (decedents and their SSNs, dates and
  ICD-10 causes of death, beneficiaries, estates and trusts with their TINs, funeral homes the benefit was assigned
  to, the claim examiner, ``src_admin_col04`` a payee's e-mail, ``src_admin_col05`` the claim form's version);
* ``uw_api.termApplications``: an Ontario life insurer's term-life underwriting API (camel case: SIN, build, tobacco,
  lab results as JSON, MIB codes, rating class, table rating, mortality table, beneficiaries, the attending physician
  and the clinic's phone, the underwriter, the IP the application was signed from);
* ``bdx_lloyds.risk_bdx_household_2025q3``: a Bristol managing general agent's household risk bordereau for its
  Lloyd's syndicate (UMR, certificate references, the coverholder's VAT number, the reinsurer's LEI, the insured and
  ``udf_1`` a joint policyholder, the risk address and postcode, sums insured, IPT, flood zone, loss ratio);
* ``petcover.Policies``: a Cardiff pet insurer's policies (Pascal case: the product under ``Name``, pets named like
  people, breeds, pets' birth dates and microchips, the policyholder, the vet practice's name, phone and postcode,
  sort code and the account's last four digits, the seller by first name);
* ``tripcover_api.quoteTravellers``: a Brisbane travel insurer's quote API, one row per traveller (camel case: birth
  dates as ``dd/mm/yyyy`` text, passport numbers, ``emergencyContact`` mixing names, phones and e-mail addresses, the
  raw request as JSON, a card number an old quote engine logged in clear, its last four digits and token, client IPs
  and user agents, the insurer's ABN);
* ``pens_admin.mbr_master``: a Dublin pension administrator's member master of occupational DC schemes (PPSN,
  Eircode, ``alt_ref`` holding a personal e-mail, normal retirement date, contribution rates, fund ISINs, annuity and
  transfer-value factors, the spouse, nominated beneficiaries with their shares in one cell, pensioners' IBANs);
* ``claimshub.home_lodgements``: a Christchurch home insurer's claim lodgements (joint insureds, the insured home,
  suburb, postcode and coordinates, ``alt_contact`` mixing kinds, tenants, ``attr7`` the mortgagee bank, ``attr8`` the
  tenant's phone, key-safe codes, the assessor, builders, the settlement bank account);
* ``rca_agenzia.polizze_contraenti``: a Bari agency's motor third-party liability (RCA) policies (Italian: targa,
  telaio, classe CU, codice fiscale, PEC, the usual driver, the agency's address, phone and partita IVA,
  ``campo_libero_1`` a driving-licence number, ``campo_libero_2`` a convention code);
* ``riester_vw.Zulageantraege``: a Leipzig insurer's Riester pension contracts and allowance applications (German,
  Pascal case: ``SteuerId``, ``SozVersNr``, ``Zulagenummer``, ``Geburtsname``, ``Hausnummer``, the first child's first
  name and birth date, ``Deckungsrueckstellung``, ``Rechnungszins``, ``Zusatz1`` a previous provider, ``Zusatz2`` a
  mobile number);
* ``assurvie.contrats_beneficiaires``: a Nantes mutual insurer's life-assurance contracts (French: numéro fiscal,
  ``nom_naissance``, the beneficiary clause, named beneficiaries, unit-linked ISINs, ``login_espace_client`` holding
  the customer's e-mail address);
* ``uitvaartcoop.verzekerden``: a Twente funeral-insurance co-operative's members (Dutch, camel case: voorletters,
  roepnaam, tussenvoegsel, BSN, house number and addition, the package under ``naam``, funeral wishes, the contact
  person);
* ``dps_penze.ucastnici``: a Brno pension company's supplementary pension savings participants (Czech: rodné číslo,
  female family names, the designated person and their birth number, the employer and its IČO, state contributions);
* ``ideco_kiroku.kanyusha_daicho``: an Osaka record-keeper's iDeCo participant ledger (romanized Japanese column names,
  Japanese values: names in kanji and katakana, ``kiso_nenkin_bango``, ``kojin_bango``, the employer's corporate
  number, bank account, the death lump-sum beneficiary, staff by family name).

Tables have 420 to 1,100 rows and 28 to 35 columns (463 in all, 221 of them personal).

Written **blind**, like v2 to v55: by someone who has read neither the classifier (``governance_dagster/detect/``) nor
its rules, documentation, tests, changelog, history or notes, only the list of kind names and their docstrings
(``governance_dagster/kinds.py``), how the scorer registers a set (``heldout_v2_accuracy.py``, read, never run), the
*structure* and labeling conventions of v27 (``heldout_v27.py``, ``heldout_v27_values.py``, its test,
``tests/heldout_support.py``; the writer and summary of ``heldout_v4.py`` it imports), the ``Column``/``Table``
classes of ``heldout_v2.py``, the module docstrings of v24 to v55 (to avoid their domains and follow their labeling
conventions) and the docstring of v55's test, the ruff section of ``pyproject.toml`` and the source of the installed
python-stdnum and phonenumbers packages. The classifier was not run on this set while it was written, no scorer was
run on it, and no score of any set was looked at: nothing here was adjusted to what the classifier does. It was
written under a short deadline (about 60 minutes, the tests and lint included), so some labels below are quick
decisions rather than settled conventions. It imports no earlier set's value module: its random source, name lists
(the US Midwest and Connecticut with Hmong, Somali, Hispanic, Polish and South Asian names; Ontario with Punjabi,
Chinese, Ghanaian and Québécois names; England and Wales; Australia; Ireland with fadas and new Irish; Canterbury
with Māori and Pasifika names; Campania and Puglia; Saxony; Brittany and the Pays de la Loire; Twente; Moravia with
the female forms of family names; Japan in kanji and katakana), streets, towns, postal codes, companies and
identifier builders are its own (:mod:`benchmarks.classification.heldout_v56_values`; the generic ``Gen`` helpers were
copied from v27's).

What is new against v2 to v55: insurance and pension systems themselves. Earlier sets touched the theme at its edges
(v25 an insurer's claims and a mainframe policy-holder extract, v27 an agent's CRM, v30, v33 and v37 insurers' policy
holders, v33 a Bulgarian pension fund, v35 a policy-claim flat file, v36 benefits and claims files, v38 a
pet-insurance app's Intercom contacts, v49 life-insurance beneficiaries of a benefits plan, v53 a roofer's insurance
claims); here a claims system, a producer master, death-claim payees, underwriting, a Lloyd's bordereau, pet, travel,
home, motor, Riester, life-assurance, funeral and iDeCo records.

* insurance decoys (tag ``policy_number``, all ``none``): claim, policy, certificate, agreement and contract numbers
  and a Lloyd's UMR; actuarial and underwriting values (tags ``actuarial`` and ``clinical``): reserves, rating
  classes, table ratings, mortality tables, expected mortality, annuity and transfer-value factors, a normal
  retirement date, the Riester reserve and technical interest, a loss ratio, build, tobacco, labs, MIB codes, ICD-10
  causes of death, pre-existing conditions;
* vehicles and animals (tags ``vehicle`` and ``animal``, ``none``): VINs with their ISO 3779 check character, US and
  Italian plates, makes and models; pets' names, species, breeds, birth dates and microchips;
* decoys with check digits (tag ``check_digit``, ``none``): VINs, Irish and French fund ISINs, a reinsurer's LEI, a
  coverholder's UK VAT number, an insurer's ABN, an agency's partita IVA, employers' IČO and Japanese corporate
  numbers, ABA routing numbers; producers' NPNs, licence numbers and a German intermediary register number (tag
  ``professional_id``);
* opaque fields (tag ``opaque``): ``MISC_1`` (a phone), ``udf_1`` (a joint policyholder), ``attr8`` (a tenant's
  phone), ``src_admin_col04`` (an e-mail address), ``campo_libero_1`` (a driving-licence number), ``Zusatz2`` (a
  mobile) beside ``MISC_2``, ``udf_2``, ``attr7``, ``src_admin_col05``, ``campo_libero_2`` and ``Zusatz1`` (codes, a
  bank, a form version, a provider: ``none``); misleading names (tag ``misleading``): ``Name`` and ``naam`` (products)
  and ``alt_ref`` and ``login_espace_client`` (e-mail addresses);
* identifiers of persons with check digits (python-stdnum, or the published rule written out in the value module and
  checked again by the test), encoding the row's birth date and sex where the number does: the US SSN, the Canadian
  SIN, the Irish PPSN, the German social-insurance number and Riester allowance number (birth date, birth-name
  initial, sex), the German IdNr, the codice fiscale (name, birth date, comune), the French numéro fiscal, the BSN,
  the rodné číslo and the Japanese My Number; by their shape (no public check digit) the Medicare Beneficiary
  Identifier, Wisconsin driving-licence numbers (Soundex of the family name), Italian driving-licence numbers,
  Australian passports and Japanese basic pension numbers; Irish, Italian, German, French, Dutch and Czech IBANs, a
  New Zealand bank account (python-stdnum's branch register), a card number in clear (Luhn);
* phones of twelve countries (phonenumbers) in national, international, E.164 and digit-only forms; postal codes of
  twelve countries in their own shapes (ZIP and ZIP+4, Canadian postal codes, UK postcodes, Eircodes, Dutch
  ``1234 AB``, Czech ``602 00``, Japanese ``530-0001``); dates of birth as ``DATE`` and as text (tag ``dob_text``).

Labeling choices a reader may question:

* social-security and social-insurance numbers follow ``governance_dagster/kinds.py``: the US SSN, the Canadian SIN,
  the Irish PPSN, the German Sozialversicherungsnummer and the Japanese basic pension number are ``ssn`` (v49, v53 and
  v55 labeled some of these ``national_id``; the kind list's docstring names the SIN and the PPSN under ``ssn``). The
  Riester ``Zulagenummer`` (issued by the pension insurance's allowance office to people without a
  social-insurance number, in the same layout) is ``ssn`` too. Tax and citizen numbers (IdNr, codice fiscale, numéro
  fiscal, BSN, rodné číslo, My Number), a health-insurance number (the Medicare MBI), passports and driving licences
  are ``national_id``;
* ``payee_tin`` holds beneficiaries' SSNs and, for a few estates and trusts, their EINs: ``ssn`` (the column is a
  person's number in about nine rows of ten);
* a policy, claim, certificate, UMR, contract or member number is ``none`` (tags ``policy_number``, ``join_key``): it
  numbers a contract or a record of the insurer, like v27's policy numbers; an NPN, a producer licence and an
  intermediary register number are ``none`` (tag ``professional_id``), as v44 labeled professional numbers;
* the insured home of a bordereau or a home claim (``risk_address_1``, ``risk_postcode``, ``property_address``,
  ``postcode``) is ``street_address``/``postal_code`` (tag ``premises``); the loss location of a motor claim (an
  intersection) and every coordinate are ``none``;
* a domestic bank account of a person (``DD_ACCT``, ``settlement_bank_acct``, ``koza_bango``) is ``unclassified`` (tag
  ``bank_account``), as in v49; the IBANs are ``iban``; sort codes, routing numbers and bank codes are ``none``;
* an adjuster's direct line is ``phone`` (tag ``work_phone``) and e-mail ``email`` (tag ``role_email``), as v53 said
  of adjusters; an agent's agency e-mail is ``email``; agencies', body shops', vets', funeral homes', builders',
  clinics' and employers' names, addresses and phones are ``none`` (tag ``business``);
* a date of death is ``none`` (tag ``date_of_death``), as in v45; a decedent's name, SSN and birth date keep their
  kinds; a pet's name and birth date are ``none`` (tag ``animal``);
* ``insured_names`` (``Aroha & Hemi Ngata``, or two names with ``;``) and ``nominated_benef`` (names with shares) are
  ``person_name`` (tag ``multi_value``); ``insured_name`` of the bordereau holds some landlords' companies beside
  people and stays ``person_name``; Dutch ``voorletters`` and ``roepnaam`` are ``first_name``, ``tussenvoegsel``
  ``last_name``; a birth name (``Geburtsname``, ``nom_naissance``) is ``last_name``; a name in katakana
  (``shimei_kana``, ``koza_meigi_kana``) is ``person_name``; a bank account holder is ``person_name``;
* ``emergencyContact`` and ``alt_contact`` (a name, a phone or an e-mail address by row) are ``free_text`` (tag
  ``mixed_kinds``); the raw quote request as JSON is ``free_text`` (tag ``json_blob``), lab results as JSON ``none``
  (tag ``json_plain``); notes, a beneficiary clause and funeral wishes naming people in some rows are ``free_text``; a
  scope of works naming no one is ``none``;
* a key-safe code is ``none`` (tag ``credential``); the last four digits of a card or an account are ``none`` (tag
  ``partial``); a payment token is ``none`` (tag ``tokenized``);
* birthplaces, towns, suburbs and ``obec`` are ``city``; states, counties, provinces, ``kraj``, ``provincia``,
  ``dept_naissance`` and ``todofuken`` are ``none``; a Japanese address starting with its prefecture is
  ``street_address``;
* staff are ``person_name`` (tag ``staff``: adjusters, examiners, underwriters, assessors, agents, advisers,
  intermediaries), ``first_name`` when only a first name is kept (``SoldBy``, ``gewijzigdDoor``) and ``last_name``
  when only a family name (``tantosha``); logins are ``unclassified`` (tag ``username``), loaders and APIs ``none``
  (tag ``service_account``).

Labeling rules otherwise as v27 (see :mod:`benchmarks.classification.heldout_v27`): a business's address, phone,
postal code and city are ``none`` (tag ``business``). ``null_heavy`` means 50-95% NULL, ``nullword_heavy`` 70-95% NULL
words.

Every value is generated here from :data:`SEED` (one ``random.Random`` per table, named after its builder) with
python-stdnum for check digits, phonenumbers for phone validity and formats, and the lists of names, streets, towns,
postal codes and companies of :mod:`benchmarks.classification.heldout_v56_values`, written for v56 (no Faker, no list
of real people, no breach data). Build: ``python -m benchmarks.classification.heldout_v56 [PATH]`` (default
``/tmp/heldout_v56.duckdb``). Score: ``python -m benchmarks.classification.heldout_v2_accuracy --set v56``.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Callable
from datetime import date
from pathlib import Path

from benchmarks.classification import heldout_v4
from benchmarks.classification import heldout_v56_values as v
from benchmarks.classification.heldout_v2 import Column, Table
from benchmarks.classification.heldout_v56_values import NULLISH, SEED, USERNAME, Gen, N, c

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

DEFAULT_PATH = Path("/tmp/heldout_v56.duckdb")

NULLWORD = "nullword_heavy"  # 70-95% NULL-like strings, placeholders and empty strings (few real NULLs)
HEAVY = "null_heavy"  # 50-95% NULL
SHAPE = "value_shape"  # a decoy shaped like an identifier or a personal value
MISLEADING = "misleading"  # a name that misleads: a product under ``Name``, an e-mail address under a login's name
OPAQUE = "opaque"  # an opaque custom field (MISC_1, udf_2, attr7, src_admin_col04, campo_libero_1, Zusatz2)
STAFF = "staff"  # staff named in a column with few distinct values
ROLE = "role_word"  # people under a role word (claimant, insured, payee, beneficiary, decedent, Kontoinhaber ...)
ROLE_EMAIL = "role_email"  # a role-named column holding people's e-mail addresses
ABBREV = "abbrev"
AUDIT = "audit"
USER = "username"
SERVICE = "service_account"  # an audit column holding only service accounts or job names (none)
PREMISES = "premises"  # an insured home or risk address (a person's home named as a risk or a loss site)
KEY = "join_key"  # a record number of the organisation, a foreign key or a UUID (none)
POLICY = "policy_number"  # policy, claim, certificate, contract and agreement numbers (none)
MULTI = "multi_value"  # several people in one cell
MIXED = "mixed_kinds"  # a cell holding a name, a phone or an e-mail address by row (free_text)
JSON = "json_blob"  # a JSON document in a cell holding personal data (free_text)
JSON_PLAIN = "json_plain"  # a JSON document in a cell holding no personal data (none)
PLACEHOLDER = "placeholder"  # a personal column some of whose cells are placeholders (000-00-0000, noemail@...)
TOKEN = "tokenized"  # a payment processor's token (none)
PARTIAL = "partial"  # the last four digits of a card or an account (none)
CREDENTIAL = "credential"  # a key-safe code (none)
CHECK = "check_digit"  # a decoy passing its own check digit (VIN, ISIN, LEI, VAT, ABN, IČO, routing number ...)
VEHICLE = "vehicle"  # a plate, a VIN, a make and model (none)
ANIMAL = "animal"  # a pet's name, breed, birth date, microchip (none)
COORD = "coordinates"  # latitude and longitude of a loss or a risk (none)
DEATH = "date_of_death"  # a date of death (none)
ACTUARIAL = "actuarial"  # reserves, factors, mortality tables, ratings, sums at risk (none)
CLINICAL = "clinical"  # underwriting and health values naming no one (none)
PROFESSIONAL = "professional_id"  # a producer's NPN or licence, an intermediary's register number (none)
BANK = "bank_account"  # a domestic bank account number of a person (unclassified, as in v49)
DOB_TEXT = "dob_text"  # a date of birth written as text
WORK_PHONE = "work_phone"  # a named employee's direct line (phone)


def _words(*extra: str) -> tuple[str, ...]:
    return ("", "-", "NULL", "n/a", "N/A", "null", "none") + extra


def _staff(g: Gen, n: int, make: Callable[[Gen], str]) -> list[str]:
    out: set[str] = set()
    while len(out) < n:
        out.add(make(g))
    return sorted(out)


def _logins(g: Gen, n: int, lang: str, style: int) -> list[str]:
    out: set[str] = set()
    while len(out) < n:
        out.add(v.login(*v.person(g, lang), style))
    return sorted(out)


def _dirty(g: Gen, values: list, share: float, placeholders: list[str]) -> list:
    """``values`` with ``share`` of the non-NULL cells replaced by a placeholder (a NULL word of the set)."""
    return [g.rnd.choice(placeholders) if x is not None and g.rnd.random() < share else x for x in values]


def _null(g: Gen, values: list, share: float) -> list:
    return [None if g.rnd.random() < share else x for x in values]


def _fmt_dob(d: date, style: str) -> str:
    return {
        "dmy/": d.strftime("%d/%m/%Y"),
        "dmy.": d.strftime("%d.%m.%Y"),
        "ymd/": d.strftime("%Y/%m/%d"),
        "iso": d.isoformat(),
    }[style]


# -- the United States ---------------------------------------------------------------------------------------------


def cc_auto_claims(g: Gen) -> Table:
    """A Wisconsin mutual motor insurer's claims export from a ClaimCenter-like system (Pascal case): ids and claim
    and policy numbers (``none``), the loss date, cause and place (an intersection and its coordinates: ``none``), the
    insured (a policyholder under a role word), the claimant's names, birth date, SSN and Medicare number (for the
    Section 111 report on bodily-injury claims: mostly NULL), phone, e-mail and address, the claimant's driving-licence
    number (Soundex of the family name), the vehicle's VIN, plate and model (``none``), the adjuster (few) with work
    e-mail and direct line, the body shop and its phone (``none``), reserves, the police report number, the adjuster's
    notes, the creating login and the batch that last touched the row."""
    adjusters = [v.person(g, "us") for _ in range(5)]
    adj = [g.rnd.choice(adjusters) for _ in range(g.rows)]
    direct = {a: g.phone("US", "national", False) for a in adjusters}
    pairs = [v.person(g, "us") for _ in range(g.rows)]
    places = [v.us_place(g) for _ in range(g.rows)]
    bodily = [g.rnd.random() < 0.3 for _ in range(g.rows)]
    shops = [
        ("Fox Valley Collision", "(920) 555-0143"),
        ("Badger State Auto Body", "(608) 555-0172"),
        ("Lakeshore Paint & Frame", "(414) 555-0119"),
        ("Northwoods Collision Center", "(715) 555-0188"),
        ("Kettle Moraine Body Works", "(262) 555-0101"),
    ]
    shop = [g.rnd.choice(shops) if g.rnd.random() < 0.75 else (None, None) for _ in range(g.rows)]
    creators = _logins(g, 6, "us", 0)
    base = (44.26, -88.41)

    def note(i: int) -> str:
        a = pairs[i][0]
        return g.rnd.choice(
            [
                f"Spoke w/ claimant {a}, rear-ended at light, neck soreness",
                "Recorded statement taken, liability clear",
                "Rental auth 10 days Enterprise",
                f"Insured's son {v.given(g, 'us')} was driving, listed driver",
                f"Witness {v.whole(g, 'us')} confirms other party ran the red",
                "Total loss, salvage to IAA",
                "Subro opened against adverse carrier",
            ]
        )

    return Table(
        "cc_extract.ccx_claim_auto",
        "en",
        "pascal",
        [
            c("ID", N, "BIGINT", g.keys(880_001), "decoy", KEY),
            c("PublicID", N, "VARCHAR", [f"cc:{880_001 + i}" for i in range(g.rows)], "decoy", KEY),
            c("ClaimNumber", N, "VARCHAR", g.col(lambda: g.code("AU-25-0999999")), "decoy", POLICY, SHAPE),
            c("PolicyNumber", N, "VARCHAR", g.col(lambda: g.code("PAW 9999 9999")), "decoy", POLICY, SHAPE),
            c("LossDate", N, "TIMESTAMP", g.moments("2025-01-01", "2025-11-30"), "decoy"),
            c(
                "LossCause",
                N,
                "VARCHAR",
                g.col(g.pick(["rearend", "deer", "hail", "sideswipe", "parking", "glassbreakage", "theft"])),
                "decoy",
            ),
            c(
                "LossLocation",
                N,
                "VARCHAR",
                g.col(
                    lambda: (
                        f"{g.rnd.choice(v.US_STREETS)} & "
                        f"{g.rnd.choice(['Hwy 41', 'US-10', 'County Rd JJ', 'I-43 ramp'])}"
                    )
                ),
                "decoy",
            ),
            c(
                "LossLatitude",
                N,
                "DOUBLE",
                [round(base[0] + g.rnd.uniform(-1.5, 1.5), 5) for _ in range(g.rows)],
                "decoy",
                COORD,
            ),
            c(
                "LossLongitude",
                N,
                "DOUBLE",
                [round(base[1] + g.rnd.uniform(-1.5, 1.5), 5) for _ in range(g.rows)],
                "decoy",
                COORD,
            ),
            c("InsuredName", "person_name", "VARCHAR", g.col(lambda: v.whole(g, "us")), ROLE),
            c("ClaimantFirstName", "first_name", "VARCHAR", [a for a, _ in pairs], ROLE),
            c("ClaimantLastName", "last_name", "VARCHAR", [b for _, b in pairs], ROLE),
            c("ClaimantDOB", "date_of_birth", "DATE", _null(g, g.births(1938, 2008), 0.1)),
            c(
                "ClaimantSSN",
                "ssn",
                "VARCHAR",
                [v.us_ssn(g, g.rnd.random() < 0.6) if b and g.rnd.random() < 0.8 else None for b in bodily],
                HEAVY,
            ),
            c(
                "ClaimantMBI",
                "national_id",
                "VARCHAR",
                [v.us_mbi(g) if b and g.rnd.random() < 0.35 else None for b in bodily],
                HEAVY,
            ),
            c(
                "ClaimantPhone",
                "phone",
                "VARCHAR",
                g.phones("US", {"national": 0.6, "dashes": 0.2, "e164": 0.2}, 0.85, 0.05),
            ),
            c(
                "ClaimantEmail",
                "email",
                "VARCHAR",
                [v.email_of(g, a, b, v.DOMAINS["us"]) if g.rnd.random() < 0.7 else None for a, b in pairs],
            ),
            c("ClaimantAddressLine1", "street_address", "VARCHAR", g.col(lambda: v.us_street(g), 0.05)),
            c("ClaimantCity", "city", "VARCHAR", [p[0] for p in places]),
            c("ClaimantState", N, "VARCHAR", [p[1] for p in places], "decoy"),
            c("ClaimantPostalCode", "postal_code", "VARCHAR", [v.us_zip(g, p[2], 0.2) for p in places]),
            c(
                "ClaimantLicenseNumber",
                "national_id",
                "VARCHAR",
                [v.wi_licence(g, b) if g.rnd.random() < 0.75 else None for _, b in pairs],
            ),
            c("VehicleVIN", N, "VARCHAR", g.col(lambda: v.vin(g, v.US_WMIS)), "decoy", VEHICLE, CHECK, SHAPE),
            c("VehiclePlate", N, "VARCHAR", g.col(lambda: v.us_plate(g), 0.1), "decoy", VEHICLE, SHAPE),
            c(
                "VehicleDescription",
                N,
                "VARCHAR",
                g.col(
                    g.pick(
                        [
                            "2019 Honda CR-V EX",
                            "2021 Ford F-150 XLT",
                            "2016 Chevrolet Equinox LT",
                            "2022 Toyota RAV4 XLE",
                            "2018 Subaru Outback",
                            "2014 Buick Enclave",
                        ]
                    )
                ),
                "decoy",
                VEHICLE,
            ),
            c("AdjusterName", "person_name", "VARCHAR", [f"{a} {b}" for a, b in adj], STAFF, ROLE),
            c(
                "AdjusterEmail",
                "email",
                "VARCHAR",
                [v.work_email(a, b, "badgermutual.com") for a, b in adj],
                ROLE_EMAIL,
            ),
            c("AdjusterDirectLine", "phone", "VARCHAR", [direct[a] for a in adj], WORK_PHONE),
            c("RepairShopName", N, "VARCHAR", [s[0] for s in shop], "business"),
            c("RepairShopPhone", N, "VARCHAR", [s[1] for s in shop], "business"),
            c("ReserveAmount", N, "DECIMAL(12,2)", g.amounts(500, 45_000), "decoy", ACTUARIAL),
            c("PoliceReportNo", N, "VARCHAR", g.col(lambda: g.code("2025-99999"), 0.45), "decoy", SHAPE),
            c(
                "AdjusterNotes",
                "free_text",
                "VARCHAR",
                [note(i) if g.rnd.random() < 0.8 else None for i in range(g.rows)],
            ),
            c("CreateUserID", USERNAME, "VARCHAR", g.col(g.pick(creators)), USER, AUDIT),
            c(
                "UpdateUserID",
                N,
                "VARCHAR",
                g.col(g.pick(["sys_batch", "fnol_portal", "sys_batch"])),
                "decoy",
                AUDIT,
                SERVICE,
            ),
        ],
    )


def producer_master(g: Gen) -> Table:
    """An Iowa carrier's independent-agent producer master with commissions (an AS/400-style file, SCREAMING and
    abbreviated): the agent number (``none``), the NPN and resident licence number (``none``, tag
    ``professional_id``), the agent's first and last name, SSN (for the 1099; some ``000-00-0000``), birth date, home
    address, cell phone and e-mail at the agency, the agency's name, FEIN, address, ZIP and phone (``none``), the
    E&O carrier and policy number, the commission schedule and year-to-date commission, the direct-deposit routing
    number (``none``) and account number (``unclassified``, tag ``bank_account``), ``MISC_1`` (the agent's personal
    mobile) and ``MISC_2`` (territory codes), the appointment status and the last editor's login."""
    agencies = [
        ("Hawkeye Insurance Group", "Ottumwa", "52501", "(641) 555-0110"),
        ("Prairie Trust Agency", "Mason City", "50401", "(641) 555-0134"),
        ("Loess Hills Insurance", "Council Bluffs", "51501", "(712) 555-0156"),
        ("Siouxland Risk Partners", "Sioux City", "51101", "(712) 555-0177"),
        ("Central Iowa Insurance Center", "Marshalltown", "50158", "(641) 555-0190"),
        ("Dodge Street Agency", "Fort Dodge", "50501", "(515) 555-0148"),
    ]
    agency = [g.rnd.randrange(len(agencies)) for _ in range(g.rows)]
    feins = [v.us_ein(g) for _ in agencies]
    streets = [
        f"{g.rnd.randint(100, 2400)} {g.rnd.choice(['Commerce Dr', 'Main St', 'Executive Pkwy'])}" for _ in agencies
    ]
    pairs = [v.person(g, "us") for _ in range(g.rows)]
    places = [v.us_place(g) for _ in range(g.rows)]
    domains = [
        "hawkeyeins.com",
        "prairietrust.com",
        "loesshillsins.com",
        "siouxlandrisk.com",
        "ciicins.com",
        "dodgestagency.com",
    ]
    editors = _logins(g, 4, "us", 4)
    ssns = _dirty(g, g.col(lambda: v.us_ssn(g, g.rnd.random() < 0.5), 0.15), 0.06, ["000-00-0000"])
    return Table(
        "PRDCR.AGT_MSTR",
        "en",
        "screaming",
        [
            c("AGT_NO", N, "VARCHAR", [f"A{40_000 + i:06d}" for i in range(g.rows)], "decoy", KEY, ABBREV),
            c(
                "NPN",
                N,
                "VARCHAR",
                g.col(lambda: str(g.rnd.randint(1_000_000, 20_999_999))),
                "decoy",
                PROFESSIONAL,
                SHAPE,
                ABBREV,
            ),
            c("AGT_FNM", "first_name", "VARCHAR", [a.upper() for a, _ in pairs], ABBREV),
            c("AGT_LNM", "last_name", "VARCHAR", [b.upper() for _, b in pairs], ABBREV),
            c("AGT_SSN", "ssn", "VARCHAR", ssns, ABBREV, PLACEHOLDER),
            c("AGT_DOB", "date_of_birth", "DATE", g.births(1955, 2002), ABBREV),
            c("AGT_HOME_ADDR1", "street_address", "VARCHAR", g.col(lambda: v.us_street(g).upper()), ABBREV),
            c("AGT_HOME_CITY", "city", "VARCHAR", [p[0].upper() for p in places], ABBREV),
            c("AGT_HOME_ST", N, "VARCHAR", [p[1] for p in places], "decoy", ABBREV),
            c("AGT_HOME_ZIP", "postal_code", "VARCHAR", [v.us_zip(g, p[2]) for p in places], ABBREV),
            c("AGT_CELL", "phone", "VARCHAR", g.phones("US", {"digits": 0.7, "dashes": 0.3}, 1.0, 0.1), ABBREV),
            c(
                "AGT_EMAIL",
                "email",
                "VARCHAR",
                [v.work_email(a, b, domains[i]) for (a, b), i in zip(pairs, agency)],
                ABBREV,
            ),
            c("AGCY_NM", N, "VARCHAR", [agencies[i][0].upper() for i in agency], "business", ABBREV),
            c("AGCY_FEIN", N, "VARCHAR", [feins[i] for i in agency], "business", SHAPE, ABBREV),
            c("AGCY_ADDR1", N, "VARCHAR", [streets[i].upper() for i in agency], "business", ABBREV),
            c("AGCY_CITY", N, "VARCHAR", [agencies[i][1].upper() for i in agency], "business", ABBREV),
            c("AGCY_ZIP", N, "VARCHAR", [agencies[i][2] for i in agency], "business", ABBREV),
            c("AGCY_PH", N, "VARCHAR", [agencies[i][3] for i in agency], "business", ABBREV),
            c("LIC_ST", N, "VARCHAR", g.col(g.pick(["IA", "IA", "NE", "IL", "MN"])), "decoy", ABBREV),
            c(
                "LIC_NO",
                N,
                "VARCHAR",
                g.col(lambda: str(g.rnd.randint(1_000_000, 9_999_999))),
                "decoy",
                PROFESSIONAL,
                ABBREV,
            ),
            c("LIC_EXP_DT", N, "DATE", g.days("2026-01-01", "2027-12-31"), "decoy", ABBREV),
            c(
                "EO_CARRIER",
                N,
                "VARCHAR",
                g.col(g.pick(["WESTPORT E&O", "CONTINENTAL CASUALTY", "BURNS & WILCOX"])),
                "business",
                ABBREV,
            ),
            c("EO_POL_NO", N, "VARCHAR", g.col(lambda: g.code("EOP-99999999")), "decoy", POLICY, ABBREV),
            c("COMM_SCHED", N, "VARCHAR", g.col(g.pick(["A1", "A3", "B2", "PL-STD", "CL-STD"])), "decoy", ABBREV),
            c("YTD_COMM_AMT", N, "DECIMAL(11,2)", g.amounts(0, 180_000), "decoy", ABBREV),
            c("DD_ABA", N, "VARCHAR", g.col(lambda: v.us_routing(g), 0.2), "decoy", CHECK, SHAPE, ABBREV),
            c("DD_ACCT", USERNAME, "VARCHAR", g.col(lambda: g.digits(g.rnd.randint(8, 12)), 0.2), BANK, ABBREV),
            c("MISC_1", "phone", "VARCHAR", g.phones("US", {"digits": 1.0}, 1.0, 0.6), OPAQUE, HEAVY),
            c("MISC_2", N, "VARCHAR", g.col(g.pick(["T01", "T02", "T07", "T11", "RURAL", "METRO"])), "decoy", OPAQUE),
            c("APPT_STAT", N, "VARCHAR", g.col(g.pick(["A", "A", "A", "T", "S"])), "decoy", ABBREV),
            c("UPD_USR", USERNAME, "VARCHAR", g.col(g.pick([x.upper()[:10] for x in editors])), USER, AUDIT, ABBREV),
        ],
    )


def death_claim_payees(g: Gen) -> Table:
    """A Nebraska life insurer's death-claim payees (one row per payee): claim, policy and death-certificate numbers
    (``none``), the decedent (a role word) with SSN and birth date, the date and cause of death (``none``), the payee
    (a beneficiary; some estates and trusts) with TIN, birth date, address, city, state, ZIP and phone, the share,
    benefit and interest, the check number, the funeral home the benefit was partly assigned to (``none``), the claim
    examiner (few) and notes, and two source columns of the old admin system: ``src_admin_col04`` (the payee's
    e-mail) and ``src_admin_col05`` (the claim form's version)."""
    examiners = _staff(g, 4, lambda x: v.whole(x, "us"))
    decedents = [(v.person(g, "us"), g.birth(1925, 1975)) for _ in range(g.rows // 2 + 1)]
    dec = sorted(g.rnd.randrange(len(decedents)) for _ in range(g.rows))
    deaths = {i: g.day("2024-06-01", "2025-11-15") for i in set(dec)}
    payees = []
    for i in dec:
        (a, b), _ = decedents[i]
        r = g.rnd.random()
        if r < 0.05:
            payees.append((f"Estate of {a} {b}", None, "ESTATE"))
        elif r < 0.09:
            payees.append((f"The {b} Family Trust", None, "TRUST"))
        else:
            pa, pb = v.person(g, "us")
            rel = g.rnd.choice(["SPOUSE", "CHILD", "CHILD", "SIBLING", "GRANDCHILD", "FRIEND"])
            payees.append((f"{pa} {b if rel in ('SPOUSE', 'CHILD', 'GRANDCHILD') else pb}", (pa, pb), rel))
    places = [v.us_place(g) for _ in range(g.rows)]
    homes = [
        ("Hillcrest Funeral Home", "(402) 555-0126"),
        ("Roeder Mortuary", "(402) 555-0163"),
        ("Bethany Funeral Chapel", "(402) 555-0181"),
        ("Kremer Funeral Home", "(402) 555-0107"),
    ]
    home = [g.rnd.choice(homes) if g.rnd.random() < 0.4 else (None, None) for _ in range(g.rows)]

    def note() -> str:
        return g.rnd.choice(
            [
                "Contestable period review cleared",
                f"Spoke with daughter {v.given(g, 'us')}, forms sent",
                "Certified DC received",
                f"Assignment to funeral home per {v.whole(g, 'us')}",
                "Interest calc from date of death",
                "Small estate affidavit requested",
            ]
        )

    return Table(
        "lifeclaims.death_claim_payees",
        "en",
        "snake",
        [
            c("payee_id", N, "BIGINT", g.keys(51_001), "decoy", KEY),
            c("claim_no", N, "VARCHAR", [f"DC{250_000 + i}" for i in dec], "decoy", POLICY, SHAPE),
            c("policy_no", N, "VARCHAR", [f"L{7_100_000 + i * 37}" for i in dec], "decoy", POLICY, SHAPE),
            c(
                "decedent_name",
                "person_name",
                "VARCHAR",
                [f"{decedents[i][0][0]} {decedents[i][0][1]}" for i in dec],
                ROLE,
            ),
            c("decedent_ssn", "ssn", "VARCHAR", _decedent_ssns(g, dec)),
            c("decedent_dob", "date_of_birth", "DATE", [decedents[i][1] for i in dec]),
            c("date_of_death", N, "DATE", [deaths[i] for i in dec], "decoy", DEATH),
            c(
                "cause_of_death_cd",
                N,
                "VARCHAR",
                g.col(g.pick(["I21.9", "C34.90", "J44.1", "G30.9", "V43.52XA", "E11.9"])),
                "decoy",
                CLINICAL,
                SHAPE,
            ),
            c("death_cert_no", N, "VARCHAR", g.col(lambda: g.code("2025-999999"), 0.1), "decoy", SHAPE),
            c("payee_seq", N, "INTEGER", g.ints(1, 4), "decoy"),
            c("payee_name", "person_name", "VARCHAR", [p[0] for p in payees], ROLE),
            c("payee_relationship", N, "VARCHAR", [p[2] for p in payees], "decoy"),
            c(
                "payee_tin",
                "ssn",
                "VARCHAR",
                [v.us_ssn(g, False) if p[1] else (v.us_ein(g) if g.rnd.random() < 0.6 else None) for p in payees],
            ),
            c(
                "payee_dob",
                "date_of_birth",
                "DATE",
                [g.birth(1940, 2004) if p[1] and g.rnd.random() < 0.8 else None for p in payees],
            ),
            c("payee_addr1", "street_address", "VARCHAR", g.col(lambda: v.us_street(g)), ABBREV),
            c("payee_city", "city", "VARCHAR", [p[0] for p in places]),
            c("payee_state", N, "VARCHAR", [p[1] for p in places], "decoy"),
            c("payee_zip", "postal_code", "VARCHAR", [v.us_zip(g, p[2], 0.3) for p in places]),
            c("payee_phone", "phone", "VARCHAR", g.phones("US", {"national": 0.7, "digits": 0.3}, 0.8, 0.2)),
            c("share_pct", N, "DECIMAL(5,2)", g.col(g.pick([100.0, 50.0, 50.0, 33.33, 25.0])), "decoy"),
            c("benefit_amt", N, "DECIMAL(12,2)", g.amounts(2_000, 500_000), "decoy"),
            c("interest_amt", N, "DECIMAL(10,2)", g.amounts(0, 4_000), "decoy"),
            c("check_no", N, "VARCHAR", g.col(lambda: str(g.rnd.randint(300_000, 399_999)), 0.25), "decoy"),
            c("funeral_home_assignee", N, "VARCHAR", [h[0] for h in home], "business"),
            c("funeral_home_ph", N, "VARCHAR", [h[1] for h in home], "business", ABBREV),
            c("examiner", "person_name", "VARCHAR", g.col(g.pick(examiners)), STAFF, ROLE),
            c("examiner_notes", "free_text", "VARCHAR", g.col(note, 0.35)),
            c(
                "src_admin_col04",
                "email",
                "VARCHAR",
                [v.email_of(g, *p[1], v.DOMAINS["us"]) if p[1] and g.rnd.random() < 0.7 else None for p in payees],
                OPAQUE,
            ),
            c(
                "src_admin_col05",
                N,
                "VARCHAR",
                g.col(g.pick(["DC-100 rev 2019", "DC-100 rev 2023", "DC-100E"])),
                "decoy",
                OPAQUE,
            ),
        ],
    )


def _decedent_ssns(g: Gen, dec: list[int]) -> list[str]:
    ssn: dict[int, str] = {}
    for i in dec:
        if i not in ssn:
            ssn[i] = v.us_ssn(g, g.rnd.random() < 0.7)
    return [ssn[i] for i in dec]


# -- Canada, the United Kingdom, Australia, Ireland, New Zealand -----------------------------------------------------


def life_underwriting(g: Gen) -> Table:
    """An Ontario life insurer's term-life applications from its underwriting API (camel case): the application
    UUID, policy number and product (``none``), face amount, the applicant's names, birth date, SIN (asked for the
    tax slips; often left blank), sex, e-mail, mobile, address, city, province (``none``) and postal code, height,
    weight, tobacco use and BMI, the paramedical exam date, lab results as JSON (``none``), MIB codes, rating class,
    table rating, mortality table and expected mortality (``none``), the beneficiary and contingent beneficiary, the
    attending physician (a role word) and the clinic's phone (``none``), the underwriter (few), decision notes, the IP
    the application was signed from and the creation time."""
    underwriters = _staff(g, 4, lambda x: v.whole(x, "ca"))
    rows = []
    for _ in range(g.rows):
        female = g.rnd.random() < 0.5
        a, b = v.person(g, "ca", female)
        rows.append((a, b, female, g.birth(1958, 2002)))
    places = [g.rnd.choice(v.CA_CITIES) for _ in range(g.rows)]
    clinics = ["(416) 555-0170", "(519) 555-0128", "(613) 555-0142", "(905) 555-0199", "(705) 555-0115"]

    def notes(i: int) -> str:
        a = rows[i][0]
        return g.rnd.choice(
            [
                "Std NT, labs clean",
                f"Build outside PP, offered Preferred; {a} accepted",
                "APS ordered from attending physician",
                "Table 2 for sleep apnea, CPAP compliant",
                f"Spoke with broker re {a} {rows[i][1]}'s travel history",
                "Postpone 6 mo: recent MI",
            ]
        )

    def labs() -> str:
        return json.dumps(
            {
                "chol": round(g.rnd.uniform(3.2, 7.1), 1),
                "hdl": round(g.rnd.uniform(0.8, 2.2), 1),
                "a1c": round(g.rnd.uniform(4.6, 7.2), 1),
                "cotinine": g.rnd.choice(["neg", "neg", "pos"]),
                "ggt": g.rnd.randint(8, 90),
            }
        )

    return Table(
        "uw_api.termApplications",
        "en",
        "camel",
        [
            c("applicationId", N, "VARCHAR", g.col(g.uuid), "decoy", KEY),
            c("policyNumber", N, "VARCHAR", g.col(lambda: g.code("T20-9999999"), 0.3), "decoy", POLICY, SHAPE),
            c("productCode", N, "VARCHAR", g.col(g.pick(["T10", "T20", "T20", "T30", "UL-LEVEL"])), "decoy"),
            c(
                "faceAmount",
                N,
                "INTEGER",
                g.col(g.pick([250_000, 500_000, 500_000, 750_000, 1_000_000, 2_000_000])),
                "decoy",
            ),
            c("applicantFirstName", "first_name", "VARCHAR", [r[0] for r in rows]),
            c("applicantLastName", "last_name", "VARCHAR", [r[1] for r in rows]),
            c("applicantDob", "date_of_birth", "DATE", [r[3] for r in rows]),
            c("applicantSin", "ssn", "VARCHAR", g.col(lambda: v.ca_sin(g), 0.6), HEAVY),
            c("applicantSex", N, "VARCHAR", ["F" if r[2] else "M" for r in rows], "decoy"),
            c("applicantEmail", "email", "VARCHAR", [v.email_of(g, r[0], r[1], v.DOMAINS["ca"]) for r in rows]),
            c("applicantMobile", "phone", "VARCHAR", g.phones("CA", {"e164": 0.6, "national": 0.4}, 1.0, 0.05)),
            c("applicantAddress", "street_address", "VARCHAR", g.col(lambda: v.ca_street(g))),
            c("applicantCity", "city", "VARCHAR", [p[0] for p in places]),
            c("applicantProvince", N, "VARCHAR", ["ON"] * g.rows, "decoy"),
            c("applicantPostalCode", "postal_code", "VARCHAR", [v.ca_postal(g, p[1]) for p in places]),
            c("heightCm", N, "INTEGER", g.ints(150, 198), "decoy", CLINICAL),
            c("weightKg", N, "DOUBLE", g.floats(48, 130, 1), "decoy", CLINICAL),
            c("tobaccoUse", N, "BOOLEAN", g.yn(True, False, 0.14), "decoy", CLINICAL),
            c("bmi", N, "DOUBLE", g.floats(18, 41, 1), "decoy", CLINICAL),
            c("paramedExamDate", N, "DATE", g.days("2025-03-01", "2025-11-30", 0.2), "decoy"),
            c("labResultsJson", N, "VARCHAR", g.col(labs, 0.25), "decoy", JSON_PLAIN, CLINICAL),
            c("mibCodes", N, "VARCHAR", g.col(g.pick(["", "", "310", "581 04", "620 GTZ"])), "decoy", CLINICAL),
            c("ratingClass", N, "VARCHAR", g.col(g.pick(["PP", "P", "RP", "STD NT", "STD T"])), "decoy", ACTUARIAL),
            c("tableRating", N, "INTEGER", g.col(g.pick([0, 0, 0, 0, 2, 4])), "decoy", ACTUARIAL),
            c(
                "mortalityTable",
                N,
                "VARCHAR",
                g.col(g.pick(["CIA9704", "CIA 2014 Sel-Ult", "RPP2014"])),
                "decoy",
                ACTUARIAL,
            ),
            c("expectedMortalityPct", N, "INTEGER", g.col(g.pick([65, 80, 100, 100, 150, 200])), "decoy", ACTUARIAL),
            c(
                "beneficiaryName",
                "person_name",
                "VARCHAR",
                [f"{v.given(g, 'ca')} {r[1]}" if g.rnd.random() < 0.8 else v.whole(g, "ca") for r in rows],
                ROLE,
            ),
            c(
                "beneficiaryRelationship",
                N,
                "VARCHAR",
                g.col(g.pick(["Spouse", "Spouse", "Child", "Estate", "Parent"])),
                "decoy",
            ),
            c(
                "contingentBeneficiaryName",
                "person_name",
                "VARCHAR",
                g.col(lambda: v.whole(g, "ca"), 0.65),
                ROLE,
                HEAVY,
            ),
            c("attendingPhysician", "person_name", "VARCHAR", g.col(lambda: f"Dr. {v.whole(g, 'ca')}", 0.3), ROLE),
            c("physicianClinicPhone", N, "VARCHAR", g.col(g.pick(clinics), 0.3), "business"),
            c("underwriter", "person_name", "VARCHAR", g.col(g.pick(underwriters)), STAFF, ROLE),
            c(
                "uwDecisionNotes",
                "free_text",
                "VARCHAR",
                [notes(i) if g.rnd.random() < 0.7 else None for i in range(g.rows)],
            ),
            c("signedFromIp", "ip_address", "VARCHAR", g.col(lambda: g.ip(0.25), 0.15)),
            c("createdAt", N, "TIMESTAMP", g.moments("2025-02-01", "2025-11-30"), "decoy"),
        ],
    )


def lloyds_bordereau(g: Gen) -> Table:
    """A Bristol managing general agent's household risk bordereau for its Lloyd's syndicate (Lloyd's coverholder
    reporting headings, snake case): the UMR, agreement and certificate references, the coverholder and its VAT
    number, the reinsurer's LEI (``none``), the transaction type, the insured's name (some landlords' companies) and
    correspondence address when it differs, the risk address and postcode (the insured's home: tag ``premises``), the
    risk town, its coordinates (``none``), sums insured, premium, IPT and commission, dates, construction, flood zone,
    claims count, the TPA, ``udf_1`` (a joint policyholder) and ``udf_2`` (a scheme code) and the loader (``none``)."""
    towns = [g.rnd.choice(v.GB_TOWNS) for _ in range(g.rows)]
    coverholder_vat = v.gb_vat(g)
    reinsurer_lei = [v.lei(g) for _ in range(3)]

    def insured() -> str:
        if g.rnd.random() < 0.05:
            return g.rnd.choice(["Avonside Lettings Ltd", "Penrose Property Holdings Ltd", "Kingsway Estates Ltd"])
        a, b = v.person(g, "gb")
        return g.rnd.choice(
            [f"{a} {b}", f"{a} {b}", f"Mr {a} {b}" if g.rnd.random() < 0.5 else f"Mrs {a} {b}", f"{a[0]}. {b}"]
        )

    return Table(
        "bdx_lloyds.risk_bdx_household_2025q3",
        "en",
        "snake",
        [
            c("umr", N, "VARCHAR", g.col(g.pick(["B0750RHH25A01", "B0750RHH25A02"])), "decoy", POLICY, SHAPE),
            c("agreement_no", N, "VARCHAR", ["BA-2025-0147"] * g.rows, "decoy", POLICY),
            c("certificate_ref", N, "VARCHAR", g.col(lambda: g.code("HH-99999999")), "decoy", POLICY, SHAPE),
            c("coverholder_name", N, "VARCHAR", ["Severnside Underwriting Ltd"] * g.rows, "business"),
            c("coverholder_vat_no", N, "VARCHAR", [coverholder_vat] * g.rows, "business", CHECK, SHAPE),
            c("reinsurer_lei", N, "VARCHAR", g.col(g.pick(reinsurer_lei)), "decoy", CHECK, SHAPE),
            c("transaction_type", N, "VARCHAR", g.col(g.pick(["NB", "REN", "REN", "MTA", "CAN"])), "decoy"),
            c("insured_name", "person_name", "VARCHAR", [insured() for _ in range(g.rows)], ROLE),
            c("udf_1", "person_name", "VARCHAR", g.col(lambda: v.whole(g, "gb"), 0.62), OPAQUE, HEAVY),
            c("correspondence_address", "street_address", "VARCHAR", g.col(lambda: v.gb_street(g), 0.82), HEAVY),
            c("risk_address_1", "street_address", "VARCHAR", g.col(lambda: v.gb_street(g)), PREMISES),
            c("risk_town", "city", "VARCHAR", [t[0] for t in towns]),
            c("risk_county", N, "VARCHAR", [t[1] for t in towns], "decoy"),
            c("risk_postcode", "postal_code", "VARCHAR", [v.gb_postcode(g, t[2]) for t in towns], PREMISES),
            c("risk_country", N, "VARCHAR", ["GB"] * g.rows, "decoy", SHAPE),
            c("risk_lat", N, "DOUBLE", g.floats(50.3, 51.9, 5), "decoy", COORD),
            c("risk_long", N, "DOUBLE", g.floats(-4.3, -1.7, 5), "decoy", COORD),
            c("buildings_si", N, "INTEGER", g.col(g.pick([250_000, 350_000, 500_000, 750_000, 1_000_000])), "decoy"),
            c("contents_si", N, "INTEGER", g.col(g.pick([0, 25_000, 50_000, 75_000, 100_000])), "decoy"),
            c("gross_premium", N, "DECIMAL(10,2)", g.amounts(180, 2_400), "decoy"),
            c("ipt_amount", N, "DECIMAL(10,2)", g.amounts(21, 290), "decoy"),
            c("commission_pct", N, "DECIMAL(5,2)", g.col(g.pick([22.5, 25.0, 27.5])), "decoy"),
            c("inception_date", N, "DATE", g.days("2025-07-01", "2025-09-30"), "decoy"),
            c("expiry_date", N, "DATE", g.days("2026-06-30", "2026-09-29"), "decoy"),
            c("year_built", N, "INTEGER", g.ints(1850, 2023), "decoy"),
            c(
                "construction",
                N,
                "VARCHAR",
                g.col(g.pick(["Standard brick/tile", "Stone/slate", "Timber frame", "Non-standard"])),
                "decoy",
            ),
            c("flood_zone", N, "VARCHAR", g.col(g.pick(["1", "1", "2", "3a", "3b"])), "decoy"),
            c("claims_last_5y", N, "INTEGER", g.ints(0, 3), "decoy"),
            c("loss_ratio_ytd", N, "DECIMAL(6,3)", g.floats(0, 1.4, 3), "decoy", ACTUARIAL),
            c("tpa_name", N, "VARCHAR", ["Crawford Claims Solutions"] * g.rows, "business"),
            c("udf_2", N, "VARCHAR", g.col(g.pick(["SCH-HH-PREM", "SCH-HH-STD", "SCH-LL"])), "decoy", OPAQUE),
            c("loaded_by", N, "VARCHAR", ["bdx_loader"] * g.rows, "decoy", AUDIT, SERVICE),
        ],
    )


def pet_policies(g: Gen) -> Table:
    """A Cardiff pet insurer's policies (Pascal case): ids and numbers (``none``), ``Name`` (the product: ``none``,
    tag ``misleading``), the pet's name, species, breed, birth date and microchip (``none``, tag ``animal``), the
    policyholder's title, first name, surname, birth date, e-mail (some ``noemail@...``), mobile and home phone,
    address, town, county (``none``) and postcode, the vet practice with its phone and postcode (``none``), the direct
    debit's sort code and the account's last four digits (``none``) and the account holder, cover, premium, excess,
    pre-existing conditions (``none``) and the agent who sold it (a first name: few)."""
    towns = [g.rnd.choice(v.GB_TOWNS) for _ in range(g.rows)]
    pairs = [v.person(g, "gb") for _ in range(g.rows)]
    vets = [
        ("Pennant Veterinary Group", "029 2055 0187", "CF5 2QT"),
        ("Clifton Vets", "0117 496 0123", "BS8 4RS"),
        ("Severn Vale Animal Hospital", "01452 960 412", "GL53 7AZ"),
        ("Exe Valley Vets", "01392 960 331", "EX3 0PB"),
    ]
    vet = [g.rnd.choice(vets) for _ in range(g.rows)]
    sellers = _staff(g, 5, lambda x: v.given(x, "gb"))
    pets = [
        "Alfie",
        "Poppy",
        "Bella",
        "Luna",
        "Teddy",
        "Milo",
        "Daisy",
        "Bailey",
        "Nala",
        "Archie",
        "Dave",
        "Margaret",
        "Biscuit",
        "Bramble",
        "Nigel",
        "Ziggy",
        "Pickle",
        "Willow",
    ]
    species = [g.rnd.choice(["Dog", "Dog", "Cat"]) for _ in range(g.rows)]
    breeds = {
        "Dog": ["Cockapoo", "Labrador Retriever", "French Bulldog", "Border Collie", "Jack Russell", "Cavapoo"],
        "Cat": ["Domestic Shorthair", "Bengal", "Ragdoll", "British Shorthair", "Maine Coon"],
    }
    mails = [v.email_of(g, a, b, v.DOMAINS["gb"]) for a, b in pairs]
    return Table(
        "petcover.Policies",
        "en",
        "pascal",
        [
            c("PolicyId", N, "INTEGER", g.keys(610_001), "decoy", KEY),
            c("PolicyNumber", N, "VARCHAR", g.col(lambda: g.code("PCV/999999/A")), "decoy", POLICY, SHAPE),
            c(
                "Name",
                N,
                "VARCHAR",
                g.col(
                    g.pick(["Lifetime 4000", "Lifetime 7000", "Time Limited 12m", "Accident Only", "Senior Pet 3000"])
                ),
                "decoy",
                MISLEADING,
            ),
            c("PetName", N, "VARCHAR", g.col(g.pick(pets)), "decoy", ANIMAL),
            c("Species", N, "VARCHAR", species, "decoy", ANIMAL),
            c("Breed", N, "VARCHAR", [g.rnd.choice(breeds[s]) for s in species], "decoy", ANIMAL),
            c("PetDateOfBirth", N, "DATE", g.days("2011-01-01", "2025-06-30"), "decoy", ANIMAL),
            c("MicrochipNumber", N, "VARCHAR", g.col(lambda: "826" + g.digits(12), 0.1), "decoy", ANIMAL, SHAPE),
            c("PolicyholderTitle", N, "VARCHAR", g.col(g.pick(["Mr", "Mrs", "Ms", "Miss", "Dr", "Mx"])), "decoy"),
            c("PolicyholderFirstName", "first_name", "VARCHAR", [a for a, _ in pairs]),
            c("PolicyholderSurname", "last_name", "VARCHAR", [b for _, b in pairs]),
            c("PolicyholderDob", "date_of_birth", "DATE", g.births(1940, 2006)),
            c("Email", "email", "VARCHAR", _dirty(g, mails, 0.05, ["noemail@petcover.co.uk"]), PLACEHOLDER),
            c(
                "MobileNumber",
                "phone",
                "VARCHAR",
                g.phones("GB", {"national": 0.6, "e164": 0.2, "intl": 0.2}, 1.0, 0.04),
            ),
            c("HomeNumber", "phone", "VARCHAR", g.phones("GB", {"national": 1.0}, 0.0, 0.7), HEAVY),
            c("AddressLine1", "street_address", "VARCHAR", g.col(lambda: v.gb_street(g))),
            c("Town", "city", "VARCHAR", [t[0] for t in towns]),
            c("County", N, "VARCHAR", [t[1] for t in towns], "decoy"),
            c("Postcode", "postal_code", "VARCHAR", [v.gb_postcode(g, t[2]) for t in towns]),
            c("VetPracticeName", N, "VARCHAR", [x[0] for x in vet], "business"),
            c("VetPracticePhone", N, "VARCHAR", [x[1] for x in vet], "business"),
            c("VetPracticePostcode", N, "VARCHAR", [x[2] for x in vet], "business"),
            c(
                "SortCode",
                N,
                "VARCHAR",
                g.col(lambda: f"{g.rnd.choice(['30', '40', '20', '09', '60'])}-{g.digits(2)}-{g.digits(2)}"),
                "decoy",
                SHAPE,
            ),
            c("AccountNumberLast4", N, "VARCHAR", g.col(lambda: g.digits(4)), "decoy", PARTIAL),
            c(
                "AccountHolderName",
                "person_name",
                "VARCHAR",
                [f"{a[0]} {b}".upper() if g.rnd.random() < 0.5 else f"{a} {b}" for a, b in pairs],
                ROLE,
            ),
            c("MonthlyPremium", N, "DECIMAL(8,2)", g.amounts(6, 140), "decoy"),
            c("Excess", N, "INTEGER", g.col(g.pick([99, 99, 150, 250])), "decoy"),
            c(
                "PreExistingConditions",
                N,
                "VARCHAR",
                g.col(g.pick(["", "", "", "Otitis externa", "Luxating patella", "Hyperthyroidism"])),
                "decoy",
                CLINICAL,
            ),
            c("SoldBy", "first_name", "VARCHAR", g.col(g.pick(sellers), 0.4), STAFF),
            c("StartDate", N, "DATE", g.days("2020-01-01", "2025-11-30"), "decoy"),
        ],
    )


def travel_quotes(g: Gen) -> Table:
    """A Brisbane travel insurer's quote and policy API, one row per traveller (camel case): quote UUID, policy
    number, trip and dates (``none``), the traveller's names, birth date as ``dd/mm/yyyy`` text and age, the primary
    traveller's e-mail, mobile (some ``0400000000``), postcode and state, the passport number (given at claim time:
    mostly NULL), pre-existing conditions (``none``), the emergency contact (a name, a phone or an e-mail:
    ``free_text``), the raw quote request as JSON (``free_text``), the card number an old quote engine logged in
    clear (mostly NULL), its last four digits and the payment token (``none``), the client IP and user agent, the
    affiliate and promo codes, the premium and the issuing insurer's ABN (``none``) and the writer (the API)."""
    pairs = [v.person(g, "au") for _ in range(g.rows)]
    births = [g.birth(1940, 2020) for _ in range(g.rows)]
    primary = [g.rnd.random() < 0.6 for _ in range(g.rows)]
    places = [g.rnd.choice(v.AU_SUBURBS) for _ in range(g.rows)]
    abn = v.au_abn(g)

    def contact() -> str:
        r = g.rnd.random()
        if r < 0.4:
            return f"{v.whole(g, 'au')} {g.phone('AU', 'national')}"
        if r < 0.7:
            return g.phone("AU", g.rnd.choice(["national", "e164"]))
        if r < 0.85:
            return v.email(g, "au")
        return v.whole(g, "au")

    def request(i: int) -> str:
        return json.dumps(
            {
                "traveller": {"givenName": pairs[i][0], "surname": pairs[i][1], "dob": births[i].isoformat()},
                "destinations": g.rnd.sample(["JP", "ID", "NZ", "US", "GB", "TH", "FJ"], 2),
                "cover": g.rnd.choice(["Comprehensive", "Essentials", "Domestic"]),
            }
        )

    agents = [
        "Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148",
        "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36",
        "Mozilla/5.0 (Linux; Android 14; SM-S918B) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Mobile",
    ]
    cards = [v.card(g) if g.rnd.random() < 0.12 else None for _ in range(g.rows)]
    return Table(
        "tripcover_api.quoteTravellers",
        "en",
        "camel",
        [
            c("quoteId", N, "VARCHAR", g.col(g.uuid), "decoy", KEY),
            c("policyNumber", N, "VARCHAR", g.col(lambda: g.code("TCA9999999"), 0.45), "decoy", POLICY, SHAPE),
            c("tripType", N, "VARCHAR", g.col(g.pick(["single", "single", "annualMulti", "domestic"])), "decoy"),
            c(
                "destinationCountries",
                N,
                "VARCHAR",
                g.col(g.pick(["JP", "ID", "NZ,FJ", "US", "GB,FR,IT", "TH,VN"])),
                "decoy",
                SHAPE,
            ),
            c("departDate", N, "DATE", g.days("2025-12-01", "2026-06-30"), "decoy"),
            c("returnDate", N, "DATE", g.days("2026-01-01", "2026-08-30"), "decoy"),
            c("travellerIndex", N, "INTEGER", [1 if p else g.rnd.randint(2, 5) for p in primary], "decoy"),
            c("firstName", "first_name", "VARCHAR", [a for a, _ in pairs]),
            c("lastName", "last_name", "VARCHAR", [b for _, b in pairs]),
            c("dateOfBirth", "date_of_birth", "VARCHAR", [_fmt_dob(d, "dmy/") for d in births], DOB_TEXT),
            c("ageAtDeparture", N, "INTEGER", [2025 - d.year for d in births], "decoy"),
            c(
                "email",
                "email",
                "VARCHAR",
                [v.email_of(g, a, b, v.DOMAINS["au"]) if p else None for (a, b), p in zip(pairs, primary)],
            ),
            c(
                "mobile",
                "phone",
                "VARCHAR",
                _dirty(
                    g,
                    [g.phone("AU", g.rnd.choice(["national", "e164"])) if p else None for p in primary],
                    0.06,
                    ["0400000000"],
                ),
                PLACEHOLDER,
            ),
            c("postcode", "postal_code", "VARCHAR", [p[1] for p in places]),
            c("state", N, "VARCHAR", [p[2] for p in places], "decoy"),
            c(
                "passportNumber",
                "national_id",
                "VARCHAR",
                g.col(lambda: g.code(g.rnd.choice(["PA9999999", "RA9999999", "E9999999"])), 0.72),
                HEAVY,
            ),
            c(
                "preExistingConditions",
                N,
                "VARCHAR",
                g.col(g.pick(["none", "Asthma", "Type 2 diabetes", "Hypertension", "none", "none"])),
                "decoy",
                CLINICAL,
            ),
            c("emergencyContact", "free_text", "VARCHAR", [contact() if p else None for p in primary], MIXED),
            c("quoteRequestJson", "free_text", "VARCHAR", [request(i) for i in range(g.rows)], JSON),
            c("cardNumber", "credit_card", "VARCHAR", cards, HEAVY),
            c("cardLast4", N, "VARCHAR", [g.digits(4) if p else None for p in primary], "decoy", PARTIAL),
            c("paymentToken", N, "VARCHAR", [v.token(g, "tok_") if p else None for p in primary], "decoy", TOKEN),
            c("clientIp", "ip_address", "VARCHAR", g.col(lambda: g.ip(0.3), 0.05)),
            c("userAgent", N, "VARCHAR", g.col(g.pick(agents)), "decoy", SHAPE),
            c(
                "affiliateCode",
                N,
                "VARCHAR",
                g.col(g.pick(["DIRECT", "CMP-QLD", "FLIGHTCENTRE-07", "AFF-2291"])),
                "decoy",
            ),
            c("promoCode", N, "VARCHAR", g.col(g.pick(["", "", "SUMMER15", "FAMILY10"])), "decoy"),
            c("premiumAud", N, "DECIMAL(9,2)", g.amounts(35, 1_400), "decoy"),
            c("issuerAbn", N, "VARCHAR", [abn] * g.rows, "business", CHECK, SHAPE),
            c("createdBy", N, "VARCHAR", ["quote-api"] * g.rows, "decoy", AUDIT, SERVICE),
        ],
    )


def pension_members(g: Gen) -> Table:
    """A Dublin pension administrator's member master of occupational DC schemes (snake case, abbreviated): member id
    (``none``), scheme code and name, employer and its CRO number (``none``), PPSN, surname, forenames, birth date,
    sex, marital status, address lines (the second mostly NULL), town, county (``none``) and Eircode, mobile and
    e-mail, ``alt_ref`` (a personal e-mail under a reference's name: tag ``misleading``), dates joined and of normal
    retirement, pensionable salary, contribution rates, fund and its ISIN (``none``), fund value, annuity and transfer
    factors (``none``), the spouse, the nominated beneficiaries (several in a cell), the IBAN pensions are paid to
    (pensioners only: mostly NULL), status and the last editor's login."""
    schemes = [
        ("KBF01", "Kilbride Foods Staff Pension Scheme", "Kilbride Foods Ltd", "412873"),
        ("SHN02", "Shannonside Engineering DC Plan", "Shannonside Engineering DAC", "198452"),
        ("ATL03", "Atlantic Seafoods Retirement Plan", "Atlantic Seafoods Teoranta", "530917"),
    ]
    scheme = [g.rnd.choice(schemes) for _ in range(g.rows)]
    rows = []
    for _ in range(g.rows):
        female = g.rnd.random() < 0.5
        a, b = v.person(g, "ie", female)
        second = v.given(g, "ie") if g.rnd.random() < 0.3 else ""
        rows.append((a, b, female, g.birth(1958, 2003), second))
    towns = [g.rnd.choice(v.IE_TOWNS) for _ in range(g.rows)]
    isins = [v.isin(g, "IE") for _ in range(4)]
    editors = _logins(g, 4, "ie", 1)
    status = [g.rnd.choice(["ACTIVE", "ACTIVE", "ACTIVE", "DEFERRED", "PENSIONER"]) for _ in range(g.rows)]

    def benef(i: int) -> str | None:
        if g.rnd.random() < 0.3:
            return None
        n = g.rnd.choice([1, 2, 2, 3])
        share = {1: [100], 2: [50, 50], 3: [40, 30, 30]}[n]
        return "; ".join(f"{v.given(g, 'ie')} {rows[i][1]} ({s}%)" for s in share)

    return Table(
        "pens_admin.mbr_master",
        "en",
        "snake",
        [
            c("mbr_id", N, "INTEGER", g.keys(20_001), "decoy", KEY, ABBREV),
            c("scheme_cd", N, "VARCHAR", [s[0] for s in scheme], "decoy"),
            c("scheme_nm", N, "VARCHAR", [s[1] for s in scheme], "business", ABBREV),
            c("empr_nm", N, "VARCHAR", [s[2] for s in scheme], "business", ABBREV),
            c("empr_cro_no", N, "VARCHAR", [s[3] for s in scheme], "business", ABBREV),
            c("ppsn", "ssn", "VARCHAR", g.col(lambda: v.ie_ppsn(g), 0.03)),
            c("mbr_surname", "last_name", "VARCHAR", [r[1] for r in rows], ABBREV),
            c("mbr_forenames", "first_name", "VARCHAR", [f"{r[0]} {r[4]}".strip() for r in rows], ABBREV),
            c("mbr_dob", "date_of_birth", "DATE", [r[3] for r in rows], ABBREV),
            c("gender", N, "VARCHAR", ["F" if r[2] else "M" for r in rows], "decoy"),
            c("marital_stat", N, "VARCHAR", g.col(g.pick(["M", "S", "M", "CP", "D", "W"])), "decoy", ABBREV),
            c("addr_ln1", "street_address", "VARCHAR", g.col(lambda: v.ie_street(g)), ABBREV),
            c(
                "addr_ln2",
                "street_address",
                "VARCHAR",
                g.col(
                    lambda: g.rnd.choice(
                        ["Ballyvolane", "Knocknacarra", "Raheen", "Castleknock", "Blackpool", "Renmore"]
                    ),
                    0.6,
                ),
                ABBREV,
                HEAVY,
            ),
            c("addr_town", "city", "VARCHAR", [t[0] for t in towns], ABBREV),
            c("addr_county", N, "VARCHAR", [f"Co. {t[1]}" for t in towns], "decoy", ABBREV),
            c(
                "eircode",
                "postal_code",
                "VARCHAR",
                [v.eircode(g, t[2]) if g.rnd.random() < 0.85 else None for t in towns],
            ),
            c(
                "mbr_mob",
                "phone",
                "VARCHAR",
                g.phones("IE", {"national": 0.6, "intl": 0.2, "e164": 0.2}, 1.0, 0.1),
                ABBREV,
            ),
            c(
                "mbr_email",
                "email",
                "VARCHAR",
                [v.email_of(g, r[0], r[1], v.DOMAINS["ie"]) if g.rnd.random() < 0.8 else None for r in rows],
                ABBREV,
            ),
            c(
                "alt_ref",
                "email",
                "VARCHAR",
                [
                    v.email_of(g, r[0], r[1], ["gmail.com", "yahoo.ie", "icloud.com"])
                    if g.rnd.random() < 0.45
                    else None
                    for r in rows
                ],
                MISLEADING,
            ),
            c("date_joined_scheme", N, "DATE", g.days("1998-01-01", "2025-10-31"), "decoy"),
            c("nrd", N, "DATE", [date(r[3].year + 66, r[3].month, 1) for r in rows], "decoy", ACTUARIAL, ABBREV),
            c("pens_salary", N, "DECIMAL(10,2)", g.amounts(28_000, 140_000), "decoy", ABBREV),
            c("ee_contrib_pct", N, "DECIMAL(4,1)", g.col(g.pick([3.0, 5.0, 5.0, 6.0, 8.0])), "decoy", ABBREV),
            c("er_contrib_pct", N, "DECIMAL(4,1)", g.col(g.pick([5.0, 6.0, 8.0, 10.0])), "decoy", ABBREV),
            c(
                "fund_choice",
                N,
                "VARCHAR",
                g.col(g.pick(["Lifestyle Consolidation", "Global Equity Passive", "Cash Fund", "Multi-Asset 60"])),
                "decoy",
            ),
            c("fund_isin", N, "VARCHAR", g.col(g.pick(isins)), "decoy", CHECK, SHAPE),
            c("fund_value", N, "DECIMAL(12,2)", g.amounts(500, 650_000), "decoy"),
            c("annuity_factor", N, "DECIMAL(6,3)", g.floats(18, 29, 3), "decoy", ACTUARIAL),
            c("transfer_value_factor", N, "DECIMAL(6,4)", g.floats(0.85, 1.05, 4), "decoy", ACTUARIAL),
            c(
                "spouse_nm",
                "person_name",
                "VARCHAR",
                [f"{v.given(g, 'ie')} {r[1]}" if g.rnd.random() < 0.4 else None for r in rows],
                ROLE,
                HEAVY,
                ABBREV,
            ),
            c("nominated_benef", "person_name", "VARCHAR", [benef(i) for i in range(g.rows)], ROLE, MULTI, ABBREV),
            c(
                "pensioner_iban",
                "iban",
                "VARCHAR",
                [v.iban(g, "IE", g.rnd.random() < 0.3) if s == "PENSIONER" else None for s in status],
                HEAVY,
            ),
            c("status", N, "VARCHAR", status, "decoy"),
            c("upd_by", USERNAME, "VARCHAR", g.col(g.pick(editors)), USER, AUDIT, ABBREV),
        ],
    )


def nz_home_claims(g: Gen) -> Table:
    """A Christchurch home and contents insurer's claim lodgements (snake case with ``ctc_`` abbreviations): ids,
    claim and policy references and the natural-hazard event code (``none``), loss date and type, the insured names
    (joint insureds in one cell), the property's address (tag ``premises``), suburb and postcode, its coordinates
    (``none``), the contact phone and e-mail, an alternative contact (a name, a phone or an e-mail: ``free_text``), the
    tenant (rented homes; mostly NULL words), ``attr7`` (the mortgagee bank: ``none``) and ``attr8`` (the tenant's
    phone), the key-safe code (``none``), the assessor (few), the builder and its phone and NZBN (``none``), the scope
    of works (naming no one: ``none``), the damage description, the settlement bank account (``unclassified``),
    excess, estimate, status and the handler's login."""
    places = [g.rnd.choice(v.NZ_SUBURBS) for _ in range(g.rows)]
    pairs = [v.person(g, "nz") for _ in range(g.rows)]
    assessors = _staff(g, 5, lambda x: v.whole(x, "nz"))
    builders = [
        ("Harakeke Builders Ltd", "03 555 0142"),
        ("Southern Rebuild Co", "03 555 0177"),
        ("Port Hills Construction", "03 555 0118"),
    ]
    builder = [g.rnd.choice(builders) if g.rnd.random() < 0.6 else (None, None) for _ in range(g.rows)]
    handlers = _logins(g, 5, "nz", 3)
    rented = [g.rnd.random() < 0.2 for _ in range(g.rows)]

    def names(i: int) -> str:
        a, b = pairs[i]
        r = g.rnd.random()
        if r < 0.35:
            return f"{a} & {v.given(g, 'nz')} {b}"
        if r < 0.45:
            return f"{a} {b}; {v.whole(g, 'nz')}"
        return f"{a} {b}"

    def alt() -> str | None:
        r = g.rnd.random()
        if r < 0.35:
            return None
        if r < 0.6:
            return g.phone("NZ", "national")
        if r < 0.8:
            return v.email(g, "nz")
        return f"{v.whole(g, 'nz')} (son)"

    def damage() -> str:
        return g.rnd.choice(
            [
                "Water through ceiling in lounge after storm",
                "Cracked chimney, bricks on roof",
                f"Neighbour {v.whole(g, 'nz')}'s tree fell on the carport",
                "Flooding under floor, carpets wet",
                f"Tenant {v.given(g, 'nz')} reported burst cylinder",
                "Hail damage to roof and spouting",
            ]
        )

    return Table(
        "claimshub.home_lodgements",
        "en",
        "snake",
        [
            c("lodgement_id", N, "BIGINT", g.keys(7_700_001), "decoy", KEY),
            c("claim_ref", N, "VARCHAR", g.col(lambda: g.code("CHC-25-999999")), "decoy", POLICY, SHAPE),
            c("policy_ref", N, "VARCHAR", g.col(lambda: g.code("HCH9999999")), "decoy", POLICY, SHAPE),
            c("event_cd", N, "VARCHAR", g.col(g.pick(["", "NHC-2025-STORM-CAN", "NHC-2025-FLOOD-SEL", ""])), "decoy"),
            c("loss_date", N, "DATE", g.days("2025-01-01", "2025-11-30"), "decoy"),
            c(
                "loss_type",
                N,
                "VARCHAR",
                g.col(g.pick(["Storm", "Flood", "Escape of water", "Earthquake", "Fire", "Accidental damage"])),
                "decoy",
            ),
            c("insured_names", "person_name", "VARCHAR", [names(i) for i in range(g.rows)], ROLE, MULTI),
            c("property_address", "street_address", "VARCHAR", g.col(lambda: v.nz_street(g)), PREMISES),
            c("suburb", "city", "VARCHAR", [p[0] for p in places]),
            c("postcode", "postal_code", "VARCHAR", [p[1] for p in places], PREMISES),
            c("latitude", N, "DOUBLE", g.floats(-43.65, -43.3, 6), "decoy", COORD),
            c("longitude", N, "DOUBLE", g.floats(172.4, 172.78, 6), "decoy", COORD),
            c("ctc_ph", "phone", "VARCHAR", g.phones("NZ", {"national": 0.7, "e164": 0.3}, 0.8), ABBREV),
            c(
                "ctc_email",
                "email",
                "VARCHAR",
                [v.email_of(g, a, b, v.DOMAINS["nz"]) if g.rnd.random() < 0.85 else None for a, b in pairs],
                ABBREV,
            ),
            c("alt_contact", "free_text", "VARCHAR", [alt() for _ in range(g.rows)], MIXED),
            c(
                "tenant_name",
                "person_name",
                "VARCHAR",
                [v.whole(g, "nz") if r else g.rnd.choice(["", "N/A", "n/a", "-"]) for r in rented],
                ROLE,
                NULLWORD,
            ),
            c(
                "attr7",
                N,
                "VARCHAR",
                g.col(g.pick(["ANZ Bank New Zealand", "ASB Bank", "Kiwibank", "BNZ", ""])),
                "decoy",
                OPAQUE,
            ),
            c(
                "attr8",
                "phone",
                "VARCHAR",
                [g.phone("NZ", "national") if r or g.rnd.random() < 0.3 else None for r in rented],
                OPAQUE,
                HEAVY,
            ),
            c("keysafe_code", N, "VARCHAR", g.col(lambda: g.digits(4), 0.6), "decoy", CREDENTIAL),
            c("assessor", "person_name", "VARCHAR", g.col(g.pick(assessors), 0.1), STAFF, ROLE),
            c("builder_name", N, "VARCHAR", [b[0] for b in builder], "business"),
            c("builder_phone", N, "VARCHAR", [b[1] for b in builder], "business"),
            c(
                "scope_of_works",
                N,
                "VARCHAR",
                g.col(
                    g.pick(
                        [
                            "Replace gib and repaint lounge ceiling",
                            "Re-roof, 120 m2 long-run",
                            "Dry out subfloor, replace carpet",
                            "Rebuild chimney to roofline",
                        ]
                    ),
                    0.3,
                ),
                "decoy",
            ),
            c("damage_description", "free_text", "VARCHAR", g.col(damage, 0.05)),
            c("settlement_bank_acct", USERNAME, "VARCHAR", g.col(lambda: v.nz_bank_account(g), 0.45), BANK),
            c("excess_nzd", N, "INTEGER", g.col(g.pick([400, 500, 750, 1_000, 2_000])), "decoy"),
            c("estimate_nzd", N, "DECIMAL(10,2)", g.amounts(800, 180_000), "decoy"),
            c(
                "status",
                N,
                "VARCHAR",
                g.col(g.pick(["Lodged", "Assessing", "Approved", "Settled", "Declined"])),
                "decoy",
            ),
            c("handled_by", USERNAME, "VARCHAR", g.col(g.pick(handlers)), USER, AUDIT),
        ],
    )


# -- Italy, Germany, France, the Netherlands, Czechia, Japan ---------------------------------------------------------


def it_rca_polizze(g: Gen) -> Table:
    """A Bari motor agency's third-party liability (RCA) policies (Italian, snake case): policy id and number, plate,
    VIN, make and model, registration date, bonus-malus class (``none``), the policyholder's first and family name,
    codice fiscale (encoding the row's name, birth date and comune), birth date and birthplace, address, CAP, comune,
    province (``none``), phone, e-mail and PEC (mostly NULL), the usual driver (mostly NULL), the direct-debit IBAN
    (mostly NULL), the agent (few), the agency's address, phone and partita IVA (``none``), premium, limit, expiry,
    claims count, notes, ``campo_libero_1`` (the driving-licence number) and ``campo_libero_2`` (a convention code)."""
    rows = []
    for _ in range(g.rows):
        female = g.rnd.random() < 0.45
        a, b = v.person(g, "it", female)
        born = g.birth(1940, 2006)
        place = g.rnd.choice(v.IT_COMUNI)
        rows.append((a, b, born, place, v.it_codice_fiscale(a, b, born, female, place[3])))
    homes = [g.rnd.choice(v.IT_COMUNI) for _ in range(g.rows)]
    agents = _staff(g, 3, lambda x: v.whole(x, "it"))
    piva = v.it_piva(g)

    def note() -> str:
        return g.rnd.choice(
            [
                "Attestato acquisito da ANIA",
                f"Figlio {v.given(g, 'it')} neopatentato, guida esperta",
                "Disdetta inviata via PEC",
                f"Sinistro 2024 con {v.whole(g, 'it')}, concorso di colpa",
                "Rateizzazione semestrale",
            ]
        )

    return Table(
        "rca_agenzia.polizze_contraenti",
        "it",
        "snake",
        [
            c("id_polizza", N, "INTEGER", g.keys(30_001), "decoy", KEY),
            c("numero_polizza", N, "VARCHAR", g.col(lambda: g.code("999/99/999999")), "decoy", POLICY, SHAPE),
            c("targa", N, "VARCHAR", g.col(lambda: v.it_targa(g)), "decoy", VEHICLE, SHAPE),
            c("telaio", N, "VARCHAR", g.col(lambda: v.vin(g, v.EU_WMIS)), "decoy", VEHICLE, CHECK, SHAPE),
            c(
                "marca_modello",
                N,
                "VARCHAR",
                g.col(
                    g.pick(
                        [
                            "FIAT Panda 1.2",
                            "FIAT 500X",
                            "Lancia Ypsilon",
                            "VW Polo",
                            "Dacia Sandero",
                            "Toyota Yaris Hybrid",
                        ]
                    )
                ),
                "decoy",
                VEHICLE,
            ),
            c("data_immatricolazione", N, "DATE", g.days("2008-01-01", "2025-10-31"), "decoy", VEHICLE),
            c("classe_cu", N, "INTEGER", g.col(g.pick([1, 1, 1, 2, 4, 9, 14, 18])), "decoy"),
            c("contraente_nome", "first_name", "VARCHAR", [r[0] for r in rows], ROLE),
            c("contraente_cognome", "last_name", "VARCHAR", [r[1] for r in rows], ROLE),
            c("codice_fiscale", "national_id", "VARCHAR", [r[4] for r in rows]),
            c("data_nascita", "date_of_birth", "DATE", [r[2] for r in rows]),
            c("comune_nascita", "city", "VARCHAR", [r[3][0] for r in rows]),
            c("indirizzo", "street_address", "VARCHAR", g.col(lambda: v.it_street(g))),
            c("cap", "postal_code", "VARCHAR", [h[2] for h in homes], ABBREV),
            c("comune_residenza", "city", "VARCHAR", [h[0] for h in homes]),
            c("provincia", N, "VARCHAR", [h[1] for h in homes], "decoy"),
            c("telefono", "phone", "VARCHAR", g.phones("IT", {"national": 0.6, "intl": 0.2, "e164": 0.2}, 0.85, 0.05)),
            c(
                "email",
                "email",
                "VARCHAR",
                [v.email_of(g, r[0], r[1], v.DOMAINS["it"]) if g.rnd.random() < 0.75 else None for r in rows],
            ),
            c(
                "pec",
                "email",
                "VARCHAR",
                [v.email_of(g, r[0], r[1], ["pec.it", "legalmail.it"]) if g.rnd.random() < 0.2 else None for r in rows],
                HEAVY,
            ),
            c("conducente_abituale", "person_name", "VARCHAR", g.col(lambda: v.whole(g, "it"), 0.75), ROLE, HEAVY),
            c("iban_addebito", "iban", "VARCHAR", g.col(lambda: v.iban(g, "IT", g.rnd.random() < 0.3), 0.6), HEAVY),
            c("agente", "person_name", "VARCHAR", g.col(g.pick(agents)), STAFF, ROLE),
            c("agenzia_indirizzo", N, "VARCHAR", ["Via Abate Gimma 112, 70122 Bari"] * g.rows, "business"),
            c("agenzia_tel", N, "VARCHAR", ["080 521 4470"] * g.rows, "business"),
            c("agenzia_piva", N, "VARCHAR", [piva] * g.rows, "business", CHECK, SHAPE),
            c("premio_annuo", N, "DECIMAL(8,2)", g.amounts(280, 2_100), "decoy"),
            c("massimale", N, "INTEGER", g.col(g.pick([6_450_000, 10_000_000, 15_000_000])), "decoy"),
            c("scadenza", N, "DATE", g.days("2026-01-01", "2026-12-31"), "decoy"),
            c("numero_sinistri", N, "INTEGER", g.ints(0, 3), "decoy"),
            c("note", "free_text", "VARCHAR", g.col(note, 0.55)),
            c(
                "campo_libero_1",
                "national_id",
                "VARCHAR",
                [v.it_patente(g, h[1]) if g.rnd.random() < 0.7 else None for h in homes],
                OPAQUE,
            ),
            c("campo_libero_2", N, "VARCHAR", g.col(g.pick(["CONV-ACI", "CONV-CRAL", "", "NESSUNA"])), "decoy", OPAQUE),
        ],
    )


def de_riester(g: Gen) -> Table:
    """A Leipzig life insurer's Riester pension contracts with their allowance applications (German, Pascal case):
    contract number and tariff (``none``), salutation, first and family name, birth name (mostly NULL), birth date as
    ``dd.mm.yyyy`` text, birthplace, tax id (IdNr), social-insurance number (encoding the birth date, the birth
    name's initial and the sex), the allowance number of civil servants without one (mostly NULL), street, house
    number, postcode, town, phone, e-mail, IBAN and account holder, the spouse (indirectly entitled; mostly NULL),
    the first child's first name and birth date (child allowance), the allowance data (``none``), the reserve and
    technical interest (``none``), the intermediary's register number (``none``), the clerk's login, remarks (mostly
    NULL words), ``Zusatz1`` (the previous provider: ``none``) and ``Zusatz2`` (a mobile number)."""
    rows = []
    for _ in range(g.rows):
        female = g.rnd.random() < 0.55
        a, b = v.person(g, "de", female)
        birth_name = v.family(g, "de") if female and g.rnd.random() < 0.4 else None
        born = g.birth(1962, 2004)
        civil = g.rnd.random() < 0.12
        rvnr = None if civil else v.de_rvnr(g, born, birth_name or b, female)
        zulage = v.de_rvnr(g, born, birth_name or b, female, "97") if civil else None
        rows.append((a, b, female, birth_name, born, rvnr, zulage))
    towns = [g.rnd.choice(v.DE_TOWNS) for _ in range(g.rows)]
    streets = [v.de_street_parts(g) for _ in range(g.rows)]
    clerks = _logins(g, 4, "de", 2)
    kids = [g.rnd.random() < 0.4 for _ in range(g.rows)]

    def remark() -> str:
        return g.rnd.choice(
            [
                f"Ehefrau {v.given(g, 'de')} mittelbar zulageberechtigt",
                "Dauerzulageantrag liegt vor",
                f"Kind {v.given(g, 'de')} Kindergeld bis 08/2026",
                "Anbieterwechsel, Kapital übertragen",
            ]
        )

    return Table(
        "riester_vw.Zulageantraege",
        "de",
        "pascal",
        [
            c("VertragsNr", N, "VARCHAR", [f"RV{4_400_000 + i * 7}" for i in range(g.rows)], "decoy", KEY, POLICY),
            c("Tarif", N, "VARCHAR", g.col(g.pick(["RR-Klassik 2017", "RR-Fonds Plus", "RR-Klassik 2022"])), "decoy"),
            c("Anrede", N, "VARCHAR", ["Frau" if r[2] else "Herr" for r in rows], "decoy"),
            c("Vorname", "first_name", "VARCHAR", [r[0] for r in rows]),
            c("Nachname", "last_name", "VARCHAR", [r[1] for r in rows]),
            c("Geburtsname", "last_name", "VARCHAR", [r[3] for r in rows], HEAVY),
            c("Geburtsdatum", "date_of_birth", "VARCHAR", [_fmt_dob(r[4], "dmy.") for r in rows], DOB_TEXT),
            c("Geburtsort", "city", "VARCHAR", g.col(lambda: g.rnd.choice(v.DE_TOWNS)[0], 0.1)),
            c("SteuerId", "national_id", "VARCHAR", g.col(lambda: v.de_idnr(g), 0.02)),
            c("SozVersNr", "ssn", "VARCHAR", [r[5] for r in rows]),
            c("Zulagenummer", "ssn", "VARCHAR", [r[6] for r in rows], HEAVY),
            c("Strasse", "street_address", "VARCHAR", [s[0] for s in streets]),
            c("Hausnummer", "street_address", "VARCHAR", [s[1] for s in streets]),
            c("Plz", "postal_code", "VARCHAR", [g.rnd.choice(t[1]) for t in towns]),
            c("Ort", "city", "VARCHAR", [t[0] for t in towns]),
            c("Telefon", "phone", "VARCHAR", g.phones("DE", {"national": 0.7, "intl": 0.3}, 0.4, 0.25)),
            c(
                "EMail",
                "email",
                "VARCHAR",
                [v.email_of(g, r[0], r[1], v.DOMAINS["de"]) if g.rnd.random() < 0.7 else None for r in rows],
            ),
            c("Iban", "iban", "VARCHAR", g.col(lambda: v.iban(g, "DE", g.rnd.random() < 0.5))),
            c(
                "Kontoinhaber",
                "person_name",
                "VARCHAR",
                [f"{r[0]} {r[1]}" if g.rnd.random() < 0.85 else v.whole(g, "de") for r in rows],
                ROLE,
            ),
            c(
                "Ehegatte",
                "person_name",
                "VARCHAR",
                [f"{v.given(g, 'de')} {r[1]}" if g.rnd.random() < 0.25 else None for r in rows],
                ROLE,
                HEAVY,
            ),
            c("Kind1Vorname", "first_name", "VARCHAR", [v.given(g, "de") if k else None for k in kids], ROLE, HEAVY),
            c("Kind1Geburtsdatum", "date_of_birth", "DATE", [g.birth(2004, 2024) if k else None for k in kids], HEAVY),
            c("Zulageberechtigung", N, "VARCHAR", g.col(g.pick(["unmittelbar", "unmittelbar", "mittelbar"])), "decoy"),
            c("Eigenbeitrag", N, "DECIMAL(8,2)", g.amounts(60, 2_100), "decoy"),
            c("Grundzulage", N, "DECIMAL(6,2)", g.col(g.pick([175.0, 175.0, 87.5])), "decoy"),
            c("Kinderzulage", N, "DECIMAL(6,2)", [300.0 if k else 0.0 for k in kids], "decoy"),
            c("Deckungsrueckstellung", N, "DECIMAL(12,2)", g.amounts(300, 48_000), "decoy", ACTUARIAL),
            c("Rechnungszins", N, "DECIMAL(4,2)", g.col(g.pick([0.25, 0.9, 1.25])), "decoy", ACTUARIAL),
            c(
                "VermittlerRegNr",
                N,
                "VARCHAR",
                g.col(lambda: g.code("D-ZZZZ-ZZZZZ-99"), 0.2),
                "decoy",
                PROFESSIONAL,
                SHAPE,
            ),
            c("Sachbearbeiter", USERNAME, "VARCHAR", g.col(g.pick(clerks)), USER, AUDIT),
            c("Bemerkung", "free_text", "VARCHAR", g.sparse(remark, 0.8, _words("keine", "k.A.", "-/-")), NULLWORD),
            c(
                "Zusatz1",
                N,
                "VARCHAR",
                g.col(g.pick(["", "", "Sparkasse Leipzig", "Union Investment", "DWS"])),
                "decoy",
                OPAQUE,
            ),
            c("Zusatz2", "phone", "VARCHAR", g.phones("DE", {"national": 0.5, "e164": 0.5}, 1.0, 0.55), OPAQUE, HEAVY),
        ],
    )


def fr_assurance_vie(g: Gen) -> Table:
    """A Nantes mutual insurer's life-assurance contracts and their beneficiaries (French, snake case): contract
    number, product and start date (``none``), the policyholder's title, family name, birth name (mostly NULL), first
    name, birth date, birthplace and département (``none``), numéro fiscal, address and its complement (mostly NULL),
    postcode, town, mobile, e-mail, the surrender IBAN (mostly NULL), the beneficiary clause (standard or naming
    people: ``free_text``), the first and second named beneficiaries, the adviser (few), the branch and its phone
    (``none``), the outstanding value, the unit-linked fund's ISIN (``none``), the management profile, the portal
    login (the customer's e-mail: tag ``misleading``) and the IP of the online subscription."""
    rows = []
    for _ in range(g.rows):
        female = g.rnd.random() < 0.5
        a, b = v.person(g, "fr", female)
        rows.append((a, b, female, g.birth(1935, 2000)))
    births = [g.rnd.choice(v.FR_COMMUNES) for _ in range(g.rows)]
    homes = [g.rnd.choice(v.FR_COMMUNES) for _ in range(g.rows)]
    advisers = _staff(g, 5, lambda x: v.whole(x, "fr"))
    isins = [v.isin(g, "FR") for _ in range(5)]

    def clause(i: int) -> str:
        if g.rnd.random() < 0.55:
            return g.rnd.choice(
                [
                    (
                        "Mon conjoint, à défaut mes enfants nés ou à naître, vivants ou représentés, par parts "
                        "égales, à défaut mes héritiers"
                    ),
                    "Clause standard",
                ]
            )
        a = v.person(g, "fr")
        return g.rnd.choice(
            [
                (f"{a[0]} {a[1]}, née le {g.birth(1960, 2005).strftime('%d/%m/%Y')}, à défaut mes héritiers"),
                (f"Mon fils {v.given(g, 'fr')} {rows[i][1]} pour 50 %, ma fille {v.given(g, 'fr')} pour 50 %"),
                f"M. {a[0]} {a[1]}, mon partenaire de PACS",
            ]
        )

    return Table(
        "assurvie.contrats_beneficiaires",
        "fr",
        "snake",
        [
            c("num_contrat", N, "VARCHAR", [f"AV{9_100_000 + i * 3}" for i in range(g.rows)], "decoy", KEY, POLICY),
            c("code_produit", N, "VARCHAR", g.col(g.pick(["ATLV-MULTI", "ATLV-EURO", "ATLV-PER"])), "decoy"),
            c("date_effet", N, "DATE", g.days("1996-01-01", "2025-10-31"), "decoy"),
            c("souscripteur_civilite", N, "VARCHAR", ["Mme" if r[2] else "M." for r in rows], "decoy"),
            c("souscripteur_nom", "last_name", "VARCHAR", [r[1].upper() for r in rows], ROLE),
            c(
                "souscripteur_nom_naissance",
                "last_name",
                "VARCHAR",
                [v.family(g, "fr").upper() if r[2] and g.rnd.random() < 0.5 else None for r in rows],
                ROLE,
                HEAVY,
            ),
            c("souscripteur_prenom", "first_name", "VARCHAR", [r[0] for r in rows], ROLE),
            c("date_naissance", "date_of_birth", "DATE", [r[3] for r in rows]),
            c("lieu_naissance", "city", "VARCHAR", [b[0] for b in births]),
            c("dept_naissance", N, "VARCHAR", [b[1] for b in births], "decoy"),
            c("num_fiscal", "national_id", "VARCHAR", g.col(lambda: v.fr_numero_fiscal(g), 0.2)),
            c("adresse", "street_address", "VARCHAR", g.col(lambda: v.fr_street(g))),
            c(
                "complement_adresse",
                "street_address",
                "VARCHAR",
                g.col(
                    lambda: g.rnd.choice(
                        [
                            f"Bât {g.rnd.choice('ABC')}, apt {g.rnd.randint(1, 40)}",
                            "Résidence Les Mimosas",
                            "Lieu-dit La Herse",
                        ]
                    ),
                    0.75,
                ),
                HEAVY,
            ),
            c("code_postal", "postal_code", "VARCHAR", [g.rnd.choice(h[2]) for h in homes]),
            c("ville", "city", "VARCHAR", [h[0] for h in homes]),
            c(
                "tel_portable",
                "phone",
                "VARCHAR",
                g.phones("FR", {"national": 0.7, "intl": 0.2, "e164": 0.1}, 1.0, 0.1),
            ),
            c(
                "courriel",
                "email",
                "VARCHAR",
                [v.email_of(g, r[0], r[1], v.DOMAINS["fr"]) if g.rnd.random() < 0.8 else None for r in rows],
            ),
            c("iban_rachat", "iban", "VARCHAR", g.col(lambda: v.iban(g, "FR", g.rnd.random() < 0.6), 0.7), HEAVY),
            c("clause_beneficiaire", "free_text", "VARCHAR", [clause(i) for i in range(g.rows)]),
            c("beneficiaire_1", "person_name", "VARCHAR", g.col(lambda: v.whole(g, "fr"), 0.35), ROLE),
            c("beneficiaire_1_quote", N, "INTEGER", g.col(g.pick([100, 50, 50, 34])), "decoy"),
            c("beneficiaire_2", "person_name", "VARCHAR", g.col(lambda: v.whole(g, "fr"), 0.7), ROLE, HEAVY),
            c("conseiller", "person_name", "VARCHAR", g.col(g.pick(advisers)), STAFF, ROLE),
            c(
                "agence",
                N,
                "VARCHAR",
                g.col(g.pick(["Agence Nantes Commerce", "Agence Angers Foch", "Agence Rennes Gare"])),
                "business",
            ),
            c(
                "agence_tel",
                N,
                "VARCHAR",
                g.col(g.pick(["02 40 48 51 20", "02 41 87 33 10", "02 99 30 12 45"])),
                "business",
            ),
            c("encours", N, "DECIMAL(12,2)", g.amounts(1_000, 850_000), "decoy"),
            c("support_uc_isin", N, "VARCHAR", g.col(g.pick(isins), 0.3), "decoy", CHECK, SHAPE),
            c("profil_gestion", N, "VARCHAR", g.col(g.pick(["Prudent", "Équilibré", "Dynamique", "Libre"])), "decoy"),
            c(
                "login_espace_client",
                "email",
                "VARCHAR",
                [v.email_of(g, r[0], r[1], v.DOMAINS["fr"]) if g.rnd.random() < 0.6 else None for r in rows],
                MISLEADING,
            ),
            c("ip_souscription", "ip_address", "VARCHAR", g.col(lambda: g.ip(0.35), 0.55), HEAVY),
        ],
    )


def nl_uitvaart(g: Gen) -> Table:
    """A Twente funeral-insurance co-operative's insured members (Dutch, camel case): policy number and member id
    (``none``), initials, the name used, tussenvoegsel and family name, birth date, sex, BSN, street, house number
    and addition (mostly NULL), postcode, town, phone, e-mail, IBAN and account holder, sum insured, ``naam`` (the
    package: ``none``, tag ``misleading``), premium and start date, the preferred funeral director (``none``), funeral
    wishes (mostly NULL words; some name people), the contact person, their phone and relationship, and the employee
    who last changed the record (a first name: few)."""
    rows = []
    for _ in range(g.rows):
        female = g.rnd.random() < 0.5
        a, b = v.person(g, "nl", female)
        tv = g.rnd.choice(["", "", "", "", "van", "van de", "ter", "te", "van der"])
        second = v.given(g, "nl") if g.rnd.random() < 0.45 else ""
        rows.append((a, b, female, tv, g.birth(1930, 2010), second))
    towns = [g.rnd.choice(v.NL_TOWNS) for _ in range(g.rows)]
    staff = _staff(g, 4, lambda x: v.given(x, "nl"))

    def wish() -> str:
        return g.rnd.choice(
            [
                "Crematie in Usselo, as uitstrooien",
                f"Begraven bij mijn man {v.given(g, 'nl')}",
                "Rouwkaarten via de kerk",
                f"Muziek laten kiezen door dochter {v.given(g, 'nl')}",
                "Sober, alleen familie",
            ]
        )

    return Table(
        "uitvaartcoop.verzekerden",
        "nl",
        "camel",
        [
            c("polisnummer", N, "VARCHAR", [f"UV-{180_000 + i}" for i in range(g.rows)], "decoy", POLICY, KEY),
            c("lidId", N, "INTEGER", g.keys(5_001), "decoy", KEY),
            c("voorletters", "first_name", "VARCHAR", [r[0][0] + "." + (r[5][0] + "." if r[5] else "") for r in rows]),
            c("roepnaam", "first_name", "VARCHAR", [r[0] for r in rows]),
            c("tussenvoegsel", "last_name", "VARCHAR", [r[3] for r in rows]),
            c("achternaam", "last_name", "VARCHAR", [r[1] for r in rows]),
            c("geboortedatum", "date_of_birth", "DATE", [r[4] for r in rows]),
            c("geslacht", N, "VARCHAR", ["V" if r[2] else "M" for r in rows], "decoy"),
            c("bsn", "national_id", "VARCHAR", g.col(lambda: v.nl_bsn(g), 0.05), ABBREV),
            c("straat", "street_address", "VARCHAR", g.col(g.pick(v.NL_STREETS))),
            c("huisnummer", "street_address", "INTEGER", g.ints(1, 240)),
            c(
                "huisnummerToevoeging",
                "street_address",
                "VARCHAR",
                g.col(g.pick(["A", "B", "1", "bis", "II"]), 0.8),
                HEAVY,
            ),
            c("postcode", "postal_code", "VARCHAR", [v.nl_postcode(g, t[1], t[2]) for t in towns]),
            c("woonplaats", "city", "VARCHAR", [t[0] for t in towns]),
            c("telefoonnummer", "phone", "VARCHAR", g.phones("NL", {"national": 0.7, "e164": 0.3}, 0.6, 0.1)),
            c(
                "emailadres",
                "email",
                "VARCHAR",
                [v.email_of(g, r[0], r[1], v.DOMAINS["nl"]) if g.rnd.random() < 0.65 else None for r in rows],
            ),
            c("iban", "iban", "VARCHAR", g.col(lambda: v.iban(g, "NL", g.rnd.random() < 0.4), 0.05)),
            c(
                "rekeninghouder",
                "person_name",
                "VARCHAR",
                [f"{r[0][0]}. {r[3] + ' ' if r[3] else ''}{r[1]}" for r in rows],
                ROLE,
            ),
            c("verzekerdBedrag", N, "INTEGER", g.col(g.pick([4_500, 6_500, 8_000, 10_000])), "decoy"),
            c(
                "naam",
                N,
                "VARCHAR",
                g.col(g.pick(["Uitvaartpakket Basis", "Uitvaartpakket Compleet", "Natura Plus", "Kinderpakket"])),
                "decoy",
                MISLEADING,
            ),
            c("premiePerMaand", N, "DECIMAL(6,2)", g.amounts(3, 48), "decoy"),
            c("ingangsdatum", N, "DATE", g.days("1975-01-01", "2025-10-31"), "decoy"),
            c(
                "voorkeurUitvaartondernemer",
                N,
                "VARCHAR",
                g.col(g.pick(["Uitvaartcentrum Twente", "Dela Enschede", "Monuta Hengelo", ""])),
                "business",
            ),
            c(
                "uitvaartwensen",
                "free_text",
                "VARCHAR",
                g.sparse(wish, 0.78, _words("geen", "nvt", "n.v.t.")),
                NULLWORD,
            ),
            c("contactpersoonNaam", "person_name", "VARCHAR", g.col(lambda: v.whole(g, "nl"), 0.3), ROLE),
            c("contactpersoonTelefoon", "phone", "VARCHAR", g.phones("NL", {"national": 1.0}, 0.9, 0.35)),
            c(
                "relatieContactpersoon",
                N,
                "VARCHAR",
                g.col(g.pick(["Zoon", "Dochter", "Partner", "Buurvrouw"]), 0.3),
                "decoy",
            ),
            c("gewijzigdDoor", "first_name", "VARCHAR", g.col(g.pick(staff)), STAFF),
        ],
    )


def cz_penzijni_ucastnici(g: Gen) -> Table:
    """A Brno pension company's supplementary pension savings participants (Czech, snake case): contract number and
    participant id (``none``), first name, family name (female forms), title, birth number (encoding the birth date and
    sex), birth date and birthplace, street, town, postcode, region (``none``), phone, e-mail, the payout IBAN, the
    designated beneficiary and their birth number (mostly NULL), the employer and its IČO (``none``), the
    participant's, employer's and state's contributions, the strategy, start date, the intermediary (few), notes, the
    IP of the portal sign-up and the last editor's login."""
    rows = []
    for _ in range(g.rows):
        female = g.rnd.random() < 0.5
        a, b = v.person(g, "cz", female)
        born = g.birth(1960, 2007)
        rows.append((a, b, female, born, v.cz_rodne_cislo(g, born, female)))
    places = [g.rnd.choice(v.CZ_OBCE) for _ in range(g.rows)]
    employers = [
        ("Moravské strojírny a.s.", v.cz_ico(g)),
        ("Brněnské pekárny s.r.o.", v.cz_ico(g)),
        ("Jihomoravská energetika a.s.", v.cz_ico(g)),
        ("", ""),
    ]
    emp = [g.rnd.choice(employers) for _ in range(g.rows)]
    brokers = _staff(g, 4, lambda x: v.whole(x, "cz"))
    editors = _logins(g, 3, "cz", 1)
    benef = [g.rnd.random() < 0.4 for _ in range(g.rows)]

    def benef_rc() -> str | None:
        if g.rnd.random() < 0.6:
            return None
        female = g.rnd.random() < 0.5
        return v.cz_rodne_cislo(g, g.birth(1960, 2015), female)

    def note() -> str:
        return g.rnd.choice(
            [
                "Převod z transformovaného fondu",
                f"Určená osoba: manželka {v.given(g, 'cz')}",
                "Žádost o předčasný důchod",
                f"Volal syn {v.whole(g, 'cz')}, plná moc doložena",
                "Změna strategie na konzervativní",
            ]
        )

    return Table(
        "dps_penze.ucastnici",
        "cs",
        "snake",
        [
            c(
                "cislo_smlouvy",
                N,
                "VARCHAR",
                [f"{8_120_000_000 + i * 11}" for i in range(g.rows)],
                "decoy",
                POLICY,
                KEY,
            ),
            c("id_ucastnika", N, "INTEGER", g.keys(300_001), "decoy", KEY),
            c("jmeno", "first_name", "VARCHAR", [r[0] for r in rows]),
            c("prijmeni", "last_name", "VARCHAR", [r[1] for r in rows]),
            c("titul", N, "VARCHAR", g.col(g.pick(["", "", "", "Ing.", "Mgr.", "Bc.", "MUDr."])), "decoy"),
            c("rodne_cislo", "national_id", "VARCHAR", [r[4] for r in rows]),
            c("datum_narozeni", "date_of_birth", "DATE", [r[3] for r in rows]),
            c("misto_narozeni", "city", "VARCHAR", g.col(lambda: g.rnd.choice(v.CZ_OBCE)[0], 0.2)),
            c("ulice", "street_address", "VARCHAR", g.col(lambda: v.cz_street(g))),
            c("obec", "city", "VARCHAR", [p[0] for p in places]),
            c("psc", "postal_code", "VARCHAR", [p[1] for p in places], ABBREV),
            c("kraj", N, "VARCHAR", [p[2] for p in places], "decoy"),
            c("telefon", "phone", "VARCHAR", g.phones("CZ", {"national": 0.5, "intl": 0.3, "e164": 0.2}, 0.9, 0.1)),
            c(
                "email",
                "email",
                "VARCHAR",
                [v.email_of(g, r[0], r[1], v.DOMAINS["cz"]) if g.rnd.random() < 0.75 else None for r in rows],
            ),
            c("iban_vyplata", "iban", "VARCHAR", g.col(lambda: v.iban(g, "CZ", g.rnd.random() < 0.5), 0.3)),
            c("urcena_osoba", "person_name", "VARCHAR", [v.whole(g, "cz") if b else None for b in benef], ROLE, HEAVY),
            c("urcena_osoba_rc", "national_id", "VARCHAR", [benef_rc() if b else None for b in benef], HEAVY),
            c("zamestnavatel", N, "VARCHAR", [e[0] for e in emp], "business"),
            c("ico_zamestnavatele", N, "VARCHAR", [e[1] for e in emp], "business", CHECK, SHAPE),
            c("prispevek_ucastnika", N, "INTEGER", g.col(g.pick([300, 500, 1_000, 1_700, 3_000])), "decoy"),
            c(
                "prispevek_zamestnavatele",
                N,
                "INTEGER",
                [g.rnd.choice([500, 1_000, 1_500]) if e[0] else 0 for e in emp],
                "decoy",
            ),
            c("statni_prispevek", N, "INTEGER", g.col(g.pick([90, 130, 230, 340])), "decoy"),
            c(
                "strategie",
                N,
                "VARCHAR",
                g.col(g.pick(["konzervativní", "vyvážená", "dynamická", "životní cyklus"])),
                "decoy",
            ),
            c("datum_uzavreni", N, "DATE", g.days("2013-01-01", "2025-10-31"), "decoy"),
            c("zprostredkovatel", "person_name", "VARCHAR", g.col(g.pick(brokers), 0.3), STAFF, ROLE),
            c("poznamka", "free_text", "VARCHAR", g.col(note, 0.6)),
            c("ip_adresa", "ip_address", "VARCHAR", g.col(lambda: g.ip(0.2), 0.4), ABBREV),
            c("uzivatel_zmena", USERNAME, "VARCHAR", g.col(g.pick(editors)), USER, AUDIT),
        ],
    )


def jp_ideco(g: Gen) -> Table:
    """An Osaka record-keeper's iDeCo (individual defined-contribution pension) participant ledger (romanized
    Japanese column names, Japanese values, snake case): participant number (``none``), the name in kanji and in
    katakana, birth date as ``yyyy/mm/dd`` text, sex, basic pension number, My Number (often not held), postcode,
    address, prefecture (``none``), phone and mobile, e-mail, participant category, the employer, its corporate number
    and phone (``none``), monthly contribution, fund and allocation, bank and branch codes (``none``), account number
    (``unclassified``) and the account holder in katakana, the death lump-sum beneficiary (mostly NULL) and
    relationship, the staff member (family names: few) and remarks (mostly NULL words)."""
    rows = []
    for _ in range(g.rows):
        female = g.rnd.random() < 0.5
        rows.append((v.jp_person(g, female), female, g.birth(1965, 2004)))
    places = [g.rnd.choice(v.JP_PLACES) for _ in range(g.rows)]
    employers = [
        ("株式会社なにわ精工", "06-6345-0127"),
        ("関西物流サービス株式会社", "06-6232-0184"),
        ("北摂メディカル株式会社", "06-6841-0153"),
    ]
    employers = [(n, v.jp_corporate_number(g), t) for n, t in employers]
    category = [g.rnd.choice(["第1号", "第2号", "第2号", "第2号", "第3号"]) for _ in range(g.rows)]
    emp = [g.rnd.choice(employers) if k == "第2号" else ("", "", "") for k in category]
    staff = _staff(g, 4, lambda x: v.jp_person(x)[0])

    def remark() -> str:
        return g.rnd.choice(
            [
                "掛金変更届受理",
                f"配偶者{v.jp_person(g)[1]}様より問合せ",
                "住所変更済",
                f"受取人を長男{v.jp_person(g)[1]}に変更",
            ]
        )

    def beneficiary(p: tuple[str, str, str, str]) -> str | None:
        if g.rnd.random() < 0.7:
            return None
        q = v.jp_person(g)
        return f"{p[0]} {q[1]}"

    return Table(
        "ideco_kiroku.kanyusha_daicho",
        "ja",
        "snake",
        [
            c("kanyusha_bango", N, "VARCHAR", [f"ID{60_100_000 + i * 13}" for i in range(g.rows)], "decoy", KEY),
            c("shimei_kanji", "person_name", "VARCHAR", [f"{r[0][0]} {r[0][1]}" for r in rows]),
            c("shimei_kana", "person_name", "VARCHAR", [f"{r[0][2]} {r[0][3]}" for r in rows]),
            c("seinengappi", "date_of_birth", "VARCHAR", [_fmt_dob(r[2], "ymd/") for r in rows], DOB_TEXT),
            c("seibetsu", N, "VARCHAR", ["女" if r[1] else "男" for r in rows], "decoy"),
            c("kiso_nenkin_bango", "ssn", "VARCHAR", g.col(lambda: v.jp_pension_number(g), 0.02)),
            c("kojin_bango", "national_id", "VARCHAR", g.col(lambda: v.jp_my_number(g), 0.45)),
            c("yubin_bango", "postal_code", "VARCHAR", [v.jp_postcode(g, p[2]) for p in places]),
            c("jusho", "street_address", "VARCHAR", [v.jp_address(g, p) for p in places]),
            c("todofuken", N, "VARCHAR", [p[0] for p in places], "decoy"),
            c("denwa_bango", "phone", "VARCHAR", g.phones("JP", {"national": 1.0}, 0.2, 0.3)),
            c("keitai_bango", "phone", "VARCHAR", g.phones("JP", {"national": 0.8, "digits": 0.2}, 1.0, 0.15)),
            c(
                "mail_address",
                "email",
                "VARCHAR",
                g.col(
                    lambda: v.email_of(
                        g,
                        g.rnd.choice(["taro", "hana", "yuki", "ken", "mai", "sho"]),
                        g.rnd.choice(["sato", "tanaka", "yamada", "kato", "ito"]),
                        v.DOMAINS["jp"],
                    ),
                    0.3,
                ),
            ),
            c("kanyusha_shubetsu", N, "VARCHAR", category, "decoy"),
            c("jigyosho_mei", N, "VARCHAR", [e[0] for e in emp], "business"),
            c("jigyosho_hojin_bango", N, "VARCHAR", [e[1] for e in emp], "business", CHECK, SHAPE),
            c("jigyosho_denwa", N, "VARCHAR", [e[2] for e in emp], "business"),
            c(
                "kakekin_getsugaku",
                N,
                "INTEGER",
                g.col(g.pick([5_000, 10_000, 12_000, 20_000, 23_000, 68_000])),
                "decoy",
            ),
            c(
                "unyo_shohin",
                N,
                "VARCHAR",
                g.col(
                    g.pick(["定期預金（5年）", "国内株式インデックス", "全世界株式インデックス", "バランス型（安定）"])
                ),
                "decoy",
            ),
            c("haibun_wariai", N, "INTEGER", g.col(g.pick([100, 50, 70, 30])), "decoy"),
            c("kinyu_kikan_cd", N, "VARCHAR", g.col(g.pick(["0005", "0009", "0001", "0158", "0179"])), "decoy"),
            c("shiten_cd", N, "VARCHAR", g.col(lambda: g.digits(3)), "decoy"),
            c("koza_bango", USERNAME, "VARCHAR", g.col(lambda: g.digits(7)), BANK),
            c("koza_meigi_kana", "person_name", "VARCHAR", [f"{r[0][2]} {r[0][3]}" for r in rows], ROLE),
            c("shibo_ichijikin_uketorinin", "person_name", "VARCHAR", [beneficiary(r[0]) for r in rows], ROLE, HEAVY),
            c("uketorinin_zokugara", N, "VARCHAR", g.col(g.pick(["配偶者", "子", "父母", "法定相続人"])), "decoy"),
            c("tantosha", "last_name", "VARCHAR", g.col(g.pick(staff)), STAFF),
            c("biko", "free_text", "VARCHAR", g.sparse(remark, 0.8, ("", "なし", "特になし", "-")), NULLWORD),
        ],
    )


BUILDERS: list[tuple[Callable[[Gen], Table], int]] = [
    (cc_auto_claims, 900),
    (producer_master, 420),
    (death_claim_payees, 520),
    (life_underwriting, 640),
    (lloyds_bordereau, 1_100),
    (pet_policies, 800),
    (travel_quotes, 1_000),
    (pension_members, 700),
    (nz_home_claims, 600),
    (it_rca_polizze, 700),
    (de_riester, 650),
    (fr_assurance_vie, 600),
    (nl_uitvaart, 550),
    (cz_penzijni_ucastnici, 650),
    (jp_ideco, 480),
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
