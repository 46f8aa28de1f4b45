"""Personal-data detection: what a column name says (:mod:`.names`) and what its values show (:mod:`.values`).

:mod:`governance_dagster.detect.classify` combines the two into one decision per column.
"""
