"""Leakage checks on synthetic tables as blocking Dagster asset checks: when one fails, the run fails and nothing
downstream of the synthetic table runs.

Example:
    >>> from dagster import asset
    >>> @asset
    ... def synthetic_customers(): ...
    >>> check = leakage_check(synthetic_customers, real_table="main.customers")
"""


import threading
from collections import OrderedDict
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, TypedDict, Unpack

from dagster import (
    AssetCheckExecutionContext,
    AssetCheckResult,
    AssetChecksDefinition,
    AssetCheckSeverity,
    AssetKey,
    AssetsDefinition,
    MetadataValue,
    asset_check,
)

from governance_dagster.dagster.io_manager import TABLE_METADATA_KEY, table_for
from governance_dagster.dagster.metadata import identity_metadata
from governance_dagster.errors import ConfigurationError
from governance_dagster.leakage.base import BY_NAME, Check, Report, run_checks


def leakage_metadata(report: Any) -> dict[str, Any]:
    """Per-column counts and shares, so a failure is understandable from the UI alone."""
    metadata: dict[str, Any] = {
        "governance/check": "identifier_replay",
        "governance/real_table": report.real_table,
        "governance/synthetic_table": report.synthetic_table,
        "governance/replayed_values": MetadataValue.int(report.replayed_values),
        "governance/max_replayed_values": MetadataValue.int(report.max_replayed_values),
        "governance/identifier_columns": MetadataValue.json(report.identifier_columns),
        "governance/summary": report.summary(),
    }
    for column in report.columns:
        metadata[f"governance/replayed/{column.column}"] = MetadataValue.json(
            {"replayed_values": column.replayed_values, "replayed_rows": column.replayed_rows,
             "share": column.share, "matched_real_columns": column.matched_real_columns}
        )
    weak = report.as_dict()["weak_identifiers"]
    metadata["governance/weak_identifiers"] = MetadataValue.json(
        {k: weak[k] for k in ("real_columns", "compared", "holdout_table", "margin")})
    for column, facts in weak["columns"].items():
        metadata[f"governance/weak_replayed/{column}"] = MetadataValue.json(facts)
    if report.note:
        metadata["governance/note"] = report.note
    return metadata


def copied_records_metadata(report: Any) -> dict[str, Any]:
    """The metadata of a copied records check: counts, shares and column names."""
    metadata = {
        "governance/check": "copied_records",
        "governance/copied_rows": MetadataValue.int(report.copied_rows),
        "governance/copied_share": MetadataValue.float(report.share),
        "governance/max_copied_share": MetadataValue.float(report.max_share),
        "governance/compared_columns": MetadataValue.json(report.columns),
        "governance/summary": report.summary(),
    }
    if report.holdout_share is not None:
        metadata["governance/holdout_share"] = MetadataValue.float(report.holdout_share)
    return metadata


def free_text_identifiers_metadata(report: Any) -> dict[str, Any]:
    """The metadata of a free text identifiers check: counts, shares and column names."""
    metadata: dict[str, Any] = {
        "governance/check": "free_text_identifiers",
        "governance/free_text_hits": MetadataValue.int(report.hits),
        "governance/max_free_text_hits": MetadataValue.int(report.max_hits),
        "governance/min_identifier_length": MetadataValue.int(report.min_length),
        "governance/identifier_columns": MetadataValue.json(report.identifier_columns),
        "governance/summary": report.summary(),
    }
    for column in report.columns:
        metadata[f"governance/free_text/{column.column}"] = MetadataValue.json(
            {"cells": column.cells, "rows": column.rows, "share": column.share,
             "matched_real_columns": column.matched_real_columns})
    return metadata


def rare_combinations_metadata(report: Any) -> dict[str, Any]:
    """The metadata of a rare combinations check: counts, shares and column names."""
    return {
        "governance/check": "rare_combinations",
        "governance/rare_rows": MetadataValue.int(report.rare_rows),
        "governance/rare_share": MetadataValue.float(report.share),
        "governance/max_rare_share": MetadataValue.float(report.max_share),
        "governance/quasi_identifiers": MetadataValue.json(report.columns),
        "governance/unique_real_combinations": MetadataValue.int(report.unique_real_combinations),
        "governance/summary": report.summary(),
    }


