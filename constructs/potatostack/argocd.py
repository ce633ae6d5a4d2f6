"""Argo CD itself, rendered from its own release manifests and sized for the 2 GB node.

Argo CD manages its own objects from dist/argocd/ once it is bootstrapped (docs/operations.md).
The source is Argo CD's `core-install.yaml` at the pinned release, copied unchanged by
scripts/vendor-upstream; this module keeps only what a single-node GitOps controller
needs (the application controller, the repo server and Redis) and sets what the
upstream file leaves open: requests and limits, GOMEMLIMIT, the priority, few
processors, a homelab's reconciliation interval and what the controller need not watch.

Left out, and why:
- the API server and UI: `argocd admin dashboard` from a laptop serves the same UI
  through the Kubernetes API for as long as it runs (docs/operations.md), at no cost to the node;
- the ApplicationSet controller and its CRD: nothing here uses ApplicationSets, and
  the CRD's 1.4 MB of schema alone cost the API server about 210 MiB (issue 12);
- Dex and notifications (not in the core install at all);
- upstream's NetworkPolicies: ours (network rules below) deny by default.
"""

from __future__ import annotations

import urllib.parse
from dataclasses import dataclass
from typing import Any, Dict, List, Optional, Sequence, Tuple

import cdk8s
import yaml

from constructs import Construct
from potatostack import images, labels, network, platform, upstream
from potatostack.errors import ConfigError
from potatostack.priority import Priority
from potatostack.settings import Settings

UPSTREAM = upstream.FOLDER / "argo-cd" / "core-install.yaml"
# The release scripts/vendor-upstream copies, and the image the pods run.
VERSION = images.ARGOCD.tag

NAMESPACE = platform.ARGOCD_NAMESPACE

# What Argo CD survives on: without it nothing heals or updates.
PRIORITY = Priority.CRITICAL


@dataclass(frozen=True)
class Component:
    """One Argo CD workload kept from the release, with what it may use and why."""

    name: str  # the workload's name in the release
    container: str  # its main container
    cpu: str
    memory: str  # request: what it holds once synced
    memory_limit: str  # what it may reach at the peak of a sync
    go: bool  # a Go program: GOMEMLIMIT is set from the limit
    source: str  # where the memory figures come from


# Measured with the real v3.6.1 binaries beside the box (the control plane in one
# process), this dist/ (17 Applications) synced into them by scripts/bench_gitops.py
# with GOGC=25 (below; measurements/gitops.json and runs like it).
#
# Requests cover each process's proportional set size (Pss) after the first sync, not
# its resident size. The application controller and the repo server run the same
# argocd binary from the same image, and 78 MiB of its code are mapped by both
# (smaps_rollup Shared_Clean): summed resident sizes (172-181 and 102-103 MiB) count
# those pages twice, Pss counts half of them in each (133-141 and 61-64 MiB), and the
# node holds them once. That is only true on one node, so the repo server runs beside
# the controller (CO_LOCATED). The kernel charges a shared page to the pod that touched
# it first (Redis's init container runs the binary too), so one pod may read well above
# its request while the others stay below theirs (docs/budget.md). Limits cover the
# resident peak, which such a pod may reach; GOMEMLIMIT makes the Go runtime collect
# before the limit instead of being killed at it.
COMPONENTS = (
    Component(
        "argocd-application-controller",
        "argocd-application-controller",
        "100m",
        "144Mi",
        "384Mi",
        True,
        "133-141 MiB proportional (Pss) after the first sync; 172-181 resident, 218-224 at its peak "
        "(measurements/gitops.json)",
    ),
    Component(
        "argocd-repo-server",
        "argocd-repo-server",
        "50m",
        "72Mi",
        "192Mi",
        True,
        "61-64 MiB proportional (Pss) after the first sync; 102-103 resident, 105-106 at its peak "
        "(measurements/gitops.json)",
    ),
    Component(
        "argocd-redis",
        "redis",
        "10m",
        "16Mi",
        "64Mi",
        False,
        "13 MiB resident, also at the peak (measurements/gitops.json)",
    ),
)
_BY_NAME = {component.name: component for component in COMPONENTS}

# The components whose requests assume they share a node, and so their binary's pages
# (above): the repo server is scheduled only where the application controller runs, and
# the controller prefers the repo server's node when it is the one to move. This
# replaces upstream's anti-affinity, which spreads Argo CD's pods over nodes.
CO_LOCATED = ("argocd-application-controller", "argocd-repo-server")

