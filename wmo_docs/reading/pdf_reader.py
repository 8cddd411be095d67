"""Read a PDF with a text layer into paragraphs, headings and table cells.

pypdf checks the file first (password, damage, page count: cheap, before any text is
parsed); pdfminer.six (the parser under pdfplumber, used directly: twice as fast) then
gives every character with its font and position, and
``pdf_layout`` rebuilds the paragraphs from the page layout. A scan without text, a
locked or broken PDF, too many pages or too much text get a Dutch message.

Blocks keep ``("page", n)`` as origin; table cells get the .docx cell origin
``("cell", table, row, column, paragraph)`` so the rules read them as the table they are.
"""

from __future__ import annotations

from pathlib import Path

from wmo_docs.errors import InputError
from wmo_docs.reading import limits
from wmo_docs.reading.model import Block, Document
from wmo_docs.reading.pdf_layout import build, page_words



def read_pdf(path: Path) -> Document:
    """One block per paragraph, heading or table cell, in reading order; running headers/footers once at the end."""
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
    return _read_layout(path, n_pages)


def _read_layout(path: Path, n_pages: int) -> Document:
    """Words with their fonts and positions -> paragraphs, headings and cells (pdf_layout)."""
    from pdfminer.converter import PDFPageAggregator
    from pdfminer.pdfinterp import PDFPageInterpreter, PDFResourceManager
    from pdfminer.pdfpage import PDFPage

    pages: list[list[dict]] = []
    widths: list[float] = []
    heights: list[float] = []
    chars = 0
    with path.open("rb") as fh:
        try:
            manager = PDFResourceManager(caching=True)
            device = PDFPageAggregator(manager, laparams=None)  # characters only: our own layout analysis
            interpreter = PDFPageInterpreter(manager, device)
            source = PDFPage.get_pages(fh, password="")
        except Exception as exc:
            raise InputError(
                "de PDF is beschadigd of geen echte PDF en kan niet worden gelezen. "
                "Lever het concept als .docx aan.",
                path,
            ) from exc
        number = 0
        while True:
            number += 1
            try:
                page = next(source, None)
                if page is None:
                    break
                interpreter.process_page(page)
                layout = device.get_result()
                x0, y0, x1, y1 = layout.bbox
                words = page_words(layout, y1)
            except InputError:
                raise
            except Exception as exc:
                raise InputError(
                    f"pagina {number} van de PDF kan niet worden gelezen. Lever het concept als .docx aan.", path
                ) from exc
            chars += sum(len(w["text"]) + 1 for w in words)
            if chars > limits.MAX_TEXT_CHARS:
                raise InputError(limits.too_long_message(), path)
            pages.append(words)
            widths.append(x1 - x0)
            heights.append(y1 - y0)
    paras = build(pages, widths, heights)
    blocks: list[Block] = []
    body = [p for p in paras if p.part == "body"]
    for p in paras:
        text = p.text.strip()
        if not text:
            continue
        if p.cell is not None:
            origin: tuple = ("cell", *p.cell)
        elif p.part == "body":
            origin = ("page", p.page)
        else:
            origin = ("p", 0)
        heading = (p.part == "body" and p.cell is None and p.size >= 0.9 and len(text) <= 120
                   and len(text.split()) <= 15 and not text.endswith((".", ";", ","))
                   and p is not body[-1])
        blocks.append(Block(index=len(blocks), text=text, part=p.part, is_heading=heading,
                            bold=p.bold and p.part == "body", origin=origin))
    if sum(len(b.text) for b in blocks) < 20:
        raise InputError(
            "de PDF bevat geen tekst (waarschijnlijk een scan zonder tekstlaag). "
            "Lever het concept als .docx aan, of laat de PDF eerst herkennen met OCR.",
            path,
        )
    return Document(path=path, format="pdf", blocks=blocks)
