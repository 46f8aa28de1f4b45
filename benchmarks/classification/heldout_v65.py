"""Held-out set v65 for the column classifier: 15 tables of *social networks, dating apps, forums and messaging
services*, one system per table and each a different organisation, nine with English column names (the United
States, the United Kingdom, Canada, Australia and South Africa) and six in Brazilian Portuguese, Japanese (kanji and
katakana), Korean (Hangul), German, Russian (Cyrillic script) and Spanish, in snake, camel, Pascal and SCREAMING case
and native script, with abbreviations (``first_msg_at``, ``w9AddrLn1``, ``AUTHOR_DISPLAY_NM``, ``MOD_NM``), a source
prefix (``src_crm_col17``) and opaque custom fields holding personal data (``misc_1``, ``udf_03``, ``ATTR7``,
``여분필드2``, ``campo_extra_2``) beside opaque fields holding none (``misc_2``, ``udf_04``, ``ATTR8``, ``여분필드1``,
``src_crm_col18``, ``campo_extra_1``):

* ``heartline.match_events``: a Brooklyn dating app's matches (both first names, the last message's preview, the
  planned date's bar with its address, phone and coordinates, the safety share's contact, both last IPs, report
  notes, the trust-and-safety moderator, ``misc_1`` the other user's Instagram handle);
* ``ridgeline_forum.xf_post``: a Sheffield climbing and cycling forum's XenForo posts joined to its users (BBCode
  messages, reactions as JSON, quoted usernames, signatures, custom profile fields ``field_real_name``,
  ``field_ride_phone`` and ``field_bike``, moderators' warning notes);
* ``chatwire.contact_uploads``: a Toronto messaging app's address-book uploads (one row per contact card: the owner's
  verified number, the card's names, numbers of six countries, e-mail, birthday with Apple's year 1604 when none is
  kept, address, a note, the number's SHA-256, the matched user, the sync worker);
* ``orbit.friendships``: an Austin social network's friend graph with the requester's profile fields denormalized on
  each edge (hometown, current city, birthday and its visibility, relationship status and partner, employer, school,
  pronouns, the last check-in's coordinates, ``source_handle``: the e-mail the suggestion was matched on);
* ``fanvault_api.creatorPayouts``: a Los Angeles creator platform's payouts (camel case: handles and stage names, the
  legal name, date of birth and SSN from the W-9, ``w9AddrLn1``/``w9AddrLn2``, an LLC's EIN, the ABA routing number,
  the account's last four digits, the PayPal e-mail, the Stripe Connect account, ``name`` the payout's product, the
  KYC reviewer, ``udf_03`` the manager's e-mail);
* ``ASKHUB.MOD_LOG``: a Melbourne community Q&A site's moderation log (SCREAMING case: doxxing and spam excerpts, the
  author's display name, e-mail, location, IP and browser, flag comments, appeals, moderators and reviewing logins,
  the operator's ABN, ``ATTR7`` a verified expert's real name);
* ``TrustSafety.ChatReports``: a Montréal game studio's player chat reports (Pascal case: gamertags, the reporter's
  e-mail, both IPs, the hardware id's hash, the reported chat line, the age gate's date of birth, a guardian's e-mail,
  reviewers and their notes);
* ``lumenshare.uploads``: a Cape Town photo-sharing app's uploads with their EXIF metadata (make, model, software,
  lens, body serial, capture time as EXIF text, GPS latitude, longitude and altitude, artist and copyright), the
  geotag's town, captions, tagged handles, a generated alt text and the filter preset;
* ``inkwell.subscribers``: an Edinburgh newsletter platform's subscribers (publications with their UK VAT numbers,
  the referrer's e-mail, Stripe customers and cards' last four digits, billing postcodes of paid tiers, gift senders
  and messages, an old CRM's ``src_crm_col17`` holding a phone, an e-mail or a name by row);
* ``vizinhanca_bh.moradoresVerificados``: a Belo Horizonte neighbourhood social app's verified residents (Brazilian
  Portuguese, camel case: CPF, CEP, ``logradouro``, ``complemento``, ``bairro``, the resident's own shop with its CNPJ
  and phone, a Pix key that is a CPF, an e-mail, a phone or a random key);
* ``マッチング.会員プロフィール``: a Tokyo matching app's member profiles with age verification (Japanese: nickname,
  ``氏名`` and ``氏名カナ``, ``生年月日``, prefecture and city, ``自己紹介``, the document checked and a driving
  licence's number, a card number kept in clear by the old billing module, the operator's corporate number, the
  support agent's family name);
* ``커뮤니티.회원정보``: a Seoul camera-hobby community's members on a gnuboard-like board (Hangul: ``아이디``,
  ``닉네임``, ``이름``, road-name address and its detail, postcode, the identity-verification CI, an admin memo,
  ``여분필드1`` a camera body, ``여분필드2`` a depositor's name, advertisers' business registration numbers);
* ``fediverse_instanz.Konten``: a Leipzig Fediverse instance's accounts, run by a registered association whose
  supporting members pay by SEPA direct debit (German, Pascal case: profile fields as JSON, the member's name,
  address and IBAN, the association's register number, the moderator who suspended an account);
* ``мессенджер.метаданные_сообщений``: a Kazan messenger's message metadata kept under the data-retention rules
  (Russian, Cyrillic snake case: senders' and recipients' phones, profile names and usernames, ``адрес`` the
  sender's IP, the device's IMEI, the town from geo-IP, the operating company's ИНН);
* ``eventos_online.asistentes``: a Madrid online-event platform's attendees (Spanish: ``nombre``, ``apellidos`` with
  two surnames, the invoice's NIF (DNI or NIE), the organiser's CIF, a refund IBAN, the personal join link, the
  connection IP and browser, chat questions, the speaker, ``campo_extra_2`` the name for the certificate).

Written **blind**, like v2 to v59: by someone who has read neither the classifier (``governance_dagster/detect/``) nor
its rules, documentation, tests, changelog, history or notes, only the list of kind names
(``governance_dagster/kinds.py``), how the scorer registers a set (``heldout_v2_accuracy.py``, read, never run), the
*structure* and labeling conventions of v27 (``heldout_v27.py``, ``heldout_v27_values.py``, its test,
``tests/heldout_support.py``), the module docstrings of v24 to v59 (to avoid their domains and follow their labeling
conventions), the ``Column``/``Table`` classes and writer they build on (``heldout_v2.py``, ``heldout_v4.py``), the
ruff section of ``pyproject.toml`` and the sources of python-stdnum and phonenumbers. The classifier was not run on this
set while it was written, no scorer was run on it, and no score of any set was looked at: nothing here was adjusted to
what the classifier does. It was written under a short deadline (about an hour, the tests and lint included), so some
labels below are quick decisions rather than settled conventions. It imports no earlier set's value module: its random
source, name lists, handles, streets, towns, postal codes and identifier builders are its own
(:mod:`benchmarks.classification.heldout_v65_values`; the generic ``Gen`` helpers were copied from v27's).

What is new against v2 to v59: the consumer social web itself. Earlier sets touched it at its edges (v25 a dating
app's profile export, v45 a phpBB forum's users and a WhatsApp group's chat export, v47 a game studio's player
profiles, v54 an influencer roster and an event's attendee report, v38 a Mailchimp audience); every organisation and
shape here is new: a dating app's matches, a XenForo post table, an address-book upload, a friend graph, creator
payouts with W-9 fields, a Q&A moderation log, game chat reports, EXIF metadata, a newsletter platform, a
neighbourhood app's verified residents, a Japanese matching app's age verification, a Korean board's members, a
Fediverse instance's accounts and supporting members, a messenger's metadata log and an online event's attendees.

* handles (tag ``handle``): usernames, gamertags, nicknames, stage names, quoted and tagged handles (tag
  ``multi_value``: ``, ``-separated), an Instagram handle in ``misc_1``; all ``unclassified`` (tag ``username``)
  except the Japanese ``ニックネーム`` (see below);
* profile fields a user fills in (tag ``profile_field``): locations, hometowns, bios, signatures, pronouns, relationship
  status and partner, website URLs, profile fields as JSON (tag ``json_blob``);
* EXIF fields (tag ``exif``): make, model, software, lens and body serial, capture time and GPS (``none``), artist and
  copyright (``person_name``);
* engagement counts (tag ``engagement_count``): likes, followers, posts, reactions, reputation, mutual friends
  (``none``);
* credentials (tag ``credential``, ``none``): bcrypt and PBKDF2 password hashes, APNs and FCM push tokens (also tag
  ``device_token``), a Korean identity-verification CI, a personal join link; hashes of values (tag ``hashed``): a
  phone number's SHA-256, a file's, a hardware id's, an attachment's;
* decoys with check digits (tag ``check_digit``, all ``none``): an ABA routing number, an Australian ABN, UK VAT
  numbers, Brazilian CNPJ, a Japanese corporate number, Korean business registration numbers (python-stdnum's format
  check and the NTS check digit), Russian company ИНН, a Spanish CIF and IMEIs (Luhn);
* other decoys (tag ``decoy``; ``value_shape`` when shaped like an identifier or a personal value): match, report,
  post, payout and appeal ids, app, ranker, client, game and model versions, a US EIN of LLCs, referral codes, file
  keys, URLs, a register number (``VR 7712``), user agents (tag ``user_agent``), processor tokens (tag ``tokenized``),
  product names (tag ``product_name``: bikes, cameras, lenses, filter presets, a payout's product under ``name``,
  newsletters), coordinates (tag ``coordinates``), epoch-second dates;
* identifiers with check digits (python-stdnum): the US SSN (``ssn``, some ``000-00-0000``), the CPF, the Spanish DNI
  and NIE (``national_id``), German and Spanish IBANs, a card number (Luhn); a Japanese driving licence's number by
  its shape (``national_id``); phones of the United States, Canada, the United Kingdom, Brazil, Japan, Korea,
  Germany, Russia and Spain (and India, the Philippines, Nigeria and others in the address book; Australian ones only
  in free text) (phonenumbers) in national, international, E.164, digits-only and dashed forms; IPv4 and IPv6.

Labeling choices a reader may question:

* handles, gamertags, login ids and nicknames are ``unclassified`` (tag ``username``), so are a creator's stage names
  (``displayName``: ``Chef Esmeralda``, ``The Quiet Potter``) and a Q&A site's display names (mostly handles); the
  Japanese matching app's ``ニックネーム`` is ``first_name``: on such apps it is the member's given name in kana or
  kanji (tag ``handle`` as well); a Fediverse ``Anzeigename`` is ``person_name`` (mostly real names, some with an
  emoji);
* ``contact_display_name`` of an address book is ``person_name`` though some cards read ``Mom`` or name a dental
  office; a birthday kept without a year (``1604-07-05``) is still ``date_of_birth``;
* a geotag's place name, ``requester_hometown``, ``город_по_ip`` (the town from geo-IP), ``bairro`` and ``시군구``
  (a city's district) are ``city``; prefectures (``居住地``, ``出身地``), ``시도``, ``uf``, ``provincia`` and US
  states are ``none``; coordinates of a photo's GPS, a check-in or a bar are ``none`` (tag ``coordinates``), as in
  earlier sets;
* ``адрес`` (the connection's address) holds the sender's IP: ``ip_address`` (tag ``misleading``); ``source_handle``
  holds e-mail addresses: ``email`` (tag ``misleading``); a payout's ``name`` holds a product: ``none``;
* EXIF ``exif_artist`` and ``exif_copyright`` (``© 2025 Name``) are ``person_name``; a camera's body serial and a
  phone's IMEI are ``none``;
* the SSN on a creator's W-9 (``tin``) is ``ssn``; kinds.py puts every country's social-security number under
  ``ssn``, and no other one is in this set: the CPF, the Spanish DNI and NIE on an invoice and a Japanese driving
  licence's number are ``national_id``; an LLC's EIN is ``none`` (a business's);
* the last four digits of a card or an account are ``none`` (tag ``partial``); the card number kept in clear
  (``決済カード番号``) is ``credit_card``;
* ``src_crm_col17`` (a phone, an e-mail or a name by row) and ``chavePix`` (a CPF, an e-mail, a phone or a random
  key) are ``free_text`` (tag ``mixed_kinds``); message previews, posts, signatures, captions, chat lines, bios,
  gift messages, moderation notes, appeals and chat questions naming people are ``free_text``; generated alt texts,
  thread and question titles and canned reasons naming no one are ``none``;
* staff are ``person_name`` (tag ``staff``, 2-8 distinct: trust-and-safety moderators, KYC reviewers, community
  moderators, game-report reviewers, speakers), ``first_name`` when only a first name is kept
  (``moderadorResponsavel``) and ``last_name`` when only a family name (``担当者``); admin and moderator logins are
  ``unclassified`` (tag ``username``); a sync worker and a signup form are ``none`` (tag ``service_account``);
* a bar's name, address and phone, a resident's shop, an event's organiser and the operators' numbers are ``none``
  (tag ``business``); record numbers (match, post, contact, payout, member and account ids, ``Mitgliedsnummer``) are
  ``none`` (tag ``join_key``);
* ``여분필드2`` (the name a paid membership's transfer came from) and ``campo_extra_2`` (the name to print on a
  certificate) are ``person_name``; ``misc_1`` (an Instagram handle) is ``unclassified``; ``udf_03`` (a manager's
  e-mail) is ``email`` (tag ``role_email``).

Labeling rules otherwise as v27 (see :mod:`benchmarks.classification.heldout_v27`): a business's address, phone,
postal code and city are ``none`` (tag ``business``); a login is ``unclassified`` (tag ``username``), a service
account ``none``. ``null_heavy`` means 50-95% NULL, ``nullword_heavy`` 70-95% NULL words. Rows per table: 300 to 480.

Every value is generated here from :data:`SEED` (one ``random.Random`` per table, named after its builder) with
python-stdnum for check digits, phonenumbers for phone validity and formats, and the lists of names, handles, streets,
towns and postal codes of :mod:`benchmarks.classification.heldout_v65_values`, written for v65 (no Faker, no list of
real people, no breach data). Build: ``python -m benchmarks.classification.heldout_v65 [PATH]`` (default
``/tmp/heldout_v65.duckdb``). Score: ``python -m benchmarks.classification.heldout_v2_accuracy --set v65``.
"""

from __future__ import annotations

import hashlib
import json
import sys
from collections.abc import Callable
from datetime import timedelta
from pathlib import Path

