"""Held-out set v45 for the column classifier: 15 tables of *associations, communities and memberships*, one system
per table, in domains v24 to v43 did not use: a US college's alumni association (camel case), a genealogy program's
GEDCOM export flattened to one row per individual (GEDCOM tags, SCREAMING case), a Russian-speaking model-railway
forum's phpBB ``users`` (English phpBB names, Cyrillic custom profile fields), a Swedish church choir's members, a
Polish parish's baptism register (parents and godparents), an East Frisian volunteer fire brigade (Pascal case), a
Walloon-Flemish basketball federation's licensed players (French and Dutch columns), a Moravian chess club's rated
players (FIDE ids), an Aarhus housing co-operative, a Basque scout group's children and guardians, a Minho food bank's
recipients, a Lombard union's dues ledger (SCREAMING case), a Gaziantep hometown association (Pascal case), a Patras
neighbourhood WhatsApp group's chat export (Greek-script column names) and a Japanese crowdfunding campaign's backers
(romanized and kanji column names). About 29% of the columns have English names; the rest are in fourteen other
languages and scripts.

Written **blind**, like v2 to v43: by someone who has read neither the classifier (``governance_dagster/detect/``) nor
its rules, documentation, tests, changelog or notes, only the list of kind names (``governance_dagster/kinds.py``), how
the scorer registers a set (``heldout_v2_accuracy.py``, read, never run), the *structure* and labeling conventions of
v27 (``heldout_v27.py``, ``heldout_v27_values.py``, its test, ``tests/heldout_support.py``), the module docstrings of
v24 to v43 (to avoid their domains and follow their labeling conventions) and the ``Column``/``Table`` classes and
writer they build on. The classifier was not run on this set while it was written, no scorer was run on it, and no
score of any set was looked at: nothing here was adjusted to what the classifier does. It was written under a short
deadline (40 minutes, the tests and lint included), so some labels below are quick decisions rather than settled
conventions. It imports no earlier set's value module: its random source, name lists (English, Swedish, Polish,
German, Walloon and Flemish, Czech, Danish, Spanish, Portuguese, Italian, Turkish, Greek, Russian and Japanese),
streets, cities, postal codes and identifier builders are its own (:mod:`benchmarks.classification.heldout_v45_values`;
the generic ``Gen`` helpers were copied from v27's).

What is new against v2 to v43:

* the people of associations: members, their relatives under role words (tag ``role_word``: spouses, a GEDCOM
  individual's father, mother and spouse, a baptised child's father, mother, mother's family name at birth, godfather
  and godmother, a minor player's parent, a scout's first and second guardian), and officers and staff in columns
  with few distinct values (tag ``staff``: a chapter lead, a choir director, the priest written ``ks. ...``, the fire
  chief, coaches, a chess trainer, the co-operative's chair, scout leaders, a social worker, shop stewards, the
  association's chair);
* a genealogy export: ``NAME`` as GEDCOM writes it (``Given /Surname/``), ``GIVN``, ``SURN``, GEDCOM dates
  (``12 MAR 1890``, ``MAR 1890``, ``ABT 1890``), birth and death places, family and source xrefs (``@F12@``), a UID;
* a chat export: the sender's display name, the sender's number in E.164 without ``+`` (tag ``e164_no_plus``), the
  message, the media file name, a message hash and the app version;
* decoys of associations (tag ``decoy``; ``value_shape`` when shaped like an identifier): membership and card numbers,
  a federation's licence numbers (tag ``licence_number``), FIDE ids, ratings, titles, hymn numbers, event and
  tournament names, dues and fees, the association's own IBAN (tag ``business``), GUIDs, SHA-1 and MD5 strings, post
  ids, a phpBB client version and WhatsApp's app version, Unix timestamps, enum statuses, voice parts and ranks;
* identifiers with check digits (python-stdnum), encoding the row's birth date where the number does: PESEL, the
  Belgian national number, the Czech rodné číslo, the Danish CPR number, the Italian codice fiscale, the Spanish DNI,
  the Portuguese NIF and the Turkish T.C. kimlik no (``national_id``); Danish and Italian IBANs of members (``iban``);
  phones of thirteen countries (phonenumbers) in national, international and E.164 forms, with and without ``+``;
  IPv4 and IPv6 addresses of forum users;
* dates of birth as ``DATE``, as text (``dd.mm.yyyy``, ``d.m.yyyy``, ``dd/mm/yyyy``, ISO, ``yyyy/mm/dd``, GEDCOM,
  phpBB's `` 4- 7-1985``; tag ``dob_text``) and as ``yyyymmdd`` integers (tag ``dob_int``);
* misleading names (``Feld3`` a phone, ``misc_1`` a co-owner's name, ``attr_x`` a spouse's name, ``EXTRA1`` a PEC
  e-mail address) and opaque ones (``F08`` a phone, ``c17`` a quoted sender's number).

Labeling choices a reader may question:

* a **date of death** (``DEAT_DATE``) is ``none`` (tag ``date_of_death``), as in v31 and v39; the dead keep their
  labels (a GEDCOM ancestor's name is ``person_name``, the birth date ``date_of_birth``), and a **place of death**
  (``DEAT_PLAC``), like a birthplace, is ``city``; a baptism date is ``none``;
* a sports federation's **licence number** (``numeroLicence``) is ``none`` (tag ``licence_number``): it is issued by
  a private association to a member, like a membership or card number, not by a state (v40's driving licences are
  state documents: ``national_id``); a FIDE id is ``none`` (tag ``value_shape``) for the same reason: a public
  rating-list number of a player in a game, like v36's NPI;
* a chat **display name** (``αποστολέας``, the name the exporting phone saved a neighbour under; some first names
  only) is ``person_name`` (tag ``display_name``), like v27's WordPress ``display_name``; a forum ``username`` and its
  ``username_clean`` and a crowdfunding ``nickname`` are ``unclassified`` (tag ``username``), as in v27;
* a GEDCOM ``NAME`` in ``Given /Surname/`` form is ``person_name``; Spanish double surnames (``apellidos``) are
  ``last_name``; the mother's family name at birth (``matka_z_domu``) and a maiden name are ``last_name``;
* the forum's ``user_from`` (a town typed by the user) is ``city``; a GEDCOM birthplace and a hometown of origin
  (``Memleket``) are ``city``; a prefecture, a Turkish region, an Italian province and a US state are ``none``;
* allergies of a scout (``alergias``: health notes naming no one) are ``none``; remarks and messages naming people
  are ``free_text`` even where most rows are NULL or canned;
* a password hash, a phpBB form salt and a payment token are ``none`` (tag ``credential``); a card's last four
  digits are ``none`` (tag ``partial``); sex, titles, voice parts and ranks are ``none``.

``null_heavy`` means 50-90% NULL. Every value is generated here from :data:`SEED` (one ``random.Random`` per table,
named after its builder) with python-stdnum for check digits, phonenumbers for phone validity and formats, and the
lists of :mod:`benchmarks.classification.heldout_v45_values`, written for v45 (no Faker, no list of real people).
Build: ``python -m benchmarks.classification.heldout_v45 [PATH]`` (default ``/tmp/heldout_v45.duckdb``). Score:
``python -m benchmarks.classification.heldout_v2_accuracy --set v45``.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from datetime import date
from pathlib import Path

from benchmarks.classification import heldout_v4
from benchmarks.classification import heldout_v45_values as v
from benchmarks.classification.heldout_v2 import Column, Table
from benchmarks.classification.heldout_v45_values import NULLISH, SEED, USERNAME, Gen, N, c

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

DEFAULT_PATH = Path("/tmp/heldout_v45.duckdb")

HEAVY = "null_heavy"  # 50-90% NULL
SHAPE = "value_shape"
MISLEADING = "misleading"
OPAQUE = "opaque"
STAFF = "staff"  # staff and officers named in a column with few distinct values
ROLE = "role_word"  # relatives, godparents, guardians, spouses under role words
ABBREV = "abbrev"
USER = "username"
KEY = "join_key"
PARTIAL = "partial"
CREDENTIAL = "credential"
DISPLAY = "display_name"  # a chat or profile display name (person_name: the names people are saved under)
DOB_TEXT = "dob_text"  # a date of birth written as text
DOB_INT = "dob_int"  # a date of birth as a yyyymmdd integer
DEATH = "date_of_death"  # a date of death (none)
LICENCE = "licence_number"  # a sports federation's licence number (none)
E164_BARE = "e164_no_plus"  # phones in E.164 without the leading '+' (WhatsApp exports)


def _cut(g: Gen, values: list, null: float) -> list:
    return [None if g.rnd.random() < null else x for x in values]


def _dmy(d: date, sep: str = ".") -> str:
    return f"{d.day:02d}{sep}{d.month:02d}{sep}{d.year}"


def _ymd_int(d: date) -> int:
    return d.year * 10_000 + d.month * 100 + d.day


def _places(g: Gen, lang: str) -> list[tuple[str, str]]:
    out = []
    for _ in range(g.rows):
        town, lead = v.city(g, lang)
        out.append((town, v.postcode(g, lang, lead)))
    return out


# -- English -----------------------------------------------------------------------------------------------------------


def alumni_members(g: Gen) -> Table:
    """A US college's alumni association (camel case): member id and membership number (``none``), first, last and
    maiden name (mostly NULL), e-mail, mobile, home address, ZIP and city, state (``none``), class year, degree,
    employer and job title (``none``), dues, last gift date, birth date (``DATE``), the chapter lead (staff), the
    spouse (mostly NULL, role word) and notes naming people."""
    pairs = [v.person(g, "en") for _ in range(g.rows)]
    places = _places(g, "en")
    leads = v.staff(g, "en", 5)

    def note() -> str | None:
        return g.rnd.choice([None, None, f"Classmate of {v.whole(g, 'en')}, wants reunion updates",
                             "Prefers mail, no calls", f"Widow of {v.whole(g, 'en')} ('71)",
                             "Volunteers at homecoming", f"Referred by {v.given(g, 'en')} from the Knoxville chapter"])

    return Table("alumni.memberRecords", "en", "camel", [
        c("memberId", N, "BIGINT", g.keys(200_001), "decoy", KEY),
        c("membershipNo", N, "VARCHAR", g.col(lambda: g.code("AA-20999-99999")), "decoy", SHAPE),
        c("firstName", "first_name", "VARCHAR", [a for a, _ in pairs]),
        c("lastName", "last_name", "VARCHAR", [b for _, b in pairs]),
        c("maidenName", "last_name", "VARCHAR", g.col(lambda: v.family(g, "en"), 0.75), HEAVY),
        c("preferredEmail", "email", "VARCHAR", [v.email_of(g, a, b, v.DOMAINS["en"]) for a, b in pairs]),
        c("mobilePhone", "phone", "VARCHAR", g.phones("US", {"national": 0.5, "dashes": 0.3, "e164": 0.2}, 1.0, 0.2)),
        c("homeStreet", "street_address", "VARCHAR", g.col(lambda: v.street(g, "en"))),
        c("homeCity", "city", "VARCHAR", [p[0] for p in places]),
        c("homeZip", "postal_code", "VARCHAR", [p[1] for p in places]),
        c("homeState", N, "VARCHAR", g.col(g.pick(["TN", "NC", "VA", "KY", "WV", "SC"])), "decoy"),
        c("classYear", N, "INTEGER", g.ints(1958, 2024), "decoy"),
        c("degree", N, "VARCHAR", g.col(g.pick(["BA", "BS", "MBA", "MEd", "BSN", "MFA"])), "decoy"),
        c("employer", N, "VARCHAR", g.col(g.pick(["Tennessee Valley Authority", "Eastman Chemical", "Self-employed",
                                                   "Mission Health", "Retired"]), 0.3), "business"),
        c("birthDate", "date_of_birth", "DATE", g.births(1936, 2002)),
        c("duesPaidUsd", N, "DOUBLE", g.col(g.pick([35.0, 50.0, 75.0, 0.0])), "decoy"),
        c("lastGiftDate", N, "DATE", g.days("2019-01-01", "2025-11-30", 0.4), "decoy"),
        c("eventsAttended", N, "INTEGER", g.ints(0, 30), "decoy"),
        c("lastEventName", N, "VARCHAR", g.col(g.pick(["Homecoming 2025", "Spring Gala", "Class of '85 Reunion",
                                                        "Career Night"]), 0.2), "decoy"),
        c("memberStatus", N, "VARCHAR", g.col(g.pick(["active", "lapsed", "life", "deceased"])), "decoy"),
        c("mailOptIn", N, "BOOLEAN", g.yn(True, False, 0.7), "decoy"),
        c("recordUpdatedAt", N, "TIMESTAMP", g.moments("2022-01-01", "2025-11-30"), "decoy"),
        c("chapterLead", "person_name", "VARCHAR", g.col(g.pick(leads)), STAFF),
        c("spouseName", "person_name", "VARCHAR", g.col(lambda: v.whole(g, "en"), 0.6), ROLE, HEAVY),
        c("notes", "free_text", "VARCHAR", [note() for _ in range(g.rows)]),
    ])


def gedcom_individuals(g: Gen) -> Table:
    """A genealogy program's GEDCOM export flattened to one row per ``INDI`` record (SCREAMING case, GEDCOM tags):
    the record's xref and UID (``none``), ``NAME`` as GEDCOM writes it (``Given /Surname/``), ``GIVN`` and ``SURN``,
    sex, birth date (GEDCOM text, ``12 MAR 1890``, ``ABT 1890``) and place (a town: ``city``), death date (``none``)
    and place (``city``, mostly NULL), the family xref, the spouse's, father's and mother's names (role words), the
    occupation, a note naming people and the change date."""
    langs = ["en", "sv", "de", "pl"]
    rows = []
    for _ in range(g.rows):
        lang = g.rnd.choice(langs)
        female = g.rnd.random() < 0.5
        a, b = v.person(g, lang, female)
        born = g.birth(1790, 1995)
        rows.append((lang, a, b, born, female))

    def died(born: date) -> str | None:
        if born.year > 1940 and g.rnd.random() < 0.7:
            return None
        return v.ged_date(g, date(min(born.year + g.rnd.randint(1, 95), 2024), g.rnd.randint(1, 12),
                                  g.rnd.randint(1, 28)))

    deaths = [died(r[3]) for r in rows]

    def note(r: tuple) -> str | None:
        if g.rnd.random() < 0.55:
            return None
        return g.rnd.choice([f"Emigrated with brother {v.given(g, r[0])} in {r[3].year + 20}",
                             "Source: parish register, page 114", f"Info from cousin {v.whole(g, 'en')}",
                             f"Godparents: {v.whole(g, r[0])} and {v.whole(g, r[0])}", "Census 1900 lists as farmer"])

    return Table("GEDCOM.INDI", "en", "screaming", [
        c("XREF", N, "VARCHAR", [f"@I{i}@" for i in g.keys(1)], "decoy", KEY, SHAPE),
        c("NAME", "person_name", "VARCHAR", [f"{r[1]} /{r[2]}/" for r in rows]),
        c("GIVN", "first_name", "VARCHAR", [r[1] for r in rows], ABBREV),
        c("SURN", "last_name", "VARCHAR", [r[2] for r in rows], ABBREV),
        c("SEX", N, "VARCHAR", ["F" if r[4] else "M" for r in rows], "decoy"),
        c("BIRT_DATE", "date_of_birth", "VARCHAR", [v.ged_date(g, r[3]) for r in rows], DOB_TEXT),
        c("BIRT_PLAC", "city", "VARCHAR", [v.city(g, r[0])[0] if g.rnd.random() < 0.9 else None for r in rows]),
        c("DEAT_DATE", N, "VARCHAR", deaths, "decoy", DEATH),
        c("DEAT_PLAC", "city", "VARCHAR", [v.city(g, r[0])[0] if d and g.rnd.random() < 0.6 else None
                                           for r, d in zip(rows, deaths, strict=True)], HEAVY),
        c("FAMS", N, "VARCHAR", g.col(lambda: f"@F{g.rnd.randint(1, 400)}@", 0.3), "decoy", KEY, SHAPE),
        c("SPOUSE_NAME", "person_name", "VARCHAR", [v.whole(g, r[0]) if g.rnd.random() < 0.6 else None for r in rows],
          ROLE),
        c("FATHER_NAME", "person_name", "VARCHAR", [f"{v.given(g, r[0])} {r[2]}" if g.rnd.random() < 0.7 else None
                                                    for r in rows], ROLE),
        c("MOTHER_NAME", "person_name", "VARCHAR", [v.whole(g, r[0]) if g.rnd.random() < 0.65 else None for r in rows],
          ROLE),
        c("OCCU", N, "VARCHAR", g.col(g.pick(["Farmer", "Blacksmith", "Seamstress", "Miner", "Teacher", "Sailor"]),
                                      0.4), "decoy", ABBREV),
        c("NOTE", "free_text", "VARCHAR", [note(r) for r in rows]),
        c("BAPM_DATE", N, "VARCHAR", [v.ged_date(g, r[3]) if g.rnd.random() < 0.4 else None for r in rows], "decoy"),
        c("RELI", N, "VARCHAR", g.col(g.pick(["Lutheran", "Catholic", "Methodist"]), 0.6), "decoy", ABBREV),
        c("SOUR", N, "VARCHAR", g.col(lambda: f"@S{g.rnd.randint(1, 90)}@", 0.3), "decoy", KEY, SHAPE),
        c("RIN", N, "INTEGER", g.keys(1), "decoy", ABBREV),
        c("CHAN_DATE", N, "TIMESTAMP", g.moments("2012-01-01", "2025-10-31"), "decoy"),
        c("_UID", N, "VARCHAR", g.col(lambda: g.uuid().upper().replace("-", "")), "decoy", SHAPE),
    ])


def forum_users(g: Gen) -> Table:
    """A Russian-speaking model-railway forum's phpBB ``users`` table (snake case, phpBB's own English names plus
    custom profile fields named in Russian): user id, ``username`` and ``username_clean`` (``unclassified``), password
    hash and form salt (``credential``), e-mail, registration IP, registration time as a Unix integer, phpBB's birthday
    text (`` 4- 7-1985``), post count and last post id, the client version, the custom first name, town, phone
    (mostly NULL) and an "about me" text naming people."""
    pairs = [v.person(g, "ru") for _ in range(g.rows)]
    names = []
    for a, b in pairs:
        names.append(v.handle(g, a, b))
    births = g.births(1950, 2008)

    def about() -> str | None:
        return g.rnd.choice([None, None, "Собираю модели в масштабе H0 с 1998 года",
                             f"Клуб веду вместе с {v.whole(g, 'ru')}", f"Мой сын {v.given(g, 'ru')} тоже на форуме",
                             "Интересует только ТТ и N"])

    return Table("forum.phpbb_users", "en", "snake", [
        c("user_id", N, "INTEGER", g.keys(2), "decoy", KEY),
        c("username", USERNAME, "VARCHAR", names, USER),
        c("username_clean", USERNAME, "VARCHAR", [x.lower() for x in names], USER),
        c("user_password", N, "VARCHAR", g.col(lambda: v.bcrypt_hash(g)), "decoy", CREDENTIAL),
        c("user_form_salt", N, "VARCHAR", g.col(lambda: g.digits(16, "0123456789abcdefghijklmnopqrstuvwxyz")),
          "decoy", CREDENTIAL),
        c("user_email", "email", "VARCHAR", [v.email_of(g, a, b, v.DOMAINS["ru"]) for a, b in pairs]),
        c("user_ip", "ip_address", "VARCHAR", g.col(lambda: g.ip(0.2))),
        c("user_regdate", N, "BIGINT", g.ints(1_230_000_000, 1_760_000_000), "decoy"),
        c("user_birthday", "date_of_birth", "VARCHAR", [f"{d.day:2d}-{d.month:2d}-{d.year}" if g.rnd.random() < 0.8
                                                        else "" for d in births], DOB_TEXT),
        c("user_posts", N, "INTEGER", g.ints(0, 9_000), "decoy"),
        c("user_lastpost_id", N, "BIGINT", g.ints(10_000, 987_000), "decoy", SHAPE),
        c("user_client_version", N, "VARCHAR", g.col(lambda: f"3.{g.rnd.randint(1, 3)}.{g.rnd.randint(0, 14)}"),
          "decoy", SHAPE),
        c("user_lastvisit", N, "BIGINT", g.ints(1_600_000_000, 1_764_000_000), "decoy"),
        c("user_lang", N, "VARCHAR", g.col(g.pick(["ru", "ru", "uk", "en"])), "decoy"),
        c("user_timezone", N, "VARCHAR", g.col(g.pick(["Europe/Moscow", "Asia/Yekaterinburg", "Europe/Samara"])),
          "decoy"),
        c("user_style", N, "INTEGER", g.ints(1, 3), "decoy"),
        c("user_rank", N, "INTEGER", g.ints(0, 6), "decoy"),
        c("user_from", "city", "VARCHAR", g.col(lambda: v.city(g, "ru")[0], 0.4)),
        c("user_avatar", N, "VARCHAR", g.col(lambda: f"{g.md5()}_{g.rnd.randint(1_000, 9_999)}.jpg", 0.4), "decoy",
          SHAPE),
        c("user_new_privmsg", N, "INTEGER", g.ints(0, 4), "decoy"),
        c("user_allow_pm", N, "BOOLEAN", g.yn(True, False, 0.9), "decoy"),
        c("user_inactive_reason", N, "INTEGER", g.ints(0, 3), "decoy"),
        c("имя", "first_name", "VARCHAR", [a if g.rnd.random() < 0.8 else None for a, _ in pairs], "lang:ru"),
        c("город", "city", "VARCHAR", g.col(lambda: v.city(g, "ru")[0], 0.25), "lang:ru"),
        c("телефон", "phone", "VARCHAR", g.phones("RU", {"intl": 0.5, "e164": 0.3, "national": 0.2}, 1.0, 0.7),
          "lang:ru", HEAVY),
        c("о_себе", "free_text", "VARCHAR", [about() for _ in range(g.rows)], "lang:ru"),
    ])


# -- Swedish, Polish, German, French/Dutch, Czech ----------------------------------------------------------------------


def kor_medlemmar(g: Gen) -> Table:
    """A Swedish church choir's members (Swedish, snake case): member id and number, first and family name, birth date
    as a ``yyyymmdd`` integer, voice part, phone, e-mail, address, postcode and town, the yearly fee, the choir
    director (staff), the hymn number of the next rehearsal piece and the concert (``none``), a note naming people."""
    pairs = [v.person(g, "sv") for _ in range(g.rows)]
    places = _places(g, "sv")
    directors = v.staff(g, "sv", 3)

    def note() -> str | None:
        return g.rnd.choice([None, None, None, f"Samåker med {v.whole(g, 'sv')}", "Tjänstledig hösten",
                             f"Syster till {v.given(g, 'sv')} i altstämman", "Vill sjunga solo i Luciakonserten"])

    return Table("kor.medlemmar", "sv", "snake", [
        c("medlem_id", N, "INTEGER", g.keys(1), "decoy", KEY),
        c("medlemsnr", N, "VARCHAR", g.col(lambda: g.code("K-9999")), "decoy", SHAPE, ABBREV),
        c("fornamn", "first_name", "VARCHAR", [a for a, _ in pairs]),
        c("efternamn", "last_name", "VARCHAR", [b for _, b in pairs]),
        c("fodd", "date_of_birth", "INTEGER", [_ymd_int(d) for d in g.births(1940, 2008)], DOB_INT, ABBREV),
        c("stamma", N, "VARCHAR", g.col(g.pick(["S1", "S2", "A1", "A2", "T", "B1", "B2"])), "decoy"),
        c("mobil", "phone", "VARCHAR", g.phones("SE", {"national": 0.6, "intl": 0.2, "e164": 0.2}, 0.9, 0.05)),
        c("epost", "email", "VARCHAR", [v.email_of(g, a, b, v.DOMAINS["sv"]) for a, b in pairs]),
        c("gatuadress", "street_address", "VARCHAR", g.col(lambda: v.street(g, "sv"), 0.1)),
        c("postnr", "postal_code", "VARCHAR", [p[1] for p in places], ABBREV),
        c("ort", "city", "VARCHAR", [p[0] for p in places]),
        c("arsavgift_kr", N, "INTEGER", g.col(g.pick([300, 450, 600])), "decoy"),
        c("korledare", "person_name", "VARCHAR", g.col(g.pick(directors)), STAFF),
        c("psalm_nr", N, "INTEGER", g.ints(1, 800), "decoy", SHAPE),
        c("konsert", N, "VARCHAR", g.col(g.pick(["Luciakonsert 2025", "Vårkonsert", "Mässa i G-dur",
                                                  "Julsånger i domkyrkan"])), "decoy"),
        c("anteckning", "free_text", "VARCHAR", [note() for _ in range(g.rows)]),
    ])


def parafia_chrzty(g: Gen) -> Table:
    """A Polish parish's baptism register (Polish, snake case): the entry number and year, the child's first name and
    surname, birth date (``DATE``) and place (``city``), PESEL (encoding the birth date), baptism date (``none``), the
    father, the mother and her family name at birth, the godfather and godmother (role words), the priest (staff,
    ``ks. ...``), the parents' address and marginal notes (confirmation, marriage: naming people)."""
    rows = []
    for _ in range(g.rows):
        female = g.rnd.random() < 0.5
        a, b = v.person(g, "pl", female)
        born = g.birth(1985, 2025)
        rows.append((a, b, born, female))
    priests = [f"ks. {x}" for x in v.staff(g, "pl", 4)]

    def margin() -> str | None:
        return g.rnd.choice([None, None, None, None, "Bierzmowanie 2019, par. św. Jana",
                             f"Ślub z {v.whole(g, 'pl')} dnia 14.06.2014", "Odpis wydano do Kurii"])

    return Table("parafia.ksiega_chrztow", "pl", "snake", [
        c("nr_aktu", N, "VARCHAR", [f"{i}/{r[2].year}" for i, r in zip(g.keys(1), rows, strict=True)], "decoy", SHAPE),
        c("rok", N, "INTEGER", [r[2].year for r in rows], "decoy"),
        c("imie", "first_name", "VARCHAR", [r[0] for r in rows]),
        c("nazwisko", "last_name", "VARCHAR", [r[1] for r in rows]),
        c("data_urodzenia", "date_of_birth", "DATE", [r[2] for r in rows]),
        c("miejsce_urodzenia", "city", "VARCHAR", g.col(lambda: v.city(g, "pl")[0])),
        c("pesel", "national_id", "VARCHAR", [v.pesel(g, r[2], r[3]) if g.rnd.random() < 0.7 else None for r in rows]),
        c("data_chrztu", N, "DATE", g.days("1985-06-01", "2025-11-30"), "decoy"),
        c("ojciec", "person_name", "VARCHAR", [f"{v.given(g, 'pl')} {r[1]}" if g.rnd.random() < 0.93 else None
                                               for r in rows], ROLE),
        c("matka", "person_name", "VARCHAR", [f"{v.person(g, 'pl', True)[0]} {r[1]}" for r in rows], ROLE),
        c("matka_z_domu", "last_name", "VARCHAR", [v.person(g, "pl", True)[1] for _ in rows], ROLE),
        c("chrzestny", "person_name", "VARCHAR", g.col(lambda: " ".join(v.person(g, "pl", False)), 0.05), ROLE),
        c("chrzestna", "person_name", "VARCHAR", g.col(lambda: " ".join(v.person(g, "pl", True)), 0.05), ROLE),
        c("szafarz", "person_name", "VARCHAR", g.col(g.pick(priests)), STAFF),
        c("adres_rodzicow", "street_address", "VARCHAR", g.col(lambda: v.street(g, "pl"), 0.15)),
        c("uwagi", "free_text", "VARCHAR", [margin() for _ in range(g.rows)], HEAVY),
    ])


