"""Names in letters: the address line, the salutation and the name in running text.

Dutch rule (Taalunie): a tussenvoegsel is written in lower case when a voornaam or
voorletter stands directly before it ("mevrouw J. de Vries") and gets a capital when
the name starts with it ("Geachte mevrouw De Vries"). A part after a hyphen keeps its
lower case ("Van der Ven-van Dijk"). An elided article ("'t Hart") keeps its apostrophe
form, like "'s avonds" at the start of a sentence.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

_TITLE = {"heer": "de heer", "mevrouw": "mevrouw"}


def _capitalize_first(text: str) -> str:
    """Capital on the first letter, unless the word is an elision like "'t" or "'s"."""
    if not text or text[0] in "'’":
        return text
    return text[0].upper() + text[1:]


def _join(tussenvoegsel: str | None, achternaam: str) -> str:
    return f"{tussenvoegsel} {achternaam}" if tussenvoegsel else achternaam


def achternaam(naam: Mapping[str, Any]) -> str:
    """The surname as used in letters, following the BRP naamgebruik, all in lower-case form."""
    own = _join(naam.get("tussenvoegsel"), naam["achternaam"])
    partner_data = naam.get("partner")
    if not partner_data:
        return own
    partner = _join(partner_data.get("tussenvoegsel"), partner_data["achternaam"])
    return {
        "partner": partner,
        "partner-eigen": f"{partner}-{own}",
        "eigen-partner": f"{own}-{partner}",
    }.get(naam.get("naamgebruik", "eigen"), own)


def voorletters(naam: Mapping[str, Any]) -> str:
    """The initials: given ones, else derived from the voornamen ('Johanna Maria' -> 'J.M.')."""
    if naam.get("voorletters"):
        return str(naam["voorletters"])
    voornamen = str(naam.get("voornamen") or "").split()
    return "".join(f"{v[0].upper()}." for v in voornamen if v)


def volledige_naam(naam: Mapping[str, Any]) -> str:
    """Initials and surname: 'J. de Vries'; without initials 'De Vries'."""
    initials = voorletters(naam)
    surname = achternaam(naam)
    return f"{initials} {surname}" if initials else _capitalize_first(surname)


def naam_met_titel(naam: Mapping[str, Any], aanhef: str) -> str:
    """In running text: 'mevrouw J. de Vries', 'de heer P. Bakker', or 'J. de Vries'."""
    title = _TITLE.get(aanhef)
    full = volledige_naam(naam)
    return f"{title} {full}" if title else full


def korte_naam(naam: Mapping[str, Any], aanhef: str) -> str:
    """Title and surname for repeated mention: 'mevrouw De Vries'; neutral gives the full name."""
    title = _TITLE.get(aanhef)
    if title:
        return f"{title} {_capitalize_first(achternaam(naam))}"
    return volledige_naam(naam)


def adresregel_naam(naam: Mapping[str, Any], aanhef: str) -> str:
    """First line of the address block: 'Mevrouw J. de Vries', 'De heer P. Bakker', 'J. de Vries'."""
    return _capitalize_first(naam_met_titel(naam, aanhef))


def aanhef(naam: Mapping[str, Any], soort: str) -> str:
    """The salutation without comma: 'Geachte heer De Vries', 'Geachte J. de Vries'."""
    if soort in _TITLE:
        title = "heer" if soort == "heer" else "mevrouw"
        return f"Geachte {title} {_capitalize_first(achternaam(naam))}"
    return f"Geachte {volledige_naam(naam)}"
