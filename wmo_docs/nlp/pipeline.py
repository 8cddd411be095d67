"""Build the one spaCy ``Language`` every rule reads from.

``spacy.blank("nl")`` + sentencizer + lookup lemmatizer (spacy-lookups-data's Dutch
table, with our corrections from ``checks/vocab/lemmas.tsv``), or a
trained ``nl_core_news_*`` pipeline when one is installed (never downloaded), plus
four registered components: lemma corrections, the vocabulary SpanRuler (multi-token
patterns), the one-token lexicon (the same pattern files, memoised per word) and the
citation finder. Built once per process; ``nlp.pipe`` streams the blocks.
"""

from __future__ import annotations

import gzip
import json
import threading
from functools import cache
from importlib import resources

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
    """Correct lemmas for the verbs administrative letters lean on ("kan" → "kunnen").

    With a ``base`` table it is itself the lookup lemmatizer: spacy-lookups-data's Dutch
    table read as a plain dict (building spaCy's hashed Table costs ~0.3 s of start-up).
    """

    def __init__(self, table: dict[str, str], base: dict[str, str] | None = None) -> None:
        self.table = table
        self.base = base

    def __call__(self, doc: Doc) -> Doc:
        table, base = self.table, self.base
        for token in doc:
            lemma = table.get(token.lower_)
            if lemma is None and base is not None:
                lemma = base.get(token.text) or base.get(token.lower_)
            if lemma is not None:
                token.lemma_ = lemma
            elif not token.lemma_:
                token.lemma_ = token.lower_
        return doc


def _dutch_lookup_table() -> dict[str, str] | None:
    """spacy-lookups-data's nl lemma_lookup as a dict, or None when the package lacks it."""
    try:
        file = resources.files("spacy_lookups_data").joinpath("data", "nl_lemma_lookup.json.gz")
        with file.open("rb") as raw, gzip.open(raw) as fh:
            return json.load(fh)
    except (ModuleNotFoundError, FileNotFoundError, OSError, ValueError):
        return None


@Language.factory("wmo_lookup_lemmatizer")
def make_lookup_lemmatizer(nlp: Language, name: str) -> LemmaOverrides:
    return LemmaOverrides(lemma_overrides(), _dutch_lookup_table())


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
        nlp.add_pipe("wmo_lemma_overrides")
    else:
        nlp = spacy.blank("nl")
        nlp.add_pipe("sentencizer")
        lemmatizer = nlp.add_pipe("wmo_lookup_lemmatizer")
        if lemmatizer.base is None:  # no data file where we expect it: spaCy's own loader
            nlp.remove_pipe("wmo_lookup_lemmatizer")
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
