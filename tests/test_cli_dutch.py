"""The CLI speaks Dutch throughout: help, usage errors and the rules table, also at 80 columns."""

from __future__ import annotations

import ast
import os
import re
import subprocess
import sys
from pathlib import Path

import click
import pytest

from wmo_docs import cli_nl
from wmo_docs.rules.catalogue import load_rules

ENGLISH = re.compile(
    r"Usage:|Options|Commands|Show this|\[required\]|default:|Choose from|Error:|No such|Missing |Invalid value|"
    r"\b(TEXT|INTEGER|PATH|FILE|DIRECTORY|CASES|FILES|BOOLEAN|FLOAT)\b|is not one of|does not exist|env var"
)
SUBCOMMANDS = ["", "validate", "generate", "check", "templates", "templates lint", "rules"]


def cli(*args: str, columns: int = 100) -> subprocess.CompletedProcess:
    env = {**os.environ, "COLUMNS": str(columns), "NO_COLOR": "1"}
    return subprocess.run([sys.executable, "-m", "wmo_docs", *args], capture_output=True, text=True, env=env, timeout=120)


def click_message_ids() -> set[str]:
    """Every string click passes through gettext (``_("…")`` or ``ngettext("…", …)``)."""
    ids: set[str] = set()
    for source in Path(click.__file__).parent.glob("*.py"):
        for node in ast.walk(ast.parse(source.read_text(encoding="utf-8"))):
            if (isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id in ("_", "ngettext")
                    and node.args and isinstance(node.args[0], ast.Constant)):
                ids.add(node.args[0].value)
    return ids


def test_every_click_message_has_a_dutch_translation():
    ids = click_message_ids()
    assert len(ids) > 50  # the scan found click's messages
    missing = ids - set(cli_nl.NL) - set(cli_nl.NL_PLURAL) - cli_nl.DEVELOPER_ONLY
    assert not missing, f"click-teksten zonder vertaling: {sorted(missing)}"


@pytest.mark.parametrize("command", SUBCOMMANDS)
def test_help_has_no_english(command):
    res = cli(*command.split(), "--help")
    assert res.returncode == 0, res.stderr
    assert "Gebruik:" in res.stdout and "Opties" in res.stdout
    assert not ENGLISH.search(res.stdout), ENGLISH.search(res.stdout)


@pytest.mark.parametrize("args", [
    ("generate",),                                   # missing argument
    ("generate", "zaak.json"),                       # missing required option with choices
    ("check", "--format", "xml", "a.docx"),          # bad choice
    ("check", "--bogus", "a.docx"),                  # unknown option
    ("check", "--jobs", "twee", "a.docx"),           # not an integer
    ("check", "a.docx", "--select"),                 # option without its value
    ("validate", "bestaat-niet.json"),               # a file that is not there
    ("nope",),                                       # unknown command
    ("rules", "BEZWAAR"),                            # unknown rule with a suggestion
])
def test_usage_errors_are_dutch_with_exit_2(args):
    res = cli(*args)
    said = res.stdout + res.stderr
    assert res.returncode == 2, res
    assert ("Fout:" in res.stderr or "bestaat-niet.json" in said) and "Traceback" not in said
    assert not ENGLISH.search(said), ENGLISH.search(said)


def test_rules_table_fits_80_columns_without_cutting_words():
    res = cli("rules", columns=80)
    assert res.returncode == 0
    lines = res.stdout.splitlines()
    assert max(len(line) for line in lines) <= 80
    words = set(re.findall(r"[\wëé-]+", res.stdout))
    for rule in load_rules():
        assert rule.id in res.stdout
        for word in re.findall(r"[\wëé]+", rule.title):
            assert word in words, f"'{word}' van {rule.id} is afgebroken"
