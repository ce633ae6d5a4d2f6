"""settings.yaml `enforcement`: what the cluster runs to enforce policies/ (the gate runs
every policy either way). Native, the default, is the API server's own admission; Kyverno
adds a pod, its CRDs and its policies, each priced and synced in order."""

import json
import pathlib
import shutil
import subprocess

import box as boxes
import manifests
import pytest
import toolchain
import yaml

from potatostack import budget, helm, platform, quantity, settings
from potatostack.charts import GATE_ONLY_FILES


def _kinds_synced(dist):
    return {(obj["apiVersion"], obj["kind"]) for objects in boxes.dist_folders(dist).values() for obj in objects}


def test_native_enforcement_syncs_nothing_of_kyverno(fresh_dist, fresh_tree):
    assert settings.load(toolchain.ROOT / "settings.yaml").enforcement == settings.Enforcement.NATIVE
    synced = _kinds_synced(fresh_dist)
    assert not [kind for kind in synced if "kyverno.io" in kind[0]], (
        "a Kyverno kind would reach a cluster without its CRDs"
    )
    assert ("admissionregistration.k8s.io/v1", "ValidatingAdmissionPolicy") in synced
    assert not (fresh_dist / "policies").exists()
    applications = [m for _, _, m in manifests.objects(fresh_tree) if m["kind"] == "Application"]
    assert not [app for app in applications if (app["spec"].get("source") or {}).get("chart")]


def _exceptions_synced(dist):
    return [obj for objects in boxes.dist_folders(dist).values() for obj in objects if obj["kind"] == "PolicyException"]


def test_native_enforcement_keeps_the_exceptions_for_the_gate_only(fresh_dist, fresh_tree):
    # Every service folder with a PolicyException has an Application that leaves it out.
    folders = {path.parent.name for path in fresh_dist.glob("*/PolicyException.*.yaml")}
    assert folders, "the default profile declares deviations; their exceptions are the gate's"
    excluded = {
        app["spec"]["source"]["path"].rpartition("/")[2]
        for _, _, app in manifests.objects(fresh_tree)
        if app["kind"] == "Application"
        and (app["spec"]["source"].get("directory") or {}).get("exclude") == GATE_ONLY_FILES
    }
    assert folders <= excluded
    assert _exceptions_synced(fresh_dist) == []


def test_kyverno_reads_every_exception_from_its_own_namespace_only(complete_dist, complete_tree):
    """One platform Application syncs them all into Kyverno's namespace, the only one
    Kyverno reads them from: no service Application (whose project writes only service
    namespaces) carries one, so a service cannot exempt itself."""
    in_folders = sorted(path.name for path in complete_dist.glob("*/PolicyException.*.yaml"))
    assert in_folders, "the complete profile declares deviations"
    synced = boxes.dist_folders(complete_dist)
    by_exceptions_app = sorted(
        f"PolicyException.{obj['metadata']['name']}.k8s.yaml"
        for obj in synced["dist"]
        if obj["kind"] == "PolicyException"
    )
    assert by_exceptions_app == in_folders
    assert {obj["metadata"]["namespace"] for obj in _exceptions_synced(complete_dist)} == {helm.KYVERNO.namespace}
    assert [
        obj for name, objects in synced.items() if name != "dist" for obj in objects if obj["kind"] == "PolicyException"
    ] == []
    values = helm.KYVERNO.values
    assert values["features"]["policyExceptions"] == {"enabled": True, "namespace": helm.KYVERNO.namespace}


def test_kyverno_never_stands_in_front_of_what_repairs_it(complete_tree):
    """Its single replica's webhooks fail closed: Argo CD's and cert-manager's namespaces
    stay outside them, and the chart's CRD-migration hook (a PostSync hook under Argo CD,
    so on every sync) is off. Read from the values the Application carries to Helm."""
    application = complete_tree["argocd"]["Application.kyverno.k8s.yaml"]
    values = application["spec"]["source"]["helm"]["valuesObject"]
    (expression,) = values["config"]["webhooks"]["namespaceSelector"]["matchExpressions"]
    assert expression["key"] == "kubernetes.io/metadata.name" and expression["operator"] == "NotIn"
    assert {"kube-system", platform.ARGOCD_NAMESPACE, helm.CERT_MANAGER.namespace} <= set(expression["values"])
    assert values["crds"]["migration"]["enabled"] is False


def test_kyverno_enforcement_ships_and_prices_kyverno(complete_dist, complete_tree):
    objects = [m for _, _, m in manifests.objects(complete_tree)]
    names = {(m["kind"], m["metadata"]["name"]) for m in objects}
    assert ("Application", "kyverno") in names and ("Application", "policies") in names
    assert (complete_dist / "policies").is_dir()
    # The exceptions are synced where Kyverno reads them.
    synced = _kinds_synced(complete_dist)
    assert any(kind == "PolicyException" for _, kind in synced)
    measured = budget.measure(objects, settings.load(toolchain.ROOT / "settings.yaml").node)
    priced = {consumer.name for consumer in measured.consumers}
    for component, _ in helm.KYVERNO.footprint():
        assert f"kyverno/{component} (chart kyverno {helm.KYVERNO.version})" in priced


