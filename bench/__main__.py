"""Run every benchmark in bench/ (``make bench`` or ``python -m bench``).

Each bench_*.py measures wmo-docs against a baseline in the same process and prints
its figures; see bench/README.md for the numbers and the machine they were taken on.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent


def main() -> int:
    only = set(sys.argv[1:])
    for script in sorted(HERE.glob("bench_*.py")):
        if only and script.stem.removeprefix("bench_") not in only:
            continue
        print(f"\n=== {script.stem} ===", flush=True)
        # a fresh process per benchmark: start-up figures are real and no cache carries over
        subprocess.run([sys.executable, str(script)], check=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
