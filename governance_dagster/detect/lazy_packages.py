"""Importing a few modules of a large package without running the package ``__init__`` files above them.

presidio-analyzer's package ``__init__`` imports all its NLP engines, and through them spaCy (half a second), and its
``predefined_recognizers`` package imports every recognizer presidio ships, compiling some two hundred patterns;
the free-text scan without a model uses seven pattern recognizers. Python runs a package's ``__init__`` before any
module inside it, so importing those seven modules the ordinary way pays for everything.

:func:`lazy_package` puts a package in ``sys.modules`` without running its ``__init__``. Its submodules import as
usual (Python needs only the package's ``__path__``). A name the ``__init__`` imports (``from .pattern import
Pattern``) is taken, on first use, from the module the ``__init__`` takes it from, read from the ``__init__``'s own
source: while :func:`resolving` is active in this thread. Anywhere else, the first name the package lacks runs the
package's real ``__init__``, so the package becomes what a plain import makes it (every module imported, every side
effect run; presidio finds its recognizer classes by ``__subclasses__``, which needs them all imported): code that
uses presidio later in the process sees presidio as it ships.

:func:`load` imports one module below lazy packages; with ``defer``, the module's own imports of that package
(spaCy, which presidio's ``nlp_artifacts`` module imports to name two types in annotations) give stand-ins that
import the real package at their first real use (a call, an attribute, an ``isinstance``).

Example:
    >>> with resolving():
    ...     recognizer = getattr(lazy_package("presidio_analyzer.predefined_recognizers"), "UsSsnRecognizer")
    >>> recognizer.__module__
    'presidio_analyzer.predefined_recognizers.country_specific.us.us_ssn_recognizer'
"""

from __future__ import annotations

import ast
import builtins
import importlib
import importlib.util
import sys
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from types import ModuleType
from typing import Any

_state = threading.local()
#: Held while a lazy package runs its real ``__init__``.
_completing = threading.RLock()


@contextmanager
def resolving() -> Iterator[None]:
    """While active in this thread, lazy packages give the names their ``__init__`` imports one by one instead of
    running the ``__init__``."""
    before = getattr(_state, "resolving", False)
    _state.resolving = True
    try:
        yield
    finally:
        _state.resolving = before


def lazy_package(name: str) -> ModuleType:
    """The package ``name``: the imported one if it is in ``sys.modules``, otherwise a lazy one (its parents too),
    registered in ``sys.modules`` and on its parent as an import would."""
    if name in sys.modules:
        return sys.modules[name]
    parent, _, child = name.rpartition(".")
    if parent:
        lazy_package(parent)
    spec = importlib.util.find_spec(name)
    if spec is None or spec.submodule_search_locations is None:
        raise ModuleNotFoundError(f"No package named {name!r}", name=name)
    package = importlib.util.module_from_spec(spec)
    package.__getattr__ = _LazyNames(package, _imported_names(spec))  # type: ignore[method-assign]
    package = sys.modules.setdefault(name, package)  # another thread's, if it was first
    if parent:
        setattr(sys.modules[parent], child, package)
    return package


def load(name: str, defer: str | None = None) -> ModuleType:
    """Import the module ``name`` with the packages above it lazy. With ``defer`` (a top-level package that is not
    imported yet), the module's own import statements of that package bind stand-ins instead (:class:`Later`)."""
    if name in sys.modules:
        return sys.modules[name]
    parent, _, child = name.rpartition(".")
    if parent:
        lazy_package(parent)
    if defer is None or defer in sys.modules:
        return importlib.import_module(name)
    spec = importlib.util.find_spec(name)
    if spec is None or spec.loader is None:
        raise ModuleNotFoundError(f"No module named {name!r}", name=name)
    module = importlib.util.module_from_spec(spec)
    module.__builtins__ = {**builtins.__dict__, "__import__": _deferring_import(defer)}  # type: ignore[attr-defined]
    sys.modules[name] = module
    try:
        spec.loader.exec_module(module)
    except BaseException:
        sys.modules.pop(name, None)
        raise
    finally:
        module.__builtins__ = builtins  # type: ignore[attr-defined]
    if parent:
        setattr(sys.modules[parent], child, module)
    return module


