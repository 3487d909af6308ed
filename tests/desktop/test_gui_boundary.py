"""Nothing in the GUI talks to the database but `desktop/operations/` (STYLE.md: "Nothing else talks to the
database"; issue 13 item 3). Read with `ast`, so a new inline service call fails here, not in review."""
from __future__ import annotations

import ast
from pathlib import Path

DESKTOP = Path(__file__).resolve().parents[2] / "desktop"
OPERATIONS = ("operations/", "trafficking/operations.py")  # the trafficking tab's writes keep their own module

# What a widget may still import from the core's service and database modules, and why. Class names
# (DTOs, filters, errors: CamelCase) and constants (UPPER_CASE) are data, not calls, and always allowed.
ALLOWED = {
    ("models.services.base", "today"): "today in Almaty: a clock, no database",
    ("models.services.screening", "indicator_set"): "the indicator list from resources/ (TOML), no database",
    ("models.services.directory", "names_of"): "an organisation's names per language from resources/ (TOML), no database",
    ("models.services.screening", "summary"): "counts over a screening already read, no database",
    ("models.db", "environment_error"): "tells environment trouble from a bug in an error already raised",
}
# Opening the database file comes before any workspace (and so any worker) exists.
OPENS_THE_FILE = {"app.py": "the start: which file, unlock or create it",
                  "first_start.py": "the new-database dialog creates and opens the file",
                  "unlock.py": "the passphrase dialog opens the encrypted file"}
SESSION_CALLS = {"reading", "writing", "transaction", "session"}


def _is_data(name: str) -> bool:
    return name[:1].isupper()


def _talks(module: str) -> bool:
    """The core's other modules that open sessions: the import, the office sync and the office server."""
    return module == "models.importing.service" or module.startswith(("models.sync.", "models.server"))


def problems_in(path: Path, root: Path = DESKTOP) -> list[str]:
    relative = path.relative_to(root).as_posix()
    found: list[str] = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            for alias in node.names:
                if alias.name.startswith(("models.services", "models.db")) or _talks(alias.name):
                    found.append(f"{relative}:{node.lineno} imports {alias.name}")
        elif isinstance(node, ast.ImportFrom) and node.module:
            module = node.module
            if module in ("models.services", "models") and any(
                    a.name != "entities" and (module == "models.services" or a.name == "db") for a in node.names):
                if not (module == "models" and relative in OPENS_THE_FILE):
                    found.append(f"{relative}:{node.lineno} imports {module}.{', '.join(a.name for a in node.names)}")
            elif module.startswith("models.services.") or module == "models.db" or _talks(module):
                for alias in node.names:
                    if not _is_data(alias.name) and (module, alias.name) not in ALLOWED:
                        found.append(f"{relative}:{node.lineno} imports {alias.name} from {module}")
            else:
                for alias in node.names:
                    if not _is_data(alias.name) and _talks(f"{module}.{alias.name}"):
                        found.append(f"{relative}:{node.lineno} imports {module}.{alias.name}")
        elif isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and \
                node.func.attr in SESSION_CALLS:
            found.append(f"{relative}:{node.lineno} opens a session (.{node.func.attr}())")
    return found


def test_no_widget_calls_a_service_or_opens_a_session(qapp) -> None:  # qapp: the desktop tests' language fixture
    modules = [p for p in sorted(DESKTOP.rglob("*.py"))
               if not p.relative_to(DESKTOP).as_posix().startswith(OPERATIONS)]
    assert len(modules) > 50
    problems = [problem for path in modules for problem in problems_in(path)]
    assert problems == []


def test_the_check_finds_what_it_forbids(qapp, tmp_path: Path) -> None:
    """The check itself can fail: an inline service call, a session and a service module import are caught."""
    widget = tmp_path / "widget.py"
    widget.write_text("from models.services import cases\nfrom models.services.cases import case_rows\n"
                      "import models.db\nfrom models.services.cases import CaseRow, DUE_SOON_DAYS\n"
                      "from models.importing import service\nfrom models.sync.laptop import sync, SyncResult\n"
                      "def f(db):\n    with db.reading() as session:\n        pass\n", encoding="utf-8")
    found = problems_in(widget, tmp_path)
    assert len(found) == 6, found  # CaseRow, DUE_SOON_DAYS and SyncResult are data: allowed
