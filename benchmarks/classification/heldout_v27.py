"""Held-out set v27 for the column classifier: 18 tables of the *operational* databases behind ordinary apps (not
warehouses), 16 in English and two in Italian and Swedish, in domains v24 to v26 did not use: a SaaS booking and
scheduling app (Postgres), a Rails app's Devise ``users``, a Django app's ``auth_user`` and profiles, a WordPress and
WooCommerce database (``wp_users``, ``wp_usermeta``, ``wc_customer_lookup``), a Magento-like store's customer
addresses, a Jira/GitHub-like issue tracker, a mailing-list tool's subscribers with bounces and unsubscribes, a call
center's call log, a school LMS's grades, an insurance agent's CRM, a recruiting pipeline's interview feedback, a
real-estate site's open-house visitors, a city's 311 service requests, an Italian museum's members and a Swedish
home-services marketplace's jobs (pros and homeowners).

Written **blind**, like v2 to v26: by someone who has read neither the classifier (``governance_dagster/detect/``) nor
its documentation, tests, changelog or notes, only the list of kind names (``governance_dagster/kinds.py``), how the
scorer registers a set (``heldout_v2_accuracy.py``), the *structure* and labeling conventions of v26
(``heldout_v26.py``, ``heldout_v26_values.py``, its test, ``tests/heldout_support.py``), the module docstrings of v24
to v26 (to avoid their domains) and the ``Column``/``Table`` classes and writer they build on. The classifier was not
run on this set while it was written, no scorer was run on it, and no score of any set was looked at: nothing here was
adjusted to what the classifier does. It was written under a short deadline (45 minutes, the tests and lint
included), so some labels below are quick decisions rather than settled conventions. Like v26 it imports no earlier
set's value module: its random source, name lists, streets, cities, companies and identifier builders are its own
(:mod:`benchmarks.classification.heldout_v27_values`; the generic ``Gen`` helpers were copied from v26's, the lists
are new: the US Pacific Northwest, Mountain West and New England, northern and southern Italy, central and northern
Sweden; the US user bases mix names of Anglo, Hispanic, South Asian, East Asian, African, Slavic, Arabic and Persian
origin).

What is new against v2 to v26:

* framework schemas with their own column names (tag ``framework``): Devise (``encrypted_password``,
  ``reset_password_token``, ``current_sign_in_ip``, ``last_sign_in_ip``, ``confirmation_sent_at``,
  ``unconfirmed_email``, ``unlock_token``), Django (``password``, ``last_login``, ``is_superuser``, ``username``,
  ``date_joined``), WordPress (``user_login``, ``user_nicename``, ``user_pass``, ``user_activation_key``,
  ``display_name``), WooCommerce's customer lookup and Magento's ``customer_address_entity`` (``firstname``,
  ``middlename``, ``telephone``, ``fax``, ``vat_id``);
* key/value pairs (tag ``key_value``): ``wp_usermeta.meta_value`` holds, by ``meta_key``, first and last names,
  nicknames, billing phone, address, postcode, city and e-mail, a biography, and non-personal settings
  (capabilities as serialized PHP, ``rich_editing``, locales, dismissed pointers, session tokens); about half its rows
  hold personal data of several kinds, so it is ``free_text`` (no one kind fits); ``meta_key`` is ``none``. The
  booking app's ``custom_field_value`` (answers to a business's own intake questions: a referrer's name, an emergency
  phone, a company name, a yes/no) is ``free_text`` for the same reason;
* credentials that are not personal data (tag ``credential``, all ``none``): bcrypt, PBKDF2 and phpass password
  hashes, reset, confirmation, unlock and activation tokens, an OTP secret;
* decoys (tag ``decoy``; ``value_shape`` when shaped like a personal or identifying value): ticket keys (``PROJ-1234``),
  commit SHAs, semantic versions, invoice and booking numbers, MLS and policy numbers, ISO country and currency
  codes, time zones, HTTP user agents, URLs (recordings, attachments, avatars), slugs, an iCalendar UID, a Swedish
  company number (``orgnr``, Luhn) and an EU VAT id, an intersection, the coordinates of a pothole;
* people under role words (tag ``role_word``): reporters, assignees and watchers, callers, learners and guardians,
  spouses, candidates and interviewers, sellers, open-house visitors, homeowners and pros (``hantverkare``);
* a commit author in git's ``Name <email>`` form, a CNAM caller name, ANI (the caller's number: ``phone``) and DNIS
  (the number the caller dialed, the business's own line: ``none``);
* identifiers with check digits (python-stdnum): a US SSN (``ssn``, some placeholders), the Italian codice fiscale
  (encoding the row's name, birth date and comune) and the Swedish personnummer (encoding the row's birth date)
  (``national_id``), Italian and Swedish IBANs, a card number kept in clear by an old CRM (Luhn); phones of the United
  States, Italy and Sweden (phonenumbers); IPv4 and IPv6.

Labeling choices a reader may question:

* a key/value ``meta_value`` column is ``free_text`` when a meaningful share of its rows (here about 40-55%) is
  personal data of several kinds; a column of only one kind would take that kind;
* a commit author ``Name <email>`` is ``email``: it is an RFC 5322 mailbox, and masking it as an e-mail address
  removes the name with it (``person_name`` would be as defensible);
* an HTTP user agent is ``none``: it names a browser build, not a person (it helps fingerprint one, like an IP
  address, but fits no kind); ``avatar`` paths and ``user_url`` (a WordPress user's website, mostly empty) are
  ``none``;
* DNIS (the dialed number: the business's toll-free or queue line) is ``none`` (tag ``business``); ANI and the callback
  number are ``phone``;
* WordPress ``user_nicename`` (the login made URL-safe) is ``unclassified`` like the login (tag ``username``);
  ``user_login``, Django's ``username``, WooCommerce's ``username`` and audit logins are ``unclassified``; batch or
  API writers (``booking-widget``, ``import_bot``) are ``none`` (tag ``service_account``);
* a house for sale (``listing_address``) is ``street_address`` (tag ``premises``: the seller's home, though
  published); a 311 report's intersection (``cross_streets``) and the coordinates of the reported pothole or
  graffiti are ``none``; the reporter's own address is ``street_address``. No person's home coordinates are in the set;
* ``ssn_last4`` is ``none`` (tag ``partial``) as in v26; a policy number, an MLS number, a student number and a
  museum card number are ``none`` (join keys or decoys);
* a customer's ``company`` and ``vat_id`` in a store's address book and a pro's ``orgnr`` are ``none``;
* a birthplace (``luogo_nascita``) and a profile's ``location`` (``Portland, OR``) are ``city``; Italian
  ``provincia`` and US states are ``none``;
* an issue's ``summary`` is ``none`` (short titles of bugs naming no one); its ``description``, interview feedback,
  wrap-up notes, grader comments, agent notes, 311 descriptions and ``note``/``kommentar`` fields name people and are
  ``free_text``; a canned unsubscribe reason is ``none``;
* JSON holding a person's data is ``free_text`` (tag ``json_blob``: a booking's intake answers, a subscriber's
  ``attribs``); JSON without it is ``none`` (tag ``json_plain``: UTM metadata, an issue's custom fields, a scorecard).

Labeling rules otherwise as v2 to v26 (see :mod:`benchmarks.classification.heldout_v26`): a business's address,
phone, postal code and city are ``none`` (tag ``business``); staff names are ``person_name`` (a first name or family
name alone ``first_name`` or ``last_name``); a login is ``unclassified`` (tag ``username``), a service account or a
batch program ``none``. ``null_heavy`` means 50-95% NULL, ``nullword_heavy`` 70-95% NULL words.

Every value is generated here from :data:`SEED` (one ``random.Random`` per table, named after its builder) with
python-stdnum for check digits, phonenumbers for phone validity and formats, and the lists of names, streets, cities
and companies of :mod:`benchmarks.classification.heldout_v27_values`, written for v27 (no Faker, no list of real
people, no breach data). Build: ``python -m benchmarks.classification.heldout_v27 [PATH]`` (default
``/tmp/heldout_v27.duckdb``). Score: ``python -m benchmarks.classification.heldout_v2_accuracy --set v27``.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Callable
from datetime import timedelta
from pathlib import Path

from benchmarks.classification import heldout_v4
from benchmarks.classification import heldout_v27_values as v
from benchmarks.classification.heldout_v2 import Column, Table
from benchmarks.classification.heldout_v27_values import NULLISH, SEED, USERNAME, Gen, N, c

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

DEFAULT_PATH = Path("/tmp/heldout_v27.duckdb")

NULLWORD = "nullword_heavy"  # 70-95% NULL-like strings, placeholders and empty strings (few real NULLs)
HEAVY = "null_heavy"  # 50-95% NULL
SHAPE = "value_shape"
MISLEADING = "misleading"
STAFF = "staff"  # staff named in a column with few distinct values
ROLE = "role_word"  # a role word (reporter, assignee, caller, learner, guardian, seller, pro ...) holding people
ABBREV = "abbrev"
AUDIT = "audit"
USER = "username"
SERVICE = "service_account"  # an audit column holding only service accounts or job names (none)
PREMISES = "premises"  # a person's home named as a listing, a job site or a residence
KEY = "join_key"  # an id, foreign key or UUID that joins tables (none)
ROLE_EMAIL = "role_email"  # a role-named column holding people's e-mail addresses
MULTI = "multi_value"  # several names or e-mail addresses in one cell
JSON = "json_blob"  # a JSON document in a cell holding personal data (free_text)
JSON_PLAIN = "json_plain"  # a JSON document in a cell holding no personal data (none)
PLACEHOLDER = "placeholder"  # a personal column some of whose cells are placeholders (test@example.com, 000-00-0000)
TOKEN = "tokenized"  # a processor's token (pi_, cus_ ...): none
PARTIAL = "partial"  # the last four digits of an SSN: none (see the module docstring)
FRAMEWORK = "framework"  # a column named by a framework (Devise, Django, WordPress, WooCommerce, Magento)
KV = "key_value"  # a key or value column of a key/value table
CREDENTIAL = "credential"  # a password hash or a reset, confirmation, unlock or activation token (none)
AGENT = "user_agent"  # an HTTP user agent (none)
COMMIT = "commit_author"  # a git author "Name <email>" (email)

COMPANIES = v.COMPANY_NAMES


def _words(*extra: str) -> tuple[str, ...]:
    return ("", "-", "NULL", "n/a", "N/A", "null", "none") + extra


def _staff(g: Gen, n: int, make: Callable[[Gen], str] = v.whole) -> list[str]:
    out: set[str] = set()
    while len(out) < n:
        out.add(make(g))
    return sorted(out)


def _logins(g: Gen, n: int, style: int) -> list[str]:
    out: set[str] = set()
    while len(out) < n:
        out.add(v.login(*v.person(g), style))
    return sorted(out)


def _dirty(g: Gen, values: list, share: float, placeholders: list[str]) -> list:
    """``values`` with ``share`` of the non-NULL cells replaced by a placeholder (a NULL word of the set)."""
    return [g.rnd.choice(placeholders) if x is not None and g.rnd.random() < share else x for x in values]


def _later(g: Gen, starts: list, lo_min: int, hi_min: int, null: float = 0.0) -> list:
    return [None if s is None or g.rnd.random() < null else s + timedelta(minutes=g.rnd.randint(lo_min, hi_min))
            for s in starts]


# -- a SaaS booking app, a Rails app, a Django app ---------------------------------------------------------------------


def booking_appointments(g: Gen) -> Table:
    """A SaaS scheduling app's ``appointments`` (Postgres, multi-tenant): UUID keys, the tenant (a small business:
    its location's name and address are ``none``), the staff member booked (few), the client's names, e-mail and
    phone, the SMS reminder number, time zone, times and status, intake answers as JSON (``free_text``), one custom
    field's key and value (key/value: ``free_text``), UTM metadata as JSON (``none``), the price, currency, payment
    intent token, an iCalendar UID and the writer (the booking widget or the API: service accounts)."""
    tenants = [(COMPANIES[i], v.office_street(g), v.us_city(g)) for i in (1, 3, 6, 9, 10, 11, 13)]
    tenant = [g.rnd.randrange(len(tenants)) for _ in range(g.rows)]
    staff = _staff(g, 6)
    pairs = [v.person(g) for _ in range(g.rows)]
    starts = g.moments("2025-09-01", "2026-01-31")

    def intake() -> str | None:
        if g.rnd.random() < 0.35:
            return None
        doc: dict = {"first_visit": g.rnd.random() < 0.4}
        if g.rnd.random() < 0.6:
            doc["referred_by"] = v.whole(g)
        if g.rnd.random() < 0.5:
            doc["notes"] = g.rnd.choice(["Left knee surgery 2023", "Allergic to latex", "Prefers morning slots",
                                         f"Bringing my daughter {v.given(g)}"])
        return json.dumps(doc)

    fields = [g.rnd.choice(["Referral source", "Emergency contact phone", "Company", "Parking needed?",
                            "Who referred you?"]) for _ in range(g.rows)]

    def answer(key: str) -> str:
        if key == "Emergency contact phone":
            return g.phone("US", "national")
        if key == "Who referred you?":
            return v.whole(g)
        if key == "Company":
            return g.rnd.choice(["Boeing", "Providence Health", "self-employed", "Intel", "REI"])
        if key == "Parking needed?":
            return g.rnd.choice(["Yes", "No"])
        return g.rnd.choice(["Google", "Instagram", "A friend", "Yelp"])

    return Table("booking.appointments", "en", "snake", [
        c("id", N, "VARCHAR", g.col(g.uuid), "decoy", KEY),
        c("tenant_id", N, "VARCHAR", [f"ten_{i:04d}" for i in tenant], "decoy", KEY),
        c("booking_ref", N, "VARCHAR", g.col(lambda: g.code("BK-ZZZZZZ")), "decoy", SHAPE),
        c("location_name", N, "VARCHAR", [tenants[i][0] for i in tenant], "business"),
        c("location_address", N, "VARCHAR", [tenants[i][1] for i in tenant], "business"),
        c("location_city", N, "VARCHAR", [tenants[i][2][0] for i in tenant], "business"),
        c("service_name", N, "VARCHAR", g.col(g.pick(["Initial consult (60 min)", "Follow-up (30 min)",
                                                       "Deep tissue massage", "Estimate visit"])), "decoy"),
        c("staff_member", "person_name", "VARCHAR", g.col(g.pick(staff)), STAFF),
        c("client_first_name", "first_name", "VARCHAR", [a for a, _ in pairs]),
        c("client_last_name", "last_name", "VARCHAR", [b if g.rnd.random() < 0.92 else None for _, b in pairs]),
        c("client_email", "email", "VARCHAR", _dirty(g, [v.email_of(g, a, b, v.PERSONAL_DOMAINS) for a, b in pairs],
                                                     0.04, ["test@example.com", "asdf@asdf.com"]), PLACEHOLDER),
        c("client_phone", "phone", "VARCHAR", g.phones("US", {"national": 0.5, "e164": 0.3, "dashes": 0.2}, 0.9,
                                                        0.1)),
        c("reminder_sms_to", "phone", "VARCHAR", g.phones("US", {"e164": 1.0}, 1.0, 0.6), HEAVY),
        c("client_timezone", N, "VARCHAR", g.col(g.pick(["America/Los_Angeles", "America/Denver",
                                                          "America/New_York"])), "decoy"),
        c("starts_at", N, "TIMESTAMP", starts, "decoy"),
        c("ends_at", N, "TIMESTAMP", _later(g, starts, 30, 90), "decoy"),
        c("status", N, "VARCHAR", g.col(g.pick(["confirmed", "confirmed", "completed", "cancelled", "no_show"])),
          "decoy"),
        c("intake_answers", "free_text", "VARCHAR", [intake() for _ in range(g.rows)], JSON),
        c("custom_field_key", N, "VARCHAR", fields, "decoy", KV),
        c("custom_field_value", "free_text", "VARCHAR", [answer(k) for k in fields], KV),
        c("utm", N, "VARCHAR", g.col(lambda: json.dumps({"source": g.rnd.choice(["google", "instagram", "direct"]),
                                                         "campaign": g.rnd.choice(["fall25", "brand", "none"])}),
                                     0.3), "decoy", JSON_PLAIN),
        c("price_cents", N, "INTEGER", g.ints(2_500, 24_000), "decoy"),
        c("currency", N, "VARCHAR", g.col(g.pick(["USD", "USD", "CAD"])), "decoy", SHAPE),
        c("payment_intent", N, "VARCHAR", g.col(lambda: v.token(g, "pi_3"), 0.3), "decoy", TOKEN),
        c("ics_uid", N, "VARCHAR", g.col(lambda: f"{g.uuid()}@cal.bookwell.app"), "decoy", SHAPE),
        c("created_by", N, "VARCHAR", g.col(g.pick(["booking-widget", "api", "booking-widget"])), "decoy", AUDIT,
          SERVICE),
    ])


def rails_users(g: Gen) -> Table:
    """A Rails app's Devise ``users`` table: the e-mail, the bcrypt hash, reset, confirmation and unlock tokens
    (``none``), sign-in counts and times, the current and last sign-in IPs, the unconfirmed new e-mail (mostly NULL),
    first and last name, time zone, the inviting user's id."""
    pairs = [v.person(g) for _ in range(g.rows)]
    created = g.moments("2021-01-01", "2025-11-30")
    return Table("rails_app.users", "en", "snake", [
        c("id", N, "BIGINT", g.keys(1), "decoy", KEY),
        c("email", "email", "VARCHAR", [v.email_of(g, a, b, v.PERSONAL_DOMAINS) for a, b in pairs], FRAMEWORK),
        c("encrypted_password", N, "VARCHAR", g.col(lambda: v.bcrypt_hash(g)), "decoy", CREDENTIAL, FRAMEWORK),
        c("reset_password_token", N, "VARCHAR", g.col(lambda: g.code("x" * 64), 0.6), "decoy", CREDENTIAL,
          FRAMEWORK),
        c("reset_password_sent_at", N, "TIMESTAMP", g.moments("2025-01-01", "2025-11-30", 0.6), "decoy",
          FRAMEWORK),
        c("remember_created_at", N, "TIMESTAMP", g.moments("2025-06-01", "2025-11-30", 0.5), "decoy", FRAMEWORK),
        c("sign_in_count", N, "INTEGER", g.ints(0, 800), "decoy", FRAMEWORK),
        c("current_sign_in_at", N, "TIMESTAMP", g.moments("2025-10-01", "2025-11-30"), "decoy", FRAMEWORK),
        c("last_sign_in_at", N, "TIMESTAMP", g.moments("2025-06-01", "2025-10-01"), "decoy", FRAMEWORK),
        c("current_sign_in_ip", "ip_address", "VARCHAR", g.col(lambda: g.ip(0.3), 0.05), FRAMEWORK),
        c("last_sign_in_ip", "ip_address", "VARCHAR", g.col(lambda: g.ip(0.3), 0.1), FRAMEWORK),
        c("confirmation_token", N, "VARCHAR", g.col(lambda: v.token(g, "", 20), 0.3), "decoy", CREDENTIAL,
          FRAMEWORK),
        c("confirmed_at", N, "TIMESTAMP", _later(g, created, 1, 3000, 0.1), "decoy", FRAMEWORK),
        c("confirmation_sent_at", N, "TIMESTAMP", created, "decoy", FRAMEWORK),
        c("unconfirmed_email", "email", "VARCHAR", g.col(lambda: v.email(g), 0.88), HEAVY, FRAMEWORK),
        c("failed_attempts", N, "INTEGER", g.ints(0, 5), "decoy", FRAMEWORK),
        c("unlock_token", N, "VARCHAR", g.col(lambda: v.token(g, "", 20), 0.65), "decoy", CREDENTIAL, FRAMEWORK),
        c("locked_at", N, "TIMESTAMP", g.moments("2025-01-01", "2025-11-30", 0.65), "decoy", FRAMEWORK),
        c("first_name", "first_name", "VARCHAR", [a for a, _ in pairs]),
        c("last_name", "last_name", "VARCHAR", [b for _, b in pairs]),
        c("time_zone", N, "VARCHAR", g.col(g.pick(["Pacific Time (US & Canada)", "Mountain Time (US & Canada)",
                                                   "Eastern Time (US & Canada)"])), "decoy"),
        c("invited_by_id", N, "BIGINT", g.ints(1, 400, 0.6), "decoy", KEY),
        c("created_at", N, "TIMESTAMP", created, "decoy"),
    ])


