"""The API and the CLI give the same findings for the same draft."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

import pytest
from conftest import EXAMPLES, REPO, wmo_docs_cmd

CORPUS = REPO / "tests" / "corpus" / "drafts"
SUFFIXES = (".docx", ".txt", ".md", ".pdf")
DRAFTS = sorted((EXAMPLES / "drafts").iterdir()) + sorted(p for p in CORPUS.iterdir() if p.suffix in SUFFIXES)[::4]


def _findings(file_entry: dict) -> list[tuple]:
    return [(f["rule"], f["severity"], f["message"], json.dumps(f.get("location"), sort_keys=True))
            for f in file_entry["findings"]]


@pytest.mark.slow
def test_api_and_cli_agree(client, tmp_path):
    res = subprocess.run([*wmo_docs_cmd(), "check", *map(str, DRAFTS), "--format", "json", "-o", str(tmp_path / "r.json")],
                         capture_output=True, text=True, timeout=600)
    assert res.returncode in (0, 1), res.stderr
    cli = {Path(f["path"]).name: f for f in json.loads((tmp_path / "r.json").read_text(encoding="utf-8"))["files"]}
    assert len(cli) == len(DRAFTS)
    for draft in DRAFTS:
        r = client.post("/api/v1/check", files={"bestand": (draft.name, draft.read_bytes())})
        assert r.status_code == 200, r.text
        api = r.json()["files"][0]
        assert (api["document"], api["soort"]) == (cli[draft.name]["document"], cli[draft.name]["soort"]), draft.name
        assert _findings(api) == _findings(cli[draft.name]), draft.name


def test_api_and_cli_agree_with_a_case(client, tmp_path):
    case = sorted(CORPUS.glob("*.case.json"))[0]
    draft = next(p for p in CORPUS.iterdir() if p.name.startswith(case.name[: -len(".case.json")]) and p.suffix in SUFFIXES)
    res = subprocess.run([*wmo_docs_cmd(), "check", str(draft), "--case", str(case), "--format", "json"],
                         capture_output=True, text=True, timeout=600)
    r = client.post("/api/v1/check", files={"bestand": (draft.name, draft.read_bytes()),
                                            "casus": (case.name, case.read_bytes(), "application/json")})
    assert res.returncode in (0, 1), res.stderr
    assert r.status_code == 200, r.text
    cli = json.loads(res.stdout)["files"][0]
    assert _findings(r.json()["files"][0]) == _findings(cli)