def closeness_metadata(report: Any) -> dict[str, Any]:
    """The metadata of a closeness check: counts, shares and column names."""
    metadata = {
        "governance/check": "closeness",
        "governance/dcr_zero_rows": MetadataValue.int(report.zero_rows),
        "governance/dcr_zero_share": MetadataValue.float(report.zero_share),
        "governance/max_dcr_zero_share": MetadataValue.float(report.max_zero_share),
        "governance/sampled_rows": MetadataValue.int(report.sampled_rows),
        "governance/reference_rows": MetadataValue.int(report.reference_rows),
        "governance/dcr_quantiles": MetadataValue.json(report.quantiles),
        "governance/compared_columns": MetadataValue.json(report.columns),
        "governance/left_out_columns": MetadataValue.json(report.left_out),
        "governance/summary": report.summary(),
    }
    if report.closer_to_training_share is not None:
        metadata["governance/closer_to_training_share"] = MetadataValue.float(report.closer_to_training_share)
    return metadata


class CheckOptions(TypedDict, total=False):
    """Where a check reads its tables, and whether it blocks; each check's own options besides."""

    #: resource key of the :class:`GovernedDatabase` holding the real table (default ``production``)
    real_resource_key: str
    #: resource key of the :class:`GovernedDatabase` the IO manager writes to (default ``warehouse``)
    synthetic_resource_key: str
    #: the schema of the synthetic table; default: where the asset's latest materialization by
    #: :class:`GovernedIOManager` stored it (``governance/table`` metadata)
    schema_name: str | None
    #: fail the run and skip downstream assets when the check fails (default: on)
    blocking: bool
    #: real rows the synthesizer did not see, beside the real table (identifier replay, copied records, closeness)
    holdout_table: str | None
    #: synthetic rows the closeness check samples (default: the policy's ``closeness_sample_rows``)
    sample_rows: int | None


@dataclass(frozen=True)
class Verdict:
    """What an asset check found: whether it passed, how severe a failure is, its metadata and one line."""

    passed: bool
    severity: str  # "error" or "warn"
    metadata: dict[str, Any]
    summary: str


#: How many shared reports a process keeps (the latest; a run's checks of one asset use theirs within seconds).
_SHARED_LIMIT = 64
_SHARED: OrderedDict[tuple, Report] = OrderedDict()
_SHARED_GUARD = threading.Lock()


class SharedReports:
    """The leakage reports of one materialization of a synthetic table, shared by the asset checks that run on it
    in one process: the contract check takes the identifier-replay and copied-records reports its blocking
    siblings computed (or computes them first, and they take its) instead of reading both tables again.

    A report is shared under the materialization (its run id and time: a new materialization, or another run's,
    is another key), the check, its options, both connections' databases, policies and identities, and
    both tables. Without a materialization (a table the IO manager did not record) nothing is shared. Each check
    still records its own ``check`` audit event and fails on its own; only the reads that made the report are not
    repeated (so their ``unmasked_read`` events name the step that made them).
    """

    def __init__(self, materialization: tuple[str, float] | None) -> None:
        self.materialization = materialization

    def report(self, check: Check, real: Any, real_table: str, synthetic: Any, synthetic_table: str,
               **options: Any) -> Report:
        """``check``'s report on the synthetic table: the one shared for this materialization, else computed
        (and shared when it is complete)."""
        if self.materialization is None:
            return check(real, real_table, synthetic, synthetic_table, **options)
        taken = tuple(sorted((k, v) for k, v in options.items() if k in check.options))
        key = (self.materialization, check.name, taken, real_table, synthetic_table, real.database_id,
               synthetic.database_id, type(real.policy), real.policy.digest, type(synthetic.policy),
               synthetic.policy.digest, real.identity, synthetic.identity)
        with _SHARED_GUARD:
            if key in _SHARED:
                _SHARED.move_to_end(key)
                return _SHARED[key]
        report = check(real, real_table, synthetic, synthetic_table, **options)
        with _SHARED_GUARD:
            _SHARED[key] = report
            while len(_SHARED) > _SHARED_LIMIT:
                _SHARED.popitem(last=False)
        return report

    def check(self, check: Check) -> Check:
        """``check`` with its report shared (for :func:`~governance_dagster.leakage.base.run_checks`)."""
        def run(real: Any, real_table: str, synthetic: Any, synthetic_table: str, **options: Any) -> Report:
            return self.report(check, real, real_table, synthetic, synthetic_table, **options)

        return Check(check.name, run, check.options)


#: What :func:`governance_check` evaluates: the two governed connections, the synthetic table's name and the
#: reports shared on its materialization.
Evaluate = Callable[[Any, Any, str, SharedReports], Verdict]


