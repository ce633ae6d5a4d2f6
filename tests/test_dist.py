"""dist/ is exactly what the committed code synthesizes, every time, with stable names."""

import difflib
import re
import shutil

import manifests
import schemas
import toolchain

ROOT = toolchain.ROOT
FIX = "run `make synth` and commit dist/ with the code that produced it"


def test_committed_dist_is_current(fresh_dist):
    committed = manifests.files(ROOT / "dist")
    fresh = manifests.files(fresh_dist)
    problems = []
    for path in sorted(set(committed) | set(fresh)):
        if path not in fresh:
            problems.append(f"dist/{path}: committed but no longer synthesized")
        elif path not in committed:
            problems.append(f"dist/{path}: synthesized but not committed")
        elif committed[path] != fresh[path]:
            diff = difflib.unified_diff(
                committed[path].decode().splitlines(),
                fresh[path].decode().splitlines(),
                f"dist/{path} (committed)",
                f"dist/{path} (fresh synth)",
                lineterm="",
            )
            problems.append("\n".join(diff))
    assert not problems, f"dist/ is stale; {FIX}:\n" + "\n".join(problems)


def test_synth_is_deterministic(fresh_dist, tmp_path):
    # A second process with another hash seed: set and dict ordering cannot leak in.
    second = tmp_path / "dist"
    result = toolchain.synth(second, hash_seed="4242")
    assert result.returncode == 0, result.stderr
    assert manifests.files(second) == manifests.files(fresh_dist)


def test_one_object_per_file_named_after_kind_and_name(fresh_tree):
    for chart, name, manifest in manifests.objects(fresh_tree):
        # cdk8s leaves ':' out of a file name (cert-manager's roles have one in theirs).
        named = manifest["metadata"]["name"].replace(":", "")
        assert name == f"{manifest['kind']}.{named}.k8s.yaml", f"{chart}/{name}"


def test_no_generated_hashes_in_names_labels_or_selectors(fresh_dist):
    # cdk8s appends a hash ("-c8" and 6 hex digits) to generated names and labels pods
    # with the construct path; both change when a construct is renamed, and selectors
    # are immutable.
    for path, content in manifests.files(fresh_dist).items():
        text = content.decode()
        assert "cdk8s.io/metadata.addr" not in text, path
        assert not re.search(r"-c8[0-9a-f]{6}\b", text), f"{path} has a hashed name"


def test_namespaced_objects_name_their_namespace_and_cluster_objects_do_not(fresh_tree):
    for chart, name, manifest in manifests.objects(fresh_tree):
        namespace = manifest["metadata"].get("namespace")
        if not schemas.is_namespaced(manifest):
            assert namespace is None, f"{chart}/{name} is cluster-scoped but names namespace {namespace}"
        else:
            assert namespace, f"{chart}/{name} has no namespace"


def test_every_folder_of_dist_is_one_argocd_application(fresh_tree):
    paths = [
        manifest["spec"]["source"]["path"]
        for _, _, manifest in manifests.objects(fresh_tree)
        if manifest["kind"] == "Application" and "path" in manifest["spec"]["source"]
    ]
    assert sorted(paths) == sorted(f"dist/{chart}" for chart in fresh_tree)


def test_upstream_charts_are_pinned_to_exact_versions(fresh_tree):
    for _, name, manifest in manifests.objects(fresh_tree):
        if manifest["kind"] == "Application" and "chart" in manifest["spec"]["source"]:
            assert re.fullmatch(r"v?\d+\.\d+\.\d+", manifest["spec"]["source"]["targetRevision"]), name


def test_a_synth_replaces_dist_whole_so_removed_resources_disappear(fresh_dist, tmp_path):
    target = tmp_path / "dist"
    shutil.copytree(fresh_dist, target)
    stale = target / "vaultwarden" / "ConfigMap.removed-long-ago.k8s.yaml"
    stale.write_text("apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: removed-long-ago\n")
    (target / "gone-chart").mkdir()
    (target / "gone-chart" / "Namespace.gone.k8s.yaml").write_text("kind: Namespace\n")

    result = toolchain.synth(target)

    assert result.returncode == 0, result.stderr
    assert not stale.exists()
    assert not (target / "gone-chart").exists()
    assert manifests.files(target) == manifests.files(fresh_dist)
    leftovers = [path.name for path in tmp_path.iterdir() if path.name != "dist"]
    assert leftovers == [], f"staging folders left behind: {leftovers}"


def test_every_namespace_in_dist_ships_its_default_deny(fresh_tree):
    # The policy require-default-deny checks namespaces with pods at admission; this
    # checks every Namespace object, pods or not, before anything reaches a cluster.
    for chart, files in fresh_tree.items():
        for manifest in files.values():
            if manifest["kind"] != "Namespace":
                continue
            namespace = manifest["metadata"]["name"]
            closed = [
                policy
                for policy in files.values()
                if policy["kind"] == "NetworkPolicy"
                and policy["metadata"]["namespace"] == namespace
                and policy["spec"]["podSelector"] == {}
                and sorted(policy["spec"]["policyTypes"]) == ["Egress", "Ingress"]
                and not policy["spec"].get("ingress")
                and not policy["spec"].get("egress")
            ]
            assert closed, f"{chart}: namespace {namespace} has no default-deny NetworkPolicy"
