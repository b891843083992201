"""The notebook benchmark's own logic: budgets, the report, and memory read from another process.

Running the notebooks themselves is `make bench`'s job; these tests stay fast.
"""

import subprocess
import sys
from pathlib import Path

import pytest

from benchmarks import run_notebooks as bench
from benchmarks.run_notebooks import PeakMemory, Result

BASELINE = 4.0  # seconds for a bare `import tensorflow`, as if measured


def result(name="03_rnn_patterns", seconds=10.0, peak_mib=500.0, frameworks=("tensorflow",)):
    return Result(name, seconds, peak_mib, list(frameworks))


def test_a_notebook_within_every_budget_has_no_problem():
    assert result().problems(BASELINE) == []


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        ({"seconds": 61.0}, "61.0 s > 60 s"),
        ({"seconds": 21.0}, "5.2 x import > 5 x"),
        ({"peak_mib": 830.0}, "830 MiB > 819 MiB"),
        # a NumPy-only lesson: 0.2 GiB (issue 19)
        ({"name": "00_start_here", "frameworks": (), "peak_mib": 210.0}, "210 MiB > 205 MiB"),
        ({"name": "01_memory_cell_numpy"}, "must run on NumPy alone"),
        # 07 trains by hand in NumPy: its own, tighter budgets (issue 17)
        (
            {"name": "07_backprop_through_time", "frameworks": (), "peak_mib": 320.0},
            "320 MiB > 307 MiB",
        ),
        (
            {
                "name": "07_backprop_through_time",
                "frameworks": (),
                "seconds": 8.4,
                "peak_mib": 120.0,
            },
            "2.1 x import > 2 x",
        ),
        # 08 and 08b keep no budgets of their own any more (issue 19): the common ones hold
        (
            {"name": "08_char_language_model", "peak_mib": 830.0},
            "830 MiB > 819 MiB",
        ),
        (
            {"name": "08b_overfitting", "seconds": 21.0},
            "5.2 x import > 5 x",
        ),
    ],
)
def test_each_broken_budget_is_named(changes, message):
    problems = result(**changes).problems(BASELINE)
    assert any(message in problem for problem in problems), problems


def test_a_numpy_lesson_may_import_keras_helpers_but_not_tensorflow():
    assert result(name="00_start_here", frameworks=(), peak_mib=150.0).problems(BASELINE) == []


def test_the_report_totals_the_notebooks_and_flags_a_slow_collection(monkeypatch):
    monkeypatch.setattr(bench, "NOTEBOOKS", [f"0{i}_x.ipynb" for i in range(6)])
    fast = [result(seconds=18.0, name=f"0{i}_x") for i in range(6)]  # 108 s = 27 x the import
    report = bench.table(fast, BASELINE)
    total_row = next(line for line in report.splitlines() if line.startswith("| **all"))
    assert total_row == "| **all 6** | **108.0** | **27.0** | | | yes |"
    slow = [result(seconds=19.0 + i, name=f"0{i}_x") for i in range(6)]  # 129 s = 32 x
    assert "no: 32.2 x import > 30 x" in bench.table(slow, BASELINE)
    assert bench.total_problem(slow[:5], BASELINE) is None  # only a whole run is judged


def timing(name="temperature_figure", kind="controls", seconds=(2.5, 0.4, 0.6, 0.5)):
    return bench.WidgetTiming(name, kind, list(seconds))


def test_a_redraw_is_judged_by_the_median_after_the_first_move():
    assert timing().median == 0.5 and timing().problem() is None  # the 2.5 s first is not counted
    slow = timing(seconds=(0.1, 1.2, 1.3, 0.2))
    assert slow.problem() == "temperature_figure redraws in 1.20 s > 1 s"
    button = timing("text_training_figure", "button", (4.0, 2.8, 2.9))
    assert button.problem() is None  # a button that trains has 3 s
    assert timing(seconds=()).problem() == "temperature_figure: no control could be moved"


def test_a_slow_widget_breaks_its_notebooks_budget():
    slow = result(name="06_hihell", seconds=10.0)
    slow.widgets = [timing(seconds=(0.1, 1.5, 1.5))]
    assert slow.problems(BASELINE) == ["temperature_figure redraws in 1.50 s > 1 s"]
    assert "| 06_hihell | temperature_figure | controls | 1.50 | 1.50 | 1 |" in bench.table(
        [slow], BASELINE
    )


