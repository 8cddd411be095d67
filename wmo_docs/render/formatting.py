"""Dutch formatting of dates, amounts and omvang, through Babel (never by hand).

These functions are the Jinja filters of every template (``datum``, ``bedrag``,
``omvang``, ``weekdag``) and are also used when the context is built, so a letter
and a report always write "22 november 2026" and "€ 1.234,56" the same way.
"""

from __future__ import annotations

import datetime as _dt
from collections.abc import Mapping
from decimal import Decimal
from typing import Any

from babel.dates import format_date
from babel.numbers import format_currency, format_decimal

LOCALE = "nl_NL"

# iWmo unit -> (singular, plural) as written in a letter: "1 uur", "3 uur", "2 dagdelen".
_UNITS: dict[str, tuple[str, str]] = {
    "minuut": ("minuut", "minuten"),
    "uur": ("uur", "uur"),
    "dagdeel": ("dagdeel", "dagdelen"),
    "etmaal": ("etmaal", "etmalen"),
    "stuk": ("stuk", "stuks"),
    "euro": ("euro", "euro"),
}
_FREQUENCY = {"totaal": "in totaal"}


def _as_date(value: Any) -> _dt.date | None:
    if value is None or value == "":
        return None
    if isinstance(value, _dt.datetime):
        return value.date()
    if isinstance(value, _dt.date):
        return value
    return _dt.date.fromisoformat(str(value))


def datum(value: Any, fmt: str = "d MMMM y") -> str:
    """'2026-11-22' -> '22 november 2026'; empty input gives an empty string, never 'None'."""
    day = _as_date(value)
    return format_date(day, fmt, locale=LOCALE) if day else ""


def weekdag(value: Any) -> str:
    """'2026-11-22' -> 'zondag 22 november 2026' (for appointments and deadlines)."""
    return datum(value, "EEEE d MMMM y")


def getal(value: Any) -> str:
    """A number the Dutch way: 2.5 -> '2,5', 1234 -> '1.234', 3.0 -> '3'."""
    if value is None or value == "":
        return ""
    number = Decimal(str(value))
    if number == number.to_integral_value():
        number = number.quantize(Decimal(1))
    return format_decimal(number, locale=LOCALE)


def bedrag(value: Any) -> str:
    """1234.56 -> '€ 1.234,56' with an ordinary space, so letters and checks read it alike."""
    if value is None or value == "":
        return ""
    return format_currency(Decimal(str(value)), "EUR", locale=LOCALE).replace("\xa0", " ")


def omvang(value: Mapping[str, Any] | None) -> str:
    """{'volume': 3, 'eenheid': 'uur', 'frequentie': 'per week'} -> '3 uur per week'."""
    if not value:
        return ""
    volume = value.get("volume")
    unit = str(value.get("eenheid", ""))
    frequency = str(value.get("frequentie", ""))
    if unit == "euro":
        amount = bedrag(volume)
    else:
        singular, plural = _UNITS.get(unit, (unit, unit))
        word = singular if Decimal(str(volume)) == 1 else plural
        amount = f"{getal(volume)} {word}".strip()
    return f"{amount} {_FREQUENCY.get(frequency, frequency)}".strip()


def periode(begin: Any, eind: Any) -> str:
    """A period in words: 'van 5 oktober 2026 tot en met 4 oktober 2028' or 'vanaf 5 oktober 2026'."""
    start, end = datum(begin), datum(eind)
    if start and end:
        return f"van {start} tot en met {end}"
    if start:
        return f"vanaf {start}"
    return f"tot en met {end}" if end else ""


FILTERS = {
    "datum": datum,
    "weekdag": weekdag,
    "getal": getal,
    "bedrag": bedrag,
    "omvang": omvang,
}
