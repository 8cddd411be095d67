"""The web app without JavaScript (plain form posts, as a browser without scripts sends them)."""

from __future__ import annotations

import io
import json
import re
import time
import zipfile
from html.parser import HTMLParser

import docx
import pytest
from conftest import EXAMPLES, examples

from wmo_docs.web.forms import build_form, parse_form

CASE = EXAMPLES / "cases" / "01-huishoudelijke-ondersteuning-natura.json"


class _Form(dict):
    def getlist(self, key):
        v = self.get(key)
        return v if isinstance(v, list) else ([] if v in (None, "") else [v])


def form_fields(data) -> dict:
    """What the browser posts for this case: every field by its JSON pointer, plus the list counts."""
    sections, _ = build_form(data)
    out: dict = {}

    def walk(nodes):
        for n in nodes:
            if n.kind == "list":
                out[f"aantal:{n.pointer}"] = str(len(n.children))
            if n.kind == "field" and n.value not in ("", []):
                out[n.pointer] = n.value
            walk(n.children)

    walk(sections)
    return out


@pytest.mark.parametrize("case", examples("cases") + examples("invalid", "*.json"), ids=lambda p: p.stem[:24])
def test_form_round_trip(case):
    data = json.loads(case.read_text(encoding="utf-8"))
    data.pop("$schema", None)
    back = parse_form(_Form(form_fields(data)))
    if case.parent.name == "cases":
        assert back == data
    else:  # invalid examples may hold values of the wrong type: the form keeps what it can show
        assert set(back) <= set(data)


def _csrf(client, path="/brief") -> str:
    return re.search(r'name="csrf" value="([^"]+)"', client.get(path).text).group(1)


def test_form_is_built_from_the_schema(client):
    page = client.get("/brief").text
    for legend in ("Cliënt", "Onderzoek", "Afweging", "Eigen kracht", "Gebruikelijke hulp", "Mantelzorg",
                   "Sociaal netwerk", "Algemene voorzieningen", "Voorliggende voorzieningen", "Besluit"):
        assert f"<legend>{legend}" in page, legend
    assert 'name="/client/bsn"' in page and 'name="/besluit/voorzieningen/0/omvang/volume"' in page


class _Labels(HTMLParser):
    def __init__(self):
        super().__init__()
        self.controls, self.labels, self.in_label = [], set(), 0

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "label":
            self.in_label += 1
            if a.get("for"):
                self.labels.add(a["for"])
        if tag in ("input", "select", "textarea") and a.get("type") not in ("hidden", "submit"):
            self.controls.append((a.get("id"), self.in_label > 0))

    def handle_endtag(self, tag):
        if tag == "label":
            self.in_label -= 1


@pytest.mark.parametrize("path", ["/brief?voorbeeld=06-dagbesteding-met-mentor.json", "/controleren", "/partij"])
def test_every_control_has_a_label(client, path):
    parser = _Labels()
    parser.feed(client.get(path).text)
    assert parser.controls
    for ident, wrapped in parser.controls:
        assert wrapped or ident in parser.labels, ident


def test_post_without_csrf_is_refused(client):
    r = client.post("/brief", data={"actie": "controleren"}, headers={"accept": "text/html"})
    assert r.status_code == 403 and "CSRF" in r.text and "<html" in r.text
    r = client.post("/controleren", files={"bestand": ("a.txt", b"Geachte")}, data={"csrf": "fout"})
    assert r.status_code == 403


