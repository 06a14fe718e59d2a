"""The case the window has open, and the work of opening, creating, closing, copying and checking
it. Everything that reads or writes much of the file runs off the GUI thread (one TaskKeeper),
so a big case on a slow USB stick never freezes the window; the window only shows the results."""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QMessageBox, QWidget

from desktop.core import decrypted, reminders
from desktop.core.blobs import Cancelled
from desktop.core.case import Case
from desktop.core.errors import CaseError, PassphraseNeeded, ReadOnlyMedium, WrongPassphrase
from desktop.core.lifecycle import create_case, open_case, save_copy
from desktop.core.passphrase import change_passphrase
from desktop.core.paths import log_dir
from desktop.core.playbook import DEFAULT_PLAYBOOK
from desktop.core.sample import build_sample_case, sample_case_path
from desktop.core.verify import CONTENT, STRUCTURE, VerifyReport, verify_case
from desktop.ui.common.passphrase import PassphrasePrompt
from desktop.ui.common.tasks import TaskKeeper
from desktop.ui.crash import report_failure
from desktop.ui.error_text import describe
from desktop.ui.session import MEDIUM, CaseSession
from desktop.ui.settings import AppSettings

log = logging.getLogger(__name__)
# Opening is usually quick: the progress message appears only when it is not.
SHOW_PROGRESS_AFTER_MS = 400
# Why a case could not be opened for writing where opening it read-only is the answer.
READ_ONLY_PLACES = ("read_only.medium", "read_only.lock", "read_only.open")


