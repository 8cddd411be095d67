"""Shared fixtures for the batch tests: the CLI as a subprocess, generated folders, Chromium."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

HERE = Path(__file__).resolve().parent
REPO = HERE.parents[1]
sys.path.insert(0, str(HERE))  # drafts.py, crashing_checker.py (also for spawned workers)

CHROMIUM = Path("/usr/bin/chromium")
CHROMEDRIVER = Path("/usr/bin/chromedriver")


def wmo_docs_cmd() -> list[str]:
    exe = Path(sys.executable).with_name("wmo-docs")
    return [str(exe)] if exe.exists() else [sys.executable, "-m", "wmo_docs"]


def run_cli(*args: str, timeout: float = 600, **kw) -> subprocess.CompletedProcess:
    env = {**os.environ, "PYTHONIOENCODING": "utf-8", "COLUMNS": "160"}
    return subprocess.run([*wmo_docs_cmd(), *args], capture_output=True, text=True, timeout=timeout, env=env, **kw)


@pytest.fixture()
def browser(tmp_path):
    if not CHROMIUM.exists() or not CHROMEDRIVER.exists():
        pytest.fail(f"Chromium is nodig voor deze test ({CHROMIUM}, {CHROMEDRIVER}): apt-get install chromium chromium-driver")
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = str(CHROMIUM)
    for arg in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--no-first-run", f"--user-data-dir={tmp_path / 'chromium-profiel'}", "--window-size=1400,1200"):
        options.add_argument(arg)
    driver = webdriver.Chrome(service=Service(str(CHROMEDRIVER)), options=options)
    yield driver
    driver.quit()
