"""Build the one spaCy ``Language`` every rule reads from.

``spacy.blank("nl")`` + sentencizer + lookup lemmatizer (spacy-lookups-data), or a
trained ``nl_core_news_*`` pipeline when one is installed (never downloaded), plus
four registered components: lemma corrections, the vocabulary SpanRuler (multi-token
patterns), the one-token lexicon (the same pattern files, memoised per word) and the
citation finder. Built once per process; ``nlp.pipe`` streams the blocks.
"""

from __future__ import annotations

import threading
from functools import cache

import spacy
from spacy.language import Language
from spacy.tokens import Doc, Span

from wmo_docs.nlp.citations import find_citations
from wmo_docs.nlp.lexicon import Lexicon, is_simple
from wmo_docs.nlp.vocab import lemma_overrides, span_patterns

SPANS_KEY = "wmo"
CITATIONS_KEY = "citations"
TRAINED = ("nl_core_news_lg", "nl_core_news_md", "nl_core_news_sm")
_LOCK = threading.Lock()

if not Span.has_extension("citation"):
    Span.set_extension("citation", default=None)


@Language.factory("wmo_lemma_overrides")
def make_lemma_overrides(nlp: Language, name: str) -> "LemmaOverrides":
    return LemmaOverrides(lemma_overrides())


class LemmaOverrides:
    """Correct lookup lemmas for the verbs administrative letters lean on ("kan" → "kunnen")."""

    def __init__(self, table: dict[str, str]) -> None:
        self.table = table

    def __call__(self, doc: Doc) -> Doc:
        table = self.table
        for token in doc:
            lemma = table.get(token.lower_)
            if lemma is not None:
                token.lemma_ = lemma
            elif not token.lemma_:
                token.lemma_ = token.lower_
        return doc


@Language.factory("wmo_lexicon")
def make_lexicon(nlp: Language, name: str) -> "LexiconComponent":
    return LexiconComponent(Lexicon(p for p in span_patterns() if is_simple(p)))


class LexiconComponent:
    """One-token vocabulary (word lists and stems) into ``doc.spans["wmo"]``, memoised per word."""

    def __init__(self, lexicon: Lexicon) -> None:
        self.lexicon = lexicon

    def __call__(self, doc: Doc) -> Doc:
        return self.lexicon(doc, SPANS_KEY)


@Language.component("wmo_citations")
def citations_component(doc: Doc) -> Doc:
    """Put every legal citation in ``doc.spans["citations"]``, parsed in ``span._.citation``."""
    spans = []
    for cit in find_citations(doc.text):
        span = doc.char_span(cit.start, cit.end, label=cit.law or "unknown", alignment_mode="expand")
        if span is not None:
            span._.citation = cit
            spans.append(span)
    doc.spans[CITATIONS_KEY] = spans
    return doc


def _trained_name() -> str | None:
    for name in TRAINED:
        if spacy.util.is_package(name):
            return name
    return None


@cache
def get_nlp() -> Language:
    """The process-wide pipeline (thread-safe first build)."""
    with _LOCK:
        return _build()


def _build() -> Language:
    trained = _trained_name()
    if trained:
        nlp = spacy.load(trained, exclude=["ner"])
        if "lemmatizer" not in nlp.pipe_names:
            nlp.add_pipe("lemmatizer", config={"mode": "lookup"})
            nlp.get_pipe("lemmatizer").initialize()
    else:
        nlp = spacy.blank("nl")
        nlp.add_pipe("sentencizer")
        nlp.add_pipe("lemmatizer", config={"mode": "lookup"})
        nlp.get_pipe("lemmatizer").initialize()
    nlp.add_pipe("wmo_lemma_overrides")
    ruler = nlp.add_pipe(
        "span_ruler",
        name="wmo_vocab",
        config={"spans_key": SPANS_KEY, "phrase_matcher_attr": "LOWER", "overwrite": True},
    )
    ruler.add_patterns([p for p in span_patterns() if not is_simple(p)])
    nlp.add_pipe("wmo_lexicon")
    nlp.add_pipe("wmo_citations")
    return nlp
