"""Held-out set v41 for the column classifier: 14 tables of *analytics-engineering and data-science tables* as a
modern data team builds them on top of raw data (dbt models, marts, feature tables, privacy-operations logs), 12 with
English column names and two with German and Spanish ones, each a different company, in domains v24 to v39 did not
use: a dbt SCD2 snapshot of an eyewear retailer's customer dimension, a home-fitness brand's customer-360 mart, a
music-streaming app's churn feature table, a UK online retailer's GDPR/DSAR request log, a Saxon energy
co-operative's consent-management table (``datenschutz.einwilligungen``), a pet-supply retailer's CDP unified
profiles (identity graph), a data-quality quarantine table of failed CRM rows, an Aragonese supermarket chain's survey
responses fact (``encuestas.fct_respuestas``), a language-learning app's A/B experiment assignments, a
fleet-software vendor's lead scores, an outdoor-gear retailer's multi-touch attribution, an insurance broker's
identity-resolution match pairs, a diabetes study's pseudonymised research extract and a smart-thermostat maker's
support QA sample with transcripts.

Written **blind**, like v2 to v39: by someone who has read neither the classifier (``governance_dagster/detect/``) nor
its rules, documentation, tests, changelog or notes, only the list of kind names (``governance_dagster/kinds.py``), how
the scorer registers a set (``heldout_v2_accuracy.py``, read, never run), the *structure* and labeling conventions of
v27 (``heldout_v27.py``, ``heldout_v27_values.py``, its test, ``tests/heldout_support.py``), the module docstrings of
v24 to v39 (to avoid their domains and follow their labeling conventions) and the ``Column``/``Table`` classes and
writer they build on. The classifier was not run on this set while it was written, no scorer was run on it, and no
score of any set was looked at: nothing here was adjusted to what the classifier does. It was written under a short
deadline (40 minutes, the tests and lint included), so some labels below are quick decisions rather than settled
conventions. It imports no earlier set's value module: its random source, name lists, streets, cities, postal codes
and identifier builders are its own (:mod:`benchmarks.classification.heldout_v41_values`; the generic ``Gen`` helpers
were copied from v27's).

What is new against v2 to v39:

* the shapes of derived tables: dbt snapshot columns (``dbt_scd_id``, ``dbt_updated_at``, ``dbt_valid_from``,
  ``dbt_valid_to``, tag ``snapshot``) over several versions of the same customer, MD5 surrogate keys
  (``customer_sk``), mart aggregates (lifetime value, RFM segments, churn probabilities), ML features (counts,
  ratios, one-hot flags, age buckets, embeddings as text arrays, hashed entity keys, model and feature-set versions),
  experiment variants and buckets, lead, fit and intent scores, attribution weights and UTM values, match scores and
  blocking keys; all ``none`` (tag ``decoy``; ``value_shape`` when shaped like an identifier or a personal value);
* privacy operations as data: a DSAR log (request types, due dates, the requester's name, e-mail, phone, postcode and
  town, the DPO's and privacy analysts' names, DPO notes naming people, an authorised agent's name) and a consent
  ledger (purposes, grant and withdrawal times, policy versions, double-opt-in tokens, the subject's names, raw and
  normalised e-mail, phone, birth date as a ``yyyymmdd`` integer, PLZ and town, the consent's IP address);
* an identity graph: a profile's several e-mail addresses and phones in one cell (tag ``multi_value``), anonymous
  and device ids as JSON arrays (``none``); an identity-resolution table with two people side by side (names,
  e-mail addresses, phones, birth dates as ``DATE`` and as ``MM/DD/YYYY`` text, ZIP codes) and a match score;
* raw values kept in a data-quality quarantine table under generic names (tag ``misleading``: ``raw_col2`` e-mail,
  ``raw_col3`` SSN, ``raw_col4`` full name, ``raw_col5`` card number, ``attr_x`` phone, ``code`` ZIP) and opaque
  ones (tag ``opaque``: ``c17`` birth dates as ``yyyymmdd`` integers, ``f_08`` phones in the feature table), and a
  ``feature_17`` holding raw e-mail addresses;
* lower-cased and trimmed copies of an e-mail beside the raw one (tag ``normalized``: ``email_clean``,
  ``requester_email_normalised``, ``email_normalisiert``), the raw one mixed-case and padded;
* identifiers with check digits (python-stdnum): a US SSN, the Spanish DNI and card numbers (Luhn); phones of the
  United States, the United Kingdom, Germany and Spain (phonenumbers) in E.164, international, national, dashed,
  dotted and digit forms; IPv4 and IPv6;
* free text naming people: support transcripts and their generated summaries, DPO notes, a lead's last activity
  note, survey comments, a research extract's adverse-event text whose redaction missed names in some rows.

Labeling choices a reader may question:

* an age in years (``age_years``, ``age_at_enrolment``) and an age bucket (``25-34``, ``tramo_edad``) are ``none``
  (tag ``age``): neither is a date of birth (v32 labeled an age bucket ``none``); a birth *year* alone in the
  pseudonymised extract (``birth_year``) is ``none`` too (tag ``generalised``): it is what pseudonymisation left of
  the date. A full birth date, whatever its type (``DATE``, ISO text, ``dd/mm/yyyy``, ``MM/DD/YYYY``, ``yyyymmdd``
  integer), is ``date_of_birth``, also in the research extract, where one column the extract should have dropped
  (``attr_x``) still holds it;
* hashes of personal values (SHA-256 of a normalised e-mail or name, MD5 of a device id) are ``none`` (tag
  ``hashed``), as in v24 to v32: the personal value is not in the column; a 3-digit ZIP prefix
  (``postcode_prefix3``), the last four characters of an identity document (``id_doc_last4``) and a blocking key made
  of a name code and a ZIP prefix are ``none`` (tag ``partial``);
* a lead's work e-mail (``given.family@company``) and direct line are ``email`` and ``phone``: they reach one named
  person; the lead's company name, domain, headquarters phone and city are ``none`` (tag ``business``); a job title
  is ``none``;
* the multi-valued ``emails`` and ``phones`` of a CDP profile (``;``-separated) are ``email`` and ``phone``: every
  value in them is of that one kind;
* the research extract's ``adverse_event_text`` is ``free_text``: about two rows in five name a participant or a
  relative the redaction missed; clinical text alone would be ``none``;
* a data-quality table's ``raw_payload`` (the failed source row as JSON: names, e-mail, phone, ZIP) is ``free_text``
  (tag ``json_blob``); its ``failure_reason`` and check names are ``none``; ``raw_col2`` is ``email`` though some of
  its values fail the e-mail check (a missing TLD, a space): that is why the row was quarantined;
* a survey's gender (``sexo``), a province and a US state are ``none``; a survey weight is ``none``;
* staff (the DPO and privacy analysts, consent call-centre agents, customer-success coaches, SDRs, data engineers
  resolving quarantined rows, match reviewers, study coordinators, support agents and QA reviewers) are
  ``person_name`` (tag ``staff``); a support agent's login is ``unclassified`` (tag ``username``) and so is a CDP
  profile's ``username``, as in v27; an SDK or job writing rows is ``none`` (tag ``service_account``);
* double-opt-in and verification tokens are ``none`` (tag ``credential``); a click id (``gclid``) is ``none``.

``null_heavy`` means 50-90% NULL. Every value is generated here from :data:`SEED` (one ``random.Random`` per table,
named after its builder) with python-stdnum for check digits, phonenumbers for phone validity and formats, and the
lists of :mod:`benchmarks.classification.heldout_v41_values`, written for v41 (no Faker, no list of real people).
Build: ``python -m benchmarks.classification.heldout_v41 [PATH]`` (default ``/tmp/heldout_v41.duckdb``). Score:
``python -m benchmarks.classification.heldout_v2_accuracy --set v41``.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path

from benchmarks.classification import heldout_v4
from benchmarks.classification import heldout_v41_values as v
from benchmarks.classification.heldout_v2 import Column, Table
from benchmarks.classification.heldout_v41_values import NULLISH, SEED, USERNAME, Gen, N, c

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

DEFAULT_PATH = Path("/tmp/heldout_v41.duckdb")

HEAVY = "null_heavy"  # 50-90% NULL
SHAPE = "value_shape"
MISLEADING = "misleading"
OPAQUE = "opaque"
STAFF = "staff"
USER = "username"
SERVICE = "service_account"
KEY = "join_key"
HASHED = "hashed"  # a hash of a personal value or of an id (none)
PARTIAL = "partial"  # a fragment or prefix of a personal value (none)
CREDENTIAL = "credential"
AGE = "age"  # an age in years or an age bucket (none)
GENERALISED = "generalised"  # a birth year alone (none)
SNAPSHOT = "snapshot"  # dbt snapshot metadata (none)
NORMALIZED = "normalized"  # a lower-cased, trimmed copy of an e-mail beside the raw one
MULTI = "multi_value"
JSON = "json_blob"
JSON_PLAIN = "json_plain"
BUSINESS = "business"
ROLE = "role_word"

AGE_BANDS = ["18-24", "25-34", "35-44", "45-54", "55-64", "65+"]


def _people(g: Gen, lang: str = "us") -> list[tuple[str, str]]:
    return [v.person(g, lang) for _ in range(g.rows)]


def _staff(g: Gen, n: int, lang: str = "us") -> list[str]:
    out: set[str] = set()
    while len(out) < n:
        out.add(v.whole(g, lang))
    return sorted(out)


def _later(g: Gen, starts: list, lo_min: int, hi_min: int, null: float = 0.0) -> list:
    return [None if s is None or g.rnd.random() < null else s + timedelta(minutes=g.rnd.randint(lo_min, hi_min))
            for s in starts]


def _age(born: date, on: date = date(2025, 12, 1)) -> int:
    return on.year - born.year - ((on.month, on.day) < (born.month, born.day))


def _band(age: int) -> str:
    for band, top in zip(AGE_BANDS, (24, 34, 44, 54, 64), strict=False):
        if age <= top:
            return band
    return AGE_BANDS[-1]


def _mask(g: Gen, values: list, null: float) -> list:
    return [None if g.rnd.random() < null else x for x in values]


# -- dbt snapshot and marts --------------------------------------------------------------------------------------------


def dim_customer_snapshot(g: Gen) -> Table:
    """A dbt SCD2 snapshot of an eyewear retailer's customer dimension: several versions of the same customer (a new
    address, a new e-mail, a new tier), ``dbt_scd_id`` (MD5), ``dbt_valid_from``/``dbt_valid_to`` (NULL on the
    current version), the MD5 surrogate key, names, the raw e-mail and its trimmed lower-cased copy, phone, birth date
    (``DATE``), street, city, state and ZIP."""
    rows: list[dict] = []
    cid = 10_000
    while len(rows) < g.rows:
        cid += g.rnd.randint(1, 7)
        first, last = v.person(g)
        born = g.birth(1948, 2005)
        place = v.us_place(g)
        start = g.moment("2021-01-01", "2024-06-30")
        versions = g.rnd.choice([1, 1, 2, 2, 3])
        state = {"email": v.email_of(g, first, last), "street": v.us_street(g), "place": place,
                 "zip": v.us_zip(g, place[2], 0.1), "tier": "bronze",
                 "phone": g.phone("US", g.rnd.choice(["national", "e164", "dashes", "dots"]))}
        for k in range(versions):
            if len(rows) >= g.rows:
                break
            if k:
                change = g.rnd.choice(["address", "email", "tier"])
                if change == "address":
                    state["place"] = v.us_place(g)
                    state["street"] = v.us_street(g)
                    state["zip"] = v.us_zip(g, state["place"][2], 0.1)
                elif change == "email":
                    state["email"] = v.email_of(g, first, last)
                else:
                    state["tier"] = g.rnd.choice(["silver", "gold", "platinum"])
            rows.append({"cid": cid, "first": first, "last": last, "born": born, "start": start, **state,
                         "raw": v.messy(g, state["email"])})
            start = start + timedelta(days=g.rnd.randint(20, 400), seconds=g.rnd.randint(0, 86_399))
    valid_to: list = []
    for i, r in enumerate(rows):
        nxt = rows[i + 1] if i + 1 < len(rows) else None
        valid_to.append(nxt["start"] if nxt is not None and nxt["cid"] == r["cid"] else None)
    return Table("snapshots.dim_customer_snapshot", "en", "snake", [
        c("customer_sk", N, "VARCHAR", [v.md5_of(f"lensmith|{r['cid']}") for r in rows], "decoy", SHAPE, HASHED),
        c("customer_id", N, "BIGINT", [r["cid"] for r in rows], "decoy", KEY),
        c("first_name", "first_name", "VARCHAR", [r["first"] for r in rows]),
        c("last_name", "last_name", "VARCHAR", [r["last"] for r in rows]),
        c("email", "email", "VARCHAR", [r["raw"] for r in rows]),
        c("email_clean", "email", "VARCHAR", [r["raw"].strip().lower() for r in rows], NORMALIZED),
        c("phone", "phone", "VARCHAR", [r["phone"] for r in rows]),
        c("birth_date", "date_of_birth", "DATE", [r["born"] if g.rnd.random() > 0.12 else None for r in rows]),
        c("street_address", "street_address", "VARCHAR", [r["street"] for r in rows]),
        c("city", "city", "VARCHAR", [r["place"][0] for r in rows]),
        c("state", N, "VARCHAR", [r["place"][1] for r in rows], "decoy"),
        c("zip_code", "postal_code", "VARCHAR", [r["zip"] for r in rows]),
        c("loyalty_tier", N, "VARCHAR", [r["tier"] for r in rows], "decoy"),
        c("marketing_opt_in", N, "BOOLEAN", g.yn(True, False, 0.6), "decoy"),
        c("customer_status", N, "VARCHAR", g.col(g.pick(["active", "active", "lapsed", "closed"])), "decoy"),
        c("dbt_scd_id", N, "VARCHAR", [v.md5_of(f"{r['cid']}|{r['start']}") for r in rows], "decoy", SHAPE,
          SNAPSHOT),
        c("dbt_updated_at", N, "TIMESTAMP", [r["start"] for r in rows], "decoy", SNAPSHOT),
        c("dbt_valid_from", N, "TIMESTAMP", [r["start"] for r in rows], "decoy", SNAPSHOT),
        c("dbt_valid_to", N, "TIMESTAMP", valid_to, "decoy", SNAPSHOT),
    ])


def customer_360(g: Gen) -> Table:
    """A home-fitness brand's customer-360 mart: the surrogate key and a UUID, the full name, primary e-mail and
    phone, the birth date as ISO text, the age in years and its band (``none``), home city, state and ZIP, the last
    login IP, order aggregates, the RFM segment, churn probability, preferred channel, the customer-success coach
    (staff), a secondary e-mail (mostly NULL) and the last NPS."""
    people = _people(g)
    births = g.births(1950, 2004)
    places = [v.us_place(g) for _ in range(g.rows)]
    first = g.moments("2020-01-01", "2024-12-31")
    coaches = _staff(g, 5)
    return Table("marts.customer_360", "en", "snake", [
        c("customer_key", N, "BIGINT", g.keys(1), "decoy", KEY),
        c("customer_uuid", N, "VARCHAR", g.col(g.uuid), "decoy", SHAPE, KEY),
        c("full_name", "person_name", "VARCHAR", [f"{a} {b}" for a, b in people]),
        c("primary_email", "email", "VARCHAR", [v.email_of(g, a, b).lower() for a, b in people]),
        c("primary_phone", "phone", "VARCHAR", g.phones("US", {"e164": 1.0}, 0.9, 0.08)),
        c("date_of_birth_txt", "date_of_birth", "VARCHAR", [None if g.rnd.random() < 0.2 else b.isoformat()
                                                              for b in births]),
        c("age_years", N, "INTEGER", [_age(b) for b in births], "decoy", AGE),
        c("age_band", N, "VARCHAR", [_band(_age(b)) for b in births], "decoy", AGE),
        c("home_city", "city", "VARCHAR", [p[0] for p in places]),
        c("home_state", N, "VARCHAR", [p[1] for p in places], "decoy"),
        c("home_zip", "postal_code", "VARCHAR", [v.us_zip(g, p[2]) for p in places]),
        c("last_login_ip", "ip_address", "VARCHAR", g.col(lambda: g.ip(0.25), 0.1)),
        c("first_order_at", N, "TIMESTAMP", first, "decoy"),
        c("last_order_at", N, "TIMESTAMP", _later(g, first, 60, 400_000), "decoy"),
        c("orders_lifetime", N, "INTEGER", g.ints(1, 60), "decoy"),
        c("ltv_usd", N, "DOUBLE", g.amounts(40, 9_000), "decoy"),
        c("rfm_segment", N, "VARCHAR", g.col(g.pick(["Champions", "Loyal", "At Risk", "Hibernating",
                                                      "Potential Loyalist", "Cannot Lose Them"])), "decoy"),
        c("churn_probability", N, "DOUBLE", g.floats(0, 1, 4), "decoy"),
        c("preferred_channel", N, "VARCHAR", g.col(g.pick(["email", "sms", "push", "none"])), "decoy"),
        c("success_coach", "person_name", "VARCHAR", g.col(g.pick(coaches), 0.3), STAFF, ROLE),
        c("secondary_email", "email", "VARCHAR", g.col(lambda: v.email(g), 0.78), HEAVY),
        c("nps_last", N, "INTEGER", g.ints(0, 10, 0.4), "decoy"),
    ])


def churn_features(g: Gen) -> Table:
    """A music-streaming app's churn feature table: a SHA-256 entity key of the e-mail and an MD5 device hash
    (``none``), the user id, the snapshot date, counts, ratios, one-hot plan flags, an age bucket, an embedding as a
    text array, the label and the prediction, versions; ``feature_17`` (raw e-mail addresses left in by a debugging
    join, ``misleading``) and ``f_08`` (phones, ``opaque``)."""
    people = _people(g)
    emails = [v.email_of(g, a, b) for a, b in people]
    plan = [g.rnd.choice(["free", "premium", "family", "student"]) for _ in range(g.rows)]

    def embedding() -> str:
        return "[" + ", ".join(f"{g.rnd.uniform(-1, 1):.4f}" for _ in range(8)) + "]"

    return Table("ml.churn_features", "en", "snake", [
        c("entity_key", N, "VARCHAR", [v.sha256_of(e) for e in emails], "decoy", SHAPE, HASHED),
        c("user_id", N, "BIGINT", g.keys(5_000_001, 3), "decoy", KEY),
        c("snapshot_date", N, "DATE", g.days("2025-10-01", "2025-10-31"), "decoy"),
        c("feature_set_version", N, "VARCHAR", g.col(g.pick(["churn_fs_v3.2.1", "churn_fs_v3.3.0"])), "decoy"),
        c("tenure_days", N, "INTEGER", g.ints(1, 2_400), "decoy"),
        c("sessions_7d", N, "INTEGER", g.ints(0, 70), "decoy"),
        c("sessions_30d", N, "INTEGER", g.ints(0, 300), "decoy"),
        c("skip_ratio_30d", N, "DOUBLE", g.floats(0, 1, 3), "decoy"),
        c("avg_session_minutes", N, "DOUBLE", g.floats(1, 140, 2), "decoy"),
        c("plan_is_free", N, "INTEGER", [int(p == "free") for p in plan], "decoy"),
        c("plan_is_premium", N, "INTEGER", [int(p == "premium") for p in plan], "decoy"),
        c("plan_is_family", N, "INTEGER", [int(p == "family") for p in plan], "decoy"),
        c("age_bucket", N, "VARCHAR", g.col(g.pick(AGE_BANDS), 0.1), "decoy", AGE),
        c("device_id_hash", N, "VARCHAR", g.col(g.md5), "decoy", SHAPE, HASHED),
        c("embedding_taste", N, "VARCHAR", g.col(embedding), "decoy"),
        c("feature_17", "email", "VARCHAR", emails, MISLEADING),
        c("f_08", "phone", "VARCHAR", g.phones("US", {"digits": 0.6, "e164": 0.4}, 1.0, 0.2), OPAQUE),
        c("label_churned_30d", N, "INTEGER", g.yn(1, 0, 0.12), "decoy"),
        c("predicted_proba", N, "DOUBLE", g.floats(0, 1, 5), "decoy"),
        c("model_version", N, "VARCHAR", g.col(g.pick(["xgb-churn-2025.10.2", "xgb-churn-2025.11.0"])), "decoy",
          SHAPE),
    ])


# -- privacy operations ------------------------------------------------------------------------------------------------


def dsar_requests(g: Gen) -> Table:
    """A UK online retailer's GDPR data-subject request log: request references, types, channels and dates, the
    requester's name, raw and normalised e-mail, phone (mostly NULL), postcode and town, the identity document's type
    and last four characters (``none``), a verification token, the DPO or privacy analyst handling it (staff), DPO
    notes naming people, the systems searched (JSON list), the web form's IP and an authorised agent (mostly NULL)."""
    people = _people(g)
    towns = [g.rnd.choice(v.UK_TOWNS) for _ in range(g.rows)]
    received = g.moments("2024-05-01", "2025-11-15")
    handlers = _staff(g, 3)
    emails = [v.email_of(g, a, b, v.UK_DOMAINS) for a, b in people]
    raw = [v.messy(g, e) for e in emails]

    def note(a: str, b: str) -> str | None:
        if g.rnd.random() < 0.3:
            return None
        return g.rnd.choice([f"Called {a} {b} to confirm identity; passport seen.",
                             f"Requester is {a} {b}; daughter {v.given(g)} helping with the request.",
                             "Erasure completed in CRM and Zendesk; marketing suppression kept.",
                             f"{a} asked for call recordings too - escalated to {g.rnd.choice(handlers)}.",
                             "Extended by two months (complex request), requester informed.",
                             f"Duplicate of an earlier request by {a} {b}; merged."])

    return Table("privacy.dsar_requests", "en", "snake", [
        c("request_ref", N, "VARCHAR", [f"DSAR-{d.year}-{i:05d}" for i, d in enumerate(received, 1)], "decoy",
          SHAPE),
        c("request_type", N, "VARCHAR", g.col(g.pick(["access", "access", "erasure", "rectification",
                                                       "portability", "objection"])), "decoy"),
        c("channel", N, "VARCHAR", g.col(g.pick(["web_form", "web_form", "email", "post", "phone"])), "decoy"),
        c("received_at", N, "TIMESTAMP", received, "decoy"),
        c("due_at", N, "TIMESTAMP", [d + timedelta(days=30) for d in received], "decoy"),
        c("closed_at", N, "TIMESTAMP", _later(g, received, 600, 40_000, 0.15), "decoy"),
        c("requester_name", "person_name", "VARCHAR", [f"{a} {b}" for a, b in people]),
        c("requester_email", "email", "VARCHAR", raw),
        c("requester_email_normalised", "email", "VARCHAR", [e.strip().lower() for e in raw], NORMALIZED),
        c("requester_phone", "phone", "VARCHAR", g.phones("GB", {"national": 0.5, "intl": 0.3, "e164": 0.2}, 0.8,
                                                          0.65), HEAVY),
        c("requester_postcode", "postal_code", "VARCHAR", [v.uk_postcode(g, t[1]) for t in towns]),
        c("requester_town", "city", "VARCHAR", [t[0] for t in towns]),
        c("id_doc_type", N, "VARCHAR", g.col(g.pick(["passport", "driving_licence", "utility_bill"]), 0.2), "decoy"),
        c("id_doc_last4", N, "VARCHAR", g.col(lambda: g.code("99ZZ"), 0.2), "decoy", PARTIAL),
        c("verification_token", N, "VARCHAR", g.col(lambda: v.token(g, "vt_", 32)), "decoy", CREDENTIAL),
        c("handled_by", "person_name", "VARCHAR", g.col(g.pick(handlers)), STAFF),
        c("dpo_notes", "free_text", "VARCHAR", [note(a, b) for a, b in people]),
        c("systems_searched", N, "VARCHAR", g.col(lambda: json.dumps(g.rnd.sample(
            ["crm", "zendesk", "shopify", "klaviyo", "warehouse", "call_recordings"], g.rnd.randint(2, 5)))),
          "decoy", JSON_PLAIN),
        c("records_found", N, "INTEGER", g.ints(0, 400), "decoy"),
        c("status", N, "VARCHAR", g.col(g.pick(["open", "awaiting_id", "in_progress", "closed", "closed"])),
          "decoy"),
        c("requester_ip", "ip_address", "VARCHAR", g.col(lambda: g.ip(0.3), 0.3)),
        c("on_behalf_of", "person_name", "VARCHAR", g.col(lambda: v.whole(g), 0.85), HEAVY, ROLE),
    ])


