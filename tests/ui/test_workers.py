"""Worker tasks: progress reaches the GUI thread, cancel is honoured, failures are reported."""

import threading

from PySide6.QtCore import Qt

from desktop.ui.common.tasks import Task


def test_progress_and_result_arrive_on_the_gui_thread(qtbot):
    gui_thread = threading.get_ident()
    seen = []

    def work(report, is_cancelled):
        assert threading.get_ident() != gui_thread
        for step in range(5):
            report(step, 5, f"item {step}")
        return "done"

    task = Task(work)
    task.progress.connect(lambda done, total, label: seen.append((done, total, label, threading.get_ident())))
    with qtbot.waitSignal(task.finished, timeout=10_000):
        with qtbot.waitSignal(task.succeeded, timeout=10_000) as result:
            task.start()
    assert result.args == ["done"]
    assert [s[:3] for s in seen] == [(i, 5, f"item {i}") for i in range(5)]
    assert all(s[3] == gui_thread for s in seen)
    assert not task.is_running()


def test_cancel_stops_the_work(qtbot):
    started = threading.Event()

    def work(report, is_cancelled):
        started.set()
        while not is_cancelled():
            threading.Event().wait(0.005)
        return "stopped early"

    task = Task(work)
    with qtbot.waitSignal(task.succeeded, timeout=10_000) as result:
        task.start()
        assert started.wait(5)
        task.cancel()
    assert result.args == ["stopped early"] and task.cancelled
    assert task.wait(5000)


def test_a_failure_carries_the_exception_and_traceback(qtbot):
    def work(report, is_cancelled):
        raise ValueError("broken file")

    task = Task(work)
    with qtbot.waitSignal(task.failed, timeout=10_000) as failure:
        task.start()
    exc, text = failure.args
    assert isinstance(exc, ValueError) and "broken file" in text and "Traceback" in text
    assert task.wait(5000)


def test_a_keeper_shows_progress_and_its_cancel_button_stops_the_work(qtbot):
    from PySide6.QtWidgets import QProgressDialog, QPushButton, QWidget

    from desktop.ui.common.tasks import TaskKeeper

    owner = QWidget()
    qtbot.addWidget(owner)
    owner.show()
    keeper = TaskKeeper(owner)
    started = threading.Event()
    results = []

    def work(report, is_cancelled):
        report(1, 10, "")
        started.set()
        while not is_cancelled():
            threading.Event().wait(0.005)
        return "stopped"

    keeper.with_progress(work, "Checking every item…", owner, on_success=results.append)
    assert started.wait(5) and keeper.busy
    dialog = owner.findChild(QProgressDialog)
    qtbot.waitUntil(lambda: dialog.isVisible() and dialog.maximum() == 10)
    assert dialog.labelText() == "Checking every item…"
    with qtbot.waitSignal(keeper.idle, timeout=10_000):
        qtbot.mouseClick(dialog.findChild(QPushButton), Qt.MouseButton.LeftButton)
    assert results == ["stopped"] and not keeper.busy
    qtbot.waitUntil(lambda: not any(d.isVisible() for d in owner.findChildren(QProgressDialog)))


def test_shutting_a_keeper_down_cancels_and_waits(qtbot):
    from desktop.ui.common.tasks import TaskKeeper

    keeper = TaskKeeper()
    running = threading.Event()

    def work(report, is_cancelled):
        running.set()
        while not is_cancelled():
            threading.Event().wait(0.005)

    for _ in range(3):
        keeper.start(work)
    assert running.wait(5)
    keeper.shutdown()
    assert not keeper.busy
