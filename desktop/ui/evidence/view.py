"""The Evidence page: every item of the case as a thumbnail grid or a detail list, with a preview
and, beside it, the item's fields and the text the computer read in it.

Both views show one model; selection, filters and order are shared. Every change goes through
the session's undo stack, except imports (written to the audit log; unwanted items go to the
trash) and emptying the trash (confirmed, permanent, logged)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QItemSelection, QItemSelectionModel, QModelIndex, QPoint, QSettings, Qt, QTimer, QUrl, Signal
from PySide6.QtGui import QAction, QActionGroup, QDesktopServices, QKeySequence, QPalette
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QMessageBox,
    QScrollArea,
    QSizePolicy,
    QSplitter,
    QStackedWidget,
    QStyle,
    QTabWidget,
    QToolBar,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from desktop.core import decrypted, paths, reading
from desktop.core.errors import CaseError
from desktop.core.redaction import can_redact
from desktop.ui.common.commands import EditEvidenceCommand, LinkCommand, ReorderEvidenceCommand, TrashEvidenceCommand
from desktop.ui.common.tasks import TaskKeeper
from desktop.ui.common.workers import SharedProbePool
from desktop.ui.error_text import describe
from desktop.ui.evidence.fields import FieldsEditor
from desktop.ui.evidence.import_task import ImportJob
from desktop.ui.evidence.item_views import EvidenceGrid, EvidenceTable
from desktop.ui.evidence.labels import category_choices, category_label
from desktop.ui.evidence.link_dialog import LinkChooserDialog
from desktop.ui.evidence.model import EvidenceFilterProxy, EvidenceModel, IdRole
from desktop.ui.evidence.pictures import PicturePass
from desktop.ui.evidence.preview import PreviewPane
from desktop.ui.evidence.reading_pass import ReadingPass
from desktop.ui.evidence.redact_dialog import RedactDialog
from desktop.ui.evidence.text_panel import RecognisedTextPanel
from desktop.ui.evidence.trash import TrashDialog
from desktop.ui.session import CaseSession

OPENED_FOLDER = "opened"
SKIP_OPEN_WARNING_KEY = "evidence/skip_open_copy_warning"
AUTO_READ_KEY = "evidence/read_text_automatically"
AUTO_READ_DEFAULT = True  # the test suite turns it off where it does not look at the text


def settings() -> QSettings:
    """Settings in the app's data folder (inside the app folder when portable)."""
    return QSettings(str(paths.data_dir() / "settings.ini"), QSettings.Format.IniFormat)


