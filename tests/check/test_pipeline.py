"""The spaCy pipeline: built once, our components registered, vocabulary from data files."""

from __future__ import annotations

import subprocess
import sys

import pytest

from wmo_docs.nlp import CITATIONS_KEY, SPANS_KEY, get_nlp


def labels(text: str) -> dict[str, list[str]]:
    doc = get_nlp()(text)
    out: dict[str, list[str]] = {}
    for span in doc.spans[SPANS_KEY]:
        out.setdefault(span.label_, []).append(span.text)
    return out


def test_built_once_with_registered_components():
    nlp = get_nlp()
    assert get_nlp() is nlp
    assert {"wmo_vocab", "wmo_lexicon", "wmo_citations"} <= set(nlp.pipe_names)
    assert "wmo_lookup_lemmatizer" in nlp.pipe_names or "wmo_lemma_overrides" in nlp.pipe_names
    assert nlp.lang == "nl"


def test_import_wmo_docs_does_not_load_spacy():
    code = "import sys, wmo_docs, wmo_docs.check; print('spacy' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


def test_lemma_corrections_from_data():
    doc = get_nlp()("Uw partner kan de was doen en heeft besloten.")
    lemmas = {t.text: t.lemma_ for t in doc}
    assert lemmas["kan"] == "kunnen" and lemmas["besloten"] == "besluiten"


@pytest.mark.parametrize(
    "text, label",
    [
        ("Uw echtgenote kan koken.", "P_HOUSEMATE"),
        ("Uw schoonzoon helpt soms.", "P_RELATIVE"),
        ("U woont sinds 2019 alleen.", "P_ALONE"),
        ("De mantelzorgers zijn overbelast.", "L_MANTELZORG"),
        ("U kunt naar het buurthuis.", "L_ALGEMENE_VOORZIENING"),
        ("U krijgt wijkverpleging.", "L_VOORLIGGENDE_VOORZIENING"),
        ("Dit valt onder de Wet langdurige zorg.", "L_VOORLIGGENDE_VOORZIENING"),
        ("Dit betekent dat u geen hulp krijgt.", "REASON"),
        ("Gelet op uw situatie.", "REASON"),
        ("Wij hebben de aanvraag afgewezen.", "DEC_REFUSE"),
        ("Wij wijzen uw aanvraag voor een traplift af.", "DEC_REFUSE"),
        ("Wij kennen u met ingang van 1 mei 2025 hulp toe.", "DEC_GRANT"),
        ("Mantelzorg: n.v.t.", "NVT"),
    ],
)
def test_vocabulary_labels(text, label):
    assert label in labels(text)


def test_citation_spans_carry_parsed_citation():
    doc = get_nlp()("Gelet op art. 2.3.5 lid 3 Wmo en artikel 3:46 Awb.")
    cites = [(s.text, s._.citation.law, s._.citation.article, s._.citation.lid) for s in doc.spans[CITATIONS_KEY]]
    assert cites == [("art. 2.3.5 lid 3 Wmo", "wmo2015", "2.3.5", 3), ("artikel 3:46 Awb", "awb", "3:46", None)]
