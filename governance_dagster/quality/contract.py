"""The contract of a synthetic table: great-expectations expectations derived from the real table's profile, plus
the leakage check results as expectations over their counts, validated against the synthetic table and rendered
as a Data Docs site.

The profile is made of SQL aggregates computed inside the real database: row and null counts of every column;
minimum, maximum and the category domain only of columns that hold no personal data per the classification. So no
value of a personal-data column reaches Python, the suite, the report or the Data Docs page.

great-expectations is imported on first validation only (it takes seconds), runs in an ephemeral context with
analytics off and writes only under the Data Docs directory it is given.

Example:
    >>> profile = TableProfile("main.people", 100, (
    ...     ColumnProfile("age", "BIGINT", Kind.NONE, 0.0, minimum=18, maximum=90),
    ...     ColumnProfile("email", "VARCHAR", Kind.EMAIL, 0.02),
    ...     ColumnProfile("tier", "VARCHAR", Kind.NONE, 0.0, categories=("gold", "silver"))))
    >>> [(e.type, e.kwargs.get("column")) for e in contract_expectations(profile) if e.aspect != "type"]
    ... # doctest: +NORMALIZE_WHITESPACE
    [('expect_table_row_count_to_be_between', None),
     ('expect_column_to_exist', 'age'), ('expect_column_proportion_of_non_null_values_to_be_between', 'age'),
     ('expect_column_values_to_be_between', 'age'),
     ('expect_column_to_exist', 'email'), ('expect_column_proportion_of_non_null_values_to_be_between', 'email'),
     ('expect_column_to_exist', 'tier'), ('expect_column_proportion_of_non_null_values_to_be_between', 'tier'),
     ('expect_column_values_to_be_in_set', 'tier')]
"""

from __future__ import annotations

import json
import math
import numbers
import os
import re
import time
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal

import pandas as pd

from governance_dagster.errors import ContractError
from governance_dagster.extras import require
from governance_dagster.kinds import Kind
from governance_dagster.policy.models import ContractPolicy
from governance_dagster.sql.dialect import ident, refuse_spark
from governance_dagster.store.database import quote_table

if TYPE_CHECKING:
    from governance_dagster.governed.connection import GovernedConnection
    from governance_dagster.leakage.identifiers import ReplayReport
    from governance_dagster.leakage.records import CopiedReport

Family = Literal["integer", "number", "text", "datetime", "boolean", "other"]
Aspect = Literal["rows", "schema", "type", "nulls", "range", "categories", "leakage"]

#: Column names that are keys of a row rather than facts about it: no range, since synthesizers draw fresh keys.
KEY_COLUMN = re.compile(r"(^|_)(id|key|uuid|pk)$", re.IGNORECASE)

_FAMILY_PATTERNS: tuple[tuple[re.Pattern[str], Family], ...] = (
    (re.compile(r"^bool"), "boolean"),
    (re.compile(r"^(timestamp|datetime|date)(?![a-z])"), "datetime"),
    (re.compile(r"^(u?(tiny|small|big|huge)?int(eger)?\d*|(small|big)?serial)\b"), "integer"),
    (re.compile(r"^(double|float|real|decimal|numeric)"), "number"),
    (re.compile(r"^(varchar|char|character|text|string|uuid|bpchar|name)\b"), "text"),
)
_NUMERIC_DTYPES = [
    *(f"{p}int{b}" for p in ("", "u") for b in (8, 16, 32, 64)), *(f"Int{b}" for b in (8, 16, 32, 64)),
    "float16", "float32", "float64", "Float32", "Float64",
]
#: pandas dtype names (and, for object columns, Python type names) each family accepts.
DTYPES: dict[Family, list[str]] = {
    # integers become floats in pandas when a column holds nulls
    "integer": _NUMERIC_DTYPES,
    "number": _NUMERIC_DTYPES,
    "text": ["object", "str", "string"],
    "datetime": ["datetime64", *(f"datetime64[{u}]" for u in ("s", "ms", "us", "ns")), "Timestamp", "date", "datetime"],
    "boolean": ["bool", "boolean"],
}
#: Fields of a great-expectations result that are counts or shares; nothing else reaches a report.
_COUNT_FIELDS = ("element_count", "unexpected_count", "unexpected_percent", "missing_count", "missing_percent")
#: Aspects whose expectations observe a share or a count, never a value of the table.
_OBSERVED_IS_COUNT = {"rows", "nulls", "leakage"}
#: ``result_format`` that keeps counts and drops every list of unexpected values.
RESULT_FORMAT = {"result_format": "SUMMARY", "partial_unexpected_count": 0, "include_unexpected_rows": False,
                 "return_unexpected_index_query": False}


