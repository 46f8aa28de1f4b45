"""How long classifying a 100-column table takes at a 10,000-row sample (goal: under 2 s on the reference machine).

The table mixes every kind the classifier knows under plain and opaque names with decoys (order numbers, SKUs,
timestamps, amounts, flags), generated from a fixed seed with Faker. Two timings are printed: the first call in
the process (which loads the reference data: census names, GeoNames cities, country and calendar names) and the
median of the following calls (reference data loaded). Only timings are printed, never a value.

Run from the repository root: ``.venv/bin/python benchmarks/classification/speed.py [--rows N] [--repeat N]``.
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import time
from datetime import date, timedelta

import pandas as pd
from faker import Faker

from governance_dagster.detect.classify import classify_table
from governance_dagster.policy.models import Policy

GOAL_S = 2.0


def _column_makers(fake: Faker, rng: random.Random) -> list[tuple[str, str, object]]:
    """(name, SQL type, value maker): 20 kinds of column, each used five times under different names."""
    today = date(2026, 1, 1)
    return [
        ("email", "VARCHAR", fake.email), ("phone", "VARCHAR", fake.phone_number),
        ("first_name", "VARCHAR", fake.first_name), ("last_name", "VARCHAR", fake.last_name),
        ("full_name", "VARCHAR", fake.name), ("street", "VARCHAR", fake.street_address),
        ("city", "VARCHAR", fake.city), ("zip", "VARCHAR", fake.postcode), ("iban", "VARCHAR", fake.iban),
        ("ssn", "VARCHAR", fake.ssn), ("card", "VARCHAR", fake.credit_card_number),
        ("ip", "VARCHAR", fake.ipv4), ("dob", "DATE", lambda: today - timedelta(days=rng.randint(7000, 30000))),
        ("notes", "VARCHAR", lambda: fake.sentence(nb_words=10)),
        ("order_ref", "VARCHAR", lambda: f"ORD-{rng.randint(10**6, 10**7)}"),
        ("sku", "VARCHAR", lambda: f"SKU-{rng.randint(1000, 9999)}-{rng.choice('ABC')}"),
        ("created_at", "TIMESTAMP", lambda: pd.Timestamp("2024-01-01") + pd.Timedelta(seconds=rng.randint(0, 10**7))),
        ("amount", "DOUBLE", lambda: rng.random() * 1000), ("flag", "VARCHAR", lambda: rng.choice("YN")),
        ("customer_sk", "BIGINT", lambda: rng.randint(1, 10**6)),
    ]


def build(rows: int, seed: int = 7) -> tuple[dict[str, str], pd.DataFrame]:
    """A 100-column table of ``rows`` rows: column -> type, and the frame."""
    fake, rng = Faker("en_US"), random.Random(seed)
    Faker.seed(seed)
    columns: dict[str, str] = {}
    data: dict[str, list] = {}
    for copy in range(5):
        for name, sql_type, make in _column_makers(fake, rng):
            column = name if copy == 0 else (f"col_{len(columns)}" if copy % 2 else f"{name}_{copy}")
            columns[column] = sql_type
            data[column] = [make() for _ in range(rows)]  # type: ignore[operator]
    return columns, pd.DataFrame(data)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--rows", type=int, default=10_000)
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args(argv)
    columns, frame = build(args.rows)
    policy = Policy()
    started = time.perf_counter()
    classify_table("bench.wide", columns, frame, policy)
    first = time.perf_counter() - started
    warm = []
    for _ in range(args.repeat):
        started = time.perf_counter()
        classify_table("bench.wide", columns, frame, policy)
        warm.append(time.perf_counter() - started)
    median = statistics.median(warm)
    print(f"{len(columns)} columns x {len(frame):,} sampled rows")
    print(f"first call (loads reference data): {first:.2f} s")
    print(f"warm (median of {args.repeat}):     {median:.2f} s   goal < {GOAL_S:.0f} s: {median / GOAL_S:.2f} of budget")
    return 0


if __name__ == "__main__":
    sys.exit(main())
