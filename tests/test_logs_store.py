"""The real VictoriaLogs, started with the declared arguments, takes a record shaped as
Fluent Bit's http output writes it to the URI of the generated shipper configuration,
and answers it back by its container's stream: the stream fields, the message field
and the dropped fields of that URI are the ones the records carry. Every LogsQL query
of Grafana's dashboards runs against it too, over such records."""

import datetime
import json
import urllib.error
import urllib.parse
import urllib.request

import pytest
import stores
import toolchain
from test_dashboards import dashboard_files
from test_logs import STORE, shipper_config

from potatostack import dashboards

# Runs a tool `make tools` builds (left out of the quick loop, `make check`).
pytestmark = pytest.mark.tools

LINE = 'level=info msg="pushed 3 commits" repo=owner/dotfiles'
# The lines' time: an hour ago, on the minute. The store drops a line outside its
# retention (14 days back, 2 ahead) as it arrives, so the lines are dated from now.
WRITTEN = datetime.datetime.now(datetime.timezone.utc).replace(second=0, microsecond=0) - datetime.timedelta(hours=1)


def _at(second: int = 0, hours: int = 0) -> str:
    return (WRITTEN + datetime.timedelta(seconds=second, hours=hours)).strftime("%Y-%m-%dT%H:%M:%SZ")


def _record(line: str = LINE, name: str = "gitea", second: int = 0) -> dict:
    """One line as the tail input (cri parser) and the Kubernetes filter leave it."""
    return {
        "date": _at(second).replace("Z", ".000000Z"),
        "time": _at(second).replace("Z", ".000000000Z"),
        "stream": "stdout",
        "_p": "F",
        "log": line,
        "kubernetes": {
            "pod_name": f"{name}-0",
            "namespace_name": name,
            "pod_id": "5f0c8a7e-0000-4000-8000-000000000001",
            "labels": {"app.kubernetes.io/name": name},
            "host": "lepotato",
            "container_name": name,
            "docker_id": "a" * 64,
            "container_hash": "docker.io/gitea/gitea@sha256:" + "b" * 64,
            "container_image": "docker.io/gitea/gitea:1.27.3-rootless",
        },
    }


@pytest.fixture()
def store(complete_tree, tmp_path):
    """The store with the Deployment's own arguments, its data folder and address local."""
    (container,) = complete_tree[STORE][f"Deployment.{STORE}.k8s.yaml"]["spec"]["template"]["spec"]["containers"]
    port = stores.free_port()
    args = [
        f"-storageDataPath={tmp_path / 'storage'}"
        if arg.startswith("-storageDataPath=")
        else f"-httpListenAddr=127.0.0.1:{port}"
        if arg.startswith("-httpListenAddr=")
        else arg
        for arg in container["args"]
    ]
    with stores.serving(toolchain.victoria_logs(), args, port, f"victoria-logs with the declared arguments {args}"):
        yield port


def _send(port: int, uri: str, records=None) -> None:
    request = urllib.request.Request(
        f"http://127.0.0.1:{port}{uri}",
        data="".join(json.dumps(record) + "\n" for record in records or [_record()]).encode(),
        headers={"Content-Type": "application/stream+json"},
    )
    urllib.request.urlopen(request, timeout=10).read()
    # Ingested lines become searchable within a second.
    urllib.request.urlopen(f"http://127.0.0.1:{port}/internal/force_flush", timeout=10).read()


def _query(port: int, logsql: str) -> list:
    body = urllib.parse.urlencode({"query": logsql, "start": _at(hours=-1)}).encode()
    text = urllib.request.urlopen(f"http://127.0.0.1:{port}/select/logsql/query", data=body, timeout=10).read()
    return [json.loads(line) for line in text.decode().splitlines() if line]


