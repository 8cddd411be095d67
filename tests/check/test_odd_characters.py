"""Legal but odd characters in a real .docx (zero-width space, soft hyphen, NBSP, BOM, tabs) are read
as the words they are: a sound generated letter stays free of findings, a missing clause is still found."""

from __future__ import annotations

import io
from pathlib import Path

import docx
import pytest

from wmo_docs.check import check_file
from wmo_docs.render import render_document

ROOT = Path(__file__).resolve().parents[2]
CASES = sorted((ROOT / "examples" / "cases").glob("*.json"))[:3]


def _oddify(text: str) -> str:
    return (text.replace("bezwaar", "bez\u200bwaar").replace("ondersteuning", "onder\u00adsteuning")
            .replace(" u ", " u\u00a0").replace("Wij ", "\ufeffWij\t").replace("college", "col\u00adlege"))


@pytest.mark.parametrize("case", CASES, ids=lambda p: p.stem[:20])
def test_odd_characters_read_like_the_clean_letter(case, tmp_path):
    data = render_document(case, "beschikking")
    odd = docx.Document(io.BytesIO(data))
    changed = 0
    for paragraph in odd.paragraphs:
        for run in paragraph.runs:
            new = _oddify(run.text)
            changed += new != run.text
            run.text = new
    assert changed > 5
    clean_path, odd_path = tmp_path / "schoon.docx", tmp_path / "vreemd.docx"
    clean_path.write_bytes(data)
    odd.save(odd_path)
    clean = check_file(clean_path)
    weird = check_file(odd_path)
    assert weird.error is None
    assert sorted(f.rule for f in weird.findings) == sorted(f.rule for f in clean.findings)
    assert (weird.document, weird.soort) == (clean.document, clean.soort)
