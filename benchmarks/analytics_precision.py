"""Does masking break analytics? Star-schema queries run raw and governed, side by side (issue 13).

Two schemas, each generated deterministically (fixed seed) into its own DuckDB file:

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

Every query runs raw (plain DuckDB, read-only) and governed (``GovernedConnection.query`` with the default,
empty policy and a throwaway secret). Printed per query: rows raw, governed outcome (rows, or the refusal's rule),
and whether the governed result equals the raw one (order-insensitive, floats to a relative 1e-6) wherever no
column that truly holds personal data reaches the output (by the governed result's lineage against the ground
truth :data:`TPCH_PERSONAL` / :data:`STAR_PERSONAL`, not by the classifier's opinion: a non-personal column the
classifier masks shows up as DIFFERENT, naming the masked columns). A refused query shows the ``table.column``
names its refusal message names (names only; the message itself is not printed). Then the
share of raw-runnable queries that run governed (goal >= 90%), the share equal, and the refusal rules. The output
holds query ids, counts and rule names only, never a value.

Run from the repository root: ``python benchmarks/analytics_precision.py [--only tpch|star] [--keep DIR]
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
from datetime import date, timedelta
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
    _q("star-29", """SELECT split_part(c_email_address, '@', 2) AS domain, count(*) AS customers FROM customer
        GROUP BY domain ORDER BY 2 DESC, 1"""),
    _q("star-30", """SELECT s_store_name, avg(d_year - c_birth_year) AS avg_age FROM store_sales
        JOIN customer ON ss_customer_sk = c_customer_sk JOIN date_dim ON ss_sold_date_sk = d_date_sk
        JOIN store ON ss_store_sk = s_store_sk GROUP BY s_store_name ORDER BY 1"""),
    _q("star-31", """SELECT p_promo_name, p_channel_email, p_channel_dmail, count(*) AS uses FROM web_sales
        JOIN promotion ON ws_promo_sk = p_promo_sk GROUP BY ALL ORDER BY 4 DESC, 1, 2, 3"""),
    _q("star-32", """SELECT w_warehouse_name, d_quarter_name, sum(ws_quantity) AS qty FROM web_sales
        JOIN warehouse ON ws_warehouse_sk = w_warehouse_sk JOIN date_dim ON ws_sold_date_sk = d_date_sk
        WHERE d_year = 2002 AND d_holiday = 'N' GROUP BY ALL ORDER BY 1, 2"""),
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
            else:
                row["equal"] = bool(row["raw"]) and frames_equal(r, result.frame)
        outcome = (f"rows {row['governed_rows']}" if row.get("governed") else f"refused: {row['rule']}")
        if row.get("governed"):
            verdict = ("personal output (not compared)" if row["equal"] is None else "equal" if row["equal"]
                       else "DIFFERENT, masked: " + ",".join(row["masked_sources"] or ["?"]))
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
    return {"suite": name, "queries": len(rows), "raw": len(runnable), "governed": len(governed),
            "share_governed": share, "comparable": len(comparable), "equal": len(equal),
            "refused": {r["id"]: r["rule"] for r in refused}}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--only", choices=["tpch", "star"], help="run one suite only")
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
        raw = sum(s["raw"] for s in summaries)
        governed = sum(s["governed"] for s in summaries)
        print(f"\noverall: {governed} of {raw} raw-runnable queries run governed ({governed / raw:.0%}, goal >= "
              f"{GOAL_RUN_GOVERNED:.0%}); equal to raw: {sum(s['equal'] for s in summaries)} of "
              f"{sum(s['comparable'] for s in summaries)} comparable; {time.perf_counter() - started:.0f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
