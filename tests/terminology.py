"""The Korean edition's terms: 00's glossary is the one source, and the Korean notebooks keep to it.

Each row of the glossary in ``notebooks/00_start_here.ipynb`` gives an English term, the one
Korean term the course uses for it, a line of explanation and, in its last column, names other
texts use that this course does not. In a Korean notebook:

- a name "not used here" may appear only on a line that also has the chosen term (the
  glossary's own row, or a sentence that names it as the other name for the chosen one);
- the first time a chosen term appears in the notebook's prose (outside headings, code and
  formulas), it is followed by its English term in parentheses: ``은닉 상태(hidden state)``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from tests.notebook_files import NOTEBOOK_DIR, read

GLOSSARY = NOTEBOOK_DIR / "00_start_here.ipynb"
ROW = re.compile(
    r"^\| (?P<english>[^|]+?) \| (?P<korean>[^|]+?) \| (?P<line>[^|]+?) \| (?P<other>[^|]*?) ?\|$"
)
HEADER = "| English | 한국어 |"
PARENTHESIS = re.compile(r"\s*\(([^()]*)\)")
# Where a term is not prose: code spans, formulas, link targets, HTML tags.
NOT_PROSE = re.compile(r"`[^`\n]+`|\$\$.+?\$\$|\$[^$\n]+\$|\]\([^)\s]+\)|<[^>\n]+>", re.DOTALL)


@dataclass(frozen=True)
class Term:
    korean: str  # the chosen Korean term
    english: tuple[str, ...]  # what may stand in the parentheses after its first use
    row: str  # the glossary row's English column, to name it


def _split(text: str) -> list[str]:
    """``"A, B (C, D)"`` -> ``["A", "B (C, D)"]``: commas outside parentheses."""
    parts, depth, current = [], 0, ""
    for char in text:
        depth += {"(": 1, ")": -1}.get(char, 0)
        if char == "," and depth == 0:
            parts.append(current.strip())
            current = ""
        else:
            current += char
    return [*parts, current.strip()] if current.strip() else parts


def _plain(text: str) -> str:
    return PARENTHESIS.sub("", text).replace("`", "").strip()


def glossary_rows(path: Path = GLOSSARY) -> list[dict]:
    """Every row of a notebook's glossary tables: english, korean, line, other (names)."""
    rows = []
    for cell in read(path).cells:
        if cell.cell_type != "markdown" or HEADER not in cell.source:
            continue
        for line in cell.source.splitlines():
            match = ROW.match(line)
            if match and match["english"] != "English" and not set(match["english"]) <= {"-"}:
                rows.append(match.groupdict())
    return rows


def terms(rows: list[dict] | None = None) -> tuple[list[Term], dict[str, list[str]]]:
    """The chosen terms, and for each name not used here the chosen terms of its row."""
    chosen, other_names = [], {}
    for row in rows if rows is not None else glossary_rows():
        english_parts = _split(_plain(row["english"]))
        korean_main = _split(_plain(row["korean"]))
        aliases = [a for p in PARENTHESIS.findall(row["english"]) for a in _split(p)]
        paired = len(english_parts) == len(korean_main)
        for i, korean in enumerate(korean_main):
            english = english_parts[i] if paired else row["english"]
            chosen.append(
                Term(korean, (english, *[a.replace("`", "") for a in aliases]), row["english"])
            )
        # A parenthesis on both sides pairs its terms: "baseline (unigram, bigram)".
        english_inner = [_split(p) for p in PARENTHESIS.findall(row["english"])]
        korean_inner = [_split(p) for p in PARENTHESIS.findall(row["korean"])]
        for e_parts, k_parts in zip(english_inner, korean_inner, strict=False):
            if len(e_parts) == len(k_parts):
                chosen += [
                    Term(k, (e,), row["english"]) for e, k in zip(e_parts, k_parts, strict=True)
                ]
        for name in _split(row["other"]):
            other_names[name] = korean_main
    return chosen, other_names


def _masked(text: str, inside: list[str]) -> str:
    """``text`` with every occurrence of the longer terms in ``inside`` blanked out."""
    for longer in sorted(inside, key=len, reverse=True):
        text = text.replace(longer, "\0" * len(longer))
    return text


def terminology_problems(path: Path) -> list[str]:
    """Where a Korean notebook leaves the glossary: names not used here, and chosen terms whose
    first use lacks the English term in parentheses."""
    chosen, other_names = terms()
    korean_terms = [term.korean for term in chosen]
    notebook = read(path)
    where = f"notebooks/ko/{path.name}"
    problems = []
    for cell in notebook.cells:
        for line in cell.source.splitlines():
            for name, its_terms in other_names.items():
                if name in line:
                    rest = line.replace(name, "")
                    if not any(term in rest for term in its_terms):
                        problems.append(
                            f"{where} cell {cell.id!r} writes {name!r}: the glossary's term is "
                            f"{' / '.join(its_terms)!r} ({line.strip()[:80]!r})"
                        )
    prose = [
        (cell.id, NOT_PROSE.sub(lambda m: "\0" * len(m.group()), line))
        for cell in notebook.cells
        if cell.cell_type == "markdown"
        for line in cell.source.splitlines()
        if not line.lstrip().startswith("#")
    ]
    for term in chosen:
        longer = [k for k in korean_terms if term.korean in k and k != term.korean]
        for cell_id, line in prose:
            at = _masked(line, longer).find(term.korean)
            if at < 0:
                continue
            after = line[at + len(term.korean) :]
            inner = re.match(r"\*{0,2}\s?\(([^()]*)\)", after)  # after **bold** too
            said = inner[1].lower().replace("`", "") if inner else ""
            in_table_row = line.lstrip().startswith("|") and any(
                e.lower() in line.lower() for e in term.english
            )
            if not in_table_row and not any(e.lower() in said for e in term.english):
                problems.append(
                    f"{where} cell {cell_id!r}: the first {term.korean!r} should be followed by "
                    f"its English term, as in {term.korean}({term.english[0]}) "
                    f"({line.strip()[:80]!r})"
                )
            break
    return problems
