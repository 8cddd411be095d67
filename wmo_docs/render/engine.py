"""Render a docxtpl template with a context: one Jinja environment, cached template bytes.

The environment is built once (autoescape on, the Dutch filters registered); template
files are read once per process and rendered from memory, so a batch of 200 letters
costs little more than 200 raw docxtpl renders.
"""

from __future__ import annotations

import io
import os
from collections.abc import Mapping
from functools import cache
from pathlib import Path
from typing import Any

from docx.enum.style import WD_STYLE_TYPE
from docx.oxml.ns import qn
from docx.shared import Mm, RGBColor
from docxtpl import DocxTemplate, InlineImage
from jinja2 import ChainableUndefined, Environment, TemplateError

from wmo_docs.errors import InputError
from wmo_docs.profile import Profile
from wmo_docs.render.formatting import FILTERS
from wmo_docs.resources import data_path

LOGO_HEIGHT = Mm(14)


@cache
def jinja_env() -> Environment:
    """The one Jinja environment: autoescape on, so case text can never become template code."""
    env = Environment(autoescape=True, undefined=ChainableUndefined)
    env.filters.update(FILTERS)
    return env


def template_path(document: str, profile: Profile) -> Path:
    """The profile's own template when ``sjablonen`` names one, else the bundled template."""
    relative = profile.data.get("sjablonen", {}).get(document)
    if relative:
        path = profile.file(relative)
        if not path.is_file():
            raise InputError(f"sjabloon '{document}' uit het profiel bestaat niet.", path)
        return path
    return data_path("templates", document, f"{document}.docx")


@cache
def _read_bytes(path: Path, _mtime_ns: int) -> bytes:
    return path.read_bytes()


def template_bytes(path: Path) -> bytes:
    """Template bytes, read once per process (re-read when the file changes)."""
    try:
        return _read_bytes(path, os.stat(path).st_mtime_ns)
    except OSError as exc:
        raise InputError(f"sjabloon is niet te lezen ({exc.strerror}).", path) from None


def _apply_house_style(tpl: DocxTemplate, profile: Profile) -> None:
    """Font and colour from the profile go into the styles, never into runs."""
    style_data = profile.data.get("huisstijl", {})
    font, colour = style_data.get("lettertype"), style_data.get("kleur")
    if not font and not colour:
        return
    styles = tpl.docx.styles
    if font:
        for style in styles:
            if style.type not in (WD_STYLE_TYPE.PARAGRAPH, WD_STYLE_TYPE.CHARACTER):
                continue
            rpr = style.element.rPr
            fonts = rpr.find(qn("w:rFonts")) if rpr is not None else None
            if fonts is not None and fonts.get(qn("w:ascii")) and fonts.get(qn("w:ascii")) != font:
                for attr in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):
                    fonts.set(qn(attr), font)
    if colour:
        for name in ("Heading 1", "Title"):
            try:
                style = styles[name]
            except KeyError:
                continue
            style.font.color.rgb = RGBColor.from_string(colour.upper())


def render_docx(path: Path, context: Mapping[str, Any], profile: Profile) -> bytes:
    """Render one template with one context to .docx bytes."""
    tpl = DocxTemplate(io.BytesIO(template_bytes(path)))
    ctx = dict(context)
    brief = dict(ctx.get("brief", {}))
    logo = profile.data.get("huisstijl", {}).get("logo")
    logo_path = profile.file(logo) if logo else None
    brief["logo"] = InlineImage(tpl, str(logo_path), height=LOGO_HEIGHT) if logo_path and logo_path.is_file() else ""
    ctx["brief"] = brief
    try:
        tpl.render(ctx, jinja_env(), autoescape=True)
    except TemplateError as exc:
        raise InputError(
            f"sjabloon bevat een fout: {exc.message or exc}. Draai 'wmo-docs templates lint'.", path
        ) from None
    _apply_house_style(tpl, profile)
    props = tpl.docx.core_properties
    props.author = props.last_modified_by = profile.organisatie  # not "wmo-docs": the gemeente signs
    out = io.BytesIO()
    tpl.save(out)
    return out.getvalue()
