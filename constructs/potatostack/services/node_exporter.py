"""node-exporter: the node's CPU, memory, disks and filesystems (Compose's
unified-exporters, and netdata's graphs through the dashboards over these series).

A DaemonSet reading the host's /proc and /sys and the two HDDs' mount points, all
read-only, without the host's network or process namespace: the interfaces it would
see are the pod's, so the network collectors are off. Its textfile collector reads the
backups' success files (backups.METRICS), the signal of the backup alerts.
"""

import dataclasses

from potatostack import backups, images
from potatostack.alerts import AlertRule, Case, Series, Severity
from potatostack.dashboards import Dashboard, board, graph, query, single
from potatostack.priority import Priority
from potatostack.service import HostPath, Kind, Metrics, NodeAccess, Port, Resources, RunAs, ServiceSpec, probes
from potatostack.settings import Settings

# Where the host's root folders appear; the exporter strips it from mount points.
_ROOT = "/host/root"
# Collectors that would report the pod's own network namespace, not the node's.
_POD_NETWORK = ("netdev", "netstat", "sockstat", "arp", "netclass", "conntrack", "ipvs")


def _memory_low() -> AlertRule:
    available = "node_memory_MemAvailable_bytes"
    total = "node_memory_MemTotal_bytes"
    return AlertRule(
        name="NodeMemoryLow",
        # Under 10% of 2 GB is ~200Mi: the kubelet's soft eviction threshold.
        expr=f"{available} / {total} < 0.10",
        for_="10m",
        severity=Severity.WARNING,
        summary="less than 10% of the node's memory is available; the kubelet evicts best-effort pods next",
        fires=Case([Series(available, "150000000x20"), Series(total, "2000000000x20")], at="15m"),
        quiet=Case([Series(available, "600000000x20"), Series(total, "2000000000x20")], at="15m"),
    )


def _cpu_saturated() -> AlertRule:
    idle = 'node_cpu_seconds_total{cpu="0",mode="idle"}'
    return AlertRule(
        name="NodeCPUSaturated",
        expr='1 - avg without (cpu, mode) (rate(node_cpu_seconds_total{mode="idle"}[5m])) > 0.90',
        for_="30m",
        severity=Severity.WARNING,
        summary="the node's CPUs have been more than 90% busy for half an hour",
        # Idle 3 of every 60 seconds: 95% busy. Then idle 40 of 60: 33% busy.
        fires=Case([Series(idle, "0+3x60")], at="45m"),
        quiet=Case([Series(idle, "0+40x60")], at="45m"),
    )


def _hdd_nearly_full(settings: Settings) -> AlertRule:
    disks = f"{settings.storage.main_hdd}|{settings.storage.cache_hdd}"
    avail = f'node_filesystem_avail_bytes{{mountpoint="{settings.storage.main_hdd}"}}'
    size = f'node_filesystem_size_bytes{{mountpoint="{settings.storage.main_hdd}"}}'
    return AlertRule(
        name="HddNearlyFull",
        expr=(
            f'node_filesystem_avail_bytes{{mountpoint=~"{disks}"}} '
            f'/ node_filesystem_size_bytes{{mountpoint=~"{disks}"}} < 0.10'
        ),
        for_="30m",
        severity=Severity.PAGE,
        summary="{{ $labels.mountpoint }} has less than 10% free; services writing there will fail",
        fires=Case(
            [Series(avail, "1000x60"), Series(size, "14000x60")],
            at="45m",
            labels={"mountpoint": settings.storage.main_hdd},
        ),
        quiet=Case([Series(avail, "5000x60"), Series(size, "14000x60")], at="45m"),
    )


