"""The stack fits the Le Potato: what the scheduler must place fits its allocatable."""

import dataclasses
import json
import pathlib
from typing import Dict

import manifests
import pytest
import toolchain
import yaml

from potatostack import budget, k3s, quantity, services, settings
from potatostack.service import Uses
from potatostack.services.redis import service as redis
from potatostack.services.vaultwarden import service as vaultwarden


def _measure(tree, settings_file):
    chosen = settings.load(settings_file)
    objects = [m for _, _, m in manifests.objects(tree)]
    return budget.measure(objects, chosen.node, chosen.profile.value, services.left_out(chosen))


def test_the_default_configuration_fits_the_node(fresh_tree, fresh_dist):
    measured = _measure(fresh_tree, toolchain.ROOT / "settings.yaml")
    assert measured.problems() == []
    assert measured.requested_memory > 0 and len(measured.consumers) > 5
    assert (fresh_dist / "BUDGET.md").read_text() == measured.report()


def test_the_default_profile_is_essentials_and_lists_what_it_leaves_out(fresh_tree):
    measured = _measure(fresh_tree, toolchain.ROOT / "settings.yaml")
    assert measured.profile == "essentials"
    # The README's table of what essentials leaves out, and why, names these: with Argo CD
    # counted and the reservation derived, the passwords, the file shares and the
    # observability core (the metrics and log stores, alerts, the node's exporters) fit;
    # the dashboards and the probes do not.
    left_out = {piece.name for piece in measured.left_out}
    assert left_out == {
        "authelia",
        "diun",
        "dozzle",
        "gitea",
        "homepage",
        "immich",
        "p2p",
        "portainer",
        "postgres",
        "redis",
        "seafile",
        "uptime-kuma",
        "grafana",
        "blackbox-exporter",
        "speedtest-exporter",
        "fritzbox-exporter",
    }
    assert all(piece.cost.memory > 0 and piece.reason for piece in measured.left_out)
    assert "## Left out by this profile" in measured.report()


def test_every_service_together_does_not_fit_the_2gb_node(complete_tree, complete_settings):
    chosen = settings.load(complete_settings)
    objects = [m for _, _, m in manifests.objects(complete_tree)]
    # NodeBudget's defaults are the Le Potato's
    measured = budget.measure(objects, settings.NodeBudget(), chosen.profile.value, services.left_out(chosen))
    assert measured.left_out == []
    assert measured.problems() and measured.problems()[0].startswith("memory requests")


def test_a_services_declared_cost_is_what_dist_asks_for(profile):
    """The price of a left-out service comes from its declaration; for every enabled
    one, that price must equal what its synthesized workload requests."""
    _, _, tree, settings_file = profile
    measured = _measure(tree, settings_file)
    for spec in services.chosen(settings.load(settings_file)):
        consumer = next(c for c in measured.consumers if c.name == budget.service_cost(spec).name)
        declared = budget.service_cost(spec)
        assert (declared.cpu, declared.memory, declared.memory_limit, declared.priority, declared.pinned) == (
            consumer.cpu,
            consumer.memory,
            consumer.memory_limit,
            consumer.priority,
            consumer.pinned,
        ), spec.name


def test_enabling_a_left_out_service_prices_the_left_out_services_it_uses():
    cache = dataclasses.replace(redis, optional="only the app uses it")
    app = dataclasses.replace(vaultwarden, optional="a test", uses=[Uses("redis", "redis")])
    priced = {piece.name: piece for piece in budget.price_left_out([cache, app])}
    assert priced["vaultwarden"].brings == ("redis",)
    assert priced["vaultwarden"].cost.memory == budget.service_cost(app).memory + budget.service_cost(cache).memory
    assert priced["redis"].brings == ()


