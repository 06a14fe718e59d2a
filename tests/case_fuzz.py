"""Hostile case files: real cases with a few bytes changed, a page overwritten, cut short, or a
damaged header, opened as the command line and the window open them. Shared by
tests/core/test_fuzz_cases.py (a few hundred cases) and tests/benchmarks/fuzz_cases.py (thousands).

Every case is judged the same way: each operation ends in success or a plain error (a CaseError,
or the command line's exit code with one `error:` line naming the file), never a traceback; the
file is not written and nothing is left beside it."""

from __future__ import annotations

import contextlib
import hashlib
import io
import random
import shutil
import sqlite3
import struct
import time
import traceback
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from desktop.cli.main import main as cli_main
from desktop.core import deadlines, guidance
from desktop.core.connection import CONTENT_TABLES
from desktop.core.errors import CaseError
from desktop.core.importer import import_paths
from desktop.core.lifecycle import create_case, open_case
from desktop.core.sample import build_sample_case
from desktop.core.thumbnails import make_missing
from tests.helpers import BROKEN, PDFS, PHOTOS

# The four ways a file is damaged on a disk, and a value SQLite's checks cannot see (text that is
# not UTF-8, a number where a date goes, JSON that does not parse): what a hostile file can hold.
MUTATIONS = ("bytes", "page", "truncate", "header", "value")
HEADER_SIZE = 100
VALUE_TABLES = ("case_details", "evidence", "events", "steps", "letters", "letter_versions", "audit_log", "blobs",
                "meta")
NOT_UTF8 = b"damaged \xd3 \xff"
HOSTILE_VALUES = (None, 0, -1, 2**63 - 1, 3.5, "", "  ", "x" * 5000, "2026-13-45", "0000-00-00", "9999-12-31",
                  "{", "[", "null", "[1, 2]", '{"a": 1}', '"text"', '[{"code": 5, "params": [1]}]',
                  '[{"key": 1}]', b"\x00\xff", "退款", NOT_UTF8)
# A long term goes through the full-text index (MATCH), a short one through LIKE over it.
SEARCHES = ("Canon", "退款")
OPERATIONS = ("info", "verify", "search", "window")
CASE_NAME = "fuzzed.refundcase"


# -- the cases mutated ----------------------------------------------------------------------------

@dataclass(frozen=True)
class Base:
    """A real case file, and where in it the mutations aim."""

    name: str
    data: bytes
    page_size: int
    # Pages holding anything but the stored content, and the bytes in use on them (cells, page
    # headers). Most of a case is content, which only `verify` reads through, and most of a 64 KiB
    # page of a small table is free space: half the damage is aimed here, so it reaches what
    # opening and listing read.
    other_pages: tuple[int, ...]
    used: tuple[tuple[int, int], ...]  # (start, end) offsets in the file


def describe_base(name: str, path: Path) -> Base:
    data = path.read_bytes()
    page_size = struct.unpack(">H", data[16:18])[0]
    page_size = 65536 if page_size == 1 else page_size
    marks = ", ".join("?" * len(CONTENT_TABLES))
    with contextlib.closing(sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)) as conn:
        pages = sorted({r[0] for r in conn.execute(f"SELECT pageno FROM dbstat WHERE name NOT IN ({marks})",
                                                   CONTENT_TABLES)} | {1})
    return Base(name, data, page_size, tuple(pages), tuple(r for p in pages for r in _used(data, p, page_size)))


def _used(data: bytes, page: int, page_size: int) -> list[tuple[int, int]]:
    """The b-tree page's header with its cell pointers, and its cells (https://sqlite.org/fileformat.html)."""
    start = (page - 1) * page_size
    header = start + (HEADER_SIZE if page == 1 else 0)
    kind = data[header]
    if kind not in (2, 5, 10, 13):  # an overflow page: all of it
        return [(start, start + page_size)]
    cells, content = struct.unpack(">HH", data[header + 3:header + 7])
    pointers_end = header + (12 if kind in (2, 5) else 8) + 2 * cells
    ranges = [(header, pointers_end), (start + (content or 65536), start + page_size)]
    return [(low, high) for low, high in ranges if low < high]


