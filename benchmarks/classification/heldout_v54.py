"""Held-out set v54 for the column classifier: 15 tables of *marketing, events, surveys and customer-experience
data*, one system per table and each a different company, nine with English column names (Canada, Australia,
Ireland, Singapore, the United States, the United Kingdom and India) and six with German, Dutch, Brazilian
Portuguese, Korean, Turkish and Spanish ones, in the naming styles real exports use:

* ``mc_export.members_export``: a Vancouver coffee roaster's Mailchimp-style audience export with the merge tags as
  column names (``EMAIL``, ``MERGE1`` to ``MERGE6``: first and last name, the address in Mailchimp's double-spaced
  form, the phone, a ``MM/DD`` birthday and a "how did you hear about us" answer), ``OPTIN_IP``, ``CONFIRM_IP``,
  geolocated ``LATITUDE``/``LONGITUDE``, ``LEID``, ``EUID``, ``NOTES``;
* ``qualtrics_raw.homeowner_handover_survey``: a Perth home builder's Qualtrics-style wide survey export
  (``StartDate``, ``IPAddress``, ``Duration (in seconds)``, ``RecipientEmail``, ``LocationLatitude``, then ``Q1`` to
  ``Q20``: the site supervisor's name in ``Q5``, a callback number in ``Q7``, a referred friend in ``Q15``/``Q16``, a
  date of birth typed as text in ``Q17``, the new home's address in ``Q19``, free-text answers naming people);
* ``eventbrite_export.attendee_summary``: a Dublin fintech summit's Eventbrite-style attendee report with spaces in the
  headers (``Order #``, ``Buyer Email``, ``Badge Name``, ``Home Eircode``, ``Dietary Requirements``, ``Twitter
  Handle``; the attendee's company, work address and switchboard are the businesses');
* ``analytics.dim_unified_profile``: a Singapore beauty retailer's CDP unified profile as a dbt mart (``all_emails``
  and ``alt_phones`` lists, a masked NRIC, an identity graph as JSON, ``segment_name``, the collector's server IP
  under ``collector_address``, GTIN-13s);
* ``callrail_sync.calls``: a Charlotte car-dealer group's call-tracking log (CallRail-like: the dealer's tracking and
  business numbers vs the caller's number and CNAM name, recordings, transcriptions, the salesperson who answered);
* ``DMLIST.RENTAL_FILE_2025Q3``: a Leeds list broker's rental file for a Yorkshire charity's cold appeal (SCREAMING
  case, fixed-width padding: ``FORENAME``, ``SURNAME``, ``SALUTATION``, ``ADDR1``, ``ADDR2``, ``TOWN``,
  ``POSTCODE``, ``DPS``, ``MAILSORT``, ``KEYCODE``, ``TPS_FLAG``);
* ``creatorhub_api.influencerRoster``: a Mumbai skincare brand's influencer roster (camel case: ``igHandle``, PAN for
  TDS, agencies' GSTINs, talent managers, the brand's own marketers, ``campaignName``, GTIN-13s of seeded products);
* ``referral_svc.ReferralLedger``: an Austin fintech's referral programme ledger (Pascal case: referrer and referee,
  ``Source`` holding the referrer's e-mail, a Luhn mod 36 ``ReferralCode``, W-9 SSNs for large rewards, a push-to-card
  payout card in clear and its last four digits);
* ``reviewdesk.moderation_queue``: a Toronto furniture retailer's customer-review moderation queue (products named
  after people, ``reviewer_display_name`` as ``Sarah T.``, review bodies and replies, moderators and their logins, the
  webhook's URL under ``webhook_address``, ``custom_field_1`` to ``custom_field_3``);
* ``messe_leads.besucher_scans``: a Stuttgart machine-tool maker's trade-fair lead-scanner export (German headers with
  spaces and dots: ``Vorname``, ``Nachname``, ``E-Mail``, ``Mobil``, ``Telefon Zentrale``, ``USt-IdNr.``,
  ``Gescannt von``, ``Notiz``);
* ``panelbeheer.panelleden``: a Utrecht market-research panel's panelists (Dutch, snake case: ``voornaam``,
  ``tussenvoegsel``, ``achternaam``, ``iban_beloning``, ``rekeninghouder``, ``laatste_onderzoek_naam``);
* ``promo_verao.cadastroParticipantes``: a Recife soft-drink maker's "buy and win" sweepstakes entries (Brazilian
  Portuguese, camel case: CPF with placeholders, ``dataNascimento`` as text, NFC-e access keys, the stores' CNPJs,
  GTINs, ``numeroDaSorte``, a guardian for minors, tagged friends' handles);
* ``문자마케팅.수신동의_이력``: a Seoul cosmetics brand's SMS marketing-consent log (Korean column names: ``이름``,
  ``휴대폰번호``, ``인증번호``, ``발신번호``, ``080수신거부번호``, the raw request as JSON, ``사업자등록번호``);
* ``arastirma_davet.odak_grup_tarama``: an Istanbul research agency's focus-group recruiting screener (Turkish, snake
  case, screener questions ``s1_cinsiyet`` to ``s10_referans_telefon``, T.C. kimlik numbers and IBANs for the
  incentive, the agency's VKN);
* ``NPS_CX.RESPUESTAS_ENCUESTA``: a Valencia energy retailer's NPS survey responses joined to the contract (Spanish,
  SCREAMING case: ``NOMBRE``, ``APELLIDO1``, ``APELLIDO2``, ``DNI_NIE``, ``CUPS``, ``DIRECCION_SUMINISTRO``,
  ``COMENTARIO``, ``GESTOR_CLOSED_LOOP``).

Written **blind**, like v2 to v53: by someone who has read neither the classifier (``governance_dagster/detect/``) nor
its rules, documentation, tests, changelog, history or notes, only the list of kind names
(``governance_dagster/kinds.py``), how the scorer registers a set (``heldout_v2_accuracy.py``, read, never run), the
*structure* and labeling conventions of v27 (``heldout_v27.py``, ``heldout_v27_values.py``, its test,
``tests/heldout_support.py``), the module docstrings of v24 to v53 (to avoid their domains) and the
``Column``/``Table`` classes and writer they build on. The classifier was not run on this set while it was written, no
scorer was run on it, and no score of any set was looked at: nothing here was adjusted to what the classifier does.
Some labels below are quick decisions rather than settled conventions. It imports no earlier set's value module: its
random source, name lists, streets, towns, postal codes and identifier builders are its own
(:mod:`benchmarks.classification.heldout_v54_values`; the generic ``Gen`` helpers were copied from v27's).

What is new against v2 to v53: marketing and customer experience as the theme. Earlier sets had a mailing-list tool
(v27), Mailchimp list members synced by a connector (v38), a CDP's ``identifies`` (v32) and unified profiles (v41),
survey-response facts (v41) and an exit-interview survey (v49), a conference's registrations (v24); here the
marketing systems' own exports, with their own column names:

* opaque fields holding personal data (tags ``opaque``, ``merge_field``, ``survey_answer``, ``custom_field``):
  ``MERGE1`` to ``MERGE5`` (names, address, phone, birthday; ``MERGE6`` a "how did you hear" answer: ``none``),
  Qualtrics ``Q5``, ``Q7``, ``Q12``, ``Q15``, ``Q16``, ``Q17``, ``Q19`` (and other ``Q`` columns holding scales and
  choices: ``none``), ``custom_field_2`` (a follow-up phone), the Turkish screener's ``s7_esi_adi`` and
  ``s10_referans_telefon``;
* names that are not people's (tag ``misleading``, ``none``): ``Event Name``, ``segment_name``, ``campaignName``,
  ``LAST_CAMPAIGN_NAME``, ``CampaignName``, ``product_name`` (sofas named ``The Eleanor``), ``laatste_onderzoek_naam``,
  ``캠페인명``, ``NOMBRE_CAMPANA``, Qualtrics ``Q2`` (house designs named ``The Kingsley``); addresses that are not
  homes (``collector_address`` a server's private IP, ``webhook_address`` a URL); one misleading name that *is*
  personal: ``Source`` holding the referrer's e-mail (``email``);
* decoys with check digits (tag ``check_digit``, all ``none``): GTIN-13 and UPC-A product codes, Luhn order,
  coupon and receipt numbers, a Luhn mod 36 referral code, GSTINs, a German USt-IdNr, CNPJs and NFC-e access keys, a
  Korean business registration number, a Turkish VKN, a Spanish CIF and CUPS; other decoys (tag ``decoy``;
  ``value_shape`` when shaped like an identifier): order, attendee, barcode, response, lead, badge, list and keycodes,
  Mailchimp ``LEID``/``EUID``, gclids, lucky numbers;
* identifiers with check digits (python-stdnum): the US SSN, the Indian PAN (the individual's, its fifth letter the
  family name's initial), the Brazilian CPF (some ``000.000.000-00``), the Turkish T.C. kimlik numarası, the Spanish
  DNI; Dutch, Turkish and Spanish IBANs; a push-to-card payout card (Luhn) in clear; phones of thirteen countries
  (phonenumbers) in national, international, E.164, ``00``, NSN and digits-only forms;
* people under role words (tag ``role_word``): buyers, referrers, referees, friends referred, talent managers,
  guardians, W-9 signers, account holders, spouses, recruiters.

Labeling choices a reader may question:

* a Mailchimp ``MM/DD`` birthday (``MERGE5``, no year) is ``date_of_birth``: it is the person's birth date with the
  year left out, asked for a birthday e-mail (``none`` would be as defensible, like a last-four);
* a ``Badge Name`` (what the attendee wants printed: a first name, a nickname or the full name) and a review's
  ``reviewer_display_name`` (``Sarah T.``) are ``person_name``; a list broker's ``SALUTATION`` (``Mrs Hargreaves``) is
  ``person_name``; ``tussenvoegsel`` (``van der``) is ``last_name`` (part of the family name, mostly empty);
* a CNAM caller name (``WIRELESS CALLER`` and city names among the names) is ``person_name``;
* the attendee's ``Company``, ``Work Address 1``, ``Work City`` and ``Work Phone`` (the switchboard), a lead's
  ``Firma``, ``Straße``, ``PLZ``, ``Ort`` and ``Telefon Zentrale`` are the businesses' (``none``, tag ``business``);
  their work e-mail addresses (``m.schneider@…``) name one person: ``email``;
* Instagram and Twitter handles and tagged friends' handles are ``unclassified`` (tag ``username``), like logins;
  moderators' and fraud reviewers' logins too; a one-time SMS code is ``none`` (tag ``credential``);
* ``nric_masked`` (``S****567D``) and ``PayoutCardLast4`` are ``none`` (tag ``partial``);
* ``Dietary Requirements`` (mostly canned, some naming a colleague) and ``NOTES`` fields are ``free_text``; a JSON
  identity graph or raw request holding e-mails, phones and names is ``free_text`` (tag ``json_blob``); JSON without
  personal data (auto-moderation flags, screener quotas, anonymous ids) is ``none`` (tag ``json_plain``);
* geolocated coordinates of a subscriber or respondent (an IP's location) are ``none`` (tag ``coordinates``);
  provinces, states, counties, UF and ``provincia`` are ``none``; Singapore's ``postal_code`` (one HDB block) is
  ``postal_code``.

Labeling rules otherwise as v27 (see :mod:`benchmarks.classification.heldout_v27`): a business's address, phone,
postal code and city are ``none`` (tag ``business``); staff names are ``person_name`` (a first name or family name
alone ``first_name`` or ``last_name``); a login is ``unclassified`` (tag ``username``), a service account ``none``.
``null_heavy`` means 50-95% NULL, ``nullword_heavy`` 70-95% NULL words.

Every value is generated here from :data:`SEED` (one ``random.Random`` per table, named after its builder) with
python-stdnum for check digits, phonenumbers for phone validity and formats, and the lists of names, streets, towns
and companies of :mod:`benchmarks.classification.heldout_v54_values`, written for v54 (no Faker, no list of real
people, no breach data). Build: ``python -m benchmarks.classification.heldout_v54 [PATH]`` (default
``/tmp/heldout_v54.duckdb``). Score: ``python -m benchmarks.classification.heldout_v2_accuracy --set v54``.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Callable
from datetime import date
from pathlib import Path

from benchmarks.classification import heldout_v4
from benchmarks.classification import heldout_v54_values as v
from benchmarks.classification.heldout_v2 import Column, Table
from benchmarks.classification.heldout_v54_values import NULLISH, SEED, USERNAME, Gen, N, c

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

DEFAULT_PATH = Path("/tmp/heldout_v54.duckdb")

NULLWORD = "nullword_heavy"  # 70-95% NULL-like strings, placeholders and empty strings (few real NULLs)
HEAVY = "null_heavy"  # 50-95% NULL
SHAPE = "value_shape"
MISLEADING = "misleading"
STAFF = "staff"  # staff named in a column with few distinct values
ROLE = "role_word"  # a role word (buyer, referrer, referee, guardian, manager ...) holding people
ABBREV = "abbrev"
AUDIT = "audit"
USER = "username"  # a login or a social-media handle (unclassified)
SERVICE = "service_account"  # an audit column holding only service accounts or job names (none)
PREMISES = "premises"  # a person's home named as a supply point or a delivery address
KEY = "join_key"  # an id, foreign key or UUID that joins tables (none)
ROLE_EMAIL = "role_email"  # a role-named column holding people's e-mail addresses
MULTI = "multi_value"  # several values in one cell
JSON = "json_blob"  # a JSON document in a cell holding personal data (free_text)
JSON_PLAIN = "json_plain"  # a JSON document in a cell holding no personal data (none)
PLACEHOLDER = "placeholder"  # a personal column some of whose cells are placeholders (teste@teste.com, 000.000.000-00)
TOKEN = "tokenized"  # a click id or processor token: none
PARTIAL = "partial"  # a masked or cut identifier (last four digits, a masked NRIC): none
CREDENTIAL = "credential"  # a one-time code or a secret (none)
AGENT = "user_agent"  # an HTTP user agent (none)
OPAQUE = "opaque"  # a name that says nothing of the content (MERGE3, Q17, custom_field_2, s7_...)
MERGE = "merge_field"  # a Mailchimp merge tag
SURVEY = "survey_answer"  # a survey or screener question's column
CUSTOM = "custom_field"  # a numbered custom field
CHECK = "check_digit"  # a decoy with a check digit (GTIN, CNPJ, VKN, CUPS ...): none
COORD = "coordinates"  # an IP's geolocation (none)
DOB_TEXT = "dob_text"  # a date of birth typed or exported as text
SERVER = "server_address"  # an "address" column holding a server's IP or a URL (none)
NAME_PART = "name_part"  # a part of a name (tussenvoegsel)
SPACED = "spaced_header"  # a header with spaces or punctuation, as the export writes it
DBT = "dbt_meta"  # a dbt or loader column (none)


#: the characters of a Qualtrics response id
RESPONSE_ID_CHARS = "0123456789abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ"


def _staff(g: Gen, n: int, make: Callable[[Gen], str]) -> list[str]:
    out: set[str] = set()
    while len(out) < n:
        out.add(make(g))
    return sorted(out)


def _dirty(g: Gen, values: list, share: float, placeholders: list[str]) -> list:
    """``values`` with ``share`` of the non-NULL cells replaced by a placeholder (a NULL word of the set)."""
    return [g.rnd.choice(placeholders) if x is not None and g.rnd.random() < share else x for x in values]


def _pad(values: list, width: int) -> list:
    """Fixed-width padding, as a mainframe or list-broker file keeps it."""
    return [x.ljust(width) if isinstance(x, str) else x for x in values]


# -- Canada, Australia, Ireland, Singapore -----------------------------------------------------------------------------


def mailchimp_members(g: Gen) -> Table:
    """A Vancouver coffee roaster's Mailchimp-style audience export, merge tags as column names: ``EMAIL``,
    ``MERGE1`` (first name), ``MERGE2`` (last name), ``MERGE3`` (the address in Mailchimp's double-spaced form),
    ``MERGE4`` (phone), ``MERGE5`` (a ``MM/DD`` birthday), ``MERGE6`` (how they heard of the shop: ``none``), the
    rating, opt-in and confirmation times and IPs, the IP's geolocation (``none``), time zone offsets, country and
    region (``none``), ``LEID``/``EUID`` ids, notes naming people (``free_text``), tags, the last campaign's name."""
    pairs = [v.person(g, "ca") for _ in range(g.rows)]
    places = [g.rnd.choice(v.CA_CITIES) for _ in range(g.rows)]
    imported = [g.rnd.random() < 0.3 for _ in range(g.rows)]
    staff = ["Shauna", "Mateo", "Priyanka"]

    def address(p: tuple[str, str, str]) -> str:
        street = v.ca_street(g)
        parts = street.split("-", 1) if "-" in street[:6] else [street]
        unit = f"Unit {parts[0]}" if len(parts) == 2 else ""
        return "  ".join(x for x in (parts[-1], unit, p[0], p[1], v.ca_postal(g, p[2]), "CA") if x)

    def note() -> str:
        return g.rnd.choice([f"Wholesale contact, ask for {v.given(g, 'ca')}", "Met at the Kits farmers market",
                             f"Gift sub paid by {v.whole(g, 'ca')}", f"Call {g.phone('CA', 'dashes')} before delivery",
                             f"Spoke to {g.rnd.choice(staff)} re: grinder refund"])

    return Table("mc_export.members_export", "en", "screaming", [
        c("EMAIL", "email", "VARCHAR", _dirty(g, [v.email_of(g, a, b, v.DOMAINS["ca"]) for a, b in pairs], 0.03,
                                              ["test@test.com", "a@a.com"]), PLACEHOLDER),
        c("MERGE1", "first_name", "VARCHAR", [a if g.rnd.random() < 0.9 else "" for a, _ in pairs], OPAQUE, MERGE),
        c("MERGE2", "last_name", "VARCHAR", [b if g.rnd.random() < 0.8 else "" for _, b in pairs], OPAQUE, MERGE),
        c("MERGE3", "street_address", "VARCHAR", [address(p) if g.rnd.random() < 0.6 else "" for p in places],
          OPAQUE, MERGE),
        c("MERGE4", "phone", "VARCHAR", [g.phone("CA", g.rnd.choice(["national", "dashes", "e164", "spaced"]))
                                         if g.rnd.random() < 0.55 else "" for _ in range(g.rows)], OPAQUE, MERGE),
        c("MERGE5", "date_of_birth", "VARCHAR", [g.birth(1950, 2004).strftime("%m/%d") if g.rnd.random() < 0.42
                                                 else "" for _ in range(g.rows)], OPAQUE, MERGE, DOB_TEXT),
        c("MERGE6", N, "VARCHAR", g.col(g.pick(["Instagram", "Farmers market", "A friend", "Google", "Cafe",
                                                 "Podcast ad", ""])), "decoy", OPAQUE, MERGE),
        c("MEMBER_RATING", N, "INTEGER", g.ints(1, 5), "decoy"),
        c("OPTIN_TIME", N, "VARCHAR", g.stamps("2021-01-01", "2025-10-31"), "decoy"),
        c("OPTIN_IP", "ip_address", "VARCHAR", ["" if i else g.ip(0.2) for i in imported]),
        c("CONFIRM_TIME", N, "VARCHAR", g.stamps("2021-01-01", "2025-10-31"), "decoy"),
        c("CONFIRM_IP", "ip_address", "VARCHAR", ["" if i else g.ip(0.25) for i in imported]),
        c("LATITUDE", N, "VARCHAR", [f"{g.rnd.uniform(43.2, 50.8):.7f}" if g.rnd.random() < 0.7 else ""
                                     for _ in range(g.rows)], "decoy", COORD),
        c("LONGITUDE", N, "VARCHAR", [f"{g.rnd.uniform(-125.0, -79.0):.7f}" if g.rnd.random() < 0.7 else ""
                                      for _ in range(g.rows)], "decoy", COORD),
        c("GMTOFF", N, "VARCHAR", [("-8" if p[1] == "BC" else "-7" if p[1] == "AB" else "-5") for p in places],
          "decoy"),
        c("DSTOFF", N, "VARCHAR", [("-7" if p[1] == "BC" else "-6" if p[1] == "AB" else "-4") for p in places],
          "decoy"),
        c("TIMEZONE", N, "VARCHAR", [("America/Vancouver" if p[1] == "BC" else "America/Edmonton" if p[1] == "AB"
                                      else "America/Toronto") for p in places], "decoy"),
        c("CC", N, "VARCHAR", g.col(g.pick(["CA", "CA", "CA", "US"])), "decoy", ABBREV, SHAPE),
        c("REGION", N, "VARCHAR", [p[1] for p in places], "decoy"),
        c("LAST_CHANGED", N, "VARCHAR", g.stamps("2025-01-01", "2025-11-15"), "decoy"),
        c("LEID", N, "BIGINT", g.ints(100_000_000, 999_999_999), "decoy", KEY),
        c("EUID", N, "VARCHAR", g.col(lambda: g.code("xxxxxxxxxx")), "decoy", KEY),
        c("NOTES", "free_text", "VARCHAR", g.sparse(note, 0.8, ("", "", "", "-")), NULLWORD),
        c("TAGS", N, "VARCHAR", g.col(g.pick(['"Beans Club"', '"Wholesale"', '"Beans Club","Decaf"', '"Gift Sub"',
                                              '"Cafe regular"'])), "decoy"),
        c("LAST_CAMPAIGN_NAME", N, "VARCHAR", g.col(g.pick(["Holiday Blend Launch", "Ethiopia Guji Drop",
                                                            "Brew Guide: Chemex", "Black Friday 2025"])), "decoy",
          MISLEADING),
        c("AUDIENCE_ID", N, "VARCHAR", ["5e8c1a9d3f"] * g.rows, "decoy", KEY),
    ])


def qualtrics_handover(g: Gen) -> Table:
    """A Perth home builder's Qualtrics-style handover survey export: response metadata (times, the respondent's IP,
    duration, recipient's names and e-mail, the job number as ``ExternalReference``, the IP's location: ``none``) and
    ``Q1`` to ``Q20``: scores and choices (``none``), free-text answers naming people (``Q4``, ``Q11``), the site
    supervisor (``Q5``: staff), a callback number (``Q7``), the new home's postcode (``Q12``) and address (``Q19``), a
    referred friend's name and e-mail (``Q15``, ``Q16``), a date of birth typed as text (``Q17``)."""
    pairs = [v.person(g, "au") for _ in range(g.rows)]
    places = [g.rnd.choice(v.AU_SUBURBS) for _ in range(g.rows)]
    supervisors = _staff(g, 6, lambda x: v.whole(x, "au"))
    designs = ["The Kingsley 28", "The Ashford", "The Everleigh 31", "The Montgomery", "Harper Lane 24"]
    contact = [g.rnd.random() < 0.55 for _ in range(g.rows)]
    referred = [g.rnd.random() < 0.25 for _ in range(g.rows)]

    def better() -> str:
        return g.rnd.choice([f"{g.rnd.choice(supervisors).split()[0]} was great but the painter never showed up",
                             "Handover was two weeks late and nobody told us",
                             f"Please call me on {g.phone('AU', 'national')} about the cracked tile",
                             f"{v.given(g, 'au')} in sales promised us a free alfresco upgrade",
                             "Nothing, really happy", "Better communication during frame stage"])

    def anything() -> str:
        return g.rnd.choice([f"Thanks to {g.rnd.choice(supervisors)} and the whole crew",
                             f"My partner {v.whole(g, 'au')} would like a copy of the warranty",
                             "Garage door remote missing", f"email me at {v.email(g, 'au')}"])

    def q(n: int) -> str:
        return f"Q{n}"

    likert = ["Strongly agree", "Agree", "Neither agree nor disagree", "Disagree", "Strongly disagree"]
    return Table("qualtrics_raw.homeowner_handover_survey", "en", "mixed", [
        c("StartDate", N, "VARCHAR", g.stamps("2025-02-01", "2025-10-31"), "decoy"),
        c("EndDate", N, "VARCHAR", g.stamps("2025-02-01", "2025-10-31"), "decoy"),
        c("Status", N, "VARCHAR", g.col(g.pick(["IP Address"] * 12 + ["Survey Preview"])), "decoy"),
        c("IPAddress", "ip_address", "VARCHAR", g.col(lambda: g.ip(0.35), 0.04)),
        c("Progress", N, "INTEGER", g.col(g.pick([100] * 9 + [40, 75])), "decoy"),
        c("Duration (in seconds)", N, "INTEGER", g.ints(60, 2_400), "decoy", SPACED),
        c("Finished", N, "VARCHAR", g.col(g.pick(["True"] * 9 + ["False"])), "decoy"),
        c("RecordedDate", N, "VARCHAR", g.stamps("2025-02-01", "2025-10-31"), "decoy"),
        c("ResponseId", N, "VARCHAR", g.col(lambda: "R_" + g.digits(15, RESPONSE_ID_CHARS)),
          "decoy", KEY),
        c("RecipientLastName", "last_name", "VARCHAR", [b for _, b in pairs]),
        c("RecipientFirstName", "first_name", "VARCHAR", [a for a, _ in pairs]),
        c("RecipientEmail", "email", "VARCHAR", [v.email_of(g, a, b, v.DOMAINS["au"]) for a, b in pairs]),
        c("ExternalReference", N, "VARCHAR", g.col(lambda: g.code("SCH-99999")), "decoy", KEY, SHAPE),
        c("LocationLatitude", N, "DOUBLE", g.floats(-32.6, -31.6, 4), "decoy", COORD),
        c("LocationLongitude", N, "DOUBLE", g.floats(115.7, 116.1, 4), "decoy", COORD),
        c("DistributionChannel", N, "VARCHAR", g.col(g.pick(["email", "email", "anonymous", "sms"])), "decoy"),
        c("UserLanguage", N, "VARCHAR", ["EN"] * g.rows, "decoy"),
        c(q(1), N, "INTEGER", g.ints(0, 10, 0.02), "decoy", OPAQUE, SURVEY),
        c(q(2), N, "VARCHAR", g.col(g.pick(designs)), "decoy", OPAQUE, SURVEY, MISLEADING),
        c(q(3), N, "VARCHAR", g.col(g.pick(likert), 0.03), "decoy", OPAQUE, SURVEY),
        c(q(4), "free_text", "VARCHAR", g.col(better, 0.3), OPAQUE, SURVEY),
        c(q(5), "person_name", "VARCHAR", g.col(g.pick(supervisors), 0.08), OPAQUE, SURVEY, STAFF),
        c(q(6), N, "VARCHAR", ["Yes" if x else "No" for x in contact], "decoy", OPAQUE, SURVEY),
        c(q(7), "phone", "VARCHAR", [g.phone("AU", g.rnd.choice(["national", "national", "nsn", "intl"]))
                                     if x else None for x in contact], OPAQUE, SURVEY),
        c(q(8), N, "VARCHAR", g.col(g.pick(likert), 0.05), "decoy", OPAQUE, SURVEY),
        c(q(9), N, "VARCHAR", g.col(g.pick(likert), 0.05), "decoy", OPAQUE, SURVEY),
        c(q(10), N, "VARCHAR", g.col(g.pick(["Kitchen", "Kitchen,Ensuite", "Alfresco,Garage", "Ensuite",
                                             "Laundry,Kitchen,Alfresco"]), 0.1), "decoy", OPAQUE, SURVEY),
        c(q(11), "free_text", "VARCHAR", g.sparse(anything, 0.8, ("", "", "-", "nothing")), OPAQUE, SURVEY,
          NULLWORD),
        c(q(12), "postal_code", "VARCHAR", [p[2] if g.rnd.random() < 0.9 else None for p in places], OPAQUE, SURVEY),
        c(q(13), N, "VARCHAR", g.col(g.pick(["25-34", "35-44", "45-54", "55-64", "65+", "Prefer not to say"])),
          "decoy", OPAQUE, SURVEY),
        c(q(14), N, "INTEGER", g.ints(1, 6, 0.05), "decoy", OPAQUE, SURVEY),
        c(q(15), "person_name", "VARCHAR", [v.whole(g, "au") if r else None for r in referred], OPAQUE, SURVEY,
          HEAVY, ROLE),
        c(q(16), "email", "VARCHAR", [v.email(g, "au") if r and g.rnd.random() < 0.8 else None for r in referred],
          OPAQUE, SURVEY, HEAVY),
        c(q(17), "date_of_birth", "VARCHAR", g.col(lambda: g.birth(1950, 2000).strftime(
            g.rnd.choice(["%d/%m/%Y", "%d/%m/%Y", "%d/%m/%y", "%d.%m.%Y"])), 0.3), OPAQUE, SURVEY, DOB_TEXT),
        c(q(18), N, "VARCHAR", g.col(g.pick(["Yes", "Yes", "No", "Not sure"])), "decoy", OPAQUE, SURVEY),
        c(q(19), "street_address", "VARCHAR", g.col(lambda: v.au_street(g), 0.25), OPAQUE, SURVEY, PREMISES),
        c(q(20), N, "VARCHAR", g.col(g.pick(["I agree"]), 0.05), "decoy", OPAQUE, SURVEY),
    ])


def eventbrite_attendees(g: Gen) -> Table:
    """A Dublin fintech summit's Eventbrite-style attendee summary (headers with spaces): order and attendee numbers,
    the attendee's and the buyer's names and e-mails (group orders: the buyer is someone else), the ticket, status and
    event name (``none``), the badge name (``person_name``), job title, company, work address, city and switchboard
    (the employer's: ``none``), the home address, town, county (``none``) and Eircode (mostly NULL), the mobile,
    dietary and accessibility notes (``free_text``), a Twitter handle (``unclassified``), promo codes."""
    pairs = [v.person(g, "ie") for _ in range(g.rows)]
    companies = [("Quayside Payments", "2 Grand Canal Square", "Dublin 2", "+353 1 555 0142"),
                 ("Liffey Ledger Ltd", "Block C, Central Park, Leopardstown", "Dublin 18", "+353 1 555 0177"),
                 ("Shannon RegTech", "Plassey Technological Park", "Limerick", "+353 61 555 019"),
                 ("Corrib Capital", "Galway Technology Park, Parkmore", "Galway", "+353 91 555 033"),
                 ("Harbour Bank Ireland", "1 Lapp's Quay", "Cork", "+353 21 555 0199"),
                 ("Emerald Insurtech", "The Chase, Carmanhall Road", "Dublin 18", "+353 1 555 0128")]
    works = [g.rnd.randrange(len(companies)) for _ in range(g.rows)]
    orders: list[tuple[str, tuple[str, str]]] = []
    while len(orders) < g.rows:
        number = str(g.rnd.randint(10_000_000_000, 12_999_999_999))
        buyer = pairs[len(orders)]
        for _ in range(g.rnd.choice([1, 1, 1, 2, 3])):
            orders.append((number, buyer))
    orders = orders[:g.rows]
    attendee_no = [str(g.rnd.randint(15_000_000_000, 17_999_999_999)) for _ in range(g.rows)]
    home = [g.rnd.random() < 0.38 for _ in range(g.rows)]
    towns = [g.rnd.choice(v.IE_TOWNS) for _ in range(g.rows)]

    def diet() -> str:
        return g.rnd.choice(["Vegan", "Vegetarian", "Coeliac", "Halal", "No pork", "Lactose intolerant",
                             f"Nut allergy, my colleague {v.whole(g, 'ie')} has my EpiPen",
                             f"Same as {v.given(g, 'ie')} (vegetarian)"])

    def access() -> str:
        return g.rnd.choice(["Wheelchair user, need step-free access", "Hearing loop please",
                             f"Bringing my PA, {v.whole(g, 'ie')}", "Reserved seat near the exit"])

    return Table("eventbrite_export.attendee_summary", "en", "spaces", [
        c("Order #", N, "VARCHAR", [o[0] for o in orders], "decoy", KEY, SPACED),
        c("Order Date", N, "VARCHAR", g.stamps("2025-06-01", "2025-10-20", "%b %d, %Y %I:%M %p"), "decoy", SPACED),
        c("First Name", "first_name", "VARCHAR", [a for a, _ in pairs], SPACED),
        c("Last Name", "last_name", "VARCHAR", [b for _, b in pairs], SPACED),
        c("Email", "email", "VARCHAR", [v.work_email(a, b, g.rnd.choice(["quaysidepay.ie", "liffeyledger.com"]))
                                        if g.rnd.random() < 0.4 else v.email_of(g, a, b, v.DOMAINS["ie"])
                                        for a, b in pairs]),
        c("Quantity", N, "INTEGER", [1] * g.rows, "decoy"),
        c("Ticket Type", N, "VARCHAR", g.col(g.pick(["Early Bird", "General Admission", "Startup Pass", "Speaker",
                                                     "Sponsor Staff"])), "decoy", SPACED),
        c("Attendee #", N, "VARCHAR", attendee_no, "decoy", KEY, SPACED),
        c("Barcode #", N, "VARCHAR", [f"{o[0]}{a}001" for o, a in zip(orders, attendee_no, strict=True)], "decoy",
          SHAPE, SPACED),
        c("Buyer First Name", "first_name", "VARCHAR", [o[1][0] for o in orders], ROLE, SPACED),
        c("Buyer Last Name", "last_name", "VARCHAR", [o[1][1] for o in orders], ROLE, SPACED),
        c("Buyer Email", "email", "VARCHAR", [v.email_of(g, o[1][0], o[1][1], v.DOMAINS["ie"]) for o in orders],
          ROLE_EMAIL, SPACED),
        c("Attendee Status", N, "VARCHAR", g.col(g.pick(["Attending", "Checked In", "Checked In",
                                                         "Not Attending"])), "decoy", SPACED),
        c("Event Name", N, "VARCHAR", ["Liffey FinTech Summit 2025"] * g.rows, "decoy", MISLEADING, SPACED),
        c("Badge Name", "person_name", "VARCHAR", [g.rnd.choice([f"{a} {b}", f"{a} {b}", a, f"{a} {b[0]}."])
                                                   for a, b in pairs], SPACED),
        c("Job Title", N, "VARCHAR", g.col(g.pick(["Head of Payments", "Product Manager", "CTO", "Compliance Analyst",
                                                   "Founder", "Software Engineer"])), "decoy", SPACED),
        c("Company", N, "VARCHAR", [companies[w][0] for w in works], "business"),
        c("Work Address 1", N, "VARCHAR", [companies[w][1] for w in works], "business", SPACED),
        c("Work City", N, "VARCHAR", [companies[w][2] for w in works], "business", SPACED),
        c("Work Phone", N, "VARCHAR", [companies[w][3] for w in works], "business", SPACED),
        c("Home Address 1", "street_address", "VARCHAR", [v.ie_street(g) if h else None for h in home], HEAVY,
          SPACED),
        c("Home City", "city", "VARCHAR", [t[0] if h else None for t, h in zip(towns, home, strict=True)], HEAVY,
          SPACED),
        c("Home County", N, "VARCHAR", [t[1] if h or g.rnd.random() < 0.2 else None
                                        for t, h in zip(towns, home, strict=True)], "decoy", SPACED),
        c("Home Eircode", "postal_code", "VARCHAR", [v.eircode(g, t[2]) if h else None
                                                     for t, h in zip(towns, home, strict=True)], HEAVY, SPACED),
        c("Cell Phone", "phone", "VARCHAR", g.phones("IE", {"national": 0.5, "intl": 0.3, "e164": 0.1, "00": 0.1},
                                                      1.0, 0.12), SPACED),
        c("Dietary Requirements", "free_text", "VARCHAR", g.sparse(diet, 0.55, ("None", "none", "", "N/A", "-")),
          SPACED),
        c("Accessibility Requirements", "free_text", "VARCHAR", g.sparse(access, 0.85, ("", "None", "N/A")),
          NULLWORD, SPACED),
        c("Twitter Handle", USERNAME, "VARCHAR", [None if g.rnd.random() < 0.6 else "@" + v.handle(a, b, i)
                                                  for i, (a, b) in enumerate(pairs)], USER, HEAVY, SPACED),
        c("Promo Code", N, "VARCHAR", g.col(g.pick(["", "LIFFEY25", "STARTUP50", "SPONSOR-QP", "SPEAKER"])),
          "decoy", SPACED),
    ])


def cdp_unified_profile(g: Gen) -> Table:
    """A Singapore beauty retailer's CDP unified profile as a dbt mart: profile id, the canonical e-mail and every
    e-mail seen (``;``), the mobile and other phones (``;``), names, a masked NRIC (``none``), birth date, address
    and postal code, the last IP, anonymous ids (JSON, ``none``), the identity graph (JSON naming e-mails and phones:
    ``free_text``), tier, value and segments (``segment_name``: ``none``), consents, the preferred store
    (``business``), the last order's number and GTIN (check digits: ``none``), the collector's server IP
    (``collector_address``: ``none``), merge count, times and the dbt load time."""
    pairs = [v.person(g, "sg") for _ in range(g.rows)]
    mails = [v.email_of(g, a, b, v.DOMAINS["sg"]) for a, b in pairs]
    mobiles = [g.phone("SG", "e164") for _ in range(g.rows)]
    addresses = [v.sg_address(g) for _ in range(g.rows)]

    def others(i: int) -> str:
        extra = [v.email_of(g, *pairs[i], v.DOMAINS["sg"]) for _ in range(g.rnd.randint(0, 2))]
        return ";".join([mails[i], *extra])

    def alt() -> str | None:
        if g.rnd.random() < 0.6:
            return None
        return ";".join(g.phone("SG", g.rnd.choice(["e164", "nsn"]), g.rnd.random() < 0.8)
                        for _ in range(g.rnd.randint(1, 2)))

    def graph(i: int) -> str:
        doc: dict = {"shopify": {"customer_id": g.rnd.randint(6_000_000_000, 7_999_999_999), "email": mails[i]}}
        if g.rnd.random() < 0.6:
            doc["pos"] = {"member_no": g.code("LB999999"), "mobile": mobiles[i]}
        if g.rnd.random() < 0.3:
            doc["zendesk"] = {"requester": v.full(*pairs[i])}
        return json.dumps(doc, ensure_ascii=False)

    def nric() -> str:
        return f"{g.rnd.choice('STFG')}****{g.digits(3)}{g.rnd.choice('ABCDEFGHIZJ')}"

    return Table("analytics.dim_unified_profile", "en", "snake", [
        c("profile_id", N, "VARCHAR", g.col(g.uuid), "decoy", KEY),
        c("canonical_email", "email", "VARCHAR", mails),
        c("all_emails", "email", "VARCHAR", [others(i) for i in range(g.rows)], MULTI),
        c("mobile_e164", "phone", "VARCHAR", [m if g.rnd.random() < 0.88 else None for m in mobiles]),
        c("alt_phones", "phone", "VARCHAR", [alt() for _ in range(g.rows)], MULTI, HEAVY),
        c("first_name", "first_name", "VARCHAR", [a for a, _ in pairs]),
        c("last_name", "last_name", "VARCHAR", [b for _, b in pairs]),
        c("full_name", "person_name", "VARCHAR", [v.full(a, b) for a, b in pairs]),
        c("nric_masked", N, "VARCHAR", g.col(nric, 0.4), "decoy", PARTIAL, SHAPE),
        c("birth_date", "date_of_birth", "DATE", g.births(1965, 2007, 0.35)),
        c("address_line", "street_address", "VARCHAR", [a[0] if g.rnd.random() < 0.7 else None for a in addresses]),
        c("postal_code", "postal_code", "VARCHAR", [a[1] if g.rnd.random() < 0.75 else None for a in addresses]),
        c("last_seen_ip", "ip_address", "VARCHAR", g.col(lambda: g.ip(0.3), 0.1)),
        c("anonymous_ids", N, "VARCHAR", g.col(lambda: json.dumps([g.uuid() for _ in range(g.rnd.randint(1, 3))])),
          "decoy", JSON_PLAIN, KEY),
        c("identity_graph", "free_text", "VARCHAR", [graph(i) for i in range(g.rows)], JSON),
        c("loyalty_tier", N, "VARCHAR", g.col(g.pick(["Blush", "Blush", "Glow", "Radiant"])), "decoy"),
        c("lifetime_value_sgd", N, "DECIMAL(10,2)", g.amounts(0, 4_800), "decoy"),
        c("rfm_segment", N, "VARCHAR", g.col(g.pick(["111", "345", "555", "214", "433"])), "decoy"),
        c("segment_name", N, "VARCHAR", g.col(g.pick(["Lapsed VIP - Skincare", "New to Brand", "Fragrance Lovers",
                                                      "At Risk", "Champions"])), "decoy", MISLEADING),
        c("consent_email", N, "BOOLEAN", g.yn(True, False, 0.7), "decoy"),
        c("consent_sms", N, "BOOLEAN", g.yn(True, False, 0.45), "decoy"),
        c("preferred_store", N, "VARCHAR", g.col(g.pick(["ION Orchard", "Jewel Changi", "Tampines Mall",
                                                         "VivoCity", "Online"])), "business"),
        c("last_order_number", N, "VARCHAR", g.col(lambda: v.luhn_number(g, "LB", 9), 0.1), "decoy", CHECK, SHAPE),
        c("last_order_gtin", N, "VARCHAR", g.col(lambda: v.gtin13(g, "888"), 0.1), "decoy", CHECK, SHAPE),
        c("collector_address", N, "VARCHAR", g.col(g.server_ip), "decoy", MISLEADING, SERVER),
        c("merge_count", N, "INTEGER", g.ints(0, 6), "decoy"),
        c("first_seen_at", N, "TIMESTAMP", g.moments("2019-01-01", "2024-12-31"), "decoy"),
        c("last_seen_at", N, "TIMESTAMP", g.moments("2025-01-01", "2025-11-20"), "decoy"),
        c("_dbt_updated_at", N, "TIMESTAMP", [g.moment("2025-11-21", "2025-11-21")] * g.rows, "decoy", DBT),
    ])


# -- the United States, the United Kingdom, India, Canada --------------------------------------------------------------


def callrail_calls(g: Gen) -> Table:
    """A Charlotte car-dealer group's call-tracking log (CallRail-like): call and company ids, the dealer's tracking
    and business numbers (``none``), the caller's number, CNAM name, city, state, country and ``City, ST`` location,
    source, campaign, keywords, landing page and gclid (``none``), the recording and its length, the transcription
    (``free_text``), flags, the salesperson who answered (staff) and their e-mail, notes, value and tags."""
    lines = [("+17045550131", "+17045550100"), ("+17045550144", "+17045550100"), ("+19805550122", "+17045550177"),
             ("+18035550190", "+18035550101")]
    line = [g.rnd.choice(lines) for _ in range(g.rows)]
    places = [g.rnd.choice(v.US_CLT) for _ in range(g.rows)]
    reps = [v.person(g, "us") for _ in range(7)]
    rep = [g.rnd.choice(reps) if g.rnd.random() < 0.8 else None for _ in range(g.rows)]
    ids = ["CAL" + g.code("x" * 32) for _ in range(g.rows)]

    def cnam() -> str:
        if g.rnd.random() < 0.2:
            return g.rnd.choice(["WIRELESS CALLER", "CHARLOTTE NC", "CONCORD NC", "UNAVAILABLE"])
        a, b = v.person(g, "us")
        return f"{v.plain(b).upper()} {v.plain(a).upper()}"[:15]

    def transcript() -> str:
        a = v.given(g, "us")
        return g.rnd.choice([(f"Hi this is {a}, calling about the 2019 Tacoma on your site, call me back at "
                             f"{g.phone('US', 'dashes')}."),
                             "Yeah I'm just checking if the service department is open Saturday.",
                             (f"Agent: Queen City Toyota, this is {g.rnd.choice(reps)[0]}. Caller: Hi, my name is "
                             f"{v.whole(g, 'us')}, I have an appointment at ten."),
                             "Caller asked about trade-in value for a 2016 Accord.",
                             f"My wife {v.given(g, 'us')} test drove the RAV4 yesterday, we want to talk numbers."])

    return Table("callrail_sync.calls", "en", "snake", [
        c("id", N, "VARCHAR", ids, "decoy", KEY),
        c("company_id", N, "VARCHAR", g.col(g.pick(["COM8f3a21", "COM8f3a22", "COM91bb07"])), "decoy", KEY),
        c("tracking_phone_number", N, "VARCHAR", [x[0] for x in line], "business"),
        c("business_phone_number", N, "VARCHAR", [x[1] for x in line], "business"),
        c("customer_phone_number", "phone", "VARCHAR", g.phones("US", {"e164": 1.0}, 0.8)),
        c("customer_name", "person_name", "VARCHAR", g.col(cnam, 0.12), ROLE),
        c("customer_city", "city", "VARCHAR", [p[0] if g.rnd.random() < 0.85 else None for p in places]),
        c("customer_state", N, "VARCHAR", [p[1] for p in places], "decoy"),
        c("customer_country", N, "VARCHAR", ["US"] * g.rows, "decoy", SHAPE),
        c("formatted_customer_location", "city", "VARCHAR", [f"{p[0]}, {p[1]}" for p in places]),
        c("source", N, "VARCHAR", g.col(g.pick(["Google Ads", "Google Organic", "Direct", "Facebook", "Cars.com",
                                                "Bing Organic"])), "decoy"),
        c("campaign", N, "VARCHAR", g.col(g.pick(["Used Trucks - Search", "Service Specials", "Brand", "",
                                                  "Tax Season Sales Event"])), "decoy"),
        c("keywords", N, "VARCHAR", g.col(g.pick(["used trucks charlotte", "toyota service near me", "rav4 deals",
                                                  ""]), 0.3), "decoy"),
        c("landing_page_url", N, "VARCHAR", g.col(g.pick(["https://www.queencityauto.example/used-inventory",
                                                          "https://www.queencityauto.example/service",
                                                          "https://www.queencityauto.example/"]), 0.2), "decoy",
          SHAPE),
        c("gclid", N, "VARCHAR", g.col(lambda: v.token(g, "Cj0KCQiA", 60), 0.55), "decoy", TOKEN),
        c("recording", N, "VARCHAR", [f"https://app.callrail.example/calls/{i}/recording" if g.rnd.random() < 0.7
                                      else None for i in ids], "decoy", SHAPE),
        c("recording_duration", N, "INTEGER", g.ints(0, 900, 0.3), "decoy"),
        c("transcription", "free_text", "VARCHAR", g.col(transcript, 0.35)),
        c("duration", N, "INTEGER", g.ints(0, 1_200), "decoy"),
        c("answered", N, "BOOLEAN", [r is not None for r in rep], "decoy"),
        c("first_call", N, "BOOLEAN", g.yn(True, False, 0.6), "decoy"),
        c("direction", N, "VARCHAR", g.col(g.pick(["inbound"] * 9 + ["outbound"])), "decoy"),
        c("voicemail", N, "BOOLEAN", [r is None for r in rep], "decoy"),
        c("lead_status", N, "VARCHAR", g.col(g.pick(["good_lead", "not_a_lead", "previously_marked_good_lead",
                                                     ""])), "decoy"),
        c("agent_email", "email", "VARCHAR", [v.work_email(r[0], r[1], "queencityauto.example") if r else None
                                              for r in rep], ROLE_EMAIL),
        c("answered_by", "person_name", "VARCHAR", [f"{r[0]} {r[1]}" if r else None for r in rep], STAFF),
        c("note", "free_text", "VARCHAR", g.col(lambda: g.rnd.choice([f"Set appt w/ {v.given(g, 'us')} Sat 10am",
                                                                      "Wants payoff quote", "Spam call",
                                                                      f"Trade-in, wife {v.given(g, 'us')} co-signing"]),
                                                0.7), HEAVY),
        c("value", N, "DECIMAL(9,2)", g.amounts(0, 500, 0.4), "decoy"),
        c("tags", N, "VARCHAR", g.col(g.pick(["", "sales", "service", "sales,trade-in", "spam"])), "decoy"),
        c("start_time", N, "TIMESTAMP", g.moments("2025-09-01", "2025-11-20"), "decoy"),
    ])


def dm_rental_file(g: Gen) -> Table:
    """A Leeds list broker's rental file for a Yorkshire charity's cold appeal (SCREAMING case, fixed-width padding):
    the URN, list code and keycode (``none``), title, forename, surname, the letter's salutation (``person_name``),
    address lines, town, county (``none``), postcode, delivery-point suffix and Mailsort code (``none``), the
    TPS-screened phone, e-mail (mostly NULL), profile bands and flags (``none``), suppression reasons, the
    broker's account manager (staff)."""
    women = [g.rnd.random() < 0.55 for _ in range(g.rows)]
    people = [(f, *v.person(g, "uk", f)) for f in women]
    towns = [g.rnd.choice(v.UK_TOWNS) for _ in range(g.rows)]
    managers = ["Graham Oxley", "Lindsey Brearley"]
    titles = [g.rnd.choice(["Mrs", "Ms", "Miss", "Dr"]) if f else g.rnd.choice(["Mr", "Mr", "Dr"])
              for f, _, _ in people]

    def addr() -> tuple[str, str]:
        street = g.rnd.choice(v.UK_STREETS)
        if g.rnd.random() < 0.3:
            return g.rnd.choice(v.UK_HOUSES), f"{g.rnd.randint(1, 90)} {street}" if g.rnd.random() < 0.3 else street
        return f"{g.rnd.randint(1, 240)} {street}", "" if g.rnd.random() < 0.6 else g.rnd.choice(
            ["Burley-in-Wharfedale", "Headingley", "Sandal", "Bessacarr", "Pannal", "Walkley"])

    lines = [addr() for _ in range(g.rows)]
    return Table("DMLIST.RENTAL_FILE_2025Q3", "en", "screaming", [
        c("URN", N, "VARCHAR", [f"{i:09d}" for i in g.keys(4_400_001, 7)], "decoy", KEY, ABBREV),
        c("LIST_CODE", N, "VARCHAR", g.col(g.pick(["YKGIV01", "YKGIV02", "NTHLIF07"])), "decoy"),
        c("KEYCODE", N, "VARCHAR", g.col(lambda: g.code("YKS25A-99")), "decoy", SHAPE),
        c("TITLE", N, "VARCHAR", _pad(titles, 4), "decoy"),
        c("FORENAME", "first_name", "VARCHAR", _pad([a for _, a, _ in people], 20)),
        c("SURNAME", "last_name", "VARCHAR", _pad([b for _, _, b in people], 25)),
        c("SALUTATION", "person_name", "VARCHAR", [f"Dear {t} {b}" if g.rnd.random() < 0.85 else "Dear Friend"
                                                   for t, (_, _, b) in zip(titles, people, strict=True)]),
        c("ADDR1", "street_address", "VARCHAR", _pad([x[0] for x in lines], 35), ABBREV),
        c("ADDR2", "street_address", "VARCHAR", _pad([x[1] for x in lines], 35), ABBREV),
        c("TOWN", "city", "VARCHAR", _pad([t[0].upper() for t in towns], 20)),
        c("COUNTY", N, "VARCHAR", _pad([t[1] if g.rnd.random() < 0.7 else "" for t in towns], 25), "decoy"),
        c("POSTCODE", "postal_code", "VARCHAR", _pad([v.uk_postcode(g, t[2]) for t in towns], 8)),
        c("DPS", N, "VARCHAR", g.col(lambda: f"{g.rnd.randint(1, 9)}{g.rnd.choice('ABDEFGHJLNPQRSTUWXYZ')}"),
          "decoy", ABBREV, SHAPE),
        c("MAILSORT", N, "VARCHAR", g.col(lambda: g.digits(5)), "decoy", SHAPE),
        c("TEL_NO", "phone", "VARCHAR", _pad([g.phone("GB", g.rnd.choice(["national", "digits"]), g.rnd.random() < 0.3)
                                              if g.rnd.random() < 0.45 else "" for _ in range(g.rows)], 14), ABBREV),
        c("TPS_FLAG", N, "VARCHAR", g.col(g.pick(["Y", "N", "N"])), "decoy"),
        c("EMAIL_ADDR", "email", "VARCHAR", g.col(lambda: v.email(g, "uk"), 0.78), HEAVY, ABBREV),
        c("AGE_BAND", N, "VARCHAR", g.col(g.pick(["55-64", "65-74", "75+", "45-54"])), "decoy"),
        c("GENDER", N, "VARCHAR", ["F" if f else "M" for f, _, _ in people], "decoy"),
        c("INCOME_BAND", N, "VARCHAR", g.col(g.pick(["C", "D", "E", "F"])), "decoy"),
        c("LIFESTYLE_SEG", N, "VARCHAR", g.col(g.pick(["Comfortable Retirees", "Rural Traditionalists",
                                                       "Suburban Achievers", "Country Living"])), "decoy", ABBREV),
        c("DONOR_FLAG", N, "VARCHAR", g.col(g.pick(["Y", "N"])), "decoy"),
        c("SEED_FLAG", N, "VARCHAR", ["Y" if g.rnd.random() < 0.03 else "N" for _ in range(g.rows)], "decoy"),
        c("SUPPRESS_REASON", N, "VARCHAR", g.col(g.pick(["", "", "", "GAS", "MPS", "DEC", "DUP"])), "decoy"),
        c("SELECTION_DATE", N, "DATE", [date(2025, 7, 14)] * g.rows, "decoy"),
        c("ACCOUNT_MGR", "person_name", "VARCHAR", g.col(g.pick(managers)), STAFF, ABBREV),
    ])


def influencer_roster(g: Gen) -> Table:
    """A Mumbai skincare brand's influencer roster (camel case API export): creator id, full name, Instagram handle
    (``unclassified``), reach, e-mail, mobile and WhatsApp number, the individual's PAN (for TDS), the agency's GSTIN
    (``none``), birth date, shipping address, city, state (``none``), pincode, the talent manager's name and e-mail
    (mostly NULL), the agency, the brand's own marketers (staff), campaign names (``none``), rates, post URLs, the
    GTIN of the seeded product and notes naming people."""
    pairs = [v.person(g, "in") for _ in range(g.rows)]
    places = [g.rnd.choice(v.IN_CITIES) for _ in range(g.rows)]
    managed = [g.rnd.random() < 0.35 for _ in range(g.rows)]
    agencies = [("Glowhouse Talent LLP", v.in_gstin(g)), ("Sparrow Creators Pvt Ltd", v.in_gstin(g)),
                ("InkPot Media", v.in_gstin(g))]
    agency = [g.rnd.choice(agencies) if g.rnd.random() < 0.55 else None for _ in range(g.rows)]
    owners = ["Tanvi Kulkarni", "Rohan Shetty", "Meghna Iyer"]
    mobiles = [g.phone("IN", g.rnd.choice(["nsn", "e164", "intl", "national"])) for _ in range(g.rows)]

    def note() -> str:
        return g.rnd.choice(["Prefers barter + fee", f"Sister {v.given(g, 'in')} also creates, ask for intro",
                             f"Ship to her mom's place, contact {v.whole(g, 'in')}", "Delivered 2 reels late",
                             f"Alt number {g.phone('IN', 'national')}"])

    return Table("creatorhub_api.influencerRoster", "en", "camel", [
        c("creatorId", N, "VARCHAR", g.col(lambda: "cr_" + g.code("ZZZZZZZZ")), "decoy", KEY),
        c("fullName", "person_name", "VARCHAR", [f"{a} {b}" for a, b in pairs]),
        c("igHandle", USERNAME, "VARCHAR", ["@" + v.handle(a, b, i) for i, (a, b) in enumerate(pairs)], USER),
        c("followerCount", N, "INTEGER", g.ints(2_000, 900_000), "decoy"),
        c("engagementRate", N, "DOUBLE", g.floats(0.8, 9.5, 2), "decoy"),
        c("niche", N, "VARCHAR", g.col(g.pick(["skincare", "beauty", "lifestyle", "fitness", "mom blogger"])),
          "decoy"),
        c("tier", N, "VARCHAR", g.col(g.pick(["nano", "micro", "micro", "macro"])), "decoy"),
        c("email", "email", "VARCHAR", [v.email_of(g, a, b, v.DOMAINS["in"]) for a, b in pairs]),
        c("mobile", "phone", "VARCHAR", mobiles),
        c("whatsappNo", "phone", "VARCHAR", [m if g.rnd.random() < 0.5 else g.phone("IN", "e164")
                                             if g.rnd.random() < 0.3 else None for m in mobiles]),
        c("pan", "national_id", "VARCHAR", [v.in_pan(g, b) if g.rnd.random() < 0.8 else None for _, b in pairs]),
        c("agencyGstin", N, "VARCHAR", [a[1] if a else None for a in agency], "business", CHECK, SHAPE),
        c("dob", "date_of_birth", "DATE", g.births(1988, 2005, 0.3), ABBREV),
        c("shippingAddress", "street_address", "VARCHAR", g.col(lambda: v.in_address(g), 0.1)),
        c("city", "city", "VARCHAR", [p[0] for p in places]),
        c("state", N, "VARCHAR", [p[1] for p in places], "decoy"),
        c("pincode", "postal_code", "VARCHAR", [p[2] + g.digits(3) for p in places]),
        c("managerName", "person_name", "VARCHAR", [v.whole(g, "in") if m else None for m in managed], ROLE, HEAVY),
        c("managerEmail", "email", "VARCHAR", [v.email(g, "in") if m else None for m in managed], ROLE_EMAIL, HEAVY),
        c("agencyName", N, "VARCHAR", [a[0] if a else None for a in agency], "business"),
        c("brandOwner", "person_name", "VARCHAR", g.col(g.pick(owners)), STAFF),
        c("campaignName", N, "VARCHAR", g.col(g.pick(["Monsoon Glow Drop", "Kesar Night Serum Launch",
                                                      "Diwali Gift Box", "SPF Everyday"])), "decoy", MISLEADING),
        c("deliverables", N, "VARCHAR", g.col(g.pick(["2 reels + 3 stories", "1 reel", "1 YT short + 2 stories"])),
          "decoy"),
        c("rateCardInr", N, "INTEGER", g.ints(5_000, 400_000), "decoy"),
        c("contractStatus", N, "VARCHAR", g.col(g.pick(["signed", "negotiating", "completed", "dropped"])), "decoy"),
        c("lastPostUrl", N, "VARCHAR", g.col(lambda: f"https://www.instagram.com/p/{g.code('ZZZZZZZZZZZ')}/", 0.3),
          "decoy", SHAPE),
        c("productSentGtin", N, "VARCHAR", g.col(lambda: v.gtin13(g, "890"), 0.2), "decoy", CHECK, SHAPE),
        c("notes", "free_text", "VARCHAR", g.col(note, 0.5)),
    ])


def referral_ledger(g: Gen) -> Table:
    """An Austin fintech's referral programme ledger (Pascal case): ids, the referrer's name, ``Source`` (the share
    widget's sender: the referrer's e-mail, tag ``misleading``), the referral code (Luhn mod 36: ``none``), the
    referee's names, e-mail, phone, ZIP and sign-up IP, channel, status and reward, the push-to-card payout card (in
    clear, mostly NULL) and its last four digits (``none``), the W-9 SSN and legal name for rewards of $600 a year or
    more (mostly NULL), the device fingerprint and fraud score (``none``), the fraud reviewer's login and note, the
    writer (a service account) and the campaign name."""
    referrers = [v.person(g, "us") for _ in range(90)]
    who = [g.rnd.choice(referrers) for _ in range(g.rows)]
    pairs = [v.person(g, "us") for _ in range(g.rows)]
    places = [g.rnd.choice(v.US_ATX) for _ in range(g.rows)]
    ref_mail = {r: v.email_of(g, r[0], r[1], v.DOMAINS["us"]) for r in referrers}
    paid = [g.rnd.random() < 0.5 for _ in range(g.rows)]
    cards = [v.card(g) if p and g.rnd.random() < 0.45 else None for p in paid]
    w9 = [g.rnd.random() < 0.16 for _ in range(g.rows)]
    reviewers = ["mgarza", "tpettaway", "kwhitfield"]

    def review() -> str:
        return g.rnd.choice(["Same device as referrer, denied", f"Referee is referrer's spouse ({v.whole(g, 'us')})",
                             "Cleared after ID check", f"Called {g.phone('US', 'national')}, no answer"])

    return Table("referral_svc.ReferralLedger", "en", "pascal", [
        c("ReferralId", N, "BIGINT", g.keys(300_001), "decoy", KEY),
        c("ReferrerCustomerId", N, "BIGINT", [10_000 + referrers.index(r) for r in who], "decoy", KEY),
        c("ReferrerFullName", "person_name", "VARCHAR", [f"{a} {b}" for a, b in who], ROLE),
        c("Source", "email", "VARCHAR", [ref_mail[r] if g.rnd.random() < 0.9 else None for r in who], MISLEADING),
        c("ReferralCode", N, "VARCHAR", [f"BB{v.luhn36_code(g, 7)}" for _ in range(g.rows)], "decoy", CHECK, SHAPE),
        c("RefereeFirstName", "first_name", "VARCHAR", [a for a, _ in pairs], ROLE),
        c("RefereeLastName", "last_name", "VARCHAR", [b for _, b in pairs], ROLE),
        c("RefereeEmail", "email", "VARCHAR", [v.email_of(g, a, b, v.DOMAINS["us"]) for a, b in pairs], ROLE_EMAIL),
        c("RefereePhone", "phone", "VARCHAR", g.phones("US", {"e164": 0.6, "national": 0.3, "dashes": 0.1}, 0.95,
                                                        0.1)),
        c("RefereeZip", "postal_code", "VARCHAR", [v.us_zip(g, p[2]) for p in places]),
        c("RefereeSignupIp", "ip_address", "VARCHAR", g.col(lambda: g.ip(0.3), 0.05)),
        c("ShareChannel", N, "VARCHAR", g.col(g.pick(["sms", "email", "copy_link", "whatsapp"])), "decoy"),
        c("Status", N, "VARCHAR", ["paid" if p else g.rnd.choice(["pending", "expired", "denied"]) for p in paid],
          "decoy"),
        c("RewardAmountUsd", N, "DECIMAL(8,2)", g.col(g.pick([25.0, 50.0, 50.0, 100.0])), "decoy"),
        c("RewardPaidAt", N, "TIMESTAMP", [g.moment("2025-01-01", "2025-11-20") if p else None for p in paid],
          "decoy"),
        c("PayoutCardNumber", "credit_card", "VARCHAR", cards, HEAVY),
        c("PayoutCardLast4", N, "VARCHAR", [x.replace(" ", "")[-4:] if x else g.digits(4) if p else None
                                            for x, p in zip(cards, paid, strict=True)], "decoy",
          PARTIAL, SHAPE),
        c("W9Ssn", "ssn", "VARCHAR", [v.us_ssn(g, g.rnd.random() < 0.6) if w else None for w in w9], HEAVY),
        c("W9LegalName", "person_name", "VARCHAR", [f"{a} {b}" if w else None
                                                    for w, (a, b) in zip(w9, who, strict=True)], HEAVY, ROLE),
        c("DeviceFingerprint", N, "VARCHAR", g.col(g.sha256), "decoy", SHAPE),
        c("FraudScore", N, "DOUBLE", g.floats(0, 1, 3), "decoy"),
        c("FraudReviewer", USERNAME, "VARCHAR", g.col(g.pick(reviewers), 0.3), USER, AUDIT),
        c("ReviewNote", "free_text", "VARCHAR", g.sparse(review, 0.8, ("", "", "n/a")), NULLWORD),
        c("CreatedAtUtc", N, "TIMESTAMP", g.moments("2024-06-01", "2025-11-20"), "decoy"),
        c("UpdatedBy", N, "VARCHAR", g.col(g.pick(["referral-worker", "payout-svc"])), "decoy", AUDIT, SERVICE),
        c("CampaignName", N, "VARCHAR", g.col(g.pick(["Give $50 Get $50", "Spring Boost", "Tax Refund Referral"])),
          "decoy", MISLEADING),
    ])


def review_moderation(g: Gen) -> Table:
    """A Toronto furniture retailer's customer-review moderation queue: ids, the product (named after people:
    ``none``), SKU and UPC, the reviewer's display name (``Sarah T.``), e-mail and ``City, ON``, the order number
    (Luhn: ``none``), rating, title, body (``free_text``), submission time and IP, auto-moderation flags as JSON
    (``none``), the moderator (staff) and their login, the decision and note, the merchant's reply signed by staff,
    the webhook URL (``webhook_address``: ``none``), ``custom_field_1`` (verified purchase), ``custom_field_2`` (a
    follow-up phone) and ``custom_field_3`` (the store visited)."""
    pairs = [v.person(g, "ca") for _ in range(g.rows)]
    places = [g.rnd.choice([x for x in v.CA_CITIES if x[1] == "ON"]) for _ in range(g.rows)]
    products = [("The Eleanor Sofa", "SOF-ELN-3S"), ("Harrison Dining Chair", "CHR-HRS-OAK"),
                ("Margot Bed Frame", "BED-MRG-Q"), ("The Wallace Sideboard", "SDB-WLC-WAL"),
                ("Beatrice Accent Chair", "CHR-BTR-VEL"), ("Arthur Coffee Table", "TBL-ART-RND")]
    product = [g.rnd.randrange(len(products)) for _ in range(g.rows)]
    upcs = {p: v.upc12(g) for p in range(len(products))}
    mods = [v.person(g, "ca") for _ in range(4)]
    mod = [g.rnd.choice(mods) if g.rnd.random() < 0.85 else None for _ in range(g.rows)]

    def body() -> str:
        return g.rnd.choice(["Comfortable but the cushions flattened after a month.",
                             (f"Delivery guys were great, ask for {v.given(g, 'ca')}! Called me at "
                             f"{g.phone('CA', 'dashes')} before arriving."),
                             f"Bought this for my mother {v.whole(g, 'ca')}, she loves it.",
                             "Colour is darker than the photos. Still five stars.",
                             f"Terrible service, email me back at {v.email(g, 'ca')} or I'm filing a chargeback.",
                             "Solid wood, easy assembly, would buy again."])

    def reply() -> str | None:
        if g.rnd.random() < 0.64:
            return None
        who = g.rnd.choice(mods)[0]
        return g.rnd.choice([f"Thanks so much for the kind words! - {who}, Customer Care",
                             f"Sorry to hear this. Please contact us at care@maplebirch.example. - {who}"])

    return Table("reviewdesk.moderation_queue", "en", "snake", [
        c("queue_item_id", N, "BIGINT", g.keys(51_001), "decoy", KEY),
        c("review_id", N, "VARCHAR", g.col(g.uuid), "decoy", KEY),
        c("product_name", N, "VARCHAR", [products[p][0] for p in product], "decoy", MISLEADING),
        c("product_sku", N, "VARCHAR", [products[p][1] for p in product], "decoy", SHAPE),
        c("product_upc", N, "VARCHAR", [upcs[p] for p in product], "decoy", CHECK, SHAPE),
        c("reviewer_display_name", "person_name", "VARCHAR", [g.rnd.choice([f"{a} {b[0]}.", a, f"{a} {b}"])
                                                              for a, b in pairs]),
        c("reviewer_email", "email", "VARCHAR", [v.email_of(g, a, b, v.DOMAINS["ca"]) for a, b in pairs]),
        c("reviewer_location", "city", "VARCHAR", [f"{p[0]}, {p[1]}" if g.rnd.random() < 0.7 else p[0]
                                                   for p in places]),
        c("order_number", N, "VARCHAR", g.col(lambda: v.luhn_number(g, "MB", 8), 0.15), "decoy", CHECK, SHAPE),
        c("rating", N, "INTEGER", g.ints(1, 5), "decoy"),
        c("title", N, "VARCHAR", g.col(g.pick(["Love it", "Not as pictured", "Great value", "Meh", "Would not buy"])),
          "decoy"),
        c("body", "free_text", "VARCHAR", g.col(body, 0.05)),
        c("submitted_at", N, "TIMESTAMP", g.moments("2025-05-01", "2025-11-20"), "decoy"),
        c("submitted_ip", "ip_address", "VARCHAR", g.col(lambda: g.ip(0.25), 0.05)),
        c("auto_flags", N, "VARCHAR", g.col(lambda: json.dumps({"profanity": round(g.rnd.random() / 4, 3),
                                                                "contains_contact_info": g.rnd.random() < 0.2,
                                                                "lang": "en"})), "decoy", JSON_PLAIN),
        c("flag_reason", N, "VARCHAR", g.col(g.pick(["", "contact_info", "profanity", "off_topic", ""])), "decoy"),
        c("moderator", "person_name", "VARCHAR", [f"{m[0]} {m[1]}" if m else None for m in mod], STAFF),
        c("moderator_login", USERNAME, "VARCHAR", [v.handle(m[0], m[1], 6) if m else None for m in mod], USER, AUDIT),
        c("decision", N, "VARCHAR", ["pending" if m is None else g.rnd.choice(["approved", "approved", "rejected",
                                                                                "edited"]) for m in mod], "decoy"),
        c("decided_at", N, "TIMESTAMP", [g.moment("2025-05-01", "2025-11-20") if m else None for m in mod], "decoy"),
        c("moderator_note", "free_text", "VARCHAR", g.sparse(lambda: g.rnd.choice([
            "Removed phone number from body", f"Customer {v.whole(g, 'ca')} called to retract",
            "Duplicate of earlier review"]), 0.8, ("", "", "-")), NULLWORD),
        c("merchant_reply", "free_text", "VARCHAR", [reply() for _ in range(g.rows)], HEAVY),
        c("webhook_address", N, "VARCHAR", g.col(g.pick(["https://hooks.maplebirch.example/reviews/v2",
                                                         "https://hooks.maplebirch.example/reviews/v1"])),
          "decoy", MISLEADING, SERVER),
        c("custom_field_1", N, "VARCHAR", g.col(g.pick(["Y", "Y", "N"])), "decoy", OPAQUE, CUSTOM),
        c("custom_field_2", "phone", "VARCHAR", g.phones("CA", {"national": 0.5, "dashes": 0.3, "e164": 0.2}, 0.8,
                                                          0.6), OPAQUE, CUSTOM, HEAVY),
        c("custom_field_3", N, "VARCHAR", g.col(g.pick(["Yorkdale", "Sherway Gardens", "Online", "Vaughan Mills"])),
          "business", OPAQUE, CUSTOM),
    ])


# -- Germany, the Netherlands, Brazil, Korea, Turkey, Spain ------------------------------------------------------------


def messe_lead_scans(g: Gen) -> Table:
    """A Stuttgart machine-tool maker's lead-scanner export from a trade fair (German headers with spaces and dots):
    lead id, scan time, badge number, salutation, the visitor's first and family name, company, department and
    position (``none``), the work e-mail (one person's: ``email``), the company's switchboard, street, PLZ and town
    (``business``), the mobile, the company's VAT id (``none``), interest, timing, budget and rating, a note naming
    people and phones (``free_text``), the booth staff who scanned (staff), the fair, the device, consent, the photo
    of the business card (a URL)."""
    pairs = [v.person(g, "de") for _ in range(g.rows)]
    firms = [(name, f"{g.rnd.choice(v.DE_STREETS)} {g.rnd.randint(1, 80)}", city, f"{lead}{g.digits(3)}",
              g.phone("DE", "intl", False), v.de_vat(g), dom)
             for name, dom in [("Schwäbische Präzisionsteile GmbH", "sp-teile.de"), ("Weserland Antriebe AG",
                                                                                    "weserland-antriebe.de"),
                               ("Kuhn & Ziegler Formenbau", "kz-formenbau.de"), ("Alb-Metall Reutlingen GmbH",
                                                                                  "albmetall.de"),
                               ("Niedersachsen Fluidtechnik KG", "nds-fluid.de"), ("Hohenlohe Gussteile GmbH",
                                                                                  "hohenlohe-guss.de"),
                               ("Ostfalia Robotik GmbH", "ostfalia-robotik.de")]
             for city, lead in [g.rnd.choice(v.DE_CITIES)]]
    firm = [g.rnd.randrange(len(firms)) for _ in range(g.rows)]
    booth = ["Heike Maurer", "Steffen Frey", "Katrin Seifert", "Lars Engel"]

    def note() -> str:
        return g.rnd.choice(["Will Angebot für 5-Achs-Fräse bis KW 48",
                             f"Kollege {v.whole(g, 'de')} entscheidet mit, bitte auch anschreiben",
                             f"Privat erreichbar unter {g.phone('DE', 'national')}", "Nur Prospekt mitgenommen",
                             f"Kennt {g.rnd.choice(booth).split()[0]} von der EMO 2023"])

    return Table("messe_leads.besucher_scans", "de", "spaces", [
        c("Lead-ID", N, "VARCHAR", g.col(lambda: "L-" + g.code("99999999")), "decoy", KEY, SPACED),
        c("Scan-Zeitpunkt", N, "VARCHAR", g.stamps("2025-09-22", "2025-09-27", "%d.%m.%Y %H:%M"), "decoy", SPACED),
        c("Badge-Nr.", N, "VARCHAR", g.col(lambda: g.code("EMO25-99999999")), "decoy", SHAPE, SPACED),
        c("Anrede", N, "VARCHAR", g.col(g.pick(["Herr", "Frau", "Herr", ""])), "decoy"),
        c("Vorname", "first_name", "VARCHAR", [a for a, _ in pairs]),
        c("Nachname", "last_name", "VARCHAR", [b for _, b in pairs]),
        c("Firma", N, "VARCHAR", [firms[f][0] for f in firm], "business"),
        c("Abteilung", N, "VARCHAR", g.col(g.pick(["Einkauf", "Fertigung", "Geschäftsführung", "Konstruktion", ""])),
          "decoy"),
        c("Position", N, "VARCHAR", g.col(g.pick(["Leiter Einkauf", "Fertigungsleiter", "Geschäftsführer",
                                                  "Konstrukteur", "Werkstudent"])), "decoy"),
        c("E-Mail", "email", "VARCHAR", [v.work_email(a, b, firms[f][6]) if g.rnd.random() < 0.9 else ""
                                         for (a, b), f in zip(pairs, firm, strict=True)], SPACED),
        c("Telefon Zentrale", N, "VARCHAR", [firms[f][4] for f in firm], "business", SPACED),
        c("Mobil", "phone", "VARCHAR", g.phones("DE", {"national": 0.5, "intl": 0.3, "00": 0.2}, 1.0, 0.35)),
        c("Straße", N, "VARCHAR", [firms[f][1] for f in firm], "business"),
        c("PLZ", N, "VARCHAR", [firms[f][3] for f in firm], "business", ABBREV),
        c("Ort", N, "VARCHAR", [firms[f][2] for f in firm], "business"),
        c("Land", N, "VARCHAR", ["Deutschland"] * g.rows, "decoy"),
        c("USt-IdNr.", N, "VARCHAR", [firms[f][5] for f in firm], "business", CHECK, ABBREV, SPACED),
        c("Interesse", N, "VARCHAR", g.col(g.pick(["Fräsen", "Drehen", "Automation", "Service", "Software"])),
          "decoy"),
        c("Kaufzeitraum", N, "VARCHAR", g.col(g.pick(["< 3 Monate", "3-6 Monate", "> 12 Monate", "unklar"])),
          "decoy"),
        c("Budget", N, "VARCHAR", g.col(g.pick(["< 50k", "50-250k", "> 250k", ""])), "decoy"),
        c("Bewertung", N, "VARCHAR", g.col(g.pick(["A - heiß", "B - warm", "C - kalt"])), "decoy"),
        c("Notiz", "free_text", "VARCHAR", g.col(note, 0.4)),
        c("Gescannt von", "person_name", "VARCHAR", g.col(g.pick(booth)), STAFF, SPACED),
        c("Messe", N, "VARCHAR", ["EMO Hannover 2025"] * g.rows, "decoy"),
        c("Gerät", N, "VARCHAR", g.col(g.pick(["iPad Stand B12-1", "iPad Stand B12-2", "Scanner 07"])), "decoy"),
        c("Einwilligung Marketing", N, "VARCHAR", g.col(g.pick(["ja", "ja", "nein"])), "decoy", SPACED),
        c("Visitenkarte Foto", N, "VARCHAR", g.col(lambda: f"https://leads.messe-scan.example/img/{g.uuid()}.jpg",
                                                   0.5), "decoy", SHAPE, SPACED),
    ])


def nl_panel(g: Gen) -> Table:
    """A Utrecht market-research panel's panelists (Dutch, snake case): ids and panel code, first name,
    ``tussenvoegsel`` (the name particle: ``last_name``, mostly empty) and family name, sex, birth date, street and
    number, postcode, town, province (``none``), e-mail, mobile, the IBAN incentives are paid to and its holder
    (mostly NULL), profile answers, points, the last study's name (``none``), the project leader (staff), how and by
    whom they were recruited, remarks and the registration IP."""
    rows = [(g.rnd.random() < 0.52, ) for _ in range(g.rows)]
    people = [(f, *v.person(g, "nl", f)) for (f,) in rows]
    places = [g.rnd.choice(v.NL_CITIES) for _ in range(g.rows)]
    payout = [g.rnd.random() < 0.45 for _ in range(g.rows)]
    leads = ["Marloes Visser", "Roel Brouwer", "Fleur Dekker"]

    def split(last: str) -> tuple[str, str]:
        parts = last.split()
        return " ".join(parts[:-1]), parts[-1]

    def remark() -> str:
        return g.rnd.choice(["Wil alleen online onderzoeken", f"Partner {v.whole(g, 'nl')} doet ook mee",
                             "Nieuw adres doorgegeven per mail", f"Bel liever op {g.phone('NL', 'national', False)}"])

    return Table("panelbeheer.panelleden", "nl", "snake", [
        c("panellid_id", N, "BIGINT", g.keys(700_001), "decoy", KEY),
        c("panel_code", N, "VARCHAR", g.col(lambda: g.code("UPN-99999")), "decoy", SHAPE),
        c("voornaam", "first_name", "VARCHAR", [a for _, a, _ in people]),
        c("tussenvoegsel", "last_name", "VARCHAR", [split(b)[0] for _, _, b in people], NAME_PART),
        c("achternaam", "last_name", "VARCHAR", [split(b)[1] for _, _, b in people]),
        c("geslacht", N, "VARCHAR", ["V" if f else "M" for f, _, _ in people], "decoy"),
        c("geboortedatum", "date_of_birth", "DATE", g.births(1945, 2007)),
        c("straat_huisnr", "street_address", "VARCHAR", g.col(lambda: v.nl_street(g), 0.05)),
        c("postcode", "postal_code", "VARCHAR", [v.nl_postcode(g, p[2]) for p in places]),
        c("woonplaats", "city", "VARCHAR", [p[0] for p in places]),
        c("provincie", N, "VARCHAR", [p[1] for p in places], "decoy"),
        c("email", "email", "VARCHAR", [v.email_of(g, a, b, v.DOMAINS["nl"]) for _, a, b in people]),
        c("mobiel", "phone", "VARCHAR", g.phones("NL", {"national": 0.5, "intl": 0.2, "e164": 0.1, "digits": 0.2},
                                                  1.0, 0.15)),
        c("iban_beloning", "iban", "VARCHAR", [v.iban(g, "NL", g.rnd.random() < 0.4) if p else None for p in payout],
          HEAVY),
        c("rekeninghouder", "person_name", "VARCHAR", [(f"{a[0]}. {b}" if g.rnd.random() < 0.6 else v.whole(g, "nl"))
                                                       if p else None for p, (_, a, b) in zip(payout, people,
                                                                                              strict=True)],
          HEAVY, ROLE),
        c("opleidingsniveau", N, "VARCHAR", g.col(g.pick(["mbo", "hbo", "wo", "vmbo", "havo/vwo"])), "decoy"),
        c("huishoudgrootte", N, "INTEGER", g.ints(1, 6), "decoy"),
        c("inkomen_klasse", N, "VARCHAR", g.col(g.pick(["modaal", "beneden modaal", "1-2x modaal", "> 2x modaal",
                                                        "zeg ik liever niet"])), "decoy"),
        c("punten_saldo", N, "INTEGER", g.ints(0, 4_000), "decoy"),
        c("laatste_onderzoek_naam", N, "VARCHAR", g.col(g.pick(["Koffie concepttest Q3", "Verzekeringen tracker",
                                                                "Supermarkt NPS-panel", "Energie & duurzaamheid"])),
          "decoy", MISLEADING),
        c("projectleider", "person_name", "VARCHAR", g.col(g.pick(leads)), STAFF),
        c("aangemeld_via", N, "VARCHAR", g.col(g.pick(["Facebook-advertentie", "Vriend", "Google", "Nieuwsbrief"])),
          "decoy"),
        c("aangebracht_door", "person_name", "VARCHAR", g.col(lambda: v.whole(g, "nl"), 0.7), HEAVY, ROLE),
        c("opmerkingen", "free_text", "VARCHAR", g.sparse(remark, 0.8, ("", "", "geen", "n.v.t.")), NULLWORD),
        c("ip_registratie", "ip_address", "VARCHAR", g.col(lambda: g.ip(0.3), 0.1)),
        c("aangemeld_op", N, "DATE", g.days("2016-01-01", "2025-10-31"), "decoy"),
    ])


def br_sweepstakes(g: Gen) -> Table:
    """A Recife soft-drink maker's "buy and win" sweepstakes entries (Brazilian Portuguese, camel case): entry id,
    full name, CPF (some ``000.000.000-00``), birth date as text, e-mail (some ``teste@teste.com``), mobile, consents,
    CEP, address, city, UF (``none``), the receipt's number and NFC-e access key, the store's CNPJ and name
    (``none``), the product's GTIN, the lucky number, the sign-up IP and user agent, origin and winner flag, the
    guardian's name and CPF for entrants aged 16 or 17 (mostly NULL), the validating clerk (staff), the entrant's
    Instagram and tagged friends' handles."""
    pairs = [v.person(g, "br") for _ in range(g.rows)]
    places = [g.rnd.choice(v.BR_CITIES) for _ in range(g.rows)]
    stores = [(name, v.br_cnpj(g)) for name in ["Supermercado Boa Praça", "Atacarejo Nordeste", "Mercadinho São José",
                                                 "Hiper Capibaribe", "Conveniência Posto Avenida"]]
    store = [g.rnd.choice(stores) for _ in range(g.rows)]
    minor = [g.rnd.random() < 0.08 for _ in range(g.rows)]
    births = [g.birth(2008, 2009) if m else g.birth(1955, 2007) for m in minor]
    clerks = ["Tatiane Barbosa", "Josué Bezerra", "Luana Cavalcanti"]
    cpfs = _dirty(g, [v.br_cpf(g, g.rnd.random() < 0.7) for _ in range(g.rows)], 0.03, ["000.000.000-00",
                                                                                      "00000000000"])

    def friends() -> str | None:
        if g.rnd.random() < 0.45:
            return None
        return ", ".join("@" + v.handle(*v.person(g, "br"), g.rnd.randint(0, 99)) for _ in range(3))

    return Table("promo_verao.cadastroParticipantes", "pt", "camel", [
        c("idParticipacao", N, "BIGINT", g.keys(1), "decoy", KEY),
        c("nomeCompleto", "person_name", "VARCHAR", [f"{a} {b}" for a, b in pairs]),
        c("cpf", "national_id", "VARCHAR", cpfs, PLACEHOLDER),
        c("dataNascimento", "date_of_birth", "VARCHAR", [b.strftime("%d/%m/%Y") for b in births], DOB_TEXT),
        c("email", "email", "VARCHAR", _dirty(g, [v.email_of(g, a, b, v.DOMAINS["br"]) for a, b in pairs], 0.04,
                                              ["teste@teste.com", "a@a.com"]), PLACEHOLDER),
        c("celular", "phone", "VARCHAR", g.phones("BR", {"national": 0.6, "digits": 0.2, "e164": 0.2})),
        c("aceiteWhatsapp", N, "BOOLEAN", g.yn(True, False, 0.7), "decoy"),
        c("cep", "postal_code", "VARCHAR", [v.br_cep(g, p[2]) for p in places]),
        c("endereco", "street_address", "VARCHAR", g.col(lambda: v.br_address(g), 0.08)),
        c("cidade", "city", "VARCHAR", [p[0] for p in places]),
        c("uf", N, "VARCHAR", [p[1] for p in places], "decoy", ABBREV),
        c("numeroCupomFiscal", N, "VARCHAR", g.col(lambda: g.digits(6)), "decoy", SHAPE),
        c("chaveNfce", N, "VARCHAR", [v.br_nfce_key(g, s[1]) for s in store], "decoy", CHECK, SHAPE),
        c("cnpjLoja", N, "VARCHAR", [s[1] for s in store], "business", CHECK),
        c("nomeLoja", N, "VARCHAR", [s[0] for s in store], "business"),
        c("produtoEan", N, "VARCHAR", g.col(g.pick([v.gtin13(g, "789") for _ in range(4)])), "decoy", CHECK, SHAPE),
        c("numeroDaSorte", N, "VARCHAR", g.col(lambda: f"{g.rnd.randint(0, 9)}/{g.digits(5)}"), "decoy", SHAPE),
        c("aceiteRegulamento", N, "BOOLEAN", [True] * g.rows, "decoy"),
        c("aceiteMarketing", N, "BOOLEAN", g.yn(True, False, 0.55), "decoy"),
        c("ipCadastro", "ip_address", "VARCHAR", g.col(lambda: g.ip(0.4))),
        c("userAgent", N, "VARCHAR", g.col(g.pick(v.USER_AGENTS)), "decoy", AGENT, SHAPE),
        c("origemCadastro", N, "VARCHAR", g.col(g.pick(["site", "whatsapp", "site", "app"])), "decoy"),
        c("ganhador", N, "BOOLEAN", g.yn(True, False, 0.02), "decoy"),
        c("nomeResponsavel", "person_name", "VARCHAR", [v.whole(g, "br") if m else None for m in minor], ROLE, HEAVY),
        c("cpfResponsavel", "national_id", "VARCHAR", [v.br_cpf(g) if m else None for m in minor], HEAVY),
        c("atendenteValidacao", "person_name", "VARCHAR", g.col(g.pick(clerks), 0.2), STAFF),
        c("instagram", USERNAME, "VARCHAR", [None if g.rnd.random() < 0.4 else "@" + v.handle(a, b, i)
                                             for i, (a, b) in enumerate(pairs)], USER),
        c("amigosMarcados", USERNAME, "VARCHAR", [friends() for _ in range(g.rows)], USER, MULTI),
    ])


def kr_sms_consent(g: Gen) -> Table:
    """A Seoul cosmetics brand's SMS marketing-consent log (Korean column names): log and member numbers, name,
    mobile (some ``010-0000-0000``), consent flag, channel and times, the brand's sender and opt-out numbers
    (``business``), the one-time verification code (``none``), the request IP and device, the campaign name
    (``none``), counts, birth date as ``YYYYMMDD`` text, e-mail, postcode and address (partly NULL), the store, the
    handler's login, remarks, the brand's business registration number (``none``) and the raw request as JSON
    (``free_text``)."""
    pairs = [v.person(g, "ko") for _ in range(g.rows)]
    names = [v.full(a, b) for a, b in pairs]
    phones = _dirty(g, [g.phone("KR", g.rnd.choice(["national", "national", "digits", "intl"])) for _ in range(g.rows)],
                    0.03, ["010-0000-0000"])
    addresses = [v.ko_address(g) if g.rnd.random() < 0.6 else None for _ in range(g.rows)]
    withdrawn = [g.rnd.random() < 0.4 for _ in range(g.rows)]
    brn = v.kr_brn(g)
    handlers = ["cs_jihoon", "cs_minji", "mkt_yujin"]

    def raw(i: int) -> str:
        return json.dumps({"name": names[i], "phone": phones[i], "agree": not withdrawn[i],
                           "channel": g.rnd.choice(["web", "app"])}, ensure_ascii=False)

    def remark() -> str:
        return g.rnd.choice(["매장에서 구두 동의", f"{v.whole(g, 'ko')} 고객 요청으로 철회", "080 수신거부 접수",
                             f"보호자 {v.whole(g, 'ko')} 연락처로 변경"])

    return Table("문자마케팅.수신동의_이력", "ko", "hangul", [
        c("이력번호", N, "BIGINT", g.keys(2_025_000_001), "decoy", KEY),
        c("회원번호", N, "VARCHAR", g.col(lambda: "M" + g.digits(9)), "decoy", KEY),
        c("이름", "person_name", "VARCHAR", names),
        c("휴대폰번호", "phone", "VARCHAR", phones, PLACEHOLDER),
        c("수신동의여부", N, "VARCHAR", ["N" if w else "Y" for w in withdrawn], "decoy"),
        c("동의채널", N, "VARCHAR", g.col(g.pick(["웹", "앱", "매장", "콜센터"])), "decoy"),
        c("동의일시", N, "TIMESTAMP", g.moments("2023-01-01", "2025-06-30"), "decoy"),
        c("철회일시", N, "TIMESTAMP", [g.moment("2025-07-01", "2025-11-20") if w else None for w in withdrawn],
          "decoy"),
        c("발신번호", N, "VARCHAR", ["1588-5710"] * g.rows, "business"),
        c("080수신거부번호", N, "VARCHAR", ["080-855-0142"] * g.rows, "business"),
        c("인증번호", N, "VARCHAR", g.col(lambda: g.digits(6)), "decoy", CREDENTIAL),
        c("인증요청IP", "ip_address", "VARCHAR", g.col(lambda: g.ip(0.2), 0.15)),
        c("접속기기", N, "VARCHAR", g.col(g.pick(v.USER_AGENTS), 0.15), "decoy", AGENT, SHAPE),
        c("캠페인명", N, "VARCHAR", g.col(g.pick(["봄 신상 쿠폰", "블랙프라이데이 사전알림", "멤버십 데이", "신규가입 웰컴"])),
          "decoy", MISLEADING),
        c("발송건수", N, "INTEGER", g.ints(0, 60), "decoy"),
        c("생년월일", "date_of_birth", "VARCHAR", g.col(lambda: g.birth(1970, 2006).strftime("%Y%m%d"), 0.2),
          DOB_TEXT),
        c("이메일", "email", "VARCHAR", [v.email_of(g, a, b, v.DOMAINS["ko"]) if g.rnd.random() < 0.55 else None
                                        for a, b in pairs]),
        c("우편번호", "postal_code", "VARCHAR", [a[1] if a else None for a in addresses]),
        c("주소", "street_address", "VARCHAR", [a[0] if a else None for a in addresses]),
        c("매장명", N, "VARCHAR", g.col(g.pick(["성수 플래그십", "더현대 서울점", "온라인몰", "부산 서면점"])), "business"),
        c("처리자ID", USERNAME, "VARCHAR", g.col(g.pick(handlers), 0.4), USER, AUDIT),
        c("비고", "free_text", "VARCHAR", g.sparse(remark, 0.82, ("", "없음", "-")), NULLWORD),
        c("사업자등록번호", N, "VARCHAR", [brn] * g.rows, "business", CHECK),
        c("요청원문", "free_text", "VARCHAR", [raw(i) for i in range(g.rows)], JSON),
    ])


def tr_focus_screener(g: Gen) -> Table:
    """An Istanbul research agency's focus-group recruiting screener (Turkish, snake case): participant id and project
    code, first and family name, T.C. kimlik numarası and birth date, mobile, e-mail, city, postcode, the address the
    gift card is sent to (mostly NULL), screener questions ``s1`` to ``s10`` (profile answers: ``none``; the spouse's
    name: ``person_name``; an open answer: ``free_text``; a referrer's phone: ``phone``), the recruiter (staff), the
    verdict and group date, the IBAN and amount of the incentive, the agency's VKN (``none``), quotas as JSON
    (``none``) and notes."""
    rows = [(g.rnd.random() < 0.5,) for _ in range(g.rows)]
    people = [(f, *v.person(g, "tr", f)) for (f,) in rows]
    places = [g.rnd.choice(v.TR_CITIES) for _ in range(g.rows)]
    recruiters = ["Derya Polat", "Oğuz Erdem", "Tuğba Güneş"]
    married = [g.rnd.random() < 0.32 for _ in range(g.rows)]
    vkn = v.tr_vkn(g)

    def s(n: int, text: str) -> str:
        return f"s{n}_{text}"

    def open_answer() -> str:
        return g.rnd.choice(["Çayı demlikte demliyorum, poşet kullanmam",
                             f"Eşim {v.given(g, 'tr')} market alışverişini yapar",
                             "Genelde indirimli markayı alırım", f"Komşum {v.whole(g, 'tr')} de katılmak istiyor",
                             "Fiyat önemli ama tat daha önemli"])

    def note() -> str:
        return g.rnd.choice(["Geçen yıl başka ajansta katılmış, elendi", f"Referans: {v.whole(g, 'tr')}",
                             "Hafta içi 18:00 sonrası uygun", f"Yedek numara {g.phone('TR', 'national')}"])

    return Table("arastirma_davet.odak_grup_tarama", "tr", "snake", [
        c("katilimci_id", N, "INTEGER", g.keys(5_001), "decoy", KEY),
        c("proje_kodu", N, "VARCHAR", g.col(g.pick(["TR25-CAY-014", "TR25-CAY-015", "TR25-BNK-007"])), "decoy",
          SHAPE),
        c("ad", "first_name", "VARCHAR", [a for _, a, _ in people]),
        c("soyad", "last_name", "VARCHAR", [b for _, _, b in people]),
        c("tc_kimlik_no", "national_id", "VARCHAR", g.col(lambda: v.tr_tckimlik(g), 0.2), ABBREV),
        c("dogum_tarihi", "date_of_birth", "DATE", g.births(1960, 2004)),
        c("cep_telefonu", "phone", "VARCHAR", g.phones("TR", {"national": 0.6, "e164": 0.2, "nsn": 0.2})),
        c("e_posta", "email", "VARCHAR", [v.email_of(g, a, b, v.DOMAINS["tr"]) if g.rnd.random() < 0.85 else None
                                          for _, a, b in people]),
        c("sehir", "city", "VARCHAR", [p[0] for p in places]),
        c("posta_kodu", "postal_code", "VARCHAR", [p[1] + g.digits(3) if g.rnd.random() < 0.6 else None
                                                   for p in places]),
        c("adres", "street_address", "VARCHAR", g.col(lambda: v.tr_address(g), 0.62), HEAVY),
        c(s(1, "cinsiyet"), N, "VARCHAR", ["Kadın" if f else "Erkek" for f, _, _ in people], "decoy", SURVEY),
        c(s(2, "yas_grubu"), N, "VARCHAR", g.col(g.pick(["25-34", "35-44", "45-54", "18-24"])), "decoy", SURVEY),
        c(s(3, "meslek"), N, "VARCHAR", g.col(g.pick(["Öğretmen", "Ev hanımı", "Mühendis", "Esnaf", "Emekli",
                                                      "Öğrenci"])), "decoy", SURVEY),
        c(s(4, "sektor_calisan_var_mi"), N, "VARCHAR", g.col(g.pick(["Hayır", "Hayır", "Evet - reklam"])), "decoy",
          SURVEY),
        c(s(5, "son_6_ay_katilim"), N, "VARCHAR", g.col(g.pick(["Hayır", "Hayır", "Evet"])), "decoy", SURVEY),
        c(s(6, "kullanilan_marka"), N, "VARCHAR", g.col(g.pick(["Marka A", "Marka B", "Marka C", "Diğer"])), "decoy",
          SURVEY),
        c(s(7, "esi_adi"), "person_name", "VARCHAR", [v.whole(g, "tr") if m else None for m in married], SURVEY,
          OPAQUE, HEAVY, ROLE),
        c(s(8, "cocuk_yaslari"), N, "VARCHAR", g.col(g.pick(["", "3", "5, 9", "12, 15", "yok"])), "decoy", SURVEY),
        c(s(9, "acik_uclu"), "free_text", "VARCHAR", g.col(open_answer, 0.15), SURVEY),
        c(s(10, "referans_telefon"), "phone", "VARCHAR", g.phones("TR", {"national": 1.0}, 1.0, 0.7), SURVEY, OPAQUE,
          HEAVY),
        c("gorusmeci", "person_name", "VARCHAR", g.col(g.pick(recruiters)), STAFF, ROLE),
        c("uygun_mu", N, "VARCHAR", g.col(g.pick(["Uygun", "Uygun", "Elendi", "Yedek"])), "decoy"),
        c("grup_tarihi", N, "DATE", g.days("2025-11-24", "2025-12-12"), "decoy"),
        c("tesvik_iban", "iban", "VARCHAR", g.col(lambda: v.iban(g, "TR", g.rnd.random() < 0.5), 0.66), HEAVY),
        c("tesvik_tutari_tl", N, "INTEGER", g.col(g.pick([750, 1000, 1500])), "decoy"),
        c("ajans_vkn", N, "VARCHAR", [vkn] * g.rows, "business", CHECK, ABBREV),
        c("kota", N, "VARCHAR", g.col(lambda: json.dumps({"grup": g.rnd.choice(["A", "B", "C"]),
                                                          "sec": g.rnd.choice(["AB", "C1", "C2"])})),
          "decoy", JSON_PLAIN),
        c("notlar", "free_text", "VARCHAR", g.sparse(note, 0.5, ("", "yok", "-"))),
    ])


def es_nps(g: Gen) -> Table:
    """A Valencia energy retailer's NPS survey responses joined to the contract (Spanish, SCREAMING case): response,
    customer and contract ids, the supply point's CUPS (check letters: ``none``), the customer's name and two family
    names, DNI, phone, e-mail, the supply address (the home: ``street_address``), postcode, town, province
    (``none``), channel, score and category, the comment naming people (``free_text``), the main reason, the contact
    centre agent and the closed-loop manager (staff), follow-up flag and notes, the date, the direct-debit IBAN, the
    retailer's CIF (``none``), the campaign's name (``none``) and the response IP."""
    pairs = [v.person(g, "es") for _ in range(g.rows)]
    towns = [g.rnd.choice(v.ES_TOWNS) for _ in range(g.rows)]
    agents = ["Neus Climent", "Vicent Peris", "Raquel Bosch", "Óscar Ferrer", "Amparo Soler"]
    managers = ["Beatriz Llorente", "Salvador Vidal"]
    scores = [g.rnd.choices(range(11), [3, 2, 2, 3, 4, 6, 8, 12, 16, 14, 12])[0] for _ in range(g.rows)]
    follow = [s <= 6 and g.rnd.random() < 0.6 for s in scores]
    cif = v.es_cif(g)

    def comment(s: int) -> str:
        if s >= 9:
            return g.rnd.choice(["Todo perfecto, muy buena atención", (f"{g.rnd.choice(agents).split()[0]} me resolvió "
                                 "la duda en cinco minutos"), "Precio razonable"])
        return g.rnd.choice(["La factura llegó duplicada dos meses", (f"Llamé tres veces y nadie me devolvió la "
                             f"llamada al {g.phone('ES', 'national')}"), (f"El contrato está a nombre de mi marido "
                             f"{v.whole(g, 'es')} y no me dejan cambiar nada"), "Subida de precio sin avisar"])

    def followup(f: bool) -> str | None:
        if not f:
            return None
        return g.rnd.choice([f"Hablado con el titular, {v.given(g, 'es')}; se abona la diferencia",
                             "No contesta, se envía email", f"Cliente pide hablar con {g.rnd.choice(managers)}"])

    return Table("NPS_CX.RESPUESTAS_ENCUESTA", "es", "screaming", [
        c("ID_RESPUESTA", N, "BIGINT", g.keys(9_100_001), "decoy", KEY),
        c("ID_CLIENTE", N, "VARCHAR", g.col(lambda: "CL" + g.digits(8)), "decoy", KEY),
        c("NUM_CONTRATO", N, "VARCHAR", g.col(lambda: g.code("CT-9999999")), "decoy", SHAPE),
        c("CUPS", N, "VARCHAR", g.col(lambda: v.es_cups(g)), "decoy", CHECK, SHAPE),
        c("NOMBRE", "first_name", "VARCHAR", [a.upper() for a, _ in pairs]),
        c("APELLIDO1", "last_name", "VARCHAR", [b.upper() for _, b in pairs]),
        c("APELLIDO2", "last_name", "VARCHAR", [v.person(g, "es")[1].upper() if g.rnd.random() < 0.9 else ""
                                                for _ in range(g.rows)]),
        c("DNI_NIE", "national_id", "VARCHAR", g.col(lambda: v.es_dni(g), 0.03), ABBREV),
        c("TELEFONO_CONTACTO", "phone", "VARCHAR", g.phones("ES", {"nsn": 0.5, "intl": 0.3, "00": 0.2}, 0.75)),
        c("EMAIL_CLIENTE", "email", "VARCHAR", [v.email_of(g, a, b, v.DOMAINS["es"]) if g.rnd.random() < 0.9 else None
                                                for a, b in pairs]),
        c("DIRECCION_SUMINISTRO", "street_address", "VARCHAR", g.col(lambda: v.es_address(g)), PREMISES),
        c("COD_POSTAL", "postal_code", "VARCHAR", [t[2] + g.digits(3) for t in towns], ABBREV),
        c("MUNICIPIO", "city", "VARCHAR", [t[0].upper() for t in towns]),
        c("PROVINCIA", N, "VARCHAR", [t[1].upper() for t in towns], "decoy"),
        c("CANAL_ENCUESTA", N, "VARCHAR", g.col(g.pick(["EMAIL", "SMS", "IVR", "WEB"])), "decoy"),
        c("NOTA_NPS", N, "INTEGER", scores, "decoy"),
        c("CATEGORIA_NPS", N, "VARCHAR", ["PROMOTOR" if s >= 9 else "PASIVO" if s >= 7 else "DETRACTOR"
                                          for s in scores], "decoy"),
        c("COMENTARIO", "free_text", "VARCHAR", [comment(s) if g.rnd.random() < 0.7 else None for s in scores]),
        c("MOTIVO_PRINCIPAL", N, "VARCHAR", g.col(g.pick(["PRECIO", "FACTURACION", "ATENCION", "CORTES", "OTROS"])),
          "decoy"),
        c("AGENTE_ATENCION", "person_name", "VARCHAR", g.col(g.pick(agents), 0.3), STAFF),
        c("GESTOR_CLOSED_LOOP", "person_name", "VARCHAR", [g.rnd.choice(managers) if f or g.rnd.random() < 0.35
                                                           else None for f in follow], STAFF),
        c("LLAMADA_SEGUIMIENTO", N, "BOOLEAN", follow, "decoy"),
        c("NOTAS_SEGUIMIENTO", "free_text", "VARCHAR", [followup(f) for f in follow], HEAVY),
        c("FECHA_RESPUESTA", N, "DATE", g.days("2025-06-01", "2025-11-15"), "decoy"),
        c("IBAN_DOMICILIACION", "iban", "VARCHAR", g.col(lambda: v.iban(g, "ES", g.rnd.random() < 0.5), 0.3)),
        c("CIF_COMERCIALIZADORA", N, "VARCHAR", [cif] * g.rows, "business", CHECK, ABBREV),
        c("NOMBRE_CAMPANA", N, "VARCHAR", g.col(g.pick(["Campaña Verano Solar", "Tarifa Llana 2025",
                                                        "Bienvenida Nuevos Clientes"])), "decoy", MISLEADING),
        c("IP_RESPUESTA", "ip_address", "VARCHAR", g.col(lambda: g.ip(0.3), 0.3)),
    ])


BUILDERS: list[tuple[Callable[[Gen], Table], int]] = [
    (mailchimp_members, 260), (qualtrics_handover, 180), (eventbrite_attendees, 240), (cdp_unified_profile, 220),
    (callrail_calls, 280), (dm_rental_file, 300), (influencer_roster, 90), (referral_ledger, 200),
    (review_moderation, 150), (messe_lead_scans, 210), (nl_panel, 260), (br_sweepstakes, 300),
    (kr_sms_consent, 240), (tr_focus_screener, 120), (es_nps, 230),
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
