"""What the held-out sets' tests share: finding a built set's tables and columns, its values without NULLs and NULL
words, and counting values that pass or fail a check (tests assert on counts, so a failure never prints a value).

Example:
    >>> misses(["a", "b", "c"], lambda v: v != "b"), real([" x ", None, "NULL"], {"NULL"})
    (1, ['x'])
"""

from __future__ import annotations

from collections.abc import Callable, Collection
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest


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


def set_fixtures(name: str) -> tuple[Any, Any]:
    """The module-scoped fixtures of the test of held-out set ``name`` (``"v15"``): ``scored_file``, the set as the
    scorer builds it (its tables, and the DuckDB file they were written to), and ``built``, its tables. Assign them
    to module names: ``scored_file, built = set_fixtures("v15")``."""

    @pytest.fixture(scope="module")
    def scored_file(tmp_path_factory: pytest.TempPathFactory) -> tuple[list[Any], Path]:
        from benchmarks.classification import heldout_v2_accuracy

        path = tmp_path_factory.mktemp(name) / f"{name}.duckdb"
        return Tables(heldout_v2_accuracy.SETS[name].build(path), name), path

    @pytest.fixture(scope="module")
    def built(scored_file: tuple[list[Any], Path]) -> list[Any]:
        return scored_file[0]

    return scored_file, built


class Tables(list):
    """A held-out set's built tables, whose repr names the set and withholds the values: a failing test's traceback
    prints the fixtures it was given, and the tables' values must not reach a test report.

    Example:
        >>> Tables(["t1", "t2"], "v99")
        <2 tables of held-out set v99; values withheld>
    """

    def __init__(self, tables: Any, name: str) -> None:
        super().__init__(tables)
        self.name = name

    def __repr__(self) -> str:
        return f"<{len(self)} tables of held-out set {self.name}; values withheld>"


@dataclass(frozen=True)
class Cells:
    """A held-out set's values read with its NULL words taken out.

    Example:
        >>> Cells({"NULL"}).real([" x ", None, "NULL"])
        ['x']
    """

    words: Collection[str]

    def nullish(self, value: object) -> bool:
        return nullish(value, self.words)

    def real(self, values: list[object]) -> list[object]:
        return real(values, self.words)

    def values(self, built: list[Any], table_name: str, name: str) -> list[object]:
        """The real values of column ``name`` of the built table ``table_name``."""
        return self.real(column(built, table_name, name).values)
