"""Commands on case files: create, import, read, check, search, export."""

from __future__ import annotations

import json
import sys
from pathlib import Path

from desktop.cli import passphrases
from desktop.cli.base import EXIT_FAILED, EXIT_OK, UsageError
from desktop.cli.passphrases import open_for_command
from desktop.core import thumbnails
from desktop.core.importer import import_paths
from desktop.core.lifecycle import create_case, is_locked_with_passphrase
from desktop.core.passphrase import change_passphrase
from desktop.core.playbook import available_playbooks
from desktop.core.probe_pool import ProbePool
from desktop.core.verify import verify_case


def register(sub) -> None:
    new = sub.add_parser("new", help="create a case file")
    new.add_argument("case")
    new.add_argument("--title", default="")
    playbooks = [p.id for p in available_playbooks()]  # the default first
    new.add_argument("--playbook", default=playbooks[0], choices=playbooks,
                     help="the kind of dispute: its steps and deadlines (default: %(default)s)")
    new.add_argument("--encrypt", action="store_true",
                     help=f"lock the case with a passphrase (from {passphrases.CURRENT}, or asked twice)")
    new.set_defaults(run=cmd_new)
    locking = sub.add_parser("passphrase", help="set, change or remove a case's passphrase")
    locking.add_argument("case")
    what = locking.add_mutually_exclusive_group(required=True)
    what.add_argument("--set", action="store_const", dest="action", const="set",
                      help=f"encrypt a plain case (the new passphrase from {passphrases.NEW})")
    what.add_argument("--change", action="store_const", dest="action", const="change",
                      help=f"the current passphrase from {passphrases.CURRENT}, the new one from {passphrases.NEW}")
    what.add_argument("--remove", action="store_const", dest="action", const="remove",
                      help=f"decrypt the case (the current passphrase from {passphrases.CURRENT})")
    locking.set_defaults(run=cmd_passphrase)
    imp = sub.add_parser("import", help="import files and folders as evidence")
    imp.add_argument("case")
    imp.add_argument("paths", nargs="+")
    imp.set_defaults(run=cmd_import)
    info = sub.add_parser("info", help="show a case's details, evidence, events and steps")
    info.add_argument("case")
    info.add_argument("--json", action="store_true")
    info.set_defaults(run=cmd_info)
    ver = sub.add_parser("verify", help="recompute every evidence hash and check the audit log")
    ver.add_argument("case")
    ver.set_defaults(run=cmd_verify)
    search = sub.add_parser("search", help="full-text search, Chinese included")
    search.add_argument("case")
    search.add_argument("query")
    search.set_defaults(run=cmd_search)


def register_exports(sub) -> None:
    """After the reading commands, as --help lists them."""
    exp = sub.add_parser("export-evidence", help="write one evidence item back out, byte for byte")
    exp.add_argument("case")
    exp.add_argument("id", type=int)
    exp.add_argument("out")
    exp.set_defaults(run=cmd_export_evidence)
    dossier = sub.add_parser("export", help="export the dossier PDF")
    dossier.add_argument("case")
    dossier.add_argument("out")
    dossier.add_argument("--lang", choices=["zh", "en"], default="zh")
    dossier.add_argument("--include-private", action="store_true")
    dossier.add_argument("--quality", choices=["standard", "high"], default="standard")
    dossier.add_argument("--show-numbers", action="store_true",
                         help="show ID-card and phone numbers in full (by default most of their digits are hidden)")
    dossier.add_argument("--with-text", action="store_true",
                         help="print each exhibit's recognised text under it, marked as machine-read")
    dossier.set_defaults(run=cmd_export)


def cmd_new(args) -> int:
    passphrase = passphrases.new_passphrase(passphrases.CURRENT) if args.encrypt else None
    with create_case(args.case, args.title or Path(args.case).stem, playbook_id=args.playbook,
                     passphrase=passphrase) as case:
        print(f"created {case.path}" + (" (locked with a passphrase)" if passphrase is not None else ""))
    return EXIT_OK


