"""One Container type for the service's own container, its sidecars and its init
containers: each field checked in one place, each problem one line naming the service,
the container and the field."""

import dataclasses

import manifests
import pytest
import toolchain

from potatostack import app, budget, settings
from potatostack.errors import ConfigError
from potatostack.images import Image
from potatostack.service import Container, Probe, Resources, RunAs, Scratch
from potatostack.services.redis import service as redis

# Runs a tool `make tools` builds (left out of the quick loop, `make check`).
pytestmark = pytest.mark.tools

SIDECAR = Container(
    name="helper",
    image=Image("docker.io/library/busybox", "1.37.0"),
    resources=Resources(cpu="5m", memory="8Mi", memory_limit="16Mi"),
    run_as=RunAs(user=1000, group=1000),
    readiness=Probe.run("true"),
    liveness=Probe.run("true"),
)
INIT = dataclasses.replace(
    SIDECAR,
    name="prepare",
    readiness=None,
    liveness=None,
    command=["sh", "-c", "true"],
    # Larger than the running containers together: the pod asks for this much.
    resources=Resources(cpu="5m", memory="200Mi", memory_limit="256Mi"),
)


@pytest.mark.parametrize("role", ["sidecars", "init_containers"])
@pytest.mark.parametrize(
    "change, field",
    [
        (dict(readiness=Probe(command=("true",), tcp_port="redis")), "readiness: a probe is exactly one of"),
        (dict(env={"BAD-NAME": "x"}), "env: 'BAD-NAME' is not a valid variable name"),
        (dict(scratch=[Scratch("/tmp", size_limit="lots")]), "scratch /tmp: size_limit"),
        (dict(added_capabilities={"net_admin": "routes"}), "added_capabilities: 'net_admin' is not a capability name"),
        (dict(added_capabilities={"NET_ADMIN": " "}), "added_capabilities.NET_ADMIN: say why"),
        (
            dict(resources=Resources(cpu="5m", memory="32Mi", memory_limit="16Mi")),
            "resources: memory request 32Mi is above",
        ),
        (dict(run_as=None), "root_reason: runs as root; say why"),
        (dict(mounts={"nothing": "/x"}), "mounts: no volume named 'nothing'"),
    ],
)
def test_every_container_is_checked_the_same_way(role, change, field):
    base = SIDECAR if role == "sidecars" else INIT
    if role == "init_containers" and "readiness" in change:
        change = dict(startup=change["readiness"])
        field = field.replace("readiness", "startup")
    spec = dataclasses.replace(redis, **{role: [dataclasses.replace(base, **change)]})
    with pytest.raises(ConfigError) as raised:
        spec.validate()
    assert str(raised.value).startswith(f"redis: container {base.name}: {field}"), str(raised.value)


def test_the_services_own_container_is_checked_by_the_same_rules():
    with pytest.raises(ConfigError, match=r"^redis: container redis: env: 'BAD-NAME' is not a valid variable name"):
        dataclasses.replace(redis, env={"BAD-NAME": "x"}).validate()


def test_every_problem_is_listed_once_per_line():
    spec = dataclasses.replace(
        redis, env={"BAD-NAME": "x"}, sidecars=[dataclasses.replace(SIDECAR, env={"ALSO BAD": "x"})]
    )
    assert spec.problems() == [
        "redis: container redis: env: 'BAD-NAME' is not a valid variable name",
        "redis: container helper: env: 'ALSO BAD' is not a valid variable name",
    ]


def test_a_sidecar_without_probes_and_an_init_container_with_one_are_refused():
    with pytest.raises(ConfigError, match=r"container helper: readiness: a sidecar runs beside the service"):
        dataclasses.replace(redis, sidecars=[dataclasses.replace(SIDECAR, liveness=None)]).validate()
    with pytest.raises(ConfigError, match=r"container prepare: readiness: an init container runs to completion"):
        dataclasses.replace(redis, init_containers=[dataclasses.replace(INIT, readiness=Probe.run("true"))]).validate()


@pytest.fixture(scope="module")
def with_init(tmp_path_factory):
    spec = dataclasses.replace(redis, init_containers=[INIT])
    out = tmp_path_factory.mktemp("init") / "dist"
    app.synth(toolchain.every_service(), out, declared=[spec])
    return spec, [m for _, _, m in manifests.objects(manifests.load(out))]


def test_an_init_container_gets_the_conventions_and_counts_as_the_scheduler_counts(with_init):
    spec, objects = with_init
    pod = next(m for m in objects if m["kind"] == "Deployment" and m["metadata"]["namespace"] == "redis")["spec"][
        "template"
    ]["spec"]
    (init,) = pod["initContainers"]
    assert init["name"] == "prepare" and init["command"] == ["sh", "-c", "true"]
    assert init["securityContext"]["capabilities"] == {"drop": ["ALL"]}
    assert init["securityContext"]["readOnlyRootFilesystem"] is True
    assert not {"readinessProbe", "livenessProbe", "startupProbe"} & set(init)
    measured = budget.measure(objects, settings.load(toolchain.ROOT / "settings.yaml").node)
    counted = next(c for c in measured.consumers if c.name == "redis/redis")
    declared = budget.service_cost(spec)
    assert counted.memory == declared.memory == 200 << 20


def test_the_common_probes_are_one_line_with_the_conventional_timings():
    from potatostack.service import probes

    http = probes("http", "/health", start_seconds=600)
    assert http["readiness"] == Probe.http("/health", "http", period_seconds=10, timeout_seconds=5)
    assert http["liveness"] == Probe.http("/health", "http", period_seconds=30, timeout_seconds=5, failure_threshold=3)
    # ten minutes to start, checked every ten seconds
    assert http["startup"].failure_threshold * http["startup"].period_seconds == 600
    assert probes("redis")["readiness"].tcp_port == "redis"
