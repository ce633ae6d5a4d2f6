"""A pod of several containers: a VPN that starts first with what it needs, declared,
and an application that stays hardened beside it."""

import dataclasses

import manifests
import policy_suite
import pytest
import toolchain

from potatostack import app, checks
from potatostack.images import Image
from potatostack.service import Container, Device, Port, Probe, Resources, Scratch
from potatostack.services.redis import service as redis

# Runs a tool `make tools` builds (left out of the quick loop, `make check`).
pytestmark = pytest.mark.tools

ROOT = policy_suite.POLICIES.parent
TUNNEL = Container(
    name="tunnel",
    image=Image("docker.io/qmcgaw/gluetun", "v3.41.1"),
    resources=Resources(cpu="20m", memory="48Mi", memory_limit="128Mi", ephemeral_storage="1Gi"),
    readiness=Probe.http("/", "health"),
    liveness=Probe.http("/", "health"),
    run_as=None,
    root_reason="sets up routes and the firewall",
    ports=["health"],
    added_capabilities={"NET_ADMIN": "routes the pod's traffic through the tunnel"},
    devices=[Device("/dev/net/tun", "the tunnel's device")],
    writable_root_reason="rewrites /etc/resolv.conf",
    scratch=[Scratch("/gluetun", size_limit="16Mi")],
)


@pytest.fixture(scope="module")
def pod(tmp_path_factory):
    spec = dataclasses.replace(redis, ports=[*redis.ports, Port("health", 9999)], sidecars=[TUNNEL])
    out = tmp_path_factory.mktemp("sidecars") / "dist"
    # The deviations a reviewer accepts by adding them to reviewed/deviations.yaml.
    reviewed = checks.Reviewed.load().with_deviations(
        "redis",
        "redis/tunnel: adds capability NET_ADMIN",
        "redis/tunnel: runs as root",
        "redis/tunnel: writable root filesystem",
        "redis/tunnel: mounts host path /dev/net/tun",
    )
    app.synth(toolchain.every_service(), out, declared=[spec], reviewed=reviewed)
    return out


def test_the_sidecar_runs_beside_the_app_with_only_what_it_declared(pod):
    template = manifests.load(pod)["redis"]["Deployment.redis.k8s.yaml"]["spec"]["template"]["spec"]
    tunnel = template["containers"][1]
    assert tunnel["name"] == "tunnel"
    assert tunnel["readinessProbe"]["httpGet"]["port"] == 9999
    assert tunnel["securityContext"]["capabilities"] == {"drop": ["ALL"], "add": ["NET_ADMIN"]}
    assert tunnel["securityContext"]["runAsUser"] == 0 and tunnel["securityContext"]["runAsNonRoot"] is False
    assert {"mountPath": "/dev/net/tun", "name": "tunnel-device-0"} in tunnel["volumeMounts"]
    app_container = template["containers"][0]
    assert app_container["securityContext"]["capabilities"] == {"drop": ["ALL"]}
    assert app_container["securityContext"]["runAsNonRoot"] is True


def test_the_namespace_says_why_it_cannot_be_restricted(pod):
    namespace = manifests.load(pod)["redis"]["Namespace.redis.k8s.yaml"]["metadata"]
    assert namespace["labels"]["pod-security.kubernetes.io/enforce"] == "privileged"
    assert "NET_ADMIN" in namespace["annotations"]["potatostack.io/pod-security-reason"]


def test_each_deviation_of_the_sidecar_has_its_exception_and_only_for_it(pod, tmp_path):
    chart = manifests.load(pod)["redis"]
    excepted = sorted(m["spec"]["policyRefs"][0]["name"] for m in chart.values() if m["kind"] == "PolicyException")
    assert excepted == [
        "require-read-only-root-filesystem",
        "require-run-as-non-root",
        "restrict-capabilities",
        "restrict-pod-host-paths",
        "restrict-volume-types",
    ]
    assert policy_suite.exceptions_beyond_their_container(pod / "redis", tmp_path) == []
    workload = [pod / "redis" / "Deployment.redis.k8s.yaml"]
    exceptions = sorted((pod / "redis").glob("PolicyException.*.yaml"))
    policies = [policy_suite.POLICIES / name / "policy.yaml" for name in excepted]
    assert policy_suite.apply(policies, workload).counts["fail"] == len(excepted)
    assert policy_suite.apply(policies, workload, exceptions=exceptions).counts["fail"] == 0
