"""The runner with real worker processes and the real engine."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import threading

import pytest
from pathlib import Path

from drafts import generate

from wmo_docs.batch.discover import discover
from wmo_docs.batch.runner import default_jobs, run_batch, start_method
from wmo_docs.batch.worker import WorkerConfig


@pytest.mark.slow
def test_two_workers_keep_input_order_and_survive_bad_files(tmp_path):
    folder = tmp_path / "map"
    g = generate(folder, 24, copies=False)
    (folder / "2025-01" / "00011-leeg.txt").write_bytes(b"")
    (folder / "2025-01" / "00012-nep.docx").write_text("geen zip", encoding="utf-8")
    (folder / "2025-02" / "00013-boom.txt").write_text("Wij kennen u iets toe.", encoding="utf-8")
    (folder / "2025-02" / "00014-crash.txt").write_text("Wij kennen u iets toe.", encoding="utf-8")
    sources = discover([folder])
    config = WorkerConfig(checker="crashing_checker:check_or_crash")
    outcomes = list(run_batch(sources, config, jobs=2, chunk=2))
    assert [o.index for o in outcomes] == list(range(len(sources)))
    assert [o.name for o in outcomes] == [s.name for s in sources]
    workers = {o.worker for o in outcomes if not (o.report.error and "werkproces" in o.report.error)}
    assert len(workers) >= 2 and os.getpid() not in workers and 0 not in workers  # real worker processes
    by_name = {Path(o.name).name: o.report for o in outcomes}
    assert "leeg" in by_name["00011-leeg.txt"].error
    assert "docx" in by_name["00012-nep.docx"].error
    assert "RuntimeError" in by_name["00013-boom.txt"].error and "Jansen" not in by_name["00013-boom.txt"].error
    assert "werkproces" in by_name["00014-crash.txt"].error
    good = [o for o in outcomes if not o.report.error]
    assert len(good) == len(g.files) and all(o.report.document == "beschikking" for o in good)
    assert all(o.report.draft is None for o in outcomes)  # blocks stay in the worker
    assert all(o.author is None for o in outcomes)  # only with per_auteur


def test_in_process_run_gives_the_same_findings(tmp_path):
    generate(tmp_path, 6, copies=False)
    sources = discover([tmp_path])
    one = [(o.name, [f.rule for f in o.report.findings]) for o in run_batch(sources, WorkerConfig(), jobs=1)]
    two = [(o.name, [f.rule for f in o.report.findings]) for o in run_batch(sources, WorkerConfig(), jobs=2)]
    assert one == two


def test_closing_early_stops_the_workers(tmp_path):
    generate(tmp_path, 30, copies=False)
    stream = run_batch(discover([tmp_path]), WorkerConfig(), jobs=2)
    first = next(stream)
    stream.close()
    assert first.index == 0


def test_default_jobs_is_at_most_two():
    assert 1 <= default_jobs() <= 2


@pytest.mark.slow
def test_a_small_batch_stays_in_one_process_and_a_larger_one_uses_workers(tmp_path):
    from wmo_docs.batch.runner import MIN_FILES_FOR_WORKERS
    from wmo_docs.batch.session import AuditSettings, run_audit

    # Whether this process may fork depends on the threads alive at that moment, so take sizes
    # below and above both thresholds.
    small, large = min(MIN_FILES_FOR_WORKERS.values()) - 1, max(MIN_FILES_FOR_WORKERS.values())
    generate(tmp_path, large, copies=False)
    files = sorted(p for p in tmp_path.rglob("*") if p.is_file())
    assert len(files) == large

    def pids(paths):
        seen: set[int] = set()
        run_audit(paths, AuditSettings(fmt="text", jobs=2, write_collected=False),
                  on_outcome=lambda o: seen.add(o.worker))
        return seen

    assert pids(files[:small]) == {os.getpid()}  # too few files: no workers started
    many = pids([tmp_path])
    assert len(many) == 2 and os.getpid() not in many


# A fresh interpreter has one thread, so the runner forks its workers from the warm main
# process there (the test process itself has pytest-xdist's threads and spawns).
FORKED_RUN = """
import json, os, sys
sys.path.insert(0, sys.argv[2])
from wmo_docs.batch.discover import discover
from wmo_docs.batch.runner import run_batch, start_method
from wmo_docs.batch.worker import WorkerConfig
method = start_method()
sources = discover([sys.argv[1]])
outcomes = list(run_batch(sources, WorkerConfig(checker="crashing_checker:check_or_crash"), jobs=2, chunk=2))
print(json.dumps({"method": method, "main": os.getpid(), "outcomes": [
    [o.name, o.worker, o.report.error, [f.rule for f in o.report.findings]] for o in outcomes]}))
"""


@pytest.mark.slow
@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="workers are forked only on Linux")
def test_forked_workers_give_the_in_process_findings_and_survive_a_crash(tmp_path):
    folder = tmp_path / "map"
    generate(folder, 12, copies=False)
    (folder / "2025-02" / "00013-crash.txt").write_text("Wij kennen u iets toe.", encoding="utf-8")
    res = subprocess.run([sys.executable, "-c", FORKED_RUN, str(folder), str(Path(__file__).parent)],
                         capture_output=True, text=True, timeout=300)
    assert res.returncode == 0, res.stderr
    run = json.loads(res.stdout.strip().splitlines()[-1])
    assert run["method"] == "fork"
    names = [s.name for s in discover([folder])]
    assert [o[0] for o in run["outcomes"]] == names
    by_name = {Path(o[0]).name: o for o in run["outcomes"]}
    assert "werkproces" in by_name["00013-crash.txt"][2]
    good = [o for o in run["outcomes"] if not o[2]]
    workers = {o[1] for o in good}
    assert len(good) == 12 and len(workers) >= 2 and run["main"] not in workers
    in_process = {o.name: [f.rule for f in o.report.findings]
                  for o in run_batch(discover([folder], exclude=["*crash*"]), WorkerConfig(), jobs=1)}
    assert {o[0]: o[3] for o in good} == in_process


def test_a_process_with_threads_spawns_its_workers():
    stop = threading.Event()
    helper = threading.Thread(target=stop.wait)
    helper.start()
    try:
        assert start_method() == "spawn"
    finally:
        stop.set()
        helper.join()
