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
    "format_thumbprint",
]
