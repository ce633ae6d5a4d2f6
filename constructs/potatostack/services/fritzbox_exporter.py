"""fritzbox-exporter: the home router's counters (Compose's fritzbox-exporter): WAN and
DSL rates and errors, the connection's uptime, Wi-Fi associations, LAN ports, firmware
updates.

It logs in to the FRITZ!Box at settings.yaml `lan.router` as `lan.router_username` over
TR-064 (port 49000) and its web interface (port 80, the home-automation readings): its
only egress besides DNS, and the only LAN address any pod may reach. The password is
the owner's Secret `fritzbox-exporter` (key `password`), read from a file.
"""

from typing import Tuple

from potatostack import images
from potatostack.dashboards import Dashboard, Query, board, graph, query, single
from potatostack.priority import Priority
from potatostack.service import Metrics, Port, Resources, RunAs, SecretMount, ServiceSpec, probes
from potatostack.settings import Settings

_SECRET = "fritzbox-exporter"
_SECRET_DIR = f"/secrets/{_SECRET}"


def _dashboard(settings: Settings) -> Dashboard:
    """The router: the line, the traffic through it, its firmware. The names are the
    exporter's families (fritzcapabilities.py) as prometheus_client writes them, with
    the unit appended and `_total` on counters; `direction` is rx (down) or tx (up).
    tests/test_router_exporter.py runs the exporter's own code for each of them."""

    def down_and_up(expr: str) -> Tuple[Query, Query]:
        """`expr` with `DIRECTION` as rx (down) and as tx (up)."""
        return (
            query(expr.replace("DIRECTION", '"rx"'), "down"),
            query(expr.replace("DIRECTION", '"tx"'), "up"),
        )

    return board(
        "router",
        "Router (FRITZ!Box)",
        single("WAN link up", "bool_on_off", query("max(fritz_wan_phys_link_status)")),
        single("Router up for", "s", query("max(fritz_uptime_seconds_total)")),
        single("Firmware update available", "bool_yes_no", query("max(fritz_update_available)")),
        single("Known devices", "short", query("max(fritz_known_devices_count)")),
        graph("WAN throughput", "bps", *down_and_up("8 * max(fritz_wan_datarate_bytes{direction=DIRECTION})")),
        graph("WAN line capacity", "bps", *down_and_up("max(fritz_wan_max_bitrate_bps{direction=DIRECTION})")),
        # The exporter reads TR-064's 32-bit byte counters: each wrap at 4 GiB loses up
        # to a scrape's worth of traffic from the hour's increase.
        graph(
            "WAN traffic an hour",
            "bytes",
            *down_and_up("sum(increase(fritz_wan_data_bytes_total{direction=DIRECTION}[1h]))"),
            span=24,
        ),
    )


service = ServiceSpec(
    name="fritzbox-exporter",
    description="Router counters (FRITZ!Box)",
    component="metrics",
    image=images.FRITZBOX_EXPORTER,
    ports=[
        Port(
            "http",
            9787,
            # The fritz_* families of fritz-exporter 2.6.2 (host_info off; the router
            # dashboard's names are checked against its output), a few per WAN, DSL,
            # LAN and Wi-Fi interface, and the Python client's process_* and python_*.
            metrics=Metrics(series=120, families=("fritz_.*", "process_.*", "python_.*")),
        )
    ],
    run_as=RunAs(user=65534, group=65534),
    # No upstream figure: a Python exporter holding one router's readings; Compose
    # reserved 64m with a 128m limit (SERVICES.md), kept as the limit.
    resources=Resources(cpu="10m", memory="40Mi", memory_limit="128Mi"),
    env={
        "FRITZ_HOSTNAME": "${router}",
        "FRITZ_USERNAME": "${router_username}",
        "FRITZ_PASSWORD_FILE": f"{_SECRET_DIR}/password",
        "FRITZ_NAME": "FRITZ!Box",
        "FRITZ_LISTEN_ADDRESS": "0.0.0.0",
        "FRITZ_PORT": "${port:http}",
    },
    secret_mounts=[SecretMount(_SECRET, _SECRET_DIR)],
    # prometheus_client's server answers any path with the metrics; the readings are
    # cached by the exporter, so a probe does not reach the router.
    **probes("http", "/metrics", start_seconds=60),
    router="read the FRITZ!Box's counters over TR-064 and its web interface",
    router_ports=[(49000, "TCP"), (80, "TCP")],
    dashboards=[_dashboard],
    priority=Priority.BEST_EFFORT,
    optional="the router's counters: useful, not essential (dist/BUDGET.md)",
)
