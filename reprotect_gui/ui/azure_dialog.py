"""Azure sign-in and vault picker: method + cloud → subscription → Recovery Services vault.

Listing runs on the JobRunner's "azure" pool; the dialog only renders results. The last choice
(method, cloud, tenant, application id, certificate path, subscription, vault) is remembered in
QSettings; a client secret never is: it goes to the OS keyring through the directory.

The directory is injected by the composition root (asr.directory.AzureDirectory); this module
imports nothing from the adapter, it uses the directory's keys, labels and returned values.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, Protocol

from PySide6.QtCore import QCoreApplication, QObject, QSettings, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from reprotect_gui.ui.jobs import BackgroundJob, JobFailure, JobRunner
from reprotect_gui.ui.widgets import BusyPanel

SETTINGS_GROUP = "azure"
VALUE_ROLE = Qt.ItemDataRole.UserRole + 1


class VaultDirectory(Protocol):
    """What the dialog needs from asr.directory.AzureDirectory."""

    device_code_prompt: Any

    def sign_in_choices(self) -> list[tuple[str, str]]: ...
    def cloud_choices(self) -> list[tuple[str, str]]: ...
    def needs(self, method_key: str) -> frozenset[str]: ...
    def sign_in_for(
        self, method_key: str, cloud_key: str, tenant_id: str = "", client_id: str = "", certificate_path: str = ""
    ) -> Any: ...
    def has_secret(self, sign_in: Any) -> bool: ...
    def store_secret(self, sign_in: Any, secret: str) -> None: ...
    def list_subscriptions(self, sign_in: Any, ctx: Any) -> Sequence[Any]: ...
    def list_vaults(self, sign_in: Any, subscription_id: str, ctx: Any) -> Sequence[Any]: ...


class _DeviceCodeBridge(QObject):
    """Carries the device code from the worker thread (azure-identity's callback) to the GUI.

    Signals: code_shown(url, code).
    """

    code_shown = Signal(str, str)

    def prompt(self, url: str, code: str, expires_on: object) -> None:
        self.code_shown.emit(url, code)  # queued onto the GUI thread: the receiver lives there


class AzureVaultDialog(QDialog):
    """Signals: vault_chosen(sign_in, vault) when the operator presses OK."""

    vault_chosen = Signal(object, object)

    def __init__(
        self,
        directory: VaultDirectory,
        runner: JobRunner,
        settings: QSettings | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Connect to a Recovery Services vault"))
        self._directory = directory
        self._runner = runner
        self._settings = settings or QSettings()
        self._job: BackgroundJob | None = None
        self._sign_in: Any = None
        self._bridge = _DeviceCodeBridge(self)
        self._bridge.code_shown.connect(self._on_device_code_shown)
        directory.device_code_prompt = self._bridge.prompt
        self._build()
        self._restore()
        self._update_fields()

    # --- layout ------------------------------------------------------------------------------

    def _build(self) -> None:
        self.method = QComboBox(self)
        # The adapter's labels are English; resources/i18n/update_translations.py collects them.
        for key, label in self._directory.sign_in_choices():
            self.method.addItem(QCoreApplication.translate("sign_in", label), key)
        self.cloud = QComboBox(self)
        for key, label in self._directory.cloud_choices():
            self.cloud.addItem(QCoreApplication.translate("sign_in", label), key)
        self.tenant = QLineEdit(self)
        self.tenant.setPlaceholderText(self.tr("Optional: your home tenant is used when empty"))
        self.client_id = QLineEdit(self)
        self.client_id.setPlaceholderText(self.tr("Application (client) id of the service principal"))
        self.secret = QLineEdit(self)
        self.secret.setEchoMode(QLineEdit.EchoMode.Password)
        self.certificate = QLineEdit(self)
        self.browse = QPushButton(self.tr("&Browse…"), self)
        self.browse.setAccessibleName(self.tr("Browse for the certificate"))
        self.browse.clicked.connect(self._on_browse_clicked)
        self.certificate_row = QWidget(self)
        cert_row = QHBoxLayout(self.certificate_row)
        cert_row.setContentsMargins(0, 0, 0, 0)
        cert_row.addWidget(self.certificate, 1)
        cert_row.addWidget(self.browse)
        self.sign_in_button = QPushButton(self.tr("&Sign in and list subscriptions"), self)
        self.sign_in_button.setAccessibleName(self.tr("Sign in and list subscriptions"))
        self.sign_in_button.clicked.connect(self._on_sign_in_clicked)
        self.device_code = QLabel(self)
        self.device_code.setWordWrap(True)
        self.device_code.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.device_code.setAccessibleName(self.tr("Device code sign-in"))
        self.device_code.hide()
        self.subscription = QComboBox(self)
        self.subscription.setEnabled(False)
        self.subscription.currentIndexChanged.connect(self._on_subscription_changed)
        self.vaults = QListWidget(self)
        self.vaults.setAccessibleName(self.tr("Recovery Services vaults"))
        self.vaults.itemSelectionChanged.connect(self._update_ok)
        self.vaults.itemDoubleClicked.connect(lambda _: self._on_accepted())
        self.busy = BusyPanel(self)
        self.busy.retry_requested.connect(self._on_retry_requested)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self._on_accepted)
        self.buttons.rejected.connect(self.reject)

        form = QFormLayout()
        for text, field in (
            (self.tr("Sign-in &method:"), self.method),
            (self.tr("&Cloud:"), self.cloud),
            (self.tr("&Tenant id:"), self.tenant),
        ):
            form.addRow(_buddy_label(text, field, self), field)
        self._optional_rows: dict[str, tuple[QLabel, QWidget]] = {}
        for key, label_text, row_field in (
            ("client_id", self.tr("&Application id:"), self.client_id),
            ("secret", self.tr("Client s&ecret:"), self.secret),
            ("certificate", self.tr("Ce&rtificate:"), self.certificate_row),
        ):
            row_label = _buddy_label(
                label_text, self.certificate if row_field is self.certificate_row else row_field, self
            )
            form.addRow(row_label, row_field)
            self._optional_rows[key] = (row_label, row_field)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.sign_in_button)
        layout.addWidget(self.device_code)
        layout.addWidget(self.busy)
        choice = QFormLayout()
        choice.addRow(_buddy_label(self.tr("S&ubscription:"), self.subscription, self), self.subscription)
        layout.addLayout(choice)
        vault_label = QLabel(self.tr("Recovery Services &vault:"), self)
        vault_label.setBuddy(self.vaults)
        layout.addWidget(vault_label)
        layout.addWidget(self.vaults, 1)
        layout.addWidget(self.buttons)
        self.method.currentIndexChanged.connect(self._update_fields)
        self._update_ok()

    def _update_fields(self) -> None:
        needs = self._directory.needs(self.method.currentData())
        for key, (label, field) in self._optional_rows.items():
            label.setVisible(key in needs)
            field.setVisible(key in needs)
        self.tenant.setPlaceholderText(
            self.tr("Required for a service principal")
            if "client_id" in needs
            else self.tr("Optional: your home tenant is used when empty")
        )
        self._refresh_secret_hint()

    def _refresh_secret_hint(self) -> None:
        if "secret" not in self._directory.needs(self.method.currentData()):
            return
        stored = bool(self.tenant.text().strip() and self.client_id.text().strip()) and self._directory.has_secret(
            self._current_sign_in()
        )
        self.secret.setPlaceholderText(
            self.tr("Stored in the system keyring; type to replace") if stored else self.tr("Client secret")
        )

    def _update_ok(self) -> None:
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(self.chosen_vault() is not None)

    # --- remembered choice (never a secret) ----------------------------------------------------

    def _restore(self) -> None:
        s = self._settings
        s.beginGroup(SETTINGS_GROUP)
        _select_data(self.method, s.value("method", ""))
        _select_data(self.cloud, s.value("cloud", ""))
        self.tenant.setText(str(s.value("tenant", "") or ""))
        self.client_id.setText(str(s.value("client_id", "") or ""))
        self.certificate.setText(str(s.value("certificate", "") or ""))
        self._remembered_subscription = str(s.value("subscription", "") or "")
        self._remembered_vault = str(s.value("vault", "") or "")
        s.endGroup()

    def _remember(self, vault: Any) -> None:
        s = self._settings
        s.beginGroup(SETTINGS_GROUP)
        s.setValue("method", self.method.currentData())
        s.setValue("cloud", self.cloud.currentData())
        s.setValue("tenant", self.tenant.text().strip())
        s.setValue("client_id", self.client_id.text().strip())
        s.setValue("certificate", self.certificate.text().strip())
        s.setValue("subscription", self.subscription.currentData() or "")
        s.setValue("vault", vault.arm_id)
        s.endGroup()
        s.sync()

    # --- background listing --------------------------------------------------------------------

    def _current_sign_in(self) -> Any:
        return self._directory.sign_in_for(
            self.method.currentData(),
            self.cloud.currentData(),
            self.tenant.text(),
            self.client_id.text(),
            self.certificate.text(),
        )

    def _on_sign_in_clicked(self) -> None:
        self._sign_in = self._current_sign_in()
        if "secret" in self._directory.needs(self.method.currentData()) and self.secret.text():
            self._directory.store_secret(self._sign_in, self.secret.text())
            self.secret.clear()  # kept in the keyring only
            self._refresh_secret_hint()
        self.subscription.clear()
        self.subscription.setEnabled(False)
        self.vaults.clear()
        sign_in, directory = self._sign_in, self._directory
        self._start(
            lambda ctx: directory.list_subscriptions(sign_in, ctx),
            self.tr("Signing in…"),
            self._on_subscriptions_listed,
        )

    def _on_subscriptions_listed(self, subscriptions: Sequence[Any]) -> None:
        self.device_code.setAccessibleName(self.tr("Device code sign-in"))
        self.device_code.hide()
        self.subscription.blockSignals(True)
        for sub in subscriptions:
            self.subscription.addItem(f"{sub.name} ({sub.subscription_id})", sub.subscription_id)
        self.subscription.blockSignals(False)
        self.subscription.setEnabled(bool(subscriptions))
        if not subscriptions:
            self.busy.show_failure(
                JobFailure(
                    self.tr("Your account sees no Azure subscription in this tenant and cloud."),
                    self.tr("Check the tenant id and the cloud, or ask for access to the vault's subscription."),
                )
            )
            return
        _select_data(self.subscription, self._remembered_subscription)
        self._on_subscription_changed()

    def _on_subscription_changed(self) -> None:
        subscription_id = self.subscription.currentData()
        if not subscription_id or self._sign_in is None:
            return
        self.vaults.clear()
        self._update_ok()
        sign_in, directory = self._sign_in, self._directory
        self._start(
            lambda ctx: directory.list_vaults(sign_in, subscription_id, ctx),
            self.tr("Listing Recovery Services vaults…"),
            self._on_vaults_listed,
        )

    def _on_vaults_listed(self, vaults: Sequence[Any]) -> None:
        for vault in vaults:
            row = QListWidgetItem(
                self.tr("{vault}    resource group {group}, {location}").format(
                    vault=vault.vault_name, group=vault.resource_group, location=vault.location
                )
            )
            row.setData(VALUE_ROLE, vault)
            self.vaults.addItem(row)
            if vault.arm_id.lower() == self._remembered_vault.lower():
                self.vaults.setCurrentItem(row)
        if not vaults:
            self.busy.show_failure(
                JobFailure(
                    self.tr("This subscription has no Recovery Services vault your account can see."),
                    self.tr("Choose another subscription, or ask for the Site Recovery Reader role on the vault."),
                )
            )
        self._update_ok()

    def _start(self, fn: Any, text: str, on_success: Any) -> None:
        if self._job is not None:
            self._job.cancel()
        self.busy.show_busy(text)
        self.sign_in_button.setEnabled(False)
        job = self._runner.start(fn, pool="azure", name="azure-listing")
        self._job = job
        self._on_success = on_success
        job.signals.progressed.connect(self.busy.show_progress)
        job.signals.succeeded.connect(self._on_job_succeeded)
        job.signals.failed.connect(self._on_job_failed)
        job.signals.finished.connect(self._on_job_finished)

    def _on_job_succeeded(self, result: object) -> None:
        if self.sender() is not (self._job.signals if self._job else None):
            return  # an older listing, replaced since
        self.busy.hide()
        self._on_success(result)

    def _on_job_failed(self, failure: JobFailure) -> None:
        if self.sender() is not (self._job.signals if self._job else None):
            return
        self._last_failed = self._on_success
        self.busy.show_failure(failure)

    def _on_job_finished(self) -> None:
        if self._job is not None and self.sender() is self._job.signals:
            self._job = None
        self.sign_in_button.setEnabled(True)

    def _on_retry_requested(self) -> None:
        if getattr(self, "_last_failed", None) == self._on_vaults_listed and self.subscription.count():
            self._on_subscription_changed()
        else:
            self._on_sign_in_clicked()

    def _on_device_code_shown(self, url: str, code: str) -> None:
        self.device_code.setText(
            self.tr("Open <b>{url}</b> on any device and enter the code <b>{code}</b>.").format(url=url, code=code)
        )
        self.device_code.show()

    def _on_browse_clicked(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Service principal certificate"),
            "",
            self.tr("Certificates (*.pem *.pfx *.p12);;All files (*)"),
        )
        if path:
            self.certificate.setText(path)

    # --- result ----------------------------------------------------------------------------------

    def chosen_vault(self) -> Any | None:
        row = self.vaults.currentItem()
        return row.data(VALUE_ROLE) if row is not None and row.isSelected() else None

    def _on_accepted(self) -> None:
        vault = self.chosen_vault()
        if vault is None or self._sign_in is None:
            return
        self._remember(vault)
        self.vault_chosen.emit(self._sign_in, vault)
        self.accept()

    def done(self, result: int) -> None:
        if self._job is not None:
            self._job.cancel()  # stops waiting; a listing has nothing to undo
        super().done(result)


def _buddy_label(text: str, field: QWidget, parent: QWidget) -> QLabel:
    """A form label whose mnemonic focuses `field`; the field is named after it for screen readers."""
    label = QLabel(text, parent)
    label.setBuddy(field)
    field.setAccessibleName(text.replace("&", "").rstrip(":："))
    return label


def _select_data(combo: QComboBox, value: object) -> None:
    index = combo.findData(value)
    if index >= 0:
        combo.setCurrentIndex(index)
