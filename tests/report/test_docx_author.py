"""The .docx files wmo-docs writes carry the gemeente as author, not the tool's name."""

from __future__ import annotations

import io
import subprocess
import sys
import zipfile
from pathlib import Path

import docx

from wmo_docs.profile import load_profile
from wmo_docs.render import render_document

ROOT = Path(__file__).resolve().parents[2]
CASE = sorted((ROOT / "examples" / "cases").glob("*.json"))[0]


def test_generated_letter_has_the_profiles_organisation_as_author():
    data = render_document(CASE, "beschikking")
    props = docx.Document(io.BytesIO(data)).core_properties
    organisation = load_profile(None).organisatie
    assert props.author == organisation == "Gemeente Voorbeeldstad"
    assert props.last_modified_by == organisation


def test_word_comments_are_written_by_the_organisation(tmp_path):
    draft = tmp_path / "concept.docx"
    # a bare letter has defects, so comments are written
    bare = docx.Document()
    bare.add_paragraph("Geachte mevrouw De Vries,")
    bare.add_paragraph("Wij kennen u huishoudelijke ondersteuning toe.")
    bare.save(draft)
    out = tmp_path / "nagekeken.docx"
    res = subprocess.run([sys.executable, "-m", "wmo_docs", "check", str(draft), "--format", "docx", "-o", str(out)],
                         capture_output=True, text=True, timeout=120)
    assert res.returncode == 1, res.stderr
    comments = zipfile.ZipFile(out).read("word/comments.xml").decode("utf-8")
    assert 'w:author="Gemeente Voorbeeldstad"' in comments and 'w:author="wmo-docs"' not in comments
