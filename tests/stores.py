"""The real stores a test asks questions of (VictoriaMetrics, VictoriaLogs), each the
pinned build on a free loopback port with a scratch data folder, stopped afterwards."""

import contextlib
import pathlib
import socket
import subprocess
import time
import urllib.request
from typing import Iterator, Sequence

import pytest
import toolchain


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


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