def django_auth_user(g: Gen) -> Table:
    """A Django app's ``auth_user``: the PBKDF2 hash, last login, flags, the username (a login: ``unclassified``),
    first and last name (last names often blank, as Django allows), e-mail, the join date."""
    pairs = [v.person(g) for _ in range(g.rows)]
    names: set[str] = set()
    logins = []
    for i, (a, b) in enumerate(pairs):
        name = v.login(a, b, i)
        while name in names:
            name += str(g.rnd.randint(0, 9))
        names.add(name)
        logins.append(name)
    return Table("django.auth_user", "en", "snake", [
        c("id", N, "INTEGER", g.keys(1), "decoy", KEY),
        c("password", N, "VARCHAR", g.col(lambda: v.django_hash(g)), "decoy", CREDENTIAL, FRAMEWORK),
        c("last_login", N, "TIMESTAMP", g.moments("2025-01-01", "2025-11-30", 0.1), "decoy", FRAMEWORK),
        c("is_superuser", N, "BOOLEAN", g.yn(True, False, 0.01), "decoy", FRAMEWORK),
        c("username", USERNAME, "VARCHAR", logins, USER, FRAMEWORK),
        c("first_name", "first_name", "VARCHAR", [a for a, _ in pairs], FRAMEWORK),
        c("last_name", "last_name", "VARCHAR", [b if g.rnd.random() < 0.8 else "" for _, b in pairs], FRAMEWORK),
        c("email", "email", "VARCHAR", [v.email_of(g, a, b, v.PERSONAL_DOMAINS) for a, b in pairs], FRAMEWORK),
        c("is_staff", N, "BOOLEAN", g.yn(True, False, 0.03), "decoy", FRAMEWORK),
        c("is_active", N, "BOOLEAN", g.yn(True, False, 0.95), "decoy", FRAMEWORK),
        c("date_joined", N, "TIMESTAMP", g.moments("2019-01-01", "2025-11-30"), "decoy", FRAMEWORK),
    ])


