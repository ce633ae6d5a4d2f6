#!/usr/bin/env python3
"""Synthesize PotatoStack into dist/.

    python main.py                  # what `cdk8s synth` runs (see cdk8s.yaml)
    python main.py --out DIR        # somewhere else (the gate synthesizes into a temp folder)
    python main.py --settings FILE  # another settings file

A bad setting or declaration, an unsafe object (constructs/potatostack/checks.py) or a
budget that does not fit prints one line and exits 1, leaving dist/ untouched.
POTATOSTACK_TRACEBACK=1 shows the traceback behind a line that is not a ConfigError.
"""

import argparse
import os
import pathlib
import shutil
import sys
import time

ROOT = pathlib.Path(__file__).resolve().parent
# constructs/ is a source root, not a package: it holds the `potatostack` package and
# must never shadow the pip package `constructs` that cdk8s imports.
sys.path.insert(0, str(ROOT / "constructs"))

# jsii runs the cdk8s libraries in Node.js; use the project's pinned Node 22.
PROJECT_NODE = ROOT / "node_modules" / ".bin" / "node"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[1])
    parser.add_argument("--out", type=pathlib.Path, default=ROOT / "dist")
    parser.add_argument("--settings", type=pathlib.Path, default=ROOT / "settings.yaml")
    args = parser.parse_args()

    if "JSII_NODE" not in os.environ:
        if not PROJECT_NODE.exists():
            print(
                f"synth: {PROJECT_NODE.relative_to(ROOT)} is missing; run `make install` (npm ci) first",
                file=sys.stderr,
            )
            return 1
        os.environ["JSII_NODE"] = str(PROJECT_NODE)

    from potatostack.errors import ConfigError

    started = time.monotonic()
    try:
        # Inside the try: importing services imports every declaration, and a mistake in
        # one is a ConfigError too.
        from potatostack import services, settings

        chosen = settings.load(args.settings)
        # Checked before cdk8s and Node.js start: a mistake is reported in a blink.
        services.chosen(chosen)
        from potatostack import app
        from potatostack import budget as budget_module

        result = app.publish(chosen, args.out)
    except ConfigError as error:
        print(f"synth: {error} (nothing written; {args.out} is unchanged)", file=sys.stderr)
        return 1
    except Exception as error:
        # Construct code or jsii refused something a declaration asked for; its Node.js
        # stack says nothing an owner can act on.
        if os.environ.get("POTATOSTACK_TRACEBACK"):
            raise
        first = next((line.strip() for line in str(error).splitlines() if line.strip()), "")
        print(
            f"synth: building the charts failed: {type(error).__name__}: {first} "
            f"(nothing written; {args.out} is unchanged; POTATOSTACK_TRACEBACK=1 shows where)",
            file=sys.stderr,
        )
        return 1
    # Under `cdk8s synth`, the CLI expects the manifests in its own (scratch) folder too.
    cli_outdir = os.environ.get("CDK8S_OUTDIR")
    if cli_outdir and pathlib.Path(cli_outdir).resolve() != args.out.resolve():
        shutil.rmtree(cli_outdir, ignore_errors=True)
        shutil.copytree(args.out, cli_outdir)
    print(
        f"synth: {result.objects} objects in {len(result.charts)} charts written to {args.out} "
        f"in {time.monotonic() - started:.1f}s"
    )
    budget = result.budget
    room = budget.room()
    for name, node in budget.nodes():
        memory, cpu = budget_module.usable(node)
        where = f" on {name}" if budget.workers else ""
        print(
            f"budget{where}: {(memory - room[name][0]) >> 20}Mi of {memory >> 20}Mi usable memory requested, "
            f"{cpu - room[name][1]}m of {cpu}m CPU (report: {args.out.name}/BUDGET.md)"
        )
    if result.budget_changes:
        print(f"budget: changed since the previous {args.out.name}/: " + "; ".join(result.budget_changes))
    return 0


if __name__ == "__main__":
    sys.exit(main())
