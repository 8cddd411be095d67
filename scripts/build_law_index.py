"""Rebuild ``wmo_docs/law/law_index.json`` from the article lists in ``shared/reference``.

Run this when the law changes (a new consolidation of the Wmo 2015 or the Awb):

    python scripts/build_law_index.py --reference ../shared/reference

The installed package reads only the generated index, never ``shared/``.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent / "wmo_docs" / "law" / "law_index.json"
SOURCES = {"wmo2015": "wmo2015-articles.json", "awb": "awb-articles.json"}


def compact(source: dict) -> dict:
    """Keep what citation checks need: leden, onderdelen per lid, repeal state, heading."""
    articles = {}
    for number, art in source["articles"].items():
        articles[number] = {
            "leden": art["leden"],
            "onderdelen": art.get("onderdelen", {}),
            "vervallen": art.get("vervallen", False),
            "title": art.get("title", ""),
        }
    meta = {k: source[k] for k in ("law", "bwb", "in_force", "source", "source_commit") if k in source}
    if "version_warning" in source:
        meta["version_warning"] = source["version_warning"]
    return {**meta, "articles": articles}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--reference", type=Path, default=Path(__file__).resolve().parents[2] / "shared" / "reference")
    parser.add_argument("--out", type=Path, default=OUT)
    args = parser.parse_args()
    index = {key: compact(json.loads((args.reference / name).read_text(encoding="utf-8"))) for key, name in SOURCES.items()}
    args.out.write_text(json.dumps(index, ensure_ascii=False, indent=1, sort_keys=True) + "\n", encoding="utf-8")
    print(f"{args.out}: " + ", ".join(f"{k} {len(v['articles'])} artikelen" for k, v in index.items()))


if __name__ == "__main__":
    main()
