"""Held-out set v157 for the column classifier: 14 tables of *online gaming, esports and live-streaming platforms*
(player accounts with age checks, esports team rosters and prize payouts, streamers' payout and tax forms, moderation
reports, bans and appeals, tournament registrations, parental controls for minors, a fan shop's merchandise orders,
chargebacks), one system per table and each a different organisation in a different country, seven with English
column names and seven in German, French, Brazilian Portuguese, Dutch, Czech, romanized Japanese (values in kanji and
katakana) and Ukrainian (Cyrillic names and values):

* ``thistle_esports.roster_prize_payouts``: a Dundee esports organisation's team rosters, stipends and prize payouts
  (snake case: gamertags, a middle name mostly NULL, the birth date split into ``player_dob_day``, ``_month`` and
  ``_year``, National Insurance numbers, UTRs, a parent or guardian of under-18 players mostly NULL, sort codes and
  account numbers, team managers, sponsors, payout references of ten digits failing the UTR check, ``misc_1``
  holding personal data, payout notes mostly NULL words);
* ``pinecone_live.creatorPayoutProfiles``: a Vancouver live-streaming platform's creators' payout profiles and tax
  forms (camel case: channel handles, ISO birth dates, SINs, the business numbers of incorporated creators, T4A and
  NR4 slips, the mailing unit mostly NULL, institution, transit and account numbers, partner managers, login IPs,
  statement references spaced like a SIN and failing its check, ``customField2`` codes only);
* ``Wombatgg.ModerationReports``: a Melbourne game platform's moderation reports, bans and appeals (Pascal case: the
  reporter's and the reported player's gamertags and e-mails, IPs, device hashes, chat excerpts naming people and
  holding phones, clip ids, ban dates, moderators and senior reviewers, the appellant's real name, phone and DATE
  birth date mostly NULL, match ids, ``Udf3``);
* ``welly_lan_ops.trn_plr_reg``: a Wellington LAN party's tournament registrations (abbreviated: ``plr_fnm``,
  ``plr_hndl``, ``plr_dob`` as ``dd/mm/yyyy``, ages, ``ctc_ph``, ``addr_ln1``, ``addr_sub``, the guardian of
  under-18 players and their phone mostly NULL, seats and teams, payment references written like an IRD number and
  failing its check, prize winners' IRD numbers and bank accounts mostly NULL, the emergency contact, check-in staff,
  ``lst_upd_by`` the last editor's login);
* ``CBKPROC.CHARGEBACK_EXTRACT``: a Columbus payment processor's chargeback extract for game-credit, arcade and
  merchandise merchants, a COBOL file (legacy: padded CHAR, the cardholder's names and middle initial, the card in
  clear and its last four, the birth date from the account's age check and the transaction date as ``YYYYMMDD``
  integers, phone and ZIP as numbers with 0 for missing, order numbers of nine digits failing the SSN check,
  acquirer reference numbers, merchants' names and phones, reason codes, analysts, ``CB-USER-FLD-2`` holding personal
  data, ``CB-USER-FLD-3`` codes);
* ``stg_bkk_esports.src_crm_tourney_raw``: a Bangkok esports league's tournament registrations landed from its CRM as
  an opaque staging table (``col01`` to ``col20``: romanized Thai whole names, some in capitals, birth dates
  ``dd/mm/yyyy`` in the Buddhist era, Thai citizen ID numbers, phones, in-game names, games and teams, khet and postal
  codes, the guardian of minors and their phone mostly NULL, ticket numbers of thirteen digits failing the ID check,
  IPs, a custom field with personal data, league staff);
* ``famlink_cork.parental_controls_json``: a Cork parental-controls app's family links flattened from JSON to dotted
  keys (``parent.name.first``, the parent's ISO birth date, ``parent.address.eircode``, the verification card's last
  four, ``child.first_name``, ``child.birth_date``, ``child.gamertag``, a second guardian mostly NULL, screen-time and
  spending limits, ``consent.ip``, device ids and OS versions, ``meta.custom2``, support agents by first name);
* ``esports_koeln_ev.kader_preisgelder``: a Cologne esports club's squad contracts and prize money (German: the
  player name, ``dd.mm.yyyy`` birth dates and birthplaces, the Steuer-ID, identity card numbers, the guardian of
  under-18 players and their phone mostly NULL, the prize IBAN and its account holder, contract numbers of eleven
  digits failing the Steuer-ID check, sponsors, team managers, ``zusatzfeld_2``);
* ``plateforme_live_nantes.streamers_versements``: a Nantes live-streaming platform's streamers' payouts and tax
  forms (French: the pseudo, ``nom_usage`` and ``nom_naissance`` mostly NULL, ``dd/mm/yyyy`` birth dates and the
  commune of birth, the NIR encoding sex, birth month and birthplace, the numéro fiscal, micro-entrepreneurs' SIRET,
  the payout IBAN and its holder, payment slip numbers of thirteen digits failing the numéro fiscal's check, account
  managers, ``champ_libre_2`` codes only);
* ``lojafan_recife.pedidos_loja_oficial``: a Recife esports team's official fan-shop orders (Brazilian Portuguese:
  whole names, CPF, DATE birth dates mostly filled, ``logradouro``, ``numero`` and ``complemento`` apart, bairro,
  cidade and UF, SKUs and products, a card's last four, Correios tracking numbers, the carriers and their CNPJ, a
  gift recipient mostly NULL, order numbers of eleven digits failing the CPF check, ``campo_extra_2``);
* ``spelplatform_groningen.SpelerAccounts``: a Groningen gaming platform's player accounts with age checks (Dutch,
  Pascal case: ``Gebruikersnaam``, ``Tussenvoegsel`` mostly NULL, ``dd-mm-yyyy`` birth dates, BSN, identity card or
  passport numbers, the age-check method, ``Straat`` and ``Huisnummer`` apart, the parent or guardian of minors and
  their e-mail mostly NULL, the refund IBAN, customer numbers of nine digits failing the BSN's eleven test,
  ``ExtraVeld2``);
* ``lan_plzen.registrace_turnaje``: a Plzeň LAN tournament's registrations (Czech: feminine family names, the
  nickname, rodné číslo encoding the birth date and sex, ``d.m.yyyy`` birth dates, identity card numbers,
  ``ulice`` and ``cislo_popisne`` apart, the legal guardian of minors and their phone mostly NULL, teams and games,
  qualifier venues and their coordinates, the team sponsor and its IČO, variable symbols of ten digits failing the
  birth number's check, organisers, ``doplnkove_pole_2`` codes only);
* ``sendai_game.hogosha_kanri``: a Sendai game company's parental controls for under-age players (romanized Japanese
  column names: the parent's name in kanji and its katakana reading, the parent's birth date in the Japanese era
  calendar, the child's given name and ``yyyy/mm/dd`` birth date, the child's user id, prefecture and municipality,
  play-time and spending limits, the card's last four digits, consent IPs, staff by family name (``tantousha``),
  application numbers failing My Number's check, ``yobi_koumoku_2``);
* ``модерація_львів.скарги_та_блокування``: a Lviv live-streaming platform's moderation complaints, bans and appeals
  (Ukrainian, Cyrillic column names and values: nicknames and e-mails of the complainant and the offender, the
  offender's phone and IP, chat fragments naming people and holding phones, decisions and ban dates, moderators, the
  appellant's whole name with patronymic, RNOKPP and ``dd.mm.yyyy`` birth date mostly NULL, complaint numbers of ten
  digits failing the RNOKPP check, device hashes, client versions, ``дод_поле_2``).

Written **blind**: by someone who has read neither the classifier (``governance_dagster/detect/``) nor its
documentation, tests, changelog, history or notes, only the list of kind names (``governance_dagster/kinds.py``), how
the scorer registers a set (its module docstring, import block, ``SETS`` dict and ``--db`` help line, read and
edited, never run), v152's table module in full and most of its value module (whose generic ``Gen`` helpers and
some identifier builders were copied here) and its test as the model of this set's test, the labeling lists of v98's
and v146's module docstrings, ``tests/heldout_support.py``, and the first 40 lines of the other sets' modules
searched for this domain's words (gaming, esports, stream, tournament, player) to avoid their systems and towns
(v47's UK streaming service, Canadian game studio and esports organiser, v65's Montréal game studio, v72's gambling
operators and v155's Liège gaming operator led this set to other countries, towns and systems; every organisation
here is invented). The ``Column``/``Table`` classes of v2 and the writer and summary of v4 are used, not read. The
classifier was not run on this set while it was written, no scorer was run on it, and no score was looked at (the
test builds the set through the scorer's ``SETS`` entry, as v152's test does, and never classifies).

Labeling choices a reader may question:

* a UK National Insurance number, a Canadian SIN and a French NIR are ``ssn``; UTRs, IRD numbers, Thai citizen ID
  numbers, the Steuer-ID, German identity cards, the numéro fiscal, CPF, BSN, Dutch identity cards and passports (one
  column, tag ``multi_document``), rodné číslo, Czech identity cards and RNOKPP are ``national_id``; the NI number and
  the German, Dutch and Czech identity card numbers have no check computed here and are generated by shape;
* gamertags, channel handles, pseudos, nicknames, in-game names, a child's user id and an editor's login are
  ``unclassified`` (tag ``username``), as v98 labeled a dating-app alias and v152 a login; a card's last four digits
  are ``none`` (tag ``partial``), as in v146; a card kept in clear in a chargeback file is ``credit_card``;
* order, case, payout, statement, payment, contract, slip, customer, application, complaint and ticket numbers,
  variable symbols, acquirer reference numbers, tracking numbers, SKUs, clip, match, device and account references,
  hashes, OS and client versions are ``none`` (tag ``decoy``, ``value_shape`` when shaped like an identifier; twelve of
  them fail the check of the personal number they look like: UTR, SIN, IRD, SSN, Thai ID, Steuer-ID, numéro fiscal,
  CPF, BSN, rodné číslo, My Number and RNOKPP); ages, limits, amounts, teams, games, categories, decisions, tax form
  types, the age-check method, provinces, UF and prefectures are ``none``;
* sponsors, merchants with their phones, carriers with their CNPJ, a sponsor's IČO and incorporated creators' business
  numbers and micro-entrepreneurs' SIRET (passing their checks) are ``none`` (tag ``business``, ``check_digit`` where
  a check digit is computed);
* team managers, partner managers, moderators and senior reviewers, check-in staff, analysts, league staff, support
  agents (by first name: ``first_name``), account managers, shop attendants, platform staff, organisers and
  ``tantousha`` (by family name: ``last_name``) are staff (tag ``staff``); parents, guardians, legal guardians, a
  second guardian, emergency contacts, appellants, account holders and gift recipients are personal (tag
  ``role_word``); a child's given name, birth date and user id carry the tag ``minor``;
* a kanji name with the family name first and its katakana reading, a Ukrainian whole name with the patronymic and a
  Brazilian whole name with two family names are ``person_name``; a middle name and a middle initial are
  ``first_name``; a Dutch ``Tussenvoegsel`` and a French ``nom_naissance`` are ``last_name``;
* a suburb, a bairro and a Bangkok khet are ``city`` (tag ``locality``), as are a birthplace and a Japanese
  municipality; a mailing unit, a house number (``numero``, ``Huisnummer``, ``cislo_popisne``) and a ``complemento``
  are ``street_address`` (tag ``split_address``); the Japanese ``banchi`` is ``street_address``;
* dates of birth as DATE, as ISO, ``dd/mm/yyyy`` (also in the Buddhist era), ``dd-mm-yyyy``, ``dd.mm.yyyy``,
  ``d.m.yyyy`` and ``yyyy/mm/dd`` text, in the Japanese era calendar, as ``YYYYMMDD`` integers (0 for missing) and
  split into day, month and year integers (each part ``date_of_birth``, tag ``split_dob``) are ``date_of_birth``;
  contract, payout, report, ban, consent, order and transaction dates and timestamps are ``none``; a qualifier
  venue's coordinates are ``none`` (tag ``coordinates``);
* German, French and Dutch IBANs are ``iban``; a UK, a Canadian and a New Zealand account number are
  ``unclassified`` (tag ``bank_account``, as earlier sets labeled domestic accounts) and sort codes, institution and
  transit numbers are ``none``;
* opaque custom fields holding, by row, a phone, an e-mail or a name are ``free_text`` (tag ``custom_field``); custom
  fields holding codes only are ``none`` (tags ``decoy`` and ``custom_plain``); chat excerpts, notes and remarks naming
  people are ``free_text``.

``null_heavy`` means 70-95% NULL, ``nullword_heavy`` 70-95% NULL words or empty strings; rows per table: 260 to 600.
Every value is generated here from :data:`SEED` (one ``random.Random`` per table, named after its builder) with
python-stdnum for check digits, phonenumbers for phone validity and formats, and the lists of
:mod:`benchmarks.classification.heldout_v157_values`, written for v157 (no Faker, no list of real people, no breach
data). Build: ``python -m benchmarks.classification.heldout_v157 [PATH]`` (default ``/tmp/heldout_v157.duckdb``).
Score: ``python -m benchmarks.classification.heldout_v2_accuracy --set v157``.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path

from benchmarks.classification import heldout_v4
from benchmarks.classification import heldout_v157_values as v
from benchmarks.classification.heldout_v2 import Column, Table
from benchmarks.classification.heldout_v157_values import NULLISH, SEED, UNCLASSIFIED, Gen, N, c

__all__ = [
    "BUILDERS",
    "DEFAULT_PATH",
    "NULLISH",
    "SEED",
    "UNCLASSIFIED",
    "Column",
    "Gen",
    "Table",
    "build",
    "labels",
    "summary",
    "tables",
]

DEFAULT_PATH = Path("/tmp/heldout_v157.duckdb")

NULLWORD = "nullword_heavy"  # 70-95% NULL words or empty strings
HEAVY = "null_heavy"  # 70-95% NULL
SHAPE = "value_shape"
STAFF = "staff"  # team managers, partner managers, moderators, analysts, support agents (2 to 8 distinct)
ROLE = "role_word"  # a role word (parent, guardian, emergency contact, account holder, gift recipient ...) with people
ABBREV = "abbrev"
KEY = "join_key"
LEGACY = "legacy"
OPAQUE = "opaque"
CUSTOM = "custom_field"  # an opaque custom field holding, by row, a phone, an e-mail or a name (free_text)
PLAIN = "custom_plain"  # an opaque custom field holding codes only (none)
SPLIT_ADDR = "split_address"  # a part of an address in its own column (street_address)
SPLIT_DOB = "split_dob"  # a part of a date of birth in its own column (date_of_birth)
LOCALITY = "locality"  # a suburb, a bairro, a Bangkok khet (city)
PARTIAL = "partial"  # a card's last four digits (none)
COORD = "coordinates"  # a venue's coordinates (none)
MULTI_DOC = "multi_document"  # identity documents of several types in one column (national_id)
USERNAME = "username"  # a gamertag, a channel handle, a nickname or a login (unclassified)
BANK = "bank_account"  # a domestic bank account (unclassified)
CHECK = "check_digit"  # a business's number passing its own check (none)
MINOR = "minor"  # a child's personal data (parental controls, under-18 players)


def _words(*extra: str) -> tuple[str, ...]:
    return ("", "-", "N/A", "none", "NULL") + extra


def _custom(g: Gen, region: str, lang: str, null: float = 0.3, fmt: str = "national") -> list[str | None]:
    """An opaque custom field: by row a phone, an e-mail or a name (or NULL)."""

    def one() -> str:
        r = g.rnd.random()
        if r < 0.42:
            return g.phone(region, g.rnd.choice([fmt, "e164"]))
        if r < 0.72:
            return v.email_of(g, *v.person(g, lang), v.DOMAINS[lang])
        return v.whole(g, lang)

    return g.col(one, null)


def _codes(g: Gen, codes: list[str], null: float = 0.35) -> list[str | None]:
    """An opaque custom field holding codes only."""
    return g.col(g.pick(codes), null)


def _pad(values: list, width: int) -> list:
    return [None if x is None else f"{str(x)[:width]:<{width}}" for x in values]


def _handles(g: Gen, firsts: list[str | None]) -> list[str]:
    """One gamertag per row, sometimes built from the row's given name."""
    return [v.gamertag(g, f if f and g.rnd.random() < 0.3 else None) for f in firsts]


