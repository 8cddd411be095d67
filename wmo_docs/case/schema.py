"""Schema validation of a case, with every jsonschema error translated into Dutch.

The validator is compiled once per process. All errors are reported (not just the
first), each with the JSON pointer of the field, a Dutch message and a hint taken
from the field's description in ``schemas/case.schema.json``. Values of personal
fields are never echoed: the message says "de waarde" instead.
"""

from __future__ import annotations

import difflib
import json
from collections.abc import Iterable, Sequence
from functools import cache
from typing import Any

from jsonschema import Draft202012Validator, ValidationError
from jsonschema.exceptions import best_match

from wmo_docs.case.catalogue import make_finding, rule
from wmo_docs.findings import Finding
from wmo_docs.resources import data_path

# Fields whose value may be shown in a message: fixed vocabularies, codes, process
# dates and amounts. Anything else (names, BSN, birth date, address, free text) is
# described as "de waarde".
_SAFE_KEYS = frozenset({
    "$schema", "gemeente", "zaaknummer", "kenmerk", "functie", "wijze", "door", "plaats", "rol",
    "levensgebied", "duur", "conclusie", "soort", "beslissing", "eenheid", "frequentie", "volume",
    "leveringsvorm", "productcategorie", "productcode", "regeling", "artikel", "lid", "onderdeel",
    "bedrag", "per", "agb_code", "datum", "gespreksdatum", "verzonden_op", "datum_ontvangst",
    "nieuwe_beslisdatum", "nieuwe_einddatum", "ingangsdatum", "einddatum", "tot", "sinds", "aanhef",
    "naamgebruik", "gewezen_op", "ingediend", "aangeboden", "aanwezig", "ontvangen", "akkoord",
    "van_toepassing", "gekozen", "voorzieningen", "betreft", "grond",
})
# Under the client (and the representative) only these are harmless.
_SAFE_UNDER_CLIENT = frozenset({"aanhef", "naamgebruik", "soort"})


@cache
def case_schema() -> dict[str, Any]:
    """The case schema as shipped (source tree or installed package)."""
    return json.loads(data_path("schemas", "case.schema.json").read_text(encoding="utf-8"))


@cache
def case_validator() -> Draft202012Validator:
    """The compiled Draft 2020-12 validator, with format checking (dates, e-mail) on."""
    schema = case_schema()
    Draft202012Validator.check_schema(schema)
    # Local $refs are inlined once (the case schema has no recursive ones): validating
    # then skips the reference lookups, which were a fifth of the time per case.
    return Draft202012Validator(_inline(schema), format_checker=Draft202012Validator.FORMAT_CHECKER)


def _inline(node: Any) -> Any:
    """A copy of ``node`` with every local "#/$defs/…" $ref replaced by its target."""
    if isinstance(node, list):
        return [_inline(item) for item in node]
    if not isinstance(node, dict):
        return node
    if isinstance(node.get("$ref"), str) and node["$ref"].startswith("#/"):
        merged = _inline(_resolve(node))
        for key, value in node.items():
            if key not in {"$ref", "description"}:
                merged[key] = _inline(value)
        return merged
    return {key: (_inline(value) if key != "$defs" else value) for key, value in node.items()}


def pointer(path: Iterable[Any]) -> str:
    """RFC 6901 JSON pointer for a path of keys and indices ("" is the whole document)."""
    return "".join("/" + str(p).replace("~", "~0").replace("/", "~1") for p in path)


def is_safe(path: Sequence[Any], value: Any) -> bool:
    """True when ``value`` at ``path`` may appear in a message (no personal data)."""
    if isinstance(value, (dict, list)):
        return False
    keys = [p for p in path if isinstance(p, str)]
    if not keys:
        return False
    last = keys[-1]
    if keys[0] == "client":
        return last in _SAFE_UNDER_CLIENT
    return last in _SAFE_KEYS


