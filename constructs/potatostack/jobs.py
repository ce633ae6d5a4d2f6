"""HookJob: a helper that runs to completion on every ArgoCD sync.

The in-cluster helpers (the secret generator, the account provisioner) are Jobs
that ArgoCD runs as Sync hooks in a given wave, deleting the previous run first. They
get the conventions every pod of the stack gets: their own ServiceAccount, non-root,
read-only root, seccomp, no capabilities, a PriorityClass, requests and a limit, no
service links, stable labels. Their program comes from a ConfigMap.
"""
from __future__ import annotations

from typing import Dict, Mapping, Sequence

import cdk8s
import cdk8s_plus_27 as kplus
from constructs import Construct

from potatostack import labels, security
from potatostack.images import Image
from potatostack.priority import Priority


class HookJob(Construct):
    def __init__(
        self,
        scope: Construct,
        *,
        name: str,
        owner: str,
        namespace: str,
        component: str,
        image: Image,
        command: Sequence[str],
        files: Mapping[str, str],
        files_at: str,
        user: int,
        sync_wave: int,
        env: Mapping[str, kplus.EnvValue] = None,
        api_token: bool = False,
    ) -> None:
        super().__init__(scope, name)
        self.pod_labels: Dict[str, str] = {
            labels.NAME: name,
            labels.INSTANCE: f"{owner}-{name}",
            "app.kubernetes.io/component": component,
            "app.kubernetes.io/part-of": labels.PART_OF,
            "app.kubernetes.io/managed-by": labels.MANAGED_BY,
            "app.kubernetes.io/version": image.tag,
        }
        # Selects this helper's pods only, never the service's.
        self.selector = {labels.NAME: name, labels.INSTANCE: self.pod_labels[labels.INSTANCE]}
        # What the hook's pod needs exists before the hook starts: ArgoCD runs a hook
        # in its wave and waits for it, so a dependency in the same or a later wave
        # never arrives (the first sync would wait on the Job until its deadline).
        self.dependency_annotations = {"argocd.argoproj.io/sync-wave": str(sync_wave - 1)}
        metadata = cdk8s.ApiObjectMetadata(
            name=name, namespace=namespace, labels=self.pod_labels, annotations=self.dependency_annotations
        )
        self.service_account = kplus.ServiceAccount(self, "service-account", metadata=metadata, automount_token=False)
        config = kplus.ConfigMap(self, "files", metadata=metadata, data=dict(files))
        job = kplus.Job(
            self,
            "job",
            metadata=cdk8s.ApiObjectMetadata(
                name=name,
                namespace=namespace,
                labels=self.pod_labels,
                annotations={
                    "argocd.argoproj.io/hook": "Sync",
                    "argocd.argoproj.io/hook-delete-policy": "BeforeHookCreation",
                    # ArgoCD waits for each wave to be healthy before the next one.
                    "argocd.argoproj.io/sync-wave": str(sync_wave),
                },
            ),
            pod_metadata=cdk8s.ApiObjectMetadata(labels=self.pod_labels),
            select=False,
            service_account=self.service_account,
            automount_service_account_token=api_token,
            backoff_limit=5,
            active_deadline=cdk8s.Duration.minutes(10),
            security_context=kplus.PodSecurityContextProps(ensure_non_root=True, user=user, group=user),
            containers=[
                kplus.ContainerProps(
                    name=name,
                    image=image.reference,
                    image_pull_policy=kplus.ImagePullPolicy.IF_NOT_PRESENT,
                    command=list(command),
                    env_variables=dict(env or {}),
                    resources=kplus.ContainerResources(
                        cpu=kplus.CpuResources(request=kplus.Cpu.millis(10)),
                        memory=kplus.MemoryResources(request=cdk8s.Size.mebibytes(32), limit=cdk8s.Size.mebibytes(64)),
                    ),
                    security_context=kplus.ContainerSecurityContextProps(
                        ensure_non_root=True,
                        privileged=False,
                        read_only_root_filesystem=True,
                        allow_privilege_escalation=False,
                        user=user,
                        group=user,
                    ),
                    volume_mounts=[
                        kplus.VolumeMount(path=files_at, volume=kplus.Volume.from_config_map(self, "files-volume", config))
                    ],
                )
            ],
        )
        pod = cdk8s.ApiObject.of(job)
        security.harden(pod, "/spec/template", [name])
        pod.add_json_patch(cdk8s.JsonPatch.add("/spec/template/spec/priorityClassName", Priority.STANDARD.class_name))
        pod.add_json_patch(cdk8s.JsonPatch.add("/spec/template/spec/enableServiceLinks", False))
