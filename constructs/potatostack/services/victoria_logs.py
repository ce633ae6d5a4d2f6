"""VictoriaLogs: the log store, 14 days (Compose's loki).

Chosen over Loki by footprint: Loki is AGPL and is not built here, so its published
figures stand in the comparison (README "Measured"); VictoriaLogs (Apache-2.0) is
built from its Go module and measured at the board's log load by
scripts/bench_logs.py. Fluent Bit sends it every pod's lines (services/fluent_bit.py);
Grafana reads it with LogsQL through its VictoriaLogs datasource. Dozzle stays the
live view.
"""

from potatostack import images
from potatostack.dashboards import (
    ERROR_LINES,
    WARNING_LINES,
    Dashboard,
    board,
    error_lines_by_namespace,
    log_graph,
    log_lines,
    query,
    single,
)
from potatostack.priority import Priority
from potatostack.service import Disk, Metrics, Port, Resources, RunAs, ServiceSpec, Volume, probes
from potatostack.settings import Settings

# The plan's 14 days. Lines older than that are dropped a day at a time; the disk cap
# below is a second bound should a service start logging far more than it does today.
RETENTION = "14d"
DISK_CAP = "4GiB"


def _dashboard(settings: Settings) -> Dashboard:
    """Every pod's lines: how many, which fail, the newest of them, and the store."""
    return board(
        "logs",
        "Logs",
        single("Lines stored in the last hour", "short", query("sum(increase(vl_rows_ingested_total[1h]))")),
        single(
            "Lines dropped in the last day", "short", query("sum(increase(vl_rows_dropped_total[1d])) or vector(0)")
        ),
        single("Size on disk", "bytes", query("sum(vl_compressed_data_size_bytes)")),
        single("Free on its disk", "bytes", query("min(vl_free_disk_space_bytes)")),
        log_graph(
            "Lines an hour, by namespace",
            "* | stats by (kubernetes.namespace_name) count() lines",
            "{{kubernetes.namespace_name}}",
        ),
        error_lines_by_namespace(),
        log_lines("Newest error lines, every pod", ERROR_LINES),
        log_lines("Newest warnings, every pod", WARNING_LINES, max_lines=100),
    )


service = ServiceSpec(
    name="victoria-logs",
    description="Log store (LogsQL), 14 days of every pod's lines",
    component="logs",
    image=images.VICTORIA_LOGS,
    # Its own series: 743 counted on its /metrics by scripts/bench_logs.py (with the Go
    # runtime's; its GC histograms are dropped as the metrics store's are).
    ports=[
        Port(
            "http",
            9428,
            metrics=Metrics(series=750, drop="go_gc_.*", families=("vl_.*", "vm_.*", "go_.*", "process_.*")),
        )
    ],
    run_as=RunAs(user=65534, group=65534),
    # Measured by scripts/bench_logs.py at the board's load (README "Measured"): 50 MiB
    # resident started over a full 14 days on disk, taking 10 lines/s and a dashboard's
    # queries. Catching up at full speed peaked at 110 MiB for half a day of lines (the
    # shipper resending what the store missed while it was down), which the limit
    # covers; the benchmark's bulk load of all 14 days at once peaked at 260 MiB, which
    # the board never sends. Its caches are bounded by -memory.allowedPercent (60% of
    # the limit, the default).
    resources=Resources(cpu="20m", memory="64Mi", memory_limit="192Mi"),
    args=[
        "-storageDataPath=/storage",
        f"-retentionPeriod={RETENTION}",
        f"-retention.maxDiskSpaceUsageBytes={DISK_CAP}",
        "-httpListenAddr=:${port:http}",
    ],
    volumes=[
        Volume(
            "storage",
            Disk.MAIN,
            "victoria-logs",
            "/storage",
            size="5Gi",
            not_backed_up="two weeks of pod logs; losing them loses history, not the stack's data",
        )
    ],
    **probes("http", "/health", start_seconds=60),
    dashboards=[_dashboard],
    priority=Priority.STANDARD,
)
