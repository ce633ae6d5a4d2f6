"""The Ingress of a web UI: https at <subdomain>.<domain>, a certificate from the
stack's CA, Authelia in front unless the app does its own login, and the annotations
that make Homepage list it."""

import cdk8s
from cdk8s_plus_27 import k8s

from constructs import Construct
from imports.io import traefik
from potatostack import labels, platform, services
from potatostack.service import Login, ServiceSpec, WebUI
from potatostack.settings import Settings

# The CA ClusterIssuer that PlatformChart creates (charts.py).
TLS_ISSUER = "potatostack-ca"
# The Middleware a ForwardAuth service ships, and Traefik's name for the one in the
# authelia namespace: <namespace>-<name>@kubernetescrd.
FORWARD_AUTH_MIDDLEWARE = "forwardauth"
AUTHELIA_MIDDLEWARE = f"{services.AUTHELIA}-{FORWARD_AUTH_MIDDLEWARE}@kubernetescrd"


def ingress(scope: Construct, spec: ServiceSpec, ui: WebUI, settings: Settings) -> k8s.KubeIngress:
    host = spec.host(settings.domain, ui)
    name = spec.ui_name(ui)
    annotations = {
        "cert-manager.io/cluster-issuer": TLS_ISSUER,
        "traefik.ingress.kubernetes.io/router.entrypoints": "websecure",
        "traefik.ingress.kubernetes.io/router.tls": "true",
        "gethomepage.dev/enabled": "true",
        "gethomepage.dev/name": name.capitalize(),
        "gethomepage.dev/description": spec.description,
        "gethomepage.dev/group": ui.group,
        "gethomepage.dev/icon": ui.icon,
        "gethomepage.dev/href": f"https://{host}",
        "gethomepage.dev/pod-selector": f"{labels.INSTANCE}={spec.name}",
    }
    if ui.login is Login.AUTHELIA:
        annotations["traefik.ingress.kubernetes.io/router.middlewares"] = AUTHELIA_MIDDLEWARE
    port = spec.port(ui.port)
    return k8s.KubeIngress(
        scope,
        f"ingress-{name}",
        metadata=k8s.ObjectMeta(
            name=name,
            namespace=spec.namespace,
            labels=labels.of_service(spec),
            annotations=annotations,
        ),
        spec=k8s.IngressSpec(
            ingress_class_name=platform.INGRESS_CLASS,
            tls=[k8s.IngressTls(hosts=[host], secret_name=f"{name}-tls")],
            rules=[
                k8s.IngressRule(
                    host=host,
                    http=k8s.HttpIngressRuleValue(
                        paths=[
                            k8s.HttpIngressPath(
                                path="/",
                                path_type="Prefix",
                                backend=k8s.IngressBackend(
                                    service=k8s.IngressServiceBackend(
                                        name=spec.name, port=k8s.ServiceBackendPort(number=port.number)
                                    )
                                ),
                            )
                        ]
                    ),
                )
            ],
        ),
    )


def forward_auth_middleware(scope: Construct, spec: ServiceSpec) -> None:
    """The Traefik Middleware that sends each request of a protected UI to `spec` first."""
    auth = spec.forward_auth
    assert auth is not None, "called for a service that answers forward-auth"
    port = spec.port(auth.port)
    traefik.Middleware(
        scope,
        "forward-auth",
        metadata=cdk8s.ApiObjectMetadata(
            name=FORWARD_AUTH_MIDDLEWARE,
            namespace=spec.namespace,
            labels=labels.of_service(spec),
        ),
        spec=traefik.MiddlewareSpec(
            forward_auth=traefik.MiddlewareSpecForwardAuth(
                address=f"http://{spec.name}.{spec.namespace}.svc.cluster.local:{port.number}{auth.path}",
                # Traefik sets X-Forwarded-*; nothing else in front of it may.
                trust_forward_header=True,
                auth_response_headers=list(auth.response_headers) or None,
            )
        ),
    )