def test_the_node_config_in_dist_sets_what_the_budget_assumes(fresh_dist):
    node = settings.load(toolchain.ROOT / "settings.yaml").node
    config = yaml.safe_load((fresh_dist / "k3s-config.yaml").read_text())
    kubelet = dict(arg.split("=", 1) for arg in config["kubelet-arg"])
    reserved = dict(item.split("=") for item in kubelet["system-reserved"].split(","))
    assert quantity.memory_bytes(reserved["memory"]) == node.reservation().memory
    assert quantity.cpu_millis(reserved["cpu"]) == quantity.cpu_millis(node.reserved_cpu)
    assert kubelet["eviction-hard"] == f"memory.available<{node.eviction_hard}"
    assert kubelet["eviction-soft"] == f"memory.available<{node.eviction_soft}"
    assert set(config["disable"]) == set(k3s.DISABLED)


def test_headroom_never_undercuts_the_soft_eviction_band(fresh_tree):
    node = settings.load(toolchain.ROOT / "settings.yaml").node.model_copy(update={"headroom_percent": 0})
    measured = budget.measure([m for _, _, m in manifests.objects(fresh_tree)], node)
    band = quantity.memory_bytes(node.eviction_soft) - quantity.memory_bytes(node.eviction_hard)
    assert measured.headroom_memory == band > 0


def test_k3s_own_pods_are_counted(fresh_tree):
    measured = _measure(fresh_tree, toolchain.ROOT / "settings.yaml")
    assert {f"{pod.name} (k3s)" for pod in k3s.PACKAGED_PODS} <= {c.name for c in measured.consumers}


def test_a_node_too_small_is_reported_with_its_largest_consumers(fresh_tree):
    small = settings.load(toolchain.ROOT / "settings.yaml").node.model_copy(update={"memory": "1024Mi"})
    problems = budget.measure([m for _, _, m in manifests.objects(fresh_tree)], small).problems()
    assert problems and problems[0].startswith("memory requests"), problems
    assert "largest: " in problems[0]


def test_a_pod_counts_like_the_scheduler_counts():
    pod = {
        "initContainers": [
            {"resources": {"requests": {"cpu": "500m", "memory": "300Mi"}, "limits": {"memory": "300Mi"}}}
        ],
        "containers": [
            {"resources": {"requests": {"cpu": "100m", "memory": "100Mi"}, "limits": {"memory": "200Mi"}}},
            {"resources": {"requests": {"cpu": "100m", "memory": "50Mi"}, "limits": {"memory": "100Mi"}}},
        ],
    }
    deployment = {
        "kind": "Deployment",
        "metadata": {"name": "x", "namespace": "x"},
        "spec": {"replicas": 2, "template": {"spec": pod}},
    }
    job = {"kind": "Job", "metadata": {"name": "j", "namespace": "x"}, "spec": {"template": {"spec": pod}}}
    node = settings.NodeBudget()
    measured = budget.measure([deployment, job, dict(job, metadata={"name": "k", "namespace": "x"})], node)
    app = next(c for c in measured.consumers if c.name == "x/x")
    # max(sum of containers, largest init container), times replicas
    assert (app.cpu, app.memory >> 20) == (1000, 600)
    # Jobs run one at a time: one counts
    assert measured.largest_job.memory >> 20 == 300


def _with_worker(memory="4096Mi"):
    chosen = settings.load(toolchain.ROOT / "settings.yaml")
    return chosen, settings.WorkerNode(name="rock5", memory=memory)


def test_with_a_second_node_storage_stays_on_the_storage_node(complete_tree):
    chosen, worker = _with_worker()
    objects = [m for _, _, m in manifests.objects(complete_tree)]
    measured = budget.measure(objects, chosen.node, storage_node=chosen.storage_node, workers=[worker])
    placed = measured.placement()
    with_storage = {
        f"{m['metadata']['namespace']}/{m['metadata']['name']}"
        for m in objects
        if m["kind"] in ("Deployment", "StatefulSet")
        and any("persistentVolumeClaim" in v for v in m["spec"]["template"]["spec"].get("volumes", []))
    }
    assert with_storage and with_storage <= {c.name for c in placed[chosen.storage_node]}
    assert not with_storage & {c.name for c in placed["rock5"]}
    # The stateless rest spreads: the bigger, emptier worker takes some of it.
    assert placed["rock5"]
    # + the largest Job, + a DaemonSet's pod on each further node
    daemons = sum(1 for c in measured.consumers if c.every_node)
    assert sum(len(c) for c in placed.values()) == len(measured.consumers) + 1 + daemons * (len(placed) - 1)
    # Every service together still overloads the storage node, and it is named.
    assert any(problem.startswith(f"node {chosen.storage_node}: memory requests") for problem in measured.problems())
    assert "## Per node" in measured.report()


