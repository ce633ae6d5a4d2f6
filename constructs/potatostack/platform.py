"""Facts about the cluster the manifests are written for. One place names each."""

# The k3s release the Le Potato runs. Every manifest is validated against the schema
# of the Kubernetes version inside it, so an upgrade starts by changing this line.
K3S_VERSION = "v1.35.6+k3s1"

# "v1.35.6+k3s1" -> "1.35.6"
KUBERNETES_VERSION = K3S_VERSION.lstrip("v").split("+", 1)[0]

# Labels every namespace gets from the API server and every node from the kubelet;
# NetworkPolicies and affinities select on them because nobody can set them by hand.
NAMESPACE_NAME_LABEL = "kubernetes.io/metadata.name"
HOSTNAME_LABEL = "kubernetes.io/hostname"

# k3s serves cluster DNS from CoreDNS in kube-system, labelled k8s-app=kube-dns.
CLUSTER_DNS_NAMESPACE = "kube-system"
CLUSTER_DNS_POD_LABELS = {"k8s-app": "kube-dns"}

# The Kubernetes API on k3s: the server node's address, port 6443 (NetworkPolicies see
# the endpoint behind the kubernetes Service's ClusterIP).
API_PORT = 6443
# The kubelet's own port on every node (its metrics, read by the metrics store).
KUBELET_PORT = 10250
# k3s's default cluster-cidr: the node reaches pods from its own address in it (cni0),
# which is where the API server's calls to webhooks come from.
POD_CIDR = "10.42.0.0/16"

# ArgoCD runs in this namespace; every Application and the AppProject live there.
ARGOCD_NAMESPACE = "argocd"
# The CRDs of Argo CD that dist/ installs: not ApplicationSets, which nothing here
# uses and whose CRD alone cost the API server about 210 MiB (reservation.py).
ARGOCD_CRDS = ("applications.argoproj.io", "appprojects.argoproj.io")

# On the objects whose prune deletes data (a Namespace takes everything in it; a
# claim or volume released from its folder cannot bind again by itself): Argo CD
# prunes them only after someone confirms it (`argocd app confirm-deletion` or the UI),
# so disabling a service stops its pods but never removes its data unasked.
PRUNE_CONFIRM = {"argocd.argoproj.io/sync-options": "Prune=confirm"}

# k3s bundles Traefik as its ingress controller (kube-system, Helm release "traefik");
# ingress-nginx was retired upstream in March 2026 and would cost memory besides.
INGRESS_CLASS = "traefik"
INGRESS_NAMESPACE = "kube-system"
INGRESS_POD_LABELS = {"app.kubernetes.io/name": "traefik"}
