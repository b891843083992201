"""INSTRUCTORS.md says what the notebooks' speaker notes say, and INSTRUCTORS.ko.md what the
Korean edition's say: their per-notebook tables are made from the notebooks
(slides/instructors.py), and this test fails when a guide and its notebooks drift apart."""

import importlib.util

import pytest

from tests.notebook_files import ROOT

spec = importlib.util.spec_from_file_location("instructors", ROOT / "slides" / "instructors.py")
instructors = importlib.util.module_from_spec(spec)
spec.loader.exec_module(instructors)


@pytest.mark.parametrize("language", sorted(instructors.EDITIONS))
def test_the_guide_matches_the_notebooks_speaker_notes(language):
    guide = instructors.EDITIONS[language]["guide"]
    text = guide.read_text(encoding="utf-8")
    assert instructors.updated_guide(text, language) == text, (
        f"{guide.name} differs from the notebooks' titles and speaker notes: run "
        "`python slides/instructors.py`"
    )


@pytest.mark.parametrize("language", sorted(instructors.EDITIONS))
def test_every_notebook_has_its_table(language):
    edition = instructors.EDITIONS[language]
    text = edition["guide"].read_text(encoding="utf-8")
    paths = instructors.notebooks(language)
    assert len(paths) == len(instructors.NOTEBOOKS), "each edition has every notebook"
    for path in paths:
        assert f"({edition['folder']}/{path.name})" in text, path.name