# -- English-named tables ----------------------------------------------------------------------------------------------


def gb_roster_payouts(g: Gen) -> Table:
    """A Dundee esports organisation's team rosters, stipends and prize payouts (snake case)."""
    teams = [
        "Thistle Valorant",
        "Thistle Rocket League",
        "Thistle League of Legends",
        "Thistle Academy (CS2)",
        "Thistle FC Pro Clubs",
        "Thistle Apex",
    ]
    rows = []
    for _ in range(g.rows):
        female = g.rnd.random() < 0.22
        a, b = v.person(g, "gb", female)
        born = g.birth(1996, 2009)
        minor = born.year >= 2008
        place = g.rnd.choice(v.GB_PLACES)
        rows.append(
            {
                "a": a,
                "b": b,
                "mid": v.given(g, "gb", female) if g.rnd.random() < 0.2 else None,
                "born": born,
                "place": place,
                "pc": f"{place[1]} {g.code('9AA')}",
                "mail": v.email_of(g, a, b, v.DOMAINS["gb"]),
                "parent": f"{v.given(g, 'gb', g.rnd.random() < 0.6)} {b}" if minor else None,
                "team": g.rnd.choice(teams),
            }
        )
    managers = v.staff(g, 4, "gb")
    sponsors = ["Tayside Tech Hub", "Dundee Gaming Cafe Ltd", "Grampian Energy Drinks", "V&A Dundee Youth Fund"]

    def note() -> str:
        return g.rnd.choice(
            [
                f"Prize share paid to parent {v.whole(g, 'gb')} as player under 18",
                "Invoice received late, paid in next cycle",
                f"Transfer fee split agreed with {v.given(g, 'gb')}'s previous org",
                "Self-employed, UTR on file",
                "Stipend paused during exam leave",
            ]
        )

    return Table(
        "thistle_esports.roster_prize_payouts",
        "en",
        "snake",
        [
            c("roster_entry_id", N, "BIGINT", g.keys(7_301), "decoy", KEY),
            c("payout_ref", N, "VARCHAR", g.col(lambda: v.utr_decoy(g)), "decoy", SHAPE),
            c("team_name", N, "VARCHAR", [r["team"] for r in rows], "decoy"),
            c("player_handle", UNCLASSIFIED, "VARCHAR", _handles(g, [r["a"] for r in rows]), USERNAME),
            c("player_first_name", "first_name", "VARCHAR", [r["a"] for r in rows]),
            c("player_middle_name", "first_name", "VARCHAR", [r["mid"] for r in rows], HEAVY),
            c("player_surname", "last_name", "VARCHAR", [r["b"] for r in rows]),
            c("player_dob_day", "date_of_birth", "INTEGER", [r["born"].day for r in rows], SPLIT_DOB),
            c("player_dob_month", "date_of_birth", "INTEGER", [r["born"].month for r in rows], SPLIT_DOB),
            c("player_dob_year", "date_of_birth", "INTEGER", [r["born"].year for r in rows], SPLIT_DOB),
            c("ni_number", "ssn", "VARCHAR", g.col(lambda: v.gb_nino(g), 0.1)),
            c("utr_number", "national_id", "VARCHAR", g.col(lambda: v.utr(g), 0.4)),
            c("mobile", "phone", "VARCHAR", g.phones("GB", {"national": 0.6, "e164": 0.25, "intl": 0.15})),
            c("email", "email", "VARCHAR", [r["mail"] for r in rows]),
            c("home_address", "street_address", "VARCHAR", g.col(lambda: v.street(g, v.GB_STREETS, "gb"))),
            c("home_town", "city", "VARCHAR", [r["place"][0] for r in rows]),
            c("home_postcode", "postal_code", "VARCHAR", [r["pc"] for r in rows]),
            c("parent_guardian_name", "person_name", "VARCHAR", [r["parent"] for r in rows], ROLE, HEAVY),
            c("contract_start", N, "DATE", g.col(lambda: g.weekday("2023-01-09", "2025-09-29")), "decoy"),
            c("monthly_stipend_gbp", N, "DOUBLE", g.amounts(150, 2_400, 0.2), "decoy"),
            c("prize_share_gbp", N, "DOUBLE", g.amounts(25, 6_500, 0.35), "decoy"),
            c("payout_sort_code", N, "VARCHAR", g.col(lambda: f"{g.rnd.choice(['80', '83', '82'])}-{g.digits(2)}-"
                                                       f"{g.digits(2)}", 0.1), "decoy"),
            c("payout_account_no", UNCLASSIFIED, "VARCHAR", g.col(lambda: g.digits(8), 0.1), BANK),
            c("team_manager", "person_name", "VARCHAR", g.col(g.pick(managers)), STAFF),
            c("sponsor", N, "VARCHAR", g.col(g.pick(sponsors), 0.3), "business"),
            c("misc_1", "free_text", "VARCHAR", _custom(g, "GB", "gb"), CUSTOM),
            c("payout_notes", "free_text", "VARCHAR", g.sparse(note, 0.8, _words("nil", "n/a")), NULLWORD),
        ],
    )