def de_einwilligungen(g: Gen) -> Table:
    """A Saxon energy co-operative's consent ledger (German column names): the consent's UUID, the customer number,
    first and family name, the raw and the normalised e-mail, a German phone, the birth date as a ``yyyymmdd``
    integer, PLZ and town, the purpose, granted flag, grant and withdrawal times, source and policy version, the IP of
    web consents, the double-opt-in token and the call-centre agent who recorded a phone consent (staff)."""
    people = _people(g, "de")
    towns = [g.rnd.choice(v.DE_CITIES) for _ in range(g.rows)]
    source = [g.rnd.choice(["cookie_banner", "kundenportal", "kundenportal", "callcenter", "papierformular"])
              for _ in range(g.rows)]
    granted = g.moments("2023-01-01", "2025-11-20")
    agents = _staff(g, 4, "de")
    raw = [v.messy(g, v.email_of(g, a, b, v.DE_DOMAINS)) for a, b in people]
    births = [g.birth(1940, 2005) for _ in range(g.rows)]
    return Table("datenschutz.einwilligungen", "de", "snake", [
        c("einwilligungs_id", N, "VARCHAR", g.col(g.uuid), "decoy", SHAPE, KEY),
        c("kunden_nr", N, "VARCHAR", g.col(lambda: g.code("KD-9999999")), "decoy", SHAPE),
        c("vorname", "first_name", "VARCHAR", [a for a, _ in people]),
        c("nachname", "last_name", "VARCHAR", [b for _, b in people]),
        c("email_roh", "email", "VARCHAR", raw),
        c("email_normalisiert", "email", "VARCHAR", [e.strip().lower() for e in raw], NORMALIZED),
        c("telefon", "phone", "VARCHAR", g.phones("DE", {"national": 0.5, "intl": 0.3, "e164": 0.2}, 0.7, 0.3)),
        c("geburtsdatum", "date_of_birth", "INTEGER", [None if g.rnd.random() < 0.4 else int(b.strftime("%Y%m%d"))
                                                        for b in births], "yyyymmdd"),
        c("plz", "postal_code", "VARCHAR", [t[1] + g.digits(2) for t in towns]),
        c("ort", "city", "VARCHAR", [t[0] for t in towns]),
        c("zweck", N, "VARCHAR", g.col(g.pick(["newsletter", "telefonmarketing", "profilbildung",
                                                "partnerweitergabe", "tarifberatung"])), "decoy"),
        c("erteilt", N, "BOOLEAN", g.yn(True, False, 0.7), "decoy"),
        c("erteilt_am", N, "TIMESTAMP", granted, "decoy"),
        c("widerrufen_am", N, "TIMESTAMP", _later(g, granted, 1_000, 300_000, 0.65), "decoy"),
        c("quelle", N, "VARCHAR", source, "decoy"),
        c("richtlinien_version", N, "VARCHAR", g.col(g.pick(["DSE-2023-01", "DSE-2024-03", "DSE-2025-02"])),
          "decoy", SHAPE),
        c("ip_adresse", "ip_address", "VARCHAR", [g.ip(0.35) if s in ("cookie_banner", "kundenportal") else None
                                                  for s in source]),
        c("doi_token", N, "VARCHAR", g.col(lambda: g.code("x" * 40), 0.3), "decoy", CREDENTIAL),
        c("erfasst_von", "person_name", "VARCHAR", [g.rnd.choice(agents) if s == "callcenter" or g.rnd.random() < 0.3
                                                    else None for s in source], STAFF),
    ])


