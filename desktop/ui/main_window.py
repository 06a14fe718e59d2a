"""The main window: the welcome screen, or the open case with its five views, and the menus.

There is no Save: every change is written to the case file as it is made. The window's title
says which case is open and where its file is. Opening, creating, closing, copying and checking
a case are the CaseController's; the window asks it and shows what happened."""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QObject, Qt, QUrl, Signal
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QDragEnterEvent, QDropEvent, QGuiApplication, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QFileDialog,
    QLabel,
    QMainWindow,
    QMenu,
    QMessageBox,
    QStackedWidget,
    QWidget,
)

from desktop import __version__
from desktop.core.casefile import CASE_SUFFIX
from desktop.core.paths import data_dir, default_cases_dir, is_portable
from desktop.core.playbook import load_playbook
from desktop.ui.app_setup import Languages
from desktop.ui.case_controller import CaseController
from desktop.ui.common.language import ui_language
from desktop.ui.common.passphrase import PassphraseDialog
from desktop.ui.common.workers import SharedProbePool
from desktop.ui.error_text import describe
from desktop.ui.idle_lock import IdleWatch, LockScreen
from desktop.ui.search_dialog import SearchDialog
from desktop.ui.session import CaseSession
from desktop.ui.settings import AppSettings
from desktop.ui.welcome import NewCaseDialog, WelcomePage
from desktop.ui.workspace import CHECKLIST, EVIDENCE, LETTERS, OVERVIEW, TIMELINE, CaseWorkspace

log = logging.getLogger(__name__)

__all__ = ["MainWindow", "OVERVIEW", "EVIDENCE", "TIMELINE", "CHECKLIST", "LETTERS", "is_case_file"]


def is_case_file(path: str | Path) -> bool:
    return str(path).lower().endswith(CASE_SUFFIX)