def feuerwehr_mitglieder(g: Gen) -> Table:
    """An East Frisian volunteer fire brigade's members (German, Pascal case): member number, first and family name,
    birth date as ``dd.mm.yyyy`` text and birthplace, address, PLZ and town, phone, e-mail, rank and function, the
    chief (``Ortsbrandmeister``, staff), the respiratory-protection fitness date, hours of service, ``Feld3`` (the
    emergency contact's phone: misleading), the brigade's own IBAN (``none``) and a remark naming people."""
    pairs = [v.person(g, "de") for _ in range(g.rows)]
    places = _places(g, "de")
    chiefs = v.staff(g, "de", 2)
    brigade_iban = v.iban(g, "DE")

    def remark() -> str | None:
        return g.rnd.choice([None, None, "Jugendfeuerwehr bis 2019", f"Bruder von {v.whole(g, 'de')}",
                             "G26.3 abgelaufen, Termin beim Betriebsarzt", f"Fährt mit {v.given(g, 'de')} zum Einsatz"])

    return Table("feuerwehr.Mitglieder", "de", "pascal", [
        c("MitgliedNr", N, "INTEGER", g.keys(3_001), "decoy", KEY, ABBREV),
        c("Vorname", "first_name", "VARCHAR", [a for a, _ in pairs]),
        c("Nachname", "last_name", "VARCHAR", [b for _, b in pairs]),
        c("Geburtsdatum", "date_of_birth", "VARCHAR", [_dmy(d) for d in g.births(1950, 2009)], DOB_TEXT),
        c("Geburtsort", "city", "VARCHAR", g.col(lambda: v.city(g, "de")[0], 0.2)),
        c("Strasse", "street_address", "VARCHAR", g.col(lambda: v.street(g, "de"))),
        c("Plz", "postal_code", "VARCHAR", [p[1] for p in places], ABBREV),
        c("Ort", "city", "VARCHAR", [p[0] for p in places]),
        c("Telefon", "phone", "VARCHAR", g.phones("DE", {"national": 0.6, "intl": 0.3, "e164": 0.1}, 0.7)),
        c("Email", "email", "VARCHAR", [v.email_of(g, a, b, v.DOMAINS["de"]) if g.rnd.random() < 0.85 else None
                                        for a, b in pairs]),
        c("Dienstgrad", N, "VARCHAR", g.col(g.pick(["FM", "OFM", "HFM", "LM", "BM", "OBM"])), "decoy"),
        c("Funktion", N, "VARCHAR", g.col(g.pick(["Atemschutz", "Maschinist", "Gruppenführer", "Sanitäter", ""])),
          "decoy"),
        c("Ortsbrandmeister", "person_name", "VARCHAR", g.col(g.pick(chiefs)), STAFF),
        c("AtemschutzG26Bis", N, "DATE", g.days("2025-01-01", "2028-12-31", 0.45), "decoy"),
        c("EinsatzStunden", N, "INTEGER", g.ints(0, 420), "decoy"),
        c("Feld3", "phone", "VARCHAR", g.phones("DE", {"national": 0.7, "e164": 0.3}, 1.0, 0.3), MISLEADING),
        c("VereinsIban", N, "VARCHAR", [brigade_iban] * g.rows, "business", SHAPE),
        c("Bemerkung", "free_text", "VARCHAR", [remark() for _ in range(g.rows)]),
    ])


