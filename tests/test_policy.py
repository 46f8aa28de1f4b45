"""Specification of the policy file: what validates, what is refused and how the refusal reads."""

from __future__ import annotations

from pathlib import Path

import pytest

from governance_dagster.errors import PolicyError
from governance_dagster.kinds import Kind
from governance_dagster.policy import Policy, load_policy, policy_json_schema


def test_when_a_kind_has_no_entity_entry_then_the_default_operator_applies() -> None:
    assert Policy().operator_for("main.t", "email", Kind.EMAIL).operator == "hash"
    assert Policy().operator_for("main.t", "ssn", Kind.SSN).operator == "redact"


def test_when_a_column_rule_names_a_column_then_it_wins_over_classification() -> None:
    policy = Policy.model_validate({"columns": [{"table": "*.users", "column": "note*", "kind": "free_text"}]})
    assert policy.operator_for("main.users", "NOTES", Kind.NONE).operator == "scan"
    assert policy.operator_for("main.other", "notes", Kind.NONE).operator == "keep"


def test_when_entities_override_a_kind_then_that_operator_is_used() -> None:
    policy = Policy.model_validate({"entities": {"email": {"operator": "mask", "params": {"chars_to_keep": 2}}}})
    spec = policy.operator_for("main.t", "mail", Kind.EMAIL)
    assert (spec.operator, spec.params) == ("mask", {"chars_to_keep": 2})


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("columns: [\n  - table: x\n", "not valid YAML at line"),
        ("- just\n- a list\n", "must hold a mapping"),
        ("columns:\n  - {table: t, column: c, kind: shoe_size}\n", "columns.0.kind"),
        ("entities:\n  email: {operator: scramble}\n", "entities.email.operator"),
        ("protected_schema: [main]\n", "protected_schema: Extra inputs are not permitted"),
        ("columns:\n  - {table: t, column: c, kind: email, operator: scan}\n", "only applies to kind 'free_text'"),
        ("leakage:\n  severity: {rare_combinations: fatal}\n", "leakage.severity.rare_combinations"),
        ("leakage:\n  severity: {replay: warn}\n", "leakage.severity.replay: Extra inputs"),
        ("leakage:\n  max_rare_combination_share: 2\n", "leakage.max_rare_combination_share"),
        ("leakage:\n  quasi_identifier_kinds: [shoe_size]\n", "leakage.quasi_identifier_kinds.0"),
        ("roles:\n  Bob: [approver]\n  bob: [analyst]\n", "differ only in case or spaces"),
        ("roles:\n  'dana ': [approver]\n  dana: []\n", "differ only in case or spaces"),
    ],
)
def test_when_the_policy_file_is_broken_then_loading_names_the_problem(tmp_path: Path, text: str, expected: str) -> None:
    path = tmp_path / "policy.yaml"
    path.write_text(text)
    with pytest.raises(PolicyError, match=expected.replace("[", r"\[").replace(".", r"\.")):
        load_policy(path)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a merge key hides what an entry holds, and a later key overrides a merged one silently
        ("entities:\n  email: &hash {operator: hash}\n  phone:\n    <<: *hash\n", "line 4: a YAML merge key"),
        ("unmask:\n  - roles: [fraud]\n    <<: {access: values}\n", "line 3: a YAML merge key"),
        # a key given twice: YAML keeps only the last one
        ("roles:\n  bob: [approver]\n  bob: [analyst]\n", "line 3: key 'bob' appears again (first at line 2)"),
        ("version: 1\nroles: {}\nversion: 1\n", "line 3: key 'version' appears again"),
        # an anchor shared by two sections: editing one silently edits the other
        ("roles:\n  bob: &people [approver]\nunmask:\n  - roles: *people\n    access: values\n",
         "line 4: alias \\*people in section 'unmask' refers to an anchor defined in section 'roles' (line 2)"),
        ("protected_schemas: &s [main]\nroles:\n  bob: *s\n", "line 3: alias \\*s in section 'roles'"),
    ],
)
def test_when_the_policy_file_uses_merge_keys_duplicate_keys_or_cross_section_aliases_then_loading_names_the_line(
        tmp_path: Path, text: str, expected: str) -> None:
    path = tmp_path / "policy.yaml"
    path.write_text(text)
    with pytest.raises(PolicyError, match=expected.replace("(", r"\(").replace(")", r"\)")):
        load_policy(path)


def test_when_an_anchor_is_reused_within_one_section_then_the_policy_loads(tmp_path: Path) -> None:
    path = tmp_path / "policy.yaml"
    path.write_text("entities:\n  email: &hash {operator: hash}\n  phone: *hash\n")
    policy = load_policy(path)
    assert policy.entities["email"].operator == policy.entities["phone"].operator == "hash"


def test_when_the_policy_file_is_missing_then_the_error_names_the_path(tmp_path: Path) -> None:
    with pytest.raises(PolicyError, match="does not exist"):
        load_policy(tmp_path / "nope.yaml")


def test_when_the_policy_changes_then_its_digest_changes() -> None:
    assert Policy().digest != Policy(protected_schemas=["other"]).digest
    assert Policy().digest == Policy().digest


def test_the_json_schema_describes_every_field() -> None:
    schema = policy_json_schema()
    assert {"columns", "entities", "protected_schemas", "roles", "leakage"} <= set(schema["properties"])
    assert all("description" in field for field in schema["properties"].values())


def test_the_leakage_checks_default_to_blocking_except_rare_combinations() -> None:
    leakage = Policy().leakage
    assert {name: leakage.severity.blocks(name) for name in
            ("identifier_replay", "copied_records", "free_text_identifiers", "rare_combinations")} == {
        "identifier_replay": True, "copied_records": True, "free_text_identifiers": True, "rare_combinations": False}
    assert (leakage.max_free_text_hits, leakage.min_identifier_length, leakage.max_rare_combination_share) == (0, 6, 0.0)
    leakage_schema = policy_json_schema()["$defs"]["LeakagePolicy"]["properties"]
    assert all("description" in field for field in leakage_schema.values())
