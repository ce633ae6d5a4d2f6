"""The API server enforces the policies itself: each policy of policies/ that needs no
lookup has a native ValidatingAdmissionPolicy in dist/admission, proven by the Kyverno
CLI with the same fixtures as its source, and the declared deviations pass natively
for exactly their container, workload and rule."""

import copy
import pathlib

import manifests
import native_policy_cases
import native_suite
import policy_suite
import pytest
import yaml

from potatostack import admission
from potatostack.helm import UPSTREAM_NAMESPACES

# Runs a tool `make tools` builds (left out of the quick loop, `make check`).
pytestmark = pytest.mark.tools

SOURCES = admission.source_policies()
NATIVE = [source for source in SOURCES if source.gate_only_reason() is None]
GATE_ONLY = [source for source in SOURCES if source.gate_only_reason() is not None]
FOLDERS = {folder.name: folder for folder in policy_suite.folders()}
IDS = [source.name for source in NATIVE]


def test_every_policy_is_native_unless_it_looks_up_other_objects(fresh_tree):
    shipped = {(m["kind"], m["metadata"]["name"]) for m in fresh_tree[admission.CHART].values()}
    assert shipped == {
        (kind, admission.native_name(source.name))
        for source in NATIVE
        for kind in ("ValidatingAdmissionPolicy", "ValidatingAdmissionPolicyBinding")
    }
    for manifest in fresh_tree[admission.CHART].values():
        assert "resource." not in yaml.safe_dump(manifest), manifest["metadata"]["name"]
        assert "namespace" not in manifest["metadata"], "cluster-scoped objects carry no namespace"
    assert NATIVE and GATE_ONLY, "both lists are non-empty while policies/ holds lookups"
    for source in GATE_ONLY:
        assert "resource.List" in " ".join(source.expressions()), source.name


def test_the_gate_only_policies_are_listed_with_why():
    readme = (policy_suite.POLICIES / "README.md").read_text()
    for source in GATE_ONLY:
        assert f"| `{source.name}` | {source.gate_only_reason()} |" in readme, source.name
    for source in NATIVE:
        assert f"| `{source.name}` |" not in readme.partition("## Gate only")[2], source.name


@pytest.mark.parametrize("source", NATIVE, ids=IDS)
def test_the_binding_denies_everywhere_but_the_upstream_namespaces(fresh_dist, source):
    policy_file, binding_file = native_suite.files(fresh_dist, source.name)
    policy, binding = yaml.safe_load(policy_file.read_text()), yaml.safe_load(binding_file.read_text())
    assert binding["spec"]["policyName"] == policy["metadata"]["name"]
    assert binding["spec"]["validationActions"] == ["Deny"]
    assert policy["spec"]["failurePolicy"] == "Fail"
    assert binding["spec"]["matchResources"]["namespaceSelector"] == {
        "matchExpressions": [
            {"key": "kubernetes.io/metadata.name", "operator": "NotIn", "values": list(UPSTREAM_NAMESPACES)}
        ]
    }
    assert len(policy["spec"]["validations"]) == len(source.spec["validations"])


@pytest.mark.parametrize("source", NATIVE, ids=IDS)
def test_kyverno_test_meets_every_expectation_of_the_source_natively(fresh_dist, source, tmp_path):
    # Only a ("Pass", "Ok") row per expectation counts (policy_suite.unmet): a fixture the
    # native policy never matched, or one the CLI did not find, is reported as unmet.
    folder = native_suite.test_folder(FOLDERS[source.name], fresh_dist, tmp_path / source.name)
    assert policy_suite.unmet(folder) == []


@pytest.mark.parametrize("source", NATIVE, ids=IDS)
def test_kyverno_apply_refuses_each_failing_fixture_natively(fresh_dist, source, tmp_path):
    failing = FOLDERS[source.name].resources("fail")
    resource_file = tmp_path / "failing.yaml"
    resource_file.write_text(yaml.safe_dump_all(failing))
    values = native_suite.write_values(native_suite.namespaces_of(failing), tmp_path / "values.yaml")
    report = policy_suite.apply(native_suite.files(fresh_dist, source.name), [resource_file], values=values)
    # The CLI drops a policy it cannot read without a word: count what it applied.
    assert report.rules == 1 and report.resources == len(failing), report.output
    assert report.exit_code != 0, report.output
    assert report.counts["fail"] == len(failing), report.output
    assert report.counts["pass"] == 0 and report.counts["error"] == 0, report.output


def test_native_policies_admit_every_object_of_dist(profile, tmp_path):
    _, dist, tree, _ = profile
    plurals = policy_suite.matched_kinds(list(FOLDERS.values()))
    resource_files = [
        dist / chart / name
        for chart, name, manifest in manifests.objects(tree)
        if policy_suite.is_matched(manifest, plurals)
    ]
    assert any(path.name.startswith("Deployment.") for path in resource_files), "the filter dropped the workloads"
    values = native_suite.write_values(
        native_suite.namespaces_of(m for _, _, m in manifests.objects(tree)), tmp_path / "values.yaml"
    )
    report = policy_suite.apply(native_suite.all_files(dist), resource_files, values=values)
    assert report.rules == len(NATIVE), report.output
    assert report.resources == len(resource_files), report.output
    assert report.counts["fail"] == 0 and report.counts["error"] == 0, report.output
    assert report.counts["pass"] > 0 and report.exit_code == 0, report.output


