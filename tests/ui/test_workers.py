"""Worker tasks: progress reaches the GUI thread, cancel is honoured, failures are reported."""

import threading

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
