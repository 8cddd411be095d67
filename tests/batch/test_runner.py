"""The runner with real worker processes and the real engine."""

from __future__ import annotations

import os

import pytest
from pathlib import Path

from drafts import generate

from wmo_docs.batch.discover import discover
from wmo_docs.batch.runner import default_jobs, run_batch
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
    from wmo_docs.batch.session import MIN_FILES_FOR_WORKERS, AuditSettings, run_audit

    generate(tmp_path, MIN_FILES_FOR_WORKERS, copies=False)
    files = sorted(p for p in tmp_path.rglob("*") if p.is_file())

    def pids(paths):
        seen: set[int] = set()
        run_audit(paths, AuditSettings(fmt="text", jobs=2, write_collected=False),
                  on_outcome=lambda o: seen.add(o.worker))
        return seen

    assert pids(files[:-1]) == {os.getpid()}  # one file short of the threshold: no workers started
    many = pids([tmp_path])
    assert len(many) == 2 and os.getpid() not in many
