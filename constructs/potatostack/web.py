"""The Ingress of a web UI: https at <subdomain>.<domain>, a certificate from the
stack's CA, Authelia in front unless the app does its own login, and the annotations
that make Homepage list it."""
from cdk8s_plus_27 import k8s
from constructs import Construct

from potatostack import labels, platform, services
from potatostack.service import Login, ServiceSpec
from potatostack.settings import Settings

# The CA ClusterIssuer that PlatformChart creates (charts.py).
TLS_ISSUER = "potatostack-ca"
# Traefik's name for the Middleware that the authelia service ships: <namespace>-<name>.
AUTHELIA_MIDDLEWARE = f"{services.AUTHELIA}-forwardauth@kubernetescrd"


def ingress(scope: Construct, spec: ServiceSpec, settings: Settings) -> k8s.KubeIngress:
    host = spec.host(settings.domain)
    annotations = {
        "cert-manager.io/cluster-issuer": TLS_ISSUER,
        "traefik.ingress.kubernetes.io/router.entrypoints": "websecure",
        "traefik.ingress.kubernetes.io/router.tls": "true",
        "gethomepage.dev/enabled": "true",
        "gethomepage.dev/name": spec.name.capitalize(),
        "gethomepage.dev/description": spec.description,
        "gethomepage.dev/group": spec.web.group,
        "gethomepage.dev/icon": spec.web.icon,
        "gethomepage.dev/href": f"https://{host}",
        "gethomepage.dev/pod-selector": f"{labels.INSTANCE}={spec.name}",
    }
    if spec.web.login is Login.AUTHELIA:
        annotations["traefik.ingress.kubernetes.io/router.middlewares"] = AUTHELIA_MIDDLEWARE
    port = spec.port(spec.web.port)
    return k8s.KubeIngress(
        scope,
        "ingress",
        metadata=k8s.ObjectMeta(
            name=spec.name,
            namespace=spec.namespace,
            labels=labels.standard(spec.name, spec.component, spec.image.tag),
            annotations=annotations,
        ),
        spec=k8s.IngressSpec(
            ingress_class_name=platform.INGRESS_CLASS,
            tls=[k8s.IngressTls(hosts=[host], secret_name=f"{spec.name}-tls")],
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
