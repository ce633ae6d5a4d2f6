"""Every PotatoStack service, one declaration per file.

Each module in this package defines `service = ServiceSpec(...)`; they are found by
name, so adding a service means adding its file and nothing else.
"""
import importlib
import pkgutil
from typing import Sequence, Tuple

from potatostack.errors import ConfigError
from potatostack.service import Login, ServiceSpec
from potatostack.settings import Settings


def _discover() -> Tuple[ServiceSpec, ...]:
    found = []
    for module_info in sorted(pkgutil.iter_modules(__path__), key=lambda info: info.name):
        module = importlib.import_module(f"{__name__}.{module_info.name}")
        spec = getattr(module, "service", None)
        if not isinstance(spec, ServiceSpec):
            raise ConfigError(f"services/{module_info.name}.py: defines no `service = ServiceSpec(...)`")
        if spec.name != module_info.name.replace("_", "-"):
            raise ConfigError(f"services/{module_info.name}.py: declares service {spec.name!r}; the file is named after its service")
        found.append(spec)
    return tuple(found)


ALL: Tuple[ServiceSpec, ...] = _discover()

# The service whose forward-auth guards the web UIs declared with Login.AUTHELIA.
AUTHELIA = "authelia"


def chosen(settings: Settings, declared: Sequence[ServiceSpec] = ALL) -> Tuple[ServiceSpec, ...]:
    """The enabled services with the owner's overrides, each checked; the first problem
    raises ConfigError naming the service (or the settings field) and what is wrong.

    Needs neither cdk8s nor Node.js, so a mistake is reported before they start."""
    known = {spec.name for spec in declared}
    for name in settings.services:
        if name not in known:
            raise ConfigError(f"settings.yaml: services.{name}: no such service (known: {', '.join(sorted(known))})")
    specs = tuple(spec.with_settings(settings.service(spec.name)) for spec in declared if settings.service(spec.name).enabled)
    for spec in specs:
        spec.validate()
    enabled = {spec.name: spec for spec in specs}
    for spec in specs:
        if any(ui.login is Login.AUTHELIA for ui in spec.web) and AUTHELIA not in enabled:
            raise ConfigError(f"{spec.name}: web login is by Authelia, but {AUTHELIA} is not enabled")
        for use in spec.uses:
            target = enabled.get(use.service)
            if target is None:
                state = "disabled in settings.yaml" if use.service in known else "not a service"
                raise ConfigError(f"{spec.name}: uses {use.service}:{use.port}, but {use.service} is {state}")
            if use.account and target.accounts is None:
                raise ConfigError(f"{spec.name}: asks {use.service} for an account, but {use.service} provisions none")
            if use.port not in {port.name for port in target.ports}:
                raise ConfigError(
                    f"{spec.name}: uses {use.service}:{use.port}, but {use.service} has no port {use.port!r} "
                    f"(declared: {', '.join(port.name for port in target.ports)})"
                )
    return specs


def clients_of(spec: ServiceSpec, enabled: Sequence[ServiceSpec]) -> Tuple[Tuple[ServiceSpec, Tuple[str, ...]], ...]:
    """Who connects to `spec`, and on which of its ports, from their `uses`."""
    found = []
    for client in enabled:
        ports = tuple(sorted({use.port for use in client.uses if use.service == spec.name}))
        if ports:
            found.append((client, ports))
    return tuple(sorted(found, key=lambda pair: pair[0].name))


def account_clients(spec: ServiceSpec, enabled: Sequence[ServiceSpec]) -> Tuple[str, ...]:
    """The clients that asked `spec` for an account."""
    return tuple(sorted({client.name for client in enabled for use in client.uses if use.service == spec.name and use.account}))
