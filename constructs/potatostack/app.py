"""settings -> charts -> a folder of manifests, and the atomic swap into dist/."""

from __future__ import annotations

import dataclasses
import json
import pathlib
import shutil
import tempfile
from dataclasses import dataclass
from typing import Any, Dict, List, Optional, Sequence, Tuple

import cdk8s
import yaml

from potatostack import argocd, backups, checks, k3s, labels, rbac, reachability, services
from potatostack.budget import Budget, measure
from potatostack.budget import changes as budget_changes
from potatostack.budget import record as budget_record
from potatostack.cert_manager import CertManagerChart
from potatostack.charts import (
    POD_SECURITY_VERSION,
    AdmissionChart,
    GitOpsChart,
    PlatformChart,
    PoliciesChart,
    ServiceChart,
)
from potatostack.errors import ConfigError
from potatostack.service import ServiceSpec
from potatostack.settings import Enforcement, Settings


@dataclass(frozen=True)
class Synthesized:
    charts: List[str]
    objects: int
    budget: Budget
    # What the memory requests gained or lost against the dist/ this replaced.
    budget_changes: Sequence[str] = ()


def build(settings: Settings, outdir: pathlib.Path, declared: Sequence[ServiceSpec] = services.ALL) -> cdk8s.App:
    """The cdk8s app for these settings: one chart per enabled service, the cluster-wide
    charts, then ArgoCD's."""
    enabled = services.chosen(settings, declared)
    backups.check_coverage(declared)
    _check_git_remote(settings, enabled)
    app = cdk8s.App(
        outdir=str(outdir),
        yaml_output_type=cdk8s.YamlOutputType.FOLDER_PER_CHART_FILE_PER_RESOURCE,
        record_construct_metadata=False,
    )
    charts = [ServiceChart(app, spec, settings, enabled) for spec in enabled]
    cluster_charts = [
        CertManagerChart(app, settings, POD_SECURITY_VERSION),
        PlatformChart(app),
        # Kyverno's own objects, only where a Kyverno runs to read them.
        *([PoliciesChart(app)] if settings.enforcement == Enforcement.KYVERNO else []),
        AdmissionChart(app, charts),
    ]
    GitOpsChart(app, settings, charts, cluster_charts, declared=declared)
    return app


def _check_git_remote(settings: Settings, enabled: Sequence[ServiceSpec]) -> None:
    """The repository Argo CD syncs from must be served when the cluster is not: on the
    stack's own domain only Gitea could serve it, and then a bare node (or a broken
    Gitea) has nothing to sync from, so that needs Gitea enabled and is discouraged."""
    remote, _ = argocd.git_remote(settings)
    if remote is not None and "gitea" not in {spec.name for spec in enabled}:
        raise ConfigError(
            f"settings.yaml: gitops.repo_url: {settings.gitops.repo_url} is on the stack's own domain, which only "
            "gitea would serve and this profile does not run; point it at a Git host outside the cluster"
        )


def synth(
    settings: Settings,
    outdir: pathlib.Path,
    declared: Sequence[ServiceSpec] = services.ALL,
    reviewed: Optional[checks.Reviewed] = None,
) -> Synthesized:
    """Write every chart's manifests into `outdir`, which must not exist yet, and judge
    them (checks.py) against the reviewed tables (reviewed/ unless given)."""
    app = build(settings, outdir, declared)
    _refuse_duplicates(app)
    app.synth()
    charts, manifests, by_chart = _check(outdir)
    checks.verify(by_chart, settings, reviewed)
    # The budget report travels with the manifests it describes (not a chart: no folder).
    budget = measure(
        manifests,
        settings.node,
        settings.profile.value,
        services.left_out(settings, declared),
        storage_node=settings.storage_node,
        workers=settings.workers,
    )
    (outdir / BUDGET_REPORT).write_text(budget.report())
    (outdir / BUDGET_RECORD).write_text(json.dumps(budget_record(budget), indent=2, sort_keys=True) + "\n")
    (outdir / K3S_CONFIG).write_text(k3s.config(settings.node, name=settings.storage_node))
    (outdir / k3s.SERVICE_OVERRIDE).write_text(k3s.service_override(settings.node))
    for worker in settings.workers:
        (outdir / f"k3s-config-{worker.name}.yaml").write_text(k3s.config(worker, server=False, name=worker.name))
        (outdir / f"k3s-agent-service-override-{worker.name}.conf").write_text(
            k3s.service_override(worker, server=False)
        )
    if settings.node.swap or any(worker.swap for worker in settings.workers):
        (outdir / k3s.KUBELET_SWAP).write_text(k3s.swap_config())
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
        problems = result.budget.problems()
        if problems:
            more = f" (and {len(problems) - 1} more)" if len(problems) > 1 else ""
            raise ConfigError(f"budget: DOES NOT FIT: {problems[0]}{more}")
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise
    previous_record = dist / BUDGET_RECORD
    if previous_record.exists():
        previous_budget = json.loads(previous_record.read_text())
        result = dataclasses.replace(result, budget_changes=budget_changes(previous_budget, result.budget))
    previous = staging / "previous"
    if dist.exists():
        dist.rename(previous)
    (staging / "out").rename(dist)
    shutil.rmtree(staging)
    return result


BUDGET_REPORT = "BUDGET.md"
# The same budget as data, which the next synth compares itself with.
BUDGET_RECORD = "BUDGET.json"
REACHABILITY_REPORT = "REACHABILITY.md"
ACCESS_REPORT = "RBAC.md"
# Not a manifest ArgoCD syncs (no Application points at dist/'s top level): the node's
# own configuration, which the budget relies on.
K3S_CONFIG = "k3s-config.yaml"


def _refuse_duplicates(app: cdk8s.App) -> None:
    """Two objects of one kind and name (in one namespace, or cluster-scoped) are one
    object in the cluster: within a chart the second would overwrite the first's file,
    across charts two Argo CD applications would fight over it."""
    seen: Dict[Tuple[str, str, Optional[str], Optional[str]], str] = {}
    for chart in app.charts:
        # One call into jsii per chart: api_objects lists only a chart's direct children.
        for manifest in chart.to_json():
            metadata = manifest.get("metadata", {})
            key = (manifest["apiVersion"], manifest["kind"], metadata.get("namespace"), metadata.get("name"))
            if key in seen:
                _, kind, namespace, name = key
                where = f" in namespace {namespace}" if namespace else ""
                raise ConfigError(
                    f"{chart.node.id}: builds {kind} {name}{where}, which {seen[key]} builds too; each needs a name of its own"
                )
            seen[key] = chart.node.id


def _check(outdir: pathlib.Path) -> Tuple[List[str], List[Dict[str, Any]], Dict[str, List[Dict[str, Any]]]]:
    """What cdk8s wrote must be plain, named, unambiguous manifests."""
    charts: List[str] = []
    manifests: List[Dict[str, Any]] = []
    by_chart: Dict[str, List[Dict[str, Any]]] = {}
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
            by_chart.setdefault(folder.name, []).append(documents[0])
    return charts, manifests, by_chart
