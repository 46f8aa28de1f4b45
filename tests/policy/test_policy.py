"""Specification of the policy file: what validates, what is refused and how the refusal reads."""

from __future__ import annotations

from pathlib import Path

import pytest

from governance_dagster.errors import PolicyError
from governance_dagster.kinds import Kind
from governance_dagster.policy.loader import load_policy, policy_json_schema
from governance_dagster.policy.models import Policy


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


# Operator parameters are validated when the policy loads: (operator, bad params as YAML, the parameter named, why).
BAD_PARAMETERS = [
    ("hash", "{hash_type: md5}", "hash_type", "'sha256' or 'sha512'"),
    ("hash", "{salt: pepper}", "salt", "has no parameter"),
    ("mask", "{chars_to_keep: 'x'}", "chars_to_keep", "valid integer"),
    ("mask", "{chars_to_keep: '4'}", "chars_to_keep", "valid integer"),  # no silent coercion of text to a number
    ("mask", "{chars_to_keep: true}", "chars_to_keep", "valid integer"),
    ("mask", "{chars_to_keep: -1}", "chars_to_keep", "greater than or equal to 0"),
    ("mask", "{chars_to_keep: 2.5}", "chars_to_keep", "valid integer"),
    ("mask", "{masking_char: '**'}", "masking_char", "at most 1 character"),
    ("mask", "{masking_char: ''}", "masking_char", "at least 1 character"),
    ("mask", "{keep: 2}", "keep", "has no parameter"),
    ("redact", "{new_value: x}", "new_value", "has no parameter"),
    ("null", "{chars_to_keep: 1}", "chars_to_keep", "has no parameter"),
    ("keep", "{anything: 1}", "anything", "has no parameter"),
    ("replace", "{new_value: [a, b]}", "new_value", "valid string"),
    ("replace", "{value: x}", "value", "has no parameter"),
    ("generalize", "{}", "generalize", "exactly one of"),
    ("generalize", "{to: decade}", "to", "'year' or 'month'"),
    ("generalize", "{to: year, prefix: 3}", "generalize", "not to and prefix"),
    ("generalize", "{prefix: -3}", "prefix", "greater than or equal to 0"),
    ("generalize", "{prefix: 'three'}", "prefix", "valid integer"),
    ("generalize", "{bucket: 0}", "bucket", "greater than 0"),
    ("generalize", "{bucket: -10}", "bucket", "greater than 0"),
    ("surrogate", "{kind: shoe_size}", "kind", "should be 'email'"),
    ("encrypt", "{key_env: 'not a name'}", "key_env", "should match pattern"),
    ("encrypt", "{key: abc}", "key", "has no parameter"),
]


@pytest.mark.parametrize(("operator", "params", "parameter", "why"), BAD_PARAMETERS)
def test_when_a_column_rule_gives_an_invalid_operator_parameter_then_loading_names_the_rule_and_the_parameter(
        tmp_path: Path, operator: str, params: str, parameter: str, why: str) -> None:
    path = tmp_path / "policy.yaml"
    path.write_text(f"columns:\n  - table: main.customers\n    column: email\n    kind: email\n"
                    f"    operator: '{operator}'\n    params: {params}\n")
    with pytest.raises(PolicyError) as refused:
        load_policy(path)
    message = str(refused.value)
    assert "line 2: columns.0" in message and "column rule main.customers.email" in message
    assert f"operator {operator!r}" in message and parameter in message and why in message


@pytest.mark.parametrize(("operator", "params", "parameter", "why"), BAD_PARAMETERS)
def test_when_an_entity_gives_an_invalid_operator_parameter_then_loading_names_the_kind_and_the_parameter(
        tmp_path: Path, operator: str, params: str, parameter: str, why: str) -> None:
    path = tmp_path / "policy.yaml"
    path.write_text(f"entities:\n  phone: {{operator: '{operator}', params: {params}}}\n")
    with pytest.raises(PolicyError) as refused:
        load_policy(path)
    message = str(refused.value)
    assert "line 2: entities.phone" in message and f"operator {operator!r}" in message
    assert parameter in message and why in message


@pytest.mark.parametrize(
    ("operator", "params", "expected"),
    [
        ("hash", "{}", {"hash_type": "sha256"}),
        ("hash", "{hash_type: sha512}", {"hash_type": "sha512"}),
        ("mask", "{}", {"chars_to_keep": 4, "masking_char": "*"}),
        ("mask", "{chars_to_keep: 0, masking_char: '#'}", {"chars_to_keep": 0, "masking_char": "#"}),
        ("redact", "{}", {}),
        ("null", "{}", {}),
        ("keep", "{}", {}),
        ("replace", "{new_value: '<EMAIL>'}", {"new_value": "<EMAIL>"}),
        ("replace", "{new_value: 0}", {"new_value": 0}),
        ("generalize", "{to: month}", {"to": "month", "prefix": None, "bucket": None}),
        ("generalize", "{prefix: 3}", {"to": None, "prefix": 3, "bucket": None}),
        ("generalize", "{bucket: 2.5}", {"to": None, "prefix": None, "bucket": 2.5}),
        ("surrogate", "{}", {"kind": None}),
        ("surrogate", "{kind: phone}", {"kind": Kind.PHONE}),
        ("encrypt", "{key_env: MY_KEY}", {"key_env": "MY_KEY"}),
    ],
)
def test_when_operator_parameters_are_valid_then_the_policy_loads_them_typed_with_defaults(
        tmp_path: Path, operator: str, params: str, expected: dict) -> None:
    path = tmp_path / "policy.yaml"
    path.write_text(f"columns:\n  - {{table: main.t, column: c, kind: phone, operator: '{operator}', params: {params}}}\n"
                    f"entities:\n  phone: {{operator: '{operator}', params: {params}}}\n")
    policy = load_policy(path)
    for spec in (policy.operator_for("main.t", "c", Kind.PHONE), policy.operator_for("main.t", "other", Kind.PHONE)):
        assert spec.operator == operator
        assert spec.parameters.model_dump() == expected


def test_when_a_column_rule_gives_params_without_an_operator_then_loading_refuses_instead_of_ignoring_them(
        tmp_path: Path) -> None:
    path = tmp_path / "policy.yaml"
    path.write_text("columns:\n  - {table: main.t, column: phone, kind: phone, params: {chars_to_keep: 2}}\n")
    with pytest.raises(PolicyError, match=r"column rule main\.t\.phone: params \['chars_to_keep'\] are given without "
                                          "an operator"):
        load_policy(path)


def test_when_the_policy_holds_validated_parameters_then_the_operator_uses_them_without_validating_again() -> None:
    from governance_dagster.governed.masking.operators import get_operator

    spec = Policy.model_validate({"entities": {"phone": {"operator": "mask", "params": {"chars_to_keep": 2}}}}
                                 ).operator_for("main.t", "c", Kind.PHONE)
    assert get_operator("mask").validate(spec.parameters) is spec.parameters
    assert get_operator("hash").validate({}) is not get_operator("hash").validate({})  # a mapping is validated
