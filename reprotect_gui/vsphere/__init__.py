"""vCenter adapter (pyVmomi). pyVmomi itself is imported lazily, on the worker thread."""

from reprotect_gui.vsphere.errors import (
    CertificateChanged,
    CertificateNotTrusted,
    NotAVCenter,
    VCenterLoginFailed,
    VCenterNoPermission,
    VCenterSessionLost,
    VCenterTimeout,
    VCenterTlsFailed,
    VCenterUnreachable,
    format_thumbprint,
)
from reprotect_gui.vsphere.inventory import PyVmomiInventory


def connect_inventory(
    host: str, port: int, user: str, password: str, pinned_thumbprint: str | None
) -> PyVmomiInventory:
    """What the connect dialog calls on its worker (injected by the composition root)."""
    return PyVmomiInventory.connect(host, user, password, port=port, pinned_thumbprint=pinned_thumbprint)


__all__ = [
    "CertificateChanged",
    "CertificateNotTrusted",
    "NotAVCenter",
    "PyVmomiInventory",
    "VCenterLoginFailed",
    "VCenterNoPermission",
    "VCenterSessionLost",
    "VCenterTimeout",
    "VCenterTlsFailed",
    "VCenterUnreachable",
    "connect_inventory",
    "format_thumbprint",
]
