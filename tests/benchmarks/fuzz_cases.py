"""Hostile case files by the thousand: the mutations and operations of tests/core/test_fuzz_cases.py
(tests/case_fuzz.py), run many more times, with the figures printed.

Not part of `make bench` (its glob is bench_*.py): 10,000 cases take a while. Run it by hand:

    QT_QPA_PLATFORM=offscreen .venv/bin/python tests/benchmarks/fuzz_cases.py [--count N] [--seed S] [--jobs J]

Prints the cases run, what each operation ended in (fine, a plain error by its code or exit code, or
a FAILURE with its traceback), the slowest case and the total time; exits 1 if any case failed."""

from __future__ import annotations

import argparse
import os
import secrets
import sys
import tempfile
import time
from collections import Counter
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from desktop.core.probe_pool import ProbePool  # noqa: E402
from tests.case_fuzz import MUTATIONS, CaseRun, build_bases, case_rng, run_case  # noqa: E402

_bases = []


def _load(bases) -> None:
    _bases.extend(bases)


def _run(args: tuple[int, int, str]) -> CaseRun:
    seed, index, work = args
    base = _bases[(index // len(MUTATIONS)) % len(_bases)]
    kind = MUTATIONS[index % len(MUTATIONS)]
    return run_case(base, kind, case_rng(seed, index), Path(work) / f"case-{os.getpid()}", f"case {index}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=10_000)
    parser.add_argument("--seed", type=int, default=int(os.environ.get("REFUND_FUZZ_SEED") or secrets.randbits(32)))
    parser.add_argument("--jobs", type=int, default=os.cpu_count() or 1)
    args = parser.parse_args()
    print(f"seed {args.seed} (repeat with --seed {args.seed} or REFUND_FUZZ_SEED={args.seed}); "
          f"{args.count} cases, {args.jobs} processes", flush=True)
    with tempfile.TemporaryDirectory(prefix="refund-fuzz-") as work:
        with ProbePool() as pool:
            bases = build_bases(Path(work) / "bases", pool)
        started = time.monotonic()
        runs: list[CaseRun] = []
        with ProcessPoolExecutor(args.jobs, initializer=_load, initargs=(bases,)) as workers:
            jobs = [(args.seed, index, work) for index in range(args.count)]
            for run in workers.map(_run, jobs, chunksize=16):
                runs.append(run)
                if len(runs) % 1000 == 0:
                    print(f"  {len(runs)} cases…", flush=True)
        total = time.monotonic() - started
    return _print_figures(runs, total)


def _print_figures(runs: list[CaseRun], total: float) -> int:
    failed = [run for run in runs if run.failed]
    print(f"\ncases run: {len(runs)}; failed: {len(failed)}")
    window = Counter(_label(o) for run in runs for o in run.outcomes
                     if o.operation == "window" and o.result != "FAILURE")
    print(f"opened fine (the window's path): {window.pop('opened', 0)}")
    print("plain errors by code (the window's path):")
    for code, count in window.most_common():
        print(f"  {code:<44} {count}")
    print("by mutation: cases / opened fine in the window / failed")
    for kind in MUTATIONS:
        of_kind = [run for run in runs if run.kind == kind]
        opened = sum(o.code == "opened" for run in of_kind for o in run.outcomes)
        print(f"  {kind:<9} {len(of_kind):>6} / {opened:>6} / {sum(run.failed for run in of_kind):>3}")
    print("each operation: fine / plain error / FAILURE")
    for operation in ("info", "verify", "search", "window"):
        outcomes = Counter(o.result for run in runs for o in run.outcomes if o.operation == operation)
        codes = Counter(o.code for run in runs for o in run.outcomes
                        if o.operation == operation and o.result == "plain")
        print(f"  {operation:<7} {outcomes['ok']:>6} / {outcomes['plain']:>6} / {outcomes['FAILURE']:>3}   "
              f"({', '.join(f'{code}: {n}' for code, n in codes.most_common())})")
    slowest = max(runs, key=lambda run: run.seconds)
    print(f"slowest case: {slowest.seconds:.2f} s ({slowest.label})")
    print(f"total: {total:.1f} s, {sum(run.seconds for run in runs):.1f} s of cases in all processes")
    for run in failed[:20]:
        print("\nFAILURE " + run.report())
    return 1 if failed else 0


def _label(outcome) -> str:
    """The code, and for "corrupt.check" which check found it (its messages say)."""
    if outcome.code != "corrupt.check":
        return outcome.code
    for words, check in (("structure is not what", "the schema"), ("not of its column's type", "a value's type"),
                         ("names a playbook", "a playbook it names"), ("details are missing", "a row missing"),
                         ("text of letter", "a letter's text")):
        if words in outcome.detail:
            return f"corrupt.check ({check})"
    return "corrupt.check (integrity_check)"


if __name__ == "__main__":
    sys.exit(main())
