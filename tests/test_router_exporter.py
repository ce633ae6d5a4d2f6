"""The router dashboard reads what the router exporter writes. The exporter's own code
(fritz-exporter from PyPI, the image's release) collects from a stand-in for the
FRITZ!Box, the one part that cannot run here: it answers the TR-064 actions the
exporter asks for, with a DSL router's values. Its exposition holds every metric the
dashboard names, and the real VictoriaMetrics, given two such scrapes an hour apart,
answers every one of the dashboard's queries with a series."""

import importlib.metadata
import time
from types import SimpleNamespace

import pytest
import stores
from fritzconnection.core.exceptions import FritzActionError, FritzServiceError
from fritzexporter import fritzdevice
from prometheus_client import CollectorRegistry, generate_latest
from prometheus_client.parser import text_string_to_metric_families
from test_dashboards import dashboard_files

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
    queries = [expr for _, _, expr in dashboards.panel_queries(dashboard_files(tree)[ROUTER_DASHBOARD])]
    assert queries, "the router dashboard has queries"
    return queries


def _unwritten(queries: list, exposition: str) -> list:
    """The metric names the queries read that the exposition does not hold."""
    written = {sample.name for family in text_string_to_metric_families(exposition) for sample in family.samples}
    return sorted(set().union(*(dashboards.metric_names(expr) for expr in queries)) - written)


def test_the_exporter_is_the_release_the_image_runs():
    assert importlib.metadata.version("fritz-exporter") == images.FRITZBOX_EXPORTER.tag


def test_the_exporter_writes_every_metric_the_router_dashboard_reads(complete_tree, monkeypatch):
    exposition = _scrape(monkeypatch, uptime=86_400, received=10**9, sent=10**8)
    queries = _router_queries(complete_tree)
    assert _unwritten(queries, exposition) == [], f"not written by fritz-exporter {images.FRITZBOX_EXPORTER.tag}"
    # A name as a reader might guess it (a counter without `_total`) is caught.
    guessed = [expr.replace("fritz_uptime_seconds_total", "fritz_uptime_seconds") for expr in queries]
    assert _unwritten(guessed, exposition) == ["fritz_uptime_seconds"]


@pytest.mark.tools
def test_victoria_metrics_answers_every_router_query_from_two_scrapes(complete_tree, monkeypatch, tmp_path):
    # Two scrapes an hour apart, the latter an hour ago, of a router up for three days:
    # 1.8 GB down and 0.36 GB up in between.
    later = int(time.time()) - 3600
    booted = later - 3 * 86_400
    scrapes = ((later - 3600, 10**9, 10**8), (later, 28 * 10**8, 46 * 10**7))
    with stores.victoria_metrics(tmp_path / "storage") as url:
        for at, received, sent in scrapes:
            exposition = _scrape(monkeypatch, uptime=at - booted, received=received, sent=sent)
            # The series of a scrape carry its target's labels (the scrape configuration's job).
            stores.import_exposition(url, exposition, at, job=EXPORTER)
        empty = [expr for expr in _router_queries(complete_tree) if not stores.instant(url, expr, later)]
        assert not empty, f"no series answers these router queries: {empty}"
        traffic = stores.instant(url, "sum by (direction) (increase(fritz_wan_data_bytes_total[1h]))", later)
        assert {series["metric"]["direction"]: float(series["value"][1]) for series in traffic} == {
            "rx": 18 * 10**8,
            "tx": 36 * 10**7,
        }