def federation_licencies(g: Gen) -> Table:
    """A Walloon-Flemish basketball federation's licensed players (French and Dutch column names, camel case): the
    federation's licence number (``none``, tag ``licence_number``), name, first name, birth date (``DATE``), the
    Belgian national number (encoding the birth date and sex, partly NULL), sex, club, category, address, postcode,
    town, mobile, e-mail, the coach (staff), medical certificate, and for minors a parent's name and mobile (Dutch
    columns, mostly NULL) and remarks."""
    rows = []
    for _ in range(g.rows):
        lang = g.rnd.choice(["fr", "fr", "nl"])
        female = g.rnd.random() < 0.45
        a, b = v.person(g, lang, female)
        rows.append((lang, a, b, g.birth(1960, 2018), female))
    places = _places(g, "fr")
    coaches = v.staff(g, "fr", 6)
    minor = [r[3].year >= 2008 for r in rows]

    def remark() -> str | None:
        return g.rnd.choice([None, None, "Transfert accepté", f"Vervoer samen met {v.whole(g, 'nl')}",
                             f"Frère de {v.given(g, 'fr')}, même équipe", "Dubbele licentie"])

    return Table("federation.licencies", "fr", "camel", [
        c("numeroLicence", N, "VARCHAR", g.col(lambda: g.code("AWBB-99999999")), "decoy", SHAPE, LICENCE),
        c("nom", "last_name", "VARCHAR", [r[2] for r in rows]),
        c("prenom", "first_name", "VARCHAR", [r[1] for r in rows]),
        c("dateNaissance", "date_of_birth", "DATE", [r[3] for r in rows]),
        c("numeroRegistreNational", "national_id", "VARCHAR", [v.be_nn(g, r[3], r[4]) if g.rnd.random() < 0.65
                                                               else None for r in rows]),
        c("sexe", N, "VARCHAR", ["F" if r[4] else "M" for r in rows], "decoy"),
        c("club", N, "VARCHAR", g.col(g.pick(["BC Namur-Capitale", "Royal IV Liège", "Spirou Basket Amateurs",
                                               "BBC Arlon"])), "business"),
        c("categorie", N, "VARCHAR", g.col(g.pick(["U12", "U14", "U16", "U18", "Seniors", "Vétérans"])), "decoy"),
        c("adresse", "street_address", "VARCHAR", g.col(lambda: v.street(g, "fr"))),
        c("codePostal", "postal_code", "VARCHAR", [p[1] for p in places]),
        c("localite", "city", "VARCHAR", [p[0] for p in places]),
        c("gsm", "phone", "VARCHAR", g.phones("BE", {"national": 0.6, "intl": 0.25, "e164": 0.15}, 1.0, 0.15), ABBREV),
        c("courriel", "email", "VARCHAR", [v.email_of(g, r[1], r[2], v.DOMAINS["fr"]) for r in rows]),
        c("entraineur", "person_name", "VARCHAR", g.col(g.pick(coaches)), STAFF),
        c("certificatMedicalValide", N, "BOOLEAN", g.yn(True, False, 0.85), "decoy"),
        c("naamOuder", "person_name", "VARCHAR", [v.whole(g, r[0]) if m else None for r, m in zip(rows, minor,
                                                                                                    strict=True)],
          ROLE, HEAVY, "lang:nl"),
        c("gsmOuder", "phone", "VARCHAR", [g.phone("BE", "national") if m else None for m in minor], HEAVY, "lang:nl"),
        c("opmerkingen", "free_text", "VARCHAR", [remark() for _ in range(g.rows)], "lang:nl"),
    ])


