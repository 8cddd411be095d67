"""The HTTP API under /api/v1: validate, generate, check, batch, rules; and /health.

Each route reads its input with the library's guards, calls ``engine`` and answers in
the CLI's report shapes. Work that takes CPU runs in a thread, so the event loop keeps
answering /health and progress requests while a draft is being checked.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any, Literal

from fastapi import APIRouter, Query, Request
from fastapi.responses import JSONResponse, PlainTextResponse, Response
from starlette.concurrency import run_in_threadpool

from wmo_docs import __version__
from wmo_docs.errors import InputError
from wmo_docs.reading import SUPPORTED_SUFFIXES
from wmo_docs.web import engine
from wmo_docs.web.problems import PROBLEM_JSON, Problem
from wmo_docs.web.security import CSP_REPORTS
from wmo_docs.web.uploads import display_name, extract_archive, is_upload, private_dir, save_upload, suffix_of

router = APIRouter()
api = APIRouter(prefix="/api/v1")

DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
MEDIA = {"docx": DOCX, "pdf": "application/pdf"}
PROBLEM_RESPONSES: dict[int | str, dict[str, Any]] = {
    code: {"description": text, "content": {PROBLEM_JSON: {"schema": {"$ref": "#/components/schemas/Probleem"}}}}
    for code, text in {401: "Geen of een verkeerd token.", 413: "Te groot.", 422: "Niet te verwerken.",
                       500: "Interne fout (zonder details)."}.items()
}
CASE_BODY = {"requestBody": {"required": True, "content": {"application/json": {
    "schema": {"$ref": "#/components/schemas/Casus"}}}}}


def _json_body_problem() -> Problem:
    return Problem(422, "de body is geen JSON-object met een casus. Stuur de casus als JSON "
                        "(Content-Type: application/json), zoals in examples/cases/.")


def download(content: bytes, filename: str, media_type: str) -> Response:
    return Response(content, media_type=media_type, headers={
        "Content-Disposition": f'attachment; filename="{filename}"', "Cache-Control": "no-store"})


def report_html(text: str, status: int = 200) -> Response:
    """One of the library's HTML reports, with the policy its own <meta> states."""
    return Response(text, status_code=status, media_type="text/html; charset=utf-8",
                    headers={"Content-Security-Policy": CSP_REPORTS})


async def read_form(request: Request, *, max_files: int, max_part: int) -> Any:
    """The multipart form, or a Dutch 415/400 problem."""
    ctype = request.headers.get("content-type", "")
    if not ctype.startswith("multipart/form-data"):
        raise Problem(415, "stuur het bestand als multipart/form-data (bij curl: -F 'veld=@bestand').")
    try:
        return await request.form(max_files=max_files, max_fields=20, max_part_size=max_part)
    except Exception as exc:  # noqa: BLE001 - multipart errors from the parser
        from wmo_docs.web.security import BodyTooLarge

        if isinstance(exc, BodyTooLarge):
            raise
        raise Problem(400, "het formulier (multipart/form-data) kon niet worden gelezen: het is onvolledig "
                           "of heeft te veel of te grote velden.") from None


# ---------------------------------------------------------------------------- health
@router.get("/health", tags=["server"], summary="Leeft de server?")
async def health(request: Request) -> dict[str, Any]:
    """Altijd 200 zolang de server draait; geen token nodig."""
    return {"status": "ok", "versie": __version__, "pijplijn_klaar": request.app.state.ready.is_set()}


async def _case_body(request: Request) -> Any:
    """The request body read as a case (JSON); a body that is not JSON is 422 with a Dutch detail."""
    raw = await request.body()
    with private_dir(request.app.state.root) as folder:
        try:
            return engine.read_case(raw, folder)
        except InputError as exc:
            raise Problem(422, exc.message) from None


# ---------------------------------------------------------------------------- validate
@api.post("/validate", tags=["casus"], summary="Valideer een casus",
          openapi_extra=CASE_BODY, responses={200: {"description": "Het validatierapport (ook bij een ongeldige casus).",
          "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Validatierapport"}}}},
          **PROBLEM_RESPONSES})
async def validate(request: Request, strict: bool = Query(False, description="Waarschuwingen tellen ook als fout.")):
    """Het rapport van `wmo-docs validate --format json`. Een ongeldige casus geeft 200 met
    `files[0].valid: false` (en de kop `Wmo-Docs-Geldig: false`); 422 alleen als de body geen JSON is."""
    settings = request.app.state.settings
    data = await _case_body(request)
    report = await run_in_threadpool(engine.validation_report, data, settings.profile, strict)
    geldig = report["files"][0]["valid"]
    return JSONResponse(report, headers={"Wmo-Docs-Geldig": "true" if geldig else "false"})


