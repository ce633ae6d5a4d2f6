"""dist/ shown to the real control plane (tests/box.py): what kube-apiserver 1.35 admits,
what the real scheduler places on a node of the Le Potato's size, and what either
refuses, with its own message.

The order of the module is the order of a life: the default profile is applied to a
node sized by the generated k3s configuration and must be admitted and placed whole;
then every service (the complete profile) is applied on top, which the budget says
does not fit the board, and the scheduler must say so for memory and nothing else;
then the node grows to the size the complete profile was synthesized for, and every
pod must be placed.
"""

import copy
import json
import pathlib
import time
from typing import Dict, List, Tuple

import box as boxes
import native_policy_cases
import pytest
import yaml

from potatostack import k3s, quantity
from potatostack import settings as settings_module

pytestmark = [pytest.mark.xdist_group("box"), pytest.mark.tools]

POD_WAIT_SECONDS = 90
NOT_CONSIDERED = "not yet considered by the scheduler"


def _kubelet_args(dist: pathlib.Path) -> Dict[str, str]:
    config = yaml.safe_load((dist / "k3s-config.yaml").read_text())
    return dict(arg.split("=", 1) for arg in config.get("kubelet-arg", []))


def node_size(dist: pathlib.Path, settings_file: pathlib.Path) -> Dict[str, str]:
    """Capacity from the settings and allocatable as the kubelet computes it from the
    generated k3s configuration: capacity - system-reserved - kube-reserved - the hard
    eviction threshold."""
    node = settings_module.load(settings_file).node
    args = _kubelet_args(dist)
    reserved_memory = reserved_cpu = 0
    for flag in ("system-reserved", "kube-reserved"):
        for part in filter(None, args.get(flag, "").split(",")):
            resource, amount = part.split("=")
            if resource == "memory":
                reserved_memory += quantity.memory_bytes(amount)
            elif resource == "cpu":
                reserved_cpu += quantity.cpu_millis(amount)
    eviction = 0
    for part in filter(None, args.get("eviction-hard", "").split(",")):
        if part.startswith("memory.available<"):
            eviction = quantity.memory_bytes(part.split("<", 1)[1])
    memory, cpu = quantity.memory_bytes(node.memory), quantity.cpu_millis(node.cpu)
    return {
        "memory": str(memory),
        "cpu": f"{cpu}m",
        "allocatable_memory": str(memory - reserved_memory - eviction),
        "allocatable_cpu": f"{cpu - reserved_cpu}m",
    }


def pods(box) -> List[dict]:
    return list(box.get("pods", "--all-namespaces")["items"])


def _name(pod: dict) -> str:
    return f"{pod['metadata']['namespace']}/{pod['metadata']['name']}"


def unscheduled(pod: dict) -> str:
    """The scheduler's reason a pod is Pending, or '' when it is placed."""
    if pod["spec"].get("nodeName"):
        return ""
    for condition in pod.get("status", {}).get("conditions", []):
        if condition["type"] == "PodScheduled" and condition["status"] == "False":
            return condition.get("message") or condition.get("reason", "unschedulable")
    return NOT_CONSIDERED


def settled(pod: dict) -> bool:
    phase = pod.get("status", {}).get("phase")
    if phase == "Succeeded":
        return True
    return phase == "Running" and all(
        status.get("ready") for status in pod.get("status", {}).get("containerStatuses", [])
    )


def expected_pods(box) -> List[str]:
    """Workloads whose pods have not all been created (a refusal by Pod Security or a
    missing ServiceAccount shows up here, as the controller's FailedCreate)."""
    short = []
    for kind in ("deployments", "statefulsets", "daemonsets"):
        for workload in box.get(kind, "--all-namespaces")["items"]:
            status = workload.get("status", {})
            wanted = (
                status.get("desiredNumberScheduled") if kind == "daemonsets" else workload["spec"].get("replicas", 1)
            )
            have = status.get("currentNumberScheduled") if kind == "daemonsets" else status.get("replicas", 0)
            if (have or 0) < (wanted or 0):
                short.append(
                    f"{kind[:-1]} {workload['metadata']['namespace']}/{workload['metadata']['name']}: "
                    f"{have or 0} of {wanted} pods"
                )
    return short


