"""The main window: the welcome screen, or the open case with its four views, and the menus.

There is no Save: every change is written to the case file as it is made. The window's title
says which case is open and where its file is."""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QModelIndex, QObject, Qt, QUrl, Signal
from PySide6.QtGui import (
    QAction, QActionGroup, QCloseEvent, QDragEnterEvent, QDropEvent, QGuiApplication, QKeySequence, QPalette,
    QStandardItem, QStandardItemModel,
)
from PySide6.QtWidgets import (
    QFileDialog, QFrame, QHBoxLayout, QLabel, QListView, QMainWindow, QMenu, QMessageBox, QProgressDialog,
    QPushButton, QSplitter, QStackedWidget, QStyle, QVBoxLayout, QWidget,
)

from desktop.core.case import CASE_SUFFIX, create_case, open_case
from desktop.core.errors import CaseError, ReadOnlyMedium
from desktop.core.importer import Cancelled
from desktop.core.paths import default_cases_dir, log_dir
from desktop.core.playbook import load_playbook
from desktop.core.sample import build_sample_case, sample_case_path
from desktop.core.verify import verify_case
from desktop.ui.app_setup import Languages
from desktop.ui.language import ui_language
from desktop.ui.checklist import view as checklist_view
from desktop.ui.crash import report_failure
from desktop.ui.error_text import describe
from desktop.ui.evidence import view as evidence_view
from desktop.ui.overview import OverviewView
from desktop.ui.search_dialog import SearchDialog
from desktop.ui.session import CaseSession
from desktop.ui.settings import AppSettings
from desktop.ui.timeline import view as timeline_view
from desktop.ui.welcome import NewCaseDialog, WelcomePage
from desktop.ui.workers import Task

log = logging.getLogger(__name__)

OVERVIEW, EVIDENCE, TIMELINE, CHECKLIST = range(4)


def is_case_file(path: str | Path) -> bool:
    return str(path).lower().endswith(CASE_SUFFIX)


