"""How fast an import is on a big office: a benchmark to run by hand, not a test (issue 15).

    .venv/bin/qamqor --db /tmp/import100k.db demo --persons 100000      # once (a few minutes)
    .venv/bin/python scripts/bench_import.py --db /tmp/import100k.db

Copies the database (the import writes), makes a 10,000-row `.xlsx` list in the form offices keep
(Russian headers, dates as 05.03.2024 text and as Excel dates, countries by name, a document, a case and a
current stay on every row, and one row in 20 repeating a person already recorded, by name in Latin
letters), then measures reading the file, the dry run (`service.check`, duplicates against the 100,000
persons included) and the import (`service.run`), and the process's peak memory after each step.
Goal: dry run < 15 s, import < 60 s, memory < 300 MB.
"""
from __future__ import annotations

import argparse
import datetime as dt
import random
import resource
import sqlite3
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

HEADERS = ["ФИО", "Дата рождения", "Пол", "Гражданство", "Номер паспорта", "Категория", "Дата обращения",
           "Дата въезда", "Основание пребывания", "Телефон", "Откуда узнал"]
FAMILY = ["Каримов", "Рахимов", "Юлдашев", "Назаров", "Тошматов", "Сафаров", "Исмоилов", "Абдуллаев", "Мамадалиев",
          "Жумабаев", "Осмонов", "Турсунов", "Бобоев", "Холматов", "Эргашев", "Шарипов", "Хасанов", "Умаров"]
GIVEN = ["Алишер", "Бахтиёр", "Жамшид", "Рустам", "Тимур", "Фаррух", "Шерзод", "Улугбек", "Азамат", "Нурлан",
         "Дилшод", "Сардор", "Бекзод", "Отабек", "Санжар", "Достон", "Ильхом", "Мурод"]
COUNTRIES = ["Узбекистан", "Өзбекстан", "Uzbekistan", "Таджикистан", "Кыргызстан", "KGZ", "Россия", "TJK"]
CATEGORIES = ["трудовой мигрант", "labour migrant", "еңбек мигранты", "беженец", "кандас"]


def peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # Linux: kilobytes


def make_list(path: Path, db_path: Path, rows: int, seed: int) -> None:
    from openpyxl import Workbook

    rng = random.Random(seed)
    with sqlite3.connect(db_path) as conn:
        recorded = conn.execute("SELECT family_name_latin, given_name_latin, birth_date, citizenship FROM persons "
                                "WHERE birth_date IS NOT NULL ORDER BY random() LIMIT ?", (rows // 20,)).fetchall()
    book = Workbook(write_only=True)
    sheet = book.create_sheet("Клиенты")
    sheet.append(["Список клиентов офиса"])
    sheet.append([])
    sheet.append(HEADERS)
    today = dt.date.today()
    for number in range(rows):
        if number % 20 == 0 and recorded:
            family, given, born, country = recorded.pop()
            name, birth = f"{family} {given}", dt.date.fromisoformat(born)
        else:
            name = f"{rng.choice(FAMILY)} {rng.choice(GIVEN)} {rng.choice(GIVEN)}ович"
            birth, country = dt.date(1960, 1, 1) + dt.timedelta(days=rng.randrange(16000)), rng.choice(COUNTRIES)
        entry = today - dt.timedelta(days=rng.randrange(1, 200))
        sheet.append([name, birth.strftime("%d.%m.%Y") if number % 2 else birth, rng.choice(["м", "ж", "male"]),
                      country, f"FB{seed}{number:07d}", rng.choice(CATEGORIES), entry + dt.timedelta(days=3),
                      entry.strftime("%d.%m.%Y"), "безвиз", f"+7 70{rng.randrange(10)} {rng.randrange(10**7):07d}",
                      rng.choice(["от друга", "горячая линия", "", "МОМ"])])
    book.save(path)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--db", required=True, help="the demo database (it is copied, not changed)")
    parser.add_argument("--rows", type=int, default=10_000)
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()
    source = Path(args.db)
    if not source.exists():
        parser.error(f"{source} does not exist: make it with qamqor --db {source} demo --persons 100000")
    with tempfile.TemporaryDirectory(dir=source.parent) as folder:
        work = Path(folder) / "bench.db"
        started = time.perf_counter()
        with sqlite3.connect(source) as src, sqlite3.connect(work) as dst:
            src.backup(dst)
        print(f"copied {source.name} in {time.perf_counter() - started:.1f} s")
        listing = Path(folder) / "list.xlsx"
        make_list(listing, work, args.rows, args.seed)

        from models.db import open_database
        from models.importing import reading, service
        from models.importing.mapping import guess
        from models.services.base import Actor

        db = open_database(work)  # upgraded to the import tables here, before the clock starts
        with db.reading() as session:
            persons = session.connection().exec_driver_sql("SELECT count(*) FROM persons").scalar()
        print(f"{persons:,} persons in the database; {args.rows:,} rows in {listing.name}; "
              f"peak memory before: {peak_mb():.0f} MB")
        actor = Actor.system()

        started = time.perf_counter()
        table = reading.read(listing)
        mapping = guess(table)
        mapping.unmapped_to_note = True
        read_s = time.perf_counter() - started
        started = time.perf_counter()
        dry = service.check(db, actor, table, mapping)
        check_s = time.perf_counter() - started
        print(f"read {len(table.rows):,} rows: {read_s:.1f} s; dry run (with reading): {read_s + check_s:.1f} s "
              f"({len(dry.valid):,} valid, {len(dry.errors)} problems, {len(dry.duplicates)} likely duplicates); "
              f"peak memory {peak_mb():.0f} MB")
        started = time.perf_counter()
        result = service.run(db, actor, dry).value
        import_s = time.perf_counter() - started
        print(f"import: {import_s:.1f} s, {result.status}, {result.counts}; peak memory {peak_mb():.0f} MB")
        goals = (read_s + check_s < 15, import_s < 60, peak_mb() < 300)
        print("goals (dry run < 15 s, import < 60 s, memory < 300 MB):", ", ".join("met" if g else "MISSED"
                                                                                  for g in goals))
        db.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
