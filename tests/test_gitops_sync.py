"""A real Argo CD syncs dist/ into the box by the README's bootstrap (issue 13).

The application controller and repo server at the release dist/argocd runs, with
Redis, beside a box of its own (tests/gitops.py), fetch a synthesized dist/ from a
Git remote in a temporary folder (settings.gitops.repo_url is its file:// URL). The
bootstrap is the README's: Argo CD's own manifests from dist/argocd applied once, then
again for the Applications once their CRDs exist. Then, in the order of a life:

1. from that empty cluster every Application reaches Synced and Healthy in a bounded time;
2. a commit that changes one service syncs that Application and no other;
3. a commit that gives a service what its project does not allow is refused, and the
   fix pushed after it syncs;
4. a commit that disables a service prunes it once the owner confirms (Prune=confirm).

A commit that changes an immutable field never gets this far: the gate refuses it
(tests/test_unsafe_changes.py, scripts/diff).

Left out of the commits, and named: the webhook configurations only a running pod
answers (kwok runs none; tests/box.py does the same) and the Applications of charts
on the internet (the gate reaches no chart repository), whose CRDs are installed
beforehand from imports/crds/ as the chart, or k3s for Traefik's, would.
"""

import json
import pathlib
import shutil
import time

import box as boxes
import gitops
import pytest
import toolchain
import yaml

from potatostack import k3s, projects

pytestmark = [pytest.mark.xdist_group("gitops"), pytest.mark.tools]

# From an empty cluster to every Application Healthy. A manual run took about 30 s;
# the bound allows a loaded 2-core gate machine and Argo CD's retry backoff (10 s, 20 s).
FIRST_SYNC_SECONDS = 300
# One changed Application: a refresh, one sync.
CHANGE_SECONDS = 120

CHANGED_SERVICE = "vaultwarden"
DISABLED_SERVICE = "sftpgo"
CHANGE_ANNOTATION = "potatostack.io/gate-change"
ESCALATION = f"{CHANGED_SERVICE}-cluster-admin"
# A refused sync is retried after 10, 20, 40, 80 s...: the fix lands at the next retry.
FIX_SECONDS = 300


def _settings(folder: pathlib.Path, remote: gitops.Remote, **changes) -> pathlib.Path:
    raw = yaml.safe_load((toolchain.ROOT / "settings.yaml").read_text())
    raw["gitops"]["repo_url"] = remote.url
    raw["gitops"]["revision"] = remote.branch
    for key, value in changes.items():
        raw.setdefault("services", {}).setdefault(key, {}).update(value)
    path = folder / f"settings-{len(list(folder.glob('settings-*')))}.yaml"
    path.write_text(yaml.safe_dump(raw))
    return path


def _synth(folder: pathlib.Path, settings: pathlib.Path) -> pathlib.Path:
    out = folder / settings.stem
    result = toolchain.synth(out, settings=settings)
    assert result.returncode == 0, result.stderr[-2000:]
    return out


@pytest.fixture(scope="module")
def scene(tmp_path_factory):
    """The remote, the dist/ of each commit, a box with Argo CD beside it, and the stand-ins."""
    folder = tmp_path_factory.mktemp("gitops")
    remote = gitops.Remote(folder / "git")
    base = _synth(folder, _settings(folder, remote))
    disabled = _synth(folder, _settings(folder, remote, **{DISABLED_SERVICE: {"enabled": False}}))
    if (disabled / DISABLED_SERVICE).exists() or not (base / DISABLED_SERVICE).exists():
        pytest.fail(f"{DISABLED_SERVICE} must be in the default profile and gone when disabled", pytrace=False)
    argocd = toolchain.argocd()
    redis_server = toolchain.redis_server()
    tools = toolchain.box_tools()
    box_folder = boxes.scratch_folder()
    try:
        with boxes.Box.started(
            tools, box_folder, apiserver_flags=k3s.APISERVER_MEMORY_FLAGS, environment=k3s.SERVICE_ENVIRONMENT
        ) as box:
            stand_ins = gitops.StandIns(box)
            stand_ins.start()
            try:
                yield {
                    "box": box,
                    "remote": remote,
                    "base": base,
                    "disabled": disabled,
                    "argocd": argocd,
                    "redis_server": redis_server,
                    "folder": folder,
                    "stand_ins": stand_ins,
                }
            finally:
                stand_ins.stop()
    except boxes.BoxError as error:
        pytest.fail(f"the box or Argo CD did not start: {error}", pytrace=False)
    finally:
        boxes.remove(box_folder)