def test_every_control_of_a_panel_is_moved_and_timed():
    import ipywidgets as widgets
    import matplotlib.pyplot as plt

    from benchmarks.widget_moves import button_texts, slider_values, time_panels
    from helpers.widgets import PANELS, figure_on_click, interactive_figure

    drawn = []

    def small_figure(n=1, colour="red", text="abc"):
        drawn.append((n, colour, text))
        return plt.figure(figsize=(1, 1))

    PANELS.clear()
    interactive_figure(
        small_figure,
        n=widgets.IntSlider(value=1, min=0, max=10),
        colour=widgets.Dropdown(options=["red", "blue"], value="red"),
    )
    figure_on_click(small_figure, button="Train", text=widgets.Text(value="to be or not"))
    report = time_panels(moves=4)
    PANELS.clear()
    assert [(panel["name"], panel["kind"], len(panel["seconds"])) for panel in report] == [
        ("small_figure", "controls", 4),
        ("small_figure", "button", 4),
    ]
    # the slider and the dropdown in turn, every move a change; then four ten-character texts
    assert drawn[1:5] == [
        (2, "red", "abc"),
        (2, "blue", "abc"),
        (4, "blue", "abc"),
        (4, "red", "abc"),
    ]
    assert [text for _, _, text in drawn[5:]] == [
        "o be or no",
        " be or not",
        "be or nott",
        "e or notto",
    ]
    assert button_texts("ab", 2) == ["bababababa", "ababababab"]
    log_slider = widgets.FloatLogSlider(value=0.5, base=10, min=-1, max=1)  # 0.1 to 10
    assert slider_values(log_slider, 1) == [5.05]  # halfway between 10^-1 and 10^1


def test_an_unknown_notebook_name_is_refused_with_an_example(capsys):
    with pytest.raises(SystemExit):
        bench.main(["99"])
    assert "no notebook starts with ['99']" in capsys.readouterr().err


def test_peak_memory_is_read_from_the_other_process():
    # A child that holds 300 MiB for a moment; the runner itself allocates nothing of the sort.
    code = "import time; block = bytearray(300 * 2**20); print('ready', flush=True); time.sleep(2)"
    child = subprocess.Popen([sys.executable, "-c", code], stdout=subprocess.PIPE, text=True)
    try:
        with PeakMemory(child.pid, interval=0.02) as memory:
            assert child.stdout.readline() == "ready\n"
            sampled = PeakMemory(child.pid)  # a second reader: one sample of the live process
            sampled.sample()
            high_water = memory.high_water_mark()
    finally:
        child.kill()
        child.wait()
    assert memory.peak >= 300 * 2**20, memory.peak
    assert sampled.peak >= 300 * 2**20, sampled.peak
    if sys.platform == "linux":
        assert high_water >= 300 * 2**20, high_water


def test_a_notebook_within_the_common_budgets_has_no_problem():
    ok = result(name="08b_overfitting", seconds=19.9, peak_mib=816.0)
    assert ok.problems(BASELINE) == []


def test_the_import_is_timed_before_every_notebook_and_the_median_is_the_baseline(
    monkeypatch, tmp_path
):
    # A shared machine can slow down halfway through a run: an import timed only at the start
    # would then make the later notebooks look slow. One is timed before each notebook too.
    # A warm-up, three, then one per notebook: 02 and 03 of each edition.
    imports = iter([9.9, 3.0, 3.1, 2.9] + [4.0, 4.2, 2.8, 2.7])
    calls = []

    def time_import():
        calls.append("import")
        return next(imports)

    def run_notebook(path):
        calls.append(path.stem)
        return result(name=path.stem, seconds=1.0)

    monkeypatch.setattr(bench, "time_import", time_import)
    monkeypatch.setattr(bench, "run_notebook", run_notebook)
    monkeypatch.setattr(bench, "REPORT", tmp_path / "bench.md")
    monkeypatch.setattr(bench, "ROOT", tmp_path)  # where the report's path is printed from
    assert bench.main(["02", "03"]) == 0
    warm_up, *rest = calls
    assert rest[:3] == ["import"] * 3 and rest[3::2] == ["import"] * 4
    assert rest[4::2] == [
        "02_keras_simplernn",
        "03_rnn_patterns_and_sequence_prediction",
        "02_keras_simplernn",  # the Korean edition's, after the English ones
        "03_rnn_patterns_and_sequence_prediction",
    ]
    assert (
        "3.00 s (median of 7 imports: 3 at the start and 1 before each notebook)"
        in (tmp_path / "bench.md").read_text()
    )


def test_each_edition_is_totalled_and_judged_on_its_own(monkeypatch):
    names = [f"0{i}_x" for i in range(6)]
    monkeypatch.setattr(
        bench,
        "NOTEBOOKS",
        [Path(f"{n}.ipynb") for n in names] + [Path(f"ko/{n}.ipynb") for n in names],
    )
    english = [result(seconds=18.0, name=n) for n in names]  # 27 x the import
    korean = [result(seconds=21.0, name=f"ko/{n}") for n in names]  # 31.5 x
    report = bench.table(english + korean, BASELINE)
    assert "| **all 6** | **108.0** | **27.0** | | | yes |" in report
    assert "| **all 6 ko/** | **126.0** | **31.5** | | | no: 31.5 x import > 30 x |" in report
    numpy_lesson = result(
        name="ko/07_backprop_through_time", seconds=9.0, peak_mib=100.0, frameworks=()
    )
    assert numpy_lesson.problems(BASELINE) == [
        "2.2 x import > 2 x"
    ]  # a Korean notebook has its lesson's own budgets
