"""The checker process: one warm worker that runs the library's ``check_file`` for the API and the pages.

Why a process of its own: the check is pure Python and holds the GIL; in the server's own
process it would compete with the event loop reading the next uploads. In a worker it runs
on the second core while the server handles HTTP, and a draft that crashes the reader hard
takes down the worker, not the server (it is restarted and the request gets a Dutch 422).
The worker is spawned (never forked from the threaded server), builds the pipeline once,
and freezes what start-up built so the cyclic GC stops scanning it (as the batch workers do).
The worker gets the path of the upload in the request's private folder, never its name.
"""

from __future__ import annotations

import logging
import multiprocessing
import threading
import time
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures import TimeoutError as FutureTimeout
from concurrent.futures.process import BrokenProcessPool
from pathlib import Path
from typing import Any

from wmo_docs.errors import InputError

log = logging.getLogger("wmo_docs.web.checker")
TIMEOUT_SECONDS = 120


def _init() -> None:
    import gc
    import signal

    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C stops the server; the server stops the worker
    from wmo_docs.check import check_file
    from wmo_docs.resources import data_path

    try:
        check_file(data_path("examples", "drafts", "goed_traplift_toekenning.docx"))
    except Exception:  # noqa: BLE001 - only a warm-up
        pass
    gc.collect()
    gc.freeze()


def _ready() -> bool:
    return True


def _check(path: str, options: dict[str, Any], keep_draft: bool) -> tuple[str, Any, float]:
    """In the worker: ("ok", FileReport, ms) or ("fout", Dutch message, 0). Never raises for a draft."""
    from wmo_docs.check import check_file

    started = time.perf_counter()
    try:
        report = check_file(Path(path), **options)
    except InputError as exc:
        return "fout", exc.message, 0.0  # the message only: str(exc) would name the temp path
    except MemoryError:
        return "fout", "het concept is te groot of te ingewikkeld om te controleren.", 0.0
    except Exception as exc:  # noqa: BLE001 - one bad draft must not stop the server
        return "fout", (f"het concept kon niet worden gecontroleerd door een interne fout ({type(exc).__name__}). "
                        "Meld dit bij de beheerder van wmo-docs."), 0.0
    ms = 1000 * (time.perf_counter() - started)
    if not keep_draft:
        report.draft = None  # the JSON report does not need the blocks: less to send back
    return "ok", report, ms


class Checker:
    """The worker process, started in the background; ``check`` blocks until the draft is done."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._executor: ProcessPoolExecutor | None = None
        self.ready = threading.Event()

    def start(self) -> None:
        """Start (or restart) the worker; returns when it is warm."""
        with self._lock:
            old, self._executor = self._executor, ProcessPoolExecutor(
                max_workers=1, mp_context=multiprocessing.get_context("spawn"), initializer=_init)
            executor = self._executor
        if old is not None:
            _stop(old)
        executor.submit(_ready).result()
        self.ready.set()

    def check(self, path: Path, options: dict[str, Any], keep_draft: bool) -> tuple[Any, float]:
        """(FileReport, milliseconds of the library call); InputError with a Dutch message otherwise."""
        if self._executor is None:
            self.start()
        executor = self._executor
        assert executor is not None
        try:
            kind, value, ms = executor.submit(_check, str(path), options, keep_draft).result(timeout=TIMEOUT_SECONDS)
        except BrokenProcessPool:
            log.error("het controleproces stopte onverwacht; het wordt opnieuw gestart")
            threading.Thread(target=self._restart_if, args=(executor,), daemon=True).start()
            raise InputError("het concept kon niet worden gecontroleerd: het controleproces stopte onverwacht. "
                             "Open het bestand in Word, sla het opnieuw op en probeer het nog eens.") from None
        except FutureTimeout:
            log.error("een controle duurde langer dan %d s; het controleproces wordt opnieuw gestart", TIMEOUT_SECONDS)
            threading.Thread(target=self._restart_if, args=(executor,), daemon=True).start()
            raise InputError(f"het controleren duurde langer dan {TIMEOUT_SECONDS} seconden en is gestopt. "
                             "Controleer of dit echt een beschikking of rapportage is.") from None
        if kind != "ok":
            raise InputError(value)
        return value, ms

    def _restart_if(self, broken: ProcessPoolExecutor) -> None:
        if self._executor is broken:
            self.ready.clear()
            self.start()

    def close(self) -> None:
        with self._lock:
            executor, self._executor = self._executor, None
        if executor is not None:
            _stop(executor)


def _stop(executor: ProcessPoolExecutor) -> None:
    """Let an idle worker exit by itself (no leaked semaphores); end one that is still busy."""
    processes = list((getattr(executor, "_processes", None) or {}).values())
    executor.shutdown(wait=False, cancel_futures=True)
    for proc in processes:
        proc.join(timeout=3)
        if proc.is_alive():
            proc.terminate()
            proc.join(timeout=5)
