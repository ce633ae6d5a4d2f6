"""Alertmanager: groups the firing alerts and sends them on (Compose's alertmanager).

Alerts of severity `page` go to the push service (an ntfy topic) and e-mail, the rest
to e-mail; where to is settings.yaml `alerting`. The SMTP password and the push
token are files from the Secret `alertmanager-notify` the owner creates (keys
`smtp-password`, `push-token`), read through Alertmanager's `*_file` settings: never
in git, never in the environment. `amtool check-config` validates the generated file
in the gate.
"""

import dataclasses

from potatostack import images, observability
from potatostack.priority import Priority
from potatostack.service import (
    ConfigFile,
    Disk,
    Metrics,
    Port,
    Resources,
    RunAs,
    SecretMount,
    ServiceSpec,
    Volume,
    probes,
)
from potatostack.settings import Settings

_CONFIG = "/etc/alertmanager/alertmanager.yml"


def _routes(spec: ServiceSpec, settings: Settings) -> ServiceSpec:
    """The receivers' addresses from settings.yaml, and the two ports they listen on."""
    files = [ConfigFile(_CONFIG, observability.alertmanager_config(settings), filled=False)]
    smtp_port = int(settings.alerting.smtp_smarthost.rsplit(":", 1)[1])
    return dataclasses.replace(spec, config_files=files, internet_ports=sorted({(smtp_port, "TCP"), (443, "TCP")}))


service = ServiceSpec(
    name="alertmanager",
    description="Alert routing to e-mail and push",
    component="alerting",
    image=images.ALERTMANAGER,
    # Its API and its own metrics share the one port; 605 series counted on its
    # /metrics by scripts/bench_observability.py.
    ports=[Port("http", 9093, metrics=Metrics(series=610, families=("alertmanager_.*", "go_.*", "process_.*")))],
    # The image's nobody user.
    run_as=RunAs(user=65534, group=65534),
    # 37 MiB resident, measured by scripts/bench_observability.py with the generated
    # configuration (README "Measured"); the limit leaves room for a burst of alerts.
    resources=Resources(cpu="10m", memory="40Mi", memory_limit="96Mi"),
    args=[
        f"--config.file={_CONFIG}",
        "--storage.path=/alertmanager",
        "--web.listen-address=:${port:http}",
        # One replica: no gossip cluster (it would listen on 9094 for peers).
        "--cluster.listen-address=",
    ],
    config_files=[ConfigFile(_CONFIG, "", filled=False)],
    secret_mounts=[SecretMount(observability.NOTIFY_SECRET, observability.NOTIFY_MOUNT)],
    volumes=[
        Volume(
            "state",
            Disk.MAIN,
            "alertmanager",
            "/alertmanager",
            size="1Gi",
            not_backed_up="silences and the notification log; lost, an alert is sent once more",
        )
    ],
    **probes("http", "/-/ready", start_seconds=60),
    # Mail and the push service are on the internet.
    internet="send the alerts by e-mail (SMTP) and to the push service (HTTPS)",
    configure=_routes,
    priority=Priority.STANDARD,
)
