"""Citation parsing in the many ways letters write them."""

from __future__ import annotations

import pytest

from wmo_docs.nlp.citations import find_citations


def parsed(text: str):
    return [(c.law, c.article, c.lid, c.onderdeel) for c in find_citations(text)]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("artikel 2.3.5, derde lid, van de Wmo 2015", [("wmo2015", "2.3.5", 3, None)]),
        ("art. 2.3.5 lid 3 Wmo", [("wmo2015", "2.3.5", 3, None)]),
        ("art. 3:46 Awb", [("awb", "3:46", None, None)]),
        ("artikelen 3:46 en 3:47 van de Algemene wet bestuursrecht", [("awb", "3:46", None, None), ("awb", "3:47", None, None)]),
        ("artikel 8 van de Verordening maatschappelijke ondersteuning Voorbeeldstad 2025", [("verordening", "8", None, None)]),
        ("artikel 2.3.15 Wmo 2015", [("wmo2015", "2.3.15", None, None)]),
        ("artikel 5, eerste lid, onder b, van de verordening", [("verordening", "5", 1, "b")]),
        ("artikel 1.1.1, eerste lid, sub c Wet maatschappelijke ondersteuning 2015", [("wmo2015", "1.1.1", 1, "c")]),
        ("op grond van 6:7 Awb", [("awb", "6:7", None, None)]),
        ("artikel 2.3.2 van de wet", [("wmo2015", "2.3.2", None, None)]),
        ("artikel 4 lid 2 van de Beleidsregels Wmo Voorbeeldstad", [("beleidsregels", "4", 2, None)]),
        ("artikel 7:658 BW", [("other", "7:658", None, None)]),
        ("de artikelen 2.3.2, 2.3.5 en 2.3.6 Wmo 2015", [("wmo2015", "2.3.2", None, None), ("wmo2015", "2.3.5", None, None), ("wmo2015", "2.3.6", None, None)]),
        ("Het college heeft vier weken de tijd.", []),
        # title first, as in a list of grounds at the end of a letter
        ("Verordening maatschappelijke ondersteuning Maasbergen 2023, artikel 8 (criteria)", [("verordening", "8", None, None)]),
        ("Beleidsregels Wmo Noordkaap: artikel 3, tweede lid", [("beleidsregels", "3", 2, None)]),
        ("Wat de verordening zegt, staat hierboven. Op grond van artikel 12 beslissen wij.", [(None, "12", None, None)]),
    ],
)
def test_find_citations(text, expected):
    assert parsed(text) == expected


def test_verordening_title_does_not_swallow_the_sentence():
    cites = find_citations("Volgens artikel 8 van de Verordening maatschappelijke ondersteuning Voorbeeldstad 2025 is dat zo.")
    assert cites[0].law_text == "Verordening maatschappelijke ondersteuning Voorbeeldstad 2025"


def test_title_first_citations_each_span_their_own_number():
    text = "Verordening maatschappelijke ondersteuning Maasbergen 2023, artikelen 8 en 10."
    assert [text[c.start:c.end] for c in find_citations(text)] == ["artikelen 8", "10"]
