"""The web app's pages (Dutch, B1): Nieuwe brief, Concept controleren, Partij controleren, Regels.

Every core form works without JavaScript: plain POSTs, answered with a page or a
download, and the batch page refreshes itself. ``static/app.js`` only adds live progress.
Each form carries a CSRF token bound to the browser's session cookie.
"""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path
from typing import Any

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from starlette.concurrency import run_in_threadpool

from wmo_docs.errors import InputError
from wmo_docs.web import engine, forms
from wmo_docs.web.problems import Problem, sentence
from wmo_docs.web.security import ACCESS_COOKIE, CSP_PAGES, csrf_ok, csrf_token
from wmo_docs.web.uploads import is_upload, private_dir

router = APIRouter(include_in_schema=False)
HERE = Path(__file__).resolve().parent
CSP_WITH_REPORT = CSP_PAGES.replace("style-src 'self'", "style-src 'self' 'unsafe-inline'")
DOCUMENT_BUTTONS = [("beschikking", "docx", "Beschikking maken (.docx)"), ("beschikking", "pdf", "Beschikking maken (PDF)"),
                    ("rapportage", "docx", "Rapportage maken (.docx)"), ("rapportage", "pdf", "Rapportage maken (PDF)")]


@cache
def _env():
    from jinja2 import Environment, FileSystemLoader, StrictUndefined, select_autoescape

    return Environment(loader=FileSystemLoader(str(HERE / "templates")), autoescape=select_autoescape(default=True),
                       undefined=StrictUndefined, trim_blocks=True, lstrip_blocks=True)


def render(request: Request, template: str, status: int = 200, headers: dict[str, str] | None = None, **context: Any) -> HTMLResponse:
    context.setdefault("active", "")
    context.setdefault("error", None)
    html = _env().get_template(template).render(csrf=csrf_token(request), token_login=bool(request.app.state.settings.token),
                                             **context)
    return HTMLResponse(html, status_code=status, headers=headers)


def error_page(request: Request, status: int, detail: str, headers: dict[str, str] | None = None) -> HTMLResponse:
    from wmo_docs.web.problems import KINDS

    return render(request, "fout.html.j2", status=status, headers=headers, title=KINDS.get(status, ("", "Fout"))[1],
                  detail=detail, code=status)


async def _form(request: Request, *, files: int = 0, part: int = 1024 * 1024) -> Any:
    try:
        form = await request.form(max_files=files, max_fields=2000, max_part_size=part)
    except Exception as exc:  # noqa: BLE001
        from wmo_docs.web.security import BodyTooLarge

        if isinstance(exc, BodyTooLarge):
            raise
        raise Problem(400, "het formulier kon niet worden gelezen. Laad de pagina opnieuw en probeer het nog eens.") from None
    if not csrf_ok(request, form.get("csrf")):
        await form.close()
        raise Problem(403, "het formulier is verlopen of komt niet van deze site (CSRF-controle). "
                           "Laad de pagina opnieuw en verstuur het nog eens.")
    return form


# ---------------------------------------------------------------------------- start, login
@router.get("/", response_class=HTMLResponse)
async def index(request: Request):
    return render(request, "index.html.j2", title="Start")


@router.get("/inloggen", response_class=HTMLResponse)
async def login_page(request: Request):
    if not request.app.state.settings.token:
        return RedirectResponse("/", status_code=303)
    return render(request, "inloggen.html.j2", title="Inloggen")


@router.post("/inloggen")
async def login(request: Request):
    form = await _form(request)
    secrets_ = request.app.state.secrets
    if not secrets_.token_ok(form.get("token") if isinstance(form.get("token"), str) else None):
        return render(request, "inloggen.html.j2", status=401, title="Inloggen",
                      error="Dit token klopt niet. Vraag het token aan wie de server heeft gestart.")
    response = RedirectResponse("/", status_code=303)
    response.set_cookie(ACCESS_COOKIE, secrets_.access_cookie(), httponly=True, samesite="strict")
    return response


# ---------------------------------------------------------------------------- nieuwe brief
@cache
def examples() -> list[str]:
    from wmo_docs.resources import data_path

    return sorted(p.name for p in data_path("examples", "cases").glob("*.json"))


