"""``scan``: free text, kept in SQL; presidio scans the result in memory."""

from __future__ import annotations

from governance_dagster.governed.masking.operators.base import Operator


class Scan(Operator):
    """Free text: kept in the SQL but with the row's own identifier values replaced; the rest of the scan is done
    by :mod:`governance_dagster.detect.presidio` on the result, before it leaves the governed path.
    """

    name = "scan"
    keeps_distinct = True  # the text is raw inside the database; the scan runs on the fetched rows

    def sql(self, value, params, dialect, secret):
        return value

    def apply(self, values, params, secret):
        from governance_dagster.detect.presidio import scan_series

        return scan_series(values)
