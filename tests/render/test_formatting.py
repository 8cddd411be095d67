from decimal import Decimal

from wmo_docs.render import formatting as f


def test_datum_dutch_month_names():
    assert f.datum("2026-11-22") == "22 november 2026"
    assert f.datum("2026-03-01") == "1 maart 2026"


def test_weekdag():
    assert f.weekdag("2026-11-22") == "zondag 22 november 2026"


def test_empty_values_never_print_none():
    assert f.datum(None) == "" and f.bedrag(None) == "" and f.omvang(None) == "" and f.getal(None) == ""


def test_bedrag_dutch_grouping_and_decimal_comma():
    assert f.bedrag(1234.56) == "€ 1.234,56"
    assert f.bedrag(21.8) == "€ 21,80"
    assert f.bedrag(Decimal("1000000")) == "€ 1.000.000,00"


def test_getal():
    assert f.getal(2.5) == "2,5"
    assert f.getal(3.0) == "3"
    assert f.getal(1234) == "1.234"


def test_omvang_in_words():
    assert f.omvang({"volume": 3, "eenheid": "uur", "frequentie": "per week"}) == "3 uur per week"
    assert f.omvang({"volume": 1, "eenheid": "dagdeel", "frequentie": "per week"}) == "1 dagdeel per week"
    assert f.omvang({"volume": 2, "eenheid": "dagdeel", "frequentie": "per week"}) == "2 dagdelen per week"
    assert f.omvang({"volume": 1.5, "eenheid": "uur", "frequentie": "per vier weken"}) == "1,5 uur per vier weken"
    assert f.omvang({"volume": 30, "eenheid": "minuut", "frequentie": "per dag"}) == "30 minuten per dag"
    assert f.omvang({"volume": 1, "eenheid": "stuk", "frequentie": "totaal"}) == "1 stuk in totaal"
    assert f.omvang({"volume": 250, "eenheid": "euro", "frequentie": "per maand"}) == "€ 250,00 per maand"


def test_periode():
    assert f.periode("2026-10-05", "2028-10-04") == "van 5 oktober 2026 tot en met 4 oktober 2028"
    assert f.periode("2026-10-05", None) == "vanaf 5 oktober 2026"
