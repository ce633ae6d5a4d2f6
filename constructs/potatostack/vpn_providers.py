"""The VPN providers Gluetun knows, for settings.vpn.provider.

Copied from Gluetun v3.41.1 (images.GLUETUN), internal/constants/providers/providers.go,
`AllWithCustom()`: the values its VPN_SERVICE_PROVIDER accepts. A provider name not in
this list makes Gluetun exit at start, so synth refuses it first. Update the list with
the pin when images.GLUETUN moves.
"""

GLUETUN_VERSION = "v3.41.1"

PROVIDERS = (
    "airvpn",
    "cyberghost",
    "expressvpn",
    "fastestvpn",
    "giganews",
    "hidemyass",
    "ipvanish",
    "ivpn",
    "mullvad",
    "nordvpn",
    "perfect privacy",
    "privado",
    "private internet access",
    "privatevpn",
    "protonvpn",
    "purevpn",
    "slickvpn",
    "surfshark",
    "torguard",
    "vpnsecure",
    "vpn unlimited",
    "vyprvpn",
    "windscribe",
    "custom",
)
