"""Reference data derived from installed packages, kept between processes in the user's cache directory.

Building the classifier's word lists (GeoNames' cities, the census names, babel's country and calendar names) takes
about a second and a half at every start of a process; reading them back takes a few milliseconds. :func:`stored`
keeps what a builder returned as JSON under ``platformdirs.user_cache_dir("governance-dagster")`` (or
``$GOVERNANCE_CACHE_DIR``), in a file named by a digest of everything the result depends on: the versions of the
packages it reads, the code that derives it (this package's ``detect`` modules), Python's version and its Unicode
database. Any change builds it again; an unreadable or damaged file is rebuilt, and a cache directory that cannot be
written only costs the build. Nothing here uses the network, and the files hold public reference data only.

Example:
    >>> @stored("babel")
    ... def weekdays() -> frozenset[str]:
    ...     from babel import Locale
    ...     return frozenset(Locale("en").days["format"]["wide"].values())
    >>> sorted(weekdays())[:2]
    ['Friday', 'Monday']
"""

from __future__ import annotations

import base64
import hashlib
import json
import os
import sys
import tempfile
import unicodedata
from collections.abc import Callable, Iterable
from contextlib import suppress
from functools import lru_cache, wraps
from importlib.metadata import version
from pathlib import Path
from typing import Any, TypeVar

T = TypeVar("T")

#: Names a directory for the cache instead of the user's cache directory.
CACHE_ENV = "GOVERNANCE_CACHE_DIR"
#: Bumped when the file format changes.
_FORMAT = 2
#: How many versions of one piece of data the cache keeps, the most recently written or read: two checkouts or
#: environments of different versions sharing one cache directory (a release and a development tree, CI and a
#: local run) each keep theirs, instead of deleting the other's and building again at every start.
_KEEP = 3


def cache_dir() -> Path:
    """Where derived reference data is kept: ``$GOVERNANCE_CACHE_DIR``, else the user's cache directory."""
    if os.environ.get(CACHE_ENV):
        return Path(os.environ[CACHE_ENV])
    import platformdirs

    return Path(platformdirs.user_cache_dir("governance-dagster")) / "reference"


@lru_cache(maxsize=1)
def _code_digest() -> str:
    """A digest of this package's detect modules, whose code derives the data (``fold`` included)."""
    digest = hashlib.sha256()
    for path in sorted(Path(__file__).parent.glob("*.py")):
        digest.update(path.name.encode() + b"\0" + path.read_bytes())
    return digest.hexdigest()


def path(name: str, packages: tuple[str, ...], suffix: str = ".json") -> Path:
    """The file in the cache directory that keeps ``name`` derived from ``packages``: named by a digest of
    everything the data depends on (see the module's description).

    Example:
        >>> path("words", ("babel",)).name.startswith("words-")
        True
    """
    key = json.dumps([_FORMAT, name, {p: version(p) for p in packages}, list(sys.version_info[:2]),
                      unicodedata.unidata_version, _code_digest()])
    digest = hashlib.sha256(key.encode()).hexdigest()[:32]
    return cache_dir() / f"{name}-{digest}{suffix}"


def _encode(value: Any) -> Any:
    if isinstance(value, bytes):
        return {"bytes": base64.b64encode(value).decode("ascii")}
    if isinstance(value, frozenset):
        return {"frozenset": sorted(value)}
    if isinstance(value, tuple):
        return {"tuple": [_encode(v) for v in value]}
    if isinstance(value, dict):  # keys and values as two lists: a third faster to read back than a JSON object
        return {"dict": [list(value), list(value.values())]}
    raise TypeError(f"cannot store a {type(value).__name__} as reference data")


def _decode(value: dict[str, Any]) -> Any:
    (tag, data), = value.items()
    return {"frozenset": frozenset, "tuple": lambda d: tuple(_decode(v) for v in d),
            "dict": lambda d: dict(zip(*d, strict=True)), "bytes": base64.b64decode}[tag](data)


