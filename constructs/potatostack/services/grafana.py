"""Grafana: the dashboards over the metrics and log stores (Compose's grafana).

Everything it shows is provisioned from files in its ConfigMap, written at synth:
two datasources (VictoriaMetrics with PromQL, VictoriaLogs with LogsQL through
VictoriaMetrics' datasource plugin) and one JSON file per dashboard, built in Python
with grafana-foundation-sdk and declared with what each draws (dashboards.py): no
sidecar watching ConfigMaps, no API calls. Dashboards are read-only in the UI; a
change is a commit.

The admin password is a generated Secret (`grafana-admin`, key `password`), read
from a file (`GF_SECURITY_ADMIN_PASSWORD__FILE`). Login is Grafana's own, behind
the ingress like the other UIs with accounts.
"""

from potatostack import dashboards, images
from potatostack.dashboards import Dashboard, board, error_lines_by_namespace, graph, listing, query, single
from potatostack.priority import Priority
from potatostack.service import (
    ConfigFile,
    Disk,
    GeneratedSecret,
    Login,
    Port,
    Resources,
    RunAs,
    Scratch,
    SecretMount,
    ServiceSpec,
    Uses,
    Volume,
    WebUI,
    probes,
)
from potatostack.settings import Settings

# The VictoriaLogs datasource is a plugin: Grafana installs this release at its first
# start (kept on its data volume), the only thing it fetches from the internet.
LOGS_PLUGIN_VERSION = "0.32.0"
_SECRETS = "/etc/grafana/secrets"

_DATASOURCES = f"""\
apiVersion: 1
datasources:
  - name: VictoriaMetrics
    uid: {dashboards.METRICS_UID}
    type: prometheus
    access: proxy
    url: http://${{endpoint:victoria-metrics/http}}
    isDefault: true
    editable: false
    jsonData:
      prometheusType: Prometheus
      timeInterval: 60s
  - name: VictoriaLogs
    uid: {dashboards.LOGS_UID}
    type: {dashboards.LOGS_PLUGIN}
    access: proxy
    url: http://${{endpoint:victoria-logs/http}}
    editable: false
"""

_PROVIDER = f"""\
apiVersion: 1
providers:
  - name: potatostack
    type: file
    disableDeletion: true
    allowUiUpdates: false
    updateIntervalSeconds: 60
    options:
      path: {dashboards.FOLDER}
"""


def _overview(settings: Settings) -> Dashboard:
    """The stack at a glance: every service up or down, the backups' age, the VPN, the
    error lines."""
    ready = "min by (namespace) (kube_pod_container_status_ready)"
    return board(
        "potatostack",
        "PotatoStack overview",
        single("Services not ready", "short", query(f"count({ready} == 0) or vector(0)")),
        single("Scrape targets down", "short", query("count(up == 0) or vector(0)")),
        single(
            "VPN tunnel (Gluetun ready)",
            "bool_on_off",
            query('max(kube_pod_container_status_ready{namespace="p2p",container="gluetun"})'),
        ),
        single(
            "Oldest backup",
            "s",
            query("max(time() - potatostack_backup_last_success_timestamp_seconds)"),
        ),
        listing("Every service: ready (1) or not (0)", "short", query(ready, "{{namespace}}")),
        listing("Every scrape target: up (1) or down (0)", "short", query("up", "{{job}}")),
        listing(
            "Every web UI and LAN port: answered its probe (1) or not (0)",
            "short",
            query("probe_success", "{{service}} {{port}}"),
        ),
        graph(
            "Age of each backup's last success",
            "s",
            query("time() - potatostack_backup_last_success_timestamp_seconds", "{{backup}}"),
        ),
        graph(
            "Node memory available",
            "bytes",
            query("node_memory_MemAvailable_bytes", "available"),
        ),
        error_lines_by_namespace("Error lines an hour, by namespace (the Logs dashboard has the lines)", span=24),
    )


service = ServiceSpec(
    name="grafana",
    description="Dashboards over the metrics and the logs",
    component="dashboards",
    image=images.GRAFANA,
    ports=[Port("http", 3000)],
    # The image's grafana user.
    run_as=RunAs(user=472, group=472),
    # Not measurable here (Grafana is AGPL: not built, image only). Published figure:
    # kube-prometheus' Grafana Deployment requests 100Mi with a 200Mi limit; the logs
    # plugin's backend is a second (Go) process beside it, so 128Mi and 256Mi.
    resources=Resources(cpu="50m", memory="128Mi", memory_limit="256Mi"),
    env={
        "GF_SERVER_ROOT_URL": "${url}",
        # The default also writes a log file, which the read-only root refuses; Fluent
        # Bit ships the console's lines.
        "GF_LOG_MODE": "console",
        "GF_PATHS_PROVISIONING": "/etc/grafana/provisioning",
        "GF_SECURITY_ADMIN_USER": "admin",
        "GF_SECURITY_ADMIN_PASSWORD__FILE": f"{_SECRETS}/password",
        "GF_PLUGINS_PREINSTALL_SYNC": f"{dashboards.LOGS_PLUGIN}@{LOGS_PLUGIN_VERSION}",
        # Nothing phones home; the owner's update notices come from Diun.
        "GF_ANALYTICS_REPORTING_ENABLED": "false",
        "GF_ANALYTICS_CHECK_FOR_UPDATES": "false",
        "GF_ANALYTICS_CHECK_FOR_PLUGIN_UPDATES": "false",
        "GF_NEWS_NEWS_FEED_ENABLED": "false",
        "GF_USERS_ALLOW_SIGN_UP": "false",
    },
    config_files=[
        ConfigFile("/etc/grafana/provisioning/datasources/datasources.yaml", _DATASOURCES),
        ConfigFile("/etc/grafana/provisioning/dashboards/providers.yaml", _PROVIDER, filled=False),
        # Replaced by one file per dashboard of the enabled services (dashboards.py).
        ConfigFile(f"{dashboards.FOLDER}/dashboards", dashboards.GENERATED_DASHBOARDS, filled=False),
    ],
    generated_secrets=[GeneratedSecret("grafana-admin", ["password"])],
    secret_mounts=[SecretMount("grafana-admin", _SECRETS)],
    volumes=[
        Volume(
            "data",
            Disk.MAIN,
            "grafana",
            "/var/lib/grafana",
            size="1Gi",
            not_backed_up="its SQLite holds sessions and the plugin; everything shown is provisioned from git",
        )
    ],
    scratch=[Scratch("/tmp", size_limit="64Mi")],
    uses=[Uses("victoria-metrics", "http"), Uses("victoria-logs", "http")],
    web=[WebUI(port="http", login=Login.OWN, group="Stack", icon="grafana.png")],
    internet="install the pinned VictoriaLogs datasource plugin at its first start (HTTPS)",
    internet_ports=[(443, "TCP")],
    **probes("http", "/api/health", start_seconds=120),
    dashboards=[_overview],
    optional=(
        "the dashboards: with the metrics and log stores in essentials, the 2 GB node has no 128Mi left for "
        "them (dist/BUDGET.md); the alerts do not need it"
    ),
    priority=Priority.STANDARD,
)
