"""Held-out set v144 for the column classifier: 15 tables of *motor, home, travel and life insurance* (motor
policyholders and quotes, a usage-based insurer's telematics trips, home claim notifications and their loss
adjusters, a life insurer's beneficiaries, motor claims' third parties and witnesses, life premium direct debits, a
motor quote comparison site's requests, travel policies and travel claims, motor claims with appraisers, an insurer's
exclusive agents, home insurance SEPA direct debit mandates, a loss adjusting bureau's assignments, motor third-party
liability contracts and a life insurer's policy ledger with its sales agents), one system per table and each a
different organisation in a different country, eight with English column names and seven in other languages:

* ``corkmotor.policyholder_quotes``: a Cork motor insurer's quotes and policyholders (snake case: Irish driver
  numbers, Eircodes, a second address line, the named driver and their birth date, direct debit IBANs, deposit card
  numbers mostly NULL, quote IPs, policy numbers shaped like PPS numbers failing the check, brokers, ``misc_1``
  holding personal data);
* ``driveScoreAB.tripSummaries``: a Calgary usage-based motor insurer's telematics trip summaries, one row per trip
  (camel case: drivers repeated across their trips, Alberta driver licences, VINs, device ids, app versions, login
  IPs, trip start coordinates, policy numbers of nine digits failing Luhn, an occasional driver mostly NULL,
  ``customField2`` holding rating codes only);
* ``HighlandHomeCover.ClaimNotifications``: an Inverness home insurer's first notifications of loss (Pascal case:
  the risk address and postcode, a joint policyholder, the circumstances naming neighbours and family, loss
  adjusting firms with their phones and the adjuster who took the claim, payout IBANs and the account's name mostly
  NULL, ``HandledBy``, ``Udf3``);
* ``GLF_NBO.BENEFICIARY_REGISTER``: a Nairobi life insurer's group life and funeral cover register (SCREAMING case:
  Kenyan ID numbers, KRA PINs mostly NULL, the birth date split into ``DOB_DAY``, ``DOB_MONTH`` and ``DOB_YEAR``,
  P.O. boxes, postal codes, beneficiaries with their ID numbers and phones, M-PESA references, check-off employers,
  agents, ``CUSTOM_FIELD_2``);
* ``sa_mtr_clm.tp_wit_dtl``: an Adelaide motor insurer's claims with their third parties and witnesses
  (abbreviated: ``ins_fnm``, ``ins_dob`` as ``dd/mm/yyyy`` text, ``ins_lic_no``, ``ctc_ph``, ``addr_ln1``, ``sbrb``,
  ``tp_fnm``, ``tp_rego``, ``wit_nm``, ``asr_nm`` the assessor, ``udf3`` holding codes only);
* ``LIFEDRFT.PREM_ACH_EXTRACT``: a Hartford life insurer's monthly premium ACH drafts, a COBOL extract (legacy: padded
  CHAR, the insured's middle initial, ``YYYYMMDD`` integers for the birth and draft dates, SSN and phone as numbers
  with 0 for missing, ZIP as a number, certificate numbers of nine digits beginning with 9, the policy owner when not
  the insured, ABA routing and account numbers, ACH trace numbers, the beneficiary and the writing agent,
  ``DRF-USER-FLD-2`` holding personal data, ``DRF-USER-FLD-3`` codes);
* ``stg_carquote_my.src_agg_raw``: a Petaling Jaya motor insurance comparison site's quote requests as an opaque
  staging table (``col01`` to ``col21``: Malay, Chinese and Indian whole names, NRIC numbers encoding the birth date,
  the birth date as text, plates, NCD, quote references in the NRIC's layout failing it, cards mostly NULL, IPs,
  hashes, the panel insurer, a custom field with personal data);
* ``tripsure_za.policy_events_json``: a Centurion travel insurer's policy events flattened from JSON to dotted keys
  (``holder.name.first``, ``holder.idNumber``, ``holder.address.suburb``, ``companion.passportNo``,
  ``emergencyContact.phone``, ``payment.card.last4``, ``meta.ip``, ``meta.userAgent``, ``meta.custom2``,
  ``agent.handledBy``; policy numbers of 13 digits failing the ID number's check);
* ``kfz_schaden_hannover.schadenmeldungen``: a Hanover motor insurer's claim notifications (German: ``vn_strasse``
  and ``vn_hausnummer`` apart, the birth date as ``dd.mm.yyyy`` text, ``amtl_kennzeichen``, the third-party claimant
  and a witness with their phones, the appraiser (``gutachter``), repair shops, the payout IBAN and its holder,
  certificate numbers of 11 digits failing the Steuer-ID check, ``sachbearbeiter``, ``freitext_2``);
* ``mutua_aragonesa.agentes_exclusivos``: a Zaragoza insurer's exclusive agents, the agents being the data subjects
  (Spanish: DNI and NIE in ``nif``, both family names, the birth date as ``dd/mm/yyyy`` text, commission IBANs, agent
  codes of eight digits and a letter failing the DNI check, DGSFP register keys, the agency company and its CIF when
  the agent trades through one, the office's director, ``campo_libre_2``);
* ``agenzia_scaligera.mandati_sdd_casa``: a Verona agency's home insurance policies paid by SEPA direct debit
  (Italian: codice fiscale encoding the birth date and the comune of birth, the insured home's address, PEC
  addresses mostly NULL, the debited IBAN, the account holder and their codice fiscale when not the policyholder,
  mandate references, sub-agencies, the agent, ``campo_libero_1`` holding codes only);
* ``expertisebureau_zwolle.schade_opdrachten``: a Zwolle loss adjusting bureau's assignments from insurers (Dutch:
  ``voorletters``, ``tussenvoegsel``, ``straat``, ``huisnummer`` and ``toevoeging`` apart, the birth date as
  ``dd-mm-yyyy`` text, BSN on injury claims only, dossier numbers of nine digits failing the BSN check, the IBAN and
  its ``tenaamstelling``, the expert, contractors, ``vrij_veld_2``, findings naming people);
* ``pojistovna_ostrava.povinne_ruceni``: an Ostrava insurer's motor third-party liability contracts (Czech:
  rodné číslo with and without the slash, identity card numbers, ``ulice`` and ``cislo_domu`` apart, PSČ, SPZ, VIN,
  bonus-malus, domestic account numbers, a second driver, contract numbers of ten digits failing the rodné číslo
  check, brokers, ``zpracoval``, ``volne_pole_1`` holding codes only);
* ``reseforsakring_uppsala.skadeanmalningar``: an Uppsala insurer's travel insurance claims (Swedish: personnummer
  with and without the century, co-travellers and their personnummer, the treating doctor abroad and the hospital,
  clearing and account numbers, claim numbers of ten digits failing Luhn, ``handlaggare``, ``beslutad_av``,
  ``extra_falt_1`` holding codes only);
* ``seiho_sendai.keiyaku_daichou``: a Sendai life insurer's policy ledger (romanized Japanese column names, values in
  kanji and katakana: the birth date in the Japanese era calendar (``昭和58年4月12日``), My Number mostly NULL, the
  insured and the beneficiary, the bank account for premiums, the sales agent (``boshuunin``), sales offices and
  their phones, policy numbers of 12 digits failing the My Number check, ``jiyuu_koumoku_2``).

Written **blind**: by someone who has read neither the classifier (``governance_dagster/detect/``) nor its
documentation, tests, changelog, history or notes, only the list of kind names (``governance_dagster/kinds.py``), how
the scorer registers a set (``heldout_v2_accuracy.py``, read, never run), the structure and labeling conventions of
v98 (its two modules and its test), ``tests/heldout_support.py``, the ``Column``/``Table`` classes and writer of v2 and
v4, the module docstrings of v24 to v143 (to avoid their domains and organisations and to follow their labeling
conventions; v25, v36, v56, v102, v106 and v137 had insurers, and every organisation here is new), the last part of
``pyproject.toml`` (its extras, pytest and ruff sections) and the documentation and sources of python-stdnum and
phonenumbers. Neither the
module nor the test of v143 was read beyond its docstring. The classifier was not run on this set while it was
written, no scorer was run on it, and no score was looked at (the test imports the scorer's module for its set
registry, as every set's test does, and classifies nothing).

Labeling choices a reader may question:

* a US SSN is ``ssn``; Irish driver numbers, Alberta and South Australian driver licences (tag ``licence``), Kenyan
  ID numbers, KRA PINs, Malaysian NRIC numbers, South African ID numbers and passports, DNI and NIE, codice fiscale,
  BSN, rodné číslo, Czech identity card numbers, personnummer and My Number are ``national_id``; driver licences,
  Kenyan ID numbers, KRA PINs, passports and Czech identity cards have no check digit computed here and are
  generated by shape only;
* quote, policy, certificate, claim, mandate, dossier, contract, agent and ACH trace numbers, M-PESA references,
  DGSFP register keys, device ids, hashes, app versions, user agents and flags are ``none``
  (tag ``decoy``, ``value_shape`` when shaped like an identifier; eleven of them are built to fail the check of the
  personal number they look like); plates and VINs (tag ``vehicle``), the coordinates a telematics trip started at
  (tag ``coordinates``, as earlier sets labeled delivery and job coordinates), a card's last four digits (tag
  ``partial``), NCD, bonus-malus, perils, relationships and event, trip, incident, draft and contract dates are
  ``none``;
* insurers, brokers, loss adjusting firms and their phones, repair shops, contractors, check-off employers, hospitals
  abroad, banks, sales offices and their phones, sub-agencies, panel insurers, an agent's agency company and its CIF
  and ABA routing numbers are ``none`` (tag ``business``); a Swedish clearing number is ``none`` (like a sort code);
* the people who handle a record are staff (``person_name``, tag ``staff``): quoting and claims handlers, loss
  adjusters and appraisers (``LossAdjusterName``, ``gutachter``, ``expert``, ``asr_nm``: they work for adjusting
  firms, not for the insured), agents who sell or service a policy (``AGENT_NAME``, ``DRF-AGT-NM``, ``agente``,
  ``boshuunin``), an office director and approvers (``beslutad_av``); the exclusive agents of the Zaragoza table are
  that table's data subjects, not staff; a named or occasional driver and their birth date, a joint policyholder, a
  payout account's name, a beneficiary and their ID number and phone, a third party, a witness, a policy owner, a
  travel companion, an emergency contact, an account holder and their codice fiscale, a second driver, a
  co-traveller, a treating doctor abroad and the insured of a life policy are personal (tag ``role_word``);
* opaque custom fields holding, by row, a phone, an e-mail or a name are ``free_text`` (tag ``custom_field``); custom
  fields holding rating, campaign or routing codes only are ``none`` (tags ``decoy`` and ``custom_plain``);
  circumstances, remarks, findings and notes naming people are ``free_text``;
* domestic bank account numbers (``DRF-ACCT-NO``, ``cislo_uctu``, ``kontonummer``, ``kouza_bangou``) are
  ``unclassified`` (tag ``bank_account``, as earlier sets labeled them); IBANs are ``iban``; full card numbers are
  ``credit_card``; a PEC address is ``email``;
* a middle initial (``DRF-INS-MI``) and Dutch ``voorletters`` are ``first_name``; a ``tussenvoegsel`` and a second
  family name are ``last_name``; a Malaysian whole name with ``bin``, ``binti``, ``a/l`` or ``a/p`` and a katakana
  reading are ``person_name``; a payout account's name in capitals with title and initial (``MRS K MACLEOD``) is
  ``person_name``;
* every part of an address in its own column (``address_line2``, ``vn_strasse``, ``vn_hausnummer``, ``straat``,
  ``huisnummer``, ``toevoeging``, ``ulice``, ``cislo_domu``) is ``street_address`` (tag ``split_address``), and so is
  a Kenyan ``P.O. Box`` (tag ``po_box``: the person's postal address); a suburb is ``city`` (tag ``locality``), as are
  a comune of birth and a Japanese municipality; a county, a state, a province, a provincia, a Malaysian state and a
  prefecture are ``none``;
* dates of birth as DATE, as ``dd/mm/yyyy``, ``dd.mm.yyyy``, ``dd-mm-yyyy`` and ISO text, in the Japanese era
  calendar, as ``YYYYMMDD`` integers and split into day, month and year integers (each part ``date_of_birth``, tag
  ``split_dob``) are ``date_of_birth``.

``null_heavy`` means 70-95% NULL, ``nullword_heavy`` 70-95% NULL words or empty strings. Every value is generated
here from :data:`SEED` (one ``random.Random`` per table, named after its builder) with python-stdnum for check
digits, phonenumbers for phone validity and formats, and the lists of
:mod:`benchmarks.classification.heldout_v144_values`, written for v144 (no Faker, no list of real people, no breach
data). Build: ``python -m benchmarks.classification.heldout_v144 [PATH]`` (default ``/tmp/heldout_v144.duckdb``).
Score: ``python -m benchmarks.classification.heldout_v2_accuracy --set v144``.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from datetime import date
from pathlib import Path

from benchmarks.classification import heldout_v4
from benchmarks.classification import heldout_v144_values as v
from benchmarks.classification.heldout_v2 import Column, Table
from benchmarks.classification.heldout_v144_values import NULLISH, SEED, USERNAME, Gen, N, c

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
    "main",
    "summary",
    "tables",
]

DEFAULT_PATH = Path("/tmp/heldout_v144.duckdb")

NULLWORD = "nullword_heavy"  # 70-95% NULL words or empty strings
HEAVY = "null_heavy"  # 70-95% NULL
SHAPE = "value_shape"
STAFF = "staff"  # handlers, adjusters, agents, assessors (few distinct)
ROLE = "role_word"  # a role word (named driver, witness, third party, beneficiary ...) holding people
ABBREV = "abbrev"
KEY = "join_key"
LEGACY = "legacy"
OPAQUE = "opaque"
CUSTOM = "custom_field"  # an opaque custom field holding, by row, a phone, an e-mail or a name (free_text)
PLAIN = "custom_plain"  # an opaque custom field holding codes only (none)
BANK = "bank_account"  # a domestic bank account number (unclassified)
PARTIAL = "partial"  # a card's last four digits (none)
COORDS = "coordinates"
VEHICLE = "vehicle"  # plates, VINs (none)
LICENCE = "licence"  # a driving licence number (national_id, generated by shape)
SPLIT_ADDR = "split_address"  # a part of an address in its own column (street_address)
LOCALITY = "locality"  # a suburb (city)
SPLIT_DOB = "split_dob"  # a day, month or year of a birth date in its own column (date_of_birth)
POBOX = "po_box"  # a postal address that is a P.O. box (street_address)


def _words(*extra: str) -> tuple[str, ...]:
    return ("", "-", "N/A", "none", "NULL") + extra


def _staff(g: Gen, n: int, lang: str) -> list[str]:
    out: set[str] = set()
    while len(out) < n:
        out.add(v.whole(g, lang))
    return sorted(out)


def _custom(g: Gen, region: str, lang: str, null: float = 0.3) -> list[str | None]:
    """An opaque custom field: by row a phone, an e-mail or a name (or NULL)."""

    def one() -> str:
        r = g.rnd.random()
        if r < 0.4:
            return g.phone(region, g.rnd.choice(["national", "e164"]))
        if r < 0.7:
            return v.email(g, lang)
        return v.whole(g, lang)

    return g.col(one, null)


def _codes(g: Gen, codes: list[str], null: float = 0.3) -> list[str | None]:
    """An opaque custom field holding the organisation's codes only."""
    return g.col(g.pick(codes), null)


