"""Convert .docx to PDF/A-2 with LibreOffice headless, for the archive.

LibreOffice runs with a private, throw-away user profile (so parallel runs and a
user's own LibreOffice do not collide) and a timeout. Case data only ever sits in a
private temporary folder that is removed afterwards.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
from pathlib import Path

from wmo_docs.errors import InputError

# PDF/A-2b: SelectPdfVersion 2 in LibreOffice's writer_pdf_Export filter.
PDFA_FILTER = 'pdf:writer_pdf_Export:{"SelectPdfVersion":{"type":"long","value":"2"}}'
TIMEOUT_SECONDS = 180


class LibreOfficeMissingError(InputError):
    """LibreOffice (soffice) is not installed."""


def find_soffice() -> str | None:
    """Path to soffice/libreoffice, or None."""
    env = os.environ.get("WMO_DOCS_SOFFICE")
    if env:
        return env if Path(env).is_file() else None
    return shutil.which("soffice") or shutil.which("libreoffice")


def docx_to_pdf(docx: bytes, name: str = "document") -> bytes:
    """Convert .docx bytes to PDF/A-2 bytes; raises a Dutch InputError when that fails."""
    soffice = find_soffice()
    if soffice is None:
        raise LibreOfficeMissingError(
            "LibreOffice is niet gevonden; dat is nodig voor PDF. Installeer het pakket "
            "'libreoffice-writer-nogui' (Debian/Ubuntu: sudo apt-get install libreoffice-writer-nogui) "
            "of maak alleen het Word-bestand (zonder --pdf)."
        )
    with tempfile.TemporaryDirectory(prefix="wmo-docs-pdf-") as tmp:
        work = Path(tmp)
        source = work / f"{name}.docx"
        source.write_bytes(docx)
        os.chmod(source, 0o600)
        profile_dir = work / "lo-profile"
        cmd = [
            soffice,
            f"-env:UserInstallation={profile_dir.as_uri()}",
            "--headless",
            "--norestore",
            "--nologo",
            "--convert-to",
            PDFA_FILTER,
            "--outdir",
            str(work),
            str(source),
        ]
        try:
            result = subprocess.run(cmd, capture_output=True, timeout=TIMEOUT_SECONDS, check=False)
        except subprocess.TimeoutExpired:
            raise InputError(
                f"LibreOffice reageerde niet binnen {TIMEOUT_SECONDS} seconden; de PDF is niet gemaakt."
            ) from None
        except OSError as exc:
            raise LibreOfficeMissingError(f"LibreOffice kon niet starten ({exc.strerror}).") from None
        target = work / f"{name}.pdf"
        if result.returncode != 0 or not target.is_file():
            raise InputError(
                "LibreOffice kon de PDF niet maken (exitcode "
                f"{result.returncode}). Probeer het opnieuw of open het Word-bestand en sla het op als PDF."
            )
        return target.read_bytes()
