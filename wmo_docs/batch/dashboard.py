"""The batch dashboard: where is the team weak, instead of 400 separate reports.

One self-contained HTML page (no scripts, Content-Security-Policy, autoescaped) with
totals per rule and severity, per document kind and soort, the share of clean
letters, the most frequent weak spots with example quotes that link into each
draft's own report, the groups of standard motivation, and — only on request,
because it is personal data — the figures per author.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from wmo_docs.batch.standaardmotivering import RULE as STANDAARD_RULE
from wmo_docs.batch.standaardmotivering import Group
from wmo_docs.findings import Finding, Severity
from wmo_docs.report.model import FileReport
from wmo_docs.report.templating import html_template, shorten_at_word

_TEMPLATES = Path(__file__).resolve().parent / "templates"
_PLURAL = {"error": "fouten", "warning": "waarschuwingen", "info": "adviezen"}
MAX_EXAMPLES = 3
MAX_WEAK_SPOTS = 10


@dataclass
class FileEntry:
    """One file of the batch as the dashboard knows it."""

    report: FileReport
    link: str | None = None  # relative URL of the draft's own report
    author: str | None = None


@dataclass
class _RuleRow:
    rule: str
    counts: dict[str, int] = field(default_factory=lambda: {s.value: 0 for s in Severity})
    letters: int = 0
    examples: list[tuple[str, str | None, str, bool]] = field(default_factory=list)  # (file, link, text, is quote)

    @property
    def total(self) -> int:
        return sum(self.counts.values())

    @property
    def worst(self) -> str:
        return next((s.value for s in Severity if self.counts[s.value]), "info")


@dataclass
class _KindRow:
    document: str
    soort: str
    letters: int = 0
    clean: int = 0
    counts: dict[str, int] = field(default_factory=lambda: {s.value: 0 for s in Severity})


@dataclass
class _AuthorRow:
    author: str
    letters: int = 0
    clean: int = 0
    counts: dict[str, int] = field(default_factory=lambda: {s.value: 0 for s in Severity})
    rules: Counter = field(default_factory=Counter)


def finding_anchor(report: FileReport, finding: Finding) -> str:
    """Anchor of a finding inside the draft's own HTML report.

    Mirrors the numbering of ``wmo_docs.report.html`` (general findings first, then in
    text order); a test renders both and checks that the anchor exists.
    """
    ordered = sorted(
        report.findings,
        key=lambda f: (
            f.location is not None,
            f.location.block if f.location else -1,
            f.location.start if f.location else 0,
            -f.severity.rank,
        ),
    )
    for n, f in enumerate(ordered, start=1):
        if f is finding:
            return f"#bestand-1-bevinding-{n}"
    return "#bestand-1"


def _pct(part: int, whole: int) -> int:
    return round(100 * part / whole) if whole else 0


def render_dashboard(
    entries: Sequence[FileEntry],
    groups: Sequence[Group] = (),
    *,
    per_auteur: bool = False,
    planned: int | None = None,
    title: str = "Controle van een map met concepten",
    generated: datetime | None = None,
) -> str:
    """The dashboard page for a batch (``planned`` > number of entries: the run was stopped)."""
    readable = [e for e in entries if not e.report.error]
    unread = [e for e in entries if e.report.error]
    totals = {s.value: 0 for s in Severity}
    rules: dict[str, _RuleRow] = {}
    kinds: dict[tuple[str, str], _KindRow] = {}
    authors: dict[str, _AuthorRow] = {}
    for e in readable:
        r = e.report
        counts = r.counts()
        for k, v in counts.items():
            totals[k] += v
        key = (r.document or "onbekend", r.soort or "onbekend")
        kind = kinds.setdefault(key, _KindRow(*key))
        kind.letters += 1
        kind.clean += not r.findings
        for k, v in counts.items():
            kind.counts[k] += v
        seen: set[str] = set()
        for f in r.findings:
            row = rules.setdefault(f.rule, _RuleRow(f.rule))
            row.counts[f.severity.value] += 1
            if f.rule not in seen:
                seen.add(f.rule)
                row.letters += 1
                if len(row.examples) < MAX_EXAMPLES:
                    quote = f.location.quote if f.location and f.location.quote else ""
                    is_quote = len(quote.split()) >= 4  # a bare heading says less than the message
                    link = e.link + finding_anchor(r, f) if e.link else None
                    row.examples.append((r.path, link, shorten_at_word(quote if is_quote else f.message, 200), is_quote))
        if per_auteur:
            name = e.author or "(onbekend)"
            a = authors.setdefault(name, _AuthorRow(name))
            a.letters += 1
            a.clean += not r.findings
            for k, v in counts.items():
                a.counts[k] += v
            a.rules.update({f.rule for f in r.findings})
    rule_rows = sorted(rules.values(), key=lambda x: (-x.letters, -x.total, x.rule))
    weak = [x for x in rule_rows if x.letters][:MAX_WEAK_SPOTS]
    max_letters = max((x.letters for x in rule_rows), default=0)
    links = {e.report.path: e.link for e in entries}
    group_views = [
        {
            "number": g.number,
            "letters": len(g.members),
            "similarity": round(100 * g.similarity),
            "quote": shorten_at_word(g.members[0][1].text, 400),
            "files": [(entries[i].report.path, _group_link(entries[i], g)) for i in g.files],
        }
        for g in groups
    ]
    clean = sum(1 for e in readable if not e.report.findings)
    no_errors = sum(1 for e in readable if not e.report.counts()["error"])
    return html_template(_TEMPLATES, "dashboard.html.j2").render(
        title=title,
        generated=(generated or datetime.now()).strftime("%d-%m-%Y %H:%M"),
        planned=planned if planned is not None else len(entries),
        checked=len(entries),
        readable=len(readable),
        unread=unread,
        clean=clean,
        clean_pct=_pct(clean, len(readable)),
        no_errors=no_errors,
        no_errors_pct=_pct(no_errors, len(readable)),
        totals=totals,
        severities=list(Severity),
        plural=_PLURAL,
        rule_rows=rule_rows,
        max_letters=max_letters,
        weak=weak,
        kinds=sorted(kinds.values(), key=lambda k: (k.document, k.soort)),
        groups=group_views,
        standaard_rule=STANDAARD_RULE,
        per_auteur=per_auteur,
        authors=sorted(authors.values(), key=lambda a: (-a.letters, a.author)),
        files=entries,
        links=links,
        pct=_pct,
    )


def _group_link(entry: FileEntry, group: Group) -> str | None:
    if not entry.link:
        return None
    for f in entry.report.findings:
        if f.rule == STANDAARD_RULE and f.extra.get("groep") == group.number:
            return entry.link + finding_anchor(entry.report, f)
    return entry.link


def group_counts(entries: Sequence[FileEntry]) -> dict[str, int]:
    """Findings per rule over the batch (used by tests and the terminal summary)."""
    out: dict[str, int] = defaultdict(int)
    for e in entries:
        for f in e.report.findings:
            out[f.rule] += 1
    return dict(out)