def django_profiles(g: Gen) -> Table:
    """The Django app's ``accounts_profile`` (one per user): the user id, a biography naming people, the birth date,
    the phone, the avatar path and website (``none``), the location as ``City, ST`` (``city``), a time zone and the
    newsletter flag."""
    places = [v.us_city(g) for _ in range(g.rows)]

    def bio() -> str:
        return g.rnd.choice(["Trail runner, dog dad, bad at sourdough.",
                             f"Married to {v.whole(g)}. Two kids, one cat.",
                             "Product designer. Opinions are my own.",
                             f"Co-founder with {v.given(g)} of a tiny coffee cart", "Learning the cello at 40"])

    return Table("django.accounts_profile", "en", "snake", [
        c("id", N, "INTEGER", g.keys(1), "decoy", KEY),
        c("user_id", N, "INTEGER", g.keys(1), "decoy", KEY),
        c("bio", "free_text", "VARCHAR", g.sparse(bio, 0.45, ("",))),
        c("birth_date", "date_of_birth", "DATE", [None if g.rnd.random() < 0.3 else g.birth(1950, 2007)
                                                  for _ in range(g.rows)]),
        c("phone_number", "phone", "VARCHAR", g.phones("US", {"e164": 1.0}, 0.95, 0.35)),
        c("avatar", N, "VARCHAR", g.col(lambda: f"avatars/2025/{g.rnd.randint(1, 11):02d}/{g.code('xxxxxxxx')}.jpg",
                                        0.4), "decoy"),
        c("website", N, "VARCHAR", g.col(lambda: f"https://{g.rnd.choice(['medium.com', 'github.com', 'substack.com'])}"
                                         f"/{g.code('xxxxxx')}", 0.6), "decoy"),
        c("location", "city", "VARCHAR", [f"{p[0]}, {p[1]}" if g.rnd.random() < 0.7 else "" for p in places]),
        c("emergency_contact_name", "person_name", "VARCHAR", g.col(lambda: v.whole(g), 0.4), ROLE),
        c("emergency_contact_phone", "phone", "VARCHAR", g.phones("US", {"national": 1.0}, 0.9, 0.4)),
        c("timezone", N, "VARCHAR", g.col(g.pick(["America/Los_Angeles", "America/Denver", "America/New_York"])),
          "decoy"),
        c("newsletter_opt_in", N, "BOOLEAN", g.yn(True, False, 0.4), "decoy"),
    ])


# -- WordPress and WooCommerce, a Magento-like store -------------------------------------------------------------------


def wp_users(g: Gen) -> Table:
    """WordPress ``wp_users``: the login, the phpass hash, the nicename (the login made URL-safe), e-mail, website
    (mostly empty), registration time, activation key, status and display name."""
    pairs = [v.person(g) for _ in range(g.rows)]
    logins = [v.login(a, b, i) + (str(i) if g.rnd.random() < 0.3 else "") for i, (a, b) in enumerate(pairs)]
    return Table("wordpress.wp_users", "en", "snake", [
        c("ID", N, "BIGINT", g.keys(1), "decoy", KEY, FRAMEWORK),
        c("user_login", USERNAME, "VARCHAR", logins, USER, FRAMEWORK),
        c("user_pass", N, "VARCHAR", g.col(lambda: v.phpass_hash(g)), "decoy", CREDENTIAL, FRAMEWORK),
        c("user_nicename", USERNAME, "VARCHAR", [x.replace(".", "-").replace("_", "-") for x in logins], USER,
          FRAMEWORK),
        c("user_email", "email", "VARCHAR", [v.email_of(g, a, b, v.PERSONAL_DOMAINS) for a, b in pairs], FRAMEWORK),
        c("user_url", N, "VARCHAR", [f"https://{g.rnd.choice(['etsy.com/shop', 'instagram.com'])}/{g.code('xxxxxx')}"
                                     if g.rnd.random() < 0.35 else "" for _ in range(g.rows)], "decoy", FRAMEWORK),
        c("user_registered", N, "TIMESTAMP", g.moments("2016-01-01", "2025-11-30"), "decoy", FRAMEWORK),
        c("user_activation_key", N, "VARCHAR", [f"{g.rnd.randint(1_600_000_000, 1_760_000_000)}:{v.phpass_hash(g)}"
                                                if g.rnd.random() < 0.45 else "" for _ in range(g.rows)], "decoy",
          CREDENTIAL, FRAMEWORK),
        c("user_status", N, "INTEGER", [0] * g.rows, "decoy", FRAMEWORK),
        c("display_name", "person_name", "VARCHAR", [f"{a} {b}" if g.rnd.random() < 0.8 else a for a, b in pairs],
          FRAMEWORK),
    ])


