"""The runbooks are commands (scripts/runbook, scripts/restore): each exists, answers
--help, and the steps it prints come from dist/: the folders and owners of every volume,
the owner's Secrets docs/operations.md lists, the node name the volumes are bound to."""

import os
import re
import subprocess

import pytest
import toolchain
import yaml

RUNBOOK = toolchain.ROOT / "scripts" / "runbook"
SUBCOMMANDS = ["bootstrap", "prepare-volumes", "seed-postgres", "cutover", "rollback", "restore-node"]


def _run(*args, dist=None):
    env = {**os.environ, **({"POTATOSTACK_DIST": str(dist)} if dist else {})}
    return subprocess.run([str(RUNBOOK), *args], capture_output=True, text=True, env=env)


@pytest.mark.parametrize("command", SUBCOMMANDS)
def test_every_runbook_answers_help(command):
    result = _run(command, "--help")
    assert result.returncode == 0 and "--run" in result.stdout, result.stderr


def test_every_command_the_runbooks_name_exists_and_answers_help():
    text = (toolchain.ROOT / "docs" / "runbooks.md").read_text()
    named = sorted(set(re.findall(r"`(scripts/[\w-]+)(?: ([\w-]+))?", text)))
    assert {script for script, _ in named} >= {"scripts/runbook", "scripts/restore", "scripts/diff"}
    for script, sub in named:
        assert (toolchain.ROOT / script).is_file(), script
        args = [sub, "--help"] if sub and script != "scripts/diff" else ["--help"]
        result = subprocess.run([str(toolchain.ROOT / script), *args], capture_output=True, text=True)
        assert result.returncode == 0, f"{script} {' '.join(args)}: {result.stderr}"


def _persistent_volumes(dist):
    for path in sorted(dist.glob("*/PersistentVolume.*.yaml")):
        yield yaml.safe_load(path.read_text())


def test_prepare_volumes_makes_every_folder_once_with_its_pods_owner(complete_dist):
    result = _run("prepare-volumes", dist=complete_dist)
    assert result.returncode == 0, result.stderr
    lines = re.findall(r"sudo install -d -o (\d+) -g (\d+) -m 0750 (\S+)", result.stdout)
    folders = [folder for _, _, folder in lines]
    assert len(folders) == len(set(folders)), "a shared folder is made once"
    assert set(folders) == {pv["spec"]["local"]["path"] for pv in _persistent_volumes(complete_dist)}
    owners = {folder: (int(uid), int(gid)) for uid, gid, folder in lines}
    # The pods' own users (their securityContext in dist/): PostgreSQL's image user, the
    # data owner for the file shares (samba runs as root and hands files out itself).
    postgres = yaml.safe_load((complete_dist / "postgres" / "StatefulSet.postgres.k8s.yaml").read_text())
    context = postgres["spec"]["template"]["spec"]["securityContext"]
    assert owners["/mnt/seconddrive/postgres/data"] == (context["runAsUser"], context["fsGroup"])
    assert owners["/mnt/seconddrive/files"] == (1000, 1000)


def test_the_volumes_node_is_the_name_k3s_is_given(fresh_dist):
    node_name = yaml.safe_load((fresh_dist / "k3s-config.yaml").read_text())["node-name"]
    bound = {
        value
        for pv in _persistent_volumes(fresh_dist)
        for term in pv["spec"]["nodeAffinity"]["required"]["nodeSelectorTerms"]
        for expression in term["matchExpressions"]
        for value in expression["values"]
    }
    assert bound == {node_name}


def test_bootstrap_asks_for_the_owners_secrets_the_docs_list_before_the_first_sync(complete_dist):
    result = _run("bootstrap", dist=complete_dist)
    assert result.returncode == 0, result.stderr
    asked = set(re.findall(r"kubectl -n (\S+) get secret (\S+)", result.stdout))
    operations = (toolchain.ROOT / "docs" / "operations.md").read_text()
    table = operations.split("What only the owner can provide", 1)[1].split("```", 1)[0]
    listed = set((namespace, name) for name, namespace in re.findall(r"^\| `([\w-]+)` \| ([\w-]+) \|", table, re.M))
    assert listed and asked == listed
    # Before the root Application is applied, and every file it applies exists.
    commands = result.stdout.splitlines()
    root_apply = next(i for i, line in enumerate(commands) if line.endswith("/argocd/") and "apply" in line)
    assert all(i < root_apply for i, line in enumerate(commands) if " get secret " in line)
    for path in re.findall(r"-f (\S+)", result.stdout):
        assert os.path.exists(path), path


def test_bad_input_is_one_line(tmp_path):
    result = _run("seed-postgres", str(tmp_path / "missing"))
    assert result.returncode != 0 and len(result.stderr.strip().splitlines()) == 1
    assert "seed-postgres" in result.stderr and "Traceback" not in result.stderr
    result = _run("cutover", "no-such-service")
    assert result.returncode != 0 and "no-such-service" in result.stderr and "Traceback" not in result.stderr