class _LazyNames:
    """A lazy package's module ``__getattr__`` (PEP 562): called for the names the package does not hold yet."""

    def __init__(self, package: ModuleType, names: dict[str, tuple[str, str]]) -> None:
        self.package, self.names = package, names

    def __call__(self, attr: str) -> Any:
        name = self.package.__name__
        if attr.startswith("__") and attr.endswith("__") and attr != "__all__":
            raise AttributeError(f"module {name!r} has no attribute {attr!r}")
        if attr.isidentifier() and importlib.util.find_spec(f"{name}.{attr}") is not None:  # ``from pkg import sub``
            return importlib.import_module(f"{name}.{attr}")
        if getattr(_state, "resolving", False) and attr in self.names:
            source, original = self.names[attr]
            if source != name:
                value = getattr(load(source), original)
                setattr(self.package, attr, value)
                return value
        return self._complete(attr)

    def _complete(self, attr: str) -> Any:
        """Run the package's real ``__init__`` in it (once), then give ``attr`` as a plain import would."""
        name = self.package.__name__
        with _completing:
            if self.package.__dict__.get("__getattr__") is self:
                running = _state.__dict__.setdefault("completing", set())
                if name in running:  # its __init__ is running in this thread and has not defined the name yet
                    raise AttributeError(f"module {name!r} has no attribute {attr!r}")
                running.add(name)
                try:
                    self.package.__spec__.loader.exec_module(self.package)  # type: ignore[union-attr]
                    if self.package.__dict__.get("__getattr__") is self:
                        del self.package.__getattr__
                finally:
                    running.discard(name)
        try:
            return self.package.__dict__[attr]
        except KeyError:
            raise AttributeError(f"module {name!r} has no attribute {attr!r}") from None


def _imported_names(spec: Any) -> dict[str, tuple[str, str]]:
    """``{name: (module, name there)}`` for each ``from ... import`` at the top level of a package's ``__init__``."""
    try:
        tree = ast.parse(spec.loader.get_source(spec.name) or "")
    except (SyntaxError, ImportError, OSError):
        return {}
    names: dict[str, tuple[str, str]] = {}
    for node in tree.body:
        if isinstance(node, ast.ImportFrom):
            module = node.module or ""
            source = importlib.util.resolve_name("." * node.level + module, spec.name) if node.level else module
            for alias in node.names:
                if alias.name != "*":
                    names[alias.asname or alias.name] = (source, alias.name)
    return names


class Later:
    """A name of a module that is not imported yet: the module is imported at the name's first real use (a call, an
    attribute, ``isinstance``, a subclass). Written into annotations it imports nothing.

    Example:
        >>> Later("fractions", "Fraction")(1, 3)
        Fraction(1, 3)
    """

    __slots__ = ("_module", "_name")

    def __init__(self, module: str, name: str) -> None:
        self._module, self._name = module, name

    def resolve(self) -> Any:
        """The real object, its module imported now if it was not."""
        return getattr(importlib.import_module(self._module), self._name)

    def __getattr__(self, attr: str) -> Any:
        if attr.startswith("__") and attr.endswith("__"):  # typing and copy probe these: no reason to import
            raise AttributeError(attr)
        return getattr(self.resolve(), attr)

    def __call__(self, *args: Any, **kwargs: Any) -> Any:
        return self.resolve()(*args, **kwargs)

    def __instancecheck__(self, instance: Any) -> bool:
        return isinstance(instance, self.resolve())

    def __subclasscheck__(self, subclass: type) -> bool:
        return issubclass(subclass, self.resolve())

    def __mro_entries__(self, bases: tuple) -> tuple:
        return (self.resolve(),)

    def __repr__(self) -> str:
        return f"<{self._module}.{self._name}, imported at first use>"


class _DeferredModule:
    """What ``import spacy.tokens`` (or ``from spacy.tokens import Doc``) gives a module loaded with ``defer``:
    every name is a :class:`Later`."""

    def __init__(self, name: str) -> None:
        self._name = name

    def __getattr__(self, attr: str) -> Later:
        if attr.startswith("__") and attr.endswith("__"):
            raise AttributeError(attr)
        return Later(self._name, attr)


def _deferring_import(package: str) -> Any:
    """An ``__import__`` that gives :class:`_DeferredModule` for absolute imports of ``package`` and its modules."""
    real = builtins.__import__

    def deferring(name: str, globals: Any = None, locals: Any = None, fromlist: Any = (), level: int = 0) -> Any:
        if level == 0 and name.partition(".")[0] == package:
            return _DeferredModule(name if fromlist else package)
        return real(name, globals, locals, fromlist, level)

    return deferring
