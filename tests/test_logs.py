"""The log pipeline as synthesized: Fluent Bit reads only the pods' log files, knows only
pod metadata, sends to the store's declared port over a path the NetworkPolicies open,
and the store keeps 14 days. The round trip through the real store is in
tests/test_logs_store.py."""

import manifests
import pytest
import yaml

from potatostack import reachability, settings

SHIPPER = "fluent-bit"
STORE = "victoria-logs"


@pytest.fixture(scope="module")
def complete(complete_settings):
    return settings.load(complete_settings)


def shipper_config(tree) -> dict:
    return yaml.safe_load(tree[SHIPPER][f"ConfigMap.{SHIPPER}-config.k8s.yaml"]["data"]["fluent-bit.yaml"])


def _pod(tree, chart, kind, name):
    return tree[chart][f"{kind}.{name}.k8s.yaml"]["spec"]["template"]["spec"]


def test_the_shipper_reads_only_the_pods_log_files_read_only(complete_tree):
    pod = _pod(complete_tree, SHIPPER, "DaemonSet", SHIPPER)
    host = {volume["name"]: volume["hostPath"]["path"] for volume in pod["volumes"] if "hostPath" in volume}
    assert sorted(host.values()) == ["/var/log/pods"]
    (container,) = pod["containers"]
    mounts = [mount for mount in container["volumeMounts"] if mount["name"] in host]
    assert all(mount.get("readOnly") for mount in mounts) and len(mounts) == 1
    assert container["securityContext"]["capabilities"] == {"drop": ["ALL"]}
    assert not pod.get("hostNetwork") and not pod.get("hostPID")
    (tail,) = shipper_config(complete_tree)["pipeline"]["inputs"]
    assert tail["path"].startswith("/var/log/pods/")


def test_the_shipper_may_only_read_pod_and_namespace_metadata(complete_tree):
    roles = [m for name, m in complete_tree[SHIPPER].items() if name.startswith(("ClusterRole.", "Role."))]
    rules = [rule for role in roles for rule in role["rules"]]
    granted = {
        (group, resource, verb)
        for rule in rules
        for group in rule["apiGroups"]
        for resource in rule["resources"]
        for verb in rule["verbs"]
    }
    assert granted == {("", resource, verb) for resource in ("pods", "namespaces") for verb in ("get", "list", "watch")}


def test_the_shipper_sends_to_the_stores_declared_port_over_an_open_path(complete_tree, complete):
    (output,) = shipper_config(complete_tree)["pipeline"]["outputs"]
    service = complete_tree[STORE][f"Service.{STORE}.k8s.yaml"]
    assert output["host"].split(".")[:2] == [STORE, STORE]
    assert output["port"] in [port["port"] for port in service["spec"]["ports"]]
    objects = [m for _, _, m in manifests.objects(complete_tree)]
    matrix = reachability.matrix(objects, complete)
    assert f"{output['port']}/TCP" in matrix.get((f"{SHIPPER}/{SHIPPER}", f"{STORE}/{STORE}"), [])


def test_a_closed_path_to_the_store_is_caught(complete_tree, complete):
    objects = [
        m
        for _, _, m in manifests.objects(complete_tree)
        if not (m["kind"] == "NetworkPolicy" and m["metadata"]["name"] == f"allow-clients-to-{STORE}")
    ]
    matrix = reachability.matrix(objects, complete)
    assert not matrix.get((f"{SHIPPER}/{SHIPPER}", f"{STORE}/{STORE}"))


def test_the_store_keeps_14_days(complete_tree):
    (container,) = _pod(complete_tree, STORE, "Deployment", STORE)["containers"]
    assert "-retentionPeriod=14d" in container["args"]
