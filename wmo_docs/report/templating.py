"""The Jinja environment of wmo-docs' own HTML reports (not of the letters: see render/)."""

from __future__ import annotations

from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # jinja2 only where a report is rendered, not in a batch worker
    from jinja2 import Template


@cache
def html_template(folder: Path, name: str) -> Template:
    """A report template, loaded once: autoescaped (draft text is data) and strict (a typo fails loudly)."""
    from jinja2 import Environment, FileSystemLoader, StrictUndefined

    env = Environment(
        loader=FileSystemLoader(str(folder)),
        autoescape=True,
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )
    return env.get_template(name)


def shorten_at_word(text: str, limit: int) -> str:
    """One line of at most ``limit`` characters, cut at a word boundary, for quotes in reports."""
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rsplit(" ", 1)[0] + " …"