def build_bases(folder: Path, pool) -> list[Base]:
    """The sample case (letters sent, events, steps, pictures) and a case of the shared fixtures
    (photos, PDFs and broken files with their notes of what could not be read)."""
    folder.mkdir(parents=True, exist_ok=True)
    sample = build_sample_case(folder / "sample.refundcase", pool=pool)
    imported = folder / "imported.refundcase"
    with create_case(imported, "导入的案件 imported") as case:
        files = [PHOTOS / "Canon_40D.jpg", PHOTOS / "gps_DSCN0010.jpg", PHOTOS / "orientation_portrait_6.jpg",
                 PDFS / "pdflatex-4-pages.pdf", BROKEN / "password-protected.pdf", BROKEN / "corrupted.jpg"]
        outcomes = import_paths(case, files, pool=pool)
        ids = [o.evidence_id for o in outcomes if o.status == "stored"]
        make_missing(case, pool)
        case.details.update({"clinic_name": "某某医疗美容诊所", "first_aware_date": "2026-03-02",
                             "demand_kind": "full_refund", "notes": "退款要求 refund demanded"})
        case.timeline.add("2026-03-02", "术后肿胀 swelling", kind="other", evidence_ids=ids[:2])
        case.timeline.add("2026-03-20", "寄出要求函", kind="demand", arrived_on="2026-03-22", reply_by="2026-04-05",
                          evidence_ids=ids[2:3])
        case.letters.create("demand", "zh", "退款要求函", [{"key": "body", "label": "正文", "text": "请退款。"}])
    return [describe_base("sample", sample), describe_base("imported", imported)]


def mutate(base: Base, kind: str, rng: random.Random) -> tuple[bytes, str]:
    """The base's bytes damaged one way, and what was done (to reproduce a failure by hand)."""
    data = bytearray(base.data)
    if kind == "bytes":
        offsets = [_aimed_offset(base, rng) for _ in range(rng.randint(1, 8))]
        for offset in offsets:
            data[offset] = rng.randrange(256)
        return bytes(data), f"random bytes at {sorted(offsets)}"
    if kind == "page":
        page = _aimed_page(base, rng)
        start = (page - 1) * base.page_size
        zeros = rng.random() < 0.5
        data[start:start + base.page_size] = bytes(base.page_size) if zeros else rng.randbytes(base.page_size)
        return bytes(data[:len(base.data)]), f"page {page} overwritten with {'zeros' if zeros else 'random bytes'}"
    if kind == "truncate":
        length = rng.randrange(len(data))
        return bytes(data[:length]), f"truncated to {length} bytes"
    if kind == "header":
        offsets = sorted(rng.sample(range(HEADER_SIZE), rng.randint(1, 4)))
        for offset in offsets:
            data[offset] = rng.randrange(256)
        return bytes(data), f"header bytes {offsets} changed"
    if kind == "value":
        return _hostile_value(base, rng)
    raise ValueError(kind)


def _hostile_value(base: Base, rng: random.Random) -> tuple[bytes, str]:
    """One value of one row changed through SQLite (its triggers dropped and made again): the file
    stays sound to SQLite, the value is one the app never writes."""
    conn = sqlite3.connect(":memory:")
    try:
        conn.deserialize(base.data)
        while True:
            table = rng.choice(VALUE_TABLES)
            rows = [r[0] for r in conn.execute(f"SELECT rowid FROM {table}")]
            if rows:
                break
        column = rng.choice([r[1] for r in conn.execute(f"PRAGMA table_info({table})") if not r[5]])
        value = rng.choice(HOSTILE_VALUES + ("".join(chr(rng.choice((rng.randrange(32, 0xD800), rng.randrange(
            0xE000, 0x10FFFF)))) for _ in range(rng.randint(1, 40))),))
        row = rng.choice(rows)
        triggers = conn.execute("SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND tbl_name = ?",
                                [table]).fetchall()
        for name, _ in triggers:
            conn.execute(f"DROP TRIGGER {name}")
        what = f"{table}.{column} of row {row} set to {value!r:.60}"
        try:
            conn.execute(f"UPDATE {table} SET {column} = {'CAST(? AS TEXT)' if value is NOT_UTF8 else '?'} "
                         "WHERE rowid = ?", [value, row])
        except sqlite3.IntegrityError:
            what += " (refused by its constraints: the case is as it was)"
        for _, sql in triggers:
            conn.execute(sql)
        conn.commit()
        return bytes(conn.serialize()), what
    finally:
        conn.close()