# -- CDP, data quality, survey -----------------------------------------------------------------------------------------


def cdp_unified_profiles(g: Gen) -> Table:
    """A pet-supply retailer's CDP unified profiles (identity graph): the profile UUID and canonical id, anonymous
    and device ids as JSON arrays (``none``), every e-mail and phone seen (``;``-separated), the primary e-mail,
    first and family name, the web username, merge counts, sources, first and last seen, the last IP, the traits'
    city and ZIP, audiences and computed traits (JSON without personal data)."""
    people = _people(g)
    places = [v.us_place(g) for _ in range(g.rows)]
    seen = g.moments("2021-01-01", "2025-06-30")
    emails = [[v.email_of(g, a, b) for _ in range(g.rnd.choice([1, 1, 2, 3]))] for a, b in people]
    phones = [[g.phone("US", g.rnd.choice(["e164", "national", "digits"])) for _ in range(g.rnd.choice([1, 1, 2]))]
              for _ in people]
    return Table("cdp.unified_profiles", "en", "snake", [
        c("profile_id", N, "VARCHAR", g.col(g.uuid), "decoy", SHAPE, KEY),
        c("canonical_user_id", N, "VARCHAR", g.col(lambda: "usr_" + g.code("ZZZZZZZZZZ")), "decoy", KEY),
        c("anonymous_ids", N, "VARCHAR", g.col(lambda: json.dumps([g.uuid() for _ in range(g.rnd.randint(1, 4))])),
          "decoy", SHAPE),
        c("device_ids", N, "VARCHAR", g.col(lambda: json.dumps([g.uuid().upper() for _ in range(g.rnd.randint(0, 2))])),
          "decoy", SHAPE),
        c("emails", "email", "VARCHAR", [";".join(e) for e in emails], MULTI),
        c("primary_email", "email", "VARCHAR", [e[0] for e in emails]),
        c("phones", "phone", "VARCHAR", _mask(g, [";".join(p) for p in phones], 0.3), MULTI),
        c("first_name", "first_name", "VARCHAR", _mask(g, [a for a, _ in people], 0.1)),
        c("last_name", "last_name", "VARCHAR", _mask(g, [b for _, b in people], 0.15)),
        c("username", USERNAME, "VARCHAR", _mask(g, [v.login(a, b, i) for i, (a, b) in enumerate(people)], 0.4),
          USER),
        c("merged_profiles_count", N, "INTEGER", g.ints(1, 9), "decoy"),
        c("identity_sources", N, "VARCHAR", g.col(lambda: ",".join(sorted(g.rnd.sample(
            ["web", "ios", "android", "pos", "email"], g.rnd.randint(1, 3))))), "decoy"),
        c("first_seen_at", N, "TIMESTAMP", seen, "decoy"),
        c("last_seen_at", N, "TIMESTAMP", _later(g, seen, 10, 500_000), "decoy"),
        c("last_ip", "ip_address", "VARCHAR", g.col(lambda: g.ip(0.3), 0.15)),
        c("traits_city", "city", "VARCHAR", _mask(g, [p[0] for p in places], 0.2)),
        c("traits_postal_code", "postal_code", "VARCHAR", _mask(g, [v.us_zip(g, p[2], 0.2) for p in places], 0.2)),
        c("audiences", N, "VARCHAR", g.col(lambda: ",".join(g.rnd.sample(
            ["dog_owners", "cat_owners", "lapsed_90d", "high_value", "autoship", "puppy_new"], 2))), "decoy"),
        c("computed_traits", N, "VARCHAR", g.col(lambda: json.dumps({
            "orders_90d": g.rnd.randint(0, 12), "favorite_category": g.rnd.choice(["food", "toys", "litter"]),
            "autoship": g.rnd.random() < 0.3})), "decoy", JSON_PLAIN),
    ])


