"""The top-level command line: help, version, exit code 2 for usage errors."""

from __future__ import annotations

import subprocess
import sys

from wmo_docs import __version__


def run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "wmo_docs", *args], capture_output=True, text=True, timeout=120)


def test_help_is_dutch_and_lists_commands() -> None:
    result = run("--help")
    assert result.returncode == 0
    assert "Opdrachten" in result.stdout
    for name in ("validate", "generate", "check"):
        assert name in result.stdout
    assert "Exitcodes" in result.stdout


def test_version() -> None:
    result = run("--version")
    assert result.returncode == 0
    assert result.stdout.strip() == f"wmo-docs {__version__}"


def test_unknown_command_is_usage_error() -> None:
    result = run("bestaat-niet")
    assert result.returncode == 2
    assert "Traceback" not in result.stderr


def test_click_texts_are_dutch() -> None:
    result = run("--hulp")
    assert result.returncode == 2
    assert "Fout: Onbekende optie '--hulp'" in result.stderr
    assert "Gebruik: wmo-docs [OPTIES]" in result.stderr
    assert run("--help").stdout.count("Toon deze hulp en stop.") == 1