def ca_creator_payouts(g: Gen) -> Table:
    """A Vancouver live-streaming platform's creators' payout profiles and tax forms (camel case)."""
    rows = []
    for _ in range(g.rows):
        female = g.rnd.random() < 0.4
        a, b = v.person(g, "ca", female)
        place = g.rnd.choice(v.CA_PLACES)
        rows.append(
            {
                "a": a,
                "b": b,
                "born": g.birth(1978, 2006),
                "place": place,
                "pc": f"{place[1]} {g.code('9A9')}",
                "mail": v.email_of(g, a, b, v.DOMAINS["ca"]),
                "inc": g.rnd.random() < 0.3,
            }
        )
    managers = v.staff(g, 5, "ca")

    def note() -> str:
        return g.rnd.choice(
            [
                f"Payout redirected to spouse {v.whole(g, 'ca')} per signed consent",
                "T4A reissued with corrected SIN",
                "Non-resident, NR4 withholding 25%",
                f"Creator's accountant {v.whole(g, 'ca')} asked for 2024 statements",
                "Held: bank account name mismatch",
            ]
        )

    return Table(
        "pinecone_live.creatorPayoutProfiles",
        "en",
        "camel",
        [
            c("payoutProfileId", N, "BIGINT", g.keys(410_001), "decoy", KEY),
            c("channelHandle", UNCLASSIFIED, "VARCHAR", _handles(g, [r["a"] for r in rows]), USERNAME),
            c("legalFirstName", "first_name", "VARCHAR", [r["a"] for r in rows]),
            c("legalLastName", "last_name", "VARCHAR", [r["b"] for r in rows]),
            c("dateOfBirth", "date_of_birth", "VARCHAR", [r["born"].isoformat() for r in rows]),
            c("sin", "ssn", "VARCHAR", g.col(lambda: v.sin(g), 0.12)),
            c("businessNumber", N, "VARCHAR", [v.ca_bn(g) if r["inc"] else None for r in rows], "business", CHECK),
            c(
                "taxFormType",
                N,
                "VARCHAR",
                [g.rnd.choice(["T4A", "T4A", "T4A", "NR4", "T5018"]) for _ in rows],
                "decoy",
            ),
            c("mobilePhone", "phone", "VARCHAR", g.phones("CA", {"national": 0.5, "dashes": 0.3, "e164": 0.2})),
            c("payoutEmail", "email", "VARCHAR", [r["mail"] for r in rows]),
            c("mailingStreet", "street_address", "VARCHAR", g.col(lambda: v.street(g, v.CA_STREETS, "ca"))),
            c(
                "mailingUnit",
                "street_address",
                "VARCHAR",
                g.col(lambda: g.rnd.choice(["Unit ", "Suite ", "#"]) + str(g.rnd.randint(101, 3_905)), 0.76),
                SPLIT_ADDR,
                HEAVY,
            ),
            c("mailingCity", "city", "VARCHAR", [r["place"][0] for r in rows]),
            c("province", N, "VARCHAR", [r["place"][2] for r in rows], "decoy"),
            c("postalCode", "postal_code", "VARCHAR", [r["pc"] for r in rows]),
            c(
                "institutionNumber",
                N,
                "VARCHAR",
                g.col(g.pick(["001", "002", "003", "004", "006", "010", "016", "809", "828"]), 0.15),
                "decoy",
            ),
            c("transitNumber", N, "VARCHAR", g.col(lambda: g.digits(5), 0.15), "decoy"),
            c("accountNumber", UNCLASSIFIED, "VARCHAR", g.col(lambda: g.digits(g.rnd.choice([7, 9, 12])), 0.15), BANK),
            c(
                "payoutMethod",
                N,
                "VARCHAR",
                g.col(g.pick(["DIRECT_DEPOSIT", "DIRECT_DEPOSIT", "INTERAC", "PAYPAL", "WIRE"])),
                "decoy",
            ),
            c("lifetimeEarningsCad", N, "DOUBLE", g.amounts(12, 148_000), "decoy"),
            c("lastPayoutAt", N, "TIMESTAMP", g.moments("2025-01-15", "2025-11-15", 0.05), "decoy"),
            c("statementRef", N, "VARCHAR", g.col(lambda: v.sin_decoy(g)), "decoy", SHAPE),
            c("partnerManager", "person_name", "VARCHAR", g.col(g.pick(managers), 0.3), STAFF),
            c("lastLoginIp", "ip_address", "VARCHAR", g.col(g.ip, 0.05)),
            c(
                "customField2",
                N,
                "VARCHAR",
                _codes(g, ["PARTNER", "AFFILIATE", "GST-REG", "QC-RES", "EARLY-PAY"], 0.4),
                "decoy",
                PLAIN,
            ),
            c("complianceNotes", "free_text", "VARCHAR", g.sparse(note, 0.8, _words("nil", "N/A")), NULLWORD),
        ],
    )


def au_moderation(g: Gen) -> Table:
    """A Melbourne game platform's moderation reports, bans and appeals (Pascal case)."""
    managers = v.staff(g, 6, "au")
    seniors = v.staff(g, 2, "au")
    rows = []
    for _ in range(g.rows):
        appeal = g.rnd.random() < 0.17
        female = g.rnd.random() < 0.3
        a, b = v.person(g, "au", female)
        rows.append(
            {
                "rep": v.gamertag(g),
                "rep_mail": v.email_of(g, *v.person(g, "au"), v.DOMAINS["au"]),
                "bad": v.gamertag(g, a),
                "bad_mail": v.email_of(g, a, b, v.DOMAINS["au"]),
                "appeal": f"{a} {b}" if appeal else None,
                "ap_ph": g.phone("AU", g.rnd.choice(["national", "e164"])) if appeal and g.rnd.random() < 0.9 else None,
                "ap_dob": g.birth(1985, 2011) if appeal and g.rnd.random() < 0.85 else None,
            }
        )

    def excerpt() -> str:
        return g.rnd.choice(
            [
                f"ur trash {g.rnd.choice(['lol', 'uninstall', 'go back to bronze'])}",
                f"add me on snap {v.gamertag(g).lower()}",
                f"i know where u live {v.given(g, 'au')}",
                f"text me {g.phone('AU', 'national')} for cheap skins",
                "gg ez noobs",
                f"{v.whole(g, 'au')} is a scammer dont trade with him",
                "selling aimbot dm me",
            ]
        )

    def note() -> str:
        return g.rnd.choice(
            [
                f"Alt account of banned user, same device as {v.gamertag(g)}",
                "Escalated to eSafety referral",
                f"Parent {v.whole(g, 'au')} called about the ban",
                "Clip reviewed, no violation",
                "Repeat offender, third strike",
            ]
        )

    return Table(
        "Wombatgg.ModerationReports",
        "en",
        "pascal",
        [
            c("ReportId", N, "BIGINT", g.keys(2_880_001), "decoy", KEY),
            c("CaseNumber", N, "VARCHAR", g.col(lambda: f"MOD-25-{g.digits(6)}"), "decoy", SHAPE),
            c("ReportedAt", N, "TIMESTAMP", g.moments("2025-02-01", "2025-11-30"), "decoy"),
            c("ReporterGamertag", UNCLASSIFIED, "VARCHAR", [r["rep"] for r in rows], USERNAME),
            c("ReporterEmail", "email", "VARCHAR", [r["rep_mail"] if g.rnd.random() < 0.7 else None for r in rows]),
            c("ReportedGamertag", UNCLASSIFIED, "VARCHAR", [r["bad"] for r in rows], USERNAME),
            c("ReportedEmail", "email", "VARCHAR", [r["bad_mail"] for r in rows]),
            c("ReportedIp", "ip_address", "VARCHAR", g.col(g.ip, 0.1)),
            c("ReportedDeviceHash", N, "VARCHAR", g.col(g.sha256), "decoy", SHAPE),
            c(
                "Category",
                N,
                "VARCHAR",
                g.col(g.pick(["Harassment", "Cheating", "Hate speech", "Scam", "Toxic voice chat", "Griefing"])),
                "decoy",
            ),
            c("ChatExcerpt", "free_text", "VARCHAR", g.col(excerpt, 0.35)),
            c("EvidenceClipId", N, "VARCHAR", g.col(g.uuid, 0.4), "decoy", SHAPE),
            c(
                "ActionTaken",
                N,
                "VARCHAR",
                g.col(g.pick(["Warning", "24h mute", "7 day ban", "Permanent ban", "No action", "No action"])),
                "decoy",
            ),
            c("BanUntil", N, "DATE", g.days("2025-02-02", "2026-06-30", 0.5), "decoy"),
            c("Moderator", "person_name", "VARCHAR", g.col(g.pick(managers)), STAFF),
            c("ReviewedBySenior", "person_name", "VARCHAR", g.col(g.pick(seniors), 0.55), STAFF),
            c("AppealFullName", "person_name", "VARCHAR", [r["appeal"] for r in rows], ROLE, HEAVY),
            c("AppealPhone", "phone", "VARCHAR", [r["ap_ph"] for r in rows], HEAVY),
            c("AppealDateOfBirth", "date_of_birth", "DATE", [r["ap_dob"] for r in rows], HEAVY),
            c("ServerRegion", N, "VARCHAR", g.col(g.pick(["OCE", "OCE", "OCE", "SEA", "NA-W"])), "decoy"),
            c("MatchId", N, "VARCHAR", g.col(lambda: g.code("xxxxxxxx-xxxx"), 0.3), "decoy", SHAPE),
            c("Udf3", "free_text", "VARCHAR", _custom(g, "AU", "au"), CUSTOM),
            c("ModeratorNotes", "free_text", "VARCHAR", g.sparse(note, 0.8, _words("nil", "n/a")), NULLWORD),
        ],
    )


