"""Moved to models/server/process.py (the simulation and the benchmark use it too); kept for older imports."""
from models.server.process import (  # noqa: F401
    ADMIN,
    ADMIN_PASSWORD,
    ROOT,
    RunningOffice,
    environment,
    init_office,
    qamqor,
    start_office,
)