def _pad(values: list, width: int) -> list:
    return [None if x is None else f"{str(x)[:width]:<{width}}" for x in values]


def _ymd(d: date | None) -> int:
    return 0 if d is None else d.year * 10_000 + d.month * 100 + d.day


def _vin(g: Gen) -> str:
    return g.rnd.choice(
        ["WVW", "WBA", "VF1", "TMB", "JTD", "KNA", "SAL", "ZFA", "YV1", "2T1", "1FT", "3VW"]
    ) + g.digits(14, "ABCDEFGHJKLMNPRSTUVWXYZ0123456789")


def _latlng(g: Gen, lat: float, lng: float, spread: float = 0.12) -> tuple[float, float]:
    return round(lat + g.rnd.uniform(-spread, spread), 6), round(lng + g.rnd.uniform(-spread, spread), 6)


# -- English-named tables ----------------------------------------------------------------------------------------------


def ie_motor_quotes(g: Gen) -> Table:
    """A Cork motor insurer's quotes and policyholders (snake case)."""
    rows = []
    for _ in range(g.rows):
        a, b = v.person(g, "ie")
        rows.append((a, b, g.rnd.choice(v.IE_TOWNS)))
    named = [g.rnd.random() < 0.2 for _ in range(g.rows)]
    staff = _staff(g, 5, "ie")
    brokers = ["Lee Valley Insurance Brokers Ltd", "Rebel Cover Brokers", "Direct (web)", "Direct (phone)"]

    def reg() -> str:
        year = g.rnd.randint(12, 25)
        return f"{year}{g.rnd.choice('12')}-C-{g.rnd.randint(1, 29_999)}" if year >= 13 else f"{year}-C-{g.digits(4)}"

    def note() -> str:
        return g.rnd.choice(
            [
                f"Named driver is her son {v.given(g, 'ie', False)}, full licence 2 yrs",
                "Claim 2022 non-fault, confirmed via IID",
                f"Spoke to {v.whole(g, 'ie')} re: NCD proof, to email cert",
                "Vehicle garaged overnight, alarm fitted",
                f"Previous insurer letter in name of {v.whole(g, 'ie')}",
            ]
        )

    return Table(
        "corkmotor.policyholder_quotes",
        "en",
        "snake",
        [
            c("quote_id", N, "BIGINT", g.keys(3_400_001), "decoy", KEY),
            c("policy_number", N, "VARCHAR", g.col(lambda: v.pps_decoy(g), 0.45), "decoy", SHAPE),
            c("first_name", "first_name", "VARCHAR", [r[0] for r in rows]),
            c("surname", "last_name", "VARCHAR", [r[1] for r in rows]),
            c("date_of_birth", "date_of_birth", "DATE", g.births(1945, 2007)),
            c("driver_number", "national_id", "VARCHAR", g.col(lambda: g.digits(9), 0.05), LICENCE),
            c("mobile", "phone", "VARCHAR", g.phones("IE", {"national": 0.6, "e164": 0.25, "intl": 0.15}, 0.9)),
            c("email", "email", "VARCHAR", [v.email_of(g, r[0], r[1], v.DOMAINS["ie"]) for r in rows]),
            c("address_line1", "street_address", "VARCHAR", g.col(lambda: v.street(g, v.IE_STREETS, "ie"))),
            c(
                "address_line2",
                "street_address",
                "VARCHAR",
                g.col(
                    lambda: g.rnd.choice(
                        [
                            "Apt {}",
                            "Unit {}",
                            "{} The Maltings",
                            "{} Clashduv Estate",
                            "{} Ashgrove Park",
                            "{} Innishmore",
                        ]
                    ).format(g.rnd.randint(1, 60)),
                    0.5,
                ),
                SPLIT_ADDR,
            ),
            c("town", "city", "VARCHAR", [r[2][0] for r in rows]),
            c("eircode", "postal_code", "VARCHAR", [v.eircode(g, r[2][1]) for r in rows]),
            c("vehicle_reg", N, "VARCHAR", g.col(reg), "decoy", VEHICLE),
            c(
                "named_driver_name",
                "person_name",
                "VARCHAR",
                [v.whole(g, "ie") if n else None for n in named],
                ROLE,
                HEAVY,
            ),
            c(
                "named_driver_dob",
                "date_of_birth",
                "DATE",
                [g.birth(1950, 2007) if n else None for n in named],
                ROLE,
                HEAVY,
            ),
            c("premium_quoted", N, "DOUBLE", g.amounts(390, 2_900), "decoy"),
            c("dd_iban", "iban", "VARCHAR", g.col(lambda: v.iban(g, "IE", g.rnd.random() < 0.3), 0.45)),
            c("deposit_card_pan", "credit_card", "VARCHAR", g.col(lambda: v.card(g), 0.85), HEAVY),
            c("quote_ip", "ip_address", "VARCHAR", g.col(lambda: g.ip(0.2), 0.1)),
            c("broker_name", N, "VARCHAR", g.col(g.pick(brokers)), "business"),
            c("quoted_by", "person_name", "VARCHAR", g.col(g.pick(staff), 0.3), STAFF),
            c("created_at", N, "TIMESTAMP", g.moments("2025-01-01", "2025-11-30"), "decoy"),
            c("misc_1", "free_text", "VARCHAR", _custom(g, "IE", "ie"), CUSTOM),
            c("underwriter_notes", "free_text", "VARCHAR", g.sparse(note, 0.78, _words("n/a")), NULLWORD),
        ],
    )


