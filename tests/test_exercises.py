"""The exercises in notebooks 01 onwards: tagged cells, starter code, a checker, a solution file."""

import ast
import re

import pytest

from tests.notebook_files import NOTEBOOK_DIR, NOTEBOOKS, read

LESSONS = [path for path in NOTEBOOKS if not path.name.startswith("00_")]
LOAD = re.compile(r"`%load (solutions/[\w.]+\.py)`")


def exercise_pairs(nb):
    """(task markdown, starter code) for each exercise, in order."""
    tagged = [c for c in nb.cells if "exercise" in c.metadata.get("tags", [])]
    return list(zip(tagged[::2], tagged[1::2], strict=False)), tagged


@pytest.mark.parametrize("path", LESSONS, ids=lambda p: p.stem)
def test_two_to_four_exercises(path):
    pairs, tagged = exercise_pairs(read(path))
    assert len(tagged) == 2 * len(pairs), "every exercise is a task cell plus a code cell"
    assert 2 <= len(pairs) <= 4, f"{path.name} has {len(pairs)} exercises, expected 2 to 4"


@pytest.mark.parametrize("path", LESSONS, ids=lambda p: p.stem)
def test_each_exercise_has_a_task_a_checked_starter_and_a_solution(path):
    pairs, _ = exercise_pairs(read(path))
    for task, starter in pairs:
        assert task.cell_type == "markdown" and starter.cell_type == "code", task.source[:60]
        assert task.source.startswith("### Exercise"), task.source[:60]
        loads = LOAD.findall(task.source)
        assert len(loads) == 1, f"say once how to %load the solution: {task.source[:60]}"
        solution = NOTEBOOK_DIR / loads[0]
        assert solution.is_file(), f"{loads[0]} does not exist"
        checker = re.search(r"^done = (check_\w+)\(", starter.source, re.MULTILINE)
        assert checker, f"the starter should end by calling a checker: {starter.source[:60]}"
        assert checker.group(1) in solution.read_text(), f"{solution.name} uses another checker"
        # The committed run shows the untouched starter: it runs, and the checker says so.
        assert "raise NotImplementedError" not in starter.source
        text = "".join(o.get("text", "") for o in starter.outputs)
        assert "Not done yet" in text, f"the starter's checker output is {text!r}"
        assert "Correct" not in text, "the committed notebook must not give the answer away"


def test_every_solution_belongs_to_an_exercise():
    loaded = set()
    for path in LESSONS:
        pairs, _ = exercise_pairs(read(path))
        loaded.update(NOTEBOOK_DIR / m for task, _ in pairs for m in LOAD.findall(task.source))
    assert set((NOTEBOOK_DIR / "solutions").glob("*.py")) == loaded


def interface(source: str) -> tuple[list[str], str]:
    """What an exercise asks for: the signatures of the top-level functions the learner fills
    in, and the final checker call (`done = check_...(...)`), with comments and bodies ignored."""
    tree = ast.parse(source)
    calls = [
        ast.unparse(node)
        for node in tree.body
        if isinstance(node, ast.Assign) and ast.unparse(node.targets[0]) == "done"
    ]
    defined = {
        node.name: f"def {node.name}({ast.unparse(node.args)})"
        for node in tree.body
        if isinstance(node, ast.FunctionDef)
    }
    # Only the functions the checker is handed: a solution may add helpers of its own.
    passed = {name for call in calls for name in re.findall(r"\b(\w+)\b", call)}
    return sorted(sig for name, sig in defined.items() if name in passed), calls[-1]


@pytest.mark.parametrize("path", LESSONS, ids=lambda p: p.stem)
def test_starter_and_solution_ask_for_the_same_thing(path):
    """An exercise lives in four places (task text, starter, solution file, checker and its
    tests); this fails until the starter and the solution agree on the functions the learner
    writes and the checker call, so a change made in one place cannot silently miss the other."""
    pairs, _ = exercise_pairs(read(path))
    for task, starter in pairs:
        (solution,) = LOAD.findall(task.source)
        ours = interface((NOTEBOOK_DIR / solution).read_text(encoding="utf-8"))
        assert interface(starter.source) == ours, f"{path.name}: starter and {solution} differ"