def sachy_hraci(g: Gen) -> Table:
    """A Moravian chess club's rated players (Czech, snake case, with FIDE's English field names): player id, FIDE id,
    standard and rapid ratings, title, name and surname, birth date as ``d.m.yyyy`` text, rodné číslo (mostly NULL),
    phone, e-mail, town and PSČ, the trainer (staff), the fee, the last tournament and a note naming people."""
    rows = []
    for _ in range(g.rows):
        female = g.rnd.random() < 0.25
        a, b = v.person(g, "cs", female)
        rows.append((a, b, g.birth(1955, 2016), female))
    places = _places(g, "cs")
    trainers = v.staff(g, "cs", 3)

    def note() -> str | None:
        return g.rnd.choice([None, None, None, f"Hraje za B-tým s {v.whole(g, 'cs')}", "Registrace do 30.9.",
                             f"Otec {v.given(g, 'cs')} vozí na turnaje", "Hostování z TJ Zlín"])

    return Table("sachy.hraci", "cs", "snake", [
        c("id_hrace", N, "INTEGER", g.keys(1), "decoy", KEY),
        c("fide_id", N, "BIGINT", g.ints(300_000, 399_999_999), "decoy", SHAPE, "lang:en"),
        c("rating_std", N, "INTEGER", g.ints(1_000, 2_450), "decoy", "lang:en"),
        c("rating_rapid", N, "INTEGER", g.ints(1_000, 2_450, 0.3), "decoy", "lang:en"),
        c("titul", N, "VARCHAR", g.col(g.pick(["CM", "FM", "WFM", "IM"]), 0.6), "decoy"),
        c("jmeno", "first_name", "VARCHAR", [r[0] for r in rows]),
        c("prijmeni", "last_name", "VARCHAR", [r[1] for r in rows]),
        c("datum_narozeni", "date_of_birth", "VARCHAR", [f"{r[2].day}.{r[2].month}.{r[2].year}" for r in rows],
          DOB_TEXT),
        c("rodne_cislo", "national_id", "VARCHAR", [v.rodne_cislo(g, r[2], r[3]) if g.rnd.random() < 0.35 else None
                                                    for r in rows], HEAVY),
        c("telefon", "phone", "VARCHAR", g.phones("CZ", {"national": 0.6, "intl": 0.4}, 1.0, 0.2)),
        c("email", "email", "VARCHAR", [v.email_of(g, r[0], r[1], v.DOMAINS["cs"]) for r in rows]),
        c("obec", "city", "VARCHAR", [p[0] for p in places]),
        c("psc", "postal_code", "VARCHAR", [p[1] for p in places], ABBREV),
        c("trener", "person_name", "VARCHAR", g.col(g.pick(trainers)), STAFF),
        c("prispevek_kc", N, "INTEGER", g.col(g.pick([800, 1_200, 400])), "decoy"),
        c("posledni_turnaj", N, "VARCHAR", g.col(g.pick(["Hanácký pohár 2025", "MČR mládeže", "Open Olomouc",
                                                         "Krajský přebor"])), "decoy"),
        c("poznamka", "free_text", "VARCHAR", [note() for _ in range(g.rows)]),
    ])


