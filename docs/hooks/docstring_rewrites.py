"""Griffe extension: the package's docstrings, written for doctest and Sphinx, rendered right by mkdocstrings.

Two rewrites, at build time only (the source docstrings stay as they are):

- Sphinx cross-reference roles (``:class:`GovernedDatabase```, ``:meth:`connection```, ``:func:`~a.b.c```)
  would show up literally in Markdown; each becomes a cross-reference that autorefs resolves when the target is
  on a page, and plain code otherwise.
- A Google-style ``Example:`` section is an admonition to griffe, whose ``>>>`` lines Markdown would read as
  nested block quotes; it is renamed ``Examples:``, which griffe parses into highlighted Python console blocks.

Registered in mkdocs.yml under the python handler's ``extensions`` option (made importable by docs/hooks/reference.py).
"""

from __future__ import annotations

import re
from typing import Any

import griffe

EXAMPLE_HEADING = re.compile(r"^(?P<indent>[ \t]*)Example:[ \t]*$", re.MULTILINE)
ROLE = re.compile(r":(?:py:)?(?:class|meth|func|mod|attr|data|exc|obj):`(?P<tilde>~?)(?P<target>[\w.]+)`")


def _full_path(obj: griffe.Object, target: str) -> str | None:
    """The full path ``target`` names from ``obj``'s scope (its first part resolved, the rest appended)."""
    first, _, rest = target.partition(".")
    for scope in (obj, obj.parent):
        if scope is None:
            continue
        try:
            base = scope.resolve(first)
        except griffe.NameResolutionError:
            continue
        return f"{base}.{rest}" if rest else base
    return target if "." in target else None


def link_roles(text: str, obj: griffe.Object) -> str:
    """``text`` with each Sphinx role replaced by an optional autorefs cross-reference (or plain code)."""

    def replace(match: re.Match[str]) -> str:
        target = match["target"]
        shown = target.rsplit(".", 1)[-1] if match["tilde"] else target
        path = _full_path(obj, target)
        if path is None:
            return f"`{shown}`"
        return f'<autoref identifier="{path}" optional><code>{shown}</code></autoref>'

    return ROLE.sub(replace, text)


def rewrite(text: str, obj: griffe.Object) -> str:
    """``text`` with its roles linked and its ``Example:`` heading renamed ``Examples:``."""
    return EXAMPLE_HEADING.sub(r"\g<indent>Examples:", link_roles(text, obj))


class DoctestDocstrings(griffe.Extension):
    """Rewrites every docstring once the object tree is complete."""

    def on_object(self, *, obj: griffe.Object, **_: Any) -> None:
        if obj.docstring is not None:
            obj.docstring.value = rewrite(obj.docstring.value, obj)
