"""What an import did: shared by the import's batches (`writing`) and the service that runs them."""
from __future__ import annotations

import uuid
from dataclasses import dataclass, field


@dataclass
class ImportResult:
    import_id: uuid.UUID
    status: str  # complete, cancelled, failed
    counts: dict[str, int] = field(default_factory=dict)
    resume_row: int | None = None  # the first row not imported, when stopped early
    message: str | None = None

    def as_json(self) -> dict:
        return {"import": str(self.import_id), "status": self.status, "counts": self.counts,
                "resume_row": self.resume_row, "message": self.message}
