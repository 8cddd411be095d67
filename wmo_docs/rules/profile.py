"""The parts of a gemeente profile the checker needs: rule overrides, extra vocabulary,
the verordening's articles and the sociale kaart (named algemene voorzieningen).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

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
    regels: tuple[dict, ...] = ()  # the gemeente's own rules, in the form of checks/rules/*.toml


def load_profile(folder: Path | None) -> CheckProfile:
    """Load a profile folder (or the bundled Voorbeeldstad) through wmo_docs.profile, which
    validates it against schemas/profile.schema.json; InputError when unusable."""
    return _load(Path(folder).resolve() if folder else default_profile_dir())


@lru_cache(maxsize=16)
def _load(folder: Path) -> CheckProfile:
    from wmo_docs.profile import load_profile as load_validated

    profile = load_validated(folder)
    data = profile.data
    checks = data.get("checks") or {}
    verordening = data.get("verordening") or {}
    words = {str(key): tuple(str(w) for w in value) for key, value in (checks.get("woordenlijst") or {}).items()}
    kaart = tuple(str(item.get("naam", "")) for item in data.get("sociale_kaart") or [] if item.get("naam"))
    return CheckProfile(
        path=profile.folder / "profile.json",
        naam=str(data.get("naam", "")),
        uit=frozenset(str(x).upper() for x in checks.get("uit") or []),
        ernst={str(k).upper(): str(v) for k, v in (checks.get("ernst") or {}).items()},
        woordenlijst=words,
        verordening_titel=str(verordening.get("titel", "")),
        verordening_artikelen=dict(verordening.get("artikelen") or {}),
        sociale_kaart=kaart,
        regels=tuple(checks.get("regels") or ()),
    )