def dq_quarantine(g: Gen) -> Table:
    """A data-quality quarantine table: CRM rows that failed checks, the raw values kept in generic columns
    (``raw_col2`` e-mail, ``raw_col3`` SSN, ``raw_col4`` full name, ``raw_col5`` card number found in a free field,
    ``attr_x`` phone, ``code`` ZIP, ``c17`` birth date as a ``yyyymmdd`` integer), the source row as JSON, the check,
    severity, invocation, hashes and who resolved it (data engineers, staff)."""
    people = _people(g)
    places = [v.us_place(g) for _ in range(g.rows)]
    engineers = _staff(g, 3)

    def bad_email(a: str, b: str) -> str:
        e = v.email_of(g, a, b)
        roll = g.rnd.random()
        if roll < 0.15:
            return e.rsplit(".", 1)[0]
        if roll < 0.25:
            return e.replace("@", " @")
        return e

    emails = [bad_email(a, b) for a, b in people]
    phones = [g.phone("US", g.rnd.choice(["national", "dashes", "dots", "digits", "e164"])) for _ in people]
    zips = [v.us_zip(g, p[2], 0.15) for p in places]
    return Table("dq.quarantine_crm_contacts", "en", "snake", [
        c("quarantine_id", N, "BIGINT", g.keys(70_001), "decoy", KEY),
        c("source_table", N, "VARCHAR", g.col(g.pick(["raw.crm_contacts", "raw.web_signups", "raw.pos_customers"])),
          "decoy"),
        c("failed_check", N, "VARCHAR", g.col(g.pick(["not_null_email", "valid_email_format", "unique_customer_id",
                                                       "dob_in_range", "ssn_format", "pan_in_free_text"])), "decoy"),
        c("check_severity", N, "VARCHAR", g.col(g.pick(["error", "warn"])), "decoy"),
        c("dbt_invocation_id", N, "VARCHAR", g.col(g.uuid), "decoy", SHAPE),
        c("failed_at", N, "TIMESTAMP", g.moments("2025-09-01", "2025-11-30"), "decoy"),
        c("raw_col1", N, "VARCHAR", g.col(lambda: g.code("C-9999999")), "decoy", SHAPE),
        c("raw_col2", "email", "VARCHAR", emails, MISLEADING),
        c("raw_col3", "ssn", "VARCHAR", g.col(lambda: v.us_ssn(g, g.rnd.random() < 0.6), 0.3), MISLEADING),
        c("raw_col4", "person_name", "VARCHAR", [f"{a} {b}" if g.rnd.random() < 0.8 else f"{b}, {a}"
                                                  for a, b in people], MISLEADING),
        c("raw_col5", "credit_card", "VARCHAR", g.col(lambda: v.card(g), 0.8), MISLEADING, HEAVY),
        c("attr_x", "phone", "VARCHAR", phones, MISLEADING),
        c("code", "postal_code", "VARCHAR", zips, MISLEADING),
        c("c17", "date_of_birth", "INTEGER", g.col(lambda: int(g.birth(1935, 2007).strftime("%Y%m%d")), 0.25),
          OPAQUE),
        c("raw_payload", "free_text", "VARCHAR", [json.dumps({"name": f"{a} {b}", "email": e, "phone": p, "zip": z})
                                                  for (a, b), e, p, z in zip(people, emails, phones, zips,
                                                                             strict=True)], JSON),
        c("failure_reason", N, "VARCHAR", g.col(g.pick(["value does not match expected pattern",
                                                         "value is null", "duplicate key", "date out of range",
                                                         "16-digit number found in notes"])), "decoy"),
        c("row_hash", N, "VARCHAR", g.col(g.md5), "decoy", SHAPE, HASHED),
        c("resolved", N, "BOOLEAN", g.yn(True, False, 0.45), "decoy"),
        c("resolved_by", "person_name", "VARCHAR", g.col(g.pick(engineers), 0.5), STAFF),
    ])


