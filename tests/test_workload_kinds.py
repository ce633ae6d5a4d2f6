"""Every workload kind comes from the same declaration model and the same construct:
a DaemonSet and a CronJob declared like any service are synthesized with the pod
conventions, pass the policies (their deviations as exceptions), and show up in the
budget, the reachability matrix and the RBAC table."""

import dataclasses

import manifests
import native_suite
import policy_suite
import pytest
import toolchain
import yaml

from potatostack import admission, app, budget, checks, images, reachability, services, settings
from potatostack.errors import ConfigError
from potatostack.service import (
    ApiAccess,
    HostPath,
    Kind,
    Metrics,
    NodeAccess,
    Port,
    Probe,
    Resources,
    Run,
    RunAs,
    ServiceSpec,
    Uses,
    pod_template,
)

# Runs a tool `make tools` builds (left out of the quick loop, `make check`).
pytestmark = pytest.mark.tools

# Stand-ins for the monitoring and backup work that follows: what they declare, not
# what they run (the image is the one the helpers use).
EXPORTER = ServiceSpec(
    name="example-exporter",
    description="the node's counters",
    component="metrics",
    image=images.PYTHON,
    kind=Kind.DAEMON_SET,
    ports=[Port("metrics", 9100, metrics=Metrics(series=1000))],
    run_as=RunAs(user=65534, group=65534),
    resources=Resources(cpu="10m", memory="24Mi", memory_limit="48Mi"),
    readiness=Probe.http("/", "metrics"),
    liveness=Probe.http("/", "metrics"),
    node_access=NodeAccess(
        paths=[HostPath("/proc", "/host/proc", "the node's CPU, memory and disk counters")],
        pid_reason="count every process of the node",
    ),
)
DUMP = ServiceSpec(
    name="nightly-dump",
    description="a nightly dump",
    component="backup",
    image=images.PYTHON,
    kind=Kind.CRON_JOB,
    run=Run(schedule="30 3 * * *"),
    command=["python3", "-c", "print('dumped')"],
    run_as=RunAs(user=1000, group=1000),
    # 77Mi: a figure no other consumer of the stack requests, so it is found by value.
    resources=Resources(cpu="30m", memory="77Mi", memory_limit="128Mi"),
    uses=[Uses("redis", "redis")],
    api_access=[ApiAccess([""], ["configmaps"], ["get"], reason="read what to dump", resource_names=["dump-plan"])],
)
SETTINGS = toolchain.ROOT / "settings.yaml"
# What a reviewer would add to reviewed/ for these two test-only workloads.
_TABLES = checks.Reviewed.load()
REVIEWED = checks.Reviewed(
    _TABLES.policies,
    {
        **_TABLES.rbac,
        "nightly-dump": frozenset(
            {"nightly-dump/nightly-dump in namespace nightly-dump: get core/configmaps (dump-plan)"}
        ),
    },
    {
        **_TABLES.deviations,
        "example-exporter": frozenset(
            {"example-exporter/example-exporter: mounts host path /proc", "example-exporter: hostPID"}
        ),
    },
    _TABLES.shared_folders,
)


@pytest.fixture(scope="module")
def synthesized(tmp_path_factory, complete_settings):
    out = tmp_path_factory.mktemp("kinds") / "dist"
    # Every service: the new kinds use the cache and the database's helpers.
    app.synth(settings.load(complete_settings), out, declared=[*services.ALL, EXPORTER, DUMP], reviewed=REVIEWED)
    return out


@pytest.fixture(scope="module")
def objects(synthesized):
    return [m for _, _, m in manifests.objects(manifests.load(synthesized))]


def _one(objects, kind, name):
    return next(m for m in objects if m["kind"] == kind and m["metadata"]["name"] == name)


def test_each_kind_gets_the_pod_conventions_where_it_keeps_its_pod(objects):
    for kind, name in (("DaemonSet", "example-exporter"), ("CronJob", "nightly-dump"), ("Job", "secret-generator")):
        template = pod_template(_one(objects, kind, name))
        pod = template["spec"]
        assert pod["securityContext"]["seccompProfile"] == {"type": "RuntimeDefault"}, kind
        assert pod["securityContext"]["runAsNonRoot"] is True, kind
        assert pod["priorityClassName"].startswith("potatostack-"), kind
        assert pod["enableServiceLinks"] is False, kind
        assert all(c["securityContext"]["capabilities"] == {"drop": ["ALL"]} for c in pod["containers"]), kind
        assert template["metadata"]["labels"]["app.kubernetes.io/name"] == name, kind


