"""Grafana's dashboards, written in Python with grafana-foundation-sdk (Grafana's own
builders), and the files Grafana is provisioned from.

Each dashboard is declared with what it draws (`dashboards=` on a ServiceSpec; the
platform pieces' in `platform_dashboards`); Grafana's declaration
(services/grafana.py) asks for GENERATED_DASHBOARDS and gets one JSON file per
dashboard of the enabled services in its ConfigMap, read by its file provider: no
sidecar, no API calls. `metric_names` and `known_families` let the gate check that
every panel's query names a metric some scrape produces, and `log_fields` that every
LogsQL query names only fields the shipper writes (tests/test_dashboards.py; the real
VictoriaLogs answers each one in tests/test_logs_store.py).
"""

from __future__ import annotations

import json
import re
from typing import Any, Dict, Iterator, List, Sequence, Set, Tuple

from grafana_foundation_sdk.builders import dashboard, logs, prometheus, stat, table, timeseries
from grafana_foundation_sdk.cog import builder as cogbuilder
from grafana_foundation_sdk.cog import variants as cogvariants
from grafana_foundation_sdk.cog.encoder import JSONEncoder
from grafana_foundation_sdk.models.common import LogsSortOrder
from grafana_foundation_sdk.models.dashboard import DataSourceRef
from grafana_foundation_sdk.models.prometheus import PromQueryFormat

from potatostack.service import ServiceSpec
from potatostack.settings import Settings

Dashboard = dashboard.Dashboard
# A PromQL query of a panel, as `query` builds it.
Query = prometheus.Dataquery

# The datasources' fixed uids (grafana.py provisions them): dashboards refer to these.
METRICS_UID = "victoria-metrics"
LOGS_UID = "victoria-logs"
METRICS = DataSourceRef(type_val="prometheus", uid=METRICS_UID)
# The VictoriaLogs datasource plugin's id (Grafana installs it at its first start).
LOGS_PLUGIN = "victoriametrics-logs-datasource"
LOGS = DataSourceRef(type_val=LOGS_PLUGIN, uid=LOGS_UID)

# Where Grafana's file provider reads the dashboards.
FOLDER = "/etc/grafana/dashboards"
GENERATED_DASHBOARDS = "<generated: the dashboards>"


def query(expr: str, legend: str = "") -> Query:
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


class LogsQuery(cogbuilder.Builder["LogsQuery"], cogvariants.Dataquery):
    """A LogsQL query of the VictoriaLogs datasource plugin. grafana-foundation-sdk has
    builders for Grafana's own datasources only; this is the plugin's query model (its
    src/types.ts `Query`): `instant` asks /select/logsql/query for lines, `statsRange`
    /select/logsql/stats_query_range for a series per `stats by (...)` group."""

    def __init__(
        self, expr: str, query_type: str, legend: str = "", max_lines: int = 0, step: str = "", ref: str = "A"
    ) -> None:
        self.expr, self.query_type, self.legend, self.ref = expr, query_type, legend, ref
        self.max_lines, self.step = max_lines, step

    def ref_id(self, ref: str) -> LogsQuery:
        return LogsQuery(self.expr, self.query_type, self.legend, self.max_lines, self.step, ref)

    def build(self) -> LogsQuery:
        return self

    def to_json(self) -> Dict[str, Any]:
        model: Dict[str, Any] = {
            "datasource": LOGS.to_json(),
            "editorMode": "code",
            "expr": self.expr,
            "queryType": self.query_type,
            "refId": self.ref,
        }
        if self.legend:
            model["legendFormat"] = self.legend
        if self.max_lines:
            model["maxLines"] = self.max_lines
        if self.step:
            model["step"] = self.step
        return model


# The lines that report a failure, in LogsQL: a heuristic over the line's words, in any
# case (logfmt's level=error, JSON's "level":"error", Python's CRITICAL), and klog's
# E and F lines (cert-manager, kube-state-metrics: `E1203 10:00:00.000000 ...`). It also
# finds an info line that merely says `error=null`, and misses "Errors" (a word filter).
ERROR_LINES = 'i(error) or i(fatal) or i(panic) or i(critical) or ~"^[EF][0-9]{4} "'
# The warnings: the two words (`i()` matches a whole word) and klog's W lines.
WARNING_LINES = 'i(warn) or i(warning) or ~"^W[0-9]{4} "'


