"""MkDocs hook: reference sections generated from the code at build time, so they cannot go stale.

A page asks for a section with a marker line; the hook replaces it with Markdown rendered from the code:

- ``<!-- generated: policy-models -->``: every model of the policy file (:mod:`governance_dagster.policy.models`), each
  field with its type, default, constraints and description.
- ``<!-- generated: kinds -->``: every kind of personal data, its default operator and whether leakage checks
  treat it as an identifier.
- ``<!-- generated: operators -->``: every masking operator, its parameters and defaults, where it runs.
- ``<!-- generated: resources -->``: the configuration fields of the Dagster resources and IO manager.
- ``<!-- generated: cli -->``: every command of the ``governance-dagster`` argparse parser, with its usage and
  arguments.
- ``<!-- generated: screenshots -->``: the Dagster UI screenshots found in docs/images, with their captions (a
  screenshot not there yet is described in words, so the strict build passes before the images land).

Registered in mkdocs.yml under ``hooks:``. The render functions are plain functions of the code, tested by
tests/test_docs.py.
"""

from __future__ import annotations

import argparse
import enum
import inspect
import json
import re
import types
import typing
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

# The griffe extension the API reference uses (mkdocs.yml names it ``docstring_rewrites:DoctestDocstrings``):
# MkDocs imports this hook with docs/hooks on sys.path, so importing it here makes it importable by that name
# wherever mkdocs is run from.
import docstring_rewrites  # noqa: F401
from mkdocs.exceptions import PluginError
from pydantic import BaseModel
from pydantic.fields import FieldInfo
from pydantic_core import PydanticUndefined

from governance_dagster import cli
from governance_dagster.governed.masking.operators import OPERATORS
from governance_dagster.kinds import IDENTIFYING_KINDS, Kind
from governance_dagster.policy.models import Policy, _default_entities

# ---------------------------------------------------------------------------------------------------- policy


def _anchor(model: type[BaseModel]) -> str:
    return model.__name__.lower()


def _models(root: type[BaseModel]) -> dict[type[BaseModel], list[str]]:
    """``root`` and every model its fields reach (depth first, in field order), each with where it sits in the file."""
    found: dict[type[BaseModel], list[str]] = {}

    def visit(model: type[BaseModel], where: str) -> None:
        first_visit = model not in found
        found.setdefault(model, []).append(where)
        if not first_visit:
            return
        for name, field in model.model_fields.items():
            for nested, suffix in _nested_models(field.annotation):
                visit(nested, f"{where}.{name}{suffix}".lstrip("."))

    visit(root, "")
    return found


def _nested_models(annotation: Any, suffix: str = "") -> Iterator[tuple[type[BaseModel], str]]:
    """Each model inside a field's type, with how it is reached: ``""``, ``"[]"`` (list item) or ``".<kind>"`` (mapping value)."""
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        yield annotation, suffix
    origin, args = typing.get_origin(annotation), typing.get_args(annotation)
    if origin in (list, tuple, set, frozenset):
        suffix += "[]"
    elif origin is dict:
        suffix += ".<kind>" if args and args[0] is Kind else ".<name>"
        args = args[1:]
    for arg in args:
        yield from _nested_models(arg, suffix)


def _type(annotation: Any) -> str:
    """A reader's name for a field's type, with links to nested models."""
    origin, args = typing.get_origin(annotation), typing.get_args(annotation)
    if annotation is type(None):
        return "null"
    if origin is typing.Literal:
        return " \\| ".join(f"`{json.dumps(a) if not isinstance(a, str) else a}`" for a in args)
    if origin in (typing.Union, types.UnionType):
        return " or ".join(_type(a) for a in args)
    if origin in (list, tuple, set, frozenset):
        return f"list of {_type(args[0])}" if args else "list"
    if origin is dict:
        return f"mapping of {_type(args[0])} to {_type(args[1])}" if args else "mapping"
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        if annotation.__module__.startswith("governance_dagster.dagster"):
            return f"`{annotation.__name__}`"
        return f"[{annotation.__name__}](#{_anchor(annotation)})"
    if isinstance(annotation, type) and issubclass(annotation, enum.Enum):
        if annotation is Kind:
            return "[kind](#kinds-of-personal-data)"
        return " \\| ".join(f"`{m.value}`" for m in annotation)
    if annotation is typing.Any:
        return "any"
    names = {str: "string", int: "integer", float: "number", bool: "boolean"}
    return names.get(annotation, getattr(annotation, "__name__", str(annotation)))


