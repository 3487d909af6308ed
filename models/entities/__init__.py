"""SQLAlchemy entities, one module per aggregate. Importing this package registers every table."""
from models.entities.audit import AuditEntry
from models.entities.base import Base, Record, utcnow
from models.entities.cases import Attachment, Case, CaseShare, CaseStatus, Category, Note, Priority
from models.entities.deadlines import StoredObligation
from models.entities.persons import DocumentKind, IdentityDocument, Person, Sex
from models.entities.protection import AsylumClaim, AsylumDecision, Expulsion, RefugeeStatus
from models.entities.rules import RuleVersionRecord
from models.entities.settings import Setting
from models.entities.stays import Registration, Stay, StayBasis
from models.entities.users import Role, User
from models.entities.work import Contract, ContractKind, Employer, EmployerKind, Permit, PermitKind, WorkCategory

__all__ = [
    "AsylumClaim", "AuditEntry", "CaseShare", "AsylumDecision", "Attachment", "Base", "Case", "CaseStatus", "Category",
    "Contract", "ContractKind", "DocumentKind", "Employer", "EmployerKind", "Expulsion",
    "IdentityDocument", "Note", "Permit", "PermitKind", "Person", "Priority", "Record",
    "RefugeeStatus", "Registration", "Role", "RuleVersionRecord", "Setting", "Sex", "Stay", "StayBasis", "StoredObligation", "User", "WorkCategory",
    "utcnow",
]