def _aimed_page(base: Base, rng: random.Random) -> int:
    if rng.random() < 0.5:
        return rng.choice(base.other_pages)
    return rng.randrange(len(base.data) // base.page_size) + 1


def _aimed_offset(base: Base, rng: random.Random) -> int:
    if rng.random() < 0.5:
        return rng.randrange(*rng.choice(base.used))
    return rng.randrange(len(base.data))


# -- opening them -------------------------------------------------------------------------------

@dataclass(frozen=True)
class Outcome:
    operation: str
    result: str     # "ok", "plain" (a plain error or verify's report) or "FAILURE"
    code: str       # the CaseError's code or the exit code, for the figures
    detail: str = ""  # the error line, or the traceback of a failure


@dataclass
class CaseRun:
    label: str
    kind: str
    outcomes: list[Outcome] = field(default_factory=list)
    seconds: float = 0.0
    problems: list[str] = field(default_factory=list)  # what went wrong beyond the outcomes

    @property
    def failed(self) -> bool:
        return bool(self.problems) or any(o.result == "FAILURE" for o in self.outcomes)

    def report(self) -> str:
        lines = [f"{self.label} ({self.seconds:.2f} s)", *self.problems]
        lines += [f"  {o.operation}: {o.code}\n{o.detail}" for o in self.outcomes if o.result == "FAILURE"]
        return "\n".join(lines)


def run_case(base: Base, kind: str, rng: random.Random, folder: Path, label: str) -> CaseRun:
    """Damage a copy of `base` in its own folder, open it every way, and judge what happened."""
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir(parents=True)
    data, what = mutate(base, kind, rng)
    path = folder / CASE_NAME
    path.write_bytes(data)
    run = CaseRun(f"{label}: {base.name}, {what}", kind)
    before, listing = hashlib.sha256(data).hexdigest(), sorted(p.name for p in folder.iterdir())
    started = time.monotonic()
    run.outcomes = [cli("info", [str(path)], path), cli("verify", [str(path)], path),
                    cli("search", [str(path), " ".join(SEARCHES)], path), open_as_window(path)]
    run.seconds = time.monotonic() - started
    if hashlib.sha256(path.read_bytes()).hexdigest() != before:
        run.problems.append("the case file was written")
    left = sorted(p.name for p in folder.iterdir())
    if left != listing:
        run.problems.append(f"left beside the case: {sorted(set(left) - set(listing))}")
    return run


def cli(command: str, args: list[str], path: Path) -> Outcome:
    """A command of the command line, run in this process as main.py runs it."""
    out, err = io.StringIO(), io.StringIO()
    try:
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
            code = cli_main([command, *args])
    except (Exception, SystemExit):
        return Outcome(command, "FAILURE", "traceback", traceback.format_exc())
    return judge_exit(command, code, err.getvalue(), path.name)


def judge_exit(command: str, code: int | None, stderr: str, name: str) -> Outcome:
    """Exit 0; 1 for verify's report of what does not match; 2 with one `error:` line naming the file."""
    lines = stderr.splitlines()
    if "Traceback" in stderr:
        return Outcome(command, "FAILURE", f"exit {code}", stderr)
    if code == 0:
        return Outcome(command, "ok", "exit 0")
    if code == 1 and command == "verify" and not lines:
        return Outcome(command, "plain", "exit 1")
    if code == 2 and len(lines) == 1 and lines[0].startswith("error: ") and name in lines[0]:
        return Outcome(command, "plain", "exit 2", lines[0])
    return Outcome(command, "FAILURE", f"exit {code}", stderr)


def open_as_window(path: Path) -> Outcome:
    """What the window does: open the case (for writing), then read what its first views show."""
    try:
        with open_case(path) as case:
            case.details.get()
            case.evidence.list()
            case.timeline.list()
            case.checklist.list()
            case.letters.list()
            deadlines.for_case(case, date.today())
            guidance.next_step(case)
    except CaseError as exc:
        return Outcome("window", "plain", exc.code or "(no code)", exc.message)
    except Exception:
        return Outcome("window", "FAILURE", "traceback", traceback.format_exc())
    return Outcome("window", "ok", "opened")


def case_rng(seed: int, index: int) -> random.Random:
    """Each case its own generator: one case of a run can be repeated alone."""
    return random.Random(f"{seed}:{index}")