def governance_check(asset: AssetsDefinition | AssetKey | str, *, name: str, description: str, step: str,
                     evaluate: Evaluate, real_resource_key: str = "production",
                     synthetic_resource_key: str = "warehouse", schema_name: str | None = None,
                     blocking: bool = True) -> AssetChecksDefinition:
    """The one factory of the package's asset checks: the asset check ``name`` on ``asset`` opens governed
    connections to the real and the synthetic database (their audit events carry the asset and ``step``), finds
    the synthetic table (:func:`stored_table`), and turns what ``evaluate(real, synthetic, table, shared)`` finds
    into an :class:`AssetCheckResult` with the run's identity and a log line on failure. ``shared`` holds the
    reports of the asset's latest materialization (:class:`SharedReports`)."""
    key = asset.key if isinstance(asset, AssetsDefinition) else AssetKey.from_coercible(asset)

    @asset_check(asset=key, name=name, blocking=blocking, description=description,
                 required_resource_keys={real_resource_key, synthetic_resource_key})
    def _check(context: AssetCheckExecutionContext) -> AssetCheckResult:
        asset_name = key.to_user_string()
        real = getattr(context.resources, real_resource_key).connection(asset=asset_name, step=step)
        synthetic = getattr(context.resources, synthetic_resource_key).connection(asset=asset_name, step=step)
        event = context.instance.get_latest_materialization_event(key)
        shared = SharedReports((event.run_id, event.timestamp) if event is not None else None)
        verdict = evaluate(real, synthetic, stored_table(context, key, schema_name, event), shared)
        if not verdict.passed:
            log = context.log.error if verdict.severity == "error" else context.log.warning
            log(f"{name} failed ({verdict.severity}): {verdict.summary}")
        return AssetCheckResult(
            passed=verdict.passed,
            severity=AssetCheckSeverity.ERROR if verdict.severity == "error" else AssetCheckSeverity.WARN,
            metadata={**verdict.metadata, **identity_metadata(real), "governance/severity": verdict.severity},
            description=verdict.summary,
        )

    return _check


def stored_table(context: AssetCheckExecutionContext, key: AssetKey, schema_name: str | None,
                 event: Any = None) -> str:
    """``schema.table`` holding the asset: in ``schema_name`` when given, else where its latest materialization
    (``event``, looked up when not given) recorded it (``governance/table``), else where
    :class:`GovernedIOManager`'s naming rule puts it."""
    if schema_name is not None:
        return table_for(key.path, schema_name)
    event = event if event is not None else context.instance.get_latest_materialization_event(key)
    materialization = event.asset_materialization if event is not None else None
    recorded = materialization.metadata.get(TABLE_METADATA_KEY) if materialization is not None else None
    return str(recorded.value) if recorded is not None else table_for(key.path)


#: Per leakage check (its name in :mod:`governance_dagster.leakage.base`): the asset check's name, its metadata
#: and its description (of the real table).
_LEAKAGE = {
    "identifier_replay": ("no_identifier_replay", leakage_metadata,
                          "No value of a real identifier column of {} appears in the synthetic table."),
    "copied_records": ("no_copied_records", copied_records_metadata,
                       "Synthetic rows are not copies of rows of {}."),
    "free_text_identifiers": ("no_free_text_identifiers", free_text_identifiers_metadata,
                              "No real identifier value of {} appears inside the synthetic free text."),
    "rare_combinations": ("no_rare_combinations", rare_combinations_metadata,
                          "Synthetic rows do not carry a quasi-identifier combination unique to one person of {}."),
    "closeness": ("closeness", closeness_metadata,
                  "Synthetic rows keep a distance from the rows of {} (distance to closest record)."),
}


def governed_leakage_check(asset: AssetsDefinition | AssetKey | str, check: str, *, real_table: str,
                           **options: Unpack[CheckOptions]) -> AssetChecksDefinition:
    """The asset check running the leakage check ``check`` (``identifier_replay``, ``copied_records``,
    ``free_text_identifiers``, ``rare_combinations`` or ``closeness``) through
    :func:`~governance_dagster.leakage.base.run_checks` on governed connections, which records its report as a
    ``check`` audit event; it fails with the severity the policy gives the check (``leakage.severity``).

    Raises:
        ConfigurationError: no such check, or an option the check does not take.

    Example:
        >>> from dagster import asset
        >>> @asset
        ... def synthetic_customers(): ...
        >>> governed_leakage_check(synthetic_customers, "closeness", real_table="main.customers").check_keys
        {AssetCheckKey(asset_key=AssetKey(['synthetic_customers']), name='closeness')}
    """
    if check not in BY_NAME:
        raise ConfigurationError(f"no leakage check {check!r}; use one of {', '.join(BY_NAME)}")
    runner = BY_NAME[check]
    where = {k: options.pop(k) for k in ("real_resource_key", "synthetic_resource_key", "schema_name", "blocking")
             if k in options}
    unknown = sorted(set(options) - set(runner.options))
    if unknown:
        raise ConfigurationError(f"the {check} check takes no {', '.join(unknown)}; it takes "
                                 f"{', '.join(runner.options) or 'no options'}")
    name, metadata, description = _LEAKAGE[check]

    def evaluate(real: Any, synthetic: Any, table: str, shared: SharedReports) -> Verdict:
        (outcome,) = run_checks(real, real_table, synthetic, table, [shared.check(runner)], **options)
        return Verdict(outcome.report.passed, outcome.severity,
                       {**metadata(outcome.report), "governance/audit_event": MetadataValue.int(outcome.event.seq)},
                       outcome.report.summary())

    return governance_check(asset, name=name, description=description.format(real_table), step="leakage_check",
                            evaluate=evaluate, **where)