def ab_telematics_trips(g: Gen) -> Table:
    """A Calgary usage-based motor insurer's telematics trip summaries (camel case)."""
    drivers = []
    for _ in range(160):
        a, b = v.person(g, "ca")
        city = g.rnd.choice(v.CA_CITIES)
        drivers.append(
            (
                a,
                b,
                g.birth(1950, 2007),
                v.email_of(g, a, b, v.DOMAINS["ca"]),
                g.phone("CA", g.rnd.choice(["national", "dashes", "e164"])),
                f"{g.digits(6)}-{g.digits(3)}" if g.rnd.random() < 0.9 else None,
                city[0],
                v.ca_postcode(g, city[1]),
                v.luhn_decoy(g, 9),
                _vin(g),
                g.code("xxxxxxxxxxxx"),
                g.version(),
                v.whole(g, "ca") if g.rnd.random() < 0.2 else None,
            )
        )
    trips = [g.rnd.choice(drivers) for _ in range(g.rows)]
    centres = {
        "Calgary": (51.045, -114.07),
        "Edmonton": (53.546, -113.49),
        "Red Deer": (52.268, -113.81),
        "Lethbridge": (49.694, -112.84),
        "Airdrie": (51.292, -114.01),
        "Okotoks": (50.725, -113.97),
        "Medicine Hat": (50.041, -110.68),
        "Canmore": (51.089, -115.36),
    }
    starts = [_latlng(g, *centres[t[6]]) for t in trips]

    def note() -> str:
        return g.rnd.choice(
            [
                f"Called {v.given(g, 'ca', False)} re: night driving, says it's his daughter {v.given(g, 'ca', True)}",
                "Device unplugged 3 days, reminder sent",
                "Phone handling flagged, driver disputes (passenger use)",
                f"Spouse {v.whole(g, 'ca')} added as occasional driver",
            ]
        )

    return Table(
        "driveScoreAB.tripSummaries",
        "en",
        "camel",
        [
            c("tripId", N, "VARCHAR", g.col(g.uuid), "decoy", KEY),
            c("policyNumber", N, "VARCHAR", [t[8] for t in trips], "decoy", SHAPE),
            c("driverFirstName", "first_name", "VARCHAR", [t[0] for t in trips]),
            c("driverLastName", "last_name", "VARCHAR", [t[1] for t in trips]),
            c("driverBirthDate", "date_of_birth", "DATE", [t[2] for t in trips]),
            c("driverEmail", "email", "VARCHAR", [t[3] for t in trips]),
            c("driverPhone", "phone", "VARCHAR", [t[4] for t in trips]),
            c("driverLicenceNumber", "national_id", "VARCHAR", [t[5] for t in trips], LICENCE),
            c("homeCity", "city", "VARCHAR", [t[6] for t in trips]),
            c("homePostalCode", "postal_code", "VARCHAR", [t[7] for t in trips]),
            c("vehicleVin", N, "VARCHAR", [t[9] for t in trips], "decoy", VEHICLE),
            c("deviceId", N, "VARCHAR", [t[10] for t in trips], "decoy", SHAPE),
            c("appVersion", N, "VARCHAR", [t[11] for t in trips], "decoy"),
            c("lastLoginIp", "ip_address", "VARCHAR", g.col(lambda: g.ip(0.3))),
            c("tripStartedAt", N, "TIMESTAMP", g.moments("2025-06-01", "2025-11-30"), "decoy"),
            c("startLat", N, "DOUBLE", [s[0] for s in starts], "decoy", COORDS),
            c("startLng", N, "DOUBLE", [s[1] for s in starts], "decoy", COORDS),
            c("distanceKm", N, "DOUBLE", g.floats(0.4, 180, 1), "decoy"),
            c("tripScore", N, "INTEGER", g.ints(41, 100), "decoy"),
            c("isNightTrip", N, "BOOLEAN", g.yn(True, False, 0.12), "decoy"),
            c("occasionalDriverName", "person_name", "VARCHAR", [t[12] for t in trips], ROLE, HEAVY),
            c(
                "customField2",
                N,
                "VARCHAR",
                _codes(g, ["UBI-T1", "UBI-T2", "UBI-T3", "PILOT-B", "RENEW-Q4"]),
                "decoy",
                PLAIN,
            ),
            c("coachingNote", "free_text", "VARCHAR", g.sparse(note, 0.82, _words()), NULLWORD),
        ],
    )


def gb_home_claims(g: Gen) -> Table:
    """An Inverness home insurer's first notifications of loss and their loss adjusters (Pascal case)."""
    rows = []
    for _ in range(g.rows):
        female = g.rnd.random() < 0.5
        a, b = v.person(g, "gb", female)
        rows.append(
            (
                a,
                b,
                g.rnd.choice(["Mrs", "Ms", "Miss"]) if female else g.rnd.choice(["Mr", "Mr", "Dr"]),
                g.rnd.choice(v.GB_TOWNS),
            )
        )
    firms = [
        ("Caledonian Loss Adjusting Ltd", g.phone("GB", "national", False)),
        ("Moray Firth Claims Services", g.phone("GB", "national", False)),
        ("Cairngorm Adjusters LLP", g.phone("GB", "national", False)),
    ]
    adjusters = _staff(g, 6, "gb")
    firm = [g.rnd.randrange(len(firms)) for _ in range(g.rows)]
    handlers = _staff(g, 4, "gb")
    paid = [g.rnd.random() < 0.22 for _ in range(g.rows)]

    def story() -> str:
        return g.rnd.choice(
            [
                "Burst pipe in loft during freeze, ceiling down in kitchen",
                f"Neighbour {v.whole(g, 'gb')} noticed water coming under the door",
                "Storm damage to roof slates and gutter",
                f"Break-in while away, tenant {v.given(g, 'gb')} reported to Police Scotland",
                f"Son {v.given(g, 'gb', False)} knocked TV off the wall, accidental damage",
                "Flooding from the burn after heavy rain, garage and utility",
            ]
        )

    return Table(
        "HighlandHomeCover.ClaimNotifications",
        "en",
        "pascal",
        [
            c("ClaimId", N, "BIGINT", g.keys(88_001), "decoy", KEY),
            c("ClaimNumber", N, "VARCHAR", g.col(lambda: g.code("HHC/25/0099999")), "decoy", SHAPE),
            c("PolicyNumber", N, "VARCHAR", g.col(lambda: g.code("HHP99999999")), "decoy", SHAPE),
            c("Forename", "first_name", "VARCHAR", [r[0] for r in rows]),
            c("Surname", "last_name", "VARCHAR", [r[1] for r in rows]),
            c("DateOfBirth", "date_of_birth", "DATE", g.births(1935, 2003)),
            c("RiskAddressLine1", "street_address", "VARCHAR", g.col(lambda: v.street(g, v.GB_STREETS, "gb"))),
            c("RiskTown", "city", "VARCHAR", [r[3][0] for r in rows]),
            c("RiskPostcode", "postal_code", "VARCHAR", [v.gb_postcode(g, r[3][1]) for r in rows]),
            c("ContactPhone", "phone", "VARCHAR", g.phones("GB", {"national": 0.7, "e164": 0.15, "intl": 0.15}, 0.6)),
            c(
                "EmailAddress",
                "email",
                "VARCHAR",
                [v.email_of(g, r[0], r[1], v.DOMAINS["gb"]) if g.rnd.random() < 0.85 else None for r in rows],
            ),
            c("JointPolicyholderName", "person_name", "VARCHAR", g.col(lambda: v.whole(g, "gb"), 0.8), ROLE, HEAVY),
            c("Peril", N, "VARCHAR", g.col(g.pick(["EOW", "STORM", "FLOOD", "THEFT", "AD", "FIRE"])), "decoy"),
            c("IncidentDate", N, "DATE", g.days("2024-11-01", "2025-11-15"), "decoy"),
            c("Circumstances", "free_text", "VARCHAR", g.col(story, 0.08)),
            c("LossAdjusterFirm", N, "VARCHAR", [firms[i][0] for i in firm], "business"),
            c("LossAdjusterName", "person_name", "VARCHAR", g.col(g.pick(adjusters), 0.2), STAFF),
            c("LossAdjusterPhone", N, "VARCHAR", [firms[i][1] for i in firm], "business"),
            c(
                "PayoutIban",
                "iban",
                "VARCHAR",
                [v.iban(g, "GB", g.rnd.random() < 0.5) if p else None for p in paid],
                HEAVY,
            ),
            c(
                "PayoutAccountName",
                "person_name",
                "VARCHAR",
                [f"{r[2]} {r[0][0]} {r[1]}".upper() if p else None for r, p in zip(rows, paid)],
                ROLE,
                HEAVY,
            ),
            c("HandledBy", "person_name", "VARCHAR", g.col(g.pick(handlers)), STAFF),
            c("Udf3", "free_text", "VARCHAR", _custom(g, "GB", "gb"), CUSTOM),
        ],
    )


