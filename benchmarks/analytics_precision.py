"""Does masking break analytics? Star-schema queries run raw and governed, side by side (issue 13).

Three schemas, each generated deterministically (fixed seed) into its own DuckDB file:

* **TPC-H** (the 8 tables with their standard column names and value domains, scale factor about 0.01) and the
  22 TPC-H queries with the specification's validation parameters, taken from the guardrail corpus
  (``tests/governed/guardrails/corpus/ordinary.yaml``). DuckDB's ``tpch`` extension generates the data when it loads offline
  (``LOAD tpch``); it is not bundled with this project's DuckDB build and ``INSTALL tpch`` needs the network, so
  otherwise a small generator here follows the specification's formats (``Customer#000000001``, phones ``CC-XXX-XXX-XXXX``, brands, types, containers,
  dates 1992-1998, order status derived from line status); row counts and value distributions are close to, not
  equal to, ``dbgen``'s.
* **A TPC-DS-like star schema with customer tables** (customer, customer_address, customer_demographics,
  date_dim, item, store, warehouse, promotion, store_sales, web_sales; ``c_``, ``ca_``, ``cd_``, ``d_``, ``i_``,
  ``s_``, ``w_``, ``p_``, ``ss_``, ``ws_`` prefixes, ``_sk`` surrogate keys, ``c_birth_day/month/year`` numbers,
  ``ca_suite_number``, ``ca_county``, ``d_day_name``, ``d_quarter_name``, ``p_channel_email`` Y/N flags) with 30
  typical analytics queries, written for this benchmark. Queries marked ``personal predicate`` filter, join or
  group on a column that does hold personal data (a zip code, a birth year, a county): refusing those is the
  masking doing its job, and they are listed apart.
* **A B2B SaaS company's warehouse** (accounts, users, subscriptions, invoices, events, support_tickets,
  nps_responses, feature_flags, dim_date; unprefixed names as a data team writes them: ``email``, ``first_name``,
  ``csm_owner``, ``assignee``, ``ip_address``, ``anonymous_id``, ``body``, ``mrr``, ``created_at``), people and
  companies from Faker, with 39 analytics queries written for this benchmark before any governed run (MRR, cohort
  churn, weekly actives, funnels, seat utilisation, overdue invoices, ticket resolution, NPS, window functions,
  QUALIFY, percentiles); ground truth :data:`SAAS_PERSONAL`, debatable choices explained beside it.

Every query runs raw (plain DuckDB, read-only) and governed (``GovernedConnection.query`` with the default,
empty policy and a throwaway secret). Printed per query: rows raw, governed outcome (rows, or the refusal's rule),
and whether the governed result equals the raw one (order-insensitive, floats to a relative 1e-6) wherever no
column that truly holds personal data reaches the output (by the governed result's lineage against the ground
truth :data:`TPCH_PERSONAL` / :data:`STAR_PERSONAL` / :data:`SAAS_PERSONAL`, not by the classifier's opinion:
a non-personal column the classifier masks shows up as DIFFERENT, naming the masked columns); where a personal
column reaches the output, only the number of rows is compared (ROWS DIFFER: masking merged or split groups, an
answer changed without a refusal). A refused query shows the ``table.column``
names its refusal message names (names only; the message itself is not printed). Then the
share of raw-runnable queries that run governed (goal >= 90%), the share equal, and the refusal rules. The output
holds query ids, counts and rule names only, never a value.

Run from the repository root: ``python benchmarks/analytics_precision.py [--only tpch|star|saas] [--keep DIR]
[--policy FILE]``; ``--policy`` runs the governed side with a policy file instead of the default, empty one (to
measure what a reviewer's pinned decisions change).
"""

from __future__ import annotations

import argparse
import re
import secrets
import sys
import tempfile
import time
from collections import Counter
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

import duckdb
import numpy as np
import pandas as pd
import yaml
from faker import Faker

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from governance_dagster.errors import GovernanceError, StatementRefused
from governance_dagster.governed.connection import GovernedConnection
from governance_dagster.governed.identity import Identity
from governance_dagster.policy.loader import load_policy
from governance_dagster.policy.models import Policy
from governance_dagster.store.audit.store import open_audit_store
from governance_dagster.store.database import open_database
from governance_dagster.store.handover import release

SEED = 20_261_204
GOAL_RUN_GOVERNED = 0.90
CORPUS = ROOT / "tests" / "governed" / "guardrails" / "corpus" / "ordinary.yaml"


#: Columns that do hold personal data (the ground truth used to decide whether a result must equal raw). TPC-H's
#: customers may be people: their name label, address and phone count; suppliers are businesses.
TPCH_PERSONAL = frozenset({"customer.c_name", "customer.c_address", "customer.c_phone"})
STAR_PERSONAL = frozenset({
    "customer.c_first_name", "customer.c_last_name", "customer.c_email_address", "customer.c_login",
    "customer.c_birth_day", "customer.c_birth_month", "customer.c_birth_year",
    "customer_address.ca_street_number", "customer_address.ca_street_name", "customer_address.ca_street_type",
    "customer_address.ca_suite_number", "customer_address.ca_city", "customer_address.ca_county",
    "customer_address.ca_zip", "store.s_manager",
})


@dataclass(frozen=True)
class Query:
    id: str
    sql: str
    personal_predicate: bool = False  # filters / joins / groups on a column that does hold personal data


# -- writing frames into DuckDB ---------------------------------------------------------------------------------


def _write(con: duckdb.DuckDBPyConnection, name: str, frame: pd.DataFrame, types: dict[str, str]) -> None:
    con.register("frame", frame)
    casts = ", ".join(f'CAST("{c}" AS {types.get(c, "VARCHAR")}) AS "{c}"' for c in frame.columns)
    con.execute(f'CREATE TABLE "{name}" AS SELECT {casts} FROM frame')
    con.unregister("frame")


# -- TPC-H ------------------------------------------------------------------------------------------------------

_REGIONS = ["AFRICA", "AMERICA", "ASIA", "EUROPE", "MIDDLE EAST"]
_NATIONS = [("ALGERIA", 0), ("ARGENTINA", 1), ("BRAZIL", 1), ("CANADA", 1), ("EGYPT", 4), ("ETHIOPIA", 0),
            ("FRANCE", 3), ("GERMANY", 3), ("INDIA", 2), ("INDONESIA", 2), ("IRAN", 4), ("IRAQ", 4), ("JAPAN", 2),
            ("JORDAN", 4), ("KENYA", 0), ("MOROCCO", 0), ("MOZAMBIQUE", 0), ("PERU", 1), ("CHINA", 2),
            ("ROMANIA", 3), ("SAUDI ARABIA", 4), ("VIETNAM", 2), ("RUSSIA", 3), ("UNITED KINGDOM", 3),
            ("UNITED STATES", 1)]
_COLORS = ["almond", "antique", "aquamarine", "azure", "beige", "bisque", "black", "blanched", "blue", "blush", "brown", "burlywood", "burnished", "chartreuse", "chiffon", "chocolate", "coral", "cornflower", "cornsilk", "cream", "cyan", "dark", "deep", "dim", "dodger", "drab", "firebrick", "floral", "forest", "frosted", "gainsboro", "ghost", "goldenrod", "green", "grey", "honeydew", "hot", "indian", "ivory", "khaki", "lace", "lavender", "lawn", "lemon", "light", "lime", "linen", "magenta", "maroon", "medium", "metallic", "midnight", "mint", "misty", "moccasin", "navajo", "navy", "olive", "orange", "orchid", "pale", "papaya", "peach", "peru", "pink", "plum", "powder", "puff", "purple", "red", "rose", "rosy", "royal", "saddle", "salmon", "sandy", "seashell", "sienna", "sky", "slate", "smoke", "snow", "spring", "steel", "tan", "thistle", "tomato", "turquoise", "violet", "wheat", "white", "yellow"]
_TYPE1 = ["STANDARD", "SMALL", "MEDIUM", "LARGE", "ECONOMY", "PROMO"]
_TYPE2 = ["ANODIZED", "BURNISHED", "PLATED", "POLISHED", "BRUSHED"]
_TYPE3 = ["TIN", "NICKEL", "BRASS", "STEEL", "COPPER"]
_CONT1 = ["SM", "LG", "MED", "JUMBO", "WRAP"]
_CONT2 = ["CASE", "BOX", "BAG", "JAR", "PKG", "PACK", "CAN", "DRUM"]
_SEGMENTS = ["AUTOMOBILE", "BUILDING", "FURNITURE", "MACHINERY", "HOUSEHOLD"]
_PRIORITIES = ["1-URGENT", "2-HIGH", "3-MEDIUM", "4-NOT SPECIFIED", "5-LOW"]
_INSTRUCT = ["DELIVER IN PERSON", "COLLECT COD", "NONE", "TAKE BACK RETURN"]
_MODES = ["REG AIR", "AIR", "RAIL", "SHIP", "TRUCK", "MAIL", "FOB"]
_WORDS = ["furiously", "quickly", "carefully", "blithely", "slyly", "fluffily", "ironic", "final", "regular", "express", "pending", "bold", "even", "silent", "unusual", "special", "requests", "deposits", "accounts", "packages", "theodolites", "pinto", "beans", "foxes", "ideas", "instructions", "dependencies", "excuses", "platelets", "asymptotes", "courts", "dolphins", "multipliers", "sauternes", "warthogs", "frets", "dinos", "attainments", "somas", "Tiresias", "patterns", "sleep", "wake", "are", "cajole", "haggle", "nag", "use", "boost", "affix", "detect", "integrate", "maintain", "nod", "was", "lose", "sublate", "solve", "thrash", "promise", "engage", "hinder", "print", "x-ray", "breach", "eat", "grow", "impress", "mold", "poach", "serve", "run", "dazzle", "snooze", "doze", "unwind", "kindle", "play", "hang", "believe", "doubt"]
_START, _END = date(1992, 1, 1), date(1998, 12, 31)
_CURRENT = date(1995, 6, 17)


def _text(rng: np.random.Generator, n: int, lo: int, hi: int) -> list[str]:
    counts = rng.integers(lo, hi + 1, n)
    words = rng.choice(_WORDS, counts.sum())
    out, at = [], 0
    for c in counts:
        out.append(" ".join(words[at:at + c]))
        at += c
    return out


def _vstring(rng: np.random.Generator, n: int) -> list[str]:
    alphabet = np.array(list("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789,. "))
    lengths = rng.integers(10, 40, n)
    return ["".join(rng.choice(alphabet, k)) for k in lengths]


def _phones(rng: np.random.Generator, nations: np.ndarray) -> list[str]:
    a, b, c = rng.integers(100, 1000, len(nations)), rng.integers(100, 1000, len(nations)), \
        rng.integers(1000, 10000, len(nations))
    return [f"{n + 10}-{x}-{y}-{z}" for n, x, y, z in zip(nations, a, b, c)]


