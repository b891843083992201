"""Time and memory of every notebook, as a learner's "Run All" costs them (run by `make bench`).

Each notebook runs top to bottom in a fresh kernel. Per notebook the table gives the wall time of
its cells, that time as a multiple of a bare ``python -c "import tensorflow"`` measured in the
same run (the floor any TensorFlow notebook pays), the kernel process's peak resident memory, and
whether the kernel ended up with TensorFlow imported. The table is printed, written to
build/bench.md, and the exit status is 1 when a budget below is broken.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import statistics
import subprocess
import sys
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path

import nbformat
import psutil
from nbclient import NotebookClient

from helpers.lesson import TENSORFLOW_ENVIRONMENT

ROOT = Path(__file__).resolve().parent.parent
# Both editions: the English notebooks, then the Korean ones (notebooks/ko/, named "ko/...").
NOTEBOOKS = sorted((ROOT / "notebooks").glob("[0-9][0-9]*_*.ipynb")) + sorted(
    (ROOT / "notebooks" / "ko").glob("[0-9][0-9]*_*.ipynb")
)
KOREAN = "ko/"
REPORT = ROOT / "build" / "bench.md"

# Budgets (issue 19): a learner's Run All and every slider move should feel instant.
MAX_SECONDS = 60.0  # per notebook, on any machine
MAX_IMPORT_MULTIPLE = 5.0  # per notebook, times the bare TensorFlow import
MAX_TOTAL_MULTIPLE = 30.0  # all notebooks together, times the import
MAX_PEAK_MIB = 0.8 * 1024  # per notebook kernel that imports TensorFlow
NUMPY_PEAK_MIB = 0.2 * 1024  # per NumPy-only notebook kernel
# Budgets of their own: 07 trains an RNN by hand in NumPy (issue 17), and is held to less.
OWN_BUDGETS = {
    "07_backprop_through_time": {"import_multiple": 2.0, "peak_mib": 0.3 * 1024},
}
# Lessons that teach with NumPy alone: a learner without a working TensorFlow can still do them.
NUMPY_ONLY = {"00_start_here", "01_memory_cell_numpy", "07_backprop_through_time"}
# Seconds per redraw (median of the moves after the first): a slider or a choice, and a
# button that trains (06's Train on a 10-character text); some panels have their own.
WIDGET_SECONDS = {"controls": 1.0, "button": 3.0}
OWN_WIDGET_SECONDS = {"write": 2.0}  # 08's sampling box: 200 characters from a prompt

START_IMPORTS = 3  # bare imports timed before the first notebook, then one before each

# Same settings as the notebooks' setup call, so the baseline pays what they pay.
TF_ENV = TENSORFLOW_ENVIRONMENT
# Run in the kernel after the last cell: which heavy frameworks did the notebook import?
MODULES_PROBE = (
    "import sys, json\n"
    "print(json.dumps(sorted(m for m in ('tensorflow', 'keras') if m in sys.modules)))"
)
# Then: move every slider of every figure panel and time the redraws (widget_moves.py).
WIDGETS_PROBE = (
    f"import json, sys\nsys.path.insert(0, {str(ROOT)!r})\n"
    "from benchmarks.widget_moves import time_panels\n"
    "print(json.dumps(time_panels()))"
)


@dataclass
class WidgetTiming:
    """One figure panel of a notebook: the draw function's name, its kind, each redraw's time."""

    name: str
    kind: str  # "controls" (redrawn on every change) or "button" (figure_on_click)
    seconds: list[float]

    @property
    def median(self) -> float:
        counted = self.seconds[1:] or self.seconds  # the first move warms caches up
        return statistics.median(counted) if counted else 0.0

    @property
    def budget(self) -> float:
        return OWN_WIDGET_SECONDS.get(self.name, WIDGET_SECONDS[self.kind])

    def problem(self) -> str | None:
        if not self.seconds:
            return f"{self.name}: no control could be moved"
        if self.median > self.budget:
            return f"{self.name} redraws in {self.median:.2f} s > {self.budget:g} s"
        return None


@dataclass
class Result:
    name: str
    seconds: float
    peak_mib: float
    frameworks: list[str]
    widgets: list[WidgetTiming] = field(default_factory=list)

    @property
    def lesson(self) -> str:
        """The notebook's stem, whatever its edition: the budgets are the lesson's."""
        return self.name.removeprefix(KOREAN)

    def problems(self, baseline: float) -> list[str]:
        found = []
        own = OWN_BUDGETS.get(self.lesson, {})
        multiple = own.get("import_multiple", MAX_IMPORT_MULTIPLE)
        default_peak = NUMPY_PEAK_MIB if self.lesson in NUMPY_ONLY else MAX_PEAK_MIB
        peak_mib = own.get("peak_mib", default_peak)
        if self.seconds > MAX_SECONDS:
            found.append(f"{self.seconds:.1f} s > {MAX_SECONDS:.0f} s")
        if self.seconds > multiple * baseline:
            found.append(f"{self.seconds / baseline:.1f} x import > {multiple:.0f} x")
        if self.peak_mib > peak_mib:
            found.append(f"{self.peak_mib:.0f} MiB > {peak_mib:.0f} MiB")
        if self.lesson in NUMPY_ONLY and "tensorflow" in self.frameworks:
            found.append("imports TensorFlow, but this lesson must run on NumPy alone")
        found += [problem for widget in self.widgets if (problem := widget.problem())]
        return found


def time_import() -> float:
    """Wall time of one fresh ``python -c "import tensorflow"``."""
    env = {**os.environ, **TF_ENV}
    start = time.perf_counter()
    subprocess.run([sys.executable, "-c", "import tensorflow"], env=env, check=True)
    return time.perf_counter() - start


def import_times(repeats: int) -> list[float]:
    """``repeats`` import times, after one warm-up run that fills the disk cache (the notebooks
    find it warm as well)."""
    time_import()
    return [time_import() for _ in range(repeats)]


class PeakMemory:
    """Samples a process's resident memory in a thread; on Linux also reads the kernel's own
    high-water mark (VmHWM), which catches peaks shorter than the sampling interval."""

    def __init__(self, pid: int, interval: float = 0.05):
        self.process = psutil.Process(pid)
        self.interval = interval
        self.peak = 0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._sample, daemon=True)

    def sample(self) -> bool:
        """Read the resident memory once; False when the process has ended."""
        try:
            self.peak = max(self.peak, self.process.memory_info().rss)
        except psutil.Error:
            return False
        return True

    def _sample(self) -> None:
        while not self._stop.is_set() and self.sample():
            self._stop.wait(self.interval)

    def high_water_mark(self) -> int:
        try:
            status = Path(f"/proc/{self.process.pid}/status").read_text()
        except OSError:
            return 0
        for line in status.splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) * 1024  # reported in kB
        return 0

    def __enter__(self) -> PeakMemory:
        self._thread.start()
        return self

    def __exit__(self, *_exc) -> None:
        self.peak = max(self.peak, self.high_water_mark())
        self._stop.set()
        self._thread.join()


def run_notebook(path: Path) -> Result:
    """Run every cell in a fresh kernel, as "Run All" does, and measure the kernel."""
    notebook = nbformat.read(path, as_version=4)
    notebook.cells.append(nbformat.v4.new_code_cell(MODULES_PROBE))
    notebook.cells.append(nbformat.v4.new_code_cell(WIDGETS_PROBE))
    client = NotebookClient(
        notebook,
        kernel_name="python3",
        timeout=600,
        resources={"metadata": {"path": str(path.parent)}},  # run where the notebook lives
    )
    # The kernel's own log lines (a warning about its TCP transport) are noise here; a failing
    # cell still raises, since its error arrives as a message.
    with client.setup_kernel(stderr=subprocess.DEVNULL):
        pid = client.km.provisioner.process.pid
        *lesson, probe, moves = list(enumerate(notebook.cells))
        with PeakMemory(pid) as memory:  # a slider move counts too: a learner makes it
            start = time.perf_counter()
            for index, cell in lesson:
                client.execute_cell(cell, index)
            seconds = time.perf_counter() - start
            client.execute_cell(probe[1], probe[0])
            client.execute_cell(moves[1], moves[0])
    frameworks = json.loads(probe[1].outputs[0]["text"])
    panels = json.loads(moves[1].outputs[-1]["text"].splitlines()[-1])
    widgets = [WidgetTiming(p["name"], p["kind"], p["seconds"]) for p in panels]
    return Result(notebook_name(path), seconds, memory.peak / 2**20, frameworks, widgets)


def notebook_name(path: Path) -> str:
    """``05b_long_memory``, or ``ko/05b_long_memory`` for the Korean edition's."""
    return f"{KOREAN}{path.stem}" if path.parent.name == "ko" else path.stem