def nz_lan_registrations(g: Gen) -> Table:
    """A Wellington LAN party's tournament registrations with guardians for under-18 players (abbreviated)."""
    rows = []
    for _ in range(g.rows):
        female = g.rnd.random() < 0.25
        a, b = v.person(g, "nz", female)
        born = g.birth(1990, 2012)
        minor = born.year >= 2008
        winner = g.rnd.random() < 0.15
        rows.append(
            {
                "a": a,
                "b": b,
                "born": born,
                "age": 2025 - born.year,
                "mail": v.email_of(g, a, b, v.DOMAINS["nz"]),
                "place": g.rnd.choice(v.NZ_PLACES),
                "gdn": f"{v.given(g, 'nz', g.rnd.random() < 0.6)} {b if g.rnd.random() < 0.7 else v.person(g, 'nz')[1]}"
                if minor
                else None,
                "gdn_ph": g.phone("NZ", "national") if minor and g.rnd.random() < 0.95 else None,
                "ird": v.ird(g) if winner and g.rnd.random() < 0.9 else None,
                "bank": v.nz_bank_account(g) if winner else None,
            }
        )
    admins = v.staff(g, 3, "nz")
    logins = sorted({f"{v.latin(v.given(g, 'nz'))}.{v.latin(v.person(g, 'nz')[1])[:1]}" for _ in range(6)})

    def note() -> str:
        return g.rnd.choice(
            [
                f"Dad ({v.given(g, 'nz', False)}) picking up at 10pm",
                "Brings own PC, power board checked",
                f"Swapped seat with {v.whole(g, 'nz')}",
                "Vegetarian pizza",
                "Paid cash at door",
            ]
        )

    return Table(
        "welly_lan_ops.trn_plr_reg",
        "en",
        "abbrev",
        [
            c("reg_id", N, "BIGINT", g.keys(90_001), "decoy", KEY),
            c(
                "trn_cd",
                N,
                "VARCHAR",
                g.col(g.pick(["WLAN25-RL", "WLAN25-VAL", "WLAN25-CS2", "WLAN25-SSBU", "WLAN25-LOL"])),
                "decoy",
                ABBREV,
            ),
            c("plr_fnm", "first_name", "VARCHAR", [r["a"] for r in rows], ABBREV),
            c("plr_lnm", "last_name", "VARCHAR", [r["b"] for r in rows], ABBREV),
            c("plr_hndl", UNCLASSIFIED, "VARCHAR", _handles(g, [r["a"] for r in rows]), USERNAME, ABBREV),
            c("plr_dob", "date_of_birth", "VARCHAR", [v.dmy(r["born"]) for r in rows], ABBREV),
            c("plr_age", N, "INTEGER", [r["age"] for r in rows], "decoy", ABBREV),
            c("ctc_ph", "phone", "VARCHAR", g.phones("NZ", {"national": 0.7, "e164": 0.3}), ABBREV),
            c("ctc_eml", "email", "VARCHAR", [r["mail"] for r in rows], ABBREV),
            c("addr_ln1", "street_address", "VARCHAR", g.col(lambda: v.street(g, v.NZ_STREETS, "nz"), 0.1), ABBREV),
            c("addr_sub", "city", "VARCHAR", [r["place"][0] for r in rows], LOCALITY, ABBREV),
            c("addr_pcd", "postal_code", "VARCHAR", [r["place"][1] for r in rows], ABBREV),
            c("gdn_nm", "person_name", "VARCHAR", [r["gdn"] for r in rows], ROLE, ABBREV, HEAVY),
            c("gdn_ph", "phone", "VARCHAR", [r["gdn_ph"] for r in rows], ROLE, ABBREV, HEAVY),
            c("team_nm", N, "VARCHAR", g.col(g.pick(["Kiwi Rage", "Te Aro Tilt", "Southerly Buster", "Hutt Hooligans",
                                                      "Windy Welly Esports", "Cuba St Clutch"]), 0.2), "decoy", ABBREV),
            c("seat_no", N, "VARCHAR", g.col(lambda: f"{g.rnd.choice('ABCDEF')}-{g.rnd.randint(1, 48):02d}"), "decoy"),
            c("ent_fee_nzd", N, "DOUBLE", g.col(g.pick([25.0, 25.0, 40.0, 60.0, 0.0])), "decoy", ABBREV),
            c("pay_ref", N, "VARCHAR", g.col(lambda: v.ird_decoy(g)), "decoy", SHAPE, ABBREV),
            c("prz_ird", "national_id", "VARCHAR", [r["ird"] for r in rows], ABBREV, HEAVY),
            c("prz_bank_acct", UNCLASSIFIED, "VARCHAR", [r["bank"] for r in rows], BANK, ABBREV, HEAVY),
            c("ec_nm", "person_name", "VARCHAR", g.col(lambda: v.whole(g, "nz"), 0.25), ROLE, ABBREV),
            c("ec_ph", "phone", "VARCHAR", g.phones("NZ", {"national": 1.0}, 1.0, 0.27), ROLE, ABBREV),
            c("chk_in_by", "person_name", "VARCHAR", g.col(g.pick(admins), 0.1), STAFF, ABBREV),
            c("lst_upd_by", UNCLASSIFIED, "VARCHAR", g.col(g.pick(logins)), USERNAME, ABBREV),
            c("rmks", "free_text", "VARCHAR", g.sparse(note, 0.8, _words("nil", "Nil")), NULLWORD, ABBREV),
        ],
    )


def us_chargebacks_cobol(g: Gen) -> Table:
    """A Columbus payment processor's chargeback extract for game-credit and fan-shop merchants, a COBOL file."""
    merchants = [
        ("PIXELFORGE GAMES LLC", g.phone("US", "digits", False)),
        ("BUCKEYE ESPORTS SHOP", g.phone("US", "digits", False)),
        ("GLOWSTICK STREAM COINS", g.phone("US", "digits", False)),
        ("SCIOTO ARCADE BAR", g.phone("US", "digits", False)),
        ("HIGHBALL GG MERCH", g.phone("US", "digits", False)),
    ]
    merch = [g.rnd.randrange(len(merchants)) for _ in range(g.rows)]
    rows = []
    for _ in range(g.rows):
        female = g.rnd.random() < 0.45
        a, b = v.person(g, "us", female)
        number = v.card(g, False)
        rows.append(
            {
                "a": a,
                "b": b,
                "card": number,
                "place": g.rnd.choice(v.US_PLACES),
                "dob": g.birth(1960, 2006) if g.rnd.random() < 0.8 else None,
                "txn": g.day("2025-01-02", "2025-10-31"),
            }
        )
    analysts = [s.upper() for s in v.staff(g, 4, "us")]
    return Table(
        "CBKPROC.CHARGEBACK_EXTRACT",
        "en",
        "cobol",
        [
            c("CB-CASE-NO", N, "VARCHAR", [f"{n:09d}" for n in g.keys(40_117_001, 7)], "decoy", KEY, LEGACY),
            c("CB-ORDER-NO", N, "VARCHAR", g.col(lambda: v.us_ssn_decoy(g)), "decoy", SHAPE, LEGACY),
            c("CB-ARN", N, "VARCHAR", g.col(lambda: v.arn(g)), "decoy", SHAPE, LEGACY),
            c("MERCH-NAME", N, "VARCHAR", _pad([merchants[i][0] for i in merch], 25), "business", LEGACY),
            c("MERCH-PHONE", N, "BIGINT", [int(merchants[i][1]) for i in merch], "business", LEGACY),
            c("CH-LAST-NM", "last_name", "VARCHAR", _pad([r["b"].upper() for r in rows], 20), LEGACY),
            c("CH-FIRST-NM", "first_name", "VARCHAR", _pad([r["a"].upper() for r in rows], 15), LEGACY),
            c("CH-MID-INIT", "first_name", "VARCHAR", _pad(g.col(lambda: g.code("A"), 0.35), 1), LEGACY),
            c("CH-CARD-NO", "credit_card", "VARCHAR", [r["card"] if g.rnd.random() < 0.9 else None for r in rows],
              LEGACY),
            c("CH-CARD-LAST4", N, "VARCHAR", [r["card"][-4:] for r in rows], "decoy", PARTIAL, LEGACY),
            c("CH-DOB", "date_of_birth", "INTEGER", [v.ymd_int(r["dob"]) for r in rows], LEGACY),
            c(
                "CH-PHONE",
                "phone",
                "BIGINT",
                [int(g.phone("US", "digits")) if g.rnd.random() < 0.88 else 0 for _ in rows],
                LEGACY,
            ),
            c(
                "CH-EMAIL",
                "email",
                "VARCHAR",
                _pad([v.email_of(g, r["a"], r["b"], v.DOMAINS["us"]).upper() for r in rows], 40),
                LEGACY,
            ),
            c("BILL-ADDR-1", "street_address", "VARCHAR", _pad(g.col(lambda: v.street(g, v.US_STREETS, "us")), 30),
              LEGACY),
            c("BILL-CITY", "city", "VARCHAR", _pad([r["place"][0] for r in rows], 18), LEGACY),
            c("BILL-ST", N, "VARCHAR", [r["place"][2] for r in rows], "decoy", LEGACY),
            c("BILL-ZIP", "postal_code", "INTEGER", [int(r["place"][1]) for r in rows], LEGACY),
            c("TXN-IP", "ip_address", "VARCHAR", _pad(g.col(lambda: g.ipv4(), 0.15), 15), LEGACY),
            c("TXN-DT", N, "INTEGER", [v.ymd_int(r["txn"]) for r in rows], "decoy", LEGACY),
            c("TXN-AMT", N, "DOUBLE", g.amounts(4.99, 349.99), "decoy", LEGACY),
            c(
                "CB-REASON-CD",
                N,
                "VARCHAR",
                _pad(g.col(g.pick(["10.4", "13.1", "13.2", "4837", "4853", "4863", "12.6.1"])), 6),
                "decoy",
                LEGACY,
            ),
            c("CB-STATUS", N, "VARCHAR", g.col(g.pick(["OPEN", "REPRSNT", "WON", "LOST", "ACCPT"])), "decoy", LEGACY),
            c("CB-ANALYST", "person_name", "VARCHAR", _pad(g.col(g.pick(analysts)), 20), STAFF, LEGACY),
            c("CB-USER-FLD-2", "free_text", "VARCHAR", _pad(_custom(g, "US", "us", 0.3, "digits"), 40), CUSTOM,
              LEGACY),
            c(
                "CB-USER-FLD-3",
                N,
                "VARCHAR",
                _pad(_codes(g, ["FRIENDLY", "KIDPURCH", "3DS-OK", "AVS-N", "RECUR"], 0.45), 8),
                "decoy",
                PLAIN,
                LEGACY,
            ),
        ],
    )


