"""Salutation and name rules (Taalunie): a tussenvoegsel gets its capital only when nothing precedes it."""

import pytest

from wmo_docs.render import names

DE_VRIES = {"voorletters": "J.", "voornamen": "Johanna", "tussenvoegsel": "de", "achternaam": "Vries"}


@pytest.mark.parametrize(
    ("naam", "soort", "expected"),
    [
        (DE_VRIES, "heer", "Geachte heer De Vries"),
        (DE_VRIES, "mevrouw", "Geachte mevrouw De Vries"),
        (DE_VRIES, "neutraal", "Geachte J. de Vries"),
        ({"voorletters": "P.", "tussenvoegsel": "van der", "achternaam": "Berg"}, "heer", "Geachte heer Van der Berg"),
        ({"voorletters": "A.", "tussenvoegsel": "'t", "achternaam": "Hart"}, "heer", "Geachte heer 't Hart"),
        ({"voorletters": "A.", "tussenvoegsel": "'t", "achternaam": "Hart"}, "neutraal", "Geachte A. 't Hart"),
        ({"voorletters": "Ö.", "achternaam": "Çelik"}, "mevrouw", "Geachte mevrouw Çelik"),
        ({"voornamen": "Sam Alex", "tussenvoegsel": "de", "achternaam": "Vries"}, "neutraal", "Geachte S.A. de Vries"),
        ({"tussenvoegsel": "de", "achternaam": "Vries"}, "neutraal", "Geachte De Vries"),
        ({"voorletters": "Th.", "achternaam": "Jansen"}, "heer", "Geachte heer Jansen"),
    ],
)
def test_aanhef(naam, soort, expected):
    assert names.aanhef(naam, soort) == expected


def test_naamgebruik_partner_names():
    naam = {**DE_VRIES, "partner": {"tussenvoegsel": "van", "achternaam": "Dijk"}}
    assert names.aanhef({**naam, "naamgebruik": "partner-eigen"}, "mevrouw") == "Geachte mevrouw Van Dijk-de Vries"
    assert names.aanhef({**naam, "naamgebruik": "eigen-partner"}, "mevrouw") == "Geachte mevrouw De Vries-van Dijk"
    assert names.aanhef({**naam, "naamgebruik": "partner"}, "mevrouw") == "Geachte mevrouw Van Dijk"
    assert names.aanhef({**naam, "naamgebruik": "eigen"}, "mevrouw") == "Geachte mevrouw De Vries"


def test_address_line_and_running_text():
    assert names.adresregel_naam(DE_VRIES, "mevrouw") == "Mevrouw J. de Vries"
    assert names.adresregel_naam(DE_VRIES, "heer") == "De heer J. de Vries"
    assert names.adresregel_naam(DE_VRIES, "neutraal") == "J. de Vries"
    assert names.naam_met_titel(DE_VRIES, "heer") == "de heer J. de Vries"
    assert names.korte_naam(DE_VRIES, "mevrouw") == "mevrouw De Vries"
