"""cert-manager is in dist/, rendered from its chart with our values, and counted."""

import subprocess
import sys

import manifests
import pytest
import toolchain

from potatostack import budget, cert_manager, quantity, reachability, settings, upstream
from potatostack.cert_manager import CAINJECTOR, CONTROLLER, NAMESPACE, WEBHOOK
from potatostack.errors import ConfigError
from potatostack.helm import CERT_MANAGER

FOLDER = "cert-manager"


# It runs the pinned helm that `make tools` builds: not part of the quick loop.
@pytest.mark.tools
def test_the_vendored_rendering_is_what_helm_renders_from_the_values():
    toolchain.helm()
    result = subprocess.run(
        [sys.executable, str(toolchain.ROOT / "scripts" / "vendor-upstream"), "--check"],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert result.returncode == 0, result.stdout + result.stderr


def _deployments(tree):
    return {
        m["metadata"]["labels"]["app.kubernetes.io/name"]: m for m in tree[FOLDER].values() if m["kind"] == "Deployment"
    }


def test_its_three_pods_run_from_dist_with_our_values(fresh_tree):
    deployments = _deployments(fresh_tree)
    assert set(deployments) == {CONTROLLER, WEBHOOK, CAINJECTOR}
    for name, deployment in deployments.items():
        pod = deployment["spec"]["template"]["spec"]
        assert pod["priorityClassName"] == CERT_MANAGER.values["global"]["priorityClassName"], name
        for container in pod["containers"]:
            assert container["image"].endswith(f":{CERT_MANAGER.version}"), name
            assert {"cpu", "memory"} <= set(container["resources"]["requests"]), name
            assert "memory" in container["resources"]["limits"], name
    controller = deployments[CONTROLLER]["spec"]["template"]["spec"]["containers"][0]
    assert f"--leader-election-namespace={NAMESPACE}" in controller["args"]


def test_only_the_acme_solvers_are_stored_unvalidated(fresh_tree):
    crds = {
        m["metadata"]["name"]: m["spec"]["versions"][0]["schema"]["openAPIV3Schema"]
        for m in fresh_tree[FOLDER].values()
        if m["kind"] == "CustomResourceDefinition"
    }
    for name in ("issuers.cert-manager.io", "clusterissuers.cert-manager.io"):
        acme = crds[name]["properties"]["spec"]["properties"]["acme"]
        assert acme["properties"]["solvers"]["items"]["x-kubernetes-preserve-unknown-fields"], name
        # The CA and self-signed issuers this stack uses keep upstream's schema.
        assert "properties" in crds[name]["properties"]["spec"]["properties"]["ca"], name
        assert "x-kubernetes-preserve-unknown-fields" not in acme, name
    assert crds["challenges.acme.cert-manager.io"]["properties"]["spec"]["properties"]["solver"][
        "x-kubernetes-preserve-unknown-fields"
    ]
    assert set(cert_manager.OPAQUE_SCHEMAS) <= set(crds)


def test_a_schema_part_upstream_no_longer_has_is_refused():
    crd = {"metadata": {"name": "issuers.cert-manager.io"}, "spec": {"versions": [{"schema": {"openAPIV3Schema": {}}}]}}
    with pytest.raises(ConfigError, match=r"issuers.cert-manager.io: its schema has no spec.acme.solvers\[\]"):
        upstream.opaque_schemas(crd, ("spec.acme.solvers[]",), "test")
    typed = {"type": "object", "properties": {"spec": {"type": "object", "properties": {"solvers": {"type": "array"}}}}}
    crd["spec"]["versions"][0]["schema"]["openAPIV3Schema"] = typed
    with pytest.raises(ConfigError, match=r"spec.solvers is of type array, not an object"):
        upstream.opaque_schemas(crd, ("spec.solvers",), "test")


def test_no_hook_job_runs_on_a_sync(fresh_tree):
    assert not [m for m in fresh_tree[FOLDER].values() if m["kind"] in ("Job", "CronJob")]


def test_argo_cd_syncs_the_folder_not_a_chart(fresh_tree):
    application = fresh_tree["argocd"]["Application.cert-manager.k8s.yaml"]["spec"]
    assert application["source"]["path"].endswith(f"/{FOLDER}") and "chart" not in application["source"]
    assert application["ignoreDifferences"]


def test_the_budget_counts_its_pods_from_their_requests(fresh_tree):
    chosen = settings.load(toolchain.ROOT / "settings.yaml")
    measured = budget.measure([m for _, _, m in manifests.objects(fresh_tree)], chosen.node)
    counted = {c.name: c.memory for c in measured.consumers}
    for deployment in _deployments(fresh_tree).values():
        requested = sum(
            quantity.memory_bytes(c["resources"]["requests"]["memory"])
            for c in deployment["spec"]["template"]["spec"]["containers"]
        )
        assert counted[f"{NAMESPACE}/{deployment['metadata']['name']}"] == requested


# Every path cert-manager's NetworkPolicies open, written out (the API server's calls to
# the webhook come from the node, which the matrix does not list as a caller).
CERT_MANAGER_PATHS = {
    (f"{NAMESPACE}/{name}", destination)
    for name in ("cert-manager", "cert-manager-cainjector", "cert-manager-webhook")
    for destination in ("Kubernetes API", "cluster DNS")
}


def test_its_pods_reach_the_api_and_nothing_reaches_them(profile):
    _, _, tree, _ = profile
    chosen = settings.load(toolchain.ROOT / "settings.yaml")
    matrix = reachability.matrix([m for _, _, m in manifests.objects(tree)], chosen)
    ours = {(s, d) for s, d in matrix if s.startswith(f"{NAMESPACE}/") or d.startswith(f"{NAMESPACE}/")}
    assert ours == CERT_MANAGER_PATHS