def wp_usermeta(g: Gen) -> Table:
    """WordPress ``wp_usermeta``: one row per user and key. About half the rows hold personal data (names, nickname,
    billing phone, address, postcode, city and e-mail, a biography), the rest settings (capabilities as serialized
    PHP, levels, flags, locales, session tokens, dismissed pointers). ``meta_value`` is ``free_text``."""
    keys = {"first_name": 3, "last_name": 3, "nickname": 2, "description": 1, "billing_first_name": 1,
            "billing_phone": 2, "billing_address_1": 2, "billing_postcode": 2, "billing_city": 2, "billing_email": 1,
            "wp_capabilities": 3, "wp_user_level": 2, "rich_editing": 2, "syntax_highlighting": 1,
            "show_admin_bar_front": 2, "locale": 2, "session_tokens": 2, "dismissed_wp_pointers": 1,
            "last_update": 2, "billing_country": 2}
    chosen = g.rnd.choices(list(keys), list(keys.values()), k=g.rows)

    def value(key: str) -> str:
        a, b = v.person(g)
        place = v.us_city(g)
        return {
            "first_name": a, "last_name": b, "billing_first_name": a, "nickname": v.login(a, b, g.rnd.randint(0, 4)),
            "description": g.rnd.choice(["", f"Knitter. Grandma of {v.given(g)} and {v.given(g)}.",
                                         "Shop owner since 2019"]),
            "billing_phone": g.phone("US", g.rnd.choice(["national", "e164"])),
            "billing_address_1": v.us_street(g), "billing_postcode": v.us_zip(g, place[2]), "billing_city": place[0],
            "billing_email": v.email_of(g, a, b, v.PERSONAL_DOMAINS),
            "wp_capabilities": g.rnd.choice(['a:1:{s:8:"customer";b:1;}', 'a:1:{s:10:"subscriber";b:1;}']),
            "wp_user_level": "0", "rich_editing": "true", "syntax_highlighting": "true",
            "show_admin_bar_front": g.rnd.choice(["true", "false"]), "locale": g.rnd.choice(["", "en_US", "es_MX"]),
            "session_tokens": 'a:1:{s:64:"' + g.code("x" * 64) + '";a:1:{s:10:"expiration";i:'
                              + str(g.rnd.randint(1_760_000_000, 1_770_000_000)) + ";}}",
            "dismissed_wp_pointers": "", "last_update": str(g.rnd.randint(1_700_000_000, 1_765_000_000)),
            "billing_country": g.rnd.choice(["US", "US", "CA"]),
        }[key]

    return Table("wordpress.wp_usermeta", "en", "snake", [
        c("umeta_id", N, "BIGINT", g.keys(1), "decoy", KEY, FRAMEWORK),
        c("user_id", N, "BIGINT", g.ints(1, 700), "decoy", KEY, FRAMEWORK),
        c("meta_key", N, "VARCHAR", chosen, "decoy", KV, FRAMEWORK),
        c("meta_value", "free_text", "VARCHAR", [value(k) for k in chosen], KV, FRAMEWORK),
    ])


def wc_customer_lookup(g: Gen) -> Table:
    """WooCommerce's ``wc_customer_lookup``: customer and user ids (guests have none), the login, names, e-mail, last
    activity and registration, the billing country and state (``none``), postcode and city."""
    pairs = [v.person(g) for _ in range(g.rows)]
    places = [v.us_city(g) for _ in range(g.rows)]
    guest = [g.rnd.random() < 0.3 for _ in range(g.rows)]
    return Table("wordpress.wp_wc_customer_lookup", "en", "snake", [
        c("customer_id", N, "BIGINT", g.keys(1), "decoy", KEY, FRAMEWORK),
        c("user_id", N, "BIGINT", [None if x else g.rnd.randint(1, 900) for x in guest], "decoy", KEY, FRAMEWORK),
        c("username", USERNAME, "VARCHAR", ["" if x else v.login(a, b, i) for i, (x, (a, b)) in
                                            enumerate(zip(guest, pairs))], USER, FRAMEWORK),
        c("first_name", "first_name", "VARCHAR", [a for a, _ in pairs], FRAMEWORK),
        c("last_name", "last_name", "VARCHAR", [b for _, b in pairs], FRAMEWORK),
        c("email", "email", "VARCHAR", [v.email_of(g, a, b, v.PERSONAL_DOMAINS) for a, b in pairs], FRAMEWORK),
        c("date_last_active", N, "TIMESTAMP", g.moments("2025-01-01", "2025-11-30"), "decoy", FRAMEWORK),
        c("date_registered", N, "TIMESTAMP", [None if x else g.moment("2018-01-01", "2025-11-30") for x in guest],
          "decoy", FRAMEWORK),
        c("country", N, "VARCHAR", g.col(g.pick(["US", "US", "US", "CA"])), "decoy", SHAPE, FRAMEWORK),
        c("postcode", "postal_code", "VARCHAR", [v.us_zip(g, p[2], 0.2) for p in places], FRAMEWORK),
        c("city", "city", "VARCHAR", [p[0] for p in places], FRAMEWORK),
        c("state", N, "VARCHAR", [p[1] for p in places], "decoy", FRAMEWORK),
    ])


def magento_addresses(g: Gen) -> Table:
    """A Magento-like store's ``customer_address_entity``: entity and parent ids, the prefix, first, middle and last
    name, the company and VAT id (``none``), the street (two lines joined by a newline), city, region (``none``),
    postcode, country, telephone and fax (mostly NULL), flags and times."""
    pairs = [v.person(g) for _ in range(g.rows)]
    places = [v.us_city(g) for _ in range(g.rows)]

    def street() -> str:
        line = v.us_street(g)
        return line + (f"\nc/o {v.whole(g)}" if g.rnd.random() < 0.08 else "")

    return Table("magento.customer_address_entity", "en", "snake", [
        c("entity_id", N, "INTEGER", g.keys(10_001), "decoy", KEY, FRAMEWORK),
        c("parent_id", N, "INTEGER", g.ints(1, 6_000), "decoy", KEY, FRAMEWORK),
        c("created_at", N, "TIMESTAMP", g.moments("2020-01-01", "2025-11-30"), "decoy", FRAMEWORK),
        c("is_active", N, "SMALLINT", [1] * g.rows, "decoy", FRAMEWORK),
        c("prefix", N, "VARCHAR", g.col(g.pick(["Mr.", "Ms.", "Mrs.", "Dr."]), 0.6), "decoy", FRAMEWORK),
        c("firstname", "first_name", "VARCHAR", [a for a, _ in pairs], FRAMEWORK),
        c("middlename", "first_name", "VARCHAR", g.col(lambda: v.given(g), 0.75), HEAVY, FRAMEWORK),
        c("lastname", "last_name", "VARCHAR", [b for _, b in pairs], FRAMEWORK),
        c("company", N, "VARCHAR", g.col(g.pick(COMPANIES), 0.55), "decoy", FRAMEWORK),
        c("street", "street_address", "VARCHAR", [street() for _ in range(g.rows)], FRAMEWORK),
        c("city", "city", "VARCHAR", [p[0] for p in places], FRAMEWORK),
        c("region", N, "VARCHAR", [p[1] for p in places], "decoy", FRAMEWORK),
        c("postcode", "postal_code", "VARCHAR", [v.us_zip(g, p[2]) for p in places], FRAMEWORK),
        c("country_id", N, "VARCHAR", ["US"] * g.rows, "decoy", SHAPE, FRAMEWORK),
        c("telephone", "phone", "VARCHAR", g.phones("US", {"national": 0.6, "dashes": 0.2, "digits": 0.2}, 0.8),
          FRAMEWORK),
        c("fax", "phone", "VARCHAR", g.phones("US", {"national": 1.0}, 0.0, 0.9), HEAVY, FRAMEWORK),
        c("vat_id", N, "VARCHAR", g.col(lambda: "IE" + g.code("9999999A"), 0.6), "decoy", SHAPE, FRAMEWORK),
    ])


# -- an issue tracker, a mailing-list tool, a call center, an LMS -------------------------------------------------------