def _brief(request: Request, data: Any, findings=(), *, status: int = 200, notice: str = "", error: str | None = None,
           extra_rows=None, validated: bool = False) -> HTMLResponse:
    sections, general = forms.build_form(data, findings, extra_rows)
    messages = forms.all_messages(sections)
    errors = [(n, m) for n, m in messages if m.severity == "error"] + [(None, m) for m in general if m.severity == "error"]
    return render(request, "brief.html.j2", status=status, title="Nieuwe brief", active="brief", sections=sections,
                  general=general, messages=messages, errors=errors, notice=notice, error=error, examples=examples(),
                  buttons=DOCUMENT_BUTTONS, validated=validated)


@router.get("/brief", response_class=HTMLResponse)
async def brief(request: Request, voorbeeld: str | None = None):
    data: Any = None
    notice = ""
    if voorbeeld:
        if voorbeeld not in examples():
            raise Problem(404, "dit voorbeeld bestaat niet.")
        from wmo_docs.jsonio import read_json
        from wmo_docs.resources import data_path

        data = read_json(data_path("examples", "cases", voorbeeld), "voorbeeld")
        notice = f"Voorbeeld {voorbeeld} is geladen. Pas de velden aan en maak de brief."
    return _brief(request, data, notice=notice)


@router.post("/brief/laden", response_class=HTMLResponse)
async def brief_load(request: Request):
    settings = request.app.state.settings
    form = await _form(request, files=1, part=settings.max_json_bytes)
    try:
        upload = form.get("casus_bestand")
        if not is_upload(upload) or not upload.filename:
            return _brief(request, None, status=422, error="Kies eerst een casusbestand (.json).")
        raw = await upload.read(settings.max_json_bytes + 1)
    finally:
        await form.close()
    if len(raw) > settings.max_json_bytes:
        from wmo_docs.web.security import too_large_detail
        from wmo_docs.web.settings import megabytes

        raise Problem(413, too_large_detail(f"de casus is groter dan {megabytes(settings.max_json_bytes)}"))
    with private_dir(request.app.state.root) as folder:
        try:
            data = engine.read_case(raw, folder, "het casusbestand")
        except InputError as exc:
            return _brief(request, None, status=422, error=sentence(exc.message))
    if not isinstance(data, dict):
        return _brief(request, None, status=422, error="Het casusbestand is geen JSON-object met een casus.")
    findings = await run_in_threadpool(engine.case_findings, data, settings.profile)
    return _brief(request, data, findings, notice="Het casusbestand is geladen en gecontroleerd.", validated=True)


@router.post("/brief")
async def brief_submit(request: Request):
    settings = request.app.state.settings
    form = await _form(request)
    action = form.get("actie") if isinstance(form.get("actie"), str) else "controleren"
    data = forms.parse_form(form)
    extra = forms.added_rows(form)
    if extra:
        return _brief(request, data, extra_rows=extra)
    if action == "json":
        from wmo_docs.web.api import download

        number = str(data.get("zaak", {}).get("zaaknummer") or "casus")
        safe = "".join(c if c.isalnum() or c in "-_." else "-" for c in number).strip(".-") or "casus"
        return download(json.dumps(data, ensure_ascii=False, indent=2).encode("utf-8") + b"\n", f"{safe}.json",
                        "application/json")
    findings = await run_in_threadpool(engine.case_findings, data, settings.profile)
    wanted = next(((d, f) for d, f, _ in DOCUMENT_BUTTONS if action == f"{d}-{f}"), None)
    if wanted is None:
        geldig = not any(f.severity.value == "error" for f in findings)
        notice = "De casus is geldig. U kunt de brief nu maken." if geldig else ""
        return _brief(request, data, findings, notice=notice, status=200 if geldig else 422, validated=True)
    from wmo_docs.render import CaseInvalidError
    from wmo_docs.web.api import MEDIA, download

    document, fmt = wanted
    try:
        content, name = await run_in_threadpool(engine.generate, data, document, fmt == "pdf", settings.profile)
    except CaseInvalidError as exc:
        return _brief(request, data, exc.findings, status=422, validated=True,
                      error="De casus is nog niet geldig; er is niets gemaakt. Los de fouten hieronder op.")
    except InputError as exc:
        return _brief(request, data, findings, status=422, validated=True, error=sentence(exc.message))
    return download(content, name, MEDIA[fmt])


# ---------------------------------------------------------------------------- concept controleren
def _report_body(html: str) -> str:
    """The body of the library's HTML report, to show inside this page (its own CSS is /static/rapport.css)."""
    body = html.split("<body>", 1)[1].rsplit("</body>", 1)[0]
    return (body.replace("<main>", '<div class="rapport-inhoud">').replace("</main>", "</div>")
            .replace("<header>", '<div class="rapport-kop">').replace("</header>", "</div>")
            .replace("<h1>", '<h2 class="rapport-titel">').replace("</h1>", "</h2>"))


