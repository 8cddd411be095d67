"""The web app in a real browser: Selenium with Debian's headless Chromium against the real server."""

from __future__ import annotations

import io
import time
import zipfile
from pathlib import Path

import docx
import pytest
from conftest import EXAMPLES, examples

EXAMPLE = "01-huishoudelijke-ondersteuning-natura.json"


def _downloads(browser, folder: Path) -> Path:
    folder.mkdir(exist_ok=True)
    browser.execute_cdp_cmd("Browser.setDownloadBehavior", {"behavior": "allow", "downloadPath": str(folder)})
    return folder


def _wait_for(predicate, timeout: float = 60, what: str = ""):
    deadline = time.time() + timeout
    while time.time() < deadline:
        value = predicate()
        if value:
            return value
        time.sleep(0.1)
    raise AssertionError(f"timed out waiting for {what}")


def _downloaded(folder: Path, name: str) -> Path:
    path = folder / name
    _wait_for(lambda: path.exists() and not list(folder.glob("*.crdownload")), what=name)
    return path


def _shot(browser, tmp_path: Path, name: str) -> None:
    shot = tmp_path / f"{name}.png"
    browser.save_screenshot(str(shot))
    Path(f"/tmp/wmo-serve-{name}.png").write_bytes(shot.read_bytes())  # for a human to look at


def _docx_text(path: Path) -> str:
    d = docx.Document(str(path))
    cells = [c.text for t in d.tables for r in t.rows for c in r.cells]
    return "\n".join([p.text for p in d.paragraphs] + cells)


@pytest.mark.slow
def test_fill_the_case_form_see_a_field_error_and_download_a_beschikking(server, browser, tmp_path):
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.ui import Select

    folder = _downloads(browser, tmp_path / "downloads")
    browser.get(f"{server.url}/brief")
    Select(browser.find_element(By.ID, "voorbeeld")).select_by_value(EXAMPLE)
    browser.find_element(By.CSS_SELECTOR, "form[action='/brief'][method='get'] button").click()
    assert "is geladen" in browser.find_element(By.ID, "bericht").text

    bsn = browser.find_element(By.ID, "veld-client-bsn")
    bsn.clear()
    bsn.send_keys("123456789")  # nine digits, but not a real BSN (elfproef)
    name = browser.find_element(By.ID, "veld-zaak-consulent-naam")
    name.clear()
    name.send_keys("Kees Testconsulent")
    browser.find_element(By.ID, "knop-controleren").click()

    summary = browser.find_element(By.ID, "samenvatting-fouten")
    assert summary.is_displayed() and "1 fout" in summary.text
    message = browser.find_element(By.ID, "veld-client-bsn-melding")
    assert message.is_displayed() and "elfproef" in message.text
    field = browser.find_element(By.ID, "veld-client-bsn")
    assert field.get_attribute("aria-invalid") == "true"
    assert "veld-client-bsn-melding" in field.get_attribute("aria-describedby")
    # the message sits right above its own field, and the summary links to it
    assert message.location["y"] < field.location["y"] < message.location["y"] + 200
    summary.find_element(By.CSS_SELECTOR, "a[href='#veld-client-bsn']").click()
    _shot(browser, tmp_path, "brief-veldfout")

    field = browser.find_element(By.ID, "veld-client-bsn")
    field.clear()
    field.send_keys("111222333")
    browser.find_element(By.ID, "knop-beschikking-docx").click()
    letter = _downloaded(folder, "Z-2026-004512-beschikking.docx")
    text = _docx_text(letter)
    assert "Kees Testconsulent" in text and "WMO/2026/4512" in text


