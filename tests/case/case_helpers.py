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
# VmHWM is the high-water mark of this process's own address space. getrusage's ru_maxrss is
# not: Linux carries the parent's peak over into the child at exec, so a pytest worker that has
# loaded spaCy would make every child look 450 MB big.
_MEASURED_MAIN = (
    "import atexit, re, sys\n"
    "def _peak():\n"
    "    status = open('/proc/self/status', encoding='ascii').read()\n"
    f"    sys.stderr.write('\\n{_PEAK}' + re.search(r'VmHWM:\\s+(\\d+)', status).group(1) + '\\n')\n"
    "atexit.register(_peak)\n"
    "from wmo_docs.cli import main\n"
    "main(sys.argv[1:])\n"
)


def run_cli_measured(*args: str, timeout: int = 180) -> tuple[subprocess.CompletedProcess[str], int]:
    """Run the CLI like run_cli and return the peak resident memory of that process (KiB)."""
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