from benchmarks.classification import heldout_v4
from benchmarks.classification import heldout_v65_values as v
from benchmarks.classification.heldout_v2 import Column, Table
from benchmarks.classification.heldout_v65_values import NULLISH, SEED, USERNAME, Gen, N, c

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

DEFAULT_PATH = Path("/tmp/heldout_v65.duckdb")

NULLWORD = "nullword_heavy"  # 70-95% NULL-like strings, placeholders and empty strings (few real NULLs)
HEAVY = "null_heavy"  # 50-95% NULL
SHAPE = "value_shape"  # a decoy shaped like an identifier or a personal value
MISLEADING = "misleading"  # a name that points away from what the column holds
STAFF = "staff"  # staff (moderators, reviewers, speakers) in a column with 2-8 distinct people
ROLE = "role_word"  # people under a role word (contact, partner, guardian, gift sender ...)
ROLE_EMAIL = "role_email"  # a role-named column holding people's e-mail addresses
ABBREV = "abbrev"
AUDIT = "audit"
USER = "username"  # a login or a public handle (unclassified)
SERVICE = "service_account"  # an audit column holding only service accounts or jobs (none)
KEY = "join_key"  # a record number, id, foreign key or UUID of the organisation (none)
MULTI = "multi_value"  # several handles in one cell
JSON = "json_blob"  # a JSON document holding personal data (free_text)
JSON_PLAIN = "json_plain"  # a JSON document holding no personal data (none)
PLACEHOLDER = "placeholder"  # a personal column some of whose cells are placeholders
TOKEN = "tokenized"  # a processor's token (cus_, acct_ ...): none
PARTIAL = "partial"  # the last four digits of a card or an account: none
CREDENTIAL = "credential"  # a password hash, a device push token, a verification CI, a join link (none)
AGENT = "user_agent"  # an HTTP user agent (none)
OPAQUE = "opaque"  # a numbered or generic custom field (misc_1, udf_03, attr7, 여분필드1)
PREFIX = "source_prefix"  # a column named by its source system and position (src_crm_col17)
MIXED = "mixed_kinds"  # a phone, an e-mail or a name by row (free_text)
COORD = "coordinates"  # a latitude or longitude (none)
CHECK = "check_digit"  # a business's or a device's number with a check digit (none)
PRODUCT = "product_name"  # a product, plan, preset or camera model under a name-like column (none)
HANDLE = "handle"  # a social handle, gamertag, nickname or stage name
EXIF = "exif"  # a field of a photo's EXIF metadata
COUNT = "engagement_count"  # likes, followers, posts, reactions (none)
DEVICE = "device_token"  # an APNs or FCM push token (none)
HASHED = "hashed"  # a hash of a value (a phone's SHA-256, a file's, a hardware id's): none
PROFILE = "profile_field"  # a field a user fills in on a public profile

SITES = ["https://github.com/", "https://www.linkedin.com/in/", "https://www.youtube.com/@"]
CA_STREETS = ["Queen St W", "Danforth Ave", "Bank St", "Spring Garden Rd", "Osborne St", "Kensington Rd NW"]


def _words(*extra: str) -> tuple[str, ...]:
    return ("", "-", "NULL", "n/a", "null", "none") + extra


def _staff(g: Gen, n: int, make: Callable[[Gen], str]) -> list[str]:
    out: set[str] = set()
    while len(out) < n:
        out.add(make(g))
    return sorted(out)


def _logins(g: Gen, n: int, country: str = "us") -> list[str]:
    out: set[str] = set()
    while len(out) < n:
        a, b = v.person(g, country)
        out.add(f"{v.plain(a)[0]}{v.plain(b)}")
    return sorted(out)


def _handles(g: Gen, n: int, country: str = "us") -> list[str]:
    out: set[str] = set()
    while len(out) < n:
        out.add(v.handle(g, *v.person(g, country)))
    return sorted(out)


def _dirty(g: Gen, values: list, share: float, placeholders: list[str]) -> list:
    """``values`` with ``share`` of the non-NULL cells replaced by a placeholder (a NULL word of the set)."""
    return [g.rnd.choice(placeholders) if x is not None and g.rnd.random() < share else x for x in values]


def _later(g: Gen, starts: list, lo_min: int, hi_min: int, null: float = 0.0) -> list:
    return [
        None if s is None or g.rnd.random() < null else s + timedelta(minutes=g.rnd.randint(lo_min, hi_min))
        for s in starts
    ]


def _maybe(g: Gen, values: list, null: float) -> list:
    return [None if g.rnd.random() < null else x for x in values]


# -- a dating app, a forum, a messaging app, a social network ---------------------------------------------------------


def heartline_matches(g: Gen) -> Table:
    """A Brooklyn dating app's matches (Postgres, snake case): match and user ids, both first names (the app shows
    no family names), ages, times and message counts, the last message's preview (``free_text``: first names, phone
    numbers swapped to move off the app), the unmatch reason, the planned date's venue (a bar: name, address, phone
    and coordinates are ``none``), the safety share (the friend who gets the date's details: name and phone, mostly
    NULL), both users' last IPs, the report note naming people, the trust-and-safety moderator (few), the app and
    ranker versions, ``misc_1`` (the other user's Instagram handle: ``unclassified``) and ``misc_2`` (an experiment
    bucket: ``none``)."""
    a_side = [v.person(g) for _ in range(g.rows)]
    b_side = [v.person(g) for _ in range(g.rows)]
    venues = [
        ("The Gilded Heron", "412 Franklin Ave, Brooklyn, NY 11238"),
        ("Kettle & Crane", "88 Grand St, Brooklyn, NY 11249"),
        ("Low Tide Natural Wine", "1021 Bergen St, Brooklyn, NY 11216"),
        ("Pinball Parlor", "317 Court St, Brooklyn, NY 11231"),
        ("Verdigris Coffee", "55 Nassau Ave, Brooklyn, NY 11222"),
        ("Sunset Lanes", "2410 5th Ave, Brooklyn, NY 11232"),
    ]
    venue_geo = {
        name: (round(40.66 + g.rnd.uniform(0, 0.06), 6), round(-73.99 + g.rnd.uniform(0, 0.05), 6))
        for name, _ in venues
    }
    venue_phone = {name: f"(718) 555-01{i:02d}" for i, (name, _) in enumerate(venues, start=20)}
    venue = [g.rnd.choice(venues) if g.rnd.random() < 0.4 else None for _ in range(g.rows)]
    mods = _staff(g, 5, v.whole)
    safety = [g.rnd.random() < 0.16 for _ in range(g.rows)]
    matched = g.moments("2025-05-01", "2025-11-30")

    def preview(i: int) -> str | None:
        if g.rnd.random() < 0.25:
            return None
        a = a_side[i][0]
        return g.rnd.choice(
            [
                "haha ok that's fair",
                f"I'm {a} btw, my friends call me {a[:3]}",
                "are you free thursday?",
                f"text me instead, this app is glitchy {g.phone('US', 'dashes')}",
                "lol same",
                f"my roommate {v.given(g)} says hi",
                "what's your go-to taco spot?",
                f"wait do you know {v.whole(g)}? she's in my climbing group",
                "🙌🙌",
            ]
        )

    def note() -> str:
        return g.rnd.choice(
            [
                f"Says his real name is {v.whole(g)}, not what the profile shows",
                "Asked for money on the second message",
                f"Photos belong to {v.whole(g)} (reverse search)",
                "No-show, then abusive messages",
                f"Ex-partner of {v.given(g)}, harassment",
            ]
        )

    return Table(
        "heartline.match_events",
        "en",
        "snake",
        [
            c("match_id", N, "BIGINT", g.keys(5_400_001), "decoy", KEY),
            c("match_uuid", N, "VARCHAR", g.col(g.uuid), "decoy", KEY),
            c("user_a_id", N, "BIGINT", g.ints(100_000, 990_000), "decoy", KEY),
            c("user_b_id", N, "BIGINT", g.ints(100_000, 990_000), "decoy", KEY),
            c("user_a_first_name", "first_name", "VARCHAR", [a for a, _ in a_side]),
            c("user_b_first_name", "first_name", "VARCHAR", [a for a, _ in b_side]),
            c("user_a_age", N, "INTEGER", g.ints(21, 49), "decoy"),
            c("user_b_age", N, "INTEGER", g.ints(21, 49), "decoy"),
            c("matched_at", N, "TIMESTAMP", matched, "decoy"),
            c("first_msg_at", N, "TIMESTAMP", _later(g, matched, 2, 4_000, 0.3), "decoy", ABBREV),
            c("msg_count", N, "INTEGER", g.skewed(400), "decoy", ABBREV, COUNT),
            c("last_msg_preview", "free_text", "VARCHAR", [preview(i) for i in range(g.rows)], ABBREV),
            c(
                "unmatch_reason",
                N,
                "VARCHAR",
                g.col(g.pick(["no_spark", "met_someone", "inappropriate", "fake_profile", "other"]), 0.6),
                "decoy",
            ),
            c("match_source", N, "VARCHAR", g.col(g.pick(["swipe", "swipe", "standouts", "boost", "rewind"])), "decoy"),
            c("super_like", N, "BOOLEAN", g.yn(True, False, 0.07), "decoy"),
            c("compatibility_score", N, "DOUBLE", g.floats(0, 1, 4), "decoy"),
            c("date_venue_name", N, "VARCHAR", [x[0] if x else None for x in venue], "business"),
            c("date_venue_address", N, "VARCHAR", [x[1] if x else None for x in venue], "business"),
            c("date_venue_phone", N, "VARCHAR", [venue_phone[x[0]] if x else None for x in venue], "business"),
            c("date_venue_lat", N, "DOUBLE", [venue_geo[x[0]][0] if x else None for x in venue], "decoy", COORD),
            c("date_venue_lng", N, "DOUBLE", [venue_geo[x[0]][1] if x else None for x in venue], "decoy", COORD),
            c(
                "safety_share_contact_name",
                "person_name",
                "VARCHAR",
                [v.whole(g) if s else None for s in safety],
                HEAVY,
                ROLE,
            ),
            c(
                "safety_share_contact_phone",
                "phone",
                "VARCHAR",
                [g.phone("US", g.rnd.choice(["e164", "national"])) if s else None for s in safety],
                HEAVY,
                ROLE,
            ),
            c("user_a_last_ip", "ip_address", "VARCHAR", g.col(lambda: g.ip(0.35), 0.05)),
            c("user_b_last_ip", "ip_address", "VARCHAR", g.col(lambda: g.ip(0.35), 0.05)),
            c("report_note", "free_text", "VARCHAR", g.sparse(note, 0.86, _words()), NULLWORD),
            c("moderator", "person_name", "VARCHAR", g.col(g.pick(mods), 0.45), STAFF, ROLE),
            c("app_version", N, "VARCHAR", g.col(g.version), "decoy", SHAPE),
            c(
                "ranker_version",
                N,
                "VARCHAR",
                g.col(lambda: f"ranker-v{g.rnd.randint(9, 14)}.{g.rnd.randint(0, 9)}"),
                "decoy",
                SHAPE,
            ),
            c(
                "misc_1",
                USERNAME,
                "VARCHAR",
                [None if g.rnd.random() < 0.58 else "@" + v.handle(g, a, b) for a, b in b_side],
                USER,
                HANDLE,
                OPAQUE,
                HEAVY,
            ),
            c(
                "misc_2",
                N,
                "VARCHAR",
                g.col(g.pick(["exp_ranker_b", "exp_ranker_a", "control", "holdout"])),
                "decoy",
                OPAQUE,
            ),
        ],
    )


