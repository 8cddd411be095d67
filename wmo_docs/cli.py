"""The ``wmo-docs`` command line: a thin layer over the library.

Subcommands live in ``wmo_docs.commands.<name>`` and are imported only when used,
so ``wmo-docs validate`` does not pay for loading spaCy.
"""

from __future__ import annotations

import importlib
import importlib.util
import sys

import click

from wmo_docs import __version__, cli_nl
from wmo_docs.errors import InputError

cli_nl.install()

# name -> (module, attribute, one-line Dutch help for the overview)
_COMMANDS: dict[str, tuple[str, str, str]] = {
    "validate": ("wmo_docs.commands.validate", "validate", "Controleer casus-JSON op schema en Wmo-regels."),
    "generate": ("wmo_docs.commands.generate", "generate", "Maak een beschikking of rapportage (.docx/.pdf) uit een casus."),
    "check": ("wmo_docs.commands.check", "check", "Controleer concepten (.docx, .pdf, .txt, .md) op juridische zwaktes."),
    "templates": ("wmo_docs.commands.templates", "templates", "Werk met de Word-sjablonen (lint)."),
    "rules": ("wmo_docs.commands.rules", "rules", "Toon de controleregels en hun uitleg."),
    "serve": ("wmo_docs.commands.serve", "serve", "Start de webapp en de HTTP-API (standaard op http://127.0.0.1:8000/)."),
}


class LazyGroup(click.Group):
    """A click group that imports a subcommand's module on first use."""

    def list_commands(self, ctx: click.Context) -> list[str]:
        return [name for name, (mod, _, _) in _COMMANDS.items() if importlib.util.find_spec(mod)]

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        entry = _COMMANDS.get(cmd_name)
        if entry is None:
            return None
        module = importlib.import_module(entry[0])
        command: click.Command = getattr(module, entry[1])
        _dutch_metavars(command)
        return command

    def format_commands(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        rows = [(name, _COMMANDS[name][2]) for name in self.list_commands(ctx)]
        if rows:
            with formatter.section("Opdrachten"):
                formatter.write_dl(rows)


def _dutch_metavars(command: click.Command) -> None:
    """Show "[OPTIES]" and "TEKST" instead of click's "[OPTIONS]" and "TEXT", also for nested groups."""
    command.options_metavar = "[OPTIES]"
    for param in command.params:
        if isinstance(param, click.Option) and param.metavar is None and not isinstance(param.type, click.Choice) and not getattr(param, "is_flag", False):
            param.metavar = cli_nl.METAVARS.get(param.type.name.lower(), param.type.name.upper())
    if isinstance(command, click.Group):
        command.subcommand_metavar = "OPDRACHT [ARGUMENTEN]..."
        for sub in command.commands.values():
            _dutch_metavars(sub)


CONTEXT_SETTINGS = {"help_option_names": ["-h", "--help"], "max_content_width": 100}


@click.group(
    cls=LazyGroup,
    context_settings=CONTEXT_SETTINGS,
    options_metavar="[OPTIES]",
    subcommand_metavar="OPDRACHT [ARGUMENTEN]...",
)
@click.version_option(__version__, "-V", "--version", prog_name="wmo-docs", message="%(prog)s %(version)s")
def cli() -> None:
    """wmo-docs: Wmo 2015-documenten valideren, genereren en controleren.

    \b
    Voorbeelden:
      wmo-docs validate examples/cases/
      wmo-docs generate examples/cases/01-*.json --document beschikking -o uit/
      wmo-docs check concept.docx --format html -o rapport.html

    Exitcodes: 0 = in orde, 1 = bevindingen, 2 = fout in gebruik of invoer.
    """


def main(argv: list[str] | None = None) -> None:
    """Entry point: run the CLI and turn input errors into exit code 2 with a Dutch message."""
    try:
        cli.main(args=argv, prog_name="wmo-docs", standalone_mode=True)
    except InputError as exc:  # pragma: no cover - commands normally handle these themselves
        click.echo(f"Fout: {exc}", err=True)
        sys.exit(2)


if __name__ == "__main__":  # pragma: no cover
    main()