# The Go components collect once their heap has grown by a quarter of what is live, not
# by all of it (Go's default, GOGC=100). Measured with scripts/bench_gitops.py after the
# first sync of 9 Applications: the application controller 217 -> 166 MiB (peak 284 ->
# 214), the repo server 110 -> 102; most of the controller's resident memory was garbage
# waiting for a collection (its heap profile held 70 MiB live). The price is CPU: that
# first sync took 59 s instead of 51 on 2 cores, and a homelab's reconciliations are
# five minutes apart.
GOGC = "25"

# The short-lived init containers, by name; they never run beside the main containers.
# - Redis's secret-init runs `argocd admin redis-initial-password` (the argocd binary),
#   measured by scripts/bench_gitops.py beside the synced controller and repo server:
#   97-98 MiB resident at its peak, of which 20-22 MiB are its own (measurements/gitops.json
#   redis_init_mib); the rest is the binary's code, which they hold. The request covers
#   its own part. The limit holds that with room to spare; on a cold start, where it is
#   the first to read the binary, the kernel drops clean code pages within the limit
#   rather than kill it. (A limit covering all 98 MiB would take the stack's limits past
#   the budget's 2.5x bound with one raised override.)
# - The repo server's copyutil runs cp and ln; not measured, and below the repo server's
#   own request, so it adds nothing to the pod's. The binary it copies passes through the
#   page cache, which the kernel reclaims within the limit.
INIT_RESOURCES = {
    "secret-init": {"requests": {"cpu": "10m", "memory": "24Mi"}, "limits": {"memory": "64Mi"}},
    "copyutil": {"requests": {"cpu": "10m", "memory": "32Mi"}, "limits": {"memory": "64Mi"}},
}

# Redis is the controller's cache of manifests and app state, refilled from the
# cluster and the repo server on a restart: bounded below its limit, least recently
# used keys go first.
REDIS_MAXMEMORY = "48mb"

# Objects of the release kept by (kind, name); everything else is left out (above).
_KEPT = {
    *(("CustomResourceDefinition", crd) for crd in platform.ARGOCD_CRDS),
    ("ServiceAccount", "argocd-application-controller"),
    ("ServiceAccount", "argocd-redis"),
    ("ServiceAccount", "argocd-repo-server"),
    ("Role", "argocd-application-controller"),
    ("Role", "argocd-redis"),
    ("RoleBinding", "argocd-application-controller"),
    ("RoleBinding", "argocd-redis"),
    ("ClusterRole", "argocd-application-controller"),
    ("ClusterRoleBinding", "argocd-application-controller"),
    ("ConfigMap", "argocd-cm"),
    ("ConfigMap", "argocd-cmd-params-cm"),
    ("ConfigMap", "argocd-gpg-keys-cm"),
    ("ConfigMap", "argocd-rbac-cm"),
    ("ConfigMap", "argocd-ssh-known-hosts-cm"),
    ("ConfigMap", "argocd-tls-certs-cm"),
    ("Secret", "argocd-secret"),
    ("Service", "argocd-redis"),
    ("Service", "argocd-repo-server"),
    ("Deployment", "argocd-redis"),
    ("Deployment", "argocd-repo-server"),
    ("StatefulSet", "argocd-application-controller"),
}

# argocd-cmd-params-cm: a controller for ~20 Applications of plain YAML.
COMMAND_PARAMETERS = {
    # Upstream's 20 / 10 are for hundreds of Applications; each processor holds work
    # in memory at the same time.
    "controller.status.processors": "2",
    "controller.operation.processors": "1",
    # kubectl applies at once, each with its own parsed OpenAPI schema in memory.
    "controller.kubectl.parallelism.limit": "2",
    # One manifest generation at a time: the repo server's peak is one checkout.
    "reposerver.parallelism.limit": "1",
    # A sync waiting for what never comes (a load-balancer address, a pod waiting for an
    # owner Secret that was never made) ends after ten minutes and is retried, instead
    # of holding the Application's operation forever (issue 13, defect 8; upstream's
    # default is no timeout). Image pulls on the board take minutes, not ten.
    "controller.sync.timeout.seconds": "600",
}