def es_respuestas(g: Gen) -> Table:
    """An Aragonese supermarket chain's survey responses fact (Spanish column names): ids, date, channel, age band,
    sex and province (``none``), postcode and town, NPS and satisfaction, a comment naming staff or relatives, and,
    only for those entering the prize draw (about 38%), first name, family names, DNI, e-mail, mobile and birth date
    as ``dd/mm/yyyy`` text (``null_heavy``)."""
    people = _people(g, "es")
    towns = [g.rnd.choice(v.ES_CITIES) for _ in range(g.rows)]
    draw = [g.rnd.random() < 0.38 for _ in range(g.rows)]

    def comment() -> str:
        return g.rnd.choice([f"La cajera {v.given(g, 'es')} muy amable, como siempre.",
                             "Faltaba pan por la tarde.", "Precios algo más altos que el mes pasado.",
                             f"Fui con mi madre, {v.whole(g, 'es')}, y no había sillas de ruedas.",
                             "Todo bien.", f"El encargado {v.whole(g, 'es')} nos resolvió la devolución."])

    def only(values: list) -> list:
        return [x if d else None for x, d in zip(values, draw, strict=True)]

    return Table("encuestas.fct_respuestas", "es", "snake", [
        c("id_respuesta", N, "BIGINT", g.keys(300_001), "decoy", KEY),
        c("id_encuesta", N, "VARCHAR", g.col(g.pick(["ENC-2025-Q2", "ENC-2025-Q3"])), "decoy", SHAPE),
        c("fecha_respuesta", N, "TIMESTAMP", g.moments("2025-04-01", "2025-09-30"), "decoy"),
        c("canal", N, "VARCHAR", g.col(g.pick(["app", "web", "ticket_qr", "email"])), "decoy"),
        c("tramo_edad", N, "VARCHAR", g.col(g.pick(AGE_BANDS), 0.05), "decoy", AGE),
        c("sexo", N, "VARCHAR", g.col(g.pick(["M", "F", "NB", "NS/NC"])), "decoy"),
        c("provincia", N, "VARCHAR", g.col(g.pick(["Zaragoza", "Huesca", "Teruel"])), "decoy"),
        c("codigo_postal", "postal_code", "VARCHAR", [t[1] + g.digits(2) for t in towns]),
        c("municipio", "city", "VARCHAR", [t[0] for t in towns]),
        c("nps", N, "INTEGER", g.ints(0, 10), "decoy"),
        c("satisfaccion_general", N, "INTEGER", g.ints(1, 5), "decoy"),
        c("comentario", "free_text", "VARCHAR", g.sparse(comment, 0.45, ("", "-", "ninguno"))),
        c("participa_sorteo", N, "BOOLEAN", draw, "decoy"),
        c("nombre", "first_name", "VARCHAR", only([a for a, _ in people]), HEAVY),
        c("apellidos", "last_name", "VARCHAR", only([f"{b} {v.person(g, 'es')[1]}" for _, b in people]), HEAVY),
        c("dni", "national_id", "VARCHAR", only(g.col(lambda: v.es_dni(g))), HEAVY),
        c("correo", "email", "VARCHAR", only([v.email_of(g, a, b, v.ES_DOMAINS) for a, b in people]), HEAVY),
        c("movil", "phone", "VARCHAR", only(g.phones("ES", {"national": 0.6, "intl": 0.2, "e164": 0.2})), HEAVY),
        c("fecha_nacimiento", "date_of_birth", "VARCHAR", only([g.birth(1940, 2006).strftime("%d/%m/%Y")
                                                                 for _ in people]), HEAVY),
        c("peso_muestral", N, "DOUBLE", g.floats(0.4, 2.5, 4), "decoy"),
        c("segmento_cliente", N, "VARCHAR", g.col(g.pick(["familia", "senior", "joven", "profesional"])), "decoy"),
    ])


