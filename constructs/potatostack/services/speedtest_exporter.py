"""speedtest-exporter: the internet connection's download and upload speed and its
latency (Compose's speedtest-exporter).

Every scrape of /metrics runs one Ookla speed test, which takes up to a minute and
moves hundreds of megabytes: the store scrapes it hourly with a long timeout, and the
exporter keeps a result for most of that hour, so a second scrape does not test again.
Its probes ask for / (a short page), never for /metrics.
"""

from potatostack import images
from potatostack.dashboards import Dashboard, board, graph, query, single
from potatostack.priority import Priority
from potatostack.service import Metrics, Port, Resources, RunAs, Scratch, ServiceSpec, probes
from potatostack.settings import Settings


def _dashboard(settings: Settings) -> Dashboard:
    """The connection's speed, one test an hour. The exporter's names (its source,
    speedtest_exporter's exporter.py): speedtest_{download,upload}_bits_per_second,
    speedtest_{ping,jitter}_latency_milliseconds and speedtest_up. A sample an hour: each
    result is held until the next (last_over_time) so the graphs draw lines, not dots. A
    failed test sets every figure to 0 (and speedtest_up too): the figures are drawn only
    while the last test succeeded, so a failure is a gap, not a dip to 0 bps."""

    def held(metric: str) -> str:
        return f"last_over_time({metric}[2h])"

    def measured(metric: str) -> str:
        return f"{held(metric)} and on () ({held('speedtest_up')} == 1)"

    return board(
        "internet",
        "Internet speed",
        single("Download, last test", "bps", query(measured("speedtest_download_bits_per_second"))),
        single("Upload, last test", "bps", query(measured("speedtest_upload_bits_per_second"))),
        single("Ping, last test", "ms", query(measured("speedtest_ping_latency_milliseconds"))),
        single("Last test succeeded", "bool_yes_no", query(held("speedtest_up"))),
        graph(
            "Download and upload",
            "bps",
            query(measured("speedtest_download_bits_per_second"), "download"),
            query(measured("speedtest_upload_bits_per_second"), "upload"),
        ),
        graph(
            "Ping and jitter",
            "ms",
            query(measured("speedtest_ping_latency_milliseconds"), "ping"),
            query(measured("speedtest_jitter_latency_milliseconds"), "jitter"),
        ),
    )


service = ServiceSpec(
    name="speedtest-exporter",
    description="Internet speed, hourly",
    component="metrics",
    image=images.SPEEDTEST_EXPORTER,
    ports=[
        Port(
            "http",
            9798,
            # Its README's speedtest_* gauges (download, upload, ping, jitter, server, up)
            # and the Python client's process_* and python_* series.
            metrics=Metrics(
                series=40,
                families=("speedtest_.*", "process_.*", "python_.*"),
                interval="1h",
                timeout="2m",
            ),
        )
    ],
    # The image's own unprivileged user runs it as well as any; a number of our choosing.
    run_as=RunAs(user=65534, group=65534),
    # No upstream figure: a Python web app and the CLI while a test runs; Compose
    # reserved 64m with a 128m limit (SERVICES.md), kept as the limit.
    resources=Resources(cpu="10m", memory="48Mi", memory_limit="128Mi"),
    env={
        # The CLI writes its licence acceptance under $HOME; the root filesystem is read-only.
        "HOME": "/tmp",
        "SPEEDTEST_PORT": "${port:http}",
        "SPEEDTEST_TIMEOUT": "90",
        "SPEEDTEST_CACHE_FOR": "3000",
    },
    scratch=[Scratch("/tmp", size_limit="16Mi")],
    **probes("http", "/", start_seconds=30),
    # Ookla's configuration API (HTTPS) and its test servers (8080, 5060).
    internet="run Ookla speed tests against public test servers",
    internet_ports=[(443, "TCP"), (8080, "TCP"), (5060, "TCP")],
    dashboards=[_dashboard],
    priority=Priority.BEST_EFFORT,
    optional="a test an hour of the connection's speed: useful, not essential (dist/BUDGET.md)",
)
