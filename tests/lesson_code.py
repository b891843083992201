"""Load a notebook's own definitions into a test, so a test runs the code the lesson shows.

``load("05_lstm_and_gru", "recall_model")`` finds the top-level statements that define
``recall_model`` in the notebook's code cells (a ``def``, a class, or an assignment such as
``windows, targets = ...``; every one of them, so a name reassigned later is reassigned here
too), adds the statements that define the names those use, transitively, and the notebook's
imports, and executes them in a fresh namespace, in notebook order. Nothing else of the notebook
runs: no training, no figure, unless a requested name is defined by it. A name the notebook no
longer defines fails with a message that names it, so renaming a function in a lesson cannot
silently detach its test.
"""

from __future__ import annotations

import ast
import builtins
import symtable
from collections.abc import Iterable

from tests.notebook_files import NOTEBOOK_DIR, code_cells, read

BUILTINS = set(dir(builtins))


def _statements(stem: str) -> list[ast.stmt]:
    (path,) = NOTEBOOK_DIR.glob(f"{stem}_*.ipynb")  # "05" is not "05b"
    statements = []
    for cell in code_cells(read(path)):
        source = "\n".join(
            line for line in cell.source.splitlines() if not line.lstrip().startswith(("%", "!"))
        )
        statements += ast.parse(source).body
    return statements


def _defined(statement: ast.stmt) -> list[str]:
    if isinstance(statement, (ast.FunctionDef, ast.ClassDef)):
        return [statement.name]
    if isinstance(statement, ast.Assign):
        names = []
        for target in statement.targets:
            parts = target.elts if isinstance(target, ast.Tuple) else [target]
            names += [part.id for part in parts if isinstance(part, ast.Name)]
        return names
    if isinstance(statement, ast.AnnAssign) and isinstance(statement.target, ast.Name):
        return [statement.target.id]
    return []


def _used(statement: ast.stmt) -> set[str]:
    """Names the statement reads from the notebook's top level (not its functions' locals)."""
    table = symtable.symtable(ast.unparse(statement), "<cell>", "exec")
    names = {symbol.get_name() for symbol in table.get_symbols() if symbol.is_referenced()}
    stack = list(table.get_children())
    while stack:  # functions, classes and comprehensions inside: only what they read globally
        child = stack.pop()
        names |= {
            symbol.get_name()
            for symbol in child.get_symbols()
            if symbol.is_global() or (symbol.is_free() and child.get_type() == "class")
        }
        stack += child.get_children()
    return names - BUILTINS


def load(stem: str, *names: str, overrides: dict | None = None) -> dict:
    """The notebook's definitions of ``names`` and all they depend on, executed; a namespace.

    ``overrides`` replaces top-level values before the definitions run (for example
    ``{"SEED": 0}``), so that a function reading a notebook constant sees another value.
    """
    statements = _statements(stem)
    imports = [s for s in statements if isinstance(s, (ast.Import, ast.ImportFrom))]
    definitions: dict[str, list[ast.stmt]] = {}
    for statement in statements:
        for name in _defined(statement):
            definitions.setdefault(name, []).append(statement)
    overrides = dict(overrides or {})
    needed: set[int] = set()
    pending: list[str] = list(names)
    while pending:
        name = pending.pop()
        if name in overrides:
            continue
        if name not in definitions:
            if name in names:
                raise LookupError(f"notebook {stem} defines no top-level {name!r} any more")
            continue  # an import or a builtin, supplied below
        for statement in definitions[name]:
            if id(statement) not in needed:
                needed.add(id(statement))
                pending += sorted(_used(statement))
    chosen = [s for s in statements if id(s) in needed]
    module = ast.Module(body=imports + chosen, type_ignores=[])
    namespace: dict = dict(overrides)
    exec(compile(module, f"<{stem}>", "exec"), namespace)  # noqa: S102 - the course's own code
    namespace.update(overrides)
    return namespace


def defined_names(stem: str) -> Iterable[str]:
    """Every top-level name the notebook defines (for tests that check what they load)."""
    return {name for statement in _statements(stem) for name in _defined(statement)}
