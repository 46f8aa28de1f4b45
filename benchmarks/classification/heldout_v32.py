"""Held-out set v32 for the column classifier: 14 tables of *event, log and data-lake data* as product and data
engineers land it, each from a different system, in domains v24 to v31 did not use: a web shop's clickstream with
flattened user properties and traits, a web server's access log parsed into columns, an API gateway's request log, a
Kafka topic of a Spanish telco's customer-update events flattened from JSON, an Italian cosmetics brand's e-mail
sends, opens and bounces, a French furniture shop's support-chat transcript lines, a US meal-kit app's crash reports,
a Dutch web shop's payment-gateway webhook log, a German engineering firm's identity-provider sign-in log, a feature
store's per-user aggregates, a data-lake raw table with opaque names, a dbt snapshot of customers, a Kubernetes
service's structured logs and a CDP's ``identifies`` table.

Written **blind**, like v2 to v31: by someone who has read neither the classifier (``governance_dagster/detect/``) nor
its rules, documentation, tests, changelog or notes, only the list of kind names (``governance_dagster/kinds.py``),
how the scorer registers a set (``heldout_v2_accuracy.py``, read and not run), the *structure* and labeling
conventions of v27 (``heldout_v27.py``, ``heldout_v27_values.py``, its test, ``tests/heldout_support.py``), the module
docstrings of v24 to v26 and v28 to v31 (to avoid their domains) and the ``Column``/``Table`` classes and writer they
build on. The classifier was not run on this set while it was written, no scorer was run on it, and no score of any
set was looked at: nothing here was adjusted to what the classifier does. It was written under a short deadline (45
minutes, the tests and lint included), so some labels below are quick decisions rather than settled conventions. Like
v27 it imports no earlier set's value module: its random source, name lists, streets, cities, companies and identifier
builders are its own (:mod:`benchmarks.classification.heldout_v32_values`; the generic ``Gen`` helpers were copied
from v27's, the lists are new: the US Midwest and South, Hesse and Lower Saxony, Occitanie and Hauts-de-France,
Valencia and Murcia, Emilia-Romagna and Apulia, Utrecht and North Brabant).

What is new against v2 to v31:

* event and log shapes: one row per event, request, log line, chat message, delivery or sign-in, 380-1,600 rows per
  table; most columns are machine data (tag ``decoy``): event, anonymous, session, trace, span, request, correlation
  and delivery ids and UUIDs (tag ``join_key``), Kafka partitions and offsets, HTTP methods, paths, status codes,
  latencies and byte counts, device models, app, OS and library versions, UTM parameters and campaign names, SKUs,
  page URLs without personal data, SMTP message ids (``<...@mta...>``), user agents (tag ``user_agent``), internal
  node and upstream addresses (``10.x``), coordinates of IP geolocation, sign-in locations and devices (tag
  ``coordinates``), numeric features, dbt's ``dbt_scd_id``/``dbt_valid_from``/``dbt_valid_to`` (tag ``snapshot``);
* integer surrogate keys named like personal fields (tag ``misleading``, ``none``): ``user_id``, ``email_id``, and
  flags ``phone_verified``/``is_phone_verified``; and the reverse: a CDP ``user_id`` that holds e-mail addresses;
* JSON flattened into column names (tag ``flattened``): ``user_props_email``, ``traits.phone``, ``traits.city``,
  ``payload_before_email``, ``payload_after_first_name``, ``payload_after_birth_date``, ``traits_address_street``;
  before images exist only on updates, user properties only after sign-in (``null_heavy``);
* personal data inside other text: request URIs whose query strings carry e-mail addresses (often URL-encoded), phones
  and names in many rows (tag ``url_query``), API request bodies and webhook payloads as JSON (tag ``json_blob``),
  chat messages, crash feedback, log lines and a raw table's notes (tag ``log_line``), a bounce diagnostic quoting the
  recipient's address and a device name holding its owner's given name (tag ``embedded``);
* logins: a basic-auth ``remote_user`` (``-`` in 86% of rows, tag ``nullword_heavy``), an API gateway's
  ``authPrincipal``, an identity provider's ``userPrincipalName`` (an e-mail-shaped UPN), a log's MDC user (all
  ``unclassified``, tag ``username``);
* hashed identifiers (tag ``hashed``, ``none``): a SHA-256 of the e-mail as a feature-store key, card fingerprints,
  MD5 row hashes; tokens and credentials (``evt_``, ``tr_``, ``cst_`` tokens, an API key id, a webhook signature);
* IP addresses v4 and v6 of clients (``ip_address``) next to a payment gateway's own sending IPs (``none``, tag
  ``business``);
* dates of birth as ``DATE``, as ISO text, as ``MM/DD/YYYY`` text and as days since 1970 in an ``INTEGER``
  (Debezium's date encoding, tag ``epoch_days``); identifiers with check digits (python-stdnum): the Spanish DNI, a US
  SSN and a card number (Luhn) in a raw table, Spanish and Dutch IBANs; phones of the US, Spain and France
  (phonenumbers) in E.164, international, national, dashed, dotted and digit forms;
* values in German, French, Spanish, Italian and Dutch (names, streets, cities, postcodes, chat and subject lines);
  French column names in the chat table; an opaque raw table (``col_001``..``col_018``, ``attr_a``..``attr_f``,
  tag ``opaque``).

Labeling choices a reader may question:

* a request URI column is ``free_text`` when many of its rows carry personal data of several kinds in query strings
  (here about half: e-mail addresses, phones, a name and ZIP); the page path and a page URL holding only UTM
  parameters are ``none``;
* a bounce diagnostic (``550 5.1.1 <address>: Recipient address rejected``) is ``email``: it holds one e-mail
  address per row inside fixed boilerplate (``free_text`` would be as defensible);
* a crash report's ``device_name`` (``<Given>'s iPhone``, ``iPhone de <Given>``) is ``first_name``: the only personal
  part is the owner's given name; 25% of its rows are NULL;
* a JSON request body or webhook payload holding name, e-mail, phone and address in some rows is ``free_text``
  (several kinds); headers, breadcrumbs and settings as JSON are ``none`` (tag ``json_plain``);
* a Debezium birth date as days since 1970 (``INTEGER``) is ``date_of_birth``: the column's meaning, not its type;
* the city of an IP's GeoIP lookup (``geoip_city``) and of a sign-in location (``location_city``) are ``city``: a
  place derived from a person's connection, like a user trait's city; IP geolocation coordinates are ``none``
  (coordinates are ``none`` in this set);
* a three-digit ZIP prefix (``zip3``), a card's last four digits and an MFA phone masked to its last two digits are
  ``none`` (tag ``partial``);
* the chat's ``nom_conseiller`` (the agent, few) is ``person_name`` (staff are people), the speaker role
  (``client``/``agent``/``bot``) is ``none``; an ESP's ``recipient`` is ``email``;
* a sign-in log's ``userDisplayName`` of employees (many distinct, ``Last, First`` in some rows) is ``person_name``,
  its UPN ``unclassified`` like any login;
* a payment gateway's merchant name and phone, a CDP trait's company name are ``none`` (tag ``business``); the
  consumer's name and IBAN of an iDEAL payment are personal;
* an e-mail domain (``gmail.com``) and an age bucket are ``none``; a feature store's ``debug_raw_email`` is ``email``.

Labeling rules otherwise as v2 to v31 (see :mod:`benchmarks.classification.heldout_v27`): a business's address,
phone, postal code and city are ``none`` (tag ``business``); staff names are ``person_name``; a login is
``unclassified`` (tag ``username``); credentials, tokens and hashes are ``none``. ``null_heavy`` means 50-95% NULL,
``nullword_heavy`` 70-95% NULL words.

Every value is generated here from :data:`SEED` (one ``random.Random`` per table, named after its builder) with
python-stdnum for check digits, phonenumbers for phone validity and formats, and the lists of names, streets, cities
and companies of :mod:`benchmarks.classification.heldout_v32_values`, written for v32 (no Faker, no list of real
people, no breach data). Build: ``python -m benchmarks.classification.heldout_v32 [PATH]`` (default
``/tmp/heldout_v32.duckdb``). Score: ``python -m benchmarks.classification.heldout_v2_accuracy --set v32``.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path

from benchmarks.classification import heldout_v4
from benchmarks.classification import heldout_v32_values as v
from benchmarks.classification.heldout_v2 import Column, Table
from benchmarks.classification.heldout_v32_values import NULLISH, SEED, USERNAME, Gen, N, c

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

DEFAULT_PATH = Path("/tmp/heldout_v32.duckdb")

NULLWORD = "nullword_heavy"  # 70-95% NULL-like strings, placeholders and empty strings (few real NULLs)
HEAVY = "null_heavy"  # 50-95% NULL
SHAPE = "value_shape"
MISLEADING = "misleading"
OPAQUE = "opaque"
STAFF = "staff"  # staff named in a column with few distinct values
ROLE = "role_word"
USER = "username"  # a login, basic-auth user, principal or UPN (unclassified)
SERVICE = "service_account"
KEY = "join_key"  # an id, foreign key, event/session/trace/span/request id or UUID (none)
HASHED = "hashed"  # a hash of an identifier (none)
FLAT = "flattened"  # a JSON property flattened into a column name (user_props_, traits., payload_after_ ...)
JSON = "json_blob"  # a JSON document in a cell holding personal data of several kinds (free_text)
JSON_PLAIN = "json_plain"  # a JSON document in a cell holding no personal data (none)
URL_QUERY = "url_query"  # request URIs whose query strings carry e-mail addresses and phones in many rows
EMBEDDED = "embedded"  # one personal value inside boilerplate (a bounce diagnostic, a device name)
LOG_LINE = "log_line"  # a log or chat message naming people (free_text)
TOKEN = "tokenized"  # a processor's token or event id (evt_, tr_, cst_): none
PARTIAL = "partial"  # last four digits, a ZIP prefix, a masked phone: none
CREDENTIAL = "credential"  # an API key id, a webhook signature (none)
AGENT = "user_agent"  # an HTTP user agent (none)
COORD = "coordinates"  # latitude/longitude (none)
SCD = "snapshot"  # dbt snapshot columns (none)
EPOCH = "epoch_days"  # a date of birth as days since 1970-01-01 (Debezium io.debezium.time.Date)

EPOCH0 = date(1970, 1, 1)
CARDS = ("creditcard", "bancontact")


def _words(*extra: str) -> tuple[str, ...]:
    return ("", "-", "NULL", "null", "(not set)", "undefined") + extra


def _staff(g: Gen, n: int, make: Callable[[Gen], str] = v.whole) -> list[str]:
    out: set[str] = set()
    while len(out) < n:
        out.add(make(g))
    return sorted(out)


def _later(g: Gen, starts: list, lo_s: int, hi_s: int, null: float = 0.0) -> list:
    return [None if s is None or g.rnd.random() < null else s + timedelta(seconds=g.rnd.randint(lo_s, hi_s))
            for s in starts]


def _mask(values: list, null: float, g: Gen) -> list:
    return [None if g.rnd.random() < null else x for x in values]


def _hex(g: Gen, n: int) -> str:
    return g.code("x" * n)


# -- product analytics and web/API logs --------------------------------------------------------------------------------


def web_events(g: Gen) -> Table:
    """A web shop's clickstream as a CDP lands it (one row per event): event, anonymous, session and surrogate user
    keys, the page path and a URL with UTM parameters only (``none``), UTM columns, the client IP and user agent, user
    properties flattened into columns (``user_props_email``, ``user_props_first_name``: set only after sign-in, mostly
    NULL) and traits (``traits.phone``, ``traits.city``, ``traits.postal_code``), IP geolocation (country, region and
    coordinates of a city centre: ``none``), device, app and OS versions, SKU and revenue, and two flags."""
    people = [v.person(g) for _ in range(g.rows)]
    places = [v.us_city(g) for _ in range(g.rows)]
    known = [g.rnd.random() < 0.42 for _ in range(g.rows)]
    paths = g.col(g.pick(v.PAGES))
    src = g.col(g.pick(["google", "facebook", "newsletter", "tiktok", "bing", "direct"]))
    camp = g.col(g.pick(v.CAMPAIGNS))
    return Table("analytics.web_events", "en", "snake", [
        c("event_id", N, "VARCHAR", g.col(g.uuid), "decoy", KEY),
        c("anonymous_id", N, "VARCHAR", g.col(g.uuid), "decoy", KEY),
        c("user_id", N, "BIGINT", g.ints(10_000, 99_999, 0.45), "decoy", KEY, MISLEADING),
        c("session_id", N, "VARCHAR", g.col(lambda: "s_" + _hex(g, 20)), "decoy", KEY),
        c("event_name", N, "VARCHAR", g.col(g.pick(["page_viewed", "product_viewed", "added_to_cart",
                                                     "checkout_started", "order_completed", "signed_up"])), "decoy"),
        c("event_ts", N, "TIMESTAMP", g.moments("2025-10-01", "2025-12-31"), "decoy"),
        c("page_path", N, "VARCHAR", paths, "decoy"),
        c("page_url", N, "VARCHAR", [f"https://{v.HOSTS[0]}{p}?utm_source={s}&utm_campaign={k}"
                                     for p, s, k in zip(paths, src, camp, strict=True)], "decoy", SHAPE),
        c("page_referrer", N, "VARCHAR", g.col(g.pick(["https://www.google.com/", "https://l.instagram.com/",
                                                        "https://www.bing.com/", "android-app://com.google.gm/"]),
                                               0.35), "decoy"),
        c("utm_source", N, "VARCHAR", src, "decoy"),
        c("utm_medium", N, "VARCHAR", g.col(g.pick(["cpc", "email", "social", "organic"])), "decoy"),
        c("utm_campaign", N, "VARCHAR", camp, "decoy"),
        c("context_ip", "ip_address", "VARCHAR", g.col(lambda: g.ip(0.25))),
        c("context_user_agent", N, "VARCHAR", g.col(g.pick(v.USER_AGENTS[:5])), "decoy", AGENT),
        c("user_props_email", "email", "VARCHAR",
          [v.email_of(g, a, b, v.DOMAINS["us"]) if k and g.rnd.random() < 0.9 else None
           for (a, b), k in zip(people, known, strict=True)], HEAVY, FLAT),
        c("user_props_first_name", "first_name", "VARCHAR", [a if k else None for (a, _), k in
                                                            zip(people, known, strict=True)], HEAVY, FLAT),
        c("traits.phone", "phone", "VARCHAR", [g.phone("US", g.rnd.choice(["e164", "national", "dashes"]))
                                               if k and g.rnd.random() < 0.5 else None for k in known], HEAVY, FLAT),
        c("traits.city", "city", "VARCHAR", [p[0] if g.rnd.random() < 0.7 else None for p in places], FLAT),
        c("traits.postal_code", "postal_code", "VARCHAR", [v.us_zip(g, p[2], 0.1) if g.rnd.random() < 0.6 else None
                                                           for p in places], FLAT),
        c("geo_country", N, "VARCHAR", g.col(g.pick(["US", "US", "US", "CA"])), "decoy"),
        c("geo_region", N, "VARCHAR", [p[1] for p in places], "decoy"),
        c("geo_lat", N, "DOUBLE", g.floats(29.7, 46.8, 4), "decoy", COORD),
        c("geo_lon", N, "DOUBLE", g.floats(-96.0, -80.8, 4), "decoy", COORD),
        c("device_model", N, "VARCHAR", g.col(g.pick(v.DEVICE_MODELS), 0.4), "decoy"),
        c("os_version", N, "VARCHAR", g.col(g.pick(v.OS_VERSIONS)), "decoy"),
        c("app_version", N, "VARCHAR", g.col(g.version, 0.4), "decoy", SHAPE),
        c("sku", N, "VARCHAR", g.col(g.pick(v.SKUS), 0.5), "decoy", SHAPE),
        c("revenue", N, "DOUBLE", [None if g.rnd.random() < 0.6 else round(g.rnd.uniform(12, 480), 2)
                                   for _ in range(g.rows)], "decoy"),
        c("email_opt_in", N, "BOOLEAN", g.yn(True, False, 0.3), "decoy"),
        c("phone_verified", N, "BOOLEAN", g.yn(True, False, 0.2), "decoy", MISLEADING),
    ])


def nginx_access(g: Gen) -> Table:
    """A web server's access log parsed into columns: the time, the client address (IPv4 and IPv6), the basic-auth
    user of the admin area (``-`` for everyone else: a login, tag ``username``, NULL words), the method, the request
    URI (query strings of newsletter, password-reset and unsubscribe links carry e-mail addresses and phones in many
    rows: ``free_text``), status, bytes, request time, referrer, user agent, the forwarded-for address, the request id,
    the upstream (an internal server and port: ``none``), server name, TLS protocol and the city of the GeoIP lookup."""
    admins = sorted({v.login(*v.person(g), i) for i in range(5)})
    people = [v.person(g) for _ in range(g.rows)]

    def uri(i: int) -> str:
        a, b = people[i]
        r = g.rnd.random()
        if r < 0.22:
            encoded = v.email_of(g, a, b, v.DOMAINS["us"]).replace("@", "%40")
            return f"/newsletter/confirm?email={encoded}&t={_hex(g, 12)}"
        if r < 0.34:
            return f"/account/reset-password?email={v.email_of(g, a, b, v.DOMAINS['us'])}"
        if r < 0.42:
            return f"/unsubscribe?e={v.email_of(g, a, b, v.DOMAINS['us'])}&list=weekly"
        if r < 0.50:
            return f"/api/v1/otp/send?phone={g.phone('US', 'e164').replace('+', '%2B')}"
        if r < 0.55:
            return f"/track?name={a}+{b}&zip={v.us_zip(g, v.us_city(g)[2])}"
        return g.rnd.choice(v.PAGES) + g.rnd.choice(["", "", "?page=2", "?utm_source=google&utm_medium=cpc",
                                                     "?q=rain+jacket", "?sort=price_asc"])

    return Table("nginx.access_log", "en", "snake", [
        c("time_local", N, "TIMESTAMP", g.moments("2025-11-01", "2025-11-30"), "decoy"),
        c("remote_addr", "ip_address", "VARCHAR", g.col(lambda: g.ip(0.3))),
        c("remote_user", USERNAME, "VARCHAR", g.sparse(g.pick(admins), 0.86, ("-", "-", "-", "")), USER, NULLWORD),
        c("request_method", N, "VARCHAR", g.col(g.pick(["GET", "GET", "GET", "POST", "HEAD"])), "decoy"),
        c("request_uri", "free_text", "VARCHAR", [uri(i) for i in range(g.rows)], URL_QUERY),
        c("status", N, "INTEGER", g.col(g.pick([200, 200, 200, 301, 302, 304, 404, 499, 502])), "decoy"),
        c("body_bytes_sent", N, "BIGINT", g.ints(0, 250_000), "decoy"),
        c("request_time", N, "DOUBLE", g.floats(0.001, 2.5, 3), "decoy"),
        c("http_referer", N, "VARCHAR", g.col(g.pick(["-", f"https://{v.HOSTS[0]}/", "https://www.google.com/",
                                                      f"https://{v.HOSTS[1]}/cart"])), "decoy"),
        c("http_user_agent", N, "VARCHAR", g.col(g.pick(v.USER_AGENTS)), "decoy", AGENT),
        c("http_x_forwarded_for", "ip_address", "VARCHAR", g.col(lambda: g.ip(0.2), 0.3)),
        c("request_id", N, "VARCHAR", g.col(lambda: _hex(g, 32)), "decoy", KEY),
        c("upstream_addr", N, "VARCHAR", g.col(lambda: f"10.12.{g.rnd.randint(0, 9)}.{g.rnd.randint(2, 250)}:8080"),
          "decoy", SHAPE),
        c("server_name", N, "VARCHAR", g.col(g.pick(v.HOSTS)), "decoy"),
        c("ssl_protocol", N, "VARCHAR", g.col(g.pick(["TLSv1.3", "TLSv1.3", "TLSv1.2"])), "decoy"),
        c("geoip_city", "city", "VARCHAR", g.col(lambda: v.us_city(g)[0], 0.2)),
        c("geoip_country_code", N, "VARCHAR", g.col(g.pick(["US", "US", "US", "CA", "MX"])), "decoy"),
    ])


def api_requests(g: Gen) -> Table:
    """An API gateway's request log (camel case): request, trace and span ids, method, resource path, status, latency,
    the source IP, the authenticated principal (an app user's login: ``unclassified``), the API key id (``none``),
    client id, user agent, the request body as JSON (about half are sign-up or profile updates with name, e-mail and
    phone: ``free_text``), the response size, an error message, the tenant and the query string (paging only)."""
    logins = [v.login(*v.person(g), g.rnd.randint(0, 4)) + str(g.rnd.randint(1, 99)) for _ in range(400)]

    def body() -> str | None:
        r = g.rnd.random()
        if r < 0.15:
            return None
        a, b = v.person(g)
        if r < 0.40:
            return json.dumps({"firstName": a, "lastName": b, "email": v.email_of(g, a, b, v.DOMAINS["us"]),
                               "marketingOptIn": g.rnd.random() < 0.5})
        if r < 0.58:
            return json.dumps({"phone": g.phone("US", "e164"), "address": {"line1": v.us_street(g),
                                                                         "postalCode": v.us_zip(g, "372")}})
        return json.dumps({"sku": g.rnd.choice(v.SKUS), "quantity": g.rnd.randint(1, 4),
                           "currency": "USD"})

    return Table("apigw.requestLog", "en", "camel", [
        c("requestId", N, "VARCHAR", g.col(g.uuid), "decoy", KEY),
        c("traceId", N, "VARCHAR", g.col(lambda: _hex(g, 32)), "decoy", KEY),
        c("spanId", N, "VARCHAR", g.col(lambda: _hex(g, 16)), "decoy", KEY),
        c("requestTime", N, "TIMESTAMP", g.moments("2025-12-01", "2025-12-14"), "decoy"),
        c("httpMethod", N, "VARCHAR", g.col(g.pick(["GET", "POST", "PATCH", "PUT", "DELETE"])), "decoy"),
        c("resourcePath", N, "VARCHAR", g.col(g.pick(["/v2/customers/{id}", "/v2/customers/{id}/addresses",
                                                      "/v2/carts/{cartId}/items", "/v2/signup", "/v2/orders"])),
          "decoy"),
        c("statusCode", N, "INTEGER", g.col(g.pick([200, 200, 201, 204, 400, 401, 404, 429, 500])), "decoy"),
        c("latencyMs", N, "INTEGER", g.ints(3, 2_400), "decoy"),
        c("sourceIp", "ip_address", "VARCHAR", g.col(lambda: g.ip(0.35))),
        c("authPrincipal", USERNAME, "VARCHAR", g.col(g.pick(logins), 0.25), USER),
        c("apiKeyId", N, "VARCHAR", g.col(lambda: v.token(g, "ak_live_", 16)), "decoy", CREDENTIAL),
        c("clientId", N, "VARCHAR", g.col(g.pick(["web-storefront", "ios-app", "android-app", "partner-feed"])),
          "decoy"),
        c("userAgent", N, "VARCHAR", g.col(g.pick(v.USER_AGENTS)), "decoy", AGENT),
        c("requestBody", "free_text", "VARCHAR", [body() for _ in range(g.rows)], JSON),
        c("responseSize", N, "INTEGER", g.ints(0, 48_000), "decoy"),
        c("errorMessage", N, "VARCHAR", g.col(g.pick(["validation failed: field 'email' is required",
                                                      "rate limit exceeded", "token expired",
                                                      "customer not found"]), 0.65), "decoy"),
        c("tenantId", N, "VARCHAR", g.col(g.pick(["tn_us_east", "tn_us_central"])), "decoy"),
        c("queryString", N, "VARCHAR", g.col(g.pick(["page=1&limit=50", "page=2&limit=50", "expand=items",
                                                     "include=addresses"]), 0.5), "decoy"),
    ])


def kafka_customer_updates(g: Gen) -> Table:
    """A Kafka topic of customer-update events of a Spanish telco's CRM, flattened from JSON by the sink
    (``payload_before_*``, ``payload_after_*``): topic, partition, offset, timestamp, key, operation, the before image
    (only on updates: mostly NULL), the after image (names, two surnames in one column, e-mail, mobile, the birth date
    as days since 1970 (an ``INTEGER``), the DNI, street, postcode, city, IBAN), an update time in epoch milliseconds,
    headers as JSON (no personal data) and a schema version."""
    ops = g.col(g.pick(["c", "u", "u", "u", "r"]))
    births = g.births(1940, 2006)
    places = [v.eu_place(g, "es") for _ in range(g.rows)]
    people = [(v.given(g, "es"), f"{v.family(g, 'es')} {v.family(g, 'es')}") for _ in range(g.rows)]

    def before(make: Callable[[], str], op: str) -> str | None:
        return make() if op == "u" and g.rnd.random() < 0.55 else None

    return Table("kafka.crm_customer_updates", "en", "snake", [
        c("topic", N, "VARCHAR", ["crm.public.customers"] * g.rows, "decoy"),
        c("kafka_partition", N, "INTEGER", g.ints(0, 11), "decoy"),
        c("kafka_offset", N, "BIGINT", g.keys(4_810_000, 3), "decoy", KEY),
        c("kafka_timestamp", N, "TIMESTAMP", g.moments("2025-09-01", "2025-12-31"), "decoy"),
        c("message_key", N, "VARCHAR", g.col(lambda: f"CUST-{g.rnd.randint(1, 999_999):07d}"), "decoy", KEY),
        c("op", N, "VARCHAR", ops, "decoy"),
        c("payload_before_email", "email", "VARCHAR", [before(lambda: v.email(g, lang="es"), o) for o in ops], HEAVY,
          FLAT),
        c("payload_before_mobile", "phone", "VARCHAR",
          [before(lambda: g.phone("ES", g.rnd.choice(["national", "intl"])), o) for o in ops], HEAVY, FLAT),
        c("payload_after_first_name", "first_name", "VARCHAR", [a for a, _ in people], FLAT),
        c("payload_after_last_name", "last_name", "VARCHAR", [b for _, b in people], FLAT),
        c("payload_after_email", "email", "VARCHAR", [v.email_of(g, a, b.split()[0], v.DOMAINS["es"])
                                                      for a, b in people], FLAT),
        c("payload_after_mobile", "phone", "VARCHAR", g.phones("ES", {"national": 0.4, "intl": 0.3, "e164": 0.3},
                                                                0.9, 0.05), FLAT),
        c("payload_after_birth_date", "date_of_birth", "INTEGER", [(d - EPOCH0).days for d in births], FLAT, EPOCH),
        c("payload_after_document_number", "national_id", "VARCHAR", g.col(lambda: v.es_dni(g), 0.15), FLAT),
        c("payload_after_address_street", "street_address", "VARCHAR", g.col(lambda: v.eu_street(g, "es")), FLAT),
        c("payload_after_address_zip", "postal_code", "VARCHAR", [p[1] for p in places], FLAT),
        c("payload_after_address_city", "city", "VARCHAR", [p[0] for p in places], FLAT),
        c("payload_after_iban", "iban", "VARCHAR", g.col(lambda: v.iban(g, "ES", g.rnd.random() < 0.5), 0.6), HEAVY,
          FLAT),
        c("payload_after_updated_at", N, "BIGINT", g.ints(1_756_684_800_000, 1_767_139_200_000), "decoy", FLAT),
        c("payload_after_tariff", N, "VARCHAR", g.col(g.pick(["Fibra 600Mb", "Móvil 50GB", "Fusión Total",
                                                              "Prepago"])), "decoy", FLAT),
        c("headers", N, "VARCHAR", g.col(lambda: json.dumps({"traceparent": f"00-{_hex(g, 32)}-{_hex(g, 16)}-01",
                                                             "source": "crm-es", "schema": "customer.v7"})),
          "decoy", JSON_PLAIN),
        c("schema_version", N, "INTEGER", g.col(g.pick([6, 7, 7, 7])), "decoy"),
    ])


def email_events(g: Gen) -> Table:
    """An e-mail service provider's event export of an Italian cosmetics brand: event id and type, time, the SMTP
    message id (``<...@mta...>``: ``none``), the recipient, its domain and mailbox provider, merge fields (first name,
    city), campaign, list, subscriber and ``email_id`` surrogate keys, the subject line, the opening device's IP (only
    on opens and clicks: mostly NULL) and user agent, the clicked URL (UTM only), the bounce diagnostic (a remote
    server's reply quoting the recipient's address) and a mobile flag."""
    types = g.col(g.pick(["sent", "delivered", "delivered", "open", "open", "click", "bounce", "unsubscribe"]))
    people = [v.person(g, "it") for _ in range(g.rows)]
    rcpt = [v.email_of(g, a, b, v.DOMAINS["it"]) for a, b in people]
    return Table("esp.email_events", "en", "snake", [
        c("event_id", N, "VARCHAR", g.col(g.uuid), "decoy", KEY),
        c("event_type", N, "VARCHAR", types, "decoy"),
        c("event_ts", N, "TIMESTAMP", g.moments("2025-03-01", "2025-06-30"), "decoy"),
        c("smtp_message_id", N, "VARCHAR", g.col(lambda: f"<{_hex(g, 16)}.{g.digits(6)}@mta{g.rnd.randint(1, 9)}"
                                                         ".mailer-eu.net>"), "decoy", SHAPE),
        c("recipient", "email", "VARCHAR", rcpt, ROLE),
        c("recipient_domain", N, "VARCHAR", [r.split("@")[1] for r in rcpt], "decoy"),
        c("mailbox_provider", N, "VARCHAR", g.col(g.pick(["Gmail", "Libero", "Outlook", "Apple", "Other"])),
          "decoy"),
        c("merge_first_name", "first_name", "VARCHAR", [a if g.rnd.random() < 0.85 else None for a, _ in people]),
        c("merge_city", "city", "VARCHAR", g.col(lambda: v.eu_place(g, "it")[0], 0.4)),
        c("campaign_id", N, "INTEGER", g.ints(700, 760), "decoy", KEY),
        c("campaign_name", N, "VARCHAR", g.col(g.pick(["Primavera 2025 - lancio siero", "Newsletter aprile",
                                                        "Carrello abbandonato 24h", "Festa della mamma"])), "decoy"),
        c("list_id", N, "INTEGER", g.ints(1, 6), "decoy", KEY),
        c("subscriber_id", N, "BIGINT", g.ints(100_000, 999_999), "decoy", KEY),
        c("email_id", N, "BIGINT", g.keys(5_000_001), "decoy", KEY, MISLEADING),
        c("subject", N, "VARCHAR", g.col(g.pick(["{{first_name}}, la tua pelle ti ringrazierà",
                                                  "Solo per oggi: -30% su tutto", "Il tuo carrello ti aspetta",
                                                  "Novità di primavera"])), "decoy"),
        c("open_ip", "ip_address", "VARCHAR", [g.ip(0.3) if t in ("open", "click") else None for t in types], HEAVY),
        c("open_user_agent", N, "VARCHAR", [g.rnd.choice(v.USER_AGENTS[:5]) if t in ("open", "click", "delivered")
                                            else None for t in types], "decoy", AGENT),
        c("click_url", N, "VARCHAR", g.col(lambda: "https://www.bellaterra-cosmetici.it/"
                                           f"{g.rnd.choice(['siero', 'crema', 'offerte'])}"
                                           f"?utm_source=esp&utm_campaign={g.rnd.choice(v.CAMPAIGNS)}", 0.55),
          "decoy"),
        c("bounce_diagnostic", "email", "VARCHAR",
          [f"550 5.1.1 <{r}>: Recipient address rejected: User unknown" if t == "bounce" or g.rnd.random() < 0.1
           else None for r, t in zip(rcpt, types, strict=True)], HEAVY, EMBEDDED),
        c("is_mobile", N, "BOOLEAN", g.yn(True, False, 0.6), "decoy"),
    ])


def chat_transcripts(g: Gen) -> Table:
    """A support chat's transcript lines of a French furniture web shop (French column names): conversation and
    message ids, time, the speaker (client, agent, bot: ``none``), the agent of the conversation (few), the visitor's
    first name, e-mail and callback phone from the pre-chat form, the message text (names, phones, order numbers:
    ``free_text``), channel, language, waiting time, satisfaction, order number, delivery town, attachment URL."""
    agents = _staff(g, 5, lambda x: v.whole(x, "fr"))
    conv = [g.rnd.randint(1, 260) for _ in range(g.rows)]
    conv_agent = {k: g.rnd.choice(agents) for k in range(1, 261)}
    conv_person = {k: v.person(g, "fr") for k in range(1, 261)}
    speakers = g.col(g.pick(["client", "client", "agent", "agent", "bot"]))

    def text(k: int, who: str) -> str:
        a, b = conv_person[k]
        if who == "bot":
            return g.rnd.choice(["Bonjour ! Un conseiller va vous répondre.", "Merci d'avoir patienté.",
                                 "Pouvez-vous nous indiquer votre numéro de commande ?"])
        if who == "agent":
            return g.rnd.choice([f"Bonjour {a}, je regarde votre commande.",
                                 f"Je vous rappelle au {g.phone('FR', 'national')} dans l'après-midi.",
                                 "Le transporteur passera jeudi entre 8h et 13h.",
                                 f"C'est noté, M./Mme {b}, le remboursement part aujourd'hui."])
        return g.rnd.choice(["Bonjour, ma commande n'est toujours pas arrivée",
                             f"Je suis {a} {b}, commande {g.code('CMD-999999')}",
                             f"Vous pouvez me joindre au {g.phone('FR', 'national')}",
                             f"mon mail c'est {v.email_of(g, a, b, v.DOMAINS['fr'])}",
                             "Le canapé est arrivé abîmé", "Merci beaucoup, bonne journée",
                             (f"Livraison au {v.eu_street(g, 'fr')}, c'est ma voisine {v.given(g, 'fr')} qui "
                              "réceptionne")])

    return Table("chat.transcriptions", "fr", "snake", [
        c("id_conversation", N, "INTEGER", conv, "decoy", KEY),
        c("id_message", N, "BIGINT", g.keys(880_001), "decoy", KEY),
        c("horodatage", N, "TIMESTAMP", g.moments("2025-10-01", "2025-11-30"), "decoy"),
        c("locuteur", N, "VARCHAR", speakers, "decoy"),
        c("nom_conseiller", "person_name", "VARCHAR", [conv_agent[k] for k in conv], STAFF, ROLE),
        c("prenom_visiteur", "first_name", "VARCHAR", [conv_person[k][0] if k % 5 else None for k in conv]),
        c("email_visiteur", "email", "VARCHAR", [v.email_of(g, *conv_person[k], v.DOMAINS["fr"])
                                                 if k % 5 in (1, 2) else None for k in conv], HEAVY),
        c("tel_rappel", "phone", "VARCHAR", [g.phone("FR", g.rnd.choice(["national", "intl", "e164"]))
                                             if k % 4 == 0 else None for k in conv], HEAVY),
        c("texte_message", "free_text", "VARCHAR", [text(k, s) for k, s in zip(conv, speakers, strict=True)],
          LOG_LINE),
        c("canal", N, "VARCHAR", g.col(g.pick(["web", "web", "whatsapp", "messenger"])), "decoy"),
        c("langue", N, "VARCHAR", g.col(g.pick(["fr", "fr", "fr", "en"])), "decoy"),
        c("attente_s", N, "INTEGER", g.ints(0, 900), "decoy"),
        c("note_satisfaction", N, "INTEGER", g.ints(1, 5, 0.5), "decoy"),
        c("num_commande", N, "VARCHAR", g.col(lambda: g.code("CMD-999999"), 0.4), "decoy", SHAPE),
        c("ville_livraison", "city", "VARCHAR", g.col(lambda: v.eu_place(g, "fr")[0], 0.45)),
        c("piece_jointe", N, "VARCHAR", g.col(lambda: f"https://cdn.meubles-lune.fr/chat/{_hex(g, 24)}.jpg", 0.6),
          "decoy"),
    ])


def crash_reports(g: Gen) -> Table:
    """A mobile app's crash reports (a US meal-kit app): crash, install and user keys, time, app version and build,
    OS and device model, the device's name as its owner set it (``Everett's iPhone``: ``first_name``), the account's
    e-mail and full name attached by the SDK (mostly NULL), the exception, free memory, battery, locale and country,
    the last known coordinates (``none``), breadcrumbs as JSON (no personal data), the user's feedback (mostly NULL,
    names and phones: ``free_text``) and the client IP."""
    people = [v.person(g) for _ in range(g.rows)]

    def device_name(a: str) -> str:
        return g.rnd.choice([f"{a}'s iPhone", f"{a}’s iPhone", f"iPhone de {a}", f"{a}'s Galaxy S24", f"{a}s-Pixel"])

    def feedback() -> str:
        a, b = v.person(g)
        return g.rnd.choice(["crashed again when I hit checkout",
                             f"This is {a} {b}, app closes on launch. Call me {g.phone('US', 'national')}",
                             f"my partner {v.given(g)} has the same problem",
                             f"please email me at {v.email_of(g, a, b, v.DOMAINS['us'])}", "lost my cart twice"])

    return Table("mobile.crash_reports", "en", "snake", [
        c("crash_id", N, "VARCHAR", g.col(g.uuid), "decoy", KEY),
        c("install_id", N, "VARCHAR", g.col(g.uuid), "decoy", KEY),
        c("user_id", N, "BIGINT", g.ints(1, 250_000, 0.2), "decoy", KEY, MISLEADING),
        c("occurred_at", N, "TIMESTAMP", g.moments("2025-11-01", "2025-12-31"), "decoy"),
        c("app_version", N, "VARCHAR", g.col(g.pick(["5.12.0", "5.12.1", "5.13.0", "5.14.0-beta.2"])), "decoy",
          SHAPE),
        c("build_number", N, "INTEGER", g.ints(5120, 5149), "decoy"),
        c("os_version", N, "VARCHAR", g.col(g.pick(v.OS_VERSIONS)), "decoy"),
        c("device_model", N, "VARCHAR", g.col(g.pick(v.DEVICE_MODELS)), "decoy"),
        c("device_name", "first_name", "VARCHAR", [device_name(a) if g.rnd.random() < 0.75 else None
                                                   for a, _ in people], EMBEDDED),
        c("user_email", "email", "VARCHAR", [v.email_of(g, a, b, v.DOMAINS["us"]) if g.rnd.random() < 0.4 else None
                                             for a, b in people], HEAVY),
        c("user_full_name", "person_name", "VARCHAR", [f"{a} {b}" if g.rnd.random() < 0.3 else None
                                                       for a, b in people], HEAVY),
        c("exception_type", N, "VARCHAR", g.col(g.pick(["NSInvalidArgumentException", "EXC_BAD_ACCESS",
                                                        "java.lang.NullPointerException", "OutOfMemoryError",
                                                        "kotlin.UninitializedPropertyAccessException"])), "decoy"),
        c("exception_message", N, "VARCHAR", g.col(g.pick(["Attempt to invoke virtual method on a null object",
                                                           "unrecognized selector sent to instance 0x2834f1c00",
                                                           "Failed to allocate a 16777232 byte allocation"])),
          "decoy"),
        c("free_memory_mb", N, "INTEGER", g.ints(40, 3_800), "decoy"),
        c("battery_level", N, "DOUBLE", g.floats(0.02, 1.0, 2), "decoy"),
        c("locale", N, "VARCHAR", g.col(g.pick(["en_US", "en_US", "es_US", "en_CA"])), "decoy"),
        c("country_code", N, "VARCHAR", g.col(g.pick(["US", "US", "US", "CA"])), "decoy"),
        c("last_lat", N, "DOUBLE", g.floats(30.0, 45.0, 5), "decoy", COORD),
        c("last_lng", N, "DOUBLE", g.floats(-97.0, -82.0, 5), "decoy", COORD),
        c("breadcrumbs", N, "VARCHAR", g.col(lambda: json.dumps([{"screen": g.rnd.choice(["Menu", "Cart", "Checkout",
                                                                                         "Recipe"])},
                                                                 {"action": g.rnd.choice(["tap_add", "swipe",
                                                                                          "tap_pay"])}])),
          "decoy", JSON_PLAIN),
        c("user_feedback", "free_text", "VARCHAR", g.col(feedback, 0.82), HEAVY, LOG_LINE),
        c("client_ip", "ip_address", "VARCHAR", g.col(lambda: g.ip(0.3), 0.1)),
    ])


def webhook_deliveries(g: Gen) -> Table:
    """A Dutch web shop's payment gateway webhook log: delivery id, the gateway's event id, payment and customer
    tokens (``none``), event type, time, attempt, our response status, the signature header (``none``), the gateway's
    own sending IP (``none``, tag ``business``), amount, currency and method, the card's last four digits and
    fingerprint (``none``), the consumer's name, IBAN (iDEAL and SEPA payments only), e-mail, postcode and town, the
    whole payload as JSON (name, e-mail, address: ``free_text``), the description, the merchant's name and phone
    (``none``) and the SEPA mandate reference."""
    people = [v.person(g, "nl") for _ in range(g.rows)]
    places = [v.eu_place(g, "nl") for _ in range(g.rows)]
    methods = g.col(g.pick(["ideal", "ideal", "creditcard", "bancontact", "directdebit"]))
    mails = [v.email_of(g, a, b, v.DOMAINS["nl"]) for a, b in people]

    def payload(i: int) -> str:
        a, b = people[i]
        return json.dumps({"id": f"tr_{_hex(g, 10)}", "method": methods[i], "billingAddress": {
            "givenName": a, "familyName": b, "email": mails[i], "streetAndNumber": v.eu_street(g, "nl"),
            "postalCode": places[i][1], "city": places[i][0], "country": "NL"}})

    return Table("payments.webhook_deliveries", "en", "snake", [
        c("delivery_id", N, "BIGINT", g.keys(310_001), "decoy", KEY),
        c("gateway_event_id", N, "VARCHAR", g.col(lambda: v.token(g, "evt_", 18)), "decoy", TOKEN),
        c("payment_id", N, "VARCHAR", g.col(lambda: v.token(g, "tr_", 10)), "decoy", TOKEN),
        c("customer_token", N, "VARCHAR", g.col(lambda: v.token(g, "cst_", 10), 0.3), "decoy", TOKEN),
        c("event_type", N, "VARCHAR", g.col(g.pick(["payment.paid", "payment.failed", "payment.expired",
                                                     "refund.settled", "chargeback.received"])), "decoy"),
        c("received_at", N, "TIMESTAMP", g.moments("2025-06-01", "2025-12-31"), "decoy"),
        c("attempt", N, "INTEGER", g.col(g.pick([1, 1, 1, 1, 2, 3])), "decoy"),
        c("response_status", N, "INTEGER", g.col(g.pick([200, 200, 200, 200, 500, 504])), "decoy"),
        c("signature_header", N, "VARCHAR", g.col(lambda: f"t={g.rnd.randint(1_750_000_000, 1_767_000_000)},"
                                                          f"v1={_hex(g, 64)}"), "decoy", CREDENTIAL),
        c("source_ip", N, "VARCHAR", g.col(g.pick(["87.233.217.240", "87.233.217.241", "87.233.217.242",
                                                    "2a01:7e00::f03c:94ff:fe21:1a2b"])), "business", SHAPE),
        c("amount_value", N, "DOUBLE", g.amounts(4.95, 1_299.0), "decoy"),
        c("currency", N, "VARCHAR", ["EUR"] * g.rows, "decoy"),
        c("method", N, "VARCHAR", methods, "decoy"),
        c("card_last4", N, "VARCHAR", [g.digits(4) if m in CARDS else None for m in methods], "decoy",
          PARTIAL),
        c("card_fingerprint", N, "VARCHAR", [_hex(g, 32) if m in CARDS else None for m in methods], "decoy",
          HASHED),
        c("consumer_name", "person_name", "VARCHAR", [f"{a} {b}" if g.rnd.random() < 0.7 else None
                                                      for a, b in people]),
        c("consumer_iban", "iban", "VARCHAR", [v.iban(g, "NL", g.rnd.random() < 0.3) if m in ("ideal", "directdebit")
                                               else None for m in methods]),
        c("billing_email", "email", "VARCHAR", mails),
        c("billing_postal_code", "postal_code", "VARCHAR", [p[1] for p in places]),
        c("billing_city", "city", "VARCHAR", [p[0] for p in places]),
        c("payload", "free_text", "VARCHAR", [payload(i) for i in range(g.rows)], JSON),
        c("description", N, "VARCHAR", g.col(lambda: f"Bestelling {g.code('2025-999999')}"), "decoy", SHAPE),
        c("merchant_name", N, "VARCHAR", ["Fietsenwinkel De Zwaan B.V."] * g.rows, "business"),
        c("merchant_phone", N, "VARCHAR", ["+31 30 123 4567"] * g.rows, "business"),
        c("mandate_reference", N, "VARCHAR", [f"MDT-{_hex(g, 8).upper()}" if m in ("ideal", "directdebit") else None
                                              for m in methods], "decoy", SHAPE),
    ])


def signin_logs(g: Gen) -> Table:
    """An identity provider's sign-in log of a German engineering firm (Entra-ID-style camel case, nested fields
    flattened with ``_``): id, time, the user principal name (``unclassified``), display name, user and app ids, the
    app, the IP address, client app, conditional-access status, risk level, interactive flag, error code and failure
    reason, location city (``city``), state and country, the location's coordinates (``none``), device OS, browser and
    host name, the correlation id and the MFA detail (a masked phone: ``none``)."""
    staff = [v.person(g, "de") for _ in range(140)]
    who = [g.rnd.choice(staff) for _ in range(g.rows)]
    cities = [("Kassel", "Hessen"), ("Darmstadt", "Hessen"), ("Fulda", "Hessen"), ("Göttingen", "Niedersachsen"),
              ("Osnabrück", "Niedersachsen"), ("Frankfurt am Main", "Hessen"), ("Hannover", "Niedersachsen")]
    loc = [g.rnd.choice(cities) for _ in range(g.rows)]
    return Table("entra.signInLogs", "en", "camel", [
        c("id", N, "VARCHAR", g.col(g.uuid), "decoy", KEY),
        c("createdDateTime", N, "TIMESTAMP", g.moments("2025-12-01", "2025-12-31"), "decoy"),
        c("userPrincipalName", USERNAME, "VARCHAR", [f"{v.plain(a)}.{v.plain(b)}@kettler-anlagenbau.de"
                                                     for a, b in who], USER),
        c("userDisplayName", "person_name", "VARCHAR", [f"{b}, {a}" if g.rnd.random() < 0.3 else f"{a} {b}"
                                                        for a, b in who], STAFF),
        c("userId", N, "VARCHAR", g.col(g.uuid), "decoy", KEY),
        c("appDisplayName", N, "VARCHAR", g.col(g.pick(["Microsoft Teams", "Office 365 Exchange Online", "SAP GUI SSO",
                                                        "Azure Portal", "Jira Cloud"])), "decoy"),
        c("appId", N, "VARCHAR", g.col(g.uuid), "decoy", KEY),
        c("ipAddress", "ip_address", "VARCHAR", g.col(lambda: g.ip(0.4))),
        c("clientAppUsed", N, "VARCHAR", g.col(g.pick(["Browser", "Mobile Apps and Desktop clients"])), "decoy"),
        c("conditionalAccessStatus", N, "VARCHAR", g.col(g.pick(["success", "notApplied", "failure"])), "decoy"),
        c("riskLevelDuringSignIn", N, "VARCHAR", g.col(g.pick(["none", "none", "low", "medium"])), "decoy"),
        c("isInteractive", N, "BOOLEAN", g.yn(True, False, 0.7), "decoy"),
        c("status_errorCode", N, "INTEGER", g.col(g.pick([0, 0, 0, 0, 50126, 50074, 53003])), "decoy"),
        c("status_failureReason", N, "VARCHAR", g.col(g.pick(["Invalid username or password.",
                                                              "Strong Authentication is required.",
                                                              "Access has been blocked by Conditional Access."]),
                                                      0.6), "decoy"),
        c("location_city", "city", "VARCHAR", [x[0] for x in loc]),
        c("location_state", N, "VARCHAR", [x[1] for x in loc], "decoy"),
        c("location_countryOrRegion", N, "VARCHAR", ["DE"] * g.rows, "decoy"),
        c("location_geoCoordinates_latitude", N, "DOUBLE", g.floats(50.0, 52.5, 4), "decoy", COORD),
        c("location_geoCoordinates_longitude", N, "DOUBLE", g.floats(8.0, 10.5, 4), "decoy", COORD),
        c("deviceDetail_operatingSystem", N, "VARCHAR", g.col(g.pick(["Windows10", "Windows11", "iOS 18.2",
                                                                      "Android", "MacOs"])), "decoy"),
        c("deviceDetail_browser", N, "VARCHAR", g.col(g.pick(["Edge 131.0.0", "Chrome 131.0.0", "Mobile Safari"])),
          "decoy"),
        c("deviceDetail_displayName", N, "VARCHAR", g.col(lambda: f"KA-NB-{g.digits(5)}", 0.3), "decoy", SHAPE),
        c("correlationId", N, "VARCHAR", g.col(g.uuid), "decoy", KEY),
        c("mfaDetail_authDetail", N, "VARCHAR", g.col(lambda: f"+49 XXXXXXXX{g.digits(2)}", 0.5), "decoy", PARTIAL),
    ])


def user_features(g: Gen) -> Table:
    """A feature store's per-user daily aggregates: the hashed user key (SHA-256 of the e-mail: ``none``), entity and
    ``email_id`` surrogate keys, the feature time, numeric features, the e-mail domain, a phone-verified flag, the home
    city (``city``), a three-digit ZIP prefix (``none``), an age bucket, the preferred category, the device OS, and
    the raw e-mail kept for debugging (mostly NULL)."""
    people = [v.person(g) for _ in range(g.rows)]
    mails = [v.email_of(g, a, b, v.DOMAINS["us"]) for a, b in people]
    places = [v.us_city(g) for _ in range(g.rows)]
    return Table("features.user_features_daily", "en", "snake", [
        c("user_key", N, "VARCHAR", [v.sha256_of(m) for m in mails], "decoy", HASHED, KEY),
        c("entity_id", N, "BIGINT", g.keys(1_000_001, 7), "decoy", KEY),
        c("email_id", N, "INTEGER", g.ints(1, 900_000), "decoy", KEY, MISLEADING),
        c("feature_ts", N, "TIMESTAMP", g.moments("2025-12-30", "2025-12-31"), "decoy"),
        c("sessions_7d", N, "INTEGER", g.ints(0, 40), "decoy"),
        c("orders_30d", N, "INTEGER", g.ints(0, 6), "decoy"),
        c("aov_30d", N, "DOUBLE", g.floats(0, 320, 2), "decoy"),
        c("days_since_last_login", N, "INTEGER", g.ints(0, 400), "decoy"),
        c("churn_score", N, "DOUBLE", g.floats(0, 1, 4), "decoy"),
        c("ltv_pred_365d", N, "DOUBLE", g.floats(0, 2_400, 2), "decoy"),
        c("email_domain", N, "VARCHAR", [m.split("@")[1] for m in mails], "decoy"),
        c("is_phone_verified", N, "BOOLEAN", g.yn(True, False, 0.55), "decoy", MISLEADING),
        c("home_city", "city", "VARCHAR", [p[0] if g.rnd.random() < 0.75 else None for p in places]),
        c("zip3", N, "VARCHAR", [p[2] for p in places], "decoy", PARTIAL),
        c("age_bucket", N, "VARCHAR", g.col(g.pick(["18-24", "25-34", "35-44", "45-54", "55+"])), "decoy"),
        c("preferred_category", N, "VARCHAR", g.col(g.pick(["footwear", "outerwear", "packs", "camp"])), "decoy"),
        c("device_os", N, "VARCHAR", g.col(g.pick(["ios", "android", "web"])), "decoy"),
        c("debug_raw_email", "email", "VARCHAR", [m if g.rnd.random() < 0.15 else None for m in mails], HEAVY),
    ])


def lake_raw(g: Gen) -> Table:
    """A data-lake raw table loaded from a partner's CSV drop without a header (``col_001``..``col_018``) and a JSON
    feed's untyped attributes (``attr_a``..``attr_f``), all text: an id, a time, the e-mail, full name, a status, an
    amount, the phone, a SKU, the IP, a country, the birth date as ``MM/DD/YYYY``, the ZIP, the SSN (mostly NULL), a
    count, the city, the street, a card number in clear (mostly NULL), a flag; a channel, the first name, a JSON of
    settings, notes (mostly NULL), an MD5, the last name; and the loader's own columns."""
    people = [v.person(g) for _ in range(g.rows)]
    places = [v.us_city(g) for _ in range(g.rows)]

    def note() -> str:
        return g.rnd.choice([f"spoke w/ {v.whole(g)} re: refund", f"alt contact {g.phone('US', 'dashes')}",
                             f"moved, new addr {v.us_street(g)}", "VIP - do not call before 10am",
                             f"cc {v.email(g)} on invoices"])

    o = (OPAQUE,)
    return Table("lake_raw.partner_drop_0042", "en", "opaque", [
        c("col_001", N, "VARCHAR", g.col(g.uuid), "decoy", KEY, *o),
        c("col_002", N, "VARCHAR", [x.isoformat() for x in g.moments("2025-01-01", "2025-12-31")], "decoy", *o),
        c("col_003", "email", "VARCHAR", [v.email_of(g, a, b, v.DOMAINS["us"]) for a, b in people], *o),
        c("col_004", "person_name", "VARCHAR", [f"{a} {b}" for a, b in people], *o),
        c("col_005", N, "VARCHAR", g.col(g.pick(["ACTIVE", "LAPSED", "PENDING", "CLOSED"])), "decoy", *o),
        c("col_006", N, "VARCHAR", [f"{x:.2f}" for x in g.amounts(0, 5_000)], "decoy", *o),
        c("col_007", "phone", "VARCHAR", g.phones("US", {"dashes": 0.5, "dots": 0.2, "digits": 0.3}, 0.8, 0.1), *o),
        c("col_008", N, "VARCHAR", g.col(g.pick(v.SKUS)), "decoy", SHAPE, *o),
        c("col_009", "ip_address", "VARCHAR", g.col(lambda: g.ip(0.2), 0.2), *o),
        c("col_010", N, "VARCHAR", g.col(g.pick(["US", "US", "CA", "MX"])), "decoy", *o),
        c("col_011", "date_of_birth", "VARCHAR", [g.birth(1945, 2005).strftime("%m/%d/%Y") for _ in range(g.rows)], *o),
        c("col_012", "postal_code", "VARCHAR", [v.us_zip(g, p[2], 0.2) for p in places], *o),
        c("col_013", "ssn", "VARCHAR", g.col(lambda: v.us_ssn(g, g.rnd.random() < 0.7), 0.7), HEAVY, *o),
        c("col_014", N, "VARCHAR", [str(x) for x in g.ints(0, 120)], "decoy", *o),
        c("col_015", "city", "VARCHAR", [p[0] for p in places], *o),
        c("col_016", "street_address", "VARCHAR", g.col(lambda: v.us_street(g)), *o),
        c("col_017", "credit_card", "VARCHAR", g.col(lambda: v.card(g), 0.75), HEAVY, *o),
        c("col_018", N, "VARCHAR", g.col(g.pick(["Y", "N", "N"])), "decoy", *o),
        c("attr_a", N, "VARCHAR", g.col(g.pick(["web", "ios", "android", "pos"])), "decoy", *o),
        c("attr_b", "first_name", "VARCHAR", [a for a, _ in people], *o),
        c("attr_c", N, "VARCHAR", g.col(lambda: json.dumps({"theme": g.rnd.choice(["dark", "light"]),
                                                            "units": "imperial"})), "decoy", JSON_PLAIN, *o),
        c("attr_d", "free_text", "VARCHAR", g.col(note, 0.7), HEAVY, LOG_LINE, *o),
        c("attr_e", N, "VARCHAR", g.col(g.md5), "decoy", HASHED, *o),
        c("attr_f", "last_name", "VARCHAR", [b for _, b in people], *o),
        c("_ingested_at", N, "TIMESTAMP", g.moments("2026-01-02", "2026-01-02"), "decoy"),
        c("_source_file", N, "VARCHAR", g.col(g.pick([f"s3://acme-lake-raw/partner/2026/01/02/part-{i:05d}.csv"
                                                     for i in range(4)])), "decoy"),
    ])


