"""The stack fits the Le Potato: what the scheduler must place fits its allocatable."""

import manifests
import toolchain
from potatostack import budget, settings



def test_the_default_configuration_fits_the_node(fresh_tree, fresh_dist):
    chosen = settings.load(toolchain.ROOT / "settings.yaml")
    measured = budget.measure([m for _, _, m in manifests.objects(fresh_tree)], chosen.node)
    assert measured.problems() == []
    assert measured.requested_memory > 0 and len(measured.consumers) > 5
    assert (fresh_dist / "BUDGET.md").read_text() == measured.report()


def test_a_node_too_small_is_reported_with_its_largest_consumers(fresh_tree):
    small = settings.load(toolchain.ROOT / "settings.yaml").node.model_copy(update={"memory": "1024Mi"})
    problems = budget.measure([m for _, _, m in manifests.objects(fresh_tree)], small).problems()
    assert problems and problems[0].startswith("memory requests"), problems
    assert "largest: " in problems[0]


def test_a_pod_counts_like_the_scheduler_counts():
    pod = {
        "initContainers": [{"resources": {"requests": {"cpu": "500m", "memory": "300Mi"}, "limits": {"memory": "300Mi"}}}],
        "containers": [
            {"resources": {"requests": {"cpu": "100m", "memory": "100Mi"}, "limits": {"memory": "200Mi"}}},
            {"resources": {"requests": {"cpu": "100m", "memory": "50Mi"}, "limits": {"memory": "100Mi"}}},
        ],
    }
    deployment = {"kind": "Deployment", "metadata": {"name": "x", "namespace": "x"}, "spec": {"replicas": 2, "template": {"spec": pod}}}
    job = {"kind": "Job", "metadata": {"name": "j", "namespace": "x"}, "spec": {"template": {"spec": pod}}}
    node = settings.NodeBudget()
    measured = budget.measure([deployment, job, dict(job, metadata={"name": "k", "namespace": "x"})], node)
    app = next(c for c in measured.consumers if c.name == "x/x")
    # max(sum of containers, largest init container), times replicas
    assert (app.cpu, app.memory >> 20) == (1000, 600)
    # Jobs run one at a time: one counts
    assert measured.largest_job.memory >> 20 == 300
