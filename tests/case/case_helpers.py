"""Helpers for the case-validation tests (a uniquely named module, importable without packages)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path


REPO = Path(__file__).resolve().parents[2]
CASES = REPO / "examples" / "cases"
INVALID = REPO / "examples" / "invalid"


def run_cli(*args: str, cwd: Path | None = None, timeout: int = 180) -> subprocess.CompletedProcess[str]:
    """Run `python -m wmo_docs ARGS` as a user would, capturing output."""
    return subprocess.run([sys.executable, "-m", "wmo_docs", *args], capture_output=True, text=True,
                          cwd=cwd, timeout=timeout, encoding="utf-8")


_PEAK = "__PEAK_KIB__="
_MEASURED_MAIN = (
    "import atexit, resource, sys\n"
    f"atexit.register(lambda: sys.stderr.write('\\n{_PEAK}%d\\n' % resource.getrusage(resource.RUSAGE_SELF).ru_maxrss))\n"
    "from wmo_docs.cli import main\n"
    "main(sys.argv[1:])\n"
)


def run_cli_measured(*args: str, timeout: int = 180) -> tuple[subprocess.CompletedProcess[str], int]:
    """Run the CLI like run_cli and return the peak resident memory of that process (KiB).

    The child reports its own RUSAGE_SELF at exit; RUSAGE_CHILDREN in the test process
    would be the maximum over every child it ever had (LibreOffice, other CLI runs, ...).
    """
    result = subprocess.run([sys.executable, "-c", _MEASURED_MAIN, *args], capture_output=True, text=True,
                            timeout=timeout, encoding="utf-8")
    stderr, _, peak = result.stderr.rpartition(_PEAK)
    result.stderr = stderr.rstrip("\n")
    return result, int(peak.strip())


def example(prefix: str) -> dict:
    """A fresh copy of an example case, by its number ("01")."""
    path = next(CASES.glob(f"{prefix}-*.json"))
    return json.loads(path.read_text(encoding="utf-8"))


def write_case(path: Path, case: dict) -> Path:
    path.write_text(json.dumps(case, ensure_ascii=False), encoding="utf-8")
    return path


