"""How long a referral letter takes: `qamqor letter` end to end, the letter inside a fresh process,
and a warm letter in a long-lived one (the desktop's preview).

    .venv/bin/python scripts/bench_letter.py [--runs 5] [--pdf-dir DIR]

It builds a throw-away database with one demo trafficking case (demo names and contacts; IOM
Almaty's address as the sources give it), referred in Russian, Kazakh and English, then times:

1. `qamqor letter REF --out F.pdf` as a command, wall clock (interpreter start and imports included);
2. inside a fresh Python process: open the database (schema check included) and make the letter,
   once, cold (fonts registered, templates read) - what `qamqor letter` does after its imports;
3. the same call again in that process, warm (median of --runs).

With --pdf-dir the three letters are written there (docs/screenshots/letter_*.png are made from them
with `pdftoppm -png -r 80`). Not a test: speed is measured here and reported, never asserted.
"""
from __future__ import annotations

import argparse
import datetime as dt
import json
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

REASONS = {
    "ru": "Работодатель в Алматинской области удерживал её паспорт, три месяца не выплачивал заработную плату и "
          "угрожал депортацией, если она пожалуется. Просит помочь вернуться домой.",
    "kk": "Алматы облысындағы жұмыс беруші оның төлқұжатын ұстап қалған, үш ай бойы жалақы төлемеген және "
          "шағымданса, елден шығарамын деп қорқытқан. Үйіне оралуға көмек сұрайды.",
    "en": "The employer in Almaty region kept her passport, did not pay her wages for three months and threatened "
          "her with deportation if she complained. She asks for help to return home.",
}


def build(path: Path) -> dict[str, str]:
    """A database with one demo case referred to IOM Almaty in each language; {lang: reference}."""
    from models.clock import today
    from models.db import open_database
    from models.services import accounts, cases, consent, directory, persons, records, referrals, screening
    from models.services.base import Actor

    db = open_database(path)
    try:
        system = Actor.system()
        caseworker = Actor.of(accounts.create_account(db, system, {
            "username": "aigerim", "full_name": "Айгерім Нұрланқызы Сәрсенбаева", "role": "caseworker",
            "password": "correct horse battery", "phone": "+7 700 000 00 00", "email": "a.sarsenbayeva@example.org"}).value)
        directory.set_office(db, system, {"name": "Общественный фонд «Қамқор-Демо» — кризисный центр",
                                          "name_kk": "«Қамқор-Демо» қоғамдық қоры — дағдарыс орталығы",
                                          "name_en": "Qamqor Demo Public Foundation — crisis centre",
                                          "address": "050000, Алматы, ул. Примерная, 1", "phone": "+7 727 000 00 00",
                                          "email": "office@example.org"})
        on = today()
        person = persons.create_person(db, caseworker, {
            "family_name": "Юсупова", "given_name": "Гулнора", "patronymic": "Рустамовна", "birth_date": "1994-03-07",
            "sex": "female", "citizenship": "UZB", "languages": "uz, ru", "phone": "+7 700 000 11 22",
            "address": "Алматы, Алмалинский район"}).value
        persons.add_document(db, caseworker, {"person_id": person.id, "kind": "passport", "number": "FA1234567",
                                              "issuing_country": "UZB", "issued_on": "2019-05-02",
                                              "expires_on": "2029-05-01"})
        records.add(db, caseworker, "stay", {"person_id": person.id, "entry_date": on - dt.timedelta(days=40),
                                             "basis": "visa_free"})
        case = cases.open_case(db, caseworker, {"person_id": person.id, "category": "trafficking_survivor",
                                                "opened_on": on - dt.timedelta(days=2), "sensitive": True,
                                                "priority": "high"}).value
        screening.record_assessment(db, caseworker, {
            "case_id": case.id, "assessed_on": on - dt.timedelta(days=1), "outcome": "presumed_victim",
            "assessed_by": "ngo", "reasoning": "Documents withheld, wages unpaid, threats of deportation."})
        iom = next(o for o in directory.organisations(db, caseworker) if o.name == "IOM Almaty")
        everything = ["identity", "documents", "contact", "migration", "assessment", "situation"]
        consent.record_consent(db, caseworker, {
            "case_id": case.id, "purpose": "share_data", "organisation_id": iom.id, "scope": everything,
            "given_on": on - dt.timedelta(days=1), "method": "verbal_with_witness", "witness": "Дана Серікқызы"})
        made = {}
        for lang, reason in REASONS.items():
            draft = referrals.create_referral(db, caseworker, {
                "case_id": case.id, "organisation_id": iom.id, "urgency": "urgent", "reason": reason,
                "services": ["return_reintegration", "medical", "psychological", "documents"], "shared": everything}).value
            made[lang] = referrals.send_referral(db, caseworker, draft.id, draft.version, {"sent_on": on}).value.reference
        return made
    finally:
        db.close()


