"""The sync preview says what a sync would do, and refuses what cannot sync cleanly."""

import copy
import shutil
import subprocess

import pytest
import toolchain

from potatostack import sync_preview
from potatostack.sync_preview import Flag

ROOT = toolchain.ROOT


def _tree(complete_dist):
    return sync_preview.load_folder(complete_dist)


def _object(tree, application, kind, name):
    for key, manifest in tree[application].items():
        if key.kind == kind and key.name == name:
            return key, manifest
    raise AssertionError(f"{application} has no {kind} {name}")


def _flags(applications):
    return [
        (application.name, str(change.key), flag)
        for application in applications
        for change, flag, _ in application.flags
    ]


def test_an_unchanged_tree_syncs_nothing(complete_dist):
    assert sync_preview.compare(_tree(complete_dist), _tree(complete_dist)) == []
    assert sync_preview.render([]).startswith("No changes")


def test_a_new_image_tag_is_one_changed_field_of_one_application(complete_dist):
    old = _tree(complete_dist)
    new = copy.deepcopy(old)
    _, deployment = _object(new, "gitea", "Deployment", "gitea")
    container = deployment["spec"]["template"]["spec"]["containers"][0]
    container["image"] = container["image"] + "-next"
    [application] = sync_preview.compare(old, new)
    assert application.summary() == "gitea: 0 added, 0 pruned, 1 changed"
    [change] = application.changes
    [(path, before, after)] = change.fields
    assert path == "spec.template.spec.containers[gitea].image"
    assert after == before + "-next"
    assert not application.flags


def test_an_inserted_variable_is_one_addition_not_a_shifted_list(complete_dist):
    old = _tree(complete_dist)
    new = copy.deepcopy(old)
    _, deployment = _object(new, "gitea", "Deployment", "gitea")
    deployment["spec"]["template"]["spec"]["containers"][0]["env"].insert(0, {"name": "A_NEW_ONE", "value": "1"})
    [application] = sync_preview.compare(old, new)
    assert [path for path, _, _ in application.changes[0].fields] == [
        "spec.template.spec.containers[gitea].env[A_NEW_ONE]"
    ]


def test_a_disabled_service_prunes_its_objects_and_flags_its_data(complete_dist):
    old = _tree(complete_dist)
    new = copy.deepcopy(old)
    del new["vaultwarden"]
    [application] = sync_preview.compare(old, new)
    assert application.count("pruned") == len(old["vaultwarden"])
    flagged = {key for _, key, flag in _flags([application]) if flag is Flag.PRUNE_PROTECTED}
    assert "Namespace vaultwarden" in flagged
    assert any(key.startswith("PersistentVolume ") for key in flagged)


def test_a_moved_volume_path_is_an_immutable_change(complete_dist):
    old = _tree(complete_dist)
    new = copy.deepcopy(old)
    key, volume = _object(new, "vaultwarden", "PersistentVolume", "vaultwarden-data")
    volume["spec"]["local"]["path"] += "-moved"
    flags = _flags(sync_preview.compare(old, new))
    assert ("vaultwarden", str(key), Flag.IMMUTABLE) in flags
    assert sync_preview.unclean(sync_preview.compare(old, new))


@pytest.mark.parametrize(
    "application, kind, name, change",
    [
        ("postgres", "StatefulSet", "postgres", lambda o: o["spec"].update(serviceName="elsewhere")),
        ("gitea", "Deployment", "gitea", lambda o: o["spec"]["selector"]["matchLabels"].update(extra="x")),
        ("gitea", "RoleBinding", None, lambda o: o["roleRef"].update(name="another-role")),
    ],
)
def test_fields_the_api_server_refuses_to_change_are_flagged(complete_dist, application, kind, name, change):
    old = _tree(complete_dist)
    new = copy.deepcopy(old)
    candidates = [
        (k, m) for k, m in new.get(application, {}).items() if k.kind == kind and (name is None or k.name == name)
    ]
    if not candidates:  # the RoleBinding case: any service with one
        candidates = [(k, m) for objects in new.values() for k, m in objects.items() if k.kind == kind]
    key, manifest = candidates[0]
    change(manifest)
    assert any(
        str(key) == flagged and flag is Flag.IMMUTABLE for _, flagged, flag in _flags(sync_preview.compare(old, new))
    )


def test_a_hook_that_argocd_recreates_may_change_its_template(complete_dist):
    old = _tree(complete_dist)
    new = copy.deepcopy(old)
    _, job = _object(new, "authelia", "Job", "secret-generator")
    job["spec"]["template"]["spec"]["containers"][0]["image"] += "-next"
    assert not sync_preview.unclean(sync_preview.compare(old, new))


def test_every_hook_finds_what_it_needs_when_it_starts(profile):
    # Waves order a sync within one Application, so each is checked on its own.
    _, dist, _, _ = profile
    problems = [
        f"{application}: {key}: {why}"
        for application, objects in _tree(dist).items()
        for key, whys in sync_preview.hook_problems(objects).items()
        for why in whys
    ]
    assert not problems, "\n".join(problems)


