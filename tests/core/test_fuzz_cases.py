"""Hostile case files never crash, hang or get written: a few hundred real cases damaged at random
(tests/case_fuzz.py: bytes changed, a page overwritten, cut short, the header, a value no version
writes), each opened by `info`, `verify` and `search` and as the window opens it. Every operation
ends in success or a plain error. The seed is printed (shown when the test fails); REFUND_FUZZ_SEED
repeats a run. tests/benchmarks/fuzz_cases.py runs the same by the thousand."""

from __future__ import annotations

import faulthandler
import os
import secrets
import subprocess
import sys
from collections import Counter

import pytest

from tests.case_fuzz import CASE_NAME, MUTATIONS, SEARCHES, build_bases, case_rng, judge_exit, mutate, run_case
from tests.helpers import ROOT

CASES = 200
CASE_SECONDS = 5.0  # a case opened four ways: a hang shows as a case over this
LAST_RESORT_SECONDS = 60  # a real hang ends the run, with every thread's traceback


@pytest.fixture(scope="module")
def bases(tmp_path_factory, probe_pool):
    return build_bases(tmp_path_factory.mktemp("bases"), probe_pool)


@pytest.fixture(scope="module")
def seed() -> int:
    value = int(os.environ.get("REFUND_FUZZ_SEED") or secrets.randbits(32))
    print(f"fuzz seed {value}: REFUND_FUZZ_SEED={value} repeats this run")
    return value


def test_damaged_cases_open_or_say_plainly_what_is_wrong(bases, seed, tmp_path):
    runs = []
    for index in range(CASES):
        base = bases[(index // len(MUTATIONS)) % len(bases)]
        faulthandler.dump_traceback_later(LAST_RESORT_SECONDS, exit=True)
        try:
            runs.append(run_case(base, MUTATIONS[index % len(MUTATIONS)], case_rng(seed, index), tmp_path / "case",
                                 f"case {index}"))
        finally:
            faulthandler.cancel_dump_traceback_later()
    failed = [run.report() for run in runs if run.failed]
    assert not failed, f"seed {seed}, {len(failed)} of {CASES} cases failed:\n\n" + "\n\n".join(failed[:5])
    slow = [run.label for run in runs if run.seconds > CASE_SECONDS]
    assert not slow, f"seed {seed}: over {CASE_SECONDS} s: {slow}"
    # The damage reached every outcome: cases that open, refused ones, and items verify finds changed.
    outcomes = Counter((o.operation, o.result, o.code) for run in runs for o in run.outcomes)
    seconds = [run.seconds for run in runs]
    print(f"{CASES} cases in {sum(seconds):.1f} s (slowest {max(seconds):.2f} s):",
          ", ".join(f"{operation} {code}: {n}" for (operation, _, code), n in sorted(outcomes.items())))
    assert outcomes["window", "ok", "opened"] and outcomes["verify", "plain", "exit 1"]
    assert sum(n for (operation, result, _), n in outcomes.items() if operation == "window" and result == "plain")


@pytest.mark.parametrize("index", range(5))
def test_the_command_line_exits_with_one_line_on_a_damaged_case(bases, seed, tmp_path, index):
    """As a user runs it: main.py in its own process (the cases after the in-process ones)."""
    kind = MUTATIONS[index]
    data, what = mutate(bases[index % len(bases)], kind, case_rng(seed, CASES + index))
    path = tmp_path / CASE_NAME
    path.write_bytes(data)
    command = ("info", "verify", "search")[index % 3]
    args = [command, str(path), *((" ".join(SEARCHES),) if command == "search" else ())]
    result = subprocess.run([sys.executable, str(ROOT / "main.py"), *args], capture_output=True, text=True,
                            timeout=60)
    outcome = judge_exit(command, result.returncode, result.stderr, path.name)
    assert outcome.result != "FAILURE", (f"seed {seed}, {kind}: {what}", result.returncode, result.stderr)
    assert path.read_bytes() == data and [p.name for p in tmp_path.iterdir()] == [CASE_NAME]
