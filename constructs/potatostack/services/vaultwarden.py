"""Vaultwarden: the password manager (Bitwarden clients, browser extensions).

Compose: vaultwarden/server, ports 8084 (web) and 3012 (websocket; merged into the
web port since 1.31), data on the main HDD, 64m reserved / 128m limit. SQLite in its
data folder, as under Compose. It does its own login (master password and 2FA), and
Bitwarden clients could not pass an SSO redirect: no Authelia in front.
"""

from potatostack import images
from potatostack.priority import Priority
from potatostack.service import Disk, Login, Port, Probe, Resources, RunAs, ServiceSpec, Volume, WebUI

service = ServiceSpec(
    name="vaultwarden",
    description="Password manager for Bitwarden clients",
    component="web",
    image=images.VAULTWARDEN,
    # Port 8080, not the image's 80: the container has no capability to bind below 1024.
    ports=[Port("http", 8080)],
    # Any uid works; the data folder must belong to it (chown it once at cutover: the
    # Compose container ran as root).
    run_as=RunAs(user=1000, group=1000),
    # 10-60 MiB in use for a household's vaults.
    resources=Resources(cpu="20m", memory="32Mi", memory_limit="128Mi"),
    env={
        "ROCKET_PORT": "${port:http}",
        "DOMAIN": "${url}",
        "SIGNUPS_ALLOWED": "false",
        # No ADMIN_TOKEN: the /admin page stays disabled.
        # Site icons would be fetched from the internet, which this pod cannot reach.
        "DISABLE_ICON_DOWNLOAD": "true",
    },
    volumes=[Volume("data", Disk.MAIN, "vaultwarden/data", "/data", size="5Gi", sqlite=["db.sqlite3"])],
    readiness=Probe.http("/alive", "http", period_seconds=10, timeout_seconds=3),
    liveness=Probe.http("/alive", "http", period_seconds=30, timeout_seconds=5, failure_threshold=3),
    startup=Probe.http("/alive", "http", period_seconds=5, timeout_seconds=3, failure_threshold=24),
    web=[WebUI(port="http", login=Login.OWN, group="Security", icon="vaultwarden.png", subdomain="vault")],
    # The household's passwords: kept when memory runs short.
    priority=Priority.CRITICAL,
)
