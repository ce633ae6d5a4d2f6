"""VictoriaLogs: the log store, 14 days (Compose's loki).

Chosen over Loki by footprint: Loki is AGPL and is not built here, so its published
figures stand in the comparison (README "Measured"); VictoriaLogs (Apache-2.0) is
built from its Go module and measured at the board's log load by
scripts/bench_logs.py. Fluent Bit sends it every pod's lines (services/fluent_bit.py);
Grafana reads it with LogsQL through its VictoriaLogs datasource. Dozzle stays the
live view.
"""

from potatostack import images
from potatostack.priority import Priority
from potatostack.service import Disk, Metrics, Port, Resources, RunAs, ServiceSpec, Volume, probes

# The plan's 14 days. Lines older than that are dropped a day at a time; the disk cap
# below is a second bound should a service start logging far more than it does today.
RETENTION = "14d"
DISK_CAP = "4GiB"

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
    priority=Priority.STANDARD,
)