def log_lines(title: str, expr: str, max_lines: int = 200, span: int = 24) -> logs.Panel:
    """The newest lines a LogsQL filter matches, newest first."""
    panel = logs.Panel().title(title).datasource(LOGS).span(span).height(12)
    panel = panel.show_time(True).wrap_log_message(True).enable_log_details(True)
    return panel.sort_order(LogsSortOrder.DESCENDING).with_target(LogsQuery(expr, "instant", max_lines=max_lines))


def log_graph(title: str, expr: str, legend: str, step: str = "1h", span: int = 12) -> timeseries.Panel:
    """A series per group of a LogsQL `stats by (...)` query, a point per `step`: fixed,
    so a count reads the same whatever the zoom (the plugin picks one otherwise)."""
    panel = timeseries.Panel().title(title).unit("short").datasource(LOGS).span(span).height(8)
    return panel.with_target(LogsQuery(expr, "statsRange", legend, step=step))


def error_lines_by_namespace(title: str = "Error lines an hour, by namespace", span: int = 12) -> timeseries.Panel:
    """The lines ERROR_LINES finds, counted an hour at a time for each namespace."""
    expr = f"{ERROR_LINES} | stats by (kubernetes.namespace_name) count() errors"
    return log_graph(title, expr, "{{kubernetes.namespace_name}}", span=span)


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


def panel_queries(text: str, uid: str = METRICS_UID) -> Iterator[Tuple[str, str, str]]:
    """(dashboard title, panel title, expression) of every query of a dashboard JSON on
    the datasource `uid` (PromQL on the metrics store by default, LogsQL on LOGS_UID)."""
    model = json.loads(text)
    for panel in model.get("panels", []):
        for target in panel.get("targets", []):
            if "expr" in target and target.get("datasource", {}).get("uid") == uid:
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


# LogsQL's words that are not field names: the logical operators.
_LOGSQL_WORDS = {"and", "or", "not"}
# An unquoted field name: a pod's label keys bring dots, slashes and dashes.
_LOG_FIELD = r"[A-Za-z_][\w.\-/]*"
_QUOTED = r'"(?:[^"\\]|\\.)*"'


def log_fields(expr: str) -> Set[str]:
    """The fields a LogsQL query reads: the field of every `field:` filter (`:=`, `:~`,
    `:>` and the like too; a quoted name as well), the keys of a `_stream:{...}`
    selector, the fields of `by (...)` clauses (without `desc` or a `:1h` bucket), the
    arguments of stats functions and a `fields` pipe's list."""
    fields = {json.loads(match.group(1)) for match in re.finditer(rf"({_QUOTED})\s*:", expr)}
    text = re.sub(_QUOTED, '""', expr)
    # A name begins anywhere but inside another name; a dash before it is a negation (`-level:info`).
    fields |= {match.group(1) for match in re.finditer(rf"(?<![\w./])({_LOG_FIELD})\s*:", text)}
    for selector in re.findall(r"\{([^}]*)\}", text):
        fields |= set(re.findall(rf"({_LOG_FIELD})\s*(?:=~|!~|!=|=)", selector))
    for pipe in text.split("|")[1:]:
        words = pipe.strip()
        for clause in re.findall(r"\bby\s*\(([^)]*)\)", words):
            for name in clause.split(","):
                fields.add(re.sub(r"\s+(?:asc|desc)$", "", name.strip()).split(":", 1)[0])
        if words.startswith("stats"):
            for arguments in re.findall(r"\w+\(([^()]*)\)", re.sub(r"\bby\s*\([^)]*\)", "", words)):
                fields |= {name.strip() for name in arguments.split(",") if re.fullmatch(_LOG_FIELD, name.strip())}
        elif words.startswith("fields "):
            fields |= {name.strip() for name in words[len("fields ") :].split(",")}
    return {field for field in fields if field and field != '""' and field.lower() not in _LOGSQL_WORDS}


def unknown_log_fields(files: Dict[str, str], fields: Sequence[str]) -> List[str]:
    """One line per LogsQL query naming a field the shipper does not write (`fields`:
    names, or prefixes ending in a dot for a family such as a pod's labels)."""
    problems = []
    for name, text in sorted(files.items()):
        for title, panel, expr in panel_queries(text, LOGS_UID):
            for field in sorted(log_fields(expr)):
                if not any(field == known or (known.endswith(".") and field.startswith(known)) for known in fields):
                    problems.append(f"{name}: {title} / {panel}: no shipped line has the field {field} ({expr})")
    return problems