# Kinds the controller neither watches nor keeps in its cluster cache: churning or
# short-lived objects that no Application in dist/ contains. Argo CD's built-in list
# is replaced by this one once any is set, so it is spelled out whole.
RESOURCE_EXCLUSIONS = [
    {"apiGroups": [""], "kinds": ["Event", "Endpoints"], "clusters": ["*"]},
    {"apiGroups": ["events.k8s.io"], "kinds": ["Event"], "clusters": ["*"]},
    {"apiGroups": ["discovery.k8s.io"], "kinds": ["EndpointSlice"], "clusters": ["*"]},
    {"apiGroups": ["coordination.k8s.io"], "kinds": ["Lease"], "clusters": ["*"]},
    {"apiGroups": ["apiregistration.k8s.io"], "kinds": ["APIService"], "clusters": ["*"]},
    {
        "apiGroups": ["authentication.k8s.io", "authorization.k8s.io"],
        "kinds": ["*"],
        "clusters": ["*"],
    },
    {"apiGroups": ["certificates.k8s.io"], "kinds": ["CertificateSigningRequest"], "clusters": ["*"]},
    {"apiGroups": ["cert-manager.io"], "kinds": ["CertificateRequest"], "clusters": ["*"]},
    {"apiGroups": ["acme.cert-manager.io"], "kinds": ["Challenge", "Order"], "clusters": ["*"]},
    {"apiGroups": ["kyverno.io", "wgpolicyk8s.io", "reports.kyverno.io"], "kinds": ["*"], "clusters": ["*"]},
    {"apiGroups": ["cilium.io"], "kinds": ["CiliumIdentity"], "clusters": ["*"]},
]

# Argo CD has no health check for its own Applications since v1.8, so a sync wave of
# Applications would not wait for the one before to be healthy (the upstream charts'
# wave -1 before the objects that need their CRDs). This is the check Argo CD's
# documentation gives for that ("Argo CD: sync waves of Applications").
APPLICATION_HEALTH = """hs = {}
hs.status = "Progressing"
hs.message = ""
if obj.status ~= nil then
  if obj.status.health ~= nil then
    hs.status = obj.status.health.status
    if obj.status.health.message ~= nil then
      hs.message = obj.status.health.message
    end
  end
end
return hs
"""

SETTINGS = {
    # Git is polled every five minutes (upstream: three); a push is picked up within
    # that, and each poll is a checkout's worth of repo-server memory.
    "timeout.reconciliation": "300s",
    "timeout.reconciliation.jitter": "60s",
    "resource.exclusions": yaml.safe_dump(RESOURCE_EXCLUSIONS, sort_keys=False),
    "resource.customizations.health.argoproj.io_Application": APPLICATION_HEALTH,
    # No API server, so no users: admin stays off, the UI is `argocd admin dashboard`.
    "admin.enabled": "false",
}


def upstream_manifests() -> List[Dict[str, Any]]:
    """The release's objects this stack keeps, as upstream wrote them."""
    kept = [
        manifest
        for manifest in upstream.documents(UPSTREAM, skip="name: applicationsets.argoproj.io")
        if (manifest["kind"], manifest["metadata"]["name"]) in _KEPT
    ]
    missing = _KEPT - {(m["kind"], m["metadata"]["name"]) for m in kept}
    if missing:
        raise ConfigError(
            f"argocd: {UPSTREAM.name} {VERSION} has no {sorted(missing)[0]}; check the pin in scripts/vendor-upstream"
        )
    return kept


# The parts of an Application's status only the application controller writes (the
# last operation, the compared sources, the history, the hydrator's state): 110 kB of the
# Application CRD's 210 kB of schema. Measured with the box, Argo CD's CRDs cost the API
# server 40 MiB as released and 23 MiB with these cut. What people write (spec,
# operation) stays validated.
OPAQUE_SCHEMAS = {
    "applications.argoproj.io": (
        "status.operationState",
        "status.sync.comparedTo",
        "status.history[]",
        "status.sourceHydrator",
    ),
}
OPAQUE_REASON = "written only by Argo CD's application controller"


def gomemlimit(memory_limit: str) -> str:
    """90% of the container's memory limit, in the Go runtime's notation."""
    mebibytes = int(memory_limit.removesuffix("Mi"))
    return f"{mebibytes * 9 // 10}MiB"


