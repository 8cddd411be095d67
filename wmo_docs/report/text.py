"""Terminal output: per file the findings with severity, rule ID, message, the quoted
words, legal basis and where; then a one-line summary (rich, colours when a terminal)."""

from __future__ import annotations

import textwrap

from rich.console import Console
from rich.text import Text

from wmo_docs.findings import Severity
from wmo_docs.report.json_report import summary
from wmo_docs.report.model import FileReport

_STYLE = {Severity.ERROR: "bold red", Severity.WARNING: "yellow", Severity.INFO: "cyan"}


def _plural(n: int, one: str, many: str) -> str:
    return f"{n} {one if n == 1 else many}"


def _para(console: Console, text: str, indent: int, style: str = "") -> None:
    """A wrapped, indented paragraph without trailing padding (copy-paste friendly)."""
    width = max(40, console.width - 1)
    pad = " " * indent
    wrapped = textwrap.fill(" ".join(text.split()), width=width, initial_indent=pad, subsequent_indent=pad)
    console.print(Text(wrapped, style=style), soft_wrap=True)


def print_text(reports: list[FileReport], console: Console) -> None:
    """Print all reports to a console."""
    for r in reports:
        header = Text(r.path, style="bold")
        if r.error:
            console.print(header)
            _para(console, f"fout bij lezen: {r.error}", 2, "red")
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
            _para(console, f.message, 4)
            quote = " ".join(f.location.quote.split()) if f.location is not None else ""
            if quote and quote not in f.message:
                _para(console, f"» {quote[:120]}", 4, "italic")
            if f.legal_basis:
                _para(console, f"grondslag: {f.legal_basis}", 4, "dim")
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

