"""Every PotatoStack service, one declaration per file.

Each module in this package defines `service = ServiceSpec(...)`; they are found by
name, so adding a service means adding its file and nothing else.
"""
import importlib
import pkgutil
from typing import Tuple

from potatostack.errors import ConfigError
from potatostack.service import ServiceSpec


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
