"""The FastAPI application factory: ``create_app(Settings)``.

Start-up stays light: the checker process is started and warmed in the background right
after the server listens, so ``/health`` answers at once and the first check is fast. All
temporary files of the process go into one private folder that is removed at shutdown.
"""

from __future__ import annotations

import logging
import shutil
import tempfile
import threading
from contextlib import asynccontextmanager
from pathlib import Path

from fastapi import FastAPI
from fastapi.staticfiles import StaticFiles

from wmo_docs import __version__
from wmo_docs.web import problems
from wmo_docs.web.security import SecurityMiddleware, Secrets
from wmo_docs.web.settings import Settings

HERE = Path(__file__).resolve().parent

DESCRIPTION = """De HTTP-API van wmo-docs voor zaaksystemen: casussen valideren, beschikkingen en rapportages
maken, concepten controleren, een zip met concepten controleren. Dezelfde functies en rapporten als de
opdrachtregel (`wmo-docs validate`, `generate`, `check`). Fouten zijn probleembeschrijvingen volgens RFC 9457
met een Nederlandse uitleg in `detail`. Met een token: stuur `Authorization: Bearer <token>` mee."""


def create_app(settings: Settings | None = None) -> FastAPI:
    settings = settings or Settings()

    @asynccontextmanager
    async def lifespan(app: FastAPI):
        from wmo_docs.web.jobs import JobStore
        from wmo_docs.web.uploads import make_root

        root = make_root()
        previous = tempfile.tempdir
        tempfile.tempdir = str(root)  # uploads spooled by the multipart parser, LibreOffice's work dir
        app.state.root = root
        app.state.jobs = JobStore(root, settings)
        from wmo_docs.web.checker import Checker

        app.state.checker = Checker()
        if settings.warm_up:
            def warm() -> None:
                app.state.checker.start()
                app.state.ready.set()

            threading.Thread(target=warm, name="wmo-docs-checker", daemon=True).start()
        else:
            app.state.ready.set()
        try:
            yield
        finally:
            app.state.jobs.close()
            app.state.checker.close()
            tempfile.tempdir = previous
            shutil.rmtree(root, ignore_errors=True)

    app = FastAPI(
        title="wmo-docs", version=__version__, description=DESCRIPTION, lifespan=lifespan,
        docs_url=None, redoc_url=None, openapi_url="/openapi.json",
    )
    app.state.settings = settings
    app.state.secrets = Secrets(settings.token)
    app.state.ready = threading.Event()
    problems.install(app)
    app.add_middleware(SecurityMiddleware, settings=settings, secrets_=app.state.secrets)

    from wmo_docs.web import api, apidocs, pages

    app.include_router(api.router)
    app.include_router(api.api)
    app.include_router(apidocs.router)
    app.include_router(pages.router)
    app.mount("/static", StaticFiles(directory=str(HERE / "static")), name="static")

    def openapi():
        if app.openapi_schema is None:
            from fastapi.openapi.utils import get_openapi

            schema = get_openapi(title=app.title, version=app.version, description=app.description,
                                 routes=[r for r in app.routes if getattr(r, "include_in_schema", True)])
            schema.setdefault("components", {}).setdefault("schemas", {}).update(api.openapi_components())
            schema["components"]["securitySchemes"] = {"token": {"type": "http", "scheme": "bearer"}}
            if settings.token:
                schema["security"] = [{"token": []}]
            app.openapi_schema = schema
        return app.openapi_schema

    app.openapi = openapi  # type: ignore[method-assign]
    logging.getLogger("wmo_docs.web").setLevel(logging.INFO)
    return app
