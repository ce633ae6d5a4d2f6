"""The internet speed dashboard over the real VictoriaMetrics: an hourly test that
succeeds is drawn and held until the next, and a failed one (the exporter then reports
every figure as 0, speedtest_up too) is a gap, not a dip to 0 bps. The series are
written here in the exporter's names (its source; it is on no package index here), so
this checks what the queries mean, not the names."""

import time

import pytest
import stores
from test_dashboards import dashboard_files

from potatostack import dashboards

pytestmark = pytest.mark.tools

INTERNET_DASHBOARD = "internet.json"
FIGURES = (
    "speedtest_download_bits_per_second",
    "speedtest_upload_bits_per_second",
    "speedtest_ping_latency_milliseconds",
    "speedtest_jitter_latency_milliseconds",
)


def _result(download: float, upload: float, ping: float, jitter: float, up: int) -> str:
    values = dict(zip(FIGURES, (download, upload, ping, jitter), strict=True))
    lines = [f"{name} {value}" for name, value in values.items()]
    return "\n".join([*lines, f"speedtest_up {up}"]) + "\n"


def _panels(tree) -> dict:
    found = {}
    for _, panel, expr in dashboards.panel_queries(dashboard_files(tree)[INTERNET_DASHBOARD]):
        found.setdefault(panel, []).append(expr)
    return found


def _values(url: str, expr: str, at: int) -> list:
    return [float(series["value"][1]) for series in stores.instant(url, expr, at)]


def test_a_failed_speed_test_is_a_gap_and_a_good_one_is_held(complete_tree, tmp_path):
    failed_at = int(time.time()) - 3600
    passed_at = failed_at - 3600
    panels = _panels(complete_tree)
    figures = {panel: exprs for panel, exprs in panels.items() if panel != "Last test succeeded"}
    assert len(figures) == 5, sorted(panels)
    with stores.victoria_metrics(tmp_path / "storage") as url:
        for at, text in ((passed_at, _result(250e6, 40e6, 12, 2, 1)), (failed_at, _result(0, 0, 0, 0, 0))):
            stores.import_exposition(url, text, at, job="speedtest-exporter")
        # Half an hour after the good test: every figure is drawn from it.
        held = {panel: [_values(url, expr, passed_at + 1800) for expr in exprs] for panel, exprs in figures.items()}
        assert held["Download, last test"] == [[250e6]] and held["Ping and jitter"] == [[12], [2]], held
        assert all(values for answers in held.values() for values in answers), held
        # Half an hour after the failed one: nothing is drawn, and the test shows as failed.
        gaps = {panel: [_values(url, expr, failed_at + 1800) for expr in exprs] for panel, exprs in figures.items()}
        assert all(values == [] for answers in gaps.values() for values in answers), gaps
        (succeeded,) = panels["Last test succeeded"]
        assert _values(url, succeeded, failed_at + 1800) == [0] and _values(url, succeeded, passed_at + 1800) == [1]
