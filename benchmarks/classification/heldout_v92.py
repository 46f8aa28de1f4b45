"""Held-out set v92 for the column classifier: 15 tables of *SaaS and IT operations data* (an identity provider's
user directory export, SSO authentication audit logs, IT service-desk tickets, a CRM's lead staging table, product
analytics events, a subscription billing system's customers, an API gateway's access log, a data warehouse's
customer dimension, an SAP HR employee sync to the directory, a hosting provider's AS/400 subscriber master, a French
managed-service provider's helpdesk, a Japanese customer-support chat log, a Korean mobile app's push-token and device
registry, a Dutch e-mail delivery service's bounce log and a Brazilian SaaS's subscriptions), one system per table and
each a different organisation, eight with English column names (a Denver IdP tenant, a Dublin SSO log, a Manchester
MSP's ServiceNow-style incidents, a Sydney CRM staging table, an Austin analytics pipeline, a Toronto billing export,
a Singapore API gateway and a Johannesburg warehouse) and seven in German (an SAP-style table with SAP's German field
abbreviations), Mexican Spanish (an AS/400 file with the field prefix ``SC``), French, Japanese (kanji and katakana,
Japanese values), Korean (Hangul names and values), Dutch and Brazilian Portuguese.

Two are legacy extracts with padded CHAR values: the Stuttgart SAP-style HR sync (``ZHR_IDM_SYNC``: ``PERNR``,
``NACHN``, ``VORNA``, ``GBDAT`` as ``DATS`` text, ``STRAS``, ``PSTLZ``, ``ORT01``, ``TELNR``, the Steuer-ID, an IBAN,
``USRID`` and ``USRID_LONG``, ``ZZFELD1``/``ZZFELD2``) and the Monterrey AS/400 subscriber master (``SUSCLIP``,
CURP, RFC and IMSS numbers, the birth date as a ``CYYMMDD`` number, phone and postal code as ``DECIMAL`` with 0 for
missing, a card number in clear, folio numbers shaped like a CURP and failing its check, ``SCUSR1``/``SCUSR2``). The
Sydney CRM table is an opaque staging table (``col01`` to ``col18``). Column names come in many vendor styles: dotted
profile paths (``profile.firstName``), JSON-path names (``properties.$email``, ``context.location.city``), bracketed
header names (``request.headers[x-forwarded-for]``), title case with spaces and parentheses (``Created (UTC)``),
SCREAMING abbreviations (``CLNT_IP``, ``JWT_EMAIL``), Pascal-case warehouse names with SCD2 columns
(``EffectiveFrom``, ``IsCurrent``, ``RowHash``) and ServiceNow's ``sys_`` and ``u_`` prefixes. Opaque custom fields
hold, by row, a phone, an e-mail address or a name (``profile.customAttr2``, ``u_custom_2``, ``col17``, ``ZZFELD2``,
``SCUSR2``, ``champ_libre_2``, ``予備項目2``, ``추가필드2``, ``vrij_veld_2``, ``campoLivre2``) beside opaque fields
holding none (``profile.customAttr1``, ``u_custom_1``, ``ZZFELD1``, ``SCUSR1``, ``champ_libre_1``, ``予備項目1``).

Written **blind**, like v2 to v89: by someone who has read neither the classifier (``governance_dagster/detect/``) nor
its documentation, tests, changelog or notes, only the list of kind names (``governance_dagster/kinds.py``), how the
scorer registers a set (``heldout_v2_accuracy.py``), the structure and labeling conventions of v27 (its modules, its
test and ``tests/heldout_support.py``), the module docstrings of v24 to v89 (to avoid their domains) and the
``Column``/``Table`` classes and writer of v2 and v4. The classifier was not run on this set while it was written, no
scorer was run on it, and no score was looked at. It was written under a short deadline (25 minutes, the tests and
lint included), so some labels are quick decisions rather than settled conventions.

Labeling choices a reader may question:

* an IdP's ``profile.login`` (an e-mail-shaped login) is ``email``, not ``unclassified``: every value is a mailbox;
  short logins (``sys_created_by``, SAP's ``USRID``, ``SCUSUA``, ``cree_par``) are ``unclassified`` (tag
  ``username``); API consumers, shippers and batch writers (``CNSMR_NM``, ``log_shipper``, ``ERNAM``,
  ``sys_updated_by``) are ``none`` (tag ``service_account``);
* opaque custom fields holding, by row, a phone, an e-mail or a name are ``free_text`` (no one kind fits, as v27's
  key/value values); opaque fields holding codes are ``none``;
* the city an IP address geolocates to (``client_geo_city``, ``context.location.city``) is ``city``; a suburb
  (``Suburb``, ``col10``) is ``city``; a country, state, province, ``UF`` or prefecture is ``none``;
* hashed e-mail addresses and ids (``col18``, ``user_id_sha256``, ``RowHash``), anonymous, device, advertising and
  session ids, push tokens, bearer tokens, JWT subjects, surrogate and business keys are ``none``;
* a device name such as "<given name>'s iPhone" (``기기이름``) is ``person_name`` (tag ``device_name``): it names the
  owner, though half of it is a model;
* a raw query string (``QRY_STR``) with an ``email=`` parameter in some rows and a bounce diagnostic with the
  recipient's address in some rows (``diagnose``) are ``free_text``; a product-analytics ``traits`` JSON and a billing
  ``Metadata`` JSON naming people are ``free_text`` (tag ``json_blob``), ``properties`` JSON without them ``none``;
* a company's ABN, BN, SIRET, KvK, BTW, CNPJ, 法人番号 and 사업자등록번호, a sender's no-reply address, an MTA's and an
  upstream's IP, a client's site address and an office's main line are ``none`` (tag ``business``);
* an IMSS number (``SCNSS``) is ``ssn``; a CURP, an RFC, a CPF, a Steuer-ID and a South African ID number are
  ``national_id``; a card's last four digits are ``none`` (tag ``partial``);
* a bounce log's recipient name, a chat's customer name in katakana (``顧客名カナ``) and a CRM lead owner are
  personal; operators, technicians, lead owners and sellers are staff (tag ``staff``);
* a user agent is ``none`` (tag ``user_agent``), an X-Forwarded-For client address is ``ip_address``.

Every value is generated here from :data:`SEED` (one ``random.Random`` per table, named after its builder) with
python-stdnum for check digits, phonenumbers for phone validity and formats, and the lists of
:mod:`benchmarks.classification.heldout_v92_values`, written for v92 (no Faker, no list of real people, no breach
data). Build: ``python -m benchmarks.classification.heldout_v92 [PATH]`` (default ``/tmp/heldout_v92.duckdb``).
Score: ``python -m benchmarks.classification.heldout_v2_accuracy --set v92``.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path

from benchmarks.classification import heldout_v4
from benchmarks.classification import heldout_v92_values as v
from benchmarks.classification.heldout_v2 import Column, Table
from benchmarks.classification.heldout_v92_values import NULLISH, SEED, USERNAME, Gen, N, c

__all__ = ["BUILDERS", "DEFAULT_PATH", "NULLISH", "SEED", "USERNAME", "Column", "Gen", "Table", "build", "labels",
           "summary", "tables"]

DEFAULT_PATH = Path("/tmp/heldout_v92.duckdb")

HEAVY = "null_heavy"  # 50-95% NULL
NULLWORD = "nullword_heavy"  # 70-95% NULL words
SHAPE = "value_shape"
STAFF = "staff"
ROLE = "role_word"
ROLE_EMAIL = "role_email"
ABBREV = "abbrev"
AUDIT = "audit"
USER = "username"
SERVICE = "service_account"
KEY = "join_key"
JSON = "json_blob"
JSON_PLAIN = "json_plain"
TOKEN = "tokenized"
PARTIAL = "partial"
CREDENTIAL = "credential"
AGENT = "user_agent"
OPAQUE = "opaque"
MIXED = "opaque_mixed"  # an opaque custom field holding, by row, a phone, an e-mail or a name (free_text)
LEGACY = "legacy"
HASH = "hash"
DEVICE = "device_name"
SCD2 = "scd2"


def _staff(g: Gen, n: int, lang: str = "en") -> list[str]:
    out: set[str] = set()
    while len(out) < n:
        out.add(v.whole(g, lang))
    return sorted(out)


def _fill(g: Gen, texts: list[str], region: str, lang: str) -> str:
    text = g.rnd.choice(texts)
    if lang == "ja":
        person = _ja_person(g)
        return text.format(phone=g.phone(region, "national"), email=f"{person[2]}@gmail.com", name=person[0])
    return text.format(phone=g.phone(region, "intl"), email=v.email(g, lang), name=v.whole(g, lang))


def _mixed(g: Gen, region: str, lang: str, null: float = 0.3) -> list:
    def one() -> str:
        roll = g.rnd.random()
        if roll < 0.35:
            return g.phone(region, g.rnd.choice(["e164", "national"]))
        if roll < 0.7:
            return v.email(g, lang)
        return v.whole(g, lang)

    return g.col(one, null)


def _pad(values: list, width: int) -> list:
    return [None if x is None else str(x).ljust(width) for x in values]


def _later(g: Gen, starts: list, lo: int, hi: int, null: float = 0.0) -> list:
    return [None if s is None or g.rnd.random() < null else s + timedelta(minutes=g.rnd.randint(lo, hi))
            for s in starts]


def _ja_person(g: Gen) -> tuple[str, str, str]:
    fam, fam_kana = g.rnd.choice(v.JA_FAMILY)
    giv, giv_kana = g.rnd.choice(v.JA_GIVEN)
    return f"{fam} {giv}", f"{fam_kana} {giv_kana}", f"{v.JA_ROMAJI[giv]}.{v.JA_ROMAJI[fam]}"


def _ko_person(g: Gen) -> tuple[str, str, str]:
    fam, fam_r = g.rnd.choice(v.KO_FAMILY)
    giv, giv_r = g.rnd.choice(v.KO_GIVEN)
    return f"{fam}{giv}", giv, f"{giv_r}{fam_r}"


# -- English ----------------------------------------------------------------------------------------------------------


def idp_users(g: Gen) -> Table:
    """A Denver software company's identity-provider directory export (dotted camel-case profile paths): ids,
    status and times, the login and e-mail (work), a second (personal) e-mail, names, mobile phone, the office's main
    line and address (``none``), title, department, manager, an SSN's last four from HR (``none``), two custom
    attributes (one by row a phone, an e-mail or a name)."""
    pairs = [v.person(g) for _ in range(g.rows)]
    work = [v.work_email(a, b, "peakline.io") for a, b in pairs]
    managers = _staff(g, 7)
    created = g.moments("2019-03-01", "2025-10-31")
    return Table("okta_export.users", "en", "camel", [
        c("id", N, "VARCHAR", g.col(lambda: g.token("00u", 17)), "decoy", KEY),
        c("status", N, "VARCHAR", g.col(g.pick(["ACTIVE", "ACTIVE", "ACTIVE", "SUSPENDED", "DEPROVISIONED"])),
          "decoy"),
        c("created", N, "TIMESTAMP", created, "decoy"),
        c("activated", N, "TIMESTAMP", _later(g, created, 5, 4000, 0.05), "decoy"),
        c("lastLogin", N, "TIMESTAMP", g.moments("2025-09-01", "2025-11-30", 0.08), "decoy"),
        c("passwordChanged", N, "TIMESTAMP", g.moments("2024-01-01", "2025-11-30", 0.3), "decoy"),
        c("profile.login", "email", "VARCHAR", list(work)),
        c("profile.email", "email", "VARCHAR", list(work)),
        c("profile.secondEmail", "email", "VARCHAR", g.col(lambda: v.email(g), 0.7), HEAVY),
        c("profile.firstName", "first_name", "VARCHAR", [a for a, _ in pairs]),
        c("profile.lastName", "last_name", "VARCHAR", [b for _, b in pairs]),
        c("profile.displayName", "person_name", "VARCHAR", [f"{a} {b}" for a, b in pairs]),
        c("profile.mobilePhone", "phone", "VARCHAR", g.phones("US", {"e164": 0.6, "national": 0.4}, 1.0, 0.15)),
        c("profile.workPhone", N, "VARCHAR", g.col(g.pick(["+1 303-555-0142", "+1 303-555-0188"])), "business"),
        c("profile.streetAddress", N, "VARCHAR", g.col(g.pick(["1600 Wynkoop St Ste 400", "1600 Wynkoop St"])),
          "business"),
        c("profile.zipCode", N, "VARCHAR", g.col(g.pick(["80202"])), "business"),
        c("profile.title", N, "VARCHAR", g.col(g.pick(["Software Engineer", "Account Executive", "SRE",
                                                       "Product Manager", "Support Specialist"])), "decoy"),
        c("profile.department", N, "VARCHAR", g.col(g.pick(["Engineering", "Sales", "Support", "Finance"])),
          "decoy"),
        c("profile.employeeNumber", N, "VARCHAR", [f"E{10_000 + i}" for i in range(g.rows)], "decoy", KEY),
        c("profile.manager", "person_name", "VARCHAR", g.col(g.pick(managers), 0.05), ROLE, STAFF),
        c("profile.ssnLast4", N, "VARCHAR", g.col(lambda: g.digits(4), 0.3), "decoy", PARTIAL),
        c("profile.customAttr1", N, "VARCHAR", g.col(lambda: g.code("CC-9999"), 0.2), "decoy", OPAQUE),
        c("profile.customAttr2", "free_text", "VARCHAR", _mixed(g, "US", "en"), OPAQUE, MIXED),
        c("credentials.provider.type", N, "VARCHAR", g.col(g.pick(["OKTA", "ACTIVE_DIRECTORY", "FEDERATION"])),
          "decoy"),
    ])


def sso_audit(g: Gen) -> Table:
    """A Dublin fintech's SSO authentication audit log (snake case): event ids and times, the actor's id, e-mail
    and display name, the client IP, user agent, device and IP-geolocated city and country, session id, factor, target
    app, outcome and the log shipper (a service account)."""
    users = [v.person(g) for _ in range(150)]
    ids = {u: g.token("00u", 17) for u in users}
    who = [g.rnd.choice(users) for _ in range(g.rows)]
    return Table("sso.auth_audit", "en", "snake", [
        c("event_uuid", N, "VARCHAR", g.col(g.uuid), "decoy", KEY),
        c("published", N, "TIMESTAMP", g.moments("2025-11-01", "2025-11-30"), "decoy"),
        c("event_type", N, "VARCHAR", g.col(g.pick(["user.session.start", "user.authentication.sso",
                                                    "user.authentication.auth_via_mfa", "user.session.end"])),
          "decoy"),
        c("outcome_result", N, "VARCHAR", g.col(g.pick(["SUCCESS", "SUCCESS", "FAILURE", "CHALLENGE"])), "decoy"),
        c("actor_id", N, "VARCHAR", [ids[u] for u in who], "decoy", KEY),
        c("actor_alternate_id", "email", "VARCHAR", [v.work_email(a, b, "liffeyworks.ie") for a, b in who],
          ROLE_EMAIL),
        c("actor_display_name", "person_name", "VARCHAR", [f"{a} {b}" for a, b in who], ROLE),
        c("client_ip_address", "ip_address", "VARCHAR", g.col(lambda: g.ip(0.3))),
        c("client_user_agent_raw", N, "VARCHAR", g.col(g.pick(v.USER_AGENTS[:4])), "decoy", AGENT),
        c("client_device", N, "VARCHAR", g.col(g.pick(["Computer", "Mobile", "Unknown"])), "decoy"),
        c("client_geo_city", "city", "VARCHAR", g.col(g.pick(v.GEO_CITIES), 0.05)),
        c("client_geo_country", N, "VARCHAR", g.col(g.pick(["Ireland", "United Kingdom", "Germany"])), "decoy"),
        c("session_id", N, "VARCHAR", g.col(lambda: g.token("102", 22)), "decoy", TOKEN),
        c("auth_factor", N, "VARCHAR", g.col(g.pick(["push", "webauthn", "totp", "sms", None])), "decoy"),
        c("target_app", N, "VARCHAR", g.col(g.pick(["Salesforce", "Slack", "AWS Console", "Workday"])), "decoy"),
        c("risk_level", N, "VARCHAR", g.col(g.pick(["LOW", "LOW", "MEDIUM", "HIGH"])), "decoy"),
        c("debug_context", N, "VARCHAR", g.col(lambda: json.dumps({"requestUri": "/app/sso/saml",
                                                                   "threatSuspected": g.rnd.random() < 0.02})),
          "decoy", JSON_PLAIN),
        c("log_shipper", N, "VARCHAR", g.col(g.pick(["fluentbit-prod", "okta-log-stream"])), "decoy", SERVICE,
          AUDIT),
    ])


def itsm_incident(g: Gen) -> Table:
    """A Manchester managed-service provider's ServiceNow-style incidents (``sys_`` and ``u_`` prefixes): the caller
    (a client's employee), their e-mail, phone and callback mobile, the assigned agent (staff), groups, categories,
    texts with contact details, configuration items, the client company and site (``none``), custom fields and the
    audit columns."""
    agents = _staff(g, 6)
    logins = sorted({v.login(*v.person(g), i) for i in range(5)})
    pairs = [v.person(g) for _ in range(g.rows)]
    opened = g.moments("2025-06-01", "2025-11-30")
    return Table("itsm.incident", "en", "snake", [
        c("sys_id", N, "VARCHAR", g.col(lambda: g.code("x" * 32)), "decoy", KEY),
        c("number", N, "VARCHAR", [f"INC{10_000_00 + i * 7:07d}" for i in range(g.rows)], "decoy", SHAPE),
        c("opened_at", N, "TIMESTAMP", opened, "decoy"),
        c("resolved_at", N, "TIMESTAMP", _later(g, opened, 20, 9000, 0.2), "decoy"),
        c("caller_id", "person_name", "VARCHAR", [f"{a} {b}" for a, b in pairs], ROLE),
        c("u_caller_email", "email", "VARCHAR", [v.work_email(a, b, g.rnd.choice(["irkbrew.co.uk", "salfordtex.com",
                                                                                  "pennine-legal.co.uk"]))
                                                 for a, b in pairs], ROLE_EMAIL),
        c("u_caller_phone", "phone", "VARCHAR", g.phones("GB", {"national": 0.6, "intl": 0.4}, 0.5, 0.1)),
        c("u_callback_mobile", "phone", "VARCHAR", g.phones("GB", {"e164": 1.0}, 1.0, 0.75), HEAVY),
        c("assigned_to", "person_name", "VARCHAR", g.col(g.pick(agents), 0.1), STAFF),
        c("assignment_group", N, "VARCHAR", g.col(g.pick(["Service Desk L1", "Network", "End User Computing"])),
          "decoy"),
        c("category", N, "VARCHAR", g.col(g.pick(["Hardware", "Software", "Network", "Access"])), "decoy"),
        c("priority", N, "VARCHAR", g.col(g.pick(["1 - Critical", "3 - Moderate", "4 - Low"])), "decoy"),
        c("short_description", N, "VARCHAR", g.col(g.pick(["VPN issue", "Password reset", "New laptop",
                                                           "Printer jam", "Mailbox access"])), "decoy"),
        c("description", "free_text", "VARCHAR", g.col(lambda: _fill(g, v.INCIDENT_TEXT, "GB", "en"))),
        c("work_notes", "free_text", "VARCHAR", g.col(lambda: _fill(g, v.WORK_NOTES, "GB", "en"), 0.3)),
        c("cmdb_ci", N, "VARCHAR", g.col(lambda: g.code("LT-MAN-9999")), "decoy", SHAPE),
        c("company", N, "VARCHAR", g.col(g.pick(["Irk Valley Brewing Ltd", "Salford Textiles plc",
                                                 "Pennine Legal LLP"])), "business"),
        c("location", N, "VARCHAR", g.col(g.pick(["1 Spinningfields, Manchester M3 3EB",
                                                  "Trafford Park Rd, Manchester M17 1HP"])), "business"),
        c("u_custom_1", N, "VARCHAR", g.col(lambda: g.code("AT-99999"), 0.2), "decoy", OPAQUE),
        c("u_custom_2", "free_text", "VARCHAR", _mixed(g, "GB", "en"), OPAQUE, MIXED),
        c("sys_created_by", USERNAME, "VARCHAR", g.col(g.pick(logins)), USER, AUDIT),
        c("sys_updated_by", N, "VARCHAR", g.col(g.pick(["system", "email.inbound"])), "decoy", SERVICE, AUDIT),
    ])


def crm_staging(g: Gen) -> Table:
    """A Sydney CRM's lead staging table, every column opaque (``col01`` to ``col18``): lead id, names, e-mail,
    mobile, company and its ABN (``none``), title, mailing street, suburb, postcode and state, source, lead owner
    (staff), created date, notes, a field holding by row a phone, an e-mail or a name, and a SHA-256 of the e-mail."""
    owners = _staff(g, 5)
    pairs = [v.person(g) for _ in range(g.rows)]
    places = [g.rnd.choice(v.AU_PLACES) for _ in range(g.rows)]
    return Table("stg_crm.leads_raw", "en", "opaque", [
        c("col01", N, "VARCHAR", [f"L-{700_000 + i}" for i in range(g.rows)], "decoy", KEY, OPAQUE),
        c("col02", "first_name", "VARCHAR", [a for a, _ in pairs], OPAQUE),
        c("col03", "last_name", "VARCHAR", [b for _, b in pairs], OPAQUE),
        c("col04", "email", "VARCHAR", [v.email_of(g, a, b, v.PERSONAL_DOMAINS["en"] + ["bigpond.com"])
                                        for a, b in pairs], OPAQUE),
        c("col05", "phone", "VARCHAR", g.phones("AU", {"national": 0.5, "intl": 0.3, "digits": 0.2}, 0.9, 0.1),
          OPAQUE),
        c("col06", N, "VARCHAR", g.col(g.pick(["Harbourline Plumbing", "Wattle Tree Cafe", "Bondi Surf Co",
                                               "Parramatta Physio"]), 0.2), "business", OPAQUE),
        c("col07", N, "VARCHAR", g.col(lambda: v.au_abn(g), 0.3), "business", SHAPE, OPAQUE),
        c("col08", N, "VARCHAR", g.col(g.pick(["Owner", "Office Manager", "Director", "Bookkeeper"])), "decoy",
          OPAQUE),
        c("col09", "street_address", "VARCHAR", g.col(lambda: v.au_street(g), 0.2), OPAQUE),
        c("col10", "city", "VARCHAR", [p[0] for p in places], OPAQUE),
        c("col11", "postal_code", "VARCHAR", [p[2] for p in places], OPAQUE),
        c("col12", N, "VARCHAR", [p[1] for p in places], "decoy", OPAQUE),
        c("col13", N, "VARCHAR", g.col(g.pick(["Web form", "Event", "Referral", "Cold call"])), "decoy", OPAQUE),
        c("col14", "person_name", "VARCHAR", g.col(g.pick(owners)), STAFF, OPAQUE),
        c("col15", N, "VARCHAR", [d.strftime("%d/%m/%Y") for d in g.days("2024-07-01", "2025-11-30")], "decoy",
          OPAQUE),
        c("col16", "free_text", "VARCHAR", g.sparse(lambda: _fill(g, v.CRM_NOTES, "AU", "en"), 0.4,
                                                    ("", "-", "N/A")), OPAQUE),
        c("col17", "free_text", "VARCHAR", _mixed(g, "AU", "en"), OPAQUE, MIXED),
        c("col18", N, "VARCHAR", g.col(g.sha256), "decoy", HASH, OPAQUE),
    ])


def analytics_tracks(g: Gen) -> Table:
    """An Austin product-analytics pipeline's events (JSON-path column names): message, anonymous and user ids,
    event, time, session, the identified e-mail (mostly NULL), IP, URL, referrer, plan, user agent, device id, locale,
    geolocated city, ``traits`` JSON naming the user (``free_text``), ``properties`` JSON (``none``) and a hashed id."""
    def traits() -> str | None:
        if g.rnd.random() < 0.45:
            return None
        a, b = v.person(g)
        return json.dumps({"name": f"{a} {b}", "email": v.email_of(g, a, b, v.PERSONAL_DOMAINS["en"]),
                           "plan": g.rnd.choice(["free", "pro"])})

    return Table("analytics.tracks", "en", "dotted", [
        c("message_id", N, "VARCHAR", g.col(g.uuid), "decoy", KEY),
        c("anonymous_id", N, "VARCHAR", g.col(g.uuid), "decoy", KEY),
        c("user_id", N, "VARCHAR", g.col(lambda: g.token("usr_", 12), 0.4), "decoy", KEY),
        c("event", N, "VARCHAR", g.col(g.pick(["Page Viewed", "Signed Up", "Report Exported", "Invite Sent"])),
          "decoy"),
        c("timestamp", N, "TIMESTAMP", g.moments("2025-11-01", "2025-11-30"), "decoy"),
        c("session_id", N, "BIGINT", g.ints(1_700_000_000_000, 1_765_000_000_000), "decoy", KEY),
        c("properties.$email", "email", "VARCHAR", g.col(lambda: v.email(g), 0.8), HEAVY),
        c("properties.$ip", "ip_address", "VARCHAR", g.col(lambda: g.ip(0.2))),
        c("properties.$current_url", N, "VARCHAR", g.col(g.pick(["https://app.lonestarmetrics.com/dashboard",
                                                                 "https://app.lonestarmetrics.com/reports/42",
                                                                 "https://lonestarmetrics.com/pricing"])), "decoy"),
        c("properties.$referrer", N, "VARCHAR", g.col(g.pick(["https://www.google.com/", "$direct",
                                                              "https://news.ycombinator.com/"])), "decoy"),
        c("properties.plan", N, "VARCHAR", g.col(g.pick(["free", "pro", "enterprise"])), "decoy"),
        c("context.userAgent", N, "VARCHAR", g.col(g.pick(v.USER_AGENTS[:4])), "decoy", AGENT),
        c("context.device.id", N, "VARCHAR", g.col(g.uuid, 0.3), "decoy", KEY),
        c("context.locale", N, "VARCHAR", g.col(g.pick(["en-US", "es-US", "en-GB"])), "decoy"),
        c("context.location.city", "city", "VARCHAR", g.col(g.pick(["Austin", "Round Rock", "San Antonio",
                                                                    "Houston", "Dallas"]), 0.15)),
        c("traits", "free_text", "VARCHAR", [traits() for _ in range(g.rows)], JSON),
        c("properties", N, "VARCHAR", g.col(lambda: json.dumps({"button": g.rnd.choice(["export", "share"]),
                                                                "duration_ms": g.rnd.randint(20, 9000)})),
          "decoy", JSON_PLAIN),
        c("user_id_sha256", N, "VARCHAR", g.col(g.sha256, 0.4), "decoy", HASH),
        c("$insert_id", N, "VARCHAR", g.col(lambda: g.token("", 16)), "decoy", KEY),
    ])


def billing_customers(g: Gen) -> Table:
    """A Toronto subscription-billing export (title case with spaces): the processor's customer id, e-mail, name,
    phone, address, postal code, the business number of the customer's company (``none``), card brand, last four and
    fingerprint (``none``), balance, plan and a metadata JSON naming the referrer (``free_text``)."""
    pairs = [v.person(g) for _ in range(g.rows)]
    places = [g.rnd.choice(v.CA_PLACES) for _ in range(g.rows)]

    def meta() -> str:
        doc: dict = {"crm_id": g.code("0039999999")}
        if g.rnd.random() < 0.5:
            doc["referred_by"] = v.whole(g)
        return json.dumps(doc)

    return Table("billing.customers", "en", "title", [
        c("id", N, "VARCHAR", g.col(lambda: g.token("cus_", 14)), "decoy", TOKEN),
        c("Description", N, "VARCHAR", g.col(g.pick(["Team plan - annual", "Pro monthly", "Migrated 2023", ""])),
          "decoy"),
        c("Email", "email", "VARCHAR", [v.email_of(g, a, b, v.PERSONAL_DOMAINS["en"] + ["rogers.com"])
                                        for a, b in pairs]),
        c("Name", "person_name", "VARCHAR", [f"{a} {b}" for a, b in pairs]),
        c("Phone", "phone", "VARCHAR", g.phones("CA", {"e164": 0.5, "national": 0.5}, 0.8, 0.35)),
        c("Created (UTC)", N, "TIMESTAMP", g.moments("2022-01-01", "2025-11-30"), "decoy"),
        c("Address Line1", "street_address", "VARCHAR", g.col(lambda: v.ca_street(g), 0.1)),
        c("Address Line2", "street_address", "VARCHAR", g.col(lambda: f"Unit {g.rnd.randint(101, 2409)}", 0.75),
          HEAVY),
        c("Address City", "city", "VARCHAR", [p[0] for p in places]),
        c("Address State", N, "VARCHAR", [p[1] for p in places], "decoy"),
        c("Address Postal Code", "postal_code", "VARCHAR", [v.ca_postcode(g, p[2]) for p in places]),
        c("Address Country", N, "VARCHAR", g.col(g.pick(["CA"])), "decoy"),
        c("Tax ID", N, "VARCHAR", g.col(lambda: v.ca_bn(g), 0.6), "business", SHAPE),
        c("Card Brand", N, "VARCHAR", g.col(g.pick(["visa", "mastercard", "amex"]), 0.1), "decoy"),
        c("Card Last4", N, "VARCHAR", g.col(lambda: g.digits(4), 0.1), "decoy", PARTIAL),
        c("Card Fingerprint", N, "VARCHAR", g.col(lambda: g.token("", 16), 0.1), "decoy", TOKEN),
        c("Delinquent", N, "BOOLEAN", g.yn(True, False, 0.05), "decoy"),
        c("Balance", N, "DOUBLE", g.amounts(-50, 400), "decoy"),
        c("Currency", N, "VARCHAR", g.col(g.pick(["cad", "usd"])), "decoy"),
        c("Plan", N, "VARCHAR", g.col(g.pick(["starter", "team", "business"])), "decoy"),
        c("Metadata", "free_text", "VARCHAR", g.col(meta), JSON),
    ])


def gateway_access(g: Gen) -> Table:
    """A Singapore API gateway's access log (SCREAMING abbreviations and bracketed header names): request id and
    time, client and forwarded IPs, method, path, a raw query string (some rows carry ``email=``), status, latency,
    user agent, bearer token, API key id, consumer (an app: ``none``), JWT subject and e-mail claim, the upstream's
    internal IP and host (``none``)."""
    def query() -> str:
        if g.rnd.random() < 0.3:
            return f"email={v.email(g).replace('@', '%40')}&page={g.rnd.randint(1, 5)}"
        return g.rnd.choice(["page=2&limit=50", "", "sort=-created_at", "include=owner"])

    return Table("gateway.ACCESS_LOG", "en", "screaming", [
        c("REQ_ID", N, "VARCHAR", g.col(g.uuid), "decoy", KEY),
        c("REQ_TS", N, "TIMESTAMP", g.moments("2025-11-20", "2025-11-30"), "decoy"),
        c("CLNT_IP", "ip_address", "VARCHAR", g.col(lambda: g.ip(0.25)), ABBREV),
        c("request.headers[x-forwarded-for]", "ip_address", "VARCHAR", g.col(lambda: g.ip(0.2), 0.4)),
        c("HTTP_MTHD", N, "VARCHAR", g.col(g.pick(["GET", "GET", "POST", "PATCH", "DELETE"])), "decoy", ABBREV),
        c("REQ_PATH", N, "VARCHAR", g.col(lambda: f"/v2/accounts/{g.uuid()}/invoices"), "decoy"),
        c("QRY_STR", "free_text", "VARCHAR", g.col(query), ABBREV),
        c("STS_CD", N, "INTEGER", g.col(g.pick([200, 200, 201, 204, 401, 404, 429, 500])), "decoy", ABBREV),
        c("LAT_MS", N, "INTEGER", g.ints(3, 2400), "decoy", ABBREV),
        c("request.headers[user-agent]", N, "VARCHAR", g.col(g.pick(v.USER_AGENTS)), "decoy", AGENT),
        c("request.headers[authorization]", N, "VARCHAR", g.col(lambda: "Bearer eyJhbGciOiJSUzI1NiJ9."
                                                                + g.token("", 40)), "decoy", CREDENTIAL),
        c("API_KEY_ID", N, "VARCHAR", g.col(lambda: g.token("key_", 10)), "decoy", KEY),
        c("CNSMR_NM", N, "VARCHAR", g.col(g.pick(["partner-lionpay", "mobile-ios", "mobile-android"])), "decoy",
          SERVICE),
        c("JWT_SUB", N, "VARCHAR", g.col(g.uuid, 0.2), "decoy", KEY),
        c("JWT_EMAIL", "email", "VARCHAR", g.col(lambda: v.email(g), 0.2), ABBREV),
        c("UPSTRM_IP", N, "VARCHAR", g.col(lambda: f"10.20.{g.rnd.randint(0, 3)}.{g.rnd.randint(2, 40)}"),
          "business", SHAPE),
        c("UPSTRM_HOST", N, "VARCHAR", g.col(g.pick(["billing-svc.prod.svc", "accounts-svc.prod.svc"])), "decoy"),
        c("GEO_CTRY", N, "VARCHAR", g.col(g.pick(["SG", "MY", "ID", "PH"])), "decoy", ABBREV),
    ])


def dwh_dim_customer(g: Gen) -> Table:
    """A Johannesburg cloud provider's warehouse customer dimension (Pascal case, SCD2): surrogate and business keys,
    names, e-mail, mobile, the South African ID number (encoding the birth date), birth date, street, suburb, city,
    postal code, province, company registration number (``none``), a loyalty number shaped like an ID number failing
    its check, a row hash, validity dates, the current flag, batch and source."""
    female = [g.rnd.random() < 0.5 for _ in range(g.rows)]
    pairs = [v.person(g, "za", f) for f in female]
    born = g.births(1950, 2004)
    places = [g.rnd.choice(v.ZA_PLACES) for _ in range(g.rows)]
    start = g.days("2021-01-01", "2025-10-31")

    def loyalty() -> str:
        return g.valid(lambda: g.digits(13), lambda x: not v._zaid.is_valid(x))

    return Table("dwh.DimCustomer", "en", "pascal", [
        c("CustomerSK", N, "BIGINT", g.keys(1), "decoy", KEY, SCD2),
        c("CustomerBK", N, "VARCHAR", g.col(lambda: g.code("JC99999999")), "decoy", KEY),
        c("FullName", "person_name", "VARCHAR", [f"{a} {b}" for a, b in pairs]),
        c("FirstName", "first_name", "VARCHAR", [a for a, _ in pairs]),
        c("Surname", "last_name", "VARCHAR", [b for _, b in pairs]),
        c("EmailAddress", "email", "VARCHAR", [v.email_of(g, a, b, v.PERSONAL_DOMAINS["za"]) for a, b in pairs]),
        c("MobileNumber", "phone", "VARCHAR", g.phones("ZA", {"national": 0.6, "e164": 0.4}, 1.0, 0.1)),
        c("IdNumber", "national_id", "VARCHAR", [v.za_idnr(g, d, f) if g.rnd.random() < 0.85 else None
                                                 for d, f in zip(born, female, strict=True)]),
        c("BirthDate", "date_of_birth", "DATE", born),
        c("AddressLine1", "street_address", "VARCHAR", g.col(lambda: v.za_street(g), 0.1)),
        c("Suburb", "city", "VARCHAR", [g.rnd.choice(p[2]) for p in places]),
        c("City", "city", "VARCHAR", [p[0] for p in places]),
        c("PostalCode", "postal_code", "VARCHAR", [p[3] + g.digits(3) for p in places]),
        c("Province", N, "VARCHAR", [p[1] for p in places], "decoy"),
        c("CompanyRegNo", N, "VARCHAR", g.col(lambda: f"20{g.digits(2)}/{g.digits(6)}/07", 0.6), "business", SHAPE),
        c("LoyaltyNo", N, "VARCHAR", g.col(loyalty), "decoy", SHAPE),
        c("RowHash", N, "VARCHAR", g.col(g.md5), "decoy", HASH, SCD2),
        c("EffectiveFrom", N, "DATE", start, "decoy", SCD2),
        c("EffectiveTo", N, "DATE", [date(9999, 12, 31) if g.rnd.random() < 0.8 else s + timedelta(days=200)
                                     for s in start], "decoy", SCD2),
        c("IsCurrent", N, "BOOLEAN", g.yn(True, False, 0.8), "decoy", SCD2),
        c("EtlBatchId", N, "INTEGER", g.ints(4_000, 4_400), "decoy"),
        c("SourceSystem", N, "VARCHAR", g.col(g.pick(["CRM", "BILLING", "PORTAL"])), "decoy"),
    ])


# -- other languages --------------------------------------------------------------------------------------------------


def sap_hr_sync(g: Gen) -> Table:
    """A Stuttgart software maker's SAP-style HR extract feeding the directory (SAP's German abbreviations, padded
    CHAR, ``DATS`` text): client, personnel number, names, birth date, private address, phone, SAP user and e-mail,
    Steuer-ID, salary IBAN, org unit, cost centre, company, batch writer, change date and two Z fields."""
    pairs = [v.person(g, "de") for _ in range(g.rows)]
    places = [g.rnd.choice(v.DE_PLACES) for _ in range(g.rows)]
    users = [(fold_user(a, b) + str(i % 10)) for i, (a, b) in enumerate(pairs)]
    return Table("SAPHR.ZHR_IDM_SYNC", "de", "sap", [
        c("MANDT", N, "VARCHAR", ["100"] * g.rows, "decoy", LEGACY),
        c("PERNR", N, "VARCHAR", [f"{40_000_000 + i * 3:08d}" for i in range(g.rows)], "decoy", KEY, LEGACY),
        c("NACHN", "last_name", "CHAR(40)", _pad([b for _, b in pairs], 40), LEGACY, ABBREV),
        c("VORNA", "first_name", "CHAR(40)", _pad([a for a, _ in pairs], 40), LEGACY, ABBREV),
        c("GBDAT", "date_of_birth", "VARCHAR", [d.strftime("%Y%m%d") for d in g.births(1962, 2003)], LEGACY,
          ABBREV),
        c("STRAS", "street_address", "CHAR(60)", _pad(g.col(lambda: v.de_street(g)), 60), LEGACY, ABBREV),
        c("PSTLZ", "postal_code", "CHAR(10)", _pad([p[1] + g.digits(3) for p in places], 10), LEGACY, ABBREV),
        c("ORT01", "city", "CHAR(40)", _pad([p[0] for p in places], 40), LEGACY, ABBREV),
        c("TELNR", "phone", "CHAR(30)", _pad(g.phones("DE", {"national": 0.7, "intl": 0.3}, 0.7, 0.2), 30), LEGACY,
          ABBREV),
        c("USRID", USERNAME, "CHAR(12)", _pad(users, 12), USER, LEGACY),
        c("USRID_LONG", "email", "VARCHAR", [v.work_email(a, b, "neckarwerk.de") for a, b in pairs], LEGACY),
        c("IDNR", "national_id", "CHAR(11)", _pad(g.col(lambda: v.de_idnr(g), 0.1), 11), LEGACY, ABBREV),
        c("IBAN", "iban", "CHAR(34)", _pad(g.col(lambda: v.de_iban(g), 0.15), 34), LEGACY),
        c("ORGEH", N, "VARCHAR", g.col(lambda: f"5000{g.digits(4)}"), "decoy", LEGACY),
        c("KOSTL", N, "VARCHAR", g.col(g.pick(["0000041100", "0000041200", "0000043000"])), "decoy", LEGACY),
        c("BUTXT", N, "VARCHAR", g.col(g.pick(["Neckarwerk Software GmbH"])), "business", LEGACY),
        c("ERNAM", N, "CHAR(12)", _pad(g.col(g.pick(["IDM_SYNC", "BATCH_HR"])), 12), "decoy", SERVICE, AUDIT,
          LEGACY),
        c("AEDTM", N, "VARCHAR", [d.strftime("%Y%m%d") for d in g.days("2025-01-01", "2025-11-30")], "decoy",
          LEGACY),
        c("ZZFELD1", N, "VARCHAR", g.col(lambda: g.code("KST-999"), 0.3), "decoy", OPAQUE, LEGACY),
        c("ZZFELD2", "free_text", "VARCHAR", _mixed(g, "DE", "de"), OPAQUE, MIXED, LEGACY),
    ])


def fold_user(first: str, last: str) -> str:
    return (v.plain(last)[:6] + v.plain(first)[:2]).upper()


def as400_hosting(g: Gen) -> Table:
    """A Monterrey hosting provider's AS/400 subscriber master (field prefix ``SC``, padded CHAR, ``DECIMAL``
    numbers): customer number, given names and both surnames, CURP, RFC and IMSS number, birth date as ``CYYMMDD``,
    phone and postal code as numbers with 0 for missing, e-mail, street, city, a card in clear, folio numbers shaped
    like a CURP (failing its check), plan, start date as ``YYYYMMDD``, two user fields and the operator's user."""
    female = [g.rnd.random() < 0.5 for _ in range(g.rows)]
    names = [(v.person(g, "es", f)[0], v.person(g, "es")[1], v.person(g, "es")[1]) for f in female]
    born = g.births(1955, 2004)
    places = [g.rnd.choice(v.MX_PLACES) for _ in range(g.rows)]
    operators = sorted({fold_user(*v.person(g, "es")) for _ in range(4)})

    def folio() -> str:
        return g.valid(lambda: g.code("AAAA999999HNLAAA99"), lambda x: not v._curp.is_valid(x))

    return Table("HOSTMX.SUSCLIP", "es", "as400", [
        c("SCNUMC", N, "DECIMAL(9,0)", g.keys(100_001, 3), "decoy", KEY, LEGACY),
        c("SCNOMB", "first_name", "CHAR(30)", _pad([n[0] for n in names], 30), LEGACY, ABBREV),
        c("SCAPPA", "last_name", "CHAR(30)", _pad([n[1] for n in names], 30), LEGACY, ABBREV),
        c("SCAPMA", "last_name", "CHAR(30)", _pad([n[2] for n in names], 30), LEGACY, ABBREV),
        c("SCCURP", "national_id", "CHAR(18)", _pad([v.mx_curp(g, n[0], n[1], n[2], d, f) if g.rnd.random() < 0.9
                                                     else None for n, d, f in zip(names, born, female, strict=True)],
                                                    18), LEGACY),
        c("SCRFC", "national_id", "CHAR(13)", _pad([v.mx_rfc(g, n[0], n[1], n[2], d) if g.rnd.random() < 0.7
                                                    else None for n, d in zip(names, born, strict=True)], 13),
          LEGACY),
        c("SCNSS", "ssn", "DECIMAL(11,0)", [int(v.mx_nss(g)) if g.rnd.random() < 0.6 else None
                                            for _ in range(g.rows)], LEGACY, ABBREV),
        c("SCFNAC", "date_of_birth", "DECIMAL(7,0)", [(1 if d.year >= 2000 else 0) * 1_000_000 + int(
            d.strftime("%y%m%d")) for d in born], LEGACY, ABBREV),
        c("SCTELE", "phone", "DECIMAL(10,0)", [g.phone_int("MX", g.rnd.random() < 0.8) if g.rnd.random() < 0.85
                                               else 0 for _ in range(g.rows)], LEGACY, ABBREV),
        c("SCCORR", "email", "CHAR(60)", _pad([v.email_of(g, n[0], n[1], v.PERSONAL_DOMAINS["es"]) for n in names],
                                              60), LEGACY, ABBREV),
        c("SCDIRE", "street_address", "CHAR(60)", _pad(g.col(lambda: v.mx_street(g)), 60), LEGACY, ABBREV),
        c("SCCIUD", "city", "CHAR(30)", _pad([p[0] for p in places], 30), LEGACY, ABBREV),
        c("SCCPOS", "postal_code", "DECIMAL(5,0)", [int(p[1] + g.digits(3)) if g.rnd.random() < 0.9 else 0
                                                    for p in places], LEGACY, ABBREV),
        c("SCTARJ", "credit_card", "CHAR(19)", _pad(g.col(lambda: v.card(g), 0.6), 19), HEAVY, LEGACY, ABBREV),
        c("SCFOLI", N, "CHAR(18)", _pad(g.col(folio), 18), "decoy", SHAPE, LEGACY),
        c("SCPLAN", N, "CHAR(10)", _pad(g.col(g.pick(["VPS-2", "VPS-4", "SHARED-B", "DEDIC-1"])), 10), "decoy",
          LEGACY),
        c("SCFALT", N, "DECIMAL(8,0)", [int(d.strftime("%Y%m%d")) for d in g.days("2012-01-01", "2025-11-30")],
          "decoy", LEGACY),
        c("SCUSR1", N, "CHAR(20)", _pad(g.col(lambda: g.code("RACK-A9-99"), 0.2), 20), "decoy", OPAQUE, LEGACY),
        c("SCUSR2", "free_text", "CHAR(60)", _pad(_mixed(g, "MX", "es"), 60), OPAQUE, MIXED, LEGACY),
        c("SCUSUA", USERNAME, "CHAR(10)", _pad(g.col(g.pick(operators)), 10), USER, AUDIT, LEGACY),
    ])


