"""The real stores a test asks questions of (VictoriaMetrics, VictoriaLogs), each the
pinned build on a free loopback port with a scratch data folder, stopped afterwards."""

import contextlib
import json
import pathlib
import subprocess
import time
import urllib.parse
import urllib.request
from typing import Iterator, List, Sequence

import pytest
import toolchain
from box import free_port


@contextlib.contextmanager
def serving(binary: pathlib.Path, args: Sequence[str], port: int, what: str) -> Iterator[str]:
    """Start `binary`, wait for its /health, yield its address; `what` names it when it
    does not start."""
    process = subprocess.Popen([str(binary), *args], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    url = f"http://127.0.0.1:{port}"
    try:
        for _ in range(100):
            try:
                urllib.request.urlopen(f"{url}/health", timeout=2)
                break
            except OSError:
                if process.poll() is not None:
                    pytest.fail(f"{what} did not start: {process.stderr.read()}")
                time.sleep(0.2)
        else:
            pytest.fail(f"{what} did not answer /health in 20 s")
        yield url
    finally:
        process.terminate()
        process.wait(timeout=30)


def victoria_metrics(data: pathlib.Path) -> "contextlib.AbstractContextManager[str]":
    port = free_port()
    args = [f"-storageDataPath={data}", f"-httpListenAddr=127.0.0.1:{port}"]
    return serving(toolchain.victoria_metrics(), args, port, "victoria-metrics")


def import_exposition(url: str, exposition: str, at: int, job: str = "") -> None:
    """One scrape's exposition into VictoriaMetrics at the time `at` (seconds), with the
    scrape's `job` label, searchable at once."""
    labels = f"&extra_label=job={job}" if job else ""
    request = urllib.request.Request(
        f"{url}/api/v1/import/prometheus?timestamp={at * 1000}{labels}", data=exposition.encode(), method="POST"
    )
    urllib.request.urlopen(request, timeout=10)
    urllib.request.urlopen(f"{url}/internal/force_flush", timeout=10)


def instant(url: str, expr: str, at: int) -> List[dict]:
    """The series a PromQL expression gives at the time `at`."""
    query = urllib.parse.urlencode({"query": expr, "time": at})
    answer = json.load(urllib.request.urlopen(f"{url}/api/v1/query?{query}", timeout=10))
    assert answer["status"] == "success", (expr, answer)
    return list(answer["data"]["result"])