class CaseWorkspace(QWidget):
    """An open case: banners, the page list on the left, the four views on the right."""

    pageChanged = Signal(int)

    def __init__(self, session: CaseSession, parent: QWidget | None = None):
        super().__init__(parent)
        self.session = session
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        details = session.case.details()
        self.sample_banner: QFrame | None = None
        self.start_own_button: QPushButton | None = None
        if details.get("is_sample"):
            self.sample_banner, self.start_own_button = self._banner(
                self.tr("Sample case. The people, the clinic, the amounts and the pictures in it are made up. "
                        "Look around and try things: changes are saved in the sample file only."),
                self.tr("Start your own case…"))
            layout.addWidget(self.sample_banner)
        if session.read_only:
            banner, _ = self._banner(self.tr("This case is open read-only: you can read, search and export it, "
                                             "but not change it."), None)
            layout.addWidget(banner)

        self.overview = OverviewView(session)
        self.evidence = evidence_view.EvidenceView(session)
        self.timeline = timeline_view.TimelineView(session)
        self.checklist = checklist_view.ChecklistView(session)
        self.overview.showStepRequested.connect(self.show_step)

        self.pages_model = QStandardItemModel(self)
        style = self.style()
        for text, icon in ((self.tr("Overview"), QStyle.StandardPixmap.SP_FileDialogInfoView),
                           (self.tr("Evidence"), QStyle.StandardPixmap.SP_DirIcon),
                           (self.tr("Timeline"), QStyle.StandardPixmap.SP_FileDialogListView),
                           (self.tr("Checklist"), QStyle.StandardPixmap.SP_DialogApplyButton)):
            item = QStandardItem(style.standardIcon(icon), text)
            item.setEditable(False)
            self.pages_model.appendRow(item)
        self.nav = QListView()
        self.nav.setModel(self.pages_model)
        self.nav.setAccessibleName(self.tr("Pages"))
        self.nav.setEditTriggers(QListView.EditTrigger.NoEditTriggers)
        self.nav.setSpacing(3)
        self.nav.setMinimumWidth(120)
        self.nav.setMaximumWidth(210)
        self.nav.setFrameShape(QFrame.Shape.NoFrame)
        self.nav.setBackgroundRole(QPalette.ColorRole.Window)
        self.stack = QStackedWidget()
        for view in (self.overview, self.evidence, self.timeline, self.checklist):
            self.stack.addWidget(view)
        self.nav.selectionModel().currentChanged.connect(self._nav_changed)
        splitter = QSplitter()
        splitter.addWidget(self.nav)
        splitter.addWidget(self.stack)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([160, 1100])
        splitter.setChildrenCollapsible(False)
        layout.addWidget(splitter, 1)
        self.set_page(OVERVIEW)

    def _banner(self, text: str, button_text: str | None) -> tuple[QFrame, QPushButton | None]:
        banner = QFrame()
        banner.setObjectName("banner")
        banner.setFrameShape(QFrame.Shape.StyledPanel)
        banner.setAutoFillBackground(True)
        banner.setBackgroundRole(QPalette.ColorRole.AlternateBase)
        row = QHBoxLayout(banner)
        icon = QLabel()
        icon.setPixmap(self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxInformation).pixmap(24, 24))
        row.addWidget(icon, 0, Qt.AlignmentFlag.AlignTop)
        label = QLabel(text)
        label.setWordWrap(True)
        font = label.font()
        font.setBold(True)
        label.setFont(font)
        row.addWidget(label, 1)
        button = None
        if button_text:
            button = QPushButton(button_text)
            row.addWidget(button, 0, Qt.AlignmentFlag.AlignVCenter)
        return banner, button

    def views(self) -> tuple[QWidget, ...]:
        return self.overview, self.evidence, self.timeline, self.checklist

    def page(self) -> int:
        return self.stack.currentIndex()

    def set_page(self, page: int) -> None:
        self.nav.setCurrentIndex(self.pages_model.index(page, 0))
        self.stack.setCurrentIndex(page)

    def _nav_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if current.isValid():
            self.stack.setCurrentIndex(current.row())
            self.pageChanged.emit(current.row())

    def show_step(self, step_id: int) -> None:
        self.set_page(CHECKLIST)
        self.checklist.show_item(step_id)

    def go_to(self, kind: str, ref_id: int, query: str = "") -> None:
        if kind == "case":
            self.set_page(OVERVIEW)
            self.overview.show_item(ref_id, query)
        elif kind == "evidence":
            self.set_page(EVIDENCE)
            self.evidence.show_item(ref_id)
        elif kind == "event":
            self.set_page(TIMELINE)
            self.timeline.show_item(ref_id)
        elif kind == "step":
            self.show_step(ref_id)


