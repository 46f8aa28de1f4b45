"""The free-text safety net: presidio-analyzer's pattern recognizers over text cells, fully offline.

Without a model, presidio's pattern recognizers run with one of this package's, which finds people's names by the US
Census name lists (:mod:`governance_dagster.detect.person_names`: a known given name and family name, or a title
and a capitalized word): no spaCy pipeline is built, no model is loaded or downloaded and nothing touches the network
(tldextract uses the public-suffix list bundled with it). Detected spans are replaced by ``<ENTITY_TYPE>``. Places,
and names the census lists lack, need a NER model: a user who has a spaCy model installed can name it in
:func:`configure`, whose PERSON then replaces the census recognizer's.

presidio's package imports all its NLP engines (and through them spaCy, whose machine-learning library thinc imports
PyTorch when it is installed) and every recognizer it ships. The pattern-only scan imports the seven recognizer
modules it runs, with presidio's packages above them lazy (:mod:`governance_dagster.detect.lazy_packages`), and runs
them as presidio's ``AnalyzerEngine`` does (:class:`PatternAnalyzer`): neither spaCy nor PyTorch is imported.

Example:
    >>> scan_text("write to jane.roe@example.com or call 212-555-0199")
    'write to <EMAIL_ADDRESS> or call <PHONE_NUMBER>'
    >>> scan_text("Referred by Warren Tran")
    'Referred by <PERSON>'
"""

from __future__ import annotations

import bisect
import hashlib
import logging
import secrets
from functools import lru_cache
from types import SimpleNamespace
from typing import Any

import pandas as pd

#: Entities the recognizers find without a NER model: presidio's pattern recognizers, and people's names by the US
#: Census name lists (:mod:`governance_dagster.detect.person_names`).
PATTERN_ENTITIES = ("EMAIL_ADDRESS", "PHONE_NUMBER", "US_SSN", "CREDIT_CARD", "IBAN_CODE", "IP_ADDRESS", "URL",
                    "PERSON")

_spacy_model: str | None = None
#: Regions whose phone-number formats the phone recognizer knows; each one costs a pass over the text.
_phone_regions: tuple[str, ...] = ("US",)


def configure(spacy_model: str | None = None, phone_regions: tuple[str, ...] | None = None) -> None:
    """Use an installed spaCy model (e.g. ``en_core_web_sm``) to add PERSON and LOCATION detection, and choose
    the regions whose phone formats are recognized (default: US; add e.g. "GB", "DE", "FR"). An unknown region
    raises :class:`~governance_dagster.errors.ConfigurationError`. Regions with short possible numbers make the
    prefilter flag more cells (with "DE", any two digits a few characters apart: German numbers can be that short),
    so more text goes through presidio."""
    global _spacy_model, _phone_regions
    regions = tuple(region.upper() for region in phone_regions) if phone_regions else _phone_regions
    from governance_dagster.detect import prefilter

    prefilter.phone_digits(regions)  # an unknown region is refused here, not at the first scan
    if (spacy_model, regions) != (_spacy_model, _phone_regions):
        _spacy_model, _phone_regions = spacy_model, regions
        _analyzer.cache_clear()
        forget_scans()


def configured() -> tuple[str | None, tuple[str, ...]]:
    """The spaCy model and phone regions :func:`configure` set in this process, to configure another process (a
    Spark executor's Python worker) the same way.

    Example:
        >>> configured()
        (None, ('US',))
    """
    return _spacy_model, _phone_regions


def _offline_tldextract() -> None:
    """Point presidio's e-mail recognizer at a tldextract that only uses its bundled suffix list."""
    import tldextract
    from presidio_analyzer.predefined_recognizers.generic import email_recognizer

    offline = tldextract.TLDExtract(suffix_list_urls=(), cache_dir=None)
    email_recognizer.tldextract = SimpleNamespace(extract=offline)  # type: ignore[attr-defined]


#: The recognizers of presidio's default registry that find :data:`PATTERN_ENTITIES` (but PERSON, which the census
#: name recognizer of :mod:`.person_names` finds) in English, by class name
#: (tests/detect/test_presidio.py checks this against the default registry of the installed presidio); the phone
#: recognizer is built with the configured regions.
PATTERN_RECOGNIZERS = ("CreditCardRecognizer", "EmailRecognizer", "IbanRecognizer", "IpRecognizer", "UrlRecognizer",
                       "UsSsnRecognizer")