def failed_creates(box) -> List[str]:
    events = box.get("events", "--all-namespaces", "--field-selector=reason=FailedCreate")["items"]
    return sorted(
        {
            f"{e['involvedObject']['kind']} {e['metadata']['namespace']}/{e['involvedObject']['name']}: {e['message']}"
            for e in events
        }
    )


def unfinished_jobs(box) -> List[str]:
    return [
        f"{job['metadata']['namespace']}/{job['metadata']['name']}"
        for job in box.get("jobs", "--all-namespaces")["items"]
        if not job.get("status", {}).get("succeeded")
    ]


def wait_until_settled(box, *, until=None) -> Tuple[List[dict], float]:
    """Wait for every pod to be placed and Ready (or complete). Returns the pods at the
    end and the seconds it took."""
    began = time.monotonic()
    done = until or (
        lambda current: all(settled(pod) for pod in current) and not expected_pods(box) and not unfinished_jobs(box)
    )
    current = pods(box)
    while time.monotonic() - began < POD_WAIT_SECONDS:
        current = pods(box)
        if current and done(current):
            break
        time.sleep(1)
    return current, time.monotonic() - began


def worker_size(worker) -> Dict[str, str]:
    """A worker as its kubelet would report it under the agent configuration k3s.py
    generates for it."""
    args = dict(arg.split("=", 1) for arg in yaml.safe_load(k3s.config(worker, server=False))["kubelet-arg"])
    reserved = dict(part.split("=") for part in args["system-reserved"].split(","))
    eviction = quantity.memory_bytes(args["eviction-hard"].split("<", 1)[1])
    memory, cpu = quantity.memory_bytes(worker.memory), quantity.cpu_millis(worker.cpu)
    return {
        "memory": str(memory),
        "cpu": f"{cpu}m",
        "allocatable_memory": str(memory - quantity.memory_bytes(reserved["memory"]) - eviction),
        "allocatable_cpu": f"{cpu - quantity.cpu_millis(reserved['cpu'])}m",
    }


@pytest.fixture(scope="module")
def lepotato(box, fresh_dist):
    """The storage node as the kubelet would report it under dist/k3s-config.yaml, and
    one node per configured worker."""
    chosen = settings_module.load(boxes.ROOT / "settings.yaml")
    box.add_node(chosen.storage_node, **node_size(fresh_dist, boxes.ROOT / "settings.yaml"))
    for worker in chosen.workers:
        box.add_node(worker.name, **worker_size(worker))
    for name in [chosen.storage_node, *(worker.name for worker in chosen.workers)]:
        box.kubectl("wait", "--for=condition=Ready", f"node/{name}", "--timeout=60s")
    return chosen.storage_node


@pytest.fixture(scope="module")
def essentials_applied(box, lepotato, fresh_dist):
    return boxes.apply_dist(box, fresh_dist)


@pytest.fixture(scope="module")
def essentials_settled(box, essentials_applied):
    return wait_until_settled(box)


def test_only_upstream_webhooks_are_left_out_of_the_box(fresh_dist, essentials_applied):
    # kwok runs no containers, so no webhook server answers in the box; the stack's
    # own enforcement is native (dist/admission), so only upstream charts' webhooks
    # may be left out, and they are named.
    from potatostack.helm import UPSTREAM_NAMESPACES

    served = boxes.webhook_namespaces(fresh_dist)
    assert all(namespaces <= set(UPSTREAM_NAMESPACES) for namespaces in served.values()), served
    assert sorted(essentials_applied.webhooks_left_out) == sorted(served)


def test_the_api_server_admits_every_object_of_the_default_profile(essentials_applied):
    assert not essentials_applied.refused, "kube-apiserver refused:\n" + "\n".join(essentials_applied.refused)


