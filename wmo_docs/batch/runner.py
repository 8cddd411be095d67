"""Run the checker over many files on several cores and stream the results in input order.

Worker processes are *spawned* (not forked), each builds its own spaCy pipeline once
in its initializer and ignores Ctrl-C: the main process alone decides to stop, so a
Ctrl-C ends with a clean partial report instead of tracebacks from every worker. A
bounded number of tasks is in flight, so memory does not grow with the batch. A
worker that dies (a draft that crashes the reader hard) is replaced; the files it
held are retried one by one, and only the file that kills a worker again becomes an
error entry.
"""

from __future__ import annotations

import multiprocessing
import os
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
    """Check every source and yield one Outcome per file, in the order of ``sources``.

    ``jobs=1`` runs in this process (no pickling, easiest to debug). Closing the
    generator early (or a KeyboardInterrupt while it waits) stops the workers at once.
    """
    tasks: list[Task] = [(i, str(s.path), s.name) for i, s in enumerate(sources)]
    if not tasks:
        return
    if jobs <= 1 or len(tasks) == 1:
        init_worker(replace(config, in_worker=False))
        for task in tasks:
            yield check_one(*task)
        return
    yield from _parallel(tasks, config, min(jobs, len(tasks)), max(1, chunk))


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


def _parallel(tasks: list[Task], config: WorkerConfig, jobs: int, chunk: int) -> Iterator[Outcome]:
    ctx = multiprocessing.get_context("spawn")

    def start() -> ProcessPoolExecutor:
        return ProcessPoolExecutor(max_workers=jobs, mp_context=ctx, initializer=init_worker, initargs=(config,))

    pending: deque[list[Task]] = deque(tasks[i : i + chunk] for i in range(0, len(tasks), chunk))
    inflight: dict[Future, list[Task]] = {}
    suspects: set[int] = set()  # files that were in a worker when it died
    ready: dict[int, Outcome] = {}
    next_index = 0
    limit = jobs * 3
    executor = start()
    finished = False
    breaks_without_progress = 0
    try:
        while pending or inflight:
            while pending and len(inflight) < limit:
                nxt = pending[0]
                is_suspect = nxt[0][0] in suspects
                if is_suspect and inflight:
                    break  # a suspect runs alone, so a second crash names the right file
                inflight[executor.submit(check_chunk, pending.popleft())] = nxt
                if is_suspect:
                    break
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
                _stop(executor)
                executor = start()
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
        if finished:
            # Every result is in: let the workers tear down their pipelines in the background
            # (~0.25 s) while the caller writes its report; the interpreter joins them at exit.
            executor.shutdown(wait=False)
        else:
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
