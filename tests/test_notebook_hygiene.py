"""Every committed notebook is one clean, fresh, deterministic top-to-bottom run.

nbval (in `make test`) re-executes the notebooks and compares outputs; these checks catch what
nbval cannot see, with a message that says what to fix.
"""

import json
import re

import nbformat
import pytest

from tests.notebook_files import (
    BOTH_EDITIONS,
    KO_NOTEBOOK_DIR,
    NOTEBOOKS,
    ROOT,
    code_cells,
    edition_name,
    read,
)

MAX_BYTES = 1_500_000
MACHINE_PATH = re.compile(r"(/root/|/work/|/tmp/|/home/\w+|/Users/\w+|[A-Z]:\\\\Users)")
TF_LOG_LINE = re.compile(
    r"(oneDNN custom operations|absl::|tensorflow/core/|cuda_|^[IWEF]\d{4} )", re.MULTILINE
)
TIMING = re.compile(r"(\d+m?s/step|Wall time|CPU times|\d+\.\d+ ?s elapsed)")
# Keras 2 / TensorFlow 1 spellings that Keras 3 rejects or that teach the old API.
OLD_API = re.compile(
    r"([(,]\s*(batch_input_shape|input_length|input_dim)\s*=|tf\.compat\.v1|"
    r"tf\.contrib|tensorflow\.contrib)"
)
LEGACY_NUMPY_RANDOM = re.compile(r"np\.random\.(?!default_rng\b)\w+\(")
IMPORTS_TF = re.compile(r"^\s*(import|from)\s+(tensorflow|keras)\b", re.MULTILINE)
SETUP_CALL = re.compile(r"setup_lesson\([^)]*\)")

ids = [edition_name(p) for p in BOTH_EDITIONS]
LESSONS = [p for p in BOTH_EDITIONS if not p.name.startswith("00_")]


def test_there_are_notebooks():
    assert [p.name for p in NOTEBOOKS][:2] == ["00_start_here.ipynb", "01_memory_cell_numpy.ipynb"]


def outputs_text(cell) -> str:
    return json.dumps(cell.get("outputs", []))


@pytest.mark.parametrize("path", BOTH_EDITIONS, ids=ids)
def test_valid_small_and_python3(path):
    name = edition_name(path)
    nb = read(path)
    nbformat.validate(nb)
    size = path.stat().st_size
    assert size < MAX_BYTES, f"{name} is {size / 1e6:.2f} MB; keep a notebook under 1.5 MB"
    kernel = nb.metadata.get("kernelspec", {}).get("name")
    assert kernel == "python3", f"{name} uses kernel {kernel!r}, expected 'python3'"


@pytest.mark.parametrize("path", BOTH_EDITIONS, ids=ids)
def test_one_fresh_run(path):
    name = edition_name(path)
    cells = code_cells(read(path))
    counts = [c.execution_count for c in cells]
    assert counts == list(range(1, len(cells) + 1)), (
        f"{name}: execution counts are {counts}; run `make execute` to commit one fresh "
        "top-to-bottom run"
    )
    for n, cell in enumerate(cells, start=1):
        assert "execution" not in cell.metadata, f"{name} cell [{n}] stores timing metadata"


@pytest.mark.parametrize("path", BOTH_EDITIONS, ids=ids)
def test_outputs_are_clean(path):
    name = edition_name(path)
    for n, cell in enumerate(code_cells(read(path)), start=1):
        where = f"{name} cell [{n}]"
        # A cell may show an error only on purpose: tagged so, and nbval then expects it.
        expects_error = "raises-exception" in cell.metadata.get("tags", [])
        errors = [out for out in cell.outputs if out.output_type == "error"]
        if expects_error:
            assert errors, f"{where} is tagged raises-exception but shows no error"
        else:
            assert not errors, f"{where} has an error: {errors[0].get('ename')}"
        for out in cell.outputs:
            if out.output_type == "stream":
                assert out.name != "stderr", f"{where} writes to stderr: {out.text[:120]!r}"
        text = outputs_text(cell)
        for pattern, what in [
            (MACHINE_PATH, "a machine path"),
            (TF_LOG_LINE, "a TensorFlow log"),
            (TIMING, "a timing"),
        ]:
            match = pattern.search(text)
            assert match is None, f"{where} output shows {what}: {match.group(0)!r}"


@pytest.mark.parametrize("path", BOTH_EDITIONS, ids=ids)
def test_current_apis_and_seeds(path):
    name = edition_name(path)
    cells = code_cells(read(path))
    source = "\n".join(c.source for c in cells)
    for n, cell in enumerate(cells, start=1):
        match = OLD_API.search(cell.source)
        assert match is None, f"{name} cell [{n}] uses {match.group(0)!r}: not Keras 3"
        match = LEGACY_NUMPY_RANDOM.search(cell.source)
        assert match is None, (
            f"{name} cell [{n}] uses {match.group(0)!r}; draw from a "
            "seeded np.random.default_rng instead"
        )
    first_import = IMPORTS_TF.search(source)
    if first_import:
        # helpers.lesson.setup_lesson quiets TensorFlow's log and picks its numerics: both are
        # read once, at import, so the call must come first.
        setup = SETUP_CALL.search(source[: first_import.start()])
        assert setup, f"{name}: call setup_lesson(SEED) before importing TensorFlow"
        assert "tensorflow=False" not in setup.group(0), (
            f"{name} imports TensorFlow, so setup_lesson must seed and configure it"
        )


@pytest.mark.parametrize("path", LESSONS, ids=edition_name)
def test_every_lesson_starts_with_the_one_setup_call(path):
    name = edition_name(path)
    first = code_cells(read(path))[0].source
    assert SETUP_CALL.search(first), f"{name}: the first code cell should call setup_lesson"
    assert "set_random_seed" not in first and "np.random.default_rng" not in first, (
        f"{name}: setup_lesson seeds everything; do not seed again in the setup cell"
    )


@pytest.mark.parametrize("path", BOTH_EDITIONS, ids=ids)
def test_title_and_links(path):
    name = edition_name(path)
    nb = read(path)
    first = nb.cells[0]
    number = path.name.split("_")[0]  # "05", or "05b" for the second part of a lesson
    assert first.cell_type == "markdown" and first.source.startswith(f"# {number} · "), (
        f"{name}: the first cell should be the title '# {number} · ...'"
    )
    for cell in nb.cells:
        if cell.cell_type != "markdown":
            continue
        for target in re.findall(r"\]\(([^)#]+\.(?:ipynb|py|md))\)", cell.source):
            assert (path.parent / target).exists(), f"{name} links to missing {target}"


@pytest.mark.parametrize("path", BOTH_EDITIONS, ids=ids)
def test_listed_in_course_maps(path):
    name = edition_name(path)
    korean = path.parent == KO_NOTEBOOK_DIR
    readme = (ROOT / ("README.ko.md" if korean else "README.md")).read_text(encoding="utf-8")
    start = "\n".join(c.source for c in read(path.parent / "00_start_here.ipynb").cells)
    listed = f"notebooks/{name}"
    assert listed in readme, f"{'README.ko.md' if korean else 'README'}'s table lacks {listed}"
    assert f"({path.name})" in start, f"{name}: 00's course map lacks it"
