"""Every example case gives both documents, complete and without leftover template code."""

from __future__ import annotations

import io
import re
import zipfile

import docx
import pytest
from lxml import etree

from wmo_docs.errors import InputError
from wmo_docs.render import formatting, names
from wmo_docs.render.context import lid_tekst

from .conftest import EXAMPLES, docx_text, load_case

DICTUM_WORDS = {
    "toegekend": "toe",
    "gedeeltelijk toegekend": "voor een deel toe",
    "gewijzigd": "Wij wijzigen uw",
    "afgewezen": "af.",
    "beëindigd": "Wij beëindigen uw",
}
LEFTOVERS = re.compile(r"\{\{|\{%|%\}|\}\}|\bNone\b|\bUndefined\b")


def _valid_examples():
    from wmo_docs.render.validation import blocking, validate
    from wmo_docs.render import profile_for_case

    out = []
    for path in EXAMPLES:
        case = load_case(path)
        if not blocking(validate(case, profile_for_case(case))):
            out.append(path)
    return out


VALID = _valid_examples()


def test_there_are_examples():
    assert VALID, "no valid example case found in examples/cases/"


def _check_package(data: bytes) -> None:
    with zipfile.ZipFile(io.BytesIO(data)) as zf:
        assert zf.testzip() is None
        for name in zf.namelist():
            if name.endswith(".xml") or name.endswith(".rels"):
                etree.fromstring(zf.read(name))  # well-formed XML or this raises
    docx.Document(io.BytesIO(data))


@pytest.mark.parametrize("path", VALID, ids=lambda p: p.stem)
def test_rapportage(path, rendered):
    case = load_case(path)
    data = rendered(path, "rapportage")
    _check_package(data)
    text = docx_text(data)
    assert not LEFTOVERS.search(text), LEFTOVERS.search(text)
    client = case["client"]
    assert names.korte_naam(client["naam"], client["aanhef"]).split()[-1] in text
    assert formatting.datum(case["onderzoek"]["gespreksdatum"]) in text
    for heading in ("Uw hulpvraag", "Uw situatie", "Wat lukt niet of moeilijk", "Wat u zelf en met anderen kunt",
                    "Conclusie en advies", "Uw reactie op dit verslag", "Handtekening"):
        assert heading in text
    for label in ("Eigen kracht", "Gebruikelijke hulp", "Mantelzorg", "Sociaal netwerk", "Algemene voorzieningen",
                  "Voorliggende voorzieningen"):
        assert f"{label} (" in text
    assert "cliëntondersteuning" in text and "persoonlijk plan" in text
    for layer in case["afweging"].values():
        assert layer["bevinding"] in text
    for v in (case.get("besluit") or {}).get("voorzieningen", []):
        if v.get("omvang") and v["beslissing"] in ("toegekend", "gedeeltelijk toegekend", "gewijzigd"):
            assert formatting.omvang(v["omvang"]) in text


@pytest.mark.parametrize("path", VALID, ids=lambda p: p.stem)
def test_beschikking(path, rendered):
    case = load_case(path)
    if not case.get("besluit"):
        with pytest.raises(InputError):
            rendered(path, "beschikking")
        return
    data = rendered(path, "beschikking")
    _check_package(data)
    text = docx_text(data)
    assert not LEFTOVERS.search(text), LEFTOVERS.search(text)
    client = case["client"]
    addressee = client.get("vertegenwoordiger") or client
    assert names.aanhef(addressee["naam"], addressee["aanhef"]) + "," in text
    assert names.naam_met_titel(addressee["naam"], addressee["aanhef"]) in text
    assert formatting.datum(case["besluit"]["datum"]) in text
    assert case["besluit"]["kenmerk"] in text
    assert formatting.datum(case["onderzoek"]["gespreksdatum"]) in text
    for layer in case["afweging"].values():
        assert layer["bevinding"] in text
    for v in case["besluit"]["voorzieningen"]:
        assert v["omschrijving"] in text
        assert DICTUM_WORDS[v["beslissing"]] in text
        assert v["motivering"] in text
        if v.get("omvang"):
            assert formatting.omvang(v["omvang"]) in text
        for key in ("ingangsdatum", "einddatum"):
            if v.get(key):
                assert formatting.datum(v[key]) in text
        for g in v["grondslagen"]:
            cited = f"artikel {g['artikel']}" + (f", {lid_tekst(g['lid'])}" if g.get("lid") else "")
            assert cited in text
        if v.get("overgangstermijn"):
            assert formatting.datum(v["overgangstermijn"]["tot"]) in text
        if v.get("leveringsvorm") == "pgb" and v.get("pgb"):
            assert formatting.bedrag(v["pgb"]["bedrag"]) in text
    assert "van de Wmo 2015" in text
    assert "Verordening" in text
    assert "zes weken" in text and "bezwaar" in text and "voorlopige voorziening" in text
    assert "Namens het college van burgemeester en wethouders" in text
    assert "Pagina" in text


@pytest.mark.parametrize("document", ["beschikking", "rapportage"])
@pytest.mark.parametrize("path", VALID, ids=lambda p: p.stem)
def test_checker_finds_no_errors_in_our_own_letters(path, document, rendered, tmp_path):
    """Our letters are the standard for the checker: zero error findings."""
    from wmo_docs.check import check_file

    case = load_case(path)
    if document == "beschikking" and not case.get("besluit"):
        return
    target = tmp_path / f"{path.stem}-{document}.docx"
    target.write_bytes(rendered(path, document))
    report = check_file(target, document=document)
    errors = [(f.rule, f.message) for f in report.findings if f.severity.value == "error"]
    assert errors == []
