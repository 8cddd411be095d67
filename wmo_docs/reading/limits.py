"""Bounds on what a reader accepts, so one hostile or huge file cannot stall a batch.

A beschikking is 2–10 pages and a rapportage rarely more than 30; the bounds below
leave a wide margin and are named in the Dutch error message when exceeded.
"""

from __future__ import annotations

MAX_FILE_BYTES = 50 * 1024 * 1024  # a .docx/.pdf on disk
MAX_TEXT_CHARS = 400_000  # about 130 pages of letter text
MAX_PAGES = 150  # pdf pages
MAX_ZIP_ENTRIES = 2_000
MAX_ZIP_TOTAL_BYTES = 200 * 1024 * 1024  # all parts of a .docx, uncompressed
MAX_ZIP_PART_BYTES = 60 * 1024 * 1024  # one part (word/document.xml), uncompressed
MAX_ZIP_RATIO = 150  # uncompressed / compressed for a large part
RATIO_CHECK_FROM = 2 * 1024 * 1024  # small parts may compress very well; only large ones are judged

TOO_LONG = (
    "het concept is te lang om te controleren (meer dan {limit} tekens, ongeveer {pages} pagina's). "
    "wmo-docs controleert beschikkingen en rapportages tot die omvang; "
    "splits het document of controleer alleen het deel met het besluit."
)


def too_long_message() -> str:
    """Dutch message for a draft over MAX_TEXT_CHARS."""
    return TOO_LONG.format(limit=f"{MAX_TEXT_CHARS:,}".replace(",", "."), pages=MAX_TEXT_CHARS // 3000)
