"""A non-editable install works: the wheel holds every module of helpers, and each one imports.

`make lab` installs the course in editable mode (`-e .`), which imports straight from the source
tree and so cannot notice a package missing from the wheel. This test builds the wheel from a copy
of the files a source distribution has, installs it into a fresh virtual environment, and imports
every module there, from a directory that is not the repository.
"""

import pkgutil
import shutil
import subprocess
import sys
import sysconfig
import zipfile
from pathlib import Path

import pytest

import helpers

ROOT = Path(__file__).resolve().parent.parent


def source_modules() -> list[str]:
    """Every module and package of helpers in the source tree, e.g. 'helpers.checks.gates'."""
    names = ["helpers"]
    for module in pkgutil.walk_packages(helpers.__path__, prefix="helpers."):
        names.append(module.name)
    return sorted(names)


@pytest.fixture(scope="module")
def wheel(tmp_path_factory) -> Path:
    """The course's wheel, built offline from a copy of the project's files."""
    src = tmp_path_factory.mktemp("src")
    for name in ("pyproject.toml", "README.md", "LICENSE"):
        shutil.copy(ROOT / name, src / name)
    shutil.copytree(ROOT / "helpers", src / "helpers", ignore=shutil.ignore_patterns("__pycache__"))
    dist = tmp_path_factory.mktemp("dist")
    # No build isolation: setuptools is pinned in requirements.txt at the version pyproject.toml
    # names, and the tests run with the network unreachable.
    build = subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation", "--quiet",
         "--wheel-dir", str(dist), str(src)],
        capture_output=True, text=True, timeout=300,
    )  # fmt: skip
    assert build.returncode == 0, build.stderr[-3000:]
    (built,) = dist.glob("rnn_course-*.whl")
    return built


def test_the_wheel_holds_every_module_of_helpers(wheel):
    with zipfile.ZipFile(wheel) as archive:
        files = set(archive.namelist())
    in_wheel = sorted(
        name.removesuffix("/__init__.py").removesuffix(".py").replace("/", ".")
        for name in files
        if name.startswith("helpers/") and name.endswith(".py")
    )
    assert in_wheel == source_modules()
    # The figures' Hangul font and its licence travel with the package.
    assert {"helpers/fonts/NanumGothic.ttf", "helpers/fonts/OFL.txt"} <= files


def test_every_module_imports_from_a_non_editable_install(wheel, tmp_path):
    venv = tmp_path / "venv"
    subprocess.run([sys.executable, "-m", "venv", "--without-pip", str(venv)], check=True)
    python = venv / "bin" / "python"
    install = subprocess.run(
        [sys.executable, "-m", "pip", "--python", str(python), "install", "--quiet", "--no-deps",
         "--no-index", str(wheel)],
        capture_output=True, text=True, timeout=300,
    )  # fmt: skip
    assert install.returncode == 0, install.stderr[-3000:]
    # NumPy, matplotlib and ipywidgets come from the course's environment through a .pth file,
    # which adds the directory but runs none of its .pth files: the editable install of helpers
    # there stays invisible, so only the wheel can provide helpers.
    fresh_site = subprocess.run(
        [str(python), "-c", "import sysconfig; print(sysconfig.get_path('purelib'))"],
        capture_output=True, text=True, check=True,
    ).stdout.strip()  # fmt: skip
    Path(fresh_site, "course-dependencies.pth").write_text(sysconfig.get_path("purelib") + "\n")
    modules = source_modules()
    script = (
        "import importlib, pathlib, sys\n"
        f"for name in {modules!r}:\n"
        "    where = pathlib.Path(importlib.import_module(name).__file__)\n"
        f"    assert where.is_relative_to({fresh_site!r}), f'{{name}} came from {{where}}'\n"
        "from helpers.fonts import HANGUL_FONT_FILE\n"
        "assert HANGUL_FONT_FILE.is_file(), HANGUL_FONT_FILE\n"
        "assert 'tensorflow' not in sys.modules, 'importing helpers must not import TensorFlow'\n"
    )
    run = subprocess.run(
        [str(python), "-c", script], capture_output=True, text=True, cwd=tmp_path, timeout=120
    )
    assert run.returncode == 0, run.stderr[-3000:]
