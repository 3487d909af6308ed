"""The services tab's reads and writes: services given in a case, and who referred the person to us."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject

from desktop.operations import CollectionOp, QueryOp
from desktop.workspace import Workspace
from models.ids import CaseId, ServiceId
from models.services import case_services
from models.services.case_services import ServicesFile

translate = QCoreApplication.translate  # the name lupdate looks for


def services_file(ws: Workspace, *, parent: QObject, case_id: CaseId) -> QueryOp[ServicesFile]:
    return QueryOp(ws, parent=parent, op=lambda db, actor: case_services.services_file(db, actor, case_id))


def save_service(ws: Workspace, *, parent: QObject, case_id: CaseId, service_id: ServiceId | None,
                 version: int | None, data: dict) -> CollectionOp:
    """A new service (service_id None), or a change to one."""
    data = data | {"case_id": case_id}
    if service_id is None or version is None:
        return CollectionOp(ws, parent=parent, op=lambda db, actor: case_services.add_service(db, actor, data)) \
            .undoable(lambda: translate("ServicesPanel", "Add service"))
    return CollectionOp(ws, parent=parent, op=lambda db, actor: case_services.update_service(
        db, actor, service_id, version, data)).undoable(lambda: translate("ServicesPanel", "Change service"))


def archive_service(ws: Workspace, *, parent: QObject, service_id: ServiceId, version: int) -> CollectionOp:
    return CollectionOp(ws, parent=parent, op=lambda db, actor: case_services.archive_service(
        db, actor, service_id, version)).undoable(lambda: translate("ServicesPanel", "Archive service"))