def th_tourney_staging(g: Gen) -> Table:
    """A Bangkok esports league's tournament registrations landed from its CRM as an opaque staging table."""
    rows = []
    for _ in range(g.rows):
        female = g.rnd.random() < 0.3
        a, b = v.person(g, "th", female)
        born = g.birth(1995, 2011)
        minor = born.year >= 2008
        rows.append(
            {
                "name": f"{a} {b}".upper() if g.rnd.random() < 0.4 else f"{a} {b}",
                "a": a,
                "b": b,
                "born": born,
                "place": g.rnd.choice(v.TH_PLACES),
                "gdn": f"{v.given(g, 'th', g.rnd.random() < 0.6)} {b}" if minor else None,
                "gdn_ph": g.phone("TH", "national") if minor and g.rnd.random() < 0.9 else None,
            }
        )
    execs = v.staff(g, 4, "th")
    return Table(
        "stg_bkk_esports.src_crm_tourney_raw",
        "en",
        "opaque",
        [
            c("col01", N, "VARCHAR", g.col(g.uuid), "decoy", KEY, OPAQUE),
            c("col02", "person_name", "VARCHAR", [r["name"] for r in rows], OPAQUE),
            c(
                "col03",
                "date_of_birth",
                "VARCHAR",
                [f"{r['born'].day:02d}/{r['born'].month:02d}/{r['born'].year + 543}" for r in rows],
                OPAQUE,
            ),
            c("col04", "national_id", "VARCHAR", g.col(lambda: v.th_pin(g), 0.1), OPAQUE),
            c("col05", "phone", "VARCHAR", g.phones("TH", {"national": 0.5, "e164": 0.3, "digits": 0.2}), OPAQUE),
            c("col06", "email", "VARCHAR", [v.email_of(g, r["a"], r["b"], v.DOMAINS["th"]) for r in rows], OPAQUE),
            c("col07", UNCLASSIFIED, "VARCHAR", _handles(g, [r["a"] for r in rows]), USERNAME, OPAQUE),
            c("col08", N, "VARCHAR", g.col(g.pick(["ROV", "ROV", "Valorant", "PUBG Mobile", "Free Fire", "FC 25"])),
              "decoy", OPAQUE),
            c("col09", N, "VARCHAR", g.col(g.pick(["Chao Phraya Kings", "Siam Tigers", "Lat Phrao Legion",
                                                    "Tuk Tuk Gaming", "Bang Na Ballers"]), 0.1), "decoy", OPAQUE),
            c("col10", "city", "VARCHAR", [r["place"][0] for r in rows], LOCALITY, OPAQUE),
            c("col11", "postal_code", "VARCHAR", [r["place"][1] for r in rows], OPAQUE),
            c("col12", "person_name", "VARCHAR", [r["gdn"] for r in rows], ROLE, OPAQUE, HEAVY),
            c("col13", "phone", "VARCHAR", [r["gdn_ph"] for r in rows], ROLE, OPAQUE, HEAVY),
            c("col14", N, "VARCHAR", g.col(lambda: v.th_pin_decoy(g)), "decoy", SHAPE, OPAQUE),
            c("col15", "ip_address", "VARCHAR", g.col(g.ip, 0.05), OPAQUE),
            c("col16", N, "TIMESTAMP", g.moments("2025-03-01", "2025-10-31", 0.0, 8, 23), "decoy", OPAQUE),
            c("col17", N, "DOUBLE", g.col(g.pick([0.0, 150.0, 300.0, 500.0])), "decoy", OPAQUE),
            c("col18", "free_text", "VARCHAR", _custom(g, "TH", "th", 0.3, "e164"), CUSTOM, OPAQUE),
            c("col19", "person_name", "VARCHAR", g.col(g.pick(execs)), STAFF, OPAQUE),
            c("col20", N, "VARCHAR", g.col(g.pick(["PAID", "PAID", "PENDING", "WAITLIST", "CANCELLED"])), "decoy",
              OPAQUE),
        ],
    )


def ie_parental_json(g: Gen) -> Table:
    """A Cork parental-controls app's family links exported as JSON and flattened to dotted keys."""
    rows = []
    for _ in range(g.rows):
        female = g.rnd.random() < 0.6
        a, b = v.person(g, "ie", female)
        boy = g.rnd.random() < 0.55
        kid = g.rnd.choice(v.IE_KIDS[0] if boy else v.IE_KIDS[1])
        place = g.rnd.choice(v.IE_PLACES)
        rows.append(
            {
                "a": a,
                "b": b,
                "born": g.birth(1972, 1994),
                "kid": kid,
                "kid_born": g.birth(2010, 2019),
                "place": place,
                "code": v.eircode(g, place[1]),
                "mail": v.email_of(g, a, b, v.DOMAINS["ie"]),
                "second": f"{v.given(g, 'ie', not female)} {b if g.rnd.random() < 0.6 else v.person(g, 'ie')[1]}"
                if g.rnd.random() < 0.2
                else None,
            }
        )
    agents = v.staff(g, 3, "ie", "first")

    def note() -> str:
        return g.rnd.choice(
            [
                f"Mum asked to add grandmother {v.whole(g, 'ie', True)} as approver",
                "Refund of in-app purchase approved",
                f"Child's school ({v.given(g, 'ie')}'s teacher) flagged chat use",
                "Screen time reset after timezone bug",
                "Second guardian removed after separation",
            ]
        )

    return Table(
        "famlink_cork.parental_controls_json",
        "en",
        "json",
        [
            c("link.id", N, "VARCHAR", g.col(g.uuid), "decoy", KEY),
            c("parent.name.first", "first_name", "VARCHAR", [r["a"] for r in rows], ROLE),
            c("parent.name.last", "last_name", "VARCHAR", [r["b"] for r in rows], ROLE),
            c("parent.email", "email", "VARCHAR", [r["mail"] for r in rows], ROLE),
            c("parent.mobile", "phone", "VARCHAR", g.phones("IE", {"national": 0.6, "e164": 0.4}), ROLE),
            c("parent.birth_date", "date_of_birth", "VARCHAR", [r["born"].isoformat() for r in rows], ROLE),
            c("parent.address.line1", "street_address", "VARCHAR", g.col(lambda: v.street(g, v.IE_STREETS, "ie"))),
            c("parent.address.town", "city", "VARCHAR", [r["place"][0] for r in rows]),
            c("parent.address.eircode", "postal_code", "VARCHAR", [r["code"] for r in rows]),
            c(
                "parent.verification.method",
                N,
                "VARCHAR",
                g.col(g.pick(["card_check", "card_check", "id_scan", "bank_app"])),
                "decoy",
            ),
            c("parent.verification.card_last4", N, "VARCHAR", g.col(lambda: g.digits(4), 0.4), "decoy", PARTIAL),
            c("child.first_name", "first_name", "VARCHAR", [r["kid"] for r in rows], MINOR),
            c("child.birth_date", "date_of_birth", "VARCHAR", [r["kid_born"].isoformat() for r in rows], MINOR),
            c("child.gamertag", UNCLASSIFIED, "VARCHAR", _handles(g, [r["kid"] for r in rows]), USERNAME, MINOR),
            c("child.account_ref", N, "VARCHAR", g.col(lambda: f"FL-{g.code('ZZZZ-ZZZZ')}"), "decoy", SHAPE),
            c("second_guardian.name", "person_name", "VARCHAR", [r["second"] for r in rows], ROLE, HEAVY),
            c("limits.daily_minutes", N, "INTEGER", g.col(g.pick([60, 90, 120, 120, 180]), 0.1), "decoy"),
            c("limits.monthly_spend_eur", N, "DOUBLE", g.col(g.pick([0.0, 5.0, 10.0, 20.0, 50.0]), 0.1), "decoy"),
            c("limits.chat_mode", N, "VARCHAR", g.col(g.pick(["friends_only", "off", "everyone", "friends_only"])),
              "decoy"),
            c("consent.ip", "ip_address", "VARCHAR", g.col(g.ip, 0.05)),
            c("consent.at", N, "TIMESTAMP", g.moments("2024-06-01", "2025-11-30"), "decoy"),
            c("device.os_version", N, "VARCHAR", g.col(lambda: g.version((14, 18))), "decoy"),
            c("device.id", N, "VARCHAR", g.col(g.md5), "decoy", SHAPE),
            c("meta.custom2", "free_text", "VARCHAR", _custom(g, "IE", "ie"), CUSTOM),
            c("support.agent", "first_name", "VARCHAR", g.col(g.pick(agents), 0.4), STAFF),
            c("notes.support", "free_text", "VARCHAR", g.sparse(note, 0.82, _words("None", "n/a")), NULLWORD),
        ],
    )


# -- tables named in other languages -----------------------------------------------------------------------------------


def de_kader_preisgelder(g: Gen) -> Table:
    """A Cologne esports club's squad contracts and prize money (German)."""
    rows = []
    for _ in range(g.rows):
        female = g.rnd.random() < 0.2
        a, b = v.person(g, "de", female)
        born = g.birth(1994, 2009)
        minor = born.year >= 2007
        place = g.rnd.choice(v.DE_PLACES)
        parent = f"{v.given(g, 'de', g.rnd.random() < 0.6)} {b}" if minor else None
        rows.append(
            {
                "a": a,
                "b": b,
                "born": born,
                "bp": g.rnd.choice(v.DE_BIRTHPLACES),
                "place": place,
                "mail": v.email_of(g, a, b, v.DOMAINS["de"]),
                "parent": parent,
                "parent_ph": g.phone("DE", "national") if minor and g.rnd.random() < 0.9 else None,
                "holder": (parent if minor else f"{a} {b}") if g.rnd.random() < 0.85 else None,
            }
        )
    manager = v.staff(g, 3, "de")
    sponsoren = ["RheinEnergie Gaming", "Kölsch Cola GmbH", "Domstadt PC-Bau", "Veedel Versicherungen AG"]

    def bem() -> str:
        return g.rnd.choice(
            [
                f"Preisgeld an Mutter {v.whole(g, 'de', True)} überwiesen (minderjährig)",
                "Vertrag verlängert bis Saisonende",
                f"Wechsel von {v.given(g, 'de')} zu anderem Verein angefragt",
                "Steuer-ID nachgereicht",
                "Reisekosten Prime League Finale erstattet",
            ]
        )

    return Table(
        "esports_koeln_ev.kader_preisgelder",
        "de",
        "snake",
        [
            c("kader_id", N, "BIGINT", g.keys(5_001), "decoy", KEY),
            c("vertragsnummer", N, "VARCHAR", g.col(lambda: v.de_idnr_decoy(g)), "decoy", SHAPE),
            c("spielername", UNCLASSIFIED, "VARCHAR", _handles(g, [r["a"] for r in rows]), USERNAME),
            c("vorname", "first_name", "VARCHAR", [r["a"] for r in rows]),
            c("nachname", "last_name", "VARCHAR", [r["b"] for r in rows]),
            c("geburtsdatum", "date_of_birth", "VARCHAR", [r["born"].strftime("%d.%m.%Y") for r in rows]),
            c("geburtsort", "city", "VARCHAR", [r["bp"] for r in rows]),
            c("steuer_id", "national_id", "VARCHAR", g.col(lambda: v.de_idnr(g), 0.1)),
            c("ausweisnummer", "national_id", "VARCHAR", g.col(lambda: v.de_ausweis(g), 0.3)),
            c("strasse_hausnummer", "street_address", "VARCHAR", g.col(lambda: v.street(g, v.DE_STREETS, "de"))),
            c("plz", "postal_code", "VARCHAR", [r["place"][1] for r in rows]),
            c("wohnort", "city", "VARCHAR", [r["place"][0] for r in rows]),
            c("handy", "phone", "VARCHAR", g.phones("DE", {"national": 0.6, "intl": 0.25, "e164": 0.15})),
            c("email", "email", "VARCHAR", [r["mail"] for r in rows]),
            c("erziehungsberechtigter", "person_name", "VARCHAR", [r["parent"] for r in rows], ROLE, HEAVY),
            c("erziehungsberechtigter_telefon", "phone", "VARCHAR", [r["parent_ph"] for r in rows], ROLE, HEAVY),
            c(
                "team",
                N,
                "VARCHAR",
                g.col(g.pick(["LoL Prime League 1. Div.", "Valorant Academy", "EA FC Pro", "Rocket League", "CS2"])),
                "decoy",
            ),
            c("vertragsbeginn", N, "DATE", g.col(lambda: g.weekday("2022-07-01", "2025-09-30")), "decoy"),
            c("preisgeld_eur", N, "DOUBLE", g.amounts(50, 12_000, 0.3), "decoy"),
            c("iban", "iban", "VARCHAR", g.col(lambda: v.spaced(v.de_iban(g)) if g.rnd.random() < 0.5 else v.de_iban(g),
                                              0.1)),
            c("kontoinhaber", "person_name", "VARCHAR", [r["holder"] for r in rows], ROLE),
            c("sponsor", N, "VARCHAR", g.col(g.pick(sponsoren), 0.3), "business"),
            c("teammanager", "person_name", "VARCHAR", g.col(g.pick(manager)), STAFF),
            c("zusatzfeld_2", "free_text", "VARCHAR", _custom(g, "DE", "de"), CUSTOM),
            c("bemerkungen", "free_text", "VARCHAR", g.sparse(bem, 0.8, _words("keine", "k.A.")), NULLWORD),
        ],
    )