def test_the_upstream_namespaces_are_left_alone(fresh_dist, tmp_path):
    # Every failing fixture of every native policy, moved into an upstream namespace:
    # no binding matches it. (A binding the CLI failed to read would leave its policy
    # judging everything: this catches that too.)
    moved = []
    for index, folder in enumerate(FOLDERS[source.name] for source in NATIVE):
        for document in folder.resources("fail"):
            if document["metadata"].get("namespace"):
                document = copy.deepcopy(document)
                document["metadata"]["namespace"] = UPSTREAM_NAMESPACES[index % len(UPSTREAM_NAMESPACES)]
                moved.append(document)
    resource = tmp_path / "moved.yaml"
    resource.write_text(yaml.safe_dump_all(moved))
    values = native_suite.write_values(UPSTREAM_NAMESPACES, tmp_path / "values.yaml")
    report = policy_suite.apply(native_suite.all_files(fresh_dist), [resource], values=values)
    assert report.rules == len(NATIVE) and report.resources == len(moved), report.output
    assert report.counts["fail"] == report.counts["pass"] == report.counts["error"] == 0, report.output


def _pod_exemptions(dist: pathlib.Path) -> set:
    found = set()
    for path in sorted((dist / admission.CHART).glob("ValidatingAdmissionPolicy.*.yaml")):
        found |= native_suite.listed_pod_exemptions(yaml.safe_load(path.read_text()))
    return found


def _container_exemptions(dist: pathlib.Path) -> list:
    """(policy, workload file, container) of every excused container in dist/; a pod-wide
    exemption (host paths belong to the pod) excuses the pod, not one container."""
    found = []
    pod_wide = _pod_exemptions(dist)
    for policy, workload, container in sorted(native_suite.declared_exceptions(dist)):
        if (policy, workload) in pod_wide:
            continue
        namespace, instance = workload.split("/")
        for path in sorted((dist / namespace).glob("*.yaml")):
            manifest = yaml.safe_load(path.read_text())
            if manifest["kind"] in ("Deployment", "StatefulSet", "DaemonSet", "Job", "CronJob"):
                labels = native_suite.pod_template(manifest)["metadata"]["labels"]
                if labels.get("app.kubernetes.io/instance") == instance:
                    found.append((policy, path, container))
    return found


def test_the_native_exemptions_are_the_declared_exceptions(profile):
    _, dist, tree, _ = profile
    listed, pods = set(), set()
    for manifest in tree[admission.CHART].values():
        if manifest["kind"] == "ValidatingAdmissionPolicy":
            listed |= native_suite.listed_exemptions(manifest)
            pods |= native_suite.listed_pod_exemptions(manifest)
    declared = native_suite.declared_exceptions(dist)
    # A container's exemption natively is that container's; a pod-wide one (host paths
    # and namespaces belong to the pod) covers the declared container of that workload.
    assert listed <= declared
    assert {(policy, workload) for policy, workload, _ in declared - listed} == pods


def _judge(dist, policy, workload: dict, tmp_path, name, exemptions=None):
    resource = tmp_path / f"{name}.yaml"
    resource.write_text(yaml.safe_dump(workload))
    values = native_suite.write_values(native_suite.namespaces_of([workload]), tmp_path / f"{name}-values.yaml")
    if exemptions is None:
        policy_files = native_suite.files(dist, policy)
    else:
        source = next(s for s in NATIVE if s.name == policy)
        policy_files = [tmp_path / f"{name}-policy.yaml", native_suite.files(dist, policy)[1]]
        policy_files[0].write_text(yaml.safe_dump(admission.validating_admission_policy(source, exemptions)))
    report = policy_suite.apply(policy_files, [resource], values=values)
    assert report.rules == 1 and report.resources == 1 and report.counts["error"] == 0, report.output
    return report


def test_each_exemption_is_what_lets_its_workload_through(complete_dist, tmp_path):
    cases = _container_exemptions(complete_dist)
    assert cases, "the complete profile declares deviations"
    for index, (policy, path, _) in enumerate(cases):
        workload = yaml.safe_load(path.read_text())
        assert _judge(complete_dist, policy, workload, tmp_path, f"as-is-{index}").counts["pass"] == 1
        without = _judge(complete_dist, policy, workload, tmp_path, f"unexcused-{index}", admission.Exemptions())
        assert without.counts["fail"] == 1, f"{path.name} meets {policy} without its exemption: it needs none"


