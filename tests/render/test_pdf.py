"""PDF/A through LibreOffice: really run it (never skipped; a missing soffice fails the test)."""

from __future__ import annotations

import shutil
import subprocess
import sys

import pytest

from wmo_docs.render import render, render_document
from wmo_docs.render.pdf import LibreOfficeMissingError, docx_to_pdf, find_soffice

from .conftest import CASE_01
from .test_hostile import _hostile_case

pytestmark = pytest.mark.slow


def _pdf_text(path) -> str:
    assert shutil.which("pdftotext"), "pdftotext (poppler-utils) is niet geïnstalleerd"
    return subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True).stdout


def test_soffice_is_installed():
    assert find_soffice(), "LibreOffice (soffice) is niet geïnstalleerd: apt-get install libreoffice-writer-nogui"


def test_cli_pdf_is_pdfa_with_the_letter_text(tmp_path):
    result = subprocess.run([sys.executable, "-m", "wmo_docs", "generate", str(CASE_01), "-d", "beschikking",
                             "-o", str(tmp_path), "--pdf"], capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stderr
    pdf = tmp_path / "Z-2026-004512-beschikking.pdf"
    assert (tmp_path / "Z-2026-004512-beschikking.docx").is_file()
    data = pdf.read_bytes()
    assert data.startswith(b"%PDF")
    assert b"pdfaid:part" in data and (b'pdfaid:part="2"' in data or b"<pdfaid:part>2</pdfaid:part>" in data)
    text = " ".join(_pdf_text(pdf).split())
    for expected in ("Geachte mevrouw De Vries", "3 uur per week", "5 oktober 2026", "zes weken",
                     "artikel 2.3.5, derde lid, van de Wmo 2015", "Namens het college van burgemeester en wethouders",
                     "Pagina 1 van"):
        assert expected in text, expected
    info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True, check=True).stdout
    assert "Metadata Stream: yes" in info or "Metadata:" in info


def test_hostile_case_converts(tmp_path, profile):
    pdf = tmp_path / "x.pdf"
    pdf.write_bytes(docx_to_pdf(render(_hostile_case(), "rapportage", profile), "x"))
    text = _pdf_text(pdf)
    assert "{{ 7*7 }}" in text and "<script>" in text


def test_rapportage_pdf_via_api(tmp_path):
    path = render_document(CASE_01, "rapportage", pdf=True, output=tmp_path)
    assert path.suffix == ".pdf"
    assert "Conclusie en advies" in _pdf_text(path)


def test_missing_libreoffice_gives_dutch_message(monkeypatch, profile):
    monkeypatch.setenv("WMO_DOCS_SOFFICE", "/bestaat/niet/soffice")
    with pytest.raises(LibreOfficeMissingError) as info:
        docx_to_pdf(b"PK", "x")
    assert "LibreOffice is niet gevonden" in str(info.value)


def test_missing_libreoffice_cli(tmp_path):
    import os

    env = {**os.environ, "WMO_DOCS_SOFFICE": "/bestaat/niet/soffice"}
    result = subprocess.run([sys.executable, "-m", "wmo_docs", "generate", str(CASE_01), "-d", "rapportage",
                             "-o", str(tmp_path), "--pdf"], capture_output=True, text=True, env=env, timeout=120)
    assert result.returncode == 2
    assert "LibreOffice is niet gevonden" in result.stderr and "Traceback" not in result.stderr
    assert not list(tmp_path.iterdir())  # nothing half-made
