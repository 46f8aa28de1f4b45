"""Closeness: the distance from each synthetic row to its closest real row (DCR), and whether synthetic rows sit
closer to the training rows than to a holdout the synthesizer never saw.

The distance is Gower's, as SDMetrics uses it: per column, numbers and dates differ by ``|a - b| / range`` (the
range of the real column), categories by 0 (equal) or 1 (different); the row distance is the mean over the
compared columns, so 0 means a copy and 1 means different everywhere. Key and identifier columns are left out
(identifier replay covers them), and so is free text.

A sample of synthetic rows (the policy's ``closeness_sample_rows``, 50,000 by default) is compared with every
real row. The search is exact: real rows are grouped by their categories, each group gets a KD-tree
(scikit-learn) on its numbers, and a synthetic row visits other groups only while a group's category mismatches
alone could still beat the best distance found. Categories reach Python as keyed digest codes computed inside the
database; the report holds counts, shares and distance quantiles, never a value.

Example:
    >>> import numpy as np
    >>> reference = Encoded(np.array([[0.0], [0.5]]), np.array([[1], [2]]))
    >>> queries = Encoded(np.array([[0.0], [0.4]]), np.array([[1], [1]]))
    >>> (closest_distances(reference, queries) / 2).round(3).tolist()
    [0.0, 0.2]
"""

from __future__ import annotations

import warnings
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Literal

import numpy as np
import pandas as pd

from governance_dagster.errors import LeakageError
from governance_dagster.kinds import Kind
from governance_dagster.leakage.records import _KEY, _NUMERIC
from governance_dagster.sql.dialect import ident, keyed_digest_sql, text_type

if TYPE_CHECKING:
    from governance_dagster.governed.connection import GovernedConnection

ColumnRole = Literal["number", "date", "category"]

_DATES = ("date", "timestamp")
_SEED = 42
#: Groups at most this large are searched by brute force instead of a KD-tree.
_BRUTE_ROWS = 48
#: Code given to a missing category (digests are 60-bit, so it never collides with one).
_NULL_CODE = -1
QUANTILES = (0.0, 0.01, 0.05, 0.25, 0.5, 0.75)


@dataclass(frozen=True)
class Encoded:
    """Rows as the search sees them: numbers already scaled to the real range, categories as integer codes."""

    numbers: np.ndarray
    categories: np.ndarray

    def __len__(self) -> int:
        return int(self.numbers.shape[0])