def _dashboard(settings: Settings) -> Dashboard:
    """The node: what netdata's front page showed, from the exporter's series."""
    disks = f"{settings.storage.main_hdd}|{settings.storage.cache_hdd}"
    return board(
        "node",
        "Node",
        single(
            "CPU busy",
            "percentunit",
            query('1 - avg(rate(node_cpu_seconds_total{mode="idle"}[5m]))'),
        ),
        single("Memory available", "bytes", query("node_memory_MemAvailable_bytes")),
        single("Load (1 min)", "short", query("node_load1")),
        single("Up for", "s", query("time() - node_boot_time_seconds")),
        graph(
            "CPU by mode",
            "percentunit",
            query(
                'sum by (mode) (rate(node_cpu_seconds_total{mode!="idle"}[5m])) / scalar(count(node_cpu_seconds_total{mode="idle"}))',
                "{{mode}}",
            ),
        ),
        graph(
            "Memory",
            "bytes",
            query("node_memory_MemTotal_bytes - node_memory_MemAvailable_bytes", "used"),
            query("node_memory_MemAvailable_bytes", "available"),
            query("node_memory_SwapTotal_bytes - node_memory_SwapFree_bytes", "swap used"),
        ),
        graph(
            "Pressure stalls (share of time something waited)",
            "percentunit",
            query("rate(node_pressure_cpu_waiting_seconds_total[5m])", "cpu"),
            query("rate(node_pressure_memory_waiting_seconds_total[5m])", "memory"),
            query("rate(node_pressure_io_waiting_seconds_total[5m])", "io"),
        ),
        graph(
            "Disk I/O",
            "Bps",
            query("rate(node_disk_read_bytes_total[5m])", "{{device}} read"),
            query("rate(node_disk_written_bytes_total[5m])", "{{device}} written"),
        ),
        graph(
            "Free space on the HDDs",
            "percentunit",
            query(
                f'node_filesystem_avail_bytes{{mountpoint=~"{disks}"}} / node_filesystem_size_bytes{{mountpoint=~"{disks}"}}',
                "{{mountpoint}}",
            ),
        ),
        graph(
            "Temperatures",
            "celsius",
            query("node_hwmon_temp_celsius", "{{chip}} {{sensor}}"),
            query("node_thermal_zone_temp", "zone {{zone}}"),
        ),
    )


def _node_paths(spec: ServiceSpec, settings: Settings) -> ServiceSpec:
    """The two disks' mount points and the backups' success files, from settings.yaml."""
    disks = [
        HostPath(settings.storage.main_hdd, f"{_ROOT}{settings.storage.main_hdd}", "free space of the main HDD"),
        HostPath(settings.storage.cache_hdd, f"{_ROOT}{settings.storage.cache_hdd}", "free space of the cache HDD"),
    ]
    access = dataclasses.replace(spec.node_access, paths=[*spec.node_access.paths, *disks])
    textfiles = f"{_ROOT}{settings.storage.main_hdd}/{backups.METRICS}"
    return dataclasses.replace(
        spec,
        node_access=access,
        args=[*spec.args, f"--collector.textfile.directory={textfiles}"],
        alerts=[*spec.alerts, _hdd_nearly_full(settings)],
    )


service = ServiceSpec(
    name="node-exporter",
    description="The node's CPU, memory, disk and filesystem counters",
    component="metrics",
    image=images.NODE_EXPORTER,
    kind=Kind.DAEMON_SET,
    # 310 series counted on its /metrics with these collectors by
    # scripts/bench_observability.py, in a container with 2 CPUs and few devices; the
    # board's 4 cores, two disks, thermal zones and mounts about double that.
    # Families: node_exporter names each series `node_<collector>_...` after the collector
    # that reads it (its README's collector table); the network collectors are off
    # (_POD_NETWORK), the textfile collector adds the backups' potatostack_backup_*.
    ports=[
        Port(
            "metrics",
            9100,
            metrics=Metrics(
                series=600,
                drop="node_scrape_collector_.*|go_gc_.*",
                families=(
                    "node_(boot_time_seconds|load(1|5|15)|uname_info|time_seconds)",
                    "node_(cpu|memory|pressure|disk|filesystem|hwmon|thermal_zone|vmstat|textfile)_.*",
                    "potatostack_backup_.*",
                ),
            ),
        )
    ],
    run_as=RunAs(user=65534, group=65534),
    # 21 MiB resident while scraped, measured by scripts/bench_observability.py (README "Measured").
    resources=Resources(cpu="20m", memory="24Mi", memory_limit="64Mi"),
    args=[
        "--path.procfs=/host/proc",
        "--path.sysfs=/host/sys",
        f"--path.rootfs={_ROOT}",
        "--web.listen-address=:${port:metrics}",
        *(f"--no-collector.{name}" for name in _POD_NETWORK),
    ],
    node_access=NodeAccess(
        paths=[
            HostPath("/proc", "/host/proc", "the node's CPU, memory, pressure and disk I/O counters"),
            HostPath("/sys", "/host/sys", "the node's hardware sensors and block devices"),
        ],
    ),
    **probes("metrics", "/", start_seconds=30),
    alerts=[_memory_low(), _cpu_saturated()],
    configure=_node_paths,
    dashboards=[_dashboard],
    priority=Priority.STANDARD,
)