def tracker_issues(g: Gen) -> Table:
    """A Jira/GitHub-like tracker's issues: the key (``PROJ-1234``), summary (``none``), description naming people
    (``free_text``), type, status, priority, the reporter (a customer or user: name and e-mail), the assignee (a few
    engineers), watchers (``;``-separated names), the fix version (semver), the last commit's SHA and author
    (``Name <email>``: ``email``), labels, custom fields as JSON (``none``), the reporter's browser (a user agent:
    ``none``), an attachment URL."""
    devs = [v.person(g) for _ in range(7)]
    dev_names = [f"{a} {b}" for a, b in devs]
    projects = ["PROJ", "WEB", "API", "MOB"]
    pairs = [v.person(g) for _ in range(g.rows)]

    def description() -> str:
        return g.rnd.choice([f"Customer {v.whole(g)} reports the export button does nothing on Safari.",
                             "Steps: open settings, click Save twice. Expected one request, got two.",
                             f"As discussed with {g.rnd.choice(dev_names)}, we need pagination on /v2/items.",
                             f"Reported by phone; call back {v.given(g)} at the number on the account.",
                             "Stack trace attached. Happens after the 3.14 deploy."])

    def watchers() -> str | None:
        if g.rnd.random() < 0.25:
            return None
        return "; ".join(g.rnd.sample(dev_names, g.rnd.randint(1, 3)))

    def author() -> str | None:
        if g.rnd.random() < 0.4:
            return None
        a, b = g.rnd.choice(devs)
        return f"{a} {b} <{v.work_email(a, b, 'tallyho.dev') if g.rnd.random() < 0.7 else v.email_of(g, a, b, ['users.noreply.github.com', 'gmail.com'])}>"

    return Table("tracker.issues", "en", "snake", [
        c("id", N, "BIGINT", g.keys(88_001), "decoy", KEY),
        c("issue_key", N, "VARCHAR", [f"{g.rnd.choice(projects)}-{g.rnd.randint(100, 9999)}" for _ in range(g.rows)],
          "decoy", SHAPE),
        c("summary", N, "VARCHAR", g.col(g.pick(["Export button unresponsive", "Pagination missing on items API",
                                                  "Crash on login with SSO", "Typo on pricing page",
                                                  "Dark mode contrast too low", "Webhook retries duplicate events"])),
          "decoy"),
        c("description", "free_text", "VARCHAR", g.col(description, 0.1)),
        c("issue_type", N, "VARCHAR", g.col(g.pick(["Bug", "Story", "Task", "Bug"])), "decoy"),
        c("status", N, "VARCHAR", g.col(g.pick(["Open", "In Progress", "In Review", "Done", "Won't Do"])), "decoy"),
        c("priority", N, "VARCHAR", g.col(g.pick(["P1", "P2", "P3", "P3"])), "decoy"),
        c("reporter_display_name", "person_name", "VARCHAR", [f"{a} {b}" for a, b in pairs], ROLE),
        c("reporter_email", "email", "VARCHAR", [v.email_of(g, a, b, v.PERSONAL_DOMAINS) for a, b in pairs],
          ROLE_EMAIL),
        c("assignee", "person_name", "VARCHAR", g.col(g.pick(dev_names), 0.2), STAFF, ROLE),
        c("watchers", "person_name", "VARCHAR", [watchers() for _ in range(g.rows)], MULTI, ROLE),
        c("fix_version", N, "VARCHAR", g.col(g.version, 0.4), "decoy", SHAPE),
        c("last_commit_sha", N, "VARCHAR", g.col(lambda: v.sha1(g), 0.4), "decoy", SHAPE),
        c("last_commit_author", "email", "VARCHAR", [author() for _ in range(g.rows)], COMMIT),
        c("labels", N, "VARCHAR", g.col(g.pick(["", "regression", "customer-reported,ui", "backend", "good-first-issue"])),
          "decoy"),
        c("custom_fields", N, "VARCHAR", g.col(lambda: json.dumps({"sprint": f"Sprint {g.rnd.randint(40, 70)}",
                                                                    "story_points": g.rnd.choice([1, 2, 3, 5, 8])})),
          "decoy", JSON_PLAIN),
        c("environment", N, "VARCHAR", g.col(g.pick(v.USER_AGENTS), 0.3), "decoy", AGENT, SHAPE),
        c("attachment_url", N, "VARCHAR", g.col(lambda: f"https://files.tallyho.dev/att/{g.uuid()}/screenshot.png",
                                                0.5), "decoy", SHAPE),
        c("created", N, "TIMESTAMP", g.moments("2024-06-01", "2025-11-30"), "decoy"),
        c("resolved_by", USERNAME, "VARCHAR", g.col(g.pick([v.login(a, b, 3) for a, b in devs]), 0.5), USER, AUDIT),
    ])


def mailing_subscribers(g: Gen) -> Table:
    """A mailing-list tool's subscribers (listmonk/Mailchimp-shaped): id and UUID, the e-mail, the name, attributes as
    JSON (a city, a first name, a birthday: ``free_text``), the status, the list ids, the opt-in IP and user agent
    (``none``), bounce counts and the last bounce's type and SMTP message (``none``: a mail server's diagnostics), the
    unsubscribe time and a canned reason (``none``), the sender's own ``subscriber_key`` (the e-mail again:
    ``email``, tag ``misleading``)."""
    pairs = [v.person(g) for _ in range(g.rows)]
    mails = [v.email_of(g, a, b, v.PERSONAL_DOMAINS + ["comcast.net", "gmx.com"]) for a, b in pairs]
    bounced = [g.rnd.random() < 0.2 for _ in range(g.rows)]
    unsub = [g.rnd.random() < 0.45 for _ in range(g.rows)]

    def attribs(i: int) -> str:
        doc: dict = {}
        if g.rnd.random() < 0.6:
            doc["city"] = v.us_city(g)[0]
        if g.rnd.random() < 0.5:
            doc["first_name"] = pairs[i][0]
        if g.rnd.random() < 0.2:
            doc["birthday"] = g.birth(1955, 2005).strftime("%m-%d")
        doc["source"] = g.rnd.choice(["footer", "popup", "import"])
        return json.dumps(doc)

    return Table("mailing.subscribers", "en", "snake", [
        c("id", N, "BIGINT", g.keys(1), "decoy", KEY),
        c("uuid", N, "VARCHAR", g.col(g.uuid), "decoy", KEY),
        c("email", "email", "VARCHAR", _dirty(g, mails, 0.02, ["test@example.com", "noreply@example.com"]),
          PLACEHOLDER),
        c("subscriber_key", "email", "VARCHAR", [m.upper() if g.rnd.random() < 0.1 else m for m in mails],
          MISLEADING),
        c("name", "person_name", "VARCHAR", [f"{a} {b}" if g.rnd.random() < 0.6 else "" for a, b in pairs]),
        c("attribs", "free_text", "VARCHAR", [attribs(i) for i in range(g.rows)], JSON),
        c("status", N, "VARCHAR", ["blocklisted" if b and g.rnd.random() < 0.5 else "enabled" for b in bounced],
          "decoy"),
        c("list_ids", N, "VARCHAR", g.col(lambda: ",".join(str(x) for x in sorted(g.rnd.sample(range(1, 9), 2)))),
          "decoy"),
        c("optin_ip", "ip_address", "VARCHAR", g.col(lambda: g.ip(0.25), 0.2)),
        c("last_open_ip", "ip_address", "VARCHAR", g.col(lambda: g.ip(0.4), 0.3)),
        c("optin_user_agent", N, "VARCHAR", g.col(g.pick(v.USER_AGENTS), 0.2), "decoy", AGENT, SHAPE),
        c("bounce_count", N, "INTEGER", [g.rnd.randint(1, 6) if b else 0 for b in bounced], "decoy"),
        c("last_bounce_type", N, "VARCHAR", [g.rnd.choice(["hard", "soft", "complaint"]) if b else "delivered"
                                             for b in bounced], "decoy"),
        c("last_bounce_smtp", N, "VARCHAR", [g.rnd.choice(["550 5.1.1 user unknown", "452 4.2.2 mailbox full",
                                                           "554 5.7.1 rejected by policy"]) if b else "250 2.0.0 OK"
                                             for b in bounced], "decoy"),
        c("unsubscribed_at", N, "TIMESTAMP", [g.moment("2024-01-01", "2025-11-30") if u else None for u in unsub],
          "decoy"),
        c("unsubscribe_reason", N, "VARCHAR", [g.rnd.choice(["Too many emails", "Not relevant", "Never signed up",
                                                             "Other"]) if u else "" for u in unsub], "decoy"),
        c("created_at", N, "TIMESTAMP", g.moments("2020-01-01", "2025-11-30"), "decoy"),
    ])