def _group_ids(codes: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Distinct category tuples and, per row, the index of its tuple."""
    if codes.shape[1] == 0:
        return np.zeros((1, 0), dtype=np.int64), np.zeros(len(codes), dtype=np.int64)
    tuples, inverse = np.unique(codes, axis=0, return_inverse=True)
    return tuples, inverse.reshape(-1)


class _Group:
    """The real rows sharing one category tuple, searchable by their numbers (L1)."""

    def __init__(self, numbers: np.ndarray) -> None:
        self.numbers = numbers
        self.tree = None
        if numbers.shape[1] and len(numbers) > _BRUTE_ROWS:
            from sklearn.neighbors import KDTree

            self.tree = KDTree(numbers, leaf_size=32, metric="manhattan")

    def nearest(self, queries: np.ndarray) -> np.ndarray:
        if queries.shape[1] == 0:
            return np.zeros(len(queries))
        if self.tree is not None:
            return self.tree.query(queries, k=1, return_distance=True, dualtree=len(queries) > 2000)[0][:, 0]
        out = np.empty(len(queries))
        step = max(1, 2_000_000 // max(1, self.numbers.size))
        for start in range(0, len(queries), step):
            block = queries[start:start + step]
            out[start:start + step] = np.abs(block[:, None, :] - self.numbers[None, :, :]).sum(-1).min(1)
        return out


def closest_distances(reference: Encoded, queries: Encoded) -> np.ndarray:
    """For each query row, the smallest sum of per-column distances to a reference row (exact).

    Divide by the number of compared columns for Gower's mean distance.
    """
    if len(reference) == 0:
        raise LeakageError("the real table has no rows to compare synthetic rows with; load it first")
    if len(queries) == 0:  # an empty synthetic table: no distance to measure
        return np.empty(0)
    ref_tuples, ref_group = _group_ids(reference.categories)
    query_tuples, query_group = _group_ids(queries.categories)
    order = np.argsort(ref_group, kind="stable")
    bounds = np.searchsorted(ref_group[order], np.arange(len(ref_tuples) + 1))
    groups: dict[int, _Group] = {}

    def group(g: int) -> _Group:
        if g not in groups:
            groups[g] = _Group(reference.numbers[order[bounds[g]:bounds[g + 1]]])
        return groups[g]

    best = np.full(len(queries), np.inf)
    query_order = np.argsort(query_group, kind="stable")
    members = np.split(query_order, np.searchsorted(query_group[query_order], np.arange(1, len(query_tuples))))
    for a, rows in enumerate(members):
        mismatches = (ref_tuples != query_tuples[a]).sum(axis=1)
        # visit groups by how many categories differ; stop once that count alone cannot beat the best distance
        for m in np.unique(mismatches):
            rows = rows[best[rows] > m]
            if not len(rows):
                break
            for g in np.flatnonzero(mismatches == m):
                found = group(int(g)).nearest(queries.numbers[rows]) + m
                best[rows] = np.minimum(best[rows], found)
    return best


@dataclass
class ClosenessReport:
    """Distances from sampled synthetic rows to their closest real row, as counts, shares and quantiles."""

    real_table: str
    synthetic_table: str
    columns: dict[str, ColumnRole]
    left_out: dict[str, str]
    synthetic_rows: int
    sampled_rows: int
    reference_rows: int
    quantiles: dict[str, float]
    zero_rows: int
    tolerance: float
    max_zero_share: float
    max_closer_to_training_share: float
    severity: Literal["warn", "error"] = "warn"
    holdout_table: str | None = None
    holdout_rows: int | None = None
    holdout_zero_share: float | None = None
    closer_to_training_share: float | None = None
    compared_training_rows: int | None = None
    seconds: dict[str, float] = field(default_factory=dict)

    @property
    def zero_share(self) -> float:
        return round(self.zero_rows / self.sampled_rows, 6) if self.sampled_rows else 0.0

    @property
    def zero_passed(self) -> bool:
        """At most ``max_zero_share`` of sampled rows at distance 0, or no more than sit at 0 from the holdout."""
        return self.zero_share <= self.max_zero_share or (
            self.holdout_zero_share is not None and self.zero_share <= self.holdout_zero_share)

    @property
    def holdout_passed(self) -> bool:
        return self.closer_to_training_share is None or \
            self.closer_to_training_share <= self.max_closer_to_training_share

    @property
    def passed(self) -> bool:
        return self.zero_passed and self.holdout_passed

    def summary(self) -> str:
        text = (f"{self.synthetic_table}: {self.zero_rows} of {self.sampled_rows} sampled rows ({self.zero_share:.2%}) "
                f"at distance 0 from a row of {self.real_table} on {len(self.columns)} columns "
                f"(allowed {self.max_zero_share:.2%}); median distance {self.quantiles.get('p50', 0.0):.4f}")
        if self.closer_to_training_share is not None:
            text += (f"; {self.closer_to_training_share:.1%} closer to training rows than to holdout rows "
                     f"(allowed {self.max_closer_to_training_share:.0%})")
        return text

    def as_dict(self) -> dict[str, Any]:
        return {"passed": self.passed, "severity": self.severity, "real_table": self.real_table,
                "synthetic_table": self.synthetic_table, "columns": self.columns, "left_out": self.left_out,
                "synthetic_rows": self.synthetic_rows, "sampled_rows": self.sampled_rows,
                "reference_rows": self.reference_rows, "dcr_quantiles": self.quantiles, "zero_rows": self.zero_rows,
                "zero_share": self.zero_share, "tolerance": self.tolerance, "max_zero_share": self.max_zero_share,
                "holdout_table": self.holdout_table, "holdout_rows": self.holdout_rows,
                "holdout_zero_share": self.holdout_zero_share,
                "closer_to_training_share": self.closer_to_training_share,
                "compared_training_rows": self.compared_training_rows,
                "max_closer_to_training_share": self.max_closer_to_training_share, "seconds": self.seconds}


# -- reading rows from the databases -------------------------------------------------------------------------------


def _role(dtype: str) -> ColumnRole | None:
    lowered = dtype.lower()
    if any(t in lowered for t in ("interval", "point", "[]", "struct", "map")):
        return None
    if any(t in lowered for t in _DATES):
        return "date"
    if any(t in lowered for t in _NUMERIC):
        return "number"
    if any(t in lowered for t in ("char", "text", "string", "bool", "enum", "uuid")):
        return "category"
    return None


def _text_sql(column: str, dialect: str) -> str:
    return f"lower(trim(CAST({column} AS {text_type(dialect)})))"


def _code_sql(value: str, dialect: str, secret: str) -> str:
    """A 60-bit keyed digest of a normalized category, as a BIGINT, computed in the database."""
    digest = keyed_digest_sql(value, dialect, secret)
    if dialect == "duckdb":
        return f"CAST('0x' || left({digest}, 15) AS BIGINT)"
    if dialect == "spark":
        return f"CAST(conv(left({digest}, 15), 16, 10) AS BIGINT)"
    return f"CAST(CAST('x' || left({digest}, 15) AS BIT(60)) AS BIGINT)"


def rows_sql(schema: str, table: str, columns: dict[str, ColumnRole], dialect: str, secret: str,
             sample: int | None = None, total: int = 0) -> str:
    """SQL returning one row per (sampled) table row: numbers and dates as doubles, categories as digest codes.

    Each category's digest is computed once per distinct value and joined back, so rows are never hashed one by one.
    Spark samples by a seeded random order (a top-k per partition, as the classification sample does): every read
    of the sample draws the same rows, so its levels and rows come from the one same sample too (Spark has no
    MATERIALIZED). Its dates count seconds in the session's time zone (UTC in a session this package starts).
    """
    if dialect not in ("duckdb", "postgres", "spark"):
        raise LeakageError(f"closeness is not available for dialect {dialect!r}; use duckdb, postgres or spark")
    name = f"{ident(schema, dialect)}.{ident(table, dialect)}"
    source = f"(SELECT * FROM {name})"
    if sample is not None and dialect == "duckdb":
        source = f"(SELECT * FROM {name} USING SAMPLE reservoir({int(sample)} ROWS) REPEATABLE ({_SEED}))"
    elif sample is not None and dialect == "spark":
        source = f"(SELECT * FROM {name} ORDER BY rand({_SEED}) LIMIT {int(sample)})"
    elif sample is not None:
        percent = min(100.0, 100.0 * sample * 1.2 / max(total, 1))
        source = (f"(SELECT * FROM {name} TABLESAMPLE BERNOULLI ({percent:.6f}) "
                  f"REPEATABLE ({_SEED}) LIMIT {int(sample)})")
    double = "DOUBLE PRECISION" if dialect == "postgres" else "DOUBLE"
    # materialized, so the category levels and the rows come from the one same sample
    ctes, joins, selects = [f"src AS {'' if dialect == 'spark' else 'MATERIALIZED '}{source}"], [], []
    for k, (column, role) in enumerate(columns.items()):
        col = f"src.{ident(column, dialect)}"
        if role == "number":
            selects.append(f"CAST({col} AS {double}) AS c{k}")
        elif role == "date":
            epoch = {"duckdb": f"epoch(CAST({col} AS TIMESTAMP))",
                     "spark": f"CAST(unix_micros(CAST({col} AS TIMESTAMP)) AS DOUBLE) / 1000000.0"}.get(
                dialect, f"extract(epoch FROM {col})")
            selects.append(f"CAST({epoch} AS {double}) AS c{k}")
        else:
            ctes.append(f"l{k} AS (SELECT v, {_code_sql('v', dialect, secret)} AS h FROM "
                        f"(SELECT DISTINCT {_text_sql(ident(column, dialect), dialect)} AS v FROM src) d "
                        "WHERE v IS NOT NULL)")
            joins.append(f"LEFT JOIN l{k} ON {_text_sql(col, dialect)} = l{k}.v")
            selects.append(f"l{k}.h AS c{k}")
    return f"WITH {', '.join(ctes)} SELECT {', '.join(selects)} FROM src {' '.join(joins)}"


def _fetch(connection: GovernedConnection, table: tuple[str, str], columns: dict[str, ColumnRole], sample: int | None = None,
           total: int = 0, *, real_for: str | None = None) -> pd.DataFrame:
    """The compared columns' rows (text as keyed codes); ``real_for`` (the synthetic table's name) makes the read
    of a real table an ``unmasked_read`` audit event of the check."""
    sql = rows_sql(*table, columns, connection.database.dialect, connection.secret, sample, total)
    frame = connection.aggregate(sql, table=".".join(table) if real_for else None, columns=list(columns),
                                 released="distances to the closest record only",
                                 reason=f"closeness check of {real_for}")
    frame.columns = list(columns)
    return frame


@dataclass(frozen=True)
class _Scaler:
    """How the real rows set the scale: per number/date column its minimum, range and median."""

    numbers: list[str]
    categories: list[str]
    low: np.ndarray
    span: np.ndarray
    fill: np.ndarray

    @classmethod
    def fit(cls, real: pd.DataFrame, columns: dict[str, ColumnRole]) -> _Scaler:
        numbers = [c for c, r in columns.items() if r != "category"]
        values = real[numbers].to_numpy(dtype=float) if numbers else np.zeros((len(real), 0))
        with np.errstate(all="ignore"), warnings.catch_warnings():
            warnings.simplefilter("ignore", RuntimeWarning)  # all-missing columns: their range is not > 0, left out
            low, high = np.nanmin(values, axis=0), np.nanmax(values, axis=0)
            fill = np.nan_to_num(np.nanmedian(values, axis=0))
        return cls(numbers, [c for c, r in columns.items() if r == "category"], low, high - low, fill)

    def encode(self, frames: list[pd.DataFrame]) -> list[Encoded]:
        """Numbers scaled by the real range, categories as codes (a missing one is its own code). A number missing
        on any side adds a flag column everywhere, compared like a category; the missing number itself takes the
        real median, so a row missing a number sits at least 1 from a row that has it."""
        nullable = np.zeros(len(self.numbers), dtype=bool)
        for frame in frames:
            if self.numbers:
                nullable |= frame[self.numbers].isna().to_numpy().any(axis=0)
        out = []
        for frame in frames:
            values = frame[self.numbers].to_numpy(dtype=float) if self.numbers else np.zeros((len(frame), 0))
            missing = np.isnan(values)
            numbers = np.ascontiguousarray((np.where(missing, self.fill, values) - self.low) / self.span)
            codes = frame[self.categories].fillna(_NULL_CODE).to_numpy(dtype=np.int64) if self.categories \
                else np.zeros((len(frame), 0), dtype=np.int64)
            out.append(Encoded(numbers, np.hstack([codes, missing[:, nullable].astype(np.int64)])))
        return out


def _split(table: str, default: str) -> tuple[str, str]:
    db, _, name = table.rpartition(".")
    return db or default, name


def compared_columns(connection: GovernedConnection, real_table: tuple[str, str], real_columns: dict[str, str],
                     synthetic_columns: dict[str, str], max_levels: int,
                     identifier_kinds: set[Kind]) -> tuple[dict[str, ColumnRole], dict[str, str]]:
    """The columns both tables have that the distance uses, and the reasons the others are left out."""
    kinds = {c: r.kind for c, r in connection.classify(".".join(real_table)).items()}
    columns: dict[str, ColumnRole] = {}
    left_out: dict[str, str] = {}
    for column, dtype in real_columns.items():
        role = _role(dtype)
        if column not in synthetic_columns:
            left_out[column] = "not in the synthetic table"
        elif _KEY.search(column):
            left_out[column] = "key column"
        elif kinds.get(column) in identifier_kinds:
            left_out[column] = f"identifier ({kinds[column].value}); see identifier replay"
        elif kinds.get(column) == Kind.FREE_TEXT:
            left_out[column] = "free text"
        elif role is None:
            left_out[column] = f"type {dtype} is not compared"
        else:
            columns[column] = role
    categories = [c for c, r in columns.items() if r == "category"]
    if categories:
        dialect = connection.database.dialect
        source = f"{ident(real_table[0], dialect)}.{ident(real_table[1], dialect)}"
        counts = connection.aggregate(
            "SELECT " + ", ".join(f"count(DISTINCT {ident(c, dialect)}) AS n{k}" for k, c in enumerate(categories))
            + f" FROM {source}")
        for k, column in enumerate(categories):
            if int(counts[f"n{k}"][0]) > max_levels:
                del columns[column]
                left_out[column] = f"more than {max_levels} distinct values (policy closeness_max_levels)"
    return columns, left_out


def _count(connection: GovernedConnection, table: tuple[str, str]) -> int:
    dialect = connection.database.dialect
    return int(connection.aggregate(
        f"SELECT count(*) AS n FROM {ident(table[0], dialect)}.{ident(table[1], dialect)}")["n"][0])


def _quantiles(distances: np.ndarray) -> dict[str, float]:
    values = np.quantile(distances, QUANTILES) if len(distances) else np.zeros(len(QUANTILES))
    out = {("min" if q == 0 else f"p{round(q * 100):02d}"): round(float(v), 6) for q, v in zip(QUANTILES, values)}
    out["mean"] = round(float(distances.mean()), 6) if len(distances) else 0.0
    return out


def closer_to_training_share(to_training: np.ndarray, to_holdout: np.ndarray, tolerance: float) -> float:
    """Share of rows closer to a training row than to a holdout row; a tie (within ``tolerance``) counts half,
    so a synthesizer that learned only the distribution scores about 0.5 on equal-sized sides.

    Example:
        >>> closer_to_training_share(np.array([0.0, 0.1, 0.3, 0.2]), np.array([0.5, 0.1, 0.2, 0.4]), 1e-9)
        0.625
    """
    if not len(to_training):
        return 0.0
    tie = np.abs(to_training - to_holdout) <= tolerance
    closer = (to_training < to_holdout) & ~tie
    return round(float((closer.sum() + 0.5 * tie.sum()) / len(to_training)), 6)


def closeness(real: GovernedConnection, real_table: str, synthetic: GovernedConnection, synthetic_table: str, *, holdout_table: str | None = None,
              sample_rows: int | None = None) -> ClosenessReport:
    """Distance to the closest real record for a sample of synthetic rows, against every real row.

    Args:
        real: a governed connection to the real data (holding ``real_table`` and ``holdout_table``).
        real_table: ``schema.table`` of the rows the synthesizer was trained on.
        synthetic: a governed connection to where the synthetic table lives (may be the same).
        synthetic_table: ``schema.table`` of the synthetic table.
        holdout_table: real rows the synthesizer did not see; adds the closer-to-training share.
        sample_rows: synthetic rows compared; default: the policy's ``closeness_sample_rows``.

    Raises:
        LeakageError: the tables share no comparable column, or the real table is empty.
    """
    import time

    policy = real.policy.leakage
    started = time.perf_counter()
    rtable = _split(real_table, real.database.default_schema)
    stable = _split(synthetic_table, synthetic.database.default_schema)
    real_columns = real.schema().get(rtable[0], {}).get(rtable[1])
    synthetic_columns = synthetic.schema().get(stable[0], {}).get(stable[1])
    if real_columns is None or synthetic_columns is None:
        missing = real_table if real_columns is None else synthetic_table
        raise LeakageError(f"table {missing} does not exist; check the name and schema")
    columns, left_out = compared_columns(real, rtable, real_columns, synthetic_columns, policy.closeness_max_levels,
                                         set(policy.identifier_kinds))
    if not columns:
        raise LeakageError(f"{synthetic_table} and {real_table} share no column to measure distances on "
                           f"(left out: {', '.join(sorted(left_out)) or 'none'})")
    sample = policy.closeness_sample_rows if sample_rows is None else sample_rows
    total = _count(synthetic, stable)
    synthetic_frame = _fetch(synthetic, stable, columns, sample if total > sample else None, total)
    real_frame = _fetch(real, rtable, columns, real_for=".".join(stable))
    frames = [real_frame, synthetic_frame]
    htable = _split(holdout_table, real.database.default_schema) if holdout_table else None
    if htable:
        frames.append(_fetch(real, htable, columns, real_for=".".join(stable)))
    fetched = time.perf_counter()
    report = measure(frames, columns, left_out, policy)
    report.real_table, report.synthetic_table, report.synthetic_rows = ".".join(rtable), ".".join(stable), total
    report.holdout_table = ".".join(htable) if htable else None
    report.seconds = {"fetch": round(fetched - started, 3), "search": round(time.perf_counter() - fetched, 3)}
    return report


def measure(frames: list[pd.DataFrame], columns: dict[str, ColumnRole], left_out: dict[str, str],
            policy: Any) -> ClosenessReport:
    """The closeness report of in-memory frames: ``[real, synthetic]`` or ``[real, synthetic, holdout]``, numbers
    and dates as floats, categories as integer codes (what :func:`rows_sql` returns); table names left blank.

    Example:
        >>> from governance_dagster.policy.models import LeakagePolicy
        >>> real = pd.DataFrame({"x": [0.0, 10.0, 20.0], "c": [1, 2, 1]})
        >>> syn = pd.DataFrame({"x": [0.0, 15.0], "c": [1, 2]})
        >>> r = measure([real, syn], {"x": "number", "c": "category"}, {}, LeakagePolicy())
        >>> r.zero_rows, r.quantiles["p50"]
        (1, 0.0625)
    """
    columns, left_out = dict(columns), dict(left_out)
    scaler = _Scaler.fit(frames[0], columns)
    for column, span in zip(scaler.numbers, scaler.span):
        if not span > 0:
            del columns[column]
            left_out[column] = "the same in every real row"
    if not columns:
        raise LeakageError("no column left to measure distances on: "
                           + ", ".join(f"{c} ({why})" for c, why in sorted(left_out.items())))
    scaler = _Scaler.fit(frames[0], columns)
    encoded = scaler.encode(frames)
    reference, queries = encoded[0], encoded[1]
    width, tolerance = len(columns), policy.closeness_zero_tolerance
    to_training = closest_distances(reference, queries) / width
    report = ClosenessReport(
        "", "", columns, left_out, len(queries), len(queries), len(reference), _quantiles(to_training),
        int((to_training <= tolerance).sum()), tolerance, policy.max_closeness_zero_share,
        policy.max_closer_to_training_share, policy.severity.closeness)
    if len(encoded) > 2:
        holdout = encoded[2]
        to_holdout = closest_distances(holdout, queries) / width
        # compare equal-sized sides, so that a synthesizer that did not memorize scores about 0.5
        size = min(len(reference), len(holdout))
        to_training_same = to_training if len(reference) == size else closest_distances(_subsample(reference, size), queries) / width
        to_holdout_same = to_holdout if len(holdout) == size else closest_distances(_subsample(holdout, size), queries) / width
        report.holdout_rows = len(holdout)
        report.holdout_zero_share = round(float((to_holdout <= tolerance).mean()), 6) if len(queries) else 0.0
        report.closer_to_training_share = closer_to_training_share(to_training_same, to_holdout_same, tolerance)
        report.compared_training_rows = size
    return report


def _subsample(encoded: Encoded, size: int) -> Encoded:
    pick = np.sort(np.random.default_rng(_SEED).choice(len(encoded), size=size, replace=False))
    return Encoded(encoded.numbers[pick], encoded.categories[pick])
