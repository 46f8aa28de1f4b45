"""Apache Spark as a database of the governed path: ``spark://local[2]`` (a local master), ``spark://host:7077`` (a
standalone cluster master), ``spark://`` (the session the process already has: ``spark-submit``, Databricks, a
``dagster-pyspark`` resource) and ``sc://host:15002`` (Spark Connect).

The governed path parses, decides and rewrites with sqlglot's ``spark`` dialect; Spark runs the masked SQL and
returns the result to pandas through Arrow. One :class:`SparkSession` is shared per process
(``SparkSession.builder.getOrCreate``): a second URL with another master reuses the first session. Spark
configuration is given as query parameters of the URL, the ``spark_config`` entries of ``dagster-pyspark``'s
``PySparkResource``: ``spark://local[2]?spark.sql.shuffle.partitions=2``.

Spark has no multi-statement transactions: a statement or table write is audited *before* it runs (write-ahead),
so nothing runs unaudited; a statement that then fails raises :class:`DatabaseError` after its event is stored.
See docs/spark.md.

Example:
    >>> spark_target("spark://local[2]?spark.sql.shuffle.partitions=2")
    SparkTarget(master='local[2]', remote=None, config=(('spark.sql.shuffle.partitions', '2'),))
    >>> spark_target("sc://spark.internal:15002/;token=abc").remote
    'sc://spark.internal:15002/;token=abc'
    >>> shown_spark_url("sc://spark.internal:15002/;user_id=ann;token=abc")
    'sc://spark.internal:15002/;user_id=ann;token=***'
"""

from __future__ import annotations

import logging
import os
import re
import sys
import threading
from collections.abc import Mapping, Sequence
from contextlib import AbstractContextManager, nullcontext
from dataclasses import dataclass
from typing import Any
from urllib.parse import parse_qsl, urlsplit

import pandas as pd

from governance_dagster.errors import ConfigurationError, DatabaseError, GovernanceError
from governance_dagster.extras import require
from governance_dagster.sql.keys import KEY_RELATION, held_keys, key_rows, referenced_keys
from governance_dagster.sql.phones import SPARK_FUNCTION, phone_e164_batch
from governance_dagster.store.database import (
    BeforeCommit,
    Partition,
    Schema,
    check_frame,
    database_error,
    quote_name,
    quote_table,
)

#: Settings of a session this package creates (a URL's parameters override them): timestamps read and written in
#: UTC whatever the machine's zone, and results converted to pandas through Arrow.
DEFAULT_CONFIG = {
    "spark.sql.session.timeZone": "UTC",
    "spark.sql.execution.arrow.pyspark.enabled": "true",
    "spark.sql.execution.arrow.pyspark.fallback.enabled": "false",
}
_TOKEN = re.compile(r"(;\s*token\s*=)[^;]*", re.IGNORECASE)
_LOCK = threading.Lock()


@dataclass(frozen=True)
class SparkTarget:
    """Where a Spark URL points: a ``master`` (``None``: the session the process already has) or a Spark Connect
    ``remote``, and the configuration entries of its query string."""

    master: str | None
    remote: str | None
    config: tuple[tuple[str, str], ...] = ()


def spark_target(url: str) -> SparkTarget:
    """Parse a ``spark://`` or ``sc://`` URL.

    ``spark://local``, ``spark://local[N]`` and ``spark://local[*]`` run Spark in this process; ``spark://yarn``
    submits to YARN; ``spark://host:port`` is a standalone master (the URL is Spark's own master URL);
    ``spark://`` uses the active session or the master ``spark-submit`` configured. Query parameters are Spark
    configuration entries and must start with ``spark.``.

    Raises:
        ConfigurationError: another scheme, or a parameter that is not a Spark setting.

    Example:
        >>> spark_target("spark://node-1:7077").master
        'spark://node-1:7077'
        >>> spark_target("spark://local[*]?fetch=10")
        Traceback (most recent call last):
        ...
        governance_dagster.errors.ConfigurationError: Spark URL parameter 'fetch' is not a Spark setting; parameters are Spark configuration entries such as spark.sql.shuffle.partitions=8
    """
    scheme, _, rest = url.partition("://")
    if scheme == "sc":
        return SparkTarget(master=None, remote=url)
    if scheme != "spark":
        raise ConfigurationError(f"a Spark URL starts with spark:// or sc://, not {scheme!r}")
    parts = urlsplit("spark://" + rest.replace("[", "%5B").replace("]", "%5D"))
    config = tuple(parse_qsl(parts.query, keep_blank_values=True))
    for key, _value in config:
        if not key.startswith("spark."):
            raise ConfigurationError(f"Spark URL parameter {key!r} is not a Spark setting; parameters are Spark "
                                     "configuration entries such as spark.sql.shuffle.partitions=8")
    host = parts.netloc.replace("%5B", "[").replace("%5D", "]")
    if not host:
        master = None
    elif host == "yarn" or re.fullmatch(r"local(\[(\d+|\*)(,\s*\d+)?\])?", host):
        master = host
    else:
        master = f"spark://{host}"
    return SparkTarget(master=master, remote=None, config=config)