def callcenter_calls(g: Gen) -> Table:
    """A call center's call log (an older ACD, SCREAMING names): the call id, ANI (the caller's number: ``phone``),
    DNIS (the dialed line, the business's own: ``none``), the CNAM caller name, the callback number, the caller's ZIP,
    the queue, the agent (few) and extension, times, disposition, the recording's URL (``none``), wrap-up notes naming
    people, the supervisor's login (``unclassified``)."""
    agents = _staff(g, 7)
    sups = _logins(g, 3, 1)
    places = [v.us_city(g) for _ in range(g.rows)]
    lines = ["8005550142", "8885550177", "2065550100", "5035550111"]
    ids = [g.uuid() for _ in range(g.rows)]

    def note() -> str:
        return g.rnd.choice(["Billing question, resolved", f"Caller's wife {v.given(g)} is on the account too",
                             f"Escalated to {g.rnd.choice(agents)}", "Wants a callback after 5pm",
                             f"Spoke with {v.whole(g)} about the late delivery"])

    return Table("CALLCTR.CALL_LOG", "en", "screaming", [
        c("CALL_ID", N, "VARCHAR", ids, "decoy", KEY),
        c("ANI", "phone", "VARCHAR", g.phones("US", {"digits": 0.7, "e164": 0.3}, 0.7), ABBREV),
        c("DNIS", N, "VARCHAR", g.col(g.pick(lines)), "business", ABBREV),
        c("CNAM", "person_name", "VARCHAR", g.col(lambda: f"{v.family(g).upper()} {v.given(g).upper()}"[:15], 0.3),
          ABBREV, ROLE),
        c("CALLBACK_NBR", "phone", "VARCHAR", g.phones("US", {"dashes": 0.6, "national": 0.4}, 0.9, 0.55), HEAVY,
          ABBREV),
        c("CALLER_ZIP", "postal_code", "VARCHAR", [v.us_zip(g, p[2]) if g.rnd.random() < 0.7 else None
                                                  for p in places]),
        c("QUEUE_NM", N, "VARCHAR", g.col(g.pick(["BILLING", "TECH_SUPPORT", "SALES", "RETENTION"])), "decoy",
          ABBREV),
        c("AGENT_NAME", "person_name", "VARCHAR", g.col(g.pick(agents), 0.05), STAFF, ROLE),
        c("AGENT_EXT", N, "INTEGER", g.ints(4100, 4199), "decoy"),
        c("START_TS", N, "TIMESTAMP", g.moments("2025-10-01", "2025-11-30"), "decoy"),
        c("WAIT_SECS", N, "INTEGER", g.ints(0, 900), "decoy"),
        c("TALK_SECS", N, "INTEGER", g.ints(20, 2400), "decoy"),
        c("DISPOSITION", N, "VARCHAR", g.col(g.pick(["RESOLVED", "TRANSFERRED", "ABANDONED", "CALLBACK"])), "decoy"),
        c("RECORDING_URL", N, "VARCHAR", [f"https://rec.callbox.example/2025/{i}.wav" if g.rnd.random() < 0.6
                                          else None for i in ids], "decoy", SHAPE),
        c("WRAPUP_NOTES", "free_text", "VARCHAR", g.col(note, 0.35)),
        c("SUPERVISOR_ID", USERNAME, "VARCHAR", g.col(g.pick(sups), 0.3), USER, AUDIT),
    ])


def lms_grades(g: Gen) -> Table:
    """A school LMS's grade book (a Node app, camelCase): enrollment and learner ids, the student number
    (``none``), the learner's name, e-mail and birth date, the guardian's name and e-mail, the instructor's family
    name (few: ``last_name``), course, section, assignment, score, letter grade, submission time, the grader's
    comment naming people."""
    teachers = _staff(g, 5, v.family)
    pairs = [v.person(g) for _ in range(g.rows)]

    def comment() -> str:
        return g.rnd.choice(["Great improvement since the midterm.", f"Worked with {v.given(g)}; cite your partner.",
                             "Late submission, -10%.", f"Please see me with {v.given(g)} about the group project.",
                             "Excellent thesis statement."])

    return Table("lms.gradebook", "en", "camel", [
        c("enrollmentId", N, "VARCHAR", g.col(g.uuid), "decoy", KEY),
        c("learnerId", N, "BIGINT", g.ints(20_000, 29_999), "decoy", KEY),
        c("studentNumber", N, "VARCHAR", g.col(lambda: g.code("S2099999")), "decoy", KEY),
        c("learnerFullName", "person_name", "VARCHAR", [f"{a} {b}" for a, b in pairs], ROLE),
        c("learnerEmail", "email", "VARCHAR", [v.email_of(g, a, b, ["students.cascadeacademy.org"]) for a, b in pairs],
          ROLE_EMAIL),
        c("learnerPreferredName", "first_name", "VARCHAR", [a if g.rnd.random() < 0.6 else None for a, _ in pairs]),
        c("learnerDob", "date_of_birth", "DATE", g.births(2007, 2014)),
        c("guardianName", "person_name", "VARCHAR", [f"{v.given(g)} {b}" if g.rnd.random() < 0.8 else None
                                                     for _, b in pairs], ROLE),
        c("guardianEmail", "email", "VARCHAR", g.col(lambda: v.email(g), 0.25), ROLE_EMAIL),
        c("instructorLastName", "last_name", "VARCHAR", g.col(g.pick(teachers)), STAFF, ROLE),
        c("courseCode", N, "VARCHAR", g.col(g.pick(["BIO-201", "ALG-110", "ENG-102", "HIS-230"])), "decoy", SHAPE),
        c("section", N, "VARCHAR", g.col(g.pick(["A", "B", "C"])), "decoy"),
        c("assignmentTitle", N, "VARCHAR", g.col(g.pick(["Lab 3: Osmosis", "Quiz 5", "Essay: The Dust Bowl",
                                                         "Unit 2 Test"])), "decoy"),
        c("score", N, "DOUBLE", g.floats(40, 100, 1), "decoy"),
        c("letterGrade", N, "VARCHAR", g.col(g.pick(["A", "A-", "B+", "B", "C", "D", "F"])), "decoy"),
        c("submittedAt", N, "TIMESTAMP", g.moments("2025-09-01", "2025-11-30", 0.05), "decoy"),
        c("graderComment", "free_text", "VARCHAR", g.col(comment, 0.4)),
    ])


# -- an insurance agent's CRM, interview feedback, open houses, 311 ----------------------------------------------------


def insurance_crm(g: Gen) -> Table:
    """An independent insurance agent's CRM contacts: names, date of birth, SSN (some ``000-00-0000``) and its last
    four digits (``none``), the spouse's name, home and mobile phones, e-mail, mailing address, city and ZIP, the
    autopay card kept in clear by the old CRM (mostly NULL), policy number and carrier (``none``), the agent of record
    (few), premium, renewal date, notes, the creating import job (``none``) and the last editor's login."""
    pairs = [v.person(g) for _ in range(g.rows)]
    places = [v.us_city(g) for _ in range(g.rows)]
    agents = _staff(g, 4)
    editors = _logins(g, 5, 0)
    ssns = _dirty(g, g.col(lambda: v.us_ssn(g, g.rnd.random() < 0.7), 0.25), 0.04, ["000-00-0000"])

    def note() -> str:
        return g.rnd.choice(["Shopping auto; bundle with home", f"Son {v.given(g)} added as driver in March",
                             f"Referred by {v.whole(g)}", "Prefers email, no calls at work",
                             "Claim 2024 water heater"])

    return Table("agency_crm.contacts", "en", "snake", [
        c("contact_id", N, "INTEGER", g.keys(3_001), "decoy", KEY),
        c("first_name", "first_name", "VARCHAR", [a for a, _ in pairs]),
        c("last_name", "last_name", "VARCHAR", [b for _, b in pairs]),
        c("dob", "date_of_birth", "DATE", g.births(1940, 2006), ABBREV),
        c("ssn", "ssn", "VARCHAR", ssns, PLACEHOLDER),
        c("ssn_last4", N, "VARCHAR", [x[-4:] if x and x != "000-00-0000" else None for x in ssns], "decoy", PARTIAL,
          SHAPE),
        c("spouse_name", "person_name", "VARCHAR", g.col(lambda: v.whole(g), 0.55), HEAVY, ROLE),
        c("home_phone", "phone", "VARCHAR", g.phones("US", {"national": 0.7, "dashes": 0.3}, 0.0, 0.5)),
        c("mobile_phone", "phone", "VARCHAR", g.phones("US", {"national": 0.5, "dots": 0.2, "e164": 0.3}, 1.0, 0.15)),
        c("email", "email", "VARCHAR", [v.email_of(g, a, b, v.PERSONAL_DOMAINS) if g.rnd.random() < 0.85 else None
                                        for a, b in pairs]),
        c("mailing_address", "street_address", "VARCHAR", g.col(lambda: v.us_street(g))),
        c("city", "city", "VARCHAR", [p[0] for p in places]),
        c("zip", "postal_code", "VARCHAR", [v.us_zip(g, p[2], 0.15) for p in places]),
        c("autopay_card_number", "credit_card", "VARCHAR", g.col(lambda: v.card(g), 0.8), HEAVY),
        c("policy_number", N, "VARCHAR", g.col(lambda: g.code("HO-99999999")), "decoy", SHAPE),
        c("carrier", N, "VARCHAR", g.col(g.pick(["Summit Mutual", "Evergreen Casualty", "Northfield P&C"])),
          "business"),
        c("agent_of_record", "person_name", "VARCHAR", g.col(g.pick(agents)), STAFF, ROLE),
        c("annual_premium", N, "DECIMAL(9,2)", g.amounts(400, 6_000), "decoy"),
        c("renewal_date", N, "DATE", g.days("2026-01-01", "2026-12-31"), "decoy"),
        c("notes", "free_text", "VARCHAR", g.col(note, 0.4)),
        c("created_by", N, "VARCHAR", g.col(g.pick(["import_bot", "ams360_sync"])), "decoy", AUDIT, SERVICE),
        c("modified_by", USERNAME, "VARCHAR", g.col(g.pick(editors)), USER, AUDIT),
    ])


