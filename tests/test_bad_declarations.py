"""A mistake in a service file is one line too, through main.py and `make synth`, and
dist/ stays as it was. Each case is a copy of the project with one bad file added."""

import dataclasses
import os
import re
import shutil
import subprocess

import manifests
import pytest
import toolchain

from potatostack import app
from potatostack.errors import ConfigError
from potatostack.services.diun import service as diun

ROOT = toolchain.ROOT
# What main.py and `make synth` need; the installed tools are shared through links.
COPIED = (
    "constructs",
    "imports",
    "measurements",
    "policies",
    "reviewed",
    "main.py",
    "cdk8s.yaml",
    "settings.yaml",
    "Makefile",
    "toolchain.env",
    "requirements.lock",
    "package-lock.json",
    "package.json",
)
LINKED = (".venv", "node_modules", ".tools")


@pytest.fixture
def project(tmp_path, fresh_dist):
    copy = tmp_path / "project"
    copy.mkdir()
    for name in COPIED:
        source = ROOT / name
        if source.is_dir():
            shutil.copytree(
                source, copy / name, copy_function=shutil.copy2, ignore=shutil.ignore_patterns("__pycache__")
            )
        else:
            shutil.copy2(source, copy / name)
    for name in LINKED:
        (copy / name).symlink_to(ROOT / name)
    shutil.copytree(fresh_dist, copy / "dist")
    return copy


def _run(project, *command):
    env = {**os.environ, "JSII_NODE": str(toolchain.project_node()), "PYTHONDONTWRITEBYTECODE": "1"}
    env.pop("CDK8S_OUTDIR", None)
    before = manifests.files(project / "dist")
    result = subprocess.run(command, cwd=project, env=env, capture_output=True, text=True, timeout=300)
    assert result.returncode != 0, result.stdout + result.stderr
    assert manifests.files(project / "dist") == before, "a failed synth changed dist/"
    return result


def _one_line(project):
    result = _run(project, toolchain.python(), "main.py")
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("synth: "), f"expected one line, got:\n{result.stderr}"
    return lines[0]


REDIS_WITH = (
    "import dataclasses\n"
    "from potatostack.service import Port\n"
    "from potatostack.services.redis import service as redis\n"
)

BAD_FILES = [
    (
        "a syntax error",
        "broken.py",
        "service = ServiceSpec(\n    name='broken',\n",
        "services/broken.py: line 1: '(' was never closed",
    ),
    (
        "a name that is not defined",
        "broken.py",
        "\n\nservice = ServiceSpec(name='broken')\n",
        "services/broken.py: line 3: NameError",
    ),
    (
        "a missing field",
        "broken.py",
        "from potatostack.service import ServiceSpec\nservice = ServiceSpec(name='broken')\n",
        "services/broken.py: line 2: TypeError",
    ),
    (
        "no `service =`",
        "broken.py",
        "from potatostack.service import ServiceSpec\ncache = None\n",
        "services/broken.py: defines no `service = ServiceSpec(...)`",
    ),
    (
        "a name that does not match its file",
        "cache.py",
        REDIS_WITH + "service = redis\n",
        "services/cache.py: declares service 'redis'; the file is named after its service",
    ),
    (
        "a port number of the wrong type",
        "broken.py",
        REDIS_WITH + "service = dataclasses.replace(redis, name='broken', ports=[Port('redis', '6379')])\n",
        "broken: a field has the wrong type",
    ),
    (
        "an exception raised while declaring",
        "broken.py",
        "raise RuntimeError('not today')\n",
        "services/broken.py: line 1: RuntimeError: not today",
    ),
]


@pytest.mark.parametrize("what, file_name, content, expected", BAD_FILES, ids=[case[0] for case in BAD_FILES])
def test_a_broken_service_file_is_one_line(what, file_name, content, expected, project):
    (project / "constructs" / "potatostack" / "services" / file_name).write_text(content)
    line = _one_line(project)
    assert expected in line, line


def test_make_synth_prints_the_line_without_a_nodejs_stack(project):
    (project / "constructs" / "potatostack" / "services" / "broken.py").write_text("service = 1 +\n")
    result = _run(project, "make", "--no-print-directory", "synth")
    lines = [line for line in result.stderr.strip().splitlines() if not re.match(r"make(\[\d+\])?: \*\*\*", line)]
    assert len(lines) == 1 and "services/broken.py: line 1: invalid syntax" in lines[0], result.stderr
    assert "node:" not in result.stderr + result.stdout and "at " not in result.stderr, result.stderr


def test_make_synth_exits_non_zero_when_the_budget_does_not_fit(project):
    settings_file = project / "settings.yaml"
    settings_file.write_text(settings_file.read_text().replace("profile: essentials", "profile: complete"))
    result = _run(project, "make", "--no-print-directory", "synth")
    lines = [line for line in result.stderr.strip().splitlines() if not re.match(r"make(\[\d+\])?: \*\*\*", line)]
    assert len(lines) == 1 and lines[0].startswith("synth: budget: DOES NOT FIT"), result.stderr


def test_two_objects_of_one_name_are_refused(tmp_path):
    # diun-x's volume "data" and diun's volume "x-data" are both PersistentVolume diun-x-data.
    other = dataclasses.replace(diun, name="diun-x")
    renamed = dataclasses.replace(diun, volumes=[dataclasses.replace(diun.volumes[0], name="x-data", path="diun2")])
    chosen = toolchain.every_service()
    with pytest.raises(ConfigError, match=r"builds PersistentVolume diun-x-data, which diun(-x)? builds too"):
        app.synth(chosen, tmp_path / "dist", declared=[renamed, other])
