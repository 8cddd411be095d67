"""``wmo-docs validate``: check case JSON files against the schema and the Wmo rules."""

from __future__ import annotations

import glob
import json
import sys
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import click

from wmo_docs import __version__
from wmo_docs.errors import InputError
from wmo_docs.findings import Finding, Severity

# Folders and patterns skip the expected-findings sidecars of examples/invalid/ and JSON
# Schemas; a file named explicitly is always validated.
SKIPPED_SUFFIXES = (".expected.json", ".schema.json")


@dataclass
class CaseResult:
    """The outcome for one input file."""

    path: str
    findings: list[Finding] = field(default_factory=list)
    error: str | None = None  # Dutch message when the file could not be read

    def valid(self, strict: bool) -> bool:
        if self.error is not None:
            return False
        failing = {Severity.ERROR, Severity.WARNING} if strict else {Severity.ERROR}
        return not any(f.severity in failing for f in self.findings)

    def to_dict(self, strict: bool) -> dict[str, Any]:
        data: dict[str, Any] = {"path": self.path, "valid": self.valid(strict), "findings": []}
        for f in self.findings:
            item = f.to_dict()
            item["pointer"] = f.pointer or ""
            data["findings"].append(item)
        if self.error is not None:
            data["error"] = self.error
        return data


def expand(inputs: tuple[str, ...]) -> Iterator[tuple[str, str | None]]:
    """Files to validate, in order: (path, None), or (argument, Dutch problem) when it gives nothing."""
    for arg in inputs:
        path = Path(arg)
        if path.is_dir():
            found = sorted(p for p in path.rglob("*.json") if p.is_file() and not p.name.endswith(SKIPPED_SUFFIXES))
            if not found:
                yield arg, "deze map bevat geen .json-bestanden."
            for p in found:
                yield str(p), None
        elif not path.exists() and glob.has_magic(arg):
            found_names = sorted(p for p in glob.glob(arg, recursive=True)
                                 if Path(p).is_file() and not p.endswith(SKIPPED_SUFFIXES))
            if not found_names:
                yield arg, "geen bestanden gevonden bij dit patroon."
            for name in found_names:
                yield name, None
        else:
            yield arg, None


def _summary(results: list[CaseResult], strict: bool) -> dict[str, int]:
    counts = {s.value: 0 for s in Severity}
    for r in results:
        for f in r.findings:
            counts[f.severity.value] += 1
    unreadable = sum(1 for r in results if r.error is not None)
    valid = sum(1 for r in results if r.valid(strict))
    return {
        "files": len(results), "valid": valid, "invalid": len(results) - valid - unreadable,
        "unreadable": unreadable, "errors": counts["error"], "warnings": counts["warning"], "info": counts["info"],
    }


def exit_code(results: list[CaseResult], strict: bool) -> int:
    if any(r.error is not None for r in results):
        return 2
    return 0 if all(r.valid(strict) for r in results) else 1


_STYLE = {Severity.ERROR: "bold red", Severity.WARNING: "yellow", Severity.INFO: "cyan"}


def _print_result(console: Any, result: CaseResult, strict: bool, quiet: bool) -> None:
    from rich.text import Text

    if result.error is not None:
        console.print(Text.assemble(("✗ ", "bold red"), result.path, ("  onleesbaar: ", "bold red"), result.error))
        return
    if result.valid(strict) and not result.findings:
        if not quiet:
            console.print(Text.assemble(("✓ ", "green"), result.path, ("  geldig", "green")))
        return
    mark = ("✓ ", "green") if result.valid(strict) else ("✗ ", "bold red")
    status = "  geldig, met opmerkingen" if result.valid(strict) else "  ongeldig"
    console.print(Text.assemble(mark, result.path, (status, mark[1])))
    for f in result.findings:
        console.print(Text.assemble(
            "  ", (f"{f.severity.label:<12}", _STYLE[f.severity]), " ", (f.pointer or "/", "bold"), "  ", (f.rule, "dim"),
        ))
        console.print(Text("    " + f.message))
        if f.hint:
            console.print(Text("    → " + f.hint, style="dim"))


