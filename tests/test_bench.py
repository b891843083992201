"""The notebook benchmark's own logic: budgets, the report, and memory read from another process.

Running the notebooks themselves is `make bench`'s job; these tests stay fast.
"""

import subprocess
import sys

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
        ({"seconds": 41.0}, "10.2 x import > 10 x"),
        ({"peak_mib": 1100.0}, "1100 MiB > 1024 MiB"),
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
        # 08 trains a GRU live: 10 x the import, and at most 0.9 GiB (issue 18)
        (
            {"name": "08_char_language_model", "peak_mib": 950.0},
            "950 MiB > 922 MiB",
        ),
        (
            {"name": "08_char_language_model", "seconds": 41.0},
            "10.2 x import > 10 x",
        ),
    ],
)
def test_each_broken_budget_is_named(changes, message):
    problems = result(**changes).problems(BASELINE)
    assert any(message in problem for problem in problems), problems


def test_a_numpy_lesson_may_import_keras_helpers_but_not_tensorflow():
    assert result(name="00_start_here", frameworks=()).problems(BASELINE) == []


def test_the_report_totals_the_notebooks_and_flags_a_slow_collection():
    fast = bench.table([result(seconds=20.0), result(name="04_deep", seconds=30.0)], BASELINE)
    assert "| **all 2** | **50.0** |" in fast and "| yes |" in fast.splitlines()[-4]
    slow = bench.table([result(seconds=50.0, name=f"0{i}_x") for i in range(5)], BASELINE)
    assert "no: > 240 s" in slow


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


def test_08_within_its_own_budgets_has_no_problem():
    ok = result(name="08_char_language_model", seconds=26.1, peak_mib=816.0)
    assert ok.problems(BASELINE) == []
