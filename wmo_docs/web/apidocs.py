"""``/docs``: the API documentation as a local page, made from ``/openapi.json``.

FastAPI's own docs page loads Swagger UI from a CDN; this server makes no external
requests, so the page is rendered here from the same OpenAPI document.
"""

from __future__ import annotations

import json
from typing import Any

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse

from wmo_docs.web.problems import KINDS

router = APIRouter(include_in_schema=False)


def _operations(schema: dict[str, Any]) -> list[dict[str, Any]]:
    out = []
    for path, item in schema.get("paths", {}).items():
        for method, op in item.items():
            body = (op.get("requestBody") or {}).get("content", {})
            out.append({
                "method": method.upper(), "path": path, "summary": op.get("summary", ""),
                "description": op.get("description", ""),
                "parameters": [{"name": p["name"], "in": p["in"], "required": p.get("required", False),
                                "description": (p.get("description") or p.get("schema", {}).get("description") or ""),
                                "schema": json.dumps(p.get("schema", {}), ensure_ascii=False)}
                               for p in op.get("parameters", [])],
                "body": list(body),
                "responses": [(code, r.get("description", ""), list(r.get("content", {}))) for code, r in op.get("responses", {}).items()],
                "anchor": f"{method}-{path}".replace("/", "-").replace("{", "").replace("}", ""),
            })
    return out


@router.get("/docs", response_class=HTMLResponse)
async def docs(request: Request):
    from wmo_docs.web.pages import render

    schema = request.app.openapi()
    return render(request, "docs.html.j2", title="HTTP-API", active="", schema=schema,
                  operations=_operations(schema), problems=sorted(KINDS.items()))
