"""The README's terminal examples are run, so they cannot drift from what wmo-docs really prints.

Every ```console block is a session: each ``$ wmo-docs …`` line runs in a scratch folder that sees
the repository's ``examples/`` and ``tests/``; the lines under it are its expected output, in order
(a line with "…" only has to start with the part before it, a line "..." stands for lines left out); ``$ echo $?`` checks the exit code.
Commands that need files the README only imagines (``brief-jansen.docx``) or that keep running
(``serve``) are listed in ``ILLUSTRATIONS`` and must stay few.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
README = ROOT / "README.md"
ILLUSTRATIONS = ("brief-jansen.docx", "wmo-docs serve")


def sessions() -> list[list[tuple[str, list[str]]]]:
    blocks = re.findall(r"```console\n(.*?)```", README.read_text(encoding="utf-8"), flags=re.S)
    out = []
    for block in blocks:
        steps: list[tuple[str, list[str]]] = []
        for line in block.splitlines():
            if line.startswith("$ "):
                steps.append((line[2:], []))
            elif steps:
                steps[-1][1].append(line)
        out.append(steps)
    return out


SESSIONS = [s for s in sessions() if s and not any(i in cmd for cmd, _ in s for i in ILLUSTRATIONS)]


def test_the_readme_has_runnable_examples():
    assert len(SESSIONS) >= 4
    assert len([s for s in sessions() if s]) - len(SESSIONS) <= len(ILLUSTRATIONS)


def _matches(expected: list[str], actual: list[str]) -> str | None:
    """None when every expected line appears in order in the actual output, else the first that does not."""
    at = 0
    for want in (w.rstrip() for w in expected if w.strip() and w.strip() != "..."):  # "..." elides lines
        prefix = want.split("…")[0].rstrip() if "…" in want else None
        while at < len(actual):
            got = actual[at].rstrip()
            at += 1
            if got == want or (prefix is not None and got.startswith(prefix)):
                break
        else:
            return want
    return None


@pytest.mark.parametrize("steps", SESSIONS, ids=lambda s: s[0][0][:60])
def test_readme_session_prints_what_the_readme_says(steps, tmp_path):
    for name in ("examples", "tests"):
        (tmp_path / name).symlink_to(ROOT / name)
    env = {**os.environ, "COLUMNS": "100", "NO_COLOR": "1", "TERM": "dumb",
           "PATH": f"{Path(sys.executable).parent}{os.pathsep}{os.environ.get('PATH', '')}"}
    last = None
    for command, expected in steps:
        if command == "echo $?":
            assert last is not None and str(last.returncode) == expected[0].strip(), (command, last.stderr)
            continue
        last = subprocess.run(["bash", "-c", command], cwd=tmp_path, capture_output=True, text=True, env=env,
                              timeout=300)
        actual = (last.stdout + last.stderr).splitlines()
        missing = _matches(expected, actual)
        assert missing is None, f"README: '$ {command}' drukt niet meer af:\n  {missing}\nwel:\n" + "\n".join(actual)


def test_every_rule_id_the_readme_names_exists():
    """A rule ID in the README is a real check rule (checks/rules/) or a validate rule (case/rules.toml)."""
    import tomllib

    from wmo_docs.rules.catalogue import load_rules

    known = {r.id for r in load_rules()}
    known |= set(tomllib.loads((ROOT / "wmo_docs" / "case" / "rules.toml").read_text(encoding="utf-8")))
    words = set(re.findall(r"\b[A-Z]{3,}(?:-[A-Z0-9]+)+\b", README.read_text(encoding="utf-8")))
    not_rules = {"HTTP-API", "REGEL-ID", "UTF-8"}
    assert words - known - not_rules == set()
