"""The law as data: which Wmo 2015 and Awb articles, leden and onderdelen exist.

Built by ``scripts/build_law_index.py`` from the reference article lists; used by
case validation (grondslagen) and by the GRONDSLAG-ONBEKEND check.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import cache
from importlib import resources

LAWS = ("wmo2015", "awb")


@dataclass(frozen=True)
class CitationProblem:
    """Why a citation does not resolve, in Dutch, ready for a message."""

    message: str


@cache
def law_index() -> dict:
    """The packaged index, loaded once per process."""
    text = resources.files(__package__).joinpath("law_index.json").read_text(encoding="utf-8")
    return json.loads(text)


def normalise_law(name: str) -> str | None:
    """Map the many ways a law is named ("Wmo 2015", "Wet maatschappelijke ondersteuning 2015", "Awb") to a key."""
    low = name.lower().replace(".", "").strip()
    if "awb" in low or "bestuursrecht" in low:
        return "awb"
    if "wmo" in low or "maatschappelijke ondersteuning 2015" in low or low.startswith("wet maatschappelijke"):
        return "wmo2015"
    return None


def check_citation(law: str, article: str, lid: int | None = None, onderdeel: str | None = None) -> CitationProblem | None:
    """Return None when article (and lid, onderdeel) exist and are in force, else the problem."""
    data = law_index()[law]
    label = "Wmo 2015" if law == "wmo2015" else "Awb"
    art = data["articles"].get(article)
    if art is None:
        return CitationProblem(f"artikel {article} bestaat niet in de {label}")
    if art["vervallen"]:
        return CitationProblem(f"artikel {article} van de {label} is vervallen")
    if lid is not None:
        leden = art["leden"]
        if leden == 0 and lid != 1:
            return CitationProblem(f"artikel {article} van de {label} heeft geen genummerde leden")
        if leden and not 1 <= lid <= leden:
            return CitationProblem(f"artikel {article} van de {label} heeft {leden} leden, geen lid {lid}")
    if onderdeel is not None:
        key = str(lid) if lid is not None else "0"
        letters = art["onderdelen"].get(key, [])
        if onderdeel.lower() not in letters:
            where = f"lid {lid}" if lid is not None else f"artikel {article}"
            return CitationProblem(f"{where} van artikel {article} van de {label} heeft geen onderdeel {onderdeel}")
    return None
