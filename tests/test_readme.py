"""The README's generated parts say what the code does."""

import re
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


def test_the_inventory_says_which_profile_runs_each_service():
    """A row's status names the profile of every declared service in it: `in essentials`
    for the default profile's, `optional` for the ones only `complete` runs."""
    from potatostack import services

    by_name = {spec.name: spec for spec in services.ALL}
    readme = (toolchain.ROOT / "README.md").read_text()
    inventory = readme[readme.index("| Compose service | on k3s | status |") :].split("\n\n")[0]
    rows = [row.strip("| ").split(" | ") for row in inventory.splitlines()[2:]]
    checked = set()
    for compose, on_k3s, status in rows:
        named = {name for name in re.findall(r"\*\*([a-z0-9-]+)\*\*", on_k3s) if name in by_name}
        named |= {name for name in compose.split(", ") if name in by_name}
        for name in named:
            wanted = "optional" if by_name[name].optional else "in `essentials`"
            assert wanted in status, f"{compose}: {name} is {wanted}, the status says {status!r}"
        checked |= named
    assert checked == set(by_name), sorted(set(by_name) - checked)
