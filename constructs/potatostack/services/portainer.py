"""Portainer: a management UI, in Kubernetes mode, that looks and does not touch.

Compose: portainer/portainer-ce on 9000/9443 with the Docker socket (64m/128m). Its
official chart binds cluster-admin, which nothing here gets. On k3s the cluster is
changed through git (Argo CD reverts anything else), so Portainer gets a read-only
ClusterRole: it shows workloads, logs and events, and cannot change them or read
Secrets. Only Portainer's admins can use it that way (a non-admin's first visit would
create a ServiceAccount and bindings), and its dashboard's Secret count fails.
"""

from potatostack import images
from potatostack.service import (
    ApiAccess,
    Disk,
    GeneratedSecret,
    Login,
    Port,
    Probe,
    Resources,
    RunAs,
    Scratch,
    SecretMount,
    ServiceSpec,
    Volume,
    WebUI,
)

_READ = ["get", "list", "watch"]

service = ServiceSpec(
    name="portainer",
    description="Cluster overview",
    component="management",
    image=images.PORTAINER,
    ports=[Port("http", 9000)],
    # A static binary; only /data must belong to the uid.
    run_as=RunAs(user=1000, group=1000),
    # About 100 MB per Portainer's staff.
    resources=Resources(cpu="20m", memory="96Mi", memory_limit="192Mi"),
    # The first admin's password, generated in the cluster (docs/operations.md, Secrets).
    args=["--admin-password-file=/secrets/portainer/password"],
    # Its Helm and kubectl libraries keep caches under $HOME.
    env={"HOME": "/tmp"},
    generated_secrets=[GeneratedSecret("portainer-admin", ["password"])],
    secret_mounts=[SecretMount("portainer-admin", "/secrets/portainer")],
    volumes=[Volume("data", Disk.MAIN, "portainer", "/data", size="1Gi")],
    scratch=[Scratch("/tmp", size_limit="64Mi")],
    readiness=Probe.http("/", "http", period_seconds=10, timeout_seconds=5),
    liveness=Probe.http("/", "http", period_seconds=30, timeout_seconds=5, failure_threshold=3),
    startup=Probe.http("/", "http", period_seconds=5, timeout_seconds=5, failure_threshold=24),
    web=[WebUI(port="http", login=Login.OWN, group="Stack", icon="portainer.png")],
    api_access=[
        ApiAccess(
            api_groups=[""],
            resources=[
                "namespaces",
                "nodes",
                "pods",
                "pods/log",
                "services",
                "endpoints",
                "events",
                "configmaps",
                "persistentvolumes",
                "persistentvolumeclaims",
                "serviceaccounts",
                "resourcequotas",
                "limitranges",
            ],
            verbs=_READ,
            reason="show the cluster's workloads, logs and storage (never Secrets)",
            cluster_wide=True,
        ),
        ApiAccess(
            api_groups=["apps"],
            resources=["deployments", "statefulsets", "daemonsets", "replicasets"],
            verbs=_READ,
            reason="show the workloads",
            cluster_wide=True,
        ),
        ApiAccess(
            api_groups=["batch"],
            resources=["jobs", "cronjobs"],
            verbs=_READ,
            reason="show the jobs",
            cluster_wide=True,
        ),
        ApiAccess(
            api_groups=["networking.k8s.io"],
            resources=["ingresses", "ingressclasses", "networkpolicies"],
            verbs=_READ,
            reason="show how the services are reached",
            cluster_wide=True,
        ),
        ApiAccess(
            api_groups=["storage.k8s.io"],
            resources=["storageclasses"],
            verbs=_READ,
            reason="show the storage",
            cluster_wide=True,
        ),
    ],
    optional="a second view of the cluster; `argocd admin dashboard` and kubectl show what changes and what runs",
)