def test_field_error_beside_the_field_then_generate(client):
    data = json.loads(CASE.read_text(encoding="utf-8"))
    fields = form_fields(data)
    csrf = _csrf(client)
    bad = {**fields, "/client/bsn": "123456789", "/client/adres/huisnummer": "twaalf", "csrf": csrf, "actie": "controleren"}
    r = client.post("/brief", data=bad)
    assert r.status_code == 422
    bsn = re.search(r'<ul class="meldingen" id="veld-client-bsn-melding">(.*?)</ul>', r.text, re.S)
    assert bsn and "elfproef" in bsn.group(1)
    assert re.search(r'id="veld-client-bsn" name="/client/bsn" value="123456789"\s+type="text" aria-describedby="[^"]*veld-client-bsn-melding" aria-invalid="true"', r.text)
    assert 'id="veld-client-adres-huisnummer-melding"' in r.text and 'href="#veld-client-bsn"' in r.text
    ok = client.post("/brief", data={**fields, "csrf": csrf, "actie": "beschikking-docx"})
    assert ok.status_code == 200 and 'filename="Z-2026-004512-beschikking.docx"' in ok.headers["content-disposition"]
    assert ok.headers["cache-control"] == "no-store"
    docx.Document(io.BytesIO(ok.content))
    saved = client.post("/brief", data={**fields, "csrf": csrf, "actie": "json"})
    assert json.loads(saved.content) == {k: v for k, v in data.items() if k != "$schema"}


def test_add_a_row(client):
    fields = form_fields(json.loads(CASE.read_text(encoding="utf-8")))
    r = client.post("/brief", data={**fields, "csrf": _csrf(client), "actie": "toevoegen:/onderzoek/aanwezigen"})
    assert r.status_code == 200 and 'name="/onderzoek/aanwezigen/3/naam"' in r.text


def test_load_json_file(client):
    csrf = _csrf(client)
    r = client.post("/brief/laden", data={"csrf": csrf}, files={"casus_bestand": ("zaak.json", CASE.read_bytes())})
    assert r.status_code == 200 and 'value="111222333"' in r.text and "geladen" in r.text
    r = client.post("/brief/laden", data={"csrf": csrf}, files={"casus_bestand": ("zaak.json", b"{kapot")})
    assert r.status_code == 422 and "Geen geldige JSON" in r.text


def test_check_page_without_javascript(client):
    draft = EXAMPLES / "drafts" / "fout_kortdurend_verblijf_sjabloonresten.docx"
    csrf = _csrf(client, "/controleren")
    r = client.post("/controleren", data={"csrf": csrf, "actie": "controleren"},
                    files={"bestand": (draft.name, draft.read_bytes())})
    assert r.status_code == 200 and '<mark class="ernst-error"' in r.text and draft.name in r.text
    assert "script-src 'self'" in r.headers["content-security-policy"]
    d = client.post("/controleren", data={"csrf": csrf, "actie": "docx"}, files={"bestand": (draft.name, draft.read_bytes())})
    assert d.status_code == 200 and d.headers["content-disposition"].endswith('.opmerkingen.docx"')
    bad = client.post("/controleren", data={"csrf": csrf}, files={"bestand": ("oud.doc", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 100)})
    assert bad.status_code == 415 and "Opslaan als" in bad.text and 'role="alert"' in bad.text


def test_batch_page_without_javascript(client):
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        for p in examples("drafts"):
            zf.write(p, p.name)
    csrf = _csrf(client, "/partij")
    r = client.post("/partij", data={"csrf": csrf}, files={"archief": ("m.zip", buf.getvalue())})
    assert r.status_code == 303 and r.headers["location"].startswith("/partij/")
    deadline = time.time() + 120
    while time.time() < deadline:
        page = client.get(r.headers["location"]).text
        if "link-overzicht" in page:
            break
        assert '<noscript><meta http-equiv="refresh"' in page
        time.sleep(0.3)
    assert "Bekijk het overzicht" in page and "noscript" not in page


def test_pages_and_security_headers(client):
    for path in ("/", "/brief", "/controleren", "/partij", "/regels", "/regels/BEZWAAR-CLAUSULE", "/docs"):
        r = client.get(path)
        assert r.status_code == 200, path
        csp = r.headers["content-security-policy"]
        assert "frame-ancestors 'none'" in csp and "'unsafe-inline'" not in csp.split("script-src")[1].split(";")[0]
        assert r.headers["x-content-type-options"] == "nosniff" and r.headers["referrer-policy"] == "no-referrer"
        assert r.headers["cache-control"] == "no-store"
        assert "<script>" not in r.text and " on" + "click=" not in r.text  # no inline script
    assert "BEZWAAR-CLAUSULE" in client.get("/regels").text
    r = client.get("/nergens", headers={"accept": "text/html"})
    assert r.status_code == 404 and "<html" in r.text
