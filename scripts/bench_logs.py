#!/usr/bin/env python3
"""Measure the log store's resident memory at the board's log load.

    .venv/bin/python scripts/bench_logs.py [--seconds 120] [--days 14]

The load: the complete profile's containers (counted from the declarations) writing
about 10 lines a second between them (the issue's figure for this stack; a quiet
homelab's services log a line every few seconds each), 180 bytes a line on average.
VictoriaLogs is first given the backlog it holds at the end of its retention (`--days`
of that rate, timestamps spread over those days, sent in batches as a shipper catching
up after a restart would), then restarted over it (the board's steady state), the live rate for `--seconds` while a dashboard's two
queries run every 10 s (lines per container over the last hour, a word search over the
last day). Resident memory is read from /proc/<pid>/status every second during the
backlog and every 5 s during the live phase: peak and last. Also printed: its own
/metrics series (the scrape declaration's figure) and the disk the backlog takes.

The binary is the pinned release (toolchain.env VICTORIA_LOGS_VERSION), built by
`make bench-tools`. Loki is AGPL and is not built here: its published figures stand in
the README's comparison. Nothing here is a pass/fail check.
"""

import argparse
import json
import os
import pathlib
import random
import subprocess
import sys
import tempfile
import threading
import time
import urllib.parse
import urllib.request

ROOT = pathlib.Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "constructs"))
sys.path.insert(0, str(ROOT / "scripts"))

import yaml  # noqa: E402
from bench_observability import PINS, free_port, own_series, rss_mib, wait_up  # noqa: E402

from potatostack import services  # noqa: E402
from potatostack import settings as settings_module  # noqa: E402

LINES_PER_SECOND = 10
LINE_BYTES = 180
# The stream fields the shipper sends (services/fluent_bit.py): one stream per container.
STREAM_FIELDS = "namespace,pod,container"
_WORDS = (
    "GET /api/v1/status 200 in 3ms",
    "POST /login 302",
    "scrape finished",
    "checkpoint complete: wrote 12 buffers",
    "connection from 10.42.0.17 accepted",
    "cache miss for key session:",
    "error: upstream timed out, retrying",
    "job finished successfully",
)


def containers(settings):
    """(namespace, pod, container) of every container of the complete profile."""
    found = []
    for spec in services.chosen(settings):
        names = [spec.name, *(sidecar.name for sidecar in spec.sidecars)]
        found.extend((spec.namespace, f"{spec.name}-0", name) for name in names)
    return found


def line(stream, when, rng):
    namespace, pod, container = stream
    text = f"{rng.choice(_WORDS)} request_id={rng.getrandbits(64):016x}"
    # Pad to the average line size with fields that vary, as an app's timestamps, levels
    # and values would (a padding of one repeated letter would compress unrealistically).
    while len(text) < LINE_BYTES - 60:
        text += f" f{rng.randrange(20)}={rng.getrandbits(24):06x}"
    return json.dumps(
        {
            "_time": int(when * 1e9),
            "_msg": text,
            "namespace": namespace,
            "pod": pod,
            "container": container,
            "stream": "stdout",
        }
    )


def send(port, lines):
    query = urllib.parse.urlencode({"_stream_fields": STREAM_FIELDS})
    request = urllib.request.Request(
        f"http://127.0.0.1:{port}/insert/jsonline?{query}",
        data=("\n".join(lines) + "\n").encode(),
        headers={"Content-Type": "application/stream+json"},
    )
    urllib.request.urlopen(request, timeout=120).read()


def query(port, logsql, start):
    body = urllib.parse.urlencode({"query": logsql, "start": start}).encode()
    return urllib.request.urlopen(f"http://127.0.0.1:{port}/select/logsql/query", data=body, timeout=60).read()


def sample(process, seconds, every, peak):
    """RSS of `process` for `seconds`: (peak so far, last)."""
    last = rss_mib(process.pid)
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        last = rss_mib(process.pid)
        peak = max(peak, last)
        time.sleep(every)
    return peak, last


