"""The real VictoriaLogs, started with the declared arguments, takes a record shaped as
Fluent Bit's http output writes it to the URI of the generated shipper configuration,
and answers it back by its container's stream: the stream fields, the message field
and the dropped fields of that URI are the ones the records carry. Every LogsQL query
of Grafana's dashboards runs against it too, over such records."""

import json
import socket
import subprocess
import time
import urllib.error
import urllib.parse
import urllib.request

import pytest
import toolchain
from test_logs import STORE, shipper_config

from potatostack import dashboards

# Runs a tool `make tools` builds (left out of the quick loop, `make check`).
pytestmark = pytest.mark.tools

LINE = 'level=info msg="pushed 3 commits" repo=owner/dotfiles'


def _record(line: str = LINE, name: str = "gitea", second: int = 0) -> dict:
    """One line as the tail input (cri parser) and the Kubernetes filter leave it."""
    return {
        "date": f"2026-12-01T10:00:{second:02d}.000000Z",
        "time": f"2026-12-01T10:00:{second:02d}.000000000Z",
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


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.fixture()
def store(complete_tree, tmp_path):
    """The store with the Deployment's own arguments, its data folder and address local."""
    (container,) = complete_tree[STORE][f"Deployment.{STORE}.k8s.yaml"]["spec"]["template"]["spec"]["containers"]
    port = _free_port()
    args = [
        f"-storageDataPath={tmp_path / 'storage'}"
        if arg.startswith("-storageDataPath=")
        else f"-httpListenAddr=127.0.0.1:{port}"
        if arg.startswith("-httpListenAddr=")
        else arg
        for arg in container["args"]
    ]
    process = subprocess.Popen(
        [str(toolchain.victoria_logs()), *args], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True
    )
    try:
        for _ in range(100):
            try:
                urllib.request.urlopen(f"http://127.0.0.1:{port}/health", timeout=2)
                break
            except OSError:
                if process.poll() is not None:
                    pytest.fail(f"victoria-logs refused the declared arguments {args}: {process.stderr.read()}")
                time.sleep(0.2)
        yield port
    finally:
        process.terminate()
        process.wait()


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
    body = urllib.parse.urlencode({"query": logsql, "start": "2026-12-01T00:00:00Z"}).encode()
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
    assert found["_time"].startswith("2026-12-01T10:00:00")
    assert found["kubernetes.labels.app.kubernetes.io/name"] == "gitea"
    assert not {"kubernetes.docker_id", "kubernetes.pod_id", "kubernetes.container_image"} & set(found)


def test_a_uri_naming_the_wrong_message_field_is_caught(complete_tree, store):
    (output,) = shipper_config(complete_tree)["pipeline"]["outputs"]
    _send(store, output["uri"].replace("_msg_field=log", "_msg_field=message"))
    (found,) = _query(store, '_stream:{kubernetes.namespace_name="gitea"}')
    assert found.get("_msg") != LINE


def _answer(port: int, expr: str, query_type: str):
    """What the datasource plugin asks for a query of this type: lines, or a series per
    group over a time range."""
    if query_type == "instant":
        return _query(port, expr)
    assert query_type == "statsRange", query_type
    body = urllib.parse.urlencode(
        {"query": expr, "start": "2026-12-01T09:00:00Z", "end": "2026-12-01T11:00:00Z", "step": "1m"}
    ).encode()
    text = urllib.request.urlopen(f"http://127.0.0.1:{port}/select/logsql/stats_query_range", data=body, timeout=10)
    return json.loads(text.read())["data"]["result"]


def test_every_dashboards_logsql_query_is_answered_from_shipped_lines(complete_tree, store):
    """An info, an error and a warning line of two services: every query parses, finds
    lines, and a `stats by` query groups by a field the lines carry (a wrong name would
    give one group with an empty value)."""
    (output,) = shipper_config(complete_tree)["pipeline"]["outputs"]
    lines = [
        _record(LINE, "gitea", 0),
        _record('level=error msg="cannot open database" err="disk I/O error"', "vaultwarden", 1),
        _record("WARNING: share /files has no valid users", "samba", 2),
    ]
    _send(store, output["uri"], lines)
    files = {
        name: text
        for manifest_name, manifest in complete_tree["grafana"].items()
        if manifest_name.startswith("ConfigMap.grafana-config")
        for name, text in manifest.get("data", {}).items()
        if name.endswith(".json")
    }
    asked = 0
    for name, text in sorted(files.items()):
        for panel in json.loads(text)["panels"]:
            for target in panel["targets"]:
                if target["datasource"]["uid"] != dashboards.LOGS_UID:
                    continue
                where = f"{name}: {panel['title']}: {target['expr']}"
                try:
                    answer = _answer(store, target["expr"], target["queryType"])
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
    errors = _query(store, dashboards.ERROR_LINES)
    assert [line["kubernetes.namespace_name"] for line in errors] == ["vaultwarden"]
