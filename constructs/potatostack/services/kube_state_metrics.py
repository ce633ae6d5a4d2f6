"""kube-state-metrics: the API's view of the workloads as series (restarts and why a
container last ended, waiting reasons, readiness, evictions, failed Jobs, node
conditions), which the kubelet's metrics do not carry.

Only four resources are watched and only the series the alerts and dashboards read
are exported (--metric-allowlist): on this cluster that is a few hundred series
instead of several thousand.
"""

from potatostack import images
from potatostack.alerts import AlertRule, Case, Series, Severity
from potatostack.dashboards import Dashboard, board, graph, listing, query
from potatostack.priority import Priority
from potatostack.service import ApiAccess, Metrics, Port, Probe, Resources, RunAs, ServiceSpec
from potatostack.settings import Settings

# What the rules and dashboards read; nothing else is exported.
_METRICS = (
    "kube_pod_container_status_restarts_total",
    "kube_pod_container_status_waiting_reason",
    "kube_pod_container_status_last_terminated_reason",
    "kube_pod_container_status_ready",
    "kube_pod_status_reason",
    "kube_node_status_condition",
    "kube_job_status_failed",
    "kube_cronjob_status_last_successful_time",
    # The pods dashboard: each container's request and limit (the budget's figures).
    "kube_pod_container_resource_requests",
    "kube_pod_container_resource_limits",
)
_RESOURCES = ("pods", "nodes", "jobs", "cronjobs")
_POD = 'namespace="gitea",pod="gitea-0",container="gitea"'


def _crash_looping() -> AlertRule:
    waiting = f'kube_pod_container_status_waiting_reason{{{_POD},reason="CrashLoopBackOff"}}'
    return AlertRule(
        name="PodCrashLooping",
        expr='kube_pod_container_status_waiting_reason{reason="CrashLoopBackOff"} == 1',
        for_="15m",
        severity=Severity.PAGE,
        summary="{{ $labels.namespace }}/{{ $labels.pod }}: {{ $labels.container }} keeps crashing",
        fires=Case(
            [Series(waiting, "1x30")],
            at="20m",
            labels={"namespace": "gitea", "pod": "gitea-0", "container": "gitea", "reason": "CrashLoopBackOff"},
        ),
        # Once, briefly: a restart the kubelet got over.
        quiet=Case([Series(waiting, "1x5 0x25")], at="20m"),
    )


def _evicted() -> AlertRule:
    reason = 'kube_pod_status_reason{namespace="immich",pod="immich-0",reason="Evicted"}'
    return AlertRule(
        name="PodEvicted",
        expr='kube_pod_status_reason{reason="Evicted"} == 1',
        for_="0s",
        severity=Severity.WARNING,
        summary="{{ $labels.namespace }}/{{ $labels.pod }} was evicted: the node ran short of memory or disk",
        fires=Case(
            [Series(reason, "1x10")],
            at="5m",
            labels={"namespace": "immich", "pod": "immich-0", "reason": "Evicted"},
        ),
        quiet=Case([Series(reason, "0x10")], at="5m"),
    )


def _node_pressure() -> AlertRule:
    condition = 'kube_node_status_condition{node="lepotato",condition="MemoryPressure",status="true"}'
    return AlertRule(
        name="NodePressure",
        expr='kube_node_status_condition{condition=~"MemoryPressure|DiskPressure|PIDPressure",status="true"} == 1',
        for_="5m",
        severity=Severity.PAGE,
        summary="{{ $labels.node }} reports {{ $labels.condition }}: the kubelet is evicting pods",
        fires=Case(
            [Series(condition, "1x10")],
            at="8m",
            labels={"node": "lepotato", "condition": "MemoryPressure", "status": "true"},
        ),
        quiet=Case([Series(condition, "0x10")], at="8m"),
    )


def _dashboard(settings: Settings) -> Dashboard:
    """Pods and containers: memory in use against the request (the figure dist/BUDGET.md
    counts for it) and the limit; restarts and why."""
    working = 'sum by (namespace, container) (container_memory_working_set_bytes{container!="",container!="POD"})'
    request = 'sum by (namespace, container) (kube_pod_container_resource_requests{resource="memory"})'
    limit = 'sum by (namespace, container) (kube_pod_container_resource_limits{resource="memory"})'
    return board(
        "pods",
        "Pods and containers",
        listing(
            "Memory per container: in use, requested (the budget's figure), limit",
            "bytes",
            query(working, "in use"),
            query(request, "requested (budget)"),
            query(limit, "limit"),
        ),
        graph("Memory in use per container", "bytes", query(working, "{{namespace}}/{{container}}")),
        graph("In use over requested", "percentunit", query(f"{working} / {request}", "{{namespace}}/{{container}}")),
        graph(
            "Memory requested in total against in use",
            "bytes",
            query(f"sum({request})", "requested (budget)"),
            query(f"sum({working})", "in use"),
        ),
        graph(
            "CPU per container",
            "cores",
            query(
                'sum by (namespace, container) (rate(container_cpu_usage_seconds_total{container!=""}[5m]))',
                "{{namespace}}/{{container}}",
            ),
        ),
        graph(
            "Restarts (last hour)",
            "short",
            query("increase(kube_pod_container_status_restarts_total[1h]) > 0", "{{namespace}}/{{container}}"),
        ),
        listing(
            "Containers waiting or last ended, and why",
            "short",
            query("kube_pod_container_status_waiting_reason == 1", "{{reason}}"),
            query("kube_pod_container_status_last_terminated_reason == 1", "{{reason}}"),
        ),
        graph(
            "OOM kills", "short", query("increase(container_oom_events_total[1h]) > 0", "{{namespace}}/{{container}}")
        ),
    )


service = ServiceSpec(
    name="kube-state-metrics",
    description="Workload state as metrics",
    component="metrics",
    image=images.KUBE_STATE_METRICS,
    # About 10 allowlisted series per container (~40) and node, ~5 per Job: ~500.
    # Two resource series per container for the requests and limits: ~580. Its
    # families are exactly the allowlist.
    ports=[
        Port("metrics", 8080, metrics=Metrics(series=580, families=_METRICS)),
        Port("telemetry", 8081),
    ],
    run_as=RunAs(user=65534, group=65534),
    # No upstream figure for a cluster this small (its README sizes 250MiB for 100
    # nodes); four resources of ~250 objects and an allowlist: an estimate to confirm
    # on the board (docs/observability.md).
    resources=Resources(cpu="10m", memory="32Mi", memory_limit="96Mi"),
    args=[
        "--port=${port:metrics}",
        "--telemetry-port=${port:telemetry}",
        f"--resources={','.join(_RESOURCES)}",
        f"--metric-allowlist={','.join(_METRICS)}",
    ],
    readiness=Probe.http("/readyz", "telemetry", period_seconds=10, timeout_seconds=5),
    liveness=Probe.http("/livez", "metrics", period_seconds=30, timeout_seconds=5),
    api_access=[
        ApiAccess(
            api_groups=[""],
            resources=["pods", "nodes"],
            verbs=["list", "watch"],
            reason="the pods' restarts, readiness and evictions, the nodes' pressure conditions",
            cluster_wide=True,
        ),
        ApiAccess(
            api_groups=["batch"],
            resources=["jobs", "cronjobs"],
            verbs=["list", "watch"],
            reason="failed backup Jobs and the CronJobs' last success",
            cluster_wide=True,
        ),
    ],
    alerts=[_crash_looping(), _evicted(), _node_pressure()],
    dashboards=[_dashboard],
    priority=Priority.STANDARD,
)
