"""Every PotatoStack service, one declaration per file.

Each module in this package defines `service = ServiceSpec(...)`; they are found by
name, so adding a service means adding its file and nothing else.
"""

import dataclasses
import importlib
import pkgutil
from typing import Dict, Sequence, Tuple

from potatostack import k3s, observability, platform
from potatostack.errors import ConfigError, describe_import_error
from potatostack.resolve import resolve
from potatostack.service import AUTHELIA_SERVICE, Login, ServiceSpec, Uses
from potatostack.settings import Profile, Settings


def _discover() -> Tuple[ServiceSpec, ...]:
    found = []
    for module_info in sorted(pkgutil.iter_modules(__path__), key=lambda info: info.name):
        try:
            module = importlib.import_module(f"{__name__}.{module_info.name}")
        except Exception as error:  # a declaration that does not run is one line too
            raise ConfigError(f"services/{module_info.name}.py: {describe_import_error(error)}") from None
        spec = getattr(module, "service", None)
        if not isinstance(spec, ServiceSpec):
            raise ConfigError(f"services/{module_info.name}.py: defines no `service = ServiceSpec(...)`")
        if spec.name != module_info.name.replace("_", "-"):
            raise ConfigError(
                f"services/{module_info.name}.py: declares service {spec.name!r}; the file is named after its service"
            )
        found.append(spec)
    return tuple(found)


ALL: Tuple[ServiceSpec, ...] = _discover()

AUTHELIA = AUTHELIA_SERVICE


def is_enabled(spec: ServiceSpec, settings: Settings) -> bool:
    """The owner's switch for this service if set, otherwise the profile's choice."""
    switch = settings.service(spec.name).enabled
    if switch is not None:
        return switch
    return settings.profile is Profile.COMPLETE or spec.optional is None


def configured(spec: ServiceSpec, settings: Settings, declared: Sequence[ServiceSpec] = ALL) -> ServiceSpec:
    """The declaration checked as written, then resolved with settings.yaml (resolve.py)
    and checked again: either way a problem is one ConfigError naming the service."""
    _validate(spec)
    applied = resolve(spec, settings, {other.name: other for other in declared})
    _validate(applied)
    return applied


def _validate(spec: ServiceSpec) -> None:
    # A value of the wrong type (a port number written as a string) fails inside the
    # checks themselves; it is a mistake in the declaration like any other.
    try:
        spec.validate()
    except (TypeError, AttributeError) as error:
        raise ConfigError(f"{getattr(spec, 'name', '?')}: a field has the wrong type ({error})") from None


def left_out(settings: Settings, declared: Sequence[ServiceSpec] = ALL) -> Tuple[ServiceSpec, ...]:
    """The declared services these settings do not run, with the owner's overrides."""
    return tuple(configured(spec, settings, declared) for spec in declared if not is_enabled(spec, settings))


def chosen(settings: Settings, declared: Sequence[ServiceSpec] = ALL) -> Tuple[ServiceSpec, ...]:
    """The enabled services with the owner's overrides, each checked; the first problem
    raises ConfigError naming the service (or the settings field) and what is wrong.

    Needs neither cdk8s nor Node.js, so a mistake is reported before they start."""
    known = {spec.name for spec in declared}
    for name in settings.services:
        if name not in known:
            raise ConfigError(f"settings.yaml: services.{name}: no such service (known: {', '.join(sorted(known))})")
    specs = tuple(configured(spec, settings, declared) for spec in declared if is_enabled(spec, settings))
    for spec in specs:
        for rule in spec.api_access:
            for group in rule.api_groups:
                if group in k3s.DISABLED_API_GROUPS:
                    raise ConfigError(
                        f"{spec.name}: api_access reads {group}, which k3s does not serve here ({k3s.DISABLED_API_GROUPS[group]})"
                    )
    enabled = {spec.name: spec for spec in specs}
    for spec in specs:
        if any(ui.login is Login.AUTHELIA for ui in spec.web) and AUTHELIA not in enabled:
            raise ConfigError(f"{spec.name}: web login is by Authelia, but {AUTHELIA} is not enabled")
        for use in spec.uses:
            target = enabled.get(use.service)
            if target is None:
                if use.service not in known:
                    state = "not a service"
                elif settings.service(use.service).enabled is False:
                    state = "disabled in settings.yaml"
                else:
                    state = f"left out of the {settings.profile.value!r} profile (enable it in settings.yaml)"
                raise ConfigError(f"{spec.name}: uses {use.service}:{use.port}, but {use.service} is {state}")
            if use.account and target.accounts is None:
                raise ConfigError(f"{spec.name}: asks {use.service} for an account, but {use.service} provisions none")
            if use.port not in {port.name for port in target.ports}:
                raise ConfigError(
                    f"{spec.name}: uses {use.service}:{use.port}, but {use.service} has no port {use.port!r} "
                    f"(declared: {', '.join(port.name for port in target.ports)})"
                )
    _check_unique_addresses(specs, settings)
    with_scrapes = tuple(_with_scraped_metrics(spec, specs) if spec.scrapes_metrics else spec for spec in specs)
    with_scrapes = tuple(
        _with_probed_endpoints(spec, specs) if spec.probes_endpoints else spec for spec in with_scrapes
    )
    # The scrape configuration and the rules are written from what is enabled.
    return tuple(observability.generated(spec, with_scrapes, settings) for spec in with_scrapes)