def _storage_node(scene) -> None:
    from test_cluster import node_size

    from potatostack import settings as settings_module

    settings_file = sorted(scene["folder"].glob("settings-*.yaml"))[0]
    chosen = settings_module.load(settings_file)
    scene["box"].add_node(chosen.storage_node, **node_size(scene["base"], settings_file))


def _disabled_state(box) -> str:
    """What holds up the disabled service's removal: its Application's deletion and
    finalizers, and what is left in its namespace."""
    app = gitops.applications(box).get(DISABLED_SERVICE)
    if app is None:
        described = "Application gone"
    else:
        described = (
            f"Application deletionTimestamp={app['metadata'].get('deletionTimestamp')} "
            f"finalizers={app['metadata'].get('finalizers')} state: {gitops.state(app)}"
        )
    left = box.kubectl("get", "all,pvc", "-n", DISABLED_SERVICE, check=False)
    namespace = box.kubectl("get", "namespace", DISABLED_SERVICE, "-o", "yaml", check=False)
    return f"{DISABLED_SERVICE}: {described}\nleft:\n{left.stdout}{left.stderr}\n{namespace.stdout[-1500:]}"


def _mib(figures) -> dict:
    return {name: round(value) for name, value in figures.items()}


def _expected_applications(dist: pathlib.Path) -> set:
    return {
        obj["metadata"]["name"]
        for obj in boxes.dist_objects(dist)
        if obj["kind"] == "Application" and not gitops.left_out(obj)
    }


@pytest.fixture(scope="module")
def first_sync(scene):
    """The README's bootstrap on an empty cluster, timed until every Application settles."""
    box, remote, base = scene["box"], scene["remote"], scene["base"]
    revision = remote.commit(base, "dist/ of the default profile", gitops.left_out)
    _storage_node(scene)
    # What the node has before Argo CD: k3s's bundled CRDs; and those of the charts the
    # gate cannot fetch.
    outside = gitops.crds_from_outside([o for o in boxes.dist_objects(base) if not gitops.left_out(o)])
    if outside:
        result = box.apply(outside)
        assert result.returncode == 0, result.stderr
        box.wait_for_crds()
    began = time.monotonic()
    dist_argocd = remote.work / "dist" / "argocd"
    # The README: `kubectl apply --server-side -f dist/argocd/` twice, the first run
    # creating the CRDs the AppProjects and Applications need.
    first = box.kubectl("apply", "--server-side", "-f", str(dist_argocd), check=False)
    box.wait_for_crds()
    second = box.kubectl("apply", "--server-side", "-f", str(dist_argocd), check=False)
    assert second.returncode == 0, f"the bootstrap's second apply failed:\n{second.stderr}\n(first: {first.stderr})"
    processes = gitops.start(box, scene["argocd"], scene["redis_server"], dist_argocd)
    started = time.monotonic() - began
    expected = _expected_applications(remote.work / "dist")
    try:
        found = gitops.wait_settled(box, expected, FIRST_SYNC_SECONDS, revision)
    except boxes.BoxError as error:
        pytest.fail(
            f"{error}\n\ncontroller log:\n{processes.controller.tail(30)}\n\nrepo server log:\n"
            f"{processes.repo_server.tail(10)}\nstand-in errors: {scene['stand_ins'].errors[-3:]}",
            pytrace=False,
        )
    seconds = time.monotonic() - began
    # Figures, not checks (scripts/bench_gitops.py measures them properly).
    print(f"gitops: resident MiB after the first sync {_mib(box.rss_mib())}, peak {_mib(box.peak_mib())}")
    print(
        f"gitops: Argo CD started in {started:.0f}s; every Application Synced and Healthy {seconds:.0f}s after the bootstrap"
    )
    return {"revision": revision, "apps": found, "seconds": seconds, "expected": expected, "processes": processes}


