"""What every leakage check is, and the one way to run them: the command line's ``leakage`` and the Dagster asset
checks both call :func:`run_checks`, so a check's severity, its audit event and its verdict are decided in one place.

A check is a function ``(real, real_table, synthetic, synthetic_table, **options) -> report`` over two governed
connections (:class:`~governance_dagster.governed.connection.GovernedConnection`), which it reads only through
their audited ``aggregate()``: one governed path, so every read of a real table's personal columns is an
``unmasked_read`` audit event naming what was released. Its report says whether it passed, sums itself up in one
line and serializes to counts, column names and shares (never a value). The checks, in the order they run:

================================  =====================================================  ==========================
check (``leakage.severity`` key)  what fails it                                          options
================================  =====================================================  ==========================
``identifier_replay``             real identifier values in any synthetic column         ``holdout_table``
``copied_records``                synthetic rows equal to a real row                     ``holdout_table``
``free_text_identifiers``         real identifier values inside synthetic free text
``rare_combinations``             quasi-identifier combinations unique to one person
``closeness``                     synthetic rows at distance 0 from a real row           ``holdout_table``,
                                                                                         ``sample_rows``
================================  =====================================================  ==========================

Example:
    >>> [check.name for check in CHECKS]
    ['identifier_replay', 'copied_records', 'free_text_identifiers', 'rare_combinations', 'closeness']
    >>> EmptyTable("main.customers", "synthetic.customers").summary()
    'synthetic.customers: the synthetic table is empty; nothing to compare'
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Protocol

from governance_dagster.leakage.closeness import closeness
from governance_dagster.leakage.identifiers import identifier_replay
from governance_dagster.leakage.rare_combinations import rare_combinations
from governance_dagster.leakage.records import copied_records
from governance_dagster.leakage.text_identifiers import free_text_identifiers

if TYPE_CHECKING:
    from governance_dagster.governed.connection import GovernedConnection


class Report(Protocol):
    """What a leakage check returns."""

    @property
    def passed(self) -> bool:
        """Whether the synthetic table passes the check."""

    def summary(self) -> str:
        """One line for a log, a run failure or the command line; counts and column names only."""

    def as_dict(self) -> dict[str, Any]:
        """The report as JSON-ready facts (the payload of its ``check`` audit event)."""


@dataclass(frozen=True)
class Check:
    """One leakage check: the name its severity has in the policy (``leakage.severity.<name>``), the function that
    runs it, and the options (``holdout_table``, ``sample_rows``) that function takes."""

    name: str
    run: Callable[..., Report]
    options: tuple[str, ...] = ()

    def __call__(self, real: GovernedConnection, real_table: str, synthetic: GovernedConnection,
                 synthetic_table: str, **options: Any) -> Report:
        """Run the check with the options it takes (the others are ignored)."""
        taken = {key: value for key, value in options.items() if key in self.options}
        return self.run(real, real_table, synthetic, synthetic_table, **taken)


CHECKS: tuple[Check, ...] = (
    Check("identifier_replay", identifier_replay, ("holdout_table",)),
    Check("copied_records", copied_records, ("holdout_table",)),
    Check("free_text_identifiers", free_text_identifiers),
    Check("rare_combinations", rare_combinations),
    Check("closeness", closeness, ("holdout_table", "sample_rows")),
)

#: The checks by name.
BY_NAME: dict[str, Check] = {check.name: check for check in CHECKS}


@dataclass(frozen=True)
class EmptyTable:
    """The report of any check on an empty synthetic table: nothing synthetic can leak, so it passes, and says why."""

    real_table: str
    synthetic_table: str
    passed: bool = field(default=True, init=False)

    def summary(self) -> str:
        return f"{self.synthetic_table}: the synthetic table is empty; nothing to compare"

    def as_dict(self) -> dict[str, Any]:
        return {"passed": True, "real_table": self.real_table, "synthetic_table": self.synthetic_table,
                "synthetic_rows": 0, "note": "the synthetic table is empty"}


@dataclass(frozen=True)
class Outcome:
    """A check that ran: its report, the severity the policy gives it, and the audit event that records both."""

    check: str
    severity: str  # "error" or "warn"
    report: Report
    event: Any  # governance_dagster.store.audit.chain.Event

    @property
    def blocks(self) -> bool:
        """Whether this outcome fails the run: the check failed and the policy makes its failure an error."""
        return not self.report.passed and self.severity == "error"

    def as_dict(self) -> dict[str, Any]:
        """The severity and the report's facts, as the command line's ``--json`` shows them."""
        return {"severity": self.severity, **self.report.as_dict()}


def run_checks(real: GovernedConnection, real_table: str, synthetic: GovernedConnection, synthetic_table: str,
               checks: Iterable[Check] = CHECKS, *, empty: bool = False, **options: Any) -> list[Outcome]:
    """Run ``checks`` in order on ``synthetic_table`` against ``real_table`` and record each report as a ``check``
    audit event of the ``real`` connection, with the severity its policy gives the check.

    Args:
        real: the governed connection holding ``real_table`` (and a holdout beside it); its policy decides.
        real_table: ``schema.table`` of the real source.
        synthetic: the governed connection holding ``synthetic_table`` (may be ``real``).
        synthetic_table: ``schema.table`` of the synthetic table.
        checks: which checks, in order (default: all five).
        empty: the caller knows the synthetic table has no row: every check passes with :class:`EmptyTable`
            instead of running.
        **options: ``holdout_table`` and ``sample_rows``, passed to the checks that take them.

    Returns:
        One :class:`Outcome` per check, in order.
    """
    severity = real.policy.leakage.severity
    outcomes = []
    for check in checks:
        report = (EmptyTable(real_table, synthetic_table) if empty
                  else check(real, real_table, synthetic, synthetic_table, **options))
        level = getattr(severity, check.name)
        event = real.record("check", {"check": check.name, "severity": level, **report.as_dict()})
        outcomes.append(Outcome(check.name, level, report, event))
    return outcomes
