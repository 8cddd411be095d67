"""Errors as RFC 9457 problem details (application/problem+json) with a Dutch ``detail``.

Every error a client can cause ends here, never in a traceback: ``Problem`` for the
server's own refusals, the library's ``InputError`` (its message is already Dutch and
says what to do), FastAPI's parameter errors, unknown paths and methods.
"""

from __future__ import annotations

from typing import Any

from fastapi import Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from starlette.exceptions import HTTPException as StarletteHTTPException

from wmo_docs.errors import InputError

PROBLEM_JSON = "application/problem+json"

# status -> (type slug, Dutch title)
KINDS: dict[int, tuple[str, str]] = {
    400: ("ongeldig-verzoek", "Ongeldig verzoek"),
    401: ("niet-aangemeld", "Niet aangemeld"),
    403: ("geen-toegang", "Geen toegang"),
    404: ("niet-gevonden", "Niet gevonden"),
    405: ("methode-niet-toegestaan", "Methode niet toegestaan"),
    406: ("formaat-niet-beschikbaar", "Formaat niet beschikbaar"),
    409: ("nog-niet-klaar", "Nog niet klaar"),
    410: ("verlopen", "Verlopen"),
    413: ("te-groot", "Te groot"),
    415: ("bestandstype-niet-ondersteund", "Bestandstype niet ondersteund"),
    422: ("niet-te-verwerken", "Kan niet worden verwerkt"),
    429: ("te-veel-verzoeken", "Te veel verzoeken"),
    500: ("interne-fout", "Interne fout"),
    503: ("tijdelijk-niet-beschikbaar", "Tijdelijk niet beschikbaar"),
}


class Problem(Exception):
    """A refusal with an HTTP status and a Dutch explanation of what to do."""

    def __init__(self, status: int, detail: str, *, headers: dict[str, str] | None = None,
                 **extra: Any) -> None:
        super().__init__(detail)
        self.status = status
        self.detail = detail
        self.headers = headers or {}
        self.extra = extra


def sentence(text: str) -> str:
    """The library's messages start in lower case (they follow a file name); a detail is a sentence."""
    text = text.strip()
    if text and text[-1] not in ".?!)'":
        text += "."
    return text[:1].upper() + text[1:] if text else text


def problem_body(status: int, detail: str, instance: str | None = None, **extra: Any) -> dict[str, Any]:
    slug, title = KINDS.get(status, ("fout", "Fout"))
    body: dict[str, Any] = {"type": f"/docs#probleem-{slug}", "title": title, "status": status,
                            "detail": sentence(detail)}
    if instance:
        body["instance"] = instance
    body.update(extra)
    return body


def problem_response(status: int, detail: str, *, instance: str | None = None,
                     headers: dict[str, str] | None = None, **extra: Any) -> JSONResponse:
    return JSONResponse(problem_body(status, detail, instance, **extra), status_code=status,
                        media_type=PROBLEM_JSON, headers=headers)


def _wants_html(request: Request) -> bool:
    """Browser pages get an HTML error page; the API, /openapi.json and non-browsers get JSON."""
    path = request.url.path
    if path.startswith(("/api/", "/openapi.json", "/health")):
        return False
    return "text/html" in request.headers.get("accept", "")


def respond(request: Request, status: int, detail: str, headers: dict[str, str] | None = None,
            **extra: Any):
    if _wants_html(request):
        from wmo_docs.web.pages import error_page

        return error_page(request, status, sentence(detail), headers=headers)
    return problem_response(status, detail, instance=request.url.path, headers=headers, **extra)


_PARAM_NAMES = {"document": "document", "format": "format", "job_id": "taaknummer"}


def _param_detail(exc: RequestValidationError) -> str:
    parts = []
    for err in exc.errors():
        loc = [str(p) for p in err.get("loc", ()) if p not in ("query", "path", "body", "header")]
        name = _PARAM_NAMES.get(loc[-1], loc[-1]) if loc else "verzoek"
        expected = (err.get("ctx") or {}).get("expected")
        if err.get("type") == "missing":
            parts.append(f"de parameter '{name}' ontbreekt")
        elif expected:
            parts.append(f"de parameter '{name}' heeft een ongeldige waarde; kies uit {expected.replace(' or ', ' of ')}")
        else:
            parts.append(f"de parameter '{name}' heeft een ongeldige waarde")
    return "; ".join(parts) + ". Zie /docs voor de mogelijke waarden."


_HTTP_DETAIL = {
    400: "het verzoek kon niet worden gelezen. Controleer de opbouw (JSON of multipart/form-data).",
    404: "deze pagina of dit adres bestaat niet. Zie /docs voor de adressen van de API.",
    405: "deze methode is hier niet toegestaan. Zie /docs welke methode bij dit adres hoort.",
}


def install(app) -> None:
    """Register the handlers that turn every client error into a Dutch problem."""

    @app.exception_handler(Problem)
    async def _problem(request: Request, exc: Problem):
        return respond(request, exc.status, exc.detail, exc.headers, **exc.extra)

    @app.exception_handler(InputError)
    async def _input(request: Request, exc: InputError):
        return respond(request, 422, exc.message)  # exc.message never carries the temp path

    @app.exception_handler(RequestValidationError)
    async def _params(request: Request, exc: RequestValidationError):
        return respond(request, 422, _param_detail(exc))

    @app.exception_handler(StarletteHTTPException)
    async def _http(request: Request, exc: StarletteHTTPException):
        detail = _HTTP_DETAIL.get(exc.status_code)
        if detail is None:
            detail = exc.detail if isinstance(exc.detail, str) and exc.status_code < 500 else "er ging iets mis."
        return respond(request, exc.status_code, detail, getattr(exc, "headers", None))