# Ports the node itself answers on (k3s's ServiceLB puts LAN ports there too, and would
# take them over): its SSH server, Traefik's HTTP and HTTPS, the API and the kubelet.
NODE_PORTS = {
    (22, "TCP"): "the node's own SSH server",
    (80, "TCP"): "Traefik (http)",
    (443, "TCP"): "Traefik (https)",
    (platform.API_PORT, "TCP"): "the Kubernetes API",
    (platform.KUBELET_PORT, "TCP"): "the kubelet",
}


def _check_unique_addresses(specs: Sequence[ServiceSpec], settings: Settings) -> None:
    """Two services cannot answer on the same LAN port of the node, nor at the same
    web address; the second one would silently lose."""
    taken: Dict[Tuple[int, str], str] = dict(NODE_PORTS)
    hosts: Dict[str, str] = {}
    for spec in specs:
        for lan in spec.lan:
            key = (lan.external, spec.port(lan.port).protocol)
            if key in taken:
                raise ConfigError(f"{spec.name}: lan port {key[0]}/{key[1]} is already {taken[key]}'s")
            taken[key] = spec.name
        for ui in spec.web:
            host = spec.host(settings.domain, ui)
            if host in hosts:
                raise ConfigError(f"{spec.name}: web address {host} is already {hosts[host]}'s")
            hosts[host] = spec.name


def _with_probed_endpoints(prober: ServiceSpec, enabled: Sequence[ServiceSpec]) -> ServiceSpec:
    """The prober's declared uses plus every other enabled service's web UI and LAN
    ports (observability.probe_targets), opened by the same rules as any dependency."""
    declared = {(use.service, use.port) for use in prober.uses}
    wanted = sorted(
        {
            (target.name, port)
            for target in enabled
            if target.name != prober.name
            for port in observability.exposed_ports(target)
        }
        - declared
    )
    return dataclasses.replace(prober, uses=[*prober.uses, *(Uses(name, port) for name, port in wanted)])


def _with_scraped_metrics(scraper: ServiceSpec, enabled: Sequence[ServiceSpec]) -> ServiceSpec:
    """The scraper's declared uses plus every other enabled service's metrics ports, so
    the same rules that serve any dependency open exactly those ports and no other."""
    declared = {(use.service, use.port) for use in scraper.uses}
    scraped = [
        Uses(target.name, port.name)
        for target in enabled
        if target.name != scraper.name
        for port in target.ports
        if port.metrics and (target.name, port.name) not in declared
    ]
    return dataclasses.replace(scraper, uses=[*scraper.uses, *scraped])


def clients_of(spec: ServiceSpec, enabled: Sequence[ServiceSpec]) -> Tuple[Tuple[ServiceSpec, Tuple[str, ...]], ...]:
    """Who connects to `spec`, and on which of its ports, from their `uses`."""
    found = []
    for client in enabled:
        ports = tuple(sorted({use.port for use in client.uses if use.service == spec.name}))
        if ports:
            found.append((client, ports))
    return tuple(sorted(found, key=lambda pair: pair[0].name))


def account_extensions(spec: ServiceSpec, enabled: Sequence[ServiceSpec]) -> Dict[str, Tuple[str, ...]]:
    """The extensions each account client asked `spec` to create in its database."""
    return {
        client.name: tuple(use.extensions)
        for client in sorted(enabled, key=lambda client: client.name)
        for use in client.uses
        if use.service == spec.name and use.account and use.extensions
    }


def account_clients(spec: ServiceSpec, enabled: Sequence[ServiceSpec]) -> Tuple[str, ...]:
    """The clients that asked `spec` for an account."""
    return tuple(
        sorted({client.name for client in enabled for use in client.uses if use.service == spec.name and use.account})
    )
