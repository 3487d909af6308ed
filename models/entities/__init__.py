"""SQLAlchemy entities, one module per aggregate. Importing this package registers every table."""
from models.entities.audit import AuditEntry
from models.entities.base import Base, Record
from models.entities.case_services import CaseService, ServiceOutcome
from models.entities.cases import (
                                         Attachment,
                                         AttachmentKind,
                                         Case,
                                         CaseShare,
                                         CaseStatus,
                                         Category,
                                         Note,
                                         Priority,
                                         ReferredHow,
)
from models.entities.deadlines import StoredObligation
from models.entities.duplicates import NotTheSamePerson, PersonMerge
from models.entities.family import FamilyLink, Relation
from models.entities.imports import Import, ImportMapping, ImportRecord
from models.entities.office import DeviceAlarm, DeviceAuditEntry, OfficeDevice, OfficeEnrolment
from models.entities.persons import BirthRegistration, DocumentKind, IdentityDocument, Person, Sex
from models.entities.proceedings import Proceeding, ProceedingDecision
from models.entities.protection import AsylumClaim, AsylumDecision, Expulsion, RefugeeStatus
from models.entities.quota import EmployerHeadcount, QuotaAllocation
from models.entities.rules import RuleVersionRecord
from models.entities.settings import Setting
from models.entities.stays import Registration, Stay, StayBasis
from models.entities.sync import AppliedChange, OutboxEntry, SyncConflict, SyncLogEntry, SyncState
from models.entities.trafficking import (
                                         Answer,
                                         AssessedBy,
                                         Assessment,
                                         AssessmentOutcome,
                                         Consent,
                                         ConsentMethod,
                                         ConsentPurpose,
                                         ControlMeans,
                                         ExploitationForm,
                                         Organisation,
                                         OrganisationKind,
                                         Recruitment,
                                         Referral,
                                         ReferralEvent,
                                         ReferralStatus,
                                         Screening,
                                         ScreeningAnswer,
                                         TraffickingFacts,
                                         Urgency,
)
from models.entities.users import Role, User
from models.entities.work import (
                                         Contract,
                                         ContractKind,
                                         Employer,
                                         EmployerKind,
                                         Permit,
                                         PermitKind,
                                         WorkCategory,
)

__all__ = [
    "Answer", "AssessedBy", "Assessment", "AssessmentOutcome", "AsylumClaim", "AsylumDecision", "Attachment", "AttachmentKind",
    "AuditEntry", "Base", "BirthRegistration", "FamilyLink", "Relation", "DeviceAlarm", "DeviceAuditEntry", "OfficeDevice", "OfficeEnrolment", "Case", "CaseShare", "CaseStatus", "Category", "Consent", "ConsentMethod",
    "ConsentPurpose", "Contract", "ContractKind", "DocumentKind", "Employer", "EmployerHeadcount", "EmployerKind", "Expulsion",
    "IdentityDocument", "Import", "NotTheSamePerson", "PersonMerge", "ImportMapping", "ImportRecord", "Note", "Organisation", "OrganisationKind", "Permit", "PermitKind", "Person",
    "Priority", "CaseService", "ServiceOutcome", "ReferredHow", "Proceeding", "ProceedingDecision", "QuotaAllocation", "Record", "Referral", "ReferralEvent", "ReferralStatus", "RefugeeStatus",
    "Registration", "Role", "RuleVersionRecord", "Screening", "ScreeningAnswer", "Setting", "Sex", "Stay",
    "StayBasis", "StoredObligation", "AppliedChange", "OutboxEntry", "SyncConflict", "SyncLogEntry", "SyncState", "Urgency", "User", "WorkCategory",
    "ControlMeans", "ExploitationForm", "Recruitment", "TraffickingFacts",
]
