"""INSTRUCTORS.md says what the notebooks' speaker notes say: its per-notebook tables are made
from the notebooks (slides/instructors.py), and this test fails when the two drift apart."""

import importlib.util

from tests.notebook_files import ROOT

spec = importlib.util.spec_from_file_location("instructors", ROOT / "slides" / "instructors.py")
instructors = importlib.util.module_from_spec(spec)
spec.loader.exec_module(instructors)


def test_the_guide_matches_the_notebooks_speaker_notes():
    text = instructors.GUIDE.read_text(encoding="utf-8")
    assert instructors.updated_guide(text) == text, (
        "INSTRUCTORS.md differs from the notebooks' titles and speaker notes: run "
        "`python slides/instructors.py`"
    )


def test_every_notebook_has_its_table():
    text = instructors.GUIDE.read_text(encoding="utf-8")
    for path in instructors.NOTEBOOKS:
        assert f"(notebooks/{path.name})" in text, path.name