def test_every_pod_of_the_default_profile_is_created_placed_and_ready(box, essentials_settled):
    current, _ = essentials_settled
    problems = [
        f"{_name(pod)}: {unscheduled(pod) or pod.get('status', {}).get('phase')}" for pod in current if not settled(pod)
    ]
    problems += expected_pods(box)
    if problems:
        problems += failed_creates(box)
    assert current, "no pod was created at all"
    assert not problems, "on the Le Potato-sized node:\n" + "\n".join(problems)


def unbound_claims(box) -> List[str]:
    return [
        f"{claim['metadata']['namespace']}/{claim['metadata']['name']}: {claim.get('status', {}).get('phase')}"
        for claim in box.get("persistentvolumeclaims", "--all-namespaces")["items"]
        if claim.get("status", {}).get("phase") != "Bound"
    ]


def test_every_claim_of_the_default_profile_binds_to_its_volume(box, essentials_applied, essentials_settled):
    assert not essentials_applied.unbound, f"not bound within a minute of their creation: {essentials_applied.unbound}"
    assert not unbound_claims(box)


def test_every_job_of_the_default_profile_completes(box, essentials_settled):
    jobs = box.get("jobs", "--all-namespaces")["items"]
    assert jobs, "the default profile has hook Jobs (the secret generators); none was created"
    assert not unfinished_jobs(box), f"Jobs that did not complete: {unfinished_jobs(box)}"


def test_the_repo_server_is_placed_beside_the_application_controller(box, lepotato, essentials_settled):
    """Argo CD's repo server requests its share of the argocd binary's pages, which it
    has only on the controller's node (argocd.py). With an empty second node, which the
    scheduler's least-allocated scoring prefers, its new pod still goes where the
    controller runs."""
    selector = "app.kubernetes.io/name=argocd-repo-server"
    spare = "spare"
    box.add_node(spare, memory="8Gi", cpu="8", allocatable_memory="8Gi", allocatable_cpu="8")
    try:
        box.kubectl("wait", "--for=condition=Ready", f"node/{spare}", "--timeout=60s")
        box.kubectl("delete", "pods", "-n", "argocd", "-l", selector, "--wait=true")
        deadline = time.monotonic() + 60
        placed: List[dict] = []
        while not placed and time.monotonic() < deadline:
            found = box.get("pods", "-n", "argocd", "-l", selector)["items"]
            placed = [p for p in found if p["spec"].get("nodeName") and not p["metadata"].get("deletionTimestamp")]
            time.sleep(0.5)
        assert placed, "no new repo server pod was placed within a minute"
        controller = box.get("pods", "-n", "argocd", "-l", "app.kubernetes.io/name=argocd-application-controller")
        (controller_pod,) = controller["items"]
        assert {p["spec"]["nodeName"] for p in placed} == {controller_pod["spec"]["nodeName"]} == {lepotato}
    finally:
        box.kubectl("delete", "node", spare, "--wait=true")
        # The DaemonSets' pods there, which the pod garbage collector would take later.
        box.kubectl(
            "delete",
            "pods",
            "--all-namespaces",
            f"--field-selector=spec.nodeName={spare}",
            "--force",
            "--grace-period=0",
        )


# -- what the server refuses that the offline checks let through -----------------------


def _service(port: int) -> dict:
    return {
        "apiVersion": "v1",
        "kind": "Service",
        "metadata": {"name": "probe", "namespace": "default"},
        "spec": {"ports": [{"port": port}], "selector": {"app": "probe"}},
    }


def _config_map(name: str, labels=None) -> dict:
    return {
        "apiVersion": "v1",
        "kind": "ConfigMap",
        "metadata": {"name": name, "namespace": "default", "labels": labels or {}},
        "data": {},
    }


REFUSED = {
    "a label value with a space": (_config_map("probe", {"app": "two words"}), "Invalid value"),
    "a 300-character name": (_config_map("a" * 300), "must be no more than 253 characters"),
    "a Service port of 70000": (_service(70000), "must be between 1 and 65535"),
}


@pytest.mark.parametrize("case", sorted(REFUSED))
def test_the_api_server_refuses(box, case):
    manifest, message = REFUSED[case]
    result = box.apply([manifest], dry_run=True)
    assert result.returncode != 0, f"{case} was admitted"
    assert message in result.stderr, result.stderr


