"""`SecretStore` on the OS keyring (`keyring`): the vCenter password when the operator asks to
remember it, and nowhere else — never in settings files, never in logs.

The keyring entry is named per vCenter host and user: service "reprotect_gui vCenter <host>",
user "<user>". `keyring` is imported on first use, off the start-up path.
"""

from __future__ import annotations

import logging
from typing import Any

from reprotect_gui.domain.errors import UserFacingError

log = logging.getLogger(__name__)

SERVICE_PREFIX = "reprotect_gui vCenter"


def vcenter_service(host: str) -> str:
    """Keyring service name for a vCenter; with the user name it makes one entry per host+user."""
    return f"{SERVICE_PREFIX} {host.strip().lower()}"


class SecretStoreUnavailable(UserFacingError):
    def __init__(self, what: str) -> None:
        super().__init__(
            f"The password could not be {what} in this computer's keyring.",
            "Enter the password each time, or ask your administrator to enable the system "
            "keyring (Windows Credential Manager, macOS Keychain, Secret Service on Linux).",
        )


class KeyringSecretStore:
    """Implements the `SecretStore` port. `backend` is for tests; default: the OS keyring."""

    def __init__(self, backend: Any = None) -> None:
        self._backend = backend

    def _keyring(self) -> Any:
        if self._backend is None:
            import keyring

            self._backend = keyring.get_keyring()
        return self._backend

    def get(self, service: str, user: str) -> str | None:
        from keyring.errors import KeyringError

        try:
            secret: str | None = self._keyring().get_password(service, user)
        except KeyringError as exc:
            raise SecretStoreUnavailable("read") from exc
        log.debug("Keyring lookup for %s / %s: %s", service, user, "found" if secret else "none")
        return secret

    def set(self, service: str, user: str, secret: str) -> None:
        from keyring.errors import KeyringError

        try:
            self._keyring().set_password(service, user, secret)
        except KeyringError as exc:
            raise SecretStoreUnavailable("stored") from exc
        log.info("Password for %s / %s stored in the keyring", service, user)

    def delete(self, service: str, user: str) -> None:
        from keyring.errors import KeyringError, PasswordDeleteError

        try:
            self._keyring().delete_password(service, user)
        except PasswordDeleteError:
            return  # nothing stored: already forgotten
        except KeyringError as exc:
            raise SecretStoreUnavailable("removed") from exc
        log.info("Password for %s / %s removed from the keyring", service, user)
