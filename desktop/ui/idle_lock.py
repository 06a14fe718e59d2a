"""The idle lock of an encrypted case: after some minutes without a key pressed or the mouse used,
the window hides the case behind a screen that asks for the passphrase again. The case stays open
underneath (nothing is lost, work in the background goes on); only someone with the passphrase
sees it again."""

from __future__ import annotations

import hmac

from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtWidgets import QApplication, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from desktop.core.cipher import CaseKey
from desktop.ui.common.passphrase import secret_field

_INPUT = {QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress, QEvent.Type.MouseMove, QEvent.Type.Wheel,
          QEvent.Type.TouchBegin}


class IdleWatch(QObject):
    """Says `idle` after `minutes` without input anywhere in the app."""

    idle = Signal()

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self._timer = QTimer(self, singleShot=True)
        self._timer.timeout.connect(self.idle)
        self._watching = False

    def start(self, minutes: int) -> None:
        self.start_ms(minutes * 60_000)

    def start_ms(self, interval: int) -> None:
        self.stop()
        if interval <= 0:
            return
        self._timer.setInterval(interval)
        QApplication.instance().installEventFilter(self)
        self._watching = True
        self._timer.start()

    def stop(self) -> None:
        self._timer.stop()
        if self._watching:
            QApplication.instance().removeEventFilter(self)
            self._watching = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in _INPUT and self._timer.isActive():
            self._timer.start()  # again from now
        return False


class LockScreen(QWidget):
    """What the window shows instead of a hidden case."""

    unlocked = Signal()
    closeRequested = Signal()

    def __init__(self, name: str, key: CaseKey, parent: QWidget | None = None):
        super().__init__(parent)
        self._key = key
        title = QLabel(self.tr("{name} is hidden").format(name=name))
        font = title.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.4)
        title.setFont(font)
        message = QLabel(self.tr("The case was hidden because this computer was not used for a while, or you hid "
                                 "it. Enter its passphrase to go on; everything is as you left it."))
        message.setWordWrap(True)
        self.field = secret_field()
        self.field.setAccessibleName(self.tr("Passphrase"))
        self.field.returnPressed.connect(self.try_unlock)
        self.problem = QLabel(self.tr("That passphrase does not open this case."))
        self.problem.setStyleSheet("color: #a11d1d;")
        self.problem.hide()
        self.unlock_button = QPushButton(self.tr("Show the case"))
        self.unlock_button.setDefault(True)
        self.unlock_button.clicked.connect(self.try_unlock)
        self.close_button = QPushButton(self.tr("Close the case"))
        self.close_button.clicked.connect(self.closeRequested)
        buttons = QHBoxLayout()
        buttons.addWidget(self.unlock_button)
        buttons.addWidget(self.close_button)
        buttons.addStretch(1)
        column = QVBoxLayout()
        column.addStretch(1)
        for widget in (title, message, self.field, self.problem):
            column.addWidget(widget)
        column.addLayout(buttons)
        column.addStretch(2)
        outer = QHBoxLayout(self)
        outer.addStretch(1)
        outer.addLayout(column, 2)
        outer.addStretch(1)

    def try_unlock(self) -> None:
        typed = CaseKey.derive(self.field.text(), self._key.salt)
        self.field.clear()
        if hmac.compare_digest(typed.key, self._key.key):
            self.problem.hide()
            self.unlocked.emit()
        else:
            self.problem.show()
