"""The case form, built from ``schemas/case.schema.json`` (never written out by hand).

``build_form`` turns the schema (and a case, and its findings) into a tree of sections,
groups, lists and fields; every field's HTML name is its JSON pointer (``/client/bsn``),
so a finding of ``validate_case`` lands next to the field it is about. ``parse_form``
turns the posted form back into a case with the schema's types; a value that does not
fit (letters in a house number) is passed on as typed, so the library's own validation
names it at that field. A new field in the schema appears in the form by itself.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from wmo_docs.findings import Finding

# Better Dutch labels than the property names give; everything else: 'gebruikelijke_hulp' -> 'Gebruikelijke hulp'.
LABELS = {
    "client": "Cliënt", "bsn": "BSN", "agb_code": "AGB-code", "email": "E-mailadres", "telefoon": "Telefoonnummer",
    "clientondersteuning": "Cliëntondersteuning", "clientondersteuner": "Cliëntondersteuner",
    "datum_ontvangst": "Datum van ontvangst", "verzonden_op": "Verzonden op", "gespreksdatum": "Datum van het gesprek",
    "nieuwe_einddatum": "Nieuwe einddatum", "nieuwe_beslisdatum": "Nieuwe beslisdatum", "eigen_bijdrage": "Eigen bijdrage",
    "van_toepassing": "Van toepassing", "gewezen_op": "Erop gewezen", "persoonlijk_plan": "Persoonlijk plan",
    "ondersteuningsbehoefte": "Ondersteuningsbehoefte", "huisletter": "Huisletter", "productcategorie": "Productcategorie",
    "algemene_voorzieningen": "Algemene voorzieningen", "voorliggende_voorzieningen": "Voorliggende voorzieningen",
    "sociaal_netwerk": "Sociaal netwerk", "gebruikelijke_hulp": "Gebruikelijke hulp", "eigen_kracht": "Eigen kracht",
    "pgb": "Persoonsgebonden budget (pgb)", "voorletters": "Voorletters", "naamgebruik": "Naamgebruik",
}
ITEM_LABELS = {"aanwezigen": "Aanwezige", "beperkingen": "Beperking", "voorzieningen": "Voorziening",
               "grondslagen": "Grondslag", "offertes": "Offerte"}
LONG_TEXT = {"hulpvraag", "situatie", "ondersteuningsbehoefte", "bevinding", "reden", "motivering", "omschrijving",
             "tekst", "toelichting", "gevraagd", "resultaat"}
NOT_SHOWN = {"$schema"}


@dataclass
class Message:
    severity: str
    label: str
    rule: str
    text: str
    hint: str = ""
    pointer: str = ""


@dataclass
class Node:
    kind: str  # section | group | list | item | field
    pointer: str
    name: str
    label: str
    description: str = ""
    required: bool = False
    widget: str = "text"  # text | textarea | select | bool | number | integer | date | email | lines | checks
    options: list[str] = field(default_factory=list)
    value: Any = ""
    children: list["Node"] = field(default_factory=list)
    messages: list[Message] = field(default_factory=list)
    item_label: str = ""

    @property
    def id(self) -> str:
        return "veld" + "".join(ch if ch.isalnum() else "-" for ch in self.pointer)

    @property
    def has_errors(self) -> bool:
        return any(m.severity == "error" for m in self.messages)


def case_schema() -> dict[str, Any]:
    from wmo_docs.case.schema import case_schema as load

    return load()


def _resolve(node: Mapping[str, Any]) -> dict[str, Any]:
    """Follow local $refs; the referring node's own description wins."""
    node = dict(node)
    while isinstance(node.get("$ref"), str) and node["$ref"].startswith("#/"):
        target: Any = case_schema()
        for part in node["$ref"][2:].split("/"):
            target = target[part]
        merged = {**target, **{k: v for k, v in node.items() if k != "$ref"}}
        node = merged
    return node


def _label(name: str) -> str:
    return LABELS.get(name) or name.replace("_", " ").capitalize()


def _escape(key: str) -> str:
    return key.replace("~", "~0").replace("/", "~1")


def _widget(name: str, schema: Mapping[str, Any]) -> tuple[str, list[str]]:
    kind = schema.get("type")
    if kind == "array":
        items = _resolve(schema.get("items", {}))
        return ("checks", list(items["enum"])) if "enum" in items else ("lines", [])
    if "enum" in schema:
        return "select", [str(v) for v in schema["enum"]]
    if kind == "boolean":
        return "bool", ["ja", "nee"]
    if kind in ("integer", "number"):
        return kind, []
    if schema.get("format") == "date":
        return "date", []
    if schema.get("format") == "email":
        return "email", []
    return ("textarea" if name in LONG_TEXT else "text"), []


def _is_object_list(schema: Mapping[str, Any]) -> bool:
    return schema.get("type") == "array" and _resolve(schema.get("items", {})).get("type") == "object"


def _shown_value(widget: str, value: Any) -> Any:
    if value is None:
        return [] if widget == "checks" else ""
    if widget == "bool":
        return "ja" if value is True else "nee" if value is False else str(value)
    if widget == "lines":
        return "\n".join(str(v) for v in value) if isinstance(value, list) else str(value)
    if widget == "checks":
        return [str(v) for v in value] if isinstance(value, list) else []
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, (dict, list)):
        return ""
    return str(value)


