"""200 beschikkingen: wmo-docs ``render()`` against raw docxtpl on the same template and data.

Budget: wmo-docs (context from case + profile, validation excluded, render, house style,
save) may cost at most 1.3x a raw ``DocxTemplate(path).render(context)`` + save with the
same, pre-built context. Both run in this process, interleaved, so machine noise hits
both alike. Run: ``python -m bench generate`` or ``python bench/bench_generate.py``.
"""

from __future__ import annotations

import io
import statistics
import sys
import time
from pathlib import Path

from docxtpl import DocxTemplate, InlineImage
from jinja2 import ChainableUndefined, Environment

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from wmo_docs.jsonio import read_json  # noqa: E402
from wmo_docs.profile import load_profile  # noqa: E402
from wmo_docs.render import render  # noqa: E402
from wmo_docs.render.context import build_context  # noqa: E402
from wmo_docs.render.engine import LOGO_HEIGHT, template_path  # noqa: E402
from wmo_docs.render.formatting import FILTERS  # noqa: E402

N = 200
BUDGET = 1.3
CASE = ROOT / "examples" / "cases" / "01-huishoudelijke-ondersteuning-natura.json"


def main() -> int:
    case = read_json(CASE)
    profile = load_profile(None)
    path = template_path("beschikking", profile)
    context = build_context(case, profile, "beschikking")
    logo = str(profile.file(profile.data["huisstijl"]["logo"]))
    raw_env = Environment(autoescape=True, undefined=ChainableUndefined)
    raw_env.filters.update(FILTERS)

    def ours() -> None:
        render(case, "beschikking", profile)

    def raw() -> None:
        tpl = DocxTemplate(str(path))
        ctx = {**context, "brief": {**context["brief"], "logo": InlineImage(tpl, logo, height=LOGO_HEIGHT)}}
        tpl.render(ctx, raw_env, autoescape=True)
        tpl.save(io.BytesIO())

    ours(), raw()  # warm up caches and imports
    times: dict[str, list[float]] = {"wmo-docs": [], "docxtpl": []}
    for i in range(N):
        order = (("wmo-docs", ours), ("docxtpl", raw)) if i % 2 == 0 else (("docxtpl", raw), ("wmo-docs", ours))
        for name, fn in order:
            start = time.perf_counter()
            fn()
            times[name].append(time.perf_counter() - start)

    total_ours, total_raw = sum(times["wmo-docs"]), sum(times["docxtpl"])
    ratio = total_ours / total_raw
    for name, values in times.items():
        print(f"{name:9s} {N} beschikkingen: {sum(values):6.2f} s totaal, mediaan {statistics.median(values) * 1000:6.1f} ms")
    print(f"verhouding wmo-docs / docxtpl: {ratio:.2f} (budget {BUDGET})  {'OK' if ratio <= BUDGET else 'TE TRAAG'}")
    return 0 if ratio <= BUDGET else 1


if __name__ == "__main__":
    code = main()
    if code:
        sys.exit(code)