def configured(manifest: Dict[str, Any]) -> Dict[str, Any]:
    """One kept object with this stack's settings applied."""
    kind, name = manifest["kind"], manifest["metadata"]["name"]
    manifest["metadata"]["namespace"] = None if kind in _CLUSTER_SCOPED else NAMESPACE
    manifest["metadata"].setdefault("labels", {})["app.kubernetes.io/managed-by"] = labels.MANAGED_BY
    if kind == "CustomResourceDefinition":
        upstream.opaque_schemas(manifest, OPAQUE_SCHEMAS.get(name, ()), OPAQUE_REASON)
    elif kind == "ConfigMap" and name == "argocd-cm":
        manifest["data"] = {**(manifest.get("data") or {}), **SETTINGS}
    elif kind == "ConfigMap" and name == "argocd-cmd-params-cm":
        manifest["data"] = {**(manifest.get("data") or {}), **COMMAND_PARAMETERS}
    elif kind == "Role" and name == "argocd-application-controller":
        for rule in manifest["rules"]:
            rule["resources"] = [r for r in rule["resources"] if not r.startswith("applicationsets")]
    elif kind in ("Deployment", "StatefulSet") and name in _BY_NAME:
        _size(manifest["spec"]["template"]["spec"], _BY_NAME[name])
        upstream.label_pods(manifest, manifest["metadata"]["labels"].get("app.kubernetes.io/component", name))
    return manifest


_CLUSTER_SCOPED = {"CustomResourceDefinition", "ClusterRole", "ClusterRoleBinding"}


def _size(pod: Dict[str, Any], component: Component) -> None:
    pod["priorityClassName"] = PRIORITY.class_name
    pod.setdefault("securityContext", {})["seccompProfile"] = {"type": "RuntimeDefault"}
    for container in [*pod.get("initContainers", []), *pod["containers"]]:
        main = container["name"] == component.container
        container["image"] = (
            images.ARGOCD_REDIS if component.name == "argocd-redis" and main else images.ARGOCD
        ).reference
        # Pinned tags: a restart needs no registry, and works offline.
        container["imagePullPolicy"] = "IfNotPresent"
        container["securityContext"] = {
            **container.get("securityContext", {}),
            "allowPrivilegeEscalation": False,
            "readOnlyRootFilesystem": True,
            "runAsNonRoot": True,
            "capabilities": {"drop": ["ALL"]},
        }
        if not main:
            if container["name"] not in INIT_RESOURCES:
                raise ConfigError(
                    f"argocd: {component.name} in {VERSION} has an init container {container['name']} "
                    "that argocd.INIT_RESOURCES does not size"
                )
            container["resources"] = INIT_RESOURCES[container["name"]]
            continue
        container["resources"] = {
            "requests": {"cpu": component.cpu, "memory": component.memory},
            "limits": {"memory": component.memory_limit},
        }
        if component.go:
            container.setdefault("env", []).extend(
                [
                    {"name": "GOMEMLIMIT", "value": gomemlimit(component.memory_limit)},
                    {"name": "GOGC", "value": GOGC},
                ]
            )
        if component.name == "argocd-redis":
            container["args"] = [
                *container["args"],
                "--maxmemory",
                REDIS_MAXMEMORY,
                "--maxmemory-policy",
                "allkeys-lru",
            ]
    if component.name in CO_LOCATED:
        pod["affinity"] = _co_location(component)
    if pod["containers"][0]["name"] != component.container:
        raise ConfigError(f"argocd: {component.name} in {VERSION} has no first container {component.container}")


def _co_location(component: Component) -> Dict[str, Any]:
    """The affinity that keeps one of CO_LOCATED on the other's node: required for the
    repo server (scheduled after the controller), preferred for the controller."""
    (other,) = (name for name in CO_LOCATED if name != component.name)
    term = {
        "labelSelector": {"matchLabels": {"app.kubernetes.io/name": other}},
        "topologyKey": "kubernetes.io/hostname",
    }
    if component.name == "argocd-repo-server":
        return {"podAffinity": {"requiredDuringSchedulingIgnoredDuringExecution": [term]}}
    return {
        "podAffinity": {"preferredDuringSchedulingIgnoredDuringExecution": [{"weight": 100, "podAffinityTerm": term}]}
    }


def render(scope: Construct, settings: Settings) -> None:
    """Argo CD's kept objects, sized, in `scope` (the argocd chart), with its network rules."""
    for manifest in upstream_manifests():
        upstream.include(scope, configured(manifest))
    upstream.include(scope, _governing_service())
    network_rules(scope, settings)


