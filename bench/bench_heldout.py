"""Generalisation: the checker on held-out drafts that no rule or vocabulary was tuned on.

bench/heldout/<set>/ holds drafts (.txt, .docx) written by a Wmo specialist in house styles that are not
in tests/corpus, labelled like the corpus (NAME.expect.json), without looking at the engine.
This is a measurement, not a test: it prints precision and recall per rule and every miss.
Do not tune rules on these drafts; when a miss leads to a fix, add a new held-out set.

    python -m bench heldout          # every set
    python bench/bench_heldout.py c  # one set
"""

from __future__ import annotations

import json
import sys
from collections import defaultdict
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))


def _drafts(sets: list[str]) -> list[Path]:
    folders = [HERE / "heldout" / name for name in sets] if sets else sorted((HERE / "heldout").iterdir())
    return sorted(p for f in folders if f.is_dir() for p in f.iterdir() if p.suffix in (".txt", ".docx"))


def _score(stats: dict[str, list[int]]) -> tuple[int, int, int]:
    tp = sum(v[0] for v in stats.values())
    fp = sum(v[1] for v in stats.values())
    fn = sum(v[2] for v in stats.values())
    return tp, fp, fn


def main(sets: list[str]) -> None:
    from wmo_docs.check import check_file

    stats: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0])  # tp, fp, fn
    per_set: dict[str, dict[str, list[int]]] = defaultdict(lambda: defaultdict(lambda: [0, 0, 0]))
    misses: list[str] = []
    for draft in _drafts(sets):
        side = json.loads(draft.with_name(draft.stem + ".expect.json").read_text(encoding="utf-8"))
        report = check_file(draft)
        fired = {f.rule for f in report.findings}
        name = f"{draft.parent.name}/{draft.name}"
        if report.document != side["document"] or (side["document"] == "beschikking" and report.soort != side["soort"]):
            misses.append(f"{name}: herkend als {report.document}/{report.soort}, label {side['document']}/{side['soort']}")
        for rule in side["must_fire"]:
            for table in (stats, per_set[draft.parent.name]):
                table[rule][0 if rule in fired else 2] += 1
            if rule not in fired:
                misses.append(f"{name}: gemist {rule}")
        for rule in side["must_not_fire"]:
            if rule in fired:
                for table in (stats, per_set[draft.parent.name]):
                    table[rule][1] += 1
                misses.append(f"{name}: onterecht {rule}")
    for rule, (tp, fp, fn) in sorted(stats.items()):
        p = f"{tp / (tp + fp):.2f}" if tp + fp else "  – "
        r = f"{tp / (tp + fn):.2f}" if tp + fn else "  – "
        print(f"{rule:36s} tp {tp:2d}  fp {fp:2d}  fn {fn:2d}  precision {p}  recall {r}")
    for name, table in sorted(per_set.items()):
        tp, fp, fn = _score(table)
        print(f"set {name}: precision {tp / max(1, tp + fp):.2f}, recall {tp / max(1, tp + fn):.2f}")
    tp, fp, fn = _score(stats)
    print(f"all rules: precision {tp / max(1, tp + fp):.2f}, recall {tp / max(1, tp + fn):.2f}")
    print("\n".join(misses))


if __name__ == "__main__":
    main(sys.argv[1:])
