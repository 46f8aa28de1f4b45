"""great-expectations' Data Docs views with their jinja templates compiled once per process.

great-expectations builds a new jinja ``Environment`` for every view of every site it renders, so each contract
compiled the same templates again (about a third of rendering its Data Docs). These views are great-expectations'
own page and index views with one process-wide in-memory bytecode cache: jinja still reads each template's
source and checks it against the cached code's checksum, so the pages are the same; only the compiling is
skipped. The contract's site configuration names them (``view`` of each site section and of the index); this
module is imported by great-expectations when it builds a site, so it may import great-expectations.
"""

from __future__ import annotations

import threading
from typing import Any

from great_expectations.render.view import DefaultJinjaIndexPageView, DefaultJinjaPageView
from jinja2 import BytecodeCache
from jinja2.bccache import Bucket


class MemoryBytecodeCache(BytecodeCache):
    """Compiled templates of this process, by jinja's bucket key (template name and source checksum)."""

    def __init__(self) -> None:
        self._code: dict[str, bytes] = {}
        self._guard = threading.Lock()

    def load_bytecode(self, bucket: Bucket) -> None:
        with self._guard:
            code = self._code.get(bucket.key)
        if code is not None:
            bucket.bytecode_from_string(code)

    def dump_bytecode(self, bucket: Bucket) -> None:
        code = bucket.bytecode_to_string()
        with self._guard:
            self._code[bucket.key] = code

    def clear(self) -> None:
        with self._guard:
            self._code.clear()


#: The one bytecode cache of the Data Docs views of this process.
BYTECODE = MemoryBytecodeCache()


class CachedJinjaPageView(DefaultJinjaPageView):
    """great-expectations' page view (suite and validation pages), its templates compiled once per process."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.env.bytecode_cache = BYTECODE


class CachedJinjaIndexPageView(DefaultJinjaIndexPageView):
    """great-expectations' index page view, its templates compiled once per process."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.env.bytecode_cache = BYTECODE
