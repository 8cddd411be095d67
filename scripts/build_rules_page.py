"""Write docs/regels.md from the rule files in checks/rules/ (``--check``: fail if it is out of date)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from wmo_docs.rules.docs import rules_page

PAGE = Path(__file__).resolve().parent.parent / "docs" / "regels.md"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--check", action="store_true", help="alleen controleren of de pagina bij de regels past")
    args = parser.parse_args()
    text = rules_page()
    if args.check:
        current = PAGE.read_text(encoding="utf-8") if PAGE.exists() else ""
        if current != text:
            print(f"{PAGE} is verouderd: draai python scripts/build_rules_page.py", file=sys.stderr)
            return 1
        return 0
    PAGE.parent.mkdir(exist_ok=True)
    PAGE.write_text(text, encoding="utf-8")
    print(f"geschreven: {PAGE}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