def family_of(sql_type: str) -> Family:
    """The type family of a SQL column type, in DuckDB's or PostgreSQL's spelling.

    Example:
        >>> [family_of(t) for t in ("BIGINT", "double precision", "DECIMAL(10,2)", "character varying", "DATE",
        ...                         "timestamp without time zone", "BOOLEAN", "INTERVAL", "BLOB")]
        ['integer', 'number', 'number', 'text', 'datetime', 'datetime', 'boolean', 'other', 'other']
    """
    lowered = sql_type.strip().lower()
    return next((family for pattern, family in _FAMILY_PATTERNS if pattern.search(lowered)), "other")


@dataclass(frozen=True)
class ColumnProfile:
    """What the contract knows of one real column: aggregates only, and values only of non-personal columns."""

    name: str
    sql_type: str
    kind: Kind
    null_share: float
    minimum: float | None = None
    maximum: float | None = None
    categories: tuple[str, ...] | None = None
    #: the policy masks the column (an operator other than ``keep``) although its kind is ``none``
    masked: bool = False

    @property
    def sensitive(self) -> bool:
        """Whether the classification gives the column a personal-data kind, or the policy masks it anyway."""
        return self.kind is not Kind.NONE or self.masked

    @property
    def family(self) -> Family:
        return family_of(self.sql_type)


@dataclass(frozen=True)
class TableProfile:
    """The profile of a real table the contract is derived from."""

    table: str
    rows: int
    columns: tuple[ColumnProfile, ...]


@dataclass(frozen=True)
class ExpectationSpec:
    """One expectation, independent of great-expectations: its snake_case type and keyword arguments."""

    type: str
    kwargs: dict[str, Any]
    aspect: Aspect

    @property
    def column(self) -> str | None:
        return self.kwargs.get("column")


@dataclass(frozen=True)
class ExpectationOutcome:
    """The result of one expectation: counts and shares only."""

    expectation: str
    column: str | None
    aspect: str
    success: bool
    counts: dict[str, Any] = field(default_factory=dict)


@dataclass
class ContractReport:
    """The contract's result for one synthetic table."""

    suite_name: str
    real_table: str
    success: bool
    outcomes: list[ExpectationOutcome]
    docs_index: Path
    suite_path: Path
    seconds: float

    @property
    def evaluated(self) -> int:
        return len(self.outcomes)

    @property
    def successful(self) -> int:
        return sum(o.success for o in self.outcomes)

    @property
    def failed(self) -> list[ExpectationOutcome]:
        return [o for o in self.outcomes if not o.success]

    def summary(self) -> str:
        """One line: how many expectations hold, and which fail."""
        head = f"{self.suite_name}: {self.successful} of {self.evaluated} expectations derived from {self.real_table} hold"
        if not self.failed:
            return head
        names = ", ".join(f"{o.expectation}({o.column})" if o.column else o.expectation for o in self.failed[:8])
        more = f" and {len(self.failed) - 8} more" if len(self.failed) > 8 else ""
        return f"{head}; failing: {names}{more}"

    def as_dict(self) -> dict[str, Any]:
        return {"suite": self.suite_name, "real_table": self.real_table, "success": self.success,
                "evaluated": self.evaluated, "successful": self.successful, "seconds": round(self.seconds, 3),
                "docs_index": str(self.docs_index),
                "expectations": [{"expectation": o.expectation, "column": o.column, "aspect": o.aspect,
                                  "success": o.success, **o.counts} for o in self.outcomes]}


