"""Hostile and broken input: every case is a Dutch InputError, fast, before python-docx parses."""

from __future__ import annotations

import io
import time
import zipfile
from pathlib import Path

import docx
import pytest
from pypdf import PdfWriter

from wmo_docs.errors import InputError
from wmo_docs.reading import limits, read_document
from tests.check.conftest import save_docx


@pytest.fixture
def base_parts(tmp_path) -> dict[str, bytes]:
    return _base_docx_bytes(tmp_path)


@pytest.fixture
def docx_must_not_open(monkeypatch, base_parts):
    """python-docx must never see a hostile container: fail the test if it is called."""
    def refuse(*args, **kwargs):
        raise AssertionError("python-docx opened a file that should have been refused first")
    monkeypatch.setattr(docx, "Document", refuse)


def _base_docx_bytes(tmp_path: Path) -> dict[str, bytes]:
    path = save_docx(tmp_path, lambda d: d.add_paragraph("Wij kennen u hulp toe."), "base.docx")
    with zipfile.ZipFile(path) as zf:
        return {name: zf.read(name) for name in zf.namelist()}


def _write_zip(path: Path, parts: dict[str, bytes]) -> Path:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, data in parts.items():
            zf.writestr(name, data)
    return path


def _error(path: Path) -> str:
    with pytest.raises(InputError) as info:
        read_document(path)
    assert info.value.path == str(path)
    return info.value.message


def test_zip_bomb_ratio_refused_before_parsing(tmp_path, base_parts, docx_must_not_open):
    parts = dict(base_parts)
    parts["word/document.xml"] = b"<w:document>" + b" " * (20 * 1024 * 1024) + b"</w:document>"
    path = _write_zip(tmp_path / "bom.docx", parts)
    assert path.stat().st_size < 200_000
    t = time.perf_counter()
    assert "zip-bom" in _error(path)
    assert time.perf_counter() - t < 5


def test_zip_bomb_declared_total_refused(tmp_path, base_parts, docx_must_not_open):
    parts = dict(base_parts)
    for n in range(5):
        parts[f"word/media/pad{n}.bin"] = b"\0" * (45 * 1024 * 1024)
    path = _write_zip(tmp_path / "groot.docx", parts)
    assert "zip-bom" in _error(path)


LOL_BOMB = (
    b'<?xml version="1.0"?>\n<!DOCTYPE lolz [<!ENTITY lol "lol">'
    + b"".join(b'<!ENTITY lol%d "%s">' % (i, (b"&lol%d;" % (i - 1) if i > 1 else b"&lol;") * 10) for i in range(1, 10))
    + b']>\n<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>&lol9;</w:t></w:r></w:p></w:body></w:document>'
)


def test_entity_expansion_bomb_refused(tmp_path, base_parts, docx_must_not_open):
    parts = dict(base_parts)
    parts["word/document.xml"] = LOL_BOMB
    path = _write_zip(tmp_path / "entiteit.docx", parts)
    assert "DOCTYPE" in _error(path)


def test_entity_bomb_hidden_in_another_part_refused(tmp_path, base_parts, docx_must_not_open):
    parts = dict(base_parts)
    parts["word/styles.xml"] = LOL_BOMB
    path = _write_zip(tmp_path / "stijlen.docx", parts)
    assert "entity-bom" in _error(path)


def test_python_docx_parser_itself_does_not_expand_entities():
    """Second line of defence: the parser python-docx uses leaves entities unexpanded."""
    from docx.oxml.parser import parse_xml
    from lxml import etree

    try:
        element = parse_xml(LOL_BOMB)
    except etree.XMLSyntaxError as exc:  # libxml2's amplification guard refuses it outright
        assert "amplification" in str(exc) or "entit" in str(exc).lower()
        return
    assert b"lollollol" not in etree.tostring(element)


def test_text_file_named_docx(tmp_path):
    path = tmp_path / "nep.docx"
    path.write_text("Dit is gewoon tekst.", encoding="utf-8")
    assert "geen Word-document" in _error(path)


