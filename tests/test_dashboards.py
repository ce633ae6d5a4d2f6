"""Grafana's dashboards and datasources as synthesized: provisioned from files in its
ConfigMaps, every panel's PromQL naming a metric some scrape produces (the declared
metric families of the enabled services' metrics ports and the platform targets' kept
names), every LogsQL query naming only fields the shipper writes (the real store answers
them in test_logs_store.py), every PromQL query parsed by the real VictoriaMetrics, and
paths from Grafana to both stores."""

import json
import urllib.error
import urllib.parse
import urllib.request

import manifests
import pytest
import stores
import yaml

from potatostack import dashboards, observability, reachability, services, settings

GRAFANA = "grafana"
EXPECTED = {
    "node.json",
    "disks.json",
    "pods.json",
    "argocd.json",
    "potatostack.json",
    "logs.json",
    "internet.json",
    "router.json",
}


@pytest.fixture(scope="module")
def complete(complete_settings):
    return settings.load(complete_settings)


def _files(tree) -> dict:
    """Every file of Grafana's ConfigMaps, by name."""
    found = {}
    for name, manifest in tree[GRAFANA].items():
        if name.startswith("ConfigMap.grafana-config"):
            found.update(manifest.get("data", {}))
    return found


def dashboard_files(tree) -> dict:
    """Every dashboard JSON of Grafana's ConfigMaps, by file name."""
    return {name: text for name, text in _files(tree).items() if name.endswith(".json")}


def test_every_dashboard_is_provisioned_from_the_folder_the_provider_reads(complete_tree):
    files = _files(complete_tree)
    assert set(dashboard_files(complete_tree)) == EXPECTED
    (provider,) = yaml.safe_load(files["providers.yaml"])["providers"]
    assert provider["type"] == "file" and provider["options"]["path"] == dashboards.FOLDER
    pod = complete_tree[GRAFANA][f"Deployment.{GRAFANA}.k8s.yaml"]["spec"]["template"]["spec"]
    (container,) = pod["containers"]
    assert dashboards.FOLDER in [mount["mountPath"] for mount in container["volumeMounts"]]
    assert len(pod["containers"]) == 1, "no sidecar: the files are the provisioning"


def test_every_panel_has_a_query_on_a_provisioned_datasource(complete_tree):
    uids = {source["uid"] for source in yaml.safe_load(_files(complete_tree)["datasources.yaml"])["datasources"]}
    assert uids == {dashboards.METRICS_UID, dashboards.LOGS_UID}
    for name, text in dashboard_files(complete_tree).items():
        for panel in json.loads(text)["panels"]:
            assert panel["targets"], f"{name}: {panel['title']} has no query"
            for target in panel["targets"]:
                assert target["datasource"]["uid"] in uids, f"{name}: {panel['title']}"


def test_every_panels_query_names_a_metric_some_scrape_produces(complete_tree, complete):
    families = dashboards.known_families(services.chosen(complete))
    files = dashboard_files(complete_tree)
    assert sum(1 for text in files.values() for _ in dashboards.panel_queries(text)) >= 40
    assert dashboards.unknown_metrics(files, families) == []


def test_a_query_naming_a_metric_no_scrape_produces_is_caught(complete_tree, complete):
    families = dashboards.known_families(services.chosen(complete))
    files = dashboard_files(complete_tree)
    # node_exporter's network collectors are off (they would see the pod's network).
    broken = {"node.json": files["node.json"].replace("node_load1", "node_network_receive_bytes_total")}
    (problem,) = dashboards.unknown_metrics(broken, families)
    assert problem.startswith(
        "node.json: Node / Load (1 min): node_network_receive_bytes_total is produced by no scrape"
    )


def test_metric_names_are_read_from_promql():
    expr = (
        'sum by (namespace) (rate(container_cpu_usage_seconds_total{container!="",mode="idle"}[5m])) '
        "/ on(namespace) group_left kube_pod_container_resource_requests > 0.5e3 or vector(0)"
    )
    assert dashboards.metric_names(expr) == {
        "container_cpu_usage_seconds_total",
        "kube_pod_container_resource_requests",
    }


def _refused_by(url: str, files: dict) -> list:
    """One line per PromQL query the store refuses, with its answer."""
    refused = []
    for name, text in sorted(files.items()):
        for _, panel, expr in dashboards.panel_queries(text):
            try:
                urllib.request.urlopen(f"{url}/api/v1/query?{urllib.parse.urlencode({'query': expr})}", timeout=10)
            except urllib.error.HTTPError as error:
                refused.append(f"{name}: {panel}: {error.read().decode()[:300]}")
    return refused


