"""The ASGI middleware in front of every route: body limits, token, session, headers, access log.

Pure ASGI (no BaseHTTPMiddleware), so a 50 MB upload streams through without copies:

* **Body limits.** A request body larger than the limit of its route is refused with 413
  (Content-Length up front, and counted while it streams in, since a length can lie).
* **Token.** With a token configured, every request but ``/health`` and the static files
  needs ``Authorization: Bearer <token>``, or the cookie the login page sets.
* **Session + CSRF.** Browsers get a random session cookie; forms carry a token derived
  from it with the server's secret (``csrf_token``), checked on every form POST.
* **Headers.** CSP without inline script, ``frame-ancestors 'none'``, nosniff,
  ``Referrer-Policy: no-referrer`` and ``Cache-Control: no-store`` (documents, reports and
  pages all carry case data) on every response.
* **Access log.** Method, path without query string, status and time: never a file name,
  a query string or any case data. An unexpected exception is logged by type only and
  answered with a Dutch 500 problem, never a traceback.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import logging
import secrets
import time
from http.cookies import SimpleCookie
from typing import Any

from wmo_docs.web.problems import PROBLEM_JSON, problem_body
from wmo_docs.web.settings import Settings, megabytes

log = logging.getLogger("wmo_docs.web.access")
errors = logging.getLogger("wmo_docs.web.errors")

SESSION_COOKIE = "wmo_sessie"
ACCESS_COOKIE = "wmo_toegang"
OPEN_PATHS = ("/health", "/static/", "/inloggen")

CSP_PAGES = ("default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
             "connect-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'")
# The library's own HTML reports (check --format html, the batch dashboard) carry their CSS inline
# and no script at all; this is the policy their own <meta> states, plus frame-ancestors.
CSP_REPORTS = ("default-src 'none'; style-src 'self' 'unsafe-inline'; img-src data:; "
               "base-uri 'none'; form-action 'self'; frame-ancestors 'none'")

_STATIC_HEADERS = [
    (b"x-content-type-options", b"nosniff"),
    (b"referrer-policy", b"no-referrer"),
    (b"x-frame-options", b"DENY"),
    (b"cross-origin-opener-policy", b"same-origin"),
    (b"cross-origin-resource-policy", b"same-origin"),
    (b"permissions-policy", b"camera=(), microphone=(), geolocation=(), interest-cohort=()"),
]


class BodyTooLarge(Exception):
    """The request body passed the limit of its route while streaming in."""

    def __init__(self, limit: int, what: str) -> None:
        super().__init__(what)
        self.limit = limit
        self.what = what


def body_limit(settings: Settings, path: str) -> tuple[int, str]:
    """(bytes, what) a request to ``path`` may send: the route's own limit plus room for the form."""
    form = 64 * 1024
    if path in ("/api/v1/validate", "/api/v1/generate"):
        return settings.max_json_bytes, f"de casus is groter dan {megabytes(settings.max_json_bytes)}"
    if path in ("/brief", "/brief/laden"):
        return 3 * settings.max_json_bytes + form, f"de casus is groter dan {megabytes(settings.max_json_bytes)}"
    if path in ("/api/v1/check", "/controleren"):
        return (settings.max_draft_bytes + settings.max_json_bytes + form,
                f"het concept is groter dan {megabytes(settings.max_draft_bytes)}")
    if path in ("/api/v1/batch", "/partij"):
        return (settings.max_archive_bytes + form,
                f"het zip-bestand is groter dan {megabytes(settings.max_archive_bytes)}")
    return form, f"het verzoek is groter dan {megabytes(form)}"


def too_large_detail(what: str) -> str:
    return (f"{what}; zo groot is een concept of casus nooit. Controleer of u het juiste bestand "
            "heeft gekozen, of verdeel een grote map over meer zip-bestanden.")


class Secrets:
    """The per-process secret behind CSRF tokens and the login cookie (never stored on disk)."""

    def __init__(self, token: str | None) -> None:
        self.key = secrets.token_bytes(32)
        self.token = token

    def sign(self, value: str, purpose: str) -> str:
        return hmac.new(self.key, f"{purpose}:{value}".encode(), hashlib.sha256).hexdigest()

    def token_ok(self, given: str | None) -> bool:
        return bool(self.token) and given is not None and hmac.compare_digest(given.encode(), self.token.encode())

    def access_cookie(self) -> str:
        return self.sign(self.token or "", "toegang")

    def access_cookie_ok(self, value: str | None) -> bool:
        return bool(self.token) and value is not None and hmac.compare_digest(value, self.access_cookie())


def csrf_token(request) -> str:
    """The CSRF token for this browser session (hidden field ``csrf`` in every form)."""
    return request.app.state.secrets.sign(request.state.session, "csrf")


def csrf_ok(request, given: Any) -> bool:
    return isinstance(given, str) and hmac.compare_digest(given, csrf_token(request))


