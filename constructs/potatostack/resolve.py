"""One step from a declaration and settings.yaml to the fully applied spec.

Runs before cdk8s starts, and everything after it (the constructs, the budget, the
tables) sees the same result. In this order:
1. the owner's per-service resource overrides (settings.yaml `services.<name>`);
2. the data owner's uid and gid wherever a container declares `run_as=OWNER`;
3. the service's own `configure` step, for facts beyond placeholders (the VPN provider);
4. the placeholders in every container's env and in the config files (PLACEHOLDERS);
5. `TZ` in every container's env, so every clock of the stack reads the owner's time.
"""

from __future__ import annotations

import dataclasses
import re
from typing import Callable, Dict, Mapping

from potatostack.errors import ConfigError
from potatostack.service import OWNER, Container, RunAs, ServiceSpec
from potatostack.settings import Settings

# What a declared value may name, filled in from settings.yaml and the declarations.
PLACEHOLDERS: Dict[str, str] = {
    "${domain}": "settings.yaml domain",
    "${host}": "this service's (first) web host, <subdomain>.<domain>",
    "${url}": "https://${host}",
    "${timezone}": "settings.yaml timezone",
    "${owner_uid}": "settings.yaml owner.uid (the data owner, Compose's PUID)",
    "${owner_gid}": "settings.yaml owner.gid (Compose's PGID)",
    "${router}": "settings.yaml lan.router (the home router's address)",
    "${router_username}": "settings.yaml lan.router_username (who the router's exporter logs in as)",
    "${port:<name>}": "this service's port <name>: the number follows the declared port",
    "${port:<service>/<name>}": "another service's port <name>; the service must be in `uses`",
    "${address:<service>}": "another service's cluster address; it must be in `uses`",
    "${endpoint:<service>/<name>}": "${address:<service>}:${port:<service>/<name>}",
}
_PLACEHOLDER = re.compile(r"\$\{([a-z_]+)(?::([a-z0-9-]+)(?:/([a-z0-9-]+))?)?\}")


def resolve(spec: ServiceSpec, settings: Settings, declared: Mapping[str, ServiceSpec] = {}) -> ServiceSpec:
    """`spec` with settings.yaml applied; `declared` (by name) answers ports and
    addresses of the other services it names. A problem is one ConfigError line."""
    chosen = settings.service(spec.name)
    resources = dataclasses.replace(
        spec.resources,
        cpu=chosen.cpu_request or spec.resources.cpu,
        memory=chosen.memory_request or spec.resources.memory,
        memory_limit=chosen.memory_limit or spec.resources.memory_limit,
    )
    owner = RunAs(user=settings.owner.uid, group=settings.owner.gid)
    applied = dataclasses.replace(
        spec,
        resources=resources,
        run_as=owner if spec.run_as == OWNER else spec.run_as,
        sidecars=[_owned(c, owner) for c in spec.sidecars],
        init_containers=[_owned(c, owner) for c in spec.init_containers],
    )
    if spec.configure is not None:
        try:
            applied = spec.configure(applied, settings)
        except (KeyError, TypeError, ValueError, StopIteration) as error:
            raise ConfigError(f"{spec.name}: applying settings.yaml failed: {error!r}") from None
    fill = _filler(applied, settings, declared)
    return dataclasses.replace(
        applied,
        env=_env(applied.env, settings, lambda text, name: fill(text, f"container {spec.name}: env.{name}")),
        args=[fill(arg, f"container {spec.name}: args[{index}]") for index, arg in enumerate(applied.args)],
        sidecars=[_container(c, settings, fill) for c in applied.sidecars],
        init_containers=[_container(c, settings, fill) for c in applied.init_containers],
        config_files=[
            dataclasses.replace(f, content=fill(f.content, f"config_files {f.path}")) if f.filled else f
            for f in applied.config_files
        ],
    )


def _owned(container: Container, owner: RunAs) -> Container:
    return dataclasses.replace(container, run_as=owner) if container.run_as == OWNER else container


def _env(env: Mapping[str, str], settings: Settings, fill: Callable[[str, str], str]) -> Dict[str, str]:
    """The declared env, filled in and in name order, then TZ unless declared."""
    filled = {name: fill(value, name) for name, value in sorted(env.items())}
    filled.setdefault("TZ", settings.timezone)
    return filled


def _container(container: Container, settings: Settings, fill: Callable[[str, str], str]) -> Container:
    env = _env(container.env, settings, lambda text, name: fill(text, f"container {container.name}: env.{name}"))
    args = [fill(arg, f"container {container.name}: args[{index}]") for index, arg in enumerate(container.args)]
    return dataclasses.replace(container, env=env, args=args)


def _filler(spec: ServiceSpec, settings: Settings, declared: Mapping[str, ServiceSpec]) -> Callable[[str, str], str]:
    facts = {
        "domain": settings.domain,
        "timezone": settings.timezone,
        "owner_uid": str(settings.owner.uid),
        "owner_gid": str(settings.owner.gid),
        "router": str(settings.lan.router),
        "router_username": settings.lan.router_username,
    }
    if spec.web:
        facts["host"] = spec.host(settings.domain)
        facts["url"] = f"https://{facts['host']}"
    used = {use.service for use in spec.uses}

    def other(service: str, where: str) -> ServiceSpec:
        if service not in used:
            raise ConfigError(f"{spec.name}: {where}: names {service}, which the service does not declare in `uses`")
        if service not in declared:
            raise ConfigError(f"{spec.name}: {where}: {service} is not a declared service")
        return declared[service]

    def port_number(owner: ServiceSpec, name: str, where: str) -> str:
        for port in owner.ports:
            if port.name == name:
                return str(port.number)
        raise ConfigError(f"{spec.name}: {where}: {owner.name} has no port {name!r}")

    def answer(match: "re.Match[str]", where: str) -> str:
        what, first, second = match.groups()
        if what in facts and first is None:
            return facts[what]
        if what == "port" and first is not None:
            if second is None:
                return port_number(spec, first, where)
            return port_number(other(first, where), second, where)
        if what == "address" and first is not None and second is None:
            return address(other(first, where).name)
        if what == "endpoint" and first is not None and second is not None:
            target = other(first, where)
            return f"{address(target.name)}:{port_number(target, second, where)}"
        raise ConfigError(f"{spec.name}: {where}: {match.group(0)} is not one of {', '.join(PLACEHOLDERS)}")

    def fill(text: str, where: str) -> str:
        return _PLACEHOLDER.sub(lambda match: answer(match, where), text)

    return fill


def address(service: str) -> str:
    """A service's address inside the cluster: its Service, in its own namespace."""
    return f"{service}.{service}.svc.cluster.local"
