"""Standard texts per voorziening soort and per layer, as data (TOML), overridable per profile.

The bundled ``templates/tekstblokken.toml`` holds every block; a profile may name its
own TOML file under ``sjablonen["tekstblokken"]`` with only the blocks it changes.
"""

from __future__ import annotations

import tomllib
from functools import cache
from pathlib import Path
from typing import Any

from wmo_docs.errors import InputError
from wmo_docs.profile import Profile
from wmo_docs.resources import data_path

TEXTBLOCKS_KEY = "tekstblokken"


def _read(path: Path) -> dict[str, Any]:
    try:
        return tomllib.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise InputError("tekstblokken niet gevonden. Controleer 'sjablonen' in het profiel.", path) from None
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        raise InputError(f"tekstblokken zijn geen geldige TOML ({exc}).", path) from None


def _merge(base: dict[str, Any], override: dict[str, Any]) -> dict[str, Any]:
    merged = dict(base)
    for key, value in override.items():
        if isinstance(value, dict) and isinstance(merged.get(key), dict):
            merged[key] = _merge(merged[key], value)
        else:
            merged[key] = value
    return merged


@cache
def _cached(bundled: Path, override: Path | None, _mtime: float) -> dict[str, Any]:
    blocks = _read(bundled)
    if override is not None:
        blocks = _merge(blocks, _read(override))
    return blocks


def load_textblocks(profile: Profile) -> dict[str, Any]:
    """The text blocks for this profile: the bundled ones with the profile's overrides on top."""
    bundled = data_path("templates", "tekstblokken.toml")
    relative = profile.data.get("sjablonen", {}).get(TEXTBLOCKS_KEY)
    override = profile.file(relative) if relative else None
    mtime = override.stat().st_mtime if override is not None and override.exists() else 0.0
    return _cached(bundled, override, mtime)