# -- growth and marketing ----------------------------------------------------------------------------------------------


def experiment_assignments(g: Gen) -> Table:
    """A language-learning app's A/B experiment assignments: ids, experiment keys, variants, buckets and an MD5
    assignment hash, times, platform and app version, conversion and revenue, the SDK that wrote the row (a service
    account), the user's e-mail (only for the signed-in export, mostly NULL), a holdout flag, country and client
    IP."""
    assigned = g.moments("2025-08-01", "2025-11-30")
    return Table("experiments.assignments", "en", "snake", [
        c("assignment_id", N, "VARCHAR", g.col(g.uuid), "decoy", SHAPE, KEY),
        c("experiment_key", N, "VARCHAR", g.col(g.pick(["onboarding_paywall_v3", "streak_freeze_price",
                                                         "lesson_length_short", "push_copy_q4"])), "decoy"),
        c("variant", N, "VARCHAR", g.col(g.pick(["control", "treatment_a", "treatment_b"])), "decoy"),
        c("user_id", N, "BIGINT", g.ints(1_000_000, 9_999_999), "decoy", KEY),
        c("anonymous_id", N, "VARCHAR", g.col(g.uuid), "decoy", SHAPE),
        c("bucket", N, "INTEGER", g.ints(0, 99), "decoy"),
        c("assignment_hash", N, "VARCHAR", g.col(g.md5), "decoy", SHAPE, HASHED),
        c("assigned_at", N, "TIMESTAMP", assigned, "decoy"),
        c("first_exposure_at", N, "TIMESTAMP", _later(g, assigned, 0, 4_000, 0.2), "decoy"),
        c("platform", N, "VARCHAR", g.col(g.pick(["ios", "android", "web"])), "decoy"),
        c("app_version", N, "VARCHAR", g.col(g.version), "decoy", SHAPE),
        c("converted", N, "BOOLEAN", g.yn(True, False, 0.08), "decoy"),
        c("revenue_7d_usd", N, "DOUBLE", g.amounts(0, 90), "decoy"),
        c("assigned_by", N, "VARCHAR", g.col(g.pick(["growthbook-sdk-js", "growthbook-sdk-kotlin"])), "decoy",
          SERVICE),
        c("user_email", "email", "VARCHAR", g.col(lambda: v.email(g), 0.8), HEAVY),
        c("is_holdout", N, "BOOLEAN", g.yn(True, False, 0.05), "decoy"),
        c("ip_country", N, "VARCHAR", g.col(g.pick(["US", "US", "CA", "MX", "GB"])), "decoy", SHAPE),
        c("client_ip", "ip_address", "VARCHAR", g.col(lambda: g.ip(0.35), 0.1)),
    ])


def lead_scores(g: Gen) -> Table:
    """A fleet-software vendor's lead-scoring table: the lead id, first and family name, the work e-mail and direct
    line (personal), the job title, the company's name, domain, headquarters phone and city (``business``), firmographic
    bands, source and campaign, fit, intent and total scores and grade, the model version, the MQL time, the SDR
    (staff) and the last activity note naming the lead."""
    people = _people(g)
    companies = [g.rnd.choice(v.COMPANIES) for _ in range(g.rows)]
    domain = {name: "".join(ch for ch in v.plain(name)[:14]) + ".com" for name in v.COMPANIES}
    hq = {name: (f"({g.rnd.choice(['414', '520', '734'])}) 555-01{i:02d}", v.US_CITIES[i % len(v.US_CITIES)][0])
          for i, name in enumerate(v.COMPANIES)}
    sdrs = _staff(g, 6)

    def note(a: str) -> str | None:
        if g.rnd.random() < 0.35:
            return None
        return g.rnd.choice([f"Spoke with {a}, wants a demo next Tuesday.", f"{a} is evaluating Samsara too.",
                             "No answer, left voicemail.", f"{a} asked for pricing for 40 vehicles.",
                             "Bounced - wrong contact."])

    return Table("marts.lead_scores", "en", "snake", [
        c("lead_id", N, "VARCHAR", g.col(lambda: "00Q" + g.code("ZZZZZZZZZZZZ")), "decoy", SHAPE, KEY),
        c("first_name", "first_name", "VARCHAR", [a for a, _ in people]),
        c("last_name", "last_name", "VARCHAR", [b for _, b in people]),
        c("work_email", "email", "VARCHAR", [f"{v.plain(a)}.{v.plain(b)}@{domain[co]}"
                                             for (a, b), co in zip(people, companies, strict=True)]),
        c("direct_phone", "phone", "VARCHAR", g.phones("US", {"dashes": 0.4, "national": 0.4, "e164": 0.2}, 0.5,
                                                        0.4)),
        c("job_title", N, "VARCHAR", g.col(g.pick(["Fleet Manager", "Director of Operations", "COO",
                                                    "Maintenance Supervisor", "Owner"])), "decoy"),
        c("company_name", N, "VARCHAR", companies, BUSINESS),
        c("company_domain", N, "VARCHAR", [domain[co] for co in companies], BUSINESS),
        c("company_hq_phone", N, "VARCHAR", [hq[co][0] for co in companies], BUSINESS),
        c("company_hq_city", N, "VARCHAR", [hq[co][1] for co in companies], BUSINESS),
        c("employee_band", N, "VARCHAR", g.col(g.pick(["1-10", "11-50", "51-200", "201-500", "501-1000"])), "decoy"),
        c("industry", N, "VARCHAR", g.col(g.pick(["Logistics", "Construction", "Utilities", "Waste Management"])),
          "decoy"),
        c("lead_source", N, "VARCHAR", g.col(g.pick(["webinar", "g2", "paid_search", "outbound", "trade_show"])),
          "decoy"),
        c("utm_campaign", N, "VARCHAR", g.col(g.pick(["fy26_q1_fleet_safety", "brand_search", "retarget_demo"]),
                                              0.3), "decoy"),
        c("fit_score", N, "INTEGER", g.ints(0, 100), "decoy"),
        c("intent_score", N, "INTEGER", g.ints(0, 100), "decoy"),
        c("lead_score", N, "DOUBLE", g.floats(0, 1, 4), "decoy"),
        c("score_grade", N, "VARCHAR", g.col(g.pick(["A", "B", "C", "D"])), "decoy"),
        c("model_version", N, "VARCHAR", g.col(g.pick(["leadscore-lgbm-v7", "leadscore-lgbm-v8"])), "decoy"),
        c("mql_at", N, "TIMESTAMP", g.moments("2025-01-01", "2025-11-30", 0.4), "decoy"),
        c("sdr_owner", "person_name", "VARCHAR", g.col(g.pick(sdrs)), STAFF, ROLE),
        c("last_activity_note", "free_text", "VARCHAR", [note(a) for a, _ in people]),
    ])


