"""The demo office's trafficking facts (HTCDS): every trafficking case has them, they agree with the case's
assessment, and the anonymous export of the demo publishes its victims."""
from __future__ import annotations

import datetime as dt
from collections import Counter

from sqlalchemy import func, select

from models.clock import today
from models.demo import fill_demo
from models.demo_referrals import add_trafficking_work
from models.entities import Assessment, Case, TraffickingFacts
from models.services import htcds
from models.services.base import Actor


def test_the_demo_facts_agree_with_the_assessments_and_export(db, tmp_path) -> None:
    fill_demo(db.engine, persons=2000, seed=1, as_of=today())
    add_trafficking_work(db, as_of=today(), seed=1)
    with db.reading() as session:
        cases = session.scalar(select(func.count()).select_from(Case).where(Case.category == "trafficking_survivor"))
        facts = session.scalars(select(TraffickingFacts)).all()
        latest = {a.case_id: a for a in session.scalars(select(Assessment).order_by(Assessment.assessed_on))}
    assert len(facts) == cases > 0
    assessed = [f for f in facts if f.case_id in latest]
    assert assessed and all((f.identification, f.identified_on) == (latest[f.case_id].outcome,
                                                                     latest[f.case_id].assessed_on) for f in assessed)
    assert Counter(form for f in facts for form in f.exploitation).most_common(1)[0][0] == "labour"
    export = htcds.export_htcds(db, Actor.system(), tmp_path / "demo.csv", dt.date(2000, 1, 1), today())
    assert export.victims > 0 and len(export.result.rows) + export.result.rows_suppressed == export.victims