def spark_url(master: str = "", spark_config: Mapping[str, Any] | None = None) -> str:
    """The ``spark://`` URL for a master and the ``spark_config`` dict of ``dagster-pyspark``'s ``PySparkResource``.

    Args:
        master: ``local[N]``, ``yarn``, ``host:7077`` (a standalone master), or empty for the session the process
            already has.
        spark_config: Spark settings, as ``PySparkResource(spark_config=...)`` takes them.

    Example:
        >>> spark_url("local[4]", {"spark.executor.memory": "4g", "spark.sql.shuffle.partitions": 8})
        'spark://local[4]?spark.executor.memory=4g&spark.sql.shuffle.partitions=8'
    """
    from urllib.parse import urlencode

    query = urlencode({k: str(v) for k, v in (spark_config or {}).items()}, safe="/:")
    url = f"spark://{master.removeprefix('spark://')}"
    spark_target(url + (f"?{query}" if query else ""))  # validates the keys
    return url + (f"?{query}" if query else "")


def shown_spark_url(url: str) -> str:
    """A Spark URL as it may appear in messages and audit events: a Spark Connect ``token`` replaced by ``***``."""
    return _TOKEN.sub(r"\1***", url)


def spark_session(target: SparkTarget) -> Any:
    """The process's :class:`pyspark.sql.SparkSession` for ``target``, created on first use.

    Raises:
        ConfigurationError: pyspark is not installed (the ``spark`` extra), or Spark could not start (no Java).
    """
    require("pyspark", "spark")
    from pyspark.sql import SparkSession

    # pyspark logs every failed statement's error, whose text quotes the offending value (CAST_INVALID_INPUT:
    # "The value 'Alice' ..."), to this logger; the governed path raises a scrubbed DatabaseError instead
    logging.getLogger("SQLQueryContextLogger").setLevel(logging.CRITICAL)

    with _LOCK:
        builder = SparkSession.builder
        if target.remote is not None:
            builder = builder.remote(target.remote)
        elif target.master is not None:
            builder = builder.master(target.master)
        # Spark Connect servers and a session the process already has (spark://) keep their own settings
        if target.remote is None and target.master is not None:
            for key, value in DEFAULT_CONFIG.items():
                builder = builder.config(key, value)
        for key, value in target.config:
            builder = builder.config(key, value)
        try:
            session = builder.getOrCreate()
        except Exception as exc:  # noqa: BLE001 - Java missing, a master that does not answer, ...
            raise ConfigurationError(
                f"Spark did not start ({type(exc).__name__}); check that Java 17 or later is installed (JAVA_HOME) and "
                f"that the master or Spark Connect server answers"
            ) from None
    if _is_local(target.master) and "PYSPARK_PYTHON" not in os.environ:
        # a local master's Python workers (pandas UDFs: the free-text scan) run this interpreter, with its packages,
        # rather than the first python3 on the PATH; a cluster's executors use PYSPARK_PYTHON, as spark-submit sets it
        session.sparkContext.pythonExec = sys.executable
    return session


def _is_local(master: str | None) -> bool:
    return master is not None and re.fullmatch(r"local(\[.*\])?", master) is not None