def watch_only(scope: Construct, kinds: Sequence[Tuple[str, str]]) -> None:
    """`resource.inclusions` in argocd-cm: the controller caches, and the API server
    serves watches of, only these kinds (group, kind) rather than every kind the cluster
    has (Pods, ReplicaSets, ControllerRevisions among them: the largest caches on a node
    and nothing an Application here owns directly; health comes from the owners' status)."""
    by_group: Dict[str, List[str]] = {}
    for group, kind in kinds:
        by_group.setdefault(group, []).append(kind)
    inclusions = [
        {"apiGroups": [group], "kinds": sorted(found), "clusters": ["*"]} for group, found in sorted(by_group.items())
    ]
    config_map = next(
        o
        for o in scope.node.find_all()
        if isinstance(o, cdk8s.ApiObject) and o.kind == "ConfigMap" and o.name == "argocd-cm"
    )
    config_map.add_json_patch(
        cdk8s.JsonPatch.add("/data/resource.inclusions", yaml.safe_dump(inclusions, sort_keys=False))
    )


def _governing_service() -> Dict[str, Any]:
    """The headless Service the controller's StatefulSet names as its serviceName, which the
    release leaves out (the API server accepts a StatefulSet without it; its pod's DNS
    name then does not resolve)."""
    name = COMPONENTS[0].name
    return {
        "apiVersion": "v1",
        "kind": "Service",
        "metadata": {
            "name": name,
            "namespace": NAMESPACE,
            "labels": {labels.NAME: name, "app.kubernetes.io/managed-by": labels.MANAGED_BY},
        },
        "spec": {
            "clusterIP": "None",
            "selector": {labels.NAME: name},
            "ports": [{"name": "metrics", "port": 8082, "targetPort": 8082}],
        },
    }


def _pods(name: str) -> Dict[str, str]:
    return {labels.NAME: name}


def git_remote(settings: Settings) -> Tuple[Optional[str], int]:
    """Where the repo server fetches dist/ from: the node's address when the remote is one
    of the stack's own web UIs (Gitea through the ingress), else None (the internet); and
    the port (https 443 or ssh 22 unless the URL names one)."""
    url = settings.gitops.repo_url
    parsed = urllib.parse.urlsplit(url if "://" in url else "ssh://" + url.replace(":", "/", 1))
    default = 443 if parsed.scheme == "https" else 80 if parsed.scheme == "http" else 22
    host = parsed.hostname or ""
    on_node = host == settings.domain or host.endswith("." + settings.domain)
    return (f"{settings.lan.node_ip}/32" if on_node else None), parsed.port or default


def network_rules(scope: Construct, settings: Settings) -> None:
    """Default deny; the controller reaches the repo server, Redis and the API; the repo
    server the Git remote; Redis's password job the API; nothing but Argo CD reaches Redis."""
    controller, repo_server, redis = (_pods(c.name) for c in COMPONENTS)
    network.default_deny(scope, NAMESPACE)
    network.allow_cluster_dns(scope, NAMESPACE)
    api = network.egress_to([network.address(f"{settings.lan.node_ip}/32")], [network.port(platform.API_PORT)])
    network.policy(
        scope,
        "allow-application-controller-to-argocd",
        NAMESPACE,
        controller,
        egress=[
            network.egress_to([network.pods_labelled(repo_server)], [network.port(8081)]),
            network.egress_to([network.pods_labelled(redis)], [network.port(6379)]),
            api,
        ],
        annotations={
            "potatostack.io/reason": "manifests from the repo server, its cache in Redis, objects through the API"
        },
    )
    network.policy(
        scope,
        "allow-repo-server-from-application-controller",
        NAMESPACE,
        repo_server,
        ingress=[network.ingress_from([network.pods_labelled(controller)], [network.port(8081)])],
    )
    remote, remote_port = git_remote(settings)
    network.policy(
        scope,
        "allow-repo-server-to-git",
        NAMESPACE,
        repo_server,
        egress=[
            network.egress_to(
                [network.address(remote) if remote else network.address("0.0.0.0/0", network.NOT_INTERNET)],
                [network.port(remote_port)],
            ),
            # Its cache of generated manifests.
            network.egress_to([network.pods_labelled(redis)], [network.port(6379)]),
        ],
        annotations={"potatostack.io/reason": f"fetches {settings.gitops.repo_url}"},
    )
    network.policy(
        scope,
        "allow-argocd-to-redis",
        NAMESPACE,
        redis,
        ingress=[
            network.ingress_from(
                [network.pods_labelled(controller), network.pods_labelled(repo_server)], [network.port(6379)]
            )
        ],
        # Its init container writes the generated password as a Secret.
        egress=[api],
        annotations={"potatostack.io/reason": "Redis has had unauthenticated-access advisories: Argo CD only"},
    )
