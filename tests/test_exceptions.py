"""A deviation from the hardened defaults is declared on the service with its reason,
and becomes a PolicyException for exactly that policy and workload."""

import dataclasses
import pathlib

import manifests
import policy_suite
import pytest
import toolchain
import yaml

from potatostack import app, checks, helm
from potatostack.errors import ConfigError
from potatostack.services.postgres import service as postgres

# Runs a tool `make tools` builds (left out of the quick loop, `make check`).
pytestmark = pytest.mark.tools

ROOT = pathlib.Path(__file__).resolve().parent.parent
READ_ONLY = "require-read-only-root-filesystem"
CAPABILITIES = "restrict-capabilities"


@pytest.fixture(scope="module")
def deviating(tmp_path_factory):
    """postgres as if it needed a writable root and NET_ADMIN, synthesized."""
    spec = dataclasses.replace(
        postgres,
        writable_root_reason="the image rewrites /etc/postgresql at start",
        added_capabilities={"NET_ADMIN": "sets up its own routes"},
        resources=dataclasses.replace(postgres.resources, ephemeral_storage="1Gi"),
    )
    out = tmp_path_factory.mktemp("deviating") / "dist"
    # The deviations a reviewer accepts by adding them to reviewed/deviations.yaml.
    reviewed = checks.Reviewed.load().with_deviations(
        "postgres", "postgres/postgres: writable root filesystem", "postgres/postgres: adds capability NET_ADMIN"
    )
    app.synth(toolchain.every_service(), out, declared=[spec], reviewed=reviewed)
    return out


def test_each_deviation_becomes_a_named_exception_with_its_reason(deviating):
    chart = manifests.load(deviating)["postgres"]
    exceptions = {m["metadata"]["name"]: m for n, m in chart.items() if m["kind"] == "PolicyException"}
    assert sorted(exceptions) == [f"postgres-{READ_ONLY}", f"postgres-{CAPABILITIES}"]
    read_only = exceptions[f"postgres-{READ_ONLY}"]
    # In Kyverno's namespace, the only one it reads exceptions from; the workload's named.
    assert read_only["metadata"]["namespace"] == helm.KYVERNO.namespace
    assert read_only["metadata"]["annotations"]["potatostack.io/namespace"] == "postgres"
    assert read_only["spec"]["matchConditions"][0]["expression"].startswith("object.metadata.namespace == 'postgres'")
    assert read_only["spec"]["policyRefs"] == [{"kind": "ValidatingPolicy", "name": READ_ONLY}]
    assert (
        read_only["metadata"]["annotations"]["potatostack.io/reason"] == "the image rewrites /etc/postgresql at start"
    )
    assert read_only["metadata"]["annotations"]["potatostack.io/container"] == "postgres"
    container = chart["StatefulSet.postgres.k8s.yaml"]["spec"]["template"]["spec"]["containers"][0]
    assert container["securityContext"]["readOnlyRootFilesystem"] is False
    assert container["securityContext"]["capabilities"] == {"drop": ["ALL"], "add": ["NET_ADMIN"]}


@pytest.mark.parametrize("policy", [READ_ONLY, CAPABILITIES])
def test_the_exception_is_what_lets_the_workload_through(deviating, policy):
    workload = deviating / "postgres" / "StatefulSet.postgres.k8s.yaml"
    policy_file = policy_suite.POLICIES / policy / "policy.yaml"
    exception = deviating / "postgres" / f"PolicyException.postgres-{policy}.k8s.yaml"
    assert policy_suite.apply([policy_file], [workload]).counts["fail"] == 1
    excepted = policy_suite.apply([policy_file], [workload], exceptions=[exception])
    assert excepted.counts["fail"] == 0 and excepted.counts["skip"] == 1, excepted.output


def test_the_exception_covers_no_other_workload(deviating, tmp_path):
    statefulset = yaml.safe_load((deviating / "postgres" / "StatefulSet.postgres.k8s.yaml").read_text())
    statefulset["metadata"]["name"] = "impostor"
    statefulset["metadata"]["labels"]["app.kubernetes.io/instance"] = "impostor"
    impostor = tmp_path / "impostor.yaml"
    impostor.write_text(yaml.safe_dump(statefulset))
    exception = deviating / "postgres" / f"PolicyException.postgres-{READ_ONLY}.k8s.yaml"
    report = policy_suite.apply([policy_suite.POLICIES / READ_ONLY / "policy.yaml"], [impostor], exceptions=[exception])
    assert report.counts["fail"] == 1, report.output


@pytest.mark.parametrize(
    "change, message",
    [
        (dict(writable_root_reason="  "), "writable_root_reason: say why"),
        (dict(added_capabilities={"NET_ADMIN": ""}), "added_capabilities.NET_ADMIN: say why"),
        (dict(added_capabilities={"ALL": "everything"}), "added_capabilities: 'ALL' is not a capability name"),
    ],
)
def test_a_deviation_without_a_reason_is_refused(change, message):
    with pytest.raises(ConfigError, match=message):
        dataclasses.replace(postgres, **change).validate()


def test_every_exception_in_dist_covers_only_its_container(profile, tmp_path):
    fresh_dist = profile[1]
    problems = []
    for folder in sorted(path for path in fresh_dist.iterdir() if path.is_dir()):
        problems += policy_suite.exceptions_beyond_their_container(folder, tmp_path)
    assert problems == []


def test_an_exception_that_names_the_wrong_container_is_caught(deviating, tmp_path):
    # Put a second container into the deviating workload that breaks the rule too:
    # the exception names "postgres", so it must not also cover "sidecar".
    folder = tmp_path / "postgres"
    folder.mkdir()
    statefulset = yaml.safe_load((deviating / "postgres" / "StatefulSet.postgres.k8s.yaml").read_text())
    sidecar = dict(statefulset["spec"]["template"]["spec"]["containers"][0], name="sidecar")
    statefulset["spec"]["template"]["spec"]["containers"].append(sidecar)
    (folder / "StatefulSet.postgres.k8s.yaml").write_text(yaml.safe_dump(statefulset))
    exception = f"PolicyException.postgres-{READ_ONLY}.k8s.yaml"
    (folder / exception).write_text((deviating / "postgres" / exception).read_text())
    problems = policy_suite.exceptions_beyond_their_container(folder, tmp_path)
    assert len(problems) == 1 and "without container postgres" in problems[0], problems