def _spark_errors() -> tuple[type[BaseException], ...]:
    from pyspark.errors import PySparkException

    errors: list[type[BaseException]] = [PySparkException]
    try:
        from py4j.protocol import Py4JError

        errors.append(Py4JError)
    except ImportError:  # Spark Connect clients have no py4j
        pass
    return tuple(errors)


def _as_duckdb_types(frame: pd.DataFrame) -> pd.DataFrame:
    """Dates (Python ``date`` objects from Arrow) and timestamps as ``datetime64[us]``, as DuckDB returns them, so
    a frame read from Spark and from DuckDB or PostgreSQL has the same column types."""
    import datetime

    for position in range(frame.shape[1]):
        column = frame.iloc[:, position]
        if pd.api.types.is_datetime64_any_dtype(column) and not isinstance(column.dtype, pd.DatetimeTZDtype):
            frame.isetitem(position, column.astype("datetime64[us]"))
        elif column.dtype == object:
            present = column.dropna()
            if len(present) and all(type(v) is datetime.date for v in present):
                frame.isetitem(position, pd.Series(column.to_numpy(dtype="datetime64[us]"), index=frame.index))
    return frame


class SparkDatabase:
    """Spark SQL through one shared :class:`SparkSession`; tables are those of the session's catalog
    (``spark_catalog``: the Hive metastore or Spark's in-memory catalog over ``spark.sql.warehouse.dir``).

    Example (needs pyspark and Java; see docs/spark.md):
        ``SparkDatabase("spark://local[2]").fetch("SELECT 1 AS x")`` returns a one-row frame.
    """

    dialect = "spark"
    default_schema = "default"

    def __init__(self, url: str) -> None:
        self._target = spark_target(url)
        self._url = url
        #: the URL as recorded on events and approvals: a Spark Connect token never appears there
        self.url = shown_spark_url(url)
        self._session: Any = None
        #: the key ids of the session's ``governance_keys`` view, as this database last made it
        self._keys: frozenset[str] = frozenset()
        #: the session this database registered :data:`SPARK_FUNCTION` on
        self._functions_on: Any = None

    @property
    def spark(self) -> Any:
        """The :class:`pyspark.sql.SparkSession` (started on first use); read raw data through it only outside the
        governed path."""
        if self._session is None:
            self._session = spark_session(self._target)
        return self._session

    def session(self) -> AbstractContextManager[None]:
        """The :class:`~governance_dagster.store.database.Database` block in which one statement's reads share a
        connection: Spark's session is shared by the whole process already, so there is nothing to hold."""
        return nullcontext()

    def fetch(self, sql: str) -> pd.DataFrame:
        """Run a query in Spark and return its rows through Arrow (dates and timestamps as ``datetime64[us]``)."""
        session = self.spark
        self._prepare(sql)
        try:
            frame = session.sql(sql).toPandas()
        except _spark_errors() as exc:
            raise database_error("query", exc) from None
        return _as_duckdb_types(frame)

    def dataframe(self, sql: str) -> Any:
        """A :class:`pyspark.sql.DataFrame` over a query. Spark parses and analyzes it now (names and types) and runs
        it only when an action asks (``write``, ``count``, ``collect``): nothing comes to the driver here."""
        session = self.spark
        self._prepare(sql)
        try:
            return session.sql(sql)
        except _spark_errors() as exc:
            raise database_error("query", exc) from None

    def execute(self, sql: str, before_commit: BeforeCommit | None = None) -> int:
        """Run one statement. Spark has no transactions: ``before_commit`` is called first (with -1, the rows are
        not known in advance), so a statement whose audit event cannot be stored never runs."""
        session = self.spark
        self._prepare(sql)
        if before_commit is not None:
            before_commit(-1)
        try:
            session.sql(sql).collect()
        except _spark_errors() as exc:
            raise database_error("statement", exc) from None
        return -1

    def _prepare(self, sql: str) -> None:
        """Load what ``sql`` needs into the session: the hashing keys it reads and the phone function it calls."""
        self._hold_keys(sql)
        if SPARK_FUNCTION in sql and self._functions_on is not self.spark:
            self._register_functions()

    def _register_functions(self) -> None:
        """Register :data:`SPARK_FUNCTION` (:func:`~governance_dagster.sql.phones.phone_e164` in the executors'
        Python workers, as a pandas UDF) on the session. The executors' Python needs governance-dagster."""
        from pyspark.sql import functions as F

        function = F.pandas_udf(_phone_batch, "string")  # type: ignore[call-overload]
        with _LOCK:
            try:
                self.spark.udf.register(SPARK_FUNCTION, function)
            except _spark_errors() as exc:
                raise database_error("registering the phone normalization", exc) from None
        self._functions_on = self.spark

    def _hold_keys(self, sql: str) -> None:
        """Make the session's ``governance_keys`` temporary view hold the keys ``sql`` reads
        (:mod:`governance_dagster.sql.keys`): a view of a DataFrame made from the keys, so no SQL text holds a secret.
        The view is replaced with every key the process holds, so databases sharing the session never drop each
        other's keys; a view dropped by someone else fails the statement (no such table), never a NULL digest."""
        keys = referenced_keys(sql)
        if keys <= self._keys:
            return
        every = held_keys()
        with _LOCK:
            try:
                self.spark.createDataFrame(key_rows(every), "key_id STRING, key_secret STRING") \
                    .createOrReplaceTempView(KEY_RELATION)
            except _spark_errors() as exc:
                raise database_error("loading the hashing key", exc) from None
        self._keys = every

    def write_frame(
        self, schema: str, table: str, frame: pd.DataFrame, before_commit: BeforeCommit | None = None,
        partition: Partition | None = None,
    ) -> None:
        """Replace ``schema.table`` with ``frame`` (``saveAsTable`` in overwrite mode); ``before_commit`` is called
        before anything is written.

        Raises:
            DatabaseError: a partition write (Spark's built-in tables have no DELETE; not supported yet), or the
                frame or the write failed.
        """
        if partition is not None:
            raise DatabaseError(
                f"cannot write partition {partition.describe()} of {schema}.{table}: partition writes to Spark are not "
                "supported yet (its built-in tables have no transactional DELETE); write the whole table")
        check_frame(frame, f"{schema}.{table}")
        session = self.spark
        if before_commit is not None:
            before_commit(len(frame))
        try:
            session.sql(f"CREATE DATABASE IF NOT EXISTS {quote_name(schema, self.dialect)}").collect()
            # Spark cannot infer the types of a frame without rows
            types = None if len(frame) else _empty_schema(frame)
            data = session.createDataFrame(frame, types)
            data.write.mode("overwrite").saveAsTable(quote_table(schema, table, self.dialect))
        except GovernanceError:
            raise
        except Exception as exc:  # noqa: BLE001 - a Spark error, or a conversion error of the frame
            raise database_error(f"writing {schema}.{table}", exc) from None

    def write_dataframe(self, schema: str, table: str, dataframe: Any, before_commit: BeforeCommit | None = None) -> int:
        """Replace ``schema.table`` with a Spark DataFrame inside Spark (``saveAsTable`` in overwrite mode): its rows
        go from the executors to the table and never to the driver. ``before_commit`` is called first, with -1 (the
        rows are not known before the write).

        Returns:
            The rows the table holds afterwards (counted by Spark).

        Raises:
            DatabaseError: the write failed (its event, if any, is already stored).
        """
        session = self.spark
        if before_commit is not None:
            before_commit(-1)
        name = quote_table(schema, table, self.dialect)
        try:
            session.sql(f"CREATE DATABASE IF NOT EXISTS {quote_name(schema, self.dialect)}").collect()
            dataframe.write.mode("overwrite").saveAsTable(name)
            return int(session.table(name).count())
        except _spark_errors() as exc:
            raise database_error(f"writing {schema}.{table}", exc) from None

    def schema(self) -> Schema:
        """Every table and view of the catalog's databases, with its columns and Spark type names (``string``,
        ``bigint``, ``date``, ...); temporary views are not included. Read with ``SHOW`` commands and one schema
        lookup per table (the ``pyspark.sql.Catalog`` listing makes a JVM round trip per column)."""
        session = self.spark
        nested: Schema = {}
        try:
            for database in self._databases():
                for table in self._tables(database):
                    fields = session.table(quote_table(database, table, self.dialect)).schema.fields
                    nested.setdefault(database, {})[table] = {f.name: f.dataType.simpleString() for f in fields}
        except _spark_errors() as exc:
            raise database_error("reading the catalog", exc) from None
        return nested

    def views(self) -> dict[str, str]:
        """``schema.view`` -> the SQL text of every stored view."""
        found = {}
        try:
            for database in self._databases():
                for row in self.spark.sql(f"SHOW VIEWS IN {quote_name(database, self.dialect)}").collect():
                    if row["isTemporary"]:
                        continue
                    name = quote_table(database, row["viewName"], self.dialect)
                    rows = self.spark.sql(f"DESCRIBE TABLE EXTENDED {name}").collect()
                    text = [r["data_type"] for r in rows if r["col_name"] == "View Text"]
                    if text:
                        found[f"{database}.{row['viewName']}"] = str(text[0])
        except _spark_errors() as exc:
            raise database_error("reading the catalog", exc) from None
        return found

    def _databases(self) -> list[str]:
        return [row[0] for row in self.spark.sql("SHOW DATABASES").collect()]

    def _tables(self, database: str) -> list[str]:
        rows = self.spark.sql(f"SHOW TABLES IN {quote_name(database, self.dialect)}").collect()
        return [row["tableName"] for row in rows if not row["isTemporary"]]

    def catalogs(self) -> frozenset[str]:
        """None: in Spark a two-part name is always database.table."""
        return frozenset()


