"""Shared fixtures for the batch tests: the CLI as a subprocess, generated folders, Chromium."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path


HERE = Path(__file__).resolve().parent
REPO = HERE.parents[1]
sys.path.insert(0, str(HERE))  # drafts.py, crashing_checker.py (also for spawned workers)



def wmo_docs_cmd() -> list[str]:
    exe = Path(sys.executable).with_name("wmo-docs")
    return [str(exe)] if exe.exists() else [sys.executable, "-m", "wmo_docs"]


def run_cli(*args: str, timeout: float = 600, **kw) -> subprocess.CompletedProcess:
    env = {**os.environ, "PYTHONIOENCODING": "utf-8", "COLUMNS": "160"}
    return subprocess.run([*wmo_docs_cmd(), *args], capture_output=True, text=True, timeout=timeout, env=env, **kw)


