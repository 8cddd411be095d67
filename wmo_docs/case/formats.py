"""The real shapes of Dutch identifiers in a case: BSN, postcode, AGB, CBS gemeentecode, iWmo codes.

Pure functions, no I/O; the schema checks the rough pattern, these check what a
pattern cannot (the elfproef, postcode letter pairs that are never issued, …).
"""

from __future__ import annotations

import re
from datetime import date

_BSN = re.compile(r"[0-9]{9}")
_POSTCODE = re.compile(r"([1-9][0-9]{3}) ?([A-Z]{2})")
_AGB = re.compile(r"[0-9]{8}")
_GEMEENTECODE = re.compile(r"(?:GM)?([0-9]{4})")
_PRODUCTCODE = re.compile(r"[0-9A-Z]{5}")

# Letter pairs PostNL never issues (they read as abbreviations with a bad history).
POSTCODE_UNUSED_LETTERS = frozenset({"SA", "SD", "SS"})

# iWmo productcategorieën (codelijst WMO757/WMO022): 01–18 are the Wmo categories.
IWMO_PRODUCTCATEGORIES: dict[str, str] = {
    "01": "Hulp bij het huishouden",
    "02": "Begeleiding",
    "03": "Persoonlijke verzorging",
    "04": "Kortdurend verblijf",
    "05": "Woondiensten",
    "06": "Overige ondersteuning gericht op het individu of huishouden/gezin",
    "07": "Dagbesteding",
    "08": "Vervoerdiensten",
    "09": "Overige groepsgerichte ondersteuning",
    "10": "Overige maatwerkarrangementen",
    "11": "Rolstoelen",
    "12": "Vervoervoorzieningen",
    "13": "Woonvoorzieningen",
    "14": "Overige hulpmiddelen",
    "15": "Beschermd wonen",
    "16": "Opvang",
    "17": "Spoedopvang",
    "18": "Overige beschermd wonen en opvang",
}


def elfproef(bsn: str) -> bool:
    """True when ``bsn`` is nine digits that pass the BSN elfproef (weights 9..2 and -1)."""
    if not _BSN.fullmatch(bsn) or bsn == "000000000":
        return False
    digits = [int(c) for c in bsn]
    total = sum(d * w for d, w in zip(digits[:8], range(9, 1, -1))) - digits[8]
    return total % 11 == 0


def postcode_problem(postcode: str) -> str | None:
    """None for a well-formed Dutch postcode written as '1234 AB', else a key for the message."""
    match = _POSTCODE.fullmatch(postcode)
    if match is None:
        return "vorm"
    if match.group(2) in POSTCODE_UNUSED_LETTERS:
        return "letters"
    if " " not in postcode:
        return "spatie"
    return None


def is_agb_code(code: str) -> bool:
    """Eight digits whose first two (the zorgverlenerssoort) are not 00."""
    return bool(_AGB.fullmatch(code)) and not code.startswith("00")


def is_gemeentecode(code: str) -> bool:
    """A CBS gemeentecode: four digits, optionally prefixed with 'GM', not 0000."""
    match = _GEMEENTECODE.fullmatch(code)
    return match is not None and match.group(1) != "0000"


def is_productcategorie(code: str) -> bool:
    """A Wmo productcategorie from the iWmo code list (01–18)."""
    return code in IWMO_PRODUCTCATEGORIES


def is_productcode(code: str) -> bool:
    """An iWmo productcode: five characters, digits and capital letters."""
    return bool(_PRODUCTCODE.fullmatch(code))


def parse_date(value: object) -> date | None:
    """The date for an ISO 'YYYY-MM-DD' string, None for anything else (the schema reports it)."""
    if not isinstance(value, str) or len(value) != 10:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        return None