def test_a_custom_resource_that_breaks_its_crd_is_refused(box, essentials_applied, fresh_dist):
    custom = next(
        obj
        for obj in boxes.dist_objects(fresh_dist)
        if "/" in obj["apiVersion"]
        and not obj["apiVersion"].split("/")[0].endswith("k8s.io")
        and "." in obj["apiVersion"].split("/")[0]
        and isinstance(obj.get("spec"), dict)
    )
    broken = copy.deepcopy(custom)
    broken["spec"] = "not an object"
    result = box.apply([broken], dry_run=True)
    assert result.returncode != 0, f"{custom['kind']} {custom['metadata']['name']} with a string spec was admitted"
    assert "spec" in result.stderr, result.stderr


def test_a_pod_that_breaks_its_namespace_pod_security_level_is_refused(box, essentials_applied, fresh_dist):
    restricted = next(
        obj["metadata"]["name"]
        for obj in boxes.dist_objects(fresh_dist)
        if obj["kind"] == "Namespace"
        and obj["metadata"].get("labels", {}).get("pod-security.kubernetes.io/enforce") == "restricted"
    )
    pod = {
        "apiVersion": "v1",
        "kind": "Pod",
        "metadata": {"name": "privileged-probe", "namespace": restricted},
        "spec": {"containers": [{"name": "probe", "image": "busybox:1.37", "securityContext": {"privileged": True}}]},
    }
    result = box.apply([pod], dry_run=True)
    assert result.returncode != 0, f"a privileged pod was admitted into {restricted}"
    assert "violates PodSecurity" in result.stderr, result.stderr


# -- every service: does not fit the board, and the scheduler says why -----------------


@pytest.fixture(scope="module")
def complete_applied(box, essentials_settled, complete_dist):
    return boxes.apply_dist(box, complete_dist)


@pytest.fixture(scope="module")
def complete_on_the_board(box, complete_applied):
    """Wait until the scheduler has looked at every new pod (placed or said why not)."""

    def considered(current):
        return not expected_pods(box) and all(
            settled(pod) or unscheduled(pod) not in ("", NOT_CONSIDERED) for pod in current
        )

    current, _ = wait_until_settled(box, until=considered)
    return current


def test_the_api_server_admits_every_object_of_the_complete_profile(complete_applied):
    assert not complete_applied.refused, "kube-apiserver refused:\n" + "\n".join(complete_applied.refused)


def test_every_service_on_the_board_leaves_pods_pending_for_memory_and_nothing_else(complete_on_the_board):
    pending = {_name(pod): unscheduled(pod) for pod in complete_on_the_board if unscheduled(pod)}
    # dist/BUDGET.md (test_budget) says the complete profile does not fit 2 GB: the
    # real scheduler must agree, and for the reason the budget gives.
    assert pending, "every pod of the complete profile was placed on the Le Potato, which the budget says cannot be"
    other = {name: reason for name, reason in pending.items() if "Insufficient memory" not in reason}
    assert not other, "pods pending for another reason than memory:\n" + json.dumps(other, indent=1)


def test_every_claim_of_every_service_binds_to_its_volume(box, complete_applied, complete_on_the_board):
    assert not complete_applied.unbound, f"not bound within a minute of their creation: {complete_applied.unbound}"
    assert not unbound_claims(box)


def test_on_the_node_it_was_sized_for_every_pod_of_the_complete_profile_is_placed(
    box, lepotato, complete_on_the_board, complete_dist, complete_settings
):
    box.set_node_size(lepotato, **node_size(complete_dist, complete_settings))
    current, _ = wait_until_settled(box)
    problems = [
        f"{_name(pod)}: {unscheduled(pod) or pod.get('status', {}).get('phase')}" for pod in current if not settled(pod)
    ]
    problems += expected_pods(box)
    if problems:
        problems += failed_creates(box)
    assert not problems, "on the node the complete profile was synthesized for:\n" + "\n".join(problems)