def test_stateless_pods_go_where_most_memory_is_left():
    # A 2 GB worker has more usable memory than the Le Potato, which is also the server.
    chosen, worker = _with_worker(memory="2048Mi")
    assert budget.usable(worker)[0] > budget.usable(chosen.node)[0] > 600 << 20
    pods = [
        budget.Consumer("a/big", "standard", memory=500 << 20),
        budget.Consumer("b/mid", "standard", memory=300 << 20),
        budget.Consumer("c/disk", "standard", memory=300 << 20, pinned=True),
        budget.Consumer("d/daemon", "standard", memory=10 << 20, every_node=True),
    ]
    measured = budget.Budget(node=chosen.node, consumers=pods, storage_node="lepotato", workers=[worker])
    placed = {name: sorted(c.name for c in consumers) for name, consumers in measured.placement().items()}
    # The DaemonSet runs on both; disk is pinned (lepotato then has about 70% free); big
    # goes to the emptier worker (then about 65% free); mid then back to lepotato.
    assert placed == {"lepotato": ["b/mid", "c/disk", "d/daemon"], "rock5": ["a/big", "d/daemon"]}
    assert measured.problems() == []


def test_a_pod_that_must_run_beside_another_is_counted_on_its_node(fresh_tree):
    """Argo CD's repo server is sized for sharing the controller's node (argocd.py), and
    its required pod affinity says so: the budget counts it on the controller's node."""
    chosen, worker = _with_worker()
    objects = [m for _, _, m in manifests.objects(fresh_tree)]
    measured = budget.measure(objects, chosen.node, storage_node=chosen.storage_node, workers=[worker])
    by_name = {c.name: c for c in measured.consumers}
    assert by_name["argocd/argocd-repo-server"].beside == "argocd/argocd-application-controller"
    assert not by_name["argocd/argocd-application-controller"].beside  # preferred only: it goes first
    node_of = {c.name: node for node, placed in measured.placement().items() for c in placed}
    assert node_of["argocd/argocd-repo-server"] == node_of["argocd/argocd-application-controller"]


def test_beside_another_overrides_where_most_memory_is_left():
    chosen, worker = _with_worker(memory="2048Mi")
    pods = [
        budget.Consumer("a/big", "standard", memory=500 << 20),
        budget.Consumer("b/mid", "standard", memory=300 << 20),
    ]

    def node_of(consumers):
        measured = budget.Budget(node=chosen.node, consumers=consumers, storage_node="lepotato", workers=[worker])
        return {c.name: node for node, placed in measured.placement().items() for c in placed}

    # On its own, mid goes to the storage node, which then has the larger share free ...
    assert node_of(pods) == {"a/big": "rock5", "b/mid": "lepotato"}
    # ... and beside big it goes where big is.
    assert node_of([pods[0], dataclasses.replace(pods[1], beside="a/big")]) == {"a/big": "rock5", "b/mid": "rock5"}


def test_a_worker_gets_its_own_node_config(tmp_path):
    chosen, worker = _with_worker()
    config = yaml.safe_load(k3s.config(worker, server=False))
    assert "disable" not in config
    # An agent's reservation: no control plane.
    assert worker.reservation().memory < chosen.node.reservation().memory
    assert f"system-reserved=memory={worker.reservation().memory >> 20}Mi,cpu=1000m" in config["kubelet-arg"]


def test_the_record_holds_what_was_measured(fresh_tree, fresh_dist):
    measured = _measure(fresh_tree, toolchain.ROOT / "settings.yaml")
    written = json.loads((fresh_dist / "BUDGET.json").read_text())
    expected = {c.name.split(" (")[0]: c.memory for c in [*measured.consumers, measured.largest_job]}
    assert written["consumers"] == expected
    assert written["requested"]["memory"] == measured.requested_memory == sum(expected.values())
    assert written["usable"]["memory"] == measured.usable_memory


