"""reprotect_gui: reprotect failed-over VMware VMs from Azure back to on-premises."""

__version__ = "0.1.0"