#: Where presidio's recognizers live; their package ``__init__`` files are not run (:mod:`.lazy_packages`).
_PREDEFINED = "presidio_analyzer.predefined_recognizers"


def _pattern_recognizers(regions: tuple[str, ...]) -> list[Any]:
    """presidio's recognizers the pattern-only scan runs, built as presidio's default registry builds them (the phone
    recognizer with the configured regions), and the census name recognizer (:mod:`.person_names`), imported without running presidio's package ``__init__`` files:
    presidio's ``nlp_artifacts`` module, which the phone and IBAN recognizers name in annotations, is loaded with
    its spaCy names as stand-ins, imported only if something really uses them."""
    from governance_dagster.detect import compiled_patterns, lazy_packages, person_names

    held = compiled_patterns.seed()  # before the recognizer modules compile their patterns
    with lazy_packages.resolving():
        lazy_packages.load("presidio_analyzer.nlp_engine.nlp_artifacts", defer="spacy")
        predefined = lazy_packages.lazy_package(_PREDEFINED)
        recognizers = [getattr(predefined, name)() for name in PATTERN_RECOGNIZERS]
        recognizers.append(predefined.PhoneRecognizer(supported_regions=regions, leniency=0))
        recognizers.append(person_names.recognizer())
        _offline_tldextract()
    # each pattern as presidio compiles it: checked when its class is defined, then with the recognizer's flags
    compiled_patterns.keep(((p.regex, flags) for r in recognizers for p in getattr(r, "patterns", ())
                            for flags in (0, r.global_regex_flags)), held)
    return recognizers


class PatternAnalyzer:
    """presidio's ``AnalyzerEngine.analyze`` for recognizers that need no NLP artifacts, without an NLP engine: each
    recognizer that supports the language and one of the entities analyzes the text; results under the
    recognizer's score threshold are dropped (the engine's default threshold is 0) and presidio's
    ``EntityRecognizer.remove_duplicates`` keeps the longest, most certain of overlapping spans of one entity type.
    What the engine adds for other recognizers (context enhancement from lemmas, ad hoc recognizers, allow lists)
    finds nothing without a model; tests/detect/test_presidio.py compares the spans with presidio's engine."""

    def __init__(self, recognizers: list[Any]) -> None:
        from presidio_analyzer.entity_recognizer import EntityRecognizer

        self.recognizers = recognizers
        self._remove_duplicates = EntityRecognizer.remove_duplicates

    def analyze(self, text: str, language: str, entities: list[str]) -> list[Any]:
        """presidio's ``RecognizerResult`` of each entity found in ``text``."""
        results = []
        for recognizer in self.recognizers:
            if recognizer.supported_language != language or not set(entities) & set(recognizer.supported_entities):
                continue
            if not recognizer.is_loaded:
                recognizer.load()
                recognizer.is_loaded = True
            thresholds = recognizer.score_thresholds
            results.extend(found for found in recognizer.analyze(text=text, entities=entities, nlp_artifacts=None)
                           if found.score >= thresholds.get(found.entity_type, thresholds.get("default", 0.0)))
        return self._remove_duplicates(results)


@lru_cache(maxsize=4)
def _analyzer(regions: tuple[str, ...] | None = None) -> Any:
    """The analyzer: without a model, presidio's pattern recognizers behind :class:`PatternAnalyzer`; with a model,
    spaCy's pipeline and presidio's default registry and context enhancer, as presidio sets them up."""
    for name in ("presidio-analyzer", "presidio_analyzer"):
        logging.getLogger(name).setLevel(logging.ERROR)
    model, regions = _spacy_model, regions or _phone_regions
    if model is None:
        return PatternAnalyzer(_pattern_recognizers(regions))
    import spacy
    from presidio_analyzer import AnalyzerEngine
    from presidio_analyzer.nlp_engine import SpacyNlpEngine
    from presidio_analyzer.predefined_recognizers import PhoneRecognizer

    _offline_tldextract()

    class _LocalSpacy(SpacyNlpEngine):
        def load(self) -> None:
            self.nlp = {"en": spacy.load(model)}

    engine = _LocalSpacy(models=[{"lang_code": "en", "model_name": model}])
    engine.load()
    analyzer = AnalyzerEngine(nlp_engine=engine, supported_languages=["en"])
    analyzer.registry.remove_recognizer("PhoneRecognizer")
    analyzer.registry.add_recognizer(PhoneRecognizer(supported_regions=regions, leniency=0))
    return analyzer


