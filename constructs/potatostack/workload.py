"""PotatoService and Workload: the constructs that turn a ServiceSpec into its objects.

`Workload` makes the pod of any kind (Deployment, StatefulSet, DaemonSet, CronJob,
Job) and the kind's object around it; `PotatoService` adds what a service of the stack
has beyond its pod (its Service, network rules, web UIs, helpers). Every convention
lives here, so a service declaration stays a short list of facts:
- stable names (the service's name) and selectors from app.kubernetes.io/name and
  /instance only;
- explicit everything that cdk8s-plus-27 would otherwise default (replicas 2,
  1 CPU / 512Mi requests, 1.5 CPU / 2Gi limits, imagePullPolicy Always, a TCP
  startup probe);
- non-root, read-only root filesystem, no privilege escalation, seccomp
  RuntimeDefault, all capabilities dropped (the last two via security.harden);
- a ServiceAccount of its own with no API token mounted;
- storage as a PersistentVolume bound to a folder on one of the two disks, claimed by
  name, so the pod never mounts a host path itself;
- traffic only to what it declares it uses, and from those that declare they use it.
"""

from __future__ import annotations

import hashlib
import pathlib
import posixpath
from typing import Any, Dict, List, Optional, Sequence

import cdk8s
import cdk8s_plus_27 as kplus
from cdk8s_plus_27 import k8s

from constructs import Construct
from imports.io.kyverno import policies as kyverno
from potatostack import (
    accounts,
    backups,
    helm,
    labels,
    network,
    platform,
    quantity,
    rbac,
    secrets,
    security,
    services,
    web,
)
from potatostack.admission import DISK_ROOT_POLICY
from potatostack.resolve import resolve
from potatostack.service import (
    ConfigFile,
    Container,
    Disk,
    Kind,
    PolicyWaiver,
    Probe,
    Resources,
    Role,
    ServiceSpec,
    persistent_volume_name,
)
from potatostack.settings import Settings

# One replica everywhere: a single node, and most of these applications keep state
# in local files that two copies would corrupt.
REPLICAS = 1
# Images are pinned to exact tags, so a cached image is the right one.
IMAGE_PULL_POLICY = kplus.ImagePullPolicy.IF_NOT_PRESENT


class PotatoService(Construct):
    """A service of the stack: its workload, and when it serves, its Service, the
    network rules of who reaches it, its web UIs and LAN ports; its in-cluster helpers."""

    def __init__(self, scope: Construct, spec: ServiceSpec, settings: Settings, enabled: Sequence[ServiceSpec]) -> None:
        super().__init__(scope, spec.name)
        spec.validate()
        self.spec = spec
        self.service: Optional[kplus.Service] = None
        governing: Optional[kplus.Service] = None
        if spec.serves:
            self.service = _service(self, spec, "service", spec.name)
        if spec.kind is Kind.STATEFUL_SET:
            # A StatefulSet's serviceName names its governing Service, which must be
            # headless: it gives the pod its stable DNS name (<pod>.<name>-headless).
            # Clients keep the ClusterIP Service above.
            governing = _service(self, spec, "governing-service", f"{spec.name}-headless", headless=True)
        self.workload = Workload(self, spec, settings, service=governing)
        network.allow_from_clients(self, spec, services.clients_of(spec, enabled))
        network.allow_to_dependencies(self, spec, {other.name: other for other in enabled})
        for ui in spec.web:
            web.ingress(self, spec, ui, settings)
        if spec.web:
            network.allow_from_ingress(self, spec)
        network.lan_service(self, spec, settings)
        if spec.forward_auth is not None:
            web.forward_auth_middleware(self, spec)
        network.allow_internet(self, spec)
        network.allow_router(self, spec, settings)
        if spec.scrapes_metrics:
            network.allow_platform_scrapes(self, spec, settings)
        clients_with_accounts = services.account_clients(spec, enabled)
        generated = secrets.wanted(spec, clients_with_accounts)
        # The in-cluster helpers are workloads like any other, in this service's namespace.
        if generated:
            export = any(other.name == secrets.EXPORT_NAMESPACE for other in enabled)
            generator = resolve(secrets.generator(spec, generated, export), settings)
            made = Workload(self, generator, settings)
            if export and generator.run.sync_wave is not None:
                # In the generator's scope and its earlier wave: the hook needs the Role when it starts.
                secrets.allow_generator_to_start_export(made, spec)
                made.ahead_of_the_hook(generator.run.sync_wave)
        if clients_with_accounts and spec.accounts is not None:
            job = resolve(
                accounts.provisioner(
                    spec,
                    clients_with_accounts,
                    spec.accounts.superuser_secret,
                    services.account_extensions(spec, enabled),
                ),
                settings,
            )
            Workload(self, job, settings)
            accounts.allow_provisioner(self, spec, job)
            dump = resolve(backups.dump_job(spec, clients_with_accounts), settings)
            Workload(self, dump, settings)
            accounts.allow_provisioner(self, spec, dump)
        for helper in spec.helpers:
            job = resolve(helper, settings)
            Workload(self, job, settings)
            network.allow_helper(self, spec, job)
        for use in spec.uses:
            if use.account:
                secrets.allow_provider_to_write_credentials(self, spec, use.service)


