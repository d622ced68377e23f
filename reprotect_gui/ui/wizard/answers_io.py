"""Answers files in the window: "Save answers…" on the Review page, and prefilling from a file.

The file (domain/answers.py) holds the vault, the VM or plan, every choice per VM, the operator's
statements and the warnings accepted on the Review page — never a secret. `reprotect-cli run
--answers FILE` replays it; `reprotect-gui --answers FILE` opens the wizard with it prefilled.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox, QPushButton, QWidget

from reprotect_gui.ui.i18n import text as ui_text

if TYPE_CHECKING:  # the Select page shows the Open button at once; the rules load when it is used
    from reprotect_gui.domain.answers import Answers
    from reprotect_gui.ui.wizard.review_page import ReviewPage
    from reprotect_gui.ui.wizard.wizard import ReprotectWizard


def answers_of(page: ReviewPage) -> Answers:
    """The Review page's choices, statements and the warnings accepted for the current verdicts."""
    from reprotect_gui import __version__
    from reprotect_gui.domain.answers import ack_key, answers_from_selection

    s = page.session
    needing = {ack_key(v.check_id, v.subject) for v in page.results if v.needs_acknowledgement}
    return answers_from_selection(
        s.site,
        s.selection,
        page._statements(),
        needing & s.acknowledged,
        vault_source=s.vault_source,
        saved_at=s.clock.now(),
        saved_by=f"reprotect-gui {__version__}",
    )


def write_answers(path: Path, answers: Answers) -> Path:
    from reprotect_gui.domain.errors import UserFacingError
    from reprotect_gui.services.journal import write_atomically

    try:
        write_atomically(path, json.dumps(answers.to_json(), indent=2, ensure_ascii=False) + "\n")
    except OSError as exc:
        raise UserFacingError(
            QCoreApplication.translate("answers", "The answers could not be saved to {path} ({reason}).").format(
                path=path, reason=exc.strerror or exc
            ),
            QCoreApplication.translate("answers", "Choose a folder you can write to, then save again."),
        ) from exc
    return path


def save_answers_dialog(page: ReviewPage, path: Path | None = None) -> Path | None:
    """Ask where (unless `path` is given), then write the answers; a failure is shown as a sentence."""
    from reprotect_gui.domain.errors import UserFacingError

    if path is None:
        sel = page.session.selection
        subject = sel.plan.name if sel.plan else sel.items[0].name if sel.items else "vm"
        chosen, _ = QFileDialog.getSaveFileName(
            page,
            QCoreApplication.translate("answers", "Save answers"),
            QCoreApplication.translate("answers", "reprotect-answers-{subject}.json").format(subject=subject),
            QCoreApplication.translate("answers", "Answers (*.json)"),
        )
        if not chosen:
            return None
        path = Path(chosen)
    try:
        written = write_answers(path, answers_of(page))
    except UserFacingError as exc:
        QMessageBox.warning(
            page,
            QCoreApplication.translate("answers", "Save answers"),
            f"{ui_text(exc.summary)}\n\n{ui_text(exc.next_step)}",
        )
        return None
    unaccepted = sum(1 for v in page.results if v.needs_acknowledgement) - len(answers_of(page).acknowledged)
    if unaccepted > 0:
        page.headline.setText(
            QCoreApplication.translate(
                "answers",
                "Answers saved to {path}. {n} warning(s) or unknown check(s) are not accepted in it: "
                "reprotect-cli run will refuse them until you accept them here and save again.",
            ).format(path=written, n=unaccepted)
        )
    else:
        page.headline.setText(
            QCoreApplication.translate(
                "answers", "Answers saved to {path}; replay them with reprotect-cli run --answers."
            ).format(path=written)
        )
    return written


def read_answers(path: Path) -> Answers:
    from reprotect_gui.domain.answers import AnswersInvalid, parse_answers

    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise AnswersInvalid(
            QCoreApplication.translate("answers", "The answers file {path} can't be read ({reason}).").format(
                path=path, reason=exc.strerror or exc
            ),
            QCoreApplication.translate("answers", "Check the path and try again."),
        ) from exc
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise AnswersInvalid(
            QCoreApplication.translate("answers", "The answers file {path} is not valid JSON.").format(path=path),
            QCoreApplication.translate("answers", "Save the answers again from the wizard's Review page."),
        ) from exc
    return parse_answers(raw)


