"""Grafana's dashboards, written in Python with grafana-foundation-sdk (Grafana's own
builders), and the files Grafana is provisioned from.

Each dashboard is declared with what it draws (`dashboards=` on a ServiceSpec; the
platform pieces' in `platform_dashboards`); Grafana's declaration
(services/grafana.py) asks for GENERATED_DASHBOARDS and gets one JSON file per
dashboard of the enabled services in its ConfigMap, read by its file provider: no
sidecar, no API calls. `metric_names` and `known_families` let the gate check that
every panel's query names a metric some scrape produces (tests/test_dashboards.py).
"""

from __future__ import annotations

import json
import re
from typing import Any, Dict, Iterator, List, Sequence, Set, Tuple

from grafana_foundation_sdk.builders import dashboard, prometheus, stat, table, timeseries
from grafana_foundation_sdk.cog.encoder import JSONEncoder
from grafana_foundation_sdk.models.dashboard import DataSourceRef
from grafana_foundation_sdk.models.prometheus import PromQueryFormat

from potatostack.service import ServiceSpec
from potatostack.settings import Settings

Dashboard = dashboard.Dashboard

# The datasources' fixed uids (grafana.py provisions them): dashboards refer to these.
METRICS_UID = "victoria-metrics"
LOGS_UID = "victoria-logs"
METRICS = DataSourceRef(type_val="prometheus", uid=METRICS_UID)
# The VictoriaLogs datasource plugin's id (Grafana installs it at its first start).
LOGS_PLUGIN = "victoriametrics-logs-datasource"

# Where Grafana's file provider reads the dashboards.
FOLDER = "/etc/grafana/dashboards"
GENERATED_DASHBOARDS = "<generated: the dashboards>"


def query(expr: str, legend: str = "") -> prometheus.Dataquery:
    built = prometheus.Dataquery().expr(expr).datasource(METRICS)
    return built.legend_format(legend) if legend else built


def graph(title: str, unit: str, *queries: prometheus.Dataquery, span: int = 12) -> timeseries.Panel:
    panel = timeseries.Panel().title(title).unit(unit).datasource(METRICS).span(span).height(8)
    for index, built in enumerate(queries):
        panel = panel.with_target(built.ref_id(chr(ord("A") + index)))
    return panel


def single(title: str, unit: str, built: prometheus.Dataquery, span: int = 6) -> stat.Panel:
    panel = stat.Panel().title(title).unit(unit).datasource(METRICS).span(span).height(5)
    return panel.with_target(built.instant().ref_id("A"))


def listing(title: str, unit: str, *queries: prometheus.Dataquery, span: int = 24) -> table.Panel:
    panel = table.Panel().title(title).unit(unit).datasource(METRICS).span(span).height(10)
    for index, built in enumerate(queries):
        panel = panel.with_target(built.instant().format(PromQueryFormat.TABLE).ref_id(chr(ord("A") + index)))
    return panel


def board(uid: str, title: str, *panels: Any) -> dashboard.Dashboard:
    built = (
        dashboard.Dashboard(title)
        .uid(uid)
        .tags(["potatostack"])
        .time("now-24h", "now")
        .refresh("1m")
        .timezone("browser")
        .readonly()
    )
    for panel in panels:
        built = built.with_panel(panel)
    return built


def render(built: dashboard.Dashboard) -> str:
    return json.dumps(built.build(), cls=JSONEncoder, sort_keys=True, indent=2) + "\n"


# Argo CD is a platform piece (argocd.py): its dashboard is declared here, beside its
# scrape in observability.PLATFORM_TARGETS.
def _argocd(settings: Settings) -> dashboard.Dashboard:
    return board(
        "argocd",
        "Argo CD: sync state",
        single(
            "Applications out of sync", "short", query('count(argocd_app_info{sync_status!="Synced"}) or vector(0)')
        ),
        single(
            "Applications degraded or missing",
            "short",
            query('count(argocd_app_info{health_status=~"Degraded|Missing"}) or vector(0)'),
        ),
        single("Applications", "short", query("count(argocd_app_info)")),
        listing("Every Application: sync and health", "short", query("argocd_app_info", "{{name}}")),
        graph(
            "Applications by sync state",
            "short",
            query("count by (sync_status) (argocd_app_info)", "{{sync_status}}"),
            span=12,
        ),
        graph(
            "Applications by health",
            "short",
            query("count by (health_status) (argocd_app_info)", "{{health_status}}"),
            span=12,
        ),
    )


