"""An import whose program ended under it (killed, a power cut) is shown as stopped, with the row to resume
from, not "running" for ever (issue 26).

A running import's `message` names the process that runs it (computer, process id and a token of this
run of the program); each batch's transaction moves its `resume_row` on. Whoever reads the history later
on the same computer marks it stopped when that process is gone. An import running on another computer
cannot be checked from here and is left as it is.
"""
from __future__ import annotations

import os
import socket
import uuid

from sqlalchemy import select
from sqlalchemy.orm import Session

from models.clock import utcnow
from models.entities import Import
from models.processes import process_exists
from models.services import audit

_RUN = uuid.uuid4().hex[:12]  # this run of the program: a new one after a restart reuses no marker
PREFIX = "running in process "


def marker() -> str:
    """What a running import's message says: which process runs it."""
    return f"{PREFIX}{os.getpid()} on {socket.gethostname()} ({_RUN})"


def _gone(message: str | None) -> bool:
    if not message or not message.startswith(PREFIX):
        return False
    pid_text, _, rest = message[len(PREFIX):].partition(" on ")
    host, _, run = rest.rpartition(" (")
    if host != socket.gethostname() or not pid_text.isdigit():
        return False  # another computer's import: nothing here can tell whether it still runs
    pid = int(pid_text)
    if pid == os.getpid():
        return run != f"{_RUN})"  # the same process id after a restart is another program
    return not process_exists(pid)


def gone(session: Session) -> list[uuid.UUID]:
    """The running imports whose process is gone (a read: the history takes no write lock for nothing)."""
    return [import_id for import_id, message in session.execute(
        select(Import.id, Import.message).where(Import.status == "running")) if _gone(message)]


def mark_stopped(session: Session, user_id: uuid.UUID | None, import_ids: list[uuid.UUID]) -> None:
    """Mark these imports (found `gone`) stopped, with the row to resume from that their last batch saved."""
    for record in session.scalars(select(Import).where(Import.id.in_(import_ids), Import.status == "running")):
        record.status, record.finished_at = "stopped", utcnow()
        record.message = "the program ended during the import"
        audit.record(session, user_id, "import", "imports", record.id, file=record.file_name, status="stopped",
                     counts=dict(record.counts), resume_row=record.resume_row)