class EvidenceView(QWidget):
    importFinished = Signal(list)  # outcomes of the import that just ended

    def __init__(self, session: CaseSession, workers: SharedProbePool | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.session = session
        self.keeper = TaskKeeper(self)
        self.import_job: ImportJob | None = None
        # The window's warm worker processes; a view made on its own (tests) keeps its own.
        self._own_workers = workers is None
        self.workers = workers or SharedProbePool()
        self.pictures = PicturePass(session, self.keeper, self.workers, self)
        # Reading text has a worker of its own (with the OCR models), started when first needed.
        self.readers = SharedProbePool(reading.reading_pool)
        self.reader = ReadingPass(session, self.keeper, self.readers, self)
        self.open_url = QDesktopServices.openUrl  # how an exported copy is opened
        self.trash_dialog: TrashDialog | None = None
        self.link_dialog: LinkChooserDialog | None = None
        self.redact_dialog: RedactDialog | None = None
        self.message_box: QMessageBox | None = None

        self.model = EvidenceModel(session, self)
        self.proxy = EvidenceFilterProxy(self)
        self.proxy.setSourceModel(self.model)

        self._build_views()
        self._build_actions()
        self._build_layout()
        self._connect()
        self._selection_changed()
        self._update_count()

    # -- building --------------------------------------------------------------------------
    def _build_views(self) -> None:
        hint = self.tr("Drag photos, PDFs, chat screenshots and recordings here to add them to the case, "
                       "or use “Add files…”.")
        self.grid = EvidenceGrid()
        self.table = EvidenceTable()
        for view in (self.grid, self.table):
            view.empty_hint = hint
            view.setModel(self.proxy)
        self.table.setSelectionModel(self.grid.selectionModel())
        self.selection = self.grid.selectionModel()
        self.grid.setAccessibleName(self.tr("Evidence items"))
        self.table.setAccessibleName(self.tr("Evidence items"))

        self.category_filter = QComboBox()
        self.category_filter.addItem(self.tr("All categories"), "")
        for key, label in category_choices():
            self.category_filter.addItem(label, key)
        self.category_filter.setAccessibleName(self.tr("Show category"))
        self.text_filter = QLineEdit()
        self.text_filter.setPlaceholderText(self.tr("Filter by words in the title, notes, file name…"))
        self.text_filter.setClearButtonEnabled(True)
        self.text_filter.setAccessibleName(self.tr("Filter"))
        self.count_label = QLabel()
        self.pictures_label = QLabel()
        self.pictures_label.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.pictures_label.hide()
        self.reading_label = QLabel()
        self.reading_label.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.stop_reading_button = QToolButton()
        self.stop_reading_button.setText(self.tr("Stop"))
        self.stop_reading_button.setToolTip(self.tr("Stop reading the text in pictures (what was read is kept; "
                                                    "“Read the text” on an item reads it later)"))
        self.stop_reading_button.setAutoRaise(True)
        self.stop_reading_button.clicked.connect(self.reader.cancel)
        for widget in (self.reading_label, self.stop_reading_button):
            widget.hide()

        self.stack = QStackedWidget()
        self.stack.addWidget(self.grid)
        self.stack.addWidget(self.table)

        self.preview = PreviewPane(self.session)
        self.fields = FieldsEditor(self.session)
        self.text_panel = RecognisedTextPanel(self.session)

    def _action(self, text: str, slot, *, tip: str = "", icon: QStyle.StandardPixmap | None = None,
                shortcut=None, context=Qt.ShortcutContext.WidgetWithChildrenShortcut) -> QAction:
        action = QAction(text, self)
        if icon is not None:
            action.setIcon(self.style().standardIcon(icon))
        if tip:
            action.setToolTip(tip)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
            action.setShortcutContext(context)
        action.triggered.connect(slot)
        return action

    def _build_actions(self) -> None:
        SP = QStyle.StandardPixmap
        self.add_action = self._action(self.tr("Add files…"), self.choose_files_to_add, icon=SP.SP_FileDialogNewFolder,
                                       tip=self.tr("Add files to the case (you can also drag them here)"))
        self.grid_action = self._action(self.tr("Grid"), lambda: self.set_mode("grid"), icon=SP.SP_FileDialogListView,
                                        tip=self.tr("Show thumbnails"))
        self.list_action = self._action(self.tr("List"), lambda: self.set_mode("list"),
                                        icon=SP.SP_FileDialogDetailedView, tip=self.tr("Show a detailed list"))
        group = QActionGroup(self)
        for action in (self.grid_action, self.list_action):
            action.setCheckable(True)
            group.addAction(action)
        self.grid_action.setChecked(True)

        self.move_up_action = self._action(self.tr("Move up"), lambda: self.move_selected(-1), icon=SP.SP_ArrowUp,
                                           tip=self.tr("Give the selected items earlier exhibit numbers (Alt+Up)"),
                                           shortcut="Alt+Up")
        self.move_down_action = self._action(self.tr("Move down"), lambda: self.move_selected(1),
                                             icon=SP.SP_ArrowDown, shortcut="Alt+Down",
                                             tip=self.tr("Give the selected items later exhibit numbers (Alt+Down)"))
        self.category_menu = QMenu(self.tr("Set category"), self)
        for key, label in category_choices():
            self.category_menu.addAction(label, lambda k=key: self.set_category_of_selected(k))
        self.link_action = self._action(self.tr("Link to event or step…"), self.choose_link_target,
                                        tip=self.tr("Link the selected items to a timeline event or a checklist step"))
        self.private_action = self._action(self.tr("Mark private"), lambda: self.set_private_of_selected(True),
                                           tip=self.tr("Private items are left out of what you share"))
        self.not_private_action = self._action(self.tr("Mark not private"),
                                               lambda: self.set_private_of_selected(False))
        self.trash_action = self._action(self.tr("Move to trash"), self.trash_selected, icon=SP.SP_TrashIcon,
                                         tip=self.tr("Move the selected items to the trash (Delete); you can undo "
                                                     "or restore them"),
                                         shortcut=QKeySequence.StandardKey.Delete,
                                         context=Qt.ShortcutContext.WidgetShortcut)
        self.open_action = self._action(self.tr("Open in another program"), self.open_selected_elsewhere,
                                        icon=SP.SP_DialogOpenButton,
                                        tip=self.tr("Open a copy of the file with the program your computer uses "
                                                    "for it"))
        self.export_action = self._action(self.tr("Export a copy…"), self.export_selected, icon=SP.SP_DialogSaveButton,
                                          tip=self.tr("Save an exact copy of the file somewhere else"))
        self.redact_action = self._action(self.tr("Redact…"), self.redact_selected,
                                          tip=self.tr("Black out faces, ID numbers or names in a new copy of this "
                                                      "picture; the original is kept as it is"))
        self.show_trash_action = self._action(self.tr("Trash…"), self.show_trash,
                                              tip=self.tr("See the items in the trash, restore them or empty it"))
        self.read_action = self._action(self.tr("Read the text"), self.read_selected,
                                        tip=self.tr("Read the text in the selected pictures and scans with the "
                                                    "computer (on this computer; nothing is sent anywhere)"))
        self.read_unread_action = self._action(self.tr("Read all unread items now"),
                                               lambda: self.reader.start())
        self.auto_read_action = self._action(self.tr("Read the text automatically"), self._set_auto_read,
                                             tip=self.tr("After files are added, read the text in screenshots, "
                                                         "scans, documents and receipts in the background"))
        self.auto_read_action.setCheckable(True)
        self.auto_read_action.setChecked(settings().value(AUTO_READ_KEY, AUTO_READ_DEFAULT, type=bool))
        self.text_menu = QMenu(self.tr("Text"), self)
        for action in (self.read_action, self.read_unread_action):
            self.text_menu.addAction(action)
        self.text_menu.addSeparator()
        self.text_menu.addAction(self.auto_read_action)
        self.preview_focus_action = self._action(self.tr("Go to preview"), self.preview.focus_preview)
        for action in (self.move_up_action, self.move_down_action):
            self.addAction(action)
        for view in (self.grid, self.table):
            view.addAction(self.trash_action)

    def _menu_button(self, menu: QMenu, text: str) -> QToolButton:
        button = QToolButton()
        button.setText(text)
        button.setMenu(menu)
        button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        return button

    def _build_layout(self) -> None:
        self.toolbar = QToolBar()
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.toolbar.setIconSize(self.toolbar.iconSize() * 0.75)
        self.toolbar.addAction(self.add_action)
        self.toolbar.addSeparator()
        self.toolbar.addAction(self.grid_action)
        self.toolbar.addAction(self.list_action)
        self.toolbar.addSeparator()
        self.toolbar.addAction(self.move_up_action)
        self.toolbar.addAction(self.move_down_action)
        for action in (self.move_up_action, self.move_down_action):  # arrows say it; the width goes to words
            self.toolbar.widgetForAction(action).setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonIconOnly)
        self.toolbar.addSeparator()
        self.category_button = self._menu_button(self.category_menu, self.tr("Set category"))
        self.toolbar.addWidget(self.category_button)
        self.toolbar.addAction(self.link_action)
        self.private_menu = QMenu(self.tr("Private"), self)
        self.private_menu.addAction(self.private_action)
        self.private_menu.addAction(self.not_private_action)
        self.private_button = self._menu_button(self.private_menu, self.tr("Private"))
        self.toolbar.addWidget(self.private_button)
        self.toolbar.addSeparator()
        self.toolbar.addAction(self.open_action)
        self.toolbar.addAction(self.export_action)
        self.toolbar.addAction(self.redact_action)
        self.text_button = self._menu_button(self.text_menu, self.tr("Text"))
        self.text_button.setToolTip(self.tr("Read the text in pictures and scans"))
        self.toolbar.addWidget(self.text_button)
        self.toolbar.addSeparator()
        self.toolbar.addAction(self.trash_action)
        spacer = QWidget()
        spacer.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.toolbar.addWidget(spacer)
        self.toolbar.addAction(self.show_trash_action)

        filters = QHBoxLayout()
        filters.addWidget(self.category_filter)
        filters.addWidget(self.text_filter, 1)
        filters.addWidget(self.pictures_label)
        filters.addWidget(self.reading_label)
        filters.addWidget(self.stop_reading_button)
        filters.addWidget(self.count_label)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addLayout(filters)
        left_layout.addWidget(self.stack, 1)

        self.fields_scroll = QScrollArea()
        self.fields_scroll.setWidget(self.fields)
        self.fields_scroll.setWidgetResizable(True)
        self.fields_scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        self.fields_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.details_tabs = QTabWidget()
        self.details_tabs.setDocumentMode(True)
        self.details_tabs.addTab(self.fields_scroll, self.tr("Details"))
        self.details_tabs.addTab(self.text_panel, self.tr("Text"))
        self.right_splitter = QSplitter(Qt.Orientation.Vertical)
        self.right_splitter.addWidget(self.preview)
        self.right_splitter.addWidget(self.details_tabs)
        self.right_splitter.setStretchFactor(0, 1)
        self.right_splitter.setStretchFactor(1, 1)
        self.right_splitter.setChildrenCollapsible(False)
        self.right_splitter.setSizes([400, 320])

        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(left)
        self.splitter.addWidget(self.right_splitter)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setSizes([720, 620])

        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 0, 4, 4)
        layout.addWidget(self.toolbar)
        layout.addWidget(self.splitter, 1)

        self.setTabOrder(self.category_filter, self.text_filter)
        self.setTabOrder(self.text_filter, self.grid)
        self.setTabOrder(self.grid, self.table)
        self.setTabOrder(self.table, self.preview.scroll)
        self.setTabOrder(self.preview.scroll, self.fields.title_edit)

    def _connect(self) -> None:
        self.category_filter.currentIndexChanged.connect(
            lambda _i: self._filter(lambda: self.proxy.set_category(self.category_filter.currentData())))
        self.text_filter.textChanged.connect(lambda text: self._filter(lambda: self.proxy.set_text(text)))
        self.selection.selectionChanged.connect(self._selection_changed)
        for signal in (self.model.rowsInserted, self.model.rowsRemoved, self.model.layoutChanged):
            signal.connect(self._update_count)
        self.model.dataChanged.connect(self._rows_changed)
        for view in (self.grid, self.table):
            view.filesDropped.connect(self.import_paths)
            view.reorderDropped.connect(self.move_by_drop)
            view.menuRequested.connect(self.show_context_menu)
            view.enterPressed.connect(self.preview.focus_preview)
            view.doubleClicked.connect(lambda _index: self.preview.focus_preview())
        self.session.importRequested.connect(self.import_paths)
        self.session.aboutToLeave.connect(self.fields.commit_pending)
        self.session.closing.connect(self.shutdown)
        self.pictures.progressed.connect(self._pictures_progressed)
        self.pictures.finished.connect(self.pictures_label.hide)
        # Text is read once the pictures are made: they are what the user waits to see first.
        self.pictures.finished.connect(self._read_unread)
        self.reader.progressed.connect(self._reading_progressed)
        self.reader.finished.connect(self._reading_finished)
        self.text_panel.linesChanged.connect(self._lines_changed)
        self.text_panel.lineSelected.connect(self.preview.show_line)
        self.text_panel.readRequested.connect(self.read_items)
        self.preview.lineClicked.connect(self._box_clicked)
        # Pictures a crash or an import elsewhere left unmade, and text not read yet: once the page has shown.
        QTimer.singleShot(0, self.pictures, self._start_passes)

    # -- modes and filters --------------------------------------------------------------------------
    @property
    def mode(self) -> str:
        return "list" if self.stack.currentWidget() is self.table else "grid"

    def set_mode(self, mode: str) -> None:
        had_focus = self.current_view().hasFocus()
        view = self.table if mode == "list" else self.grid
        self.stack.setCurrentWidget(view)
        (self.list_action if mode == "list" else self.grid_action).setChecked(True)
        current = self.selection.currentIndex()
        if current.isValid():
            view.scrollTo(current)
        if had_focus:
            view.setFocus()

    def current_view(self) -> EvidenceGrid | EvidenceTable:
        return self.table if self.mode == "list" else self.grid

    def _filter(self, change) -> None:
        keep = self.selected_ids()
        change()
        self._select_ids(keep)
        self._update_count()

    def _update_count(self, *args) -> None:
        shown, total = self.proxy.rowCount(), self.model.rowCount()
        if shown == total:
            self.count_label.setText(self.tr("%n item(s)", "", total))
        else:
            self.count_label.setText(self.tr("{0} of {1} shown").format(shown, total))

    # -- selection ------------------------------------------------------------------------------
    def selected_ids(self) -> list[int]:
        """Selected items in exhibit order."""
        return [self.proxy.index(row, 0).data(IdRole) for row in self._selected_rows()]

    def _selected_rows(self) -> list[int]:
        # From the selection's ranges, not its indexes: selecting 2,000 rows is 2,000 × columns indexes.
        rows: set[int] = set()
        for selected_range in self.selection.selection():
            rows.update(range(selected_range.top(), selected_range.bottom() + 1))
        return sorted(rows)

    def selected_items(self) -> list[dict]:
        return [self.model.item(self.model.row_of(i)) for i in self.selected_ids()]

    def _select_ids(self, ids: list[int], current: int | None = None) -> None:
        selection = QItemSelection()
        first = None
        for evidence_id in ids:
            row = self.model.row_of(evidence_id)
            if row is None:
                continue
            index = self.proxy.mapFromSource(self.model.index(row, 0))
            if index.isValid():
                selection.select(index, index.siblingAtColumn(self.proxy.columnCount() - 1))
                if first is None or evidence_id == current:
                    first = index
        flags = QItemSelectionModel.SelectionFlag.ClearAndSelect
        self.selection.select(selection, flags)
        if first is not None:
            self.selection.setCurrentIndex(first, QItemSelectionModel.SelectionFlag.NoUpdate)
        else:
            self._selection_changed()

    def _selection_changed(self, *args) -> None:
        items = self.selected_items()
        single = items[0] if len(items) == 1 else None
        self.preview.set_item(single, len(items))
        self.fields.set_item(single, len(items))
        self.text_panel.set_item(single)
        self.text_panel.set_reading(single is not None and single["id"] in self.reader.reading)
        writable = not self.session.read_only
        for action in (self.move_up_action, self.move_down_action, self.link_action, self.private_action,
                       self.not_private_action, self.trash_action):
            action.setEnabled(bool(items) and writable)
        self.category_button.setEnabled(bool(items) and writable)
        self.private_button.setEnabled(bool(items) and writable)
        self.add_action.setEnabled(writable)
        self.open_action.setEnabled(single is not None)
        self.export_action.setEnabled(single is not None)
        self.redact_action.setEnabled(single is not None and can_redact(single) and writable)
        self.read_action.setEnabled(writable and any(reading.can_read(item) for item in items))
        self.read_unread_action.setEnabled(writable)

    def _rows_changed(self, top: QModelIndex, bottom: QModelIndex, roles=()) -> None:
        if roles and Qt.ItemDataRole.DisplayRole not in roles:
            return  # a thumbnail arrived
        item = self.fields.item
        if item is not None:
            row = self.model.row_of(item["id"])
            if row is not None and top.row() <= row <= bottom.row():
                self.fields.reload(self.model.item(row))

    def show_item(self, evidence_id: int) -> None:
        """Select and reveal one item (search results jump here)."""
        row = self.model.row_of(evidence_id)
        if row is None:
            self.model.reread()
            row = self.model.row_of(evidence_id)
            if row is None:
                return
        if not self.proxy.mapFromSource(self.model.index(row, 0)).isValid():
            self.category_filter.setCurrentIndex(0)
            self.text_filter.clear()
        self._select_ids([evidence_id], evidence_id)
        index = self.proxy.mapFromSource(self.model.index(row, 0))
        self.current_view().scrollTo(index)
        self.current_view().setFocus()

    # -- importing ------------------------------------------------------------------------------
    def choose_files_to_add(self) -> None:
        files, _filter = QFileDialog.getOpenFileNames(self, self.tr("Add files to the case"))
        if files:
            self.import_paths(files)

    def import_paths(self, paths_to_import: list[str]) -> None:
        """Import files and folders with a progress dialog (File > Import, drops)."""
        if self.session.read_only:
            self._tell(QMessageBox.Icon.Information, self.tr("Files not added"),
                       self.tr("This case is open read-only: files cannot be added to it."))
            return
        if self.import_job is not None:
            self._tell(QMessageBox.Icon.Information, self.tr("Files not added"),
                       self.tr("Files are already being added. Wait until that finishes, then add these."))
            return
        self.import_job = ImportJob(self.session, paths_to_import, self.keeper, self, workers=self.workers)
        self.import_job.done.connect(self._import_done)
        self.import_job.start()

    def _import_done(self, outcomes: list) -> None:
        job, self.import_job = self.import_job, None
        stored = [o.evidence_id for o in outcomes if o.status == "stored"]
        if stored:
            self._select_ids(stored[:1])
            self.current_view().scrollTo(self.selection.currentIndex())
        if job is not None:
            self.message_box = job.summary_box
            job.deleteLater()
        if stored:
            self.pictures.start()
        self.importFinished.emit(outcomes)

    # -- reading the text in pictures --------------------------------------------------------------------
    def _start_passes(self) -> None:
        self.pictures.start()
        if not self.pictures.running:
            self._read_unread()

    def _read_unread(self) -> None:
        if not self.session.case.closed and self.auto_read_action.isChecked():
            self.reader.start()

    def _set_auto_read(self, on: bool) -> None:
        settings().setValue(AUTO_READ_KEY, on)
        if on:
            self._read_unread()

    def read_selected(self) -> None:
        self.read_items([item["id"] for item in self.selected_items() if reading.can_read(item)])

    def read_items(self, ids: list[int]) -> None:
        """Read these items' text (again), whatever they are, ahead of the unread ones."""
        if ids:
            self.reader.start(ids)
            self._selection_changed()

    def _reading_progressed(self, done: int, total: int, name: str) -> None:
        self.reading_label.setText(self.tr("Reading text: {done} of {total}…").format(done=done, total=total))
        self.reading_label.setToolTip(name)
        for widget in (self.reading_label, self.stop_reading_button):
            widget.setVisible(done < total)
        current = self.text_panel.item
        self.text_panel.set_reading(current is not None and current["id"] in self.reader.reading)

    def _reading_finished(self) -> None:
        for widget in (self.reading_label, self.stop_reading_button):
            widget.hide()
        self.text_panel.set_reading(False)
        # The reading worker holds 300-400 MB of models between pictures: let it go once nothing follows.
        QTimer.singleShot(0, self, self._release_readers)

    def _release_readers(self) -> None:
        if not self.reader.running:
            self.readers.close()

    def _lines_changed(self, lines: list[dict]) -> None:
        self.preview.set_lines(lines)
        self.details_tabs.setTabText(self.details_tabs.indexOf(self.text_panel),
                                     self.tr("Text ({0})").format(len(lines)) if lines else self.tr("Text"))

    def _box_clicked(self, line_id: int) -> None:
        """A box on the picture: its line chosen and focused, so Ctrl+C copies it and F2 corrects it."""
        self.details_tabs.setCurrentWidget(self.text_panel)
        self.text_panel.select_line(line_id)
        self.text_panel.list.setFocus(Qt.FocusReason.MouseFocusReason)

    def show_line(self, line_id: int) -> None:
        """Go to a line of recognised text: its item, its page, its box, its line (search results)."""
        evidence_id = self.session.case.text.evidence_of_line(line_id)
        if evidence_id is None:
            return
        self.show_item(evidence_id)
        self.details_tabs.setCurrentWidget(self.text_panel)
        self.text_panel.select_line(line_id)

    def _pictures_progressed(self, done: int, total: int) -> None:
        self.pictures_label.setText(self.tr("Making thumbnails: {done} of {total}…").format(done=done, total=total))
        self.pictures_label.setVisible(done < total)

    # -- changing items ---------------------------------------------------------------------------
    def _exhibits(self, ids: list[int]) -> str:
        return ", ".join(self.model.item(self.model.row_of(i)).get("exhibit", "") for i in ids)

    def _push(self, command) -> None:
        try:
            self.session.push(command)
        except CaseError as exc:
            self._tell(QMessageBox.Icon.Warning, self.tr("Not saved"), describe(exc))

    def move_selected(self, step: int) -> None:
        ids = self.selected_ids()
        if not ids:
            return
        order = self.model.ids()
        chosen = set(ids)
        positions = range(1, len(order)) if step < 0 else range(len(order) - 2, -1, -1)
        for i in positions:
            j = i + step
            if order[i] in chosen and order[j] not in chosen:
                order[i], order[j] = order[j], order[i]
        if order == self.model.ids():
            return
        if len(ids) == 1:
            text = (self.tr("Move {0} up") if step < 0 else self.tr("Move {0} down")).format(self._exhibits(ids))
        else:
            text = (self.tr("Move %n items up", "", len(ids)) if step < 0
                    else self.tr("Move %n items down", "", len(ids)))
        self._push(ReorderEvidenceCommand(self.session, order, text))
        self.current_view().scrollTo(self.selection.currentIndex())

    def move_by_drop(self, ids: list[int], anchor: int, after: bool) -> None:
        order = [i for i in self.model.ids() if i not in set(ids)]
        if anchor and anchor in order:
            position = order.index(anchor) + (1 if after else 0)
        else:
            position = len(order)
        order[position:position] = ids
        if order == self.model.ids():
            return
        text = (self.tr("Move {0}").format(self._exhibits(ids)) if len(ids) == 1
                else self.tr("Move %n items", "", len(ids)))
        self._push(ReorderEvidenceCommand(self.session, order, text))

    def set_category_of_selected(self, key: str) -> None:
        ids = self.selected_ids()
        if not ids:
            return
        if len(ids) == 1:
            text = self.tr("Set category of {0} to {1}").format(self._exhibits(ids), category_label(key))
        else:
            text = self.tr("Set category of %n items to {0}", "", len(ids)).format(category_label(key))
        self._push(EditEvidenceCommand(self.session, ids, {"category": key}, text))

    def set_private_of_selected(self, private: bool) -> None:
        ids = self.selected_ids()
        if not ids:
            return
        if len(ids) == 1:
            text = (self.tr("Mark {0} private") if private else self.tr("Mark {0} not private")).format(
                self._exhibits(ids))
        else:
            text = (self.tr("Mark %n items private", "", len(ids)) if private
                    else self.tr("Mark %n items not private", "", len(ids)))
        self._push(EditEvidenceCommand(self.session, ids, {"private": int(private)}, text))

    def trash_selected(self) -> None:
        ids = self.selected_ids()
        if not ids or self.session.read_only:
            return
        self.fields.commit_pending()
        visible_rows = self._selected_rows()
        text = (self.tr("Move {0} to the trash").format(self._exhibits(ids)) if len(ids) == 1
                else self.tr("Move %n items to the trash", "", len(ids)))
        next_row = visible_rows[-1] + 1
        following = self.proxy.index(next_row, 0).data(IdRole) if next_row < self.proxy.rowCount() else None
        if following is None and visible_rows[0] > 0:
            following = self.proxy.index(visible_rows[0] - 1, 0).data(IdRole)
        self._push(TrashEvidenceCommand(self.session, ids, text))
        self._select_ids([following] if following else [])

    def choose_link_target(self) -> None:
        ids = self.selected_ids()
        if not ids:
            return
        dialog = LinkChooserDialog(self.session, len(ids), self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self._link_to(dialog.target(), ids))
        dialog.finished.connect(lambda _r: setattr(self, "link_dialog", None))
        self.link_dialog = dialog
        dialog.open()

    def _link_to(self, target: tuple[str, int] | None, ids: list[int]) -> None:
        if target is None:
            return
        kind, target_id = target
        if kind == "event":
            text = self.tr("Link %n item(s) to an event", "", len(ids))
        else:
            text = self.tr("Link %n item(s) to a step", "", len(ids))
        self._push(LinkCommand(self.session, kind, target_id, "evidence", ids, text))

    def show_trash(self) -> None:
        if self.trash_dialog is None:
            self.trash_dialog = TrashDialog(self.session, self)
        self.trash_dialog.show()
        self.trash_dialog.raise_()
        self.trash_dialog.activateWindow()

    # -- files out of the case ---------------------------------------------------------------------
    def open_selected_elsewhere(self) -> None:
        items = self.selected_items()
        if len(items) != 1:
            return
        item = items[0]
        encrypted = self.session.case.encrypted
        if not encrypted and settings().value(SKIP_OPEN_WARNING_KEY, False, type=bool):
            self._open_copy(item)
            return
        if encrypted:  # always asked: the copy is not protected by the passphrase
            box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Open a copy"), self.tr(
                "This case is locked with a passphrase, but the program that opens {0} cannot read it there: an "
                "unencrypted copy will be written in the app's own folder ({1}) and opened.\n\nIt is deleted when "
                "you close the case or quit the app. Until then anyone using this computer could open it."
                ).format(item["file_name"], decrypted.copies_dir()),
                QMessageBox.StandardButton.Open | QMessageBox.StandardButton.Cancel, self)
        else:
            folder = paths.data_dir() / OPENED_FOLDER
            box = QMessageBox(QMessageBox.Icon.Information, self.tr("Open a copy"),
                              self.tr("A copy of {0} will be saved in {1} and opened with the program your computer "
                                      "uses for this type of file.\n\nThat copy is outside the case file: changing "
                                      "it does not change the evidence, and it stays on this computer until you "
                                      "delete it.").format(item["file_name"], folder),
                              QMessageBox.StandardButton.Open | QMessageBox.StandardButton.Cancel, self)
            box.setCheckBox(QCheckBox(self.tr("Don't show this again"), box))
        box.setWindowModality(Qt.WindowModality.WindowModal)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

        def answered(result: int) -> None:
            if result != QMessageBox.StandardButton.Open:
                return
            if box.checkBox() is not None and box.checkBox().isChecked():
                settings().setValue(SKIP_OPEN_WARNING_KEY, True)
            self._open_copy(item)

        box.finished.connect(answered)
        self.message_box = box
        box.open()

    def _open_copy(self, item: dict) -> None:
        # One folder per item: two files with the same name never overwrite each other.
        folder = decrypted.folder_for(item) if self.session.case.encrypted else \
            paths.data_dir() / OPENED_FOLDER / f"{item['id']}-{item['sha256'][:12]}"
        self._export(item, folder / item["file_name"],
                     on_done=lambda path: self.open_url(QUrl.fromLocalFile(str(path))))

    def export_selected(self) -> None:
        items = self.selected_items()
        if len(items) != 1:
            return
        item = items[0]
        target, _filter = QFileDialog.getSaveFileName(self, self.tr("Export a copy"),
                                                      str(paths.default_cases_dir() / item["file_name"]))
        if target:
            self._export(item, Path(target), on_done=lambda path: self._tell(
                QMessageBox.Icon.Information, self.tr("Copy saved"),
                self.tr("An exact copy of {0} was saved as {1}.").format(item["file_name"], path)))

    def _export(self, item: dict, destination: Path, on_done) -> None:
        case = self.session.case
        evidence_id = item["id"]

        def export(report, is_cancelled):
            destination.parent.mkdir(parents=True, exist_ok=True)
            worker_case = case.secondary()
            try:
                return worker_case.evidence.export(evidence_id, destination)
            finally:
                worker_case.close()

        def failed(exc: BaseException, details: str) -> None:
            message = describe(exc) if isinstance(exc, CaseError) else self.tr(
                "The copy could not be written ({0}).").format(exc)
            self._tell(QMessageBox.Icon.Warning, self.tr("Copy not saved"), message)

        self.keeper.start(export, on_success=on_done, on_failure=failed)

    # -- a redacted copy ----------------------------------------------------------------------------------
    def redact_selected(self) -> None:
        items = self.selected_items()
        if len(items) != 1 or not can_redact(items[0]) or self.session.read_only:
            return
        self.fields.commit_pending()
        dialog = RedactDialog(self.session, items[0], self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.accepted.connect(lambda: self._redacted(dialog.item, dialog.changes, dialog.keep_private))
        dialog.finished.connect(lambda _r: setattr(self, "redact_dialog", None))
        self.redact_dialog = dialog
        dialog.open()

    def _redacted(self, original: dict, changes, keep_private: bool) -> None:
        """The copy was written (by the dialog's worker): every view shows it, it is selected. Like an
        import it is no undo step (the trash takes it back); marking the original private is one."""
        self.session.apply(changes)
        if keep_private and not original["private"]:
            self._push(EditEvidenceCommand(self.session, [original["id"]], {"private": 1},
                                           self.tr("Mark {0} private").format(self._exhibits([original["id"]]))))
        self._select_ids([changes.created])
        self.current_view().scrollTo(self.selection.currentIndex())

    # -- menus, messages, closing ------------------------------------------------------------------------
    def context_menu(self) -> QMenu:
        menu = QMenu(self)
        menu.addAction(self.preview_focus_action)
        menu.addAction(self.open_action)
        menu.addAction(self.export_action)
        menu.addAction(self.redact_action)
        menu.addAction(self.read_action)
        menu.addSeparator()
        menu.addMenu(self.category_menu)
        menu.addAction(self.link_action)
        menu.addAction(self.private_action)
        menu.addAction(self.not_private_action)
        menu.addSeparator()
        menu.addAction(self.move_up_action)
        menu.addAction(self.move_down_action)
        menu.addSeparator()
        menu.addAction(self.trash_action)
        self.category_menu.setEnabled(self.category_button.isEnabled())
        self.preview_focus_action.setEnabled(len(self.selected_ids()) == 1)
        return menu

    def show_context_menu(self, global_pos: QPoint) -> None:
        if not self.selected_ids():
            return
        menu = self.context_menu()
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        menu.popup(global_pos)

    def _tell(self, icon: QMessageBox.Icon, title: str, text: str) -> None:
        box = QMessageBox(icon, title, text, QMessageBox.StandardButton.Ok, self)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.setWindowModality(Qt.WindowModality.WindowModal)
        self.message_box = box
        box.open()

    @property
    def busy(self) -> bool:
        return self.keeper.busy or self.preview.keeper.busy

    def wait_idle(self) -> None:
        """Block until imports, exports and previews have finished (closing the case, tests)."""
        while self.busy:
            self.keeper.wait_all()
            self.preview.keeper.wait_all()

    def shutdown(self) -> None:
        if self.redact_dialog is not None:
            self.redact_dialog.done(QDialog.DialogCode.Rejected)  # waits for its worker
        self.model.thumbnails.forget_pending()
        if self.import_job is not None:
            self.import_job.cancel()
        self.pictures.cancel()
        self.reader.cancel()
        self.preview.shutdown()
        self.wait_idle()
        self.readers.close()
        if self._own_workers:
            self.workers.close()
