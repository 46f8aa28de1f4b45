"""``GovernedSynthesizer``: the Dagster resource that trains SDV on governed (masked) rows with the
classification's PII columns generated rather than learned.

Example:
    >>> synthesizer = GovernedSynthesizer(num_rows=1000, seed=7)
"""

from __future__ import annotations

import pandas as pd
from dagster import ConfigurableResource, MetadataValue, Output, get_dagster_logger
from pydantic import Field

from governance_dagster.dagster.metadata import column_schema
from governance_dagster.dagster.resources import GovernedDatabase
from governance_dagster.kinds import Kind
from governance_dagster.sql.digests import normalization_for
from governance_dagster.synthesis import QualityScores, SynthesisResult, quality_report, synthesize


class GovernedSynthesizer(ConfigurableResource):
    """Trains a GaussianCopula (SDV) per table and samples a synthetic table."""

    num_rows: int | None = Field(default=None, description="Rows to sample; default: as many as the training table.")
    seed: int = Field(default=0, description="Seed of the redraws of generated values that equal real ones.")
    naive: bool = Field(
        default=False,
        description="Use SDV's own metadata detection only. It learns names and streets as categories and "
        "replays them: for demonstrations of the leakage check, never for real use.",
    )
    quality_rows: int = Field(
        default=5000, ge=0,
        description="Rows of each table SDV's quality report samples (0 turns the report off); scores only, "
        "never values, go into the metadata.",
    )

    def generate(
        self, frame: pd.DataFrame, *, source: GovernedDatabase, source_table: str, asset: str | None = None
    ) -> Output[pd.DataFrame]:
        """Synthesize ``frame`` whose real source is ``source_table`` in ``source``.

        The source's classification says which columns are personal data; the source's identifier digests keep
        any generated value from equalling a real one.
        """
        connection = source.connection(asset=asset, step="synthesize")
        classified = connection.classify(source_table)
        kinds = {c: r.kind for c, r in classified.items() if c in frame.columns}
        identifiers = {c: k for c, k in kinds.items() if k in set(connection.policy.leakage.identifier_kinds)}
        forbidden: dict[str, set[str]] = {"text": set(), "digits": set(), "phone": set(), "compact": set()}
        if identifiers and not self.naive:
            found = connection.digests(
                source_table, {c: normalization_for(k) for c, k in identifiers.items()},
                reason="keep generated identifiers distinct from real ones",
            )
            for column, digests in found.items():
                forbidden[normalization_for(identifiers[column])].update(digests["digest"])
        log = get_dagster_logger()
        result = synthesize(frame, kinds, num_rows=self.num_rows, seed=self.seed, naive=self.naive,
                            forbidden=forbidden, secret=connection.secret, progress=log.info)
        quality = quality_report(frame, result.frame, result.sdv_metadata, max_rows=self.quality_rows,
                                 seed=self.seed) if self.quality_rows else None
        event = connection.record("synthesis", {
            "source_table": source_table, "synthesizer": result.synthesizer, "naive": self.naive,
            "pii_columns": result.pii_columns, "learned_columns": result.learned_columns,
            "rows": len(result.frame), "redrawn_values": result.redrawn_values,
            "quality": quality.as_dict() if quality else None,
        })
        metadata = synthesis_metadata(result, kinds, event.seq)
        if quality is not None:
            metadata.update(quality_metadata(quality))
        return Output(result.frame, metadata=metadata)


def synthesis_metadata(result: SynthesisResult, kinds: dict[str, Kind], event_seq: int) -> dict:
    """What the UI shows about how a synthetic table was made."""
    return {
        "governance/synthesizer": result.synthesizer,
        "governance/generated_pii_columns": MetadataValue.json(result.pii_columns),
        "governance/learned_columns": MetadataValue.json(result.learned_columns),
        "governance/redrawn_values": MetadataValue.int(result.redrawn_values),
        "governance/synthesis_event": MetadataValue.int(event_seq),
        "dagster/column_schema": column_schema(result.frame, kinds, {c: "generated" for c in result.pii_columns}),
    }


def quality_metadata(quality: QualityScores) -> dict:
    """SDV's quality report as metadata: the overall and property scores, and the score of each column's shape.
    A property SDV scores nothing for (no correlated column pair) is left out rather than shown as 0."""
    metadata = {
        "governance/quality_column_shape_scores": MetadataValue.json(quality.column_shape_scores),
        "governance/quality_pairs_scored": MetadataValue.int(quality.pairs_scored),
        "governance/quality_rows": MetadataValue.int(quality.rows),
        "governance/quality_seconds": MetadataValue.float(round(quality.seconds, 3)),
    }
    for key, score in (("quality_score", quality.overall), ("quality_column_shapes", quality.column_shapes),
                       ("quality_column_pair_trends", quality.column_pair_trends)):
        if score is not None:
            metadata[f"governance/{key}"] = MetadataValue.float(score)
    return metadata
