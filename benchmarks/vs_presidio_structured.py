"""Classification plus masking: governance-dagster against presidio-structured on the same pandas DataFrames.

The issue's goal: at least 100 times faster than presidio-structured, and more columns classified correctly.

Two measurements, in one process:

* **Accuracy** on the held-out labeled tables of ``classification/holdout_tables.py`` (every labeled column):
  how many columns each tool gives exactly their labeled kind, how many personal-data columns it finds (gives any
  kind or entity, so the column gets masked) and how many columns without personal data it flags (over-masking).
* **Speed** on one larger table shaped like a held-out one (default ``app.users``, a 21-column SaaS customer
  table that governance-dagster classifies almost entirely right, so it masks a realistic number of columns),
  generated with that table's own generator at the requested size (fresh values, not repeated rows, so neither
  side profits from duplicates): classification and masking timed separately, both sides on the very same frame.
  The ``masked`` column says how many columns each tool transforms there, since that is the masking work.

governance-dagster: ``classify_table`` with the default ``Policy`` (columns typed as ``accuracy.py`` types them),
then each classified column masked in memory with the policy's operator (``keep`` columns left alone, ``scan``
columns through ``presidio.scan_series``), keyed with a 32-character secret.

presidio-structured, as documented: ``PandasAnalysisBuilder(analyzer=...).generate_analysis(df)`` (every row, its
default) then ``StructuredEngine(PandasDataProcessor()).anonymize(df, analysis, operators)`` with ``hash`` (salted
with the same secret) for e-mails, names, IBANs and IP addresses and ``replace`` for everything else. It gets the
offline ``AnalyzerEngine`` the project's scan used until issue 14 (presidio's default recognizers on a blank spaCy
pipeline, so no NER: no PERSON or LOCATION) so that nothing is downloaded; that engine is also quicker than
presidio's default one (US phone formats only, no context enhancer). The project's own scan now runs only the
pattern recognizers it asks for, which would hand presidio-structured fewer recognizers than its defaults.
presidio-structured rejects pandas Timestamps, so its copy of each frame has datetime columns as ISO strings, and
it writes into the frame it is given, so it masks a copy made outside the timing. A second presidio-structured row
uses its documented ``n`` parameter to analyze a 1,000-row sample instead of every row. presidio-anonymizer's
``hash`` calls ``text.encode()`` and so fails on the first null cell; when it does (the e-mail and IBAN columns
have nulls), the note says so and the timed run hashes those entities with a ``custom`` operator computing the
same salted SHA-256 (nulls become "", since a custom operator must return a string).

presidio entity types are mapped to the project's kinds: EMAIL_ADDRESS email, PERSON person_name, PHONE_NUMBER
phone, US_SSN ssn, CREDIT_CARD credit_card, IBAN_CODE iban, IP_ADDRESS ip_address, LOCATION street_address or
city (right for either), DATE_TIME date_of_birth on a column labeled so (elsewhere it counts as none), identity
documents (US_DRIVER_LICENSE, US_PASSPORT, US_ITIN, UK_NHS, ...) national_id; any other type counts as none.

Nothing from the data is printed: only counts, timings and (with ``--details``) column names and kinds.

Run from the repository root::

    .venv/bin/python benchmarks/vs_presidio_structured.py [--rows 10000] [--ours-rows 100000] [--table app.users]
                                                          [--details]

``--rows`` is the size of the shared frame; presidio-structured analyzes about 1,600 cells a second here, so the
default is 10,000 rows rather than 100,000 (which would take it over 20 minutes); the whole run takes about 4.5
minutes with the defaults. governance-dagster alone is also timed on a ``--ours-rows`` frame (0 to skip).
"""

from __future__ import annotations

import argparse
import logging
import random
import sys
import time
import warnings
from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager
from pathlib import Path

import pandas as pd

_HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(_HERE.parent))
sys.path.insert(0, str(_HERE / "classification"))

import holdout_tables  # noqa: E402
from accuracy import sql_columns  # noqa: E402

