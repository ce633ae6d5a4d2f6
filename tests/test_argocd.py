"""Argo CD in dist/: trimmed to what one node needs, sized, hardened, and closed off.

The policies of policies/ leave the argocd namespace alone (it is in their list of
upstream namespaces), so the conventions they check are checked here on Argo CD's pods.
"""

import hashlib
import json

import manifests
import toolchain

from potatostack import argocd, budget, quantity, reachability, settings

FOLDER = "argocd"
CONTROLLER = "argocd/argocd-application-controller"
REPO_SERVER = "argocd/argocd-repo-server"
REDIS = "argocd/argocd-redis"


def _workloads(tree):
    return {m["metadata"]["name"]: m for m in tree[FOLDER].values() if m["kind"] in ("Deployment", "StatefulSet")}


def test_only_the_controller_the_repo_server_and_redis_run(fresh_tree):
    assert set(_workloads(fresh_tree)) == {c.name for c in argocd.COMPONENTS}


def test_no_applicationset_crd_is_installed(fresh_tree):
    crds = {
        m["metadata"]["name"] for _, _, m in manifests.objects(fresh_tree) if m["kind"] == "CustomResourceDefinition"
    }
    assert {crd for crd in crds if crd.endswith(".argoproj.io")} == {
        "applications.argoproj.io",
        "appprojects.argoproj.io",
    }


def test_only_the_status_argo_cd_writes_is_stored_unvalidated(fresh_tree):
    crd = next(
        m
        for _, _, m in manifests.objects(fresh_tree)
        if m["kind"] == "CustomResourceDefinition" and m["metadata"]["name"] == "applications.argoproj.io"
    )
    schema = crd["spec"]["versions"][0]["schema"]["openAPIV3Schema"]["properties"]
    opaque = {
        path
        for path in argocd.OPAQUE_SCHEMAS["applications.argoproj.io"]
        if _at(schema, path).get("x-kubernetes-preserve-unknown-fields")
    }
    assert opaque == set(argocd.OPAQUE_SCHEMAS["applications.argoproj.io"])
    assert all(path.startswith("status.") for path in opaque)
    # What people and the root Application write keeps upstream's schema.
    assert "x-kubernetes-preserve-unknown-fields" not in schema["spec"]
    assert "properties" in schema["spec"]["properties"]["source"]
    assert "properties" in schema["operation"]["properties"]["sync"]


def _at(properties, path):
    node = {"properties": properties}
    for step in path.replace("[]", ".[]").split("."):
        node = node["items"] if step == "[]" else node["properties"][step]
    return node


def test_the_vendored_release_is_the_one_sources_records():
    recorded = (toolchain.ROOT / "imports" / "upstream" / "SOURCES.md").read_text()
    digest = hashlib.sha256(argocd.UPSTREAM.read_bytes()).hexdigest()
    assert f"| {argocd.VERSION} | `manifests/core-install.yaml` | `{digest}` |" in recorded


def test_every_container_is_sized_and_hardened(fresh_tree):
    for name, workload in _workloads(fresh_tree).items():
        pod = workload["spec"]["template"]["spec"]
        assert pod["priorityClassName"] == argocd.PRIORITY.class_name, name
        assert pod["securityContext"]["seccompProfile"] == {"type": "RuntimeDefault"}, name
        for container in [*pod.get("initContainers", []), *pod["containers"]]:
            where = f"{name}/{container['name']}"
            resources = container["resources"]
            assert {"cpu", "memory"} <= set(resources["requests"]) and "memory" in resources["limits"], where
            context = container["securityContext"]
            assert context["capabilities"] == {"drop": ["ALL"]}, where
            assert context["runAsNonRoot"] and context["readOnlyRootFilesystem"], where
            assert context["allowPrivilegeEscalation"] is False, where
            assert container["image"].rsplit(":", 1)[1] not in ("latest", ""), where


def test_each_go_program_collects_before_its_limit(fresh_tree):
    for component in argocd.COMPONENTS:
        container = next(
            c
            for c in _workloads(fresh_tree)[component.name]["spec"]["template"]["spec"]["containers"]
            if c["name"] == component.container
        )
        env = {e["name"]: e.get("value") for e in container.get("env", [])}
        if not component.go:
            assert "GOMEMLIMIT" not in env, component.name
            continue
        limit = quantity.memory_bytes(container["resources"]["limits"]["memory"])
        gomemlimit = int(env["GOMEMLIMIT"].removesuffix("MiB")) << 20
        assert 0.85 * limit <= gomemlimit < limit, component.name
        assert env["GOGC"] == argocd.GOGC, component.name


def _measured():
    return json.loads((toolchain.ROOT / "measurements" / "gitops.json").read_text())


