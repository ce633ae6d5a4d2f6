"""Programs that run inside the cluster, shipped as ConfigMaps (no image of our own)."""
