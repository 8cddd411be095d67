"""Load the pattern files in ``checks/vocab`` once per process."""

from __future__ import annotations

import json
import tomllib
from functools import cache
from pathlib import Path

from wmo_docs.resources import data_path


def vocab_dir() -> Path:
    return data_path("checks", "vocab")


@cache
def span_patterns() -> tuple[dict, ...]:
    """All SpanRuler patterns from ``checks/vocab/*.jsonl`` (sorted by file name)."""
    out: list[dict] = []
    for file in sorted(vocab_dir().glob("*.jsonl")):
        for n, line in enumerate(file.read_text(encoding="utf-8").splitlines(), start=1):
            line = line.strip()
            if not line or line.startswith("#"):
                continue
            try:
                out.append(json.loads(line))
            except json.JSONDecodeError as exc:  # a broken vocabulary file is a bug in the data
                raise ValueError(f"{file.name} regel {n}: ongeldige JSON ({exc.msg})") from exc
    return tuple(out)


@cache
def lemma_overrides() -> dict[str, str]:
    """word -> lemma corrections from ``checks/vocab/lemmas.tsv``."""
    out: dict[str, str] = {}
    file = vocab_dir() / "lemmas.tsv"
    for line in file.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        word, lemma = line.split("\t")[:2]
        out[word.strip().lower()] = lemma.strip()
    return out


@cache
def toml_file(name: str) -> dict:
    """A TOML file from ``checks/`` (e.g. "structure.toml", "vocab/citations.toml")."""
    with data_path("checks", *name.split("/")).open("rb") as fh:
        return tomllib.load(fh)
