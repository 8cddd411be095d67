"""Lint Word templates: tags balanced, filters known, every variable in the case or profile schema.

A functioneel beheerder edits templates in Word; a typo in ``{{ client.naam.achternam }}``
would only show up as an empty spot in a letter sent to a resident. The lint finds it
first and names the template and the paragraph or table cell.
"""

from __future__ import annotations

import json
import re
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

from jinja2 import TemplateSyntaxError, nodes
from lxml import etree

from wmo_docs.render.context import BRIEF_SCHEMA
from wmo_docs.render.engine import jinja_env
from wmo_docs.resources import data_path

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_PARTS = re.compile(r"^word/(document|header\d*|footer\d*|footnotes)\.xml$")
_TAG = re.compile(r"\{%-?\s*(p|tr|tc|r)?\s*(\w+)")
_DOCXTPL_PREFIX = re.compile(r"(\{%-?|\{\{-?)\s*(p|tr|tc|r)\s+")
_OPENERS = {"if": "endif", "for": "endfor", "macro": "endmacro", "with": "endwith", "filter": "endfilter",
            "call": "endcall", "block": "endblock", "raw": "endraw", "set": "endset"}
_MIDDLES = {"elif": ("if",), "else": ("if", "for")}
# Methods of dicts and strings a template may call on a value.
_METHODS = {"items", "keys", "values", "get", "upper", "lower", "strip", "split", "startswith",
            "endswith", "replace", "title", "capitalize", "join", "format"}
_GLOBALS = {"range", "dict", "lipsum", "cycler", "joiner", "namespace", "loop", "true", "false", "none",
            "True", "False", "None"}
ANY: dict[str, Any] = {}


@dataclass(frozen=True)
class LintProblem:
    """One problem in a template, with where it is (part, paragraph or table cell)."""

    template: str
    where: str
    message: str

    def __str__(self) -> str:
        return f"{self.template}: {self.where}: {self.message}"


@dataclass(frozen=True)
class _Para:
    where: str
    text: str
    in_table: bool


# ---------------------------------------------------------------------------------------
# Reading the template's paragraphs with their location
# ---------------------------------------------------------------------------------------


def _part_label(name: str) -> str:
    stem = Path(name).stem
    if stem == "document":
        return ""
    kind = "koptekst" if stem.startswith("header") else "voettekst" if stem.startswith("footer") else "voetnoten"
    return f"{kind} {stem.lstrip('headerfotns') or '1'}, "


def _paragraphs(path: Path) -> Iterator[_Para]:
    with zipfile.ZipFile(path) as zf:
        names = sorted(n for n in zf.namelist() if _PARTS.match(n))
        names.sort(key=lambda n: 0 if n.endswith("document.xml") else 1)
        for name in names:
            root = etree.fromstring(zf.read(name))
            tables = list(root.iter(f"{W}tbl"))
            body_count = 0
            label = _part_label(name)
            for p in root.iter(f"{W}p"):
                text = "".join(t.text or "" for t in p.iter(f"{W}t"))
                tc = next((a for a in p.iterancestors(f"{W}tc")), None)
                if tc is None:
                    body_count += 1
                    yield _Para(f"{label}alinea {body_count}", text, False)
                    continue
                tr = tc.getparent()
                tbl = tr.getparent()
                row = [r for r in tbl if r.tag == f"{W}tr"].index(tr) + 1
                col = [c for c in tr if c.tag == f"{W}tc"].index(tc) + 1
                yield _Para(f"{label}tabel {tables.index(tbl) + 1}, rij {row}, kolom {col}", text, True)


# ---------------------------------------------------------------------------------------
# Schema resolution
# ---------------------------------------------------------------------------------------


@cache
def _schemas() -> tuple[dict[str, Any], dict[str, Any]]:
    case = json.loads(data_path("schemas", "case.schema.json").read_text(encoding="utf-8"))
    profile = json.loads(data_path("schemas", "profile.schema.json").read_text(encoding="utf-8"))
    return case, profile


Node = tuple[dict[str, Any], dict[str, Any]]  # (schema node, the root its $refs resolve against)


def _deref(node: Node) -> Node:
    schema, root = node
    case_root, _ = _schemas()
    while True:
        if "$ref" in schema and schema["$ref"].startswith("#/"):
            target: Any = root
            for part in schema["$ref"][2:].split("/"):
                target = target[part]
            schema = {**target, **{k: v for k, v in schema.items() if k != "$ref"}}
        elif "$case" in schema:
            target = case_root["$defs"]
            for part in schema["$case"].split("/"):
                target = target[part]
            schema, root = {**target, **{k: v for k, v in schema.items() if k != "$case"}}, case_root
        else:
            return schema, root