# -- the profile, from SQL aggregates ----------------------------------------------------------------------------


def _split(table: str, default_schema: str) -> tuple[str, str]:
    db, _, name = table.rpartition(".")
    return db or default_schema, name


def profile_table(real: GovernedConnection, table: str, settings: ContractPolicy | None = None) -> TableProfile:
    """Profile ``schema.table`` with SQL aggregates inside its database (recorded as a ``profile`` audit event).

    Every column gets its null share; only columns the classification finds no personal data in, and the policy
    does not mask (operator ``keep``), get a minimum and maximum (numbers, keys left out) or a category domain
    (text with at most ``max_categories`` distinct values).

    Args:
        real: a :class:`~governance_dagster.governed.connection.GovernedConnection` to the real data.
        table: ``schema.table`` (or a table of the default schema).
        settings: the contract settings; default: the connection's policy's.

    Raises:
        ContractError: the table does not exist.
    """
    refuse_spark("contract profile", real)
    settings = settings or real.policy.contract
    db, name = _split(table, real.database.default_schema)
    types = real.schema().get(db, {}).get(name)
    if not types:
        raise ContractError(f"table {db}.{name} is not in {real.database_id}; pass the real table as schema.table")
    kinds = {c: r.kind for c, r in real.classify(f"{db}.{name}").items()}
    # a column the policy masks is never profiled for values, whatever its kind: a rule such as
    # {column: diagnosis, kind: none, operator: redact} masks it in every read, so its range or domain may not
    # reach the contract, Dagster's metadata or the Data Docs either
    masked = {c for c, k in kinds.items()
              if real.policy.operator_for(f"{db}.{name}", c, k).operator != "keep"}
    dialect = real.database.dialect
    double = "DOUBLE PRECISION" if dialect == "postgres" else "DOUBLE"
    select, ranged, counted = ["count(*) AS n_rows"], [], []
    for i, (column, sql_type) in enumerate(types.items()):
        select.append(f"count({ident(column)}) AS nn_{i}")
        if kinds.get(column, Kind.NONE) is not Kind.NONE or column in masked:
            continue
        family = family_of(sql_type)
        if family in ("integer", "number") and not KEY_COLUMN.search(column):
            select += [f"min(CAST({ident(column)} AS {double})) AS min_{i}",
                       f"max(CAST({ident(column)} AS {double})) AS max_{i}"]
            ranged.append(column)
        elif family == "text":
            select.append(f"count(DISTINCT {ident(column)}) AS d_{i}")
            counted.append(column)
    source = quote_table(db, name, dialect)
    row = real.aggregate(f"SELECT {', '.join(select)} FROM {source}").iloc[0]
    rows = int(row["n_rows"])
    columns = []
    for i, (column, sql_type) in enumerate(types.items()):
        kind = kinds.get(column, Kind.NONE)
        null_share = round(1 - int(row[f"nn_{i}"]) / rows, 6) if rows else 0.0
        minimum = maximum = None
        categories = None
        if column in ranged and not pd.isna(row[f"min_{i}"]):
            minimum, maximum = float(row[f"min_{i}"]), float(row[f"max_{i}"])
        if column in counted and 0 < int(row[f"d_{i}"]) <= settings.max_categories:
            found = real.aggregate(
                f"SELECT DISTINCT {ident(column)} AS v FROM {source} WHERE {ident(column)} IS NOT NULL "
                f"ORDER BY 1 LIMIT {settings.max_categories + 1}")
            categories = tuple(str(v) for v in found["v"])
        columns.append(ColumnProfile(column, sql_type, kind, null_share, minimum, maximum, categories,
                                     masked=column in masked))
    real.record("profile", {
        "table": f"{db}.{name}", "reason": "contract of a synthetic table", "rows": rows,
        "released": "row and null counts; ranges and category domains of columns holding no personal data",
        "ranges": sorted(ranged), "category_domains": sorted(c.name for c in columns if c.categories is not None),
    })
    return TableProfile(f"{db}.{name}", rows, tuple(columns))