def write(path: Path, data: str | bytes) -> None:
    """Write ``data`` (text as UTF-8) to ``path`` atomically (a reader sees no file or a whole one), readable and
    writable by the user only, and remove the files older versions of the same data left beyond the
    :data:`_KEEP` most recently used; a directory that cannot be written is skipped."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        handle, name = tempfile.mkstemp(dir=path.parent, suffix=".tmp")  # created with mode 0o600
    except OSError:
        return
    try:
        with os.fdopen(handle, "wb") as tmp:
            tmp.write(data.encode("utf-8") if isinstance(data, str) else data)
        os.replace(name, path)
    except OSError:
        Path(name).unlink(missing_ok=True)
        return
    _prune(path)


def _used(path: Path) -> float:
    try:
        return path.stat().st_mtime
    except OSError:  # removed meanwhile by another process
        return 0.0


def _prune(path: Path) -> None:
    """Remove the versions of ``path``'s data beyond the :data:`_KEEP` most recently used (``path`` is kept)."""
    others = [p for p in path.parent.glob(f"{path.name.rpartition('-')[0]}-*{path.suffix}") if p != path]
    for old in sorted(others, key=_used, reverse=True)[_KEEP - 1:]:
        old.unlink(missing_ok=True)


#: Bits of a word filter per word, and the positions each word sets: about one word in 15,000 that is not in the
#: list passes the filter (one in 12,000 of 200,000 random strings against GeoNames' 250,000 city names).
_FILTER_BITS, _FILTER_HASHES = 20, 14


def _digest(word: str) -> bytes:
    """Two 32-bit numbers (little-endian) that place ``word`` in a filter: the first position, and the step."""
    return hashlib.blake2b(word.encode("utf-8", "surrogatepass"), digest_size=8).digest()


def word_filter(words: Iterable[str]) -> bytes:
    """A Bloom filter of ``words``, 20 bits a word: :func:`may_hold` is True for each of them and for fewer than
    one other word in 10,000, so a large word list need only be read for the few words the filter passes.

    Example:
        >>> cities = word_filter(["lyon", "köln", "são paulo"])
        >>> may_hold(cities, "köln"), may_hold(cities, "printer jammed again")
        (True, False)
    """
    import numpy as np

    words = list(words)
    size = max(64, len(words) * _FILTER_BITS + 7) // 8 * 8
    placed = np.frombuffer(b"".join(map(_digest, words)), dtype="<u4").reshape(-1, 2).astype(np.int64)
    first, step = placed[:, :1], placed[:, 1:] | 1
    bits = np.zeros(size, dtype=bool)
    bits[((first + np.arange(_FILTER_HASHES) * step) % size).reshape(-1)] = True
    return np.packbits(bits, bitorder="little").tobytes()


def may_hold(words: bytes, word: str) -> bool:
    """Whether the :func:`word_filter` ``words`` may hold ``word`` (False: it certainly does not; an empty filter
    rules nothing out)."""
    if not words:
        return True
    digest, size = _digest(word), len(words) * 8
    first, step = int.from_bytes(digest[:4], "little"), int.from_bytes(digest[4:], "little") | 1
    for i in range(_FILTER_HASHES):
        at = (first + i * step) % size
        if not words[at >> 3] >> (at & 7) & 1:
            return False
    return True


def stored(*packages: str) -> Callable[[Callable[[], T]], Callable[[], T]]:
    """Decorate a function without arguments that derives reference data (a frozenset of strings, a dict of
    strings to strings or numbers, bytes, or a tuple of those) from ``packages``: its result is built once, kept in
    the cache directory and read back by later processes; within a process it is kept in memory."""
    def decorate(build: Callable[[], T]) -> Callable[[], T]:
        @lru_cache(maxsize=1)
        @wraps(build)
        def load() -> T:
            kept = path(f"{build.__module__}.{build.__qualname__}", packages)
            try:
                value = _decode(json.loads(kept.read_text(encoding="utf-8")))
            except (OSError, ValueError, KeyError, TypeError):  # missing or damaged: build it again
                pass
            else:
                with suppress(OSError):
                    os.utime(kept)  # used: the newest versions are the ones kept
                return value
            value = build()
            write(kept, json.dumps(_encode(value), ensure_ascii=False))
            return value

        return load

    return decorate
