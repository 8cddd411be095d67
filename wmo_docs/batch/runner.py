"""Run the checker over many files on several cores and stream the results in input order.

On Linux the main process builds the spaCy pipeline once and *forks* the workers from
that warm state, so they start checking at once instead of each paying ~1.5-2 s to
import spaCy and build their own pipeline (the difference between 1.6x and 1.8x on two
cores). Forking is only done while the process has a single thread; otherwise (macOS,
Windows, a progress thread already running, a test runner's threads) the workers are
*spawned* and build their pipeline in their initializer. Workers ignore Ctrl-C: the
main process alone decides to stop, so a Ctrl-C ends with a clean partial report
instead of tracebacks from every worker. A bounded number of tasks is in flight, so
memory does not grow with the batch. A worker that dies (a draft that crashes the
reader hard) is replaced; the files it held are retried one by one, and only the file
that kills a worker again becomes an error entry.
"""

from __future__ import annotations

import multiprocessing
import os
import sys
import threading
from collections import deque
from collections.abc import Iterator, Sequence
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from concurrent.futures.process import BrokenProcessPool
from dataclasses import replace

from wmo_docs.batch.discover import Source
from wmo_docs.batch.worker import Outcome, WorkerConfig, check_chunk, check_one, init_worker
from wmo_docs.errors import InputError
from wmo_docs.report.model import FileReport

Task = tuple[int, str, str]  # (index in the batch, path, name for reports)
MAX_JOBS = 2  # the hosts this runs on have two cores; more workers only add memory
# Below these batch sizes one process is as fast (bench/README.md): a forked worker starts
# at once, a spawned one first imports spaCy and builds its own pipeline (~1.5-2 s).
MIN_FILES_FOR_WORKERS = {"fork": 20, "spawn": 150}


class WorkerStartError(InputError):
    """The worker processes keep dying before any file is done: the installation, not a draft."""


def default_jobs() -> int:
    """Number of cores this process may use, at most ``MAX_JOBS``."""
    try:
        cores = len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        cores = os.cpu_count() or 1
    return max(1, min(cores, MAX_JOBS))


def run_batch(
    sources: Sequence[Source],
    config: WorkerConfig,
    jobs: int = 1,
    chunk: int = 4,
) -> Iterator[Outcome]:
    """Check every source and return an iterator of one Outcome per file, in the order of ``sources``.

    The pipeline is built and the workers are started before this returns, so a caller
    starts its progress display (a thread) afterwards and the workers can still be
    forked. ``jobs=1`` runs in this process (no pickling, easiest to debug). Closing the
    iterator early (or a KeyboardInterrupt while it waits) stops the workers at once.
    """
    tasks: list[Task] = [(i, str(s.path), s.name) for i, s in enumerate(sources)]
    if not tasks:
        return iter(())
    if jobs <= 1 or len(tasks) == 1:
        init_worker(replace(config, in_worker=False))
        return (check_one(*task) for task in tasks)
    return _ParallelRun(tasks, config, min(jobs, len(tasks)), max(1, chunk))


def start_method() -> str:
    """``fork`` from this warm process where that is safe, else ``spawn``.

    Forking copies the built pipeline into the worker for free, but only a process with
    one thread may fork safely (another thread could hold a lock the child inherits);
    macOS and Windows always spawn.
    """
    if (
        sys.platform.startswith("linux")
        and "fork" in multiprocessing.get_all_start_methods()
        and threading.active_count() == 1
    ):
        return "fork"
    return "spawn"


def min_files_for_workers() -> int:
    """Smallest batch for which workers are faster than this process alone."""
    return MIN_FILES_FOR_WORKERS[start_method()]


def _crashed(task: Task) -> Outcome:
    index, _, name = task
    return Outcome(
        index=index,
        name=name,
        report=FileReport(
            path=name,
            error="bij het controleren van dit bestand stopte het werkproces onverwacht; "
            "het bestand is overgeslagen. Open het in Word en sla het opnieuw op.",
        ),
    )