# -- Danish, Spanish, Portuguese, Italian, Turkish ---------------------------------------------------------------------


def andelsbolig_andelshavere(g: Gen) -> Table:
    """An Aarhus housing co-operative's members (Danish, snake case): share number and flat number (``none``), first
    and family name, CPR number (encoding the birth date), address, postcode and town, phone, e-mail, deposit and
    monthly charge, the co-operative's own account (IBAN: ``none``), the member's refund IBAN (mostly NULL), the
    chair (staff), the waiting-list date, ``misc_1`` (the co-owner's name: misleading) and a remark."""
    pairs = [v.person(g, "da") for _ in range(g.rows)]
    births = g.births(1938, 2003)
    places = _places(g, "da")
    chairs = v.staff(g, "da", 2)
    coop_iban = v.iban(g, "DK")

    def remark() -> str | None:
        return g.rnd.choice([None, None, None, "Fremleje godkendt til 2026", f"Dødsbo, kontakt {v.whole(g, 'da')}",
                             f"Bytter med {v.given(g, 'da')} i opgang C", "Altan ønsket"])

    return Table("andelsbolig.andelshavere", "da", "snake", [
        c("andel_nr", N, "INTEGER", g.keys(1), "decoy", KEY),
        c("lejl_nr", N, "VARCHAR", g.col(lambda: f"{g.rnd.randint(1, 40)}{g.rnd.choice(['', 'A', 'B'])}"), "decoy",
          ABBREV),
        c("fornavn", "first_name", "VARCHAR", [a for a, _ in pairs]),
        c("efternavn", "last_name", "VARCHAR", [b for _, b in pairs]),
        c("cpr_nr", "national_id", "VARCHAR", [v.cpr(g, d) for d in births], ABBREV),
        c("adresse", "street_address", "VARCHAR", g.col(lambda: v.street(g, "da"))),
        c("postnr", "postal_code", "VARCHAR", [p[1] for p in places], ABBREV),
        c("by", "city", "VARCHAR", [p[0] for p in places]),
        c("telefon", "phone", "VARCHAR", g.phones("DK", {"national": 0.6, "intl": 0.25, "e164": 0.15}, 0.8)),
        c("email", "email", "VARCHAR", [v.email_of(g, a, b, v.DOMAINS["da"]) for a, b in pairs]),
        c("indskud_kr", N, "INTEGER", g.ints(40_000, 350_000), "decoy"),
        c("boligafgift_md", N, "INTEGER", g.ints(3_000, 9_500), "decoy"),
        c("forening_konto", N, "VARCHAR", [coop_iban] * g.rows, "business", SHAPE),
        c("retur_iban", "iban", "VARCHAR", g.col(lambda: v.iban(g, "DK", g.rnd.random() < 0.5), 0.7), HEAVY),
        c("formand", "person_name", "VARCHAR", g.col(g.pick(chairs)), STAFF),
        c("venteliste_dato", N, "DATE", g.days("2001-01-01", "2024-12-31"), "decoy"),
        c("misc_1", "person_name", "VARCHAR", g.col(lambda: v.whole(g, "da"), 0.45), MISLEADING),
        c("bemaerkning", "free_text", "VARCHAR", [remark() for _ in range(g.rows)]),
    ])


