"""`qamqor import FILE [--mapping MAPPING.toml] [--set FIELD=VALUE] [--dry-run] [--json]`, and `qamqor imports`
(history, undo).

Like the other maintenance commands it acts as the system (supervisor and administrator). Without
`--mapping`, columns are mapped from their headers (Russian, Kazakh or English). `--set basis=visa_free`
gives a field a value for every row that has none (the mapping file's `[defaults]`; `--set` wins). A stay
left without a basis is imported with the basis "unknown" (no deadline until it is recorded). `--dry-run` writes
nothing; `--json` prints the dry run (or the import's result) as JSON. Exit status: 0 when every row
passed (or was imported), 1 when some rows have problems or the import stopped early, 2 on bad input.
"""
from __future__ import annotations

import argparse
import json
import sys
import uuid
from pathlib import Path

from models.cli.database import open_db


def add_commands(commands: argparse._SubParsersAction) -> None:
    parser = commands.add_parser("import", help="import persons and cases from an .xlsx or .csv file",
                                 description="Import an office's list from Excel (.xlsx) or CSV: a dry run shows "
                                             "every problem and likely duplicate first.")
    parser.add_argument("file", metavar="FILE", help="the .xlsx or .csv file")
    parser.add_argument("--mapping", metavar="MAPPING.toml", help="which column is which field (default: guessed "
                                                                   "from the headers)")
    parser.add_argument("--set", action="append", default=[], metavar="FIELD=VALUE", dest="defaults",
                        help="a value for every row whose file has no column or a blank cell for FIELD, e.g. "
                             "basis=visa_free (may be repeated)")
    parser.add_argument("--dry-run", action="store_true", help="check every row and write nothing")
    parser.add_argument("--json", action="store_true", help="print the result as JSON")
    parser.add_argument("--sheet", metavar="NAME", help="the workbook's sheet (default: the first)")
    parser.add_argument("--date-order", choices=("dmy", "mdy"), help="how 05/03/2024 is read (default: as the "
                                                                      "mapping says, else guessed, else day first)")
    parser.add_argument("--from-row", type=int, default=0, metavar="ROW", help="resume: leave out the rows before")
    parser.add_argument("--duplicates", choices=("skip", "create"), default="skip",
                        help="rows that may repeat a recorded person or an earlier row (default: skip them)")
    parser.add_argument("--template", action="store_true", help="write an empty template to FILE instead")
    parser.set_defaults(handler=run_import)

    history = commands.add_parser("imports", help="the import history; undo an import")
    history.add_argument("--undo", metavar="IMPORT", help="archive every record this import created")
    history.add_argument("--json", action="store_true", help="print the history as JSON")
    history.set_defaults(handler=run_imports)


def _fail(message: str) -> int:
    print(f"qamqor: {message}", file=sys.stderr)
    return 2


def run_import(args: argparse.Namespace) -> int:
    from models.importing import reading, service, template
    from models.importing.mapping import Mapping, MappingError, guess
    from models.services.base import Actor
    from models.services.errors import ServiceError

    path = Path(args.file)
    if args.template:
        if path.exists():
            return _fail(f"{path} already exists")
        path.write_bytes(template.template())
        print(f"Wrote the template {path}")
        return 0
    try:
        table = reading.read(path, sheet=args.sheet)
        mapping = Mapping.load(args.mapping) if args.mapping else guess(table)
        if args.date_order:
            mapping.date_order = args.date_order
        for given in args.defaults:
            key, equals, value = given.partition("=")
            if not equals:
                raise MappingError(f"--set {given}: write it as FIELD=VALUE, e.g. --set basis=visa_free")
            mapping.set_default(key.strip(), value)
        mapping.default_values()
    except (reading.UnreadableFile, MappingError) as error:
        return _fail(str(error))
    except OSError as error:
        return _fail(f"{error.filename}: {error.strerror}")
    db = open_db(args)
    try:
        actor = Actor.system()
        dry = service.check(db, actor, table, mapping)
        if args.dry_run:
            print(dry.to_json() if args.json else _dry_run_text(dry, table))
            return 0 if not dry.errors else 1
        decisions = {d.row: "create" for d in dry.duplicates} if args.duplicates == "create" else {}
        result = service.run(db, actor, dry, decisions=decisions, start_row=args.from_row).value
    except ServiceError as error:
        return _fail(str(error))
    finally:
        db.close()
    if args.json:
        print(json.dumps(result.as_json() | {"dry_run": dry.as_json()}, ensure_ascii=False, indent=1))
    else:
        print(_dry_run_text(dry, table))
        print(_result_text(result))
    return 0 if result.status == "complete" and not dry.errors else 1


def _dry_run_text(dry, table) -> str:
    lines = [f"{table.info.describe()}; dates read {'day first' if dry.mapping.date_order == 'dmy' else 'month first'}",
             f"{dry.rows} rows, {len(dry.valid)} valid, {len(dry.errors)} problems, "
             f"{len(dry.duplicates)} likely duplicates"]
    if dry.unmapped:
        lines.append("Not imported (no field): " + ", ".join(dry.unmapped))
    for key, value in dry.mapping.defaults.items():
        lines.append(f"For the whole file: {key} = {value} ({dry.filled.get(key, 0)} rows filled)")
    if dry.unknown_basis:
        lines.append(f"{dry.unknown_basis} stays without a basis: imported with the basis \"unknown\", no stay "
                     "deadline until it is recorded (give one with --set basis=...)")
    lines += [f"  row {e.row}, {e.column} {e.value!r}: {e.message}" for e in dry.errors[:200]]
    lines += [f"  row {d.row} may be {d.other} ({d.reason}, {d.match})" for d in dry.duplicates[:200]]
    return "\n".join(lines)


def _result_text(result) -> str:
    counts = ", ".join(f"{v} {k.replace('_', ' ')}" for k, v in result.counts.items())
    text = f"Import {result.import_id}: {result.status}; {counts}"
    if result.resume_row:
        text += f"\nStopped at row {result.resume_row} ({result.message or 'cancelled'}): everything before it " \
                f"is imported. Resume with --from-row {result.resume_row}."
    return text


def run_imports(args: argparse.Namespace) -> int:
    from models.importing import service
    from models.services.base import Actor
    from models.services.errors import ServiceError

    db = open_db(args)
    try:
        actor = Actor.system()
        if args.undo:
            try:
                archived = service.undo(db, actor, uuid.UUID(args.undo)).value
            except ValueError:
                return _fail(f"{args.undo} is not an import's id (see qamqor imports)")
            print(f"Undone: {archived} records archived.")
            return 0
        history = service.imports(db, actor)
    except ServiceError as error:
        return _fail(str(error))
    finally:
        db.close()
    if args.json:
        print(json.dumps([{"import": str(i.import_id), "file": i.file_name, "started_at": i.started_at.isoformat(),
                           "status": i.status, "counts": i.counts, "resume_row": i.resume_row, "user": i.user}
                          for i in history], ensure_ascii=False, indent=1))
    else:
        for i in history:
            print(f"{i.import_id}  {i.started_at:%Y-%m-%d %H:%M}  {i.status:<9}  {i.file_name}  "
                  f"{i.counts.get('persons', 0)} persons, {i.counts.get('cases', 0)} cases")
    return 0