def scanned_in_spark(dataframe: Any, columns: Sequence[str]) -> Any:
    """``dataframe`` with each of ``columns`` replaced by presidio's scan of it
    (:func:`~governance_dagster.detect.presidio.scan_series`, the function the pandas path calls), run by the
    executors in a pandas UDF when the DataFrame is computed: the raw text goes from Spark to an executor's Python
    worker and back scanned, never to the driver. The executors' Python needs governance-dagster (with presidio);
    the spaCy model and phone regions configured in this process are configured there too.

    Example (needs pyspark and Java):
        ``scanned_in_spark(spark.sql("SELECT 'mail a@b.io' AS note"), ["note"]).first().note`` is
        ``'mail <EMAIL_ADDRESS>'``.
    """
    from pyspark.sql import functions as F

    from governance_dagster.detect.presidio import configured

    settings = configured()

    def scan(batch: pd.Series) -> pd.Series:
        return _scan_batch(settings, batch)

    udf = F.pandas_udf(scan, "string")  # type: ignore[call-overload]
    wanted = set(columns)
    picked = [F.col(quote_name(c, "spark")) for c in dataframe.columns]
    return dataframe.select(*[udf(column.cast("string")).alias(name) if name in wanted else column
                              for name, column in zip(dataframe.columns, picked, strict=True)])