def leakage_check(asset: AssetsDefinition | AssetKey | str, *, real_table: str,
                  **options: Unpack[CheckOptions]) -> AssetChecksDefinition:
    """A blocking asset check: no value of a real strong identifier column (e-mail, phone, SSN, card...) may appear
    in the synthetic table, and weak ones (names, streets, cities) no more often than chance allows.

    Args:
        asset: the synthetic asset, stored by a :class:`GovernedIOManager`.
        real_table: ``schema.table`` of the real source in the ``real_resource_key`` database.
        **options: see :class:`CheckOptions`; ``holdout_table`` (real rows the synthesizer did not see, beside
            ``real_table``) is a second chance baseline for weak identifiers.
    """
    return governed_leakage_check(asset, "identifier_replay", real_table=real_table, **options)


def copied_records_check(asset: AssetsDefinition | AssetKey | str, *, real_table: str,
                         **options: Unpack[CheckOptions]) -> AssetChecksDefinition:
    """A blocking asset check: at most the policy's share of synthetic rows may equal a real row (key columns left
    out, numbers rounded), or no more than equal a row of the holdout the synthesizer did not see.

    Arguments as for :func:`leakage_check`; ``holdout_table`` lives beside ``real_table``.
    """
    return governed_leakage_check(asset, "copied_records", real_table=real_table, **options)


def free_text_identifier_check(asset: AssetsDefinition | AssetKey | str, *, real_table: str,
                               **options: Unpack[CheckOptions]) -> AssetChecksDefinition:
    """An asset check: no real identifier value (e-mail, name, phone in any formatting, SSN, ...) may appear inside
    the synthetic table's free-text columns (classified ``free_text`` or named in ``leakage.free_text_columns``).

    Fails when more than ``leakage.max_free_text_hits`` cells hold one, with the severity
    ``leakage.severity.free_text_identifiers`` (error by default). Arguments as for :func:`leakage_check`.

    Example:
        >>> from dagster import asset
        >>> @asset
        ... def synthetic_customers(): ...
        >>> free_text_identifier_check(synthetic_customers, real_table="main.customers").check_keys
        {AssetCheckKey(asset_key=AssetKey(['synthetic_customers']), name='no_free_text_identifiers')}
    """
    return governed_leakage_check(asset, "free_text_identifiers", real_table=real_table, **options)


def rare_combinations_check(asset: AssetsDefinition | AssetKey | str, *, real_table: str,
                            **options: Unpack[CheckOptions]) -> AssetChecksDefinition:
    """An asset check: at most ``leakage.max_rare_combination_share`` of synthetic rows may carry a quasi-identifier
    combination (birth date, postal code, gender, ...) that exactly one real person has.

    Fails with the severity ``leakage.severity.rare_combinations`` (warn by default). Arguments as for
    :func:`leakage_check`; ``real_table`` holds one row per person.

    Example:
        >>> from dagster import asset
        >>> @asset
        ... def synthetic_customers(): ...
        >>> rare_combinations_check(synthetic_customers, real_table="main.customers").check_keys
        {AssetCheckKey(asset_key=AssetKey(['synthetic_customers']), name='no_rare_combinations')}
    """
    return governed_leakage_check(asset, "rare_combinations", real_table=real_table, **options)


def closeness_check(asset: AssetsDefinition | AssetKey | str, *, real_table: str,
                    **options: Unpack[CheckOptions]) -> AssetChecksDefinition:
    """An asset check on the distance from sampled synthetic rows to their closest real row: at most the policy's
    share may sit at distance 0, and with a holdout, at most the policy's share may be closer to a training row
    than to a holdout row. Its severity is the policy's ``leakage.severity.closeness``: WARN by default (the run goes
    on), ERROR to block downstream assets.

    Arguments as for :func:`copied_records_check`; ``sample_rows`` overrides the policy's ``closeness_sample_rows``.
    """
    return governed_leakage_check(asset, "closeness", real_table=real_table, **options)
