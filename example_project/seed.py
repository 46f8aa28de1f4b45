"""Create the example "production" database: realistic fake customers and their orders, from a fixed seed.

Run ``python -m example_project.seed TARGET [--customers N]`` with a DuckDB file path or a database URL
(``duckdb:///path.duckdb``, ``postgresql://user@host:5432/db``); ``make demo`` does it when the production
database has no ``customers`` table yet.
"""

from __future__ import annotations

import argparse
import random
import time
from pathlib import Path

import numpy as np
import pandas as pd
from faker import Faker

from example_project.raw import display_url, write_tables

SEED = 20261126
SEGMENTS = ["consumer", "small_business", "enterprise", "public_sector"]
_NOTES = [
    "{name} called about a late delivery; call back on {phone}.",
    "Customer asked to update e-mail to {email}.",
    "Refund approved for {name} after review.",
    "Prefers contact by e-mail ({email}), not phone.",
    "Address confirmed for the next shipment.",
    "Escalated: {name} disputes invoice, SSN {ssn} verified by phone.",
    "No issues reported.",
    "Asked about the loyalty programme.",
]


def make_customers(n: int, seed: int = SEED) -> pd.DataFrame:
    """``n`` customers with names, contact details, SSNs, addresses, birth dates, income, segment and notes."""
    fake = Faker("en_US")
    fake.seed_instance(seed)
    rng = random.Random(seed)
    rows = []
    for i in range(1, n + 1):
        first, last = fake.first_name(), fake.last_name()
        name = f"{first} {last}"
        email = f"{first}.{last}{i}@{fake.free_email_domain()}".lower()
        phone = f"({rng.randint(201, 989)}) {rng.randint(200, 999)}-{rng.randint(0, 9999):04d}"
        ssn = fake.unique.ssn()
        note = rng.choice(_NOTES).format(name=name, email=email, phone=phone, ssn=ssn)
        rows.append(
            {
                "customer_id": i,
                "full_name": name,
                "email": email,
                "phone": phone,
                "ssn": ssn,
                "street": fake.street_address(),
                "city": fake.city(),
                "postal_code": fake.postcode(),
                "birth_date": fake.date_of_birth(minimum_age=18, maximum_age=90),
                "income": round(rng.lognormvariate(10.8, 0.5), 2),
                "segment": rng.choices(SEGMENTS, weights=[70, 20, 7, 3])[0],
                "signup_date": fake.date_between(start_date="-8y", end_date="-1d"),
                "support_notes": note,
            }
        )
    frame = pd.DataFrame(rows)
    frame["birth_date"] = pd.to_datetime(frame["birth_date"])
    frame["signup_date"] = pd.to_datetime(frame["signup_date"])
    return frame


def make_orders(customers: pd.DataFrame, per_customer: float = 3.0, seed: int = SEED) -> pd.DataFrame:
    """Orders of the customers: a Poisson number each, dated after signup."""
    rng = np.random.default_rng(seed)
    counts = rng.poisson(per_customer, len(customers))
    customer_ids = np.repeat(customers["customer_id"].to_numpy(), counts)
    signup = np.repeat(customers["signup_date"].to_numpy(), counts)
    days = rng.integers(0, 900, len(customer_ids))
    return pd.DataFrame(
        {
            "order_id": np.arange(1, len(customer_ids) + 1),
            "customer_id": customer_ids,
            "order_date": pd.to_datetime(signup) + pd.to_timedelta(days, unit="D"),
            "amount": np.round(rng.gamma(2.0, 45.0, len(customer_ids)), 2),
            "status": rng.choice(["delivered", "shipped", "returned", "cancelled"], len(customer_ids), p=[0.8, 0.1, 0.06, 0.04]),
            "channel": rng.choice(["web", "mobile", "store"], len(customer_ids), p=[0.5, 0.35, 0.15]),
        }
    )


def database_url(target: str | Path) -> str:
    """A database URL for ``target``: URLs pass through, a file path becomes ``duckdb:///<absolute path>``.

    Example:
        >>> database_url("postgresql://postgres@127.0.0.1/db")
        'postgresql://postgres@127.0.0.1/db'
        >>> database_url("/tmp/p.duckdb")
        'duckdb:////tmp/p.duckdb'
    """
    text = str(target)
    return text if "://" in text else f"duckdb:///{Path(text).resolve()}"


def seed_database(target: str | Path, customers: int = 50_000) -> dict[str, int]:
    """Write ``customers`` and ``orders`` tables to ``target``: a DuckDB file path or ``duckdb:///`` URL (the file
    is replaced), or a ``postgresql://`` URL (the two tables are replaced in its default schema, ``public``)."""
    people = make_customers(customers)
    orders = make_orders(people)
    write_tables(database_url(target), {"customers": people, "orders": orders})
    return {"customers": len(people), "orders": len(orders)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("target", help="DuckDB file to create, or a database URL (duckdb:///..., postgresql://...)")
    parser.add_argument("--customers", type=int, default=50_000)
    args = parser.parse_args()
    started = time.perf_counter()
    counts = seed_database(args.target, args.customers)
    print(f"seeded {display_url(database_url(args.target))}: {counts['customers']:,} customers, {counts['orders']:,} orders "
          f"in {time.perf_counter() - started:.1f}s")


if __name__ == "__main__":
    main()