def ridgeline_posts(g: Gen) -> Table:
    """A Sheffield climbing and cycling forum's posts (XenForo-like, joined to its users' custom fields): post,
    thread and user ids, the thread's title and forum (``none``), the poster's username (``unclassified``), the post
    date as epoch seconds, the BBCode message (``free_text``: riders and climbers named), reactions as JSON
    (``none``), the IP of the post, the poster's location (a town: ``city``), custom title and signature, the quoted
    usernames (a list of handles), the custom fields ``field_real_name`` and ``field_ride_phone`` (mostly NULL), the
    bike (a product: ``none``), a moderator's warning note naming people."""
    users = []
    for _ in range(110):
        a, b = v.person(g, "gb")
        town = g.rnd.choice(v.UK_TOWNS[:6] + [("Sheffield", "S", 1, 36)] * 4)[0]
        users.append((v.handle(g, a, b), f"{a} {b}", town, v.email_of(g, a, b, v.DOMAINS["gb"])))
    user = [g.rnd.randrange(len(users)) for _ in range(g.rows)]
    handles = [u[0] for u in users]
    titles = [
        "Best gravel tyres for the Peaks?",
        "Stanage Edge conditions this weekend",
        "Sunday social ride - Hope",
        "Lost: grey Osprey pack at Burbage",
        "Which shoes for steep limestone?",
        "Club kit order 2026",
    ]

    def message() -> str:
        quoted = g.rnd.choice(handles)
        return g.rnd.choice(
            [
                f'[QUOTE="{quoted}, post: {g.rnd.randint(10_000, 99_999)}"]Anyone going?[/QUOTE] Count me in.',
                f"Met {v.whole(g, 'gb')} at the crag on Sunday, top bloke, he has your quickdraws.",
                "Schwalbe G-One in 45mm, no punctures since March.",
                f"Bike fit with {v.given(g, 'gb')} at Cadence was brilliant, ask for her.",
                "Dry all week apparently, Burbage North should be fine.",
                f"If it's yours ring me on {g.phone('GB', 'national')} and I'll drop it round.",
                "Meeting 9:00 at the Norfolk Arms, cafe stop at Hathersage.",
            ]
        )

    def signature() -> str:
        return g.rnd.choice(
            [
                "Ride safe.",
                f"— {v.given(g, 'gb')}",
                "Steel City Wheelers ride leader",
                f"Tandem with {v.whole(g, 'gb')} since 2019",
                "Strava is for show-offs",
                "Slow but steady",
            ]
        )

    def warning() -> str:
        return g.rnd.choice(
            [
                f"Posted {v.whole(g, 'gb')}'s home address in a thread",
                "Spam links (3rd time)",
                f"Personal attack on {g.rnd.choice(handles)}",
                "Selling in the wrong forum",
            ]
        )

    return Table(
        "ridgeline_forum.xf_post",
        "en",
        "snake",
        [
            c("post_id", N, "BIGINT", g.keys(884_001), "decoy", KEY),
            c("thread_id", N, "BIGINT", g.ints(31_000, 33_500), "decoy", KEY),
            c("thread_title", N, "VARCHAR", g.col(g.pick(titles)), "decoy"),
            c(
                "node_title",
                N,
                "VARCHAR",
                g.col(g.pick(["Climbing - Peak grit", "Road & gravel", "Classifieds", "Club rides", "Off topic"])),
                "decoy",
            ),
            c("user_id", N, "BIGINT", [2_000 + u for u in user], "decoy", KEY),
            c("username", USERNAME, "VARCHAR", [users[u][0] for u in user], USER, HANDLE),
            c("user_email", "email", "VARCHAR", [users[u][3] for u in user]),
            c("user_register_date", N, "INTEGER", [1_262_300_000 + 2_000 * u * u for u in user], "decoy"),
            c("post_date", N, "INTEGER", g.ints(1_735_700_000, 1_764_500_000), "decoy"),
            c("message", "free_text", "VARCHAR", [message() for _ in range(g.rows)]),
            c("message_state", N, "VARCHAR", g.col(g.pick(["visible"] * 8 + ["moderated", "deleted"])), "decoy"),
            c("position", N, "INTEGER", g.ints(0, 140), "decoy"),
            c("attach_count", N, "INTEGER", g.skewed(6, 4), "decoy", COUNT),
            c("reaction_score", N, "INTEGER", g.skewed(60), "decoy", COUNT),
            c(
                "reactions",
                N,
                "VARCHAR",
                g.col(lambda: json.dumps({"1": g.rnd.randint(0, 30), "3": g.rnd.randint(0, 4)})),
                "decoy",
                JSON_PLAIN,
            ),
            c("ip", "ip_address", "VARCHAR", g.col(lambda: g.ip(0.25), 0.03)),
            c("last_edit_user_id", N, "BIGINT", g.ints(2_000, 2_110, 0.65), "decoy", KEY),
            c("edit_count", N, "INTEGER", g.skewed(5, 4), "decoy"),
            c("user_location", "city", "VARCHAR", [users[u][2] if g.rnd.random() < 0.7 else "" for u in user], PROFILE),
            c(
                "user_custom_title",
                N,
                "VARCHAR",
                g.col(g.pick(["Gravel grinder", "Grit botherer", "Chief cake officer", "Mostly harmless"]), 0.5),
                "decoy",
            ),
            c("signature", "free_text", "VARCHAR", g.sparse(signature, 0.4, ("",)), PROFILE),
            c(
                "quoted_usernames",
                USERNAME,
                "VARCHAR",
                g.col(lambda: ", ".join(g.rnd.sample(handles, g.rnd.randint(1, 3))), 0.6),
                USER,
                HANDLE,
                MULTI,
            ),
            c(
                "field_real_name",
                "person_name",
                "VARCHAR",
                [users[u][1] if g.rnd.random() < 0.3 else None for u in user],
                HEAVY,
                PROFILE,
            ),
            c(
                "field_ride_phone",
                "phone",
                "VARCHAR",
                g.phones("GB", {"national": 0.7, "intl": 0.3}, 1.0, 0.85),
                HEAVY,
                PROFILE,
            ),
            c(
                "field_bike",
                N,
                "VARCHAR",
                g.col(
                    g.pick(
                        [
                            "Genesis Croix de Fer",
                            "Ribble CGR AL",
                            "Canyon Grizl",
                            "Specialized Diverge",
                            "Brompton C Line",
                        ]
                    ),
                    0.4,
                ),
                "decoy",
                PRODUCT,
            ),
            c("warning_note", "free_text", "VARCHAR", g.col(warning, 0.9), HEAVY),
        ],
    )


def chatwire_contacts(g: Gen) -> Table:
    """A Toronto messaging app's address-book uploads (one row per contact card on a user's phone): the owner's
    verified number, the card's display, given and family names (some ``Mom`` or a dentist's office), up to two
    numbers of many countries and their labels, e-mail, company and job title, birthday (year 1604 when the phone
    keeps none), street, city and postal code (mostly NULL), the note (NULL words), the number's SHA-256 (``none``),
    whether the contact uses the app and the matched user id, the sync job (a service account)."""
    owners = [(1_000_000 + i, g.phone("CA", "e164")) for i in range(70)]
    owner = [g.rnd.choice(owners) for _ in range(g.rows)]
    kinds = g.rnd.choices(["full", "given", "family_word", "business"], [76, 10, 8, 6], k=g.rows)
    pairs = [v.person(g, "ca") for _ in range(g.rows)]

    def display(i: int) -> str:
        a, b = pairs[i]
        return {
            "full": f"{a} {b}",
            "given": a,
            "family_word": g.rnd.choice(["Mom", "Dad", "Grandma", "Nana", "Bro"]),
            "business": g.rnd.choice(["Dr. Iyer Dental", "Pizza Nova", "Landlord", "Bell support"]),
        }[kinds[i]]

    def number() -> str:
        region = g.rnd.choices(["CA", "IN", "PH", "GB", "US", "NG"], [70, 8, 6, 5, 8, 3])[0]
        if region == "CA":
            return g.phone("CA", g.rnd.choice(["national", "e164", "dashes", "intl"]))
        return g.phone(region, g.rnd.choice(["intl", "e164"]))

    phone1 = [number() for _ in range(g.rows)]
    registered = [g.rnd.random() < 0.42 for _ in range(g.rows)]

    def birthday() -> str | None:
        if g.rnd.random() < 0.8:
            return None
        born = g.birth(1950, 2008)
        return born.replace(year=1604).isoformat() if g.rnd.random() < 0.25 and born.month != 2 else born.isoformat()

    def note() -> str:
        return g.rnd.choice(
            [
                "met at Jonah's wedding",
                f"{v.given(g, 'ca')}'s sister",
                "gate code 4417",
                "plumber, good",
                f"works with {v.whole(g, 'ca')}",
                "call after 6",
            ]
        )

    places = [g.rnd.choice(v.CA_CITIES) for _ in range(g.rows)]
    has_addr = [g.rnd.random() < 0.12 for _ in range(g.rows)]
    return Table(
        "chatwire.contact_uploads",
        "en",
        "snake",
        [
            c("upload_id", N, "BIGINT", g.keys(77_000_001), "decoy", KEY),
            c("upload_batch_id", N, "VARCHAR", g.col(g.uuid), "decoy", KEY),
            c("owner_user_id", N, "BIGINT", [o[0] for o in owner], "decoy", KEY),
            c("owner_phone_e164", "phone", "VARCHAR", [o[1] for o in owner]),
            c("contact_local_id", N, "INTEGER", g.ints(1, 2_400), "decoy"),
            c("contact_display_name", "person_name", "VARCHAR", [display(i) for i in range(g.rows)]),
            c(
                "contact_given_name",
                "first_name",
                "VARCHAR",
                [a if k in {"full", "given"} else "" for k, (a, _) in zip(kinds, pairs)],
            ),
            c(
                "contact_family_name",
                "last_name",
                "VARCHAR",
                [b if k == "full" and g.rnd.random() < 0.9 else "" for k, (_, b) in zip(kinds, pairs)],
            ),
            c("contact_phone_1", "phone", "VARCHAR", phone1),
            c(
                "contact_phone_1_label",
                N,
                "VARCHAR",
                g.col(g.pick(["mobile", "mobile", "home", "work", "iPhone"])),
                "decoy",
            ),
            c("contact_phone_2", "phone", "VARCHAR", g.col(number, 0.72), HEAVY),
            c(
                "contact_email",
                "email",
                "VARCHAR",
                [None if g.rnd.random() < 0.62 else v.email_of(g, a, b, v.DOMAINS["ca"]) for a, b in pairs],
                HEAVY,
            ),
            c(
                "contact_company",
                N,
                "VARCHAR",
                g.col(g.pick(["Shopify", "TD Bank", "Sunnybrook Hospital", "City of Toronto", "Loblaw", "self"]), 0.62),
                "decoy",
            ),
            c(
                "contact_job_title",
                N,
                "VARCHAR",
                g.col(g.pick(["Nurse", "Developer", "Teacher", "Realtor", "Manager"]), 0.6),
                "decoy",
            ),
            c("contact_birthday", "date_of_birth", "VARCHAR", [birthday() for _ in range(g.rows)], HEAVY),
            c(
                "contact_street",
                "street_address",
                "VARCHAR",
                [f"{g.rnd.randint(2, 980)} {g.rnd.choice(CA_STREETS)}" if h else None for h in has_addr],
                HEAVY,
            ),
            c(
                "contact_city",
                "city",
                "VARCHAR",
                [p[0] if h or g.rnd.random() < 0.05 else None for p, h in zip(places, has_addr)],
                HEAVY,
            ),
            c(
                "contact_postal_code",
                "postal_code",
                "VARCHAR",
                [v.ca_postcode(g, p[2]) if h else None for p, h in zip(places, has_addr)],
                HEAVY,
            ),
            c("contact_note", "free_text", "VARCHAR", g.sparse(note, 0.88, ("", "", "-")), NULLWORD),
            c(
                "phone_1_sha256",
                N,
                "VARCHAR",
                [hashlib.sha256("".join(ch for ch in p if ch.isdigit()).encode()).hexdigest() for p in phone1],
                "decoy",
                SHAPE,
                HASHED,
            ),
            c("is_registered", N, "BOOLEAN", registered, "decoy"),
            c(
                "matched_user_id",
                N,
                "BIGINT",
                [g.rnd.randint(1_000_000, 1_900_000) if r else None for r in registered],
                "decoy",
                KEY,
            ),
            c("synced_at", N, "TIMESTAMP", g.moments("2025-10-01", "2025-11-30"), "decoy"),
            c("device_os", N, "VARCHAR", g.col(g.pick(["iOS 18.1", "iOS 17.6", "Android 14", "Android 15"])), "decoy"),
            c("app_build", N, "INTEGER", g.ints(4_410, 4_460), "decoy"),
            c(
                "synced_by",
                N,
                "VARCHAR",
                g.col(g.pick(["contacts-sync-worker", "contacts-sync-worker-v2"])),
                "decoy",
                AUDIT,
                SERVICE,
            ),
        ],
    )


def orbit_friendships(g: Gen) -> Table:
    """An Austin social network's friend graph with its profile fields denormalized on each edge: edge and user ids,
    status and times, both users' full names and usernames, mutual-friend counts, the friend list, the requester's
    hometown and current city, birthday and its visibility, relationship status and partner (mostly NULL), employer
    and school (``none``), the address the suggestion was matched on (``source_handle``: an e-mail, tag
    ``misleading``), the last check-in's coordinates (``none``), the addressee's last IP, the suggestion score."""
    people = []
    for i in range(160):
        a, b = v.person(g)
        status = g.rnd.choice(["Single", "In a relationship", "Married", "It's complicated", None, None])
        people.append(
            {
                "id": 9_000_000 + i,
                "name": f"{a} {b}",
                "user": v.handle(g, a, b),
                "email": v.email_of(g, a, b, v.DOMAINS["us"]),
                "home": g.rnd.choice(v.US_CITIES + [("El Paso", "TX", "799"), ("Lubbock", "TX", "794")])[0],
                "city": g.rnd.choice(["Austin"] * 5 + ["Round Rock", "San Marcos", "Pflugerville"]),
                "born": g.birth(1962, 2006),
                "status": status,
                "partner": v.whole(g) if status in {"In a relationship", "Married"} and g.rnd.random() < 0.7 else None,
            }
        )
    edges = [g.rnd.sample(people, 2) for _ in range(g.rows)]
    status = g.rnd.choices(["accepted", "pending", "declined", "blocked"], [70, 18, 9, 3], k=g.rows)
    requested = g.moments("2019-01-01", "2025-11-30")
    return Table(
        "orbit.friendships",
        "en",
        "snake",
        [
            c("edge_id", N, "BIGINT", g.keys(120_000_001), "decoy", KEY),
            c("requester_id", N, "BIGINT", [a["id"] for a, _ in edges], "decoy", KEY),
            c("addressee_id", N, "BIGINT", [b["id"] for _, b in edges], "decoy", KEY),
            c("status", N, "VARCHAR", status, "decoy"),
            c("requested_at", N, "TIMESTAMP", requested, "decoy"),
            c(
                "accepted_at",
                N,
                "TIMESTAMP",
                [
                    t + timedelta(hours=g.rnd.randint(1, 900)) if s == "accepted" else None
                    for t, s in zip(requested, status)
                ],
                "decoy",
            ),
            c("requester_full_name", "person_name", "VARCHAR", [a["name"] for a, _ in edges]),
            c("addressee_full_name", "person_name", "VARCHAR", [b["name"] for _, b in edges], ROLE),
            c("requester_username", USERNAME, "VARCHAR", [a["user"] for a, _ in edges], USER, HANDLE),
            c("addressee_username", USERNAME, "VARCHAR", [b["user"] for _, b in edges], USER, HANDLE),
            c("mutual_count", N, "INTEGER", g.skewed(220), "decoy", COUNT),
            c(
                "friend_list",
                N,
                "VARCHAR",
                g.col(g.pick(["Close Friends", "Acquaintances", "Family", "Restricted"]), 0.5),
                "decoy",
            ),
            c(
                "requester_hometown",
                "city",
                "VARCHAR",
                [a["home"] if g.rnd.random() < 0.75 else None for a, _ in edges],
                PROFILE,
            ),
            c("requester_current_city", "city", "VARCHAR", [a["city"] for a, _ in edges], PROFILE),
            c("requester_birthday", "date_of_birth", "DATE", [a["born"] for a, _ in edges], PROFILE),
            c(
                "requester_birthday_visibility",
                N,
                "VARCHAR",
                g.col(g.pick(["friends", "only_me", "public", "month_day_only"])),
                "decoy",
            ),
            c("requester_relationship_status", N, "VARCHAR", [a["status"] for a, _ in edges], "decoy", PROFILE),
            c(
                "requester_partner_name",
                "person_name",
                "VARCHAR",
                [a["partner"] for a, _ in edges],
                HEAVY,
                ROLE,
                PROFILE,
            ),
            c(
                "requester_employer",
                N,
                "VARCHAR",
                g.col(
                    g.pick(["Dell Technologies", "H-E-B", "UT Austin", "Tesla", "Whole Foods Market", "Self-employed"]),
                    0.4,
                ),
                "decoy",
            ),
            c(
                "requester_school",
                N,
                "VARCHAR",
                g.col(
                    g.pick(
                        [
                            "University of Texas at Austin",
                            "Texas State University",
                            "Austin Community College",
                            "McCallum High School",
                        ]
                    ),
                    0.45,
                ),
                "decoy",
            ),
            c("requester_pronouns", N, "VARCHAR", g.col(g.pick(["she/her", "he/him", "they/them"]), 0.6), "decoy"),
            c(
                "source_handle",
                "email",
                "VARCHAR",
                [b["email"] if g.rnd.random() < 0.55 else None for _, b in edges],
                MISLEADING,
            ),
            c(
                "suggestion_source",
                N,
                "VARCHAR",
                g.col(g.pick(["contacts_import", "mutual_friends", "school", "nearby"])),
                "decoy",
            ),
            c("suggestion_score", N, "DOUBLE", g.floats(0, 1, 5), "decoy"),
            c(
                "last_checkin_lat",
                N,
                "DOUBLE",
                g.col(lambda: round(30.27 + g.rnd.uniform(-0.15, 0.15), 5), 0.5),
                "decoy",
                COORD,
            ),
            c(
                "last_checkin_lng",
                N,
                "DOUBLE",
                g.col(lambda: round(-97.74 + g.rnd.uniform(-0.15, 0.15), 5), 0.5),
                "decoy",
                COORD,
            ),
            c("addressee_last_seen_ip", "ip_address", "VARCHAR", g.col(lambda: g.ip(0.4), 0.1)),
            c(
                "cover_photo_url",
                N,
                "VARCHAR",
                g.col(lambda: f"https://cdn.orbit.social/covers/{g.uuid()}.webp", 0.55),
                "decoy",
                SHAPE,
            ),
        ],
    )