def fr_helpdesk(g: Gen) -> Table:
    """A Lyon managed-service provider's helpdesk requests (French, snake case): request id and reference, opening
    time, the requester's name, e-mail and phone, the assigned technician (staff), queue, subject, description naming
    people and numbers, the client company, its SIRET and site (``none``), priority, status, workstation, two free
    fields and the creating agent's login."""
    techs = _staff(g, 5, "fr")
    logins = sorted({v.login(*v.person(g, "fr"), i) for i in range(4)})
    pairs = [v.person(g, "fr") for _ in range(g.rows)]
    return Table("support_helpdesk.demandes", "fr", "snake", [
        c("id_demande", N, "BIGINT", g.keys(88_001), "decoy", KEY),
        c("reference", N, "VARCHAR", [f"DEM-2025-{i + 4100:06d}" for i in range(g.rows)], "decoy", SHAPE),
        c("date_ouverture", N, "TIMESTAMP", g.moments("2025-05-01", "2025-11-30"), "decoy"),
        c("demandeur_nom", "person_name", "VARCHAR", [f"{b.upper()} {a}" for a, b in pairs], ROLE),
        c("demandeur_courriel", "email", "VARCHAR", [v.work_email(a, b, g.rnd.choice(["cabinet-rivoire.fr",
                                                                                      "boulangeries-sabot.fr"]))
                                                     for a, b in pairs], ROLE_EMAIL),
        c("demandeur_tel", "phone", "VARCHAR", g.phones("FR", {"national": 0.7, "intl": 0.3}, 0.6, 0.15)),
        c("technicien_assigne", "person_name", "VARCHAR", g.col(g.pick(techs), 0.1), STAFF),
        c("file_attente", N, "VARCHAR", g.col(g.pick(["Niveau 1", "Niveau 2", "Réseau"])), "decoy"),
        c("objet", N, "VARCHAR", g.col(g.pick(["Session bloquée", "Imprimante", "Messagerie", "Accès VPN"])),
          "decoy"),
        c("description", "free_text", "VARCHAR", g.col(lambda: _fill(g, v.FR_TEXT, "FR", "fr"))),
        c("societe_cliente", N, "VARCHAR", g.col(g.pick(["Cabinet Rivoire Avocats", "Boulangeries Sabot SAS"])),
          "business"),
        c("siret_client", N, "VARCHAR", g.col(lambda: v.fr_siret(g)), "business", SHAPE),
        c("adresse_site", N, "VARCHAR", g.col(g.pick(["12 quai Saint-Antoine, 69002 Lyon",
                                                      "45 cours Lafayette, 69003 Lyon"])), "business"),
        c("priorite", N, "VARCHAR", g.col(g.pick(["Basse", "Normale", "Haute"])), "decoy"),
        c("statut", N, "VARCHAR", g.col(g.pick(["Nouveau", "En cours", "Résolu", "Clos"])), "decoy"),
        c("poste_machine", N, "VARCHAR", g.col(lambda: g.code("PC-LYO-999")), "decoy", SHAPE),
        c("champ_libre_1", N, "VARCHAR", g.col(lambda: g.code("CTR-9999"), 0.3), "decoy", OPAQUE),
        c("champ_libre_2", "free_text", "VARCHAR", _mixed(g, "FR", "fr"), OPAQUE, MIXED),
        c("cree_par", USERNAME, "VARCHAR", g.col(g.pick(logins)), USER, AUDIT),
        c("satisfaction", N, "INTEGER", g.ints(1, 5, 0.5), "decoy"),
    ])