# -- expectations ------------------------------------------------------------------------------------------------


def _bounds(column: ColumnProfile, margin: float) -> tuple[float, float]:
    low, high = float(column.minimum), float(column.maximum)  # type: ignore[arg-type]
    pad = margin * (high - low) if high > low else margin * max(abs(high), 1.0)
    low, high = low - pad, high + pad
    if column.family == "integer":
        return float(math.floor(low)), float(math.ceil(high))
    return math.floor(low * 1e6) / 1e6, math.ceil(high * 1e6) / 1e6


def contract_expectations(profile: TableProfile, settings: ContractPolicy | None = None) -> list[ExpectationSpec]:
    """The expectations a synthetic table of ``profile``'s real table must meet.

    Every column: it exists, its type family, its null share within ``null_tolerance``. Columns holding no
    personal data also: numbers within the real range widened by ``range_margin`` (keys left out); text within
    the real category domain when it is small. A personal-data column never contributes a value.
    """
    settings = settings or ContractPolicy()
    specs = [ExpectationSpec("expect_table_row_count_to_be_between", {"min_value": 1}, "rows")]
    for column in profile.columns:
        name = column.name
        specs.append(ExpectationSpec("expect_column_to_exist", {"column": name}, "schema"))
        if column.family in DTYPES:
            specs.append(ExpectationSpec("expect_column_values_to_be_in_type_list",
                                         {"column": name, "type_list": DTYPES[column.family]}, "type"))
        present = 1 - column.null_share
        specs.append(ExpectationSpec(
            "expect_column_proportion_of_non_null_values_to_be_between",
            {"column": name, "min_value": round(max(0.0, present - settings.null_tolerance), 6),
             "max_value": round(min(1.0, present + settings.null_tolerance), 6)}, "nulls"))
        if column.sensitive:
            continue
        if column.minimum is not None and column.maximum is not None:
            low, high = _bounds(column, settings.range_margin)
            specs.append(ExpectationSpec("expect_column_values_to_be_between",
                                         {"column": name, "min_value": low, "max_value": high}, "range"))
        if column.categories is not None:
            specs.append(ExpectationSpec("expect_column_values_to_be_in_set",
                                         {"column": name, "value_set": list(column.categories)}, "categories"))
    return specs


def leakage_expectations(replay: ReplayReport | None = None, copied: CopiedReport | None = None) -> tuple[pd.DataFrame, list[ExpectationSpec]]:
    """The leakage check results as a one-row table of counts and the expectations over it.

    Args:
        replay: a :class:`~governance_dagster.leakage.identifiers.ReplayReport`.
        copied: a :class:`~governance_dagster.leakage.records.CopiedReport`.

    Example:
        >>> from governance_dagster.leakage.identifiers import ReplayReport
        >>> counts, specs = leakage_expectations(ReplayReport("main.t", "s.t", {}))
        >>> counts.to_dict("records"), specs[0].kwargs
        ([{'replayed_identifier_values': 0}], {'column': 'replayed_identifier_values', 'max_value': 0})
    """
    counts: dict[str, float] = {}
    specs = []
    if replay is not None:
        counts["replayed_identifier_values"] = replay.replayed_values
        specs.append(ExpectationSpec("expect_column_max_to_be_between",
                                     {"column": "replayed_identifier_values", "max_value": replay.max_replayed_values},
                                     "leakage"))
    if copied is not None:
        allowed = max(copied.max_share, copied.holdout_share or 0.0)
        counts["copied_records_share"] = copied.share
        specs.append(ExpectationSpec("expect_column_max_to_be_between",
                                     {"column": "copied_records_share", "max_value": allowed}, "leakage"))
    return pd.DataFrame([counts]) if counts else pd.DataFrame(), specs


