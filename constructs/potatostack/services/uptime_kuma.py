"""Uptime Kuma: uptime monitoring of the stack's services and of the outside world.

Compose: louislam/uptime-kuma, port 3002, data on the main HDD, 128m reserved / 256m
limit. Version 2, slim and rootless; SQLite in its data folder (it has no PostgreSQL
support). Does its own login (status pages are public by design).
"""

from potatostack import images
from potatostack.priority import Priority
from potatostack.service import Disk, Login, Port, Probe, Resources, RunAs, Scratch, ServiceSpec, Volume, WebUI

service = ServiceSpec(
    name="uptime-kuma",
    description="Uptime monitoring",
    component="monitoring",
    image=images.UPTIME_KUMA,
    ports=[Port("http", 3001)],
    # The rootless image's node user.
    run_as=RunAs(user=1000, group=1000),
    # 130-200 MiB with a few dozen monitors; it has been seen to creep, so the limit
    # restarts it before it starves the node.
    optional=(
        "uptime checks; the monitoring stack's target-down alerts cover every scraped service, "
        "the blackbox exporter's probes (also optional) the rest"
    ),
    resources=Resources(cpu="50m", memory="128Mi", memory_limit="320Mi"),
    env={"UPTIME_KUMA_DB_TYPE": "sqlite", "DATA_DIR": "/app/data/"},
    volumes=[Volume("data", Disk.MAIN, "uptime-kuma", "/app/data", size="5Gi", sqlite=["kuma.db"])],
    scratch=[Scratch("/tmp", size_limit="64Mi")],
    readiness=Probe.tcp("http", period_seconds=15, timeout_seconds=5),
    liveness=Probe.tcp("http", period_seconds=60, timeout_seconds=10, failure_threshold=5),
    # Database migrations on first v2 start take minutes on a slow disk: up to 10.
    startup=Probe.tcp("http", period_seconds=10, timeout_seconds=5, failure_threshold=60),
    web=[WebUI(port="http", login=Login.OWN, group="Monitoring", icon="uptime-kuma.png", subdomain="status")],
    internet="monitors public sites and the internet connection itself",
    priority=Priority.BEST_EFFORT,
)
