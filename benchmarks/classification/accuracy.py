"""Precision and recall of column classification, per kind, over the labeled tables of ``make_tables``.

Every column of every benchmark table (see ``make_tables`` for the tables and the labeling rules) is classified
and the answer compared with its label. Columns are typed from the DataFrame dtypes the way a database would
report them (VARCHAR, BIGINT, DOUBLE, BOOLEAN, DATE or TIMESTAMP) and the whole DataFrame is passed as the sample.

Reported:

* per kind: precision (of the columns given that kind, the share that hold it), recall (of the columns holding it,
  the share given it), support (how many columns hold it) and how many columns were given it;
* overall accuracy: the share of columns given exactly their labeled kind;
* personal-data detection: precision and recall of "holds personal data" (any kind but ``none``) whatever the
  kind, since calling a first-name column ``person_name`` still gets it masked while calling it ``none`` leaks it;
* every misclassified column as ``table.column: expected -> got``.

Run from the repository root: ``.venv/bin/python benchmarks/classification/accuracy.py [--json]``.

Another classifier can be measured with :func:`evaluate`; it is called as ``classifier(table, columns, frame)``
with ``columns`` mapping column name to type name, and returns column -> kind (a ``Kind`` or its string value).
Columns it leaves out count as ``none``.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable, Mapping
from typing import Any

import pandas as pd

from governance_dagster.detect.classify import classify_table
from governance_dagster.kinds import Kind
from governance_dagster.policy.models import Policy

if __package__:
    from .make_tables import LABELS, tables
else:  # run as a script: this directory is on sys.path
    from make_tables import LABELS, tables

#: ``(table, columns: column -> type name, frame) -> column -> kind``
Classifier = Callable[[str, dict[str, str], pd.DataFrame], Mapping[str, str]]


def sql_type(series: pd.Series) -> str:
    """The SQL-ish type name a database would report for a column holding ``series``."""
    dtype = series.dtype
    if pd.api.types.is_bool_dtype(dtype):
        return "BOOLEAN"
    if pd.api.types.is_integer_dtype(dtype):
        return "BIGINT"
    if pd.api.types.is_float_dtype(dtype):
        return "DOUBLE"
    if pd.api.types.is_datetime64_any_dtype(dtype):
        values = series.dropna()
        return "DATE" if (values == values.dt.normalize()).all() else "TIMESTAMP"
    return "VARCHAR"


def sql_columns(frame: pd.DataFrame) -> dict[str, str]:
    """Column name -> SQL-ish type name, in column order."""
    return {str(column): sql_type(frame[column]) for column in frame.columns}


def project_classifier(table: str, columns: dict[str, str], frame: pd.DataFrame) -> dict[str, str]:
    """governance-dagster's own classifier, :func:`classify_table`, with the default :class:`Policy`."""
    return {column: c.kind.value for column, c in classify_table(table, columns, frame, Policy()).items()}


def _ratio(numerator: int, denominator: int) -> float | None:
    return numerator / denominator if denominator else None


def evaluate(
    classifier: Classifier = project_classifier,
    frames: Mapping[str, pd.DataFrame] | None = None,
    labels: Mapping[str, Mapping[str, str]] | None = None,
) -> dict[str, Any]:
    """Classify every benchmark column with ``classifier`` and score it against the labels (default: the tables
    and labels of ``make_tables``; pass the held-out set's to score that).

    Returns a JSON-serializable dict: ``tables`` and ``columns`` (counts), ``accuracy``, ``per_kind`` (kind ->
    ``precision``, ``recall``, ``support``, ``predicted``; a ratio is ``None`` when its denominator is 0),
    ``personal_data`` (``precision`` and ``recall`` of any kind vs ``none``), ``misclassified`` (a list of
    ``{"table", "column", "expected", "got"}``) and ``predictions`` (table -> column -> kind).
    """
    frames = tables() if frames is None else frames
    labels = LABELS if labels is None else labels
    pairs: list[tuple[str, str, str, str]] = []  # table, column, expected, got
    predictions: dict[str, dict[str, str]] = {}
    for name, frame in frames.items():
        answer = classifier(name, sql_columns(frame), frame)
        predictions[name] = {str(c): Kind(answer.get(str(c), Kind.NONE)).value for c in frame.columns}
        pairs += [(name, column, expected, predictions[name][column]) for column, expected in labels[name].items()]

    per_kind: dict[str, dict[str, Any]] = {}
    for kind in (k.value for k in Kind):
        support = sum(expected == kind for _, _, expected, _ in pairs)
        predicted = sum(got == kind for _, _, _, got in pairs)
        hits = sum(expected == kind == got for _, _, expected, got in pairs)
        if support or predicted:
            per_kind[kind] = {
                "precision": _ratio(hits, predicted),
                "recall": _ratio(hits, support),
                "support": support,
                "predicted": predicted,
            }

    none = Kind.NONE.value
    personal = sum(expected != none for _, _, expected, _ in pairs)
    flagged = sum(got != none for _, _, _, got in pairs)
    caught = sum(expected != none and got != none for _, _, expected, got in pairs)
    return {
        "tables": len(frames),
        "columns": len(pairs),
        "accuracy": sum(expected == got for _, _, expected, got in pairs) / len(pairs),
        "per_kind": per_kind,
        "personal_data": {"precision": _ratio(caught, flagged), "recall": _ratio(caught, personal)},
        "misclassified": [
            {"table": t, "column": c, "expected": expected, "got": got}
            for t, c, expected, got in pairs
            if expected != got
        ],
        "predictions": predictions,
    }


def _fmt(value: float | None) -> str:
    return "-" if value is None else f"{value:.2f}"


def report(result: Mapping[str, Any]) -> str:
    """``evaluate``'s result as a plain-text table."""
    lines = [
        f"{result['columns']} columns in {result['tables']} tables",
        "",
        f"{'kind':<16}{'precision':>10}{'recall':>8}{'support':>9}{'predicted':>11}",
    ]
    for kind, m in result["per_kind"].items():
        lines.append(
            f"{kind:<16}{_fmt(m['precision']):>10}{_fmt(m['recall']):>8}{m['support']:>9}{m['predicted']:>11}"
        )
    wrong = result["misclassified"]
    personal = result["personal_data"]
    lines += [
        "",
        f"accuracy: {result['accuracy']:.3f} ({result['columns'] - len(wrong)}/{result['columns']} columns)",
        (f"personal data (any kind vs none): precision {_fmt(personal['precision'])}, "
         f"recall {_fmt(personal['recall'])}"),
        "",
        f"misclassified ({len(wrong)}):",
    ]
    lines += [f"  {w['table']}.{w['column']}: {w['expected']} -> {w['got']}" for w in wrong]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--json", action="store_true", help="print evaluate()'s result as JSON")
    args = parser.parse_args(argv)
    result = evaluate()
    print(json.dumps(result, indent=2) if args.json else report(result))
    return 0


if __name__ == "__main__":
    sys.exit(main())