def _plain(value: Any) -> Any:
    if isinstance(value, BaseModel):
        return value.model_dump(mode="json")
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, dict):
        return {_plain(k): _plain(v) for k, v in value.items()}
    if isinstance(value, (list, tuple, set, frozenset)):
        return [_plain(v) for v in value]
    return value


def _default(field: FieldInfo) -> str:
    if field.is_required():
        return "required"
    value = field.default_factory() if field.default_factory is not None else field.default  # type: ignore[call-arg]
    if value is PydanticUndefined:
        return "required"
    if isinstance(value, BaseModel):
        return f"see [{type(value).__name__}](#{_anchor(type(value))})"
    value = _plain(value)
    return f"`{json.dumps(value)}`"


def _constraints(field: FieldInfo) -> str:
    words = {"gt": ">", "ge": "≥", "lt": "<", "le": "≤", "min_length": "min length", "max_length": "max length"}
    found = []
    for item in field.metadata:
        for attr, word in words.items():
            value = getattr(item, attr, None)
            if value is not None:
                found.append(f"{word} {value}")
    return ", ".join(found)


def _cell(text: str) -> str:
    return " ".join(text.split()).replace("|", "\\|")


def _docstring(obj: Any) -> str:
    """The description part of a docstring: up to its first Google-style section (Example:, Args:, ...)."""
    doc = inspect.getdoc(obj) or ""
    lines = []
    for line in doc.splitlines():
        if line.rstrip().endswith(":") and line.strip()[:-1] in {"Example", "Examples", "Args", "Raises", "Returns"}:
            break
        lines.append(line)
    text = "\n".join(lines).strip().replace("``", "`")
    return re.sub(r":(?:class|meth|func|mod|attr|data|exc):`~?([\w.]+)`", r"`\1`", text)


def fields_table(model: type[BaseModel]) -> list[str]:
    """A Markdown table of a pydantic model's fields: name, type, default, description and constraints."""
    rows = ["| field | type | default | description |", "| --- | --- | --- | --- |"]
    for name, field in model.model_fields.items():
        description = field.description or ""
        constraints = _constraints(field)
        if constraints:
            description = f"{description} ({constraints})"
        rows.append(f"| `{name}` | {_type(field.annotation)} | {_default(field)} | {_cell(description)} |")
    return rows


def policy_models_markdown(root: type[BaseModel] = Policy) -> str:
    """A section per model reachable from ``root``: its docstring, where it sits in the file, its fields."""
    out = []
    for model, places in _models(root).items():
        where = ", ".join(f"`{place}`" if place else "the top level of the file" for place in places)
        out.append(f"### {model.__name__} {{#{_anchor(model)}}}\n")
        out.append(f"{_docstring(model)}\n\n*In the file:* {where}.\n")
        out.extend(fields_table(model))
        out.append("")
    return "\n".join(out)


def resources_markdown() -> str:
    """The configuration fields of the Dagster resources and IO manager (pydantic models, like the policy)."""
    from governance_dagster import GovernedDatabase, GovernedIOManager, GovernedSynthesizer

    out = []
    for resource in (GovernedDatabase, GovernedIOManager, GovernedSynthesizer):
        out.append(f"#### `{resource.__name__}` {{#{_anchor(resource)}-fields}}\n")
        out.extend(fields_table(resource))
        out.append("")
    return "\n".join(out)


def kinds_markdown() -> str:
    """Every kind with its default operator and whether leakage checks compare its values by default."""
    defaults = _default_entities()
    out = [
        "| kind | default operator | default parameters | identifier (checked for replay by default) |",
        "| --- | --- | --- | --- |",
    ]
    for kind in Kind:
        spec = defaults[kind]
        params = ", ".join(f"`{k}: {json.dumps(v)}`" for k, v in spec.params.items()) or "none"
        out.append(f"| `{kind.value}` | `{spec.operator}` | {params} | {'yes' if kind in IDENTIFYING_KINDS else 'no'} |")
    return "\n".join(out) + "\n"


def operators_markdown() -> str:
    """Every masking operator with its parameters (and defaults), where it runs and what it does."""
    out = ["| operator | parameters (default) | runs inside the database | what it does |", "| --- | --- | --- | --- |"]
    for name, operator in OPERATORS.items():
        fields = operator.parameters.model_fields
        params = ", ".join(f"`{k}` (`{json.dumps(f.default)}`)" for k, f in fields.items()) or "none"
        where = "yes" if operator.in_database else "no: in memory, on the fetched rows"
        out.append(f"| `{name}` | {params} | {where} | {_cell(_docstring(type(operator)))} |")
    return "\n".join(out) + "\n"


