"""PotatoStack on k3s: the constructs that turn settings.yaml into the manifests in dist/.

Data flows one way: settings (settings.py) -> service declarations (services/) ->
the conventions every service gets (workload.py, security.py, network.py) -> one chart
per ArgoCD application (charts.py) -> dist/ (publish.py).
"""
