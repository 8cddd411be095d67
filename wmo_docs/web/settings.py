"""What the server was started with: address, profile, token and the limits it states."""

from __future__ import annotations

import ipaddress
import os
from dataclasses import dataclass
from pathlib import Path

from wmo_docs.jsonio import MAX_JSON_BYTES
from wmo_docs.reading import limits

TOKEN_ENV = "WMO_DOCS_TOKEN"
MB = 1024 * 1024


def is_loopback(host: str) -> bool:
    """True for 127.0.0.0/8, ::1 and 'localhost': only this machine can connect."""
    if host.strip().lower() == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


@dataclass(frozen=True)
class Settings:
    """Server settings; the limits default to the library's own reader and JSON bounds."""

    host: str = "127.0.0.1"
    port: int = 8000
    profile: Path | None = None  # the gemeente profile folder (None: the bundled Voorbeeldstad)
    token: str | None = None  # required for every request except /health when set
    job_ttl_seconds: int = 30 * 60  # a batch job and its files are deleted this long after it ends
    max_jobs: int = 4  # batch jobs waiting or running at once
    max_json_bytes: int = MAX_JSON_BYTES  # a case (validate, generate, the casus field)
    max_draft_bytes: int = limits.MAX_FILE_BYTES  # one draft upload
    max_archive_bytes: int = 100 * MB  # a zip of drafts (compressed)
    max_archive_members: int = limits.MAX_ZIP_ENTRIES
    max_archive_inflated: int = limits.MAX_ZIP_TOTAL_BYTES
    warm_up: bool = True  # start and warm the checker process in the background right after start-up

    @classmethod
    def from_env(cls, **kwargs) -> "Settings":
        """Settings with the token from WMO_DOCS_TOKEN when none is given."""
        if not kwargs.get("token"):
            kwargs["token"] = os.environ.get(TOKEN_ENV) or None
        return cls(**kwargs)

    @property
    def needs_token(self) -> bool:
        return not is_loopback(self.host)


def megabytes(n: int) -> str:
    """'50 MB' for messages."""
    return f"{n // MB} MB" if n >= MB else f"{max(1, n // 1024)} kB"
