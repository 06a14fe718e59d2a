"""A rule of the structure that import-linter cannot state (its contracts are in pyproject.toml)."""

import ast

from tests.helpers import ROOT

CORE = ROOT / "desktop" / "core"


def _imports_inside_functions(path):
    tree = ast.parse(path.read_text(encoding="utf-8"))
    for function in ast.walk(tree):
        if not isinstance(function, (ast.FunctionDef, ast.AsyncFunctionDef)):
            continue
        for node in ast.walk(function):
            if isinstance(node, ast.ImportFrom) and (node.module or "").startswith("desktop"):
                yield f"{path.name}:{node.lineno} from {node.module}"
            elif isinstance(node, ast.Import) and any(a.name.startswith("desktop") for a in node.names):
                yield f"{path.name}:{node.lineno} import {node.names[0].name}"


def test_no_core_module_imports_a_sibling_inside_a_function():
    """A function-level import hides a dependency (and, before the layered core, an import cycle)."""
    found = [hit for path in sorted(CORE.glob("*.py")) for hit in _imports_inside_functions(path)]
    assert len(list(CORE.glob("*.py"))) > 20
    assert found == []