def dbt_snapshot(g: Gen) -> Table:
    """A dbt snapshot of the shop's customers (several versions per customer): the customer key, names, e-mail,
    phone, birth date (``DATE``), street, city, state, ZIP, opt-in, tier, the account manager (few), the source's
    update time and dbt's ``dbt_scd_id`` (an MD5: ``none``), ``dbt_updated_at``, ``dbt_valid_from`` and
    ``dbt_valid_to`` (NULL for the current version)."""
    managers = _staff(g, 4)
    n_customers = g.rows // 2
    base = []
    for i in range(n_customers):
        a, b = v.person(g)
        p = v.us_city(g)
        base.append((20_000 + i, a, b, v.email_of(g, a, b, v.DOMAINS["us"]), g.phone("US", g.rnd.choice(
            ["national", "e164", "dashes"])), g.birth(1950, 2004), v.us_street(g), p, v.us_zip(g, p[2])))
    rows = sorted(g.rnd.choice(base) for _ in range(g.rows))
    valid_from = g.moments("2024-01-01", "2025-12-31")
    return Table("snapshots.customers_snapshot", "en", "snake", [
        c("customer_id", N, "INTEGER", [r[0] for r in rows], "decoy", KEY),
        c("first_name", "first_name", "VARCHAR", [r[1] for r in rows]),
        c("last_name", "last_name", "VARCHAR", [r[2] for r in rows]),
        c("email", "email", "VARCHAR", [r[3] for r in rows]),
        c("phone", "phone", "VARCHAR", [r[4] if g.rnd.random() < 0.85 else None for r in rows]),
        c("birth_date", "date_of_birth", "DATE", [r[5] if g.rnd.random() < 0.7 else None for r in rows]),
        c("street", "street_address", "VARCHAR", [r[6] for r in rows]),
        c("city", "city", "VARCHAR", [r[7][0] for r in rows]),
        c("state", N, "VARCHAR", [r[7][1] for r in rows], "decoy"),
        c("zip", "postal_code", "VARCHAR", [r[8] for r in rows]),
        c("marketing_opt_in", N, "BOOLEAN", g.yn(True, False, 0.4), "decoy"),
        c("loyalty_tier", N, "VARCHAR", g.col(g.pick(["base", "silver", "gold"])), "decoy"),
        c("account_manager", "person_name", "VARCHAR", g.col(g.pick(managers), 0.3), STAFF, ROLE),
        c("updated_at", N, "TIMESTAMP", valid_from, "decoy"),
        c("dbt_scd_id", N, "VARCHAR", g.col(g.md5), "decoy", SCD, HASHED),
        c("dbt_updated_at", N, "TIMESTAMP", valid_from, "decoy", SCD),
        c("dbt_valid_from", N, "TIMESTAMP", valid_from, "decoy", SCD),
        c("dbt_valid_to", N, "TIMESTAMP", _later(g, valid_from, 3_600, 20_000_000, 0.55), "decoy", SCD),
    ])


