"""Hostile input against the real server: right status, a Dutch problem, and the server stays healthy."""

from __future__ import annotations

import io
import zipfile

import httpx
import pytest
from conftest import EXAMPLES, TOKEN, problem

from wmo_docs.reading import limits

DRAFT = EXAMPLES / "drafts" / "goed_scootmobiel_toekenning.txt"
CASE = EXAMPLES / "cases" / "01-huishoudelijke-ondersteuning-natura.json"


@pytest.fixture(autouse=True)
def still_healthy(server):
    yield
    assert server.healthy(), server.log()[-2000:]


def _docx_parts() -> dict[str, bytes]:
    with zipfile.ZipFile(EXAMPLES / "drafts" / "goed_traplift_toekenning.docx") as zf:
        return {n: zf.read(n) for n in zf.namelist()}


def _zip(parts: dict[str, bytes]) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, data in parts.items():
            zf.writestr(name, data)
    return buf.getvalue()


@pytest.mark.parametrize("body", [b"dit is geen json", b'{"zaak": ', b"\xff\xfe\x00", b"[" * 200 + b"]" * 200, b""])
def test_not_json_is_422(client, body):
    for path in ("/api/v1/validate", "/api/v1/generate"):
        detail = problem(client.post(path, content=body, headers={"content-type": "application/json"}), 422)["detail"]
        assert "JSON" in detail or "genest" in detail or "UTF-8" in detail


def test_json_that_is_no_object(client):
    assert problem(client.post("/api/v1/generate", content=b"[1, 2]"), 422)
    r = client.post("/api/v1/validate", content=b"[1, 2]")
    assert r.status_code == 200 and r.json()["files"][0]["valid"] is False


def test_oversized_case_is_413(client):
    big = b'{"x": "' + b"a" * (5 * 1024 * 1024 + 10) + b'"}'
    detail = problem(client.post("/api/v1/validate", content=big), 413)["detail"]
    assert "5 MB" in detail


def test_oversized_case_without_length_is_413(client):
    def chunks():  # chunked transfer: no Content-Length, counted while it streams in
        yield b'{"x": "'
        for _ in range(6):
            yield b"a" * (1024 * 1024)
        yield b'"}'

    try:
        r = client.post("/api/v1/validate", content=chunks())
    except httpx.HTTPError:  # the server may close the connection right after its answer
        return
    problem(r, 413)


def test_oversized_draft_is_413(client):
    blob = b"a" * (limits.MAX_FILE_BYTES + 1024)
    try:
        r = client.post("/api/v1/check", files={"bestand": ("groot.txt", blob)})
    except httpx.HTTPError:
        pytest.fail("the server should answer 413, not drop the connection")
    assert "50 MB" in problem(r, 413)["detail"]


@pytest.mark.parametrize("name,data,status,words", [
    ("oud.doc", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 600, 415, ".doc"),
    ("plaatje.png", b"\x89PNG\r\n\x1a\n" + b"\0" * 100, 415, "niet ondersteund"),
    ("geen-extensie", b"Geachte mevrouw", 415, "niet ondersteund"),
    ("vermomd.docx", b"%PDF-1.4 nep", 422, "PDF"),
    ("vermomd.pdf", b"Geachte mevrouw", 422, "geen PDF"),
    ("leeg.txt", b"", 422, "leeg"),
    ("kapot.docx", b"PK\x03\x04" + b"\0" * 50, 422, "beschadigd"),
])
def test_wrong_or_broken_file_type(client, name, data, status, words):
    assert words in problem(client.post("/api/v1/check", files={"bestand": (name, data)}), status)["detail"]


def test_docx_zip_bomb_is_413(client):
    parts = _docx_parts()
    parts["word/document.xml"] = b"<w:document>" + b" " * (20 * 1024 * 1024) + b"</w:document>"
    detail = problem(client.post("/api/v1/check", files={"bestand": ("bom.docx", _zip(parts))}), 413)["detail"]
    assert "zip-bom" in detail


def test_docx_entity_bomb_is_refused(client):
    from tests.check.test_bad_input import LOL_BOMB

    parts = _docx_parts()
    parts["word/document.xml"] = LOL_BOMB
    assert "DOCTYPE" in problem(client.post("/api/v1/check", files={"bestand": ("lol.docx", _zip(parts))}), 422)["detail"]


def test_too_long_text_is_413(client):
    text = ("Wij kennen u hulp toe. " * 20000).encode()
    assert len(text) > limits.MAX_TEXT_CHARS
    assert "te lang" in problem(client.post("/api/v1/check", files={"bestand": ("lang.txt", text)}), 413)["detail"]


def test_batch_zip_bomb_is_413(client):
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("bom.txt", b"\0" * (30 * 1024 * 1024))  # 30 MB of zeros in ~30 kB
    assert len(buf.getvalue()) < 100_000
    detail = problem(client.post("/api/v1/batch", files={"archief": ("bom.zip", buf.getvalue())}), 413)["detail"]
    assert "zip-bom" in detail


def test_batch_too_many_members_is_413(client):
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_STORED) as zf:
        for i in range(limits.MAX_ZIP_ENTRIES + 1):
            zf.writestr(f"c{i}.txt", b"x")
    assert "bestanden" in problem(client.post("/api/v1/batch", files={"archief": ("veel.zip", buf.getvalue())}), 413)["detail"]


