"""`make test-numerics`: the notebooks re-run under other numerics must still pass nbval.

A number that comes out of training changes in its last digits with the CPU, the thread count,
oneDNN and the BLAS library, so a notebook whose committed outputs only reproduce on the machine
that wrote them fails for everyone else. This re-runs the same nbval comparison as `make test`
once per perturbation below, each standing in for "another machine":

- TensorFlow's thread pools at 1 and at 8 threads (a single core; a larger laptop);
- oneDNN's graph rewrites on, as TensorFlow's default is without the course's setup;
- oneDNN's kernels limited to AVX2 and to AVX, as on CPUs without AVX-512 or without AVX2
  (TensorFlow calls oneDNN for some kernels even with its rewrites off);
- NumPy's OpenBLAS using its Sandybridge kernels (AVX without AVX2) instead of this CPU's.

Usage: ``python tests/numerics.py [NAME ...] -- PYTEST_ARGS`` runs pytest with PYTEST_ARGS once
per perturbation (all of them without NAME) and exits 1 if any run failed. With ``--report``
instead of PYTEST_ARGS it executes the notebooks under every perturbation, with nbclient, and
writes build/numerics.md: every printed line that differs from the unperturbed run, so that a
tolerance can be chosen from what actually moves.
"""

from __future__ import annotations

import argparse
import difflib
import os
import re
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
NOTEBOOKS = sorted((ROOT / "notebooks").glob("[0-9][0-9]*_*.ipynb"))
LOGS = ROOT / "build" / "numerics"
REPORT = ROOT / "build" / "numerics.md"

# Environment variables each perturbation sets. TensorFlow reads its thread counts and
# TF_ENABLE_ONEDNN_OPTS once, at import; oneDNN reads ONEDNN_MAX_CPU_ISA and OpenBLAS reads
# OPENBLAS_CORETYPE once, when loaded. helpers.lesson.setup_lesson keeps what is set here.
PERTURBATIONS: dict[str, dict[str, str]] = {
    "tf-threads-1": {
        "TF_NUM_INTRAOP_THREADS": "1",
        "TF_NUM_INTEROP_THREADS": "1",
        "OMP_NUM_THREADS": "1",
        "OPENBLAS_NUM_THREADS": "1",
    },
    "tf-threads-8": {"TF_NUM_INTRAOP_THREADS": "8", "TF_NUM_INTEROP_THREADS": "8"},
    "onednn-on": {"TF_ENABLE_ONEDNN_OPTS": "1"},
    "cpu-avx2": {"ONEDNN_MAX_CPU_ISA": "AVX2"},
    "cpu-avx": {"ONEDNN_MAX_CPU_ISA": "AVX"},
    "openblas-sandybridge": {"OPENBLAS_CORETYPE": "Sandybridge"},
}
FAILED_CELL = re.compile(r"^FAILED (\S+?)::(Cell \d+)", re.MULTILINE)
TRAINED_NUMBER = re.compile(r"≈ *[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?%?")


def environment(name: str) -> dict[str, str]:
    """This process's environment with perturbation ``name`` applied."""
    if name not in PERTURBATIONS:
        raise SystemExit(f"unknown perturbation {name!r}; choose from {', '.join(PERTURBATIONS)}")
    return {**os.environ, **PERTURBATIONS[name]}


def run_tests(names: list[str], pytest_args: list[str]) -> int:
    """pytest ``pytest_args`` once per perturbation; a summary line each; 1 if any failed."""
    LOGS.mkdir(parents=True, exist_ok=True)
    failures = {}
    for name in names:
        settings = " ".join(f"{k}={v}" for k, v in PERTURBATIONS[name].items())
        print(f"test-numerics: {name} ({settings}) ...", flush=True)
        start = time.monotonic()
        run = subprocess.run(
            [sys.executable, "-m", "pytest", "-p", "no:cacheprovider", "-q", *pytest_args],
            cwd=ROOT, env=environment(name), capture_output=True, text=True,
        )  # fmt: skip
        log = LOGS / f"{name}.log"
        log.write_text(run.stdout + run.stderr)
        cells = FAILED_CELL.findall(run.stdout)
        summary = run.stdout.strip().splitlines()[-1] if run.stdout.strip() else "no output"
        print(f"  {summary} in {time.monotonic() - start:.0f} s (log: {log.relative_to(ROOT)})")
        for notebook, cell in cells:
            print(f"  moved: {notebook} {cell}")
        if run.returncode != 0:
            failures[name] = cells
    if failures:
        print(f"test-numerics: outputs moved under {', '.join(failures)}: see the logs above")
        return 1
    print(f"test-numerics: every output held under all {len(names)} perturbations")
    return 0


# --- --report: what moves, line by line ----------------------------------------------------------