def test_an_exemption_covers_no_other_container(complete_dist, tmp_path):
    # The excused container again under another name: it breaks the rule as the
    # original does, and nothing excuses it.
    for index, (policy, path, container) in enumerate(_container_exemptions(complete_dist)):
        workload = yaml.safe_load(path.read_text())
        pod = native_suite.pod_template(workload)["spec"]
        key = next(k for k in ("containers", "initContainers") if any(c["name"] == container for c in pod.get(k, [])))
        twin = copy.deepcopy(next(c for c in pod[key] if c["name"] == container))
        twin["name"] = f"{container}-twin"
        for port in twin.get("ports", []):
            port.pop("name", None)
        pod[key].append(twin)
        report = _judge(complete_dist, policy, workload, tmp_path, f"twin-{index}")
        assert report.counts["fail"] == 1, f"{policy} lets {container}-twin of {path.name} through:\n{report.output}"


def test_an_exemption_covers_no_other_workload_or_namespace(complete_dist, tmp_path):
    for index, (policy, path, _) in enumerate(_container_exemptions(complete_dist)):
        impostor = yaml.safe_load(path.read_text())
        native_suite.pod_template(impostor)["metadata"]["labels"]["app.kubernetes.io/instance"] = "impostor"
        assert _judge(complete_dist, policy, impostor, tmp_path, f"impostor-{index}").counts["fail"] == 1
        elsewhere = yaml.safe_load(path.read_text())
        elsewhere["metadata"]["namespace"] = "elsewhere"
        assert _judge(complete_dist, policy, elsewhere, tmp_path, f"elsewhere-{index}").counts["fail"] == 1


def test_an_exemption_covers_no_other_rule(complete_dist, tmp_path):
    # The excused container turned privileged: no declaration excuses that.
    privileged = "disallow-privileged"
    for index, (policy, path, container) in enumerate(_container_exemptions(complete_dist)):
        assert policy != privileged
        workload = yaml.safe_load(path.read_text())
        pod = native_suite.pod_template(workload)["spec"]
        for key in ("containers", "initContainers"):
            for candidate in pod.get(key, []):
                if candidate["name"] == container:
                    candidate.setdefault("securityContext", {})["privileged"] = True
        assert _judge(complete_dist, privileged, workload, tmp_path, f"privileged-{index}").counts["fail"] == 1


def test_a_whole_disk_volume_is_excused_by_name_only(complete_dist, tmp_path):
    policy = admission.DISK_ROOT_POLICY
    binding = yaml.safe_load(native_suite.files(complete_dist, policy)[1].read_text())
    excluded = binding["spec"]["matchResources"].get("excludeResourceRules", [])
    names = [name for rule in excluded for name in rule["resourceNames"]]
    assert names, "the complete profile declares whole-disk volumes"
    for name in names:
        volume = yaml.safe_load((complete_dist / "kopia" / f"PersistentVolume.{name}.k8s.yaml").read_text())
        excused = _judge(complete_dist, policy, volume, tmp_path, f"disk-{name}")
        assert excused.counts["pass"] == excused.counts["fail"] == 0, excused.output
        volume["metadata"]["name"] = f"{name}-impostor"
        assert _judge(complete_dist, policy, volume, tmp_path, f"disk-{name}-impostor").counts["fail"] == 1


def test_the_cases_for_the_api_server_cover_every_native_fixture():
    cases = native_policy_cases.cases()
    assert sorted({case.policy for case in cases}) == sorted(source.name for source in NATIVE)
    for source in NATIVE:
        failing = FOLDERS[source.name].resources("fail")
        refused = native_policy_cases.refused(source.name)
        assert len(refused) == len(failing) > 0, source.name
        for case in refused:
            documents = [d for d in yaml.safe_load_all(case.fixture.read_text()) if d]
            keys = {
                (
                    d["kind"],
                    f"{d['metadata']['namespace']}/{d['metadata']['name']}"
                    if d["metadata"].get("namespace")
                    else d["metadata"]["name"],
                )
                for d in documents
            }
            assert (case.kind, case.resource) in keys, case


def test_a_declared_fail_that_the_native_binding_never_matched_is_caught(fresh_dist, tmp_path):
    # A binding that leaves out the fixtures' namespace: `kyverno test` calls a declared
    # fail passed ("Excluded"), which the gate must call unmet.
    source = FOLDERS[NATIVE[0].name]
    folder = native_suite.test_folder(source, fresh_dist, tmp_path / "never-matched")
    binding_path = folder.path / native_suite.files(fresh_dist, source.name)[1].name
    binding = yaml.safe_load(binding_path.read_text())
    binding["spec"]["matchResources"]["namespaceSelector"]["matchExpressions"][0]["values"].append("demo")
    binding_path.write_text(yaml.safe_dump(binding))
    problems = policy_suite.unmet(folder)
    assert any("result='fail'" in problem and "Excluded" in problem for problem in problems), problems


def test_the_cli_drops_an_unreadable_native_policy_which_the_rule_count_catches(fresh_dist, tmp_path):
    broken = tmp_path / "broken.yaml"
    broken.write_text(
        "apiVersion: admissionregistration.k8s.io/v1\nkind: ValidatingAdmissionPolicy\nmetadata: {name: [\n"
    )
    report = policy_suite.apply(
        [*native_suite.all_files(fresh_dist), broken], sorted(fresh_dist.glob("*/Deployment.*.yaml"))[:1]
    )
    assert report.rules == len(NATIVE), "the CLI no longer drops unreadable policies silently; revisit this guard"
