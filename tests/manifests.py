"""Reading a synthesized tree: {chart folder: {file name: object}}."""

import pathlib
from typing import Dict, Iterator, Tuple

import yaml

Tree = Dict[str, Dict[str, dict]]


def load(root: pathlib.Path) -> Tree:
    tree: Tree = {}
    for folder in sorted(path for path in root.iterdir() if path.is_dir()):
        tree[folder.name] = {
            manifest.name: yaml.safe_load(manifest.read_text()) for manifest in sorted(folder.glob("*.yaml"))
        }
    return tree


def objects(tree: Tree) -> Iterator[Tuple[str, str, dict]]:
    for chart, files in tree.items():
        for name, manifest in files.items():
            yield chart, name, manifest


def files(root: pathlib.Path) -> Dict[str, bytes]:
    """Every file below root, by relative path, with its bytes."""
    return {str(path.relative_to(root)): path.read_bytes() for path in sorted(root.rglob("*")) if path.is_file()}