def fr_streamers_fiscal(g: Gen) -> Table:
    """A Nantes live-streaming platform's streamers' payouts and tax forms (French)."""
    rows = []
    for _ in range(g.rows):
        female = g.rnd.random() < 0.4
        a, b = v.person(g, "fr", female)
        born = g.birth(1975, 2006)
        bp = g.rnd.choice(v.FR_BIRTHPLACES)
        rows.append(
            {
                "civ": "Mme" if female else "M.",
                "a": a,
                "b": b,
                "birth_name": v.person(g, "fr")[1] if female and g.rnd.random() < 0.4 else None,
                "born": born,
                "bp": bp[0],
                "nir": v.fr_nir(g, born, female, bp[1], bp[2]) if g.rnd.random() < 0.85 else None,
                "place": g.rnd.choice(v.FR_PLACES),
                "mail": v.email_of(g, a, b, v.DOMAINS["fr"]),
                "holder": f"{a} {b}" if g.rnd.random() < 0.8 else f"{v.given(g, 'fr')} {b}",
                "micro": g.rnd.random() < 0.55,
            }
        )
    charges = v.staff(g, 3, "fr")

    def comm() -> str:
        return g.rnd.choice(
            [
                f"Versement sur le compte de la compagne {v.whole(g, 'fr', True)}, mandat signé",
                "Attestation de vigilance URSSAF reçue",
                f"Relance envoyée à {v.given(g, 'fr')} pour le RIB",
                "Seuil micro-BNC dépassé en 2024",
                "Retenue à la source non applicable",
            ]
        )

    return Table(
        "plateforme_live_nantes.streamers_versements",
        "fr",
        "snake",
        [
            c("id_streamer", N, "BIGINT", g.keys(30_001), "decoy", KEY),
            c("numero_bordereau", N, "VARCHAR", g.col(lambda: v.fr_nif_decoy(g)), "decoy", SHAPE),
            c("pseudo", UNCLASSIFIED, "VARCHAR", _handles(g, [r["a"] for r in rows]), USERNAME),
            c("civilite", N, "VARCHAR", [r["civ"] for r in rows], "decoy"),
            c("prenom", "first_name", "VARCHAR", [r["a"] for r in rows]),
            c("nom_usage", "last_name", "VARCHAR", [r["b"] for r in rows]),
            c("nom_naissance", "last_name", "VARCHAR", [r["birth_name"] for r in rows], HEAVY),
            c("date_naissance", "date_of_birth", "VARCHAR", [v.dmy(r["born"]) for r in rows]),
            c("commune_naissance", "city", "VARCHAR", [r["bp"] for r in rows]),
            c("nir", "ssn", "VARCHAR", [r["nir"] for r in rows]),
            c("numero_fiscal", "national_id", "VARCHAR", g.col(lambda: v.fr_nif(g), 0.2)),
            c(
                "siret_micro_entreprise",
                N,
                "VARCHAR",
                [v.fr_siret(g) if r["micro"] else None for r in rows],
                "business",
                CHECK,
            ),
            c("adresse", "street_address", "VARCHAR", g.col(lambda: v.street(g, v.FR_STREETS, "fr"))),
            c("code_postal", "postal_code", "VARCHAR", [r["place"][1] for r in rows]),
            c("ville", "city", "VARCHAR", [r["place"][0] for r in rows]),
            c("telephone", "phone", "VARCHAR", g.phones("FR", {"national": 0.7, "intl": 0.2, "e164": 0.1}, 0.9)),
            c("email", "email", "VARCHAR", [r["mail"] for r in rows]),
            c("iban_versement", "iban", "VARCHAR", g.col(lambda: v.spaced(v.fr_rib_iban(g)), 0.1)),
            c("titulaire_compte", "person_name", "VARCHAR", [r["holder"] if g.rnd.random() < 0.75 else None
                                                             for r in rows], ROLE),
            c(
                "regime_fiscal",
                N,
                "VARCHAR",
                [("micro-BNC" if r["micro"] else g.rnd.choice(["salarié (DAS2)", "non déclaré", "société (IS)"]))
                 for r in rows],
                "decoy",
            ),
            c("montant_verse_eur", N, "DOUBLE", g.amounts(20, 9_500), "decoy"),
            c("date_versement", N, "DATE", g.days("2025-01-05", "2025-11-05"), "decoy"),
            c("charge_de_compte", "person_name", "VARCHAR", g.col(g.pick(charges)), STAFF),
            c(
                "champ_libre_2",
                N,
                "VARCHAR",
                _codes(g, ["PARTENAIRE", "AFFILIE", "TVA-FR", "DAS2", "BLOQUE"], 0.45),
                "decoy",
                PLAIN,
            ),
            c("commentaires", "free_text", "VARCHAR", g.sparse(comm, 0.8, _words("néant", "RAS")), NULLWORD),
        ],
    )


def br_pedidos_loja(g: Gen) -> Table:
    """A Recife esports team's official fan-shop orders (Brazilian Portuguese)."""
    rows = []
    for _ in range(g.rows):
        female = g.rnd.random() < 0.4
        a, b = v.person(g, "br", female)
        place = g.rnd.choice(v.BR_PLACES)
        rows.append(
            {
                "name": f"{a} {b}",
                "a": a,
                "b": b,
                "born": g.birth(1970, 2010) if g.rnd.random() < 0.7 else None,
                "place": place,
                "cep": f"{place[3]}-{g.digits(3)}",
                "gift": v.whole(g, "br") if g.rnd.random() < 0.12 else None,
            }
        )
    carriers = [("Correios", v.cnpj(g)), ("Jadlog", v.cnpj(g)), ("Loggi", v.cnpj(g)), ("Total Express", v.cnpj(g))]
    car = [g.rnd.randrange(len(carriers)) for _ in range(g.rows)]
    atendentes = v.staff(g, 4, "br")
    produtos = [
        ("CAMISA-OF-25", "Camisa oficial 2025"),
        ("CAMISA-OF-25-INF", "Camisa oficial 2025 infantil"),
        ("MOLETOM-PRETO", "Moletom preto Mangue Gaming"),
        ("BONE-ABA-RETA", "Boné aba reta"),
        ("MOUSEPAD-XL", "Mousepad XL edição Recife"),
        ("CANECA-700", "Caneca 700 ml"),
    ]
    prod = [g.rnd.randrange(len(produtos)) for _ in range(g.rows)]

    def obs() -> str:
        return g.rnd.choice(
            [
                f"Entregar na portaria, falar com {v.given(g, 'br')}",
                "Cliente pediu troca de tamanho",
                f"Presente para {v.whole(g, 'br')}, não enviar nota fiscal na caixa",
                "Pagamento via Pix confirmado",
                "Extravio, reenviado",
            ]
        )

    return Table(
        "lojafan_recife.pedidos_loja_oficial",
        "pt",
        "snake",
        [
            c("id_pedido", N, "BIGINT", g.keys(1_250_001), "decoy", KEY),
            c("numero_pedido", N, "VARCHAR", g.col(lambda: v.cpf_decoy(g)), "decoy", SHAPE),
            c("data_pedido", N, "TIMESTAMP", g.moments("2025-01-01", "2025-11-30"), "decoy"),
            c("nome_completo", "person_name", "VARCHAR", [r["name"] for r in rows]),
            c("cpf", "national_id", "VARCHAR", g.col(lambda: v.cpf(g), 0.05)),
            c("data_nascimento", "date_of_birth", "DATE", [r["born"] for r in rows]),
            c("celular", "phone", "VARCHAR", g.phones("BR", {"national": 0.7, "e164": 0.3})),
            c("email", "email", "VARCHAR", [v.email_of(g, r["a"], r["b"], v.DOMAINS["br"]) for r in rows]),
            c("cep", "postal_code", "VARCHAR", [r["cep"] for r in rows]),
            c("logradouro", "street_address", "VARCHAR", g.col(g.pick(v.BR_STREETS))),
            c("numero", "street_address", "VARCHAR", g.col(lambda: str(g.rnd.randint(1, 3_200))), SPLIT_ADDR),
            c(
                "complemento",
                "street_address",
                "VARCHAR",
                g.col(lambda: f"{g.rnd.choice(['Apto', 'Ap.', 'Bloco B apto'])} {g.rnd.randint(101, 2_204)}", 0.75),
                SPLIT_ADDR,
                HEAVY,
            ),
            c("bairro", "city", "VARCHAR", [r["place"][0] for r in rows], LOCALITY),
            c("cidade", "city", "VARCHAR", [r["place"][1] for r in rows]),
            c("uf", N, "VARCHAR", [r["place"][2] for r in rows], "decoy"),
            c("sku", N, "VARCHAR", [f"{produtos[i][0]}-{g.rnd.choice(['P', 'M', 'G', 'GG', 'U'])}" for i in prod],
              "decoy", SHAPE),
            c("produto", N, "VARCHAR", [produtos[i][1] for i in prod], "decoy"),
            c("valor_total", N, "DOUBLE", g.amounts(39.9, 459.9), "decoy"),
            c("cartao_final", N, "VARCHAR", g.col(lambda: g.digits(4), 0.35), "decoy", PARTIAL),
            c("codigo_rastreio", N, "VARCHAR", g.col(lambda: v.s10_tracking(g), 0.1), "decoy", SHAPE),
            c("transportadora", N, "VARCHAR", [carriers[i][0] for i in car], "business"),
            c("cnpj_transportadora", N, "VARCHAR", [carriers[i][1] for i in car], "business", CHECK),
            c("destinatario_presente", "person_name", "VARCHAR", [r["gift"] for r in rows], ROLE, HEAVY),
            c("atendente", "person_name", "VARCHAR", g.col(g.pick(atendentes), 0.3), STAFF),
            c("campo_extra_2", "free_text", "VARCHAR", _custom(g, "BR", "br"), CUSTOM),
            c(
                "observacoes",
                "free_text",
                "VARCHAR",
                g.sparse(obs, 0.8, _words("nenhuma", "sem observações")),
                NULLWORD,
            ),
        ],
    )