class MainWindow(QMainWindow):
    caseOpened = Signal()
    caseClosed = Signal()

    def __init__(self, settings: AppSettings, languages: Languages, parent: QWidget | None = None):
        super().__init__(parent)
        self.settings = settings
        self.languages = languages
        self.session: CaseSession | None = None
        self.workspace: CaseWorkspace | None = None
        self.welcome: WelcomePage | None = None
        self.tasks: set[Task] = set()
        self.undo_action: QAction | None = None
        self.redo_action: QAction | None = None
        self._stack = QStackedWidget()
        self.setCentralWidget(self._stack)
        self.setAcceptDrops(True)
        self.setMinimumSize(800, 560)
        self.saved_label = QLabel()
        self.statusBar().addPermanentWidget(self.saved_label)
        self._build_texts()
        geometry = settings.window_geometry()
        if geometry is None or not self.restoreGeometry(geometry):
            self._default_size()

    def _default_size(self) -> None:
        screen = QGuiApplication.primaryScreen()
        available = screen.availableGeometry() if screen else None
        width, height = 1280, 800
        if available is not None:
            width, height = min(width, available.width()), min(height, available.height())
        self.resize(width, height)

    # -- texts: built once, and again when the language changes ------------------------------
    def _build_texts(self) -> None:
        page = self.workspace.page() if self.workspace else OVERVIEW
        self._build_menus()
        if self.welcome is not None:
            self._stack.removeWidget(self.welcome)
            self.welcome.deleteLater()
        self.welcome = WelcomePage(self.settings.recent_cases())
        self.welcome.newCaseRequested.connect(self.new_case)
        self.welcome.openCaseRequested.connect(self.open_case_dialog)
        self.welcome.sampleRequested.connect(self.open_sample_case)
        self.welcome.recentChosen.connect(self.open_case_path)
        self._stack.insertWidget(0, self.welcome)
        if self.session is not None:
            self._build_workspace(page)
        else:
            self._stack.setCurrentWidget(self.welcome)
        self.saved_label.setText(self.tr("Every change is saved as you make it."))
        self._update_state()

    def _action(self, text: str, slot, shortcut=None, menu: QMenu | None = None) -> QAction:
        action = QAction(text, self._menu_owner)
        if shortcut is not None:
            shortcuts = shortcut if isinstance(shortcut, list) else [shortcut]
            action.setShortcuts([QKeySequence(s) for s in shortcuts])
        action.triggered.connect(lambda _checked=False: slot())
        if menu is not None:
            menu.addAction(action)
        return action

    def _build_menus(self) -> None:
        bar = self.menuBar()
        # QMenu.clear() would delete actions the menu does not own (the undo stack's): remove one by one.
        for menu in bar.findChildren(QMenu, options=Qt.FindChildOption.FindDirectChildrenOnly):
            bar.removeAction(menu.menuAction())
            for action in menu.actions():
                menu.removeAction(action)
            menu.deleteLater()
        # Actions of the previous language go with their owner.
        if getattr(self, "_menu_owner", None) is not None:
            self._menu_owner.deleteLater()
        self._menu_owner = QObject(self)
        Key = QKeySequence.StandardKey

        file_menu = bar.addMenu(self.tr("&File"))
        self.new_action = self._action(self.tr("&New case…"), self.new_case, Key.New, file_menu)
        self.open_action = self._action(self.tr("&Open case…"), self.open_case_dialog, Key.Open, file_menu)
        self.recent_menu = file_menu.addMenu(self.tr("Open &recent"))
        self.recent_menu.aboutToShow.connect(self._fill_recent_menu)
        self.sample_action = self._action(self.tr("Open the &sample case"), self.open_sample_case, None, file_menu)
        file_menu.addSeparator()
        self.import_action = self._action(self.tr("&Import files…"), self.import_files, "Ctrl+I", file_menu)
        self.import_folder_action = self._action(self.tr("Import &folder…"), self.import_folder, None, file_menu)
        file_menu.addSeparator()
        self.save_copy_action = self._action(self.tr("Save a &copy as…"), self.save_copy, "Ctrl+Shift+S", file_menu)
        self.export_action = self._action(self.tr("&Export dossier…"), self.export_dossier, "Ctrl+E", file_menu)
        self.verify_action = self._action(self.tr("&Verify evidence"), self.verify_evidence, None, file_menu)
        file_menu.addSeparator()
        self.close_action = self._action(self.tr("&Close case"), self.close_case, "Ctrl+W", file_menu)
        self.quit_action = self._action(self.tr("&Quit"), self.close, "Ctrl+Q", file_menu)
        self.quit_action.setMenuRole(QAction.MenuRole.QuitRole)

        self.edit_menu = bar.addMenu(self.tr("&Edit"))
        self.find_action = QAction(self.tr("&Find…"), self._menu_owner)
        self.find_action.setShortcut(QKeySequence("Ctrl+F"))
        self.find_action.triggered.connect(self.find)
        self._build_edit_menu()

        view_menu = bar.addMenu(self.tr("&View"))
        self.page_group = QActionGroup(self._menu_owner)
        self.page_actions = []
        for page, text in enumerate((self.tr("&Overview"), self.tr("&Evidence"), self.tr("&Timeline"),
                                     self.tr("&Checklist"))):
            action = self._action(text, lambda p=page: self.show_page(p), f"Ctrl+{page + 1}", view_menu)
            action.setCheckable(True)
            self.page_group.addAction(action)
            self.page_actions.append(action)

        language_menu = bar.addMenu(self.tr("&Language"))
        self.language_group = QActionGroup(self._menu_owner)
        self.language_actions = {}
        chosen = self.settings.language()
        # The languages are named in themselves, so anyone can find their own.
        for code, text in (("system", self.tr("System language")), ("en", "English"), ("zh_CN", "简体中文")):
            action = self._action(text, lambda c=code: self.set_language(c), None, language_menu)
            action.setCheckable(True)
            action.setChecked(code == chosen)
            self.language_group.addAction(action)
            self.language_actions[code] = action

        help_menu = bar.addMenu(self.tr("&Help"))
        self._action(self.tr("&Guidance, not legal advice"), self.show_disclaimer, None, help_menu)
        self._action(self.tr("Where are my files?"), self.show_locations, None, help_menu)
        about = self._action(self.tr("&About Refund Case Organizer"), self.show_about, None, help_menu)
        about.setMenuRole(QAction.MenuRole.AboutRole)

    def _build_edit_menu(self) -> None:
        for action in self.edit_menu.actions():
            self.edit_menu.removeAction(action)
        for action in (self.undo_action, self.redo_action):
            if action is not None:
                action.deleteLater()
        if self.session is not None:
            stack = self.session.undo_stack
            self.undo_action = stack.createUndoAction(self, self.tr("Undo"))
            self.redo_action = stack.createRedoAction(self, self.tr("Redo"))
        else:
            self.undo_action = QAction(self.tr("Undo"), self)
            self.redo_action = QAction(self.tr("Redo"), self)
            self.undo_action.setEnabled(False)
            self.redo_action.setEnabled(False)
        self.undo_action.setShortcuts([QKeySequence(QKeySequence.StandardKey.Undo)])
        self.redo_action.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
        self.edit_menu.addAction(self.undo_action)
        self.edit_menu.addAction(self.redo_action)
        self.edit_menu.addSeparator()
        self.edit_menu.addAction(self.find_action)

    def _fill_recent_menu(self) -> None:
        self.recent_menu.clear()  # its actions are its own
        recent = self.settings.recent_cases()
        for path in recent:
            action = self.recent_menu.addAction(Path(path).stem)
            action.setToolTip(path)
            action.setStatusTip(path)
            action.triggered.connect(lambda _checked=False, p=path: self.open_case_path(p))
        if not recent:
            empty = self.recent_menu.addAction(self.tr("No recent cases"))
            empty.setEnabled(False)
        else:
            self.recent_menu.addSeparator()
            self.recent_menu.addAction(self.tr("Clear the list"), self._clear_recent)

    def _clear_recent(self) -> None:
        self.settings.clear_recent()
        self._refresh_welcome()

    def _update_state(self) -> None:
        has_case = self.session is not None
        writable = has_case and not self.session.read_only
        for action in (self.save_copy_action, self.export_action, self.verify_action, self.close_action,
                       self.find_action, *self.page_actions):
            action.setEnabled(has_case)
        for action in (self.import_action, self.import_folder_action):
            action.setEnabled(writable)
        if self.workspace is not None:
            self.page_actions[self.workspace.page()].setChecked(True)
        self._update_title()

    def _update_title(self) -> None:
        if self.session is None:
            self.setWindowTitle(self.tr("Refund Case Organizer"))
            return
        case = self.session.case
        self.setWindowTitle(self.tr("{title} — {path} — Refund Case Organizer").format(
            title=case.title or case.path.stem, path=case.path))

    # -- opening and closing -------------------------------------------------------------
    def show_problem(self, message: str) -> None:
        QMessageBox.warning(self, self.tr("Refund Case Organizer"), message)

    def open_case_dialog(self) -> None:
        folder = self.settings.last_folder(default_cases_dir())
        path, _filter = QFileDialog.getOpenFileName(self, self.tr("Open a case"), folder,
                                                    self.tr("Case files (*.refundcase);;All files (*)"))
        if path:
            self.open_case_path(path)

    def open_case_path(self, path: str | Path, read_only: bool = False) -> bool:
        path = Path(path)
        if self.session is not None and path.resolve() == self.session.case.path.resolve():
            self.raise_()
            self.activateWindow()
            return True
        if not self.close_case():
            return False
        try:
            case = open_case(path, read_only=read_only)
        except ReadOnlyMedium as exc:
            if read_only or not path.is_file():
                self.show_problem(describe(exc))
                return False
            answer = QMessageBox.question(self, self.tr("Open read-only?"), self.tr(
                "{problem}\n\nOpen it read-only? You can read, search and export it, but not change it.")
                .format(problem=describe(exc)))
            return answer == QMessageBox.StandardButton.Yes and self.open_case_path(path, read_only=True)
        except CaseError as exc:
            log.info("could not open %s: %s", path, exc.message)
            self.show_problem(describe(exc))
            if not path.exists():
                self.settings.remove_recent(path)
                self._refresh_welcome()
            return False
        self._attach(case)
        return True

    def _attach(self, case) -> None:
        self.session = CaseSession(case, self)
        self.session.detailsChanged.connect(self._update_title)
        self.settings.add_recent(case.path)
        self.settings.set_last_folder(case.path.parent)
        self._build_edit_menu()
        self._build_workspace(OVERVIEW)
        self._update_state()
        log.info("opened %s", case.path)
        self.caseOpened.emit()

    def _build_workspace(self, page: int) -> None:
        if self.workspace is not None:
            self._stack.removeWidget(self.workspace)
            self.workspace.deleteLater()
        self.workspace = CaseWorkspace(self.session)
        self.workspace.pageChanged.connect(lambda p: self.page_actions[p].setChecked(True))
        if self.workspace.start_own_button is not None:
            self.workspace.start_own_button.clicked.connect(self.new_case)
        self._stack.addWidget(self.workspace)
        self._stack.setCurrentWidget(self.workspace)
        self.workspace.set_page(page)
        self.workspace.nav.setFocus()

    def close_case(self) -> bool:
        """Close the open case (everything is saved already). Returns False if it must stay open."""
        if self.session is None:
            return True
        if self.workspace is not None:
            self.workspace.overview.commit_pending()
        self._stop_tasks()
        session, workspace = self.session, self.workspace
        self.session, self.workspace = None, None
        self._build_edit_menu()
        if workspace is not None:
            self._stack.removeWidget(workspace)
        session.close()
        if workspace is not None:
            workspace.deleteLater()
        session.deleteLater()
        self._refresh_welcome()
        self._stack.setCurrentWidget(self.welcome)
        self._update_state()
        self.caseClosed.emit()
        return True

    def _refresh_welcome(self) -> None:
        if self.welcome is not None:
            self.welcome.set_recent(self.settings.recent_cases())

    def new_case(self) -> None:
        dialog = NewCaseDialog(default_cases_dir(), self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self._create_case(dialog.case_path(), dialog.title()))
        dialog.open()

    def _create_case(self, path: Path, title: str) -> None:
        if not self.close_case():
            return
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            case = create_case(path, title)
        except CaseError as exc:
            self.show_problem(describe(exc))
            return
        except OSError as exc:
            self.show_problem(self.tr("The folder {folder} cannot be created: {reason}.")
                              .format(folder=path.parent, reason=exc.strerror or exc))
            return
        self._attach(case)

    def open_sample_case(self) -> None:
        path = sample_case_path()
        if path.exists():
            self.open_case_path(path)
            return

        def build(report, is_cancelled):
            return build_sample_case(path, progress=report, is_cancelled=is_cancelled)

        self.run_task(build, self.tr("Preparing the sample case…"), lambda built: self.open_case_path(built))

    # -- long work ---------------------------------------------------------------------------
    def run_task(self, fn, label: str, on_success) -> Task:
        """Run `fn` off the GUI thread with a progress dialog that can cancel it."""
        task = Task(fn, self)
        progress = QProgressDialog(label, self.tr("Cancel"), 0, 0, self)
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(0)
        progress.setAutoClose(False)
        progress.setAutoReset(False)
        progress.canceled.connect(task.cancel)
        task.progress.connect(lambda done, total, _label: (progress.setMaximum(max(total, 1)),
                                                           progress.setValue(done)))
        outcome: dict = {}
        task.succeeded.connect(lambda result: outcome.setdefault("result", result))
        task.failed.connect(lambda exc, details: outcome.setdefault("failure", (exc, details)))

        def finished() -> None:
            self.tasks.discard(task)
            progress.close()
            progress.deleteLater()
            task.deleteLater()
            if "failure" in outcome:
                exc, details = outcome["failure"]
                if not isinstance(exc, Cancelled):
                    report_failure(self, exc, details, log_dir())
            elif not task.cancelled or outcome.get("result") is not None:
                on_success(outcome.get("result"))

        task.finished.connect(finished)
        self.tasks.add(task)
        progress.show()
        task.start()
        return task

    def _stop_tasks(self) -> None:
        for task in list(self.tasks):
            task.cancel()
            task.wait()

    def verify_evidence(self) -> None:
        if self.session is None:
            return
        case = self.session.case

        def verify(report, is_cancelled):
            worker_case = case.secondary(read_only=True)
            try:
                return verify_case(worker_case, progress=lambda done, total: report(done, total, ""),
                                   is_cancelled=is_cancelled)
            finally:
                worker_case.close()

        self.run_task(verify, self.tr("Checking every evidence item against its fingerprint…"),
                      self._show_verify_result)

    def _show_verify_result(self, report) -> None:
        if report.cancelled:
            QMessageBox.information(self, self.tr("Verify evidence"),
                                    self.tr("The check was stopped before the end. Nothing was changed."))
        elif report.ok:
            QMessageBox.information(self, self.tr("Verify evidence"), self.tr(
                "All {count} evidence items are unchanged: each one still matches the SHA-256 fingerprint "
                "recorded when it was imported. The case's history log is intact ({entries} entries).")
                .format(count=report.checked, entries=report.audit_entries))
        else:
            lines = [self.tr("{name} (evidence {id}) no longer matches its fingerprint.")
                     .format(name=item["file_name"], id=item["id"]) for item in report.mismatched]
            if report.audit_broken_at is not None:
                lines.append(self.tr("The case's history log was altered at entry {entry}.")
                             .format(entry=report.audit_broken_at))
            QMessageBox.warning(self, self.tr("Verify evidence"), self.tr(
                "Something in this case has changed since it was recorded:\n\n{problems}\n\nKeep the original "
                "files you still have, and mention this if you hand over the case.").format(problems="\n".join(lines)))

    # -- file actions ------------------------------------------------------------------------
    def import_files(self) -> None:
        if self.workspace is None:
            return
        folder = self.settings.last_folder(Path.home())
        paths, _filter = QFileDialog.getOpenFileNames(self, self.tr("Import evidence files"), folder)
        if paths:
            self.settings.set_last_folder(Path(paths[0]).parent)
            self.show_page(EVIDENCE)
            self.workspace.evidence.import_paths(paths)

    def import_folder(self) -> None:
        if self.workspace is None:
            return
        folder = QFileDialog.getExistingDirectory(self, self.tr("Import a folder of evidence"),
                                                  self.settings.last_folder(Path.home()))
        if folder:
            self.settings.set_last_folder(folder)
            self.show_page(EVIDENCE)
            self.workspace.evidence.import_paths([folder])

    def save_copy(self) -> None:
        if self.session is None:
            return
        case = self.session.case
        suggested = case.path.with_name(self.tr("{name} (copy)").format(name=case.path.stem) + CASE_SUFFIX)
        path, _filter = QFileDialog.getSaveFileName(self, self.tr("Save a copy of the case"), str(suggested),
                                                    self.tr("Case files (*.refundcase)"))
        if not path:
            return
        destination = Path(path if is_case_file(path) else path + CASE_SUFFIX)
        if destination.resolve() == case.path.resolve():
            self.show_problem(self.tr("Choose another name: the copy cannot replace the open case."))
            return
        self.workspace.overview.commit_pending()
        try:
            case.save_copy(destination)
        except CaseError as exc:
            self.show_problem(describe(exc))
            return
        self.statusBar().showMessage(self.tr("A copy was saved as {path}.").format(path=destination), 8000)

    def export_dossier(self) -> None:
        if self.session is None:
            return
        self.workspace.overview.commit_pending()
        from desktop.ui.dossier_dialog import DossierDialog  # built separately; loaded when first used

        DossierDialog(self.session, self).exec()

    # -- navigation --------------------------------------------------------------------------
    def show_page(self, page: int) -> None:
        if self.workspace is not None:
            self.workspace.set_page(page)
            self.page_actions[page].setChecked(True)

    def find(self) -> None:
        if self.session is None:
            return
        self.workspace.overview.commit_pending()
        dialog = SearchDialog(self.session, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.resultChosen.connect(self.go_to)
        dialog.open()

    def go_to(self, kind: str, ref_id: int, query: str = "") -> None:
        if self.workspace is not None:
            self.workspace.go_to(kind, ref_id, query)
            self.page_actions[self.workspace.page()].setChecked(True)

    # -- language and help -------------------------------------------------------------------
    def set_language(self, choice: str) -> None:
        self.settings.set_language(choice)
        self.languages.apply(choice)
        self._build_texts()

    def show_disclaimer(self) -> None:
        playbook = load_playbook()
        box = QMessageBox(QMessageBox.Icon.Information, self.tr("Guidance, not legal advice"),
                          playbook.text("disclaimer", ui_language()), QMessageBox.StandardButton.Ok, self)
        box.setInformativeText(self.tr("The rules in the checklist were read on {date}.")
                               .format(date=playbook.rules_as_of))
        box.exec()

    def show_locations(self) -> None:
        from desktop.core.paths import data_dir, is_portable

        text = self.tr("Settings and logs: {data}\nNew cases are offered to be saved in: {cases}").format(
            data=data_dir(), cases=default_cases_dir())
        if is_portable():
            text += "\n\n" + self.tr("Portable mode: the app writes only inside its own folder.")
        QMessageBox.information(self, self.tr("Where are my files?"), text)

    def show_about(self) -> None:
        from desktop import __version__

        QMessageBox.about(self, self.tr("About Refund Case Organizer"), self.tr(
            "Refund Case Organizer {version}\n\nKeeps the evidence, timeline and steps of a refund dispute with a "
            "medical-aesthetic clinic in one case file, and exports a dossier for a regulator, mediator or lawyer. "
            "Everything stays on this computer.\n\nGuidance, not legal advice.").format(version=__version__))

    # -- drops and closing -------------------------------------------------------------------
    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        paths = _local_paths(event.mimeData().urls()) if event.mimeData().hasUrls() else []
        if any(is_case_file(p) for p in paths) or (paths and self.session is not None and not self.session.read_only):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragMoveEvent(self, event) -> None:
        event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        paths = _local_paths(event.mimeData().urls())
        cases = [p for p in paths if is_case_file(p)]
        event.acceptProposedAction()
        if cases:
            self.open_case_path(cases[0])
        elif paths and self.workspace is not None and not self.session.read_only:
            self.show_page(EVIDENCE)
            self.workspace.evidence.import_paths(paths)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.settings.set_window_geometry(self.saveGeometry())
        self.close_case()
        self.settings.sync()
        event.accept()


def _local_paths(urls: list[QUrl]) -> list[str]:
    return [url.toLocalFile() for url in urls if url.isLocalFile()]
