"""``wmo-docs serve``: the web app for consultants and quality officers, and the HTTP API.

One module per job: ``settings`` (what the server was started with), ``app`` (the
FastAPI factory), ``security`` (headers, token, CSRF, body limits, access log),
``problems`` (RFC 9457 errors in Dutch), ``uploads`` (private temp dirs, upload and zip
guards), ``engine`` (the one door to the library's validate / generate / check),
``api`` (``/api/v1``), ``jobs`` (batch jobs that expire), ``forms`` (the case form built
from ``schemas/case.schema.json``), ``pages`` (the HTML pages) and ``apidocs`` (a local
``/docs`` page). Nothing here implements a rule, a report or a reader: those are the
library's.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from wmo_docs._lazy import lazy_exports

_PUBLIC = {"create_app": "wmo_docs.web.app", "Settings": "wmo_docs.web.settings"}
__all__ = sorted(_PUBLIC)

if TYPE_CHECKING:
    from wmo_docs.web.app import create_app as create_app
    from wmo_docs.web.settings import Settings as Settings

__getattr__ = lazy_exports(__name__, _PUBLIC)