class _ParallelRun:
    """Workers started at construction; iterate for the outcomes in input order, ``close`` to stop."""

    def __init__(self, tasks: list[Task], config: WorkerConfig, jobs: int, chunk: int) -> None:
        self._config = config
        self._jobs = jobs
        self.method = start_method()
        if self.method == "fork":
            init_worker(replace(config, in_worker=False), warm=True)  # once here; the workers inherit it
        self._pending: deque[list[Task]] = deque(tasks[i : i + chunk] for i in range(0, len(tasks), chunk))
        self._inflight: dict[Future, list[Task]] = {}
        self._executor = self._start()
        self._submit()  # the processes start now, before the caller's threads do
        self._outcomes = self._run()

    def __iter__(self) -> Iterator[Outcome]:
        return self

    def __next__(self) -> Outcome:
        return next(self._outcomes)

    def close(self) -> None:
        """Stop the workers; also when iteration never began (a generator's close would not run its finally)."""
        self._outcomes.close()
        if self._executor is not None:
            _stop(self._executor)
            self._executor = None

    def _start(self) -> ProcessPoolExecutor:
        # After a crash the process has threads (the old pool's, a progress bar): spawn then.
        ctx = multiprocessing.get_context(start_method() if self.method == "fork" else "spawn")
        return ProcessPoolExecutor(
            max_workers=self._jobs, mp_context=ctx, initializer=init_worker, initargs=(self._config,)
        )

    def _submit(self, suspects: frozenset[int] | set[int] = frozenset()) -> None:
        """Keep a few chunks per worker in flight; a suspect file runs alone."""
        pending, inflight = self._pending, self._inflight
        while pending and len(inflight) < self._jobs * 3:
            nxt = pending[0]
            is_suspect = nxt[0][0] in suspects
            if is_suspect and inflight:
                break  # a suspect runs alone, so a second crash names the right file
            inflight[self._executor.submit(check_chunk, pending.popleft())] = nxt
            if is_suspect:
                break

    def _run(self) -> Iterator[Outcome]:
        pending, inflight = self._pending, self._inflight
        suspects: set[int] = set()  # files that were in a worker when it died
        ready: dict[int, Outcome] = {}
        next_index = 0
        breaks_without_progress = 0
        finished = False
        try:
            while pending or inflight:
                self._submit(suspects)
                done, _ = wait(inflight, return_when=FIRST_COMPLETED)
                broken: list[list[Task]] = []
                for fut in done:
                    group = inflight.pop(fut)
                    try:
                        outcomes = fut.result()
                    except BrokenProcessPool:
                        broken.append(group)
                        continue
                    except Exception:  # noqa: BLE001 - e.g. a result that cannot be pickled
                        outcomes = [_crashed(t) for t in group]
                    for o in outcomes:
                        ready[o.index] = o
                    breaks_without_progress = 0
                if broken:
                    breaks_without_progress += 1
                    if breaks_without_progress >= 3:
                        raise WorkerStartError(
                            "de werkprocessen stoppen steeds direct; controleer de installatie of gebruik --jobs 1."
                        )
                    broken.extend(inflight.values())  # the whole pool went down with it
                    inflight.clear()
                    _stop(self._executor)
                    self._executor = self._start()
                    retry: list[list[Task]] = []
                    for group in broken:
                        for task in group:
                            if task[0] in suspects:
                                ready[task[0]] = _crashed(task)
                            else:
                                suspects.add(task[0])
                                retry.append([task])
                    for group in sorted(retry, key=lambda g: g[0][0], reverse=True):
                        pending.appendleft(group)
                while next_index in ready:
                    yield ready.pop(next_index)
                    next_index += 1
            finished = True
        finally:
            executor, self._executor = self._executor, None
            if executor is not None and finished:
                # Every result is in: let the workers tear down their pipelines in the background
                # (~0.25 s) while the caller writes its report; the interpreter joins them at exit.
                executor.shutdown(wait=False)
            elif executor is not None:
                _stop(executor)


def _stop(executor: ProcessPoolExecutor) -> None:
    """Stop at once: drop queued work and end the worker processes (they hold no results we need)."""
    processes = list((getattr(executor, "_processes", None) or {}).values())
    executor.shutdown(wait=False, cancel_futures=True)
    for proc in processes:
        if proc.is_alive():
            proc.terminate()
    for proc in processes:
        proc.join(timeout=5)
