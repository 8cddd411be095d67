"""The HTML report: escaped draft text, highlights linked to findings, works in Chromium."""

from __future__ import annotations

import base64
import re
from html.parser import HTMLParser
from pathlib import Path

import pytest
from report_helpers import SCRIPT_TEXT, finding, locate, make_draft, read_blocks, report_for

from wmo_docs.findings import Location, Severity
from wmo_docs.reading.model import Block, Document
from wmo_docs.report.html import render_html, resolve_span
from wmo_docs.report.model import FileReport

VOID = {"meta", "input", "br", "img", "link", "hr", "col", "wbr"}


def sample_reports(tmp_path: Path) -> list[FileReport]:
    path = make_draft(tmp_path / "concept.docx")
    doc = read_blocks(path)
    findings = [
        finding("BEZWAAR-CLAUSULE", locate(doc, "vier weken"), message="De bezwaartermijn is zes weken.",
                legal_basis="Awb 6:7", hint="Schrijf: binnen zes weken."),
        finding("VAAG-TAALGEBRUIK", locate(doc, "In principe"), Severity.WARNING, "Vaag woord in het besluit."),
        finding("VAAG-TAALGEBRUIK", locate(doc, "zo nodig"), Severity.WARNING, "Vaag woord in het besluit."),
        # overlapping spans in one block
        finding("LEESBAARHEID-B1", locate(doc, "binnen vier"), Severity.INFO, "Lange zin.", None),
        finding("VOORZIENING-SPECIFICATIE", locate(doc, "6 uur"), Severity.ERROR, "Omvang <onduidelijk>."),
        finding("PLACEHOLDER", locate(doc, "document.title"), Severity.ERROR, "Restant van een sjabloon."),
        finding("AFWEGING-MANTELZORG", None, message="Mantelzorg is niet afgewogen.",
                legal_basis="Wmo 2.3.2 lid 4"),
    ]
    txt = tmp_path / "kapot.txt"
    return [
        report_for(path, doc, findings),
        FileReport(path=str(txt), error="Het bestand is leeg; lever een concept met tekst aan."),
        FileReport(path=str(tmp_path / "schoon.md"), document="beschikking",
                   draft=Document(path=tmp_path / "schoon.md", format="md",
                                  blocks=[Block(0, "# Besluit", style="#", is_heading=True, origin=("line", 1))])),
    ]


class _Checker(HTMLParser):
    """Fails on mis-nested tags, so overlapping spans cannot produce broken HTML."""

    def __init__(self) -> None:
        super().__init__()
        self.stack: list[str] = []
        self.errors: list[str] = []
        self.scripts = 0

    def handle_starttag(self, tag, attrs):
        if tag == "script":
            self.scripts += 1
        if tag not in VOID:
            self.stack.append(tag)

    def handle_endtag(self, tag):
        if not self.stack or self.stack[-1] != tag:
            self.errors.append(f"</{tag}> closes {self.stack[-1:] or 'nothing'}")
        else:
            self.stack.pop()


def test_html_is_well_formed_escaped_and_dutch(tmp_path):
    html = render_html(sample_reports(tmp_path))
    checker = _Checker()
    checker.feed(html)
    assert not checker.errors and not checker.stack, checker.errors
    assert checker.scripts == 0, "no script tags at all, certainly not from the draft"
    assert '<html lang="nl">' in html
    assert "&lt;script&gt;" in html and "=&#39;GEHACKT&#39;&lt;/script&gt; &amp;" in html and "&lt;b&gt;vet&lt;/b&gt;" in html
    assert "Omvang &lt;onduidelijk&gt;." in html
    assert "Ontbreekt in de hele brief" in html
    assert "Het bestand is leeg" in html and "niet worden gelezen" in html
    assert "3 bestanden gecontroleerd: 4 fouten, 2 waarschuwingen, 1 advies." in re.sub(r"\s+", " ", html)
    assert not re.search(r"(src|href)=\"(https?:)?//", html), "no external resources"


def test_resolve_span_prefers_offsets_then_nearest_quote():
    text = "vier en vier en vier"
    assert resolve_span(text, Location(0, 8, 12, "vier")) == (8, 12)
    assert resolve_span(text, Location(0, 14, 18, "vier")) == (16, 20)
    assert resolve_span(text, Location(0, 0, 4, "acht")) is None
    assert resolve_span(text, Location(0, 5, 5, "")) is None