def platform_dashboards() -> Dict[str, Sequence[Any]]:
    return {"argocd": (_argocd,)}


def dashboard_files(enabled: Sequence[ServiceSpec], settings: Settings) -> Dict[str, str]:
    """File name -> dashboard JSON, for every enabled service's and the platform's."""
    owners: Dict[str, Sequence[Any]] = {spec.name: spec.dashboards for spec in enabled if spec.dashboards}
    owners.update(platform_dashboards())
    files: Dict[str, str] = {}
    for owner, makers in sorted(owners.items()):
        for make in makers:
            built = make(settings).build()
            name = f"{built.uid}.json"
            if name in files:
                raise ValueError(f"{owner}: dashboards: two dashboards have the uid {built.uid!r}")
            files[name] = json.dumps(built, cls=JSONEncoder, sort_keys=True, indent=2) + "\n"
    return files


def panel_queries(text: str) -> Iterator[Tuple[str, str, str]]:
    """(dashboard title, panel title, expression) of every query of a dashboard JSON."""
    model = json.loads(text)
    for panel in model.get("panels", []):
        for target in panel.get("targets", []):
            if "expr" in target:
                yield model["title"], panel.get("title", ""), target["expr"]


# What in PromQL is not a metric name: keywords, aggregations' clauses, functions.
_KEYWORDS = {"by", "without", "on", "ignoring", "group_left", "group_right", "bool", "and", "or", "unless", "offset"}
_CLAUSE = re.compile(r"\b(by|without|on|ignoring|group_left|group_right)\s*\([^)]*\)")
_NAME = re.compile(r"(?<![\w.:])[a-zA-Z_:][a-zA-Z0-9_:]*")


def metric_names(expr: str) -> Set[str]:
    """The metric names an expression reads."""
    text = re.sub(r'"(?:[^"\\]|\\.)*"', '""', expr)  # label values
    text = re.sub(r"\{[^}]*\}", "", text)  # label matchers
    text = re.sub(r"\[[^\]]*\]", "", text)  # range selectors
    text = _CLAUSE.sub("", text)
    # A name followed by "(" is a function or an aggregation.
    names = {match.group(0) for match in _NAME.finditer(text) if not text[match.end() :].lstrip().startswith("(")}
    # Numbers with exponents and durations read as names otherwise (1e3, 5m).
    return {name for name in names if name not in _KEYWORDS and not re.fullmatch(r"\d.*|[eE]\d*|Inf|NaN", name)}


# Series every scrape adds to what the target returns (Prometheus' and
# VictoriaMetrics' documented scrape series), and `time()`-free constants.
SCRAPE_SERIES = ("up", "scrape_duration_seconds", "scrape_samples_scraped", "scrape_series_added")


def known_families(enabled: Sequence[ServiceSpec]) -> List[str]:
    """Regular expressions of the metric names some scrape of the enabled services or
    the platform produces: the declared families of each metrics port, and each platform
    target's kept names (observability.PLATFORM_TARGETS)."""
    from potatostack import observability

    families = [re.escape(name) for name in SCRAPE_SERIES]
    for spec in enabled:
        for port in spec.ports:
            if port.metrics is not None:
                families += port.metrics.families
    families += [target.keep for target in observability.PLATFORM_TARGETS]
    return families


def unknown_metrics(files: Dict[str, str], families: Sequence[str]) -> List[str]:
    """One line per query naming a metric no family matches."""
    problems = []
    for name, text in sorted(files.items()):
        for title, panel, expr in panel_queries(text):
            for metric in sorted(metric_names(expr)):
                if not any(re.fullmatch(family, metric) for family in families):
                    problems.append(f"{name}: {title} / {panel}: {metric} is produced by no scrape ({expr})")
    return problems
