"""``wmo-docs serve`` itself: refuses an open address without a token, starts fast, cleans up after itself."""

from __future__ import annotations

import os
import subprocess
import time
from pathlib import Path

import httpx
from conftest import EXAMPLES, Server, TOKEN, free_port, wmo_docs_cmd


def _run(*args: str, env: dict | None = None) -> subprocess.CompletedProcess:
    environment = {**os.environ, "PYTHONIOENCODING": "utf-8"}
    environment.pop("WMO_DOCS_TOKEN", None)
    environment.update(env or {})
    return subprocess.run([*wmo_docs_cmd(), "serve", *args], capture_output=True, text=True, timeout=60, env=environment)


def test_open_address_without_token_is_refused():
    for host in ("0.0.0.0", "192.168.1.10", "::"):
        res = _run("--host", host, "--port", str(free_port()))
        assert res.returncode == 2
        assert "token" in res.stderr and "--host 127.0.0.1" in res.stderr and "Traceback" not in res.stderr


def test_short_token_and_bad_profile_are_refused(tmp_path):
    res = _run("--host", "0.0.0.0", "--token", "kort")
    assert res.returncode == 2 and "te kort" in res.stderr
    res = _run("--profile", str(tmp_path / "bestaat-niet"), "--port", str(free_port()))
    assert res.returncode == 2 and "Fout in --profile" in res.stderr and "Traceback" not in res.stderr


def test_port_in_use_is_a_dutch_error(server):
    res = _run("--port", str(server.port))
    assert res.returncode == 2 and "andere poort" in res.stderr


def test_help_is_dutch():
    res = subprocess.run([*wmo_docs_cmd(), "--help"], capture_output=True, text=True)
    assert "serve" in res.stdout and "webapp" in res.stdout
    res = _run("--help")
    assert res.returncode == 0 and "--token" in res.stdout and "WMO_DOCS_TOKEN" in res.stdout


def test_token_from_the_environment(tmp_path):
    srv = Server(tmp_path, env={"WMO_DOCS_TOKEN": TOKEN})
    try:
        assert httpx.get(f"{srv.url}/api/v1/rules").status_code == 401
        assert httpx.get(f"{srv.url}/api/v1/rules", headers={"authorization": f"Bearer {TOKEN}"}).status_code == 200
    finally:
        srv.stop()


def test_starts_fast_and_removes_its_temp_dir(tmp_path):
    tmp = tmp_path / "tmp"
    tmp.mkdir()
    srv = Server(tmp_path, env={"TMPDIR": str(tmp)})
    try:
        assert srv.startup_seconds < 3, srv.startup_seconds
        roots = list(tmp.glob("wmo-docs-serve-*"))
        assert len(roots) == 1 and oct(roots[0].stat().st_mode)[-3:] == "700"
        draft = EXAMPLES / "drafts" / "goed_traplift_toekenning.docx"
        with srv.client() as c:
            assert c.post("/api/v1/check", files={"bestand": (draft.name, draft.read_bytes())}).status_code == 200
            assert c.post("/api/v1/check", files={"bestand": ("x.docx", b"PK\x03\x04kapot")}).status_code == 422
        time.sleep(0.2)
        leftovers = [p for p in roots[0].rglob("*") if p.is_file()]
        assert leftovers == [], leftovers  # every request's files are gone once it is answered
        assert not any(p.name != roots[0].name for p in tmp.iterdir() if p != roots[0])
    finally:
        srv.stop()
    assert not roots[0].exists(), "the private temp dir is removed at shutdown"