def interview_feedback(g: Gen) -> Table:
    """A recruiting pipeline's interview feedback: ids, the candidate's name and e-mail, the interviewer (few) and
    their e-mail, the stage, a rating and recommendation, the feedback text naming people (``free_text``), a scorecard
    as JSON (``none``), the submission time."""
    panel = [v.person(g) for _ in range(6)]
    pairs = [v.person(g) for _ in range(g.rows)]
    who = [g.rnd.choice(panel) for _ in range(g.rows)]

    def feedback(i: int) -> str:
        a = pairs[i][0]
        return g.rnd.choice([f"{a} walked through the cache design clearly; weak on failure modes.",
                             f"Strong hire. {a} mentioned working with {v.whole(g)} at their last job.",
                             "Communication was good, coding below the bar for senior.",
                             f"Not a fit for this team; maybe for {v.given(g)}'s platform team.",
                             f"{a} asked thoughtful questions about on-call."])

    return Table("recruiting.interview_feedback", "en", "snake", [
        c("feedback_id", N, "BIGINT", g.keys(700_001), "decoy", KEY),
        c("application_id", N, "BIGINT", g.ints(40_000, 49_999), "decoy", KEY),
        c("candidate_name", "person_name", "VARCHAR", [f"{a} {b}" for a, b in pairs], ROLE),
        c("candidate_email", "email", "VARCHAR", [v.email_of(g, a, b, v.PERSONAL_DOMAINS) for a, b in pairs],
          ROLE_EMAIL),
        c("interviewer", "person_name", "VARCHAR", [f"{a} {b}" for a, b in who], STAFF, ROLE),
        c("interviewer_email", "email", "VARCHAR", [v.work_email(a, b, "tallyho.dev") for a, b in who], ROLE_EMAIL),
        c("stage", N, "VARCHAR", g.col(g.pick(["phone_screen", "technical", "system_design", "values", "hiring_manager"])),
          "decoy"),
        c("rating", N, "INTEGER", g.ints(1, 4), "decoy"),
        c("recommendation", N, "VARCHAR", g.col(g.pick(["strong_yes", "yes", "no", "strong_no"])), "decoy"),
        c("feedback_text", "free_text", "VARCHAR", [feedback(i) for i in range(g.rows)]),
        c("scorecard", N, "VARCHAR", g.col(lambda: json.dumps({"coding": g.rnd.randint(1, 4),
                                                               "communication": g.rnd.randint(1, 4),
                                                               "design": g.rnd.randint(1, 4)})), "decoy", JSON_PLAIN),
        c("submitted_at", N, "TIMESTAMP", g.moments("2025-06-01", "2025-11-30"), "decoy"),
    ])


def open_house_visitors(g: Gen) -> Table:
    """A real-estate site's open-house sign-ins: the visit and listing ids, the MLS number and listing slug
    (``none``), the listing's address (the seller's home: ``street_address``, tag ``premises``), the seller's name,
    the listing agent (few) and brokerage (``none``), the visitor's name, phone, e-mail and current ZIP, whether they
    are pre-approved and work with an agent, the agent's notes naming people, list price, visit time."""
    listings = [(g.code("MLS99999999"), v.us_street(g), v.whole(g), v.us_city(g)) for _ in range(40)]
    listing = [g.rnd.randrange(len(listings)) for _ in range(g.rows)]
    agents = _staff(g, 5)
    pairs = [v.person(g) for _ in range(g.rows)]

    def note() -> str:
        return g.rnd.choice(["Relocating from Denver, needs 3bd", f"Came with parents ({v.whole(g)})",
                             "Already working with a buyer's agent", f"Neighbor of the seller, {v.given(g)} was curious",
                             "Asked about HOA fees"])

    return Table("realestate.open_house_visitors", "en", "snake", [
        c("visit_id", N, "BIGINT", g.keys(1), "decoy", KEY),
        c("listing_id", N, "INTEGER", [5_000 + i for i in listing], "decoy", KEY),
        c("mls_number", N, "VARCHAR", [listings[i][0] for i in listing], "decoy", SHAPE),
        c("listing_slug", N, "VARCHAR", g.col(g.pick(["sunny-craftsman-near-park", "modern-townhome-with-views",
                                                      "mid-century-ranch-big-yard"])), "decoy", SHAPE),
        c("listing_address", "street_address", "VARCHAR", [listings[i][1] for i in listing], PREMISES),
        c("seller_name", "person_name", "VARCHAR", [listings[i][2] for i in listing], ROLE),
        c("listing_agent", "person_name", "VARCHAR", g.col(g.pick(agents)), STAFF, ROLE),
        c("brokerage", N, "VARCHAR", ["Lockwood & Pemberton Realty"] * g.rows, "business"),
        c("visitor_first_name", "first_name", "VARCHAR", [a for a, _ in pairs], ROLE),
        c("visitor_last_name", "last_name", "VARCHAR", [b for _, b in pairs], ROLE),
        c("visitor_phone", "phone", "VARCHAR", g.phones("US", {"national": 0.5, "dashes": 0.3, "e164": 0.2}, 0.95,
                                                         0.2)),
        c("visitor_email", "email", "VARCHAR", _dirty(g, g.col(lambda: v.email(g), 0.15), 0.05,
                                                      ["asdf@asdf.com", "noreply@example.com"]), PLACEHOLDER),
        c("visitor_current_zip", "postal_code", "VARCHAR", g.col(lambda: v.us_zip(g, v.us_city(g)[2]), 0.3)),
        c("pre_approved", N, "BOOLEAN", g.yn(True, False, 0.4), "decoy"),
        c("has_agent", N, "BOOLEAN", g.yn(True, False, 0.3), "decoy"),
        c("agent_notes", "free_text", "VARCHAR", g.sparse(note, 0.75, _words()), NULLWORD),
        c("list_price", N, "INTEGER", [g.rnd.randint(350, 1_400) * 1_000 for _ in range(g.rows)], "decoy"),
        c("visited_at", N, "TIMESTAMP", g.moments("2025-09-01", "2025-11-30"), "decoy"),
    ])


def city_311(g: Gen) -> Table:
    """A city's 311 service requests: the request number, type and description (naming people: ``free_text``), the
    cross streets and the coordinates of the problem (a place, not a person: ``none``), the reporter's name, phone,
    e-mail and address (often anonymous: NULL words), the agency (``none``), status, times, council district, the
    assignee's login and the intake channel."""
    crews = _logins(g, 6, 2)
    base = (45.52, -122.68)

    def desc() -> str:
        return g.rnd.choice(["Pothole in the bike lane, about 2 ft wide", "Graffiti on the bus shelter",
                             f"My neighbor {v.whole(g)} has been dumping couches on the curb",
                             "Streetlight out for a week", f"Dog loose again, owner is {v.given(g)} at the corner house"])

    anon = [g.rnd.random() < 0.4 for _ in range(g.rows)]
    return Table("city311.service_requests", "en", "snake", [
        c("sr_number", N, "VARCHAR", g.col(lambda: g.code("25-00999999")), "decoy", SHAPE, ABBREV),
        c("service_type", N, "VARCHAR", g.col(g.pick(["Pothole", "Graffiti", "Illegal Dumping", "Streetlight",
                                                      "Animal Complaint"])), "decoy"),
        c("description", "free_text", "VARCHAR", g.col(desc, 0.1)),
        c("cross_streets", N, "VARCHAR", g.col(lambda: f"{g.rnd.choice(v.US_STREETS)} & "
                                               f"{g.rnd.choice(['NE 45th St', 'SE Division St', '5th Ave', 'Main St'])}"),
          "decoy"),
        c("latitude", N, "DOUBLE", [round(base[0] + g.rnd.uniform(-0.1, 0.1), 6) for _ in range(g.rows)], "decoy"),
        c("longitude", N, "DOUBLE", [round(base[1] + g.rnd.uniform(-0.1, 0.1), 6) for _ in range(g.rows)], "decoy"),
        c("reporter_name", "person_name", "VARCHAR", ["Anonymous" if a else v.whole(g) for a in anon], ROLE),
        c("reporter_phone", "phone", "VARCHAR", [None if a else g.phone("US", "national") for a in anon]),
        c("reporter_email", "email", "VARCHAR", [None if a or g.rnd.random() < 0.3 else v.email(g) for a in anon],
          HEAVY),
        c("reporter_address", "street_address", "VARCHAR", [g.rnd.choice(["", "n/a", "-", "NULL"])
                                                            if a or g.rnd.random() < 0.6 else v.us_street(g)
                                                            for a in anon], NULLWORD),
        c("agency", N, "VARCHAR", g.col(g.pick(["PBOT", "BDS", "Parks", "Animal Services"])), "decoy"),
        c("status", N, "VARCHAR", g.col(g.pick(["Open", "Assigned", "Closed", "Closed"])), "decoy"),
        c("opened_at", N, "TIMESTAMP", g.moments("2025-08-01", "2025-11-30"), "decoy"),
        c("closed_at", N, "TIMESTAMP", g.moments("2025-08-01", "2025-11-30", 0.45), "decoy"),
        c("council_district", N, "INTEGER", g.ints(1, 4), "decoy"),
        c("assigned_to", USERNAME, "VARCHAR", g.col(g.pick(crews), 0.3), USER, AUDIT),
        c("channel", N, "VARCHAR", g.col(g.pick(["phone", "app", "web", "email"])), "decoy"),
    ])


