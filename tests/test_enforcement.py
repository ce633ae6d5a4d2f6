"""settings.yaml `enforcement`: what the cluster runs to enforce policies/ (the gate runs
every policy either way). Native, the default, is the API server's own admission; Kyverno
adds a pod, its CRDs and its policies, each priced and synced in order."""

import box as boxes
import manifests
import toolchain

from potatostack import budget, helm, quantity, settings
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
