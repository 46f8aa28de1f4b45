"""governance-dagster: governed database access, masking, guardrails, leakage checks and a hash-chained audit
trail for Dagster synthetic-data pipelines.

The core (everything but :mod:`governance_dagster.dagster`) never imports dagster, so another orchestrator's layer
can sit on the same core. Every public name below is loaded on first use (``from governance_dagster import
GovernedDatabase`` imports the Dagster layer then, and only then).
"""

from __future__ import annotations

from importlib.metadata import PackageNotFoundError, version
from typing import TYPE_CHECKING, Any

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
    from governance_dagster.dagster.io_manager import GovernedIOManager
    from governance_dagster.dagster.quality import contract_check
    from governance_dagster.dagster.resources import GovernedDatabase
    from governance_dagster.dagster.synthesizer import GovernedSynthesizer
    from governance_dagster.detect.classify import Classification, classify_column, classify_table
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
        UnsupportedDatabaseError,
    )
    from governance_dagster.governed.connection import (
        GovernedConnection,
        GovernedResult,
        GovernedSparkResult,
        WriteResult,
    )
    from governance_dagster.governed.guardrails import Decision, StatementKind, decide
    from governance_dagster.governed.identity import Identity, resolve_identity
    from governance_dagster.kinds import Kind
    from governance_dagster.leakage.closeness import ClosenessReport, closeness
    from governance_dagster.leakage.identifiers import ReplayReport, identifier_replay
    from governance_dagster.leakage.rare_combinations import RareCombinationsReport, rare_combinations
    from governance_dagster.leakage.text_identifiers import FreeTextReport, free_text_identifiers
    from governance_dagster.policy.loader import load_policy
    from governance_dagster.policy.models import ColumnRule, MaskSpec, Policy
    from governance_dagster.quality.contract import ContractReport, check_contract
    from governance_dagster.rules import Rule
    from governance_dagster.store.audit.chain import Draft, Event, Verification
    from governance_dagster.store.audit.store import AuditStore, open_audit_store
    from governance_dagster.store.database import open_database
    from governance_dagster.synthesis import SynthesisResult, synthesize

#: Public name -> the module that defines it. Nothing is imported until a name is first used, so that the command
#: line (``--help``, ``check-sql``) and a core-only user do not pay for pandas, SQLAlchemy, presidio or dagster.
_MODULES = {
    **dict.fromkeys(("Draft", "Event", "Verification"), "governance_dagster.store.audit.chain"),
    **dict.fromkeys(("AuditStore", "open_audit_store"), "governance_dagster.store.audit.store"),
    **dict.fromkeys(("Classification", "classify_column", "classify_table"), "governance_dagster.detect.classify"),
    **dict.fromkeys(("closeness_check", "copied_records_check", "free_text_identifier_check", "leakage_check",
                     "rare_combinations_check"), "governance_dagster.dagster.checks"),
    "contract_check": "governance_dagster.dagster.quality",
    "GovernedIOManager": "governance_dagster.dagster.io_manager",
    "GovernedDatabase": "governance_dagster.dagster.resources",
    "GovernedSynthesizer": "governance_dagster.dagster.synthesizer",
    "open_database": "governance_dagster.store.database",
    **dict.fromkeys(("AuditError", "ChainBrokenError", "ConfigurationError", "ContractError", "DatabaseError",
                     "GovernanceError", "LeakageError", "LineageError", "MaskingError", "PolicyError",
                     "StatementBlocked", "StatementRefused", "SynthesisError", "UnparseableStatement",
                     "UnsupportedDatabaseError"),
                    "governance_dagster.errors"),
    **dict.fromkeys(("GovernedConnection", "GovernedResult", "GovernedSparkResult", "WriteResult"), "governance_dagster.governed.connection"),
    **dict.fromkeys(("Decision", "StatementKind", "decide"), "governance_dagster.governed.guardrails"),
    **dict.fromkeys(("Identity", "resolve_identity"), "governance_dagster.governed.identity"),
    "Kind": "governance_dagster.kinds",
    **dict.fromkeys(("ClosenessReport", "closeness"), "governance_dagster.leakage.closeness"),
    **dict.fromkeys(("ContractReport", "check_contract"), "governance_dagster.quality.contract"),
    **dict.fromkeys(("FreeTextReport", "free_text_identifiers"), "governance_dagster.leakage.text_identifiers"),
    **dict.fromkeys(("ReplayReport", "identifier_replay"), "governance_dagster.leakage.identifiers"),
    **dict.fromkeys(("RareCombinationsReport", "rare_combinations"), "governance_dagster.leakage.rare_combinations"),
    **dict.fromkeys(("ColumnRule", "MaskSpec", "Policy"), "governance_dagster.policy.models"),
    "load_policy": "governance_dagster.policy.loader",
    "Rule": "governance_dagster.rules",
    **dict.fromkeys(("SynthesisResult", "synthesize"), "governance_dagster.synthesis"),
}


def __getattr__(name: str) -> Any:
    module = _MODULES.get(name)
    if module is None:
        raise AttributeError(f"module 'governance_dagster' has no attribute {name!r}")
    import importlib

    value = getattr(importlib.import_module(module), name)
    globals()[name] = value  # looked up once
    return value


def __dir__() -> list[str]:
    return sorted({*globals(), *_MODULES})


__all__ = [
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
    "GovernedSparkResult",
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
    "Rule",
    "StatementBlocked",
    "StatementKind",
    "StatementRefused",
    "SynthesisError",
    "SynthesisResult",
    "UnparseableStatement",
    "UnsupportedDatabaseError",
    "Verification",
    "WriteResult",
    "__version__",
    "check_contract",
    "classify_column",
    "classify_table",
    "closeness",
    "closeness_check",
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
