"""Read any draft (.docx, .txt, .md, .pdf) into the one block model.

``read_document`` checks what the file really is before choosing a reader, so a
renamed .doc or a PDF called .docx gets a clear Dutch message instead of a traceback.
"""

from __future__ import annotations

from pathlib import Path

from wmo_docs.errors import InputError
from wmo_docs.reading import limits
from wmo_docs.reading.model import Block, Document

__all__ = ["Block", "Document", "read_document", "SUPPORTED_SUFFIXES"]

SUPPORTED_SUFFIXES = (".docx", ".txt", ".md", ".pdf")


def read_document(path: Path) -> Document:
    """Read a draft; raise InputError (Dutch, names the file, says what to do) when it cannot be used."""
    from wmo_docs.reading.safety import ole_is_encrypted_ooxml, sniff

    path = Path(path)
    if not path.exists():
        raise InputError("het bestand bestaat niet. Controleer de naam en de map.", path)
    if not path.is_file():
        raise InputError("dit is geen bestand.", path)
    suffix = path.suffix.lower()
    try:
        size = path.stat().st_size
    except OSError as exc:
        raise InputError("het bestand kan niet worden gelezen (geen toegang?).", path) from exc
    if size > limits.MAX_FILE_BYTES:
        raise InputError(
            f"het bestand is groter dan {limits.MAX_FILE_BYTES // (1024 * 1024)} MB; zo groot is een "
            "beschikking of rapportage nooit. Controleer of u het juiste bestand heeft gekozen.",
            path,
        )
    if suffix == ".doc":
        raise InputError(
            "het oude Word-formaat .doc wordt niet ondersteund. Open het in Word en kies "
            "'Opslaan als' > Word-document (.docx).",
            path,
        )
    if suffix not in SUPPORTED_SUFFIXES:
        raise InputError(
            f"bestanden met de extensie '{suffix or '(geen)'}' worden niet ondersteund. "
            "Lever een .docx, .pdf met tekstlaag, .txt of .md aan.",
            path,
        )
    if size == 0:
        raise InputError("het bestand is leeg.", path)
    try:
        kind = sniff(path)
    except OSError as exc:
        raise InputError("het bestand kan niet worden gelezen (geen toegang?).", path) from exc
    if suffix == ".docx":
        if kind == "ole":
            if ole_is_encrypted_ooxml(path):
                raise InputError(
                    "het Word-bestand is beveiligd met een wachtwoord. Verwijder het wachtwoord in Word "
                    "(Bestand > Info > Document beveiligen) en sla het opnieuw op.",
                    path,
                )
            raise InputError(
                "dit is een oud Word-bestand (.doc) met de extensie .docx. Open het in Word en kies "
                "'Opslaan als' > Word-document (.docx).",
                path,
            )
        if kind != "zip":
            what = {"pdf": "een PDF", "rtf": "een RTF-bestand"}.get(kind, "geen Word-document")
            raise InputError(
                f"het bestand heet .docx maar is {what}. Sla het in Word op als .docx "
                "of geef het de juiste extensie.",
                path,
            )
        from wmo_docs.reading.docx_reader import read_docx

        return read_docx(path)
    if suffix == ".pdf":
        if kind != "pdf":
            raise InputError("het bestand heet .pdf maar is geen PDF. Controleer het bestand.", path)
        from wmo_docs.reading.pdf_reader import read_pdf

        return read_pdf(path)
    if kind in ("zip", "ole", "pdf"):
        raise InputError(
            f"het bestand heet {suffix} maar is geen tekstbestand. Geef het de juiste extensie.", path
        )
    from wmo_docs.reading.text_reader import read_text

    return read_text(path, markdown=suffix == ".md")
