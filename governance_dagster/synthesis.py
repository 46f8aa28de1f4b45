"""Synthetic tables with SDV, fed by the classification: personal-data columns are declared PII in SDV's metadata,
so the model never learns their values; fresh fake ones are drawn instead, a column at a time by
:mod:`governance_dagster.generated_values` (SDV's own Faker, one call per value, for a sdtype it has no generator for).

A fresh fake value can still equal a real one by chance (a common name, a random SSN). When the caller passes the
real table's identifier digests, every PII value of the sample whose digest is among them is drawn again, so the
synthetic table holds no real identifier.

Example:
    >>> import pandas as pd
    >>> real = pd.DataFrame({"id": range(40), "email": [f"p{i}@example.com" for i in range(40)],
    ...                      "spend": [float(i % 7) for i in range(40)]})
    >>> out = synthesize(real, {"email": Kind.EMAIL}, num_rows=10, seed=7)
    >>> len(out.frame), bool(out.frame["email"].isin(real["email"]).any())
    (10, False)
"""

from __future__ import annotations

import logging
import math
import time
import warnings
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

import pandas as pd
from pandas.tseries.api import guess_datetime_format

from governance_dagster.errors import SynthesisError
from governance_dagster.extras import require
from governance_dagster.generated_values import can_generate, column_rng, generate
from governance_dagster.kinds import Kind
from governance_dagster.sql.digests import Normalization, digest_value, normalization_for

#: SDV sdtype of each kind that is generated rather than learned.
SDTYPES: dict[Kind, str] = {
    Kind.EMAIL: "email",
    Kind.PERSON_NAME: "name",
    Kind.FIRST_NAME: "first_name",
    Kind.LAST_NAME: "last_name",
    Kind.PHONE: "phone_number",
    Kind.SSN: "ssn",
    Kind.NATIONAL_ID: "ssn",
    Kind.CREDIT_CARD: "credit_card_number",
    Kind.IBAN: "iban",
    Kind.IP_ADDRESS: "ipv4_address",
    Kind.STREET_ADDRESS: "street_address",
    Kind.POSTAL_CODE: "postcode",
    Kind.FREE_TEXT: "sentence",
}

TABLE = "table"
_REDRAWS = 20


@dataclass
class SynthesisResult:
    """A synthetic table and how it was made."""

    frame: pd.DataFrame
    synthesizer: str
    pii_columns: dict[str, str]
    learned_columns: list[str]
    redrawn_values: int = 0
    sdv_metadata: dict = field(default_factory=dict)


def sdv_metadata(frame: pd.DataFrame, kinds: Mapping[str, Kind], *, detect_only: bool = False):
    """SDV metadata for ``frame``: detected, then every personal-data column set to its PII sdtype.

    With ``detect_only`` it is SDV's own detection alone (which treats names and streets as categories: the
    naive way, kept for the demo's leaking job).
    """
    Metadata = require("sdv.metadata", "synthesis").Metadata

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        metadata = Metadata.detect_from_dataframes({TABLE: frame}, infer_keys="primary_only")
        if not detect_only:
            updates = {c: {"sdtype": SDTYPES[k], "pii": True} for c, k in kinds.items() if k in SDTYPES and c in frame}
            updates.update(_datetime_formats(frame, metadata.to_dict()["tables"][TABLE]["columns"], updates))
            if updates:
                metadata.update_columns_metadata(updates, table_name=TABLE)
        metadata.validate()
    return metadata


def _datetime_formats(frame: pd.DataFrame, columns: Mapping[str, Any], updates: Mapping[str, Any]) -> dict:
    """``datetime_format`` for each datetime column stored as datetime64, the one SDV would learn (pandas' guess from
    the column's first value written as text): given, SDV checks the column with one vectorized parse instead of
    guessing the format of a thousand values one by one (about 0.5 s per column), and samples the same values."""
    formats = {}
    for column, meta in columns.items():
        if meta.get("sdtype") != "datetime" or "datetime_format" in meta or column in updates:
            continue
        values = frame[column].dropna()
        if values.empty or not pd.api.types.is_datetime64_any_dtype(values):
            continue
        guessed = guess_datetime_format(values.astype(str).iloc[0])
        if guessed:
            formats[column] = {"sdtype": "datetime", "datetime_format": guessed}
    return formats


def _silence() -> None:
    for name in ("sdv", "rdt", "copulas", "SingleTableSynthesizer", "MultiTableSynthesizer", "sdmetrics"):
        logging.getLogger(name).setLevel(logging.ERROR)


