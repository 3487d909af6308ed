"""`qamqor server …`: the office server (issue 14). Headless; PostgreSQL through `--database URL`.

- `server init --database URL [--folder F]`: the schema (the same migrations as a laptop), the
  certificate and key, the audit trail's key, the first administrator (QAMQOR_ADMIN and
  QAMQOR_ADMIN_PASSWORD, or asked); prints `fingerprint: SHA256:<hex>`. Run again it keeps the
  certificate (laptops pinned it) and the accounts, and only upgrades the schema.
- `server run --database URL --listen HOST:PORT [--folder F]`: serve the HTTPS API until stopped.
- `server demo --database URL --persons N`: demo data and the demo accounts, as `qamqor demo` does.
- `server devices`: every enrolled laptop, revoked or not, and the breaks found in its audit trail.
- `server revoke DEVICE`: a revoked laptop gets nothing more from the office.

The folder (`--folder`, else QAMQOR_SERVER_FOLDER, else `office-server` in the user's data folder) holds
the certificate, its private key and the audit trail's key, all readable by their owner only. Back it up
with the database: without it laptops must be enrolled again and the office's trail cannot be verified.
The database URL may carry a password; it is never printed.
"""
from __future__ import annotations

import argparse
import getpass
import os
import sys
import time
from pathlib import Path

from models.cli.users import ADMIN_NAME, ADMIN_PASSWORD

FOLDER_VARIABLE = "QAMQOR_SERVER_FOLDER"
DATABASE_VARIABLE = "QAMQOR_SERVER_DATABASE"


class ServerRefused(Exception):
    """Printed on one line, exit status 2."""


def add_commands(commands: argparse._SubParsersAction) -> None:
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--database", metavar="URL", default=os.environ.get(DATABASE_VARIABLE),
                        help=f"the office's PostgreSQL database, postgresql://USER@HOST:PORT/NAME "
                             f"(default: {DATABASE_VARIABLE})")
    common.add_argument("--folder", metavar="PATH",
                        help=f"the server's certificate, key and trail key (default: {FOLDER_VARIABLE}, else "
                             "office-server in the user's data folder)")
    parser = commands.add_parser("server", help="the office server on PostgreSQL (init, run, demo, devices, revoke)")
    sub = parser.add_subparsers(dest="server_command", required=True, metavar="COMMAND")
    init = sub.add_parser("init", parents=[common], help="create the schema, the certificate and the first "
                                                         "administrator; print the fingerprint")
    init.add_argument("--name", metavar="TEXT", help="the office's name, shown to laptops")
    init.add_argument("--host", action="append", metavar="NAME", dest="hosts",
                      help="a host name or address the certificate is for (repeat; default: this computer's)")
    init.set_defaults(handler=run_init)
    run = sub.add_parser("run", parents=[common], help="serve the laptops over HTTPS")
    run.add_argument("--listen", metavar="HOST:PORT", default="0.0.0.0:8443",
                     help="where to listen (default 0.0.0.0:8443)")
    run.set_defaults(handler=run_run)
    demo = sub.add_parser("demo", parents=[common], help="fill an empty office with synthetic demo data")
    demo.add_argument("--persons", type=int, default=1000, metavar="N", help="how many persons (default 1000)")
    demo.add_argument("--seed", type=int, default=1, metavar="S", help="random seed: same seed, same data")
    demo.set_defaults(handler=run_demo)
    devices = sub.add_parser("devices", parents=[common], help="the enrolled laptops and their audit trails")
    devices.set_defaults(handler=run_devices)
    revoke = sub.add_parser("revoke", parents=[common], help="stop a laptop from reaching the office")
    revoke.add_argument("device", metavar="DEVICE", help="its id (or the first 6+ digits of it) or its name")
    revoke.set_defaults(handler=run_revoke)


def folder_of(args: argparse.Namespace) -> Path:
    if args.folder:
        return Path(args.folder)
    if env := os.environ.get(FOLDER_VARIABLE):
        return Path(env)
    import platformdirs

    return Path(platformdirs.user_data_dir("Qamqor", appauthor=False)) / "office-server"


def _office(args: argparse.Namespace, *, upgrade: bool = True):
    from models.server.database import open_office

    if not args.database:
        raise ServerRefused(f"give the office's database: --database postgresql://… (or {DATABASE_VARIABLE})")
    try:
        return open_office(args.database, folder=folder_of(args), upgrade=upgrade)
    except Exception as error:
        from sqlalchemy.exc import OperationalError

        if isinstance(error, OperationalError):
            from models.server.database import shown_url

            raise ServerRefused(f"cannot reach the database {shown_url(args.database)}: "
                                f"{str(error.orig).strip().splitlines()[0]}") from None
        raise


def _run(work) -> int:
    from models.db import DatabaseError
    from models.services.errors import ServiceError
    from models.text import printable

    try:
        return int(work() or 0)
    except (ServerRefused, DatabaseError, ServiceError, ValueError) as error:
        print(f"qamqor: {printable(error)}", file=sys.stderr)
        return 2


def _secret(variable: str, prompt: str) -> str:
    if value := os.environ.get(variable):
        return value
    if not sys.stdin.isatty():
        raise ServerRefused(f"set {variable}, or run this command in a terminal to type it")
    typed = getpass.getpass(prompt)
    if getpass.getpass("The same password again: ") != typed:
        raise ServerRefused("the two passwords are not the same")
    return typed


