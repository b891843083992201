"""Write INSTRUCTORS.md's "Notebook by notebook" tables from the notebooks themselves.

The speaker notes live in the notebooks (one source); this copies each notebook's time in class,
learning objectives and, per section, its minutes, "Ask" and "Watch for" into the guide, between
the two marker lines below. `tests/test_instructors.py` fails when the guide and the notebooks
disagree; run `python slides/instructors.py` after changing a notebook's notes.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

import nbformat

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))  # `python slides/instructors.py` from the repository root

from slides.speaker_notes import unwrap  # noqa: E402

GUIDE = ROOT / "INSTRUCTORS.md"
NOTEBOOKS = sorted((ROOT / "notebooks").glob("[0-9][0-9]*_*.ipynb"))
BEGIN = (
    "<!-- Generated from the notebooks by slides/instructors.py: edit the notebooks, not this. -->"
)
END = "<!-- End of the generated part. -->"


def note_field(notes: str, field: str) -> str:
    match = re.search(rf"^- \*\*{field}:\*\* (.*)$", notes, re.MULTILINE)
    if not match:
        raise ValueError(f"speaker notes without a '{field}' line:\n{notes}")
    return match.group(1).strip()


def notebook_section(path: Path) -> str:
    """The guide's part for one notebook: heading, time, objectives and the section table."""
    cells = nbformat.read(path, as_version=4).cells
    title = cells[0].source
    name = title.splitlines()[0].removeprefix("# ").strip()
    time = re.search(r"\*\*Time in class\*\* (about [^.]*)\.", title)
    objectives = re.search(r"\*\*Learning objectives\*\*\n((?:(?:- |  ).*\n?)+)", title)
    if not time or not objectives:
        raise ValueError(f"{path.name}: the title cell needs 'Time in class' and objectives")
    lines = [
        f"### [{name}](notebooks/{path.name})",
        "",
        f"**Time in class:** {time.group(1)}. **Learners will be able to:**",
        objectives.group(1).rstrip(),
        "",
        "| section | min | ask the room | where learners get stuck |",
        "|---|---|---|---|",
    ]
    section = "Opening"
    for cell in cells[1:]:
        heading = re.match(r"## (.+)", cell.source) if cell.cell_type == "markdown" else None
        if heading:
            section = heading.group(1).strip()
        slide_type = cell.metadata.get("slideshow", {}).get("slide_type")
        notes = unwrap(cell.source) if slide_type == "notes" else None
        if notes is not None:
            minutes = note_field(notes, "Time").split()[0]
            ask, stuck = note_field(notes, "Ask"), note_field(notes, "Watch for")
            lines.append(f"| {section} | {minutes} | {ask} | {stuck} |")
    return "\n".join(lines)


def generated() -> str:
    return "\n\n".join(notebook_section(path) for path in NOTEBOOKS)


def updated_guide(text: str) -> str:
    if BEGIN not in text or END not in text:
        raise ValueError(f"{GUIDE.name} lacks the marker lines around the generated part")
    head, rest = text.split(BEGIN, 1)
    _, tail = rest.split(END, 1)
    return f"{head}{BEGIN}\n\n{generated()}\n\n{END}{tail}"


def main() -> int:
    text = GUIDE.read_text(encoding="utf-8")
    new = updated_guide(text)
    if new != text:
        GUIDE.write_text(new, encoding="utf-8")
        print(f"{GUIDE.name}: the notebook-by-notebook tables were updated")
    else:
        print(f"{GUIDE.name}: already matches the notebooks")
    return 0


if __name__ == "__main__":
    sys.exit(main())