from governance_dagster.detect import presidio  # noqa: E402
from governance_dagster.detect.classify import classify_table  # noqa: E402
from governance_dagster.governed.masking.operators import get_operator  # noqa: E402
from governance_dagster.kinds import Kind  # noqa: E402
from governance_dagster.policy.models import Policy  # noqa: E402

SECRET = "vs-presidio-structured-012345678"  # 32 characters
assert len(SECRET) == 32
#: held-out table -> the generator that builds it (``ROWS`` rows)
BUILDERS: dict[str, Callable[[random.Random], pd.DataFrame]] = {
    "anagrafe.clienti": holdout_tables._it_clienti,
    "nl.klanten": holdout_tables._nl_klanten,
    "vendas.clientes_br": holdout_tables._br_clientes,
    "app.users": holdout_tables._app_users,
    "ehr.PATIENT_DEMOG": holdout_tables._ehr_patient,
    "lake.raw_evt_0423": holdout_tables._lake_raw,
}
SPEED_SEED = "vs-presidio-structured"
PRESIDIO_SAMPLE = 1_000

#: presidio entity type -> the project kind(s) it stands for; a set means "right for any of these".
ENTITY_KINDS: dict[str, frozenset[str]] = {
    "EMAIL_ADDRESS": frozenset({"email"}),
    "PERSON": frozenset({"person_name"}),
    "PHONE_NUMBER": frozenset({"phone"}),
    "US_SSN": frozenset({"ssn"}),
    "CREDIT_CARD": frozenset({"credit_card"}),
    "IBAN_CODE": frozenset({"iban"}),
    "IP_ADDRESS": frozenset({"ip_address"}),
    "LOCATION": frozenset({"street_address", "city"}),
    "DATE_TIME": frozenset({"date_of_birth"}),  # only right where labeled so; elsewhere it counts as none
    **{
        entity: frozenset({"national_id"})
        for entity in (
            "US_DRIVER_LICENSE", "US_PASSPORT", "US_ITIN", "UK_NHS", "UK_NINO", "ES_NIF", "ES_NIE",
            "IT_FISCAL_CODE", "IT_DRIVER_LICENSE", "IT_IDENTITY_CARD", "IT_PASSPORT", "PL_PESEL", "SG_NRIC_FIN",
            "AU_TFN", "AU_MEDICARE", "IN_AADHAAR", "IN_PAN", "IN_PASSPORT", "IN_VOTER", "FI_PERSONAL_IDENTITY_CODE",
            "KR_RRN", "TH_TNIN",
        )
    },
}
#: presidio-structured's operators: hash (salted like ours) where the project's policy hashes, replace elsewhere.
HASHED_ENTITIES = ("EMAIL_ADDRESS", "PERSON", "IBAN_CODE", "IP_ADDRESS")


# --------------------------------------------------------------------------------------------- frames


@contextmanager
def _holdout_rows(rows: int) -> Iterator[None]:
    """Let the held-out table generators build ``rows`` rows instead of their usual count."""
    saved = holdout_tables.ROWS
    holdout_tables.ROWS = rows
    try:
        yield
    finally:
        holdout_tables.ROWS = saved


def speed_frame(table: str, rows: int) -> pd.DataFrame:
    """A table shaped like the held-out ``table``, freshly generated at ``rows`` rows."""
    with _holdout_rows(rows):
        return BUILDERS[table](random.Random(f"{SPEED_SEED}:{table}:{rows}"))


def for_presidio(frame: pd.DataFrame) -> pd.DataFrame:
    """``frame`` with datetime columns as ISO strings (presidio-structured rejects Timestamps), nulls as None."""
    out = frame.copy()
    for column in out.columns:
        if pd.api.types.is_datetime64_any_dtype(out[column]):
            values = out[column]
            out[column] = values.astype("string").astype(object).where(values.notna(), None)
    return out


# --------------------------------------------------------------------------------------------- the two tools


def ours_classify(table: str, frame: pd.DataFrame, policy: Policy) -> dict[str, str]:
    """governance-dagster's classification: column -> kind."""
    return {c: r.kind.value for c, r in classify_table(table, sql_columns(frame), frame, policy).items()}