# -- validation with great-expectations ----------------------------------------------------------------------------


def default_docs_dir(database_url: str | None = None, *, environ: Mapping[str, str] = os.environ) -> Path:
    """Where Data Docs go by default: ``$DAGSTER_HOME/gx_data_docs``, else ``gx_data_docs`` beside a DuckDB file.

    Raises:
        ContractError: neither is available.

    Example:
        >>> default_docs_dir("duckdb:////srv/data/warehouse.duckdb", environ={}).as_posix()
        '/srv/data/gx_data_docs'
        >>> default_docs_dir(environ={"DAGSTER_HOME": "/opt/dagster"}).as_posix()
        '/opt/dagster/gx_data_docs'
    """
    home = environ.get("DAGSTER_HOME")
    if home:
        return Path(home) / "gx_data_docs"
    if database_url and database_url.startswith("duckdb:///") and not database_url.endswith(":memory:"):
        return Path(database_url.removeprefix("duckdb:///")).parent / "gx_data_docs"
    raise ContractError("no directory for the contract's Data Docs: set DAGSTER_HOME or pass docs_dir")


def _gx() -> Any:
    """great-expectations, imported on first use with its analytics off."""
    os.environ["GX_ANALYTICS_ENABLED"] = "false"
    return require("great_expectations", "contract")


#: The module of the Data Docs views the contract's site renders with.
_VIEWS = "governance_dagster.quality.data_docs"


def _context(gx: Any, site: Path) -> Any:
    from great_expectations.data_context.types.base import (
        DataContextConfig,
        InMemoryStoreBackendDefaults,
        ProgressBarsConfig,
    )

    config = DataContextConfig(
        store_backend_defaults=InMemoryStoreBackendDefaults(init_temp_docs_sites=False),
        analytics_enabled=False,
        progress_bars=ProgressBarsConfig(globally=False),
        data_docs_sites={"contract": {
            "class_name": "SiteBuilder", "show_how_to_buttons": False,
            "store_backend": {"class_name": "TupleFilesystemStoreBackend", "base_directory": str(site)},
            # great-expectations' own views, with their templates compiled once per process
            "site_index_builder": {"class_name": "DefaultSiteIndexBuilder",
                                   "view": {"module_name": _VIEWS, "class_name": "CachedJinjaIndexPageView"}},
            "site_section_builders": {
                section: {"view": {"module_name": _VIEWS, "class_name": "CachedJinjaPageView"}}
                for section in ("expectations", "validations", "profiling")},
        }},
    )
    return gx.get_context(project_config=config, mode="ephemeral")


def _suite(gx: Any, name: str, specs: list[ExpectationSpec]) -> Any:
    expectations = []
    for index, spec in enumerate(specs):
        cls = getattr(gx.expectations, "".join(part.title() for part in spec.type.split("_")))
        expectations.append(cls(**spec.kwargs, meta={"aspect": spec.aspect, "contract_index": index}))
    return gx.ExpectationSuite(name=name, expectations=expectations)


def _number(value: Any) -> int | float | None:
    if isinstance(value, bool) or not isinstance(value, numbers.Real):
        return None
    return int(value) if isinstance(value, numbers.Integral) else round(float(value), 6)


def _counts(spec: ExpectationSpec, result: Any) -> dict[str, Any]:
    raw = result.result or {}
    counts: dict[str, Any] = {k: n for k in _COUNT_FIELDS if (n := _number(raw.get(k))) is not None}
    observed = raw.get("observed_value")
    if spec.aspect in _OBSERVED_IS_COUNT and _number(observed) is not None:
        counts["observed"] = _number(observed)
    elif spec.aspect == "type" and isinstance(observed, str):
        counts["observed_dtype"] = observed
    if (result.exception_info or {}).get("raised_exception"):
        counts["raised_exception"] = True
    return counts


