"""Streaming writers for very large batches: JSON Lines and CSV for Excel.

Both write each file's result the moment it is known and flush, so a batch that is
stopped (Ctrl-C, a full disk) leaves everything written so far readable. Findings of
the whole batch (BATCH-STANDAARDMOTIVERING) are only known at the end: JSON Lines
adds them as ``aanvulling`` lines for the files concerned, CSV as extra rows.
"""

from __future__ import annotations

import csv
import json
from collections.abc import Sequence
from typing import Any, TextIO

from wmo_docs.findings import Finding
from wmo_docs.report.json_report import report_dict, summary
from wmo_docs.report.model import FileReport


def file_entry(report: FileReport) -> dict[str, Any]:
    """The file's object exactly as in the ``--format json`` report."""
    return report_dict([report])["files"][0]


def findings_entries(findings: Sequence[Finding]) -> list[dict[str, Any]]:
    probe = FileReport(path="", findings=list(findings))
    return file_entry(probe)["findings"]


class JsonlWriter:
    """One JSON object per line: ``bestand`` per file, ``aanvulling`` later, ``samenvatting`` last.

    Every line has a ``type``; a reader that only wants files takes ``type == "bestand"``.
    The last line says whether the batch was complete (``volledig``).
    """

    def __init__(self, stream: TextIO) -> None:
        self.stream = stream

    def _line(self, obj: dict[str, Any]) -> None:
        self.stream.write(json.dumps(obj, ensure_ascii=False) + "\n")
        self.stream.flush()

    def file(self, report: FileReport) -> None:
        self._line({"type": "bestand", **file_entry(report)})

    def supplement(self, path: str, findings: Sequence[Finding]) -> None:
        self._line({"type": "aanvulling", "path": path, "findings": findings_entries(findings)})

    def close(self, reports: list[FileReport], planned: int, complete: bool) -> None:
        self._line({"type": "samenvatting", **summary(reports), "gepland": planned, "volledig": complete})


CSV_COLUMNS = (
    "bestand", "document", "soort", "regel", "ernst", "melding", "grondslag",
    "plaats", "citaat", "oplossing", "leesfout",
)
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def _cell(value: object) -> str:
    """Text for one cell; text that Excel would run as a formula is prefixed with a quote.

    Drafts are untrusted: a quote beginning with "=" must stay text in Excel.
    """
    text = "" if value is None else str(value)
    text = text.replace("\r\n", "\n")
    return "'" + text if text.startswith(_FORMULA_START) else text


class CsvWriter:
    """One row per finding (and one per unreadable file), ``;``-separated with a UTF-8 BOM.

    Dutch Excel splits on ``;`` and only reads UTF-8 correctly with the BOM, so
    "beëindiging" does not turn into "beÃ«indiging". Files without findings have no row.
    """

    def __init__(self, stream: TextIO) -> None:
        self.stream = stream
        stream.write("\ufeff")
        self.writer = csv.writer(stream, delimiter=";", quoting=csv.QUOTE_MINIMAL, lineterminator="\r\n")
        self.writer.writerow(CSV_COLUMNS)
        stream.flush()

    def file(self, report: FileReport) -> None:
        if report.error:
            self.writer.writerow([_cell(v) for v in (report.path, "", "", "", "", "", "", "", "", "", report.error)])
        self._rows(report, report.findings)

    def supplement(self, report: FileReport, findings: Sequence[Finding]) -> None:
        self._rows(report, findings)

    def _rows(self, report: FileReport, findings: Sequence[Finding]) -> None:
        for f in findings:
            loc = f.location
            self.writer.writerow([
                _cell(v)
                for v in (
                    report.path, report.document, report.soort, f.rule, f.severity.label, f.message,
                    f.legal_basis, loc.where if loc else "", loc.quote if loc else "", f.hint, "",
                )
            ])
        self.stream.flush()

    def close(self, reports: list[FileReport], planned: int, complete: bool) -> None:
        self.stream.flush()
