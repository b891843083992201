"""Where the notebooks are, shared by the tests that read them."""

from pathlib import Path

import nbformat

ROOT = Path(__file__).resolve().parent.parent
NOTEBOOK_DIR = ROOT / "notebooks"
NOTEBOOKS = sorted(NOTEBOOK_DIR.glob("[0-9][0-9]*_*.ipynb"))


def read(path: Path) -> nbformat.NotebookNode:
    return nbformat.read(path, as_version=4)


def code_cells(nb: nbformat.NotebookNode) -> list:
    """Code cells with any source: the ones a fresh run executes and numbers."""
    return [c for c in nb.cells if c.cell_type == "code" and c.source.strip()]
