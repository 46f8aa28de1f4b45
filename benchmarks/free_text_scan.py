"""Free-text scanning throughput: governance-dagster's scan (vectorized prefilter, batched presidio calls, US phone
formats, no context enhancer) against presidio used the usual way (one analyze + anonymize per cell, default
recognizers) on the same notes, where one cell in ten holds personal data.

Run: .venv/bin/python benchmarks/free_text_scan.py [CELLS] [--names]   (goal: at least 20,000 cells per second)

With ``--names``, one cell in ten besides names a person ("Referred by Warren Tran"), which the prefilter flags and
the census name recognizer finds.
"""

from __future__ import annotations

import random
import sys
import time
from pathlib import Path

import pandas as pd

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from governance_dagster.detect import presidio  # noqa: E402

_PLAIN = ["No issues reported.", "Asked about the loyalty programme and delivery times.",
          "Refund approved after review of the order.", "Address confirmed for the next shipment."]


_GIVEN = ["Warren", "Ann", "Reid", "Maria", "James", "Linda"]
_FAMILY = ["Tran", "Lee", "Kowalczyk", "Garcia", "Whitlock", "Nguyen"]
_PEOPLE = "|".join(f"{g} {f}" for g in _GIVEN for f in _FAMILY)


def notes(n: int, seed: int = 7, names: bool = False) -> pd.Series:
    rng = random.Random(seed)
    rows = []
    for i in range(n):
        if i % 10 == 0:
            rows.append(f"Customer wrote from jane.doe{i}@example.com, call back on (212) 555-{i % 10000:04d} today")
        elif names and i % 10 == 5:
            rows.append(f"{rng.choice(_PLAIN)} Referred by {rng.choice(_GIVEN)} {rng.choice(_FAMILY)}, ticket {i}")
        else:
            rows.append(f"{rng.choice(_PLAIN)} Ticket {i}")
    return pd.Series(rows)


def blank_spacy_engine():
    """presidio's spaCy engine on a blank English pipeline (no model, offline), loaded, with tldextract offline."""
    import spacy
    from presidio_analyzer.nlp_engine import SpacyNlpEngine

    class Blank(SpacyNlpEngine):
        def load(self) -> None:
            self.nlp = {"en": spacy.blank("en")}

    engine = Blank(models=[{"lang_code": "en", "model_name": "blank"}])
    engine.load()
    presidio._offline_tldextract()
    return engine


def no_context_enhancer():
    """presidio's context enhancer switched off: a blank pipeline has no lemmas, so context words cannot match (the
    scan without a model never uses them)."""
    from presidio_analyzer.context_aware_enhancers import ContextAwareEnhancer

    class NoContext(ContextAwareEnhancer):
        def __init__(self) -> None:
            super().__init__(0.0, 0.0, 0, 0)

        def enhance_using_context(self, text, raw_results, nlp_artifacts, recognizers, context=None):
            return raw_results

    return NoContext()


def presidio_per_cell(values: pd.Series) -> pd.Series:
    """The usual way: presidio's AnalyzerEngine (blank pipeline, default recognizers) and AnonymizerEngine per cell."""
    from presidio_analyzer import AnalyzerEngine
    from presidio_anonymizer import AnonymizerEngine

    analyzer, anonymizer = AnalyzerEngine(nlp_engine=blank_spacy_engine()), AnonymizerEngine()
    return values.map(lambda v: anonymizer.anonymize(v, analyzer.analyze(v, language="en")).text)


def main() -> None:
    arguments = [a for a in sys.argv[1:] if a != "--names"]
    cells = int(arguments[0]) if arguments else 20_000
    data = notes(cells, names="--names" in sys.argv[1:])
    presidio.analyzer()  # build the engine outside the timing, as a long-running pipeline would
    rows = []
    for name, fn, n in [("governance-dagster scan_series", presidio.scan_series, cells),
                        ("presidio per cell (usual use)", presidio_per_cell, min(cells, 2_000))]:
        started = time.perf_counter()
        out = fn(data.head(n))
        seconds = time.perf_counter() - started
        leaked = int(out.str.contains(f"@example.com|555-|{_PEOPLE}", regex=True).sum())
        rows.append((name, n, seconds, n / seconds, leaked))
    base = rows[0][3]
    print(f"{'scanner':<34}{'cells':>8}{'seconds':>9}{'cells/s':>10}{'vs ours':>9}{'PII left':>10}")
    for name, n, seconds, rate, leaked in rows:
        print(f"{name:<34}{n:>8}{seconds:>9.2f}{rate:>10.0f}{rate / base:>9.2f}{leaked:>10}")


if __name__ == "__main__":
    main()
