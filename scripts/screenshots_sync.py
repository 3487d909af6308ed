"""Screenshots of the office sync as a caseworker sees it, in English, Russian and Kazakh, at 1024x700 and
1600x1000: the connect dialog (and its wrong-fingerprint message), the status bar after a sync, the
conflict banner in a case, and the list of open conflicts.

    QT_QPA_PLATFORM=offscreen .venv/bin/python scripts/screenshots_sync.py [--out docs/screenshots]

Starts its own PostgreSQL cluster and office server (as scripts/sync_simulation.py does), fills the office
with demo data, enrols a supervisor's and a caseworker's laptop, has both change one person's phone
offline, syncs them (a conflict), and drives the real widgets on the caseworker's laptop (before each
screenshot of the status bar the supervisor hands one of her cases to a colleague: the sync removes it).
"""
from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from scripts.screenshots import open_main_window, settle, wait  # noqa: E402

LANGUAGES = ("en", "ru", "kk")
SIZES = ((1024, 700), (1600, 1000))


def prepare(office, server, folder: Path):
    """A supervisor's and a caseworker's laptops, enrolled and synced, with a conflict on one person's phone."""
    from sqlalchemy import select

    from models.db import open_database
    from models.demo import DEMO_PASSWORD
    from models.entities import Case, Role, User
    from models.server.demo import fill_office
    from models.services import accounts, persons
    from models.services.base import Actor
    from models.sync import laptop
    from models.sync.enrolment import enrol

    fill_office(office, persons=60, seed=7)
    with office.reading() as session:
        boss = session.scalars(select(User).where(User.role == Role.supervisor).order_by(User.username)).first()
        case = session.scalars(select(Case).where(Case.caseworker_id.is_not(None), Case.sensitive.is_(False),
                                                  Case.archived_at.is_(None)).order_by(Case.opened_on, Case.id)).first()
        worker = session.get(User, case.caseworker_id)
        boss_name, worker_name, worker_id = boss.username, worker.username, worker.id
        case_id, person_id = case.id, case.person_id
    laptops = {}
    for username, device in ((boss_name, "supervisor-laptop"), (worker_name, "field-laptop-2")):
        db = open_database(folder / f"{username}.db")
        enrol(db, server.url, server.fingerprint, username, DEMO_PASSWORD, device)
        laptop.sync(db)
        actor = accounts.log_in(db, username, DEMO_PASSWORD)
        laptops[username] = (db, actor)
    for (db, actor), phone in zip(laptops.values(), ("+7 701 555 0101", "+7 777 312 4455"), strict=True):
        person = persons.get_person(db, actor, person_id)
        data = person.model_dump(include={"family_name", "given_name", "patronymic", "birth_date", "birth_year",
                                          "sex", "citizenship", "iin", "languages", "address", "region"})
        persons.update_person(db, actor, person_id, person.version, data | {"phone": phone})
    laptop.sync(laptops[boss_name][0])
    laptop.sync(laptops[worker_name][0])  # the second to push: the conflict
    laptop.sync(laptops[boss_name][0])
    boss_db, boss_actor = laptops[boss_name]
    worker_db, worker_actor = laptops[worker_name]
    with office.reading() as session:
        others = [u.id for u in session.scalars(select(User).where(User.role == Role.caseworker,
                                                                     User.id != worker_id))]
        theirs = [c.id for c in session.scalars(select(Case).where(Case.caseworker_id == worker_id,
                                                                   Case.id != case_id, Case.archived_at.is_(None)))]
    return Scene(boss_db, boss_actor, worker_db, Actor(worker_actor.user_id, worker_actor.roles), worker_name,
                 case_id, theirs, others[0])


class Scene:
    """The two laptops, the conflict's case, and the caseworker's other cases (one is reassigned away
    before each screenshot of the status bar, so that the sync says it removed it)."""

    def __init__(self, boss_db, boss_actor, db, actor, username: str, case_id, theirs: list, colleague) -> None:
        self.boss_db, self.boss_actor, self.db, self.actor = boss_db, boss_actor, db, actor
        self.username, self.case_id, self.theirs, self.colleague = username, case_id, theirs, colleague

    def reassign_one(self) -> None:
        """The supervisor hands one of the caseworker's cases to a colleague, on her own laptop, and syncs."""
        from models.schemas.cases import CaseIn
        from models.services import cases
        from models.sync import laptop

        case = cases.get_case(self.boss_db, self.boss_actor, self.theirs.pop())
        data = case.model_dump(include=set(CaseIn.model_fields)) | {"caseworker_id": self.colleague}
        cases.update_case(self.boss_db, self.boss_actor, case.id, case.version, data)
        laptop.sync(self.boss_db)


def shoot(app, out: Path, scene: Scene, name: str, server, lang: str, size: tuple[int, int],
          scratch: Path) -> None:
    from desktop.sync import show_conflicts
    from desktop.sync.connect import ConnectDialog
    from models.db import open_database

    suffix = f"{lang}-{size[0]}"
    scene.reassign_one()
    ws, window = open_main_window(app, scene.db, scene.actor, name, lang, size, scratch)
    status = window.sync_status
    synced: list = []
    status.synced.connect(synced.append)
    wait(app, lambda: bool(synced), timeout=60)  # the sync after sign-in: it removes the reassigned case
    wait(app, ws.worker.idle)
    wait(app, lambda: not window.statusBar().currentMessage(), timeout=10)  # "12 cases in the list" passes
    settle(app)
    window.grab().save(str(out / f"sync-status-{suffix}.png"))

    view = window.open_case(scene.case_id)
    wait(app, lambda: view.conflicts.isVisible(), timeout=30)
    settle(app)
    window.grab().save(str(out / f"sync-banner-{suffix}.png"))

    show_conflicts(window)
    listing = status.dialog
    wait(app, lambda: listing.table.rowCount() > 0, timeout=30)
    listing.resize(min(size[0] - 80, 1100), min(size[1] - 200, 480))
    settle(app)
    listing.grab().save(str(out / f"sync-conflicts-{suffix}.png"))
    listing.close()

    empty = open_database(scratch / f"new-{suffix}.db")
    connect = ConnectDialog(empty, ws.worker, window)
    connect.show()
    connect.address.setText(server.url)
    connect.fingerprint.setText("SHA256:" + "5c" * 32)
    connect.user_name.setText("aigerim.n")
    connect.password.setText("secret password")
    connect.fingerprint.setCursorPosition(0)
    settle(app)
    connect.grab().save(str(out / f"sync-connect-{suffix}.png"))
    connect.submit()
    wait(app, connect.problem.isVisible, timeout=30)
    settle(app)
    connect.grab().save(str(out / f"sync-connect-wrong-{suffix}.png"))
    connect.close()
    wait(app, ws.worker.idle)
    empty.close()
    window.close()
    ws.worker.shutdown()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "screenshots")
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)

    from PySide6.QtWidgets import QApplication

    from desktop.app import choose_actor
    from tests.sync.helpers import private_office

    app = QApplication.instance() or QApplication([])
    # The office's name is the administrator's to choose (`qamqor server init --name`): a Kazakh office's.
    with private_office("qamqor-shots-", name="Алматы") as (office, server, folder):
        scene = prepare(office, server, folder)
        _, full_name = choose_actor(scene.db, scene.username)
        try:
            for lang in LANGUAGES:
                for size in SIZES:
                    shoot(app, args.out, scene, full_name, server, lang, size, folder)
        finally:
            scene.db.close()
            scene.boss_db.close()
    print(f"screenshots in {args.out}")


if __name__ == "__main__":
    main()
