"""settings -> charts -> a folder of manifests, and the atomic swap into dist/."""
from __future__ import annotations

import dataclasses
import pathlib
import shutil
import tempfile
from dataclasses import dataclass
from typing import List, Sequence

import cdk8s
import yaml

from potatostack import backups, k3s, labels, rbac, reachability, services
from potatostack.budget import Budget, measure
from potatostack.budget import changes as budget_changes
from potatostack.charts import GitOpsChart, PlatformChart, PoliciesChart, ServiceChart
from potatostack.errors import ConfigError
from potatostack.service import ServiceSpec
from potatostack.settings import Settings


@dataclass(frozen=True)
class Synthesized:
    charts: List[str]
    objects: int
    budget: Budget
    # What the memory requests gained or lost against the dist/ this replaced.
    budget_changes: Sequence[str] = ()


def build(
    settings: Settings, outdir: pathlib.Path, declared: Sequence[ServiceSpec] = services.ALL
) -> cdk8s.App:
    """The cdk8s app for these settings: one chart per enabled service, the cluster-wide
    charts, then ArgoCD's."""
    enabled = services.chosen(settings, declared)
    backups.check_coverage(declared)
    app = cdk8s.App(
        outdir=str(outdir),
        yaml_output_type=cdk8s.YamlOutputType.FOLDER_PER_CHART_FILE_PER_RESOURCE,
        record_construct_metadata=False,
    )
    charts = [ServiceChart(app, spec, settings, enabled) for spec in enabled]
    GitOpsChart(app, settings, charts, [PlatformChart(app), PoliciesChart(app)])
    return app


def synth(settings: Settings, outdir: pathlib.Path, declared: Sequence[ServiceSpec] = services.ALL) -> Synthesized:
    """Write every chart's manifests into `outdir`, which must not exist yet."""
    app = build(settings, outdir, declared)
    app.synth()
    charts, manifests = _check(outdir)
    # The budget report travels with the manifests it describes (not a chart: no folder).
    budget = measure(
        manifests, settings.node, settings.profile.value, services.left_out(settings, declared),
        storage_node=settings.storage_node, workers=settings.workers,
    )
    (outdir / BUDGET_REPORT).write_text(budget.report())
    (outdir / K3S_CONFIG).write_text(k3s.config(settings.node))
    for worker in settings.workers:
        (outdir / f"k3s-config-{worker.name}.yaml").write_text(k3s.config(worker, server=False))
    (outdir / REACHABILITY_REPORT).write_text(reachability.report(manifests, settings))
    (outdir / ACCESS_REPORT).write_text(rbac.report(manifests))
    return Synthesized(charts=charts, objects=len(manifests), budget=budget)


def publish(settings: Settings, dist: pathlib.Path) -> Synthesized:
    """Synthesize into a staging folder next to `dist`, and only when that fully
    succeeded replace `dist` with it. A failure leaves the previous dist/ as it was;
    files of removed resources disappear because the folder is replaced whole."""
    dist = dist.resolve()
    dist.parent.mkdir(parents=True, exist_ok=True)
    staging = pathlib.Path(tempfile.mkdtemp(prefix=f".{dist.name}-staging-", dir=dist.parent))
    try:
        result = synth(settings, staging / "out")
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise
    previous_report = dist / BUDGET_REPORT
    if previous_report.exists():
        result = dataclasses.replace(result, budget_changes=budget_changes(previous_report.read_text(), result.budget))
    previous = staging / "previous"
    if dist.exists():
        dist.rename(previous)
    (staging / "out").rename(dist)
    shutil.rmtree(staging)
    return result


BUDGET_REPORT = "BUDGET.md"
REACHABILITY_REPORT = "REACHABILITY.md"
ACCESS_REPORT = "RBAC.md"
# Not a manifest ArgoCD syncs (no Application points at dist/'s top level): the node's
# own configuration, which the budget relies on.
K3S_CONFIG = "k3s-config.yaml"


def _check(outdir: pathlib.Path):
    """What cdk8s wrote must be plain, named, unambiguous manifests."""
    charts, manifests = [], []
    for folder in sorted(path for path in outdir.iterdir() if path.is_dir()):
        charts.append(folder.name)
        for manifest in sorted(folder.iterdir()):
            text = manifest.read_text()
            if labels.CDK8S_ADDRESS_LABEL in text:
                raise ConfigError(f"{folder.name}: {manifest.name} still carries {labels.CDK8S_ADDRESS_LABEL}")
            documents = [document for document in yaml.safe_load_all(text) if document]
            if len(documents) != 1:
                raise ConfigError(f"{folder.name}: {manifest.name} holds {len(documents)} objects, expected 1")
            manifests.append(documents[0])
    return charts, manifests
