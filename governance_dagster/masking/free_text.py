"""The free-text safety net: presidio-analyzer's pattern recognizers over text cells, fully offline.

presidio runs on a blank spaCy pipeline, so no model is loaded or downloaded and nothing touches the network
(tldextract uses the public-suffix list bundled with it). Detected spans are replaced by ``<ENTITY_TYPE>`` with
presidio-anonymizer. Names and places need a NER model: a user who has a spaCy model installed can name it in
:func:`configure` to add them.

Example:
    >>> scan_text("write to jane.roe@example.com or call 212-555-0199")
    'write to <EMAIL_ADDRESS> or call <PHONE_NUMBER>'
"""

from __future__ import annotations

import logging
from functools import lru_cache
from types import SimpleNamespace
from typing import Any

import pandas as pd

#: Entities the pattern recognizers find without a NER model.
PATTERN_ENTITIES = ("EMAIL_ADDRESS", "PHONE_NUMBER", "US_SSN", "CREDIT_CARD", "IBAN_CODE", "IP_ADDRESS", "URL")

_spacy_model: str | None = None


def configure(spacy_model: str | None) -> None:
    """Use an installed spaCy model (e.g. ``en_core_web_sm``) to add PERSON and LOCATION detection."""
    global _spacy_model
    if spacy_model != _spacy_model:
        _spacy_model = spacy_model
        _engines.cache_clear()


def _offline_tldextract() -> None:
    """Point presidio's e-mail recognizer at a tldextract that only uses its bundled suffix list."""
    import tldextract
    from presidio_analyzer.predefined_recognizers.generic import email_recognizer

    offline = tldextract.TLDExtract(suffix_list_urls=(), cache_dir=None)
    email_recognizer.tldextract = SimpleNamespace(extract=offline)  # type: ignore[attr-defined]


@lru_cache(maxsize=1)
def _engines() -> tuple[Any, Any]:
    for name in ("presidio-analyzer", "presidio_analyzer", "presidio-anonymizer", "presidio_anonymizer"):
        logging.getLogger(name).setLevel(logging.ERROR)
    import spacy
    from presidio_analyzer import AnalyzerEngine
    from presidio_analyzer.nlp_engine import SpacyNlpEngine
    from presidio_anonymizer import AnonymizerEngine

    _offline_tldextract()
    model = _spacy_model

    class _LocalSpacy(SpacyNlpEngine):
        def load(self) -> None:
            self.nlp = {"en": spacy.load(model) if model else spacy.blank("en")}

    engine = _LocalSpacy(models=[{"lang_code": "en", "model_name": model or "blank"}])
    engine.load()
    analyzer = AnalyzerEngine(nlp_engine=engine, supported_languages=["en"])
    return analyzer, AnonymizerEngine()


def analyzer() -> Any:
    """The offline presidio ``AnalyzerEngine`` (blank spaCy pipeline unless a model was configured)."""
    return _engines()[0]


def _entities() -> list[str]:
    return [*PATTERN_ENTITIES, *(("PERSON", "LOCATION") if _spacy_model else ())]


def scan_text(text: str) -> str:
    """Replace every detected entity in ``text`` with ``<ENTITY_TYPE>``."""
    analyzer, anonymizer = _engines()
    findings = analyzer.analyze(text=text, language="en", entities=_entities())
    if not findings:
        return text
    return anonymizer.anonymize(text=text, analyzer_results=findings).text


def scan_series(values: pd.Series) -> pd.Series:
    """:func:`scan_text` over a Series; each distinct value is scanned once and nulls stay null."""
    distinct = values.dropna().astype(str).unique()
    scanned = {v: scan_text(v) for v in distinct}
    return values.map(lambda v: None if pd.isna(v) else scanned[str(v)])