# ---------------------------------------------------------------------------------------------------- CLI


def _subcommands(parser: argparse.ArgumentParser) -> list[tuple[str, str, argparse.ArgumentParser]]:
    """(full command, help, parser) of every command that runs something, depth first in parser order."""
    found = []
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            helps = {choice.dest: choice.help or "" for choice in action._choices_actions}
            for name, sub in action.choices.items():
                if any(isinstance(a, argparse._SubParsersAction) for a in sub._actions):
                    found.extend(_subcommands(sub))
                else:
                    found.append((sub.prog, helps.get(name, ""), sub))
    return found


def cli_commands() -> list[str]:
    """The full name of every runnable command, e.g. ``governance-dagster audit verify``."""
    return [command for command, _, _ in _subcommands(cli.build_parser())]


def _argument_row(action: argparse.Action) -> str:
    if action.option_strings:
        names = ", ".join(f"`{o}`" for o in action.option_strings)
        if action.nargs != 0:
            names += f" `{action.metavar or action.dest.upper()}`"
    else:
        names = f"`{action.metavar or action.dest}`"
    required = "yes" if action.required or not action.option_strings else "no"
    notes = []
    if action.choices:
        notes.append("one of " + ", ".join(f"`{c}`" for c in action.choices))
    mentioned = "default" in (action.help or "")
    if action.default not in (None, False, argparse.SUPPRESS, "") and action.nargs != 0 and not mentioned:
        notes.append(f"default `{action.default}`")
    text = "; ".join([part for part in [action.help or "", *notes] if part])
    return f"| {names} | {required} | {_cell(text)} |"


def cli_markdown(build_parser: Callable[[], argparse.ArgumentParser] = cli.build_parser) -> str:
    """A section per command: what it does, its usage line and a table of its arguments."""
    out = []
    for command, help_text, parser in _subcommands(build_parser()):
        out.append(f"### `{command}`\n")
        if help_text:
            out.append(f"{help_text[0].upper()}{help_text[1:]}.\n")
        usage = " ".join(parser.format_usage().removeprefix("usage: ").split()).replace(" [-h]", "")
        out.append(f"```\n{usage}\n```\n")
        rows = [_argument_row(a) for a in parser._actions if not isinstance(a, argparse._HelpAction)]
        if rows:
            out.append("| argument | required | meaning |\n| --- | --- | --- |")
            out.extend(rows)
        out.append("")
    return "\n".join(out)


# ---------------------------------------------------------------------------------------------------- screenshots

IMAGES = Path(__file__).resolve().parent.parent / "images"
#: Screenshots of the example project in the Dagster UI: file under docs/images, and what it shows.
SCREENSHOTS = [
    ("governed-asset.png", "A governed asset: identity, policy hash, masked columns and operators, audit event."),
    ("column-schema.png", "The column schema: each column's kind of personal data and its operator, as tags."),
    ("naive-check-failed.png", "The naive job: the leakage check failed and its downstream asset did not run."),
]


def screenshots_markdown(images: Path = IMAGES) -> str:
    """Each screenshot with its caption; a screenshot not yet in docs/images is described in words only."""
    out = []
    for name, caption in SCREENSHOTS:
        if (images / name).is_file():
            out.append(f"![{caption}](images/{name})\n\n*{caption}*\n")
        else:
            out.append(f"- {caption}")
    return "\n".join(out) + "\n"


# ---------------------------------------------------------------------------------------------------- hook

GENERATORS: dict[str, Callable[[], str]] = {
    "policy-models": policy_models_markdown,
    "kinds": kinds_markdown,
    "operators": operators_markdown,
    "cli": cli_markdown,
    "resources": resources_markdown,
    "screenshots": screenshots_markdown,
}


def render(markdown: str) -> str:
    """Replace every ``<!-- generated: NAME -->`` line with the section NAME renders."""
    lines = []
    for line in markdown.splitlines():
        stripped = line.strip()
        if stripped.startswith("<!-- generated:") and stripped.endswith("-->"):
            name = stripped.removeprefix("<!-- generated:").removesuffix("-->").strip()
            if name not in GENERATORS:
                raise PluginError(f"unknown generated section {name!r}; use one of {sorted(GENERATORS)}")
            lines.append(GENERATORS[name]())
        else:
            lines.append(line)
    return "\n".join(lines) + "\n"


def on_page_markdown(markdown: str, **_: Any) -> str:
    """MkDocs event: render the generated sections of every page."""
    return render(markdown)