def nl_speleraccounts(g: Gen) -> Table:
    """A Groningen gaming platform's player accounts with age checks (Dutch, Pascal case)."""
    rows = []
    for _ in range(g.rows):
        female = g.rnd.random() < 0.35
        a, last = v.person(g, "nl", female)
        prefix, _, b = last.rpartition(" ")
        born = g.birth(1980, 2012)
        minor = born.year >= 2008
        place = g.rnd.choice(v.NL_PLACES)
        parent = v.person(g, "nl", g.rnd.random() < 0.6)
        rows.append(
            {
                "a": a,
                "prefix": prefix or None,
                "b": b,
                "born": born,
                "place": place,
                "pc": f"{place[1]} {g.code('AA')}",
                "mail": v.email_of(g, a, b, v.DOMAINS["nl"]),
                "parent": f"{parent[0]} {parent[1]}" if minor else None,
                "parent_mail": v.email_of(g, *parent, v.DOMAINS["nl"]) if minor and g.rnd.random() < 0.9 else None,
                "method": g.rnd.choice(["iDIN", "iDIN", "ID-scan", "ouderlijke toestemming"]) if minor
                else g.rnd.choice(["iDIN", "iDIN", "ID-scan", "creditcard"]),
            }
        )
    medewerkers = v.staff(g, 4, "nl")

    def opm() -> str:
        return g.rnd.choice(
            [
                f"Moeder {v.whole(g, 'nl', True)} belde over aankopen zoon",
                "Leeftijdscontrole mislukt, opnieuw via iDIN",
                f"Account samengevoegd met dat van {v.given(g, 'nl')}",
                "Restitutie verwerkt",
                "Tijdelijk geblokkeerd i.v.m. chargeback",
            ]
        )

    return Table(
        "spelplatform_groningen.SpelerAccounts",
        "nl",
        "pascal",
        [
            c("AccountId", N, "BIGINT", g.keys(600_001), "decoy", KEY),
            c("KlantNummer", N, "VARCHAR", g.col(lambda: v.bsn_decoy(g)), "decoy", SHAPE),
            c("Gebruikersnaam", UNCLASSIFIED, "VARCHAR", _handles(g, [r["a"] for r in rows]), USERNAME),
            c("Voornaam", "first_name", "VARCHAR", [r["a"] for r in rows]),
            c("Tussenvoegsel", "last_name", "VARCHAR", [r["prefix"] for r in rows], HEAVY),
            c("Achternaam", "last_name", "VARCHAR", [r["b"] for r in rows]),
            c("Geboortedatum", "date_of_birth", "VARCHAR", [v.dmy(r["born"], "-") for r in rows]),
            c("Bsn", "national_id", "VARCHAR", g.col(lambda: v.bsn(g), 0.4)),
            c("DocumentNummer", "national_id", "VARCHAR", g.col(lambda: v.nl_document(g), 0.35), MULTI_DOC),
            c("LeeftijdsVerificatie", N, "VARCHAR", [r["method"] for r in rows], "decoy"),
            c("Straat", "street_address", "VARCHAR", g.col(g.pick(v.NL_STREETS))),
            c(
                "Huisnummer",
                "street_address",
                "VARCHAR",
                g.col(lambda: str(g.rnd.randint(1, 260)) + g.rnd.choice(["", "", "", "a", "-2", " bis"])),
                SPLIT_ADDR,
            ),
            c("Postcode", "postal_code", "VARCHAR", [r["pc"] for r in rows]),
            c("Woonplaats", "city", "VARCHAR", [r["place"][0] for r in rows]),
            c("Mobiel", "phone", "VARCHAR", g.phones("NL", {"national": 0.6, "e164": 0.4})),
            c("Email", "email", "VARCHAR", [r["mail"] for r in rows]),
            c("OuderVoogdNaam", "person_name", "VARCHAR", [r["parent"] for r in rows], ROLE, HEAVY),
            c("OuderVoogdEmail", "email", "VARCHAR", [r["parent_mail"] for r in rows], ROLE, HEAVY),
            c("RestitutieIban", "iban", "VARCHAR", g.col(lambda: v.nl_iban(g), 0.4)),
            c("Saldo", N, "DOUBLE", g.amounts(0, 250), "decoy"),
            c("RegistratieIp", "ip_address", "VARCHAR", g.col(g.ip, 0.05)),
            c("LaatsteLogin", N, "TIMESTAMP", g.moments("2025-06-01", "2025-11-30"), "decoy"),
            c("Medewerker", "person_name", "VARCHAR", g.col(g.pick(medewerkers), 0.4), STAFF),
            c("ExtraVeld2", "free_text", "VARCHAR", _custom(g, "NL", "nl"), CUSTOM),
            c("Opmerkingen", "free_text", "VARCHAR", g.sparse(opm, 0.8, _words("geen", "n.v.t.")), NULLWORD),
        ],
    )


def cz_registrace_turnaje(g: Gen) -> Table:
    """A Plzeň LAN tournament's registrations with legal guardians of minors (Czech)."""
    rows = []
    for _ in range(g.rows):
        female = g.rnd.random() < 0.25
        a, b = v.person(g, "cz", female)
        born = g.birth(1992, 2011)
        minor = born.year >= 2008
        gf = g.rnd.random() < 0.6
        cb = next((m, w) for m, w in v.CZ_FAMILY if b in (m, w))
        rows.append(
            {
                "a": a,
                "b": b,
                "born": born,
                "rc": v.rodne_cislo(g, born, female) if g.rnd.random() < 0.8 else None,
                "op": g.digits(9) if not minor and g.rnd.random() < 0.7 else None,
                "place": g.rnd.choice(v.CZ_PLACES),
                "mail": v.email_of(g, a, b, v.DOMAINS["cz"]),
                "gdn": f"{g.rnd.choice(v.CZ_GIVEN[1 if gf else 0])} {cb[1] if gf else cb[0]}" if minor else None,
                "gdn_ph": g.phone("CZ", "national") if minor and g.rnd.random() < 0.9 else None,
            }
        )
    sponzori = [
        ("Plzeňský herní klub z.s.", v.ico(g)),
        ("PC Servis Bory s.r.o.", v.ico(g)),
        ("Pivovarská energie a.s.", v.ico(g)),
        ("Západočeská univerzita v Plzni", v.ico(g)),
    ]
    sp = [g.rnd.randrange(len(sponzori)) if g.rnd.random() < 0.6 else None for _ in range(g.rows)]
    poradatele = v.staff(g, 3, "cz")
    haly = [
        ("Plzeň – Home Monitoring Aréna, salonek", 49.7392, 13.3597),
        ("Klatovy – Kulturní dům", 49.3955, 13.2951),
        ("Rokycany – Sportovní hala", 49.7432, 13.5960),
        ("Domažlice – Městské kulturní středisko", 49.4405, 12.9298),
    ]
    hala = [g.rnd.randrange(len(haly)) for _ in range(g.rows)]

    def pozn() -> str:
        return g.rnd.choice(
            [
                f"Souhlas zákonného zástupce podepsala {v.whole(g, 'cz', True)}",
                "Startovné zaplaceno na místě",
                f"Spoluhráč {v.given(g, 'cz', False)} dorazí až v sobotu",
                "Vlastní monitor, potřebuje prodlužku",
                "Diskvalifikace za nesportovní chování",
            ]
        )

    return Table(
        "lan_plzen.registrace_turnaje",
        "cs",
        "snake",
        [
            c("id_registrace", N, "BIGINT", g.keys(8_001), "decoy", KEY),
            c("variabilni_symbol", N, "VARCHAR", g.col(lambda: v.rodne_cislo_decoy(g)), "decoy", SHAPE),
            c("jmeno", "first_name", "VARCHAR", [r["a"] for r in rows]),
            c("prijmeni", "last_name", "VARCHAR", [r["b"] for r in rows]),
            c("prezdivka", UNCLASSIFIED, "VARCHAR", _handles(g, [r["a"] for r in rows]), USERNAME),
            c("rodne_cislo", "national_id", "VARCHAR", [r["rc"] for r in rows]),
            c(
                "datum_narozeni",
                "date_of_birth",
                "VARCHAR",
                [f"{r['born'].day}.{r['born'].month}.{r['born'].year}" for r in rows],
            ),
            c("cislo_op", "national_id", "VARCHAR", [r["op"] for r in rows]),
            c("telefon", "phone", "VARCHAR", g.phones("CZ", {"national": 0.6, "intl": 0.25, "e164": 0.15})),
            c("email", "email", "VARCHAR", [r["mail"] for r in rows]),
            c("ulice", "street_address", "VARCHAR", g.col(g.pick(v.CZ_STREETS))),
            c(
                "cislo_popisne",
                "street_address",
                "VARCHAR",
                g.col(lambda: f"{g.rnd.randint(1, 2_900)}/{g.rnd.randint(1, 120)}"),
                SPLIT_ADDR,
            ),
            c("obec", "city", "VARCHAR", [r["place"][0] for r in rows]),
            c("psc", "postal_code", "VARCHAR", [r["place"][1] for r in rows]),
            c("zakonny_zastupce", "person_name", "VARCHAR", [r["gdn"] for r in rows], ROLE, HEAVY),
            c("zastupce_telefon", "phone", "VARCHAR", [r["gdn_ph"] for r in rows], ROLE, HEAVY),
            c("tym", N, "VARCHAR", g.col(g.pick(["Plzeňští Draci", "Bory Bandits", "Doubravka Dynamo",
                                                  "Lochotín Legion", "Radbuza Rush"]), 0.15), "decoy"),
            c("hra", N, "VARCHAR", g.col(g.pick(["CS2", "League of Legends", "Valorant", "Rocket League"])), "decoy"),
            c("misto_kvalifikace", N, "VARCHAR", [haly[i][0] for i in hala], "business"),
            c(
                "gps_kvalifikace",
                N,
                "VARCHAR",
                [f"{haly[i][1] + g.rnd.uniform(-4e-4, 4e-4):.5f}, {haly[i][2] + g.rnd.uniform(-4e-4, 4e-4):.5f}"
                 for i in hala],
                "decoy",
                COORD,
            ),
            c("startovne_kc", N, "INTEGER", g.col(g.pick([0, 150, 250, 250, 400])), "decoy"),
            c("sponzor_tymu", N, "VARCHAR", [None if i is None else sponzori[i][0] for i in sp], "business"),
            c("ico_sponzora", N, "VARCHAR", [None if i is None else sponzori[i][1] for i in sp], "business", CHECK),
            c("poradatel", "person_name", "VARCHAR", g.col(g.pick(poradatele)), STAFF),
            c(
                "doplnkove_pole_2",
                N,
                "VARCHAR",
                _codes(g, ["VIP", "BYOC", "NOCLEH", "CATERING", "STREAM"], 0.45),
                "decoy",
                PLAIN,
            ),
            c("poznamka", "free_text", "VARCHAR", g.sparse(pozn, 0.8, _words("není", "nic")), NULLWORD),
        ],
    )


