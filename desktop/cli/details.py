"""Commands that record what happened and say what is due: set details, add events, list deadlines."""

from __future__ import annotations

import argparse
import json
from datetime import date

from desktop.cli.base import EXIT_OK, UsageError
from desktop.cli.passphrases import open_for_command
from desktop.core import deadlines
from desktop.core.details import DETAIL_FIELDS, check_value
from desktop.core.vocab import BODIES, EVENT_KIND_EFFECTS, EVENT_KINDS

# Kinds the `event` command explains: every kind, those that move a deadline with what they do.
KINDS_HELP = "\n".join(
    f"  {kind:<18} {EVENT_KINDS[kind][0]}" + (f": {EVENT_KIND_EFFECTS[kind][0]}" if kind in EVENT_KIND_EFFECTS else "")
    for kind in EVENT_KINDS)


def register(sub) -> None:
    setter = sub.add_parser("set", help="set case details: FIELD=VALUE (an empty value clears the field)",
                            description="Set case details. Fields: " + ", ".join(DETAIL_FIELDS) + ".")
    setter.add_argument("case")
    setter.add_argument("assignments", nargs="+", metavar="FIELD=VALUE")
    setter.set_defaults(run=cmd_set)

    event = sub.add_parser("event", help="add a timeline event", formatter_class=argparse.RawDescriptionHelpFormatter,
                           epilog="kinds, and what each does to the deadlines:\n" + KINDS_HELP)
    event.add_argument("case")
    event.add_argument("date", type=_day, help="YYYY-MM-DD")
    event.add_argument("kind", choices=list(EVENT_KINDS), metavar="KIND", help="one of the kinds below")
    event.add_argument("title")
    event.add_argument("--arrived", type=_day, help="a demand: the day it arrived (the period restarts from it)")
    event.add_argument("--reply-by", type=_day, help="a demand: the reply date it sets")
    event.add_argument("--body", choices=list(BODIES), help="a complaint or mediation request: who received it")
    event.set_defaults(run=cmd_event)

    due = sub.add_parser("deadlines", help="every deadline that applies, soonest first")
    due.add_argument("case")
    due.add_argument("--json", action="store_true")
    due.add_argument("--today", type=_day, help="count days left from this day (default: today)")
    due.set_defaults(run=cmd_deadlines)


def _day(text: str) -> str:
    try:
        return date.fromisoformat(text).isoformat()
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a date (use YYYY-MM-DD)") from None


def cmd_set(args) -> int:
    changes = {}
    for assignment in args.assignments:
        field, sep, value = assignment.partition("=")
        if not sep:
            raise UsageError(f"{assignment!r} is not FIELD=VALUE")
        check_value(field, value)
        changes[field] = value
    with open_for_command(args.case) as case:
        case.details.update(changes)
        details = case.details.get()
    for field in changes:
        print(f"{field} = {details[field]}")
    return EXIT_OK


def cmd_event(args) -> int:
    if (args.arrived or args.reply_by) and args.kind != "demand":
        raise UsageError("--arrived and --reply-by go with a demand")
    if args.body and args.kind not in ("complaint", "mediation-request", "settlement-signed"):
        raise UsageError("--body goes with a complaint, a mediation request or a signed settlement")
    with open_for_command(args.case) as case:
        event_id = case.timeline.add(args.date, args.title, kind=args.kind, arrived_on=args.arrived,
                                     reply_by=args.reply_by, body=args.body or "").created
    print(f"added event {event_id}: {args.date} {args.kind} {args.title}")
    return EXIT_OK


def cmd_deadlines(args) -> int:
    today = date.fromisoformat(args.today) if args.today else date.today()
    with open_for_command(args.case, read_only=True) as case:
        report = deadlines.for_case(case, today)
    if args.json:
        print(json.dumps([deadline.as_json() for deadline in report.deadlines], ensure_ascii=False, indent=2))
        return EXIT_OK
    for deadline in report.deadlines:
        state = "passed" if deadline.passed else f"{deadline.days_left} days left"
        print(f"{deadline.due.isoformat()}  {state:<15} {deadline.rule:<24} {deadline.title('en')}")
    for missing in report.missing:
        print(f"not known yet: {missing}")
    return EXIT_OK