def test_the_requests_cover_the_measured_steady_use():
    """A co-located component's request covers its proportional size after the first
    sync (the pages it shares counted half), any other's its resident size; every limit
    covers the resident peak, which the pod charged with the shared pages may reach."""
    measured = _measured()
    for component in argocd.COMPONENTS:
        process = component.name.removeprefix("argocd-") if component.name == "argocd-redis" else component.name
        steady = measured["proportional_mib" if component.name in argocd.CO_LOCATED else "resident_mib"][process]
        assert quantity.memory_bytes(component.memory) >= steady << 20, component.name
        assert quantity.memory_bytes(component.memory_limit) >= measured["peak_mib"][process] << 20
        # The range the declaration quotes ("133-141 MiB ...") holds the figure written last.
        low, _, high = component.source.split(" MiB")[0].partition("-")
        assert int(low) <= steady <= int(high or low), (component.name, component.source)


def test_the_redis_init_container_is_sized_by_its_measurement():
    """Its request covers the memory it adds beside the running controller and repo
    server (measurements/gitops.json); its limit holds that twice over, the rest of its
    resident size being clean code the kernel can drop."""
    measured = _measured()["redis_init_mib"]
    resources = argocd.INIT_RESOURCES["secret-init"]
    assert quantity.memory_bytes(resources["requests"]["memory"]) >= measured["private"] << 20
    assert quantity.memory_bytes(resources["limits"]["memory"]) >= 2 * measured["private"] << 20


def test_the_pair_sized_by_their_shared_pages_share_a_node(fresh_tree):
    """Pss counts the argocd binary's shared pages half in each process: true only when
    both run on one node. The repo server requires the controller's node, and the
    controller prefers the repo server's; the selectors name the other's pod labels."""
    pods = {name: obj["spec"]["template"] for name, obj in _workloads(fresh_tree).items() if name in argocd.CO_LOCATED}
    assert set(pods) == set(argocd.CO_LOCATED)
    repo, controller = pods["argocd-repo-server"], pods["argocd-application-controller"]
    (required,) = repo["spec"]["affinity"]["podAffinity"]["requiredDuringSchedulingIgnoredDuringExecution"]
    (preferred,) = controller["spec"]["affinity"]["podAffinity"]["preferredDuringSchedulingIgnoredDuringExecution"]
    for term, other in ((required, controller), (preferred["podAffinityTerm"], repo)):
        assert term["topologyKey"] == "kubernetes.io/hostname"
        assert term["labelSelector"]["matchLabels"].items() <= other["metadata"]["labels"].items()
    # Upstream's anti-affinity would push them apart.
    assert "podAntiAffinity" not in repo["spec"]["affinity"] and "podAntiAffinity" not in controller["spec"]["affinity"]


def test_the_budget_counts_argo_cd_from_its_requests(fresh_tree):
    chosen = settings.load(toolchain.ROOT / "settings.yaml")
    measured = budget.measure([m for _, _, m in manifests.objects(fresh_tree)], chosen.node)
    counted = {c.name: c.memory for c in measured.consumers}
    for component in argocd.COMPONENTS:
        assert counted[f"argocd/{component.name}"] >= quantity.memory_bytes(component.memory), component.name


def test_the_settings_a_small_controller_needs_are_set(fresh_tree):
    cm = fresh_tree[FOLDER]["ConfigMap.argocd-cm.k8s.yaml"]["data"]
    assert cm["timeout.reconciliation"] == argocd.SETTINGS["timeout.reconciliation"]
    assert "argoproj.io_Application" in "".join(cm)
    assert "EndpointSlice" in cm["resource.exclusions"] and "Lease" in cm["resource.exclusions"]
    params = fresh_tree[FOLDER]["ConfigMap.argocd-cmd-params-cm.k8s.yaml"]["data"]
    assert params["reposerver.parallelism.limit"] == "1"
    assert int(params["controller.status.processors"]) <= 4 and int(params["controller.operation.processors"]) <= 2
    # A hanging sync ends and is retried (issue 13, defect 8).
    assert 0 < int(params["controller.sync.timeout.seconds"]) <= 900


def test_a_failed_sync_of_our_folders_is_retried_without_a_limit_at_the_newest_commit(fresh_tree):
    """Five retries (about 310 s) are outlasted by a first sync on the board (issue 13,
    defect 2); retried forever, each retry must take the newest commit, or a fix pushed
    after a commit that cannot sync is never applied (tests/test_gitops_sync.py)."""
    for name, app in fresh_tree[FOLDER].items():
        if app["kind"] == "Application" and "path" in app["spec"]["source"]:
            retry = app["spec"]["syncPolicy"]["retry"]
            assert retry["limit"] < 0 and retry["backoff"]["maxDuration"] == "5m", name
            assert retry["refresh"] is True, name


