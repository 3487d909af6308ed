"""Issue 13 item 8: no import cycles, and the core (`models/`) never above the GUI.

The import graph is read from the source with `ast`: every import counts, those inside functions too
(hiding a cycle in a function body still fails), except those under `if TYPE_CHECKING:` (never run).
Strongly connected components (Tarjan) of more than one module are the cycles.
"""
from __future__ import annotations

import ast
import subprocess
import sys
from collections.abc import Iterable, Mapping
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
GUI = ("desktop", "PySide6", "shiboken6")

def modules_of(package: str, root: Path = ROOT) -> dict[str, Path]:
    """Every module of `package` (a folder under `root`) by its dotted name; a package by its own name."""
    found = {}
    for file in sorted((root / package).rglob("*.py")):
        parts = list(file.relative_to(root).with_suffix("").parts)
        if parts[-1] == "__init__":
            parts.pop()
        found[".".join(parts)] = file
    return found


def _is_type_checking(node: ast.If) -> bool:
    test = node.test
    return (isinstance(test, ast.Name) and test.id == "TYPE_CHECKING") or \
        (isinstance(test, ast.Attribute) and test.attr == "TYPE_CHECKING")


def imported_names(name: str, file: Path, known: Iterable[str] = ()) -> set[str]:
    """Every dotted name `file` (module `name`) imports, at any depth, `if TYPE_CHECKING:` blocks left out.
    `from a.b import c` gives `a.b.c` if that is one of the `known` modules, else `a.b`."""
    known = set(known)
    package = name.split(".") if file.name == "__init__.py" else name.split(".")[:-1]
    found: set[str] = set()

    def visit(node: ast.AST) -> None:
        if isinstance(node, ast.If) and _is_type_checking(node):
            for child in node.orelse:
                visit(child)
            return
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            if node.level:  # relative: from the package this module is in
                base = package[:len(package) - (node.level - 1)]
                module = ".".join(base + ([node.module] if node.module else []))
            else:
                module = node.module or ""
            # `from pkg import sub` imports the module pkg.sub (and runs pkg/__init__.py first, as importing
            # any module of a package does: not counted); `from pkg import name` imports pkg.
            found.update(f"{module}.{alias.name}" if f"{module}.{alias.name}" in known else module
                         for alias in node.names)
        for child in ast.iter_child_nodes(node):
            visit(child)

    visit(ast.parse(file.read_text(encoding="utf-8"), str(file)))
    return found


def import_graph(modules: Mapping[str, Path]) -> dict[str, set[str]]:
    """module -> the modules among `modules` it imports (a name is mapped to its longest known prefix)."""
    graph = {}
    for name, file in modules.items():
        targets = set()
        for imported in imported_names(name, file, modules):
            while imported and imported not in modules:
                imported = imported.rpartition(".")[0]
            if imported and imported != name:
                targets.add(imported)
        graph[name] = targets
    return graph


