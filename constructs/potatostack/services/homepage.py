"""Homepage: the start page that lists every web UI of the stack.

Compose: ghcr.io/gethomepage/homepage, port 3003, config folder and the Docker
socket (for discovery), 96m reserved / 192m limit. On k3s it discovers the UIs from
their Ingress annotations (gethomepage.dev/*, written by the web UI convention) with a
read-only ClusterRole instead of the Docker socket. No login of its own: Authelia.
"""

from potatostack import images
from potatostack.service import (
    ApiAccess,
    ConfigFile,
    Login,
    Port,
    Probe,
    Resources,
    RunAs,
    Scratch,
    ServiceSpec,
    WebUI,
)

# Every file Homepage would otherwise copy a skeleton of into its (read-only) config folder.
_CONFIG = {
    "settings.yaml": "title: PotatoStack\ntheme: dark\nheaderStyle: clean\n",
    "kubernetes.yaml": "# Discover the stack from the Ingress annotations, in-cluster.\nmode: cluster\ningress: true\ntraefik: false\ngateway: false\n",
    "services.yaml": "# Empty: every service comes from its Ingress.\n[]\n",
    "bookmarks.yaml": "[]\n",
    # No resource widget: it needs metrics-server, which the 2 GB node does without (k3s.py).
    "widgets.yaml": "[]\n",
    "docker.yaml": "# No Docker on k3s.\n{}\n",
    "proxmox.yaml": "{}\n",
    "custom.css": "",
    "custom.js": "",
}

service = ServiceSpec(
    name="homepage",
    description="Start page of the stack",
    component="dashboard",
    image=images.HOMEPAGE,
    ports=[Port("http", 3000)],
    # The image's files belong to 1000:1000; the project's own manifest runs it so.
    run_as=RunAs(user=1000, group=1000),
    # No upstream figure; 100-150 MiB reported, and widgets have OOM-killed smaller limits.
    resources=Resources(cpu="50m", memory="128Mi", memory_limit="256Mi"),
    env={
        # Homepage answers only for the host names it is told.
        "HOMEPAGE_ALLOWED_HOSTS": "${host}",
        "LOG_TARGETS": "stdout",
    },
    config_files=[ConfigFile(f"/app/config/{name}", content) for name, content in _CONFIG.items()],
    scratch=[Scratch("/tmp", size_limit="32Mi")],
    # TCP, not /api/healthcheck: the kubelet's Host header (the pod IP) is not an
    # allowed host, and cdk8s-plus-27 cannot set probe headers.
    readiness=Probe.tcp("http", period_seconds=10, timeout_seconds=3),
    liveness=Probe.tcp("http", period_seconds=30, timeout_seconds=5, failure_threshold=3),
    startup=Probe.tcp("http", period_seconds=5, timeout_seconds=3, failure_threshold=24),
    web=[WebUI(port="http", login=Login.AUTHELIA, group="Stack", icon="homepage.png", subdomain="home")],
    optional="a page of links: every UI answers at its own address without it",
    api_access=[
        ApiAccess(
            api_groups=[""],
            resources=["namespaces", "pods", "nodes"],
            verbs=["get", "list"],
            reason="list the stack's pods and nodes for the status of each service",
            cluster_wide=True,
        ),
        ApiAccess(
            api_groups=["networking.k8s.io"],
            resources=["ingresses"],
            verbs=["get", "list"],
            reason="discover the web UIs from their gethomepage.dev annotations",
            cluster_wide=True,
        ),
    ],
)
