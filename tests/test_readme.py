"""The README's generated parts say what the code does."""
import subprocess
import sys

import toolchain


def test_the_service_table_is_generated_from_the_declarations():
    result = subprocess.run(
        [sys.executable, str(toolchain.ROOT / "scripts" / "service-table"), "--check"],
        capture_output=True, text=True, timeout=60,
    )
    assert result.returncode == 0, result.stderr


def test_every_declared_service_is_in_the_inventory_table():
    from potatostack import services

    readme = (toolchain.ROOT / "README.md").read_text()
    inventory = readme[readme.index("### The Compose inventory"):]
    for spec in services.ALL:
        assert f"| {spec.name} |" in inventory or f"**{spec.name}**" in inventory, spec.name
