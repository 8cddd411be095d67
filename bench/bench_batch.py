"""Batch audit: 2 workers against 1, against the floor of reading + tokenising, and scaling.

Every measurement runs in a fresh subprocess (``--one``), so start-up (spawning the
workers, importing spaCy, building one pipeline per worker) is included and peak
memory is that run's own: ``ru_maxrss`` of the main process and of its largest child.
Two times per run: ``seconds`` is the audit itself (``run_audit``), ``command_seconds``
the whole process from start to exit, as ``time wmo-docs check MAP`` would show it
(Python start, imports, and the workers' exit included).

    python -m bench batch              # 100 / 1,000 / 5,000 drafts (a few minutes)
    python bench/bench_batch.py --quick  # 100 / 300, for a smoke test
"""

from __future__ import annotations

import json
import multiprocessing
import os
import platform
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPEATS = 5  # back-to-back pairs of 1 and 2 workers on the mid-size folder
REPO = HERE.parent
sys.path.insert(0, str(REPO / "tests" / "batch"))
sys.path.insert(0, str(REPO))


def _one(folder: str, jobs: int) -> dict:
    """Check a folder like ``wmo-docs check MAP --format jsonl -j N`` does, and measure."""
    from wmo_docs.batch import AuditSettings, run_audit

    out = Path(tempfile.mkdtemp()) / "r.jsonl"
    t = time.perf_counter()
    result = run_audit([folder], AuditSettings(fmt="jsonl", output=out, jobs=jobs))
    seconds = time.perf_counter() - t
    for proc in multiprocessing.active_children():  # workers end in the background: reap them for ru_maxrss
        proc.join()
    return {
        "seconds": seconds,
        "files": len(result.reports),
        "unreadable": sum(1 for r in result.reports if r.error),
        "main_rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
        "worker_rss_mb": resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024,
        "groups": len(result.groups),
    }


def _floor(folder: str) -> dict:
    """Open every draft and tokenise its blocks with the same pipeline's tokenizer: no rules, one process."""
    from wmo_docs.batch.discover import discover
    from wmo_docs.nlp import get_nlp
    from wmo_docs.reading import read_document

    t = time.perf_counter()
    nlp = get_nlp()
    tokens = 0
    sources = discover([folder])
    for s in sources:
        try:
            doc = read_document(s.path)
        except Exception:  # noqa: BLE001 - unreadable drafts cost their read attempt only
            continue
        tokens += sum(len(d) for d in nlp.tokenizer.pipe(b.text for b in doc.blocks))
    return {"seconds": time.perf_counter() - t, "files": len(sources), "tokens": tokens,
            "main_rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}


def _run(*args: str) -> dict:
    t = time.perf_counter()
    res = subprocess.run([sys.executable, __file__, *args], capture_output=True, text=True, check=True)
    command_seconds = time.perf_counter() - t
    return {**json.loads(res.stdout.strip().splitlines()[-1]), "command_seconds": command_seconds}


def _machine() -> str:
    cpu = ""
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()
    return f"{cpu or platform.processor()}, {cores} cores, Python {platform.python_version()}, {platform.system()} {platform.release()}"


def main(quick: bool = False) -> None:
    from drafts import generate

    sizes = (100, 300) if quick else (100, 1000, 5000)
    base = Path(tempfile.mkdtemp(prefix="wmo-bench-batch-"))
    folders = {}
    for n in sizes:
        folders[n] = base / f"n{n}"
        generate(folders[n], n, seed=7)
    mid = sizes[1]
    print(f"machine: {_machine()}")
    print(f"load average before: {os.getloadavg()}")
    floor = _run("--floor", str(folders[mid]))
    # A shared VM drifts between runs: run 1 and 2 workers back to back, several times. The speed-up
    # of each adjacent pair is robust to slow drift; its median is the headline figure.
    ones, twos = [], []
    for _ in range(1 if quick else REPEATS):
        ones.append(_run("--one", str(folders[mid]), "1"))
        twos.append(_run("--one", str(folders[mid]), "2"))
    ratios = [a["seconds"] / b["seconds"] for a, b in zip(ones, twos)]
    median = sorted(range(len(ratios)), key=ratios.__getitem__)[len(ratios) // 2]
    one, two = ones[median], twos[median]  # the median pair

    def listed(values: list[float]) -> str:
        return ", ".join(f"{v:.2f}" for v in values)

    print(f"{len(ones)} back-to-back pairs: 1 worker {listed([r['seconds'] for r in ones])} s; "
          f"2 workers {listed([r['seconds'] for r in twos])} s; speed-ups {listed(ratios)}")
    print(f"{mid} drafts, 1 worker : {one['seconds']:.1f} s ({1000 * one['seconds'] / mid:.1f} ms/draft), "
          f"whole command {one['command_seconds']:.1f} s, peak {one['main_rss_mb']:.0f} MB")
    print(f"{mid} drafts, 2 workers: {two['seconds']:.1f} s ({1000 * two['seconds'] / mid:.1f} ms/draft), "
          f"whole command {two['command_seconds']:.1f} s, main {two['main_rss_mb']:.0f} MB, "
          f"largest worker {two['worker_rss_mb']:.0f} MB")
    print(f"median pair: speed-up {one['seconds'] / two['seconds']:.2f}x audit, "
          f"{one['command_seconds'] / two['command_seconds']:.2f}x whole command (target >= 1.7x)")
    print(f"floor (read + tokenise, 1 process): {floor['seconds']:.1f} s ({1000 * floor['seconds'] / mid:.1f} ms/draft, "
          f"{floor['tokens']} tokens); 1 worker is {one['seconds'] / floor['seconds']:.1f}x the floor, "
          f"2 workers {two['seconds'] / floor['seconds']:.1f}x")
    print("scaling, 2 workers (speed-up against 1 worker on the same folder):")
    for n in sizes:
        r = two if n == mid else _run("--one", str(folders[n]), "2")
        r1 = one if n == mid else _run("--one", str(folders[n]), "1")
        print(f"  {n:>5} drafts: {r['seconds']:6.1f} s  {1000 * r['seconds'] / n:5.1f} ms/draft  "
              f"(whole command {r['command_seconds']:.1f} s)  speed-up {r1['seconds'] / r['seconds']:.2f}x  "
              f"largest worker {r['worker_rss_mb']:.0f} MB, main {r['main_rss_mb']:.0f} MB, groups {r['groups']}")
    print(f"load average after: {os.getloadavg()}")


if __name__ == "__main__":
    if len(sys.argv) > 1 and sys.argv[1] == "--one":
        print(json.dumps(_one(sys.argv[2], int(sys.argv[3]))))
    elif len(sys.argv) > 1 and sys.argv[1] == "--floor":
        print(json.dumps(_floor(sys.argv[2])))
    else:
        main(quick="--quick" in sys.argv)
