"""A readable YAML snapshot of every chart: the reviewer reads this diff."""

import pytest
import toolchain
from syrupy.extensions.single_file import SingleFileSnapshotExtension, WriteMode

from potatostack import services

# The charts in dist/, and those of the services the default profile leaves out
# (snapshotted from a synth of the complete profile).
DEPLOYED = sorted(path.name for path in (toolchain.ROOT / "dist").iterdir() if path.is_dir())
CHARTS = sorted({*DEPLOYED, *(spec.name for spec in services.ALL)})


class YamlSnapshot(SingleFileSnapshotExtension):
    _write_mode = WriteMode.TEXT
    file_extension = "yaml"


class MarkdownSnapshot(SingleFileSnapshotExtension):
    _write_mode = WriteMode.TEXT
    file_extension = "md"


@pytest.fixture
def snapshot_yaml(snapshot):
    return snapshot.use_extension(YamlSnapshot)


def test_snapshots_cover_every_synthesized_chart(fresh_dist, complete_dist):
    assert DEPLOYED == sorted(path.name for path in fresh_dist.iterdir() if path.is_dir())
    assert set(CHARTS) <= {path.name for path in complete_dist.iterdir() if path.is_dir()}


@pytest.mark.parametrize("chart", CHARTS)
def test_chart_manifests(chart, fresh_dist, complete_dist, snapshot_yaml):
    folder = fresh_dist / chart if chart in DEPLOYED else complete_dist / chart
    assert folder.is_dir(), f"chart {chart} is no longer synthesized"
    documents = [f"# {path.name}\n{path.read_text()}" for path in sorted(folder.glob("*.yaml"))]
    assert "---\n".join(documents) == snapshot_yaml


@pytest.mark.parametrize("report", ["BUDGET.md", "REACHABILITY.md", "RBAC.md"])
def test_reports(report, fresh_dist, snapshot):
    assert (fresh_dist / report).read_text() == snapshot.use_extension(MarkdownSnapshot)
