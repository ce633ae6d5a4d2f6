"""The Kyverno policies gate dist/, and each policy is proven to catch what it is for."""

import subprocess
import sys

import manifests
import policy_suite
import pytest
import schemas
import yaml

# Runs a tool `make tools` builds (left out of the quick loop, `make check`).
pytestmark = pytest.mark.tools

FOLDERS = policy_suite.folders()
IDS = [folder.path.name for folder in FOLDERS]


def test_there_are_policies():
    assert len(FOLDERS) >= 2


@pytest.mark.parametrize("folder", FOLDERS, ids=IDS)
def test_policy_folder_is_complete(folder):
    assert folder.path.name == folder.name, "a policy folder is named after its policy"
    assert folder.policy["apiVersion"] == "policies.kyverno.io/v1" and folder.policy["kind"] == "ValidatingPolicy"
    assert {e.policy for e in folder.expectations} == {folder.name}
    assert any(e.result == "fail" for e in folder.expectations), "no resource that must fail: the policy is unproven"
    assert any(e.result == "pass" for e in folder.expectations), "no resource that must pass"
    assert len(folder.resources("fail")) == sum(e.result == "fail" for e in folder.expectations), (
        "a declared failing resource is missing from the test's resource files"
    )


def test_kyverno_apply_of_all_policies_to_dist_reports_no_failure(profile, tmp_path):
    _, fresh_dist, fresh_tree, _ = profile
    policy_files = [folder.path / "policy.yaml" for folder in FOLDERS]
    plurals = policy_suite.matched_kinds(FOLDERS)
    resource_files = [
        fresh_dist / chart / name
        for chart, name, manifest in manifests.objects(fresh_tree)
        if policy_suite.is_matched(manifest, plurals)
    ]
    assert any(path.name.startswith("StatefulSet.") for path in resource_files), "the filter dropped the workloads"
    # Policies that look up other objects (NetworkPolicies, bindings) see all of dist/;
    # the CLI's lookup store knows only built-in kinds, so custom resources stay out.
    built_in = [m for _, _, m in manifests.objects(fresh_tree) if policy_suite.is_built_in(m)]
    context = policy_suite.write_context(built_in, tmp_path / "context.yaml")
    # The exceptions the services declared, each with its reason, are part of dist/.
    exceptions = sorted(fresh_dist.glob("*/PolicyException.*.yaml"))
    report = policy_suite.apply(policy_files, resource_files, context, exceptions)
    # A policy the CLI could not read is dropped silently: count what it applied.
    assert report.rules == len(FOLDERS), report.output
    assert report.resources == len(resource_files), report.output
    assert report.counts["fail"] == 0 and report.counts["error"] == 0, report.output
    assert report.counts["pass"] > 0, report.output
    assert report.exit_code == 0, report.output


@pytest.mark.parametrize("folder", FOLDERS, ids=IDS)
def test_kyverno_test_meets_every_expectation(folder):
    assert policy_suite.unmet(folder) == []


def test_a_declared_fail_that_the_policy_never_matched_is_caught(tmp_path):
    # `kyverno test` calls this passed ("Excluded"); the gate must not.
    real = FOLDERS[0]
    (tmp_path / "policy.yaml").write_text((real.path / "policy.yaml").read_text())
    (tmp_path / "resources.yaml").write_text(
        "apiVersion: v1\nkind: ConfigMap\nmetadata: {name: not-a-pod, namespace: demo}\ndata: {a: b}\n"
    )
    (tmp_path / "kyverno-test.yaml").write_text(
        yaml.safe_dump(
            {
                "apiVersion": "cli.kyverno.io/v1alpha1",
                "kind": "Test",
                "metadata": {"name": "false-pass"},
                "policies": ["policy.yaml"],
                "resources": ["resources.yaml"],
                "results": [
                    {
                        "policy": real.name,
                        "isValidatingPolicy": True,
                        "kind": "ConfigMap",
                        "resources": ["demo/not-a-pod"],
                        "result": "fail",
                    },
                    {
                        "policy": real.name,
                        "isValidatingPolicy": True,
                        "kind": "Pod",
                        "resources": ["demo/does-not-exist"],
                        "result": "fail",
                    },
                ],
            }
        )
    )
    problems = policy_suite.unmet(policy_suite.folder(tmp_path))
    assert any("Excluded" in problem for problem in problems), problems
    assert any("does-not-exist" in problem and "reported nothing" in problem for problem in problems), problems