def validate_contract(
    frame: pd.DataFrame,
    profile: TableProfile,
    *,
    suite_name: str,
    docs_dir: str | Path,
    settings: ContractPolicy | None = None,
    replay: ReplayReport | None = None,
    copied: CopiedReport | None = None,
) -> ContractReport:
    """Validate a synthetic table against the contract derived from ``profile`` and render its Data Docs.

    Args:
        frame: the synthetic table.
        profile: the real table's profile (:func:`profile_table`).
        suite_name: names the suite and the Data Docs site, ``docs_dir/suite_name/index.html``.
        docs_dir: the only directory great-expectations writes to.
        settings: tolerances; default: :class:`~governance_dagster.policy.models.ContractPolicy`'s defaults.
        replay: an identifier-replay report, expressed as an expectation over its count.
        copied: a copied-records report, expressed as an expectation over its share.

    Raises:
        ContractError: the suite name is not a plain name, or great-expectations failed.
    """
    if not re.fullmatch(r"[A-Za-z0-9_.-]+", suite_name):
        raise ContractError(f"suite name {suite_name!r} may hold only letters, digits, '_', '.', '-'; rename it")
    started = time.perf_counter()
    specs = contract_expectations(profile, settings)
    counts, leak_specs = leakage_expectations(replay, copied)
    site = Path(docs_dir) / suite_name
    site.mkdir(parents=True, exist_ok=True)
    gx = _gx()
    try:
        context = _context(gx, site)
        source = context.data_sources.add_pandas("synthetic")
        batches = [(suite_name, specs, frame, "synthetic_table")]
        if leak_specs:
            batches.append((f"{suite_name}.leakage", leak_specs, counts, "leakage_counts"))
        results, suites = [], []
        for name, suite_specs, data, asset in batches:
            suite = context.suites.add(_suite(gx, name, suite_specs))
            suites.append(suite)
            batch = source.add_dataframe_asset(asset).add_batch_definition_whole_dataframe("whole")
            definition = context.validation_definitions.add(gx.ValidationDefinition(name=name, data=batch, suite=suite))
            results.append(definition.run(batch_parameters={"dataframe": data}, result_format=RESULT_FORMAT))
        context.build_data_docs()
    except Exception as exc:  # noqa: BLE001 - great-expectations raises many types; the type names the problem
        raise ContractError(f"great-expectations failed to validate {suite_name}: {type(exc).__name__}; "
                            "check that the synthetic table is a pandas DataFrame") from None
    outcomes = []
    for result, (_name, suite_specs, _data, _asset) in zip(results, batches, strict=True):
        # great-expectations returns results in its own order; each carries the index it was given
        by_index = {item.expectation_config.meta["contract_index"]: item for item in result.results}
        outcomes += [ExpectationOutcome(spec.type, spec.column, spec.aspect, bool(by_index[i].success),
                                        _counts(spec, by_index[i])) for i, spec in enumerate(suite_specs)]
    suite_path = site / "suite.json"
    suite_path.write_text(json.dumps(suites[0].to_json_dict(), indent=2, default=str))
    return ContractReport(suite_name, profile.table, all(o.success for o in outcomes), outcomes,
                          site / "index.html", suite_path, time.perf_counter() - started)


def check_contract(
    real: GovernedConnection,
    real_table: str,
    frame: pd.DataFrame,
    *,
    suite_name: str | None = None,
    docs_dir: str | Path | None = None,
    replay: ReplayReport | None = None,
    copied: CopiedReport | None = None,
) -> ContractReport:
    """Derive the contract from ``real_table`` (through the governed connection ``real``) and validate ``frame``.

    Settings come from the policy's ``contract`` section; ``docs_dir`` defaults to :func:`default_docs_dir`.
    """
    profile = profile_table(real, real_table)
    name = suite_name or "contract_" + re.sub(r"[^A-Za-z0-9_]+", "_", profile.table)
    target = Path(docs_dir) if docs_dir else default_docs_dir(real.database.url)
    return validate_contract(frame, profile, suite_name=name, docs_dir=target, settings=real.policy.contract,
                             replay=replay, copied=copied)
