"""Importing files into the case off the GUI thread, with a progress dialog that can stop it.

Each file is stored completely or not at all (the core importer's rule), so stopping keeps what
finished and drops the file in progress. Imports are not undoable: they are written to the audit
log, and an unwanted item goes to the trash like any other."""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QMessageBox, QProgressDialog, QWidget

from desktop.core.changes import EVERYTHING
from desktop.core.errors import CaseError
from desktop.core.importer import ImportOutcome, ImportProgress, import_paths, stored_changes
from desktop.ui.common.tasks import TaskKeeper
from desktop.ui.common.workers import SharedProbePool
from desktop.ui.error_text import describe, describe_import_reason
from desktop.ui.evidence.labels import human_size, time_left
from desktop.ui.session import CaseSession

MIB = 1024 * 1024


class ImportJob(QObject):
    """One import: start() it; `done` carries the outcomes (an empty list if it failed)."""

    done = Signal(list)
    progress = Signal(object)  # ImportProgress, from the worker thread

    def __init__(self, session: CaseSession, paths: list[str], keeper: TaskKeeper, parent: QWidget,
                 workers: SharedProbePool):
        super().__init__(parent)
        self._session, self._paths, self._keeper, self._workers = session, list(paths), keeper, workers
        self._parent_widget = parent
        self.task = None
        self.summary_box: QMessageBox | None = None
        self.dialog = QProgressDialog(self.tr("Preparing the import…"), self.tr("Stop"), 0, 0, parent)
        self.dialog.setWindowTitle(self.tr("Adding evidence"))
        self.dialog.setWindowModality(Qt.WindowModality.WindowModal)
        self.dialog.setAutoClose(False)
        self.dialog.setAutoReset(False)
        self.dialog.setMinimumDuration(0)
        self.dialog.setMinimumWidth(420)
        self.dialog.canceled.connect(self.cancel)

    def start(self) -> None:
        case_path_owner = self._session.case
        paths, workers, relay = self._paths, self._workers, self.progress.emit

        def run(report, is_cancelled) -> list[ImportOutcome]:
            worker_case = case_path_owner.secondary()
            try:
                return import_paths(worker_case, paths, progress=relay, is_cancelled=is_cancelled,
                                    pool=workers.get())
            finally:
                worker_case.close()

        self.progress.connect(self._progressed)
        self.dialog.show()
        self.task = self._keeper.start(run, on_success=self._succeeded, on_failure=self._failed)

    def cancel(self) -> None:
        if self.task is not None:
            self.task.cancel()

    @property
    def cancelled(self) -> bool:
        return self.task is not None and self.task.cancelled

    def _progressed(self, where: ImportProgress) -> None:
        if self.cancelled or self.task is None:
            return
        # The bar goes by bytes (in MiB, to stay within Qt's int), the text names files, bytes and time left.
        self.dialog.setMaximum(max(1, where.bytes_total // MIB))
        self.dialog.setValue(where.bytes_done // MIB)
        if not where.current:
            return
        lines = [self.tr("Adding file {0} of {1}:").format(where.files_done + 1, where.files_total), where.current,
                 self.tr("{done} of {total}").format(done=human_size(where.bytes_done),
                                                         total=human_size(where.bytes_total))]
        left = where.seconds_left
        if left is not None:
            lines[-1] += " · " + time_left(left)
        self.dialog.setLabelText("\n".join(lines))

    def _finish(self) -> None:
        self.dialog.canceled.disconnect(self.cancel)
        self.dialog.hide()
        self.dialog.deleteLater()

    def _succeeded(self, outcomes: list[ImportOutcome]) -> None:
        self._finish()
        self._session.apply(stored_changes(outcomes))
        self._show_summary(outcomes)
        self.done.emit(list(outcomes))

    def _failed(self, exc: BaseException, details: str) -> None:
        self._finish()
        # Files stored before the failure stay: every view reads the case again.
        self._session.apply(EVERYTHING)
        if isinstance(exc, CaseError):
            box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Files not added"), describe(exc),
                              QMessageBox.StandardButton.Ok, self._parent_widget)
            self._session.read_only_after(exc)  # the stick went during the import: read-only from here
        else:
            box = QMessageBox(QMessageBox.Icon.Critical, self.tr("Files not added"),
                              self.tr("The import stopped because of an unexpected error. "
                                      "Files added before it stay in the case."),
                              QMessageBox.StandardButton.Ok, self._parent_widget)
            box.setDetailedText(details)
        self._open(box)
        self.done.emit([])

    def _show_summary(self, outcomes: list[ImportOutcome]) -> None:
        stored = [o for o in outcomes if o.status == "stored"]
        duplicates = [o for o in outcomes if o.status == "duplicate"]
        refused = [o for o in outcomes if o.status == "refused"]
        stopped = [o for o in outcomes if o.status == "cancelled"]
        lines = [self.tr("%n file(s) added to the case.", "", len(stored))]
        if duplicates:
            lines.append(self.tr("%n file(s) were already in the case and were not added again.", "",
                                 len(duplicates)))
        if refused:
            lines.append(self.tr("%n file(s) could not be added (see the details).", "", len(refused)))
        if stopped:
            lines.append(self.tr("You stopped the import: %n file(s) were not added. "
                                 "The file being read when you stopped was not kept.", "", len(stopped)))
        box = QMessageBox(QMessageBox.Icon.Information if not refused else QMessageBox.Icon.Warning,
                          self.tr("Files added"), "\n".join(lines), QMessageBox.StandardButton.Ok,
                          self._parent_widget)
        details = [self.tr("{0}: {1}").format(o.path, describe_import_reason(o)) for o in refused + duplicates]
        if details:
            box.setDetailedText("\n".join(details))
        self._open(box)

    def _open(self, box: QMessageBox) -> None:
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.setWindowModality(Qt.WindowModality.WindowModal)
        self.summary_box = box
        box.open()