def ke_life_beneficiaries(g: Gen) -> Table:
    """A Nairobi life insurer's group life and funeral cover register of principals and beneficiaries (SCREAMING
    case)."""
    rows = []
    for _ in range(g.rows):
        a, b = v.person(g, "ke")
        rows.append((a, b, g.birth(1958, 2004), g.rnd.choice(v.KE_TOWNS)))
    staff = _staff(g, 5, "ke")
    employers = ["Kenya Tea Packers Ltd", "Nairobi City Water Co", "Rift Valley Dairies", "County Government"]
    relation = [g.rnd.choice(["SPOUSE", "SPOUSE", "CHILD", "CHILD", "PARENT", "SIBLING"]) for _ in range(g.rows)]
    adult = [r != "CHILD" or g.rnd.random() < 0.2 for r in relation]

    def remark() -> str:
        return g.rnd.choice(
            [
                f"Beneficiary changed from {v.whole(g, 'ke')} on member request",
                "Premium arrears 2 months, SMS reminder sent",
                f"Guardian for minor is {v.whole(g, 'ke')}",
                "Check-off stopped, moved to M-PESA",
            ]
        )

    return Table(
        "GLF_NBO.BENEFICIARY_REGISTER",
        "en",
        "screaming",
        [
            c("MEMBER_NO", N, "BIGINT", g.keys(510_001), "decoy", KEY),
            c("POLICY_NO", N, "VARCHAR", g.col(lambda: g.code("GLF/NBO/2025/99999")), "decoy", SHAPE),
            c("PRINCIPAL_FIRST_NAME", "first_name", "VARCHAR", [r[0] for r in rows]),
            c("PRINCIPAL_SURNAME", "last_name", "VARCHAR", [r[1] for r in rows]),
            c("NATIONAL_ID_NO", "national_id", "VARCHAR", g.col(lambda: v.ke_id(g), 0.03)),
            c("KRA_PIN", "national_id", "VARCHAR", g.col(lambda: v.ke_pin(g), 0.8), HEAVY),
            c("DOB_DAY", "date_of_birth", "INTEGER", [r[2].day for r in rows], SPLIT_DOB),
            c("DOB_MONTH", "date_of_birth", "INTEGER", [r[2].month for r in rows], SPLIT_DOB),
            c("DOB_YEAR", "date_of_birth", "INTEGER", [r[2].year for r in rows], SPLIT_DOB),
            c("MOBILE_NO", "phone", "VARCHAR", g.phones("KE", {"national": 0.5, "e164": 0.3, "digits": 0.2})),
            c(
                "EMAIL_ADDRESS",
                "email",
                "VARCHAR",
                [v.email_of(g, r[0], r[1], v.DOMAINS["ke"]) if g.rnd.random() < 0.5 else None for r in rows],
            ),
            c(
                "POSTAL_ADDRESS",
                "street_address",
                "VARCHAR",
                g.col(lambda: f"P.O. Box {g.rnd.randint(10, 99_999)}", 0.15),
                POBOX,
            ),
            c("POSTAL_CODE", "postal_code", "VARCHAR", [r[3][1] for r in rows]),
            c("TOWN", "city", "VARCHAR", [r[3][0].upper() for r in rows]),
            c("BENEFICIARY_NAME", "person_name", "VARCHAR", g.col(lambda: v.whole(g, "ke").upper()), ROLE),
            c("BENEFICIARY_RELATIONSHIP", N, "VARCHAR", relation, "decoy"),
            c(
                "BENEFICIARY_ID_NO",
                "national_id",
                "VARCHAR",
                [v.ke_id(g) if a and g.rnd.random() < 0.3 else None for a in adult],
                ROLE,
                HEAVY,
            ),
            c(
                "BENEFICIARY_PHONE",
                "phone",
                "VARCHAR",
                [g.phone("KE", "national") if a and g.rnd.random() < 0.85 else None for a in adult],
                ROLE,
            ),
            c("LAST_MPESA_REF", N, "VARCHAR", g.col(lambda: v.mpesa_code(g), 0.4), "decoy", SHAPE),
            c("CHECK_OFF_EMPLOYER", N, "VARCHAR", g.col(g.pick(employers), 0.55), "business"),
            c("AGENT_NAME", "person_name", "VARCHAR", g.col(g.pick(staff)), STAFF),
            c("CUSTOM_FIELD_2", "free_text", "VARCHAR", _custom(g, "KE", "ke"), CUSTOM),
            c("REMARKS", "free_text", "VARCHAR", g.sparse(remark, 0.8, _words("NIL")), NULLWORD),
        ],
    )


def au_motor_third_parties(g: Gen) -> Table:
    """An Adelaide motor insurer's claims with their third parties and witnesses (abbreviated)."""
    rows = []
    for _ in range(g.rows):
        a, b = v.person(g, "au")
        rows.append((a, b, g.birth(1940, 2007), g.rnd.choice(v.AU_SUBURBS)))
    tp_known = [g.rnd.random() < 0.85 for _ in range(g.rows)]
    tp = [v.person(g, "au") if k else (None, None) for k in tp_known]
    wit = [g.rnd.random() < 0.2 for _ in range(g.rows)]
    assessors = _staff(g, 4, "au")
    insurers = ["Southern Cross Motor Insurance", "Gulf St Vincent Mutual", "Uninsured", "Unknown insurer"]
    roads = ["Main North Rd", "South Rd", "Port Rd", "Greenhill Rd", "Anzac Hwy", "Torrens Rd", "Portrush Rd"]

    def note() -> str:
        return g.rnd.choice(
            [
                f"TP driver {v.whole(g, 'au')} admitted fault at scene",
                "Rear-ended at lights, dashcam footage supplied",
                f"Witness {v.given(g, 'au')} rang back, confirms TP ran red",
                "Hail damage, assessed at drive-in centre",
                f"Insd's daughter {v.given(g, 'au', True)} was driving",
            ]
        )

    return Table(
        "sa_mtr_clm.tp_wit_dtl",
        "en",
        "abbrev",
        [
            c("clm_id", N, "BIGINT", g.keys(7_700_001), "decoy", KEY),
            c("clm_no", N, "VARCHAR", g.col(lambda: g.code("MC9999999")), "decoy", SHAPE),
            c("ins_fnm", "first_name", "VARCHAR", [r[0] for r in rows], ABBREV),
            c("ins_snm", "last_name", "VARCHAR", [r[1] for r in rows], ABBREV),
            c("ins_dob", "date_of_birth", "VARCHAR", [r[2].strftime("%d/%m/%Y") for r in rows], ABBREV),
            c(
                "ins_lic_no",
                "national_id",
                "VARCHAR",
                g.col(lambda: g.code("A99999") if g.rnd.random() < 0.5 else g.code("AA9999"), 0.1),
                LICENCE,
                ABBREV,
            ),
            c("ctc_ph", "phone", "VARCHAR", g.phones("AU", {"national": 0.7, "e164": 0.3}, 0.85), ABBREV),
            c("ctc_eml", "email", "VARCHAR", [v.email_of(g, r[0], r[1], v.DOMAINS["au"]) for r in rows], ABBREV),
            c("addr_ln1", "street_address", "VARCHAR", g.col(lambda: v.street(g, v.AU_STREETS, "au")), ABBREV),
            c("sbrb", "city", "VARCHAR", [r[3][0] for r in rows], LOCALITY, ABBREV),
            c("pcode", "postal_code", "VARCHAR", [r[3][1] for r in rows], ABBREV),
            c("inc_dt", N, "TIMESTAMP", g.moments("2025-01-01", "2025-11-30"), "decoy"),
            c("inc_loc", N, "VARCHAR", g.col(lambda: "Cnr {} & {}".format(*g.rnd.sample(roads, 2))), "decoy"),
            c("tp_fnm", "first_name", "VARCHAR", [t[0] for t in tp], ROLE, ABBREV),
            c("tp_snm", "last_name", "VARCHAR", [t[1] for t in tp], ROLE, ABBREV),
            c("tp_ph", "phone", "VARCHAR", [g.phone("AU", "national") if k else None for k in tp_known], ROLE, ABBREV),
            c("tp_rego", N, "VARCHAR", g.col(lambda: g.code("S999AAA"), 0.1), "decoy", VEHICLE, ABBREV),
            c("tp_insr", N, "VARCHAR", g.col(g.pick(insurers)), "business", ABBREV),
            c("wit_nm", "person_name", "VARCHAR", [v.whole(g, "au") if w else None for w in wit], ROLE, HEAVY, ABBREV),
            c(
                "wit_ph",
                "phone",
                "VARCHAR",
                [g.phone("AU", "national") if w else None for w in wit],
                ROLE,
                HEAVY,
                ABBREV,
            ),
            c("asr_nm", "person_name", "VARCHAR", g.col(g.pick(assessors), 0.15), STAFF, ABBREV),
            c("udf3", N, "VARCHAR", _codes(g, ["HAIL25", "TOTAL-LOSS", "NF", "AF", "SPLIT"]), "decoy", PLAIN),
            c("clm_nts", "free_text", "VARCHAR", g.sparse(note, 0.76, _words("nil")), NULLWORD, ABBREV),
        ],
    )


def ct_life_premium_drafts(g: Gen) -> Table:
    """A Hartford life insurer's monthly premium ACH drafts, a COBOL extract (padded CHAR, ``YYYYMMDD`` integers,
    numbers with 0 for missing)."""
    rows = []
    for _ in range(g.rows):
        female = g.rnd.random() < 0.5
        a, b = v.person(g, "us", female)
        rows.append((a, b, g.birth(1940, 1999), g.rnd.choice(v.US_CITIES)))
    owner = [g.rnd.random() < 0.18 for _ in range(g.rows)]
    agents = _staff(g, 7, "us")
    banks = [v.us_rtn(g) for _ in range(8)]
    drafts = [g.day("2025-01-01", "2025-11-28") for _ in range(g.rows)]
    return Table(
        "LIFEDRFT.PREM_ACH_EXTRACT",
        "en",
        "cobol",
        [
            c("DRF-POL-NO", N, "VARCHAR", _pad(g.col(lambda: g.code("LH99999999")), 12), "decoy", SHAPE, LEGACY),
            c("DRF-CERT-NO", N, "BIGINT", g.col(lambda: int(v.us_ssn_decoy(g))), "decoy", SHAPE, LEGACY),
            c("DRF-INS-LAST-NM", "last_name", "VARCHAR", _pad([r[1].upper() for r in rows], 20), LEGACY),
            c("DRF-INS-FIRST-NM", "first_name", "VARCHAR", _pad([r[0].upper() for r in rows], 15), LEGACY),
            c(
                "DRF-INS-MI",
                "first_name",
                "VARCHAR",
                _pad([g.rnd.choice("ABCDEJKLMRST") if g.rnd.random() < 0.6 else " " for _ in rows], 1),
                LEGACY,
            ),
            c("DRF-INS-DOB", "date_of_birth", "INTEGER", [_ymd(r[2]) for r in rows], LEGACY),
            c(
                "DRF-INS-SSN",
                "ssn",
                "BIGINT",
                [int(v.us_ssn(g, False)) if g.rnd.random() < 0.8 else 0 for _ in rows],
                LEGACY,
            ),
            c(
                "DRF-OWNER-NM",
                "person_name",
                "VARCHAR",
                _pad([v.whole(g, "us").upper() if o else None for o in owner], 30),
                ROLE,
                HEAVY,
                LEGACY,
            ),
            c(
                "DRF-ADDR-LN1",
                "street_address",
                "VARCHAR",
                _pad(g.col(lambda: v.street(g, v.US_STREETS, "us").upper()), 30),
                LEGACY,
            ),
            c("DRF-CITY", "city", "VARCHAR", _pad([r[3][0].upper() for r in rows], 18), LEGACY),
            c("DRF-ST", N, "VARCHAR", ["CT"] * g.rows, "decoy", LEGACY),
            c("DRF-ZIP", "postal_code", "INTEGER", [int(r[3][1] + g.digits(2)) for r in rows], LEGACY),
            c(
                "DRF-PHONE",
                "phone",
                "BIGINT",
                [int(g.phone("US", "digits")) if g.rnd.random() < 0.8 else 0 for _ in rows],
                LEGACY,
            ),
            c("DRF-ABA-RTN", N, "VARCHAR", g.col(g.pick(banks)), "business", LEGACY),
            c(
                "DRF-ACCT-NO",
                USERNAME,
                "VARCHAR",
                _pad(g.col(lambda: g.digits(g.rnd.randint(8, 12))), 17),
                BANK,
                LEGACY,
            ),
            c("DRF-PREM-AMT", N, "DECIMAL(9,2)", g.amounts(18, 640), "decoy", LEGACY),
            c("DRF-DRAFT-DT", N, "INTEGER", [_ymd(d) for d in drafts], "decoy", LEGACY),
            c(
                "DRF-TRACE-NO",
                N,
                "VARCHAR",
                g.col(lambda: "0" + g.rnd.choice(banks)[:7] + g.digits(7)),
                "decoy",
                SHAPE,
                LEGACY,
            ),
            c(
                "DRF-BENE-NM",
                "person_name",
                "VARCHAR",
                _pad(g.col(lambda: v.whole(g, "us").upper(), 0.05), 30),
                ROLE,
                LEGACY,
            ),
            c(
                "DRF-AGT-NM",
                "person_name",
                "VARCHAR",
                _pad(g.col(g.pick([a.upper() for a in agents])), 25),
                STAFF,
                LEGACY,
            ),
            c("DRF-USER-FLD-2", "free_text", "VARCHAR", _pad(_custom(g, "US", "us"), 40), CUSTOM, LEGACY),
            c(
                "DRF-USER-FLD-3",
                N,
                "VARCHAR",
                _pad(_codes(g, ["PAC", "EFT1", "SKIP", "GRACE", "LAPSE-W"]), 8),
                "decoy",
                PLAIN,
                LEGACY,
            ),
        ],
    )