def ja_hogosha_kanri(g: Gen) -> Table:
    """A Sendai game company's parental controls for its under-age players (romanized Japanese column names, values
    in kanji and katakana)."""
    rows = []
    for _ in range(g.rows):
        female = g.rnd.random() < 0.6
        a, b = v.person(g, "ja", female)
        boy = g.rnd.random() < 0.55
        kid = g.rnd.choice(v.JA_KIDS[0] if boy else v.JA_KIDS[1])
        kid_born = g.birth(2009, 2018)
        rows.append(
            {
                "name": f"{b} {a}",
                "kana": f"{v.JA_READ[b][0]} {v.JA_READ[a][0]}",
                "born": g.birth(1970, 1992),
                "kid": kid,
                "kid_born": kid_born,
                "age": 2025 - kid_born.year,
                "mail": v.email_of(g, a, b, v.DOMAINS["ja"]),
                "place": g.rnd.choice(v.JA_PLACES),
            }
        )
    tantou = v.staff(g, 4, "ja", "last")

    def bikou() -> str:
        return g.rnd.choice(
            [
                f"祖母({v.whole(g, 'ja', True)})からの問い合わせあり",
                "課金上限を月3000円に変更",
                f"兄の{v.given(g, 'ja', False)}のアカウントと連携",
                "年齢確認書類を再提出",
                "深夜のプレイ制限を追加",
            ]
        )

    return Table(
        "sendai_game.hogosha_kanri",
        "ja",
        "romanized",
        [
            c("kanri_id", N, "BIGINT", g.keys(31_001), "decoy", KEY),
            c("uketsuke_bangou", N, "VARCHAR", g.col(lambda: v.my_number_decoy(g)), "decoy", SHAPE),
            c("hogosha_shimei", "person_name", "VARCHAR", [r["name"] for r in rows], ROLE),
            c("hogosha_kana", "person_name", "VARCHAR", [r["kana"] for r in rows], ROLE),
            c("hogosha_seinengappi", "date_of_birth", "VARCHAR", [v.wareki(r["born"]) for r in rows], ROLE),
            c("kodomo_namae", "first_name", "VARCHAR", [r["kid"] for r in rows], MINOR),
            c(
                "kodomo_seinengappi",
                "date_of_birth",
                "VARCHAR",
                [r["kid_born"].strftime("%Y/%m/%d") for r in rows],
                MINOR,
            ),
            c("kodomo_nenrei", N, "INTEGER", [r["age"] for r in rows], "decoy"),
            c("kodomo_user_id", UNCLASSIFIED, "VARCHAR", _handles(g, [r["kid"] for r in rows]), USERNAME, MINOR),
            c("denwa_bangou", "phone", "VARCHAR", g.phones("JP", {"national": 0.85, "e164": 0.15}, 0.85)),
            c("meeru_adoresu", "email", "VARCHAR", [r["mail"] for r in rows]),
            c("yuubin_bangou", "postal_code", "VARCHAR", [f"{r['place'][1]}-{g.digits(4)}" for r in rows]),
            c("todoufuken", N, "VARCHAR", g.col(g.pick(["宮城県"] * 9 + ["山形県", "岩手県", "福島県"])), "decoy"),
            c("shikuchouson", "city", "VARCHAR", [r["place"][0] for r in rows]),
            c("banchi", "street_address", "VARCHAR", g.col(g.pick(v.JA_STREETS))),
            c("riyou_jikan_jougen_fun", N, "INTEGER", g.col(g.pick([60, 90, 120, 180]), 0.1), "decoy"),
            c("kakin_jougen_en", N, "INTEGER", g.col(g.pick([0, 1_000, 3_000, 5_000, 10_000]), 0.1), "decoy"),
            c("kessai_card_shimo4keta", N, "VARCHAR", g.col(lambda: g.digits(4), 0.45), "decoy", PARTIAL),
            c(
                "nenrei_kakunin_houhou",
                N,
                "VARCHAR",
                g.col(g.pick(["クレジットカード", "マイナンバーカード（券面確認）", "キャリア決済", "保護者同意書"])),
                "decoy",
            ),
            c("douisho_ip", "ip_address", "VARCHAR", g.col(g.ip, 0.1)),
            c("tantousha", "last_name", "VARCHAR", g.col(g.pick(tantou)), STAFF),
            c("yobi_koumoku_2", "free_text", "VARCHAR", _custom(g, "JP", "ja"), CUSTOM),
            c("bikou", "free_text", "VARCHAR", g.sparse(bikou, 0.8, _words("なし", "特になし")), NULLWORD),
        ],
    )


def ua_moderatsiia(g: Gen) -> Table:
    """A Lviv live-streaming platform's moderation complaints, bans and appeals (Ukrainian, Cyrillic names and
    values)."""
    rows = []
    for _ in range(g.rows):
        female = g.rnd.random() < 0.35
        a, b = v.person(g, "ua", female)
        appeal = g.rnd.random() < 0.16
        born = g.birth(1975, 2009)
        rows.append(
            {
                "rep": v.gamertag(g),
                "rep_mail": v.email_of(g, *v.person(g, "ua"), v.DOMAINS["ua"]),
                "bad": v.gamertag(g, a),
                "bad_mail": v.email_of(g, a, b, v.DOMAINS["ua"]),
                "appeal": f"{b} {a} {v.patronymic(g, female)}" if appeal else None,
                "rnokpp": v.rntrc(g, born, female) if appeal and g.rnd.random() < 0.85 else None,
                "born": born if appeal else None,
            }
        )
    moderatory = v.staff(g, 5, "ua")

    def chat() -> str:
        return g.rnd.choice(
            [
                "продаю акаунти, пиши в телеграм",
                f"{v.whole(g, 'ua')} шахрай, не вірте йому",
                f"дзвони {g.phone('UA', 'national')}",
                "бан за що?? я нічого не робив",
                "спам посиланнями на казино",
            ]
        )

    def prym() -> str:
        return g.rnd.choice(
            [
                f"Апеляцію подала мати {v.whole(g, 'ua', True)}",
                "Повторне порушення, бан продовжено",
                f"Мультиакаунт, той самий пристрій, що й у {v.gamertag(g)}",
                "Скаргу відхилено, порушення не підтверджено",
                "Передано до служби безпеки",
            ]
        )

    return Table(
        "модерація_львів.скарги_та_блокування",
        "uk",
        "native",
        [
            c("ід_скарги", N, "BIGINT", g.keys(770_001), "decoy", KEY),
            c("номер_звернення", N, "VARCHAR", g.col(lambda: v.rntrc_decoy(g)), "decoy", SHAPE),
            c("дата_скарги", N, "TIMESTAMP", g.moments("2025-01-10", "2025-11-30"), "decoy"),
            c("нікнейм_скаржника", UNCLASSIFIED, "VARCHAR", [r["rep"] for r in rows], USERNAME),
            c("пошта_скаржника", "email", "VARCHAR", [r["rep_mail"] if g.rnd.random() < 0.75 else None
                                                      for r in rows]),
            c("нікнейм_порушника", UNCLASSIFIED, "VARCHAR", [r["bad"] for r in rows], USERNAME),
            c("пошта_порушника", "email", "VARCHAR", [r["bad_mail"] for r in rows]),
            c("телефон_порушника", "phone", "VARCHAR", g.phones("UA", {"national": 0.6, "e164": 0.4}, 0.95, 0.3)),
            c("ip_порушника", "ip_address", "VARCHAR", g.col(g.ip, 0.05)),
            c("категорія", N, "VARCHAR", g.col(g.pick(["спам", "образи", "шахрайство", "мова ворожнечі", "читерство"])),
              "decoy"),
            c("фрагмент_чату", "free_text", "VARCHAR", g.col(chat, 0.4)),
            c("рішення", N, "VARCHAR", g.col(g.pick(["попередження", "мут 24 год", "бан 7 днів", "постійний бан",
                                                      "без змін"])), "decoy"),
            c("заблоковано_до", N, "DATE", g.days("2025-01-11", "2026-06-30", 0.45), "decoy"),
            c("модератор", "person_name", "VARCHAR", g.col(g.pick(moderatory)), STAFF),
            c("апеляція_піб", "person_name", "VARCHAR", [r["appeal"] for r in rows], ROLE, HEAVY),
            c("апеляція_рнокпп", "national_id", "VARCHAR", [r["rnokpp"] for r in rows], HEAVY),
            c(
                "апеляція_дата_народження",
                "date_of_birth",
                "VARCHAR",
                [None if r["born"] is None else r["born"].strftime("%d.%m.%Y") for r in rows],
                HEAVY,
            ),
            c("хеш_пристрою", N, "VARCHAR", g.col(g.sha256), "decoy", SHAPE),
            c("версія_клієнта", N, "VARCHAR", g.col(lambda: g.version((4, 6))), "decoy"),
            c("дод_поле_2", "free_text", "VARCHAR", _custom(g, "UA", "ua"), CUSTOM),
            c("примітки", "free_text", "VARCHAR", g.sparse(prym, 0.8, _words("немає", "відсутні")), NULLWORD),
        ],
    )


BUILDERS: list[tuple[Callable[[Gen], Table], int]] = [
    (gb_roster_payouts, 320),
    (ca_creator_payouts, 400),
    (au_moderation, 520),
    (nz_lan_registrations, 360),
    (us_chargebacks_cobol, 440),
    (th_tourney_staging, 580),
    (ie_parental_json, 300),
    (de_kader_preisgelder, 300),
    (fr_streamers_fiscal, 340),
    (br_pedidos_loja, 600),
    (nl_speleraccounts, 420),
    (cz_registrace_turnaje, 380),
    (ja_hogosha_kanri, 260),
    (ua_moderatsiia, 460),
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
