"""Dozzle: the container log viewer, in Kubernetes mode.

Compose: amir20/dozzle, port 8083, the Docker socket, 32m reserved / 64m limit. On
k3s it reads pod logs through the API with a read-only ClusterRole; no socket. No
login of its own in this setup: Authelia.
"""

from potatostack import images
from potatostack.service import ApiAccess, Login, Port, Probe, Resources, RunAs, Scratch, ServiceSpec, WebUI

service = ServiceSpec(
    name="dozzle",
    description="Live logs of every pod",
    component="logs",
    image=images.DOZZLE,
    ports=[Port("http", 8080)],
    # A static binary on scratch: nothing needs root.
    run_as=RunAs(user=65534, group=65534),
    resources=Resources(cpu="20m", memory="32Mi", memory_limit="96Mi"),
    env={"DOZZLE_MODE": "k8s", "DOZZLE_ENABLE_SHELL": "false"},
    # Its settings and notification rules (a few KB); the stack's settings are in git.
    scratch=[Scratch("/data", size_limit="16Mi")],
    readiness=Probe.http("/healthcheck", "http", period_seconds=10, timeout_seconds=3),
    liveness=Probe.http("/healthcheck", "http", period_seconds=30, timeout_seconds=5, failure_threshold=3),
    web=[WebUI(port="http", login=Login.AUTHELIA, group="Stack", icon="dozzle.png", subdomain="logs")],
    api_access=[
        ApiAccess(
            api_groups=[""],
            resources=["pods", "pods/log", "nodes"],
            verbs=["get", "list", "watch"],
            # It lists nodes at start and pods in "default" for its health check.
            reason="stream every pod's logs; list nodes and pods",
            cluster_wide=True,
        ),
        ApiAccess(
            api_groups=["apps"],
            resources=["deployments", "replicasets", "daemonsets", "statefulsets"],
            verbs=["get"],
            reason="group pods by their workload",
            cluster_wide=True,
        ),
        ApiAccess(
            api_groups=["batch"],
            resources=["jobs", "cronjobs"],
            verbs=["get"],
            reason="group Job pods by their CronJob",
            cluster_wide=True,
        ),
    ],
    optional=(
        "a log viewer (`kubectl logs` does the same): what is left of the 2 GB node next to "
        "the platform goes to the passwords and the file shares first (dist/BUDGET.md)"
    ),
)
