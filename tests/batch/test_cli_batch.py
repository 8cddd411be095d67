"""``wmo-docs check MAP`` end to end: real subprocesses, real workers, 500+ generated drafts."""

from __future__ import annotations

import csv
import io
import json
import os
import signal
import subprocess
import time
from pathlib import Path

import pytest
from conftest import run_cli, wmo_docs_cmd
from drafts import generate

from wmo_docs.batch.standaardmotivering import RULE


@pytest.fixture(scope="module")
def big_folder(tmp_path_factory):
    folder = tmp_path_factory.mktemp("batch") / "concepten"
    g = generate(folder, 520)
    # an unreadable file in the middle of the batch
    bad = folder / "2025-02" / "team-noord" / "00260-beschadigd.docx"
    bad.write_bytes(b"PK\x03\x04 dit is geen heel Word-bestand")
    g.bad = bad
    return g


@pytest.mark.slow
def test_jsonl_over_520_drafts_with_an_unreadable_file(big_folder, tmp_path):
    out = tmp_path / "rapport.jsonl"
    res = run_cli("check", str(big_folder.folder), "--format", "jsonl", "-o", str(out), "--jobs", "2")
    assert res.returncode == 2, res.stderr  # an unreadable file is an input error, like for single files
    lines = [json.loads(x) for x in out.read_text(encoding="utf-8").splitlines()]
    files = [x for x in lines if x["type"] == "bestand"]
    assert len(files) == len(big_folder.files) + 1 >= 500
    assert big_folder.copied > 0  # copies of examples/corpus drafts are in the batch
    errors = [x for x in files if "error" in x]
    assert [Path(x["path"]).name for x in errors] == ["00260-beschadigd.docx"]
    assert files.index(errors[0]) not in (0, len(files) - 1)  # in the middle, and the batch went on
    assert lines[-1]["type"] == "samenvatting" and lines[-1]["volledig"] is True
    assert lines[-1]["files"] == len(files) and lines[-1]["unreadable"] == 1
    # the planted standard motivation is grouped, and shows up as an ordinary finding per file
    extra = {x["path"]: x["findings"] for x in lines if x["type"] == "aanvulling"}
    planted = {p.relative_to(big_folder.folder).as_posix() for p in big_folder.standard}
    assert planted <= set(extra)
    f = extra[sorted(planted)[0]][0]
    assert f["rule"] == RULE and f["severity"] == "warning" and f["legal_basis"] == "Awb 3:46"
    assert lines[-1]["per_rule"][RULE] >= len(planted)


@pytest.mark.slow
def test_csv_and_json_agree(big_folder, tmp_path):
    sub = big_folder.folder / "2025-01"
    out_csv, out_json = tmp_path / "r.csv", tmp_path / "r.json"
    r1 = run_cli("check", str(sub), "--format", "csv", "-o", str(out_csv), "--include", "*.txt", "--include", "*.md")
    r2 = run_cli("check", str(sub), "--format", "json", "-o", str(out_json), "--include", "*.txt", "--include", "*.md")
    assert r1.returncode in (0, 1) and r2.returncode == r1.returncode, r1.stderr + r2.stderr
    raw = out_csv.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbfbestand;")
    rows = list(csv.DictReader(io.StringIO(raw.decode("utf-8-sig")), delimiter=";"))
    report = json.loads(out_json.read_text(encoding="utf-8"))
    assert len(rows) == report["summary"]["findings"] > 0
    assert not any(r["bestand"].endswith(".docx") for r in rows)
    assert report["summary"]["per_rule"].get(RULE, 0) == sum(1 for r in rows if r["regel"] == RULE)


def _parent(proc_dir: Path) -> int | None:
    try:
        return int((proc_dir / "stat").read_text().rsplit(")", 1)[1].split()[1])
    except (OSError, IndexError, ValueError):
        return None


def _cpu_seconds(proc_dirs: list[Path]) -> float:
    """User + system CPU time of processes, independent of how busy the machine is."""
    total = 0
    for d in proc_dirs:
        try:
            fields = (d / "stat").read_text().rsplit(")", 1)[1].split()
            total += int(fields[11]) + int(fields[12])
        except (OSError, IndexError, ValueError):
            pass
    return total / os.sysconf("SC_CLK_TCK")


def _is_worker(proc_dir: Path) -> bool:
    """A worker child: forked (same command line as the CLI) or spawned, never the resource tracker."""
    try:
        cmd = (proc_dir / "cmdline").read_bytes()
    except OSError:
        return False
    return b"resource_tracker" not in cmd


