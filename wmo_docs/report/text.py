"""Terminal output: per file the findings with severity, rule ID, message, the quoted
words, legal basis and where; then a one-line summary (rich, colours when a terminal)."""

from __future__ import annotations

from rich.console import Console
from rich.padding import Padding
from rich.text import Text

from wmo_docs.findings import Severity
from wmo_docs.report.json_report import summary
from wmo_docs.report.model import FileReport

_STYLE = {Severity.ERROR: "bold red", Severity.WARNING: "yellow", Severity.INFO: "cyan"}


def _plural(n: int, one: str, many: str) -> str:
    return f"{n} {one if n == 1 else many}"


def print_text(reports: list[FileReport], console: Console) -> None:
    """Print all reports to a console."""
    for r in reports:
        header = Text(r.path, style="bold")
        if r.error:
            console.print(header)
            console.print(Padding(Text("fout bij lezen: ", style="bold red") + Text(r.error), (0, 0, 0, 2), expand=False))
            console.print()
            continue
        meta = " · ".join(x for x in (r.document, r.soort) if x)
        console.print(header + Text(f"  ({meta})" if meta else "", style="dim"))
        if not r.findings:
            console.print(Text("  geen bevindingen", style="green"))
        for f in r.findings:
            line = Text("  ")
            line.append(f"{f.severity.label:<13}", style=_STYLE[f.severity])
            line.append(f"{f.rule}", style="bold")
            if f.location is not None:
                line.append(f"  [{f.location.where}]", style="dim")
            console.print(line)
            console.print(Padding(Text(f.message), (0, 0, 0, 4), expand=False))
            quote = " ".join(f.location.quote.split()) if f.location is not None else ""
            if quote and quote not in f.message:
                console.print(Padding(Text(f"» {quote[:120]}", style="italic"), (0, 0, 0, 4), expand=False))
            if f.legal_basis:
                console.print(Padding(Text(f"grondslag: {f.legal_basis}", style="dim"), (0, 0, 0, 4), expand=False))
        console.print()
    s = summary(reports)
    parts = [
        _plural(s["files"], "bestand", "bestanden"),
        _plural(s["error"], "fout", "fouten"),
        _plural(s["warning"], "waarschuwing", "waarschuwingen"),
        _plural(s["info"], "advies", "adviezen"),
    ]
    if s["unreadable"]:
        parts.append(f"{s['unreadable']} niet te lezen")
    console.print(Text("Samenvatting: " + ", ".join(parts) + ".", style="bold"))


def render_text(reports: list[FileReport], *, width: int = 100) -> str:
    """The same output as plain text (for -o rapport.txt)."""
    console = Console(width=width, force_terminal=False, color_system=None, highlight=False)
    with console.capture() as cap:
        print_text(reports, console)
    return cap.get()