# -- a creator platform, a Q&A site, a game's chat reports, a photo app, a newsletter platform ------------------------


def fanvault_payouts(g: Gen) -> Table:
    """A Los Angeles creator platform's payouts (a Node API, camel case, W-9 fields abbreviated): payout and creator
    ids, the creator's handle and stage name (``unclassified``), legal first and last name, date of birth, tax
    classification, the SSN of individuals (LLCs give an EIN: ``none``), the W-9 address (``w9AddrLn1``,
    ``w9AddrLn2``), city, state and ZIP, the payout method, the bank's routing number (ABA check digit: ``none``)
    and the account's last four digits, the PayPal e-mail (only PayPal payouts), the Stripe Connect account, the
    payout's product (``name``: a membership tier, tag ``misleading``), amounts, period and status, the KYC
    reviewer (few), ``udf_03`` (the manager's e-mail) and ``udf_04`` (a content category)."""
    creators = []
    for i in range(90):
        a, b = v.person(g)
        llc = g.rnd.random() < 0.34
        place = v.us_place(g)
        method = g.rnd.choice(["ach", "ach", "ach", "paypal", "paypal"])
        creators.append(
            {
                "id": f"cr_{g.code('ZZZZZZZZZZ').lower()}",
                "handle": v.handle(g, a, b),
                "first": a,
                "last": b,
                "stage": g.rnd.choice(
                    [
                        f"Chef {a}",
                        f"{g.rnd.choice(['Kettlebell', 'Quiet', 'Lofi', 'Thrifty'])} {a}",
                        f"The {g.rnd.choice(['Quiet Potter', 'Night Baker', 'Tiny Garden', 'Bass Nerd'])}",
                        f"{a[:1]}.{b[:1]}. Studio",
                    ]
                ),
                "born": g.birth(1975, 2005),
                "llc": llc,
                "ssn": None if llc else v.us_ssn(g, g.rnd.random() < 0.6),
                "ein": f"{g.rnd.randint(10, 99)}-{g.digits(7)}" if llc else None,
                "street": v.us_street(g),
                "apt": f"Apt {g.rnd.randint(1, 30)}{g.rnd.choice('ABC')}" if g.rnd.random() < 0.32 else None,
                "place": place,
                "zip": v.us_zip(g, place[2]),
                "method": method,
                "routing": v.us_routing(g) if method == "ach" else None,
                "last4": g.digits(4) if method == "ach" else None,
                "paypal": v.email_of(g, a, b, v.DOMAINS["us"]) if method == "paypal" else None,
                "acct": v.token(g, "acct_1", 15),
                "manager": v.email(g, "us", ["talentloop.co", "brightside-mgmt.com"])
                if g.rnd.random() < 0.25
                else None,
            }
        )
    who = [g.rnd.choice(creators) for _ in range(g.rows)]
    ssns = _dirty(g, [x["ssn"] for x in who], 0.03, ["000-00-0000"])
    reviewers = _staff(g, 4, v.whole)
    gross = [g.rnd.randint(2_000, 1_800_000) for _ in range(g.rows)]
    starts = g.days("2025-01-01", "2025-11-01")
    return Table(
        "fanvault_api.creatorPayouts",
        "en",
        "camel",
        [
            c("payoutId", N, "VARCHAR", g.col(lambda: f"po_{g.code('ZZZZZZZZZZZZ').lower()}"), "decoy", KEY),
            c("creatorId", N, "VARCHAR", [x["id"] for x in who], "decoy", KEY),
            c("creatorHandle", USERNAME, "VARCHAR", [x["handle"] for x in who], USER, HANDLE),
            c("displayName", USERNAME, "VARCHAR", [x["stage"] for x in who], USER, HANDLE),
            c("legalFirstName", "first_name", "VARCHAR", [x["first"] for x in who]),
            c("legalLastName", "last_name", "VARCHAR", [x["last"] for x in who]),
            c("dateOfBirth", "date_of_birth", "DATE", [x["born"] for x in who]),
            c(
                "taxClassification",
                N,
                "VARCHAR",
                ["llc" if x["llc"] else g.rnd.choice(["individual", "sole_prop"]) for x in who],
                "decoy",
            ),
            c("tin", "ssn", "VARCHAR", ssns, PLACEHOLDER),
            c("businessEin", N, "VARCHAR", [x["ein"] for x in who], "decoy", SHAPE),
            c("w9AddrLn1", "street_address", "VARCHAR", [x["street"] for x in who], ABBREV),
            c("w9AddrLn2", "street_address", "VARCHAR", [x["apt"] for x in who], ABBREV, HEAVY),
            c("w9City", "city", "VARCHAR", [x["place"][0] for x in who]),
            c("w9State", N, "VARCHAR", [x["place"][1] for x in who], "decoy"),
            c("w9Zip", "postal_code", "VARCHAR", [x["zip"] for x in who]),
            c("payoutMethod", N, "VARCHAR", [x["method"] for x in who], "decoy"),
            c("bankRoutingNumber", N, "VARCHAR", [x["routing"] for x in who], "decoy", CHECK, "business"),
            c("bankAcctLast4", N, "VARCHAR", [x["last4"] for x in who], "decoy", PARTIAL, ABBREV),
            c("paypalEmail", "email", "VARCHAR", [x["paypal"] for x in who], HEAVY),
            c("stripeConnectAcct", N, "VARCHAR", [x["acct"] for x in who], "decoy", TOKEN),
            c(
                "name",
                N,
                "VARCHAR",
                g.col(
                    g.pick(
                        [
                            "Monthly membership - Inner Circle",
                            "Tip jar",
                            "Pay-per-view: Live Q&A",
                            "Annual membership - Supporter",
                            "Merch drop #4",
                        ]
                    )
                ),
                "decoy",
                MISLEADING,
                PRODUCT,
            ),
            c("grossEarningsCents", N, "BIGINT", gross, "decoy"),
            c("platformFeeCents", N, "BIGINT", [x // 5 for x in gross], "decoy"),
            c("netPayoutCents", N, "BIGINT", [x - x // 5 for x in gross], "decoy"),
            c("currency", N, "VARCHAR", ["usd"] * g.rows, "decoy"),
            c("periodStart", N, "DATE", starts, "decoy"),
            c("periodEnd", N, "DATE", [s + timedelta(days=30) for s in starts], "decoy"),
            c(
                "payoutStatus",
                N,
                "VARCHAR",
                g.col(g.pick(["paid", "paid", "paid", "in_transit", "failed", "held_kyc"])),
                "decoy",
            ),
            c("form1099Required", N, "BOOLEAN", [x > 60_000 for x in gross], "decoy"),
            c("kycReviewer", "person_name", "VARCHAR", g.col(g.pick(reviewers), 0.3), STAFF, ROLE),
            c("udf_03", "email", "VARCHAR", [x["manager"] for x in who], OPAQUE, HEAVY, ROLE_EMAIL),
            c(
                "udf_04",
                N,
                "VARCHAR",
                g.col(g.pick(["cooking", "fitness", "music", "crafts", "asmr", "gaming"])),
                "decoy",
                OPAQUE,
            ),
        ],
    )


def askhub_modlog(g: Gen) -> Table:
    """A Melbourne community Q&A site's moderation log (an old SCREAMING-case schema, abbreviated): action, post and
    user ids, the post's type, title (``none``) and excerpt (``free_text``: doxxing and spam reports quote names,
    phones and addresses), the author's display name (a handle), e-mail, reputation, location (a town) and IP and
    user agent, the flag and its comment, the moderator (few staff), the action, suspension days and appeal, the
    reviewing login, the operator's ABN (check digits: ``none``), ``ATTR7`` (a verified expert's real name) and
    ``ATTR8`` (a queue priority)."""
    mods = _staff(g, 4, lambda x: v.whole(x, "au"))
    logins = _logins(g, 4, "au")
    pairs = [v.person(g, "au") for _ in range(g.rows)]
    flags = g.rnd.choices(
        ["SPAM", "RUDE", "DOXXING", "OFF_TOPIC", "DUPLICATE", "NAA"], [30, 20, 10, 15, 15, 10], k=g.rows
    )
    operator_abn = [v.au_abn(g) for _ in range(2)]

    def excerpt(flag: str) -> str:
        place = g.rnd.choice(v.AU_CITIES)
        if flag == "DOXXING":
            return g.rnd.choice(
                [
                    (
                        f"his name is {v.whole(g, 'au')} and he lives at {g.rnd.randint(2, 200)} "
                        f"{g.rnd.choice(['Smith St', 'Lygon St', 'Brunswick Rd'])}, {place[0]}"
                    ),
                    f"call her on {g.phone('AU', 'national')} and tell her",
                ]
            )
        if flag == "SPAM":
            return g.rnd.choice(
                [
                    "Best cheap pergola quotes, visit our site",
                    "Earn $500/day from home!!!",
                    f"Contact {v.whole(g, 'au')} on WhatsApp {g.phone('AU', 'intl')} for crypto tips",
                ]
            )
        return g.rnd.choice(
            [
                "How long do I rest brisket after smoking?",
                "You clearly didn't read the question.",
                f"Ask {v.given(g, 'au')} at Bunnings, she sorted mine",
                "Use a 6mm masonry bit.",
            ]
        )

    def appeal() -> str:
        return g.rnd.choice(
            [
                "I was only quoting the council notice.",
                (f"That was my brother {v.given(g, 'au')} on my account"),
                "Please reinstate, I didn't know the rules",
                (f"{v.whole(g, 'au')} is lying about me"),
            ]
        )

    return Table(
        "ASKHUB.MOD_LOG",
        "en",
        "screaming",
        [
            c("MOD_ACTION_ID", N, "BIGINT", g.keys(640_001), "decoy", KEY),
            c("POST_ID", N, "BIGINT", g.ints(2_000_000, 2_999_999), "decoy", KEY),
            c("POST_TYPE", N, "VARCHAR", g.col(g.pick(["QUESTION", "ANSWER", "ANSWER", "COMMENT"])), "decoy"),
            c(
                "POST_TITLE",
                N,
                "VARCHAR",
                g.col(
                    g.pick(
                        [
                            "Resting brisket",
                            "Drilling into brick",
                            ("Sourdough starter smells like acetone"),
                            "Possum in the roof - legal?",
                            "Fixing a sagging gate",
                        ]
                    ),
                    0.3,
                ),
                "decoy",
            ),
            c("POST_BODY_EXCERPT", "free_text", "VARCHAR", [excerpt(f) for f in flags], ABBREV),
            c("AUTHOR_USER_ID", N, "BIGINT", g.ints(10_000, 480_000), "decoy", KEY),
            c(
                "AUTHOR_DISPLAY_NM",
                USERNAME,
                "VARCHAR",
                [
                    v.handle(g, a, b) if g.rnd.random() < 0.85 else f"user{g.rnd.randint(1_000, 99_999)}"
                    for a, b in pairs
                ],
                USER,
                HANDLE,
                ABBREV,
            ),
            c("AUTHOR_EMAIL", "email", "VARCHAR", [v.email_of(g, a, b, v.DOMAINS["au"]) for a, b in pairs]),
            c("AUTHOR_REP", N, "INTEGER", g.skewed(25_000), "decoy", ABBREV, COUNT),
            c(
                "AUTHOR_LOCATION",
                "city",
                "VARCHAR",
                g.col(lambda: g.rnd.choice(v.AU_CITIES)[0] + g.rnd.choice(["", ", Australia", ""]), 0.4),
                PROFILE,
            ),
            c("AUTHOR_IP", "ip_address", "VARCHAR", g.col(lambda: g.ip(0.3))),
            c("AUTHOR_UA", N, "VARCHAR", g.col(g.pick(v.USER_AGENTS), 0.2), "decoy", AGENT, ABBREV),
            c(
                "AUTHOR_WEBSITE",
                N,
                "VARCHAR",
                g.col(lambda: g.rnd.choice(SITES) + g.code("xxxxxxx"), 0.65),
                "decoy",
                SHAPE,
                PROFILE,
            ),
            c("ANON_FLAG", N, "BOOLEAN", g.yn(True, False, 0.2), "decoy", ABBREV),
            c("FLAGGER_USER_ID", N, "BIGINT", g.ints(10_000, 480_000, 0.15), "decoy", KEY),
            c("FLAG_REASON", N, "VARCHAR", flags, "decoy"),
            c(
                "FLAG_COMMENT",
                "free_text",
                "VARCHAR",
                g.col(
                    lambda: g.rnd.choice(
                        [
                            f"This is {v.whole(g, 'au')}'s personal number",
                            "obvious spam",
                            f"harassing {v.given(g, 'au')} again",
                            "answer copied from another site",
                        ]
                    ),
                    0.62,
                ),
                HEAVY,
            ),
            c("MOD_NM", "person_name", "VARCHAR", g.col(g.pick(mods)), STAFF, ABBREV),
            c(
                "MOD_ACTION",
                N,
                "VARCHAR",
                g.col(g.pick(["DELETE", "LOCK", "WARN", "SUSPEND", "DISMISS_FLAG"])),
                "decoy",
            ),
            c("SUSP_DAYS", N, "INTEGER", g.col(g.pick([0, 0, 0, 1, 7, 30, 365])), "decoy", ABBREV),
            c("ACTION_TS", N, "TIMESTAMP", g.moments("2025-03-01", "2025-11-30"), "decoy", ABBREV),
            c("APPEAL_TXT", "free_text", "VARCHAR", g.col(appeal, 0.86), HEAVY, ABBREV),
            c("REVIEWED_BY", USERNAME, "VARCHAR", g.col(g.pick(logins), 0.35), USER, AUDIT),
            c("SITE_NM", N, "VARCHAR", g.col(g.pick(["cooking", "diy", "gardening", "pets"])), "decoy", ABBREV),
            c("SITE_OPERATOR_ABN", N, "VARCHAR", g.col(g.pick(operator_abn)), "decoy", CHECK, "business"),
            c("ATTR7", "person_name", "VARCHAR", g.col(lambda: v.whole(g, "au"), 0.82), OPAQUE, HEAVY),
            c("ATTR8", N, "VARCHAR", g.col(g.pick(["P1", "P2", "P3"])), "decoy", OPAQUE),
        ],
    )


def frostbyte_reports(g: Gen) -> Table:
    """A Montréal game studio's player chat reports (a .NET trust-and-safety service, Pascal case): report id and
    GUID, match id, region, platform and game version, the reporter's and the reported player's account ids,
    gamertags (``unclassified``) and IPs, the reporter's e-mail, the reported chat line (``free_text``: insults,
    doxxing, names), the channel and category, the reported player's hardware id hash (``none``), date of birth
    (the age gate) and whether a minor, the guardian's e-mail (mostly NULL), the reviewer (few) and notes, the action,
    ban hours, the appeal ticket, the classifier's toxicity score and model version."""
    reviewers = _staff(g, 6, lambda x: v.whole(x, "ca"))
    tags = [
        v.handle(g, *v.person(g, "ca")) + g.rnd.choice(["", "_TTV", "YT", str(g.rnd.randint(1, 99))])
        for _ in range(g.rows)
    ]
    reporters = [v.person(g, g.rnd.choice(["ca", "us"])) for _ in range(g.rows)]
    births = [g.birth(2004, 2013) for _ in range(g.rows)]
    minor = [b.year >= 2008 for b in births]

    def line() -> str:
        return g.rnd.choice(
            [
                "gg ez uninstall",
                "report this guy he's throwing",
                (f"I know where you live {v.given(g, 'ca')}, {g.rnd.choice(v.CA_CITIES)[0]}"),
                f"add me on snap {v.handle(g, *v.person(g, 'ca'))}",
                f"my real name is {v.whole(g, 'ca')} look me up",
                "stop camping noob",
                f"your mom {v.given(g, 'ca')} called lol",
                "kys",
            ]
        )

    def notes() -> str:
        return g.rnd.choice(
            [
                "Repeat offender, 3rd chat ban",
                (f"Alt of a banned account; ticket from his mother {v.whole(g, 'us')}"),
                "Context: both players trash talking",
                (f"Doxxed {v.whole(g, 'ca')}, escalated to legal"),
                "False report, reporter lost the match",
            ]
        )

    return Table(
        "TrustSafety.ChatReports",
        "en",
        "pascal",
        [
            c("ReportId", N, "BIGINT", g.keys(31_000_001), "decoy", KEY),
            c("ReportGuid", N, "VARCHAR", g.col(g.uuid), "decoy", KEY),
            c("CreatedUtc", N, "TIMESTAMP", g.moments("2025-08-01", "2025-11-30"), "decoy"),
            c("MatchId", N, "VARCHAR", g.col(lambda: g.code("NA1-9999999999")), "decoy", SHAPE),
            c("Region", N, "VARCHAR", g.col(g.pick(["NA-East", "NA-West", "EU-West", "BR"])), "decoy"),
            c("Platform", N, "VARCHAR", g.col(g.pick(["PC", "PS5", "XSX", "Switch"])), "decoy"),
            c(
                "GameVersion",
                N,
                "VARCHAR",
                g.col(lambda: f"2.{g.rnd.randint(10, 14)}.{g.rnd.randint(0, 9)}.{g.rnd.randint(10_000, 99_999)}"),
                "decoy",
                SHAPE,
            ),
            c("ReporterAccountId", N, "BIGINT", g.ints(1_000_000, 9_999_999), "decoy", KEY),
            c("ReporterGamertag", USERNAME, "VARCHAR", [v.handle(g, a, b) for a, b in reporters], USER, HANDLE),
            c("ReporterEmail", "email", "VARCHAR", [v.email_of(g, a, b, v.DOMAINS["ca"]) for a, b in reporters]),
            c("ReporterIp", "ip_address", "VARCHAR", g.col(lambda: g.ip(0.3), 0.05)),
            c("ReportedAccountId", N, "BIGINT", g.ints(1_000_000, 9_999_999), "decoy", KEY),
            c("ReportedGamertag", USERNAME, "VARCHAR", tags, USER, HANDLE),
            c("ReportedIp", "ip_address", "VARCHAR", g.col(lambda: g.ip(0.3), 0.05)),
            c("ReportedHwidHash", N, "VARCHAR", g.col(g.sha256), "decoy", SHAPE, HASHED),
            c("ReportedChatLine", "free_text", "VARCHAR", [line() for _ in range(g.rows)]),
            c("ChatChannel", N, "VARCHAR", g.col(g.pick(["TEAM", "ALL", "PARTY", "WHISPER"])), "decoy"),
            c(
                "Category",
                N,
                "VARCHAR",
                g.col(g.pick(["Harassment", "HateSpeech", "Cheating", "Spam", "PersonalInfo"])),
                "decoy",
            ),
            c("ReportedDateOfBirth", "date_of_birth", "DATE", _maybe(g, births, 0.08)),
            c("IsMinor", N, "BOOLEAN", minor, "decoy"),
            c(
                "GuardianEmail",
                "email",
                "VARCHAR",
                [v.email(g, "ca") if m and g.rnd.random() < 0.45 else None for m in minor],
                HEAVY,
                ROLE_EMAIL,
            ),
            c("ReviewerName", "person_name", "VARCHAR", g.col(g.pick(reviewers), 0.4), STAFF, ROLE),
            c("ReviewerNotes", "free_text", "VARCHAR", g.col(notes, 0.55), HEAVY),
            c(
                "ActionTaken",
                N,
                "VARCHAR",
                g.col(g.pick(["None", "ChatRestrict", "TempBan", "PermBan", "Warning"])),
                "decoy",
            ),
            c("BanHours", N, "INTEGER", g.col(g.pick([0, 0, 24, 72, 168, 720])), "decoy"),
            c(
                "AppealTicket",
                N,
                "VARCHAR",
                g.col(lambda: f"ZD-{g.rnd.randint(400_000, 999_999)}", 0.6),
                "decoy",
                SHAPE,
            ),
            c("AutoModScore", N, "DOUBLE", g.floats(0, 1, 3), "decoy"),
            c(
                "ToxicityModel",
                N,
                "VARCHAR",
                g.col(g.pick(["tox-bert-2.3", "tox-bert-2.4", "tox-distil-1.1"])),
                "decoy",
                SHAPE,
            ),
        ],
    )


def lumenshare_uploads(g: Gen) -> Table:
    """A Cape Town photo-sharing app's uploads with the EXIF metadata it parses: upload and user ids, the uploader's
    handle, the storage key and file hash, type and size, EXIF make, model, software, lens and body serial
    (``none``), the original capture time (EXIF text), GPS latitude, longitude and altitude (``none``, tag
    ``coordinates``), EXIF artist and copyright (the photographer: ``person_name``, mostly NULL), the geotag's place
    name (a town), the caption (``free_text``), tagged handles, the generated alt text and the filter preset
    (``none``), the upload IP and user agent, counts, visibility, moderation status."""
    users = [(v.handle(g, a, b), f"{a} {b}") for a, b in (v.person(g, "za") for _ in range(120))]
    who = [g.rnd.choice(users) for _ in range(g.rows)]
    cams = [g.rnd.choice(v.CAMERAS) for _ in range(g.rows)]

    def caption() -> str | None:
        if g.rnd.random() < 0.25:
            return None
        return g.rnd.choice(
            [
                "Golden hour at Llandudno 🌅",
                (f"With {v.given(g, 'za')} and @{g.rnd.choice(users)[0]} on Lion's Head"),
                "Kirstenbosch after the rain",
                f"Happy birthday {v.whole(g, 'za')}! 🎂",
                "new lens, who dis",
                f"{v.given(g, 'za')}'s matric dance 💃",
            ]
        )

    def capture() -> str | None:
        if g.rnd.random() < 0.3:
            return None
        return g.moment("2023-01-01", "2025-11-30").strftime("%Y:%m:%d %H:%M:%S")

    gps = [g.rnd.random() < 0.55 for _ in range(g.rows)]
    year = [g.rnd.randint(2022, 2025) for _ in range(g.rows)]
    return Table(
        "lumenshare.uploads",
        "en",
        "snake",
        [
            c("upload_id", N, "BIGINT", g.keys(60_000_001), "decoy", KEY),
            c("user_id", N, "BIGINT", g.ints(400_000, 520_000), "decoy", KEY),
            c("uploader_handle", USERNAME, "VARCHAR", [w[0] for w in who], USER, HANDLE),
            c("file_key", N, "VARCHAR", g.col(lambda: f"u/{g.code('xxxx')}/{g.uuid()}.jpg"), "decoy", SHAPE),
            c("file_sha256", N, "VARCHAR", g.col(g.sha256), "decoy", SHAPE, HASHED),
            c(
                "mime_type",
                N,
                "VARCHAR",
                g.col(g.pick(["image/jpeg", "image/jpeg", "image/heic", "image/png"])),
                "decoy",
            ),
            c("width_px", N, "INTEGER", g.col(g.pick([4032, 6000, 3024, 8192, 1080])), "decoy"),
            c("height_px", N, "INTEGER", g.col(g.pick([3024, 4000, 4032, 5464, 1350])), "decoy"),
            c("bytes", N, "BIGINT", g.ints(180_000, 24_000_000), "decoy"),
            c("exif_make", N, "VARCHAR", [x[0] for x in cams], "decoy", EXIF),
            c("exif_model", N, "VARCHAR", [x[1] for x in cams], "decoy", EXIF, PRODUCT),
            c(
                "exif_software",
                N,
                "VARCHAR",
                [x[2] if g.rnd.random() < 0.7 else g.rnd.choice(v.EDITORS) for x in cams],
                "decoy",
                EXIF,
                SHAPE,
            ),
            c("exif_lens_model", N, "VARCHAR", g.col(g.pick(v.LENSES), 0.3), "decoy", EXIF, PRODUCT),
            c(
                "exif_body_serial_number",
                N,
                "VARCHAR",
                g.col(lambda: g.digits(g.rnd.choice([7, 8, 12])), 0.6),
                "decoy",
                EXIF,
                SHAPE,
            ),
            c("exif_datetime_original", N, "VARCHAR", [capture() for _ in range(g.rows)], "decoy", EXIF),
            c(
                "exif_gps_latitude",
                N,
                "DOUBLE",
                [round(-33.92 + g.rnd.uniform(-0.3, 0.3), 6) if x else None for x in gps],
                "decoy",
                EXIF,
                COORD,
            ),
            c(
                "exif_gps_longitude",
                N,
                "DOUBLE",
                [round(18.42 + g.rnd.uniform(-0.3, 0.5), 6) if x else None for x in gps],
                "decoy",
                EXIF,
                COORD,
            ),
            c(
                "exif_gps_altitude",
                N,
                "DOUBLE",
                [round(g.rnd.uniform(0, 1_100), 1) if x else None for x in gps],
                "decoy",
                EXIF,
            ),
            c(
                "exif_artist",
                "person_name",
                "VARCHAR",
                [w[1] if g.rnd.random() < 0.2 else None for w in who],
                EXIF,
                HEAVY,
            ),
            c(
                "exif_copyright",
                "person_name",
                "VARCHAR",
                [
                    g.rnd.choice([f"© {y} {w[1]}", f"Copyright {w[1]}", f"(c) {w[1]} {y}"])
                    if g.rnd.random() < 0.15
                    else None
                    for w, y in zip(who, year)
                ],
                EXIF,
                HEAVY,
            ),
            c("place_name", "city", "VARCHAR", g.col(lambda: g.rnd.choice(v.ZA_TOWNS)[0], 0.45)),
            c("caption", "free_text", "VARCHAR", [caption() for _ in range(g.rows)]),
            c(
                "tagged_handles",
                USERNAME,
                "VARCHAR",
                g.col(lambda: ", ".join("@" + u[0] for u in g.rnd.sample(users, g.rnd.randint(1, 3))), 0.62),
                USER,
                HANDLE,
                MULTI,
            ),
            c(
                "alt_text_generated",
                N,
                "VARCHAR",
                g.col(
                    g.pick(
                        [
                            "A beach at sunset with mountains",
                            ("Two people hiking on a rocky trail"),
                            "A plate of food on a wooden table",
                            "A dog running on grass",
                        ]
                    ),
                    0.2,
                ),
                "decoy",
            ),
            c(
                "filter_preset_name",
                N,
                "VARCHAR",
                g.col(g.pick(["Portra 400", "Kodachrome 64", "Velvia 50", "Tri-X", "Original"])),
                "decoy",
                PRODUCT,
            ),
            c("upload_ip", "ip_address", "VARCHAR", g.col(lambda: g.ip(0.3))),
            c(
                "upload_user_agent",
                N,
                "VARCHAR",
                g.col(g.pick(v.USER_AGENTS[:2] + ["Lumenshare/5.2.0 (iOS 18.1)"])),
                "decoy",
                AGENT,
            ),
            c("like_count", N, "INTEGER", g.skewed(5_000, 4), "decoy", COUNT),
            c("comment_count", N, "INTEGER", g.skewed(300, 4), "decoy", COUNT),
            c("visibility", N, "VARCHAR", g.col(g.pick(["public", "public", "followers", "private"])), "decoy"),
            c("moderation_status", N, "VARCHAR", g.col(g.pick(["approved"] * 9 + ["flagged"])), "decoy"),
        ],
    )


def inkwell_subscribers(g: Gen) -> Table:
    """An Edinburgh newsletter platform's subscribers: subscriber and publication ids, the publication's name and
    VAT number (its writer's business: ``none``), e-mail (some placeholders), full name (often blank), status, tier
    and source, the signup IP and country, who referred them (an e-mail, mostly NULL) and the referral code, Stripe
    customer, card brand and last four, the billing postcode (paid tiers only), a gift's sender and message (mostly
    NULL), engagement counts, the unsubscribe time and canned feedback, the old CRM's ``src_crm_col17`` (a phone, an
    e-mail or a name by row: ``free_text``) and ``src_crm_col18`` (a segment), the writer (a signup form or an
    import: service accounts)."""
    pubs = [
        ("The Penrose Dispatch", v.gb_vat(g)),
        ("Leith Walk Weekly", v.gb_vat(g)),
        ("Slow Bread Notes", None),
        ("Midge & Malt", v.gb_vat(g)),
        ("The Quiet Ledger", v.gb_vat(g)),
        ("Highland Rail Letters", None),
    ]
    pub = [g.rnd.randrange(len(pubs)) for _ in range(g.rows)]
    pairs = [v.person(g, "gb") for _ in range(g.rows)]
    tier = g.rnd.choices(["free", "paid", "founding"], [62, 34, 4], k=g.rows)
    paid = [t != "free" for t in tier]
    gift = [p and g.rnd.random() < 0.25 for p in paid]

    def crm(i: int) -> str | None:
        if g.rnd.random() < 0.35:
            return None
        a, b = pairs[i]
        return g.rnd.choice(
            [g.phone("GB", "national"), v.email_of(g, a, b, v.DOMAINS["gb"]), f"{a} {b}", g.phone("GB", "intl")]
        )

    unsub = [g.rnd.random() < 0.38 for _ in range(g.rows)]
    return Table(
        "inkwell.subscribers",
        "en",
        "snake",
        [
            c("subscriber_id", N, "BIGINT", g.keys(3_300_001), "decoy", KEY),
            c("publication_id", N, "INTEGER", [700 + p for p in pub], "decoy", KEY),
            c("publication_name", N, "VARCHAR", [pubs[p][0] for p in pub], "decoy", PRODUCT),
            c("publication_vat_no", N, "VARCHAR", [pubs[p][1] for p in pub], "business", CHECK),
            c(
                "email",
                "email",
                "VARCHAR",
                _dirty(
                    g,
                    [v.email_of(g, a, b, v.DOMAINS["gb"]) for a, b in pairs],
                    0.025,
                    ["test@test.com", "noreply@example.com"],
                ),
                PLACEHOLDER,
            ),
            c("full_name", "person_name", "VARCHAR", [f"{a} {b}" if g.rnd.random() < 0.6 else "" for a, b in pairs]),
            c(
                "status",
                N,
                "VARCHAR",
                ["unsubscribed" if u else g.rnd.choice(["active", "active", "bouncing"]) for u in unsub],
                "decoy",
            ),
            c("tier", N, "VARCHAR", tier, "decoy"),
            c(
                "signup_source",
                N,
                "VARCHAR",
                g.col(g.pick(["embed_form", "post_page", "import", "recommendation"])),
                "decoy",
            ),
            c("signup_ip", "ip_address", "VARCHAR", g.col(lambda: g.ip(0.25), 0.2)),
            c("signup_country", N, "VARCHAR", g.col(g.pick(["GB", "GB", "GB", "IE", "US", "CA"])), "decoy", SHAPE),
            c("referred_by_email", "email", "VARCHAR", g.col(lambda: v.email(g, "gb"), 0.8), HEAVY, ROLE_EMAIL),
            c("referral_code", N, "VARCHAR", g.col(lambda: g.code("ZZZZZZZ").lower()), "decoy", SHAPE),
            c(
                "stripe_customer_id",
                N,
                "VARCHAR",
                [v.token(g, "cus_", 14) if p else None for p in paid],
                "decoy",
                TOKEN,
            ),
            c(
                "card_brand",
                N,
                "VARCHAR",
                [g.rnd.choice(["visa", "mastercard", "amex"]) if p else None for p in paid],
                "decoy",
            ),
            c("card_last4", N, "VARCHAR", [g.digits(4) if p else None for p in paid], "decoy", PARTIAL),
            c(
                "billing_postcode",
                "postal_code",
                "VARCHAR",
                [v.uk_postcode(g, g.rnd.choice(v.UK_TOWNS)) if p and g.rnd.random() < 0.9 else None for p in paid],
                HEAVY,
            ),
            c(
                "gift_sender_name",
                "person_name",
                "VARCHAR",
                [v.whole(g, "gb") if x else None for x in gift],
                HEAVY,
                ROLE,
            ),
            c(
                "gift_message",
                "free_text",
                "VARCHAR",
                [
                    g.rnd.choice(
                        [
                            f"Happy birthday {a}! Love, {v.given(g, 'gb')}",
                            "Thought you'd enjoy this one x",
                            f"For {a} - from the whole Leith crew",
                        ]
                    )
                    if x
                    else None
                    for x, (a, _) in zip(gift, pairs)
                ],
                HEAVY,
            ),
            c("opens_90d", N, "INTEGER", g.skewed(40, 2), "decoy", COUNT),
            c("clicks_90d", N, "INTEGER", g.skewed(12, 3), "decoy", COUNT),
            c("last_open_at", N, "TIMESTAMP", g.moments("2025-06-01", "2025-11-30", 0.2), "decoy"),
            c(
                "unsubscribed_at",
                N,
                "TIMESTAMP",
                [g.moment("2024-01-01", "2025-11-30") if u else None for u in unsub],
                "decoy",
            ),
            c(
                "unsub_feedback",
                N,
                "VARCHAR",
                [
                    g.rnd.choice(["Too many emails", "No longer relevant", "Paywall", "Other"]) if u else None
                    for u in unsub
                ],
                "decoy",
                ABBREV,
            ),
            c("src_crm_col17", "free_text", "VARCHAR", [crm(i) for i in range(g.rows)], PREFIX, OPAQUE, MIXED),
            c(
                "src_crm_col18",
                N,
                "VARCHAR",
                g.col(g.pick(["SEG-A", "SEG-B", "SEG-LAPSED", "SEG-VIP"]), 0.35),
                "decoy",
                PREFIX,
                OPAQUE,
            ),
            c(
                "created_by",
                N,
                "VARCHAR",
                g.col(g.pick(["signup-form", "import:csv-2024-03"])),
                "decoy",
                AUDIT,
                SERVICE,
            ),
        ],
    )


# -- Brazil, Japan, Korea, Germany, Russia, Spain ----------------------------------------------------------------------


def vizinhanca_moradores(g: Gen) -> Table:
    """A Belo Horizonte neighbourhood social app's verified residents (Brazilian Portuguese, camel case): resident
    id, handle, full name, CPF (for verification), date of birth, mobile and WhatsApp, e-mail, CEP, street and
    complement, bairro and city (``city``), state (``none``), the proof-of-residence file and method (``none``), bio
    (``free_text``), avatar URL, signup IP, push token and password hash (``none``), counts, the resident's shop
    (name, CNPJ with check digits, phone: ``none``, tag ``business``), the Pix key for classifieds (a CPF, an e-mail,
    a phone or a random key: ``free_text``), the moderator's first name (few)."""
    pairs = [v.person(g, "br") for _ in range(g.rows)]
    bairros = [g.rnd.choice(v.BR_BAIRROS) for _ in range(g.rows)]
    cpfs = [v.br_cpf(g, g.rnd.random() < 0.7) for _ in range(g.rows)]
    mobiles = [g.phone("BR", g.rnd.choice(["national", "national", "e164", "intl"])) for _ in range(g.rows)]
    mails = [v.email_of(g, a, b, v.DOMAINS["br"]) for a, b in pairs]
    shop = [g.rnd.random() < 0.36 for _ in range(g.rows)]
    mods = _staff(g, 3, lambda x: v.given(x, "br"))

    def pix(i: int) -> str | None:
        if g.rnd.random() < 0.45:
            return None
        return g.rnd.choice([cpfs[i], mails[i], g.phone("BR", "e164"), g.uuid()])

    def bio() -> str:
        return g.rnd.choice(
            [
                "Mãe do Davi e da Yasmin, amo plantas",
                f"Vizinho do 302, toco violão com o {v.given(g, 'br')}",
                "Faço bolos sob encomenda",
                "Morador desde 2009",
                f"Casada com {v.whole(g, 'br')}",
                "Ciclista e cervejeiro caseiro",
            ]
        )

    return Table(
        "vizinhanca_bh.moradoresVerificados",
        "pt",
        "camel",
        [
            c("idMorador", N, "BIGINT", g.keys(210_001), "decoy", KEY),
            c("apelido", USERNAME, "VARCHAR", [v.handle(g, a, b) for a, b in pairs], USER, HANDLE),
            c("nomeCompleto", "person_name", "VARCHAR", [f"{a} {b}" for a, b in pairs]),
            c("cpf", "national_id", "VARCHAR", _maybe(g, cpfs, 0.3)),
            c("dataNascimento", "date_of_birth", "DATE", g.col(lambda: g.birth(1948, 2006), 0.15)),
            c("celular", "phone", "VARCHAR", mobiles),
            c("whatsapp", "phone", "VARCHAR", [m if g.rnd.random() < 0.35 else None for m in mobiles], HEAVY),
            c("email", "email", "VARCHAR", mails),
            c("cep", "postal_code", "VARCHAR", [v.br_cep(g, b[1]) for b in bairros], ABBREV),
            c("logradouro", "street_address", "VARCHAR", g.col(lambda: v.br_street(g))),
            c(
                "complemento",
                "street_address",
                "VARCHAR",
                g.col(lambda: g.rnd.choice([f"apto {g.rnd.randint(101, 1204)}", "casa 2", "fundos", "bloco B"]), 0.58),
                HEAVY,
            ),
            c("bairro", "city", "VARCHAR", [b[0] for b in bairros]),
            c(
                "cidade",
                "city",
                "VARCHAR",
                ["Belo Horizonte"] * (g.rows - g.rows // 10) + ["Contagem"] * (g.rows // 10),
            ),
            c("uf", N, "VARCHAR", ["MG"] * g.rows, "decoy", ABBREV),
            c(
                "comprovanteUrl",
                N,
                "VARCHAR",
                g.col(lambda: f"https://files.vizinhanca.app/comprovantes/{g.uuid()}.pdf", 0.3),
                "decoy",
                SHAPE,
            ),
            c(
                "metodoVerificacao",
                N,
                "VARCHAR",
                g.col(g.pick(["carta_postal", "comprovante", "vizinho_indicou"])),
                "decoy",
            ),
            c("verificadoEm", N, "TIMESTAMP", g.moments("2022-01-01", "2025-11-30"), "decoy"),
            c("bio", "free_text", "VARCHAR", g.sparse(bio, 0.4, ("",)), PROFILE),
            c(
                "fotoPerfilUrl",
                N,
                "VARCHAR",
                g.col(lambda: f"https://cdn.vizinhanca.app/a/{g.code('x' * 16)}.jpg", 0.3),
                "decoy",
                SHAPE,
            ),
            c("ipCadastro", "ip_address", "VARCHAR", g.col(lambda: g.ip(0.35))),
            c("tokenDispositivo", N, "VARCHAR", g.col(lambda: v.device_token(g), 0.2), "decoy", CREDENTIAL, DEVICE),
            c("senhaHash", N, "VARCHAR", g.col(lambda: v.bcrypt_hash(g)), "decoy", CREDENTIAL),
            c("qtdPostagens", N, "INTEGER", g.skewed(900), "decoy", COUNT),
            c("qtdCurtidas", N, "INTEGER", g.skewed(5_000), "decoy", COUNT),
            c(
                "comercioNome",
                N,
                "VARCHAR",
                [
                    g.rnd.choice(
                        ["Padaria Pão de Minas", "Ateliê Linha & Agulha", "Pet Shop Au Au", "Oficina do Zé Bike"]
                    )
                    if s
                    else None
                    for s in shop
                ],
                "business",
            ),
            c("comercioCnpj", N, "VARCHAR", [v.br_cnpj(g) if s else None for s in shop], "business", CHECK),
            c(
                "comercioTelefono",
                N,
                "VARCHAR",
                [f"(31) 3{g.digits(3)}-{g.digits(4)}" if s else None for s in shop],
                "business",
            ),
            c("chavePix", "free_text", "VARCHAR", [pix(i) for i in range(g.rows)], MIXED),
            c("moderadorResponsavel", "first_name", "VARCHAR", g.col(g.pick(mods), 0.2), STAFF, ROLE),
        ],
    )


def jp_matching_profiles(g: Gen) -> Table:
    """A Tokyo matching app's member profiles with age verification (Japanese column names): member id, the
    nickname (the given name in kana or kanji: ``first_name``), the name and its katakana reading from the
    verification document, date of birth and age, sex, prefecture (``none``) and city or ward (``city``), birthplace
    prefecture (``none``), job, income and height, self-introduction (``free_text``), phone, e-mail, the document
    type and number (a driving licence's: ``national_id``, mostly NULL), a card number kept in clear by the
    pre-2020 billing module (mostly NULL) and its last four digits, last login and IP, the push token, counts and
    status, the operator's corporate number (check digit: ``none``), the support note and the support agent's
    family name (few)."""
    rows = []
    for _ in range(g.rows):
        female = g.rnd.random() < 0.5
        (fam, fam_k), (giv, giv_k) = v.jp_person(g, female)
        rows.append((fam, fam_k, giv, giv_k, "女性" if female else "男性"))
    places = [g.rnd.choice(v.JP_PLACES) for _ in range(g.rows)]
    docs = g.rnd.choices(["運転免許証", "健康保険証", "パスポート", "マイナンバーカード"], [45, 25, 10, 20], k=g.rows)
    births = g.births(1972, 2005)
    agents = _staff(g, 3, lambda x: x.rnd.choice(v.JP_FAMILY)[0])
    operators = [v.jp_corporate(g), v.jp_corporate(g)]

    def nickname(r: tuple) -> str:
        return g.rnd.choice(
            [r[2], r[3], r[3], "".join(chr(ord(ch) - 0x60) if "ァ" <= ch <= "ヶ" else ch for ch in r[3])]
        )

    def intro() -> str:
        return g.rnd.choice(
            [
                "はじめまして！休日はカフェ巡りをしています。",
                f"友達の{g.rnd.choice(v.JP_FEMALE)[0]}に勧められて始めました。",
                "料理が好きです。よろしくお願いします。",
                "週末は登山やキャンプに行きます⛺",
                f"{g.rnd.choice(v.JP_FAMILY)[0]}さんと同じ会社です（笑）",
                "猫を2匹飼っています🐈",
            ]
        )

    def note() -> str:
        return g.rnd.choice(
            [
                "本人確認済み",
                f"{g.rnd.choice(v.JP_FAMILY)[0]}様より通報あり、注意済み",
                "退会希望あり",
                "年齢確認書類再提出",
            ]
        )

    return Table(
        "マッチング.会員プロフィール",
        "ja",
        "native",
        [
            c("会員ID", N, "BIGINT", g.keys(8_800_001), "decoy", KEY),
            c("ニックネーム", "first_name", "VARCHAR", [nickname(r) for r in rows], HANDLE, PROFILE),
            c("氏名", "person_name", "VARCHAR", [f"{r[0]} {r[2]}" for r in rows]),
            c("氏名カナ", "person_name", "VARCHAR", [f"{r[1]} {r[3]}" for r in rows]),
            c("生年月日", "date_of_birth", "DATE", births),
            c("年齢", N, "INTEGER", [2025 - b.year for b in births], "decoy"),
            c("性別", N, "VARCHAR", [r[4] for r in rows], "decoy"),
            c("居住地", N, "VARCHAR", [p[0] for p in places], "decoy"),
            c("市区町村", "city", "VARCHAR", [p[1] for p in places]),
            c("出身地", N, "VARCHAR", g.col(lambda: g.rnd.choice(v.JP_PLACES)[0], 0.3), "decoy"),
            c(
                "職業",
                N,
                "VARCHAR",
                g.col(g.pick(["会社員", "公務員", "看護師", "エンジニア", "自営業", "保育士"])),
                "decoy",
            ),
            c(
                "年収",
                N,
                "VARCHAR",
                g.col(g.pick(["400万〜600万円", "600万〜800万円", "200万〜400万円", "非公開"])),
                "decoy",
            ),
            c("身長", N, "INTEGER", g.ints(150, 188, 0.1), "decoy"),
            c("自己紹介", "free_text", "VARCHAR", g.col(intro, 0.1), PROFILE),
            c("電話番号", "phone", "VARCHAR", g.phones("JP", {"national": 0.6, "digits": 0.2, "e164": 0.2})),
            c(
                "メールアドレス",
                "email",
                "VARCHAR",
                g.col(
                    lambda: (
                        f"{g.code('ZZZZZ').lower()}{g.digits(3)}.{g.rnd.choice('mksy')}@{g.rnd.choice(v.DOMAINS['jp'])}"
                    )
                ),
            ),
            c("年齢確認書類", N, "VARCHAR", docs, "decoy"),
            c(
                "確認書類番号",
                "national_id",
                "VARCHAR",
                [v.jp_licence(g) if d == "運転免許証" and g.rnd.random() < 0.9 else None for d in docs],
                HEAVY,
            ),
            c("決済カード番号", "credit_card", "VARCHAR", g.col(lambda: v.card(g), 0.84), HEAVY),
            c("カード下4桁", N, "VARCHAR", g.col(lambda: g.digits(4), 0.4), "decoy", PARTIAL),
            c("最終ログイン日時", N, "TIMESTAMP", g.moments("2025-09-01", "2025-11-30"), "decoy"),
            c("最終ログインIP", "ip_address", "VARCHAR", g.col(lambda: g.ip(0.45))),
            c("デバイストークン", N, "VARCHAR", g.col(lambda: v.apns_token(g), 0.15), "decoy", CREDENTIAL, DEVICE),
            c("いいね数", N, "INTEGER", g.skewed(3_000), "decoy", COUNT),
            c("マッチ数", N, "INTEGER", g.skewed(400), "decoy", COUNT),
            c("会員ステータス", N, "VARCHAR", g.col(g.pick(["無料会員", "有料会員", "有料会員", "休会中"])), "decoy"),
            c("運営会社法人番号", N, "VARCHAR", g.col(g.pick(operators)), "business", CHECK),
            c("備考", "free_text", "VARCHAR", g.sparse(note, 0.84, ("", "なし", "-")), NULLWORD),
            c("担当者", "last_name", "VARCHAR", g.col(g.pick(agents), 0.5), STAFF, ROLE),
        ],
    )


def kr_community_members(g: Gen) -> Table:
    """A Seoul camera-hobby community's members (a gnuboard-like board, Hangul column names): member number, login
    id and nickname (``unclassified``), name, date of birth, sex, mobile and landline (mostly NULL), e-mail,
    postcode, road-name address and its detail (building and unit), province (``none``) and district (``city``),
    join and last-visit times, join and last IPs, the PBKDF2 password and the identity-verification CI (``none``),
    counts, points and level, the mail opt-in, the admin memo, custom fields ``여분필드1`` (a camera body: ``none``)
    and ``여분필드2`` (the depositor's name for a paid membership: ``person_name``), an advertiser's business number
    (check digit: ``none``) and the admin who processed the member (a login)."""
    rows = []
    for _ in range(g.rows):
        fam, giv = g.rnd.choice(v.KR_FAMILY), g.rnd.choice(v.KR_GIVEN)
        rows.append(
            (
                fam + giv,
                (f"{v.KR_LATIN[fam]}{g.rnd.choice(['', '_', '.'])}{g.code('ZZZ').lower()}{g.rnd.randint(1, 99)}"),
            )
        )
    places = [g.rnd.choice(v.KR_PLACES) for _ in range(g.rows)]
    admins = ["admin", "sysop_hj", "manager01"]
    adv = [v.kr_brn(g) for _ in range(5)]

    def memo() -> str:
        return g.rnd.choice(
            [
                f"{v.kr_name(g)}님 요청으로 닉네임 변경",
                "장터 사기 신고 1회",
                "정회원 승인",
                f"입금자명 {v.kr_name(g)}로 확인",
            ]
        )

    return Table(
        "커뮤니티.회원정보",
        "ko",
        "native",
        [
            c("회원번호", N, "BIGINT", g.keys(150_001), "decoy", KEY),
            c("아이디", USERNAME, "VARCHAR", [r[1] for r in rows], USER),
            c(
                "닉네임",
                USERNAME,
                "VARCHAR",
                g.col(
                    lambda: (
                        g.rnd.choice(["빛", "필름", "렌즈", "셔터", "노을", "여행"])
                        + g.rnd.choice(["사랑", "러버", "맨", "냥", "조아", ""])
                        + str(g.rnd.randint(1, 999))
                    )
                ),
                USER,
                HANDLE,
            ),
            c("이름", "person_name", "VARCHAR", [r[0] for r in rows]),
            c("생년월일", "date_of_birth", "DATE", g.col(lambda: g.birth(1965, 2006), 0.1)),
            c("성별", N, "VARCHAR", g.col(g.pick(["M", "F"]), 0.1), "decoy"),
            c("휴대전화", "phone", "VARCHAR", g.phones("KR", {"national": 0.8, "digits": 0.2})),
            c("일반전화", "phone", "VARCHAR", g.phones("KR", {"national": 1.0}, 0.0, 0.82), HEAVY),
            c("이메일", "email", "VARCHAR", [f"{r[1]}@{g.rnd.choice(v.DOMAINS['kr'])}" for r in rows]),
            c("우편번호", "postal_code", "VARCHAR", [v.kr_postcode(g, p) for p in places]),
            c(
                "기본주소",
                "street_address",
                "VARCHAR",
                [f"{p[0]} {p[1]} {g.rnd.choice(v.KR_ROADS)} {g.rnd.randint(1, 300)}" for p in places],
            ),
            c(
                "상세주소",
                "street_address",
                "VARCHAR",
                g.col(lambda: f"{g.rnd.randint(101, 118)}동 {g.rnd.randint(101, 2504)}호", 0.35),
            ),
            c("시도", N, "VARCHAR", [p[0] for p in places], "decoy"),
            c("시군구", "city", "VARCHAR", [p[1] for p in places]),
            c("가입일시", N, "TIMESTAMP", g.moments("2012-01-01", "2025-11-30"), "decoy"),
            c("최근접속일시", N, "TIMESTAMP", g.moments("2025-06-01", "2025-11-30"), "decoy"),
            c("가입IP", "ip_address", "VARCHAR", g.col(lambda: g.ipv4())),
            c("최근접속IP", "ip_address", "VARCHAR", g.col(lambda: g.ip(0.2))),
            c("비밀번호", N, "VARCHAR", g.col(lambda: v.pbkdf2_hash(g)), "decoy", CREDENTIAL),
            c("본인인증CI", N, "VARCHAR", g.col(lambda: v.token(g, "", 86) + "==", 0.3), "decoy", CREDENTIAL),
            c("게시글수", N, "INTEGER", g.skewed(2_000), "decoy", COUNT),
            c("댓글수", N, "INTEGER", g.skewed(6_000), "decoy", COUNT),
            c("포인트", N, "INTEGER", g.skewed(90_000), "decoy"),
            c("회원등급", N, "INTEGER", g.col(g.pick([2, 2, 3, 4, 9])), "decoy"),
            c("메일수신", N, "BOOLEAN", g.yn(True, False, 0.3), "decoy"),
            c("관리자메모", "free_text", "VARCHAR", g.sparse(memo, 0.85, ("", "없음", "-")), NULLWORD),
            c(
                "여분필드1",
                N,
                "VARCHAR",
                g.col(g.pick(["Sony A7M4", "Fujifilm X-T5", "Canon R6", "Nikon Zf", "Leica Q3"]), 0.3),
                "decoy",
                OPAQUE,
                PRODUCT,
            ),
            c("여분필드2", "person_name", "VARCHAR", g.col(lambda: v.kr_name(g), 0.78), OPAQUE, HEAVY),
            c("광고주사업자번호", N, "VARCHAR", g.col(g.pick(adv), 0.6), "business", CHECK),
            c("처리자", USERNAME, "VARCHAR", g.col(g.pick(admins), 0.5), USER, AUDIT),
        ],
    )


def de_instanz_konten(g: Gen) -> Table:
    """A Leipzig Fediverse instance's accounts, run by a registered association whose supporting members pay by SEPA
    direct debit (German, Pascal case): account id, username (``unclassified``), display name (mostly real names,
    some with an emoji: ``person_name``), e-mail, password hash, sign-up and last IP, times, biography, profile
    fields as JSON (pronouns, home town, a Signal number, a website: ``free_text``), home town, counts, suspension
    and reason and the moderator login who suspended, the supporting member's first and last name, address, PLZ,
    town and IBAN (mostly NULL), membership number and fee, the association's register number (``none``), the
    moderation note, language, two-factor flag, client app."""
    pairs = [v.person(g, "de") for _ in range(g.rows)]
    towns = [g.rnd.choice(v.DE_TOWNS) for _ in range(g.rows)]
    member = [g.rnd.random() < 0.36 for _ in range(g.rows)]
    sepa = [m and g.rnd.random() < 0.8 for m in member]
    suspended = [g.rnd.random() < 0.05 for _ in range(g.rows)]
    mods = ["mod_merle", "mod_till", "admin"]

    def display(a: str, b: str) -> str:
        return g.rnd.choice([f"{a} {b}", f"{a} {b}", f"{a} {b} 🌻", f"{a} ✨", f"Dr. {a} {b}"])

    def fields(i: int) -> str:
        items = [{"name": "Pronomen", "value": g.rnd.choice(["sie/ihr", "er/ihm", "they/them"])}]
        if g.rnd.random() < 0.5:
            items.append({"name": "Wohnort", "value": towns[i][0]})
        if g.rnd.random() < 0.15:
            items.append({"name": "Signal", "value": g.phone("DE", "intl")})
        if g.rnd.random() < 0.4:
            items.append({"name": "Website", "value": f"https://{v.plain(pairs[i][1])}.blog"})
        return json.dumps(items, ensure_ascii=False)

    def bio() -> str:
        return g.rnd.choice(
            [
                "Radfahren, Bücher, Brettspiele.",
                (f"Lebe mit {v.given(g, 'de')} und zwei Katzen in Plagwitz"),
                "Softwareentwicklerin. Meinungen meine eigenen.",
                "Stadtgärtner 🌱",
                f"Co-Host des Podcasts mit {v.whole(g, 'de')}",
            ]
        )

    return Table(
        "fediverse_instanz.Konten",
        "de",
        "pascal",
        [
            c("KontoId", N, "BIGINT", g.keys(109_000_001), "decoy", KEY),
            c("Benutzername", USERNAME, "VARCHAR", [v.handle(g, a, b) for a, b in pairs], USER, HANDLE),
            c("Anzeigename", "person_name", "VARCHAR", [display(a, b) for a, b in pairs], PROFILE),
            c("EMail", "email", "VARCHAR", [v.email_of(g, a, b, v.DOMAINS["de"]) for a, b in pairs]),
            c("PasswortHash", N, "VARCHAR", g.col(lambda: v.bcrypt_hash(g)), "decoy", CREDENTIAL),
            c("RegistrierungsIp", "ip_address", "VARCHAR", g.col(lambda: g.ip(0.4), 0.1)),
            c("LetzteIp", "ip_address", "VARCHAR", g.col(lambda: g.ip(0.4))),
            c("RegistriertAm", N, "TIMESTAMP", g.moments("2022-11-01", "2025-11-30"), "decoy"),
            c("ZuletztAktivAm", N, "TIMESTAMP", g.moments("2025-01-01", "2025-11-30"), "decoy"),
            c("Biografie", "free_text", "VARCHAR", g.sparse(bio, 0.3, ("",)), PROFILE),
            c("ProfilfelderJson", "free_text", "VARCHAR", [fields(i) for i in range(g.rows)], JSON, PROFILE),
            c("Wohnort", "city", "VARCHAR", [t[0] if g.rnd.random() < 0.6 else None for t in towns], PROFILE),
            c("Beitraege", N, "INTEGER", g.skewed(12_000), "decoy", COUNT),
            c("Follower", N, "INTEGER", g.skewed(4_000), "decoy", COUNT),
            c("Folgt", N, "INTEGER", g.skewed(1_500), "decoy", COUNT),
            c("Gesperrt", N, "BOOLEAN", suspended, "decoy"),
            c(
                "Status",
                N,
                "VARCHAR",
                [
                    g.rnd.choice(["gesperrt", "stummgeschaltet"])
                    if s
                    else g.rnd.choice(["aktiv", "aktiv", "aktiv", "Löschung beantragt"])
                    for s in suspended
                ],
                "decoy",
            ),
            c(
                "GesperrtVon",
                USERNAME,
                "VARCHAR",
                [g.rnd.choice(mods) if s or g.rnd.random() < 0.4 else None for s in suspended],
                USER,
                AUDIT,
            ),
            c(
                "MitgliedVorname",
                "first_name",
                "VARCHAR",
                [a if m else None for m, (a, _) in zip(member, pairs)],
                HEAVY,
            ),
            c(
                "MitgliedNachname",
                "last_name",
                "VARCHAR",
                [b if m else None for m, (_, b) in zip(member, pairs)],
                HEAVY,
            ),
            c("MitgliedAnschrift", "street_address", "VARCHAR", [v.de_street(g) if m else None for m in member], HEAVY),
            c(
                "MitgliedPlz",
                "postal_code",
                "VARCHAR",
                [t[1] + g.digits(3) if m else None for m, t in zip(member, towns)],
                HEAVY,
                ABBREV,
            ),
            c("MitgliedOrt", "city", "VARCHAR", [t[0] if m else None for m, t in zip(member, towns)], HEAVY),
            c("Iban", "iban", "VARCHAR", [v.iban(g, "DE", g.rnd.random() < 0.5) if s else None for s in sepa], HEAVY),
            c(
                "Mitgliedsnummer",
                N,
                "VARCHAR",
                [f"M-{g.rnd.randint(100, 999)}" if m else None for m in member],
                "decoy",
                KEY,
            ),
            c("Beitrag", N, "DECIMAL(6,2)", [g.rnd.choice([3.0, 5.0, 10.0]) if m else None for m in member], "decoy"),
            c("VereinsregisterNr", N, "VARCHAR", ["VR 7712"] * g.rows, "business", SHAPE),
            c(
                "ModeratorNotiz",
                "free_text",
                "VARCHAR",
                g.col(
                    lambda: g.rnd.choice(
                        [
                            f"Meldung von {v.whole(g, 'de')}: Belästigung",
                            "Spam-Welle, Konto gelöscht",
                            f"Identisch mit gesperrtem Konto von {v.given(g, 'de')}",
                        ]
                    ),
                    0.9,
                ),
                HEAVY,
            ),
            c("Sprache", N, "VARCHAR", g.col(g.pick(["de", "de", "en"])), "decoy"),
            c("ZweiFaktorAktiv", N, "BOOLEAN", g.yn(True, False, 0.35), "decoy"),
            c("ClientApp", N, "VARCHAR", g.col(g.pick(["Web", "Tusky", "Ivory", "Phanpy", "Fedilab"])), "decoy"),
        ],
    )


def ru_messenger_metadata(g: Gen) -> Table:
    """A Kazan messenger's message metadata kept under the data-retention rules (Russian, Cyrillic snake case, no
    message bodies): message and chat ids, chat type and title (groups and channels: ``none``), the sender's id,
    phone, profile first and last name and username, the recipient's phone (personal chats), times, content type,
    size and the attachment's hash, the connection address (``адрес``: the sender's IP, tag ``misleading``) and
    port, the device's IMEI (Luhn: ``none``) and model, client version, the town from geo-IP (``city``), the mobile
    operator, the deleted and forwarded flags, the operating company's ИНН (``none``)."""
    pairs = [v.ru_person(g) for _ in range(g.rows)]
    chat_type = g.rnd.choices(["личный", "группа", "канал"], [62, 30, 8], k=g.rows)
    operator_inn = [v.ru_inn_company(g), v.ru_inn_company(g)]
    sent = g.moments("2025-10-01", "2025-11-30")

    def username(a: str) -> str | None:
        if g.rnd.random() < 0.5:
            return None
        return f"{v.RU_LATIN[a]}{g.rnd.choice(['_', '', '.'])}{g.code('ZZZ').lower()}"

    return Table(
        "мессенджер.метаданные_сообщений",
        "ru",
        "snake",
        [
            c("ид_сообщения", N, "BIGINT", g.keys(9_100_000_001), "decoy", KEY),
            c("ид_чата", N, "BIGINT", g.ints(10_000_000, 99_999_999), "decoy", KEY),
            c("тип_чата", N, "VARCHAR", chat_type, "decoy"),
            c(
                "название_чата",
                N,
                "VARCHAR",
                [
                    g.rnd.choice(["Родители 5Б", "Дача 2025", "Бег по утрам", "Новости Казани", "Работа: отдел продаж"])
                    if t != "личный"
                    else None
                    for t in chat_type
                ],
                "decoy",
            ),
            c("отправитель_ид", N, "BIGINT", g.ints(100_000_000, 999_999_999), "decoy", KEY),
            c("отправитель_телефон", "phone", "VARCHAR", g.phones("RU", {"e164": 0.6, "plain": 0.2, "national": 0.2})),
            c("отправитель_имя", "first_name", "VARCHAR", [a for a, _ in pairs], PROFILE),
            c(
                "отправитель_фамилия",
                "last_name",
                "VARCHAR",
                [b if g.rnd.random() < 0.6 else None for _, b in pairs],
                PROFILE,
            ),
            c("отправитель_юзернейм", USERNAME, "VARCHAR", [username(a) for a, _ in pairs], USER, HANDLE),
            c(
                "получатель_телефон",
                "phone",
                "VARCHAR",
                [g.phone("RU", g.rnd.choice(["e164", "plain"])) if t == "личный" else None for t in chat_type],
            ),
            c("время_отправки", N, "TIMESTAMP", sent, "decoy"),
            c("время_доставки", N, "TIMESTAMP", _later(g, sent, 0, 3, 0.05), "decoy"),
            c("время_прочтения", N, "TIMESTAMP", _later(g, sent, 1, 900, 0.35), "decoy"),
            c(
                "тип_контента",
                N,
                "VARCHAR",
                g.col(g.pick(["текст", "текст", "текст", "фото", "голос", "видео", "документ"])),
                "decoy",
            ),
            c("размер_байт", N, "INTEGER", g.ints(12, 40_000_000), "decoy"),
            c("хеш_вложения", N, "VARCHAR", g.col(g.sha256, 0.6), "decoy", HASHED),
            c("адрес", "ip_address", "VARCHAR", g.col(lambda: g.ip(0.25)), MISLEADING),
            c("порт", N, "INTEGER", g.ints(1_024, 65_535), "decoy"),
            c("imei_устройства", N, "VARCHAR", g.col(lambda: v.imei(g), 0.3), "decoy", CHECK),
            c(
                "модель_устройства",
                N,
                "VARCHAR",
                g.col(g.pick(["iPhone 13", "Redmi Note 12", "Samsung Galaxy A54", "HONOR X8", "POCO X6"])),
                "decoy",
                PRODUCT,
            ),
            c("версия_клиента", N, "VARCHAR", g.col(g.version), "decoy", SHAPE),
            c("город_по_ip", "city", "VARCHAR", g.col(g.pick(v.RU_TOWNS[:3] + ["Казань"] * 5 + v.RU_TOWNS[3:]), 0.1)),
            c(
                "оператор_связи",
                N,
                "VARCHAR",
                g.col(g.pick(["МТС", "Билайн", "МегаФон", "Tele2", "Таттелеком"])),
                "decoy",
            ),
            c("удалено", N, "BOOLEAN", g.yn(True, False, 0.04), "decoy"),
            c("переслано", N, "BOOLEAN", g.yn(True, False, 0.12), "decoy"),
            c("инн_оператора", N, "VARCHAR", g.col(g.pick(operator_inn)), "business", CHECK),
        ],
    )


def es_eventos_asistentes(g: Gen) -> Table:
    """A Madrid online-event platform's attendees (Spanish, snake case): attendee and event ids, the event's title
    and organiser (a company: ``none``), first name and two surnames, e-mail, phone, company and position,
    country and province (``none``), town and postal code, the invoice's NIF (a DNI or NIE of a person who asked
    for an invoice, mostly NULL), the organiser's CIF (check digit: ``none``), the refund IBAN (mostly NULL), the
    ticket and price, the personal join link (``none``), the connection IP and browser, minutes connected, chat
    questions (``free_text``), rating and consent, the speaker (few), ``campo_extra_1`` (how they heard: ``none``)
    and ``campo_extra_2`` (the name to print on the certificate: ``person_name``)."""
    pairs = [(v.given(g, "es"), v.es_surnames(g)) for _ in range(g.rows)]
    towns = [g.rnd.choice(v.ES_TOWNS) for _ in range(g.rows)]
    events = [
        ("Webinar: IA para pymes", "Lumbre Digital SL"),
        ("Taller online de fotografía móvil", "Fotolab Studio"),
        ("Congreso virtual de enfermería comunitaria", "Asociación Cuidar+"),
        ("Masterclass: finanzas personales", "Cuentas Claras Formación SL"),
    ]
    event = [g.rnd.randrange(len(events)) for _ in range(g.rows)]
    speakers = _staff(g, 5, lambda x: f"{v.given(x, 'es')} {x.rnd.choice(v.ES[2])}")
    cifs = [v.es_cif(g) for _ in events]
    invoice = g.rnd.choices(["none", "person", "company"], [64, 24, 12], k=g.rows)

    def question() -> str:
        return g.rnd.choice(
            [
                "¿Se podrá ver la grabación después?",
                (f"Saludos desde {g.rnd.choice(v.ES_TOWNS)[0]}, soy compañera de {v.given(g, 'es')}"),
                "¿Dónde descargo las diapositivas?",
                f"Pregunta para {g.rnd.choice(speakers)}: ¿qué herramienta recomiendas?",
                f"Mi correo por si acaso: {v.email(g, 'es')}",
            ]
        )

    def nif(kind: str) -> str | None:
        if kind != "person":
            return None
        return v.es_dni(g) if g.rnd.random() < 0.85 else v.es_nie(g)

    return Table(
        "eventos_online.asistentes",
        "es",
        "snake",
        [
            c("id_asistente", N, "BIGINT", g.keys(45_001), "decoy", KEY),
            c("id_evento", N, "INTEGER", [300 + e for e in event], "decoy", KEY),
            c("titulo_evento", N, "VARCHAR", [events[e][0] for e in event], "decoy"),
            c("organizador", N, "VARCHAR", [events[e][1] for e in event], "business"),
            c("nombre", "first_name", "VARCHAR", [a for a, _ in pairs]),
            c("apellidos", "last_name", "VARCHAR", [b for _, b in pairs]),
            c("email", "email", "VARCHAR", [v.email_of(g, a, b.split()[0], v.DOMAINS["es"]) for a, b in pairs]),
            c("telefono", "phone", "VARCHAR", g.phones("ES", {"national": 0.6, "intl": 0.3, "e164": 0.1}, 0.85, 0.3)),
            c(
                "empresa",
                N,
                "VARCHAR",
                g.col(g.pick(["Mercadona", "Indra", "Hospital La Paz", "Autónomo", ("Ayuntamiento de Bilbao")]), 0.45),
                "decoy",
            ),
            c(
                "cargo",
                N,
                "VARCHAR",
                g.col(g.pick(["Enfermera", "Responsable de marketing", "Autónomo", "Estudiante"]), 0.4),
                "decoy",
            ),
            c("pais", N, "VARCHAR", g.col(g.pick(["España"] * 8 + ["México", "Argentina"])), "decoy"),
            c(
                "provincia",
                N,
                "VARCHAR",
                g.col(g.pick(["Madrid", "Valencia", "Sevilla", "Bizkaia", "Zaragoza"]), 0.3),
                "decoy",
            ),
            c("localidad", "city", "VARCHAR", [t[0] if g.rnd.random() < 0.7 else None for t in towns]),
            c(
                "codigo_postal",
                "postal_code",
                "VARCHAR",
                [v.es_postcode(g, t[1]) if g.rnd.random() < 0.6 else None for t in towns],
            ),
            c("nif_factura", "national_id", "VARCHAR", [nif(k) for k in invoice], HEAVY),
            c("cif_organizador", N, "VARCHAR", [cifs[e] for e in event], "business", CHECK),
            c("iban_reembolso", "iban", "VARCHAR", g.col(lambda: v.iban(g, "ES", g.rnd.random() < 0.5), 0.9), HEAVY),
            c("tipo_entrada", N, "VARCHAR", g.col(g.pick(["gratuita", "general", "general", "VIP"])), "decoy"),
            c("precio", N, "DECIMAL(7,2)", g.col(g.pick([0.0, 15.0, 29.0, 49.0])), "decoy"),
            c(
                "enlace_acceso",
                N,
                "VARCHAR",
                g.col(lambda: f"https://live.eventosonline.es/j/{v.token(g, '', 22)}"),
                "decoy",
                CREDENTIAL,
            ),
            c("ip_conexion", "ip_address", "VARCHAR", g.col(lambda: g.ip(0.3), 0.25)),
            c("navegador", N, "VARCHAR", g.col(g.pick(v.USER_AGENTS), 0.25), "decoy", AGENT),
            c("minutos_conectado", N, "INTEGER", g.ints(0, 180, 0.25), "decoy"),
            c("preguntas_chat", "free_text", "VARCHAR", g.col(question, 0.78), HEAVY),
            c("valoracion", N, "INTEGER", g.ints(1, 5, 0.5), "decoy"),
            c("acepta_comunicaciones", N, "BOOLEAN", g.yn(True, False, 0.45), "decoy"),
            c("fecha_registro", N, "TIMESTAMP", g.moments("2025-09-01", "2025-11-30"), "decoy"),
            c("ponente", "person_name", "VARCHAR", g.col(g.pick(speakers)), STAFF, ROLE),
            c(
                "campo_extra_1",
                N,
                "VARCHAR",
                g.col(g.pick(["LinkedIn", "Newsletter", "Un amigo", "Instagram"]), 0.3),
                "decoy",
                OPAQUE,
            ),
            c(
                "campo_extra_2",
                "person_name",
                "VARCHAR",
                [f"{a} {b}" if g.rnd.random() < 0.4 else None for a, b in pairs],
                OPAQUE,
                HEAVY,
            ),
        ],
    )


BUILDERS: list[tuple[Callable[[Gen], Table], int]] = [
    (heartline_matches, 420),
    (ridgeline_posts, 450),
    (chatwire_contacts, 480),
    (orbit_friendships, 400),
    (fanvault_payouts, 300),
    (askhub_modlog, 380),
    (frostbyte_reports, 450),
    (lumenshare_uploads, 400),
    (inkwell_subscribers, 450),
    (vizinhanca_moradores, 350),
    (jp_matching_profiles, 380),
    (kr_community_members, 400),
    (de_instanz_konten, 350),
    (ru_messenger_metadata, 450),
    (es_eventos_asistentes, 400),
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