def my_motor_quote_staging(g: Gen) -> Table:
    """A Petaling Jaya motor insurance comparison site's quote requests, landed as an opaque staging table."""
    rows = []
    for _ in range(g.rows):
        female = g.rnd.random() < 0.45
        born = g.birth(1955, 2006)
        city = g.rnd.choice(v.MY_CITIES)
        rows.append((v.my_name(g, female), born, v.my_nric(g, born, female), city))
    cars = [
        "Perodua Myvi 1.5 AV",
        "Proton X50 1.5T",
        "Honda City 1.5 V",
        "Toyota Vios 1.5 G",
        "Perodua Bezza 1.3",
        "Proton Saga 1.3 MT",
        "Honda HR-V 1.5 RS",
        "Nissan Almera VLT",
    ]
    panel = ["Bayu Takaful Berhad", "Pelangi General Insurance", "Selat Insurance (M) Bhd", "Amanah Motor Takaful"]

    def plate() -> str:
        return f"{g.rnd.choice(['W', 'B', 'V', 'P', 'J'])}{g.code('AA')} {g.rnd.randint(1, 9_999)}"

    return Table(
        "stg_carquote_my.src_agg_raw",
        "en",
        "opaque",
        [
            c("col01", N, "VARCHAR", g.col(g.uuid), "decoy", KEY, OPAQUE),
            c(
                "col02",
                "person_name",
                "VARCHAR",
                [r[0].upper() if g.rnd.random() < 0.4 else r[0] for r in rows],
                OPAQUE,
            ),
            c("col03", "national_id", "VARCHAR", [r[2] for r in rows], OPAQUE),
            c("col04", "date_of_birth", "VARCHAR", [r[1].strftime("%d/%m/%Y") for r in rows], OPAQUE),
            c("col05", "phone", "VARCHAR", g.phones("MY", {"national": 0.5, "e164": 0.3, "digits": 0.2}), OPAQUE),
            c("col06", "email", "VARCHAR", g.col(lambda: v.email(g, "my"), 0.1), OPAQUE),
            c("col07", "street_address", "VARCHAR", g.col(lambda: v.street(g, v.MY_STREETS, "my")), OPAQUE),
            c("col08", "postal_code", "VARCHAR", [g.rnd.choice(r[3][1]) for r in rows], OPAQUE),
            c("col09", "city", "VARCHAR", [r[3][0] for r in rows], OPAQUE),
            c("col10", N, "VARCHAR", [r[3][2] for r in rows], "decoy", OPAQUE),
            c("col11", N, "VARCHAR", g.col(plate), "decoy", VEHICLE, OPAQUE),
            c("col12", N, "VARCHAR", g.col(g.pick(cars)), "decoy", OPAQUE),
            c(
                "col13",
                N,
                "VARCHAR",
                g.col(g.pick(["0.00", "25.00", "30.00", "38.33", "45.00", "55.00"])),
                "decoy",
                OPAQUE,
            ),
            c("col14", N, "DOUBLE", g.amounts(18_000, 140_000), "decoy", OPAQUE),
            c("col15", N, "VARCHAR", g.col(lambda: v.my_nric_decoy(g)), "decoy", SHAPE, OPAQUE),
            c("col16", "credit_card", "VARCHAR", g.col(lambda: v.card(g, g.rnd.random() < 0.5), 0.82), HEAVY, OPAQUE),
            c("col17", "ip_address", "VARCHAR", g.col(lambda: g.ip(0.15)), OPAQUE),
            c("col18", N, "VARCHAR", g.col(g.sha256), "decoy", SHAPE, OPAQUE),
            c("col19", N, "TIMESTAMP", g.moments("2025-09-01", "2025-11-30"), "decoy", OPAQUE),
            c("col20", "free_text", "VARCHAR", _custom(g, "MY", "my"), CUSTOM, OPAQUE),
            c("col21", N, "VARCHAR", g.col(g.pick(panel)), "business", OPAQUE),
        ],
    )


def za_travel_policy_events(g: Gen) -> Table:
    """A Centurion travel insurer's policy events flattened from JSON to dotted keys."""
    rows = []
    for _ in range(g.rows):
        female = g.rnd.random() < 0.5
        a, b = v.person(g, "za", female)
        born = g.birth(1945, 2006)
        rows.append((a, b, born, v.za_id(g, born, female), g.rnd.choice(v.ZA_PLACES)))
    companion = [g.rnd.random() < 0.22 for _ in range(g.rows)]
    agents = _staff(g, 5, "za")
    return Table(
        "tripsure_za.policy_events_json",
        "en",
        "dotted",
        [
            c("event.id", N, "VARCHAR", g.col(g.uuid), "decoy", KEY),
            c("event.ts", N, "TIMESTAMP", g.moments("2025-02-01", "2025-11-30"), "decoy"),
            c("policy.number", N, "VARCHAR", g.col(lambda: v.za_id_decoy(g)), "decoy", SHAPE),
            c("holder.name.first", "first_name", "VARCHAR", [r[0] for r in rows]),
            c("holder.name.last", "last_name", "VARCHAR", [r[1] for r in rows]),
            c("holder.idNumber", "national_id", "VARCHAR", [r[3] if g.rnd.random() < 0.92 else None for r in rows]),
            c("holder.dateOfBirth", "date_of_birth", "VARCHAR", [r[2].isoformat() for r in rows]),
            c("holder.contact.mobile", "phone", "VARCHAR", g.phones("ZA", {"e164": 0.6, "national": 0.4})),
            c("holder.contact.email", "email", "VARCHAR", [v.email_of(g, r[0], r[1], v.DOMAINS["za"]) for r in rows]),
            c("holder.address.line1", "street_address", "VARCHAR", g.col(lambda: v.street(g, v.ZA_STREETS, "za"), 0.1)),
            c("holder.address.suburb", "city", "VARCHAR", [r[4][1] for r in rows], LOCALITY),
            c("holder.address.city", "city", "VARCHAR", [r[4][0] for r in rows]),
            c("holder.address.postalCode", "postal_code", "VARCHAR", [r[4][2] for r in rows]),
            c(
                "companion.fullName",
                "person_name",
                "VARCHAR",
                [v.whole(g, "za") if x else None for x in companion],
                ROLE,
                HEAVY,
            ),
            c(
                "companion.passportNo",
                "national_id",
                "VARCHAR",
                [g.code("A99999999") if x else None for x in companion],
                ROLE,
                HEAVY,
            ),
            c("emergencyContact.name", "person_name", "VARCHAR", g.col(lambda: v.whole(g, "za"), 0.2), ROLE),
            c("emergencyContact.phone", "phone", "VARCHAR", g.phones("ZA", {"national": 1.0}, 0.9, 0.25), ROLE),
            c("payment.card.last4", N, "VARCHAR", g.col(lambda: g.digits(4), 0.1), "decoy", PARTIAL),
            c("meta.ip", "ip_address", "VARCHAR", g.col(lambda: g.ip(0.2), 0.15)),
            c(
                "meta.userAgent",
                N,
                "VARCHAR",
                g.col(
                    g.pick(
                        [
                            "TripSureApp/4.2 (iOS 18.1)",
                            "TripSureApp/4.1 (Android 14)",
                            "Mozilla/5.0 (Windows NT 10.0; Win64; x64)",
                        ]
                    )
                ),
                "decoy",
            ),
            c("meta.custom2", "free_text", "VARCHAR", _custom(g, "ZA", "za"), CUSTOM),
            c("agent.handledBy", "person_name", "VARCHAR", g.col(g.pick(agents), 0.35), STAFF),
        ],
    )


# -- tables named in other languages -----------------------------------------------------------------------------------


