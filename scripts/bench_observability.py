#!/usr/bin/env python3
"""Measure the observability core's resident memory at the stack's own load.

    .venv/bin/python scripts/bench_observability.py [--seconds 120]

The load is the series count the complete profile's scrapes produce, counted from the
declarations (observability.series_count): a synthetic exporter serves that many
series, their values moving on every scrape, and each metrics store scrapes it (and
itself) with the generated global settings but a 10 s interval, so the head fills in
minutes rather than an hour. Prometheus and VictoriaMetrics are measured one after the
other; vmalert (the generated rules against VictoriaMetrics), Alertmanager (the
generated configuration) and node_exporter (the declared collectors, this machine's
/proc and /sys) beside VictoriaMetrics, the last two with their declarations'
environment. Resident memory is read from /proc/<pid>/status every 5 s; the figures
are the peak and the last reading. The binaries are the pinned releases, built by
`make tools bench-tools`. Nothing here is a pass/fail check.
"""

import argparse
import http.server
import os
import pathlib
import socket
import subprocess
import sys
import tempfile
import threading
import time
import urllib.request

ROOT = pathlib.Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "constructs"))
sys.path.insert(0, str(ROOT))
# The project's Node.js for cdk8s's runtime, as main.py picks it.
os.environ.setdefault("JSII_NODE", str(ROOT / "node_modules" / ".bin" / "node"))

import yaml  # noqa: E402

from potatostack import observability, services  # noqa: E402
from potatostack import settings as settings_module  # noqa: E402


def _pins():
    pins = {}
    for line in (ROOT / "toolchain.env").read_text().splitlines():
        if line.strip() and not line.startswith("#"):
            key, _, value = line.partition("=")
            pins[key] = value
    return pins


PINS = _pins()


def tool(name, pin):
    binary = ROOT / ".tools" / f"{name}-{PINS[pin]}" / name
    if not binary.exists():
        sys.exit(f"bench_observability: {binary.relative_to(ROOT)} is not built: run `make tools bench-tools`")
    return binary


def free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


class Exporter(http.server.BaseHTTPRequestHandler):
    """`series` series over 20 metric names with 10 label values each, like an exporter."""

    series = 0
    scrapes = 0

    def do_GET(self):  # noqa: N802 (http.server's name)
        Exporter.scrapes += 1
        lines = []
        per_name = max(1, self.series // 20)
        for name in range(20):
            lines.append(f"# TYPE synthetic_metric_{name}_total counter")
            for index in range(per_name):
                value = Exporter.scrapes * (index % 7 + 1)
                lines.append(
                    f'synthetic_metric_{name}_total{{pod="pod-{index % 40}",container="c-{index}",device="d{index % 10}"}} {value}'
                )
        body = ("\n".join(lines) + "\n").encode()
        self.send_response(200)
        self.send_header("Content-Type", "text/plain; version=0.0.4")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args):
        pass


def rss_mib(pid):
    try:
        for line in pathlib.Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    except FileNotFoundError:
        return 0.0
    return 0.0


def own_series(port, path="/metrics"):
    try:
        text = urllib.request.urlopen(f"http://127.0.0.1:{port}{path}", timeout=10).read().decode()
    except OSError:
        return 0
    return sum(1 for line in text.splitlines() if line and not line.startswith("#"))


def wait_up(port, path, process=None):
    for _ in range(240):
        try:
            urllib.request.urlopen(f"http://127.0.0.1:{port}{path}", timeout=2)
            return
        except OSError:
            if process is not None and process.poll() is not None:
                break
            time.sleep(0.5)
    raise SystemExit(f"bench_observability: nothing answered on port {port}{path}")


def watch(processes, seconds):
    """Peak and last RSS of each named process over `seconds`."""
    peaks = {name: 0.0 for name in processes}
    last = dict(peaks)
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        for name, process in processes.items():
            last[name] = rss_mib(process.pid)
            peaks[name] = max(peaks[name], last[name])
        time.sleep(5)
    return peaks, last


def declared_environment(spec):
    """This process's environment with the declaration's literal variables (GOGC and the
    like), so a program runs as its pod would; placeholders (`${...}`) are left out."""
    declared = {name: value for name, value in spec.env.items() if "${" not in value}
    return {**os.environ, **declared}