@pytest.mark.slow
def test_upload_a_draft_and_see_its_findings_highlighted(server, browser, tmp_path):
    from selenium.webdriver.common.by import By

    server.wait_ready()
    folder = _downloads(browser, tmp_path / "downloads")
    draft = EXAMPLES / "drafts" / "fout_kortdurend_verblijf_sjabloonresten.docx"
    browser.get(f"{server.url}/controleren")
    browser.find_element(By.ID, "bestand").send_keys(str(draft))
    browser.find_element(By.ID, "knop-controleren").click()
    report = _wait_for(lambda: browser.find_elements(By.ID, "rapport"), what="report")[0]
    marks = report.find_elements(By.CSS_SELECTOR, ".brief mark.ernst-error")
    assert marks and all(m.is_displayed() for m in marks[:3])
    findings = report.find_elements(By.CSS_SELECTOR, "ol.bevindingen li")
    assert len(findings) >= len({m.get_attribute("data-bevindingen") for m in marks})
    # the highlighted words are exactly the quote of their finding, which stands beside the text
    link = marks[0].find_element(By.TAG_NAME, "a")
    target_id = link.get_attribute("href").split("#", 1)[1]
    target = browser.find_element(By.ID, target_id)
    assert marks[0].text.strip() in target.text.replace("\n", " ") or target.find_elements(By.CSS_SELECTOR, ".citaat")
    assert target.location["x"] > marks[0].location["x"]  # findings in the column to the right
    link.click()
    assert browser.current_url.endswith("#" + target_id)
    _shot(browser, tmp_path, "concept-bevindingen")
    counts = browser.find_element(By.ID, "tellingen").text
    assert "fout" in counts

    browser.find_element(By.ID, "bestand").send_keys(str(draft))
    browser.find_element(By.ID, "knop-docx").click()
    annotated = _downloaded(folder, "fout_kortdurend_verblijf_sjabloonresten.opmerkingen.docx")
    with zipfile.ZipFile(annotated) as zf:
        assert 'w:author="Gemeente Voorbeeldstad"' in zf.read("word/comments.xml").decode("utf-8")


@pytest.mark.slow
def test_run_a_small_batch_to_its_dashboard(server, browser, tmp_path):
    from selenium.webdriver.common.by import By

    archive = tmp_path / "team.zip"
    with zipfile.ZipFile(archive, "w") as zf:
        for i in range(3):
            for p in examples("drafts"):
                zf.write(p, f"maand-{i}/{p.name}")
    browser.get(f"{server.url}/partij")
    browser.find_element(By.ID, "archief").send_keys(str(archive))
    browser.find_element(By.ID, "knop-starten").click()
    assert "/partij/" in browser.current_url
    assert browser.find_element(By.ID, "voortgang").tag_name == "progress"
    link = _wait_for(lambda: browser.find_elements(By.ID, "link-overzicht"), timeout=120, what="dashboard link")[0]
    assert "12 concepten" in browser.find_element(By.ID, "stand").text
    _shot(browser, tmp_path, "partij-klaar")
    link.click()
    card = browser.find_element(By.ID, "cijfer-bestanden")
    assert card.find_element(By.CLASS_NAME, "getal").text == "12"
    rows = browser.find_elements(By.CSS_SELECTOR, "#tabel-bestanden tbody tr")
    assert len(rows) == 12
    _shot(browser, tmp_path, "partij-overzicht")
    # a file's own report opens from the dashboard
    browser.find_element(By.CSS_SELECTOR, "#tabel-bestanden tbody tr a").click()
    assert browser.find_elements(By.CSS_SELECTOR, "section.bestand")


@pytest.mark.slow
def test_keyboard_skip_link_and_no_console_errors(server, browser):
    from selenium.webdriver.common.by import By
    from selenium.webdriver.common.keys import Keys

    from selenium.webdriver.common.action_chains import ActionChains

    browser.get(f"{server.url}/brief?voorbeeld={EXAMPLE}")
    ActionChains(browser).send_keys(Keys.TAB).perform()
    skip = browser.switch_to.active_element
    assert skip.text == "Direct naar de inhoud" and skip.is_displayed()
    ActionChains(browser).send_keys(Keys.ENTER).perform()
    assert browser.current_url.endswith("#inhoud")
    seen = set()
    for _ in range(25):  # the form is reachable and usable with the keyboard alone
        ActionChains(browser).send_keys(Keys.TAB).perform()
        el = browser.switch_to.active_element
        seen.add(el.get_attribute("id") or el.tag_name)
    assert "veld-zaak-zaaknummer" in seen, seen
    logs = browser.get_log("browser")
    assert not [entry for entry in logs if entry["level"] == "SEVERE"], logs