def test_pdf_named_docx(tmp_path):
    path = tmp_path / "nep.docx"
    path.write_bytes(b"%PDF-1.4\n%\xe2\xe3\n")
    assert "is een PDF" in _error(path)


def test_old_doc_extension(tmp_path):
    path = tmp_path / "oud.doc"
    path.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 512)
    assert ".docx" in _error(path) and ".doc" in _error(path)


def test_old_doc_renamed_docx(tmp_path):
    path = tmp_path / "oud.docx"
    path.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 512)
    assert "oud Word-bestand" in _error(path)


def test_password_protected_docx(tmp_path):
    path = tmp_path / "geheim.docx"
    path.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 100 + "EncryptedPackage".encode("utf-16-le") + b"\0" * 100)
    assert "wachtwoord" in _error(path)


def test_truncated_docx(tmp_path):
    good = save_docx(tmp_path, lambda d: d.add_paragraph("tekst " * 500), "goed.docx")
    path = tmp_path / "kapot.docx"
    path.write_bytes(good.read_bytes()[:2000])
    assert "beschadigd" in _error(path)


def test_zip_without_document_part(tmp_path):
    path = _write_zip(tmp_path / "leeg.docx", {"iets.txt": b"hallo"})
    assert "word/document.xml" in _error(path)


def test_encrypted_pdf(tmp_path):
    writer = PdfWriter()
    writer.add_blank_page(595, 842)
    writer.encrypt(user_password="geheim", algorithm="RC4-128")
    buf = io.BytesIO()
    writer.write(buf)
    path = tmp_path / "beveiligd.pdf"
    path.write_bytes(buf.getvalue())
    assert "wachtwoord" in _error(path)


def test_scanned_pdf_without_text(tmp_path):
    writer = PdfWriter()
    for _ in range(2):
        writer.add_blank_page(595, 842)
    buf = io.BytesIO()
    writer.write(buf)
    path = tmp_path / "scan.pdf"
    path.write_bytes(buf.getvalue())
    msg = _error(path)
    assert "geen tekst" in msg and "OCR" in msg


def test_corrupt_pdf(tmp_path):
    path = tmp_path / "kapot.pdf"
    path.write_bytes(b"%PDF-1.4\nonzin zonder structuur")
    assert "PDF" in _error(path)


def test_unsupported_and_empty_files(tmp_path):
    odt = tmp_path / "brief.odt"
    odt.write_bytes(b"PK\x03\x04")
    assert "niet ondersteund" in _error(odt)
    empty = tmp_path / "leeg.txt"
    empty.write_bytes(b"")
    assert "leeg" in _error(empty)
    binary = tmp_path / "binair.txt"
    binary.write_bytes(b"\x00\x01\x02" * 100)
    assert "binaire" in _error(binary)


def test_500_page_docx_is_refused_quickly_with_the_limit_named(tmp_path):
    parts = _base_docx_bytes(tmp_path)
    para = ("<w:p><w:r><w:t>" + "Uw dochter woont in Spanje en kan geen mantelzorg bieden. " * 6 + "</w:t></w:r></w:p>").encode()
    body = para * 5000  # ~1.7 million characters, about 500 pages
    xml = parts["word/document.xml"]
    start = xml.index(b"<w:body>") + len(b"<w:body>")
    parts["word/document.xml"] = xml[:start] + body + xml[start:]
    path = _write_zip(tmp_path / "dik.docx", parts)
    t = time.perf_counter()
    msg = _error(path)
    elapsed = time.perf_counter() - t
    assert "te lang" in msg and f"{limits.MAX_TEXT_CHARS:,}".replace(",", ".") in msg
    assert elapsed < 15


def test_long_but_allowed_docx_is_read(tmp_path):
    def build(d):
        for _ in range(300):
            d.add_paragraph("Uw partner doet de boodschappen en de was. " * 5)
    doc = read_document(save_docx(tmp_path, build))
    assert len(doc.blocks) == 300
