"""Helpers for the checker tests: write drafts in several house styles into tmp_path."""

from __future__ import annotations

from pathlib import Path

import docx
import pytest

from wmo_docs.check import check_file

GOOD_LETTER = """\
Gemeente Voorbeeldstad

Datum: 20 maart 2025

Onderwerp: besluit op uw aanvraag huishoudelijke ondersteuning

Geachte mevrouw Jansen,

Op 3 maart 2025 heeft u een aanvraag gedaan voor hulp bij het huishouden. Op 10 maart 2025 hebben wij met u een gesprek gehad bij u thuis.

Het verslag van dat gesprek heeft u daarna van ons gekregen.

Wat kunt u zelf?
U kunt zelf nog lichte taken doen, zoals afwassen en koken. Stofzuigen en de was doen lukken door uw rugklachten niet meer.

Huisgenoten
U woont alleen sinds uw man is overleden.

Familie en netwerk
Uw dochter woont in Spanje en kan geen mantelzorg bieden. Uw buren doen soms een boodschap, maar structurele hulp kunnen zij niet geven.

Algemene voorzieningen
De boodschappendienst kan uw boodschappen doen, maar lost het schoonmaken niet op.

Andere wetten
Uw zorgverzekeraar vergoedt geen hulp bij het huishouden, omdat dat niet onder de Zorgverzekeringswet valt.

Ons besluit
Wij kennen u 3 uur huishoudelijke ondersteuning per week toe, omdat u het zware huishouden niet zelf kunt doen en niemand dat van u kan overnemen.

De hulp begint op de dag na de datum van deze brief en geldt voor twee jaar. U krijgt de hulp als zorg in natura van Hulp aan Huis B.V. Wilt u de hulp liever zelf inkopen? Dan kunt u kiezen voor een persoonsgebonden budget (pgb).

U betaalt voor deze hulp een eigen bijdrage. Het CAK berekent en int de eigen bijdrage.

Dit besluit is gebaseerd op artikel 2.3.5, derde lid, van de Wmo 2015 en artikel 8 van de Verordening maatschappelijke ondersteuning Voorbeeldstad 2025.

Bent u het niet eens met dit besluit?
Dan kunt u binnen zes weken na de datum van deze brief bezwaar maken bij het college van burgemeester en wethouders. Stuur een brief (bezwaarschrift) naar Postbus 100, 9990 AA Voorbeeldstad.

Met vriendelijke groet,
namens het college van burgemeester en wethouders,
A.B. Jansen
"""


def write(tmp_path: Path, text: str, name: str = "concept.txt") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def rules_fired(tmp_path: Path, text: str, name: str = "concept.txt", **kw) -> set[str]:
    report = check_file(write(tmp_path, text, name), **kw)
    return {f.rule for f in report.findings}


def save_docx(tmp_path: Path, build, name: str = "concept.docx") -> Path:
    """Create a .docx with python-docx; ``build(document)`` adds the content."""
    document = docx.Document()
    build(document)
    path = tmp_path / name
    document.save(str(path))
    return path


@pytest.fixture
def good_letter() -> str:
    return GOOD_LETTER