def analyzer(phone_regions: tuple[str, ...] | None = None) -> Any:
    """The offline analyzer (:class:`PatternAnalyzer`, or presidio's ``AnalyzerEngine`` with a configured spaCy
    model), with the configured phone regions or the ones given; ``analyze(text=..., language="en",
    entities=[...])`` gives presidio's ``RecognizerResult`` list."""
    return _analyzer(phone_regions)


def _entities() -> list[str]:
    """The entities to find: with a spaCy model, its PERSON (which replaces the census recognizer's: that one is not
    in presidio's registry) and LOCATION besides the pattern entities."""
    return [*PATTERN_ENTITIES, *(("LOCATION",) if _spacy_model else ())]


#: Cells are analyzed in batches joined by this separator, which no recognizer pattern spans.
_SEPARATOR = "\n\u2029\n"
_BATCH_CHARS = 5000


def _replace_spans(text: str, spans: list[tuple[int, int, str, float]]) -> str:
    """Replace non-overlapping spans (the longest, then the most certain, wins) with ``<ENTITY_TYPE>``."""
    chosen: list[tuple[int, int, str]] = []
    for start, end, entity, _score in sorted(spans, key=lambda s: (s[0], -(s[1] - s[0]), -s[3])):
        if chosen and start < chosen[-1][1]:
            continue
        chosen.append((start, end, entity))
    for start, end, entity in reversed(chosen):
        text = text[:start] + f"<{entity}>" + text[end:]
    return text


def scan_texts(texts: list[str], entities: list[str] | None = None) -> list[str]:
    """Scan many texts with few presidio calls: texts are joined into batches and the spans mapped back. Only the
    recognizers of ``entities`` run, if given (the census name recognizer alone for ``["PERSON"]``)."""
    engine = analyzer()
    entities = entities or _entities()
    out: list[str] = []
    batch: list[str] = []
    size = 0

    def flush() -> None:
        nonlocal batch, size
        if not batch:
            return
        joined = _SEPARATOR.join(batch)
        starts, position = [], 0
        for text in batch:
            starts.append(position)
            position += len(text) + len(_SEPARATOR)
        spans: list[list[tuple[int, int, str, float]]] = [[] for _ in batch]
        for found in engine.analyze(text=joined, language="en", entities=entities):
            index = bisect.bisect_right(starts, found.start) - 1
            local_start, local_end = found.start - starts[index], found.end - starts[index]
            if local_end <= len(batch[index]):  # a span across the separator is no entity of one cell
                spans[index].append((local_start, local_end, found.entity_type, found.score))
        out.extend(_replace_spans(text, cell) if cell else text for text, cell in zip(batch, spans))
        batch, size = [], 0

    for text in texts:
        if len(text) > _WINDOW_CHARS:  # a huge cell: scanned alone, in overlapping windows
            flush()
            out.append(_replace_spans(text, _window_spans(engine, text, entities)))
            continue
        batch.append(text)
        size += len(text) + len(_SEPARATOR)
        if size >= _BATCH_CHARS:
            flush()
    flush()
    return out


#: Cells longer than this are analyzed in windows (spaCy refuses texts over 1,000,000 characters, and memory and
#: time grow with the text): only the windows the prefilter flags (all of them with a NER model); windows overlap
#: by twice the context, more than any pattern entity is long.
_WINDOW_CHARS = 100_000
_WINDOW_CONTEXT = 1_000