def tpch_extension(path: Path, sf: float = 0.01) -> dict[str, int] | None:
    """The TPC-H tables by DuckDB's own ``dbgen`` when the ``tpch`` extension loads offline, else ``None``."""
    path.unlink(missing_ok=True)
    try:
        with duckdb.connect(str(path)) as con:
            con.execute("LOAD tpch")
            con.execute(f"CALL dbgen(sf={sf})")
            names = [r[0] for r in con.execute("SELECT table_name FROM information_schema.tables").fetchall()]
            return {n: con.execute(f'SELECT count(*) FROM "{n}"').fetchone()[0] for n in names}
    except duckdb.Error:
        path.unlink(missing_ok=True)
        return None


def build_tpch(path: Path, sf: float = 0.01) -> dict[str, int]:
    """The 8 TPC-H tables at scale factor ``sf`` into ``path``, generated here; returns table -> rows."""
    rng = np.random.default_rng(SEED)
    n_supp, n_part, n_cust, n_ord = int(10_000 * sf), int(200_000 * sf), int(150_000 * sf), int(1_500_000 * sf)
    money = "DECIMAL(15,2)"
    tables: dict[str, tuple[pd.DataFrame, dict[str, str]]] = {}
    tables["region"] = (pd.DataFrame({"r_regionkey": range(5), "r_name": _REGIONS,
                                      "r_comment": _text(rng, 5, 5, 12)}), {"r_regionkey": "INTEGER"})
    tables["nation"] = (pd.DataFrame({"n_nationkey": range(25), "n_name": [n for n, _ in _NATIONS],
                                      "n_regionkey": [r for _, r in _NATIONS], "n_comment": _text(rng, 25, 5, 12)}),
                        {"n_nationkey": "INTEGER", "n_regionkey": "INTEGER"})
    keys = np.arange(1, n_part + 1)
    retail = (90_000 + ((keys // 10) % 20_001) + 100 * (keys % 1000)) / 100
    mfgr = rng.integers(1, 6, n_part)
    tables["part"] = (pd.DataFrame({
        "p_partkey": keys,
        "p_name": [" ".join(rng.choice(_COLORS, 5, replace=False)) for _ in keys],
        "p_mfgr": [f"Manufacturer#{m}" for m in mfgr],
        "p_brand": [f"Brand#{m}{b}" for m, b in zip(mfgr, rng.integers(1, 6, n_part))],
        "p_type": [f"{a} {b} {c}" for a, b, c in zip(rng.choice(_TYPE1, n_part), rng.choice(_TYPE2, n_part),
                                                     rng.choice(_TYPE3, n_part))],
        "p_size": rng.integers(1, 51, n_part),
        "p_container": [f"{a} {b}" for a, b in zip(rng.choice(_CONT1, n_part), rng.choice(_CONT2, n_part))],
        "p_retailprice": retail,
        "p_comment": _text(rng, n_part, 2, 5),
    }), {"p_partkey": "INTEGER", "p_size": "INTEGER", "p_retailprice": money})
    supp_nation = rng.integers(0, 25, n_supp)
    supp_comment = _text(rng, n_supp, 5, 12)
    for i in rng.choice(n_supp, max(1, n_supp // 20), replace=False):
        supp_comment[i] = f"{supp_comment[i]} Customer slyly Complaints"
    tables["supplier"] = (pd.DataFrame({
        "s_suppkey": np.arange(1, n_supp + 1), "s_name": [f"Supplier#{k:09d}" for k in range(1, n_supp + 1)],
        "s_address": _vstring(rng, n_supp), "s_nationkey": supp_nation, "s_phone": _phones(rng, supp_nation),
        "s_acctbal": np.round(rng.uniform(-999.99, 9999.99, n_supp), 2), "s_comment": supp_comment,
    }), {"s_suppkey": "INTEGER", "s_nationkey": "INTEGER", "s_acctbal": money})
    ps_part = np.repeat(keys, 4)
    ps_i = np.tile(np.arange(4), n_part)
    ps_supp = (ps_part + ps_i * (n_supp // 4 + (ps_part - 1) // n_supp)) % n_supp + 1
    tables["partsupp"] = (pd.DataFrame({
        "ps_partkey": ps_part, "ps_suppkey": ps_supp, "ps_availqty": rng.integers(1, 10_000, len(ps_part)),
        "ps_supplycost": np.round(rng.uniform(1, 1000, len(ps_part)), 2), "ps_comment": _text(rng, len(ps_part), 5, 15),
    }), {"ps_partkey": "INTEGER", "ps_suppkey": "INTEGER", "ps_availqty": "INTEGER", "ps_supplycost": money})
    cust_nation = rng.integers(0, 25, n_cust)
    tables["customer"] = (pd.DataFrame({
        "c_custkey": np.arange(1, n_cust + 1), "c_name": [f"Customer#{k:09d}" for k in range(1, n_cust + 1)],
        "c_address": _vstring(rng, n_cust), "c_nationkey": cust_nation, "c_phone": _phones(rng, cust_nation),
        "c_acctbal": np.round(rng.uniform(-999.99, 9999.99, n_cust), 2),
        "c_mktsegment": rng.choice(_SEGMENTS, n_cust), "c_comment": _text(rng, n_cust, 5, 12),
    }), {"c_custkey": "INTEGER", "c_nationkey": "INTEGER", "c_acctbal": money})
    # orders: customers whose key is divisible by 3 place none (as in dbgen)
    eligible = np.array([k for k in range(1, n_cust + 1) if k % 3])
    order_days = (_END - _START).days - 151
    o_date = np.array([_START + timedelta(days=int(d)) for d in rng.integers(0, order_days + 1, n_ord)])
    o_key = np.arange(1, n_ord + 1) * 4 - 3  # sparse keys like dbgen's
    lines_per = rng.integers(1, 8, n_ord)
    n_line = int(lines_per.sum())
    l_order = np.repeat(o_key, lines_per)
    l_odate = np.repeat(o_date, lines_per)
    l_number = np.concatenate([np.arange(1, k + 1) for k in lines_per])
    l_part = rng.integers(1, n_part + 1, n_line)
    l_supp = (l_part + rng.integers(0, 4, n_line) * (n_supp // 4 + (l_part - 1) // n_supp)) % n_supp + 1
    qty = rng.integers(1, 51, n_line)
    price = np.round(qty * retail[l_part - 1], 2)
    disc = rng.integers(0, 11, n_line) / 100
    tax = rng.integers(0, 9, n_line) / 100
    ship = np.array([d + timedelta(days=int(x)) for d, x in zip(l_odate, rng.integers(1, 122, n_line))])
    commit = np.array([d + timedelta(days=int(x)) for d, x in zip(l_odate, rng.integers(30, 91, n_line))])
    receipt = np.array([d + timedelta(days=int(x)) for d, x in zip(ship, rng.integers(1, 31, n_line))])
    returned = np.where(rng.random(n_line) < 0.5, "R", "A")
    flag = np.where(receipt <= _CURRENT, returned, "N")
    status = np.where(ship > _CURRENT, "O", "F")
    tables["lineitem"] = (pd.DataFrame({
        "l_orderkey": l_order, "l_partkey": l_part, "l_suppkey": l_supp, "l_linenumber": l_number,
        "l_quantity": qty, "l_extendedprice": price, "l_discount": disc, "l_tax": tax, "l_returnflag": flag,
        "l_linestatus": status, "l_shipdate": ship, "l_commitdate": commit, "l_receiptdate": receipt,
        "l_shipinstruct": rng.choice(_INSTRUCT, n_line), "l_shipmode": rng.choice(_MODES, n_line),
        "l_comment": _text(rng, n_line, 2, 6),
    }), {"l_orderkey": "BIGINT", "l_partkey": "INTEGER", "l_suppkey": "INTEGER", "l_linenumber": "INTEGER",
         "l_quantity": money, "l_extendedprice": money, "l_discount": money, "l_tax": money,
         "l_shipdate": "DATE", "l_commitdate": "DATE", "l_receiptdate": "DATE"})
    per_order = pd.DataFrame({"k": l_order, "o": status == "O", "f": status == "F",
                              "v": price * (1 + tax) * (1 - disc)}).groupby("k", sort=True)
    all_o, all_f, total = per_order["o"].all().to_numpy(), per_order["f"].all().to_numpy(), per_order["v"].sum()
    o_comment = _text(rng, n_ord, 4, 10)
    for i in rng.choice(n_ord, n_ord // 100, replace=False):
        o_comment[i] = f"{o_comment[i]} special deposits requests"
    tables["orders"] = (pd.DataFrame({
        "o_orderkey": o_key, "o_custkey": rng.choice(eligible, n_ord),
        "o_orderstatus": np.where(all_o, "O", np.where(all_f, "F", "P")), "o_totalprice": np.round(total.values, 2),
        "o_orderdate": o_date, "o_orderpriority": rng.choice(_PRIORITIES, n_ord),
        "o_clerk": [f"Clerk#{c:09d}" for c in rng.integers(1, max(2, int(1000 * sf)) + 1, n_ord)],
        "o_shippriority": np.zeros(n_ord, dtype=int), "o_comment": o_comment,
    }), {"o_orderkey": "BIGINT", "o_custkey": "INTEGER", "o_totalprice": money, "o_orderdate": "DATE",
         "o_shippriority": "INTEGER"})
    path.unlink(missing_ok=True)
    with duckdb.connect(str(path)) as con:
        for name, (frame, types) in tables.items():
            _write(con, name, frame, types)
    return {name: len(frame) for name, (frame, _) in tables.items()}


def tpch_queries() -> list[Query]:
    cases = yaml.safe_load(CORPUS.read_text())
    found = [Query(c["id"], c["sql"], personal_predicate=c["id"] == "tpch-q22")  # Q22 filters on c_phone
             for c in cases
             if c["dialect"] == "duckdb" and c["id"].startswith("tpch-q") and c["id"][6:].isdigit()]
    if len(found) != 22:
        raise RuntimeError(f"expected the 22 TPC-H queries in {CORPUS}, found {len(found)}")
    return found


# -- a TPC-DS-like star schema with customer tables ------------------------------------------------------------

_DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
_FIRST_SK = 2_450_815  # d_date_sk of 1998-01-01, as in TPC-DS (a Julian day number)


def build_star(path: Path) -> dict[str, int]:
    """The star schema into ``path``; returns table -> rows."""
    rng = np.random.default_rng(SEED + 1)
    fake = Faker("en_US")
    fake.seed_instance(SEED)
    days = [date(1998, 1, 1) + timedelta(days=i) for i in range((date(2003, 12, 31) - date(1998, 1, 1)).days + 1)]
    date_dim = pd.DataFrame({
        "d_date_sk": [_FIRST_SK + i for i in range(len(days))],
        "d_date_id": [f"AAAAAAAA{i:08X}" for i in range(len(days))],
        "d_date": days, "d_year": [d.year for d in days], "d_moy": [d.month for d in days],
        "d_dom": [d.day for d in days], "d_qoy": [(d.month - 1) // 3 + 1 for d in days],
        "d_day_name": [_DAYS[d.weekday()] for d in days],
        "d_quarter_name": [f"{d.year}Q{(d.month - 1) // 3 + 1}" for d in days],
        "d_weekend": ["Y" if d.weekday() >= 5 else "N" for d in days],
        "d_holiday": ["Y" if (d.month, d.day) in {(1, 1), (7, 4), (12, 25)} else "N" for d in days],
    })
    n_addr, n_cust, n_item, n_store, n_wh, n_promo = 1000, 2000, 500, 12, 5, 50
    states = [fake.state_abbr() for _ in range(20)]
    counties = [f"{fake.last_name()} County" for _ in range(60)]
    address = pd.DataFrame({
        "ca_address_sk": np.arange(1, n_addr + 1), "ca_address_id": [f"AAAAAAAA{i:08X}" for i in range(n_addr)],
        "ca_street_number": [str(x) for x in rng.integers(1, 1000, n_addr)],
        "ca_street_name": [fake.street_name() for _ in range(n_addr)],
        "ca_street_type": [fake.street_suffix() for _ in range(n_addr)],
        "ca_suite_number": [f"Suite {x}" for x in rng.integers(1, 500, n_addr)],
        "ca_city": [fake.city() for _ in range(n_addr)], "ca_county": rng.choice(counties, n_addr),
        "ca_state": rng.choice(states, n_addr), "ca_zip": [fake.zipcode() for _ in range(n_addr)],
        "ca_country": "United States", "ca_gmt_offset": rng.choice([-5.0, -6.0, -7.0, -8.0], n_addr),
        "ca_location_type": rng.choice(["single family", "apartment", "condo"], n_addr),
    })
    demo = pd.MultiIndex.from_product([["M", "F"], ["M", "S", "D", "W", "U"],
                                       ["Primary", "Secondary", "College", "2 yr Degree", "4 yr Degree",
                                        "Advanced Degree", "Unknown"], ["Good", "Low Risk", "High Risk", "Unknown"]],
                                      names=["cd_gender", "cd_marital_status", "cd_education_status",
                                             "cd_credit_rating"]).to_frame(index=False)
    demo.insert(0, "cd_demo_sk", np.arange(1, len(demo) + 1))
    demo["cd_purchase_estimate"] = rng.integers(1, 20, len(demo)) * 500
    demo["cd_dep_count"] = rng.integers(0, 7, len(demo))
    births = [fake.date_of_birth(minimum_age=18, maximum_age=90) for _ in range(n_cust)]
    firsts = [fake.first_name() for _ in range(n_cust)]
    lasts = [fake.last_name() for _ in range(n_cust)]
    first_sales = rng.integers(_FIRST_SK, _FIRST_SK + len(days) - 60, n_cust)
    customer = pd.DataFrame({
        "c_customer_sk": np.arange(1, n_cust + 1), "c_customer_id": [f"AAAAAAAA{i:08X}" for i in range(n_cust)],
        "c_current_cdemo_sk": rng.integers(1, len(demo) + 1, n_cust),
        "c_current_addr_sk": rng.integers(1, n_addr + 1, n_cust),
        "c_first_shipto_date_sk": first_sales + rng.integers(0, 30, n_cust), "c_first_sales_date_sk": first_sales,
        "c_salutation": rng.choice(["Mr.", "Mrs.", "Ms.", "Dr.", "Sir", "Miss"], n_cust),
        "c_first_name": firsts, "c_last_name": lasts,
        "c_preferred_cust_flag": rng.choice(["Y", "N"], n_cust),
        "c_birth_day": [b.day for b in births], "c_birth_month": [b.month for b in births],
        "c_birth_year": [b.year for b in births],
        "c_birth_country": [fake.country().upper() for _ in range(n_cust)],
        "c_login": None,
        "c_email_address": [f"{f}.{ln}@{fake.free_email_domain()}" for f, ln in zip(firsts, lasts)],
        "c_last_review_date_sk": rng.integers(_FIRST_SK, _FIRST_SK + len(days), n_cust),
    })
    categories = ["Books", "Electronics", "Home", "Jewelry", "Men", "Music", "Shoes", "Sports", "Women", "Children"]
    item = pd.DataFrame({
        "i_item_sk": np.arange(1, n_item + 1), "i_item_id": [f"AAAAAAAA{i:08X}" for i in range(n_item)],
        "i_item_desc": [fake.sentence(nb_words=8) for _ in range(n_item)],
        "i_current_price": np.round(rng.uniform(0.5, 120, n_item), 2),
        "i_category": rng.choice(categories, n_item),
        "i_class": rng.choice(["classical", "pop", "rock", "camping", "fitness", "pants", "dresses", "athletic",
                               "kids", "estate"], n_item),
        "i_brand": [f"{w}brand #{b}" for w, b in zip(rng.choice(["amalg", "edu pack", "export", "importo", "scholar"],
                                                                n_item), rng.integers(1, 10, n_item))],
        "i_manufact_id": rng.integers(1, 1000, n_item),
        "i_product_name": [f"{a}{b}{c}" for a, b, c in zip(*(rng.choice(["ought", "able", "pri", "ese", "anti", "cally",
                                                                          "eing", "bar", "n st"], n_item)
                                                             for _ in range(3)))],
    })
    store = pd.DataFrame({
        "s_store_sk": np.arange(1, n_store + 1), "s_store_id": [f"AAAAAAAA{i:08X}" for i in range(n_store)],
        "s_store_name": rng.choice(["ought", "able", "pri", "ese", "anti", "cally", "eing", "bar"], n_store),
        "s_number_employees": rng.integers(200, 300, n_store), "s_manager": [fake.name() for _ in range(n_store)],
        "s_market_id": rng.integers(1, 11, n_store),
        "s_street_number": [str(x) for x in rng.integers(1, 1000, n_store)],
        "s_street_name": [fake.street_name() for _ in range(n_store)],
        "s_street_type": [fake.street_suffix() for _ in range(n_store)],
        "s_suite_number": [f"Suite {x}" for x in rng.integers(1, 500, n_store)],
        "s_city": rng.choice(["Midway", "Fairview", "Oak Grove", "Five Points"], n_store),
        "s_county": rng.choice(counties[:5], n_store), "s_state": rng.choice(states[:6], n_store),
        "s_zip": [fake.zipcode() for _ in range(n_store)], "s_country": "United States",
    })
    warehouse = pd.DataFrame({
        "w_warehouse_sk": np.arange(1, n_wh + 1), "w_warehouse_id": [f"AAAAAAAA{i:08X}" for i in range(n_wh)],
        "w_warehouse_name": ["Conventional childr", "Important issues liv", "Doors canno", "Bad cards must make.",
                             "Operations"],
        "w_warehouse_sq_ft": rng.integers(50_000, 1_000_000, n_wh),
        "w_street_number": [str(x) for x in rng.integers(1, 1000, n_wh)],
        "w_street_name": [fake.street_name() for _ in range(n_wh)],
        "w_suite_number": [f"Suite {x}" for x in rng.integers(1, 500, n_wh)],
        "w_city": rng.choice(["Midway", "Fairview"], n_wh), "w_county": rng.choice(counties[:5], n_wh),
        "w_state": rng.choice(states[:6], n_wh), "w_zip": [fake.zipcode() for _ in range(n_wh)],
        "w_country": "United States",
    })
    promotion = pd.DataFrame({
        "p_promo_sk": np.arange(1, n_promo + 1), "p_promo_id": [f"AAAAAAAA{i:08X}" for i in range(n_promo)],
        "p_promo_name": rng.choice(["ought", "able", "pri", "ese", "anti", "cally", "eing", "bar"], n_promo),
        "p_cost": np.round(rng.uniform(100, 1000, n_promo), 2),
        "p_start_date_sk": rng.integers(_FIRST_SK, _FIRST_SK + len(days), n_promo),
        "p_channel_email": rng.choice(["Y", "N"], n_promo), "p_channel_tv": rng.choice(["Y", "N"], n_promo),
        "p_channel_dmail": rng.choice(["Y", "N"], n_promo), "p_discount_active": rng.choice(["Y", "N"], n_promo),
    })
    n_ss, n_ws = 60_000, 20_000
    ss_cust = rng.integers(1, n_cust + 1, n_ss)
    ss_qty = rng.integers(1, 101, n_ss)
    ss_price = np.round(rng.uniform(1, 200, n_ss), 2)
    store_sales = pd.DataFrame({
        "ss_sold_date_sk": rng.integers(_FIRST_SK, _FIRST_SK + len(days), n_ss),
        "ss_item_sk": rng.integers(1, n_item + 1, n_ss), "ss_customer_sk": ss_cust,
        "ss_cdemo_sk": customer["c_current_cdemo_sk"].to_numpy()[ss_cust - 1],
        "ss_addr_sk": customer["c_current_addr_sk"].to_numpy()[ss_cust - 1],
        "ss_store_sk": rng.integers(1, n_store + 1, n_ss), "ss_promo_sk": rng.integers(1, n_promo + 1, n_ss),
        "ss_ticket_number": np.arange(1, n_ss + 1), "ss_quantity": ss_qty, "ss_sales_price": ss_price,
        "ss_net_paid": np.round(ss_qty * ss_price, 2),
        "ss_net_profit": np.round(ss_qty * ss_price * rng.uniform(-0.3, 0.4, n_ss), 2),
    })
    ws_cust = rng.integers(1, n_cust + 1, n_ws)
    ws_qty = rng.integers(1, 101, n_ws)
    ws_price = np.round(rng.uniform(1, 200, n_ws), 2)
    web_sales = pd.DataFrame({
        "ws_sold_date_sk": rng.integers(_FIRST_SK, _FIRST_SK + len(days), n_ws),
        "ws_item_sk": rng.integers(1, n_item + 1, n_ws), "ws_bill_customer_sk": ws_cust,
        "ws_bill_addr_sk": customer["c_current_addr_sk"].to_numpy()[ws_cust - 1],
        "ws_ship_addr_sk": np.where(rng.random(n_ws) < 0.8, customer["c_current_addr_sk"].to_numpy()[ws_cust - 1],
                                    rng.integers(1, n_addr + 1, n_ws)),
        "ws_warehouse_sk": rng.integers(1, n_wh + 1, n_ws), "ws_promo_sk": rng.integers(1, n_promo + 1, n_ws),
        "ws_order_number": np.arange(1, n_ws + 1), "ws_quantity": ws_qty, "ws_sales_price": ws_price,
        "ws_net_paid": np.round(ws_qty * ws_price, 2),
    })
    money = "DECIMAL(7,2)"
    types = {"d_date": "DATE", "ca_gmt_offset": "DECIMAL(5,2)", "i_current_price": money, "p_cost": "DECIMAL(15,2)",
             "ss_sales_price": money, "ss_net_paid": money, "ss_net_profit": money, "ws_sales_price": money,
             "ws_net_paid": money}
    frames = {"date_dim": date_dim, "customer_address": address, "customer_demographics": demo,
              "customer": customer, "item": item, "store": store, "warehouse": warehouse, "promotion": promotion,
              "store_sales": store_sales, "web_sales": web_sales}
    path.unlink(missing_ok=True)
    with duckdb.connect(str(path)) as con:
        for name, frame in frames.items():
            column_types = {c: types.get(c, "BIGINT" if pd.api.types.is_integer_dtype(frame[c]) else
                                         "DOUBLE" if pd.api.types.is_float_dtype(frame[c]) else "VARCHAR")
                            for c in frame.columns}
            _write(con, name, frame, column_types)
    return {name: len(frame) for name, frame in frames.items()}


def _q(id_: str, sql: str, personal_predicate: bool = False) -> Query:
    return Query(id_, sql.strip(), personal_predicate)


STAR_QUERIES: list[Query] = [
    _q("star-01", """SELECT d_year, sum(ss_net_paid) AS revenue, count(*) AS tickets FROM store_sales
        JOIN date_dim ON ss_sold_date_sk = d_date_sk GROUP BY d_year ORDER BY d_year"""),
    _q("star-02", """SELECT d_day_name, avg(ss_quantity) AS avg_qty, sum(ss_net_paid) AS revenue FROM store_sales
        JOIN date_dim ON ss_sold_date_sk = d_date_sk GROUP BY d_day_name ORDER BY revenue DESC"""),
    _q("star-03", """SELECT s_store_name, s_state, sum(ss_net_profit) AS profit FROM store_sales
        JOIN date_dim ON ss_sold_date_sk = d_date_sk JOIN store ON ss_store_sk = s_store_sk
        WHERE d_quarter_name = '2001Q1' GROUP BY s_store_name, s_state ORDER BY profit DESC"""),
    _q("star-04", """SELECT s_state, s_county, count(DISTINCT ss_customer_sk) AS customers FROM store_sales
        JOIN store ON ss_store_sk = s_store_sk GROUP BY s_state, s_county ORDER BY customers DESC"""),
    _q("star-05", """SELECT ca_state, sum(ss_net_paid) AS revenue FROM store_sales
        JOIN customer_address ON ss_addr_sk = ca_address_sk GROUP BY ca_state ORDER BY revenue DESC"""),
    _q("star-06", """SELECT ca_county, sum(ss_net_paid) AS revenue FROM store_sales
        JOIN customer_address ON ss_addr_sk = ca_address_sk GROUP BY ca_county ORDER BY revenue DESC LIMIT 10""",
       personal_predicate=True),
    _q("star-07", """SELECT cd_gender, cd_marital_status, cd_education_status, avg(ss_quantity) AS q,
        avg(ss_sales_price) AS p FROM store_sales JOIN customer_demographics ON ss_cdemo_sk = cd_demo_sk
        GROUP BY ALL ORDER BY 1, 2, 3"""),
    _q("star-08", """SELECT d_year, count(*) AS tickets, sum(ss_net_paid) AS revenue FROM store_sales
        JOIN promotion ON ss_promo_sk = p_promo_sk JOIN date_dim ON ss_sold_date_sk = d_date_sk
        WHERE p_channel_email = 'Y' OR p_channel_tv = 'Y' GROUP BY d_year ORDER BY d_year"""),
    _q("star-09", """SELECT i_category, i_class, sum(ss_net_paid) AS revenue FROM store_sales
        JOIN item ON ss_item_sk = i_item_sk GROUP BY i_category, i_class ORDER BY revenue DESC"""),
    _q("star-10", """SELECT i_brand, sum(ss_net_paid) AS revenue FROM store_sales JOIN item ON ss_item_sk = i_item_sk
        JOIN date_dim ON ss_sold_date_sk = d_date_sk WHERE d_moy = 11 AND d_year = 2000
        GROUP BY i_brand ORDER BY revenue DESC LIMIT 20"""),
    _q("star-11", """SELECT c_birth_year, count(*) AS customers FROM customer GROUP BY c_birth_year
        ORDER BY c_birth_year""", personal_predicate=True),
    _q("star-12", """SELECT c_birth_month, count(*) AS customers FROM customer WHERE c_birth_month IN (1, 2, 3)
        GROUP BY c_birth_month ORDER BY 1""", personal_predicate=True),
    _q("star-13", """SELECT c_preferred_cust_flag, count(DISTINCT c_customer_sk) AS customers,
        sum(ss_net_paid) AS revenue FROM store_sales JOIN customer ON ss_customer_sk = c_customer_sk
        GROUP BY c_preferred_cust_flag ORDER BY 1"""),
    _q("star-14", """SELECT w_warehouse_name, w_state, sum(ws_net_paid) AS revenue, count(*) AS orders FROM web_sales
        JOIN warehouse ON ws_warehouse_sk = w_warehouse_sk GROUP BY w_warehouse_name, w_state ORDER BY revenue DESC"""),
    _q("star-15", """SELECT count(*) AS shipped_elsewhere FROM web_sales WHERE ws_bill_addr_sk <> ws_ship_addr_sk"""),
    _q("star-16", """SELECT d_year, count(*) AS new_customers FROM customer
        JOIN date_dim ON c_first_sales_date_sk = d_date_sk GROUP BY d_year ORDER BY d_year"""),
    _q("star-17", """SELECT d_quarter_name, count(*) AS first_shipments FROM customer
        JOIN date_dim ON c_first_shipto_date_sk = d_date_sk GROUP BY d_quarter_name ORDER BY d_quarter_name"""),
    _q("star-18", """SELECT c_customer_id, c_first_name, c_last_name, c_email_address, sum(ss_net_paid) AS spend
        FROM store_sales JOIN customer ON ss_customer_sk = c_customer_sk
        GROUP BY c_customer_id, c_first_name, c_last_name, c_email_address ORDER BY spend DESC, c_customer_id
        LIMIT 100"""),
    _q("star-19", """SELECT ca_state, count(*) AS customers FROM customer
        JOIN customer_address ON c_current_addr_sk = ca_address_sk WHERE substr(ca_zip, 1, 1) IN ('1', '2', '3')
        GROUP BY ca_state ORDER BY 2 DESC""", personal_predicate=True),
    _q("star-20", """SELECT s_store_name, d_day_name, sum(ss_net_paid) AS revenue FROM store_sales
        JOIN store ON ss_store_sk = s_store_sk JOIN date_dim ON ss_sold_date_sk = d_date_sk
        WHERE d_weekend = 'Y' GROUP BY s_store_name, d_day_name ORDER BY 1, 2"""),
    _q("star-21", """SELECT count(*) AS both_channels FROM (SELECT DISTINCT ss_customer_sk AS sk FROM store_sales)
        s JOIN (SELECT DISTINCT ws_bill_customer_sk AS sk FROM web_sales) w ON s.sk = w.sk"""),
    _q("star-22", """SELECT CASE WHEN i_current_price < 10 THEN 'low' WHEN i_current_price < 50 THEN 'mid'
        ELSE 'high' END AS band, avg(ss_sales_price) AS avg_price, sum(ss_quantity) AS qty FROM store_sales
        JOIN item ON ss_item_sk = i_item_sk GROUP BY band ORDER BY band"""),
    _q("star-23", """SELECT s_market_id, cd_credit_rating, sum(ss_net_profit) AS profit FROM store_sales
        JOIN store ON ss_store_sk = s_store_sk JOIN customer_demographics ON ss_cdemo_sk = cd_demo_sk
        GROUP BY s_market_id, cd_credit_rating ORDER BY 1, 2"""),
    _q("star-24", """SELECT i_category, i_item_id, i_current_price FROM item i WHERE i_current_price >
        (SELECT 1.5 * avg(i_current_price) FROM item j WHERE j.i_category = i.i_category) ORDER BY 1, 2"""),
    _q("star-25", """SELECT d_moy, sum(ws_net_paid) AS revenue, sum(sum(ws_net_paid)) OVER (ORDER BY d_moy)
        AS running FROM web_sales JOIN date_dim ON ws_sold_date_sk = d_date_sk WHERE d_year = 2001
        GROUP BY d_moy ORDER BY d_moy"""),
    _q("star-26", """SELECT ca_state, s_state, count(*) AS tickets FROM store_sales
        JOIN customer_address ON ss_addr_sk = ca_address_sk JOIN store ON ss_store_sk = s_store_sk
        WHERE ca_state = s_state GROUP BY ca_state, s_state ORDER BY 3 DESC"""),
    _q("star-27", """SELECT s_store_name, d_year, count(DISTINCT ss_customer_sk) AS customers FROM store_sales
        JOIN store ON ss_store_sk = s_store_sk JOIN date_dim ON ss_sold_date_sk = d_date_sk
        GROUP BY s_store_name, d_year ORDER BY 1, 2"""),
    _q("star-28", """SELECT c_birth_country, count(*) AS customers FROM customer GROUP BY c_birth_country
        ORDER BY 2 DESC, 1 LIMIT 15"""),
    # groups by a part of a personal column (marked in round 23: masked, it ran as one group of every customer)
    _q("star-29", """SELECT split_part(c_email_address, '@', 2) AS domain, count(*) AS customers FROM customer
        GROUP BY domain ORDER BY 2 DESC, 1""", personal_predicate=True),
    _q("star-30", """SELECT s_store_name, avg(d_year - c_birth_year) AS avg_age FROM store_sales
        JOIN customer ON ss_customer_sk = c_customer_sk JOIN date_dim ON ss_sold_date_sk = d_date_sk
        JOIN store ON ss_store_sk = s_store_sk GROUP BY s_store_name ORDER BY 1"""),
    _q("star-31", """SELECT p_promo_name, p_channel_email, p_channel_dmail, count(*) AS uses FROM web_sales
        JOIN promotion ON ws_promo_sk = p_promo_sk GROUP BY ALL ORDER BY 4 DESC, 1, 2, 3"""),
    _q("star-32", """SELECT w_warehouse_name, d_quarter_name, sum(ws_quantity) AS qty FROM web_sales
        JOIN warehouse ON ws_warehouse_sk = w_warehouse_sk JOIN date_dim ON ws_sold_date_sk = d_date_sk
        WHERE d_year = 2002 AND d_holiday = 'N' GROUP BY ALL ORDER BY 1, 2"""),
]


# -- a B2B SaaS company's warehouse -----------------------------------------------------------------------------

#: Columns that do hold personal data in the SaaS warehouse. Debatable choices, and why:
#:
#: * ``users.job_title`` is not counted: it describes a person's role (``Freight forwarder``, ``Accountant``) and
#:   singles someone out only combined with the company, like ``country`` or ``timezone`` (quasi-identifiers that
#:   the brief counts as non-personal); the star schema counts its address parts because they are an address.
#: * ``events.anonymous_id`` is not counted: a random device/cookie UUID, a pseudonymous key like ``user_id``
#:   (GDPR would call both online identifiers; this benchmark treats keys and surrogate ids as non-personal).
#: * ``support_tickets.subject`` is not counted: subjects come from the product's fixed list of issue titles and
#:   never name anyone; ``support_tickets.body`` and ``nps_responses.comment`` are free text that often names
#:   the requester, a colleague or the customer-success manager, so they are counted.
#: * ``accounts.account_name`` and ``accounts.domain`` are companies and their web domains, not people.
#: * Staff are people: ``accounts.csm_owner`` and ``support_tickets.assignee`` (names) and
#:   ``feature_flags.updated_by`` (a staff e-mail address) are counted; ``support_tickets.assignee_team`` is a team.
#: * Timestamps of events (``signup_at``, ``last_login_at``, ``occurred_at``, ...) are not counted.
SAAS_PERSONAL = frozenset({
    "accounts.csm_owner",
    "users.email", "users.first_name", "users.last_name",
    "events.ip_address",
    "support_tickets.assignee", "support_tickets.body",
    "nps_responses.comment",
    "feature_flags.updated_by",
})

_SAAS_NOW = datetime(2025, 6, 30, 23, 0, 0)
_SAAS_START = datetime(2022, 1, 1)
_PLAN_PRICE = {"starter": 15.0, "growth": 39.0, "business": 79.0, "enterprise": 129.0}  # per seat and month
_PLAN_SEATS = {"starter": (1, 10), "growth": (5, 40), "business": (20, 150), "enterprise": (100, 800)}
_INDUSTRIES = ["Software", "Financial Services", "Healthcare", "Retail", "Manufacturing", "Education", "Media",
               "Logistics", "Real Estate", "Professional Services", "Nonprofit", "Travel & Hospitality"]
_SAAS_COUNTRIES = {  # ISO code -> (currency, timezones)
    "US": ("USD", ["America/New_York", "America/Chicago", "America/Denver", "America/Los_Angeles"]),
    "CA": ("USD", ["America/Toronto", "America/Vancouver"]), "GB": ("GBP", ["Europe/London"]),
    "DE": ("EUR", ["Europe/Berlin"]), "FR": ("EUR", ["Europe/Paris"]), "NL": ("EUR", ["Europe/Amsterdam"]),
    "ES": ("EUR", ["Europe/Madrid"]), "SE": ("EUR", ["Europe/Stockholm"]), "IE": ("EUR", ["Europe/Dublin"]),
    "AU": ("USD", ["Australia/Sydney", "Australia/Melbourne"]), "IN": ("USD", ["Asia/Kolkata"]),
    "BR": ("USD", ["America/Sao_Paulo"]), "JP": ("USD", ["Asia/Tokyo"]), "SG": ("USD", ["Asia/Singapore"]),
}
_COUNTRY_WEIGHTS = [0.38, 0.06, 0.12, 0.08, 0.05, 0.04, 0.03, 0.03, 0.02, 0.05, 0.05, 0.03, 0.03, 0.03]
_EVENTS = ["page_viewed", "signed_up", "logged_in", "project_created", "invite_sent", "report_exported",
           "integration_connected", "checkout_started", "plan_upgraded"]
_EVENT_WEIGHTS = [0.40, 0.03, 0.22, 0.09, 0.06, 0.10, 0.04, 0.04, 0.02]
_MARKETING_PATHS = ["/", "/pricing", "/features", "/customers", "/blog/release-notes", "/blog/okr-templates",
                    "/docs/getting-started", "/signup"]
_APP_PATHS = ["/app/dashboard", "/app/projects", "/app/projects/new", "/app/reports", "/app/settings/team",
              "/app/settings/billing", "/app/integrations"]
_SUBJECTS = ["Cannot export report to CSV", "SSO login failing", "Invoice amount looks wrong",
             "Request to add more seats", "Slack integration not syncing", "Dashboard loads slowly",
             "How do I change the account owner?", "API rate limit exceeded", "Refund request",
             "Data import stuck at 0%", "Feature request: dark mode", "Two-factor codes not arriving"]
_TEAMS = ["Tier 1", "Tier 2", "Billing", "Onboarding"]
_FLAGS = ["new_editor", "ai_summaries", "usage_based_billing", "sso_enforced", "beta_reports", "audit_log_export",
          "custom_roles", "dark_mode"]


def _between(rng: np.random.Generator, lo: datetime, hi: datetime) -> datetime:
    span = max((hi - lo).total_seconds(), 1.0)
    return lo + timedelta(seconds=int(rng.uniform(0, span)))


def _months(start: datetime, end: datetime) -> list[datetime]:
    out, at = [], datetime(start.year, start.month, 1)
    while at <= end:
        out.append(at)
        at = datetime(at.year + at.month // 12, at.month % 12 + 1, 1)
    return out


def build_saas(path: Path) -> dict[str, int]:
    """A B2B SaaS company's warehouse (accounts, users, subscriptions, invoices, events, support_tickets,
    nps_responses, feature_flags, dim_date) into ``path``; returns table -> rows."""
    rng = np.random.default_rng(SEED + 2)
    fake = Faker("en_US")
    fake.seed_instance(SEED + 2)
    csms = [fake.name() for _ in range(10)]
    agents = [(fake.name(), _TEAMS[i % len(_TEAMS)]) for i in range(16)]
    product_staff = [f"{fake.first_name()}.{fake.last_name()}@flowdesk.io".lower() for _ in range(6)]
    codes = list(_SAAS_COUNTRIES)

    # accounts and their subscriptions
    n_acc = 400
    acc_rows, sub_rows = [], []
    for account_id in range(1, n_acc + 1):
        name = fake.company()
        slug = re.sub(r"[^a-z0-9]+", "", name.lower().split(",")[0].split(" and ")[0])[:20] or "company"
        country = codes[rng.choice(len(codes), p=_COUNTRY_WEIGHTS)]
        created = _between(rng, _SAAS_START, datetime(2025, 5, 31))
        plan = str(rng.choice(list(_PLAN_PRICE), p=[0.35, 0.35, 0.2, 0.1]))
        start = created + timedelta(days=int(rng.integers(0, 30)))
        billing_country = country if rng.random() < 0.9 else codes[rng.integers(len(codes))]
        subs = []
        if rng.random() < 0.3 and start < datetime(2025, 3, 1):  # upgraded once
            upgrade = _between(rng, start + timedelta(days=30), _SAAS_NOW - timedelta(days=20))
            subs.append((plan, start, upgrade, "upgraded"))
            plan = {"starter": "growth", "growth": "business"}.get(plan, "enterprise")
            start = upgrade
        roll = rng.random()
        if roll < 0.2:
            subs.append((plan, start, _between(rng, start + timedelta(days=20), _SAAS_NOW), "canceled"))
        else:
            subs.append((plan, start, None, "active" if roll < 0.95 else "past_due"))
        seats = 0
        for sub_plan, s_start, s_end, status in subs:
            lo, hi = _PLAN_SEATS[sub_plan]
            seats = int(rng.integers(lo, hi + 1))
            sub_rows.append({"subscription_id": f"sub_{len(sub_rows) + 1:06d}", "account_id": account_id,
                             "plan": sub_plan, "seats": seats, "started_at": s_start, "ended_at": s_end,
                             "status": status, "billing_country": billing_country})
        last = subs[-1]
        acc_rows.append({"account_id": account_id, "account_name": name, "domain": f"{slug}.com",
                         "industry": str(rng.choice(_INDUSTRIES)), "country": country, "plan": last[0],
                         "mrr": 0.0 if last[3] == "canceled" else round(seats * _PLAN_PRICE[last[0]], 2),
                         "created_at": created, "csm_owner": csms[rng.integers(len(csms))]})
    accounts = pd.DataFrame(acc_rows)
    subscriptions = pd.DataFrame(sub_rows)

    # invoices: one a month per subscription while it runs
    inv_rows = []
    for s in sub_rows:
        currency = _SAAS_COUNTRIES[s["billing_country"]][0]
        for month in _months(s["started_at"], s["ended_at"] or _SAAS_NOW):
            issued = max(month, s["started_at"])
            due = issued + timedelta(days=30)
            roll = rng.random()
            status = "void" if roll < 0.02 else "open" if roll < 0.06 or due > _SAAS_NOW else "paid"
            paid = issued + timedelta(days=int(rng.integers(0, 45)), hours=int(rng.integers(0, 24))) \
                if status == "paid" else None
            inv_rows.append({"invoice_id": f"in_{len(inv_rows) + 1:07d}", "account_id": s["account_id"],
                             "subscription_id": s["subscription_id"],
                             "amount": round(s["seats"] * _PLAN_PRICE[s["plan"]], 2), "currency": currency,
                             "issued_at": issued, "due_at": due, "paid_at": paid, "status": status})
    invoices = pd.DataFrame(inv_rows)

    # users: a share of each account's seats, e-mail at the company's domain (some at a free-mail domain)
    user_rows = []
    for a in acc_rows:
        seats = int(subscriptions.loc[subscriptions.account_id == a["account_id"], "seats"].iloc[-1])
        n = int(min(max(1, seats * rng.uniform(0.3, 1.1)), 60))
        for k in range(n):
            first, last_name = fake.first_name(), fake.last_name()
            domain = a["domain"] if rng.random() < 0.9 else fake.free_email_domain()
            signup = _between(rng, a["created_at"], _SAAS_NOW - timedelta(days=1))
            country = a["country"] if rng.random() < 0.85 else codes[rng.integers(len(codes))]
            zones = _SAAS_COUNTRIES[country][1]
            user_rows.append({"user_id": 10_000 + len(user_rows) + 1, "account_id": a["account_id"],
                              "email": f"{first}.{last_name}@{domain}".lower(), "first_name": first,
                              "last_name": last_name, "job_title": fake.job(), "signup_at": signup,
                              "last_login_at": _between(rng, signup, _SAAS_NOW), "country": country,
                              "timezone": zones[rng.integers(len(zones))],
                              "is_admin": bool(k == 0 or rng.random() < 0.05)})
    users = pd.DataFrame(user_rows)
    n_users = len(users)
    user_anon = [fake.uuid4() for _ in range(n_users)]
    user_ips = [fake.ipv4_public() for _ in range(n_users)]
    anon_pool = [fake.uuid4() for _ in range(3000)]
    ip_pool = [fake.ipv4_public() for _ in range(2500)]

    # events
    n_ev = 60_000
    known = rng.random(n_ev) < 0.85
    who = rng.integers(0, n_users, n_ev)
    signup = users["signup_at"].to_numpy(dtype="datetime64[s]")[who]
    login = users["last_login_at"].to_numpy(dtype="datetime64[s]")[who]
    span = (login - signup).astype("int64")
    at_known = signup + (rng.random(n_ev) * span).astype("int64").astype("timedelta64[s]")
    at_anon = np.datetime64(_SAAS_START, "s") + rng.integers(
        0, int((_SAAS_NOW - _SAAS_START).total_seconds()), n_ev).astype("timedelta64[s]")
    names = rng.choice(_EVENTS, n_ev, p=_EVENT_WEIGHTS)
    names = np.where(known, names, np.where(rng.random(n_ev) < 0.9, "page_viewed", "signed_up"))
    paths = np.where(names == "page_viewed",
                     np.where(known, rng.choice(_APP_PATHS + _MARKETING_PATHS[:3], n_ev),
                              rng.choice(_MARKETING_PATHS, n_ev)),
                     rng.choice(_APP_PATHS, n_ev))
    paths = np.where(names == "signed_up", "/signup", paths)
    pool_i, ip_i = rng.integers(0, len(anon_pool), n_ev), rng.integers(0, len(ip_pool), n_ev)
    roaming = rng.random(n_ev) < 0.2  # a known user on another network
    events = pd.DataFrame({
        "event_id": [f"evt_{i:08d}" for i in range(1, n_ev + 1)],
        "user_id": pd.Series(users["user_id"].to_numpy()[who], dtype="Int64").where(known, pd.NA),
        "anonymous_id": [user_anon[w] if k else anon_pool[p] for k, w, p in zip(known, who, pool_i)],
        "event_name": names,
        "occurred_at": np.where(known, at_known, at_anon),
        "page_path": paths,
        "device_type": rng.choice(["desktop", "mobile", "tablet"], n_ev, p=[0.7, 0.25, 0.05]),
        "browser": rng.choice(["Chrome", "Safari", "Firefox", "Edge"], n_ev, p=[0.6, 0.22, 0.1, 0.08]),
        "ip_address": [user_ips[w] if k and not r else ip_pool[i] for k, w, r, i in zip(known, who, roaming, ip_i)],
    }).sort_values("occurred_at", kind="stable").reset_index(drop=True)

    # support tickets: a requester of the account, an agent of a team; the body often names people
    users_of = users.groupby("account_id")["user_id"].apply(list).to_dict()
    first_of = dict(zip(users["user_id"], users["first_name"]))
    name_of = dict(zip(users["user_id"], users["first_name"] + " " + users["last_name"]))
    hours = {"low": 96, "normal": 40, "high": 12, "urgent": 4}
    ticket_rows = []
    for ticket_id in range(1, 2501):
        a = acc_rows[rng.integers(n_acc)]
        requester = users_of[a["account_id"]][rng.integers(len(users_of[a["account_id"]]))]
        agent, team = agents[rng.integers(len(agents))]
        priority = str(rng.choice(list(hours), p=[0.3, 0.45, 0.18, 0.07]))
        opened = _between(rng, a["created_at"], _SAAS_NOW - timedelta(hours=2))
        status = str(rng.choice(["open", "pending", "solved", "closed"], p=[0.08, 0.07, 0.25, 0.6]))
        closed = opened + timedelta(hours=float(rng.exponential(hours[priority]))) \
            if status in ("solved", "closed") else None
        subject = _SUBJECTS[rng.integers(len(_SUBJECTS))]
        parts = [f"Hi, {first_of[requester]} here from {a['account_name']}." if rng.random() < 0.7 else "Hello,",
                 f"{subject}. {fake.sentence(nb_words=10)}"]
        colleagues = users_of[a["account_id"]]
        if rng.random() < 0.35:
            parts.append(f"My colleague {name_of[colleagues[rng.integers(len(colleagues))]]} sees the same.")
        if rng.random() < 0.2:
            parts.append(f"Please copy {a['csm_owner']} on this.")
        parts.append("Thanks!")
        ticket_rows.append({"ticket_id": ticket_id, "account_id": a["account_id"], "requester_user_id": requester,
                            "assignee": agent, "assignee_team": team, "priority": priority, "status": status,
                            "opened_at": opened, "closed_at": closed, "subject": subject, "body": " ".join(parts)})
    support_tickets = pd.DataFrame(ticket_rows)

    # NPS survey responses
    csm_of = dict(zip(accounts["account_id"], accounts["csm_owner"]))
    nps_rows = []
    for response_id in range(1, 1801):
        u = user_rows[rng.integers(n_users)]
        score = int(rng.choice(11, p=[0.02, 0.01, 0.02, 0.03, 0.04, 0.06, 0.08, 0.14, 0.2, 0.2, 0.2]))
        roll = rng.random()
        if roll < 0.35:
            comment = None
        elif roll < 0.55:
            comment = f"{csm_of[u['account_id']].split()[0]} has been " + ("fantastic" if score >= 9 else "slow to reply")
        else:
            comment = fake.sentence(nb_words=12)
        nps_rows.append({"response_id": response_id, "user_id": u["user_id"], "score": score,
                         "submitted_at": _between(rng, u["signup_at"], _SAAS_NOW), "comment": comment})
    nps_responses = pd.DataFrame(nps_rows)

    # feature flags per account
    flag_rows = []
    for a in acc_rows:
        for flag in _FLAGS:
            if rng.random() < 0.6:
                flag_rows.append({"flag_id": len(flag_rows) + 1, "flag_key": flag, "account_id": a["account_id"],
                                  "is_enabled": bool(rng.random() < 0.55),
                                  "rollout_pct": int(rng.choice([0, 10, 25, 50, 100])),
                                  "updated_at": _between(rng, a["created_at"], _SAAS_NOW),
                                  "updated_by": product_staff[rng.integers(len(product_staff))]})
    feature_flags = pd.DataFrame(flag_rows)

    days = [date(2022, 1, 1) + timedelta(days=i) for i in range((date(2025, 12, 31) - date(2022, 1, 1)).days + 1)]
    dim_date = pd.DataFrame({
        "date_key": [int(d.strftime("%Y%m%d")) for d in days], "date_day": days,
        "year": [d.year for d in days], "quarter": [(d.month - 1) // 3 + 1 for d in days],
        "month": [d.month for d in days], "month_name": [d.strftime("%B") for d in days],
        "week_start": [d - timedelta(days=d.weekday()) for d in days],
        "day_of_week": [_DAYS[d.weekday()] for d in days], "is_weekend": [d.weekday() >= 5 for d in days],
        "fiscal_year": [d.year + 1 if d.month >= 2 else d.year for d in days],  # the fiscal year starts in February
        "fiscal_quarter": [((d.month - 2) % 12) // 3 + 1 for d in days],
    })
    ts, money = "TIMESTAMP", "DECIMAL(12,2)"
    types = {
        "accounts": {"account_id": "INTEGER", "mrr": money, "created_at": ts},
        "subscriptions": {"account_id": "INTEGER", "seats": "INTEGER", "started_at": ts, "ended_at": ts},
        "invoices": {"account_id": "INTEGER", "amount": money, "issued_at": ts, "due_at": ts, "paid_at": ts},
        "users": {"user_id": "BIGINT", "account_id": "INTEGER", "signup_at": ts, "last_login_at": ts,
                  "is_admin": "BOOLEAN"},
        "events": {"user_id": "BIGINT", "occurred_at": ts},
        "support_tickets": {"ticket_id": "INTEGER", "account_id": "INTEGER", "requester_user_id": "BIGINT",
                            "opened_at": ts, "closed_at": ts},
        "nps_responses": {"response_id": "INTEGER", "user_id": "BIGINT", "score": "INTEGER", "submitted_at": ts},
        "feature_flags": {"flag_id": "INTEGER", "account_id": "INTEGER", "is_enabled": "BOOLEAN",
                          "rollout_pct": "INTEGER", "updated_at": ts},
        "dim_date": {"date_key": "INTEGER", "date_day": "DATE", "year": "INTEGER", "quarter": "INTEGER",
                     "month": "INTEGER", "week_start": "DATE", "is_weekend": "BOOLEAN", "fiscal_year": "INTEGER",
                     "fiscal_quarter": "INTEGER"},
    }
    frames = {"accounts": accounts, "users": users, "subscriptions": subscriptions, "invoices": invoices,
              "events": events, "support_tickets": support_tickets, "nps_responses": nps_responses,
              "feature_flags": feature_flags, "dim_date": dim_date}
    path.unlink(missing_ok=True)
    with duckdb.connect(str(path)) as con:
        for name, frame in frames.items():
            _write(con, name, frame, types[name])
    return {name: len(frame) for name, frame in frames.items()}


SAAS_QUERIES: list[Query] = [
    _q("saas-01", """SELECT date_trunc('month', i.issued_at) AS month, s.plan, sum(i.amount) AS mrr,
        count(DISTINCT i.account_id) AS paying_accounts FROM invoices i
        JOIN subscriptions s ON i.subscription_id = s.subscription_id WHERE i.status <> 'void'
        GROUP BY 1, 2 ORDER BY 1, 2"""),
    _q("saas-02", """SELECT plan, count(*) AS accounts, sum(mrr) AS mrr, avg(mrr) AS avg_mrr FROM accounts
        WHERE mrr > 0 GROUP BY plan ORDER BY mrr DESC"""),
    _q("saas-03", """WITH latest AS (
            SELECT account_id, status, ended_at FROM subscriptions
            QUALIFY row_number() OVER (PARTITION BY account_id ORDER BY started_at DESC) = 1)
        SELECT strftime(a.created_at, '%Y-%m') AS cohort, count(*) AS accounts,
            count(*) FILTER (WHERE l.status = 'canceled') AS churned,
            round(100.0 * count(*) FILTER (WHERE l.status = 'canceled') / count(*), 1) AS churn_pct
        FROM accounts a JOIN latest l ON a.account_id = l.account_id GROUP BY cohort ORDER BY cohort"""),
    _q("saas-04", """SELECT date_trunc('month', signup_at) AS signup_month, count(*) AS users,
        avg(CASE WHEN last_login_at < TIMESTAMP '2025-05-31' THEN 1.0 ELSE 0.0 END) AS inactive_share
        FROM users GROUP BY signup_month ORDER BY signup_month"""),
    _q("saas-05", """SELECT date_trunc('week', occurred_at) AS week, count(DISTINCT user_id) AS active_users,
        count(*) AS events FROM events WHERE user_id IS NOT NULL AND occurred_at >= TIMESTAMP '2025-01-01'
        GROUP BY week ORDER BY week"""),
    _q("saas-06", """SELECT event_name, count(*) AS events, count(DISTINCT user_id) AS users,
        count(DISTINCT anonymous_id) AS devices FROM events GROUP BY event_name ORDER BY events DESC"""),
    _q("saas-07", """WITH steps AS (
            SELECT user_id,
                max(CASE WHEN event_name = 'logged_in' THEN 1 ELSE 0 END) AS logged_in,
                max(CASE WHEN event_name = 'project_created' THEN 1 ELSE 0 END) AS created_project,
                max(CASE WHEN event_name = 'invite_sent' THEN 1 ELSE 0 END) AS invited,
                max(CASE WHEN event_name = 'plan_upgraded' THEN 1 ELSE 0 END) AS upgraded
            FROM events WHERE user_id IS NOT NULL GROUP BY user_id)
        SELECT count(*) AS users, sum(logged_in) AS logged_in, sum(created_project) AS created_project,
            sum(invited) AS invited, sum(upgraded) AS upgraded FROM steps"""),
    _q("saas-08", """WITH seats AS (
            SELECT account_id, sum(seats) AS seats FROM subscriptions WHERE status IN ('active', 'past_due')
            GROUP BY account_id),
        used AS (SELECT account_id, count(*) AS users FROM users GROUP BY account_id)
        SELECT a.plan, count(*) AS accounts, sum(s.seats) AS seats, sum(COALESCE(u.users, 0)) AS users,
            round(avg(COALESCE(u.users, 0) / s.seats), 3) AS avg_utilisation
        FROM accounts a JOIN seats s ON a.account_id = s.account_id LEFT JOIN used u ON a.account_id = u.account_id
        GROUP BY a.plan ORDER BY a.plan"""),
    _q("saas-09", """SELECT a.account_id, a.account_name, a.industry, a.country, sum(i.amount) AS revenue
        FROM invoices i JOIN accounts a ON i.account_id = a.account_id WHERE i.status = 'paid'
        GROUP BY a.account_id, a.account_name, a.industry, a.country ORDER BY revenue DESC, a.account_id
        LIMIT 20"""),
    _q("saas-10", """SELECT a.country, i.currency, count(*) AS overdue_invoices, sum(i.amount) AS overdue_amount
        FROM invoices i JOIN accounts a ON i.account_id = a.account_id
        WHERE i.status = 'open' AND i.due_at < TIMESTAMP '2025-06-30' GROUP BY a.country, i.currency
        ORDER BY overdue_amount DESC, a.country"""),
    _q("saas-11", """SELECT currency, count(*) AS paid, avg(date_diff('day', issued_at, paid_at)) AS avg_days,
        quantile_cont(date_diff('day', issued_at, paid_at), 0.9) AS p90_days FROM invoices
        WHERE paid_at IS NOT NULL GROUP BY currency ORDER BY currency"""),
    _q("saas-12", """SELECT priority, count(*) AS tickets,
        avg(date_diff('minute', opened_at, closed_at)) / 60.0 AS avg_hours,
        median(date_diff('minute', opened_at, closed_at)) / 60.0 AS median_hours
        FROM support_tickets WHERE closed_at IS NOT NULL GROUP BY priority ORDER BY avg_hours"""),
    _q("saas-13", """SELECT assignee_team, priority, count(*) AS tickets,
        percentile_cont(0.5) WITHIN GROUP (ORDER BY date_diff('minute', opened_at, closed_at)) AS p50_minutes,
        count(*) FILTER (WHERE closed_at IS NULL) AS still_open
        FROM support_tickets GROUP BY assignee_team, priority ORDER BY assignee_team, priority"""),
    _q("saas-14", """WITH t AS (SELECT account_id, count(*) AS tickets FROM support_tickets GROUP BY account_id),
        u AS (SELECT account_id, count(*) AS users FROM users GROUP BY account_id)
        SELECT a.plan, sum(COALESCE(t.tickets, 0)) AS tickets, sum(u.users) AS users,
            round(100.0 * sum(COALESCE(t.tickets, 0)) / sum(u.users), 2) AS tickets_per_100_users
        FROM accounts a JOIN u ON a.account_id = u.account_id LEFT JOIN t ON a.account_id = t.account_id
        GROUP BY a.plan ORDER BY a.plan"""),
    _q("saas-15", """WITH r AS (
            SELECT n.score, a.plan FROM nps_responses n JOIN users u ON n.user_id = u.user_id
            JOIN accounts a ON u.account_id = a.account_id)
        SELECT plan, count(*) AS responses,
            round(100.0 * (count(*) FILTER (WHERE score >= 9) - count(*) FILTER (WHERE score <= 6)) / count(*), 1)
            AS nps FROM r GROUP BY plan ORDER BY plan"""),
    _q("saas-16", """SELECT d.fiscal_year, d.fiscal_quarter, count(*) AS responses, avg(n.score) AS avg_score,
        sum(CASE WHEN n.score >= 9 THEN 1 WHEN n.score <= 6 THEN -1 ELSE 0 END) AS net_promoters
        FROM nps_responses n JOIN dim_date d ON CAST(n.submitted_at AS DATE) = d.date_day
        GROUP BY d.fiscal_year, d.fiscal_quarter ORDER BY 1, 2"""),
    _q("saas-17", """SELECT month, revenue, sum(revenue) OVER (ORDER BY month) AS running_revenue,
        revenue - lag(revenue) OVER (ORDER BY month) AS change FROM (
            SELECT date_trunc('month', paid_at) AS month, sum(amount) AS revenue FROM invoices
            WHERE status = 'paid' GROUP BY 1) m ORDER BY month"""),
    _q("saas-18", """SELECT u.account_id, e.user_id, count(*) AS events,
        rank() OVER (PARTITION BY u.account_id ORDER BY count(*) DESC) AS rank_in_account
        FROM events e JOIN users u ON e.user_id = u.user_id GROUP BY u.account_id, e.user_id
        QUALIFY rank_in_account <= 3 ORDER BY u.account_id, rank_in_account, e.user_id"""),
    _q("saas-19", """SELECT account_id, subscription_id, plan, seats, status, started_at FROM subscriptions
        QUALIFY row_number() OVER (PARTITION BY account_id ORDER BY started_at DESC) = 1 ORDER BY account_id"""),
    _q("saas-20", """SELECT country, count(*) AS users, sum(CASE WHEN is_admin THEN 1 ELSE 0 END) AS admins
        FROM users GROUP BY country HAVING count(*) >= 50 ORDER BY users DESC, country"""),
    _q("saas-21", """SELECT u.timezone, date_part('hour', e.occurred_at) AS utc_hour, count(*) AS events
        FROM events e JOIN users u ON e.user_id = u.user_id WHERE u.country = 'US'
        GROUP BY ALL ORDER BY 1, 2"""),
    _q("saas-22", """SELECT device_type, browser, count(*) AS events, count(DISTINCT anonymous_id) AS devices
        FROM events GROUP BY ALL ORDER BY events DESC"""),
    _q("saas-23", """SELECT page_path, count(*) AS views, count(DISTINCT anonymous_id) AS visitors FROM events
        WHERE event_name = 'page_viewed' AND page_path NOT LIKE '/app/%' GROUP BY page_path
        ORDER BY views DESC, page_path LIMIT 10"""),
    _q("saas-24", """SELECT f.flag_key, a.plan, count(*) AS accounts,
        avg(CASE WHEN f.is_enabled THEN 1.0 ELSE 0.0 END) AS enabled_share, max(f.updated_at) AS last_change
        FROM feature_flags f JOIN accounts a ON f.account_id = a.account_id GROUP BY ALL ORDER BY 1, 2"""),
    _q("saas-25", """SELECT a.industry, count(*) AS accounts, sum(COALESCE(t.tickets, 0)) AS tickets,
        count(*) FILTER (WHERE t.tickets IS NULL) AS accounts_without_tickets FROM accounts a
        LEFT JOIN (SELECT account_id, count(*) AS tickets FROM support_tickets GROUP BY account_id) t
        ON a.account_id = t.account_id GROUP BY a.industry ORDER BY a.industry"""),
    _q("saas-26", """SELECT CASE WHEN mrr = 0 THEN 'churned' WHEN mrr < 500 THEN 'smb' WHEN mrr < 5000 THEN 'mid-market'
        ELSE 'enterprise' END AS segment, count(*) AS accounts, sum(mrr) AS mrr FROM accounts
        GROUP BY segment ORDER BY mrr DESC"""),
    _q("saas-27", """SELECT a.country AS account_country, s.billing_country, count(*) AS subscriptions
        FROM subscriptions s JOIN accounts a ON s.account_id = a.account_id
        WHERE s.billing_country <> a.country GROUP BY ALL ORDER BY 3 DESC, 1, 2"""),
    _q("saas-28", """SELECT d.day_of_week, d.is_weekend, count(*) AS events, count(DISTINCT e.user_id) AS users
        FROM events e JOIN dim_date d ON CAST(e.occurred_at AS DATE) = d.date_day
        WHERE d.year = 2025 GROUP BY ALL ORDER BY events DESC"""),
    _q("saas-29", """WITH first_project AS (
            SELECT user_id, min(occurred_at) AS first_at FROM events WHERE event_name = 'project_created'
            GROUP BY user_id)
        SELECT date_trunc('quarter', u.signup_at) AS cohort, count(*) AS users, count(f.user_id) AS activated,
            avg(date_diff('day', u.signup_at, f.first_at)) AS avg_days_to_first_project
        FROM users u LEFT JOIN first_project f ON u.user_id = f.user_id GROUP BY cohort ORDER BY cohort"""),
    _q("saas-30", """SELECT i.status, quantile_cont(i.amount, [0.25, 0.5, 0.75]) AS amount_quartiles,
        count(*) AS invoices FROM invoices i GROUP BY i.status ORDER BY i.status"""),
    _q("saas-31", """SELECT subject, count(*) AS tickets, avg(CASE WHEN priority IN ('high', 'urgent') THEN 1.0
        ELSE 0.0 END) AS high_share FROM support_tickets GROUP BY subject ORDER BY tickets DESC, subject"""),
    _q("saas-32", """SELECT job_title, count(*) AS users, sum(CASE WHEN is_admin THEN 1 ELSE 0 END) AS admins
        FROM users GROUP BY job_title ORDER BY users DESC, job_title LIMIT 15"""),
    _q("saas-33", """SELECT a.account_name, u.first_name, u.last_name, u.email, u.job_title FROM users u
        JOIN accounts a ON u.account_id = a.account_id JOIN subscriptions s ON s.account_id = a.account_id
        WHERE u.is_admin AND s.status = 'active' AND s.plan = 'enterprise'
        ORDER BY a.account_name, u.email LIMIT 50"""),
    _q("saas-34", """SELECT device_type, count(DISTINCT ip_address) AS ip_addresses, count(*) AS events FROM events
        GROUP BY device_type ORDER BY device_type"""),
    _q("saas-35", """SELECT csm_owner, count(*) AS accounts, sum(mrr) AS book_of_business FROM accounts
        GROUP BY csm_owner ORDER BY book_of_business DESC""", personal_predicate=True),
    _q("saas-36", """SELECT split_part(email, '@', 2) AS email_domain, count(*) AS users FROM users
        GROUP BY email_domain ORDER BY users DESC, email_domain LIMIT 20""", personal_predicate=True),
    _q("saas-37", """SELECT assignee, count(*) AS tickets,
        avg(date_diff('minute', opened_at, closed_at)) / 60.0 AS avg_hours FROM support_tickets
        GROUP BY assignee ORDER BY tickets DESC""", personal_predicate=True),
    _q("saas-38", """SELECT user_id, account_id, job_title, signup_at FROM users WHERE last_name = 'Smith'
        ORDER BY user_id""", personal_predicate=True),
    _q("saas-39", """SELECT priority, count(*) AS refund_tickets FROM support_tickets
        WHERE body ILIKE '%refund%' GROUP BY priority ORDER BY priority""", personal_predicate=True),
]


# -- running and comparing --------------------------------------------------------------------------------------


def _normalized(frame: pd.DataFrame) -> pd.DataFrame:
    out = frame.copy()
    for column in out.columns:
        if out[column].dtype == object:
            converted = pd.to_numeric(out[column], errors="coerce")
            if converted.notna().sum() == out[column].notna().sum():  # decimals fetched as objects
                out[column] = converted.astype(float)
    out.columns = [str(c) for c in out.columns]
    keys = [c for c in out.columns]
    rounded = out.copy()
    for column in rounded.columns:
        if pd.api.types.is_float_dtype(rounded[column]):
            rounded[column] = rounded[column].round(4)
    order = rounded.astype(str).sort_values(keys).index if keys else out.index
    return out.loc[order].reset_index(drop=True)


def frames_equal(raw: pd.DataFrame, governed: pd.DataFrame) -> bool:
    """Same columns and rows in any order; floats equal to a relative 1e-6."""
    if list(map(str, raw.columns)) != list(map(str, governed.columns)) or len(raw) != len(governed):
        return False
    a, b = _normalized(raw), _normalized(governed)
    try:
        pd.testing.assert_frame_equal(a, b, check_dtype=False, check_exact=False, rtol=1e-6, atol=1e-9)
    except AssertionError:
        return False
    return True


def run_raw(path: Path, queries: list[Query]) -> dict[str, pd.DataFrame | str]:
    out: dict[str, pd.DataFrame | str] = {}
    release(str(path))  # the governed path holds the file between statements (docs/audit.md)
    with duckdb.connect(str(path), read_only=True) as con:
        for q in queries:
            try:
                out[q.id] = con.execute(q.sql).df()
            except duckdb.Error as error:
                out[q.id] = type(error).__name__
    return out


def governed_connection(path: Path, audit_dir: Path, policy: Policy | None = None) -> GovernedConnection:
    """The default, empty policy (or ``policy``); a throwaway secret; a fresh audit store beside the data."""
    return GovernedConnection(
        database=open_database(f"duckdb:///{path}"), policy=policy or Policy(),
        audit=open_audit_store(f"duckdb:///{audit_dir / (path.stem + '-audit.duckdb')}"),
        identity=Identity("analyst", "benchmark"), secret=secrets.token_hex(16),
    )


def _schema_columns(path: Path) -> set[str]:
    release(str(path))  # the governed path holds the file between statements (docs/audit.md)
    with duckdb.connect(str(path), read_only=True) as con:
        return {f"{t}.{c}" for t, c in con.execute(
            "SELECT table_name, column_name FROM information_schema.columns").fetchall()}


def _named_columns(message: str, known: set[str]) -> list[str]:
    """The ``table.column`` names of the schema that a refusal message names (names only, nothing else of it)."""
    found = re.findall(r"\b(?:\w+\.)?(\w+\.\w+)\b", message)
    return sorted({f for f in found if f in known})


def run_suite(name: str, path: Path, queries: list[Query], audit_dir: Path,
              personal: frozenset[str], policy: Policy | None = None) -> list[dict[str, Any]]:
    print(f"\n== {name}: {len(queries)} queries", flush=True)
    known = _schema_columns(path)
    raw = run_raw(path, queries)
    gov = governed_connection(path, audit_dir, policy)
    rows = []
    print(f"{'query':<12}{'raw rows':>9}  {'governed':<30}result (or the columns the refusal names)", flush=True)
    for q in queries:
        row: dict[str, Any] = {"id": q.id, "personal_predicate": q.personal_predicate}
        r = raw[q.id]
        row["raw"] = isinstance(r, pd.DataFrame)
        row["raw_rows"] = len(r) if isinstance(r, pd.DataFrame) else None
        try:
            result = gov.query(q.sql)
        except StatementRefused as error:
            row.update(governed=False, rule=error.rule, columns=_named_columns(str(error), known))
        except GovernanceError as error:
            row.update(governed=False, rule=type(error).__name__)
        except Exception as error:  # noqa: BLE001 - a crash is an outcome to report, by its type only
            row.update(governed=False, rule=f"error:{type(error).__name__}")
        else:
            sources = {f"{t.split('.')[-1]}.{c}" for srcs in result.lineage.values() for t, c in srcs}
            true_personal = sorted(sources & personal)
            masked = sorted({m.split(":")[0].split(".", 1)[-1] for ms in result.masked.values() for m in ms})
            row.update(governed=True, rule=None, governed_rows=len(result.frame), personal_outputs=true_personal,
                       masked_sources=masked)
            if true_personal:
                row["equal"] = None  # a personal column reaches the output: masked values differ by design
                # ... but not the number of rows: masking that merged or split groups changed the answer
                row["rows_differ"] = bool(row["raw"]) and len(r) != len(result.frame)
            else:
                row["equal"] = bool(row["raw"]) and frames_equal(r, result.frame)
        outcome = (f"rows {row['governed_rows']}" if row.get("governed") else f"refused: {row['rule']}")
        if row.get("governed"):
            verdict = ("personal output (not compared)" if row["equal"] is None else "equal" if row["equal"]
                       else "DIFFERENT, masked: " + ",".join(row["masked_sources"] or ["?"]))
            if row.get("rows_differ"):
                verdict = "ROWS DIFFER: personal output, another number of rows than raw"
        else:
            verdict = "on: " + ",".join(row.get("columns") or ["?"])
        flag = "  [personal predicate]" if q.personal_predicate else ""
        print(f"{q.id:<12}{row['raw_rows'] if row['raw'] else r:>9}  {outcome:<30}{verdict}{flag}", flush=True)
        rows.append(row)
    return rows


def summarize(name: str, rows: list[dict[str, Any]], personal: frozenset[str]) -> dict[str, Any]:
    runnable = [r for r in rows if r["raw"]]
    governed = [r for r in runnable if r["governed"]]
    comparable = [r for r in governed if r["equal"] is not None]
    equal = [r for r in comparable if r["equal"]]
    refused = [r for r in runnable if not r["governed"]]
    share = len(governed) / len(runnable) if runnable else 0.0
    print(f"\n{name}: {len(runnable)} of {len(rows)} queries run raw; {len(governed)} run governed "
          f"({share:.0%}, goal >= {GOAL_RUN_GOVERNED:.0%}: {'met' if share >= GOAL_RUN_GOVERNED else 'NOT met'})")
    print(f"  equal to raw: {len(equal)} of {len(comparable)} governed results with no personal column in the "
          f"output ({len(governed) - len(comparable)} with one, not compared)")
    if refused:
        rules = Counter(r["rule"] for r in refused)
        print("  refusals by rule: " + ", ".join(f"{rule} x{n}" for rule, n in rules.most_common()))
        print("  refused: " + ", ".join(r["id"] + ("*" if r["personal_predicate"] else "") for r in refused)
              + "   (* filters, joins or groups on a column that holds personal data)")
        unexpected = [r for r in refused if not r["personal_predicate"]]
        print(f"  refused although only non-personal columns are filtered, joined or grouped on: {len(unexpected)}")
        blocking = sorted({c for r in refused for c in r.get("columns", [])})
        wrong = [c for c in blocking if c not in personal]
        print(f"  columns named by refusals: {len(blocking)}; of them not personal data: "
              + (", ".join(wrong) if wrong else "none"))
    different = [r["id"] for r in comparable if not r["equal"]]
    if different:
        print("  DIFFERENT from raw: " + ", ".join(different))
    rows_differ = [r["id"] for r in governed if r.get("rows_differ")]
    print("  personal outputs with another number of rows than raw (an answer masking changed): "
          + (", ".join(rows_differ) if rows_differ else "none"))
    return {"suite": name, "queries": len(rows), "raw": len(runnable), "governed": len(governed),
            "share_governed": share, "comparable": len(comparable), "equal": len(equal), "rows_differ": rows_differ,
            "refused": {r["id"]: r["rule"] for r in refused}}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--only", choices=["tpch", "star", "saas"], help="run one suite only")
    parser.add_argument("--keep", type=Path, help="write the DuckDB files into this directory and keep them")
    parser.add_argument("--policy", type=Path, help="a policy file for the governed side (default: empty policy)")
    args = parser.parse_args(argv)
    policy = load_policy(args.policy) if args.policy else None
    if args.policy:
        print(f"policy: {args.policy}", flush=True)
    started = time.perf_counter()
    with tempfile.TemporaryDirectory(prefix="analytics-precision-") as tmp:
        work = args.keep or Path(tmp)
        work.mkdir(parents=True, exist_ok=True)
        summaries = []
        if args.only in (None, "tpch"):
            t0 = time.perf_counter()
            counts = tpch_extension(work / "tpch.duckdb")
            source = "DuckDB's tpch extension (dbgen)"
            if counts is None:
                counts, source = build_tpch(work / "tpch.duckdb"), "generated here: the tpch extension is not bundled"
            print(f"TPC-H data ({source}): "
                  + ", ".join(f"{t} {n}" for t, n in counts.items()) + f" rows in {time.perf_counter() - t0:.1f} s",
                  flush=True)
            summaries.append(summarize("TPC-H", run_suite("TPC-H", work / "tpch.duckdb", tpch_queries(), work,
                                                              TPCH_PERSONAL, policy), TPCH_PERSONAL))
        if args.only in (None, "star"):
            t0 = time.perf_counter()
            counts = build_star(work / "star.duckdb")
            print("\nstar schema: " + ", ".join(f"{t} {n}" for t, n in counts.items())
                  + f" rows in {time.perf_counter() - t0:.1f} s", flush=True)
            rows = run_suite("star schema", work / "star.duckdb", STAR_QUERIES, work, STAR_PERSONAL, policy)
            summaries.append(summarize("star schema", rows, STAR_PERSONAL))
        if args.only in (None, "saas"):
            t0 = time.perf_counter()
            counts = build_saas(work / "saas.duckdb")
            print("\nSaaS warehouse: " + ", ".join(f"{t} {n}" for t, n in counts.items())
                  + f" rows in {time.perf_counter() - t0:.1f} s", flush=True)
            rows = run_suite("SaaS warehouse", work / "saas.duckdb", SAAS_QUERIES, work, SAAS_PERSONAL, policy)
            summaries.append(summarize("SaaS warehouse", rows, SAAS_PERSONAL))
        raw = sum(s["raw"] for s in summaries)
        governed = sum(s["governed"] for s in summaries)
        print(f"\noverall: {governed} of {raw} raw-runnable queries run governed ({governed / raw:.0%}, goal >= "
              f"{GOAL_RUN_GOVERNED:.0%}); equal to raw: {sum(s['equal'] for s in summaries)} of "
              f"{sum(s['comparable'] for s in summaries)} comparable; {time.perf_counter() - started:.0f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