# -- Italy, Sweden -----------------------------------------------------------------------------------------------------


def it_museo_soci(g: Gen) -> Table:
    """An Italian museum's members (Italian, snake case): member id, card number (``none``), first and family name,
    codice fiscale (encoding the row's name, birth date and comune), birth date and birthplace (``city``), address,
    CAP, comune, province (``none``), phone and mobile, e-mail, the IBAN for the yearly direct debit (mostly NULL),
    the card type and expiry, the staff member who enrolled them (few first names), notes."""
    rows = []
    for _ in range(g.rows):
        female = g.rnd.random() < 0.5
        a, b = v.person(g, "it", female)
        born = g.birth(1940, 2007)
        birthplace = g.rnd.choice(v.IT_CITIES)
        rows.append((a, b, born, birthplace, v.it_codice_fiscale(g, a, b, born, female, birthplace[3])))
    places = [g.rnd.choice(v.IT_CITIES) for _ in range(g.rows)]
    staff = _staff(g, 4, lambda x: v.given(x, "it"))

    def note() -> str:
        return g.rnd.choice([f"Tessera famiglia con {v.whole(g, 'it')}", "Rinnovo tramite bonifico",
                             f"Regalo della figlia {v.given(g, 'it')}", "Chiede newsletter cartacea"])

    return Table("museo.soci", "it", "snake", [
        c("id_socio", N, "INTEGER", g.keys(1_001), "decoy", KEY),
        c("numero_tessera", N, "VARCHAR", g.col(lambda: g.code("AMC-999999")), "decoy", SHAPE),
        c("nome", "first_name", "VARCHAR", [r[0] for r in rows]),
        c("cognome", "last_name", "VARCHAR", [r[1] for r in rows]),
        c("codice_fiscale", "national_id", "VARCHAR", [r[4] if g.rnd.random() < 0.85 else None for r in rows]),
        c("data_nascita", "date_of_birth", "DATE", [r[2] for r in rows]),
        c("luogo_nascita", "city", "VARCHAR", [r[3][0] for r in rows]),
        c("indirizzo", "street_address", "VARCHAR", g.col(lambda: v.it_street(g))),
        c("cap", "postal_code", "VARCHAR", [f"{p[2]}{g.digits(2)}" for p in places], ABBREV),
        c("comune", "city", "VARCHAR", [p[0] for p in places]),
        c("provincia", N, "VARCHAR", [p[1] for p in places], "decoy"),
        c("telefono", "phone", "VARCHAR", g.phones("IT", {"national": 0.7, "intl": 0.3}, 0.0, 0.45)),
        c("cellulare", "phone", "VARCHAR", g.phones("IT", {"national": 0.5, "intl": 0.3, "e164": 0.2}, 1.0, 0.1)),
        c("email", "email", "VARCHAR", [v.email_of(g, r[0], r[1], ["libero.it", "virgilio.it", "gmail.com",
                                                                    "tiscali.it"]) for r in rows]),
        c("iban_addebito", "iban", "VARCHAR", g.col(lambda: v.iban(g, "IT", g.rnd.random() < 0.4), 0.65), HEAVY),
        c("tipo_tessera", N, "VARCHAR", g.col(g.pick(["Ordinaria", "Famiglia", "Under 26", "Sostenitore"])),
          "decoy"),
        c("scadenza", N, "DATE", g.days("2026-01-01", "2026-12-31"), "decoy"),
        c("operatore", "first_name", "VARCHAR", g.col(g.pick(staff)), STAFF, ROLE),
        c("note", "free_text", "VARCHAR", g.sparse(note, 0.8, _words("nessuna", "N.D.")), NULLWORD),
    ])


def sv_hemservice(g: Gen) -> Table:
    """A Swedish home-services marketplace's jobs (Swedish, snake case): job id, the homeowner's name, personnummer
    (needed for the RUT/ROT tax deduction), phone, e-mail, the job site (the home: ``street_address``, tag
    ``premises``), postcode and town, the pro (``hantverkare``, a sole trader: ``person_name``) and the pro's company
    number (``none``), the service, the deduction amount, booking time, rating, the homeowner's comment, the IBAN the
    refund goes to (mostly NULL)."""
    pros = [(v.whole(g, "sv"), v.se_orgnr(g)) for _ in range(30)]
    pro = [g.rnd.choice(pros) for _ in range(g.rows)]
    places = [g.rnd.choice(v.SE_CITIES) for _ in range(g.rows)]
    births = g.births(1935, 2004)
    pairs = [v.person(g, "sv") for _ in range(g.rows)]

    def comment() -> str:
        return g.rnd.choice(["Mycket nöjd, snabbt och snyggt jobb", f"Min sambo {v.given(g, 'sv')} var hemma",
                             f"Rekommenderad av {v.whole(g, 'sv')}", "Kom en timme för sent"])

    return Table("hemservice.uppdrag", "sv", "snake", [
        c("uppdrag_id", N, "BIGINT", g.keys(90_001), "decoy", KEY),
        c("kund_namn", "person_name", "VARCHAR", [f"{a} {b}" for a, b in pairs], ROLE),
        c("personnummer", "national_id", "VARCHAR", [v.se_personnummer(g, d) if g.rnd.random() < 0.8 else None
                                                     for d in births]),
        c("fodelsedatum", "date_of_birth", "DATE", births),
        c("kund_telefon", "phone", "VARCHAR", g.phones("SE", {"national": 0.6, "intl": 0.2, "e164": 0.2}, 0.85)),
        c("kund_epost", "email", "VARCHAR", [v.email_of(g, a, b, ["telia.com", "gmail.com", "hotmail.se",
                                                                   "outlook.com"]) for a, b in pairs]),
        c("adress", "street_address", "VARCHAR", g.col(lambda: v.se_street(g)), PREMISES),
        c("postnummer", "postal_code", "VARCHAR", [f"{p[1]}{g.digits(1)} {g.digits(2)}" for p in places], PREMISES),
        c("ort", "city", "VARCHAR", [p[0] for p in places]),
        c("hantverkare", "person_name", "VARCHAR", [p[0] for p in pro], ROLE),
        c("hantverkare_orgnr", N, "VARCHAR", [p[1] for p in pro], "business", SHAPE),
        c("tjanst", N, "VARCHAR", g.col(g.pick(["Fönsterputs", "Flyttstäd", "Målning", "Elinstallation",
                                                 "Trädgårdsarbete"])), "decoy"),
        c("rut_avdrag_kr", N, "INTEGER", g.ints(200, 25_000), "decoy"),
        c("bokad_tid", N, "TIMESTAMP", g.moments("2025-08-01", "2025-12-20"), "decoy"),
        c("betyg", N, "INTEGER", g.ints(1, 5, 0.3), "decoy"),
        c("kommentar", "free_text", "VARCHAR", g.sparse(comment, 0.55, ("", "ingen", "saknas"))),
        c("iban_aterbetalning", "iban", "VARCHAR", g.col(lambda: v.iban(g, "SE", g.rnd.random() < 0.5), 0.85), HEAVY),
    ])


BUILDERS: list[tuple[Callable[[Gen], Table], int]] = [
    (booking_appointments, 1_100), (rails_users, 900), (django_auth_user, 800), (django_profiles, 600),
    (wp_users, 700), (wp_usermeta, 1_800), (wc_customer_lookup, 650), (magento_addresses, 1_000),
    (tracker_issues, 1_200), (mailing_subscribers, 1_600), (callcenter_calls, 1_500), (lms_grades, 1_300),
    (insurance_crm, 500), (interview_feedback, 450), (open_house_visitors, 400), (city_311, 1_400),
    (it_museo_soci, 420), (sv_hemservice, 380),
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
