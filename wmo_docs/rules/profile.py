"""The parts of a gemeente profile the checker needs: rule overrides, extra vocabulary,
the verordening's articles and the sociale kaart (named algemene voorzieningen).
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from wmo_docs.errors import InputError
from wmo_docs.resources import default_profile_dir


@dataclass(frozen=True, eq=False)  # hashed by identity: profiles are loaded once and cached
class CheckProfile:
    """Read-only view of profile.json for checking."""

    path: Path
    naam: str = ""
    uit: frozenset[str] = frozenset()
    ernst: dict[str, str] = field(default_factory=dict)
    woordenlijst: dict[str, tuple[str, ...]] = field(default_factory=dict)
    verordening_titel: str = ""
    verordening_artikelen: dict[str, dict] = field(default_factory=dict)
    sociale_kaart: tuple[str, ...] = ()


def load_profile(folder: Path | None) -> CheckProfile:
    """Load a profile folder (or the bundled Voorbeeldstad); InputError when unusable."""
    return _load(Path(folder).resolve() if folder else default_profile_dir())


_SEVERITIES = {"error": "error", "fout": "error", "warning": "warning", "waarschuwing": "warning",
               "info": "info", "advies": "info"}


def _severity(value: str, file: Path) -> str:
    try:
        return _SEVERITIES[value.strip().lower()]
    except KeyError:
        raise InputError(
            f"checks.ernst bevat de onbekende ernst '{value}'; kies error, warning of info "
            "(of fout, waarschuwing, advies).",
            file,
        ) from None


@lru_cache(maxsize=16)
def _load(folder: Path) -> CheckProfile:
    file = folder / "profile.json" if folder.is_dir() else folder
    try:
        data = json.loads(file.read_text(encoding="utf-8"))
    except FileNotFoundError as exc:
        raise InputError("geen profile.json gevonden in het gemeenteprofiel. Geef met --profile de map van het profiel op.", file) from exc
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise InputError(f"het gemeenteprofiel is geen geldige JSON ({exc}).", file) from exc
    checks = data.get("checks") or {}
    verordening = data.get("verordening") or {}
    words = {
        str(key): tuple(str(w) for w in (value if isinstance(value, list) else [value]))
        for key, value in (checks.get("woordenlijst") or {}).items()
    }
    kaart = tuple(str(item.get("naam", "")) for item in data.get("sociale_kaart") or [] if item.get("naam"))
    return CheckProfile(
        path=file,
        naam=str(data.get("naam", "")),
        uit=frozenset(str(x).upper() for x in checks.get("uit") or []),
        ernst={str(k).upper(): _severity(str(v), file) for k, v in (checks.get("ernst") or {}).items()},
        woordenlijst=words,
        verordening_titel=str(verordening.get("titel", "")),
        verordening_artikelen=dict(verordening.get("artikelen") or {}),
        sociale_kaart=kaart,
    )
