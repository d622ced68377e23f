"""Connect to vCenter: host, port, user, password, "remember" (OS keyring), certificate trust.

TLS is always verified. A certificate this computer does not trust is shown by its SHA-256
thumbprint and used only after the operator trusts it explicitly; that thumbprint is pinned
(VCenterSettings). A later, different certificate is refused with a warning (possible
interception) until the operator confirms and trusts the new one. There is no switch to turn
verification off.

vCenter is optional: "Skip vCenter" closes the dialog and the wizard runs on the vault alone; the
dialog says beforehand which checks then show as unknown. The vCenters the vault has discovered
(ASR's replicationvCenters, read by `discover` on a worker) are offered and prefilled.

Connecting runs on the "vcenter" pool of the JobRunner; the keyring is read and written on
workers too. Signals: connected(object) — the open inventory (a PyVmomiInventory).
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, Protocol

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from reprotect_gui.domain.errors import (
    CertificateChanged,
    CertificateNotTrusted,
    UserFacingError,
    format_thumbprint,
)
from reprotect_gui.domain.ports import SecretStore
from reprotect_gui.ui.i18n import text as ui_text
from reprotect_gui.ui.jobs import JobFailure, JobRunner, Pool

log = logging.getLogger(__name__)

# connect(host, port, user, password, pinned_thumbprint) -> an open inventory; runs on a worker.
# The composition root passes reprotect_gui.vsphere.connect_inventory.
ConnectFn = Callable[[str, int, str, str, str | None], Any]
# discover() -> the vCenter names the vault knows (ASR's discovered vCenters); runs on a worker.
DiscoverFn = Callable[[], Sequence[str]]

# The checks that read only vCenter (catalogue column "vc"): without vCenter they say "unknown".
VCENTER_ONLY_CHECKS: tuple[str, ...] = (
    "INF-08", "MT-03", "MT-04", "MT-05", "MT-06", "MT-07", "MT-08", "MT-09", "MT-11", "MT-12", "MT-15", "DS-02",
    "SUB-01",
)  # fmt: skip


class TrustSettings(Protocol):
    """Pinned thumbprints and the last connection (reprotect_gui.vsphere.trust.VCenterSettings)."""

    def pinned(self, host: str, port: int) -> str | None: ...

    def pin(self, host: str, port: int, thumbprint: str) -> None: ...

    def damaged_copy_for(self, host: str, port: int) -> str | None: ...  # the trust file was damaged

    def last(self) -> Any: ...  # .host, .port, .user, .remember_password, or None

    def remember(self, host: str, port: int, user: str, remember_password: bool) -> None: ...


@dataclass(frozen=True, slots=True)
class _Connected:
    inventory: Any
    keyring_problem: str = ""


@dataclass(frozen=True, slots=True)
class _TrustNeeded:
    thumbprint: str
    reason: str
    previous: str | None = None  # the pinned thumbprint it replaces: a changed certificate
    summary: str = ""
    damaged_copy: str | None = None  # the trust file was damaged: an earlier pin may be lost


class VCenterConnectDialog(QDialog):
    connected = Signal(object)

    def __init__(
        self,
        runner: JobRunner,
        *,
        secrets: SecretStore,
        settings: TrustSettings,
        connect: ConnectFn,
        service_for: Callable[[str], str],
        discover: DiscoverFn | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Connect to vCenter"))
        self._runner = runner
        self._secrets = secrets
        self._settings = settings
        self._connect = connect
        self._service_for = service_for
        self._job: Any = None
        self._pending_trust: _TrustNeeded | None = None
        self.inventory: Any = None
        self.discovered: tuple[str, ...] = ()
        self._build()
        self._restore_last()
        if discover is not None:
            job = runner.start(lambda ctx: tuple(discover()), pool=Pool.AZURE, name="vCenters the vault knows")
            job.signals.succeeded.connect(self._on_discovered)

    # --- layout ---------------------------------------------------------------------------

    def _build(self) -> None:
        self.host_edit = QLineEdit(self)
        self.host_edit.setPlaceholderText("vcenter.example.local")  # not translated: an example host name
        self.port_spin = QSpinBox(self)
        self.port_spin.setRange(1, 65535)
        self.port_spin.setValue(443)
        self.user_edit = QLineEdit(self)
        self.user_edit.setPlaceholderText("administrator@vsphere.local")  # not translated: an example account
        self.password_edit = QLineEdit(self)
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.remember_check = QCheckBox(self.tr("Re&member the password in this computer's keyring"), self)
        self.remember_check.setAccessibleName(self.tr("Remember the password in this computer's keyring"))

        form = QFormLayout()
        for text, field, name in (
            (self.tr("v&Center:"), self.host_edit, self.tr("vCenter server")),
            (self.tr("P&ort:"), self.port_spin, self.tr("Port")),
            (self.tr("&User:"), self.user_edit, self.tr("User")),
            (self.tr("&Password:"), self.password_edit, self.tr("Password")),
        ):
            label = QLabel(text, self)
            label.setBuddy(field)
            field.setAccessibleName(name)
            form.addRow(label, field)
        form.addRow("", self.remember_check)

        self.status_label = QLabel(self)
        self.status_label.setWordWrap(True)
        self.status_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.status_label.setAccessibleName(self.tr("Connection status"))

        self.trust_box = QGroupBox(self.tr("Certificate"), self)
        self.trust_label = QLabel(self.trust_box)
        self.trust_label.setWordWrap(True)
        self.trust_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.trust_label.setAccessibleName(self.tr("Certificate thumbprint"))
        self.confirm_change_check = QCheckBox(
            self.tr("My vCenter &administrator confirmed that the certificate was replaced"), self.trust_box
        )
        self.confirm_change_check.setAccessibleName(
            self.tr("My vCenter administrator confirmed that the certificate was replaced")
        )
        self.trust_button = QPushButton(self.tr("&Trust this certificate and connect"), self.trust_box)
        self.trust_button.setAccessibleName(self.tr("Trust this certificate and connect"))
        trust_layout = QVBoxLayout(self.trust_box)
        trust_layout.addWidget(self.trust_label)
        trust_layout.addWidget(self.confirm_change_check)
        trust_layout.addWidget(self.trust_button)
        self.trust_box.hide()

        self.optional_note = QLabel(
            self.tr(
                "vCenter is optional. Without it the wizard still reads the vault, but these checks show as "
                "unknown: {checks} (snapshots, VMware Tools, disk UUIDs, controllers, the host's datastores and "
                "licence, whether the VM still exists)."
            ).format(checks=", ".join(VCENTER_ONLY_CHECKS)),
            self,
        )
        self.optional_note.setWordWrap(True)
        self.optional_note.setAccessibleName(self.tr("What skipping vCenter means"))
        self.discovered_label = QLabel(self)
        self.discovered_label.setWordWrap(True)
        self.discovered_label.setAccessibleName(self.tr("vCenters the vault knows"))
        self.discovered_label.hide()

        self.buttons = QDialogButtonBox(self)
        self.connect_button = self.buttons.addButton(self.tr("Co&nnect"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.connect_button.setAccessibleName(self.tr("Connect"))
        self.skip_button = self.buttons.addButton(self.tr("&Skip vCenter"), QDialogButtonBox.ButtonRole.RejectRole)
        self.skip_button.setAccessibleName(self.tr("Skip vCenter and continue with the vault alone"))

        layout = QVBoxLayout(self)
        layout.addWidget(self.optional_note)
        layout.addWidget(self.discovered_label)
        layout.addLayout(form)
        layout.addWidget(self.trust_box)
        layout.addWidget(self.status_label)
        layout.addWidget(self.buttons)

        self.connect_button.clicked.connect(self._on_connect_clicked)
        self.buttons.rejected.connect(self.reject)
        self.trust_button.clicked.connect(self._on_trust_clicked)
        self.confirm_change_check.toggled.connect(self._update_trust_button)
        self.user_edit.editingFinished.connect(self._load_saved_password)
        self.host_edit.editingFinished.connect(self._load_saved_password)

    def _restore_last(self) -> None:
        last = self._settings.last()
        if last is None:
            return
        self.host_edit.setText(last.host)
        self.port_spin.setValue(last.port)
        self.user_edit.setText(last.user)
        self.remember_check.setChecked(last.remember_password)
        self._load_saved_password()

    def _on_discovered(self, names: object) -> None:
        """Offer the vCenters the vault knows; prefill the first when nothing was typed or remembered."""
        self.discovered = tuple(dict.fromkeys(str(n) for n in (names or ()) if str(n).strip()))  # type: ignore[attr-defined]
        if not self.discovered:
            return
        completer = QCompleter(list(self.discovered), self.host_edit)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.host_edit.setCompleter(completer)
        self.discovered_label.setText(self.tr("The vault knows: {names}.").format(names=", ".join(self.discovered)))
        self.discovered_label.show()
        if not self.host_edit.text().strip():
            self.host_edit.setText(self.discovered[0])
            self._load_saved_password()

    # --- saved password (keyring, on a worker) ----------------------------------------------

    def _load_saved_password(self) -> None:
        host, user = self.host_edit.text().strip(), self.user_edit.text().strip()
        if not host or not user or self.password_edit.text():
            return
        secrets, service = self._secrets, self._service_for(host)
        self._runner.start(
            lambda ctx: secrets.get(service, user),
            pool=Pool.LOCAL,
            name="Read saved password",
            on_success=self._on_saved_password,
        )

    def _on_saved_password(self, password: object) -> None:
        if isinstance(password, str) and password and not self.password_edit.text():
            self.password_edit.setText(password)
            self.remember_check.setChecked(True)
            self.status_label.setText(self.tr("Password taken from this computer's keyring."))

    # --- connecting -------------------------------------------------------------------------

    def _on_connect_clicked(self) -> None:
        host = self.host_edit.text().strip()
        user = self.user_edit.text().strip()
        if not host or not user or not self.password_edit.text():
            self.status_label.setText(self.tr("Enter the vCenter name, the user and the password."))
            return
        self._start_connect()

    def _start_connect(self) -> None:
        host, port = self.host_edit.text().strip(), self.port_spin.value()
        user, password = self.user_edit.text().strip(), self.password_edit.text()
        remember = self.remember_check.isChecked()
        pinned = self._settings.pinned(host, port)
        damaged_copy = self._settings.damaged_copy_for(host, port) if pinned is None else None
        connect, secrets, service = self._connect, self._secrets, self._service_for(host)

        connecting = self.tr("Connecting to {host}…").format(host=host)

        def work(ctx: Any) -> _Connected | _TrustNeeded:
            ctx.report(0.0, connecting)
            try:
                inventory = connect(host, port, user, password, pinned)
            except CertificateNotTrusted as exc:
                return _TrustNeeded(exc.thumbprint, exc.reason, summary=ui_text(exc.summary), damaged_copy=damaged_copy)
            except CertificateChanged as exc:
                return _TrustNeeded(exc.actual, "", previous=exc.expected, summary=ui_text(exc.summary))
            return _Connected(inventory, _store_password(secrets, service, user, password, remember))

        self._set_busy(True, connecting)
        self.trust_box.hide()
        self._job = self._runner.start(
            work,
            pool=Pool.VCENTER,
            name=f"Connect to vCenter {host}",
            on_success=self._on_connect_finished,
            on_failure=self._on_connect_failed,
        )

    def _on_connect_finished(self, outcome: object) -> None:
        self._job = None
        self._set_busy(False, "")
        if isinstance(outcome, _TrustNeeded):
            self._ask_for_trust(outcome)
            return
        assert isinstance(outcome, _Connected)
        try:
            self._settings.remember(
                self.host_edit.text().strip(),
                self.port_spin.value(),
                self.user_edit.text().strip(),
                self.remember_check.isChecked(),
            )
        except UserFacingError as exc:  # the last connection is a convenience: connect anyway
            log.warning("%s", exc)
        self.inventory = outcome.inventory
        if outcome.keyring_problem:
            log.warning("Connected, but the password was not saved: %s", outcome.keyring_problem)
        self.connected.emit(outcome.inventory)
        self.accept()

    def _on_connect_failed(self, failure: JobFailure) -> None:
        self._job = None
        self._set_busy(False, f"{failure.summary} {failure.next_step}".strip())

    # --- certificate trust ------------------------------------------------------------------

    def _ask_for_trust(self, trust: _TrustNeeded) -> None:
        self._pending_trust = trust
        shown = format_thumbprint(trust.thumbprint)
        if trust.previous is None and trust.damaged_copy:
            self.trust_label.setText(
                self.tr(
                    "WARNING — re-verify this certificate: the file of trusted vCenter certificates was "
                    "damaged, so an earlier trust of {host} may have been lost. The damaged copy is at "
                    "{copy}.\n\n{summary}\n\nSHA-256 thumbprint:\n{thumbprint}\n\n"
                    "Trust it only if your vCenter administrator confirms this thumbprint."
                ).format(
                    host=self.host_edit.text().strip(), copy=trust.damaged_copy, summary=trust.summary, thumbprint=shown
                )
            )
            self.trust_label.setStyleSheet("color: #b00020;")
            self.confirm_change_check.hide()
            self.confirm_change_check.setChecked(True)
        elif trust.previous is None:
            self.trust_label.setText(
                self.tr(
                    "{summary}\n\nSHA-256 thumbprint:\n{thumbprint}\n\n"
                    "Trust it only if your vCenter administrator confirms this thumbprint."
                ).format(summary=trust.summary, thumbprint=shown)
            )
            self.confirm_change_check.hide()
            self.confirm_change_check.setChecked(True)
        else:
            self.trust_label.setText(
                self.tr("WARNING — {summary}\n\nTrusted until now:\n{previous}\n\nPresented now:\n{thumbprint}").format(
                    summary=trust.summary, previous=format_thumbprint(trust.previous), thumbprint=shown
                )
            )
            self.trust_label.setStyleSheet("color: #b00020;")
            self.confirm_change_check.setChecked(False)
            self.confirm_change_check.show()
        self.trust_box.show()
        self._update_trust_button()
        self.status_label.setText("")

    def _update_trust_button(self) -> None:
        self.trust_button.setEnabled(self._pending_trust is not None and self.confirm_change_check.isChecked())

    def _on_trust_clicked(self) -> None:
        trust = self._pending_trust
        if trust is None or not self.confirm_change_check.isChecked():
            return
        try:
            self._settings.pin(self.host_edit.text().strip(), self.port_spin.value(), trust.thumbprint)
        except UserFacingError as exc:  # issue 12: a trust file that can't be saved is said, not a crash
            self.status_label.setText(str(exc))
            return
        self._pending_trust = None
        self.trust_label.setStyleSheet("")
        self._start_connect()

    # --- state ------------------------------------------------------------------------------

    def _set_busy(self, busy: bool, text: str) -> None:
        for widget in (self.host_edit, self.port_spin, self.user_edit, self.password_edit, self.remember_check):
            widget.setEnabled(not busy)
        self.connect_button.setEnabled(not busy)
        self.status_label.setText(text)

    def reject(self) -> None:
        if self._job is not None:
            self._job.cancel()
        super().reject()


def _store_password(secrets: SecretStore, service: str, user: str, password: str, remember: bool) -> str:
    """Keep or forget the password as asked; a keyring problem must not undo the connection."""
    try:
        if remember:
            secrets.set(service, user, password)
        else:
            secrets.delete(service, user)
    except UserFacingError as exc:
        return ui_text(exc.summary)
    return ""
