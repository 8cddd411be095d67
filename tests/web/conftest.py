"""The real server for the web tests: ``wmo-docs serve`` (uvicorn) in a subprocess on a free port."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
from pathlib import Path

import httpx
import pytest

REPO = Path(__file__).resolve().parents[2]
EXAMPLES = REPO / "examples"
TOKEN = "test-token-met-genoeg-tekens-0123"
DUTCH = (" de ", " het ", " een ", " is ", " niet ", " van ", " geen ", " deze ")


def wmo_docs_cmd() -> list[str]:
    exe = Path(sys.executable).with_name("wmo-docs")
    return [str(exe)] if exe.exists() else [sys.executable, "-m", "wmo_docs"]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Server:
    """One ``wmo-docs serve`` process; ``log()`` is everything it wrote to stderr."""

    def __init__(self, tmp: Path, *args: str, env: dict[str, str] | None = None) -> None:
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.log_path = tmp / f"server-{self.port}.log"
        self._log = open(self.log_path, "wb")
        environment = {**os.environ, "PYTHONIOENCODING": "utf-8"}
        environment.pop("WMO_DOCS_TOKEN", None)  # only what the test passes
        environment.update(env or {})
        self.started = time.perf_counter()
        self.proc = subprocess.Popen([*wmo_docs_cmd(), "serve", "--port", str(self.port), *args],
                                     stdout=self._log, stderr=subprocess.STDOUT, env=environment)
        self.startup_seconds = self._wait()

    def _wait(self) -> float:
        deadline = time.perf_counter() + 30
        while time.perf_counter() < deadline:
            if self.proc.poll() is not None:
                raise RuntimeError(f"server stopped: {self.log()}")
            try:
                if httpx.get(f"{self.url}/health", timeout=1).status_code == 200:
                    return time.perf_counter() - self.started
            except httpx.HTTPError:
                time.sleep(0.05)
        raise RuntimeError(f"server did not start: {self.log()}")

    def client(self, **kw) -> httpx.Client:
        return httpx.Client(base_url=self.url, timeout=120, **kw)

    def wait_ready(self, timeout: float = 60) -> None:
        """Until the background warm-up has built the language pipeline."""
        deadline = time.perf_counter() + timeout
        while time.perf_counter() < deadline:
            if httpx.get(f"{self.url}/health").json()["pijplijn_klaar"]:
                return
            time.sleep(0.1)
        raise RuntimeError("pipeline not ready")

    def healthy(self) -> bool:
        return self.proc.poll() is None and httpx.get(f"{self.url}/health", timeout=10).status_code == 200

    def log(self) -> str:
        self._log.flush()
        return self.log_path.read_text(encoding="utf-8", errors="replace")

    def stop(self) -> None:
        self.proc.terminate()
        try:
            self.proc.wait(timeout=15)
        except subprocess.TimeoutExpired:  # pragma: no cover
            self.proc.kill()
        self._log.close()


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    srv = Server(tmp_path_factory.mktemp("server"))
    yield srv
    srv.stop()


@pytest.fixture(scope="module")
def token_server(tmp_path_factory):
    srv = Server(tmp_path_factory.mktemp("server-token"), "--token", TOKEN)
    yield srv
    srv.stop()


@pytest.fixture(scope="module")
def client(server):
    with server.client() as c:
        yield c


def problem(response: httpx.Response, status: int) -> dict:
    """Assert an RFC 9457 problem with a Dutch detail and no traceback; return it."""
    assert response.status_code == status, response.text[:500]
    assert response.headers["content-type"].startswith("application/problem+json"), response.headers
    body = response.json()
    assert body["status"] == status and body["type"] and body["title"] and body["detail"]
    assert "Traceback" not in response.text and "Error" not in body["detail"], body
    detail = body["detail"]
    assert detail[0].isupper() and detail.rstrip()[-1] in ".?)'", detail
    assert any(w in f" {detail.lower()} " for w in DUTCH), f"not Dutch: {detail}"
    return body


def examples(kind: str, pattern: str = "*") -> list[Path]:
    return sorted(p for p in (EXAMPLES / kind).glob(pattern) if not p.name.endswith(".expected.json"))