def ja_chat(g: Gen) -> Table:
    """An Osaka SaaS vendor's customer-support chat log (Japanese names and values): conversation id, start time,
    the customer's name in kanji and katakana, e-mail, phone, the operator (staff), speaker, message body, channel,
    satisfaction, visitor id, IP, browser, the customer's company and corporate number (``none``), two spare fields."""
    people = [_ja_person(g) for _ in range(g.rows)]
    ops = sorted({_ja_person(g)[0] for _ in range(5)})
    return Table("チャット.会話履歴", "ja", "japanese", [
        c("会話ID", N, "VARCHAR", g.col(lambda: g.token("cv_", 12)), "decoy", KEY),
        c("開始日時", N, "TIMESTAMP", g.moments("2025-08-01", "2025-11-30"), "decoy"),
        c("顧客名", "person_name", "VARCHAR", [p[0] for p in people]),
        c("顧客名カナ", "person_name", "VARCHAR", [p[1] if g.rnd.random() < 0.8 else None for p in people]),
        c("メールアドレス", "email", "VARCHAR", [f"{p[2]}@{g.rnd.choice(v.PERSONAL_DOMAINS['ja'])}" for p in people]),
        c("電話番号", "phone", "VARCHAR", g.phones("JP", {"national": 0.8, "e164": 0.2}, 0.7, 0.3)),
        c("担当オペレーター", "person_name", "VARCHAR", g.col(g.pick(ops), 0.1), STAFF),
        c("発言者", N, "VARCHAR", g.col(g.pick(["顧客", "オペレーター", "ボット"])), "decoy"),
        c("本文", "free_text", "VARCHAR", g.col(lambda: _fill(g, v.JA_TEXT, "JP", "ja"))),
        c("チャネル", N, "VARCHAR", g.col(g.pick(["Web", "LINE", "アプリ"])), "decoy"),
        c("満足度", N, "INTEGER", g.ints(1, 5, 0.4), "decoy"),
        c("訪問者ID", N, "VARCHAR", g.col(g.uuid), "decoy", KEY),
        c("IPアドレス", "ip_address", "VARCHAR", g.col(lambda: g.ip(0.3))),
        c("ブラウザ", N, "VARCHAR", g.col(g.pick(v.USER_AGENTS[:3])), "decoy", AGENT),
        c("会社名", N, "VARCHAR", g.col(g.pick(["株式会社なにわ精工", "梅田商事株式会社", "個人"]), 0.2), "business"),
        c("法人番号", N, "VARCHAR", g.col(lambda: v.jp_cn(g), 0.4), "business", SHAPE),
        c("予備項目1", N, "VARCHAR", g.col(lambda: g.code("PLN-99"), 0.3), "decoy", OPAQUE),
        c("予備項目2", "free_text", "VARCHAR", _ja_mixed(g), OPAQUE, MIXED),
    ])