def test_the_native_default_frees_what_kyverno_costs(fresh_tree, tmp_path):
    chosen = toolchain.ROOT / "settings.yaml"
    with_kyverno = tmp_path / "settings.yaml"
    # Kyverno's 128Mi does not fit beside the default profile on the 2 GB node (BUDGET.md);
    # the requests compared do not depend on the node's size.
    with_kyverno.write_text(
        chosen.read_text()
        .replace("enforcement: native", "enforcement: kyverno")
        .replace("memory: 2048Mi", "memory: 4096Mi")
    )
    assert with_kyverno.read_text() != chosen.read_text()
    out = tmp_path / "dist"
    result = toolchain.synth(out, settings=with_kyverno)
    assert result.returncode == 0, result.stderr
    native = budget.measure([m for _, _, m in manifests.objects(fresh_tree)], settings.load(chosen).node)
    kyverno = budget.measure([m for _, _, m in manifests.objects(manifests.load(out))], settings.load(chosen).node)
    kyverno_request = sum(
        quantity.memory_bytes(resources["requests"]["memory"]) for _, resources in helm.KYVERNO.footprint()
    )
    assert kyverno.requested_memory - native.requested_memory == kyverno_request


def _kyverno_chart(folder):
    """Kyverno's chart from its own Go module (the CLI's release, toolchain.env), in a
    writable copy without the dependencies served only by chart repositories (its API
    CRDs, reports): what is checked below comes from the chart's own templates."""
    pins = toolchain.pins()
    out = subprocess.run(
        ["go", "mod", "download", "-json", f"{pins['KYVERNO_MODULE']}@{pins['KYVERNO_VERSION']}"],
        capture_output=True,
        text=True,
        cwd=folder,
        check=True,
    )
    chart = folder / "kyverno"
    shutil.copytree(pathlib.Path(json.loads(out.stdout)["Dir"]) / "charts" / "kyverno", chart)
    chart.chmod(0o755)
    (chart / "Chart.yaml").chmod(0o644)
    definition = yaml.safe_load((chart / "Chart.yaml").read_text())
    assert definition["version"] == helm.KYVERNO.version, "the chart in the module is the one the Application pins"
    definition["dependencies"] = [d for d in definition["dependencies"] if "repository" not in d]
    (chart / "Chart.yaml").write_text(yaml.safe_dump(definition))
    return chart


@pytest.mark.tools
def test_kyverno_rendered_with_our_values_leaves_argocd_and_cert_manager_alone(tmp_path):
    chart = _kyverno_chart(tmp_path)
    values = tmp_path / "values.json"
    values.write_text(json.dumps(helm.KYVERNO.values))
    rendered = subprocess.run(
        [
            str(toolchain.helm()),
            "template",
            helm.KYVERNO.name,
            str(chart),
            "--namespace",
            helm.KYVERNO.namespace,
            "--kube-version",
            f"v{platform.KUBERNETES_VERSION}",
            "--values",
            str(values),
        ],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert rendered.returncode == 0, rendered.stderr
    objects = [doc for doc in yaml.safe_load_all(rendered.stdout) if doc]
    config = next(o for o in objects if o["kind"] == "ConfigMap" and o["metadata"]["name"] == "kyverno")
    # Kyverno builds its webhooks at run time from this selector.
    selector = json.loads(config["data"]["webhooks"])["namespaceSelector"]["matchExpressions"]
    left_alone = {
        value for expression in selector if expression["operator"] == "NotIn" for value in expression["values"]
    }
    assert {platform.ARGOCD_NAMESPACE, helm.CERT_MANAGER.namespace, "kube-system", helm.KYVERNO.namespace} <= left_alone
    hooks = [
        f"{o['kind']}/{o['metadata']['name']}"
        for o in objects
        if "helm.sh/hook" in (o["metadata"].get("annotations") or {})
        # Argo CD runs install and upgrade hooks as PreSync and PostSync hooks.
        and any(word in o["metadata"]["annotations"]["helm.sh/hook"] for word in ("install", "upgrade"))
    ]
    assert hooks == [], f"hooks Argo CD would run on every sync: {hooks}"
    controller = next(
        o for o in objects if o["kind"] == "Deployment" and o["metadata"]["name"] == "kyverno-admission-controller"
    )
    arguments = controller["spec"]["template"]["spec"]["containers"][0]["args"]
    assert f"--exceptionNamespace={helm.KYVERNO.namespace}" in arguments
