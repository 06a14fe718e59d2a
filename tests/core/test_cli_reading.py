"""Reading the text in pictures from the command line: `ocr` and `text`, run as a user would (a
subprocess per command), on the sample case and on an encrypted one."""

import os
import shutil
import signal
import subprocess
import sys

import pytest

from desktop.core.lifecycle import open_case
from desktop.core.sample import ITEMS, build_sample_case
from tests.helpers import ROOT

PASSPHRASE = "reading pass phrase"


def run(*args, check_exit=None, **env):
    """A command with the test run's environment, less any passphrase, plus `env`."""
    plain = {name: value for name, value in os.environ.items() if not name.startswith("REFUNDCASE_")}
    result = subprocess.run([sys.executable, str(ROOT / "main.py"), *map(str, args)], capture_output=True,
                            text=True, timeout=300, env={**plain, **env})
    if check_exit is not None:
        assert result.returncode == check_exit, (result.stdout, result.stderr)
    return result


def ids_by_name(path, passphrase=None) -> dict[str, int]:
    with open_case(path, read_only=True, passphrase=passphrase) as case:
        return {item["file_name"]: item["id"] for item in case.evidence.list()}


@pytest.fixture(scope="module")
def unread_sample(tmp_path_factory, probe_pool):
    """The sample case as it is built: nothing read yet."""
    return build_sample_case(tmp_path_factory.mktemp("unread") / "sample.refundcase", pool=probe_pool)


@pytest.fixture(scope="module")
def read_sample(unread_sample, tmp_path_factory):
    """A copy of the sample case after `ocr`, with what the command printed."""
    path = tmp_path_factory.mktemp("read") / "sample.refundcase"
    shutil.copy(unread_sample, path)
    return path, run("ocr", path, check_exit=0)


def copy_of(path, tmp_path):
    copied = tmp_path / path.name
    shutil.copy(path, copied)
    return copied


def test_ocr_reads_the_items_not_read_yet_one_line_each(read_sample):
    path, result = read_sample
    ids = ids_by_name(path)
    printed = result.stdout.splitlines()
    with open_case(path, read_only=True) as case:
        unasked = [item for item in case.evidence.list() if item["category"] not in ("photo_before", "photo_after")]
        assert len(printed) == len(unasked)  # the pictures of text and the PDFs; not the photos of a face
        for line, item in zip(printed, unasked):
            lines = case.text.lines(item["id"])
            assert line.split()[:3] == [item["exhibit"], "id", str(item["id"])]
            assert line.endswith(f"{item['file_name']}: {len(lines)} lines")
        assert {name for name in ids if case.text.read_info(ids[name]) is None} == {"术前.jpg", "术后第7天.jpg"}
    assert "lines of text" in result.stderr.splitlines()[-1]  # the summary, as `import` gives its own
    for name in ("聊天记录.png", "收据.png"):  # pictures of several lines of text
        (line,) = [line for line in printed if f" {name}: " in line]
        assert int(line.rsplit(": ", 1)[1].split()[0]) >= 5
    again = run("ocr", path, check_exit=0)
    assert again.stdout == "" and "nothing to read" in again.stderr


def test_text_prints_the_recognised_lines(read_sample):
    path, _ = read_sample
    ids = ids_by_name(path)
    chat = run("text", path, ids["聊天记录.png"], check_exit=0)
    receipt = run("text", path, ids["收据.png"], check_exit=0)
    with open_case(path, read_only=True) as case:
        assert chat.stdout.splitlines() == [line["shown"] for line in case.text.lines(ids["聊天记录.png"])]
    # What the sample drew: the clinic's refusal in the chat, the amount and the payer on the receipt.
    assert "套餐是优惠价" in chat.stdout and "不能退" in chat.stdout
    assert "19,800.00" in receipt.stdout and "李晓雯" in receipt.stdout
    assert chat.stderr == "" and receipt.stderr == ""


def test_text_shows_a_correction_instead_of_the_machines_reading(read_sample, tmp_path):
    path = copy_of(read_sample[0], tmp_path)
    chat = ids_by_name(path)["聊天记录.png"]
    with open_case(path) as case:
        lines = case.text.lines(chat)
        corrected = next(line for line in lines if "优惠价" in line["text"])
        case.text.correct(corrected["id"], "套餐是优惠价，做了一次就不能退的哦（客服原话）")
    printed = run("text", path, chat, check_exit=0).stdout.splitlines()
    assert len(printed) == len(lines)
    assert printed[lines.index(corrected)] == "套餐是优惠价，做了一次就不能退的哦（客服原话）"
    assert corrected["text"] not in printed
    assert [p for i, p in enumerate(printed) if i != lines.index(corrected)] == \
        [line["text"] for line in lines if line is not corrected]


