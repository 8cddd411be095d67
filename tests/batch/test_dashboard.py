"""The batch dashboard in a real headless Chromium: visible totals, links, authors only on request."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from conftest import run_cli
from drafts import AUTEURS, generate

from wmo_docs.batch.dashboard import FileEntry, finding_anchor, render_dashboard
from wmo_docs.findings import Finding, Location, Severity
from wmo_docs.report.html import render_html
from wmo_docs.report.model import FileReport


def test_anchor_matches_the_per_file_report():
    f_general = Finding("AFWEGING-MANTELZORG", Severity.ERROR, "Niet afgewogen.")
    f_loc = Finding("PLACEHOLDER", Severity.ERROR, "Sjabloon.", location=Location(0, 0, 6, "[NAAM]", "alinea 1"))
    report = FileReport("a.txt", "beschikking", "toekenning", [f_loc, f_general])
    html = render_html([report])
    for f in report.findings:
        assert f'id="{finding_anchor(report, f)[1:]}"' in html


def test_dashboard_escapes_and_hides_authors_unless_asked():
    report = FileReport("<b>x</b>.docx", "beschikking", "afwijzing",
                        [Finding("PLACEHOLDER", Severity.ERROR, "<script>alert(1)</script>",
                                 location=Location(0, 0, 5, "<img src=x onerror=alert(1)> en nog wat woorden"))])
    entries = [FileEntry(report, "r/1.html", author="Jan Geheim"), FileEntry(FileReport("b.txt", error="leeg"))]
    html = render_dashboard(entries)
    assert "<script>" not in html and "<img" not in html and "&lt;b&gt;x&lt;/b&gt;.docx" in html
    assert "Jan Geheim" not in html and "Per auteur" not in html
    assert "Jan Geheim" in render_dashboard(entries, per_auteur=True)
    assert "Onderbroken: 2 van 5" in render_dashboard(entries, planned=5)


def _dashboard(tmp_path: Path, *extra: str) -> tuple[Path, dict]:
    folder = tmp_path / "map"
    if not folder.exists():
        generate(folder, 80)
        (folder / "2025-02" / "00040-kapot.docx").write_bytes(b"geen word")
    out = tmp_path / f"overzicht{len(extra)}.html"
    res = run_cli("check", str(folder), "--format", "html", "-o", str(out), "-j", "2", *extra)
    assert res.returncode == 2, res.stderr  # one unreadable file
    js = tmp_path / "r.json"
    if not js.exists():
        assert run_cli("check", str(folder), "--format", "json", "-o", str(js), "-j", "2").returncode == 2
    return out, json.loads(js.read_text(encoding="utf-8"))["summary"] | {
        "files_list": json.loads(js.read_text(encoding="utf-8"))["files"]}


@pytest.mark.slow
def test_dashboard_in_chromium(tmp_path, browser):
    from selenium.webdriver.common.by import By

    out, s = _dashboard(tmp_path)
    report = {"files": s["files_list"]}
    browser.get(out.as_uri())
    shot = tmp_path / "dashboard.png"
    browser.save_screenshot(str(shot))
    Path("/tmp/wmo-batch-dashboard.png").write_bytes(shot.read_bytes())  # for a human to look at

    def card(ident: str) -> str:
        el = browser.find_element(By.ID, ident)
        assert el.is_displayed()
        return el.find_element(By.CLASS_NAME, "getal").text

    # The engine is developed alongside: compare the dashboard with itself and with the file list
    # of a JSON run, not with another run's finding counts.
    assert card("cijfer-bestanden") == str(s["files"]) == "81"
    assert card("cijfer-onleesbaar") == "1" == str(s["unreadable"])
    files = browser.find_element(By.ID, "tabel-bestanden")
    rows = files.find_elements(By.CSS_SELECTOR, "tbody tr")
    assert len(rows) == 81 and sorted(r.find_element(By.TAG_NAME, "th").text for r in rows) == sorted(
        f["path"] for f in report["files"])
    per_file = [[int(c.text) for c in r.find_elements(By.CSS_SELECTOR, "td.getal")] for r in rows]
    per_file = [c for c in per_file if c]
    sums = [sum(c[i] for c in per_file) for i in range(3)]
    assert [int(card("cijfer-error")), int(card("cijfer-warning")), int(card("cijfer-info"))] == sums
    assert sums[0] > 0 and sums[1] > 0
    clean = sum(1 for c in per_file if not any(c))
    assert card("cijfer-schoon") == f"{round(100 * clean / 80)}%"
    table = browser.find_element(By.ID, "tabel-per-regel")
    total_row = [int(c.text) for c in table.find_elements(By.CSS_SELECTOR, "tfoot td.getal")]
    assert total_row[:3] == sums
    rule_rows = [[int(c.text) for c in r.find_elements(By.CSS_SELECTOR, "td.getal")]
                 for r in table.find_elements(By.CSS_SELECTOR, "tbody tr")]
    assert [sum(r[i] for r in rule_rows) for i in range(3)] == sums
    assert "BATCH-STANDAARDMOTIVERING" in table.text
    groups = browser.find_elements(By.CSS_SELECTOR, "article.groep")
    assert groups and groups[0].is_displayed() and "brieven" in groups[0].text
    assert browser.find_element(By.ID, "onleesbaar").is_displayed()
    assert not browser.find_elements(By.ID, "per-auteur")
    body = browser.find_element(By.TAG_NAME, "body").text
    assert not any(a in body for a in AUTEURS)
    # a weak-spot example opens the draft's own report at that finding
    link = browser.find_element(By.CSS_SELECTOR, "ol.zwak ul.voorbeelden a")
    target = link.get_attribute("href")
    link.click()
    assert browser.current_url == target
    anchor = target.split("#", 1)[1]
    el = browser.find_element(By.ID, anchor)
    assert el.is_displayed() and el.tag_name == "li"
    assert not any(a in browser.find_element(By.TAG_NAME, "body").text for a in AUTEURS)


@pytest.mark.slow
def test_dashboard_per_auteur_in_chromium(tmp_path, browser):
    from selenium.webdriver.common.by import By

    out, _ = _dashboard(tmp_path, "--per-auteur")
    browser.get(out.as_uri())
    section = browser.find_element(By.ID, "per-auteur")
    browser.execute_script("arguments[0].scrollIntoView()", section)
    browser.save_screenshot(str(tmp_path / "auteurs.png"))
    Path("/tmp/wmo-batch-auteurs.png").write_bytes((tmp_path / "auteurs.png").read_bytes())
    assert section.is_displayed()
    table = browser.find_element(By.ID, "tabel-per-auteur").text
    assert all(a in table for a in AUTEURS)
    assert "persoonsgegevens" in browser.find_element(By.CSS_SELECTOR, "p.privacy").text
