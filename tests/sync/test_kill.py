"""`qamqor sync` killed with SIGKILL in the middle of its push, then run again: nothing doubled, nothing lost."""
from __future__ import annotations

import json
import signal
import subprocess
import sys
import time

from sqlalchemy import func, select

from models.entities import Person
from models.server.process import ROOT, environment
from models.sync import laptop
from tests.sync.helpers import make_laptop
from tests.sync.test_push_pull import new_case


def test_a_sync_killed_halfway_is_resumed_without_duplicates_or_loss(tmp_path, office, office_server):
    saule = make_laptop(tmp_path, office, office_server, "saule")
    saule.sync()
    made = {new_case(saule, family_name=f"Убитова{i:03d}")[0].id for i in range(300)}
    waiting = laptop.waiting(saule.db)
    assert waiting >= 600
    saule.db.close()
    command = [sys.executable, "-m", "models.cli", "--db", str(saule.db.path), "sync", "--json"]
    process = subprocess.Popen(command, cwd=ROOT, env=environment(), stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    time.sleep(2.5)  # started, signed in, pushing (its first batches of 500)
    process.send_signal(signal.SIGKILL)
    process.wait(10)
    assert process.returncode == -signal.SIGKILL  # it was still at work when killed
    again = subprocess.run(command, cwd=ROOT, env=environment(), capture_output=True, text=True, timeout=600)
    assert again.returncode == 0, again.stderr
    counts = json.loads(again.stdout)
    assert {"pushed", "pulled", "conflicts", "removed"} <= counts.keys()
    with office.reading() as session:
        names = list(session.scalars(select(Person.family_name).where(Person.family_name.like("Убитова%"))))
        stored = set(session.scalars(select(Person.id).where(Person.id.in_(made))))
        doubled = session.scalar(select(func.count()).select_from(Person).where(Person.family_name.like("Убитова%")))
    assert stored == made and len(names) == 300 == doubled
    from models.db import open_database

    reopened = open_database(saule.db.path)
    try:
        assert laptop.waiting(reopened) == 0
    finally:
        reopened.close()
