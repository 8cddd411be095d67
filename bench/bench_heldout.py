"""Generalisation: the checker on held-out drafts that no rule or vocabulary was tuned on.

bench/heldout/<set>/ holds drafts written by a Wmo specialist in house styles that are not
in tests/corpus, labelled like the corpus (NAME.expect.json), without looking at the engine.
This is a measurement, not a test: it prints precision and recall per rule and every miss.
Do not tune rules on these drafts; when a miss leads to a fix, add a new held-out set.

    python -m bench heldout
"""

from __future__ import annotations

import json
import sys
from collections import defaultdict
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))


def main() -> None:
    from wmo_docs.check import check_file

    stats: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0])  # tp, fp, fn
    misses: list[str] = []
    for draft in sorted((HERE / "heldout").glob("*/*.txt")):
        side = json.loads(draft.with_name(draft.stem + ".expect.json").read_text(encoding="utf-8"))
        report = check_file(draft)
        fired = {f.rule for f in report.findings}
        if report.document != side["document"] or (side["document"] == "beschikking" and report.soort != side["soort"]):
            misses.append(f"{draft.parent.name}/{draft.name}: herkend als {report.document}/{report.soort}, "
                          f"label {side['document']}/{side['soort']}")
        for rule in side["must_fire"]:
            stats[rule][0 if rule in fired else 2] += 1
            if rule not in fired:
                misses.append(f"{draft.parent.name}/{draft.name}: gemist {rule}")
        for rule in side["must_not_fire"]:
            if rule in fired:
                stats[rule][1] += 1
                misses.append(f"{draft.parent.name}/{draft.name}: onterecht {rule}")
    total = [0, 0, 0]
    for rule, (tp, fp, fn) in sorted(stats.items()):
        p = f"{tp / (tp + fp):.2f}" if tp + fp else "  – "
        r = f"{tp / (tp + fn):.2f}" if tp + fn else "  – "
        print(f"{rule:36s} tp {tp:2d}  fp {fp:2d}  fn {fn:2d}  precision {p}  recall {r}")
        total = [a + b for a, b in zip(total, (tp, fp, fn))]
    tp, fp, fn = total
    print(f"all rules: precision {tp / max(1, tp + fp):.2f}, recall {tp / max(1, tp + fn):.2f}")
    print("\n".join(misses))


if __name__ == "__main__":
    main()
