"""The JSON report: one object for a whole run, validated by schemas/report.schema.json."""

from __future__ import annotations

import json
from typing import Any

from wmo_docs import __version__
from wmo_docs.findings import Finding
from wmo_docs.report.model import FileReport


def _finding(f: Finding) -> dict[str, Any]:
    data: dict[str, Any] = {
        "rule": f.rule,
        "severity": f.severity.value,
        "message": f.message,
        "legal_basis": f.legal_basis,
    }
    if f.hint:
        data["fix"] = f.hint
    if f.location is not None:
        loc = f.location
        data["location"] = {"block": loc.block, "start": loc.start, "end": loc.end, "quote": loc.quote, "where": loc.where}
    if f.extra:
        data["extra"] = f.extra
    return data


def summary(reports: list[FileReport]) -> dict[str, Any]:
    """Totals for a run: files, unreadable files, findings per severity and per rule."""
    per_rule: dict[str, int] = {}
    totals = {"error": 0, "warning": 0, "info": 0}
    for r in reports:
        for f in r.findings:
            totals[f.severity.value] += 1
            per_rule[f.rule] = per_rule.get(f.rule, 0) + 1
    return {
        "files": len(reports),
        "files_with_findings": sum(1 for r in reports if r.findings),
        "unreadable": sum(1 for r in reports if r.error),
        "findings": sum(totals.values()),
        **totals,
        "per_rule": dict(sorted(per_rule.items())),
    }


def report_dict(reports: list[FileReport]) -> dict[str, Any]:
    files = []
    for r in reports:
        entry: dict[str, Any] = {
            "path": r.path,
            "document": r.document,
            "soort": r.soort,
            "findings": [_finding(f) for f in r.findings],
        }
        if r.error:
            entry["error"] = r.error
        files.append(entry)
    return {"tool": "wmo-docs", "version": __version__, "files": files, "summary": summary(reports)}


def render_json(reports: list[FileReport]) -> str:
    """The report as indented JSON text (UTF-8, Dutch characters unescaped)."""
    return json.dumps(report_dict(reports), ensure_ascii=False, indent=2) + "\n"
