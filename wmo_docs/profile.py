"""Gemeente profiles: a folder with profile.json (+ logo, template and rule overrides).

Everything gemeente-specific — verordening articles, bezwaar address, letterhead,
sociale kaart, rule switches — comes from here, never from code.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

from jsonschema import Draft202012Validator

from wmo_docs.errors import InputError
from wmo_docs.jsonio import read_json
from wmo_docs.resources import data_path, default_profile_dir


@dataclass(frozen=True)
class Profile:
    """A loaded gemeente profile; ``data`` is profile.json as validated against its schema."""

    folder: Path
    data: dict[str, Any]

    @property
    def id(self) -> str:
        return self.data["id"]

    @property
    def naam(self) -> str:
        return self.data["naam"]

    @property
    def organisatie(self) -> str:
        """Who writes the documents: the author in Word's properties and in Word comments."""
        return f"Gemeente {self.naam}"

    @property
    def verordening_titel(self) -> str:
        return self.data["verordening"]["titel"]

    def verordening_artikel(self, nummer: str) -> dict[str, Any] | None:
        """The verordening article (title, leden, onderdelen) or None if the profile does not know it."""
        return self.data["verordening"]["artikelen"].get(nummer)

    def beleidsregel(self, nummer: str) -> dict[str, Any] | None:
        return self.data.get("beleidsregels", {}).get("artikelen", {}).get(nummer)

    def algemene_voorziening(self, ident: str) -> dict[str, Any] | None:
        return next((v for v in self.data.get("sociale_kaart", []) if v["id"] == ident), None)

    def file(self, relative: str) -> Path:
        """A file inside the profile folder (logo, template override)."""
        return self.folder / relative


@cache
def _validator() -> Draft202012Validator:
    schema = json.loads(data_path("schemas", "profile.schema.json").read_text(encoding="utf-8"))
    return Draft202012Validator(schema, format_checker=Draft202012Validator.FORMAT_CHECKER)


def load_profile(folder: Path | None = None) -> Profile:
    """Load and validate a profile folder; None gives the bundled Voorbeeldstad demo profile."""
    folder = Path(folder) if folder is not None else default_profile_dir()
    source = folder / "profile.json"
    if not folder.is_dir() or not source.is_file():
        raise InputError("geen gemeenteprofiel: de map moet een profile.json bevatten.", folder)
    data = read_json(source, "profielbestand")
    errors = sorted(_validator().iter_errors(data), key=lambda e: list(e.absolute_path))
    if errors:
        first = errors[0]
        pointer = "/" + "/".join(str(p) for p in first.absolute_path)
        raise InputError(
            f"profiel klopt niet met schemas/profile.schema.json: {pointer}: {first.message} "
            f"({len(errors)} fout(en) in totaal).",
            source,
        )
    return Profile(folder=folder.resolve(), data=data)
