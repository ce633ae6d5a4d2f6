"""Diun: notices when a newer image exists for a running container.

Replaces the image-update half of Compose's 'unified-management' (diun through the
Docker socket; the autoheal half is the kubelet's probes now). It lists the pods
through the API with a read-only ClusterRole and asks the registries for tags.
Notifications go to its log until a notifier is configured.
"""

from potatostack import images
from potatostack.priority import Priority
from potatostack.service import ApiAccess, Disk, Metrics, Port, Probe, Resources, RunAs, ServiceSpec, Volume

service = ServiceSpec(
    name="diun",
    description="Image update notices",
    component="updates",
    image=images.DIUN,
    # Its only port: Prometheus metrics (opt-in below), for the monitoring stack; ~60
    # series (Go runtime, process and its image counts).
    ports=[Port("metrics", 9090, metrics=Metrics(series=60))],
    run_as=RunAs(user=1000, group=1000),
    # No upstream figure; it was seen to grow with many watched repositories, so it is
    # capped and watches tags of the running images only.
    resources=Resources(cpu="20m", memory="32Mi", memory_limit="96Mi"),
    env={
        "DIUN_WATCH_SCHEDULE": "0 */6 * * *",
        "DIUN_WATCH_FIRSTCHECKNOTIF": "false",
        "DIUN_PROVIDERS_KUBERNETES": "true",
        # Every pod of the stack is watched, without an annotation on each.
        "DIUN_PROVIDERS_KUBERNETES_WATCHBYDEFAULT": "true",
        "DIUN_METRICS_ENABLED": "true",
        "DIUN_METRICS_ADDR": ":${port:metrics}",
        "DIUN_DB_PATH": "/data/diun.db",
    },
    # What it has seen already, so a restart does not notify again.
    volumes=[
        Volume(
            "data",
            Disk.MAIN,
            "diun",
            "/data",
            size="1Gi",
            not_backed_up="which image versions it has seen; a fresh one notifies once more",
        )
    ],
    readiness=Probe.run("diun", "healthcheck", period_seconds=30, timeout_seconds=10),
    liveness=Probe.run("diun", "healthcheck", period_seconds=60, timeout_seconds=10, failure_threshold=3),
    api_access=[
        ApiAccess(
            api_groups=[""],
            resources=["pods"],
            verbs=["get", "list", "watch"],
            reason="find the images the stack runs",
            cluster_wide=True,
        ),
    ],
    internet="ask the container registries for newer tags",
    priority=Priority.BEST_EFFORT,
    optional=(
        "update notices: what is left of the 2 GB node next to the platform goes to the "
        "passwords and the file shares first (dist/BUDGET.md)"
    ),
)
