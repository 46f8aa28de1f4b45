"""presidio's recognizer patterns compiled once per machine, not in every process.

presidio compiles each recognizer's pattern with the ``regex`` module twice in every process: when the recognizer's
class is defined (to check it) and at the first analysis (with the recognizer's flags). ``regex`` parses and
compiles a pattern in Python; the URL recognizer's four patterns, each an alternation of every top-level domain,
take about 20 ms a compile, some 0.15 s of a command line's query. A compiled pattern pickles with its compiled code
(``regex`` registers its own reconstructor with :mod:`copyreg`), and reading it back skips the parser.

:func:`seed` reads the patterns an earlier process compiled from a file in the reference cache directory
(:func:`.reference.cache_dir`, named by the versions of ``regex`` and Python and this package's detect code) and
puts them in ``regex``'s own cache of compiled patterns, where presidio's ``regex.compile`` calls find them;
:func:`keep` writes the file when it lacks a pattern the recognizers use. Nothing else changes: a pattern that is
not in the file, a file that is missing, damaged or refused, and a ``regex`` release whose cache no longer takes the
patterns (checked on the first one) all mean that ``regex`` compiles as it always does.

Trust: the file is read like Python's ``__pycache__``, as the user's own data. It is written with mode 0600 in a
directory created 0700, and read only when it is a regular file that belongs to the user and that nobody else may
write. Its unpickler resolves no name but ``regex``'s pattern reconstructor, so a tampered file cannot run code
through pickle; each object read must be a ``regex`` pattern of the text it is filed under. What a writer of the
user's files could still do is what they can do to the classifier's word lists or to Python's bytecode caches:
hand the regex engine other compiled code for a pattern.

Example:
    >>> import io, regex
    >>> pattern = regex.compile(r"\\b[0-9]{3}-[0-9]{4}\\b", regex.IGNORECASE)
    >>> _read(io.BytesIO(pickle.dumps({(pattern.pattern, 2): pattern})))[(pattern.pattern, 2)].pattern
    '\\\\b[0-9]{3}-[0-9]{4}\\\\b'
    >>> _read(io.BytesIO(pickle.dumps({("p", 0): print})))
    Traceback (most recent call last):
    ...
    _pickle.UnpicklingError: builtins.print is not regex's pattern reconstructor
"""

from __future__ import annotations

import copyreg
import os
import pickle
import stat
import sys
from collections.abc import Iterable
from functools import lru_cache
from pathlib import Path
from typing import IO, Any

from governance_dagster.detect import reference

#: A pattern's text and the flags it is compiled with.
Key = tuple[str, int]


def _file() -> Path:
    return reference.path(f"{__name__}.patterns", ("regex",), suffix=".pickle")


@lru_cache(maxsize=1)
def _reconstructor() -> Any:
    """The function ``regex`` pickles its compiled patterns with (its C module's ``compile``)."""
    import regex

    return copyreg.dispatch_table[regex.Pattern](regex.compile(""))[0]


class _PatternsOnly(pickle.Unpickler):
    """An unpickler that resolves no global but ``regex``'s pattern reconstructor."""

    def find_class(self, module: str, name: str) -> Any:
        allowed = _reconstructor()
        if (module, name) == (allowed.__module__, allowed.__qualname__):
            return allowed
        raise pickle.UnpicklingError(f"{module}.{name} is not regex's pattern reconstructor")


def _read(source: IO[bytes]) -> dict[Key, Any]:
    """The compiled patterns a file holds, by (pattern, flags); :class:`TypeError` (or pickle's own error) if the
    file holds anything else."""
    import regex

    found = _PatternsOnly(source).load()
    if not isinstance(found, dict):
        raise TypeError("not a dict of compiled patterns")
    for key, compiled in found.items():
        if not (isinstance(key, tuple) and len(key) == 2 and type(key[0]) is str and type(key[1]) is int
                and type(compiled) is regex.Pattern and compiled.pattern == key[0]):
            raise TypeError("not a compiled pattern filed under its own text")
    return found


def _owned(path: Path) -> bool:
    """``path`` is a regular file of this user that nobody else may write."""
    info = path.stat()
    mine = not hasattr(os, "getuid") or info.st_uid == os.getuid()
    return stat.S_ISREG(info.st_mode) and mine and not info.st_mode & (stat.S_IWGRP | stat.S_IWOTH)


def _put(pattern: str, flags: int, compiled: Any) -> None:
    """File ``compiled`` in ``regex``'s cache as ``regex.compile(pattern, flags)`` files what it compiles."""
    import regex

    internals = sys.modules[regex.compile.__module__]
    with internals._cache_lock:
        internals._named_args[(pattern, str, flags)] = frozenset()  # it takes no named lists
        internals._locale_sensitive[(str, pattern)] = False  # checked by the caller: no LOCALE flag
        internals._cache[(pattern, str, flags, frozenset(), regex.DEFAULT_VERSION, None)] = compiled


def seed() -> frozenset[Key]:
    """Put the compiled patterns the cache directory holds in ``regex``'s cache of compiled patterns, where
    ``regex.compile`` finds them; the (pattern, flags) pairs the file holds."""
    import regex

    path = _file()
    try:
        if not _owned(path):
            return frozenset()
        with path.open("rb") as source:
            found = _read(source)
    except Exception:  # noqa: BLE001 - missing, damaged (unpickling raises many kinds) or refused: regex compiles
        return frozenset()
    checked = False
    try:
        for (pattern, flags), compiled in found.items():
            if compiled.flags & regex.LOCALE:
                continue
            _put(pattern, flags, compiled)
            if not checked and regex.compile(pattern, flags) is not compiled:  # this regex's cache works otherwise
                break
            checked = True
    except (AttributeError, TypeError):  # a regex release without the cache this knows: it compiles as usual
        pass
    return frozenset(found)


def keep(needed: Iterable[Key], held: frozenset[Key]) -> None:
    """Write the compiled patterns ``needed`` to the cache directory when the file :func:`seed` read did not hold
    them all (the first process on a machine, other patterns after an upgrade); compiling them here costs what
    their first use would (``regex`` keeps them for it)."""
    import regex

    wanted = list(dict.fromkeys((pattern, int(flags)) for pattern, flags in needed))
    if set(wanted) <= held:
        return
    try:
        compiled = {(pattern, flags): regex.compile(pattern, flags) for pattern, flags in wanted}
        data = pickle.dumps(compiled, protocol=pickle.HIGHEST_PROTOCOL)
    except (regex.error, ValueError, TypeError, pickle.PicklingError):
        return
    reference.write(_file(), data)
