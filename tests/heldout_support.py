"""What the held-out sets' tests share: finding a built set's tables and columns, its values without NULLs and NULL
words, and counting values that pass or fail a check (tests assert on counts, so a failure never prints a value).

Example:
    >>> misses(["a", "b", "c"], lambda v: v != "b"), real([" x ", None, "NULL"], {"NULL"})
    (1, ['x'])
"""

from __future__ import annotations

from collections.abc import Callable, Collection
from typing import Any


def table(built: list[Any], name: str) -> Any:
    """The built table named ``name``."""
    return next(t for t in built if t.name == name)


def column(built: list[Any], table_name: str, name: str) -> Any:
    """The column ``name`` of the built table ``table_name``."""
    return next(c for c in table(built, table_name).columns if c.name == name)


def columns(built: list[Any]) -> list[Any]:
    """Every column of every built table."""
    return [c for t in built for c in t.columns]


def nullish(value: object, words: Collection[str]) -> bool:
    """NULL, or a string that is one of the set's NULL words (or empty) once stripped."""
    return value is None or (isinstance(value, str) and value.strip() in words)


def real(values: list[object], words: Collection[str]) -> list[object]:
    """The values that are neither NULL nor a NULL word, stripped of padding."""
    return [v.strip() if isinstance(v, str) else v for v in values if not nullish(v, words)]


def null_share(col: Any) -> float:
    """The share of a column's values that are NULL."""
    return sum(v is None for v in col.values) / len(col.values)


def misses(values: list[object], ok: Callable[[object], bool]) -> int:
    """How many of ``values`` fail ``ok``."""
    return sum(not ok(v) for v in values)


def hits(values: list[object], ok: Callable[[object], bool]) -> int:
    """How many of ``values`` pass ``ok``."""
    return sum(bool(ok(v)) for v in values)


def rebuilt_differently(module: Any, built: list[Any], tables: int = 2) -> list[str]:
    """The names of the ``tables`` smallest tables of a held-out set's ``module`` whose columns (names, kinds,
    values) differ when built again from the same seed (rebuilding every table would double a test module's time)."""
    differ = []
    for make, rows in sorted(module.BUILDERS, key=lambda b: b[1])[:tables]:
        again = make(module.Gen(make.__name__, rows))
        first = table(built, again.name)
        if [(c.name, c.kind, c.values) for c in again.columns] != [(c.name, c.kind, c.values) for c in first.columns]:
            differ.append(again.name)
    return differ
