"""The journey's first page: fail back — the architecture's operation and its options (FB-01…FB-05).

Classic items fail back by an *unplanned* failover with a recovery point `LatestTime` (recommended),
`LatestTag` or, for one VM, `Custom` chosen from the item's own recovery points (read in the
background); modernized items by a *planned* failover, `CrashConsistent` (recommended) or
`ApplicationConsistent`, with the multi-VM sync point for a plan. The downtime (FB-05) is stated
here by the operator before anything is checked. What differs between the architectures comes from
domain/failback.py (`recovery_point_choices`, `failback_operation`, `failback_direction`).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QButtonGroup, QCheckBox, QComboBox, QGroupBox, QRadioButton, QVBoxLayout

from reprotect_gui.domain.failback import (
    ClassicRecoveryPoint,
    FailbackRequest,
    ModernizedRecoveryPoint,
    Scope,
    recovery_point_choices,
)
from reprotect_gui.domain.models import ReplicationFlow
from reprotect_gui.ui.jobs import JobFailure, Pool
from reprotect_gui.ui.translate_noop import QT_TRANSLATE_NOOP
from reprotect_gui.ui.widgets import BusyPanel
from reprotect_gui.ui.wizard import journey_calls
from reprotect_gui.ui.wizard.base import Page
from reprotect_gui.ui.wizard.journey_calls import RecoveryPointChoice

POINT_TEXT: dict[str, str] = {  # English; shown through translate()
    ClassicRecoveryPoint.LATEST_TIME: QT_TRANSLATE_NOOP(
        "FailbackPage", "&Latest processed (LatestTime, crash-consistent) — recommended: loses the least data"
    ),
    ClassicRecoveryPoint.LATEST_TAG: QT_TRANSLATE_NOOP(
        "FailbackPage", "Latest &application-consistent (LatestTag) — older: the changes after it are lost"
    ),
    ClassicRecoveryPoint.CUSTOM: QT_TRANSLATE_NOOP("FailbackPage", "A recovery point I &choose:"),
    ModernizedRecoveryPoint.CRASH_CONSISTENT: QT_TRANSLATE_NOOP(
        "FailbackPage", "&Crash-consistent (CrashConsistent) — recommended"
    ),
    ModernizedRecoveryPoint.APPLICATION_CONSISTENT: QT_TRANSLATE_NOOP(
        "FailbackPage", "&Application-consistent (ApplicationConsistent)"
    ),
}


def operation_text(flow: ReplicationFlow) -> str:
    """FB-01 in words: which failover fails this architecture back."""
    if flow is ReplicationFlow.CLASSIC:
        return QCoreApplication.translate(
            "FailbackPage",
            'Classic replication fails back by an <b>unplanned failover</b> (the portal\'s "Failover") from Azure '
            "to on-premises. It can't be cancelled once it starts (FB-10).",
        )
    return QCoreApplication.translate(
        "FailbackPage",
        "Modernized replication fails back by a <b>planned failover</b> from Azure to on-premises: the pending "
        "changes are copied first, and it can be cancelled afterwards (FB-10, FB-12).",
    )


class FailbackPage(Page):
    def __init__(self) -> None:
        super().__init__()
        self.setTitle(self.tr("Fail back: options"))
        self.operation = self.note(parent=self)
        self.operation.setAccessibleName(self.tr("Failback operation"))
        self.points_box = QGroupBox(self.tr("Recovery point"), self)
        self.points_layout = QVBoxLayout(self.points_box)
        self.points_group = QButtonGroup(self)
        self.buttons: dict[str, QRadioButton] = {}
        self.custom_points = QComboBox(self)
        self.custom_points.setAccessibleName(self.tr("Recovery point of the VM"))
        self.custom_note = self.note(parent=self)
        self.points_note = self.note(parent=self)
        self.points_note.setAccessibleName(self.tr("About the recovery point"))
        self.sync_point = QCheckBox(
            self.tr("Use the multi-VM &sync point (every VM of the plan to the same point)"), self
        )
        self.sync_point.setAccessibleName(self.tr("Use the multi-VM sync point"))
        self.busy = BusyPanel(self)
        downtime_box = QGroupBox(self.tr("Downtime (FB-05)"), self)
        self.downtime_text = self.note(parent=downtime_box)
        self.downtime = QCheckBox(
            self.tr("I have a &maintenance window and the users are off the application"), downtime_box
        )
        self.downtime.setAccessibleName(self.tr("A maintenance window is planned and the users are off"))
        downtime_layout = QVBoxLayout(downtime_box)
        downtime_layout.addWidget(self.downtime_text)
        downtime_layout.addWidget(self.downtime)
        layout = QVBoxLayout(self)
        layout.addWidget(self.operation)
        layout.addWidget(self.points_box)
        layout.addWidget(self.busy)
        layout.addWidget(downtime_box)
        layout.addStretch(1)
        layout.addWidget(self.next_hint())
        self.points_group.buttonToggled.connect(self._on_point_toggled)
        self.custom_points.currentIndexChanged.connect(lambda _i: self.completeChanged.emit())
        self.downtime.toggled.connect(lambda _on: self.completeChanged.emit())
        self.busy.retry_requested.connect(self._read_points)
        self.points: tuple[RecoveryPointChoice, ...] = ()

    def initializePage(self) -> None:
        journey = self.session.journey_run
        assert journey is not None
        flow, scope = journey.flow, journey.scope
        self.setSubTitle(
            self.tr("{target}: from Azure back to on-premises (FB-02). Choose the recovery point.").format(
                target=journey.target_name
            )
        )
        self.operation.setText(operation_text(flow))
        for button in self.buttons.values():
            self.points_group.removeButton(button)
            button.hide()
            button.setParent(None)  # out of the focus chain now, not at the next turn of the event loop
            button.deleteLater()
        self.buttons = {}
        while self.points_layout.count():
            self.points_layout.takeAt(0)
        for point in recovery_point_choices(flow, scope):
            button = QRadioButton(QCoreApplication.translate("FailbackPage", POINT_TEXT[point]), self.points_box)
            button.setProperty("point", str(point))
            self.points_group.addButton(button)
            self.buttons[str(point)] = button
            self.points_layout.addWidget(button)
            if point == ClassicRecoveryPoint.CUSTOM:
                self.points_layout.addWidget(self.custom_points)
                self.points_layout.addWidget(self.custom_note)
        self.points_layout.addWidget(self.sync_point)
        self.points_layout.addWidget(self.points_note)
        custom = str(ClassicRecoveryPoint.CUSTOM) in self.buttons
        self.custom_points.setVisible(custom)
        self.custom_note.hide()
        self.custom_points.setEnabled(False)
        self.sync_point.setVisible(flow is ReplicationFlow.MODERNIZED and scope is Scope.PLAN)
        self.sync_point.setChecked(True)  # FB-04: PowerShell's default for plans
        self.points_note.setText(self._points_note(flow, scope))
        self.downtime_text.setText(
            self.tr(
                "Failback shuts the Azure VM(s) down, then powers the on-premises VM(s) on: the application is "
                "down meanwhile. Plan a window and make sure the users are off."
            )
        )
        previous = journey.failback
        chosen = str(previous.recovery_point) if previous is not None else next(iter(self.buttons))
        self.buttons[chosen].setChecked(True)
        self.downtime.setChecked(journey.downtime_confirmed)
        self.points = ()
        self.custom_points.clear()
        if custom:
            self._read_points()
        self.update_next_hint()

    def _points_note(self, flow: ReplicationFlow, scope: Scope) -> str:
        if flow is ReplicationFlow.MODERNIZED:
            return self.tr(
                "A planned failover copies the pending changes first: the point is taken after the job starts (FB-04)."
            )
        if scope is Scope.PLAN:
            return self.tr(
                "In a replication group, LatestTime sends each VM to its own latest point and LatestTag sends the "
                "whole group to a common point. A chosen point is for one VM only (FB-03)."
            )
        return self.tr("A chosen point must be one of this VM's recovery points (FB-03).")

    def _read_points(self) -> None:
        """FB-03 Custom: the item's recovery points, read in the background."""
        s = self.session
        journey = s.journey_run
        assert journey is not None
        self.busy.show_busy(self.tr("Reading the recovery points of {vm}…").format(vm=journey.target_name))
        s.runner.start(
            lambda ctx: journey_calls.recovery_points(s, journey, ctx),
            pool=Pool.AZURE,
            name="recovery points",
            on_success=self._on_points,
            on_failure=self._on_points_failed,
        )

    def _on_points(self, points: tuple[RecoveryPointChoice, ...]) -> None:
        self.busy.hide()
        self.points = points
        self.custom_points.clear()
        for p in points:
            self.custom_points.addItem(p.label, p.point_id)
        journey = self.session.journey_run
        previous = journey.failback.recovery_point_id if journey and journey.failback else None
        if previous:
            index = self.custom_points.findData(previous)
            if index >= 0:
                self.custom_points.setCurrentIndex(index)
        self.custom_note.setText(
            "" if points else self.tr("This VM has no recovery point to choose: use LatestTime or LatestTag (RDY-06).")
        )
        self.custom_note.setVisible(not points)
        self._on_point_toggled()

    def _on_points_failed(self, failure: JobFailure) -> None:
        self.busy.show_failure(failure)
        self.completeChanged.emit()

    def _on_point_toggled(self, *_args: object) -> None:
        self.custom_points.setEnabled(self.chosen() == ClassicRecoveryPoint.CUSTOM and bool(self.points))
        self.completeChanged.emit()

    def chosen(self) -> str:
        button = self.points_group.checkedButton()
        return str(button.property("point")) if button is not None else ""

    def isComplete(self) -> bool:
        if self.wizard() is None or self.session.journey_run is None or not self.chosen():
            return False
        if self.chosen() == ClassicRecoveryPoint.CUSTOM and not self.custom_points.currentData():
            return False
        return self.downtime.isChecked()

    def why_incomplete(self) -> str:
        if self.chosen() == ClassicRecoveryPoint.CUSTOM and not self.custom_points.currentData():
            return self.tr("Choose one of the VM's recovery points, or another option.")
        if not self.downtime.isChecked():
            return self.tr("Confirm the maintenance window: failback takes the application down (FB-05).")
        return ""

    def request(self) -> FailbackRequest:
        journey = self.session.journey_run
        assert journey is not None
        point = self.chosen()
        custom = point == ClassicRecoveryPoint.CUSTOM
        return FailbackRequest(
            scope=journey.scope,
            target_id=journey.target_id,
            target_name=journey.target_name,
            flow=journey.flow,
            recovery_point=point,
            recovery_point_id=str(self.custom_points.currentData()) if custom else None,
            use_multi_vm_sync_point=self.sync_point.isChecked(),
            shut_down_azure_vm=True,  # FB-05: the Azure VM is shut down first
        )

    def validatePage(self) -> bool:
        journey = self.session.journey_run
        assert journey is not None
        journey.failback = self.request()
        journey.downtime_confirmed = True
        return True