def scouts_educandos(g: Gen) -> Table:
    """A Basque scout group's children and guardians (Spanish, camel case): child id, first name and both surnames
    (``last_name``), birth date as ``dd/mm/yyyy`` text, section, the guardian's name, DNI, phone and e-mail, a second
    guardian (mostly NULL), the home address, postcode and town, the scout leader (``monitor``: staff), allergies
    (health notes naming no one: ``none``), the fee, the photo consent and remarks naming people."""
    rows = [(v.given(g, "es"), f"{v.family(g, 'es')} {v.family(g, 'es')}", g.birth(2007, 2019))
            for _ in range(g.rows)]
    guardians = [v.person(g, "es") for _ in range(g.rows)]
    places = _places(g, "es")
    leaders = v.staff(g, "es", 7)

    def remark() -> str | None:
        return g.rnd.choice([None, None, f"Recoge los viernes su abuela {v.whole(g, 'es')}", "Beca de cuota",
                             f"Hermano de {v.given(g, 'es')} (Lobatos)", "No autoriza salidas de noche"])

    return Table("scouts.educandos", "es", "camel", [
        c("idEducando", N, "INTEGER", g.keys(501), "decoy", KEY),
        c("nombre", "first_name", "VARCHAR", [r[0] for r in rows]),
        c("apellidos", "last_name", "VARCHAR", [r[1] for r in rows]),
        c("fechaNacimiento", "date_of_birth", "VARCHAR", [_dmy(r[2], "/") for r in rows], DOB_TEXT),
        c("seccion", N, "VARCHAR", g.col(g.pick(["Kianak", "Lobatos", "Scouts", "Escultas", "Rutas"])), "decoy"),
        c("tutorNombre", "person_name", "VARCHAR", [f"{a} {b}" for a, b in guardians], ROLE),
        c("tutorDni", "national_id", "VARCHAR", g.col(lambda: v.dni(g), 0.1)),
        c("tutorTelefono", "phone", "VARCHAR", g.phones("ES", {"national": 0.7, "intl": 0.3}, 0.9)),
        c("tutorEmail", "email", "VARCHAR", [v.email_of(g, a, b, v.DOMAINS["es"]) for a, b in guardians]),
        c("segundoTutor", "person_name", "VARCHAR", g.col(lambda: v.whole(g, "es"), 0.6), ROLE, HEAVY),
        c("domicilio", "street_address", "VARCHAR", g.col(lambda: v.street(g, "es"))),
        c("codigoPostal", "postal_code", "VARCHAR", [p[1] for p in places]),
        c("municipio", "city", "VARCHAR", [p[0] for p in places]),
        c("monitor", "person_name", "VARCHAR", g.col(g.pick(leaders)), STAFF),
        c("alergias", N, "VARCHAR", g.col(g.pick(["Frutos secos", "Celíaca", "Penicilina", "Ninguna"]), 0.4), "decoy"),
        c("cuotaAnual", N, "DOUBLE", g.col(g.pick([90.0, 120.0, 60.0])), "decoy"),
        c("autorizacionImagen", N, "BOOLEAN", g.yn(True, False, 0.8), "decoy"),
        c("observaciones", "free_text", "VARCHAR", [remark() for _ in range(g.rows)]),
    ])


def banco_alimentar_beneficiarios(g: Gen) -> Table:
    """A Minho food bank's recipients (Portuguese, snake case): id and case number, full name, NIF, birth date
    (``DATE``), household size, address, postcode and town, mobile, e-mail (mostly NULL), the social worker (staff),
    income, the referring parish council (``none``), ``attr_x`` (the spouse's name: misleading), last delivery and
    remarks naming people."""
    pairs = [v.person(g, "pt") for _ in range(g.rows)]
    places = _places(g, "pt")
    workers = v.staff(g, "pt", 4)

    def remark() -> str | None:
        return g.rnd.choice([None, None, "Cabaz sem glúten", f"Levanta a vizinha {v.whole(g, 'pt')}",
                             f"Filho {v.given(g, 'pt')} com necessidades especiais", "Desempregado desde março"])

    return Table("banco_alimentar.beneficiarios", "pt", "snake", [
        c("id", N, "INTEGER", g.keys(1), "decoy", KEY),
        c("n_processo", N, "VARCHAR", g.col(lambda: g.code("BA/2099/9999")), "decoy", SHAPE, ABBREV),
        c("nome_completo", "person_name", "VARCHAR", [f"{a} {v.family(g, 'pt')} {b}" for a, b in pairs]),
        c("nif", "national_id", "VARCHAR", g.col(lambda: v.nif(g), 0.05), ABBREV),
        c("data_nasc", "date_of_birth", "DATE", g.births(1935, 2005), ABBREV),
        c("agregado", N, "INTEGER", g.ints(1, 8), "decoy"),
        c("morada", "street_address", "VARCHAR", g.col(lambda: v.street(g, "pt"))),
        c("cod_postal", "postal_code", "VARCHAR", [p[1] for p in places], ABBREV),
        c("localidade", "city", "VARCHAR", [p[0] for p in places]),
        c("telemovel", "phone", "VARCHAR", g.phones("PT", {"national": 0.7, "intl": 0.3}, 1.0, 0.1)),
        c("email", "email", "VARCHAR", [v.email_of(g, a, b, v.DOMAINS["pt"]) if g.rnd.random() < 0.3 else None
                                        for a, b in pairs], HEAVY),
        c("tecnica_responsavel", "person_name", "VARCHAR", g.col(g.pick(workers)), STAFF),
        c("rendimento_mensal", N, "DOUBLE", g.amounts(0, 900), "decoy"),
        c("entidade_encaminhadora", N, "VARCHAR", g.col(g.pick(["Junta de Freguesia de São Vicente", "Cáritas Braga",
                                                                 "Segurança Social"])), "business"),
        c("attr_x", "person_name", "VARCHAR", g.col(lambda: v.whole(g, "pt"), 0.4), MISLEADING),
        c("ultima_entrega", N, "DATE", g.days("2025-01-01", "2025-11-30"), "decoy"),
        c("observacoes", "free_text", "VARCHAR", [remark() for _ in range(g.rows)]),
    ])