def show(path: Sequence[Any], value: Any) -> str:
    """The value as a message shows it, or "de waarde" for personal fields."""
    if not is_safe(path, value):
        return rule("SCHEMA").messages["value_personal"]
    if isinstance(value, bool):
        return "true" if value else "false"
    if value is None:
        return "null"
    if isinstance(value, str):
        shown = value if len(value) <= 60 else value[:57] + "…"
        return f"'{shown}'"
    return str(value)


def _resolve(node: dict[str, Any]) -> dict[str, Any]:
    """Follow a local $ref ("#/$defs/x"), keeping the referring node's own description."""
    ref = node.get("$ref")
    if not isinstance(ref, str) or not ref.startswith("#/"):
        return node
    target: Any = case_schema()
    for part in ref[2:].split("/"):
        target = target[part]
    merged = dict(target)
    own, shape = node.get("description"), target.get("description")
    if own and shape and own != shape:
        merged["description"] = f"{own.rstrip('.')}. {shape}"  # what the field means, then its shape
    elif own:
        merged["description"] = own
    return merged


def _walk(schema_path: Sequence[Any]) -> Any:
    """The schema node at a jsonschema ``schema_path`` from the root, following $refs."""
    node: Any = case_schema()
    for key in schema_path:
        if key == "$ref":
            node = _resolve({"$ref": node["$ref"]})
            continue
        if isinstance(node, dict) and key not in node and "$ref" in node:
            node = _resolve({"$ref": node["$ref"]})  # jsonschema may leave the $ref step out
        node = node[key]
    return node


def _field(path: Sequence[Any]) -> str:
    if not path:
        return rule("SCHEMA").messages["field_root"]
    last = path[-1]
    if isinstance(last, int):
        parent = next((p for p in reversed(path) if isinstance(p, str)), "lijst")
        return f"{parent}[{last}]"
    return str(last)


def _description(node: dict[str, Any] | None) -> str:
    if not node:
        return ""
    return str(_resolve(node).get("description", ""))


def _type_name(value: Any) -> str:
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, int):
        return "integer"
    if isinstance(value, float):
        return "number"
    if isinstance(value, str):
        return "string"
    if isinstance(value, list):
        return "array"
    if isinstance(value, dict):
        return "object"
    return "null"


def _because(error: ValidationError) -> str:
    """For an error inside a `then`: which `if` condition made the field required."""
    path = list(error.schema_path)
    if "then" not in path:
        return ""
    cut = len(path) - 1 - path[::-1].index("then")
    try:
        parent = _resolve(_walk(path[:cut]))
        condition = parent["if"]["properties"]
        field, spec = next(iter(condition.items()))
        value = spec.get("const")
    except (KeyError, TypeError, StopIteration):
        return ""
    return rule("SCHEMA").messages["because_if"].format(field=field, value=value)