@pytest.mark.tools
def test_the_metrics_store_parses_every_panels_promql(complete_tree, tmp_path):
    """VictoriaMetrics, which Grafana's PromQL datasource asks, accepts every query (it
    answers a query it cannot parse, such as an unbalanced bracket, with 422)."""
    files = dashboard_files(complete_tree)
    broken = {"node.json": files["node.json"].replace("node_load1", "node_load1)", 1)}
    with stores.victoria_metrics(tmp_path / "storage") as url:
        assert _refused_by(url, files) == []
        (problem,) = _refused_by(url, broken)
    assert problem.startswith("node.json: Load (1 min): ")


def test_grafana_reaches_both_stores_and_reads_its_password_from_a_file(complete_tree, complete):
    objects = [m for _, _, m in manifests.objects(complete_tree)]
    matrix = reachability.matrix(objects, complete)
    for store, port in (("victoria-metrics", "8428/TCP"), ("victoria-logs", "9428/TCP")):
        assert port in matrix.get((f"{GRAFANA}/{GRAFANA}", f"{store}/{store}"), []), store
    (container,) = complete_tree[GRAFANA][f"Deployment.{GRAFANA}.k8s.yaml"]["spec"]["template"]["spec"]["containers"]
    env = {item["name"]: item.get("value") for item in container["env"]}
    assert env["GF_SECURITY_ADMIN_PASSWORD__FILE"].endswith("/password")
    assert "GF_SECURITY_ADMIN_PASSWORD" not in env


def test_the_logs_are_drawn_from_the_log_store(complete_tree):
    """Log panels read VictoriaLogs: lines (a logs panel) and counts over time."""
    kinds = {
        (panel["type"], target["queryType"])
        for text in dashboard_files(complete_tree).values()
        for panel in json.loads(text)["panels"]
        for target in panel["targets"]
        if target["datasource"]["uid"] == dashboards.LOGS_UID
    }
    assert kinds == {("logs", "instant"), ("timeseries", "statsRange")}


def test_every_logsql_query_names_only_fields_the_shipper_writes(complete_tree):
    files = dashboard_files(complete_tree)
    assert sum(1 for text in files.values() for _ in dashboards.panel_queries(text, dashboards.LOGS_UID)) >= 5
    assert dashboards.unknown_log_fields(files, observability.LOG_FIELDS) == []


def test_a_logsql_query_naming_a_field_no_line_has_is_caught(complete_tree):
    files = dashboard_files(complete_tree)
    # Promtail's label, which Fluent Bit's Kubernetes filter does not write.
    broken = {"logs.json": files["logs.json"].replace("by (kubernetes.namespace_name)", "by (namespace)")}
    problems = dashboards.unknown_log_fields(broken, observability.LOG_FIELDS)
    assert problems and all("no shipped line has the field namespace" in problem for problem in problems)
    assert problems[0].startswith("logs.json: Logs / Lines an hour, by namespace: ")


def test_log_fields_are_read_from_logsql():
    expr = (
        '_stream:{kubernetes.namespace_name="p2p",kubernetes.container_name=~"glu.*"} _time:5m '
        '"port: 80" (i(error) or level:warn) | stats by (kubernetes.pod_name, stream) count() errors'
    )
    assert dashboards.log_fields(expr) == {
        "_stream",
        "_time",
        "kubernetes.namespace_name",
        "kubernetes.container_name",
        "level",
        "kubernetes.pod_name",
        "stream",
    }
    assert dashboards.log_fields(dashboards.ERROR_LINES) == set()
    assert dashboards.log_fields(dashboards.WARNING_LINES) == set()


@pytest.mark.parametrize(
    "expr, fields",
    [
        ('level:="error"', {"level"}),  # exact match
        ('level:~"err|warn"', {"level"}),  # regular expression
        ("duration:>5", {"duration"}),  # range
        ("-level:info !stream:stderr", {"level", "stream"}),  # negations
        ('"namespace":gitea', {"namespace"}),  # quoted name
        ("kubernetes.labels.app.kubernetes.io/name:=gitea", {"kubernetes.labels.app.kubernetes.io/name"}),
        ("* | sort by (_time desc)", {"_time"}),
        ("* | stats by (_time:1h, kubernetes.pod_name) count() lines", {"_time", "kubernetes.pod_name"}),
        (
            "* | stats count_uniq(kubernetes.pod_name) pods, quantile(0.5, duration) p50",
            {"kubernetes.pod_name", "duration"},
        ),
        ("* | fields _time, _msg", {"_time", "_msg"}),
        ('error or ~"^E[0-9]{4} " | stats count() lines', set()),
    ],
)
def test_each_logsql_form_names_its_fields(expr, fields):
    assert dashboards.log_fields(expr) == fields


def test_a_filter_on_a_field_no_line_has_is_caught(complete_tree):
    files = dashboard_files(complete_tree)
    broken = {"logs.json": files["logs.json"].replace("* | stats", 'namespace:=\\"gitea\\" | stats', 1)}
    problems = dashboards.unknown_log_fields(broken, observability.LOG_FIELDS)
    assert [problem.split(" (")[0] for problem in problems] == [
        "logs.json: Logs / Lines an hour, by namespace: no shipped line has the field namespace"
    ]
