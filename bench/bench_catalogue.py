"""Benchmark: the full rule catalogue against the 11 core rules of issue 5, same 200 drafts, same process.

Core = BESLUIT-MOTIVERING, BESLUIT-GRONDSLAG, GRONDSLAG-ONBEKEND, the six AFWEGING-*, BEZWAAR-CLAUSULE,
PLACEHOLDER (``check_file(..., select=CORE)``); full = every rule in checks/ (``check_file``). Both runs
read and analyse every draft, so the difference is the cost of the extra rules. Target: full ≤ 1.5× core.
The pipeline and wordfreq's Dutch list are loaded before timing; each mode runs twice, alternating,
and the faster run counts (the machine is shared).
Run: ``.venv/bin/python bench/bench_catalogue.py [N]``. Not a unit test: figures vary per machine.
"""

from __future__ import annotations

import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from bench.bench_check import make_drafts  # noqa: E402

CORE = [
    "BESLUIT-MOTIVERING", "BESLUIT-GRONDSLAG", "GRONDSLAG-ONBEKEND",
    "AFWEGING-EIGEN-KRACHT", "AFWEGING-GEBRUIKELIJKE-HULP", "AFWEGING-MANTELZORG",
    "AFWEGING-SOCIAAL-NETWERK", "AFWEGING-ALGEMENE-VOORZIENING", "AFWEGING-VOORLIGGENDE-VOORZIENING",
    "BEZWAAR-CLAUSULE", "PLACEHOLDER",
]


def _run(paths, select) -> tuple[float, int]:
    from wmo_docs.check import check_file

    t = time.perf_counter()
    n = sum(len(check_file(p, select=select).findings) for p in paths)
    return time.perf_counter() - t, n


def main(n: int = 200) -> None:
    from wmo_docs.nlp import get_nlp
    from wmo_docs.rules.catalogue import load_rules
    from wmo_docs.rules.readability import zipf

    get_nlp()
    t = time.perf_counter()
    zipf("huis")  # wordfreq loads its Dutch list once
    wordfreq_load = time.perf_counter() - t
    with tempfile.TemporaryDirectory() as tmp:
        paths = make_drafts(Path(tmp), n)
        _run(paths[:5], None)  # warm caches for both modes
        core_times, full_times = [], []
        for _ in range(2):
            core, core_findings = _run(paths, CORE)
            full, full_findings = _run(paths, None)
            core_times.append(core)
            full_times.append(full)
    core, full = min(core_times), min(full_times)
    print(f"drafts:            {n}")
    print(f"wordfreq nl load:  {wordfreq_load:.2f} s (once per process)")
    print(f"core rules ({len(CORE)}):   {core:.2f} s ({1000 * core / n:.1f} ms/draft, {core_findings} findings)")
    print(f"full catalogue ({len(load_rules())}): {full:.2f} s ({1000 * full / n:.1f} ms/draft, {full_findings} findings)")
    print(f"ratio:             {full / core:.2f}x (target <= 1.5x)")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 200)