def test_an_item_not_read_yet_prints_nothing_and_says_so(read_sample):
    path, _ = read_sample
    photo = ids_by_name(path)["术前.jpg"]
    result = run("text", path, photo, check_exit=0)
    assert result.stdout == ""
    assert "has not been read yet" in result.stderr and f"ocr CASE {photo}" in result.stderr


def test_named_items_are_read_whatever_they_are_and_again(read_sample, tmp_path):
    path = copy_of(read_sample[0], tmp_path)
    ids = ids_by_name(path)
    result = run("ocr", path, ids["术前.jpg"], ids["收据.png"], check_exit=0)
    printed = result.stdout.splitlines()
    assert len(printed) == 2
    assert "术前.jpg: " in printed[0] and "收据.png: " in printed[1]
    with open_case(path, read_only=True) as case:
        assert case.text.read_info(ids["术前.jpg"]) is not None  # a photo, read because it was asked for
        assert printed[0].endswith(f"{len(case.text.lines(ids['术前.jpg']))} lines") or "no text found" in printed[0]


@pytest.mark.parametrize("args, fragment", [
    (("ocr", "{case}", "99"), "There is no evidence item 99 in this case."),
    (("text", "{case}", "99"), "There is no evidence item 99 in this case."),
    (("text", "{case}", "E3"), "invalid int value: 'E3'"),
    (("text", "{case}"), "the following arguments are required: id"),
])
def test_a_mistake_is_one_error_line(read_sample, args, fragment):
    result = run(*(str(a).format(case=read_sample[0]) for a in args))
    assert result.returncode == 2 and result.stdout == "", result.stderr
    (line,) = result.stderr.splitlines()
    assert line.startswith("error: ") and fragment in line


def test_an_item_in_the_trash_is_not_read(read_sample, tmp_path):
    path = copy_of(read_sample[0], tmp_path)
    receipt = ids_by_name(path)["收据.png"]
    with open_case(path) as case:
        case.evidence.trash([receipt])
    result = run("ocr", path, receipt)
    assert result.returncode == 2 and "is in the trash" in result.stderr


def test_an_encrypted_case_is_read_with_its_passphrase(read_sample, tmp_path):
    """Import does not wait for reading; `ocr` and `text` open the case with REFUNDCASE_PASSPHRASE."""
    chat = tmp_path / "chat.png"
    run("export-evidence", read_sample[0], ids_by_name(read_sample[0])["聊天记录.png"], chat, check_exit=0)
    locked = tmp_path / "locked.refundcase"
    run("new", locked, "--encrypt", check_exit=0, REFUNDCASE_PASSPHRASE=PASSPHRASE)
    run("import", locked, chat, check_exit=0, REFUNDCASE_PASSPHRASE=PASSPHRASE)
    (item_id,) = ids_by_name(locked, PASSPHRASE).values()
    not_yet = run("text", locked, item_id, check_exit=0, REFUNDCASE_PASSPHRASE=PASSPHRASE)
    assert not_yet.stdout == "" and "has not been read yet" in not_yet.stderr

    read = run("ocr", locked, check_exit=0, REFUNDCASE_PASSPHRASE=PASSPHRASE)
    assert read.stdout.split()[:4] == ["E1", "id", str(item_id), "chat.png:"] and " lines" in read.stdout
    text = run("text", locked, item_id, check_exit=0, REFUNDCASE_PASSPHRASE=PASSPHRASE)
    assert "套餐是优惠价" in text.stdout
    assert "套餐是优惠价".encode() not in locked.read_bytes()  # the text read is encrypted too
    search = run("search", locked, "优惠价", check_exit=0, REFUNDCASE_PASSPHRASE=PASSPHRASE)
    assert search.stdout.startswith("text\t")

    without = run("text", locked, item_id)
    assert without.returncode == 2 and "REFUNDCASE_PASSPHRASE" in without.stderr


def test_ctrl_c_stops_after_the_item_being_read(unread_sample, tmp_path):
    path = copy_of(unread_sample, tmp_path)
    process = subprocess.Popen([sys.executable, str(ROOT / "main.py"), "ocr", str(path)], stdout=subprocess.PIPE,
                               stderr=subprocess.PIPE, text=True)
    first = process.stdout.readline()
    process.send_signal(signal.SIGINT)
    rest, errors = process.communicate(timeout=300)
    printed = [first, *rest.splitlines()]
    assert process.returncode == 130, errors
    assert "stopping after this item" in errors and "stopped," in errors.splitlines()[-1]
    expected = len(ITEMS) - 2  # all but the two photos of a face
    assert 1 <= len(printed) < expected
    with open_case(path, read_only=True) as case:
        read = [item["id"] for item in case.evidence.list() if case.text.read_info(item["id"]) is not None]
    assert len(read) == len(printed)  # every item named as read is kept; the others wait for the next run