def _ja_mixed(g: Gen) -> list:
    def one() -> str:
        roll = g.rnd.random()
        if roll < 0.35:
            return g.phone("JP", "national")
        if roll < 0.7:
            return f"{_ja_person(g)[2]}@{g.rnd.choice(v.PERSONAL_DOMAINS['ja'])}"
        return _ja_person(g)[0]

    return g.col(one, 0.3)


def ko_push(g: Gen) -> Table:
    """A Seoul mobile app's push-token and device registry (Korean names and values): device and member ids, the
    member's name, mobile, e-mail (mostly NULL), push token, platform, versions, model, the device's name (with the
    owner's given name), advertising id, last IP, opt-in, registration time, the company's business number and a
    spare field."""
    people = [_ko_person(g) for _ in range(g.rows)]

    def device_name(p: tuple[str, str, str]) -> str:
        return g.rnd.choice([f"{p[1]}의 iPhone", f"{p[1]}의 Galaxy S24", f"{p[1]} 폰"])

    def ko_one() -> str:
        roll = g.rnd.random()
        if roll < 0.4:
            return g.phone("KR", "national")
        if roll < 0.7:
            return f"{_ko_person(g)[2]}@{g.rnd.choice(v.PERSONAL_DOMAINS['ko'])}"
        return _ko_person(g)[0]

    return Table("앱.푸시_기기", "ko", "korean", [
        c("기기ID", N, "VARCHAR", g.col(g.uuid), "decoy", KEY),
        c("회원번호", N, "BIGINT", g.keys(2_000_001), "decoy", KEY),
        c("회원명", "person_name", "VARCHAR", [p[0] for p in people]),
        c("휴대폰번호", "phone", "VARCHAR", g.phones("KR", {"national": 0.7, "e164": 0.3}, 1.0, 0.05)),
        c("이메일", "email", "VARCHAR", [f"{p[2]}{g.rnd.randint(1, 99)}@{g.rnd.choice(v.PERSONAL_DOMAINS['ko'])}"
                                      if g.rnd.random() < 0.3 else None for p in people], HEAVY),
        c("푸시토큰", N, "VARCHAR", g.col(lambda: g.token("", 22) + ":APA91b" + g.token("", 60)), "decoy",
          CREDENTIAL),
        c("플랫폼", N, "VARCHAR", g.col(g.pick(["android", "ios"])), "decoy"),
        c("OS버전", N, "VARCHAR", g.col(g.pick(["14", "15", "18.1", "17.6"])), "decoy"),
        c("앱버전", N, "VARCHAR", g.col(g.pick(["5.2.0", "5.2.1", "5.3.0"])), "decoy"),
        c("기기모델", N, "VARCHAR", g.col(g.pick(["SM-S921N", "iPhone16,2", "SM-A546N"])), "decoy"),
        c("기기이름", "person_name", "VARCHAR", [device_name(p) if g.rnd.random() < 0.6 else None for p in people],
          DEVICE),
        c("광고ID", N, "VARCHAR", g.col(g.uuid, 0.3), "decoy", KEY),
        c("최근접속IP", "ip_address", "VARCHAR", g.col(lambda: g.ip(0.3), 0.1)),
        c("푸시동의", N, "BOOLEAN", g.yn(True, False, 0.6), "decoy"),
        c("등록일시", N, "TIMESTAMP", g.moments("2023-01-01", "2025-11-30"), "decoy"),
        c("사업자등록번호", N, "VARCHAR", g.col(g.pick([v.kr_brn(g)])), "business", SHAPE),
        c("추가필드2", "free_text", "VARCHAR", g.col(ko_one, 0.35), OPAQUE, MIXED),
    ])