class MainWindow(QMainWindow):
    caseOpened = Signal()
    caseClosed = Signal()

    def __init__(self, settings: AppSettings, languages: Languages, parent: QWidget | None = None):
        super().__init__(parent)
        self.settings = settings
        self.languages = languages
        self.controller = CaseController(settings, self)
        self.workers = SharedProbePool()  # warm worker processes for imports and thumbnails, started on first use
        self.controller.opened.connect(self._attach)
        self.controller.closed.connect(self._detach)
        self.controller.copied.connect(lambda path: self.statusBar().showMessage(
            self.tr("A copy was saved as {path}.").format(path=path), 8000))
        self.controller.verified.connect(self._show_verify_result)
        self.controller.recentChanged.connect(self._refresh_welcome)
        self.workspace: CaseWorkspace | None = None
        self.welcome: WelcomePage | None = None
        self.new_case_dialog: NewCaseDialog | None = None
        self.lock_screen: LockScreen | None = None
        self.idle = IdleWatch(self)
        self.idle.idle.connect(self.hide_case)
        self.passphrase_dialog: PassphraseDialog | None = None
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
            self.controller.check_recent_deadlines(self._show_recent_reminders)
        self._update_state()  # also the status bar's words

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
        self.verify_action = self._action(self.tr("&Check the case file…"), self.verify_evidence, None, file_menu)
        self.passphrase_action = self._action(self.tr("&Passphrase…"), self.change_passphrase, None, file_menu)
        self.hide_action = self._action(self.tr("&Hide the case now"), self.hide_case, "Ctrl+L", file_menu)
        self._build_hide_after_menu(file_menu)
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
                                     self.tr("&Checklist"), self.tr("&Letters"))):
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
        for action in (self.import_action, self.import_folder_action, self.passphrase_action):
            action.setEnabled(writable)
        self.hide_action.setEnabled(has_case and self.session.case.encrypted)
        self.saved_label.setText(self.tr("Every change is saved as you make it.") if writable or not has_case
                                 else self.tr("Read-only: nothing in this case can be changed here."))
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
    @property
    def session(self) -> CaseSession | None:
        return self.controller.session

    def show_problem(self, message: str) -> None:
        self.controller.show_problem(message)

    def open_case_dialog(self) -> None:
        folder = self.settings.last_folder(default_cases_dir())
        path, _filter = QFileDialog.getOpenFileName(self, self.tr("Open a case"), folder,
                                                    self.tr("Case files (*.refundcase);;All files (*)"))
        if path:
            self.open_case_path(path)

    def open_case_path(self, path: str | Path, read_only: bool = False) -> None:
        """Open a case; it opens off the GUI thread and `caseOpened` follows (or a plain message)."""
        self.controller.open_path(path, read_only)

    def _attach(self, session: CaseSession) -> None:
        self._drop_lock_screen()
        session.changed.connect(self._update_title)
        session.writeFailed.connect(self._write_failed)
        session.wentReadOnly.connect(self._went_read_only)
        self._build_edit_menu()
        self._build_workspace(OVERVIEW)
        self._update_state()
        self._watch_idle()
        self.caseOpened.emit()

    def _build_workspace(self, page: int) -> None:
        if self.workspace is not None:
            self.workspace.shutdown()
            self._stack.removeWidget(self.workspace)
            self.workspace.deleteLater()
        self.workspace = CaseWorkspace(self.session, self.workers)
        if self.workspace.save_copy_button is not None:
            self.workspace.save_copy_button.clicked.connect(self.save_copy)
        self.workspace.pageChanged.connect(lambda p: self.page_actions[p].setChecked(True))
        if self.workspace.start_own_button is not None:
            self.workspace.start_own_button.clicked.connect(self.new_case)
        self._stack.addWidget(self.workspace)
        self._stack.setCurrentWidget(self.workspace)
        self.workspace.set_page(page)
        self.workspace.nav.setFocus()

    def _write_failed(self, exc) -> None:
        QMessageBox.warning(self, self.tr("Refund Case Organizer"), describe(exc))

    def _went_read_only(self, _reason: str) -> None:
        """The case cannot be written any more (its stick was pulled): every view again, read-only,
        under a banner that says why and offers a copy."""
        if self.session is None:
            return
        self._build_edit_menu()
        self._build_workspace(self.workspace.page() if self.workspace else OVERVIEW)
        self._update_state()

    def close_case(self) -> bool:
        """Close the open case (everything is saved already). Returns False if it must stay open."""
        return self.controller.close()

    def _detach(self) -> None:
        self.idle.stop()
        self._drop_lock_screen()
        workspace, self.workspace = self.workspace, None
        self._build_edit_menu()
        if workspace is not None:
            self._stack.removeWidget(workspace)
            workspace.deleteLater()
        self._refresh_welcome()
        self._stack.setCurrentWidget(self.welcome)
        self._update_state()
        self.caseClosed.emit()

    def _show_recent_reminders(self, found: list) -> None:
        if self.welcome is not None:
            self.welcome.show_reminders(found)

    def _refresh_welcome(self) -> None:
        if self.welcome is not None:
            self.welcome.set_recent(self.settings.recent_cases())

    def new_case(self) -> None:
        dialog = NewCaseDialog(default_cases_dir(), self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self.controller.create(dialog.case_path(), dialog.title(),
                                                               dialog.playbook_id(), dialog.passphrase()))
        self.new_case_dialog = dialog
        dialog.open()

    def _build_hide_after_menu(self, file_menu: QMenu) -> None:
        """How long an encrypted case stays shown without input (the idle lock)."""
        self.hide_after_menu = file_menu.addMenu(self.tr("Hide the case after no use"))
        group = QActionGroup(self._menu_owner)
        chosen = self.settings.idle_lock_minutes()
        for minutes in (5, 10, 30, 0):
            text = self.tr("Never") if minutes == 0 else self.tr("%n minute(s)", "", minutes)
            action = QAction(text, self._menu_owner, checkable=True, checked=minutes == chosen)
            action.triggered.connect(lambda _checked, m=minutes: self._set_hide_after(m))
            group.addAction(action)
            self.hide_after_menu.addAction(action)

    def _set_hide_after(self, minutes: int) -> None:
        self.settings.set_idle_lock_minutes(minutes)
        self._watch_idle()

    def _watch_idle(self) -> None:
        if self.session is not None and self.session.case.encrypted and self.lock_screen is None:
            self.idle.start(self.settings.idle_lock_minutes())
        else:
            self.idle.stop()

    def hide_case(self) -> None:
        """Hide an encrypted case behind a screen that asks for its passphrase (also after no use)."""
        session = self.session
        if session is None or not session.case.encrypted or self.lock_screen is not None:
            return
        session.leave()  # what is being typed is kept
        for widget in QApplication.topLevelWidgets():  # open dialogs show parts of the case
            if isinstance(widget, QDialog) and widget.isVisible():
                widget.reject()
        self.idle.stop()
        self.lock_screen = LockScreen(session.case.path.name, session.case.file.key)
        self.lock_screen.unlocked.connect(self._show_case_again)
        self.lock_screen.closeRequested.connect(self.close_case)
        self._stack.addWidget(self.lock_screen)
        self._stack.setCurrentWidget(self.lock_screen)
        self.menuBar().setEnabled(False)
        self.lock_screen.field.setFocus()

    def _show_case_again(self) -> None:
        self._drop_lock_screen()
        if self.workspace is not None:
            self._stack.setCurrentWidget(self.workspace)
            self.workspace.nav.setFocus()
        self._watch_idle()

    def _drop_lock_screen(self) -> None:
        if self.lock_screen is not None:
            self._stack.removeWidget(self.lock_screen)
            self.lock_screen.deleteLater()
            self.lock_screen = None
        self.menuBar().setEnabled(True)

    def change_passphrase(self) -> None:
        """File › Passphrase…: lock the case, or change or remove its passphrase."""
        if self.session is None or self.session.read_only:
            return
        dialog = PassphraseDialog(self.session.case.encrypted, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self.controller.change_passphrase(dialog.current_passphrase(),
                                                                          dialog.new_passphrase()))
        self.passphrase_dialog = dialog
        dialog.open()

    def open_sample_case(self) -> None:
        self.controller.open_sample()

    def verify_evidence(self) -> None:
        self.controller.verify()

    def _show_verify_result(self, report) -> None:
        title = self.tr("Check the case file")
        if report.cancelled:
            QMessageBox.information(self, title, self.tr("The check was stopped before the end. Nothing was changed."))
        elif report.ok:
            QMessageBox.information(self, title, self.tr(
                "All {count} evidence items are unchanged: each one still matches the SHA-256 fingerprint "
                "recorded when it was imported. The case's history log is intact ({entries} entries), and the "
                "case file's structure is sound.").format(count=report.checked, entries=report.audit_entries))
        else:
            lines = [self.tr("{name} (evidence {id}) no longer matches its fingerprint.")
                     .format(name=item["file_name"], id=item["id"]) for item in report.mismatched]
            if report.audit_broken_at is not None:
                lines.append(self.tr("The case's history log was altered at entry {entry}.")
                             .format(entry=report.audit_broken_at))
            if report.structure != "ok":
                lines.append(self.tr("The case file's structure is damaged ({detail}).").format(detail=report.structure))
            QMessageBox.warning(self, title, self.tr(
                "Something in this case has changed since it was recorded:\n\n{problems}\n\nKeep the original "
                "files you still have, and mention this if you hand over the case.").format(problems="\n".join(lines)))

    # -- file actions ------------------------------------------------------------------------
    def import_files(self) -> None:
        if self.session is None:
            return
        folder = self.settings.last_folder(Path.home())
        paths, _filter = QFileDialog.getOpenFileNames(self, self.tr("Import evidence files"), folder)
        if paths:
            self.settings.set_last_folder(Path(paths[0]).parent)
            self.import_paths(paths)

    def import_folder(self) -> None:
        if self.session is None:
            return
        folder = QFileDialog.getExistingDirectory(self, self.tr("Import a folder of evidence"),
                                                  self.settings.last_folder(Path.home()))
        if folder:
            self.settings.set_last_folder(folder)
            self.import_paths([folder])

    def import_paths(self, paths: list[str]) -> None:
        """Show the Evidence page, which imports whatever the session is asked to add."""
        self.show_page(EVIDENCE)
        self.session.importRequested.emit(list(paths))

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
        self.controller.save_copy(destination)

    def export_dossier(self) -> None:
        if self.session is None:
            return
        self.session.leave()
        from desktop.ui.dossier_dialog import DossierDialog  # reportlab loads when first used, not at start-up

        dialog = DossierDialog(self.session, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.open()

    # -- navigation --------------------------------------------------------------------------
    def show_page(self, page: int) -> None:
        if self.workspace is not None:
            self.workspace.set_page(page)
            self.page_actions[page].setChecked(True)

    def find(self) -> None:
        if self.session is None:
            return
        self.session.leave()
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
        text = self.tr("Settings and logs: {data}\nNew cases are offered to be saved in: {cases}").format(
            data=data_dir(), cases=default_cases_dir())
        if is_portable():
            text += "\n\n" + self.tr("Portable mode: the app writes only inside its own folder.")
        QMessageBox.information(self, self.tr("Where are my files?"), text)

    def show_about(self) -> None:
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
        elif paths and self.session is not None and not self.session.read_only:
            self.import_paths(paths)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.settings.set_window_geometry(self.saveGeometry())
        self.controller.shutdown()
        self.workers.close()
        self.settings.sync()
        event.accept()


def _local_paths(urls: list[QUrl]) -> list[str]:
    return [url.toLocalFile() for url in urls if url.isLocalFile()]