def ours_mask(table: str, frame: pd.DataFrame, kinds: Mapping[str, str], policy: Policy) -> pd.DataFrame:
    """Mask every classified column in memory with the policy's operator; a new frame, the input untouched."""
    masked: dict[str, pd.Series] = {}
    for column, kind in kinds.items():
        spec = policy.operator_for(table, column, Kind(kind))
        if spec.operator == "keep":
            continue
        if spec.operator == "scan":
            masked[column] = presidio.scan_series(frame[column])
        else:
            masked[column] = get_operator(spec.operator).apply(frame[column], spec.params, SECRET)
    out = frame.copy()
    for column, values in masked.items():
        out[column] = values
    return out


def offline_analyzer():  # noqa: ANN201
    """presidio's default recognizers on a blank spaCy pipeline, offline, US phones, no context enhancer."""
    from presidio_analyzer import AnalyzerEngine
    from presidio_analyzer.predefined_recognizers import PhoneRecognizer

    from benchmarks.free_text_scan import blank_spacy_engine, no_context_enhancer

    analyzer = AnalyzerEngine(nlp_engine=blank_spacy_engine(), supported_languages=["en"],
                              context_aware_enhancer=no_context_enhancer())
    analyzer.registry.remove_recognizer("PhoneRecognizer")
    analyzer.registry.add_recognizer(PhoneRecognizer(supported_regions=("US",), leniency=0))
    return analyzer


def presidio_builder():  # noqa: ANN201
    from presidio_structured import PandasAnalysisBuilder

    return PandasAnalysisBuilder(analyzer=offline_analyzer())


def presidio_classify(builder, frame: pd.DataFrame, n: int | None = None):  # noqa: ANN001, ANN201
    """presidio-structured's analysis (a ``StructuredAnalysis``: column -> entity type) of ``frame``."""
    return builder.generate_analysis(frame, n=n)


def presidio_operators() -> dict:
    from presidio_anonymizer.entities import OperatorConfig

    operators = {e: OperatorConfig("hash", {"hash_type": "sha256", "salt": SECRET}) for e in HASHED_ENTITIES}
    operators["DEFAULT"] = OperatorConfig("replace", {})
    return operators


def presidio_null_safe_operators() -> dict:
    """``presidio_operators`` with the hash done by a ``custom`` operator that survives null cells."""
    import hashlib

    from presidio_anonymizer.entities import OperatorConfig

    salt = SECRET.encode()

    def digest(value: object) -> str:
        if value is None or value != value:  # None or NaN
            return ""
        return hashlib.sha256(str(value).encode() + salt).hexdigest()

    operators = {e: OperatorConfig("custom", {"lambda": digest}) for e in HASHED_ENTITIES}
    operators["DEFAULT"] = OperatorConfig("replace", {})
    return operators


def presidio_mask(frame: pd.DataFrame, analysis, operators: dict) -> pd.DataFrame:  # noqa: ANN001
    """presidio-structured's anonymization; it writes into ``frame``."""
    from presidio_structured import PandasDataProcessor, StructuredEngine

    return StructuredEngine(data_processor=PandasDataProcessor()).anonymize(frame, analysis, operators=dict(operators))


# --------------------------------------------------------------------------------------------- scoring


def score(labels: Mapping[str, Mapping[str, str]], predicted: Mapping[str, Mapping[str, str]],
          right: Callable[[str, str], bool]) -> dict[str, int]:
    """Counts over every labeled column: exactly right, personal data found, non-personal columns flagged.

    ``predicted`` maps table -> column -> the tool's answer ("" or missing for nothing found); ``right(expected,
    answer)`` says whether the answer is the labeled kind.
    """
    counts = {"columns": 0, "correct": 0, "personal": 0, "found": 0, "plain": 0, "flagged": 0}
    for table, columns in labels.items():
        for column, expected in columns.items():
            answer = predicted[table].get(column, "")
            found = bool(answer) and answer != Kind.NONE.value
            counts["columns"] += 1
            counts["correct"] += right(expected, answer)
            if expected == Kind.NONE.value:
                counts["plain"] += 1
                counts["flagged"] += found
            else:
                counts["personal"] += 1
                counts["found"] += found
    return counts