def test_a_cronjob_runs_bounded_on_its_schedule_in_the_owners_time(objects):
    cronjob = _one(objects, "CronJob", "nightly-dump")["spec"]
    assert cronjob["schedule"] == "30 3 * * *"
    assert cronjob["timeZone"] == settings.load(SETTINGS).timezone
    assert cronjob["concurrencyPolicy"] == "Forbid"
    assert cronjob["successfulJobsHistoryLimit"] <= 3 and cronjob["failedJobsHistoryLimit"] <= 3
    assert cronjob["startingDeadlineSeconds"] > 0 and cronjob["jobTemplate"]["spec"]["activeDeadlineSeconds"] > 0
    # It serves nothing: no Service, no probes.
    assert not [m for m in objects if m["kind"] == "Service" and m["metadata"]["namespace"] == "nightly-dump"]
    container = cronjob["jobTemplate"]["spec"]["template"]["spec"]["containers"][0]
    assert not {"readinessProbe", "livenessProbe", "startupProbe", "ports"} & set(container)


def test_a_daemonset_reads_the_node_read_only_and_only_what_it_declared(objects):
    pod = _one(objects, "DaemonSet", "example-exporter")["spec"]["template"]["spec"]
    assert pod["hostPID"] is True and pod["hostNetwork"] is False
    assert [v["hostPath"]["path"] for v in pod["volumes"] if "hostPath" in v] == ["/proc"]
    assert all(m["readOnly"] for m in pod["containers"][0]["volumeMounts"] if m["mountPath"] == "/host/proc")


def test_the_new_kinds_pass_every_policy_and_need_their_exceptions(synthesized, objects, tmp_path):
    folders = policy_suite.folders()
    policy_files = [folder.path / "policy.yaml" for folder in folders]
    workloads = [
        synthesized / "example-exporter" / "DaemonSet.example-exporter.k8s.yaml",
        synthesized / "nightly-dump" / "CronJob.nightly-dump.k8s.yaml",
    ]
    context = policy_suite.write_context([m for m in objects if policy_suite.is_built_in(m)], tmp_path / "context.yaml")
    exceptions = sorted(synthesized.glob("example-exporter/PolicyException.*.yaml"))
    assert [path.name.split(".")[1] for path in exceptions] == [
        "example-exporter-disallow-host-namespaces",
        "example-exporter-restrict-pod-host-paths",
        "example-exporter-restrict-volume-types",
    ]
    report = policy_suite.apply(policy_files, workloads, context, exceptions)
    assert report.rules == len(folders) and report.resources == len(workloads), report.output
    assert report.counts["fail"] == 0 and report.counts["error"] == 0, report.output
    # The CronJob is matched: restrict-cronjobs and the pod policies' CronJob rules pass it.
    assert report.counts["pass"] > len(folders), report.output
    # Without its exceptions the DaemonSet fails exactly the three policies they name.
    bare = policy_suite.apply(policy_files, workloads[:1], context)
    assert bare.counts["fail"] == 3, bare.output


def test_a_cronjob_that_would_overlap_itself_is_refused_by_the_policy(synthesized, tmp_path):
    import yaml

    cronjob = yaml.safe_load((synthesized / "nightly-dump" / "CronJob.nightly-dump.k8s.yaml").read_text())
    cronjob["spec"]["concurrencyPolicy"] = "Allow"
    overlapping = tmp_path / "overlapping.yaml"
    overlapping.write_text(yaml.safe_dump(cronjob))
    report = policy_suite.apply([policy_suite.POLICIES / "restrict-cronjobs" / "policy.yaml"], [overlapping])
    assert report.counts["fail"] == 1, report.output


def test_a_new_cronjobs_requests_show_up_in_the_budget(synthesized, objects):
    chosen = settings.load(SETTINGS)
    measured = budget.measure(objects, chosen.node)
    counted = {c.name: c for c in measured.consumers}
    dump = counted["nightly-dump/nightly-dump (CronJob, while it runs)"]
    assert (dump.cpu, dump.memory >> 20, dump.memory_limit >> 20) == (30, 77, 128)
    assert (
        "| nightly-dump/nightly-dump (CronJob, while it runs) | standard | 30m | 77Mi | 128Mi |"
        in (synthesized / "BUDGET.md").read_text()
    )
    # Its declaration prices it the same way, for a profile that leaves it out.
    declared = budget.service_cost(DUMP)
    assert (declared.name, declared.cpu, declared.memory) == (dump.name, dump.cpu, dump.memory)


def test_a_daemonset_counts_once_on_every_node(objects):
    chosen = settings.load(SETTINGS)
    worker = settings.WorkerNode(name="rock5", memory="4096Mi")
    measured = budget.measure(objects, chosen.node, storage_node=chosen.storage_node, workers=[worker])
    placed = measured.placement()
    for node in (chosen.storage_node, "rock5"):
        assert [c.name for c in placed[node]].count("example-exporter/example-exporter") == 1, node
    assert budget.service_cost(EXPORTER).every_node


