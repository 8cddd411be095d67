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


def example(prefix: str) -> dict:
    """A fresh copy of an example case, by its number ("01")."""
    path = next(CASES.glob(f"{prefix}-*.json"))
    return json.loads(path.read_text(encoding="utf-8"))


def write_case(path: Path, case: dict) -> Path:
    path.write_text(json.dumps(case, ensure_ascii=False), encoding="utf-8")
    return path