def test_finding_that_cannot_be_placed_is_still_listed():
    doc = Document(path=Path("a.txt"), format="txt", blocks=[Block(0, "Tekst.", origin=("line", 1))])
    lost = finding("X", Location(block=7, start=0, end=3, quote="weg", where="regel 40"))
    html = render_html([report_for(Path("a.txt"), doc, [lost])])
    assert "<mark" not in html.split("</ul>", 1)[1]
    assert "regel 40 (niet in de tekst teruggevonden)" in html


def test_no_findings_and_empty_list():
    assert "Er zijn geen bestanden gecontroleerd." in render_html([])
    html = render_html([FileReport(path="leeg.docx", document="beschikking")])
    assert "Geen bevindingen." in html and "0 fouten, 0 waarschuwingen, 0 adviezen" in html


@pytest.mark.slow
def test_html_in_real_chromium(tmp_path, browser):
    from selenium.webdriver.common.by import By

    page = tmp_path / "rapport.html"
    page.write_text(render_html(sample_reports(tmp_path)), encoding="utf-8")
    browser.get(page.as_uri())
    browser.save_screenshot(str(tmp_path / "rapport-boven.png"))

    assert browser.title == "Controle van Wmo-concepten – wmo-docs", "a script in the draft ran"
    assert browser.execute_script("return document.documentElement.lang") == "nl"
    section = browser.find_element(By.ID, "bestand-1")
    marks = section.find_elements(By.CSS_SELECTOR, ".brief mark")
    assert all(m.is_displayed() for m in marks)

    def marked(number: int) -> str:
        return "".join(m.text for m in marks if str(number) in m.get_attribute("data-bevindingen").split())

    # Finding numbers: the one without location is 1, then in reading order.
    items = section.find_elements(By.CSS_SELECTOR, "ol.bevindingen > li")
    assert all(li.is_displayed() for li in items) and len(items) == 7
    numbers = {}
    for li in items:
        n = int(li.get_attribute("id").rsplit("-", 1)[1])
        rule = li.find_element(By.CSS_SELECTOR, "code.regel").text
        numbers.setdefault(rule, []).append(n)
    assert marked(numbers["VAAG-TAALGEBRUIK"][0]) == "In principe"
    assert marked(numbers["VAAG-TAALGEBRUIK"][1]) == "zo nodig"
    assert marked(numbers["BEZWAAR-CLAUSULE"][0]) == "vier weken"
    assert marked(numbers["LEESBAARHEID-B1"][0]) == "binnen vier"
    assert marked(numbers["VOORZIENING-SPECIFICATIE"][0]) == "6 uur"
    assert marked(numbers["PLACEHOLDER"][0]) == "document.title"
    assert "ernst-error" in [m for m in marks if m.text == "vier"][0].get_attribute("class")

    first = items[0]
    assert "Mantelzorg is niet afgewogen." in first.text and "fout" in first.text
    assert "Wmo 2.3.2 lid 4" in first.text
    bezwaar = section.find_element(By.ID, f"bestand-1-bevinding-{numbers['BEZWAAR-CLAUSULE'][0]}")
    for text in ("fout", "BEZWAAR-CLAUSULE", "De bezwaartermijn is zes weken.", "Awb 6:7",
                 "„vier weken”", "Schrijf: binnen zes weken."):
        assert text in bezwaar.text

    # The script in the draft shows as text.
    shown = browser.execute_script(
        "const p = [...document.querySelectorAll('#bestand-1 .brief p')].find(e => e.textContent.includes('GEHACKT'));"
        "const c = p.cloneNode(true); c.querySelectorAll('a.ref').forEach(a => a.remove()); return c.textContent;"
    )
    assert shown == SCRIPT_TEXT

    # Clicking a mark goes to its finding.
    [m for m in marks if m.text == "zo nodig"][0].find_element(By.TAG_NAME, "a").click()
    assert browser.execute_script("return location.hash") == f"#bestand-1-bevinding-{numbers['VAAG-TAALGEBRUIK'][1]}"

    assert "Het bestand is leeg" in browser.find_element(By.ID, "bestand-2").text

    # Filtering without JavaScript: unticking "adviezen" hides the advice findings.
    info = section.find_element(By.CSS_SELECTOR, "li.ernst-info")
    assert info.is_displayed()
    browser.find_element(By.ID, "toon-info").click()
    assert not info.is_displayed()
    browser.find_element(By.ID, "toon-info").click()

    pdf = browser.execute_cdp_cmd("Page.printToPDF", {"printBackground": True})
    (tmp_path / "rapport.pdf").write_bytes(base64.b64decode(pdf["data"]))
    browser.save_screenshot(str(tmp_path / "rapport.png"))
    assert (tmp_path / "rapport.png").stat().st_size > 10_000
