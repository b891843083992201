"""00's glossary is the whole course's: every term any notebook's summary table introduces is in
it, with the same Korean, and no concept has two Korean names."""

import re

from tests.notebook_files import NOTEBOOK_DIR, NOTEBOOKS, read

ROW = re.compile(r"^\| (?P<english>[^|]+?) \| (?P<korean>[^|]+?) \|")
START = NOTEBOOK_DIR / "00_start_here.ipynb"


def term_rows(path) -> list[tuple[str, str]]:
    """(English, Korean) of every row of the notebook's English–Korean term tables."""
    rows = []
    for cell in read(path).cells:
        if cell.cell_type != "markdown" or "| English | 한국어 |" not in cell.source:
            continue
        for line in cell.source.splitlines():
            match = ROW.match(line)
            if match and match["english"] != "English" and not set(match["english"]) <= {"-"}:
                rows.append((match["english"], match["korean"]))
    return rows


def test_the_glossary_has_every_term_of_every_notebook_with_the_same_korean():
    glossary = dict(term_rows(START))
    for path in NOTEBOOKS[1:]:
        rows = term_rows(path)
        assert rows, f"{path.name} has no English–Korean term table in its summary"
        for english, korean in rows:
            assert english in glossary, f"{path.name}: {english!r} is missing from 00's glossary"
            assert glossary[english] == korean, (
                f"{path.name} calls {english!r} {korean!r}, 00's glossary {glossary[english]!r}"
            )


def test_one_korean_name_per_concept():
    glossary = term_rows(START)
    english = [e for e, _ in glossary]
    assert len(english) == len(set(english)), "a term appears twice in 00's glossary"
    korean = [k for _, k in glossary]
    assert len(korean) == len(set(korean)), "two English terms share one Korean name"
    # A concept named by alternatives in the Korean column ("A/B", "A · B") is not allowed:
    # the alternatives go into the glossary's last column, once.
    assert not [k for k in korean if "/" in k], korean