def de_kfz_schaeden(g: Gen) -> Table:
    """A Hanover motor insurer's claim notifications with claimants, witnesses and appraisers (German, snake case)."""
    rows = []
    for _ in range(g.rows):
        a, b = v.person(g, "de")
        rows.append((a, b, g.birth(1940, 2006), g.rnd.choice(v.DE_TOWNS)))
    third = [g.rnd.random() < 0.7 for _ in range(g.rows)]
    witness = [g.rnd.random() < 0.18 for _ in range(g.rows)]
    paid = [g.rnd.random() < 0.55 for _ in range(g.rows)]
    appraisers = _staff(g, 5, "de")
    clerks = _staff(g, 4, "de")
    shops = ["Autohaus Leinetal GmbH", "Karosseriebau Brandes & Sohn", "Lackzentrum Vahrenwald", "Kfz-Technik Misburg"]

    def plate() -> str:
        return (
            f"{g.rnd.choice(['H', 'H', 'HI', 'CE'])}-{g.code('A')}{g.code('A') if g.rnd.random() < 0.7 else ''}"
            f" {g.rnd.randint(1, 9_999)}"
        )

    def hergang() -> str:
        return g.rnd.choice(
            [
                "Beim Ausparken den Pfosten übersehen",
                f"Auffahrunfall an der Ampel, Gegner {v.whole(g, 'de')} räumt Schuld ein",
                f"Zeugin {v.whole(g, 'de', True)} hat den Vorgang beobachtet",
                "Wildunfall auf der B3 bei Nacht",
                f"Fahrzeug wurde von Ehefrau {v.given(g, 'de', True)} gefahren",
                "Steinschlag Windschutzscheibe auf der A2",
            ]
        )

    return Table(
        "kfz_schaden_hannover.schadenmeldungen",
        "de",
        "snake",
        [
            c("schaden_id", N, "BIGINT", g.keys(4_100_001), "decoy", KEY),
            c("versicherungsscheinnummer", N, "VARCHAR", g.col(lambda: v.idnr_decoy(g)), "decoy", SHAPE),
            c("vn_vorname", "first_name", "VARCHAR", [r[0] for r in rows]),
            c("vn_nachname", "last_name", "VARCHAR", [r[1] for r in rows]),
            c("vn_geburtsdatum", "date_of_birth", "VARCHAR", [r[2].strftime("%d.%m.%Y") for r in rows]),
            c("vn_strasse", "street_address", "VARCHAR", g.col(g.pick(v.DE_STREETS)), SPLIT_ADDR),
            c(
                "vn_hausnummer",
                "street_address",
                "VARCHAR",
                g.col(lambda: f"{g.rnd.randint(1, 180)}{g.rnd.choice(['', '', '', 'a', 'b'])}"),
                SPLIT_ADDR,
            ),
            c("vn_plz", "postal_code", "VARCHAR", [r[3][1] for r in rows]),
            c("vn_ort", "city", "VARCHAR", [r[3][0] for r in rows]),
            c("vn_telefon", "phone", "VARCHAR", g.phones("DE", {"national": 0.7, "intl": 0.3}, 0.7, 0.05)),
            c(
                "vn_email",
                "email",
                "VARCHAR",
                [v.email_of(g, r[0], r[1], v.DOMAINS["de"]) if g.rnd.random() < 0.7 else None for r in rows],
            ),
            c("amtl_kennzeichen", N, "VARCHAR", g.col(plate), "decoy", VEHICLE),
            c("schadentag", N, "DATE", g.days("2025-01-01", "2025-11-30"), "decoy"),
            c("personenschaden", N, "BOOLEAN", g.yn(True, False, 0.08), "decoy"),
            c("anspruchsteller_name", "person_name", "VARCHAR", [v.whole(g, "de") if t else None for t in third], ROLE),
            c(
                "anspruchsteller_telefon",
                "phone",
                "VARCHAR",
                [g.phone("DE", "national") if t and g.rnd.random() < 0.8 else None for t in third],
                ROLE,
            ),
            c("zeuge_name", "person_name", "VARCHAR", [v.whole(g, "de") if w else None for w in witness], ROLE, HEAVY),
            c(
                "zeuge_telefon",
                "phone",
                "VARCHAR",
                [g.phone("DE", "national") if w else None for w in witness],
                ROLE,
                HEAVY,
            ),
            c("gutachter", "person_name", "VARCHAR", g.col(g.pick(appraisers), 0.4), STAFF),
            c("werkstatt", N, "VARCHAR", g.col(g.pick(shops), 0.3), "business"),
            c(
                "iban_auszahlung",
                "iban",
                "VARCHAR",
                [v.iban(g, "DE", g.rnd.random() < 0.6) if p else None for p in paid],
            ),
            c(
                "kontoinhaber",
                "person_name",
                "VARCHAR",
                [
                    (f"{r[0]} {r[1]}" if g.rnd.random() < 0.85 else v.whole(g, "de")) if p else None
                    for r, p in zip(rows, paid)
                ],
                ROLE,
            ),
            c("sachbearbeiter", "person_name", "VARCHAR", g.col(g.pick(clerks)), STAFF),
            c("freitext_2", "free_text", "VARCHAR", _custom(g, "DE", "de"), CUSTOM),
            c("schadenhergang", "free_text", "VARCHAR", g.col(hergang, 0.05)),
        ],
    )


def es_agentes_exclusivos(g: Gen) -> Table:
    """A Zaragoza insurer's network of exclusive agents and their commissions (Spanish, snake case)."""
    rows = []
    for _ in range(g.rows):
        a, b = v.person(g, "es")
        rows.append((a, b, v.person(g, "es")[1], g.rnd.choice(v.ES_PLACES)))
    company = [g.rnd.random() < 0.35 for _ in range(g.rows)]
    directors = _staff(g, 4, "es")
    offices = ["Oficina Zaragoza-Delicias", "Oficina Zaragoza-Actur", "Oficina Huesca", "Oficina Teruel"]

    def obs() -> str:
        return g.rnd.choice(
            [
                f"Cartera heredada de {v.whole(g, 'es')} (jubilación)",
                "Pendiente curso de formación DGSFP",
                f"Su esposa {v.given(g, 'es', True)} colabora como auxiliar",
                "Baja temporal por maternidad hasta marzo",
            ]
        )

    return Table(
        "mutua_aragonesa.agentes_exclusivos",
        "es",
        "snake",
        [
            c("id_agente", N, "INTEGER", g.keys(1_001), "decoy", KEY),
            c("codigo_agente", N, "VARCHAR", g.col(lambda: v.dni_decoy(g)), "decoy", SHAPE),
            c("clave_dgsfp", N, "VARCHAR", g.col(lambda: g.code("C0999A99999999A")), "decoy", SHAPE),
            c("nif", "national_id", "VARCHAR", g.col(lambda: v.dni(g) if g.rnd.random() < 0.9 else v.nie(g))),
            c("nombre", "first_name", "VARCHAR", [r[0] for r in rows]),
            c("primer_apellido", "last_name", "VARCHAR", [r[1] for r in rows]),
            c("segundo_apellido", "last_name", "VARCHAR", [r[2] if g.rnd.random() < 0.92 else None for r in rows]),
            c("fecha_nacimiento", "date_of_birth", "VARCHAR", [g.birth(1955, 2000).strftime("%d/%m/%Y") for _ in rows]),
            c("telefono_movil", "phone", "VARCHAR", g.phones("ES", {"national": 0.7, "e164": 0.3})),
            c("email", "email", "VARCHAR", [v.email_of(g, r[0], r[1], v.DOMAINS["es"]) for r in rows]),
            c("domicilio", "street_address", "VARCHAR", g.col(lambda: v.street(g, v.ES_STREETS, "es"))),
            c("codigo_postal", "postal_code", "VARCHAR", [g.rnd.choice(r[3][1]) for r in rows]),
            c("municipio", "city", "VARCHAR", [r[3][0] for r in rows]),
            c("provincia", N, "VARCHAR", [r[3][2] for r in rows], "decoy"),
            c("iban_comisiones", "iban", "VARCHAR", g.col(lambda: v.iban(g, "ES", g.rnd.random() < 0.5))),
            c("fecha_alta", N, "DATE", g.days("2004-01-01", "2025-10-31"), "decoy"),
            c(
                "sociedad_agencia",
                N,
                "VARCHAR",
                [f"Seguros {r[1]} {g.rnd.choice(['S.L.', 'S.L.U.'])}" if co else None for r, co in zip(rows, company)],
                "business",
            ),
            c("cif_sociedad", N, "VARCHAR", [v.es_cif(g) if co else None for co in company], "business", SHAPE),
            c("oficina", N, "VARCHAR", g.col(g.pick(offices)), "business"),
            c("director_oficina", "person_name", "VARCHAR", g.col(g.pick(directors)), STAFF),
            c("campo_libre_2", "free_text", "VARCHAR", _custom(g, "ES", "es"), CUSTOM),
            c("observaciones", "free_text", "VARCHAR", g.sparse(obs, 0.75, _words("sin datos")), NULLWORD),
        ],
    )