def sindacato_quote(g: Gen) -> Table:
    """A Lombard union's dues ledger (Italian, SCREAMING case): member id and card number, surname and name, codice
    fiscale (encoding name, birth date and comune), birth date as a ``yyyymmdd`` integer and birthplace, address, CAP,
    comune and province, mobile, e-mail, the member's IBAN for the direct debit, the monthly due and its month, the
    union's own IBAN (``none``), the shop steward (staff) and ``EXTRA1`` (a PEC address, mostly NULL: misleading)."""
    rows = []
    for _ in range(g.rows):
        female = g.rnd.random() < 0.45
        a, b = v.person(g, "it", female)
        born = g.birth(1958, 2005)
        town = g.rnd.choice(v.CITIES["it"])[0]
        rows.append((a, b, born, town, v.codice_fiscale(a, b, born, female, town)))
    places = _places(g, "it")
    stewards = v.staff(g, "it", 5)
    union_iban = v.iban(g, "IT")
    prov = {"Brescia": "BS", "Cremona": "CR", "Mantova": "MN", "Piacenza": "PC", "Lodi": "LO", "Pavia": "PV"}

    return Table("sindacato.QUOTE_ISCRITTI", "it", "screaming", [
        c("ID_ISCRITTO", N, "INTEGER", g.keys(10_001), "decoy", KEY),
        c("NUM_TESSERA", N, "VARCHAR", g.col(lambda: g.code("LO-2025-999999")), "decoy", SHAPE),
        c("COGNOME", "last_name", "VARCHAR", [r[1] for r in rows]),
        c("NOME", "first_name", "VARCHAR", [r[0] for r in rows]),
        c("COD_FISCALE", "national_id", "VARCHAR", [r[4] for r in rows], ABBREV),
        c("DATA_NASCITA", "date_of_birth", "INTEGER", [_ymd_int(r[2]) for r in rows], DOB_INT),
        c("LUOGO_NASCITA", "city", "VARCHAR", [r[3] for r in rows]),
        c("INDIRIZZO", "street_address", "VARCHAR", g.col(lambda: v.street(g, "it"))),
        c("CAP", "postal_code", "VARCHAR", [p[1] for p in places], ABBREV),
        c("COMUNE", "city", "VARCHAR", [p[0] for p in places]),
        c("PROV", N, "VARCHAR", [prov[p[0]] for p in places], "decoy", ABBREV),
        c("CELL", "phone", "VARCHAR", g.phones("IT", {"national": 0.6, "intl": 0.2, "e164": 0.2}, 1.0, 0.1), ABBREV),
        c("EMAIL", "email", "VARCHAR", [v.email_of(g, r[0], r[1], v.DOMAINS["it"]) for r in rows]),
        c("IBAN_ISCRITTO", "iban", "VARCHAR", g.col(lambda: v.iban(g, "IT", g.rnd.random() < 0.3), 0.3)),
        c("QUOTA_MENS", N, "DOUBLE", g.col(g.pick([12.5, 15.0, 18.0, 9.0])), "decoy", ABBREV),
        c("MESE_RIF", N, "VARCHAR", g.col(lambda: f"2025-{g.rnd.randint(1, 11):02d}"), "decoy", ABBREV),
        c("IBAN_SINDACATO", N, "VARCHAR", [union_iban] * g.rows, "business", SHAPE),
        c("DELEGATO", "person_name", "VARCHAR", g.col(g.pick(stewards)), STAFF),
        c("EXTRA1", "email", "VARCHAR", [f"{v.plain(r[0])}.{v.plain(r[1])}@pec.it" if g.rnd.random() < 0.25 else None
                                         for r in rows], MISLEADING, HEAVY),
    ])


def dernek_uyeler(g: Gen) -> Table:
    """A Gaziantep hometown association's members (Turkish, Pascal case): member number, first and family name, T.C.
    kimlik no, birth date as ISO text, birthplace and home town (``memleket``: ``city``), address, postcode, town and
    province (``none``), phone, e-mail, the dues, the association's IBAN (``none``), the chair (staff), ``F08`` (an
    emergency contact phone: opaque, mostly NULL) and a note naming people."""
    pairs = [v.person(g, "tr") for _ in range(g.rows)]
    places = _places(g, "tr")
    chairs = v.staff(g, "tr", 2)
    assoc_iban = v.iban(g, "TR")

    def note() -> str | None:
        return g.rnd.choice([None, None, None, f"Eşi {v.whole(g, 'tr')} de üye", "Aidat borcu var",
                             f"{v.given(g, 'tr')} Bey'in referansıyla", "Kurban organizasyonunda görevli"])

    return Table("dernek.Uyeler", "tr", "pascal", [
        c("UyeNo", N, "INTEGER", g.keys(1), "decoy", KEY),
        c("Ad", "first_name", "VARCHAR", [a for a, _ in pairs]),
        c("Soyad", "last_name", "VARCHAR", [b for _, b in pairs]),
        c("TcKimlikNo", "national_id", "VARCHAR", g.col(lambda: v.tckimlik(g), 0.1)),
        c("DogumTarihi", "date_of_birth", "VARCHAR", [d.isoformat() for d in g.births(1940, 2006)], DOB_TEXT),
        c("DogumYeri", "city", "VARCHAR", g.col(lambda: v.city(g, "tr")[0])),
        c("Memleket", "city", "VARCHAR", g.col(lambda: v.city(g, "tr")[0], 0.2)),
        c("Adres", "street_address", "VARCHAR", g.col(lambda: v.street(g, "tr"))),
        c("PostaKodu", "postal_code", "VARCHAR", [p[1] for p in places]),
        c("Sehir", "city", "VARCHAR", [p[0] for p in places]),
        c("Bolge", N, "VARCHAR", g.col(g.pick(["Güneydoğu Anadolu", "Doğu Anadolu", "Akdeniz"])), "decoy"),
        c("Telefon", "phone", "VARCHAR", g.phones("TR", {"national": 0.6, "intl": 0.2, "e164": 0.2}, 0.9)),
        c("Eposta", "email", "VARCHAR", [v.email_of(g, a, b, v.DOMAINS["tr"]) if g.rnd.random() < 0.8 else None
                                         for a, b in pairs]),
        c("AidatTl", N, "INTEGER", g.col(g.pick([100, 200, 500])), "decoy"),
        c("DernekIban", N, "VARCHAR", [assoc_iban] * g.rows, "business", SHAPE),
        c("Baskan", "person_name", "VARCHAR", g.col(g.pick(chairs)), STAFF),
        c("F08", "phone", "VARCHAR", g.phones("TR", {"national": 1.0}, 1.0, 0.65), OPAQUE, HEAVY),
        c("Not", "free_text", "VARCHAR", [note() for _ in range(g.rows)]),
    ])


# -- Greek, Japanese ---------------------------------------------------------------------------------------------------