IN_PROCESS = """
import json, statistics, sys, time
started = time.perf_counter()
from models.cli.database import open_db
from models.services import referral_letters, referrals
from models.services.base import Actor
import argparse
imported = time.perf_counter()
db_path, reference, lang, runs = sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4])
t0, c0 = time.perf_counter(), time.process_time()
db = open_db(argparse.Namespace(db=db_path))
opened = time.perf_counter()
actor = Actor.system()
referral_id = referrals.find_by_reference(db, actor, reference).id
pdf = referral_letters.letter(db, actor, referral_id, lang, output="file")
cold, c1 = time.perf_counter(), time.process_time()
warm = []
for _ in range(runs):
    t = time.perf_counter()
    referral_letters.letter(db, actor, referral_id, lang, output="file")
    warm.append(time.perf_counter() - t)
print(json.dumps({"imports": imported - started, "open": opened - t0, "cold_letter": cold - opened,
                  "command_work": cold - t0, "command_cpu": c1 - c0, "warm_median": statistics.median(warm), "bytes": len(pdf)}))
"""


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--pdf-dir", type=Path)
    args = parser.parse_args()
    python = Path(sys.executable)
    qamqor = python.parent / "qamqor"
    with tempfile.TemporaryDirectory(prefix="qamqor-bench-letter-") as folder:
        path = Path(folder) / "bench.db"
        references = build(path)
        print(f"{'lang':4}  {'command':>9}  {'in process: imports':>19}  {'open db':>8}  {'letter (cold)':>13}  "
              f"{'open+letter':>11}  {'(CPU)':>6}  {'letter (warm)':>13}")
        for lang, reference in references.items():
            out = Path(folder) / f"letter_{lang}.pdf"
            walls = []
            for _ in range(args.runs):
                started = time.perf_counter()
                subprocess.run([str(qamqor), "--db", str(path), "letter", reference, "--out", str(out),
                                "--lang", lang], check=True, capture_output=True)
                walls.append(time.perf_counter() - started)
            inside = json.loads(subprocess.run([str(python), "-c", IN_PROCESS, str(path), reference, lang,
                                                str(args.runs)], check=True, capture_output=True, text=True,
                                               cwd=ROOT).stdout)
            print(f"{lang:4}  {statistics.median(walls):8.2f}s  {inside['imports']:18.2f}s  {inside['open']:7.3f}s  "
                  f"{inside['cold_letter']:12.3f}s  {inside['command_work']:10.3f}s  {inside['command_cpu']:5.3f}s  "
                  f"{inside['warm_median']:12.3f}s")
            if args.pdf_dir:
                args.pdf_dir.mkdir(parents=True, exist_ok=True)
                (args.pdf_dir / out.name).write_bytes(out.read_bytes())
    print(f"(medians of {args.runs} runs; 'open+letter' is what `qamqor letter` does after its imports, (CPU) its "
          "processor time, which a busy machine does not inflate)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