def _build(name: str, schema: Mapping[str, Any], pointer: str, value: Any, required: bool, kind: str) -> Node:
    schema = _resolve(schema)
    description = str(schema.get("description", ""))
    if schema.get("type") == "object":
        node = Node(kind, pointer, name, _label(name), description, required)
        req = set(schema.get("required", ()))
        values = value if isinstance(value, Mapping) else {}
        for key, sub in schema.get("properties", {}).items():
            if key in NOT_SHOWN:
                continue
            sub_r = _resolve(sub)
            child_kind = "list" if _is_object_list(sub_r) else "group" if sub_r.get("type") == "object" else "field"
            node.children.append(_build(key, sub_r, f"{pointer}/{_escape(key)}", values.get(key),
                                        key in req and required, child_kind))
        return node
    if kind == "list":
        node = Node("list", pointer, name, _label(name), description, required,
                    item_label=ITEM_LABELS.get(name, "Regel"))
        items = value if isinstance(value, list) else []
        count = max(len(items), 1 if (required or schema.get("minItems")) else 0)
        item_schema = _resolve(schema.get("items", {}))
        for i in range(count):
            item = _build(name, item_schema, f"{pointer}/{i}", items[i] if i < len(items) else None, required, "item")
            item.label = f"{node.item_label} {i + 1}"
            node.children.append(item)
        return node
    widget, options = _widget(name, schema)
    return Node("field", pointer, name, _label(name), description, required, widget, options, _shown_value(widget, value))


def build_form(data: Any = None, findings: Iterable[Finding] = (), extra_items: Mapping[str, int] | None = None) -> tuple[list[Node], list[Message]]:
    """The sections of the form filled with ``data``; findings beside their fields.

    Returns (sections, general): ``general`` are messages with no field in the form
    (about the case as a whole). ``extra_items`` adds empty rows to lists (pointer -> n).
    """
    root = _build("", case_schema(), "", data if isinstance(data, Mapping) else {}, True, "section")
    for pointer, n in (extra_items or {}).items():
        node = find(root.children, pointer)
        if node is not None and node.kind == "list":
            item_schema = _resolve(_schema_at(pointer).get("items", {}))
            for _ in range(n):
                i = len(node.children)
                item = _build(node.name, item_schema, f"{pointer}/{i}", None, False, "item")
                item.label = f"{node.item_label} {i + 1}"
                node.children.append(item)
    sections = root.children
    for s in sections:
        s.kind = "section"
    index: dict[str, Node] = {}

    def walk(nodes: list[Node]) -> None:
        for n in nodes:
            index[n.pointer] = n
            walk(n.children)

    walk(sections)
    general: list[Message] = []
    for f in findings:
        msg = Message(f.severity.value, f.severity.label, f.rule, f.message, f.hint or "", f.pointer or "")
        pointer = f.pointer or ""
        while pointer and pointer not in index:
            pointer = pointer.rsplit("/", 1)[0]
        (index[pointer].messages if pointer else general).append(msg)
    return sections, general


def find(nodes: list[Node], pointer: str) -> Node | None:
    for n in nodes:
        if n.pointer == pointer:
            return n
        hit = find(n.children, pointer)
        if hit is not None:
            return hit
    return None


def _schema_at(pointer: str) -> dict[str, Any]:
    schema: dict[str, Any] = case_schema()
    for part in pointer.strip("/").split("/"):
        schema = _resolve(schema)
        if schema.get("type") == "array":
            schema = _resolve(schema.get("items", {}))
        else:
            schema = _resolve(schema.get("properties", {}).get(part.replace("~1", "/").replace("~0", "~"), {}))
    return schema


def all_messages(sections: list[Node]) -> list[tuple[Node, Message]]:
    out: list[tuple[Node, Message]] = []

    def walk(nodes: list[Node]) -> None:
        for n in nodes:
            out.extend((n, m) for m in n.messages)
            walk(n.children)

    walk(sections)
    return out


# ---------------------------------------------------------------------------- form -> case
def parse_form(form: Any) -> dict[str, Any]:
    """The case the form describes, with the schema's types; empty fields are left out."""
    value = _parse(case_schema(), "", form, "")
    return value if isinstance(value, dict) else {}


def _get(form: Any, key: str) -> str:
    raw = form.get(key)
    return raw if isinstance(raw, str) else ""


def _parse(schema: Mapping[str, Any], pointer: str, form: Any, name: str) -> Any:
    schema = _resolve(schema)
    kind = schema.get("type")
    if kind == "object":
        out = {}
        for key, sub in schema.get("properties", {}).items():
            if key in NOT_SHOWN:
                continue
            v = _parse(sub, f"{pointer}/{_escape(key)}", form, key)
            if v is not None:
                out[key] = v
        return out or None
    if _is_object_list(schema):
        try:
            count = min(int(_get(form, f"aantal:{pointer}") or 0), 500)
        except ValueError:
            count = 0
        items = [_parse(schema["items"], f"{pointer}/{i}", form, name) for i in range(count)]
        items = [i for i in items if i is not None]
        return items or None
    widget, _ = _widget(name, schema)
    if widget == "checks":
        values = [v for v in form.getlist(pointer) if isinstance(v, str) and v]
        return values or None
    raw = _get(form, pointer).replace("\r\n", "\n").strip()
    if not raw:
        return None
    if widget == "lines":
        return [line.strip() for line in raw.split("\n") if line.strip()] or None
    if widget == "bool":
        return {"ja": True, "nee": False}.get(raw, raw)
    if widget == "integer":
        try:
            return int(raw)
        except ValueError:
            return raw
    if widget == "number":
        try:
            number = float(raw.replace(",", "."))
        except ValueError:
            return raw
        return int(number) if number.is_integer() else number
    return raw


def added_rows(form: Any) -> dict[str, int]:
    """The list a 'toevoegen' button asked for one more row in."""
    action = _get(form, "actie")
    if action.startswith("toevoegen:"):
        return {action.split(":", 1)[1]: 1}
    return {}
