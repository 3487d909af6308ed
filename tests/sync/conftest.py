"""One office (a database of the test cluster, `qamqor server init` and `qamqor server run`) per test
module: starting a server costs seconds, and each test enrols laptops for users of its own names."""
from __future__ import annotations

import itertools
from collections.abc import Iterator

import pytest

from models.server.cluster import TemporaryCluster
from models.server.database import OfficeDatabase
from tests.sync.helpers import Server, running_server

_numbers = itertools.count(1)


@pytest.fixture(scope="module")
def sync_office(office_cluster: TemporaryCluster, office_template: str,
                tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[OfficeDatabase, Server]]:
    url = office_cluster.create_database(f"sync_office_{next(_numbers)}", template=office_template)
    folder = tmp_path_factory.mktemp("sync-server") / "office"
    with running_server(url, folder) as server:
        office = OfficeDatabase(url, folder=folder)
        yield office, server
        office.close()


@pytest.fixture
def office(sync_office: tuple[OfficeDatabase, Server]) -> OfficeDatabase:
    return sync_office[0]


@pytest.fixture
def office_server(sync_office: tuple[OfficeDatabase, Server]) -> Server:
    return sync_office[1]