class Workload(Construct):
    """The pod of a declaration, of whatever kind, with every convention applied in one
    place: its ServiceAccount (a token only with API access, and then its Role), the
    pod and container security contexts (seccomp and dropped capabilities by patch,
    wherever the kind keeps its pod template), labels, priority, volumes, and a
    PolicyException for each declared deviation."""

    def __init__(
        self, scope: Construct, spec: ServiceSpec, settings: Settings, service: Optional[kplus.Service] = None
    ) -> None:
        super().__init__(scope, "workload" if spec.part_of is None else spec.name)
        spec.validate()
        self.spec = spec
        self._settings = settings
        self._labels = labels.of_service(spec)
        self._service = service
        self.service_account = kplus.ServiceAccount(
            self,
            "service-account",
            metadata=self._metadata(spec.name),
            automount_token=False,
        )
        self.workload = self._workload(self._volumes())
        self._apply_pod_conventions(cdk8s.ApiObject.of(self.workload))
        rbac.api_access(self, spec, settings)
        # One exception per policy: several containers of the pod may need the same one.
        by_policy: Dict[str, List[PolicyWaiver]] = {}
        for waiver in spec.exceptions():
            by_policy.setdefault(waiver.policy, []).append(waiver)
        for policy, waivers in by_policy.items():
            policy_exception(
                self,
                spec,
                waivers[0]
                if len(waivers) == 1
                else PolicyWaiver(
                    policy,
                    # A container with two devices waives one policy twice: named once.
                    ",".join(dict.fromkeys(w.container for w in waivers)),
                    "; ".join(f"{w.container}: {w.reason}" for w in waivers),
                ),
            )
        if spec.run.sync_wave is not None:
            self.ahead_of_the_hook(spec.run.sync_wave)

    def ahead_of_the_hook(self, wave: int) -> None:
        """ArgoCD runs a hook in its wave and waits for it, so what the hook's pod needs
        (its account, files, role and binding, network rules, exceptions) goes one wave
        earlier; in the same wave the first sync would wait on the Job until its deadline."""
        job = cdk8s.ApiObject.of(self.workload)
        for child in self.node.find_all():
            if isinstance(child, cdk8s.ApiObject) and child is not job:
                child.metadata.add_annotation("argocd.argoproj.io/sync-wave", str(wave - 1))

    def _apply_pod_conventions(self, workload: cdk8s.ApiObject) -> None:
        """What cdk8s-plus-27 has no property for, patched where this kind keeps its pod."""
        spec = self.spec
        template = "/" + "/".join(spec.kind.pod_template)
        containers = [c for role, c in spec.containers() if role is not Role.INIT]
        init_containers = [c for role, c in spec.containers() if role is Role.INIT]
        security.harden(
            workload,
            template,
            [sorted(c.added_capabilities) for c in containers],
            [sorted(c.added_capabilities) for c in init_containers],
        )
        workload.add_json_patch(cdk8s.JsonPatch.add(f"{template}/spec/priorityClassName", spec.priority.class_name))
        # Service links inject <NAME>_PORT=tcp://... variables for every Service in the
        # namespace; some apps read such prefixes as their own settings (Authelia).
        workload.add_json_patch(cdk8s.JsonPatch.add(f"{template}/spec/enableServiceLinks", False))
        if spec.node_access.pid_reason:
            # The typed output of cdk8s-plus's objects converts the patched JSON through
            # the struct, whose key is hostPid (written out as hostPID); `hostPID` is dropped.
            workload.add_json_patch(cdk8s.JsonPatch.add(f"{template}/spec/hostPid", True))

    # -- objects -----------------------------------------------------------------

    def _workload(self, volumes: Dict[str, kplus.Volume]) -> kplus.Workload:
        spec = self.spec
        # A changed config file restarts the pods: the checksum is part of the template.
        config = "".join(f"{f.path}\0{f.content}\0" for f in spec.config_files)
        pod_annotations = (
            {"potatostack.io/config-sha256": hashlib.sha256(config.encode()).hexdigest()} if config else None
        )
        # Keyword arguments every kind's constructor takes (cdk8s-plus's WorkloadProps).
        common: Dict[str, Any] = dict(
            metadata=self._metadata(spec.name, _hook_annotations(spec)),
            pod_metadata=cdk8s.ApiObjectMetadata(labels=self._labels, annotations=pod_annotations),
            select=False,
            service_account=self.service_account,
            # Only a service that calls the API gets a token (restrict-service-account-token).
            automount_service_account_token=bool(spec.api_access),
            termination_grace_period=cdk8s.Duration.seconds(spec.termination_grace_seconds),
            security_context=kplus.PodSecurityContextProps(
                ensure_non_root=True,
                user=spec.run_as.user,
                group=spec.run_as.group,
                fs_group=spec.run_as.group,
                # Only walk the data folder when its owner is wrong: a recursive chown of
                # a multi-terabyte library at every start would take hours on USB disks.
                fs_group_change_policy=kplus.FsGroupChangePolicy.ON_ROOT_MISMATCH,
            ),
            # Sidecars are ordinary containers: cdk8s-plus-27 (Kubernetes 1.27) cannot
            # express native sidecars (restartPolicy on an init container), and its
            # typed output drops fields a JSON patch adds there.
            containers=[self._container(role, c, volumes) for role, c in spec.containers() if role is not Role.INIT],
            init_containers=[self._container(role, c, volumes) for role, c in spec.containers() if role is Role.INIT]
            or None,
        )
        if spec.resolver is not None:
            # Every container of the pod asks the in-pod resolver, never the cluster DNS.
            common["dns"] = kplus.PodDnsProps(policy=kplus.DnsPolicy.NONE, nameservers=[spec.resolver])
        run = spec.run
        runs: Dict[str, Any] = dict(
            active_deadline=cdk8s.Duration.seconds(run.deadline_seconds),
            backoff_limit=run.backoff_limit,
            ttl_after_finished=(
                cdk8s.Duration.seconds(run.ttl_seconds_after_finished)
                if run.ttl_seconds_after_finished is not None
                else None
            ),
        )
        if spec.kind is Kind.JOB:
            return kplus.Job(self, "workload", **runs, **common)
        if spec.kind is Kind.CRON_JOB:
            minute, hour, day, month, week_day = (run.schedule or "").split()
            return kplus.CronJob(
                self,
                "workload",
                schedule=cdk8s.Cron(minute=minute, hour=hour, day=day, month=month, week_day=week_day),
                # The schedule reads in the owner's time, like every clock of the stack.
                time_zone=self._settings.timezone,
                concurrency_policy=kplus.ConcurrencyPolicy(run.concurrency_policy.upper()),
                starting_deadline=cdk8s.Duration.seconds(run.starting_deadline_seconds),
                successful_jobs_retained=run.successful_jobs_history,
                failed_jobs_retained=run.failed_jobs_history,
                **runs,
                **common,
            )
        workload: kplus.Workload
        if spec.kind is Kind.STATEFUL_SET:
            workload = kplus.StatefulSet(self, "workload", service=self._service, replicas=REPLICAS, **common)
            assert self._service is not None, "a StatefulSet is built with its governing Service"
            # cdk8s-plus adds the pod's construct-path label to the linked Service's selector.
            security.remove_address_label(cdk8s.ApiObject.of(self._service), "/spec/selector")
        elif spec.kind is Kind.DAEMON_SET:
            workload = kplus.DaemonSet(self, "workload", host_network=bool(spec.node_access.network_reason), **common)
        else:
            # Recreate: the old pod releases its files before the new one opens them.
            workload = kplus.Deployment(
                self, "workload", replicas=REPLICAS, strategy=kplus.DeploymentStrategy.recreate(), **common
            )
        workload.select(kplus.LabelSelector.of(labels=spec.selector))
        return workload

    def _container(self, role: Role, container: Container, volumes: Dict[str, kplus.Volume]) -> kplus.ContainerProps:
        """What every container gets, whatever its role: exact image, filled-in env,
        secrets by reference, explicit resources and probes, the service volumes it
        names, its scratch and devices, and the hardened security context (root only
        where declared with its reason: run_as is None). The service's own container
        also mounts the pod's secret, config and node folders."""
        spec = self.spec
        main = role is Role.MAIN
        mounted = container.mounts.items() if main else sorted(container.mounts.items())
        mounts = [kplus.VolumeMount(path=path, volume=volumes[volume]) for volume, path in mounted]
        mounts += [
            kplus.VolumeMount(path=scratch.mount, volume=volumes[f"{container.name}:{scratch.mount}"])
            for scratch in container.scratch
        ]
        if not main:
            mounts += [
                kplus.VolumeMount(path=mount, volume=volumes[f"{spec.name}:{mount}"])
                for mount in container.shares_scratch
            ]
        if main:
            mounts += [
                kplus.VolumeMount(path=secret.mount, volume=volumes[secret.mount], read_only=True)
                for secret in spec.secret_mounts
            ]
        if main or container.mounts_config:
            mounts += [
                kplus.VolumeMount(path=folder, volume=volumes[folder], read_only=True)
                for folder in self._config_folders()
            ]
        if main:
            mounts += [
                kplus.VolumeMount(path=path.mount, volume=volumes[f"host:{path.path}"], read_only=True)
                for path in spec.node_access.paths
            ]
        mounts += [
            kplus.VolumeMount(path=device.path, volume=volumes[f"{container.name}:{device.path}"])
            for device in container.devices
        ]
        ports = [spec.port(name) for name in container.ports]
        env_from = [
            kplus.Env.from_secret(kplus.Secret.from_secret_name(self, f"{container.name}-env-{name}", name))
            for name in container.env_from_secrets
        ]
        # Resolved already (resolve.py): placeholders filled in, TZ last.
        env = {name: kplus.EnvValue.from_value(value) for name, value in container.env.items()}
        for secret in container.secret_env:
            env[secret.variable] = kplus.EnvValue.from_secret_value(
                kplus.SecretValue(
                    secret=kplus.Secret.from_secret_name(
                        self, f"{container.name}-secret-{secret.variable}", secret.secret
                    ),
                    key=secret.key,
                ),
                optional=False,
            )
        run_as = container.run_as
        post_start = container.post_start
        root = run_as is None
        return kplus.ContainerProps(
            lifecycle=kplus.ContainerLifecycle(post_start=kplus.Handler.from_command(list(post_start)))
            if post_start
            else None,
            name=container.name,
            image=container.image.reference,
            image_pull_policy=IMAGE_PULL_POLICY,
            command=list(container.command) or None,
            args=list(container.args) or None,
            ports=[
                kplus.ContainerPort(number=port.number, name=port.name, protocol=kplus.Protocol(port.protocol))
                for port in ports
            ],
            env_variables=env,
            env_from=list(env_from) or None,
            volume_mounts=mounts,
            resources=_resources(container.resources),
            security_context=kplus.ContainerSecurityContextProps(
                ensure_non_root=not root,
                privileged=False,
                read_only_root_filesystem=container.writable_root_reason is None,
                allow_privilege_escalation=False,
                user=0 if run_as is None else run_as.user,
                group=0 if run_as is None else run_as.group,
            ),
            readiness=self._probe(container.readiness),
            liveness=self._probe(container.liveness),
            # Without a startup probe cdk8s-plus adds a TCP one; an explicit one that
            # repeats the readiness check is what "started" means for a service.
            startup=self._probe(container.startup or container.readiness),
        )

    def _volumes(self) -> Dict[str, kplus.Volume]:
        """PersistentVolume + claim per declared volume, emptyDir per scratch folder."""
        spec = self.spec
        volumes: Dict[str, kplus.Volume] = {}
        for volume in spec.volumes:
            object_name = persistent_volume_name(spec, volume)
            root = self._settings.storage.main_hdd if volume.disk is Disk.MAIN else self._settings.storage.cache_hdd
            k8s.KubePersistentVolume(
                self,
                f"pv-{volume.name}",
                # Cluster-scoped: no namespace.
                metadata=k8s.ObjectMeta(name=object_name, labels=self._labels, annotations=platform.PRUNE_CONFIRM),
                spec=k8s.PersistentVolumeSpec(
                    capacity={"storage": k8s.Quantity.from_string(volume.size)},
                    access_modes=["ReadWriteOnce"],
                    # Deleting the claim must never delete years of data.
                    persistent_volume_reclaim_policy="Retain",
                    storage_class_name=_NO_STORAGE_CLASS,
                    volume_mode="Filesystem",
                    local=k8s.LocalVolumeSource(path=posixpath.normpath(f"{root}/{volume.path}")),
                    node_affinity=k8s.VolumeNodeAffinity(
                        required=k8s.NodeSelector(
                            node_selector_terms=[
                                k8s.NodeSelectorTerm(
                                    match_expressions=[
                                        k8s.NodeSelectorRequirement(
                                            key="kubernetes.io/hostname",
                                            operator="In",
                                            values=[self._settings.storage_node],
                                        )
                                    ]
                                )
                            ]
                        )
                    ),
                    # Only this service's claim may bind it.
                    claim_ref=k8s.ObjectReference(
                        api_version="v1", kind="PersistentVolumeClaim", namespace=spec.namespace, name=object_name
                    ),
                ),
            )
            if volume.whole_disk is not None:
                disk_exception(self, spec, object_name, volume.whole_disk)
            k8s.KubePersistentVolumeClaim(
                self,
                f"pvc-{volume.name}",
                metadata=k8s.ObjectMeta(
                    name=object_name, namespace=spec.namespace, labels=self._labels, annotations=platform.PRUNE_CONFIRM
                ),
                spec=k8s.PersistentVolumeClaimSpec(
                    access_modes=["ReadWriteOnce"],
                    # "" = no dynamic provisioning: k3s's default local-path class must not
                    # hand out a fresh empty folder in place of the existing data.
                    storage_class_name=_NO_STORAGE_CLASS,
                    volume_name=object_name,
                    volume_mode="Filesystem",
                    resources=k8s.ResourceRequirements(requests={"storage": k8s.Quantity.from_string(volume.size)}),
                ),
            )
            claim = kplus.PersistentVolumeClaim.from_claim_name(self, f"claim-{volume.name}", object_name)
            volumes[volume.name] = kplus.Volume.from_persistent_volume_claim(
                self, f"volume-{volume.name}", claim, name=volume.name
            )
        for index, secret in enumerate(spec.secret_mounts):
            volumes[secret.mount] = kplus.Volume.from_secret(
                self,
                f"secret-volume-{index}",
                kplus.Secret.from_secret_name(self, f"mounted-secret-{index}", secret.secret),
                name=f"secret-{index}",
            )
        for index, (folder, files) in enumerate(self._config_folders().items()):
            config_map = kplus.ConfigMap(
                self,
                f"config-{index}",
                metadata=self._metadata(f"{spec.name}-config" + (f"-{index}" if index else "")),
                data={pathlib.PurePosixPath(file.path).name: file.content for file in files},
            )
            volumes[folder] = kplus.Volume.from_config_map(
                self, f"config-volume-{index}", config_map, name=f"config-{index}"
            )
        for role, container in spec.containers():
            # The service's own scratch folders are the pod's scratch-<n>; another
            # container's are named after it.
            prefix = "" if role is Role.MAIN else f"{container.name}-"
            for index, scratch in enumerate(container.scratch):
                volumes[f"{container.name}:{scratch.mount}"] = kplus.Volume.from_empty_dir(
                    self,
                    f"{prefix}scratch-{index}",
                    f"{prefix}scratch-{index}",
                    size_limit=_size(scratch.size_limit),
                    medium=kplus.EmptyDirMedium.MEMORY if scratch.in_memory else kplus.EmptyDirMedium.DEFAULT,
                )
            for index, device in enumerate(container.devices):
                volumes[f"{container.name}:{device.path}"] = kplus.Volume.from_host_path(
                    self,
                    f"{container.name}-device-{index}",
                    f"{container.name}-device-{index}",
                    path=device.path,
                    type=kplus.HostPathVolumeType.BLOCK_DEVICE
                    if device.block
                    else kplus.HostPathVolumeType.CHAR_DEVICE,
                )
        for index, path in enumerate(spec.node_access.paths):
            volumes[f"host:{path.path}"] = kplus.Volume.from_host_path(
                self, f"host-path-{index}", f"host-{index}", path=path.path
            )
        return volumes

    # -- helpers -----------------------------------------------------------------

    def _config_folders(self) -> Dict[str, List[ConfigFile]]:
        folders: Dict[str, List[ConfigFile]] = {}
        for file in self.spec.config_files:
            folders.setdefault(str(pathlib.PurePosixPath(file.path).parent), []).append(file)
        return dict(sorted(folders.items()))

    def _metadata(self, name: str, annotations: Optional[Dict[str, str]] = None) -> cdk8s.ApiObjectMetadata:
        return _metadata(self.spec, name, annotations)

    def _probe(self, probe: Optional[Probe]) -> Optional[kplus.Probe]:
        if probe is None:
            return None
        timing: Dict[str, Any] = dict(
            period_seconds=cdk8s.Duration.seconds(probe.period_seconds),
            timeout_seconds=cdk8s.Duration.seconds(probe.timeout_seconds),
            failure_threshold=probe.failure_threshold,
            initial_delay_seconds=cdk8s.Duration.seconds(probe.initial_delay_seconds),
            success_threshold=1,
        )
        if probe.command:
            return kplus.Probe.from_command(list(probe.command), **timing)
        if probe.tcp_port:
            return kplus.Probe.from_tcp_socket(port=self.spec.port(probe.tcp_port).number, **timing)
        assert probe.http_path is not None and probe.http_port is not None, "checked by Probe.problems"
        return kplus.Probe.from_http_get(probe.http_path, port=self.spec.port(probe.http_port).number, **timing)


