"""Demo facts of trafficking cases (HTCDS): for each trafficking survivor's case, how she was exploited,
where, recruited and controlled, and whether she is a presumed or identified victim.

Drawn from a generator of each case's own (seeded by the case's id), so that adding these rows leaves every
other demo row as it was. The shares are invented for the demo (labour exploitation the most common, most
of it in Kazakhstan, as the sources describe [001:L73, 004:L274]); they are not statistics.
"""
from __future__ import annotations

import datetime as dt
import json
import random
import uuid
from typing import Any

from models.regions import REGIONS

FORMS = (("labour", 55), ("sexual", 20), ("domestic_servitude", 9), ("forced_begging", 6),
         ("forced_criminality", 5), ("organ_removal", 1), ("other", 4))
COUNTRIES = (("KAZ", 70), ("RUS", 14), ("TUR", 5), ("ARE", 4), ("KOR", 4), ("UZB", 3))
RECRUITMENT = (("acquaintance", 40), ("private_employment_agency", 30), ("online", 20), ("other", 10))
CONTROL = ("withholds_documents", "takes_earnings", "debt_bondage", "threats", "threat_of_law_enforcement",
           "restricts_movement", "isolation", "excessive_working_hours", "physical_abuse", "false_promises")
STATUS = (("presumed_victim", 50), ("identified_victim", 35), ("potential_victim", 10), ("not_a_victim", 5))


def _pick(rng: random.Random, weighted: tuple[tuple[str, int], ...]) -> str:
    return rng.choices([v for v, _ in weighted], [w for _, w in weighted])[0]


def facts_row(case: dict[str, Any], as_of: dt.date) -> dict[str, Any]:
    """The facts of a demo case (`case`: its row as the demo writes it), in the demo's storage format."""
    from models.services.trafficking_facts import facts_id

    case_id = uuid.UUID(case["id"])
    rng = random.Random(case_id.int)
    forms = [_pick(rng, FORMS)]
    if rng.random() < 0.15:
        forms = list(dict.fromkeys([*forms, _pick(rng, FORMS)]))
    country = _pick(rng, COUNTRIES)
    status = _pick(rng, STATUS)
    opened: dt.date = case["opened_on"]
    return {
        "id": facts_id(case_id).hex, "created_at": case["created_at"], "updated_at": case["created_at"],
        "version": 1, "archived_at": None, "created_by": case["created_by"], "updated_by": case["created_by"],
        "case_id": case["id"], "exploitation": json.dumps(forms),
        "exploitation_country": country,
        "exploitation_region": rng.choice(REGIONS).name if country == "KAZ" and rng.random() < 0.8 else None,
        "recruitment": _pick(rng, RECRUITMENT) if rng.random() < 0.9 else None,
        "control": json.dumps(rng.sample(CONTROL, rng.randint(1, 3))),
        "identification": status,
        "identified_on": min(as_of, opened + dt.timedelta(days=rng.randint(0, 45))),
    }