def cmd_passphrase(args) -> int:
    path = Path(args.case)
    locked = is_locked_with_passphrase(path)
    if args.action == "set" and locked:
        raise UsageError(f"{path.name} already has a passphrase: use --change")
    if args.action != "set" and not locked:
        raise UsageError(f"{path.name} has no passphrase: use --set")
    current = passphrases.current_passphrase(path) if locked else None
    new = passphrases.new_passphrase() if args.action != "remove" else None
    change_passphrase(path, current, new)
    done = {"set": "locked with a passphrase", "change": "its passphrase changed",
            "remove": "no longer locked with a passphrase"}[args.action]
    print(f"{path.name}: {done}")
    return EXIT_OK


def cmd_import(args) -> int:
    with open_for_command(args.case) as case, ProbePool() as pool:
        outcomes = import_paths(case, args.paths, pool=pool)
        for outcome in outcomes:
            print(outcome.line(), flush=True)
        # The pictures after the files: a case imported here shows them in the window at once.
        pictures = thumbnails.make_missing(case, pool)
    stored = sum(o.status == "stored" for o in outcomes)
    dupes = sum(o.status == "duplicate" for o in outcomes)
    refused = sum(o.status == "refused" for o in outcomes)
    print(f"{stored} stored, {dupes} already in the case, {refused} refused; {pictures} thumbnail(s) made",
          file=sys.stderr)
    return EXIT_OK


def cmd_info(args) -> int:
    with open_for_command(args.case, read_only=True) as case:
        data = {
            "title": case.title,
            "schema_version": case.schema_version,
            "details": case.details.get(),
            "evidence": [
                {**{k: item[k] for k in ("id", "file_name", "size", "sha256", "media_type", "captured_at",
                                          "title", "category", "private", "read_note", "read_notes",
                                          "evidence_date", "derived_from")},
                 "exhibit": item["exhibit"], "captured_offset": item["captured_offset"],
                 "camera_model": item["camera_model"], "orientation": item["orientation"]}
                for item in case.evidence.list()
            ],
            "trash": [{"id": i["id"], "file_name": i["file_name"], "sha256": i["sha256"]}
                      for i in case.evidence.list(trashed=True)],
            "events": case.timeline.list(),
            "steps": case.checklist.list(),
        }
    if args.json:
        print(json.dumps(data, ensure_ascii=False, indent=2))
        return EXIT_OK
    print(f"{data['title']}  (case format {data['schema_version']})")
    print(f"evidence: {len(data['evidence'])}, in trash: {len(data['trash'])}, events: {len(data['events'])}, "
          f"steps: {len(data['steps'])}")
    for item in data["evidence"]:
        print(f"  {item['exhibit']:>4}  id {item['id']:<4} {item['media_type']:<24} {item['size']:>10}  "
              f"{item['sha256'][:16]}…  {item['file_name']}")
    for event in data["events"]:
        print(f"  {event['occurred_at']:<16} {event['kind']:<15} {event['title']}")
    return EXIT_OK


def cmd_verify(args) -> int:
    with open_for_command(args.case, read_only=True) as case:
        report = verify_case(case)
    for item in report.mismatched:
        print(f"MISMATCH evidence {item['id']} {item['file_name']}: recorded {item['recorded']}, "
              f"now {item['actual']}")
    if report.audit_broken_at is not None:
        print(f"AUDIT LOG ALTERED at entry {report.audit_broken_at}")
    if report.structure != "ok":
        print(f"FILE STRUCTURE DAMAGED: {report.structure}")
    if report.ok:
        print(f"ok: {report.checked} items match their SHA-256; audit log intact ({report.audit_entries} entries); "
              "file structure sound")
        return EXIT_OK
    return EXIT_FAILED


def cmd_search(args) -> int:
    with open_for_command(args.case, read_only=True) as case:
        hits = case.search(args.query)
    for hit in hits:
        print(f"{hit.kind}\t{hit.ref_id}\t{hit.snippet}")
    return EXIT_OK


def cmd_export_evidence(args) -> int:
    with open_for_command(args.case, read_only=True) as case:
        written = case.evidence.export(args.id, args.out)
    print(f"wrote {written}")
    return EXIT_OK


def cmd_export(args) -> int:
    from desktop.dossier.build import DossierOptions, build_dossier

    options = DossierOptions(lang=args.lang, include_private=args.include_private, quality=args.quality,
                             mask_numbers=not args.show_numbers, recognised_text=args.with_text)
    result = build_dossier(Path(args.case), Path(args.out), options, key=passphrases.key_for(args.case))
    print(f"wrote {result.path} ({result.pages} pages, {result.exhibits} exhibits)")
    return EXIT_OK