def _service(scope: Construct, spec: ServiceSpec, id: str, name: str, headless: bool = False) -> kplus.Service:
    """A Service for the workload's pods on every declared port (headless: no cluster
    address, only the pods' DNS records, ready or not, as a StatefulSet needs)."""
    service = kplus.Service(
        scope,
        id,
        metadata=_metadata(spec, name),
        type=kplus.ServiceType.CLUSTER_IP,
        cluster_ip="None" if headless else None,
        selector=kplus.Pods.select(scope, f"{id}-pods", labels=spec.selector),
        ports=[
            kplus.ServicePort(
                name=port.name, port=port.number, target_port=port.number, protocol=kplus.Protocol(port.protocol)
            )
            for port in spec.ports
        ],
    )
    api_object = cdk8s.ApiObject.of(service)
    # cdk8s-plus writes `externalIPs: []`; nothing is where there is nothing.
    api_object.add_json_patch(cdk8s.JsonPatch.remove("/spec/externalIPs"))
    if headless:
        api_object.add_json_patch(cdk8s.JsonPatch.add("/spec/publishNotReadyAddresses", True))
    return service


def _metadata(spec: ServiceSpec, name: str, annotations: Optional[Dict[str, str]] = None) -> cdk8s.ApiObjectMetadata:
    return cdk8s.ApiObjectMetadata(
        name=name, namespace=spec.namespace, labels=labels.of_service(spec), annotations=annotations
    )


