"""``wmo-docs check``: the thin CLI over wmo_docs.check."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from wmo_docs import outputs
from wmo_docs.errors import InputError
from wmo_docs.findings import Severity

EXIT_OK, EXIT_FINDINGS, EXIT_USAGE = 0, 1, 2
SOORT_CHOICES = ("toekenning", "afwijzing", "gedeeltelijke toekenning", "wijziging", "beëindiging")


def _codes(values: tuple[str, ...]) -> list[str]:
    return [c.strip().upper() for v in values for c in v.split(",") if c.strip()]


FORMATS = ("text", "json", "jsonl", "csv", "html", "docx")
REPORT_NAME = "wmo-docs-rapport"  # the documented file name when -o is a folder


def _fail(message: str) -> None:
    click.echo(f"Fout: {message}", err=True)
    sys.exit(EXIT_USAGE)


@click.command("check", context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 100})
@click.argument("paths", nargs=-1, required=True, metavar="BESTAND_OF_MAP...")
@click.option("--format", "fmt", type=click.Choice(FORMATS), default=None,
              help="Uitvoer: tekst in de terminal, JSON, JSON Lines (één regel per bestand), CSV voor Excel "
                   "(één rij per bevinding), een HTML-rapport (bij een map: een overzicht) of Word-bestanden "
                   "met opmerkingen. Standaard: tekst, of het formaat dat bij de extensie van -o hoort.")
@click.option("-o", "--output", type=click.Path(path_type=Path), default=None,
              help="Schrijf het rapport naar precies dit bestand (rapport.html, concept.opmerkingen.docx), "
                   "of naar een map (eindig met /): daarin heet het wmo-docs-rapport.<extensie> of, bij docx, "
                   "<naam>.opmerkingen.docx.")
@click.option("--profile", type=click.Path(path_type=Path), default=None,
              help="Map van het gemeenteprofiel (standaard: het voorbeeldprofiel Voorbeeldstad).")
@click.option("--select", multiple=True, help="Alleen deze regels, kommagescheiden; een voorvoegsel telt (AFWEGING).")
@click.option("--ignore", multiple=True, help="Sla deze regels over, kommagescheiden; een voorvoegsel telt.")
@click.option("--fail-on", type=click.Choice(["error", "warning"]), default="error", show_default=True,
              help="Exitcode 1 bij bevindingen van deze ernst of hoger.")
@click.option("--document", type=click.Choice(["beschikking", "rapportage"]), default=None,
              help="Soort document; standaard wordt dit herkend uit de tekst.")
@click.option("--soort", type=click.Choice(SOORT_CHOICES), default=None,
              help="Soort besluit; standaard wordt dit herkend uit het dictum.")
@click.option("--case", "case", type=click.Path(path_type=Path), default=None, metavar="CASUS.json",
              help="Controleer ook tegen de casus (JSON): naam, datums, voorziening, omvang, leveringsvorm en "
                   "aanbieder moeten kloppen (CASUS-CONSISTENTIE) en de wettelijke termijnen worden bekeken "
                   "(TERMIJN-OVERSCHREDEN). Documentsoort en besluitsoort komen dan uit de casus.")
@click.option("--force", is_flag=True, help="Overschrijf bestaande uitvoerbestanden.")
@click.option("--jobs", "-j", type=int, default=None, metavar="AANTAL",
              help="Aantal processen bij een map (standaard: aantal processorkernen, hooguit 2; 1 = geen aparte processen).")
@click.option("--include", multiple=True, metavar="PATROON", help="Bij een map: alleen bestanden of mappen die hierop passen (bijv. '*.docx', 'team-noord').")
@click.option("--exclude", multiple=True, metavar="PATROON", help="Bij een map: sla bestanden of mappen over die hierop passen (bijv. 'archief').")
@click.option("--per-auteur", is_flag=True,
              help="Toon in het HTML-overzicht cijfers per auteur (uit de Word-eigenschappen). Dit zijn persoonsgegevens.")
@click.option("--progress", is_flag=True, default=None, help="Toon een voortgangsbalk (standaard alleen in een terminal).")
def check(paths, fmt, output, profile, select, ignore, fail_on, document, soort, case, force,
          jobs, include, exclude, per_auteur, progress) -> None:
    """Controleer concepten van beschikkingen en rapportages op juridische zwaktes.

    Leest .docx, .pdf (met tekstlaag), .txt en .md; mappen worden doorzocht en
    jokertekens (*.docx) werken ook. Elke bevinding noemt de regel, de ernst, de
    gevonden woorden, de wettelijke grondslag en de plek in het document.

    \b
    Voorbeelden:
      wmo-docs check concept.docx
      wmo-docs check concepten/ --format json -o rapport.json
      wmo-docs check concept.docx --select AFWEGING --fail-on warning
      wmo-docs check concept.docx --ignore PLACEHOLDER --profile profielen/mijnstad
      wmo-docs check concept.docx --format docx -o concept-met-opmerkingen.docx
      wmo-docs check concept.docx --case zaak.json

    \b
    Exitcodes: 0 = geen bevindingen (op of boven --fail-on), 1 = bevindingen,
    2 = fout in gebruik of invoer (bestand onleesbaar, onbekende regel, ...).
    """
    from wmo_docs.check import check_paths
    from wmo_docs.rules.engine import unknown_codes

    try:
        fmt = outputs.format_for(output, fmt, "text", allowed=FORMATS)
    except InputError as exc:
        _fail(str(exc))
    if output is not None and fmt != "docx" and outputs.is_folder(output):
        output = output / f"{REPORT_NAME}{outputs.SUFFIXES[fmt][0]}"
    sel, ign = _codes(select), _codes(ignore)
    bad = unknown_codes(sel)
    if bad:  # selecting a rule that does not exist checks nothing: a usage error
        _fail(f"onbekende regel(s) bij --select: {', '.join(bad)}. Zie 'wmo-docs rules' voor de lijst.")
    for code in unknown_codes(ign):  # ignoring one is harmless; it may be a rule this version lacks
        click.echo(f"Let op: regel {code} bestaat niet in deze versie; --ignore {code} heeft geen effect.", err=True)
    from wmo_docs.batch.cli import run_command, wants_batch
    from wmo_docs.rules.case_facts import load_case

    try:
        facts = load_case(case)  # a case file that cannot be used stops the run before any draft is read
    except InputError as exc:
        _fail(str(exc))
        return

    if wants_batch(paths, fmt):
        try:
            sys.exit(run_command(
                paths, fmt=fmt, output=output, force=force, fail_on=fail_on,
                emit=lambda reports: _emit(reports, fmt, output, True), jobs=jobs, include=include,
                exclude=exclude, per_auteur=per_auteur, progress=progress, profile=profile,
                document=document, soort=soort, select=sel, ignore=ign, case=facts,
            ))
        except InputError as exc:
            _fail(str(exc))
    if fmt in ("jsonl", "csv"):  # pragma: no cover - wants_batch takes these
        _fail(f"--format {fmt} hoort bij een map of meer bestanden.")
    try:
        reports = list(check_paths(list(paths), profile=profile, document=document, soort=soort, select=sel, ignore=ign,
                                   case=facts))
    except InputError as exc:
        _fail(str(exc))
        return
    try:
        _emit(reports, fmt, output, force, profile)
    except InputError as exc:
        _fail(str(exc))
    threshold = Severity(fail_on).rank
    if any(r.error for r in reports):
        sys.exit(EXIT_USAGE)
    if any(f.severity.rank >= threshold for r in reports for f in r.findings):
        sys.exit(EXIT_FINDINGS)
    sys.exit(EXIT_OK)


def _emit(reports, fmt: str, output: Path | None, force: bool, profile: Path | None = None) -> None:
    """Write the report in the asked format: to stdout, or atomically to -o."""
    if fmt == "text" and output is None:
        from rich.console import Console

        from wmo_docs.report.text import print_text

        print_text(reports, Console(highlight=False))
        return
    if fmt == "docx":
        from wmo_docs.profile import load_profile

        _emit_docx(reports, output, force, author=load_profile(profile).organisatie)
        return
    if fmt == "text":
        from wmo_docs.report.text import render_text as render
    elif fmt == "json":
        from wmo_docs.report.json_report import render_json as render
    else:
        from wmo_docs.report.html import render_html as render
    text = render(reports)
    if output is None:
        click.echo(text, nl=False)
    else:
        outputs.write_atomic(output, text, force=force)


def _emit_docx(reports, output: Path | None, force: bool, *, author: str) -> None:
    """One annotated copy per .docx input; -o is a file for one input, a folder for more."""
    docx_reports = [r for r in reports if r.path.lower().endswith(".docx") and not r.error]
    if not docx_reports:
        raise InputError("--format docx werkt alleen voor .docx-concepten die gelezen konden worden.")
    from wmo_docs.report.docx_comments import annotate_docx

    many = len(docx_reports) > 1
    targets = []
    for r in docx_reports:
        src = Path(r.path)
        name = f"{src.stem}.opmerkingen.docx"
        targets.append(outputs.target(output, name, fmt="docx", many=many, base=src.parent))
    for target in targets:  # refuse before writing anything, so a run never stops half-way
        outputs.refuse_existing(target, force=force)
    for r, target in zip(docx_reports, targets):
        # refuses the draft itself; writes atomically
        annotate_docx(r, target, force=force, author=author)
        click.echo(f"Geschreven: {target}", err=True)
