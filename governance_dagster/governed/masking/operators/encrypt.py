"""``encrypt``: presidio-anonymizer's reversible AES, in memory on whole-table reads only."""

from __future__ import annotations

import pandas as pd

from governance_dagster.errors import MaskingError
from governance_dagster.governed.masking.operators.base import Operator, Params
from governance_dagster.policy.parameters import EncryptParameters


class Encrypt(Operator):
    """Reversible encryption, presidio-anonymizer's ``encrypt`` (AES-CBC, random IV, URL-safe base64): presidio's
    ``decrypt`` with the same key recovers the value. The key (16, 24 or 32 bytes) comes from the environment
    variable named by ``key_env``. No database here has AES, so it runs on the fetched rows, in memory; the
    governed path therefore allows it only on whole-table reads (``read_table``, the IO manager's loads).
    """

    name = "encrypt"
    keeps_distinct = True
    in_database = False

    def _key(self, params: Params) -> str:
        import os

        name = self._typed(params, EncryptParameters).key_env
        key = os.environ.get(name, "")
        if len(key.encode()) not in (16, 24, 32):
            raise MaskingError(f"encrypt needs a key of 16, 24 or 32 bytes in the environment variable {name}; "
                               "set it (for example to `python -c 'import secrets; print(secrets.token_hex(16))'`)")
        return key

    def sql(self, value, params, dialect, secret):
        raise MaskingError("encrypt cannot run inside the database; it runs in memory on whole-table reads")

    def apply(self, values, params, secret):
        from presidio_anonymizer.operators import Encrypt as PresidioEncrypt

        key = self._key(params)
        operator = PresidioEncrypt()
        return values.map(lambda v: None if pd.isna(v) else operator.operate(str(v), {"key": key}))