def synthesize(
    frame: pd.DataFrame,
    kinds: Mapping[str, Kind],
    *,
    num_rows: int | None = None,
    seed: int = 0,
    naive: bool = False,
    forbidden: Mapping[str, set[str]] | None = None,
    secret: str = "",
    progress: Callable[[str], None] | None = None,
) -> SynthesisResult:
    """Train a GaussianCopula on ``frame`` and sample a synthetic table.

    Args:
        frame: training rows (already masked by the governed path).
        kinds: personal-data kind per column; those with an SDV sdtype are generated, never learned.
        num_rows: rows to sample; default: as many as ``frame`` has.
        seed: seeds the redraws of colliding values. SDV 2.0 seeds its own model and its Faker columns
            deterministically (from the column names and values), so a run repeats whatever the seed.
        naive: use SDV's own metadata detection only (leaks; for demonstrations and tests).
        forbidden: keyed digests of real values per normalization (``"text"``, ``"digits"``); PII values whose
            digest is among them are drawn again.
        secret: the key those digests were made with.
        progress: called with a line of progress text.
    """
    GaussianCopulaSynthesizer = require("sdv.single_table", "synthesis").GaussianCopulaSynthesizer

    _silence()
    say = progress or (lambda _m: None)
    if frame.empty:
        raise SynthesisError("cannot train a synthesizer on an empty table; check the upstream asset")
    metadata = sdv_metadata(frame, kinds, detect_only=naive)
    columns = metadata.to_dict()["tables"][TABLE]["columns"]
    pii = {c: m["sdtype"] for c, m in columns.items() if m.get("pii")}
    drawn = {} if naive else _drawn_here(metadata.to_dict(), pii)
    say(f"training GaussianCopula on {len(frame):,} rows; generated (never learned): {sorted(pii) or 'none'}")
    rows = num_rows or len(frame)
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            model = GaussianCopulaSynthesizer(_without(metadata, drawn), default_distribution="norm")
            model.fit({TABLE: frame.drop(columns=list(drawn))})
            sample = model.sample(rows)[TABLE]
    except Exception as exc:  # noqa: BLE001 - SDV raises many types; the message carries no data values
        raise SynthesisError(f"SDV failed to train or sample: {type(exc).__name__}") from None
    for column, sdtype in drawn.items():
        share = float(frame[column].isna().mean())
        sample[column] = generate(sdtype, rows, column_rng(seed, column), missing_share=share)
    sample = sample[list(frame.columns)]
    redrawn = 0
    if forbidden and not naive:
        redrawn = _redraw_collisions(sample, pii, kinds, forbidden, secret, seed)
        if redrawn:
            say(f"redrew {redrawn} generated values that happened to equal real ones")
    return SynthesisResult(sample, "gaussian_copula", pii, [c for c in frame.columns if c not in pii], redrawn,
                           metadata.to_dict())


def _drawn_here(metadata: Mapping[str, Any], pii: Mapping[str, str]) -> dict[str, str]:
    """The PII columns drawn by :mod:`governance_dagster.generated_values` rather than by SDV's Faker: those with a
    generator there that are no key (SDV keeps keys unique)."""
    table = metadata["tables"][TABLE]
    keys = {table.get("primary_key"), *table.get("alternate_keys", [])}
    return {c: s for c, s in pii.items() if can_generate(s) and c not in keys}


def _without(metadata, columns: Mapping[str, str]):
    """``metadata`` without ``columns`` (the model is neither trained on them nor samples them)."""
    if not columns:
        return metadata
    as_dict = metadata.to_dict()
    kept = as_dict["tables"][TABLE]["columns"]
    as_dict["tables"][TABLE]["columns"] = {c: m for c, m in kept.items() if c not in columns}
    return type(metadata).load_from_dict(as_dict)


