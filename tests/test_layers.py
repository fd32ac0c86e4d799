"""The package's layers, read from the source by AST: every import counts, those inside functions too.

data (tables) <- lang (characters, numerals, names, titles, title grammar) <- roles <- ner; dates
beside them. No unit imports one that imports it back.
"""
from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[1] / "govextract"
# what each low layer may import from govextract (besides itself)
ALLOWED = {
    "data": set(),
    "chunking": set(),
    "intervals": set(),
    "lang": {"data"},
    "normalize": {"data"},
    "roles": {"data", "lang", "document", "tokenizer", "chunking", "intervals"},
    "ner": {"data", "lang", "roles", "tokenizer", "document", "chunking", "intervals"},
}


def _unit(module: str) -> str | None:
    parts = module.split(".")
    return parts[1] if parts[0] == "govextract" and len(parts) > 1 else None


def _imports(path: Path) -> set[str]:
    """govextract modules imported anywhere in a file, relative imports resolved."""
    package = path.relative_to(PACKAGE.parent).with_suffix("").parts
    package = package if path.name == "__init__.py" else package[:-1]
    package = package[:-1] if package[-1] == "__init__" else package
    found = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = list(package[: len(package) - node.level + 1])
                module = ".".join(base + ([node.module] if node.module else []))
            else:
                module = node.module or ""
            found.add(module)
            found.update(f"{module}.{alias.name}" for alias in node.names)  # from . import names
    return {m for m in found if m.startswith("govextract")}


def _graph() -> dict[str, set[str]]:
    graph: dict[str, set[str]] = {}
    for path in PACKAGE.rglob("*.py"):
        unit = _unit(".".join(path.relative_to(PACKAGE.parent).with_suffix("").parts))
        if unit in (None, "__init__", "__main__"):  # the public API and the entry point import everything
            continue
        targets = {_unit(m) for m in _imports(path)} - {None, unit}
        graph.setdefault(unit, set()).update(t for t in targets if t and _is_unit(t))
    return graph


def _is_unit(name: str) -> bool:
    return (PACKAGE / name).is_dir() or (PACKAGE / f"{name}.py").exists()


def test_no_cycle_between_units():
    graph = _graph()
    state: dict[str, int] = {}

    def visit(unit: str, trail: list[str]) -> None:
        state[unit] = 1
        for nxt in sorted(graph.get(unit, ())):
            if state.get(nxt) == 1:
                pytest.fail("import cycle: " + " -> ".join([*trail[trail.index(nxt):], nxt]))
            if nxt not in state:
                visit(nxt, [*trail, nxt])
        state[unit] = 2

    for unit in sorted(graph):
        if unit not in state:
            visit(unit, [unit])


@pytest.mark.parametrize("unit", sorted(ALLOWED))
def test_low_layers_import_only_what_lies_below(unit):
    assert _graph().get(unit, set()) <= ALLOWED[unit]


def test_the_graph_is_read():
    graph = _graph()
    assert "lang" in graph["roles"] and "data" in graph["lang"]
    assert "ner" not in graph["roles"]  # person finding reads roles; roles never reads ner
