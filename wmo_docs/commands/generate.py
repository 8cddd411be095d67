"""``wmo-docs generate``: make beschikkingen or rapportages (.docx, optionally PDF/A) from cases."""

from __future__ import annotations

import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import click

from wmo_docs.errors import InputError
from wmo_docs.findings import Finding
from wmo_docs.jsonio import read_json

@dataclass
class _Job:
    source: Path
    case: dict[str, Any]
    docx: Path
    pdf: Path | None


def _collect(paths: tuple[Path, ...]) -> list[Path]:
    files: list[Path] = []
    for path in paths:
        if path.is_dir():
            found = sorted(p for p in path.glob("*.json") if p.is_file())
            if not found:
                raise InputError("deze map bevat geen casusbestanden (*.json).", path)
            files.extend(found)
        else:
            files.append(path)
    return files


def _print_findings(source: Path, findings: list[Finding]) -> None:
    click.echo(f"{source}: de casus is niet geldig; er is niets gemaakt.", err=True)
    for f in findings:
        where = f" {f.pointer}" if f.pointer else ""
        click.echo(f"  {f.severity.label} {f.rule}{where}: {f.message}", err=True)
        if f.hint:
            click.echo(f"      {f.hint}", err=True)


def _targets(source_count: int, output: Path | None, case: dict[str, Any], document: str, pdf: bool) -> tuple[Path, Path | None]:
    """The .docx (and .pdf) to write: -o literally, or the documented name inside a folder."""
    from wmo_docs import outputs
    from wmo_docs.render import output_name

    if output is not None and not outputs.is_folder(output) and output.suffix.lower() == ".pdf":
        if not pdf:
            raise InputError("-o noemt een PDF; voeg --pdf toe, of noem het bestand ….docx.", output)
        docx = outputs.target(outputs.sibling(output, "docx"), "", fmt="docx", many=source_count > 1)
        return docx, output
    docx = outputs.target(output, output_name(case, document), fmt="docx", many=source_count > 1)
    return docx, outputs.sibling(docx, "pdf") if pdf else None


def _progress(total: int):
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

    return Progress(
        TextColumn("[bold]Documenten maken"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeRemainingColumn(),
        console=Console(stderr=True),
        transient=True,
        disable=total < 2,
    )


@click.command("generate")
@click.argument("cases", nargs=-1, required=True, type=click.Path(path_type=Path), metavar="CASUS.json|MAP...")
@click.option(
    "--document", "-d", required=True, type=click.Choice(["beschikking", "rapportage"]),
    help="Welk document: de beschikking (besluit) of de rapportage (verslag van onderzoek).",
)
@click.option("--profile", "-p", type=click.Path(path_type=Path), help="Map met het gemeenteprofiel (standaard: het profiel van de casus).")
@click.option("--output", "-o", type=click.Path(path_type=Path), help="Uitvoermap (eindig met /), of bij één casus de bestandsnaam (.docx), precies zoals gegeven.")
@click.option("--pdf", is_flag=True, help="Maak ook een PDF/A voor het archief (met LibreOffice).")
@click.option("--force", is_flag=True, help="Overschrijf bestaande bestanden.")
def generate(cases: tuple[Path, ...], document: str, profile: Path | None, output: Path | None, pdf: bool, force: bool) -> None:
    """Maak een beschikking of rapportage uit een of meer casussen (of een map met casussen).

    \b
    Voorbeelden:
      wmo-docs generate zaak.json -d beschikking -o uit/
      wmo-docs generate examples/cases/ -d rapportage -o uit/ --pdf

    Exitcodes: 0 = gemaakt, 1 = een casus is niet geldig, 2 = fout in gebruik of invoer.
    """
    try:
        code = _run(cases, document, profile, output, pdf, force)
    except InputError as exc:
        click.echo(f"Fout: {exc}", err=True)
        code = 2
    sys.exit(code)


def _run(cases: tuple[Path, ...], document: str, profile_dir: Path | None, output: Path | None, pdf: bool, force: bool) -> int:
    from wmo_docs.profile import load_profile
    from wmo_docs.render import check_profile, profile_for_case, render
    from wmo_docs.outputs import refuse_existing, write_atomic
    from wmo_docs.render.validation import blocking, validate

    profile = load_profile(profile_dir) if profile_dir else None
    files = _collect(cases)
    jobs: list[_Job] = []
    invalid = 0
    for source in files:
        data = read_json(source, "casusbestand")
        prof = profile or profile_for_case(data)
        findings = validate(data, prof)
        if blocking(findings):
            _print_findings(source, findings)
            invalid += 1
            continue
        check_profile(data, prof, source)
        docx, pdf_path = _targets(len(files), output, data, document, pdf)
        jobs.append(_Job(source, data, docx, pdf_path))

    names = [j.docx for j in jobs] + [j.pdf for j in jobs if j.pdf]
    duplicates = {p for p in names if names.count(p) > 1}
    if duplicates:
        raise InputError(f"twee casussen geven dezelfde bestandsnaam ({sorted(duplicates)[0].name}); geef ze een eigen zaaknummer.")
    refused = []
    for path in names:
        try:
            refuse_existing(path, force=force)
        except InputError as exc:
            refused.append(exc)
    for exc in refused:
        click.echo(f"Fout: {exc}", err=True)
    if refused:
        return 2

    written: list[Path] = []
    with _progress(len(jobs)) as progress:
        task = progress.add_task("maken", total=len(jobs))
        for job in jobs:
            prof = profile or profile_for_case(job.case)
            try:
                data = render(job.case, document, prof)
                pdf_data = None
                if job.pdf is not None:  # convert first, so a failing PDF leaves no half result
                    from wmo_docs.render.pdf import docx_to_pdf

                    pdf_data = docx_to_pdf(data, job.docx.stem)
                written.append(write_atomic(job.docx, data, force=force))
                if job.pdf is not None and pdf_data is not None:
                    written.append(write_atomic(job.pdf, pdf_data, force=force))
            except InputError as exc:
                raise InputError(f"{exc.message}", exc.path or job.source) from None
            progress.advance(task)
    for path in written:
        click.echo(f"gemaakt: {path}")
    return 1 if invalid else 0
