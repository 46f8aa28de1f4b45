"""Loading a policy file: YAML read strictly (no duplicate keys, no merge keys, no alias across sections), then
validated by :class:`~governance_dagster.policy.models.Policy`, with the line of every problem in the message.

"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml
from pydantic import ValidationError

from governance_dagster.errors import PolicyError
from governance_dagster.policy.models import Policy


def load_policy(path: str | Path) -> Policy:
    """Load and validate a policy file.

    Args:
        path: a YAML file.

    Raises:
        PolicyError: the file is missing, is not YAML, holds a duplicate key, a merge key (``<<``) or an alias to
            an anchor of another top-level section, or does not validate; the message names the line or field and
            the fix.

    Example:
        >>> import tempfile, os
        >>> f = tempfile.NamedTemporaryFile("w", suffix=".yaml", delete=False)
        >>> _ = f.write("protected_schemas: [main]\\n"); f.close()
        >>> load_policy(f.name).protected_schemas
        ['main']
    """
    path = Path(path)
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        raise PolicyError(f"policy file {path} does not exist; pass the path of a YAML policy file") from None
    except OSError as exc:
        raise PolicyError(f"policy file {path} cannot be read ({type(exc).__name__}: {exc.strerror}); check that it is "
                          "a readable file") from None
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        raise PolicyError(f"policy file {path} is not UTF-8 text: byte {exc.start} (line {line}) cannot be decoded; "
                          "save the file as UTF-8") from None
    try:
        data = yaml.load(text, Loader=_UniqueKeyLoader)  # a SafeLoader that refuses duplicate keys and merge keys
    except _DuplicateKey as exc:
        raise PolicyError(f"policy file {path} line {exc.line}: key {exc.key!r} appears again (first at line "
                          f"{exc.first}); YAML would silently keep only the last one, so merge the two entries") from None
    except _MergeKey as exc:
        raise PolicyError(f"policy file {path} line {exc.line}: a YAML merge key (<<) is not allowed in a policy: it "
                          "hides which entries a rule or grant really holds (and lets a later key override a merged "
                          "one silently); write the keys out in full") from None
    except _AliasAcrossSections as exc:
        raise PolicyError(f"policy file {path} line {exc.line}: alias *{exc.anchor} in section {exc.used!r} refers to "
                          f"an anchor defined in section {exc.defined!r} (line {exc.anchored}); a change in one "
                          "section would silently change the other, so repeat the values in each section (anchors "
                          "and aliases are allowed within one section)") from None
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f" at line {mark.line + 1}, column {mark.column + 1}" if mark else ""
        raise PolicyError(f"policy file {path} is not valid YAML{where}: {getattr(exc, 'problem', exc)}; fix the syntax there") from None
    if data is None:
        data = {}
    if not isinstance(data, dict):
        raise PolicyError(f"policy file {path} must hold a mapping at the top level (line 1), not "
                          f"{type(data).__name__}; start it with keys such as 'version: 1'")
    try:
        return Policy.model_validate(data)
    except ValidationError as exc:
        root = yaml.compose(text, Loader=yaml.SafeLoader)
        problems = "; ".join(
            f"line {_line_of(root, err['loc'])}: {'.'.join(str(p) for p in err['loc']) or '(top level)'}: {err['msg']}"
            for err in exc.errors()
        )
        raise PolicyError(f"policy file {path} is invalid: {problems}. Fix these fields (see docs/policy.md)") from None


class _DuplicateKey(yaml.YAMLError):
    def __init__(self, key: Any, line: int, first: int) -> None:
        super().__init__(f"duplicate key {key!r}")
        self.key, self.line, self.first = key, line, first


class _MergeKey(yaml.YAMLError):
    def __init__(self, line: int) -> None:
        super().__init__("merge key")
        self.line = line


class _AliasAcrossSections(yaml.YAMLError):
    def __init__(self, anchor: str, line: int, used: str, defined: str, anchored: int) -> None:
        super().__init__(f"alias {anchor} across sections")
        self.anchor, self.line, self.used, self.defined, self.anchored = anchor, line, used, defined, anchored


class _UniqueKeyLoader(yaml.SafeLoader):
    """PyYAML's SafeLoader, except that a key given twice in one mapping, a merge key (``<<``) and an alias to an
    anchor of another top-level section are errors (with their line) instead of silent last-one-wins or sharing."""

    def __init__(self, stream: str) -> None:
        super().__init__(stream)
        self._sections: list[str] = []  # the top-level section of each node being composed
        self._anchors: dict[str, tuple[str, int]] = {}  # anchor -> (section, line)

    def compose_node(self, parent: yaml.Node | None, index: Any) -> yaml.Node:
        if not self._sections:
            section = "(top level)"
        elif len(self._sections) == 1 and isinstance(index, yaml.ScalarNode):
            section = str(index.value)  # a value of the top-level mapping: its key names the section
        else:
            section = self._sections[-1]
        event = self.peek_event()
        if isinstance(event, yaml.AliasEvent):
            defined, anchored = self._anchors.get(event.anchor, (section, 0))
            if defined != section:
                raise _AliasAcrossSections(event.anchor, event.start_mark.line + 1, section, defined, anchored)
        elif getattr(event, "anchor", None):
            self._anchors[event.anchor] = (section, event.start_mark.line + 1)
        self._sections.append(section)
        try:
            return super().compose_node(parent, index)
        finally:
            self._sections.pop()

    def construct_mapping(self, node: yaml.MappingNode, deep: bool = False) -> dict[Any, Any]:
        seen: dict[Any, int] = {}
        for key_node, _value in node.value:
            if key_node.tag == "tag:yaml.org,2002:merge":
                raise _MergeKey(key_node.start_mark.line + 1)
            key = self.construct_object(key_node, deep=True)
            try:
                first = seen.get(key)
            except TypeError:  # an unhashable key: SafeLoader reports it
                continue
            if first is not None:
                raise _DuplicateKey(key, key_node.start_mark.line + 1, first)
            seen[key] = key_node.start_mark.line + 1
        return super().construct_mapping(node, deep)


def _line_of(root: yaml.Node | None, loc: tuple[Any, ...]) -> int:
    """The line of the YAML node a pydantic error location points at (or of its nearest existing parent)."""
    if root is None:
        return 1
    node, line = root, root.start_mark.line + 1
    for part in loc:
        if isinstance(node, yaml.MappingNode):
            found = next(((k, v) for k, v in node.value if str(k.value) == str(part)), None)
            if found is None:
                break
            line, node = found[0].start_mark.line + 1, found[1]
        elif isinstance(node, yaml.SequenceNode) and isinstance(part, int) and 0 <= part < len(node.value):
            node = node.value[part]
            line = node.start_mark.line + 1
        else:
            break
    return line


def policy_json_schema() -> dict[str, Any]:
    """The JSON schema of the policy file, for editors and docs."""
    return Policy.model_json_schema()