def _cookies(headers: dict[bytes, bytes]) -> dict[str, str]:
    raw = headers.get(b"cookie", b"").decode("latin-1")
    jar = SimpleCookie()
    try:
        jar.load(raw)
    except Exception:  # noqa: BLE001 - a malformed cookie header is no cookie
        return {}
    return {k: m.value for k, m in jar.items()}


class SecurityMiddleware:
    def __init__(self, app, settings: Settings, secrets_: Secrets) -> None:
        self.app = app
        self.settings = settings
        self.secrets = secrets_

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        started = time.perf_counter()
        path: str = scope.get("path", "")
        method: str = scope.get("method", "")
        headers = {k.lower(): v for k, v in scope.get("headers", [])}
        cookies = _cookies(headers)
        state = scope.setdefault("state", {})
        new_session = None
        session = cookies.get(SESSION_COOKIE, "")
        if len(session) != 43:  # secrets.token_urlsafe(32)
            new_session = session = secrets.token_urlsafe(32)
        state["session"] = session
        status_holder = {"status": 0, "started": False}
        limit, what = body_limit(self.settings, path)

        async def send_wrapper(message):
            if message["type"] == "http.response.start":
                status_holder["status"] = message["status"]
                status_holder["started"] = True
                out = [(k, v) for k, v in message.get("headers", [])]
                names = {k.lower() for k, _ in out}
                if b"content-security-policy" not in names:
                    out.append((b"content-security-policy", CSP_PAGES.encode()))
                out.extend(h for h in _STATIC_HEADERS if h[0] not in names)
                if b"cache-control" not in names:
                    out.append((b"cache-control", b"no-store"))
                if new_session is not None and not path.startswith(("/api/", "/static/", "/health")):
                    out.append((b"set-cookie", f"{SESSION_COOKIE}={new_session}; Path=/; HttpOnly; SameSite=Strict".encode()))
                message = {**message, "headers": out}
            await send(message)

        async def reply(status: int, detail: str, extra_headers: list[tuple[bytes, bytes]] = ()) -> None:
            body = json.dumps(problem_body(status, detail, path), ensure_ascii=False).encode()
            await send_wrapper({"type": "http.response.start", "status": status, "headers": [
                (b"content-type", PROBLEM_JSON.encode()), (b"content-length", str(len(body)).encode()),
                *extra_headers]})
            await send_wrapper({"type": "http.response.body", "body": body})

        try:
            if self.settings.token and not path.startswith(OPEN_PATHS) and not self._authorised(headers, cookies):
                if method == "GET" and not path.startswith(("/api/", "/openapi.json", "/docs")) \
                        and b"text/html" in headers.get(b"accept", b""):
                    await send_wrapper({"type": "http.response.start", "status": 303,
                                        "headers": [(b"location", b"/inloggen"), (b"content-length", b"0")]})
                    await send_wrapper({"type": "http.response.body", "body": b""})
                else:
                    await reply(401, "u bent niet aangemeld of het token klopt niet. Stuur de kop "
                                     "'Authorization: Bearer <token>' mee met het token waarmee de server is gestart.",
                                [(b"www-authenticate", b'Bearer realm="wmo-docs"')])
                return
            declared = headers.get(b"content-length")
            if declared is not None:
                try:
                    too_big = int(declared) > limit
                except ValueError:
                    too_big = False
                if too_big:
                    await reply(413, too_large_detail(what), [(b"connection", b"close")])
                    return
            received = 0

            async def receive_limited():
                nonlocal received
                message = await receive()
                if message["type"] == "http.request":
                    received += len(message.get("body", b""))
                    if received > limit:
                        raise BodyTooLarge(limit, what)
                return message

            await self.app(scope, receive_limited, send_wrapper)
        except BodyTooLarge as exc:
            if not status_holder["started"]:
                await reply(413, too_large_detail(exc.what), [(b"connection", b"close")])
        except Exception as exc:  # noqa: BLE001 - the client gets a Dutch problem, the log the type only
            errors.error("interne fout bij %s %s: %s", method, path, type(exc).__name__)
            errors.debug("details voor ontwikkelaars", exc_info=True)  # off unless a developer asks for DEBUG
            if not status_holder["started"]:
                await reply(500, "er ging iets mis in de server. Probeer het opnieuw; blijft het misgaan, "
                                 "meld het dan bij de beheerder van wmo-docs.")
        finally:
            ms = (time.perf_counter() - started) * 1000
            log.info("%s %s %s %.0f ms", method, path, status_holder["status"] or "-", ms)

    def _authorised(self, headers: dict[bytes, bytes], cookies: dict[str, str]) -> bool:
        auth = headers.get(b"authorization", b"").decode("latin-1")
        if auth[:7].lower() == "bearer " and self.secrets.token_ok(auth[7:].strip()):
            return True
        return self.secrets.access_cookie_ok(cookies.get(ACCESS_COOKIE))