@pytest.mark.parametrize("name,data,status", [
    ("geen.zip", b"dit is geen zip", 422),
    ("map.tar", b"x", 415),
    ("leeg.zip", _zip({"notities.xlsx": b"x", "../../etc/passwd.txt": b"x", ".verborgen.txt": b"x"}), 422),
])
def test_batch_bad_archives(client, name, data, status):
    problem(client.post("/api/v1/batch", files={"archief": (name, data)}), status)


def test_missing_fields_and_wrong_content_type(client):
    problem(client.post("/api/v1/check", files={"ander_veld": ("a.txt", b"x")}), 422)
    problem(client.post("/api/v1/check", content=b"Geachte", headers={"content-type": "text/plain"}), 415)
    problem(client.post("/api/v1/batch", data={"archief": "tekst"}), 415)  # urlencoded, not multipart
    problem(client.post("/api/v1/batch", files={"archief": (None, "tekst")}), 422)  # a text field, no file
    problem(client.post("/api/v1/check", content=b"--x\r\nkapot", headers={"content-type": "multipart/form-data; boundary=x"}), 422)


def test_unknown_paths_and_methods(client):
    problem(client.get("/api/v1/bestaat-niet"), 404)
    problem(client.get("/api/v1/check"), 405)
    problem(client.delete("/health"), 405)


def test_the_access_log_has_no_names_or_case_data(server, client):
    client.post("/api/v1/check?format=json", files={"bestand": ("Jansen-geheim-dossier.txt", DRAFT.read_bytes())})
    client.post("/api/v1/validate", content=CASE.read_bytes())
    log = server.log()
    assert "POST /api/v1/check 200" in log
    for secret in ("Jansen-geheim-dossier", "format=json", "Vries", "111222333", "Lindelaan", "Traceback"):
        assert secret not in log


# ---------------------------------------------------------------------------- token
def test_token_server_refuses_without_or_with_a_bad_token(token_server):
    with token_server.client() as c:
        for headers in ({}, {"authorization": "Bearer fout-token"}, {"authorization": f"Basic {TOKEN}"},
                        {"authorization": f"Bearer {TOKEN}x"}):
            r = c.post("/api/v1/validate", content=CASE.read_bytes(), headers=headers)
            assert problem(r, 401) and r.headers["www-authenticate"].startswith("Bearer")
            problem(c.get("/api/v1/rules", headers=headers), 401)
            problem(c.get("/openapi.json", headers=headers), 401)
        assert c.get("/health").status_code == 200
        ok = c.post("/api/v1/validate", content=CASE.read_bytes(), headers={"authorization": f"Bearer {TOKEN}"})
        assert ok.status_code == 200
        page = c.get("/brief", headers={"accept": "text/html"})
        assert page.status_code == 303 and page.headers["location"] == "/inloggen"
    assert token_server.healthy() and TOKEN not in token_server.log()


def test_token_login_cookie(token_server):
    import re

    with token_server.client() as c:
        form = c.get("/inloggen")
        csrf = re.search(r'name="csrf" value="([^"]+)"', form.text).group(1)
        bad = c.post("/inloggen", data={"csrf": csrf, "token": "fout"})
        assert bad.status_code == 401 and "klopt niet" in bad.text
        good = c.post("/inloggen", data={"csrf": csrf, "token": TOKEN})
        assert good.status_code == 303 and "wmo_toegang" in good.headers["set-cookie"]
        assert "HttpOnly" in good.headers["set-cookie"] and "SameSite=strict" in good.headers["set-cookie"]
        assert c.get("/brief").status_code == 200
        assert TOKEN not in good.headers["set-cookie"]


def test_a_dying_checker_process_is_replaced(tmp_path):
    """A draft that kills the reader hard takes down the checker process, not the server."""
    import os
    import signal
    import time
    from pathlib import Path

    from conftest import Server

    srv = Server(tmp_path)
    try:
        srv.wait_ready()
        children = Path(f"/proc/{srv.proc.pid}/task/{srv.proc.pid}/children").read_text().split()
        assert children, "the checker runs in a process of its own"
        for child in children:
            os.kill(int(child), signal.SIGKILL)
        time.sleep(0.2)
        with srv.client() as c:
            first = c.post("/api/v1/check", files={"bestand": (DRAFT.name, DRAFT.read_bytes())})
            if first.status_code != 200:  # the request that met the dead process gets a Dutch answer
                assert "controleproces" in problem(first, 422)["detail"]
            deadline = time.time() + 60
            while time.time() < deadline:
                again = c.post("/api/v1/check", files={"bestand": (DRAFT.name, DRAFT.read_bytes())})
                if again.status_code == 200:
                    break
                time.sleep(0.5)
            assert again.status_code == 200 and again.json()["files"][0]["path"] == DRAFT.name
        assert srv.healthy()
        # (killing a worker with SIGKILL makes the stdlib's resource tracker complain; the server itself does not)
        assert "wmo_docs/" not in srv.log() and "interne fout" not in srv.log()
    finally:
        srv.stop()