# ---------------------------------------------------------------------------- generate
@api.post("/generate", tags=["casus"], summary="Maak een beschikking of rapportage",
          openapi_extra=CASE_BODY, response_class=Response,
          responses={200: {"description": "Het document als download.",
                           "content": {DOCX: {}, "application/pdf": {}}}, **PROBLEM_RESPONSES})
async def generate(
    request: Request,
    document: Literal["beschikking", "rapportage"] = Query("beschikking", description="Welk document."),
    format: Literal["docx", "pdf"] = Query("docx", description="Word, of PDF/A (met LibreOffice)."),
):
    """Een geldige casus wordt een .docx (of PDF/A) met de naam `<zaaknummer>-<document>.docx`.
    Een ongeldige casus geeft 422 met het validatierapport in `rapport`."""
    settings = request.app.state.settings
    data = await _case_body(request)
    if not isinstance(data, dict):
        raise _json_body_problem()
    from wmo_docs.render import CaseInvalidError
    from wmo_docs.render.pdf import LibreOfficeMissingError

    try:
        content, name = await run_in_threadpool(engine.generate, data, document, format == "pdf", settings.profile)
    except CaseInvalidError as exc:
        report = await run_in_threadpool(engine.validation_report, data, settings.profile)
        raise Problem(422, f"{exc.message} Zie 'rapport' voor de bevindingen per veld.", rapport=report) from None
    except LibreOfficeMissingError as exc:
        raise Problem(503, exc.message) from None
    return download(content, name, MEDIA[format])


# ---------------------------------------------------------------------------- check
CHECK_BODY = {"requestBody": {"required": True, "content": {"multipart/form-data": {"schema": {
    "type": "object", "required": ["bestand"], "properties": {
        "bestand": {"type": "string", "format": "binary", "description": "Het concept: .docx, .pdf (met tekstlaag), .txt of .md."},
        "casus": {"type": "string", "description": "Optioneel: de casus (JSON, als bestand of als tekst) om tegen te controleren."},
        "document": {"type": "string", "enum": ["beschikking", "rapportage"], "description": "Optioneel: soort document."},
    }}}}}}


def _choose(fmt: str | None, accept: str) -> str:
    if fmt:
        return fmt
    for media, name in ((DOCX, "docx"), ("text/html", "html")):
        if media in accept and "application/json" not in accept:
            return name
    return "json"


async def check_upload(request: Request, form: Any, folder: Path, keep_draft: bool = True):
    """Save the draft (and case) of a check form and run the check; shared by the API and the page."""
    settings = request.app.state.settings
    upload = form.get("bestand")
    if not is_upload(upload) or not upload.filename:
        raise Problem(422, "er is geen concept meegestuurd. Stuur het bestand in het veld 'bestand'.")
    document = form.get("document") or None
    if document not in (None, "beschikking", "rapportage"):
        raise Problem(422, "het veld 'document' moet 'beschikking' of 'rapportage' zijn (of leeg).")
    case = None
    raw_case = form.get("casus")
    if is_upload(raw_case):
        raw_case = await raw_case.read(settings.max_json_bytes + 1) if raw_case.filename else b""
    elif isinstance(raw_case, str):
        raw_case = raw_case.encode("utf-8")
    if raw_case and raw_case.strip():
        if len(raw_case) > settings.max_json_bytes:
            from wmo_docs.web.security import too_large_detail
            from wmo_docs.web.settings import megabytes

            raise Problem(413, too_large_detail(f"de casus is groter dan {megabytes(settings.max_json_bytes)}"))
        try:
            case = engine.read_case(raw_case, folder, "de casus")
            await run_in_threadpool(engine.case_facts, case)  # refuse an unusable case before the draft is read
        except InputError as exc:
            raise Problem(422, exc.message) from None
    path = await save_upload(upload, folder, "concept", settings.max_draft_bytes, "het concept")
    name = display_name(upload.filename, f"concept{path.suffix}")
    try:
        report, request.state.check_ms = await run_in_threadpool(
            engine.check, request.app.state.checker, path, name, profile_dir=settings.profile, document=document,
            case=case, keep_draft=keep_draft)
    except InputError as exc:
        status = 415 if suffix_of(upload.filename) not in SUPPORTED_SUFFIXES else \
            413 if engine.is_limit_error(exc.message) else 422
        raise Problem(status, exc.message) from None
    if report.error:  # pragma: no cover - check_file raises for unreadable files
        raise Problem(422, report.error)
    return report, path


@api.post("/check", tags=["concept"], summary="Controleer een concept", openapi_extra=CHECK_BODY,
          response_class=Response, responses={200: {"description": "Het rapport.", "content": {
              "application/json": {"schema": {"$ref": "#/components/schemas/Controlerapport"}},
              "text/html": {}, DOCX: {}}}, **PROBLEM_RESPONSES})
