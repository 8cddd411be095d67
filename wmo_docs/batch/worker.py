"""What one worker process does: build the pipeline once, then check file after file.

Runs in spawned processes (the same code runs in-process for ``--jobs 1``). Every
failure of one file becomes that file's error entry; nothing a draft contains can
stop the batch. Results are kept small for the trip back to the main process: the
draft's blocks travel only when the main process asks for them.
"""

from __future__ import annotations

import gc
import importlib
import os
import signal
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable

from wmo_docs.batch.standaardmotivering import Passage, StandardTexts, extract_passages
from wmo_docs.errors import InputError
from wmo_docs.rules.case_identity import zaak_key
from wmo_docs.report.model import FileReport

# The engine's entry point; a dotted name so that a spawned worker can import it.
DEFAULT_CHECKER = "wmo_docs.check:check_file"


@dataclass(frozen=True)
class WorkerConfig:
    """Everything a worker needs, picklable: checker options and what to hand back."""

    check_options: dict[str, Any] = field(default_factory=dict)  # profile, document, soort, select, ignore, case
    checker: str = DEFAULT_CHECKER
    standaardteksten: tuple[str, ...] = ()
    standaardmotivering: bool = True
    per_auteur: bool = False
    keep_drafts: bool = False  # send the blocks back (html/docx formatters of the caller)
    report_dir: str | None = None  # write each draft's own HTML report here (dashboard links)
    in_worker: bool = True


@dataclass
class Outcome:
    """The result of one file, as it travels back to the main process."""

    index: int
    name: str
    report: FileReport
    author: str | None = None  # only with per_auteur
    passages: list[Passage] = field(default_factory=list)
    zaak: str | None = None  # the zaaknummer or kenmerk the draft names: a beschikking and its rapportage share it
    report_file: str | None = None  # name of the draft's own HTML report inside report_dir
    seconds: float = 0.0
    worker: int = 0  # process id that did the work (for tests and benchmarks)


_STATE: dict[str, Any] = {}


def init_worker(config: WorkerConfig, warm: bool = False) -> None:
    """Process initializer: ignore Ctrl-C (the main process decides), build the pipeline once.

    ``warm`` also checks one bundled example, so that everything the checker loads on
    first use (readers, rule catalogue, word lists, MinHash) is loaded before workers
    are forked from this process. The cyclic GC is off while start-up creates its many
    long-lived objects; in a worker and before forking they are frozen afterwards: later
    collections skip them, and forked workers share their memory pages instead of
    copying them (the recipe of the ``gc.freeze`` documentation).
    """
    if config.in_worker:
        signal.signal(signal.SIGINT, signal.SIG_IGN)
    freeze = warm or config.in_worker  # not in a caller's own process that merely runs --jobs 1
    collecting = gc.isenabled()
    gc.disable()
    try:
        module, _, attr = config.checker.partition(":")
        _STATE["check"] = getattr(importlib.import_module(module), attr)
        _STATE["config"] = config
        _STATE["standard"] = StandardTexts(config.standaardteksten)
        try:
            from wmo_docs.nlp import get_nlp

            get_nlp()  # one pipeline per process, built before the first file arrives
        except Exception:  # the checker reports its own problem per file
            pass
        if warm:
            _warm_up(config)
    finally:
        if freeze:
            gc.freeze()
        if collecting:
            gc.enable()


def _warm_up(config: WorkerConfig) -> None:
    from wmo_docs.resources import data_path

    example = data_path("examples", "drafts", "goed_traplift_toekenning.docx")
    try:
        report = _STATE["check"](example, **config.check_options)
        if config.standaardmotivering and report.draft is not None:
            extract_passages(report.draft, _STATE["standard"])
    except Exception:  # noqa: BLE001 - only a speed-up; the real drafts report their own problems
        pass


def report_file_name(index: int, name: str) -> str:
    """Stable, safe file name for a draft's own HTML report: number + cleaned stem."""
    stem = "".join(c if c.isalnum() or c in "-_" else "-" for c in Path(name).stem)[:60].strip("-")
    return f"{index + 1:05d}-{stem or 'concept'}.html"


def check_one(index: int, path: str, name: str) -> Outcome:
    """Check one file; never raises for anything the file does."""
    config: WorkerConfig = _STATE["config"]
    check: Callable[..., FileReport] = _STATE["check"]
    started = time.perf_counter()
    try:
        report = check(Path(path), **config.check_options)
    except InputError as exc:
        report = FileReport(path=path, error=exc.message)
    except MemoryError:
        report = FileReport(path=path, error="het bestand is te groot of te complex om te controleren.")
    except Exception as exc:  # noqa: BLE001 - one bad draft must not stop the batch
        report = FileReport(
            path=path,
            error=f"het bestand kon niet worden gecontroleerd door een interne fout ({type(exc).__name__}). "
            "Meld dit bij de beheerder van wmo-docs.",
        )
    report.path = name
    outcome = Outcome(index=index, name=name, report=report)
    draft = report.draft
    if draft is not None and report.error is None:
        if config.per_auteur:
            outcome.author = (draft.author or "").strip() or None
        if config.standaardmotivering:
            try:
                outcome.passages = extract_passages(draft, _STATE["standard"])
                outcome.zaak = zaak_key(draft)
            except Exception:  # noqa: BLE001 - the batch rule is advice; the file's own report stands
                outcome.passages = []
    if config.report_dir is not None:
        outcome.report_file = write_file_report(Path(config.report_dir), index, report)
    if not config.keep_drafts:
        report.draft = None
    outcome.seconds = time.perf_counter() - started
    outcome.worker = os.getpid()
    return outcome


def write_file_report(folder: Path, index: int, report: FileReport) -> str:
    """Write the draft's own HTML report (the existing per-file report) and return its file name."""
    from wmo_docs.report.html import render_html

    fname = report_file_name(index, report.path)
    (folder / fname).write_text(render_html([report]), encoding="utf-8")
    return fname


def check_chunk(tasks: list[tuple[int, str, str]]) -> list[Outcome]:
    """A few files per task, so the trip between processes is paid once per chunk."""
    return [check_one(*t) for t in tasks]