def test_synth_says_what_changed_since_the_previous_report():
    node = settings.NodeBudget()
    before = budget.Budget(
        node=node,
        consumers=[
            budget.Consumer("diun/diun", "best-effort", memory=32 << 20),
            budget.Consumer("redis/redis", "critical", memory=16 << 20),
            budget.Consumer("same/same", "standard", memory=64 << 20),
        ],
    )
    after = budget.Budget(
        node=node,
        consumers=[
            budget.Consumer("redis/redis", "critical", memory=32 << 20),
            budget.Consumer("same/same", "standard", memory=64 << 20),
            budget.Consumer("new/new", "standard", memory=8 << 20),
        ],
    )
    assert budget.changes(budget.record(before), before) == []
    assert budget.changes(budget.record(before), after) == [
        "-32Mi diun/diun (gone)",
        "+16Mi redis/redis (16Mi -> 32Mi)",
        "+8Mi new/new (new)",
        "-8Mi in all",
    ]


def test_a_left_out_service_with_storage_is_priced_on_the_storage_node(fresh_tree):
    chosen, worker = _with_worker()
    objects = [m for _, _, m in manifests.objects(fresh_tree)]
    measured = budget.measure(
        objects,
        chosen.node,
        "essentials",
        services.left_out(chosen),
        storage_node=chosen.storage_node,
        workers=[worker],
    )
    rows = {
        line.split(" |")[0].lstrip("| ").split(" (with ")[0]: line
        for line in measured.report().splitlines()
        if line.startswith("| ")
    }
    for piece in measured.left_out:
        expected = chosen.storage_node if piece.cost.pinned else "rock5"
        # A piece priced with what it needs is named "<name> (with ...)".
        row = rows.get(piece.name) or next(
            line for name, line in rows.items() if name.startswith(f"{piece.name} (with ")
        )
        assert row.endswith(f"on {expected} |"), row
    assert any(piece.cost.pinned for piece in measured.left_out) and any(
        not piece.cost.pinned for piece in measured.left_out
    )


def _left_out_verdicts(dist: pathlib.Path) -> Dict[str, str]:
    """{service: BUDGET.md's verdict} from the table of what each left-out service adds."""
    table = (dist / "BUDGET.md").read_text().split("## Left out by this profile")[1]
    rows = [row.strip("| ").split(" | ") for row in table.splitlines() if row.startswith("| ") and " | " in row]
    return {row[0].split(" (with")[0]: row[-1] for row in rows if row[0] != "service"}


LEFT_OUT = sorted(spec.name for spec in services.left_out(settings.load(toolchain.ROOT / "settings.yaml")))


@pytest.mark.parametrize("name", LEFT_OUT)
def test_what_the_report_says_of_enabling_a_left_out_service_is_what_synth_does(name, fresh_dist, tmp_path):
    """ "fits in what is left: yes" must mean that synth accepts the profile with it (and
    the left-out services it uses) enabled, and "no" that it refuses, for the reason
    given: requests, CPU or the limits' bound."""
    verdict = _left_out_verdicts(fresh_dist)[name]
    chosen = settings.load(toolchain.ROOT / "settings.yaml")
    (piece,) = (p for p in budget.price_left_out(services.left_out(chosen)) if p.name == name)
    raw = yaml.safe_load((toolchain.ROOT / "settings.yaml").read_text())
    raw["services"] = {**(raw.get("services") or {}), **{n: {"enabled": True} for n in (name, *piece.brings)}}
    path = tmp_path / "settings.yaml"
    path.write_text(yaml.safe_dump(raw))
    result = toolchain.synth(tmp_path / "dist", settings=path)
    if verdict.startswith("yes"):
        assert result.returncode == 0, f"BUDGET.md says {name} fits: {result.stderr}"
    else:
        assert result.returncode != 0, f"BUDGET.md says {name} does not fit ({verdict}), synth accepted it"
        reason = "memory limits" if "limit" in verdict else "CPU requests" if "CPU" in verdict else "memory requests"
        assert reason in result.stderr, result.stderr
