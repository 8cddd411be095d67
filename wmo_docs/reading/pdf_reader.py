"""Read a PDF with a text layer (pypdf); a scan without text or a locked PDF is refused."""

from __future__ import annotations

import re
from pathlib import Path

from wmo_docs.errors import InputError
from wmo_docs.reading import limits
from wmo_docs.reading.model import Block, Document

_PARA_BREAK = re.compile(r"\n\s*\n")


def read_pdf(path: Path) -> Document:
    """One block per paragraph (blank-line separated) or per line when the PDF has no blank lines."""
    import pypdf
    from pypdf.errors import PdfReadError

    try:
        reader = pypdf.PdfReader(str(path))
        if reader.is_encrypted:
            try:
                ok = reader.decrypt("")
            except Exception:
                ok = 0
            if not ok:
                raise InputError(
                    "de PDF is beveiligd met een wachtwoord. Verwijder de beveiliging of lever het "
                    "concept als .docx aan.",
                    path,
                )
        pages = reader.pages
        n_pages = len(pages)
    except InputError:
        raise
    except (PdfReadError, Exception) as exc:
        raise InputError(
            "de PDF is beschadigd of geen echte PDF en kan niet worden gelezen. "
            "Lever het concept als .docx aan.",
            path,
        ) from exc
    if n_pages > limits.MAX_PAGES:
        raise InputError(
            f"de PDF heeft {n_pages} pagina's; wmo-docs controleert concepten tot {limits.MAX_PAGES} pagina's. "
            "Splits het document of controleer alleen het deel met het besluit.",
            path,
        )
    blocks: list[Block] = []
    chars = 0
    for number, page in enumerate(pages, start=1):
        try:
            text = page.extract_text() or ""
        except Exception as exc:
            raise InputError(f"pagina {number} van de PDF kan niet worden gelezen. Lever het concept als .docx aan.", path) from exc
        chars += len(text)
        if chars > limits.MAX_TEXT_CHARS:
            raise InputError(limits.too_long_message(), path)
        parts = _PARA_BREAK.split(text) if _PARA_BREAK.search(text) else text.split("\n")
        for part in parts:
            part = part.strip()
            if part:
                blocks.append(Block(index=len(blocks), text=part, origin=("page", number)))
    if sum(len(b.text) for b in blocks) < 20:
        raise InputError(
            "de PDF bevat geen tekst (waarschijnlijk een scan zonder tekstlaag). "
            "Lever het concept als .docx aan, of laat de PDF eerst herkennen met OCR.",
            path,
        )
    return Document(path=path, format="pdf", blocks=blocks)