def scrape_file(folder, exporter_port, self_port, rules=None):
    config = {
        # evaluation_interval only with rules: VictoriaMetrics refuses keys it does not use.
        "global": {
            "scrape_interval": "10s",
            "scrape_timeout": "5s",
            **({"evaluation_interval": "10s"} if rules else {}),
        },
        **({"rule_files": [str(rules)]} if rules else {}),
        "scrape_configs": [
            {"job_name": "stack", "static_configs": [{"targets": [f"127.0.0.1:{exporter_port}"]}]},
            {"job_name": "self", "static_configs": [{"targets": [f"127.0.0.1:{self_port}"]}]},
        ],
    }
    path = folder / "scrape.yml"
    path.write_text(yaml.safe_dump(config))
    return path


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--seconds", type=int, default=120)
    args = parser.parse_args()

    raw = yaml.safe_load((ROOT / "settings.yaml").read_text())
    raw["profile"] = "complete"
    settings = settings_module.Settings.model_validate(raw)
    enabled = services.chosen(settings)
    store = next(spec for spec in enabled if spec.scrapes_metrics)
    series = observability.series_count(store, enabled)
    print(f"series the complete profile's scrapes produce (declared figures): {series}")

    Exporter.series = series
    exporter_port = free_port()
    server = http.server.ThreadingHTTPServer(("127.0.0.1", exporter_port), Exporter)
    threading.Thread(target=server.serve_forever, daemon=True).start()

    results = []
    with tempfile.TemporaryDirectory() as scratch:
        folder = pathlib.Path(scratch)

        port = free_port()
        rules = folder / "rules.yml"
        rules.write_text(observability.rules_file(enabled, settings))
        prometheus = subprocess.Popen(
            [
                str(tool("prometheus", "PROMETHEUS_VERSION")),
                f"--config.file={scrape_file(folder, exporter_port, port, rules)}",
                f"--storage.tsdb.path={folder / 'prometheus'}",
                f"--web.listen-address=127.0.0.1:{port}",
                "--storage.tsdb.retention.time=365d",
            ],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        try:
            wait_up(port, "/-/ready")
            peaks, last = watch({"prometheus": prometheus}, args.seconds)
            results.append(
                (
                    "Prometheus 3.16.0 (scrape, TSDB and the generated rules)",
                    peaks["prometheus"],
                    last["prometheus"],
                    own_series(port),
                )
            )
        finally:
            prometheus.terminate()
            prometheus.wait()

        port = free_port()
        vm = subprocess.Popen(
            [
                str(tool("victoria-metrics", "VICTORIA_METRICS_VERSION")),
                f"-promscrape.config={scrape_file(folder, exporter_port, port)}",
                f"-storageDataPath={folder / 'vm'}",
                f"-httpListenAddr=127.0.0.1:{port}",
                "-retentionPeriod=12",
                # What the pod's 256Mi limit gives it by default (60% of the limit).
                f"-memory.allowedBytes={int(256 * 2**20 * 0.6)}",
            ],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        # Alertmanager with the generated configuration; the secret files are stand-ins.
        secrets = folder / "secrets"
        secrets.mkdir()
        (secrets / "smtp-password").write_text("bench")
        (secrets / "push-token").write_text("bench")
        am_config = folder / "alertmanager.yml"
        am_config.write_text(
            observability.alertmanager_config(settings).replace(observability.NOTIFY_MOUNT, str(secrets))
        )
        am_port = free_port()
        manager = next(spec for spec in enabled if spec.name == "alertmanager")
        alertmanager = subprocess.Popen(
            [
                str(tool("alertmanager", "AMTOOL_VERSION")),
                f"--config.file={am_config}",
                f"--storage.path={folder / 'am'}",
                f"--web.listen-address=127.0.0.1:{am_port}",
                "--cluster.listen-address=",
            ],
            env=declared_environment(manager),
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        node = next(spec for spec in enabled if spec.name == "node-exporter")
        node_port = free_port()
        node_args = [
            arg for arg in node.args if not arg.startswith(("--path.", "--collector.textfile", "--web.listen-address"))
        ]
        node_exporter = subprocess.Popen(
            [
                str(tool("node_exporter", "NODE_EXPORTER_VERSION")),
                f"--web.listen-address=127.0.0.1:{node_port}",
                *node_args,
            ],
            env=declared_environment(node),
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        try:
            wait_up(port, "/health", vm)
            wait_up(am_port, "/-/ready", alertmanager)
            wait_up(node_port, "/", node_exporter)
            vmalert_port = free_port()
            vmalert = subprocess.Popen(
                [
                    str(tool("vmalert", "VICTORIA_METRICS_VERSION")),
                    f"-rule={rules}",
                    f"-datasource.url=http://127.0.0.1:{port}",
                    f"-notifier.url=http://127.0.0.1:{am_port}",
                    f"-remoteWrite.url=http://127.0.0.1:{port}",
                    f"-httpListenAddr=127.0.0.1:{vmalert_port}",
                    "-evaluationInterval=10s",
                ],
                stdout=subprocess.DEVNULL,
                stderr=subprocess.DEVNULL,
            )
            try:
                wait_up(vmalert_port, "/health")
                processes = {"vm": vm, "vmalert": vmalert, "alertmanager": alertmanager, "node_exporter": node_exporter}
                # node_exporter is scraped as the store would, so its scrape-time memory counts.
                poller = threading.Thread(
                    target=lambda: [own_series(node_port) or time.sleep(10) for _ in range(args.seconds // 10)],
                    daemon=True,
                )
                poller.start()
                peaks, last = watch(processes, args.seconds)
                results.append(
                    (
                        "VictoriaMetrics v1.151.0 single-node (scrape + storage)",
                        peaks["vm"],
                        last["vm"],
                        own_series(port),
                    )
                )
                results.append(
                    (
                        f"vmalert v1.151.0 ({observability.rules_file(enabled, settings).count('- alert:')} rules)",
                        peaks["vmalert"],
                        last["vmalert"],
                        own_series(vmalert_port),
                    )
                )
                results.append(
                    ("Alertmanager v0.35.0", peaks["alertmanager"], last["alertmanager"], own_series(am_port))
                )
                results.append(
                    (
                        "node_exporter v1.12.1 (declared collectors)",
                        peaks["node_exporter"],
                        last["node_exporter"],
                        own_series(node_port),
                    )
                )
            finally:
                vmalert.terminate()
                vmalert.wait()
        finally:
            for process in (vm, alertmanager, node_exporter):
                process.terminate()
                process.wait()
    server.shutdown()

    print(f"{args.seconds} s at {series} series, scraped every 10 s, on {os.cpu_count()} CPUs:")
    print("| what | peak RSS | last RSS | its own /metrics series |")
    print("|---|---|---|---|")
    for name, peak, final, own in results:
        print(f"| {name} | {peak:.0f} MiB | {final:.0f} MiB | {own} |")


if __name__ == "__main__":
    main()