def _hook_annotations(spec: ServiceSpec) -> Optional[Dict[str, str]]:
    """A Job with a sync wave is an ArgoCD Sync hook: run on every sync in its wave, the
    previous run deleted first (ArgoCD waits for each wave to be healthy)."""
    if spec.run.sync_wave is None:
        return None
    return {
        "argocd.argoproj.io/hook": "Sync",
        "argocd.argoproj.io/hook-delete-policy": "BeforeHookCreation",
        "argocd.argoproj.io/sync-wave": str(spec.run.sync_wave),
    }


# On a PolicyException (which lives in Kyverno's namespace): the namespace of the
# service it excuses.
EXCEPTED_NAMESPACE = "potatostack.io/namespace"


def policy_exception(scope: Construct, spec: ServiceSpec, waiver: PolicyWaiver) -> None:
    """A Kyverno PolicyException for one policy and exactly this service's workload.

    Kyverno evaluates an exception per object, so it names the namespace and the
    workload (its pods by their instance label); the container and the reason are
    recorded on it, and the gate proves that only that container needs it."""
    name = f"{spec.name}-{waiver.policy}"
    kyverno.PolicyException(
        scope,
        f"exception-{waiver.policy}",
        metadata=cdk8s.ApiObjectMetadata(
            name=name,
            # Kyverno reads exceptions from its own namespace only (helm.KYVERNO).
            namespace=helm.KYVERNO_NAMESPACE,
            labels=labels.of_service(spec),
            annotations={
                "potatostack.io/reason": waiver.reason,
                "potatostack.io/container": waiver.container,
                EXCEPTED_NAMESPACE: spec.namespace,
            },
        ),
        spec=kyverno.PolicyExceptionSpec(
            policy_refs=[kyverno.PolicyExceptionSpecPolicyRefs(kind="ValidatingPolicy", name=waiver.policy)],
            match_conditions=[
                kyverno.PolicyExceptionSpecMatchConditions(
                    name="workload",
                    expression=(
                        f"object.metadata.namespace == '{spec.namespace}' && "
                        f"object.metadata.?labels[?'{labels.INSTANCE}'].orValue('') == '{spec.instance}'"
                    ),
                )
            ],
            properties={"container": waiver.container, "reason": waiver.reason},
        ),
    )


