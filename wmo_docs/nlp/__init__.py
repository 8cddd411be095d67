"""The NLP layer: one spaCy pipeline per process, built from registered components
whose vocabulary lives in ``checks/vocab`` (data, not code).
"""

from __future__ import annotations

from wmo_docs.nlp.pipeline import SPANS_KEY, CITATIONS_KEY, get_nlp

__all__ = ["get_nlp", "SPANS_KEY", "CITATIONS_KEY"]
