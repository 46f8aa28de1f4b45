"""Time of one guardrail decision over the TPC-H queries, side by side with what it costs to parse alone and with
a hand-rolled regex blocklist (what teams write instead), plus how many adversarial statements each lets through.

Run: .venv/bin/python benchmarks/guardrails_decision.py   (goal: median decision under 1 ms here)
"""

from __future__ import annotations

import re
import statistics
import sys
import time
from pathlib import Path

import sqlglot
import yaml

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from governance_dagster.errors import UnparseableStatement  # noqa: E402
from governance_dagster.governed.guardrails import decide  # noqa: E402
from governance_dagster.policy.models import Policy  # noqa: E402

CORPUS = ROOT / "tests" / "governed" / "guardrails" / "corpus"
POLICY = Policy(protected_schemas=["main", "public"])
REPEATS = 30

#: A typical hand-rolled blocklist: keywords at the start of the statement, DELETE/UPDATE without WHERE.
_BLOCKLIST = re.compile(r"^\s*(drop|truncate|alter|grant|revoke|attach|install|load|copy|pragma|set)\b", re.I)
_UNBOUNDED = re.compile(r"^\s*(delete|update)\b(?!.*\bwhere\b)", re.I | re.S)


def regex_blocklist(sql: str, dialect: str) -> str:
    return "block" if _BLOCKLIST.search(sql) or _UNBOUNDED.search(sql) else "allow"


def governed(sql: str, dialect: str) -> str:
    try:
        return decide(sql, dialect, POLICY, "public" if dialect == "postgres" else "main").action
    except UnparseableStatement:
        return "unparseable"


def parse_only(sql: str, dialect: str) -> str:
    sqlglot.parse(sql, read=dialect)
    return "allow"


def _time(fn, cases: list[dict]) -> list[float]:
    per_case = []
    for case in cases:
        fn(case["sql"], case["dialect"])  # warm
        started = time.perf_counter()
        for _ in range(REPEATS):
            fn(case["sql"], case["dialect"])
        per_case.append((time.perf_counter() - started) / REPEATS * 1000)
    return per_case


def main() -> None:
    ordinary = yaml.safe_load((CORPUS / "ordinary.yaml").read_text())
    adversarial = yaml.safe_load((CORPUS / "adversarial.yaml").read_text())
    tpch = [c for c in ordinary if c["id"].startswith("tpch-q") and c["dialect"] == "duckdb"]
    print(f"guardrail decision over {len(tpch)} TPC-H queries ({REPEATS} repeats each), and over the corpora\n")
    rows = []
    baseline = None
    for name, fn in [("governance-dagster decide()", governed), ("sqlglot.parse only (floor)", parse_only),
                     ("regex blocklist (hand-rolled)", regex_blocklist)]:
        times = _time(fn, tpch)
        median = statistics.median(times)
        baseline = baseline or median
        let_through = sum(1 for c in adversarial if fn(c["sql"], c["dialect"]) == "allow") if fn is not parse_only else None
        false_blocks = sum(1 for c in ordinary if fn(c["sql"], c["dialect"]) != "allow") if fn is not parse_only else None
        rows.append((name, median, max(times), median / baseline, let_through, false_blocks))
    print(f"{'decider':<32}{'median ms':>10}{'max ms':>9}{'ratio':>8}{'adversarial allowed':>22}{'ordinary refused':>18}")
    for name, median, worst, ratio, through, false_blocks in rows:
        through_text = "-" if through is None else f"{through}/{len(adversarial)}"
        false_text = "-" if false_blocks is None else f"{false_blocks}/{len(ordinary)}"
        print(f"{name:<32}{median:>10.3f}{worst:>9.3f}{ratio:>8.2f}{through_text:>22}{false_text:>18}")


if __name__ == "__main__":
    main()