def it_mandati_sdd_casa(g: Gen) -> Table:
    """A Verona agency's home insurance policies paid by SEPA direct debit mandates (Italian, snake case)."""
    rows = []
    for _ in range(g.rows):
        female = g.rnd.random() < 0.5
        a, b = v.person(g, "it", female)
        born = g.birth(1940, 2002)
        comune = g.rnd.choice(list(v.IT_BIRTH)[:6] + ["Verona", "Verona", "Verona"])
        rows.append((a, b, born, v.codice_fiscale(g, a, b, born, female, comune), comune, g.rnd.choice(v.IT_PLACES)))
    other = [g.rnd.random() < 0.2 for _ in range(g.rows)]
    holders = []
    for r, o in zip(rows, other):
        if o:
            female = g.rnd.random() < 0.5
            a, b = v.person(g, "it", female)
            born = g.birth(1940, 2002)
            holders.append((f"{a} {b}", v.codice_fiscale(g, a, b, born, female, g.rnd.choice(list(v.IT_BIRTH)))))
        else:
            holders.append((f"{r[0]} {r[1]}", None))
    agents = _staff(g, 3, "it")

    def nota() -> str:
        return g.rnd.choice(
            [
                f"Mandato firmato dal marito {v.whole(g, 'it', False)}",
                "Insoluto di marzo, riaddebitato",
                f"Chiamare la figlia {v.given(g, 'it', True)} per le scadenze",
                "Cambio banca in corso",
            ]
        )

    return Table(
        "agenzia_scaligera.mandati_sdd_casa",
        "it",
        "snake",
        [
            c("id_mandato", N, "BIGINT", g.keys(220_001), "decoy", KEY),
            c("codice_mandato", N, "VARCHAR", g.col(lambda: g.code("SDD-VR-99999999")), "decoy", SHAPE),
            c("nome", "first_name", "VARCHAR", [r[0] for r in rows]),
            c("cognome", "last_name", "VARCHAR", [r[1] for r in rows]),
            c("codice_fiscale", "national_id", "VARCHAR", [r[3] for r in rows]),
            c("data_nascita", "date_of_birth", "DATE", [r[2] for r in rows]),
            c("comune_nascita", "city", "VARCHAR", [r[4] for r in rows]),
            c("indirizzo_rischio", "street_address", "VARCHAR", g.col(lambda: v.street(g, v.IT_STREETS, "it"))),
            c("cap", "postal_code", "VARCHAR", [g.rnd.choice(r[5][1]) for r in rows]),
            c("comune", "city", "VARCHAR", [r[5][0] for r in rows]),
            c("provincia", N, "VARCHAR", [r[5][2] for r in rows], "decoy"),
            c("cellulare", "phone", "VARCHAR", g.phones("IT", {"national": 0.6, "e164": 0.2, "intl": 0.2}, 0.85)),
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
                [
                    f"{v.plain(r[0])}.{v.plain(r[1])}@{g.rnd.choice(['pec.it', 'legalmail.it'])}"
                    if g.rnd.random() < 0.15
                    else None
                    for r in rows
                ],
                HEAVY,
            ),
            c("iban_addebito", "iban", "VARCHAR", g.col(lambda: v.iban(g, "IT", g.rnd.random() < 0.3))),
            c("intestatario_conto", "person_name", "VARCHAR", [h[0] for h in holders], ROLE),
            c("cf_intestatario", "national_id", "VARCHAR", [h[1] for h in holders], ROLE, HEAVY),
            c("premio_annuo", N, "DOUBLE", g.amounts(120, 980), "decoy"),
            c("data_firma_mandato", N, "DATE", g.days("2019-01-01", "2025-11-15"), "decoy"),
            c("agente", "person_name", "VARCHAR", g.col(g.pick(agents)), STAFF),
            c(
                "subagenzia",
                N,
                "VARCHAR",
                g.col(g.pick(["Sub. Borgo Trento", "Sub. San Bonifacio", "Sub. Villafranca"])),
                "business",
            ),
            c("campo_libero_1", N, "VARCHAR", _codes(g, ["CONV-CRAL", "PROMO25", "FAM", "DIP"]), "decoy", PLAIN),
            c("note", "free_text", "VARCHAR", g.sparse(nota, 0.8, _words("nessuna", "n.d.")), NULLWORD),
        ],
    )


def nl_schade_expertise(g: Gen) -> Table:
    """A Zwolle loss adjusting bureau's home and injury claim assignments from insurers (Dutch, snake case)."""
    rows = []
    for _ in range(g.rows):
        a, b = v.person(g, "nl")
        place = g.rnd.choice(v.NL_PLACES)
        rows.append((a, b, v.NL_TUSSEN.get(b), place))
    injury = [g.rnd.random() < 0.16 for _ in range(g.rows)]
    paid = [g.rnd.random() < 0.6 for _ in range(g.rows)]
    experts = _staff(g, 5, "nl")
    insurers = ["Veluwse Brandverzekering U.A.", "IJsseldelta Verzekeringen", "Noordoost Schadeverzekeraar N.V."]
    builders = ["Bouwbedrijf Kampman Dalfsen", "Schadeherstel IJsselland", "Dakwerken Wolters", None]

    def initials(first: str) -> str:
        return f"{first[0]}." + (f"{g.rnd.choice('ACHJMPW')}." if g.rnd.random() < 0.5 else "")

    def bevinding() -> str:
        return g.rnd.choice(
            [
                "Lekkage vanuit badkamer bovenburen, oorzaak kitnaad",
                f"Gesproken met buurman {v.whole(g, 'nl')}, bevestigt stormschade",
                f"Verzekerde en partner {v.given(g, 'nl')} aanwezig bij opname",
                "Inbraakschade achterdeur, proces-verbaal ontvangen",
                f"Huurder {v.whole(g, 'nl')} meldt schade pas na drie weken",
            ]
        )

    return Table(
        "expertisebureau_zwolle.schade_opdrachten",
        "nl",
        "snake",
        [
            c("opdracht_id", N, "BIGINT", g.keys(61_001), "decoy", KEY),
            c("dossiernummer", N, "VARCHAR", g.col(lambda: v.bsn_decoy(g)), "decoy", SHAPE),
            c("verzekeraar", N, "VARCHAR", g.col(g.pick(insurers)), "business"),
            c("voorletters", "first_name", "VARCHAR", [initials(r[0]) for r in rows]),
            c("tussenvoegsel", "last_name", "VARCHAR", [r[2] for r in rows]),
            c("achternaam", "last_name", "VARCHAR", [r[1] for r in rows]),
            c("geboortedatum", "date_of_birth", "VARCHAR", [g.birth(1938, 2004).strftime("%d-%m-%Y") for _ in rows]),
            c("bsn", "national_id", "VARCHAR", [v.bsn(g) if i else None for i in injury], HEAVY),
            c("straat", "street_address", "VARCHAR", g.col(g.pick(v.NL_STREETS)), SPLIT_ADDR),
            c("huisnummer", "street_address", "VARCHAR", g.col(lambda: str(g.rnd.randint(1, 240))), SPLIT_ADDR),
            c(
                "toevoeging",
                "street_address",
                "VARCHAR",
                g.col(g.pick(["A", "B", "bis", "1", "2-hoog"]), 0.82),
                SPLIT_ADDR,
                HEAVY,
            ),
            c("postcode", "postal_code", "VARCHAR", [v.nl_postcode(g, r[3][1], r[3][2]) for r in rows]),
            c("woonplaats", "city", "VARCHAR", [r[3][0] for r in rows]),
            c("telefoonnummer", "phone", "VARCHAR", g.phones("NL", {"national": 0.7, "e164": 0.3}, 0.8)),
            c("emailadres", "email", "VARCHAR", [v.email_of(g, r[0], r[1], v.DOMAINS["nl"]) for r in rows]),
            c("iban", "iban", "VARCHAR", [v.iban(g, "NL", g.rnd.random() < 0.5) if p else None for p in paid]),
            c(
                "tenaamstelling",
                "person_name",
                "VARCHAR",
                [f"{initials(r[0])} {r[2] + ' ' if r[2] else ''}{r[1]}" if p else None for r, p in zip(rows, paid)],
                ROLE,
            ),
            c(
                "schadeoorzaak",
                N,
                "VARCHAR",
                g.col(g.pick(["lekkage", "storm", "inbraak", "brand", "letsel"])),
                "decoy",
            ),
            c("expert", "person_name", "VARCHAR", g.col(g.pick(experts)), STAFF),
            c("aannemer", N, "VARCHAR", g.col(g.pick(builders)), "business"),
            c("vrij_veld_2", "free_text", "VARCHAR", _custom(g, "NL", "nl"), CUSTOM),
            c("bevindingen", "free_text", "VARCHAR", g.col(bevinding, 0.1)),
        ],
    )


def cz_povinne_ruceni(g: Gen) -> Table:
    """An Ostrava insurer's motor third-party liability contracts (Czech, snake case)."""
    rows = []
    for _ in range(g.rows):
        female = g.rnd.random() < 0.45
        a, b = v.person(g, "cs", female)
        born = g.birth(1954, 2006)
        rows.append((a, b, born, v.rodne_cislo(g, born, female, g.rnd.random() < 0.7), g.rnd.choice(v.CZ_PLACES)))
    second = [g.rnd.random() < 0.2 for _ in range(g.rows)]
    clerks = _staff(g, 4, "cs")
    brokers = ["Slezská pojišťovací makléřská s.r.o.", "Autopojištění Poruba", "přímý prodej", "online"]

    def pozn() -> str:
        return g.rnd.choice(
            [
                f"Vozidlo užívá syn {v.given(g, 'cs', False)}",
                "Přechod od jiné pojišťovny, doložen bonus",
                f"Plná moc pro {v.whole(g, 'cs')}",
                "Zaslat zelenou kartu poštou",
            ]
        )

    return Table(
        "pojistovna_ostrava.povinne_ruceni",
        "cs",
        "snake",
        [
            c("id_smlouvy", N, "BIGINT", g.keys(9_300_001), "decoy", KEY),
            c("cislo_smlouvy", N, "VARCHAR", g.col(lambda: v.rc_decoy(g)), "decoy", SHAPE),
            c("jmeno", "first_name", "VARCHAR", [r[0] for r in rows]),
            c("prijmeni", "last_name", "VARCHAR", [r[1] for r in rows]),
            c("rodne_cislo", "national_id", "VARCHAR", [r[3] for r in rows]),
            c("datum_narozeni", "date_of_birth", "DATE", [r[2] for r in rows]),
            c("cislo_op", "national_id", "VARCHAR", g.col(lambda: g.digits(9), 0.25)),
            c("ulice", "street_address", "VARCHAR", g.col(g.pick(v.CZ_STREETS)), SPLIT_ADDR),
            c(
                "cislo_domu",
                "street_address",
                "VARCHAR",
                g.col(
                    lambda: (
                        f"{g.rnd.randint(1, 3_200)}/{g.rnd.randint(1, 90)}"
                        if g.rnd.random() < 0.7
                        else str(g.rnd.randint(1, 900))
                    )
                ),
                SPLIT_ADDR,
            ),
            c("obec", "city", "VARCHAR", [r[4][0] for r in rows]),
            c("psc", "postal_code", "VARCHAR", [r[4][1] for r in rows]),
            c("telefon", "phone", "VARCHAR", g.phones("CZ", {"national": 0.6, "intl": 0.4})),
            c(
                "email",
                "email",
                "VARCHAR",
                [v.email_of(g, r[0], r[1], v.DOMAINS["cs"]) if g.rnd.random() < 0.7 else None for r in rows],
            ),
            c("spz", N, "VARCHAR", g.col(lambda: g.code(f"{g.rnd.randint(1, 9)}T9 9999")), "decoy", VEHICLE),
            c("vin", N, "VARCHAR", g.col(lambda: _vin(g)), "decoy", VEHICLE),
            c("bonus_malus", N, "VARCHAR", g.col(g.pick(["B0", "B3", "B6", "B10", "B12", "M1"])), "decoy"),
            c("cislo_uctu", USERNAME, "VARCHAR", g.col(lambda: v.cz_account(g), 0.35), BANK),
            c("druhy_ridic", "person_name", "VARCHAR", [v.whole(g, "cs") if s else None for s in second], ROLE, HEAVY),
            c("zprostredkovatel", N, "VARCHAR", g.col(g.pick(brokers)), "business"),
            c("zpracoval", "person_name", "VARCHAR", g.col(g.pick(clerks)), STAFF),
            c("volne_pole_1", N, "VARCHAR", _codes(g, ["AKCE-JARO", "FLOTILA", "ZAM", "VIP2"]), "decoy", PLAIN),
            c("poznamka", "free_text", "VARCHAR", g.sparse(pozn, 0.8, _words("nevyplněno")), NULLWORD),
        ],
    )