def _phone_batch(values: pd.Series, regions: pd.Series, national: pd.Series) -> pd.Series:
    """One Arrow batch of :data:`~governance_dagster.sql.phones.SPARK_FUNCTION`, in an executor's Python worker
    (typed here, where pandas is imported, for pyspark to read the UDF's signature)."""
    return phone_e164_batch(values, regions, national)


def _scan_batch(settings: tuple[str | None, tuple[str, ...]], batch: pd.Series) -> pd.Series:
    """One Arrow batch of a free-text column, scanned in an executor's Python worker."""
    from governance_dagster.detect.presidio import configure, scan_series

    configure(*settings)
    return scan_series(batch)


def _empty_schema(frame: pd.DataFrame) -> Any:
    """A Spark schema for a frame without rows (Spark cannot infer one): numbers, booleans, timestamps and text."""
    from pyspark.sql import types as T

    def spark_type(dtype: Any) -> Any:
        if pd.api.types.is_bool_dtype(dtype):
            return T.BooleanType()
        if pd.api.types.is_integer_dtype(dtype):
            return T.LongType()
        if pd.api.types.is_float_dtype(dtype):
            return T.DoubleType()
        if pd.api.types.is_datetime64_any_dtype(dtype):
            return T.TimestampType()
        return T.StringType()

    return T.StructType([T.StructField(str(c), spark_type(frame[c].dtype)) for c in frame.columns])
