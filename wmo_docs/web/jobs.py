"""Batch jobs: a zip of drafts checked in the background, then a dashboard and JSON Lines.

One job runs at a time (the batch itself uses the worker processes the library starts
for large batches); a few more may wait. The check is the library's batch audit
(``run_audit``, ``--format html``) with the server's locked checker, and the JSON Lines
come from the library's own writer. A job and all its files are deleted
``Settings.job_ttl_seconds`` after it ends (the API states the moment), or at shutdown.
"""

from __future__ import annotations

import logging
import queue
import re
import secrets
import shutil
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from wmo_docs.web.settings import Settings

log = logging.getLogger("wmo_docs.web.jobs")

CHECKER = "wmo_docs.web.engine:check_file_locked"
DASHBOARD = "overzicht.html"
JSONL = "rapport.jsonl"
REPORTS = "overzicht-bestanden"
DRAFTS = "concepten"
_REPORT_NAME = re.compile(r"^[0-9]{5}-[A-Za-z0-9_-]{0,60}\.html$")
_JOB_ID = re.compile(r"^[A-Za-z0-9_-]{22}$")


@dataclass
class Job:
    id: str
    folder: Path
    created: float = field(default_factory=time.time)
    status: str = "wachtrij"  # wachtrij | bezig | klaar | mislukt
    done: int = 0
    planned: int = 0
    skipped: int = 0  # zip members that are no draft
    finished: float | None = None
    error: str | None = None
    counts: dict[str, int] = field(default_factory=lambda: {"error": 0, "warning": 0, "info": 0, "onleesbaar": 0})

    def expires(self, ttl: int) -> float | None:
        return self.finished + ttl if self.finished is not None else None

    def report_file(self, name: str) -> Path | None:
        if not _REPORT_NAME.match(name):
            return None
        path = self.folder / REPORTS / name
        return path if path.is_file() else None


class JobStore:
    """The jobs of this server process; a single background thread runs them in order."""

    def __init__(self, root: Path, settings: Settings) -> None:
        self.root = root / "taken"
        self.root.mkdir(mode=0o700, exist_ok=True)
        self.settings = settings
        self._jobs: dict[str, Job] = {}
        self._lock = threading.Lock()
        self._queue: queue.Queue[Job | None] = queue.Queue()
        self._thread: threading.Thread | None = None

    def new_folder(self) -> tuple[str, Path]:
        job_id = secrets.token_urlsafe(16)
        folder = self.root / job_id
        folder.mkdir(mode=0o700)
        return job_id, folder

    def active(self) -> int:
        self.purge()
        with self._lock:
            return sum(1 for j in self._jobs.values() if j.status in ("wachtrij", "bezig"))

    def submit(self, job_id: str, folder: Path, planned: int, skipped: int) -> Job:
        job = Job(id=job_id, folder=folder, planned=planned, skipped=skipped)
        with self._lock:
            self._jobs[job_id] = job
            if self._thread is None:
                self._thread = threading.Thread(target=self._work, name="wmo-docs-batch", daemon=True)
                self._thread.start()
        self._queue.put(job)
        return job

    def get(self, job_id: str) -> Job | None:
        self.purge()
        if not _JOB_ID.match(job_id):
            return None
        with self._lock:
            return self._jobs.get(job_id)

    def purge(self, now: float | None = None) -> None:
        """Delete the jobs whose time is up, with their files."""
        now = time.time() if now is None else now
        with self._lock:
            expired = [j for j in self._jobs.values() if j.finished is not None
                       and j.finished + self.settings.job_ttl_seconds <= now]
            for job in expired:
                del self._jobs[job.id]
        for job in expired:
            shutil.rmtree(job.folder, ignore_errors=True)

    def close(self) -> None:
        self._queue.put(None)
        with self._lock:
            jobs, self._jobs = list(self._jobs.values()), {}
        for job in jobs:
            shutil.rmtree(job.folder, ignore_errors=True)

    def _work(self) -> None:
        while True:
            job = self._queue.get()
            if job is None:
                return
            job.status = "bezig"
            try:
                self._run(job)
                job.status = "klaar"
            except Exception as exc:  # noqa: BLE001 - the job reports it; the server goes on
                from wmo_docs.errors import InputError

                job.error = exc.message if isinstance(exc, InputError) else (
                    "de controle stopte door een interne fout. Probeer het opnieuw of meld het bij de beheerder.")
                job.status = "mislukt"
                log.error("partijcontrole mislukt: %s", type(exc).__name__)
            finally:
                shutil.rmtree(job.folder / DRAFTS, ignore_errors=True)  # the reports stay, the drafts go
                job.finished = time.time()

    def _run(self, job: Job) -> None:
        from wmo_docs.batch.session import AuditSettings, run_audit
        from wmo_docs.batch.writers import JsonlWriter

        def progress(outcome: Any) -> None:
            job.done += 1
            report = outcome.report
            if report.error:
                job.counts["onleesbaar"] += 1
            for f in report.findings:
                job.counts[f.severity.value] += 1

        audit = AuditSettings(fmt="html", output=job.folder / DASHBOARD, profile=self.settings.profile,
                              checker=CHECKER)
        result = run_audit([job.folder / DRAFTS], audit, on_outcome=progress)
        with open(job.folder / JSONL, "w", encoding="utf-8", newline="") as fh:
            writer = JsonlWriter(fh)
            for report in result.reports:
                writer.file(report)
            writer.close(result.reports, result.planned, not result.interrupted)