def attribution_touchpoints(g: Gen) -> Table:
    """An outdoor-gear retailer's multi-touch attribution: touchpoint and conversion ids, a SHA-256 of the customer's
    e-mail (``none``), the anonymous id, time, channel and UTM values, a click id, the landing path, position and
    weights by model, attributed revenue, the converting e-mail (only on the converting touch, mostly NULL) and the
    client IP."""
    return Table("marts.attribution_touchpoints", "en", "snake", [
        c("touchpoint_id", N, "BIGINT", g.keys(1), "decoy", KEY),
        c("conversion_id", N, "VARCHAR", g.col(lambda: "ord_" + g.code("9999999")), "decoy", SHAPE),
        c("customer_email_sha256", N, "VARCHAR", g.col(lambda: v.sha256_of(v.email(g))), "decoy", SHAPE, HASHED),
        c("anonymous_id", N, "VARCHAR", g.col(g.uuid), "decoy", SHAPE),
        c("touch_ts", N, "TIMESTAMP", g.moments("2025-06-01", "2025-11-30"), "decoy"),
        c("channel", N, "VARCHAR", g.col(g.pick(["paid_search", "paid_social", "email", "organic", "affiliate"])),
          "decoy"),
        c("utm_source", N, "VARCHAR", g.col(g.pick(["google", "meta", "klaviyo", "avantlink", "bing"])), "decoy"),
        c("utm_medium", N, "VARCHAR", g.col(g.pick(["cpc", "paid_social", "email", "affiliate"])), "decoy"),
        c("utm_campaign", N, "VARCHAR", g.col(g.pick(["fall_layering_2025", "bfcm_2025", "tent_clearance",
                                                       "brand_exact"])), "decoy"),
        c("utm_content", N, "VARCHAR", g.col(g.pick(["hero_video_a", "carousel_b", "text_ad_3"]), 0.3), "decoy"),
        c("gclid", N, "VARCHAR", g.col(lambda: v.token(g, "Cj0KCQ", 40), 0.6), "decoy", SHAPE),
        c("landing_page", N, "VARCHAR", g.col(g.pick(["/collections/tents", "/products/alpine-parka",
                                                       "/sale", "/"])), "decoy"),
        c("touch_position", N, "INTEGER", g.ints(1, 8), "decoy"),
        c("weight_linear", N, "DOUBLE", g.floats(0, 1, 4), "decoy"),
        c("weight_time_decay", N, "DOUBLE", g.floats(0, 1, 4), "decoy"),
        c("weight_position_based", N, "DOUBLE", g.floats(0, 0.4, 4), "decoy"),
        c("attributed_revenue", N, "DOUBLE", g.amounts(0, 600), "decoy"),
        c("attribution_model", N, "VARCHAR", g.col(g.pick(["linear", "time_decay", "position_based"])), "decoy"),
        c("conversion_email", "email", "VARCHAR", g.col(lambda: v.email(g), 0.75), HEAVY),
        c("client_ip", "ip_address", "VARCHAR", g.col(lambda: g.ip(0.3), 0.2)),
    ])


# -- identity resolution, research, support ----------------------------------------------------------------------------


def match_pairs(g: Gen) -> Table:
    """An insurance broker's identity-resolution candidate pairs: two records side by side (full names, e-mail
    addresses, phones, birth dates as ``DATE`` and as ``MM/DD/YYYY`` text, ZIP codes), a blocking key (a name code
    and a ZIP prefix, ``none``), similarity features, the match score and decision, the model version and the data
    steward who reviewed it (staff)."""
    left, right, lemail, remail, ldob, rdob, lzip, rzip, keys = [], [], [], [], [], [], [], [], []
    stewards = _staff(g, 3)
    for _ in range(g.rows):
        a, b = v.person(g)
        same = g.rnd.random() < 0.55
        a2, b2 = (a, b) if same else v.person(g)
        left.append(f"{a} {b}")
        right.append(g.rnd.choice([f"{a2} {b2}", f"{b2}, {a2}", f"{a2[0]}. {b2}", f"{a2.upper()} {b2.upper()}"]))
        lemail.append(v.email_of(g, a, b))
        remail.append(lemail[-1] if same and g.rnd.random() < 0.5 else v.email_of(g, a2, b2))
        born = g.birth(1945, 2004)
        ldob.append(born)
        other = born if same else g.birth(1945, 2004)
        rdob.append(other.strftime("%m/%d/%Y"))
        place = v.us_place(g)
        lzip.append(v.us_zip(g, place[2]))
        rzip.append(lzip[-1] if same else v.us_zip(g, v.us_place(g)[2]))
        keys.append(f"{v.plain(b)[:1].upper()}{g.digits(3)}|{lzip[-1][:3]}")
    return Table("entity_resolution.match_pairs", "en", "snake", [
        c("pair_id", N, "BIGINT", g.keys(1), "decoy", KEY),
        c("left_record_id", N, "VARCHAR", g.col(lambda: f"ams:{g.digits(7)}"), "decoy", SHAPE),
        c("right_record_id", N, "VARCHAR", g.col(lambda: f"web:{g.digits(8)}"), "decoy", SHAPE),
        c("left_full_name", "person_name", "VARCHAR", left),
        c("right_full_name", "person_name", "VARCHAR", right),
        c("left_email", "email", "VARCHAR", lemail),
        c("right_email", "email", "VARCHAR", remail),
        c("left_phone", "phone", "VARCHAR", g.phones("US", {"national": 1.0}, 0.8, 0.1)),
        c("right_phone", "phone", "VARCHAR", g.phones("US", {"e164": 0.5, "digits": 0.5}, 0.8, 0.25)),
        c("left_dob", "date_of_birth", "DATE", ldob),
        c("right_dob", "date_of_birth", "VARCHAR", _mask(g, rdob, 0.2)),
        c("left_zip", "postal_code", "VARCHAR", lzip),
        c("right_zip", "postal_code", "VARCHAR", rzip),
        c("blocking_key", N, "VARCHAR", keys, "decoy", PARTIAL),
        c("name_jaro_winkler", N, "DOUBLE", g.floats(0.4, 1, 4), "decoy"),
        c("email_exact", N, "BOOLEAN", [x == y for x, y in zip(lemail, remail, strict=True)], "decoy"),
        c("dob_match", N, "BOOLEAN", [x.strftime("%m/%d/%Y") == y for x, y in zip(ldob, rdob, strict=True)],
          "decoy"),
        c("match_score", N, "DOUBLE", g.floats(0, 1, 4), "decoy"),
        c("decision", N, "VARCHAR", g.col(g.pick(["match", "non_match", "clerical_review"])), "decoy"),
        c("model_version", N, "VARCHAR", g.col(g.pick(["splink-4.0.5:m12", "splink-4.0.6:m13"])), "decoy", SHAPE),
        c("reviewed_by", "person_name", "VARCHAR", g.col(g.pick(stewards), 0.55), STAFF),
    ])


