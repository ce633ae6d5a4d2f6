"""What independent scanners found in dist/ stays fixed, or is a declared exception."""

import dataclasses

import manifests
import pytest

from potatostack import services
from potatostack.errors import ConfigError
from potatostack.service import SecretEnv, pod_template
from potatostack.services.vaultwarden import service as vaultwarden


def _objects(tree):
    return [m for _, _, m in manifests.objects(tree)]


def test_no_service_writes_an_empty_external_ips(profile):
    _, _, tree, _ = profile
    assert [
        m["metadata"]["name"] for m in _objects(tree) if m["kind"] == "Service" and "externalIPs" in m["spec"]
    ] == []


def test_every_statefulset_is_governed_by_a_headless_service(profile):
    _, _, tree, _ = profile
    objects = _objects(tree)
    statefulsets = [m for m in objects if m["kind"] == "StatefulSet"]
    assert statefulsets
    for statefulset in statefulsets:
        namespace, governing = statefulset["metadata"]["namespace"], statefulset["spec"]["serviceName"]
        service = next(
            m
            for m in objects
            if m["kind"] == "Service" and (m["metadata"]["namespace"], m["metadata"]["name"]) == (namespace, governing)
        )
        assert service["spec"]["clusterIP"] == "None", governing
        assert service["spec"]["selector"] == statefulset["spec"]["selector"]["matchLabels"]


# The passwords the scanners found in plain environment variables, now read from files.
FROM_FILES = {
    ("postgres", "StatefulSet", "postgres"): "POSTGRES_PASSWORD",
    ("gitea", "Deployment", "gitea"): "GITEA__database__PASSWD",
    ("postgres", "Job", "provision-accounts"): "PASSWORD",
}


def test_the_passwords_that_images_read_from_files_are_not_in_the_environment(complete_tree):
    objects = _objects(complete_tree)
    for (namespace, kind, name), variable in FROM_FILES.items():
        workload = next(
            m
            for m in objects
            if (m["metadata"].get("namespace"), m["kind"], m["metadata"]["name"]) == (namespace, kind, name)
        )
        env = [e for c in pod_template(workload)["spec"]["containers"] for e in c.get("env", [])]
        from_secrets = [e["name"] for e in env if "valueFrom" in e]
        assert not [n for n in from_secrets if variable in n], (name, from_secrets)
        files = [e["value"] for e in env if e["name"].endswith("_FILE")]
        assert files and all(path.startswith("/secrets/") for path in files), (name, files)


def test_every_password_left_in_the_environment_says_why():
    declared = [
        (spec.name, container.name, secret)
        for spec in services.ALL
        for _, container in spec.containers()
        for secret in container.secret_env
    ]
    assert declared, "no secret environment at all: this test would prove nothing"
    for service, container, secret in declared:
        if "PASSW" in secret.variable:
            assert (secret.plain_reason or "").strip(), f"{service}/{container}: {secret.variable}"


def test_a_new_password_in_the_environment_without_a_reason_is_refused():
    spec = dataclasses.replace(vaultwarden, secret_env=[SecretEnv("ADMIN_TOKEN", "vaultwarden-admin", "token")])
    with pytest.raises(
        ConfigError, match=r"^vaultwarden: container vaultwarden: secret_env.ADMIN_TOKEN: a password in the environment"
    ):
        spec.validate()


def test_a_writable_root_is_bounded_on_the_system_disk_and_counted_in_the_budget(profile):
    _, dist, tree, _ = profile
    objects = _objects(tree)
    writable = [
        container
        for m in objects
        if pod_template(m) is not None
        for container in pod_template(m)["spec"]["containers"]
        if container["securityContext"].get("readOnlyRootFilesystem") is False
    ]
    assert writable, "no writable root: this test would prove nothing"
    for container in writable:
        resources = container["resources"]
        assert resources["requests"].get("ephemeral-storage") == resources["limits"].get("ephemeral-storage"), (
            container["name"]
        )
        assert resources["limits"].get("ephemeral-storage"), container["name"]
    counted = sum(
        int(c["resources"]["requests"].get("ephemeral-storage", "0Gi").removesuffix("Gi")) << 30
        for m in objects
        if pod_template(m) is not None
        for c in pod_template(m)["spec"]["containers"]
    )
    assert (
        f"| ephemeral storage requested on the system disk (writable roots, logs) | {counted >> 20}Mi |"
        in (dist / "BUDGET.md").read_text()
    )


def test_a_writable_root_without_a_bound_is_refused():
    spec = dataclasses.replace(vaultwarden, writable_root_reason="writes its config at start")
    with pytest.raises(
        ConfigError, match=r"^vaultwarden: container vaultwarden: resources.ephemeral_storage: a writable root"
    ):
        spec.validate()