class CaseController(QObject):
    opened = Signal(object)     # the new CaseSession
    closed = Signal()
    copied = Signal(Path)       # a copy was saved here
    verified = Signal(object)   # VerifyReport
    recentChanged = Signal()

    def __init__(self, settings: AppSettings, window: QWidget):
        super().__init__(window)
        self.settings = settings
        self.window = window
        self.session: CaseSession | None = None
        self.tasks = TaskKeeper(self)
        self.passphrase_prompt: PassphrasePrompt | None = None

    @property
    def busy(self) -> bool:
        return self.tasks.busy

    # -- opening ---------------------------------------------------------------------------
    def open_path(self, path: str | Path, read_only: bool = False, reason: str = "",
                  passphrase: str | None = None) -> None:
        """Open a case off the GUI thread; `opened` follows, or a plain message. `reason` says why a
        read-only case is read-only (the banner tells the user). A case locked with a passphrase asks
        for it (again after a wrong one)."""
        path = Path(path)
        if self.session is not None and path.resolve() == self.session.case.path.resolve():
            self.window.raise_()
            self.window.activateWindow()
            return
        if not self.close():
            return
        self.tasks.with_progress(
            lambda report, is_cancelled: open_case(path, read_only=read_only, passphrase=passphrase),
            self.tr("Opening {name}…").format(name=path.name), self.window,
            on_success=lambda case: self._attach(case, reason),
            on_failure=lambda exc, details: self._open_failed(path, read_only, exc, details),
            show_after_ms=SHOW_PROGRESS_AFTER_MS)

    def _ask_passphrase(self, path: Path, read_only: bool, wrong: bool) -> None:
        prompt = PassphrasePrompt(path.name, wrong, self.window)
        prompt.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        prompt.accepted.connect(lambda: self.open_path(path, read_only, passphrase=prompt.passphrase()))
        self.passphrase_prompt = prompt
        prompt.open()

    def _open_failed(self, path: Path, read_only: bool, exc: BaseException, details: str) -> None:
        if isinstance(exc, (PassphraseNeeded, WrongPassphrase)):
            self._ask_passphrase(path, read_only, wrong=isinstance(exc, WrongPassphrase))
            return
        if isinstance(exc, ReadOnlyMedium) and exc.code in READ_ONLY_PLACES and not read_only and path.is_file():
            # A read-only stick or CD: open it read-only at once; the banner says why and offers a copy.
            self.open_path(path, read_only=True, reason=MEDIUM)
            return
        if isinstance(exc, CaseError):
            log.info("could not open %s: %s", path, exc.message)
            self.show_problem(describe(exc))
            if not path.exists():
                self.settings.remove_recent(path)
                self.recentChanged.emit()
            return
        report_failure(self.window, exc, details, log_dir())

    def create(self, path: Path, title: str, playbook_id: str = DEFAULT_PLAYBOOK,
               passphrase: str | None = None) -> None:
        if not self.close():
            return

        def create(report, is_cancelled) -> Case:
            path.parent.mkdir(parents=True, exist_ok=True)
            return create_case(path, title, playbook_id=playbook_id, passphrase=passphrase)

        def failed(exc: BaseException, details: str) -> None:
            if isinstance(exc, OSError):
                self.show_problem(self.tr("The folder {folder} cannot be created: {reason}.")
                                  .format(folder=path.parent, reason=exc.strerror or exc))
            else:
                self._failed_plainly(exc, details)

        self.tasks.with_progress(create, self.tr("Creating {name}…").format(name=path.name), self.window,
                                 on_success=self._attach, on_failure=failed, show_after_ms=SHOW_PROGRESS_AFTER_MS)

    def change_passphrase(self, current: str | None, new: str | None) -> None:
        """Set, change or remove the open case's passphrase: the case is closed, written anew and
        checked in the background, then opened again."""
        if self.session is None:
            return
        path = self.session.case.path
        if not self.close():
            return

        def rewrite(report, is_cancelled) -> None:
            change_passphrase(path, current, new)

        def failed(exc: BaseException, details: str) -> None:
            self._failed_plainly(exc, details)
            self.open_path(path, passphrase=current)  # as it was: the old file was not touched

        self.tasks.with_progress(rewrite, self.tr("Writing {name} anew and checking it…").format(name=path.name),
                                 self.window, on_success=lambda _result: self.open_path(path, passphrase=new),
                                 on_failure=failed)

    def open_sample(self) -> None:
        path = sample_case_path()
        if path.exists():
            self.open_path(path)
            return

        def build(report, is_cancelled):
            return build_sample_case(path, progress=report, is_cancelled=is_cancelled)

        self.tasks.with_progress(build, self.tr("Preparing the sample case…"), self.window,
                                 on_success=self.open_path, on_failure=self._failed_plainly)

    def _attach(self, case: Case, reason: str = "") -> None:
        self.session = CaseSession(case, self, read_only_reason=reason)
        self.settings.add_recent(case.path)
        self.settings.set_last_folder(case.path.parent)
        log.info("opened %s", case.path)
        self.opened.emit(self.session)

    # -- closing -------------------------------------------------------------------------------
    def close(self) -> bool:
        """Close the open case: views commit what is being typed, then the file is closed (every
        change is saved already). Returns False if it must stay open."""
        if self.session is None:
            return True
        session, self.session = self.session, None
        session.leave()
        self.tasks.shutdown()
        session.close()
        decrypted.clear()  # copies of an encrypted case's items opened elsewhere go with the case
        self.closed.emit()
        session.deleteLater()
        return True

    def shutdown(self) -> None:
        """The window is closing: close the case and stop whatever still runs."""
        self.close()
        self.tasks.shutdown()

    # -- copies and checks ---------------------------------------------------------------------
    def save_copy(self, destination: Path) -> None:
        session = self.session
        if session is None:
            return
        session.leave()
        # A case whose file can no longer be reached is copied through the connection still open to it:
        # it reads the file the path no longer leads to (while the disk itself still answers).
        gone = not session.case.file.still_there()

        def copy(report, is_cancelled) -> Path:
            if gone:
                save_copy(session.case, destination)
                return destination
            worker_case = session.case.secondary()
            try:
                save_copy(worker_case, destination)
            finally:
                worker_case.close()
            return destination

        self.tasks.with_progress(copy, self.tr("Saving a copy as {name}…").format(name=destination.name),
                                 self.window, on_success=self.copied.emit, on_failure=self._failed_plainly,
                                 show_after_ms=SHOW_PROGRESS_AFTER_MS)

    def verify(self) -> None:
        if self.session is None:
            return
        case = self.session.case

        def verify(report, is_cancelled) -> VerifyReport:
            worker_case = case.secondary(read_only=True)
            try:
                return verify_case(worker_case, progress=report, is_cancelled=is_cancelled)
            finally:
                worker_case.close()

        stages = {CONTENT: self.tr("Checking every evidence item against its fingerprint…"),
                  STRUCTURE: self.tr("Checking the structure of the whole case file…")}
        self.tasks.with_progress(verify, stages[CONTENT], self.window, on_success=self.verified.emit,
                                 on_failure=self._failed_plainly, stages=stages)

    # -- reminders -------------------------------------------------------------------------------
    def check_recent_deadlines(self, on_found) -> None:
        """Read the recent cases in the background and hand `on_found` the deadlines due within a week."""
        paths = self.settings.recent_cases()
        if paths:
            self.tasks.start(lambda report, is_cancelled: reminders.recent_cases_due(paths, is_cancelled=is_cancelled),
                             on_success=on_found)

    # -- problems --------------------------------------------------------------------------------
    def show_problem(self, message: str) -> None:
        QMessageBox.warning(self.window, self.tr("Refund Case Organizer"), message)

    def _failed_plainly(self, exc: BaseException, details: str) -> None:
        if isinstance(exc, Cancelled):
            return
        if isinstance(exc, CaseError):
            self.show_problem(describe(exc))
        else:
            report_failure(self.window, exc, details, log_dir())
