"""Specification of the documentation site's generated sections and of the examples on its pages.

The site itself is built strictly by `make docs` (which `make test` runs first); these tests pin what the build
hooks render and that the hand-written parts agree with the code.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

import griffe
import pytest
import yaml

from governance_dagster.cli import build_parser
from governance_dagster.governed.masking.operators import OPERATORS
from governance_dagster.kinds import Kind
from governance_dagster.policy.models import Policy

DOCS = Path(__file__).resolve().parents[1] / "docs"
sys.path.insert(0, str(DOCS / "hooks"))

import docstring_rewrites
import reference


def _pages() -> list[Path]:
    return sorted(DOCS.glob("*.md"))


def _yaml_blocks() -> list[tuple[str, str]]:
    blocks = []
    for page in _pages():
        for i, block in enumerate(re.findall(r"```yaml\n(.*?)```", page.read_text(encoding="utf-8"), re.DOTALL)):
            blocks.append((f"{page.name}#{i + 1}", block))
    return blocks


@pytest.mark.parametrize(("where", "block"), _yaml_blocks(), ids=[w for w, _ in _yaml_blocks()])
def test_when_a_page_shows_policy_yaml_then_it_validates(where: str, block: str) -> None:
    Policy.model_validate(yaml.safe_load(block))


def test_when_the_policy_reference_is_rendered_then_every_field_of_every_model_is_in_it() -> None:
    markdown = reference.policy_models_markdown()
    models = reference._models(Policy)
    assert {m.__name__ for m in models} >= {"Policy", "ColumnRule", "MaskSpec", "GuardrailRule", "UnmaskGrant",
                                            "ApprovalSettings", "LeakagePolicy", "IdentitySettings",
                                            "ContractPolicy"}
    for model in models:
        assert f"### {model.__name__} {{#{model.__name__.lower()}}}" in markdown
        for name, field in model.model_fields.items():
            assert f"| `{name}` |" in markdown, f"{model.__name__}.{name} missing"
            assert field.description and field.description.split()[0] in markdown


@pytest.mark.parametrize(
    ("place", "model"),
    [("`columns[]`", "ColumnRule"), ("`entities.<kind>`", "MaskSpec"), ("`guardrails[]`", "GuardrailRule"),
     ("`identity`", "IdentitySettings"), ("`leakage`", "LeakagePolicy"), ("`contract`", "ContractPolicy")],
)
def test_when_a_nested_model_is_rendered_then_it_says_where_it_sits_in_the_file(place: str, model: str) -> None:
    section = reference.policy_models_markdown().split(f"### {model} ")[1].split("### ")[0]
    assert f"*In the file:* {place}." in section


def test_when_the_resource_configuration_is_rendered_then_every_field_is_in_it() -> None:
    from governance_dagster import GovernedDatabase, GovernedIOManager, GovernedSynthesizer

    markdown = reference.resources_markdown()
    for resource in (GovernedDatabase, GovernedIOManager, GovernedSynthesizer):
        section = markdown.split(f"#### `{resource.__name__}`")[1].split("#### ")[0]
        for name in resource.model_fields:
            assert f"| `{name}` |" in section, f"{resource.__name__}.{name} missing"
    assert "| `secret` | string | required |" in markdown


def test_when_kinds_and_operators_are_rendered_then_each_appears_with_its_default() -> None:
    kinds, operators = reference.kinds_markdown(), reference.operators_markdown()
    for kind in Kind:
        assert f"| `{kind.value}` | `{Policy().operator_for('x.t', 'c', kind).operator}` |" in kinds
    for name in OPERATORS:
        assert f"| `{name}` |" in operators
    assert "| `encrypt` | `key_env` (`\"GOVERNANCE_ENCRYPTION_KEY\"`) | no: in memory" in operators


def _leaf_parsers(parser, prefix=()):
    for action in parser._actions:
        if hasattr(action, "choices") and isinstance(action.choices, dict):
            for name, sub in action.choices.items():
                yield from _leaf_parsers(sub, (*prefix, name)) if sub._subparsers else [((*prefix, name), sub)]


def test_when_the_cli_reference_is_rendered_then_every_command_and_option_is_in_it() -> None:
    markdown = reference.cli_markdown()
    leaves = list(_leaf_parsers(build_parser()))
    assert len(leaves) == len(reference.cli_commands()) >= 11
    for path, parser in leaves:
        section = markdown.split(f"### `governance-dagster {' '.join(path)}`")[1].split("### ")[0]
        for action in parser._actions:
            for option in action.option_strings:
                if option not in ("-h", "--help"):
                    assert f"`{option}`" in section, f"{' '.join(path)} {option} missing"


def test_when_a_command_exists_then_the_hand_written_summary_of_cli_md_lists_it() -> None:
    glance = (DOCS / "cli.md").read_text(encoding="utf-8").split("## At a glance")[1].split("## ")[0]
    for command in reference.cli_commands():
        assert re.search(re.escape(command).replace(r"\ ", r"\s+"), glance), f"{command} missing from cli.md"


@pytest.mark.parametrize(
    ("present", "expected"),
    [(False, "- The naive job: the leakage check failed"), (True, "![The naive job: the leakage check failed")],
)
def test_when_a_screenshot_is_or_is_not_in_docs_images_then_it_is_shown_or_described(
    tmp_path: Path, present: bool, expected: str
) -> None:
    if present:
        (tmp_path / "naive-check-failed.png").write_bytes(b"\x89PNG")
    assert expected in reference.screenshots_markdown(tmp_path)


def test_when_a_page_names_an_unknown_generated_section_then_the_build_fails() -> None:
    from mkdocs.exceptions import PluginError

    with pytest.raises(PluginError, match="unknown generated section 'nope'"):
        reference.render("<!-- generated: nope -->")


def test_every_generated_section_a_page_asks_for_exists() -> None:
    asked = {m for page in _pages() for m in re.findall(r"<!-- generated: ([\w-]+) -->", page.read_text("utf-8"))}
    assert asked == set(reference.GENERATORS)


class _Scope:
    """The part of a griffe object link_roles uses: resolving a name from its scope."""

    parent = None

    def resolve(self, name: str) -> str:
        known = {"GovernedDatabase": "governance_dagster.dagster.resources.GovernedDatabase"}
        if name not in known:
            raise griffe.NameResolutionError(name)
        return known[name]


@pytest.mark.parametrize(
    ("docstring", "expected"),
    [
        (":class:`GovernedDatabase`",
         ('<autoref identifier="governance_dagster.dagster.resources.GovernedDatabase" optional>'
          "<code>GovernedDatabase</code></autoref>")),
        (":meth:`GovernedDatabase.connection`",
         ('<autoref identifier="governance_dagster.dagster.resources.GovernedDatabase.connection" optional>'
          "<code>GovernedDatabase.connection</code></autoref>")),
        (":func:`~governance_dagster.governed.connection.x`",
         '<autoref identifier="governance_dagster.governed.connection.x" optional><code>x</code></autoref>'),
        (":func:`configure`", "`configure`"),
        ("Example:\n    >>> 1\n    1", "Examples:\n    >>> 1\n    1"),
        ("    Example:\n        >>> 1", "    Examples:\n        >>> 1"),
        ("Example (see the tests):", "Example (see the tests):"),
    ],
)
def test_when_a_docstring_uses_sphinx_roles_or_an_example_section_then_it_is_rewritten_for_mkdocstrings(
    docstring: str, expected: str
) -> None:
    assert docstring_rewrites.rewrite(docstring, _Scope()) == expected


_ANY = "\ue000"


def _template(node) -> str:
    """What a ``_say`` argument prints, with ``_ANY`` standing for every computed part."""
    import ast

    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    if isinstance(node, ast.JoinedStr):
        return "".join(_template(v) if isinstance(v, ast.Constant) else _ANY for v in node.values)
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Add):
        return _template(node.left) + _template(node.right)
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Mult) and isinstance(node.right, ast.Constant):
        return _template(node.left) * node.right.value
    return _ANY


def test_when_the_quickstart_shows_what_make_demo_prints_then_every_line_is_one_the_demo_prints() -> None:
    import ast

    demo = Path(__file__).resolve().parents[1] / "example_project" / "demo.py"
    calls = [n for n in ast.walk(ast.parse(demo.read_text("utf-8")))
             if isinstance(n, ast.Call) and getattr(n.func, "id", "") == "_say"]
    patterns = {
        re.escape(line).replace(re.escape(_ANY), ".*")
        for call in calls for line in _template(call.args[0]).split("\n")
    }
    quickstart = (DOCS / "quickstart.md").read_text("utf-8")
    transcript = quickstart.split("## What it prints")[1].split("```text\n")[1].split("```")[0].splitlines()
    printed = transcript[next(i for i, line in enumerate(transcript) if line.startswith("== ")):]
    assert printed[-1].startswith("demo OK")
    for line in printed:
        assert any(re.fullmatch(p, line) for p in patterns), f"quickstart line not printed by demo.py: {line!r}"