def _windows(text: str) -> list[tuple[int, int]]:
    """``(start, end)`` of the parts of a huge text to analyze: windows of at most ``_WINDOW_CHARS`` that overlap by
    twice ``_WINDOW_CONTEXT`` (so every entity lies whole in one), kept where the prefilter flags them (all of them
    with a NER model)."""
    step = _WINDOW_CHARS - 2 * _WINDOW_CONTEXT
    windows = [(start, min(len(text), start + _WINDOW_CHARS)) for start in range(0, len(text), step)]
    if _spacy_model is not None:
        return windows
    flags = might_hold_entity(pd.Series([text[lo:hi] for lo, hi in windows], dtype="string"))
    return [window for window, flagged in zip(windows, flags) if flagged]


def _window_spans(engine: Any, text: str, entities: list[str]) -> list[tuple[int, int, str, float]]:
    """Spans of a huge ``text`` found window by window, in the text's own offsets (overlap duplicates removed)."""
    spans: set[tuple[int, int, str, float]] = set()
    for lo, hi in _windows(text):
        for found in engine.analyze(text=text[lo:hi], language="en", entities=entities):
            spans.add((lo + found.start, lo + found.end, found.entity_type, found.score))
    return sorted(spans)


def scan_text(text: str) -> str:
    """Replace every detected entity in ``text`` with ``<ENTITY_TYPE>``."""
    return scan_texts([text])[0]


def might_hold_entity(text: pd.Series) -> pd.Series:
    """Which cells pass the prefilter for the configured phone regions (:mod:`.prefilter`: never one a recognizer
    would change); nulls are False.

    Example:
        >>> might_hold_entity(pd.Series(["no issues", "mail a@b.io", None], dtype="string")).tolist()
        [False, True, False]
    """
    from governance_dagster.detect import prefilter

    return prefilter.might_hold_entity(_as_text(text), _phone_regions)


def _candidates(text: pd.Series) -> tuple[pd.Series, pd.Series]:
    """Which cells (nulls False) to scan fully, and which for names only (the prefilter flags them for a name and
    for nothing else, so no pattern recognizer can find anything in them); with a NER model every cell is scanned
    fully."""
    if _spacy_model is not None:
        return text.notna(), pd.Series(False, index=text.index, dtype=bool)
    from governance_dagster.detect import prefilter

    entity, name = prefilter.might_hold_entity_or_name(_as_text(text), _phone_regions)
    return entity, name & ~entity


#: How many texts of a large Series tell whether its texts repeat (:func:`_repeated_candidates`).
_PROBE_TEXTS = 10_000


def _repeated_candidates(text: pd.Series) -> tuple[pd.Series, pd.Series] | None:
    """:func:`_candidates` of a large Series whose texts repeat (a probe of its first texts is at most half
    distinct: canned notes, empty strings, "No issues reported."), computed once per distinct text and spread back
    to the cells, which costs a hash per cell instead of the prefilter's patterns; None when the texts do not
    repeat (each would be tested anyway, and the factorizing would be spent for nothing).

    Example:
        >>> full, names = _repeated_candidates(pd.Series(["No issues.", "mail a@b.io", None] * 4))
        >>> full.tolist()[:3], names.tolist()[:3]
        ([False, True, False], [False, False, False])
    """
    probe = text.iloc[:_PROBE_TEXTS]
    if probe.nunique(dropna=True) > 0.5 * max(int(probe.notna().sum()), 1):
        return None
    codes, distinct = pd.factorize(text, use_na_sentinel=True)  # (already text: scan_series converted it)
    full, names = _candidates(pd.Series(distinct, dtype=object))
    present = codes >= 0
    spread = (lambda flags: pd.Series(present & flags.to_numpy()[codes.clip(min=0)], index=text.index, dtype=bool))
    return spread(full), spread(names)


def _scan_candidates(texts: list[str], names_only: list[bool]) -> dict[str, str]:
    """Each text scanned, fully or for names only."""
    full = [t for t, only in zip(texts, names_only) if not only]
    person = [t for t, only in zip(texts, names_only) if only]
    scanned = dict(zip(full, scan_texts(full))) if full else {}
    if person:
        scanned.update(zip(person, scan_texts(person, ["PERSON"])))
    return scanned


