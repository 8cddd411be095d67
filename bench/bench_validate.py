"""Benchmark: validate 1,000 cases (target: under 2 s on one core, schema compiled once).

Run:  .venv/bin/python bench/bench_validate.py [N]

Prints three figures: validate_case on cases already in memory, load_and_validate
from files (reading included), and the whole CLI (`wmo-docs validate DIR --format json`,
process start included). Not a test: it only reports.
"""

from __future__ import annotations

import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from wmo_docs.case import case_validator, load_and_validate, validate_case
from wmo_docs.resources import data_path

TARGET_SECONDS = 2.0


def make_cases(n: int) -> list[dict]:
    examples = sorted(data_path("examples", "cases").glob("*.json"))
    base = [json.loads(p.read_text(encoding="utf-8")) for p in examples]
    cases = []
    for i in range(n):
        case = json.loads(json.dumps(base[i % len(base)]))
        case["zaak"]["zaaknummer"] = f"BENCH-{i:05d}"
        cases.append(case)
    return cases


def main(n: int = 1000) -> None:
    t0 = time.perf_counter()
    case_validator()  # compile once, as the CLI does
    compile_s = time.perf_counter() - t0
    cases = make_cases(n)

    t0 = time.perf_counter()
    invalid = sum(1 for c in cases if any(f.severity.value == "error" for f in validate_case(c)))
    memory_s = time.perf_counter() - t0

    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        for i, case in enumerate(cases):
            (folder / f"case-{i:05d}.json").write_text(json.dumps(case, ensure_ascii=False), encoding="utf-8")
        t0 = time.perf_counter()
        for path in sorted(folder.glob("*.json")):
            load_and_validate(path)
        files_s = time.perf_counter() - t0

        t0 = time.perf_counter()
        proc = subprocess.run([sys.executable, "-m", "wmo_docs", "validate", str(folder), "--format", "json"],
                              capture_output=True, text=True)
        cli_s = time.perf_counter() - t0
        summary = json.loads(proc.stdout)["summary"] if proc.stdout else {}

    print(f"schema compileren (eenmalig):           {compile_s * 1000:8.1f} ms")
    print(f"validate_case, {n} casussen in geheugen: {memory_s:8.3f} s  ({memory_s / n * 1000:.2f} ms per casus, {invalid} ongeldig)")
    print(f"load_and_validate, {n} bestanden:        {files_s:8.3f} s  ({files_s / n * 1000:.2f} ms per casus)")
    print(f"CLI wmo-docs validate MAP (met opstart): {cli_s:8.3f} s  (exitcode {proc.returncode}, {summary.get('valid')} geldig)")
    verdict = "gehaald" if files_s < TARGET_SECONDS else "NIET gehaald"
    print(f"doel: {n} casussen onder {TARGET_SECONDS:.0f} s (load_and_validate): {verdict}")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 1000)
