"""The governed path, step by step: identity -> guardrails -> approvals -> masking rewrite -> database ->
free-text scan -> audit (:mod:`governance_dagster.governed.connection` runs the steps in that order)."""