def folder_mib(path):
    return sum(file.stat().st_size for file in path.rglob("*") if file.is_file()) / 2**20


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--seconds", type=int, default=120)
    parser.add_argument("--days", type=float, default=14)
    parser.add_argument("--limit-mib", type=int, default=128, help="the pod's memory limit the caches are sized by")
    args = parser.parse_args()

    raw = yaml.safe_load((ROOT / "settings.yaml").read_text())
    raw["profile"] = "complete"
    streams = containers(settings_module.Settings.model_validate(raw))
    backlog = int(args.days * 86400 * LINES_PER_SECOND)
    binary = ROOT / ".tools" / f"victoria-logs-{PINS['VICTORIA_LOGS_VERSION']}" / "victoria-logs"
    if not binary.exists():
        sys.exit(f"bench_logs: {binary.relative_to(ROOT)} is not built: run `make bench-tools`")
    print(
        f"log load: {len(streams)} containers, {LINES_PER_SECOND} lines/s, ~{LINE_BYTES} bytes a line; "
        f"backlog {args.days:g} days = {backlog:,} lines (~{backlog * LINE_BYTES / 2**30:.1f} GiB raw)"
    )
    rng = random.Random(14)
    with tempfile.TemporaryDirectory() as scratch:
        data = pathlib.Path(scratch) / "vlogs"
        port = free_port()
        command = [
            str(binary),
            f"-storageDataPath={data}",
            f"-httpListenAddr=127.0.0.1:{port}",
            "-retentionPeriod=14d",
            # What the pod's limit gives its caches by default (60% of it).
            f"-memory.allowedBytes={int(args.limit_mib * 2**20 * 0.6)}",
            "-loggerLevel=ERROR",
        ]
        store = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        try:
            wait_up(port, "/health", store)
            peak_backlog = 0.0
            done = threading.Event()

            def watcher():
                nonlocal peak_backlog
                while not done.is_set():
                    peak_backlog = max(peak_backlog, rss_mib(store.pid))
                    time.sleep(1)

            thread = threading.Thread(target=watcher, daemon=True)
            thread.start()
            started = time.monotonic()
            now = time.time()
            first = now - args.days * 86400
            step = 1 / LINES_PER_SECOND
            batch = []
            for index in range(backlog):
                batch.append(line(streams[index % len(streams)], first + index * step, rng))
                # About what Fluent Bit sends in one flush while it catches up.
                if len(batch) == 2000:
                    send(port, batch)
                    batch = []
            if batch:
                send(port, batch)
            done.set()
            thread.join()
            backlog_seconds = time.monotonic() - started
            # Flushed parts only: the store writes its in-memory parts within seconds.
            time.sleep(5)
            disk = folder_mib(data)
            # The steady state on the board: the days already on disk, a store started
            # over them (after an upgrade or a reboot), the live rate coming in.
            store.terminate()
            store.wait()
            store = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            wait_up(port, "/health", store)

            stop = threading.Event()

            def live():
                while not stop.is_set():
                    when = time.time()
                    send(port, [line(streams[rng.randrange(len(streams))], when, rng) for _ in range(LINES_PER_SECOND)])
                    time.sleep(1)

            def dashboard():
                while not stop.is_set():
                    query(port, "_time:1h | stats by (container) count() lines", "")
                    query(port, "_time:1d error | limit 100", "")
                    time.sleep(10)

            workers = [threading.Thread(target=live, daemon=True), threading.Thread(target=dashboard, daemon=True)]
            for worker in workers:
                worker.start()
            peak_live, last_live = sample(store, args.seconds, 5, 0.0)
            stop.set()
            for worker in workers:
                worker.join()
            series = own_series(port)
        finally:
            store.terminate()
            store.wait()

    print(f"on {os.cpu_count()} CPUs, caches bounded at 60% of {args.limit_mib} MiB:")
    print("| what | resident memory | own series |")
    print("|---|---|---|")
    version = PINS["VICTORIA_LOGS_VERSION"]
    print(
        f"| VictoriaLogs {version}, taking the {args.days:g}-day backlog ({backlog_seconds:.0f} s, "
        f"{disk:.0f} MiB on disk) | peak {peak_backlog:.0f} MiB | |"
    )
    print(
        f"| VictoriaLogs {version}, {LINES_PER_SECOND} lines/s and the dashboard's queries for {args.seconds} s "
        f"| {peak_live:.0f} / {last_live:.0f} MiB | {series} |"
    )


if __name__ == "__main__":
    main()