def test_the_store_answers_a_shipped_line_by_its_containers_stream(complete_tree, store):
    (output,) = shipper_config(complete_tree)["pipeline"]["outputs"]
    _send(store, output["uri"])
    (found,) = _query(store, '_stream:{kubernetes.namespace_name="gitea",kubernetes.container_name="gitea"}')
    assert found["_msg"] == LINE
    assert found["_stream"] == (
        '{kubernetes.container_name="gitea",kubernetes.namespace_name="gitea",kubernetes.pod_name="gitea-0"}'
    )
    assert found["_time"].startswith(_at().rstrip("Z"))
    assert found["kubernetes.labels.app.kubernetes.io/name"] == "gitea"
    assert not {"kubernetes.docker_id", "kubernetes.pod_id", "kubernetes.container_image"} & set(found)


def test_a_uri_naming_the_wrong_message_field_is_caught(complete_tree, store):
    (output,) = shipper_config(complete_tree)["pipeline"]["outputs"]
    _send(store, output["uri"].replace("_msg_field=log", "_msg_field=message"))
    (found,) = _query(store, '_stream:{kubernetes.namespace_name="gitea"}')
    assert found.get("_msg") != LINE


def _answer(port: int, target: dict):
    """What the datasource plugin asks for a query of this type: lines, or a series per
    group over a time range, at the query's own step."""
    if target["queryType"] == "instant":
        return _query(port, target["expr"])
    assert target["queryType"] == "statsRange", target["queryType"]
    body = urllib.parse.urlencode(
        {"query": target["expr"], "start": _at(hours=-1), "end": _at(hours=1), "step": target.get("step", "1m")}
    ).encode()
    text = urllib.request.urlopen(f"http://127.0.0.1:{port}/select/logsql/stats_query_range", data=body, timeout=10)
    return json.loads(text.read())["data"]["result"]


def test_every_dashboards_logsql_query_is_answered_from_shipped_lines(complete_tree, store):
    """Info, error and warning lines, logfmt and klog: every query parses, finds lines,
    and a `stats by` query groups by a field the lines carry (a wrong name would give one
    group with an empty value); the error and warning filters find exactly their lines."""
    (output,) = shipper_config(complete_tree)["pipeline"]["outputs"]
    lines = [
        _record(LINE, "gitea", 0),
        _record('level=error msg="cannot open database" err="disk I/O error"', "vaultwarden", 1),
        _record("WARNING: share /files has no valid users", "samba", 2),
        _record(
            'E1203 10:00:03.000000       1 sync.go:76] "Failed to sync certificate" key="lan/wildcard"',
            "cert-manager",
            3,
        ),
        _record(
            'W1203 10:00:04.000000       1 reflector.go:561] "Watch closed early" resource="pods"',
            "kube-state-metrics",
            4,
        ),
        _record(
            'I1203 10:00:05.000000       1 main.go:200] "Started metrics server" address=":8080"',
            "kube-state-metrics",
            5,
        ),
    ]
    _send(store, output["uri"], lines)
    files = dashboard_files(complete_tree)
    asked = 0
    for name, text in sorted(files.items()):
        for panel in json.loads(text)["panels"]:
            for target in panel["targets"]:
                if target["datasource"]["uid"] != dashboards.LOGS_UID:
                    continue
                where = f"{name}: {panel['title']}: {target['expr']}"
                try:
                    answer = _answer(store, target)
                except urllib.error.HTTPError as error:
                    pytest.fail(f"{where}: the store refused it: {error.read().decode()}")
                assert answer, f"{where}: no lines found"
                grouped = (
                    dashboards.log_fields(target["expr"].split("| stats", 1)[-1])
                    if "| stats" in target["expr"]
                    else set()
                )
                for series in answer if target["queryType"] == "statsRange" else []:
                    assert all(series["metric"].get(field) for field in grouped), f"{where}: {series['metric']}"
                asked += 1
    assert asked >= 5
    found = {
        name: sorted(line["kubernetes.namespace_name"] for line in _query(store, filter))
        for name, filter in (("errors", dashboards.ERROR_LINES), ("warnings", dashboards.WARNING_LINES))
    }
    assert found == {"errors": ["cert-manager", "vaultwarden"], "warnings": ["kube-state-metrics", "samba"]}