def test_a_hook_whose_account_moves_after_it_is_flagged(complete_dist):
    old = _tree(complete_dist)
    new = copy.deepcopy(old)
    _, account = _object(new, "authelia", "ServiceAccount", "secret-generator")
    account["metadata"]["annotations"]["argocd.argoproj.io/sync-wave"] = "0"
    flags = _flags(sync_preview.compare(old, new))
    assert ("authelia", "Job authelia/secret-generator", Flag.HOOK_DEPENDENCY) in flags


def test_argocd_order_puts_namespaces_first_and_hooks_in_their_phase():
    namespace = {"kind": "Namespace", "metadata": {"name": "b"}}
    job = {"kind": "Job", "metadata": {"name": "a", "annotations": {"argocd.argoproj.io/sync-wave": "-1"}}}
    presync = {"kind": "Job", "metadata": {"name": "z", "annotations": {"argocd.argoproj.io/hook": "PreSync"}}}
    custom = {"kind": "Certificate", "metadata": {"name": "a"}}
    ordered = sorted([custom, namespace, job, presync], key=sync_preview.sync_order)
    assert [o["metadata"]["name"] for o in ordered] == ["z", "a", "b", "a"]
    assert ordered[-1]["kind"] == "Certificate"


def test_the_diff_command_reads_two_refs_and_renders_markdown():
    result = subprocess.run(
        [toolchain.python(), str(ROOT / "scripts" / "diff"), "--from", "HEAD", "--to", "HEAD", "--markdown", "--check"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("No changes")


def test_the_diff_command_names_a_ref_it_cannot_read():
    result = subprocess.run(
        [toolchain.python(), str(ROOT / "scripts" / "diff"), "--from", "no-such-ref", "--to", "HEAD"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 2
    assert result.stderr.startswith("diff: git has no dist/ at no-such-ref")
    assert "Traceback" not in result.stderr


def test_nothing_that_holds_data_is_pruned_without_confirmation(profile):
    _, dist, _, _ = profile
    unguarded = [
        f"{application}: {key}"
        for application, objects in _tree(dist).items()
        for key, manifest in objects.items()
        if (key.group, key.kind) in sync_preview.PRUNE_PROTECTED
        and "Prune=confirm"
        not in (manifest["metadata"].get("annotations") or {}).get(sync_preview.SYNC_OPTIONS_ANNOTATION, "")
    ]
    assert not unguarded, "pruned without asking: " + ", ".join(unguarded)


def _repository_with_a_moved_volume(tmp_path, complete_dist, message):
    repo = tmp_path / "repo"
    (repo / "dist").mkdir(parents=True)
    git = ["git", "-C", str(repo), "-c", "user.name=t", "-c", "user.email=t@example.invalid"]
    subprocess.run(["git", "init", "-q", str(repo)], check=True)
    shutil.copytree(complete_dist / "vaultwarden", repo / "dist" / "vaultwarden")
    subprocess.run([*git, "add", "-A"], check=True)
    subprocess.run([*git, "commit", "-qm", "one"], check=True)
    volume = repo / "dist" / "vaultwarden" / "PersistentVolume.vaultwarden-data.k8s.yaml"
    volume.write_text(volume.read_text().replace("path: /mnt/", "path: /moved/", 1))
    subprocess.run([*git, "commit", "-qam", message], check=True)
    return repo


def test_a_commit_that_moves_a_volume_is_refused(tmp_path, complete_dist):
    repo = _repository_with_a_moved_volume(tmp_path, complete_dist, "move the vault")
    [problem] = sync_preview.unsafe_commits(repo, "HEAD~1")
    assert "PersistentVolume vaultwarden-data: immutable field changed: spec.local.path" in problem


def test_a_commit_that_acknowledges_the_runbook_passes(tmp_path, complete_dist):
    message = "move the vault\n\nSync-Replace: PersistentVolume vaultwarden-data\n"
    repo = _repository_with_a_moved_volume(tmp_path, complete_dist, message)
    assert sync_preview.unsafe_commits(repo, "HEAD~1") == []


def test_no_commit_since_the_preview_exists_changes_an_immutable_field_unasked():
    # Every commit after the one that brought this check is a push Argo CD may sync.
    introduced = subprocess.run(
        [
            "git",
            "-C",
            str(ROOT),
            "log",
            "--diff-filter=A",
            "--format=%H",
            "--",
            "constructs/potatostack/sync_preview.py",
        ],
        capture_output=True,
        text=True,
        check=True,
    ).stdout.split()
    assert introduced, "constructs/potatostack/sync_preview.py is not committed: commit it, then run the gate"
    problems = sync_preview.unsafe_commits(ROOT, introduced[-1])
    assert not problems, (
        "these commits change fields Kubernetes will not change on a live object (follow docs/runbooks.md, "
        "'Changing a field Kubernetes will not change', then acknowledge with a 'Sync-Replace: Kind name' line):\n"
        + "\n".join(problems)
    )