def editions(results: list[Result]) -> dict[str, list[Result]]:
    """The results of each edition run, English first: a learner takes one edition."""
    grouped: dict[str, list[Result]] = {}
    for result in results:
        grouped.setdefault(KOREAN if result.name.startswith(KOREAN) else "", []).append(result)
    return grouped


def seconds(value: float) -> str:
    return f"{value:.1f}" if value >= 0.1 else "< 0.1"


def total_problem(results: list[Result], baseline: float) -> str | None:
    """The whole course's budget, per edition, checked only when all its notebooks were run."""
    for edition, group in editions(results).items():
        total = sum(result.seconds for result in group)
        whole = [p for p in NOTEBOOKS if notebook_name(Path(p)).startswith(KOREAN) == bool(edition)]
        if len(group) == len(whole) and total > MAX_TOTAL_MULTIPLE * baseline:
            return f"no: {total / baseline:.1f} x import > {MAX_TOTAL_MULTIPLE:.0f} x"
    return None


def table(results: list[Result], baseline: float) -> str:
    lines = [
        "| notebook | Run All (s) | × TF import | peak kernel memory (MiB) | imports TensorFlow "
        "| within budget |",
        "|---|---:|---:|---:|---|---|",
    ]
    for result in results:
        problems = result.problems(baseline)
        lines.append(
            f"| {result.name} | {seconds(result.seconds)} | {result.seconds / baseline:.1f} "
            f"| {result.peak_mib:.0f} | {'yes' if 'tensorflow' in result.frameworks else 'no'} "
            f"| {'; '.join(problems) if problems else 'yes'} |"
        )
    for edition, group in editions(results).items():
        total = sum(result.seconds for result in group)
        within = total_problem(group, baseline) or "yes"
        lines.append(
            f"| **all {len(group)}{' ' + edition if edition else ''}** | **{total:.1f}** "
            f"| **{total / baseline:.1f}** | | | {within} |"
        )
    lines += [
        "",
        "| notebook | figure panel | kind | median redraw (s) | slowest (s) | budget (s) |",
        "|---|---|---|---:|---:|---:|",
    ]
    for result in results:
        for widget in result.widgets:
            slowest = max(widget.seconds[1:] or widget.seconds or [0.0])
            lines.append(
                f"| {result.name} | {widget.name} | {widget.kind} | {widget.median:.2f} "
                f"| {slowest:.2f} | {widget.budget:g} |"
            )
    cpus = os.cpu_count()
    own = "; ".join(
        f"{name} ≤ {budget['import_multiple']:g} × the import and ≤ {budget['peak_mib']:.0f} MiB"
        for name, budget in OWN_BUDGETS.items()
    )
    lines += [
        "",
        f'Bare `python -c "import tensorflow"`: {baseline:.2f} s (median of '
        f"{START_IMPORTS + len(results)} imports: {START_IMPORTS} at the start and 1 before each "
        "notebook). "
        f"Python {platform.python_version()}, {cpus} CPU cores.",
        f"Budgets: each notebook ≤ {MAX_IMPORT_MULTIPLE:g} × the import (and ≤ "
        f"{MAX_SECONDS:.0f} s), ≤ {MAX_PEAK_MIB:.0f} MiB with TensorFlow, ≤ "
        f"{NUMPY_PEAK_MIB:.0f} MiB and no TensorFlow for {', '.join(sorted(NUMPY_ONLY))}; {own}; "
        f"all together ≤ {MAX_TOTAL_MULTIPLE:g} × the import. A redraw (median of the moves "
        f"after the first) ≤ {WIDGET_SECONDS['controls']:g} s after a slider or choice, ≤ "
        f"{WIDGET_SECONDS['button']:g} s after a button"
        + "".join(f"; {name} ≤ {limit:g} s" for name, limit in OWN_WIDGET_SECONDS.items())
        + ".",
    ]
    return "\n".join(lines) + "\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "names", nargs="*", help="only notebooks whose file name starts with one of these"
    )
    args = parser.parse_args(argv)
    chosen = [
        p
        for p in NOTEBOOKS
        if not args.names
        or p.name.startswith(tuple(args.names))
        or notebook_name(p).startswith(tuple(args.names))
    ]
    if not chosen:
        parser.error(f"no notebook starts with {args.names}; try e.g. 01 or 05_lstm")
    imports = import_times(repeats=START_IMPORTS)
    print(f"import tensorflow: {statistics.median(imports):.2f} s", flush=True)
    results = []
    for path in chosen:
        # Timed again before each notebook: a shared machine that slows down halfway through
        # would otherwise make the later notebooks look slow against an early, fast import.
        imports.append(time_import())
        results.append(run_notebook(path))
        slowest = max((w.median for w in results[-1].widgets), default=0.0)
        print(
            f"{results[-1].name}: {results[-1].seconds:.1f} s, slowest redraw {slowest:.2f} s",
            flush=True,
        )
    baseline = statistics.median(imports)
    report = table(results, baseline)
    REPORT.parent.mkdir(parents=True, exist_ok=True)
    REPORT.write_text(report, encoding="utf-8")
    print(f"\n{report}\nwritten to {REPORT.relative_to(ROOT)}")
    broken = any(r.problems(baseline) for r in results)
    broken |= total_problem(results, baseline) is not None
    if broken:
        print("A budget is broken: see the last column.", file=sys.stderr)
    return 1 if broken else 0


if __name__ == "__main__":
    sys.exit(main())
