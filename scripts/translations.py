"""The translator's tool for the Korean edition (notebooks/ko/), which tests/test_translations.py
checks.

    python scripts/translations.py export 01 [FILE]   the Korean notebook's cells as text (the
                                                      English ones where it has no Korean yet)
    python scripts/translations.py import 01 FILE     write notebooks/ko/01_….ipynb from that text,
                                                      each changed cell stamped as translating
                                                      the English cell as it is now
    python scripts/translations.py stamp 01 CELL_ID…  after updating a cell in JupyterLab
    python scripts/translations.py check [01 …]       what the tests would say, per notebook

The text has one block per cell, each opened by a line ``%%%% <cell id> <markdown|code|raw>``, in
the English notebook's order. After an import, run the notebook (``make execute
NOTEBOOKS=notebooks/ko/01_….ipynb``) to record its outputs.
"""

from __future__ import annotations

import copy
import re
import sys
from pathlib import Path

import nbformat

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tests.notebook_files import NOTEBOOK_DIR, read  # noqa: E402
from tests.translation import (  # noqa: E402
    korean_path,
    notebook_problems,
    source_hash,
    stamp,
)

HEADER = re.compile(r"^%%%% (\S+) (markdown|code|raw)$")


def english_notebook(number: str) -> Path:
    found = sorted(NOTEBOOK_DIR.glob(f"{number}_*.ipynb"))
    if len(found) != 1:
        sys.exit(f"no English notebook numbered {number!r} in notebooks/ (try 01 or 05b)")
    return found[0]


def export(number: str, out: str | None) -> None:
    english = english_notebook(number)
    korean = korean_path(english)
    nb = read(korean if korean.exists() else english)
    text = "".join(f"%%%% {cell.id} {cell.cell_type}\n{cell.source}\n" for cell in nb.cells)
    if out:
        Path(out).write_text(text, encoding="utf-8")
    else:
        sys.stdout.write(text)


def parse(text: str) -> list[tuple[str, str, str]]:
    blocks, current = [], None
    for line in text.split("\n"):
        match = HEADER.match(line)
        if match:
            current = [match[1], match[2], []]
            blocks.append(current)
        elif current is None:
            if line.strip():
                sys.exit(f"text before the first %%%% header: {line[:60]!r}")
        else:
            current[2].append(line)
    return [(cid, kind, "\n".join(lines).strip("\n")) for cid, kind, lines in blocks]


def import_(number: str, source: str) -> None:
    english_file = english_notebook(number)
    english = read(english_file)
    blocks = parse(Path(source).read_text(encoding="utf-8"))
    wanted = [(cell.id, cell.cell_type) for cell in english.cells]
    if [(cid, kind) for cid, kind, _ in blocks] != wanted:
        got = [(cid, kind) for cid, kind, _ in blocks]
        missing = [w for w in wanted if w not in got]
        extra = [g for g in got if g not in wanted]
        sys.exit(f"the cells differ from the English notebook's: missing {missing}, extra {extra}")
    korean_file = korean_path(english_file)
    before = {c.id: c for c in read(korean_file).cells} if korean_file.exists() else {}
    korean = copy.deepcopy(english)
    korean.cells = []
    changed = 0
    for english_cell, (cid, _, text) in zip(english.cells, blocks, strict=True):
        cell = copy.deepcopy(english_cell)
        if cell.cell_type == "code":  # run the notebook to fill them: `make execute`
            cell.outputs, cell.execution_count = [], None
        cell.source = text
        old = before.get(cid)
        if old is not None and old.source == text and "translation" in old.metadata:
            cell.metadata["translation"] = old.metadata["translation"]
        else:
            stamp(cell, english_cell)
            changed += 1
        korean.cells.append(cell)
    korean_file.parent.mkdir(parents=True, exist_ok=True)
    nbformat.write(korean, korean_file)
    print(f"wrote {korean_file.relative_to(ROOT)}: {changed} cells stamped as current")


def stamp_cells(number: str, cell_ids: list[str]) -> None:
    english_file = english_notebook(number)
    english = {cell.id: cell for cell in read(english_file).cells}
    korean_file = korean_path(english_file)
    korean = read(korean_file)
    for cid in cell_ids:
        matches = [cell for cell in korean.cells if cell.id == cid]
        if not matches or cid not in english:
            sys.exit(f"no cell {cid!r} in both {english_file.name} and its Korean twin")
        stamp(matches[0], english[cid])
        print(f"{cid}: translates the English cell {source_hash(english[cid].source)}")
    nbformat.write(korean, korean_file)


def check(numbers: list[str]) -> int:
    from tests.terminology import terminology_problems

    paths = [english_notebook(n) for n in numbers] or sorted(
        NOTEBOOK_DIR.glob("[0-9][0-9]*_*.ipynb")
    )
    count = 0
    for path in paths:
        problems = notebook_problems(path)
        if korean_path(path).exists():
            problems += terminology_problems(korean_path(path))
        for problem in problems:
            print(problem)
        count += len(problems)
    print(f"{count} problems in {len(paths)} notebooks")
    return 1 if count else 0


def main(argv: list[str]) -> int:
    if not argv or argv[0] not in {"export", "import", "stamp", "check"}:
        print(__doc__)
        return 2
    command, rest = argv[0], argv[1:]
    if command == "export" and len(rest) in (1, 2):
        export(rest[0], rest[1] if len(rest) == 2 else None)
    elif command == "import" and len(rest) == 2:
        import_(rest[0], rest[1])
    elif command == "stamp" and len(rest) >= 2:
        stamp_cells(rest[0], rest[1:])
    elif command == "check":
        return check(rest)
    else:
        print(__doc__)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