def cycles(graph: Mapping[str, Iterable[str]]) -> list[set[str]]:
    """The strongly connected components of more than one module (Tarjan's algorithm, without recursion)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[set[str]] = []
    for start in graph:
        if start in index:
            continue
        work = [(start, iter(graph[start]))]
        index[start] = low[start] = len(index)
        stack.append(start)
        on_stack.add(start)
        while work:
            node, edges = work[-1]
            for target in edges:
                if target not in index:
                    index[target] = low[target] = len(index)
                    stack.append(target)
                    on_stack.add(target)
                    work.append((target, iter(graph.get(target, ()))))
                    break
                if target in on_stack:
                    low[node] = min(low[node], index[target])
            else:
                work.pop()
                if work:
                    low[work[-1][0]] = min(low[work[-1][0]], low[node])
                if low[node] == index[node]:
                    component = set()
                    while True:
                        member = stack.pop()
                        on_stack.discard(member)
                        component.add(member)
                        if member == node:
                            break
                    if len(component) > 1:
                        found.append(component)
    return found


def described(found: list[set[str]], graph: Mapping[str, set[str]]) -> str:
    return "; ".join(" ".join(f"{m} -> {sorted(graph[m] & c)}" for m in sorted(c)) for c in found)


def test_models_has_no_import_cycle() -> None:
    graph = import_graph(modules_of("models"))
    assert len(graph) > 100  # the whole core was read
    found = cycles(graph)
    assert found == [], f"import cycles in models/: {described(found, graph)}"


def test_desktop_has_no_import_cycle() -> None:
    graph = import_graph(modules_of("desktop"))
    assert len(graph) > 50
    found = cycles(graph)
    assert found == [], f"import cycles in desktop/: {described(found, graph)}"


def test_the_cycle_check_finds_a_planted_cycle(tmp_path: Path) -> None:
    """A cycle hidden in a function body is found; one under TYPE_CHECKING is not (it never runs)."""
    package = tmp_path / "planted"
    (package / "sub").mkdir(parents=True)
    (package / "__init__.py").write_text("")
    (package / "sub" / "__init__.py").write_text("")
    (package / "a.py").write_text("from planted import b\n")
    (package / "b.py").write_text("def later():\n    from planted.sub import c\n")
    (package / "sub" / "c.py").write_text("from .. import a\n")  # relative, two levels up
    (package / "d.py").write_text("from typing import TYPE_CHECKING\nif TYPE_CHECKING:\n    from planted import e\n")
    (package / "e.py").write_text("import planted.d\n")
    graph = import_graph(modules_of("planted", tmp_path))
    assert cycles(graph) == [{"planted.a", "planted.b", "planted.sub.c"}]
    assert cycles({"x": {"x"}}) == [] and cycles({"x": {"y"}, "y": {"x"}}) == [{"x", "y"}]


def test_models_never_imports_the_gui_in_its_source() -> None:
    """No import of desktop, PySide6 or shiboken6 anywhere in models/, function bodies included."""
    offending = sorted(
        f"{name}: {imported}" for name, file in modules_of("models").items()
        for imported in imported_names(name, file) if imported.split(".")[0] in GUI)
    assert offending == []


def test_importing_every_core_module_loads_no_gui() -> None:
    names = sorted(name for name in modules_of("models") if not name.endswith("__main__"))
    code = (f"import importlib, sys\nfor name in {names!r}:\n    importlib.import_module(name)\n"
            f"print(len({names!r}))\n"
            f"print(','.join(sorted(m for m in sys.modules if m.split('.')[0] in {GUI!r})))")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, timeout=120)
    assert done.returncode == 0, done.stderr
    count, loaded = done.stdout.split("\n")[:2]
    assert int(count) == len(names) > 100
    assert loaded == ""


def test_the_qamqor_program_is_the_launcher() -> None:
    import tomllib

    scripts = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]["scripts"]
    assert scripts["qamqor"] == "desktop.launcher:main"


def test_the_launcher_hands_a_command_to_the_core_without_qt() -> None:
    code = ("import sys\nfrom desktop.launcher import main\ncode = main(['rules', 'list'])\n"
            "sys.stdout.flush()\n"
            "print('QT' if any(m.startswith('PySide6') for m in sys.modules) else 'NO QT', code)")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, timeout=120)
    assert done.returncode == 0, done.stderr
    assert "registration.deadline" in done.stdout
    assert done.stdout.strip().endswith("NO QT 0")


def test_the_launcher_opens_the_desktop_without_a_command(monkeypatch: pytest.MonkeyPatch) -> None:
    from desktop import launcher

    opened: list[str | None] = []
    monkeypatch.setattr(launcher, "open_desktop", lambda db_path: opened.append(db_path) or 0)
    assert launcher.main(["--db", "office.db"]) == 0
    assert opened == ["office.db"]


def test_the_core_alone_needs_a_command() -> None:
    """`python -m models.cli` without a command prints its usage (it has no desktop to open)."""
    done = subprocess.run([sys.executable, "-m", "models.cli"], capture_output=True, text=True, cwd=ROOT,
                          timeout=60)
    assert done.returncode == 2
    assert "usage: qamqor" in done.stderr and "a command is needed" in done.stderr