def nl_bounces(g: Gen) -> Table:
    """A Utrecht e-mail delivery service's bounce log (Dutch, snake case): message id, time, the recipient's address
    and name, the sending customer's no-reply address, domain, VAT and KvK numbers (``none``), bounce type, SMTP code,
    diagnostic (some with the recipient's address), MX host, sending IP (``none``), campaign, suppression, the
    recipient's SMS number (mostly NULL) and a free field."""
    pairs = [v.person(g, "nl") for _ in range(g.rows)]
    senders = [("nieuwsbrief@fietsenhuis.nl", "fietsenhuis.nl", v.nl_vat(g), "30123456"),
               ("noreply@zorgpunt.nl", "zorgpunt.nl", v.nl_vat(g), "61234560"),
               ("info@kaaslokaal.nl", "kaaslokaal.nl", v.nl_vat(g), "74001122")]
    sender = [g.rnd.choice(senders) for _ in range(g.rows)]

    def diag() -> str:
        return g.rnd.choice(v.NL_DIAG).format(email=v.email(g, "nl"))

    return Table("bezorging.bounces", "nl", "snake", [
        c("bericht_id", N, "VARCHAR", g.col(lambda: f"<{g.token('', 20)}@mta.domstadmail.nl>"), "decoy", KEY),
        c("tijdstip", N, "TIMESTAMP", g.moments("2025-11-01", "2025-11-30"), "decoy"),
        c("ontvanger_adres", "email", "VARCHAR", [v.email_of(g, a, b, v.PERSONAL_DOMAINS["nl"]) for a, b in pairs]),
        c("ontvanger_naam", "person_name", "VARCHAR", [f"{a} {b}" if g.rnd.random() < 0.55 else None
                                                       for a, b in pairs]),
        c("afzender_adres", N, "VARCHAR", [s[0] for s in sender], "business"),
        c("afzender_domein", N, "VARCHAR", [s[1] for s in sender], "business"),
        c("klant_btw", N, "VARCHAR", [s[2] for s in sender], "business", SHAPE),
        c("klant_kvk", N, "VARCHAR", [s[3] for s in sender], "business", SHAPE),
        c("bounce_type", N, "VARCHAR", g.col(g.pick(["hard", "soft", "blok"])), "decoy"),
        c("smtp_code", N, "VARCHAR", g.col(g.pick(["550", "552", "421", "554"])), "decoy"),
        c("diagnose", "free_text", "VARCHAR", g.col(diag)),
        c("mx_host", N, "VARCHAR", g.col(g.pick(["mx1.ziggo.nl", "mx.kpnmail.nl", "gmail-smtp-in.l.google.com"])),
          "decoy"),
        c("verzend_ip", N, "VARCHAR", g.col(g.pick(["185.62.40.11", "185.62.40.12", "185.62.40.19"])), "business",
          SHAPE),
        c("campagne_id", N, "VARCHAR", g.col(lambda: g.code("CMP-9999")), "decoy"),
        c("onderdrukt", N, "BOOLEAN", g.yn(True, False, 0.4), "decoy"),
        c("telefoon_ontvanger", "phone", "VARCHAR", g.phones("NL", {"national": 0.5, "e164": 0.5}, 1.0, 0.8), HEAVY),
        c("vrij_veld_2", "free_text", "VARCHAR", _mixed(g, "NL", "nl"), OPAQUE, MIXED),
    ])


