"""Benchmark: ``wmo-docs serve`` under a bounded load, next to the library and the CLI in the same run.

Starts the real server (``wmo-docs serve`` on a free localhost port), waits for its pipeline,
then N concurrent clients POST drafts to ``/api/v1/check`` until a fixed number of requests is
done (it stops by itself; localhost only). Reports throughput and p50/p95 latency, and beside
them, measured in this same run on the same drafts:

* the library call (``check_file``, in this process, warm) per draft: the base;
* the CLI's per-draft time (``wmo-docs check`` on N drafts minus on one, divided by N - 1).

The server's overhead per check: one client sends the drafts one after another, alternated
back to back with the library checking the same drafts in this process (five pairs; the shared
host's speed drifts by more than the overhead, so the median of the pairs' ratios counts, as in
``bench_batch``). The library's part inside each request (``Server-Timing: check;dur=…``) is
shown beside it. Target: <= 20 %. Memory: the server's
RSS (server and checker process together) is sampled every 100 requests after a warm-up; target: flat (growth <= 5 % or 15 MB).
Run: ``.venv/bin/python bench/bench_serve.py [REQUESTS] [CLIENTS]``. Not a unit test.
"""

from __future__ import annotations

import os
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

DRAFTS = 40  # distinct drafts, sent round-robin
WARM_UP = 100  # requests before the first memory sample


def _cmd() -> list[str]:
    exe = Path(sys.executable).with_name("wmo-docs")
    return [str(exe)] if exe.exists() else [sys.executable, "-m", "wmo_docs"]


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _tree(pid: int) -> list[int]:
    """The server and its children (the checker process)."""
    out = [pid]
    try:
        children = Path(f"/proc/{pid}/task/{pid}/children").read_text().split()
    except OSError:
        return out
    for child in children:
        out += _tree(int(child))
    return out


def _rss_mb(pid: int) -> float:
    """RSS of the server's whole process tree."""
    total = 0
    for p in _tree(pid):
        try:
            for line in Path(f"/proc/{p}/status").read_text().splitlines():
                if line.startswith("VmRSS:"):
                    total += int(line.split()[1])
        except OSError:
            pass
    return total / 1024


def _library_ms(paths: list[Path], rounds: int = 3) -> float:
    from wmo_docs.check import check_file

    for p in paths[:5]:  # warm: pipeline, catalogue, readers
        check_file(p)
    best = float("inf")
    for _ in range(rounds):
        t = time.perf_counter()
        for p in paths:
            check_file(p)
        best = min(best, (time.perf_counter() - t) / len(paths))
    return 1000 * best


def _cli_ms(paths: list[Path], out: Path) -> float:
    def run(files: list[Path]) -> float:
        t = time.perf_counter()
        subprocess.run([*_cmd(), "check", *map(str, files), "--format", "json", "-o", str(out), "--force", "-j", "1"],
                       check=False, capture_output=True, timeout=600)
        return time.perf_counter() - t

    one = min(run(paths[:1]) for _ in range(2))
    many = min(run(paths) for _ in range(2))
    return 1000 * (many - one) / (len(paths) - 1)


def _pairs(url: str, paths: list[Path], pairs: int = 5) -> list[tuple[float, float, float]]:
    """Back-to-back (library ms, server ms, library-inside-server ms) per draft, one client, alternating."""
    import httpx

    from wmo_docs.check import check_file

    blobs = [(p.name, p.read_bytes()) for p in paths]
    out = []
    with httpx.Client(base_url=url, timeout=120) as c:
        for _ in range(pairs):
            t = time.perf_counter()
            for p in paths:
                check_file(p)
            lib = 1000 * (time.perf_counter() - t) / len(paths)
            inside = 0.0
            t = time.perf_counter()
            for name, data in blobs:
                r = c.post("/api/v1/check", files={"bestand": (name, data)})
                r.raise_for_status()
                inside += float(r.headers["server-timing"].split("dur=", 1)[1])
            out.append((lib, 1000 * (time.perf_counter() - t) / len(paths), inside / len(paths)))
    return out