def se_reseskador(g: Gen) -> Table:
    """An Uppsala insurer's travel insurance claims (Swedish, snake case)."""
    rows = []
    for _ in range(g.rows):
        a, b = v.person(g, "sv")
        born = g.birth(1940, 2006)
        rows.append((a, b, v.personnummer(g, born, g.rnd.random() < 0.4), g.rnd.choice(v.SE_PLACES)))
    medical = [g.rnd.random() < 0.2 for _ in range(g.rows)]
    co = [g.rnd.random() < 0.22 for _ in range(g.rows)]
    handlers = _staff(g, 4, "sv")
    approvers = _staff(g, 2, "sv")
    hospitals = ["Hospital Quirónsalud Torrevieja", "Bangkok Pattaya Hospital", "Clínica San Roque Maspalomas"]

    def beskr() -> str:
        return g.rnd.choice(
            [
                "Väskan försenad två dygn, köpt kläder",
                f"Medresenären {v.given(g, 'sv')} insjuknade, hemresa avbruten",
                f"Kontakt med dottern {v.whole(g, 'sv', True)} angående kvitton",
                "Stöld av mobil på stranden, polisanmälan bifogad",
            ]
        )

    return Table(
        "reseforsakring_uppsala.skadeanmalningar",
        "sv",
        "snake",
        [
            c("arende_id", N, "BIGINT", g.keys(30_001), "decoy", KEY),
            c("skadenummer", N, "VARCHAR", g.col(lambda: v.luhn_decoy(g, 10)), "decoy", SHAPE),
            c("personnummer", "national_id", "VARCHAR", [r[2] for r in rows]),
            c("fornamn", "first_name", "VARCHAR", [r[0] for r in rows]),
            c("efternamn", "last_name", "VARCHAR", [r[1] for r in rows]),
            c("gatuadress", "street_address", "VARCHAR", g.col(lambda: v.street(g, v.SE_STREETS, "sv"))),
            c("postnummer", "postal_code", "VARCHAR", [f"{r[3][1]} {g.digits(2)}" for r in rows]),
            c("postort", "city", "VARCHAR", [r[3][0] for r in rows]),
            c("mobilnummer", "phone", "VARCHAR", g.phones("SE", {"national": 0.6, "e164": 0.4})),
            c("epost", "email", "VARCHAR", [v.email_of(g, r[0], r[1], v.DOMAINS["sv"]) for r in rows]),
            c(
                "resmal",
                N,
                "VARCHAR",
                g.col(g.pick(["Spanien", "Thailand", "Grekland", "Turkiet", "Italien"])),
                "decoy",
            ),
            c(
                "skadetyp",
                N,
                "VARCHAR",
                g.col(g.pick(["sjukdom", "bagage", "stöld", "avbeställning", "försening"])),
                "decoy",
            ),
            c("medresenar_namn", "person_name", "VARCHAR", [v.whole(g, "sv") if x else None for x in co], ROLE, HEAVY),
            c(
                "medresenar_personnummer",
                "national_id",
                "VARCHAR",
                [v.personnummer(g, g.birth(1940, 2020)) if x and g.rnd.random() < 0.8 else None for x in co],
                ROLE,
                HEAVY,
            ),
            c(
                "behandlande_lakare",
                "person_name",
                "VARCHAR",
                [f"Dr. {v.whole(g, g.rnd.choice(['es', 'es', 'it']))}" if m else None for m in medical],
                ROLE,
                HEAVY,
            ),
            c("sjukhus", N, "VARCHAR", [g.rnd.choice(hospitals) if m else None for m in medical], "business"),
            c(
                "clearingnummer",
                N,
                "VARCHAR",
                g.col(lambda: g.rnd.choice(["8327-9", "6000", "3300", "5201", "9150"]), 0.2),
                "decoy",
            ),
            c("kontonummer", USERNAME, "VARCHAR", g.col(lambda: g.digits(g.rnd.choice([7, 9, 10])), 0.2), BANK),
            c("handlaggare", "person_name", "VARCHAR", g.col(g.pick(handlers)), STAFF),
            c("beslutad_av", "person_name", "VARCHAR", g.col(g.pick(approvers), 0.3), STAFF),
            c("extra_falt_1", N, "VARCHAR", _codes(g, ["ERV", "KORT-GULD", "HEM-AUTO", "SEN"]), "decoy", PLAIN),
            c("beskrivning", "free_text", "VARCHAR", g.sparse(beskr, 0.74, _words("saknas", "ingen")), NULLWORD),
        ],
    )


def ja_seiho_keiyaku(g: Gen) -> Table:
    """A Sendai life insurer's policy ledger with beneficiaries and sales agents (romanized Japanese column names,
    Japanese values)."""
    rows = []
    for _ in range(g.rows):
        female = g.rnd.random() < 0.5
        a, b = v.person(g, "ja", female)
        rows.append((a, b, g.birth(1945, 2003), g.rnd.choice(v.JA_CITIES), "女" if female else "男"))
    agents = _staff(g, 6, "ja")
    offices = [
        ("仙台中央営業所", g.phone("JP", "national", False)),
        ("泉営業所", g.phone("JP", "national", False)),
        ("石巻営業所", g.phone("JP", "national", False)),
    ]
    office = [g.rnd.randrange(len(offices)) for _ in range(g.rows)]
    insured = [f"{r[1]} {r[0]}" if g.rnd.random() < 0.7 else v.whole(g, "ja") for r in rows]

    def bikou() -> str:
        return g.rnd.choice(
            [
                "受取人を配偶者から長男に変更",
                f"妻の{v.person(g, 'ja', True)[0]}様より住所変更の連絡",
                "口座振替不能、再請求済み",
                f"担当者より{v.whole(g, 'ja')}様へ満期案内",
            ]
        )

    return Table(
        "seiho_sendai.keiyaku_daichou",
        "ja",
        "snake",
        [
            c("keiyaku_id", N, "BIGINT", g.keys(1), "decoy", KEY),
            c("shouken_bangou", N, "VARCHAR", g.col(lambda: v.my_number_decoy(g)), "decoy", SHAPE),
            c("keiyakusha_shimei", "person_name", "VARCHAR", [f"{r[1]} {r[0]}" for r in rows]),
            c("keiyakusha_kana", "person_name", "VARCHAR", [f"{v.JA_KANA[r[1]]} {v.JA_KANA[r[0]]}" for r in rows]),
            c("seinengappi", "date_of_birth", "VARCHAR", [v.wareki(r[2]) for r in rows]),
            c("kojin_bangou", "national_id", "VARCHAR", g.col(lambda: v.my_number(g), 0.8), HEAVY),
            c("yuubin_bangou", "postal_code", "VARCHAR", [f"{r[3][1]}-{g.digits(4)}" for r in rows]),
            c("todoufuken", N, "VARCHAR", ["宮城県"] * g.rows, "decoy"),
            c("shikuchouson", "city", "VARCHAR", [r[3][0] for r in rows]),
            c("juusho", "street_address", "VARCHAR", g.col(g.pick(v.JA_STREETS))),
            c("denwa_bangou", "phone", "VARCHAR", g.phones("JP", {"national": 0.85, "e164": 0.15}, 0.75)),
            c("keitai_mail", "email", "VARCHAR", g.col(lambda: v.romaji_email(g), 0.35)),
            c("hihokensha_shimei", "person_name", "VARCHAR", insured, ROLE),
            c("uketorinin_shimei", "person_name", "VARCHAR", g.col(lambda: v.whole(g, "ja"), 0.05), ROLE),
            c("uketorinin_zokugara", N, "VARCHAR", g.col(g.pick(["配偶者", "長男", "長女", "父", "母"])), "decoy"),
            c("kouza_bangou", USERNAME, "VARCHAR", g.col(lambda: g.digits(7), 0.1), BANK),
            c(
                "kinyuu_kikan",
                N,
                "VARCHAR",
                g.col(g.pick(["七十七銀行", "ゆうちょ銀行", "仙台銀行", "杜の都信用金庫"])),
                "business",
            ),
            c("boshuunin", "person_name", "VARCHAR", g.col(g.pick(agents)), STAFF),
            c("eigyousho", N, "VARCHAR", [offices[i][0] for i in office], "business"),
            c("eigyousho_denwa", N, "VARCHAR", [offices[i][1] for i in office], "business"),
            c("keiyaku_bi", N, "DATE", g.days("2005-01-01", "2025-11-01"), "decoy"),
            c("kaiyaku_flag", N, "VARCHAR", g.yn("1", "0", 0.07), "decoy"),
            c("jiyuu_koumoku_2", "free_text", "VARCHAR", _custom(g, "JP", "ja"), CUSTOM),
            c("bikou", "free_text", "VARCHAR", g.sparse(bikou, 0.78, _words("なし", "特になし")), NULLWORD),
        ],
    )


BUILDERS: list[tuple[Callable[[Gen], Table], int]] = [
    (ie_motor_quotes, 800),
    (ab_telematics_trips, 900),
    (gb_home_claims, 600),
    (ke_life_beneficiaries, 700),
    (au_motor_third_parties, 500),
    (ct_life_premium_drafts, 800),
    (my_motor_quote_staging, 700),
    (za_travel_policy_events, 600),
    (de_kfz_schaeden, 600),
    (es_agentes_exclusivos, 350),
    (it_mandati_sdd_casa, 700),
    (nl_schade_expertise, 450),
    (cz_povinne_ruceni, 650),
    (se_reseskador, 500),
    (ja_seiho_keiyaku, 400),
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


def main(argv: list[str] | None = None) -> int:
    """Build the set into ``argv[0]`` (default :data:`DEFAULT_PATH`) and print its summary."""
    args = sys.argv[1:] if argv is None else argv
    target = Path(args[0]) if args else DEFAULT_PATH
    print(f"built {summary(build(target))} into {target}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