def ours_right(expected: str, answer: str) -> bool:
    return expected == (answer or Kind.NONE.value)


def presidio_kind(expected: str, entity: str) -> str:
    """The project kind a presidio entity type stands for, for a column labeled ``expected``."""
    kinds = ENTITY_KINDS.get(entity, frozenset())
    if expected in kinds:
        return expected
    if entity == "DATE_TIME" or not kinds:
        return Kind.NONE.value
    return sorted(kinds)[0]


def presidio_right(expected: str, entity: str) -> bool:
    return presidio_kind(expected, entity) == expected


# --------------------------------------------------------------------------------------------- main


def _timed(fn: Callable[[], object]) -> tuple[object, float]:
    started = time.perf_counter()
    result = fn()
    return result, time.perf_counter() - started


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--rows", type=int, default=10_000, help="rows of the frame both tools process")
    parser.add_argument("--ours-rows", type=int, default=100_000,
                        help="rows of a larger frame only governance-dagster processes (0: skip)")
    parser.add_argument("--table", default="app.users", choices=sorted(BUILDERS),
                        help="the held-out table whose generator builds the speed frame")
    parser.add_argument("--details", action="store_true", help="list the columns each tool gets wrong")
    args = parser.parse_args(argv)

    warnings.filterwarnings("ignore")
    for name in ("presidio-analyzer", "presidio-anonymizer", "presidio-structured"):
        logging.getLogger(name).setLevel(logging.ERROR)
    from importlib.metadata import version

    policy = Policy()
    presidio.analyzer()  # build the offline engines once, outside every timing
    builder = presidio_builder()
    operators = presidio_operators()

    # ---- accuracy on the held-out tables
    holdout = holdout_tables.tables()
    labels = holdout_tables.LABELS
    ours_pred = {name: ours_classify(name, frame, policy) for name, frame in holdout.items()}
    presidio_pred = {name: dict(presidio_classify(builder, for_presidio(frame)).entity_mapping)
                     for name, frame in holdout.items()}
    ours_score = score(labels, ours_pred, ours_right)
    presidio_score = score(labels, presidio_pred, presidio_right)

    # ---- speed on the shared frame
    frame = speed_frame(args.table, args.rows)
    pframe = for_presidio(frame)
    kinds, ours_cls = _timed(lambda: ours_classify(args.table, frame, policy))
    _, ours_msk = _timed(lambda: ours_mask(args.table, frame, kinds, policy))
    ours_masked = sum(policy.operator_for(args.table, c, Kind(k)).operator != "keep" for c, k in kinds.items())

    notes: list[str] = []
    presidio_rows = []  # label, classify s, mask s, columns masked
    for label, n in (("presidio-structured", None), (f"presidio-structured n={PRESIDIO_SAMPLE}", PRESIDIO_SAMPLE)):
        analysis, p_cls = _timed(lambda n=n: presidio_classify(builder, pframe, n=n))
        target = pframe.copy()
        try:
            _, p_msk = _timed(lambda: presidio_mask(target, analysis, operators))
        except Exception as error:  # noqa: BLE001 - report the tool's failure, then time the null-safe hash
            notes.append(f"{label}: anonymize with presidio's hash raised {type(error).__name__} (a null cell); "
                         "timed with the same salted SHA-256 as a custom operator")
            target = pframe.copy()
            _, p_msk = _timed(lambda: presidio_mask(target, analysis, presidio_null_safe_operators()))
        presidio_rows.append((label, p_cls, p_msk, len(analysis.entity_mapping)))

    big = None
    if args.ours_rows and args.ours_rows != args.rows:
        bigframe = speed_frame(args.table, args.ours_rows)
        big_kinds, big_cls = _timed(lambda: ours_classify(args.table, bigframe, policy))
        _, big_msk = _timed(lambda: ours_mask(args.table, bigframe, big_kinds, policy))
        big_masked = sum(policy.operator_for(args.table, c, Kind(k)).operator != "keep" for c, k in big_kinds.items())
        big = (args.ours_rows, big_cls, big_msk, big_masked)

    # ---- report
    ours_total = ours_cls + ours_msk
    full_presidio = presidio_rows[0][1] + presidio_rows[0][2]
    print(f"presidio-structured {version('presidio-structured')}, presidio-analyzer {version('presidio-analyzer')}, "
          f"governance-dagster {version('governance-dagster')}")
    print(f"speed: {args.rows:,} rows x {frame.shape[1]} columns ({args.table}-shaped, generated), the same frame "
          f"for both; accuracy: {ours_score['columns']} labeled columns in {len(holdout)} held-out tables")
    if args.rows < 100_000:
        print(f"note: the shared frame has {args.rows:,} rows, not 100,000, to keep the run short: presidio-structured"
              f" would take about {full_presidio * 100_000 / args.rows / 60:.0f} minutes on 100,000")
    print()

    def line(tool: str, rows: int, cls: float, msk: float, masked: int, ratio: str, accuracy: str) -> str:
        total = cls + msk
        return (f"{tool:<29}{rows:>8}{cls:>10.3f}{msk:>8.3f}{total:>9.3f}{rows / total:>9,.0f}{ratio:>8}"
                f"{masked:>8}  {accuracy}")

    def accuracy_cells(s: Mapping[str, int]) -> str:
        return "".join(f"{f'{s[hit]}/{s[of]}':<10}" for hit, of in
                       (("correct", "columns"), ("found", "personal"), ("flagged", "plain"))).rstrip()

    print(f"{'tool':<29}{'rows':>8}{'classify':>10}{'mask':>8}{'total s':>9}{'rows/s':>9}{'ratio':>8}{'masked':>8}"
          f"  {'correct':<10}{'PD found':<10}flagged")
    print(line("governance-dagster", args.rows, ours_cls, ours_msk, ours_masked, "1.0", accuracy_cells(ours_score)))
    for label, p_cls, p_msk, masked in presidio_rows:
        sampled = label != "presidio-structured"
        print(line(label, args.rows, p_cls, p_msk, masked, f"{(p_cls + p_msk) / ours_total:.1f}",
                   accuracy_cells(presidio_score) + (" *" if sampled else "")))
    if big is not None:
        rows, b_cls, b_msk, b_masked = big
        print(line("governance-dagster (alone)", rows, b_cls, b_msk, b_masked, "-", "(no presidio run at this size)"))
    print()
    print("ratio: presidio-structured's total time / governance-dagster's on the same frame.")
    for label, p_cls, p_msk, _ in presidio_rows:
        print(f"ratio per phase, {label}: classify {p_cls / ours_cls:.0f}x, mask {p_msk / ours_msk:.1f}x")
    print("masked: columns of the speed frame the tool transforms (governance-dagster leaves 'keep' columns, e.g."
          " city, as they are).")
    print("correct: columns given exactly their labeled kind; PD found: personal-data columns given any kind or "
          "entity (so masked); flagged: columns without personal data given one (over-masking).")
    print(f"* the held-out tables have {holdout_tables.ROWS} rows, under the {PRESIDIO_SAMPLE}-row sample: same "
          "accuracy as every row.")
    for note in notes:
        print("note: " + note)

    if args.details:
        print()
        for tool, pred, right, show in (
            ("governance-dagster", ours_pred, ours_right, lambda e, a: a or "none"),
            ("presidio-structured", presidio_pred, presidio_right, lambda e, a: a or "NON_PII"),
        ):
            wrong = [f"{t}.{c}: {e} -> {show(e, pred[t].get(c, ''))}" for t, cols in labels.items()
                     for c, e in cols.items() if not right(e, pred[t].get(c, ""))]
            print(f"{tool} wrong ({len(wrong)}):")
            print("\n".join("  " + w for w in wrong))
    return 0


if __name__ == "__main__":
    sys.exit(main())