def _load(url: str, paths: list[Path], requests: int, clients: int, pid: int) -> dict:
    import httpx

    blobs = [(p.name, p.read_bytes()) for p in paths]
    latencies: list[float] = []
    inside: list[float] = []  # the library's part of each request (Server-Timing: check;dur=…)
    failures = 0
    rss: list[tuple[int, float]] = []
    lock = threading.Lock()
    counter = iter(range(requests))

    def worker() -> None:
        nonlocal failures
        with httpx.Client(base_url=url, timeout=120) as c:
            while True:
                with lock:
                    i = next(counter, None)
                if i is None:
                    return
                name, data = blobs[i % len(blobs)]
                t = time.perf_counter()
                r = c.post("/api/v1/check", files={"bestand": (name, data)})
                elapsed = time.perf_counter() - t
                with lock:
                    latencies.append(elapsed)
                    if r.status_code != 200:
                        failures += 1
                    else:
                        inside.append(float(r.headers["server-timing"].split("dur=", 1)[1]))
                    done = len(latencies)
                    if done >= WARM_UP and done % 100 == 0:
                        rss.append((done, _rss_mb(pid)))

    threads = [threading.Thread(target=worker) for _ in range(clients)]
    t = time.perf_counter()
    for th in threads:
        th.start()
    for th in threads:
        th.join()
    wall = time.perf_counter() - t
    lat = sorted(latencies)
    return {"wall": wall, "p50": 1000 * lat[len(lat) // 2], "p95": 1000 * lat[int(len(lat) * 0.95) - 1],
            "failures": failures, "rss": rss, "n": len(lat), "inside": statistics.fmean(inside)}


def main(requests: int = 1000, clients: int = 4) -> None:
    import httpx

    from bench.bench_check import make_drafts

    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "concepten"
        folder.mkdir()
        paths = make_drafts(folder, DRAFTS)
        port = _free_port()
        env = {k: v for k, v in os.environ.items() if k != "WMO_DOCS_TOKEN"}
        started = time.perf_counter()
        server = subprocess.Popen([*_cmd(), "serve", "--port", str(port)], env=env,
                                  stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        url = f"http://127.0.0.1:{port}"
        try:
            listening = None
            deadline = time.perf_counter() + 60
            while time.perf_counter() < deadline:
                try:
                    health = httpx.get(f"{url}/health", timeout=1).json()
                except httpx.HTTPError:
                    time.sleep(0.05)
                    continue
                listening = listening or time.perf_counter() - started
                if health["pijplijn_klaar"]:
                    break
                time.sleep(0.05)
            ready = time.perf_counter() - started
            # library and CLI first, while the server idles (2 cores: nothing else competes)
            lib = _library_ms(paths)
            cli = _cli_ms(paths, Path(tmp) / "r.json")
            pairs = _pairs(url, paths)
            rss_before = _rss_mb(server.pid)
            result = _load(url, paths, requests, clients, server.pid)
        finally:
            server.terminate()
            server.wait(timeout=30)

    per_check = 1000 * result["wall"] / result["n"]
    ratios = sorted(srv / lib_ms for lib_ms, srv, _ in pairs)
    overhead = statistics.median(ratios) - 1
    first, last = result["rss"][0][1], result["rss"][-1][1]
    growth = last - first
    print(f"drafts: {DRAFTS} distinct .docx, requests: {result['n']}, concurrent clients: {clients}, failures: {result['failures']}")
    print(f"server start-up:     listening after {listening:.2f} s (target < 3 s); pipeline warm after {ready:.2f} s")
    print(f"library check_file:  {lib:.1f} ms/draft (best of 3 rounds, in this process)")
    print(f"CLI per draft:       {cli:.1f} ms/draft (wmo-docs check, N drafts minus one)")
    print("back-to-back pairs (library in this process | server, one client | library inside the server), ms/draft:")
    for lib_ms, srv, inside in pairs:
        print(f"  {lib_ms:6.1f} | {srv:6.1f} | {inside:6.1f}   server/library {srv / lib_ms:.2f}x")
    print(f"server overhead:     {100 * overhead:+.1f} % per check over the library call "
          f"(median of {len(pairs)} pairs, range {100 * (ratios[0] - 1):+.0f} … {100 * (ratios[-1] - 1):+.0f} %; target <= 20 %)")
    print(f"load test:           {result['n']} requests, {clients} clients: {result['n'] / result['wall']:.1f} checks/s "
          f"({per_check:.1f} ms per check), latency p50 {result['p50']:.0f} ms, p95 {result['p95']:.0f} ms "
          f"(a request waits for the checks ahead of it); library inside the requests {result['inside']:.1f} ms")
    print(f"server RSS (server + checker process): {rss_before:.0f} MB idle; {first:.0f} MB after {result['rss'][0][0]} requests, "
          f"{last:.0f} MB after {result['rss'][-1][0]} ({growth:+.1f} MB; target: flat, <= 5 % or 15 MB)")
    print("  samples: " + ", ".join(f"{n}: {mb:.0f}" for n, mb in result["rss"]))


if __name__ == "__main__":
    main(*(int(a) for a in sys.argv[1:3]))