def test_every_application_syncs_and_is_healthy_from_an_empty_cluster(first_sync, record_property):
    record_property("first_sync_seconds", round(first_sync["seconds"]))
    assert first_sync["seconds"] < FIRST_SYNC_SECONDS
    assert {"potatostack", CHANGED_SERVICE, DISABLED_SERVICE} <= first_sync["expected"]


def test_a_commit_that_changes_one_service_syncs_only_its_application(scene, first_sync):
    box, remote = scene["box"], scene["remote"]
    before = gitops.applications(box)
    changed = scene["folder"] / "changed"
    shutil.rmtree(changed, ignore_errors=True)
    shutil.copytree(scene["base"], changed)
    # A changed setting of one service changes files in its folder only.
    for path in (changed / CHANGED_SERVICE).glob("Deployment.*.yaml"):
        obj = yaml.safe_load(path.read_text())
        obj["metadata"].setdefault("annotations", {})[CHANGE_ANNOTATION] = "1"
        path.write_text(yaml.safe_dump(obj, sort_keys=False))
    revision = remote.commit(changed, f"{CHANGED_SERVICE}: one annotation", gitops.left_out)
    expected = first_sync["expected"]
    found = gitops.wait_settled(box, expected, CHANGE_SECONDS, revision, poke=lambda: gitops.refresh(box, expected))
    deployments = box.get("deployments", "-n", CHANGED_SERVICE)["items"]
    assert deployments and all(d["metadata"].get("annotations", {}).get(CHANGE_ANNOTATION) == "1" for d in deployments)
    resynced = sorted(
        name
        for name in expected
        if (found[name]["status"].get("operationState") or {}).get("startedAt")
        != (before[name]["status"].get("operationState") or {}).get("startedAt")
    )
    assert resynced == [CHANGED_SERVICE]
    synced_at = found[CHANGED_SERVICE]["status"]["operationState"]["syncResult"]["revision"]
    assert synced_at == revision


def _mentions(obj, text: str) -> bool:
    # JSON: YAML would fold a long message across lines.
    return text in json.dumps(obj)


def test_a_commit_outside_its_project_is_refused_and_the_fix_after_it_syncs(scene, first_sync):
    """A service folder that grows a ClusterRoleBinding its declaration does not name
    (cluster-admin for its ServiceAccount) is refused by the services project before
    anything is applied; the commit that takes it out again syncs at the next retry
    (the retries take the newest commit)."""
    box, remote = scene["box"], scene["remote"]
    # What the remote holds now, whichever scene committed it.
    current = scene["folder"] / "before-escalation"
    escalating = scene["folder"] / "escalating"
    for folder in (current, escalating):
        shutil.rmtree(folder, ignore_errors=True)
        shutil.copytree(remote.work / "dist", folder)
    binding = {
        "apiVersion": "rbac.authorization.k8s.io/v1",
        "kind": "ClusterRoleBinding",
        "metadata": {"name": ESCALATION},
        "roleRef": {"apiGroup": "rbac.authorization.k8s.io", "kind": "ClusterRole", "name": "cluster-admin"},
        "subjects": [{"kind": "ServiceAccount", "name": CHANGED_SERVICE, "namespace": CHANGED_SERVICE}],
    }
    (escalating / CHANGED_SERVICE / f"ClusterRoleBinding.{ESCALATION}.k8s.yaml").write_text(yaml.safe_dump(binding))
    revision = remote.commit(escalating, f"{CHANGED_SERVICE}: a cluster role binding of its own", gitops.left_out)
    refusal = f"rbac.authorization.k8s.io:ClusterRoleBinding is not permitted in project {projects.SERVICES}"
    deadline = time.monotonic() + CHANGE_SECONDS
    app = None
    while time.monotonic() < deadline:
        gitops.refresh(box, [CHANGED_SERVICE])
        app = gitops.applications(box).get(CHANGED_SERVICE)
        if app is not None and _mentions(app.get("status", {}), refusal):
            break
        time.sleep(3)
    else:
        pytest.fail(f"{CHANGED_SERVICE} never reported the refusal: {gitops.state(app or {})}", pytrace=False)
    made = box.kubectl("get", "clusterrolebinding", ESCALATION, check=False)
    assert made.returncode != 0, f"the binding was applied:\n{made.stdout}"
    fixed = remote.commit(current, f"{CHANGED_SERVICE}: the binding taken out again", gitops.left_out)
    expected = first_sync["expected"]
    try:
        gitops.wait_settled(box, expected, FIX_SECONDS, fixed, poke=lambda: gitops.refresh(box, expected))
    except boxes.BoxError as error:
        pytest.fail(f"the fix after the refused commit did not sync:\n{error}", pytrace=False)
    assert revision != fixed