def test_a_new_cronjobs_network_paths_show_up_in_the_matrix(objects):
    matrix = reachability.matrix(objects, settings.load(SETTINGS))
    assert matrix[("nightly-dump/nightly-dump", "redis/redis")] == ["6379/TCP"]
    assert matrix[("nightly-dump/nightly-dump", "Kubernetes API")]
    assert not [pair for pair in matrix if pair[1] == "nightly-dump/nightly-dump"], "a CronJob is reached by nobody"
    # Only the metrics store reaches the exporter, on its metrics port.
    reaching = {pair[0] for pair in matrix if pair[1] == "example-exporter/example-exporter"}
    assert reaching <= {"victoria-metrics/victoria-metrics"}, reaching


def test_a_new_cronjobs_api_access_shows_up_in_the_rbac_table(synthesized):
    table = (synthesized / "RBAC.md").read_text()
    assert (
        "| nightly-dump/nightly-dump | get | core/configmaps (dump-plan) | namespace nightly-dump | read what to dump |"
        in table
    )


def test_the_secret_generator_reads_and_updates_only_its_own_secrets(objects):
    role = next(
        m
        for m in objects
        if m["kind"] == "Role"
        and (m["metadata"]["namespace"], m["metadata"]["name"]) == ("postgres", "secret-generator")
    )
    by_verbs = {tuple(rule["verbs"]): rule.get("resourceNames") for rule in role["rules"]}
    assert by_verbs == {
        ("create",): None,
        ("get", "update"): ["account-authelia", "account-gitea", "account-immich", "postgres-superuser"],
    }


@pytest.mark.parametrize(
    "declaration, change, message",
    [
        (DUMP, dict(run=Run()), r"nightly-dump: run.schedule: None is not five cron fields"),
        (DUMP, dict(run=Run(schedule="every night")), r"run.schedule: 'every night' is not five cron fields"),
        (DUMP, dict(ports=[Port("web", 80)]), r"ports: a CronJob runs to completion and serves nothing"),
        (DUMP, dict(readiness=Probe.tcp("web")), r"readiness: a CronJob runs to completion"),
        (DUMP, dict(run=Run(schedule="0 3 * * *", concurrency_policy="Allow")), r"run.concurrency_policy: Forbid"),
        (DUMP, dict(run=Run(schedule="0 3 * * *", successful_jobs_history=5)), r"run.successful_jobs_history: 0 to 3"),
        (DUMP, dict(run=Run(schedule="0 3 * * *", ttl_seconds_after_finished=60)), r"run.ttl_seconds_after_finished"),
        (DUMP, dict(kind=Kind.JOB), r"run.schedule: only a CronJob has a schedule"),
        (EXPORTER, dict(node_access=NodeAccess(pid_reason=" ")), r"example-exporter: node_access.pid_reason: say why"),
        (
            EXPORTER,
            dict(node_access=NodeAccess(paths=[HostPath("/proc", "/host/proc", "")])),
            r"node_access.paths /proc: say why",
        ),
        (EXPORTER, dict(liveness=None), r"liveness: what serves has a readiness and a liveness probe"),
        (EXPORTER, dict(kind=Kind.DEPLOYMENT), r"node_access: only a DaemonSet reads the node"),
        (EXPORTER, dict(kind=Kind.DEPLOYMENT, node_access=NodeAccess(), ports=[]), r"ports: a Deployment serves"),
        (EXPORTER, dict(run=Run(backoff_limit=1)), r"run: only a CronJob or Job runs to completion"),
    ],
)
def test_what_a_kind_requires_is_checked_with_one_line(declaration, change, message):
    with pytest.raises(ConfigError, match=message):
        dataclasses.replace(declaration, **change).validate()


def test_the_new_kinds_pass_the_native_policies_and_need_their_exemptions(synthesized, tmp_path):
    # The DaemonSet's deviations belong to its pod (hostPID, a host path): natively the
    # whole pod of that workload is excused from those three rules, and from no other.
    workloads = [
        synthesized / "example-exporter" / "DaemonSet.example-exporter.k8s.yaml",
        synthesized / "nightly-dump" / "CronJob.nightly-dump.k8s.yaml",
    ]
    values = native_suite.write_values(["example-exporter", "nightly-dump"], tmp_path / "values.yaml")
    native = native_suite.all_files(synthesized)
    report = policy_suite.apply(native, workloads, values=values)
    policies = [path for path in native if path.name.startswith("ValidatingAdmissionPolicy.")]
    assert report.rules == len(policies) and report.resources == len(workloads), report.output
    assert report.counts["fail"] == 0 and report.counts["error"] == 0, report.output
    unexcused = tmp_path / "unexcused"
    unexcused.mkdir()
    for index, manifest in enumerate(admission.manifests(admission.Exemptions())):
        (unexcused / f"{index}.yaml").write_text(yaml.safe_dump(manifest))
    bare = policy_suite.apply(sorted(unexcused.glob("*.yaml")), workloads[:1], values=values)
    assert bare.counts["fail"] == 3, bare.output