def research_extract(g: Gen) -> Table:
    """A diabetes study's pseudonymised research extract: the pseudonym, SHA-256 hashes of the name and e-mail
    (``none``), the birth year and the age at enrolment (``none``), sex, a 3-digit ZIP prefix and the state (``none``),
    enrolment month, arm and outcome measures, adverse-event text where the redaction missed names in about two rows
    in five (``free_text``), a full birth date the extract should have dropped (``attr_x``, ``misleading``) and the
    study coordinator (staff)."""
    people = _people(g)
    births = g.births(1945, 2001)
    places = [v.us_place(g) for _ in range(g.rows)]
    coordinators = _staff(g, 4)

    def event(a: str, b: str) -> str:
        return g.rnd.choice(["Mild hypoglycaemia after evening run, resolved with glucose tabs.",
                             "Sensor site irritation, replaced sensor.", "No adverse events reported.",
                             f"Participant {a} reported dizziness; spouse {v.whole(g)} drove them to clinic.",
                             f"[NAME] fell at home; per {a}, no hospital visit.", "Nausea week 3, resolved.",
                             f"{a} {b} missed visit 4 (family emergency)."])

    return Table("research.pseudonymised_extract", "en", "snake", [
        c("pseudo_id", N, "VARCHAR", [f"P-{i:05d}" for i in range(1, g.rows + 1)], "decoy", SHAPE, KEY),
        c("name_hash", N, "VARCHAR", [v.sha256_of(f"{a} {b}") for a, b in people], "decoy", SHAPE, HASHED),
        c("email_hash", N, "VARCHAR", [v.sha256_of(v.email_of(g, a, b)) for a, b in people], "decoy", SHAPE,
          HASHED),
        c("birth_year", N, "INTEGER", [b.year for b in births], "decoy", GENERALISED),
        c("age_at_enrolment", N, "INTEGER", [_age(b, date(2024, 3, 1)) for b in births], "decoy", AGE),
        c("sex", N, "VARCHAR", g.col(g.pick(["F", "M"])), "decoy"),
        c("postcode_prefix3", N, "VARCHAR", [p[2] for p in places], "decoy", PARTIAL),
        c("state", N, "VARCHAR", [p[1] for p in places], "decoy"),
        c("enrolment_month", N, "VARCHAR", g.col(lambda: f"2024-{g.rnd.randint(1, 9):02d}"), "decoy"),
        c("study_arm", N, "VARCHAR", g.col(g.pick(["CGM+coaching", "CGM", "usual_care"])), "decoy"),
        c("hba1c_baseline", N, "DOUBLE", g.floats(6.5, 11.5, 1), "decoy"),
        c("hba1c_12m", N, "DOUBLE", g.floats(5.9, 10.5, 1), "decoy"),
        c("steps_daily_avg", N, "INTEGER", g.ints(1_500, 14_000), "decoy"),
        c("bmi_band", N, "VARCHAR", g.col(g.pick(["18.5-24.9", "25-29.9", "30-34.9", "35+"])), "decoy"),
        c("adverse_event_text", "free_text", "VARCHAR", [event(a, b) for a, b in people]),
        c("attr_x", "date_of_birth", "VARCHAR", [b.isoformat() for b in births], MISLEADING),
        c("coordinator", "person_name", "VARCHAR", g.col(g.pick(coordinators)), STAFF, ROLE),
    ])


def support_qa_sample(g: Gen) -> Table:
    """A smart-thermostat maker's support QA sample: ids, sample time, channel, the agent (staff) and the agent's
    login (``unclassified``), the QA reviewer (staff), the customer's name, e-mail and phone (mostly NULL), the
    transcript and its generated summary naming the customer, rubric scores as JSON (``none``), QA score, CSAT,
    sentiment, language and topic."""
    people = _people(g)
    agents = [v.person(g) for _ in range(6)]
    reviewers = _staff(g, 3)
    pick = [g.rnd.randrange(len(agents)) for _ in range(g.rows)]
    emails = [v.email_of(g, a, b) for a, b in people]

    def transcript(i: int) -> str:
        a, b = people[i]
        ag = agents[pick[i]][0]
        return g.rnd.choice([
            (f"Agent: Thanks for contacting Thermly, this is {ag}. Customer: Hi, I'm {a} {b}, my thermostat keeps "
             f"going offline. Agent: Sorry about that {a}, can you confirm the email on the account? Customer: "
             f"{emails[i]}."),
            (f"Customer: My husband {v.given(g)} installed it and now the heat won't turn on. Agent: Hi {a}, "
             f"I'm {ag}, let's check the C-wire."),
            (f"Agent: Hi {a}! {ag} here. Customer: The schedule resets every night. Agent: I'll push a firmware "
             "update."),
            f"Customer: This is {a} {b}, call me back at {g.phone('US', 'national')}. Agent: Will do, {ag}.",
        ])

    def summary(i: int) -> str:
        a, b = people[i]
        return g.rnd.choice([f"{a} {b} reported connectivity drops; agent suggested router reboot.",
                             f"Customer ({a}) had wiring issue; resolved.", f"{a} asked about a refund; escalated."])

    return Table("support.qa_samples", "en", "snake", [
        c("sample_id", N, "BIGINT", g.keys(1), "decoy", KEY),
        c("ticket_id", N, "VARCHAR", g.col(lambda: f"TH-{g.digits(6)}"), "decoy", SHAPE),
        c("sampled_at", N, "TIMESTAMP", g.moments("2025-09-01", "2025-11-30"), "decoy"),
        c("channel", N, "VARCHAR", g.col(g.pick(["chat", "phone", "email"])), "decoy"),
        c("agent_name", "person_name", "VARCHAR", [f"{agents[p][0]} {agents[p][1]}" for p in pick], STAFF),
        c("agent_login", USERNAME, "VARCHAR", [v.login(*agents[p], 0) for p in pick], USER),
        c("qa_reviewer", "person_name", "VARCHAR", g.col(g.pick(reviewers)), STAFF),
        c("customer_name", "person_name", "VARCHAR", [f"{a} {b}" for a, b in people]),
        c("customer_email", "email", "VARCHAR", emails),
        c("customer_phone", "phone", "VARCHAR", g.phones("US", {"national": 0.5, "e164": 0.5}, 0.8, 0.55), HEAVY),
        c("transcript", "free_text", "VARCHAR", [transcript(i) for i in range(g.rows)]),
        c("auto_summary", "free_text", "VARCHAR", [summary(i) for i in range(g.rows)]),
        c("rubric_scores", N, "VARCHAR", g.col(lambda: json.dumps({"greeting": g.rnd.randint(0, 2),
                                                                   "empathy": g.rnd.randint(0, 3),
                                                                   "resolution": g.rnd.randint(0, 5)})),
          "decoy", JSON_PLAIN),
        c("qa_score", N, "INTEGER", g.ints(40, 100), "decoy"),
        c("csat", N, "INTEGER", g.ints(1, 5, 0.4), "decoy"),
        c("sentiment", N, "DOUBLE", g.floats(-1, 1, 3), "decoy"),
        c("language", N, "VARCHAR", g.col(g.pick(["en", "en", "es"])), "decoy"),
        c("topic", N, "VARCHAR", g.col(g.pick(["connectivity", "wiring", "billing", "schedule", "returns"])),
          "decoy"),
    ])


BUILDERS: list[tuple[Callable[[Gen], Table], int]] = [
    (dim_customer_snapshot, 900), (customer_360, 700), (churn_features, 1_000), (dsar_requests, 400),
    (de_einwilligungen, 800), (cdp_unified_profiles, 900), (dq_quarantine, 600), (es_respuestas, 700),
    (experiment_assignments, 1_100), (lead_scores, 600), (attribution_touchpoints, 1_200), (match_pairs, 800),
    (research_extract, 650), (support_qa_sample, 450),
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