@pytest.mark.parametrize("folder", FOLDERS, ids=IDS)
def test_kyverno_apply_rejects_each_failing_resource(folder, tmp_path):
    failing = folder.resources("fail")
    resource_file = tmp_path / "failing.yaml"
    resource_file.write_text(yaml.safe_dump_all(failing))
    context = folder.path / "context.yaml"
    report = policy_suite.apply([folder.path / "policy.yaml"], [resource_file], context if context.exists() else None)
    assert report.exit_code != 0, report.output
    assert report.counts["fail"] == len(failing), report.output
    assert report.counts["pass"] == 0, report.output


@pytest.mark.parametrize("folder", FOLDERS, ids=IDS)
def test_test_resources_are_valid_kubernetes_objects(folder):
    for document in folder.test_documents():
        schemas.validate(document)


def test_the_cli_drops_an_unreadable_policy_which_the_rule_count_catches(tmp_path, fresh_dist):
    # What the CLI does with it: the rule count drops, which the apply test above checks.
    broken = tmp_path / "broken.yaml"
    broken.write_text("apiVersion: policies.kyverno.io/v1\nkind: ValidatingPolicy\nmetadata: {name: [\n")
    with pytest.raises(yaml.YAMLError):
        yaml.safe_load(broken.read_text())
    policy_files = [folder.path / "policy.yaml" for folder in FOLDERS] + [broken]
    report = policy_suite.apply(policy_files, sorted(fresh_dist.glob("vaultwarden/Deployment.*.yaml")))
    assert report.rules == len(FOLDERS), "the CLI no longer drops unreadable policies silently; revisit this guard"


def test_policy_tests_and_table_are_generated_from_the_resources():
    result = subprocess.run(
        [sys.executable, str(policy_suite.POLICIES.parent / "scripts" / "policy-tests"), "--check"],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr


def test_platform_namespaces_are_left_to_their_upstream_charts(tmp_path):
    # kube-system, argocd and kyverno run upstream charts' pods; every pod policy
    # skips them, and only them (a bad pod anywhere else fails: see the fail cases).
    bad_pod = {
        "apiVersion": "v1",
        "kind": "Pod",
        "metadata": {"name": "coredns", "namespace": "kube-system"},
        "spec": {"hostNetwork": True, "containers": [{"name": "coredns", "image": "coredns:latest"}]},
    }
    resource = tmp_path / "pod.yaml"
    resource.write_text(yaml.safe_dump(bad_pod))
    report = policy_suite.apply([folder.path / "policy.yaml" for folder in FOLDERS], [resource])
    assert report.counts["fail"] == 0 and report.counts["pass"] == 0, report.output
    assert report.counts["skip"] > 0, report.output


def test_policy_parameters_agree_with_settings():
    from potatostack import settings as settings_module

    chosen = settings_module.load(policy_suite.POLICIES.parent / "settings.yaml")
    roots = [f"{chosen.storage.main_hdd}/", f"{chosen.storage.cache_hdd}/"]
    for name in ("restrict-host-paths", "restrict-pod-host-paths"):
        policy = policy_suite.folder(policy_suite.POLICIES / name).policy
        expression = next(v["expression"] for v in policy["spec"]["variables"] if v["name"] == "roots")
        assert expression == repr(roots).replace('"', "'"), (
            f"{name}: roots {expression} differ from settings.yaml storage {roots}"
        )
    policy = policy_suite.folder(policy_suite.POLICIES / "require-ingress-tls").policy
    domain = next(v["expression"] for v in policy["spec"]["variables"] if v["name"] == "domain")
    assert domain == f"'{chosen.domain}'", (
        f"require-ingress-tls: domain {domain} differs from settings.yaml {chosen.domain}"
    )


def test_every_policy_leaves_exactly_the_upstream_namespaces_alone():
    from potatostack.helm import UPSTREAM_NAMESPACES

    expected = repr(list(UPSTREAM_NAMESPACES)).replace('"', "'")
    for folder in FOLDERS:
        conditions = {c["name"]: c["expression"] for c in folder.policy["spec"]["matchConditions"]}
        assert expected in " ".join(conditions["potatostack-namespaces"].split()), folder.name
