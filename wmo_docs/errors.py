"""Errors that the CLI turns into a Dutch message and exit code 2 (never a traceback)."""

from __future__ import annotations

from pathlib import Path


class InputError(Exception):
    """Input that cannot be used: unreadable file, not JSON, unsupported format, …

    ``message`` is Dutch, names the file (and field or paragraph where known) and
    says what to do. It must not contain personal data beyond what the user needs.
    """

    def __init__(self, message: str, path: Path | str | None = None) -> None:
        self.path = str(path) if path is not None else None
        self.message = message
        super().__init__(f"{self.path}: {message}" if self.path else message)


class OutputExistsError(InputError):
    """An output file exists and ``--force`` was not given."""