def run_init(args: argparse.Namespace) -> int:
    def work() -> int:
        from models.server import tls
        from models.services import accounts

        office = _office(args)
        try:
            cert, _key = tls.make_certificate(folder_of(args), args.hosts)
            office.audit_key  # noqa: B018  (made now, beside the certificate, rather than at the first write)
            if accounts.needs_setup(office):
                name = os.environ.get(ADMIN_NAME) or (input("Administrator's user name: ").strip()
                                                      if sys.stdin.isatty() else "")
                if not name:
                    raise ServerRefused(f"set {ADMIN_NAME} and {ADMIN_PASSWORD}, or run this in a terminal")
                password = _secret(ADMIN_PASSWORD, f"Password for {name}: ")
                accounts.set_up(office, {"username": name, "full_name": name, "password": password})
                print(f"administrator: {name}")
            else:
                print("administrator: already set up (accounts kept)")
            if args.name:
                _set_office_name(office, args.name)
            print(f"folder: {folder_of(args)}")
            print(f"fingerprint: {tls.fingerprint(cert.read_bytes())}")
        finally:
            office.close()
        return 0

    return _run(work)


def _set_office_name(office, name: str) -> None:
    from models.entities import Setting
    from models.services import audit

    with office.transaction() as session:
        session.merge(Setting(key="office_name", value=" ".join(name.split())[:200]))
        audit.record(session, None, "setting_changed", "settings", None, key="office_name")


def _listen(text: str) -> tuple[str, int]:
    host, _, port = text.rpartition(":")
    if not host or not port.isdigit() or not 0 < int(port) < 65536:
        raise ServerRefused(f"--listen wants HOST:PORT, such as 0.0.0.0:8443 (not '{text}')")
    return host.strip("[]"), int(port)


def run_run(args: argparse.Namespace) -> int:
    def work() -> int:
        from models.server import app, tls

        host, port = _listen(args.listen)
        folder = folder_of(args)
        cert, key = folder / tls.CERTIFICATE_FILE, folder / tls.KEY_FILE
        if not cert.exists() or not key.exists():
            raise ServerRefused(f"no certificate in {folder}: run `qamqor server init` first (same --folder)")
        office = _office(args)
        fingerprint = tls.fingerprint(cert.read_bytes())

        def ready() -> None:
            print(f"listening: https://{host}:{port}", flush=True)
            print(f"fingerprint: {fingerprint}", flush=True)

        try:
            app.serve(office, host, port, cert, key, ready=ready)
        finally:
            office.close()
        return 0

    return _run(work)


def run_demo(args: argparse.Namespace) -> int:
    def work() -> int:
        from models.demo import DEMO_PASSWORD
        from models.server.demo import OfficeDemoError, fill_office

        if args.persons < 1:
            raise ServerRefused("--persons must be at least 1")
        office = _office(args)
        started = time.perf_counter()
        try:
            done = fill_office(office, args.persons, args.seed, progress=_progress)
        except OfficeDemoError as error:
            raise ServerRefused(str(error)) from None
        finally:
            office.close()
        print(f"{done['summary']} in {time.perf_counter() - started:.1f} s")
        print("Trafficking cases: " + ", ".join(f"{count} {what}" for what, count in done["trafficking"].items()))
        by_role: dict[str, list[str]] = {}
        for role, name in done["accounts"]:
            by_role.setdefault(role, []).append(name)
        print(f"Demo accounts (password '{DEMO_PASSWORD}'): " +
              "; ".join(f"{role}: {', '.join(names)}" for role, names in sorted(by_role.items())))
        return 0

    return _run(work)


def _progress(what: str, done: int, total: int) -> None:
    if sys.stderr.isatty():
        print(f"\r{what}: {done:,} of {total:,}", end="" if done < total else "\n", file=sys.stderr, flush=True)


def run_devices(args: argparse.Namespace) -> int:
    def work() -> int:
        from models.server import devices

        office = _office(args, upgrade=False)
        try:
            rows = devices.devices(office)
        finally:
            office.close()
        if not rows:
            print("No laptop is enrolled yet.")
        for row in rows:
            state = f"revoked {row.revoked_at:%Y-%m-%d %H:%M}" if row.revoked_at else "active"
            seen = f"{row.last_seen_at:%Y-%m-%d %H:%M}" if row.last_seen_at else "never"
            trail = "TRAIL BROKEN" if row.trail_broken_at else "trail whole"
            print(f"{row.id}  {row.name}  user {row.user_name}  {state}  last seen {seen} UTC  "
                  f"{row.audit_count} audit entries  {trail}")
            for alarm in row.alarms:
                print(f"    ! {alarm}")
        return 0

    return _run(work)


def run_revoke(args: argparse.Namespace) -> int:
    def work() -> int:
        from models.server import devices
        from models.services.base import Actor

        office = _office(args, upgrade=False)
        try:
            # Whoever runs the server's commands holds its database and folder: an administrator's act.
            row = devices.revoke(office, Actor.system(), devices.find(office, args.device))
        finally:
            office.close()
        print(f"revoked: {row.id} ({row.name}, user {row.user_name})")
        return 0

    return _run(work)