def printed_lines(path: Path) -> list[tuple[int, str]]:
    """``(code cell number, line)`` for every line of text a notebook's code cells printed.

    Consecutive printed chunks of one stream are joined first, as nbval does: where a kernel
    happened to flush them is not part of the output.
    """
    import nbformat

    notebook = nbformat.read(path, as_version=4)
    lines = []
    code_cells = [cell for cell in notebook.cells if cell.cell_type == "code"]
    for number, cell in enumerate(code_cells, start=1):
        texts: list[list[str]] = []  # [stream name or mime type, text]
        for output in cell.get("outputs", []):
            if output.output_type == "stream":
                if texts and texts[-1][0] == output.name:
                    texts[-1][1] += output.text
                else:
                    texts.append([output.name, output.text])
                continue
            data = output.get("data", {})
            # A widget's text is its repr, with its model's state, not what a learner reads.
            if "application/vnd.jupyter.widget-view+json" not in data:
                texts.append(["text/plain", data.get("text/plain", "")])
        for name, text in texts:
            prefix = "[stderr] " if name == "stderr" else ""
            lines += [(number, prefix + line) for line in text.splitlines()]
    return lines


def execute_all(name: str | None, into: Path) -> None:
    """Run every notebook in a fresh kernel with perturbation ``name`` (None: as it is)."""
    env = os.environ if name is None else environment(name)
    code = (
        "import sys, nbformat; from nbclient import NotebookClient\n"
        "for source, target in zip(sys.argv[1::2], sys.argv[2::2]):\n"
        "    nb = nbformat.read(source, as_version=4)\n"
        "    NotebookClient(nb, timeout=600, kernel_name='python3',\n"
        "                   resources={'metadata': {'path': 'notebooks'}}).execute()\n"
        "    nbformat.write(nb, target)\n"
    )
    pairs = [str(item) for path in NOTEBOOKS for item in (path, into / path.name)]
    into.mkdir(parents=True, exist_ok=True)
    run = subprocess.run(
        [sys.executable, "-c", code, *pairs], cwd=ROOT, env=env, capture_output=True, text=True
    )
    if run.returncode != 0:
        raise SystemExit(f"executing the notebooks failed:\n{run.stderr[-3000:]}")


def report(names: list[str]) -> int:
    """Execute the notebooks as they are and under each perturbation; tabulate what moved."""
    rows = []
    with tempfile.TemporaryDirectory() as scratch:
        print("numerics report: the unperturbed run ...", flush=True)
        execute_all(None, Path(scratch) / "unperturbed")
        for name in names:
            print(f"numerics report: {name} ...", flush=True)
            execute_all(name, Path(scratch) / name)
            for path in NOTEBOOKS:
                here = printed_lines(Path(scratch) / "unperturbed" / path.name)
                there = printed_lines(Path(scratch) / name / path.name)
                rows += moved_lines(name, path.stem, here, there)
    lines = [
        "# Outputs that moved under perturbed numerics",
        "",
        "Every printed line that differs from the unperturbed run of the same code on this",
        "machine; `trained` says whether all of its differences are numbers marked with ≈ (which",
        "nbval does not compare).",
        "",
        "| perturbation | notebook | cell | unperturbed | perturbed | trained |",
        "|---|---|---:|---|---|---|",
        *rows,
    ]
    REPORT.parent.mkdir(parents=True, exist_ok=True)
    REPORT.write_text("\n".join(lines) + "\n")
    print("\n".join(lines))
    print(f"numerics report: {len(rows)} lines moved; written to {REPORT.relative_to(ROOT)}")
    return 0


def moved_lines(name: str, stem: str, here: list, there: list) -> list[str]:
    """Table rows for the lines of ``there`` that differ from ``here``."""
    rows = []
    matcher = difflib.SequenceMatcher(a=here, b=there, autojunk=False)
    for tag, a0, a1, b0, b1 in matcher.get_opcodes():
        if tag == "equal":
            continue
        old, new = here[a0:a1], there[b0:b1]
        for k in range(max(len(old), len(new))):
            before = old[k] if k < len(old) else None
            after = new[k] if k < len(new) else None
            cell = (before or after)[0]
            masked = (
                before is not None
                and after is not None
                and TRAINED_NUMBER.sub("≈", before[1]) == TRAINED_NUMBER.sub("≈", after[1])
            )
            rows.append(
                f"| {name} | {stem} | {cell} | {quoted(before)} | {quoted(after)} | "
                f"{'yes' if masked else '**no**'} |"
            )
    return rows


def quoted(line: tuple[int, str] | None) -> str:
    return "(none)" if line is None else "`" + line[1].strip().replace("|", "\\|") + "`"


def main(argv: list[str]) -> int:
    if "--" in argv:
        split = argv.index("--")
        argv, pytest_args = argv[:split], argv[split + 1 :]
    else:
        pytest_args = []
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("names", nargs="*", help=f"perturbations: {', '.join(PERTURBATIONS)}")
    parser.add_argument("--report", action="store_true", help="write build/numerics.md")
    args = parser.parse_args(argv)
    names = args.names or list(PERTURBATIONS)
    for name in names:
        environment(name)  # an unknown name stops here, before anything runs
    if args.report:
        return report(names)
    if not pytest_args:
        parser.error("give the pytest arguments after --, or --report")
    return run_tests(names, pytest_args)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