def _matrix(tree):
    chosen = settings.load(toolchain.ROOT / "settings.yaml")
    return reachability.matrix([m for _, _, m in manifests.objects(tree)], chosen)


def test_nothing_but_argo_cd_reaches_its_redis(profile):
    _, _, tree, _ = profile
    sources = {source for source, destination in _matrix(tree) if destination == REDIS}
    assert sources == {CONTROLLER, REPO_SERVER}


# Every path Argo CD's NetworkPolicies open, written out.
ARGOCD_PATHS = {
    (CONTROLLER, REPO_SERVER),
    (CONTROLLER, REDIS),
    (CONTROLLER, "Kubernetes API"),
    (CONTROLLER, "cluster DNS"),
    (REPO_SERVER, REDIS),
    (REPO_SERVER, "cluster DNS"),
    # Redis's init container writes its generated password as a Secret.
    (REDIS, "Kubernetes API"),
    (REDIS, "cluster DNS"),
}
# A remote outside the cluster (settings.yaml's) is a public address on its port: the
# repo server's rule for it reaches the internet on that port, and nothing else does.
REMOTE_ON_NODE = argocd.git_remote(settings.load(toolchain.ROOT / "settings.yaml"))[0] is not None
ARGOCD_PATHS.add((REPO_SERVER, "Git remote" if REMOTE_ON_NODE else "internet"))


def test_argo_cd_opens_exactly_its_paths(profile):
    _, _, tree, _ = profile
    opened = {(s, d) for s, d in _matrix(tree) if s.startswith("argocd/") or d.startswith("argocd/")}
    assert opened == ARGOCD_PATHS


def test_nothing_but_the_repo_server_reaches_the_git_remote(profile):
    _, _, tree, _ = profile
    reached = {s for s, d in _matrix(tree) if d == "Git remote"}
    # Gitea on the node: only the repo server; a remote elsewhere is the internet, which
    # the repo server reaches on the remote's port (test_argo_cd_opens_exactly_its_paths).
    assert reached == ({REPO_SERVER} if REMOTE_ON_NODE else set())


def test_a_git_remote_elsewhere_is_reached_on_the_internet_only():
    chosen = settings.load(toolchain.ROOT / "settings.yaml")
    elsewhere = chosen.model_copy(
        update={"gitops": chosen.gitops.model_copy(update={"repo_url": "git@github.com:owner/k8s.git"})}
    )
    assert argocd.git_remote(elsewhere) == (None, 22)
    on_node = chosen.model_copy(
        update={"gitops": chosen.gitops.model_copy(update={"repo_url": f"https://git.{chosen.domain}/owner/k8s.git"})}
    )
    assert argocd.git_remote(on_node) == (f"{chosen.lan.node_ip}/32", 443)


def test_a_disabled_service_takes_its_objects_with_it(fresh_tree):
    """Pruning an Application deletes its objects only with Argo CD's resources finalizer
    (issue 13, defect 7; tests/test_gitops_sync.py disables a service for real). The
    root, the platform and the upstream charts keep theirs when their Application goes:
    cert-manager's CRDs would take every Certificate with them."""
    from potatostack import charts

    applications = {m["metadata"]["name"]: m for m in fresh_tree[FOLDER].values() if m["kind"] == "Application"}
    services = {
        folder
        for folder in fresh_tree
        if folder != FOLDER
        and any(m["kind"] == "Namespace" and m["metadata"]["name"] == folder for m in fresh_tree[folder].values())
    } - {"cert-manager"}
    assert services, "no service in the default profile"
    for name, app in applications.items():
        finalizers = app["metadata"].get("finalizers") or []
        if name in services:
            assert finalizers == [charts.RESOURCES_FINALIZER], name
        else:
            assert not finalizers, name


def test_a_remote_on_the_stacks_own_gitea_is_reached_by_the_repo_server_alone(tmp_path):
    """gitops.repo_url on the stack's domain (Gitea enabled, as in the complete profile):
    the node's address on the remote's port is a path of its own, the repo server's only."""
    chosen = settings.load(toolchain.ROOT / "settings.yaml")
    gitops = {"repo_url": f"https://git.{chosen.domain}/potatostack/k8s.git", "revision": "main", "path": "dist"}
    path = tmp_path / "settings.yaml"
    path.write_text(toolchain.every_service_settings(gitops=gitops))
    result = toolchain.synth(tmp_path / "dist", settings=path)
    assert result.returncode == 0, result.stderr
    tree = manifests.load(tmp_path / "dist")
    matrix = reachability.matrix([m for _, _, m in manifests.objects(tree)], settings.load(path))
    assert {s for s, d in matrix if d == "Git remote"} == {REPO_SERVER}