def _interrupt(args: list[str], ready, state: dict | None = None) -> tuple[int, str]:
    proc = subprocess.Popen([*wmo_docs_cmd(), *args], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    if state is not None:
        state["pid"] = proc.pid
    deadline = time.monotonic() + 120
    while not ready() and time.monotonic() < deadline and proc.poll() is None:
        time.sleep(0.2)
    assert proc.poll() is None, "the batch finished before it could be interrupted"
    proc.send_signal(signal.SIGINT)
    _, err = proc.communicate(timeout=60)
    return proc.returncode, err


@pytest.mark.slow
def test_ctrl_c_leaves_a_valid_partial_jsonl(big_folder, tmp_path):
    out = tmp_path / "deel.jsonl"

    def ready():
        return out.exists() and out.read_text(encoding="utf-8").count("\n") >= 40

    code, err = _interrupt(["check", str(big_folder.folder), "--format", "jsonl", "-o", str(out), "-j", "2"], ready)
    assert code == 130, err
    assert "Afgebroken" in err and "Traceback" not in err
    lines = [json.loads(x) for x in out.read_text(encoding="utf-8").splitlines()]
    assert lines[-1]["type"] == "samenvatting" and lines[-1]["volledig"] is False
    done = [x for x in lines if x["type"] == "bestand"]
    assert 40 <= len(done) < lines[-1]["gepland"] and lines[-1]["files"] == len(done)


@pytest.mark.slow
def test_ctrl_c_leaves_a_valid_partial_json(big_folder, tmp_path):
    out = tmp_path / "deel.json"
    state: dict[str, float] = {}

    def ready():  # the workers have used ~7 s of CPU on drafts (forked warm, or ~2 s each to start)
        kids = [p for p in Path("/proc").glob("[0-9]*") if _parent(p) == state.get("pid") and _is_worker(p)]
        return _cpu_seconds(kids) >= 7

    code, err = _interrupt(["check", str(big_folder.folder), "--format", "json", "-o", str(out), "-j", "2"],
                           ready, state)
    assert code == 130, err
    report = json.loads(out.read_text(encoding="utf-8"))
    assert 0 < report["summary"]["files"] < len(big_folder.files)


def test_small_folder_runs_in_process_and_keeps_text_output(tmp_path):
    g = generate(tmp_path / "map", 4, copies=False)
    res = run_cli("check", str(g.folder), "--jobs", "2")
    assert res.returncode == 1, res.stderr
    assert "Samenvatting: 4 bestanden" in res.stdout


def test_existing_output_needs_force(tmp_path):
    g = generate(tmp_path / "map", 3, copies=False)
    out = tmp_path / "r.csv"
    out.write_text("oud", encoding="utf-8")
    res = run_cli("check", str(g.folder), "--format", "csv", "-o", str(out))
    assert res.returncode == 2 and "--force" in res.stderr and out.read_text(encoding="utf-8") == "oud"
    assert run_cli("check", str(g.folder), "--format", "csv", "-o", str(out), "--force").returncode == 1


def test_progress_bar_on_request(tmp_path):
    g = generate(tmp_path / "map", 9, copies=False)
    res = run_cli("check", str(g.folder), "--format", "jsonl", "--progress", "-j", "2")
    assert res.returncode == 1, res.stderr
    assert "Controleren" in res.stderr and "9/9" in res.stderr
    assert len(res.stdout.splitlines()) >= 10  # 9 files + summary on stdout, the bar on stderr
    quiet = run_cli("check", str(g.folder), "--format", "jsonl", "-j", "1")
    assert "Controleren" not in quiet.stderr  # not a terminal, not asked


@pytest.mark.parametrize("fmt", ["text", "json", "jsonl", "csv", "html"])
def test_every_batch_output_gives_the_reason_a_file_could_not_be_read(tmp_path, fmt):
    folder = tmp_path / "map"
    folder.mkdir()
    (folder / "goed.txt").write_text("Geachte heer Bos,\n\nWij kennen u een scootmobiel toe.\n", encoding="utf-8")
    (folder / "kapot.docx").write_bytes(b"dit is geen Word-bestand")
    out = tmp_path / f"uit.{ {'text': 'txt'}.get(fmt, fmt) }"
    res = run_cli("check", str(folder), "--format", fmt, "-o", str(out), "--jobs", "1")
    assert res.returncode == 2, res.stderr  # an unreadable file is an input problem
    text = " ".join(out.read_text(encoding="utf-8-sig").split())
    assert "kapot.docx" in text and "geen Word-document" in text
