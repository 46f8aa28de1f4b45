"""governance-dagster: governed database access, masking, guardrails, leakage checks and a hash-chained audit
trail for Dagster synthetic-data pipelines.

The core (everything but :mod:`governance_dagster.dagster`) never imports dagster; the Dagster names below are
loaded on first use, so another orchestrator's layer can sit on the same core.
"""

from __future__ import annotations

from importlib.metadata import PackageNotFoundError, version
from typing import TYPE_CHECKING, Any

from governance_dagster.audit.chain import Draft, Event, Verification
from governance_dagster.audit.store import AuditStore, open_audit_store
from governance_dagster.classify import Classification, classify_column, classify_table
from governance_dagster.database import open_database
from governance_dagster.errors import (
    AuditError,
    ChainBrokenError,
    ConfigurationError,
    ContractError,
    DatabaseError,
    GovernanceError,
    LeakageError,
    LineageError,
    MaskingError,
    PolicyError,
    StatementBlocked,
    StatementRefused,
    SynthesisError,
    UnparseableStatement,
)
from governance_dagster.gateway import GovernedConnection, GovernedResult, WriteResult
from governance_dagster.guardrails import Decision, StatementKind, decide
from governance_dagster.identity import Identity, resolve_identity
from governance_dagster.kinds import Kind
from governance_dagster.leakage.contract import ContractReport, check_contract
from governance_dagster.leakage.free_text import FreeTextReport, free_text_identifiers
from governance_dagster.leakage.closeness import ClosenessReport, closeness
from governance_dagster.leakage.identifiers import ReplayReport, identifier_replay
from governance_dagster.leakage.rare_combinations import RareCombinationsReport, rare_combinations
from governance_dagster.policy import ColumnRule, MaskSpec, Policy, load_policy
from governance_dagster.synthesis import SynthesisResult, synthesize

try:
    __version__ = version("governance-dagster")
except PackageNotFoundError:  # a source checkout that was never installed
    __version__ = "0.0.0+unknown"

if TYPE_CHECKING:
    from governance_dagster.dagster.checks import (
        closeness_check,
        copied_records_check,
        free_text_identifier_check,
        leakage_check,
        rare_combinations_check,
    )
    from governance_dagster.dagster.contract import contract_check
    from governance_dagster.dagster.io_manager import GovernedIOManager
    from governance_dagster.dagster.resources import GovernedDatabase
    from governance_dagster.dagster.synthesizer import GovernedSynthesizer

_DAGSTER_NAMES = {
    "GovernedDatabase": "governance_dagster.dagster.resources",
    "GovernedIOManager": "governance_dagster.dagster.io_manager",
    "GovernedSynthesizer": "governance_dagster.dagster.synthesizer",
    "leakage_check": "governance_dagster.dagster.checks",
    "copied_records_check": "governance_dagster.dagster.checks",
    "contract_check": "governance_dagster.dagster.contract",
    "free_text_identifier_check": "governance_dagster.dagster.checks",
    "rare_combinations_check": "governance_dagster.dagster.checks",
    "closeness_check": "governance_dagster.dagster.checks",
}


def __getattr__(name: str) -> Any:
    if name in _DAGSTER_NAMES:
        import importlib

        return getattr(importlib.import_module(_DAGSTER_NAMES[name]), name)
    raise AttributeError(f"module 'governance_dagster' has no attribute {name!r}")


__all__ = [
    "__version__",
    "AuditError",
    "AuditStore",
    "ChainBrokenError",
    "Classification",
    "ClosenessReport",
    "ColumnRule",
    "ConfigurationError",
    "ContractError",
    "ContractReport",
    "DatabaseError",
    "Decision",
    "Draft",
    "Event",
    "FreeTextReport",
    "GovernanceError",
    "GovernedConnection",
    "GovernedDatabase",
    "GovernedIOManager",
    "GovernedResult",
    "GovernedSynthesizer",
    "Identity",
    "Kind",
    "LeakageError",
    "LineageError",
    "MaskSpec",
    "MaskingError",
    "Policy",
    "PolicyError",
    "RareCombinationsReport",
    "ReplayReport",
    "StatementBlocked",
    "StatementKind",
    "StatementRefused",
    "SynthesisError",
    "SynthesisResult",
    "UnparseableStatement",
    "Verification",
    "WriteResult",
    "check_contract",
    "classify_column",
    "closeness",
    "closeness_check",
    "classify_table",
    "contract_check",
    "copied_records_check",
    "decide",
    "free_text_identifier_check",
    "free_text_identifiers",
    "identifier_replay",
    "leakage_check",
    "load_policy",
    "open_audit_store",
    "open_database",
    "rare_combinations",
    "rare_combinations_check",
    "resolve_identity",
    "synthesize",
]
