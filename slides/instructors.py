"""Write INSTRUCTORS.md's "Notebook by notebook" tables from the notebooks themselves, and
INSTRUCTORS.ko.md's from the Korean edition.

The speaker notes live in the notebooks (one source); this copies each notebook's time in class,
learning objectives and, per section, its minutes, "Ask" and "Watch for" into the guide, between
the two marker lines below. `tests/test_instructors.py` fails when a guide and its notebooks
disagree; run `python slides/instructors.py` after changing a notebook's notes.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

import nbformat

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))  # `python slides/instructors.py` from the repository root

from slides.speaker_notes import FIELDS, unwrap  # noqa: E402

GUIDE = ROOT / "INSTRUCTORS.md"
NOTEBOOKS = sorted((ROOT / "notebooks").glob("[0-9][0-9]*_*.ipynb"))
BEGIN = (
    "<!-- Generated from the notebooks by slides/instructors.py: edit the notebooks, not this. -->"
)
END = "<!-- End of the generated part. -->"

# What each edition's title cells and guide say, in its language.
EDITIONS = {
    "en": {
        "guide": GUIDE,
        "folder": "notebooks",
        "time": r"\*\*Time in class\*\* (about [^.]*)\.",
        "objectives": r"\*\*Learning objectives\*\*\n((?:(?:- |  ).*\n?)+)",
        "intro": "**Time in class:** {time}. **Learners will be able to:**",
        "header": "| section | min | ask the room | where learners get stuck |",
        "opening": "Opening",
    },
    "ko": {
        "guide": ROOT / "INSTRUCTORS.ko.md",
        "folder": "notebooks/ko",
        "time": r"\*\*수업 시간\*\* (약 [^.]*)\.",
        "objectives": r"\*\*학습 목표\*\*\n((?:(?:- |  ).*\n?)+)",
        "intro": "**수업 시간:** {time}. **학습자는 다음을 할 수 있게 됩니다:**",
        "header": "| 절 | 분 | 학습자에게 던질 질문 | 학습자가 막히는 곳 |",
        "opening": "도입",
    },
}


def notebooks(language: str) -> list[Path]:
    return sorted((ROOT / EDITIONS[language]["folder"]).glob("[0-9][0-9]*_*.ipynb"))


def note_field(notes: str, field: str) -> str:
    match = re.search(rf"^- \*\*{field}:\*\* (.*)$", notes, re.MULTILINE)
    if not match:
        raise ValueError(f"speaker notes without a '{field}' line:\n{notes}")
    return match.group(1).strip()


def notebook_section(path: Path, language: str = "en") -> str:
    """The guide's part for one notebook: heading, time, objectives and the section table."""
    edition, fields = EDITIONS[language], FIELDS[language]
    cells = nbformat.read(path, as_version=4).cells
    title = cells[0].source
    name = title.splitlines()[0].removeprefix("# ").strip()
    time = re.search(edition["time"], title)
    objectives = re.search(edition["objectives"], title)
    if not time or not objectives:
        raise ValueError(f"{path.name}: the title cell needs its time in class and objectives")
    lines = [
        f"### [{name}]({edition['folder']}/{path.name})",
        "",
        edition["intro"].format(time=time.group(1)),
        objectives.group(1).rstrip(),
        "",
        edition["header"],
        "|---|---|---|---|",
    ]
    section = edition["opening"]
    for cell in cells[1:]:
        heading = re.match(r"## (.+)", cell.source) if cell.cell_type == "markdown" else None
        if heading:
            section = heading.group(1).strip()
        slide_type = cell.metadata.get("slideshow", {}).get("slide_type")
        notes = unwrap(cell.source) if slide_type == "notes" else None
        if notes is not None:
            minutes = re.match(r"[\d–-]+", note_field(notes, fields["time"])).group(0)
            ask, stuck = note_field(notes, fields["ask"]), note_field(notes, fields["watch"])
            lines.append(f"| {section} | {minutes} | {ask} | {stuck} |")
    return "\n".join(lines)


def generated(language: str = "en") -> str:
    return "\n\n".join(notebook_section(path, language) for path in notebooks(language))


def updated_guide(text: str, language: str = "en") -> str:
    if BEGIN not in text or END not in text:
        name = EDITIONS[language]["guide"].name
        raise ValueError(f"{name} lacks the marker lines around the generated part")
    head, rest = text.split(BEGIN, 1)
    _, tail = rest.split(END, 1)
    return f"{head}{BEGIN}\n\n{generated(language)}\n\n{END}{tail}"


def main() -> int:
    for language, edition in EDITIONS.items():
        guide = edition["guide"]
        text = guide.read_text(encoding="utf-8")
        new = updated_guide(text, language)
        if new != text:
            guide.write_text(new, encoding="utf-8")
            print(f"{guide.name}: the notebook-by-notebook tables were updated")
        else:
            print(f"{guide.name}: already matches the notebooks")
    return 0


if __name__ == "__main__":
    sys.exit(main())