async def check(
    request: Request,
    format: Literal["json", "html", "docx"] | None = Query(None, description="json (standaard), html of docx (het concept met Word-opmerkingen)."),
):
    """Het rapport van `wmo-docs check --format json` (of `html`, of `docx` met Word-opmerkingen).
    Zonder `format` beslist de kop `Accept`; standaard JSON."""
    settings = request.app.state.settings
    fmt = _choose(format, request.headers.get("accept", ""))
    form = await read_form(request, max_files=2, max_part=settings.max_json_bytes)
    try:
        with private_dir(request.app.state.root) as folder:
            report, path = await check_upload(request, form, folder, keep_draft=fmt != "json")
            if fmt == "docx":
                try:
                    content = await run_in_threadpool(engine.check_docx, report, path, folder, request.app.state.settings.profile)
                except InputError as exc:
                    raise Problem(422, exc.message) from None
                stem = Path(report.path).stem or "concept"
                safe = "".join(c if c.isalnum() or c in "-_." else "-" for c in stem)[:80]
                return download(content, f"{safe}.opmerkingen.docx", DOCX)
    finally:
        await form.close()
    timing = {"Server-Timing": f"check;dur={request.state.check_ms:.1f}"}  # the library's part of the request
    if fmt == "html":
        response = report_html(await run_in_threadpool(engine.check_html, report))
        response.headers.update(timing)
        return response
    return JSONResponse(engine.check_json(report), headers=timing)


# ---------------------------------------------------------------------------- batch
BATCH_BODY = {"requestBody": {"required": True, "content": {"multipart/form-data": {"schema": {
    "type": "object", "required": ["archief"], "properties": {
        "archief": {"type": "string", "format": "binary", "description": "Een .zip met concepten (.docx, .pdf, .txt, .md)."},
    }}}}}}


def job_view(request: Request, job) -> dict[str, Any]:
    ttl = request.app.state.settings.job_ttl_seconds
    base = f"/api/v1/batch/{job.id}"
    expires = job.expires(ttl)
    data: dict[str, Any] = {
        "id": job.id, "status": job.status, "gedaan": job.done, "totaal": job.planned,
        "overgeslagen": job.skipped, "bevindingen": job.counts,
        "bewaartermijn_seconden": ttl,
        "verloopt_op": _iso(expires) if expires else None,
        "uitleg": f"De taak en al haar bestanden worden {ttl // 60} minuten nadat de controle klaar is gewist.",
        "links": {"voortgang": base},
    }
    if job.status == "klaar":
        data["links"].update({"overzicht": f"{base}/overzicht", "jsonl": f"{base}/rapport.jsonl"})
    if job.error:
        data["fout"] = job.error
    return data


def _iso(ts: float) -> str:
    from datetime import datetime, timezone

    return datetime.fromtimestamp(ts, timezone.utc).isoformat(timespec="seconds")


async def start_batch(request: Request, form: Any):
    """Unpack the zip of a batch form and queue the job; shared by the API and the page."""
    settings = request.app.state.settings
    store = request.app.state.jobs
    upload = form.get("archief")
    if not is_upload(upload) or not upload.filename:
        raise Problem(422, "er is geen zip-bestand meegestuurd. Stuur het in het veld 'archief'.")
    if suffix_of(upload.filename) != ".zip":
        raise Problem(415, "stuur de concepten als één .zip-bestand.")
    if store.active() >= settings.max_jobs:
        raise Problem(503, "er lopen al te veel partijcontroles. Probeer het over een paar minuten opnieuw.",
                      headers={"Retry-After": "60"})
    job_id, folder = store.new_folder()
    try:
        archive = await save_upload(upload, folder, "archief", settings.max_archive_bytes, "het zip-bestand")
        from wmo_docs.web.jobs import DRAFTS

        drafts, skipped = await run_in_threadpool(extract_archive, archive, folder / DRAFTS, settings)
        archive.unlink()
    except BaseException:
        import shutil

        shutil.rmtree(folder, ignore_errors=True)
        raise
    return store.submit(job_id, folder, drafts, skipped)


@api.post("/batch", tags=["partij"], summary="Start de controle van een zip met concepten", status_code=202,
          openapi_extra=BATCH_BODY, responses={503: PROBLEM_RESPONSES[500] | {"description": "Te veel taken."},
                                               **PROBLEM_RESPONSES})
async def batch(request: Request):
    """Geeft meteen een taaknummer (202); volg de voortgang met `GET /api/v1/batch/{id}`."""
    settings = request.app.state.settings
    form = await read_form(request, max_files=1, max_part=1024)
    try:
        job = await start_batch(request, form)
    finally:
        await form.close()
    return JSONResponse(job_view(request, job), status_code=202,
                        headers={"Location": f"/api/v1/batch/{job.id}"})


