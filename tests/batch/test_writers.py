import csv
import io
import json

from wmo_docs.batch.writers import CsvWriter, JsonlWriter
from wmo_docs.findings import Finding, Location, Severity
from wmo_docs.report.model import FileReport


def reports():
    f1 = Finding("PLACEHOLDER", Severity.ERROR, "Restant van een sjabloon.", "—", "Vul in.",
                 location=Location(3, 0, 9, "=HYPERLINK(\"x\")", "alinea 4"))
    f2 = Finding("AFWEGING-MANTELZORG", Severity.ERROR, "Mantelzorg; niet \"afgewogen\".", "Wmo 2.3.2 lid 4")
    return [
        FileReport("map/beëindiging.docx", "beschikking", "beëindiging", [f1, f2]),
        FileReport("map/kapot.docx", error="het bestand is leeg."),
        FileReport("map/schoon.txt", "beschikking", "toekenning", []),
    ]


def test_csv_for_dutch_excel():
    buf = io.StringIO(newline="")
    w = CsvWriter(buf)
    rs = reports()
    for r in rs:
        w.file(r)
    w.supplement(rs[0], [Finding("BATCH-STANDAARDMOTIVERING", Severity.WARNING, "Zelfde tekst.", "Awb 3:46")])
    w.close(rs, 3, True)
    raw = buf.getvalue()
    assert raw.startswith("\ufeffbestand;document;soort;regel;ernst;")
    rows = list(csv.reader(io.StringIO(raw.lstrip("\ufeff")), delimiter=";"))
    assert len(rows) == 1 + 2 + 1 + 1  # header, two findings, the unreadable file, the batch finding
    head = rows[0]
    r1 = dict(zip(head, rows[1]))
    assert r1["soort"] == "beëindiging" and r1["ernst"] == "fout" and r1["plaats"] == "alinea 4"
    assert r1["citaat"] == "'=HYPERLINK(\"x\")"  # stays text in Excel
    assert dict(zip(head, rows[2]))["melding"] == "Mantelzorg; niet \"afgewogen\"."
    assert dict(zip(head, rows[3]))["leesfout"] == "het bestand is leeg."
    assert dict(zip(head, rows[4]))["regel"] == "BATCH-STANDAARDMOTIVERING"
    assert "schoon.txt" not in raw


def test_jsonl_lines_are_typed_and_end_with_a_summary():
    buf = io.StringIO()
    w = JsonlWriter(buf)
    rs = reports()
    for r in rs[:2]:
        w.file(r)
    w.supplement(rs[0].path, [Finding("BATCH-STANDAARDMOTIVERING", Severity.WARNING, "Zelfde tekst.", "Awb 3:46")])
    w.close(rs[:2], 3, False)
    lines = [json.loads(x) for x in buf.getvalue().splitlines()]
    assert [x["type"] for x in lines] == ["bestand", "bestand", "aanvulling", "samenvatting"]
    assert lines[0]["soort"] == "beëindiging" and lines[0]["findings"][0]["location"]["where"] == "alinea 4"
    assert lines[1]["error"] == "het bestand is leeg."
    assert lines[3]["volledig"] is False and lines[3]["gepland"] == 3 and lines[3]["files"] == 2
    assert "beëindiging" in buf.getvalue()  # not \u-escaped
