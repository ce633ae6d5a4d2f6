"""smartctl-exporter: the two HDDs' SMART health and attributes (Compose's
unified-exporters).

smartctl talks to the disks through SG_IO pass-through, which needs the device nodes,
root and CAP_SYS_RAWIO: three declared deviations, each with its reason, like
Gluetun's tunnel device. Nothing else of the node is mounted.
"""

import dataclasses

from potatostack import images
from potatostack.alerts import AlertRule, Case, Series, Severity
from potatostack.dashboards import Dashboard, board, graph, listing, query, single
from potatostack.priority import Priority
from potatostack.service import Device, Kind, Metrics, Port, Resources, RunAs, ServiceSpec, probes
from potatostack.settings import Settings

_DEVICE_REASON = "reads the disk's SMART data through SG_IO"


def _smart_failed() -> AlertRule:
    status = 'smartctl_device_smart_status{device="sda"}'
    return AlertRule(
        name="SmartFailed",
        expr="smartctl_device_smart_status == 0",
        for_="0s",
        severity=Severity.PAGE,
        summary="{{ $labels.device }}: the disk reports a failing SMART self-assessment; copy its data off",
        fires=Case([Series(status, "0x10")], at="5m", labels={"device": "sda"}),
        quiet=Case([Series(status, "1x10")], at="5m"),
    )


def _reallocated_rising() -> AlertRule:
    raw = 'smartctl_device_attribute{device="sda",attribute_name="Reallocated_Sector_Ct",attribute_value_type="raw"}'
    return AlertRule(
        name="SmartReallocatedSectorsRising",
        expr=(
            'increase(smartctl_device_attribute{attribute_name=~"Reallocated_Sector_Ct|Current_Pending_Sector",'
            'attribute_value_type="raw"}[1d]) > 0'
        ),
        for_="0s",
        severity=Severity.WARNING,
        summary="{{ $labels.device }}: {{ $labels.attribute_name }} went up today; the disk is wearing out",
        fires=Case(
            [Series(raw, "8x60 9x60")],
            at="2h",
            labels={"device": "sda", "attribute_name": "Reallocated_Sector_Ct", "attribute_value_type": "raw"},
        ),
        quiet=Case([Series(raw, "8x120")], at="2h"),
    )


def _dashboard(settings: Settings) -> Dashboard:
    """Both HDDs: SMART health and wear beside their free space (node-exporter's)."""
    disks = f"{settings.storage.main_hdd}|{settings.storage.cache_hdd}"
    raw = 'smartctl_device_attribute{{attribute_name="{}",attribute_value_type="raw"}}'
    return board(
        "disks",
        "Disks: SMART and space",
        single("Disks failing SMART", "short", query("count(smartctl_device_smart_status == 0) or vector(0)")),
        single("Hottest disk", "celsius", query('max(smartctl_device_temperature{temperature_type="current"})')),
        single(
            "Least free space",
            "percentunit",
            query(
                f'min(node_filesystem_avail_bytes{{mountpoint=~"{disks}"}} / node_filesystem_size_bytes{{mountpoint=~"{disks}"}})'
            ),
        ),
        single("Reallocated sectors (all disks)", "short", query(f"sum({raw.format('Reallocated_Sector_Ct')})")),
        listing(
            "Each disk",
            "short",
            query("smartctl_device_smart_status", "{{device}}"),
            query('smartctl_device_temperature{temperature_type="current"}', "{{device}}"),
            query("smartctl_device_power_on_seconds / 3600", "{{device}}"),
        ),
        graph(
            "Used space on the HDDs",
            "bytes",
            query(
                f'node_filesystem_size_bytes{{mountpoint=~"{disks}"}} - node_filesystem_avail_bytes{{mountpoint=~"{disks}"}}',
                "{{mountpoint}} used",
            ),
            query(f'node_filesystem_size_bytes{{mountpoint=~"{disks}"}}', "{{mountpoint}} size"),
        ),
        graph(
            "Reallocated and pending sectors",
            "short",
            query(raw.format("Reallocated_Sector_Ct"), "{{device}} reallocated"),
            query(raw.format("Current_Pending_Sector"), "{{device}} pending"),
        ),
        graph("Temperature", "celsius", query('smartctl_device_temperature{temperature_type="current"}', "{{device}}")),
    )


def _devices(spec: ServiceSpec, settings: Settings) -> ServiceSpec:
    """The two disks' device nodes, from settings.yaml."""
    disks = (settings.storage.main_hdd_device, settings.storage.cache_hdd_device)
    return dataclasses.replace(
        spec,
        devices=[Device(disk, _DEVICE_REASON, block=True) for disk in disks],
        args=[*spec.args, *(f"--smartctl.device={disk}" for disk in disks)],
    )


service = ServiceSpec(
    name="smartctl-exporter",
    description="SMART health of the two HDDs",
    component="metrics",
    image=images.SMARTCTL_EXPORTER,
    kind=Kind.DAEMON_SET,
    # ~25 ATA attributes x 6 value types + ~20 device series, per disk: ~340 for two.
    # Families: every series of the exporter is smartctl_device* or its own version
    # (its README's metric list).
    ports=[Port("metrics", 9633, metrics=Metrics(series=340, families=("smartctl_(device|version)(_.*)?",)))],
    run_as=RunAs(user=65534, group=65534),
    root_reason="SG_IO pass-through to a disk is root's, with CAP_SYS_RAWIO",
    added_capabilities={"SYS_RAWIO": "ATA pass-through commands (SMART) to the disks"},
    # No upstream figure: a Go exporter and one smartctl child at a time; an estimate
    # to confirm on the board (docs/observability.md).
    resources=Resources(cpu="10m", memory="16Mi", memory_limit="48Mi"),
    args=[
        "--web.listen-address=:${port:metrics}",
        # SMART data changes slowly; reading it wakes nothing more often than this.
        "--smartctl.interval=300s",
        # Asleep disks stay asleep (smartctl -n standby).
        "--smartctl.powermode-check=standby",
    ],
    **probes("metrics", "/", start_seconds=60),
    alerts=[_smart_failed(), _reallocated_rising()],
    configure=_devices,
    dashboards=[_dashboard],
    priority=Priority.STANDARD,
)