def _job(request: Request, job_id: str):
    job = request.app.state.jobs.get(job_id)
    if job is None:
        ttl = request.app.state.settings.job_ttl_seconds
        raise Problem(404, f"deze taak bestaat niet (meer). Taken worden {ttl // 60} minuten na afloop gewist; "
                           "start de controle opnieuw.")
    return job


def _ready(job) -> None:
    if job.status == "mislukt":
        raise Problem(422, job.error or "de controle is mislukt.")
    if job.status != "klaar":
        raise Problem(409, "de controle is nog niet klaar; vraag de voortgang op en probeer het straks opnieuw.")


@api.get("/batch/{job_id}", tags=["partij"], summary="Voortgang (en uitkomst) van een partijcontrole",
         response_class=Response, responses={404: PROBLEM_RESPONSES[422] | {"description": "Onbekend of verlopen."}})
async def batch_status(request: Request, job_id: str,
                       format: Literal["json", "html", "jsonl"] = Query("json", description="json: voortgang; html: het overzicht; jsonl: de bevindingen per bestand.")):
    """Voortgang als JSON; als de taak klaar is ook het overzicht (`?format=html`) en JSON Lines (`?format=jsonl`)."""
    job = _job(request, job_id)
    if format == "html":
        return await batch_dashboard(request, job_id)
    if format == "jsonl":
        return await batch_jsonl(request, job_id)
    return JSONResponse(job_view(request, job))


@api.get("/batch/{job_id}/overzicht", tags=["partij"], summary="Het overzicht (dashboard) van een partij",
         response_class=Response)
async def batch_dashboard(request: Request, job_id: str):
    from wmo_docs.web.jobs import DASHBOARD

    job = _job(request, job_id)
    _ready(job)
    return report_html((job.folder / DASHBOARD).read_text(encoding="utf-8"))


@api.get("/batch/{job_id}/overzicht-bestanden/{name}", tags=["partij"], summary="Het rapport van één concept",
         response_class=Response)
async def batch_file_report(request: Request, job_id: str, name: str):
    job = _job(request, job_id)
    _ready(job)
    path = job.report_file(name)
    if path is None:
        raise Problem(404, "dit rapport bestaat niet in deze taak.")
    return report_html(path.read_text(encoding="utf-8"))


@api.get("/batch/{job_id}/rapport.jsonl", tags=["partij"], summary="De bevindingen als JSON Lines",
         response_class=PlainTextResponse)
async def batch_jsonl(request: Request, job_id: str):
    from wmo_docs.web.jobs import JSONL

    job = _job(request, job_id)
    _ready(job)
    return Response((job.folder / JSONL).read_bytes(), media_type="application/x-ndjson",
                    headers={"Content-Disposition": 'attachment; filename="rapport.jsonl"'})


# ---------------------------------------------------------------------------- rules
@api.get("/rules", tags=["regels"], summary="De catalogus van controleregels")
async def rules() -> list[dict[str, Any]]:
    """Elke regel met titel, ernst, waarvoor hij geldt, grondslag, waarom, oplossing en de uitleg in Markdown."""
    return await run_in_threadpool(engine.rules)


@api.get("/rules/{rule_id}", tags=["regels"], summary="Eén controleregel")
async def rule(rule_id: str) -> dict[str, Any]:
    wanted = rule_id.strip().upper()
    for item in await run_in_threadpool(engine.rules):
        if item["id"] == wanted:
            return item
    raise Problem(404, f"onbekende regel '{rule_id[:60]}'. Zie /api/v1/rules voor de lijst.")


def openapi_components() -> dict[str, Any]:
    """The case, report and problem schemas for /openapi.json, straight from schemas/."""
    from wmo_docs.resources import data_path

    out: dict[str, Any] = {}
    for name, file in (("Casus", "case.schema.json"), ("Validatierapport", "validation-report.schema.json"),
                       ("Controlerapport", "report.schema.json")):
        text = data_path("schemas", file).read_text(encoding="utf-8")
        text = text.replace('"#/$defs/', f'"#/components/schemas/{name}/$defs/')
        schema = json.loads(text)
        schema.pop("$schema", None)
        schema.pop("$id", None)
        out[name] = schema
    out["Probleem"] = {
        "type": "object", "description": "Probleembeschrijving volgens RFC 9457, met een Nederlandse uitleg.",
        "required": ["type", "title", "status", "detail"],
        "properties": {"type": {"type": "string"}, "title": {"type": "string"}, "status": {"type": "integer"},
                       "detail": {"type": "string"}, "instance": {"type": "string"},
                       "rapport": {"$ref": "#/components/schemas/Validatierapport"}},
    }
    return out