def _left_of_disabled(box) -> list:
    left = box.get("deployments,statefulsets,services,configmaps,cronjobs", "-n", DISABLED_SERVICE)["items"]
    return sorted(o["kind"] + "/" + o["metadata"]["name"] for o in left if o["metadata"]["name"] != "kube-root-ca.crt")


def test_a_commit_that_disables_a_service_prunes_it_once_the_owner_confirms(scene, first_sync):
    """Its Namespace and PersistentVolumes carry Prune=confirm, so Argo CD deletes
    nothing of a removed Application until the owner approves (`argocd app
    confirm-deletion`, the annotation below; docs/runbooks.md): then everything goes,
    the resources finalizer first (the data stays on the disk: Retain)."""
    box, remote = scene["box"], scene["remote"]
    assert _left_of_disabled(box), "nothing of it ran to prune"
    revision = remote.commit(scene["disabled"], f"{DISABLED_SERVICE}: disabled", gitops.left_out)
    expected = first_sync["expected"] - {DISABLED_SERVICE}
    deadline = time.monotonic() + CHANGE_SECONDS
    # What a push webhook does: every Application looks at the new commit now (the
    # secrets export drops its Role in the disabled namespace), not at its next poll.
    gitops.refresh(box, first_sync["expected"])
    while time.monotonic() < deadline:
        app = gitops.applications(box).get(DISABLED_SERVICE)
        if app is None or app["metadata"].get("deletionTimestamp"):
            break
        time.sleep(2)
    else:
        pytest.fail(f"the root Application did not delete {DISABLED_SERVICE}'s\n{_disabled_state(box)}", pytrace=False)
    assert app is not None, f"{DISABLED_SERVICE}'s Application went without the owner's confirmation"
    # The rest settles at the new commit while the pruning waits (the root stays
    # Progressing until its deleted child is gone); unconfirmed, the workloads stay.
    children = expected - {"potatostack"}
    try:
        gitops.wait_settled(box, children, CHANGE_SECONDS, revision, poke=lambda: gitops.refresh(box, children))
    except boxes.BoxError as error:
        pytest.fail(f"{error}\n{_disabled_state(box)}", pytrace=False)
    assert _left_of_disabled(box), "objects under Prune=confirm were pruned unconfirmed"
    approved = time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime(time.time() + 1))
    box.kubectl(
        "-n", "argocd", "annotate", "application", DISABLED_SERVICE, f"argocd.argoproj.io/deletion-approved={approved}"
    )
    while time.monotonic() < deadline + CHANGE_SECONDS:
        if DISABLED_SERVICE not in gitops.applications(box) and not _left_of_disabled(box):
            break
        time.sleep(2)
    else:
        pytest.fail(f"confirmed, yet not pruned: left {_left_of_disabled(box)}\n{_disabled_state(box)}", pytrace=False)
    try:
        gitops.wait_settled(box, expected, CHANGE_SECONDS, None, poke=lambda: gitops.refresh(box, expected))
    except boxes.BoxError as error:
        pytest.fail(f"{error}\n{_disabled_state(box)}", pytrace=False)