# -- the native policies of dist/admission, enforced by the API server itself ----------

REFUSED_FIXTURES = [
    case for policy in native_policy_cases.native_policies() for case in native_policy_cases.refused(policy)
]


def _fixture(case) -> dict:
    namespace, _, name = case.resource.rpartition("/")
    for document in yaml.safe_load_all(case.fixture.read_text()):
        if document and document["kind"] == case.kind and document["metadata"]["name"] == name:
            if namespace:
                document["metadata"]["namespace"] = namespace
            return dict(document)
    raise AssertionError(f"{case.fixture}: no {case.kind} {case.resource}")


def test_every_native_policy_has_failing_fixtures_for_the_api_server():
    policies = set(native_policy_cases.native_policies())
    assert policies and policies == {case.policy for case in REFUSED_FIXTURES}


ISOLATION_LABEL = "gate.potatostack.io/only"

# Failing fixtures the API server refuses itself before any policy sees them: the
# same rule, kept by the server's own validation or admission.
REFUSED_BEFORE_ANY_POLICY = {
    "restrict-host-paths": "must not contain '..'",  # path validation
    "restrict-pod-host-paths": "must not contain '..'",
    "require-priority-class": "no PriorityClass with name",  # the Priority admission plugin
}
# Failing fixtures the API server's defaulting makes compliant before admission: a
# memory request defaults to the memory limit. What the server stores is checked.
DEFAULTED_COMPLIANT = {
    ("require-resources", "demo/no-memory-request"): lambda stored: all(
        c["resources"]["requests"].get("memory") == c["resources"]["limits"]["memory"]
        for c in stored["spec"]["containers"]
    ),
}


@pytest.fixture(scope="module")
def isolated_policies(box, essentials_settled):
    """The API server reports the first policy that denies; a fixture written to break
    one rule often breaks another. So in the box (only there) each binding of
    dist/admission also skips namespaces labelled for another policy: a fixture in the
    namespace `only-<policy>` meets that one policy, with every other selector of its
    binding as synthesized."""
    natives = sorted({case.native for case in REFUSED_FIXTURES})
    for binding in box.get("validatingadmissionpolicybindings")["items"]:
        name = binding["metadata"]["name"]
        if name not in natives:
            continue
        selector = binding["spec"].setdefault("matchResources", {}).setdefault("namespaceSelector", {})
        selector.setdefault("matchExpressions", []).append(
            {"key": ISOLATION_LABEL, "operator": "NotIn", "values": [other for other in natives if other != name]}
        )
        box.kubectl("replace", "-f", "-", input=json.dumps(binding))
    for case in REFUSED_FIXTURES:
        namespace = f"only-{case.policy}"
        box.kubectl("create", "namespace", namespace, check=False)
        box.kubectl("label", "namespace", namespace, f"{ISOLATION_LABEL}={case.native}", "--overwrite")
    time.sleep(2)  # the admission plugin picks up changed bindings within a second
    return natives


@pytest.mark.parametrize("case", REFUSED_FIXTURES, ids=lambda case: f"{case.policy}:{case.kind}:{case.resource}")
def test_the_api_server_itself_refuses_each_failing_fixture_naming_the_policy(box, isolated_policies, case):
    manifest = _fixture(case)
    if manifest["metadata"].get("namespace"):
        manifest["metadata"]["namespace"] = f"only-{case.policy}"
    defaulted = DEFAULTED_COMPLIANT.get((case.policy, case.resource))
    if defaulted:
        stored = box.kubectl(
            "apply", "--server-side", "--dry-run=server", "-o", "json", "-f", "-", input=json.dumps(manifest)
        )
        assert defaulted(json.loads(stored.stdout)), stored.stdout
        return
    result = box.apply([manifest], dry_run=True)
    assert result.returncode != 0, f"{case.kind} {case.resource} of {case.fixture.name} was admitted"
    before = REFUSED_BEFORE_ANY_POLICY.get(case.policy)
    if before and before in result.stderr:
        return
    assert f"ValidatingAdmissionPolicy '{case.native}'" in result.stderr, result.stderr