@router.get("/static/rapport.css")
async def report_css():
    from wmo_docs.report.html import _TEMPLATES

    return Response((_TEMPLATES / "report.css").read_text(encoding="utf-8"), media_type="text/css",
                    headers={"Cache-Control": "max-age=3600"})


@router.get("/controleren", response_class=HTMLResponse)
async def check_page(request: Request):
    return render(request, "controleren.html.j2", title="Concept controleren", active="controleren", report=None)


@router.post("/controleren")
async def check_submit(request: Request):
    from wmo_docs.web.api import DOCX, check_upload, download

    settings = request.app.state.settings
    form = await _form(request, files=2, part=settings.max_json_bytes)
    action = form.get("actie")
    try:
        with private_dir(request.app.state.root) as folder:
            try:
                report, path = await check_upload(request, form, folder)
                if action == "docx":
                    content = await run_in_threadpool(engine.check_docx, report, path, folder, request.app.state.settings.profile)
                    stem = "".join(c if c.isalnum() or c in "-_." else "-" for c in Path(report.path).stem)[:80]
                    return download(content, f"{stem or 'concept'}.opmerkingen.docx", DOCX)
            except (Problem, InputError) as exc:
                status = exc.status if isinstance(exc, Problem) else 422
                detail = exc.detail if isinstance(exc, Problem) else exc.message
                return render(request, "controleren.html.j2", status=status, title="Concept controleren",
                              active="controleren", report=None, error=sentence(detail))
    finally:
        await form.close()
    html = await run_in_threadpool(engine.check_html, report)
    counts = report.counts()
    return render(request, "controleren.html.j2", title="Concept controleren", active="controleren",
                  report=_report_body(html), counts=counts, draft_name=report.path, report_css=True,
                  headers={"Content-Security-Policy": CSP_WITH_REPORT})


# ---------------------------------------------------------------------------- partij controleren
@router.get("/partij", response_class=HTMLResponse)
async def batch_page(request: Request):
    ttl = request.app.state.settings.job_ttl_seconds
    return render(request, "partij.html.j2", title="Partij controleren", active="partij", ttl_minutes=ttl // 60)


@router.post("/partij")
async def batch_submit(request: Request):
    from wmo_docs.web.api import start_batch

    settings = request.app.state.settings
    form = await _form(request, files=1)
    try:
        job = await start_batch(request, form)
    except Problem as exc:
        return render(request, "partij.html.j2", status=exc.status, title="Partij controleren", active="partij",
                      ttl_minutes=settings.job_ttl_seconds // 60, error=sentence(exc.detail))
    finally:
        await form.close()
    return RedirectResponse(f"/partij/{job.id}", status_code=303)


@router.get("/partij/{job_id}", response_class=HTMLResponse)
async def batch_job(request: Request, job_id: str):
    from wmo_docs.web.api import job_view

    job = request.app.state.jobs.get(job_id)
    if job is None:
        raise Problem(404, "deze controle bestaat niet (meer). Controles worden na afloop gewist; start hem opnieuw.")
    return render(request, "taak.html.j2", title="Partij controleren", active="partij", job=job_view(request, job))


# ---------------------------------------------------------------------------- regels
@cache
def _markdown():
    from markdown_it import MarkdownIt

    return MarkdownIt("commonmark", {"html": False}).enable("table")


def _rule_html(markdown: str) -> str:
    html = _markdown().render(markdown)
    for level in (3, 2, 1):  # the rule's own headings sit under the page's h1
        html = html.replace(f"<h{level}>", f"<h{level + 1}>").replace(f"</h{level}>", f"</h{level + 1}>")
    return html


@router.get("/regels", response_class=HTMLResponse)
async def rules_page(request: Request):
    rules = await run_in_threadpool(engine.rules)
    return render(request, "regels.html.j2", title="Regels", active="regels", rules=rules)


@router.get("/regels/{rule_id}", response_class=HTMLResponse)
async def rule_page(request: Request, rule_id: str):
    rules = await run_in_threadpool(engine.rules)
    rule = next((r for r in rules if r["id"] == rule_id.upper()), None)
    if rule is None:
        raise Problem(404, "deze regel bestaat niet. Kies een regel uit de lijst.")
    return render(request, "regel.html.j2", title=rule["id"], active="regels", rule=rule,
                  body=_rule_html(rule["uitleg_markdown"]))