def scan_series(values: pd.Series) -> pd.Series:
    """:func:`scan_text` over a Series, vectorized: each distinct text is looked at once; one this process scanned
    before is answered from its memo (:func:`forget_scans`), the others pass a regex prefilter that picks those that
    might hold a pattern entity, which are scanned in batches, and those that might hold only a person's name, which
    the census name recognizer alone scans; nulls stay null.

    Example:
        >>> scan_series(pd.Series(["no issues", "mail a@b.io", None])).tolist()
        ['no issues', 'mail <EMAIL_ADDRESS>', None]
    """
    text = _as_text(values)
    present = text.notna()
    if not present.any():
        return text.copy()
    if int(present.sum()) > _MEMO_TEXTS:  # digesting a million texts would cost more than scanning them
        return _scan_many(text)
    distinct = list(dict.fromkeys(text[present].tolist()))
    scanned, unseen = _remembered(distinct)
    if unseen:
        # names and places need the model on every text
        full, names = _candidates(pd.Series(unseen, dtype=object))
        candidates = [(each, only) for each, f, only in zip(unseen, full.tolist(), names.tolist()) if f or only]
        found = _scan_candidates([c for c, _ in candidates], [only for _, only in candidates])
        fresh = {each: found.get(each, each) for each in unseen}
        _remember(fresh)
        scanned.update(fresh)
    result = text.copy()
    result[present] = text[present].map(scanned)
    return result


def _scan_many(text: pd.Series) -> pd.Series:
    """:func:`scan_series` of a large Series, without the memo: the prefilter over every cell (over each distinct
    text once when the texts repeat, :func:`_repeated_candidates`), then each distinct candidate scanned once."""
    full, names = _repeated_candidates(text) or _candidates(text)
    candidates = full | names
    result = text.copy()
    if candidates.any():
        kinds = dict(zip(text[candidates].tolist(), names[candidates].tolist()))  # a text's flags are its own
        replaced = _scan_candidates(list(kinds), list(kinds.values()))
        result[candidates] = text[candidates].map(replaced)
    return result


#: Scans this process made, by a keyed digest of the scanned text (never the text itself) -> the scanned text, or
#: None when the scan left it as it was. Reading a table again (an agent's session, a dashboard refreshing, a
#: soak's clients) then costs a digest per distinct text (about a microsecond) instead of the prefilter and
#: presidio's analysis. The key is random per process, so the digests are no dictionary of the texts. At most
#: :data:`_MEMO_TEXTS` entries (emptied when full); a Series of more texts bypasses the memo.
_MEMO_TEXTS = 50_000
#: Texts longer than this are scanned every time (a huge cell would crowd the memo).
_MEMO_CHARS = 10_000
_memo: dict[bytes, str | None] = {}
_MISSING = object()
_memo_key = secrets.token_bytes(32)


def _digest(text: str) -> bytes:
    return hashlib.blake2b(text.encode("utf-8", "surrogatepass"), key=_memo_key, digest_size=16).digest()


def _remembered(texts: list[str]) -> tuple[dict[str, str], list[str]]:
    """The scans of ``texts`` this process remembers, and the texts it has not scanned yet."""
    known: dict[str, str] = {}
    unseen: list[str] = []
    for text in texts:
        if len(text) > _MEMO_CHARS or (found := _memo.get(_digest(text), _MISSING)) is _MISSING:
            unseen.append(text)
        else:
            known[text] = text if found is None else found
    return known, unseen


def _remember(scans: dict[str, str]) -> None:
    if len(_memo) + len(scans) > _MEMO_TEXTS:
        _memo.clear()
    for text, scanned in scans.items():
        if len(text) <= _MEMO_CHARS:
            _memo[_digest(text)] = None if scanned == text else scanned


def forget_scans() -> None:
    """Empty this process's memo of scans (done by :func:`configure`, since another model or other phone regions
    scan differently).

    Example:
        >>> forget_scans()
    """
    _memo.clear()


def _as_text(values: pd.Series) -> pd.Series:
    """``values`` as an object Series of ``str`` with ``None`` for nulls, in one pass when they are already that
    (a database's text column), converted like ``astype("string")`` when not.

    Example:
        >>> _as_text(pd.Series([1, None, "a"])).tolist()
        ['1', None, 'a']
    """
    present = values.notna()
    if values.dtype == object and pd.api.types.infer_dtype(values, skipna=True) in ("string", "empty"):
        return values if bool(present.all()) else values.where(present, None)
    return values.astype("string").astype(object).where(present, None)
