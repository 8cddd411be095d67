"""Fast path for one-token vocabulary patterns.

Most vocabulary entries in ``checks/vocab/*.jsonl`` are single tokens matched on
LOWER or LEMMA (a word list or a stem regex such as ``^mantelzorg``). Evaluating dozens
of regexes on every token inside the Matcher dominated the run time, so those entries
are compiled here into one lookup that is memoised per word form: each distinct word
is classified once per process. Multi-token patterns stay with the SpanRuler.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable

from spacy.tokens import Doc, Span

_ATTRS = {"LOWER": lambda t: t.lower_, "LEMMA": lambda t: t.lemma_}
Test = Callable[[str], bool]


def _predicate(spec) -> Test | None:
    """A test on a string for one Matcher attribute value, or None when unsupported here."""
    if isinstance(spec, str):
        return spec.__eq__
    if isinstance(spec, dict) and len(spec) == 1:
        (op, arg), = spec.items()
        if op == "IN":
            values = frozenset(arg)
            return values.__contains__
        if op == "REGEX":
            return re.compile(arg).search
    return None


def is_simple(pattern: dict) -> bool:
    """One token, no operator, only LOWER/LEMMA with equality, IN or REGEX."""
    tokens = pattern["pattern"]
    if not isinstance(tokens, list) or len(tokens) != 1:
        return False
    tok = tokens[0]
    return bool(tok) and set(tok) <= set(_ATTRS) and all(_predicate(v) is not None for v in tok.values())


class Lexicon:
    """label tests per attribute, with a per-word memo."""

    def __init__(self, patterns: Iterable[dict]) -> None:
        self.rules: list[tuple[str, list[tuple[str, Test]]]] = []
        for p in patterns:
            tok = p["pattern"][0]
            self.rules.append((p["label"], [(attr, _predicate(v)) for attr, v in tok.items()]))
        self.memo: dict[tuple[str, str], tuple[str, ...]] = {}

    def labels(self, lower: str, lemma: str) -> tuple[str, ...]:
        key = (lower, lemma)
        found = self.memo.get(key)
        if found is None:
            values = {"LOWER": lower, "LEMMA": lemma}
            found = tuple(dict.fromkeys(
                label for label, tests in self.rules if all(test(values[attr]) for attr, test in tests)
            ))
            if len(self.memo) < 500_000:
                self.memo[key] = found
        return found

    def __call__(self, doc: Doc, spans_key: str) -> Doc:
        group = doc.spans[spans_key] if spans_key in doc.spans else []
        extra = [
            Span(doc, t.i, t.i + 1, label=label)
            for t in doc
            if not t.is_space
            for label in self.labels(t.lower_, t.lemma_)
        ]
        doc.spans[spans_key] = list(group) + extra
        return doc