def _print_summary(console: Any, summary: dict[str, int]) -> None:
    from rich.text import Text

    def n(count: int, one: str, many: str) -> str:
        return f"{count} {one if count == 1 else many}"

    parts = [n(summary["valid"], "geldig", "geldig"), n(summary["invalid"], "ongeldig", "ongeldig")]
    if summary["unreadable"]:
        parts.append(n(summary["unreadable"], "onleesbaar", "onleesbaar"))
    line = (
        f"{n(summary['files'], 'bestand', 'bestanden')}: {', '.join(parts)} · "
        f"{n(summary['errors'], 'fout', 'fouten')}, {n(summary['warnings'], 'waarschuwing', 'waarschuwingen')}"
    )
    ok = summary["invalid"] == 0 and summary["unreadable"] == 0
    console.print(Text(line, style="bold green" if ok else "bold red"))


@click.command(context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 100})
@click.argument("inputs", nargs=-1, metavar="CASUS.json|MAP|PATROON ...")
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True,
              help="Uitvoer: leesbare tekst of een JSON-rapport (schemas/validation-report.schema.json).")
@click.option("--profile", "profile_dir", metavar="MAP",
              help="Gemeenteprofiel (map met profile.json) voor alle casussen; standaard het profiel uit zaak.gemeente.")
@click.option("--strict", is_flag=True, help="Waarschuwingen tellen ook als fout (exitcode 1).")
@click.option("-q", "--quiet", is_flag=True, help="Toon alleen bestanden met bevindingen en de samenvatting.")
def validate(inputs: tuple[str, ...], fmt: str, profile_dir: str | None, strict: bool, quiet: bool) -> None:
    """Controleer casussen (JSON) op het casusschema en de regels van de Wmo 2015 en de Awb.

    Elke bevinding noemt het veld (als JSON-pointer, bijvoorbeeld /client/bsn), wat er
    mis is en hoe u het oplost. Geef bestanden, mappen (alle .json-bestanden daarin) of
    patronen op.

    \b
    Voorbeelden:
      wmo-docs validate examples/cases/01-huishoudelijke-ondersteuning-natura.json
      wmo-docs validate examples/cases/
      wmo-docs validate 'zaken/**/*.json' --strict
      wmo-docs validate zaak.json --profile profielen/mijngemeente
      wmo-docs validate examples/cases/ --format json > rapport.json

    \b
    Exitcodes: 0 = alle casussen geldig (waarschuwingen mogen, behalve met --strict),
               1 = een of meer casussen ongeldig, 2 = fout in gebruik of onleesbare invoer.
    """
    from rich.console import Console

    from wmo_docs.case import load_and_validate
    from wmo_docs.profile import Profile, load_profile

    err = Console(stderr=True, highlight=False, soft_wrap=True)
    if not inputs:
        err.print("Fout: geef ten minste één casusbestand, map of patroon op. Zie: wmo-docs validate --help", markup=False)
        sys.exit(2)
    profile: Profile | None = None
    if profile_dir is not None:
        try:
            profile = load_profile(Path(profile_dir))
        except InputError as exc:
            err.print(f"Fout in --profile: {exc}", markup=False)
            sys.exit(2)

    console = Console(highlight=False, soft_wrap=True)
    results: list[CaseResult] = []
    for path, problem in expand(inputs):
        result = CaseResult(path=path)
        if problem is not None:
            result.error = problem
        else:
            try:
                _, result.findings = load_and_validate(path, profile=profile)
            except InputError as exc:
                result.error = exc.message
        results.append(result)
        if fmt == "text":
            _print_result(console, result, strict, quiet)

    summary = _summary(results, strict)
    code = exit_code(results, strict)
    if fmt == "json":
        report = {
            "tool": "wmo-docs", "version": __version__, "command": "validate", "strict": strict,
            "files": [r.to_dict(strict) for r in results], "summary": summary, "exit_code": code,
        }
        click.echo(json.dumps(report, ensure_ascii=False, indent=2))
    else:
        _print_summary(console, summary)
    sys.exit(code)
