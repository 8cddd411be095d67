"""Read JSON input safely: size-bounded, UTF-8, nesting-bounded, Dutch errors."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

from wmo_docs.errors import InputError

MAX_JSON_BYTES = 5 * 1024 * 1024  # a real case is a few kB; 5 MB leaves ample room
MAX_DEPTH = 64


_STRING = re.compile(r'"[^"\\]*(?:\\.[^"\\]*)*"')
_NOT_BRACKET = re.compile(r"[^\[\]{}]+")


def _depth_ok(text: str) -> bool:
    """Nesting check before json.loads, so a 10,000-deep file cannot recurse deeply.

    Fast path at C speed: drop the strings and everything that is not a bracket, then
    count. Only when that says "too deep" (which an unterminated string could fake)
    does the exact character scan decide.
    """
    depth = 0
    for ch in _NOT_BRACKET.sub("", _STRING.sub("", text)):
        if ch in "[{":
            depth += 1
            if depth > MAX_DEPTH:
                return _depth_ok_exact(text)
        else:
            depth -= 1
    return True


def _depth_ok_exact(text: str) -> bool:
    """Character-by-character nesting check that knows about strings and escapes."""
    depth = 0
    in_string = escaped = False
    for ch in text:
        if in_string:
            if escaped:
                escaped = False
            elif ch == "\\":
                escaped = True
            elif ch == '"':
                in_string = False
        elif ch == '"':
            in_string = True
        elif ch in "[{":
            depth += 1
            if depth > MAX_DEPTH:
                return False
        elif ch in "]}":
            depth -= 1
    return True


def read_json(path: Path, what: str = "bestand") -> Any:
    """Load a JSON file or raise InputError saying what is wrong and what to do."""
    try:
        size = path.stat().st_size
    except FileNotFoundError:
        raise InputError(f"{what} niet gevonden. Controleer het pad.", path) from None
    except OSError as exc:
        raise InputError(f"{what} is niet te lezen ({exc.strerror}).", path) from None
    if path.is_dir():
        raise InputError(f"dit is een map, geen {what}.", path)
    if size > MAX_JSON_BYTES:
        raise InputError(
            f"{what} is {size // (1024 * 1024)} MB; het maximum is {MAX_JSON_BYTES // (1024 * 1024)} MB. "
            "Een casus is normaal een paar kB: controleer of dit het goede bestand is.",
            path,
        )
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise InputError(f"{what} is niet te lezen ({exc.strerror}).", path) from None
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise InputError(
            f"{what} is geen UTF-8 (onleesbare byte op positie {exc.start}). "
            "Sla het bestand op als UTF-8 en probeer het opnieuw.",
            path,
        ) from None
    if not _depth_ok(text):
        raise InputError(f"{what} is dieper genest dan {MAX_DEPTH} niveaus; dat is geen geldige casus.", path)
    try:
        return json.loads(text)
    except json.JSONDecodeError as exc:
        hint = " Het bestand lijkt afgebroken." if _looks_truncated(text, exc) else ""
        raise InputError(
            f"geen geldige JSON: {_dutch_json_error(exc.msg)} op regel {exc.lineno}, kolom {exc.colno}.{hint}",
            path,
        ) from None


def _looks_truncated(text: str, exc: json.JSONDecodeError) -> bool:
    """The error is at the very end, or a string or bracket is still open when the text stops."""
    if exc.pos >= len(text.rstrip()) or exc.msg.startswith("Unterminated string"):
        return True
    brackets = _NOT_BRACKET.sub("", _STRING.sub("", text))
    return brackets.count("[") + brackets.count("{") > brackets.count("]") + brackets.count("}")


def _dutch_json_error(msg: str) -> str:
    table = {
        "Expecting value": "waarde verwacht",
        "Expecting property name enclosed in double quotes": "veldnaam tussen dubbele aanhalingstekens verwacht",
        "Expecting ',' delimiter": "komma verwacht",
        "Expecting ':' delimiter": "dubbele punt verwacht",
        "Unterminated string starting at": "tekst zonder afsluitend aanhalingsteken",
        "Extra data": "extra tekst na het einde van de JSON",
        "Invalid control character at": "ongeldig stuurteken",
    }
    return next((nl for en, nl in table.items() if msg.startswith(en)), msg)
