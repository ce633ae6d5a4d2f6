"""smartctl-exporter: the two HDDs' SMART health and attributes (Compose's
unified-exporters).

smartctl talks to the disks through SG_IO pass-through, which needs the device nodes,
root and CAP_SYS_RAWIO: three declared deviations, each with its reason, like
Gluetun's tunnel device. Nothing else of the node is mounted.
"""

import dataclasses

from potatostack import images
from potatostack.alerts import AlertRule, Case, Series, Severity
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
    ports=[Port("metrics", 9633, metrics=Metrics(series=340))],
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
    optional="part of the observability core with victoria-metrics (docs/observability.md)",
    priority=Priority.STANDARD,
)
