"""Checks on a .docx container BEFORE python-docx opens it.

A .docx is a zip of XML parts. A zip bomb (tiny file, gigabytes uncompressed) or an
XML entity-expansion bomb would exhaust memory inside the XML parser, so both are
detected here by streaming every part once with hard byte limits.
"""

from __future__ import annotations

import zipfile
from pathlib import Path

from wmo_docs.errors import InputError
from wmo_docs.reading import limits

_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_CHUNK = 1024 * 1024
_DTD_MARKERS = (b"<!DOCTYPE", b"<!ENTITY")


def sniff(path: Path) -> str:
    """What the file really is by its first bytes: "zip", "ole", "pdf", "rtf" or "other"."""
    with path.open("rb") as fh:
        head = fh.read(8)
    if head.startswith(b"PK\x03\x04") or head.startswith(b"PK\x05\x06"):
        return "zip"
    if head == _OLE_MAGIC:
        return "ole"
    if head.startswith(b"%PDF"):
        return "pdf"
    if head.startswith(b"{\\rtf"):
        return "rtf"
    return "other"


def ole_is_encrypted_ooxml(path: Path) -> bool:
    """An encrypted .docx is an OLE container holding an 'EncryptedPackage' stream."""
    with path.open("rb") as fh:
        data = fh.read(2 * 1024 * 1024)
    return "EncryptedPackage".encode("utf-16-le") in data or b"EncryptionInfo" in data


def check_docx_container(path: Path) -> None:
    """Raise InputError unless the .docx is a sane zip without bombs; cheap for normal files."""
    try:
        zf = zipfile.ZipFile(path)
    except (zipfile.BadZipFile, OSError) as exc:
        raise InputError(
            "het bestand is geen geldig Word-bestand (het zip-archief is beschadigd). "
            "Open het in Word en sla het opnieuw op als .docx.",
            path,
        ) from exc
    with zf:
        infos = zf.infolist()
        if len(infos) > limits.MAX_ZIP_ENTRIES:
            raise InputError(_bomb_message(f"het bevat {len(infos)} onderdelen"), path)
        names = {i.filename for i in infos}
        if "word/document.xml" not in names:
            raise InputError(
                "het bestand is een zip-archief maar geen Word-document (word/document.xml ontbreekt). "
                "Lever een .docx aan die in Word is opgeslagen.",
                path,
            )
        declared = sum(i.file_size for i in infos)
        if declared > limits.MAX_ZIP_TOTAL_BYTES:
            raise InputError(_bomb_message("de uitgepakte inhoud is groter dan 200 MB"), path)
        for info in infos:
            if info.file_size > limits.MAX_ZIP_PART_BYTES:
                raise InputError(_bomb_message(f"onderdeel {info.filename} is uitgepakt te groot"), path)
            if info.file_size > limits.RATIO_CHECK_FROM and info.file_size > limits.MAX_ZIP_RATIO * max(info.compress_size, 1):
                raise InputError(_bomb_message(f"onderdeel {info.filename} is verdacht sterk gecomprimeerd"), path)
        total = 0
        for info in infos:
            if info.is_dir():
                continue
            total += _stream_part(zf, info, path)
            if total > limits.MAX_ZIP_TOTAL_BYTES:
                raise InputError(_bomb_message("de uitgepakte inhoud is groter dan 200 MB"), path)


def _stream_part(zf: zipfile.ZipFile, info: zipfile.ZipInfo, path: Path) -> int:
    """Decompress one part with a byte cap (declared sizes can lie) and look for DTDs in XML."""
    is_xml = info.filename.endswith((".xml", ".rels"))
    size = 0
    tail = b""
    try:
        with zf.open(info) as fh:
            while True:
                chunk = fh.read(_CHUNK)
                if not chunk:
                    break
                size += len(chunk)
                if size > limits.MAX_ZIP_PART_BYTES:
                    raise InputError(_bomb_message(f"onderdeel {info.filename} is uitgepakt te groot"), path)
                if is_xml:
                    window = tail + chunk
                    if any(m in window for m in _DTD_MARKERS):
                        raise InputError(
                            "het Word-bestand bevat een XML-documenttypedefinitie (DOCTYPE/ENTITY). "
                            "Echte Word-bestanden hebben die niet; het bestand is mogelijk gemanipuleerd "
                            "(entity-bom) en wordt niet geopend. Sla het document opnieuw op vanuit Word.",
                            path,
                        )
                    tail = chunk[-16:]
    except InputError:
        raise
    except (zipfile.BadZipFile, OSError, EOFError, RuntimeError, NotImplementedError) as exc:
        # RuntimeError: encrypted zip member; NotImplementedError: unknown compression
        raise InputError(
            "het Word-bestand is beschadigd of versleuteld en kan niet worden gelezen. "
            "Open het in Word, verwijder een eventueel wachtwoord en sla het opnieuw op als .docx.",
            path,
        ) from exc
    return size


def _bomb_message(why: str) -> str:
    return (
        f"het bestand lijkt een zip-bom: {why}. wmo-docs opent het niet om het systeem te beschermen. "
        "Een gewone beschikking of rapportage is veel kleiner; sla het document opnieuw op vanuit Word."
    )
