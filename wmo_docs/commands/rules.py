"""``wmo-docs rules``: list the check rules, or explain one the way ``ruff rule`` does."""

from __future__ import annotations

import difflib
import sys

import click
from rich.console import Console
from rich.markdown import Markdown
from rich.table import Table

from wmo_docs.rules.catalogue import load_rules
from wmo_docs.rules.docs import applies_to_text, rule_markdown, rules_page

_SEVERITY_STYLE = {"error": "bold red", "warning": "yellow", "info": "cyan"}


def _overview(catalogue, width: int) -> Table:
    """The rule table; below 100 columns "Geldt voor" moves under the title so no word is cut."""
    narrow = width < 100
    table = Table(title=f"Controleregels ({len(catalogue)})", title_justify="left", expand=False)
    table.add_column("Regel", no_wrap=True)
    table.add_column("Ernst", no_wrap=True)
    if not narrow:
        table.add_column("Geldt voor")
    table.add_column("Controleert", min_width=20)
    for rule in catalogue:
        severity = f"[{_SEVERITY_STYLE[rule.severity.value]}]{rule.severity.label}[/]"
        if narrow:
            table.add_row(rule.id, severity, f"{rule.title}\n[dim]{applies_to_text(rule)}[/]")
        else:
            table.add_row(rule.id, severity, applies_to_text(rule), rule.title)
    return table


@click.command("rules", context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 100})
@click.argument("rule_id", required=False, metavar="[REGEL-ID]")
@click.option("--format", "fmt", type=click.Choice(["text", "markdown"]), default="text", show_default=True,
              help="text: opgemaakt in de terminal; markdown: platte Markdown (zoals docs/regels.md).")
def rules(rule_id: str | None, fmt: str) -> None:
    """Toon alle controleregels, of leg één regel uit.

    \b
    Zonder REGEL-ID: een tabel met elke regel, zijn ernst en waarvoor hij geldt.
    Met REGEL-ID: wat de regel controleert, waarom (de wettelijke grondslag), een
    voorbeeld dat afgaat, een voorbeeld dat goed is, hoe u het oplost en hoe u de
    regel in het gemeenteprofiel aanpast.

    \b
    Voorbeelden:
      wmo-docs rules
      wmo-docs rules BEZWAAR-CLAUSULE
      wmo-docs rules --format markdown > regels.md
    """
    catalogue = load_rules()
    console = Console()
    if rule_id is None:
        if fmt == "markdown":
            click.echo(rules_page(catalogue), nl=False)
            return
        console.print(_overview(catalogue, console.width))
        console.print("Uitleg bij een regel: [bold]wmo-docs rules REGEL-ID[/]")
        return
    wanted = rule_id.strip().upper()
    rule = next((r for r in catalogue if r.id == wanted), None)
    if rule is None:
        ids = [r.id for r in catalogue]
        close = difflib.get_close_matches(wanted, ids, n=3, cutoff=0.5)
        hint = f" Bedoelde u {' of '.join(close)}?" if close else " Zie 'wmo-docs rules' voor alle regels."
        click.echo(f"Fout: onbekende regel '{rule_id}'.{hint}", err=True)
        sys.exit(2)
    text = rule_markdown(rule, heading="#")
    if fmt == "markdown":
        click.echo(text, nl=False)
    else:
        console.print(Markdown(text))
