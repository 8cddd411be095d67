"""Case text is data: hostile strings print literally and the .docx stays valid."""

from __future__ import annotations

import copy
import io
import zipfile

import docx
from lxml import etree

from wmo_docs.render import render, render_document

from .conftest import CASE_01, docx_text, load_case

HOSTILE = "{{ 7*7 }} {% if true %}X{% endif %} <script>alert('x')</script> & \"quoted\" 'single' 😀 Çelik"


def _hostile_case() -> dict:
    case = copy.deepcopy(load_case(CASE_01))
    case["client"]["naam"] = {"voorletters": "A.", "tussenvoegsel": "'t", "achternaam": "Hart & <Çelik> 😀"}
    case["client"]["aanhef"] = "heer"
    case["onderzoek"]["hulpvraag"] = HOSTILE
    case["onderzoek"]["situatie"] = "Regel één\nregel twee \x01\x0b met stuurtekens"
    case["afweging"]["eigen_kracht"]["bevinding"] = HOSTILE
    v = case["besluit"]["voorzieningen"][0]
    v["motivering"] = HOSTILE
    v["aanbieder"]["naam"] = "Zorg & Co <B.V.> {{ aanbieder }}"
    case["zaak"]["consulent"]["naam"] = "Ëlla {%p endif %} O'Neill"
    return case


def _valid_docx(data: bytes) -> str:
    with zipfile.ZipFile(io.BytesIO(data)) as zf:
        for name in zf.namelist():
            if name.endswith(".xml"):
                etree.fromstring(zf.read(name))
    docx.Document(io.BytesIO(data))
    return docx_text(data)


def test_hostile_strings_print_literally(profile):
    for document in ("beschikking", "rapportage"):
        text = _valid_docx(render(_hostile_case(), document, profile))
        assert HOSTILE in text
        assert "49" not in text
        assert "Zorg & Co <B.V.> {{ aanbieder }}" in text or document == "rapportage"
        assert "Ëlla {%p endif %} O'Neill" in text
        assert "Hart & <Çelik> 😀" in text
        assert "\x01" not in text


def test_hostile_case_through_validation(profile):
    case = _hostile_case()
    data = render_document(case, "beschikking", profile=profile)
    text = _valid_docx(data)
    assert "Geachte heer 't Hart & <Çelik> 😀," in text