def _findings(error: ValidationError) -> list[Finding]:
    """Dutch findings for one jsonschema error (additionalProperties may give several)."""
    msg = rule("SCHEMA").messages
    types = rule("SCHEMA").extra.get("types", {})
    path = list(error.absolute_path)
    ptr = pointer(path)
    keyword = error.validator
    value = error.instance
    shown = show(path, value)
    field = _field(path)
    schema = error.schema if isinstance(error.schema, dict) else {}
    desc = _description(schema)

    def one(key: str, hint_key: str | None = None, at: str = ptr, **fields: Any) -> list[Finding]:
        fields.setdefault("value", shown)
        fields.setdefault("field", field)
        fields.setdefault("description", desc)
        hint = msg[hint_key].format(**fields) if hint_key else (desc or None)
        return [make_finding("SCHEMA", key, at, hint=hint, **fields)]

    if keyword == "required":
        present = value if isinstance(value, dict) else {}
        out: list[Finding] = []
        for name in error.validator_value:
            if name in present:
                continue
            prop = _walk_properties(error, name) or schema.get("properties", {}).get(name)
            out += one(
                "required", "required_hint", at=pointer([*path, name]), field=name,
                description=_description(prop) or "zie het schema", because=_because(error),
            )
        return out
    if keyword == "additionalProperties":
        known = list(schema.get("properties", {}))
        out = []
        for name in value if isinstance(value, dict) else {}:
            if name in known:
                continue
            close = difflib.get_close_matches(name.lower(), known, n=1, cutoff=0.6)
            if close:
                hint = msg["additional_hint_close"].format(suggestion=close[0], known=", ".join(known))
            else:
                hint = msg["additional_hint"].format(known=", ".join(known))
            out.append(make_finding("SCHEMA", "additional", pointer([*path, name]), hint=hint, field=name))
        return out
    if keyword == "enum":
        allowed = ", ".join(f"'{v}'" for v in error.validator_value)
        return one("enum", "enum_hint", allowed=allowed)
    if keyword == "const":
        return one("const", expected=f"'{error.validator_value}'")
    if keyword == "pattern":
        return one("pattern", "pattern_hint", description=desc or f"het patroon {error.validator_value}")
    if keyword == "type":
        expected = error.validator_value
        names = [types.get(t, t) for t in (expected if isinstance(expected, list) else [expected])]
        return one("type", "type_hint", actual=types.get(_type_name(value), _type_name(value)), expected=" of ".join(names))
    if keyword == "format":
        fmt = error.validator_value
        if fmt == "date":
            return one("format_date", "format_date_hint")
        if fmt == "email":
            return one("format_email", "format_email_hint")
        return one("format_other", format=fmt)
    if keyword == "minLength":
        if isinstance(value, str) and not value:
            return one("min_length_empty", "length_hint" if desc else None)
        return one("min_length", "length_hint" if desc else None, limit=error.validator_value)
    if keyword == "maxLength":
        return one("max_length", "length_hint" if desc else None, limit=error.validator_value)
    if keyword == "minItems":
        return one("min_items", "min_items_hint", limit=error.validator_value)
    if keyword == "uniqueItems":
        return one("unique_items")
    bounds = {
        "minimum": "minimum", "maximum": "maximum", "exclusiveMinimum": "exclusive_minimum",
        "exclusiveMaximum": "exclusive_maximum", "multipleOf": "multiple_of",
    }
    if keyword in bounds:
        return one(bounds[keyword], "bound_hint" if desc else None, limit=error.validator_value)
    if error.context:  # oneOf / anyOf: explain the most relevant branch
        return _findings(best_match(error.context))
    return one("fallback", keyword=keyword)


def _walk_properties(error: ValidationError, name: str) -> dict[str, Any] | None:
    """The property schema of ``name`` next to a `then`-required, found via the parent schema."""
    path = list(error.schema_path)
    if "then" not in path:
        return None
    cut = len(path) - 1 - path[::-1].index("then")
    try:
        return _resolve(_walk(path[:cut])).get("properties", {}).get(name)
    except (KeyError, TypeError):
        return None


def _document_order(data: Any, path: Iterable[Any]) -> list[int]:
    """Sort key: the position of each step of ``path`` in the document, so findings follow the file."""
    order: list[int] = []
    node = data
    for step in path:
        if isinstance(node, dict):
            keys = list(node)
            order.append(keys.index(step) if step in node else len(keys))
            node = node.get(step)
        elif isinstance(node, list) and isinstance(step, int):
            order.append(step)
            node = node[step] if 0 <= step < len(node) else None
        else:
            break
    return order


def schema_findings(data: Any) -> list[Finding]:
    """Every schema error of ``data`` as Dutch findings, in document order."""
    errors = sorted(case_validator().iter_errors(data), key=lambda e: _document_order(data, e.absolute_path))
    tagged = [(error.validator, f) for error in errors for f in _findings(error)]
    # A field that fails both its pattern and its date format needs one message, not two.
    other_than_format = {f.pointer for keyword, f in tagged if keyword != "format"}
    out: list[Finding] = []
    seen: set[tuple[str | None, str]] = set()
    for keyword, f in tagged:
        if keyword == "format" and f.pointer in other_than_format:
            continue
        if (f.pointer, f.message) not in seen:
            seen.add((f.pointer, f.message))
            out.append(f)
    return out