def _redraw_collisions(
    sample: pd.DataFrame, pii: Mapping[str, str], kinds: Mapping[str, Kind], forbidden: Mapping[str, set[str]],
    secret: str, seed: int,
) -> int:
    """Draw again every generated value whose digest is among the real ones (``forbidden``), up to
    ``_REDRAWS`` times each; the number of values drawn again."""
    redrawn = 0
    for column, sdtype in pii.items():
        norm = normalization_for(kinds.get(column, Kind.NONE))
        bad = forbidden.get(norm, set())
        if not bad:
            continue
        rng = column_rng(seed + 1, column)

        def real(values: Iterable[object], norm: Normalization = norm, bad: set[str] = bad) -> list[bool]:
            return [not pd.isna(v) and digest_value(str(v), norm, secret) in bad for v in values]

        clash = sample.index[real(sample[column])]
        redrawn += len(clash)
        for _ in range(_REDRAWS):
            if clash.empty:
                break
            fresh = generate(sdtype if can_generate(sdtype) else "sentence", len(clash), rng)
            sample.loc[clash, column] = fresh
            clash = clash[real(fresh)]
        else:
            raise SynthesisError(f"could not draw a value for {column} that differs from every real value")
    return redrawn


@dataclass(frozen=True)
class QualityScores:
    """SDV's quality report of a synthetic table against its training rows: scores only, never a value."""

    overall: float | None
    column_shapes: float | None
    column_pair_trends: float | None
    #: column -> {"metric": ..., "score": ...}
    column_shape_scores: dict[str, dict[str, Any]]
    pairs_scored: int
    rows: int
    seconds: float

    def as_dict(self) -> dict[str, Any]:
        return {"overall": self.overall, "column_shapes": self.column_shapes,
                "column_pair_trends": self.column_pair_trends, "column_shape_scores": self.column_shape_scores,
                "pairs_scored": self.pairs_scored, "rows": self.rows, "seconds": round(self.seconds, 3)}


def _score(value: Any) -> float | None:
    return None if value is None or (isinstance(value, float) and math.isnan(value)) else round(float(value), 4)


def quality_report(
    real: pd.DataFrame, synthetic: pd.DataFrame, metadata: Mapping[str, Any], *, max_rows: int = 5000, seed: int = 0,
) -> QualityScores:
    """SDV 2.0's quality report (``sdv.evaluation.evaluate_quality``): overall score, Column Shapes and Column
    Pair Trends.

    Personal-data columns (SDV ``pii``) are left out by SDMetrics; both tables are sampled to ``max_rows`` rows
    to keep the report to a fraction of a second. A property is ``None`` when SDMetrics scores nothing for it
    (Column Pair Trends scores only pairs whose real columns are correlated).

    Args:
        real: the rows the synthesizer was trained on (masked).
        synthetic: the synthetic table.
        metadata: SDV metadata, as :attr:`SynthesisResult.sdv_metadata`.

    Example:
        >>> real = pd.DataFrame({"x": [float(i) for i in range(200)], "y": [2.0 * i for i in range(200)]})
        >>> meta = {"tables": {TABLE: {"columns": {"x": {"sdtype": "numerical"}, "y": {"sdtype": "numerical"}}}}}
        >>> scores = quality_report(real, real, meta)
        >>> scores.overall, scores.column_shape_scores["x"]
        (1.0, {'metric': 'KSComplement', 'score': 1.0})
    """
    evaluate_quality = require("sdv.evaluation", "synthesis").evaluate_quality
    Metadata = require("sdv.metadata", "synthesis").Metadata

    _silence()
    started = time.perf_counter()
    rows = min(max_rows, len(real), len(synthetic))
    if rows == 0:
        raise SynthesisError("cannot score an empty table; check the synthetic and training tables")
    real_rows = real.sample(rows, random_state=seed) if len(real) > rows else real
    synthetic_rows = synthetic.sample(rows, random_state=seed) if len(synthetic) > rows else synthetic
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            report = evaluate_quality(real_rows, synthetic_rows, Metadata.load_from_dict(dict(metadata)), verbose=False)
            properties = dict(zip(report.get_properties()["Property"], report.get_properties()["Score"]))
            shapes = report.get_details("Column Shapes")
            pairs = report.get_details("Column Pair Trends")
    except Exception as exc:  # noqa: BLE001 - SDMetrics raises many types; the message carries no data values
        raise SynthesisError(f"SDMetrics failed to compute the quality report: {type(exc).__name__}") from None
    shape_scores = {str(r["Column"]): {"metric": str(r["Metric"]), "score": _score(r["Score"])}
                    for _, r in shapes.iterrows()}
    scored_pairs = int(pairs["Score"].notna().sum()) if "Score" in pairs else 0
    return QualityScores(_score(report.get_score()), _score(properties.get("Column Shapes")),
                         _score(properties.get("Column Pair Trends")), shape_scores, scored_pairs, rows,
                         time.perf_counter() - started)