def app_logs(g: Gen) -> Table:
    """A Kubernetes service's structured logs as the log shipper lands them: time, level, logger, service, pod,
    namespace, the node's internal IP (``none``), trace and span ids, the message (sign-ins, password resets and
    profile changes name e-mail addresses, IPs and names in many lines: ``free_text``), duration, HTTP status, the
    surrogate user id, the MDC user (a login, often unset), thread, environment and a stack trace (errors only)."""
    logins = [v.login(*v.person(g), g.rnd.randint(0, 4)) for _ in range(300)]

    def message() -> str:
        a, b = v.person(g)
        r = g.rnd.random()
        if r < 0.15:
            return f"password reset requested for {v.email_of(g, a, b, v.DOMAINS['us'])}"
        if r < 0.28:
            return f"login ok user={v.login(a, b, 1)} ip={g.ip(0.2)}"
        if r < 0.36:
            return f"profile updated: name='{a} {b}' phone={g.phone('US', 'e164')}"
        if r < 0.42:
            return f"address validation failed for {v.us_street(g)}"
        return g.rnd.choice(["GET /healthz 200", "cache miss key=cart:9f31", "published OrderPlaced to orders.v1",
                             "retrying connection to postgres (attempt 2)", "GC pause 41ms",
                             "scheduled job inventory-sync finished"])

    levels = g.col(g.pick(["INFO", "INFO", "DEBUG", "WARN", "ERROR"]))
    return Table("k8s.app_logs", "en", "snake", [
        c("timestamp", N, "TIMESTAMP", g.moments("2025-12-20", "2025-12-21"), "decoy"),
        c("level", N, "VARCHAR", levels, "decoy"),
        c("logger", N, "VARCHAR", g.col(g.pick(["c.n.auth.LoginService", "c.n.account.ProfileController",
                                                "c.n.orders.OrderPublisher", "o.h.engine.jdbc"])), "decoy"),
        c("service", N, "VARCHAR", g.col(g.pick(["account-svc", "auth-svc", "orders-svc"])), "decoy"),
        c("pod_name", N, "VARCHAR", g.col(lambda: f"account-svc-7c9d{_hex(g, 4)}-{g.code('ZZZZZ').lower()}"),
          "decoy"),
        c("namespace", N, "VARCHAR", g.col(g.pick(["prod", "prod", "prod-eu"])), "decoy"),
        c("node_ip", N, "VARCHAR", g.col(lambda: f"10.40.{g.rnd.randint(0, 15)}.{g.rnd.randint(2, 250)}"), "decoy",
          SHAPE),
        c("trace_id", N, "VARCHAR", g.col(lambda: _hex(g, 32), 0.2), "decoy", KEY),
        c("span_id", N, "VARCHAR", g.col(lambda: _hex(g, 16), 0.2), "decoy", KEY),
        c("message", "free_text", "VARCHAR", [message() for _ in range(g.rows)], LOG_LINE),
        c("duration_ms", N, "INTEGER", g.ints(0, 3_000, 0.4), "decoy"),
        c("http_status", N, "INTEGER", g.col(g.pick([200, 200, 204, 400, 401, 500]), 0.4), "decoy"),
        c("user_id", N, "BIGINT", g.ints(1, 250_000, 0.45), "decoy", KEY, MISLEADING),
        c("mdc_user", USERNAME, "VARCHAR", g.col(g.pick(logins), 0.45), USER),
        c("thread", N, "VARCHAR", g.col(lambda: f"http-nio-8080-exec-{g.rnd.randint(1, 40)}"), "decoy"),
        c("env", N, "VARCHAR", ["production"] * g.rows, "decoy"),
        c("stack_trace", N, "VARCHAR", [("java.lang.IllegalStateException: connection closed\n\tat "
                                         "c.n.orders.OrderPublisher.send(OrderPublisher.java:88)")
                                        if lv in ("WARN", "ERROR") else None for lv in levels], "decoy"),
    ])


