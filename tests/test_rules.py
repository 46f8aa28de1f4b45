"""Specification of rule names: one enum names every built-in rule, refusals use it, and its values are the
strings the audit trail has always carried."""

from __future__ import annotations

import ast
import json
from pathlib import Path

import pytest

import governance_dagster
from governance_dagster.errors import StatementRefused
from governance_dagster.governed.guardrails import Decision
from governance_dagster.policy.models import StatementKind
from governance_dagster.rules import Rule

PACKAGE = Path(governance_dagster.__file__).parent


def _literal_rules(tree: ast.AST) -> list[tuple[int, str]]:
    """``rule="..."`` keyword arguments and string keys/values of ``"rule"`` written as literals."""
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.keyword) and node.arg == "rule" and isinstance(node.value, (ast.Constant, ast.JoinedStr)):
            found.append((node.lineno, ast.unparse(node.value)))
    return found


def test_when_the_package_refuses_then_no_rule_name_is_a_string_literal() -> None:
    literals = {str(path.relative_to(PACKAGE)): found for path in sorted(PACKAGE.rglob("*.py"))
                if (found := _literal_rules(ast.parse(path.read_text(encoding="utf-8"))))}
    assert literals == {}


@pytest.mark.parametrize(("rule", "text"), [
    (Rule.SENSITIVE_PREDICATE, "sensitive-predicate"),
    (Rule.PROTECTED_SCHEMA, "protected-schema"),
    (Rule.UNPARSEABLE, "unparseable"),
    (Rule.VERIFIED_IDENTITY_FOR_UNMASKED_READS, "verified-identity-for-unmasked_reads"),
    (Rule.AGENT_READ_ONLY, "agent-read-only"),
])
def test_when_a_rule_is_shown_compared_or_serialized_then_it_is_its_text(rule: Rule, text: str) -> None:
    assert rule == text
    assert (str(rule), f"{rule}", json.dumps({"rule": rule})) == (text, text, json.dumps({"rule": text}))


def test_when_a_refusal_or_decision_carries_a_rule_then_it_keeps_the_plain_text() -> None:
    refused = StatementRefused("statement refused", rule=Rule.SENSITIVE_PREDICATE)
    decision = Decision("block", StatementKind.SCHEMA, Rule.PROTECTED_SCHEMA, "DROP on protected schema", "ab12")
    assert type(refused.rule) is str and refused.rule == "sensitive-predicate"
    assert type(decision.rule) is str and decision.rule == "protected-schema"


def test_rule_values_are_unique() -> None:
    assert len({rule.value for rule in Rule}) == len(Rule)
