"""A busy office: while every pull slot is taken, a pull is answered "busy" (503 with Retry-After) and
the laptop waits as asked and then gets its rows; no time-out, no error. The real app over HTTPS, in a
thread of the test so that the test can hold the office's pull slots."""
from __future__ import annotations

import contextlib
import threading
import time
from collections.abc import Iterator

import httpx
import uvicorn

from models.server import app, tls
from models.server.cluster import free_port
from models.server.database import OfficeDatabase
from models.sync import office as office_side
from models.sync.client import OfficeClient
from models.sync.enrolment import enrolment_of
from models.sync.transport import HttpOffice
from tests.sync.helpers import make_laptop
from tests.sync.test_push_pull import new_case


@contextlib.contextmanager
def served_here(office: OfficeDatabase) -> Iterator[str]:
    """The office's app on a free loopback port, served by uvicorn in a thread of this process."""
    assert office.folder is not None
    port = free_port()
    config = uvicorn.Config(app.make_app(office), host="127.0.0.1", port=port, log_level="warning",
                            ssl_certfile=str(office.folder / tls.CERTIFICATE_FILE),
                            ssl_keyfile=str(office.folder / tls.KEY_FILE), lifespan="off", access_log=False)
    server = uvicorn.Server(config)
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 30
    while not server.started:
        assert time.monotonic() < deadline and thread.is_alive(), "the in-process office did not start"
        time.sleep(0.05)
    try:
        yield f"https://127.0.0.1:{port}"
    finally:
        server.should_exit = True
        thread.join(timeout=20)


def test_a_busy_office_says_so_and_the_laptop_waits_for_its_rows(tmp_path, office, office_server, monkeypatch):
    dana = make_laptop(tmp_path, office, office_server, "dana")
    dana.sync()
    new_case(dana, family_name="Занятова")
    dana.sync()
    saule = make_laptop(tmp_path, office, office_server, "saule")
    enrolment = enrolment_of(saule.db)
    assert enrolment is not None
    busy_answers = []
    busy = office_side._busy
    monkeypatch.setattr(office_side, "PULL_WAIT", 0.1)
    monkeypatch.setattr(office_side, "_busy", lambda: busy_answers.append(1) or busy())
    with served_here(office) as url:
        client = OfficeClient(url, enrolment.fingerprint, enrolment.token, certificate=enrolment.certificate)
        for _ in range(office_side.PULL_SLOTS):  # every slot taken, as by other laptops' pulls
            assert office_side._pull_slots.acquire(timeout=5)
        with httpx.Client(verify=False) as raw:  # noqa: S501 - only the answer's status is looked at
            answer = raw.get(f"{url}/pull", headers={"Authorization": f"Bearer {enrolment.token}"})
        assert answer.status_code == 503 and answer.json()["code"] == "busy" and answer.headers["retry-after"]
        releaser = threading.Timer(1.5, lambda: [office_side._pull_slots.release()
                                                 for _ in range(office_side.PULL_SLOTS)])
        releaser.start()
        try:
            result = saule.sync(office=HttpOffice(client, str(enrolment.device_id)))
        finally:
            releaser.join()
            client.close()
    assert len(busy_answers) >= 2  # the raw request's, and at least one the laptop waited out
    assert result.pulled > 0