def apply_answers(wizard: ReprotectWizard, answers: Answers, parent: QWidget | None = None) -> bool:
    """Select what the answers name on the vault as read; a stale file is explained, not used."""
    from reprotect_gui.domain.answers import AnswersInvalid, AnswersStale, selection_from_answers

    s = wizard.session
    assert s.estate is not None
    try:
        selection = selection_from_answers(answers, s.site, s.vc, s.estate.matches, s.clock.now())
    except (AnswersStale, AnswersInvalid) as exc:
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            QCoreApplication.translate("answers", "Answers file"),
            ui_text(exc.summary),
            parent=parent or wizard,
        )
        box.setInformativeText(
            QCoreApplication.translate("answers", "Nothing was prefilled; choose on each page as usual.")
        )
        box.open()
        wizard.answers_problem = box  # type: ignore[attr-defined]  # kept alive while shown; tests read it
        return False
    s.selection = selection
    s.link_type = answers.link_type
    s.ip_retained = answers.ip_addresses_retained
    page = wizard.select_page
    if selection.plan is not None:
        plan_id = selection.plan.plan_id
        page.plan_mode.setChecked(True)
        page.plans.select_where(lambda p: p.plan_id == plan_id)
    else:
        page.vm_mode.setChecked(True)
        page.items.select_where(lambda i: i.item_id == selection.items[0].item_id)
    # The statements are asked on the master-target page (issue 13); it also reads them when shown.
    target = getattr(wizard, "target_page", None)
    if target is not None:
        combo = target.ip_retained
        wanted = answers.ip_addresses_retained
        combo.setCurrentIndex(next((i for i in range(combo.count()) if combo.itemData(i) is wanted), 0))
    page.summary.setText(
        page.summary.text()
        + "<br>"
        + QCoreApplication.translate(
            "answers", "Prefilled from the answers file: check each page; accept the warnings again on the Review page."
        )
    )
    return True


def prefill_from_answers(wizard: ReprotectWizard, answers: Answers, parent: QWidget | None = None) -> None:
    """Once the vault is read (at once if it already is), select what the answers name."""
    if wizard.session.estate is not None:
        apply_answers(wizard, answers, parent)
        return

    def apply() -> None:
        wizard.estate_loaded.disconnect(apply)
        apply_answers(wizard, answers, parent)

    wizard.estate_loaded.connect(apply)


def open_answers_button(page: QWidget) -> QPushButton:
    """The Select page's "Open answers…": choose a file, prefill the wizard from it."""
    button = QPushButton(QCoreApplication.translate("answers", "&Open answers…"), page)
    button.setAccessibleName(QCoreApplication.translate("answers", "Open an answers file"))
    button.setToolTip(
        QCoreApplication.translate(
            "answers", "Prefill every page from answers saved with Save answers… on the Review page"
        )
    )

    def choose() -> None:
        from reprotect_gui.domain.answers import AnswersInvalid

        wizard = page.wizard()  # type: ignore[attr-defined]  # page is typed QWidget; it is a QWizardPage of the ReprotectWizard
        if wizard is None or wizard.session.estate is None:
            return
        chosen, _ = QFileDialog.getOpenFileName(
            page,
            QCoreApplication.translate("answers", "Open answers"),
            "",
            QCoreApplication.translate("answers", "Answers (*.json)"),
        )
        if not chosen:
            return
        try:
            answers = read_answers(Path(chosen))
        except AnswersInvalid as exc:
            QMessageBox.warning(
                page,
                QCoreApplication.translate("answers", "Answers file"),
                f"{ui_text(exc.summary)}\n\n{ui_text(exc.next_step)}",
            )
            return
        apply_answers(wizard, answers, page)

    button.clicked.connect(choose)
    return button