def _properties(node: Node) -> tuple[dict[str, Node], Node | None]:
    """Named properties of an object schema (allOf merged) and its additionalProperties schema."""
    schema, root = _deref(node)
    props = {k: (v, root) for k, v in schema.get("properties", {}).items()}
    extra = schema.get("additionalProperties")
    extra_node = (extra, root) if isinstance(extra, dict) else None
    for part in schema.get("allOf", []):
        sub_props, sub_extra = _properties((part, root))
        props = {**sub_props, **props}
        extra_node = extra_node or sub_extra
    return props, extra_node


def _child(node: Node, attr: str) -> Node | None:
    schema, _ = _deref(node)
    if schema is ANY or not schema:
        return (ANY, node[1])
    props, extra = _properties(node)
    if attr in props:
        return props[attr]
    if extra is not None:
        return extra
    if attr in _METHODS:
        return (ANY, node[1])
    return None


def _items(node: Node) -> Node:
    schema, root = _deref(node)
    items = schema.get("items")
    return (items, root) if isinstance(items, dict) else (ANY, root)


def _top_scope() -> dict[str, Node]:
    case, profile = _schemas()
    scope: dict[str, Node] = {k: (v, case) for k, v in case["properties"].items() if k != "$schema"}
    scope["profiel"] = (profile, profile)
    scope["brief"] = (BRIEF_SCHEMA, case)
    return scope


# ---------------------------------------------------------------------------------------
# The checks
# ---------------------------------------------------------------------------------------