def segment_identifies(g: Gen) -> Table:
    """A CDP's ``identifies`` table (identify calls of a US home-fitness app): message and anonymous ids, the user id
    (the app uses the member's e-mail address as its user id: ``email``, tag ``misleading``), times, traits flattened
    (name, e-mail, phone, birthday as ISO text, address street, city, postal code, country, company, plan), the
    context IP, locale and library."""
    people = [v.person(g) for _ in range(g.rows)]
    mails = [v.email_of(g, a, b, v.DOMAINS["us"]) for a, b in people]
    places = [v.us_city(g) for _ in range(g.rows)]
    sent = g.moments("2025-07-01", "2025-12-31")
    has_addr = [g.rnd.random() < 0.55 for _ in range(g.rows)]
    return Table("segment.identifies", "en", "snake", [
        c("id", N, "VARCHAR", g.col(lambda: "ajs-next-" + _hex(g, 32)), "decoy", KEY),
        c("anonymous_id", N, "VARCHAR", g.col(g.uuid), "decoy", KEY),
        c("user_id", "email", "VARCHAR", mails, MISLEADING),
        c("sent_at", N, "TIMESTAMP", sent, "decoy"),
        c("received_at", N, "TIMESTAMP", _later(g, sent, 0, 30), "decoy"),
        c("traits_name", "person_name", "VARCHAR", [f"{a} {b}" for a, b in people], FLAT),
        c("traits_email", "email", "VARCHAR", [m if g.rnd.random() < 0.9 else None for m in mails], FLAT),
        c("traits_phone", "phone", "VARCHAR", g.phones("US", {"e164": 0.7, "national": 0.3}, 0.95, 0.4), FLAT),
        c("traits_birthday", "date_of_birth", "VARCHAR", g.col(lambda: g.birth(1955, 2006).isoformat(), 0.35), FLAT),
        c("traits_address_street", "street_address", "VARCHAR", [v.us_street(g) if h else None for h in has_addr],
          FLAT),
        c("traits_address_city", "city", "VARCHAR", [p[0] if h else None for p, h in zip(places, has_addr,
                                                                                        strict=True)], FLAT),
        c("traits_address_postal_code", "postal_code", "VARCHAR",
          [v.us_zip(g, p[2]) if h else None for p, h in zip(places, has_addr, strict=True)], FLAT),
        c("traits_address_country", N, "VARCHAR", g.col(g.pick(["US", "USA", "United States"]), 0.3), "decoy"),
        c("traits_company_name", N, "VARCHAR", g.col(g.pick(["Quigley Dental", "Riverbend Realty", "Lightfoot CPA",
                                                             "Magnolia Pediatrics"]), 0.6), "business"),
        c("traits_plan", N, "VARCHAR", g.col(g.pick(["free", "monthly", "annual"])), "decoy"),
        c("context_ip", "ip_address", "VARCHAR", g.col(lambda: g.ip(0.3))),
        c("context_locale", N, "VARCHAR", g.col(g.pick(["en-US", "en-US", "es-US"])), "decoy"),
        c("context_library_name", N, "VARCHAR", g.col(g.pick(["analytics.js", "analytics-ios", "analytics-android"])),
          "decoy"),
        c("context_library_version", N, "VARCHAR", g.col(g.version), "decoy", SHAPE),
    ])


BUILDERS: list[tuple[Callable[[Gen], Table], int]] = [
    (web_events, 1_400), (nginx_access, 1_600), (api_requests, 1_200), (kafka_customer_updates, 900),
    (email_events, 1_300), (chat_transcripts, 1_100), (crash_reports, 700), (webhook_deliveries, 800),
    (signin_logs, 1_000), (user_features, 600), (lake_raw, 500), (dbt_snapshot, 450), (app_logs, 1_500),
    (segment_identifies, 380),
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
