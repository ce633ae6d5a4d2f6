"""The router dashboard reads what the router exporter writes. The exporter's own code
(fritz-exporter from PyPI, the image's release) collects from a stand-in for the
FRITZ!Box, the one part that cannot run here: it answers the TR-064 actions the
exporter asks for, with a DSL router's values. Its exposition holds every metric the
dashboard names, and the real VictoriaMetrics, given two such scrapes an hour apart,
answers every one of the dashboard's queries with a series."""

import importlib.metadata
import json
import socket
import subprocess
import time
import urllib.parse
import urllib.request
from types import SimpleNamespace

import pytest
import toolchain
from fritzconnection.core.exceptions import FritzActionError, FritzServiceError
from fritzexporter import fritzdevice
from prometheus_client import CollectorRegistry, generate_latest
from prometheus_client.parser import text_string_to_metric_families

from potatostack import dashboards, images

EXPORTER = "fritzbox-exporter"
ROUTER_DASHBOARD = "router.json"


def _answers(uptime: int, received: int, sent: int) -> dict:
    """TR-064 answers of a FRITZ!Box on DSL (the argument names of AVM's TR-064
    descriptions), keyed by (service, action)."""
    return {
        ("DeviceInfo1", "GetInfo"): {
            "NewModelName": "FRITZ!Box 7590",
            "NewSoftwareVersion": "154.08.02",
            "NewSerialNumber": "3C3786000000",
            "NewUpTime": uptime,
        },
        ("Hosts1", "GetHostNumberOfEntries"): {"NewHostNumberOfEntries": 23},
        ("UserInterface1", "GetInfo"): {"NewUpgradeAvailable": True, "NewX_AVM-DE_Version": "154.08.03"},
        ("WANCommonInterfaceConfig1", "GetCommonLinkProperties"): {
            "NewWANAccessType": "DSL",
            "NewLayer1UpstreamMaxBitRate": 46_000_000,
            "NewLayer1DownstreamMaxBitRate": 250_000_000,
            "NewPhysicalLinkStatus": "Up",
        },
        ("WANCommonInterfaceConfig1", "GetTotalBytesReceived"): {"NewTotalBytesReceived": received},
        ("WANCommonInterfaceConfig1", "GetTotalBytesSent"): {"NewTotalBytesSent": sent},
        ("WANCommonIFC1", "GetAddonInfos"): {"NewByteReceiveRate": 1_250_000, "NewByteSendRate": 180_000},
    }


class _Router:
    """The FRITZ!Box as fritzconnection presents it to the exporter: the services and
    actions it offers, and `call_action`, which (like fritzconnection's) appends "1" to a
    service name without a number and refuses a service or action the box lacks."""

    answers: dict = {}

    def __init__(self, address: str, user: str, password: str) -> None:
        self.services = {}
        for service, action in self.answers:
            self.services.setdefault(service, SimpleNamespace(actions={}))
            self.services[service].actions[action] = None

    def call_action(self, service: str, action: str, *, arguments=None, **kwargs) -> dict:
        if not service[-1].isdigit():
            service += "1"
        if service not in self.services:
            raise FritzServiceError(f"invalid service {service!r}")
        if (service, action) not in self.answers:
            raise FritzActionError(f"invalid action {action!r}")
        return dict(self.answers[(service, action)])


def _scrape(monkeypatch, **readings) -> str:
    """One scrape of the exporter's collector, as its HTTP server would answer it."""
    monkeypatch.setattr(_Router, "answers", _answers(**readings))
    monkeypatch.setattr(fritzdevice, "FritzConnection", _Router)
    device = fritzdevice.FritzDevice(fritzdevice.FritzCredentials("192.168.178.1", "monitor", "secret"), "FRITZ!Box")
    collector = fritzdevice.FritzCollector()
    collector.register(device)
    registry = CollectorRegistry()
    registry.register(collector)
    return generate_latest(registry).decode()


def _router_queries(tree) -> list:
    (configmap,) = [m for name, m in tree["grafana"].items() if ROUTER_DASHBOARD in m.get("data", {})]
    queries = [expr for _, _, expr in dashboards.panel_queries(configmap["data"][ROUTER_DASHBOARD])]
    assert queries, "the router dashboard has queries"
    return queries


def test_the_exporter_is_the_release_the_image_runs():
    assert importlib.metadata.version("fritz-exporter") == images.FRITZBOX_EXPORTER.tag


def test_the_exporter_writes_every_metric_the_router_dashboard_reads(complete_tree, monkeypatch):
    text = _scrape(monkeypatch, uptime=86_400, received=10**9, sent=10**8)
    written = {sample.name for family in text_string_to_metric_families(text) for sample in family.samples}
    read = set().union(*(dashboards.metric_names(expr) for expr in _router_queries(complete_tree)))
    assert read <= written, f"not written by fritz-exporter {images.FRITZBOX_EXPORTER.tag}: {sorted(read - written)}"
    # The check can fail: a name as a reader might guess it is not among them.
    assert "fritz_uptime_seconds" not in written and "fritz_uptime_seconds_total" in written


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.mark.tools
def test_victoria_metrics_answers_every_router_query_from_two_scrapes(complete_tree, monkeypatch, tmp_path):
    port = _free_port()
    url = f"http://127.0.0.1:{port}"
    process = subprocess.Popen(
        [
            str(toolchain.victoria_metrics()),
            f"-storageDataPath={tmp_path / 'storage'}",
            f"-httpListenAddr=127.0.0.1:{port}",
        ],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        for _ in range(100):
            try:
                urllib.request.urlopen(f"{url}/health", timeout=2)
                break
            except OSError:
                if process.poll() is not None:
                    pytest.fail(f"victoria-metrics did not start: {process.stderr.read()}")
                time.sleep(0.2)
        # Two scrapes an hour apart, the latter an hour ago: 1.8 GB down and 0.36 GB up in between.
        later = int(time.time()) - 3600
        for at, received, sent in ((later - 3600, 10**9, 10**8), (later, 28 * 10**8, 46 * 10**7)):
            text = _scrape(monkeypatch, uptime=at, received=received, sent=sent)
            # The series of a scrape carry its target's labels (the scrape configuration's job).
            request = urllib.request.Request(
                f"{url}/api/v1/import/prometheus?timestamp={at * 1000}&extra_label=job={EXPORTER}",
                data=text.encode(),
                method="POST",
            )
            urllib.request.urlopen(request, timeout=10)
        urllib.request.urlopen(f"{url}/internal/force_flush", timeout=10)
        empty = []
        for expr in _router_queries(complete_tree):
            query = urllib.parse.urlencode({"query": expr, "time": later})
            answer = json.load(urllib.request.urlopen(f"{url}/api/v1/query?{query}", timeout=10))
            assert answer["status"] == "success", (expr, answer)
            if not answer["data"]["result"]:
                empty.append(expr)
        assert not empty, f"no series answers these router queries: {empty}"
        traffic = urllib.parse.urlencode(
            {"query": 'sum by (direction) (increase(fritz_wan_data_bytes_total{direction="rx"}[1h]))', "time": later}
        )
        (series,) = json.load(urllib.request.urlopen(f"{url}/api/v1/query?{traffic}", timeout=10))["data"]["result"]
        assert float(series["value"][1]) == pytest.approx(18 * 10**8, rel=0.01)
    finally:
        process.terminate()
        process.wait(timeout=30)
