"""``wmo-docs templates``: work with the Word templates (lint)."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from wmo_docs.errors import InputError


@click.group("templates")
def templates() -> None:
    """Werk met de Word-sjablonen van beschikking en rapportage."""


@templates.command("lint")
@click.argument("files", nargs=-1, type=click.Path(path_type=Path), metavar="[SJABLOON.docx]...")
@click.option("--profile", "-p", type=click.Path(path_type=Path), help="Map met het gemeenteprofiel; controleert ook de eigen sjablonen ervan.")
def lint(files: tuple[Path, ...], profile: Path | None) -> None:
    """Controleer sjablonen: tags in balans, bekende filters, alle variabelen bestaan in het schema.

    \b
    Zonder bestanden: de sjablonen die voor het profiel gelden (eigen of meegeleverd)
    en de tekstblokken. Exitcodes: 0 = in orde, 1 = problemen, 2 = fout in invoer.
    """
    from wmo_docs.profile import load_profile
    from wmo_docs.render.context import DOCUMENTS
    from wmo_docs.render.engine import template_path
    from wmo_docs.render.lint import lint_template, lint_textblocks
    from wmo_docs.render.textblocks import TEXTBLOCKS_KEY
    from wmo_docs.resources import data_path

    try:
        prof = load_profile(profile)
        problems = []
        checked = 0
        if files:
            for path in files:
                if not path.is_file():
                    raise InputError("sjabloon niet gevonden.", path)
                linter = lint_textblocks if path.suffix.lower() == ".toml" else lint_template
                problems += linter(path, str(path))
                checked += 1
        else:
            for document in DOCUMENTS:
                path = template_path(document, prof)
                problems += lint_template(path, str(path))
                checked += 1
            blocks = [data_path("templates", "tekstblokken.toml")]
            own = prof.data.get("sjablonen", {}).get(TEXTBLOCKS_KEY)
            if own:
                blocks.append(prof.file(own))
            for path in blocks:
                problems += lint_textblocks(path, str(path))
                checked += 1
    except InputError as exc:
        click.echo(f"Fout: {exc}", err=True)
        sys.exit(2)
    for problem in problems:
        click.echo(str(problem))
    if problems:
        click.echo(f"{len(problems)} probleem/problemen in {checked} bestand(en).", err=True)
        sys.exit(1)
    click.echo(f"In orde: {checked} bestand(en) gecontroleerd.")
