"""The guardrail corpora: statements that try to get past the defaults are refused, ordinary analytical queries
(the 22 TPC-H queries and more) are allowed. The cases are data files, one case per entry, with the expected
decision and rule beside each statement."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from governance_dagster.errors import UnparseableStatement
from governance_dagster.governed.guardrails import decide
from governance_dagster.policy.models import Policy

CORPUS = Path(__file__).parent / "corpus"
POLICY = Policy(protected_schemas=["main", "public"])


def _cases(name: str) -> list[dict]:
    cases = yaml.safe_load((CORPUS / name).read_text())
    return [pytest.param(case, id=case["id"]) for case in cases]


def _decision(case: dict) -> tuple[str, str]:
    schema = "public" if case["dialect"] == "postgres" else "main"
    try:
        decision = decide(case["sql"], case["dialect"], POLICY, schema)
    except UnparseableStatement:
        return "unparseable", "unparseable"
    return decision.action, decision.rule


@pytest.mark.parametrize("case", _cases("adversarial.yaml"))
def test_when_a_statement_tries_to_get_past_the_defaults_then_it_is_refused(case: dict) -> None:
    assert _decision(case) == (case["expect"], case["rule"]), case["why"]


@pytest.mark.parametrize("case", _cases("ordinary.yaml"))
def test_when_a_query_is_ordinary_analytics_then_it_is_allowed(case: dict) -> None:
    assert _decision(case) == ("allow", "default")


@pytest.mark.parametrize(("name", "minimum"), [("adversarial.yaml", 150), ("ordinary.yaml", 100)])
def test_the_corpora_are_as_large_as_promised_and_ids_are_unique(name: str, minimum: int) -> None:
    cases = yaml.safe_load((CORPUS / name).read_text())
    ids = [c["id"] for c in cases]
    assert len(cases) >= minimum and len(ids) == len(set(ids))
    if name == "ordinary.yaml":
        assert sum(1 for i in ids if i.startswith("tpch-q")) >= 22