def whatsapp_geitonia(g: Gen) -> Table:
    """A Patras neighbourhood WhatsApp group's chat export parsed into a table (Greek-script column names, plus the
    export script's English ones): the chat GUID, the message time as text, the sender's display name (the name the
    exporting phone saved them under: ``person_name``), the sender's number in E.164 without ``+`` (as WhatsApp
    writes it), the message (naming neighbours, with phones in some rows: ``free_text``), the message type, the media
    file name, a SHA-1 of the message, ``c17`` (the quoted sender's number: opaque, mostly NULL), the app version
    and whether the sender is an admin."""
    members = []
    for _ in range(140):
        a, b = v.person(g, "el")
        number = g.phone("GR", "e164").lstrip("+")
        members.append((a, b, number))
    chat = g.uuid()
    who = [g.rnd.choice(members) for _ in range(g.rows)]

    def display(m: tuple) -> str:
        return m[0] if g.rnd.random() < 0.15 else f"{m[0]} {m[1]}"

    def message() -> str:
        return g.rnd.choice(["Καλημέρα σε όλους!", "Κόπηκε το νερό στην Κορίνθου;",
                             f"Ο κ. {v.family(g, 'el')} έχασε τον σκύλο του, καλέστε {g.phone('GR', 'national')}",
                             f"Ευχαριστούμε την {v.given(g, 'el')} για τα γλυκά", "Αύριο συνάντηση στην πλατεία",
                             f"Η {v.whole(g, 'el')} ψάχνει μπέιμπι σίτερ", "👍", "Ποιος έχει σκάλα να δανείσει;"])

    kinds = [g.rnd.choice(["text", "text", "text", "image", "audio"]) for _ in range(g.rows)]
    return Table("geitonia.whatsapp_export", "el", "snake", [
        c("chat_id", N, "VARCHAR", [chat] * g.rows, "decoy", SHAPE, "lang:en"),
        c("ημερομηνία", N, "VARCHAR", [m.strftime("%d/%m/%Y, %H:%M") for m in g.moments("2025-03-01", "2025-11-30")],
          "decoy"),
        c("αποστολέας", "person_name", "VARCHAR", [display(m) for m in who], DISPLAY),
        c("τηλέφωνο_αποστολέα", "phone", "VARCHAR", [m[2] for m in who], E164_BARE),
        c("μήνυμα", "free_text", "VARCHAR", [message() if k == "text" else "<Media omitted>" for k in kinds]),
        c("τύπος", N, "VARCHAR", kinds, "decoy"),
        c("media_file", N, "VARCHAR", [f"IMG-2025{g.rnd.randint(3, 11):02d}{g.rnd.randint(1, 28):02d}-WA"
                                       f"{g.rnd.randint(0, 99):04d}.{'jpg' if k == 'image' else 'opus'}" if k != "text" else None
                                       for k in kinds],
          "decoy", SHAPE, "lang:en"),
        c("message_hash", N, "VARCHAR", g.col(lambda: v.sha1(g)), "decoy", SHAPE, "lang:en"),
        c("c17", "phone", "VARCHAR", [g.rnd.choice(members)[2] if g.rnd.random() < 0.3 else None
                                      for _ in range(g.rows)], OPAQUE, HEAVY, E164_BARE),
        c("app_version", N, "VARCHAR", g.col(lambda: f"2.25.{g.rnd.randint(1, 30)}.{g.rnd.randint(10, 80)}"),
          "decoy", SHAPE, "lang:en"),
        c("διαχειριστής", N, "BOOLEAN", [m[0] in {x[0] for x in members[:3]} for m in who], "decoy"),
    ])


def crowdfunding_shiensha(g: Gen) -> Table:
    """A Japanese crowdfunding campaign's backers (a craft brewery's project; romanized snake-case and kanji column
    names): backer id, the kanji name, family and given name, the public nickname (``unclassified``), e-mail, phone,
    postal code, prefecture (``none``), city and street, birth date as ``yyyy/mm/dd`` text, the reward, amount and
    time of the pledge, the payment token (``credential``), the card's last four digits (``partial``) and a
    message of support naming people."""
    pairs = [v.person(g, "ja") for _ in range(g.rows)]
    places = _places(g, "ja")
    pref = {"札幌市": "北海道", "仙台市": "宮城県", "金沢市": "石川県", "松山市": "愛媛県", "熊本市": "熊本県",
            "長野市": "長野県"}

    def nick() -> str:
        return g.rnd.choice(["ビール党", "hoppy", "kuma", "たけちゃん", "ipa_lover", "のんべえ", "sakura",
                             "mugi"]) + str(g.rnd.randint(1, 9999))

    def cheer() -> str | None:
        return g.rnd.choice([None, None, "応援しています！", f"{v.whole(g, 'ja')}さんの紹介で来ました",
                             "完成を楽しみにしています", f"妻の{v.given(g, 'ja')}と一緒に飲みます"])

    return Table("crowdfunding.shiensha", "ja", "snake", [
        c("shiensha_id", N, "BIGINT", g.keys(880_001), "decoy", KEY),
        c("氏名", "person_name", "VARCHAR", [f"{b} {a}" for a, b in pairs]),
        c("sei", "last_name", "VARCHAR", [b for _, b in pairs]),
        c("mei", "first_name", "VARCHAR", [a for a, _ in pairs]),
        c("nickname", USERNAME, "VARCHAR", [nick() for _ in range(g.rows)], USER),
        c("mail_address", "email", "VARCHAR", g.col(lambda: v.email(g, "ja"))),
        c("denwa_bango", "phone", "VARCHAR", g.phones("JP", {"national": 0.7, "intl": 0.3}, 0.9, 0.1)),
        c("郵便番号", "postal_code", "VARCHAR", [p[1] for p in places]),
        c("都道府県", N, "VARCHAR", [pref[p[0]] for p in places], "decoy"),
        c("市区町村", "city", "VARCHAR", [p[0] for p in places]),
        c("住所", "street_address", "VARCHAR", g.col(lambda: f"{g.rnd.choice(v.STREETS['ja'])}{g.rnd.randint(1, 9)}-"
                                                    f"{g.rnd.randint(1, 30)}-{g.rnd.randint(1, 20)}")),
        c("seinengappi", "date_of_birth", "VARCHAR", [d.strftime("%Y/%m/%d") if g.rnd.random() < 0.8 else None
                                                      for d in g.births(1950, 2005)], DOB_TEXT),
        c("return_course", N, "VARCHAR", g.col(g.pick(["限定IPA 3本セット", "醸造所見学ツアー", "お名前刻印",
                                                       "応援のみ"])), "decoy"),
        c("shien_kingaku", N, "INTEGER", g.col(g.pick([3_000, 5_000, 10_000, 30_000])), "decoy"),
        c("shien_nichiji", N, "TIMESTAMP", g.moments("2025-06-01", "2025-08-31"), "decoy"),
        c("kessai_token", N, "VARCHAR", g.col(lambda: "tok_" + g.digits(24, "abcdefghijklmnopqrstuvwxyz0123456789")),
          "decoy", CREDENTIAL),
        c("project_id", N, "INTEGER", [48_213] * g.rows, "decoy", KEY, "lang:en"),
        c("reward_id", N, "INTEGER", g.ints(1, 4), "decoy", KEY, "lang:en"),
        c("payment_status", N, "VARCHAR", g.col(g.pick(["captured", "captured", "refunded", "failed"])), "decoy",
          "lang:en"),
        c("payment_method", N, "VARCHAR", g.col(g.pick(["card", "konbini", "paypay", "bank_transfer"])), "decoy",
          "lang:en"),
        c("utm_source", N, "VARCHAR", g.col(g.pick(["twitter", "line", "newsletter", "direct"]), 0.3), "decoy",
          "lang:en"),
        c("survey_completed", N, "BOOLEAN", g.yn(True, False, 0.6), "decoy", "lang:en"),
        c("card_last4", N, "VARCHAR", g.col(lambda: g.digits(4)), "decoy", PARTIAL, "lang:en"),
        c("応援コメント", "free_text", "VARCHAR", [cheer() for _ in range(g.rows)]),
    ])


BUILDERS: list[tuple[Callable[[Gen], Table], int]] = [
    (alumni_members, 520), (gedcom_individuals, 640), (forum_users, 700), (kor_medlemmar, 300),
    (parafia_chrzty, 420), (feuerwehr_mitglieder, 280), (federation_licencies, 460), (sachy_hraci, 260),
    (andelsbolig_andelshavere, 240), (scouts_educandos, 320), (banco_alimentar_beneficiarios, 380),
    (sindacato_quote, 450), (dernek_uyeler, 260), (whatsapp_geitonia, 1_200), (crowdfunding_shiensha, 420),
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
