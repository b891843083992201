"""Where the notebooks are, shared by the tests that read them."""

from pathlib import Path

import nbformat

ROOT = Path(__file__).resolve().parent.parent
NOTEBOOK_DIR = ROOT / "notebooks"
NOTEBOOKS = sorted(NOTEBOOK_DIR.glob("[0-9][0-9]*_*.ipynb"))
# The Korean edition: the same notebooks, translated (tests/translation.py keeps them in step).
KO_NOTEBOOK_DIR = NOTEBOOK_DIR / "ko"
KO_NOTEBOOKS = sorted(KO_NOTEBOOK_DIR.glob("[0-9][0-9]*_*.ipynb"))
BOTH_EDITIONS = NOTEBOOKS + KO_NOTEBOOKS


def edition_name(path: Path) -> str:
    """``01_memory_cell_numpy.ipynb``; ``ko/01_memory_cell_numpy.ipynb`` in the Korean edition."""
    return f"ko/{path.name}" if path.parent == KO_NOTEBOOK_DIR else path.name


def read(path: Path) -> nbformat.NotebookNode:
    return nbformat.read(path, as_version=4)


def code_cells(nb: nbformat.NotebookNode) -> list:
    """Code cells with any source: the ones a fresh run executes and numbers."""
    return [c for c in nb.cells if c.cell_type == "code" and c.source.strip()]