class _Checker:
    def __init__(self, template: str, paras: list[_Para]) -> None:
        self.template = template
        self.paras = paras
        self.problems: list[LintProblem] = []
        self._seen: set[tuple[str, str]] = set()

    def report(self, where: str, message: str) -> None:
        if (where, message) not in self._seen:
            self._seen.add((where, message))
            self.problems.append(LintProblem(self.template, where, message))

    def at(self, lineno: int) -> str:
        return self.paras[max(0, min(lineno - 1, len(self.paras) - 1))].where if self.paras else "begin"

    # -- balance -----------------------------------------------------------------------
    def balance(self) -> bool:
        stack: list[tuple[str, str]] = []
        ok = True
        for para in self.paras:
            if para.text.count("{{") != para.text.count("}}") or para.text.count("{%") != para.text.count("%}"):
                self.report(para.where, "een {{ of {% is niet gesloten in deze alinea (of er staat een losse }} of %}).")
                ok = False
            for match in _TAG.finditer(para.text):
                prefix, word = match.group(1), match.group(2)
                if prefix == "tr" and not para.in_table:
                    self.report(para.where, "{%tr ... %} mag alleen in een tabelcel staan.")
                if word in _OPENERS and not (word == "set" and "=" in para.text[match.end():].split("%}")[0]):
                    stack.append((word, para.where))
                elif word in _MIDDLES:
                    if not stack or stack[-1][0] not in _MIDDLES[word]:
                        self.report(para.where, f"'{word}' zonder bijbehorende 'if' of 'for'.")
                        ok = False
                elif word.startswith("end"):
                    if stack and _OPENERS[stack[-1][0]] == word:
                        stack.pop()
                    else:
                        expected = f"; verwacht '{_OPENERS[stack[-1][0]]}'" if stack else ""
                        self.report(para.where, f"'{word}' zonder bijbehorende opening{expected}.")
                        ok = False
        for word, where in stack:
            self.report(where, f"'{word}' wordt nergens gesloten met '{_OPENERS[word]}'.")
            ok = False
        return ok

    # -- variables and filters ---------------------------------------------------------
    def names(self) -> None:
        source = "\n".join(_DOCXTPL_PREFIX.sub(r"\1 ", p.text) for p in self.paras)
        env = jinja_env()
        try:
            tree = env.parse(source)
        except TemplateSyntaxError as exc:
            self.report(self.at(exc.lineno), f"sjablooncode klopt niet: {exc.message}.")
            return
        self.visit(tree, _top_scope())

    def resolve(self, node: nodes.Node, scope: dict[str, Node]) -> Node | None:
        if isinstance(node, nodes.Name):
            if node.name in scope:
                return scope[node.name]
            if node.name not in _GLOBALS:
                self.report(self.at(node.lineno), f"onbekende variabele '{node.name}': staat niet in het casus- of profielschema.")
            return None
        if isinstance(node, (nodes.Getattr, nodes.Getitem)):
            if isinstance(node, nodes.Getitem) and not (isinstance(node.arg, nodes.Const) and isinstance(node.arg.value, str)):
                self.visit(node.arg, scope)
                base = self.resolve(node.node, scope)
                return _items(base) if base is not None else None
            attr = node.attr if isinstance(node, nodes.Getattr) else node.arg.value
            base = self.resolve(node.node, scope)
            if base is None:
                return None
            child = _child(base, attr)
            if child is None:
                self.report(self.at(node.lineno), f"onbekend veld '{_dotted(node)}': staat niet in het casus- of profielschema.")
            return child
        self.visit(node, scope)
        return (ANY, {})

    def visit(self, node: nodes.Node, scope: dict[str, Node]) -> None:
        env = jinja_env()
        if isinstance(node, nodes.For):
            self.visit(node.iter, scope)
            iterable = self.resolve(node.iter, scope) if isinstance(node.iter, (nodes.Name, nodes.Getattr, nodes.Getitem)) else (ANY, {})
            inner = dict(scope)
            item = _items(iterable) if iterable is not None else (ANY, {})
            for target in node.target.find_all(nodes.Name) if not isinstance(node.target, nodes.Name) else [node.target]:
                inner[target.name] = item if isinstance(node.target, nodes.Name) else (ANY, {})
            inner["loop"] = (ANY, {})
            for child in [*(node.body), *([node.test] if node.test else [])]:
                self.visit(child, inner)
            for child in node.else_:
                self.visit(child, scope)
            return
        if isinstance(node, (nodes.Assign, nodes.AssignBlock)):
            for child in ([node.node] if isinstance(node, nodes.Assign) else node.body):
                self.visit(child, scope)
            for target in node.target.find_all(nodes.Name) if not isinstance(node.target, nodes.Name) else [node.target]:
                scope[target.name] = (ANY, {})
            return
        if isinstance(node, nodes.Macro):
            inner = dict(scope)
            for arg in node.args:
                inner[arg.name] = (ANY, {})
            for child in node.body:
                self.visit(child, inner)
            scope[node.name] = (ANY, {})
            return
        if isinstance(node, (nodes.Name, nodes.Getattr, nodes.Getitem)):
            if not (isinstance(node, nodes.Name) and node.ctx != "load"):
                self.resolve(node, scope)
            return
        if isinstance(node, nodes.Filter) and node.name not in env.filters:
            self.report(self.at(node.lineno), f"onbekend filter '{node.name}'; bekend zijn onder meer: datum, bedrag, omvang, weekdag, getal.")
        if isinstance(node, nodes.Test) and node.name not in env.tests:
            self.report(self.at(node.lineno), f"onbekende test '{node.name}'.")
        for child in node.iter_child_nodes():
            self.visit(child, scope)


def _dotted(node: nodes.Node) -> str:
    if isinstance(node, nodes.Name):
        return node.name
    if isinstance(node, nodes.Getattr):
        return f"{_dotted(node.node)}.{node.attr}"
    if isinstance(node, nodes.Getitem) and isinstance(node.arg, nodes.Const):
        return f"{_dotted(node.node)}.{node.arg.value}"
    return "…"


def lint_template(path: Path, name: str | None = None) -> list[LintProblem]:
    """All problems in one .docx template; an empty list means it is clean."""
    label = name or path.name
    try:
        paras = list(_paragraphs(path))
    except (OSError, zipfile.BadZipFile, KeyError, etree.XMLSyntaxError) as exc:
        return [LintProblem(label, "bestand", f"geen geldig Word-bestand ({exc.__class__.__name__}).")]
    checker = _Checker(label, paras)
    if checker.balance():
        checker.names()
    return checker.problems


def lint_textblocks(path: Path, name: str | None = None) -> list[LintProblem]:
    """Text blocks are plain text: template code in them would print literally in a letter."""
    import tomllib

    label = name or path.name
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        return [LintProblem(label, "bestand", f"geen geldige TOML ({exc}).")]
    problems = []

    def walk(value: Any, where: str) -> None:
        if isinstance(value, dict):
            for key, sub in value.items():
                walk(sub, f"{where}.{key}" if where else key)
        elif isinstance(value, str) and re.search(r"\{\{|\{%", value):
            problems.append(LintProblem(label, where, "tekstblok bevat sjablooncode ({{ of {%); die komt letterlijk in de brief."))

    walk(data, "")
    return problems