def disk_exception(scope: Construct, spec: ServiceSpec, volume: str, reason: str) -> None:
    """A PolicyException letting one PersistentVolume point at a disk's root, by name:
    restrict-host-paths refuses the root of a disk to everything else."""
    kyverno.PolicyException(
        scope,
        f"exception-disk-{volume}",
        metadata=cdk8s.ApiObjectMetadata(
            name=f"{volume}-restrict-host-paths",
            # Kyverno reads exceptions from its own namespace only (helm.KYVERNO).
            namespace=helm.KYVERNO_NAMESPACE,
            labels=labels.of_service(spec),
            annotations={
                "potatostack.io/reason": reason,
                "potatostack.io/volume": volume,
                EXCEPTED_NAMESPACE: spec.namespace,
            },
        ),
        spec=kyverno.PolicyExceptionSpec(
            policy_refs=[kyverno.PolicyExceptionSpecPolicyRefs(kind="ValidatingPolicy", name=DISK_ROOT_POLICY)],
            match_conditions=[
                kyverno.PolicyExceptionSpecMatchConditions(
                    name="volume",
                    expression=f"object.kind == 'PersistentVolume' && object.metadata.name == '{volume}'",
                )
            ],
            properties={"volume": volume, "reason": reason},
        ),
    )


# A PersistentVolume and its claim with the empty class name bind only to each other.
_NO_STORAGE_CLASS = ""


def _resources(resources: Resources) -> kplus.ContainerResources:
    ephemeral = resources.ephemeral_storage
    return kplus.ContainerResources(
        ephemeral_storage=kplus.EphemeralStorageResources(request=_size(ephemeral), limit=_size(ephemeral))
        if ephemeral is not None
        else None,
        cpu=kplus.CpuResources(request=kplus.Cpu.millis(quantity.cpu_millis(resources.cpu))),
        memory=kplus.MemoryResources(request=_size(resources.memory), limit=_size(resources.memory_limit)),
    )


def _size(value: str) -> cdk8s.Size:
    return cdk8s.Size.mebibytes(quantity.memory_bytes(value) // (1 << 20))
