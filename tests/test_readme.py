"""The README's generated parts say what the code does."""

import subprocess
import sys

import toolchain


def test_the_service_table_is_generated_from_the_declarations():
    result = subprocess.run(
        [sys.executable, str(toolchain.ROOT / "scripts" / "service-table"), "--check"],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr


def test_every_declared_service_is_in_the_inventory_table():
    from potatostack import services

    readme = (toolchain.ROOT / "README.md").read_text()
    inventory = readme[readme.index("### The Compose inventory") :]
    for spec in services.ALL:
        assert f"| {spec.name} |" in inventory or f"**{spec.name}**" in inventory, spec.name


def test_the_budget_figures_in_the_readme_are_the_synthesized_ones(fresh_tree, complete_tree, complete_settings):
    import manifests

    from potatostack import budget, services, settings

    readme = (toolchain.ROOT / "README.md").read_text()
    chosen = settings.load(toolchain.ROOT / "settings.yaml")
    today = budget.measure([m for _, _, m in manifests.objects(fresh_tree)], chosen.node)
    assert f"**{today.requested_memory >> 20}Mi of {today.usable_memory >> 20}Mi usable memory requested**" in readme
    assert f"{today.requested_cpu}m of {today.usable_cpu}m CPU" in readme
    everything = budget.measure([m for _, _, m in manifests.objects(complete_tree)], chosen.node)
    assert f"the stack requests {everything.requested_memory >> 20}Mi" in readme
    # What each left-out service would cost is BUDGET.md's table (test_budget checks that
    # it is the synthesized report); the README's service table marks each one optional.
    services_table = readme[readme.index("<!-- services:begin -->") : readme.index("<!-- services:end -->")]
    for piece in budget.price_left_out(services.left_out(chosen)):
        assert f"| {piece.name} | no (optional)" in services_table, piece.name