def br_assinaturas(g: Gen) -> Table:
    """A Campinas SaaS's subscriptions (Brazilian Portuguese, camel case): customer id, name, CPF, the employer's
    CNPJ (``none``), e-mail, mobile, CEP, street, city, state, birth date, plan, price, order numbers shaped like a CPF
    and failing its check, the card's last four, the gateway token, creation time, a free field and the seller
    (staff)."""
    sellers = _staff(g, 4, "pt")
    pairs = [v.person(g, "pt") for _ in range(g.rows)]
    places = [g.rnd.choice(v.BR_PLACES) for _ in range(g.rows)]

    def pedido() -> str:
        return g.valid(lambda: g.digits(11), lambda x: not v._cpf.is_valid(x))

    return Table("assinaturas.clientes", "pt", "camel", [
        c("idCliente", N, "BIGINT", g.keys(310_001), "decoy", KEY),
        c("nomeCompleto", "person_name", "VARCHAR", [f"{a} {b}" for a, b in pairs]),
        c("cpf", "national_id", "VARCHAR", g.col(lambda: v.br_cpf(g), 0.05)),
        c("cnpjEmpresa", N, "VARCHAR", g.col(lambda: v.br_cnpj(g), 0.6), "business", SHAPE),
        c("email", "email", "VARCHAR", [v.email_of(g, a, b, v.PERSONAL_DOMAINS["pt"]) for a, b in pairs]),
        c("celular", "phone", "VARCHAR", g.phones("BR", {"national": 0.6, "e164": 0.4}, 1.0, 0.1)),
        c("cep", "postal_code", "VARCHAR", [f"{p[2]}{g.digits(2)}-{g.digits(3)}" for p in places]),
        c("logradouro", "street_address", "VARCHAR", g.col(lambda: v.br_street(g), 0.1)),
        c("cidade", "city", "VARCHAR", [p[0] for p in places]),
        c("uf", N, "VARCHAR", [p[1] for p in places], "decoy"),
        c("dataNascimento", "date_of_birth", "DATE", [d if g.rnd.random() < 0.7 else None
                                                      for d in g.births(1960, 2006)]),
        c("plano", N, "VARCHAR", g.col(g.pick(["Básico", "Pro", "Empresa"])), "decoy"),
        c("valorMensal", N, "DOUBLE", g.amounts(29.9, 499.0), "decoy"),
        c("numeroPedido", N, "VARCHAR", g.col(pedido), "decoy", SHAPE),
        c("cartaoFinal", N, "VARCHAR", g.col(lambda: g.digits(4), 0.3), "decoy", PARTIAL),
        c("gatewayToken", N, "VARCHAR", g.col(lambda: g.token("tok_", 20)), "decoy", TOKEN),
        c("criadoEm", N, "TIMESTAMP", g.moments("2023-01-01", "2025-11-30"), "decoy"),
        c("campoLivre2", "free_text", "VARCHAR", _mixed(g, "BR", "pt"), OPAQUE, MIXED),
        c("vendedor", "person_name", "VARCHAR", g.col(g.pick(sellers), 0.2), STAFF),
    ])


BUILDERS: list[tuple[Callable[[Gen], Table], int]] = [
    (idp_users, 600), (sso_audit, 1_200), (itsm_incident, 700), (crm_staging, 500), (analytics_tracks, 1_400),
    (billing_customers, 500), (gateway_access, 1_000), (dwh_dim_customer, 800), (sap_hr_sync, 400),
    (as400_hosting, 450), (fr_helpdesk, 500), (ja_chat, 400), (ko_push, 600), (nl_bounces, 900),
    (br_assinaturas, 500),
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
